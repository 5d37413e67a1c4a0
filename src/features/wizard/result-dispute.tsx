// The first lines of a result the guide's own advice disputes (explanation.dispute): one
// sentence that says why, and one action that opens the same answers in the extended tree.
import { Link } from '@tanstack/react-router';
import type { Content } from '../../content/schema';
import type { Dispute, DisputeReason } from '../../domain/explain';
import { format, useLang, useStrings } from '../../i18n';
import { useRuntimeName, type SearchFor } from './result-parts';
import { resultStrings } from './result-strings';
import './result-dispute.css';

export function ResultDispute({
  dispute,
  runtime,
  content,
  searchFor,
}: {
  dispute: Dispute | undefined;
  /** The recommended runtime's id. */
  runtime: string;
  content: Content;
  searchFor: SearchFor;
}) {
  const lang = useLang();
  const t = useStrings(resultStrings);
  const runtimeName = useRuntimeName(content);
  if (!dispute) return null;
  const reason = (entry: DisputeReason): string =>
    entry.kind === 'recommendation'
      ? format(t.disputeRecommendation, {
          first: runtimeName(entry.recommendation.first.runtime),
          label: entry.recommendation.label[lang],
        })
      : format(t.disputePublished, {
          runtime: runtimeName(runtime),
          question: entry.need.step.question.text[lang],
        });
  // One sentence: the same reason twice (two needs, one recommendation) is said once.
  const reasons = [...new Set(dispute.reasons.map(reason))].join(t.disputeJoin);
  const { target } = dispute;
  const assumed = target.assumed
    .map(({ question, answer }) => {
      const label = question.answers.find((candidate) => candidate.id === answer)?.label[lang];
      return format(t.routeChange, { question: question.text[lang], answer: label ?? answer });
    })
    .join(t.disputeJoin);
  return (
    <div className="result-dispute" data-testid="result-dispute" role="note">
      <p>{format(t.disputeLead, { reasons })}</p>
      <p>
        <Link to="/wizard" search={searchFor(target.answers, target.treeId)}>
          {t.disputeAction}
        </Link>
        {assumed && (
          <span className="muted"> {format(t.disputeAssumed, { answers: assumed })}</span>
        )}
      </p>
    </div>
  );
}
