import { describe, expect, it } from 'vitest';
import { lookupName, lookupPath, parseNamePath, readOwn, readOwnPath } from '../../../src/engine/template/index.js';

describe('parseNamePath', () => {
  it('splits dotted names and maps the implicit iterator to an empty path', () => {
    expect(parseNamePath('.')).toEqual([]);
    expect(parseNamePath('a')).toEqual(['a']);
    expect(parseNamePath('a.b.c')).toEqual(['a', 'b', 'c']);
  });
});

describe('lookupName', () => {
  it('searches the frames from the top and stops at the first owner, even of undefined', () => {
    expect(lookupName([{ a: 1 }, { b: 2 }], 'a')).toBe(1);
    expect(lookupName([{ a: 1 }, { a: 2 }], 'a')).toBe(2);
    expect(lookupName([{ a: 1 }, { a: undefined }], 'a')).toBeUndefined();
    expect(lookupName([{ a: 1 }, 'string frame', 7], 'a')).toBe(1);
  });

  it('never reads prototype members', () => {
    const frames = [{}];
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(lookupName(frames, key)).toBeUndefined();
    }
    class Secretive {
      get secret(): string {
        return 'leak';
      }
    }
    expect(lookupName([new Secretive()], 'secret')).toBeUndefined();
    expect(lookupName([Object.create({ inherited: 'leak' })], 'inherited')).toBeUndefined();
  });

  it('reads own properties of null-prototype objects', () => {
    const view = Object.assign(Object.create(null) as Record<string, unknown>, { a: 'x' });
    expect(lookupName([view], 'a')).toBe('x');
  });
});

describe('lookupPath', () => {
  it('resolves the first segment through the stack and the rest inside that value only', () => {
    // Spec "Dotted Names - Context Precedence": a.b is found, b.c is missing in it: no fallback.
    const frames = [{ a: { b: {} }, b: { c: 'ERROR' } }, { a: { b: {} } }];
    expect(lookupPath(frames, ['a', 'b', 'c'])).toBeUndefined();
    expect(lookupPath([{ a: { b: { c: 'ok' } } }, {}], ['a', 'b', 'c'])).toBe('ok');
  });

  it('returns the top frame for the implicit iterator', () => {
    expect(lookupPath([{ a: 1 }, 'top'], [])).toBe('top');
  });

  it('does not read properties of primitives or prototypes along a path', () => {
    expect(lookupPath([{ s: 'abc' }], ['s', 'length'])).toBeUndefined();
    expect(lookupPath([{ o: {} }], ['o', 'constructor', 'name'])).toBeUndefined();
    expect(lookupPath([{ list: ['x', 'y'] }], ['list', '1'])).toBe('y');
  });

  it('readOwnPath reads a path of own properties from one value', () => {
    expect(readOwnPath({ a: { b: 'x' } }, ['a', 'b'])).toBe('x');
    expect(readOwnPath('top', [])).toBe('top');
    expect(readOwnPath({ a: {} }, ['a', 'constructor'])).toBeUndefined();
    expect(readOwnPath({ a: null }, ['a', 'b'])).toBeUndefined();
  });

  it('readOwn reads own properties of objects only', () => {
    expect(readOwn({ a: 1 }, 'a')).toBe(1);
    expect(readOwn({}, 'toString')).toBeUndefined();
    expect(readOwn('abc', 'length')).toBeUndefined();
    expect(readOwn(null, 'a')).toBeUndefined();
  });
});
