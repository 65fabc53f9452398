/** View models of the directive pages (/van-ban/): the list and each document. */
import { byIssueDate } from '../dates';
import { textWithCaveat } from '../certainty';
import {
  documentCardDetail,
  documentPrintLine,
  directiveLabel,
  planLink,
  summarise,
  summariseDirective,
  type DocLink,
  type DocumentSummary,
} from '../documents';
import { refKey, type DocRef } from '../graph';
import { format, ui } from '../i18n';
import { legislationJsonLd } from '../jsonld';
import type { CardModel } from '../share/card';
import type { Directive, Site } from '../site';
import { programItem, type ProgramItem } from './programs';

export interface DirectiveGroup {
  id: string;
  heading: string;
  /** Each document with its caveat, and its title as the list shows it. */
  items: { doc: DocumentSummary; title: string }[];
}

/** The list: national documents, then local and sector ones. */
export function directiveGroups(site: Site): DirectiveGroup[] {
  const item = (directive: Directive) => ({
    doc: summarise(site, { collection: 'directives', id: directive.id }),
    title: directive.data.shortName
      ? format(ui.doc.labelAndTitle, { label: directive.data.shortName, title: directive.data.title })
      : directive.data.title,
  });
  const isNational = (d: Directive) => d.data.level === 'trung-uong';
  return [
    { id: 'trung-uong', heading: ui.directives.national, items: site.directives.filter(isNational).map(item) },
    {
      id: 'dia-phuong',
      heading: ui.directives.local,
      items: site.directives.filter((d) => !isNational(d)).map(item),
    },
  ];
}

export interface DirectivePageModel {
  /** "Luật Trẻ em số 102/2016/QH13", or "Quyết định số 1863/QĐ-TTg về …". */
  heading: string;
  description: string;
  kicker: string;
  jsonLd: Record<string, unknown>;
  /** For a document known only from a plan: that plan (the page says so). */
  knownFrom?: DocLink | undefined;
  programs: ProgramItem[];
  /** What this document implements. */
  implemented: DocumentSummary[];
  /** Documents that cite it, newest first. */
  citedBy: DocumentSummary[];
  /** Which of those name it as what they implement (`collection/id`), as against only mentioning it. */
  implementing: Set<string>;
  /** Its preview card, and the line its printouts start with. */
  card: CardModel;
  printLine: string;
}

const newestFirst = byIssueDate<DocumentSummary>('newest');

export function directivePage(site: Site, directive: Directive, url: URL): DirectivePageModel {
  const { data } = directive;
  const label = directiveLabel(directive);
  const self: DocRef = { collection: 'directives', id: directive.id };
  const summary = summariseDirective(directive);
  // Titles (trích yếu) often start lower-case ("về tăng cường …"), so they read after the label.
  const heading = data.shortName
    ? format(ui.doc.numbered, { kind: data.shortName, number: data.number })
    : `${label} ${data.title}`;
  const kicker = `${ui.doc.levels[data.level]} · ${data.kind}`;
  return {
    heading,
    description: format(ui.doc.description, { label, issuer: data.issuer, title: data.title }),
    kicker,
    card: { kicker, title: heading, detail: textWithCaveat(site, directive, documentCardDetail(summary)) },
    printLine: textWithCaveat(site, directive, documentPrintLine(summary)),
    jsonLd: legislationJsonLd({
      number: data.number,
      name: `${label} ${data.title}`,
      issued: data.issued,
      issuer: data.issuer,
      province: data.province,
      url,
      kind: data.kind,
    }),
    knownFrom: data.knownFrom ? planLink(site.plan(data.knownFrom.id)) : undefined,
    programs: site.programsApprovedBy(directive.id).map((program) => programItem(site, program)),
    implemented: data.implements.map((ref) => summarise(site, { collection: 'directives', id: ref.id })),
    citedBy: site.graph
      .citedBy(self)
      .map((ref) => summarise(site, ref))
      .sort(newestFirst),
    implementing: new Set(site.graph.implementedBy(self).map(refKey)),
  };
}
