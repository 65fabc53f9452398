/**
 * What each page tells the search index about itself: metadata shown in results and weighted in
 * ranking, filter values, and the date to sort by. One function per kind of page, used by the page
 * components (through `SearchFields.astro`), by the search page to list filter options, and by the
 * synthetic site generator, so that all three always agree.
 */
import { formatDateShort, yearOf } from '../dates.ts';
import { escapeHtml } from '../html.ts';

/** Filter names, which are also the search page's URL parameters (`/tim-kiem/?q=…&nam=2021`). */
export const FILTERS = {
  kind: 'loai',
  year: 'nam',
  province: 'tinh',
  issuer: 'co-quan',
} as const;
export type FilterName = (typeof FILTERS)[keyof typeof FILTERS];
export const FILTER_NAMES = Object.values(FILTERS) as FilterName[];

/** The sort key (ISO date of issue), and the search page's sort parameter (`sap-xep=ngay-desc`). */
export const SORT_BY_DATE = 'ngay';
export const SORT_PARAM = 'sap-xep';

export interface SearchFields {
  /**
   * `so` số hiệu, `loai` kind, `cq` issuer, `ky` signer, `tinh` province, `ngay` date as shown;
   * `tc` how sure the site is of them, for an entry a source gives with less certainty (`theo dẫn
   * chiếu tại Kế hoạch số 45/KH-LĐLĐ`, `mức tin cậy trung bình`: `src/lib/certainty.ts`), shown
   * beside them in the results; `aka` other names people search the page by (a campaign's day:
   * `1/6`), ranked, never shown.
   */
  meta: Partial<Record<'so' | 'loai' | 'cq' | 'ky' | 'tinh' | 'ngay' | 'tc' | 'aka', string>>;
  filters: Partial<Record<FilterName, string>>;
  sort: Partial<Record<typeof SORT_BY_DATE, string>>;
}

export interface DocumentFacts {
  kind: string;
  number?: string | undefined;
  issuer: string;
  signer?: string | undefined;
  province?: string | undefined;
  issued?: string | undefined;
  /** Year to file an undated document under (plans record how they know it). */
  year?: number | undefined;
}

/** Fields for a plan or a directive. */
export function documentFields(doc: DocumentFacts): SearchFields {
  const year = doc.issued ? String(yearOf(doc.issued)) : doc.year !== undefined ? String(doc.year) : undefined;
  const fields: SearchFields = {
    meta: { loai: doc.kind, cq: doc.issuer },
    filters: { [FILTERS.kind]: doc.kind, [FILTERS.issuer]: doc.issuer },
    sort: {},
  };
  if (doc.number) fields.meta.so = doc.number;
  if (doc.signer) fields.meta.ky = doc.signer;
  if (doc.province) {
    fields.meta.tinh = doc.province;
    fields.filters[FILTERS.province] = doc.province;
  }
  if (doc.issued) {
    fields.meta.ngay = formatDateShort(doc.issued);
    fields.sort[SORT_BY_DATE] = doc.issued;
  } else if (year) {
    fields.meta.ngay = year;
    fields.sort[SORT_BY_DATE] = year;
  }
  if (year) fields.filters[FILTERS.year] = year;
  return fields;
}

/** Fields for a page that is not a document (guidance, hotlines): its kind, and numbers it lists. */
export function pageFields(kind: string, numbers: string[] = []): SearchFields {
  const fields: SearchFields = { meta: { loai: kind }, filters: { [FILTERS.kind]: kind }, sort: {} };
  if (numbers.length > 0) fields.meta.so = numbers.join(' ');
  return fields;
}

/** One Pagefind annotation: `data-pagefind-meta="so:60/KH-LĐLĐ"`. */
export interface Annotation {
  attribute: `data-pagefind-${'meta' | 'filter' | 'sort'}`;
  value: string;
}

/** The annotations that carry a page's fields, in one order for every page. */
export function annotations(fields: SearchFields): Annotation[] {
  const of = (kind: 'meta' | 'filter' | 'sort', entries: Record<string, string | undefined>): Annotation[] =>
    Object.entries(entries).map(([key, value]) => ({ attribute: `data-pagefind-${kind}`, value: `${key}:${value}` }));
  return [...of('meta', fields.meta), ...of('filter', fields.filters), ...of('sort', fields.sort)];
}

/**
 * The annotations as HTML, as `SearchFields.astro` renders them: empty elements in a hidden block
 * (Pagefind reads `key:value` annotations on hidden and ignored elements alike). For pages written
 * outside Astro: the benchmark's generated plans.
 */
export function fieldsHtml(fields: SearchFields): string {
  const spans = annotations(fields).map((a) => `<span ${a.attribute}="${escapeHtml(a.value)}"></span>`);
  return `<div hidden data-pagefind-ignore>${spans.join('')}</div>`;
}

export interface FacetOption {
  value: string;
  /** How many pages carry this value. */
  count: number;
}

/** Every value of every filter across the given pages: years newest first, names A–Z. */
export function facetOptions(pages: SearchFields[]): Record<FilterName, FacetOption[]> {
  const options = Object.fromEntries(FILTER_NAMES.map((name) => [name, new Map<string, number>()])) as Record<
    FilterName,
    Map<string, number>
  >;
  for (const page of pages) {
    for (const name of FILTER_NAMES) {
      const value = page.filters[name];
      if (value !== undefined) options[name].set(value, (options[name].get(value) ?? 0) + 1);
    }
  }
  const sorted = (name: FilterName): FacetOption[] => {
    const list = [...options[name]].map(([value, count]) => ({ value, count }));
    return name === FILTERS.year
      ? list.sort((a, b) => b.value.localeCompare(a.value))
      : list.sort((a, b) => a.value.localeCompare(b.value, 'vi'));
  };
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, sorted(name)])) as Record<FilterName, FacetOption[]>;
}
