export const ROOT: string;
export const APP_DIST: string;
export const BASELINE_CONFIG: string;
export const BASELINE_DIST: string;
export const ROUTER_FLOOR_CONFIG: string;
export const ROUTER_FLOOR_DIST: string;
export function buildApp(options?: { quiet?: boolean }): Promise<string>;
export function buildBaseline(options?: { outDir?: string; quiet?: boolean }): Promise<string>;
export function buildRouterFloor(options?: { outDir?: string; quiet?: boolean }): Promise<string>;
