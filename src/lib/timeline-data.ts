import type { Caveat } from './certainty';
import { byIssueDate, yearOf } from './dates';
import { documentLabel, summarise, summarisePlan, type DocumentSummary } from './documents';
import type { Directive, Plan, Program, Site } from './site';
import { THEME_GROUPS, themeGroupOf, type ThemeGroupId } from './theme-groups';
import {
  issuedBy,
  midYearPosition,
  placeMarkers,
  programBar,
  programStatus,
  todayPosition,
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
  /** The decision's label ("Quyết định số 23/QĐ-TTg"). */
  decisionLabel?: string | undefined;
  status: ProgramStatus;
  bar?: Bar | undefined;
  /** Start year, or the decision's year when only the end is known. */
  drawnFrom?: number | undefined;
  /** What to say beside the program wherever the row shows it ("theo dẫn chiếu tại …"). */
  caveat?: Caveat | undefined;
}

/** A plan or directive as a point in time. */
export interface TimelineDoc {
  kind: 'plan' | 'directive';
  id: string;
  href: string;
  /** Short label: the number, or the province for a plan without one. */
  short: string;
  /** "Kế hoạch số 60/KH-LĐLĐ", "Quyết định số 23/QĐ-TTg" (`documentLabel`). */
  label: string;
  /** The title, where the label does not already hold it. */
  title?: string | undefined;
  issuer: string;
  date?: string | undefined;
  year: number;
  /** How the year of an undated plan is known. */
  yearNote?: string | undefined;
  /** What to say beside the document when its source is less than sure. */
  caveat?: Caveat | undefined;
}

export interface YearEntry {
  year: number;
  starts: ProgramRow[];
  ends: ProgramRow[];
  docs: TimelineDoc[];
  /** In today's year: how many of `docs` come before today (the "hôm nay" item goes there). */
  todayAt?: number | undefined;
}

/** A program that may be running on the day shown, with the plans that serve it. */
export interface RunningProgram {
  row: ProgramRow;
  /** Plans whose frontmatter says they serve it, newest first. */
  plans: TimelineDoc[];
  /**
   * Whether it is running on the model's day. The block lists the programs still to come as well,
   * hidden, so that the page's script can show them when the reader's day has come to them.
   */
  now: boolean;
}

/** How many documents a year of the axis has, and where the middle of that year is. */
export interface YearCount {
  year: number;
  count: number;
  /** Percent of the axis. */
  position: number;
}

export interface TimelineModel {
  today: string;
  /** The year of `today`, for "Đang thực hiện năm …". */
  year: number;
  /** Programs running on `today` (and, not `now`, those still to come), in the order of the groups. */
  running: RunningProgram[];
  /** Where today's line goes on the axis (percent), when today is within 2016–2030. */
  todayAt?: number | undefined;
  groups: { id: ThemeGroupId; rows: ProgramRow[] }[];
  planMarkers: Marker<TimelineDoc>[];
  /** The directives of each year on the axis, drawn as one marker per year (there are many). */
  directiveYears: YearCount[];
  /** Documents issued before 2016 (named in the year list, not drawn). */
  before: TimelineDoc[];
  years: YearEntry[];
}

const decisionYear = (d: Directive | undefined) => (d?.data.issued ? yearOf(d.data.issued) : undefined);

/** What a program row needs of the site: its decision, and the caveats. */
export type RowSite = Pick<Site, 'plan' | 'directive' | 'caveat'>;

/** A program's row, with its status on `today` and the caveat its source calls for. */
export function programRow(program: Program, site: RowSite, today: string): ProgramRow {
  const decision = program.data.decision ? site.directive(program.data.decision.id) : undefined;
  const approvedYear = decisionYear(decision);
  const { period, confidence } = program.data;
  return {
    program,
    decision,
    decisionLabel: decision ? documentLabel(summarise(site, { collection: 'directives', id: decision.id })) : undefined,
    status: programStatus(period, today, decision?.data.issued, confidence === 'as-cited'),
    bar: programBar(period, approvedYear),
    drawnFrom: period?.start ?? (period?.end !== undefined ? approvedYear : undefined),
    caveat: site.caveat(program),
  };
}

const timelineDoc = (summary: DocumentSummary, short: string, yearNote?: string): TimelineDoc => ({
  kind: summary.ref.collection === 'plans' ? 'plan' : 'directive',
  id: summary.ref.id,
  href: summary.href,
  short,
  label: documentLabel(summary),
  title: summary.number ? summary.title : undefined,
  issuer: summary.issuer,
  date: summary.issued,
  year: summary.issued ? yearOf(summary.issued) : (summary.year ?? 0),
  yearNote: summary.issued ? undefined : yearNote,
  caveat: summary.caveat,
});

const planDoc = (plan: Plan) =>
  timelineDoc(summarisePlan(plan), plan.data.number ?? plan.data.province, plan.data.yearNote);

/** Sorts rows by the year drawn from, then the end year; programs with no known period go last. */
function byPeriod(a: ProgramRow, b: ProgramRow) {
  const key = (r: ProgramRow) => [r.drawnFrom ?? 9999, r.program.data.period?.end ?? 9999] as const;
  const [a1, a2] = key(a);
  const [b1, b2] = key(b);
  return a1 - b1 || a2 - b2 || a.program.data.name.localeCompare(b.program.data.name, 'vi');
}

/** Oldest first; an undated document after the dated ones of its (inferred) year. */
const oldestFirst = byIssueDate<TimelineDoc>('oldest', (d) => ({ issued: d.date, year: d.year }));

/**
 * Everything the timeline page shows. With `only`, just that theme group, and just the documents
 * around its programs (their decisions and the plans that serve them).
 */
export function buildTimeline(
  site: Pick<Site, 'plans' | 'directives' | 'programs' | 'plansServing'> & RowSite,
  today: string,
  only?: ThemeGroupId,
): TimelineModel {
  const rows = site.programs.map((p) => programRow(p, site, today));
  const directiveDoc = (d: Directive) =>
    timelineDoc(summarise(site, { collection: 'directives', id: d.id }), d.data.number);
  const groups = THEME_GROUPS.filter((g) => only === undefined || g.id === only).map((g) => ({
    id: g.id,
    rows: rows.filter((r) => themeGroupOf(r.program.data.theme) === g.id).sort(byPeriod),
  }));
  const shown = groups.flatMap((g) => g.rows);
  const shownIds = new Set(shown.map((r) => r.program.id));
  const plans =
    only === undefined ? site.plans : site.plans.filter((p) => p.data.programs.some((ref) => shownIds.has(ref.id)));
  const decisionIds = new Set(shown.flatMap((r) => (r.decision ? [r.decision.id] : [])));
  const shownDirectives = only === undefined ? site.directives : site.directives.filter((d) => decisionIds.has(d.id));
  const docs = [...plans.map(planDoc), ...shownDirectives.map(directiveDoc)].sort(oldestFirst);
  const todayYear = yearOf(today);

  const years = TIMELINE_YEARS.map((year): YearEntry => {
    const inYear = docs.filter((d) => d.year === year);
    return {
      year,
      starts: shown.filter((r) => r.program.data.period?.start === year),
      ends: shown.filter((r) => r.program.data.period?.end === year),
      docs: inYear,
      // Dated documents come first, so those issued by today are the first `todayAt`.
      todayAt:
        year === todayYear
          ? issuedBy(
              inYear.map((d) => d.date),
              today,
            )
          : undefined,
    };
  });

  return {
    today,
    year: todayYear,
    running: shown
      .filter((r) => r.status === 'ongoing' || r.status === 'upcoming')
      .map((row) => ({ row, plans: site.plansServing(row.program.id).map(planDoc), now: row.status === 'ongoing' })),
    todayAt: todayPosition(today),
    groups,
    planMarkers: placeMarkers(
      docs.filter((d) => d.kind === 'plan'),
      12,
    ),
    directiveYears: years.flatMap(({ year, docs: inYear }) => {
      const count = inYear.filter((d) => d.kind === 'directive').length;
      return count > 0 ? [{ year, count, position: midYearPosition(year) }] : [];
    }),
    before: docs.filter((d) => d.year < TIMELINE_START),
    years,
  };
}
