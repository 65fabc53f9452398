/**
 * The content/ folder as tests read it, so that counts and expectations come from the content
 * itself and grow with it (a new plan needs no test change). YAML is read with `yaml`, the parser
 * the site's own loaders use; a file that does not parse fails the test that reads it, naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The entry ids of a collection folder: its file names without the extension. */
export function ids(folder: string, extension: string): string[] {
  return readdirSync(join(CONTENT, folder))
    .filter((f) => f.endsWith(extension))
    .map((f) => f.slice(0, -extension.length))
    .sort();
}

function parseYaml(file: string, text: string): Record<string, unknown> {
  try {
    const data: unknown = parse(text);
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('expected a mapping');
    return data as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The data of every YAML entry in a folder, with its id. */
function yamlEntries<T>(folder: string): (T & { id: string })[] {
  return ids(folder, '.yaml').map((id) => {
    const file = join(CONTENT, folder, `${id}.yaml`);
    return { ...(parseYaml(file, readFileSync(file, 'utf8')) as T), id };
  });
}

/** The frontmatter of every MDX entry in a folder, with its id and body. */
function mdxEntries<T>(folder: string): (T & { id: string; body: string })[] {
  return ids(folder, '.mdx').map((id) => {
    const file = join(CONTENT, folder, `${id}.mdx`);
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
    if (!match) throw new Error(`${file}: expected frontmatter between --- lines`);
    return { ...(parseYaml(file, match[1]!) as T), id, body: match[2]! };
  });
}

export interface PlanEntry {
  title: string;
  number?: string;
  issued?: string;
  year: number;
  yearNote?: string;
  period?: Period;
  issuer: string;
  province: string;
  original?: string;
  programs?: string[];
}

export interface Period {
  start?: number;
  end?: number;
  label: string;
  orientedTo?: number;
}
export const plans = () => mdxEntries<PlanEntry>('plans');

export interface DirectiveEntry {
  number?: string;
  kind: string;
  title: string;
  issued?: string;
  signer?: string;
  period?: Period;
  confidence: string;
  knownFrom?: string;
  fieldConfidence?: Record<string, string>;
  names?: string[];
  textUrl?: string;
}
export const directives = () => mdxEntries<DirectiveEntry>('directives');

export interface HotlineEntry {
  number?: string;
  name: string;
  scope?: string;
  since?: string;
  superseded?: boolean;
  unverified?: string;
  confidence: string;
  mentionedInPlans?: string[];
}
export const hotlines = () => mdxEntries<HotlineEntry>('hotlines');
/** The hotline numbers as digits, the form a `tel:` link holds. */
export const hotlineDigits = () => hotlines().map((h) => String(h.number ?? '').replace(/\D/g, ''));

export interface ProgramEntry {
  name: string;
  theme: string;
  period?: Period;
  decision?: string;
  confidence: string;
  knownFrom?: string;
  targets?: { plan: string; quote: string }[];
}
export const programs = () => yamlEntries<ProgramEntry>('programs');

export const campaigns = () => yamlEntries<{ name: string }>('campaigns');

export const guidance = () => mdxEntries<Record<string, unknown> & { title: string }>('guidance');

/** The plans' original texts in content/originals/, by file name. */
export const originals = () => ids('originals', '.txt').map((id) => `${id}.txt`);
