import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, originals, plans } from '../support/content';
import { page } from '../support/dist';
import { all, normalise, text } from '../support/html';

/**
 * Every paragraph and list item of each original plan appears, character for character, in the
 * text of its built page, in order, with nothing added between them. The originals are the
 * project's own byte copies in content/originals/; the page text is read from dist/ as a browser's
 * `textContent` gives it.
 */

/** Units of an original: its lines, with Markdown markers the source itself uses taken off. */
function units(original: string): string[] {
  return original
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

const withOriginal = plans().filter((p) => p.original !== undefined);

describe('fidelity', () => {
  it('every original has its plan', () => {
    expect(withOriginal.map((p) => p.original).sort()).toEqual(originals());
  });

  it.each(withOriginal)('$id: every paragraph and list item of the original is on the page', (plan) => {
    const expected = units(readFileSync(join(CONTENT, 'originals', plan.original!), 'utf8'));
    expect(expected.length).toBeGreaterThan(0);
    const bodies = all(page(`/ke-hoach/${plan.id}/`), (el) => 'data-plan-body' in el.attribs);
    expect(bodies).toHaveLength(1);
    const body = text(bodies[0]!);
    expect(expected.filter((unit) => !body.includes(unit))).toEqual([]);

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
});
