/**
 * `promptops serve` on the folder of hostile prompt texts (fixtures/hostile), on 127.0.0.1 at a free port,
 * for the registry page's tests over HTTP and in Chromium.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StartServerOptions, startServer } from '../../../src/cli/commands/serve.js';

const HOSTILE = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));

/** The server's options, and `copy` to serve a temporary copy of the folder (a writable server writes into it). */
export type ServeHostileOptions = Partial<Pick<StartServerOptions, 'token' | 'tokens' | 'publicRead' | 'writable'>> & {
  copy?: boolean;
};

/** Start the server; `stop` closes it and removes the copy. */
export async function serveHostile(
  options: ServeHostileOptions = {},
): Promise<{ url: string; dir: string; stop: () => Promise<void> }> {
  const { copy = false, writable = false, ...rest } = options;
  const dir = copy ? await mkdtemp(join(tmpdir(), 'promptops-page-')) : HOSTILE;
  if (copy) await cp(HOSTILE, dir, { recursive: true });
  const running = await startServer({
    ...rest,
    dir,
    port: 0,
    host: '127.0.0.1',
    writable,
    watch: false,
    onError: () => undefined,
  });
  return {
    url: running.url,
    dir,
    stop: async () => {
      await running.server.close();
      await running.store.close();
      if (copy) await rm(dir, { recursive: true, force: true });
    },
  };
}
