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
 * Metadata people search for (number, signer, issuer, province, title, kind, and other names: a
 * campaign's day, the hotlines' names) is also indexed in weighted `w_*` fields, in the same
 * spelling, so Pagefind's metadata boost ranks the document that *is* `1863/QĐ-TTg` above the plans
 * that cite it. Display metadata (with a short passage of the page for the excerpt) is kept under
 * its own name for the results list and given no ranking weight (see `META_WEIGHTS`).
 */
import { escapeHtml } from '../html.ts';
import { excerptSource } from './excerpt.ts';
import { SORT_BY_DATE } from './fields.ts';
import type { SearchPage } from './page.ts';
import { indexedDisplay, pairs, syllables } from './text.ts';

/** Page metadata whose words rank a page, with the weight Pagefind gives a full match there. */
export const META_WEIGHTS = {
  w_so: 12,
  w_aka: 6,
  w_ky: 8,
  w_title: 6,
  w_cq: 4,
  w_tinh: 3,
  w_loai: 3,
} as const;

/**
 * Where each weighted field comes from: `title` is the page's h1, the rest are meta annotations.
 * The number is indexed with its kind in front (`Chỉ thị 28-CT/TW`), because that is how people
 * cite and type it: `chỉ thị 28`, `quyết định 1863`, `nghị định 56`.
 */
const WEIGHTED_SOURCE: Record<keyof typeof META_WEIGHTS, (meta: Record<string, string>) => string | undefined> = {
  w_so: (m) => (m['so'] === undefined ? undefined : `${m['loai'] ?? ''} ${m['so']}`),
  w_aka: (m) => m['aka'],
  w_ky: (m) => m['ky'],
  w_title: (m) => m['title'],
  w_cq: (m) => m['cq'],
  w_tinh: (m) => m['tinh'],
  w_loai: (m) => m['loai'],
};

/**
 * Display-only metadata: stored for the results list, never ranking (weight 0). `ex` is the
 * passage the excerpt is cut from (`excerpt.ts`).
 */
export const DISPLAY_META = ['title', 'so', 'loai', 'cq', 'ky', 'tinh', 'ngay', 'tc', 'ex'] as const;
export const EXCERPT_META = 'ex';

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

/** Every distinct indexed word of a page, how often the page uses it, and its heaviest block. */
export function pageWords(page: SearchPage): Map<string, { count: number; weight: number }> {
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
  return counts;
}

/**
 * A token that Pagefind counts as a word position but does not index (it has no letter or digit).
 * It holds the place of a common word the page does not have (see `recordHtml`).
 */
export const GAP = '-';

/**
 * The words that open every record, in this order: the site's most common words (on at least
 * `share` of the pages, see `search-index.ts`), most common first.
 */
export function commonWords(pagesWith: ReadonlyMap<string, number>, pages: number, share = 0.5): string[] {
  const floor = Math.max(2, Math.ceil(pages * share));
  return [...pagesWith]
    .filter(([, n]) => n >= floor)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([word]) => word);
}

/**
 * The record as an HTML document for Pagefind's `addHTMLFile`, so per-word weights apply.
 *
 * Where a word stands in the record is the position Pagefind stores for it on that page, in the
 * index chunk every search for the word downloads. Positions matter to us for nothing (our phrases
 * are pairs, not positions), so they are made to compress: the site's common words (`common`) come
 * first, each at the same position on every page, with a `GAP` where a page lacks one; a word on
 * most pages then costs about a byte per page instead of three. The other words follow, heaviest
 * first and sorted, so that their shared beginnings gzip well in the fragment each result downloads.
 */
export function recordHtml(page: SearchPage, common: readonly string[] = []): string {
  const counts = pageWords(page);
  const parts: string[] = [];
  const annotate = (kind: 'meta' | 'filter' | 'sort', key: string, value: string) => {
    parts.push(`<i data-pagefind-${kind}="${escapeHtml(`${key}:${value}`)}"></i>`);
  };
  const meta: Record<string, string | undefined> = {
    ...page.meta,
    [EXCERPT_META]: excerptSource(page.blocks, page.meta['title']) || undefined,
  };
  for (const key of DISPLAY_META) {
    const value = meta[key];
    if (value !== undefined) annotate('meta', key, indexedDisplay(value));
  }
  for (const [field, source] of Object.entries(WEIGHTED_SOURCE)) {
    const value = source(page.meta);
    if (value !== undefined) annotate('meta', field, [...new Set(indexWords(value))].join(' '));
  }
  for (const [key, values] of Object.entries(page.filters)) for (const value of values) annotate('filter', key, value);
  for (const [key, value] of Object.entries({ [SORT_BY_DATE]: UNDATED, ...page.sort })) annotate('sort', key, value);

  // Runs of words of one weight, as inline elements in one block: Pagefind ends a sentence (and
  // writes ". " into the fragment) after each block, not after inline elements.
  const runs: string[] = [];
  let run: string[] = [];
  let runWeight: number | undefined;
  const flush = () => {
    if (run.length > 0) runs.push(`<span data-pagefind-weight="${runWeight}">${escapeHtml(run.join(' '))}</span>`);
    run = [];
  };
  const put = (word: string, weight: number | undefined) => {
    if (weight !== undefined && weight !== runWeight) {
      flush();
      runWeight = weight;
    }
    run.push(word);
  };
  const placed = new Set<string>();
  for (const word of common) {
    const seen = counts.get(word);
    if (seen) {
      put(word, wordWeight(seen.weight, seen.count));
      placed.add(word);
    } else put(GAP, runWeight ?? 1);
  }
  const byWeight = new Map<number, string[]>();
  for (const [word, { count, weight }] of counts) {
    if (placed.has(word)) continue;
    const w = wordWeight(weight, count);
    const list = byWeight.get(w);
    if (list) list.push(word);
    else byWeight.set(w, [word]);
  }
  for (const [weight, words] of [...byWeight].sort((a, b) => b[0] - a[0])) {
    for (const word of words.sort()) put(word, weight);
  }
  flush();
  parts.push(`<p>${runs.join(' ')}</p>`);
  return `<!doctype html><html lang="vi"><body><main data-pagefind-body>${parts.join('')}</main></body></html>`;
}
