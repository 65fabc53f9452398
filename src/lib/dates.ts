/** Dates are stored as YYYY-MM-DD strings and shown the way Vietnamese documents write them. */
function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`expected a date written YYYY-MM-DD, got "${iso}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** `2018-04-20` → `20/04/2018`. */
export function formatDateShort(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** `2018-04-20` → `ngày 20 tháng 4 năm 2018`, as in a document header. */
export function formatDateLong(iso: string): string {
  const [y, m, d] = parts(iso);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

export const yearOf = (iso: string) => parts(iso)[0];
