// The name under which a wizard state's first paint is filed. The build computes it from the
// state's canonical search; the start-up script from the link's query (first-paint/startup.ts,
// which repeats these few lines: it runs before any module, so it cannot import them; a unit
// test holds the two to the same answers). Order-free, so a hand-written link still matches;
// `theme` is left out (it picks the file's variant, not the state).

/** `lang=en&resource_constrained=no&tree=guide`: the search's pairs, sorted, without `theme`. */
export function firstPaintKey(search: Readonly<Record<string, string>>): string {
  return Object.entries(search)
    .filter(([name]) => name !== 'theme')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .sort()
    .join('&');
}
