import { focusView, needsFocus, type FoldCount } from '../../domain/diagram-focus';
import type { Resolution } from '../../domain/engine';
import type { ToMermaidOptions } from '../../domain/to-mermaid';
import type { DecisionTree } from '../../domain/tree';
import { format } from '../../i18n';
import type { diagramStrings } from './strings';

type Strings = (typeof diagramStrings)['en'];

/** "+12 questions, 3 outcomes": what a folded branch holds. */
export function foldParts(count: FoldCount, t: Strings): string {
  const parts: string[] = [];
  if (count.questions > 0)
    parts.push(
      count.questions === 1
        ? t.foldQuestion
        : format(t.foldQuestions, { n: String(count.questions) }),
    );
  if (count.outcomes > 0)
    parts.push(
      count.outcomes === 1 ? t.foldOutcome : format(t.foldOutcomes, { n: String(count.outcomes) }),
    );
  return parts.join(t.foldJoin);
}

/**
 * What `toMermaid` draws for the tree at this point of the walk: the focus view for a large tree,
 * nothing (the whole tree) otherwise. The diagram and the start-up drawing both ask here, so that
 * the drawing started before the wizard renders is the one it shows.
 */
export function focusDrawing(
  tree: DecisionTree,
  resolution: Resolution,
  t: Strings,
): ToMermaidOptions['focus'] {
  if (!needsFocus(tree)) return undefined;
  return {
    view: focusView(tree, resolution),
    foldLabel: (count) => format(t.foldLabel, { parts: foldParts(count, t) }),
  };
}
