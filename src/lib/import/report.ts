import type { ImportReport } from './plan-import';

const lines = (nos: number[]) => {
  const unique = [...new Set(nos)].sort((a, b) => a - b);
  if (unique.length === 0) return '';
  if (unique.length === 1) return `line ${unique[0]}`;
  const contiguous = unique.every((n, i) => i === 0 || n === unique[i - 1]! + 1);
  return contiguous ? `lines ${unique[0]}–${unique.at(-1)}` : `lines ${unique.join(', ')}`;
};

const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

/** The short report an editor reads after an import: what was filled from where, what was not and why. */
export function formatReport(report: ImportReport): string {
  const out: string[] = [`${report.file} → ${report.id}`, '', 'Filled from the text:'];
  const width = Math.max(...report.filled.map((f) => f.field.length), 12);
  for (const f of report.filled) {
    out.push(
      `  ${f.field.padEnd(width)}  ${lines(f.lines).padEnd(12)}  ${clip(f.value)}${f.note ? `\n  ${' '.repeat(width + 16)}(${f.note})` : ''}`,
    );
  }
  if (report.missing.length > 0) {
    out.push('', 'Not filled (left out; the page says "chưa có thông tin"):');
    for (const m of report.missing) out.push(`  ${m.field.padEnd(width)}  ${m.reason}`);
  }
  out.push('', 'For the editor (not read from any text):');
  for (const m of report.forEditor) out.push(`  ${m.field.padEnd(width)}  ${m.reason}`);
  out.push(
    '',
    `Citations: ${report.linked.length} link to entries the site has${report.added.length ? `, ${report.added.length} added as "as-cited"` : ''}.`,
  );
  for (const c of report.added) out.push(`  added  line ${c.line}: "${c.text}" → ${c.detail}`);
  for (const n of report.notes) out.push('', `Note: ${n}`);
  return out.join('\n');
}
