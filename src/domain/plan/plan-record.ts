// The plan as one architecture decision record in the MADR style: one decision (the runtimes
// the cluster offers), a section per workload with the answers that decided it, the runtime
// set, the notes the combination raises, and the consolidation that was considered. Pure: the
// date and links come in as arguments, so the text is reproducible and snapshot-tested. The
// wording comes in too (src/i18n/plan-record-strings.ts); the domain names the entries it needs,
// so a missing one is a type error there.
import type { ExplainContent, FeatureCellData, Need } from '../explain';
import { readRuntime } from '../explain';
import { format } from '../text-format';
import type { Lang, Localized } from '../tree';
import type { Consolidation, Move, PlanAnalysis } from './analysis';
import type { PlanNote } from './notes';

export interface PlanRecordInput {
  content: ExplainContent;
  trees: readonly { id: string; title: Localized }[];
  analysis: PlanAnalysis;
  consolidation: Consolidation;
  /** The notes for the bundle target named by `targetName`. */
  notes: readonly PlanNote[];
  targetName: string;
  lang: Lang;
  date: string;
  shareUrl: string;
  /** The share link of each workload's result, by plan index. */
  workloadUrls: readonly string[];
  /** The record's wording in each language (src/i18n/plan-record-strings.ts). */
  strings: Readonly<Record<Lang, PlanRecordText>>;
}

export type PlanRecordKey =
  | 'title'
  | 'status'
  | 'proposed'
  | 'date'
  | 'madeWith'
  | 'app'
  | 'context'
  | 'contextLead'
  | 'workload'
  | 'runtime'
  | 'outcome'
  | 'drivers'
  | 'noNeeds'
  | 'needsOf'
  | 'need'
  | 'options'
  | 'optionTrees'
  | 'optionFewer'
  | 'optionBeyond'
  | 'decision'
  | 'chosen'
  | 'fewerNotChosen'
  | 'noFewer'
  | 'consequences'
  | 'noNotes'
  | 'set'
  | 'workloads'
  | 'count'
  | 'sections'
  | 'tree'
  | 'question'
  | 'answer'
  | 'stated'
  | 'reading'
  | 'notMet'
  | 'link'
  | 'consolidation'
  | 'move'
  | 'loses'
  | 'losesNothing'
  | 'lossItem'
  | 'breaks'
  | 'beyond'
  | 'share'
  | 'shareLead'
  | 'gpuClass'
  | 'gpuClassPlain'
  | 'gpuConfig'
  | 'shim'
  | 'shimClasses'
  | 'noSet'
  | 'noGpuSet'
  | 'yes'
  | 'partly'
  | 'no'
  | 'paren'
  | 'semicolon'
  | 'separator'
  | 'colon';

/** The record's wording in one language: templates with {placeholders}. */
export type PlanRecordText = Readonly<Record<PlanRecordKey, string>>;

export const fill = format;

function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function cellText(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

export function cellWords(cell: FeatureCellData, lang: Lang, t: PlanRecordText): string {
  if (cell.kind === 'level') return cell.text[lang];
  return t[cell.support];
}

/**
 * A move in words: "“api” runs on gVisor instead of runc: it gives up …". The plan page shows
 * the same sentences as the record, so it passes the same wording (`t`, in `lang`).
 */
export function describeMove(
  move: Move,
  name: string,
  runtimeName: (id: string) => string,
  lang: Lang,
  t: PlanRecordText,
): string {
  const items = move.givesUp.map((given) =>
    fill(t.lossItem, {
      feature: inline(given.feature.label[lang]),
      from: cellWords(given.from, lang, t),
      to: cellWords(given.to, lang, t),
    }),
  );
  const losses = [
    items.length > 0
      ? fill(t.loses, { items: items.join(t.separator) })
      : fill(t.losesNothing, { to: runtimeName(move.to) }),
  ];
  if (move.breaks.length > 0) {
    losses.push(
      fill(t.breaks, {
        needs: move.breaks.map((need) => needWords(need, lang, t)).join(t.separator),
      }),
    );
  }
  return fill(t.move, {
    name,
    to: runtimeName(move.to),
    from: runtimeName(move.from),
    loss: losses.join(t.semicolon),
  });
}

export function needWords(need: Need, lang: Lang, t: PlanRecordText): string {
  return fill(t.need, {
    feature: inline(need.feature.label[lang]),
    question: inline(need.step.question.text[lang]),
    answer: inline(need.step.answer.label[lang]),
  });
}

/** A combination note in words. */
export function describeNote(
  note: PlanNote,
  runtimeName: (id: string) => string,
  lang: Lang,
  t: PlanRecordText,
): string {
  const runtime = runtimeName(note.runtime);
  switch (note.kind) {
    case 'gpu-class':
      return fill(t.gpuClass, {
        runtime,
        gpuClass: note.gpuClass,
        plain:
          note.plainClass !== undefined
            ? fill(t.gpuClassPlain, { plainClass: note.plainClass })
            : '',
        detail: note.detail ? inline(note.detail[lang]) : '',
      }).trim();
    case 'gpu-config':
      return fill(t.gpuConfig, {
        runtime,
        files: note.files.join(t.separator),
        detail: note.detail ? inline(note.detail[lang]) : '',
      }).trim();
    case 'shim':
      return fill(t.shim, {
        runtime,
        shims: note.shims.join(t.separator),
        classes:
          note.classes.length > 0
            ? fill(t.shimClasses, { classes: note.classes.join(t.separator) })
            : '',
      });
    case 'no-set':
      return fill(t.noSet, { runtime });
    case 'no-gpu-set':
      return fill(t.noGpuSet, { runtime });
  }
}

export function toPlanRecord(input: PlanRecordInput): string {
  const { content, analysis, consolidation, lang } = input;
  const t = input.strings[lang];
  const runtimeName = (id: string) =>
    content.runtimes.find((runtime) => runtime.id === id)?.name[lang] ?? id;
  const nameOf = (index: number) =>
    analysis.rows.find((row) => row.index === index)?.workload.name ?? String(index + 1);
  const list = (ids: readonly string[]) => ids.map(runtimeName).join(t.separator);
  const paren = (text: string) => fill(t.paren, { text });
  const out: string[] = [];

  out.push(`# ${t.title}`, '');
  out.push(`- ${t.status}${t.colon}${t.proposed}`);
  out.push(`- ${t.date}${t.colon}${input.date}`);
  out.push(`- ${t.madeWith}${t.colon}${t.app}`, '');

  out.push(`## ${t.context}`, '', fill(t.contextLead, { n: analysis.rows.length }), '');
  out.push(`| ${t.workload} | ${t.runtime} | ${t.outcome} |`, '| --- | --- | --- |');
  for (const row of analysis.rows) {
    out.push(
      `| ${cellText(row.workload.name)} | ${cellText(runtimeName(row.runtime))} | ${cellText(row.outcome.label[lang])} |`,
    );
  }
  out.push('');

  out.push(`## ${t.drivers}`, '');
  for (const row of analysis.rows) {
    const needs =
      row.needs.length > 0
        ? row.needs.map((need) => needWords(need, lang, t)).join(t.separator)
        : t.noNeeds;
    out.push(
      `- ${fill(t.needsOf, { name: inline(row.workload.name), runtime: runtimeName(row.runtime), needs })}`,
    );
  }
  out.push('');

  out.push(`## ${t.options}`, '');
  out.push(`- ${fill(t.optionTrees, { runtimes: list(consolidation.current) })}`);
  if (consolidation.proposal)
    out.push(`- ${fill(t.optionFewer, { runtimes: list(consolidation.proposal.runtimes) })}`);
  if (consolidation.beyond)
    out.push(`- ${fill(t.optionBeyond, { runtimes: list(consolidation.beyond.runtimes) })}`);
  out.push('');

  out.push(`## ${t.decision}`, '');
  out.push(
    fill(t.chosen, { runtimes: list(consolidation.current), n: consolidation.current.length }),
    '',
  );
  out.push(
    consolidation.proposal
      ? fill(t.fewerNotChosen, {
          from: consolidation.current.length,
          to: consolidation.proposal.runtimes.length,
        })
      : t.noFewer,
    '',
  );
  out.push(`### ${fill(t.consequences, { target: input.targetName })}`, '');
  if (input.notes.length === 0) out.push(`- ${t.noNotes}`);
  for (const note of input.notes) out.push(`- ${describeNote(note, runtimeName, lang, t)}`);
  out.push('');

  out.push(`## ${t.set}`, '');
  out.push(`| ${t.runtime} | ${t.count} | ${t.workloads} |`, '| --- | --- | --- |');
  for (const use of analysis.runtimes) {
    out.push(
      `| ${cellText(runtimeName(use.runtime))} | ${use.workloads.length} | ${cellText(use.workloads.map(nameOf).join(t.separator))} |`,
    );
  }
  out.push('');

  out.push(`## ${t.sections}`, '');
  for (const row of analysis.rows) {
    const tree = input.trees.find((candidate) => candidate.id === row.tree.id);
    out.push(`### ${inline(row.workload.name)}`, '');
    out.push(
      `- ${t.runtime}${t.colon}${runtimeName(row.runtime)}${paren(inline(row.outcome.label[lang]))}`,
    );
    out.push(
      `- ${t.tree}${t.colon}${inline(tree?.title[lang] ?? row.tree.id)}${paren(`\`${row.tree.id}\``)}`,
    );
    const url = input.workloadUrls[row.index];
    if (url) out.push(`- ${t.link}${t.colon}<${url}>`);
    out.push('', `| ${t.question} | ${t.answer} |`, '| --- | --- |');
    for (const step of row.steps) {
      out.push(`| ${cellText(step.question.text[lang])} | ${cellText(step.answer.label[lang])} |`);
    }
    out.push('');
    if (row.needs.length > 0) {
      out.push(`${t.stated}${t.colon}`, '');
      for (const need of row.needs) {
        const reading = readRuntime(content, need, row.runtime);
        out.push(
          `- ${fill(t.reading, {
            feature: inline(need.feature.label[lang]),
            cell: reading.cell ? cellWords(reading.cell, lang, t) : '—',
            met: reading.meets === false ? t.notMet : '',
          })}`,
        );
      }
      out.push('');
    }
  }

  out.push(`## ${t.consolidation}`, '');
  if (consolidation.proposal) {
    out.push(
      `${consolidation.current.length} -> ${consolidation.proposal.runtimes.length}${t.colon}${list(consolidation.proposal.runtimes)}`,
      '',
    );
    for (const move of consolidation.proposal.moves) {
      out.push(`- ${describeMove(move, inline(nameOf(move.index)), runtimeName, lang, t)}`);
    }
    out.push('');
  } else {
    out.push(t.noFewer, '');
  }
  if (consolidation.beyond) {
    out.push(
      fill(t.beyond, {
        n: consolidation.beyond.runtimes.length,
        runtimes: list(consolidation.beyond.runtimes),
      }),
      '',
    );
    for (const move of consolidation.beyond.moves) {
      out.push(`- ${describeMove(move, inline(nameOf(move.index)), runtimeName, lang, t)}`);
    }
    out.push('');
  }

  out.push(`## ${t.share}`, '', t.shareLead, '', `<${input.shareUrl}>`, '');
  return out.join('\n');
}
