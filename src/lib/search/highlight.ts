/**
 * Marks the searched words in a result's title and excerpt. Matching is by the indexed syllables
 * (`tokens()` in `text.ts`), folded, the way the search itself matches: `phong chong bao luc` marks
 * `phòng, chống bạo lực` across the comma, `ldld` marks `Liên đoàn Lao động` and `liên đoàn lao
 * động` marks `LĐLĐ`, and the last syllable may be partly typed.
 */
import { fold, tokens } from './text.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

/** Each indexed syllable of a text, folded, with the token (as written) it comes from. */
function syllablesOf(text: string) {
  return tokens(text).flatMap((token) => token.syllables.map((s) => ({ folded: fold(s), token })));
}

/**
 * Where the wanted syllables match from `start` on (the index of the last syllable matched), or
 * `undefined`. With `prefix`, the last wanted syllable may be partly typed; `số` before a number may be skipped,
 * as the index pairs across it (`quyết định 1863` marks `Quyết định số 1863`).
 */
function matchAt(
  words: readonly { folded: string }[],
  start: number,
  wanted: readonly string[],
  prefix: boolean,
): number | undefined {
  let at = start;
  for (const [k, w] of wanted.entries()) {
    if (k > 0 && /^\d/.test(w) && words[at]?.folded === 'so' && /^\d/.test(words[at + 1]?.folded ?? '')) at += 1;
    const word = words[at]?.folded;
    if (word === undefined || !(prefix && k === wanted.length - 1 ? word.startsWith(w) : word === w)) return undefined;
    at += 1;
  }
  return at - 1;
}

export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const normalised = text.normalize('NFC');
  const words = syllablesOf(normalised);
  const hits: [number, number][] = [];
  for (const [t, term] of terms.entries()) {
    const wanted = syllablesOf(term).map((s) => s.folded);
    if (wanted.length === 0) continue;
    // Only the last word typed may be unfinished (`tết trun`): `thu` must not mark `thường`.
    const prefix = t === terms.length - 1;
    for (let i = 0; i < words.length; i++) {
      const end = matchAt(words, i, wanted, prefix);
      if (end !== undefined) hits.push([words[i]!.token.start, words[end]!.token.end]);
    }
  }
  hits.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of hits) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: normalised.slice(at, from), hit: false });
    segments.push({ text: normalised.slice(from, end), hit: true });
    at = end;
  }
  if (at < normalised.length) segments.push({ text: normalised.slice(at), hit: false });
  return segments;
}
