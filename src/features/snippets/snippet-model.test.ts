import { describe, expect, it } from 'vitest';
import { builtInContent } from '../../content';
import { withCurrentSnippets } from '../../content/current-snippets';
import type { Snippet } from '../../content/schema';
import {
  buildRuntimeSnippets,
  joinForCopy,
  resolveTarget,
  snippetFileName,
  TARGET_ORDER,
} from './snippet-model';

function snippet(overrides: Partial<Snippet> & Pick<Snippet, 'id'>): Snippet {
  return {
    runtime: 'gvisor',
    title: { en: `Title ${overrides.id}`, zh: `标题 ${overrides.id}` },
    language: 'bash',
    code: { en: `echo ${overrides.id}`, zh: `echo ${overrides.id}` },
    origin: 'current',
    source: { kind: 'guide' },
    ...overrides,
  };
}

describe('buildRuntimeSnippets', () => {
  const sample: Snippet[] = [
    snippet({ id: 'smoke', target: 'k3s', step: 'smoke' }),
    snippet({ id: 'gpu_b', target: 'k3s', step: 'gpu' }),
    snippet({ id: 'install', target: 'k3s', step: 'install' }),
    snippet({ id: 'gpu_a', target: 'k3s', step: 'gpu' }),
    snippet({ id: 'pod', target: 'k3s', step: 'pod' }),
    snippet({ id: 'ctr_install', target: 'ctr', step: 'install' }),
    snippet({ id: 'c2_install', target: 'k8s_containerd2', step: 'install' }),
    snippet({ id: 'loose', step: 'install' }),
    snippet({ id: 'guide', origin: 'guide' }),
    snippet({ id: 'other_runtime', runtime: 'kata', target: 'k3s', step: 'install' }),
  ];

  it('groups a runtime’s current snippets by target, in target and step order', () => {
    const model = buildRuntimeSnippets(sample, 'gvisor');
    expect(model.sets.map((set) => set.target)).toEqual(['k8s_containerd2', 'k3s', 'ctr']);
    const k3s = model.sets.find((set) => set.target === 'k3s');
    expect(k3s?.steps.map((s) => s.id)).toEqual(['install', 'pod', 'smoke']);
    // GPU blocks keep their content order.
    expect(k3s?.gpu.map((s) => s.id)).toEqual(['gpu_b', 'gpu_a']);
  });

  it('keeps untargeted and guide snippets apart, and other runtimes out', () => {
    const model = buildRuntimeSnippets(sample, 'gvisor');
    expect(model.untargeted.map((s) => s.id)).toEqual(['loose']);
    expect(model.guide.map((s) => s.id)).toEqual(['guide']);
    expect(buildRuntimeSnippets(sample, 'nope')).toEqual({ sets: [], untargeted: [], guide: [] });
  });

  it('gives every built-in runtime all four targets, and the guide’s example where it has one', () => {
    for (const runtime of builtInContent.runtimes) {
      const model = buildRuntimeSnippets(withCurrentSnippets(builtInContent.snippets), runtime.id);
      expect(
        model.sets.map((set) => set.target),
        runtime.id,
      ).toEqual(TARGET_ORDER);
      expect(model.guide.length, runtime.id).toBe(runtime.id === 'gvisor' ? 0 : 1);
      expect(model.untargeted, runtime.id).toEqual([]);
    }
  });
});

describe('resolveTarget', () => {
  const sets = buildRuntimeSnippets(
    [
      snippet({ id: 'a', target: 'k3s', step: 'install' }),
      snippet({ id: 'b', target: 'ctr', step: 'install' }),
    ],
    'gvisor',
  ).sets;

  it('uses the requested target when the runtime has it, otherwise the first', () => {
    expect(resolveTarget('ctr', sets)).toBe('ctr');
    expect(resolveTarget('k8s_containerd1', sets)).toBe('k3s');
    expect(resolveTarget(undefined, sets)).toBe('k3s');
    expect(resolveTarget(['ctr', 'k3s'], sets)).toBe('k3s');
    expect(resolveTarget('__proto__', sets)).toBe('k3s');
    expect(resolveTarget('k3s', [])).toBeUndefined();
  });
});

describe('snippetFileName', () => {
  it('uses the content’s name, or builds runtime-target-step.ext', () => {
    expect(snippetFileName(snippet({ id: 'x', filename: 'given.sh' }))).toBe('given.sh');
    expect(
      snippetFileName(snippet({ id: 'x', target: 'k3s', step: 'pod', language: 'yaml' })),
    ).toBe('gvisor-k3s-pod.yaml');
    expect(snippetFileName(snippet({ id: 'x', origin: 'guide', runtime: 'kata' }))).toBe(
      'kata-from-guide-2025.sh',
    );
    expect(snippetFileName(snippet({ id: 'my_thing', language: 'toml' }))).toBe(
      'gvisor-snippet-my-thing.toml',
    );
  });

  it('gives the built-in guide examples distinct names', () => {
    const names = builtInContent.snippets
      .filter((s) => s.origin === 'guide')
      .map((s) => snippetFileName(s));
    expect(names).toEqual([
      'wasmedge-from-guide-2025.sh',
      'runc-from-guide-2025.sh',
      'kata-from-guide-2025.sh',
    ]);
  });
});

describe('joinForCopy', () => {
  it('joins the blocks in order, each under a comment naming it', () => {
    const text = joinForCopy(
      [
        snippet({ id: 'a', target: 'k3s', step: 'install' }),
        snippet({
          id: 'b',
          target: 'k3s',
          step: 'pod',
          language: 'yaml',
          code: { en: 'kind: Pod', zh: 'kind: Pod' },
        }),
      ],
      'zh',
    );
    expect(text).toBe(
      '# ----- 1. 标题 a (gvisor-k3s-install.sh) -----\necho a\n\n# ----- 2. 标题 b (gvisor-k3s-pod.yaml) -----\nkind: Pod',
    );
  });
});
