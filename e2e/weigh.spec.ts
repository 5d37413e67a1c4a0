// Weighing the runtimes (#/weigh): weights set by keyboard reorder the ranking, must-haves
// exclude and say which, a shared link restores the same weighing, a wizard result and a matrix
// scenario open it with their needs as weights, in Chinese and in the embed too.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The ranking's runtimes in rank order (ranked ones, then the excluded). */
async function rankingOrder(page: Page): Promise<string[]> {
  const rows = page.getByTestId('ranking').locator('[data-runtime]');
  return rows.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-runtime') ?? ''),
  );
}

function slider(page: Page, name: string) {
  return page.getByRole('slider', { name, exact: true });
}

async function setByKeyboard(page: Page, name: string, key: 'Home' | 'End') {
  const control = slider(page, name);
  await control.focus();
  await control.press(key);
  await expect(control).toHaveValue(key === 'Home' ? '0' : '5');
}

test('weights set by keyboard change the ranking, and the URL carries them', async ({ page }) => {
  await page.goto('./#/weigh?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Weigh it yourself' })).toBeVisible();
  // Equal weights: the guide's tables favour WasmEdge.
  await expect.poll(() => rankingOrder(page)).toEqual(['wasmedge', 'runc', 'kata', 'gvisor']);
  for (const name of ['Cold start', 'Memory', 'Isolation', 'GPU support']) {
    await setByKeyboard(page, name, 'Home');
  }
  await setByKeyboard(page, 'Compatibility', 'End');
  await setByKeyboard(page, 'Ecosystem support', 'End');
  // Compatibility and ecosystem: runc/containerd is the only runtime rated "yes" on both.
  await expect.poll(async () => (await rankingOrder(page))[0]).toBe('runc');
  await expect(page).toHaveURL(/w_compatibility=5/);
  await expect(page).toHaveURL(/w_startup_speed=0/);
  // Arrow keys step one at a time.
  const compatibility = slider(page, 'Compatibility');
  await compatibility.press('ArrowLeft');
  await expect(compatibility).toHaveValue('4');
  await expect(page).toHaveURL(/w_compatibility=4/);
  await expect(page.getByTestId('flip-point')).toHaveCount(6);
  await expectNoAxeViolations(page);
});

test('all weights zero: a tie, and the page says so', async ({ page }) => {
  const zero = [
    'startup_speed',
    'resource_use',
    'isolation',
    'gpu',
    'compatibility',
    'ecosystem',
  ].map((id) => `w_${id}=0`);
  await page.goto(`./#/weigh?${zero.join('&')}&lang=en`);
  await expect(page.getByTestId('all-zero')).toBeVisible();
  const ranks = page.getByTestId('ranking').locator('[data-runtime]');
  await expect(ranks).toHaveCount(4);
  for (const row of await ranks.all()) {
    await expect(row).toHaveAttribute('data-rank', '1');
    await expect(row).toHaveAttribute('data-tied', 'true');
  }
});

test('a must-have excludes a runtime and says which must-have', async ({ page }) => {
  await page.goto('./#/weigh?lang=en');
  const gpu = page.getByRole('checkbox', { name: /^GPU support: ✓ yes or ⚠ partly/ });
  await gpu.check();
  const gvisor = page.getByTestId('ranking').locator('[data-runtime="gvisor"]');
  await expect(gvisor).toHaveAttribute('data-excluded', 'true');
  await expect(gvisor).toContainText('gVisor is excluded by: GPU support: ✓ yes or ⚠ partly');
  await expect(page).toHaveURL(/must=gpu/);
  // Excluded runtimes come after the ranked ones.
  await expect.poll(async () => (await rankingOrder(page)).at(-1)).toBe('gvisor');
  await gpu.uncheck();
  await expect(gvisor).not.toHaveAttribute('data-excluded', 'true');
});

test('where it flips, in words', async ({ page }) => {
  // Existing images (the published row: runc, Kata and gVisor run them), weighed on isolation
  // and start-up: Kata leads on isolation, gVisor is next on it and starts faster. The exact
  // crossing is the unit tests' to check; here, that the page says it in words.
  await page.goto(
    './#/weigh?w_startup_speed=1&w_resource_use=0&w_isolation=3&w_gpu=0&w_compatibility=0&w_ecosystem=0&must=existing_images&lang=en',
  );
  await expect(
    page.getByTestId('flip-point').filter({
      hasText:
        /^Kata Containers stays first until Isolation’s weight falls below \d+(\.\d+)?; then gVisor\.$/,
    }),
  ).toHaveCount(1);
  await expect(page.getByTestId('uncertainty')).toBeVisible();
});

test('a shared link restores the weighing exactly; a tampered one says what it dropped', async ({
  page,
  context,
}) => {
  await page.goto('./#/weigh?lang=en');
  await setByKeyboard(page, 'Memory', 'End');
  await setByKeyboard(page, 'Cold start', 'Home');
  await page.getByRole('radio', { name: 'Published figures where they exist' }).check();
  await page.getByRole('checkbox', { name: /^Isolation strength: high or very high/ }).check();
  await expect(page).toHaveURL(/figures=published/);
  const order = await rankingOrder(page);
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await expect.poll(() => rankingOrder(other)).toEqual(order);
  await expect(slider(other, 'Memory')).toHaveValue('5');
  await expect(slider(other, 'Cold start')).toHaveValue('0');
  await expect(slider(other, 'Isolation')).toHaveValue('3');
  await expect(
    other.getByRole('radio', { name: 'Published figures where they exist' }),
  ).toBeChecked();
  await expect(
    other.getByRole('checkbox', { name: /^Isolation strength: high or very high/ }),
  ).toBeChecked();
  expect(other.url()).toBe(url);
  await other.close();

  await page.goto('./#/weigh?w_isolation=9&w_bogus=1&must=gpu,nope&figures=mine&lang=en');
  const notice = page.getByTestId('weigh-notice');
  await expect(notice).toContainText('The weight “9” for Isolation');
  await expect(notice).toContainText('“w_bogus” is not a criterion');
  await expect(notice).toContainText('“nope” is not a must-have');
  await expect(notice).toContainText('“mine” is not a choice of figures');
  await expect(page).toHaveURL(/w_isolation=3/);
  await expect(page).toHaveURL(/must=gpu&/);
  await expect(page).not.toHaveURL(/bogus/);
});

test('a wizard result: "Weigh these needs" carries its answers, and the record takes the weighing', async ({
  page,
}) => {
  await page.goto('./#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en');
  await expect(page.getByTestId('result')).toBeVisible();
  await page.getByRole('link', { name: 'Weigh these needs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Weigh it yourself' })).toBeVisible();
  // The stated needs weigh 5 and are must-haves; the other criteria keep the default.
  await expect(slider(page, 'Memory')).toHaveValue('5');
  await expect(slider(page, 'Isolation')).toHaveValue('5');
  await expect(slider(page, 'Compatibility')).toHaveValue('3');
  await expect(page.getByRole('checkbox', { name: /^Resource use:/ })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: /^Isolation strength: high or very high/ }),
  ).toBeChecked();
  // Kata Containers is rated "high" on resource use, over a constrained environment's limit.
  await expect(page.getByTestId('ranking').locator('[data-runtime="kata"]')).toHaveAttribute(
    'data-excluded',
    'true',
  );
  await expect(page.getByText('recommended: WasmEdge')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record with this weighing' }).click(),
  ]);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text).toContain('# Decision record: use WasmEdge');
  expect(text).toContain('## Weighing');
  expect(text).toMatch(/\| Memory \| 5 \|/);
  expect(text).toContain('Kata Containers is excluded by: Resource use');
  expect(text.indexOf('## Weighing')).toBeLessThan(text.indexOf('## Sources'));
});

test('a matrix scenario opens as weights', async ({ page }) => {
  await page.goto('./#/matrix?lang=en');
  await page.getByRole('link', { name: 'Weigh “Edge computing” yourself' }).first().click();
  await expect(slider(page, 'Memory')).toHaveValue('5');
  await expect(slider(page, 'Cold start')).toHaveValue('5');
  await expect(slider(page, 'Isolation')).toHaveValue('5');
  await expect(slider(page, 'GPU support')).toHaveValue('1');
  await expect(slider(page, 'Ecosystem support')).toHaveValue('3');
  // And the presets on the page itself.
  await page.locator('button[data-scenario="microservices"]').click();
  await expect(slider(page, 'Memory')).toHaveValue('1');
});

test('in Chinese, dark, and each runtime links to its page and snippets', async ({ page }) => {
  await page.goto('./#/weigh?lang=zh&theme=dark');
  await expect(page.getByRole('heading', { level: 1, name: '自己权衡' })).toBeVisible();
  await expect(slider(page, '冷启动')).toBeVisible();
  await expect(slider(page, '生态支持')).toBeVisible();
  await expect(page.getByTestId('flip-point').first()).toContainText('保持第一');
  await expectNoAxeViolations(page);
  const kata = page.getByTestId('ranking').locator('[data-runtime="kata"]');
  await kata.getByRole('link', { name: '部署示例' }).click();
  // The reader's language and theme go with them.
  await expect(page).toHaveURL(/#\/runtimes\/kata\?lang=zh&theme=dark#deployment$/);
  await expect(page.getByTestId('runtime-profile')).toBeVisible();
});

test('the embed keeps the chrome off and its options through changes', async ({ page }) => {
  await page.goto('./#/weigh?lang=en&embed=1&theme=light');
  await expect(page.getByTestId('ranking')).toBeVisible();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await setByKeyboard(page, 'GPU support', 'End');
  await expect(page).toHaveURL(/w_gpu=5/);
  await expect(page).toHaveURL(/embed=1/);
  await expect(page).toHaveURL(/theme=light/);
  await expectNoAxeViolations(page);
});
