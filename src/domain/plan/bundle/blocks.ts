// Reading the snippet sets' blocks: which part a block plays, the fields of a one-document YAML
// block, a script cut into sections that can be kept once, a configuration file's parts.
import type { Lang } from '../../tree';
import type { BundleSnippet } from './types';

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? match) : match,
  );
}

const isComment = (line: string) => line.trimStart().startsWith('#');

/** The part a GPU block plays, from the name it downloads as (`…-gpu-<part>.<ext>`). */
export function gpuPart(snippet: BundleSnippet): string | undefined {
  return /-gpu-([a-z0-9]+)\.[a-z]+$/.exec(snippet.filename ?? '')?.[1];
}

/** The `kind:` of a YAML block (our blocks hold one document each). */
export function yamlKind(code: string): string | undefined {
  return /^kind:\s*(\S+)\s*$/m.exec(code)?.[1];
}

/** metadata.name of a one-document YAML block. */
export function yamlName(code: string): string | undefined {
  return /^metadata:\s*\n\s+name:\s*(\S+)\s*$/m.exec(code)?.[1];
}

export function yamlField(code: string, field: string): string | undefined {
  return new RegExp(`^\\s*${field}:\\s*(\\S+)\\s*$`, 'm').exec(code)?.[1];
}

/**
 * Splits a script into sections that each start at a comment line following a command, so a
 * step that several runtimes' scripts share (installing K3s) is kept once.
 */
export function segments(code: string): string[] {
  const out: string[][] = [];
  let current: string[] = [];
  let sawCommand = false;
  for (const line of code.split('\n')) {
    if (isComment(line) && sawCommand) {
      out.push(current);
      current = [];
      sawCommand = false;
    }
    current.push(line);
    if (line.trim() !== '' && !isComment(line)) sawCommand = true;
  }
  if (current.length > 0) out.push(current);
  return out.map((lines) => lines.join('\n').trim()).filter((text) => text !== '');
}

/** A Kubernetes object name from a workload's name: lower case, digits and '-', at most 63. */
export function podName(name: string, taken: ReadonlySet<string>, position: number): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || `workload-${position}`;
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}

export interface ConfigPart {
  runtime: string;
  /** The first non-comment line: `version = 3`, or K3s's `{{ template "base" . }}`. */
  divider: string;
  header: string[];
  body: string[];
  path: string | undefined;
  id: string;
}

export function configPart(snippet: BundleSnippet, lang: Lang): ConfigPart | undefined {
  const lines = snippet.code[lang].split('\n');
  const at = lines.findIndex((line) => line.trim() !== '' && !isComment(line));
  const divider = lines[at];
  if (at === -1 || divider === undefined) return undefined;
  const header = lines.slice(0, at);
  return {
    runtime: snippet.runtime,
    divider,
    header,
    body: lines.slice(at + 1),
    path: /^#\s+(\/[^\s:]+)/.exec(header[0] ?? '')?.[1],
    id: snippet.id,
  };
}

export function basename(path: string | undefined, fallback: string): string {
  const name = path?.split('/').pop();
  return name && /^[a-z0-9][a-z0-9._-]*$/i.test(name) ? name : fallback;
}
