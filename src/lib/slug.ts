/**
 * Fold Vietnamese to plain ASCII letters. `đ` has no Unicode decomposition, so NFD alone would
 * leave it; it is mapped by hand before the combining marks are stripped.
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A lower-case ASCII URL slug: `Đào Văn Truyền` → `dao-van-truyen`, `20-CT/TW` → `20-ct-tw`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
