import { expect, expectNoAxeViolations, test } from './fixtures';
import { GUIDE_PATHS, QUESTION_TEXT_EN, RUNTIME_NAMES, searchFor } from './guide-paths';
import { WizardPage } from './wizard-page';

test('the landing page says what this is and starts the walk', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Choose a container or sandbox runtime',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start the decision guide' }).first().click();
  const wizard = new WizardPage(page);
  await expect(wizard.questionHeading()).toHaveText(QUESTION_TEXT_EN.resource_constrained!);
  await expectNoAxeViolations(page);
});

for (const path of GUIDE_PATHS) {
  const label = path.answers.map(([q, a]) => `${q}=${a}`).join(', ');

  test(`clicking ${label} recommends ${path.runtime}, and the link restores it`, async ({
    page,
    browser,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=en');
    for (const [index, [questionId, answerId]] of path.answers.entries()) {
      await expect(wizard.question).toHaveAttribute('data-question-id', questionId);
      await expect(wizard.questionHeading()).toHaveText(QUESTION_TEXT_EN[questionId]!);
      await expect(wizard.question).toContainText(`Question ${index + 1}`);
      await wizard.answer(answerId === 'yes' ? 'Yes' : 'No');
    }
    await expect(wizard.result).toBeVisible();
    await expect(wizard.resultHeading()).toContainText(RUNTIME_NAMES[path.runtime]!);
    for (const [questionId] of path.answers) {
      await expect(wizard.result).toContainText(QUESTION_TEXT_EN[questionId]!);
    }
    // The URL is the share link: exactly the answered questions, in path order.
    const params = wizard.searchParams();
    expect([...params.keys()]).toEqual(['tree', ...path.answers.map(([q]) => q), 'lang']);
    expect(params.get('tree')).toBe('guide');

    // Opened in a fresh browser context (no history, no storage), the link shows the same result.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    const restored = new WizardPage(other);
    await expect(restored.resultHeading()).toHaveText(
      (await wizard.resultHeading().textContent())!,
    );
    expect(other.url()).toBe(page.url());
    await fresh.close();
  });
}

test('each guide path opened by link shows the same result as clicking', async ({ page }) => {
  const wizard = new WizardPage(page);
  for (const path of GUIDE_PATHS) {
    await wizard.open(searchFor(path));
    await expect(wizard.result).toHaveAttribute('data-runtime', path.runtime);
    await expect(page.getByTestId('share-notice')).toHaveCount(0);
  }
});

test('the browser Back button goes back one question, and the URL follows', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open();
  await wizard.answer('No');
  await wizard.answer('No');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'gpu');
  await page.goBack();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  expect(wizard.searchParams().get('fast_startup')).toBeNull();
  expect(wizard.searchParams().get('resource_constrained')).toBe('no');
  await page.goForward();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'gpu');
  // The in-page Back does the same, and Start over returns to the first question.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  expect(wizard.searchParams().get('resource_constrained')).toBeNull();
});

test('a result is accessible and lets the user change an answer', async ({ page }) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en');
  await expect(wizard.result).toBeVisible();
  await expectNoAxeViolations(page);
  await wizard.result
    .getByRole('link', { name: `Change the answer to “${QUESTION_TEXT_EN.strong_isolation}”` })
    .click();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
  expect(wizard.searchParams().get('resource_constrained')).toBe('yes');
});

test.describe('tampered links', () => {
  test('an unknown answer is dropped with a notice and the URL is rewritten', async ({ page }) => {
    const wizard = new WizardPage(page);
    // The page the reader was on before following the tampered link.
    await wizard.open('tree=guide&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    await wizard.open('tree=guide&resource_constrained=no&fast_startup=maybe&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
    const notice = page.getByTestId('share-notice');
    await expect(notice).toContainText('“maybe” is not an answer to “Do you need fast startup?”');
    await expect
      .poll(() => wizard.searchParams().toString())
      .toBe('tree=guide&resource_constrained=no&lang=en');
    // The notice outlives the rewrite (it travels in the history entry's state).
    await expect(notice).toBeVisible();
    // The rewrite replaced the history entry: Back leaves the tampered link behind entirely and
    // lands on the page before it, not on the link as it was typed.
    await page.goBack();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    await expect.poll(() => wizard.searchParams().toString()).toBe('tree=guide&lang=en');
    await expect(notice).toBeHidden();
  });

  test('an answer off the path is ignored and never changes the result', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=no&gpu=yes&lang=en');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
    await expect(page.getByTestId('share-notice')).toContainText('Do you need GPU acceleration?');
    await expect.poll(() => wizard.searchParams().has('gpu')).toBe(false);
  });

  test('an unknown tree falls back to the guide tree with a notice', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=ancient&resource_constrained=yes&lang=en');
    await expect(page.getByTestId('share-notice')).toContainText('There is no tree “ancient”');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    await expect.poll(() => wizard.searchParams().get('tree')).toBe('guide');
  });

  test('duplicate parameters drop that answer', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&gpu=no&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'gpu');
    await expect(page.getByTestId('share-notice')).toContainText('“gpu” was given more than once');
  });

  test('markup in a value is shown as text and never runs', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const wizard = new WizardPage(page);
    const payload = encodeURIComponent('<img src=x onerror=alert(1)>');
    await wizard.open(`tree=guide&resource_constrained=${payload}&lang=en`);
    await expect(page.getByTestId('share-notice')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    expect(dialogs).toBe(0);
  });

  test('a 100,000-character link is cut quickly with a notice, keeping the answers that fit', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open(`tree=guide&resource_constrained=yes&pad=${'a'.repeat(100_000)}&lang=en`);
    await expect(page.getByTestId('share-notice')).toContainText(
      'The link was longer than this app reads',
    );
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
  });
});

test.describe('Chinese', () => {
  test('the whole walk works in Chinese and the link keeps the language', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(wizard.questionHeading()).toContainText('资源受限');
    await wizard.answer('是');
    await expect(wizard.questionHeading()).toContainText('强隔离');
    await wizard.answer('否');
    await expect(wizard.resultHeading()).toContainText('推荐');
    await expect(wizard.resultHeading()).toContainText('runc');
    expect(wizard.searchParams().get('lang')).toBe('zh');
    await expectNoAxeViolations(page);
  });

  test('the language switch changes the language and keeps the answers', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=yes&lang=en');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(wizard.questionHeading()).toContainText('强隔离');
    expect(wizard.searchParams().get('resource_constrained')).toBe('yes');
    expect(wizard.searchParams().get('lang')).toBe('zh');
  });

  test('without lang in the link, the browser language decides and is written to the URL', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('./#/wizard?tree=guide');
    const wizard = new WizardPage(page);
    await expect(wizard.questionHeading()).toContainText('资源受限');
    await expect.poll(() => wizard.searchParams().get('lang')).toBe('zh');
    await context.close();
  });
});
