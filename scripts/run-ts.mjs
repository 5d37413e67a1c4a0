// Loads one of this repository's TypeScript modules from a plain Node script. Node 20 cannot
// run TypeScript, and Vite (already here for the build) can: its module runner transforms the
// file and its imports on the fly, with no extra dependency and no build step.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Imports `file` (relative to the repository root) through Vite. */
export async function importTs(file) {
  const { module } = await runnerImport(`/${file}`, {
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
  });
  return module;
}
