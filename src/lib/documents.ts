import type { Directive, Plan, Site } from './content';
import type { DocRef } from './graph';
import { directivePath, planPath } from './routes';

/** How the site names a document: "Quyết định số 1863/QĐ-TTg". */
export const directiveLabel = (d: Directive) => `${d.data.kind} số ${d.data.number}`;

/** How the site names a plan: "Kế hoạch số 45/KH-LĐLĐ", or its title when it has no số hiệu. */
export const planLabel = (plan: Plan) =>
  plan.data.number ? `Kế hoạch số ${plan.data.number}` : `Kế hoạch “${plan.data.title}”`;

/** What a list of documents shows for each: link, kind and number, date and issuer. */
export interface DocumentSummary {
  ref: DocRef;
  href: string;
  kind: string;
  number?: string | undefined;
  title: string;
  issued?: string | undefined;
  /** Year for an undated plan. */
  year?: number | undefined;
  issuer: string;
}

export function summarise(site: Site, ref: DocRef): DocumentSummary {
  if (ref.collection === 'plans') {
    const { data } = site.plan(ref.id);
    return {
      ref,
      href: planPath(ref.id),
      kind: 'Kế hoạch',
      number: data.number,
      title: data.title,
      issued: data.issued,
      year: data.year,
      issuer: data.issuer,
    };
  }
  const { data } = site.directive(ref.id);
  return {
    ref,
    href: directivePath(ref.id),
    kind: data.kind,
    number: data.number,
    title: data.shortName ?? data.title,
    issued: data.issued,
    issuer: data.issuer,
  };
}

/** Newest first; undated documents by their year, after dated ones of the same year. */
export function byDateDesc(a: DocumentSummary, b: DocumentSummary): number {
  const date = (d: DocumentSummary) => d.issued ?? `${d.year ?? 0}-00-00`;
  return date(b).localeCompare(date(a));
}
