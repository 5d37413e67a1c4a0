// The one module that imports d3-zoom (and the d3-selection / d3-transition it works through):
// pan and zoom like a map on an element, for the decision diagram. d3-zoom already ships inside
// Mermaid's dependency tree, pinned here at the version Mermaid uses so it is not duplicated.
// The diagram loads it lazily, when a reader reaches for the drawing with a pointer or a finger
// (about 18 kB gzip that a reader who only answers never needs); until then the diagram's own
// still view (features/diagram/still-view.ts) places it. Gestures (drag, wheel, trackpad pinch,
// touch pinch) are d3-zoom's; this module adds the programmatic moves the diagram's buttons,
// keys and "follow" need.
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

export interface View {
  x: number;
  y: number;
  k: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanZoomOptions {
  /** Called on every change of view; `byHand` when a gesture (not a method here) caused it. */
  onView: (view: View, byHand: boolean) => void;
  /**
   * Called when the view starts or stops moving: a gesture in progress, or a transition
   * scheduled or running. Lets callers (and tests) wait for the view to settle.
   */
  onMoving?: (moving: boolean) => void;
}

export interface PanZoom {
  /** The content's size in its own units, and the scales allowed. */
  setContent(width: number, height: number, minScale: number, maxScale: number): void;
  /** Puts the content's point (cx, cy) at the middle of the element, at scale k. */
  centreOn(cx: number, cy: number, k: number, duration: number): void;
  /** Zooms by a factor around the middle of the element. */
  zoomBy(factor: number, duration: number): void;
  panBy(dx: number, dy: number, duration: number): void;
  view(): View;
  /** Puts the view where another controller left it, at once. */
  setView(view: View): void;
  destroy(): void;
}

export function attachPanZoom(element: HTMLElement, options: PanZoomOptions): PanZoom {
  const selection = select<HTMLElement, unknown>(element);
  // d3-zoom pairs its start and end events across overlapping gestures; a transition only
  // starts on a later frame, so one scheduled but not yet started counts as moving too. Each
  // transition ends in exactly one of end, interrupt or cancel.
  let gesture = false;
  let pending = 0;
  let reported = false;
  const report = () => {
    const moving = gesture || pending > 0;
    if (moving === reported) return;
    reported = moving;
    options.onMoving?.(moving);
  };
  const animated = (duration: number) => {
    pending += 1;
    report();
    return selection
      .transition()
      .duration(duration)
      .on('end.moving interrupt.moving cancel.moving', () => {
        pending -= 1;
        report();
      });
  };
  const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    // Double-click and double-tap are left to the drawing (its nodes are buttons).
    .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
      if (event.type === 'dblclick') return false;
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      const { x, y, k } = event.transform;
      options.onView({ x, y, k }, event.sourceEvent !== null && event.sourceEvent !== undefined);
    })
    .on('start', () => {
      gesture = true;
      report();
    })
    .on('end', () => {
      gesture = false;
      report();
    });
  behaviour(selection);
  selection.on('dblclick.zoom', null);

  const size = () => ({ width: element.clientWidth, height: element.clientHeight });
  const move = (transform: typeof zoomIdentity, duration: number) => {
    if (duration > 0) behaviour.transform(animated(duration), transform);
    else {
      selection.interrupt();
      behaviour.transform(selection, transform);
    }
  };
  const current = () => zoomTransform(element);

  return {
    setContent(width, height, minScale, maxScale) {
      // Some room around the drawing, so its edges can be brought to the middle of the panel.
      const { width: w, height: h } = size();
      const marginX = w / 3;
      const marginY = h / 3;
      behaviour.scaleExtent([minScale, maxScale]).translateExtent([
        [-marginX, -marginY],
        [width + marginX, height + marginY],
      ]);
    },
    centreOn(cx, cy, k, duration) {
      const { width, height } = size();
      move(zoomIdentity.translate(width / 2 - cx * k, height / 2 - cy * k).scale(k), duration);
    },
    zoomBy(factor, duration) {
      if (duration > 0) behaviour.scaleBy(animated(duration), factor);
      else behaviour.scaleBy(selection, factor);
    },
    panBy(dx, dy, duration) {
      const k = current().k;
      if (duration > 0) behaviour.translateBy(animated(duration), dx / k, dy / k);
      else behaviour.translateBy(selection, dx / k, dy / k);
    },
    view() {
      const { x, y, k } = current();
      return { x, y, k };
    },
    setView({ x, y, k }) {
      move(zoomIdentity.translate(x, y).scale(k), 0);
    },
    destroy() {
      selection.interrupt();
      selection.on('.zoom', null);
    },
  };
}
