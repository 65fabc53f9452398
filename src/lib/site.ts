/**
 * The site's content as pages use it: every collection, sorted once, every reference checked, and
 * the indexes that per-page code would otherwise rebuild by scanning every entry (which plans serve
 * a program, which programs a decision approves, the plan filters, the citation graph).
 *
 * Pure: `loadSite()` (`content.ts`) fetches the entries from Astro's content layer and hands them
 * here, and the unit tests hand in entries of their own.
 */
import type { CollectionEntry } from 'astro:content';
import { entryCaveat, type Caveat } from './certainty';
import { byIssueDate } from './dates';
import { buildCitationGraph, refKey, type CitationGraph, type DocRef } from './graph';
import { planFacets, type PlanFacets } from './plan-filters';
import { findBrokenReferences, type ReferenceProblem } from './references';
import type { RecordedCitation } from './remark-citations';

export type Plan = CollectionEntry<'plans'>;
export type Directive = CollectionEntry<'directives'>;
export type Program = CollectionEntry<'programs'>;
export type Hotline = CollectionEntry<'hotlines'>;
export type Guidance = CollectionEntry<'guidance'>;
export type Campaign = CollectionEntry<'campaigns'>;

export interface Collections {
  plans: Plan[];
  directives: Directive[];
  programs: Program[];
  hotlines: Hotline[];
  guidance: Guidance[];
  campaigns: Campaign[];
}

export interface Site extends Collections {
  plan: (id: string) => Plan;
  directive: (id: string) => Directive;
  program: (id: string) => Program;
  hotline: (id: string) => Hotline;
  /** Citations found in a plan's text, in order, as the remark plugin linked them. */
  textCitations: (planId: string) => RecordedCitation[];
  /** Where the plans' texts cite a document: each plan (newest first) and its citations of it, in order. */
  citationsOf: (doc: DocRef) => { plan: Plan; citations: RecordedCitation[] }[];
  graph: CitationGraph;
  /** The national child-protection line, on every page (the one national line in service). */
  nationalHotline: Hotline;
  /** The article for a child who may be in danger: linked from the home page, the hotline page and the safety bar. */
  urgentGuidance: Guidance;
  /** Plans whose frontmatter says they serve a program, newest first. */
  plansServing: (programId: string) => Plan[];
  /** Programs a directive approves (their `decision`). */
  programsApprovedBy: (directiveId: string) => Program[];
  /** Every value of each plan filter, with its plans. */
  planFacets: PlanFacets<Plan>;
  /** What to say beside a document or program wherever it is shown, when its source is less than sure. */
  caveat: (entry: Directive | Program) => Caveat | undefined;
}

/** A function that finds an entry by id, and names the collection when there is none. */
export function lookup<T extends { id: string }>(entries: T[], collection: string) {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id: string): T => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${collection} entry "${id}"`);
    return entry;
  };
}

/** Entries grouped by the ids `keys` gives each, in entry order. */
function groupBy<T>(entries: T[], keys: (entry: T) => string[]) {
  const map = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    }
  }
  return (key: string): T[] => map.get(key) ?? [];
}

export function describeReferenceProblem(problem: ReferenceProblem): string {
  return `${problem.file}: field "${problem.field}" refers to ${problem.collection} entry "${problem.id}", which does not exist (expected one of: ${problem.known.join(', ')})`;
}

/** Lines in service across the country that are not emergency numbers: the national line. */
export const isNationalLine = (h: Hotline) => h.data.scope === 'toan-quoc' && !h.data.emergency && !h.data.superseded;

/**
 * Whether the site may offer the number as a call (a `tel:` link, a call button, the poster): not
 * an older number a plan still names, and not one FACTS.md marks unverified (it may not connect).
 */
export const isCallable = (h: Hotline) => !h.data.superseded && h.data.unverified === undefined;

function urgentGuidance(guidance: Guidance[]): Guidance {
  const urgent = guidance.filter((g) => g.data.urgent);
  if (urgent.length !== 1) {
    throw new Error(
      `content/guidance: expected exactly one article with "urgent: true" (the one the home page, the hotline page and the safety bar link), found ${urgent.length}: ${urgent.map((g) => g.id).join(', ') || 'none'}`,
    );
  }
  return urgent[0]!;
}

/** A call button in an article's "Cần giúp ngay?" box must be a number the site may offer as a call. */
function uncallableInBoxes(guidance: Guidance[], hotline: (id: string) => Hotline): string[] {
  return guidance.flatMap((g) =>
    g.data.hotlines
      .map((ref) => hotline(ref.id))
      .filter((h) => !isCallable(h))
      .map(
        (h) =>
          `${g.filePath ?? `content/guidance/${g.id}.mdx`}: field "hotlines" lists ${h.id}, which the site never offers as a call (${h.data.superseded ? 'an older number' : 'unverified'}): expected callable lines only`,
      ),
  );
}

function nationalHotline(hotlines: Hotline[]): Hotline {
  const lines = hotlines.filter(isNationalLine);
  if (lines.length !== 1) {
    throw new Error(
      `content/hotlines: expected exactly one national line in service (scope "toan-quoc", not emergency, not superseded), found ${lines.length}: ${lines.map((h) => h.id).join(', ') || 'none'}`,
    );
  }
  return lines[0]!;
}

const newestFirst = byIssueDate<Plan | Directive>('newest', (entry) => entry.data);

/**
 * Checks every reference between entries (Astro's `reference()` only checks the shape, not that
 * the entry exists), sorts each collection into page order and builds the indexes. A reference to
 * a missing entry stops the build with the file, the field and the ids that exist.
 */
export function assembleSite(collections: Collections, citations: Map<string, RecordedCitation[]>): Site {
  const problems = findBrokenReferences({ ...collections });
  if (problems.length > 0) {
    throw new Error(`Broken content references:\n${problems.map(describeReferenceProblem).join('\n')}`);
  }
  const { plans, directives, programs, hotlines, guidance, campaigns } = collections;
  const graph = buildCitationGraph({
    plans: plans.map((p) => ({
      id: p.id,
      implements: p.data.implements.map((r) => r.id),
      textCitations: (citations.get(p.id) ?? []).map((c): DocRef => ({ collection: c.collection, id: c.id })),
    })),
    directives: directives.map((d) => ({ id: d.id, implements: d.data.implements.map((r) => r.id) })),
  });
  plans.sort(newestFirst);
  directives.sort(newestFirst);
  const citing = new Map<string, { plan: Plan; citations: RecordedCitation[] }[]>();
  for (const plan of plans) {
    for (const citation of citations.get(plan.id) ?? []) {
      const key = refKey(citation);
      const list = citing.get(key) ?? [];
      if (list.at(-1)?.plan !== plan) list.push({ plan, citations: [] });
      list.at(-1)!.citations.push(citation);
      citing.set(key, list);
    }
  }
  hotlines.sort((a, b) => a.data.order - b.data.order);
  // The urgent article first, then A–Z.
  guidance.sort(
    (a, b) => Number(b.data.urgent) - Number(a.data.urgent) || a.data.title.localeCompare(b.data.title, 'vi'),
  );
  campaigns.sort((a, b) => a.data.order - b.data.order);
  const hotline = lookup(hotlines, 'hotlines');
  const boxes = uncallableInBoxes(guidance, hotline);
  if (boxes.length > 0) throw new Error(`Numbers that cannot be call buttons:\n${boxes.join('\n')}`);
  const plan = lookup(plans, 'plans');
  const directive = lookup(directives, 'directives');
  return {
    ...collections,
    plan,
    directive,
    program: lookup(programs, 'programs'),
    hotline,
    textCitations: (id) => citations.get(id) ?? [],
    citationsOf: (doc) => citing.get(refKey(doc)) ?? [],
    graph,
    nationalHotline: nationalHotline(hotlines),
    urgentGuidance: urgentGuidance(guidance),
    plansServing: groupBy(plans, (p) => p.data.programs.map((r) => r.id)),
    programsApprovedBy: groupBy(programs, (p) => (p.data.decision ? [p.data.decision.id] : [])),
    planFacets: planFacets(plans),
    caveat: (entry) => entryCaveat({ plan, directive }, entry),
  };
}
