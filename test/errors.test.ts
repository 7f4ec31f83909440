import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  IntegrityError,
  isPromptOpsError,
  PromptFormatError,
  PromptInputError,
  PromptNotFoundError,
  PromptOpsError,
  StoreError,
  VersionNotFoundError,
} from '../src/errors.js';

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
    ] as const;
    for (const [error, name, code] of errors) {
      expect(error).toBeInstanceOf(PromptOpsError);
      expect(error).toBeInstanceOf(Error);
      expect(isPromptOpsError(error)).toBe(true);
      expect(error.name).toBe(name);
      expect(error.code).toBe(code);
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
});
