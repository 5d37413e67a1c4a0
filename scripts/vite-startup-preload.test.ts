// @vitest-environment jsdom
// The boot script's reading of the URL: it hints exactly the wizard's files and the linked
// tree's drawing, and nothing for other pages or for values it does not know.
import { afterEach, describe, expect, it } from 'vitest';
import * as PLACEMENT from '../src/features/diagram/view-placement';
import { placeOf } from '../src/app/first-paint-takeover';
import { startPage, type StartupPlan } from './startup-script';

/** The app's functions the build serialises into the script. */
const VIEW = { ...PLACEMENT, placeOf };

// No first paint here (startup-script.test.ts has those): the app starts at once.
const PLAN: StartupPlan = {
  entry: { script: './index-I.js', preloads: ['./framework-F.js'] },
  wizard: { js: ['./wizard-A.js', './content-B.js'], css: ['./wizard-C.css'] },
  drawings: {
    'guide-en-light': './guide-en-light.gen-D.js',
    'full-zh-dark': './full-zh-dark.gen-E.js',
  },
  defaultTree: 'guide',
  browserHistory: false,
  basePath: '/',
};
const SCRIPT = 'https://portal.example/tools/advisor/assets/startup-preload-X.js';

function hintsFor(url: string, plan: StartupPlan = PLAN): string[] {
  window.history.replaceState(null, '', url);
  document.head.replaceChildren();
  startPage(plan, SCRIPT, VIEW);
  // The entry's own preloads come with the app wherever it starts: not hints for this page.
  const entry = new Set(plan.entry.preloads.map((file) => new URL(file, SCRIPT).href));
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[data-startup-hint]')]
    .filter((link) => !entry.has(link.href))
    .map(
      (link) =>
        `${link.rel}${link.getAttribute('as') ? `:${link.getAttribute('as') ?? ''}` : ''} ${link.href}`,
    );
}

const ASSETS = 'https://portal.example/tools/advisor/assets/';

describe('the start-up preload', () => {
  afterEach(() => {
    document.head.replaceChildren();
  });

  it('hints the linked drawing and the wizard’s files, from the assets folder', () => {
    expect(hintsFor('/#/wizard?tree=full&resource_constrained=no&lang=zh&theme=dark')).toEqual([
      `modulepreload ${ASSETS}full-zh-dark.gen-E.js`,
      `modulepreload ${ASSETS}wizard-A.js`,
      `modulepreload ${ASSETS}content-B.js`,
      `preload:style ${ASSETS}wizard-C.css`,
    ]);
  });

  it('takes the default tree when the link names none', () => {
    expect(hintsFor('/#/wizard?lang=en&theme=light')[0]).toBe(
      `modulepreload ${ASSETS}guide-en-light.gen-D.js`,
    );
  });

  it('hints no drawing for a tree, language or theme the build did not draw', () => {
    for (const search of ['tree=acme&lang=en&theme=light', 'tree=__proto__&lang=en&theme=light']) {
      const hints = hintsFor(`/#/wizard?${search}`);
      expect(hints.filter((hint) => hint.includes('.gen-'))).toEqual([]);
      expect(hints).toHaveLength(3);
    }
  });

  it('hints nothing on other pages', () => {
    expect(hintsFor('/#/compare?lang=en')).toEqual([]);
    expect(hintsFor('/')).toEqual([]);
  });

  it('reads path routes under the base path in a browser-history build', () => {
    const plan = { ...PLAN, browserHistory: true, basePath: '/tools/advisor/' };
    expect(hintsFor('/tools/advisor/wizard?tree=full&lang=zh&theme=dark', plan)[0]).toBe(
      `modulepreload ${ASSETS}full-zh-dark.gen-E.js`,
    );
    expect(hintsFor('/tools/advisor/compare', plan)).toEqual([]);
  });
});
