// Runtime names as a team may write them: the example's "Kata Containers + Firecracker" badge,
// and a 4,000-character name without a space. No page scrolls sideways at phone width.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const EXAMPLE = fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8');

function withName(name: string): string {
  const file = JSON.parse(EXAMPLE) as { runtimes: { name: { en: string; zh: string } }[] };
  const runtime = file.runtimes[0];
  if (runtime) runtime.name = { en: name, zh: name };
  return JSON.stringify(file);
}

const PAGES = [
  '#/wizard?tree=acme_platform&customer_code=yes&needs_gpu=no&per_request=yes&lang=en',
  '#/compare?highlight=kata_fc&lang=en',
  '#/runtimes/kata_fc?lang=en',
  '#/runtimes?lang=en',
  '#/matrix?lang=en',
];

async function overflowAt360(page: Page, body: string): Promise<string[]> {
  await page.route('**/advisor.content.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.setViewportSize({ width: 360, height: 800 });
  const wide: string[] = [];
  for (const hash of PAGES) {
    await page.goto(`./${hash}`);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.getByTestId('content-errors')).toHaveCount(0);
    // Wait for what loads late (charts, snippets placeholder) to have its size.
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) wide.push(`${hash}: ${String(overflow)} px`);
  }
  return wide;
}

test('the example’s runtime fits at 360 px on every page', async ({ page }) => {
  test.slow();
  expect(await overflowAt360(page, EXAMPLE)).toEqual([]);
});

test('a 4,000-character runtime name wraps instead of widening any page', async ({ page }) => {
  test.slow();
  expect(await overflowAt360(page, withName('K'.repeat(4000)))).toEqual([]);
});
