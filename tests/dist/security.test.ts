import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import { headersFor, HEADER_CSP_DIRECTIVES, parseHeadersFile, parsePolicy } from '../../src/lib/security';
import { DIST, distFiles, page, urlPath } from '../support/dist';
import { all, attr, type HtmlElement } from '../support/html';

/**
 * The Content-Security-Policy every page carries, and the headers file hosts read. The browser
 * tests check that no page logs a violation (pages.spec.ts, and the budget's run with these
 * headers); these checks say which page and which script when one would.
 */
const pages = distFiles('.html').map(urlPath);

const isPolicy = (el: HtmlElement) =>
  el.name === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy';
/** A script the browser runs (JSON-LD and other data blocks are not). */
const runs = (el: HtmlElement) =>
  el.name === 'script' && ['', 'module', 'text/javascript'].includes(attr(el, 'type') ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function policyOf(path: string): Map<string, string[]> {
  const metas = all(page(path), isPolicy);
  if (metas.length !== 1) throw new Error(`${path}: ${metas.length} Content-Security-Policy <meta> tags, expected 1`);
  return parsePolicy(attr(metas[0]!, 'content') ?? '');
}

/** Sources that name no other origin: keywords, hashes and nonces. */
const ownSource = (source: string) =>
  /^'[a-z-]+'$/.test(source) || /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/.test(source);

describe('Content-Security-Policy in every page', () => {
  it('every page has one, in its head, before any script that runs', () => {
    expect(pages.length).toBeGreaterThan(1);
    const problems = pages.flatMap((path) => {
      const head = all(page(path), (el) => el.name === 'head')[0];
      const ordered = head ? all(head, (el) => isPolicy(el) || runs(el)) : [];
      if (!ordered.some(isPolicy)) return [`${path}: no policy in <head>`];
      return isPolicy(ordered[0]!) ? [] : [`${path}: a script comes before the policy`];
    });
    expect(problems).toEqual([]);
  });

  it("allows only this site: default-src 'self', no plugins, no other base or form target", () => {
    const problems = pages.flatMap((path) => {
      const policy = policyOf(path);
      const expected: [string, string][] = [
        ['default-src', "'self'"],
        ['object-src', "'none'"],
        ['base-uri', "'self'"],
        ['form-action', "'self'"],
      ];
      return [
        ...expected
          .filter(([name, source]) => policy.get(name)?.join(' ') !== source)
          .map(([name, source]) => `${path}: ${name} is "${policy.get(name)?.join(' ')}", expected "${source}"`),
        ...[...policy].flatMap(([name, sources]) =>
          sources.filter((s) => !ownSource(s)).map((s) => `${path}: ${name} allows ${s}`),
        ),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('runs scripts only by hash: no unsafe-inline or eval for scripts', () => {
    const problems = pages.flatMap((path) => {
      const policy = policyOf(path);
      const scripts = [...policy].filter(([name]) => name.startsWith('script-src'));
      return [
        ...(scripts.length === 0 ? [`${path}: no script-src`] : []),
        ...scripts.flatMap(([name, sources]) =>
          sources
            .filter((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'")
            .map((s) => `${path}: ${name} allows ${s}`),
        ),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('allows each inline script by its hash, and loads scripts only from this site', () => {
    const problems = pages.flatMap((path) => {
      const allowed = new Set(policyOf(path).get('script-src') ?? []);
      return all(page(path), runs).flatMap((script) => {
        const src = attr(script, 'src');
        if (src !== undefined) return /^(?:[a-z]+:)?\/\//i.test(src) ? [`${path}: script from ${src}`] : [];
        const text = textContent(script);
        return allowed.has(sha256(text))
          ? []
          : [`${path}: inline script not in the policy (add it to src/lib/inline-scripts.ts): ${text.slice(0, 80)}`];
      });
    });
    expect(problems).toEqual([]);
  });
});

describe('the headers file (Netlify, Cloudflare Pages)', () => {
  const file = join(DIST, '_headers');
  const rules = () => parseHeadersFile(readFileSync(file, 'utf8'), 'public/_headers');

  it('is in the build', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('sends a policy, no sniffing, no referrer and no powerful features on every path', () => {
    for (const path of ['/', '/ke-hoach/', '/_astro/x.css', '/du-lieu/van-ban.json']) {
      const headers = headersFor(rules(), path);
      const policy = parsePolicy(headers.get('content-security-policy') ?? '');
      for (const directive of HEADER_CSP_DIRECTIVES) {
        const [name, ...sources] = directive.split(' ');
        expect(policy.get(name!), `${path}: ${name}`).toEqual(sources);
      }
      // With default-src or script-src but without the pages' hashes, it would block their scripts.
      expect([...policy.keys()].filter((k) => k === 'default-src' || k.startsWith('script-src'))).toEqual([]);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('permissions-policy')).toMatch(/camera=\(\)/);
    }
  });

  it('keeps hashed files for a year and revalidates pages, data and the search entry', () => {
    const immutable = (path: string) => /immutable/.test(headersFor(rules(), path).get('cache-control') ?? '');
    const files = distFiles('').map(urlPath);
    const hashed = files.filter((p) => /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(p));
    expect(hashed.length).toBeGreaterThan(0);
    expect(hashed.filter((p) => !immutable(p))).toEqual([]);
    const named = files.filter(
      (p) => p.endsWith('/') || /\.(html|json|xml)$/.test(p) || /^\/pagefind\/pagefind[^/]*\.js$/.test(p),
    );
    expect(named.filter(immutable)).toEqual([]);
  });

  it('never sets one header in two rules that match the same file', () => {
    const files = distFiles('').map(urlPath);
    const problems = files.flatMap((path) => {
      const names = rules()
        .filter((rule) => headersFor([rule], path).size > 0)
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      const twice = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
      return twice.map((name) => `${path}: ${name}`);
    });
    expect(problems).toEqual([]);
  });
});
