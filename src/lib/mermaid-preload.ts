// Part of the Mermaid wrapper (src/lib/mermaid.ts). Mermaid fetches a diagram type's code and
// its layout engine only when the first render asks for them: two more rounds of requests, one
// after the other, after Mermaid itself has loaded. Importing the same two files at the moment
// the wrapper is requested fetches them alongside it instead; Mermaid's own import() then finds
// them loaded. These are Mermaid's published files ("./*" in its package exports) at the exact
// version package.json pins; their names carry content hashes, so another version fails the
// build here, and mermaid-preload.test.ts checks that Mermaid still loads exactly these files.
export const FLOWCHART_MODULES = [
  'mermaid/dist/chunks/mermaid.core/flowDiagram-HODETNUW.mjs',
  'mermaid/dist/chunks/mermaid.core/dagre-GXQ25YYZ.mjs',
] as const;

/** Starts loading the flowchart diagram and the dagre layout. Never rejects. */
export function preloadFlowchartModules(): Promise<void> {
  // Literal specifiers (not FLOWCHART_MODULES) so that the bundler sees and resolves them.
  return Promise.all([
    import('mermaid/dist/chunks/mermaid.core/flowDiagram-HODETNUW.mjs'),
    import('mermaid/dist/chunks/mermaid.core/dagre-GXQ25YYZ.mjs'),
  ]).then(
    () => undefined,
    // A failed chunk fails again when Mermaid asks for it, and the diagram reports that.
    () => undefined,
  );
}
