import { availableParallelism } from 'node:os';
import { expect, test } from '@playwright/test';
import { describeMiss, loadRelevanceSet, score, searchAll } from '../search/relevance';

const { floors, queries } = loadRelevanceSet();

/**
 * Search pages open at once. Each query costs browser CPU (loading the search page and the index),
 * so one page per core gives nearly all the gain (measured on 2 cores: 1 page 32 s, 2 pages 22 s,
 * 4 pages 23 s, 8 pages 25 s). RELEVANCE_PAGES chooses another number.
 */
const CONCURRENCY = Number(process.env['RELEVANCE_PAGES'] ?? Math.max(2, availableParallelism()));

test('the relevance set runs through /tim-kiem/ at or above its floors', async ({ context, baseURL }) => {
  test.setTimeout(180_000);
  expect(queries.length).toBeGreaterThan(0);
  const results = await searchAll(context, baseURL!, queries, CONCURRENCY);
  const { top1, top3, misses } = score(results);
  const report = [
    `top-1 ${(top1 * 100).toFixed(1)}% (floor ${floors.top1 * 100}%), top-3 ${(top3 * 100).toFixed(1)}% (floor ${floors.top3 * 100}%) over ${queries.length} queries`,
    ...misses.map(describeMiss),
  ].join('\n');
  test.info().annotations.push({ type: 'relevance', description: report });
  console.log(report);
  expect(top1, report).toBeGreaterThanOrEqual(floors.top1);
  expect(top3, report).toBeGreaterThanOrEqual(floors.top3);
});
