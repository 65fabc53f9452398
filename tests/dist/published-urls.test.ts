import { describe, expect, it } from 'vitest';
import { builtPaths, readPublishedUrls, readRedirects } from '../../src/lib/published-urls';
import { DIST, fileFor } from '../support/dist';

/**
 * Published addresses never die. Every address in content/published-urls.txt is served by the
 * build, or redirected (content/redirects.yaml) to a page that is; and every address the build
 * serves is in the list, so that the next change is checked against it.
 */
const published = readPublishedUrls();
const redirects = readRedirects();
const built = builtPaths(DIST);

describe('published addresses', () => {
  it('the list is not empty', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it('every published address still works: its page, or a redirect to a page that exists', () => {
    const gone = published.filter((path) => !fileFor(path));
    const lost = gone.filter((path) => !(path in redirects));
    expect(lost, 'gone without a redirect: add "old: new" to content/redirects.yaml').toEqual([]);
    for (const from of gone) expect(fileFor(redirects[from]!), `${from} → ${redirects[from]}`).toBeDefined();
  });

  it('every redirect leads to a page of the build', () => {
    for (const [from, to] of Object.entries(redirects)) expect(fileFor(to), `${from} → ${to}`).toBeDefined();
  });

  it('every address the build serves is on the list (run `npm run urls:publish` and commit it)', () => {
    const listed = new Set([...published, ...Object.keys(redirects)]);
    expect(built.filter((path) => !listed.has(path))).toEqual([]);
  });
});
