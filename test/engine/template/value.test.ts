import { describe, expect, it } from 'vitest';
import { escapeHtml, isEmptyValue, toText } from '../../../src/engine/template/index.js';

describe('toText', () => {
  it('renders strings as they are and primitives through String', () => {
    expect(toText('a {{b}}')).toBe('a {{b}}');
    expect(toText(85)).toBe('85');
    expect(toText(1.21)).toBe('1.21');
    expect(toText(false)).toBe('false');
    expect(toText(10n)).toBe('10');
  });

  it('renders null, undefined, functions and symbols as empty', () => {
    expect(toText(null)).toBe('');
    expect(toText(undefined)).toBe('');
    expect(toText(() => 'called')).toBe('');
    expect(toText(Symbol('s'))).toBe('');
  });

  it('renders objects and arrays as JSON, never [object Object]', () => {
    expect(toText({ a: 1, b: ['x'] })).toBe('{"a":1,"b":["x"]}');
    expect(toText([1, 'two', null])).toBe('[1,"two",null]');
    expect(toText(new Date('2024-01-02T03:04:05.000Z'))).toBe('2024-01-02T03:04:05.000Z');
    expect(toText(new Date(Number.NaN))).toBe('');
  });

  it('still renders values JSON cannot encode', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(toText(cyclic)).toBe('{"a":1,"self":"[Circular]"}');
    expect(toText({ n: 1n })).toBe('{"n":"1"}');
  });
});

describe('isEmptyValue', () => {
  it('follows the spec: JavaScript-falsy values and empty lists are empty', () => {
    for (const v of [false, null, undefined, 0, Number.NaN, '', []]) expect(isEmptyValue(v)).toBe(true);
    for (const v of [true, 1, 'x', [0], {}, ' ']) expect(isEmptyValue(v)).toBe(false);
  });

  it('treats functions as empty (they are never called)', () => {
    expect(isEmptyValue(() => true)).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`& " < > ' /`)).toBe('&amp; &quot; &lt; &gt; &#39; /');
  });
});
