import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_ROOT_PATH } from './custom-file';
import { builtInContent, getRuntime, getTree } from './index';
import { ROOT_PATH } from './integrity';
import {
  CUSTOM_CONTENT_FILE,
  MAX_CONTENT_BYTES,
  parseCustomContent,
  parseCustomContentText,
  type CustomContentProblem,
  type ParseCustomContentResult,
} from './merge';

const EXAMPLE_TEXT = fs.readFileSync(
  new URL('../../examples/custom-content.json', import.meta.url),
  'utf8',
);

function problemsOf(result: ParseCustomContentResult): CustomContentProblem[] {
  return result.ok ? [] : result.problems;
}

function contentOf(result: ParseCustomContentResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.content;
}

const yesNo = (yes: string, no: string) => [
  { id: 'yes', label: { en: 'Yes', zh: '是' }, next: yes },
  { id: 'no', label: { en: 'No', zh: '否' }, next: no },
];

const text = (en: string, zh = `${en}（中文）`) => ({ en, zh });

/** A small team tree: one question, two outcomes on built-in runtimes. */
function teamTree(id = 'team') {
  return {
    id,
    title: text('Team tree'),
    description: text('A team’s own tree'),
    root: 'sandboxed',
    nodes: [
      {
        kind: 'question',
        id: 'sandboxed',
        text: text('Must it be sandboxed?'),
        help: text('Team policy'),
        answers: yesNo('use_gvisor', 'use_runc'),
      },
      {
        kind: 'outcome',
        id: 'use_gvisor',
        runtime: 'gvisor',
        label: text('gVisor'),
        scenario: text('Sandboxed'),
      },
      {
        kind: 'outcome',
        id: 'use_runc',
        runtime: 'runc',
        label: text('runc'),
        scenario: text('Plain'),
      },
    ],
  };
}

type TeamTree = ReturnType<typeof teamTree>;

function withTree(edit: (tree: TeamTree) => void, extra: Record<string, unknown> = {}): unknown {
  const tree = teamTree();
  edit(tree);
  return { trees: [tree], ...extra };
}

function parse(input: unknown): ParseCustomContentResult {
  return parseCustomContent(input, builtInContent);
}

// ---------------------------------------------------------------- the example file

describe('the example content file', () => {
  const result = parseCustomContentText(EXAMPLE_TEXT, builtInContent);

  it('validates', () => {
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('adds its tree as custom and makes it the default', () => {
    const content = contentOf(result);
    expect(content.defaultTree).toBe('acme_platform');
    expect(getTree(content, 'acme_platform')?.origin).toBe('custom');
    // The built-in trees are still there, still in front, still labelled as they were.
    expect(content.trees.map((tree) => [tree.id, tree.origin])).toEqual([
      ['guide', 'guide'],
      ['full', 'extension'],
      ['acme_platform', 'custom'],
    ]);
  });

  it('adds Firecracker beside the built-in runtimes, and its tree leads to both', () => {
    const content = contentOf(result);
    expect(content.runtimes.map((runtime) => runtime.id)).toEqual([
      'wasmedge',
      'runc',
      'kata',
      'gvisor',
      'kata_fc',
    ]);
    const outcomes = getTree(content, 'acme_platform')?.nodes.flatMap((node) =>
      node.kind === 'outcome' ? [node.runtime] : [],
    );
    expect(new Set(outcomes)).toEqual(new Set(['kata_fc', 'kata', 'gvisor', 'runc']));
    expect(getRuntime(content, 'kata_fc')?.name.en).toContain('Firecracker');
  });

  it('adds snippets and figures after the built-in ones, each with a source', () => {
    const content = contentOf(result);
    const added = content.snippets.slice(builtInContent.snippets.length);
    expect(added.map((snippet) => snippet.id)).toContain('acme_kata_fc_pod');
    expect(content.snippets.slice(0, builtInContent.snippets.length)).toEqual(
      builtInContent.snippets,
    );
    const figures = content.publishedFigures.filter((figure) => figure.runtime === 'kata_fc');
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure.source.kind).toBe('citation');
  });

  it('does not change the built-in content', () => {
    const before = JSON.stringify(builtInContent);
    parseCustomContentText(EXAMPLE_TEXT, builtInContent);
    expect(JSON.stringify(builtInContent)).toBe(before);
  });
});

// ---------------------------------------------------------------- merging

describe('merging by id', () => {
  it('accepts an empty file and changes nothing', () => {
    expect(contentOf(parse({}))).toEqual(builtInContent);
  });

  it('replaces an entry with the same id in place and adds new ones at the end', () => {
    const gvisor = getRuntime(builtInContent, 'gvisor');
    const content = contentOf(
      parse({
        runtimes: [{ ...gvisor, name: text('gVisor (Acme build)', 'gVisor（Acme 版）') }],
        trees: [teamTree()],
      }),
    );
    expect(content.runtimes).toHaveLength(builtInContent.runtimes.length);
    expect(getRuntime(content, 'gvisor')?.name.en).toBe('gVisor (Acme build)');
    expect(content.runtimes.findIndex((r) => r.id === 'gvisor')).toBe(
      builtInContent.runtimes.findIndex((r) => r.id === 'gvisor'),
    );
    expect(content.trees.map((tree) => tree.id)).toEqual(['guide', 'full', 'team']);
  });

  it('replaces a performance row by its runtime', () => {
    const row = builtInContent.performance.find((r) => r.runtime === 'kata');
    const content = contentOf(parse({ performance: [{ ...row, isolationStars: 4 }] }));
    expect(content.performance).toHaveLength(builtInContent.performance.length);
    expect(content.performance.find((r) => r.runtime === 'kata')?.isolationStars).toBe(4);
  });

  it('can replace a built-in tree, which then counts as custom', () => {
    const full = getTree(builtInContent, 'full');
    const content = contentOf(parse({ trees: [{ ...full, origin: undefined }] }));
    expect(getTree(content, 'full')?.origin).toBe('custom');
  });

  it('lets the file choose a built-in tree as the default', () => {
    expect(contentOf(parse({ defaultTree: 'full' })).defaultTree).toBe('full');
  });

  it('never lets a team’s tree claim to be the guide’s', () => {
    const input = withTree((tree) => Object.assign(tree, { origin: 'guide' }));
    expect(problemsOf(parse(input))).toEqual([
      { path: 'trees[0].origin', message: 'must be "custom"' },
    ]);
  });

  it('keeps markup and Mermaid syntax in labels as they are: valid content, shown as text', () => {
    const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const mermaid = 'A"] --> X[pwn\n%%{init: {"securityLevel":"loose"}}%%\nclick A call alert()';
    const input = withTree((tree) => {
      const [question, outcome] = tree.nodes;
      if (question) question.text = text(markup, mermaid);
      const firstAnswer = question?.answers?.[0];
      if (firstAnswer) firstAnswer.label = text('classDef x fill:#f00', 'style A fill:red');
      if (outcome) outcome.label = text(mermaid, markup);
    });
    const tree = getTree(contentOf(parse(input)), 'team');
    const [question, outcome] = tree?.nodes ?? [];
    expect(question?.kind === 'question' && question.text).toEqual({ en: markup, zh: mermaid });
    expect(question?.kind === 'question' && question.answers[0]?.label.en).toBe(
      'classDef x fill:#f00',
    );
    expect(outcome?.kind === 'outcome' && outcome.label).toEqual({ en: mermaid, zh: markup });
  });
});

// ---------------------------------------------------------------- broken files

describe('broken files give precise problems', () => {
  it('a cycle: path into the file, node id, and the loop in walking order', () => {
    const input = withTree((tree) => {
      tree.nodes.push({
        kind: 'question',
        id: 'again',
        text: text('Again?'),
        help: text('Loops'),
        answers: yesNo('sandboxed', 'use_runc'),
      });
      const first = tree.nodes[0]?.answers?.[0];
      if (first) first.next = 'again';
    });
    expect(problemsOf(parse(input))).toEqual([
      {
        path: 'trees[0].nodes[3].answers[0].next',
        nodeId: 'again',
        message: 'answers form a cycle: sandboxed -> again -> sandboxed',
      },
      {
        path: 'trees[0].nodes[1]',
        nodeId: 'use_gvisor',
        message: 'node "use_gvisor" cannot be reached from the root "sandboxed"',
      },
    ]);
  });

  it('a dangling edge', () => {
    const input = withTree((tree) => {
      const answer = tree.nodes[0]?.answers?.[1];
      if (answer) answer.next = 'nowhere';
    });
    expect(problemsOf(parse(input))).toContainEqual({
      path: 'trees[0].nodes[0].answers[1].next',
      nodeId: 'sandboxed',
      message: 'answer "no" leads to "nowhere", which is not a node of tree "team"',
    });
  });

  it('a duplicate node id names both places, in the file', () => {
    const input = withTree((tree) => {
      const last = tree.nodes[2];
      if (last) last.id = 'use_gvisor';
    });
    expect(problemsOf(parse(input))).toContainEqual({
      path: 'trees[0].nodes[2].id',
      nodeId: 'use_gvisor',
      message: 'duplicate node id "use_gvisor": already used by trees[0].nodes[1]',
    });
  });

  it('a duplicate tree id in the file', () => {
    expect(problemsOf(parse({ trees: [teamTree('team'), teamTree('team')] }))).toEqual([
      {
        path: 'trees[1].id',
        message: 'duplicate id "team": already used by trees[0] in this file',
      },
    ]);
  });

  it('a missing translation', () => {
    const input = withTree((tree) => {
      const question = tree.nodes[0];
      if (question) question.help = { en: 'Only English' } as ReturnType<typeof text>;
    });
    expect(problemsOf(parse(input))).toEqual([
      {
        path: 'trees[0].nodes[0].help.zh',
        nodeId: 'sandboxed',
        message: 'is missing: every text needs a Simplified Chinese (zh) version',
      },
    ]);
  });

  it('a wrong type', () => {
    const input = withTree((tree) => {
      Object.assign(tree, { nodes: 'sandboxed' });
    });
    expect(problemsOf(parse(input))).toEqual([
      { path: 'trees[0].nodes', message: 'must be a list, not the string "sandboxed"' },
    ]);
    expect(problemsOf(parse({ defaultTree: 7 }))).toEqual([
      { path: 'defaultTree', message: 'must be a string, not the number 7' },
    ]);
  });

  it('an unknown runtime in an outcome lists the runtimes it could name', () => {
    const input = withTree((tree) => {
      const outcome = tree.nodes[1];
      if (outcome) outcome.runtime = 'firecracker';
    });
    expect(problemsOf(parse(input))).toEqual([
      {
        path: 'trees[0].nodes[1].runtime',
        nodeId: 'use_gvisor',
        message: 'unknown runtime "firecracker" (known runtimes: wasmedge, runc, kata, gvisor)',
      },
    ]);
  });

  it('a runtime added in the same file may be named', () => {
    const kata = getRuntime(builtInContent, 'kata');
    const input = withTree(
      (tree) => {
        const outcome = tree.nodes[1];
        if (outcome) outcome.runtime = 'firecracker';
      },
      { runtimes: [{ ...kata, id: 'firecracker', name: text('Firecracker') }] },
    );
    expect(problemsOf(parse(input))).toEqual([]);
  });

  it('a default tree that does not exist', () => {
    expect(problemsOf(parse({ defaultTree: 'acme' }))).toEqual([
      { path: 'defaultTree', message: 'default tree "acme" is not one of the trees' },
    ]);
  });

  it('keys the format does not have, such as the guide’s matrix', () => {
    expect(problemsOf(parse({ matrix: {}, tree: [] }))).toEqual([
      { path: '(root)', message: 'has unknown keys: "matrix", "tree"' },
    ]);
  });

  it('a replaced tree that breaks built-in content is reported there, and marked', () => {
    const guide = getTree(builtInContent, 'guide');
    const withoutGpu = {
      ...guide,
      origin: undefined,
      nodes: guide?.nodes
        .filter((node) => node.id !== 'gpu')
        .map((node) =>
          node.id === 'fast_startup' && node.kind === 'question'
            ? { ...node, answers: yesNo('wasmedge', 'runc') }
            : node,
        ),
    };
    const problems = problemsOf(parse({ trees: [withoutGpu] }));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual({
      path: expect.stringMatching(/^matrix\.criteria\[\d+\]\.questionId$/) as string,
      message: '"gpu" is not a question of tree "guide"',
      inBuiltIn: true,
    });
  });
});

describe('reading the file’s text', () => {
  it('names the file the app looks for, and the loader marks whole-file problems alike', () => {
    expect(CUSTOM_CONTENT_FILE).toBe('advisor.content.json');
    expect(FILE_ROOT_PATH).toBe(ROOT_PATH);
  });

  it('reports invalid JSON', () => {
    const [problem, ...rest] = problemsOf(parseCustomContentText('{"trees": [}', builtInContent));
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('(root)');
    expect(problem?.message).toMatch(/^is not valid JSON: /);
  });

  it('accepts a byte order mark', () => {
    expect(parseCustomContentText('\uFEFF{}', builtInContent).ok).toBe(true);
  });

  it('refuses a file over the size cap without parsing it', () => {
    const huge = `{"x": "${'a'.repeat(MAX_CONTENT_BYTES)}"}`;
    expect(problemsOf(parseCustomContentText(huge, builtInContent))).toEqual([
      { path: '(root)', message: 'is larger than 1 MB (1.0 MB); it was not read' },
    ]);
  });

  const garbage = [
    'null',
    '42',
    '"advisor"',
    '[]',
    '{"trees": {}}',
    '{"__proto__": {"polluted": true}}',
    '{"trees": [{"__proto__": {"id": "x"}}]}',
    '{"trees": [null, 1, "x", []]}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    '',
  ];
  it.each(garbage)('never throws on %s', (input) => {
    let result: ParseCustomContentResult | undefined;
    expect(() => {
      result = parseCustomContentText(input, builtInContent);
    }).not.toThrow();
    expect(result?.ok).toBe(false);
    for (const problem of result && !result.ok ? result.problems : []) {
      expect(typeof problem.path).toBe('string');
      expect(problem.message.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
