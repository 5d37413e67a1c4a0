// Embed mode (`embed=1`): the page tells its host how tall it is and which result it reached,
// and links that would leave the app open in a new tab instead of inside the frame.
// Messages go to `window.parent` with target origin '*': the app cannot know which portal
// frames it, and nothing it posts is private (the height, and a result that is in the URL).
// The host's loader (public/embed.js) checks origin and source on its side.
import { useEffect, useRef } from 'react';
import { resizeMessage, resultMessage, shareSearch } from '../../domain/embed';
import { appBaseUrl, useWizardUrl } from '../../app/absolute-url';
import type { WizardState } from '../../app/wizard-state';
import { framingParent, postToHost as post } from '../../app/host-frame';
import './embed.css';

function documentHeight(): number {
  const body = document.body;
  return Math.max(body.scrollHeight, body.getBoundingClientRect().height);
}

/** Posts `runtime-advisor:resize` whenever the document's height changes. */
function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !framingParent() || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const report = () => {
      const message = resizeMessage(documentHeight());
      if (!message || message.height === last) return;
      last = message.height;
      post(message);
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => {
      observer.disconnect();
    };
  }, [enabled]);
}

/**
 * Whether a link leaves the app. Pages of the app stay in the frame: under hash history they
 * share this document's path; under browser history they are paths below the app's base that
 * do not name a file (the schema, the favicon and other files open in a new tab).
 */
function isOutbound(anchor: HTMLAnchorElement): boolean {
  let url: URL;
  try {
    url = new URL(anchor.href, window.location.href);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.origin !== window.location.origin) return true;
  if (url.pathname === window.location.pathname) return false;
  if (import.meta.env.VITE_HISTORY !== 'browser') return true;
  const base = new URL(appBaseUrl()).pathname;
  const namesAFile = /\.[a-z0-9]+$/i.test(url.pathname);
  return !(url.pathname.startsWith(base) && !namesAFile);
}

/** Links that leave the app open in a new tab, so the host page is never replaced. */
function useOutboundLinksInNewTab(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const anchor = target.closest('a[href]');
      if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute('download')) return;
      if (!isOutbound(anchor)) return;
      // Set before the default action runs: the browser reads target when it navigates.
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
    };
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('click', onClick, true);
    };
  }, [enabled]);
}

/** For the root route: height reports and new-tab links while `embed=1`. */
export function useEmbedFrame(enabled: boolean): void {
  useReportHeight(enabled);
  useOutboundLinksInNewTab(enabled);
}

/**
 * For the wizard route: posts `runtime-advisor:result` once each time a result is reached, not
 * again on a re-render or a language switch, but again after the walk leaves the result and
 * comes back.
 */
export function useEmbedResult(state: WizardState): void {
  const toUrl = useWizardUrl();
  const posted = useRef<string | undefined>(undefined);
  const enabled = state.canonical.embed === '1';
  const { outcome, answers } = state.resolution;
  // Keyed on what was decided, not on the URL: the language or a canonical rewrite of the
  // link changing is not a new result.
  const key = outcome
    ? `${state.tree.id}|${outcome.runtime}|${Object.entries(answers)
        .map(([question, answer]) => `${question}=${answer}`)
        .join('&')}`
    : undefined;
  const url = toUrl(shareSearch(state.searchFor(answers)));

  useEffect(() => {
    if (!enabled || !outcome || key === undefined) {
      posted.current = undefined;
      return;
    }
    if (posted.current === key) return;
    posted.current = key;
    post(resultMessage(outcome.runtime, answers, url));
  }, [enabled, key, outcome, answers, url]);
}
