// A tiny static file server for end-to-end tests that need a build served the way a portal
// serves it: plain files, a real 404 for anything missing (no index.html fallback), any
// sub-path. Usage: node scripts/serve-dir.mjs <dir> [port]   (port 0 picks a free one)
// Prints "listening on http://127.0.0.1:<port>/" once it is ready.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function createStaticServer(dir) {
  const root = path.resolve(dir);
  return http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let file = path.join(root, pathname);
    // Never serve anything outside the directory.
    if (file !== root && !file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': stats.size,
        'cache-control': 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else fs.createReadStream(file).pipe(response);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = '0'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/serve-dir.mjs <dir> [port]');
    process.exit(2);
  }
  const server = createStaticServer(dir);
  server.listen(Number(port), '127.0.0.1', () => {
    const address = server.address();
    console.log(`listening on http://127.0.0.1:${address.port}/`);
  });
}
