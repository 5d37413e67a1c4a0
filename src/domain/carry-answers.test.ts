import { describe, expect, it } from 'vitest';
import { builtInContent } from '../content';
import { carryAnswers } from './carry-answers';
import { resolvePath } from './engine';
import type { DecisionTree } from './tree';

function tree(id: string): DecisionTree {
  const found = builtInContent.trees.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no tree ${id}`);
  return found;
}

describe('carryAnswers', () => {
  const guide = tree('guide');
  const full = tree('full');

  it('carries a guide walk into the extended tree through its way into the shared questions', () => {
    const answers = { resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' };
    const carried = carryAnswers(guide, answers, full);
    const walked = resolvePath(full, carried);
    expect(walked.dropped).toEqual([]);
    expect(walked.steps.map((step) => step.question.id)).toEqual([
      full.root,
      ...Object.keys(answers),
    ]);
    expect(walked.outcome?.runtime).toBe(resolvePath(guide, answers).outcome?.runtime);
  });

  it('carries the shared answers of an extended walk back into the guide tree', () => {
    const answers = { existing_images: 'no', resource_constrained: 'yes', strong_isolation: 'no' };
    const carried = carryAnswers(full, answers, guide);
    expect(carried).toEqual({ resource_constrained: 'yes', strong_isolation: 'no' });
    expect(resolvePath(guide, carried).outcome?.runtime).toBe(
      resolvePath(full, answers).outcome?.runtime,
    );
  });

  it('carries nothing the other tree does not ask', () => {
    const answers = { existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'no' };
    expect(carryAnswers(full, answers, guide)).toEqual({});
    expect(carryAnswers(guide, {}, full)).toEqual({});
  });

  it('keeps an answer only where the other tree has that answer to that question', () => {
    const other: DecisionTree = {
      ...guide,
      id: 'other',
      nodes: guide.nodes.map((node) =>
        node.kind === 'question' && node.id === 'gpu'
          ? { ...node, answers: node.answers.filter((answer) => answer.id === 'no') }
          : node,
      ),
    };
    const carried = carryAnswers(guide, { resource_constrained: 'no', gpu: 'yes' }, other);
    expect(carried).toEqual({ resource_constrained: 'no' });
  });
});
