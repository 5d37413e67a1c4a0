// Light or dark. The `theme` search param (embeds set it) wins; then the user's choice from
// the theme switch, remembered where storage works; then the system setting.
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

export type ThemeChoice = 'light' | 'dark' | 'auto';
export type Theme = 'light' | 'dark';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'auto';
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const STORAGE_KEY = 'runtime-advisor:theme';

function subscribeToSystemTheme(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !('matchMedia' in window)) return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => {
    query.removeEventListener('change', onChange);
  };
}

function systemTheme(): Theme {
  if (typeof window === 'undefined' || !('matchMedia' in window)) return 'light';
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function useSystemTheme(): Theme {
  return useSyncExternalStore(subscribeToSystemTheme, systemTheme, () => 'light');
}

// The stored choice. Storage can throw (partitioned iframes, privacy modes): the app then
// works for the session without remembering, so the choice also lives in memory.
let memoryChoice: ThemeChoice | undefined;
const choiceListeners = new Set<() => void>();

export function readStoredChoice(): ThemeChoice {
  if (memoryChoice) return memoryChoice;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    memoryChoice = isThemeChoice(stored) ? stored : 'auto';
  } catch {
    memoryChoice = 'auto';
  }
  return memoryChoice;
}

export function storeChoice(choice: ThemeChoice): void {
  memoryChoice = choice;
  try {
    if (choice === 'auto') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered across visits; the in-memory choice still applies.
  }
  for (const listener of choiceListeners) listener();
}

function subscribeToChoice(onChange: () => void): () => void {
  choiceListeners.add(onChange);
  return () => {
    choiceListeners.delete(onChange);
  };
}

export function useStoredChoice(): ThemeChoice {
  return useSyncExternalStore(subscribeToChoice, readStoredChoice, () => 'auto');
}

export function resolveTheme(choice: ThemeChoice | undefined, system: Theme): Theme {
  return choice === 'light' || choice === 'dark' ? choice : system;
}

/** Called once before the first render so the page never flashes the wrong theme. */
export function applyInitialTheme(urlChoice: ThemeChoice | undefined): void {
  document.documentElement.dataset.theme = resolveTheme(
    urlChoice ?? readStoredChoice(),
    systemTheme(),
  );
}

/** Applies the theme to <html data-theme>, which the CSS tokens key on. */
export function useAppliedTheme(urlChoice: ThemeChoice | undefined): Theme {
  const system = useSystemTheme();
  const stored = useStoredChoice();
  const theme = resolveTheme(urlChoice ?? stored, system);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}

/** The theme in force, for renderers that draw their own colours (Mermaid, charts). */
export const ThemeContext = createContext<Theme>('light');

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
