import type { Directive, Plan, Program, Site } from './content';
import { directivePath, planPath } from './routes';

/** A document shown as citing a program: enough to link and date it. */
export interface CitingDocument {
  href: string;
  /** "Kế hoạch số 63/KH-CDYT", "Quyết định số 23/QĐ-TTg". */
  label: string;
  issuer: string;
  /** YYYY-MM-DD, when the document has a date. */
  date?: string | undefined;
}

export interface ProgramDocuments {
  decision?: Directive | undefined;
  /** Plans whose frontmatter names the program. */
  serving: Plan[];
  /** Other documents that cite it, without the serving plans. */
  citing: CitingDocument[];
}

export const planLabel = (plan: Plan) => (plan.data.number ? `Kế hoạch số ${plan.data.number}` : `Kế hoạch “${plan.data.title}”`);
export const directiveLabel = (d: Directive) => `${d.data.kind} số ${d.data.number}`;

export const citingPlan = (plan: Plan): CitingDocument => ({
  href: planPath(plan.id),
  label: planLabel(plan),
  issuer: plan.data.issuer,
  date: plan.data.issued,
});

/**
 * The documents around a program. Until plans' text citations are indexed, "citing" means the
 * plans that implement the program's approving decision; pass `citing` to use a fuller list
 * (a citation graph), and the serving plans are still taken out of it so nothing shows twice.
 */
export function programDocuments(program: Program, site: Pick<Site, 'plans' | 'directives'>, citing?: CitingDocument[]): ProgramDocuments {
  const decisionId = program.data.decision?.id;
  const decision = decisionId ? site.directives.find((d) => d.id === decisionId) : undefined;
  const serving = site.plans.filter((p) => p.data.programs.some((ref) => ref.id === program.id));
  const servingHrefs = new Set(serving.map((p) => planPath(p.id)));
  const fallback = decisionId
    ? site.plans.filter((p) => p.data.implements.some((ref) => ref.id === decisionId)).map(citingPlan)
    : [];
  return {
    decision,
    serving,
    citing: (citing ?? fallback).filter((doc) => !servingHrefs.has(doc.href) && doc.href !== (decision ? directivePath(decision.id) : '')),
  };
}
