// Writes public/content.schema.json from the zod schema of content files, so editors can check a
// team's advisor.content.json as it is typed. Run after changing src/content/schema.ts or
// src/content/merge.ts; a unit test (scripts/content-tools.test.ts) fails while it is stale.
import fs from 'node:fs';
import path from 'node:path';
import { importTs, ROOT } from './run-ts.mjs';

const { contentJsonSchemaText } = await importTs('scripts/content-tools.ts');
const target = path.join(ROOT, 'public', 'content.schema.json');
fs.writeFileSync(target, contentJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
