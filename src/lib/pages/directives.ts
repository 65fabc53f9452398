/** View models of the directive pages (/van-ban/): the list and each document. */
import { caveatFor, caveatText, textWithCaveat, type Caveat } from '../certainty';
import type { CitingSentence } from '../citing-sentence';
import { byIssueDate, formatDateShort } from '../dates';
import { directiveStatus, type DirectiveStatusKind } from '../directive-status';
import {
  directiveLabel,
  directiveLink,
  documentCardDetail,
  documentLabel,
  documentPrintLine,
  summarise,
  summariseDirective,
  type DocLink,
  type DocumentSummary,
} from '../documents';
import { refKey, type DocRef } from '../graph';
import { format, ui } from '../i18n';
import { legislationJsonLd } from '../jsonld';
import { citationPath } from '../routes';
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

/** A line of text with links where its placeholders stand (rendered by `LinkedText`). */
export interface LinkedLine {
  template: string;
  links: Record<string, DocLink>;
}

/** Where to read the document: the link, labelled with the site's name, and what the page is. */
export interface TextLink {
  href: string;
  /** The site's name: its host, without "www.". */
  site: string;
  /** What the reader finds there ("cơ sở dữ liệu pháp luật, không phải trang chính thức"). */
  kind: string;
}

export interface StatusModel {
  kind: DirectiveStatusKind;
  /** "Còn hiệu lực", "Hết hiệu lực", "Giai đoạn đã kết thúc", "chưa có thông tin". */
  label: string;
  /** What the status rests on, each with its date: "có hiệu lực từ ngày 01/06/2017". */
  details: LinkedLine[];
  /** "tính đến ngày 30/11/2026": the day the status was worked out (the build). */
  asOf: string;
}

/** A document in the relations diagram: a link, and the caveat its source calls for. */
export interface RelationLink extends DocLink {
  caveat?: Caveat | undefined;
}

/** The relations the citation graph knows, for the diagram: each a link to the document. */
export interface RelationsModel {
  /** This document's label. */
  self: string;
  /** What it says it implements. */
  implements: RelationLink[];
  /** Documents that say they implement it. */
  implementedBy: RelationLink[];
  /** Documents that only cite it. */
  citedBy: RelationLink[];
}

/** A citing sentence, linked to the sentence itself in the plan's text. */
export interface CitingSentenceLink extends CitingSentence {
  href: string;
}

/** A document that cites this one, with the sentences of its text that do. */
export interface CitingDocument {
  summary: DocumentSummary;
  /** The first citing sentence, or the document's page when none of its sentences cites it. */
  href: string;
  /** It says it implements this document (căn cứ), as against only mentioning it. */
  implementing: boolean;
  /** Its citing sentences in reading order, each once. */
  sentences: CitingSentenceLink[];
}

export interface DirectivePageModel {
  /** "Luật Trẻ em số 102/2016/QH13", or "Quyết định số 1863/QĐ-TTg về …". */
  heading: string;
  description: string;
  kicker: string;
  jsonLd: Record<string, unknown>;
  /** Where to read it; undefined when the team has no link (the page says so in one line). */
  text?: TextLink | undefined;
  status: StatusModel;
  programs: ProgramItem[];
  relations: RelationsModel;
  /** Documents that cite it, newest first, with their citing sentences. */
  citing: CitingDocument[];
  /** Its preview card, and the line its printouts start with. */
  card: CardModel;
  printLine: string;
}

const newestFirst = byIssueDate<DocumentSummary>('newest');
const link = (summary: DocumentSummary): RelationLink => ({
  href: summary.href,
  label: documentLabel(summary),
  caveat: summary.caveat,
});
const line = (template: string, links: Record<string, DocLink> = {}): LinkedLine => ({ template, links });

/** " (mức tin cậy trung bình)" after a fact of that confidence, or nothing. */
function caveatOf(confidence: Parameters<typeof caveatFor>[0]): string {
  const caveat = caveatFor(confidence);
  return caveat ? format(ui.certainty.withCaveat, { text: '', caveat: caveatText(caveat) }) : '';
}

/** The status and what it rests on, on `today`. */
export function statusOf(site: Site, directive: Directive, today: string): StatusModel {
  const { data } = directive;
  const status = directiveStatus(data, today);
  const details: LinkedLine[] = [];
  if (data.replacedBy) {
    const by = site.directive(data.replacedBy.directive.id);
    details.push(
      line(
        format(ui.status.replacedBy, {
          // Left for LinkedText, which puts the link there.
          doc: '{doc}',
          date: by.data.issued ? format(ui.status.dated, { date: formatDateShort(by.data.issued) }) : '',
          caveat: caveatOf(data.replacedBy.confidence),
        }),
        { doc: directiveLink(by) },
      ),
      line(ui.status.repealedDateUnknown),
    );
  }
  if (data.inForce) details.push(line(format(ui.status.inForceSince, { date: formatDateShort(data.inForce) })));
  if (data.period && status.period && status.period !== 'unknown') {
    details.push(line(format(ui.status.period[status.period], { period: data.period.label })));
  }
  return {
    kind: status.kind,
    label: ui.status.kinds[status.kind],
    details,
    asOf: format(ui.status.asOf, { date: formatDateShort(today) }),
  };
}

/** The link to the document's text, labelled with its site's name and what the page is. */
export function textLinkOf(directive: Directive): TextLink | undefined {
  const { textUrl, textKind } = directive.data;
  if (!textUrl || !textKind) return undefined;
  return {
    href: textUrl,
    site: new URL(textUrl).hostname.replace(/^www\./, ''),
    kind: ui.directives.textKinds[textKind],
  };
}

/** The documents citing `self`, each with its citing sentences (one entry per sentence quoted). */
function citingDocuments(site: Site, self: DocRef): CitingDocument[] {
  const implementing = new Set(site.graph.implementedBy(self).map(refKey));
  const sentencesBy = new Map(
    site.citationsOf(self).map(({ plan, citations }) => {
      const seen = new Set<string>();
      const sentences = citations.flatMap((c): CitingSentenceLink[] => {
        const whole = `${c.sentence.before}${c.sentence.text}${c.sentence.after}`;
        if (seen.has(whole)) return [];
        seen.add(whole);
        return [{ ...c.sentence, href: citationPath(plan.id, c.anchor) }];
      });
      return [refKey({ collection: 'plans', id: plan.id }), sentences] as const;
    }),
  );
  return site.graph
    .citedBy(self)
    .map((ref) => summarise(site, ref))
    .sort(newestFirst)
    .map((summary) => {
      const sentences = sentencesBy.get(refKey(summary.ref)) ?? [];
      return {
        summary,
        href: sentences[0]?.href ?? summary.href,
        implementing: implementing.has(refKey(summary.ref)),
        sentences,
      };
    });
}

export function directivePage(site: Site, directive: Directive, url: URL, today: string): DirectivePageModel {
  const { data } = directive;
  const label = directiveLabel(directive);
  const self: DocRef = { collection: 'directives', id: directive.id };
  const citing = citingDocuments(site, self);
  const summary = summariseDirective(directive);
  // Titles (trích yếu) often start lower-case ("về tăng cường …"), so they read after the label.
  const heading = data.shortName
    ? format(ui.doc.numbered, { kind: data.shortName, number: data.number })
    : `${label} ${data.title}`;
  const kicker = `${ui.doc.levels[data.level]} · ${data.kind}`;
  // Shared links and search engines show the description: it carries the caveat as the page does.
  const description = textWithCaveat(
    site,
    directive,
    format(ui.doc.description, { label, issuer: data.issuer, title: data.title }),
  );
  return {
    heading,
    description,
    kicker,
    card: { kicker, title: heading, detail: textWithCaveat(site, directive, documentCardDetail(summary)) },
    printLine: textWithCaveat(site, directive, documentPrintLine(summary)),
    jsonLd: legislationJsonLd({
      description,
      number: data.number,
      name: `${label} ${data.title}`,
      issued: data.issued,
      issuer: data.issuer,
      province: data.province,
      url,
      kind: data.kind,
    }),
    text: textLinkOf(directive),
    status: statusOf(site, directive, today),
    programs: site.programsApprovedBy(directive.id).map((program) => programItem(site, program)),
    relations: {
      self: label,
      implements: data.implements.map((ref) => link(summarise(site, { collection: 'directives', id: ref.id }))),
      implementedBy: citing.filter((c) => c.implementing).map((c) => link(c.summary)),
      citedBy: citing.filter((c) => !c.implementing).map((c) => link(c.summary)),
    },
    citing,
  };
}
