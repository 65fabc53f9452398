/**
 * remark plugin: turns each citation in the text into a link to its directive page, wrapping the
 * words exactly as written. Citations it recognises but cannot resolve are reported with file and
 * line; in strict mode (CI and production builds) they fail the build.
 *
 * Each link gets an id (`trich-dan-1863-qd-ttg-1`: the document cited, then how many times this
 * text has cited it so far), so that the cited document's page can link back to the very sentence.
 * The plugin records what it found in the entry's remark frontmatter (`citations`), with that id and
 * the sentence around each citation, so the citation graph and the back-links are built from
 * exactly the links the reader sees.
 */
import type { InlineCode, Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationsIn, type CitableDocument } from './citations';
import { sentenceAround, type CitingSentence } from './citing-sentence';
import { citationAnchor, directivePath, normaliseBase, planPath } from './routes';

export interface RecordedCitation {
  collection: 'directives' | 'plans';
  /** Entry id. */
  id: string;
  /** The words as written. */
  text: string;
  /** Line in the source file. */
  line: number;
  /** The link's element id in the page (`trich-dan-<id>-<n>`). */
  anchor: string;
  /** The sentence the citation stands in, cut at the citation's words. */
  sentence: CitingSentence;
  /** Cited by a name ("Luật Trẻ em", a program's name) rather than by its number. */
  byName?: boolean | undefined;
}

export interface UnresolvedCitation {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export interface RemarkCitationsOptions {
  /** The documents citations may point at (asked for each file; see `citableRegistry`). */
  documents: () => CitableDocument[];
  /** Whether an unresolved citation throws instead of warning (asked for each file). */
  strict: () => boolean;
  /** Where warnings go in non-strict mode. */
  warn?: (message: string) => void;
  /** Astro's `base`, which every link starts with ("/" when not given). */
  base?: string;
}

const SKIPPED_PARENTS = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'definition']);
/** The blocks whose text makes up sentences: a citation's sentence never runs past one of them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

export function describeUnresolved(u: UnresolvedCitation): string {
  return `${u.file}:${u.line}: citation "${u.text}" cannot be resolved: ${u.reason}`;
}

/** Which entry a compiled file is: its collection folder and id, when it is a plan or directive. */
function ownEntry(fileName: string): { collection: string; id: string } | undefined {
  const match = /[/\\](plans|directives)[/\\]([^/\\]+)\.mdx?$/.exec(fileName);
  return match ? { collection: match[1]!, id: match[2]! } : undefined;
}

/** A text node of a block, and where its value starts in the block's whole text. */
interface Piece {
  node: Text;
  parent: Parent;
  offset: number;
}

/** The block's text as read (links and code included), and the text nodes citations may be in. */
function flatten(block: Parent): { text: string; pieces: Piece[] } {
  let text = '';
  const pieces: Piece[] = [];
  const walk = (node: RootContent | Parent, parent: Parent | undefined, skipped: boolean) => {
    if (node.type === 'text') {
      const textNode = node as Text;
      if (!skipped && parent) pieces.push({ node: textNode, parent, offset: text.length });
      text += textNode.value;
    } else if (node.type === 'inlineCode') {
      text += (node as InlineCode).value;
    } else if (node.type === 'break') {
      // A hard line break ends a sentence (citing-sentence.ts reads a blank line as one).
      text += '\n\n';
    } else if ('children' in node) {
      const skip = skipped || SKIPPED_PARENTS.has(node.type);
      for (const child of node.children as RootContent[]) walk(child, node, skip);
    }
  };
  walk(block, undefined, false);
  return { text, pieces };
}

export function remarkCitations(options: RemarkCitationsOptions) {
  return function transformer(tree: Root, file: VFile) {
    const documents = options.documents();
    const base = normaliseBase(options.base ?? '/');
    const recorded: RecordedCitation[] = [];
    const unresolved: UnresolvedCitation[] = [];
    const fileName = file.path || '(unknown file)';
    const own = ownEntry(fileName);
    const counts = new Map<string, number>();

    visit(tree, (node) => {
      if (!BLOCKS.has(node.type)) return undefined;
      const { text: blockText, pieces } = flatten(node as Parent);
      const splices: { piece: Piece; replacement: PhrasingContent[] }[] = [];
      for (const piece of pieces) {
        const { node: textNode, offset } = piece;
        const value = textNode.value;
        const found = citationsIn(value, documents);
        if (found.length === 0) continue;

        const startLine = textNode.position?.start.line ?? 0;
        const lineAt = (at: number) => startLine + (value.slice(0, at).match(/\n/g)?.length ?? 0);
        const replacement: PhrasingContent[] = [];
        let cursor = 0;
        for (const citation of found) {
          const line = lineAt(citation.start);
          if (citation.resolution.status === 'unresolved') {
            unresolved.push({ file: fileName, line, text: citation.text, reason: citation.resolution.reason });
            continue;
          }
          const { id, collection } = citation.resolution;
          // A document naming its own number is not a citation of another document.
          if (own && own.collection === collection && own.id === id) continue;
          const count = (counts.get(id) ?? 0) + 1;
          counts.set(id, count);
          const anchor = citationAnchor(id, count);
          if (citation.start > cursor) replacement.push({ type: 'text', value: value.slice(cursor, citation.start) });
          replacement.push({
            type: 'link',
            url: collection === 'plans' ? planPath(id, base) : directivePath(id, base),
            children: [{ type: 'text', value: citation.text }],
            data: { hProperties: { id: anchor, 'data-citation': `${collection}/${id}` } },
          } satisfies Link);
          recorded.push({
            collection,
            id,
            text: citation.text,
            line,
            anchor,
            sentence: sentenceAround(blockText, offset + citation.start, offset + citation.end),
            byName: citation.name !== undefined,
          });
          cursor = citation.end;
        }
        if (cursor === 0) continue;
        if (cursor < value.length) replacement.push({ type: 'text', value: value.slice(cursor) });
        splices.push({ piece, replacement });
      }
      // Last first, so that replacing a node does not move the ones still to replace.
      for (const { piece, replacement } of splices.reverse()) {
        const index = piece.parent.children.indexOf(piece.node as Parent['children'][number]);
        piece.parent.children.splice(index, 1, ...(replacement as Parent['children']));
      }
      return SKIP;
    });

    if (unresolved.length > 0) {
      const message = `Unresolved citations:\n${unresolved.map(describeUnresolved).join('\n')}`;
      if (options.strict()) throw new Error(message);
      (options.warn ?? console.warn)(message);
    }
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['citations'] = recorded;
  };
}
