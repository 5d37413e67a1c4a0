// The diagram's view before the reader reaches for it: the same moves as lib/pan-zoom (centre on
// a point, zoom and pan by the buttons and keys, each clamped as d3-zoom clamps them) without
// d3, so a reader who only answers never loads the gesture code. The first pointer or touch on
// the panel loads lib/pan-zoom and hands the view over to it (attachDiagramView).
import type { Box, PanZoom, PanZoomOptions, View } from '../../lib/pan-zoom';
import { constrainView, type ViewLimits } from './view-placement';

export function attachStillView(element: HTMLElement, options: PanZoomOptions): PanZoom {
  let view: View = { x: 0, y: 0, k: 1 };
  let limits: ViewLimits | undefined;
  let frame = 0;
  const size = () => ({ width: element.clientWidth, height: element.clientHeight });
  const apply = (next: View) => {
    view = next;
    options.onView(next, false);
  };
  const stop = () => {
    if (frame === 0) return;
    cancelAnimationFrame(frame);
    frame = 0;
    options.onMoving?.(false);
  };
  const go = (wanted: View, duration: number) => {
    stop();
    const { width, height } = size();
    const target = constrainView(wanted, width, height, limits);
    if (duration <= 0) {
      apply(target);
      return;
    }
    // The content point at the panel's middle moves in a straight line while the scale changes
    // by equal ratios: a move and a zoom together read as one motion.
    const from = view;
    const centreOf = (v: View) => ({ x: (width / 2 - v.x) / v.k, y: (height / 2 - v.y) / v.k });
    const a = centreOf(from);
    const b = centreOf(target);
    const start = performance.now();
    options.onMoving?.(true);
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const eased = 1 - (1 - t) ** 3;
      const k = from.k * (target.k / from.k) ** eased;
      const cx = a.x + (b.x - a.x) * eased;
      const cy = a.y + (b.y - a.y) * eased;
      apply(t < 1 ? { x: width / 2 - cx * k, y: height / 2 - cy * k, k } : target);
      if (t < 1) frame = requestAnimationFrame(step);
      else {
        frame = 0;
        options.onMoving?.(false);
      }
    };
    frame = requestAnimationFrame(step);
  };

  return {
    setContent(width, height, minScale, maxScale) {
      const { width: w, height: h } = size();
      limits = {
        minScale,
        maxScale,
        extent: [
          [-w / 3, -h / 3],
          [width + w / 3, height + h / 3],
        ],
      };
    },
    centreOn(cx, cy, k, duration) {
      const { width, height } = size();
      go({ x: width / 2 - cx * k, y: height / 2 - cy * k, k }, duration);
    },
    zoomBy(factor, duration) {
      const { width, height } = size();
      const k = limits
        ? Math.min(Math.max(view.k * factor, limits.minScale), limits.maxScale)
        : view.k * factor;
      const cx = (width / 2 - view.x) / view.k;
      const cy = (height / 2 - view.y) / view.k;
      go({ x: width / 2 - cx * k, y: height / 2 - cy * k, k }, duration);
    },
    panBy(dx, dy, duration) {
      go({ x: view.x + dx, y: view.y + dy, k: view.k }, duration);
    },
    view: () => view,
    setView(next) {
      go(next, 0);
    },
    destroy: stop,
  };
}

type GestureModule = Pick<typeof import('../../lib/pan-zoom'), 'attachPanZoom'>;

// A reader about to drag, wheel or pinch: the pointer arrives first, so the gesture code is
// normally there before the gesture starts.
const INTENTS = ['pointerenter', 'pointerdown', 'touchstart', 'wheel'] as const;

/**
 * The diagram's view controller: the still view at first, d3-zoom's from the first sign that
 * the reader wants to move the drawing by hand. `data-gestures="ready"` on the element says
 * when gestures work. If the gesture code cannot load, the buttons and keys keep working and the
 * next pointer tries again.
 */
export function attachDiagramView(
  element: HTMLElement,
  options: PanZoomOptions,
  loadGestures: () => Promise<GestureModule>,
): PanZoom {
  let active = attachStillView(element, options);
  let content: [number, number, number, number] | undefined;
  let destroyed = false;
  let loading = false;
  const listen = (on: boolean) => {
    for (const type of INTENTS) {
      if (on) element.addEventListener(type, onIntent, { passive: true });
      else element.removeEventListener(type, onIntent);
    }
  };
  function onIntent() {
    if (loading) return;
    loading = true;
    listen(false);
    loadGestures().then(
      ({ attachPanZoom }) => {
        if (destroyed) return;
        const view = active.view();
        active.destroy();
        active = attachPanZoom(element, options);
        if (content) active.setContent(...content);
        active.setView(view);
        element.dataset.gestures = 'ready';
      },
      () => {
        loading = false;
        if (!destroyed) listen(true);
      },
    );
  }
  listen(true);
  return {
    setContent(...args) {
      content = args;
      active.setContent(...args);
    },
    centreOn: (...args) => {
      active.centreOn(...args);
    },
    zoomBy: (...args) => {
      active.zoomBy(...args);
    },
    panBy: (...args) => {
      active.panBy(...args);
    },
    view: () => active.view(),
    setView: (view) => {
      active.setView(view);
    },
    destroy() {
      destroyed = true;
      listen(false);
      active.destroy();
    },
  };
}

export type { Box, View };
