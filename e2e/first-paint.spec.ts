// The build's first paint: a wizard link shows its page (question or result, with the diagram
// drawn and marked) before the app's code has arrived; the app then renders the same page over
// it, and an answer given in between is not lost. The app's entry module is held back here, so
// the first paint can be looked at and used on its own.
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { DiagramPage } from './diagram-page';
import { WizardPage } from './wizard-page';

const ENTRY = /\/assets\/index-[\w-]+\.js$/;

// These tests look at the first paint itself, before the app has started.
test.use({ waitForApp: false });

/** Holds the app's entry module until `release()`. */
async function holdApp(page: Page): Promise<{ release: () => void }> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(ENTRY, async (route: Route) => {
    await released;
    await route.continue();
  });
  return { release };
}

const firstPaint = (page: Page) => page.locator('#root[data-first-paint]');

/**
 * The page as a reader meets it: every element with its attributes (sorted) and its text. What
 * may differ between two renders of the same page is left out: React's generated ids, the
 * diagram's drawing (its view is compared by position), whitespace in style attributes, a link
 * written `#/…` or `/#/…`, the page's own address in the print-only footer, and the read-only
 * state the start-up script gives fields until the app is there.
 */
function readPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines: string[] = [];
    const walk = (node: Node, depth: number) => {
      const indent = ' '.repeat(depth);
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) lines.push(`${indent}${JSON.stringify(text)}`);
        return;
      }
      if (!(node instanceof Element)) return;
      // Fields wait for the app (the start-up script makes them read-only until it is there).
      const waiting = node.hasAttribute('data-first-paint-readonly');
      const attributes = [...node.attributes]
        .filter(
          ({ name }) => !(waiting && (name === 'readonly' || name.startsWith('data-first-paint'))),
        )
        .map(({ name, value }) => {
          let shown = value.replace(/_[Rr]_?\w*?_|«[rR]\w*»/g, 'ID');
          if (name === 'style') shown = shown.replace(/\s/g, '').replace(/;$/, '');
          if (name === 'href') shown = shown.replace(/^\/#/, '#');
          return `${name}=${shown}`;
        })
        .sort();
      lines.push(`${indent}${node.localName} ${attributes.join(' ')}`);
      if (node.matches('.diagram-canvas, .share-print-url')) return;
      for (const child of node.childNodes) walk(child, depth + 1);
    };
    for (const child of document.getElementById('root')?.childNodes ?? []) walk(child, 0);
    return lines.join('\n');
  });
}

/** Where the reader sees the page's heading and the drawing, in CSS pixels. */
function layout(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect && [rect.x, rect.y, rect.width, rect.height].map((n) => Math.round(n));
    };
    return { heading: box('main h2'), drawing: box('.diagram-canvas svg') };
  });
}

for (const { name, link, viewport, dark } of [
  {
    name: 'the landing question, desktop, English',
    link: '#/wizard?tree=guide&lang=en',
    viewport: { width: 1440, height: 900 },
    dark: false,
  },
  {
    name: 'a shared result, phone, Chinese, dark',
    link: '#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=yes&lang=zh',
    viewport: { width: 390, height: 844 },
    dark: true,
  },
  {
    name: 'a result of the extended tree, desktop, English',
    link: '#/wizard?tree=full&existing_images=yes&oci_strong_isolation=yes&oci_gpu=no&vm_boundary=yes&lang=en',
    viewport: { width: 1440, height: 900 },
    dark: false,
  },
]) {
  test(`${name}: shown before the app's code, then rendered by the app exactly as shown`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    const app = await holdApp(page);
    await page.goto(link, { waitUntil: 'commit' });
    await expect(firstPaint(page)).toBeVisible();
    await expect(new DiagramPage(page).drawing).toBeVisible();
    await expect(
      page.locator('.diagram-canvas svg'),
      'the drawing in the reader’s theme',
    ).toHaveAttribute('id', new RegExp(`-${dark ? 'dark' : 'light'}-`));
    const shown = await readPage(page);
    const shownAt = await layout(page);

    app.release();
    await expect(firstPaint(page)).toHaveCount(0);
    await expect(page.locator('#root[data-app]')).toHaveCount(1);
    // Settled: the app places the diagram's view in its first frame (and then eases it to the
    // same place).
    await expect(page.locator('.diagram-canvas[data-moving]')).toHaveCount(0);
    expect(await readPage(page)).toBe(shown);
    const rendered = await layout(page);
    expect(rendered.heading).toEqual(shownAt.heading);
    if (viewport.width >= 1024) expect(rendered.drawing).toEqual(shownAt.drawing);
  });
}

test('an answer given on the first paint is the app’s first answer', async ({ page }) => {
  const app = await holdApp(page);
  await page.goto('#/wizard?tree=guide&lang=en', { waitUntil: 'commit' });
  await expect(firstPaint(page)).toBeVisible();
  const wizard = new WizardPage(page);
  await wizard.question.getByRole('button', { name: /^Yes/ }).click();
  await expect(page.locator('#root[data-first-paint-click]')).toHaveCount(1);
  await expect(page, 'held until the app starts').toHaveURL(/#\/wizard\?tree=guide&lang=en$/);
  app.release();
  await expect(wizard.questionHeading()).toHaveText('Do you need strong isolation?');
  await expect(page).toHaveURL(/resource_constrained=yes/);
});

test('a site with its own content file gets no first paint: the app shows the page', async ({
  page,
}) => {
  await page.route('**/advisor.content.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{ "defaultTree": "full" }' }),
  );
  const app = await holdApp(page);
  const checked = page.waitForResponse(/advisor\.content\.json$/);
  await page.goto('#/wizard?tree=guide&lang=en', { waitUntil: 'commit' });
  await checked;
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(page.locator('#root > *')).toHaveCount(0);
  app.release();
  const wizard = new WizardPage(page);
  await expect(wizard.questionHeading()).toHaveText('Is the environment resource-constrained?');
  await expect(firstPaint(page)).toHaveCount(0);
});

test('a new address before the app starts takes the first paint away', async ({ page }) => {
  const app = await holdApp(page);
  await page.goto('#/wizard?tree=guide&lang=en', { waitUntil: 'commit' });
  await expect(firstPaint(page)).toBeVisible();
  await page.evaluate(() => {
    window.location.hash = '#/compare?lang=en';
  });
  await expect(page.locator('#root > *')).toHaveCount(0);
  app.release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Compare');
});

test('links the build did not render start the app at once', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('#/wizard?tree=guide&lang=en&embed=1');
  const wizard = new WizardPage(page);
  await expect(wizard.questionHeading()).toBeVisible();
  expect(requested.filter((path) => path.includes('first-paint-'))).toEqual([]);
});
