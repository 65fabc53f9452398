import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asCitedBody } from '../../src/lib/import/directive-entries';
import { CONTENT, directives, hotlines, ids, plans } from '../support/content';
import { readReference } from '../support/guidance-articles';
import { parseGuidanceFacts, urlsIn } from '../support/reference-facts';

/**
 * Directives and hotlines are MDX entries: their fields as frontmatter, and a text the page shows
 * ("Tóm tắt" for a directive, how a call goes for a hotline). The text may say only what the
 * reference facts and the plans say; these checks hold it to that as far as a machine can.
 */
interface Source {
  label: string;
  url?: string;
}
interface Directive {
  id: string;
  body: string;
  number: string;
  confidence: string;
  knownFrom?: string;
  issued?: string;
  inForce?: string;
  sources?: Source[];
  textUrl?: string;
  textKind?: string;
}
interface Hotline {
  id: string;
  body: string;
  sources?: Source[];
  guidanceFacts?: string[];
  checkPoints?: string[];
}
const DIRECTIVES = directives() as unknown as Directive[];
const HOTLINES = hotlines() as unknown as Hotline[];
const PLANS = plans();
const FACTS = readReference('FACTS.md');
const GUIDANCE = readReference('GUIDANCE-FACTS.md');
const guidance = parseGuidanceFacts(GUIDANCE);
const factsUrls = new Set(urlsIn(FACTS));
const knownUrls = new Set([...factsUrls, ...urlsIn(GUIDANCE)]);

/** Every date written d/m/yyyy or "ngày d tháng m năm yyyy" in a text, as YYYY-MM-DD. */
function datesIn(text: string): string[] {
  const iso = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return [
    ...[...text.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g)].map((m) => iso(m[1]!, m[2]!, m[3]!)),
    ...[...text.matchAll(/ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/g)].map((m) => iso(m[1]!, m[2]!, m[3]!)),
  ];
}
const originals = ids('originals', '.txt').map((id) => readFileSync(join(CONTENT, 'originals', `${id}.txt`), 'utf8'));
/** The dates a directive's text may give: FACTS.md's, the plans', and the entries' own. */
const knownDates = new Set([
  ...datesIn(FACTS),
  ...originals.flatMap(datesIn),
  ...DIRECTIVES.flatMap((d) => [d.issued, d.inForce].filter((x): x is string => x !== undefined)),
  ...PLANS.flatMap((p) => (p.issued ? [p.issued] : [])),
]);

describe('directive entries', () => {
  it('are MDX, each with a text', () => {
    expect(DIRECTIVES.length).toBeGreaterThan(0);
    expect(DIRECTIVES.filter((d) => d.body.trim() === '').map((d) => d.id)).toEqual([]);
  });

  it('a document known only as cited says so in one sentence, instead of a summary', () => {
    const asCited = DIRECTIVES.filter((d) => d.confidence === 'as-cited');
    expect(asCited.length).toBeGreaterThan(0);
    for (const d of asCited) {
      const plan = PLANS.find((p) => p.id === d.knownFrom);
      expect(plan, `${d.id}: knownFrom`).toBeDefined();
      expect(d.body.trim(), d.id).toBe(asCitedBody({ number: plan!.number, title: plan!.title, issued: plan!.issued }));
    }
  });

  it('a summary of a Medium fact says how sure it is', () => {
    const caveat: Record<string, string> = { med: 'mức tin cậy trung bình', 'med-high': 'mức tin cậy khá cao' };
    const unsure = DIRECTIVES.filter((d) => d.confidence in caveat);
    expect(unsure.length).toBeGreaterThan(0);
    expect(unsure.filter((d) => !d.body.includes(caveat[d.confidence]!)).map((d) => d.id)).toEqual([]);
  });

  it('gives no date that the reference facts, the plans or the entries do not give', () => {
    const unknown = DIRECTIVES.flatMap((d) =>
      datesIn(d.body)
        .filter((iso) => !knownDates.has(iso))
        .map((iso) => `${d.id}: ${iso}`),
    );
    expect(unknown).toEqual([]);
    // The check reads both ways of writing a date.
    expect(datesIn('ngày 05/01/2022 và ngày 24 tháng 8 năm 2021')).toEqual(['2022-01-05', '2021-08-24']);
  });

  it('link the text where FACTS.md gives a source for the document, and only to such a page or the government’s own', () => {
    for (const d of DIRECTIVES) {
      const ownSources = (d.sources ?? []).map((s) => s.url).filter((url): url is string => url !== undefined);
      // A source FACTS.md gives for the document is offered as the place to read it.
      if (ownSources.some((url) => factsUrls.has(url))) expect(d.textUrl, `${d.id}: textUrl`).toBeDefined();
      if (d.textUrl === undefined) continue;
      const official = d.textKind === 'official' && /(^|\.)(chinhphu\.vn|gov\.vn)$/.test(new URL(d.textUrl).hostname);
      const given = factsUrls.has(d.textUrl) && ownSources.includes(d.textUrl);
      expect(
        official || given,
        `${d.id}: ${d.textUrl} is neither a source FACTS.md gives for it nor an official page`,
      ).toBe(true);
    }
  });
});

describe('hotline entries', () => {
  it('are MDX, each with a text on what to do or how a call goes', () => {
    expect(HOTLINES.length).toBeGreaterThan(0);
    expect(HOTLINES.filter((h) => h.body.trim() === '').map((h) => h.id)).toEqual([]);
  });

  it('state only usable GUIDANCE-FACTS facts, and link the pages they come from', () => {
    for (const h of HOTLINES) {
      const urls = new Set((h.sources ?? []).map((s) => s.url));
      for (const id of h.guidanceFacts ?? []) {
        const fact = guidance.facts.get(id);
        expect(fact, `${h.id}: fact ${id}`).toBeDefined();
        expect(fact!.notUsable, `${h.id}: fact ${id}`).toBeUndefined();
        if (fact!.urls.length > 0)
          expect(
            fact!.urls.some((url) => urls.has(url)),
            `${h.id}: a page of ${id}`,
          ).toBe(true);
      }
      for (const key of h.checkPoints ?? []) {
        expect(guidance.checks.get(key)?.notUsable, `${h.id}: check point "${key}"`).toBeUndefined();
        expect(guidance.checks.has(key), `${h.id}: check point "${key}"`).toBe(true);
      }
      const unknown = [...urls].filter((url) => url !== undefined && !knownUrls.has(url));
      expect(unknown, h.id).toEqual([]);
    }
    // The 111 entry says how a call goes, from §7 of GUIDANCE-FACTS.md.
    const line = HOTLINES.find((h) => h.id === '111');
    expect(line?.guidanceFacts).toContain('7.2');
  });

  it('never make a number a link in their text', () => {
    expect(HOTLINES.filter((h) => /\]\((?:tel:|https?:)/.test(h.body)).map((h) => h.id)).toEqual([]);
  });
});
