/**
 * Turns what someone typed into the Pagefind queries to run, strictest first.
 *
 * Pagefind matches every word of a query anywhere on a page (AND), ranks with BM25 plus metadata
 * weights, and has no notion of a phrase outside quotes. Our records index each pair of adjacent
 * syllables as one word (see `record.ts`), so a query can ask for words *together*. First the
 * query is read the way the index is written (`tokens()` in `text.ts`: `QĐ1863` is `quyết định
 * 1863`), question words are set aside (`language.ts`: `tre bi xam hai phai lam gi` asks about
 * `tre bi xam hai`), and a province or year in it is recognised (`binh thuan 2018`). The tiers:
 *
 * - `fields` (a province, alone or with a year, from the search page's filter values): the
 *   documents filed under them, with the rest of the query's words; so `ldld phu yen` lists the
 *   Phú Yên documents that name the LĐLĐ, and `binh thuan 2018` the Bình Thuận documents of 2018,
 *   newest first. The other tiers follow it.
 * - `phrase` (queries of up to three tokens: a word, a name, a number, a short phrase): every
 *   adjacent pair. Only pages with the words together, in this order, match. If any page has the
 *   phrase, those pages are the results: `đuối nước` (drowning) lists pages about drowning, not
 *   pages that say `dưới` in one place and `nước` in another, and `dao van truyen` finds the plan he
 *   signed, not every page with `truyền` and `văn` somewhere.
 * - `words` (longer queries): the query cut into the two-syllable words pages use
 *   (`phòng chống | xâm hại | trẻ em`, see `cutIntoWords`), with no demand that the words stand
 *   side by side, and without the function words that stand alone (`của`, `và`) while keeping
 *   those a phrase needs (`vì trẻ | em`). Longer queries describe what they want; their word order
 *   need not be the page's (`sở tài nguyên và môi trường lạng sơn` must find the plan of the "Sở
 *   Tài nguyên và Môi trường tỉnh Lạng Sơn", whose pages never print the words in that order).
 * - `apart`: every content syllable anywhere on the page, as plain Pagefind would; only when the
 *   stricter tiers found nothing (short queries) or less than a page of results (long ones).
 *
 * A one-syllable query is a single tier, matched as a prefix, so `trun` finds `trung thu` while
 * someone is still typing.
 *
 * Within the first page of results, `byTitle` then lifts the pages whose title *is* the query, such
 * as the law titled `Luật Trẻ em` for `luật trẻ em`, or the guide titled as the answer to the
 * question asked, above pages that only talk about it.
 */
import { FILTERS } from './fields.ts';
import { isFunctionWord, questionTokens } from './language.ts';
import { fold, isNumber, pair, syllables, tokens, type Token } from './text.ts';

export type TierName = 'fields' | 'phrase' | 'words' | 'apart';

/** Pagefind filters: a value, or any of several. */
export type Filters = Record<string, string | { any: string[] }>;

export interface Tier {
  name: TierName;
  /** The Pagefind query: indexed words separated by spaces; `null` lists the filtered pages. */
  query: string | null;
  /** Filters this tier adds to the reader's own. */
  filters?: Filters;
  /** What to highlight on a result page: strings as the person typed them. */
  highlight: string[];
}

export interface SearchPlan {
  tiers: Tier[];
  /** Stop at the first tier whose results, with the stricter tiers', reach this many pages. */
  enough: number;
}

/** The filter values a query's words may name (the search page lists them in its filters). */
export interface QueryFields {
  provinces: readonly string[];
  years: readonly string[];
  /** Kinds of document (`Chỉ thị`, `Quyết định`): a number after one is that document's number. */
  kinds: readonly string[];
}

/**
 * Results shown at once, and the page of results a long query tries to fill before it loosens.
 * Each shown result costs its fragment file (about 6 KB gzipped at 10,000 plans), and the people
 * this site is for search on cheap phones over metered connections; five fill a phone's screen.
 */
export const PAGE_SIZE = 5;

/** Queries of up to this many tokens are phrases (see above). */
export const SHORT_QUERY = 3;

/** Short words and lone letters highlight half the page; keep numbers and real words. */
const worthHighlighting = (word: string) => word.length >= 2 || /\d/.test(word);

/** One token of the query with what the planner knows about it. */
interface Word {
  token: Token;
  /** A function word (`và`, `của`). */
  small: boolean;
  /** Recognised as a filter value (a province or a year). */
  field: 'province' | 'year' | false;
}

/** Where a run of tokens spells a name (folded, token by token), as [start, length] pairs. */
function findName(words: readonly Word[], name: string): [number, number] | undefined {
  const wanted = tokens(name).map((t) => fold(t.text));
  if (wanted.length === 0) return undefined;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => !words[i + k]!.field && fold(words[i + k]!.token.text) === w)) return [i, wanted.length];
  }
  return undefined;
}

/** A year standing alone: not one end of a range such as `2021-2030`. */
function isLoneYear(words: readonly Word[], i: number, text: string): boolean {
  const between = (a: number, b: number) => text.slice(words[a]!.token.end, words[b]!.token.start);
  const isYear = (k: number) => /^(19|20)\d\d$/.test(words[k]?.token.text ?? '');
  if (i > 0 && isYear(i - 1) && /[-–]/.test(between(i - 1, i))) return false;
  if (i + 1 < words.length && isYear(i + 1) && /[-–]/.test(between(i, i + 1))) return false;
  return true;
}

/**
 * The `fields` tier's filters: a province the query names, and a year with it. A year alone is
 * not enough: `tai nạn thương tích 2016` asks for the 2016–2020 program, which is filed under no
 * year.
 */
function fieldFilters(words: Word[], text: string, fields: QueryFields | undefined): Filters | undefined {
  if (!fields) return undefined;
  const provinces = fields.provinces
    .map((name) => ({ name, at: findName(words, name) }))
    .filter((p) => p.at !== undefined)
    .sort((a, b) => b.at![1] - a.at![1]);
  const province = provinces[0];
  if (!province) return undefined;
  const [start, length] = province.at!;
  for (let k = start; k < start + length; k++) words[k]!.field = 'province';
  const filters: Filters = { [FILTERS.province]: province.name };
  const years = words
    .map((w, i) => ({ w, i }))
    .filter(({ w, i }) => !w.field && fields.years.includes(w.token.text) && isLoneYear(words, i, text));
  if (years.length === 1) {
    years[0]!.w.field = 'year';
    filters[FILTERS.year] = years[0]!.w.token.text;
  }
  return filters;
}

/**
 * Plans the tiers of a query. `pagesWith` tells on how many pages an indexed word is; the `words`
 * tier uses it to cut a long query into the two-syllable words the site actually uses. `pageSize`
 * is how many results one page of the list shows; `fields` the filter values a query may name.
 */
export async function searchPlan(
  input: string,
  pagesWith: (word: string) => Promise<number>,
  pageSize: number,
  fields?: QueryFields,
): Promise<SearchPlan> {
  const typed = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  const all = tokens(typed);
  if (all.length === 0) return { tiers: [], enough: 1 };
  // Question words are set aside, unless the query is nothing else.
  const question = questionTokens(all);
  const asked = question.every(Boolean) ? all : all.filter((_, i) => !question[i]);
  const words: Word[] = asked.map((token) => ({ token, small: isFunctionWord(token), field: false }));
  if (words.every((w) => w.small)) for (const w of words) w.small = false;

  const filters = fieldFilters(words, typed, fields);
  const tiers: Tier[] = [];
  if (filters) {
    // The filtered pages that have the query's other words; the province's words are asked for
    // too, so that the page whose issuer is `Tỉnh ủy Phú Yên` outranks one that names the Tỉnh ủy.
    const rest = words.filter((w) => !w.field && !w.small);
    const asked = words.filter((w) => !w.field || w.field === 'province');
    const [strict] = rest.length > 0 ? await wordTiers(asked, typed, pagesWith, fields) : [];
    tiers.push({ name: 'fields', query: strict?.query ?? null, filters, highlight: strict?.highlight ?? [] });
  }
  tiers.push(...(await wordTiers(words, typed, pagesWith, fields)));
  return { tiers, enough: words.length > SHORT_QUERY ? pageSize : 1 };
}

/** The query's words as tiers: the strict one (`phrase` or `words`), then `apart` (see above). */
async function wordTiers(
  words: readonly Word[],
  typed: string,
  pagesWith: (word: string) => Promise<number>,
  fields: QueryFields | undefined,
): Promise<Tier[]> {
  const shown = (list: readonly Word[]) => list.map((w) => w.token.text).filter(worthHighlighting);
  const syllablesOf = (list: readonly Word[]) => list.flatMap((w) => w.token.syllables);
  const syllable = syllablesOf(words);
  if (syllable.length === 1) return [{ name: 'phrase', query: syllable[0]!, highlight: [words[0]!.token.text] }];
  const content = words.filter((w) => !w.small);
  const apart: Tier = { name: 'apart', query: syllablesOf(content).join(' '), highlight: shown(content) };
  if (words.length <= SHORT_QUERY) {
    const phrase = syllable.slice(1).map((word, i) => pair(syllable[i]!, word));
    const span = typed.slice(words[0]!.token.start, words.at(-1)!.token.end);
    return [{ name: 'phrase', query: phrase.join(' '), highlight: [span] }, apart];
  }
  // Long queries: cut into words, and drop the function words left standing alone.
  const small = words.flatMap((w) => w.token.syllables.map(() => w.small));
  const cut = (await cutIntoWords(syllable, pagesWith, small)).filter(
    ([start, length]) => length === 2 || !small[start],
  );
  const typedSyllables = words.flatMap((w) => w.token.syllables.map(() => w.token));
  // A number after a kind of document is that document's number: `chỉ thị 20` asks for the pair
  // `thị 20`, which the pages of Chỉ thị 20 and those citing it have, not for `20` anywhere.
  const kindEnds = kindEndings(syllable, fields);
  const word = ([start, length]: [number, number]) => {
    if (length === 2) return pair(syllable[start]!, syllable[start + 1]!);
    if (start > 0 && isNumber(syllable[start]!) && kindEnds.has(start - 1))
      return pair(syllable[start - 1]!, syllable[start]!);
    return syllable[start]!;
  };
  const strict: Tier = {
    name: 'words',
    query: cut.map(word).join(' '),
    highlight: cut
      .map(([start, length]) => typed.slice(typedSyllables[start]!.start, typedSyllables[start + length - 1]!.end))
      .filter((text, i, list) => worthHighlighting(text) && list.indexOf(text) === i),
  };
  return [strict, apart];
}

/** Where a kind of document's name ends in a run of syllables (`chỉ thị 20`: at `thị`). */
function kindEndings(syllable: readonly string[], fields: QueryFields | undefined): Set<number> {
  const ends = new Set<number>();
  const folded = syllable.map(fold);
  for (const kind of fields?.kinds ?? []) {
    const name = syllables(kind).map(fold);
    for (let i = 0; i + name.length <= folded.length; i++) {
      if (name.every((w, k) => folded[i + k] === w)) ends.add(i + name.length - 1);
    }
  }
  return ends;
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
  small: readonly boolean[] = [],
): Promise<[number, number][]> {
  // A function word pairs with anything (`quyền của`, `của trẻ`): such pairs are not words of a
  // long query (a short one keeps them, as a phrase).
  const pairWeight = await Promise.all(
    words
      .slice(1)
      .map(async (word, i) => (small[i] || small[i + 1] ? 0 : Math.log1p(await pagesWith(pair(words[i]!, word))))),
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
  search: (tier: Tier) => Promise<T[]>,
  show: (results: Ranked<T>[]) => Promise<boolean>,
): Promise<void> {
  const results: Ranked<T>[] = [];
  const seen = new Set<string>();
  for (const [i, tier] of plan.tiers.entries()) {
    const before = results.length;
    for (const item of await search(tier)) {
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
const foldedSet = (text: string) => new Set(syllables(text).map(fold));

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
