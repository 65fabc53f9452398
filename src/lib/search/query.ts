/**
 * Turns what someone typed into the Pagefind queries to run, strictest first.
 *
 * Pagefind matches every word of a query anywhere on a page (AND), ranks with BM25, and has no
 * notion of a phrase outside quotes. Our records index each pair of adjacent syllables as one
 * word (see `record.ts`), so the tiers are:
 *
 * 1. `phrase`: every adjacent pair. Only pages with the words together, in this order, match:
 *    `dao van truyen` finds the plan signed by Đào Văn Truyền and not pages that say `truyền`
 *    somewhere and `văn` somewhere else.
 * 2. `words`: non-overlapping pairs (`bảo vệ | trẻ em | xâm hại`), for queries that join words
 *    which never stand side by side on one page (most Vietnamese words have two syllables).
 * 3. `apart`: every syllable anywhere on the page, as plain Pagefind would.
 *
 * The phrase tier runs first (`runTiers`):
 *
 * - A short query (up to three syllables: a word, a name, a number) is a phrase. If some page has
 *   it, those pages are the results; only if none has it do the looser tiers run, one after the
 *   other, until one finds something. So `đuối nước` (drowning) lists the page about drowning and
 *   not the pages that say `dưới` in one place and `nước` in another, and a rare name costs one
 *   lookup, not one per syllable.
 * - A longer query is a description, whose word order need not be the page's. When the phrase
 *   finds a page of results or more, those are the results, in Pagefind's order: for a common
 *   phrase such as `bảo vệ trẻ em` that is a few small chunks of the index. When it finds fewer,
 *   every tier runs and `rankTiers` scores all the pages together: a phrase match weighs more, but
 *   the page whose metadata answers the query can still come first, as it should for `sở tài
 *   nguyên và môi trường lạng sơn`, where only pages *citing* that office print those words in
 *   that order.
 *
 * A one-syllable query is a single tier (Pagefind matches it as a prefix, so `trun` finds
 * `trung thu` while someone is still typing).
 */
import { pair, pairs, syllables } from './text.ts';

export type TierName = 'phrase' | 'words' | 'apart';

export interface Tier {
  name: TierName;
  /** The Pagefind query: indexed words separated by spaces. */
  query: string;
  /** What to highlight on a result page: strings as the person typed them. */
  highlight: string[];
}

/** Syllables as typed (case and marks kept), for highlighting; same cuts as `syllables()`. */
function typedSyllables(text: string): string[] {
  return Array.from(text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu), (m) => m[0]);
}

/** Short words and lone letters highlight half the page; keep numbers and real words. */
const worthHighlighting = (word: string) => word.length >= 2 || /\d/.test(word);

/** Queries of up to this many syllables keep their tiers in order (see above). */
export const SHORT_QUERY = 3;

export interface SearchPlan {
  tiers: Tier[];
  /** Keep the tiers in order (`concatTiers`) rather than score them together (`rankTiers`). */
  strict: boolean;
}

export function searchPlan(input: string): SearchPlan {
  const tiers = searchTiers(input);
  return { tiers, strict: syllables(input).length <= SHORT_QUERY };
}

export function searchTiers(input: string): Tier[] {
  const typed = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = syllables(typed);
  const shown = typedSyllables(typed);
  if (words.length === 0) return [];
  if (words.length === 1) return [{ name: 'phrase', query: words[0]!, highlight: [typed] }];

  const tiers: Tier[] = [{ name: 'phrase', query: pairs(words).join(' '), highlight: [typed] }];
  if (words.length >= 3) {
    const query: string[] = [];
    const highlight: string[] = [];
    for (let i = 0; i < words.length; i += 2) {
      const second = words[i + 1];
      query.push(second === undefined ? words[i]! : pair(words[i]!, second));
      highlight.push(shown.slice(i, i + 2).join(' '));
    }
    tiers.push({ name: 'words', query: query.join(' '), highlight });
  }
  tiers.push({ name: 'apart', query: words.join(' '), highlight: shown.filter(worthHighlighting) });
  return tiers;
}

/** Multipliers for pages found by the stricter tiers (see `rankTiers`), set on the relevance set. */
export const TIER_BOOST: Record<TierName, number> = { phrase: 4, words: 2, apart: 1 };

export interface TierHit<T> {
  id: string;
  score: number;
  item: T;
}

export interface Ranked<T> {
  item: T;
  tier: Tier;
}

/**
 * Orders the pages found by several tiers of one query. Each page is scored as the loosest tier
 * scored it (every tier's pages are also found by the looser ones, and one query's scores compare
 * fairly), times the boost of the strictest tier that found it.
 */
export function rankTiers<T>(found: { tier: Tier; hits: TierHit<T>[] }[]): Ranked<T>[] {
  const pages = new Map<string, { item: T; tier: Tier; base: number }>();
  for (const { tier, hits } of found) {
    for (const hit of hits) {
      const page = pages.get(hit.id);
      // Tiers come strictest first: the first tier to find a page names it, the last one scores it.
      if (page) page.base = hit.score;
      else pages.set(hit.id, { item: hit.item, tier, base: hit.score });
    }
  }
  return [...pages.values()]
    .map((p) => ({ ...p, score: p.base * TIER_BOOST[p.tier.name] }))
    .sort((a, b) => b.score - a.score)
    .map(({ item, tier }) => ({ item, tier }));
}

/** The pages of several tiers, stricter tiers first, each page once, each tier in its own order. */
export function concatTiers<T>(found: { tier: Tier; hits: TierHit<T>[] }[]): Ranked<T>[] {
  const seen = new Set<string>();
  const out: Ranked<T>[] = [];
  for (const { tier, hits } of found) {
    for (const hit of hits) {
      if (seen.has(hit.id)) continue;
      seen.add(hit.id);
      out.push({ item: hit.item, tier });
    }
  }
  return out;
}

/**
 * Runs the tiers of a query as described at the top of this file. `search` runs one Pagefind
 * query; `show` receives the results so far (the phrase matches first, then everything) and
 * returns false when a newer search has started, which stops this one.
 */
export async function runTiers<T extends { id: string; score: number }>(
  plan: SearchPlan,
  search: (query: string) => Promise<T[]>,
  show: (results: Ranked<T>[]) => Promise<boolean>,
  { enough, sorted }: { enough: number; sorted: boolean },
): Promise<void> {
  const [first, ...looser] = plan.tiers;
  if (!first) return;
  const tierHits = (tier: Tier, items: T[]) => ({ tier, hits: items.map((item) => ({ id: item.id, score: item.score, item })) });
  const found = [tierHits(first, await search(first.query))];
  const phrase = found[0]!.hits.length;
  if (plan.strict) {
    for (const tier of looser) {
      if (found.at(-1)!.hits.length > 0) break;
      found.push(tierHits(tier, await search(tier.query)));
    }
    await show(concatTiers([found.at(-1)!]));
    return;
  }
  if (phrase >= enough || looser.length === 0) {
    await show(concatTiers(found));
    return;
  }
  if (phrase > 0 && !(await show(concatTiers(found)))) return;
  for (const tier of looser) found.push(tierHits(tier, await search(tier.query)));
  await show(sorted ? concatTiers(found) : rankTiers(found));
}

/** The result link: the page, with what to highlight there (Pagefind's highlight parameter). */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

export function resultHref(url: string, highlight: string[]): string {
  const params = new URLSearchParams();
  for (const term of highlight) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}
