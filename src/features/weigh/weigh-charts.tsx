// The weighing's two charts, loaded lazily with Recharts (through src/lib/recharts):
// - RankingChart: one stacked bar per ranked runtime, a segment per criterion's contribution;
// - FlipChart: one row per criterion, the weight axis 0-5 split into the spans where each
//   runtime comes first, with the current weight marked.
// Both carry their words beside the colour: the runtime's name in or beside its span, the
// criteria in a legend, and the same numbers in the page's table and sentences.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from '../../lib/recharts';
import { useElementWidth } from '../../app/element-width';

const NARROW = 480;

// ---------------------------------------------------------------- ranking

export interface RankingRow {
  runtime: string;
  /** "1. Kata Containers" or "1 (tied). …" */
  label: string;
  /** "0.72" */
  scoreText: string;
  color: string;
  /** Per criterion, in the order of `criteria`. */
  contributions: number[];
}

export interface RankingChartProps {
  label: string;
  criteria: { id: string; name: string; color: string }[];
  rows: RankingRow[];
}

export function RankingChart(props: RankingChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width > 0 && width < NARROW;
  const rowHeight = narrow ? 56 : 40;
  const height = props.rows.length * rowHeight + 40;
  const data = props.rows.map((row) => {
    const datum: Record<string, string | number> = { key: row.runtime };
    row.contributions.forEach((value, i) => (datum[`c${i}`] = value));
    return datum;
  });
  const byKey = new Map(props.rows.map((row) => [row.runtime, row]));
  return (
    <div ref={ref} className="weigh-chart-surface" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          barCategoryGap={narrow ? 22 : 8}
          margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
          role="img"
          aria-label={props.label}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} className="weigh-grid" />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tick={{ fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={narrow ? 0 : 190}
            hide={narrow}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={(tick: YAxisTickContentProps) => {
              const row = byKey.get(String(tick.payload.value));
              if (!row) return <g />;
              return (
                <g data-runtime={row.runtime}>
                  <circle cx={8} cy={Number(tick.y) - 4} r={5} fill={row.color} />
                  <text x={18} y={Number(tick.y)} fontSize={12.5} className="weigh-chart-text">
                    {row.label}
                    <tspan x={18} dy={14} className="weigh-chart-score">
                      {row.scoreText}
                    </tspan>
                  </text>
                </g>
              );
            }}
          />
          <Tooltip
            isAnimationActive={false}
            cursor={{ className: 'weigh-cursor' }}
            content={(tooltip: TooltipContentProps) => {
              if (!tooltip.active) return null;
              const row = byKey.get(String(tooltip.label));
              if (!row) return null;
              return (
                <div className="weigh-tooltip">
                  <strong>
                    {row.label}: {row.scoreText}
                  </strong>
                  <ul className="weigh-tooltip-list">
                    {props.criteria.map((criterion, i) => (
                      <li key={criterion.id}>
                        {criterion.name}: {(row.contributions[i] ?? 0).toFixed(2)}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            }}
          />
          {props.criteria.map((criterion, i) => (
            <Bar
              key={criterion.id}
              dataKey={`c${i}`}
              stackId="score"
              isAnimationActive={false}
              shape={(shape: BarShapeProps) => {
                const row = byKey.get(String((shape.payload as { key?: unknown }).key));
                const y = narrow ? shape.y + 18 : shape.y;
                const h = narrow ? Math.max(shape.height - 18, 4) : shape.height;
                return (
                  <g>
                    {narrow && i === 0 && row && (
                      <text
                        x={shape.x}
                        y={shape.y + 12}
                        fontSize={12.5}
                        className="weigh-chart-text"
                      >
                        {row.label}: {row.scoreText}
                      </text>
                    )}
                    {shape.width > 0.5 && (
                      <rect
                        x={shape.x}
                        y={y}
                        width={shape.width}
                        height={h}
                        fill={criterion.color}
                        stroke="var(--surface)"
                        strokeWidth={1}
                      />
                    )}
                  </g>
                );
              }}
            />
          ))}
        </BarChart>
      )}
    </div>
  );
}

// ---------------------------------------------------------------- flips

export interface FlipRow {
  criterion: string;
  name: string;
  weight: number;
  segments: { from: number; to: number; names: string; color: string }[];
}

export interface FlipChartProps {
  label: string;
  rows: FlipRow[];
  max: number;
}

export function FlipChart(props: FlipChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width > 0 && width < NARROW;
  // Narrow screens put the criterion's name on a line of its own above the spans.
  const rowHeight = narrow ? 72 : 46;
  const height = props.rows.length * rowHeight + 34;
  const most = Math.max(1, ...props.rows.map((row) => row.segments.length));
  const data = props.rows.map((row) => {
    const datum: Record<string, string | number> = { key: row.criterion };
    for (let k = 0; k < most; k++) {
      const segment = row.segments[k];
      datum[`s${k}`] = segment ? segment.to - segment.from : 0;
    }
    return datum;
  });
  const byKey = new Map(props.rows.map((row) => [row.criterion, row]));
  const ticks = Array.from({ length: props.max + 1 }, (_, i) => i);
  return (
    <div ref={ref} className="weigh-chart-surface" style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          barCategoryGap={6}
          margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
          role="img"
          aria-label={props.label}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} className="weigh-grid" />
          <XAxis
            type="number"
            domain={[0, props.max]}
            ticks={ticks}
            tick={{ fontSize: 12 }}
            tickLine={false}
            axisLine={false}
          />
          <YAxis
            type="category"
            dataKey="key"
            width={narrow ? 0 : 150}
            hide={narrow}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={(tick: YAxisTickContentProps) => {
              const row = byKey.get(String(tick.payload.value));
              return (
                <text x={4} y={Number(tick.y) + 4} fontSize={12.5} className="weigh-chart-text">
                  {row?.name ?? ''}
                </text>
              );
            }}
          />
          {Array.from({ length: most }, (_, k) => (
            <Bar
              key={k}
              dataKey={`s${k}`}
              stackId="flip"
              isAnimationActive={false}
              shape={(shape: BarShapeProps) => {
                const row = byKey.get(String((shape.payload as { key?: unknown }).key));
                const segment = row?.segments[k];
                if (!row || !segment) return <g />;
                const y = narrow ? shape.y + 18 : shape.y;
                const h = narrow ? Math.max(shape.height - 18, 4) : shape.height;
                const perUnit = shape.width / Math.max(segment.to - segment.from, 1e-9);
                const zero = shape.x - segment.from * perUnit;
                const marker = zero + row.weight * perUnit;
                const fits = shape.width > segment.names.length * 6.6 + 8;
                // The span's colour is a band under its runtime's name, so the name is read in
                // the page's text colour whatever the runtime's colour is.
                const band = 10;
                return (
                  <g data-criterion={row.criterion}>
                    {narrow && k === 0 && (
                      <text
                        x={shape.x}
                        y={shape.y + 12}
                        fontSize={12.5}
                        className="weigh-chart-text"
                      >
                        {row.name}
                      </text>
                    )}
                    <rect
                      x={shape.x}
                      y={y + h - band}
                      width={Math.max(shape.width, 0)}
                      height={band}
                      fill={segment.color}
                      stroke="var(--surface)"
                    />
                    {fits && (
                      <text
                        x={shape.x + 4}
                        y={y + h - band - 5}
                        fontSize={12}
                        className="weigh-chart-text"
                      >
                        {segment.names}
                      </text>
                    )}
                    {k === row.segments.length - 1 && (
                      <g className="weigh-flip-marker">
                        <line
                          x1={marker}
                          x2={marker}
                          y1={y + h - band - 3}
                          y2={y + h + 3}
                          strokeWidth={3}
                        />
                        <path
                          d={`M${marker - 5} ${y + h + 9} L${marker + 5} ${y + h + 9} L${marker} ${y + h + 3} Z`}
                        />
                      </g>
                    )}
                  </g>
                );
              }}
            />
          ))}
        </BarChart>
      )}
    </div>
  );
}
