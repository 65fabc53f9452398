/**
 * A document's status ("Tình trạng") on a given day, from its entry alone: what the reference
 * facts record about its force (`inForce`, `replacedBy`) and the period it sets. Nothing is
 * inferred beyond that: a document the facts say nothing about is "chưa có thông tin".
 */
import { isIsoDate } from './dates';
import { programStatus, type PeriodLike, type ProgramStatus } from './timeline';

export type DirectiveStatusKind = 'in-force' | 'repealed' | 'ended' | 'unknown';

export interface DirectiveStatusInput {
  /** Date of issue, YYYY-MM-DD. */
  issued?: string | undefined;
  /** The date it takes effect, YYYY-MM-DD. */
  inForce?: string | undefined;
  period?: (PeriodLike & { label: string }) | undefined;
  /** Set when the reference facts say another document replaced it. */
  replacedBy?: object | undefined;
  /** `as-cited`: known only from a plan, so whether its period ran is not known either. */
  confidence?: string | undefined;
}

export interface DirectiveStatus {
  kind: DirectiveStatusKind;
  /** Where its period stands on the day, for a document that sets one (else undefined). */
  period?: ProgramStatus | undefined;
}

/**
 * In order: replaced (the facts say so) → "Hết hiệu lực"; a period whose last year is over →
 * "Giai đoạn đã kết thúc"; a date of taking effect that has come → "Còn hiệu lực"; otherwise
 * unknown (a period still running says so beside it, but is not taken as a status in law). As for
 * programs (`programStatus`), a period past its end but within its orientation ("định hướng đến
 * năm 2030") has not ended, and the period of a document known only as cited is not said to have
 * ended or to run.
 */
export function directiveStatus(d: DirectiveStatusInput, today: string): DirectiveStatus {
  if (!isIsoDate(today)) throw new Error(`expected today as YYYY-MM-DD, got "${today}"`);
  const period = d.period ? programStatus(d.period, today, d.issued, d.confidence === 'as-cited') : undefined;
  if (d.replacedBy) return { kind: 'repealed', period };
  if (period === 'ended') return { kind: 'ended', period };
  if (d.inForce !== undefined && d.inForce <= today) return { kind: 'in-force', period };
  return { kind: 'unknown', period };
}
