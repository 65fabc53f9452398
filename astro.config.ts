import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

/**
 * The public origin, used for canonical links, the sitemap and share cards. Deployments set
 * SITE_URL; the default is a reserved placeholder domain so nothing points at a stranger's site.
 */
const site = process.env['SITE_URL'] ?? 'https://vitreem.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Plans are reproduced character for character: no smart quotes, no "..." → "…".
    processor: unified({ smartypants: false, gfm: true }),
  },
  integrations: [mdx(), sitemap()],
  vite: {
    plugins: [tailwindcss()],
  },
});
