/** Defect 18 of issue 13 (file encodings): a UTF-16 prompt file is read; a file that is not UTF-8 says so. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileStore } from '../../src/stores/fs/file-store.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('prompt file encodings', () => {
  it('reads UTF-16 LE and BE files with a byte order mark, and UTF-8 with a BOM', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-enc-'));
    dirs.push(dir);
    const text = '---\nversion: 1.0.0\n---\nHéllo {{who}}\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    await writeFile(join(dir, 'le.prompt.md'), le);
    await writeFile(join(dir, 'be.prompt.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(2)]));
    await writeFile(join(dir, 'bom.prompt.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const store = fileStore({ dir });
    expect(await store.list()).toEqual(['be', 'bom', 'le']);
    for (const name of ['be', 'bom', 'le'])
      expect((await store.getVersion(name, '1.0.0'))?.template).toBe('Héllo {{who}}');
  });

  it('a file that is not UTF-8 is a problem naming the encoding, not "missing front matter"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-enc-'));
    dirs.push(dir);
    await writeFile(join(dir, 'latin1.prompt.md'), Buffer.from('---\nversion: 1.0.0\n---\nH\xe9llo\n', 'latin1'));
    const problems = await fileStore({ dir }).problems();
    expect(problems.map((p) => p.error.message)).toEqual([
      expect.stringMatching(/is not valid UTF-8 text .*save it as UTF-8/),
    ]);
  });
});
