/** The file's path on this site, for a message (the full URL adds nothing). */
export function shortName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}
