// The pieces a GridChart draws: column names, row names, and the cells with their words.
import type { ReactNode } from 'react';
import type { BarShapeProps } from '../../../lib/recharts';
import { FONT, fitName, LINE } from './chart-frame';
import { textWidth, wrapText } from './text-fit';

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

/** Narrow screens: the row's name takes a line above its cells. */
const GRID_NAME = 20;

export function ColumnLabel(props: {
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

export function GridRowLabel(props: {
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

export function GridCell(props: {
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
