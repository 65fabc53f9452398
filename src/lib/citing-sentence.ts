/**
 * The sentence a citation stands in, as a directive page quotes it under "cited by": the words
 * before the citation, the citation's own words, and the words after, exactly as the text has
 * them (runs of white space as one space). A long sentence is cut to the clauses (between
 * semicolons) around the citation, then to a window of words; each cut end is marked with "…", so
 * nothing shown is altered.
 */

export interface CitingSentence {
  /** The sentence's words before the citation, beginning with "…" when cut. */
  before: string;
  /** The citation, as written. */
  text: string;
  /** The words after it, ending with "…" when cut. */
  after: string;
}

/** A sentence longer than this is cut to the clauses around the citation, then to a window. */
export const MAX_SENTENCE = 320;
/** Clauses are added around the citation's own until the quote is at least this long. */
const MIN_QUOTE = 100;
export const ELLIPSIS = '…';

/**
 * Where the sentence holding `[start, end)` begins and ends in `text`: a sentence ends at ".", "!"
 * or "?" followed by white space and a capital, a digit or an opening quote or bracket, or at a
 * hard line break (a blank line in the block's text). Dots inside numbers and dates
 * ("0243.525.662") do not end one.
 */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const boundary = /[.!?]+["”’)]*\s+(?=["“‘(\p{Lu}\d])|\n{2,}/gu;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(boundary)) {
    const after = match.index + match[0].length;
    if (after <= start) from = after;
    else if (match.index >= end) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return [from, to];
}

/**
 * `[from, to)` narrowed to the semicolon-separated clause holding `[start, end)`, with the clauses
 * next to it added while the quote is shorter than `MIN_QUOTE` and stays within `MAX_SENTENCE`.
 */
function clauseBounds(text: string, from: number, to: number, start: number, end: number): [number, number] {
  const cuts = [from];
  for (let i = text.indexOf(';', from); i >= 0 && i < to; i = text.indexOf(';', i + 1)) cuts.push(i + 1);
  cuts.push(to);
  let first = cuts.findLastIndex((c) => c <= start);
  let last = cuts.findIndex((c) => c >= end);
  const length = (a: number, b: number) => cuts[b]! - cuts[a]!;
  while (length(first, last) < MIN_QUOTE) {
    if (first > 0 && length(first - 1, last) <= MAX_SENTENCE) first--;
    else if (last < cuts.length - 1 && length(first, last + 1) <= MAX_SENTENCE) last++;
    else break;
  }
  return [cuts[first]!, cuts[last]!];
}

/** `[from, to)` cut to about `MAX_SENTENCE` characters centred on `[start, end)`, at spaces. */
function windowBounds(text: string, from: number, to: number, start: number, end: number): [number, number] {
  const side = Math.max(40, Math.floor((MAX_SENTENCE - (end - start)) / 2));
  let a = Math.max(from, start - side);
  if (a > from) a = Math.min(start, text.indexOf(' ', a) + 1 || start);
  let b = Math.min(to, end + side);
  if (b < to) b = Math.max(end, text.lastIndexOf(' ', b));
  return [a, b];
}

/** The sentence of `text` that holds the citation at `[start, end)`, cut as described above. */
export function sentenceAround(text: string, start: number, end: number): CitingSentence {
  const [sentenceFrom, sentenceTo] = sentenceBounds(text, start, end);
  let [from, to] = [sentenceFrom, sentenceTo];
  if (to - from > MAX_SENTENCE) [from, to] = clauseBounds(text, from, to, start, end);
  if (to - from > MAX_SENTENCE) [from, to] = windowBounds(text, from, to, start, end);
  const squeeze = (part: string) => part.replace(/\s+/g, ' ');
  return {
    before: `${from > sentenceFrom ? `${ELLIPSIS} ` : ''}${squeeze(text.slice(from, start).trimStart())}`,
    text: squeeze(text.slice(start, end)),
    after: `${squeeze(text.slice(end, to).trimEnd())}${to < sentenceTo ? ` ${ELLIPSIS}` : ''}`,
  };
}
