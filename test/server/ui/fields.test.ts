import { describe, expect, it } from 'vitest';
import { compilePrompt } from '../../../src/engine/prompt.js';
import { fieldValue, formVariables, inputFields, inputNames } from '../../../src/server/ui/fields.js';

const compiled = compilePrompt({
  name: 'support/greeting',
  version: '1.0.0',
  type: 'text',
  template: '{{company}} {{tone}} {{visits}} {{vip}} {{#items}}{{.}}{{/items}} {{score}}',
  input: {
    schema: {
      company: 'string, the company',
      'tone?(enum)': ['formal', 'friendly'],
      'visits?': 'integer',
      'vip?': 'boolean',
      'items(array)': 'string',
      score: 'number',
    },
    default: { tone: 'friendly' },
  },
});

describe('preview form fields', () => {
  it('come from the compiled schema, in declaration order, with kind, type, requiredness and default', () => {
    const fields = inputFields(compiled);
    expect(fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['company', 'string', true],
      ['tone', 'enum', false],
      ['visits', 'integer', false],
      ['vip', 'boolean', false],
      ['items', 'json', true],
      ['score', 'number', true],
    ]);
    expect(fields[0]?.description).toBe('the company');
    expect(fields[1]?.default).toBe('friendly');
    expect(fields[1]?.options).toEqual(['formal', 'friendly']);
  });

  it('turn an empty field into a variable not given, and pass what does not parse as typed', () => {
    const fields = inputFields(compiled);
    const form = new URLSearchParams({
      'in.company': 'Acme',
      'in.tone': '',
      'in.visits': 'three',
      'in.vip': 'true',
      'in.items': '["a", "b"]',
      'in.score': '1.5e2',
      'in.other': 'ignored',
    });
    expect(formVariables(fields, form)).toEqual({
      company: 'Acme',
      visits: 'three',
      vip: true,
      items: ['a', 'b'],
      score: 150,
    });
    const json = fields[4]!;
    expect(fieldValue(json, '[oops')).toBe('[oops');
    expect(fieldValue(json, 'null')).toBeNull();
  });

  it('render reports every problem of a submitted form at once', () => {
    const vars = formVariables(inputFields(compiled), new URLSearchParams({ 'in.visits': 'x', 'in.items': '{' }));
    let issues: Array<{ path: readonly (string | number)[]; code: string }> = [];
    try {
      compiled.render(vars);
    } catch (error) {
      issues = (error as { issues: typeof issues }).issues;
    }
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['company', 'missing'],
      ['visits', 'invalid_type'],
      ['items', 'invalid_type'],
      ['score', 'missing'],
    ]);
  });

  it('names the inputs of a version without loading its partials', () => {
    expect(inputNames({ name: 'a', version: '1.0.0', type: 'text', template: '{{x}} {{> other}}' })).toEqual(['x']);
    expect(inputNames({ name: 'a', version: '1.0.0', type: 'text', template: '{{#x}' })).toEqual([]);
  });
});
