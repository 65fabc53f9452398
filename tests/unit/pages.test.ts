import { describe, expect, it } from 'vitest';
import { directiveLabel, documentLabel, labelAndTitle, planKicker, planLabel } from '../../src/lib/documents';
import { escapeHtml } from '../../src/lib/html';
import { templateParts } from '../../src/lib/i18n';
import { campaignList, campaignMessage, campaignPage, campaignPoster } from '../../src/lib/pages/campaigns';
import { directiveGroups, directivePage, statusOf, textLinkOf } from '../../src/lib/pages/directives';
import { guidancePage } from '../../src/lib/pages/guidance';
import { home } from '../../src/lib/pages/home';
import { hotlinesPage, poster } from '../../src/lib/pages/hotlines';
import { documentsJson, hotlinesJson, openDataPage, robotsTxt } from '../../src/lib/pages/open-data';
import { feedItems } from '../../src/lib/pages/feed';
import { guidanceContents } from '../../src/lib/pages/guidance';
import { citedOnlyByName, planCard, planContents, planList, planPage } from '../../src/lib/pages/plans';
import { programPage } from '../../src/lib/pages/programs';
import { collections, fixtureSite, ref } from './site-fixture';

const site = fixtureSite();
const url = new URL('https://vitreem.example/x/');
const origin = new URL('https://vitreem.example');

describe('labels', () => {
  it('name a document by kind and number, and a plan without a number by its title', () => {
    expect(planLabel(site.plan('dated-2021'))).toBe('Kế hoạch số 45/KH');
    expect(planLabel(site.plan('undated-2020'))).toBe('Kế hoạch “Title undated-2020”');
    expect(directiveLabel(site.directive('d1'))).toBe('Quyết định số d1/QĐ-TTg');
    expect(documentLabel({ kind: 'Luật', number: '102/2016/QH13', title: 'Luật Trẻ em' })).toBe(
      'Luật số 102/2016/QH13',
    );
  });
  it('add the title only where the label does not hold it', () => {
    expect(labelAndTitle({ kind: 'Kế hoạch', number: '45/KH', title: 'T' })).toBe('Kế hoạch số 45/KH: T');
    expect(labelAndTitle({ kind: 'Kế hoạch', title: 'T' })).toBe('Kế hoạch “T”');
  });
  it('put the kind and number over a plan’s title', () => {
    expect(planKicker(site.plan('dated-2021'))).toBe('Kế hoạch 45/KH');
    expect(planKicker(site.plan('undated-2020'))).toBe('Kế hoạch');
  });
});

describe('templateParts', () => {
  it('cuts a UI string at its placeholders, so a link can stand in one', () => {
    expect(templateParts('Theo {plan}:')).toEqual([{ text: 'Theo ' }, { slot: 'plan' }, { text: ':' }]);
    expect(templateParts('{a}{b}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
  });
});

describe('escapeHtml', () => {
  it('escapes for element content and quoted attributes', () => {
    expect(escapeHtml('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });
});

describe('plan pages', () => {
  it('list every plan, or the plans of one filter value, with the filter links marked', () => {
    const all = planList(site);
    expect(all.plans).toHaveLength(site.plans.length);
    expect(all.all.current).toBe(true);
    const y2020 = planList(site, { filter: 'year', value: '2020' });
    expect(y2020.title).toBe('Kế hoạch: 2020');
    expect(y2020.plans.map((p) => p.id)).toEqual(['dated-2020', 'undated-2020']);
    const years = y2020.filters[0]!.links;
    expect(years.map((l) => [l.href, l.count, l.current])).toEqual([
      ['/ke-hoach/nam/2021/', 1, false],
      ['/ke-hoach/nam/2020/', 2, true],
    ]);
    expect(() => planList(site, { filter: 'year', value: '1999' })).toThrow('No plan has year "1999"');
  });

  it('give a plan page a card with its kind and number, title, issuer and date', () => {
    expect(planPage(site, site.plan('dated-2021'), url).card).toEqual(planCard(site.plan('dated-2021')));
    expect(planCard(site.plan('dated-2021'))).toMatchObject({ kicker: 'Kế hoạch 45/KH', title: 'Title dated-2021' });
    expect(planCard(site.plan('dated-2021')).detail).toContain('LĐLĐ quận');
  });

  it('give a plan what it implements, apart from what its text only mentions', () => {
    const page = planPage(site, site.plan('dated-2021'), url);
    expect(page.pageTitle).toBe('Kế hoạch 45/KH: Title dated-2021');
    expect(page.description).toBe('Kế hoạch 45/KH của LĐLĐ quận: Title dated-2021');
    expect(page.mentioned.map((d) => d.ref.id)).toEqual(['d2']);
    expect(planPage(site, site.plan('dated-2020'), url).mentioned).toEqual([]);
  });

  it('say which documents a plan only names, so a list can say where their number comes from', () => {
    const cited = (byName: boolean[]) => ({
      textCitations: () =>
        byName.map((b, line) => ({
          collection: 'directives' as const,
          id: 'd1',
          text: b ? 'Luật X' : 'd1',
          line,
          byName: b,
          anchor: `trich-dan-d1-${line + 1}`,
          sentence: { before: '', text: b ? 'Luật X' : 'd1', after: '' },
        })),
    });
    const plan = site.plan('dated-2021');
    expect([...citedOnlyByName(cited([true]), plan)]).toEqual(['directives/d1']);
    expect([...citedOnlyByName(cited([true, false]), plan)]).toEqual([]);
    expect([...citedOnlyByName(cited([false]), plan)]).toEqual([]);
  });

  it('give each plan a preview card and a print line with its number and date, or say it has none', () => {
    const dated = planPage(site, site.plan('dated-2021'), url);
    expect(dated.card).toEqual({
      kicker: 'Kế hoạch 45/KH',
      title: 'Title dated-2021',
      detail: 'LĐLĐ quận · 24/08/2021',
    });
    expect(dated.printLine).toBe('Kế hoạch số 45/KH, ngày 24 tháng 8 năm 2021');
    const undated = planPage(site, site.plan('undated-2020'), url);
    expect(undated.card.detail).toBe('LĐLĐ quận');
    expect(undated.printLine).toBe('Kế hoạch “Title undated-2020”, Văn bản không ghi ngày');
  });

  it('list a plan’s parts and their sections as its contents, not the KẾ HOẠCH title', () => {
    const headings = [
      { depth: 2, slug: 'ke-hoach', text: 'KẾ HOẠCH' },
      { depth: 3, slug: 'i-muc-dich', text: 'I. MỤC ĐÍCH' },
      { depth: 4, slug: '1-muc-dich', text: '1. Mục đích' },
      { depth: 3, slug: 'ii-noi-dung', text: 'II. NỘI DUNG' },
    ];
    expect(planContents(headings)).toEqual([
      {
        href: '#i-muc-dich',
        text: 'I. MỤC ĐÍCH',
        children: [{ href: '#1-muc-dich', text: '1. Mục đích', children: [] }],
      },
      { href: '#ii-noi-dung', text: 'II. NỘI DUNG', children: [] },
    ]);
    expect(guidanceContents(headings).map((i) => i.href)).toEqual(['#ke-hoach']);
  });
});

describe('the feed', () => {
  it('lists dated plans and directives newest first, and leaves out an undated one instead of dating it', () => {
    const { items, undated } = feedItems(site);
    expect(items.map((i) => [i.title, i.issued])).toEqual([
      ['Kế hoạch số 45/KH: Title dated-2021', '2021-08-24'],
      ['Quyết định số d2/QĐ-TTg: về d2', '2020-07-20'],
      ['Kế hoạch số 1/KH: Title dated-2020', '2020-03-01'],
      ['Quyết định số d1/QĐ-TTg: Luật X', '2019-12-23'],
    ]);
    expect(items[0]).toMatchObject({ link: '/ke-hoach/dated-2021/', kind: 'Kế hoạch' });
    expect(undated.map((d) => d.ref.id)).toEqual(['undated-2020']);
    // Every document is either in the feed or reported as left out: none is dropped silently.
    expect(items.length + undated.length).toBe(site.plans.length + site.directives.length);
  });
});

describe('directive pages', () => {
  const today = '2026-11-30';

  it('list the documents citing the directive, newest first, each marked when it implements it', () => {
    const page = directivePage(site, site.directive('d1'), url, today);
    expect(page.heading).toBe('Luật X số d1/QĐ-TTg');
    expect(page.card).toEqual({
      kicker: 'Trung ương · Quyết định',
      title: 'Luật X số d1/QĐ-TTg',
      detail: 'Thủ tướng Chính phủ · 23/12/2019',
    });
    expect(page.printLine).toBe('Quyết định số d1/QĐ-TTg, ngày 23 tháng 12 năm 2019');
    expect(page.citing.map((c) => [c.summary.ref.id, c.implementing, c.href])).toEqual([
      ['d2', true, '/van-ban/d2/'],
      ['dated-2020', true, '/ke-hoach/dated-2020/'],
    ]);
    expect(page.programs.map((p) => p.href)).toEqual(['/lo-trinh/p/']);
  });

  it('say, on the card, in print and in the feed, what is known only from a plan’s citation', () => {
    const base = collections();
    const asCited = fixtureSite({
      directives: base.directives.map((d) =>
        d.id === 'd2' ? { ...d, data: { ...d.data, confidence: 'as-cited' } } : d,
      ) as unknown[],
    });
    const note = '(theo dẫn chiếu tại Kế hoạch “Title undated-2020”)';
    const page = directivePage(asCited, asCited.directive('d2'), url, today);
    expect(page.card.detail).toBe(`Thủ tướng Chính phủ · 20/07/2020 ${note}`);
    expect(page.printLine).toBe(`Quyết định số d2/QĐ-TTg, ngày 20 tháng 7 năm 2020 ${note}`);
    // What shared links and search engines show says it too.
    expect(page.description.endsWith(` ${note}`)).toBe(true);
    expect(page.jsonLd['description']).toBe(page.description);
    expect(feedItems(asCited).items.find((i) => i.link === '/van-ban/d2/')!.description).toMatch(
      new RegExp(`${note.replace(/[()]/g, '\\$&')}$`),
    );
    // A document the site knows from its own sources says nothing of the kind.
    const known = fixtureSite({
      directives: base.directives.map((d) =>
        d.id === 'd2' ? { ...d, data: { ...d.data, confidence: 'high' } } : d,
      ) as unknown[],
    });
    expect(directivePage(known, known.directive('d2'), url, today).card.detail).toBe(
      'Thủ tướng Chính phủ · 20/07/2020',
    );
    expect(directivePage(known, known.directive('d2'), url, today).description).not.toContain('dẫn chiếu');
  });

  it('quote each citing sentence, linked to the sentence itself in the plan', () => {
    const page = directivePage(site, site.directive('d2'), url, today);
    expect(page.citing).toHaveLength(1);
    const [plan] = page.citing;
    expect(plan!.implementing).toBe(false);
    expect(plan!.href).toBe('/ke-hoach/dated-2021/#trich-dan-d2-1');
    expect(plan!.sentences).toEqual([
      {
        before: 'Thực hiện ',
        text: 'Quyết định số d2/QĐ-TTg',
        after: ' của tỉnh.',
        href: '/ke-hoach/dated-2021/#trich-dan-d2-1',
      },
    ]);
  });

  it('draw what a directive implements, what implements it and what only cites it', () => {
    expect(directivePage(site, site.directive('d1'), url, today).relations).toEqual({
      self: 'Quyết định số d1/QĐ-TTg',
      implements: [],
      implementedBy: [
        // d2 is known only as cited: its box says so, like every list.
        {
          href: '/van-ban/d2/',
          label: 'Quyết định số d2/QĐ-TTg',
          caveat: {
            confidence: 'as-cited',
            template: 'theo dẫn chiếu tại {plan}',
            links: { plan: { href: '/ke-hoach/undated-2020/', label: 'Kế hoạch “Title undated-2020”' } },
          },
        },
        { href: '/ke-hoach/dated-2020/', label: 'Kế hoạch số 1/KH', caveat: undefined },
      ],
      citedBy: [],
    });
    expect(directivePage(site, site.directive('d2'), url, today).relations).toMatchObject({
      implements: [{ href: '/van-ban/d1/', label: 'Quyết định số d1/QĐ-TTg' }],
      implementedBy: [],
      citedBy: [{ href: '/ke-hoach/dated-2021/', label: 'Kế hoạch số 45/KH' }],
    });
  });

  it('head a directive without a short name with its label and title', () => {
    expect(directivePage(site, site.directive('d2'), url, today).heading).toBe('Quyết định số d2/QĐ-TTg về d2');
  });

  it('say where to read the text, by the site’s name and what the page is, or that there is no link', () => {
    const d1 = site.directive('d1');
    expect(directivePage(site, d1, url, today).text).toBeUndefined();
    const withText = {
      ...d1,
      data: {
        ...d1.data,
        textUrl: 'https://www.thuvienphapluat.vn/van-ban/x.aspx',
        textKind: 'legal-database' as const,
      },
    };
    expect(textLinkOf(withText)).toEqual({
      href: 'https://www.thuvienphapluat.vn/van-ban/x.aspx',
      site: 'thuvienphapluat.vn',
      kind: 'toàn văn trên một cơ sở dữ liệu pháp luật, không phải trang chính thức',
    });
  });

  it('give the status from the facts alone, with its date', () => {
    const d1 = site.directive('d1');
    const status = (data: Partial<typeof d1.data>, day = today) =>
      statusOf(site, { ...d1, data: { ...d1.data, ...data } }, day);
    expect(status({})).toEqual({
      kind: 'unknown',
      label: 'chưa có thông tin',
      details: [],
      asOf: 'tính đến ngày 30/11/2026',
    });
    expect(status({ inForce: '2017-06-01' })).toMatchObject({
      kind: 'in-force',
      label: 'Còn hiệu lực',
      details: [{ template: 'Có hiệu lực từ ngày 01/06/2017.' }],
    });
    // Not yet in force on the day: nothing is claimed.
    expect(status({ inForce: '2027-01-01' }).kind).toBe('unknown');
    const period = { start: 2020, end: 2025, label: '2020–2025' };
    expect(status({ period })).toMatchObject({
      kind: 'ended',
      label: 'Giai đoạn đã kết thúc',
      details: [{ template: 'Giai đoạn 2020–2025 đã kết thúc.' }],
    });
    expect(status({ period }, '2024-05-01')).toMatchObject({
      kind: 'unknown',
      details: [{ template: 'Đang trong giai đoạn 2020–2025.' }],
    });
    const replaced = status({
      inForce: '2014-07-15',
      replacedBy: { directive: ref('directives', 'd2'), confidence: 'med' },
    } as never);
    expect(replaced.kind).toBe('repealed');
    expect(replaced.label).toBe('Hết hiệu lực');
    expect(replaced.details[0]).toEqual({
      template: 'Được thay thế bởi {doc} ngày 20/07/2020 (mức tin cậy trung bình).',
      links: { doc: { href: '/van-ban/d2/', label: 'Quyết định số d2/QĐ-TTg' } },
    });
    expect(replaced.details[1]!.template).toBe('Ngày hết hiệu lực: chưa có thông tin.');
  });

  it('group the list into national and local documents', () => {
    expect(directiveGroups(site).map((g) => g.items.map((i) => i.title))).toEqual([['Luật X: về d1'], ['về d2']]);
  });
});

describe('guidance pages', () => {
  it('list their sources with one label each, and the lines they name in hotline order', () => {
    const page = guidancePage(site, site.urgentGuidance);
    expect(page.documents.map((s) => s.label)).toEqual([
      'Kế hoạch số 45/KH của LĐLĐ quận',
      'Kế hoạch “Title undated-2020” của LĐLĐ quận',
      'Quyết định số d1/QĐ-TTg: Luật X',
      'Dữ liệu tham khảo đã kiểm tra của trang (văn bản pháp luật và đường dây nóng)',
    ]);
    expect(page.hotlines.map((h) => h.id)).toEqual(['111', '113']);
    expect(page.audience).toBe('Cha mẹ, CNVCLĐ, Trẻ em');
    expect(page.pages).toEqual([{ href: 'https://example.org/page', label: 'Page' }]);
    expect(page.updated).toBe('2026-11-30');
  });
});

describe('hotline pages', () => {
  it('put the national line first, then emergency numbers, then the rest, each with what mentions it', () => {
    const page = hotlinesPage(site);
    expect(page.main.map((e) => e.hotline.id)).toEqual(['111']);
    expect(page.emergency.map((e) => e.hotline.id)).toEqual(['113']);
    expect(page.other.map((e) => e.hotline.id)).toEqual(['0243', '18001567']);
    // Neither an unverified number nor an older one is offered as a call.
    expect(page.other.map((e) => e.callable)).toEqual([false, false]);
    expect(page.main[0]!.callable).toBe(true);
    expect(page.other[0]!.caveat?.links).toEqual({
      plan: { href: '/ke-hoach/dated-2021/', label: 'Kế hoạch số 45/KH' },
    });
    expect(page.urgentGuide).toEqual({ href: '/huong-dan/g/', label: 'G' });
    expect(page.main[0]!.mentions).toEqual([
      { href: '/ke-hoach/dated-2021/', label: 'Kế hoạch số 45/KH' },
      { href: '/van-ban/d1/', label: 'Quyết định số d1/QĐ-TTg' },
    ]);
  });
  it('print the national line, the emergency and local lines, never an old or unverified number', () => {
    const model = poster(site, new URL('https://vitreem.example'));
    expect(model.national.id).toBe('111');
    expect(model.facts).toEqual(['free', '24/7', 'Toàn quốc']);
    expect(model.emergency.map((h) => h.id)).toEqual(['113']);
    expect(model.local).toEqual([]);
    expect(model.notOnPoster).toMatch(/Hiện nay hãy gọi 111\.$/);
    expect(model.more).toBe('vitreem.example/duong-day-nong/');
  });
  it('give the open data no call link for a number the site never offers as a call', () => {
    const lines = hotlinesJson(site);
    expect(lines.map((h) => [h.id, h.tel])).toEqual([
      ['111', 'tel:111'],
      ['113', 'tel:113'],
      ['0243', null],
      ['18001567', null],
    ]);
  });
});

describe('program pages', () => {
  it('group the targets by the plan that sets them, and give the status on the day', () => {
    const page = programPage(site, site.program('p'), '2022-01-01');
    expect(page.targets.map((t) => [t.plan.label, t.quotes])).toEqual([
      ['Kế hoạch số 45/KH', ['one', 'three']],
      ['Kế hoạch “Title undated-2020”', ['two']],
    ]);
    expect(page.statusLine).toBe('Đang thực hiện (tính đến ngày 01/01/2022)');
    expect(page.docs.serving.map((p) => p.id)).toEqual(['dated-2021', 'undated-2020']);
    // The decision is cited by dated-2020 (which does not serve the program) and d2.
    expect(page.docs.citing.map((d) => d.ref.id)).toEqual(['dated-2020', 'd2']);
  });
});

describe('campaign pages', () => {
  it('give a one-day moment a date column and a longer one "from" and "to"', () => {
    const day = campaignPage(site, site.campaigns[0]!, '2025-05-01', origin);
    expect(day.table.headings).toEqual(['Năm', 'Ngày']);
    expect(day.table.rows[0]).toEqual({ year: 2016, days: ['2016-06-01'], theme: undefined });
    const month = campaignPage(site, site.campaigns[1]!, '2025-05-01', origin);
    expect(month.table.headings).toEqual(['Năm', 'Từ', 'Đến']);
    expect(month.table.themes).toBe(true);
    expect(month.table.rows[1]).toEqual({
      year: 2017,
      days: ['2017-06-01', '2017-06-30'],
      theme: { year: 2017, theme: 'T' },
    });
  });
  it('say when the moment comes next, and carry the same words for the page script', () => {
    const day = campaignPage(site, site.campaigns[0]!, '2025-05-01', origin);
    expect(day.next?.text).toBe('Lần tới: 01/06/2025');
    const payload = JSON.parse(day.next!.payload) as { list: { label: string }[]; next: string };
    expect(payload.list).toHaveLength(15);
    expect(payload.next).toBe('Lần tới: {date}');
    expect(day.share).toEqual({
      plan: { href: '/ke-hoach/undated-2020/', label: 'Kế hoạch “Title undated-2020”' },
      quote: 'share me',
    });
    expect(campaignList(site, '2025-06-15').map((c) => c.next?.text)).toEqual([
      'Lần tới: 01/06/2026',
      'Đang diễn ra: 01/06/2025 – 30/06/2025',
    ]);
  });
});

describe('campaign share kit', () => {
  const [day, month] = [site.campaigns[0]!, site.campaigns[1]!];
  it('writes a message with the coming date, the plan’s words and who said them, the hotline and the link', () => {
    expect(campaignMessage(site, day, '2025-05-01', 'https://vitreem.example/chien-dich/day/').split('\n')).toEqual([
      'Day năm 2025: 01/06/2025.',
      '“share me” (Kế hoạch “Title undated-2020”)',
      'Trẻ em cần giúp đỡ, bị xâm hại, bạo lực? Gọi 111 (miễn phí, 24/7).',
      'https://vitreem.example/chien-dich/day/',
    ]);
    // Once this year's has passed, the message announces next year's: never a date gone by.
    expect(campaignMessage(site, day, '2025-06-02', 'u').split('\n')[0]).toBe('Day năm 2026: 01/06/2026.');
    expect(campaignMessage(site, day, '2025-06-01', 'u').split('\n')[0]).toBe('Day năm 2025: 01/06/2025.');
    // A moment with no words to share, and one no source dates, say only what is known.
    expect(campaignMessage(site, month, '2017-01-01', 'u').split('\n')[0]).toBe(
      'Month năm 2017: 01/06/2017 – 30/06/2017.',
    );
    const unfixed = { ...month, data: { ...month.data, date: { kind: 'unfixed' as const } } };
    expect(campaignMessage(site, unfixed, '2017-01-01', 'u').split('\n')).toEqual([
      'Month: S',
      'Trẻ em cần giúp đỡ, bị xâm hại, bạo lực? Gọi 111 (miễn phí, 24/7).',
      'u',
    ]);
    const page = campaignPage(site, day, '2025-05-01', origin);
    expect(page.kit.message).toContain('https://vitreem.example/chien-dich/day/');
    expect(page.kit.posterHref).toBe('/chien-dich/day/in/');
    expect(page.card).toEqual({ kicker: 'Chiến dịch', title: 'Day', detail: 'Lần tới: 01/06/2025' });
  });

  it('makes an A4 poster with the coming dates and that year’s theme, and a QR code of the campaign page', () => {
    const poster = campaignPoster(site, month, '2017-03-01', origin);
    expect(poster.year).toEqual({ label: 'Năm 2017', dates: '01/06/2017 – 30/06/2017' });
    expect(poster.theme).toBe('Chủ đề: “T”');
    expect(poster.quote).toBeUndefined();
    expect(poster.more).toBe('vitreem.example/chien-dich/month/');
    expect(poster.qr.text).toBe('https://vitreem.example/chien-dich/month/');
    expect(campaignPoster(site, month, '2018-03-01', origin).theme).toBeUndefined();
    expect(campaignPoster(site, day, '2018-03-01', origin).quote).toEqual({
      text: 'share me',
      source: 'Kế hoạch “Title undated-2020”',
    });
  });
});

describe('the open data page', () => {
  it('documents the three JSON files, each field with its meaning, and gives the licence', () => {
    const page = openDataPage(origin);
    expect(page.files.map((f) => f.url)).toEqual([
      'https://vitreem.example/du-lieu/van-ban.json',
      'https://vitreem.example/du-lieu/lo-trinh.json',
      'https://vitreem.example/du-lieu/duong-day-nong.json',
    ]);
    for (const file of page.files) {
      expect(file.fields.length).toBeGreaterThan(0);
      for (const field of file.fields) expect(field.meaning.length, field.name).toBeGreaterThan(5);
    }
    expect(page.licence.url).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(page.others.map((o) => o.href)).toEqual(['/rss.xml', '/sitemap-index.xml', '/robots.txt']);
  });

  it('points robots.txt at the sitemap on the site’s own address', () => {
    expect(robotsTxt(origin)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://vitreem.example/sitemap-index.xml\n');
    expect(() => robotsTxt(undefined)).toThrow(/set SITE_URL/);
  });
});

describe('home', () => {
  it('lists the main sections with the counts from the content', () => {
    const page = home(site);
    expect(page.sections[0]!.text).toMatch(/^3 kế hoạch — /);
    expect(page.sections[1]!.text).toMatch(/^2 văn bản — /);
    expect(page.hotline.id).toBe('111');
    expect(page.urgentGuide).toEqual({ href: '/huong-dan/g/', label: 'G' });
  });
});

describe('open data', () => {
  it('lists every document with the citation graph', () => {
    const { documents } = documentsJson(site, (path) => `https://x${path}`);
    expect(documents.map((d) => d.id)).toEqual([
      'ke-hoach/dated-2021',
      'ke-hoach/dated-2020',
      'ke-hoach/undated-2020',
      'van-ban/d2',
      'van-ban/d1',
    ]);
    expect(documents[0]).toMatchObject({
      type: 'Kế hoạch',
      cites: ['van-ban/d2'],
      url: 'https://x/ke-hoach/dated-2021/',
    });
    // A document known only from a plan says so in the data too.
    expect(documents[3]).toMatchObject({
      confidence: 'as-cited',
      knownFrom: 'ke-hoach/undated-2020',
      caveat: 'theo dẫn chiếu tại Kế hoạch “Title undated-2020”',
      fieldConfidence: {},
    });
    expect(documents[4]).toMatchObject({ caveat: null });
  });

  it('point each citation at its sentence, both from the citing plan and from the document cited', () => {
    const { documents } = documentsJson(site, (path) => `https://x${path}`);
    const byId = new Map(documents.map((d) => [d.id, d as Record<string, unknown>]));
    expect(byId.get('ke-hoach/dated-2021')!['citations']).toEqual([
      {
        text: 'Quyết định số d2/QĐ-TTg',
        target: 'van-ban/d2',
        line: 3,
        byName: false,
        anchor: 'trich-dan-d2-1',
        url: 'https://x/ke-hoach/dated-2021/#trich-dan-d2-1',
        sentence: 'Thực hiện Quyết định số d2/QĐ-TTg của tỉnh.',
      },
    ]);
    expect(byId.get('van-ban/d2')!['citedAt']).toEqual([
      { from: 'ke-hoach/dated-2021', url: 'https://x/ke-hoach/dated-2021/#trich-dan-d2-1' },
    ]);
    expect(byId.get('van-ban/d1')!['citedAt']).toEqual([]);
  });
});
