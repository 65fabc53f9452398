/**
 * What the site must say beside a less-than-sure fact, worked out from content/ and the reference
 * files without the site's own code, so the checks on the build (tests/dist/) can hold every page,
 * list, timeline row and open-data file to it.
 */
import { directives, plans, programs, type DirectiveEntry, type PlanEntry, type ProgramEntry } from './content';
import type { ReferenceFact } from './reference-facts';

/** A plan as the site names it: "Kế hoạch số 45/KH-LĐLĐ", or Kế hoạch “title” when it has no number. */
export const planName = (plan: PlanEntry) => (plan.number ? `Kế hoạch số ${plan.number}` : `Kế hoạch “${plan.title}”`);

export interface CaveatedEntry {
  /** The page the entry has: `/van-ban/<id>/` or `/lo-trinh/<id>/`. */
  path: string;
  id: string;
  confidence: string;
  /**
   * Words that must stand beside the entry wherever it is shown, compared lower-case: "theo dẫn
   * chiếu" and the plan it is known from, or "mức tin cậy trung bình".
   */
  words: string[];
}

/**
 * Every document and program FACTS.md gives as "as cited" or "Med": known only because a plan
 * cites it ("theo dẫn chiếu tại <plan>"), or of medium confidence ("mức tin cậy trung bình").
 */
export function caveatedEntries(): CaveatedEntry[] {
  const planById = new Map(plans().map((p) => [p.id, p]));
  const directiveById = new Map(directives().map((d) => [d.id, d]));
  const words = (entry: DirectiveEntry | ProgramEntry, knownFrom: string | undefined) => {
    if (entry.confidence === 'med') return ['mức tin cậy trung bình'];
    const plan = knownFrom ? planById.get(knownFrom) : undefined;
    return plan ? ['theo dẫn chiếu', planName(plan)] : ['theo dẫn chiếu'];
  };
  const caveated = (e: { confidence: string }) => e.confidence === 'as-cited' || e.confidence === 'med';
  return [
    ...directives()
      .filter(caveated)
      .map((d) => ({ path: `/van-ban/${d.id}/`, id: d.id, confidence: d.confidence, words: words(d, d.knownFrom) })),
    ...programs()
      .filter(caveated)
      .map((p) => ({
        path: `/lo-trinh/${p.id}/`,
        id: p.id,
        confidence: p.confidence,
        words: words(p, p.knownFrom ?? (p.decision ? directiveById.get(p.decision)?.knownFrom : undefined)),
      })),
  ];
}

/**
 * Words FACTS.md §1 marks "(Med)" inside a row of otherwise surer facts: "Trương Thị Mai, Thường
 * trực Ban Bí thư (Med)" is a medium-confidence signer in a High row. Each is the text from the
 * start of its clause (after "; " or the cell's start) to the mark.
 */
export function mediumPhrases(facts: Map<string, ReferenceFact>): { row: string; phrase: string }[] {
  return [...facts.values()]
    .filter((f) => f.key.startsWith('§1 '))
    .flatMap((f) =>
      f.text
        .split('|')
        .flatMap((cell) => [...cell.matchAll(/(?:^|;)\s*([^;()|]+?)\s*\(Med\)/g)].map((m) => m[1]!.trim()))
        .map((phrase) => ({ row: f.key, phrase })),
    );
}
