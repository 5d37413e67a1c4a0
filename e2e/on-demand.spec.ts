// Code that only an interaction needs (the decision record's writer, the embed dialog, the
// diagram's export) loads when the reader asks for it, and the result's deployment snippets when
// the reader scrolls to them. These tests block each chunk, as after a redeploy that removed it,
// and check that the page says so in words and keeps its state.
import type { Page } from '@playwright/test';
import { expect, test, type Guards } from './fixtures';
import { WizardPage } from './wizard-page';

const RESULT = 'tree=guide&resource_constrained=yes&strong_isolation=no&lang=en';

/** Blocks a chunk for good; the app may spend its one guarded reload on it. */
async function blockChunk(page: Page, guards: Guards, name: string): Promise<() => number> {
  guards.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
  let blocked = 0;
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    blocked += 1;
    await route.fulfill({ status: 404, body: 'gone' });
  });
  return () => blocked;
}

test('the decision record: a missing chunk gives a message and a reload button, state kept', async ({
  page,
  guards,
}) => {
  const blocked = await blockChunk(page, guards, 'decision-record');
  const wizard = new WizardPage(page);
  await wizard.open(RESULT);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  const message = wizard.result.getByRole('alert');
  await expect(async () => {
    await wizard.result.getByRole('button', { name: 'Download decision record' }).click();
    await expect(message).toContainText('could not be prepared', { timeout: 1500 });
  }).toPass({ timeout: 15_000 });
  expect(blocked()).toBeGreaterThan(0);
  await expect(message.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // Copy fails the same way, and never claims a copy that did not happen.
  await wizard.result.getByRole('button', { name: 'Copy decision record' }).click();
  await expect(message).toContainText('could not be prepared');
  await expect(wizard.result.getByRole('button', { name: 'Copied' })).toHaveCount(0);
  await expect(
    wizard.result.getByRole('button', { name: 'Copy decision record' }),
  ).not.toHaveAttribute('aria-busy');
  expect(wizard.searchParams().toString()).toBe(RESULT);
});

test('the embed dialog: a missing chunk gives a message, and no dialog opens', async ({
  page,
  guards,
}) => {
  const blocked = await blockChunk(page, guards, 'embed-dialog');
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=no&lang=zh');
  await expect(async () => {
    await page.getByRole('button', { name: '嵌入' }).click();
    await expect(page.getByRole('status').filter({ hasText: '无法加载嵌入选项' })).toBeVisible({
      timeout: 1500,
    });
  }).toPass({ timeout: 15_000 });
  expect(blocked()).toBeGreaterThan(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
});

test('diagram export: a missing chunk gives a message, and the diagram stays', async ({
  page,
  guards,
}) => {
  const blocked = await blockChunk(page, guards, 'export');
  const wizard = new WizardPage(page);
  await wizard.open(RESULT);
  const panel = page.getByTestId('decision-diagram');
  await expect(panel.locator('svg [data-node-id]').first()).toBeAttached();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await expect(async () => {
    await panel.getByRole('button', { name: 'Download the diagram as SVG' }).click();
    await expect(panel.getByRole('status')).toContainText('download could not start', {
      timeout: 1500,
    });
  }).toPass({ timeout: 15_000 });
  expect(blocked()).toBeGreaterThan(0);
  expect(downloads).toBe(0);
  await expect(panel.locator('svg [data-node-id]').first()).toBeAttached();
  expect(wizard.searchParams().toString()).toBe(RESULT);
});

test('the deployment snippets: a missing chunk gives a message in their place, state kept', async ({
  page,
  guards,
}) => {
  const blocked = await blockChunk(page, guards, 'runtime-snippets');
  const wizard = new WizardPage(page);
  await wizard.open(RESULT);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  const pending = page.locator('.runtime-snippets-pending');
  await expect(async () => {
    await pending.scrollIntoViewIfNeeded();
    await expect(pending.getByRole('status')).toContainText('could not be loaded', {
      timeout: 1500,
    });
  }).toPass({ timeout: 15_000 });
  expect(blocked()).toBeGreaterThan(0);
  await expect(pending).toHaveAttribute('aria-busy', 'false');
  await expect(pending.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(wizard.result).toBeVisible();
  expect(wizard.searchParams().toString()).toBe(RESULT);
});
