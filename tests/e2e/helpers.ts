import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

export { sitemapPaths } from '../support/dist';
export { normalise } from '../support/html';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * What axe finds on the page as it stands, one line per rule: `rule-id: selector, selector`.
 *
 * Two settings that change the cost, not what is checked:
 * - legacy mode runs axe in the page itself. The default mode also opens a blank page and injects
 *   axe a second time, to merge results across cross-origin frames, which the site never has (it
 *   loads nothing from another origin: pages.spec.ts checks that);
 * - `resultTypes: ['violations']` keeps every failing element but only one example of the rules
 *   that pass, which the tests never read.
 * Measured over 30 pages on the loaded 2-core machine: 1232 ms a page by default, 551 ms in legacy
 * mode, 464 ms with both. `options()` replaces the options object, so it comes before `withTags()`.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Records, in every page the context opens, each time the browser refuses something under the
 * page's Content-Security-Policy (the `securitypolicyviolation` event). Read with `cspViolations`.
 */
export async function watchCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim());
    });
  });
}

/** The violations recorded on the page so far (`watchCspViolations`), one line each. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
