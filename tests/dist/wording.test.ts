import { describe, expect, it } from 'vitest';
import { campaigns } from '../support/content';
import { htmlPages, page } from '../support/dist';
import { all, normalise, readableText, text, within, type HtmlDocument } from '../support/html';

/**
 * What the site says in its own words stays within what its sources say: no claim the audit found
 * wrong comes back, the advice for immediate danger is the same everywhere, and no line says one
 * thing twice or claims a gap its own table does not have. Plans' own texts are quoted as printed
 * and are not judged here.
 */
const pages = htmlPages();

/** A page's readable text without the full text of a plan. */
function ownWords(doc: HtmlDocument): string {
  const plan = all(doc, (el) => 'data-plan-body' in el.attribs);
  let said = readableText(doc);
  for (const body of plan) said = said.replace(readableText(body as unknown as HtmlDocument), '');
  return said;
}

/** Claims the audit of the site against its sources found (issue 10, finding 11), and why each is wrong. */
const MISSTATEMENTS: { claim: RegExp; why: string }[] = [
  {
    claim: /Luật Trẻ em[^.]{0,60}áp dụng cho[^.]{0,40}dưới 16 tuổi/i,
    why: 'Luật Trẻ em defines a child as a person under 16 (Điều 1); it does not set who the law applies to',
  },
  {
    claim: /ca bin vắt,? trữ sữa\s+là\b/i,
    why: 'no source defines "ca bin vắt trữ sữa"; the plan names it, and NĐ 145/2020 sets what a lactation room must have',
  },
  {
    claim: /các kế hoạch[^.]{0,40}đề nghị[^.]{0,40}(?:những gì con xem|con xem, đọc)/i,
    why: 'one plan (Sở TNMT Lạng Sơn) asks parents to keep children from violent and pornographic publications; it is not about what children see online, and not several plans',
  },
];

describe('claims the audit found wrong stay out (finding 11)', () => {
  it.each(MISSTATEMENTS)('$claim', ({ claim, why }) => {
    const found = pages.filter(({ doc }) => claim.test(ownWords(doc))).map(({ path }) => path);
    expect(found, why).toEqual([]);
  });
});

describe('immediate danger means 113, on every page (finding 12)', () => {
  /** "đang gặp nguy hiểm" (in danger right now), then the first number it says to call, close after. */
  const DANGER = /đang gặp nguy hiểm.{0,40}?(?<!\p{L})gọi(?: ngay)?\s+(?:tổng đài\s+)?(\d{3,})/giu;

  it('the pages say what to do in immediate danger, and say 113', () => {
    const advice = pages.flatMap(({ path, doc }) =>
      [...normalise(ownWords(doc)).matchAll(DANGER)].map((m) => ({ path, number: m[1]!, text: m[0] })),
    );
    // The urgent guidance article, its list and the 404 page all say it.
    expect(advice.length).toBeGreaterThan(2);
    expect(advice.filter((a) => a.number !== '113').map((a) => `${a.path}: ${a.text}`)).toEqual([]);
  });
});

describe('a line never says one thing twice (finding 13)', () => {
  it('no item, row or paragraph repeats a clause back to back', () => {
    const repeats: string[] = [];
    for (const { path, doc } of pages) {
      const blocks = all(doc, (el) => ['dd', 'li', 'p', 'td'].includes(el.name)).filter(
        (el) => !within(el, (a) => 'data-plan-body' in a.attribs),
      );
      for (const block of blocks) {
        const clauses = text(block)
          .split(/[.;]\s+|[.;]$/)
          .map((c) => c.trim().toLowerCase())
          .filter((c) => c.length > 3);
        clauses.forEach((c, i) => {
          if (i > 0 && c === clauses[i - 1]) repeats.push(`${path}: "${c}"`);
        });
      }
    }
    expect(repeats).toEqual([]);
  });

  it.each(campaigns())('/chien-dich/$id/ says years are missing from its table only when they are', (campaign) => {
    const doc = page(`/chien-dich/${campaign.id}/`);
    const years = all(doc, (el) => el.name === 'th' && el.attribs['scope'] === 'row').map((th) => Number(text(th)));
    const claimsGap = /Năm không có trong bảng/.test(text(doc));
    if (!claimsGap) return;
    const shown = new Set(years);
    const missing = Array.from({ length: 15 }, (_, i) => 2016 + i).filter((y) => !shown.has(y));
    expect(missing.length, 'the page says years are missing from a table that has 2016–2030').toBeGreaterThan(0);
  });
});
