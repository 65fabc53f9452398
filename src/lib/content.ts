import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildCitationGraph, type CitationGraph } from './graph';
import { findBrokenReferences, type ReferenceProblem } from './references';
import type { RecordedCitation } from './remark-citations';

export type Plan = CollectionEntry<'plans'>;
export type Directive = CollectionEntry<'directives'>;
export type Program = CollectionEntry<'programs'>;
export type Hotline = CollectionEntry<'hotlines'>;
export type Guidance = CollectionEntry<'guidance'>;

export interface Site {
  plans: Plan[];
  directives: Directive[];
  programs: Program[];
  hotlines: Hotline[];
  guidance: Guidance[];
  plan: (id: string) => Plan;
  directive: (id: string) => Directive;
  program: (id: string) => Program;
  hotline: (id: string) => Hotline;
  /** Citations found in a plan's text, in order, as the remark plugin linked them. */
  textCitations: (planId: string) => RecordedCitation[];
  graph: CitationGraph;
}

const byDateDesc = (a: { data: { issued?: string | undefined; year?: number } }, b: typeof a) =>
  (b.data.issued ?? `${b.data.year ?? 0}`).localeCompare(a.data.issued ?? `${a.data.year ?? 0}`);

function indexBy<T extends { id: string }>(entries: T[], collection: string) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id: string): T => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${collection} entry "${id}"`);
    return entry;
  };
}

function describe(problem: ReferenceProblem) {
  return `${problem.file}: field "${problem.field}" refers to ${problem.collection} entry "${problem.id}", which does not exist (expected one of: ${problem.known.join(', ')})`;
}

let cached: Promise<Site> | undefined;

/**
 * Loads every collection once per build and checks every reference between entries, so a link to
 * a missing entry stops the build with the file and field named (Astro's reference() alone only
 * checks the shape, not that the entry exists).
 */
export function loadSite(): Promise<Site> {
  cached ??= (async () => {
    const [plans, directives, programs, hotlines, guidance] = await Promise.all([
      getCollection('plans'),
      getCollection('directives'),
      getCollection('programs'),
      getCollection('hotlines'),
      getCollection('guidance'),
    ]);
    const problems = findBrokenReferences({ plans, directives, programs, hotlines, guidance });
    if (problems.length > 0) {
      throw new Error(`Broken content references:\n${problems.map(describe).join('\n')}`);
    }
    const textCitations = new Map<string, RecordedCitation[]>();
    for (const plan of plans) {
      const { remarkPluginFrontmatter } = await render(plan);
      const found = remarkPluginFrontmatter['citations'] as RecordedCitation[] | undefined;
      if (!Array.isArray(found))
        throw new Error(`${plan.filePath ?? plan.id}: the citation plugin did not run on this plan`);
      textCitations.set(plan.id, found);
    }
    const graph = buildCitationGraph({
      plans: plans.map((p) => ({
        id: p.id,
        implements: p.data.implements.map((r) => r.id),
        textCitations: (textCitations.get(p.id) ?? []).map((c) => ({ collection: c.collection, id: c.id })),
      })),
      directives: directives.map((d) => ({ id: d.id, implements: d.data.implements.map((r) => r.id) })),
    });
    plans.sort(byDateDesc);
    directives.sort(byDateDesc);
    hotlines.sort((a, b) => a.data.order - b.data.order);
    guidance.sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
    return {
      plans,
      directives,
      programs,
      hotlines,
      guidance,
      plan: indexBy(plans, 'plans'),
      directive: indexBy(directives, 'directives'),
      program: indexBy(programs, 'programs'),
      hotline: indexBy(hotlines, 'hotlines'),
      textCitations: (id) => textCitations.get(id) ?? [],
      graph,
    };
  })();
  return cached;
}
