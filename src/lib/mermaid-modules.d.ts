// Mermaid's internal files, imported by mermaid-preload.ts only to fetch them early.
declare module 'mermaid/dist/chunks/mermaid.core/*' {
  const module: unknown;
  export = module;
}
