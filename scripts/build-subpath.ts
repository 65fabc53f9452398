/**
 * `npm run build:subpath`: builds the site as a GitHub Pages project site serves it, under
 * `/vi-tre-em/` (Astro's `base`), into its own folder and cache so it never touches `dist/`.
 * `tests/dist/links.test.ts` and `subpath.test.ts` read it, and `tests/e2e/subpath.spec.ts` serves
 * it under that path and searches it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LOCAL_SITE_URL } from '../src/lib/site-url.ts';

const ROOT = join(import.meta.dirname, '..');

export const SUBPATH = {
  base: '/vi-tre-em/',
  outDir: join(ROOT, 'node_modules', '.cache', 'vi-tre-em', 'dist-subpath'),
  cacheDir: join(ROOT, 'node_modules', '.cache', 'vi-tre-em', 'astro-subpath'),
} as const;

if (import.meta.main) {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      SITE_URL: process.env['SITE_URL'] || LOCAL_SITE_URL,
      BASE_PATH: SUBPATH.base,
      VTE_OUT_DIR: SUBPATH.outDir,
      VTE_CACHE_DIR: SUBPATH.cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  process.exit(result.status ?? 1);
}
