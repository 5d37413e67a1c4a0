// Serves a production build on loopback for the benchmark and the budget tests, with the
// project's one static server (scripts/serve-static.mjs): plain files, no compression (byte
// counts come from the files themselves), and every measured load uses a fresh browser
// context whose cache starts empty anyway.
import path from 'node:path';
import { createStaticServer } from '../../scripts/serve-static.mjs';

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port). Fails, like `--strictPort`, when
 * the port is taken: a benchmark that silently measured another app would be worse than none.
 * @param {string} root
 * @param {number} port
 */
export function serveStatic(root, port) {
  const base = path.resolve(root);
  const server = createStaticServer({ dir: base });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        root: base,
        port: actual,
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}
