/** Every section's path, defined once. URLs are printed and shared: keep them stable. */
export const SECTIONS = {
  home: '/',
  plans: '/ke-hoach/',
  directives: '/van-ban/',
  guidance: '/huong-dan/',
  hotlines: '/duong-day-nong/',
  timeline: '/lo-trinh/',
  campaigns: '/chien-dich/',
  search: '/tim-kiem/',
  data: '/du-lieu/',
  quickExit: '/thoat-nhanh/',
} as const;

export type Section = keyof typeof SECTIONS;

export const planPath = (id: string) => `${SECTIONS.plans}${id}/`;
export const directivePath = (id: string) => `${SECTIONS.directives}${id}/`;
export const guidancePath = (id: string) => `${SECTIONS.guidance}${id}/`;
export const programPath = (id: string) => `${SECTIONS.timeline}${id}/`;
/** A hotline's card on the hotline page: its element id, and a link to it. */
export const hotlineAnchor = (id: string) => `so-${id}`;
export const hotlinePath = (id: string) => `${SECTIONS.hotlines}#${hotlineAnchor(id)}`;
/** The printable A4 poster of the hotlines. */
export const hotlinePosterPath = `${SECTIONS.hotlines}in/`;
export const originalPath = (file: string) => `/ban-goc/${file}`;
/** The plan as a Word file, generated at build time (src/pages/ban-goc/[file].docx.ts). */
export const planDocxPath = (id: string) => `/ban-goc/${id}.docx`;

/** Plan list filters are real pages, so they work as plain links without JavaScript. */
export const PLAN_FILTERS = {
  year: 'nam',
  province: 'tinh',
  issuer: 'co-quan',
} as const;
export type PlanFilter = keyof typeof PLAN_FILTERS;
export const planFilterPath = (filter: PlanFilter, value: string) =>
  `${SECTIONS.plans}${PLAN_FILTERS[filter]}/${value}/`;

/** A `tel:` URI from a number as people write it ("0243.525.662" → "tel:0243525662"). */
export const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** Timeline theme filters are real pages too (`/lo-trinh/chu-de/<group>/`). */
export const timelineThemePath = (group: string) => `${SECTIONS.timeline}chu-de/${group}/`;
export const campaignPath = (id: string) => `${SECTIONS.campaigns}${id}/`;
/** A year of the timeline's year list: its element id (`nam-2021`). */
export const yearAnchor = (year: number) => `nam-${year}`;
export const timelineDataPath = `${SECTIONS.data}lo-trinh.json`;
/** Every document with its citation graph, as JSON. */
export const documentsDataPath = `${SECTIONS.data}van-ban.json`;
/** Every hotline, as JSON. */
export const hotlinesDataPath = `${SECTIONS.data}duong-day-nong.json`;
export const rssPath = '/rss.xml';
export const sitemapPath = '/sitemap-index.xml';
export const robotsPath = '/robots.txt';
/** A campaign's A4 poster. */
export const campaignPosterPath = (id: string) => `${campaignPath(id)}in/`;
/** A page's preview card, named by the hash of what it shows (src/lib/share/card-cache.ts). */
export const CARDS_DIR = '/anh/';
export const cardImagePath = (key: string) => `${CARDS_DIR}${key}.png`;

/**
 * A path of the site as the absolute URL people share, print and scan: on the site's public
 * address (Astro's `site`, from SITE_URL). Never join a domain to a path by hand.
 */
export const absoluteUrl = (path: string, site: URL | string | undefined): string => {
  if (!site) throw new Error(`No site address to make ${path} absolute: set SITE_URL (see src/lib/site-url.ts)`);
  return new URL(path, site).href;
};
/**
 * The element id of a citation link in a text: the document cited and its count in that text
 * (`trich-dan-1863-qd-ttg-1`), so that a page can link to the very sentence that cites it.
 */
export const citationAnchor = (id: string, count: number) => `trich-dan-${id}-${count}`;
/** A link to one citation in a plan's text. */
export const citationPath = (planId: string, anchor: string) => `${planPath(planId)}#${anchor}`;
