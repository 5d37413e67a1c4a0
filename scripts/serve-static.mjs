// The project's one static file server (node:http only): for trying the build where it will
// really live (under a sub-path of another site, or as a host page on another origin), and for
// the end-to-end tests and the benchmark, which import createStaticServer.
//
//   node scripts/serve-static.mjs --dir dist --prefix /portal/tools/advisor/ --port 4416
//   node scripts/serve-static.mjs --dir examples --port 4415 \
//     --replace http://127.0.0.1:4317/=http://127.0.0.1:4391/
//
// --prefix   serve the directory under this path only (everything else is 404)
// --replace  FROM=TO, rewritten in HTML responses (points the example page at another app)
// --spa      answer unknown paths under the prefix with index.html (browser-history builds)
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

function normalizePrefix(prefix) {
  let value = prefix || '/';
  if (!value.startsWith('/')) value = `/${value}`;
  if (!value.endsWith('/')) value = `${value}/`;
  return value;
}

/**
 * @param {{ dir: string, prefix?: string, replace?: [string, string][], spa?: boolean }} options
 * @returns {http.Server}
 */
export function createStaticServer({ dir, prefix = '/', replace = [], spa = false }) {
  const root = path.resolve(dir);
  const base = normalizePrefix(prefix);

  async function readFile(relative) {
    const file = path.resolve(root, relative);
    // Never outside the served directory, whatever the URL says.
    if (file !== root && !file.startsWith(root + path.sep)) return undefined;
    try {
      const stat = await fs.stat(file);
      const target = stat.isDirectory() ? path.join(file, 'index.html') : file;
      return { file: target, body: await fs.readFile(target) };
    } catch {
      return undefined;
    }
  }

  return http.createServer((request, response) => {
    void (async () => {
      const send = (status, body, headers = {}) => {
        response.writeHead(status, { 'cache-control': 'no-store', ...headers });
        response.end(request.method === 'HEAD' ? undefined : body);
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(405, 'Method not allowed', { allow: 'GET, HEAD' });
        return;
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      } catch {
        send(400, 'Bad request');
        return;
      }
      if (pathname.includes('\0')) {
        send(400, 'Bad request');
        return;
      }
      // `/portal/tools/advisor` -> `/portal/tools/advisor/`: relative asset URLs need the slash.
      if (`${pathname}/` === base) {
        send(301, '', { location: base });
        return;
      }
      if (!pathname.startsWith(base)) {
        send(404, 'Not found');
        return;
      }
      const relative = pathname.slice(base.length);
      let found = await readFile(relative);
      if (!found && spa && !path.extname(relative)) found = await readFile('index.html');
      if (!found) {
        send(404, 'Not found');
        return;
      }
      const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
      let body = found.body;
      if (type.startsWith('text/html') && replace.length > 0) {
        let text = body.toString('utf8');
        for (const [from, to] of replace) text = text.replaceAll(from, to);
        body = Buffer.from(text, 'utf8');
      }
      send(200, body, { 'content-type': type, 'x-content-type-options': 'nosniff' });
    })();
  });
}

function parseArgs(argv) {
  const options = { dir: '.', prefix: '/', port: 4317, host: '127.0.0.1', replace: [], spa: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = () => {
      const value = argv[(i += 1)];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--dir') options.dir = next();
    else if (arg === '--prefix') options.prefix = next();
    else if (arg === '--port') options.port = Number(next());
    else if (arg === '--host') options.host = next();
    else if (arg === '--spa') options.spa = true;
    else if (arg === '--replace') {
      const value = next();
      const at = value.indexOf('=');
      if (at <= 0) throw new Error('--replace needs FROM=TO');
      options.replace.push([value.slice(0, at), value.slice(at + 1)]);
    } else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const server = createStaticServer(options);
  server.listen(options.port, options.host, () => {
    const prefix = normalizePrefix(options.prefix);
    // The port the system gave, when --port 0 asked for any free one.
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    console.log(`Serving ${options.dir} at http://${options.host}:${port}${prefix}`);
  });
}
