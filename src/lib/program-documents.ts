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
 * The documents around a program: its approving decision, the plans whose frontmatter says they
 * serve it, and every other document that cites the decision (the citation graph: text citations,
 * including citations by the program's name, and "căn cứ"). Serving plans are not repeated.
 */
export function programDocuments(program: Program, site: Pick<Site, 'plans' | 'directives' | 'graph'>): ProgramDocuments {
  const decisionId = program.data.decision?.id;
  const decision = decisionId ? site.directives.find((d) => d.id === decisionId) : undefined;
  const serving = site.plans.filter((p) => p.data.programs.some((ref) => ref.id === program.id));
  const servingIds = new Set(serving.map((p) => p.id));
  const citing = decisionId
    ? site.graph
        .citedBy({ collection: 'directives', id: decisionId })
        .filter((ref) => !(ref.collection === 'plans' && servingIds.has(ref.id)))
        .map((ref): CitingDocument => {
          if (ref.collection === 'plans') return citingPlan(site.plans.find((p) => p.id === ref.id)!);
          const d = site.directives.find((x) => x.id === ref.id)!;
          return { href: directivePath(d.id), label: directiveLabel(d), issuer: d.data.issuer, date: d.data.issued };
        })
    : [];
  return { decision, serving, citing };
}
