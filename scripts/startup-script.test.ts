// @vitest-environment jsdom
// The start-up script's first paint: which link gets which page of the build, when it is shown
// (and when not: a team's content file, an app already started), that a click on it is held
// for the app, and that the app always starts.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as PLACEMENT from '../src/features/diagram/view-placement';
import { placeOf } from '../src/app/first-paint-takeover';
import { startPage, type FirstPaintPlan, type StartupPlan } from './startup-script';
import { firstPaintKey } from '../src/first-paint/key';
import { encodeShareState } from '../src/domain/share-state';
import { enumeratePaths } from '../src/domain/tree-graph';
import { builtInContent } from '../src/content';

/** The app's functions the build serialises into the script. */
const VIEW = { ...PLACEMENT, placeOf };

const SCRIPT = 'https://portal.example/tools/advisor/assets/startup-X.js';
const ASSETS = 'https://portal.example/tools/advisor/assets/';
const PAGE =
  '<main><section data-testid="question"><h2>Q?</h2><button>Yes</button></section></main>';

const FIRST_PAINT: FirstPaintPlan = {
  pages: {
    'lang=en&tree=guide': { light: './guide-en-0-light.html', dark: './guide-en-0-dark.html' },
    'gpu=yes&lang=zh&tree=guide': {
      light: './guide-zh-3-light.html',
      dark: './guide-zh-3-dark.html',
    },
  },
  css: [],
  contentUrl: '',
  readableScale: 0.75,
  maxScale: 3,
  followPadding: 24,
  patienceMs: 2000,
};

function plan(firstPaint: FirstPaintPlan | undefined = FIRST_PAINT): StartupPlan {
  return {
    entry: { script: './index-I.js', preloads: ['./framework-F.js'] },
    wizard: { js: ['./wizard-A.js'], css: ['./wizard-C.css'] },
    drawings: { 'guide-en-light': './guide-en-light.gen-D.js' },
    defaultTree: 'guide',
    browserHistory: false,
    basePath: '/',
    firstPaint,
  };
}

type Answer = { status: number; body: string; type?: string } | 'never' | 'offline';

/** fetch() for the page files and the content file; records what was asked for. */
function serve(content: Answer, pages: Answer = { status: 200, body: PAGE }) {
  const asked: string[] = [];
  const respond = (answer: Answer) => {
    if (answer === 'never') return new Promise<Response>(() => undefined);
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      new Response(answer.body, {
        status: answer.status,
        headers: { 'content-type': answer.type ?? 'application/json' },
      }),
    );
  };
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string | URL) => {
      const url = input instanceof URL ? input.href : input;
      asked.push(url);
      return respond(url.endsWith('advisor.content.json') ? content : pages);
    }),
  );
  return asked;
}

const root = () => document.getElementById('root') as HTMLElement;
const entryStarted = () =>
  [...document.head.querySelectorAll('script[type="module"]')].map(
    (script) => (script as HTMLScriptElement).src,
  );

/** Lets fetches, the stylesheet wait and the frame after the paint run. */
async function settle() {
  for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(20);
}

function open(url: string, startupPlan = plan()) {
  window.history.replaceState(null, '', url);
  startPage(startupPlan, SCRIPT, VIEW);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
  document.head.replaceChildren();
  document.body.innerHTML = '<div id="root"></div>';
  localStorage.clear();
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false })),
  );
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the start-up script’s first paint', () => {
  it('shows the build’s page for the link, then starts the app', async () => {
    const asked = serve({ status: 404, body: '' });
    open('/tools/advisor/#/wizard?tree=guide&lang=en');
    expect(entryStarted(), 'the app waits for the page').toEqual([]);
    await settle();
    expect(asked).toContain(`${ASSETS}guide-en-0-light.html`);
    expect(root().hasAttribute('data-first-paint')).toBe(true);
    expect(root().querySelector('[data-testid="question"] h2')?.textContent).toBe('Q?');
    expect(entryStarted()).toEqual([`${ASSETS}index-I.js`]);
  });

  it('finds the page whatever the order of the link’s parameters, its theme or a missing language', async () => {
    const guide = builtInContent.trees.find((tree) => tree.id === 'guide');
    if (!guide) throw new Error('no guide tree');
    const paths = enumeratePaths(guide);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.nat(),
        fc.constantFrom('en', 'zh'),
        fc.boolean(),
        fc.constantFrom(undefined, 'light', 'dark', 'auto'),
        fc.integer(),
        async (path, cut, lang, langInLink, theme, seed) => {
          const entries = Object.entries(path.answers);
          const answers = Object.fromEntries(entries.slice(0, cut % (entries.length + 1)));
          const key = firstPaintKey(encodeShareState('guide', answers, { lang }));
          const params = [...Object.entries(answers), ['tree', 'guide']];
          if (langInLink) params.push(['lang', lang]);
          if (theme) params.push(['theme', theme]);
          const shuffled = fc.sample(fc.shuffledSubarray(params, { minLength: params.length }), {
            numRuns: 1,
            seed,
          })[0];
          vi.spyOn(navigator, 'languages', 'get').mockReturnValue([
            lang === 'zh' ? 'zh-CN' : 'en-GB',
          ]);
          document.head.replaceChildren();
          document.body.innerHTML = '<div id="root"></div>';
          const asked = serve({ status: 404, body: '' });
          const pages = { [key]: { light: './mine-light.html', dark: './mine-dark.html' } };
          const query = new URLSearchParams(shuffled).toString();
          open(`/#/wizard?${query}`, plan({ ...FIRST_PAINT, pages }));
          await settle();
          expect(asked).toContain(
            `https://portal.example/tools/advisor/assets/mine-${theme === 'dark' ? 'dark' : 'light'}.html`,
          );
          expect(root().hasAttribute('data-first-paint')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('shows the reader’s dark theme: the dark page, with Dark pressed on the switch', async () => {
    const asked = serve(
      { status: 404, body: '' },
      {
        status: 200,
        body: '<div class="theme-switch"><button class="theme-option" data-choice="light" aria-pressed="false"></button><button class="theme-option" data-choice="dark" aria-pressed="false"></button><button class="theme-option" data-choice="auto" aria-pressed="true"></button></div>',
      },
    );
    localStorage.setItem('runtime-advisor:theme', 'dark');
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    expect(asked).toContain(`${ASSETS}guide-en-0-dark.html`);
    const pressed = [...root().querySelectorAll('[aria-pressed="true"]')].map(
      (button) => (button as HTMLElement).dataset.choice,
    );
    expect(pressed).toEqual(['dark']);
  });

  it.each([
    ['no file (404)', { status: 404, body: '' }],
    [
      'the placeholder the build ships',
      { status: 200, body: '{ "$schema": "./content.schema.json" }' },
    ],
    [
      'a host’s index.html fallback',
      { status: 200, body: '<!doctype html><title>x</title>', type: 'text/html' },
    ],
    ['an unreachable file', 'offline' as const],
  ])('shows it when the site has %s', async (_name, content) => {
    serve(content);
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    expect(root().hasAttribute('data-first-paint')).toBe(true);
  });

  it.each([
    ['a team’s content file', { status: 200, body: '{ "trees": [] }' }],
    ['a broken content file', { status: 200, body: '{ "$schema": 1 }' }],
    ['a server error', { status: 500, body: '' }],
  ])('shows nothing with %s, and the app starts at once', async (_name, content) => {
    serve(content);
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    expect(root().childElementCount).toBe(0);
    expect(root().hasAttribute('data-first-paint')).toBe(false);
    expect(entryStarted()).toEqual([`${ASSETS}index-I.js`]);
  });

  it('starts the app of a site with its own content without waiting for the page', async () => {
    serve({ status: 200, body: '{ "trees": [] }' }, 'never');
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    expect(entryStarted()).toEqual([`${ASSETS}index-I.js`]);
  });

  it('asks for nothing on a link the build did not render, and starts the app at once', () => {
    const asked = serve({ status: 404, body: '' });
    for (const link of [
      '/#/wizard?tree=guide&lang=en&embed=1',
      '/#/wizard?tree=guide&tree=full&lang=en',
      '/#/wizard?tree=acme&lang=en',
      '/#/compare?lang=en',
    ]) {
      document.head.replaceChildren();
      open(link);
      expect(entryStarted(), link).toEqual([`${ASSETS}index-I.js`]);
    }
    expect(asked).toEqual([]);
  });

  it('leaves the root to an app that has started', async () => {
    serve({ status: 404, body: '' });
    open('/#/wizard?tree=guide&lang=en');
    root().setAttribute('data-app', '');
    await settle();
    expect(root().childElementCount).toBe(0);
  });

  it('holds the first click on the page for the app, and only the first', async () => {
    serve({ status: 404, body: '' });
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    const yes = root().querySelector('button');
    if (!yes) throw new Error('no button');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    yes.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(JSON.parse(root().getAttribute('data-first-paint-click') ?? '')).toEqual([0, 0, 1]);
    expect(yes.hasAttribute('data-first-paint-pressed')).toBe(true);
    root()
      .querySelector('h2')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(JSON.parse(root().getAttribute('data-first-paint-click') ?? '')).toEqual([0, 0, 1]);
  });

  it('takes the page away when the address changes before the app starts', async () => {
    serve({ status: 404, body: '' });
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    window.history.replaceState(null, '', '/#/compare?lang=en');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(root().childElementCount).toBe(0);
    expect(root().hasAttribute('data-first-paint')).toBe(false);
  });

  it('starts the app when the page does not come', async () => {
    serve({ status: 404, body: '' }, 'never');
    open('/#/wizard?tree=guide&lang=en');
    await settle();
    expect(entryStarted()).toEqual([]);
    await vi.advanceTimersByTimeAsync(FIRST_PAINT.patienceMs);
    expect(entryStarted()).toEqual([`${ASSETS}index-I.js`]);
  });
});
