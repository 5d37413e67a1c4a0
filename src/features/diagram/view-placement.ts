// Where the diagram's view goes when it follows the walk or fits the drawing, and the clamp that
// keeps the drawing in the panel. The canvas uses these (diagram-canvas.tsx, still-view.ts); the
// build's first paint uses the very same functions, serialised into the start-up script
// (scripts/vite-startup-preload.ts), so that the page it shows places the drawing exactly as
// the app will. Hence: no imports and nothing from module scope inside a function.

export interface ViewPoint {
  /** The drawing's point (its own units) to put at the panel's centre. */
  cx: number;
  cy: number;
  k: number;
}

export interface PlacementScales {
  /** Labels are readable from this scale up (view-scale.ts). */
  readable: number;
  max: number;
  /** Room kept around the followed nodes, in screen pixels. */
  padding: number;
}

/** The view's limits: d3-zoom's scale extent and translate extent. */
export interface ViewLimits {
  minScale: number;
  maxScale: number;
  extent: [[number, number], [number, number]];
}

/**
 * The panel's height for a drawing of `width` x `height` in a panel `roomWidth` wide: the
 * drawing's shape, at no more than its own size and no less than readable (CSS caps it).
 */
export function contentHeight(
  width: number,
  height: number,
  roomWidth: number,
  readable: number,
): number {
  const widthScale = width > 0 ? roomWidth / width : 1;
  return Math.ceil(height * Math.max(Math.min(widthScale, 1), readable));
}

/** The limits for a drawing in a panel: scale down to half the fitted one, room of a third. */
export function viewLimits(
  width: number,
  height: number,
  roomW: number,
  roomH: number,
  maxScale: number,
): ViewLimits {
  const fitScale = Math.min(roomW / width, roomH / height);
  return {
    minScale: Math.min(fitScale, 1) / 2,
    maxScale,
    extent: [
      [-roomW / 3, -roomH / 3],
      [width + roomW / 3, height + roomH / 3],
    ],
  };
}

/** d3-zoom's default constrain: the content's extent covers the viewport where it can. */
export function constrainView(
  view: { x: number; y: number; k: number },
  width: number,
  height: number,
  limits: ViewLimits | undefined,
): { x: number; y: number; k: number } {
  if (!limits) return view;
  const k = Math.min(Math.max(view.k, limits.minScale), limits.maxScale);
  const [[x0, y0], [x1, y1]] = limits.extent;
  const dx0 = (0 - view.x) / k - x0;
  const dx1 = (width - view.x) / k - x1;
  const dy0 = (0 - view.y) / k - y0;
  const dy1 = (height - view.y) / k - y1;
  const shiftX = dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1);
  const shiftY = dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1);
  return { x: view.x + shiftX * k, y: view.y + shiftY * k, k };
}

/**
 * The view that fits the drawing (`fit`, or `follow` when the whole drawing is readable), or
 * that follows the walk: where it can be read, the path so far with the current question and
 * where its answers lead (or the outcome and its scenario); else the node with where it leads,
 * else the node alone, at the readable scale. `scale` is the view's current scale, by which the
 * drawing's on-screen boxes are divided to get its own units.
 */
export function placeView(
  svg: SVGSVGElement,
  roomW: number,
  roomH: number,
  scale: number,
  mode: 'fit' | 'follow',
  scales: PlacementScales,
): ViewPoint {
  const width = svg.viewBox.baseVal.width;
  const height = svg.viewBox.baseVal.height;
  const fitScale = Math.min(roomW / width, roomH / height);
  if (mode === 'fit' || fitScale >= scales.readable) {
    return { cx: width / 2, cy: height / 2, k: Math.min(fitScale, scales.max) };
  }
  const target = svg.querySelector('[data-path="current"], [data-path="outcome"]');
  if (!target) {
    return { cx: width / 2, cy: height / 2, k: Math.max(fitScale, scales.readable) };
  }
  type Box = { x: number; y: number; width: number; height: number };
  const outer = svg.getBoundingClientRect();
  const boxOf = (element: Element): Box => {
    const inner = element.getBoundingClientRect();
    return {
      x: (inner.left - outer.left) / scale,
      y: (inner.top - outer.top) / scale,
      width: inner.width / scale,
      height: inner.height / scale,
    };
  };
  const union = (boxes: readonly Box[]): Box | undefined => {
    if (boxes.length === 0) return undefined;
    const left = Math.min(...boxes.map((box) => box.x));
    const top = Math.min(...boxes.map((box) => box.y));
    const right = Math.max(...boxes.map((box) => box.x + box.width));
    const bottom = Math.max(...boxes.map((box) => box.y + box.height));
    return { x: left, y: top, width: right - left, height: bottom - top };
  };
  const own = boxOf(target);
  const targetId = (target as SVGGElement).dataset.nodeId ?? '';
  const nextIds = new Set(
    Array.from(
      svg.querySelectorAll<SVGElement>(`[data-edge-from="${targetId}"]`),
      (edge) => edge.dataset.edgeTo ?? '',
    ),
  );
  const around = union([
    own,
    ...Array.from(
      svg.querySelectorAll<SVGGElement>(
        'g.node[data-node-id], g.node[data-fold-of], g.node[data-scenario-of]',
      ),
    )
      .filter(
        (group) =>
          nextIds.has(group.dataset.nodeId ?? '') ||
          (group.dataset.scenarioOf !== undefined && group.dataset.scenarioOf === targetId),
      )
      .map(boxOf),
  ]);
  const focus = around ?? own;
  const visited = Array.from(svg.querySelectorAll('g.node[data-path="visited"]'), boxOf);
  const fitsIn = (box: Box) =>
    Math.min((roomW - 2 * scales.padding) / box.width, (roomH - 2 * scales.padding) / box.height);
  const path = [union([focus, ...visited]), union([own, ...visited])].find(
    (box): box is Box => box !== undefined && fitsIn(box) >= scales.readable,
  );
  const centre = path ?? (fitsIn(focus) >= scales.readable ? focus : own);
  const k = path ? Math.min(fitsIn(path), 1) : scales.readable;
  return { cx: centre.x + centre.width / 2, cy: centre.y + centre.height / 2, k };
}
