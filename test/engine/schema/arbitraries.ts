/** fast-check arbitraries for schema tests: random Picoschemas, and values that fit a JSON Schema. */
import fc from 'fast-check';

type Json = Record<string, unknown>;

const fieldName = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,7}$/);
const scalarType = fc.constantFrom('string', 'number', 'integer', 'boolean', 'null', 'any');
const description = fc.option(fc.stringMatching(/^[a-z][a-z ]{0,12}[a-z]$/), { nil: undefined });
const enumValues = fc.uniqueArray(
  fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 5 }), fc.boolean()),
  {
    minLength: 1,
    maxLength: 4,
  },
);

function withDescription(type: string, text: string | undefined): string {
  return text === undefined ? type : `${type}, ${text}`;
}

/** A random Picoschema object (nested up to `depth` levels). */
export function picoschemaArbitrary(depth = 2): fc.Arbitrary<Json> {
  const value: fc.Arbitrary<[string, unknown]> = fc.oneof(
    fc.tuple(scalarType, description).map(([type, text]): [string, unknown] => ['', withDescription(type, text)]),
    fc
      .tuple(scalarType, description)
      .map(([type, text]): [string, unknown] => ['(array)', withDescription(type, text)]),
    enumValues.map((values): [string, unknown] => ['(enum)', values]),
    ...(depth > 0
      ? [
          picoschemaArbitrary(depth - 1).map((nested): [string, unknown] => ['(object)', nested]),
          picoschemaArbitrary(depth - 1).map((nested): [string, unknown] => ['', nested]),
          picoschemaArbitrary(depth - 1).map((nested): [string, unknown] => ['(array)', nested]),
        ]
      : []),
  );
  return fc
    .tuple(
      fc.uniqueArray(fc.tuple(fieldName, fc.boolean(), value), { selector: ([name]) => name, maxLength: 5 }),
      fc.option(scalarType, { nil: undefined }),
    )
    .map(([fields, wildcard]) => {
      const out: Json = {};
      for (const [name, optional, [kind, type]] of fields) out[`${name}${optional ? '?' : ''}${kind}`] = type;
      if (wildcard !== undefined) out['(*)'] = wildcard;
      return out;
    });
}

/** Values that fit a (normalized) JSON Schema, as promptops validates it. */
export function valueFor(schema: Json): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.anyOf)) return fc.oneof(...(schema.anyOf as Json[]).map(valueFor));
  if (schema.type === undefined) return fc.jsonValue();
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  return fc.oneof(...types.map((type) => typedValue(type, schema)));
}

function typedValue(type: string, schema: Json): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.string({
        minLength: (schema.minLength as number | undefined) ?? 0,
        maxLength: (schema.maxLength as number | undefined) ?? 20,
      });
    case 'integer':
      return fc.integer({
        min: Math.ceil((schema.minimum as number | undefined) ?? -1e6),
        max: Math.floor((schema.maximum as number | undefined) ?? 1e6),
      });
    case 'number':
      return fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: (schema.minimum as number | undefined) ?? -1e6,
        max: (schema.maximum as number | undefined) ?? 1e6,
      });
    case 'array':
      return fc.array(schema.items === undefined ? fc.jsonValue() : valueFor(schema.items as Json), {
        minLength: (schema.minItems as number | undefined) ?? 0,
        maxLength: (schema.maxItems as number | undefined) ?? 4,
      });
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const required = new Set((schema.required ?? []) as string[]);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) shape[name] = valueFor(property);
      const requiredKeys = Object.keys(properties).filter((name) => required.has(name));
      const base = fc.record(shape, { requiredKeys });
      const extra = schema.additionalProperties;
      if (typeof extra !== 'object' || extra === null) return base;
      const extraKeys = fc.dictionary(
        fc.stringMatching(/^x[a-z]{1,5}$/).filter((key) => !(key in properties)),
        valueFor(extra as Json),
        { maxKeys: 3 },
      );
      return fc.tuple(base, extraKeys).map(([known, more]) => ({ ...more, ...known }));
    }
    default:
      throw new Error(`no arbitrary for type ${type}`);
  }
}
