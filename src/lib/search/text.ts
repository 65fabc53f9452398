/**
 * Vietnamese words as the search index stores them, shared by the indexer (build time) and the
 * query parser (in the browser), so that both sides always cut and spell words the same way.
 *
 * Pagefind folds tone marks itself: it indexes every word under its NFD-stripped key and keeps the
 * marked spelling as a variant, so `tre em` finds `trẻ em` and a query typed with the marks ranks
 * pages with exactly those marks higher. It cannot fold `đ`, which Unicode does not decompose. We
 * spell `đ` as `ḏ` (U+1E0F, "d with line below") on both sides: `ḏ` does decompose (d + U+0331), so
 * Pagefind folds it to `d` like any tone mark, and an exact `đ` in the query still earns the
 * exact-spelling bonus. Nothing shown to people ever contains `ḏ`: `displayText()` turns it back.
 * (Where we fold text ourselves, to compare titles and to mark words, `fold()` does it.)
 *
 * Both sides also read text the same way people write it in many spellings (`canonical()`):
 *
 * - letters and digits are separate tokens, so `QĐ1863`, `1863qd` and `QĐ 1863` are the same
 *   tokens, and `01/6` is `1 6` (a day or month number loses its leading zero);
 * - the abbreviations of `ABBREVIATIONS` stand for their words, so `LĐLĐ` is indexed and searched
 *   as `liên đoàn lao động`: a page that writes either form is found by a query that types either.
 */
import { foldVietnamese } from '../slug.ts';

/** Letters, digits and marks: what `markTerms` and callers treat as one word as written. */
export const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

/** One token: a run of letters (with their marks) or a run of digits, never both. */
const TOKEN = /\p{N}+|[\p{L}\p{M}]+/gu;

/** Lower case, no marks, `đ` as `d`: how abbreviations, function words and typos are compared. */
export function fold(text: string): string {
  return foldVietnamese(text.normalize('NFC').replace(/ḏ/g, 'd').replace(/Ḏ/g, 'D')).toLowerCase();
}

/**
 * Abbreviations the site's documents use, by their folded spelling, and the words they stand for.
 * Only spellings that are no Vietnamese syllable (`tu` could be `tư`, `từ`, `tu`), so expanding
 * them never changes a real word.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  bch: 'ban chấp hành',
  cd: 'công đoàn',
  cdcs: 'công đoàn cơ sở',
  cnvcld: 'công nhân viên chức lao động',
  cp: 'chính phủ',
  ct: 'chỉ thị',
  ctr: 'chương trình',
  hdnd: 'hội đồng nhân dân',
  kh: 'kế hoạch',
  ldld: 'liên đoàn lao động',
  nd: 'nghị định',
  qd: 'quyết định',
  qh: 'quốc hội',
  tld: 'tổng liên đoàn',
  tp: 'thành phố',
  ttg: 'thủ tướng',
  tw: 'trung ương',
  ubnd: 'ủy ban nhân dân',
};

/** The indexed spelling of one syllable: lower case, composed, `đ` written `ḏ`. */
export function indexSpelling(syllable: string): string {
  return syllable.normalize('NFC').toLowerCase().replace(/đ/g, 'ḏ');
}

/** Undoes `indexSpelling`'s `ḏ` in text that came back from the index, for display. */
export function displayText(text: string): string {
  return text.replace(/ḏ/g, 'đ').replace(/Ḏ/g, 'Đ');
}

/** The same text with `đ` spelt `ḏ` but case kept, for metadata that is indexed and shown. */
export function indexedDisplay(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'ḏ').replace(/Đ/g, 'Ḏ');
}

export const isNumber = (token: string) => /^\p{N}+$/u.test(token);

/** Whether a text has any letter beyond ASCII: tone marks, `đ`, `ă`, `ơ`… */
export const hasMarks = (text: string) => /[^\p{ASCII}]/u.test(text);

/** One token of a text as written, with where it stands and the indexed syllables it stands for. */
export interface Token {
  /** As written (NFC). */
  text: string;
  start: number;
  end: number;
  /** Its indexed syllables: one, or an abbreviation's words. */
  syllables: readonly string[];
}

/** A token that may be an abbreviation: a few letters without tone marks (`LĐLĐ`, `TTg`, `qd`). */
const MAYBE_ABBREVIATION = /^[A-Za-zĐđ]{2,6}$/;

/**
 * The indexed syllables of each token already read. A site's texts use a few thousand distinct
 * tokens over and over, and the indexer reads every page (twice), so each is worked out once.
 * Bounded, for a browser tab that takes queries all day.
 */
const CANONICAL = new Map<string, readonly string[]>();
const CANONICAL_LIMIT = 200_000;

/** The indexed syllables one token stands for (see the module comment). Shared: never change it. */
function canonical(token: string): readonly string[] {
  let known = CANONICAL.get(token);
  if (!known) {
    known = Object.freeze(canonicalOf(token));
    if (CANONICAL.size < CANONICAL_LIMIT) CANONICAL.set(token, known);
  }
  return known;
}

function canonicalOf(token: string): string[] {
  if (isNumber(token)) {
    const number = token.length <= 2 ? String(Number(token)) : token;
    return [number === '0' ? ZERO : number];
  }
  const words = MAYBE_ABBREVIATION.test(token) ? ABBREVIATIONS[token.toLowerCase().replace(/đ/g, 'd')] : undefined;
  return words ? words.split(' ').map(indexSpelling) : [indexSpelling(token)];
}

/** The tokens of a text, in order. Offsets are into the NFC form of `text`. */
/** The tokens of a text as written (NFC), without their syllables: for words as people wrote them. */
export function tokenTexts(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(TOKEN), (m) => m[0]);
}

export function tokens(text: string): Token[] {
  return Array.from(text.normalize('NFC').matchAll(TOKEN), (m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    syllables: canonical(m[0]),
  }));
}

/**
 * The syllables of a text in their indexed spelling. Punctuation separates syllables, so a
 * document number `1863/QĐ-TTg` is `1863 quyết định thủ tướng` in every spelling people type.
 */
export function syllables(text: string): string[] {
  const out: string[] = [];
  // As `tokens()`, without keeping where each token stands: the indexer reads every page's text.
  for (const m of text.normalize('NFC').matchAll(TOKEN)) {
    const words = canonical(m[0]);
    if (words.length === 1) out.push(words[0]!);
    else for (const word of words) out.push(word);
  }
  return out;
}

/**
 * Two adjacent syllables as one indexed word. Most Vietnamese words have two syllables, so the
 * pair is what makes `trẻ em` a phrase rather than two words anywhere on the page.
 *
 * The prefix keeps pairs apart from single syllables in Pagefind's sorted word list: a one-syllable
 * query (`em`) matches words by prefix, and must not pull in every pair that starts with it
 * (`emcó`, `emtrên`). `0q` starts no word in any Vietnamese text (numbers that start with 0 go on
 * with digits).
 *
 * Two numbers side by side are joined by `z` (no Vietnamese syllable has one), so that `1/6` is not
 * the start of `16 tuổi`.
 *
 * The end mark `ǂ` (a letter that no Vietnamese text uses) stops a short pair from standing in for
 * a longer one: when a query word matches nothing, Pagefind falls back to the longest indexed word
 * that the query word starts with, so without the mark `ttg 234` would match the pair `ttg 2` of
 * `QĐ-TTg 2015`. A query's pairs leave the mark off, so they still match by prefix while someone
 * types (`cong doa` finds `công đoàn`), except a pair that ends in a number: `1/6` is not `1/60`.
 *
 * For the same reason no indexed word may be the start of the prefix itself: a page with the
 * number `0` (`127.0.0.1`, `0 đồng`) would stand in for every pair no page has, as soon as the
 * index chunk holding `0` was loaded by an earlier search. So the number zero is indexed and
 * searched as `00` (`ZERO`).
 */
export const PAIR_PREFIX = '0q';
/** How the number zero is spelt on both sides (see `PAIR_PREFIX`). */
export const ZERO = '00';
export const PAIR_END = 'ǂ';
const NUMBER_JOIN = 'z';

/** Whether a syllable as indexed is a number: canonical syllables are all digits or all letters. */
const numeric = (syllable: string) => {
  const code = syllable.charCodeAt(0);
  if (code < 128) return code >= 48 && code <= 57;
  return /^\p{N}/u.test(syllable);
};

const joined = (first: string, second: string) =>
  `${PAIR_PREFIX}${first}${numeric(first) && numeric(second) ? NUMBER_JOIN : ''}${second}`;

/** A pair as the query spells it (no end mark, unless it ends in a number: see above). */
export function pair(first: string, second: string): string {
  return isNumber(second) ? indexedPair(first, second) : joined(first, second);
}

/** A pair as the index stores it. */
export function indexedPair(first: string, second: string): string {
  return `${joined(first, second)}${PAIR_END}`;
}

/**
 * Citations write `Quyết định số 1863`; people type `quyết định 1863`. So `số` ("No.") before a
 * number is also skipped when pairing, and both spellings make the pair `định 1863`.
 */
export function isNumberSign(word: string | undefined, next: string | undefined): boolean {
  return word === 'số' && next !== undefined && /^\d/.test(next);
}

/** The indexed pairs of adjacent syllables, also across `số` before a number (`isNumberSign`). */
export function pairs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    out.push(indexedPair(words[i]!, words[i + 1]!));
    if (isNumberSign(words[i + 1], words[i + 2])) out.push(indexedPair(words[i]!, words[i + 2]!));
  }
  return out;
}
