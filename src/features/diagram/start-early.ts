// Imported first by main.tsx, so that it runs before React, the router and the rest of the entry
// are evaluated: Mermaid (the largest code, in its own chunks) starts loading at the earliest
// moment. Measured with `npm run bench:diagram`, this brings the diagram of a fresh share link
// about 10% sooner than starting the import after the first render is scheduled. A failure is
// handled where the diagram awaits the same promise (it shows the outline).
import { loadDiagramRenderer } from './load-renderer';

loadDiagramRenderer().catch(() => undefined);
