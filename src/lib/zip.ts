// The only module that imports fflate: a zip of text files, for the plan's deployment bundle.
// Loaded on the first download, so the plan page does not carry it.
import { strToU8, zipSync } from 'fflate';

export interface TextFile {
  name: string;
  text: string;
}

/** A zip with every file in one folder (so unpacking it makes one directory). */
export function zipTextFiles(folder: string, files: readonly TextFile[]): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[`${folder}/${file.name}`] = strToU8(file.text);
  // A fixed time stamp: the same bundle gives the same bytes.
  const zipped = zipSync(entries, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  return new Uint8Array(zipped);
}

/** Saves a zip through a temporary object URL (no server, no third party). */
export function downloadZip(bytes: Uint8Array<ArrayBuffer>, filename: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
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
