import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content';
import { ui } from '../lib/i18n';
import { planPath } from '../lib/routes';

/** New plans, newest first. A plan with no date is dated 1 January of its (inferred) year. */
export const GET: APIRoute = async (context) => {
  const site = await loadSite();
  return rss({
    title: ui.rss.title,
    description: ui.rss.description,
    site: context.site ?? 'https://vitreem.example',
    customData: '<language>vi</language>',
    items: site.plans.map((plan) => ({
      title: plan.data.number ? `Kế hoạch số ${plan.data.number}: ${plan.data.title}` : `Kế hoạch: ${plan.data.title}`,
      link: planPath(plan.id),
      pubDate: new Date(plan.data.issued ?? `${plan.data.year}-01-01`),
      description: `${plan.data.issuer}, ${plan.data.province}`,
    })),
  });
};
