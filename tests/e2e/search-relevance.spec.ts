import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  belowPlain,
  describeMiss,
  indexPlain,
  loadRelevanceSet,
  score,
  searchAll,
  searchPlainAll,
} from '../search/relevance';

const { floors, queries } = loadRelevanceSet();

/**
 * Search pages open at once (RELEVANCE_PAGES to choose). Each loads /tim-kiem/ once and then runs
 * its queries through the page's Back/Forward path (see `searchPageResults`): over the 92 queries,
 * on 2 cores, one fresh page load per query took 20.7 s with 2 pages, the reused pages 3.3 s, with
 * the same results for every query.
 */
const CONCURRENCY = Number(process.env['RELEVANCE_PAGES'] ?? Math.max(2, availableParallelism()));

/** Where the test serves plain Pagefind's bundle of the same build (never written into dist/). */
const PLAIN = 'pagefind-plain';

test('the relevance set runs through /tim-kiem/ at or above its floors, and no group below plain Pagefind', async ({
  context,
  baseURL,
}) => {
  test.setTimeout(180_000);
  expect(queries.length).toBeGreaterThan(0);
  const ours = score(await searchAll(context, baseURL!, queries, CONCURRENCY));

  // Plain Pagefind on the same pages: a few seconds to index, a few to search.
  const bundle = mkdtempSync(join(tmpdir(), 'vi-tre-em-plain-'));
  try {
    await indexPlain(join(process.cwd(), 'dist'), bundle);
    await context.route(`${baseURL}/${PLAIN}/**`, (route) => {
      const file = normalize(join(bundle, new URL(route.request().url()).pathname.slice(PLAIN.length + 2)));
      if (!file.startsWith(bundle)) return route.abort();
      const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
      return route.fulfill({ body: readFileSync(file), contentType: type });
    });
    const page = await context.newPage();
    await page.goto('/');
    const plain = score(await searchPlainAll(page, `/${PLAIN}/pagefind.js`, queries));

    const below = belowPlain(ours, plain);
    const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
    const groups = Object.entries(ours.groups)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([key, o]) =>
          `  ${key} (${o.n}): ${pct(o.top1)} / ${pct(o.top3)}, plain Pagefind ${pct(plain.groups[key]!.top1)} / ${pct(plain.groups[key]!.top3)}`,
      );
    const report = [
      `top-1 ${(ours.top1 * 100).toFixed(1)}% (floor ${floors.top1 * 100}%, plain Pagefind ${(plain.top1 * 100).toFixed(1)}%), top-3 ${(ours.top3 * 100).toFixed(1)}% (floor ${floors.top3 * 100}%, plain Pagefind ${(plain.top3 * 100).toFixed(1)}%) over ${queries.length} queries`,
      'by group, first / first three:',
      ...groups,
      ...ours.misses.map(describeMiss),
      ...below.map((line) => `below plain Pagefind: ${line}`),
    ].join('\n');
    test.info().annotations.push({ type: 'relevance', description: report });
    console.log(report);
    expect(ours.top1, report).toBeGreaterThanOrEqual(floors.top1);
    expect(ours.top3, report).toBeGreaterThanOrEqual(floors.top3);
    expect(below, report).toEqual([]);
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
});
