import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '../../../src/engine/template/index.js';

describe('analyzeTemplate', () => {
  it('lists names used outside sections as required, by their first segment', () => {
    expect(analyzeTemplate('Hi {{name}}, {{user.email}} {{{raw}}} {{&amp}} {{name}}')).toEqual({
      required: ['name', 'user', 'raw', 'amp'],
      all: ['name', 'user', 'raw', 'amp'],
      nested: [],
      partials: [],
    });
  });

  it('counts section names as optional root names and names inside sections as nested', () => {
    expect(
      analyzeTemplate('{{#items}}{{title}}{{.}}{{#sub}}{{/sub}}{{/items}}{{#flag.on}}{{x}}{{items}}{{/flag.on}}'),
    ).toEqual({
      required: [],
      all: ['items', 'flag'],
      nested: ['title', 'sub', 'x'],
      partials: [],
    });
  });

  it('counts names in inverted sections as optional root names (they push no context)', () => {
    expect(analyzeTemplate('{{^vip}}{{plan}}{{#deal}}{{inner}}{{/deal}}{{/vip}}')).toEqual({
      required: [],
      all: ['vip', 'plan', 'deal'],
      nested: ['inner'],
      partials: [],
    });
  });

  it('ignores the implicit iterator and comments, and lists partials once', () => {
    expect(analyzeTemplate('{{.}}{{! {{x}} }}{{> a}}{{#s}}{{> b}}{{/s}}{{> a}}')).toEqual({
      required: [],
      all: ['s'],
      nested: [],
      partials: ['a', 'b'],
    });
  });
});
