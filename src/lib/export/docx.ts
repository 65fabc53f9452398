/**
 * A plan as a Word .docx, built from its own data and body (nothing else is read): A4, Times New
 * Roman 14, margins and layout as NĐ 30/2020/NĐ-CP lays out an administrative document. The
 * header lines the text has go into a two-column table (issuer lines and số hiệu on the left, the
 * national motto and the place and date on the right); "KẾ HOẠCH" and the title centred; sections
 * as Word headings; "Nơi nhận:" with its list beside the signature in a second two-column table.
 *
 * The text is the plan's own, character for character: nothing is added that the body does not
 * say (no motto or issuer line is made up for a plan whose text has none), list items keep their
 * typed "- ", and emphasis is the body's own. Formatting that is layout (centring, bold headings)
 * comes from paragraph styles, so a reader such as mammoth sees the text and its own emphasis only.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {
  Heading,
  List,
  Nodes,
  Paragraph as MdParagraph,
  PhrasingContent,
  RootContent,
  Table as MdTable,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { isDateLine, isMottoLine, isRecipientsLabel } from '../import/parse.ts';

export interface PlanForExport {
  /** The plan's MDX body (the text as the site shows it). */
  body: string;
  data: { signer: { name: string } };
}

/** Word measures in twentieths of a point: 1 mm = 56.7. */
const MM = 56.7;
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
const FONT = 'Times New Roman';
/** Half-points: 14 pt body, 13 pt header, 12 and 11 pt for "Nơi nhận" and its list (NĐ 30). */
const SIZE = { body: 28, header: 26, recipientsLabel: 24, recipients: 22 };

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

const textOf = (node: Nodes): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? (node.children as Nodes[]).map(textOf).join('')
      : node.type === 'break'
        ? '\n'
        : '';

function runs(
  nodes: PhrasingContent[],
  style: { bold?: boolean; italics?: boolean; size?: number } = {},
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out.push(new TextRun({ text: node.value, ...style }));
    else if (node.type === 'break') out.push(new TextRun({ text: '', break: 1, ...style }));
    else if (node.type === 'strong') out.push(...runs(node.children, { ...style, bold: true }));
    else if (node.type === 'emphasis') out.push(...runs(node.children, { ...style, italics: true }));
    else if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
  }
  return out;
}

const paragraph = (
  children: ParagraphChild[],
  options: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {},
) => new Paragraph({ children, ...options });

function body(node: RootContent, titleNext: { value: boolean }): (Paragraph | Table)[] {
  switch (node.type) {
    case 'heading': {
      const h = node as Heading;
      if (h.depth <= 2) {
        titleNext.value = true;
        return [paragraph(runs(h.children), { heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER })];
      }
      return [
        paragraph(runs(h.children), { heading: h.depth === 3 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }),
      ];
    }
    case 'paragraph': {
      const p = node as MdParagraph;
      if (titleNext.value) {
        titleNext.value = false;
        return [paragraph(runs(p.children), { heading: HeadingLevel.HEADING_3, alignment: AlignmentType.CENTER })];
      }
      return [
        paragraph(runs(p.children), { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) } }),
      ];
    }
    case 'list':
      return listItems(node as List, SIZE.body);
    case 'table':
      return [table(node as MdTable)];
    default:
      return textOf(node) ? [paragraph([new TextRun(textOf(node))])] : [];
  }
}

/** List items keep the "- " the text has (Word's own bullets would not be part of the text). */
function listItems(list: List, size: number, indent = Math.round(10 * MM)): Paragraph[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child) =>
      child.type === 'paragraph'
        ? [
            paragraph([new TextRun({ text: '- ', size }), ...runs(child.children, { size })], {
              alignment: AlignmentType.JUSTIFIED,
              indent: { firstLine: indent },
            }),
          ]
        : child.type === 'list'
          ? listItems(child, size, indent + Math.round(5 * MM))
          : [],
    ),
  );
}

function table(node: MdTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: node.children.map(
      (row) =>
        new TableRow({
          children: row.children.map((cell) => new TableCell({ children: [paragraph(runs(cell.children))] })),
        }),
    ),
  });
}

/** Two columns without borders, as the header and the closing of an administrative document. */
function layoutTable(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[]) =>
    new TableCell({
      children: children.length > 0 ? children : [new Paragraph('')],
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}

export async function planDocx(plan: PlanForExport): Promise<Uint8Array> {
  const tree = fromMarkdown(plan.body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const nodes = tree.children;

  // Header: the paragraphs before "## KẾ HOẠCH".
  const ke = nodes.findIndex((n) => n.type === 'heading' && n.depth === 2);
  const headerNodes = ke > 0 ? nodes.slice(0, ke) : [];
  const left: Paragraph[] = [];
  const right: Paragraph[] = [];
  for (const n of headerNodes) {
    if (n.type !== 'paragraph') continue;
    const text = textOf(n);
    const motto = isMottoLine(text);
    const date = isDateLine(text);
    const p = paragraph(runs(n.children, { size: SIZE.header }), {
      alignment: AlignmentType.CENTER,
    });
    (motto || date ? right : left).push(p);
  }

  // Closing: "Nơi nhận:" and its list, and the signature (its lines, notes, the name).
  const rest = ke >= 0 ? nodes.slice(ke) : nodes;
  const label = rest.findIndex((n) => n.type === 'paragraph' && isRecipientsLabel(textOf(n)));
  const name = rest.findIndex((n) => n.type === 'paragraph' && textOf(n).trim() === plan.data.signer.name);
  let closing: { from: number; to: number; table: Table } | undefined;
  if (label >= 0 && name >= 0) {
    const list = rest[label + 1]?.type === 'list' ? label + 1 : label;
    let signatureStart = name;
    while (signatureStart - 1 >= 0 && signatureStart - 1 !== list && rest[signatureStart - 1]!.type === 'paragraph') {
      const t = textOf(rest[signatureStart - 1]!);
      if (t !== t.toLocaleUpperCase('vi') && !/^\(.*\)$/u.test(t.trim())) break;
      signatureStart -= 1;
    }
    const recipients = [
      paragraph(runs((rest[label] as MdParagraph).children, { size: SIZE.recipientsLabel, italics: true })),
      ...(list !== label ? listItems(rest[list] as List, SIZE.recipients, 0) : []),
    ];
    const signature = rest.slice(signatureStart, name + 1).map((n, i, all) =>
      paragraph(runs((n as MdParagraph).children), {
        alignment: AlignmentType.CENTER,
        ...(i === all.length - 1 ? { spacing: { before: 1200 } } : {}),
      }),
    );
    const adjacent = list + 1 === signatureStart || name + 1 === label;
    if (adjacent) {
      closing = {
        from: Math.min(label, signatureStart),
        to: Math.max(list, name),
        table: layoutTable(recipients, signature),
      };
    }
  }

  const children: (Paragraph | Table)[] = [];
  if (left.length + right.length > 0) children.push(layoutTable(left, right));
  const titleNext = { value: false };
  rest.forEach((node, i) => {
    if (closing && i >= closing.from && i <= closing.to) {
      if (i === closing.from) children.push(closing.table);
      return;
    }
    children.push(...body(node, titleNext));
  });

  const heading = (size: number, center = false) => ({
    run: { font: FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before: 120, after: 120 }, ...(center ? { alignment: AlignmentType.CENTER } : {}) },
  });
  const document = new Document({
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { after: 120, line: 300 } } },
        title: heading(SIZE.body, true),
        heading1: heading(SIZE.body),
        heading2: heading(SIZE.body),
        heading3: heading(SIZE.body, true),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: Math.round(20 * MM),
              bottom: Math.round(20 * MM),
              left: Math.round(30 * MM),
              right: Math.round(15 * MM),
            },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
