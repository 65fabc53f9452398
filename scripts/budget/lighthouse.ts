/**
 * `npm run lighthouse`: Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated)
 * on one page of every template (the budget's pages, `templates.ts`), with the system Chromium,
 * against the build in `dist/` served on loopback as a static host serves it (gzip, `_headers`).
 * Prints and writes `bench-results/lighthouse.md`: the four scores, and every audit that cost a
 * point. Not part of `npm test`: scores move with the machine's load, so take them on an idle one.
 *
 *   npm run lighthouse [-- --build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { SECTIONS } from '../../src/lib/routes.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium.ts';
import { staticServer } from '../static-server.ts';
import { MISSING, templates } from './templates.ts';
import { LOCAL_SITE_URL } from '../../src/lib/site-url.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'bench-results');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const log = (message: string) => console.error(`[lighthouse] ${message}`);

/** A free loopback port, for Chromium's remote debugging, which Lighthouse drives. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function main() {
  if (process.argv.includes('--build')) {
    log('building the site (astro build)…');
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SITE_URL: process.env['SITE_URL'] || LOCAL_SITE_URL },
    });
    if (built.status !== 0) throw new Error('astro build failed');
  }
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no build: run npm run build first');
  const server = staticServer({ root: () => DIST, base: SECTIONS.home, headers: true });
  const origin = `http://127.0.0.1:${await server.listen()}`;
  const port = await freePort();
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const rows: string[] = [];
  const lost: string[] = [];
  try {
    for (const template of templates(DIST)) {
      // Lighthouse will not audit a page answered with 404: the 404 page is loaded at its file.
      const path = template.path === MISSING ? `${SECTIONS.home}404.html` : template.path;
      log(`${template.template}: ${path}`);
      const result = await lighthouse(`${origin}${path}`, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push(`| ${template.template} | ${decodeURIComponent(path)} | ${scores.join(' | ')} |`);
      for (const category of CATEGORIES) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          lost.push(
            `- ${template.template}, ${category}: ${audit.title} (${audit.displayValue ?? `score ${audit.score}`})`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const report = [
    '# Lighthouse (mobile)',
    '',
    `${new Date().toISOString()}. Lighthouse's mobile settings (simulated slow 4G and a 4× slower CPU) on the build in dist/, served from loopback with the headers of \`_headers\`. Scores move with the machine's load.`,
    '',
    `| template | page | ${CATEGORIES.join(' | ')} |`,
    `| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} |`,
    ...rows,
    '',
    lost.length === 0 ? 'No audit cost a point.' : `Audits that cost points:\n\n${lost.join('\n')}`,
    '',
  ].join('\n');
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'lighthouse.md'), report);
  console.log(report);
}

await main();
