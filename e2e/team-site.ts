// A test whose pages come from a copy of the production build with a team's content file beside
// it (`advisor.content.json`), served on a free port for the worker: for trees that only a
// team's file can bring (hundreds of nodes, generated shapes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../scripts/serve-static.mjs';
import { test as base } from './fixtures';

export function testWithTeamContent(content: () => unknown) {
  return base.extend<object, { site: string }>({
    site: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-team-'));
        fs.cpSync(path.resolve('dist'), root, { recursive: true });
        fs.writeFileSync(path.join(root, 'advisor.content.json'), JSON.stringify(content()));
        const server = createStaticServer({ dir: root });
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', resolve);
        });
        const address = server.address();
        if (address === null || typeof address === 'string') throw new Error('no port');
        await use(`http://127.0.0.1:${String(address.port)}/`);
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        fs.rmSync(root, { recursive: true, force: true });
      },
      { scope: 'worker' },
    ],
    baseURL: async ({ site }, use) => {
      await use(site);
    },
  });
}
