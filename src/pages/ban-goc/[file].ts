import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/content';

/** The original text of each plan, byte for byte, offered as a download. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.plans.map((plan) => ({ params: { file: plan.data.original } }));
}) satisfies GetStaticPaths;

// The content folder is VTE_CONTENT_DIR when set (fixture builds in the tests), as in content.config.ts.
const ORIGINALS = process.env['VTE_CONTENT_DIR']
  ? pathToFileURL(`${process.env['VTE_CONTENT_DIR']}/originals/`)
  : new URL('../../../content/originals/', import.meta.url);

export const GET: APIRoute = async ({ params }) => {
  const file = params['file'];
  if (!file) throw new Error('missing file name');
  let body: Buffer;
  try {
    body = await readFile(new URL(file, ORIGINALS));
  } catch (error) {
    throw new Error(
      `content/originals/${file}: the original named by a plan's "original" field cannot be read (${String(error)})`,
    );
  }
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
