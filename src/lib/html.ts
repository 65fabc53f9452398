/**
 * Escapes text for HTML, in element content and in double-quoted attribute values alike. Pages
 * are rendered by Astro, which escapes on its own; this is for the few places that write HTML as
 * text: the search annotations (`search/fields.ts`), the search records Pagefind reads
 * (`search/record.ts`) and the benchmark's generated pages.
 */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
