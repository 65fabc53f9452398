/**
 * Stable URLs. People print and share the site's addresses, so one that has been published must
 * keep working. `content/published-urls.txt` lists every address the site has published;
 * `content/redirects.yaml` maps an old address to its new one when a slug has to change (the build
 * then writes a redirect page at the old address). `tests/dist/published-urls.test.ts` fails when
 * a listed address serves nothing and has no redirect, and when the build has an address the list
 * lacks (`npm run urls:publish` adds it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { contentPath } from './content-dir';

export const PUBLISHED_URLS_FILE = 'published-urls.txt';
export const REDIRECTS_FILE = 'redirects.yaml';

/** A site path as the list writes it: starts with "/", ASCII, no query or fragment. */
const SITE_PATH = /^\/[a-z0-9._\-/]*$/;

/** Folders of the build whose files are not addresses people keep: bundles, cards, search index. */
const NOT_PUBLISHED = ['_astro', 'anh', 'pagefind'];

/** Every address a build in `distDir` serves: pages (`/a/`) and files (`/du-lieu/van-ban.json`). */
export function builtPaths(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return dir === distDir && NOT_PUBLISHED.includes(entry.name) ? [] : walk(path);
      return [path];
    });
  return (
    walk(distDir)
      .map((file) => `/${relative(distDir, file).split(sep).join('/')}`)
      // The sitemap's numbered parts are found through /sitemap-index.xml, never by their names;
      // /_headers is read by the host (public/_headers), not an address people keep.
      .filter(
        (path) =>
          path !== '/404.html' && path !== '/favicon.svg' && path !== '/_headers' && !/^\/sitemap-\d+\.xml$/.test(path),
      )
      .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
      .sort()
  );
}

/** The published list: one path a line; `#` starts a comment. */
export function readPublishedUrls(file = contentPath(PUBLISHED_URLS_FILE)): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, i) => {
      if (!SITE_PATH.test(line))
        throw new Error(`${file}: line ${i + 1}: expected a site path like /ke-hoach/a/, got "${line}"`);
      return line;
    });
}

export const PUBLISHED_HEADER = `# Every address the site has published, one a line. Never remove a line: when a page moves,
# add its old address to redirects.yaml. \`npm run urls:publish\` adds the addresses of a new build.
`;

/** The list with `added` merged in, sorted, as the file is written. Nothing is ever dropped. */
export function mergePublishedUrls(published: string[], added: string[]): string {
  return PUBLISHED_HEADER + [...new Set([...published, ...added])].sort().join('\n') + '\n';
}

/**
 * The redirect map (old path → new path), checked: both are site paths, and a path does not
 * redirect to itself or to another redirect.
 */
export function readRedirects(file = contentPath(REDIRECTS_FILE)): Record<string, string> {
  if (!existsSync(file)) return {};
  const map = (parse(readFileSync(file, 'utf8')) ?? {}) as unknown;
  if (typeof map !== 'object' || Array.isArray(map)) throw new Error(`${file}: expected a map of old path: new path`);
  const redirects = map as Record<string, unknown>;
  for (const [from, to] of Object.entries(redirects)) {
    if (!SITE_PATH.test(from)) throw new Error(`${file}: "${from}": expected an old site path like /ke-hoach/a/`);
    if (typeof to !== 'string' || !SITE_PATH.test(to))
      throw new Error(`${file}: "${from}": expected the new site path, like /ke-hoach/b/, got ${JSON.stringify(to)}`);
    if (to === from || to in redirects)
      throw new Error(
        `${file}: "${from}" → "${to}": a redirect must lead to a page, not to itself or to another redirect`,
      );
  }
  return redirects as Record<string, string>;
}
