/**
 * The one place that knows how a directive entry is stored (today `content/directives/<id>.yaml`).
 * If the collection moves to MDX frontmatter, this file is the only one to change.
 */
import { stringify } from 'yaml';

/** An entry for a document known only because a plan cites it: what the citing text says. */
export interface AsCitedDirective {
  id: string;
  number: string;
  kind: string;
  issuer: string;
  issued?: string;
  title: string;
  level: 'trung-uong' | 'tinh' | 'nganh';
  province?: string;
  /** The plan the text comes from. */
  knownFrom: string;
}

/** The path (relative to the content folder) and text of a directive entry's file. */
export function directiveEntryFile(entry: AsCitedDirective): { path: string; text: string } {
  const { id, knownFrom, ...facts } = entry;
  const data = {
    number: facts.number,
    kind: facts.kind,
    issuer: facts.issuer,
    ...(facts.issued ? { issued: facts.issued } : {}),
    title: facts.title,
    level: facts.level,
    ...(facts.province ? { province: facts.province } : {}),
    confidence: 'as-cited',
    knownFrom,
  };
  return { path: `directives/${id}.yaml`, text: yaml(data) };
}

/** YAML as the content files are written: double-quoted strings, two-space lists, no wrapping. */
export const yaml = (data: unknown) =>
  stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
