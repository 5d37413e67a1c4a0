// The one place that touches the clipboard. It reports honestly: 'copied' only when the
// browser confirmed the write. Denied permission, an insecure context or an iframe without
// `allow="clipboard-write"` all come back as 'unavailable', and the caller shows the text
// selected for a manual copy instead.
export type CopyOutcome = 'copied' | 'unavailable';

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    if (typeof navigator === 'undefined' || !('clipboard' in navigator)) return 'unavailable';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'unavailable';
  }
}

/** Saves text as a file through a temporary object URL (no server, no third party). */
export function downloadText(text: string, filename: string, type = 'text/plain'): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
