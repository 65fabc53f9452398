import { expect, test, type Page } from '@playwright/test';
import { formatDateShort } from '../../src/lib/dates';
import { programStatus } from '../../src/lib/timeline';
import { directives, plans, programs } from '../support/content';
import { axeViolations } from './helpers';

/**
 * The programs in content/programs/, with the fields the tests compare. That each has a page in
 * the sitemap is checked in tests/dist/sitemap.test.ts.
 */
const PROGRAMS = programs().map((p) => ({
  id: p.id,
  name: p.name,
  theme: p.theme,
  /** The period as a source words it; a program with none says "chưa có thông tin". */
  label: p.period?.label ?? 'chưa có thông tin',
  period: p.period,
  start: p.period?.start,
  end: p.period?.end,
  decision: p.decision,
  confidence: p.confidence,
}));
type Program = (typeof PROGRAMS)[number];
const PLAN_IDS = plans().map((p) => p.id);

/** A program the test names; a clear error when its file is gone. */
function programById(id: string): Program {
  const found = PROGRAMS.find((p) => p.id === id);
  if (!found) throw new Error(`content/programs/${id}.yaml is gone: this test names it`);
  return found;
}

const STATUS = {
  ended: 'Đã kết thúc',
  ongoing: 'Đang thực hiện',
  upcoming: 'Sắp tới',
  oriented: 'Đã hết giai đoạn chính, còn trong thời gian định hướng',
  unconfirmed: 'Chưa rõ: chỉ biết giai đoạn theo dẫn chiếu',
  unknown: 'Chưa có thông tin về thời gian',
};
const ISSUED = new Map(directives().map((d) => [d.id, d.issued]));
/** A program's status on a day, as the site works it out (src/lib/timeline.ts). */
const statusOn = (program: Program, day: string) =>
  programStatus(
    program.period,
    day,
    program.decision ? ISSUED.get(program.decision) : undefined,
    program.confidence === 'as-cited',
  );
/** The plans whose frontmatter says they serve a program. */
const servingPlans = (id: string) => plans().filter((p) => (p.programs ?? []).includes(id));

const programRow = (page: Page, program: Program) =>
  page
    .getByRole('region', { name: 'Chương trình theo chủ đề' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: program.name, exact: true }) });

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline shows every program with its period and every plan', async ({ page }) => {
    expect(PROGRAMS.length).toBeGreaterThan(0);
    await page.goto('/lo-trinh/');
    for (const program of PROGRAMS) {
      const row = programRow(page, program);
      await expect(row, program.id).toHaveCount(1);
      await expect(row).toContainText(`Giai đoạn: ${program.label}`);
      await expect(row.getByRole('link', { name: program.name, exact: true })).toHaveAttribute(
        'href',
        `/lo-trinh/${program.id}/`,
      );
    }
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    for (const id of PLAN_IDS) {
      // The plan's own row (other rows may name it in a caveat: "theo dẫn chiếu tại …").
      await expect(years.locator(`li[data-doc-kind="plan"] > a[href="/ke-hoach/${id}/"]`), id).toHaveCount(1);
    }
  });

  test('each bar covers its program’s years on the 2016–2030 axis', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/lo-trinh/');
    for (const program of PROGRAMS.filter((p) => p.start !== undefined && p.end !== undefined && p.end >= 2016)) {
      const row = programRow(page, program);
      const track = await row.locator('.tl-track').boundingBox();
      const bar = await row.locator('.tl-bar').boundingBox();
      expect(track && bar, program.id).toBeTruthy();
      const year = track!.width / 15;
      const from = Math.max(0, program.start! - 2016) * year;
      const to = (Math.min(2030, program.end!) - 2016 + 1) * year;
      expect(Math.abs(bar!.x - track!.x - from), `${program.id} start`).toBeLessThan(2);
      expect(Math.abs(bar!.x + bar!.width - track!.x - to), `${program.id} end`).toBeLessThan(2);
    }
  });

  test('programs that reach in, are open-ended or have no known period say so', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const byId = (id: string) => programRow(page, programById(id));
    await expect(byId('hanh-dong-quoc-gia-vi-tre-em-2012-2020')).toContainText('bắt đầu từ năm 2012, trước năm 2016');
    await expect(byId('giam-tu-vong-tre-em-duoi-5-tuoi-2030')).toContainText('chưa có thông tin năm bắt đầu');
    await expect(byId('hanh-dong-thuc-hien-chi-thi-28-ct-tw')).toContainText('Thời gian thực hiện: chưa có thông tin');
  });

  test('an undated plan sits in its inferred year, and today is marked', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    const year2020 = years
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: '2020', exact: true }) });
    const langSon = year2020.locator('li[data-doc-kind="plan"]:has(> a[href="/ke-hoach/so-tnmt-lang-son-2020/"])');
    await expect(langSon).toContainText('2020 (năm suy ra)');
    await expect(langSon).toContainText('Năm 2020 được suy ra từ Công văn số 846/UBND-KGVX');

    const today = years.getByRole('listitem').filter({ hasText: /^Hôm nay/ });
    await expect(today).toHaveCount(1);
    const iso = await today.locator('time').getAttribute('datetime');
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const todayYear = years
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: iso!.slice(0, 4), exact: true }) });
    await expect(todayYear.getByRole('listitem').filter({ hasText: /^Hôm nay/ })).toHaveCount(1);
  });

  test('the theme filter is plain links', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const filter = page.getByRole('navigation', { name: 'Lọc theo chủ đề' });
    await filter.getByRole('link', { name: 'Lao động trẻ em' }).click();
    await expect(page).toHaveURL(/\/lo-trinh\/chu-de\/lao-dong-tre-em\/$/);
    await expect(filter.getByRole('link', { name: 'Lao động trẻ em' })).toHaveAttribute('aria-current', 'page');
    const chart = page.getByRole('region', { name: 'Chương trình theo chủ đề' });
    const labour = PROGRAMS.filter((p) => p.theme === 'lao-dong-tre-em').length;
    expect(labour).toBeGreaterThan(0);
    await expect(chart.getByRole('heading', { level: 3 })).toHaveText([`Lao động trẻ em (${labour} chương trình)`]);
    await expect(chart.locator('[data-program]')).toHaveCount(labour);
    // Only the documents around these programs: their decisions and the plans that serve them.
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    await expect(years.getByRole('link', { name: 'Quyết định số 782/QĐ-TTg' })).toHaveCount(1);
    await expect(years.getByRole('link', { name: 'Kế hoạch số 40/KH-LĐLĐ' })).toHaveCount(1);
    await expect(years.getByRole('link', { name: 'Kế hoạch số 45/KH-LĐLĐ' })).toHaveCount(0);
    await filter.getByRole('link', { name: 'Tất cả chủ đề' }).click();
    await expect(page.locator('[data-program]')).toHaveCount(PROGRAMS.length);
  });

  test('at 360 px the timeline reads as a vertical list and nothing overflows', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/lo-trinh/');
    const years = page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' });
    const y2016 = await years.getByRole('heading', { name: '2016', exact: true }).boundingBox();
    const y2030 = await years.getByRole('heading', { name: '2030', exact: true }).boundingBox();
    expect(y2030!.y).toBeGreaterThan(y2016!.y);
    expect(Math.abs(y2030!.x - y2016!.x)).toBeLessThan(1);
    for (const el of [page.getByRole('heading', { level: 1 }), page.locator('.tl-track').first(), years]) {
      const box = await el.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    const program = programById('moi-truong-mang-2021-2025');
    await expect(programRow(page, program).getByRole('link', { name: program.name, exact: true })).toBeVisible();
  });

  test('a program page links to its decision', async ({ page }) => {
    // Every program page's name, period, status and decision link: tests/dist/programs.test.ts.
    await page.goto('/lo-trinh/moi-truong-mang-2021-2025/');
    await page
      .getByRole('region', { name: 'Thông tin chương trình' })
      .getByRole('link', { name: 'Quyết định số 830/QĐ-TTg' })
      .click();
    await expect(page).toHaveURL(/\/van-ban\/830-qd-ttg\/$/);
  });

  test('a program that ended before the timeline says so', async ({ page }) => {
    await page.goto('/lo-trinh/bao-ve-tre-em-2011-2015/');
    await expect(page.getByRole('region', { name: 'Thông tin chương trình' })).toContainText(
      'Đã kết thúc (tính đến ngày',
    );
  });

  test('a program no source gives targets or a period for says so', async ({ page }) => {
    await page.goto('/lo-trinh/tld-vi-tre-em-2021-2030/');
    await expect(page.getByRole('region', { name: 'Mục tiêu' })).toContainText(
      'Chưa có nguồn nào trên trang nêu mục tiêu của chương trình này.',
    );
    await expect(page.getByRole('region', { name: 'Thông tin chương trình' })).toContainText('chưa có thông tin');
    await expect(page.getByRole('region', { name: 'Văn bản dẫn chiếu chương trình' })).toBeVisible();
  });

  test('a plan links the programs it serves to their pages', async ({ page }) => {
    await page.goto('/ke-hoach/63-kh-cdyt-thai-binh-2021/');
    await page
      .getByRole('region', { name: 'Chương trình quốc gia liên quan' })
      .getByRole('link', { name: /Chương trình hành động quốc gia vì trẻ em/ })
      .click();
    await expect(page).toHaveURL(/\/lo-trinh\/hanh-dong-quoc-gia-vi-tre-em-2021-2030\/$/);
  });
});

test.describe('what runs now', () => {
  test.use({ javaScriptEnabled: false });

  test('the first block lists the programs running this year, each with the plans that serve it', async ({ page }) => {
    await page.goto('/lo-trinh/');
    const today = (await page.locator('[data-today-item] time').getAttribute('datetime'))!;
    const running = page.getByRole('region', { name: `Đang thực hiện năm ${today.slice(0, 4)}` });
    await expect(running).toBeVisible();
    const expected = PROGRAMS.filter((p) => statusOn(p, today) === 'ongoing');
    expect(expected.length).toBeGreaterThan(0);
    const items = running.locator(':scope > ul > li:visible');
    await expect(items).toHaveCount(expected.length);
    for (const program of expected) {
      const item = items.filter({ has: page.getByRole('link', { name: program.name, exact: true }) });
      await expect(item, program.id).toHaveCount(1);
      for (const plan of servingPlans(program.id)) {
        await expect(item.locator(`a[href="/ke-hoach/${plan.id}/"]`), `${program.id} ← ${plan.id}`).toHaveCount(1);
      }
    }
    // It comes before the filter and the chart: the first screen answers "what runs this year?".
    const block = await running.boundingBox();
    const chart = await page.getByRole('region', { name: 'Chương trình theo chủ đề' }).boundingBox();
    expect(block!.y).toBeLessThan(chart!.y);
  });

  test('each bar and marker is a link with a name that says what it is', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/lo-trinh/');
    const today = (await page.locator('[data-today-item] time').getAttribute('datetime'))!;
    for (const program of PROGRAMS.filter((p) => p.end !== undefined && p.end >= 2016)) {
      const bar = programRow(page, program).locator('a.tl-bar');
      await expect(bar, program.id).toHaveAttribute('href', `/lo-trinh/${program.id}/`);
      await expect(bar).toHaveAccessibleName(
        `${program.name}, giai đoạn ${program.label}: ${STATUS[statusOn(program, today)]}`,
      );
    }
    const strips = page.getByRole('region', { name: 'Chương trình theo chủ đề' });
    const planMarkers = strips.getByRole('list', { name: 'Kế hoạch' }).getByRole('link');
    await expect(planMarkers).toHaveCount(PLAN_IDS.length);
    await expect(
      strips.getByRole('link', { name: /^60\/KH-LĐLĐ: Kế hoạch số 60\/KH-LĐLĐ, 20\/04\/2018$/ }),
    ).toHaveAttribute('href', '/ke-hoach/60-kh-ldld-binh-thuan-2018/');
    const years = strips.getByRole('list', { name: 'Văn bản' }).getByRole('link');
    expect(await years.count()).toBeGreaterThan(0);
    for (const link of await years.all()) {
      const name = (await link.getAttribute('aria-label'))!;
      const [, count, year] = /^(\d+) văn bản năm (\d{4})$/.exec(name)!;
      await expect(link).toHaveAttribute('href', `#nam-${year}`);
      await expect(link).toHaveAccessibleName(name);
      const inYear = page.locator(`#nam-${year} .tl-doc[data-doc-kind="directive"]`);
      await expect(inYear, name).toHaveCount(Number(count));
    }
  });

  test('on a phone the year list comes before the chart, and the theme filter is one row', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/lo-trinh/');
    const years = await page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' }).boundingBox();
    const chart = await page.getByRole('region', { name: 'Chương trình theo chủ đề' }).boundingBox();
    expect(years!.y).toBeLessThan(chart!.y);
    const chips = page.getByRole('navigation', { name: 'Lọc theo chủ đề' }).getByRole('listitem');
    const tops = new Set(await chips.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top))));
    expect(tops.size).toBe(1);
    // The row scrolls on its own; the page does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await page.getByRole('region', { name: 'Văn bản và kế hoạch theo năm' }).boundingBox();
    const wideChart = await page.getByRole('region', { name: 'Chương trình theo chủ đề' }).boundingBox();
    expect(wideChart!.y).toBeLessThan(wide!.y);
  });
});

test.describe('with the reader’s date', () => {
  test('“Hôm nay”, the today line, the statuses and what runs now follow the reader’s clock', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => void (msg.type() === 'error' && errors.push(msg.text())));
    const at = async (day: string) => {
      await page.clock.setFixedTime(new Date(`${day}T03:00:00Z`));
      await page.goto('/lo-trinh/');
    };

    // A reader in June 2027, whatever day the site was built.
    await at('2027-06-15');
    await expect(page.getByText('Hôm nay: 15/06/2027.')).toBeVisible();
    await expect(page.locator('[data-today-item] time')).toHaveAttribute('datetime', '2027-06-15');
    await expect(page.locator('#nam-2027 [data-today-item]')).toBeVisible();
    await expect(page.locator('.tl-today-label').first()).toContainText('15/06/2027');
    for (const program of PROGRAMS) {
      await expect(programRow(page, program).locator('[data-status-text]').first(), program.id).toHaveText(
        STATUS[statusOn(program, '2027-06-15')],
      );
    }
    const running = page.getByRole('region', { name: 'Đang thực hiện năm 2027' });
    await expect(running.locator(':scope > ul > li:visible')).toHaveCount(
      PROGRAMS.filter((p) => statusOn(p, '2027-06-15') === 'ongoing').length,
    );

    // After 2030 nothing on the timeline runs any more, and today is off the axis.
    await at('2031-02-01');
    await expect(page.getByText(`Hôm nay: ${formatDateShort('2031-02-01')}.`)).toBeVisible();
    const later = page.getByRole('region', { name: 'Đang thực hiện năm 2031' });
    await expect(later.locator(':scope > ul > li:visible')).toHaveCount(0);
    await expect(later.getByText('Không có chương trình nào trên trang đang trong thời gian thực hiện.')).toBeVisible();
    await expect(page.locator('.tl-today:visible')).toHaveCount(0);
    await expect(page.locator('[data-today-item]')).toBeHidden();
    // Every program with an end year has ended, but for one known only as cited (never said to end).
    for (const program of PROGRAMS.filter((p) => p.end !== undefined)) {
      await expect(programRow(page, program).locator('[data-status-text]').first(), program.id).toHaveText(
        STATUS[statusOn(program, '2031-02-01')],
      );
    }
    expect(PROGRAMS.filter((p) => statusOn(p, '2031-02-01') === 'ended').length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

test('the header and footer reach the timeline and the campaigns', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lộ trình' }).click();
  await expect(page).toHaveURL(/\/lo-trinh\/$/);
  await expect(
    page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lộ trình' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByRole('navigation', { name: 'Liên kết cuối trang' }).getByRole('link', { name: 'Chiến dịch' }).click();
  await expect(page).toHaveURL(/\/chien-dich\/$/);
});

test('/du-lieu/lo-trinh.json lists every program with its period, decision and documents', async ({ request }) => {
  const response = await request.get('/du-lieu/lo-trinh.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = (await response.json()) as {
    id: string;
    period: { label: string; start?: number; end?: number } | null;
    decision: { id: string; number: string } | null;
    plans: { id: string }[];
    status: string;
  }[];
  expect(data.map((p) => p.id).sort()).toEqual(PROGRAMS.map((p) => p.id).sort());
  for (const program of PROGRAMS) {
    const entry = data.find((p) => p.id === program.id)!;
    expect(entry.period?.label).toBe(program.period?.label);
    expect(entry.period?.start).toBe(program.start);
    expect(entry.period?.end).toBe(program.end);
    expect(entry.decision?.id).toBe(program.decision);
    expect(['ended', 'ongoing', 'upcoming', 'oriented', 'unconfirmed', 'unknown']).toContain(entry.status);
  }
  const served = (id: string) => data.find((p) => p.id === id)!.plans.map((p) => p.id);
  expect(served('hanh-dong-quoc-gia-vi-tre-em-2021-2030')).toContain('63-kh-cdyt-thai-binh-2021');
});

test('at 360 px the timeline and a campaign page pass axe too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/lo-trinh/', '/lo-trinh/chu-de/cong-doan/', '/chien-dich/thang-hanh-dong-vi-tre-em/']) {
    await page.goto(path);
    expect.soft(await axeViolations(page), path).toEqual([]);
  }
});
