/**
 * Finds phone numbers in built pages, so a test can check that every number the site shows is one
 * of the checked hotlines. Pages are read with htmlparser2 (`html.ts`). Pure functions: the unit
 * tests feed them strings, the checks on the build (`tests/dist/`) feed them dist/.
 *
 * What counts as a phone number:
 * - every `tel:` or `sms:` link;
 * - a run of 8 or more digits, grouped by single dots, spaces or hyphens ("0243.525.662",
 *   "1800 1567", "+84 912 345 678"), unless it is a date, a list or range of years, or a
 *   thousands-grouped amount ("6.000.000");
 * - a short number (3 to 5 digits) written shortly after a word that introduces a phone number
 *   ("gọi", "tổng đài", "đường dây", "điện thoại", "hotline"), such as "Gọi 116". Years, document
 *   numbers ("1863/QĐ-TTg") and percentages are not numbers to call.
 */
import { hrefs, parseHtml, readableText as readableTextOf, type HtmlDocument } from './html';

export interface FoundNumber {
  /** As written on the page. */
  raw: string;
  /** Digits only (a leading + kept), for comparing with the allowed list. */
  digits: string;
  kind: 'tel-link' | 'long' | 'short-after-keyword';
}

export const digitsOf = (text: string) => text.replace(/[^\d+]/g, '');

/** The `tel:`/`sms:` targets of every link in a page. */
export function telLinks(html: string | HtmlDocument): string[] {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  return hrefs(doc)
    .map((href) => /^\s*(?:tel|sms):(.*)$/i.exec(href)?.[1])
    .filter((target) => target !== undefined);
}

/**
 * What a reader sees or hears: the text of the page (block elements on their own lines), the
 * attributes that are shown or read out, and JSON-LD. Other scripts and styles are code, not text.
 */
export function readableText(html: string | HtmlDocument): string {
  return readableTextOf(typeof html === 'string' ? parseHtml(html) : html);
}

const SEPARATOR = '[ .\\u00a0-]';
/** Digits with single separators between groups, not glued to letters, digits, slashes or dots. */
const LONG_RUN = new RegExp(`(?<![\\p{L}\\d/.,+-])\\+?\\d(?:${SEPARATOR}?\\d)+(?![\\p{L}\\d/%])`, 'gu');
const DATE = /^(?:\d{1,2}([.-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})$/;
const YEARS = /^(?:19|20)\d{2}(?:[ .\u00a0-](?:19|20)\d{2})+$/;
const THOUSANDS = /^[1-9]\d{0,2}(?:([. \u00a0])\d{3})(?:\1\d{3})*$/;

/** Words that introduce a phone number in Vietnamese (and "hotline"), in any letter case. */
const KEYWORD = /(?:gọi|tổng đài|đường dây|điện thoại|hotline|số máy|☎)/giu;
/** How far after the keyword a short number may stand, in characters, on the same line. */
const SHORT_WINDOW = 60;
/**
 * A short number on its own: not part of a longer grouped number, a document number ("162/2025"),
 * a decimal or a percentage, and not followed by an issuer code ("36 - CTr/TU").
 */
const SHORT = /(?<![\p{L}\d/.,+-]|\d[ .\u00a0-])(\d{3,5})(?![\p{L}\d/%]|[ .,\u00a0-]\d|\s?-\s?\p{Lu})/gu;

function isPhoneLike(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 13) return false;
  return !DATE.test(run) && !YEARS.test(run) && !THOUSANDS.test(run);
}

/** Every phone number in a piece of readable text. */
export function phoneNumbersInText(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(LONG_RUN)) {
    const raw = match[0];
    if (isPhoneLike(raw)) found.push({ raw, digits: digitsOf(raw), kind: 'long' });
  }
  // Two keywords can precede the same number ("tổng đài điện thoại … 111"): count it once.
  const seen = new Set<number>();
  for (const keyword of text.matchAll(KEYWORD)) {
    const start = keyword.index + keyword[0].length;
    const line = text.slice(start).split('\n', 1)[0]!;
    // Never cut a number in two at the window's edge: extend to the end of the word there.
    const window = line.slice(0, SHORT_WINDOW) + (/^\S*/.exec(line.slice(SHORT_WINDOW))?.[0] ?? '');
    for (const short of window.matchAll(SHORT)) {
      const raw = short[1]!;
      if (raw.length === 4 && /^(?:19|20)\d{2}$/.test(raw)) continue; // a year
      if (seen.has(start + short.index)) continue;
      seen.add(start + short.index);
      found.push({ raw, digits: raw, kind: 'short-after-keyword' });
    }
  }
  return found;
}

/** Every phone number in a built HTML page: its `tel:` links and the numbers in its text. */
export function phoneNumbersInHtml(html: string | HtmlDocument): FoundNumber[] {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  const links = telLinks(doc).map((raw) => ({ raw: `tel:${raw}`, digits: digitsOf(raw), kind: 'tel-link' as const }));
  return [...links, ...phoneNumbersInText(readableText(doc))];
}

/** Every string value in a JSON document, one per line, for the open-data files. */
export function jsonStrings(json: string): string {
  const values: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(json));
  return values.join('\n');
}
