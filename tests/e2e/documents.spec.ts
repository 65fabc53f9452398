import { expect, test } from '@playwright/test';

/**
 * A plan page as an officer uses it. JSON-LD, the metadata it must match, and the original-text
 * downloads are read from dist/ without a browser (tests/dist/documents.test.ts).
 */

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
  // Known only as cited: its text says so instead of a summary, and links the plan.
  const notice = page.getByRole('region', { name: 'Tóm tắt' });
  await expect(notice).toContainText(
    'Trang chỉ biết văn bản này theo dẫn chiếu tại Kế hoạch số 45/KH-LĐLĐ ngày 24/08/2021.',
  );
  await expect(notice.getByRole('link', { name: 'Kế hoạch số 45/KH-LĐLĐ' })).toHaveAttribute(
    'href',
    '/ke-hoach/45-kh-ldld-long-bien-2021/',
  );
  await expect(page.getByRole('region', { name: 'Văn bản dẫn chiếu đến văn bản này' })).toContainText('45/KH-LĐLĐ');
});
