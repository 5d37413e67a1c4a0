// A weighing as a section of the decision record (Markdown): the weights, the must-haves and
// what they excluded, the ranking with each score's range, where first place flips, and the
// link that reopens the weighing. The words come from the caller's strings table, as the page's do.
import type { Lang, Localized } from '../tree';
import { criterionLabel } from './criteria';
import { flipSentence, uncertaintySentence, type WeighWords } from './describe';
import type { FlipPoint, UncertainPair } from './flips';
import type { MustHave, Weighing } from './score';

export interface WeighRecordWords extends WeighWords {
  /** '## Weighing' heading text. */
  recordTitle: string;
  recordLead: string;
  recordFigures: string;
  recordFiguresPublished: string;
  criterion: string;
  weight: string;
  recordMust: string;
  recordNoMust: string;
  /** '{runtime} is excluded by: {musts}' */
  excludedBy: string;
  recordRanking: string;
  /** '{rank}. {runtime}: {score} (from {low} to {high})' */
  recordRankLine: string;
  allZero: string;
  recordFlips: string;
  recordLink: string;
}

export interface WeighRecordInput {
  weighing: Weighing;
  flips: readonly FlipPoint[];
  uncertain: readonly UncertainPair[];
  runtimeName: (id: string) => string;
  mustLabel: (mustHave: MustHave) => string;
  words: WeighRecordWords;
  lang: Lang;
  url: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? (values[key] ?? match) : match,
  );
}

/** Table cells: no pipes or line breaks from content. */
function cellText(value: string): string {
  return value.replace(/[|\r\n]+/g, ' ');
}

export function scoreText(value: number): string {
  return value.toFixed(2);
}

export function weighingRecordSection(input: WeighRecordInput): string {
  const { weighing, words: w, lang, runtimeName: name } = input;
  const label = (text: Localized) => cellText(text[lang]);
  const out: string[] = [`## ${w.recordTitle}`, '', w.recordLead, ''];
  out.push(weighing.source === 'published' ? w.recordFiguresPublished : w.recordFigures, '');
  out.push(`| ${w.criterion} | ${w.weight} |`, '| --- | --- |');
  weighing.criteria.forEach((criterion, c) => {
    out.push(`| ${label(criterionLabel(criterion))} | ${String(weighing.weights[c] ?? 0)} |`);
  });
  out.push('');
  out.push(`### ${w.recordMust}`, '');
  if (weighing.required.length === 0) out.push(w.recordNoMust);
  for (const mustHave of weighing.required) out.push(`- ${input.mustLabel(mustHave)}`);
  for (const exclusion of weighing.excluded) {
    out.push(
      `- ${fill(w.excludedBy, {
        runtime: name(exclusion.runtime),
        musts: exclusion.failed.map(input.mustLabel).join(w.separator),
      })}`,
    );
  }
  out.push('', `### ${w.recordRanking}`, '');
  if (weighing.allZero) out.push(w.allZero, '');
  for (const entry of weighing.ranking) {
    out.push(
      fill(w.recordRankLine, {
        rank: String(entry.rank),
        runtime: name(entry.runtime),
        score: scoreText(entry.score),
        low: scoreText(entry.low),
        high: scoreText(entry.high),
      }),
    );
  }
  out.push('', `### ${w.recordFlips}`, '');
  input.flips.forEach((point, c) => {
    const criterion = weighing.criteria[c];
    if (!criterion) return;
    out.push(`- ${flipSentence(point, criterionLabel(criterion)[lang], name, w)}`);
  });
  out.push(`- ${uncertaintySentence(input.uncertain, name, w)}`);
  out.push('', fill(w.recordLink, { url: `<${input.url}>` }), '');
  return out.join('\n');
}
