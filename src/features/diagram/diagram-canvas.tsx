import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PathMarks } from '../../domain/diagram-path';
import type { MermaidDiagram } from '../../domain/to-mermaid';
import type { Runtime } from '../../content/schema';
import { applyPathMarks } from './svg-marks';
import { labelsOverflow } from './label-fit';

/** `auto` is decided once the drawing is attached: fit, unless that makes text too small to read. */
export type Zoom = 'auto' | 'fit' | number;

/**
 * On narrow screens, below this scale the labels get too small to read, so `auto` shows 100%
 * and scrolls instead. Wide screens always start fitted: the whole tree beside the question.
 */
const MIN_READABLE_SCALE = 0.75;
const NARROW = '(max-width: 1023px)';

interface CanvasProps {
  svg: SVGSVGElement;
  diagram: MermaidDiagram;
  marks: PathMarks;
  zoom: Zoom;
  runtimes: readonly Runtime[];
  hintId: string;
  onJump: (questionId: string) => void;
  onZoomDecided: (zoom: 'fit' | 1) => void;
  /** Set for a drawing made at build time: called when its labels do not fit this browser. */
  onLabelsOverflow?: (() => void) | undefined;
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
  const { svg, diagram, marks, zoom, runtimes, hintId, onZoomDecided, onLabelsOverflow } = props;
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
    svg.removeAttribute('aria-roledescription');
    for (const node of svg.querySelectorAll<SVGGElement>('g.node[data-runtime]')) {
      const runtime = runtimes.find((candidate) => candidate.id === node.dataset.runtime);
      if (!runtime) continue;
      node.style.setProperty('--rt-light', runtime.color.light);
      node.style.setProperty('--rt-dark', runtime.color.dark);
    }
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

  useLayoutEffect(() => {
    const width = svg.viewBox.baseVal.width;
    const host = hostRef.current;
    if (zoom === 'auto') {
      const room = host ? host.clientWidth : width;
      const narrow = window.matchMedia(NARROW).matches;
      onZoomDecided(narrow && width > 0 && room / width < MIN_READABLE_SCALE ? 1 : 'fit');
    }
    svg.removeAttribute('height');
    svg.style.setProperty('height', 'auto');
    if (zoom === 'fit' || zoom === 'auto' || width <= 0) {
      svg.setAttribute('width', '100%');
      svg.style.setProperty('width', '100%');
      svg.style.setProperty('max-width', `${width}px`);
    } else {
      svg.style.setProperty('width', `${Math.round(width * zoom)}px`);
      svg.style.setProperty('max-width', 'none');
    }
  }, [svg, zoom, onZoomDecided]);

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

  // When the drawing is larger than the panel, bring the question being asked (or the outcome)
  // into view.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host || host.scrollWidth <= host.clientWidth + 1) return;
    const target = svg.querySelector('[data-path="current"], [data-path="outcome"]');
    if (!target) return;
    const box = target.getBoundingClientRect();
    const frame = host.getBoundingClientRect();
    host.scrollLeft += box.left + box.width / 2 - (frame.left + frame.width / 2);
    host.scrollTop += box.top + box.height / 2 - (frame.top + frame.height / 2);
  }, [svg, marks, zoom]);

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
      <div
        className="diagram-canvas"
        ref={hostRef}
        data-zoom={typeof zoom === 'number' ? 'scaled' : 'fit'}
      />
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
