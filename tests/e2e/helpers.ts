import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * Every page path in the built sitemap, read from dist/ when the tests are collected so that each
 * page gets a test of its own.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  if (paths.length === 0) throw new Error('dist/ has no sitemap pages: run `npm run build` first');
  return paths.sort();
}

/** Whitespace folded to single spaces, as the fidelity check compares text. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
