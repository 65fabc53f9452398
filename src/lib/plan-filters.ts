import { planFilterPath, type PlanFilter } from './routes';
import { slugify } from './slug';

/** The fields a plan list filters on. Kept minimal so the logic is testable without Astro. */
export interface FilterablePlan {
  data: { year: number; province: string; issuer: string };
}

export interface FacetValue {
  filter: PlanFilter;
  /** URL segment. */
  value: string;
  /** Text shown to people. */
  label: string;
  count: number;
}

const FIELD: Record<PlanFilter, (plan: FilterablePlan) => string> = {
  year: (p) => String(p.data.year),
  province: (p) => p.data.province,
  issuer: (p) => p.data.issuer,
};

/** Every value of one filter with how many plans have it; years newest first, names A–Z. */
export function facet(plans: FilterablePlan[], filter: PlanFilter): FacetValue[] {
  const counts = new Map<string, FacetValue>();
  for (const plan of plans) {
    const label = FIELD[filter](plan);
    const value = slugify(label);
    const existing = counts.get(value);
    if (existing) existing.count += 1;
    else counts.set(value, { filter, value, label, count: 1 });
  }
  const values = [...counts.values()];
  return filter === 'year'
    ? values.sort((a, b) => b.label.localeCompare(a.label))
    : values.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}

export function matches(plan: FilterablePlan, filter: PlanFilter, value: string): boolean {
  return slugify(FIELD[filter](plan)) === value;
}

/** The list of the plans that share this plan's value of a filter (its year, province, issuer). */
export const filterPathOf = (plan: FilterablePlan, filter: PlanFilter) =>
  planFilterPath(filter, slugify(FIELD[filter](plan)));

/** One value of one filter, with its plans (in the order given). */
export interface FacetWithPlans<T> extends FacetValue {
  plans: T[];
}

export type PlanFacets<T> = Record<PlanFilter, FacetWithPlans<T>[]>;

/** Every value of every filter with its plans, computed once for all the list pages. */
export function planFacets<T extends FilterablePlan>(plans: T[]): PlanFacets<T> {
  const of = (filter: PlanFilter): FacetWithPlans<T>[] => {
    const byValue = new Map<string, T[]>();
    for (const plan of plans) {
      const value = slugify(FIELD[filter](plan));
      const list = byValue.get(value);
      if (list) list.push(plan);
      else byValue.set(value, [plan]);
    }
    return facet(plans, filter).map((v) => ({ ...v, plans: byValue.get(v.value) ?? [] }));
  };
  return { year: of('year'), province: of('province'), issuer: of('issuer') };
}
