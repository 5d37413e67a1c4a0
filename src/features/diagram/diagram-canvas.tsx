import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PathMarks } from '../../domain/diagram-path';
import type { MermaidDiagram } from '../../domain/to-mermaid';
import type { Runtime } from '../../content/schema';
import type { PanZoom, View } from '../../lib/pan-zoom';
import { lazyModule } from '../../lib/lazy-module';
import { attachDiagramView } from './still-view';
import { applyPathMarks } from './svg-marks';
import { labelsOverflow } from './label-fit';
import { FOLLOW_PADDING, MAX_SCALE, READABLE_SCALE } from './view-scale';
import { contentHeight, placeView, viewLimits } from './view-placement';

/**
 * How the view moves. `follow`: after each answer the current question (or the outcome) is
 * brought into view at a readable size; `fit`: the whole drawing; `free`: where the reader put
 * it by hand (a drag, the wheel, a pinch, a key or a button).
 */
export type ViewMode = 'follow' | 'fit' | 'free';

/** What the toolbar's buttons and the keys do to the view. */
export interface ViewControls {
  zoomIn(): void;
  zoomOut(): void;
  panBy(dx: number, dy: number): void;
  fit(): void;
  follow(): void;
}

const ZOOM_STEP = 1.25;
const PAN_STEP = 80;
const TRANSITION_MS = 280;

interface CanvasProps {
  svg: SVGSVGElement;
  diagram: MermaidDiagram;
  marks: PathMarks;
  mode: ViewMode;
  runtimes: readonly Runtime[];
  hintId: string;
  /** Describes the keys that move the view. */
  keysId: string;
  label: string;
  onJump: (questionId: string) => void;
  onModeChange: (mode: ViewMode) => void;
  onControls: (controls: ViewControls | undefined) => void;
  panLabels: {
    panLabel: string;
    panLeft: string;
    panRight: string;
    panUp: string;
    panDown: string;
  };
  /** Pixels a pan button moves the drawing by. */
  panStep: number;
  /** Set for a drawing made at build time: called when its labels do not fit this browser. */
  onLabelsOverflow?: (() => void) | undefined;
}

// d3-zoom's gestures, loaded when the reader reaches for the drawing (see still-view.ts).
const gestureModule = lazyModule(() => import('../../lib/pan-zoom'));

/** Gives outcome nodes their runtime's colour: a CSS variable, so the theme picks the shade. */
export function colourRuntimeNodes(svg: SVGSVGElement, runtimes: readonly Runtime[]): void {
  svg.removeAttribute('aria-roledescription');
  for (const node of svg.querySelectorAll<SVGGElement>('g.node[data-runtime]')) {
    const runtime = runtimes.find((candidate) => candidate.id === node.dataset.runtime);
    if (!runtime) continue;
    node.style.setProperty('--rt-light', runtime.color.light);
    node.style.setProperty('--rt-dark', runtime.color.dark);
  }
}

/** The drawing at its own size (the view scales it by a transform); returns that size. */
export function sizeDrawing(svg: SVGSVGElement): { width: number; height: number } {
  const width = svg.viewBox.baseVal.width;
  const height = svg.viewBox.baseVal.height;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.style.setProperty('width', `${String(width)}px`);
  svg.style.setProperty('height', `${String(height)}px`);
  svg.style.setProperty('max-width', 'none');
  return { width, height };
}

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function transformOf(view: View): string {
  return `translate(${String(view.x)}px, ${String(view.y)}px) scale(${String(view.k)})`;
}

interface Tooltip {
  text: string;
  left: number;
  top: number;
}

function nodeKey(element: Element): string | undefined {
  const group = element.closest<SVGGElement>('g.node');
  if (!group) return undefined;
  const { kind, nodeId, scenarioOf } = group.dataset;
  if (kind === 'scenario' && scenarioOf) return `scenario:${scenarioOf}`;
  // A fold's label is its whole text: no tooltip.
  if (kind === 'fold') return undefined;
  if (kind && nodeId) return `${kind}:${nodeId}`;
  return undefined;
}

/**
 * Hosts the rendered SVG element. It is attached once per drawing and then only its attributes
 * change: marks when the path does, size when the zoom does. Listeners sit on the host (added
 * after rendering; Mermaid's own click handling is off under securityLevel 'strict').
 */
export function DiagramCanvas(props: CanvasProps) {
  const { svg, diagram, marks, mode, runtimes, hintId, keysId, label, onModeChange, onControls } =
    props;
  const { onLabelsOverflow, panLabels, panStep } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const onJumpRef = useRef(props.onJump);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);

  useEffect(() => {
    onJumpRef.current = props.onJump;
  });

  // Attach the drawing and give outcome nodes their runtime's colour (a CSS variable, so the
  // theme picks the shade without a re-render).
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    colourRuntimeNodes(svg, runtimes);
    host.replaceChildren(svg);
    return () => {
      svg.remove();
    };
  }, [svg, runtimes]);

  // The marks: attributes on the existing elements, nothing else.
  const questionText = useMemo(
    () =>
      new Map(
        diagram.nodes
          .filter((node) => node.kind === 'question')
          .map((node) => [node.nodeId, node.text]),
      ),
    [diagram],
  );
  useLayoutEffect(() => {
    applyPathMarks(svg, marks, { questionText, hintId });
  }, [svg, marks, questionText, hintId]);

  // A drawing made at build time was measured with the build's fonts: check that every label
  // fits here, once the drawing has been painted (measuring forces a layout, which must not hold
  // back the page's first paint), and again when the page's fonts have finished loading.
  useEffect(() => {
    if (!onLabelsOverflow) return;
    let active = true;
    const check = () => {
      if (active && svg.isConnected && labelsOverflow(svg)) onLabelsOverflow();
    };
    const frame = requestAnimationFrame(() => {
      setTimeout(check, 0);
    });
    if ('fonts' in document && document.fonts.status !== 'loaded') {
      void document.fonts.ready.then(check);
    }
    return () => {
      active = false;
      cancelAnimationFrame(frame);
    };
  }, [svg, onLabelsOverflow]);

  // Pan and zoom: the drawing sits at its own size and moves by a CSS transform, so a gesture
  // never re-lays out the page. One behaviour per host; the drawing may change under it.
  const panZoomRef = useRef<PanZoom>(undefined);
  const modeRef = useRef(mode);
  const onModeChangeRef = useRef(onModeChange);
  // Before the effects that place the view, which read it.
  useLayoutEffect(() => {
    modeRef.current = mode;
    onModeChangeRef.current = onModeChange;
  });
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const panZoom = attachDiagramView(
      host,
      {
        onView: (view, byHand) => {
          const drawing = host.querySelector('svg');
          if (drawing) drawing.style.setProperty('transform', transformOf(view));
          host.dataset.scale = view.k.toFixed(3);
          if (byHand && modeRef.current !== 'free') onModeChangeRef.current('free');
        },
        // While the view moves (a gesture, a transition), so that what measures it can wait.
        onMoving: (moving) => {
          host.toggleAttribute('data-moving', moving);
        },
      },
      gestureModule.load,
    );
    panZoomRef.current = panZoom;
    return () => {
      panZoom.destroy();
      panZoomRef.current = undefined;
    };
  }, []);

  // Follow or fit (view-placement.ts, which the build's first paint uses too).
  const place = (animate: boolean) => {
    const host = hostRef.current;
    const panZoom = panZoomRef.current;
    if (!host || !panZoom) return;
    const width = svg.viewBox.baseVal.width;
    const height = svg.viewBox.baseVal.height;
    if (width <= 0 || height <= 0 || host.clientWidth === 0) return;
    const roomW = host.clientWidth;
    const roomH = host.clientHeight;
    const limits = viewLimits(width, height, roomW, roomH, MAX_SCALE);
    panZoom.setContent(width, height, limits.minScale, limits.maxScale);
    const current = modeRef.current;
    if (current === 'free') return;
    const duration = animate && !reducedMotion() ? TRANSITION_MS : 0;
    const scales = { readable: READABLE_SCALE, max: MAX_SCALE, padding: FOLLOW_PADDING };
    const { cx, cy, k } = placeView(svg, roomW, roomH, panZoom.view().k, current, scales);
    panZoom.centreOn(cx, cy, k, duration);
  };
  const placeRef = useRef(place);
  useLayoutEffect(() => {
    placeRef.current = place;
  });

  // A new drawing: size the panel to it and put it in place at once.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    // The panel's height follows the drawing's shape, up to the room the page gives it.
    const { width, height } = sizeDrawing(svg);
    const wanted = contentHeight(width, height, host.clientWidth, READABLE_SCALE);
    host.style.setProperty('--dg-content-height', `${String(wanted)}px`);
    const view = panZoomRef.current?.view();
    if (view) svg.style.setProperty('transform', transformOf(view));
    placeRef.current(false);
  }, [svg]);

  // The walk moved, or the reader asked to follow or fit: bring the view along, smoothly.
  useLayoutEffect(() => {
    placeRef.current(true);
  }, [marks, mode]);

  // The panel changed size (the window, the layout): keep the followed or fitted view.
  useEffect(() => {
    const host = hostRef.current;
    if (!host || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver(() => {
      if (first) {
        first = false;
        return;
      }
      placeRef.current(false);
    });
    observer.observe(host);
    return () => {
      observer.disconnect();
    };
  }, []);

  useEffect(() => {
    const duration = () => (reducedMotion() ? 0 : TRANSITION_MS);
    const byHand = () => {
      if (modeRef.current !== 'free') onModeChangeRef.current('free');
    };
    const controls: ViewControls = {
      zoomIn: () => {
        byHand();
        panZoomRef.current?.zoomBy(ZOOM_STEP, duration());
      },
      zoomOut: () => {
        byHand();
        panZoomRef.current?.zoomBy(1 / ZOOM_STEP, duration());
      },
      panBy: (dx, dy) => {
        byHand();
        panZoomRef.current?.panBy(dx, dy, duration());
      },
      fit: () => {
        if (modeRef.current === 'fit') placeRef.current(true);
        else onModeChangeRef.current('fit');
      },
      follow: () => {
        if (modeRef.current === 'follow') placeRef.current(true);
        else onModeChangeRef.current('follow');
      },
    };
    onControls(controls);
    return () => {
      onControls(undefined);
    };
  }, [onControls]);

  // Keys when the diagram has focus: + and - zoom, arrows pan, 0 fits. Enter and Space stay
  // with the node buttons.
  const onKeys = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const duration = reducedMotion() ? 0 : TRANSITION_MS;
    const panZoom = panZoomRef.current;
    if (!panZoom) return;
    const move = pan[event.key];
    if (move) {
      panZoom.panBy(move[0], move[1], duration);
    } else if (event.key === '+' || event.key === '=') {
      panZoom.zoomBy(ZOOM_STEP, duration);
    } else if (event.key === '-' || event.key === '_') {
      panZoom.zoomBy(1 / ZOOM_STEP, duration);
    } else if (event.key === '0') {
      event.preventDefault();
      if (modeRef.current === 'fit') placeRef.current(true);
      else onModeChange('fit');
      return;
    } else return;
    event.preventDefault();
    if (modeRef.current !== 'free') onModeChange('free');
  };

  useEffect(() => {
    const host = hostRef.current;
    const stage = stageRef.current;
    if (!host || !stage) return;
    const texts = new Map(diagram.nodes.map((node) => [`${node.kind}:${node.nodeId}`, node.text]));
    const jumpTarget = (event: Event) =>
      (event.target as Element | null)?.closest<SVGGElement>('g.node[role="button"]')?.dataset
        .nodeId;
    const show = (element: Element) => {
      const key = nodeKey(element);
      const text = key ? texts.get(key) : undefined;
      const group = element.closest('g.node');
      if (!text || !group) {
        setTooltip(null);
        return;
      }
      const box = group.getBoundingClientRect();
      const frame = stage.getBoundingClientRect();
      setTooltip({
        text,
        left: box.left - frame.left + box.width / 2,
        top: box.bottom - frame.top + 6,
      });
    };
    const onClick = (event: MouseEvent) => {
      const id = jumpTarget(event);
      if (id) onJumpRef.current(id);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const id = jumpTarget(event);
      if (!id) return;
      event.preventDefault();
      onJumpRef.current(id);
    };
    const onOver = (event: Event) => {
      if (event.target instanceof Element) show(event.target);
    };
    const onOut = (event: PointerEvent | FocusEvent) => {
      const next = event.relatedTarget;
      const from = (event.target as Element | null)?.closest('g.node');
      if (next instanceof Element && from?.contains(next)) return;
      setTooltip(null);
    };
    host.addEventListener('click', onClick);
    host.addEventListener('keydown', onKeyDown);
    host.addEventListener('pointerover', onOver);
    host.addEventListener('pointerout', onOut);
    host.addEventListener('focusin', onOver);
    host.addEventListener('focusout', onOut);
    return () => {
      host.removeEventListener('click', onClick);
      host.removeEventListener('keydown', onKeyDown);
      host.removeEventListener('pointerover', onOver);
      host.removeEventListener('pointerout', onOut);
      host.removeEventListener('focusin', onOver);
      host.removeEventListener('focusout', onOut);
    };
  }, [diagram]);

  return (
    <div className="diagram-stage" ref={stageRef}>
      {/* A focusable region whose keys move the view, as a map's does; its node buttons keep
          Enter and Space. */}
      {/* eslint-disable jsx-a11y-x/no-noninteractive-element-interactions, jsx-a11y-x/no-noninteractive-tabindex */}
      <div
        className="diagram-canvas"
        ref={hostRef}
        role="group"
        tabIndex={0}
        aria-label={label}
        aria-describedby={keysId}
        data-mode={mode}
        onKeyDown={onKeys}
      />
      {/* eslint-enable jsx-a11y-x/no-noninteractive-element-interactions, jsx-a11y-x/no-noninteractive-tabindex */}
      <div className="diagram-pad" role="group" aria-label={panLabels.panLabel}>
        {(
          [
            ['up', panLabels.panUp, '↑', 0, panStep],
            ['left', panLabels.panLeft, '←', panStep, 0],
            ['right', panLabels.panRight, '→', -panStep, 0],
            ['down', panLabels.panDown, '↓', 0, -panStep],
          ] as const
        ).map(([key, name, arrow, dx, dy]) => (
          <button
            key={key}
            type="button"
            className={`btn diagram-tool diagram-pad-${key}`}
            aria-label={name}
            onClick={() => {
              if (modeRef.current !== 'free') onModeChange('free');
              panZoomRef.current?.panBy(dx, dy, reducedMotion() ? 0 : TRANSITION_MS);
            }}
          >
            <span aria-hidden="true">{arrow}</span>
          </button>
        ))}
      </div>
      {tooltip && (
        // Visual only: the focused node's accessible name already carries the full text.
        <div
          className="diagram-tooltip"
          aria-hidden="true"
          style={{ left: tooltip.left, top: tooltip.top }}
        >
          {tooltip.text}
        </div>
      )}
    </div>
  );
}
