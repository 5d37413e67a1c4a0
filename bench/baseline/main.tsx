// The floor the app is held to: React renders a container, Mermaid is imported lazily and
// draws the guide's tree (diagram.tsx), nothing else.
import { createRoot } from 'react-dom/client';
import { Diagram } from './diagram';

const rootElement = document.getElementById('root');
if (rootElement) {
  createRoot(rootElement).render(
    <main>
      <h1>Baseline</h1>
      <Diagram />
    </main>,
  );
}
