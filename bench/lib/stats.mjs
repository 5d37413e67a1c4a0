// Summaries of a run's samples: the median and spread the report prints and saves.
export const round = (value) => Math.round(value * 10) / 10;
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}
export function summarize(values, unavailable) {
  if (values.length === 0) return { available: false, reason: unavailable ?? 'no samples' };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    available: true,
    unit: 'ms',
    n: values.length,
    median: round(quantile(sorted, 0.5)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    p95: round(quantile(sorted, 0.95)),
    samples: values.map(round),
  };
}
