/**
 * The search page's script. It reads the query and filters from the URL (so a search can be
 * shared), runs them, and keeps the URL in step while someone types. Pagefind's own script, its
 * WebAssembly and the index load only when there is something to search for.
 */
import { format } from '../../lib/i18n';
import { searchBundlePath } from '../../lib/routes';
import { FILTER_NAMES, SORT_BY_DATE, SORT_PARAM, type FilterName } from '../../lib/search/fields';
import { markTerms } from '../../lib/search/highlight';
import { byTitle, isPair, PAGE_SIZE, resultHref, runTiers, searchPlan } from '../../lib/search/query';
import { metaWeights } from '../../lib/search/record';
import { displayText } from '../../lib/search/text';

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
}

/** Pause after a keystroke before searching, so a fast typist starts one search, not five. */
const TYPING_PAUSE_MS = 120;
const BUNDLE = searchBundlePath('pagefind.js');

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
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as Pagefind;
    await pagefind.options({ ranking: RANKING });
    return pagefind;
  })();
  return engine;
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

function resultItem(
  { url, meta }: { url: string; meta: Record<string, string> },
  highlight: string[],
  strings: Strings,
) {
  const show = (key: string) => (meta[key] ? displayText(meta[key]) : undefined);
  const item = element('li', 'rounded-lg border border-brand-100 p-4');
  // Pages that are not documents (hotlines) list their numbers in `so` for ranking, not for show.
  const number = show('cq') ? show('so') : undefined;
  const kicker = [[show('loai'), number].filter(Boolean).join(' '), show('ngay')].filter(Boolean).join(' · ');
  if (kicker) item.append(element('p', 'text-sm font-semibold text-muted', kicker));
  const heading = element('p', 'mt-1 text-lg font-semibold');
  const link = element('a', '');
  link.href = resultHref(url, highlight);
  for (const segment of markTerms(show('title') ?? url, highlight)) {
    link.append(segment.hit ? element('mark', 'search-hit', segment.text) : document.createTextNode(segment.text));
  }
  heading.append(link);
  item.append(heading);
  const signer = show('ky');
  const line = [show('cq'), show('tinh'), signer && format(strings.signedBy, { name: signer })]
    .filter(Boolean)
    .join(' · ');
  if (line) item.append(element('p', 'text-sm text-muted', line));
  return item;
}

export function startSearchPage() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const root = document.querySelector<HTMLElement>('[data-search]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !root || !status || !list || !more) return;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const selects = [...FILTER_NAMES, SORT_PARAM].map((name) => form.elements.namedItem(name) as HTMLSelectElement);

  let found: Found[] = [];
  let shown = 0;
  let latest = 0;
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

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of selects) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  };

  const toUrl = (push: boolean) => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form))
      if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
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
    return { order: page.map(({ f }) => f), items: page.map(({ f, d }) => resultItem(d, f.highlight, strings)) };
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

  const run = async () => {
    const run = ++latest;
    const { query, filters, sort } = request();
    const browsing = !query;
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
    try {
      const pagefind = await loadEngine();
      const [sortKey, direction] = sort ? sort.split('-') : browsing ? [SORT_BY_DATE, 'desc'] : [];
      const options = { filters, sort: sortKey ? { [sortKey]: direction } : {} };
      const show = async (results: Found[]) => {
        // Sorted by date, the order is the date's: nothing is lifted by its title.
        const { order, items } = await pageOf(results, 0, sortKey ? undefined : query);
        if (run !== latest) return false;
        found = [...order, ...results.slice(order.length)];
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
      // for a pair no page has would match the rest: it must find nothing instead.
      const search = async (term: string | null) => {
        const pairs = term?.split(' ').filter(isPair) ?? [];
        if ((await Promise.all(pairs.map(pagesWith))).includes(0)) return [];
        return (await pagefind.search(term, options))?.results ?? [];
      };

      if (browsing) {
        await show((await search(null)).map((result) => ({ result, highlight: [], tier: 0 })));
      } else {
        const plan = await searchPlan(query, pagesWith, PAGE_SIZE);
        await runTiers(plan, search, (ranked) =>
          show(
            ranked.map(({ item, tier }) => ({
              result: item,
              highlight: tier.highlight,
              tier: plan.tiers.indexOf(tier),
            })),
          ),
        );
      }
      if (run !== latest) return;
      setState('done');
    } catch (error) {
      if (run !== latest) return;
      status.textContent = strings.error;
      setState('done');
      throw error;
    }
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
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    fromUrl();
    void run();
  });

  fromUrl();
  void run();
}
