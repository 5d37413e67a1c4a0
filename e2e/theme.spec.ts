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

test('a theme fixed by the URL survives navigation to other pages, and the switch shows it', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&theme=dark&lang=en');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'System' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  for (const name of ['Matrix', 'Compare', 'Runtimes']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
    await expect(html).toHaveAttribute('data-theme', 'dark');
  }
  // Choosing in the switch replaces the URL's theme.
  await page.getByRole('button', { name: 'Light' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(page).not.toHaveURL(/theme=/);
  await expect(page.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
});
