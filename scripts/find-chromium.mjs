// Finds a Chromium for Playwright without downloading one (these machines cannot reach
// browser download hosts). Order: $CHROMIUM_PATH, the system's Chromium, Playwright's own.
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Launch flags for every Chromium the project starts (end-to-end tests, benchmarks, budget
 * tests): it runs as root in containers, and must never reach the network on its own.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of CANDIDATES) if (fs.existsSync(candidate)) return candidate;
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // Playwright without a bundled browser: fall through to the instructions.
  }
  return undefined;
}

export const HOW_TO_GET_CHROMIUM = `No Chromium found for the end-to-end tests.
Install one of these, then run the tests again:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium
  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary
  - or, where the Playwright CDN is reachable:  npx playwright install chromium`;
