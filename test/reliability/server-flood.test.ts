/**
 * Defect 14 of issue 13: `promptops serve` (createPromptServer) enforces header, request and keep-alive
 * timeouts and a connection cap, so a flood of idle or half-sent sockets cannot lock other clients out. Real
 * sockets on 127.0.0.1 with small injected limits; every wait is bounded by an event, not a sleep.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createPromptServer, type PromptServer } from '../../src/server/server.js';
import { memoryStore } from '../../src/stores/memory.js';
import { rejectionOf } from '../helpers/errors.js';
import { HANG_MS } from '../helpers/wait.js';

const servers: PromptServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await server.close();
});

const store = memoryStore([{ name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hi {{who}}' }]);

/** Open a socket that sends `send` (possibly nothing) and then stays silent; resolves when the server closes it. */
function floodSocket(port: number, send: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      if (send !== '') socket.write(send);
    });
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    socket.on('close', () => resolve());
  });
}

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms);
    }),
  ]);
}

describe('createPromptServer connection limits', () => {
  it('closes idle and half-sent sockets past the header timeout, caps connections, and serves a normal client', {
    timeout: 2 * HANG_MS,
  }, async () => {
    const server = createPromptServer({ store });
    servers.push(server);
    const { url, port } = await server.listen({
      limits: {
        headersTimeoutMs: 300,
        requestTimeoutMs: 600,
        keepAliveTimeoutMs: 300,
        maxConnections: 20,
        checkIntervalMs: 50,
      },
    });
    const flood: Array<Promise<void>> = [];
    for (let i = 0; i < 30; i++) flood.push(floodSocket(port, '')); // idle
    for (let i = 0; i < 30; i++) flood.push(floodSocket(port, 'GET /v1/prompts HTTP/1.1\r\nHost: x\r\n')); // half-sent
    // Every flood socket is closed by the server: over the cap at once, the others at the header timeout.
    await bounded(Promise.all(flood), HANG_MS, 'the server did not close the 60 flood sockets');
    const response = await fetch(`${url}/v1/prompts`);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('prompts');
  });

  it('a normal client gets through while a flood keeps coming', { timeout: 2 * HANG_MS }, async () => {
    const server = createPromptServer({ store });
    servers.push(server);
    const { url, port } = await server.listen({
      limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 10, checkIntervalMs: 50 },
    });
    let flooding = true;
    const attacker = (async () => {
      while (flooding) await floodSocket(port, ''); // refill the slot as soon as it is freed
    })();
    const attackers = Array.from({ length: 20 }, () => attacker);
    let status = 0;
    await bounded(
      (async () => {
        while (status !== 200) {
          status = await fetch(`${url}/v1/prompts`).then(
            (r) => r.status,
            () => 0,
          );
        }
      })(),
      HANG_MS,
      'a normal client was not served',
    );
    flooding = false;
    for (const socket of sockets) socket.destroy();
    await Promise.all(attackers);
    expect(status).toBe(200);
  });

  it('refuses bad limits with a ConfigError', async () => {
    const server = createPromptServer({ store });
    expect(await rejectionOf(server.listen({ limits: { maxConnections: 0 } }))).toBeInstanceOf(ConfigError);
    expect(
      await rejectionOf(server.listen({ limits: { headersTimeoutMs: 5_000, requestTimeoutMs: 1_000 } })),
    ).toBeInstanceOf(ConfigError);
  });
});
