// The thin Recharts wrapper: features that draw their own charts import Recharts' pieces from
// here, and only lazily (React.lazy on a module that imports this one), so Recharts stays in its
// own chunk, out of the first page's JavaScript.
export { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
export type { BarShapeProps } from 'recharts';
