// What the weighing's link held that could not be used, in words.
import type { WeighCriterion } from '../../domain/weigh/criteria';
import { DEFAULT_WEIGHT, type WeighNotice } from '../../domain/weigh/state';
import { format, useLang } from '../../i18n';
import { criterionName } from './labels';
import type { WeighText } from './strings';

export function WeighNotices({
  notices,
  t,
  criteria,
}: {
  notices: readonly WeighNotice[];
  t: WeighText;
  criteria: readonly WeighCriterion[];
}) {
  const lang = useLang();
  if (notices.length === 0) return null;
  const criterion = (id: string) => {
    const match = criteria.find((candidate) => candidate.id === id);
    return match ? criterionName(match, lang) : id;
  };
  const describe = (notice: WeighNotice): string => {
    switch (notice.kind) {
      case 'oversize':
        return t.noticeOversize;
      case 'duplicate':
        return format(t.noticeDuplicate, { key: notice.key });
      case 'bad-weight':
        return format(t.noticeBadWeight, {
          value: notice.value,
          criterion: criterion(notice.criterion),
          default: DEFAULT_WEIGHT,
        });
      case 'unknown-criterion':
        return format(t.noticeUnknownCriterion, { key: notice.key });
      case 'unknown-must':
        return format(t.noticeUnknownMust, { value: notice.value });
      case 'bad-source':
        return format(t.noticeBadSource, { value: notice.value });
      case 'bad-from':
        return format(t.noticeBadFrom, { value: notice.value });
    }
  };
  return (
    <div className="notice" role="status" data-testid="weigh-notice">
      <p>
        <strong>{t.noticeTitle}</strong>
      </p>
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>{describe(notice)}</li>
        ))}
      </ul>
    </div>
  );
}
