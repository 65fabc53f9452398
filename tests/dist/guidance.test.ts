import { describe, expect, it } from 'vitest';
import { formatDateShort } from '../../src/lib/dates';
import { guidance } from '../support/content';
import { htmlPages, page } from '../support/dist';
import { all, attr, byTag, hrefs, isHidden, region, text } from '../support/html';

/**
 * Guidance articles as built: listed, naming their audience and sources, with call-out numbers
 * people can tap. That their links open pages is checked in links.test.ts; axe runs on every page
 * in the browser (pages.spec.ts).
 */
const articles = guidance();

describe('guidance', () => {
  it('the guidance page lists every article in content/guidance/', () => {
    expect(articles.length).toBeGreaterThan(0);
    const main = all(page('/huong-dan/'), byTag('main'));
    expect(main).toHaveLength(1);
    const listed = hrefs(main[0]!);
    expect(
      articles.filter((a) => listed.filter((href) => href === `/huong-dan/${a.id}/`).length !== 1).map((a) => a.id),
    ).toEqual([]);
  });

  it.each(articles)('/huong-dan/$id/ names its audience and sources', ({ id, title }) => {
    const doc = page(`/huong-dan/${id}/`);
    const h1 = all(doc, byTag('h1'));
    expect(h1.map(text)).toEqual([title]);
    const audience = all(doc, (el) => el.name === 'p' && text(el).startsWith('Dành cho:'));
    expect(audience.filter((p) => !isHidden(p))).toHaveLength(1);
    expect(text(audience[0]!).length).toBeGreaterThan('Dành cho:'.length);
    const sources = region(doc, 'Nguồn');
    expect(sources, 'a "Nguồn" region').toBeDefined();
    expect(hrefs(sources!).length).toBeGreaterThan(0);
  });

  it.each(articles)(
    '/huong-dan/$id/ ends with the web pages its facts come from and its "Cập nhật" date',
    (article) => {
      const sources = region(page(`/huong-dan/${article.id}/`), 'Nguồn');
      expect(sources, 'a "Nguồn" region').toBeDefined();
      const pages = (article['externalSources'] as { url: string }[] | undefined) ?? [];
      expect(hrefs(sources!).filter((h) => /^https?:/.test(h))).toEqual(pages.map((p) => p.url));
      expect(text(sources!)).toContain(`Cập nhật: ${formatDateShort(String(article['updated']))}`);
    },
  );

  it('the article for a child who may be in danger is first in the list', () => {
    const urgent = articles.filter((a) => a['urgent'] === true);
    expect(urgent).toHaveLength(1);
    const main = all(page('/huong-dan/'), byTag('main'))[0]!;
    const listed = hrefs(main).filter((h) => h.startsWith('/huong-dan/') && h !== '/huong-dan/');
    expect(listed[0]).toBe(`/huong-dan/${urgent[0]!.id}/`);
  });

  it('the home page’s red box and the hotline page lead to it', () => {
    const urgent = `/huong-dan/${articles.find((a) => a['urgent'] === true)!.id}/`;
    expect(hrefs(region(page('/'), 'Khi trẻ em cần được bảo vệ')!)).toContain(urgent);
    const main = all(page('/duong-day-nong/'), byTag('main'))[0]!;
    // Before the first number to call.
    const links = hrefs(main);
    expect(links.indexOf(urgent)).toBeGreaterThan(-1);
    expect(links.indexOf(urgent)).toBeLessThan(links.findIndex((h) => h.startsWith('tel:')));
  });

  it('on every page, the safety bar’s question leads to it', () => {
    const urgent = `/huong-dan/${articles.find((a) => a['urgent'] === true)!.id}/`;
    const wrong = htmlPages().flatMap(({ path, doc }) => {
      const bar = region(doc, 'Đường dây nóng bảo vệ trẻ em');
      const question = bar ? hrefs(bar).filter((h) => !h.startsWith('tel:')) : [];
      return question.length === 1 && question[0] === urgent ? [] : [`${path}: ${question.join(', ') || 'no bar'}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each(articles)('/huong-dan/$id/: any call-out number is a real tel: link', ({ id }) => {
    const callOut = region(page(`/huong-dan/${id}/`), 'Cần giúp ngay?');
    const links = callOut ? all(callOut, byTag('a')) : [];
    expect(links.map((a) => attr(a, 'href')).filter((href) => !/^tel:[0-9]+$/.test(href ?? ''))).toEqual([]);
  });
});
