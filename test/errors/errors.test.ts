import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  IntegrityError,
  isPromptOpsError,
  PromptFormatError,
  PromptInputError,
  PromptNotFoundError,
  PromptOpsError,
  PromptOutputError,
  StoreError,
  VersionNotFoundError,
} from '../../src/errors.js';

describe('error hierarchy', () => {
  it('every error extends PromptOpsError with a fixed name and code, and keeps the cause', () => {
    const cause = new Error('socket hang up');
    const errors = [
      [new PromptNotFoundError('a'), 'PromptNotFoundError', 'PROMPT_NOT_FOUND'],
      [new VersionNotFoundError('a', '^3'), 'VersionNotFoundError', 'VERSION_NOT_FOUND'],
      [new PromptInputError('a', '1.0.0', []), 'PromptInputError', 'PROMPT_INPUT'],
      [new PromptFormatError('bad'), 'PromptFormatError', 'PROMPT_FORMAT'],
      [new StoreError('down', { store: 'http' }, { cause }), 'StoreError', 'STORE_ERROR'],
      [new IntegrityError('a', '1.0.0', { expected: 'sha256-a', actual: 'sha256-b' }), 'IntegrityError', 'INTEGRITY'],
      [new ConfigError('bad option'), 'ConfigError', 'CONFIG'],
      [new PromptOutputError('a', '1.0.0', [], '{'), 'PromptOutputError', 'PROMPT_OUTPUT'],
      [new PromptInputError('a', '1.0.0', [], { code: 'RENDER_LIMIT' }), 'PromptInputError', 'RENDER_LIMIT'],
      [new PromptOpsError('x'), 'PromptOpsError', 'PROMPTOPS_ERROR'],
    ] as const;
    for (const [error, name, code] of errors) {
      expect(error).toBeInstanceOf(PromptOpsError);
      expect(error).toBeInstanceOf(Error);
      expect(isPromptOpsError(error)).toBe(true);
      expect(error.name).toBe(name);
      expect(error.code).toBe(code);
      expect(isPromptOpsError(error, code)).toBe(true);
      expect(isPromptOpsError(error, code === 'CONFIG' ? 'STORE_ERROR' : 'CONFIG')).toBe(false);
    }
    expect(new StoreError('down', { store: 'http' }, { cause }).cause).toBe(cause);
    expect(isPromptOpsError(new Error('x'))).toBe(false);
    expect(isPromptOpsError(null)).toBe(false);
  });

  it('PromptNotFoundError suggests close names or says how to fix', () => {
    const e = new PromptNotFoundError('support/greting', { suggestions: ['support/greeting'], store: 'file' });
    expect(e.message).toBe(
      'Prompt "support/greting" was not found in the file store. Did you mean "support/greeting"?',
    );
    expect(new PromptNotFoundError('x').message).toMatch(
      /Check the name .* and that the prompt was added to the store/,
    );
  });

  it('VersionNotFoundError lists versions and labels', () => {
    const e = new VersionNotFoundError('support/greeting', '^3', {
      versions: ['2.0.0', '1.1.0'],
      labels: { production: '1.1.0' },
    });
    expect(e.message).toBe(
      'No version of prompt "support/greeting" matches "^3". Versions: 2.0.0, 1.1.0; labels: production → 1.1.0. ' +
        'Pick one of these, or publish a matching version.',
    );
    expect(new VersionNotFoundError('a', 'x').message).toContain('Versions: (none); labels: (none)');
  });

  it('PromptInputError lists every issue', () => {
    const e = new PromptInputError('support/greeting', '1.0.0', [
      { path: ['customer'], message: 'missing required variable "customer" (string)', code: 'missing' },
      { path: ['tone'], message: 'expected one of "formal", "friendly"', code: 'invalid_value' },
    ]);
    expect(e.message).toContain('Invalid input for prompt "support/greeting@1.0.0" (2 problems):');
    expect(e.message).toContain('  - customer: missing required variable "customer" (string)');
    expect(e.message).toContain('  - tone: expected one of');
    expect(e.issues).toHaveLength(2);
  });

  it('PromptFormatError starts with file:line and the field', () => {
    const e = new PromptFormatError('version "1.2" is not semver; write "1.2.0"', {
      file: 'prompts/a.prompt.md',
      line: 2,
      field: 'version',
    });
    expect(e.message).toBe('prompts/a.prompt.md:2, field "version": version "1.2" is not semver; write "1.2.0"');
    expect(e.file).toBe('prompts/a.prompt.md');
    expect(e.line).toBe(2);
    expect(e.detail).toBe('version "1.2" is not semver; write "1.2.0"');
    expect(new PromptFormatError('x', { promptName: 'a' }).message).toBe('prompt "a": x');
  });

  it('StoreError carries status and retryable; ConfigError names the option', () => {
    const s = new StoreError('HTTP 503 from GET /v1/prompts', { store: 'http', status: 503, retryable: true });
    expect([s.status, s.retryable, s.store]).toEqual([503, true, 'http']);
    expect(new StoreError('x', { store: 'memory' }).retryable).toBe(false);
    const c = new ConfigError('must be a positive integer', { option: 'cache.max', file: 'promptops.config.json' });
    expect(c.message).toBe('promptops.config.json, option "cache.max": must be a positive integer');
    expect(c.option).toBe('cache.max');
  });

  it('IntegrityError says what to do', () => {
    const e = new IntegrityError('a', '1.0.0', {
      expected: 'sha256-aa',
      actual: 'sha256-bb',
      reason: 'the lockfile says',
    });
    expect(e.message).toContain('the lockfile says sha256-aa, got sha256-bb');
    expect(e.message).toContain('re-run "promptops lock"');
  });

  it('a render limit is a PromptInputError with code RENDER_LIMIT and says how to fix it', () => {
    const e = new PromptInputError(
      'support/greeting',
      '1.0.0',
      [{ path: ['items'], message: 'more than maxSteps (1000000) section items', code: 'max_steps' }],
      { code: 'RENDER_LIMIT' },
    );
    expect(e.code).toBe('RENDER_LIMIT');
    expect(e.message).toContain('Render limit reached for prompt "support/greeting@1.0.0" (1 problem):');
    expect(e.message).toContain('  - items: more than maxSteps (1000000) section items');
    expect(e.message).toContain('raise the limit');
    expect(new PromptInputError('a', undefined, []).code).toBe('PROMPT_INPUT');
  });

  it('PromptOutputError lists the issues and keeps the start of the raw output out of the message', () => {
    const raw = `{"priority": "urgent", "note": "${'x'.repeat(1000)}"}`;
    const e = new PromptOutputError(
      'support/triage',
      '1.2.0',
      [{ path: ['priority'], message: 'expected one of "low", "high"', code: 'invalid_value' }],
      raw,
    );
    expect(e.message).toContain('Output of prompt "support/triage@1.2.0" does not fit its output schema (1 problem):');
    expect(e.message).toContain('  - priority: expected one of "low", "high"');
    expect(e.message).not.toContain('urgent');
    expect(e.text).toBe(raw.slice(0, 500));
    expect(e.issues).toHaveLength(1);
    expect(
      new PromptOutputError('a', undefined, [{ path: [], message: 'not JSON', code: 'parse' }], 'hi').message,
    ).toContain('  - (output): not JSON');
  });
});
