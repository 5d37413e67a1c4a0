// Fills a text template's {placeholders}: the UI strings and the decision record use the same one.

/** `format('Step {n} of {total}', { n: 1, total: 4 })`; unknown placeholders stay visible. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}
