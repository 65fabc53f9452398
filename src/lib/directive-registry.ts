import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { PLAN_KIND } from '../schemas/shared';
import type { CitableDocument } from './citations';

/**
 * Reads the entries citations may point at straight from their files: the frontmatter of the
 * directives and plans (both MDX). The markdown pipeline runs before Astro's content layer can be
 * queried, so the citation plugin needs its own view; the schemas still validate the same files
 * when the collections load.
 */
export function readCitableDocuments(contentDir: string): CitableDocument[] {
  return CITABLE.flatMap((collection) => read(contentDir, collection));
}

/** The folders citable documents are read from. */
const CITABLE: CitableDocument['collection'][] = ['directives', 'plans'];

export interface CitableRegistry {
  /** The citable documents, read from their files the first time they are asked for. */
  documents(): CitableDocument[];
  /** The folders the documents come from, for a file watcher. */
  folders: string[];
  /** Tells the registry a file changed: a file in one of `folders` makes it read them again. */
  changed(path: string): void;
}

/**
 * The citable documents of one content folder, read once and kept. A production build compiles
 * every plan against the same list (reading it per compiled file made a 1,000-plan build take 11
 * minutes); in `astro dev` the dev server's watcher calls `changed()`, so an edited directive or
 * plan is read again before the next page is compiled.
 */
export function citableRegistry(contentDir: string): CitableRegistry {
  const folders = CITABLE.map((collection) => resolve(contentDir, collection));
  let cached: CitableDocument[] | undefined;
  return {
    documents: () => (cached ??= readCitableDocuments(contentDir)),
    folders,
    changed(path) {
      const file = resolve(path);
      if (folders.some((folder) => file.startsWith(folder + sep))) cached = undefined;
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const EXTENSION = '.mdx';

function read(contentDir: string, collection: CitableDocument['collection']): CitableDocument[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir)
    .filter((file) => file.endsWith(EXTENSION))
    .sort()
    .flatMap((file): CitableDocument[] => {
      const path = join(dir, file);
      const frontmatter = FRONTMATTER.exec(readFileSync(path, 'utf8'))?.[1];
      if (frontmatter === undefined) throw new Error(`${path}: expected frontmatter between --- lines at the top`);
      const data = parse(frontmatter) as Record<string, unknown> | null;
      const string = (name: string) =>
        typeof data?.[name] === 'string' && data[name] !== '' ? (data[name] as string) : undefined;
      const number = string('number');
      // A plan without a số hiệu cannot be cited by number; it is simply not citable.
      if (collection === 'plans' && number === undefined) return [];
      const kind = collection === 'plans' ? PLAN_KIND : string('kind');
      if (number === undefined || kind === undefined) {
        throw new Error(`${path}: fields "number" and "kind" must be non-empty strings for citations to resolve`);
      }
      const names = data?.['names'];
      return [
        {
          collection,
          id: file.slice(0, -EXTENSION.length),
          kind,
          number,
          issued: string('issued'),
          names: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [],
        },
      ];
    });
}
