/**
 * Reads a Word .docx with mammoth into the same Markdown-ish lines a .txt plan has, so one parser
 * reads both: each Word paragraph a block of its own, a line break inside a paragraph a new line,
 * bold as `**…**`, italic as `*…*`, a bulleted paragraph as `- …`, a table before "KẾ HOẠCH" (the
 * two-column header) cell by cell in reading order, and any other table as a Markdown table.
 *
 * The original kept in content/originals/ is the text mammoth reads from the file, as plain text:
 * every paragraph followed by a blank line, a line break inside a paragraph as a new line, table
 * cells in reading order; no bold or italic marks, no bullets or automatic numbers (Word draws
 * those, they are not in the text). (mammoth's own extractRawText runs the lines of a paragraph
 * together, "TM. BAN THƯỜNG VỤPHÓ CHỦ TỊCH", so it is not used.)
 */
import mammoth from 'mammoth';
import { ImportError } from './input';
import type { SourceLine } from './parse';

/** The parts of mammoth's document model read here (its transform API is the documented way in). */
interface DocElement {
  type: string;
  children?: DocElement[];
  value?: string;
  breakType?: string;
  isBold?: boolean;
  isItalic?: boolean;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
}

export interface DocxText {
  lines: SourceLine[];
  /** The document's plain text: the original the site keeps. */
  rawText: string;
  /** What the reader could not carry into the text (automatic numbers), for the report. */
  notes: string[];
}

export async function readDocx(file: string, bytes: Uint8Array): Promise<DocxText> {
  const buffer = Buffer.from(bytes);
  let document: DocElement | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: (element: DocElement) => {
          document = element;
          return element;
        },
      },
    );
  } catch (error) {
    throw new ImportError(
      file,
      `Word cannot read this .docx: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!document) throw new ImportError(file, 'Word cannot read this .docx: it has no document body');

  const out: string[] = [];
  const plain: string[] = [];
  const notes: string[] = [];
  let numbered = 0;
  let seenKeHoach = false;

  const paragraph = (p: DocElement): string[] => {
    const text = runsText(p.children ?? []);
    const lines = text.split('\n');
    if (p.numbering) {
      if (p.numbering.isOrdered) numbered += 1;
      else lines[0] = `- ${lines[0]}`;
    }
    if (p.styleName && /^heading\s*\d/iu.test(p.styleName)) lines[0] = `#### ${lines[0]}`;
    return lines;
  };

  const visit = (element: DocElement) => {
    if (element.type === 'paragraph') {
      const lines = paragraph(element);
      if (lines.some((l) => /^(?:#+\s+)?\**KẾ\s+HOẠCH\**$/u.test(l.trim()))) seenKeHoach = true;
      out.push(...lines, '');
      plain.push(runsText(element.children ?? [], false), '');
    } else if (element.type === 'table') {
      const rows = (element.children ?? []).filter((r) => r.type === 'tableRow');
      const cells = rows.map((r) => (r.children ?? []).filter((c) => c.type === 'tableCell'));
      const layout = !seenKeHoach || cells.some((row) => row.some((c) => /Nơi\s+nhận/iu.test(cellText(c))));
      if (layout) {
        // A layout table (the header, or "Nơi nhận" beside the signature): its cells in reading order.
        for (const row of cells) for (const cell of row) for (const child of cell.children ?? []) visit(child);
      } else {
        cells.forEach((row, i) => {
          out.push(`| ${row.map((c) => cellText(c).replace(/\|/gu, '\\|')).join(' | ')} |`);
          if (i === 0) out.push(`|${row.map(() => ' --- |').join('')}`);
          for (const c of row) plain.push(cellText(c, false), '');
        });
        out.push('');
      }
    } else {
      for (const child of element.children ?? []) visit(child);
    }
  };
  visit(document);
  if (numbered > 0) {
    notes.push(
      `${numbered} paragraph(s) use Word's automatic numbering: the numbers are not part of the text, so they are not on the page; type them into the document if they matter`,
    );
  }
  return { lines: out.map((text, i) => ({ text, no: i + 1 })), rawText: `${plain.join('\n').trimEnd()}\n`, notes };
}

function cellText(cell: DocElement, marked = true): string {
  return (cell.children ?? [])
    .filter((c) => c.type === 'paragraph')
    .map((p) => runsText(p.children ?? [], marked).replace(/\n/gu, ' '))
    .join(' ')
    .trim();
}

/** A paragraph's runs as text, line breaks as "\n"; bold and italic spans marked unless `marked` is false. */
function runsText(children: DocElement[], marked = true): string {
  const pieces: { text: string; bold: boolean; italic: boolean }[] = [];
  const walk = (nodes: DocElement[], bold: boolean, italic: boolean) => {
    for (const node of nodes) {
      if (node.type === 'run') walk(node.children ?? [], Boolean(node.isBold), Boolean(node.isItalic));
      else if (node.type === 'text') pieces.push({ text: node.value ?? '', bold, italic });
      else if (node.type === 'tab') pieces.push({ text: '\t', bold, italic });
      else if (node.type === 'break')
        pieces.push({ text: node.breakType === 'line' ? '\n' : '\n\n', bold: false, italic: false });
      else if (node.children) walk(node.children, bold, italic);
    }
  };
  walk(children, false, false);
  let text = '';
  let i = 0;
  while (i < pieces.length) {
    const { bold, italic } = pieces[i]!;
    let span = '';
    while (i < pieces.length && pieces[i]!.bold === bold && pieces[i]!.italic === italic) span += pieces[i++]!.text;
    // Also carry a line break inside a bold span ("TM. BAN THƯỜNG VỤ" ↵ "PHÓ CHỦ TỊCH").
    while (
      i + 1 < pieces.length &&
      pieces[i]!.text === '\n' &&
      pieces[i + 1]!.bold === bold &&
      pieces[i + 1]!.italic === italic &&
      (bold || italic)
    ) {
      span += '\n';
      i += 1;
      while (i < pieces.length && pieces[i]!.bold === bold && pieces[i]!.italic === italic) span += pieces[i++]!.text;
    }
    const mark = !marked ? '' : bold ? '**' : italic ? '*' : '';
    if (!mark || span.trim() === '') {
      text += span;
      continue;
    }
    const lead = /^\s*/u.exec(span)![0];
    const trail = /\s*$/u.exec(span)![0];
    text += `${lead}${mark}${span.trim()}${mark}${trail}`;
  }
  return text;
}
