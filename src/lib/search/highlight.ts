/**
 * Marks the searched words in a result's title. Matching is by syllable and folded
 * (`foldVietnamese`), the way the search itself matches, so `phong chong bao luc` marks
 * `phòng, chống bạo lực` across the comma, and the last syllable may be partly typed.
 */
import { foldVietnamese } from '../slug.ts';
import { SYLLABLE } from './text.ts';

export interface Segment {
  text: string;
  hit: boolean;
}

interface Syllable {
  folded: string;
  start: number;
  end: number;
}

function syllablesWithPlaces(text: string): Syllable[] {
  return Array.from(text.matchAll(SYLLABLE), (m) => ({
    folded: foldVietnamese(m[0]).toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const normalised = text.normalize('NFC');
  const words = syllablesWithPlaces(normalised);
  const hits: [number, number][] = [];
  for (const term of terms) {
    const wanted = syllablesWithPlaces(term.normalize('NFC')).map((s) => s.folded);
    if (wanted.length === 0) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      const match = wanted.every((w, k) => {
        const word = words[i + k]!.folded;
        return k === wanted.length - 1 ? word.startsWith(w) : word === w;
      });
      if (match) hits.push([words[i]!.start, words[i + wanted.length - 1]!.end]);
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
