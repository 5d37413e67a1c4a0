// A page object for the decision guide: tests speak in user actions, not selectors.
import { expect, type Locator, type Page } from '@playwright/test';

export class WizardPage {
  readonly question: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.question = page.getByTestId('question');
    this.result = page.getByTestId('result');
  }

  async open(search = 'tree=guide&lang=en'): Promise<void> {
    await this.page.goto(`./#/wizard?${search}`);
  }

  questionHeading(): Locator {
    return this.question.getByRole('heading', { level: 2 });
  }

  resultHeading(): Locator {
    return this.result.getByRole('heading', { level: 2 });
  }

  /** Clicks the answer whose accessible name begins with `label` ("Yes", "否"). */
  async answer(label: string): Promise<void> {
    const before = await this.currentQuestionId();
    await this.question.getByRole('button', { name: new RegExp(`^${label}`) }).click();
    // The next question replaces this one, or the result appears. One locator for either, so
    // Playwright's own retrying sees the change as soon as it renders (a poll of two separate
    // reads would sleep between its tries).
    const next = this.page
      .getByTestId('result')
      .or(this.page.locator(`[data-testid="question"]:not([data-question-id="${before ?? ''}"])`));
    await expect(next.first()).toBeVisible();
  }

  async currentQuestionId(): Promise<string | null> {
    return this.question.getAttribute('data-question-id');
  }

  /**
   * Opens one of the result's folded sections (a <details> found by its test id or id), as a
   * reader does by selecting its heading.
   */
  async openSection(name: string): Promise<Locator> {
    const fold = this.result.locator(`details[data-testid="${name}"], details#${name}`).first();
    if (!(await fold.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await fold.locator(':scope > summary').click();
    }
    await expect(fold).toHaveAttribute('open', '');
    return fold;
  }

  searchParams(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
    return new URLSearchParams(query);
  }
}
