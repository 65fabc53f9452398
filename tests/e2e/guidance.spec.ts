import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS } from './helpers';

const GUIDANCE = join(import.meta.dirname, '..', '..', 'content', 'guidance');
const slugs = readdirSync(GUIDANCE)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

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
