import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { normalise } from './helpers';

/**
 * Every paragraph and list item of each original plan appears, character for character, in the
 * text of its built page. The originals are the project's own byte copies in content/originals/.
 */
const ORIGINALS = join(import.meta.dirname, '..', '..', 'content', 'originals');

/** Units of an original: its lines, with Markdown markers the source itself uses taken off. */
function units(text: string): string[] {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^#+\s*/, '')
        .replace(/^-\s+/, '')
        // The originals use `*` only as emphasis markers, never as a character of the text.
        .replace(/\*/g, ''),
    )
    .map(normalise)
    .filter((line) => line.length > 0);
}

for (const file of readdirSync(ORIGINALS).filter((f) => f.endsWith('.txt'))) {
  const id = file.replace(/\.txt$/, '');
  test(`${id}: every paragraph and list item of the original is on the page`, async ({ page }) => {
    const original = readFileSync(join(ORIGINALS, file), 'utf8');
    const expected = units(original);
    expect(expected.length).toBeGreaterThan(20);
    await page.goto(`/ke-hoach/${id}/`);
    const body = normalise((await page.locator('[data-plan-body]').textContent()) ?? '');
    const missing = expected.filter((unit) => !body.includes(unit));
    expect(missing).toEqual([]);

    // In the original order, and with nothing but whitespace between them: no word added.
    const extra: string[] = [];
    let position = 0;
    for (const unit of expected) {
      const at = body.indexOf(unit, position);
      expect(at, `"${unit}" after position ${position}`).toBeGreaterThanOrEqual(0);
      const gap = body.slice(position, at).trim();
      if (gap) extra.push(gap);
      position = at + unit.length;
    }
    const tail = body.slice(position).trim();
    if (tail) extra.push(tail);
    expect(extra).toEqual([]);
  });
}
