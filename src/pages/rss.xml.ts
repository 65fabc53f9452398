import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content';
import { utcDate } from '../lib/dates';
import { ui } from '../lib/i18n';
import { planFeedItems } from '../lib/pages/plans';

/** New plans, newest first. */
export const GET: APIRoute = async (context) =>
  rss({
    title: ui.rss.title,
    description: ui.rss.description,
    site: context.site ?? context.url.origin,
    customData: '<language>vi</language>',
    items: planFeedItems(await loadSite()).map(({ issued, ...item }) =>
      issued ? { ...item, pubDate: utcDate(issued) } : item,
    ),
  });
