/**
 * Starts the search page's script (`search-page.ts`, about 7 KB compressed) when it is needed: at
 * once for an address with a query or filters, otherwise at the first sign that someone is about
 * to search (focus, a tap or a key in the form). The page opened without a query stays light on a
 * phone (the budget, `scripts/budget/rules.ts`), and a search typed before the script arrived is
 * still run: `startSearchPage` reads the box when the address has no query.
 */
export function startSearchWhenNeeded(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-page').then(({ startSearchPage }) => startSearchPage());
  };
  if (location.search || !form) {
    start();
    return;
  }
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const) {
    form.addEventListener(type, start, { once: true, passive: true });
  }
}
