// The lazy half of prepare-diagram.ts: it needs the built-in content, the share-link decoder's
// tree choice and the Mermaid source, none of which belong in the entry chunk.
import { builtInContent } from '../../content';
import { decodeShareState, type RawSearch } from '../../domain/share-state';
import { toMermaid } from '../../domain/to-mermaid';
import type { Lang } from '../../domain/tree';
import type { ContentLoad } from '../../app/content-loader';
import type { RenderRequest } from '../../lib/mermaid';
import { focusDrawing } from './fold-label';
import { diagramStrings } from './strings';

/** What the wizard's diagram will ask the renderer for, given the page's start-up URL. */
export function diagramRequestFor(
  load: ContentLoad,
  search: RawSearch,
  lang: Lang,
  theme: RenderRequest['theme'],
): RenderRequest {
  const content = load.status === 'custom' ? load.content : builtInContent;
  const { tree, resolution } = decodeShareState(
    { ...search, lang },
    content.trees,
    content.defaultTree,
  );
  // A large tree opens in its focus view: that is the drawing to start on.
  const focus = focusDrawing(tree, resolution, diagramStrings[lang]);
  return { treeId: tree.id, lang, theme, source: toMermaid(tree, { lang, focus }).source };
}
