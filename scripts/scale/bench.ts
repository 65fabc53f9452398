/**
 * `npm run bench:scale -- 1000 5000 10000`: builds the whole site with that many generated plans
 * (MDX content made by `scripts/search/generate-plans.ts`: realistic Vietnamese text, metadata,
 * citations of real directives), cold, then again after adding one plan, and reports for each
 * build the wall time, the time per page, the peak memory of the build's processes, the time of
 * each stage and the size of `dist/` by kind.
 *
 * Stages are read from the build's own log, timed as each line arrives: content sync, bundling
 * (Vite compiles every page and every MDX entry), pages (rendering every route, while preview
 * cards are drawn beside it in worker threads), the search index (each page's policy narrowed,
 * then Pagefind; the cards go on drawing), and cards (waiting for the last ones and copying them). Memory is the sum of the resident memory of the build and
 * every process it started (Pagefind's indexer is one), sampled every 200 ms.
 *
 * The floors (issue 14) are checked and printed: 10,000 plans cold in at most 10 minutes within
 * 8 GB, time per page growing by at most 30 % from the smallest size to the largest, and a rebuild
 * after one new plan far cheaper than a cold build (at most half), and no page growing with the
 * collection (the largest HTML page at most 256 KB). Writes `bench-results/scale.md`
 * and `scale.json`. Not part of `npm test`: the large sizes take many minutes.
 *
 * A third build starts again from nothing but the preview-card cache, as a fresh CI machine does
 * when it restores that cache (the deploy workflow keeps it between runs): drawing about ten
 * thousand cards is most of a cold build's work.
 *
 *   npm run bench:scale -- [sizes…] [--keep] [--no-rebuild] [--no-cards-kept]
 */
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, sep } from 'node:path';
import { generateContent, writePlans } from '../search/generate-plans.ts';
import { judgeScale, STAGES, type BuildFigures, type Stage } from './figures.ts';
import { LOCAL_SITE_URL } from '../../src/lib/site-url.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const RESULTS = join(ROOT, 'bench-results');
const WORK = join(ROOT, 'node_modules', '.cache', 'bench-scale');

const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (sizes.length === 0) sizes.push(1000);
const keep = args.includes('--keep');
const rebuild = !args.includes('--no-rebuild');
const cardsKept = !args.includes('--no-cards-kept');

const log = (message: string) => console.error(`[scale] ${message}`);

/** Clock ticks per second in /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/**
 * Resident memory (bytes) and CPU time (seconds) of a process and all its descendants, from /proc
 * (Linux). CPU time counts the processes that have ended too (their parents' `cutime`), so the
 * last sample before the build ends holds nearly all of it: what the build cost, whatever else the
 * machine was doing.
 */
function treeUsage(root: number): { rss: number; rootRss: number; cpu: number } {
  const parents = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), fields);
      const ppid = Number(fields[1]);
      const list = parents.get(ppid);
      if (list) list.push(Number(name));
      else parents.set(ppid, [Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let rss = 0;
  let ticks = 0;
  const rootRss = Number(stats.get(root)?.[21] ?? 0) * 4096;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const fields = stats.get(pid);
    if (!fields) continue;
    // Fields from the state on (state is index 0): utime 11, stime 12, cutime 13, cstime 14, rss 21 (pages).
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    rss += Number(fields[21]) * 4096;
    pending.push(...(parents.get(pid) ?? []));
  }
  return { rss, rootRss, cpu: ticks / TICKS };
}

/** Which stage a log line starts, if any (Astro's and the search index's own messages). */
function stageStartedBy(line: string): Stage | 'finish' | undefined {
  if (line.includes('Syncing content')) return 'content';
  if (line.includes('Building static entrypoints')) return 'bundle';
  if (/generating static routes/i.test(line)) return 'pages';
  // After the sitemap, each page's policy is narrowed and the search index built, while the
  // preview cards go on drawing beside them; what is left of the cards is waited for at the end.
  if (line.includes('[@astrojs/sitemap]')) return 'search';
  if (line.includes('Search index:')) return 'cards';
  if (line.includes('[vi-tre-em:share-cards]') || /\[build\] \d+ page\(s\) built/.test(line)) return 'finish';
  return undefined;
}

/** Runs `astro build` on a content folder, timing each stage and sampling memory. */
function build(contentDir: string, outDir: string, cacheDir: string, logFile: string): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: ROOT,
      env: {
        ...process.env,
        SITE_URL: process.env['SITE_URL'] || LOCAL_SITE_URL,
        VTE_CONTENT_DIR: contentDir,
        VTE_OUT_DIR: outDir,
        VTE_CACHE_DIR: cacheDir,
        // The size's own preview-card cache: a cold build draws every card, as on a fresh machine,
        // and the rebuild after one new plan finds the others (the site's cache is never touched).
        VTE_CARD_CACHE: join(cacheDir, 'cards'),
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const marks: { stage: Stage | 'setup' | 'finish'; at: number }[] = [{ stage: 'setup', at: 0 }];
    // The log is written as it comes, so a long build can be followed (`tail -f`).
    const output = createWriteStream(logFile);
    let peak = 0;
    let cpu = 0;
    /** Peak memory in each stage: of all the build's processes, and of Astro's own. */
    const peaks: Partial<Record<Stage, { all: number; astro: number }>> = {};
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const usage = treeUsage(child.pid);
      peak = Math.max(peak, usage.rss);
      cpu = Math.max(cpu, usage.cpu);
      const current = marks.at(-1)!.stage;
      const stage: Stage = current === 'setup' || current === 'finish' ? 'other' : current;
      const before = peaks[stage] ?? { all: 0, astro: 0 };
      peaks[stage] = { all: Math.max(before.all, usage.rss), astro: Math.max(before.astro, usage.rootRss) };
    }, 200);
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = (performance.now() - start) / 1000;
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        output.write(`${at.toFixed(1).padStart(7)}s ${line}\n`);
        const stage = stageStartedBy(line);
        // Only the first line of each stage counts ("Search index:" ends the search stage).
        if (stage && !marks.some((m) => m.stage === stage)) marks.push({ stage, at });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - start) / 1000;
      output.end();
      if (code !== 0) {
        reject(new Error(`astro build exited with ${code}; its log is in ${relative(ROOT, logFile)}`));
        return;
      }
      const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
      const ordered = [...marks, { stage: 'finish' as const, at: seconds }].sort((a, b) => a.at - b.at);
      for (let i = 0; i < ordered.length - 1; i++) {
        const stage = ordered[i]!.stage;
        const key: Stage = stage === 'setup' || stage === 'finish' ? 'other' : stage;
        stages[key] += ordered[i + 1]!.at - ordered[i]!.at;
      }
      resolve({ seconds, cpuSeconds: cpu, peakBytes: peak, stages, peaks, pages: 0, files: 0, dist: {} });
    });
  });
}

/** The kind of an output file, for the size split. */
function kindOf(path: string): string {
  if (path.startsWith(`pagefind${sep}`)) return 'search index';
  if (path.startsWith(`ban-goc${sep}`)) return 'downloads';
  if (path.startsWith(`_astro${sep}`)) return 'assets';
  if (path.endsWith('.html')) return 'pages';
  return 'data and feeds';
}

function measureDist(outDir: string): Pick<BuildFigures, 'pages' | 'files' | 'dist' | 'largestPage'> {
  const dist: Record<string, number> = {};
  let pages = 0;
  let files = 0;
  let largestPage: BuildFigures['largestPage'];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(outDir, join(entry.parentPath, entry.name));
    const kind = kindOf(path);
    const bytes = statSync(join(outDir, path)).size;
    dist[kind] = (dist[kind] ?? 0) + bytes;
    files += 1;
    if (kind !== 'pages') continue;
    pages += 1;
    if (!largestPage || bytes > largestPage.bytes) largestPage = { path, bytes };
  }
  return { pages, files, dist, largestPage };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  mkdirSync(WORK, { recursive: true });
  const runs: {
    plans: number;
    cold: BuildFigures;
    rebuild?: BuildFigures | undefined;
    cardsKept?: BuildFigures | undefined;
  }[] = [];
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  for (const plans of sizes) {
    const dir = join(WORK, String(plans));
    const content = join(dir, 'content');
    const outDir = join(dir, 'dist');
    const cacheDir = join(dir, 'cache');
    rmSync(dir, { recursive: true, force: true });
    log(`${plans} plans: generating content…`);
    generateContent(content, plans);
    log(`${plans} plans: cold build (load average ${load()})…`);
    const cold = { ...(await build(content, outDir, cacheDir, join(dir, 'cold.log'))), ...measureDist(outDir) };
    log(`${plans} plans: cold build ${s(cold.seconds)}, peak ${gb(cold.peakBytes)}, ${cold.pages} pages`);
    let again: BuildFigures | undefined;
    if (rebuild) {
      writePlans(content, plans, 1, 4242);
      log(`${plans} plans: rebuild after adding one plan (load average ${load()})…`);
      again = { ...(await build(content, outDir, cacheDir, join(dir, 'rebuild.log'))), ...measureDist(outDir) };
      log(`${plans} plans: rebuild ${s(again.seconds)}, peak ${gb(again.peakBytes)}`);
    }
    let fresh: BuildFigures | undefined;
    if (cardsKept) {
      // A fresh machine that restored only the preview-card cache (as the deploy workflow does):
      // Astro's cache and dist/ are gone, the cards are found.
      for (const entry of readdirSync(cacheDir))
        if (entry !== 'cards') rmSync(join(cacheDir, entry), { recursive: true });
      rmSync(outDir, { recursive: true, force: true });
      log(`${plans} plans: cold build with the card cache kept (load average ${load()})…`);
      fresh = { ...(await build(content, outDir, cacheDir, join(dir, 'cards-kept.log'))), ...measureDist(outDir) };
      log(`${plans} plans: cold build with the card cache kept ${s(fresh.seconds)}, peak ${gb(fresh.peakBytes)}`);
    }
    runs.push({ plans, cold, rebuild: again, cardsKept: fresh });
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }

  const verdicts = judgeScale(runs);
  const row = (plans: number, kind: string, f: BuildFigures) =>
    `| ${plans.toLocaleString('en')} | ${kind} | ${s(f.seconds)} | ${s(f.cpuSeconds)} | ${((f.seconds * 1000) / f.pages).toFixed(1)} ms | ${gb(f.peakBytes)} | ${STAGES.map((st) => s(f.stages[st])).join(' | ')} | ${f.pages.toLocaleString('en')} | ${mb(Object.values(f.dist).reduce((a, b) => a + b, 0))} (${Object.entries(
      f.dist,
    )
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${mb(v)}`)
      .join(', ')}) |`;
  const report = [
    `# Build at scale`,
    '',
    `${new Date().toISOString()}, ${cpus().length} cores, ${gb(totalmem())} of memory, load average at the end ${load()}. Wall time and the stages move with other work on the machine; CPU is the time the build's processes ran (user and system), which moves much less. Per page is wall time over the HTML pages written.`,
    '',
    `| plans | build | wall | CPU | per page | peak memory | ${STAGES.join(' | ')} | pages | dist/ |`,
    `| ---: | --- | ---: | ---: | ---: | ---: | ${STAGES.map(() => '---:').join(' | ')} | ---: | --- |`,
    ...runs.flatMap((r) => [
      row(r.plans, 'cold', r.cold),
      ...(r.rebuild ? [row(r.plans, '+1 plan', r.rebuild)] : []),
      ...(r.cardsKept ? [row(r.plans, 'cold, cards kept', r.cardsKept)] : []),
    ]),
    '',
    "Peak memory by stage, all the build's processes (Astro's own process):",
    '',
    `| plans | build | ${STAGES.join(' | ')} |`,
    `| ---: | --- | ${STAGES.map(() => '---:').join(' | ')} |`,
    ...runs.flatMap((r) =>
      [
        ['cold', r.cold] as const,
        ...(r.rebuild ? [['+1 plan', r.rebuild] as const] : []),
        ...(r.cardsKept ? [['cold, cards kept', r.cardsKept] as const] : []),
      ].map(
        ([kind, f]) =>
          `| ${r.plans.toLocaleString('en')} | ${kind} | ${STAGES.map((st) => (f.peaks[st] ? `${gb(f.peaks[st].all)} (${gb(f.peaks[st].astro)})` : '')).join(' | ')} |`,
      ),
    ),
    '',
    'Floors:',
    '',
    ...verdicts.map((v) => `- ${v.ok ? 'met' : '**not met**'}: ${v.text}`),
    '',
  ].join('\n');
  writeFileSync(join(RESULTS, 'scale.md'), report);
  writeFileSync(join(RESULTS, 'scale.json'), `${JSON.stringify(runs, null, 2)}\n`);
  console.log(report);
  if (!keep && existsSync(WORK) && readdirSync(WORK).length === 0) rmSync(WORK, { recursive: true, force: true });
  if (verdicts.some((v) => !v.ok)) process.exitCode = 1;
}

await main();
