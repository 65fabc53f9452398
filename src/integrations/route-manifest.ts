/**
 * Writes, after each build, which pages each route made (`/ke-hoach/[slug]` → its plan pages), to
 * `routes.json` in Astro's cache folder, beside the build rather than in it (nothing there is
 * deployed). The page-weight budget (`npm run budget`) reads it to load one page of every
 * template, so a template added later is measured with no change to the budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normaliseBase } from '../lib/routes.ts';

export const ROUTE_MANIFEST = 'routes.json';

/** Route pattern → the URL paths of the HTML pages it made, each under the base. */
export type RouteManifest = Record<string, string[]>;

/** A built page's file as its URL path under the base: `ke-hoach/a/index.html` → `/ke-hoach/a/`. */
export function pagePath(outDir: string, file: string, base: string): string {
  const path = `${normaliseBase(base)}${relative(outDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export default function routeManifest(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  return {
    name: 'vi-tre-em:route-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:build:done': ({ dir, assets }) => {
        const outDir = fileURLToPath(dir);
        const manifest: RouteManifest = {};
        for (const [route, files] of assets) {
          const pages = files.map((url) => fileURLToPath(url)).filter((file) => file.endsWith('.html'));
          if (pages.length > 0) manifest[route] = pages.map((file) => pagePath(outDir, file, base)).sort();
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(join(cacheDir, ROUTE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
      },
    },
  };
}
