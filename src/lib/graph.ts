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
  /** Of those, the documents that say they implement it (căn cứ), as against only mentioning it. */
  implementedBy: (doc: DocRef) => DocRef[];
}

/** A document's key: `plans/<id>` or `directives/<id>`. */
export const refKey = (doc: DocRef) => `${doc.collection}/${doc.id}`;

/** Lists of documents by document, each document once per list, in the order added. */
function edges() {
  const lists = new Map<string, Map<string, DocRef>>();
  return {
    add(at: DocRef, doc: DocRef) {
      let list = lists.get(refKey(at));
      if (!list) lists.set(refKey(at), (list = new Map()));
      if (!list.has(refKey(doc))) list.set(refKey(doc), doc);
    },
    get: (at: DocRef): DocRef[] => [...(lists.get(refKey(at))?.values() ?? [])],
  };
}

export function buildCitationGraph(input: GraphInput): CitationGraph {
  const cites = edges();
  const citedBy = edges();
  const implementedBy = edges();
  const add = (from: DocRef, to: DocRef, implementing: boolean) => {
    if (refKey(from) === refKey(to)) return;
    cites.add(from, to);
    citedBy.add(to, from);
    if (implementing) implementedBy.add(to, from);
  };
  const directive = (id: string): DocRef => ({ collection: 'directives', id });
  for (const plan of input.plans) {
    const from: DocRef = { collection: 'plans', id: plan.id };
    for (const id of plan.implements) add(from, directive(id), true);
    for (const to of plan.textCitations) add(from, to, false);
  }
  for (const d of input.directives) {
    for (const id of d.implements) add(directive(d.id), directive(id), true);
  }
  return { cites: cites.get, citedBy: citedBy.get, implementedBy: implementedBy.get };
}
