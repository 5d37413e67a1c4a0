// The record's wording comes in from the strings tables (src/i18n/decision-record-strings.ts);
// the domain names the entries it needs, so a missing one is a type error there.
import { format } from '../text-format';
import { escapeMarkdown } from '../markdown';

export type DecisionRecordKey =
  | 'title'
  | 'status'
  | 'proposed'
  | 'date'
  | 'tree'
  | 'madeWith'
  | 'app'
  | 'context'
  | 'contextLead'
  | 'question'
  | 'answer'
  | 'drivers'
  | 'noNeeds'
  | 'driver'
  | 'driverProperty'
  | 'notMet'
  | 'notMetProperty'
  | 'disputed'
  | 'disputeLead'
  | 'disputeRecommendation'
  | 'disputePublished'
  | 'disputeJoin'
  | 'disputeLands'
  | 'disputeOpen'
  | 'options'
  | 'chosen'
  | 'outcome'
  | 'chosenOption'
  | 'scenario'
  | 'scenarioConflict'
  | 'recommendations'
  | 'noRecommendation'
  | 'recommendation'
  | 'traditional'
  | 'second'
  | 'consequences'
  | 'good'
  | 'bad'
  | 'caseStudies'
  | 'prosCons'
  | 'ruledOut'
  | 'weaker'
  | 'equal'
  | 'stronger'
  | 'recommendedBetter'
  | 'subjectBetter'
  | 'comparison'
  | 'first'
  | 'alternativeTraditional'
  | 'alternativeSecond'
  | 'turnedAway'
  | 'notInTree'
  | 'routeHere'
  | 'routeOther'
  | 'change'
  | 'disagree'
  | 'adds'
  | 'inference'
  | 'sources'
  | 'guideSource'
  | 'guideSourcePlain'
  | 'inferenceSource'
  | 'share'
  | 'shareLead'
  | 'stars'
  | 'yes'
  | 'partly'
  | 'no'
  | 'listSeparator'
  | 'colon';

/** The record's wording in one language: templates with {placeholders}. */
export type DecisionRecordText = Readonly<Record<DecisionRecordKey, string>>;

export const fill = format;

/** Content text goes into Markdown as one line; table cells also escape their separator. */
/** Content text goes into Markdown as one line, escaped (a table's `|` included). */
export function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, ' ').trim());
}

export function cellText(text: string): string {
  return inline(text);
}
