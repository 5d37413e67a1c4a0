import { useCallback, useEffect, useRef, useState } from 'react';
import type { MermaidDiagram } from '../../domain/to-mermaid';
import type { Lang } from '../../domain/tree';
import type { Theme } from '../../app/theme';
import type { RenderRequest } from '../../lib/mermaid-config';
import { annotateDiagram } from './annotate';
import { arrivedBuiltDrawing, builtDrawingFor, hasBuiltDrawing } from './built-drawings';
import { loadDiagramRenderer } from './load-renderer';

/** `built`: drawn at build time (no Mermaid loaded); `live`: drawn by Mermaid in this browser. */
export type DrawingOrigin = 'built' | 'live';

export type RenderedState =
  | { status: 'loading' }
  | { status: 'ready'; svg: SVGSVGElement; origin: DrawingOrigin }
  | { status: 'failed'; reason: 'load' | 'render' };

type Keyed = RenderedState & { key: string; treeId: string };

export interface RenderedDiagram {
  rendered: RenderedState;
  /** The shown drawing's labels do not fit this browser's fonts: draw it again, live. */
  onLabelsOverflow: () => void;
}

/**
 * Drawings whose labels did not fit this browser's fonts, by key: they are drawn live from then
 * on, so that coming back to one never shows the clipped drawing again.
 */
const remeasured = new Set<string>();

function toSvgElement(markup: string): SVGSVGElement | undefined {
  const holder = document.createElement('div');
  // Mermaid's own output, sanitised by Mermaid (securityLevel 'strict'), whether it ran in this
  // browser or in the build's (the build's drawings are files in this repository).
  holder.innerHTML = markup;
  const svg = holder.querySelector('svg');
  return svg ?? undefined;
}

/** Mermaid's chunks could not load (as opposed to a render that failed). */
class RendererUnavailable extends Error {}

function liveDrawing(request: RenderRequest): Promise<{ renderId: string; svg: string }> {
  return loadDiagramRenderer().then(
    (renderer) => renderer.renderDiagram(request),
    (error: unknown) => {
      throw new RendererUnavailable('Mermaid could not load', { cause: error });
    },
  );
}

/**
 * The diagram's SVG element for (tree, language, theme). A built-in tree comes as the build
 * drew it (built-drawings.ts); any other tree, or a built-in one whose labels overflow in this
 * browser, is drawn by Mermaid here, once (its wrapper caches the text). The element made here
 * stays the same for as long as the key does, so path changes only touch its attributes. While
 * a new key renders, the previous drawing stays.
 */
export function useRenderedDiagram(
  treeId: string,
  lang: Lang,
  theme: Theme,
  diagram: MermaidDiagram,
  /** Bumped by Retry to load the renderer again after its chunk failed to load. */
  attempt = 0,
): RenderedDiagram {
  const key = `${treeId}\n${lang}\n${theme}\n${diagram.source}`;
  // A drawing that start-up has already fetched (prepare-diagram.ts) shows in the first render,
  // with the question, instead of one effect and one render later.
  const [state, setState] = useState<Keyed>(() => {
    const arrived = remeasured.has(key)
      ? undefined
      : arrivedBuiltDrawing({ treeId, lang, theme, source: diagram.source });
    const svg = arrived && toSvgElement(arrived.svg);
    if (!arrived || !svg) return { key: '', treeId: '', status: 'loading' };
    annotateDiagram(svg, arrived.renderId, diagram);
    return { key, treeId, status: 'ready', svg, origin: 'built' };
  });
  const shownAtOnce = useRef(state.status === 'ready' ? key : undefined);
  const [overflowedKey, setOverflowedKey] = useState<string>();
  const live = overflowedKey === key || remeasured.has(key);

  useEffect(() => {
    if (shownAtOnce.current === key && !live) {
      shownAtOnce.current = undefined;
      return;
    }
    let cancelled = false;
    const request: RenderRequest = { treeId, lang, theme, source: diagram.source };
    const built = !live && hasBuiltDrawing(request);
    const show = (text: { renderId: string; svg: string }, origin: DrawingOrigin) => {
      if (cancelled) return;
      const svg = toSvgElement(text.svg);
      if (!svg) throw new Error('Mermaid returned no SVG');
      annotateDiagram(svg, text.renderId, diagram);
      setState({ key, treeId, status: 'ready', svg, origin });
    };
    const drawLive = (remeasure: boolean) =>
      liveDrawing({ ...request, remeasured: remeasure }).then((text) => {
        show(text, 'live');
      });
    const drawing = built
      ? builtDrawingFor(request).then((text) => {
          // A drawing chunk that cannot load: Mermaid may still be able to draw it.
          if (!text) return drawLive(false);
          show(text, 'built');
          return undefined;
        })
      : drawLive(live);
    drawing.catch((error: unknown) => {
      if (cancelled) return;
      const reason = error instanceof RendererUnavailable ? 'load' : 'render';
      // A re-measured drawing that fails keeps the build's: clipped labels beat no diagram.
      setState((previous) =>
        live && previous.key === key && previous.status === 'ready'
          ? previous
          : { key, treeId, status: 'failed', reason },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [key, treeId, lang, theme, diagram, live, attempt]);

  const onLabelsOverflow = useCallback(() => {
    remeasured.add(key);
    setOverflowedKey(key);
  }, [key]);

  const rendered = ((): RenderedState => {
    if (state.key === key) return state;
    // While the new key renders, the same tree in the previous language or theme is better than
    // a blank panel; a chunk that failed to load will not load for another key either.
    if (state.status === 'ready' && state.treeId === treeId) return state;
    if (state.status === 'failed' && state.reason === 'load') return state;
    return { status: 'loading' };
  })();
  return { rendered, onLabelsOverflow };
}
