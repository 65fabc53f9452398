import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtSite, DIST, subpathSite, type BuiltSite } from '../support/dist';
import { all, anchors, attr, parseHtml } from '../support/html';

/**
 * Every reference inside the site resolves: each link, stylesheet, script, image and form a built
 * page points to is a file of the build, and each `#fragment` names an element on the page it
 * points to. Links to other sites are not followed (no test reaches the network).
 *
 * Checked on the build in dist/ and on the sub-path build (`npm run build:subpath`), where every
 * one of them must also start with the base (`/vi-tre-em/`): a link written as "/ke-hoach/" would
 * leave the site there.
 */
const SITES: [string, () => BuiltSite][] = [
  ['dist/', () => builtSite(DIST)],
  ['the sub-path build', subpathSite],
];

/** Attributes that point at another file or page. */
const REFERENCES = ['href', 'src', 'action', 'poster', 'data'];

function checker(site: BuiltSite) {
  const pages = site.distFiles('.html').map((file) => ({ file, path: site.urlPath(file) }));
  /** The site's own origin, as canonical links write it (SITE_URL at build time). */
  const origin = (() => {
    const home = pages.find((p) => p.path === site.base);
    if (!home) throw new Error(`${site.root}: no home page at ${site.base}`);
    const canonical = all(
      parseHtml(readFileSync(home.file, 'utf8')),
      (el) => el.name === 'link' && attr(el, 'rel') === 'canonical',
    );
    return new URL(attr(canonical[0]!, 'href')!).origin;
  })();

  /** A reference to another site (`https:`, `mailto:`, `tel:`, `//host`), which the check does not follow. */
  const elsewhere = (value: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value) && !value.startsWith(`${origin}/`);

  /** The same-site references of a page, resolved against it: [attribute value, resolved URL]. */
  function references(path: string): [string, URL][] {
    const base = new URL(path, origin);
    return all(site.page(path), () => true).flatMap((el) => {
      const values = REFERENCES.map((name) => attr(el, name));
      const srcset = attr(el, 'srcset')
        ?.split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]);
      return [...values, ...(srcset ?? [])]
        .filter((value): value is string => value !== undefined && value !== '' && !elsewhere(value))
        .map((value): [string, URL] => [value, new URL(value, base)]);
    });
  }

  /** What is wrong with one reference, or undefined. */
  function problem(url: URL): string | undefined {
    const target = site.fileFor(url.pathname);
    if (!target) return url.pathname.startsWith(site.base) ? 'no such file' : `outside the base ${site.base}`;
    if (!url.hash) return undefined;
    if (!target.endsWith('.html')) return 'a fragment on a file that is not a page';
    const id = decodeURIComponent(url.hash.slice(1));
    return anchors(site.page(url.pathname)).has(id) ? undefined : `no element with id "${id}"`;
  }

  return { pages, references, problem };
}

describe.each(SITES)('links inside the site: %s', (_name, load) => {
  it('the build has pages, and they link to one another', () => {
    const site = load();
    const { pages, references } = checker(site);
    expect(pages.length).toBeGreaterThan(1);
    expect(references(site.base).length).toBeGreaterThan(0);
  });

  it('every href and src on every page resolves, fragments included', () => {
    const { pages, references, problem } = checker(load());
    const broken = pages.flatMap(({ path }) =>
      references(path).flatMap(([value, url]) => {
        const why = problem(url);
        return why ? [`${path}: ${value} (${why})`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});
