/** View models of the program pages (/lo-trinh/<program>/) and of /du-lieu/lo-trinh.json. */
import { caveatText, textWithCaveat, type Caveat } from '../certainty';
import { formatDateShort } from '../dates';
import { planLink, summarise, type DocLink, type DocumentSummary } from '../documents';
import { format, ui } from '../i18n';
import { directivePath, planPath, programPath } from '../routes';
import type { Directive, Plan, Program, Site } from '../site';
import { themeGroupOf, type ThemeGroupId } from '../theme-groups';
import { programRow, type ProgramRow } from '../timeline-data';
import type { CardModel } from '../share/card';

/** A program in a list (a plan's or a decision's programs): its name, period and caveat. */
export interface ProgramItem {
  href: string;
  name: string;
  /** The period as a source words it, where one does. */
  period?: string | undefined;
  caveat?: Caveat | undefined;
}

export const programItem = (site: Pick<Site, 'caveat'>, program: Program): ProgramItem => ({
  href: programPath(program.id),
  name: program.data.name,
  period: program.data.period?.label,
  caveat: site.caveat(program),
});

/** How sure the site is of an entry, for the open data: its level, the plan it is known from, and the caveat's words. */
export function certaintyJson(site: Pick<Site, 'caveat'>, entry: Directive | Program) {
  const caveat = site.caveat(entry);
  return {
    confidence: entry.data.confidence,
    knownFrom: entry.data.knownFrom?.id ?? null,
    caveat: caveat ? caveatText(caveat) : null,
  };
}

export interface ProgramDocuments {
  /** The approving decision, with its caveat. */
  decision?: DocumentSummary | undefined;
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
  const serving = site.plansServing(program.id);
  const servingIds = new Set(serving.map((p) => p.id));
  return {
    decision: decisionId ? summarise(site, { collection: 'directives', id: decisionId }) : undefined,
    serving,
    citing: decisionId
      ? site.graph
          .citedBy({ collection: 'directives', id: decisionId })
          .filter((ref) => !(ref.collection === 'plans' && servingIds.has(ref.id)))
          .map((ref) => summarise(site, ref))
      : [],
  };
}

export interface ProgramPageModel {
  row: ProgramRow;
  docs: ProgramDocuments;
  group: ThemeGroupId;
  description: string;
  /** The period as a source words it, or "chưa có thông tin". */
  period: string;
  /** For a program no decision names: the plan it is known from. */
  knownFrom?: DocLink | undefined;
  /** "Tình trạng": the status on the day of the build. */
  statusLine: string;
  /** Targets, grouped by the plan that sets them, in the plan's words. */
  targets: { plan: DocLink; quotes: string[] }[];
  card: CardModel;
}

export function programPage(site: Site, program: Program, today: string): ProgramPageModel {
  const { data } = program;
  const row = programRow(program, site, today);
  const planIds = [...new Set(data.targets.map((t) => t.plan.id))];
  const period = data.period?.label ?? ui.doc.unknown;
  const group = themeGroupOf(data.theme);
  return {
    row,
    docs: programDocuments(program, site),
    group,
    card: {
      kicker: format(ui.timeline.programKicker, { group: ui.timeline.groups[group] }),
      title: data.name,
      detail: textWithCaveat(site, program, format(ui.share.cardDetail, { label: ui.doc.period, value: period })),
    },
    description: textWithCaveat(site, program, `${data.name} (${period})`),
    period,
    knownFrom: data.knownFrom ? planLink(site.plan(data.knownFrom.id)) : undefined,
    statusLine: format(ui.timeline.statusAsOf, {
      status: ui.timeline.status[row.status],
      date: formatDateShort(today),
    }),
    targets: planIds.map((id) => ({
      plan: planLink(site.plan(id)),
      quotes: data.targets.filter((t) => t.plan.id === id).map((t) => t.quote),
    })),
  };
}

/** Open data: every program with its period, decision and linked documents (PRODUCT.md contract). */
export function programsJson(site: Site, today: string, url: (path: string) => string) {
  return site.programs.map((program) => {
    const { data } = program;
    const docs = programDocuments(program, site);
    const row = programRow(program, site, today);
    const decision = data.decision ? site.directive(data.decision.id) : undefined;
    return {
      id: program.id,
      url: url(programPath(program.id)),
      name: data.name,
      period: data.period ?? null,
      theme: data.theme,
      group: themeGroupOf(data.theme),
      status: row.status,
      statusAsOf: today,
      ...certaintyJson(site, program),
      decision: decision
        ? {
            id: decision.id,
            number: decision.data.number,
            kind: decision.data.kind,
            issued: decision.data.issued ?? null,
            issuer: decision.data.issuer,
            url: url(directivePath(decision.id)),
            ...certaintyJson(site, decision),
          }
        : null,
      plans: docs.serving.map((p) => ({
        id: p.id,
        number: p.data.number,
        issued: p.data.issued,
        year: p.data.year,
        url: url(planPath(p.id)),
      })),
      citedBy: docs.citing.map((d) => ({
        kind: d.kind,
        number: d.number ?? null,
        issued: d.issued ?? null,
        issuer: d.issuer,
        url: url(d.href),
      })),
      targets: data.targets.map((t) => ({ plan: t.plan.id, text: t.quote })),
      notes: data.notes,
      sources: data.sources,
    };
  });
}
