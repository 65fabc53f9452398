/**
 * The relevance set (`queries.json`) and how to score it, shared by the end-to-end test
 * (`tests/e2e/search-relevance.spec.ts`) and the benchmark (`npm run bench:search`): through our
 * search page, and through plain Pagefind (its own index of the same pages, default options), to
 * compare the two group by group.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import * as pagefind from 'pagefind';

export interface RelevanceQuery {
  /** What someone types. */
  q: string;
  /** The path of the page it must find. */
  expect: string;
  kind: string;
  typed: string;
}

/** Queries of this kind have a typo: they are scored on the results of the suggestion offered. */
export const TYPO = 'typo';

export interface RelevanceSet {
  floors: { top1: number; top3: number };
  queries: RelevanceQuery[];
}

export function loadRelevanceSet(): RelevanceSet {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as RelevanceSet;
}

/** The search is done: results, suggestion and all. */
const searchDone = (page: Page) => page.locator('[data-search][data-search-state="done"]').waitFor();

/**
 * Runs a query through the real search page and returns the result paths in rank order.
 *
 * The first query loads `/tim-kiem/?q=…`. On a page already showing the search page, a query is
 * the page's own Back/Forward path instead: the URL changes (`history.pushState`) and `popstate`
 * makes the page read it and search, the same code that runs on load, without reloading the page
 * and the search engine. `fresh` loads the page for every query. With `followSuggestion`, a
 * suggestion the page offers ("Có phải bạn muốn tìm: …") is clicked and its results returned.
 */
export async function searchPageResults(
  page: Page,
  origin: string,
  query: string,
  fresh = false,
  followSuggestion = false,
): Promise<string[]> {
  const url = `${origin}/tim-kiem/?q=${encodeURIComponent(query)}`;
  const onSearchPage = !fresh && page.url().startsWith(`${origin}/tim-kiem/`);
  if (onSearchPage) {
    // Runs before the function returns: the page is marked "searching" until the new results are in.
    await page.evaluate((next) => {
      history.pushState(null, '', next);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, url);
  } else {
    await page.goto(url);
  }
  await searchDone(page);
  const suggestion = page.locator('[data-search-suggestion]:not([hidden]) a');
  if (followSuggestion && (await suggestion.count()) > 0) {
    // The click starts the search at once (the page is marked "searching" before it returns).
    await suggestion.click();
    await searchDone(page);
  }
  const hrefs = await page
    .locator('[data-search-results] a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}

/**
 * Runs every query through the real search page, `concurrency` pages at a time in one browser
 * context, and returns each query's result in the order of `queries`: the score is the same as
 * one query after another, in a fraction of the time.
 */
export async function searchAll(
  context: BrowserContext,
  origin: string,
  queries: RelevanceQuery[],
  concurrency: number,
  fresh = false,
): Promise<Scored[]> {
  const results: Scored[] = new Array<Scored>(queries.length);
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    try {
      for (let i = next++; i < queries.length; i = next++) {
        const query = queries[i]!;
        const top = await searchPageResults(page, origin, query.q, fresh, query.kind === TYPO);
        results[i] = { query, rank: rankOf(top, query.expect), top };
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queries.length)) }, worker));
  return results;
}

export interface Scored {
  query: RelevanceQuery;
  /** 1-based rank of the expected page, 0 when it was not found. */
  rank: number;
  top: string[];
}

export interface Score {
  total: number;
  top1: number;
  top3: number;
  /** Share of queries per group (by how they are typed, and by kind), top-1 and top-3. */
  groups: Record<string, { n: number; top1: number; top3: number }>;
  misses: Scored[];
}

export function score(results: Scored[]): Score {
  const groups: Score['groups'] = {};
  for (const r of results) {
    for (const key of [`typed:${r.query.typed}`, `kind:${r.query.kind}`]) {
      const g = (groups[key] ??= { n: 0, top1: 0, top3: 0 });
      g.n += 1;
      if (r.rank === 1) g.top1 += 1;
      if (r.rank >= 1 && r.rank <= 3) g.top3 += 1;
    }
  }
  for (const g of Object.values(groups)) {
    g.top1 /= g.n;
    g.top3 /= g.n;
  }
  return {
    total: results.length,
    top1: results.filter((r) => r.rank === 1).length / results.length,
    top3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length / results.length,
    groups,
    misses: results.filter((r) => r.rank !== 1),
  };
}

export const rankOf = (top: string[], expected: string) => top.indexOf(expected) + 1;

/** Plain Pagefind: its own index of the built pages, default options, into `outputPath`. */
export async function indexPlain(siteDir: string, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index || errors.length) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
}

/**
 * Every query through plain Pagefind's own API (default options) in `page`, a page of the site,
 * with its bundle at `bundle`: the first ten results' paths. A typo is scored on what was typed:
 * plain Pagefind offers no suggestion.
 */
export async function searchPlainAll(page: Page, bundle: string, queries: RelevanceQuery[]): Promise<Scored[]> {
  const tops = await page.evaluate(
    async ([bundle, all]) => {
      const pagefind = await import(/* @vite-ignore */ bundle);
      const out: string[][] = [];
      for (const q of all) {
        const response = await pagefind.search(q);
        const data = await Promise.all(
          response.results.slice(0, 10).map((r: { data(): Promise<{ url: string }> }) => r.data()),
        );
        out.push(data.map((d) => new URL(d.url, location.href).pathname));
      }
      return out;
    },
    [bundle, queries.map((q) => q.q)] as const,
  );
  return queries.map((query, i) => ({ query, rank: rankOf(tops[i]!, query.expect), top: tops[i]! }));
}

/** The groups where our search does worse than plain Pagefind, first result or first three. */
export function belowPlain(ours: Score, plain: Score): string[] {
  const below: string[] = [];
  for (const [key, o] of Object.entries(ours.groups)) {
    const p = plain.groups[key];
    if (!p) continue;
    const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
    if (o.top1 < p.top1) below.push(`${key}: first ${pct(o.top1)}, plain Pagefind ${pct(p.top1)}`);
    if (o.top3 < p.top3) below.push(`${key}: first three ${pct(o.top3)}, plain Pagefind ${pct(p.top3)}`);
  }
  return below;
}

export function describeMiss({ query, rank, top }: Scored): string {
  return `${rank === 0 ? 'not found' : `rank ${rank}`}: "${query.q}" wants ${query.expect}, got ${top.slice(0, 3).join(' ') || 'nothing'}`;
}
