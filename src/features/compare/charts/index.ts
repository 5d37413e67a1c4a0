// The comparison's two charts. ChartCard loads this module lazily, so the charts and Recharts
// arrive in their own chunk and the page and its tables work without them.
export { GridChart, type GridChartProps } from './grid-chart';
export type { GridCellSpec, GridColumnSpec, GridRowSpec } from './grid-parts';
export { RowChart, type RowChartProps, type RowSpec } from './row-chart';
