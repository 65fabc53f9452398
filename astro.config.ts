import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { readCitableDocuments } from './src/lib/directive-registry';
import { remarkCitations } from './src/lib/remark-citations';
import searchIndex from './src/integrations/search-index.ts';

/**
 * The public origin, used for canonical links, the sitemap and share cards. Deployments set
 * SITE_URL; the default is a reserved placeholder domain so nothing points at a stranger's site.
 */
const site = process.env['SITE_URL'] ?? 'https://vitreem.example';

const contentDir = process.env['VTE_CONTENT_DIR'] ?? fileURLToPath(new URL('./content', import.meta.url));

/** An unresolved citation fails CI and every production build; `astro dev` only warns. */
const strictCitations = process.env['CI'] === 'true' || process.argv.includes('build');

export default defineConfig({
  site,
  // Fixture builds in the tests point these elsewhere so they never touch the real build.
  ...(process.env['VTE_OUT_DIR'] ? { outDir: process.env['VTE_OUT_DIR'] } : {}),
  ...(process.env['VTE_CACHE_DIR'] ? { cacheDir: process.env['VTE_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Plans are reproduced character for character: no smart quotes, no "..." → "…".
    processor: unified({
      smartypants: false,
      gfm: true,
      remarkPlugins: [
        [remarkCitations, { documents: () => readCitableDocuments(contentDir), strict: strictCitations }],
      ],
    }),
  },
  // searchIndex runs after the build has written every page (astro:build:done).
  integrations: [mdx(), sitemap(), searchIndex()],
  vite: {
    plugins: [tailwindcss()],
  },
});
