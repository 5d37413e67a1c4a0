// Recharts' components for charts kept beside their features. Features import Recharts only
// through this module, and only from modules they load lazily (React.lazy), so Recharts stays
// out of the first page's JavaScript and a failed chunk load leaves the tables working.
export {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';
