import { summariseNotices, type ShareNotice } from '../../domain/share-state';
import { findNode, type DecisionTree } from '../../domain/tree';
import { format, useLang, useStrings } from '../../i18n';
import { wizardStrings } from './strings';

type WizardText = (typeof wizardStrings)['en'];

function describe(notice: ShareNotice, tree: DecisionTree, t: WizardText, lang: 'en' | 'zh') {
  switch (notice.kind) {
    case 'oversize':
      return format(t.noticeOversize, { length: notice.length, max: notice.max });
    case 'too-many':
      return format(t.noticeTooMany, { max: notice.max });
    case 'duplicate':
      return format(t.noticeDuplicate, { key: notice.key });
    case 'not-an-id':
      return format(t.noticeNotAnId, { key: notice.key, value: notice.value });
    case 'unknown-tree':
      return format(t.noticeUnknownTree, { value: notice.value, fallback: notice.fallback });
    case 'dropped': {
      const node = findNode(tree, notice.questionId);
      const question = node?.kind === 'question' ? node.text[lang] : notice.questionId;
      if (notice.reason === 'invalid-answer')
        return format(t.noticeInvalidAnswer, { value: notice.value, question });
      if (notice.reason === 'off-path')
        return format(t.noticeOffPath, { value: notice.value, question });
      return format(t.noticeUnknownQuestion, { key: notice.questionId, value: notice.value });
    }
  }
}

/** Says in words what a tampered or outdated link lost. Values are rendered as text. */
export function ShareNotices({ notices, tree }: { notices: ShareNotice[]; tree: DecisionTree }) {
  const t = useStrings(wizardStrings);
  const lang = useLang();
  if (notices.length === 0) return null;
  const { shown, summaries } = summariseNotices(notices);
  return (
    <div className="notice share-notices" role="status" data-testid="share-notice">
      <p className="notice-title">
        <strong>{t.noticeTitle}</strong>
      </p>
      <ul>
        {shown.map((notice, index) => (
          <li key={index}>{describe(notice, tree, t, lang)}</li>
        ))}
        {summaries.map((summary) => (
          <li key={summary.kind}>
            {format(t.noticeSummary, {
              count: summary.count,
              names: summary.names.map((name) => `“${name}”`).join(lang === 'zh' ? '、' : ', '),
            })}
          </li>
        ))}
      </ul>
      <p className="notice-footer">{t.noticeContinue}</p>
    </div>
  );
}
