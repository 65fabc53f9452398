import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS, sitemapPaths } from './helpers';

const paths = sitemapPaths();

test('the sitemap lists every section', () => {
  for (const section of ['/', '/ke-hoach/', '/van-ban/', '/huong-dan/', '/duong-day-nong/']) {
    expect(paths).toContain(section);
  }
});

for (const path of paths) {
  test(`${path} loads, has the hotline one tap away, and passes axe`, async ({ page }) => {
    const thirdParty: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') thirdParty.push(req.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

    const bar = page.getByRole('complementary', { name: 'Đường dây nóng bảo vệ trẻ em' });
    await expect(bar.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');

    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}

test('an unknown URL gets the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await expect(page.getByRole('link', { name: /Gọi 111/ })).toHaveAttribute('href', 'tel:111');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/ke-hoach/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
