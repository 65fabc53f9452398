import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPaths, mergePublishedUrls, readPublishedUrls, readRedirects } from '../../src/lib/published-urls';

const dir = mkdtempSync(join(tmpdir(), 'vte-urls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the published list', () => {
  it('grows and never shrinks: a new build adds its addresses, and none is dropped', () => {
    const merged = mergePublishedUrls(['/ke-hoach/a/', '/van-ban/old/'], ['/ke-hoach/b/', '/ke-hoach/a/']);
    const path = file('published.txt', merged);
    expect(readPublishedUrls(path)).toEqual(['/ke-hoach/a/', '/ke-hoach/b/', '/van-ban/old/']);
  });

  it('names the line of an entry that is not a site path', () => {
    const path = file('bad.txt', '# comment\n/ke-hoach/a/\nhttps://vitreem.vn/x/\n');
    expect(() => readPublishedUrls(path)).toThrow(/bad\.txt: line 2: expected a site path/);
  });

  it('is read from a build as pages and files, without bundles, cards, the search index or 404', () => {
    const dist = join(dir, 'dist');
    for (const f of [
      'index.html',
      'ke-hoach/a/index.html',
      'du-lieu/van-ban.json',
      '404.html',
      'sitemap-0.xml',
      'sitemap-index.xml',
      '_astro/x.css',
      'anh/k.png',
      'pagefind/p.js',
    ]) {
      mkdirSync(join(dist, f, '..'), { recursive: true });
      writeFileSync(join(dist, f), '');
    }
    expect(builtPaths(dist)).toEqual(['/', '/du-lieu/van-ban.json', '/ke-hoach/a/', '/sitemap-index.xml']);
  });
});

describe('the redirect map', () => {
  it('maps old paths to new ones', () => {
    expect(readRedirects(file('ok.yaml', '# none yet\n{}\n'))).toEqual({});
    expect(readRedirects(file('one.yaml', '/ke-hoach/cu/: /ke-hoach/moi/\n'))).toEqual({
      '/ke-hoach/cu/': '/ke-hoach/moi/',
    });
    expect(readRedirects(join(dir, 'missing.yaml'))).toEqual({});
  });

  it.each([
    ['/a/: https://elsewhere.vn/\n', /"\/a\/": expected the new site path/],
    ['a/: /b/\n', /"a\/": expected an old site path/],
    ['/a/: /a/\n', /must lead to a page/],
    ['/a/: /b/\n/b/: /c/\n', /must lead to a page, not to itself or to another redirect/],
    ['- /a/\n', /expected a map of old path: new path/],
  ])('refuses %j, naming the entry', (text, message) => {
    expect(() => readRedirects(file('bad.yaml', text))).toThrow(message);
  });
});
