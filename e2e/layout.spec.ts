// Every page at phone, tablet and desktop widths in both themes: the page itself never
// scrolls sideways, and a full-page screenshot is kept as an artifact to look at.
import { expect, test } from './fixtures';

const PAGES: { name: string; hash: string }[] = [
  { name: 'landing', hash: '#/?lang=en' },
  { name: 'question', hash: '#/wizard?tree=guide&resource_constrained=no&lang=en' },
  {
    name: 'result',
    hash: '#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en',
  },
  {
    name: 'result-zh',
    hash: '#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=zh',
  },
];
const WIDTHS = [360, 768, 1440];
const THEMES = ['light', 'dark'] as const;

for (const { name, hash } of PAGES) {
  for (const theme of THEMES) {
    test(`${name} (${theme}) fits every width`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: theme });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`./${hash}`);
        await expect(page.locator('main')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: testInfo.outputPath(`${name}-${theme}-${width}.png`),
          fullPage: true,
        });
      }
    });
  }
}
