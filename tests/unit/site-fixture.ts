/** A small site for the unit tests of the site model and the page models: entries shaped like the content layer's. */
import type { RecordedCitation } from '../../src/lib/remark-citations';
import { assembleSite, type Collections } from '../../src/lib/site';

export const ref = (collection: string, id: string) => ({ collection, id });

const plan = (id: string, data: Record<string, unknown>) => ({
  id,
  filePath: `content/plans/${id}.mdx`,
  data: { title: `Title ${id}`, issuer: 'LĐLĐ quận', province: 'Hà Nội', implements: [], programs: [], ...data },
});
const directive = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  filePath: `content/directives/${id}.mdx`,
  data: {
    number: `${id}/QĐ-TTg`,
    kind: 'Quyết định',
    title: `về ${id}`,
    issuer: 'Thủ tướng Chính phủ',
    level: 'trung-uong',
    implements: [],
    confidence: 'high',
    fieldConfidence: {},
    ...data,
  },
});
const hotline = (id: string, data: Record<string, unknown>) => ({
  id,
  filePath: `content/hotlines/${id}.mdx`,
  data: {
    number: id,
    name: `Line ${id}`,
    scope: 'toan-quoc',
    emergency: false,
    superseded: false,
    mentionedInPlans: [],
    mentionedInDirectives: [],
    sources: [],
    ...data,
  },
});

export function collections(overrides: Partial<Record<keyof Collections, unknown[]>> = {}): Collections {
  return {
    plans: [
      plan('undated-2020', { year: 2020, programs: [ref('programs', 'p')], yearNote: 'inferred' }),
      plan('dated-2020', { issued: '2020-03-01', year: 2020, number: '1/KH', implements: [ref('directives', 'd1')] }),
      plan('dated-2021', { issued: '2021-08-24', year: 2021, number: '45/KH', programs: [ref('programs', 'p')] }),
    ],
    directives: [
      directive('d1', { issued: '2019-12-23', shortName: 'Luật X' }),
      directive('d2', {
        issued: '2020-07-20',
        level: 'tinh',
        implements: [ref('directives', 'd1')],
        confidence: 'as-cited',
        knownFrom: ref('plans', 'undated-2020'),
      }),
    ],
    programs: [
      {
        id: 'p',
        filePath: 'content/programs/p.yaml',
        data: {
          name: 'Program P',
          theme: 'bao-ve',
          period: { start: 2021, end: 2025, label: '2021–2025' },
          decision: ref('directives', 'd1'),
          targets: [
            { plan: ref('plans', 'dated-2021'), quote: 'one' },
            { plan: ref('plans', 'undated-2020'), quote: 'two' },
            { plan: ref('plans', 'dated-2021'), quote: 'three' },
          ],
        },
      },
    ],
    hotlines: [
      hotline('18001567', { order: 6, superseded: true, mentionedInPlans: [ref('plans', 'undated-2020')] }),
      hotline('111', {
        order: 1,
        cost: 'free',
        hours: '24/7',
        mentionedInPlans: [ref('plans', 'dated-2021')],
        mentionedInDirectives: [ref('directives', 'd1')],
      }),
      hotline('113', { order: 2, emergency: true }),
      hotline('0243', {
        order: 5,
        scope: 'dia-phuong',
        confidence: 'as-cited',
        unverified: 'may not connect as printed',
        mentionedInPlans: [ref('plans', 'dated-2021')],
      }),
    ],
    guidance: [
      {
        id: 'a',
        data: { title: 'A', audience: ['can-bo-cong-doan'], sourcePlans: [], urgent: false, hotlines: [] },
      },
      {
        id: 'g',
        data: {
          title: 'G',
          urgent: true,
          audience: ['cha-me-cnvcld', 'tre-em'],
          sourcePlans: [ref('plans', 'dated-2021'), ref('plans', 'undated-2020')],
          sourceDirectives: [ref('directives', 'd1')],
          referenceFacts: ['§4 111'],
          externalSources: [{ label: 'Page', url: 'https://example.org/page', facts: ['7.1'] }],
          updated: '2026-11-30',
          hotlines: [ref('hotlines', '113'), ref('hotlines', '111')],
        },
      },
    ],
    campaigns: [
      {
        id: 'month',
        data: {
          name: 'Month',
          summary: 'S',
          order: 2,
          date: { kind: 'fixed', start: '06-01', end: '06-30' },
          yearlyThemes: [{ year: 2017, theme: 'T' }],
          plans: [],
        },
      },
      {
        id: 'day',
        data: {
          name: 'Day',
          summary: 'S',
          order: 1,
          date: { kind: 'fixed', start: '06-01' },
          yearlyThemes: [],
          plans: [{ plan: ref('plans', 'dated-2021'), quote: 'q' }],
          share: { plan: ref('plans', 'undated-2020'), quote: 'share me' },
          basis: ref('directives', 'd1'),
        },
      },
    ],
    ...overrides,
  } as unknown as Collections;
}

export const citations = new Map<string, RecordedCitation[]>([
  [
    'dated-2021',
    [
      {
        collection: 'directives',
        id: 'd2',
        text: 'Quyết định số d2/QĐ-TTg',
        line: 3,
        anchor: 'trich-dan-d2-1',
        sentence: { before: 'Thực hiện ', text: 'Quyết định số d2/QĐ-TTg', after: ' của tỉnh.' },
      },
    ],
  ],
]);

export const fixtureSite = (overrides?: Partial<Record<keyof Collections, unknown[]>>) =>
  assembleSite(collections(overrides), citations);
