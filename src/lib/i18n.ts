import vi from '../i18n/vi.json' with { type: 'json' };

/** Every UI string. Components read from here and never hard-code display text. */
export const ui = vi;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders: `format(ui.plans.count, { count: 5 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Missing value for "{${key}}" in "${template}"`);
    return String(value);
  });
}

/** A piece of a template: text as written, or the name of a placeholder. */
export type TemplatePart = { text: string } | { slot: string };

/**
 * Cuts a template at its placeholders, so that a component can put an element (a link) where a
 * placeholder stands and leave every piece of text to the template engine to escape:
 * `"Theo {plan}:"` → `[{ text: 'Theo ' }, { slot: 'plan' }, { text: ':' }]`.
 */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    parts.push({ slot: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}
