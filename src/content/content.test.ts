import { describe, expect, it } from 'vitest';
import { withCurrentSnippets } from './current-snippets';
import { currentSnippets } from './guide/snippets-current';
import { builtInContent, getRuntime, getTree } from './index';
import { checkContentIntegrity, parseContent } from './integrity';
import { Content, type Tree } from './schema';

/** The built-in content with the current snippet sets, which load separately, added back. */
const complete: Content = {
  ...builtInContent,
  snippets: withCurrentSnippets(builtInContent.snippets),
};

// The guide's own examples; the current sets (origin 'current') are checked in snippets.test.ts.
const guideSnippets = builtInContent.snippets.filter((snippet) => snippet.origin === 'guide');

// ---------------------------------------------------------------- helpers

interface LocalizedAt {
  path: string;
  en: string;
  zh: string;
}

/** Every Localized ({ en, zh }) object in the content, with its JSON path. */
function localizedStrings(value: unknown, path = ''): LocalizedAt[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => localizedStrings(item, `${path}[${i}]`));
  }
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const { en, zh } = record;
  if (keys.join() === 'en,zh' && typeof en === 'string' && typeof zh === 'string') {
    return [{ path, en, zh }];
  }
  return keys.flatMap((key) => localizedStrings(record[key], path ? `${path}.${key}` : key));
}

const CJK = /[\u3400-\u9fff]/;

// Words that stay the same in Chinese text: product names, units, technical terms. An English
// string made only of these (plus digits and punctuation) may be copied into zh unchanged.
const UNTRANSLATED = [
  /\d+(?:\.\d+)?\s?(?:ms|s|MB|MiB)\b/g,
  /\b(?:WasmEdge|runc|containerd|Kata Containers|gVisor|Serverless|GPU|AI|P99)\b/g,
  /\b(?:Google Cloud|Microsoft Azure|Amazon Web Services|GKE Sandbox|AKS Pod Sandboxing|AWS Fargate|GKE|AKS|EKS on|EKS)\b/g,
];

function needsTranslation(en: string): boolean {
  const rest = UNTRANSLATED.reduce((text, pattern) => text.replace(pattern, ' '), en);
  return /[A-Za-z]{2,}/.test(rest);
}

type Answers = Record<string, string>;

/** Every root-to-outcome path of a tree, as the answers given and the runtime reached. */
function allPaths(tree: Tree): { answers: Answers; runtime: string }[] {
  const byId = new Map(tree.nodes.map((node) => [node.id, node]));
  const paths: { answers: Answers; runtime: string }[] = [];
  const visit = (id: string, answers: Answers, depth: number): void => {
    const node = byId.get(id);
    if (!node || depth > tree.nodes.length) throw new Error(`bad tree at ${id}`);
    if (node.kind === 'outcome') {
      paths.push({ answers, runtime: node.runtime });
      return;
    }
    for (const answer of node.answers) {
      visit(answer.next, { ...answers, [node.id]: answer.id }, depth + 1);
    }
  };
  visit(tree.root, {}, 0);
  return paths;
}

function sorted<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function requireTree(id: string): Tree {
  const tree = getTree(builtInContent, id);
  if (!tree) throw new Error(`no tree ${id}`);
  return tree;
}

// ---------------------------------------------------------------- validity

describe('built-in content', () => {
  for (const [name, content] of [
    ['as every page loads it', builtInContent],
    ['with the current snippet sets', complete],
  ] as const) {
    it(`passes the schema, ${name}`, () => {
      expect(() => Content.parse(content)).not.toThrow();
    });

    it(`has no integrity problems, ${name}`, () => {
      expect(checkContentIntegrity(content)).toEqual([]);
    });

    it(`survives a JSON round trip through parseContent, as a custom content file would, ${name}`, () => {
      const result = parseContent(JSON.parse(JSON.stringify(content)));
      expect(result).toEqual({ ok: true, content });
    });
  }

  it('loads the current snippet sets separately, and has no others', () => {
    expect(builtInContent.snippets.every((snippet) => snippet.origin === 'guide')).toBe(true);
    expect(complete.snippets.filter((snippet) => snippet.origin === 'current')).toEqual(
      currentSnippets,
    );
  });

  it('has the stable ids share links use', () => {
    expect(builtInContent.defaultTree).toBe('guide');
    expect(builtInContent.trees.map((tree) => tree.id)).toEqual(['guide', 'full']);
    expect(builtInContent.runtimes.map((runtime) => runtime.id)).toEqual([
      'wasmedge',
      'runc',
      'kata',
      'gvisor',
    ]);
    expect(getRuntime(builtInContent, 'runc')?.name.en).toBe('runc/containerd');
    expect(getRuntime(builtInContent, 'firecracker')).toBeUndefined();
    expect(getTree(builtInContent, 'nope')).toBeUndefined();
  });
});

// ---------------------------------------------------------------- both languages

describe('question help', () => {
  it('explains every question of every built-in tree, in both languages, beyond its text', () => {
    const questions = builtInContent.trees.flatMap((tree) =>
      tree.nodes.flatMap((node) => (node.kind === 'question' ? [{ tree: tree.id, node }] : [])),
    );
    expect(questions.length).toBeGreaterThanOrEqual(8);
    for (const { tree, node } of questions) {
      for (const lang of ['en', 'zh'] as const) {
        const help = node.help[lang].trim();
        // A sentence of its own, not the question again.
        expect(help.length, `${tree}/${node.id} ${lang}`).toBeGreaterThan(40);
        expect(help, `${tree}/${node.id} ${lang}`).not.toBe(node.text[lang].trim());
      }
    }
  });
});

describe('translations', () => {
  const strings = localizedStrings(complete);

  it('finds the localized strings', () => {
    expect(strings.length).toBeGreaterThan(300);
  });

  it('has every string in both languages', () => {
    const empty = strings.filter(({ en, zh }) => en.trim() === '' || zh.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has Chinese text in zh wherever en has words (no untranslated copies)', () => {
    const untranslated = strings.filter(({ en, zh }) => needsTranslation(en) && !CJK.test(zh));
    expect(untranslated).toEqual([]);
  });

  it('has no Chinese text in en (no swapped languages)', () => {
    expect(strings.filter(({ en }) => CJK.test(en))).toEqual([]);
  });

  it('treats names, units and figures as language-neutral', () => {
    expect(needsTranslation('WasmEdge')).toBe(false);
    expect(needsTranslation('<10ms')).toBe(false);
    expect(needsTranslation('< 5 ms (P99)')).toBe(false);
    expect(needsTranslation('Kata Containers · VM-level isolation')).toBe(true);
  });
});

// ---------------------------------------------------------------- provenance

describe('provenance', () => {
  it('gives every figure-bearing item a source', () => {
    const items = [
      ...builtInContent.runtimes,
      ...builtInContent.performance,
      ...builtInContent.publishedFigures,
      ...complete.snippets,
      ...builtInContent.caseStudies,
      builtInContent.matrix,
      builtInContent.practice2025,
    ];
    for (const item of items) {
      expect(['guide', 'citation', 'inference']).toContain(item.source.kind);
    }
  });

  it('marks the guide’s own material as the guide’s', () => {
    const guideItems = [
      ...builtInContent.runtimes,
      ...builtInContent.performance,
      ...guideSnippets,
      ...builtInContent.caseStudies,
      builtInContent.matrix,
      builtInContent.practice2025,
    ];
    expect(guideItems.every((item) => item.source.kind === 'guide')).toBe(true);
  });

  it('cites published figures with an https URL and a date, or states the basis of an inference', () => {
    expect(builtInContent.publishedFigures.length).toBeGreaterThan(0);
    for (const figure of builtInContent.publishedFigures) {
      const { source } = figure;
      expect(source.kind, figure.id).not.toBe('guide');
      if (source.kind === 'citation') {
        expect(source.url, figure.id).toMatch(/^https:\/\/[^\s]+$/);
        expect(source.date, figure.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(source.title.length, figure.id).toBeGreaterThan(5);
      } else if (source.kind === 'inference') {
        expect(source.basis.en.length, figure.id).toBeGreaterThan(20);
      }
    }
  });

  it('labels the judgement about WasmEdge isolation as an inference', () => {
    const isolation = builtInContent.publishedFigures.filter(
      (figure) => figure.runtime === 'wasmedge' && figure.metric === 'isolation',
    );
    expect(isolation.map((figure) => figure.source.kind)).toEqual(['inference']);
  });

  it('shows a disagreeing published figure for each disputed guide figure', () => {
    const disputes: [string, string][] = [
      ['runc', 'cold_start'],
      ['runc', 'memory'],
      ['kata', 'cold_start'],
      ['gvisor', 'cold_start'],
      ['gvisor', 'gpu'],
      ['wasmedge', 'version'],
      ['wasmedge', 'install'],
      ['kata', 'install'],
    ];
    for (const [runtime, metric] of disputes) {
      const found = builtInContent.publishedFigures.some(
        (figure) =>
          figure.runtime === runtime && figure.metric === metric && figure.relation === 'disagrees',
      );
      expect(found, `${runtime} ${metric}`).toBe(true);
    }
  });

  it('gives cold-start and memory quantities in a sensible order', () => {
    const quantities = [
      ...builtInContent.performance.flatMap((row) => [row.coldStartMs, row.memoryMb]),
      ...builtInContent.publishedFigures.flatMap((figure) => figure.quantity ?? []),
    ];
    for (const quantity of quantities) {
      if (quantity.bound === 'range') {
        expect(quantity.min, quantity.display.en).toBeDefined();
        expect(quantity.min ?? 0, quantity.display.en).toBeLessThan(quantity.max);
      } else {
        expect(quantity.min, quantity.display.en).toBeUndefined();
      }
    }
  });
});

// ---------------------------------------------------------------- the guide, faithfully

describe('the guide tree', () => {
  const guide = requireTree('guide');

  it('is the guide’s own tree', () => {
    expect(guide.origin).toBe('guide');
    expect(guide.root).toBe('resource_constrained');
    expect(guide.nodes.map((node) => node.id)).toEqual([
      'resource_constrained',
      'strong_isolation',
      'fast_startup',
      'gpu',
      'wasmedge',
      'runc',
    ]);
  });

  it('has exactly the guide’s five paths', () => {
    expect(sorted(allPaths(guide))).toEqual(
      sorted([
        { answers: { resource_constrained: 'yes', strong_isolation: 'yes' }, runtime: 'wasmedge' },
        { answers: { resource_constrained: 'yes', strong_isolation: 'no' }, runtime: 'runc' },
        { answers: { resource_constrained: 'no', fast_startup: 'yes' }, runtime: 'wasmedge' },
        {
          answers: { resource_constrained: 'no', fast_startup: 'no', gpu: 'yes' },
          runtime: 'wasmedge',
        },
        { answers: { resource_constrained: 'no', fast_startup: 'no', gpu: 'no' }, runtime: 'runc' },
      ]),
    );
  });

  it('keeps the guide’s wording and labels', () => {
    const questions = guide.nodes.filter((node) => node.kind === 'question');
    expect(questions.map((node) => node.guideText)).toEqual([
      '资源受限?',
      '需要强隔离?',
      '需要快速启动?',
      '需要GPU?',
    ]);
    for (const question of questions) {
      expect(question.answers.map((answer) => [answer.id, answer.label])).toEqual([
        ['yes', { en: 'Yes', zh: '是' }],
        ['no', { en: 'No', zh: '否' }],
      ]);
    }
    const outcomes = guide.nodes.filter((node) => node.kind === 'outcome');
    expect(outcomes.map((node) => [node.runtime, node.label.zh, node.scenario.zh])).toEqual([
      ['wasmedge', 'WasmEdge · Y=4 沙盒隔离', '边缘/AI/Serverless场景'],
      ['runc', 'runc · Y=3 容器隔离', '传统微服务场景'],
    ]);
  });
});

describe('the full tree', () => {
  const full = requireTree('full');
  const guide = requireTree('guide');

  it('is labelled as our extension', () => {
    expect(full.origin).toBe('extension');
    expect(full.description.en).toMatch(/extension/i);
  });

  it('contains the guide’s nodes unchanged (but for the counterparts that point into it)', () => {
    for (const node of guide.nodes) {
      const { counterparts, ...rest } =
        node.kind === 'question' ? node : { ...node, counterparts: undefined };
      expect(full.nodes.find((candidate) => candidate.id === node.id)).toEqual(rest);
      if (counterparts) {
        for (const target of Object.values(counterparts)) {
          expect(full.nodes.some((candidate) => candidate.id === target)).toBe(true);
        }
      }
    }
  });

  it('continues with the guide’s five paths on existing_images=no', () => {
    const onNo = allPaths(full).filter((path) => path.answers.existing_images === 'no');
    const guidePaths = allPaths(guide).map((path) => ({
      answers: { existing_images: 'no', ...path.answers },
      runtime: path.runtime,
    }));
    expect(sorted(onNo)).toEqual(sorted(guidePaths));
  });

  it('reaches runc, Kata and gVisor for existing images', () => {
    const onYes = allPaths(full).filter((path) => path.answers.existing_images === 'yes');
    expect(sorted(onYes)).toEqual(
      sorted([
        { answers: { existing_images: 'yes', oci_strong_isolation: 'no' }, runtime: 'runc' },
        {
          answers: { existing_images: 'yes', oci_strong_isolation: 'yes', oci_gpu: 'yes' },
          runtime: 'kata',
        },
        {
          answers: {
            existing_images: 'yes',
            oci_strong_isolation: 'yes',
            oci_gpu: 'no',
            vm_boundary: 'yes',
          },
          runtime: 'kata',
        },
        {
          answers: {
            existing_images: 'yes',
            oci_strong_isolation: 'yes',
            oci_gpu: 'no',
            vm_boundary: 'no',
          },
          runtime: 'gvisor',
        },
      ]),
    );
  });

  it('can reach every runtime', () => {
    const reached = new Set(allPaths(full).map((path) => path.runtime));
    expect([...reached].sort()).toEqual(['gvisor', 'kata', 'runc', 'wasmedge']);
  });
});

describe('the guide’s tables', () => {
  it('keeps the decision matrix cells', () => {
    const rows = builtInContent.matrix.scenarios.map((scenario) => [
      scenario.id,
      ...builtInContent.matrix.criteria.map((criterion) => scenario.cells[criterion.id]),
      scenario.runtime,
    ]);
    expect(builtInContent.matrix.criteria.map((criterion) => criterion.questionId)).toEqual([
      'resource_constrained',
      'fast_startup',
      'strong_isolation',
      'gpu',
    ]);
    expect(rows).toEqual([
      ['edge', 'yes', 'yes', 'yes', 'no', 'wasmedge'],
      ['ai_inference', 'partly', 'yes', 'yes', 'yes', 'wasmedge'],
      ['serverless', 'partly', 'yes', 'yes', 'no', 'wasmedge'],
      ['microservices', 'no', 'partly', 'partly', 'no', 'runc'],
    ]);
  });

  it('keeps the performance table', () => {
    const rows = builtInContent.performance.map((row) => [
      row.runtime,
      row.coldStartMs.display.zh,
      row.memoryMb.display.zh,
      row.isolationStars,
      row.gpu,
      row.compatibility,
    ]);
    expect(rows).toEqual([
      ['wasmedge', '<10ms', '1-5MB', 5, 'yes', 'partly'],
      ['runc', '1-5s', '10-50MB', 3, 'partly', 'yes'],
      ['kata', '5-15s', '100-200MB', 5, 'partly', 'yes'],
      ['gvisor', '2-5s', '20-50MB', 4, 'no', 'partly'],
    ]);
  });

  it('keeps the feature table', () => {
    const cell = (value: Content['features'][number]['values'][string] | undefined) =>
      value === undefined ? undefined : value.kind === 'level' ? value.text.zh : value.support;
    const rows = builtInContent.features.map((row) => [
      row.id,
      ...['wasmedge', 'runc', 'kata', 'gvisor'].map((runtime) => cell(row.values[runtime])),
    ]);
    expect(rows).toEqual([
      ['startup_speed', '极快', '慢', '慢', '中等'],
      ['resource_use', '极低', '低', '高', '中等'],
      ['isolation', '极高', '中等', '极高', '高'],
      ['gpu', 'yes', 'partly', 'partly', 'no'],
      ['compatibility', 'partly', 'yes', 'yes', 'partly'],
      ['ecosystem', 'partly', 'yes', 'partly', 'partly'],
    ]);
  });

  it('leaves empty what the guide does not say', () => {
    const kata = getRuntime(builtInContent, 'kata');
    const gvisor = getRuntime(builtInContent, 'gvisor');
    expect(kata?.advantages).toEqual([]);
    expect(gvisor?.advantages).toEqual([]);
    expect(gvisor?.bestPractices).toEqual([]);
    expect(guideSnippets.some((snippet) => snippet.runtime === 'gvisor')).toBe(false);
  });

  it('keeps the snippets’ commands identical in both languages', () => {
    for (const snippet of guideSnippets) {
      const commands = (code: string) => code.split('\n').filter((line) => !line.startsWith('#'));
      expect(commands(snippet.code.en), snippet.id).toEqual(commands(snippet.code.zh));
      expect(snippet.code.en.split('\n').length, snippet.id).toBe(
        snippet.code.zh.split('\n').length,
      );
      expect(snippet.origin).toBe('guide');
      expect(snippet.note?.en, snippet.id).toBeTruthy();
    }
  });
});
