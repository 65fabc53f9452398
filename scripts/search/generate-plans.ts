/**
 * Generates a synthetic site of N plans (default 10,000) for the search benchmark: the real built
 * site in `dist/` plus N plan pages made the way the real plan pages are.
 *
 * - Page shell: a real built plan page from `dist/` (head, header, hotline bar, footer, the
 *   highlight loader); only its `<main>` is replaced.
 * - Metadata: random issuers, provinces, signers, numbers and dates, annotated for the index by the
 *   same `documentFields()` + `fieldsHtml()` the real plan pages use.
 * - Body: headings in the order real plans use, and paragraphs from a second-order Markov chain
 *   over the syllables of the five real plans, so that word frequencies (and so the size of each
 *   word's entry in the index) match real plans; plus citations of real directives by number.
 *
 * Output is deterministic for a given seed.
 *
 *   node scripts/search/generate-plans.ts <out-dir> [count] [seed]
 *
 * With `--content`, it writes a copy of `content/` with that many MDX plans added instead (same
 * metadata and text generator), to time a whole build with many plans:
 *
 *   node scripts/search/generate-plans.ts --content <content-dir> [count] [seed]
 *   VTE_CONTENT_DIR=<content-dir> VTE_OUT_DIR=… VTE_CACHE_DIR=… npm run build
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { citationsIn, type CitableDocument } from '../../src/lib/citations.ts';
import { formatDateLong } from '../../src/lib/dates.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { documentFields, fieldsHtml } from '../../src/lib/search/fields.ts';
import { slugify } from '../../src/lib/slug.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A small fast seeded PRNG (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Cần Thơ',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'TP. Hồ Chí Minh',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];
const DISTRICTS = [
  'Ba Đình',
  'Long Biên',
  'Cầu Giấy',
  'Thủ Đức',
  'Ninh Kiều',
  'Hải Châu',
  'Lê Chân',
  'Thanh Khê',
  'Tân Bình',
  'Gò Vấp',
  'Đông Hà',
  'Vĩnh Yên',
  'Tam Kỳ',
  'Sa Đéc',
  'Bảo Lộc',
];
const SECTORS = [
  'Giáo dục',
  'Y tế',
  'Công Thương',
  'Xây dựng',
  'Nông nghiệp và Phát triển nông thôn',
  'Giao thông vận tải',
];
const DEPARTMENTS = [
  'Tài nguyên và Môi trường',
  'Lao động - Thương binh và Xã hội',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Tư pháp',
  'Văn hóa, Thể thao và Du lịch',
];
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đinh',
  'Trương',
  'Lương',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Ngọc',
  'Thu',
  'Minh',
  'Đức',
  'Hữu',
  'Thanh',
  'Quốc',
  'Kim',
  'Xuân',
  'Hồng',
  'Thị Thu',
  'Văn Đức',
];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Giang',
  'Hà',
  'Hải',
  'Hằng',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Huyền',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Truyền',
  'Tuấn',
  'Vân',
  'Yến',
  'Côi',
  'Đông',
];
const ROLES = [
  ['TM. Ban Thường vụ', 'Chủ tịch'],
  ['TM. Ban Thường vụ', 'Phó Chủ tịch'],
  [undefined, 'Giám đốc'],
  [undefined, 'Phó Giám đốc'],
] as const;
const TITLES = [
  'Thực hiện công tác trẻ em năm {year}',
  'Tổ chức Tháng hành động vì trẻ em năm {year}',
  'Tổ chức hoạt động “Tết trung thu” cho con CNVCLĐ năm {year}',
  'Thực hiện công tác chăm sóc, giáo dục và bảo vệ trẻ em năm {year}',
  'Thực hiện Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 trong công nhân, viên chức, lao động',
  'Phòng, chống tai nạn thương tích, đuối nước cho trẻ em năm {year}',
  'Phòng, chống bạo lực, xâm hại trẻ em trong CNVCLĐ năm {year}',
  'Bảo vệ và hỗ trợ trẻ em tương tác lành mạnh trên môi trường mạng năm {year}',
  'Tổ chức Ngày Quốc tế thiếu nhi 01/6 và Diễn đàn trẻ em năm {year}',
  'Triển khai Chỉ thị số 28-CT/TW về tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em',
];
const HEADINGS = [
  ['I. MỤC ĐÍCH, YÊU CẦU', ['1. Mục đích', '2. Yêu cầu']],
  [
    'II. NỘI DUNG HOẠT ĐỘNG',
    ['1. Công tác tuyên truyền', '2. Hoạt động chăm lo cho trẻ em', '3. Phòng, chống xâm hại trẻ em'],
  ],
  ['III. TỔ CHỨC THỰC HIỆN', ['1. Liên đoàn Lao động tỉnh', '2. Công đoàn cơ sở']],
] as const;

interface Directive {
  id: string;
  number: string;
  kind: string;
  issuer: string;
  issued?: string;
  names?: string[];
}

/** The real directives: the frontmatter of each `content/directives/<id>.mdx`. */
function readDirectives(): Directive[] {
  const dir = join(ROOT, 'content', 'directives');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({
      ...(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '') as Omit<
        Directive,
        'id'
      >),
      id: file.replace(/\.mdx$/, ''),
    }));
}

/** The body text of the real plans, one paragraph per line, without Markdown. */
function realParagraphs(): string[] {
  const dir = join(ROOT, 'content', 'plans');
  return readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split(/^---$/m)
      .slice(2)
      .join('')
      .split('\n')
      .map((line) =>
        line
          .replace(/^[#>\-\d.\\ ]+/, '')
          .replace(/[*_`]/g, '')
          .trim(),
      )
      .filter((line) => line.split(' ').length >= 6),
  );
}

/** Second-order Markov chain over space-separated tokens (syllables with their punctuation). */
function markov(paragraphs: string[]) {
  const START = '\u0002';
  const END = '\u0003';
  const next = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    const tokens = [START, START, ...paragraph.split(/\s+/), END];
    for (let i = 2; i < tokens.length; i++) {
      const key = `${tokens[i - 2]} ${tokens[i - 1]}`;
      const list = next.get(key);
      if (list) list.push(tokens[i]!);
      else next.set(key, [tokens[i]!]);
    }
  }
  return (rnd: Random, maxTokens: number): string => {
    const out: string[] = [];
    let a = START;
    let b = START;
    while (out.length < maxTokens) {
      const token = rnd.pick(next.get(`${a} ${b}`) ?? [END]);
      if (token === END) break;
      out.push(token);
      a = b;
      b = token;
    }
    return out.join(' ');
  };
}

interface Plan {
  slug: string;
  title: string;
  number: string;
  issuer: string;
  province: string;
  place: string;
  issued: string;
  signer: { name: string; onBehalfOf: string | undefined; title: string };
}

function makePlan(rnd: Random, i: number): Plan {
  const province = rnd.pick(PROVINCES);
  const year = rnd.int(2016, 2025);
  const issued = `${year}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
  const kind = rnd.int(1, 10);
  const [issuer, code, place] =
    kind <= 5
      ? [`Liên đoàn Lao động tỉnh ${province}`, 'KH-LĐLĐ', province]
      : kind <= 7
        ? [`Công đoàn ngành ${rnd.pick(SECTORS)} ${province}`, 'KH-CĐN', province]
        : kind <= 9
          ? [`Sở ${rnd.pick(DEPARTMENTS)} tỉnh ${province}`, 'KH-S', province]
          : ((d) => [`Liên đoàn Lao động quận ${d}`, 'KH-LĐLĐ', d])(rnd.pick(DISTRICTS));
  const [onBehalfOf, role] = rnd.pick(ROLES);
  return {
    slug: `tong-hop-${String(i).padStart(5, '0')}-${slugify(province)}-${year}`,
    title: rnd.pick(TITLES).replace('{year}', String(year)),
    number: `${rnd.int(1, 450)}/${code}`,
    issuer,
    province,
    place,
    issued,
    signer: { name: `${rnd.pick(FAMILY)} ${rnd.pick(MIDDLE)} ${rnd.pick(GIVEN)}`, onBehalfOf, title: role },
  };
}

function planMain(
  rnd: Random,
  plan: Plan,
  sentence: (rnd: Random, max: number) => string,
  directives: Directive[],
): string {
  // With headings and metadata, pages come out near the five real plans (about 1,400 syllables).
  const syllables = rnd.int(500, 1700);
  const cite = () => {
    const d = rnd.pick(directives);
    return `Thực hiện ${d.kind} số ${d.number} của ${d.issuer}, ${plan.issuer} xây dựng kế hoạch triển khai thực hiện như sau:`;
  };
  const body: string[] = [
    `<p>Số: ${escapeHtml(plan.number)}</p>`,
    `<p>${escapeHtml(plan.place)}, ${formatDateLong(plan.issued)}</p>`,
  ];
  body.push('<h2>KẾ HOẠCH</h2>', `<p><strong>${escapeHtml(plan.title)}</strong></p>`, `<p>${escapeHtml(cite())}</p>`);
  const perSection = syllables / HEADINGS.reduce((n, [, subs]) => n + subs.length, 0);
  for (const [heading, subs] of HEADINGS) {
    body.push(`<h3>${heading}</h3>`);
    for (const sub of subs) {
      body.push(`<h4>${sub}</h4>`);
      let section = 0;
      while (section < perSection) {
        const text = rnd.next() < 0.15 ? `${sentence(rnd, 60)} ${cite()}` : sentence(rnd, 90);
        const count = text.split(' ').length;
        section += count;
        body.push(rnd.next() < 0.4 ? `<ul><li>${escapeHtml(text)}</li></ul>` : `<p>${escapeHtml(text)}</p>`);
      }
    }
  }
  body.push(
    `<p>${plan.signer.onBehalfOf ? `${plan.signer.onBehalfOf.toUpperCase()}<br>` : ''}${plan.signer.title.toUpperCase()}</p>`,
    `<p>${escapeHtml(plan.signer.name)}</p>`,
  );

  const row = (label: string, value: string) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}</dd></div>`;
  const fields = documentFields({
    kind: 'Kế hoạch',
    number: plan.number,
    issuer: plan.issuer,
    signer: plan.signer.name,
    province: plan.province,
    issued: plan.issued,
  });
  return [
    '<main id="noi-dung" tabindex="-1" data-pagefind-body>',
    '<nav aria-label="Đường dẫn" data-pagefind-ignore><ol><li><a href="/">Trang chủ</a></li><li><a href="/ke-hoach/">Kế hoạch</a></li></ol></nav>',
    `<p>Kế hoạch ${escapeHtml(plan.number)}</p><h1>${escapeHtml(plan.title)}</h1>`,
    '<section aria-labelledby="thong-tin-van-ban"><h2 id="thong-tin-van-ban">Thông tin văn bản</h2><dl>',
    row('Số hiệu', plan.number),
    row('Loại văn bản', 'Kế hoạch'),
    row('Cơ quan ban hành', plan.issuer),
    row(
      'Người ký',
      `${plan.signer.onBehalfOf ? `${plan.signer.onBehalfOf}, ` : ''}${plan.signer.title}: ${plan.signer.name}`,
    ),
    row('Ngày ban hành', plan.issued.split('-').reverse().join('/')),
    row('Tỉnh/thành', plan.province),
    '</dl></section>',
    fieldsHtml(fields),
    `<section aria-labelledby="toan-van"><h2 id="toan-van">Toàn văn</h2><article data-plan-body>${body.join('')}</article></section>`,
    '</main>',
  ].join('');
}

/**
 * Writes the real site from `distDir` plus `count` synthetic plans into `outDir` (without the
 * real site's search bundle: the caller indexes the result). Returns the number of syllables
 * written, for the report.
 */
export function generateSite(
  distDir: string,
  outDir: string,
  count: number,
  seed = 2024,
): { plans: number; bytes: number } {
  if (!existsSync(join(distDir, 'index.html')))
    throw new Error(`${distDir} has no built site: run npm run build first`);
  rmSync(outDir, { recursive: true, force: true });
  cpSync(distDir, outDir, { recursive: true, filter: (src) => !src.startsWith(join(distDir, 'pagefind')) });
  const shellFile = readdirSync(join(distDir, 'ke-hoach'), { withFileTypes: true }).find(
    (e) =>
      e.isDirectory() &&
      existsSync(join(distDir, 'ke-hoach', e.name, 'index.html')) &&
      !['nam', 'tinh', 'co-quan'].includes(e.name),
  );
  if (!shellFile) throw new Error('No built plan page to use as the page shell');
  const shell = readFileSync(join(distDir, 'ke-hoach', shellFile.name, 'index.html'), 'utf8');
  const mainStart = shell.indexOf('<main');
  const mainEnd = shell.indexOf('</main>') + '</main>'.length;
  const [head, tail] = [shell.slice(0, mainStart), shell.slice(mainEnd)];

  const rnd = random(seed);
  const sentence = markov(realParagraphs());
  const directives = readDirectives();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const plan = makePlan(rnd, i);
    const html =
      head.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(plan.title)} | Vì trẻ em</title>`) +
      planMain(rnd, plan, sentence, directives) +
      tail;
    const dir = join(outDir, 'ke-hoach', plan.slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), html);
    bytes += html.length;
  }
  return { plans: count, bytes };
}

/** A YAML string in double quotes (JSON's escaping is valid YAML). */
const yamlString = (text: string) => JSON.stringify(text);

/**
 * A sentence generator that never writes a citation the site cannot resolve: the chain can join
 * the words of two real citations into one that names no document ("Luật Trẻ em năm 2018").
 */
function resolvable(sentence: (rnd: Random, max: number) => string, directives: Directive[]) {
  const documents: CitableDocument[] = directives.map((d) => ({ collection: 'directives', ...d }));
  return (rnd: Random, max: number): string => {
    for (;;) {
      const text = sentence(rnd, max);
      if (citationsIn(text, documents).every((c) => c.resolution.status === 'resolved')) return text;
    }
  };
}

/** The body of a generated plan in Markdown, laid out like the real plans' MDX. */
function planMarkdown(rnd: Random, plan: Plan, sentence: (rnd: Random, max: number) => string, cited: Directive) {
  const syllables = rnd.int(500, 1700);
  const cite = () =>
    `Thực hiện ${cited.kind} số ${cited.number} của ${cited.issuer}, ${plan.issuer} xây dựng kế hoạch triển khai thực hiện như sau:`;
  const body = [
    `Số: ${plan.number}`,
    `${plan.place}, ${formatDateLong(plan.issued)}`,
    '## KẾ HOẠCH',
    `**${plan.title}**`,
    cite(),
  ];
  const perSection = syllables / HEADINGS.reduce((n, [, subs]) => n + subs.length, 0);
  for (const [heading, subs] of HEADINGS) {
    body.push(`### ${heading}`);
    for (const sub of subs) {
      body.push(`#### ${sub}`);
      let section = 0;
      while (section < perSection) {
        const text = sentence(rnd, 90);
        section += text.split(' ').length;
        body.push(rnd.next() < 0.4 ? `- ${text}` : text);
      }
    }
  }
  body.push(
    `**${plan.signer.onBehalfOf ? `${plan.signer.onBehalfOf.toUpperCase()}\\\n` : ''}${plan.signer.title.toUpperCase()}**`,
    plan.signer.name,
  );
  return body.join('\n\n');
}

/**
 * Writes `count` generated MDX plans (and their originals) into the content folder `contentDir`,
 * numbered from `first`. Each plan has the fields the schema asks for, an original in
 * `originals/`, a number no other document has, and cites (and implements) one real directive, so
 * the citation plugin resolves every citation it finds.
 */
export function writePlans(contentDir: string, first: number, count: number, seed = 2024): void {
  const rnd = random(seed);
  const directives = readDirectives();
  const sentence = resolvable(markov(realParagraphs()), directives);
  for (let i = first; i < first + count; i++) {
    const plan = makePlan(rnd, i);
    // Numbers from 5000 up are on no real document, so no citation becomes ambiguous.
    plan.number = plan.number.replace(/^\d+/, String(5000 + i));
    const cited = rnd.pick(directives);
    const body = planMarkdown(rnd, plan, sentence, cited);
    const frontmatter = [
      `title: ${yamlString(plan.title)}`,
      `number: ${yamlString(plan.number)}`,
      `place: ${yamlString(plan.place)}`,
      `issued: ${yamlString(plan.issued)}`,
      `year: ${plan.issued.slice(0, 4)}`,
      `issuer: ${yamlString(plan.issuer)}`,
      `province: ${yamlString(plan.province)}`,
      'signer:',
      `  name: ${yamlString(plan.signer.name)}`,
      ...(plan.signer.onBehalfOf ? [`  onBehalfOf: ${yamlString(plan.signer.onBehalfOf)}`] : []),
      `  title: ${yamlString(plan.signer.title)}`,
      'recipients:',
      '  - "Như trên;"',
      '  - "Lưu VP."',
      'implements:',
      `  - ${yamlString(cited.id)}`,
      `original: "${plan.slug}.txt"`,
    ];
    writeFileSync(join(contentDir, 'plans', `${plan.slug}.mdx`), `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
    writeFileSync(join(contentDir, 'originals', `${plan.slug}.txt`), `${body}\n`);
  }
}

/**
 * Writes a copy of `content/` with `count` generated MDX plans added to `outDir`, for timing a
 * build with many plans (`VTE_CONTENT_DIR=<outDir> npm run build`).
 */
export function generateContent(outDir: string, count: number, seed = 2024): { plans: number } {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), outDir, { recursive: true });
  writePlans(outDir, 0, count, seed);
  return { plans: count };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const asContent = args[0] === '--content';
  const [out, count = '10000', seed = '2024'] = asContent ? args.slice(1) : args;
  if (!out) {
    console.error('usage: node scripts/search/generate-plans.ts [--content] <out-dir> [count] [seed]');
    process.exit(2);
  }
  if (asContent) {
    generateContent(out, Number(count), Number(seed));
    console.log(`Wrote a copy of content/ with ${count} generated MDX plans into ${out}`);
    process.exit(0);
  }
  const result = generateSite(join(ROOT, 'dist'), out, Number(count), Number(seed));
  console.log(`Wrote ${result.plans} synthetic plans (${(result.bytes / 1e6).toFixed(1)} MB of HTML) into ${out}`);
}
