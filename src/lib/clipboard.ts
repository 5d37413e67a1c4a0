// The one place that touches the clipboard. It reports honestly: 'copied' only when the
// browser confirmed the write. Denied permission, an insecure context or an iframe without
// `allow="clipboard-write"` all come back as 'unavailable', and the caller shows the text
// selected for a manual copy instead.
//
// A write that never settles (some embedded browsers leave the permission prompt pending, or
// drop the request) also ends as 'unavailable' after COPY_TIMEOUT_MS: the reader gets the
// manual copy instead of waiting on a button that never answers.
export type CopyOutcome = 'copied' | 'unavailable';

/** How long a clipboard write may take before the manual copy is offered instead. */
export const COPY_TIMEOUT_MS = 3000;

export interface CopyOptions {
  /** The clipboard to write to (the browser's by default). */
  clipboard?: Pick<Clipboard, 'writeText'> | undefined;
  timeoutMs?: number;
}

function browserClipboard(): Pick<Clipboard, 'writeText'> | undefined {
  if (typeof navigator === 'undefined' || !('clipboard' in navigator)) return undefined;
  return navigator.clipboard;
}

export async function copyText(text: string, options: CopyOptions = {}): Promise<CopyOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const clipboard = 'clipboard' in options ? options.clipboard : browserClipboard();
    if (!clipboard) return 'unavailable';
    const timedOut = new Promise<CopyOutcome>((resolve) => {
      timer = setTimeout(() => {
        resolve('unavailable');
      }, options.timeoutMs ?? COPY_TIMEOUT_MS);
    });
    const written = clipboard.writeText(text).then((): CopyOutcome => 'copied');
    return await Promise.race([written, timedOut]);
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
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
