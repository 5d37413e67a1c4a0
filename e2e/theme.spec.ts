import { expect, expectNoAxeViolations, test } from './fixtures';
import { WizardPage } from './wizard-page';

test('dark mode follows the system until the user chooses, and the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const wizard = new WizardPage(page);
  await wizard.open();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');

  await page.getByRole('button', { name: 'System' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('theme in the URL (as embeds set it) wins over the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&theme=dark&lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await wizard.answer('Yes');
  expect(wizard.searchParams().get('theme')).toBe('dark');
});
