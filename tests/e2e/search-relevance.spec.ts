import { expect, test } from '@playwright/test';
import { describeMiss, loadRelevanceSet, rankOf, score, searchPageResults, type Scored } from '../search/relevance';

const { floors, queries } = loadRelevanceSet();

test('the relevance set runs through /tim-kiem/ at or above its floors', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  expect(queries.length).toBeGreaterThanOrEqual(60);
  const results: Scored[] = [];
  for (const query of queries) {
    const top = await searchPageResults(page, baseURL!, query.q);
    results.push({ query, rank: rankOf(top, query.expect), top });
  }
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
