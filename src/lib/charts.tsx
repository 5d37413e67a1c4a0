// The only module that imports Recharts. Features load it lazily (React.lazy), so Recharts stays
// out of the first page's JavaScript and a failed chunk load leaves the tables working.
//
// Two chart kinds, both with one row per category so that long names and narrow screens fit:
// - RowChart: a bar per row on a log or linear axis, with a caption above each bar (a direct
//   label, so colour is never the only carrier): ranges, open-ended upper bounds and points;
// - GridChart: a heat table drawn as stacked unit bars, one cell per column, words in the cells.
// Both keep Recharts' accessibility layer: the chart takes focus and the arrow keys move the
// tooltip from row to row. On narrow screens the row names move above their rows, so the bars
// and cells get the full width.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  type BarShapeProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts';

// ---------------------------------------------------------------- layout helpers

/** The width of an element, kept up to date; 0 until it has been measured. */
function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}

// Recharts' accessibility layer reads only Left/Right, and in a vertical layout Right moves up
// the rows (it treats the category axis as running bottom to top). Readers expect Down/Right to
// go to the next row: translate the keys before Recharts sees them.
const FORWARD = 'ArrowLeft';
const BACK = 'ArrowRight';
const KEY_MAP: Record<string, string> = {
  ArrowDown: FORWARD,
  ArrowRight: FORWARD,
  ArrowUp: BACK,
  ArrowLeft: BACK,
};
const translated = new WeakSet<Event>();

function useRowKeys(ref: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (translated.has(event)) return;
      const mapped = KEY_MAP[event.key];
      const target = event.target;
      if (!mapped || !(target instanceof Element) || !target.matches('.recharts-surface')) return;
      event.preventDefault();
      event.stopPropagation();
      const replacement = new KeyboardEvent('keydown', { key: mapped, bubbles: true });
      translated.add(replacement);
      target.dispatchEvent(replacement);
    };
    element.addEventListener('keydown', onKeyDown, true);
    return () => {
      element.removeEventListener('keydown', onKeyDown, true);
    };
  }, [ref]);
}

const CJK = /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/;
let measureContext: CanvasRenderingContext2D | null | undefined;
let measureFamily = 'sans-serif';

/** Text width in the page's own font (measured on a canvas); an estimate where there is none. */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  if (measureContext === undefined) {
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (typeof document !== 'undefined') {
      measureFamily = getComputedStyle(document.body).fontFamily || measureFamily;
    }
  }
  if (measureContext) {
    measureContext.font = `${bold ? 700 : 400} ${fontSize}px ${measureFamily}`;
    return measureContext.measureText(text).width;
  }
  let width = 0;
  for (const char of text) width += CJK.test(char) ? 1 : 0.6;
  return width * fontSize * (bold ? 1.08 : 1);
}

/** Words, each Chinese character a word of its own, '/' ending a word; spacing kept. */
function tokens(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  let space = false;
  for (const match of text.matchAll(
    /\s+|[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF/]*\/?/g,
  )) {
    const piece = match[0];
    if (piece === '') continue;
    if (/^\s+$/.test(piece)) {
      space = true;
      continue;
    }
    out.push({ text: piece, space });
    space = false;
  }
  return out;
}

/**
 * Wraps text into at most `maxLines` lines of `maxWidth`, breaking at spaces, after '/' and
 * between Chinese characters. What still does not fit ends in an ellipsis; the full text is in
 * the tooltip and the table.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  bold = false,
): string[] {
  const lines: string[] = [];
  let current = '';
  for (const token of tokens(text)) {
    const candidate = current === '' ? token.text : current + (token.space ? ' ' : '') + token.text;
    if (current === '' || textWidth(candidate, fontSize, bold) <= maxWidth) {
      current = candidate;
    } else {
      lines.push(current);
      current = token.text;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1] ?? ''}…`;
  }
  return lines.map((line) => fit(line, maxWidth, fontSize, bold));
}

function fit(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  if (textWidth(line, fontSize, bold) <= maxWidth) return line;
  let cut = line.replace(/…$/, '');
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

const NARROW = 480;
const FONT = 12.5;
const LINE = 15;

/** The tooltip of a row chart: the row under the pointer (or keyboard focus), in words. */
function ChartTooltip<Row>(props: { rows: Map<string, Row>; render: (row: Row) => ReactNode }) {
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
const ROWS_CHART = {
  layout: 'vertical',
  barCategoryGap: 0,
  accessibilityLayer: true,
  role: 'application',
} as const;

/** The rows' axis: one tick per row key (its label is drawn by the chart's own tick). */
const ROW_AXIS = {
  type: 'category',
  dataKey: 'key',
  tickLine: false,
  axisLine: false,
  interval: 0,
} as const;

/** The row key a bar shape was drawn for. */
function rowKeyOf(shape: BarShapeProps): string {
  return String((shape.payload as { key?: unknown } | undefined)?.key);
}

// ---------------------------------------------------------------- RowChart

export interface RowSpan {
  kind: 'range' | 'upTo' | 'point';
  from: number;
  to: number;
}

export interface RowSpec {
  key: string;
  runtime: string;
  /** The runtime's name, drawn beside (or, on narrow screens, above) the first row of its group. */
  groupLabel?: string;
  /** Above the bar: what this row is and its value, in words. */
  caption: string;
  /** Absent: nothing to draw; `caption` says why. */
  span?: RowSpan;
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

/** "Kata Containers  ◆ highlighted", shortened to fit one line. */
function fitName(
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

function SpanMark(props: {
  span: RowSpan;
  from: number;
  to: number;
  y: number;
  height: number;
  color: string;
  variant: 'solid' | 'outline';
  dimmed: boolean;
  highlighted: boolean;
}) {
  const { from, to, y, height, color, variant } = props;
  const mid = y + height / 2;
  const strokeWidth = props.highlighted ? 2.5 : 1.5;
  const edge = props.highlighted ? 'var(--text)' : color;
  const opacity = props.dimmed ? 0.4 : 1;
  if (props.span.kind === 'point') {
    const r = height / 2 + 1;
    return (
      <path
        className="chart-mark"
        d={`M${to} ${mid - r} L${to + r} ${mid} L${to} ${mid + r} L${to - r} ${mid} Z`}
        fill={color}
        stroke={edge}
        strokeWidth={props.highlighted ? 2 : 0}
        opacity={opacity}
      />
    );
  }
  const width = Math.max(to - from, 3);
  if (props.span.kind === 'upTo') {
    // No lower value: the body is faint, dashed and open at the floor, with an arrow pointing
    // down the axis; only the solid edge at the upper value is a stated figure.
    return (
      <g opacity={opacity} className="chart-mark chart-open-bar">
        <rect
          x={from}
          y={y}
          width={width}
          height={height}
          fill={color}
          fillOpacity={variant === 'solid' ? 0.28 : 0.1}
        />
        <path
          d={`M${from} ${y} H${to} M${from} ${y + height} H${to}`}
          fill="none"
          stroke={color}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
        <line x1={to} x2={to} y1={y - 2} y2={y + height + 2} stroke={edge} strokeWidth={3} />
        <path
          d={`M${from + 7} ${mid - 5} L${from + 1} ${mid} L${from + 7} ${mid + 5}`}
          fill="none"
          stroke={color}
          strokeWidth={2}
        />
      </g>
    );
  }
  return (
    <rect
      className="chart-mark"
      x={from}
      y={y}
      width={width}
      height={height}
      rx={3}
      fill={variant === 'solid' ? color : 'var(--surface)'}
      stroke={variant === 'solid' && !props.highlighted ? 'none' : edge}
      strokeWidth={strokeWidth}
      opacity={opacity}
    />
  );
}

// ---------------------------------------------------------------- GridChart

export interface GridCellSpec {
  /** The word in the cell ("very high", "yes"). */
  text: string;
  /** The guide's symbol, drawn before the word (✓ ⚠ ✗), if any. */
  symbol?: string;
  /** Class for the cell's background and text colour (the feature's CSS defines the scale). */
  tone: string;
}

export interface GridRowSpec {
  key: string;
  label: string;
  /** A runtime row carries its id and colour; a feature row does not. */
  runtime?: string;
  color?: string;
  highlighted: boolean;
  cells: GridCellSpec[];
}

export interface GridColumnSpec {
  key: string;
  label: string;
  runtime?: string;
  color?: string;
  highlighted: boolean;
}

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
const GRID_NAME = 20;

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

function ColumnLabel(props: {
  x: number;
  column: GridColumnSpec | undefined;
  maxWidth: number;
  headerHeight: number;
  plot: { left: number; width: number };
  caption: string | undefined;
  fontSize: number;
}) {
  const { column } = props;
  if (!column) return null;
  const lines = wrapText(column.label, props.maxWidth, props.fontSize, 2, column.highlighted);
  const bottom = props.headerHeight - 12;
  const firstY = bottom - (lines.length - 1) * LINE;
  let mark: ReactNode = null;
  if (column.highlighted && props.caption) {
    const text = props.caption;
    const markLine = wrapText(text, props.plot.width, FONT, 1, true)[0] ?? text;
    const half = textWidth(markLine, FONT, true) / 2;
    // Centred over the column, but kept inside the plot.
    const centre = Math.min(
      Math.max(props.x, props.plot.left + half),
      props.plot.left + props.plot.width - half,
    );
    mark = (
      <text
        x={centre}
        y={16}
        textAnchor="middle"
        className="chart-label-text chart-highlight-word"
        fontSize={FONT}
        fontWeight={700}
      >
        {markLine}
      </text>
    );
  }
  return (
    <g
      className="chart-column-label"
      data-runtime={column.runtime}
      data-highlighted={column.highlighted ? 'true' : undefined}
    >
      {mark}
      <text
        x={props.x}
        y={firstY}
        textAnchor="middle"
        className="chart-label-text"
        fontSize={props.fontSize}
        fontWeight={column.highlighted ? 700 : 400}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={props.x} dy={i === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
      {column.color && (
        <rect
          x={props.x - 14}
          y={bottom + 4}
          width={28}
          height={column.highlighted ? 6 : 4}
          rx={2}
          fill={column.color}
        />
      )}
    </g>
  );
}

function GridRowLabel(props: {
  y: number;
  row: GridRowSpec | undefined;
  maxWidth: number;
  highlightedWord: string;
}) {
  const { row } = props;
  if (!row) return null;
  const indent = row.color ? 14 : 0;
  const lines = wrapText(row.label, props.maxWidth - indent, FONT, 2, row.highlighted);
  if (row.highlighted) lines.push(`◆ ${props.highlightedWord}`);
  const top = props.y - ((lines.length - 1) * LINE) / 2 + 4;
  return (
    <g
      className="chart-row-label"
      data-runtime={row.runtime}
      data-highlighted={row.highlighted ? 'true' : undefined}
    >
      {row.color && <circle cx={5} cy={top - 4} r={5} fill={row.color} />}
      <text
        x={indent}
        y={top}
        className="chart-label-text"
        fontSize={FONT}
        fontWeight={row.highlighted ? 700 : 400}
      >
        {lines.map((line, i) => (
          <tspan
            key={i}
            x={indent}
            dy={i === 0 ? 0 : LINE}
            className={row.highlighted && i === lines.length - 1 ? 'chart-highlight-word' : ''}
          >
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function GridCell(props: {
  shape: BarShapeProps;
  row: GridRowSpec | undefined;
  columnIndex: number;
  column: GridColumnSpec;
  columns: number;
  narrow: boolean;
  highlightedWord: string;
}) {
  const { shape, row, columnIndex } = props;
  const cell = row?.cells[columnIndex];
  if (!row || !cell) return null;
  // Narrow: the row's name sits on a line above its cells, drawn with the first cell.
  const nameHeight = props.narrow ? GRID_NAME : 0;
  const x = shape.x + 2;
  const y = shape.y + 2 + nameHeight;
  const width = Math.max(shape.width - 4, 0);
  const height = Math.max(shape.height - 4 - nameHeight, 0);
  const text = cell.symbol ? `${cell.symbol} ${cell.text}` : cell.text;
  const lines = wrapText(text, width - 6, 12, 2, true);
  const highlighted = props.column.highlighted || row.highlighted;
  const plotLeft = shape.x - columnIndex * shape.width;
  const name =
    props.narrow && columnIndex === 0
      ? fitName(row.label, row.highlighted, props.highlightedWord, shape.width * props.columns)
      : undefined;
  return (
    <g
      className="chart-cell"
      data-runtime={props.column.runtime ?? row.runtime}
      data-highlighted={highlighted ? 'true' : undefined}
    >
      {name && (
        <g
          className="chart-row-label"
          data-runtime={row.runtime}
          data-highlighted={row.highlighted ? 'true' : undefined}
        >
          {row.color && <circle cx={plotLeft + 5} cy={shape.y + 10} r={5} fill={row.color} />}
          <text
            x={plotLeft + (row.color ? 15 : 2)}
            y={shape.y + 14}
            className="chart-label-text"
            fontSize={FONT}
          >
            <tspan fontWeight={700}>{name.label}</tspan>
            {name.mark && (
              <tspan className="chart-highlight-word" dx={8}>
                {name.mark}
              </tspan>
            )}
          </text>
        </g>
      )}
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={4}
        className={`chart-cell-bg ${cell.tone}${highlighted ? ' is-highlighted' : ''}`}
      />
      <text
        x={x + width / 2}
        y={y + height / 2 - ((lines.length - 1) * 14) / 2 + 4}
        textAnchor="middle"
        className={`chart-cell-text ${cell.tone}`}
        fontSize={12}
        fontWeight={700}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={x + width / 2} dy={i === 0 ? 0 : 14}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
