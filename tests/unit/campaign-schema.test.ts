import { describe, expect, it } from 'vitest';
import { createCampaignSchema } from '../../src/schemas/campaign';
import { createProgramSchema } from '../../src/schemas/program';
import { problems, reference } from './schema-helpers';

describe('campaign schema', () => {
  const schema = createCampaignSchema(reference);
  const good = {
    name: 'Tháng hành động vì trẻ em',
    order: 1,
    date: { kind: 'fixed', start: '06-01', end: '06-30' },
    summary: 'Từ ngày 01/6 đến ngày 30/6 hằng năm.',
    confidence: 'high',
    basis: '102-2016-qh13',
    yearlyThemes: [{ year: 2023, theme: 'Chung tay giảm thiểu tổn hại trẻ em' }],
    themesConfidence: 'med',
    plans: [
      {
        plan: '60-kh-ldld-binh-thuan-2018',
        quote: 'Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em năm 2018',
      },
    ],
  };

  it('accepts a real campaign and turns plan references into {id, collection}', () => {
    const campaign = schema.parse(good);
    expect(campaign.plans[0]?.plan).toEqual({ id: '60-kh-ldld-binh-thuan-2018', collection: 'plans' });
    expect(campaign.notes).toEqual([]);
  });

  it('accepts a lunar date and a moment with no fixed date', () => {
    expect(problems(schema, { ...good, date: { kind: 'lunar', month: 8, day: 15 } })).toEqual([]);
    expect(problems(schema, { ...good, date: { kind: 'unfixed' } })).toEqual([]);
  });

  it('names the field and what was expected', () => {
    expect(problems(schema, { ...good, date: { kind: 'fixed', start: '1/6' } })).toEqual([
      'date.start: expected a day of the year written MM-DD, e.g. "06-01"',
    ]);
    expect(problems(schema, { ...good, date: { kind: 'sometimes' } })).toEqual([
      'date.kind: expected "fixed", "lunar" or "unfixed"',
    ]);
    expect(problems(schema, { ...good, date: { kind: 'lunar', month: 13, day: 15 } })).toEqual([
      expect.stringMatching(/^date\.month: /),
    ]);
    expect(problems(schema, { ...good, plans: [{ plan: '60-kh-ldld-binh-thuan-2018', quote: '' }] })).toEqual([
      'plans.0.quote: expected the plan’s own words',
    ]);
    expect(problems(schema, { ...good, yearlyThemes: [{ year: 2023 }] })).toEqual([
      expect.stringMatching(/^yearlyThemes\.0\.theme: /),
    ]);
  });
});

describe('program targets', () => {
  const schema = createProgramSchema(reference);
  const good = {
    name: 'Thực hiện Chương trình hành động quốc gia vì trẻ em 2021–2030 trong CNVCLĐ',
    period: { start: 2021, end: 2030, label: '2021–2030' },
    decision: '104-kh-tld',
    theme: 'cong-doan',
    confidence: 'high',
  };
  it('default to none and take a plan and its words', () => {
    expect(schema.parse(good).targets).toEqual([]);
    expect(
      problems(schema, {
        ...good,
        targets: [{ plan: '63-kh-cdyt-thai-binh-2021', quote: 'đến năm 2030 đạt trên 95%' }],
      }),
    ).toEqual([]);
    expect(problems(schema, { ...good, targets: [{ quote: 'đến năm 2030 đạt trên 95%' }] })).toEqual([
      expect.stringMatching(/^targets\.0\.plan: /),
    ]);
  });
});
