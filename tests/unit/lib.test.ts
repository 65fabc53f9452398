import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, yearOf } from '../../src/lib/dates';
import { format } from '../../src/lib/i18n';
import { legislationJsonLd, jsonForScript } from '../../src/lib/jsonld';
import { facet, matches } from '../../src/lib/plan-filters';
import { findBrokenReferences } from '../../src/lib/references';
import { BASE, directivePath, normaliseBase, planFilterPath, planPath, telHref, under } from '../../src/lib/routes';

describe('dates', () => {
  it('formats as Vietnamese documents do', () => {
    expect(formatDateShort('2018-04-20')).toBe('20/04/2018');
    expect(formatDateLong('2018-04-20')).toBe('ngày 20 tháng 4 năm 2018');
    expect(yearOf('2021-08-24')).toBe(2021);
  });
  it('rejects anything but YYYY-MM-DD', () => {
    expect(() => formatDateShort('20/04/2018')).toThrow('expected a date written YYYY-MM-DD, got "20/04/2018"');
  });
});

describe('format', () => {
  it('fills placeholders and refuses a missing one', () => {
    expect(format('{count} kế hoạch', { count: 5 })).toBe('5 kế hoạch');
    expect(() => format('Gọi {number}', {})).toThrow('Missing value for "{number}"');
  });
});

describe('routes', () => {
  it('builds tel: links from numbers as people write them', () => {
    expect(telHref('111')).toBe('tel:111');
    expect(telHref('0243.525.662')).toBe('tel:0243525662');
  });
  it('builds filter paths', () => {
    expect(planFilterPath('province', 'lang-son')).toBe('/ke-hoach/tinh/lang-son/');
    expect(planFilterPath('year', '2021')).toBe('/ke-hoach/nam/2021/');
  });
  it("puts every path under Astro's base, written with or without its final slash", () => {
    expect(BASE).toBe('/');
    expect(normaliseBase('/vi-tre-em')).toBe('/vi-tre-em/');
    expect(normaliseBase('/vi-tre-em/')).toBe('/vi-tre-em/');
    expect(under('ke-hoach/', '/vi-tre-em/')).toBe('/vi-tre-em/ke-hoach/');
    expect(planPath('a', '/vi-tre-em/')).toBe('/vi-tre-em/ke-hoach/a/');
    expect(directivePath('20-ct-tw', '/vi-tre-em/')).toBe('/vi-tre-em/van-ban/20-ct-tw/');
    expect(planPath('a')).toBe('/ke-hoach/a/');
  });
});

describe('plan filters', () => {
  const plans = [
    { data: { year: 2021, province: 'Thái Bình', issuer: 'Công đoàn ngành Y tế Thái Bình' } },
    { data: { year: 2021, province: 'Hà Nội', issuer: 'Liên đoàn Lao động quận Long Biên' } },
    { data: { year: 2018, province: 'Bình Thuận', issuer: 'Liên đoàn Lao động tỉnh Bình Thuận' } },
  ];
  it('counts each value, years newest first', () => {
    expect(facet(plans, 'year')).toEqual([
      { filter: 'year', value: '2021', label: '2021', count: 2 },
      { filter: 'year', value: '2018', label: '2018', count: 1 },
    ]);
    expect(facet(plans, 'province').map((v) => v.value)).toEqual(['binh-thuan', 'ha-noi', 'thai-binh']);
  });
  it('matches a plan by slug', () => {
    expect(matches(plans[1]!, 'issuer', 'lien-doan-lao-dong-quan-long-bien')).toBe(true);
    expect(matches(plans[1]!, 'province', 'thai-binh')).toBe(false);
  });
});

describe('findBrokenReferences', () => {
  it('names the file, the field and the missing entry', () => {
    const problems = findBrokenReferences({
      plans: [
        {
          id: 'a',
          filePath: 'content/plans/a.mdx',
          data: {
            implements: [
              { id: '20-ct-tw', collection: 'directives' },
              { id: 'nope', collection: 'directives' },
            ],
          },
        },
      ],
      directives: [{ id: '20-ct-tw', data: {} }],
    });
    expect(problems).toEqual([
      {
        file: 'content/plans/a.mdx',
        field: 'implements[1]',
        collection: 'directives',
        id: 'nope',
        known: ['20-ct-tw'],
      },
    ]);
  });
  it('finds nothing when every reference resolves', () => {
    expect(findBrokenReferences({ plans: [{ id: 'a', data: { programs: [] } }], programs: [] })).toEqual([]);
  });
});

describe('JSON-LD', () => {
  it('leaves out what a document does not have', () => {
    const ld = legislationJsonLd({
      name: 'Kế hoạch',
      issuer: 'Sở',
      url: new URL('https://x.example/ke-hoach/a/'),
      kind: 'Kế hoạch',
      description: 'Kế hoạch của Sở',
    });
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationPassedBy: { name: 'Sở' },
      url: 'https://x.example/ke-hoach/a/',
      description: 'Kế hoạch của Sở',
    });
  });
  it('cannot close its script element', () => {
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
