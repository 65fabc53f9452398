import type { Hotline, Site } from './content';
import { directiveLabel } from './documents';
import { directivePath, planPath } from './routes';

/** The plans and directives that mention a hotline, as links. */
export function hotlineMentions(site: Site, hotline: Hotline): { href: string; label: string }[] {
  return [
    ...hotline.data.mentionedInPlans.map((ref) => {
      const plan = site.plan(ref.id);
      return {
        href: planPath(plan.id),
        label: plan.data.number ? `Kế hoạch số ${plan.data.number}` : `Kế hoạch: ${plan.data.title}`,
      };
    }),
    ...hotline.data.mentionedInDirectives.map((ref) => {
      const d = site.directive(ref.id);
      return { href: directivePath(d.id), label: directiveLabel(d) };
    }),
  ];
}
