/**
 * The timeline's script: says "Hôm nay" again with the reader's own date (Việt Nam time), and
 * moves everything that depends on it: today's line on the axis, each program's status, the
 * programs under "Đang thực hiện năm …", and "Hôm nay" in the year list. It uses the functions the
 * build used (`src/lib/timeline.ts`, `src/lib/dates.ts`), on the periods and dates the build wrote
 * into `data-*` attributes; without JavaScript the page keeps what was true on the day of the build.
 */
import { formatDateShort, yearOf } from '../../lib/dates';
import {
  issuedBy,
  programStatus,
  todayInVietnam,
  todayPosition,
  todaySide,
  type ProgramStatus,
} from '../../lib/timeline';

/** The UI strings the script writes, from vi.json through the page (`data-timeline`). */
export interface TimelineStrings {
  status: Record<ProgramStatus, string>;
  /** "Hôm nay: {date}." */
  todayLine: string;
  /** "Đang thực hiện năm {year}" */
  running: string;
}

const number = (value: string | undefined) => (value === undefined || value === '' ? undefined : Number(value));

/** A program's status on `today`, from the period and decision date on its element. */
function statusOf(element: HTMLElement, today: string): ProgramStatus {
  const { start, end, orientedTo, approved } = element.dataset;
  const period = { start: number(start), end: number(end), orientedTo: number(orientedTo) };
  return programStatus(period, today, approved || undefined, element.dataset['asCited'] !== undefined);
}

/** "Hôm nay" goes after the year's documents issued by today, like the build puts it. */
function placeTodayItem(root: HTMLElement, today: string): void {
  const item = root.querySelector<HTMLElement>('[data-today-item]');
  if (!item) return;
  const list = root.querySelector(`[data-year="${yearOf(today)}"] ul`);
  item.hidden = !list;
  if (!list) return;
  const docs = [...list.querySelectorAll<HTMLElement>(':scope > .tl-doc')];
  const before = issuedBy(
    docs.map((d) => d.dataset['date']),
    today,
  );
  const after = docs[before];
  if (after) list.insertBefore(item, after);
  else if (docs.length > 0) docs[docs.length - 1]!.after(item);
  else list.prepend(item);
}

export function refreshTimeline(root: HTMLElement, today: string = todayInVietnam(new Date())): void {
  const strings = JSON.parse(root.dataset['timeline'] ?? '') as TimelineStrings;
  const shown = formatDateShort(today);

  for (const el of root.querySelectorAll<HTMLElement>('[data-today-line]')) {
    el.textContent = strings.todayLine.replace('{date}', shown);
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-today-date]')) {
    el.textContent = shown;
    if (el instanceof HTMLTimeElement) el.dateTime = today;
  }
  const at = todayPosition(today);
  for (const el of root.querySelectorAll<HTMLElement>('[data-today-at]')) {
    el.hidden = at === undefined;
    if (at === undefined) continue;
    el.style.setProperty('--at', `${at}%`);
    if (el.dataset['side']) el.dataset['side'] = todaySide(at);
  }

  for (const row of root.querySelectorAll<HTMLElement>('[data-program]')) {
    const status = statusOf(row, today);
    for (const el of [row, ...row.querySelectorAll<HTMLElement>('[data-status]')]) el.dataset['status'] = status;
    for (const el of row.querySelectorAll('[data-status-text]')) el.textContent = strings.status[status];
  }

  let running = 0;
  for (const item of root.querySelectorAll<HTMLElement>('[data-running]')) {
    item.hidden = statusOf(item, today) !== 'ongoing';
    if (!item.hidden) running += 1;
  }
  const heading = root.querySelector('[data-running-heading]');
  if (heading) heading.textContent = strings.running.replace('{year}', String(yearOf(today)));
  const none = root.querySelector<HTMLElement>('[data-running-none]');
  if (none) none.hidden = running > 0;

  placeTodayItem(root, today);
}
