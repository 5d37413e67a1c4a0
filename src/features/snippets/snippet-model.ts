// Pure derivations for the snippet views: which sets a runtime has, which target tab is shown,
// what a block downloads as and what "Copy all" copies. They sit here rather than in src/domain
// because they work on content types (Snippet), and the domain layer does not import content.
import type { Snippet, SnippetStep, SnippetTarget } from '../../content/schema';
import type { Lang } from '../../domain/tree';

export const TARGET_ORDER: readonly SnippetTarget[] = [
  'k8s_containerd2',
  'k8s_containerd1',
  'k3s',
  'ctr',
];

const STEP_ORDER: readonly SnippetStep[] = [
  'install',
  'configure',
  'runtimeclass',
  'pod',
  'smoke',
  'gpu',
];

export interface TargetSet {
  target: SnippetTarget;
  /** The main steps, in step order. */
  steps: Snippet[];
  /** The GPU variant's blocks, in content order. */
  gpu: Snippet[];
}

export interface RuntimeSnippetModel {
  sets: TargetSet[];
  /** Current snippets without a target (a team's content may have them): shown without tabs. */
  untargeted: Snippet[];
  /** The guide's own examples for this runtime, verbatim. */
  guide: Snippet[];
}

function stepRank(snippet: Snippet): number {
  const rank = snippet.step ? STEP_ORDER.indexOf(snippet.step) : -1;
  return rank === -1 ? STEP_ORDER.length : rank;
}

export function buildRuntimeSnippets(
  snippets: readonly Snippet[],
  runtimeId: string,
): RuntimeSnippetModel {
  const mine = snippets.filter((snippet) => snippet.runtime === runtimeId);
  const current = mine.filter((snippet) => snippet.origin === 'current');
  const sets: TargetSet[] = [];
  for (const target of TARGET_ORDER) {
    const inTarget = current.filter((snippet) => snippet.target === target);
    if (inTarget.length === 0) continue;
    const steps = inTarget
      .filter((snippet) => snippet.step !== 'gpu')
      // Array.prototype.sort is stable: blocks of the same step keep their content order.
      .sort((a, b) => stepRank(a) - stepRank(b));
    sets.push({ target, steps, gpu: inTarget.filter((snippet) => snippet.step === 'gpu') });
  }
  return {
    sets,
    untargeted: current.filter((snippet) => snippet.target === undefined),
    guide: mine.filter((snippet) => snippet.origin === 'guide'),
  };
}

/** The tab to show: the one the URL asks for when this runtime has it, otherwise the first. */
export function resolveTarget(
  requested: unknown,
  sets: readonly TargetSet[],
): SnippetTarget | undefined {
  const match = sets.find((set) => set.target === requested);
  return (match ?? sets[0])?.target;
}

const EXTENSION: Record<Snippet['language'], string> = { bash: 'sh', yaml: 'yaml', toml: 'toml' };

/** A safe file name for a block: the content's own, or runtime-target-step.ext. */
export function snippetFileName(snippet: Snippet): string {
  if (snippet.filename) return snippet.filename;
  const where = snippet.target ?? (snippet.origin === 'guide' ? 'from-guide-2025' : 'snippet');
  const what = snippet.step ?? (snippet.origin === 'guide' ? '' : snippet.id.replace(/_/g, '-'));
  return `${[snippet.runtime, where, what].filter(Boolean).join('-')}.${EXTENSION[snippet.language]}`;
}

/**
 * What "Copy all" copies: every block in order, each under a comment naming its step and file.
 * `#` starts a comment in bash, YAML and TOML alike, so the headers never change a block's meaning.
 */
export function joinForCopy(snippets: readonly Snippet[], lang: Lang): string {
  return snippets
    .map(
      (snippet, index) =>
        `# ----- ${index + 1}. ${snippet.title[lang]} (${snippetFileName(snippet)}) -----\n${snippet.code[lang]}`,
    )
    .join('\n\n');
}
