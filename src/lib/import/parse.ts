/**
 * Reads a Vietnamese plan ("KẾ HOẠCH") from its text, one line at a time, into the frontmatter
 * fields the text gives and the MDX body the site shows. Pure: no files, no clock.
 *
 * The body is the text itself, word for word; only Markdown markup is added or changed, as
 * content/README.md lays down: `## KẾ HOẠCH`, `###` for roman-numeral sections, `####` for
 * numbered sub-titles, `1\.` for a long numbered paragraph, `- ` list items, `**Nơi nhận:**`, the
 * signature lines joined by hard breaks, and a paragraph that a page break or a hard wrap split
 * joined again with one space.
 *
 * It never guesses: each field says which lines it came from, and a field it cannot read is
 * reported missing with the reason and left out.
 */
import { CAPACITY, isUpper, ordinaryCase } from './casing.ts';

/** A program or document a title names, whose own period may follow it ("Chương trình … giai đoạn 2021-2030"). */
const NAMES_A_PROGRAM =
  /(?:chương trình|kế hoạch hành động|đề án|chiến lược|quyết định|chỉ thị|nghị quyết)(?![^,;]*[,;])/iu;

/** One line of the source, numbered from 1 as an editor's text editor numbers it. */
export interface SourceLine {
  text: string;
  no: number;
}

/** A field read from the text: its value, the lines it came from, and how, when not verbatim. */
export interface Field<T> {
  value: T;
  lines: number[];
  note?: string;
}

export interface Signer {
  name: string;
  onBehalfOf?: string;
  title: string;
}

export interface Period {
  start: number;
  end: number;
  label: string;
}

export interface PlanFields {
  title?: Field<string>;
  number?: Field<string>;
  place?: Field<string>;
  issued?: Field<string>;
  period?: Field<Period>;
  issuer?: Field<string>;
  province?: Field<string>;
  level?: Field<'trung-uong' | 'tinh' | 'nganh'>;
  signer?: Field<Signer>;
  recipients?: Field<string[]>;
  deadline?: Field<string>;
  contactEmail?: Field<string>;
}

export interface Missing {
  field: string;
  reason: string;
}

/** A passage of the text with the line it starts on (for citations and the report). */
export interface Passage {
  text: string;
  line: number;
}

export interface ParsedPlan {
  fields: PlanFields;
  missing: Missing[];
  /** The preamble's paragraphs ("Thực hiện …", "Căn cứ …"): the documents the plan implements. */
  preamble: Passage[];
  /** The title's text, for citations it names. */
  titlePassage?: Passage;
  /** Every paragraph, heading and item of the body as plain text, for citations. */
  passages: Passage[];
  /** The MDX body. */
  body: string;
}

export class NotAPlanError extends Error {}

// ---------------------------------------------------------------------------------------------
// Patterns of the layout these documents share.

const KE_HOACH = /^KẾ\s+HOẠCH$/u;
const MOTTO_1 = /C[ỘộO]NG\s+H(?:OÀ|ÒA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu;
const MOTTO_2 = /Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/iu;
const NUMBER_LINE = /^Số\s*[:.]?\s*(.*)$/u;
const BARE_NUMBER = /^(\d+\s*[/-]\s*\p{Lu}[\p{L}\d&/-]*(?:\s*-\s*[\p{L}\d&/-]+)*)$/u;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const DATE_SLASHES = /ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const SEPARATOR = /^[-_=*.·…~]{3,}$/u;

const ROMAN = /^([IVXL]+)\.\s+\S/u;
const ARABIC = /^(\d{1,2})\.\s+\S/u;
const MULTI = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/u;
const LETTER = /^([a-zđ])\)\s+\S/u;
const DASH = /^-\s+\S/u;
const PLUS = /^\+\s+\S/u;
const RECIPIENTS = /^Nơi\s+nhận\s*:?$/iu;
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
const NOTE = /^\(.*\)$/u;
/** A sentence that is still going on at the end of a line. */
const ENDS_SENTENCE = /[.;:!?…)"”]$/u;
/** Beyond this length a numbered line is a paragraph, not a sub-title. */
const HEADING_MAX = 150;

/** The national motto's lines ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"). */
export const isMottoLine = (text: string) => MOTTO_1.test(text) || MOTTO_2.test(text);
/** The place and date line ("Bình Thuận, ngày 20 tháng 4 năm 2018", "ngày 20/4/2018"). */
export const isDateLine = (text: string) => /(^|,\s*)ngày\s/u.test(text.trim()) && /\d{4}\s*$/u.test(text.trim());
/** "Nơi nhận:" */
export const isRecipientsLabel = (text: string) => RECIPIENTS.test(plainOf(text));

type Marker = 'roman' | 'arabic' | 'multi' | 'letter' | 'dash' | 'plus' | 'none';

function markerOf(plain: string): Marker {
  if (ROMAN.test(plain)) return 'roman';
  if (MULTI.test(plain)) return 'multi';
  if (ARABIC.test(plain)) return 'arabic';
  if (LETTER.test(plain)) return 'letter';
  if (DASH.test(plain)) return 'dash';
  if (PLUS.test(plain)) return 'plus';
  return 'none';
}

/** A line without its Markdown: heading marks and emphasis stars. */
function plainOf(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/^#{1,6}\s+/u, '')
    .replace(/\*/g, '')
    .trim();
}

/** A line without heading marks, with a trailing Markdown hard break (two spaces) taken off. */
function rawOf(text: string): { raw: string; heading: boolean } {
  const trimmed = text.replace(/\s+$/u, '').replace(/^\s+/u, '');
  const heading = /^#{1,6}\s+/u.test(trimmed);
  return { raw: trimmed.replace(/^#{1,6}\s+/u, ''), heading };
}

const wholeBold = (raw: string) => /^\*\*[^*](?:.*[^*])?\*\*$/u.test(raw);

// ---------------------------------------------------------------------------------------------
// Units: the paragraphs, headings and items the body is made of.

type Kind =
  | 'header'
  | 'kehoach'
  | 'title'
  | 'para'
  | 'heading'
  | 'item'
  | 'plus'
  | 'table'
  | 'recipientsLabel'
  | 'recipient'
  | 'authority'
  | 'name'
  | 'note';

interface Unit {
  kind: Kind;
  /** Raw lines (Markdown the source used kept, heading marks off). */
  raw: string[];
  /** Line numbers of the raw lines. */
  nos: number[];
  marker: Marker;
  sourceHeading: boolean;
  level?: number;
  /** True for the first unit of a block of the source (a blank line before it). */
  blockStart: boolean;
}

const plainUnit = (u: Unit) => plainOf(u.raw.join(' '));

interface Block {
  lines: { raw: string; plain: string; heading: boolean; no: number }[];
}

function blocksOf(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    const { raw, heading } = rawOf(line.text);
    const plain = plainOf(line.text);
    if (plain === '' && !/\S/u.test(raw)) {
      current = undefined;
      continue;
    }
    if (plain === '') {
      // A line of emphasis marks only ("****"): keep it, it is part of the text as typed.
    }
    if (!current) {
      current = { lines: [] };
      blocks.push(current);
    }
    current.lines.push({ raw, plain, heading, no: line.no });
  }
  return blocks;
}

/** Splits a header line into its runs: two columns set side by side, or the motto run into it. */
function headerRuns(raw: string): string[] {
  const runs: string[] = [];
  for (const piece of raw
    .split(/\t+| {2,}/u)
    .map((r) => r.trim())
    .filter(Boolean)) {
    // "Số:     /KH-LĐLĐ", "Số: 60   /KH-LĐLĐ": stray spaces inside the số hiệu, not two columns.
    const prev = runs.at(-1);
    if (prev !== undefined && NUMBER_LINE.test(plainOf(prev)) && /^[\d/-]/u.test(piece))
      runs[runs.length - 1] = `${prev} ${piece}`;
    else runs.push(piece);
  }
  return runs.flatMap((run) => {
    for (const motto of [MOTTO_1, MOTTO_2]) {
      const m = motto.exec(run);
      if (m && m.index > 0) {
        const before = run.slice(0, m.index).trim();
        const rest = run.slice(m.index).trim();
        return [before, ...headerRuns(rest)].filter(Boolean);
      }
    }
    // "Số: 60/KH-LĐLĐ Bình Thuận, ngày …" with one space between the columns.
    const date = /(?:^|\s)([\p{Lu}][\p{L} .]*,\s*)?ngày\s+\d/u.exec(run);
    if (date && date.index > 0 && NUMBER_LINE.test(run)) {
      return [run.slice(0, date.index).trim(), run.slice(date.index).trim()];
    }
    return [run];
  });
}

// ---------------------------------------------------------------------------------------------

export interface ParseOptions {
  /** Lines read from a Word file: each paragraph is its own block. */
  fromDocx?: boolean;
}

export function parsePlan(lines: SourceLine[], _options: ParseOptions = {}): ParsedPlan {
  const missing: Missing[] = [];
  const fields: PlanFields = {};
  const blocks = blocksOf(lines);
  const width = wrapWidth(lines);

  // 1. The "KẾ HOẠCH" line divides the header from the rest.
  let keBlock = -1;
  let keLine = -1;
  for (let b = 0; b < blocks.length && keBlock < 0; b++) {
    const i = blocks[b]!.lines.findIndex((l) => KE_HOACH.test(l.plain));
    if (i >= 0) {
      keBlock = b;
      keLine = i;
    }
  }
  if (keBlock < 0) {
    const first = blocks.flatMap((b) => b.lines).find((l) => isUpper(l.plain) && l.plain.length >= 6);
    throw new NotAPlanError(
      `no line "KẾ HOẠCH" (the heading every plan has)${
        first ? `; the first heading-like line is "${first.plain}" (line ${first.no})` : ''
      }`,
    );
  }

  const units: Unit[] = [];
  const unit = (kind: Kind, raw: string[], nos: number[], extra: Partial<Unit> = {}): Unit => ({
    kind,
    raw,
    nos,
    marker: 'none',
    sourceHeading: false,
    blockStart: true,
    ...extra,
  });

  // 2. Header: every line before "KẾ HOẠCH", split into its runs.
  const headerLines = blocks
    .slice(0, keBlock + 1)
    .flatMap((b, i) => (i === keBlock ? b.lines.slice(0, keLine) : b.lines));
  for (const line of headerLines) {
    for (const run of headerRuns(line.raw)) units.push(unit('header', [run], [line.no]));
  }
  readHeader(units, fields, missing);

  // 3. "KẾ HOẠCH" and the title lines under it.
  const ke = blocks[keBlock]!.lines[keLine]!;
  units.push(unit('kehoach', [ke.plain], [ke.no]));
  let rest = blocks.slice(keBlock + 1);
  const sameBlock = blocks[keBlock]!.lines.slice(keLine + 1);
  const titleLines: Block['lines'] = [];
  const afterTitleInBlock: Block['lines'] = [];
  for (const l of sameBlock) {
    if (titleLines.length > 0 && (afterTitleInBlock.length > 0 || /^(Thực hiện|Căn cứ)\s/u.test(l.plain))) {
      afterTitleInBlock.push(l);
    } else titleLines.push(l);
  }
  if (titleLines.length === 0 && rest.length > 0) {
    titleLines.push(...rest[0]!.lines);
    rest = rest.slice(1);
  }
  while (rest.length > 0 && titleLines.length > 0 && afterTitleInBlock.length === 0) {
    const next = rest[0]!.lines;
    const first = next[0]!;
    const continues =
      markerOf(first.plain) === 'none' &&
      !first.heading &&
      (/^[\p{Ll}\d]/u.test(first.plain) ||
        (wholeBold(titleLines[0]!.raw) && next.every((l) => wholeBold(l.raw)) && !ENDS_SENTENCE.test(first.plain)));
    if (!continues) break;
    titleLines.push(...next);
    rest = rest.slice(1);
  }
  if (titleLines.length > 0) {
    units.push(
      unit(
        'title',
        titleLines.map((l) => l.raw),
        titleLines.map((l) => l.no),
      ),
    );
    const title = titleLines.map((l) => l.plain).join(' ');
    fields.title = { value: title, lines: titleLines.map((l) => l.no) };
    const period = /giai\s+đoạn\s+((\d{4})\s*[-–]\s*(\d{4}))/u.exec(title);
    // "Thực hiện Chương trình … giai đoạn 2021-2030": the period is the named program's, not the plan's.
    const named = period ? NAMES_A_PROGRAM.exec(title.slice(0, period.index)) : null;
    if (period && !named) {
      fields.period = {
        value: { start: Number(period[2]), end: Number(period[3]), label: period[1]! },
        lines: fields.title.lines,
      };
    } else if (period && named) {
      missing.push({
        field: 'period',
        reason: `the title's "giai đoạn ${period[1]!}" is the period of the ${named[0]} it names, not the plan's`,
      });
    }
  } else {
    missing.push({ field: 'title', reason: `nothing follows "KẾ HOẠCH" (line ${ke.no})` });
  }
  if (!fields.period && !missing.some((m) => m.field === 'period')) {
    missing.push({ field: 'period', reason: 'the title names no "giai đoạn YYYY-YYYY"' });
  }

  // 4. The rest, block by block, line by line.
  const bodyBlocks: Block[] = afterTitleInBlock.length > 0 ? [{ lines: afterTitleInBlock }, ...rest] : rest;
  const bodyStart = units.length;
  for (const block of bodyBlocks) {
    let current: Unit | undefined;
    block.lines.forEach((line, i) => {
      const marker = markerOf(line.plain);
      const prev = i > 0 ? block.lines[i - 1]! : undefined;
      let starts = i === 0;
      if (prev && !starts) {
        const midSentence = !ENDS_SENTENCE.test(prev.plain);
        const afterMarker = line.plain.replace(/^\S+\s+/u, '');
        // A hard wrap broke the line here: the next word did not fit on it.
        const wrapped =
          width !== undefined &&
          midSentence &&
          prev.plain.length + 1 + line.plain.split(/\s/u)[0]!.length > width * 0.9;
        if (marker !== 'none') starts = !(midSentence && (wrapped || /^[\p{Ll}\d]/u.test(afterMarker)));
        if (line.heading || (prev.heading && !wrapped)) starts = true;
        if (RECIPIENTS.test(line.plain) || RECIPIENTS.test(prev.plain)) starts = true;
        if (line.raw.startsWith('|') !== prev.raw.startsWith('|')) starts = true;
        if (CAPACITY.test(line.plain)) starts = true;
        // A change between a line in capitals and one that is not: a signature title and the name.
        const upper = (p: string) => isUpper(p) && p.replace(/[^\p{L}]/gu, '').length >= 4;
        if (upper(line.plain) !== upper(prev.plain) && (upper(prev.plain) || NAME.test(line.plain) === false)) {
          if (upper(prev.plain) || upper(line.plain)) starts = true;
        }
      }
      if (starts || !current) {
        const kind: Kind = line.raw.startsWith('|') ? 'table' : 'para';
        current = unit(kind, [line.raw], [line.no], {
          marker: kind === 'table' ? 'none' : marker,
          sourceHeading: line.heading,
          blockStart: i === 0,
        });
        units.push(current);
      } else {
        current.raw.push(line.raw);
        current.nos.push(line.no);
      }
    });
  }

  // 5. A paragraph split by a page break: the next block starts in lower case.
  for (let i = bodyStart + 1; i < units.length; i++) {
    const u = units[i]!;
    const prev = units[i - 1]!;
    const plain = plainUnit(u);
    if (
      u.blockStart &&
      u.kind === 'para' &&
      u.marker === 'none' &&
      !u.sourceHeading &&
      /^\p{Ll}/u.test(plain) &&
      i - 1 >= bodyStart &&
      prev.kind === 'para' &&
      !prev.sourceHeading &&
      !(prev.marker !== 'none' && prev.marker !== 'dash' && plainUnit(prev).length <= HEADING_MAX)
    ) {
      prev.raw.push(...u.raw);
      prev.nos.push(...u.nos);
      units.splice(i, 1);
      i -= 1;
    }
  }

  // 6. The closing: "Nơi nhận:" with its list, and the signature block.
  const body = units.slice(bodyStart);
  readClosing(body, fields, missing);

  // 7. Headings, items and paragraphs.
  const hasRoman = body.some((u) => u.kind === 'para' && u.marker === 'roman');
  for (const u of body) {
    if (u.kind !== 'para') continue;
    const plain = plainUnit(u);
    const bold = u.raw.length === 1 && wholeBold(u.raw[0]!);
    if (u.marker === 'roman') {
      u.kind = 'heading';
      u.level = 3;
    } else if (u.marker === 'arabic' || u.marker === 'multi') {
      if (u.sourceHeading || bold || plain.length <= HEADING_MAX) {
        u.kind = 'heading';
        const depth = u.marker === 'multi' ? 1 : 0;
        u.level = Math.min(6, (hasRoman ? 4 : 3) + depth);
      }
    } else if (u.marker === 'dash') {
      u.kind = 'item';
    } else if (u.marker === 'plus') {
      u.kind = 'plus';
    } else if (u.sourceHeading) {
      u.kind = 'heading';
      u.level = 4;
    }
  }

  // 8. Preamble: the paragraphs between the title and the first section.
  const preamble: Passage[] = [];
  for (const u of body) {
    if (u.kind !== 'para' || u.marker !== 'none') break;
    preamble.push({ text: plainUnit(u), line: u.nos[0]! });
  }
  readIssuer(units, preamble, body, fields, missing);
  readDeadlineAndEmail(units, fields, missing);

  const passages = units
    .filter((u) => u.kind !== 'header' && u.kind !== 'kehoach')
    .map((u) => ({ text: plainUnit(u), line: u.nos[0]! }));
  const titleUnit = units.find((u) => u.kind === 'title');

  return {
    fields,
    missing,
    preamble,
    ...(titleUnit ? { titlePassage: { text: plainUnit(titleUnit), line: titleUnit.nos[0]! } } : {}),
    passages,
    body: emit(units),
  };
}

/**
 * The width a text was hard-wrapped at, when it was: most of its longer lines end close to the
 * longest one. A text whose paragraphs are single lines has no such width.
 */
function wrapWidth(lines: SourceLine[]): number | undefined {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 20);
  if (lengths.length < 10) return undefined;
  const max = Math.max(...lengths);
  const near = lengths.filter((n) => n >= max * 0.75).length;
  return max <= 160 && near >= lengths.length * 0.3 ? max : undefined;
}

// ---------------------------------------------------------------------------------------------
// Header: số hiệu, place and date, issuer lines.

function readHeader(units: Unit[], fields: PlanFields, missing: Missing[]) {
  const header = units.filter((u) => u.kind === 'header');
  const plains = header.map((u) => ({ plain: plainOf(u.raw[0]!), no: u.nos[0]! }));

  const numberRun = plains.find((p) => NUMBER_LINE.test(p.plain));
  const bare = plains.find((p) => BARE_NUMBER.test(p.plain));
  if (numberRun) {
    const written = NUMBER_LINE.exec(numberRun.plain)![1]!;
    const value = written.replace(/\s+/gu, '');
    if (/^\d+[-/]\s?[\p{Lu}\d][\p{L}\d&/-]*$/u.test(value)) {
      fields.number = {
        value,
        lines: [numberRun.no],
        ...(value !== written ? { note: `"${written}" written without its spaces` } : {}),
      };
    } else {
      missing.push({
        field: 'number',
        reason: `the số hiệu line (line ${numberRun.no}) gives no number: "${numberRun.plain}"`,
      });
    }
  } else if (bare) {
    const value = bare.plain.replace(/\s+/gu, '');
    fields.number = { value, lines: [bare.no], note: 'the line has no "Số:" before the number' };
  } else {
    missing.push({ field: 'number', reason: 'no "Số: …" line before "KẾ HOẠCH"' });
  }

  const dateRun = plains.find((p) => DATE_WORDS.test(p.plain) || DATE_SLASHES.test(p.plain));
  if (dateRun) {
    const m = (DATE_WORDS.exec(dateRun.plain) ?? DATE_SLASHES.exec(dateRun.plain))!;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      fields.issued = {
        value: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        lines: [dateRun.no],
      };
    } else {
      missing.push({ field: 'issued', reason: `"${m[0]}" (line ${dateRun.no}) is not a calendar date` });
    }
    const place = dateRun.plain.slice(0, m.index).replace(/,\s*$/u, '').trim();
    if (place) fields.place = { value: place, lines: [dateRun.no] };
    else missing.push({ field: 'place', reason: `the date line (line ${dateRun.no}) names no place` });
  } else {
    const blank = plains.find((p) => /ngày\s.*tháng\s.*năm/u.test(p.plain));
    const reason = blank
      ? `the date line (line ${blank.no}) has no day, month and year: "${blank.plain}"`
      : 'no "…, ngày … tháng … năm …" line before "KẾ HOẠCH"';
    missing.push({ field: 'issued', reason });
    if (!blank) missing.push({ field: 'place', reason: 'no place and date line' });
    else {
      const place = blank.plain.split(',')[0]!.trim();
      if (place && !/^ngày/u.test(place)) fields.place = { value: place, lines: [blank.no] };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Issuer, province and level.

const ABBREVIATIONS: [RegExp, string][] = [[/(?<!\p{L})LĐLĐ(?!\p{L})/gu, 'Liên đoàn Lao động']];
const UNIT_WORD = '(?:tỉnh|thành phố|Thành phố|quận|Quận|huyện|Huyện|thị xã|Thị xã)';
const PLACE_NAME = '(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)*)';
const PROVINCE_IN = new RegExp(`(?<!\\p{L})(tỉnh|thành phố|Thành phố)\\s+${PLACE_NAME}`, 'u');
const DISTRICT_IN = new RegExp(`(?<!\\p{L})(?:quận|Quận|huyện|Huyện|thị xã|Thị xã)\\s+\\p{Lu}`, 'u');
const ENDS_IN_UNIT = new RegExp(`\\s${UNIT_WORD}$`, 'u');
/** An organ of the issuing body, not the body itself. */
const ORGAN = /^(BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BCH|BTV)(?!\p{L})/u;

function expand(text: string): string {
  let out = text;
  for (const [pattern, full] of ABBREVIATIONS) out = out.replace(pattern, full);
  return out;
}

function readIssuer(units: Unit[], preamble: Passage[], body: Unit[], fields: PlanFields, missing: Missing[]) {
  let issuer: Field<string> | undefined;
  let parent: string | undefined;

  // a. The header's issuer lines, in capitals: the last one that is not an organ (Ban Thường vụ).
  const lines = units
    .filter((u) => u.kind === 'header')
    .map((u) => ({ plain: plainOf(u.raw[0]!), no: u.nos[0]! }))
    .filter(
      (p) =>
        isUpper(p.plain) &&
        !MOTTO_1.test(p.plain) &&
        !NUMBER_LINE.test(p.plain) &&
        !SEPARATOR.test(p.plain) &&
        !ORGAN.test(p.plain),
    );
  if (lines.length > 0) {
    const own = lines[lines.length - 1]!;
    parent = lines.length > 1 ? lines[lines.length - 2]!.plain : undefined;
    const cased = ordinaryCase(expand(own.plain.replace(/(?<!\p{L})LĐLĐ(?!\p{L})/gu, 'LIÊN ĐOÀN LAO ĐỘNG')));
    issuer = {
      value: cased.text,
      lines: [own.no],
      ...(cased.byRule ? { note: 'written from capitals in ordinary case by rule: check the spelling' } : {}),
    };
  }

  // b. The preamble: "…, Ban Thường vụ <issuer> xây dựng kế hoạch …".
  if (!issuer) {
    for (const p of preamble) {
      const m = /([^,;.()]*?)\s+xây\s+dựng\s+(?:Kế|kế)\s+hoạch/u.exec(p.text);
      if (!m) continue;
      const name = m[1]!
        .trim()
        .replace(/^Ban\s+[Tt]hường(?:\s+vụ)?\s+/u, '')
        .replace(/^Ban\s+Chấp\s+hành\s+/u, '');
      if (name) issuer = { value: expand(name), lines: [p.line], note: `from "${m[0].trim()}"` };
      break;
    }
  }
  // c. The closing request: "Ban Thường vụ <issuer> đề nghị …".
  if (!issuer) {
    for (const u of body) {
      const text = plainUnit(u);
      const m = /^Ban\s+[Tt]hường(?:\s+vụ)?\s+(.+?)\s+đề\s+nghị\s/u.exec(text);
      if (m) {
        issuer = { value: expand(m[1]!), lines: [u.nos[0]!], note: `from "${m[0].trim()}"` };
        break;
      }
    }
  }
  if (!issuer) {
    missing.push({
      field: 'issuer',
      reason:
        'no issuer lines in the header, and no "… xây dựng kế hoạch" or "Ban Thường vụ … đề nghị" sentence names it',
    });
    missing.push({ field: 'province', reason: 'the issuer is unknown' });
    return;
  }

  // Province: from the issuer, the parent body, the place, or the body the preamble cites.
  const place = fields.place;
  const preambleText = preamble.map((p) => p.text).join(' ');
  const preambleProvince = PROVINCE_IN.exec(preambleText);
  const parentProvince = parent ? PROVINCE_IN.exec(ordinaryCase(parent).text) : null;
  let province: Field<string> | undefined;

  if (ENDS_IN_UNIT.test(issuer.value) && place) {
    issuer = {
      value: `${issuer.value} ${place.value}`,
      lines: [...issuer.lines, ...place.lines],
      note: `${issuer.note ? `${issuer.note}, ` : ''}completed with the place "${place.value}" of the date line`,
    };
  }
  const own = PROVINCE_IN.exec(issuer.value);
  if (own && !DISTRICT_IN.test(issuer.value)) {
    province = { value: own[2]!, lines: issuer.lines, note: 'named in the issuer' };
  } else if (DISTRICT_IN.test(issuer.value)) {
    if (parentProvince)
      province = { value: parentProvince[2]!, lines: issuer.lines, note: 'the parent body in the header' };
    else if (preambleProvince) {
      province = {
        value: preambleProvince[2]!,
        lines: [preamble[0]!.line],
        note: `a district body: the province of "${preambleProvince[0]}" whose document the preamble cites`,
      };
    }
  } else if (place && !DISTRICT_IN.test(place.value)) {
    province = { value: place.value, lines: place.lines, note: 'the place of the date line' };
  } else if (parentProvince) {
    province = { value: parentProvince[2]!, lines: issuer.lines, note: 'the parent body in the header' };
  } else if (preambleProvince) {
    province = {
      value: preambleProvince[2]!,
      lines: [preamble[0]!.line],
      note: `the province of "${preambleProvince[0]}" whose document the preamble cites`,
    };
  }
  if (province && ENDS_IN_UNIT.test(issuer.value)) {
    issuer = {
      value: `${issuer.value} ${province.value}`,
      lines: [...issuer.lines, ...province.lines],
      note: `${issuer.note ? `${issuer.note}, ` : ''}completed with the province "${province.value}"`,
    };
  } else if (province && !issuer.value.includes(province.value) && !DISTRICT_IN.test(issuer.value)) {
    const word = (preambleProvince?.[2] === province.value ? preambleProvince[1]! : 'tỉnh').toLocaleLowerCase('vi');
    issuer = {
      value: `${issuer.value} ${word} ${province.value}`,
      lines: [...issuer.lines, ...province.lines],
      note: `${issuer.note ? `${issuer.note}, ` : ''}completed with "${word} ${province.value}"`,
    };
  }
  fields.issuer = issuer;
  if (province) fields.province = province;
  else
    missing.push({ field: 'province', reason: `neither the issuer "${issuer.value}" nor the place names a province` });

  const level: 'trung-uong' | 'tinh' | 'nganh' = /(?<!\p{L})ngành(?!\p{L})/u.test(issuer.value)
    ? 'nganh'
    : /^(Tổng Liên đoàn|Bộ\s|Chính phủ|Thủ tướng|Quốc hội)/u.test(issuer.value)
      ? 'trung-uong'
      : 'tinh';
  fields.level = {
    value: level,
    lines: issuer.lines,
    note: level === 'nganh' ? 'a sector union ("ngành")' : level === 'tinh' ? 'a local body' : 'a national body',
  };
}

// ---------------------------------------------------------------------------------------------
// Closing: recipients and signature.

function readClosing(body: Unit[], fields: PlanFields, missing: Missing[]) {
  let label = -1;
  for (let i = body.length - 1; i >= 0; i--) {
    if (body[i]!.kind === 'para' && RECIPIENTS.test(plainUnit(body[i]!))) {
      label = i;
      break;
    }
  }
  let recipientsEnd = label;
  if (label >= 0) {
    body[label]!.kind = 'recipientsLabel';
    const recipients: string[] = [];
    const nos: number[] = [];
    let j = label + 1;
    const dashed = body[j]?.marker === 'dash';
    while (j < body.length) {
      const u = body[j]!;
      const plain = plainUnit(u);
      if (
        dashed ? u.marker !== 'dash' : u.kind !== 'para' || isUpper(plain) || NAME.test(plain) || CAPACITY.test(plain)
      )
        break;
      u.kind = 'recipient';
      if (dashed) {
        recipients.push(plain.replace(/^-\s+/u, ''));
        nos.push(u.nos[0]!);
      } else {
        u.raw.forEach((r, k) => {
          recipients.push(plainOf(r));
          nos.push(u.nos[k]!);
        });
      }
      j += 1;
    }
    recipientsEnd = j;
    if (recipients.length > 0) fields.recipients = { value: recipients, lines: nos };
    else
      missing.push({ field: 'recipients', reason: `nothing listed under "Nơi nhận:" (line ${body[label]!.nos[0]})` });
  } else {
    missing.push({ field: 'recipients', reason: 'no "Nơi nhận:" line' });
  }

  // The name: the last paragraph before the end (or before "Nơi nhận:" when that comes last).
  let i = body.length - 1;
  if (label >= 0 && recipientsEnd === body.length) i = label - 1;
  while (i >= 0 && body[i]!.kind === 'para' && NOTE.test(plainUnit(body[i]!))) i -= 1;
  const nameUnit = body[i];
  if (!nameUnit || nameUnit.kind !== 'para' || nameUnit.marker !== 'none' || !NAME.test(plainUnit(nameUnit))) {
    missing.push({
      field: 'signer',
      reason: 'no signature block: the text does not end with a title in capitals and a name under it',
    });
    return;
  }
  let k = i - 1;
  while (k >= 0 && body[k]!.kind === 'para' && NOTE.test(plainUnit(body[k]!))) k -= 1;
  const authority: Unit[] = [];
  while (
    k >= 0 &&
    body[k]!.kind === 'para' &&
    body[k]!.marker === 'none' &&
    isUpper(plainUnit(body[k]!)) &&
    body[k]!.raw.every((r) => plainOf(r).length <= 60)
  ) {
    authority.unshift(body[k]!);
    k -= 1;
  }
  if (authority.length === 0) {
    missing.push({
      field: 'signer',
      reason: `"${plainUnit(nameUnit)}" (line ${nameUnit.nos[0]}) has no title in capitals above it`,
    });
    return;
  }
  nameUnit.kind = 'name';
  for (let n = k + 1; n < i; n++) if (body[n]!.kind === 'para') body[n]!.kind = 'note';
  authority.forEach((u) => (u.kind = 'authority'));
  const lines = authority.flatMap((u) => u.raw.map((r, n) => ({ plain: plainOf(r), no: u.nos[n]! })));
  const capacities = lines.filter((l) => CAPACITY.test(l.plain));
  const titles = lines.filter((l) => !CAPACITY.test(l.plain));
  if (titles.length === 0) {
    missing.push({
      field: 'signer',
      reason: `the signature block (line ${lines[0]!.no}) has no title under "${lines[0]!.plain}"`,
    });
    return;
  }
  const title = ordinaryCase(titles.map((t) => t.plain).join(' '));
  const onBehalfOf = capacities.map((c) => ordinaryCase(c.plain));
  const byRule = title.byRule || onBehalfOf.some((c) => c.byRule);
  fields.signer = {
    value: {
      name: plainUnit(nameUnit),
      ...(onBehalfOf.length > 0 ? { onBehalfOf: onBehalfOf.map((c) => c.text).join(', ') } : {}),
      title: title.text,
    },
    lines: [...lines.map((l) => l.no), nameUnit.nos[0]!],
    ...(byRule ? { note: 'a title in capitals written in ordinary case by rule: check the spelling' } : {}),
  };
}

// ---------------------------------------------------------------------------------------------

function readDeadlineAndEmail(units: Unit[], fields: PlanFields, missing: Missing[]) {
  const deadlines = new Map<string, number>();
  const emails = new Map<string, number>();
  for (const u of units) {
    const text = plainUnit(u);
    for (const sentence of text.split(/(?<=[.;])\s+/u)) {
      if (!/báo\s+cáo/iu.test(sentence)) continue;
      const m = /(?:chậm\s+nhất|trước)\s+(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(sentence);
      if (m) {
        const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
        if (!deadlines.has(iso)) deadlines.set(iso, u.nos[0]!);
      }
    }
    for (const m of text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu)) if (!emails.has(m[0])) emails.set(m[0], u.nos[0]!);
  }
  if (deadlines.size === 1) {
    const [value, line] = [...deadlines][0]!;
    fields.deadline = { value, lines: [line], note: 'the date reports are due ("chậm nhất ngày …", "trước ngày …")' };
  } else {
    missing.push({
      field: 'deadline',
      reason:
        deadlines.size === 0
          ? 'no report due date ("báo cáo … chậm nhất ngày / trước ngày DD/MM/YYYY")'
          : `several report dates (${[...deadlines.keys()].join(', ')}): an editor chooses`,
    });
  }
  if (emails.size === 1) {
    const [value, line] = [...emails][0]!;
    fields.contactEmail = { value, lines: [line] };
  } else {
    missing.push({
      field: 'contactEmail',
      reason:
        emails.size === 0 ? 'no e-mail address in the text' : `several addresses (${[...emails.keys()].join(', ')})`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The MDX body.

/** Escapes what Markdown or MDX would read as markup at the start of a paragraph or anywhere. */
export function escapeText(text: string): string {
  return text
    .replace(/[{}<>]/gu, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([-+])(?=\s|$)/u, '\\$1')
    .replace(/^(#{1,6})(?=\s|$)/u, '\\$1')
    .replace(/^([-_=*]{3,}\s*)$/u, '\\$1');
}

function emit(units: Unit[]): string {
  const out: string[] = [];
  let prevKind: Kind | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const joined = u.raw.join(' ');
    let text: string;
    switch (u.kind) {
      case 'kehoach':
        text = `## ${u.raw[0]}`;
        break;
      case 'heading':
        text = `${'#'.repeat(u.level ?? 4)} ${escapeInline(plainUnit(u))}`;
        break;
      case 'item':
      case 'recipient':
        text =
          u.marker === 'dash'
            ? `- ${escapeText(joined.replace(/^-\s+/u, ''))}`
            : u.raw.map((r) => `- ${escapeText(r)}`).join('\n');
        break;
      case 'plus':
        text = `\\+ ${escapeInline(joined.replace(/^\+\s+/u, ''))}`;
        break;
      case 'recipientsLabel':
        text = `**${escapeInline(plainUnit(u))}**`;
        break;
      case 'authority': {
        const lines = [u.raw];
        while (units[i + 1]?.kind === 'authority') lines.push(units[++i]!.raw);
        text = lines
          .flat()
          .map((r) => escapeText(r))
          .join('\\\n');
        break;
      }
      case 'table':
        text = u.raw.join('\n');
        break;
      default:
        text = escapeText(joined);
    }
    const list = (k?: Kind) => k === 'item' || k === 'recipient';
    if (out.length > 0) out.push(list(u.kind) && list(prevKind) ? '\n' : '\n\n');
    out.push(text);
    prevKind = u.kind;
  }
  return `${out.join('')}\n`;
}

const escapeInline = (text: string) => text.replace(/[{}<>]/gu, (c) => `\\${c}`);
