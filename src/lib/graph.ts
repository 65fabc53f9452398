/**
 * The citation graph: which document cites which. Plans cite what their text cites and what they
 * say they implement; directives cite what they implement. Pure, so it is unit-tested.
 */
export type DocRef = { collection: 'plans' | 'directives'; id: string };

export interface GraphInput {
  plans: { id: string; implements: string[]; textCitations: DocRef[] }[];
  directives: { id: string; implements: string[] }[];
}

export interface CitationGraph {
  /** Documents a document cites, each once, in first-cited order. */
  cites: (doc: DocRef) => DocRef[];
  /** Documents that cite a document, each once. */
  citedBy: (doc: DocRef) => DocRef[];
}

const key = (doc: DocRef) => `${doc.collection}/${doc.id}`;

export function buildCitationGraph(input: GraphInput): CitationGraph {
  const cites = new Map<string, DocRef[]>();
  const citedBy = new Map<string, DocRef[]>();
  const add = (from: DocRef, to: DocRef) => {
    if (key(from) === key(to)) return;
    const out = cites.get(key(from)) ?? [];
    if (!out.some((d) => key(d) === key(to))) out.push(to);
    cites.set(key(from), out);
    const back = citedBy.get(key(to)) ?? [];
    if (!back.some((d) => key(d) === key(from))) back.push(from);
    citedBy.set(key(to), back);
  };
  const directive = (id: string): DocRef => ({ collection: 'directives', id });
  for (const plan of input.plans) {
    const from: DocRef = { collection: 'plans', id: plan.id };
    for (const id of plan.implements) add(from, directive(id));
    for (const to of plan.textCitations) add(from, to);
  }
  for (const d of input.directives) {
    for (const id of d.implements) add(directive(d.id), directive(id));
  }
  return {
    cites: (doc) => cites.get(key(doc)) ?? [],
    citedBy: (doc) => citedBy.get(key(doc)) ?? [],
  };
}
