/** View models of the plan pages: the list (with its filters) and each plan. */
import { createHash } from 'node:crypto';
import {
  documentCardDetail,
  documentPrintLine,
  planKicker,
  summarise,
  summarisePlan,
  type DocumentSummary,
} from '../documents';
import type { CardModel } from '../share/card';
import { contents, type ContentsItem, type Heading } from '../headings';
import { format, ui } from '../i18n';
import { legislationJsonLd } from '../jsonld';
import { laterPages, paginate, type Pagination } from '../pagination';
import type { FacetWithPlans } from '../plan-filters';
import { pagedPath, PLAN_FILTERS, planFilterIndexPath, planFilterPath, SECTIONS, type PlanFilter } from '../routes';
import type { Plan, Site } from '../site';
import { programItem, type ProgramItem } from './programs';

/** A filter link on a plan list. */
export interface FilterLink {
  href: string;
  label: string;
  /** How many plans it lists; absent on "all". */
  count?: number | undefined;
  current: boolean;
}

/** One filter's links on a plan list, and the page with all its values when they do not all fit. */
export interface FilterGroup {
  label: string;
  links: FilterLink[];
  more?: { href: string; label: string } | undefined;
}

export interface PlanListModel {
  title: string;
  /** Set on a filtered list. */
  active?: { filter: PlanFilter; value: string } | undefined;
  all: FilterLink;
  filters: FilterGroup[];
  /** The plans on this page. */
  plans: Plan[];
  /** How many plans the whole list has. */
  total: number;
  pagination: Pagination;
  /** The preview card: the list's, on all its pages (see `listCard`). */
  card: CardModel;
}

/** Plans on one page of a list. */
export const PLANS_PER_PAGE = 50;
/** Values of one filter a list shows before linking to all of them (provinces and issuers grow). */
export const FILTER_VALUES_SHOWN = 12;
/** Values on one page of a filter's list of values. */
export const FILTER_VALUES_PER_PAGE = 100;

const FILTER_LABELS: Record<PlanFilter, string> = {
  year: ui.plans.filterYear,
  province: ui.plans.filterProvince,
  issuer: ui.plans.filterIssuer,
};
const FILTERS = Object.keys(PLAN_FILTERS) as PlanFilter[];

/**
 * What every list page shares, worked out once per site rather than once per page: each filter's
 * values by slug, and the values a list shows (all of them, or the most used when there are too
 * many, in their own order).
 */
interface ListIndex {
  byValue: Record<PlanFilter, Map<string, FacetWithPlans<Plan>>>;
  shown: Record<PlanFilter, FacetWithPlans<Plan>[]>;
}
const indexes = new WeakMap<Site['planFacets'], ListIndex>();
function listIndex(site: Pick<Site, 'planFacets'>): ListIndex {
  let index = indexes.get(site.planFacets);
  if (!index) {
    const of = <T>(make: (filter: PlanFilter) => T) =>
      Object.fromEntries(FILTERS.map((f) => [f, make(f)])) as Record<PlanFilter, T>;
    index = {
      byValue: of((f) => new Map(site.planFacets[f].map((v) => [v.value, v]))),
      shown: of((f) => {
        const values = site.planFacets[f];
        if (values.length <= FILTER_VALUES_SHOWN) return values;
        const most = new Set([...values].sort((a, b) => b.count - a.count).slice(0, FILTER_VALUES_SHOWN));
        return values.filter((v) => most.has(v));
      }),
    };
    indexes.set(site.planFacets, index);
  }
  return index;
}

/** The path of one page of a plan list. */
const listPath = (active: { filter: PlanFilter; value: string } | undefined, page: number) =>
  pagedPath(active ? planFilterPath(active.filter, active.value) : SECTIONS.plans, page);

/** Every plan list page after the first (all plans, and each filter value), for `getStaticPaths`. */
export function planListPages(site: Site): { active?: { filter: PlanFilter; value: string }; page: number }[] {
  return [
    ...laterPages(site.plans.length, PLANS_PER_PAGE).map((page) => ({ page })),
    ...planFilterPages(site).flatMap((active) =>
      laterPages(listIndex(site).byValue[active.filter].get(active.value)!.count, PLANS_PER_PAGE).map((page) => ({
        active,
        page,
      })),
    ),
  ];
}

/** Every filter value, as the list pages' paths. */
export const planFilterPages = (site: Site) =>
  FILTERS.flatMap((filter) => site.planFacets[filter].map((v) => ({ filter, value: v.value })));

/** Adds the page to a title after the first page, so each page has its own. */
const pagedTitle = (title: string, { page, pages }: Pagination) =>
  page > 1 ? format(ui.pagination.titled, { title, page, pages }) : title;

/**
 * A list's preview card names the list, not the page: its later pages share the first page's
 * card, drawn once (with 10,000 plans, about 1,400 cards fewer to draw in a cold build).
 */
const listCard = (title: string): CardModel => ({ title });

/** The plan list: every plan, or with `active` the plans of one filter value; one page of it. */
export function planList(
  site: Site,
  active?: { filter: PlanFilter; value: string },
  page = 1,
  perPage = PLANS_PER_PAGE,
): PlanListModel {
  const index = listIndex(site);
  const chosen = active && index.byValue[active.filter].get(active.value);
  if (active && !chosen) throw new Error(`No plan has ${active.filter} "${active.value}"`);
  const listed = chosen ? chosen.plans : site.plans;
  const { items, pagination } = paginate(listed, page, perPage, (n) => listPath(active, n));
  const title = chosen ? format(ui.plans.filteredTitle, { label: chosen.label }) : ui.plans.title;
  return {
    title: pagedTitle(title, pagination),
    card: listCard(title),
    active,
    all: { href: SECTIONS.plans, label: ui.plans.filterAll, current: !active },
    filters: FILTERS.map((filter) => {
      const values = site.planFacets[filter];
      const current = active?.filter === filter ? index.byValue[filter].get(active.value) : undefined;
      const most = index.shown[filter];
      // The value a filtered list shows stays among the links, in its place, even when rarely used.
      const shown = current && !most.includes(current) ? values.filter((v) => v === current || most.includes(v)) : most;
      return {
        label: FILTER_LABELS[filter],
        links: shown.map((v) => ({
          href: planFilterPath(filter, v.value),
          label: v.label,
          count: v.count,
          current: current === v,
        })),
        more:
          shown.length < values.length
            ? { href: planFilterIndexPath(filter), label: format(ui.plans.filterMore, { count: values.length }) }
            : undefined,
      };
    }),
    plans: items,
    total: listed.length,
    pagination,
  };
}

export interface FilterIndexModel {
  title: string;
  filter: PlanFilter;
  values: FilterLink[];
  pagination: Pagination;
  card: CardModel;
}

/** Every value of one filter with its number of plans (`/ke-hoach/tinh/`), one page of them. */
export function planFilterIndex(
  site: Site,
  filter: PlanFilter,
  page = 1,
  perPage = FILTER_VALUES_PER_PAGE,
): FilterIndexModel {
  const { items, pagination } = paginate(site.planFacets[filter], page, perPage, (n) =>
    pagedPath(planFilterIndexPath(filter), n),
  );
  const title = format(ui.plans.filterIndexTitle, { label: FILTER_LABELS[filter].toLocaleLowerCase('vi') });
  return {
    title: pagedTitle(title, pagination),
    card: listCard(title),
    filter,
    values: items.map((v) => ({
      href: planFilterPath(filter, v.value),
      label: v.label,
      count: v.count,
      current: false,
    })),
    pagination,
  };
}

/** Every page of every filter's list of values, for `getStaticPaths`. */
export const planFilterIndexPages = (site: Site) =>
  FILTERS.flatMap((filter) => [
    { filter, page: 1 },
    ...laterPages(site.planFacets[filter].length, FILTER_VALUES_PER_PAGE).map((page) => ({ filter, page })),
  ]);

export interface PlanPageModel {
  /** "Kế hoạch 45/KH-LĐLĐ", over the title. */
  kicker: string;
  /** The page's <title>. */
  pageTitle: string;
  description: string;
  jsonLd: Record<string, unknown>;
  /** What the plan says it implements (căn cứ), with their caveats. */
  implemented: DocumentSummary[];
  programs: ProgramItem[];
  /** Other documents its text cites; `namedOnly` where it names one without writing its number. */
  mentioned: DocumentSummary[];
  /** Its preview card, and the line its printouts start with. */
  card: CardModel;
  printLine: string;
}

/**
 * The documents a plan's text cites only by a name (a program's name, "Luật Trẻ em"), never by
 * number: the number a list shows for them comes from the reference facts, not from the plan.
 */
export function citedOnlyByName(site: Pick<Site, 'textCitations'>, plan: Plan): Set<string> {
  const byNumber = new Set<string>();
  const byName = new Set<string>();
  for (const c of site.textCitations(plan.id)) (c.byName ? byName : byNumber).add(`${c.collection}/${c.id}`);
  return new Set([...byName].filter((key) => !byNumber.has(key)));
}

/**
 * A plan's contents list: its parts (h3, "I. MỤC ĐÍCH, YÊU CẦU") and their sections (h4). The h2 is
 * the word "KẾ HOẠCH" over the title, not a part.
 */
export const planContents = (headings: Heading[]): ContentsItem[] => contents(headings, [3, 4]);

/** A plan's preview card: its kind and number, its title, its issuer and date. */
export function planCard(plan: Plan): CardModel {
  return { kicker: planKicker(plan), title: plan.data.title, detail: documentCardDetail(summarisePlan(plan)) };
}

export function planPage(site: Site, plan: Plan, url: URL): PlanPageModel {
  const { data } = plan;
  const kicker = planKicker(plan);
  const implementedIds = new Set(data.implements.map((ref) => ref.id));
  const named = citedOnlyByName(site, plan);
  const summary = summarisePlan(plan);
  const description = format(ui.doc.description, { label: kicker, issuer: data.issuer, title: data.title });
  return {
    kicker,
    card: planCard(plan),
    printLine: documentPrintLine(summary),
    pageTitle: format(ui.doc.labelAndTitle, { label: kicker, title: data.title }),
    description,
    jsonLd: legislationJsonLd({
      description,
      number: data.number,
      name: format(ui.doc.labelAndTitle, { label: ui.doc.kindPlan, title: data.title }),
      issued: data.issued,
      issuer: data.issuer,
      province: data.province,
      url,
      kind: ui.doc.kindPlan,
    }),
    implemented: data.implements.map((ref) => summarise(site, { collection: 'directives', id: ref.id })),
    programs: data.programs.map((ref) => programItem(site, site.program(ref.id))),
    mentioned: site.graph
      .cites({ collection: 'plans', id: plan.id })
      .filter((ref) => !(ref.collection === 'directives' && implementedIds.has(ref.id)))
      .map((ref) => ({ ...summarise(site, ref), namedOnly: named.has(`${ref.collection}/${ref.id}`) })),
  };
}

/**
 * What a plan's page shows, as a key that changes when any of it changes: the plan itself, the
 * plans its text cites, and the small collections every page may show (directives, programs,
 * hotlines, guidance, campaigns). Another plan added or changed leaves it as it was, so a rebuild
 * reuses the page (Astro's incremental build; the page's code is tracked by Astro itself).
 */
export function planCacheKey(site: Site, plan: Plan): string {
  const cited = site.graph
    .cites({ collection: 'plans', id: plan.id })
    .filter((ref) => ref.collection === 'plans')
    .map((ref) => `${ref.id}@${String(site.plan(ref.id).digest)}`);
  return [`${plan.id}@${String(plan.digest)}`, ...cited, sharedKey(site)].join(' ');
}

const sharedKeys = new WeakMap<Site['directives'], string>();
/** One hash of every entry of the small collections, worked out once per site. */
function sharedKey(site: Site): string {
  let key = sharedKeys.get(site.directives);
  if (key === undefined) {
    const hash = createHash('sha256');
    for (const entry of [...site.directives, ...site.programs, ...site.hotlines, ...site.guidance, ...site.campaigns])
      hash.update(`${entry.collection}/${entry.id}@${String(entry.digest)}\n`);
    key = hash.digest('base64url');
    sharedKeys.set(site.directives, key);
  }
  return key;
}
