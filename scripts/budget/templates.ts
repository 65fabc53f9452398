/**
 * The pages the budget and Lighthouse load: one page of every template, chosen from the route
 * manifest the build writes (`src/integrations/route-manifest.ts`), so a template added later is
 * measured with no change here. For each route, its largest page (by compressed HTML), so what
 * holds for it holds for the others; the search page also with a query; the 404 page at a URL no
 * page has.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROUTE_MANIFEST, type RouteManifest } from '../../src/integrations/route-manifest.ts';
import { SECTIONS } from '../../src/lib/routes.ts';
import { largest } from './rules.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = process.env['VTE_CACHE_DIR'] ?? join(ROOT, 'node_modules', '.astro');
/** A query whose words are on most pages: the heaviest first search. */
export const QUERY = 'trẻ em';
/** A URL no page has, for the 404 page. */
export const MISSING = `${SECTIONS.home}khong-co-trang-nay/`;

/** One page per template: the largest page each route made; the 404 page at a missing URL. */
export function templates(dist: string): { template: string; path: string }[] {
  const file = join(CACHE, ROUTE_MANIFEST);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as RouteManifest;
  const htmlSize = (path: string) => {
    const inside = path.slice(SECTIONS.home.length);
    const page = inside === '' || inside.endsWith('/') ? join(dist, inside, 'index.html') : join(dist, inside);
    return existsSync(page) ? gzipSync(readFileSync(page)).length : 0;
  };
  const chosen = Object.entries(manifest)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([route, paths]) => {
      if (paths.some((p) => p.endsWith('/404.html'))) return [{ template: route, path: MISSING }];
      const path = largest(paths, htmlSize);
      if (!path) return [];
      if (path === SECTIONS.search)
        return [
          { template: route, path },
          { template: `${route}?q=`, path: `${path}?q=${encodeURIComponent(QUERY)}` },
        ];
      return [{ template: route, path }];
    });
  if (chosen.length === 0) throw new Error(`${file} lists no pages`);
  return chosen;
}
