// A test whose pages come from a copy of the production build with a team's content file beside
// it (`advisor.content.json`), served on a free port for the worker: for trees that only a
// team's file can bring (hundreds of nodes, generated shapes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from '../bench/lib/serve.mjs';
import { test as base } from './fixtures';

export function testWithTeamContent(content: () => unknown) {
  return base.extend<object, { site: string }>({
    site: [
      // eslint-disable-next-line no-empty-pattern
      async ({}, use) => {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-team-'));
        fs.cpSync(path.resolve('dist'), root, { recursive: true });
        fs.writeFileSync(path.join(root, 'advisor.content.json'), JSON.stringify(content()));
        const site = await serveStatic(root, 0);
        await use(site.url);
        await site.close();
        fs.rmSync(root, { recursive: true, force: true });
      },
      { scope: 'worker' },
    ],
    baseURL: async ({ site }, use) => {
      await use(site);
    },
  });
}
