import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, directives, plans, programs } from '../support/content';

/**
 * A plan's own period is one its text gives (finding 10): "2021-2030" in plan 63's text is the
 * period of the national program the plan implements ("Chương trình hành động quốc gia vì trẻ em
 * giai đoạn 2021-2030"), not the plan's. The period must stand in the plan's text somewhere other
 * than inside the name of a document or program it cites.
 */
const dashes = (s: string) => s.replace(/\s*[–—-]\s*/g, '-');
/** Every name a cited document or program goes by, as the plans write them. */
const names = [...directives().flatMap((d) => [d.title, ...(d.names ?? [])]), ...programs().map((p) => p.name)]
  .map(dashes)
  .filter((n) => /\d{4}/.test(n))
  .sort((a, b) => b.length - a.length);

describe('a plan’s period is the plan’s own', () => {
  const withPeriod = plans().filter((p) => p.period !== undefined);

  it.each(withPeriod)('$id: "$period.label" is in its text outside the names of what it cites', (plan) => {
    let own = dashes(readFileSync(join(CONTENT, 'originals', plan.original!), 'utf8'));
    for (const name of names) own = own.split(name).join(' … ');
    expect(own).toContain(dashes(plan.period!.label));
  });

  it('the check can tell: plan 63’s title names the national program’s period', () => {
    const title = dashes('Thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 trong công nhân');
    expect(names.some((n) => title.includes(n))).toBe(true);
  });
});
