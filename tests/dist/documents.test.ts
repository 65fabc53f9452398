import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, directives, plans } from '../support/content';
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

describe('citations', () => {
  it.each(plans())('the text of plan $id links the documents it cites', (plan) => {
    const article = all(page(`/ke-hoach/${plan.id}/`), (el) => el.name === 'article' && 'data-plan-body' in el.attribs);
    expect(article).toHaveLength(1);
    // That every link opens a page is checked for all pages in links.test.ts.
    expect(
      hrefs(article[0]!).filter((h) => h.startsWith('/van-ban/') || h.startsWith('/ke-hoach/')).length,
    ).toBeGreaterThan(0);
  });
});
