/**
 * A static server for a built site on loopback, as a static host serves it: gzip for text (Pagefind's
 * own files are compressed already), `index.html` for a folder, the site's `404.html` with status
 * 404, the site under its base path (`/vi-tre-em/`), and optionally the headers its `_headers`
 * file sets. It counts the bytes it sends, for the budget and the search benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
/** Served as they are (Pagefind's index files and WebAssembly are compressed by Pagefind). */
const BINARY: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.png': 'image/png',
};

export interface SentFile {
  /** URL path as requested. */
  path: string;
  /** Bytes of the body on the wire (after gzip). */
  bytes: number;
  status: number;
}

export interface StaticServerOptions {
  /** The built site's folder (a function, to switch sites between runs). */
  root: () => string;
  /** The path the site is served under: "/" or "/vi-tre-em/". */
  base?: string;
  /** Send the headers the site's `_headers` file sets, as Netlify or Cloudflare Pages would. */
  headers?: boolean;
}

export function staticServer({ root, base = '/', headers = false }: StaticServerOptions) {
  const sent: SentFile[] = [];
  let rules: HeaderRule[] | undefined;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const site = root();
    const send = (status: number, file: string | undefined) => {
      const ext = file ? extname(file) : '';
      let body = file ? readFileSync(file) : Buffer.alloc(0);
      const head: Record<string, string> = {
        'content-type': TYPES[ext] ?? BINARY[ext] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (TYPES[ext]) {
        body = gzipSync(body);
        head['content-encoding'] = 'gzip';
      }
      if (headers) {
        rules ??= existsSync(join(site, '_headers'))
          ? parseHeadersFile(readFileSync(join(site, '_headers'), 'utf8'), join(site, '_headers'))
          : [];
        // The rules name paths from the site's root, as a host serving it at a domain's root does.
        for (const [name, value] of headersFor(rules, `/${path.slice(base.length)}`)) head[name] = value;
      }
      sent.push({ path, bytes: body.length, status });
      res.writeHead(status, head).end(body);
    };
    const inside = path.startsWith(base) ? normalize(join(site, path.slice(base.length))) : undefined;
    let file = inside && (inside === site || inside.startsWith(site + sep)) ? inside : undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (file && existsSync(file)) send(200, file);
    else send(404, existsSync(join(site, '404.html')) ? join(site, '404.html') : undefined);
  });
  return {
    sent,
    /** Starts listening on a free loopback port and gives its number. */
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
