import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { directives, plans } from '../support/content';
import { DIST, fileFor, page, siteOrigin, sitemapPaths } from '../support/dist';
import { all, attr } from '../support/html';
import { join } from 'node:path';

/**
 * The feeds and files for machines: RSS and the sitemap are well-formed XML and list every
 * document (the feed every dated one: it never invents a date), robots.txt points at the sitemap,
 * and the "Dữ liệu mở" page documents every field each JSON file has.
 */
const origin = siteOrigin();
const xml = (path: string) => {
  const body = readFileSync(join(DIST, path), 'utf8');
  expect(SyntaxValidator.validate(body), path).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(body) as Record<string, unknown>;
};
const documents = [
  ...plans().map((p) => ({ path: `/ke-hoach/${p.id}/`, issued: p.issued })),
  ...directives().map((d) => ({ path: `/van-ban/${d.id}/`, issued: d.issued })),
];

describe('RSS', () => {
  const channel = (
    xml('rss.xml')['rss'] as { channel: { item: { link: string; pubDate: string }[]; description: string } }
  ).channel;
  const items = channel.item;

  it('lists every dated plan and directive, newest first, on the site’s address', () => {
    const dated = documents.filter((d) => d.issued);
    expect(items.map((i) => i.link).sort()).toEqual(dated.map((d) => `${origin}${d.path}`).sort());
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const doc = dated.find((d) => `${origin}${d.path}` === item.link)!;
      expect(new Date(item.pubDate).toISOString().slice(0, 10), item.link).toBe(doc.issued);
    }
  });

  it('leaves out a document with no date rather than give it one, and says so', () => {
    const undated = documents.filter((d) => !d.issued);
    expect(undated.length).toBeGreaterThan(0);
    for (const d of undated) expect(items.map((i) => i.link)).not.toContain(`${origin}${d.path}`);
    expect(channel.description).toMatch(/không ghi ngày/);
  });
});

describe('the sitemap', () => {
  it('is well-formed XML listing every document page on the site’s address', () => {
    const index = xml('sitemap-index.xml') as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } };
    const parts = [index.sitemapindex.sitemap].flat().map((s) => new URL(s.loc));
    expect(parts.every((u) => u.origin === origin)).toBe(true);
    const locs = parts.flatMap((u) => {
      const set = xml(u.pathname) as { urlset: { url: { loc: string }[] } };
      return set.urlset.url.map((e) => e.loc);
    });
    for (const d of documents) expect(locs).toContain(`${origin}${d.path}`);
    expect(locs.map((l) => new URL(l).pathname).sort()).toEqual(sitemapPaths());
  });

  it('is what robots.txt points to', () => {
    const robots = readFileSync(fileFor('/robots.txt')!, 'utf8');
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});

describe('the open data page', () => {
  const doc = page('/du-lieu/');
  const sections = all(doc, (el) => el.attribs['data-open-data'] !== undefined);

  it.each(['/du-lieu/van-ban.json', '/du-lieu/lo-trinh.json', '/du-lieu/duong-day-nong.json'])(
    'documents every field of %s, and no field it does not have',
    (file) => {
      const section = sections.find((s) => attr(s, 'data-open-data') === file);
      expect(section, file).toBeDefined();
      const documented = all(section!, (el) => el.attribs['data-field'] !== undefined).map((el) =>
        (el.children[0] as { data: string }).data.trim(),
      );
      const json = JSON.parse(readFileSync(fileFor(file)!, 'utf8')) as unknown;
      const records = (Array.isArray(json) ? json : (json as { documents: unknown[] }).documents) as Record<
        string,
        unknown
      >[];
      const keys = new Set(records.flatMap((r) => Object.keys(r)));
      expect([...keys].filter((k) => !documented.includes(k))).toEqual([]);
      expect(documented.filter((k) => !keys.has(k))).toEqual([]);
    },
  );

  it('says under what licence the data may be used, and links every file', () => {
    expect(
      all(doc, (el) => el.name === 'a' && /creativecommons\.org\/licenses\/by\/4\.0/.test(attr(el, 'href') ?? '')),
    ).toHaveLength(1);
    expect(sections).toHaveLength(3);
  });
});
