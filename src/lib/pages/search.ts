/** View model of the search page (/tim-kiem/). */
import { ui } from '../i18n';
import { SECTIONS } from '../routes';
import { facetOptions } from '../search/fields';
import { siteFields } from '../search/site-fields';
import type { Site } from '../site';

/**
 * The filter options (every value the indexed pages carry), the lists a reader can browse instead
 * (without JavaScript, or when a search finds nothing), the national hotline, and the results
 * script's strings.
 */
export function searchPage(site: Site) {
  return {
    options: facetOptions(siteFields(site)),
    lists: [
      { href: SECTIONS.plans, label: ui.search.noScriptPlans },
      { href: SECTIONS.directives, label: ui.search.noScriptDirectives },
      { href: SECTIONS.guidance, label: ui.search.noScriptGuidance },
      { href: SECTIONS.campaigns, label: ui.campaigns.nav },
      { href: SECTIONS.timeline, label: ui.timeline.nav },
      { href: SECTIONS.hotlines, label: ui.search.noScriptHotlines },
    ],
    hotline: site.nationalHotline.data.number,
    // The results script takes its text from here, so every string stays in vi.json.
    strings: {
      loading: ui.search.loading,
      count: ui.search.count,
      countBrowse: ui.search.countBrowse,
      none: ui.search.none,
      noneBrowse: ui.search.noneBrowse,
      prompt: ui.search.prompt,
      error: ui.search.error,
      signedBy: ui.plans.signedBy,
      filtersActive: ui.search.filtersActive,
    },
  };
}
