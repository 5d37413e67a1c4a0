// What the content file's JSON Schema (public/content.schema.json, generated from the zod schema)
// says about a place in the file: which properties an object may have, which values a field
// takes, and the schema's description of it. Completion and hover in the editor are built on
// this; it reads the schema as data and knows nothing of the editor.
//
// Only what the generated schema uses is understood: $ref into definitions, properties, items,
// oneOf/anyOf/allOf, const, enum and the usual bounds.

export type Segment = string | number;

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  definitions?: Record<string, JsonSchema>;
}

export interface PropertyCandidate {
  name: string;
  required: boolean;
  /** What the schema says about the property's value. */
  detail: string;
}

export interface ValueCandidate {
  /** The JSON text to insert, e.g. `"question"` or `true`. */
  text: string;
  detail: string;
}

/** Follows `$ref`s (`#/definitions/Name`); an unknown or circular reference gives `{}`. */
function deref(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined; hops += 1) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    const target = name === undefined ? undefined : root.definitions?.[name];
    if (!target || hops > 20) return {};
    // A $ref beside a description keeps the description (zod writes metadata that way).
    const rest: JsonSchema = { ...current };
    delete rest.$ref;
    current = { ...target, ...rest };
  }
  return current;
}

/** The concrete alternatives a schema stands for: its oneOf/anyOf branches, allOf merged. */
function alternatives(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  const resolved = deref(root, schema);
  if (depth > 10) return [resolved];
  const branches = resolved.oneOf ?? resolved.anyOf;
  if (branches) {
    const shared: JsonSchema = { ...resolved };
    delete shared.oneOf;
    delete shared.anyOf;
    return branches.flatMap((branch) =>
      alternatives(root, branch, depth + 1).map((alt) => ({
        ...alt,
        description: alt.description ?? shared.description,
      })),
    );
  }
  if (resolved.allOf) {
    const merged: JsonSchema = { ...resolved };
    delete merged.allOf;
    for (const part of resolved.allOf) {
      for (const alt of alternatives(root, part, depth + 1)) Object.assign(merged, alt, merged);
    }
    return [merged];
  }
  return [resolved];
}

/** Every schema that may apply at `path` in the file. */
export function schemasAt(root: JsonSchema, path: readonly Segment[]): JsonSchema[] {
  let current = alternatives(root, root);
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const schema of current) {
      const child =
        typeof segment === 'number'
          ? schema.items
          : (schema.properties?.[segment] ??
            (typeof schema.additionalProperties === 'object'
              ? schema.additionalProperties
              : undefined));
      if (child) next.push(...alternatives(root, child));
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/**
 * Only the alternatives whose `kind` (the format's discriminator) matches the object's, when
 * it has one: a question node offers `answers`, an outcome node `runtime`.
 */
export function narrowByKind(schemas: JsonSchema[], kind: string | undefined): JsonSchema[] {
  if (kind === undefined) return schemas;
  const matching = schemas.filter((schema) => {
    const kindSchema = schema.properties?.kind;
    return kindSchema?.const === undefined || kindSchema.const === kind;
  });
  return matching.length > 0 ? matching : schemas;
}

export function propertyCandidates(
  root: JsonSchema,
  schemas: JsonSchema[],
  present: ReadonlySet<string>,
): PropertyCandidate[] {
  const byName = new Map<string, PropertyCandidate>();
  for (const schema of schemas) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (present.has(name) || byName.has(name)) continue;
      byName.set(name, {
        name,
        required: schema.required?.includes(name) ?? false,
        detail: describeSchemas(root, alternatives(root, property)),
      });
    }
  }
  // Required properties first, each group in the schema's order.
  return [...byName.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

export function valueCandidates(schemas: JsonSchema[]): ValueCandidate[] {
  const out = new Map<string, ValueCandidate>();
  for (const schema of schemas) {
    const values = schema.const !== undefined ? [schema.const] : (schema.enum ?? []);
    for (const value of values) {
      const text = JSON.stringify(value);
      if (!out.has(text)) out.set(text, { text, detail: schema.description ?? '' });
    }
    if (schema.type === 'boolean') {
      for (const text of ['true', 'false']) out.set(text, { text, detail: '' });
    }
  }
  return [...out.values()];
}

function typeWords(schema: JsonSchema): string {
  if (schema.const !== undefined) return `always ${JSON.stringify(schema.const)}`;
  if (schema.enum) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  const bounds = (min: number | undefined, max: number | undefined, unit: string) =>
    min !== undefined && max !== undefined
      ? `, ${String(min)}–${String(max)} ${unit}`
      : max !== undefined
        ? `, at most ${String(max)} ${unit}`
        : min !== undefined
          ? `, at least ${String(min)} ${unit}`
          : '';
  switch (schema.type) {
    case 'string':
      return `text${bounds(schema.minLength, schema.maxLength, 'characters')}${schema.pattern ? `, matching ${schema.pattern}` : ''}`;
    case 'array':
      return `list${bounds(schema.minItems, schema.maxItems, 'items')}`;
    case 'object':
      return 'object';
    case 'integer':
    case 'number':
      return `${schema.type}${bounds(schema.minimum, schema.maximum, '')}`.trimEnd();
    case 'boolean':
      return 'true or false';
    default:
      return 'value';
  }
}

/** One plain-text paragraph: the description, then the type and its bounds. */
export function describeSchemas(_root: JsonSchema, schemas: JsonSchema[]): string {
  const descriptions = [...new Set(schemas.map((schema) => schema.description).filter(Boolean))];
  const kinds = schemas
    .map((schema) => {
      const kind = schema.properties?.kind?.const;
      return typeof kind === 'string' ? `"kind": "${kind}"` : typeWords(schema);
    })
    .filter((word, index, all) => all.indexOf(word) === index);
  const type = kinds.length > 1 ? `one of: ${kinds.join('; ')}` : (kinds[0] ?? '');
  return [...descriptions, type ? `(${type})` : ''].filter(Boolean).join(' ');
}
