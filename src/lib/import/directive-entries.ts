/**
 * The one place that knows how a directive entry is stored: `content/directives/<id>.mdx`, its
 * fields as YAML frontmatter and, as the body, what the page says about it. For a document known
 * only because a plan cites it, the body says so instead of a summary (content/README.md).
 */
import { stringify } from 'yaml';
import { formatDateShort } from '../dates';
import { documentLabel } from '../documents';
import { format, ui } from '../i18n';
import { PLAN_KIND } from '../../schemas/shared';

/** An entry for a document known only because a plan cites it: what the citing text says. */
export interface AsCitedDirective {
  id: string;
  number: string;
  kind: string;
  issuer: string;
  issued?: string;
  title: string;
  level: 'trung-uong' | 'tinh' | 'nganh';
  province?: string;
  /** The plan the text comes from. */
  knownFrom: string;
}

/** The plan a document is known from, as its label needs it. */
export interface CitingPlan {
  number?: string | undefined;
  title: string;
  /** Its date, YYYY-MM-DD: written after the number, it keeps the citation to the plan unambiguous. */
  issued?: string | undefined;
}

/** Where directive entries are kept (relative to the content folder), and a file's name there. */
export const directiveEntryPath = (id: string) => `directives/${id}.mdx`;

/**
 * The body of an as-cited entry: the one sentence saying where the document is known from. The
 * plan is named with its date where it has one ("Kế hoạch số 45/KH-LĐLĐ ngày 24/08/2021"), so that
 * the citation plugin links it to that plan even when other plans share its number.
 */
export function asCitedBody(plan: CitingPlan): string {
  const label = documentLabel({ kind: PLAN_KIND, number: plan.number, title: plan.title });
  return format(ui.directives.asCitedBody, {
    plan: plan.issued ? format(ui.directives.planDated, { label, date: formatDateShort(plan.issued) }) : label,
  });
}

/** The path (relative to the content folder) and text of a directive entry's file. */
export function directiveEntryFile(entry: AsCitedDirective, plan: CitingPlan): { path: string; text: string } {
  const { id, knownFrom, ...facts } = entry;
  const data = {
    number: facts.number,
    kind: facts.kind,
    issuer: facts.issuer,
    ...(facts.issued ? { issued: facts.issued } : {}),
    title: facts.title,
    level: facts.level,
    ...(facts.province ? { province: facts.province } : {}),
    confidence: 'as-cited',
    knownFrom,
  };
  return { path: directiveEntryPath(id), text: `---\n${yaml(data)}---\n\n${asCitedBody(plan)}\n` };
}

/** YAML as the content files are written: double-quoted strings, two-space lists, no wrapping. */
export const yaml = (data: unknown) =>
  stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
