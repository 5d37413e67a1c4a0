// The result's long evidence, folded: a <details> whose summary is the section's heading. It
// opens on request, from the "On this page" menu, when a link names it (the address's #id in
// a browser-history build) and for print (see useOpenFoldsForPrint).
import { useEffect, type ReactNode } from 'react';

export interface FoldEntry {
  id: string;
  title: string;
}

export function ResultFold({
  id,
  title,
  testId,
  defaultOpen = false,
  children,
}: {
  id: string;
  title: ReactNode;
  testId?: string;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="result-fold" id={id} data-testid={testId} open={defaultOpen || undefined}>
      <summary className="fold-summary result-fold-summary">
        <h3 className="result-fold-title">{title}</h3>
      </summary>
      <div className="result-fold-body">{children}</div>
    </details>
  );
}

/** Opens a fold by id, scrolls it into view and puts focus on its summary. */
export function openFold(id: string): void {
  const fold = document.getElementById(id);
  if (!(fold instanceof HTMLDetailsElement)) return;
  fold.open = true;
  fold.scrollIntoView({ block: 'start' });
  fold.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
}

/**
 * Paper cannot open a disclosure: every fold opens before printing and the ones the reader had
 * closed close again afterwards. A link to a fold (a real #id, as a browser-history build has)
 * opens it.
 */
export function useResultFolds(): void {
  useEffect(() => {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    if (hash && /^[a-z-]+$/.test(hash)) {
      const target = document.getElementById(hash);
      if (target instanceof HTMLDetailsElement && target.classList.contains('result-fold')) {
        target.open = true;
      }
    }
    let reopened: HTMLDetailsElement[] = [];
    const beforePrint = () => {
      reopened = [...document.querySelectorAll<HTMLDetailsElement>('details.result-fold')].filter(
        (fold) => !fold.open,
      );
      for (const fold of reopened) fold.open = true;
    };
    const afterPrint = () => {
      for (const fold of reopened) fold.open = false;
      reopened = [];
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);
}

/** "On this page": stays in view (sticky) and opens the fold it names. */
export function OnThisPage({ label, entries }: { label: string; entries: readonly FoldEntry[] }) {
  return (
    <nav className="on-this-page" aria-label={label}>
      <p className="on-this-page-label" aria-hidden="true">
        {label}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="on-this-page-link"
              aria-controls={entry.id}
              onClick={() => {
                openFold(entry.id);
              }}
            >
              {entry.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
