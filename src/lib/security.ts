/**
 * The site's Content-Security-Policy and the security headers a host sends, in one place.
 *
 * - Every page carries the whole policy in a `<meta http-equiv>` that Astro writes
 *   (`security.csp` in `astro.config.ts`): the directives below, and `script-src`/`style-src` with
 *   the hash of every script and style Astro bundles, plus the hash of each script in
 *   `INLINE_SCRIPTS`. So it holds on any host, GitHub Pages included, and no inline script runs
 *   unless it is one of ours, unchanged.
 * - Hosts that read `public/_headers` (Netlify, Cloudflare Pages) also send a policy as a header,
 *   with what a `<meta>` cannot carry (`frame-ancestors`) and the directives that need no hash.
 *   Both policies apply, so the header only adds to the page's own. It does not repeat
 *   `default-src`: a header policy with `default-src` but without the page's hashes would block
 *   the inline scripts the page's policy allows.
 */
import { createHash } from 'node:crypto';

/** Directives every page's policy holds besides `script-src` and `style-src`. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Sources for scripts besides the hashes: the site itself, and WebAssembly compilation, which
 * Pagefind's search needs ('wasm-unsafe-eval' allows compiling WebAssembly, not `eval`).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Sources for styles besides the hashes. The timeline places its bars and markers with `style`
 * attributes holding one custom property each (`style="--at:13.34%"`), computed at build time:
 * `style-src-attr 'unsafe-inline'` allows attributes only, never a `<style>` element or a
 * stylesheet from elsewhere, and a style attribute cannot run a script.
 */
export const STYLE_SOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] as const;

/** Directives a host sends as a header (`public/_headers`, docs/deploy.md). */
export const HEADER_CSP_DIRECTIVES = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The hash of a script's exact text, as Astro's setting takes it (`sha256-…`; in a policy, quoted). */
export const scriptHash = (text: string): `sha256-${string}` =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Astro's `security.csp` setting: the directives, and the hashes of our inline scripts. */
export function astroCsp(inlineScripts: readonly string[]) {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...CSP_DIRECTIVES],
    scriptDirective: {
      resources: [...SCRIPT_SOURCES],
      hashes: inlineScripts.map(scriptHash),
    },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** A policy as a map from directive name to its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** One rule of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
  /** Line of the pattern, for messages. */
  line: number;
}

/**
 * Reads a `_headers` file (the form Netlify and Cloudflare Pages share): a path pattern at the
 * start of a line, then its headers indented as `Name: value`; `#` starts a comment. Throws on
 * a line it cannot read, naming it.
 */
export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${file}:${index + 1}: a path pattern starts with "/": ${line}`);
      rules.push({ pattern: line.trim(), headers: [], line: index + 1 });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`${file}:${index + 1}: expected "Name: value" under a path: ${line.trim()}`);
    rule.headers.push([header[1]!, header[2]!]);
  });
  return rules;
}

/** Whether a `_headers` pattern matches a path (`*` matches anything, `/` included). */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for a path: those of every rule that matches. Netlify takes the last
 * rule's value of a header and Cloudflare Pages joins them, so the file never sets one header in
 * two rules that match the same path (`tests/dist/security.test.ts`).
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

/** The policy Astro writes into a page's head. */
const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
/** An inline script or style as Astro writes it (no `src`); JSON-LD is data, which no policy governs. */
const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * A built page with its policy narrowed to the page: `script-src` and `style-src` keep only the
 * hashes of the inline scripts and styles that page holds, and every other source as it was.
 *
 * Astro writes the hash of every inline script and style of the whole site into every page (22
 * hashes, about 1.2 KB that cannot compress, most of a kilobyte on every first visit), while a page
 * holds a handful. A page whose policy is not the one Astro writes, or that holds an inline script
 * the policy does not allow, is returned unchanged: the security test names such a page.
 */
export function narrowPagePolicy(html: string): string {
  const meta = POLICY_META.exec(html);
  if (!meta) return html;
  const present = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE_ELEMENT)) {
    if (/\bsrc\s*=/i.test(attributes) || /application\/ld\+json/i.test(attributes)) continue;
    present.add(`'${scriptHash(text)}'`);
  }
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || present.has(source));
      return ` ${[name, ...kept].join(' ')}`;
    })
    .join(';');
  return html.replace(meta[0], meta[0].replace(meta[1]!, policy));
}
