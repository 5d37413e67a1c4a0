// What the two charts share: sizes, the tooltip, the settings of a chart drawn as horizontal rows
// (one category per row, so that long names and narrow screens fit), and a row's name fitted to
// one line for narrow screens, where names move above their rows.
import type { ReactNode } from 'react';
import { Tooltip, type BarShapeProps, type TooltipContentProps } from '../../../lib/recharts';
import { textWidth, wrapText } from './text-fit';

/** Narrower than this, the row names move above their rows so the bars get the full width. */
export const NARROW = 480;
export const FONT = 12.5;
export const LINE = 15;

/** The tooltip of a row chart: the row under the pointer (or keyboard focus), in words. */
export function ChartTooltip<Row>(props: {
  rows: Map<string, Row>;
  render: (row: Row) => ReactNode;
}) {
  return (
    <Tooltip
      cursor={{ className: 'chart-cursor' }}
      isAnimationActive={false}
      content={(tooltip: TooltipContentProps) => {
        if (!tooltip.active) return null;
        const row = props.rows.get(String(tooltip.label));
        const body = row === undefined ? null : props.render(row);
        return body ? <div className="chart-tooltip">{body}</div> : null;
      }}
    />
  );
}

/** Both charts are horizontal rows, one category per row, read by keyboard too. */
export const ROWS_CHART = {
  layout: 'vertical',
  barCategoryGap: 0,
  accessibilityLayer: true,
  role: 'application',
} as const;

/** The rows' axis: one tick per row key (its label is drawn by the chart's own tick). */
export const ROW_AXIS = {
  type: 'category',
  dataKey: 'key',
  tickLine: false,
  axisLine: false,
  interval: 0,
} as const;

/** The row key a bar shape was drawn for. */
export function rowKeyOf(shape: BarShapeProps): string {
  return String((shape.payload as { key?: unknown } | undefined)?.key);
}

/** "Kata Containers  ◆ highlighted", shortened to fit one line. */
export function fitName(
  name: string,
  highlighted: boolean,
  word: string,
  width: number,
): { label: string; mark?: string } {
  if (!highlighted) return { label: wrapText(name, width - 20, FONT, 1, true)[0] ?? name };
  const mark = `◆ ${word}`;
  const markWidth = textWidth(mark, FONT, true) + 8;
  return { label: wrapText(name, width - 20 - markWidth, FONT, 1, true)[0] ?? name, mark };
}
