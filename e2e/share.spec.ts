import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { APP_ORIGIN, HOST_ORIGIN } from './servers';
import { WizardPage } from './wizard-page';

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP_ORIGIN });
});

test('Copy link on a question gives a link that reopens that question', async ({
  page,
  browser,
}) => {
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&lang=en');
  await wizard.answer('No');
  await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
  const actions = page.getByRole('region', { name: 'Share this step' });
  await actions.getByRole('button', { name: 'Copy link' }).click();
  await expect(actions.getByRole('button', { name: 'Copied' })).toBeVisible();
  const link = await readClipboard(page);
  expect(link).toBe(page.url());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(new WizardPage(other).question).toHaveAttribute('data-question-id', 'fast_startup');
  await fresh.close();
});

test('the copied link of a result restores the result and the language, without embed options', async ({
  page,
  browser,
}) => {
  const wizard = new WizardPage(page);
  // Copied inside a dark embed: the link must open the full app, in Chinese.
  await wizard.open('tree=guide&lang=zh&embed=1&theme=dark');
  await wizard.answer('否');
  await wizard.answer('否');
  await wizard.answer('是');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'wasmedge');
  const heading = await wizard.resultHeading().textContent();
  await page
    .getByRole('region', { name: '分享此结果' })
    .getByRole('button', { name: '复制链接' })
    .click();
  const link = new URL(await readClipboard(page));
  const params = new URLSearchParams(link.hash.slice(link.hash.indexOf('?') + 1));
  expect(link.hash.startsWith('#/wizard?')).toBe(true);
  expect(Object.fromEntries(params)).toEqual({
    tree: 'guide',
    resource_constrained: 'no',
    fast_startup: 'no',
    gpu: 'yes',
    lang: 'zh',
  });

  const fresh = await browser.newContext({ locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(link.href);
  const restored = new WizardPage(other);
  await expect(restored.resultHeading()).toHaveText(heading!);
  await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The full app: header and footer are back.
  await expect(other.getByRole('banner')).toBeVisible();
  await fresh.close();
});

test.describe('the system share sheet', () => {
  test('is offered where the browser has one, with the same link', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
      });
    });
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en');
    await page.getByRole('button', { name: 'Share…' }).click();
    const calls = await page.evaluate(
      () => (window as unknown as { shareCalls: ShareData[] }).shareCalls,
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(page.url());
    await expect(page.getByRole('status').filter({ hasText: 'not available' })).toHaveCount(0);
  });

  test('cancelling says nothing; a refusal points to Copy link', async ({ page }) => {
    await page.addInitScript(() => {
      let calls = 0;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: () => {
          calls += 1;
          const name = calls === 1 ? 'AbortError' : 'NotAllowedError';
          return Promise.reject(new DOMException('no', name));
        },
      });
    });
    const wizard = new WizardPage(page);
    await wizard.open();
    const share = page.getByRole('button', { name: 'Share…' });
    await share.click();
    await expect(page.getByText('Sharing is not available here')).toHaveCount(0);
    await share.click();
    await expect(page.getByText('Sharing is not available here')).toBeVisible();
  });

  test('is not offered where the browser has none', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    const wizard = new WizardPage(page);
    await wizard.open();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  });
});

test('when the clipboard is refused, the link is shown selected for a manual copy', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  const wizard = new WizardPage(page);
  await wizard.open('tree=guide&resource_constrained=yes&lang=en&embed=1');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Text to copy' });
  await expect(field).toBeFocused();
  const link = await field.inputValue();
  expect(link).toContain('#/wizard?tree=guide&resource_constrained=yes&lang=en');
  expect(link).not.toContain('embed');
  await expect(page.getByRole('button', { name: 'Copied' })).toHaveCount(0);
});

test.describe('the Embed dialog', () => {
  test('generates iframe and script code for this app, in this language', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=no&lang=zh');
    const opener = page.getByRole('button', { name: '嵌入' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: '嵌入选型决策' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
    await expectNoAxeViolations(page);

    const appBase = new URL('./', page.url()).href;
    const iframeCode = dialog.getByTestId('embed-iframe-code');
    const scriptCode = dialog.getByTestId('embed-script-code');
    const iframe = await attributesOf(page, await iframeCode.textContent(), 'iframe');
    expect(iframe.title).toBeTruthy();
    expect(iframe.loading).toBe('lazy');
    expect(iframe.allow).toBe('clipboard-write');
    expect(iframe.style).toMatch(/min-height:\s*\d{3,}px/);
    const src = new URL(iframe.src!);
    expect(`${src.origin}${src.pathname}`).toBe(appBase);
    // Without "start at this step", the frame starts at the first question.
    expect(searchOf(src)).toEqual({ tree: 'guide', lang: 'zh', embed: '1' });

    const host = await attributesOf(page, await scriptCode.textContent(), 'div');
    expect(host).toEqual({ 'data-runtime-advisor': '', 'data-lang': 'zh', 'data-tree': 'guide' });
    const script = await attributesOf(page, await scriptCode.textContent(), 'script');
    expect(script.src).toBe(`${appBase}embed.js`);

    // Options: a fixed theme, and starting at this step.
    await dialog.getByRole('combobox', { name: '主题' }).selectOption('dark');
    await dialog.getByRole('checkbox', { name: /从当前步骤开始/ }).check();
    const dark = await attributesOf(page, await iframeCode.textContent(), 'iframe');
    expect(searchOf(new URL(dark.src!))).toEqual({
      tree: 'guide',
      resource_constrained: 'no',
      lang: 'zh',
      embed: '1',
      theme: 'dark',
    });
    const darkHost = await attributesOf(page, await scriptCode.textContent(), 'div');
    expect(darkHost['data-theme']).toBe('dark');
    expect(darkHost['data-answers']).toBe('resource_constrained=no');

    // Copy puts exactly the shown code on the clipboard.
    await dialog.getByRole('button', { name: '复制 iframe 代码' }).click();
    expect(await readClipboard(page)).toBe(await iframeCode.textContent());

    // Escape closes it, and focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test.describe('pasted into a page on another origin', () => {
    test.use({ allowedOrigins: [HOST_ORIGIN] });

    test('the generated iframe code shows the chromeless guide', async ({ page }) => {
      const wizard = new WizardPage(page);
      await wizard.open('tree=guide&lang=en');
      await page.getByRole('button', { name: 'Embed' }).click();
      const code = await page.getByTestId('embed-iframe-code').textContent();
      await page.getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('dialog')).toBeHidden();

      // A page of the host server stands in for the portal page the code is pasted into
      // (a real loopback origin: Chromium blocks loopback frames in pages it cannot place).
      await page.goto(`${HOST_ORIGIN}/embed.html`);
      await page.evaluate((html) => {
        document.body.innerHTML = html;
      }, code!);
      const frame = page.frameLocator('iframe');
      await expect(frame.getByTestId('question')).toBeVisible();
      await expect(frame.getByRole('banner')).toHaveCount(0);
      const height = await page
        .locator('iframe')
        .evaluate((element) => element.getBoundingClientRect().height);
      expect(height).toBeGreaterThanOrEqual(400);
    });
  });

  test('is not offered inside an embed, which links to the full app instead', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=en&embed=1');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
    const open = page.getByRole('link', { name: /Open in a new tab/ });
    await expect(open).toHaveAttribute('target', '_blank');
    expect(await open.getAttribute('href')).not.toContain('embed=1');
  });
});

test.describe('print', () => {
  test('a result prints without navigation chrome, keeps its facts and shows link targets', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=en');
    await expect(wizard.result).toBeVisible();
    // One link out of the app and one in-app link, to see how each prints.
    await wizard.result.evaluate((result) => {
      const external = document.createElement('a');
      external.href = 'https://example.org/runtime-report';
      external.id = 'external-link';
      external.textContent = 'a report';
      const internal = document.querySelector<HTMLAnchorElement>('a[href*="#/"]')!.cloneNode(true);
      (internal as HTMLElement).id = 'internal-link';
      result.append(external, internal);
    });
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Back' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(wizard.result).toBeVisible();
    await expect(wizard.resultHeading()).toBeVisible();
    await expect(wizard.result.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    await expect(page.getByText(page.url())).toBeVisible();

    const after = (id: string) =>
      page.locator(`#${id}`).evaluate((element) => getComputedStyle(element, '::after').content);
    expect(await after('external-link')).toContain('https://example.org/runtime-report');
    expect(await after('internal-link')).toBe('none');

    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByText(page.url())).toBeHidden();
  });

  test('a section not loaded yet prints a line saying so, and asking to print loads it', async ({
    page,
  }) => {
    // Hold the snippets' code, as a slow network would, while the browser lays out the paper.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/runtime-snippets-*.js', async (route) => {
      await released;
      await route.continue();
    });
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=no&fast_startup=no&gpu=no&lang=en');
    await expect(wizard.result).toBeVisible();
    // The deployment snippets sit in a closed fold: nothing has opened them.
    const deployFold = page.locator('details#deploy');
    await expect(deployFold).not.toHaveAttribute('open');
    const snippetsHeading = page.locator('section.runtime-snippets').getByRole('heading', {
      name: /^Deploy /,
    });
    await expect(snippetsHeading).toHaveCount(0);
    const note = page.getByText('This section had not loaded yet when printing started.', {
      exact: false,
    });
    await expect(note).toBeHidden();

    // What the browser does when the reader asks to print: every fold opens and the paper is
    // laid out at once, before the section's code is there; it says so instead of "Loading".
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(deployFold).toHaveAttribute('open');
    await expect(note).toBeVisible();
    await expect(page.getByText('Loading this section…')).toBeHidden();

    // The load the print started completes: the next print has the section.
    release();
    await expect(snippetsHeading).toBeVisible();
    await expect(note).toHaveCount(0);
  });

  test('dark mode prints light', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&resource_constrained=yes&strong_isolation=no&lang=en&theme=dark');
    await expect(wizard.result).toBeVisible();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const screenBackground = await background();
    await page.emulateMedia({ media: 'print' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(screenBackground).not.toBe('rgb(255, 255, 255)');
  });
});

/** The attributes of the first `selector` in generated code, parsed by the browser (inert). */
async function attributesOf(
  page: Page,
  code: string | null,
  selector: string,
): Promise<Record<string, string>> {
  expect(code).toBeTruthy();
  return page.evaluate(
    ([html, query]) => {
      const element = new DOMParser().parseFromString(html!, 'text/html').querySelector(query!);
      if (!element) return {};
      return Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
    },
    [code, selector],
  );
}

function searchOf(url: URL): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(url.hash.slice(url.hash.indexOf('?') + 1)));
}
