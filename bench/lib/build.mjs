// Production builds of the app and of the baseline, through Vite's build API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_DIST = path.join(ROOT, 'dist');
export const BASELINE_CONFIG = path.join(ROOT, 'bench/baseline/vite.config.ts');
export const BASELINE_DIST = path.join(ROOT, 'bench/baseline/dist');
export const ROUTER_FLOOR_CONFIG = path.join(ROOT, 'bench/router-floor/vite.config.ts');
export const ROUTER_FLOOR_DIST = path.join(ROOT, 'bench/router-floor/dist');

/**
 * Vite makes a development build (React's development bundle, several times larger) whenever
 * NODE_ENV is set to anything but "production", and Vitest sets it to "test". Every build here
 * is measured as the production build users get, so NODE_ENV is "production" while it runs.
 * @template T
 * @param {() => Promise<T>} run
 * @returns {Promise<T>}
 */
async function asProduction(run) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await run();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/** @param {{ quiet?: boolean }} [options] */
export async function buildApp({ quiet = false } = {}) {
  await asProduction(() =>
    build({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: quiet ? 'warn' : 'info',
    }),
  );
  return APP_DIST;
}

/** @param {{ outDir?: string, quiet?: boolean }} [options] */
export function buildBaseline({ outDir = BASELINE_DIST, quiet = false } = {}) {
  return buildPage(BASELINE_CONFIG, outDir, quiet);
}

/**
 * The baseline plus TanStack Router: context for the targets, not one of them.
 * @param {{ outDir?: string, quiet?: boolean }} [options]
 */
export function buildRouterFloor({ outDir = ROUTER_FLOOR_DIST, quiet = false } = {}) {
  return buildPage(ROUTER_FLOOR_CONFIG, outDir, quiet);
}

/**
 * @param {string} configFile
 * @param {string} outDir
 * @param {boolean} quiet
 */
async function buildPage(configFile, outDir, quiet) {
  await asProduction(() =>
    build({
      configFile,
      mode: 'production',
      logLevel: quiet ? 'warn' : 'info',
      build: { outDir: path.resolve(outDir), emptyOutDir: true },
    }),
  );
  return path.resolve(outDir);
}
