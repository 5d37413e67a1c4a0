// Every end-to-end test runs under these guards: no console errors, no uncaught page errors,
// no request to another origin and no CSP violation. A test that trips one fails, whatever
// it was checking.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Guards {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
  /** Console errors the test expects (for example a chunk it blocked on purpose). */
  allowConsoleError: (pattern: RegExp) => void;
}

/**
 * A wizard link first shows the build's first paint, which the app then renders over (README,
 * "Performance"). Journeys test the app, so every load waits for the app to have taken over:
 * an element found on the first paint would otherwise be replaced under the test's hands.
 * The first-paint spec turns this off to look at the first paint itself.
 */
async function untilAppStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      // No #root: not the app's page (a host page, a download).
      return !root || (root.hasAttribute('data-app') && !root.hasAttribute('data-first-paint'));
    },
    undefined,
    { timeout: 15_000 },
  );
}

export const test = base.extend<{
  allowedOrigins: string[];
  waitForApp: boolean;
  guards: Guards;
  appStart: undefined;
}>({
  /** Origins besides the app's that a test may load (a host page, the sub-path server). */
  allowedOrigins: [[], { option: true }],
  waitForApp: [true, { option: true }],
  appStart: [
    async ({ page, waitForApp }, use) => {
      if (waitForApp) {
        const goto = page.goto.bind(page);
        const reload = page.reload.bind(page);
        page.goto = async (...args: Parameters<Page['goto']>) => {
          const response = await goto(...args);
          await untilAppStarted(page);
          return response;
        };
        page.reload = async (...args: Parameters<Page['reload']>) => {
          const response = await reload(...args);
          await untilAppStarted(page);
          return response;
        };
      }
      await use(undefined);
    },
    { auto: true },
  ],
  guards: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const origins = new Set([new URL(baseURL ?? 'http://127.0.0.1/').origin, ...allowedOrigins]);
      const allowed: RegExp[] = [];
      const guards: Guards = {
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        cspViolations: [],
        allowConsoleError: (pattern) => allowed.push(pattern),
      };
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowed.some((pattern) => pattern.test(text))) return;
        guards.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => guards.pageErrors.push(error.message));
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (!origins.has(new URL(url).origin)) guards.foreignRequests.push(url);
      });
      await page.exposeFunction('__reportCspViolation', (text: string) => {
        guards.cspViolations.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation?: (t: string) => void })
            .__reportCspViolation;
          report?.(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(guards);
      expect(guards.pageErrors, 'uncaught page errors').toEqual([]);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
      expect(guards.foreignRequests, 'requests to other origins').toEqual([]);
      expect(guards.cspViolations, 'CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** WCAG 2.2 A/AA, as the project requires. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
