// Offline after the first load: every part whose code has not loaded yet says so in place, with
// a Try again, and the app is never replaced by the browser's error page (no reload while
// offline, none on hover). Back online, Try again brings the part in.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SnippetsSection } from './snippets-page';
import { WizardPage } from './wizard-page';

/** Counts full page loads (the first load and every reload) of the main frame. */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  return () => loads;
}

test('offline after the first load: in-place messages, never the browser’s error page', async ({
  page,
  context,
  guards,
}) => {
  test.slow();
  guards.allowConsoleError(/Failed to load resource|ERR_INTERNET_DISCONNECTED/);
  guards.allowConsoleError(/\[Runtime Advisor\] A page failed/);
  const loads = countDocumentLoads(page);
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&lang=en');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  await expect(
    page.getByTestId('decision-diagram').locator('svg [data-node-id]').first(),
  ).toBeAttached();

  await context.setOffline(true);

  // Answer to a result: the wizard's code is here already.
  await wizard.answer('No');
  await wizard.answer('No');
  await wizard.answer('No');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');

  // The snippets' code is not: their place says so, and Try again knows it is offline.
  const pending = page.locator('.runtime-snippets-pending');
  await new SnippetsSection(page).openFold();
  await expect(pending.getByRole('status').first()).toContainText('could not be loaded');
  await pending.getByRole('button', { name: 'Try again' }).click();
  await expect(
    pending.getByRole('status').filter({ hasText: 'You seem to be offline' }),
  ).toBeVisible();

  // Hovering Embed starts its load, which fails: nothing happens until it is clicked.
  const embed = page.getByRole('button', { name: 'Embed' });
  await embed.hover();
  await embed.click();
  await expect(page.getByRole('status').filter({ hasText: 'embed options' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The comparison page's code cannot load: the page says so in place of it.
  await page.getByRole('navigation').getByRole('link', { name: 'Compare', exact: true }).click();
  const error = page.getByTestId('route-error');
  await expect(error.getByRole('heading', { level: 1 })).toHaveText(
    'Part of the app could not be loaded',
  );
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(error.getByRole('status')).toHaveText(/You seem to be offline/);

  expect(loads()).toBe(1);
  expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/compare/);

  // Back online, Try again opens the page.
  await context.setOffline(false);
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('chart-cold-start')).toBeVisible();
});
