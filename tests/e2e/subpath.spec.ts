import { expect, test } from '@playwright/test';
import { SUBPATH } from '../../scripts/build-subpath';
import { staticServer } from '../../scripts/static-server';
import { subpathSite } from '../support/dist';
import { cspViolations, watchCspViolations } from './helpers';

/**
 * The sub-path build (`npm run build:subpath`) served at `/vi-tre-em/` as GitHub Pages serves a
 * project site, with nothing at the domain's root: what only a browser shows works there too.
 * Search loads Pagefind from under the base and its results open pages under the base, with the
 * highlighter; the stylesheet and every request stay under the base. Links in the built files
 * are checked without a browser (tests/dist/links.test.ts, subpath.test.ts).
 */
const server = staticServer({ root: () => SUBPATH.outDir, base: SUBPATH.base, headers: true });
let origin = '';

test.beforeAll(async () => {
  subpathSite().sitemapPaths(); // Fails with the command to run when the build is missing.
  origin = `http://127.0.0.1:${await server.listen()}`;
});
test.afterAll(() => server.close());

test('search finds pages under the base and opens them highlighted, with nothing requested outside it', async ({
  page,
  context,
}) => {
  await watchCspViolations(context);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith(SUBPATH.base)) failed.push(`outside the base: ${request.url()}`);
  });

  await page.goto(`${origin}${SUBPATH.base}tim-kiem/?q=${encodeURIComponent('trẻ em')}`);
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible();
  const hrefs = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith(SUBPATH.base))).toEqual([]);

  await first.click();
  await expect(page).toHaveURL(/pagefind-highlight=/);
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
  // The stylesheet applied: the safety bar is sticky, as global.css makes it.
  const bar = page.getByRole('complementary', { name: 'Đường dây nóng bảo vệ trẻ em' });
  expect(await bar.evaluate((el) => getComputedStyle(el.closest('.sticky')!).position)).toBe('sticky');
  expect(await cspViolations(page)).toEqual([]);
  expect(failed).toEqual([]);
});
