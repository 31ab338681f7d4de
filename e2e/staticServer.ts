import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** A static host for a test: one folder at a time, at one loopback address that never changes. */
export interface StaticServer {
  url: string;
  /** Serves `folder` from now on, as a deploy replaces a site's files. */
  serve(folder: string): void;
  close(): Promise<void>;
}

/**
 * Serves files from the current folder, with no caching headers (as a plain static host does),
 * only on 127.0.0.1 and only inside the folder. A path ending in `/` is its index.html.
 */
export async function startStaticServer(folder: string): Promise<StaticServer> {
  let root = folder;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections open; a test ends them rather than waiting.
        server.closeAllConnections();
      }),
  };
}
