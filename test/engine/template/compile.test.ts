import { describe, expect, it, vi } from 'vitest';
import { compileTemplate, escapeHtml } from '../../../src/engine/template/index.js';

const render = (template: string, view: unknown): string => compileTemplate(template).render(view);

describe('compileTemplate: interpolation', () => {
  it('inserts values as they are, without HTML escaping by default', () => {
    expect(render('{{a}} {{{a}}} {{&a}}', { a: `<b> & "q" 'x'` })).toBe(`<b> & "q" 'x' <b> & "q" 'x' <b> & "q" 'x'`);
  });

  it('escapes {{x}} only, when an escape function is given', () => {
    const t = compileTemplate('{{a}} {{{a}}} {{&a}}', { escape: escapeHtml });
    expect(t.render({ a: '<&>' })).toBe('&lt;&amp;&gt; <&> <&>');
  });

  it('renders numbers and booleans as text, missing and null as empty', () => {
    expect(render('[{{n}}|{{f}}|{{t}}|{{z}}|{{none}}|{{nil}}]', { n: 1.5, f: false, t: true, z: 0, nil: null })).toBe(
      '[1.5|false|true|0||]',
    );
  });

  it('renders objects and arrays as JSON', () => {
    expect(render('{{user}} {{tags}}', { user: { name: 'Ada', age: 36 }, tags: ['a', 'b'] })).toBe(
      '{"name":"Ada","age":36} ["a","b"]',
    );
  });

  it('never evaluates mustache found in values', () => {
    expect(render('{{a}}', { a: '{{b}}', b: 'evaluated' })).toBe('{{b}}');
    expect(render('{{a}}', { a: '{{#b}}x{{/b}}{{> p}}' })).toBe('{{#b}}x{{/b}}{{> p}}');
  });

  it('resolves dotted names with context precedence (where mustache.js fails)', () => {
    expect(render('{{#a}}{{b.c}}{{/a}}', { a: { b: {} }, b: { c: 'ERROR' } })).toBe('');
    expect(render('{{a.b.c}}', { a: { b: { c: 'deep' } } })).toBe('deep');
  });

  it('supports set delimiters and comments', () => {
    expect(render('{{! hidden }}{{=<% %>=}}<% a %> {{a}}<%={{ }}=%> {{a}}', { a: 'x' })).toBe('x {{a}} x');
  });

  it('renders a primitive root view through the implicit iterator', () => {
    expect(render('[{{.}}]', 'world')).toBe('[world]');
    expect(render('[{{.}}]', { a: 1 })).toBe('[{"a":1}]');
  });
});

describe('compileTemplate: prototype safety and functions', () => {
  it('never renders prototype members', () => {
    const view = { name: 'x' };
    expect(render('[{{constructor}}|{{__proto__}}|{{toString}}|{{hasOwnProperty}}|{{name.length}}]', view)).toBe(
      '[||||]',
    );
    expect(render('{{constructor.name}}{{#constructor}}leak{{/constructor}}{{^toString}}safe{{/toString}}', view)).toBe(
      'safe',
    );
    expect(render('{{#list}}{{push}}{{map}}{{/list}}', { list: [{}] })).toBe('');
  });

  it('does not let an own "__proto__" key (e.g. from JSON.parse) reach the prototype', () => {
    const view = JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>;
    expect(render('{{__proto__.polluted}}|{{polluted}}', view)).toBe('yes|');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never calls functions in the view: they render empty and count as empty sections', () => {
    const fn = vi.fn(() => 'called');
    expect(render('[{{fn}}|{{#fn}}yes{{/fn}}|{{^fn}}no{{/fn}}]', { fn })).toBe('[||no]');
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('compileTemplate: sections', () => {
  it('iterates arrays, pushes objects, renders other truthy values once', () => {
    expect(render('{{#items}}<{{name}}>{{/items}}', { items: [{ name: 'a' }, { name: 'b' }] })).toBe('<a><b>');
    expect(render('{{#user}}{{name}} of {{company}}{{/user}}', { user: { name: 'Ada' }, company: 'Acme' })).toBe(
      'Ada of Acme',
    );
    expect(render('{{#n}}[{{.}}]{{/n}}{{#s}}[{{.}}]{{/s}}', { n: 42, s: 'str' })).toBe('[42][str]');
  });

  it('skips falsy values and empty arrays; inverted sections render for them', () => {
    const view = { f: false, z: 0, e: '', n: null, list: [] as unknown[], nan: Number.NaN };
    expect(
      render(
        '{{#f}}1{{/f}}{{#z}}2{{/z}}{{#e}}3{{/e}}{{#n}}4{{/n}}{{#list}}5{{/list}}{{#nan}}6{{/nan}}{{#missing}}7{{/missing}}',
        view,
      ),
    ).toBe('');
    expect(
      render('{{^f}}1{{/f}}{{^z}}2{{/z}}{{^e}}3{{/e}}{{^n}}4{{/n}}{{^list}}5{{/list}}{{^missing}}7{{/missing}}', view),
    ).toBe('123457');
    expect(render('{{^t}}x{{/t}}{{^o}}y{{/o}}', { t: true, o: {} })).toBe('');
  });

  it('renders the same compiled template many times without leaking context between renders', () => {
    const t = compileTemplate('{{#a}}{{b}}{{/a}}{{b}}');
    expect(t.render({ a: { b: 'in' }, b: 'out' })).toBe('inout');
    expect(t.render({ b: 'again' })).toBe('again');
  });
});

describe('compileTemplate: partials', () => {
  it('includes partials with standalone indentation, rendering in the current context', () => {
    const partials: Record<string, string> = { item: '- {{name}}\n  ({{id}})\n' };
    const t = compileTemplate('List:\n  {{> item}}\n{{#items}}\n    {{> item}}\n{{/items}}\nend', {
      partial: (name) => partials[name],
    });
    expect(t.render({ name: 'top', id: 0, items: [{ name: 'a', id: 1 }] })).toBe(
      'List:\n  - top\n    (0)\n    - a\n      (1)\nend',
    );
  });

  it("keeps a standalone tag's line ending after a partial whose text does not end one (prompt rule)", () => {
    const partials: Record<string, string> = { p: 'Be polite.', nl: 'Be polite.\n', empty: '', two: 'a\nb' };
    const t = (template: string) => compileTemplate(template, { partial: (n) => partials[n], strict: false });
    // The case: a trimmed .prompt.md body keeps the blank line after the tag.
    expect(t('Intro.\n{{> p}}\n\n{{ticket}}').render({ ticket: 'T' })).toBe('Intro.\nBe polite.\n\nT');
    // A partial that ends its own line is not followed by a second line ending.
    expect(t('Intro.\n{{> nl}}\n\nT').render({})).toBe('Intro.\nBe polite.\n\nT');
    // A partial that renders nothing (empty, missing) leaves the whole line out, as the spec does.
    expect(t('a\n{{> empty}}\nb').render({})).toBe('a\nb');
    expect(t('a\n{{> gone}}\nb').render({})).toBe('a\nb');
    // The tag's own line ending is kept, \r\n included; indentation still applies to every line.
    expect(t('a\r\n  {{> two}}\r\nb').render({})).toBe('a\r\n  a\n  b\r\nb');
    // Not standalone: nothing was removed, nothing is added.
    expect(t('x {{> p}}\ny').render({})).toBe('x Be polite.\ny');
    // Standalone at the very end: there is no line ending to keep.
    expect(t('a\n{{> p}}').render({})).toBe('a\nBe polite.');
    // Inside a section, once per item.
    expect(t('{{#xs}}\n{{> p}}\n{{/xs}}end').render({ xs: [1, 2] })).toBe('Be polite.\nBe polite.\nend');
  });

  it("partialLineEndings: 'spec' drops a standalone tag's line ending always (spec \"Standalone Line Endings\")", () => {
    const t = compileTemplate('|\r\n{{>partial}}\r\n|', { partial: () => '>', partialLineEndings: 'spec' });
    expect(t.render({})).toBe('|\r\n>|');
    expect(compileTemplate('|\r\n{{>partial}}\r\n|', { partial: () => '>' }).render({})).toBe('|\r\n>\r\n|');
  });

  it('does not indent the text that values insert', () => {
    const t = compileTemplate('  {{> p}}\n', { partial: () => '{{v}}\n' });
    expect(t.render({ v: 'a\nb' })).toBe('  a\nb\n');
  });

  it('uses the default delimiters inside a partial', () => {
    const t = compileTemplate('{{=<% %>=}}<%> p%>', { partial: () => '{{v}}<%v%>' });
    expect(t.render({ v: 'x' })).toBe('x<%v%>');
  });

  it('asks the resolver once per name at compile time, never at render time', () => {
    const resolver = vi.fn((name: string) => (name === 'a' ? 'A{{> b}}' : 'B'));
    const t = compileTemplate('{{> a}}{{> a}}{{#list}}{{> b}}{{/list}}', { partial: resolver });
    expect(resolver.mock.calls.map((c) => c[0])).toEqual(['a', 'b']);
    expect(t.render({ list: [1, 2] })).toBe('ABABBB');
    t.render({});
    expect(resolver).toHaveBeenCalledTimes(2);
  });

  it('strict: a missing partial is a PromptFormatError naming it, the includer and the fix', () => {
    expect(() =>
      compileTemplate('Hi {{> partials/footer}}', {
        partial: () => undefined,
        location: { promptName: 'support/greeting', file: 'prompts/support/greeting.prompt.md' },
      }),
    ).toThrowError(
      expect.objectContaining({
        name: 'PromptFormatError',
        file: 'prompts/support/greeting.prompt.md',
        promptName: 'support/greeting',
        message:
          'prompts/support/greeting.prompt.md, field "template": partial "partials/footer" not found ' +
          '(included by "support/greeting"); create it (e.g. partials/footer.prompt.md; shared snippets usually ' +
          'live under partials/) or fix the name in "{{> partials/footer}}"',
      }),
    );
  });

  it('strict: a partial missing deeper down names the partial that includes it', () => {
    expect(() => compileTemplate('{{> a}}', { partial: (n) => (n === 'a' ? '{{> gone}}' : undefined) })).toThrowError(
      /partial "gone" not found \(included by partial "a" of the template\)/,
    );
  });

  it('non-strict: a missing partial renders empty and is listed', () => {
    const t = compileTemplate('[{{> gone}}]', { strict: false });
    expect(t.render({})).toBe('[]');
    expect(t.missingPartials).toEqual(['gone']);
  });

  it('rejects an include cycle outside any section at compile time', () => {
    const partials: Record<string, string> = { a: 'A {{> b}}', b: 'B {{#x}}{{/x}}{{> a}}', self: '{{> self}}' };
    const options = { partial: (n: string) => partials[n], location: { promptName: 'root' } };
    expect(() => compileTemplate('{{> a}}', options)).toThrowError(
      'prompt "root", field "template": partial include cycle "a" → "b" → "a" (included by "root") is outside any ' +
        'section, so rendering it could never end; put the recursive "{{> a}}" inside a section that ends (e.g. ' +
        '"{{#children}}{{> a}}{{/children}}") or remove it',
    );
    expect(() => compileTemplate('{{#s}}{{> self}}{{/s}}', options)).toThrowError(/cycle "self" → "self"/);
  });

  it('allows recursion inside a section (spec "Recursion")', () => {
    const partials: Record<string, string> = { node: '{{content}}<{{#nodes}}{{> node}}{{/nodes}}>' };
    const t = compileTemplate('{{> node}}', { partial: (n) => partials[n] });
    expect(t.render({ content: 'X', nodes: [{ content: 'Y', nodes: [] }] })).toBe('X<Y<>>');
  });

  it('stops recursion deeper than MAX_PARTIAL_DEPTH with a PromptFormatError, not a stack overflow', () => {
    const partials: Record<string, string> = { node: '{{#next}}{{> node}}{{/next}}' };
    const t = compileTemplate('{{> node}}', { partial: (n) => partials[n], location: { promptName: 'tree' } });
    const cyclic: Record<string, unknown> = {};
    cyclic.next = cyclic;
    expect(() => t.render(cyclic)).toThrowError(
      expect.objectContaining({
        name: 'PromptFormatError',
        message: expect.stringContaining('partials nest deeper than 64 levels (at "{{> node}}", included by "tree")'),
      }),
    );
    // The flag `next: true` is found again at every level through the context stack.
    expect(() => t.render({ next: true })).toThrowError(/nest deeper than 64 levels/);
    // 63 levels of real data are fine.
    let deep: Record<string, unknown> = { next: false };
    for (let i = 0; i < 62; i++) deep = { next: deep };
    expect(t.render(deep)).toBe('');
  });

  it('stops an exponential fan-out of partials with a PromptFormatError, not a hang', () => {
    const partials: Record<string, string> = { node: '{{#next}}{{> node}}{{> node}}{{/next}}' };
    const t = compileTemplate('{{> node}}', { partial: (n) => partials[n] });
    let deep: Record<string, unknown> = { next: false };
    for (let i = 0; i < 40; i++) deep = { next: deep };
    expect(() => t.render(deep)).toThrowError(/included more than 100000 times in one render/);
  });

  it('renders nothing of a partial whose recursion is blocked by an inverted section', () => {
    const partials: Record<string, string> = { p: '{{^stop}}{{> p}}{{/stop}}' };
    expect(() => compileTemplate('{{> p}}', { partial: (n) => partials[n] })).not.toThrow();
  });

  it('merges the variables of partials into the analysis by scope', () => {
    const partials: Record<string, string> = {
      header: 'Hi {{customer}}{{#vip}}!{{/vip}}{{> footer}}',
      footer: '{{company}}',
      row: '{{sku}}',
      maybe: '{{note}}',
    };
    const t = compileTemplate('{{> header}}{{#rows}}{{> row}}{{/rows}}{{^quiet}}{{> maybe}}{{/quiet}}{{tone}}', {
      partial: (n) => partials[n],
    });
    expect(t.analysis).toEqual({
      required: ['tone', 'customer', 'company'],
      all: ['rows', 'quiet', 'tone', 'customer', 'vip', 'company', 'note'],
      nested: ['sku'],
      partials: ['header', 'row', 'maybe'],
    });
  });
});

describe('direct reads of plain objects (the flat fast path)', () => {
  const t = compileTemplate('[{{name}}|{{constructor}}|{{toString}}|{{__proto__}}|{{a.b}}]');

  it('reads own properties of plain and null-prototype objects', () => {
    expect(t.render({ name: 'Ada', a: { b: 1 } })).toBe('[Ada||||1]');
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { name: 'Ada', constructor: 'own' });
    expect(t.render(bare)).toBe('[Ada|own|||]');
  });

  it('never reads inherited members, whatever the prototype', () => {
    expect(t.render(Object.create({ name: 'inherited' }))).toBe('[||||]');
    class View {
      get name(): string {
        return 'getter on the prototype';
      }
    }
    expect(t.render(new View())).toBe('[||||]');
    expect(t.render({ a: Object.create({ b: 'inherited' }) })).toBe('[||||]');
  });

  it('reads Object.prototype names only when they are own properties', () => {
    expect(t.render({ constructor: 'c', toString: 't' })).toBe('[|c|t||]');
  });
});
