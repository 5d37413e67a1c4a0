// Lists the decision diagram's chunks in index.html as <link rel="modulepreload">: the browser
// fetches Mermaid (the app's largest code) while it parses the page, in parallel with the app's
// entry, instead of after the entry has run. Mermaid loads its flowchart parser and the dagre
// layout on first use; they are listed too, so the first render waits for no further round
// trip, and so is the wizard route's chunk, where share links land. Measured with
// `npm run bench:diagram`: without this the marked diagram of a fresh share link appeared
// 10-20% later than on a bare Vite + React page; with it, at about the same time.
import type { HtmlTagDescriptor, Plugin } from 'vite';

interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  isEntry: boolean;
  imports: string[];
}

const DIAGRAM_MODULES = [
  // The page the diagram lives on, where share links land.
  /\/src\/routes\/wizard\.tsx\?tsr-split=component$/,
  /\/src\/lib\/mermaid\.ts$/,
  /\/mermaid\/dist\/chunks\/mermaid\.core\/flowDiagram-[\w-]+\.mjs$/,
  /\/mermaid\/dist\/chunks\/mermaid\.core\/dagre-[\w-]+\.mjs$/,
];

export function preloadDiagram(): Plugin {
  return {
    name: 'runtime-advisor:preload-diagram',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context): HtmlTagDescriptor[] {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (item): item is typeof item & ChunkInfo => item.type === 'chunk',
        );
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (roots: ChunkInfo[]): Set<string> => {
          const seen = new Set<string>();
          const visit = (name: string) => {
            if (seen.has(name)) return;
            seen.add(name);
            for (const next of byName.get(name)?.imports ?? []) visit(next);
          };
          for (const root of roots) visit(root.fileName);
          return seen;
        };
        const loadedByEntry = closure(chunks.filter((chunk) => chunk.isEntry));
        const diagram = closure(
          chunks.filter((chunk) =>
            DIAGRAM_MODULES.some((pattern) => pattern.test(chunk.facadeModuleId ?? '')),
          ),
        );
        return [...diagram]
          .filter((name) => !loadedByEntry.has(name))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head',
          }));
      },
    },
  };
}
