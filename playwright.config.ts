import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import {
  APP_ORIGIN,
  BROWSER_HISTORY_BASE,
  BROWSER_HISTORY_DIR,
  BROWSER_HISTORY_ORIGIN,
  BROWSER_HISTORY_PORT,
  EXAMPLE_APP_URL,
  HOST_ORIGIN,
  HOST_PORT,
  SUBPATH,
  SUBPATH_ORIGIN,
  SUBPATH_PORT,
} from './e2e/servers';

// An unusual port with --strictPort: on a shared machine another app may hold the usual one,
// and reusing it would silently test that other app.
const port = Number(process.env.E2E_PORT ?? 4391);
const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // A whole journey (several page loads, axe scans of a page with the diagram drawn, a second
  // browser context) takes several times longer on a shared machine than on an idle one, so
  // its limit leaves that room; each single wait stays short, so a real hang still fails
  // quickly and says where.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /browser-history\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // The browser-history build (path URLs) under a sub-path: scripts/run-e2e.mjs builds it.
    {
      name: 'browser-history',
      testMatch: /browser-history\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `${BROWSER_HISTORY_ORIGIN}${BROWSER_HISTORY_BASE}`,
      },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    // A host page on another origin (examples/embed.html, pointed at the app under test), and
    // the build under a sub-path, as a docs portal would serve them.
    {
      command: `node scripts/serve-static.mjs --dir examples --port ${HOST_PORT} --replace ${EXAMPLE_APP_URL}=${APP_ORIGIN}/`,
      url: `${HOST_ORIGIN}/embed.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-static.mjs --dir dist --prefix ${SUBPATH} --port ${SUBPATH_PORT}`,
      url: `${SUBPATH_ORIGIN}${SUBPATH}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve-static.mjs --dir ${BROWSER_HISTORY_DIR} --prefix ${BROWSER_HISTORY_BASE} --port ${BROWSER_HISTORY_PORT} --spa`,
      url: `${BROWSER_HISTORY_ORIGIN}${BROWSER_HISTORY_BASE}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
