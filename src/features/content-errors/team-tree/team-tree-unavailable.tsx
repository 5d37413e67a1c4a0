import { useEffect, useRef } from 'react';
import { useContentLoad, useContentRetry } from '../../../app/content-load';
import { countProblems, FILE_ROOT_PATH } from '../../../content/custom-file';
import { format, useStrings } from '../../../i18n';
import { teamTreeStrings } from './strings';
import { shortName } from '../short-name';
import '../content-errors.css';

/**
 * Stands in for the wizard when a link names a tree that only the site's own content file has,
 * and that file could not be used (late, unreachable, missing, broken). The link stays as it is
 * (nothing is rewritten to the default tree), so Retry, a reload or a later visit still opens
 * the tree with its answers once the file is back.
 */
export function TeamTreeUnavailable({
  treeId,
  onOpenDefault,
}: {
  treeId: string;
  onOpenDefault: () => void;
}) {
  const t = useStrings(teamTreeStrings);
  const load = useContentLoad();
  const { retry, retrying } = useContentRetry();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  let reason: string;
  if (load.status === 'invalid') {
    const file = shortName(load.url);
    const [first] = load.problems;
    // Messages about the file as a whole read on from its name ("… did not arrive within 5 s").
    reason =
      countProblems(load.problems) !== 1 || !first
        ? format(t.treeReasonList, { file })
        : first.path === FILE_ROOT_PATH
          ? format(t.treeReasonFile, { file, reason: first.message })
          : format(t.treeReasonInvalid, { file, path: first.path, reason: first.message });
  } else if (load.status === 'built-in' && load.missing) {
    const file = shortName(load.missing.url);
    reason = format(
      load.missing.reason === 'absent' ? t.treeReasonAbsent : t.treeReasonUnreachable,
      { file },
    );
  } else {
    reason = format(t.treeStillMissing, { tree: treeId });
  }

  return (
    <section
      className="card team-tree-unavailable"
      data-testid="team-content-unavailable"
      aria-labelledby="team-tree-unavailable-title"
    >
      <h1 id="team-tree-unavailable-title" ref={headingRef} tabIndex={-1}>
        {t.treeTitle}
      </h1>
      <p>{format(t.treeBody, { tree: treeId })}</p>
      <p className="notice notice-error" role="status">
        {retrying ? t.treeRetrying : reason}
      </p>
      <div className="team-tree-unavailable-actions">
        {retry && (
          <button
            type="button"
            className="btn btn-primary"
            aria-busy={retrying || undefined}
            onClick={retry}
          >
            {retrying ? t.treeRetrying : t.treeRetry}
          </button>
        )}
        <button type="button" className="btn" onClick={onOpenDefault}>
          {t.treeOpenDefault}
        </button>
      </div>
    </section>
  );
}
