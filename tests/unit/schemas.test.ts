import { describe, expect, it } from 'vitest';
import { createDirectiveSchema } from '../../src/schemas/directive';
import { createGuidanceSchema } from '../../src/schemas/guidance';
import { createHotlineSchema } from '../../src/schemas/hotline';
import { createPlanSchema } from '../../src/schemas/plan';
import { createProgramSchema } from '../../src/schemas/program';
import { problems, reference } from './schema-helpers';

const goodPlan = {
  title: 'Tổ chức hoạt động “Tết trung thu” cho con CNVCLĐ năm 2021.',
  number: '45/KH-LĐLĐ',
  place: 'Long Biên',
  issued: '2021-08-24',
  year: 2021,
  issuer: 'Liên đoàn Lao động quận Long Biên',
  province: 'Hà Nội',
  signer: { name: 'Phan Thị Thu Hằng', onBehalfOf: 'TM. Ban Thường vụ', title: 'Chủ tịch' },
  recipients: ['Công đoàn cơ sở;'],
  implements: ['41-kh-ldld'],
  programs: ['phong-chong-bao-luc-xam-hai-tre-em-2020-2025'],
  topics: ['chien-dich'],
  deadline: '2021-09-25',
  contactEmail: 'ldldlongbien@gmail.com',
  original: '45-kh-ldld-long-bien-2021.txt',
};

describe('plan schema', () => {
  const schema = createPlanSchema(reference);

  it('accepts a real plan and turns references into {id, collection}', () => {
    const plan = schema.parse(goodPlan);
    expect(plan.implements).toEqual([{ id: '41-kh-ldld', collection: 'directives' }]);
    expect(plan.level).toBe('tinh');
  });

  it('accepts a plan with no number and no date when it says how the year is known', () => {
    const { number: _number, issued: _issued, deadline: _deadline, ...rest } = goodPlan;
    expect(problems(schema, { ...rest, year: 2020, yearNote: 'suy ra từ văn bản được thực hiện' })).toEqual([]);
    expect(problems(schema, { ...rest, year: 2020 })).toEqual([
      'yearNote: expected yearNote to say how the year is known when the plan has no date',
    ]);
  });

  it('names the field and what was expected', () => {
    expect(problems(schema, { ...goodPlan, issued: '24/08/2021' })).toContain(
      'issued: expected a date written YYYY-MM-DD',
    );
    expect(problems(schema, { ...goodPlan, issued: '2021-02-30' })).toContain(
      'issued: expected a real calendar date (YYYY-MM-DD)',
    );
    expect(problems(schema, { ...goodPlan, number: 'KH-LĐLĐ' })).toContain(
      'number: expected a document number such as "60/KH-LĐLĐ" or "20-CT/TW"',
    );
    expect(problems(schema, { ...goodPlan, year: 2020 })).toContain('year: expected year to match the year of issued');
    expect(problems(schema, { ...goodPlan, recipients: [] })).toContain(
      'recipients: expected at least one recipient (nơi nhận)',
    );
    expect(problems(schema, { ...goodPlan, contactEmail: 'not-an-email' })).toContain(
      'contactEmail: expected an e-mail address',
    );
    expect(problems(schema, { ...goodPlan, topics: ['thoi-tiet'] })).toEqual([
      expect.stringMatching(/^topics\.0: expected one of: bao-ve, /),
    ]);
    expect(problems(schema, { ...goodPlan, original: '../etc/passwd' })).toEqual([
      expect.stringMatching(/^original: expected the file name of the original in content\/originals/),
    ]);
    const { signer: _signer, ...noSigner } = goodPlan;
    expect(problems(schema, noSigner)).toEqual([expect.stringMatching(/^signer: /)]);
  });
});

const goodDirective = {
  number: '1863/QĐ-TTg',
  kind: 'Quyết định',
  issuer: 'Thủ tướng Chính phủ',
  issued: '2019-12-23',
  title: 'phê duyệt Kế hoạch hành động quốc gia phòng, chống bạo lực, xâm hại trẻ em giai đoạn 2020-2025',
  level: 'trung-uong',
  period: { start: 2020, end: 2025, label: '2020–2025' },
  confidence: 'as-cited',
  knownFrom: '45-kh-ldld-long-bien-2021',
};

describe('directive schema', () => {
  const schema = createDirectiveSchema(reference);
  it('accepts a real directive', () => {
    expect(problems(schema, goodDirective)).toEqual([]);
  });
  it('requires the citing plan for a document known only as cited', () => {
    const { knownFrom: _k, ...rest } = goodDirective;
    expect(problems(schema, rest)).toEqual([
      'knownFrom: expected knownFrom (the citing plan) for a document known only as cited',
    ]);
  });
  it('rejects unknown kinds and backwards periods', () => {
    expect(problems(schema, { ...goodDirective, kind: 'Sắc lệnh' })).toEqual([
      expect.stringMatching(/^kind: expected one of: Luật, /),
    ]);
    expect(problems(schema, { ...goodDirective, period: { start: 2025, end: 2020, label: 'x' } })).toEqual([
      'period.end: expected start to be no later than end',
    ]);
    expect(problems(schema, { ...goodDirective, sources: [{ label: 'x', url: 'not a url' }] })).toEqual([
      'sources.0.url: expected a full http(s) URL',
    ]);
  });
});

describe('program schema', () => {
  const schema = createProgramSchema(reference);
  const good = {
    name: 'Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030',
    period: { start: 2021, end: 2030, label: '2021–2030' },
    decision: '23-qd-ttg',
    theme: 'tong-the',
    confidence: 'high',
  };
  it('accepts a real program', () => {
    expect(problems(schema, good)).toEqual([]);
  });
  it('needs a decision or the plan it is known from', () => {
    const { decision: _d, ...rest } = good;
    expect(problems(schema, rest)).toEqual([
      'decision: expected a decision, or knownFrom naming the plan that cites the program',
    ]);
    expect(problems(schema, { ...rest, confidence: 'as-cited', knownFrom: '60-kh-ldld-binh-thuan-2018' })).toEqual([]);
  });
  it('names a bad theme', () => {
    expect(problems(schema, { ...good, theme: 'khac' })).toEqual([expect.stringMatching(/^theme: expected one of: /)]);
  });
});

describe('hotline schema', () => {
  const schema = createHotlineSchema(reference);
  const good = {
    number: '111',
    name: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em',
    purpose: 'Nhận thông tin về trẻ em cần bảo vệ',
    scope: 'toan-quoc',
    order: 1,
    confidence: 'high',
  };
  it('accepts a real hotline', () => {
    expect(problems(schema, good)).toEqual([]);
  });
  it('rejects a number with letters and an unknown scope', () => {
    expect(problems(schema, { ...good, number: '111a' })).toEqual([
      'number: expected a phone number of digits, dots and spaces',
    ]);
    expect(problems(schema, { ...good, scope: 'quoc-te' })).toEqual(['scope: expected "toan-quoc" or "dia-phuong"']);
  });
  it('accepts facts as sentences or with the date they hold from', () => {
    const facts = [
      'Kênh khác: Zalo.',
      { text: 'Tổng đài bắt đầu hoạt động.', from: '2017-12-06' },
      { text: 'Do Bộ Y tế vận hành.', asOfYear: 2025 },
    ];
    expect(problems(schema, { ...good, facts, onCall: ['Cuộc gọi miễn phí.'] })).toEqual([]);
  });
  it('rejects a fact with a bad date, or with both a start date and an "as of" year', () => {
    expect(problems(schema, { ...good, facts: [{ text: 'Hoạt động.', from: '2017-13-06' }] })).toEqual([
      'facts.0.from: expected a real calendar date (YYYY-MM-DD)',
    ]);
    expect(problems(schema, { ...good, facts: [{ text: 'Hoạt động.', from: '2017-12-06', asOfYear: 2025 }] })).toEqual([
      'facts.0.asOfYear: expected either from or asOfYear, not both',
    ]);
  });
});

describe('guidance schema', () => {
  const schema = createGuidanceSchema(reference);
  const good = {
    title: 'Khi nghi ngờ trẻ bị xâm hại: làm gì, gọi ai',
    summary: 'Các bước cần làm.',
    audience: ['cha-me-cnvcld'],
    sourcePlans: ['45-kh-ldld-long-bien-2021'],
    updated: '2026-11-23',
  };
  it('accepts a real article', () => {
    expect(problems(schema, good)).toEqual([]);
  });
  it('requires an audience and at least one source', () => {
    expect(problems(schema, { ...good, audience: [] })).toEqual(['audience: expected at least one audience']);
    expect(problems(schema, { ...good, sourcePlans: [] })).toEqual([
      'sourcePlans: expected at least one source: sourcePlans, sourceDirectives or usesReferenceFacts',
    ]);
  });
});

describe('one problem, one message', () => {
  it('reports a malformed date once, and not as a year mismatch', () => {
    expect(problems(createPlanSchema(reference), { ...goodPlan, issued: '24/08/2021' })).toEqual([
      'issued: expected a date written YYYY-MM-DD',
    ]);
  });
});
