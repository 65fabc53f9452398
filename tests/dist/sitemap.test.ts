import { describe, expect, it } from 'vitest';
import { campaigns, directives, guidance, plans, programs } from '../support/content';
import { readRedirects } from '../../src/lib/published-urls';
import { PLAN_FILTERS, SECTIONS } from '../../src/lib/routes';
import { distFiles, sitemapPaths, urlPath } from '../support/dist';

/**
 * The sitemap is the list of pages the browser tests visit (axe, the hotline, no third-party
 * requests), so it must hold every page: every section and every entry of every collection.
 */
const paths = sitemapPaths();
/** The lists of every value of a plan filter (`/ke-hoach/tinh/`), which are not entries. */
const filterIndexes = new Set(Object.values(PLAN_FILTERS).map((segment) => `${SECTIONS.plans}${segment}/`));
const under = (prefix: string) =>
  paths
    .filter((p) => p.startsWith(prefix) && /^\/[a-z-]+\/[a-z0-9-]+\/$/.test(p) && !filterIndexes.has(p))
    .map((p) => p.slice(prefix.length, -1));

describe('the sitemap', () => {
  it('lists every section', () => {
    for (const section of [
      '/',
      '/ke-hoach/',
      '/van-ban/',
      '/huong-dan/',
      '/duong-day-nong/',
      '/lo-trinh/',
      '/chien-dich/',
    ])
      expect(paths).toContain(section);
  });

  it.each([
    ['/ke-hoach/', 'plans', () => plans().map((p) => p.id)],
    ['/van-ban/', 'directives', () => directives().map((d) => d.id)],
    ['/lo-trinh/', 'programs', () => programs().map((p) => p.id)],
    ['/chien-dich/', 'campaigns', () => campaigns().map((c) => c.id)],
    ['/huong-dan/', 'guidance', () => guidance().map((g) => g.id)],
  ])('lists a page under %s for every entry in content/%s, and no other', (prefix, _folder, entries) => {
    const ids = entries();
    expect(ids.length).toBeGreaterThan(0);
    // Filter pages (/ke-hoach/nam/2021/, /lo-trinh/chu-de/…/) are two levels deep, and the lists of
    // a filter's values are left out above: neither is an entry.
    expect(under(prefix).sort()).toEqual([...ids].sort());
  });

  it('lists every page the build made, so every page gets the browser checks', () => {
    // A redirect page (content/redirects.yaml) only sends readers on: it is not a page to list.
    const redirects = readRedirects();
    const built = distFiles('.html')
      .map(urlPath)
      .filter((p) => p !== '/404.html' && !(p in redirects));
    expect(built.filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths.filter((p) => !built.includes(p))).toEqual([]);
  });
});
