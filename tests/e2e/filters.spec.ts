import { expect, test } from '@playwright/test';
import { plans } from '../support/content';

test.use({ javaScriptEnabled: false });

const PLANS = plans();
/** How many plans in content/plans/ a filter should list. */
const count = (matches: (plan: (typeof PLANS)[number]) => boolean) => PLANS.filter(matches).length;

test('plan filters are plain links that work with JavaScript off', async ({ page }) => {
  await page.goto('/ke-hoach/');
  const filters = page.getByRole('navigation', { name: 'Lọc kế hoạch' });
  const list = page.getByRole('list', { name: /kế hoạch$/ });
  expect(PLANS.length).toBeGreaterThan(0);
  await expect(list.getByRole('listitem')).toHaveCount(PLANS.length);

  await filters.getByRole('link', { name: /^2021/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/nam\/2021\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch: 2021');
  await expect(list.getByRole('listitem')).toHaveCount(count((p) => p.year === 2021));
  await expect(list).toContainText('45/KH-LĐLĐ');
  await expect(list).toContainText('63/KH-CDYT');

  await filters.getByRole('link', { name: /^Lạng Sơn/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/tinh\/lang-son\/$/);
  await expect(list.getByRole('listitem')).toHaveCount(count((p) => p.province === 'Lạng Sơn'));
  await expect(list).toContainText('Sở Tài nguyên và Môi trường tỉnh Lạng Sơn');

  await filters.getByRole('link', { name: /^Liên đoàn Lao động tỉnh Phú Yên/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/co-quan\/lien-doan-lao-dong-tinh-phu-yen\/$/);
  await expect(list.getByRole('listitem')).toHaveCount(count((p) => p.issuer === 'Liên đoàn Lao động tỉnh Phú Yên'));
  await expect(list).toContainText('40/KH-LĐLĐ');
  await expect(filters.getByRole('link', { name: /^Liên đoàn Lao động tỉnh Phú Yên/ })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await filters.getByRole('link', { name: 'Tất cả' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(PLANS.length);
});
