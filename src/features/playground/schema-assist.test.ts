import { describe, expect, it } from 'vitest';
import contentSchema from '../../../public/content.schema.json';
import {
  describeSchemas,
  narrowByKind,
  propertyCandidates,
  schemasAt,
  valueCandidates,
  type JsonSchema,
} from './schema-assist';

const schema = contentSchema as unknown as JsonSchema;
const names = (candidates: { name: string }[]) => candidates.map((candidate) => candidate.name);

describe('schema assist, on the generated content schema', () => {
  it('offers the file’s top-level keys, minus those present', () => {
    const candidates = propertyCandidates(schema, schemasAt(schema, []), new Set(['trees']));
    expect(names(candidates)).toContain('runtimes');
    expect(names(candidates)).not.toContain('trees');
  });

  it('follows $ref, items and oneOf down to a tree node, narrowed by its kind', () => {
    const node = schemasAt(schema, ['trees', 0, 'nodes', 3]);
    expect(node.length).toBe(2);
    const question = propertyCandidates(schema, narrowByKind(node, 'question'), new Set(['kind']));
    expect(names(question)).toEqual(expect.arrayContaining(['id', 'text', 'answers']));
    expect(names(question)).not.toContain('runtime');
    const outcome = propertyCandidates(schema, narrowByKind(node, 'outcome'), new Set());
    expect(names(outcome)).toContain('runtime');
    expect(outcome.filter((c) => c.required).map((c) => c.name)).toContain('runtime');
  });

  it('lists the values a discriminator takes', () => {
    const kinds = valueCandidates(schemasAt(schema, ['trees', 0, 'nodes', 0, 'kind']));
    expect(kinds.map((kind) => kind.text).sort()).toEqual(['"outcome"', '"question"']);
  });

  it('describes a property from the schema’s own words and bounds', () => {
    const nodes = describeSchemas(schema, schemasAt(schema, ['trees', 0, 'nodes']));
    expect(nodes).toContain('2–200 items');
    const trees = describeSchemas(schema, schemasAt(schema, ['trees']));
    expect(trees).toContain('Decision trees to add');
  });

  it('finds nothing where the format has nothing', () => {
    expect(schemasAt(schema, ['nonsense', 0])).toEqual([]);
  });
});
