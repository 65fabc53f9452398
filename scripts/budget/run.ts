/**
 * `npm run budget`: builds the site, serves `dist/` on loopback as a static host does (gzip, and
 * the headers of `_headers`), and loads one page of every template in Chromium on a first visit
 * (a new browser context each, nothing cached): the largest page each route made (from the route
 * manifest the build writes, so a new template is measured with no change here), the search page
 * with and without a query, and the 404 page. For each it records the bytes on the wire by kind,
 * the requests, the JavaScript, the web fonts, requests to other origins and CSP violations, and
 * holds them to the budget in `rules.ts`. Writes a table to `bench-results/budget.md` (and the
 * figures to `budget.json`), prints it, and fails when a page breaks the budget.
 *
 *   npm run budget               build, then measure
 *   npm run test:budget          measure the build already in dist/ (what `npm test` runs)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { SECTIONS } from '../../src/lib/routes.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium.ts';
import { staticServer } from '../static-server.ts';
import { counted, judge, KB, KINDS, kindOf, ruleFor, total, type Kind, type PageMeasure } from './rules.ts';
import { MISSING, templates } from './templates.ts';
import { LOCAL_SITE_URL } from '../../src/lib/site-url.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench-results');

const log = (message: string) => console.error(`[budget] ${message}`);

function build() {
  log('building the site (astro build)…');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_URL: process.env['SITE_URL'] || LOCAL_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('astro build failed');
}

async function measure(browser: Browser, origin: string, server: ReturnType<typeof staticServer>, target: string) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'}`),
    );
  });
  const page = await context.newPage();
  const otherOrigins: string[] = [];
  const scriptRequests: string[] = [];
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== origin) otherOrigins.push(url);
    if (request.resourceType() === 'script' || kindOf(new URL(url).pathname) === 'js')
      scriptRequests.push(new URL(url).pathname);
    if (request.resourceType() === 'font') fontRequests.push(url);
  });
  server.sent.length = 0;
  const response = await page.goto(`${origin}${target}`, { waitUntil: 'load' });
  if (target.includes('?q=')) await page.locator('[data-search-results] a').first().waitFor({ timeout: 30_000 });
  // Settled: nothing more requested for half a second.
  for (let count = -1; count !== server.sent.length;) {
    count = server.sent.length;
    await page.waitForTimeout(500);
  }
  const inPage = await page.evaluate(() => {
    const inline = [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .reduce((sum, s) => sum + new TextEncoder().encode(s.textContent ?? '').length, 0);
    const faces: { urls: string[]; display: string }[] = [];
    const walk = (rules: CSSRuleList, href: string) => {
      for (const rule of rules) {
        if (rule instanceof CSSFontFaceRule) {
          const urls = [...rule.style.getPropertyValue('src').matchAll(/url\(["']?([^"')]+)["']?\)/g)].map(
            (m) => new URL(m[1]!, href).href,
          );
          faces.push({ urls, display: rule.style.getPropertyValue('font-display') });
        } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules, href);
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, sheet.href ?? location.href);
    const csp = (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [];
    return { inline, faces, csp };
  });
  await context.close();
  const bytes = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const sent of server.sent) bytes[kindOf(sent.path)] += sent.bytes;
  return {
    path: target,
    status: response?.status() ?? 0,
    bytes,
    requests: server.sent.length,
    results: server.sent.filter((sent) => kindOf(sent.path) === 'search results').length,
    scriptRequests,
    inlineScriptBytes: inPage.inline,
    fonts: fontRequests.map((url) => ({ url, display: inPage.faces.find((f) => f.urls.includes(url))?.display ?? '' })),
    otherOrigins,
    cspViolations: inPage.csp,
  };
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

async function main() {
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no build: run npm run build first');
  const server = staticServer({ root: () => DIST, base: SECTIONS.home, headers: true });
  const origin = `http://127.0.0.1:${await server.listen()}`;
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const measures: (PageMeasure & { limit: number; counted: number })[] = [];
  const problems: string[] = [];
  try {
    for (const { template, path } of templates(DIST)) {
      const measured = { template, ...(await measure(browser, origin, server, path)) };
      const rule = ruleFor(measured, SECTIONS.search);
      const expected = path === MISSING ? 404 : 200;
      if (measured.status !== expected)
        problems.push(`${template} (${path}): status ${measured.status}, expected ${expected}`);
      problems.push(...judge(measured, rule));
      measures.push({ ...measured, limit: rule.limit, counted: counted(measured, rule) });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const table = [
    `| template | page | total KB | counted | limit | ${KINDS.join(' | ')} | requests | JS files | inline JS |`,
    `| --- | --- | ---: | ---: | ---: | ${KINDS.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`,
    ...measures.map(
      (m) =>
        `| ${m.template} | ${decodeURIComponent(m.path)} | ${kb(total(m))} | ${kb(m.counted)} | ${kb(m.limit)} | ${KINDS.map((k) => kb(m.bytes[k])).join(' | ')} | ${m.requests} | ${m.scriptRequests.length} | ${m.inlineScriptBytes.toLocaleString('en')} B |`,
    ),
  ].join('\n');
  const report = [
    '# Page weight on a first visit',
    '',
    `${new Date().toISOString()}. Bytes on the wire (gzip, KB = 1,024 bytes) for one page of every template, the largest page of each route, served from loopback with the headers of \`_headers\`, in Chromium with nothing cached. "Counted" is what the limit applies to: everything, except on a search with a query, where Pagefind's engine and the results' data have limits of their own (scripts/budget/rules.ts).`,
    '',
    table,
    '',
    problems.length === 0
      ? 'Every page keeps the budget.'
      : `Over budget:\n\n${problems.map((p) => `- ${p}`).join('\n')}`,
    '',
  ].join('\n');
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'budget.md'), report);
  writeFileSync(join(RESULTS, 'budget.json'), `${JSON.stringify(measures, null, 2)}\n`);
  console.log(report);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
