import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CONTENT = join(ROOT, 'content');

/** The five (or however many) committed plans: id, original text and bytes, frontmatter, body. */
export function committedPlans() {
  return readdirSync(join(CONTENT, 'plans'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const id = f.slice(0, -4);
      const mdx = readFileSync(join(CONTENT, 'plans', f), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/u.exec(mdx)!;
      const frontmatter = parse(m[1]!) as Record<string, unknown>;
      const originalFile = join(CONTENT, 'originals', String(frontmatter['original']));
      return {
        id,
        frontmatter,
        body: m[2]!,
        original: readFileSync(originalFile, 'utf8'),
        originalBytes: readFileSync(originalFile),
      };
    });
}

/** Blocks whose children are blocks, and blocks whose children are text. */
const CONTAINERS = new Set(['root', 'list', 'listItem', 'table', 'tableRow', 'blockquote']);
const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);

/** The text a reader sees for a Markdown body, blocks separated by a line break. */
export function renderedText(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const text = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'break') return '\n';
    if (!('children' in node)) return '';
    const inner = (node as Parent).children.map((c) => text(c as Nodes));
    if (CONTAINERS.has(node.type)) return `${inner.join('\n')}\n`;
    return LEAVES.has(node.type) ? `${inner.join('')}\n` : inner.join('');
  };
  return text(tree);
}

const normalise = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The fidelity check of tests/e2e/fidelity.spec.ts on a text: the original's lines missing or out of order, and words added. */
export function fidelityProblems(original: string, page: string): string[] {
  const units = original
    .split('\n')
    .map((line) =>
      line
        .replace(/^#+\s*/u, '')
        .replace(/^-\s+/u, '')
        .replace(/\*/gu, ''),
    )
    .map(normalise)
    .filter((line) => line.length > 0);
  const body = normalise(page);
  const problems: string[] = [];
  let position = 0;
  for (const unit of units) {
    const at = body.indexOf(unit, position);
    if (at < 0) {
      problems.push(`missing or out of order: "${unit.slice(0, 60)}"`);
      continue;
    }
    const gap = body.slice(position, at).trim();
    if (gap) problems.push(`added: "${gap.slice(0, 60)}"`);
    position = at + unit.length;
  }
  const tail = body.slice(position).trim();
  if (tail) problems.push(`added at the end: "${tail.slice(0, 60)}"`);
  return problems;
}
