import { MAX_WORKLOADS } from '../../domain/plan/plan';
import type { PlanNotice } from '../../domain/plan/plan-link';
import { MAX_SEARCH_LENGTH } from '../../domain/share-state';
import { format, useStrings } from '../../i18n';
import { planStrings } from './strings';

type PlanText = (typeof planStrings)['en'];

function describe(notice: PlanNotice, t: PlanText): string {
  switch (notice.kind) {
    case 'unreadable':
      return format(t.noticeUnreadable, { position: notice.position, value: notice.value });
    case 'unknown-tree':
      return format(t.noticeUnknownTree, { position: notice.position, tree: notice.treeId });
    case 'answers':
      return format(t.noticeAnswers, {
        position: notice.position,
        name: notice.name ? `“${notice.name}”` : '',
      }).replace('  ', ' ');
    case 'name':
      return format(t.noticeName, { position: notice.position, name: notice.name });
    case 'too-many':
      return format(t.noticeTooMany, { n: notice.dropped, max: MAX_WORKLOADS });
    case 'oversize':
      return format(t.noticeOversize, { length: notice.length, max: MAX_SEARCH_LENGTH });
  }
}

/** What a damaged plan link lost, in words. Values are rendered as text, never as markup. */
export function PlanNotices({ notices }: { notices: PlanNotice[] }) {
  const t = useStrings(planStrings);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="plan-notice">
      <p>
        <strong>{t.noticeTitle}</strong>
      </p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{describe(notice, t)}</li>
        ))}
      </ul>
    </div>
  );
}
