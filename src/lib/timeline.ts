/**
 * Pure timeline logic: where a program's bar and a document's marker sit on the 2016–2030 axis,
 * and a program's status on a given day. No Astro imports, so Vitest runs it as is.
 */

import { parseDate, yearOf } from './dates';

/** The years the timeline draws (PRODUCT.md: "the national programs 2016–2030"). */
export const TIMELINE_START = 2016;
export const TIMELINE_END = 2030;
export const TIMELINE_YEARS = /* @__PURE__ */ Array.from(
  { length: TIMELINE_END - TIMELINE_START + 1 },
  (_, i) => TIMELINE_START + i,
);

export interface PeriodLike {
  start?: number | undefined;
  end?: number | undefined;
  /** The year the program's orientation runs to, past its end ("định hướng đến năm 2030"). */
  orientedTo?: number | undefined;
}

/**
 * - `oriented`: past its period, within the years its orientation runs to, so not ended;
 * - `unconfirmed`: known only because a plan cites it, so whether it ran, or still runs, is not known.
 */
export type ProgramStatus = 'ended' | 'ongoing' | 'upcoming' | 'oriented' | 'unconfirmed' | 'unknown';

/**
 * A program's status on `today` (YYYY-MM-DD), from its period in whole years. A program whose
 * start year no source gives counts as running once its approving decision is issued
 * (`approved`); with neither, or with no end year, the status is unknown rather than guessed. A
 * program known only as cited (`asCited`) is never said to have ended, or to run: only its cited
 * period is known. A program past its period but within its orientation ("định hướng đến năm
 * 2030") has not ended.
 */
export function programStatus(
  period: PeriodLike | undefined,
  today: string,
  approved?: string,
  asCited = false,
): ProgramStatus {
  const year = yearOf(today);
  if (asCited) return 'unconfirmed';
  if (period?.end === undefined) return 'unknown';
  if (period.end < year) return period.orientedTo !== undefined && period.orientedTo >= year ? 'oriented' : 'ended';
  if (period.start !== undefined) return period.start > year ? 'upcoming' : 'ongoing';
  if (approved === undefined) return 'unknown';
  return approved <= today ? 'ongoing' : 'upcoming';
}

const DAY_MS = 86_400_000;
const axisStart = Date.UTC(TIMELINE_START, 0, 1);
const axisEnd = Date.UTC(TIMELINE_END + 1, 0, 1);

/** Position of a day on the axis, in percent (0 = 1 Jan 2016, 100 = 31 Dec 2030 at midnight). */
export function datePosition(iso: string): number {
  const { year, month, day } = parseDate(iso);
  const t = Date.UTC(year, month - 1, day) + DAY_MS / 2;
  return round(((t - axisStart) / (axisEnd - axisStart)) * 100);
}

/** Where today's line goes on the axis, or `undefined` when today is outside 2016–2030. */
export function todayPosition(today: string): number | undefined {
  const year = yearOf(today);
  return year >= TIMELINE_START && year <= TIMELINE_END ? datePosition(today) : undefined;
}

/** Which side of today's line its label goes: the side with more room. */
export const todaySide = (at: number): 'start' | 'end' => (at > 50 ? 'end' : 'start');

/** Position of the middle of a year on the axis, in percent: where a document known by its year alone goes. */
export const midYearPosition = (year: number) => datePosition(`${year}-07-02`);

/** Position of the start of a year on the axis, in percent. */
export const yearStartPosition = (year: number) =>
  round(((Date.UTC(year, 0, 1) - axisStart) / (axisEnd - axisStart)) * 100);

const round = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

export interface Bar {
  /** Left edge, percent of the axis. */
  from: number;
  /** Right edge, percent of the axis. */
  to: number;
  /** The program began before 2016: the bar reaches in from the left edge. */
  reachesIn: boolean;
  /** The program runs past 2030. */
  reachesOut: boolean;
  /** No source gives the start year: the bar is drawn open (faded) to the left. */
  openStart: boolean;
}

/**
 * The bar for a period, or `undefined` when it does not touch 2016–2030 or no end year is known
 * (the page then lists the program under "chưa có thông tin" instead of drawing a guess). A period
 * with only an end year is drawn from `approvedYear` (the decision's year) as an open bar.
 */
export function programBar(period: PeriodLike | undefined, approvedYear?: number): Bar | undefined {
  if (period?.end === undefined) return undefined;
  const openStart = period.start === undefined;
  const start = period.start ?? approvedYear;
  if (start === undefined) return undefined;
  if (period.end < TIMELINE_START || start > TIMELINE_END) return undefined;
  return {
    from: clamp(yearStartPosition(start)),
    to: clamp(yearStartPosition(period.end + 1)),
    reachesIn: start < TIMELINE_START,
    reachesOut: period.end > TIMELINE_END,
    openStart,
  };
}

export interface MarkerInput {
  id: string;
  /** Date of issue, YYYY-MM-DD. */
  date?: string | undefined;
  /** Year, used when there is no date (an inferred year). */
  year: number;
}

export interface Marker<T extends MarkerInput = MarkerInput> {
  item: T;
  /** Percent of the axis. */
  position: number;
  /** Placed by its year only, because the document carries no date. */
  inferred: boolean;
  /** Row in the marker strip, so that close markers do not overlap. */
  lane: number;
}

/**
 * Places documents on the axis: a dated document at its day, an undated one in the middle of its
 * (inferred) year. Documents outside 2016–2030 are left out (the year list still names them).
 * Markers closer than `minGap` percent share no lane.
 */
export function placeMarkers<T extends MarkerInput>(items: T[], minGap = 4): Marker<T>[] {
  const placed = items
    .filter((item) => item.year >= TIMELINE_START && item.year <= TIMELINE_END)
    .map((item) => ({
      item,
      position: item.date ? datePosition(item.date) : midYearPosition(item.year),
      inferred: item.date === undefined,
      lane: 0,
    }))
    .sort((a, b) => a.position - b.position || a.item.id.localeCompare(b.item.id));
  const laneEnds: number[] = [];
  for (const marker of placed) {
    let lane = laneEnds.findIndex((end) => marker.position - end >= minGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = marker.position;
    marker.lane = lane;
  }
  return placed;
}

/**
 * How many of a year's documents come before `today` in its list: the dated ones issued on or
 * before it (a year lists its dated documents first, oldest first). The year list puts "Hôm nay"
 * there, at build time and again in the reader's browser.
 */
export const issuedBy = (dates: readonly (string | undefined)[], today: string) =>
  dates.filter((date) => date !== undefined && date <= today).length;

/** Today's date in Việt Nam (UTC+7, no daylight saving), as YYYY-MM-DD. */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
