/**
 * A client that goes away in the middle of a PUT body is not a server error: nothing is logged through
 * `onError` (it used to log an internal `Error: aborted`), nothing is written, and the server goes on.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { createPromptRequestHandler } from '../../src/server/handler.js';
import { memoryStore } from '../../src/stores/memory.js';

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

it('a PUT whose client disconnects mid-body logs nothing and writes nothing', async () => {
  const store = memoryStore();
  const errors: unknown[] = [];
  const handler = createPromptRequestHandler({ store, writable: true, onError: (e) => errors.push(e) });
  let handled: Promise<void> | undefined;
  let received!: () => void;
  const bodyStarted = new Promise<void>((resolve) => {
    received = resolve;
  });
  const server = createServer((req, res) => {
    req.once('data', () => received());
    handled = handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const client = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'PUT',
    path: '/v1/prompts/support%2Fgreeting/versions/1.0.0',
    headers: { 'content-type': 'application/json', 'content-length': '1000' },
  });
  client.on('error', () => undefined); // the client destroys its own request below
  client.write('{"name":"support/greeting",');
  await bodyStarted; // the server is reading the body
  client.destroy();
  await handled;

  expect(errors).toEqual([]);
  expect(await store.listVersions('support/greeting')).toEqual([]);
});
