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
 * (Where we fold text ourselves, to compare titles and to mark words, `foldVietnamese()` from
 * `slug.ts` does it, as for URLs.)
 */
/** Letters, digits and marks: one Vietnamese syllable, a number, or a code such as `QĐ` or `TTg`. */
export const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;

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

/**
 * The syllables of a text in their indexed spelling. Punctuation separates syllables, so a
 * document number `1863/QĐ-TTg` is the three syllables `1863 qḏ ttg` in every spelling people type.
 */
export function syllables(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(SYLLABLE), (m) => indexSpelling(m[0]));
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
 * The end mark `ǂ` (a letter that no Vietnamese text uses) stops a short pair from standing in for
 * a longer one: when a query word matches nothing, Pagefind falls back to the longest indexed word
 * that the query word starts with, so without the mark `ttg 234` (`0qttg234`, on no page) would
 * match the pair `ttg 2` (`0qttg2`) of `QĐ-TTg 2015`. A query's pairs leave the mark off, so
 * they still match by prefix while someone types (`cong doa` finds `công đoàn`).
 */
export const PAIR_PREFIX = '0q';
export const PAIR_END = 'ǂ';

/** A pair as the query spells it (no end mark: it matches indexed pairs by prefix). */
export function pair(first: string, second: string): string {
  return `${PAIR_PREFIX}${first}${second}`;
}

/** A pair as the index stores it. */
export function indexedPair(first: string, second: string): string {
  return `${pair(first, second)}${PAIR_END}`;
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
