import type { Support } from '../../content/schema';

/**
 * The guide's check / warning / cross, always shown beside a word. Text symbols rather than the
 * guide's emoji: every system font has these, while emoji fonts are missing on many Linux
 * desktops (the emoji would show as empty boxes).
 */
export const SUPPORT_SYMBOL: Record<Support, string> = { yes: '✓', partly: '⚠', no: '✗' };
