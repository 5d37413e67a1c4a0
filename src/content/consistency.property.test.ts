// Advice that never contradicts itself, on every path of every built-in tree and of the example
// team file (examples/custom-content.json), walked exhaustively:
// - the recommended runtime meets every need its path states;
// - every other runtime is ruled out by a stated need (or disputed), or shown as a second
//   choice; none is left as "meets everything" without being called a second choice;
// - no runtime is said to meet a need that its own published row, or a cited published reading,
//   contradicts.
// Then the same checks with the published property rows' marks drawn at random: the readings
// are consistent by construction, whatever the rows say.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolvePath } from '../domain/engine';
import { enumeratePaths } from '../domain/tree-graph';
import { explain, type Explanation, type NeedFinding } from '../domain/explain';
import { SUPPORTS } from '../domain/content-model';
import type { DecisionTree } from '../domain/tree';
import { builtInContent } from './index';
import { parseCustomContentText } from './merge';
import type { Content } from './schema';

const seedFromEnv = Number.parseInt(process.env.FC_SEED ?? '', 10);
const SEED = Number.isSafeInteger(seedFromEnv) ? seedFromEnv : 20_261_204;

function exampleContent(): Content {
  const text = fs.readFileSync(
    new URL('../../examples/custom-content.json', import.meta.url),
    'utf8',
  );
  const parsed = parseCustomContentText(text, builtInContent);
  if (!parsed.ok) throw new Error(`the example file does not load: ${JSON.stringify(parsed)}`);
  return parsed.content;
}

/** Whether a reading of "meets" is contradicted by the runtime's own published data. */
function contradicted(content: Content, finding: NeedFinding): string | undefined {
  const { need, subject } = finding;
  const property = need.criterion.property;
  if (property) {
    const row = content.properties.find((candidate) => candidate.id === property.id);
    const cell =
      row && Object.hasOwn(row.values, subject.runtime) ? row.values[subject.runtime] : undefined;
    if (cell && !property.acceptable.includes(cell.support)) {
      return `${row?.id ?? ''} says ${cell.support}`;
    }
    return undefined;
  }
  const against = content.publishedFigures.find(
    (figure) =>
      figure.runtime === subject.runtime &&
      figure.source.kind === 'citation' &&
      figure.relation === 'disagrees' &&
      figure.reading !== undefined &&
      need.criterion.metrics.includes(figure.metric) &&
      !need.criterion.acceptable.includes(figure.reading),
  );
  return against ? `${against.id} reads ${String(against.reading)}` : undefined;
}

/** Every way the explanation of one path contradicts itself, in words. */
function violations(content: Content, result: Explanation): string[] {
  const found: string[] = [];
  for (const finding of result.needs) {
    if (finding.subject.meets !== true) {
      found.push(`recommended ${result.runtime} does not meet ${finding.need.criterion.id}`);
    }
  }
  for (const item of result.whyNot) {
    const failsAny = item.fails.length > 0;
    if (failsAny !== (item.verdict === 'ruled_out' || item.verdict === 'disputed')) {
      found.push(
        `${item.runtime}: verdict ${item.verdict} with ${String(item.fails.length)} failed needs`,
      );
    }
    const meetsAll =
      result.needs.length > 0 &&
      [...item.equal, ...item.weaker, ...item.stronger].length === result.needs.length &&
      !failsAny;
    if (meetsAll && item.verdict !== 'second' && item.verdict !== 'also_meets') {
      found.push(`${item.runtime} meets every stated need but is shown as ${item.verdict}`);
    }
    if (item.verdict === 'disputed') {
      for (const fail of item.fails) {
        if (fail.subject.disputedBy.length === 0)
          found.push(`${item.runtime}: disputed, but ${fail.need.criterion.id} is not`);
      }
    }
  }
  const readings = [
    ...result.needs,
    ...result.whyNot.flatMap((item) => [...item.equal, ...item.weaker, ...item.stronger]),
  ];
  for (const finding of readings) {
    if (finding.subject.meets !== true) continue;
    const why = contradicted(content, finding);
    if (why)
      found.push(`${finding.subject.runtime} said to meet ${finding.need.criterion.id}: ${why}`);
  }
  return found;
}

function everyPath(content: Content): { tree: DecisionTree; answers: Record<string, string> }[] {
  return content.trees.flatMap((tree) =>
    enumeratePaths(tree).map((path) => ({ tree, answers: path.answers })),
  );
}

function explainPath(content: Content, tree: DecisionTree, answers: Record<string, string>) {
  const resolution = resolvePath(tree, answers);
  if (!resolution.outcome) throw new Error(`no outcome for ${JSON.stringify(answers)}`);
  return explain(content, tree, resolution.steps, resolution.outcome, content.trees);
}

describe.each([
  ['the built-in content', builtInContent],
  ['examples/custom-content.json', exampleContent()],
])('advice on every path of %s', (_name, content) => {
  const paths = everyPath(content);

  it('walks every tree', () => {
    expect(new Set(paths.map((path) => path.tree.id))).toEqual(
      new Set(content.trees.map((tree) => tree.id)),
    );
  });

  it.each(
    paths.map((path) => ({ ...path, label: `${path.tree.id} ${JSON.stringify(path.answers)}` })),
  )('$label', ({ tree, answers }) => {
    expect(violations(content, explainPath(content, tree, answers))).toEqual([]);
  });
});

describe('the readings are consistent whatever the property rows say', () => {
  it('no runtime meets a need its row contradicts; verdicts follow the readings', () => {
    const runtimes = builtInContent.runtimes.map((runtime) => runtime.id);
    const marks = fc.array(fc.constantFrom(...SUPPORTS), {
      minLength: runtimes.length * builtInContent.properties.length,
      maxLength: runtimes.length * builtInContent.properties.length,
    });
    const paths = everyPath(builtInContent);
    fc.assert(
      fc.property(marks, fc.constantFrom(...paths), (drawn, { tree, answers }) => {
        let index = 0;
        const content: Content = {
          ...builtInContent,
          properties: builtInContent.properties.map((row) => ({
            ...row,
            values: Object.fromEntries(
              Object.entries(row.values).map(([runtime, cell]) => [
                runtime,
                { ...cell, support: drawn[index++ % drawn.length] ?? cell.support },
              ]),
            ),
          })),
        };
        const result = explainPath(content, tree, answers);
        // The recommendation may now fail a need (the rows were drawn, not the tree); every
        // other check must still hold.
        const found = violations(content, result).filter(
          (text) => !text.startsWith(`recommended ${result.runtime}`),
        );
        expect(found).toEqual([]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
