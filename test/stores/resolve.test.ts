import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/engine/schema/suggest.js';
import { ConfigError, PromptFormatError } from '../../src/errors.js';
import { assertLabelName, assertPromptName, findDuplicateLabel } from '../../src/stores/checks.js';
import { copyPlainData, deepFreeze } from '../../src/stores/frozen.js';
import { memoryStore } from '../../src/stores/memory.js';
import { resolveLocally } from '../../src/stores/resolve.js';
import { suggestNames } from '../../src/stores/suggest.js';

describe('store helpers', () => {
  it('editDistance counts edits and stops early past a limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('a'.repeat(50), 'b'.repeat(50), 2)).toBe(3);
  });

  it('suggestNames: close names first, and the same last segment under another folder', () => {
    const names = ['support/greeting', 'support/triage', 'sales/intro', 'marketing/greeting'];
    expect(suggestNames('support/greting', names)).toEqual(['support/greeting']);
    expect(suggestNames('greeting', names)).toEqual(['support/greeting', 'marketing/greeting']);
    expect(suggestNames('zzz', names)).toEqual([]);
    expect(suggestNames('support/greeting', names)).toEqual(['marketing/greeting']);
  });

  it('resolveLocally lists, picks and loads', async () => {
    const store = memoryStore([
      { name: 'a', version: '1.0.0', type: 'text', template: 'one', labels: ['production'] },
      { name: 'a', version: '1.5.0', type: 'text', template: 'two' },
    ]);
    expect((await resolveLocally(store, 'a', '^1'))?.version).toBe('1.5.0');
    expect((await resolveLocally(store, 'a', 'production'))?.template).toBe('one');
    expect(await resolveLocally(store, 'a', '2.x')).toBeUndefined();
    expect(await resolveLocally(store, 'b', 'latest')).toBeUndefined();
  });

  it('assertPromptName and assertLabelName explain what is wrong', () => {
    expect(() => assertPromptName('../x', 'file')).toThrow(PromptFormatError);
    expect(() => assertPromptName('../x', 'file')).toThrow(
      /invalid prompt name "\.\.\/x".*\(asked of the file store\); nothing was read/,
    );
    expect(() => assertLabelName('1st', 'memory')).toThrow(ConfigError);
    expect(() => assertLabelName('1st', 'memory')).toThrow(
      /Invalid label "1st": a label is a letter followed by letters/,
    );
  });

  it('findDuplicateLabel finds a label on two versions', () => {
    expect(
      findDuplicateLabel([
        { version: '1.0.0', labels: ['a'] },
        { version: '2.0.0', labels: ['b'] },
      ]),
    ).toBeUndefined();
    expect(
      findDuplicateLabel([
        { version: '1.0.0', labels: ['a'] },
        { version: '2.0.0', labels: ['a'] },
      ]),
    ).toEqual({
      label: 'a',
      versions: ['1.0.0', '2.0.0'],
    });
  });

  it('copyPlainData and deepFreeze touch plain data only', () => {
    class Schema {
      cache: unknown;
    }
    const schema = new Schema();
    const value = { a: [{ b: 1 }], schema };
    const copy = deepFreeze(copyPlainData(value));
    expect(copy).not.toBe(value);
    expect(copy.a).not.toBe(value.a);
    expect(copy.schema).toBe(schema);
    expect(Object.isFrozen(copy.a[0])).toBe(true);
    expect(Object.isFrozen(schema)).toBe(false);
    expect(Object.isFrozen(value)).toBe(false);
  });
});
