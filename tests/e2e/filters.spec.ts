import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('plan filters are plain links that work with JavaScript off', async ({ page }) => {
  await page.goto('/ke-hoach/');
  const filters = page.getByRole('navigation', { name: 'Lọc kế hoạch' });
  const list = page.getByRole('list', { name: /kế hoạch$/ });
  await expect(list.getByRole('listitem')).toHaveCount(5);

  await filters.getByRole('link', { name: /^2021/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/nam\/2021\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch: 2021');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('45/KH-LĐLĐ');
  await expect(list).toContainText('63/KH-CDYT');

  await filters.getByRole('link', { name: /^Lạng Sơn/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/tinh\/lang-son\/$/);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Sở Tài nguyên và Môi trường tỉnh Lạng Sơn');

  await filters.getByRole('link', { name: /^Liên đoàn Lao động tỉnh Phú Yên/ }).click();
  await expect(page).toHaveURL(/\/ke-hoach\/co-quan\/lien-doan-lao-dong-tinh-phu-yen\/$/);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('40/KH-LĐLĐ');
  await expect(filters.getByRole('link', { name: /^Liên đoàn Lao động tỉnh Phú Yên/ })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await filters.getByRole('link', { name: 'Tất cả' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(5);
});
