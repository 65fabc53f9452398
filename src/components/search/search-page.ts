/**
 * The search page's script. It reads the query and filters from the URL (so a search can be
 * shared), runs them, and keeps the URL in step while someone types. Pagefind's own script, its
 * WebAssembly and the index load only when there is something to search for; the typo dictionary
 * only when a search finds little. It is itself loaded by `search-start.ts`; the filters and the
 * results area are shown, and the note for readers without JavaScript hidden, by an inline line
 * (`searchReady` in `src/lib/inline-scripts.ts`).
 */
import { format } from '../../lib/i18n';
import { searchBundlePath } from '../../lib/routes';
import { excerpt } from '../../lib/search/excerpt';
import { FILTERS, FILTER_NAMES, SORT_BY_DATE, SORT_PARAM, type FilterName } from '../../lib/search/fields';
import { markTerms, type Segment } from '../../lib/search/highlight';
import { isFunctionWord, questionTokens } from '../../lib/search/language';
import {
  byTitle,
  PAGE_SIZE,
  resultHref,
  runTiers,
  searchPlan,
  type Filters,
  type QueryFields,
  type Tier,
} from '../../lib/search/query';
import { EXCERPT_META, metaWeights } from '../../lib/search/record';
import {
  DICTIONARY_FILE,
  lexicon,
  suggest,
  unknownTokens,
  type DictionaryData,
  type Lexicon,
} from '../../lib/search/suggest';
import { displayText, tokens } from '../../lib/search/text';

/** The part of Pagefind's browser API we use (https://pagefind.app/docs/api-reference/). */
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

interface Strings {
  loading: string;
  count: string;
  countBrowse: string;
  none: string;
  noneBrowse: string;
  prompt: string;
  error: string;
  signedBy: string;
  filtersActive: string;
}

/** Pause after a keystroke before searching, so a fast typist starts one search, not five. */
const TYPING_PAUSE_MS = 120;
/** The search bundle, under the site's base path (`astro.config.ts` `base`). */
const BUNDLE_DIR = searchBundlePath('');

/**
 * Ranking settings, checked on tests/search/queries.json: metadata weights from `record.ts`; the
 * full bonus for marks typed exactly, so exact spellings rank first; and no length normalisation
 * (Pagefind's default marks long pages down), since records list each word once whatever the
 * page's length, and the long plans are often the page people look for.
 */
const RANKING = { metaWeights: metaWeights(), diacriticSimilarity: 1, pageLength: 0 };

let engine: Promise<Pagefind> | undefined;
function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${BUNDLE_DIR}pagefind.js`)) as Pagefind;
    // On the page's own thread: a search here takes milliseconds, and the worker is one more
    // download (about 12 KB) before the first result.
    await pagefind.options({ ranking: RANKING, noWorker: true, baseUrl: import.meta.env.BASE_URL });
    return pagefind;
  })();
  return engine;
}

let dictionary: Promise<Lexicon> | undefined;
function loadDictionary(): Promise<Lexicon> {
  dictionary ??= fetch(`${BUNDLE_DIR}${DICTIONARY_FILE}`).then(async (response) => {
    if (!response.ok) throw new Error(`${DICTIONARY_FILE}: HTTP ${response.status}`);
    return lexicon((await response.json()) as DictionaryData);
  });
  return dictionary;
}

/** On how many pages a word is (any filter aside); asked again and again while someone types. */
const pageCounts = new Map<string, Promise<number>>();
function pagesWith(word: string): Promise<number> {
  let count = pageCounts.get(word);
  if (!count) {
    count = loadEngine().then(async (pagefind) => (await pagefind.search(word))?.results.length ?? 0);
    pageCounts.set(word, count);
  }
  return count;
}

interface Found {
  result: PagefindResult;
  highlight: string[];
  /** 0 for the strictest tier that ran; results of one tier compare by score. */
  tier: number;
}

interface Request {
  query: string;
  filters: Partial<Record<FilterName, string>>;
  sort: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with the searched words in `<mark>`. */
function marked(parent: HTMLElement, segments: readonly Segment[]): HTMLElement {
  for (const segment of segments) {
    parent.append(segment.hit ? element('mark', 'search-hit', segment.text) : document.createTextNode(segment.text));
  }
  return parent;
}

function resultItem(
  { url, meta }: { url: string; meta: Record<string, string> },
  highlight: string[],
  terms: string[],
  strings: Strings,
) {
  const show = (key: string) => (meta[key] ? displayText(meta[key]) : undefined);
  const item = element('li', 'rounded-lg border border-brand-100 p-4');
  // Pages that are not documents (hotlines) list their numbers in `so` for ranking, not for show.
  const number = show('cq') ? show('so') : undefined;
  // An entry known only as cited (or of medium confidence) says so beside its facts, as on its page.
  const kicker = [[show('loai'), number].filter(Boolean).join(' '), show('ngay'), show('tc')]
    .filter(Boolean)
    .join(' · ');
  if (kicker) item.append(marked(element('p', 'text-sm font-semibold text-muted'), markTerms(kicker, terms)));
  const heading = element('p', 'mt-1 text-lg font-semibold');
  const link = element('a', '');
  link.href = resultHref(url, highlight);
  heading.append(marked(link, markTerms(show('title') ?? url, terms)));
  item.append(heading);
  const signer = show('ky');
  const line = [show('cq'), show('tinh'), signer && format(strings.signedBy, { name: signer })]
    .filter(Boolean)
    .join(' · ');
  if (line) item.append(marked(element('p', 'text-sm text-muted'), markTerms(line, terms)));
  const passage = show(EXCERPT_META);
  if (passage) item.append(marked(element('p', 'mt-2'), excerpt(passage, terms)));
  return item;
}

/** The words of a query worth marking in the results: its tokens, question words aside. */
function termsOf(query: string): string[] {
  const all = tokens(query);
  const question = questionTokens(all);
  return all
    .filter((t, i) => !question[i] && !isFunctionWord(t) && (t.text.length >= 2 || /\d/.test(t.text)))
    .map((t) => t.text);
}

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const root = document.querySelector<HTMLElement>('[data-search]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  const suggestion = root?.querySelector<HTMLElement>('[data-search-suggestion]');
  const suggestionSlot = suggestion?.querySelector<HTMLElement>('[data-search-suggestion-link]');
  const empty = root?.querySelector<HTMLElement>('[data-search-empty]');
  const panel = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const active = panel?.querySelector<HTMLElement>('[data-search-active]');
  if (!form || !root || !status || !list || !more || !suggestion || !suggestionSlot || !empty || !panel || !active) {
    return;
  }
  const suggestionLink = element('a', '');
  // A link with somewhere to go even before a suggestion fills it (crawlers and checkers read it).
  suggestionLink.href = location.pathname;
  suggestionSlot.append(suggestionLink);
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = [...FILTER_NAMES, SORT_PARAM].map((name) => form.elements.namedItem(name) as HTMLSelectElement);
  const optionsOf = (name: FilterName) =>
    [...(form.elements.namedItem(name) as HTMLSelectElement).options].map((o) => o.value).filter(Boolean);
  const fields: QueryFields = {
    provinces: optionsOf(FILTERS.province),
    years: optionsOf(FILTERS.year),
    kinds: optionsOf(FILTERS.kind),
  };

  let found: Found[] = [];
  let shown = 0;
  let latest = 0;
  let terms: string[] = [];
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const request = (): Request => {
    const filters: Request['filters'] = {};
    for (const name of FILTER_NAMES) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) filters[name] = value;
    }
    return {
      query: input.value.trim(),
      filters,
      sort: (form.elements.namedItem(SORT_PARAM) as HTMLSelectElement).value,
    };
  };

  /** How many filters (and the sort) are set, on the folded panel's summary; "Xoá bộ lọc" with any. */
  const countActive = () => {
    const count = selects.filter((s) => s.value).length;
    active.textContent = count > 0 ? format(strings.filtersActive, { count }) : '';
    for (const clear of document.querySelectorAll<HTMLElement>('[data-search-clear]')) clear.hidden = count === 0;
    return count;
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of selects) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
    countActive();
  };

  const urlFor = (query: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      const text = key === 'q' ? query : value;
      if (typeof text === 'string' && text.trim()) params.set(key, text.trim());
    }
    return `${location.pathname}${params.size ? `?${params}` : ''}`;
  };

  const toUrl = (push: boolean) => {
    const url = urlFor(input.value);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  /**
   * One page of results as list items (each needs its fragment from the index), with the order they
   * take. The first page of a search lifts the pages named by the query (see byTitle).
   */
  const pageOf = async (results: Found[], from: number, query?: string) => {
    const data = await Promise.all(
      results.slice(from, from + PAGE_SIZE).map(async (f) => ({ f, d: await f.result.data() })),
    );
    const page = query
      ? byTitle(data, query, ({ f, d }) => ({ tier: f.tier, score: f.result.score, title: d.meta['title'] ?? '' }))
      : data;
    return {
      order: page.map(({ f }) => f),
      items: page.map(({ f, d }) => resultItem(d, f.highlight, terms, strings)),
    };
  };

  const showMore = async () => {
    const run = latest;
    const results = found;
    more.disabled = true;
    const { items } = await pageOf(results, shown);
    more.disabled = false;
    if (run !== latest || results !== found) return;
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= found.length;
  };

  /** Marks the page busy while a search runs; tests and assistive technology wait for `done`. */
  const setState = (state: 'searching' | 'done') => {
    root.dataset['searchState'] = state;
    root.setAttribute('aria-busy', String(state === 'searching'));
  };

  /** "Có phải bạn muốn tìm: …" for a query with words the site does not use. */
  const offerSuggestion = async (query: string, run: number) => {
    const known = await loadDictionary();
    if (unknownTokens(query, known).length === 0) return;
    const better = await suggest(query, known, pagesWith);
    if (run !== latest || !better || better === query) return;
    suggestionLink.textContent = better;
    suggestionLink.href = urlFor(better);
    suggestionLink.dataset['query'] = better;
    suggestion.hidden = false;
  };

  const run = async () => {
    const run = ++latest;
    const { query, filters, sort } = request();
    const browsing = !query;
    countActive();
    suggestion.hidden = true;
    empty.hidden = true;
    if (browsing && Object.keys(filters).length === 0) {
      found = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = strings.prompt;
      setState('done');
      return;
    }
    setState('searching');
    status.textContent = strings.loading;
    terms = termsOf(query);
    try {
      const pagefind = await loadEngine();
      const [sortKey, direction] = sort ? sort.split('-') : [];
      let total = 0;
      const show = async (results: Found[]) => {
        // Sorted by date, the order is the date's: nothing is lifted by its title.
        const { order, items } = await pageOf(results, 0, sortKey || browsing ? undefined : query);
        if (run !== latest) return false;
        found = [...order, ...results.slice(order.length)];
        total = results.length;
        list.replaceChildren(...items);
        shown = items.length;
        more.hidden = shown >= found.length;
        status.textContent =
          results.length === 0
            ? format(browsing ? strings.noneBrowse : strings.none, { query })
            : format(browsing ? strings.countBrowse : strings.count, { count: results.length, query });
        return true;
      };
      // Pagefind drops a query word that is on no page and matches the others, so a tier asking
      // for a pair no page has, or a word no page has (a typo), would match the rest: it must find
      // nothing instead. Counting a word's pages loads the index chunk its search loads anyway.
      // The loosest tier leaves such words out, as plain Pagefind does, and finds what it can.
      const search = async (tier: Pick<Tier, 'name' | 'query' | 'filters'>) => {
        let words = tier.query?.split(' ') ?? [];
        const counts = await Promise.all(words.map(pagesWith));
        if (tier.name === 'apart') words = words.filter((_, i) => counts[i]! > 0);
        else if (counts.includes(0)) return [];
        if (tier.query !== null && words.length === 0) return [];
        // A list without a query (filters alone) reads newest first unless the reader sorts it.
        const order = sortKey ? { [sortKey]: direction } : tier.query === null ? { [SORT_BY_DATE]: 'desc' } : {};
        const merged: Filters = { ...tier.filters, ...filters };
        return (
          (await pagefind.search(tier.query === null ? null : words.join(' '), { filters: merged, sort: order }))
            ?.results ?? []
        );
      };

      let strict = 0;
      if (browsing) {
        await show(
          (await search({ name: 'fields', query: null })).map((result) => ({ result, highlight: [], tier: 0 })),
        );
      } else {
        const plan = await searchPlan(query, pagesWith, PAGE_SIZE, fields);
        await runTiers(plan, search, (ranked) => {
          strict = ranked.filter(({ tier }) => tier.name !== 'apart').length;
          return show(
            ranked.map(({ item, tier }) => ({
              result: item,
              highlight: tier.highlight,
              tier: plan.tiers.indexOf(tier),
            })),
          );
        });
        // Little found, or only with the words apart: perhaps a typo.
        if (run === latest && (total < PAGE_SIZE || (strict === 0 && tokens(query).length > 1))) {
          await offerSuggestion(query, run).catch(() => undefined);
        }
      }
      if (run !== latest) return;
      empty.hidden = total > 0;
      setState('done');
    } catch (error) {
      if (run !== latest) return;
      status.textContent = strings.error;
      setState('done');
      throw error;
    }
  };

  const clearFilters = () => {
    for (const select of selects) select.value = '';
    toUrl(true);
    void run();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    toUrl(true);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      toUrl(false);
      void run();
    }, TYPING_PAUSE_MS);
  });
  for (const select of selects) {
    select.addEventListener('change', () => {
      toUrl(false);
      void run();
    });
  }
  for (const clear of document.querySelectorAll<HTMLButtonElement>('[data-search-clear]')) {
    clear.addEventListener('click', clearFilters);
  }
  suggestionLink.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = suggestionLink.dataset['query'] ?? input.value;
    toUrl(true);
    void run();
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    fromUrl();
    void run();
  });

  // Started by someone who began typing or choosing before the script arrived (search-start.ts):
  // the box and the filters, not the bare address, say what to search.
  if (!location.search && [input, ...selects].some((field) => field.value.trim())) toUrl(false);
  else fromUrl();
  void run();
}
