// Words for the weighing's values and must-haves, shared by the controls, the table and the
// decision record so that they always agree.
import type { Content } from '../../content/schema';
import {
  criterionLabel,
  type CellValue,
  type CriterionValue,
  type Level,
  type Support,
  type WeighCriterion,
} from '../../domain/weigh/criteria';
import type { MustHave } from '../../domain/weigh/score';
import { format, type Lang } from '../../i18n';
import type { WeighText } from './strings';

export function supportText(t: WeighText, support: Support): string {
  return { yes: t.supportYes, partly: t.supportPartly, no: t.supportNo }[support];
}

export function levelText(t: WeighText, level: Level): string {
  return {
    very_low: t.levelVeryLow,
    low: t.levelLow,
    medium: t.levelMedium,
    high: t.levelHigh,
    very_high: t.levelVeryHigh,
  }[level];
}

function cellText(t: WeighText, value: CellValue): string {
  return value === 'yes' || value === 'partly' || value === 'no'
    ? supportText(t, value)
    : levelText(t, value);
}

export function valueText(t: WeighText, value: CriterionValue, lang: Lang): string {
  switch (value.kind) {
    case 'quantity':
      return value.quantity.display[lang];
    case 'stars':
      return format(t.stars, { n: value.stars });
    case 'support':
      return supportText(t, value.support);
    case 'level':
      return value.text[lang];
    case 'missing':
      return t.noValue;
  }
}

export function criterionName(criterion: WeighCriterion, lang: Lang): string {
  return criterionLabel(criterion)[lang];
}

/** "Isolation strength: high or very high", from the feature row and the acceptable cells. */
export function mustHaveLabel(
  t: WeighText,
  content: Content,
  mustHave: MustHave,
  lang: Lang,
): string {
  const property = mustHave.property;
  const row = property && content.properties.find((candidate) => candidate.id === property.id);
  if (property && row) {
    // A published property row decides this need: its label and marks, not the guide's row.
    return format(t.mustLabel, {
      feature: row.label[lang],
      values: property.acceptable.map((value) => cellText(t, value)).join(t.or),
    });
  }
  const feature = content.features.find((row) => row.id === mustHave.feature);
  const values = mustHave.acceptable.map((value) => {
    // The row's own word for a level where a runtime has it ("very fast" for startup speed).
    const cell = feature
      ? Object.values(feature.values).find((c) => c.kind === 'level' && c.level === value)
      : undefined;
    return cell?.kind === 'level' ? cell.text[lang] : cellText(t, value);
  });
  return format(t.mustLabel, {
    feature: feature?.label[lang] ?? mustHave.feature,
    values: values.join(t.or),
  });
}

/** The tree questions that state a must-have, by their text in any tree that has them. */
export function mustHaveQuestions(content: Content, mustHave: MustHave, lang: Lang): string[] {
  return mustHave.questionIds.flatMap((id) => {
    for (const tree of content.trees) {
      const node = tree.nodes.find((candidate) => candidate.id === id);
      if (node?.kind === 'question') return [node.text[lang]];
    }
    return [];
  });
}
