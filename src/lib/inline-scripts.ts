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
    /**
     * The search page as it is with JavaScript, set the moment it is parsed, before the first
     * paint: the note for readers without it hidden, the filters (open on wide screens) and the
     * results area shown. Done later by the page's script, it moved the page under the reader
     * (Lighthouse counted the shift).
     */
    searchReady: [
      "document.querySelector('[data-search-no-script]').hidden=true;",
      "var f=document.querySelector('[data-search-filters]');f.hidden=false;",
      "if(matchMedia('(min-width: 64rem)').matches)f.open=true;",
      "document.querySelector('[data-search]').hidden=false;",
      // With a query in the address, results are coming: their room is kept from the start, so
      // what is below them is not pushed down when they arrive.
      "if(location.search)document.querySelector('[data-search-results]').style.minHeight='100vh';",
    ].join(''),
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
