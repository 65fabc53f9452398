import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor, parseHeadersFile } from '../../src/lib/security';
import { DIST } from '../support/dist';
import { cspViolations, watchCspViolations } from './helpers';

/**
 * The search page runs Pagefind (its script, a web worker and WebAssembly) under the page's
 * Content-Security-Policy and the one `_headers` adds, as Netlify or Cloudflare Pages would send
 * it: results come, and the browser refuses nothing. Pagefind compiles its WebAssembly in a web
 * worker, or in the page itself where no worker can start ('wasm-unsafe-eval' is for that case),
 * so both ways are tried. Every other page is checked in pages.spec.ts.
 */
for (const worker of [true, false]) {
  test(`a search runs Pagefind ${worker ? 'in its worker' : 'in the page (no worker)'} under both policies without a violation`, async ({
    page,
    context,
  }) => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    await page.route('**/*', async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (!worker && path.endsWith('/pagefind-worker.js')) return route.fulfill({ status: 404 });
      const response = await route.fetch();
      const extra = Object.fromEntries(headersFor(rules, path));
      return route.fulfill({ response, headers: { ...response.headers(), ...extra } });
    });
    await watchCspViolations(context);
    const response = await page.goto(`/tim-kiem/?q=${encodeURIComponent('trẻ em')}`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });
}
