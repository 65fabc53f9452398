/**
 * The short excerpt under each result, so that a reader sees why a page matched.
 *
 * The index does not keep a page's text: its record lists words, not sentences (see `record.ts`).
 * So each record carries a short passage of the page for display only (`excerptSource()`, at build
 * time): the opening sentences of its text, about `SOURCE_LENGTH` characters, which is what a page
 * is about. The results list then shows the sentence of that passage with the most searched words
 * and marks them (`excerpt()`, in the browser). Each result downloads its passage with its record,
 * so the passage stays short: the bytes a first search costs are budgeted (`npm run bench:search`).
 */
import type { PageBlock } from './page.ts';
import { fold, isNumber, tokens } from './text.ts';
import { markTerms, type Segment } from './highlight.ts';

/** Characters of text kept per page for the excerpt. */
export const SOURCE_LENGTH = 360;
/** Characters shown under a result. */
export const SHOWN_LENGTH = 170;
/** Blocks of fewer words are labels, dates or list headings, not sentences. */
const MIN_WORDS = 6;
const ELLIPSIS = '…';

/**
 * The passage a page offers for excerpts: its text (the `<article>` when it has one; never a
 * `<dl>` of data, a heading or the title), from the first block of at least `MIN_WORDS` words,
 * cut at a word near `SOURCE_LENGTH` characters.
 */
export function excerptSource(blocks: readonly PageBlock[], title: string | undefined): string {
  const parts: string[] = [];
  let length = 0;
  const hasArticle = blocks.some((b) => b.in === 'article');
  const words = (text: string) => tokens(text).filter((t) => !isNumber(t.text)).length;
  for (const block of blocks) {
    if (length >= SOURCE_LENGTH) break;
    if (hasArticle ? block.in !== 'article' : block.in === 'dl') continue;
    if (block.weight > 1 || block.text === title || words(block.text) < MIN_WORDS) continue;
    parts.push(block.text);
    length += block.text.length + 1;
  }
  const text = parts.join(' ');
  if (text.length <= SOURCE_LENGTH) return text;
  const cut = text.lastIndexOf(' ', SOURCE_LENGTH);
  return `${text.slice(0, cut > SOURCE_LENGTH / 2 ? cut : SOURCE_LENGTH)}${ELLIPSIS}`;
}

/** Sentences (and list items run together) of a passage, with where each starts. */
function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const boundary = /[.;!?…](?=\s)|\s[-–]\s/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The excerpt to show: the sentence of the passage with the most distinct searched words (the
 * first such sentence on a tie, the opening one when none has any), cut to about `SHOWN_LENGTH`
 * characters around its first marked word, with the searched words marked.
 */
export function excerpt(source: string, terms: readonly string[]): Segment[] {
  const text = source.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const wanted = new Set(terms.flatMap((t) => tokens(t).map((k) => fold(k.text))));
  let best = { start: 0, end: text.length, hits: 0 };
  for (const s of sentences(text)) {
    const found = new Set(
      tokens(text.slice(s.start, s.end))
        .map((k) => fold(k.text))
        .filter((w) => wanted.has(w)),
    );
    if (found.size > best.hits) best = { ...s, hits: found.size };
  }
  if (best.hits === 0) best = { start: 0, end: text.length, hits: 0 };
  // A window of SHOWN_LENGTH characters that starts a little before the first marked word.
  const segments = markTerms(text.slice(best.start, best.end).trim(), terms);
  const plain = segments.map((s) => s.text).join('');
  const firstHit = segments.findIndex((s) => s.hit);
  const hitAt = firstHit === -1 ? 0 : segments.slice(0, firstHit).reduce((n, s) => n + s.text.length, 0);
  let from = Math.max(0, hitAt - Math.floor(SHOWN_LENGTH / 4));
  if (from > 0) from = Math.max(0, plain.lastIndexOf(' ', from) + 1);
  let to = Math.min(plain.length, from + SHOWN_LENGTH);
  if (to < plain.length) {
    const space = plain.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  const cut = slice(segments, from, to);
  if (from > 0) cut.unshift({ text: ELLIPSIS, hit: false });
  if (to < plain.length) cut.push({ text: ELLIPSIS, hit: false });
  return cut;
}

/** The part of a run of segments between two character offsets of their joined text. */
function slice(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const segment of segments) {
    const start = at;
    const end = at + segment.text.length;
    at = end;
    if (end <= from || start >= to) continue;
    out.push({
      text: segment.text.slice(Math.max(0, from - start), Math.min(segment.text.length, to - start)),
      hit: segment.hit,
    });
  }
  return out;
}
