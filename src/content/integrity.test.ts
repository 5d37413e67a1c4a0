import { describe, expect, it } from 'vitest';
import { countProblems } from './custom-file';
import { builtInContent } from './index';
import { checkContentIntegrity, formatPath, parseContent, type ContentProblem } from './integrity';
import type { Content } from './schema';

/** A deep copy (JSON, so the trees no longer share node objects) with one mistake in it. */
function variant(mutate: (content: Content) => void): Content {
  const copy = JSON.parse(JSON.stringify(builtInContent)) as Content;
  mutate(copy);
  return copy;
}

const REMOVE = Symbol('remove');
type Edit = [path: (string | number)[], value: unknown];

/** A JSON copy for parseContent with raw edits, so that wrong types can be written. */
function rawVariant(...edits: Edit[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(builtInContent));
  for (const [path, value] of edits) {
    const parent = path.slice(0, -1).reduce<unknown>((current, key) => {
      if (typeof current !== 'object' || current === null) throw new Error(`no ${String(key)}`);
      return (current as Record<string, unknown>)[key];
    }, copy);
    const key = path[path.length - 1];
    if (typeof parent !== 'object' || parent === null || key === undefined) {
      throw new Error(`cannot edit ${path.join('.')}`);
    }
    if (value === REMOVE) Reflect.deleteProperty(parent, key);
    else Reflect.set(parent, key, value);
  }
  return copy;
}

function guideTree(content: Content): Content['trees'][number] {
  const tree = content.trees[0];
  if (tree?.id !== 'guide') throw new Error('expected the guide tree first');
  return tree;
}

function nodeIndex(id: string): number {
  const index = guideTree(builtInContent).nodes.findIndex((node) => node.id === id);
  if (index < 0) throw new Error(`no node ${id}`);
  return index;
}

function question(content: Content, id: string) {
  const node = guideTree(content).nodes[nodeIndex(id)];
  if (node?.kind !== 'question') throw new Error(`${id} is not a question`);
  return node;
}

function answer(content: Content, id: string, answerId: string) {
  const found = question(content, id).answers.find((a) => a.id === answerId);
  if (!found) throw new Error(`no answer ${answerId}`);
  return found;
}

function problemsOf(result: ReturnType<typeof parseContent>): ContentProblem[] {
  return result.ok ? [] : result.problems;
}

const gpu = nodeIndex('gpu');
const NODE_COUNT = guideTree(builtInContent).nodes.length;

describe('formatPath', () => {
  it('writes JSON paths', () => {
    expect(formatPath(['trees', 0, 'nodes', 3, 'answers', 1, 'next'])).toBe(
      'trees[0].nodes[3].answers[1].next',
    );
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['features', 0, 'values', 'odd key'])).toBe('features[0].values["odd key"]');
  });
});

describe('checkContentIntegrity: trees', () => {
  it('reports a cycle with the node ids on it', () => {
    const content = variant((c) => {
      answer(c, 'gpu', 'no').next = 'resource_constrained';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${gpu}].answers[1].next`,
        nodeId: 'gpu',
        message:
          'answers form a cycle: resource_constrained -> fast_startup -> gpu -> resource_constrained',
      },
    ]);
  });

  it('reports a question that loops on itself and has no way out', () => {
    const content = variant((c) => {
      answer(c, 'gpu', 'yes').next = 'gpu';
      answer(c, 'gpu', 'no').next = 'gpu';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${gpu}].answers[0].next`,
        nodeId: 'gpu',
        message: 'answers form a cycle: gpu -> gpu',
      },
      {
        path: `trees[0].nodes[${gpu}]`,
        nodeId: 'gpu',
        message: 'no sequence of answers from question "gpu" leads to an outcome',
      },
    ]);
  });

  it('reports a dangling edge', () => {
    const content = variant((c) => {
      answer(c, 'gpu', 'no').next = 'nowhere';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${gpu}].answers[1].next`,
        nodeId: 'gpu',
        message: 'answer "no" leads to "nowhere", which is not a node of tree "guide"',
      },
    ]);
  });

  it('reports a duplicate node id', () => {
    const content = variant((c) => {
      const tree = guideTree(c);
      const outcome = tree.nodes[nodeIndex('wasmedge')];
      if (outcome) tree.nodes.push({ ...outcome });
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${NODE_COUNT}].id`,
        nodeId: 'wasmedge',
        message: `duplicate node id "wasmedge": already used by trees[0].nodes[${nodeIndex('wasmedge')}]`,
      },
    ]);
  });

  it('reports an outcome naming an unknown runtime', () => {
    const content = variant((c) => {
      const outcome = guideTree(c).nodes[nodeIndex('wasmedge')];
      if (outcome?.kind === 'outcome') outcome.runtime = 'firecracker';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${nodeIndex('wasmedge')}].runtime`,
        nodeId: 'wasmedge',
        message: 'unknown runtime "firecracker" (known runtimes: wasmedge, runc, kata, gvisor)',
      },
    ]);
  });

  it('reports an unreachable node', () => {
    const content = variant((c) => {
      guideTree(c).nodes.push({
        kind: 'question',
        id: 'orphan',
        text: { en: 'Orphan?', zh: '孤立?' },
        help: { en: 'Not linked.', zh: '未连接。' },
        answers: [
          { id: 'yes', label: { en: 'Yes', zh: '是' }, next: 'wasmedge' },
          { id: 'no', label: { en: 'No', zh: '否' }, next: 'runc' },
        ],
      });
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${NODE_COUNT}]`,
        nodeId: 'orphan',
        message: 'node "orphan" cannot be reached from the root "resource_constrained"',
      },
    ]);
  });

  it('reports a missing root', () => {
    const content = variant((c) => {
      guideTree(c).root = 'start';
    });
    expect(checkContentIntegrity(content)).toEqual([
      { path: 'trees[0].root', message: 'root "start" is not a node of tree "guide"' },
    ]);
  });

  it('reports duplicate answer ids', () => {
    const content = variant((c) => {
      answer(c, 'gpu', 'no').id = 'yes';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: `trees[0].nodes[${gpu}].answers[1].id`,
        nodeId: 'gpu',
        message: `duplicate answer id "yes" in question "gpu": already used by trees[0].nodes[${gpu}].answers[0]`,
      },
    ]);
  });

  it('reports a default tree that does not exist', () => {
    const content = variant((c) => {
      c.defaultTree = 'nope';
    });
    expect(checkContentIntegrity(content)).toEqual([
      { path: 'defaultTree', message: 'default tree "nope" is not one of the trees' },
    ]);
  });
});

describe('checkContentIntegrity: cross references', () => {
  it('reports duplicate ids in a collection', () => {
    const content = variant((c) => {
      const [first, second] = c.snippets;
      if (first && second) second.id = first.id;
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: 'snippets[1].id',
        message: 'duplicate snippet id "guide_wasmedge": already used by snippets[0]',
      },
    ]);
  });

  it('reports unknown runtimes wherever they are named', () => {
    const content = variant((c) => {
      const feature = c.features[0];
      if (feature) feature.values.firecracker = { kind: 'support', support: 'yes' };
      const figure = c.publishedFigures[0];
      if (figure) figure.runtime = 'lxc';
      c.practice2025.recommendations.forEach((r) => {
        if (r.scenarioId === 'strong_isolation') r.alternative.runtime = 'firecracker';
      });
    });
    const paths = checkContentIntegrity(content).map((problem) => problem.path);
    expect(paths).toEqual([
      'features[0].values.firecracker',
      'publishedFigures[0].runtime',
      'practice2025.recommendations[3].alternative.runtime',
    ]);
  });

  it('reports a second performance row for the same runtime', () => {
    const content = variant((c) => {
      const row = c.performance[1];
      if (row) row.runtime = 'wasmedge';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: 'performance[1].runtime',
        message: 'runtime "wasmedge" already has a performance row (performance[0])',
      },
    ]);
  });

  it('reports matrix columns that are not questions of the matrix tree', () => {
    const content = variant((c) => {
      const criterion = c.matrix.criteria[0];
      // A question of the full tree, but not of the guide tree the matrix belongs to.
      if (criterion) criterion.questionId = 'existing_images';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: 'matrix.criteria[0].questionId',
        message: '"existing_images" is not a question of tree "guide"',
      },
    ]);
  });

  it('reports matrix cells that do not match the criteria', () => {
    const content = variant((c) => {
      const scenario = c.matrix.scenarios[0];
      if (scenario) {
        scenario.cells.cost = 'yes';
        delete scenario.cells.gpu;
      }
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: 'matrix.scenarios[0].cells.cost',
        message:
          '"cost" is not a matrix criterion (criteria: resource_constrained, fast_startup, strong_isolation, gpu)',
      },
      { path: 'matrix.scenarios[0].cells', message: 'no cell for criterion "gpu"' },
    ]);
  });

  it('reports unknown scenarios in recommendations and case studies', () => {
    const content = variant((c) => {
      const recommendation = c.practice2025.recommendations[0];
      if (recommendation) recommendation.scenarioId = 'mainframe';
      const study = c.caseStudies[0];
      // strong_isolation is allowed for recommendations only.
      if (study) study.scenarioId = 'strong_isolation';
    });
    expect(checkContentIntegrity(content)).toEqual([
      {
        path: 'practice2025.recommendations[0].scenarioId',
        message:
          'unknown scenario "mainframe": must be a matrix scenario (edge, ai_inference, serverless, microservices) or "strong_isolation"',
      },
      {
        path: 'caseStudies[0].scenarioId',
        message:
          'unknown scenario "strong_isolation": must be a matrix scenario (edge, ai_inference, serverless, microservices)',
      },
    ]);
  });

  it('reports a matrix tree that does not exist', () => {
    const content = variant((c) => {
      c.matrix.treeId = 'other';
    });
    expect(checkContentIntegrity(content)).toEqual([
      { path: 'matrix.treeId', message: 'tree "other" does not exist' },
    ]);
  });
});

describe('parseContent', () => {
  it('accepts the built-in content', () => {
    expect(parseContent(builtInContent).ok).toBe(true);
  });

  it('reports a missing zh translation with its path and node', () => {
    const input = rawVariant([['trees', 0, 'nodes', 0, 'text', 'zh'], REMOVE]);
    expect(problemsOf(parseContent(input))).toEqual([
      {
        path: 'trees[0].nodes[0].text.zh',
        nodeId: 'resource_constrained',
        message: 'is missing: every text needs a Simplified Chinese (zh) version',
      },
    ]);
  });

  it('reports an empty string', () => {
    const input = rawVariant([['trees', 1, 'nodes', 2, 'help', 'zh'], '']);
    expect(problemsOf(parseContent(input))).toEqual([
      { path: 'trees[1].nodes[2].help.zh', nodeId: 'oci_gpu', message: 'must not be empty' },
    ]);
  });

  it('reports control characters and lone surrogates, which no export could carry', () => {
    for (const bad of ['Yes\u0000', '\u0007bell', 'del\u007f', 'c1\u0085', 'half \ud800']) {
      const input = rawVariant([['trees', 0, 'nodes', 0, 'text', 'en'], bad]);
      const problems = problemsOf(parseContent(input));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        path: 'trees[0].nodes[0].text.en',
        nodeId: 'resource_constrained',
      });
      expect(problems[0]?.message).toMatch(/control characters|lone surrogate/);
    }
    // Tabs, line breaks and whole surrogate pairs are text.
    const fine = rawVariant([['trees', 0, 'nodes', 0, 'text', 'en'], 'a\tb\r\nc 😀']);
    expect(problemsOf(parseContent(fine))).toEqual([]);
  });

  it('reports a wrong type', () => {
    const input = rawVariant([['performance', 0, 'isolationStars'], '5']);
    expect(problemsOf(parseContent(input))).toEqual([
      { path: 'performance[0].isolationStars', message: 'must be a number, not the string "5"' },
    ]);
  });

  it('reports an unknown node kind and an unknown key', () => {
    const input = rawVariant(
      [['trees', 0, 'nodes', 1, 'kind'], 'maybe'],
      [['runtimes', 0, 'onclick'], 'alert(1)'],
    );
    expect(problemsOf(parseContent(input))).toEqual([
      {
        path: 'trees[0].nodes[1].kind',
        nodeId: 'strong_isolation',
        message: 'kind must be one of "question", "outcome"',
      },
      { path: 'runtimes[0]', message: 'has an unknown key: "onclick"' },
    ]);
  });

  it('keeps the schema’s own messages and explains formats', () => {
    const input = rawVariant(
      [['trees', 0, 'nodes', 0, 'answers', 0, 'next'], 'Not An Id'],
      [['runtimes', 0, 'color', 'light'], 'orange'],
      [['matrix', 'scenarios', 0, 'cells', 'GPU'], 'yes'],
    );
    expect(problemsOf(parseContent(input))).toEqual([
      {
        path: 'trees[0].nodes[0].answers[0].next',
        nodeId: 'resource_constrained',
        message: 'must be a lower-case id: a-z, 0-9 and _, starting with a letter',
      },
      { path: 'runtimes[0].color.light', message: 'must be a hex colour like #0072b2' },
      {
        path: 'matrix.scenarios[0].cells.GPU',
        message:
          'is not a valid key: must be a lower-case id: a-z, 0-9 and _, starting with a letter',
      },
    ]);
  });

  it('runs the integrity checks after the schema', () => {
    const input = rawVariant([['trees', 0, 'nodes', gpu, 'answers', 1, 'next'], 'nowhere']);
    expect(problemsOf(parseContent(input)).map((p) => p.path)).toEqual([
      `trees[0].nodes[${gpu}].answers[1].next`,
    ]);
  });

  it('allows markup and Mermaid syntax in text: it is shown as text later', () => {
    const input = variant((c) => {
      const node = question(c, 'resource_constrained');
      node.text = { en: '<script>alert(1)</script>', zh: '<img src=x onerror=alert(1)>' };
      node.help = { en: 'A-->B; click A call evil()', zh: '"]) --> X{{"%%{init}%%' };
      answer(c, 'resource_constrained', 'yes').label = { en: '<b>Yes</b>', zh: '是</div>' };
      const runtime = c.runtimes[0];
      if (runtime) runtime.name = { en: '`WasmEdge`', zh: '&lt;WasmEdge&gt;' };
      const outcome = guideTree(c).nodes[nodeIndex('runc')];
      if (outcome?.kind === 'outcome') {
        outcome.label = { en: 'runc"] --> evil[', zh: '<svg onload=alert(1)>' };
      }
    });
    const result = parseContent(input);
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('does not modify its input', () => {
    const input = rawVariant();
    const before = JSON.stringify(input);
    parseContent(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('reports a node id only when it is a safe id', () => {
    const input = rawVariant([['trees', 0, 'nodes', 0, 'id'], '<b>x</b>']);
    const [problem] = problemsOf(parseContent(input));
    expect(problem?.path).toBe('trees[0].nodes[0].id');
    expect(problem?.nodeId).toBeUndefined();
  });
});

describe('parseContent never throws', () => {
  const throwingGetter = Object.defineProperty({}, 'trees', {
    enumerable: true,
    get() {
      throw new Error('getter');
    },
  });
  const hostileProxy = new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
      getPrototypeOf() {
        throw new Error('getPrototypeOf');
      },
      has() {
        throw new Error('has');
      },
    },
  );
  const circular: Record<string, unknown> = { defaultTree: 'guide' };
  circular.trees = [circular];
  let deep: unknown = 'bottom';
  for (let i = 0; i < 10_000; i += 1) deep = { trees: [deep] };

  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'content'],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['a symbol', Symbol('content')],
    ['a function', () => builtInContent],
    ['an empty list', []],
    ['an empty object', {}],
    ['wrong shapes', { trees: 'x', runtimes: {}, matrix: [], defaultTree: 7 }],
    ['a throwing getter', throwingGetter],
    ['a hostile proxy', hostileProxy],
    ['a circular object', circular],
    ['deep nesting', deep],
    ['a date', new Date(0)],
    ['a map', new Map([['trees', []]])],
    [
      '__proto__ keys',
      JSON.parse(
        '{"__proto__": {"defaultTree": "guide"}, "trees": [{"__proto__": {"id": "guide"}, "nodes": {"__proto__": []}}]}',
      ),
    ],
  ];

  it.each(garbage)('%s gives problems, not an exception', (_name, input) => {
    let result: ReturnType<typeof parseContent> | undefined;
    expect(() => {
      result = parseContent(input);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    expect(problemsOf(result ?? { ok: true, content: builtInContent }).length).toBeGreaterThan(0);
    for (const problem of problemsOf(result ?? { ok: true, content: builtInContent })) {
      expect(typeof problem.path).toBe('string');
      expect(typeof problem.message).toBe('string');
    }
  });

  it('reports __proto__ keys as unknown and does not pollute prototypes', () => {
    const input = JSON.parse(
      JSON.stringify(builtInContent).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    ) as unknown;
    expect(problemsOf(parseContent(input))).toEqual([
      { path: '(root)', message: 'has an unknown key: "__proto__"' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('caps the number of problems for huge inputs', () => {
    const input = rawVariant([
      ['publishedFigures'],
      Array.from({ length: 20_000 }, () => ({ id: 'X' })),
    ]);
    const problems = problemsOf(parseContent(input));
    expect(problems).toHaveLength(101);
    expect(problems[100]?.message).toMatch(/more problems not shown/);
    // The count says how many there are, not how many entries the list has.
    const total = problems.filter((problem) => problem.omitted === undefined).length;
    expect(problems[100]?.omitted).toBeGreaterThan(0);
    expect(countProblems(problems)).toBe(total + (problems[100]?.omitted ?? 0));
    expect(countProblems(problems)).toBeGreaterThanOrEqual(20_000);
  });
});
