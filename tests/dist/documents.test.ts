import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, directives, hotlines, plans } from '../support/content';
import { fileFor, page } from '../support/dist';
import { all, attr, hrefs, isHidden, jsonLd, region, text } from '../support/html';

/**
 * Plan and directive pages, read from dist/: their JSON-LD agrees with the metadata people read,
 * what a plan leaves out is said rather than guessed, and each plan offers its original text.
 */
const documents = [
  ...plans().map((p) => ({ path: `/ke-hoach/${p.id}/`, number: p.number, issued: p.issued })),
  ...directives().map((d) => ({ path: `/van-ban/${d.id}/`, number: d.number, issued: undefined })),
];

/** The one Legislation block of a page. */
function legislation(path: string): Record<string, unknown> {
  const blocks = jsonLd(page(path));
  expect(blocks, path).toHaveLength(1);
  return blocks[0] as Record<string, unknown>;
}

const metadata = (path: string) => {
  const meta = region(page(path), 'Thông tin văn bản');
  expect(meta, `${path} has a "Thông tin văn bản" region`).toBeDefined();
  return meta!;
};

describe('JSON-LD', () => {
  it('is on every plan and directive page in content/', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it.each(documents)('$path embeds valid Legislation JSON-LD that matches its metadata', ({ path, number }) => {
    const data = legislation(path);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Legislation');
    expect(typeof data['name']).toBe('string');
    expect(data['url']).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(data['legislationPassedBy']).toMatchObject({ name: expect.any(String) });
    const meta = metadata(path);
    expect(data['legislationIdentifier']).toBe(number);
    if (number !== undefined) expect(text(meta)).toContain(number);
    if (data['legislationDate'] !== undefined) {
      expect(data['legislationDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const times = all(meta, (el) => el.name === 'time' && attr(el, 'datetime') === data['legislationDate']);
      expect(
        times.filter((t) => !isHidden(t)).length,
        `${path} shows ${String(data['legislationDate'])}`,
      ).toBeGreaterThan(0);
    }
  });

  it.each(plans())('plan $id gives its date and province, or says it has none', (plan) => {
    const path = `/ke-hoach/${plan.id}/`;
    const data = legislation(path);
    const meta = text(metadata(path));
    expect(data['spatialCoverage']).toMatchObject({ name: plan.province });
    if (plan.number === undefined) {
      expect(data).not.toHaveProperty('legislationIdentifier');
      expect(meta).toContain('Văn bản không ghi số hiệu');
    }
    if (plan.issued === undefined) {
      expect(data).not.toHaveProperty('legislationDate');
      expect(meta).toContain('Văn bản không ghi ngày');
    } else {
      expect(data['legislationDate']).toBe(plan.issued);
    }
  });
});

describe('original texts', () => {
  // That every file in content/originals/ has its plan is checked in fidelity.test.ts.
  const withOriginal = plans().filter((p) => p.original !== undefined);

  it.each(withOriginal)('plan $id offers its original text, byte for byte, as a download', (plan) => {
    const link = all(page(`/ke-hoach/${plan.id}/`), (el) => el.name === 'a' && text(el) === 'Tải văn bản gốc (.txt)');
    expect(link).toHaveLength(1);
    const href = attr(link[0]!, 'href')!;
    expect(href).toBe(`/ban-goc/${plan.original}`);
    expect(link[0]!.attribs).toHaveProperty('download');
    const served = readFileSync(fileFor(href)!);
    expect(served.equals(readFileSync(join(CONTENT, 'originals', plan.original!)))).toBe(true);
  });
});

/** The citation links in a plan's text, in order. */
const citationLinks = (planId: string) =>
  all(page(`/ke-hoach/${planId}/`), (el) => el.name === 'a' && 'data-citation' in el.attribs);

describe('citations', () => {
  it.each(plans())('the text of plan $id links the documents it cites', (plan) => {
    const article = all(page(`/ke-hoach/${plan.id}/`), (el) => el.name === 'article' && 'data-plan-body' in el.attribs);
    expect(article).toHaveLength(1);
    // That every link opens a page is checked for all pages in links.test.ts.
    expect(
      hrefs(article[0]!).filter((h) => h.startsWith('/van-ban/') || h.startsWith('/ke-hoach/')).length,
    ).toBeGreaterThan(0);
  });

  it.each(plans())('each citation in plan $id has its own id: the document cited and its count', (plan) => {
    const seen = new Map<string, number>();
    for (const link of citationLinks(plan.id)) {
      const target = attr(link, 'data-citation')!.split('/')[1]!;
      const count = (seen.get(target) ?? 0) + 1;
      seen.set(target, count);
      expect(attr(link, 'id')).toBe(`trich-dan-${target}-${count}`);
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it.each(directives())('directive $id lists each plan citing it with the sentence, linked to it', (directive) => {
    const citing = region(page(`/van-ban/${directive.id}/`), 'Văn bản dẫn chiếu đến văn bản này');
    expect(citing).toBeDefined();
    const cited = plans().filter((p) =>
      citationLinks(p.id).some((l) => attr(l, 'data-citation') === `directives/${directive.id}`),
    );
    for (const plan of cited) {
      // The first sentence is shown; the others are in a <details> below it.
      const first = `/ke-hoach/${plan.id}/#trich-dan-${directive.id}-1`;
      const quote = all(citing!, (el) => el.name === 'blockquote').find((q) => hrefs(q).includes(first));
      expect(quote, `${directive.id}: the sentence of ${plan.id}`).toBeDefined();
      const marked = all(quote!, (el) => el.name === 'mark');
      expect(marked).toHaveLength(1);
      // The words marked are the words of the link in the plan.
      const link = citationLinks(plan.id).find((l) => attr(l, 'id') === `trich-dan-${directive.id}-1`)!;
      expect(text(marked[0]!)).toBe(text(link));
    }
  });
});

describe('directive pages', () => {
  it.each(directives())('$id says its status with a date, and where to read it or that there is no link', (d) => {
    const doc = page(`/van-ban/${d.id}/`);
    const status = all(doc, (el) => el.name === 'dd' && 'data-status' in el.attribs);
    expect(status).toHaveLength(1);
    expect(text(status[0]!)).toMatch(
      /^(Còn hiệu lực|Hết hiệu lực|Giai đoạn đã kết thúc|chưa có thông tin) \(tính đến ngày \d{2}\/\d{2}\/\d{4}\)/,
    );
    const link = all(doc, (el) => el.name === 'dd' && 'data-text-link' in el.attribs);
    expect(link).toHaveLength(1);
    if (d.textUrl) {
      expect(hrefs(link[0]!)).toEqual([d.textUrl]);
      // Labelled with the site's name.
      expect(text(link[0]!)).toContain(new URL(d.textUrl).hostname.replace(/^www\./, ''));
    } else {
      expect(text(link[0]!)).toBe('Trang chưa có liên kết đến toàn văn văn bản này.');
    }
  });

  it.each(directives())('$id shows its text and the relations diagram', (d) => {
    const doc = page(`/van-ban/${d.id}/`);
    expect(text(region(doc, 'Tóm tắt')!).length).toBeGreaterThan(40);
    const relations = region(doc, 'Quan hệ với các văn bản khác');
    expect(relations).toBeDefined();
    // No script draws it: it is HTML.
    expect(all(relations!, (el) => el.name === 'script')).toEqual([]);
  });
});

describe('hotline page', () => {
  it.each(hotlines())('the card of $id shows its text (how a call goes, or which number to call)', (line) => {
    const texts = all(page('/duong-day-nong/'), (el) => el.name === 'div' && 'data-hotline-text' in el.attribs);
    const first = line.body.trim().split('\n')[0]!;
    expect(first.length).toBeGreaterThan(20);
    expect(
      texts.some((t) => text(t).includes(first.replace(/\s+/g, ' '))),
      first,
    ).toBe(true);
  });
});
