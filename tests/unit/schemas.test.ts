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
  it('gives a field its own confidence, only for a field the document has', () => {
    const withSigner = { ...goodDirective, signer: 'Trương Thị Mai', fieldConfidence: { signer: 'med' } };
    expect(problems(schema, withSigner)).toEqual([]);
    expect(problems(schema, { ...goodDirective, fieldConfidence: { signer: 'med' } })).toEqual([
      'fieldConfidence.signer: expected a signer for fieldConfidence.signer to qualify (the document has none)',
    ]);
    expect(problems(schema, { ...withSigner, fieldConfidence: { signer: 'low' } })).toEqual([
      expect.stringMatching(/^fieldConfidence\.signer: expected one of: high, /),
    ]);
  });
  it('holds a period’s orientation ("định hướng đến năm 2030") to its label', () => {
    const label = '2021–2025, định hướng đến năm 2030';
    const oriented = (period: object) => problems(schema, { ...goodDirective, period });
    expect(oriented({ start: 2021, end: 2025, label, orientedTo: 2030 })).toEqual([]);
    expect(oriented({ start: 2021, end: 2025, label })).toEqual([
      'period.orientedTo: expected orientedTo exactly when the label says "định hướng đến năm …", with that year',
    ]);
    expect(oriented({ start: 2021, end: 2025, label, orientedTo: 2035 })).toEqual([
      'period.orientedTo: expected orientedTo to be the year the label gives after "định hướng đến năm"',
    ]);
    expect(oriented({ start: 2021, end: 2025, label: '2021–2025', orientedTo: 2030 })).toEqual([
      'period.orientedTo: expected orientedTo exactly when the label says "định hướng đến năm …", with that year',
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
      'facts.0.asOfYear: expected at most one of from, ruleInForce and asOfYear',
    ]);
  });
  it('never dates a fact about the line before the line began: a rule’s own date is ruleInForce', () => {
    const since = { ...good, since: '2017-12-06' };
    expect(problems(schema, { ...since, facts: [{ text: 'Gọi miễn phí.', from: '2017-07-01' }] })).toEqual([
      'facts.0.from: from 2017-07-01 is before the line began (since 2017-12-06): a fact about the line cannot hold before then; for the date a rule took effect, use ruleInForce',
    ]);
    expect(problems(schema, { ...since, facts: [{ text: 'Gọi miễn phí.', ruleInForce: '2017-07-01' }] })).toEqual([]);
  });
  it('leaves out a scope no source gives, and says why a number may not connect', () => {
    const { scope: _scope, ...noScope } = good;
    expect(problems(schema, { ...noScope, number: '113', emergency: true, confidence: 'med' })).toEqual([]);
    expect(problems(schema, { ...good, unverified: '' })).toEqual([
      'unverified: expected why the number may not connect as printed',
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
    hotlines: ['111'],
    guidanceFacts: ['1.23', '1.29'],
    checkPoints: ['Medical care comes first, evidence second'],
    referenceFacts: ['§4 111'],
    externalSources: [
      {
        label: 'Nghị định 56/2017/NĐ-CP, Điều 25 (thuvienphapluat.vn)',
        url: 'https://thuvienphapluat.vn/hoi-dap-phap-luat/iframe/2CCA4.html',
        facts: ['1.23', 'Medical care comes first, evidence second'],
      },
    ],
    updated: '2026-11-30',
  };

  it('accepts a real article and turns references into {id, collection}', () => {
    expect(problems(schema, good)).toEqual([]);
    const article = schema.parse(good);
    expect(article.hotlines).toEqual([{ id: '111', collection: 'hotlines' }]);
    expect(article.externalSources[0]?.facts).toEqual(['1.23', 'Medical care comes first, evidence second']);
  });

  it('defaults every list, so an article that rests on one plan needs nothing else', () => {
    const { title, summary, audience, sourcePlans, updated } = good;
    const article = schema.parse({ title, summary, audience, sourcePlans, updated });
    expect(article.guidanceFacts).toEqual([]);
    expect(article.externalSources).toEqual([]);
    expect(article.sourceDirectives).toEqual([]);
  });

  it('requires an audience and at least one source', () => {
    expect(problems(schema, { ...good, audience: [] })).toEqual(['audience: expected at least one audience']);
    expect(
      problems(schema, {
        ...good,
        sourcePlans: [],
        guidanceFacts: [],
        referenceFacts: [],
        checkPoints: [],
        externalSources: [],
      }),
    ).toEqual([
      'sourcePlans: expected at least one source: sourcePlans, sourceDirectives, guidanceFacts or referenceFacts',
    ]);
  });

  it('names a malformed fact id and reference-fact key', () => {
    expect(problems(schema, { ...good, guidanceFacts: ['1.23', 1.29] })).toEqual([
      'guidanceFacts.1: expected a GUIDANCE-FACTS.md fact number such as "1.23"',
    ]);
    expect(problems(schema, { ...good, guidanceFacts: ['1.23', '1-29'] })).toEqual([
      'guidanceFacts.1: expected a GUIDANCE-FACTS.md fact number such as "1.23" (in quotes)',
    ]);
    expect(problems(schema, { ...good, referenceFacts: ['4 111'] })).toEqual([
      'referenceFacts.0: expected a FACTS.md fact such as "§4 111" or "§6": "§", section, row',
    ]);
    expect(problems(schema, { ...good, guidanceFacts: ['1.23', '1.23'] })).toEqual([
      'guidanceFacts: "1.23" is listed twice',
    ]);
  });

  it('ties each external source to facts the article lists, with a full address', () => {
    const source = good.externalSources[0]!;
    expect(problems(schema, { ...good, externalSources: [{ ...source, facts: ['1.23', '2.5'] }] })).toEqual([
      'externalSources.0.facts.1: "2.5" is not among the article\'s guidanceFacts, checkPoints or referenceFacts',
    ]);
    expect(problems(schema, { ...good, externalSources: [{ ...source, facts: [] }] })).toEqual([
      'externalSources.0.facts: expected the facts this page supports, such as ["1.23"]: a source is listed for a fact',
    ]);
    expect(problems(schema, { ...good, externalSources: [{ ...source, url: 'thuvienphapluat.vn/x' }] })).toEqual([
      'externalSources.0.url: expected a full http(s) address, as the fact entry gives it',
    ]);
    expect(problems(schema, { ...good, externalSources: [{ ...source, url: 'ftp://example.org/x' }] })).toEqual([
      'externalSources.0.url: expected a full http(s) address, as the fact entry gives it',
    ]);
    expect(problems(schema, { ...good, externalSources: [source, { ...source, label: 'again' }] })).toEqual([
      `externalSources.1.url: ${source.url} is listed twice: list a page once, with every fact it supports`,
    ]);
  });

  it('refuses a field it does not know, so a misspelt or retired field is never silently dropped', () => {
    expect(problems(schema, { ...good, usesReferenceFacts: true })).toEqual([
      ': unknown field usesReferenceFacts in a guidance article (expected: title, summary, audience, urgent, sourcePlans, sourceDirectives, hotlines, guidanceFacts, checkPoints, referenceFacts, externalSources, updated)',
    ]);
    expect(problems(schema, { ...good, externalSources: [{ ...good.externalSources[0]!, title: 'x' }] })).toEqual([
      'externalSources.0: unknown field title in an external source (expected: label, url, facts)',
    ]);
  });

  it('names a bad date', () => {
    expect(problems(schema, { ...good, updated: '30/11/2026' })).toEqual([
      'updated: expected a date written YYYY-MM-DD',
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
