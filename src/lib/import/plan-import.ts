/**
 * Import a plan: bytes of a .txt or .docx in, the files to write and a report out. Reads no file
 * and writes none (the CLI does both); it is told which documents the site has and which ids exist.
 */
import { z } from 'astro/zod';
import { citationsIn, findCitations, numberKey, type CitableDocument, type Citation } from '../citations';
import { slugify } from '../slug';
import { createPlanSchema } from '../../schemas/plan';
import { createDirectiveSchema } from '../../schemas/directive';
import type { ReferenceFn } from '../../schemas/shared';
import { directiveEntryFile, directiveEntryPath, yaml, type AsCitedDirective } from './directive-entries';
import { readDocx } from './docx';
import { checkDocx, decodeText, ImportError, linesOf } from './input';
import { NotAPlanError, parsePlan, type Field, type Missing, type Passage, type PlanFields } from './parse';

export interface ImportInput {
  /** The file's name as given, for messages; its extension says how to read it. */
  file: string;
  bytes: Uint8Array;
  /** The documents the site has (readCitableDocuments). */
  documents: CitableDocument[];
  /** Whether a path relative to the content folder exists. */
  exists: (path: string) => boolean;
  id?: string | undefined;
  force?: boolean | undefined;
  addMissing?: boolean | undefined;
}

export interface FileToWrite {
  /** Relative to the content folder. */
  path: string;
  content: string | Uint8Array;
}

export interface FilledField {
  field: string;
  value: string;
  lines: number[];
  note?: string | undefined;
}

export interface CitationLine {
  text: string;
  line: number;
  detail: string;
}

export interface ImportReport {
  file: string;
  id: string;
  filled: FilledField[];
  missing: Missing[];
  /** Fields an editor chooses: no rule reads them from the text. */
  forEditor: Missing[];
  linked: CitationLine[];
  added: CitationLine[];
  notes: string[];
}

export interface ImportResult {
  id: string;
  files: FileToWrite[];
  report: ImportReport;
  /** The frontmatter, as data (for tests). */
  frontmatter: Record<string, unknown>;
  body: string;
}

const FOR_EDITOR: Missing[] = [
  {
    field: 'programs',
    reason: 'which national programs a plan serves is an editor’s reading, not written in the text',
  },
  { field: 'topics', reason: 'topics are an editor’s choice from the list in src/schemas/shared.ts' },
];

const DATE_AFTER = /^,?\s*ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;

export async function importPlan(input: ImportInput): Promise<ImportResult> {
  const { file } = input;
  const extension = /\.([^.]+)$/u.exec(file)?.[1]?.toLowerCase();
  let lines;
  let original: string | Uint8Array;
  const notes: string[] = [];
  if (extension === 'txt') {
    const text = decodeText(file, input.bytes);
    lines = linesOf(text);
    original = input.bytes;
  } else if (extension === 'docx') {
    checkDocx(file, input.bytes);
    const docx = await readDocx(file, input.bytes);
    lines = docx.lines;
    original = docx.rawText;
    notes.push(...docx.notes);
  } else {
    throw new ImportError(file, 'expected a .txt or .docx file');
  }

  let parsed;
  try {
    parsed = parsePlan(lines);
  } catch (error) {
    if (error instanceof NotAPlanError) throw new ImportError(file, `not a plan: ${error.message}`);
    throw error;
  }
  const f = parsed.fields;
  const missing = [...parsed.missing];

  // Year: the date's, or (no date) the latest date among the documents the preamble cites.
  let year: Field<number> | undefined;
  let yearNote: string | undefined;
  if (f.issued) year = { value: Number(f.issued.value.slice(0, 4)), lines: f.issued.lines };
  else {
    const dated = datedCitations(parsed.preamble);
    const latest = dated.sort((a, b) => b.iso.localeCompare(a.iso))[0];
    if (latest) {
      const y = Number(latest.iso.slice(0, 4));
      // The page already says the text has no date; the note says only how the year is known.
      yearNote = `Năm ${y} được suy ra từ ${latest.written} mà kế hoạch thực hiện.`;
      year = { value: y, lines: [latest.line], note: `no date: inferred from "${latest.written}" (yearNote says so)` };
    } else {
      missing.push({ field: 'year', reason: 'no date, and the preamble cites no dated document to infer it from' });
    }
  }

  // Id: --id, or the số hiệu folded to ASCII, then the place (or province) and the year.
  const id = input.id ?? deriveId(f, year?.value);
  if (!id) {
    throw new ImportError(
      file,
      `cannot derive an id (it needs the số hiệu or the issuer, a place or province, and the year; missing: ${missing
        .filter((m) => ['number', 'issuer', 'place', 'province', 'year'].includes(m.field))
        .map((m) => m.field)
        .join(', ')}): give one with --id`,
    );
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)) {
    throw new ImportError(file, `--id "${id}": expected a lower-case ASCII slug such as "60-kh-ldld-binh-thuan-2018"`);
  }
  const planPath = `plans/${id}.mdx`;
  const originalPath = `originals/${id}.txt`;
  if (!input.force) {
    for (const path of [planPath, originalPath]) {
      if (input.exists(path)) {
        throw new ImportError(file, `content/${path} already exists: choose another --id, or replace it with --force`);
      }
    }
  }

  // Citations: which the site has, which it lacks; the preamble's give `implements`.
  const ownKey = f.number ? numberKey(f.number.value) : undefined;
  const documents = input.documents.filter((d) => !(d.collection === 'plans' && d.id === id));
  const found = parsed.passages.flatMap((p) =>
    citationsIn(p.text, documents)
      .filter((c) => !(ownKey && c.number !== undefined && numberKey(c.number) === ownKey))
      .map((c) => ({ ...c, line: p.line, passage: p.text })),
  );
  const linked: CitationLine[] = [];
  const lacking: typeof found = [];
  const conflicts: CitationLine[] = [];
  for (const c of found) {
    if (c.resolution.status === 'resolved') {
      linked.push({ text: c.text, line: c.line, detail: `${c.resolution.collection}/${c.resolution.id}` });
    } else if (c.resolution.reason === 'no directive entry has this number or name') lacking.push(c);
    else conflicts.push({ text: c.text, line: c.line, detail: c.resolution.reason });
  }
  if (conflicts.length > 0) {
    throw new ImportError(
      file,
      `citations the build cannot resolve:\n${conflicts.map((c) => `  line ${c.line}: "${c.text}": ${c.detail}`).join('\n')}`,
    );
  }
  const newEntries: AsCitedDirective[] = [];
  const added: CitationLine[] = [];
  if (lacking.length > 0) {
    if (!input.addMissing) {
      throw new ImportError(
        file,
        `cites documents the site has no entry for (the build would fail on them):\n${lacking
          .map((c) => `  line ${c.line}: "${c.text}"`)
          .join(
            '\n',
          )}\nrun again with --add-missing to add each as an "as-cited" entry holding what the text says, or add entries from the reference facts first`,
      );
    }
    const problems: string[] = [];
    const byKey = new Map<string, typeof lacking>();
    for (const c of lacking) {
      const key = numberKey(c.number ?? c.text);
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
    for (const group of byKey.values()) {
      const entry = asCitedEntry(group, id, input.exists, problems);
      if (entry) {
        newEntries.push(entry);
        added.push({ text: group[0]!.text, line: group[0]!.line, detail: `directives/${entry.id}` });
      }
    }
    if (problems.length > 0) throw new ImportError(file, `cannot add the documents it cites:\n${problems.join('\n')}`);
  }

  const knownDirectives = new Set([
    ...input.documents.filter((d) => d.collection === 'directives').map((d) => d.id),
    ...newEntries.map((e) => e.id),
  ]);
  const implementsIds: string[] = [];
  for (const p of parsed.preamble) {
    for (const c of citationsIn(p.text, [
      ...documents,
      ...newEntries.map((e) => ({
        collection: 'directives' as const,
        id: e.id,
        kind: e.kind,
        number: e.number,
        issued: e.issued,
      })),
    ])) {
      if (c.number === undefined || c.resolution.status !== 'resolved' || c.resolution.collection !== 'directives')
        continue;
      if (!implementsIds.includes(c.resolution.id)) implementsIds.push(c.resolution.id);
    }
  }

  // The frontmatter, in the schema's order, with only what was read.
  const frontmatter: Record<string, unknown> = {};
  const filled: FilledField[] = [];
  const put = (
    field: string,
    value: unknown,
    from?: { lines: number[]; note?: string | undefined },
    shown?: string,
  ) => {
    frontmatter[field] = value;
    if (from) filled.push({ field, value: shown ?? String(value), lines: from.lines, note: from.note });
  };
  if (f.title) put('title', f.title.value, f.title);
  if (f.number) put('number', f.number.value, f.number);
  if (f.place) put('place', f.place.value, f.place);
  if (f.issued) put('issued', f.issued.value, f.issued);
  if (year) put('year', year.value, year);
  if (yearNote) frontmatter['yearNote'] = yearNote;
  if (f.period) put('period', f.period.value, f.period, f.period.value.label);
  if (f.issuer) put('issuer', f.issuer.value, f.issuer);
  if (f.province) put('province', f.province.value, f.province);
  if (f.level) put('level', f.level.value, f.level);
  if (f.signer) {
    const s = f.signer.value;
    put('signer', s, f.signer, [s.onBehalfOf, s.title, s.name].filter(Boolean).join(', '));
  }
  if (f.recipients) put('recipients', f.recipients.value, f.recipients, `${f.recipients.value.length} lines`);
  if (implementsIds.length > 0) {
    put(
      'implements',
      implementsIds,
      { lines: parsed.preamble.map((p) => p.line), note: 'documents the preamble cites by number' },
      implementsIds.join(', '),
    );
  } else {
    missing.push({ field: 'implements', reason: 'the preamble cites no document by number' });
  }
  if (f.deadline) put('deadline', f.deadline.value, f.deadline);
  if (f.contactEmail) put('contactEmail', f.contactEmail.value, f.contactEmail);
  frontmatter['original'] = `${id}.txt`;

  // Only a plan the build accepts is written.
  const reference: ReferenceFn = (collection) =>
    z
      .string()
      .refine((ref) => collection !== 'directives' || knownDirectives.has(ref), {
        message: `expected the id of a ${collection} entry`,
      })
      .transform((ref) => ({ id: ref, collection }));
  const result = createPlanSchema(reference).safeParse(frontmatter);
  if (!result.success) {
    const why = new Map(missing.map((m) => [m.field, m.reason]));
    const lines = result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      return `  ${issue.path.join('.')}: ${issue.message}${why.has(field) ? ` (the text: ${why.get(field)})` : ''}`;
    });
    throw new ImportError(file, `the plan would not build; nothing written:\n${lines.join('\n')}`);
  }

  const body = parsed.body;
  const mdx = `---\n${yaml(frontmatter)}---\n\n${body}`;
  const files: FileToWrite[] = [
    { path: planPath, content: mdx },
    { path: originalPath, content: original },
    ...newEntries.map((e) => {
      const { path, text } = directiveEntryFile(e, {
        number: f.number?.value,
        title: f.title?.value ?? '',
        issued: f.issued?.value,
      });
      return { path, content: text };
    }),
  ];
  return {
    id,
    files,
    frontmatter,
    body,
    report: {
      file,
      id,
      filled,
      missing: missing.filter((m) => !(m.field in frontmatter)),
      forEditor: FOR_EDITOR,
      linked,
      added,
      notes,
    },
  };
}

function datedCitations(preamble: Passage[]): { iso: string; written: string; line: number }[] {
  const out: { iso: string; written: string; line: number }[] = [];
  for (const p of preamble) {
    for (const c of findCitations(p.text)) {
      const date = DATE_AFTER.exec(p.text.slice(c.end));
      if (!date) continue;
      const iso = `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
      out.push({ iso, written: p.text.slice(c.start, c.end + date[0].length), line: p.line });
    }
  }
  return out;
}

function deriveId(f: PlanFields, year: number | undefined): string | undefined {
  const where = f.place?.value ?? f.province?.value;
  if (!where || year === undefined) return undefined;
  if (f.number) return `${slugify(f.number.value)}-${slugify(where)}-${year}`;
  if (!f.issuer) return undefined;
  // No number: the issuer's short name ("Sở Tài nguyên và Môi trường" → so-tnmt), place, year.
  const name = f.issuer.value
    .split(/\s+(?:tỉnh|thành phố|Thành phố|quận|huyện|thị xã)\s+/u)[0]!
    .replace(new RegExp(`\\s+${f.province?.value ?? '\\0'}$`, 'u'), '');
  const words = name.split(/\s+/u).filter((w) => w.toLocaleLowerCase('vi') !== 'và' && w !== '-');
  const [first, ...rest] = words;
  if (!first) return undefined;
  const whole = /^(Sở|Bộ)$/u.test(first);
  const short = whole
    ? `${slugify(first)}-${rest.map((w) => slugify(w)[0] ?? '').join('')}`
    : words.map((w) => slugify(w)[0] ?? '').join('');
  return `${short}-${slugify(where)}-${year}`;
}

/** What the citing text says about a document the site lacks: number, date, "của …", "về …". */
function asCitedEntry(
  group: (Citation & { line: number; passage: string })[],
  planId: string,
  exists: (path: string) => boolean,
  problems: string[],
): AsCitedDirective | undefined {
  const first = group[0]!;
  const where = `  line ${first.line}: "${first.text}"`;
  if (first.kind === undefined || first.number === undefined || /^\d+$/u.test(first.number)) {
    problems.push(`${where}: the text gives no full number to file it under`);
    return undefined;
  }
  const number = first.number.replace(/\s+/gu, '');
  let issued: string | undefined;
  let issuer: string | undefined;
  let title: string | undefined;
  for (const c of group) {
    const rest = c.passage.slice(c.end);
    const date = DATE_AFTER.exec(rest);
    const iso = date ? `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}` : undefined;
    if (iso && issued && iso !== issued) {
      problems.push(`${where}: cited with two dates (${issued} and ${iso})`);
      return undefined;
    }
    issued ??= iso;
    const after = rest.slice(date ? date[0].length : 0);
    const by = /^,?\s*của\s+(.+?)(?=,|;|\.(?:\s|$)|\s+(?:về|phê duyệt|ban hành|hướng dẫn)\s|$)/u.exec(after);
    if (by && !issuer) issuer = by[1]!.trim();
    const next = after.slice(by ? by[0].length : 0);
    const about =
      /^,?\s*((?:về|phê duyệt|ban hành|hướng dẫn)\s.+?)(?=;|\.(?:\s|$)|,\s+(?:Ban|Sở|Liên đoàn|LĐLĐ|Công đoàn|UBND|Ủy ban|Uỷ ban)\s|$)/u.exec(
        next,
      );
    if (about && !title) {
      // Up to the next document the same sentence cites.
      const cut = findCitations(about[1]!)[0];
      title = (cut ? about[1]!.slice(0, cut.start) : about[1]!).replace(/[\s,]+(?:và|,)?\s*$/u, '').trim();
    }
  }
  if (!issuer || !title) {
    problems.push(
      `${where}: the text does not say ${[!issuer && 'who issued it ("của …")', !title && 'what it is about ("về …")'].filter(Boolean).join(' or ')}; add its entry by hand`,
    );
    return undefined;
  }
  const id = slugify(number);
  if (exists(directiveEntryPath(id))) {
    problems.push(
      `${where}: content/${directiveEntryPath(id)} exists but holds another document; add this one by hand`,
    );
    return undefined;
  }
  const national = /(Trung ương|TW|Bộ Chính trị|Ban Bí thư|Thủ tướng|Chính phủ|Quốc hội|Tổng Liên đoàn|^Bộ\s)/u;
  const level: AsCitedDirective['level'] =
    national.test(issuer) || /\/(TW|QH\d*)$|-(TTg|CP|TLĐ)$/u.test(number)
      ? 'trung-uong'
      : /ngành/u.test(issuer)
        ? 'nganh'
        : 'tinh';
  const province = /(?:tỉnh|thành phố|Thành phố)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*)/u.exec(issuer)?.[1];
  const entry: AsCitedDirective = {
    id,
    number,
    kind: first.kind,
    issuer,
    ...(issued ? { issued } : {}),
    title,
    level,
    ...(province ? { province } : {}),
    knownFrom: planId,
  };
  const reference: ReferenceFn = (collection) => z.string().transform((ref) => ({ id: ref, collection }));
  const check = createDirectiveSchema(reference).safeParse({ ...entry, confidence: 'as-cited' });
  if (!check.success) {
    problems.push(`${where}: ${check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return undefined;
  }
  return entry;
}
