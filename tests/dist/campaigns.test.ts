import { describe, expect, it } from 'vitest';
import { campaigns } from '../support/content';
import { page } from '../support/dist';
import { all, attr, byTag, region, text, type HtmlElement } from '../support/html';

/**
 * A campaign page quotes the plans that hold the moment: every quote is the plan's own words, as
 * the plan page shows them. (The dates and the next date are checked in the browser,
 * campaigns.spec.ts.)
 */
const quoteOf = (item: HtmlElement) => {
  const link = all(item, byTag('a'))[0];
  const quote = all(item, byTag('blockquote'))[0];
  expect(link && quote, 'a link and a quote').toBeTruthy();
  return { href: new URL(attr(link!, 'href')!, 'http://site').pathname, text: text(quote!) };
};

const planText = (path: string) => {
  const bodies = all(page(path), (el) => 'data-plan-body' in el.attribs);
  expect(bodies, path).toHaveLength(1);
  return text(bodies[0]!);
};

describe('campaign quotes', () => {
  it('there are campaigns in content/campaigns/', () => {
    expect(campaigns().length).toBeGreaterThan(0);
  });

  it.each(campaigns())('$id: every quoted plan says those words, and the share text is one of them', ({ id }) => {
    const doc = page(`/chien-dich/${id}/`);
    const section = region(doc, 'Các kế hoạch tổ chức dịp này');
    expect(section).toBeDefined();
    const quotes = all(section!, byTag('li')).map(quoteOf);
    expect(quotes.length).toBeGreaterThan(0);
    const share = region(doc, 'Lời để chia sẻ');
    expect(share).toBeDefined();
    for (const quote of [...quotes, quoteOf(share!)]) {
      expect(quote.text.length).toBeGreaterThan(0);
      expect(planText(quote.href), quote.href).toContain(quote.text);
    }
  });
});
