// @vitest-environment jsdom
// theme-init.js sets the theme before the first paint; the app then sets it again through
// applyInitialTheme. They must agree, or the page would switch theme once the app starts.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveTheme, type Theme, type ThemeChoice } from './theme';

const script = fs.readFileSync(path.resolve(import.meta.dirname, './theme-init.js'), 'utf8');

function runScript(): string | undefined {
  delete document.documentElement.dataset.theme;
  // The file as the browser runs it: a classic script in the page's global scope.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running that file is the test
  const run = new Function(script) as () => void;
  run();
  return document.documentElement.dataset.theme;
}

function setSystem(theme: Theme): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(prefers-color-scheme: dark)' && theme === 'dark',
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

const URL_CHOICES: (ThemeChoice | 'bogus' | undefined)[] = [
  'light',
  'dark',
  'auto',
  'bogus',
  undefined,
];
const STORED: (ThemeChoice | 'bogus' | undefined)[] = ['light', 'dark', 'auto', 'bogus', undefined];
const SYSTEMS: Theme[] = ['light', 'dark'];
const ADDRESSES = {
  hash: (theme: string) => `/#/wizard?tree=guide&theme=${theme}&lang=en`,
  path: (theme: string) => `/docs/advisor/wizard?tree=guide&theme=${theme}`,
};

const isChoice = (value: string | undefined): value is ThemeChoice =>
  value === 'light' || value === 'dark' || value === 'auto';

describe('theme-init.js', () => {
  for (const [form, address] of Object.entries(ADDRESSES)) {
    it(`resolves as the app does, for a ${form} link`, () => {
      for (const urlChoice of URL_CHOICES) {
        for (const stored of STORED) {
          for (const system of SYSTEMS) {
            window.history.replaceState(null, '', urlChoice ? address(urlChoice) : '/');
            window.localStorage.clear();
            if (stored) window.localStorage.setItem('runtime-advisor:theme', stored);
            setSystem(system);
            const storedChoice = isChoice(stored) ? stored : 'auto';
            const expected = resolveTheme(isChoice(urlChoice) ? urlChoice : storedChoice, system);
            expect(runScript(), JSON.stringify({ urlChoice, stored, system })).toBe(expected);
          }
        }
      }
    });
  }

  it('still sets a theme when storage cannot be read', () => {
    setSystem('dark');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('denied');
    });
    expect(runScript()).toBe('dark');
  });
});
