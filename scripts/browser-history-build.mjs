// The browser-history build the end-to-end suite's `browser-history` project runs against:
// path URLs (`VITE_HISTORY=browser`) under a sub-path (`--base`), in its own folder so that
// dist/ stays the default hash-history build every other test uses.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BROWSER_HISTORY_BASE = '/docs/advisor/';
export const BROWSER_HISTORY_DIR = 'dist-browser-history';

function modified(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : undefined;
}

/**
 * Builds it unless it is newer than dist/ (which `npm run build` has just made from the same
 * sources): a run of a single spec then does not pay for a second build each time.
 * @returns {boolean} whether the build is there
 */
export function ensureBrowserHistoryBuild() {
  const built = modified(path.join(BROWSER_HISTORY_DIR, 'index.html'));
  const main = modified(path.join('dist', 'index.html'));
  if (built !== undefined && main !== undefined && built >= main) return true;
  console.log(`Building the browser-history variant into ${BROWSER_HISTORY_DIR}/ …`);
  const result = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--logLevel',
      'warn',
      '--base',
      BROWSER_HISTORY_BASE,
      '--outDir',
      BROWSER_HISTORY_DIR,
      '--emptyOutDir',
    ],
    { stdio: 'inherit', env: { ...process.env, VITE_HISTORY: 'browser' } },
  );
  return result.status === 0;
}
