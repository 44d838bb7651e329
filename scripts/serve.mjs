// A small static server for the built site: used by `make serve` and by the end-to-end tests.
// Serves one folder on 127.0.0.1 only, with the right types for wasm, and nothing else.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Starts serving `root`; resolves to the http.Server once it listens. Port 0 picks a free one.
 *  `headers(path)` may add response headers per request (a CSP, say). With `gzip`, bodies are
 *  sent gzip-compressed (level 9) to clients that accept it, as a real host would. Tests only:
 *  `files` serves extra files by path (`{ '/x.js': 'text' }`) beside `root`, and `inject` is
 *  HTML put first in the `<head>` of every HTML page served (a recorder of page errors, say);
 *  `routes` answers requests for some paths itself (`{ '/endpoint': (req, res) => ... }`, a
 *  consultant's form endpoint, say). */
export function serve(root, { port = 0, headers = () => ({}), gzip = false, files = {}, inject = '', routes = {} } = {}) {
  const base = resolve(root);
  // Compressed once per file and size, so the compression never shows up in a timing.
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (Object.hasOwn(routes, url.pathname)) return await routes[url.pathname](req, res);
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if (Object.hasOwn(files, url.pathname)) path = join(base, url.pathname);
      else if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      let body = Object.hasOwn(files, url.pathname) ? Buffer.from(files[url.pathname]) : await readFile(path);
      if (inject && extname(path) === '.html') {
        body = Buffer.from(body.toString('utf8').replace(/<head[^>]*>/i, (head) => head + inject));
      }
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (compress) {
        const key = `${path}:${body.length}`;
        if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
        body = compressed.get(key);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers(url.pathname),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain' });
      res.end(error.code === 'ENOENT' ? 'not found' : 'server error');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const server = await serve(root, { port });
  console.log(`Client Fit is served from ${root}/ at http://127.0.0.1:${server.address().port}/ (Ctrl+C stops it)`);
}
