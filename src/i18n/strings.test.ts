// Every string table (any module under src/ whose name contains "strings": `strings.ts` beside
// each feature, and tables such as `result-strings.ts`) has the same keys in English and
// Chinese, no empty strings, and Chinese that is actually Chinese.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StringTable, Strings } from './index';

const STRING_MODULE = /strings.*\.ts$/;
const modules = import.meta.glob<Record<string, unknown>>(
  ['../**/*strings*.ts', '!../**/*.test.ts'],
  { eager: true },
);

/** The same files found on disk, so a table the glob above missed fails the test. */
function stringModulesOnDisk(): string[] {
  const src = path.resolve(import.meta.dirname, '..');
  return fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => STRING_MODULE.test(path.basename(file)) && !file.endsWith('.test.ts'))
    .map((file) => {
      // Named as import.meta.glob names them: relative to this file.
      const relative = path.relative(import.meta.dirname, path.join(src, file));
      const posix = relative.split(path.sep).join('/');
      return posix.startsWith('.') ? posix : `./${posix}`;
    })
    .sort();
}

function isStrings(value: unknown): value is Strings<StringTable> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'en' in value &&
    'zh' in value &&
    typeof value.en === 'object' &&
    typeof value.zh === 'object'
  );
}

const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Strings<StringTable>] => isStrings(entry[1]))
    .map(([name, strings]) => ({ id: `${file}#${name}`, strings })),
);

// Strings that are the same in both languages on purpose (names, symbols, placeholders only).
const LANGUAGE_NEUTRAL =
  /^[\s\d{}()[\]<>/.,:;!?·•–—+\-=#%&*'"“”‘’|@^~`$\\A-Z]*$|^(WasmEdge|gVisor|runc|Kata|YAML|TOML|bash|SVG|PNG|JSON|Markdown|ctr|K3s|GPU|ms|MB|Kubernetes|RuntimeClass|Pod$|containerd)/;

describe('UI strings', () => {
  it('finds every string module, and each has at least one en + zh table', () => {
    const files = Object.keys(modules).sort();
    expect(files).toEqual(stringModulesOnDisk());
    expect(files).toContain('../features/wizard/result-strings.ts');
    for (const file of files) {
      expect(
        tables.some(({ id }) => id.startsWith(`${file}#`)),
        `${file} exports no table`,
      ).toBe(true);
    }
  });

  for (const { id, strings } of tables) {
    it(`${id}: same keys in en and zh, none empty`, () => {
      expect(Object.keys(strings.zh).sort()).toEqual(Object.keys(strings.en).sort());
      for (const [key, value] of [...Object.entries(strings.en), ...Object.entries(strings.zh)]) {
        expect(typeof value === 'string' && value.trim().length > 0, `${key} is empty`).toBe(true);
      }
    });

    it(`${id}: Chinese strings are translated`, () => {
      const untranslated = Object.entries(strings.zh).filter(
        ([key, zh]) =>
          // Placeholders ({question}) are not words to translate.
          /[a-z]{3,}/i.test(zh.replace(/\{\w+\}/g, '')) &&
          !/[\u3400-\u9fff]/.test(zh) &&
          zh === strings.en[key] &&
          !LANGUAGE_NEUTRAL.test(zh),
      );
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });

    it(`${id}: placeholders match between languages`, () => {
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, en] of Object.entries(strings.en)) {
        expect(placeholders(strings.zh[key] ?? ''), key).toEqual(placeholders(en));
      }
    });
  }
});
