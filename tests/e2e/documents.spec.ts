import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers';

const documentPaths = sitemapPaths().filter(
  (p) => /^\/(ke-hoach|van-ban)\/[a-z0-9-]+\/$/.test(p) && !/\/(nam|tinh|co-quan)\//.test(p),
);

async function legislation(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts.length).toBe(1);
  return JSON.parse(scripts[0]!) as Record<string, unknown>;
}

test('every plan and directive page is in the sitemap', () => {
  expect(documentPaths.filter((p) => p.startsWith('/ke-hoach/'))).toHaveLength(5);
  expect(documentPaths.filter((p) => p.startsWith('/van-ban/')).length).toBeGreaterThanOrEqual(24);
});

for (const path of documentPaths) {
  test(`${path} embeds valid Legislation JSON-LD that matches its metadata`, async ({ page }) => {
    await page.goto(path);
    const data = await legislation(page);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Legislation');
    expect(typeof data['name']).toBe('string');
    expect(data['url']).toMatch(new RegExp(`${path.replace(/\//g, '\\/')}$`));
    expect(data['legislationPassedBy']).toMatchObject({ name: expect.any(String) });
    const meta = page.getByRole('region', { name: 'Thông tin văn bản' });
    const number = data['legislationIdentifier'];
    if (number !== undefined) await expect(meta).toContainText(String(number));
    if (data['legislationDate'] !== undefined) {
      expect(data['legislationDate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await expect(meta.locator(`time[datetime="${String(data['legislationDate'])}"]`).first()).toBeVisible();
    }
  });
}

test('a plan with no số hiệu and no date leaves them out of the JSON-LD and says so', async ({ page }) => {
  await page.goto('/ke-hoach/so-tnmt-lang-son-2020/');
  const data = await legislation(page);
  expect(data).not.toHaveProperty('legislationIdentifier');
  expect(data).not.toHaveProperty('legislationDate');
  expect(data['spatialCoverage']).toMatchObject({ name: 'Lạng Sơn' });
  const meta = page.getByRole('region', { name: 'Thông tin văn bản' });
  await expect(meta).toContainText('Văn bản không ghi số hiệu');
  await expect(meta).toContainText('Văn bản không ghi ngày');
});

test('plan 45/KH-LĐLĐ shows the metadata officers expect and links its căn cứ', async ({ page }) => {
  await page.goto('/ke-hoach/45-kh-ldld-long-bien-2021/');
  const meta = page.getByRole('region', { name: 'Thông tin văn bản' });
  await expect(meta).toContainText('45/KH-LĐLĐ');
  await expect(meta).toContainText('Liên đoàn Lao động quận Long Biên');
  await expect(meta).toContainText('Phan Thị Thu Hằng');
  await expect(meta).toContainText('24/08/2021');
  await expect(meta).toContainText('25/09/2021');
  await page
    .getByRole('region', { name: 'Căn cứ' })
    .getByRole('link', { name: /41\/KH-LĐLĐ/ })
    .click();
  await expect(page).toHaveURL(/\/van-ban\/41-kh-ldld\/$/);
  const notice = page.getByText(/^Chúng tôi chưa có toàn văn văn bản này/);
  await expect(notice).toContainText('theo dẫn chiếu tại Kế hoạch số 45/KH-LĐLĐ');
  await expect(notice.getByRole('link', { name: 'Kế hoạch số 45/KH-LĐLĐ' })).toHaveAttribute(
    'href',
    '/ke-hoach/45-kh-ldld-long-bien-2021/',
  );
  await expect(page.getByRole('region', { name: 'Văn bản dẫn chiếu đến văn bản này' })).toContainText('45/KH-LĐLĐ');
});

test('each plan offers its original text, byte for byte, as a download', async ({ page, request }) => {
  const originals = join(import.meta.dirname, '..', '..', 'content', 'originals');
  await page.goto('/ke-hoach/60-kh-ldld-binh-thuan-2018/');
  const href = await page.getByRole('link', { name: 'Tải văn bản gốc (.txt)' }).getAttribute('href');
  expect(href).toBe('/ban-goc/60-kh-ldld-binh-thuan-2018.txt');
  const body = await (await request.get(href!)).body();
  expect(body.equals(readFileSync(join(originals, '60-kh-ldld-binh-thuan-2018.txt')))).toBe(true);
  expect(readdirSync(originals)).toHaveLength(5);
});
