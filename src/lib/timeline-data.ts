import type { Directive, Plan, Program, Site } from './content';
import { directiveLabel } from './documents';
import { directivePath, planPath } from './routes';
import { THEME_GROUPS, themeGroupOf, type ThemeGroupId } from './theme-groups';
import {
  placeMarkers,
  programBar,
  programStatus,
  TIMELINE_START,
  TIMELINE_YEARS,
  type Bar,
  type Marker,
  type ProgramStatus,
} from './timeline';

/** One program on the timeline, with what the page draws and says about it. */
export interface ProgramRow {
  program: Program;
  decision?: Directive | undefined;
  status: ProgramStatus;
  bar?: Bar | undefined;
  /** Start year, or the decision's year when only the end is known. */
  drawnFrom?: number | undefined;
}

/** A plan or directive as a point in time. */
export interface TimelineDoc {
  kind: 'plan' | 'directive';
  id: string;
  href: string;
  /** Short label: the number, or the province for a plan without one. */
  short: string;
  /** "Kế hoạch số 60/KH-LĐLĐ", "Quyết định số 23/QĐ-TTg". */
  label: string;
  title: string;
  issuer: string;
  date?: string | undefined;
  year: number;
  /** How the year of an undated plan is known. */
  yearNote?: string | undefined;
}

export interface YearEntry {
  year: number;
  starts: ProgramRow[];
  ends: ProgramRow[];
  docs: TimelineDoc[];
  /** In today's year: how many of `docs` come before today (the "hôm nay" item goes there). */
  todayAt?: number | undefined;
}

export interface TimelineModel {
  today: string;
  groups: { id: ThemeGroupId; rows: ProgramRow[] }[];
  planMarkers: Marker<TimelineDoc>[];
  directiveMarkers: Marker<TimelineDoc>[];
  /** Documents issued before 2016 (named in the year list, not drawn). */
  before: TimelineDoc[];
  years: YearEntry[];
}

const decisionYear = (d: Directive | undefined) => (d?.data.issued ? Number(d.data.issued.slice(0, 4)) : undefined);

export function programRow(program: Program, site: Pick<Site, 'directives'>, today: string): ProgramRow {
  const decision = program.data.decision ? site.directives.find((d) => d.id === program.data.decision?.id) : undefined;
  const approvedYear = decisionYear(decision);
  const { period } = program.data;
  return {
    program,
    decision,
    status: programStatus(period, today, decision?.data.issued),
    bar: programBar(period, approvedYear),
    drawnFrom: period.start ?? (period.end !== undefined ? approvedYear : undefined),
  };
}

const planDoc = (plan: Plan): TimelineDoc => ({
  kind: 'plan',
  id: plan.id,
  href: planPath(plan.id),
  short: plan.data.number ?? plan.data.province,
  label: plan.data.number ? `Kế hoạch số ${plan.data.number}` : 'Kế hoạch (không ghi số hiệu)',
  title: plan.data.title,
  issuer: plan.data.issuer,
  date: plan.data.issued,
  year: plan.data.year,
  yearNote: plan.data.issued ? undefined : plan.data.yearNote,
});

const directiveDoc = (d: Directive): TimelineDoc => ({
  kind: 'directive',
  id: d.id,
  href: directivePath(d.id),
  short: d.data.number,
  label: directiveLabel(d),
  title: d.data.shortName ?? d.data.title,
  issuer: d.data.issuer,
  date: d.data.issued,
  year: d.data.issued ? Number(d.data.issued.slice(0, 4)) : 0,
});

/** Sorts rows by the year drawn from, then the end year; programs with no known period go last. */
function byPeriod(a: ProgramRow, b: ProgramRow) {
  const key = (r: ProgramRow) => [r.drawnFrom ?? 9999, r.program.data.period.end ?? 9999] as const;
  const [a1, a2] = key(a);
  const [b1, b2] = key(b);
  return a1 - b1 || a2 - b2 || a.program.data.name.localeCompare(b.program.data.name, 'vi');
}

/**
 * Sort key for the year list: an undated document goes after every dated one of its year, since
 * its year is inferred from documents it follows (plan 002 implements a letter of 20/7/2020).
 */
const sortKey = (d: TimelineDoc) => d.date ?? `${d.year}-13`;
const byDate = (a: TimelineDoc, b: TimelineDoc) => sortKey(a).localeCompare(sortKey(b));

/**
 * Everything the timeline page shows. With `only`, just that theme group, and just the documents
 * around its programs (their decisions and the plans that serve them).
 */
export function buildTimeline(
  site: Pick<Site, 'plans' | 'directives' | 'programs'>,
  today: string,
  only?: ThemeGroupId,
): TimelineModel {
  const rows = site.programs.map((p) => programRow(p, site, today));
  const groups = THEME_GROUPS.filter((g) => only === undefined || g.id === only).map((g) => ({
    id: g.id,
    rows: rows.filter((r) => themeGroupOf(r.program.data.theme) === g.id).sort(byPeriod),
  }));
  const shown = groups.flatMap((g) => g.rows);
  const shownIds = new Set(shown.map((r) => r.program.id));
  const plans =
    only === undefined ? site.plans : site.plans.filter((p) => p.data.programs.some((ref) => shownIds.has(ref.id)));
  const decisionIds = new Set(shown.flatMap((r) => (r.decision ? [r.decision.id] : [])));
  const directives = only === undefined ? site.directives : site.directives.filter((d) => decisionIds.has(d.id));
  const docs = [...plans.map(planDoc), ...directives.map(directiveDoc)].sort(byDate);
  const todayYear = Number(today.slice(0, 4));

  const years = TIMELINE_YEARS.map((year): YearEntry => {
    const inYear = docs.filter((d) => d.year === year);
    return {
      year,
      starts: shown.filter((r) => r.program.data.period.start === year),
      ends: shown.filter((r) => r.program.data.period.end === year),
      docs: inYear,
      todayAt: year === todayYear ? inYear.filter((d) => sortKey(d) <= today).length : undefined,
    };
  });

  return {
    today,
    groups,
    planMarkers: placeMarkers(
      docs.filter((d) => d.kind === 'plan'),
      12,
    ),
    directiveMarkers: placeMarkers(
      docs.filter((d) => d.kind === 'directive'),
      1.2,
    ),
    before: docs.filter((d) => d.year < TIMELINE_START),
    years,
  };
}
