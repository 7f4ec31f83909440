import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { MAX_SECTION_DEPTH, parseTemplate } from '../../../src/engine/template/index.js';
import { PromptFormatError } from '../../../src/errors.js';
import { thrownBy } from '../../helpers/errors.js';

const formatError = (fn: () => unknown): PromptFormatError => thrownBy(PromptFormatError, fn);

describe('parseTemplate', () => {
  it('builds a typed tree and drops comments and delimiter changes', () => {
    expect(parseTemplate('Hi {{a.b}}{{! note }}{{=<% %>=}}<%#s%><%{raw}%><%/s%><%^t%><%&amp%><%/t%>')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'a.b', path: ['a', 'b'], escaped: true },
      {
        kind: 'section',
        name: 's',
        path: ['s'],
        inverted: false,
        children: [{ kind: 'variable', name: 'raw', path: ['raw'], escaped: false }],
      },
      {
        kind: 'section',
        name: 't',
        path: ['t'],
        inverted: true,
        children: [{ kind: 'variable', name: 'amp', path: ['amp'], escaped: false }],
      },
    ]);
  });

  it('records the indentation of standalone partials only', () => {
    expect(parseTemplate('a\n  {{> p}}\nb')).toEqual([
      { kind: 'text', text: 'a\n' },
      { kind: 'partial', name: 'p', indentation: '  ', lineEnding: '\n' },
      { kind: 'text', text: 'b' },
    ]);
    const inline = { kind: 'partial', name: 'p', indentation: '', lineEnding: '' };
    expect(parseTemplate('  {{> p}} x\n')).toContainEqual(inline);
    expect(parseTemplate('x {{> p}}\n')).toContainEqual(inline);
    expect(parseTemplate('{{a}} {{> p}}\n')).toContainEqual(inline);
    expect(parseTemplate('{{#s}}\n\t{{> p}}\n{{/s}}')).toEqual([
      {
        kind: 'section',
        name: 's',
        path: ['s'],
        inverted: false,
        children: [{ kind: 'partial', name: 'p', indentation: '\t', lineEnding: '\n' }],
      },
    ]);
  });

  it('records the line ending the parser removed with a standalone partial tag', () => {
    const partial = (source: string) => parseTemplate(source).find((n) => n.kind === 'partial');
    expect(partial('Intro.\n{{> p}}\n\n{{t}}')).toMatchObject({ indentation: '', lineEnding: '\n' });
    expect(partial('a\r\n  {{> p}}  \r\nb')).toMatchObject({ indentation: '  ', lineEnding: '\r\n' });
    expect(partial('a\n{{> p}}')).toMatchObject({ lineEnding: '' }); // standalone at the end: no line ending
    expect(partial('a\n{{> p}} b\n')).toMatchObject({ lineEnding: '' }); // not standalone
    expect(partial('{{#s}}\n{{> p}}\r\n{{/s}}')).toBeUndefined(); // inside the section's children:
    const [section] = parseTemplate('{{#s}}\n{{> p}}\r\n{{/s}}');
    expect(section).toMatchObject({ children: [{ kind: 'partial', lineEnding: '\r\n' }] });
    expect(partial('{{=<% %>=}}\n<%> p%>\n<%={{ }}=%>\nx')).toMatchObject({ name: 'p', lineEnding: '\n' });
  });

  it('neither reads nor changes the global tags, escape or template cache of mustache', () => {
    const tags = Mustache.tags;
    const originalEscape = Mustache.escape;
    Mustache.tags = ['<%', '%>'];
    try {
      expect(parseTemplate('{{a}}')).toEqual([{ kind: 'variable', name: 'a', path: ['a'], escaped: true }]);
    } finally {
      Mustache.tags = tags;
    }
    expect(Mustache.escape).toBe(originalEscape);
  });

  it('reports syntax errors with what, where and how to fix', () => {
    const unclosedTag = formatError(() => parseTemplate('line one\nHello {{name', { promptName: 'greet' }));
    expect(unclosedTag.message).toBe(
      'prompt "greet", field "template": invalid mustache template (template line 2, column 13): ' +
        'a tag is opened but never closed; close it (e.g. "{{name}}")',
    );
    expect(unclosedTag.promptName).toBe('greet');
    expect(unclosedTag.field).toBe('template');

    const stray = formatError(() => parseTemplate('{{/items}}'));
    expect(stray.detail).toBe(
      'invalid mustache template (template line 1, column 1): "{{/items}}" closes a section that was never opened; ' +
        'add "{{#items}}" before it or remove it',
    );

    const unclosed = formatError(() => parseTemplate('{{#items}}x'));
    expect(unclosed.detail).toContain('section "{{#items}}" is not closed; add "{{/items}}" at its end');

    const tags = formatError(() => parseTemplate('{{=a=}}'));
    expect(tags.detail).toContain('invalid set-delimiter tag "a"');
  });

  it('points at the file line when the template start line is known', () => {
    const error = formatError(() =>
      parseTemplate('ok\n{{#a}}', { file: 'prompts/x.prompt.md', line: 5, promptName: 'x', field: 'template' }),
    );
    expect(error.file).toBe('prompts/x.prompt.md');
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/^prompts\/x\.prompt\.md:6:\d+, field "template": invalid mustache template: /);
  });
});

describe('section nesting bound', () => {
  it('refuses sections nested deeper than MAX_SECTION_DEPTH with a PromptFormatError, never a RangeError', () => {
    const deep = (n: number) => `${'{{#a}}'.repeat(n)}x${'{{/a}}'.repeat(n)}`;
    expect(parseTemplate(deep(MAX_SECTION_DEPTH)).length).toBe(1);
    for (const n of [MAX_SECTION_DEPTH + 1, 10_000]) {
      let error: unknown;
      try {
        parseTemplate(deep(n), { promptName: 'deep' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PromptFormatError);
      expect((error as PromptFormatError).message).toBe(
        `prompt "deep", field "template": invalid mustache template (template line 1, column ${6 * MAX_SECTION_DEPTH + 1}): ` +
          `sections nest deeper than ${MAX_SECTION_DEPTH} levels (at "{{#a}}"); flatten the template`,
      );
    }
  });
});
