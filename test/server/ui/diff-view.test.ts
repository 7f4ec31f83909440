import { describe, expect, it } from 'vitest';
import type { PromptRecord } from '../../../src/engine/record.js';
import { templateText, versionDiffSections } from '../../../src/engine/version-diff.js';
import { diffRows, diffRowsView } from '../../../src/server/ui/diff-view.js';

describe('the page diff', () => {
  it('numbers old and new lines and marks the words that changed in a paired line', () => {
    const rows = diffRows('a\nHello {{name}}, welcome.\nc\n', 'a\nHello {{name}}, welcome back.\nnew\nc\n');
    expect(rows.map((r) => `${r.op}${r.oldLine ?? '_'}:${r.newLine ?? '_'} ${r.text}`)).toEqual([
      ' 1:1 a',
      '-2:_ Hello {{name}}, welcome.',
      '+_:2 Hello {{name}}, welcome back.',
      '+_:3 new',
      ' 3:4 c',
    ]);
    expect(rows[1]?.parts?.map((p) => p.text).join('')).toBe('Hello {{name}}, welcome.');
    expect(rows[1]?.parts?.filter((p) => p.changed)).toEqual([]);
    expect(rows[2]?.parts?.filter((p) => p.changed).map((p) => p.text)).toEqual([' back']);
    expect(rows[3]?.parts).toBeUndefined();
  });

  it('folds unchanged runs far from a change into <details>, escaping every line', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i} <b>`).join('\n');
    const after = before.replace('line 10 <b>', 'line 10 <i>');
    const markup = diffRowsView(diffRows(before, after)).value;
    expect(markup.match(/<details class="fold"><summary>(\d+) unchanged lines/g)).toEqual([
      '<details class="fold"><summary>7 unchanged lines',
      '<details class="fold"><summary>6 unchanged lines',
    ]);
    expect(markup).not.toMatch(/<b>|<i>/);
    expect(markup).toContain('line 10 &lt;<mark>i</mark>&gt;');
  });

  it('compares the template or messages, the input, the model and the other fields', () => {
    const chat: PromptRecord = {
      name: 'a',
      version: '2.0.0',
      type: 'chat',
      messages: [{ role: 'system', content: 'Be brief.' }, { placeholder: 'history' }],
      model: 'gpt-4o',
    };
    expect(templateText(chat)).toBe('[system]\nBe brief.\n\n[placeholder: history]\n');
    const text: PromptRecord = { name: 'a', version: '1.0.0', type: 'text', template: 'Hi' };
    const sections = versionDiffSections(text, chat);
    expect(sections.map((s) => [s.title, s.from === s.to])).toEqual([
      ['Messages', false],
      ['Input schema and defaults', true],
      ['Model', false],
      ['Type, output schema and metadata', false],
    ]);
  });
});

describe('a diff too different to compare line by line', () => {
  it('shows the changed block replaced whole, says so, and keeps the common first and last lines', () => {
    const text = (tag: string) =>
      ['head', ...Array.from({ length: 20_000 }, (_, i) => `${tag} ${i}`), 'tail'].join('\n');
    const rows = diffRows(text('old'), text('new'));
    expect(rows.whole).toBe(true);
    expect(rows[0]).toMatchObject({ op: ' ', text: 'head', oldLine: 1, newLine: 1 });
    expect(rows.at(-1)).toMatchObject({ op: ' ', text: 'tail', oldLine: 20_002, newLine: 20_002 });
    expect(rows.filter((row) => row.op === '-')).toHaveLength(20_000);
    expect(rows.some((row) => row.parts !== undefined)).toBe(false);
  });
});
