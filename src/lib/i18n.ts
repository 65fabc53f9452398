import vi from '../i18n/vi.json';

/** Every UI string. Components read from here and never hard-code display text. */
export const ui = vi;

/** Fills `{name}` placeholders: `format(ui.plans.count, { count: 5 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Missing value for "{${key}}" in "${template}"`);
    return String(value);
  });
}
