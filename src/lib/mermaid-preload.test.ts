import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLOWCHART_MODULES } from './mermaid-preload';

const mermaidDist = path.resolve(import.meta.dirname, '../../node_modules/mermaid/dist');
const source = fs.readFileSync(path.resolve(import.meta.dirname, 'mermaid-preload.ts'), 'utf8');

function mermaidCode(): string {
  const chunks = path.join(mermaidDist, 'chunks/mermaid.core');
  return [
    fs.readFileSync(path.join(mermaidDist, 'mermaid.core.mjs'), 'utf8'),
    ...fs
      .readdirSync(chunks)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => fs.readFileSync(path.join(chunks, file), 'utf8')),
  ].join('\n');
}

describe('preloading the flowchart modules', () => {
  const code = mermaidCode();

  it.each(FLOWCHART_MODULES)('%s is a file that Mermaid itself imports lazily', (specifier) => {
    const file = path.basename(specifier);
    expect(fs.existsSync(path.join(mermaidDist, 'chunks/mermaid.core', file))).toBe(true);
    // Mermaid's own lazy import of the same file: otherwise the preload would fetch dead code.
    expect(code).toMatch(
      new RegExp(`import\\("\\./(chunks/mermaid\\.core/)?${file.replace(/\./g, '\\.')}"\\)`),
    );
  });

  it('imports every listed module, literally, so that the bundler resolves it', () => {
    for (const specifier of FLOWCHART_MODULES) expect(source).toContain(`import('${specifier}')`);
  });
});
