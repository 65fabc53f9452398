import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { hotlineFileNumbers } from '../support/hotline-files';
import { jsonStrings, phoneNumbersInHtml, phoneNumbersInText, type FoundNumber } from '../support/phone-numbers';

/**
 * Content check: every phone number anywhere in the built site is one of the checked hotlines in
 * content/hotlines/ (whose numbers the unit tests hold to FACTS §4). Reads dist/ directly, so it
 * covers every page, including ones the sitemap leaves out.
 */
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const allowed = new Set(hotlineFileNumbers().map((h) => (h.number ?? '').replace(/\D/g, '')));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : files(path, ext);
    return entry.name.endsWith(ext) ? [path] : [];
  });
}

const unknown = (numbers: FoundNumber[]) => numbers.filter((n) => !allowed.has(n.digits.replace(/^\+84/, '0')));

test('the allowed list is the six checked hotlines', () => {
  expect(allowed.size).toBe(6);
});

test('every phone number on every built page is a checked hotline', () => {
  const pages = files(DIST, '.html');
  expect(pages.length).toBeGreaterThan(50);
  const problems = pages.flatMap((file) =>
    unknown(phoneNumbersInHtml(readFileSync(file, 'utf8'))).map((n) => `${relative(DIST, file)}: ${n.raw} (${n.kind})`),
  );
  expect(problems).toEqual([]);
});

test('every phone number in the open data files is a checked hotline', () => {
  const data = files(join(DIST, 'du-lieu'), '.json');
  expect(data.length).toBeGreaterThan(0);
  const problems = data.flatMap((file) =>
    unknown(phoneNumbersInText(jsonStrings(readFileSync(file, 'utf8')))).map(
      (n) => `${relative(DIST, file)}: ${n.raw}`,
    ),
  );
  expect(problems).toEqual([]);
});

test('the check sees the numbers it is checking: the hotline page shows all six', () => {
  const html = readFileSync(join(DIST, 'duong-day-nong', 'index.html'), 'utf8');
  const seen = new Set(phoneNumbersInHtml(html).map((n) => n.digits));
  for (const number of allowed) expect(seen).toContain(number);
});
