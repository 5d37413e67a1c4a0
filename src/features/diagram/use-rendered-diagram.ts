import { useEffect, useState } from 'react';
import type { MermaidDiagram } from '../../domain/to-mermaid';
import type { Lang } from '../../domain/tree';
import type { Theme } from '../../app/theme';
import { loadDiagramRenderer } from './load-renderer';

export type RenderedState =
  | { status: 'loading' }
  | { status: 'ready'; svg: SVGSVGElement }
  | { status: 'failed'; reason: 'load' | 'render' };

type Keyed = RenderedState & { key: string; treeId: string; attempt: number };

function toSvgElement(markup: string): SVGSVGElement | undefined {
  const holder = document.createElement('div');
  // Mermaid's own output, sanitised by Mermaid (securityLevel 'strict').
  holder.innerHTML = markup;
  const svg = holder.querySelector('svg');
  return svg ?? undefined;
}

/**
 * The diagram's SVG element for (tree, language, theme). Mermaid renders each once (its wrapper
 * caches the text); the element made here stays the same for as long as the key does, so path
 * changes only touch its attributes. While a new key renders, the previous drawing stays.
 */
export function useRenderedDiagram(
  treeId: string,
  lang: Lang,
  theme: Theme,
  diagram: MermaidDiagram,
  /** Bumped to load the renderer again after its chunk failed to load. */
  attempt = 0,
): RenderedState {
  const key = `${treeId}\n${lang}\n${theme}\n${diagram.source}`;
  const [state, setState] = useState<Keyed>({
    key: '',
    treeId: '',
    attempt,
    status: 'loading',
  });

  useEffect(() => {
    let cancelled = false;
    loadDiagramRenderer().then(
      async (renderer) => {
        try {
          const rendered = await renderer.renderDiagram({
            treeId,
            lang,
            theme,
            source: diagram.source,
          });
          if (cancelled) return;
          const svg = toSvgElement(rendered.svg);
          if (!svg) throw new Error('Mermaid returned no SVG');
          renderer.annotateDiagram(svg, rendered.renderId, diagram);
          setState({ key, treeId, attempt, status: 'ready', svg });
        } catch {
          if (!cancelled) setState({ key, treeId, attempt, status: 'failed', reason: 'render' });
        }
      },
      () => {
        if (!cancelled) setState({ key, treeId, attempt, status: 'failed', reason: 'load' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, treeId, lang, theme, diagram, attempt]);

  if (state.key === key && !(attempt > state.attempt && state.status === 'failed')) return state;
  // While the new key renders, the same tree in the previous language or theme is better than
  // a blank panel; a chunk that failed to load will not load for another key either.
  if (state.status === 'ready' && state.treeId === treeId) return state;
  if (state.status === 'failed' && state.reason === 'load' && attempt === state.attempt) {
    return state;
  }
  return { status: 'loading' };
}
