/**
 * "Có phải bạn muốn tìm: …": a suggestion for a query with a typo (`xam hia`, `duoi nuc`, `tre en`).
 *
 * At build time the indexer collects every syllable the site's pages use, with the number of pages
 * that use it, into a small dictionary next to the search bundle (`Dictionary`, `DICTIONARY_FILE`).
 * The search page loads it only when a query has a word the dictionary does not know. Each unknown
 * word is compared, tone marks and `đ` folded (`fold()`), with the dictionary's words within an
 * edit distance of 1 (words of up to three letters) or 2, counting a swap of two letters as one
 * edit. Among the closest, the one that forms a pair some page has with a known neighbour wins
 * (`xâm hại`, not `xâm hoa`), then the one on most pages. The suggestion is a link: what was typed
 * is never replaced without the reader choosing it.
 */
import {
  ABBREVIATIONS,
  fold,
  hasMarks,
  indexSpelling,
  isNumber,
  pair,
  tokens,
  tokenTexts,
  type Token,
} from './text.ts';

/** The dictionary's file, in the search bundle's folder. */
export const DICTIONARY_FILE = 'tu-dien.json';

/** The dictionary as the file holds it: each syllable as written (lower case), and its page count. */
export type DictionaryData = [word: string, pages: number][];

/** Build side: counts, for each syllable as written, the pages that use it. */
export class Dictionary {
  private readonly pages = new Map<string, number>();

  /** One page's texts. Numbers, single letters and abbreviations are not words to suggest. */
  addPage(texts: readonly string[]): void {
    const words = new Set<string>();
    for (const text of texts) for (const token of tokenTexts(text)) words.add(token.toLowerCase());
    // Each distinct word of the page once: the indexer adds every page of the site.
    for (const word of words) {
      if (word.length < 2 || isNumber(word) || ABBREVIATIONS[fold(word)] !== undefined) continue;
      this.pages.set(word, (this.pages.get(word) ?? 0) + 1);
    }
  }

  /** Adds the counts of a dictionary built from other pages (the indexer's reader threads each build one). */
  merge(other: DictionaryData): void {
    for (const [word, pages] of other) this.pages.set(word, (this.pages.get(word) ?? 0) + pages);
  }

  data(): DictionaryData {
    return [...this.pages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  toJson(): string {
    return JSON.stringify(this.data());
  }
}

/** Browser side: the dictionary by folded spelling, each with its spellings, most used first. */
export interface Lexicon {
  byFold: Map<string, { word: string; pages: number }[]>;
}

export function lexicon(data: DictionaryData): Lexicon {
  const byFold = new Map<string, { word: string; pages: number }[]>();
  for (const [word, pages] of data) {
    const key = fold(word);
    const list = byFold.get(key);
    if (list) list.push({ word, pages });
    else byFold.set(key, [{ word, pages }]);
  }
  for (const list of byFold.values()) list.sort((a, b) => b.pages - a.pages);
  return { byFold };
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * adjacent letters each cost 1. Stops early (returns `max + 1`) once the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      smallest = Math.min(smallest, d);
    }
    if (smallest > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The tone mark of a syllable (grave, acute, hook, tilde, dot below), or '' for none. */
const tone = (word: string) => /[\u0300\u0301\u0303\u0309\u0323]/u.exec(word.normalize('NFD'))?.[0] ?? '';

/** How far a word of this length may be from its correction. */
const allowed = (word: string) => (word.length <= 3 ? 1 : 2);

/** A token the dictionary cannot vouch for: not a number, an abbreviation or a known word. */
export function isUnknown(token: Token, known: Lexicon, last: boolean): boolean {
  const key = fold(token.text);
  if (isNumber(token.text) || key.length < 2 || ABBREVIATIONS[key] !== undefined || known.byFold.has(key)) {
    return false;
  }
  // The word being typed: a beginning of some word is not a typo yet.
  if (last) for (const word of known.byFold.keys()) if (word.startsWith(key)) return false;
  return true;
}

/** The tokens of a query that the dictionary does not know. */
export function unknownTokens(query: string, known: Lexicon): Token[] {
  const all = tokens(query);
  return all.filter((token, i) => isUnknown(token, known, i === all.length - 1));
}

/** Candidates looked at closely (their pairs with neighbours), per unknown word. */
const SHORTLIST = 6;

/**
 * The query with each unknown word replaced by its closest known word, or `undefined` when no
 * word needs or has a correction. Replaced words are written with marks when the query has any,
 * and without when it has none (`duoi nuc` → `duoi nuoc`, `xâm hịa` → `xâm hại`). `pagesWith`
 * tells on how many pages an indexed word (here: a pair) is.
 */
export async function suggest(
  query: string,
  known: Lexicon,
  pagesWith: (word: string) => Promise<number>,
): Promise<string | undefined> {
  const text = query.normalize('NFC');
  const all = tokens(text);
  const withMarks = hasMarks(text);
  const chosen: (string | undefined)[] = all.map(() => undefined);
  let changed = false;
  for (const [i, token] of all.entries()) {
    if (!isUnknown(token, known, i === all.length - 1)) continue;
    const key = fold(token.text);
    const close: { key: string; word: string; pages: number; distance: number }[] = [];
    for (const [candidate, spellings] of known.byFold) {
      const distance = editDistance(key, candidate, allowed(key));
      if (distance <= allowed(key)) close.push({ key: candidate, ...spellings[0]!, distance });
    }
    if (close.length === 0) continue;
    close.sort((a, b) => a.distance - b.distance || b.pages - a.pages);
    // Of a folded word's spellings, the one with the tone the reader typed (`hịa` → `hại`, not `hai`).
    const typedTone = tone(token.text);
    for (const c of close) {
      const spellings = known.byFold.get(c.key)!;
      c.word = (spellings.find((s) => tone(s.word) === typedTone) ?? spellings[0]!).word;
    }
    const shortlist = close.slice(0, SHORTLIST);
    // The neighbours as they will read: corrected already (left) or as typed (right).
    const left = i > 0 ? (chosen[i - 1] ?? all[i - 1]!.syllables.at(-1)) : undefined;
    const right = i + 1 < all.length ? all[i + 1]!.syllables[0] : undefined;
    const inContext = await Promise.all(
      shortlist.map(async (c) => {
        const word = indexSpelling(c.word);
        const counts = await Promise.all([
          left === undefined ? 0 : pagesWith(pair(indexSpelling(left), word)),
          right === undefined || isUnknown(all[i + 1]!, known, i + 1 === all.length - 1)
            ? 0
            : pagesWith(pair(word, right)),
        ]);
        return counts[0] + counts[1];
      }),
    );
    const best = shortlist
      .map((c, k) => ({ ...c, context: inContext[k]! }))
      .sort(
        (a, b) =>
          Number(b.context > 0) - Number(a.context > 0) ||
          a.distance - b.distance ||
          b.context - a.context ||
          b.pages - a.pages,
      )[0]!;
    chosen[i] = withMarks ? best.word : best.key;
    changed = true;
  }
  if (!changed) return undefined;
  let out = '';
  let at = 0;
  for (const [i, token] of all.entries()) {
    const replacement = chosen[i];
    if (replacement === undefined) continue;
    out += text.slice(at, token.start) + replacement;
    at = token.end;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}
