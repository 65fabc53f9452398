import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
const GUIDANCE = join(ROOT, 'content', 'guidance');

export interface Article {
  /** content/guidance/<id>.mdx */
  file: string;
  id: string;
  /** The frontmatter as written (before the schema adds defaults). */
  frontmatter: Record<string, unknown>;
  /** The MDX body, without the frontmatter. */
  body: string;
}

/** Every guidance article in content/guidance/. */
export function readArticles(): Article[] {
  return readdirSync(GUIDANCE)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(GUIDANCE, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match) throw new Error(`content/guidance/${f}: no frontmatter`);
      return {
        file: `content/guidance/${f}`,
        id: f.replace(/\.mdx$/, ''),
        frontmatter: parse(match[1]!) as Record<string, unknown>,
        body: text.slice(match[0].length),
      };
    });
}

/** The two reference files as the repo holds them (docs/reference/, copied from ../shared/reference/). */
export const readReference = (name: 'FACTS.md' | 'GUIDANCE-FACTS.md') =>
  readFileSync(join(ROOT, 'docs', 'reference', name), 'utf8');

/** A list field of the frontmatter, as strings (an absent field is an empty list). */
export const listField = (article: Article, field: string): string[] =>
  ((article.frontmatter[field] as unknown[] | undefined) ?? []).map(String);
