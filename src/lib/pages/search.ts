/** View model of the search page (/tim-kiem/). */
import { ui } from '../i18n';
import { facetOptions } from '../search/fields';
import { siteFields } from '../search/site-fields';
import type { Site } from '../site';

/** The filter options (every value the indexed pages carry) and the results script's strings. */
export function searchPage(site: Site) {
  return {
    options: facetOptions(siteFields(site)),
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
    },
  };
}
