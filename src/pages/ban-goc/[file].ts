import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/content';
import { contentPath } from '../../lib/content-dir';

/** The original text of each plan, byte for byte, offered as a download. */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.plans.map((plan) => ({ params: { file: plan.data.original } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = params['file'];
  if (!file) throw new Error('missing file name');
  const path = contentPath('originals', file);
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    throw new Error(`${path}: the original named by a plan's "original" field cannot be read (${String(error)})`);
  }
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
