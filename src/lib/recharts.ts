// The only module that imports Recharts: the charts kept beside their features (the comparison's
// in features/compare/charts, the weighing's and the plan's in their own folders) draw with
// these pieces. Features load those charts lazily, so Recharts stays out of the first page's
// JavaScript.
export {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Tooltip,
  XAxis,
  YAxis,
  useXAxisScale,
  type BarShapeProps,
  type TooltipContentProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts';
