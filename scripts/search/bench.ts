/**
 * `npm run bench:search`: measures the site search against plain Pagefind, on the real site and on
 * a synthetic site of 10,000 generated plans (`generate-plans.ts`).
 *
 * - Relevance: `tests/search/queries.json` through our search page, and through plain Pagefind's
 *   own API (default options) on the same build.
 * - Bytes transferred for a first search (fresh browser, nothing cached) and for a later one in the
 *   same page, gzip on the wire as any static host serves it (Pagefind's own files are gzip
 *   already), and the time from typing to the first result in Chromium: unthrottled, and as a
 *   cheap phone on a slow connection (4× CPU slowdown, 1.6 Mbit/s, 150 ms round trip).
 * - Index size on disk, file by file kind, and indexing time.
 *
 * Both engines show the first page of results (`PAGE_SIZE`), one fragment file each. Writes a Markdown
 * report and the raw figures to `bench-results/` (gitignored) and prints the report. Not part of
 * `npm test`: it takes minutes.
 *
 *   npm run bench:search -- [--plans=10000] [--runs=3] [--no-build] [--keep]
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { indexSite } from '../../src/integrations/search-index.ts';
import { PAGE_SIZE } from '../../src/lib/search/query.ts';
import { LOCAL_SITE_URL } from '../../src/lib/site-url.ts';
import {
  belowPlain,
  indexPlain as indexPlainInto,
  loadRelevanceSet,
  score,
  searchAll,
  searchPlainAll,
  type Score,
} from '../../tests/search/relevance.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium.ts';
import { staticServer } from '../static-server.ts';
import { generateSite } from './generate-plans.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const PLAIN = 'pagefind-plain';
/** Both engines show as many results as our search page does. */
const SHOWN = PAGE_SIZE;

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [key, value] = a.replace(/^--/, '').split('=');
    return [key!, value ?? 'true'] as const;
  }),
);
const PLANS = Number(args.get('plans') ?? 10_000);
const RUNS = Number(args.get('runs') ?? 3);

/** First query in a fresh browser, then a later one in the same page. */
const SEARCHES: [string, string][] = [
  ['trẻ em', 'công đoàn'],
  ['công đoàn', 'trẻ em'],
  ['tre em', 'cong doan'],
  ['bảo vệ trẻ em', 'tết trung thu'],
  ['Đào Văn Truyền', '1863/QĐ-TTg'],
  ['111', 'đuối nước'],
];

const PROFILES = {
  desktop: { cpu: 1, network: undefined },
  phone: {
    cpu: 4,
    network: { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  },
} as const;
type ProfileName = keyof typeof PROFILES;

const log = (message: string) => console.error(`[bench] ${message}`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  log(`${label}: ${seconds.toFixed(1)} s`);
  return { result, seconds };
}

/** Plain Pagefind: its own API, default options, the same built pages. */
const indexPlain = (siteDir: string) => indexPlainInto(siteDir, join(siteDir, PLAIN));

/** How many pages a Pagefind bundle holds, from its entry file. */
function pagesIn(bundle: string): number {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

interface BundleSize {
  total: number;
  index: { files: number; bytes: number; largest: number };
  fragments: { files: number; bytes: number };
  filters: number;
  meta: number;
  wasm: number;
  js: number;
}

function bundleSize(dir: string): BundleSize {
  const files = (sub: string) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => statSync(join(dir, sub, f)).size) : [];
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
  const top = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
  const size = (pattern: RegExp) => sum(top.filter((f) => pattern.test(f)).map((f) => statSync(join(dir, f)).size));
  const index = files('index');
  const fragments = files('fragment');
  const filters = sum(files('filter'));
  const meta = size(/\.pf_meta$/);
  const wasm = size(/^wasm\./);
  const js = size(/^pagefind(-worker)?\.js$/);
  return {
    total: sum(index) + sum(fragments) + filters + meta + wasm + js,
    index: { files: index.length, bytes: sum(index), largest: Math.max(0, ...index) },
    fragments: { files: fragments.length, bytes: sum(fragments) },
    filters,
    meta,
    wasm,
    js,
  };
}

async function newPage(browser: Browser, profile: ProfileName): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { cpu, network } = PROFILES[profile];
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  return { context, page };
}

interface SearchFigures {
  bytes: number;
  requests: number;
  /** Milliseconds from the input event (ours) or the search call (plain) to the first result. */
  ms: number;
  results: number;
}

/** Types a query into our search page and waits for the first result and for the search to end. */
async function searchOurs(page: Page, query: string): Promise<Omit<SearchFigures, 'bytes' | 'requests'>> {
  const timing = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('[data-search-results]')!;
        let start = 0;
        document
          .querySelector('#tu-khoa')!
          .addEventListener('input', () => (start = performance.now()), { once: true });
        new MutationObserver((_, observer) => {
          if (start && list.querySelector('li')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        }).observe(list, { childList: true });
      }),
  );
  await page.locator('#tu-khoa').fill(query);
  const ms = await timing;
  await page.locator('[data-search][data-search-state="done"]').waitFor();
  return { ms, results: await page.locator('[data-search-results] li').count() };
}

async function searchPlain(page: Page, query: string): Promise<Omit<SearchFigures, 'bytes' | 'requests'>> {
  return page.evaluate(
    async ([bundle, query, shown]) => {
      const start = performance.now();
      const pagefind = await import(/* @vite-ignore */ bundle);
      const response = await pagefind.search(query);
      await Promise.all(response.results.slice(0, shown).map((r: { data(): Promise<unknown> }) => r.data()));
      return { ms: performance.now() - start, results: response.results.length };
    },
    [`/${PLAIN}/pagefind.js`, query, SHOWN] as const,
  );
}

interface SearchRow {
  site: string;
  engine: 'ours' | 'plain';
  profile: ProfileName;
  query: string;
  when: 'first' | 'later';
  bytes: number;
  requests: number;
  ms: number;
  results: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measureSearches(
  browser: Browser,
  server: ReturnType<typeof staticServer>,
  origin: string,
  site: string,
): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for (const profile of Object.keys(PROFILES) as ProfileName[]) {
    for (const engine of ['ours', 'plain'] as const) {
      for (const [first, later] of SEARCHES) {
        const runs: Record<'first' | 'later', SearchFigures[]> = { first: [], later: [] };
        for (let run = 0; run < (profile === 'desktop' ? RUNS : 1); run++) {
          const { context, page } = await newPage(browser, profile);
          await page.goto(engine === 'ours' ? `${origin}/tim-kiem/` : `${origin}/`);
          await page.waitForLoadState('load');
          for (const [when, query] of [
            ['first', first],
            ['later', later],
          ] as const) {
            server.sent.length = 0;
            const figures = engine === 'ours' ? await searchOurs(page, query) : await searchPlain(page, query);
            runs[when].push({
              ...figures,
              bytes: server.sent.reduce((a, s) => a + s.bytes, 0),
              requests: server.sent.length,
            });
          }
          await context.close();
        }
        for (const when of ['first', 'later'] as const) {
          const r = runs[when];
          rows.push({
            site,
            engine,
            profile,
            query: when === 'first' ? first : later,
            when,
            bytes: median(r.map((x) => x.bytes)),
            requests: median(r.map((x) => x.requests)),
            ms: median(r.map((x) => x.ms)),
            results: r[0]!.results,
          });
        }
        log(`${site} ${profile} ${engine}: "${first}" then "${later}"`);
      }
    }
  }
  return rows;
}

async function relevance(browser: Browser, origin: string): Promise<{ ours: Score; plain: Score }> {
  const { queries } = loadRelevanceSet();
  const context = await browser.newContext();
  const ours = await searchAll(context, origin, queries, Math.max(2, availableParallelism()));
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  const plain = await searchPlainAll(page, `/${PLAIN}/pagefind.js`, queries);
  await context.close();
  return { ours: score(ours), plain: score(plain) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

function report(data: {
  date: string;
  plans: number;
  relevance: { ours: Score; plain: Score };
  indexing: Record<string, { ours: number; plain: number }>;
  sizes: Record<string, { ours: BundleSize; plain: BundleSize }>;
  searches: SearchRow[];
}): string {
  const lines: string[] = [];
  const { ours, plain } = data.relevance;
  lines.push(`# Search benchmark, ${data.date}`, '');
  lines.push(`## Relevance (real site, ${ours.total} queries in tests/search/queries.json)`, '');
  lines.push('| | our search | plain Pagefind |', '|---|---|---|');
  lines.push(`| expected page first | ${pct(ours.top1)} | ${pct(plain.top1)} |`);
  lines.push(`| expected page in the first three | ${pct(ours.top3)} | ${pct(plain.top3)} |`);
  for (const key of Object.keys(ours.groups).sort()) {
    const o = ours.groups[key]!;
    const p = plain.groups[key]!;
    const below = o.top1 < p.top1 || o.top3 < p.top3 ? ' **below plain**' : '';
    lines.push(
      `| ${key} (${o.n}): first / first three | ${pct(o.top1)} / ${pct(o.top3)}${below} | ${pct(p.top1)} / ${pct(p.top3)} |`,
    );
  }
  const below = belowPlain(ours, plain);
  lines.push('', below.length === 0 ? 'No group below plain Pagefind.' : `Below plain Pagefind: ${below.join('; ')}.`);
  lines.push('', 'Our misses (expected page not first):', '');
  for (const m of ours.misses)
    lines.push(`- ${m.rank ? `rank ${m.rank}` : 'not found'}: \`${m.query.q}\` → ${m.query.expect}`);
  lines.push('', 'Plain Pagefind misses:', '');
  for (const m of plain.misses)
    lines.push(`- ${m.rank ? `rank ${m.rank}` : 'not found'}: \`${m.query.q}\` → ${m.query.expect}`);

  lines.push('', '## Bytes transferred and time to first result', '');
  lines.push(
    `First search: a fresh browser on the search page (ours) or a page of the site (plain), nothing cached; later search: the next query in the same page. Both show ${SHOWN} results. Time is from the input event (ours, which waits ${120} ms for typing to pause) or the search call (plain) to the first result on screen. Desktop: median of ${RUNS} runs, unthrottled; phone: 4× CPU slowdown, 1.6 Mbit/s, 150 ms round trip, one run.`,
    '',
  );
  for (const site of [...new Set(data.searches.map((r) => r.site))]) {
    lines.push(`### ${site}`, '');
    lines.push(
      '| query | when | ours: bytes | plain: bytes | ours: ms desktop / phone | plain: ms desktop / phone | results ours / plain |',
      '|---|---|---|---|---|---|---|',
    );
    const at = (engine: string, profile: string, query: string, when: string) =>
      data.searches.find(
        (r) => r.site === site && r.engine === engine && r.profile === profile && r.query === query && r.when === when,
      )!;
    for (const [first, later] of SEARCHES) {
      for (const [when, query] of [
        ['first', first],
        ['later', later],
      ] as const) {
        const od = at('ours', 'desktop', query, when);
        const pd = at('plain', 'desktop', query, when);
        const op = at('ours', 'phone', query, when);
        const pp = at('plain', 'phone', query, when);
        lines.push(
          `| ${query} | ${when} | ${kb(od.bytes)} (${od.requests} files) | ${kb(pd.bytes)} (${pd.requests} files) | ${Math.round(od.ms)} / ${Math.round(op.ms)} | ${Math.round(pd.ms)} / ${Math.round(pp.ms)} | ${od.results} / ${pd.results} |`,
        );
      }
    }
    lines.push('');
  }

  lines.push('## Index size', '');
  lines.push(
    '| site | engine | total | index chunks | largest chunk | fragments | filters | metadata (pf_meta) | wasm | pagefind.js + worker | indexing time |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const [site, sizes] of Object.entries(data.sizes)) {
    for (const engine of ['ours', 'plain'] as const) {
      const s = sizes[engine];
      const t = data.indexing[site]?.[engine];
      lines.push(
        `| ${site} | ${engine} | ${mb(s.total)} | ${s.index.files} files, ${mb(s.index.bytes)} | ${kb(s.index.largest)} | ${s.fragments.files} files, ${mb(s.fragments.bytes)} | ${kb(s.filters)} | ${kb(s.meta)} | ${kb(s.wasm)} | ${kb(s.js)} | ${t === undefined ? 'with the build' : `${t.toFixed(0)} s`} |`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

async function main() {
  if (args.has('no-build') && existsSync(join(DIST, 'index.html'))) log('using the existing dist/');
  else {
    log('building the site (astro build)…');
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { SITE_URL: LOCAL_SITE_URL, ...process.env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const work = mkdtempSync(join(tmpdir(), 'vi-tre-em-bench-'));
  log(`working in ${work}`);
  const sites = { real: join(work, 'real'), synthetic: join(work, 'synthetic') };
  const indexing: Record<string, { ours: number; plain: number }> = {};

  cpSync(DIST, sites.real, { recursive: true });
  await indexPlain(sites.real);
  const pageCounts = { real: pagesIn(join(sites.real, 'pagefind')), synthetic: 0 };

  await timed(`generating ${PLANS} plans`, async () => generateSite(DIST, sites.synthetic, PLANS));
  const quiet = { info: log, warn: log };
  const ours = await timed('indexing the synthetic site (ours)', () => indexSite(sites.synthetic, quiet));
  const plainTime = await timed('indexing the synthetic site (plain Pagefind)', () => indexPlain(sites.synthetic));
  indexing['synthetic'] = { ours: ours.seconds, plain: plainTime.seconds };
  pageCounts.synthetic = ours.result.pages;

  const sizes = Object.fromEntries(
    Object.entries(sites).map(([name, dir]) => [
      name,
      { ours: bundleSize(join(dir, 'pagefind')), plain: bundleSize(join(dir, PLAIN)) },
    ]),
  );

  let root = sites.real;
  const server = staticServer({ root: () => root });
  const port = await server.listen();
  const origin = `http://127.0.0.1:${port}`;
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    log('relevance on the real site…');
    const rel = await relevance(browser, origin);
    const searches: SearchRow[] = [];
    for (const [name, dir] of Object.entries(sites)) {
      root = dir;
      const label =
        name === 'real'
          ? `Real site (${pageCounts.real} indexed pages)`
          : `Synthetic site (${PLANS} generated plans + the real site: ${pageCounts.synthetic} indexed pages)`;
      searches.push(...(await measureSearches(browser, server, origin, label)));
    }
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const text = report({ date, plans: PLANS, relevance: rel, indexing, sizes, searches });
    const out = join(ROOT, 'bench-results');
    mkdirSync(out, { recursive: true });
    const stamp = date.replace(/[:]/g, '').replace('T', '-').replace('Z', '');
    writeFileSync(join(out, `search-${stamp}.md`), text);
    writeFileSync(
      join(out, `search-${stamp}.json`),
      JSON.stringify({ date, plans: PLANS, relevance: rel, indexing, sizes, searches }, null, 2),
    );
    console.log(text);
    log(`wrote bench-results/search-${stamp}.md and .json`);
  } finally {
    await browser.close();
    await server.close();
    if (!args.has('keep')) rmSync(work, { recursive: true, force: true });
  }
}

await main();
