// The browser-history build (`VITE_HISTORY=browser`, path URLs) served under a sub-path by a
// static server that answers unknown paths with index.html, as README's "Browser history"
// option asks of a host. Its own Playwright project; scripts/run-e2e.mjs builds it.
import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DiagramPage } from './diagram-page';
import { BROWSER_HISTORY_BASE, BROWSER_HISTORY_ORIGIN } from './servers';
import { WizardPage } from './wizard-page';

const BASE = `${BROWSER_HISTORY_ORIGIN}${BROWSER_HISTORY_BASE}`;

declare global {
  interface Window {
    /** The page background of each of the first frames, recorded before any of the app ran. */
    firstFrames?: string[];
  }
}

/**
 * Records the page's background colour in each of its first frames: a requestAnimationFrame
 * callback runs just before a frame is painted, so the first entry is what the first paint
 * shows. The body's background is the canvas's; before the body exists the root's is.
 */
async function recordFirstFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: string[] = [];
    window.firstFrames = frames;
    const record = () => {
      // Before the body is parsed, document.body is null (its type says otherwise).
      const element = (document.body as HTMLElement | null) ?? document.documentElement;
      frames.push(getComputedStyle(element).backgroundColor);
      if (frames.length < 20) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
}

/** Relative luminance of a CSS `rgb(…)` colour, 0 (black) to 1 (white). */
function luminance(colour: string): number {
  const channels = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (!channels) throw new Error(`not an rgb() colour: ${colour}`);
  const [r, g, b] = channels.slice(1, 4).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const DARK_LINKS = {
  // The form embed.js and older links use: main.tsx turns the hash into a path at start-up.
  'a hash link': `${BASE}#/wizard?tree=guide&resource_constrained=yes&lang=en&theme=dark`,
  'a path link': `${BASE}wizard?tree=guide&resource_constrained=yes&lang=en&theme=dark`,
};

for (const [kind, link] of Object.entries(DARK_LINKS)) {
  test(`${kind} with theme=dark shows the dark theme from the first frame, and a dark diagram`, async ({
    page,
  }) => {
    // The system says light: only the link can make the page dark.
    await page.emulateMedia({ colorScheme: 'light' });
    await recordFirstFrames(page);
    await page.goto(link);

    const wizard = new WizardPage(page);
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${BROWSER_HISTORY_BASE}wizard`);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('theme')).toBe('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(background)).toBeLessThan(0.1);
    await expect.poll(() => page.evaluate(() => window.firstFrames?.length ?? 0)).toBe(20);
    const frames = await page.evaluate(() => window.firstFrames ?? []);
    // A frame before the stylesheet has a transparent body: the canvas then follows the page's
    // color-scheme, which is not a colour this test can read, so only painted colours count.
    const painted = frames.filter((colour) => !colour.startsWith('rgba(0, 0, 0, 0)'));
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.filter((colour) => colour !== background)).toEqual([]);

    const diagram = new DiagramPage(page);
    await diagram.waitForDrawing();
    await expect(diagram.drawing).toHaveAttribute('id', /-en-dark-/);
    const box = diagram.node('strong_isolation').locator('.label-container').first();
    const boxFill = await box.evaluate((element) => getComputedStyle(element).fill);
    expect(luminance(boxFill)).toBeLessThan(0.1);
    const label = diagram.node('strong_isolation');
    const labelColour = await label.evaluate((element) => {
      const text = element.querySelector('.nodeLabel, text') ?? element;
      return getComputedStyle(text).color;
    });
    expect(luminance(labelColour)).toBeGreaterThan(0.5);
  });
}

test.describe('links made on the page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Back, Copy link, the decision record and the comparison all keep the base path', async ({
    page,
    browser,
  }) => {
    await page.goto(`${BASE}wizard?tree=guide&lang=en`);
    const wizard = new WizardPage(page);
    await wizard.answer('No');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
    await wizard.answer('No');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'gpu');
    await page.goBack();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
    expect(new URL(page.url()).pathname).toBe(`${BROWSER_HISTORY_BASE}wizard`);
    await wizard.answer('No');
    await wizard.answer('Yes');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
    const address = page.url();
    expect(address.startsWith(`${BASE}wizard?`)).toBe(true);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(address);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      wizard.result.getByRole('button', { name: 'Download decision record' }).click(),
    ]);
    const record = await fs.readFile(await download.path(), 'utf8');
    expect(record.trimEnd().endsWith(`<${address}>`)).toBe(true);

    const compare = wizard.result.getByRole('link', { name: /^Compare/ });
    const compareHref = await compare.getAttribute('href');
    expect(compareHref?.startsWith(`${BROWSER_HISTORY_BASE}compare?`)).toBe(true);

    // A fresh visitor's server answers the deep path with index.html; the link opens the result.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(copied);
    await expect(new WizardPage(other).result).toHaveAttribute('data-runtime', 'wasmedge');
    await fresh.close();
  });
});
