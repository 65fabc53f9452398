/**
 * The production build in dist/, read from disk: its sitemap, its files, its pages parsed once.
 * Shared by the checks on the build (`tests/dist/`, no browser) and the browser tests, which take
 * their page list from the sitemap.
 *
 * `builtSite()` reads another build the same way: the sub-path build (`npm run build:subpath`),
 * whose URLs all start with its base (`/vi-tre-em/`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findOne } from 'domutils';
import { SUBPATH } from '../../scripts/build-subpath';
import { parseHtml, type HtmlDocument } from './html';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltSite {
  /** The folder the build wrote. */
  root: string;
  /** The path it is served under: "/" or "/vi-tre-em/". */
  base: string;
  /** Every page path in the built sitemap, sorted. */
  sitemapPaths(): string[];
  /** Every file under a folder of the build whose name ends with `extension`, as absolute paths. */
  distFiles(extension: string, folder?: string): string[];
  /** A built file as the URL path it is served at: `ke-hoach/a/index.html` → `/ke-hoach/a/`. */
  urlPath(file: string): string;
  /**
   * The file a URL path is served from, the way a static host (and `astro preview`) maps it, or
   * undefined when there is none: `/a/` → `a/index.html`, `/a` → `a` or `a/index.html`.
   */
  fileFor(path: string): string | undefined;
  /** A built page, parsed once per test file. Throws when the path serves no file. */
  page(path: string): HtmlDocument;
}

export function builtSite(root: string, base = '/', build = 'npm run build'): BuiltSite {
  const requireBuild = () => {
    if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no build: run \`${build}\` first`);
  };
  const distFiles = (extension: string, folder = root): string[] => {
    requireBuild();
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return distFiles(extension, path);
      return entry.name.endsWith(extension) ? [path] : [];
    });
  };
  const fileFor = (path: string): string | undefined => {
    const decoded = decodeURIComponent(path);
    if (!decoded.startsWith(base)) return undefined;
    const inside = decoded.slice(base.length - 1);
    const candidates = inside.endsWith('/')
      ? [join(root, inside, 'index.html')]
      : [join(root, inside), join(root, inside, 'index.html')];
    return candidates.find((file) => file.startsWith(root) && existsSync(file) && statSync(file).isFile());
  };
  const parsed = new Map<string, HtmlDocument>();
  return {
    root,
    base,
    sitemapPaths() {
      requireBuild();
      const files = readdirSync(root).filter((f) => /^sitemap-\d+\.xml$/.test(f));
      const paths = files.flatMap((f) =>
        [...readFileSync(join(root, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
      );
      if (paths.length === 0) throw new Error(`${root} has no sitemap pages: run \`${build}\` first`);
      return paths.sort();
    },
    distFiles,
    urlPath(file: string) {
      const path = `${base}${relative(root, file).split(sep).join('/')}`;
      return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
    },
    fileFor,
    page(path: string) {
      const file = fileFor(path);
      if (!file) throw new Error(`${root} has no page at ${path}`);
      let doc = parsed.get(file);
      if (!doc) {
        doc = parseHtml(readFileSync(file, 'utf8'));
        parsed.set(file, doc);
      }
      return doc;
    },
  };
}

const main = builtSite(DIST);
export const { sitemapPaths, distFiles, urlPath, fileFor, page } = main;

/** The sub-path build, as a GitHub Pages project site serves it. */
export const subpathSite = () => builtSite(SUBPATH.outDir, SUBPATH.base, 'npm run build:subpath');

/** Path segments that name a page of their own rather than an entry (`/duong-day-nong/in/`, `/ke-hoach/nam/…`). */
const FIXED_SEGMENTS = new Set(['in', 'chu-de', 'nam', 'tinh', 'co-quan']);

/** A page's template: its path with each entry's slug as `*` (`/ke-hoach/*`, `/ke-hoach/nam/*`). */
export const templateOf = (path: string) =>
  `/${path
    .split('/')
    .filter(Boolean)
    .map((segment, i) => (i === 0 || FIXED_SEGMENTS.has(segment) ? segment : '*'))
    .join('/')}`;

/**
 * One page per template in the sitemap: of each template's pages, the largest file, the one with
 * the most to lay out (the longest plan, the campaign with a table of themes). Sorted by template.
 */
export function templatePages(): { template: string; path: string }[] {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of sitemapPaths()) {
    const size = statSync(fileFor(path)!).size;
    const template = templateOf(path);
    if (size > (largest.get(template)?.size ?? -1)) largest.set(template, { path, size });
  }
  return [...largest]
    .map(([template, { path }]) => ({ template, path }))
    .sort((a, b) => a.template.localeCompare(b.template));
}

/** Every built HTML page outside the search index (dist/pagefind/), with its URL path, parsed once. */
export function htmlPages(): { path: string; doc: HtmlDocument }[] {
  return distFiles('.html')
    .filter((file) => !relative(DIST, file).startsWith('pagefind'))
    .map((file) => {
      const path = urlPath(file);
      return { path, doc: page(path) };
    });
}

/** A file of dist/ as text, e.g. `rss.xml` or `du-lieu/van-ban.json`. */
export const distText = (file: string) => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no build: run `npm run build` first');
  return readFileSync(join(DIST, file), 'utf8');
};

/** The site's public origin the build was made for (SITE_URL), as the home page's canonical link says. */
export function siteOrigin(): string {
  const link = findOne((el) => el.name === 'link' && el.attribs['rel'] === 'canonical', page('/').children);
  const href = link?.attribs['href'];
  if (!href) throw new Error('dist/index.html has no canonical link');
  return new URL(href).origin;
}
