// Ids that are names on Object.prototype. `constructor` is a valid id (lower case, a letter
// first), so a team's file may name a runtime, a tree and a question so; the whole app must
// treat it as any other id. `__proto__`, `toString` and `hasOwnProperty` are not ids (an
// underscore first, upper-case letters): the schema rejects them with a message, and links
// carrying them are cleaned like any other non-id key.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WizardPage } from './wizard-page';

const EXAMPLE = fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8');

/** The example file with its runtime, tree and first question all named `constructor`. */
const CONSTRUCTOR_FILE = EXAMPLE.replaceAll('"kata_fc"', '"constructor"')
  .replaceAll('"acme_platform"', '"constructor"')
  .replaceAll('"customer_code"', '"constructor"');

async function serve(page: Page, body: string): Promise<void> {
  await page.route('**/advisor.content.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

test.describe('ids named after Object.prototype members', () => {
  test('a runtime, tree and question named constructor: walk, result, comparison, runtime page', async ({
    page,
  }) => {
    await serve(page, CONSTRUCTOR_FILE);
    const wizard = new WizardPage(page);
    await wizard.open('tree=constructor&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'constructor');
    await expect(page.getByTestId('content-errors')).toHaveCount(0);
    await wizard.answer('Yes');
    await wizard.answer('No');
    await wizard.answer('Yes');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'constructor');
    await expect(wizard.resultHeading()).toContainText('Kata Containers + Firecracker');
    expect(wizard.searchParams().get('constructor')).toBe('yes');
    await expect(
      page.getByTestId('decision-diagram').locator('svg [data-node-id]').first(),
    ).toBeAttached();

    // The comparison, with the runtime highlighted: every chart or its table, no error.
    await page.goto('./#/compare?highlight=constructor&lang=en');
    await expect(page.getByTestId('chart-cold-start')).toBeVisible();
    await expect(page.getByTestId('route-error')).toHaveCount(0);
    await expect(page.locator('main')).toContainText('Kata Containers + Firecracker');

    await page.goto('./#/runtimes/constructor?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Kata Containers + Firecracker',
    );
    await expect(page.getByTestId('route-error')).toHaveCount(0);

    await page.goto('./#/matrix?lang=en');
    await expect(page.getByTestId('route-error')).toHaveCount(0);
  });

  test('a link answering a question named constructor on the guide tree is dropped, not obeyed', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&constructor=yes&resource_constrained=yes&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    await expect.poll(() => wizard.searchParams().has('constructor')).toBe(false);
  });

  test('__proto__, toString and hasOwnProperty are not ids: the file is refused with a message', async ({
    page,
  }) => {
    const file = EXAMPLE.replaceAll('"kata_fc"', '"toString"')
      .replaceAll('"acme_platform"', '"__proto__"')
      .replaceAll('"customer_code"', '"hasOwnProperty"');
    await serve(page, file);
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=en');
    const errors = page.getByTestId('content-errors');
    await expect(errors).toBeVisible();
    // The runtime (toString), the tree (__proto__) and the question (hasOwnProperty).
    for (const where of ['runtimes[0].id', 'trees[0].id', 'trees[0].nodes[0].id']) {
      await expect(
        errors.getByTestId('content-problem').filter({ hasText: where }).first(),
      ).toContainText('must be a lower-case id');
    }
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    // Object.prototype is untouched.
    expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
  });

  test('link keys __proto__, toString and hasOwnProperty are ignored and cleaned away', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open(
      'tree=guide&__proto__=yes&toString=yes&hasOwnProperty=no&resource_constrained=yes&lang=en',
    );
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    await expect
      .poll(() => [...wizard.searchParams().keys()])
      .toEqual(['tree', 'resource_constrained', 'lang']);
    expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
  });
});
