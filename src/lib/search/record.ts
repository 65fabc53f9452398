/**
 * The compact search record of one page: what Pagefind indexes in place of the page's full text.
 *
 * Why not index the text as it stands: Pagefind stores every position of every word. A common
 * syllable such as `trẻ` occurs 30–60 times in each plan, so at 10,000 plans the index chunks that a
 * search for `trẻ em` must download run to hundreds of kilobytes (plain Pagefind: see
 * `npm run bench:search`). A search only needs to know *which* pages hold a word and how much it
 * weighs there. So each record holds every distinct word of the page once:
 *
 * - each syllable (`trẻ`, `em`, `1863`), for one-word queries;
 * - each pair of adjacent syllables as one word (`0qtrẻemǂ`, see `indexedPair()` in `text.ts`), so a
 *   phrase or a name is one lookup in one small chunk, and a page with the words apart does not
 *   match it at all;
 * - with a Pagefind weight that grows with the heading level it stands under and, slowly, with how
 *   often the page uses it.
 *
 * Metadata people search for (number, signer, issuer, province, title) is also indexed in weighted
 * `w_*` fields, in the same spelling, so Pagefind's metadata boost ranks the document that *is*
 * `1863/QĐ-TTg` above the plans that cite it. Display metadata is kept under its own name for the
 * results list and given no ranking weight (see `META_WEIGHTS`).
 */
import { escapeHtml } from '../html.ts';
import { SORT_BY_DATE } from './fields.ts';
import type { SearchPage } from './page.ts';
import { indexedDisplay, pairs, syllables } from './text.ts';

/** Page metadata whose words rank a page, with the weight Pagefind gives a full match there. */
export const META_WEIGHTS = {
  w_so: 12,
  w_ky: 8,
  w_title: 6,
  w_cq: 4,
  w_tinh: 3,
} as const;

/**
 * Where each weighted field comes from: `title` is the page's h1, the rest are meta annotations.
 * The number is indexed with its kind in front (`Chỉ thị 28 CT TW`), because that is how people
 * cite and type it: `chỉ thị 28`, `quyết định 1863`, `nghị định 56`.
 */
const WEIGHTED_SOURCE: Record<keyof typeof META_WEIGHTS, (meta: Record<string, string>) => string | undefined> = {
  w_so: (m) => (m['so'] === undefined ? undefined : `${m['loai'] ?? ''} ${m['so']}`),
  w_ky: (m) => m['ky'],
  w_title: (m) => m['title'],
  w_cq: (m) => m['cq'],
  w_tinh: (m) => m['tinh'],
};

/** Display-only metadata: stored for the results list, never ranking (weight 0). */
export const DISPLAY_META = ['title', 'so', 'loai', 'cq', 'ky', 'tinh', 'ngay'] as const;

/** Pagefind's `ranking.metaWeights` for the browser: display fields off, search fields weighted. */
export function metaWeights(): Record<string, number> {
  return { ...Object.fromEntries(DISPLAY_META.map((key) => [key, 0])), ...META_WEIGHTS };
}

/** Sort key given to pages without a date, so that sorting by date keeps them (last). */
export const UNDATED = '0000';

/** The words of a text as indexed: syllables, then pairs of adjacent syllables. */
export function indexWords(text: string): string[] {
  const words = syllables(text);
  return [...words, ...pairs(words)];
}

/**
 * Weight of a word on a page. The heading level sets the base; each doubling of how often the page
 * uses the word adds a little, so a plan about drowning outranks one that mentions it once, while
 * no page can climb on repetition alone. Pagefind accepts 0–10.
 */
export function wordWeight(blockWeight: number, count: number): number {
  return Math.min(10, Math.round((blockWeight + 0.5 * Math.log2(count)) * 4) / 4);
}

/** The record as an HTML document for Pagefind's `addHTMLFile`, so per-word weights apply. */
export function recordHtml(page: SearchPage): string {
  const counts = new Map<string, { count: number; weight: number }>();
  for (const block of page.blocks) {
    for (const word of indexWords(block.text)) {
      const seen = counts.get(word);
      if (seen) {
        seen.count += 1;
        seen.weight = Math.max(seen.weight, block.weight);
      } else counts.set(word, { count: 1, weight: block.weight });
    }
  }
  const byWeight = new Map<number, string[]>();
  for (const [word, { count, weight }] of counts) {
    const w = wordWeight(weight, count);
    const list = byWeight.get(w);
    if (list) list.push(word);
    else byWeight.set(w, [word]);
  }

  const parts: string[] = [];
  const annotate = (kind: 'meta' | 'filter' | 'sort', key: string, value: string) => {
    parts.push(`<i data-pagefind-${kind}="${escapeHtml(`${key}:${value}`)}"></i>`);
  };
  for (const key of DISPLAY_META) {
    const value = page.meta[key];
    if (value !== undefined) annotate('meta', key, indexedDisplay(value));
  }
  for (const [field, source] of Object.entries(WEIGHTED_SOURCE)) {
    const value = source(page.meta);
    if (value !== undefined) annotate('meta', field, [...new Set(indexWords(value))].join(' '));
  }
  for (const [key, values] of Object.entries(page.filters)) for (const value of values) annotate('filter', key, value);
  for (const [key, value] of Object.entries({ [SORT_BY_DATE]: UNDATED, ...page.sort })) annotate('sort', key, value);
  // Sorted, so that the words' shared beginnings gzip well in the fragment each result downloads.
  for (const [weight, words] of [...byWeight].sort((a, b) => b[0] - a[0])) {
    parts.push(`<p data-pagefind-weight="${weight}">${escapeHtml(words.sort().join(' '))}</p>`);
  }
  return `<!doctype html><html lang="vi"><body><main data-pagefind-body>${parts.join('')}</main></body></html>`;
}
