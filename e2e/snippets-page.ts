// A page object for a runtime's deployment snippets (the result page shows them).
import { expect, type Locator, type Page } from '@playwright/test';

export class SnippetsSection {
  readonly section: Locator;
  /** The placeholder the result page shows until the snippets' code has loaded. */
  readonly pending: Locator;
  readonly blocks: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('section.runtime-snippets');
    this.pending = page.locator('.runtime-snippets-pending');
    this.blocks = this.section.getByTestId('snippet');
    this.tabs = this.section.getByRole('tab');
  }

  /** The fold the result page keeps them in, closed until the reader opens it. */
  get fold(): Locator {
    return this.page.locator('details#deploy');
  }

  /**
   * Opens the snippets as a reader would: on the result page they sit in a closed fold and their
   * code loads when the open fold brings them near the viewport.
   */
  async reveal(): Promise<void> {
    // On a result they are folded under "On this page": open the fold first.
    const fold = this.page.locator('details#deploy');
    if ((await fold.count()) > 0 && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await fold.locator(':scope > summary').click();
    }
    // The placeholder gives way to the section as soon as the code is there, so scroll to
    // whichever is attached at the moment, until the section is.
    await expect(async () => {
      if ((await this.section.count()) === 0) {
        await this.pending.scrollIntoViewIfNeeded({ timeout: 1_000 });
      }
      await expect(this.section).toBeAttached({ timeout: 1_000 });
    }).toPass();
    await this.section.scrollIntoViewIfNeeded();
    await expect(this.section).toBeVisible();
  }

  tab(name: string): Locator {
    return this.section.getByRole('tab', { name, exact: true });
  }

  panel(): Locator {
    return this.section.getByRole('tabpanel');
  }

  block(snippetId: string): Locator {
    return this.section.locator(`[data-testid="snippet"][data-snippet-id="${snippetId}"]`);
  }

  /** The text a block shows: what Copy and Download must deliver, exactly. */
  async codeText(block: Locator): Promise<string> {
    return block.locator('pre code').evaluate((code) => code.textContent);
  }

  copyButton(block: Locator): Locator {
    return block.getByRole('button', { name: 'Copy', exact: true });
  }

  downloadButton(block: Locator): Locator {
    return block.getByRole('button', { name: /^Download / });
  }

  async selectTarget(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  searchParams(): URLSearchParams {
    const hash = new URL(this.page.url()).hash;
    return new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  }
}
