// Production builds of the app and of the baseline, through Vite's build API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APP_DIST = path.join(ROOT, 'dist');
export const BASELINE_CONFIG = path.join(ROOT, 'bench/baseline/vite.config.ts');
export const BASELINE_DIST = path.join(ROOT, 'bench/baseline/dist');

/** @param {{ quiet?: boolean }} [options] */
export async function buildApp({ quiet = false } = {}) {
  await build({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: quiet ? 'warn' : 'info',
  });
  return APP_DIST;
}

/** @param {{ outDir?: string, quiet?: boolean }} [options] */
export async function buildBaseline({ outDir = BASELINE_DIST, quiet = false } = {}) {
  await build({
    configFile: BASELINE_CONFIG,
    logLevel: quiet ? 'warn' : 'info',
    build: { outDir: path.resolve(outDir), emptyOutDir: true },
  });
  return path.resolve(outDir);
}
