import { describe, expect, it } from 'vitest';
import { editLabels } from '../../src/authoring/label-edit.js';

const md = [
  '---',
  '# who owns this',
  'version: 1.2.0 # bumped for the new tone',
  'labels: [production]',
  'model: { name: gpt-4o-mini, temperature: 0.2 }',
  '---',
  'Hello {{customer}}',
  '',
].join('\n');

describe('editLabels keeps everything but the labels entry', () => {
  it('adds to and removes from a flow list in front matter, comments and layout untouched', () => {
    expect(editLabels(md, 'a.prompt.md', { add: 'staging' })).toBe(md.replace('[production]', '[production, staging]'));
    expect(editLabels(md, 'a.prompt.md', { remove: 'production' })).toBe(md.replace('labels: [production]\n', ''));
    expect(editLabels(md, 'a.prompt.md', { add: 'production' })).toBe(md); // already there
    expect(editLabels(md, 'a.prompt.md', { remove: 'canary' })).toBe(md); // not there
  });

  it('adds a labels line after the version when there is none; keeps CRLF', () => {
    const crlf = '---\r\nversion: 1.0.0\r\nowner: a\r\n---\r\nHi\r\n';
    expect(editLabels(crlf, 'a.prompt.md', { add: 'beta' })).toBe(
      '---\r\nversion: 1.0.0\r\nlabels: [beta]\r\nowner: a\r\n---\r\nHi\r\n',
    );
  });

  it('edits a block list in YAML with its indentation, and quotes labels YAML would misread', () => {
    const yaml = 'version: 1.0.0\nlabels:\n  - production\n  - beta\nmessages:\n  - role: user\n    content: hi\n';
    expect(editLabels(yaml, 'a.prompt.yaml', { add: 'null' })).toBe(
      yaml.replace('  - beta\n', '  - beta\n  - "null"\n'),
    );
    expect(editLabels(yaml, 'a.prompt.yaml', { remove: 'beta' })).toBe(yaml.replace('  - beta\n', ''));
    expect(editLabels('version: 1.0.0\nlabels:\n  - x\n', 'a.prompt.yaml', { remove: 'x' })).toBe('version: 1.0.0\n');
  });

  it('edits JSON with its indentation, labels after the version', () => {
    const json = '{\n    "version": "1.0.0",\n    "type": "text"\n}\n';
    expect(editLabels(json, 'a.prompt.json', { add: 'p' })).toBe(
      '{\n    "version": "1.0.0",\n    "labels": [\n        "p"\n    ],\n    "type": "text"\n}\n',
    );
  });
});
