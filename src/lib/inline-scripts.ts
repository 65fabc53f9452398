/**
 * Scripts written into the page as they are (`<script is:inline set:html={…}>`): a line that must
 * run while the page is parsed, before it is painted (Astro's bundled scripts are modules, which
 * run only once the page is parsed), or one that would otherwise cost a request on every page.
 * The Content-Security-Policy allows each one by the hash of its exact text (`astro.config.ts`
 * hashes this list for the build's base), so any other inline script is blocked, and
 * `tests/dist/security.test.ts` names it.
 */
import { searchBundlePath } from './routes';

export function inlineScripts(base: string) {
  return {
    /** The search page's note for readers without JavaScript, hidden the moment it is parsed. */
    searchNoScript: "document.querySelector('[data-search-no-script]').hidden=true;",
    /**
     * On a content page opened from a search result (`?pagefind-highlight=`), marks the searched
     * words with Pagefind's highlighter, which loads only then: otherwise no request.
     */
    searchHighlight: [
      "if(new URLSearchParams(location.search).has('pagefind-highlight'))",
      `import(${JSON.stringify(searchBundlePath('pagefind-highlight.js', base))}).then(({default:H})=>{`,
      "new H({markOptions:{className:'search-hit'},addStyles:false});",
      "if(!location.hash)document.querySelector('main .search-hit')?.scrollIntoView({block:'center'});});",
    ].join(''),
  } as const;
}
