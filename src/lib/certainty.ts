/**
 * How sure the site is of what it shows, said next to it wherever it appears (FACTS.md: "Never
 * state more than the table says"). A document or program known only because a plan cites it
 * carries "theo dẫn chiếu tại Kế hoạch số 45/KH-LĐLĐ"; a medium-confidence one, or a field a source
 * gives with medium confidence (28-CT/TW's signer), carries "mức tin cậy trung bình". Lists,
 * timeline rows, program lists, metadata rows and the open data all take the caveat from here.
 */
import type { CONFIDENCE } from '../schemas/shared';
import { planLink, type DocLink } from './documents';
import { format, ui } from './i18n';
import type { Directive, Plan, Program } from './site';

export type Confidence = (typeof CONFIDENCE)[number];

/** A caveat to show beside an entry or a field. */
export interface Caveat {
  confidence: Confidence;
  /** The caveat's words; `{plan}` stands where the link to the citing plan goes (`LinkedText`). */
  template: string;
  links: Record<string, DocLink>;
}

/**
 * The caveat for a confidence level, or `undefined` when the level needs none (high, med-high).
 * `knownFrom` is the plan an as-cited item is known from.
 */
export function caveatFor(confidence: Confidence, knownFrom?: DocLink): Caveat | undefined {
  if (confidence === 'as-cited') {
    return knownFrom
      ? { confidence, template: ui.certainty.asCited, links: { plan: knownFrom } }
      : { confidence, template: ui.certainty.asCitedNoPlan, links: {} };
  }
  if (confidence === 'med') return { confidence, template: ui.certainty.med, links: {} };
  return undefined;
}

/** The caveat as plain words, for text that holds no links (the JSON, a page description). */
export const caveatText = (caveat: Caveat): string =>
  format(caveat.template, Object.fromEntries(Object.entries(caveat.links).map(([slot, link]) => [slot, link.label])));

type Lookup = { plan: (id: string) => Plan; directive: (id: string) => Directive };

/**
 * The caveat of a document or a program. An as-cited program with no `knownFrom` of its own is
 * known through its decision, so it takes the plan the decision is known from.
 */
export function entryCaveat(site: Lookup, entry: Directive | Program): Caveat | undefined {
  const { data } = entry;
  const decision = 'decision' in data && data.decision ? site.directive(data.decision.id) : undefined;
  const from = data.knownFrom ?? decision?.data.knownFrom;
  return caveatFor(data.confidence, from ? planLink(site.plan(from.id)) : undefined);
}

/** The caveat of one field of a document, where a source gives that field with less certainty. */
export function fieldCaveat(directive: Directive, field: keyof Directive['data']['fieldConfidence']) {
  const confidence = directive.data.fieldConfidence[field];
  return confidence ? caveatFor(confidence) : undefined;
}

/**
 * A line of plain text about a document or program, followed by its caveat where it needs one:
 * "Quyết định số 1863/QĐ-TTg … (theo dẫn chiếu tại Kế hoạch số 45/KH-LĐLĐ)". For text that holds no
 * links: a source list, a preview card, a printed header, the feed.
 */
export function textWithCaveat(site: Lookup, entry: Directive | Program, text: string): string {
  const caveat = entryCaveat(site, entry);
  return caveat ? format(ui.certainty.withCaveat, { text, caveat: caveatText(caveat) }) : text;
}
