// The drawings made at build time (`npm run render-diagrams`, see drawings/). A built-in tree's
// drawing is one small module per (tree, language, theme), fetched in parallel with the page's
// own code, so the diagram needs no Mermaid. It is used only when it is a drawing of exactly the
// source the wizard would render: a team's content file may replace a built-in tree under the
// same id, and then the render id (which fingerprints the source) no longer matches.
import type { Lang } from '../../domain/tree';
import type { DiagramTheme, RenderRequest } from '../../lib/mermaid-config';
import { renderIdFor } from '../../lib/mermaid-config';
import { BUILT_DRAWINGS } from './drawings/index.gen';

export interface BuiltDrawing {
  /** `<tree>-<lang>-<theme>` */
  key: string;
  renderId: string;
  /** sha256 of drawingInputs(): the unit test recomputes it to find drawings out of date. */
  inputsHash: string;
  /** Mermaid's SVG text, as Mermaid returned it in the browser at build time. */
  svg: string;
}

export type BuiltDrawingIndex = Record<
  string,
  { renderId: string; load: () => Promise<{ default: BuiltDrawing }> }
>;

const loads = new Map<string, Promise<BuiltDrawing | undefined>>();
/** Drawings that have arrived, so that a page rendering after that shows one at once. */
const loaded = new Map<string, BuiltDrawing>();

/**
 * Starts loading the build's drawing of a built-in tree (resolves to undefined when there is
 * none, or it cannot load: the live renderer then draws it). Idempotent.
 */
export function loadBuiltDrawing(
  treeId: string,
  lang: Lang,
  theme: DiagramTheme,
): Promise<BuiltDrawing | undefined> {
  const key = `${treeId}-${lang}-${theme}`;
  const existing = loads.get(key);
  if (existing) return existing;
  const entry = Object.hasOwn(BUILT_DRAWINGS, key) ? BUILT_DRAWINGS[key] : undefined;
  const loading = entry
    ? entry.load().then(
        (module) => {
          loaded.set(key, module.default);
          return module.default;
        },
        () => {
          // A chunk missing after a redeploy: the live path may still work, and a later call
          // may try again.
          loads.delete(key);
          return undefined;
        },
      )
    : Promise.resolve(undefined);
  loads.set(key, loading);
  return loading;
}

/** Whether the build drew this exact request (same tree, language, theme and source). */
export function hasBuiltDrawing(request: RenderRequest): boolean {
  const key = `${request.treeId}-${request.lang}-${request.theme}`;
  const entry = Object.hasOwn(BUILT_DRAWINGS, key) ? BUILT_DRAWINGS[key] : undefined;
  return entry !== undefined && entry.renderId === renderIdFor({ ...request, remeasured: false });
}

/** The build's drawing of exactly this request if it has already arrived. */
export function arrivedBuiltDrawing(request: RenderRequest): BuiltDrawing | undefined {
  return hasBuiltDrawing(request)
    ? loaded.get(`${request.treeId}-${request.lang}-${request.theme}`)
    : undefined;
}

/** The build's drawing of exactly this request, or undefined. */
export async function builtDrawingFor(request: RenderRequest): Promise<BuiltDrawing | undefined> {
  if (!hasBuiltDrawing(request)) return undefined;
  return loadBuiltDrawing(request.treeId, request.lang, request.theme);
}
