/**
 * After each build, narrows the Content-Security-Policy in each page to that page's own inline
 * scripts and styles (`narrowPagePolicy`). Each page is written to a temporary file first and
 * renamed over the old one, so a build that fails halfway leaves no half-written page.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPagePolicy } from '../lib/security.ts';

async function narrowFile(file: string): Promise<void> {
  const html = await readFile(file, 'utf8');
  const narrowed = narrowPagePolicy(html);
  if (narrowed === html) return;
  const temporary = `${file}.tmp`;
  await writeFile(temporary, narrowed);
  await rename(temporary, file);
}

export default function pagePolicy(): AstroIntegration {
  return {
    name: 'vi-tre-em:page-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true }))
          .filter((name) => name.endsWith('.html'))
          .map((name) => join(outDir, name));
        // A few at a time: thousands of plans make thousands of pages.
        for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map(narrowFile));
        logger.info(`Content-Security-Policy narrowed to each page's own scripts and styles: ${files.length} pages`);
      },
    },
  };
}
