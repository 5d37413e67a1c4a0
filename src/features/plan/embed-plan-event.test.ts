// @vitest-environment jsdom
// public/embed.js passes the plan message on to the host page like the result message: only
// from its own frame, only well-formed, as a fresh copy.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PLAN_MESSAGE } from '../../domain/plan/plan-message';

const LOADER = fs.readFileSync(path.resolve(__dirname, '../../../public/embed.js'), 'utf8');
const APP = 'https://docs.example/tools/advisor/';
const APP_ORIGIN = 'https://docs.example';

function load(): { host: HTMLElement; frame: HTMLIFrameElement } {
  document.body.innerHTML = '<div id="host" data-runtime-advisor></div>';
  const script = document.createElement('script');
  script.setAttribute('src', `${APP}embed.js`);
  document.body.append(script);
  // jsdom does not fetch the script; run its text in the page's global scope instead.
  vm.runInThisContext(LOADER, { filename: 'embed.js' });
  const host = document.getElementById('host');
  const frame = host?.querySelector('iframe');
  if (!host || !frame) throw new Error('embed.js did not mount');
  return { host, frame };
}

function post(source: Window | null, origin: string, data: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('embed.js and the plan', () => {
  it('re-emits a valid plan as a DOM event on the host element, and nothing else', () => {
    const { host, frame } = load();
    const details: unknown[] = [];
    host.addEventListener('runtime-advisor:plan', (event) => {
      details.push((event as CustomEvent).detail);
    });
    const message = {
      type: PLAN_MESSAGE,
      workloads: [
        {
          name: '推理 <b>svc</b>',
          tree: 'full',
          runtime: 'kata',
          answers: { existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'yes' },
        },
      ],
      runtimes: ['kata'],
      url: `${APP}#/plan?w=full.yes-yes-yes.x&lang=en`,
    };
    post(frame.contentWindow, APP_ORIGIN, message);
    expect(details).toEqual([
      { workloads: message.workloads, runtimes: ['kata'], url: message.url },
    ]);

    post(window, APP_ORIGIN, message);
    post(frame.contentWindow, 'https://evil.example', message);
    post(frame.contentWindow, APP_ORIGIN, { ...message, url: 'javascript:alert(1)' });
    post(frame.contentWindow, APP_ORIGIN, { ...message, runtimes: ['<img src=x>'] });
    post(frame.contentWindow, APP_ORIGIN, { ...message, workloads: 'all' });
    post(frame.contentWindow, APP_ORIGIN, {
      ...message,
      workloads: [{ ...message.workloads[0], answers: { gpu: 1 } }],
    });
    post(frame.contentWindow, APP_ORIGIN, {
      ...message,
      workloads: Array.from({ length: 21 }, () => message.workloads[0]),
    });
    expect(details).toHaveLength(1);
  });
});
