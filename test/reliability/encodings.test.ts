/** Defect 18 of issue 13 (file encodings): a UTF-16 prompt file is read; a file that is not UTF-8 says so. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateFolder } from '../../src/authoring/validate.js';
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

  it('a file or folder whose name is not UTF-8 is reported (store problem and validate), never skipped silently', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'promptops-enc-'));
    dirs.push(dir);
    const good = '---\nversion: 1.0.0\n---\nHi {{who}}\n';
    await writeFile(join(dir, 'ok.prompt.md'), good);
    // Latin-1 'é' (0xe9) in a name: not UTF-8. Paths as buffers, so the bytes reach the file system as they are.
    const latin1 = (name: string) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]);
    await writeFile(latin1('caf\xe9.prompt.md'), good);
    await mkdir(latin1('r\xe9sum\xe9s'));
    await writeFile(Buffer.concat([latin1('r\xe9sum\xe9s'), Buffer.from('/inner.prompt.md')]), good);

    const store = fileStore({ dir });
    expect(await store.list()).toEqual(['ok']);
    const messages = (await store.problems()).map((p) => p.error.message).join('\n');
    expect(messages).toMatch(/not valid UTF-8, so it was not read; rename it/);
    expect(messages).toMatch(/not valid UTF-8, so it was not read \(nor anything inside it\)/);

    const report = await validateFolder(dir, 'prompts');
    expect(report.ok).toBe(false);
    const findings = report.findings.filter((f) => /not valid UTF-8/.test(f.message));
    expect(findings).toHaveLength(2);
    for (const f of findings) expect(f.fix).toMatch(/Rename it to a UTF-8 name/);
  });
});
