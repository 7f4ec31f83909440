import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePromptFile } from '../../src/engine/parse.js';
import { PromptFormatError } from '../../src/errors.js';
import { fileStore } from '../../src/stores/fs/file-store.js';
import { rejectionOf } from '../helpers/errors.js';

const body = '---\nversion: 1.2.0\n---\nSummarize {{ticket}}\n';

describe('a version file without name:', () => {
  it('is an error that says to add name:', () => {
    const parse = () =>
      parsePromptFile(body, { file: 'support/summarize/1.2.0.prompt.md', name: 'support/summarize/1.2.0' });
    expect(parse).toThrow(PromptFormatError);
    expect(parse).toThrow(
      /the file name is a version \("1\.2\.0"\) and the file has no `name:`, so it would become a new prompt "support\/summarize\/1\.2\.0": add `name: support\/summarize`/,
    );
  });

  it('is fine with name:, and a version-like name elsewhere in the path is not affected', () => {
    const named = parsePromptFile(`---\nname: support/summarize\n${body.slice(4)}`, {
      file: 'support/summarize/1.2.0.prompt.md',
      name: 'support/summarize/1.2.0',
    });
    expect(named.name).toBe('support/summarize');
    expect(parsePromptFile(body, { file: 'v1.2.0/summarize.prompt.md', name: 'v1.2.0/summarize' }).name).toBe(
      'v1.2.0/summarize',
    );
  });

  it('the file store does not serve it as a new prompt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-version-path-'));
    try {
      await mkdir(join(dir, 'support/summarize'), { recursive: true });
      await writeFile(join(dir, 'support/summarize/1.2.0.prompt.md'), body);
      const store = fileStore({ dir });
      const error = await rejectionOf(store.listVersions('support/summarize/1.2.0'));
      expect(error).toBeInstanceOf(PromptFormatError);
      await store.close?.();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
