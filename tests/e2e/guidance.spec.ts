import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { formatDateShort } from '../../src/lib/dates';
import { readArticles } from '../support/guidance-articles';
import { AXE_TAGS } from './helpers';

const articles = readArticles();
const slugs = articles.map((a) => a.id);
/** The article a frightened parent opens from the home page. */
const ABUSE = 'khi-nghi-ngo-tre-bi-xam-hai';

test('at least eight guidance articles are listed', async ({ page }) => {
  expect(slugs.length).toBeGreaterThanOrEqual(8);
  await page.goto('/huong-dan/');
  for (const slug of slugs) {
    await expect(page.getByRole('main').locator(`a[href="/huong-dan/${slug}/"]`)).toHaveCount(1);
  }
});

for (const slug of slugs) {
  test(`/huong-dan/${slug}/ names its audience and sources, its links work, and axe finds nothing`, async ({
    page,
    request,
  }) => {
    const response = await page.goto(`/huong-dan/${slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.getByText(/^Dành cho:/)).toBeVisible();

    const sources = page.getByRole('region', { name: 'Nguồn' });
    expect(await sources.getByRole('link').count()).toBeGreaterThan(0);

    // It ends with the web pages its facts come from, as links, and the date it was last checked.
    const article = articles.find((a) => a.id === slug)!;
    const pages = (article.frontmatter['externalSources'] as { url: string }[] | undefined) ?? [];
    const external = await sources
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '').filter((h) => /^https?:/.test(h)));
    expect(external).toEqual(pages.map((p) => p.url));
    await expect(
      sources.getByText(`Cập nhật: ${formatDateShort(String(article.frontmatter['updated']))}`),
    ).toBeVisible();

    // Every internal link in the article and its sources leads to a real page.
    const hrefs = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of new Set(hrefs.filter((h) => h.startsWith('/')))) {
      expect((await request.get(href.split('#')[0]!)).status(), href).toBe(200);
    }

    // Any call-out number is a real tel: link.
    const callOut = page.getByRole('complementary', { name: 'Cần giúp ngay?' });
    for (const link of await callOut.getByRole('link').all()) {
      await expect(link).toHaveAttribute('href', /^tel:[0-9]+$/);
    }

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 640 } });

  test(`the first steps of "${ABUSE}" are on the first screen, without scrolling`, async ({ page }) => {
    await page.goto(`/huong-dan/${ABUSE}/`);
    const steps = page.getByRole('article').getByRole('list').first().getByRole('listitem');
    // The first numbered step (call 113 / 115) is whole within the first 640 px.
    const first = await steps.first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y).toBeGreaterThanOrEqual(0);
    expect(first!.y + first!.height).toBeLessThanOrEqual(640);
    await expect(steps.first()).toContainText('113');
    await expect(steps.first().getByRole('link', { name: '113' })).toHaveAttribute('href', 'tel:113');
  });

  for (const slug of slugs) {
    test(`/huong-dan/${slug}/ opens with its first step on the first screen`, async ({ page }) => {
      await page.goto(`/huong-dan/${slug}/`);
      // The article's first block is a heading and its numbered steps, not a preamble.
      const firstList = page.getByRole('article').locator('ol').first();
      const top = await firstList.locator('li').first().boundingBox();
      expect(top).not.toBeNull();
      expect(top!.y).toBeLessThan(640 - 40);
    });
  }
});
