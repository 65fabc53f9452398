import { describe, expect, it } from 'vitest';
import { plans } from '../support/content';
import { distText, htmlPages, page } from '../support/dist';
import { all, attr, closest, region, text } from '../support/html';

/**
 * No date is invented (finding 3): a document that has no date shows none anywhere, in its page,
 * every list and timeline row that names it, the open data and the RSS feed. Its year, which it
 * records how it knows, may be shown as a year.
 */
const undated = plans().filter((p) => p.issued === undefined);
const pages = htmlPages();
/** A full date as the site writes one (20/04/2018) or stores one (2018-04-20). */
const FULL_DATE = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

describe('a plan with no date has none anywhere', () => {
  it('there is such a plan in content/', () => {
    expect(undated.length).toBeGreaterThan(0);
  });

  it.each(undated)('$id: no date in the RSS feed', (plan) => {
    const items = [...distText('rss.xml').matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    // An undated plan is left out of the feed rather than given a date (the feed says so).
    const item = items.filter((i) => i.includes(`/ke-hoach/${plan.id}/</link>`));
    expect(item.filter((i) => /<pubDate>/.test(i))).toEqual([]);
  });

  it.each(undated)('$id: no date in the open data', (plan) => {
    const docs = (JSON.parse(distText('du-lieu/van-ban.json')) as { documents: Record<string, unknown>[] }).documents;
    expect(docs.find((d) => d['id'] === `ke-hoach/${plan.id}`)?.['issued']).toBeNull();
    const programs = JSON.parse(distText('du-lieu/lo-trinh.json')) as { plans: Record<string, unknown>[] }[];
    for (const entry of programs.flatMap((p) => p.plans).filter((p) => p['id'] === plan.id)) {
      expect(entry['issued'] ?? null).toBeNull();
    }
  });

  it.each(undated)('$id: no date on its page, in its search annotations or its structured data', (plan) => {
    const doc = page(`/ke-hoach/${plan.id}/`);
    const meta = region(doc, 'Thông tin văn bản')!;
    expect(all(meta, (el) => el.name === 'time')).toEqual([]);
    const issued = all(meta, (el) => el.name === 'dt' && text(el) === 'Ngày ban hành')[0]!;
    const row = text(issued.parent as never).replace(plan.yearNote ?? '', '');
    expect(row).not.toMatch(FULL_DATE);
    // Search shows and sorts by `ngay`: the year, never a day.
    const annotations = all(doc, (el) =>
      ['data-pagefind-meta', 'data-pagefind-sort'].some((a) => (attr(el, a) ?? '').startsWith('ngay:')),
    ).map((el) => attr(el, 'data-pagefind-meta') ?? attr(el, 'data-pagefind-sort'));
    expect(annotations).toEqual([`ngay:${plan.year}`, `ngay:${plan.year}`]);
    const structured = all(doc, (el) => el.name === 'script' && attr(el, 'type') === 'application/ld+json');
    expect(structured.map(text).join('')).not.toMatch(/legislationDate|datePublished|dateCreated/);
  });

  it.each(undated)('$id: every list item and timeline row that links it shows no date', (plan) => {
    const dated: string[] = [];
    let seen = 0;
    for (const { path, doc } of pages) {
      for (const link of all(doc, (el) => el.name === 'a' && attr(el, 'href') === `/ke-hoach/${plan.id}/`)) {
        const row = closest(link, ['li']);
        // A row about another document that names this plan (its caveat "theo dẫn chiếu tại …") is that document's.
        if (!row || all(row, (el) => el.name === 'a')[0] !== link) continue;
        seen++;
        if (
          all(row, (el) => el.name === 'time').length > 0 ||
          FULL_DATE.test(text(row).replace(plan.yearNote ?? '', ''))
        )
          dated.push(`${path}: ${text(row)}`);
      }
    }
    expect(seen).toBeGreaterThan(1);
    expect(dated).toEqual([]);
  });
});
