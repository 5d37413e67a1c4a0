// Which drawings the build makes: every built-in tree, in each language and theme. Read by
// `npm run render-diagrams` (which draws them) and by the test that checks they are up to date;
// the app itself only reads the generated index (drawings/index.gen.ts).
import { builtInContent } from '../../content';
import { toMermaid } from '../../domain/to-mermaid';
import type { Lang } from '../../domain/tree';
import type { DiagramTheme, RenderRequest } from '../../lib/mermaid-config';

export const DRAWING_LANGS: readonly Lang[] = ['en', 'zh'];
export const DRAWING_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/** The request the wizard's diagram makes for a built-in tree, as the build draws it. */
export function builtDrawingRequests(): RenderRequest[] {
  return builtInContent.trees.flatMap((tree) =>
    DRAWING_LANGS.flatMap((lang) =>
      DRAWING_THEMES.map((theme) => ({
        treeId: tree.id,
        lang,
        theme,
        source: toMermaid(tree, { lang }).source,
      })),
    ),
  );
}

/** `guide-en-light`: the generated module's name and its key in the index. */
export function drawingKey(request: Pick<RenderRequest, 'treeId' | 'lang' | 'theme'>): string {
  return `${request.treeId}-${request.lang}-${request.theme}`;
}
