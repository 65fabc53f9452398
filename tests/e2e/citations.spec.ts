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
  // The back-link goes to the very sentence, which the page quotes with the citation marked.
  const back = citedBy.getByRole('link', { name: 'Kế hoạch số 45/KH-LĐLĐ', exact: true });
  await expect(back).toHaveAttribute('href', '/ke-hoach/45-kh-ldld-long-bien-2021/#trich-dan-1863-qd-ttg-1');
  await expect(citedBy).toContainText('24/08/2021');
  await expect(citedBy).toContainText('Liên đoàn Lao động quận Long Biên');
  await expect(citedBy.locator('blockquote mark')).toHaveText(['Quyết định số 1863/QĐ-TTg']);
  await expect(citedBy.locator('blockquote')).toContainText(
    'ngày 23/12/2019 của Thủ tướng Chính phủ về việc phê duyệt',
  );
});

test('a back-link opens the plan at the citing sentence, marked, and clear of the safety bar', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 640 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('/van-ban/1863-qd-ttg/');
    await page
      .getByRole('region', { name: 'Văn bản dẫn chiếu đến văn bản này' })
      .getByRole('link', { name: 'Đến câu này trong Kế hoạch số 45/KH-LĐLĐ' })
      .click();
    await expect(page).toHaveURL(/\/ke-hoach\/45-kh-ldld-long-bien-2021\/#trich-dan-1863-qd-ttg-1$/);
    const target = page.locator('#trich-dan-1863-qd-ttg-1');
    await expect(target).toHaveText('Quyết định số 1863/QĐ-TTg');
    await expect(target).toBeInViewport();
    // Highlighted (the :target style), and below the sticky safety bar, not under it.
    await expect(target).toHaveCSS('background-color', 'rgb(255, 224, 102)');
    const bar = await page.locator('.safety-bar').boundingBox();
    const box = await target.boundingBox();
    expect(box!.y, `${viewport.width} px`).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  }
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
  await expect(citedBy.getByRole('link', { name: 'Chương trình hành động số 36-CTr/TU', exact: true })).toBeVisible();
  // The plan's own entry (36-CTr/TU's entry names it too, in its caveat "theo dẫn chiếu tại …").
  await expect(citedBy.locator('li > p > a[href^="/ke-hoach/40-kh-ldld-phu-yen-2024/"]').first()).toBeVisible();
  // The relations diagram draws the same: all three implement 28-CT/TW.
  const relations = page.getByRole('region', { name: 'Quan hệ với các văn bản khác' });
  const implementing = relations.getByRole('list', { name: 'Thực hiện văn bản này' });
  await expect(implementing.locator('a.rel-box')).toHaveText([
    'Quyết định số 1183/QĐ-TTg',
    'Kế hoạch số 40/KH-LĐLĐ',
    'Chương trình hành động số 36-CTr/TU',
  ]);
});

test('/du-lieu/van-ban.json lists every document with cites and citedBy, and each citation’s sentence', async ({
  request,
}) => {
  const data = (await (await request.get('/du-lieu/van-ban.json')).json()) as {
    documents: {
      id: string;
      number: string | null;
      cites: string[];
      citedBy: string[];
      citedAt?: { from: string; url: string }[];
      citations: { target: string; anchor: string; sentence: string }[];
    }[];
  };
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  expect(byId.get('ke-hoach/45-kh-ldld-long-bien-2021')?.cites).toContain('van-ban/1863-qd-ttg');
  expect(byId.get('van-ban/1863-qd-ttg')?.citedBy).toEqual(['ke-hoach/45-kh-ldld-long-bien-2021']);
  // Citations point at their sentence, from the plan and from the document cited.
  expect(byId.get('van-ban/1863-qd-ttg')?.citedAt).toEqual([
    {
      from: 'ke-hoach/45-kh-ldld-long-bien-2021',
      url: expect.stringMatching(/\/ke-hoach\/45-kh-ldld-long-bien-2021\/#trich-dan-1863-qd-ttg-1$/),
    },
  ]);
  const citation = byId
    .get('ke-hoach/45-kh-ldld-long-bien-2021')
    ?.citations.find((c) => c.target === 'van-ban/1863-qd-ttg');
  expect(citation?.anchor).toBe('trich-dan-1863-qd-ttg-1');
  expect(citation?.sentence).toContain('Quyết định số 1863/QĐ-TTg ngày 23/12/2019');
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
