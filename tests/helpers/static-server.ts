/**
 * A static file server for built sites, as a static host serves them: `dir/index.html` for
 * `dir/`, the site's 404.html with status 404 for anything missing, files only under the base
 * path, `Vary: Origin` on every answer as many hosts send it (`astro preview`, CORS setups).
 * Listens on loopback only. `holds`: how long it holds a request for a path before answering
 * (ms; undefined: not at all), as a connection that stalls.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.opml': 'text/x-opml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

export interface StaticServer {
  origin: string;
  /** Bytes sent per request path, for measuring what a page load transfers. */
  transferred: Map<string, number>;
  close(): Promise<void>;
}

export interface ServeOptions {
  holds?: (pathname: string) => number | undefined;
}

export async function serveStatic(root: string, base = '/', { holds }: ServeOptions = {}): Promise<StaticServer> {
  const transferred = new Map<string, number>();
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const send = async (path: string) => {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) return send(join(path, 'index.html'));
    return info?.isFile()
      ? { body: await readFile(path), type: TYPES[extname(path)] ?? 'application/octet-stream' }
      : undefined;
  };
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const held = holds?.(pathname);
    if (held !== undefined) await new Promise((resolve) => setTimeout(resolve, held));
    const inside = pathname.startsWith(prefix) ? normalize(pathname.slice(prefix.length)) : undefined;
    const file = inside !== undefined && !inside.startsWith('..') ? await send(join(root, inside)) : undefined;
    const page = file ?? (await send(join(root, '404.html')));
    response.writeHead(file ? 200 : 404, { 'Content-Type': page?.type ?? 'text/plain', Vary: 'Origin' });
    response.end(page?.body ?? 'Not found');
    transferred.set(pathname, (transferred.get(pathname) ?? 0) + (page?.body.length ?? 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    transferred,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
