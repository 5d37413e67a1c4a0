import type { Span } from '../../../domain/chart-series';

/** One row's mark: a bar for a range, an open bar for an upper bound, a diamond for a point. */
export function SpanMark(props: {
  span: Span;
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
