import type { THEMES } from '../schemas/program';

type Theme = (typeof THEMES)[number];

/**
 * The timeline's groups, in the order the issue names them. A group's id is its URL segment
 * (`/lo-trinh/chu-de/<id>/`). The general national programs (`tong-the`: the national action
 * programs for children, the early-years scheme) sit with child protection and care, the first
 * group, rather than in a group of their own that the product does not name.
 */
export const THEME_GROUPS = [
  { id: 'bao-ve', themes: ['bao-ve', 'tong-the'] },
  { id: 'xam-hai-bao-luc', themes: ['xam-hai-bao-luc'] },
  { id: 'tai-nan-thuong-tich', themes: ['tai-nan-thuong-tich'] },
  { id: 'moi-truong-mang', themes: ['moi-truong-mang'] },
  { id: 'lao-dong-tre-em', themes: ['lao-dong-tre-em'] },
  { id: 'dinh-duong-suc-khoe', themes: ['dinh-duong-suc-khoe'] },
  { id: 'quyen-tham-gia', themes: ['quyen-tham-gia'] },
  { id: 'cong-doan', themes: ['cong-doan'] },
] as const satisfies readonly { id: string; themes: readonly Theme[] }[];

export type ThemeGroupId = (typeof THEME_GROUPS)[number]['id'];

/** The group a program's theme belongs to. */
export function themeGroupOf(theme: Theme): ThemeGroupId {
  const group = THEME_GROUPS.find((g) => (g.themes as readonly Theme[]).includes(theme));
  if (!group) throw new Error(`theme "${theme}" belongs to no timeline group`);
  return group.id;
}
