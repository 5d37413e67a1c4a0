import type { Frame, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { EmbedHostPage } from './embed-host-page';
import { APP_ORIGIN, HOST_ORIGIN, SUBPATH, SUBPATH_ORIGIN } from './servers';
import { WizardPage } from './wizard-page';

test.describe('embedded in a host page on another origin', () => {
  test.use({ allowedOrigins: [HOST_ORIGIN, SUBPATH_ORIGIN] });

  test('the frame fits its content after each step and the host hears each result once', async ({
    page,
  }) => {
    const host = new EmbedHostPage(page);
    await host.open();
    // data-lang="zh" on the host element: the embed speaks Chinese.
    await expect(host.frame.getByTestId('question').getByRole('heading', { level: 2 })).toHaveText(
      /资源受限/,
    );
    await host.expectFrameFitsContent();
    const heights = [await host.frameHeight()];

    for (const label of ['否', '否', '是']) {
      await host.answer(label);
      await host.expectFrameFitsContent();
      heights.push(await host.frameHeight());
    }
    await expect(host.frame.getByTestId('result')).toHaveAttribute('data-runtime', 'wasmedge');
    // The result is much taller than a question: the frame really followed the content.
    expect(heights.at(-1)!).toBeGreaterThan(heights[0]! + 100);

    await expect(host.results).toHaveCount(1);
    await expect(host.results.first()).toHaveAttribute('data-runtime', 'wasmedge');
    const url = new URL((await host.results.first().getByRole('link').getAttribute('href'))!);
    expect(url.origin).toBe(APP_ORIGIN);
    const params = new URLSearchParams(url.hash.slice(url.hash.indexOf('?') + 1));
    expect(Object.fromEntries(params)).toEqual({
      tree: 'guide',
      resource_constrained: 'no',
      fast_startup: 'no',
      gpu: 'yes',
      lang: 'zh',
    });

    // A narrower host column re-lays out the result; the frame follows, and re-rendering the
    // same result does not report it again.
    await page.setViewportSize({ width: 700, height: 900 });
    await host.expectFrameFitsContent();
    await expect(host.results).toHaveCount(1);

    // Leaving the result and reaching it again is a new result event.
    await host.frame.getByRole('link', { name: /修改“你需要 GPU 加速吗？”|修改.*GPU/ }).click();
    await expect(host.frame.getByTestId('question')).toHaveAttribute('data-question-id', 'gpu');
    await host.expectFrameFitsContent();
    await host.answer('是');
    await expect(host.results).toHaveCount(2);
    await host.frame.getByRole('button', { name: '上一步' }).click();
    await host.answer('否');
    await expect(host.frame.getByTestId('result')).toHaveAttribute('data-runtime', 'runc');
    await expect(host.results).toHaveCount(3);
    await expect(host.results.last()).toHaveAttribute('data-runtime', 'runc');
    await host.expectFrameFitsContent();
  });

  test('an embed that opens at a result reports it once, also when its link is rewritten', async ({
    page,
  }) => {
    const host = new EmbedHostPage(page);
    await host.open();
    // Added later, started mid-walk with an off-path answer and no language: the app drops the
    // answer, adds the language and rewrites its URL, which must not count as a second result.
    await page.evaluate(() => {
      const element = document.createElement('div');
      element.id = 'late';
      element.dataset.runtimeAdvisor = '';
      element.dataset.answers = 'resource_constrained=yes,strong_isolation=no,gpu=yes';
      const events: unknown[] = [];
      (window as unknown as { lateEvents: unknown[] }).lateEvents = events;
      element.addEventListener('runtime-advisor:result', (event) => {
        events.push((event as CustomEvent).detail);
      });
      document.querySelector('main')!.prepend(element);
      (window as unknown as { RuntimeAdvisor: { mount: () => void } }).RuntimeAdvisor.mount();
    });
    const late = page.frameLocator('#late iframe');
    await expect(late.getByTestId('result')).toHaveAttribute('data-runtime', 'runc');
    const frame = (await (await page.locator('#late iframe').elementHandle()).contentFrame())!;
    await expect.poll(() => frame.url()).toContain('lang=');
    await expect.poll(() => frame.url()).not.toContain('gpu=');
    await frame.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    );
    await deliver(page, frame, []);
    const events = await page.evaluate(
      () => (window as unknown as { lateEvents: unknown[] }).lateEvents,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      runtime: 'runc',
      answers: { resource_constrained: 'yes', strong_isolation: 'no' },
    });
    // The other embed on the page reached nothing.
    await expect(host.results).toHaveCount(0);
  });

  test('messages from other windows and origins are ignored, bad heights ignored or clamped', async ({
    page,
  }) => {
    const host = new EmbedHostPage(page);
    await host.open();
    await host.expectFrameFitsContent();
    const fitted = await host.frameHeight();
    const forgedResult = {
      type: 'runtime-advisor:result',
      runtime: 'gvisor',
      answers: { resource_constrained: 'yes' },
      url: `${APP_ORIGIN}/#/wizard?tree=guide`,
    };
    const forged = [{ type: 'runtime-advisor:resize', height: 4321 }, forgedResult];

    // The host page itself, a frame of the app's origin that the loader did not create, and a
    // frame of a third origin all post perfectly formed messages.
    await deliver(page, page.mainFrame(), forged);
    const sameOrigin = await addFrame(page, `${APP_ORIGIN}/favicon.svg`);
    await deliver(page, sameOrigin, forged);
    const thirdOrigin = await addFrame(page, `${SUBPATH_ORIGIN}${SUBPATH}favicon.svg`);
    await deliver(page, thirdOrigin, forged);
    expect(await host.frameHeight()).toBe(fitted);
    await expect(host.results).toHaveCount(0);

    // The real frame, with heights that make no sense: ignored.
    const app = await host.appFrame();
    const junk: unknown[] = [
      Number.NaN,
      -250,
      0,
      '900',
      '900px',
      null,
      undefined,
      true,
      { valueOf: 900 },
      [900],
      Number.NEGATIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ];
    await deliver(
      page,
      app,
      junk.map((height) => ({ type: 'runtime-advisor:resize', height })),
    );
    await deliver(page, app, [null, 'runtime-advisor:resize', 42, { type: 7 }, []]);
    expect(await host.frameHeight()).toBe(fitted);

    // Huge and tiny heights are clamped.
    // (Measured as the messages are handled: the app then reports its real height again.)
    expect(await deliver(page, app, [{ type: 'runtime-advisor:resize', height: 1e9 }])).toBe(
      40_000,
    );
    expect(await deliver(page, app, [{ type: 'runtime-advisor:resize', height: 3 }])).toBe(200);

    // The app keeps working, and the next step sizes the frame to its content again.
    await host.answer('是');
    await host.expectFrameFitsContent();
    await expect(host.results).toHaveCount(0);
  });

  test('the plain iframe shows the chromeless guide at its minimum height', async ({ page }) => {
    const host = new EmbedHostPage(page);
    await host.open();
    await host.plainFrameElement.scrollIntoViewIfNeeded();
    const plain = page.frameLocator('#plain-frame');
    await expect(plain.getByTestId('question')).toBeVisible();
    await expect(plain.getByRole('banner')).toHaveCount(0);
    await expect(plain.getByRole('contentinfo')).toHaveCount(0);
    const height = await host.plainFrameElement.evaluate(
      (element) => element.getBoundingClientRect().height,
    );
    expect(height).toBeGreaterThanOrEqual(640);
  });

  test('links that leave the app open in a new tab; in-app links stay in the frame', async ({
    page,
    context,
  }) => {
    const host = new EmbedHostPage(page);
    await host.open();
    const app = await host.appFrame();
    const before = app.url();
    // A link to another page (as content and citations carry): it must not replace the frame.
    await app.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = 'Elsewhere';
      document.querySelector('main')!.append(link);
    }, `${APP_ORIGIN}/favicon.svg`);
    const popup = context.waitForEvent('page');
    await host.frame.getByRole('link', { name: 'Elsewhere' }).click();
    expect((await popup).url()).toBe(`${APP_ORIGIN}/favicon.svg`);
    expect(app.url()).toBe(before);

    // "Open in a new tab" leads to the full app, not the embed.
    await expect(host.frame.getByRole('link', { name: /在新标签页打开/ })).toHaveAttribute(
      'target',
      '_blank',
    );

    // In-app navigation stays inside the frame, in embed mode.
    await host.answer('否');
    expect(app.url()).toContain('embed=1');
    expect(app.url()).toContain('resource_constrained=no');
  });

  test('every in-app link a result offers stays embedded, in its theme, and the frame follows', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const host = new EmbedHostPage(page);
    await host.open();
    // A second embed, dark and in English, that opens at a result (mounted as a portal would add
    // one later).
    await page.evaluate(() => {
      const element = document.createElement('div');
      element.id = 'advisor-dark';
      element.setAttribute('data-runtime-advisor', '');
      element.setAttribute('data-lang', 'en');
      element.setAttribute('data-theme', 'dark');
      element.setAttribute('data-answers', 'resource_constrained=yes,strong_isolation=yes');
      document.querySelector('main')!.prepend(element);
      (window as unknown as { RuntimeAdvisor: { mount: () => void } }).RuntimeAdvisor.mount();
    });
    const frameElement = page.locator('#advisor-dark iframe');
    const frame = page.frameLocator('#advisor-dark iframe');
    await expect(frame.getByTestId('result')).toBeVisible();
    const app = (await (await frameElement.elementHandle()).contentFrame())!;
    // Deferred parts (the snippets) render when they come near the host's viewport: scroll the
    // host page down until they have.
    const scrollUntil = async (locator: import('@playwright/test').Locator) => {
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await expect
        .poll(
          async () => {
            if ((await locator.count()) > 0) return true;
            await page.evaluate(() => {
              window.scrollBy(0, window.innerHeight * 0.8);
            });
            return false;
          },
          { intervals: [100], timeout: 60_000 },
        )
        .toBe(true);
    };
    await scrollUntil(frame.getByTestId('snippet'));
    const resultUrl = app.url();

    const fits = () =>
      expect
        .poll(
          async () => {
            const inner = await app.evaluate(() => ({
              scroll: document.documentElement.scrollHeight,
              content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
              inner: window.innerHeight,
            }));
            const outer = await frameElement.evaluate((e) => e.getBoundingClientRect().height);
            return (
              Math.abs(outer - inner.inner) <= 1 &&
              inner.scroll <= inner.inner &&
              inner.inner - inner.content <= 1
            );
          },
          { message: 'the frame is as tall as its page' },
        )
        .toBe(true);
    await fits();
    const resultHeight = await frameElement.evaluate((e) => e.getBoundingClientRect().height);

    // Every link in the result that stays in the app (same document: hash routes). Those that
    // open a new tab lead to the full app, never to another embed.
    const { hrefs, newTab } = await app.evaluate(() => {
      const inApp = new Set<string>();
      const out: string[] = [];
      for (const anchor of document.querySelectorAll<HTMLAnchorElement>('main a[href]')) {
        const url = new URL(anchor.href);
        if (url.origin !== location.origin || url.pathname !== location.pathname) continue;
        if (!url.hash.startsWith('#/')) continue;
        if (anchor.target === '_blank') out.push(anchor.href);
        else inApp.add(anchor.getAttribute('href')!);
      }
      return { hrefs: [...inApp], newTab: out };
    });
    for (const href of newTab) expect(href).not.toMatch(/[?&](embed|theme)=/);
    const paths = new Set(hrefs.map((href) => href.replace(/^.*#/, '').replace(/\?.*$/, '')));
    // The result leads to the runtime page, the comparison, the weighing and back to the guide.
    for (const expected of ['/runtimes/wasmedge', '/compare', '/weigh', '/wizard']) {
      expect([...paths]).toContain(expected);
    }

    const heights = new Set<number>();
    for (const href of hrefs) {
      await app.goto(resultUrl);
      await expect(frame.getByTestId('result')).toBeVisible();
      const link = frame.locator(`main a[href="${href.replaceAll('"', '\\"')}"]`).first();
      await scrollUntil(link);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await expect.poll(() => app.url(), { message: `${href} navigates` }).not.toBe(resultUrl);
      const params = new URLSearchParams(app.url().replace(/^[^?]*\?/, ''));
      expect({
        href,
        embed: params.get('embed'),
        theme: params.get('theme'),
        lang: params.get('lang'),
      }).toEqual({
        href,
        embed: '1',
        theme: 'dark',
        lang: 'en',
      });
      await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(app.getByRole('banner')).toHaveCount(0);
      await expect(app.getByRole('contentinfo')).toHaveCount(0);
      await fits();
      heights.add(await frameElement.evaluate((e) => e.getBoundingClientRect().height));
    }
    // Some pages are shorter than the result: the frame shrank as well as grew.
    expect(Math.min(...heights)).toBeLessThan(resultHeight - 200);
  });

  test('the embed keeps working when storage and the clipboard are unavailable', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('storage is partitioned away', 'SecurityError');
          },
        });
      }
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    });
    const host = new EmbedHostPage(page);
    await host.open();
    await host.answer('是');
    await host.answer('是');
    await expect(host.frame.getByTestId('result')).toHaveAttribute('data-runtime', 'wasmedge');
    await expect(host.results).toHaveCount(1);
    await host.frame.getByRole('button', { name: '复制链接' }).click();
    const field = host.frame.getByRole('textbox', { name: '待复制的文本' });
    await expect(field).toBeVisible();
    expect(await field.inputValue()).toContain('resource_constrained=yes&strong_isolation=yes');
    await host.expectFrameFitsContent();
  });
});

test.describe('embed mode on its own', () => {
  test('is chromeless and honours theme and language', async ({ page }) => {
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=zh&embed=1&theme=dark');
    await expect(wizard.questionHeading()).toContainText('资源受限');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Steps keep the embed options.
    await wizard.answer('是');
    expect(wizard.searchParams().get('embed')).toBe('1');
    expect(wizard.searchParams().get('theme')).toBe('dark');
    await wizard.open('tree=guide&lang=en&embed=1&theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page);
  });

  test('posts nothing when it has no parent frame', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
      const original = window.postMessage.bind(window);
      window.postMessage = ((...args: Parameters<typeof window.postMessage>) => {
        seen.push(args[0]);
        original(...args);
      }) as typeof window.postMessage;
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    const wizard = new WizardPage(page);
    await wizard.open('tree=guide&lang=en&embed=1');
    await wizard.answer('Yes');
    await wizard.answer('No');
    await expect(wizard.result).toHaveAttribute('data-runtime', 'runc');
    await page.setViewportSize({ width: 500, height: 800 });
    await expect(wizard.result).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages),
    ).toEqual([]);
  });
});

/** Adds an iframe to the host page and returns its frame once loaded. */
async function addFrame(page: Page, src: string): Promise<Frame> {
  const name = `rogue-${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ([url, frameName]) =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.name = frameName!;
        frame.src = url!;
        frame.addEventListener('load', () => {
          resolve();
        });
        document.body.append(frame);
      }),
    [src, name],
  );
  return page.frame({ name })!;
}

/**
 * Posts `messages` to the host page from `from`, then waits until the host page has handled
 * them all: a marker posted after them from the same window arrives after them.
 */
/**
 * Posts `messages` from the app frame to the host, then a marker; resolves once the host has
 * handled them all, with the sending frame's height as it was right then. Messages from one
 * window arrive in order, so no message of the app's own can slip in before the marker.
 */
async function deliver(page: Page, from: Frame, messages: unknown[]): Promise<number> {
  const marker = `marker-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((id) => {
    (window as unknown as Record<string, Promise<number>>)[id] = new Promise<number>((resolve) => {
      window.addEventListener('message', function onMessage(event: MessageEvent) {
        if ((event.data as { marker?: string } | null)?.marker !== id) return;
        window.removeEventListener('message', onMessage);
        const frame = [...document.querySelectorAll('iframe')].find(
          (candidate) => candidate.contentWindow === event.source,
        );
        resolve(frame ? frame.getBoundingClientRect().height : -1);
      });
    });
  }, marker);
  await from.evaluate(
    ([list, id]) => {
      for (const message of list) window.parent.postMessage(message, '*');
      window.parent.postMessage({ marker: id }, '*');
    },
    [messages, marker] as const,
  );
  return page.evaluate(
    (id) => (window as unknown as Record<string, Promise<number> | undefined>)[id] ?? -1,
    marker,
  );
}
