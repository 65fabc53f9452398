import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content';
import { utcDate } from '../lib/dates';
import { ui } from '../lib/i18n';
import { feedItems } from '../lib/pages/feed';
import { absoluteUrl, SECTIONS } from '../lib/routes';

/** Plans and directives, newest first; undated documents are left out (src/lib/pages/feed.ts). */
export const GET: APIRoute = async (context) =>
  rss({
    title: ui.rss.title,
    description: ui.rss.description,
    // The channel links to the home page, under the base when the site is served from a sub-path.
    site: absoluteUrl(SECTIONS.home, context.site),
    customData: '<language>vi</language>',
    items: feedItems(await loadSite()).items.map(({ issued, kind, ...item }) => ({
      ...item,
      pubDate: utcDate(issued),
      categories: [kind],
    })),
  });
