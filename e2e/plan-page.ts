// A page object for the platform plan: tests speak in user actions, not selectors.
import { expect, type Locator, type Page } from '@playwright/test';

export class PlanPage {
  readonly root: Locator;
  readonly workloads: Locator;
  readonly runtimes: Locator;
  readonly snippets: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan');
    this.workloads = this.root.getByTestId('plan-workload');
    this.runtimes = this.root.getByTestId('plan-runtime');
    this.snippets = this.root.getByTestId('snippet');
  }

  async open(search = 'lang=en'): Promise<void> {
    await this.page.goto(`./#/plan?${search}`);
    await expect(this.root).toBeVisible();
  }

  /** The workloads' runtimes, in plan order. */
  async workloadRuntimes(): Promise<(string | null)[]> {
    return this.workloads.evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-runtime')),
    );
  }

  async workloadNames(): Promise<(string | null)[]> {
    return this.workloads.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));
  }

  async runtimeSet(): Promise<(string | null)[]> {
    return this.runtimes.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-runtime')),
    );
  }

  /** The plan's `w` values, from the address bar. */
  planValues(): string[] {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).getAll('w');
  }

  /** Adds the result at `search` to the plan under `name`, from the result page. */
  static async addResult(page: Page, search: string, name: string): Promise<void> {
    await page.goto(`./#/wizard?${search}`);
    const result = page.getByTestId('result');
    await expect(result).toBeVisible();
    const field = result.getByLabel('Name in the plan');
    await field.fill(name);
    await result.getByRole('button', { name: 'Add to plan' }).click();
    await expect(result.getByRole('status').filter({ hasText: `Added “${name}”` })).toBeVisible();
  }
}
