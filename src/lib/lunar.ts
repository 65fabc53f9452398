import lunar from 'lunar-javascript';

/**
 * Solar dates of lunar-calendar days (Tết Trung thu is 15/8 âm lịch).
 *
 * lunar-javascript is a maintained library for the Chinese calendar, which is reckoned at UTC+8.
 * The Vietnamese calendar is reckoned at UTC+7, so a new moon just before midnight in Hà Nội can
 * start a month a day earlier (Trung thu 2034 is 26/9 in Việt Nam, 27/9 in China). For the years
 * the site shows, the unit tests check every date against @dqcai/vn-lunar, a Vietnamese (UTC+7)
 * implementation; years outside that checked range are refused rather than risked.
 */
export const LUNAR_CHECKED_FROM = 2016;
export const LUNAR_CHECKED_TO = 2030;

/** The solar date (YYYY-MM-DD) of lunar day/month in lunar year `year`. */
export function lunarToSolar(year: number, month: number, day: number): string {
  if (year < LUNAR_CHECKED_FROM || year > LUNAR_CHECKED_TO) {
    throw new Error(
      `lunar dates are checked against the Vietnamese calendar only for ${LUNAR_CHECKED_FROM}–${LUNAR_CHECKED_TO}, not ${year}`,
    );
  }
  const solar = lunar.Lunar.fromYmd(year, month, day).getSolar();
  return `${solar.getYear()}-${String(solar.getMonth()).padStart(2, '0')}-${String(solar.getDay()).padStart(2, '0')}`;
}

/** Tết Trung thu: the 15th day of the 8th lunar month. */
export const midAutumnDate = (year: number) => lunarToSolar(year, 8, 15);
