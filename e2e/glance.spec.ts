// The first screen of a result holds the answer and what to do with it; the tab title names
// the page and its state; Change keeps the answers that still apply.
import { expect, expectNoAxeViolations, test } from './fixtures';
import { QUESTION_TEXT as QUESTION_TEXT_EN } from './tree-model';
import { WizardPage } from './wizard-page';

const KATA = 'tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=yes';

for (const [device, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`${device}: the recommendation, why, the caveat, the runner-up and the actions are on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const wizard = new WizardPage(page);
    await wizard.open(`${KATA}&lang=en`);
    await expect(wizard.result).toHaveAttribute('data-runtime', 'kata');
    const result = wizard.result;
    const parts = {
      recommendation: wizard.resultHeading(),
      because: result.getByTestId('result-because'),
      reasons: result.getByTestId('result-reasons'),
      caveat: result.getByTestId('result-caveat'),
      runnerUp: result.getByTestId('result-runner-up'),
      copyLink: result.getByRole('button', { name: 'Copy link' }),
      record: result.getByRole('button', { name: 'Download decision record' }),
      plan: result.getByRole('button', { name: 'Add to plan' }),
      weigh: result.getByRole('link', { name: 'Weigh these needs' }),
    };
    await expect(parts.recommendation).toHaveText('Recommended: Kata Containers');
    await expect(parts.because).toContainText(QUESTION_TEXT_EN.oci_strong_isolation!);
    await expect(parts.reasons.locator('li')).not.toHaveCount(0);
    await expect(parts.caveat).toContainText('Startup speed');
    await expect(parts.runnerUp).toContainText('gVisor');
    // On a phone the app's header still takes about 200 px (its compact form is another
    // change): until then the record, plan and weigh actions follow just below the fold there.
    const firstScreen = Object.entries(parts).filter(
      ([name]) => device === 'desktop' || !['record', 'plan', 'weigh'].includes(name),
    );
    for (const [name, part] of firstScreen) {
      await expect(part, name).toBeVisible();
      const box = await part.boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y, name).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${name} ends within the first screen`).toBeLessThanOrEqual(
        viewport.height,
      );
    }
    // The long evidence is folded: nothing of it is open until asked for.
    await expect(result.locator('details.result-fold[open]')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test('the caveat is stated once, its label once', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open(`${KATA}&lang=en`);
  const caveat = wizard.result.getByTestId('result-caveat');
  const statement = (await caveat.textContent()) ?? '';
  const figure = statement.slice(statement.indexOf(':') + 1, statement.indexOf('.') + 1).trim();
  expect(figure.length).toBeGreaterThan(10);
  await wizard.openSection('why');
  await wizard.openSection('why-not');
  // Outside the headline caveat, the why section never repeats it.
  await expect(wizard.result.getByTestId('why')).not.toContainText(figure);
  // Our inference carries its label once.
  const body = (await wizard.result.textContent()) ?? '';
  expect(body).not.toContain('Our inference: ');
});

test('On this page opens a fold and stays in view; the fold is reachable from the keyboard', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open(`${KATA}&lang=en`);
  const menu = page.getByRole('navigation', { name: 'On this page' });
  await menu.getByRole('button', { name: 'What would change it' }).click();
  const fold = wizard.result.getByTestId('what-if');
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.locator('summary')).toBeFocused();
  await expect(fold.locator('li.what-if').first()).toBeInViewport();
  await expect(menu).toBeInViewport();
  // Keyboard: the summary toggles with Enter.
  await page.keyboard.press('Enter');
  await expect(fold).not.toHaveAttribute('open', '');
});

test('a link that names a snippet target opens the deployment fold', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open(`${KATA}&lang=en&target=k3s`);
  await expect(wizard.result.locator('details#deploy')).toHaveAttribute('open', '');
});

test('the tab title names the page and the state, in the page’s language', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&lang=en');
  await expect(page).toHaveTitle('Question 1/3 · Runtime Advisor');
  await wizard.answer('No');
  await expect(page).toHaveTitle('Question 2/3 · Runtime Advisor');
  await wizard.open('tree=guide&resource_constrained=no&lang=zh');
  await expect(page).toHaveTitle('问题 2/3 · 运行时选型助手');
  await wizard.open(`${KATA}&lang=en`);
  await expect(page).toHaveTitle('Kata Containers recommended · Runtime Advisor');
  await page.goto('./#/compare?lang=en');
  await expect(page).toHaveTitle('Compare runtimes · Runtime Advisor');
  await page.goto('./#/matrix?lang=zh');
  await expect(page).toHaveTitle('决策矩阵 · 运行时选型助手');
  await page.goto('./#/runtimes/gvisor?lang=en');
  await expect(page).toHaveTitle('gVisor: runtime page · Runtime Advisor');
  await page.goto('./#/runtimes?lang=en');
  await expect(page).toHaveTitle('Runtimes · Runtime Advisor');
  await page.goto('./#/weigh?lang=en');
  await expect(page).toHaveTitle('Weigh it yourself · Runtime Advisor');
  await page.goto('./#/plan?lang=en');
  await expect(page).toHaveTitle('Platform plan · Runtime Advisor');
  await page.goto('./#/?lang=en');
  await expect(page).toHaveTitle('Choose a container runtime · Runtime Advisor');
});

test('Change keeps the later answers: applied where the path passes them, dropped with a notice where not', async ({
  page,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=en');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  await wizard.result
    .getByRole('link', { name: `Change the answer to “${QUESTION_TEXT_EN.fast_startup}”` })
    .click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  expect(wizard.searchParams().get('resource_constrained')).toBe('no');
  expect(wizard.searchParams().get('gpu')).toBe('yes');
  expect(wizard.searchParams().get('fast_startup')).toBeNull();
  await expect(page.getByTestId('share-notice')).toHaveCount(0);
  // "No" passes the GPU question again: its kept answer applies and the result follows.
  await wizard.answer('No');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  expect(wizard.searchParams().get('gpu')).toBe('yes');

  // Changing the first answer to a path that no longer asks them drops them, with the notice.
  await wizard.result
    .getByRole('link', {
      name: `Change the answer to “${QUESTION_TEXT_EN.resource_constrained}”`,
    })
    .click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  expect(wizard.searchParams().get('gpu')).toBe('yes');
  await wizard.answer('Yes');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
  await expect(page.getByTestId('share-notice')).toContainText(QUESTION_TEXT_EN.gpu!);
  await expect.poll(() => wizard.searchParams().has('gpu')).toBe(false);
});
