/**
 * Lists cut into pages of a fixed size, so no page grows with the collection: page 1 at the list's
 * own path, the next ones at `…/trang/2/` (`pagedPath` in routes.ts).
 */

/** A numbered link in a page list, or a gap ("…") between numbers. */
export type PageLink = { number: number; href: string; current: boolean } | 'gap';

export interface Pagination {
  /** The page shown, from 1. */
  page: number;
  /** How many pages the list has. */
  pages: number;
  previous?: string | undefined;
  next?: string | undefined;
  links: PageLink[];
}

export const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** The page numbers a list shows: the first, the last, and two either side of the current one. */
export function pageNumbers(current: number, pages: number): (number | 'gap')[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/**
 * One page of a list, and the links to the others. Throws (naming the list) on a page the list
 * does not have.
 */
export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
  href: (page: number) => string,
): { items: T[]; pagination: Pagination } {
  const pages = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new Error(`${href(1)}: no page ${page} (the list has ${pages})`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    pagination: {
      page,
      pages,
      previous: page > 1 ? href(page - 1) : undefined,
      next: page < pages ? href(page + 1) : undefined,
      links: pageNumbers(page, pages).map((n) => (n === 'gap' ? n : { number: n, href: href(n), current: n === page })),
    },
  };
}

/** The numbers of every page after the first, for `getStaticPaths` (page 1 is the list's own route). */
export const laterPages = (total: number, perPage: number) =>
  Array.from({ length: pageCount(total, perPage) - 1 }, (_, i) => i + 2);
