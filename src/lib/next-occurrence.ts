/**
 * "Lần tới" on a campaign: which occurrence is under way or comes next, and the sentence that says
 * so. No imports, because the campaign pages' script runs this same code in the browser to
 * refresh the sentence with the reader's own date.
 */

/** The days a moment lasts. */
export interface Span {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (the same as start for a one-day moment). */
  end: string;
}

export interface Occurrence extends Span {
  year: number;
}

/**
 * The occurrence that is under way on `today` (YYYY-MM-DD) or comes next; `undefined` once the
 * listed years are over.
 */
export function nextOccurrence<T extends Span>(list: readonly T[], today: string): T | undefined {
  return [...list].sort((a, b) => a.start.localeCompare(b.start)).find((o) => o.end >= today);
}

/** The sentence templates, from vi.json; `{date}` is the occurrence's dates as shown. */
export interface NextOccurrenceStrings {
  now: string;
  next: string;
  none: string;
}

/** What a campaign says about its next occurrence on `today`, from each occurrence's shown dates. */
export function nextOccurrenceText(
  list: readonly (Span & { label: string })[],
  today: string,
  strings: NextOccurrenceStrings,
): string {
  const next = nextOccurrence(list, today);
  if (!next) return strings.none;
  return (next.start <= today ? strings.now : strings.next).replace('{date}', next.label);
}
