/**
 * Finds citations of documents in Vietnamese text ("Chỉ thị số 20-CT/TW ngày 05/11/2012",
 * "QĐ 1863", "Luật Trẻ em năm 2016") and resolves them to directive entries.
 *
 * Pure functions, shared by the remark plugin that links citations in rendered text and by
 * loadSite(), which builds the citation graph from the same text. A citation is only ever made of
 * words the text itself contains: the match spans exactly the characters written.
 */
import { yearOf } from './dates.ts';
import { foldVietnamese } from './slug.ts';

/** What a directive entry contributes to citation matching. */
export interface CitableDocument {
  /** Which collection the entry is in: citations link to /van-ban/ or /ke-hoach/. */
  collection: 'directives' | 'plans';
  id: string;
  kind: string;
  /** Số hiệu as recorded, e.g. "1863/QĐ-TTg". */
  number: string;
  /** YYYY-MM-DD, when known. */
  issued?: string | undefined;
  /** Names the texts use for the document instead of its number ("Luật Trẻ em"). */
  names?: string[] | undefined;
}

export interface Citation {
  /** Offset of the first character of the citation in the text. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** The words exactly as written. */
  text: string;
  /** Document kind named by the citation ("Quyết định"), or undefined for a name citation. */
  kind?: string | undefined;
  /** The number as written ("36 - CTr/TU"), or undefined for a name citation. */
  number?: string | undefined;
  /** Date written right after the number (YYYY-MM-DD), if any. */
  date?: string | undefined;
  /** Year written after a name ("Luật Trẻ em năm 2016"). */
  year?: number | undefined;
  /** The name matched, for a name citation. */
  name?: string | undefined;
}

export type Resolution =
  | { status: 'resolved'; id: string; collection: CitableDocument['collection'] }
  | { status: 'unresolved'; reason: string };

/** Kind words as the plans write them (any case), and the kind each means. */
const KIND_WORDS: [RegExp, string][] = [
  [/^chương trình hành động$/i, 'Chương trình hành động'],
  [/^quyết định$/i, 'Quyết định'],
  [/^q[đd]$/i, 'Quyết định'],
  [/^chỉ thị$/i, 'Chỉ thị'],
  [/^nghị định$/i, 'Nghị định'],
  [/^nđ$/i, 'Nghị định'],
  [/^nghị quyết$/i, 'Nghị quyết'],
  [/^kế hoạch$/i, 'Kế hoạch'],
  [/^công văn$/i, 'Công văn'],
  [/^thông tư$/i, 'Thông tư'],
  [/^luật$/i, 'Luật'],
];

const L = '\\p{L}';
/** Longest alternatives first, so "Chương trình hành động" wins over shorter words. */
const KIND_PATTERN =
  '(Chương trình hành động|Quyết định|Chỉ thị|Nghị định|Nghị quyết|Kế hoạch|Công văn|Thông tư|Luật|QĐ|QD|NĐ)';
/** 20-CT/TW, 34/2014/QĐ-TTg, 36 - CTr/TU, 1292-KH/UBND; or a bare number ("Chỉ thị 20"). */
const NUMBER_PATTERN = `(\\d+(?:\\/\\d{4})?(?:\\s*[-/]\\s*[${L}][${L}\\d&]*(?:[-/][${L}\\d&]+)*)?)`;
/** A bare number followed by one of these is a quantity, not a document number ("Kế hoạch 5 năm"). */
const QUANTITY_AFTER = /^\s*(năm|tháng|ngày|giờ|tuổi|%|lần|người)/iu;
const DATE_AFTER = /^,?\s*ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u;

const numbered = new RegExp(`(?<![${L}\\d])${KIND_PATTERN}\\s+(?:số\\s+)?${NUMBER_PATTERN}(?![${L}\\d])`, 'giu');

function kindOf(word: string): string {
  const normalised = word.replace(/\s+/g, ' ');
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(normalised)) return kind;
  throw new Error(`unknown document kind "${word}"`);
}

/** "1863/QĐ-TTg", "1863/QD-TTG", "1863 / QĐ - TTg" all give "1863/QD-TTG". */
export function numberKey(number: string): string {
  return foldVietnamese(number).toUpperCase().replace(/\s+/g, '');
}

const pad = (n: string) => n.padStart(2, '0');

/** A name as a pattern: any case, any run of spaces, dashes with or without spaces around them. */
function namePattern(name: string): string {
  return name
    .trim()
    .split(/\s*-\s*/)
    .map((part) =>
      part
        .split(/\s+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    )
    .join('\\s*-\\s*');
}

/** A name citation's pattern: the name, then an optional "năm 2016", standing as whole words. */
const namePatternOf = (name: string) =>
  new RegExp(`(?<![${L}\\d])${namePattern(name)}(?:\\s+năm\\s+(\\d{4}))?(?![${L}\\d])`, 'giu');

/** Names longest first, so that a longer name wins over a name it contains. */
const namePatterns = (names: Iterable<string>) =>
  [...new Set(names)].sort((a, b) => b.length - a.length).map((name) => ({ name, pattern: namePatternOf(name) }));

function find(text: string, names: readonly { name: string; pattern: RegExp }[]): Citation[] {
  const found: Citation[] = [];
  for (const match of text.matchAll(numbered)) {
    const [whole, kindWord, number] = match as unknown as [string, string, string];
    const start = match.index;
    const end = start + whole.length;
    const bare = /^\d+$/.test(number);
    const rest = text.slice(end);
    if (bare && QUANTITY_AFTER.test(rest)) continue;
    const date = DATE_AFTER.exec(rest);
    found.push({
      start,
      end,
      text: whole,
      kind: kindOf(kindWord),
      number,
      date: date ? `${date[3]}-${pad(date[2]!)}-${pad(date[1]!)}` : undefined,
    });
  }
  for (const { name, pattern } of names) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((c) => start < c.end && end > c.start)) continue;
      found.push({ start, end, text: match[0], name, year: match[1] ? Number(match[1]) : undefined });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every citation in a text, in order, never overlapping. */
export function findCitations(text: string, names: string[] = []): Citation[] {
  return find(text, namePatterns(names));
}

/**
 * What matching needs from a list of documents, built once per list (the registry hands the same
 * list to every file of a build): the name patterns, and the documents by number and by name.
 */
interface CitationIndex {
  names: { name: string; pattern: RegExp }[];
  byNumber: Map<string, CitableDocument[]>;
  byKindAndBareNumber: Map<string, CitableDocument[]>;
  byName: Map<string, CitableDocument[]>;
}

const indexes = new WeakMap<readonly CitableDocument[], CitationIndex>();

function group(documents: readonly CitableDocument[], keys: (d: CitableDocument) => string[]) {
  const map = new Map<string, CitableDocument[]>();
  for (const d of documents) {
    for (const key of new Set(keys(d))) {
      const list = map.get(key);
      if (list) list.push(d);
      else map.set(key, [d]);
    }
  }
  return map;
}

const lower = (name: string) => name.toLocaleLowerCase('vi');

function indexOf(documents: readonly CitableDocument[]): CitationIndex {
  let index = indexes.get(documents);
  if (!index) {
    index = {
      names: namePatterns(citableNames(documents)),
      byNumber: group(documents, (d) => [numberKey(d.number)]),
      byKindAndBareNumber: group(documents, (d) => {
        const bare = /^\d+/.exec(d.number)?.[0];
        return bare === undefined ? [] : [`${d.kind} ${bare}`];
      }),
      byName: group(documents, (d) => (d.names ?? []).map(lower)),
    };
    indexes.set(documents, index);
  }
  return index;
}

/** The one document a citation means, or why it cannot be told. */
export function resolveCitation(citation: Citation, documents: readonly CitableDocument[]): Resolution {
  const index = indexOf(documents);
  let candidates: CitableDocument[];
  if (citation.name !== undefined) {
    candidates = index.byName.get(lower(citation.name)) ?? [];
    if (citation.year !== undefined) {
      candidates = candidates.filter((d) => d.issued === undefined || yearOf(d.issued) === citation.year);
    }
  } else {
    const number = citation.number ?? '';
    candidates =
      (/^\d+$/.test(number)
        ? index.byKindAndBareNumber.get(`${citation.kind} ${number}`)
        : index.byNumber.get(numberKey(number))) ?? [];
    if (citation.date !== undefined && candidates.length > 0) {
      const sameDate = candidates.filter((d) => d.issued === citation.date);
      const undated = candidates.filter((d) => d.issued === undefined);
      if (sameDate.length === 0 && undated.length === 0) {
        return {
          status: 'unresolved',
          reason: `the text dates it ${citation.date}, but ${candidates.map((d) => `${d.number} is dated ${d.issued}`).join('; ')}`,
        };
      }
      candidates = sameDate.length > 0 ? sameDate : undated;
    }
  }
  if (candidates.length === 1)
    return { status: 'resolved', id: candidates[0]!.id, collection: candidates[0]!.collection };
  if (candidates.length === 0) return { status: 'unresolved', reason: 'no directive entry has this number or name' };
  return { status: 'unresolved', reason: `it could mean ${candidates.map((d) => d.number).join(' or ')}` };
}

/** Every name any document is cited by. */
export const citableNames = (documents: readonly CitableDocument[]) => documents.flatMap((d) => d.names ?? []);

export interface FoundCitation extends Citation {
  resolution: Resolution;
}

/**
 * Finds and resolves every citation in a text. A name citation of a document the same text has
 * already cited by number is left alone: "Quyết định số 2361/QĐ-TTg … phê duyệt Chương trình bảo
 * vệ trẻ em giai đoạn 2016 - 2020" names the program as the title of the decision just cited.
 */
export function citationsIn(text: string, documents: readonly CitableDocument[]): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const citation of find(text, indexOf(documents).names)) {
    const resolution = resolveCitation(citation, documents);
    const repeatsNumbered =
      citation.name !== undefined &&
      resolution.status === 'resolved' &&
      found.some(
        (c) =>
          c.number !== undefined &&
          c.resolution.status === 'resolved' &&
          c.resolution.id === resolution.id &&
          c.resolution.collection === resolution.collection,
      );
    if (!repeatsNumbered) found.push({ ...citation, resolution });
  }
  return found;
}
