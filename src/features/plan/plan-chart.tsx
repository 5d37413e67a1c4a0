// The workloads grouped by runtime, as horizontal bars. Loaded lazily (React.lazy in
// plan-chart-card.tsx), and Recharts only through the lib wrapper, so the plan's own code and
// its tables work without it. Each bar carries its count and names in words, so colour is
// never the only carrier.
import {
  Bar,
  BarChart,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from '../../lib/recharts';
import { useElementWidth } from '../../app/element-width';

export interface PlanChartRow {
  runtime: string;
  name: string;
  count: number;
  names: string;
  color: string;
}

const ROW = 44;

export default function PlanChart({
  rows,
  label,
  describe,
}: {
  rows: PlanChartRow[];
  label: string;
  describe: (row: PlanChartRow) => string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = rows.length * ROW + 36;
  return (
    <div className="plan-chart-surface" ref={ref} style={{ minHeight: height }}>
      {width > 0 && (
        <BarChart
          width={width}
          height={height}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 4, left: 8 }}
          accessibilityLayer
          role="application"
          aria-label={label}
        >
          <XAxis type="number" domain={[0, max]} allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="name"
            width={width < 480 ? 100 : 150}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            cursor={{ className: 'chart-cursor' }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const row = active ? (payload[0]?.payload as PlanChartRow | undefined) : undefined;
              return row ? <div className="chart-tooltip">{describe(row)}</div> : null;
            }}
          />
          <Bar
            dataKey="count"
            isAnimationActive={false}
            shape={(shape: BarShapeProps) => (
              <rect
                x={shape.x}
                y={shape.y}
                width={shape.width}
                height={shape.height}
                fill={(shape.payload as PlanChartRow | undefined)?.color}
                className="plan-bar"
              />
            )}
          >
            <LabelList dataKey="count" position="right" className="plan-chart-count" />
          </Bar>
        </BarChart>
      )}
    </div>
  );
}
