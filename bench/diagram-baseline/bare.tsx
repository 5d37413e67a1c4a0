// The floor: the least a Vite + React page can do to show the guide's tree with Mermaid.
// React renders, then an effect imports Mermaid lazily and renders the same generated source
// the app draws. No router, no content, no path marks.
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { toMermaid } from '../../src/domain/to-mermaid';
import { guideTree } from '../../src/content/guide/trees';

const source = toMermaid(guideTree, { lang: 'en' }).source;

function App() {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void import('mermaid').then(async ({ default: mermaid }) => {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', layout: 'dagre' });
      const { svg } = await mermaid.render('baseline-diagram', source);
      if (host.current) host.current.innerHTML = svg;
    });
  }, []);
  return (
    <main>
      <h1>Decision tree</h1>
      <div ref={host} />
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
