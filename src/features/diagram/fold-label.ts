import type { FoldCount } from '../../domain/diagram-focus';
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
