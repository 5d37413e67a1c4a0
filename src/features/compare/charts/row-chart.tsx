// RowChart: a bar per row on a log or linear axis, with a caption above each bar (a direct label,
// so colour is never the only carrier): ranges, open-ended upper bounds and points. It keeps
// Recharts' accessibility layer: the chart takes focus and the arrow keys move the tooltip from
// row to row.
import type { ReactNode } from 'react';
import type { Span } from '../../../domain/chart-series';
import {
  Bar,
  BarChart,
  CartesianGrid,
  XAxis,
  YAxis,
  useXAxisScale,
  type BarShapeProps,
  type YAxisTickContentProps,
} from '../../../lib/recharts';
import {
  ChartTooltip,
  FONT,
  fitName,
  LINE,
  NARROW,
  ROW_AXIS,
  ROWS_CHART,
  rowKeyOf,
} from './chart-frame';
import { useElementWidth } from '../../../app/element-width';
import { useRowKeys } from './row-keys';
import { SpanMark } from './span-mark';
import { wrapText } from './text-fit';

export interface RowSpec {
  key: string;
  runtime: string;
  /** The runtime's name, drawn beside (or, on narrow screens, above) the first row of its group. */
  groupLabel?: string;
  /** Above the bar: what this row is and its value, in words. */
  caption: string;
  /** Absent: nothing to draw; `caption` says why. */
  span?: Span;
  color: string;
  /** Outlined bars tell published figures from the guide's (solid) when both are shown. */
  variant: 'solid' | 'outline';
  highlighted: boolean;
  dimmed: boolean;
}

export interface RowChartProps {
  /** Accessible name of the chart surface. */
  label: string;
  rows: RowSpec[];
  scale: 'log' | 'linear';
  domain: [number, number];
  ticks: number[];
  formatTick: (value: number) => string;
  /** The word drawn beside a highlighted runtime's name ("highlighted"). */
  highlightedWord: string;
  renderTooltip: (row: RowSpec) => ReactNode;
}

const ROW_HEIGHT = 46;
/** Narrow screens: the runtime's name takes a line above the caption instead of a column. */
const NAME_LINE = 22;
const AXIS_HEIGHT = 26;

export function RowChart(props: RowChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  useRowKeys(ref);
  const narrow = width > 0 && width < NARROW;
  const labelWidth = narrow ? 0 : 150;
  const rowHeight = ROW_HEIGHT + (narrow ? NAME_LINE : 0);
  const height = props.rows.length * rowHeight + AXIS_HEIGHT + 8;
  const byKey = new Map(props.rows.map((row) => [row.key, row]));
  // Recharts needs a value on the axis for every row; the shape draws the real span.
  const data = props.rows.map((row) => ({ key: row.key, frame: props.domain }));

  return (
    <div ref={ref} className="chart-surface" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          {...ROWS_CHART}
          margin={{ top: 4, right: narrow ? 16 : 24, bottom: 4, left: narrow ? 16 : 0 }}
          aria-label={props.label}
        >
          <CartesianGrid horizontal={false} className="chart-grid-lines" />
          <XAxis
            type="number"
            dataKey="frame"
            scale={props.scale}
            domain={props.domain}
            ticks={props.ticks}
            allowDataOverflow
            interval={0}
            tickFormatter={props.formatTick}
            height={AXIS_HEIGHT}
            tick={{ fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <YAxis
            {...ROW_AXIS}
            width={labelWidth}
            hide={narrow}
            tick={(tick: YAxisTickContentProps) => (
              <RowLabel
                y={Number(tick.y)}
                row={byKey.get(String(tick.payload.value))}
                maxWidth={labelWidth - 10}
                highlightedWord={props.highlightedWord}
              />
            )}
          />
          <ChartTooltip rows={byKey} render={props.renderTooltip} />
          <Bar
            dataKey="frame"
            isAnimationActive={false}
            shape={(shape: BarShapeProps) => (
              <RowShape
                shape={shape}
                row={byKey.get(rowKeyOf(shape))}
                narrow={narrow}
                highlightedWord={props.highlightedWord}
              />
            )}
          />
        </BarChart>
      )}
    </div>
  );
}

function RowLabel(props: {
  y: number;
  row: RowSpec | undefined;
  maxWidth: number;
  highlightedWord: string;
}) {
  const { row } = props;
  if (!row?.groupLabel) return null;
  const lines = wrapText(row.groupLabel, props.maxWidth - 14, FONT, 2, row.highlighted);
  const top = props.y - ROW_HEIGHT / 2 + 16;
  return (
    <g
      className="chart-row-label"
      data-runtime={row.runtime}
      data-highlighted={row.highlighted ? 'true' : undefined}
    >
      <circle cx={5} cy={top - 4} r={5} fill={row.color} />
      <text
        x={14}
        y={top}
        className="chart-label-text"
        fontSize={FONT}
        fontWeight={row.highlighted ? 700 : 500}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={14} dy={i === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
        {row.highlighted && (
          <tspan x={14} dy={LINE} className="chart-highlight-word">
            ◆ {props.highlightedWord}
          </tspan>
        )}
      </text>
    </g>
  );
}

function RowShape(props: {
  shape: BarShapeProps;
  row: RowSpec | undefined;
  narrow: boolean;
  highlightedWord: string;
}) {
  const { shape, row } = props;
  const scale = useXAxisScale();
  if (!row) return null;
  const frame = shape.background ?? shape;
  const top = frame.y ?? shape.y;
  const left = frame.x ?? shape.x;
  const plotWidth = frame.width;
  const offset = props.narrow ? NAME_LINE : 0;
  const captionY = top + offset + 17;
  const barY = top + offset + 24;
  const barH = 14;
  const name =
    props.narrow && row.groupLabel
      ? fitName(row.groupLabel, row.highlighted, props.highlightedWord, plotWidth)
      : undefined;
  const at = (value: number) => {
    const pixel = scale?.(value);
    return typeof pixel === 'number' && Number.isFinite(pixel) ? pixel : left;
  };
  const caption = wrapText(row.caption, plotWidth - 4, 12, 1, row.highlighted)[0];
  return (
    <g
      className="chart-row"
      data-runtime={row.runtime}
      data-row={row.key}
      data-span={row.span?.kind ?? 'none'}
      data-highlighted={row.highlighted ? 'true' : undefined}
    >
      {row.groupLabel && top > 6 && (
        <line x1={0} x2={left + plotWidth} y1={top} y2={top} className="chart-group-rule" />
      )}
      {name && (
        <g
          className="chart-row-label"
          data-runtime={row.runtime}
          data-highlighted={row.highlighted ? 'true' : undefined}
        >
          <circle cx={left + 5} cy={top + 14} r={5} fill={row.color} />
          <text x={left + 15} y={top + 18} className="chart-label-text" fontSize={FONT}>
            <tspan fontWeight={700}>{name.label}</tspan>
            {name.mark && (
              <tspan className="chart-highlight-word" dx={8}>
                {name.mark}
              </tspan>
            )}
          </text>
        </g>
      )}
      <text
        x={left + 2}
        y={captionY}
        className="chart-caption"
        fontSize={12}
        fontWeight={row.highlighted ? 700 : 400}
      >
        {caption}
      </text>
      {row.span && (
        <SpanMark
          span={row.span}
          from={at(row.span.from)}
          to={at(row.span.to)}
          y={barY}
          height={barH}
          color={row.color}
          variant={row.variant}
          dimmed={row.dimmed}
          highlighted={row.highlighted}
        />
      )}
    </g>
  );
}
