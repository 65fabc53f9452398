/**
 * The site's public address (`SITE_URL`): canonical links, Open Graph, the sitemap, RSS, the JSON
 * files, QR codes and everything printed are made from it. A production build refuses to run
 * without it rather than print a made-up domain on a poster.
 */

/** The address `npm start`, the tests and CI build with: the local preview server. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/** Reserved names (RFC 2606, RFC 6761) that can never be the site's real address. */
const RESERVED_HOST = /(^|\.)(example|invalid|test|localhost\.example)$|^example\.(com|net|org)$/;

export const MISSING_SITE_URL =
  'SITE_URL is not set: a production build needs the public address of the site, e.g. `SITE_URL=https://<domain> npm run build` (npm start and npm test set a local one).';

/**
 * The site's origin from `SITE_URL`, or an error message (one line) saying what is wrong with it.
 * `undefined` when it is not set at all: only a production build must have it.
 */
export function parseSiteUrl(value: string | undefined): { site?: string; error?: string } {
  if (value === undefined || value.trim() === '') return {};
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { error: `SITE_URL "${value}" is not an address: write it in full, e.g. https://<domain>` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `SITE_URL "${value}" must start with https:// (or http:// for a local build)` };
  if (RESERVED_HOST.test(url.hostname))
    return { error: `SITE_URL "${value}" is a reserved example domain: set the site's real public address` };
  if (url.pathname !== '/' || url.search || url.hash)
    return { error: `SITE_URL "${value}" must be an origin only (https://<domain>): a sub-path is Astro's \`base\`` };
  return { site: url.origin };
}
