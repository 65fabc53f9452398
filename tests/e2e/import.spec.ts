/**
 * End to end: a new plan goes from a Word file to a built, searchable page with one command.
 * A copy of content/ gets the plan through `npm run import` (the real command), the site is built
 * from that copy into a scratch folder (one fixture build for every check here), and the built
 * pages are served on a port of their own, so the main build and its server are left alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import mammoth from 'mammoth';
import { planDocx } from '../../src/lib/export/docx';
import { readCitableDocuments } from '../../src/lib/directive-registry';
import { importPlan } from '../../src/lib/import/plan-import';
import { LOCAL_SITE_URL } from '../../src/lib/site-url';
import { normalise } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
const ID = '77-kh-cdyt-thai-binh-2022';
/** A plan that is not on the site: its own number, date and words, citing one document the site has and one it lacks. */
const TEXT = [
  'LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH',
  '',
  'CÔNG ĐOÀN NGÀNH Y TẾ',
  '',
  'Số: 77/KH-CDYT',
  '',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '',
  'Độc lập - Tự do - Hạnh phúc',
  '',
  'Thái Bình, ngày 9 tháng 3 năm 2022',
  '',
  'KẾ HOẠCH',
  '',
  'Tổ chức Tháng hành động vì trẻ em năm 2022 trong công nhân, viên chức, lao động ngành Y tế',
  '',
  'Thực hiện Kế hoạch số 121/KH-LĐLĐ, ngày 12/5/2021 của Liên đoàn Lao động tỉnh Thái Bình và Công văn số 999/LĐLĐ-NC ngày 1/3/2022 của Liên đoàn Lao động tỉnh Thái Bình về việc tổ chức Tháng hành động vì trẻ em năm 2022, Ban Thường vụ Công đoàn ngành Y tế Thái Bình xây dựng Kế hoạch như sau:',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '',
  '- Tuyên truyền về phòng chống đuối nước cho con đoàn viên trong dịp hè năm 2022.',
  '- Tổ chức ngày hội bơi an toàn ở các bệnh viện có đông công nhân viên chức.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '',
  'Các Công đoàn cơ sở báo cáo kết quả về Công đoàn ngành chậm nhất ngày 30/6/2022.',
  '',
  'Nơi nhận:',
  '- Các CĐCS;',
  '- Lưu: VP, NC.',
  '',
  'TM. BAN THƯỜNG VỤ',
  'CHỦ TỊCH',
  '',
  'Nguyễn Thị Thử Nghiệm',
  '',
].join('\n');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

let scratch: string;
let server: Server | undefined;
let base: string;
let importOutput: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(400_000);
  scratch = mkdtempSync(join(tmpdir(), 'vte-import-e2e-'));
  const content = join(scratch, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });

  // The Word file, made with `docx` from the text (its header a two-column table).
  const fromText = await importPlan({
    file: 'plan.txt',
    bytes: new TextEncoder().encode(TEXT),
    documents: readCitableDocuments(content),
    exists: () => false,
    addMissing: true,
  });
  const docxFile = join(scratch, 'ke-hoach-thang-hanh-dong.docx');
  writeFileSync(docxFile, await planDocx({ body: fromText.body, data: { signer: { name: 'Nguyễn Thị Thử Nghiệm' } } }));

  const env = { ...process.env, VTE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
  const imported = spawnSync('npm', ['run', '-s', 'import', '--', docxFile, '--add-missing'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  importOutput = `${imported.stdout}\n${imported.stderr}`;
  expect(imported.status, importOutput).toBe(0);

  const out = join(scratch, 'dist');
  const built = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...env, VTE_OUT_DIR: out, VTE_CACHE_DIR: join(scratch, 'cache'), SITE_URL: LOCAL_SITE_URL, CI: 'true' },
    encoding: 'utf8',
    timeout: 360_000,
  });
  expect(built.status, `${built.stdout}\n${built.stderr}`.slice(-3000)).toBe(0);

  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(out, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(out) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('one command imports the .docx: the report, the plan, its original and the cited document it lacked', () => {
  expect(importOutput).toContain(`→ ${ID}`);
  expect(importOutput).toMatch(/issuer\s+lines? [\d, –]+\s+Công đoàn ngành Y tế tỉnh Thái Bình/u);
  expect(importOutput).toContain('wrote content/directives/999-ldld-nc.mdx');
  const content = join(scratch, 'content');
  const entry = readFileSync(join(content, 'directives', '999-ldld-nc.mdx'), 'utf8');
  expect(entry).toContain(`knownFrom: "${ID}"`);
  // Its body says the document is known only as cited, instead of a summary.
  expect(entry).toMatch(
    /\n---\n\nTrang chỉ biết văn bản này theo dẫn chiếu tại Kế hoạch số \S+(?: ngày \d{2}\/\d{2}\/\d{4})?\./u,
  );
  expect(existsSync(join(content, 'originals', `${ID}.txt`))).toBe(true);
});

test('the new plan is in the plan list, on the timeline, and its page holds every line of its original', async ({
  page,
}) => {
  await page.goto(`${base}/ke-hoach/`);
  await expect(page.locator(`a[href="/ke-hoach/${ID}/"]`).first()).toBeVisible();
  await page.goto(`${base}/lo-trinh/`);
  await expect(page.locator(`a[href="/ke-hoach/${ID}/"]`).first()).toBeAttached();

  await page.goto(`${base}/ke-hoach/${ID}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổ chức Tháng hành động vì trẻ em năm 2022');
  const body = normalise((await page.locator('[data-plan-body]').textContent()) ?? '');
  const original = readFileSync(join(scratch, 'content', 'originals', `${ID}.txt`), 'utf8');
  // As the fidelity check reads an original: a typed "- " is the list marker the page draws.
  const lines = original
    .split('\n')
    .map((l) => normalise(l.replace(/^-\s+/u, '')))
    .filter(Boolean);
  let position = 0;
  for (const line of lines) {
    const at = body.indexOf(line, position);
    expect(at, line).toBeGreaterThanOrEqual(0);
    position = at + line.length;
  }
  // The citation of the document it lacked links to its new as-cited entry.
  await expect(page.locator('[data-plan-body] a[href="/van-ban/999-ldld-nc/"]')).toHaveText('Công văn số 999/LĐLĐ-NC');
});

test('the new plan is found by search, and its page offers the .docx, which opens', async ({ page, request }) => {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('ngày hội bơi an toàn')}`);
  await page.locator('[data-search][data-search-state="done"]').waitFor();
  await expect(page.locator('[data-search-results] > li').first().getByRole('link')).toHaveAttribute(
    'href',
    new RegExp(`^/ke-hoach/${ID}/`),
  );

  await page.goto(`${base}/ke-hoach/${ID}/`);
  const link = page.getByRole('link', { name: 'Tải về (.docx)' });
  await expect(link).toHaveAttribute('href', `/ban-goc/${ID}.docx`);
  const response = await request.get(`${base}/ban-goc/${ID}.docx`);
  expect(response.status()).toBe(200);
  const text = (await mammoth.extractRawText({ buffer: await response.body() })).value;
  expect(normalise(text)).toContain('Tổ chức ngày hội bơi an toàn ở các bệnh viện có đông công nhân viên chức.');
});
