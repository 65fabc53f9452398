/**
 * The relevance set (`queries.json`) and how to score it, shared by the end-to-end test
 * (`tests/e2e/search-relevance.spec.ts`) and the benchmark (`npm run bench:search`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export interface RelevanceQuery {
  /** What someone types. */
  q: string;
  /** The path of the page it must find. */
  expect: string;
  kind: string;
  typed: string;
}

export interface RelevanceSet {
  floors: { top1: number; top3: number };
  queries: RelevanceQuery[];
}

export function loadRelevanceSet(): RelevanceSet {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as RelevanceSet;
}

/**
 * Runs a query through the real search page and returns the result paths in rank order.
 *
 * The first query loads `/tim-kiem/?q=…`. On a page already showing the search page, a query is
 * the page's own Back/Forward path instead: the URL changes (`history.pushState`) and `popstate`
 * makes the page read it and search, the same code that runs on load, without reloading the page
 * and the search engine. `fresh` loads the page for every query.
 */
export async function searchPageResults(page: Page, origin: string, query: string, fresh = false): Promise<string[]> {
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
  await page.locator('[data-search][data-search-state="done"]').waitFor();
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
        const top = await searchPageResults(page, origin, query.q, fresh);
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

export function describeMiss({ query, rank, top }: Scored): string {
  return `${rank === 0 ? 'not found' : `rank ${rank}`}: "${query.q}" wants ${query.expect}, got ${top.slice(0, 3).join(' ') || 'nothing'}`;
}
