/**
 * How the site names and lists documents. One label per document, written one way everywhere:
 * "Quyết định số 1863/QĐ-TTg", "Kế hoạch số 45/KH-LĐLĐ", or for a plan without a số hiệu its title:
 * Kế hoạch “Thực hiện công tác trẻ em năm 2020”.
 */
import type { Caveat } from './certainty';
import { formatDateLong, formatDateShort } from './dates';
import type { DocRef } from './graph';
import { format, ui } from './i18n';
import { directivePath, planPath } from './routes';
import type { Directive, Plan, Site } from './site';

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
  /** What to say beside it when its source is less than sure ("theo dẫn chiếu tại …"). */
  caveat?: Caveat | undefined;
  /**
   * Set where a plan names the document (a program's name) but never writes its number: the number
   * shown comes from the site's reference facts, and the list says so.
   */
  namedOnly?: boolean | undefined;
}

export function summarisePlan({ id, data }: Plan): DocumentSummary {
  return {
    ref: { collection: 'plans', id },
    href: planPath(id),
    kind: ui.doc.kindPlan,
    number: data.number,
    title: data.title,
    issued: data.issued,
    year: data.year,
    issuer: data.issuer,
  };
}

export function summariseDirective({ id, data }: Directive): DocumentSummary {
  return {
    ref: { collection: 'directives', id },
    href: directivePath(id),
    kind: data.kind,
    number: data.number,
    title: data.shortName ?? data.title,
    issued: data.issued,
    issuer: data.issuer,
  };
}

/** A plan or directive for a list, with the caveat its source calls for. */
export function summarise(site: Pick<Site, 'plan' | 'directive' | 'caveat'>, ref: DocRef): DocumentSummary {
  if (ref.collection === 'plans') return summarisePlan(site.plan(ref.id));
  const directive = site.directive(ref.id);
  return { ...summariseDirective(directive), caveat: site.caveat(directive) };
}

/** The label of a document: its kind and number, or its kind and title when it has no number. */
export const documentLabel = (d: Pick<DocumentSummary, 'kind' | 'number' | 'title'>): string =>
  d.number
    ? format(ui.doc.numbered, { kind: d.kind, number: d.number })
    : format(ui.doc.unnumbered, { kind: d.kind, title: d.title });

export const planLabel = (plan: Plan) => documentLabel(summarisePlan(plan));
export const directiveLabel = (d: Directive) => documentLabel(summariseDirective(d));

/**
 * The label followed by the title, where the label does not already hold it:
 * "Kế hoạch số 45/KH-LĐLĐ: Tổ chức hoạt động …".
 */
export const labelAndTitle = (d: Pick<DocumentSummary, 'kind' | 'number' | 'title'>): string =>
  d.number ? format(ui.doc.labelAndTitle, { label: documentLabel(d), title: d.title }) : documentLabel(d);

/** The small line over a plan's title, in lists and on its page: "Kế hoạch 45/KH-LĐLĐ". */
export const planKicker = (plan: Plan) =>
  plan.data.number ? format(ui.doc.kicker, { kind: ui.doc.kindPlan, number: plan.data.number }) : ui.doc.kindPlan;

/** A link to a document, labelled. */
export interface DocLink {
  href: string;
  label: string;
}

export const planLink = (plan: Plan): DocLink => ({ href: planPath(plan.id), label: planLabel(plan) });
export const directiveLink = (d: Directive): DocLink => ({ href: directivePath(d.id), label: directiveLabel(d) });

/** The line a printout of a document starts with: "Kế hoạch số 60/KH-LĐLĐ, ngày 20 tháng 4 năm 2018". */
export const documentPrintLine = (d: DocumentSummary): string =>
  format(ui.share.printLine, { label: documentLabel(d), date: d.issued ? formatDateLong(d.issued) : ui.doc.noDate });

/** The card's last line for a document: who issued it, and when, when the text says. */
export const documentCardDetail = (d: Pick<DocumentSummary, 'issuer' | 'issued'>): string =>
  [d.issuer, d.issued && formatDateShort(d.issued)].filter(Boolean).join(' · ');
