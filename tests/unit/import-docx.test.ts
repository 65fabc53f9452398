import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { planDocx } from '../../src/lib/export/docx';
import { planDocxInThread } from '../../src/lib/export/docx-threads';
import { readCitableDocuments } from '../../src/lib/directive-registry';
import { importPlan } from '../../src/lib/import/plan-import';
import { committedPlans, CONTENT, fidelityProblems, renderedText } from './import-helpers';

const documents = readCitableDocuments(CONTENT);
const plans = committedPlans();
const importBytes = (file: string, bytes: Uint8Array) => importPlan({ file, bytes, documents, exists: () => false });
const rawText = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('the Word files the build makes on worker threads', () => {
  it('are the files planDocx makes, plan for plan, several at once', async () => {
    const forPlan = (p: (typeof plans)[number]) => ({
      body: p.body,
      data: { signer: p.frontmatter['signer'] as { name: string } },
    });
    const threaded = await Promise.all(plans.map((p) => planDocxInThread(forPlan(p))));
    for (const [i, p] of plans.entries()) {
      expect(await rawText(threaded[i]!), p.id).toBe(await rawText(await planDocx(forPlan(p))));
    }
  });
});

describe('every plan as .docx', () => {
  for (const p of plans) {
    it(`${p.id}: the .docx opens and holds every line of the original; importing it gives the same plan`, async () => {
      const bytes = await planDocx({ body: p.body, data: { signer: p.frontmatter['signer'] as { name: string } } });
      expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
      const text = normalise(await rawText(bytes));
      const lines = p.original
        .split('\n')
        .map((l) =>
          normalise(
            l
              .replace(/^#+\s*/u, '')
              .replace(/^-\s+/u, '')
              .replace(/\*/gu, ''),
          ),
        )
        .filter(Boolean);
      expect(lines.filter((l) => !text.includes(l))).toEqual([]);

      const back = await importBytes(`${p.id}.docx`, bytes);
      const { programs: _p, topics: _t, ...expected } = p.frontmatter;
      expect(back.frontmatter).toEqual(expected);
      // The body comes back the same, except where the layout table puts "Nơi nhận" before a
      // signature the text has first (plan 60): then the same paragraphs, in the table's order.
      const recipientsFirst =
        p.body.indexOf('**Nơi nhận:**') < p.body.indexOf(String((p.frontmatter['signer'] as { name: string }).name));
      const blocks = (body: string) =>
        body
          .split('\n\n')
          .map((b) => b.trim())
          .sort();
      if (recipientsFirst) expect(back.body).toBe(p.body);
      else expect(blocks(back.body)).toEqual(blocks(p.body));
      // What the site would keep as the original of the imported .docx passes the fidelity check.
      const original = back.files.find((f) => f.path.startsWith('originals/'))!.content as string;
      expect(fidelityProblems(original, renderedText(back.body))).toEqual([]);
    });
  }
});

describe('a .docx made from a text twin', () => {
  const p63 = plans.find((p) => p.id === '63-kh-cdyt-thai-binh-2021')!;
  // The twin as text, the header in the order Word's two-column table is read: left cell, then right.
  const twin = p63.original.replace(
    'Số: 63/KH-CDYT\n\nThái Bình, ngày 17 tháng 5 năm 2021',
    [
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH',
      '',
      'CÔNG ĐOÀN NGÀNH Y TẾ',
      '',
      'Số: 63/KH-CDYT',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Thái Bình, ngày 17 tháng 5 năm 2021',
    ].join('\n'),
  );

  it('imports the same as the twin, reading the two-column header table', async () => {
    const fromText = await importBytes('twin.txt', new TextEncoder().encode(twin));
    expect(fromText.frontmatter).toMatchObject({ issuer: 'Công đoàn ngành Y tế tỉnh Thái Bình', number: '63/KH-CDYT' });
    const bytes = await planDocx({ body: fromText.body, data: { signer: { name: 'Đào Văn Truyền' } } });
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    // The header is a two-column table in the .docx, before "KẾ HOẠCH".
    expect(html.indexOf('<table>')).toBeLessThan(html.indexOf('KẾ HOẠCH'));
    expect(html).toMatch(/<table><tr><td><p>LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI BÌNH<\/p>.*<\/td><td><p>CỘNG HÒA XÃ HỘI/u);

    const fromDocx = await importBytes('twin.docx', bytes);
    expect(fromDocx.frontmatter).toEqual(fromText.frontmatter);
    expect(fromDocx.body).toBe(fromText.body);
    expect(fromDocx.report.filled.map((f) => f.field)).toEqual(fromText.report.filled.map((f) => f.field));
    // Its original is the text mammoth extracts, and the page holds every line of it.
    const original = fromDocx.files.find((f) => f.path.startsWith('originals/'))!.content as string;
    expect(normalise(original)).toBe(normalise(await rawText(bytes)).replace(/VỤPHÓ/u, 'VỤ PHÓ'));
    expect(fidelityProblems(original, renderedText(fromDocx.body))).toEqual([]);
  });

  it('a Word file with automatic numbering says the numbers are not in the text', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({
      numbering: {
        config: [{ reference: 'n', levels: [{ level: 0, format: 'decimal', text: '%1.' }] }],
      },
      sections: [
        {
          children: [
            new Paragraph('Số: 70/KH-LĐLĐ'),
            new Paragraph('Bình Thuận, ngày 2 tháng 3 năm 2019'),
            new Paragraph('KẾ HOẠCH'),
            new Paragraph('Thực hiện công tác trẻ em năm 2019'),
            new Paragraph({ text: 'Mục đích, yêu cầu', numbering: { reference: 'n', level: 0 } }),
            new Paragraph('Nơi nhận:'),
            new Paragraph('- Lưu: VT.'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    await expect(importBytes('numbered.docx', bytes)).rejects.toThrow(/would not build/u);
    const { readDocx } = await import('../../src/lib/import/docx');
    const read = await readDocx('numbered.docx', bytes);
    expect(read.notes.join(' ')).toMatch(/1 paragraph\(s\) use Word's automatic numbering/u);
  });
});
