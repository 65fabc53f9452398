import { isIsoDate } from './dates';
import { todayInVietnam } from './timeline';

/**
 * "Today" for statuses and next dates, fixed when the site is built (Việt Nam time). VTE_TODAY
 * (YYYY-MM-DD) pins it, so a build can be reproduced.
 */
function buildToday(): string {
  const pinned = process.env['VTE_TODAY'];
  if (pinned === undefined || pinned === '') return todayInVietnam(new Date());
  if (!isIsoDate(pinned)) throw new Error(`VTE_TODAY: expected a date written YYYY-MM-DD, got "${pinned}"`);
  return pinned;
}

export const BUILD_TODAY = buildToday();
