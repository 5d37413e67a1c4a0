export const LIBRARY_MARKERS: Readonly<Record<'mermaid' | 'recharts', readonly string[]>>;
export function gzipSize(content: string | Buffer): number;
export function findLibraries(code: string): ('mermaid' | 'recharts')[];
export function staticImports(code: string): string[];

export interface EntryClosure {
  /** Scripts and modulepreloads named by index.html. */
  roots: string[];
  /** Those and every chunk they import statically, relative to the dist directory. */
  files: string[];
  /** Each file's static imports. */
  imports: Record<string, string[]>;
}
export function entryClosure(distDir: string): EntryClosure;

export interface FileSizes {
  files: { file: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
}
export function measureFiles(distDir: string, files: Iterable<string>): FileSizes;
