import { describe, expect, it } from 'vitest';
import type { Directive, Hotline, Plan, Site } from '../../src/lib/content';
import { guidancePage } from '../../src/lib/pages/guidance';
import { ui } from '../../src/lib/i18n';
import { createGuidanceSchema } from '../../src/schemas/guidance';
import { reference } from './schema-helpers';

const plan = {
  id: '45-kh-ldld-long-bien-2021',
  data: { number: '45/KH-LĐLĐ', issuer: 'Liên đoàn Lao động quận Long Biên', title: 'Tết trung thu' },
} as unknown as Plan;
const undatedPlan = {
  id: 'so-tnmt-lang-son-2020',
  data: { issuer: 'Sở Tài nguyên và Môi trường tỉnh Lạng Sơn', title: 'Thực hiện công tác trẻ em' },
} as unknown as Plan;
const directive = {
  id: '56-2017-nd-cp',
  data: { kind: 'Nghị định', number: '56/2017/NĐ-CP', title: 'Quy định chi tiết một số điều của Luật Trẻ em' },
} as unknown as Directive;
const asCited = {
  id: '1863-qd-ttg',
  data: {
    kind: 'Quyết định',
    number: '1863/QĐ-TTg',
    title: 'phê duyệt Kế hoạch hành động quốc gia',
    confidence: 'as-cited',
    knownFrom: { id: '45-kh-ldld-long-bien-2021', collection: 'plans' },
  },
} as unknown as Directive;
const hotline = (id: string, order: number) => ({ id, data: { number: id, name: id, order } }) as unknown as Hotline;
const hotlines = [hotline('111', 1), hotline('113', 2), hotline('115', 4)];

const byId =
  <T extends { id: string }>(entries: T[]) =>
  (id: string) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) throw new Error(`no entry ${id}`);
    return entry;
  };
const site = {
  plan: byId([plan, undatedPlan]),
  directive: byId([directive, asCited]),
  hotlines,
} as Pick<Site, 'plan' | 'directive' | 'hotlines'>;

const article = (extra: Record<string, unknown>) => ({
  data: createGuidanceSchema(reference).parse({
    title: 'Khi nghi ngờ trẻ bị xâm hại',
    summary: 'Các bước.',
    audience: ['cha-me-cnvcld', 'can-bo-cong-doan'],
    updated: '2026-11-30',
    ...extra,
  }),
});

describe('guidancePage', () => {
  it('lists the site’s plans and documents first, then the web pages in the article’s order', () => {
    const view = guidancePage(
      site,
      article({
        sourcePlans: ['45-kh-ldld-long-bien-2021', 'so-tnmt-lang-son-2020'],
        sourceDirectives: ['56-2017-nd-cp'],
        guidanceFacts: ['1.23', '2.5'],
        externalSources: [
          { label: 'B', url: 'https://example.org/b', facts: ['2.5'] },
          { label: 'A', url: 'https://example.org/a', facts: ['1.23'] },
        ],
      }),
    );
    expect(view.documents).toEqual([
      {
        href: '/ke-hoach/45-kh-ldld-long-bien-2021/',
        label: 'Kế hoạch số 45/KH-LĐLĐ của Liên đoàn Lao động quận Long Biên',
      },
      {
        href: '/ke-hoach/so-tnmt-lang-son-2020/',
        label: 'Kế hoạch “Thực hiện công tác trẻ em” của Sở Tài nguyên và Môi trường tỉnh Lạng Sơn',
      },
      {
        href: '/van-ban/56-2017-nd-cp/',
        label: 'Nghị định số 56/2017/NĐ-CP: Quy định chi tiết một số điều của Luật Trẻ em',
      },
    ]);
    expect(view.pages).toEqual([
      { href: 'https://example.org/b', label: 'B' },
      { href: 'https://example.org/a', label: 'A' },
    ]);
    expect(view.updated).toBe('2026-11-30');
    expect(view.audience).toBe(
      [ui.guidance.audiences['cha-me-cnvcld'], ui.guidance.audiences['can-bo-cong-doan']].join(', '),
    );
  });

  it('names a document known only as cited with the plan that cites it', () => {
    const view = guidancePage(site, article({ sourceDirectives: ['1863-qd-ttg', '56-2017-nd-cp'] }));
    expect(view.documents.map((d) => d.label)).toEqual([
      'Quyết định số 1863/QĐ-TTg: phê duyệt Kế hoạch hành động quốc gia (theo dẫn chiếu tại Kế hoạch số 45/KH-LĐLĐ)',
      'Nghị định số 56/2017/NĐ-CP: Quy định chi tiết một số điều của Luật Trẻ em',
    ]);
  });

  it('adds the checked reference data when the article uses FACTS.md', () => {
    const without = guidancePage(site, article({ sourcePlans: ['45-kh-ldld-long-bien-2021'] }));
    const withFacts = guidancePage(site, article({ referenceFacts: ['§4 111'] }));
    expect(without.documents.map((d) => d.label)).not.toContain(ui.guidance.referenceFacts);
    expect(withFacts.documents).toEqual([{ href: '/duong-day-nong/', label: ui.guidance.referenceFacts }]);
  });

  it('shows the box’s lines in the site’s hotline order, whatever order the article names them in', () => {
    const view = guidancePage(site, article({ referenceFacts: ['§4 111'], hotlines: ['115', '111'] }));
    expect(view.hotlines.map((h) => h.id)).toEqual(['111', '115']);
  });

  it('fails loudly on a plan the site does not have', () => {
    expect(() => guidancePage(site, article({ sourcePlans: ['no-such-plan'] }))).toThrow('no entry no-such-plan');
  });
});
