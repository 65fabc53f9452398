import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content';
import { utcDate } from '../lib/dates';
import { ui } from '../lib/i18n';
import { planFeedItems } from '../lib/pages/plans';
import { SECTIONS } from '../lib/routes';

/** New plans, newest first. */
export const GET: APIRoute = async (context) =>
  rss({
    title: ui.rss.title,
    description: ui.rss.description,
    // The channel links to the home page, under the base when the site is served from a sub-path.
    site: new URL(SECTIONS.home, context.site ?? context.url.origin).href,
    customData: '<language>vi</language>',
    items: planFeedItems(await loadSite()).map(({ issued, ...item }) => ({ ...item, pubDate: utcDate(issued) })),
  });
