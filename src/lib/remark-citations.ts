/**
 * remark plugin: turns each citation in the text into a link to its directive page, wrapping the
 * words exactly as written. Citations it recognises but cannot resolve are reported with file and
 * line; in strict mode (CI and production builds) they fail the build.
 *
 * It also records what it found in the entry's remark frontmatter (`citations`), so the citation
 * graph is built from exactly the links the reader sees.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { citationsIn, type CitableDocument } from './citations';
import { directivePath, normaliseBase, planPath } from './routes';

export interface RecordedCitation {
  collection: 'directives' | 'plans';
  /** Entry id. */
  id: string;
  /** The words as written. */
  text: string;
  /** Line in the source file. */
  line: number;
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

export function describeUnresolved(u: UnresolvedCitation): string {
  return `${u.file}:${u.line}: citation "${u.text}" cannot be resolved: ${u.reason}`;
}

export function remarkCitations(options: RemarkCitationsOptions) {
  return function transformer(tree: Root, file: VFile) {
    const documents = options.documents();
    const base = normaliseBase(options.base ?? '/');
    const recorded: RecordedCitation[] = [];
    const unresolved: UnresolvedCitation[] = [];
    const fileName = file.path || '(unknown file)';
    const ownId = /([^/\\]+)\.mdx?$/.exec(fileName)?.[1];

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (SKIPPED_PARENTS.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const textNode = node as Text;
      const value = textNode.value;
      const found = citationsIn(value, documents);
      if (found.length === 0) return undefined;

      const startLine = textNode.position?.start.line ?? 0;
      const lineAt = (offset: number) => startLine + (value.slice(0, offset).match(/\n/g)?.length ?? 0);
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const citation of found) {
        const line = lineAt(citation.start);
        if (citation.resolution.status === 'unresolved') {
          unresolved.push({ file: fileName, line, text: citation.text, reason: citation.resolution.reason });
          continue;
        }
        const { id, collection } = citation.resolution;
        // A plan naming its own number is not a citation of another document.
        if (collection === 'plans' && id === ownId) continue;
        if (citation.start > cursor) replacement.push({ type: 'text', value: value.slice(cursor, citation.start) });
        const link: Link = {
          type: 'link',
          url: collection === 'plans' ? planPath(id, base) : directivePath(id, base),
          children: [{ type: 'text', value: citation.text }],
          data: { hProperties: { 'data-citation': `${collection}/${id}` } },
        };
        replacement.push(link);
        recorded.push({ collection, id, text: citation.text, line, byName: citation.name !== undefined });
        cursor = citation.end;
      }
      if (cursor < value.length) replacement.push({ type: 'text', value: value.slice(cursor) });
      parent.children.splice(index, 1, ...(replacement as Parent['children']));
      return [SKIP, index + replacement.length];
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
