// GridChart: a heat table drawn as stacked unit bars, one cell per column, words in the cells.
// It keeps Recharts' accessibility layer: the chart takes focus and the arrow keys move the
// tooltip from row to row.
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  XAxis,
  YAxis,
  type BarShapeProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from '../../../lib/recharts';
import { ChartTooltip, FONT, LINE, NARROW, ROW_AXIS, ROWS_CHART, rowKeyOf } from './chart-frame';
import { useElementWidth } from '../../../app/element-width';
import {
  ColumnLabel,
  GridCell,
  GridRowLabel,
  type GridColumnSpec,
  type GridRowSpec,
} from './grid-parts';
import { useRowKeys } from './row-keys';

export interface GridChartProps {
  label: string;
  columns: GridColumnSpec[];
  rows: GridRowSpec[];
  highlightedWord: string;
  /** Drawn above a highlighted column ("◆ Kata Containers: highlighted"). */
  highlightCaption?: string;
  renderTooltip: (row: GridRowSpec) => ReactNode;
}

const GRID_ROW = 50;
const GRID_ROW_NARROW = 66;

export function GridChart(props: GridChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  useRowKeys(ref);
  const narrow = width > 0 && width < NARROW;
  const labelWidth = narrow ? 0 : 170;
  const rowHeight = narrow ? GRID_ROW_NARROW : GRID_ROW;
  const n = Math.max(props.columns.length, 1);
  const plotWidth = Math.max(width - labelWidth - 8, 40);
  const columnWidth = plotWidth / n;
  const highlighted = props.columns.find((column) => column.highlighted);
  // Column names get two lines; a highlighted column gets a line above them that says so.
  const headerHeight = 2 * LINE + 18 + (highlighted ? LINE + 4 : 0);
  const height = props.rows.length * rowHeight + headerHeight + 8;
  const byKey = new Map(props.rows.map((row) => [row.key, row]));
  const data = props.rows.map((row) => {
    const datum: Record<string, string | number> = { key: row.key };
    props.columns.forEach((_, i) => (datum[`c${i}`] = 1));
    return datum;
  });

  return (
    <div ref={ref} className="chart-surface" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          {...ROWS_CHART}
          margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
          aria-label={props.label}
        >
          <XAxis
            type="number"
            domain={[0, n]}
            ticks={props.columns.map((_, i) => i + 0.5)}
            orientation="top"
            height={headerHeight}
            interval={0}
            tickLine={false}
            axisLine={false}
            tick={(tick: XAxisTickContentProps) => (
              <ColumnLabel
                x={Number(tick.x)}
                column={props.columns[tick.index]}
                maxWidth={columnWidth}
                headerHeight={headerHeight}
                plot={{ left: labelWidth, width: plotWidth }}
                caption={props.highlightCaption}
                fontSize={narrow ? 11.5 : FONT}
              />
            )}
          />
          <YAxis
            {...ROW_AXIS}
            width={labelWidth}
            hide={narrow}
            tick={(tick: YAxisTickContentProps) => (
              <GridRowLabel
                y={Number(tick.y)}
                row={byKey.get(String(tick.payload.value))}
                maxWidth={labelWidth - 8}
                highlightedWord={props.highlightedWord}
              />
            )}
          />
          <ChartTooltip rows={byKey} render={props.renderTooltip} />
          {props.columns.map((column, i) => (
            <Bar
              key={column.key}
              dataKey={`c${i}`}
              stackId="grid"
              isAnimationActive={false}
              shape={(shape: BarShapeProps) => (
                <GridCell
                  shape={shape}
                  row={byKey.get(rowKeyOf(shape))}
                  columnIndex={i}
                  column={column}
                  columns={n}
                  narrow={narrow}
                  highlightedWord={props.highlightedWord}
                />
              )}
            />
          ))}
        </BarChart>
      )}
    </div>
  );
}
