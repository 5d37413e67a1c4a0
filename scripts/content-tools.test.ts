import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentJsonSchemaText, validateContentFile } from './content-tools';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXAMPLE = path.join(ROOT, 'examples', 'custom-content.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'content-tools-'));

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The example file with one edit, written to a temporary file. */
function brokenCopy(name: string, edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
  edit(file);
  const target = path.join(tmp, name);
  fs.writeFileSync(target, JSON.stringify(file, null, 2));
  return target;
}

interface TreeJson {
  nodes: { id: string; kind: string; runtime?: string; answers?: { next: string }[] }[];
}

function firstTree(file: Record<string, unknown>): TreeJson {
  const trees = file.trees as TreeJson[];
  const tree = trees[0];
  if (!tree) throw new Error('the example has no tree');
  return tree;
}

describe('public/content.schema.json', () => {
  it('is up to date with the zod schema (run `npm run generate-content-schema`)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'public', 'content.schema.json'), 'utf8');
    expect(committed).toBe(contentJsonSchemaText());
  });

  it('describes the file format for editors', () => {
    const schema = JSON.parse(contentJsonSchemaText()) as {
      additionalProperties: boolean;
      properties: Record<string, unknown>;
      definitions: Record<string, { required?: string[] }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      'defaultTree',
      'trees',
      'runtimes',
      'performance',
      'features',
      'publishedFigures',
      'snippets',
      'caseStudies',
      'properties',
      'managedOffers',
    ]);
    expect(schema.definitions.Localized?.required).toEqual(['en', 'zh']);
    expect(schema.definitions.Tree?.required).not.toContain('origin');
  });
});

describe('validateContentFile', () => {
  it('accepts the example file', () => {
    expect(validateContentFile(EXAMPLE)).toEqual({
      ok: true,
      lines: [
        'valid: adds or replaces 1 tree, 1 runtime, 3 published figures, 4 snippets; default tree "acme_platform"',
      ],
    });
  });

  it('prints each problem with its path and node', () => {
    const file = brokenCopy('two-problems.json', (json) => {
      const { nodes } = firstTree(json);
      const runc = nodes.find((node) => node.id === 'acme_runc');
      if (runc) runc.runtime = 'firecracker';
      const answer = nodes.find((node) => node.id === 'per_request')?.answers?.[1];
      if (answer) answer.next = 'nowhere';
    });
    const report = validateContentFile(file);
    expect(report.ok).toBe(false);
    expect(report.lines).toEqual([
      'trees[0].nodes[2].answers[1].next (node per_request): answer "no" leads to "nowhere", which is not a node of tree "acme_platform"',
      'trees[0].nodes[7].runtime (node acme_runc): unknown runtime "firecracker" (known runtimes: wasmedge, runc, kata, gvisor, kata_fc)',
    ]);
  });

  it('warns when a tree’s longest share link would be longer than the app reads', () => {
    const id = (i: number) => `q${String(i).padStart(47, '0')}`;
    const yes = 'y'.repeat(48);
    const text = { en: 'Q?', zh: '问？' };
    const nodes: unknown[] = [];
    for (let i = 0; i < 100; i += 1) {
      nodes.push({
        kind: 'question',
        id: id(i),
        text,
        help: text,
        answers: [
          { id: yes, label: { en: 'Yes', zh: '是' }, next: i + 1 < 100 ? id(i + 1) : 'end_a' },
          { id: 'no', label: { en: 'No', zh: '否' }, next: 'end_b' },
        ],
      });
    }
    for (const [end, runtime] of [
      ['end_a', 'runc'],
      ['end_b', 'kata'],
    ]) {
      nodes.push({ kind: 'outcome', id: end, runtime, label: text, scenario: text });
    }
    const file = path.join(tmp, 'deep.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        trees: [{ id: 'deep', title: text, description: text, root: id(0), nodes }],
      }),
    );
    const report = validateContentFile(file);
    expect(report.ok).toBe(true);
    expect(report.lines[1]).toMatch(
      /^warning: trees\[0\] \(tree deep\): its longest share link is \d+ characters, over the 8192 the app reads/,
    );
    // The example's tree is far from it: no warning.
    expect(validateContentFile(EXAMPLE).lines).toHaveLength(1);
  });

  it('reports a missing file and invalid JSON without throwing', () => {
    expect(validateContentFile(path.join(tmp, 'missing.json')).ok).toBe(false);
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, '{ "trees": [ }');
    expect(validateContentFile(bad).lines[0]).toMatch(/^\(root\): is not valid JSON/);
  });
});

describe('npm run validate-content', () => {
  function run(...args: string[]) {
    const result = spawnSync(process.execPath, ['scripts/validate-content.mjs', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: ROOT },
      timeout: 60_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits 0 on the example file', () => {
    const { status, stdout } = run('examples/custom-content.json');
    expect(stdout).toContain('examples/custom-content.json: valid');
    expect(status).toBe(0);
  });

  it('exits 1 on a broken file and prints each problem with its JSON path', () => {
    const file = brokenCopy('missing-zh.json', (json) => {
      const runtimes = json.runtimes as { summary: { zh?: string } }[];
      if (runtimes[0]) delete runtimes[0].summary.zh;
      json.defaultTree = 'Not An Id';
    });
    const { status, stderr } = run(file);
    expect(stderr).toContain(
      `${file}: defaultTree: must be a lower-case id: a-z, 0-9 and _, starting with a letter`,
    );
    expect(stderr).toContain(
      `${file}: runtimes[0].summary.zh: is missing: every text needs a Simplified Chinese (zh) version`,
    );
    expect(status).toBe(1);
  });

  it('exits 1 when any of several files is invalid, and 2 without a file', () => {
    const bad = path.join(tmp, 'not-json.json');
    fs.writeFileSync(bad, 'trees:\n  - id: yaml\n');
    expect(run('examples/custom-content.json', bad).status).toBe(1);
    expect(run().status).toBe(2);
  });
});
