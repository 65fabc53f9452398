import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateShort } from '../../src/lib/dates';
import { hotlines } from '../support/content';
import { distText, htmlPages, page } from '../support/dist';
import { all, attr, byTag, normalise, region, text, type HtmlDocument } from '../support/html';
import { digitsOf, readableText, telLinks } from '../support/phone-numbers';
import { parseReferenceFacts } from '../support/reference-facts';

/**
 * Phone numbers are shown with the certainty FACTS.md §4 gives them: a number it marks unverified,
 * or an older number a plan still names, is never offered as a call; no line is "Toàn quốc" unless
 * §4 says it is nationwide; and no fact about a line is dated before the line began.
 */
const FACTS = parseReferenceFacts(
  readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'reference', 'FACTS.md'), 'utf8'),
);
/** The rows of §4 (Hotlines), each with its number as digits. */
const rows = [...FACTS.values()]
  .filter((f) => f.key.startsWith('§4 '))
  .map((f) => ({ ...f, digits: digitsOf(f.key.slice('§4 '.length)) }));
const rowOf = (number: string) => rows.find((r) => r.digits === digitsOf(number));
const pages = htmlPages();
const json = JSON.parse(distText('du-lieu/duong-day-nong.json')) as Record<string, unknown>[];
/** A line's card on the hotline page, found by its heading (the line's name). */
const card = (name: string) => {
  const found = region(page('/duong-day-nong/'), name);
  expect(found, `a card named ${name}`).toBeDefined();
  return found!;
};
/** A page's text outside the full text of a plan (where a plan's own words are quoted as printed). */
function textOutsidePlan(doc: HtmlDocument): string {
  const parts: string[] = [];
  const walk = (node: HtmlDocument['children'][number]): void => {
    if (node.type === 'text') parts.push(node.data);
    else if ('attribs' in node && 'data-plan-body' in node.attribs) return;
    else if ('children' in node) node.children.forEach(walk);
  };
  doc.children.forEach(walk);
  return normalise(parts.join(' '));
}
/** Places that offer a number as a call: a `tel:` link anywhere, the poster, an article's "Cần giúp ngay?" box. */
function offeredAsCall(digits: string): string[] {
  const found: string[] = [];
  for (const { path, doc } of pages) {
    if (telLinks(doc).some((t) => digitsOf(t) === digits)) found.push(`${path}: tel: link`);
    for (const name of ['Áp phích', 'Cần giúp ngay?']) {
      const box = region(doc, name);
      if (box && digitsOf(text(box)).includes(digits)) found.push(`${path}: ${name}`);
    }
  }
  const entry = json.find((h) => digitsOf(String(h['number'])) === digits);
  if (entry?.['tel'] !== null) found.push(`duong-day-nong.json: tel ${String(entry?.['tel'])}`);
  return found;
}

describe('a number FACTS.md marks unverified is shown only as text, with its caveat (finding 1)', () => {
  const unverified = rows.filter((r) => /unverified/i.test(r.confidence));

  it('FACTS.md marks some, and each is a hotline entry', () => {
    expect(unverified.length).toBeGreaterThan(0);
    for (const row of unverified) expect(hotlines().map((h) => digitsOf(h.number ?? ''))).toContain(row.digits);
  });

  it.each(unverified)('$key is never a call link, a call button or on the poster', (row) => {
    expect(offeredAsCall(row.digits)).toEqual([]);
  });

  it.each(unverified)(
    '$key: every page that shows it, outside the plan that prints it, says why it may not connect',
    (row) => {
      const entry = hotlines().find((h) => digitsOf(h.number ?? '') === row.digits)!;
      expect(entry.unverified, `content/hotlines/${entry.id}.yaml: unverified`).toBeTruthy();
      const showing = pages.filter(({ doc }) => textOutsidePlan(doc).includes(entry.number!));
      expect(showing.length).toBeGreaterThan(0);
      for (const { path, doc } of showing) expect(text(doc), path).toContain(entry.unverified!);
      expect(json.find((h) => h['id'] === entry.id)?.['unverified']).toBe(entry.unverified);
    },
  );
});

describe('an older number is shown as a number a plan names, pointing to 111 (finding 2)', () => {
  const superseded = hotlines().filter((h) => h.superseded);

  it('there is one', () => {
    expect(superseded.length).toBeGreaterThan(0);
  });

  it.each(superseded)('$number is never offered as a call, and its card points to the national line', (line) => {
    expect(offeredAsCall(digitsOf(line.number!))).toEqual([]);
    expect(all(card(line.name), byTag('a')).map((a) => attr(a, 'href'))).toContain('/duong-day-nong/#so-111');
  });

  it.each(hotlines())('$number says "Toàn quốc" only where FACTS.md §4 says it is nationwide', (line) => {
    const row = rowOf(line.number!);
    expect(row, `FACTS.md §4 has ${line.number}`).toBeDefined();
    if (/nationwide/i.test(row!.text)) return;
    expect(text(card(line.name))).not.toContain('Toàn quốc');
    expect(json.find((h) => h['id'] === line.id)?.['scope']).not.toBe('toan-quoc');
  });
});

describe('no fact about a line is dated before the line began (finding 8)', () => {
  const dated = hotlines().filter((h) => h.since !== undefined);

  it.each(dated)('$number: every "(từ …)" in its card is on or after $since', (line) => {
    const facts = all(card(line.name), byTag('li'));
    const early = facts.flatMap((li) =>
      all(li, (el) => el.name === 'time')
        .filter((t) => /\(từ\s*$/.test(text(li).slice(0, text(li).indexOf(text(t)))))
        .map((t) => attr(t, 'datetime')!)
        .filter((date) => date < line.since!)
        .map((date) => `${text(li)} (${formatDateShort(date)} < ${formatDateShort(line.since!)})`),
    );
    expect(early).toEqual([]);
    const entry = json.find((h) => h['id'] === line.id)!;
    const froms = (entry['facts'] as unknown[]).flatMap((f) =>
      typeof f === 'object' && f && 'from' in f ? [String(f.from)] : [],
    );
    expect(froms.filter((from) => from < line.since!)).toEqual([]);
  });

  it('the check reads the dates it checks', () => {
    expect(readableText(page('/duong-day-nong/'))).toContain('(từ ');
  });
});
