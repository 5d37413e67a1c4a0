// Ports and origins of the servers the end-to-end tests run against. The app is on E2E_PORT;
// the embed tests need a host page on another origin, the sub-path test the build under a
// prefix, the browser-history project its own build. All derive from E2E_PORT so that parallel
// runs on one machine do not collide.
export const APP_PORT = Number(process.env.E2E_PORT ?? 4391);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? APP_PORT + 10);
export const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? APP_PORT + 11);
export const BROWSER_HISTORY_PORT = Number(process.env.E2E_BROWSER_HISTORY_PORT ?? APP_PORT + 12);

export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;
export const SUBPATH_ORIGIN = `http://127.0.0.1:${SUBPATH_PORT}`;
export const SUBPATH = '/portal/tools/advisor/';

// The browser-history build (`VITE_HISTORY=browser`, path URLs), built by scripts/run-e2e.mjs
// with this base into its own folder and served with index.html for unknown paths.
export const BROWSER_HISTORY_ORIGIN = `http://127.0.0.1:${BROWSER_HISTORY_PORT}`;
export { BROWSER_HISTORY_BASE, BROWSER_HISTORY_DIR } from '../scripts/browser-history-build.mjs';

/** The address examples/embed.html names for the app (`npm start`); the host server rewrites it. */
export const EXAMPLE_APP_URL = 'http://127.0.0.1:4317/';
