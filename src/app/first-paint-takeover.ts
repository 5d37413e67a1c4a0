// The app taking over from the build's first paint. The start-up script (scripts/
// startup-script.ts) may have shown the page the link names, rendered at build time by these
// same components, before the app's code arrived. The app then renders that page itself, in
// one commit over it once everything the page needs is in (no empty or loading frame in
// between), and gives back what the reader did meanwhile: the focused element keeps its focus,
// and a click held by the start-up script lands on the app's own element, so an answer given
// early is an answer given.
import { markStartup } from './startup-marks';

const FIRST_PAINT = 'data-first-paint';
const HELD_CLICK = 'data-first-paint-click';

/** Whether the start-up script is showing a first paint in `root` (read it before rendering). */
export function showsFirstPaint(root: HTMLElement): boolean {
  return root.hasAttribute(FIRST_PAINT);
}

/**
 * Child indices from `root` down to `element`: the same element in the app's own render. The
 * start-up script records a held click with this very function (serialised into it by the
 * build), so it uses nothing from module scope.
 */
export function placeOf(root: Element, element: Element): number[] | undefined {
  const steps: number[] = [];
  for (let at = element; at !== root;) {
    const parent = at.parentElement;
    if (!parent) return undefined;
    steps.unshift(Array.prototype.indexOf.call(parent.children, at));
    at = parent;
  }
  return steps;
}

export function elementAt(root: Element, steps: readonly number[]): Element | undefined {
  let at: Element | undefined = root;
  for (const step of steps) at = at?.children[step];
  return at;
}

function heldClick(root: HTMLElement): number[] | undefined {
  try {
    const value: unknown = JSON.parse(root.getAttribute(HELD_CLICK) ?? 'null');
    return Array.isArray(value) && value.every((step) => Number.isInteger(step) && step >= 0)
      ? (value as number[])
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Renders the app over the first paint with `commit` (a synchronous render), then restores the
 * reader's focus and replays a held click.
 */
export function takeOverFirstPaint(root: HTMLElement, commit: () => void): void {
  const active = document.activeElement;
  const focused = active && root.contains(active) ? placeOf(root, active) : undefined;
  const click = heldClick(root);
  commit();
  root.removeAttribute(FIRST_PAINT);
  root.removeAttribute(HELD_CLICK);
  // The start-up script makes the page inert once it holds a click (one action at a time).
  root.inert = false;
  markStartup('app');
  if (focused) {
    const element = elementAt(root, focused);
    if (element instanceof HTMLElement || element instanceof SVGElement) {
      element.focus({ preventScroll: true });
    }
  }
  if (click) {
    const element = elementAt(root, click);
    if (element instanceof HTMLElement) element.click();
    else element?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  }
}
