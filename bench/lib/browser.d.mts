import type { Browser } from '@playwright/test';

export const HOW_TO_GET_CHROMIUM: string;
export const CHROMIUM_ARGS: readonly string[];
export function findChromium(): Promise<string | undefined>;
export function launchChromium(): Promise<Browser>;
