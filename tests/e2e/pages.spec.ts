import { expect, test } from '@playwright/test';
import { axeViolations, cspViolations, sitemapPaths, watchCspViolations } from './helpers';

/**
 * Every page of the site (the sitemap holds them all: tests/dist/sitemap.test.ts), and the 404
 * page: it loads, is in Vietnamese, has the 111 hotline one tap away, passes axe, asks nothing of
 * another origin, sets no cookie and breaks no rule of its Content-Security-Policy.
 *
 * Pages are checked in slices, one browser page per slice going from page to page, so that a
 * browser context is set up once per slice, not once per page. Every failing page of a slice is
 * reported (soft assertions name the page), not only the first.
 */
const NOT_FOUND = '/khong-co-trang-nay/';
const PAGES = [...sitemapPaths(), NOT_FOUND];
const PER_TEST = 8;
const slices = Array.from({ length: Math.ceil(PAGES.length / PER_TEST) }, (_, i) =>
  PAGES.slice(i * PER_TEST, (i + 1) * PER_TEST),
);

for (const slice of slices) {
  test(`${slice[0]} … ${slice.at(-1)} (${slice.length} pages): load, hotline, axe, nothing from elsewhere, no CSP violation`, async ({
    page,
    context,
  }) => {
    test.setTimeout(15_000 * slice.length);
    await watchCspViolations(context);
    let current = '';
    const thirdParty: string[] = [];
    // Nothing leaves the origin the pages are served from: not even the site's public address
    // (SITE_URL, which canonical links, cards and QR codes name), nor a share service.
    const served = new URL(test.info().project.use.baseURL!).origin;
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin !== served && url.protocol !== 'data:') thirdParty.push(`${current}: ${req.url()}`);
    });
    for (const path of slice) {
      current = path;
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path} status`).toBe(path === NOT_FOUND ? 404 : 200);
      await expect.soft(page.locator('html'), `${path} language`).toHaveAttribute('lang', 'vi');
      const bar = page.getByRole('complementary', { name: 'Đường dây nóng bảo vệ trẻ em' });
      await expect
        .soft(bar.getByRole('link', { name: /Gọi 111/ }), `${path} hotline`)
        .toHaveAttribute('href', 'tel:111');
      expect.soft(await axeViolations(page), `${path} axe`).toEqual([]);
      expect.soft(await context.cookies(), `${path} cookies`).toEqual([]);
      expect.soft(await cspViolations(page), `${path} Content-Security-Policy`).toEqual([]);
    }
    expect(thirdParty).toEqual([]);
  });
}

test('an unknown URL gets the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto(NOT_FOUND);
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
