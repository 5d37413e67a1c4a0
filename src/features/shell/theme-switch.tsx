import type { ReactNode } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { isThemeChoice, storeChoice, useStoredChoice, type ThemeChoice } from '../../app/theme';
import { useStrings } from '../../i18n';
import { shellStrings } from './strings';

const ICONS: Record<ThemeChoice, ReactNode> = {
  light: (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
      <circle cx="8" cy="8" r="3" fill="currentColor" />
      <path
        d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      />
    </svg>
  ),
  dark: (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
      <path d="M13.5 10.5A6 6 0 0 1 5.5 2.5a6 6 0 1 0 8 8z" fill="currentColor" />
    </svg>
  ),
  auto: (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
      <rect
        x="1.5"
        y="2.5"
        width="13"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path d="M5.5 14h5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  ),
};

/** Light / dark / system. A choice here also clears a `theme` fixed by the URL. */
export function ThemeSwitch() {
  const t = useStrings(shellStrings);
  const stored = useStoredChoice();
  const navigate = useNavigate();
  const urlTheme = useSearch({ strict: false }).theme;
  // A theme fixed by the URL is the one in force, so the switch shows it, not the stored one.
  const choice = isThemeChoice(urlTheme) ? urlTheme : stored;
  const labels: Record<ThemeChoice, string> = {
    light: t.themeLight,
    dark: t.themeDark,
    auto: t.themeSystem,
  };
  return (
    <div className="theme-switch" role="group" aria-label={t.theme}>
      {(['light', 'dark', 'auto'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="theme-option"
          data-choice={option}
          aria-pressed={choice === option}
          title={labels[option]}
          onClick={() => {
            storeChoice(option);
            if (urlTheme !== undefined) {
              void navigate({
                to: '.',
                search: (prev) => ({ ...prev, theme: undefined }),
                replace: true,
              });
            }
          }}
        >
          {ICONS[option]}
          <span className="visually-hidden">{labels[option]}</span>
        </button>
      ))}
    </div>
  );
}
