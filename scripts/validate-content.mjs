// npm run validate-content -- <file> [more files]
// Checks content files exactly as the app does at start-up: the schema, then the file merged
// over the built-in content with the integrity checks. Prints each problem with its JSON path
// (and node id), and exits 1 if any file is invalid, 0 if all are valid, 2 on wrong usage.
import path from 'node:path';
import { importTs } from './run-ts.mjs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate-content -- <advisor.content.json> [more files]');
  process.exit(2);
}

const { validateContentFile } = await importTs('scripts/content-tools.ts');
// npm runs scripts from the package root; paths on the command line are meant from where the
// user typed them.
const base = process.env.INIT_CWD ?? process.cwd();
let failed = false;
for (const file of files) {
  const report = validateContentFile(path.resolve(base, file));
  const print = report.ok ? console.log : console.error;
  for (const line of report.lines) print(`${file}: ${line}`);
  if (!report.ok) failed = true;
}
process.exit(failed ? 1 : 0);
