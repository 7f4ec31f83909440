/**
 * Partials as the client and the registry page load them (`client/partials.ts`): a tag that includes nothing
 * renders empty when loose and fails clearly when strict, every error names the including prompt
 * (name@version) and the partial, and a standalone partial keeps the blank line after it.
 */
import { describe, expect, it } from 'vitest';
import { createPromptClient } from '../../src/client/client.js';
import { createLockfile } from '../../src/client/lockfile.js';
import { compileWithPartials, loadPartials, MAX_PARTIALS } from '../../src/client/partials.js';
import type { PromptRecord } from '../../src/engine/record.js';
import { PromptFormatError, PromptNotFoundError, StoreError, VersionNotFoundError } from '../../src/errors.js';
import { compileVersion } from '../../src/server/ui/compile.js';
import { memoryStore } from '../../src/stores/memory.js';
import { rejectionOf } from '../helpers/errors.js';
import { FakeStore, text } from './fakes.js';

const main = text('support/reply', '1.2.0', 'Hi {{customer}}.\n{{> Header}}\nBye.');

describe('a partial tag whose name is not a prompt name ({{> Header}})', () => {
  it('renders empty with strict: false, without asking the store for it', async () => {
    const store = new FakeStore([main]);
    const client = createPromptClient({ store, strict: false });
    const p = await client.getPrompt('support/reply');
    expect(p.render({ customer: 'Ada' })).toBe('Hi Ada.\nBye.');
    expect(store.totalCalls).toBe(1); // one resolve, of support/reply only
    // A strict client's loose call too.
    const perCall = await createPromptClient({ store }).getPrompt('support/reply', { strict: false });
    expect(perCall.render({ customer: 'Ada' })).toBe('Hi Ada.\nBye.');
  });

  it('is a PromptFormatError when strict, naming the prompt@version and the tag, with a "did you mean"', async () => {
    const error = await rejectionOf(createPromptClient({ store: memoryStore([main]) }).getPrompt('support/reply'));
    expect(error).toBeInstanceOf(PromptFormatError);
    expect((error as PromptFormatError).promptName).toBe('support/reply');
    expect((error as Error).message).toBe(
      'prompt "support/reply", field "template": partial "Header" (included by support/reply@1.2.0) can include ' +
        'nothing: invalid prompt name "Header": use lowercase segments of [a-z0-9][a-z0-9._-]* joined by "/" (e.g. ' +
        '"support/greeting"); no leading "/", no empty, "." or ".." segments; fix the name in "{{> Header}}"',
    );
    const withHeader = memoryStore([main, text('header', '1.0.0', 'Support team')]);
    const suggested = await rejectionOf(createPromptClient({ store: withHeader }).getPrompt('support/reply'));
    expect((suggested as Error).message).toContain('did you mean "{{> header}}"? fix the name in "{{> Header}}"');
  });

  it('fails the registry page compile the same way (one partial-loading compile)', async () => {
    const store = memoryStore([main, text('header', '1.0.0', 'Support team')]);
    const error = await rejectionOf(compileVersion(store, main));
    expect(error).toBeInstanceOf(PromptFormatError);
    expect((error as Error).message).toMatch(
      /partial "Header" \(included by support\/reply@1\.2\.0\) can include nothing: .*did you mean "\{\{> header\}\}"/,
    );
  });
});

describe('a partial that does not exist', () => {
  const records = [
    text('mail', '2.0.0', 'Hi\n{{> partials/footer}}'),
    text('partials/footer', '1.0.0', '{{> partials/signatur}} (footer)'),
    text('partials/signature', '1.0.0', '-- Bob'),
  ];

  it('when strict, names the partial, who includes it, the including prompt@version and close names', async () => {
    const error = await rejectionOf(createPromptClient({ store: memoryStore(records) }).getPrompt('mail'));
    expect(error).toBeInstanceOf(PromptFormatError);
    expect((error as Error).message).toBe(
      'prompt "mail", field "template": partial "partials/signatur" not found (included by partial ' +
        '"partials/footer" of mail@2.0.0); did you mean "{{> partials/signature}}"? create it (e.g. ' +
        'partials/signatur.prompt.md; shared snippets usually live under partials/) or fix the name in ' +
        '"{{> partials/signatur}}"',
    );
    const page = await rejectionOf(compileVersion(memoryStore(records), records[0] as PromptRecord));
    expect((page as Error).message).toContain('not found (included by partial "partials/footer" of mail@2.0.0)');
  });

  it('renders empty with strict: false', async () => {
    const client = createPromptClient({ store: memoryStore(records), strict: false });
    expect((await client.getPrompt('mail')).render()).toBe('Hi\n (footer)');
  });

  it('a store failure while loading a partial stays a StoreError (not "missing")', async () => {
    const store = new FakeStore(records);
    const client = createPromptClient({ store });
    store.resolve = async (name) => {
      if (name === 'partials/footer') throw new StoreError('down', { store: 'fake' });
      return store.records.find((r) => r.name === name);
    };
    expect(await rejectionOf(client.getPrompt('mail@2.0.0'))).toMatchObject({ code: 'STORE_ERROR' });
  });
});

describe('standalone partials keep the blank line after them', () => {
  it("renders the issue's case as authors expect (a .prompt.md body has no final newline)", async () => {
    const store = memoryStore([
      text('ticket', '1.0.0', 'Intro.\n{{> p}}\n\n{{ticket}}'),
      text('p', '1.0.0', 'Be polite.'),
    ]);
    const p = await createPromptClient({ store }).getPrompt('ticket');
    expect(p.render({ ticket: 'T' })).toBe('Intro.\nBe polite.\n\nT');
  });
});

describe('loadPartials / compileWithPartials', () => {
  it('loads each name once, level by level, a self-inclusion from the including version', async () => {
    const root = text('root', '1.0.0', '{{> a}}{{> b}}{{#x}}{{> root}}{{/x}}');
    const partials = [text('a', '1.0.0', 'A{{> c}}'), text('b', '1.0.0', 'B{{> c}}'), text('c', '3.0.0', 'C')];
    const asked: string[] = [];
    const loaded = await loadPartials(root, async (name) => {
      asked.push(name);
      return partials.find((r) => r.name === name);
    });
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(Object.fromEntries(loaded.deps)).toEqual({ a: '1.0.0', b: '1.0.0', c: '3.0.0', root: '1.0.0' });
    expect(loaded.missing).toEqual([]);
    expect(compileWithPartials(root, loaded).render({ x: false })).toBe('ACBC');
  });

  it('keeps the suggestions of a PROMPT_NOT_FOUND rejection; other rejections fail the load', async () => {
    const root = text('root', '1.0.0', '{{> gone}}');
    const loaded = await loadPartials(root, async (name) => {
      throw new PromptNotFoundError(name, { suggestions: ['gone-too'] });
    });
    expect(loaded.missing).toEqual([
      { name: 'gone', parent: undefined, reason: 'not-found', suggestions: ['gone-too'] },
    ]);
    expect(compileWithPartials(root, loaded, { strict: false }).render()).toBe('');
    const boom = new Error('boom');
    expect(
      await rejectionOf(
        loadPartials(root, async () => {
          throw boom;
        }),
      ),
    ).toBe(boom);
  });

  it('bounds the partials of one prompt, naming it with its version', async () => {
    const names = Array.from({ length: MAX_PARTIALS + 1 }, (_, i) => `p${i}`);
    const root = text('wide', '4.0.0', names.map((n) => `{{> ${n}}}`).join(''));
    const error = await rejectionOf(loadPartials(root, async (name) => text(name, '1.0.0', 'x')));
    expect((error as Error).message).toContain(`wide@4.0.0 includes more than ${MAX_PARTIALS} distinct partials`);
  });

  it('a partial that does not parse names the prompt including it', async () => {
    const root = text('root', '1.0.0', '{{> bad}}');
    const error = await rejectionOf(loadPartials(root, async (name) => text(name, '1.0.0', '{{#open}}')));
    expect(error).toBeInstanceOf(PromptFormatError);
    expect((error as Error).message).toMatch(
      /^prompt "root", field "template": partial "bad" \(included by root@1\.0\.0\) does not parse: .*"\{\{#open\}\}" is not closed/,
    );
  });
});

describe('a partial pinned to a selector that matches none of its versions', () => {
  const mail = text('mail', '2.1.0', 'Mail {{> partials/sig}}');
  const sig = text('partials/sig', '1.0.0', '-- me');

  it('fails with the VersionNotFoundError, saying which prompt includes the partial', async () => {
    const client = createPromptClient({ store: memoryStore([mail, sig]), pins: { 'partials/sig': '^3' } });
    const error = await rejectionOf(client.getPrompt('mail'));
    expect(error).toBeInstanceOf(VersionNotFoundError);
    expect((error as VersionNotFoundError).selector).toBe('^3');
    expect((error as Error).message).toBe(
      'partial "partials/sig" (included by mail@2.1.0): No version of prompt "partials/sig" matches "^3". ' +
        'Versions: 1.0.0; labels: (none). Pick one of these, or publish a matching version.',
    );
  });

  it('says the same when locking', async () => {
    const error = await rejectionOf(createLockfile(memoryStore([mail, sig]), { 'partials/sig': '^3' }, ['mail']));
    expect(error).toBeInstanceOf(VersionNotFoundError);
    expect((error as Error).message).toMatch(/^partial "partials\/sig" \(included by mail@2\.1\.0\): No version/);
  });
});
