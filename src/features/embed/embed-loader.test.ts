// @vitest-environment jsdom
// public/embed.js runs on other people's pages. These tests load it into a host document and
// throw at it what a hostile or broken page could: other origins, other windows, bad heights.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';

const LOADER = fs.readFileSync(path.resolve(__dirname, '../../../public/embed.js'), 'utf8');
const APP = 'https://docs.example/tools/advisor/';
const APP_ORIGIN = 'https://docs.example';

function load(hostMarkup: string): HTMLIFrameElement[] {
  document.body.innerHTML = hostMarkup;
  const script = document.createElement('script');
  script.setAttribute('src', `${APP}embed.js`);
  document.body.append(script);
  // jsdom does not fetch the script; run its text in the page's global scope instead.
  vm.runInThisContext(LOADER, { filename: 'embed.js' });
  return [...document.querySelectorAll('iframe')];
}

function present<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

function post(source: Window | null, origin: string, data: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('embed.js', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('turns each placeholder into a titled, lazy iframe of the app next to the script', () => {
    const [zh, en] = load(
      '<div id="a" data-runtime-advisor data-lang="zh" data-tree="guide" data-theme="dark" data-answers="resource_constrained=yes, strong_isolation=no"></div>' +
        '<div id="b" data-runtime-advisor></div>',
    );
    expect(present(zh).src).toBe(
      `${APP}#/wizard?tree=guide&resource_constrained=yes&strong_isolation=no&lang=zh&embed=1&theme=dark`,
    );
    expect(present(zh).title).toContain('运行时选型助手');
    expect(present(zh).getAttribute('loading')).toBe('lazy');
    expect(present(zh).getAttribute('allow')).toBe('clipboard-write');
    expect(present(en).src).toBe(`${APP}#/wizard?tree=guide&embed=1`);
    expect(present(en).title).toContain('Runtime Advisor');
  });

  it('drops attribute values that are not ids, and reserved keys in data-answers', () => {
    const [frame] = load(
      '<div data-runtime-advisor data-lang="fr" data-tree="../x" data-theme="neon" data-answers="embed=0,lang=zh,gpu=&quot;yes&quot;,a=b=c,fast_startup=no"></div>',
    );
    expect(present(frame).src).toBe(`${APP}#/wizard?tree=guide&fast_startup=no&embed=1`);
  });

  it('keeps answers whose ids are names on Object.prototype (constructor is a valid id)', () => {
    const [frame] = load(
      '<div data-runtime-advisor data-tree="constructor" data-answers="constructor=yes,tostring=no,__proto__=yes,hasOwnProperty=yes"></div>',
    );
    // Upper-case and underscore-led names are not ids and are dropped, like any other non-id.
    expect(present(frame).src).toBe(
      `${APP}#/wizard?tree=constructor&constructor=yes&tostring=no&embed=1`,
    );
  });

  it('mounts each placeholder once, also when asked again', () => {
    load('<div data-runtime-advisor></div>');
    (window as unknown as { RuntimeAdvisor: { mount: () => void } }).RuntimeAdvisor.mount();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('applies clamped heights from its own frame only', () => {
    const [frame, other] = load('<div data-runtime-advisor></div><div data-runtime-advisor></div>');
    const own = present(frame).contentWindow;
    post(own, APP_ORIGIN, { type: 'runtime-advisor:resize', height: 812.4 });
    expect(present(frame).style.height).toBe('813px');
    expect(present(other).style.height).toBe('640px');

    post(own, APP_ORIGIN, { type: 'runtime-advisor:resize', height: 1e9 });
    expect(present(frame).style.height).toBe('40000px');
    post(own, APP_ORIGIN, { type: 'runtime-advisor:resize', height: 12 });
    expect(present(frame).style.height).toBe('200px');

    // Another origin, another window, or no window at all: ignored.
    post(own, 'https://evil.example', { type: 'runtime-advisor:resize', height: 900 });
    post(window, APP_ORIGIN, { type: 'runtime-advisor:resize', height: 900 });
    post(null, APP_ORIGIN, { type: 'runtime-advisor:resize', height: 900 });
    expect(present(frame).style.height).toBe('200px');
  });

  it('ignores any height that is not a positive finite number', () => {
    const [frame] = load('<div data-runtime-advisor></div>');
    const bad = fc.oneof(
      fc.constantFrom(Number.NaN, -1, 0, -Infinity, Infinity, null, undefined, true, '500'),
      fc.double({ max: 0 }),
      fc.string(),
      fc.object(),
      fc.array(fc.integer()),
    );
    fc.assert(
      fc.property(bad, (height) => {
        post(present(frame).contentWindow, APP_ORIGIN, { type: 'runtime-advisor:resize', height });
        expect(present(frame).style.height).toBe('640px');
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (data) => {
        post(present(frame).contentWindow, APP_ORIGIN, data);
      }),
    );
  });

  it('re-emits a valid result as a DOM event on the host element, once per message', () => {
    load('<div id="host" data-runtime-advisor></div>');
    const host = present(document.getElementById('host'));
    const frame = present(host.querySelector('iframe'));
    const details: unknown[] = [];
    document.addEventListener('runtime-advisor:result', (event) => {
      details.push((event as CustomEvent).detail);
      expect(event.target).toBe(host);
    });
    const url = `${APP}#/wizard?tree=guide&resource_constrained=yes&strong_isolation=yes&lang=en`;
    const message = {
      type: 'runtime-advisor:result',
      runtime: 'wasmedge',
      answers: { resource_constrained: 'yes', strong_isolation: 'yes' },
      url,
    };
    post(frame.contentWindow, APP_ORIGIN, message);
    expect(details).toEqual([
      {
        runtime: 'wasmedge',
        answers: { resource_constrained: 'yes', strong_isolation: 'yes' },
        url,
      },
    ]);

    // Forged or malformed results never reach the host page.
    post(window, APP_ORIGIN, message);
    post(frame.contentWindow, 'https://evil.example', message);
    post(frame.contentWindow, APP_ORIGIN, { ...message, url: 'javascript:alert(1)' });
    post(frame.contentWindow, APP_ORIGIN, { ...message, url: 'https://evil.example/' });
    post(frame.contentWindow, APP_ORIGIN, { ...message, runtime: '<img src=x>' });
    post(frame.contentWindow, APP_ORIGIN, { ...message, answers: { gpu: 1 } });
    post(frame.contentWindow, APP_ORIGIN, { ...message, answers: 'gpu=yes' });
    expect(details).toHaveLength(1);
  });
});
