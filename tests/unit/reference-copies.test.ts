import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/guidance-articles';

/**
 * docs/reference/ holds copies of the team's reference files, so that a fresh clone (CI) can test
 * guidance against them. The originals live in `shared/reference/` beside the repository; when that
 * folder is there, the copies must be identical to it. `VTE_SHARED_REFERENCE` points elsewhere.
 */
const FILES = ['FACTS.md', 'GUIDANCE-FACTS.md'] as const;
const SHARED = resolve(process.env['VTE_SHARED_REFERENCE'] ?? join(ROOT, '..', 'shared', 'reference'));
const present = existsSync(SHARED);

describe('docs/reference/ copies', () => {
  it('are in the repository', () => {
    for (const file of FILES) expect(existsSync(join(ROOT, 'docs', 'reference', file)), file).toBe(true);
  });

  if (!present) {
    it.skip(`match ${SHARED}: skipped, that folder is not here (a clone without ../shared)`, () => {});
    return;
  }

  for (const file of FILES) {
    it(`${file} is byte for byte the one in ${SHARED}`, () => {
      const copy = readFileSync(join(ROOT, 'docs', 'reference', file));
      const original = readFileSync(join(SHARED, file));
      // Compare bytes, but report a readable first difference.
      if (!copy.equals(original)) {
        const a = copy.toString('utf8');
        const b = original.toString('utf8');
        let at = 0;
        while (at < a.length && a[at] === b[at]) at++;
        const line = a.slice(0, at).split('\n').length;
        expect.fail(
          `docs/reference/${file} differs from ${join(SHARED, file)} from line ${line}: copy it again (cp ${join(SHARED, file)} docs/reference/)`,
        );
      }
    });
  }
});
