// The build's drawings (drawings/*.gen.ts) are made by `npm run render-diagrams` in a browser.
// This test needs none: it recomputes what each drawing was made from (Mermaid's version and
// configuration, the tree's flowchart source and theme, the render id) and fails when a built-in
// tree, the Mermaid pin or the configuration changed without drawing them again.
import { describe, expect, it } from 'vitest';
import { inputsHash, installedMermaidVersion } from '../../../scripts/drawing-hash.mjs';
import { builtInContent } from '../../content';
import { toMermaid } from '../../domain/to-mermaid';
import { drawingInputs, renderIdFor } from '../../lib/mermaid-config';
import { builtDrawingRequests, drawingKey } from './built-drawing-requests';
import { hasBuiltDrawing, type BuiltDrawing } from './built-drawings';
import { BUILT_DRAWINGS, BUILT_IN_DEFAULT_TREE } from './drawings/index.gen';

const STALE = 'run npm run render-diagrams';

const requests = builtDrawingRequests();

describe('the drawings made at build time', () => {
  it('cover every built-in tree in each language and theme, and nothing else', () => {
    expect(Object.keys(BUILT_DRAWINGS).sort(), STALE).toEqual(requests.map(drawingKey).sort());
    expect(requests.length).toBe(builtInContent.trees.length * 2 * 2);
    expect(BUILT_IN_DEFAULT_TREE, STALE).toBe(builtInContent.defaultTree);
  });

  it.each(requests.map((request) => [drawingKey(request), request] as const))(
    '%s was drawn from the current inputs',
    async (key, request) => {
      const entry = BUILT_DRAWINGS[key];
      if (!entry) throw new Error(`no drawing ${key}: ${STALE}`);
      const drawing: BuiltDrawing = (await entry.load()).default;
      const expected = inputsHash(drawingInputs(request, installedMermaidVersion()));
      expect(drawing.inputsHash, `${key} is out of date: ${STALE}`).toBe(expected);
      expect(entry.renderId, STALE).toBe(renderIdFor(request));
      expect(drawing.renderId, STALE).toBe(entry.renderId);
      expect(drawing.key).toBe(key);
      // The drawing is of this render id: Mermaid's element ids all start with it.
      expect(drawing.svg).toMatch(new RegExp(`^<svg[^>]* id="${entry.renderId}"`));
    },
  );

  it('are used only for exactly the source they were drawn from', () => {
    const [request] = requests;
    if (!request) throw new Error('there are built-in drawings');
    expect(hasBuiltDrawing(request)).toBe(true);
    // A team's content file that replaces a built-in tree under the same id.
    expect(hasBuiltDrawing({ ...request, source: `${request.source}  q_extra{{"x"}}\n` })).toBe(
      false,
    );
    expect(hasBuiltDrawing({ ...request, treeId: 'acme_platform' })).toBe(false);
    expect(hasBuiltDrawing({ ...request, remeasured: true })).toBe(true);
  });

  it('change hash when anything they are drawn from changes', () => {
    const [request] = requests;
    if (!request) throw new Error('there are built-in drawings');
    const version = installedMermaidVersion();
    const base = inputsHash(drawingInputs(request, version));
    const tree = builtInContent.trees.find((candidate) => candidate.id === request.treeId);
    if (!tree) throw new Error('the request is of a built-in tree');
    const edited = toMermaid(
      { ...tree, nodes: tree.nodes.map((node) => ({ ...node, id: node.id })) },
      { lang: request.lang, maxLabelLength: 10 },
    ).source;
    expect(inputsHash(drawingInputs({ ...request, source: edited }, version))).not.toBe(base);
    expect(inputsHash(drawingInputs({ ...request, theme: 'dark' }, version))).not.toBe(base);
    expect(inputsHash(drawingInputs(request, `${version}-next`))).not.toBe(base);
  });
});
