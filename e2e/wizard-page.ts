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
    // The next question replaces this one, or the result appears.
    await expect
      .poll(
        async () => (await this.result.isVisible()) || (await this.currentQuestionId()) !== before,
      )
      .toBe(true);
  }

  async currentQuestionId(): Promise<string | null> {
    return this.question.getAttribute('data-question-id');
  }

  searchParams(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
    return new URLSearchParams(query);
  }
}
