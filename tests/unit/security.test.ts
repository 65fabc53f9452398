import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePath } from '../../src/integrations/route-manifest';
import { inlineScripts } from '../../src/lib/inline-scripts';
import {
  astroCsp,
  headersFor,
  narrowPagePolicy,
  parseHeadersFile,
  parsePolicy,
  patternMatches,
  scriptHash,
} from '../../src/lib/security';

describe('Content-Security-Policy', () => {
  it('hashes a script as browsers do: SHA-256 of its exact text, base64', () => {
    const text = "document.querySelector('x').hidden=true;";
    expect(scriptHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
    expect(scriptHash(`${text} `)).not.toBe(scriptHash(text));
  });

  it("gives Astro the site's directives and a hash for every inline script, for the build's base", () => {
    const csp = astroCsp(Object.values(inlineScripts('/vi-tre-em/')));
    expect(csp.directives).toContain("default-src 'self'");
    expect(csp.directives).toContain("object-src 'none'");
    expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.scriptDirective.hashes).toEqual(Object.values(inlineScripts('/vi-tre-em/')).map(scriptHash));
    // The highlighter's path holds the base, so each base has its own hash.
    expect(inlineScripts('/vi-tre-em/').searchHighlight).toContain('"/vi-tre-em/pagefind/pagefind-highlight.js"');
    expect(scriptHash(inlineScripts('/').searchHighlight)).not.toBe(
      scriptHash(inlineScripts('/vi-tre-em/').searchHighlight),
    );
  });

  it('reads a policy into directives and their sources', () => {
    const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-abc=';  ;object-src 'none'");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.size).toBe(3);
  });
});

describe('each page’s own policy', () => {
  const run = "document.querySelector('x').hidden=true;";
  const style = '.a{color:red}';
  const other = 'alert(1)';
  const q = (text: string) => `'${scriptHash(text)}'`;
  const pageWith = (body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; ` +
    `script-src 'self' 'wasm-unsafe-eval' ${q(run)} ${q(other)}; style-src 'self' ${q(style)} ${q('.b{}')}; ` +
    `style-src-attr 'unsafe-inline';"><style>${style}</style></head><body>${body}</body></html>`;
  const policy = (html: string) => parsePolicy(/content-security-policy" content="([^"]*)"/.exec(html)![1]!);

  it('keeps the hashes of the scripts and styles the page holds, and every other source', () => {
    const narrowed = policy(
      narrowPagePolicy(pageWith(`<script type="module">${run}</script><script src="/_astro/a.js"></script>`)),
    );
    expect(narrowed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", q(run)]);
    expect(narrowed.get('style-src')).toEqual(["'self'", q(style)]);
    expect(narrowed.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(narrowed.get('default-src')).toEqual(["'self'"]);
    expect(narrowed.get('object-src')).toEqual(["'none'"]);
  });

  it('never allows what the page does not hold, JSON-LD aside (data, not a script)', () => {
    const narrowed = policy(narrowPagePolicy(pageWith(`<script type="application/ld+json">${other}</script>`)));
    expect(narrowed.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('leaves a page without the policy Astro writes as it is', () => {
    const html = '<html><head></head><body><script>x()</script></body></html>';
    expect(narrowPagePolicy(html)).toBe(html);
  });
});

describe('_headers', () => {
  const file = [
    '# a comment',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '/du-lieu/van-ban.json',
    '  Cache-Control: no-cache',
  ].join('\n');

  it('reads rules: a path pattern, then its headers indented', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/du-lieu/van-ban.json']);
    expect(rules[1]!.headers).toEqual([['Cache-Control', 'public, max-age=31536000, immutable']]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('/*\n  not a header')).toThrow(/_headers:2: expected "Name: value"/);
    expect(() => parseHeadersFile('*.js\n  A: b')).toThrow(/_headers:1: a path pattern starts with "\/"/);
  });

  it('matches paths as the hosts do, * spanning folders', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/_astro/*', '/_astro/a.b.css')).toBe(true);
    expect(patternMatches('/_astro/*', '/ke-hoach/_astro/')).toBe(false);
    expect(patternMatches('/pagefind/pagefind.js', '/pagefind/pagefind-ui.js')).toBe(false);
  });

  it('gives the headers of every rule that matches a path', () => {
    const rules = parseHeadersFile(file);
    expect(Object.fromEntries(headersFor(rules, '/_astro/x.css'))).toEqual({
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(Object.fromEntries(headersFor(rules, '/ke-hoach/'))).toEqual({ 'x-content-type-options': 'nosniff' });
  });
});

describe('route manifest', () => {
  it('names each built page by the URL path it is served at, under the base', () => {
    expect(pagePath('/d', '/d/index.html', '/')).toBe('/');
    expect(pagePath('/d', '/d/ke-hoach/a/index.html', '/')).toBe('/ke-hoach/a/');
    expect(pagePath('/d', '/d/404.html', '/vi-tre-em')).toBe('/vi-tre-em/404.html');
  });
});
