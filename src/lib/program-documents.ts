import type { Directive, Plan, Program, Site } from './content';
import { summarise, type DocumentSummary } from './documents';

export interface ProgramDocuments {
  decision?: Directive | undefined;
  /** Plans whose frontmatter names the program. */
  serving: Plan[];
  /** Other documents that cite it, without the serving plans. */
  citing: DocumentSummary[];
}

/**
 * The documents around a program: its approving decision, the plans whose frontmatter says they
 * serve it, and every other document that cites the decision (the citation graph: text citations,
 * including citations by the program's name, and "căn cứ"). Serving plans are not repeated.
 */
export function programDocuments(program: Program, site: Site): ProgramDocuments {
  const decisionId = program.data.decision?.id;
  const decision = decisionId ? site.directives.find((d) => d.id === decisionId) : undefined;
  const serving = site.plans.filter((p) => p.data.programs.some((ref) => ref.id === program.id));
  const servingIds = new Set(serving.map((p) => p.id));
  const citing = decisionId
    ? site.graph
        .citedBy({ collection: 'directives', id: decisionId })
        .filter((ref) => !(ref.collection === 'plans' && servingIds.has(ref.id)))
        .map((ref) => summarise(site, ref))
    : [];
  return { decision, serving, citing };
}
