import { describe, expect, it } from 'vitest';
import { assembleSite } from '../../src/lib/site';
import { citations, collections, fixtureSite, ref } from './site-fixture';

describe('assembleSite', () => {
  const site = fixtureSite();

  it('sorts plans newest first, an undated plan after the dated ones of its year', () => {
    expect(site.plans.map((p) => p.id)).toEqual(['dated-2021', 'dated-2020', 'undated-2020']);
  });

  it('sorts hotlines and campaigns by their order', () => {
    expect(site.hotlines.map((h) => h.id)).toEqual(['111', '113', '0243', '18001567']);
    expect(site.campaigns.map((c) => c.id)).toEqual(['day', 'month']);
  });

  it('finds the national line: in service, not an emergency number', () => {
    expect(site.nationalHotline.id).toBe('111');
  });

  it('lists the article for a child in danger first, then the others A–Z', () => {
    expect(site.urgentGuidance.id).toBe('g');
    expect(site.guidance.map((g) => g.id)).toEqual(['g', 'a']);
  });

  it('refuses content with no urgent article, or two, naming the articles', () => {
    const [a, g] = [site.guidance.find((x) => x.id === 'a')!, site.urgentGuidance];
    expect(() => assembleSite(collections({ guidance: [a] }), citations)).toThrow(
      /expected exactly one article with "urgent: true" .* found 0: none/,
    );
    const two = collections({ guidance: [g, { ...a, data: { ...a.data, urgent: true } }] });
    expect(() => assembleSite(two, citations)).toThrow(/found 2: a, g/);
  });

  it('refuses an article whose "Cần giúp ngay?" box lists a number the site never offers as a call', () => {
    const g = site.urgentGuidance;
    const box = { ...g, filePath: 'content/guidance/g.mdx', data: { ...g.data, hotlines: [ref('hotlines', '0243')] } };
    expect(() => assembleSite(collections({ guidance: [box] }), citations)).toThrow(
      'content/guidance/g.mdx: field "hotlines" lists 0243, which the site never offers as a call (unverified): expected callable lines only',
    );
  });

  it('says how sure it is of an entry: the citing plan for an as-cited one, nothing for a sure one', () => {
    expect(site.caveat(site.directive('d1'))).toBeUndefined();
    expect(site.caveat(site.directive('d2'))).toEqual({
      confidence: 'as-cited',
      template: 'theo dẫn chiếu tại {plan}',
      links: { plan: { href: '/ke-hoach/undated-2020/', label: 'Kế hoạch “Title undated-2020”' } },
    });
  });

  it('indexes the plans that serve a program and the programs a decision approves', () => {
    expect(site.plansServing('p').map((p) => p.id)).toEqual(['dated-2021', 'undated-2020']);
    expect(site.plansServing('nothing')).toEqual([]);
    expect(site.programsApprovedBy('d1').map((p) => p.id)).toEqual(['p']);
    expect(site.programsApprovedBy('d2')).toEqual([]);
  });

  it('builds the citation graph from what the documents implement and what their text cites', () => {
    const d1 = { collection: 'directives', id: 'd1' } as const;
    expect(site.graph.citedBy(d1)).toEqual([
      { collection: 'plans', id: 'dated-2020' },
      { collection: 'directives', id: 'd2' },
    ]);
    expect(site.graph.implementedBy(d1)).toEqual(site.graph.citedBy(d1));
    const d2 = { collection: 'directives', id: 'd2' } as const;
    expect(site.graph.citedBy(d2)).toEqual([{ collection: 'plans', id: 'dated-2021' }]);
    expect(site.graph.implementedBy(d2)).toEqual([]);
    expect(site.textCitations('dated-2021')).toHaveLength(1);
  });

  it('indexes the plan filters once, with each value’s plans', () => {
    expect(site.planFacets.year.map((v) => [v.value, v.plans.map((p) => p.id)])).toEqual([
      ['2021', ['dated-2021']],
      ['2020', ['dated-2020', 'undated-2020']],
    ]);
  });

  it('looks entries up by id, and names the collection of an id that does not exist', () => {
    expect(site.directive('d2').data.number).toBe('d2/QĐ-TTg');
    expect(() => site.plan('nope')).toThrow('No plans entry "nope"');
  });

  it('stops on a broken reference from any collection, campaigns included, naming file and field', () => {
    const broken = collections({
      campaigns: [
        { id: 'c', filePath: 'content/campaigns/c.yaml', data: { order: 1, basis: ref('directives', 'gone') } },
      ],
    });
    expect(() => assembleSite(broken, citations)).toThrow(
      'content/campaigns/c.yaml: field "basis" refers to directives entry "gone", which does not exist (expected one of: d1, d2)',
    );
  });

  it('refuses content with no national line, or with two', () => {
    const site = fixtureSite();
    const [national, emergency] = [site.hotline('111'), site.hotline('113')];
    const none = collections({ hotlines: [emergency], guidance: [] });
    expect(() => assembleSite(none, citations)).toThrow(/expected exactly one national line .* found 0/);
    const two = collections({ hotlines: [national, { ...national, id: '112' }], guidance: [] });
    expect(() => assembleSite(two, citations)).toThrow(/found 2: 111, 112/);
  });
});
