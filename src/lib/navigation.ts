/** The site's sections as links, in the order the header, the footer and the home page list them. */
import { ui } from './i18n';
import { rssPath, SECTIONS } from './routes';

export interface NavLink {
  href: string;
  label: string;
}

const LINKS = {
  plans: { href: SECTIONS.plans, label: ui.nav.plans },
  directives: { href: SECTIONS.directives, label: ui.nav.directives },
  guidance: { href: SECTIONS.guidance, label: ui.nav.guidance },
  hotlines: { href: SECTIONS.hotlines, label: ui.nav.hotlines },
  timeline: { href: SECTIONS.timeline, label: ui.timeline.nav },
  campaigns: { href: SECTIONS.campaigns, label: ui.campaigns.nav },
  quickExit: { href: SECTIONS.quickExit, label: ui.quickExit.footerLink },
  /** The "Dữ liệu mở" page: every JSON file, its fields and its licence. */
  openData: { href: SECTIONS.data, label: ui.footer.data },
  rss: { href: rssPath, label: ui.footer.rss },
} satisfies Record<string, NavLink>;

/** The main sections: the header's navigation and the home page's list. */
export const MAIN_NAV = [
  LINKS.plans,
  LINKS.directives,
  LINKS.guidance,
  LINKS.hotlines,
  LINKS.timeline,
  LINKS.campaigns,
];

export const FOOTER_NAV = [
  LINKS.plans,
  LINKS.directives,
  LINKS.guidance,
  LINKS.hotlines,
  LINKS.quickExit,
  LINKS.timeline,
  LINKS.campaigns,
  LINKS.openData,
  LINKS.rss,
];
