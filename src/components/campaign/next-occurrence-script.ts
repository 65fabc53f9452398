/**
 * The campaign pages' script: recomputes "Lần tới" with the reader's own date (Việt Nam time),
 * with the same function the build used (`nextOccurrenceText`), from the occurrences the build
 * wrote into `data-next-occurrence`.
 */
import { nextOccurrenceText, type NextOccurrenceStrings, type Span } from '../../lib/next-occurrence';
import { todayInVietnam } from '../../lib/timeline';

interface Payload extends NextOccurrenceStrings {
  list: (Span & { label: string })[];
}

export function refreshNextOccurrences(): void {
  const today = todayInVietnam(new Date());
  for (const element of document.querySelectorAll<HTMLElement>('[data-next-occurrence]')) {
    const payload = JSON.parse(element.dataset['nextOccurrence'] ?? '') as Payload;
    const text = nextOccurrenceText(payload.list, today, payload);
    const target = element.querySelector('[data-next-text]');
    if (target && target.textContent !== text) target.textContent = text;
  }
}
