// Fault injection and hostile input, end to end against the production build: the Content
// Security Policy, error boundaries, chunks that fail after a redeploy, storage that throws, and
// links built to break the page (huge, repeated, prototype-polluting, markup-carrying, embed).
import type { Page, Route } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { QUESTION_TEXT_EN } from './guide-paths';
import { WizardPage } from './wizard-page';

/** Counts full page loads (the first load and every reload) of the main frame. */
function countDocumentLoads(page: Page): () => number {
  let loads = 0;
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1;
  });
  return () => loads;
}

const WIZARD_CHUNK = '**/assets/wizard-*.js';

/**
 * A redeploy, as the page's check sees it: index.html, when fetched by the page (not when
 * loaded as the document), names a new start-up script (its name changes with the entry's).
 */
async function announceRedeploy(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      if (route.request().resourceType() === 'document') return route.fallback();
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /assets\/startup-[\w-]+\.js/,
        'assets/startup-next.js',
      );
      return route.fulfill({ response, body: html });
    },
  );
}

async function walkToRunc(wizard: WizardPage): Promise<void> {
  await wizard.answer('No');
  await wizard.answer('No');
  await wizard.answer('No');
  await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
}

// ---------------------------------------------------------------- Content Security Policy

test.describe('Content Security Policy', () => {
  test('the served page carries a strict policy and no inline script', async ({ request }) => {
    const html = await (await request.get('./')).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, 'a CSP meta tag in index.html').not.toBeNull();
    const directives = new Map(
      (meta?.[1] ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(meta?.[1]).not.toContain('unsafe-eval');

    // The policy must come before anything it governs.
    const metaAt = html.indexOf('Content-Security-Policy');
    for (const tag of ['<script', '<link rel="stylesheet"', '<link rel="modulepreload"']) {
      const at = html.indexOf(tag);
      if (at >= 0) expect(at, `${tag} after the policy`).toBeGreaterThan(metaAt);
    }
    // Every script is a file; no inline code and no inline event handlers.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/\ssrc="\.\/assets\/[^"]+\.js"/);
    expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  test('the policy is enforced: eval and injected inline script do not run', async ({
    browser,
  }) => {
    // A separate, unguarded page: the violations here are the point.
    const context = await browser.newContext();
    const page = await context.newPage();
    // Code evaluated by the test runner is exempt from the page's policy, so the eval probe is
    // served as a same-origin file (which script-src 'self' allows) and runs as the page's own.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          try { window.__evalRan = eval('1 + 1') === 2; } catch { window.__evalRan = false; }
          try { window.__functionRan = new Function('return 2')() === 2; } catch { window.__functionRan = false; }
          window.__probeRan = true;`,
      }),
    );
    await page.goto('./#/wizard?tree=guide&lang=en');
    await expect(page.getByTestId('question')).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.violatedDirective);
      });
      const probe = document.createElement('script');
      probe.src = './csp-probe.js';
      const probed = new Promise((resolve) => {
        probe.addEventListener('load', resolve);
        probe.addEventListener('error', resolve);
      });
      document.body.append(probe);
      await probed;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
      image.setAttribute('onload', 'window.__handlerRan = true;');
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const flags = window as unknown as Record<string, boolean | undefined>;
      return {
        probeRan: flags.__probeRan === true,
        evalRan: flags.__evalRan === true,
        functionRan: flags.__functionRan === true,
        inlineRan: flags.__inlineRan === true,
        handlerRan: flags.__handlerRan === true,
        violations,
      };
    });
    expect(outcome.probeRan).toBe(true);
    expect(outcome.functionRan).toBe(false);
    expect(outcome.evalRan).toBe(false);
    expect(outcome.inlineRan).toBe(false);
    expect(outcome.handlerRan).toBe(false);
    expect(outcome.violations.length).toBeGreaterThanOrEqual(4);
    await context.close();
  });
});

// ---------------------------------------------------------------- error boundaries

test.describe('error boundaries', () => {
  test('a page whose code fails shows a message in its language, and Start over keeps language and tree', async ({
    page,
    guards,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') logged.push(message.text());
    });
    guards.allowConsoleError(/\[Runtime Advisor\] A page failed/);
    // The wizard's chunk throws while it evaluates, once: a broken build, not a missing file.
    let corrupted = false;
    await page.route(WIZARD_CHUNK, async (route) => {
      if (corrupted) return route.fallback();
      corrupted = true;
      await route.fulfill({
        contentType: 'text/javascript',
        body: 'throw new Error("corrupted chunk (injected by the test)");',
      });
    });
    const loads = countDocumentLoads(page);
    const wizard = new WizardPage(page);
    await wizard.open('tree=full&existing_images=yes&lang=zh&theme=dark');

    const panel = page.getByTestId('route-error');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('此页面出错了');
    await expect(panel.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('banner')).toBeVisible(); // the shell still stands
    await expectNoAxeViolations(page);
    expect(logged.some((text) => text.includes('corrupted chunk'))).toBe(true);
    // Not a load failure, so no reload was attempted.
    expect(loads()).toBe(1);

    await panel.getByRole('link', { name: '重新开始' }).click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'existing_images');
    await expect(wizard.question).toContainText('是');
    const params = wizard.searchParams();
    expect(params.get('tree')).toBe('full');
    expect(params.get('lang')).toBe('zh');
    expect(params.get('theme')).toBe('dark');
    expect(params.has('existing_images')).toBe(false);
  });
});

// ---------------------------------------------------------------- chunks failing after a redeploy

test.describe('a chunk that fails to load', () => {
  const STATE = 'tree=guide&resource_constrained=yes&lang=zh';

  test('after a redeploy, is reloaded once, and the page comes back in the same state', async ({
    page,
    guards,
  }) => {
    guards.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
    guards.allowConsoleError(/\[Runtime Advisor\] A page failed/);
    const loads = countDocumentLoads(page);
    await announceRedeploy(page);
    // Missing on the first page (an old index.html after a redeploy), there after the reload.
    await page.route(WIZARD_CHUNK, (route: Route) =>
      loads() <= 1 ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
    );
    const wizard = new WizardPage(page);
    await wizard.open(STATE);
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    await expect(wizard.questionHeading()).toContainText('强隔离');
    expect(loads()).toBe(2);
    expect(wizard.searchParams().toString()).toBe(STATE);
  });

  test('after a redeploy, one that stays missing ends after exactly one reload in a clear message', async ({
    page,
    guards,
  }) => {
    guards.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
    guards.allowConsoleError(/\[Runtime Advisor\] A page failed/);
    const loads = countDocumentLoads(page);
    await announceRedeploy(page);
    await page.route(WIZARD_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));
    const wizard = new WizardPage(page);
    await wizard.open(STATE);
    await expect.poll(loads).toBe(2);
    const panel = page.getByTestId('route-error');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('应用的部分内容无法加载');
    await expect(panel).toContainText('你的回答保存在地址中');
    await expect(panel.getByRole('button', { name: '重试' })).toBeVisible();
    // Give a second reload every chance to happen; it must not.
    await page.waitForTimeout(1500);
    expect(loads()).toBe(2);
    await expect(panel).toBeVisible();
    expect(wizard.searchParams().toString()).toBe(STATE);
    const startOver = await panel.getByRole('link', { name: '重新开始' }).getAttribute('href');
    expect(startOver).toContain('tree=guide');
    expect(startOver).toContain('lang=zh');
  });

  test('without a redeploy, is not reloaded: the message says so in place, and Retry reloads', async ({
    page,
    guards,
  }) => {
    guards.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
    guards.allowConsoleError(/\[Runtime Advisor\] A page failed/);
    const loads = countDocumentLoads(page);
    let blocked = true;
    await page.route(WIZARD_CHUNK, (route) =>
      blocked ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
    );
    const wizard = new WizardPage(page);
    await wizard.open(STATE);
    const panel = page.getByTestId('route-error');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText('应用的部分内容无法加载');
    // The same index.html is on the server: a reload could not help, so none happens.
    await page.waitForTimeout(1500);
    expect(loads()).toBe(1);
    // The file is back (a network fault passed): Retry, asked for, loads a fresh page.
    blocked = false;
    await panel.getByRole('button', { name: '重试' }).click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    expect(loads()).toBe(2);
    expect(wizard.searchParams().toString()).toBe(STATE);
  });

  test('with sessionStorage unusable, shows the message without reloading', async ({
    page,
    guards,
  }) => {
    guards.allowConsoleError(/Failed to load resource: the server responded with a status of 404/);
    guards.allowConsoleError(/\[Runtime Advisor\] A page failed/);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const loads = countDocumentLoads(page);
    await page.route(WIZARD_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await new WizardPage(page).open('tree=guide&lang=en');
    const panel = page.getByTestId('route-error');
    await expect(panel.getByRole('heading', { level: 1 })).toHaveText(
      'Part of the app could not be loaded',
    );
    await page.waitForTimeout(1000);
    expect(loads()).toBe(1);
  });
});

// ---------------------------------------------------------------- storage that throws

test.describe('storage that throws', () => {
  test('getters that throw (partitioned iframe): a full walk works, with no errors', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    const wizard = new WizardPage(page);
    await page.goto('./#/?lang=en');
    await page.getByRole('link', { name: 'Start the decision guide' }).first().click();
    await expect(wizard.questionHeading()).toHaveText(QUESTION_TEXT_EN.resource_constrained!);
    await walkToRunc(wizard);
    await page.getByRole('link', { name: '中文' }).click();
    await expect(wizard.resultHeading()).toContainText('推荐');
    await page.reload();
    await expect(wizard.resultHeading()).toContainText('推荐');
  });

  test('methods that throw (privacy mode, full quota): a full walk works, with no errors', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
        Object.defineProperty(Storage.prototype, method, {
          configurable: true,
          value() {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          },
        });
      }
    });
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=en');
    await walkToRunc(wizard);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
  });
});

// ---------------------------------------------------------------- hostile links

test.describe('hostile links', () => {
  for (const [name, search] of [
    ['a huge value', `tree=guide&resource_constrained=${'y'.repeat(100_000)}&lang=en`],
    ['many junk keys', `${'a=b&'.repeat(25_000)}tree=guide&lang=en`],
    ['encoded junk', `tree=guide&lang=en&x=${'%E0%A4%A'.repeat(12_500)}`],
  ] as const) {
    test(`a 100,000-character link (${name}) is rejected with a notice and the page works`, async ({
      page,
    }) => {
      expect(search.length).toBeGreaterThanOrEqual(100_000);
      const wizard = new WizardPage(page);
      await wizard.open(search);
      await expect(page.getByTestId('share-notice')).toContainText(
        'The link was longer than this app reads',
      );
      await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
      // The URL is rewritten to its short canonical form, and the walk goes on.
      await expect.poll(() => page.url().length).toBeLessThan(500);
      await walkToRunc(wizard);
    });
  }

  test('duplicate and array parameters follow the one rule: the key is dropped', async ({
    page,
  }) => {
    const wizard = new WizardPage(page);
    const notice = page.getByTestId('share-notice');

    // The same value twice is still ambiguous.
    await wizard.open('tree=guide&resource_constrained=yes&resource_constrained=yes&lang=en');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    await expect(notice).toContainText('“resource_constrained” was given more than once');

    // A repeated tree falls back to the default tree.
    await wizard.open('tree=full&tree=guide&resource_constrained=no&lang=en');
    await expect(notice).toContainText('“tree” was given more than once');
    await expect(wizard.question).toHaveAttribute('data-question-id', 'fast_startup');
    await expect.poll(() => wizard.searchParams().getAll('tree')).toEqual(['guide']);

    // A repeated language: the page still picks one and the link ends up with one.
    await wizard.open('tree=guide&lang=zh&lang=en');
    await expect(wizard.question).toBeVisible();
    await expect.poll(() => wizard.searchParams().getAll('lang').length).toBe(1);

    // Array-style keys are not question ids: ignored, and the real answers still count.
    await wizard.open(
      'tree=guide&resource_constrained[]=no&gpu[0]=yes&resource_constrained=yes&lang=en',
    );
    await expect(wizard.question).toHaveAttribute('data-question-id', 'strong_isolation');
    await expect(notice).toHaveCount(0);

    // JSON-looking values are strings, never parsed, and never answers.
    for (const value of ['true', '1e309', '{"__proto__":{}}', '["yes"]']) {
      await wizard.open(`tree=guide&resource_constrained=${encodeURIComponent(value)}&lang=en`);
      await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
      await expect(notice).toContainText(value);
    }
  });

  test('a prototype-pollution attempt through the URL changes nothing', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open(
      [
        '__proto__[x]=1',
        'constructor[prototype][y]=1',
        '__proto__.z=1',
        'constructor.prototype.w=1',
        `__proto__=${encodeURIComponent('{"polluted":1}')}`,
        'constructor=yes',
        'prototype=yes',
        'tree=guide',
        'lang=en',
      ].join('&'),
    );
    await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
    const probe = () =>
      page.evaluate(() => {
        const empty = {} as Record<string, unknown>;
        return {
          values: ['x', 'y', 'z', 'w', 'polluted'].map((key) => empty[key]),
          ownKeys: Object.keys(Object.prototype).length,
        };
      });
    expect(await probe()).toEqual({
      values: [undefined, undefined, undefined, undefined, undefined],
      ownKeys: 0,
    });
    await walkToRunc(wizard);
    expect(await probe()).toEqual({
      values: [undefined, undefined, undefined, undefined, undefined],
      ownKeys: 0,
    });
  });

  test('markup and script in any part of a link are shown as text and never run', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const wizard = new WizardPage(page);
    const notice = page.getByTestId('share-notice');
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '"><svg onload="window.__pwned=1">',
      'javascript:window.__pwned=1',
      '<script>window.__pwned=1</script>',
    ];
    for (const payload of payloads) {
      const value = encodeURIComponent(payload);
      await wizard.open(
        `tree=${value}&resource_constrained=${value}&${value}=1&lang=en&theme=${value}`,
      );
      await expect(wizard.question).toHaveAttribute('data-question-id', 'resource_constrained');
      // Notices quote at most 40 characters of a value, as text.
      await expect(notice).toContainText(payload.slice(0, 40));
      await expect(page.locator('img[src="x"], svg[onload], script:not([src])')).toHaveCount(0);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(
      undefined,
    );
    expect(dialogs).toBe(0);
  });

  test('the embed flag without a parent frame: works standalone and posts nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = seen;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=en&embed=1&theme=dark');
    expect(await page.evaluate(() => window.parent === window)).toBe(true);
    await expect(wizard.question).toBeVisible();
    // Chromeless: no site header in the embed.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await walkToRunc(wizard);
    expect(wizard.searchParams().get('embed')).toBe('1');
    expect(
      await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages),
    ).toEqual([]);
  });
});
