// Why-not and what-if over every path of every shipped tree, checked against the content data
// directly (never against the derivation's own output), plus the guide's facts that the
// derivation must surface. The derivation itself lives in src/domain/explain.ts.
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../domain/engine';
import { enumeratePaths } from '../domain/tree-graph';
import { cellValue, explain, matrixPreset, type Explanation } from '../domain/explain';
import type { DecisionTree } from '../domain/tree';
import { builtInContent, getTree } from './index';

const content = builtInContent;

function explainPath(tree: DecisionTree, answers: Record<string, string>): Explanation {
  const resolution = resolvePath(tree, answers);
  if (!resolution.outcome) throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return explain(content, tree, resolution.steps, resolution.outcome, content.trees);
}

function requireTree(id: string): DecisionTree {
  const tree = getTree(content, id);
  if (!tree) throw new Error(`no tree ${id}`);
  return tree;
}

/** Runtimes reachable from each node, computed here by brute force over all paths. */
function runtimesAfter(tree: DecisionTree, prefix: Record<string, string>): Set<string> {
  const reached = new Set<string>();
  for (const path of enumeratePaths(tree)) {
    const fits = Object.entries(prefix).every(([q, a]) => path.answers[q] === a);
    if (fits) reached.add(path.outcome.runtime);
  }
  return reached;
}

const cases = content.trees.flatMap((tree) =>
  enumeratePaths(tree).map((path) => ({
    tree,
    answers: path.answers,
    runtime: path.outcome.runtime,
    label: `${tree.id}: ${Object.entries(path.answers)
      .map(([q, a]) => `${q}=${a}`)
      .join(', ')}`,
  })),
);

describe('every path of every shipped tree', () => {
  it('covers both trees: 5 guide paths and 9 paths of the extended tree', () => {
    expect(cases.filter((c) => c.tree.id === 'guide')).toHaveLength(5);
    expect(cases.filter((c) => c.tree.id === 'full')).toHaveLength(9);
  });

  describe.each(cases)('$label', ({ tree, answers, runtime }) => {
    const result = explainPath(tree, answers);
    const steps = resolvePath(tree, answers).steps;

    it('explains each of the three other runtimes, each with at least one reason', () => {
      expect(result.runtime).toBe(runtime);
      const others = content.runtimes.map((r) => r.id).filter((id) => id !== runtime);
      expect(result.whyNot.map((w) => w.runtime)).toEqual(others);
      for (const w of result.whyNot) {
        const reasons =
          w.fails.length +
          w.weaker.length +
          w.equal.length +
          w.stronger.length +
          w.recommendedBetter.length +
          w.subjectBetter.length +
          w.recommendations.length +
          (w.inTree ? 0 : 1) +
          (w.turnedAway ? 1 : 0);
        expect(reasons, w.runtime).toBeGreaterThan(0);
      }
    });

    it('rules a runtime out exactly when a stated need finds its cell unacceptable', () => {
      const needs = content.criteria.filter((c) => answers[c.questionId] === c.answerId);
      for (const w of result.whyNot) {
        const expected = needs
          .filter((criterion) => {
            // A criterion that names a published property row is read from that row.
            if (criterion.property) {
              const row = content.properties.find((p) => p.id === criterion.property?.id);
              const cell = row?.values[w.runtime];
              return cell !== undefined && !criterion.property.acceptable.includes(cell.support);
            }
            const row = content.features.find((f) => f.id === criterion.feature);
            const cell = row?.values[w.runtime];
            return cell !== undefined && !criterion.acceptable.includes(cellValue(cell));
          })
          .map((c) => c.id);
        expect(
          w.fails.map((f) => f.need.criterion.id),
          w.runtime,
        ).toEqual(expected);
        expect(['ruled_out', 'disputed'].includes(w.verdict), w.runtime).toBe(expected.length > 0);
      }
    });

    it('says where the tree turned away from each runtime it can reach, and how to get there', () => {
      for (const w of result.whyNot) {
        const reachable = enumeratePaths(tree).some((p) => p.outcome.runtime === w.runtime);
        expect(w.inTree, w.runtime).toBe(reachable);
        if (!w.route) throw new Error(`no route to ${w.runtime}`);
        const routeTree = requireTree(w.route.treeId);
        expect(routeTree.id === tree.id, w.runtime).toBe(reachable);
        const walked = resolvePath(routeTree, w.route.answers);
        expect(walked.outcome?.runtime, w.runtime).toBe(w.runtime);
        expect(walked.dropped).toEqual([]);
        if (!reachable) {
          expect(w.turnedAway).toBeUndefined();
          continue;
        }
        // The turning point: the runtime is reachable before that answer and not after it.
        const index = steps.findIndex((s) => s.question.id === w.turnedAway?.question.id);
        expect(index, w.runtime).toBeGreaterThanOrEqual(0);
        const before = Object.fromEntries(
          steps.slice(0, index).map((s) => [s.question.id, s.answer.id]),
        );
        const after = Object.fromEntries(
          steps.slice(0, index + 1).map((s) => [s.question.id, s.answer.id]),
        );
        expect(runtimesAfter(tree, before).has(w.runtime), w.runtime).toBe(true);
        expect(runtimesAfter(tree, after).has(w.runtime), w.runtime).toBe(false);
      }
    });

    it('gives a what-if for every other answer of every answered question, and it opens that state', () => {
      const expected = steps.flatMap((s) =>
        s.question.answers.filter((a) => a.id !== s.answer.id).map((a) => [s.question.id, a.id]),
      );
      expect(result.whatIf.map((w) => [w.step.question.id, w.alternative.id])).toEqual(expected);
      for (const w of result.whatIf) {
        const opened = resolvePath(tree, w.answers);
        expect(opened.dropped).toEqual([]);
        expect(w.answers[w.step.question.id]).toBe(w.alternative.id);
        // Every earlier answer is unchanged.
        const at = steps.findIndex((s) => s.question.id === w.step.question.id);
        expect(at).toBeGreaterThanOrEqual(0);
        for (const earlier of steps.slice(0, at)) {
          expect(w.answers[earlier.question.id]).toBe(earlier.answer.id);
        }
        if (w.leadsTo.kind === 'outcome') expect(opened.outcome).toBe(w.leadsTo.outcome);
        if (w.leadsTo.kind === 'question') expect(opened.current).toBe(w.leadsTo.question);
        expect(w.leadsTo.kind).not.toBe('broken');
        // A different answer never leads back to the same place with the same answers.
        expect(w.answers).not.toEqual(answers);
      }
    });

    it('applies the strong-isolation recommendation exactly when the answers call for it', () => {
      const callsForIt = ['strong_isolation', 'oci_strong_isolation', 'vm_boundary'].some(
        (q) => answers[q] === 'yes',
      );
      const applied = result.recommendations.map((r) => r.recommendation.scenarioId);
      expect(applied.includes('strong_isolation')).toBe(callsForIt);
    });

    it('shows only case studies of the recommended runtime', () => {
      for (const id of result.caseStudyIds) {
        expect(content.caseStudies.find((c) => c.id === id)?.runtime).toBe(runtime);
      }
    });
  });
});

describe('the guide’s facts, surfaced', () => {
  const guide = requireTree('guide');
  const full = requireTree('full');
  const whyNot = (result: Explanation, runtime: string) => {
    const found = result.whyNot.find((w) => w.runtime === runtime);
    if (!found) throw new Error(`no why-not for ${runtime}`);
    return found;
  };

  it('resource-constrained and strong isolation: WasmEdge, with Kata first and gVisor second for strong isolation', () => {
    const result = explainPath(guide, { resource_constrained: 'yes', strong_isolation: 'yes' });
    expect(result.runtime).toBe('wasmedge');
    // The guide rates WasmEdge's resource use very low and its isolation very high.
    expect(result.needs.map((n) => [n.need.feature.id, n.subject.cell])).toEqual([
      ['resource_use', { kind: 'level', level: 'very_low', text: { en: 'very low', zh: '极低' } }],
      ['isolation', { kind: 'level', level: 'very_high', text: { en: 'very high', zh: '极高' } }],
    ]);
    const strong = result.recommendations.find(
      (r) => r.recommendation.scenarioId === 'strong_isolation',
    );
    expect(strong?.recommendation.first.runtime).toBe('kata');
    expect(strong?.recommendation.alternative.runtime).toBe('gvisor');
    // Kata's 100-200MB is too much for a constrained environment; runc's isolation too weak.
    expect(whyNot(result, 'kata').fails.map((f) => f.need.feature.id)).toEqual(['resource_use']);
    expect(whyNot(result, 'runc').fails.map((f) => f.need.feature.id)).toEqual(['isolation']);
    expect(whyNot(result, 'gvisor').verdict).toBe('second');
    // The guide's 5 stars for WasmEdge isolation are shown beside our (labelled) doubt.
    const isolation = result.needs.find((n) => n.need.feature.id === 'isolation');
    expect(isolation?.subject.published.map((f) => f.source.kind)).toContain('inference');
    expect(result.scenarios.map((m) => m.scenario.id)).toEqual(['edge']);
    expect(result.caseStudyIds).toEqual(['edge_nodes']);
    // WasmEdge 0.14.1, which the 2025 recommendation names, is outdated.
    expect(result.recommendationNotes.map((f) => f.id)).toEqual(['wasmedge_version']);
  });

  it('fast startup: every other runtime is ruled out by its startup speed', () => {
    const result = explainPath(guide, { resource_constrained: 'no', fast_startup: 'yes' });
    for (const w of result.whyNot) {
      expect(
        w.fails.map((f) => f.need.feature.id),
        w.runtime,
      ).toEqual(['startup_speed']);
      // …and the published start-up figures that contradict the guide's are attached.
      const disputes = w.fails[0]?.subject.published.filter((f) => f.relation === 'disagrees');
      expect(disputes?.length, w.runtime).toBeGreaterThan(0);
    }
    expect(result.scenarios.map((m) => m.scenario.id).sort()).toEqual([
      'ai_inference',
      'serverless',
    ]);
  });

  it('GPU: gVisor is ruled out by the guide and the nvproxy figure says otherwise', () => {
    const result = explainPath(guide, {
      resource_constrained: 'no',
      fast_startup: 'no',
      gpu: 'yes',
    });
    const gvisor = whyNot(result, 'gvisor');
    expect(gvisor.fails.map((f) => f.need.feature.id)).toEqual(['gpu']);
    expect(gvisor.fails[0]?.subject.published.map((f) => f.id)).toContain('gvisor_gpu_nvproxy');
    expect(result.scenarios.map((m) => m.scenario.id)).toEqual(['ai_inference']);
    expect(result.caseStudyIds).toEqual(['ai_inference_service']);
    // WasmEdge's GPU use is narrower than "yes" suggests: WASI-NN plugins.
    const gpu = result.needs.find((n) => n.need.feature.id === 'gpu');
    expect(gpu?.subject.published.map((f) => f.id)).toContain('wasmedge_gpu_wasi_nn');
  });

  it('no special needs: runc, for microservices, with no 2025 recommendation to cite', () => {
    const result = explainPath(guide, {
      resource_constrained: 'no',
      fast_startup: 'no',
      gpu: 'no',
    });
    expect(result.needs).toEqual([]);
    expect(result.scenarios.map((m) => m.scenario.id)).toEqual(['microservices']);
    expect(result.recommendations).toEqual([]);
    // WasmEdge's weaker compatibility is what the guide's runc has over it.
    expect(whyNot(result, 'wasmedge').recommendedBetter.map((c) => c.feature.id)).toContain(
      'compatibility',
    );
    // Kata and gVisor: not in the guide's tree, reachable in the extended one.
    for (const id of ['kata', 'gvisor']) {
      expect(whyNot(result, id).inTree).toBe(false);
      expect(whyNot(result, id).route?.treeId).toBe('full');
    }
  });

  it('extended tree, VM boundary not required: gVisor, with Kata as the guide’s first choice', () => {
    const result = explainPath(full, {
      existing_images: 'yes',
      oci_strong_isolation: 'yes',
      oci_gpu: 'no',
      vm_boundary: 'no',
    });
    expect(result.runtime).toBe('gvisor');
    const kata = whyNot(result, 'kata');
    expect(kata.fails).toEqual([]);
    expect(kata.recommendations.map((r) => r.role)).toEqual(['first']);
    expect(kata.turnedAway?.question.id).toBe('vm_boundary');
    // The guide's "no GPU" for gVisor is shown with the published nvproxy support.
    const gpu = result.weaknesses.find((s) => s.feature.id === 'gpu');
    expect(gpu?.disputes.map((f) => f.id)).toContain('gvisor_gpu_nvproxy');
  });
});

describe('matrix presets', () => {
  const tree = requireTree(content.matrix.treeId);

  it('open the wizard on the question each scenario leaves to the user', () => {
    const lands = content.matrix.scenarios.map((scenario) => {
      const preset = matrixPreset(content.matrix, tree, scenario.id);
      const where =
        preset?.lands.kind === 'question'
          ? preset.lands.question.id
          : preset?.lands.kind === 'outcome'
            ? `outcome:${preset.lands.outcome.runtime}`
            : 'none';
      return [scenario.id, preset?.answers, where];
    });
    // From the guide's matrix: edge is yes/yes/yes/no; AI and serverless leave "resource
    // constrained" open (⚠️); microservices answers it no and leaves "fast startup" open.
    expect(lands).toEqual([
      ['edge', { resource_constrained: 'yes', strong_isolation: 'yes' }, 'outcome:wasmedge'],
      ['ai_inference', {}, 'resource_constrained'],
      ['serverless', {}, 'resource_constrained'],
      ['microservices', { resource_constrained: 'no' }, 'fast_startup'],
    ]);
  });

  it('never put an answer the wizard would drop into the link', () => {
    for (const scenario of content.matrix.scenarios) {
      const preset = matrixPreset(content.matrix, tree, scenario.id);
      if (!preset) throw new Error(scenario.id);
      expect(resolvePath(tree, preset.answers).dropped).toEqual([]);
      // Where it lands is a question the matrix leaves open, or an outcome of its runtime.
      if (preset.lands.kind === 'question') expect(preset.open).toContain(preset.lands.question.id);
      if (preset.lands.kind === 'outcome')
        expect(preset.lands.outcome.runtime).toBe(scenario.runtime);
    }
  });
});

describe('criteria and published practices', () => {
  it('point at questions, answers, feature rows and recommendations that exist', () => {
    const questions = content.trees.flatMap((tree) =>
      tree.nodes.filter((node) => node.kind === 'question'),
    );
    for (const criterion of content.criteria) {
      const question = questions.find((q) => q.id === criterion.questionId);
      expect(question, criterion.id).toBeDefined();
      expect(
        question?.answers.map((a) => a.id),
        criterion.id,
      ).toContain(criterion.answerId);
      const row = content.features.find((f) => f.id === criterion.feature);
      expect(row, criterion.id).toBeDefined();
      const values = Object.values(row?.values ?? {}).map(cellValue);
      for (const value of criterion.acceptable) expect(values, criterion.id).toContain(value);
      if (criterion.recommendation !== undefined) {
        expect(
          content.practice2025.recommendations.map((r) => r.scenarioId),
          criterion.id,
        ).toContain(criterion.recommendation);
      }
    }
  });

  it('read every "yes" of both trees against the guide’s tables', () => {
    const questionIds = new Set(
      content.trees.flatMap((tree) =>
        tree.nodes.filter((node) => node.kind === 'question').map((node) => node.id),
      ),
    );
    expect(new Set(content.criteria.map((c) => c.questionId))).toEqual(questionIds);
  });

  it('cite published sources for gVisor, where the guide has no best practices', () => {
    expect(content.runtimes.find((r) => r.id === 'gvisor')?.bestPractices).toEqual([]);
    const gvisor = content.publishedPractices.filter((p) => p.runtime === 'gvisor');
    expect(gvisor.length).toBeGreaterThan(0);
    for (const practice of content.publishedPractices) {
      expect(content.runtimes.map((r) => r.id)).toContain(practice.runtime);
      expect(practice.source.kind, practice.id).toBe('citation');
    }
  });
});
