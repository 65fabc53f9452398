/**
 * Turns what someone typed into the Pagefind queries to run, strictest first.
 *
 * Pagefind matches every word of a query anywhere on a page (AND), ranks with BM25 plus metadata
 * weights, and has no notion of a phrase outside quotes. Our records index each pair of adjacent
 * syllables as one word (see `record.ts`), so a query can ask for words *together*. The tiers:
 *
 * - `phrase` (queries of two or three syllables: a word, a name, a short phrase): every adjacent
 *   pair. Only pages with the words together, in this order, match. If any page has the phrase,
 *   those pages are the results: `đuối nước` (drowning) lists pages about drowning, not pages that
 *   say `dưới` in one place and `nước` in another, and `dao van truyen` finds the plan he signed,
 *   not every page with `truyền` and `văn` somewhere.
 * - `words` (longer queries): the query cut into the two-syllable words pages use
 *   (`phòng chống | xâm hại | trẻ em`, see `cutIntoWords`), with no demand that the words stand
 *   side by side.
 *   Longer queries describe what they want; their word order need not be the page's (`sở tài
 *   nguyên và môi trường lạng sơn` must find the plan of the "Sở Tài nguyên và Môi trường tỉnh
 *   Lạng Sơn", whose pages never print the words in exactly that order).
 * - `apart`: every syllable anywhere on the page, as plain Pagefind would; only when the stricter
 *   tier found nothing (short queries) or less than a page of results (long ones).
 *
 * A one-syllable query is a single tier, matched as a prefix, so `trun` finds `trung thu` while
 * someone is still typing.
 *
 * Within the first page of results, `byTitle` then lifts the pages whose title *is* the query, such
 * as the law titled `Luật Trẻ em` for `luật trẻ em`, above pages that only talk about it.
 */
import { foldVietnamese } from '../slug.ts';
import { pair, PAIR_PREFIX, SYLLABLE, syllables } from './text.ts';

export type TierName = 'phrase' | 'words' | 'apart';

export interface Tier {
  name: TierName;
  /** The Pagefind query: indexed words separated by spaces. */
  query: string;
  /** What to highlight on a result page: strings as the person typed them. */
  highlight: string[];
}

export interface SearchPlan {
  tiers: Tier[];
  /** Stop at the first tier whose results, with the stricter tiers', reach this many pages. */
  enough: number;
}

/**
 * Results shown at once, and the page of results a long query tries to fill before it loosens.
 * Each shown result costs its fragment file (about 6 KB gzipped at 10,000 plans), and the people
 * this site is for search on cheap phones over metered connections; five fill a phone's screen.
 */
export const PAGE_SIZE = 5;

/** Queries of up to this many syllables are phrases (see above). */
export const SHORT_QUERY = 3;

/** Syllables as typed (case and marks kept), for highlighting; same cuts as `syllables()`. */
function typedSyllables(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(SYLLABLE), (m) => m[0]);
}

/** Short words and lone letters highlight half the page; keep numbers and real words. */
const worthHighlighting = (word: string) => word.length >= 2 || /\d/.test(word);

/** True for a query word that stands for two syllables side by side. */
export const isPair = (word: string) => word.startsWith(PAIR_PREFIX);

/**
 * Plans the tiers of a query. `pagesWith` tells on how many pages an indexed word is; the `words`
 * tier uses it to cut a long query into the two-syllable words the site actually uses. `pageSize`
 * is how many results one page of the list shows.
 */
export async function searchPlan(
  input: string,
  pagesWith: (word: string) => Promise<number>,
  pageSize: number,
): Promise<SearchPlan> {
  const typed = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = syllables(typed);
  const shown = typedSyllables(typed);
  if (words.length === 0) return { tiers: [], enough: 1 };
  if (words.length === 1) return { tiers: [{ name: 'phrase', query: words[0]!, highlight: [typed] }], enough: 1 };

  const apart: Tier = { name: 'apart', query: words.join(' '), highlight: shown.filter(worthHighlighting) };
  if (words.length <= SHORT_QUERY) {
    const query = words.slice(1).map((word, i) => pair(words[i]!, word));
    return { tiers: [{ name: 'phrase', query: query.join(' '), highlight: [typed] }, apart], enough: 1 };
  }
  const cut = await cutIntoWords(words, pagesWith);
  const tier: Tier = {
    name: 'words',
    query: cut
      .map(([start, length]) => (length === 2 ? pair(words[start]!, words[start + 1]!) : words[start]!))
      .join(' '),
    highlight: cut.map(([start, length]) => shown.slice(start, start + length).join(' ')).filter(worthHighlighting),
  };
  return { tiers: [tier, apart], enough: pageSize };
}

/**
 * Cuts syllables into words of one or two syllables, as Vietnamese is written: the cut whose pairs
 * are on the most pages, summed on a log scale. Real two-syllable words (`xâm hại`, `trẻ em`) are on
 * many pages; pairs that straddle two words (`khi trẻ`, `em 2021`) on few or none. So `làm gì khi
 * trẻ bị xâm hại` is cut `làm gì | khi | trẻ bị | xâm hại`, never `khi trẻ | bị xâm | hại`.
 * Returns [start, length] for each word.
 */
async function cutIntoWords(
  words: readonly string[],
  pagesWith: (word: string) => Promise<number>,
): Promise<[number, number][]> {
  const pairWeight = await Promise.all(
    words.slice(1).map(async (word, i) => Math.log1p(await pagesWith(pair(words[i]!, word)))),
  );
  // best[i]: the best cut of the first i syllables, and its weight.
  const best: { weight: number; cut: [number, number][] }[] = [{ weight: 0, cut: [] }];
  for (let i = 1; i <= words.length; i++) {
    const single = { weight: best[i - 1]!.weight, cut: [...best[i - 1]!.cut, [i - 1, 1] as [number, number]] };
    const pairWeightHere = i >= 2 ? pairWeight[i - 2]! : 0;
    const double =
      i >= 2 && pairWeightHere > 0
        ? { weight: best[i - 2]!.weight + pairWeightHere, cut: [...best[i - 2]!.cut, [i - 2, 2] as [number, number]] }
        : undefined;
    best.push(double && double.weight > single.weight ? double : single);
  }
  return best[words.length]!.cut;
}

export interface Ranked<T> {
  item: T;
  tier: Tier;
}

/**
 * Runs the tiers of a plan, strictest first, and calls `show` with the results so far each time a
 * tier adds pages; stops once there are `plan.enough`. `show` returns false when a newer search
 * has started, which stops this one.
 */
export async function runTiers<T extends { id: string }>(
  plan: SearchPlan,
  search: (query: string) => Promise<T[]>,
  show: (results: Ranked<T>[]) => Promise<boolean>,
): Promise<void> {
  const results: Ranked<T>[] = [];
  const seen = new Set<string>();
  for (const [i, tier] of plan.tiers.entries()) {
    const before = results.length;
    for (const item of await search(tier.query)) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      results.push({ item, tier });
    }
    const last = i === plan.tiers.length - 1 || results.length >= plan.enough;
    if ((results.length > before || last) && !(await show(results))) return;
    if (last) return;
  }
}

/** Distinct folded syllables, to compare a title with a query. */
const foldedSet = (text: string) => new Set(syllables(foldVietnamese(text.replace(/ḏ/g, 'd'))));

/** Share of a title's distinct syllables that the query has: 1 when the title is the query. */
export function titleCoverage(title: string, query: string): number {
  const titleWords = foldedSet(title);
  const queryWords = foldedSet(query);
  let found = 0;
  for (const word of titleWords) if (queryWords.has(word)) found += 1;
  return titleWords.size === 0 ? 0 : found / titleWords.size;
}

/**
 * Reorders one page of results: within each tier, Pagefind's score times one plus the title's
 * coverage by the query. Pagefind boosts a title that contains the query but cannot tell it from a
 * title that *is* the query, so among several pages whose titles contain `luật trẻ em`, the law of
 * that name comes first.
 */
export function byTitle<T>(
  page: readonly T[],
  query: string,
  facts: (item: T) => { tier: number; score: number; title: string },
): T[] {
  const keyed = page.map((item, index) => {
    const { tier, score, title } = facts(item);
    return { item, index, tier, weighted: score * (1 + titleCoverage(title, query)) };
  });
  keyed.sort((a, b) => a.tier - b.tier || b.weighted - a.weighted || a.index - b.index);
  return keyed.map((k) => k.item);
}

/** The result link: the page, with what to highlight there (Pagefind's highlight parameter). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export function resultHref(url: string, highlight: string[]): string {
  const params = new URLSearchParams();
  for (const term of highlight) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}
