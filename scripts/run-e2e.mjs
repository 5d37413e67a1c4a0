// Runs the Playwright suite against the production build with a Chromium found on this
// machine, or explains how to get one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './find-chromium.mjs';
import { ensureBrowserHistoryBuild } from './browser-history-build.mjs';

const executable = await findChromium();
if (!executable) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
if (!fs.existsSync('dist/index.html')) {
  console.error('No production build in dist/. Run `npm run build` first (npm test does).');
  process.exit(1);
}
if (!ensureBrowserHistoryBuild()) {
  console.error('The browser-history build failed; its project cannot run.');
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: executable },
});
process.exit(result.status ?? 1);
