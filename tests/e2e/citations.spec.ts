import { expect, test } from '@playwright/test';

/**
 * Citations as a reader follows them. That every plan's text links what it cites, and that every
 * link on every page opens a page, is read from dist/ (tests/dist/documents.test.ts, links.test.ts).
 */

test('on plan 45/KH-LĐLĐ, the 1863/QĐ-TTg citation links to its directive, which lists the plan', async ({ page }) => {
  await page.goto('/ke-hoach/45-kh-ldld-long-bien-2021/');
  const text = page.getByRole('article');
  const citation = text.getByRole('link', { name: 'Quyết định số 1863/QĐ-TTg' });
  await expect(citation).toHaveAttribute('href', '/van-ban/1863-qd-ttg/');
  // The words around the link are unchanged.
  await expect(text).toContainText(
    'Quyết định số 1863/QĐ-TTg ngày 23/12/2019 của Thủ tướng Chính phủ về việc phê duyệt',
  );

  await citation.click();
  await expect(page).toHaveURL(/\/van-ban\/1863-qd-ttg\/$/);
  const citedBy = page.getByRole('region', { name: 'Văn bản dẫn chiếu đến văn bản này' });
  const back = citedBy.getByRole('link', { name: 'Kế hoạch số 45/KH-LĐLĐ' });
  await expect(back).toHaveAttribute('href', '/ke-hoach/45-kh-ldld-long-bien-2021/');
  await expect(citedBy).toContainText('24/08/2021');
  await expect(citedBy).toContainText('Liên đoàn Lao động quận Long Biên');
});

test('a plan lists its căn cứ and the other documents it mentions', async ({ page }) => {
  await page.goto('/ke-hoach/40-kh-ldld-phu-yen-2024/');
  const basis = page.getByRole('region', { name: 'Căn cứ' });
  await expect(basis.getByRole('link', { name: /36-CTr\/TU/ })).toHaveAttribute('href', '/van-ban/36-ctr-tu/');
  await expect(basis.getByRole('link', { name: /28-CT\/TW/ })).toHaveAttribute('href', '/van-ban/28-ct-tw/');
  const mentioned = page.getByRole('region', { name: 'Văn bản được nhắc đến' });
  await expect(mentioned.getByRole('link', { name: 'Quyết định số 1248/QĐ-TTg' })).toBeVisible();
  await expect(mentioned.getByRole('link', { name: /36-CTr\/TU/ })).toHaveCount(0);
});

test('a directive implemented by another directive lists it among those that cite it', async ({ page }) => {
  await page.goto('/van-ban/28-ct-tw/');
  const citedBy = page.getByRole('region', { name: 'Văn bản dẫn chiếu đến văn bản này' });
  await expect(citedBy.getByRole('link', { name: 'Chương trình hành động số 36-CTr/TU' })).toBeVisible();
  // The plan's own row (36-CTr/TU's row names it too, in its caveat "theo dẫn chiếu tại …").
  await expect(citedBy.locator('li > a[href="/ke-hoach/40-kh-ldld-phu-yen-2024/"]')).toBeVisible();
});

test('/du-lieu/van-ban.json lists every document with cites and citedBy', async ({ request }) => {
  const data = (await (await request.get('/du-lieu/van-ban.json')).json()) as {
    documents: { id: string; number: string | null; cites: string[]; citedBy: string[] }[];
  };
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  expect(byId.get('ke-hoach/45-kh-ldld-long-bien-2021')?.cites).toContain('van-ban/1863-qd-ttg');
  expect(byId.get('van-ban/1863-qd-ttg')?.citedBy).toEqual(['ke-hoach/45-kh-ldld-long-bien-2021']);
  for (const doc of data.documents) {
    for (const target of [...doc.cites, ...doc.citedBy]) expect(byId.has(target), `${doc.id} → ${target}`).toBe(true);
  }
});

test('a program page lists the plans that serve it and the other documents citing its decision', async ({ page }) => {
  await page.goto('/lo-trinh/hanh-dong-quoc-gia-vi-tre-em-2021-2030/');
  const serving = page.getByRole('region', { name: 'Các kế hoạch thực hiện chương trình' });
  for (const number of ['63/KH-CDYT', '45/KH-LĐLĐ', '40/KH-LĐLĐ']) await expect(serving).toContainText(number);
  const citing = page.getByRole('region', { name: 'Văn bản dẫn chiếu chương trình' });
  await expect(citing.getByRole('link', { name: 'Kế hoạch số 104/KH-TLĐ' })).toHaveAttribute(
    'href',
    '/van-ban/104-kh-tld/',
  );
  await expect(citing.getByRole('link', { name: 'Kế hoạch số 121/KH-LĐLĐ' })).toHaveAttribute(
    'href',
    '/van-ban/121-kh-ldld/',
  );
  // Serving plans are not listed twice (121/KH-LĐLĐ's row names plan 63 only in its caveat).
  await expect(citing.locator('li > a[href="/ke-hoach/63-kh-cdyt-thai-binh-2021/"]')).toHaveCount(0);
});
