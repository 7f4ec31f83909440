import { describe, expect, it } from 'vitest';
import { compilePrompt, partialNamesOf } from '../../../src/engine/prompt.js';
import type { PromptRecord } from '../../../src/engine/record.js';
import { parseAndKeep, takeParsed } from '../../../src/engine/template/parsed.js';

describe('parse once per load', () => {
  it('partialNamesOf keeps the parsed template and compilePrompt takes it (parsed once, not twice)', () => {
    const record: PromptRecord = { name: 'a', version: '1.0.0', type: 'text', template: 'Hi {{x}} {{> b}}' };
    const partial: PromptRecord = { name: 'b', version: '1.0.0', type: 'text', template: 'from {{y}}' };
    expect(partialNamesOf(record)).toEqual(['b']);
    expect(partialNamesOf(partial)).toEqual([]);
    const compiled = compilePrompt(record, { partials: (name) => (name === 'b' ? partial : undefined) });
    expect(compiled.render({ x: 'Ada', y: 'Bo' })).toBe('Hi Ada from Bo');
    // Both were taken by the compile: nothing is left behind.
    expect(takeParsed(record, 'template', record.template as string)).toBeUndefined();
    expect(takeParsed(partial, 'template', partial.template as string)).toBeUndefined();
  });

  it('kept nodes are used only for the very same source', () => {
    const owner = {};
    parseAndKeep(owner, 'template', 'one {{a}}', {});
    expect(takeParsed(owner, 'template', 'two {{a}}')).toBeUndefined();
    expect(takeParsed(owner, 'template', 'one {{a}}')).toHaveLength(2);
    expect(takeParsed(owner, 'template', 'one {{a}}')).toBeUndefined();
  });
});
