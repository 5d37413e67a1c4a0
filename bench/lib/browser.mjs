// Headless Chromium for the benchmark and the budget tests: the same browser lookup and launch
// flags as the end-to-end tests (scripts/find-chromium.mjs, playwright.config.ts), so that it
// runs as root, never downloads a browser and never reaches the network.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../../scripts/find-chromium.mjs';

export { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM };

export async function launchChromium() {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
