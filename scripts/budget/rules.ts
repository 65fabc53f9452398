/**
 * The page-weight budget (issue 14), kept apart from the runner (`run.ts`) so it is unit-tested.
 *
 * A first visit to one page of every template, gzip on the wire:
 * - at most 20 KB in all;
 * - the search page with a query: 60 KB with the index, besides two costs counted apart. Pagefind's
 *   engine (its script, its worker and its WebAssembly, 80 KB with Pagefind 1.6) is the same for
 *   every site and every query, loaded once and cached for every later search: it may not grow
 *   past 100 KB. The results' data (one Pagefind fragment per result shown) may take 10 KB a
 *   result;
 * - a reading page (every template but search) requests no JavaScript: what it runs is inline in
 *   the page (the quick exit, and a line or two that request nothing unless needed) and is counted
 *   in its 20 KB;
 * - no web font that blocks rendering (one whose `font-display` lets the browser hide the text
 *   while it loads);
 * - nothing from another origin, and nothing the page's Content-Security-Policy refuses.
 */

/** KB here is 1,024 bytes. */
export const KB = 1024;
export const LIMITS = { page: 20 * KB, searchWithQuery: 60 * KB, searchEngine: 100 * KB, perResult: 10 * KB } as const;

export const KINDS = [
  'html',
  'css',
  'js',
  'font',
  'image',
  'search engine',
  'search index',
  'search results',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

/** Counted apart from a search page's limit (see above). */
const APART: Kind[] = ['search engine', 'search results'];

/** The kind of a requested file, from its path. */
export function kindOf(path: string): Kind {
  const name = path.split('/').pop() ?? '';
  if (/\/pagefind\/(pagefind|pagefind-worker)\.js$/.test(path) || /^wasm\.[\w-]+\.pagefind$/.test(name))
    return 'search engine';
  if (name.endsWith('.pf_fragment')) return 'search results';
  if (/\.m?js$/.test(name)) return 'js';
  if (name.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf|eot)$/.test(name)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(name)) return 'image';
  if (/\.(pf_\w+|pagefind)$/.test(name) || /\/pagefind\/[^/]+\.json$/.test(path)) return 'search index';
  if (path.endsWith('/') || name.endsWith('.html')) return 'html';
  return 'other';
}

/** What one first visit to one page transferred and did. */
export interface PageMeasure {
  /** The template: the route that made the page ("/ke-hoach/[slug]"), and the query if any. */
  template: string;
  /** The URL path loaded. */
  path: string;
  status: number;
  /** Bytes on the wire by kind (gzip where the host compresses). */
  bytes: Record<Kind, number>;
  requests: number;
  /** Search results whose data was loaded (Pagefind fragments). */
  results: number;
  /** JavaScript files the page requested. */
  scriptRequests: string[];
  /** Bytes of JavaScript written inline in the page (before compression). */
  inlineScriptBytes: number;
  /** Web fonts the page requested, with the `font-display` of their `@font-face`. */
  fonts: { url: string; display: string }[];
  /** Requests to another origin. */
  otherOrigins: string[];
  /** What the Content-Security-Policy refused. */
  cspViolations: string[];
}

export interface TemplateRule {
  /** Bytes a first visit may transfer (without the search engine and results on a search). */
  limit: number;
  /** Whether the page may request JavaScript (the search page). */
  scripts: boolean;
  /** A search with a query: the engine and the results are counted apart. */
  search: boolean;
}

/** The search page, with or without a query, may load its script and Pagefind. */
export function ruleFor(measure: Pick<PageMeasure, 'path' | 'template'>, searchPath: string): TemplateRule {
  const search = measure.path.split('?')[0] === searchPath;
  const withQuery = search && measure.path.includes('?');
  return { limit: withQuery ? LIMITS.searchWithQuery : LIMITS.page, scripts: search, search: withQuery };
}

export const total = (m: Pick<PageMeasure, 'bytes'>) => KINDS.reduce((sum, kind) => sum + m.bytes[kind], 0);

/** The bytes a rule's limit applies to. */
export const counted = (m: Pick<PageMeasure, 'bytes'>, rule: Pick<TemplateRule, 'search'>) =>
  rule.search ? KINDS.filter((k) => !APART.includes(k)).reduce((sum, k) => sum + m.bytes[k], 0) : total(m);

/** A `font-display` that never hides text while the font loads. */
const NON_BLOCKING_FONT = new Set(['swap', 'optional', 'fallback']);

/** Every way a page breaks the budget, one line each (empty when it keeps it). */
export function judge(measure: PageMeasure, rule: TemplateRule): string[] {
  const where = `${measure.template} (${measure.path})`;
  const problems: string[] = [];
  const bytes = counted(measure, rule);
  const what = rule.search ? ' besides the search engine and results' : '';
  if (bytes > rule.limit)
    problems.push(
      `${where}: ${(bytes / KB).toFixed(1)} KB on a first visit${what}, over ${(rule.limit / KB).toFixed(0)} KB`,
    );
  if (rule.search && measure.bytes['search engine'] > LIMITS.searchEngine)
    problems.push(
      `${where}: the search engine takes ${(measure.bytes['search engine'] / KB).toFixed(1)} KB, over ${(LIMITS.searchEngine / KB).toFixed(0)} KB`,
    );
  if (rule.search && measure.bytes['search results'] > LIMITS.perResult * Math.max(measure.results, 1))
    problems.push(
      `${where}: ${measure.results} results take ${(measure.bytes['search results'] / KB).toFixed(1)} KB, over ${(LIMITS.perResult / KB).toFixed(0)} KB a result`,
    );
  if (!rule.scripts && measure.scriptRequests.length > 0)
    problems.push(`${where}: a reading page requests JavaScript: ${measure.scriptRequests.join(', ')}`);
  for (const font of measure.fonts) {
    if (!NON_BLOCKING_FONT.has(font.display))
      problems.push(`${where}: web font ${font.url} blocks rendering (font-display: ${font.display || 'auto'})`);
  }
  for (const url of measure.otherOrigins) problems.push(`${where}: request to another origin: ${url}`);
  for (const violation of measure.cspViolations) problems.push(`${where}: Content-Security-Policy: ${violation}`);
  return problems;
}

/** A template's page: the largest of its pages (by HTML size), so the budget holds for all. */
export function largest<T>(pages: T[], size: (page: T) => number): T | undefined {
  let best: T | undefined;
  let bestSize = -1;
  for (const page of pages) {
    const s = size(page);
    if (s > bestSize) [best, bestSize] = [page, s];
  }
  return best;
}
