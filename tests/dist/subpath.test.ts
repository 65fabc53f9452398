import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST, subpathSite, type BuiltSite } from '../support/dist';
import { all, attr } from '../support/html';

/**
 * The site under a sub-path (`npm run build:subpath`, as a GitHub Pages project site serves it at
 * `/vi-tre-em/`): the same pages as the root build, and every absolute URL the build writes
 * (sitemap, RSS, JSON, canonical and share links, anything added later) under the base, naming a
 * file that exists. Links between pages are checked in links.test.ts; search in a browser in
 * tests/e2e/subpath.spec.ts.
 */
const SITES: [string, () => BuiltSite][] = [
  ['dist/', () => builtSite(DIST)],
  ['the sub-path build', subpathSite],
];

/** The site's origin, from its home page's canonical link. */
function originOf(site: BuiltSite): string {
  const canonical = all(site.page(site.base), (el) => el.name === 'link' && attr(el, 'rel') === 'canonical')[0];
  return new URL(attr(canonical!, 'href')!).origin;
}

/** Text files that can hold URLs: pages, feeds, sitemaps, data, robots.txt. */
const TEXT = /\.(html|xml|json|txt|webmanifest)$/;

describe('the sub-path build', () => {
  it('has every page of the root build, under its base', () => {
    const root = builtSite(DIST).sitemapPaths();
    const sub = subpathSite();
    expect(sub.sitemapPaths()).toEqual(root.map((path) => `${sub.base}${path.slice(1)}`));
  });
});

describe.each(SITES)('absolute URLs of the site: %s', (_name, load) => {
  it('are under the base and name a file of the build', () => {
    const site = load();
    const origin = originOf(site);
    const files = site.distFiles('').filter((file) => TEXT.test(file) && !file.includes('/ban-goc/'));
    const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s"'<>)\\]]*)?`, 'g');
    let seen = 0;
    const problems = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(pattern)].flatMap((match) => {
        seen += 1;
        const url = new URL(match[0].replace(/&amp;/g, '&'));
        if (!url.pathname.startsWith(site.base)) return [`${site.urlPath(file)}: ${url.href} is outside ${site.base}`];
        return site.fileFor(url.pathname) ? [] : [`${site.urlPath(file)}: ${url.href} names no file`];
      }),
    );
    expect(seen).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
