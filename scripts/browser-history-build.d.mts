export const BROWSER_HISTORY_BASE: string;
export const BROWSER_HISTORY_DIR: string;
export function ensureBrowserHistoryBuild(): boolean;
