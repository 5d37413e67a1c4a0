// What the benchmark measures in the page, and how. Every time is the page's own
// performance.now() (milliseconds since navigation start, or since the click that answered),
// taken in a MutationObserver callback: the moment the DOM shows the state, before paint.
// Selectors follow the app's test hooks (the same the e2e page objects use): data-testid="question" with a
// heading and answer buttons, data-testid="result", and data-testid="decision-diagram" holding
// an <svg> whose nodes carry data-node-id and data-path.

export const NO_DIAGRAM = 'not available (no [data-testid=decision-diagram] found)';

/** Runs in the page before any of its scripts (addInitScript): records when each state appears. */
export function installProbe() {
  /** @type {Record<string, number>} */
  const marks = {};
  const visible = (el) => {
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return false;
    return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
  };
  const heading = (root) => root?.querySelector('h1, h2, h3, h4, [role="heading"]') ?? null;
  const mark = (name, now) => {
    marks[name] = now;
    requestAnimationFrame(() => {
      setTimeout(() => {
        marks[`${name}Frame`] = performance.now();
      }, 0);
    });
  };
  const check = () => {
    const now = performance.now();
    if (marks.firstQuestion === undefined) {
      const question = document.querySelector('[data-testid="question"]');
      const answers = question
        ? [...question.querySelectorAll('button, [role="radio"], input[type="radio"]')]
        : [];
      const enabled = answers.some(
        (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true' && visible(el),
      );
      if (enabled && visible(heading(question))) mark('firstQuestion', now);
    }
    if (marks.result === undefined) {
      if (visible(heading(document.querySelector('[data-testid="result"]')))) mark('result', now);
    }
    if (marks.diagramContainer === undefined) {
      if (document.querySelector('[data-testid="decision-diagram"]')) marks.diagramContainer = now;
    }
    if (marks.diagram === undefined) {
      const svg = document.querySelector('[data-testid="decision-diagram"] svg');
      if (svg?.querySelector('[data-node-id]') && visible(svg)) mark('diagram', now);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // Stylesheets can reveal an element without a DOM mutation.
  addEventListener('load', check);
  Object.defineProperty(window, '__bench', { value: { marks, check, observer } });
}

/**
 * In the page, after the load: when the document and each resource were requested and arrived,
 * and the app's own start-up marks (`performance.mark('ra:<name>')`, src/app/startup-marks.ts),
 * all in ms from navigation start. The benchmark lines these up with the probe's marks to show
 * where the time to the first question goes.
 */
function readTimeline() {
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    document: navigation
      ? { start: navigation.requestStart, end: navigation.responseEnd }
      : undefined,
    resources: performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname,
      start: entry.startTime,
      end: entry.responseEnd,
    })),
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((mark) => mark.name.startsWith('ra:'))
        .map((mark) => [mark.name.slice(3), mark.startTime]),
    ),
  };
}

function sameOriginScript(response, origin) {
  const url = new URL(response.url());
  return url.origin === origin && /\.m?js$/.test(url.pathname);
}

/**
 * A page in a fresh browser context (empty cache) with the probe installed, recording every
 * same-origin script it loads and every error it reports.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url  any URL on the origin whose scripts count
 */
async function openProbedPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  const origin = new URL(url).origin;
  /** @type {Set<string>} */
  const scripts = new Set();
  /** @type {string[]} */
  const errors = [];
  page.on('response', (response) => {
    if (sameOriginScript(response, origin)) scripts.add(new URL(response.url()).pathname);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, scripts, errors };
}

/**
 * Opens `url` in a fresh context (empty cache) and waits for the states named in `expect`
 * (`firstQuestion`, `result`, `diagram`). A missing diagram is reported, not waited for forever:
 * once the page has settled without a [data-testid=decision-diagram], it is "not available".
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ expect: string[], timeoutMs?: number }} options
 */
export async function measureLoad(browser, url, { expect, timeoutMs = 30_000 }) {
  const { context, page, scripts, errors } = await openProbedPage(browser, url);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const primary = expect.filter((name) => name !== 'diagram');
    await page.waitForFunction(
      (names) => names.every((name) => window.__bench.marks[`${name}Frame`] !== undefined),
      primary,
      { timeout: timeoutMs, polling: 50 },
    );
    const notes = {};
    if (expect.includes('diagram')) {
      await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
      const hasContainer = await page.evaluate(
        () => document.querySelector('[data-testid="decision-diagram"]') !== null,
      );
      if (!hasContainer) notes.diagram = NO_DIAGRAM;
      else {
        await page
          .waitForFunction(() => window.__bench.marks.diagramFrame !== undefined, undefined, {
            timeout: timeoutMs,
            polling: 50,
          })
          .catch(() => {
            notes.diagram = `not drawn within ${timeoutMs} ms (no <svg> with [data-node-id] in [data-testid=decision-diagram])`;
          });
      }
    }
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    const marks = await page.evaluate(() => ({ ...window.__bench.marks }));
    const timeline = await page.evaluate(readTimeline);
    return { marks, notes, scripts: [...scripts].sort(), errors, timeline };
  } finally {
    await context.close();
  }
}

/**
 * In the page: clicks the answer whose label begins with `label` and times, from just before
 * the click, (a) the next question's heading or the result's heading appearing and (b) the
 * diagram's marks moving on (the answered node `visited`, another node `current`/`outcome`).
 */
function answerInPage({ label, timeoutMs }) {
  const visible = (el) => {
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };
  const heading = (root) => root?.querySelector('h1, h2, h3, h4, [role="heading"]') ?? null;
  const question = document.querySelector('[data-testid="question"]');
  if (!question) return Promise.resolve({ error: 'no [data-testid=question] on the page' });
  const nameOf = (el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  const button = [...question.querySelectorAll('button, [role="radio"], input[type="radio"]')].find(
    (el) => nameOf(el).startsWith(label),
  );
  if (!button) return Promise.resolve({ error: `no answer named "${label}…"` });
  const before = heading(question)?.textContent ?? '';
  const diagram = () => document.querySelector('[data-testid="decision-diagram"]');
  const hasMarks = diagram()?.querySelector('svg [data-node-id]') != null;
  const answered =
    diagram()?.querySelector('[data-node-id][data-path="current"]')?.getAttribute('data-node-id') ??
    question.getAttribute('data-question-id');
  const marksNote = !hasMarks
    ? 'no-diagram'
    : answered
      ? undefined
      : 'no node with data-path="current" before the answer';

  return new Promise((resolve) => {
    let shown;
    let to;
    let marks;
    const finish = (timedOut) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve({ shown, to, marks, marksNote, timedOut });
    };
    const check = () => {
      const now = performance.now() - t0;
      if (shown === undefined) {
        const result = heading(document.querySelector('[data-testid="result"]'));
        const next = heading(document.querySelector('[data-testid="question"]'));
        if (visible(result)) {
          shown = now;
          to = 'result';
        } else if (visible(next) && next.textContent !== before) {
          shown = now;
          to = 'question';
        }
      }
      if (marks === undefined && marksNote === undefined) {
        const root = diagram();
        const answeredPath = root
          ?.querySelector(`[data-node-id="${answered}"]`)
          ?.getAttribute('data-path');
        const moved =
          root != null &&
          [...root.querySelectorAll('[data-node-id][data-path]')].some(
            (el) =>
              el.getAttribute('data-node-id') !== answered &&
              ['current', 'outcome'].includes(el.getAttribute('data-path')),
          );
        if (answeredPath === 'visited' && moved) marks = now;
      }
      if (shown !== undefined && (marksNote !== undefined || marks !== undefined)) finish(false);
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    const timer = setTimeout(() => finish(true), timeoutMs);
    const t0 = performance.now();
    button.click();
  });
}

/** Waits for the page to be idle, so that one answer's aftermath does not time the next. */
async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() =>
          requestIdleCallback(() => setTimeout(resolve, 30), { timeout: 1000 }),
        );
      }),
  );
}

/**
 * A user's session: the home page, then the wizard through client-side navigation, then walks
 * through each tree in `trees` (walk w answers "Yes" at step s when bit s of w is set, so walks
 * 0-4 cover every path of the guide's tree and 0-15 every path of the extended tree),
 * restarting from the wizard's first question after each result. Returns every answer's timings and every script the session loaded.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {{ minAnswers: number, minWalks?: number, timeoutMs?: number }} options
 */
export async function walkSession(
  browser,
  baseUrl,
  { minAnswers, minWalks = 5, trees = [{ id: 'guide', walks: minWalks }], timeoutMs = 30_000 },
) {
  const { context, page, scripts, errors } = await openProbedPage(browser, baseUrl);
  try {
    // English, because the walk picks answers by their English labels.
    const wizardHash = (tree) => `#/wizard?tree=${tree}&lang=en`;
    await page.goto(`${baseUrl}#/?lang=en`, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);

    const startWalk = async (tree) => {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, wizardHash(tree));
      await page.waitForFunction(
        () => {
          const question = document.querySelector('[data-testid="question"]');
          return question !== null && question.querySelector('button') !== null;
        },
        undefined,
        { timeout: timeoutMs, polling: 20 },
      );
      await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
      // A diagram that exists is given time to draw before the first answer is timed.
      await page
        .waitForFunction(
          () => {
            const root = document.querySelector('[data-testid="decision-diagram"]');
            return root === null || root.querySelector('svg [data-node-id]') !== null;
          },
          undefined,
          { timeout: timeoutMs, polling: 50 },
        )
        .catch(() => undefined);
      await settle(page);
    };

    const answers = [];
    let walk = 0;
    const walkOnce = async (tree, pattern) => {
      await startWalk(tree);
      for (let step = 0; step < 64; step += 1) {
        const label = (pattern >> step) & 1 ? 'Yes' : 'No';
        const timing = await page.evaluate(answerInPage, { label, timeoutMs: 5000 });
        if ('error' in timing) {
          throw new Error(`${tree} walk ${pattern}, step ${step}: ${timing.error}`);
        }
        answers.push({ walk, tree, index: step, label, ...timing });
        await settle(page);
        if (timing.to !== 'question') break;
      }
      walk += 1;
    };
    for (const tree of trees) {
      for (let pattern = 0; pattern < tree.walks; pattern += 1) await walkOnce(tree.id, pattern);
    }
    // More answers on the first tree, until there are enough to time.
    for (let pattern = 0; answers.length < minAnswers; pattern += 1) {
      await walkOnce(trees[0]?.id ?? 'guide', pattern);
    }
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    return { answers, walks: walk, scripts: [...scripts].sort(), errors };
  } finally {
    await context.close();
  }
}
