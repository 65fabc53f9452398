import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caveatedEntries, mediumPhrases } from '../support/certainty';
import { directives, plans, programs } from '../support/content';
import { distText, htmlPages, page } from '../support/dist';
import { all, attr, closest, normalise, region, text, within } from '../support/html';
import { parseReferenceFacts } from '../support/reference-facts';

/**
 * Every fact is shown with the certainty its source gives (FACTS.md: "Never state more than the
 * table says"), everywhere it appears: in lists, timeline rows, metadata rows, search annotations
 * and the open data, not only on the entry's own page. Reads dist/, content/ and docs/reference/.
 */
const FACTS = parseReferenceFacts(
  readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'reference', 'FACTS.md'), 'utf8'),
);
const pages = htmlPages();
const lower = (s: string) => normalise(s).toLowerCase();
/** A plan's own words (its full text) are quoted, not the site's claims: they carry no caveat. */
const inPlanText = (el: Parameters<typeof within>[0]) => within(el, (a) => 'data-plan-body' in a.attribs);
/** The element that holds one item of a list, a row of the metadata or a paragraph. */
const ROW = ['li', 'dd', 'td', 'p'] as const;
const says = (said: string, words: string[]) => words.every((w) => said.includes(w.toLowerCase()));
/** Whether the words stand inside a “quotation” of the row: a plan's own words, quoted. */
const insideQuote = (row: string, words: string) => {
  const before = row.slice(0, Math.max(0, row.indexOf(words)));
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
};

interface Json {
  documents: Record<string, unknown>[];
}
const documentsJson = () => JSON.parse(distText('du-lieu/van-ban.json')) as Json;
const programsJson = () => JSON.parse(distText('du-lieu/lo-trinh.json')) as Record<string, unknown>[];

describe('as-cited and medium-confidence documents and programs carry their caveat everywhere (finding 5)', () => {
  const entries = caveatedEntries();

  it('there are such entries in content/', () => {
    expect(entries.filter((e) => e.confidence === 'as-cited').length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.confidence === 'med').length).toBeGreaterThan(0);
  });

  it('every link to one, on every page, stands in a row that says how it is known', () => {
    const bare: string[] = [];
    let seen = 0;
    for (const { path, doc } of pages) {
      for (const entry of entries) {
        const links = all(doc, (el) => el.name === 'a' && attr(el, 'href') === entry.path).filter(
          (a) => !inPlanText(a),
        );
        for (const link of links) {
          seen++;
          const said = lower(text(closest(link, ROW) ?? link));
          if (insideQuote(said, lower(text(link)))) continue;
          if (!says(said, entry.words)) bare.push(`${path}: ${text(link)} → "${said.slice(0, 160)}"`);
        }
      }
    }
    // The lists, the timeline and its theme pages all link these entries.
    expect(seen).toBeGreaterThan(entries.length);
    expect(bare).toEqual([]);
  });

  it('its search annotations carry the caveat, so a search result says it beside the facts', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const meta = all(page(entry.path), (el) => attr(el, 'data-pagefind-meta') !== undefined).map((el) =>
        attr(el, 'data-pagefind-meta')!,
      );
      const caveat = meta.find((m) => m.startsWith('tc:'));
      if (!caveat || !says(lower(caveat), entry.words)) problems.push(`${entry.path}: ${String(caveat)}`);
    }
    expect(problems).toEqual([]);
  });

  it('its page description (what a shared link shows) and its JSON-LD say it too', () => {
    const problems: string[] = [];
    for (const entry of entries) {
      const doc = page(entry.path);
      const description = attr(
        all(doc, (el) => el.name === 'meta' && attr(el, 'name') === 'description')[0]!,
        'content',
      );
      if (!says(lower(description ?? ''), entry.words)) problems.push(`${entry.path}: description ${description}`);
      for (const script of all(doc, (el) => el.name === 'script' && attr(el, 'type') === 'application/ld+json')) {
        const ld = JSON.parse(text(script)) as Record<string, unknown>;
        if (ld['@type'] === 'Legislation' && !says(lower(String(ld['description'])), entry.words))
          problems.push(`${entry.path}: JSON-LD description ${String(ld['description'])}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the open data gives each one its confidence, the plan it is known from and the caveat', () => {
    const docs = documentsJson().documents;
    const progs = programsJson();
    const problems: string[] = [];
    for (const entry of entries) {
      const json = entry.path.startsWith('/van-ban/')
        ? docs.find((d) => d['id'] === `van-ban/${entry.id}`)
        : progs.find((p) => p['id'] === entry.id);
      if (json?.['confidence'] !== entry.confidence)
        problems.push(`${entry.id}: confidence ${String(json?.['confidence'])}`);
      if (!says(lower(String(json?.['caveat'] ?? '')), entry.words))
        problems.push(`${entry.id}: caveat ${String(json?.['caveat'])}`);
    }
    // A program's decision, where it is itself as cited, says so inside the program too.
    for (const program of progs) {
      const decision = program['decision'] as Record<string, unknown> | null;
      const entry = decision && entries.find((e) => e.path === `/van-ban/${String(decision['id'])}/`);
      if (entry && decision['confidence'] !== entry.confidence)
        problems.push(`${String(program['id'])}: decision confidence`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a field FACTS.md marks "(Med)" keeps its caveat (finding 7)', () => {
  const phrases = mediumPhrases(FACTS);

  it('FACTS.md marks some', () => {
    expect(phrases.length).toBeGreaterThan(0);
  });

  it.each(phrases)('$phrase ($row) is never shown without "mức tin cậy trung bình"', ({ phrase }) => {
    const bare: string[] = [];
    let seen = 0;
    for (const { path, doc } of pages) {
      const rows = all(doc, (el) => (ROW as readonly string[]).includes(el.name) && text(el).includes(phrase));
      // The innermost rows only: a list item holding a paragraph is judged by the paragraph.
      const innermost = rows.filter((r) => !rows.some((o) => o !== r && within(o, (a) => a === r)));
      for (const row of innermost.filter((r) => !inPlanText(r))) {
        seen++;
        if (!text(row).includes('mức tin cậy trung bình')) bare.push(`${path}: ${text(row)}`);
      }
      // Search results show the annotations of a page.
      for (const el of all(doc, (e) => (attr(e, 'data-pagefind-meta') ?? '').includes(phrase))) {
        if (!attr(el, 'data-pagefind-meta')!.includes('mức tin cậy trung bình'))
          bare.push(`${path}: search annotation`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(bare).toEqual([]);
  });

  it.each(phrases)('$row: the open data keeps the confidence of $phrase', ({ phrase }) => {
    const docs = documentsJson().documents;
    const holders = docs.flatMap((d) =>
      Object.entries(d)
        .filter(([, value]) => value === phrase)
        .map(([field]) => ({ d, field })),
    );
    expect(holders.length).toBeGreaterThan(0);
    for (const { d, field } of holders) {
      expect((d['fieldConfidence'] as Record<string, string> | undefined)?.[field], `${String(d['id'])} ${field}`).toBe(
        'med',
      );
    }
  });
});

describe('a program known only as cited, or within its orientation, is not "Đã kết thúc" (finding 6)', () => {
  const json = programsJson();
  const asOf = Number(String(json[0]?.['statusAsOf']).slice(0, 4));
  const oriented = programs().filter((p) => {
    const to = /định hướng đến năm (\d{4})/.exec(p.period?.label ?? '')?.[1];
    return to !== undefined && Number(to) >= asOf;
  });
  const asCited = programs().filter((p) => p.confidence === 'as-cited');

  it('there are such programs', () => {
    expect(oriented.length + asCited.length).toBeGreaterThan(1);
  });

  it.each([...oriented, ...asCited])('$id: status in the JSON, its timeline row and its page', (program) => {
    const entry = json.find((p) => p['id'] === program.id)!;
    const never = program.confidence === 'as-cited' ? ['ended', 'ongoing', 'upcoming'] : ['ended'];
    expect(never).not.toContain(entry['status']);
    const row = all(page('/lo-trinh/'), (el) => attr(el, 'data-program') === program.id);
    expect(row).toHaveLength(1);
    expect(text(row[0]!)).not.toContain('Đã kết thúc');
    const meta = region(page(`/lo-trinh/${program.id}/`), 'Thông tin chương trình');
    expect(text(meta!)).not.toContain('Đã kết thúc');
    if (program.confidence === 'as-cited') expect(text(meta!)).not.toContain('Đang thực hiện');
  });
});

describe('a plan that names a program without its number says where the number comes from (finding 9)', () => {
  /** The leading digits of a number ("1248" of "1248/QĐ-TTg"), as a plan would write them. */
  const digitsOf = (number: string) => /^\d+/.exec(number)?.[0] ?? number;
  const numberOf = new Map(directives().map((d) => [`/van-ban/${d.id}/`, d.number ?? '']));

  it.each(plans())('/ke-hoach/$id/', (plan) => {
    const doc = page(`/ke-hoach/${plan.id}/`);
    const body = all(doc, (el) => 'data-plan-body' in el.attribs)[0]!;
    const mentioned = region(doc, 'Văn bản được nhắc đến');
    if (!mentioned) return;
    const problems: string[] = [];
    for (const link of all(mentioned, (el) => el.name === 'a' && numberOf.has(attr(el, 'href') ?? ''))) {
      const href = attr(link, 'href')!;
      const digits = digitsOf(numberOf.get(href)!);
      // How the plan's own text cites it: its citation links, as written.
      const written = all(body, (el) => el.name === 'a' && attr(el, 'href') === href).some((a) =>
        new RegExp(`(^|\\D)${digits}(\\D|$)`).test(text(a)),
      );
      const row = text(closest(link, ['li'])!);
      if (!written && !lower(row).includes('kế hoạch chỉ nêu tên, không ghi số'))
        problems.push(`${text(link)}: ${row}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('a plan serves a program only as far as its text says (finding 4)', () => {
  const json = documentsJson().documents;
  const planJson = (id: string) => json.find((d) => d['id'] === `ke-hoach/${id}`)!;
  const programById = new Map(programs().map((p) => [p.id, p]));

  it.each(plans().filter((p) => (p.programs ?? []).length > 0))(
    '$id names each program it is linked to, or cites its decision',
    (plan) => {
      const cited = new Set((planJson(plan.id)['citations'] as { target: string }[]).map((c) => c.target));
      const unsupported = (plan.programs ?? []).filter((id) => {
        const program = programById.get(id)!;
        if (program.knownFrom === plan.id) return false;
        return !(program.decision && cited.has(`van-ban/${program.decision}`));
      });
      expect(unsupported).toEqual([]);
    },
  );

  it.each(programs().filter((p) => (p.targets ?? []).length > 0))(
    '$id: its targets come from a plan that serves it',
    (program) => {
      const serving = new Set(
        plans()
          .filter((p) => (p.programs ?? []).includes(program.id))
          .map((p) => p.id),
      );
      expect((program.targets ?? []).map((t) => t.plan).filter((id) => !serving.has(id))).toEqual([]);
    },
  );

  it.each(programs().filter((p) => p.decision && p.period))(
    '$id: its period is its decision’s, where the decision gives one',
    (program) => {
      const decision = directives().find((d) => d.id === program.decision)!;
      // A period no source gives the program itself is left out (the page says "chưa có thông tin").
      expect(decision.period?.label, `${decision.id} gives no period`).toBe(program.period!.label);
    },
  );
});
