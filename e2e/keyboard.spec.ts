// The whole journey with the keyboard alone: landing -> a result -> the comparison -> copying a
// snippet. Focus must always be visible and land where the user has to act next.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the focused element's accessible text matches, and fails if it never does. */
async function tabTo(page: Page, name: RegExp, max = 60, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      return `${el.getAttribute('aria-label') ?? ''} ${el.innerText || el.textContent || ''}`.trim();
    });
    if (name.test(focused)) {
      // A visible focus indicator: an outline or a box-shadow on the focused element.
      const indicator = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
      });
      expect(indicator, `focus on ${name} is visible`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

test('landing to result, comparison and a snippet copy with the keyboard alone', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/?lang=en');
  // Wait for the app to be on screen: a Tab pressed before that would land on nothing.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The skip link is the first stop and moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await tabTo(page, /^Start the decision guide/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('question')).toHaveAttribute(
    'data-question-id',
    'resource_constrained',
  );
  // Focus arrives on the first question, not on the page.
  await expect(page.getByTestId('question').getByRole('heading', { level: 2 })).toBeFocused();

  // resource_constrained = no, fast_startup = no, gpu = no -> runc
  for (const expected of ['fast_startup', 'gpu']) {
    await tabTo(page, /^No$/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('question')).toHaveAttribute('data-question-id', expected);
    // Focus moved to the new question's heading.
    await expect(page.getByTestId('question').getByRole('heading', { level: 2 })).toBeFocused();
  }
  await tabTo(page, /^No$/);
  await page.keyboard.press('Space');
  const result = page.getByTestId('result');
  await expect(result).toHaveAttribute('data-runtime', 'runc');
  await expect(result.getByRole('heading', { level: 2 }).first()).toBeFocused();

  // Copy the first snippet of the chosen runtime's set.
  await tabTo(page, /^Copy$/, 400);
  await page.keyboard.press('Enter');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(10);
  await expect(
    page
      .getByTestId('snippet')
      .first()
      .getByRole('button', { name: /^Copied/ }),
  ).toBeVisible();

  // On to the comparison through the main navigation.
  await tabTo(page, /^Compare$/, 400, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/compare/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
