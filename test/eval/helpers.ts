/** Shared setup of eval tests: the fixture prompts, a temporary working directory, the local servers. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileStore } from '../../src/stores/fs/file-store.js';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/eval');

/** A file store over the fixture prompts. */
export const fixtureStore = () => fileStore({ dir: join(FIXTURES, 'prompts') });

/** A fresh working directory (the response cache lives in it). */
export const tempDir = () => mkdtemp(join(tmpdir(), 'promptops-eval-'));
