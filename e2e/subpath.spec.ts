import type { Page, Response } from '@playwright/test';
import { expect, test } from './fixtures';
import { SUBPATH, SUBPATH_ORIGIN } from './servers';
import { WizardPage } from './wizard-page';

// dist/ served under /portal/tools/advisor/ by a plain static server: no rewrite rules, no
// fallback to index.html. Everything must resolve relative to the page.
const BASE = `${SUBPATH_ORIGIN}${SUBPATH}`;

test.use({ allowedOrigins: [SUBPATH_ORIGIN] });

function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return responses;
}

function expectAllUnderBase(responses: Response[]): void {
  const urls = responses.map((response) => response.url());
  expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
  expect(
    responses.filter((response) => response.status() >= 400).map((response) => response.url()),
  ).toEqual([]);
  // The page really loaded its script and styles from the sub-path.
  expect(urls.some((url) => /\/assets\/.+\.js$/.test(url))).toBe(true);
  expect(urls.some((url) => /\/assets\/.+\.css$/.test(url))).toBe(true);
}

test('a deep link under a sub-path loads, with every asset from that sub-path', async ({
  page,
}) => {
  const responses = recordResponses(page);
  await page.goto(
    `${BASE}#/wizard?tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=zh`,
  );
  const wizard = new WizardPage(page);
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  await expect(wizard.resultHeading()).toContainText('推荐');
  // Styles applied: the result is a card, not unstyled text.
  expect(await wizard.result.evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe(
    'solid',
  );
  expectAllUnderBase(responses);

  // A refresh on the deep link restores it (the route lives in the hash).
  responses.length = 0;
  await page.reload();
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
  expectAllUnderBase(responses);
});

test('walking, Back and the share link all stay under the sub-path', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: SUBPATH_ORIGIN,
  });
  const responses = recordResponses(page);
  // Through index.html as well as the directory.
  await page.goto(`${BASE}index.html#/wizard?tree=guide&lang=en`);
  const wizard = new WizardPage(page);
  await wizard.answer('Yes');
  await wizard.answer('Yes');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  await page.goBack();
  await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
  expect(page.url().startsWith(`${BASE}index.html#/wizard?`)).toBe(true);
  await wizard.answer('No');

  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${BASE}index.html#/wizard?`)).toBe(true);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(new WizardPage(other).result).toHaveAttribute('data-runtime', 'runc');
  await fresh.close();

  // The embed code points at this sub-path too.
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByTestId('embed-script-code')).toContainText(`${BASE}embed.js`);
  await expect(page.getByTestId('embed-iframe-code')).toContainText(`src="${BASE}`);
  expectAllUnderBase(responses);
});

test('the sub-path without its trailing slash still loads the app', async ({ page }) => {
  const responses = recordResponses(page);
  await page.goto(`${SUBPATH_ORIGIN}${SUBPATH.replace(/\/$/, '')}#/wizard?tree=guide&lang=en`);
  await expect(new WizardPage(page).question).toHaveAttribute(
    'data-question-id',
    'resource_constrained',
  );
  expect(new URL(page.url()).pathname).toBe(SUBPATH);
  // The one response outside the base is the redirect that adds the slash.
  expectAllUnderBase(responses.filter((response) => response.status() !== 301));
});

test('embed.js ships with the build, next to the app', async ({ request }) => {
  const response = await request.get(`${BASE}embed.js`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('runtime-advisor:resize');
});
