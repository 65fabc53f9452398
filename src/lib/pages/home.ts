/** View model of the home page. */
import { format, ui } from '../i18n';
import { MAIN_NAV } from '../navigation';
import { SECTIONS } from '../routes';
import type { DocLink } from '../documents';
import type { Hotline, Plan, Site } from '../site';
import { urgentGuideLink } from './hotlines';

export interface HomeModel {
  hotline: Hotline;
  /** What to do when a child may be abused: the red box links it. */
  urgentGuide: DocLink;
  sections: { href: string; title: string; text: string }[];
  latestPlans: Plan[];
}

/** How many of the newest plans the home page lists. */
export const LATEST_PLANS = 3;

export function home(site: Site): HomeModel {
  const counted = (count: string, lead: string) => `${count} — ${lead}`;
  /** What the home page says about each section, by its path. */
  const texts: Record<string, string> = {
    [SECTIONS.plans]: counted(format(ui.plans.count, { count: site.plans.length }), ui.plans.lead),
    [SECTIONS.directives]: counted(format(ui.directives.count, { count: site.directives.length }), ui.directives.lead),
    [SECTIONS.guidance]: ui.guidance.lead,
    [SECTIONS.hotlines]: ui.hotline.pageLead,
    [SECTIONS.timeline]: ui.timeline.lead,
    [SECTIONS.campaigns]: ui.campaigns.lead,
  };
  return {
    hotline: site.nationalHotline,
    urgentGuide: urgentGuideLink(site),
    sections: MAIN_NAV.map(({ href, label }) => {
      const text = texts[href];
      if (text === undefined) throw new Error(`src/lib/pages/home.ts: no text for the section ${href}`);
      return { href, title: label, text };
    }),
    latestPlans: site.plans.slice(0, LATEST_PLANS),
  };
}
