// The only module that imports Recharts: the comparison's charts (features/compare/charts) draw
// with these pieces. Importing through here keeps Recharts behind one name that the linter can
// hold, and it reaches the page only with the charts, which the comparison loads lazily.
export {
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
