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

// Words break between letters only when one word alone is wider than its line; ordinary words
// in table cells, cards and headings never do ("Edge computi/ng"). Code, URLs and drawings are
// not prose and are left out.
const WORD_PAGES = [
  '#/matrix?lang=en',
  '#/compare?lang=en',
  '#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en',
  '#/wizard?tree=full&existing_images=yes&lang=en',
  '#/runtimes/kata?lang=en',
  '#/weigh?lang=en',
  '#/?lang=en',
];
const WORD_WIDTHS = [320, 390, 768, 1024, 1440, 1920];

for (const hash of WORD_PAGES) {
  test(`no word is split across lines: ${hash}`, async ({ page }) => {
    test.slow();
    for (const width of WORD_WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./${hash}`);
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      const split = await page.evaluate(() => {
        const skip = 'pre, code, kbd, svg, script, style, .visually-hidden, textarea';
        const walker = document.createTreeWalker(
          document.querySelector('main')!,
          NodeFilter.SHOW_TEXT,
        );
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest(skip)) continue;
          const text = node.textContent ?? '';
          // A link that shows its own address is a URL, not prose.
          if (parent.closest('a') && /\S+[./]\S+[./]\S+/.test(text) && !/\s/.test(text.trim())) {
            continue;
          }
          for (const match of text.matchAll(/[A-Za-z]{3,}/g)) {
            // A run of more than 24 characters without a space is an identifier or a path
            // (plugins.'io.containerd.cri.v1.runtime'), which may break where it must.
            const before = text.slice(0, match.index).split(/\s/).at(-1) ?? '';
            const after = text.slice(match.index).split(/\s/)[0] ?? '';
            if (before.length + after.length > 24) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = [...range.getClientRects()]
              .filter((rect) => rect.width > 0)
              .map((rect) => Math.round(rect.top));
            const lines = new Set(tops.map((top) => Math.round(top / 4)));
            if (lines.size > 1 && Math.max(...tops) - Math.min(...tops) > 4) {
              found.push(`${match[0]} (in “${text.trim().slice(0, 60)}”)`);
            }
          }
        }
        return found;
      });
      expect(split, `words split at ${width}px on ${hash}`).toEqual([]);
      // Not by pushing the page wider than the screen instead.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${hash} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    }
  });
}

test('the phone header is two rows: brand and switches, then the links in one row', async ({
  page,
}) => {
  for (const lang of ['en', 'zh']) {
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./#/compare?lang=${lang}`);
      const header = page.getByRole('banner');
      await expect(header).toBeVisible();
      const box = (await header.boundingBox())!;
      // It was about 200 px, with "Runtimes" on a row of its own.
      expect(box.height, `${lang} at ${width}px`).toBeLessThanOrEqual(120);
      // Every link is still there and reachable: the row scrolls, the page does not.
      const nav = page.getByRole('navigation', { name: lang === 'en' ? 'Main' : '主导航' });
      const links = nav.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(5);
      const last = links.last();
      await last.scrollIntoViewIfNeeded();
      await expect(last).toBeInViewport();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  }
});
