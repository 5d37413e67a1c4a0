import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useNearViewport } from '../../app/near-viewport';
import type { LazyModule } from '../../lib/lazy-module';
import { useStrings } from '../../i18n';
import { RetryButton } from './retry-button';
import { uiStrings } from './strings';

interface DeferredSectionProps<M> {
  module: LazyModule<M>;
  /** The section itself, once its code is there. */
  children: (module: M) => ReactNode;
  /** Load at once, wherever the section is (a link that points at it). */
  eager?: boolean;
  /** Space kept for the section while it loads, so the page does not jump when it appears. */
  minHeight?: CSSProperties['minHeight'];
  className?: string;
}

/** True from the moment the reader asks to print (the browser's beforeprint event). */
function usePrintRequested(): boolean {
  const [requested, setRequested] = useState(false);
  useEffect(() => {
    const onBeforePrint = () => {
      setRequested(true);
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  return requested;
}

/**
 * A heavy section below the fold: its code loads when it comes near the viewport (well before
 * it is seen), and until then a quiet placeholder keeps its space and says that it is loading.
 * If the code cannot load (offline, a redeploy), the placeholder says so and offers a retry.
 * Printing starts the load too; a browser lays out the paper at once, so a section that was not
 * there yet prints one line saying so, and the next print has it.
 */
export function DeferredSection<M>({
  module,
  children,
  eager = false,
  minHeight = '20rem',
  className,
}: DeferredSectionProps<M>) {
  const t = useStrings(uiStrings);
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '800px 0px');
  const [loaded, setLoaded] = useState<{ module: M } | undefined>(() => {
    const ready = module.loaded();
    return ready === undefined ? undefined : { module: ready };
  });
  const [failed, setFailed] = useState(false);
  // Bumped by Retry: the effect below then loads again (a failed import is not cached).
  const [attempt, setAttempt] = useState(0);
  const printRequested = usePrintRequested();
  const wanted = eager || near || printRequested;

  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    module.load().then(
      (ready) => {
        if (live) setLoaded({ module: ready });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded, module, attempt]);

  if (loaded) return children(loaded.module);
  return (
    <div
      ref={ref}
      className={`card deferred-section${className ? ` ${className}` : ''}`}
      style={{ minHeight }}
      aria-busy={!failed}
    >
      <p className={failed ? 'notice notice-error' : 'muted'} role="status">
        {failed ? t.sectionFailed : t.sectionLoading}
      </p>
      {failed && (
        <RetryButton
          onRetry={() => {
            setFailed(false);
            setAttempt((count) => count + 1);
          }}
        />
      )}
      <p className="deferred-print-note">{t.sectionNotPrinted}</p>
    </div>
  );
}
