import { describe, expect, it } from 'vitest';
import { guidance, plans } from '../support/content';
import { distFiles, page, urlPath } from '../support/dist';
import { all, attr, text } from '../support/html';

/**
 * Section links: every heading in a plan or a guidance article has an ASCII anchor and a "#" link
 * to it, and the page's contents list leads to those anchors. No page gives two elements one id.
 */
const DOCUMENTS = [...plans().map((p) => `/ke-hoach/${p.id}/`), ...guidance().map((g) => `/huong-dan/${g.id}/`)];

describe('section links', () => {
  it.each(DOCUMENTS)('%s: every heading of the text has an ASCII anchor and a link to it', (path) => {
    const doc = page(path);
    const body = all(doc, (el) => el.name === 'article')[0]!;
    const headings = all(body, (el) => /^h[2-6]$/.test(el.name));
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const id = attr(heading, 'id')!;
      expect(id, text(heading)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const link = all(heading.parent!, (el) => el.name === 'a' && attr(el, 'href') === `#${id}`);
      expect(link, `${path}#${id}`).toHaveLength(1);
      expect(attr(link[0]!, 'aria-label')).toContain(text(heading));
    }
  });

  it.each(DOCUMENTS)('%s: its contents list leads to its sections', (path) => {
    const doc = page(path);
    const nav = all(doc, (el) => el.name === 'nav' && attr(el, 'aria-labelledby') === 'muc-luc');
    const body = all(doc, (el) => el.name === 'article')[0]!;
    const ids = new Set(all(body, (el) => /^h[2-4]$/.test(el.name)).map((h) => attr(h, 'id')));
    if (nav.length === 0) return expect(ids.size).toBeLessThan(3);
    const targets = all(nav[0]!, (el) => el.name === 'a').map((a) => attr(a, 'href')!.slice(1));
    expect(targets.length).toBeGreaterThan(1);
    expect(targets.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('plan anchors read as the plan’s own numbering', () => {
    const ids = all(page(`/ke-hoach/${plans()[0]!.id}/`), (el) => el.name === 'h3').map((h) => attr(h, 'id'));
    expect(ids.some((id) => /^(i|ii|iii|iv|v|1|2|3)-/.test(id ?? ''))).toBe(true);
  });
});

describe('ids', () => {
  it.each(distFiles('.html').map(urlPath))('%s: no two elements share an id', (path) => {
    const ids = all(page(path), (el) => el.attribs['id'] !== undefined).map((el) => el.attribs['id']!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
