// Code that only an interaction needs (the decision record's writer, the embed dialog, the
// diagram's export) loads when the reader asks for it, and the result's deployment snippets when
// the reader scrolls to them. These tests block each chunk, as after a redeploy that removed it,
// and check that the page says so in words and keeps its state.
import type { Page } from '@playwright/test';
import { expect, test, type Guards } from './fixtures';
import { SnippetsSection } from './snippets-page';
import { WizardPage } from './wizard-page';

const RESULT = 'tree=guide&resource_constrained=yes&strong_isolation=no&lang=en';

/**
 * Blocks a chunk, as a redeploy that removed it would; the same index.html stays on the server,
 * so no reload could help and none may happen. `unblock` brings the file back.
 */
async function blockChunk(
  page: Page,
  guards: Guards,
  name: string,
): Promise<{ blocked: () => number; unblock: () => void; loads: () => number }> {
  guards.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
  let blocked = 0;
  let open = false;
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    if (open) return route.fallback();
    blocked += 1;
    await route.fulfill({ status: 404, body: 'gone' });
  });
  return {
    blocked: () => blocked,
    unblock: () => {
      open = true;
    },
    loads: () => loads,
  };
}

test('the decision record: a missing chunk gives a message and a Retry, state kept, no reload', async ({
  page,
  guards,
}) => {
  const chunk = await blockChunk(page, guards, 'decision-record');
  const wizard = new WizardPage(page);
  await wizard.open(RESULT);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  const message = wizard.result.getByRole('alert');
  await wizard.result.getByRole('button', { name: 'Download decision record' }).click();
  await expect(message).toContainText('could not be prepared');
  expect(chunk.blocked()).toBeGreaterThan(0);
  // Copy fails the same way, and never claims a copy that did not happen.
  await wizard.result.getByRole('button', { name: 'Copy decision record' }).click();
  await expect(message).toContainText('could not be prepared');
  await expect(wizard.result.getByRole('button', { name: 'Copied' })).toHaveCount(0);
  await expect(
    wizard.result.getByRole('button', { name: 'Copy decision record' }),
  ).not.toHaveAttribute('aria-busy');
  expect(wizard.searchParams().toString()).toBe(RESULT);
  // Back online: Retry loads the writer in place, and the message goes.
  chunk.unblock();
  await message.getByRole('button', { name: 'Try again' }).click();
  await expect(message).toHaveCount(0);
  const download = page.waitForEvent('download');
  await wizard.result.getByRole('button', { name: 'Download decision record' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.md$/);
  expect(chunk.loads()).toBe(1);
});

test('the embed dialog: a missing chunk gives a message, and no dialog opens; hovering never reloads', async ({
  page,
  guards,
}) => {
  const chunk = await blockChunk(page, guards, 'embed-dialog');
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=no&lang=zh');
  const embed = page.getByRole('button', { name: '嵌入' });
  await embed.hover();
  await expect.poll(chunk.blocked).toBeGreaterThan(0);
  await embed.click();
  await expect(page.getByRole('status').filter({ hasText: '无法加载嵌入选项' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  expect(chunk.loads()).toBe(1);
  // The button itself tries again.
  chunk.unblock();
  await embed.click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('diagram export: a missing chunk gives a message, and the diagram stays', async ({
  page,
  guards,
}) => {
  const chunk = await blockChunk(page, guards, 'export');
  const wizard = new WizardPage(page);
  await wizard.open(RESULT);
  const panel = page.getByTestId('decision-diagram');
  await expect(panel.locator('svg [data-node-id]').first()).toBeAttached();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await panel.getByRole('button', { name: 'Download the diagram as SVG' }).click();
  await expect(panel.getByRole('status')).toContainText('download could not start');
  expect(chunk.blocked()).toBeGreaterThan(0);
  expect(downloads).toBe(0);
  await expect(panel.locator('svg [data-node-id]').first()).toBeAttached();
  expect(wizard.searchParams().toString()).toBe(RESULT);
  expect(chunk.loads()).toBe(1);
  chunk.unblock();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download the diagram as SVG' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.svg$/);
});

test('the deployment snippets: a missing chunk gives a message in their place, and Retry loads them', async ({
  page,
  guards,
}) => {
  const chunk = await blockChunk(page, guards, 'runtime-snippets');
  const wizard = new WizardPage(page);
  await wizard.open(RESULT);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  const pending = page.locator('.runtime-snippets-pending');
  await new SnippetsSection(page).openFold();
  await expect(pending.getByRole('status')).toContainText('could not be loaded');
  expect(chunk.blocked()).toBeGreaterThan(0);
  await expect(pending).toHaveAttribute('aria-busy', 'false');
  await expect(wizard.result).toBeVisible();
  expect(wizard.searchParams().toString()).toBe(RESULT);
  expect(chunk.loads()).toBe(1);
  chunk.unblock();
  await pending.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.locator('section.runtime-snippets').getByTestId('snippet').first(),
  ).toBeVisible();
  expect(chunk.loads()).toBe(1);
});
