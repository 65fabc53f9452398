/** View models of the plan pages: the list (with its filters) and each plan. */
import { labelAndTitle, planKicker, summarise, summarisePlan, type DocumentSummary } from '../documents';
import { format, ui } from '../i18n';
import { legislationJsonLd } from '../jsonld';
import { PLAN_FILTERS, planFilterPath, SECTIONS, type PlanFilter } from '../routes';
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

export interface PlanListModel {
  title: string;
  /** Set on a filtered list. */
  active?: { filter: PlanFilter; value: string } | undefined;
  all: FilterLink;
  filters: { label: string; links: FilterLink[] }[];
  plans: Plan[];
}

const FILTER_LABELS: Record<PlanFilter, string> = {
  year: ui.plans.filterYear,
  province: ui.plans.filterProvince,
  issuer: ui.plans.filterIssuer,
};

/** Every filter value, as the list pages' paths. */
export const planFilterPages = (site: Site) =>
  (Object.keys(PLAN_FILTERS) as PlanFilter[]).flatMap((filter) =>
    site.planFacets[filter].map((v) => ({ filter, value: v.value })),
  );

/** The plan list: every plan, or with `active` the plans of one filter value. */
export function planList(site: Site, active?: { filter: PlanFilter; value: string }): PlanListModel {
  const chosen = active && site.planFacets[active.filter].find((v) => v.value === active.value);
  if (active && !chosen) throw new Error(`No plan has ${active.filter} "${active.value}"`);
  return {
    title: chosen ? format(ui.plans.filteredTitle, { label: chosen.label }) : ui.plans.title,
    active,
    all: { href: SECTIONS.plans, label: ui.plans.filterAll, current: !active },
    filters: (Object.keys(FILTER_LABELS) as PlanFilter[]).map((filter) => ({
      label: FILTER_LABELS[filter],
      links: site.planFacets[filter].map((v) => ({
        href: planFilterPath(filter, v.value),
        label: v.label,
        count: v.count,
        current: active?.filter === filter && active.value === v.value,
      })),
    })),
    plans: chosen ? chosen.plans : site.plans,
  };
}

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

export function planPage(site: Site, plan: Plan, url: URL): PlanPageModel {
  const { data } = plan;
  const kicker = planKicker(plan);
  const implementedIds = new Set(data.implements.map((ref) => ref.id));
  const named = citedOnlyByName(site, plan);
  return {
    kicker,
    pageTitle: format(ui.doc.labelAndTitle, { label: kicker, title: data.title }),
    description: format(ui.doc.description, { label: kicker, issuer: data.issuer, title: data.title }),
    jsonLd: legislationJsonLd({
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

/** An RSS item per plan, newest first. A plan with no date has none in the feed: a date is never invented. */
export const planFeedItems = (site: Site) =>
  site.plans.map((plan) => {
    const summary = summarisePlan(plan);
    return {
      title: labelAndTitle(summary),
      link: summary.href,
      issued: plan.data.issued,
      description: `${plan.data.issuer}, ${plan.data.province}`,
    };
  });
