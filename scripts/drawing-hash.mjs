// The hash each built drawing records of its inputs (src/lib/mermaid-config.ts, drawingInputs):
// shared by `npm run render-diagrams`, which writes it, and the unit test that recomputes it.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The installed Mermaid: package.json pins it exactly, so this is the pinned version. */
export function installedMermaidVersion() {
  const file = path.join(ROOT, 'node_modules/mermaid/package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/** @param {string} inputs */
export function inputsHash(inputs) {
  return crypto.createHash('sha256').update(inputs).digest('hex');
}
