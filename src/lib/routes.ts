/**
 * Every path on the site, defined once. URLs are printed and shared: keep them stable.
 *
 * Every path starts with Astro's `base`: "/" when the site is at the root of its domain, or
 * "/vi-tre-em/" when it is served from a sub-path (a GitHub Pages project site). Pages, links,
 * JSON, RSS and the search index all take their paths from here, so a page added the same way
 * works under a sub-path too.
 */

/** A base path as Astro gives it ("/", "/vi-tre-em" or "/vi-tre-em/"), always ending in "/". */
export const normaliseBase = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * The base of this build. `import.meta.env.BASE_URL` is Astro's `base` in every module Vite builds;
 * outside Vite (Node scripts) there is none, and the site is at the root. Code that runs where
 * Vite does not set it (the citation plugin, loaded with `astro.config.ts`) is handed the base.
 */
export const BASE = normaliseBase(import.meta.env?.BASE_URL ?? '/');

/** A path inside the site ("ke-hoach/" or "") under a base. */
export const under = (path: string, base = BASE) => `${base}${path}`;

/** Each section's path below the base. */
const SECTION_PATHS = {
  home: '',
  plans: 'ke-hoach/',
  directives: 'van-ban/',
  guidance: 'huong-dan/',
  hotlines: 'duong-day-nong/',
  timeline: 'lo-trinh/',
  campaigns: 'chien-dich/',
  search: 'tim-kiem/',
  data: 'du-lieu/',
  quickExit: 'thoat-nhanh/',
} as const;

export const SECTIONS = Object.fromEntries(
  Object.entries(SECTION_PATHS).map(([section, path]) => [section, under(path)]),
) as Record<keyof typeof SECTION_PATHS, string>;

export type Section = keyof typeof SECTION_PATHS;

export const planPath = (id: string, base = BASE) => under(`${SECTION_PATHS.plans}${id}/`, base);
export const directivePath = (id: string, base = BASE) => under(`${SECTION_PATHS.directives}${id}/`, base);
export const guidancePath = (id: string) => `${SECTIONS.guidance}${id}/`;
export const programPath = (id: string) => `${SECTIONS.timeline}${id}/`;
/** A hotline's card on the hotline page: its element id, and a link to it. */
export const hotlineAnchor = (id: string) => `so-${id}`;
export const hotlinePath = (id: string) => `${SECTIONS.hotlines}#${hotlineAnchor(id)}`;
/** The printable A4 poster of the hotlines. */
export const hotlinePosterPath = `${SECTIONS.hotlines}in/`;
export const originalPath = (file: string) => under(`ban-goc/${file}`);
/** The plan as a Word file, generated at build time (src/pages/ban-goc/[file].docx.ts). */
export const planDocxPath = (id: string) => under(`ban-goc/${id}.docx`);

/** Plan list filters are real pages, so they work as plain links without JavaScript. */
export const PLAN_FILTERS = {
  year: 'nam',
  province: 'tinh',
  issuer: 'co-quan',
} as const;
export type PlanFilter = keyof typeof PLAN_FILTERS;
export const planFilterPath = (filter: PlanFilter, value: string) =>
  `${SECTIONS.plans}${PLAN_FILTERS[filter]}/${value}/`;
/** Every value of one filter (`/ke-hoach/tinh/`). */
export const planFilterIndexPath = (filter: PlanFilter) => `${SECTIONS.plans}${PLAN_FILTERS[filter]}/`;

/** A long list's later pages follow its path: `/ke-hoach/trang/2/`, `/ke-hoach/nam/2021/trang/3/`. */
export const PAGE_SEGMENT = 'trang';
export const pagedPath = (first: string, page: number) => (page <= 1 ? first : `${first}${PAGE_SEGMENT}/${page}/`);

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
export const rssPath = under('rss.xml');
export const sitemapPath = under('sitemap-index.xml');
export const robotsPath = under('robots.txt');
export const faviconPath = under('favicon.svg');
/** Pagefind's bundle, written after the build (src/integrations/search-index.ts). */
export const searchBundlePath = (file: string, base = BASE) => under(`pagefind/${file}`, base);
/** A campaign's A4 poster. */
export const campaignPosterPath = (id: string) => `${campaignPath(id)}in/`;
/** A page's preview card, named by the hash of what it shows (src/lib/share/card-cache.ts). */
export const CARDS_FOLDER = 'anh/';
export const CARDS_DIR = under(CARDS_FOLDER);
export const cardImagePath = (key: string) => `${CARDS_DIR}${key}.png`;

/**
 * A path of the site as the absolute URL people share, print and scan: on the site's public
 * address (Astro's `site`, from SITE_URL). Never join a domain to a path by hand. The path already
 * holds the base.
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
