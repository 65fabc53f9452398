import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guidance } from './content';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface Article {
  /** content/guidance/<id>.mdx */
  file: string;
  id: string;
  /** The frontmatter as written (before the schema adds defaults). */
  frontmatter: Record<string, unknown>;
  /** The MDX body, without the frontmatter. */
  body: string;
}

/** Every guidance article in content/guidance/, read by the one content reader (tests/support/content.ts). */
export function readArticles(): Article[] {
  return guidance().map(({ id, body, ...frontmatter }) => ({
    file: `content/guidance/${id}.mdx`,
    id,
    frontmatter,
    body,
  }));
}

/** The two reference files as the repo holds them (docs/reference/, copied from ../shared/reference/). */
export const readReference = (name: 'FACTS.md' | 'GUIDANCE-FACTS.md') =>
  readFileSync(join(ROOT, 'docs', 'reference', name), 'utf8');

/** A list field of the frontmatter, as strings (an absent field is an empty list). */
export const listField = (article: Article, field: string): string[] =>
  ((article.frontmatter[field] as unknown[] | undefined) ?? []).map(String);
