/**
 * The malformed schemas of the rich checks' tests (`normalizeJsonSchema`, `picoschemaToJsonSchema`), with the field
 * each is refused at and its rich wording. json-schema.test.ts and picoschema.test.ts check the wording;
 * normalize-lean.test.ts runs every case through the lean check, which must refuse it at the same field.
 */

/** A refused schema: its field (below `input.schema`) and its rich detail (`exact`: all of it, else a part). */
export interface RefusedCase {
  readonly title: string;
  readonly schema: unknown;
  /** For JSON Schema: `top: false` (an output schema); default true. */
  readonly top?: boolean;
  readonly field: string;
  readonly detail: string;
  readonly exact?: boolean;
}

const object = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});

const UNSUPPORTED = ['not', 'if', 'then', 'else', 'uniqueItems', 'patternProperties', 'prefixItems'];

/** Every malformed schema of json-schema.test.ts, located at `input.schema`. */
export const JSON_SCHEMA_REFUSED: readonly RefusedCase[] = [
  {
    title: 'the top level must be an object',
    schema: { type: 'string' },
    field: 'input.schema.type',
    detail: 'an input schema must describe an object of variables',
  },
  {
    title: 'the top level must be an object, not nullable',
    schema: { type: ['object', 'null'] },
    field: 'input.schema.type',
    detail: 'type ["object","null"]',
  },
  {
    title: 'an unknown type, with a suggestion',
    schema: object({ a: { type: 'strng' } }),
    field: 'input.schema.properties.a.type',
    detail:
      'unknown type "strng"; did you mean "string"? (types: string, number, integer, boolean, null, object, array)',
    exact: true,
  },
  {
    title: 'a type of another language',
    schema: object({ a: { type: 'int' } }),
    field: 'input.schema.properties.a.type',
    detail: 'did you mean "integer"?',
  },
  {
    title: 'type any',
    schema: object({ a: { type: 'any' } }),
    field: 'input.schema.properties.a.type',
    detail: 'leave "type" out',
  },
  {
    title: 'a type that is not a string',
    schema: object({ a: { type: ['string', 5] } }),
    field: 'input.schema.properties.a.type',
    detail: 'a type must be a string, got number 5',
    exact: true,
  },
  {
    title: 'an empty type list',
    schema: object({ a: { type: [] } }),
    field: 'input.schema.properties.a.type',
    detail: 'empty list',
  },
  {
    title: 'a type listed twice',
    schema: object({ a: { type: ['string', 'string'] } }),
    field: 'input.schema.properties.a.type',
    detail: 'listed twice',
  },
  {
    title: '$ref',
    schema: object({ a: { $ref: '#/$defs/A' } }),
    field: 'input.schema.properties.a.$ref',
    detail: 'the JSON Schema keyword "$ref" is not supported in input schemas: inline the referenced schema',
    exact: true,
  },
  ...UNSUPPORTED.map((keyword) => ({
    title: `unsupported keyword ${keyword}`,
    schema: object({ a: { [keyword]: {} } }),
    field: `input.schema.properties.a.${keyword}`,
    detail: `"${keyword}" is not supported`,
  })),
  {
    title: 'an unknown keyword is a typo',
    schema: { type: 'object', propertes: {} },
    field: 'input.schema.propertes',
    detail:
      'unknown JSON Schema keyword "propertes"; did you mean "properties"? (vendor extensions must start with "x-")',
    exact: true,
  },
  {
    title: 'a keyword of another type',
    schema: object({ a: { type: 'number', minLength: 1 } }),
    field: 'input.schema.properties.a.minLength',
    detail: '"minLength" applies to strings, but the type is "number"',
    exact: true,
  },
  {
    title: 'a typed keyword without a type',
    schema: object({ a: { minimum: 1 } }),
    field: 'input.schema.properties.a.minimum',
    detail: '"minimum" needs "type": "number"',
    exact: true,
  },
  {
    title: 'required names must be declared',
    schema: object({ customer: { type: 'string' } }, { required: ['custmer'] }),
    field: 'input.schema.required',
    detail: '"required" lists "custmer", which "properties" does not declare; did you mean "customer"?',
    exact: true,
  },
  {
    title: 'required must be a list',
    schema: object({}, { required: 'a' }),
    field: 'input.schema.required',
    detail: 'must be a list',
  },
  {
    title: 'required must list names',
    schema: object({ a: {} }, { required: [['a']] }),
    field: 'input.schema.required',
    detail: '"required" must list property names, got an array',
    exact: true,
  },
  {
    title: 'a required name twice',
    schema: object({ a: {} }, { required: ['a', 'a'] }),
    field: 'input.schema.required',
    detail: '"a" is listed twice in "required"',
    exact: true,
  },
  {
    title: 'a negative minLength',
    schema: object({ a: { type: 'string', minLength: -1 } }),
    field: 'input.schema.properties.a.minLength',
    detail: '"minLength" must be a whole number >= 0',
  },
  {
    title: 'an invalid pattern',
    schema: object({ a: { type: 'string', pattern: '([' } }),
    field: 'input.schema.properties.a.pattern',
    detail: 'is not a valid regular expression',
  },
  {
    title: 'a pattern that is not a string',
    schema: object({ a: { type: 'string', pattern: 5 } }),
    field: 'input.schema.properties.a.pattern',
    detail: '"pattern" must be a regular expression string, got number 5',
    exact: true,
  },
  {
    title: 'multipleOf 0',
    schema: object({ a: { type: 'number', multipleOf: 0 } }),
    field: 'input.schema.properties.a.multipleOf',
    detail: 'greater than 0',
  },
  {
    title: 'a bound that is not a number',
    schema: object({ a: { type: 'number', maximum: '5' } }),
    field: 'input.schema.properties.a.maximum',
    detail: '"maximum" must be a number, got string "5"',
    exact: true,
  },
  {
    title: 'a draft-4 exclusive bound without its bound',
    schema: object({ a: { type: 'number', exclusiveMaximum: true } }),
    field: 'input.schema.properties.a.exclusiveMaximum',
    detail: '"exclusiveMaximum: true" needs "maximum"',
    exact: true,
  },
  {
    title: 'nullable that is not a boolean',
    schema: object({ a: { type: 'string', nullable: 'yes' } }),
    field: 'input.schema.properties.a.nullable',
    detail: '"nullable" must be true or false, got string "yes"',
    exact: true,
  },
  {
    title: 'nullable with const',
    schema: object({ a: { const: 'x', nullable: true } }),
    field: 'input.schema.properties.a.nullable',
    detail: '"nullable: true" with "const": use "enum": [value, null] instead',
    exact: true,
  },
  {
    title: 'an empty enum',
    schema: object({ a: { enum: [] } }),
    field: 'input.schema.properties.a.enum',
    detail: 'non-empty list',
  },
  {
    title: 'an enum value that is not a primitive',
    schema: object({ a: { enum: [{}] } }),
    field: 'input.schema.properties.a.enum[0]',
    detail: 'enum values must be strings, numbers, booleans or null, got an object',
    exact: true,
  },
  {
    title: 'an enum value of another type',
    schema: object({ a: { type: 'string', enum: [1] } }),
    field: 'input.schema.properties.a.enum[0]',
    detail: 'does not fit type "string"',
  },
  {
    title: 'a const of another type',
    schema: object({ a: { type: 'string', const: 1 } }),
    field: 'input.schema.properties.a.const',
    detail: 'const 1 does not fit type "string"',
    exact: true,
  },
  {
    title: 'tuple items',
    schema: object({ a: { type: 'array', items: [{}] } }),
    field: 'input.schema.properties.a.items',
    detail: 'tuple',
  },
  {
    title: 'a property that is not a schema',
    schema: object({ a: 'string' }),
    field: 'input.schema.properties.a',
    detail: 'expected a schema object, got string "string"',
    exact: true,
  },
  {
    title: 'the schema false',
    schema: object({ a: false }),
    field: 'input.schema.properties.a',
    detail: 'accepts no value',
  },
  {
    title: 'properties that are not a map',
    schema: { type: 'object', properties: [] },
    field: 'input.schema.properties',
    detail: '"properties" must map names to schemas, got an array',
    exact: true,
  },
  {
    title: 'an empty anyOf',
    schema: object({ a: { anyOf: [] } }),
    field: 'input.schema.properties.a.anyOf',
    detail: 'expected a non-empty list of schemas, got an array',
    exact: true,
  },
  {
    title: 'allOf members of no common type',
    schema: object({ a: { allOf: [{ type: 'string' }, { type: 'number' }] } }),
    field: 'input.schema.properties.a.allOf[1]',
    detail: 'at once',
  },
  {
    title: 'allOf members that disagree',
    schema: object({
      a: {
        allOf: [
          { type: 'string', minLength: 1 },
          { type: 'string', minLength: 2 },
        ],
      },
    }),
    field: 'input.schema.properties.a.allOf[1].minLength',
    detail: 'allOf members give "minLength" different values',
  },
  {
    title: 'allOf members that define a property differently',
    schema: { allOf: [object({ a: { type: 'string' } }), object({ a: { type: 'number' } })] },
    field: 'input.schema.allOf[1].properties.a',
    detail: 'property "a" is defined differently in two allOf members: define it once',
    exact: true,
  },
  {
    title: 'anyOf mixed with validation keywords',
    schema: object({ a: { type: 'string', anyOf: [{ minLength: 1, type: 'string' }] } }),
    field: 'input.schema.properties.a.type',
    detail: '"anyOf" cannot be combined with "type" here: move "type" into each alternative',
    exact: true,
  },
  {
    title: 'too deep',
    schema: object({ a: nested(40) }),
    field: `input.schema.properties.a${'.items'.repeat(32)}`,
    detail: 'the schema nests more than 32 levels deep: flatten it',
    exact: true,
  },
];

function nested(depth: number): Record<string, unknown> {
  return depth === 0 ? { type: 'string' } : { type: 'array', items: nested(depth - 1) };
}

/** Every malformed Picoschema of picoschema.test.ts, located at `input.schema`. */
export const PICOSCHEMA_REFUSED: readonly RefusedCase[] = [
  {
    title: 'an unknown scalar type, with a suggestion',
    schema: { customer: 'strng' },
    field: 'input.schema.customer',
    detail:
      'unknown type "strng"; did you mean "string"? Picoschema types are string, number, integer, boolean, null, any',
  },
  ...[
    ['int', 'integer'],
    ['float', 'number'],
    ['bool', 'boolean'],
  ].map(([alias, type]) => ({
    title: `the alias ${alias}`,
    schema: { n: alias },
    field: 'input.schema.n',
    detail: `did you mean "${type}"?`,
  })),
  {
    title: 'a named schema',
    schema: { foo: 'Foo, a foo' },
    field: 'input.schema.foo',
    detail:
      'unknown type "Foo" Picoschema types are string, number, integer, boolean, null, any, plus name(array), ' +
      'name(object) and name(enum). Named schemas are not supported: describe the fields inline',
    exact: true,
  },
  {
    title: 'array written as a plain type',
    schema: { tags: 'array' },
    field: 'input.schema.tags',
    detail: '"array" goes in parentheses after the field name: write `name(array): string`',
    exact: true,
  },
  {
    title: 'enum written as a plain type',
    schema: { tone: 'enum' },
    field: 'input.schema.tone',
    detail: '`name(enum): [a, b]`',
  },
  {
    title: 'a field without a type',
    schema: { tone: ', a tone' },
    field: 'input.schema.tone',
    detail: 'the field has no type: write `name: string` (types: string, number, integer, boolean, null, any)',
    exact: true,
  },
  {
    title: 'an unknown parenthetical type',
    schema: { 'tags(arary)': 'string' },
    field: 'input.schema.tags(arary)',
    detail: 'unknown type "(arary)": parenthetical types are (array), (object) and (enum); did you mean "(array)"?',
    exact: true,
  },
  {
    title: 'a scalar type in parentheses',
    schema: { 'n(string)': 'x' },
    field: 'input.schema.n(string)',
    detail: 'for a string, write `name: string`',
  },
  {
    title: 'enum without a list',
    schema: { 'tone(enum)': 'formal' },
    field: 'input.schema.tone(enum)',
    detail: '(enum) takes a non-empty list of values',
  },
  {
    title: 'an empty enum',
    schema: { 'tone(enum)': [] },
    field: 'input.schema.tone(enum)',
    detail: 'non-empty list',
  },
  {
    title: 'a list without enum',
    schema: { tone: ['a', 'b'] },
    field: 'input.schema.tone',
    detail: 'a list of values needs the (enum) type: write `name(enum): [a, b]`',
    exact: true,
  },
  {
    title: 'an array of enum',
    schema: { 'tones(array)': ['a', 'b'] },
    field: 'input.schema.tones(array)',
    detail: 'Picoschema has no array-of-enum form',
  },
  {
    title: 'an array of a number',
    schema: { 'tones(array)': 5 },
    field: 'input.schema.tones(array)',
    detail: '(array) takes the item type, e.g. `name(array): string`, got number 5',
    exact: true,
  },
  {
    title: 'an enum value that is not a primitive',
    schema: { 'tone(enum)': ['a', { b: 1 }] },
    field: 'input.schema.tone(enum)[1]',
    detail: 'enum values must be strings, numbers, booleans or null, got an object',
    exact: true,
  },
  {
    title: 'a field of null',
    schema: { a: null },
    field: 'input.schema.a',
    detail: 'the field has no type',
  },
  {
    title: 'a field of a number',
    schema: { a: 5 },
    field: 'input.schema.a',
    detail: 'expected a type name such as "string"',
  },
  {
    title: '(object) with a type name',
    schema: { 'a(object)': 'string' },
    field: 'input.schema.a(object)',
    detail: '(object) takes nested fields',
  },
  {
    title: 'a list as the schema',
    schema: ['a'],
    field: 'input.schema',
    detail: 'a schema must be Picoschema fields',
  },
  {
    title: 'an empty schema',
    schema: null,
    field: 'input.schema',
    detail: 'the schema is empty',
  },
  {
    title: 'a field declared twice',
    schema: { tone: 'string', 'tone?': 'string' },
    field: 'input.schema.tone?',
    detail: 'field "tone" is declared twice ("tone" and "tone?"): keep one',
    exact: true,
  },
  {
    title: 'an unclosed parenthesis',
    schema: { 'a(array': 'string' },
    field: 'input.schema.a(array',
    detail: 'unclosed "("',
  },
  {
    title: 'a field without a name',
    schema: { '?': 'string' },
    field: 'input.schema.?',
    detail: 'has no name',
  },
  {
    title: 'a field name with spaces around it',
    schema: { ' a': 'string' },
    field: 'input.schema. a',
    detail: 'field name " a" has leading or trailing spaces: remove them',
    exact: true,
  },
  {
    title: 'an error deep inside names the whole path',
    schema: { 'a(object)': { 'b(array)': { c: 'strin' } } },
    field: 'input.schema.a(object).b(array).c',
    detail: 'unknown type "strin"',
  },
  {
    title: 'objects nested too deep',
    schema: nestedFields(40),
    field: `input.schema${'.a'.repeat(33)}`,
    detail: 'the schema nests objects more than 32 levels deep: flatten it',
    exact: true,
  },
];

function nestedFields(depth: number): Record<string, unknown> {
  return depth === 0 ? { leaf: 'string' } : { a: nestedFields(depth - 1) };
}
