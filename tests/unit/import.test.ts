import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/import/run';
import { readCitableDocuments } from '../../src/lib/directive-registry';
import { decodeText, linesOf, type ImportError } from '../../src/lib/import/input';
import { parsePlan } from '../../src/lib/import/parse';
import { importPlan } from '../../src/lib/import/plan-import';
import { committedPlans, CONTENT, fidelityProblems, renderedText } from './import-helpers';

const documents = readCitableDocuments(CONTENT);
const plans = committedPlans();
const plan = (id: string) => plans.find((p) => p.id === id)!;
const EDITOR_FIELDS = ['programs', 'topics'];

const importText = (text: string, file = 'ke-hoach.txt', extra: { id?: string; addMissing?: boolean } = {}) =>
  importPlan({ file, bytes: new TextEncoder().encode(text), documents, exists: () => false, ...extra });

/** Greedy wrap at 70 columns, as a mail client or a PDF copy would: blank lines stay. */
const wrap70 = (text: string) =>
  text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > 70) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out;
    })
    .join('\n');

describe('importing the committed originals', () => {
  it('finds the plans to check in content/', () => expect(plans.length).toBeGreaterThanOrEqual(5));

  for (const p of plans) {
    it(`${p.id}: gives the committed frontmatter (except the editor's fields) and body`, async () => {
      const result = await importPlan({
        file: `${p.id}.txt`,
        bytes: p.originalBytes,
        documents,
        exists: () => false,
      });
      expect(result.id).toBe(p.id);
      const expected = Object.fromEntries(Object.entries(p.frontmatter).filter(([k]) => !EDITOR_FIELDS.includes(k)));
      expect(result.frontmatter).toEqual(expected);
      expect(result.body).toBe(p.body);
      expect(fidelityProblems(p.original, renderedText(result.body))).toEqual([]);
      // The original is kept byte for byte.
      const original = result.files.find((f) => f.path === `originals/${p.id}.txt`)!;
      expect(Buffer.from(original.content as Uint8Array).equals(p.originalBytes)).toBe(true);
      expect(result.report.forEditor.map((m) => m.field)).toEqual(EDITOR_FIELDS);
    });

    it(`${p.id}: hard-wrapped at 70 columns, reads the same`, async () => {
      const wrapped = wrap70(p.original);
      expect(wrapped.split('\n').every((l) => l.length <= 70 || !l.includes(' '))).toBe(true);
      expect(wrapped.split('\n').length).toBeGreaterThan(p.original.split('\n').length);
      const result = await importText(wrapped, `${p.id}.txt`);
      const unwrapped = await importText(p.original, `${p.id}.txt`);
      expect(result.frontmatter).toEqual(unwrapped.frontmatter);
      expect(result.body).toBe(unwrapped.body);
      // (Checked against the unwrapped lines: a wrapped line may start with the dash of "36 - CTr/TU",
      // which the fidelity check would take for a list marker.)
      expect(fidelityProblems(p.original, renderedText(result.body))).toEqual([]);
    });
  }
});

describe('hand-made variants', () => {
  const p60 = plan('60-kh-ldld-binh-thuan-2018').original;
  const p63 = plan('63-kh-cdyt-thai-binh-2021').original;
  const p45 = plan('45-kh-ldld-long-bien-2021').original;

  it('two-column header, side by side: the issuer from the header, the number and date beside it', async () => {
    const text = p60.replace(
      'Số: 60 /KH-LĐLĐ\n\nBình Thuận, ngày 20 tháng 4 năm 2018',
      [
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH THUẬN          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'BAN THƯỜNG VỤ                                 Độc lập - Tự do - Hạnh phúc',
        '',
        'Số: 60 /KH-LĐLĐ                  Bình Thuận, ngày 20 tháng 4 năm 2018',
      ].join('\n'),
    );
    const result = await importText(text);
    expect(result.frontmatter).toMatchObject({
      issuer: 'Liên đoàn Lao động tỉnh Bình Thuận',
      province: 'Bình Thuận',
      number: '60/KH-LĐLĐ',
      issued: '2018-04-20',
      place: 'Bình Thuận',
    });
    const issuer = result.report.filled.find((f) => f.field === 'issuer')!;
    expect(issuer.lines).toEqual([3]);
    expect(fidelityProblems(text, renderedText(result.body))).toEqual([]);
  });

  it('interleaved header lines: the last issuer line is the issuer, cased by rule and reported', async () => {
    const text = p63.replace(
      'Số: 63/KH-CDYT',
      [
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'CÔNG ĐOÀN NGÀNH Y TẾ',
        'Độc lập - Tự do - Hạnh phúc',
        '',
        'Số: 63/KH-CDYT',
      ].join('\n'),
    );
    const result = await importText(text);
    expect(result.frontmatter).toMatchObject({
      issuer: 'Công đoàn ngành Y tế tỉnh Thái Bình',
      level: 'nganh',
      number: '63/KH-CDYT',
    });
    expect(result.report.filled.find((f) => f.field === 'issuer')!.note).toMatch(/by rule/);
    expect(fidelityProblems(text, renderedText(result.body))).toEqual([]);
  });

  it('"Số:" missing: the number is read and the report says so', async () => {
    const result = await importText(p63.replace('Số: 63/KH-CDYT', '63/KH-CDYT'));
    expect(result.frontmatter['number']).toBe('63/KH-CDYT');
    expect(result.report.filled.find((f) => f.field === 'number')!.note).toMatch(/no "Số:"/);
  });

  it('"Số:" with no number: the number is left out and the id falls back to the issuer', async () => {
    const result = await importText(p60.replace('Số: 60 /KH-LĐLĐ', 'Số:     /KH-LĐLĐ'));
    expect(result.frontmatter['number']).toBeUndefined();
    expect(result.report.missing.find((m) => m.field === 'number')!.reason).toMatch(/gives no number/);
    expect(result.id).toBe('ldld-binh-thuan-2018');
  });

  it('date as "ngày 20/04/2018"', async () => {
    const result = await importText(p60.replace('ngày 20 tháng 4 năm 2018', 'ngày 20/04/2018'));
    expect(result.frontmatter).toMatchObject({ issued: '2018-04-20', year: 2018, place: 'Bình Thuận' });
  });

  it('no date: date and place left out, the year inferred from the preamble and said so', async () => {
    const text = p60.replace('Bình Thuận, ngày 20 tháng 4 năm 2018\n', '');
    const parsed = parsePlan(linesOf(text));
    expect(parsed.missing.map((m) => m.field)).toEqual(expect.arrayContaining(['issued', 'place']));
    const result = await importText(text);
    expect(result.frontmatter['issued']).toBeUndefined();
    expect(result.frontmatter['place']).toBeUndefined();
    expect(result.frontmatter['year']).toBe(2018);
    expect(result.frontmatter['yearNote']).toBe(
      'Năm 2018 được suy ra từ Kế hoạch số 1292-KH/UBND ngày 04/4/2018 mà kế hoạch thực hiện.',
    );
    expect(result.frontmatter['province']).toBe('Bình Thuận');
    expect(result.frontmatter['issuer']).toBe('Liên đoàn Lao động tỉnh Bình Thuận');
  });

  it('no signer: the signer is reported missing, and a plan that would not build is not written', async () => {
    const text = p45.replace(/\*\*TM\. BAN THƯỜNG VỤ\nCHỦ TỊCH\*\*\n+Phan Thị Thu Hằng\n?/u, '');
    expect(text).not.toContain('Phan Thị Thu Hằng');
    const parsed = parsePlan(linesOf(text));
    expect(parsed.fields.signer).toBeUndefined();
    expect(parsed.missing.find((m) => m.field === 'signer')!.reason).toMatch(/no signature block/);
    expect(parsed.fields.recipients?.value).toHaveLength(3);
    await expect(importText(text)).rejects.toThrow(/signer: .*\(the text: no signature block/su);
  });
});

describe('input checks', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const reason = (bytes: Uint8Array) => {
    try {
      decodeText('x.txt', bytes);
      return 'accepted';
    } catch (error) {
      return (error as ImportError).reason;
    }
  };
  it('accepts every committed original', () => {
    for (const p of plans) expect(reason(p.originalBytes)).toBe('accepted');
  });
  it('tells TCVN3 and VNI from Unicode', () => {
    expect(reason(utf8('Céng hoµ x· héi chñ nghÜa ViÖt Nam\nKÕ ho¹ch c«ng t¸c trÎ em'))).toMatch(/TCVN3/);
    expect(reason(utf8('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nKeá hoaïch coâng taùc treû em'))).toMatch(/VNI/);
  });
});

// ---------------------------------------------------------------------------------------------

/** Every file under a folder with a hash of its bytes, to show a failed command changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha1').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('npm run import on a copy of content/', () => {
  let scratch: string;
  let content: string;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runImport(argv, content, { log: (l) => out.push(l), error: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const input = (name: string, bytes: Uint8Array | string) => {
    const path = join(scratch, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'vte-import-'));
    content = join(scratch, 'content');
    cpSync(CONTENT, content, { recursive: true });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const p60 = () => plan('60-kh-ldld-binh-thuan-2018').original;
  const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

  const BAD: [string, () => Uint8Array | string, RegExp][] = [
    ['empty.txt', () => '', /the file is empty/],
    ['blank.txt', () => '\n\n   \n', /the file is empty \(only blank lines\)/],
    ['photo.txt', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    ['scan.txt', () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), /JPEG image/],
    ['data.txt', () => Uint8Array.from([0x4b, 0x45, 0, 1, 2, 3, 0, 0x41]), /binary file/],
    [
      'tcvn3.txt',
      () => latin1('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n\nKÕ ho¹ch\n\nc«ng t¸c trÎ em'),
      /legacy TCVN3 encoding/,
    ],
    ['tcvn3-unicode.txt', () => 'Céng hoµ x· héi chñ nghÜa ViÖt Nam\n\nKÕ ho¹ch', /TCVN3 typed with a legacy font/],
    ['vni-unicode.txt', () => 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n\nKeá hoaïch', /VNI typed with a legacy font/],
    [
      'cp1258.txt',
      () => Uint8Array.from([0x43, 0xf4, 0x6e, 0x67, 0x20, 0xf0, 0x6f, 0xe0, 0x6e, 0x0a, 0x4b, 0xea, 0x20, 0x68]),
      /not UTF-8 \(Windows-1258/,
    ],
    ['utf16.txt', () => Uint8Array.from([0xff, 0xfe, 0x4b, 0, 0x48, 0]), /UTF-16/],
    [
      'not-zip.docx',
      () => 'KẾ HOẠCH\n\nThực hiện',
      /expected a Word \.docx file \(a zip archive\), got something else/,
    ],
    ['pdf.docx', () => '%PDF-1.4\n', /got a PDF file/],
    [
      'report.txt',
      () => 'BÁO CÁO\n\nKết quả công tác trẻ em năm 2018\n\nNơi nhận:\n- Lưu VT.',
      /not a plan: no line "KẾ HOẠCH".*"BÁO CÁO" \(line 1\)/,
    ],
    ['existing.txt', () => p60(), /content\/plans\/60-kh-ldld-binh-thuan-2018\.mdx already exists: .*--force/],
    [
      'unknown-citation.txt',
      () =>
        p60()
          .replace('Số: 60 /KH-LĐLĐ', 'Số: 61/KH-LĐLĐ')
          .replace('Kế hoạch số 1292-KH/UBND', 'Kế hoạch số 7777-KH/UBND'),
      /cites documents the site has no entry for.*line 10: "Kế hoạch số 7777-KH\/UBND".*--add-missing/su,
    ],
    [
      'no-signer.txt',
      () =>
        p60()
          .replace('Số: 60 /KH-LĐLĐ', 'Số: 62/KH-LĐLĐ')
          .replace(/TM\. BAN THƯỜNG VỤ\nPHÓ CHỦ TỊCH\n+Trần Văn Dũng\n/u, ''),
      /the plan would not build; nothing written:\n {2}signer: /u,
    ],
    ['plan.pdf', () => '%PDF-1.4', /expected a \.txt or \.docx file/],
  ];

  for (const [name, bytes, message] of BAD) {
    it(`${name}: exits 1 with "${message.source.slice(0, 50)}" and leaves content/ unchanged`, async () => {
      const before = snapshot(content);
      const file = input(name, bytes());
      const { code, err } = await run(file);
      expect(err).toContain(file);
      expect(err).toMatch(message);
      expect(err).toContain('Nothing was written.');
      expect(code).toBe(1);
      expect(snapshot(content)).toEqual(before);
    });
  }

  it('wrong usage exits 2', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('a.txt', 'b.txt')).code).toBe(2);
    expect((await run('--nope', 'a.txt')).code).toBe(2);
  });

  it('--dry-run prints the files and writes nothing', async () => {
    const before = snapshot(content);
    const file = input('dry.txt', p60().replace('Số: 60 /KH-LĐLĐ', 'Số: 64/KH-LĐLĐ'));
    const { code, out } = await run(file, '--dry-run');
    expect(code).toBe(0);
    expect(out).toContain('=== content/plans/64-kh-ldld-binh-thuan-2018.mdx');
    expect(out).toContain('issuer: "Liên đoàn Lao động tỉnh Bình Thuận"');
    expect(out).toMatch(/number\s+line 3\s+64\/KH-LĐLĐ/u);
    expect(snapshot(content)).toEqual(before);
  });

  it('writes the plan, the original and, with --add-missing, an as-cited entry for a cited document the site lacks', async () => {
    const text = p60()
      .replace('Số: 60 /KH-LĐLĐ', 'Số: 65/KH-LĐLĐ')
      .replace('Kế hoạch số 1292-KH/UBND', 'Kế hoạch số 7777-KH/UBND');
    const file = input('new.txt', text);
    const { code, out } = await run(file, '--add-missing');
    expect(code).toBe(0);
    expect(out).toContain('added  line 10: "Kế hoạch số 7777-KH/UBND" → directives/7777-kh-ubnd');
    expect(readFileSync(join(content, 'originals', '65-kh-ldld-binh-thuan-2018.txt'), 'utf8')).toBe(text);
    const mdx = readFileSync(join(content, 'plans', '65-kh-ldld-binh-thuan-2018.mdx'), 'utf8');
    expect(mdx).toContain('implements:\n  - "7777-kh-ubnd"\n');
    expect(readFileSync(join(content, 'directives', '7777-kh-ubnd.mdx'), 'utf8')).toBe(
      [
        '---',
        'number: "7777-KH/UBND"',
        'kind: "Kế hoạch"',
        'issuer: "Uỷ ban Nhân dân tỉnh Bình Thuận"',
        'issued: "2018-04-04"',
        'title: "về thực hiện công tác trẻ em năm 2018"',
        'level: "tinh"',
        'province: "Bình Thuận"',
        'confidence: "as-cited"',
        'knownFrom: "65-kh-ldld-binh-thuan-2018"',
        '---',
        '',
        'Trang chỉ biết văn bản này theo dẫn chiếu tại Kế hoạch số 65/KH-LĐLĐ ngày 20/04/2018. Trang chưa có toàn văn nên không tóm tắt nội dung: số hiệu, ngày, cơ quan ban hành và trích yếu dưới đây ghi theo câu dẫn chiếu trong kế hoạch đó.',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(content, 'plans')).filter((f) => f.includes('.tmp'))).toEqual([]);
    // Again without --force: refused; with --force: replaced.
    expect((await run(file, '--add-missing')).code).toBe(1);
    expect((await run(file, '--force')).code).toBe(0);
  });
});
