/** Checks that every reference between content entries points at an entry that exists. */

interface Ref {
  id: string;
  collection: string;
}
interface AnyEntry {
  id: string;
  filePath?: string | undefined;
  data: object;
}

export interface ReferenceProblem {
  file: string;
  field: string;
  collection: string;
  id: string;
  known: string[];
}

const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  'collection' in value &&
  Object.keys(value).length === 2;

/** Walks every entry's data and reports each reference whose target is missing. */
export function findBrokenReferences(collections: Record<string, AnyEntry[]>): ReferenceProblem[] {
  const ids = new Map(Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]));
  const problems: ReferenceProblem[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      const visit = (value: unknown, path: string) => {
        if (isRef(value)) {
          const known = ids.get(value.collection);
          if (!known?.has(value.id)) {
            problems.push({
              file: entry.filePath ?? `${name}/${entry.id}`,
              field: path,
              collection: value.collection,
              id: value.id,
              known: [...(known ?? [])].sort(),
            });
          }
        } else if (Array.isArray(value)) {
          value.forEach((item, i) => visit(item, `${path}[${i}]`));
        } else if (typeof value === 'object' && value !== null) {
          for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
        }
      };
      visit(entry.data, '');
    }
  }
  return problems;
}
