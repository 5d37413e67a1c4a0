// A link to a team's tree must survive a content file that is slow, hanging, broken or missing:
// the page says the team's content could not be loaded, the URL stays exactly as it was (never
// rewritten to the guide tree), and Retry brings the tree back with the link's answers.
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { WizardPage } from './wizard-page';

const EXAMPLE = fs.readFileSync(path.resolve('examples', 'custom-content.json'), 'utf8');
const LINK = 'tree=acme_platform&customer_code=yes&lang=en';
const CONTENT = '**/advisor.content.json';

type Fault = (route: Route) => Promise<void>;

/** The first request for the file meets `fault`; every later one gets the real file. */
async function serveFileAfter(page: Page, fault: Fault): Promise<{ requests: () => number }> {
  let requests = 0;
  await page.route(CONTENT, async (route) => {
    requests += 1;
    if (requests === 1) await fault(route);
    else await route.fulfill({ status: 200, contentType: 'application/json', body: EXAMPLE });
  });
  return { requests: () => requests };
}

/** Resolves when the page gives up on the request, or the test ends. */
function never(): Promise<void> {
  return new Promise(() => undefined);
}

const faults: { name: string; fault: Fault; reason: RegExp; consoleError?: RegExp }[] = [
  {
    name: 'delayed past the time-out',
    fault: async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6000));
      await route
        .fulfill({ status: 200, contentType: 'application/json', body: EXAMPLE })
        .catch(() => undefined);
    },
    reason: /did not arrive within 5 s/,
  },
  { name: 'hanging', fault: never, reason: /did not arrive within 5 s/ },
  {
    name: 'HTTP 500',
    fault: (route) => route.fulfill({ status: 500, body: 'oops' }),
    reason: /server answered HTTP 500/,
    consoleError: /status of 500/,
  },
  {
    name: 'missing (404)',
    fault: (route) => route.fulfill({ status: 404, body: 'not found' }),
    reason: /No content file was found at \/advisor\.content\.json/,
    consoleError: /status of 404/,
  },
  {
    name: 'unreachable (network error)',
    fault: (route) => route.abort('failed'),
    reason: /could not be reached/,
    consoleError: /ERR_FAILED/,
  },
  {
    name: 'an HTML page instead of the file',
    fault: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hi' }),
    reason: /No content file was found/,
  },
];

test.describe('a link to a team tree when the content file fails', () => {
  for (const { name, fault, reason, consoleError } of faults) {
    test(`${name}: says so, keeps the link, and Retry restores the tree and its answers`, async ({
      page,
      guards,
    }) => {
      test.slow();
      if (consoleError) guards.allowConsoleError(consoleError);
      const served = await serveFileAfter(page, fault);
      const wizard = new WizardPage(page);
      await wizard.open(LINK);
      const panel = page.getByTestId('team-content-unavailable');
      await expect(panel).toBeVisible({ timeout: 20_000 });
      await expect(panel.getByRole('heading', { level: 1 })).toHaveText(
        'This site’s content could not be loaded',
      );
      await expect(panel).toContainText('“acme_platform”');
      await expect(panel.getByRole('status')).toHaveText(reason);
      // Nothing of the guide tree is shown as if it were the link's, and the URL is untouched.
      await expect(wizard.question).toHaveCount(0);
      expect(new URL(page.url()).hash).toBe(`#/wizard?${LINK}`);

      await panel.getByRole('button', { name: 'Try again' }).click();
      await expect(wizard.question).toHaveAttribute('data-question-id', 'needs_gpu');
      expect(served.requests()).toBe(2);
      expect([...wizard.searchParams().entries()]).toEqual([
        ['tree', 'acme_platform'],
        ['customer_code', 'yes'],
        ['lang', 'en'],
      ]);
      await expect(panel).toHaveCount(0);
    });
  }

  test('a JSON file served as text/html is read as the file', async ({ page }) => {
    await page.route(CONTENT, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: EXAMPLE }),
    );
    const wizard = new WizardPage(page);
    await wizard.open(LINK);
    await expect(wizard.question).toHaveAttribute('data-question-id', 'needs_gpu');
    expect(wizard.searchParams().get('customer_code')).toBe('yes');
  });

  test('the reader may open the guide instead; the link stays until they do', async ({
    page,
    guards,
  }) => {
    guards.allowConsoleError(/status of 500/);
    await page.route(CONTENT, (route) => route.fulfill({ status: 500, body: 'oops' }));
    const wizard = new WizardPage(page);
    await wizard.open('tree=acme_platform&customer_code=yes&lang=zh');
    const panel = page.getByTestId('team-content-unavailable');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('无法加载本站的内容');
    await panel.getByRole('button', { name: '重试' }).click();
    // Still failing: the message stays, the link too.
    await expect(panel.getByRole('status')).toHaveText(/HTTP 500/);
    expect(wizard.searchParams().get('tree')).toBe('acme_platform');
    await panel.getByRole('button', { name: '改为打开指南的决策树' }).click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    expect(wizard.searchParams().get('tree')).toBe('guide');
    // Back returns to the kept link, still waiting for its tree.
    await page.goBack();
    await expect(panel).toBeVisible();
    expect(wizard.searchParams().get('customer_code')).toBe('yes');
  });

  test('a link to an unknown tree on a site without content still falls back, with a notice', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=ancient&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    await expect.poll(() => wizard.searchParams().get('tree')).toBe('guide');
    await expect(page.getByTestId('team-content-unavailable')).toHaveCount(0);
  });
});
