import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hotlineDigits, hotlines } from '../support/content';
import { DIST, distFiles } from '../support/dist';
import { jsonStrings, phoneNumbersInHtml, phoneNumbersInText, type FoundNumber } from '../support/phone-numbers';

/**
 * Every phone number anywhere in the built site is one of the checked hotlines in content/hotlines/
 * (whose numbers the unit tests hold to FACTS §4). Reads dist/ directly, so it covers every page,
 * including ones the sitemap leaves out. The search index (dist/pagefind/) is generated from the
 * pages and is not read.
 */
const allowed = new Set(hotlineDigits());
const unknown = (numbers: FoundNumber[]) => numbers.filter((n) => !allowed.has(n.digits.replace(/^\+84/, '0')));
const outsideIndex = (file: string) => !relative(DIST, file).startsWith('pagefind');

describe('phone numbers in the build', () => {
  it('the allowed list holds one number for each hotline entry', () => {
    expect(hotlines().length).toBeGreaterThan(0);
    expect(allowed.size).toBe(hotlines().length);
    expect([...allowed].filter((digits) => !/^\d{3,}$/.test(digits))).toEqual([]);
  });

  it('every phone number on every built page is a checked hotline', () => {
    const pages = distFiles('.html').filter(outsideIndex);
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((file) =>
      unknown(phoneNumbersInHtml(readFileSync(file, 'utf8'))).map(
        (n) => `${relative(DIST, file)}: ${n.raw} (${n.kind})`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('every phone number in the open data files is a checked hotline', () => {
    const data = distFiles('.json', join(DIST, 'du-lieu'));
    expect(data.length).toBeGreaterThan(0);
    const problems = data.flatMap((file) =>
      unknown(phoneNumbersInText(jsonStrings(readFileSync(file, 'utf8')))).map(
        (n) => `${relative(DIST, file)}: ${n.raw}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('the check sees the numbers it is checking: the hotline page shows every hotline', () => {
    const html = readFileSync(join(DIST, 'duong-day-nong', 'index.html'), 'utf8');
    const seen = new Set(phoneNumbersInHtml(html).map((n) => n.digits));
    for (const number of allowed) expect(seen).toContain(number);
  });
});
