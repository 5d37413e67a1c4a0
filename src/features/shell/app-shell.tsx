import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useLang, useStrings, type Lang } from '../../i18n';
import { shellStrings } from './strings';
import { ThemeSwitch } from './theme-switch';
import './shell.css';

const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', zh: '中文' };

function LanguageSwitch() {
  const lang = useLang();
  const t = useStrings(shellStrings);
  return (
    <nav className="lang-switch" aria-label={t.language}>
      {(['en', 'zh'] as const).map((option) => (
        <Link
          key={option}
          to="."
          search={(prev) => ({ ...prev, lang: option })}
          replace
          lang={option}
          hrefLang={option}
          className="lang-option"
          aria-current={option === lang ? 'true' : undefined}
        >
          {LANGUAGE_NAMES[option]}
        </Link>
      ))}
    </nav>
  );
}

/**
 * The page frame: header with navigation and language, main content, footer. `navExtra` is a
 * link the route composes from another feature (the plan's, with its count).
 */
export function AppShell({
  children,
  embed,
  navExtra,
}: {
  children: ReactNode;
  embed: boolean;
  navExtra?: ReactNode;
}) {
  const t = useStrings(shellStrings);
  const lang = useLang();
  if (embed) {
    return (
      <div className="shell shell-embed">
        <main id="main" className="shell-main">
          {children}
        </main>
      </div>
    );
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="shell-header">
        <div className="shell-header-inner">
          <Link to="/" search={{ lang }} className="brand">
            <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
              <rect width="32" height="32" rx="7" fill="var(--accent)" />
              <path
                d="M9 10h14M9 16h9M9 22h5"
                stroke="var(--accent-text)"
                strokeWidth="3"
                strokeLinecap="round"
              />
              <circle cx="23" cy="22" r="3" fill="#ffb000" />
            </svg>
            <span className="brand-text">
              <span className="brand-name">{t.appName}</span>
              <span className="brand-tagline">{t.tagline}</span>
            </span>
          </Link>
          <nav className="main-nav" aria-label={t.mainNav}>
            <Link to="/wizard" search={{ lang }} activeProps={{ 'aria-current': 'page' }}>
              {t.navWizard}
            </Link>
            <Link to="/matrix" search={{ lang }} activeProps={{ 'aria-current': 'page' }}>
              {t.navMatrix}
            </Link>
            <Link to="/compare" search={{ lang }} activeProps={{ 'aria-current': 'page' }}>
              {t.navCompare}
            </Link>
            <Link to="/runtimes" search={{ lang }} activeProps={{ 'aria-current': 'page' }}>
              {t.navRuntimes}
            </Link>
            <Link to="/weigh" search={{ lang }} activeProps={{ 'aria-current': 'page' }}>
              {t.navWeigh}
            </Link>
            {navExtra}
          </nav>
          <div className="header-controls">
            <ThemeSwitch />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="shell-footer">
        <p>{t.footerSource}</p>
        <p>
          <Link to="/playground" search={{ lang }}>
            {t.footerPlayground}
          </Link>
        </p>
      </footer>
    </div>
  );
}
