// Words for the series' values, shared by charts, tooltips and tables so that they always agree.
import {
  formatValue,
  type Level,
  type QuantityLike,
  type RangeRow,
  type RangeUnit,
  type Span,
  type Support,
} from '../../domain/chart-series';
import { format, type Lang } from '../../i18n';
import type { CompareStrings } from './strings';
import { SUPPORT_SYMBOL } from '../../components/ui/support-symbol';

export function supportWord(t: CompareStrings, support: Support): string {
  return { yes: t.supportYes, partly: t.supportPartly, no: t.supportNo }[support];
}

export function supportText(t: CompareStrings, support: Support): string {
  return `${SUPPORT_SYMBOL[support]} ${supportWord(t, support)}`;
}

export function levelWord(t: CompareStrings, level: Level): string {
  return {
    very_low: t.levelVeryLow,
    low: t.levelLow,
    medium: t.levelMedium,
    high: t.levelHigh,
    very_high: t.levelVeryHigh,
  }[level];
}

export function originLabel(t: CompareStrings, row: RangeRow<unknown>): string {
  if (row.origin === 'guide') return t.originGuide;
  return row.ref === undefined ? t.originPublished : format(t.publishedRef, { ref: row.ref });
}

/** The exact stated numbers, in the metric's base unit: "1000 to 5000", "up to 10", "about 1193". */
export function exactValue(t: CompareStrings, quantity: QuantityLike): string {
  const max = String(quantity.max);
  if (quantity.bound === 'approx') return format(t.valuePoint, { value: max });
  if (quantity.bound === 'lt' || quantity.min === undefined) return format(t.valueUpTo, { max });
  return format(t.valueRange, { min: String(quantity.min), max });
}

/** The span in readable units: "from 1 s to 5 s", "up to 10 ms; no lower value…". */
export function readSpan(t: CompareStrings, span: Span, unit: RangeUnit): string {
  switch (span.kind) {
    case 'range':
      return format(t.readRange, {
        min: formatValue(span.from, unit),
        max: formatValue(span.to, unit),
      });
    case 'upTo':
      return format(t.readUpTo, { max: formatValue(span.to, unit) });
    case 'point':
      return format(t.readPoint, { value: formatValue(span.to, unit) });
  }
}

export function rowCaption(
  t: CompareStrings,
  row: RangeRow<unknown>,
  unit: RangeUnit,
  lang: Lang,
): string {
  if (!row.quantity || !row.span) {
    return row.origin === 'guide' ? t.noGuideFigure : t.noPublishedFigure;
  }
  const origin = originLabel(t, row);
  const value = row.quantity.display[lang];
  return row.span.kind === 'upTo'
    ? format(t.captionUpTo, { origin, value, max: formatValue(row.span.to, unit) })
    : format(t.captionValue, { origin, value });
}

export function relationWord(t: CompareStrings, relation: 'agrees' | 'disagrees' | 'adds'): string {
  return { agrees: t.relationAgrees, disagrees: t.relationDisagrees, adds: t.relationAdds }[
    relation
  ];
}
