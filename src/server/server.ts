/**
 * `createPromptServer`: the reference server of HTTP protocol v1 on `node:http`, serving any
 * `PromptStore` (`promptops serve` wraps it around a file store). Node only.
 * @module
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../errors.js';
import { createPromptRequestHandler, type PromptRequestHandler, type PromptRequestHandlerOptions } from './handler.js';

export type { PromptRequestHandler, PromptRequestHandlerOptions } from './handler.js';
export { createPromptRequestHandler } from './handler.js';

/** Options of {@link createPromptServer}. */
export type PromptServerOptions = PromptRequestHandlerOptions;

/**
 * Connection limits of a listening server, so that idle, slow or half-sent connections (a slowloris flood)
 * cannot lock other clients out: Node enforces the timeouts at every `checkIntervalMs`, and connections past
 * `maxConnections` are closed at once.
 */
export interface ConnectionLimits {
  /**
   * Time a client has to send the complete request headers, from the moment it connects.
   * @default 10_000
   */
  headersTimeoutMs?: number;
  /**
   * Time a client has to send the whole request (headers and body).
   * @default 30_000
   */
  requestTimeoutMs?: number;
  /**
   * Time an idle keep-alive connection stays open after a response.
   * @default 5_000
   */
  keepAliveTimeoutMs?: number;
  /**
   * Most connections open at once; more are closed as they arrive. Keep it below the process's file
   * descriptor limit (`ulimit -n`, often 1,024).
   * @default 512
   */
  maxConnections?: number;
  /**
   * How often Node checks the header and request timeouts (Node's `connectionsCheckingInterval`, 30 s by
   * default, which would let an idle connection live that long).
   * @default 1_000
   */
  checkIntervalMs?: number;
}

/** The limits a server listens with when none are given. */
export const DEFAULT_CONNECTION_LIMITS: Readonly<Required<ConnectionLimits>> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
  checkIntervalMs: 1_000,
});

/** Where to listen. */
export interface ListenOptions {
  /**
   * Connection limits (timeouts and a connection cap); each field defaults to {@link DEFAULT_CONNECTION_LIMITS}.
   * @default DEFAULT_CONNECTION_LIMITS
   */
  limits?: ConnectionLimits;
  /**
   * TCP port; `0` picks a free one (read it from the returned `url`).
   * @default 0
   */
  port?: number;
  /**
   * Interface to bind. Use `'0.0.0.0'` (or `'::'`) to accept connections from other machines.
   * @default '127.0.0.1'
   */
  host?: string;
}

/** A running (or ready to run) prompt server. */
export interface PromptServer {
  /** The request listener, to mount on another `node:http` server instead of calling `listen`. */
  readonly handler: PromptRequestHandler;
  /** Start listening; resolves to the base URL to give to `httpStore({ url })`. */
  listen(options?: ListenOptions): Promise<{ url: string; port: number; host: string }>;
  /** Stop accepting connections, end open ones, and resolve once the server is closed. */
  close(): Promise<void>;
}

/**
 * Serve a store over HTTP protocol v1: `GET /v1/prompts`, `GET /v1/prompts/{name}`,
 * `GET /v1/prompts/{name}/versions/{version}` (ETag `"<hash>"`, `304` on `If-None-Match`, immutable
 * caching), `GET /v1/prompts/{name}/resolve?selector=S`; with `writable: true` also
 * `PUT /v1/prompts/{name}/versions/{version}` (a record; `409` when that version exists with another
 * hash, `400` for a bad record) and `PUT /v1/prompts/{name}/labels/{label}` (`{"version"}`).
 * Errors are `{"error":{"code","message"}}`. With `token`, every request needs
 * `Authorization: Bearer <token>` (compared in constant time).
 *
 * @example
 * ```ts
 * import { fileStore } from 'promptops/fs';
 * const server = createPromptServer({ store: fileStore({ dir: './prompts' }), token: process.env.PROMPTS_TOKEN });
 * const { url } = await server.listen({ port: 8080, host: '0.0.0.0' });
 * // ... later
 * await server.close();
 * ```
 */
export function createPromptServer(options: PromptServerOptions): PromptServer {
  const handler = createPromptRequestHandler(options);
  let server: Server | undefined;

  return {
    handler,

    listen(listenOptions = {}) {
      const port = listenOptions.port ?? 0;
      const host = listenOptions.host ?? '127.0.0.1';
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        return Promise.reject(
          new ConfigError(`must be an integer from 0 to 65535, got ${String(port)}`, { option: 'port' }),
        );
      }
      if (server !== undefined) {
        return Promise.reject(
          new ConfigError('the server is already listening: close() it first', { option: 'listen' }),
        );
      }
      let limits: Required<ConnectionLimits>;
      try {
        limits = connectionLimits(listenOptions.limits);
      } catch (error) {
        return Promise.reject(error);
      }
      const created = createServer(
        {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          connectionsCheckingInterval: limits.checkIntervalMs,
        },
        handler,
      );
      created.maxConnections = limits.maxConnections;
      server = created;
      return new Promise((resolve, reject) => {
        created.once('error', (error) => {
          server = undefined;
          reject(error);
        });
        created.listen(port, host, () => {
          const address = created.address() as AddressInfo;
          const shownHost =
            address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shownHost}:${address.port}`, port: address.port, host: address.address });
        });
      });
    },

    close() {
      const running = server;
      server = undefined;
      if (running === undefined) return Promise.resolve();
      return new Promise((resolve, reject) => {
        running.close((error) => (error === undefined ? resolve() : reject(error)));
        running.closeAllConnections();
      });
    },
  };
}

function connectionLimits(given: ConnectionLimits | undefined): Required<ConnectionLimits> {
  const limits = { ...DEFAULT_CONNECTION_LIMITS };
  for (const key of Object.keys(DEFAULT_CONNECTION_LIMITS) as Array<keyof ConnectionLimits>) {
    const value = given?.[key];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 1) {
      throw new ConfigError(`must be a positive integer, got ${String(value)}`, { option: `limits.${key}` });
    }
    limits[key] = value;
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError(
      `headersTimeoutMs (${limits.headersTimeoutMs}) must not be longer than requestTimeoutMs (${limits.requestTimeoutMs})`,
      { option: 'limits.headersTimeoutMs' },
    );
  }
  return limits;
}
