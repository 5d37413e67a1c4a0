// Light or dark: the `theme` search param (embeds set it) wins, otherwise the system setting.
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

export type ThemeChoice = 'light' | 'dark' | 'auto';
export type Theme = 'light' | 'dark';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'auto';
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

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

export function resolveTheme(choice: ThemeChoice | undefined, system: Theme): Theme {
  return choice === 'light' || choice === 'dark' ? choice : system;
}

/** Applies the theme to <html data-theme>, which the CSS tokens key on. */
export function useAppliedTheme(choice: ThemeChoice | undefined): Theme {
  const system = useSystemTheme();
  const theme = resolveTheme(choice, system);
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
