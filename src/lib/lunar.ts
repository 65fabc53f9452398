import { getSolarDate } from '@dqcai/vn-lunar';

/**
 * Solar dates of lunar-calendar days (Tết Trung thu is 15/8 âm lịch), in the Vietnamese calendar.
 *
 * The Vietnamese calendar is reckoned at UTC+7 and the Chinese one at UTC+8, so a new moon just
 * before midnight in Hà Nội can start a month a day earlier in Việt Nam (Trung thu 2034 is 26/9 in
 * Việt Nam, 27/9 in China). @dqcai/vn-lunar is a Vietnamese (UTC+7) calendar; the unit tests check
 * it against a table of Trung thu dates for every year the site shows.
 */
export function lunarToSolar(year: number, month: number, day: number): string {
  const solar = getSolarDate(day, month, year, false);
  return `${solar.year}-${String(solar.month).padStart(2, '0')}-${String(solar.day).padStart(2, '0')}`;
}

/** Tết Trung thu: the 15th day of the 8th lunar month. */
export const midAutumnDate = (year: number) => lunarToSolar(year, 8, 15);
