// The search of links into the plan page: the language and embed options carry over; the plan
// itself comes from the working plan when the link names none.
const KEPT = ['lang', 'embed', 'theme'] as const;

export function planLinkSearch(
  search: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of KEPT) {
    const value = search[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
