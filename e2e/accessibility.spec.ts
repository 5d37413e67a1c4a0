// axe (WCAG 2.2 A/AA) on every route and wizard state, in both languages and both themes.
import { expect, expectNoAxeViolations, test } from './fixtures';

const STATES: { name: string; hash: string; ready: string }[] = [
  { name: 'landing', hash: '#/', ready: 'main h1' },
  {
    name: 'question',
    hash: '#/wizard?tree=guide&resource_constrained=no',
    ready: '[data-testid="question"]',
  },
  {
    name: 'notice',
    hash: '#/wizard?tree=guide&resource_constrained=maybe',
    ready: '[data-testid="share-notice"]',
  },
  {
    name: 'result',
    hash: '#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes',
    ready: '[data-testid="result"]',
  },
  {
    name: 'full-tree result',
    hash: '#/wizard?tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=yes',
    ready: '[data-testid="result"]',
  },
  { name: 'matrix', hash: '#/matrix', ready: 'main h1' },
  { name: 'compare', hash: '#/compare?highlight=kata&figures=both', ready: 'main h1' },
  { name: 'runtimes', hash: '#/runtimes', ready: 'main h1' },
  { name: 'runtime page', hash: '#/runtimes/gvisor', ready: 'main h1' },
  {
    name: 'weighing',
    hash: '#/weigh?must=gpu&figures=published&w_isolation=5',
    ready: '[data-testid="ranking"]',
  },
];

for (const { name, hash, ready } of STATES) {
  for (const lang of ['en', 'zh'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${name} · ${lang} · ${theme}`, async ({ page }) => {
        const separator = hash.includes('?') ? '&' : '?';
        await page.goto(`./${hash}${separator}lang=${lang}&theme=${theme}`);
        await expect(page.locator(ready).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // Let lazily loaded renderers (diagram, charts) settle before the scan.
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
      });
    }
  }
}
