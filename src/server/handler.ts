/**
 * The request handler of the reference server: HTTP protocol v1 (DESIGN.md section 7) over any
 * `PromptStore`, on plain `node:http` request/response objects.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { computeHash, verifyRecordHash } from '../engine/hash.js';
import { explainInvalidName } from '../engine/name.js';
import type { PromptRecord } from '../engine/record.js';
import { parseRecord } from '../engine/record-schema.js';
import { labelMap, selectorKind, sortVersionsDescending } from '../engine/selector.js';
import * as semver from '../engine/semver.js';
import { ConfigError, isPromptOpsError, PromptNotFoundError, VersionNotFoundError } from '../errors.js';
import { callStore } from '../stores/call.js';
import type { ProtocolErrorCode } from '../stores/http/protocol.js';
import { setLabelBodySchema } from '../stores/http/protocol.js';
import { mapLimited } from '../stores/map-limited.js';
import { resolveLocally } from '../stores/resolve.js';
import { suggestNames } from '../stores/suggest.js';
import type { MaybePromise, PromptStore, VersionInfo } from '../stores/types.js';
import { type AnswerCache, createAnswerCache } from './answer-cache.js';
import { type AccessControl, AccessDenied, type Caller, createAccessControl, type ServerToken } from './tokens.js';
import { createRegistryPage } from './ui/page.js';

/** Options of the request handler (see `createPromptServer`). */
export interface PromptRequestHandlerOptions {
  /** The store to serve. */
  store: PromptStore;
  /**
   * Bearer token every request must carry (`Authorization: Bearer <token>`), compared in constant time:
   * one all-powerful token named `'token'` (the actor of the label moves it makes).
   * @default undefined (no authentication)
   */
  token?: string;
  /**
   * Named tokens with scopes (`read`, `publish`, `promote`) and name prefixes. With any token, every
   * request needs one (unless `publicRead`); a request outside the token's scopes or prefixes gets
   * 403 `forbidden` saying what the token may do. The token's name is the `actor` of its label moves.
   * @default []
   */
  tokens?: readonly ServerToken[];
  /**
   * With tokens: reads (and the routes that only read) are open to requests without a token; writes
   * still need one.
   * @default false
   */
  publicRead?: boolean;
  /**
   * Extra routes for paths outside `/v1/` (the web page mounts itself here). The first route whose
   * `prefix` starts the path answers it; errors it throws are answered like the protocol's.
   * @default []
   */
  routes?: readonly ServerRoute[];
  /**
   * Accept `PUT /v1/prompts/{name}/versions/{version}` and `PUT /v1/prompts/{name}/labels/{label}`.
   * @default false
   */
  writable?: boolean;
  /**
   * Largest accepted request body in bytes (a larger one is answered with 413).
   * @default 1048576 (1 MB)
   */
  maxBodyBytes?: number;
  /**
   * Called with every unexpected error (a bug or a store failure answered with 5xx); the client only
   * sees a generic message for non-promptops errors.
   * @default logs to console.error
   */
  onError?: (error: unknown) => void;
  /**
   * Serve the registry's web page at `/` (catalog, prompt pages, diff, preview, label moves; DESIGN.md
   * section 14, docs/registry-page.md) for paths outside `/v1/` that no entry of `routes` takes.
   * @default true
   */
  page?: boolean;
}

/** A `node:http` request listener. */
/**
 * A `node:http` request listener. The promise it returns settles once the request has been answered (or
 * dropped, when the client went away); `node:http` ignores it, tests may await it.
 */
export type PromptRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What a mounted route gets besides the request: the store, and who is calling. */
export interface ServerRouteContext {
  /** The store the server serves. */
  readonly store: PromptStore;
  /** True when the server accepts writes. */
  readonly writable: boolean;
  /** The server's tokens: `access.readsOpen` says whether a page may be read without a token. */
  readonly access: AccessControl;
  /**
   * Who sent `req` (from its `Authorization` header): `caller.name`, `caller.may('promote', name)`,
   * `caller.describe()`. Throws (answered 401) when a token is needed and missing or unknown.
   */
  caller(req: IncomingMessage): Caller;
  /** Throws (answered 401/403 with a message saying what the token may do) unless `caller` may do `scope` on `name`. */
  require(caller: Caller, scope: 'read' | 'publish' | 'promote', name?: string): void;
}

/** A route mounted beside the protocol, for a path outside `/v1/` (see {@link PromptRequestHandlerOptions.routes}). */
export interface ServerRoute {
  /** Path prefix it answers, e.g. `'/'` or `'/ui/'`. */
  prefix: string;
  /** Answer the request (end `res`). */
  handle(req: IncomingMessage, res: ServerResponse, context: ServerRouteContext): MaybePromise<void>;
}

/** An error answer: status, protocol code and message. */
/** The client closed the connection before its request body arrived: nobody is left to answer or to warn. */
class ClientGone extends Error {}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ProtocolErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHALLENGE = { 'www-authenticate': 'Bearer realm="promptops"' };

/**
 * Make a request listener serving protocol v1 over `options.store`. Mount it on your own
 * `node:http` server, or use `createPromptServer`, which does.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * createServer(createPromptRequestHandler({ store: fileStore({ dir: './prompts' }) })).listen(8080);
 * ```
 */
export function createPromptRequestHandler(options: PromptRequestHandlerOptions): PromptRequestHandler {
  const { store } = options;
  if (typeof store !== 'object' || store === null || typeof store.listVersions !== 'function') {
    throw new ConfigError('must be a PromptStore (an object with listVersions and getVersion)', { option: 'store' });
  }
  const access = createAccessControl({
    ...(options.token === undefined ? {} : { token: options.token }),
    ...(options.tokens === undefined ? {} : { tokens: options.tokens }),
    publicRead: options.publicRead === true,
  });
  const routes = [...(options.routes ?? [])];
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error('[promptops server]', error);
    });
  const writable = options.writable === true;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  if (!Number.isFinite(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new ConfigError(`must be a positive number, got ${String(maxBodyBytes)}`, { option: 'maxBodyBytes' });
  }

  // Serialised resolve answers, for stores that push changes (see answer-cache.ts).
  let answers: AnswerCache | undefined | null = null;
  const answerCache = (): AnswerCache | undefined => {
    if (answers === null) answers = createAnswerCache(store);
    return answers;
  };

  const routeContext: ServerRouteContext = {
    store,
    writable,
    access,
    caller: (req) => access.identify(req.headers.authorization),
    require: (caller, scope, name) => access.require(caller, scope, name),
  };
  const page = options.page === false ? undefined : createRegistryPage({ maxFormBytes: maxBodyBytes, onError });

  async function notFound(name: string, selector?: string): Promise<HttpFailure> {
    const versions = await callStore(() => store.listVersions(name)).catch(() => [] as VersionInfo[]);
    if (versions.length === 0) {
      const list = store.list?.bind(store);
      const names = list === undefined ? [] : await callStore(list).catch(() => [] as string[]);
      const error = new PromptNotFoundError(name, { store: store.name, suggestions: suggestNames(name, names) });
      return new HttpFailure(404, 'not_found', error.message);
    }
    const sorted = sortVersionsDescending(versions);
    const error = new VersionNotFoundError(name, selector ?? '(none)', {
      versions: sorted.map((v) => v.version),
      labels: labelMap(sorted),
    });
    return new HttpFailure(404, 'not_found', error.message);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
    const segments = rawPath.split('/').slice(1);
    if (segments[0] !== 'v1') {
      const mounted = routes.find((r) => rawPath.startsWith(r.prefix));
      if (mounted !== undefined) return mounted.handle(req, res, routeContext);
      if (page !== undefined && (await page(req, res, routeContext))) return;
    }
    if (segments[0] !== 'v1' || segments[1] !== 'prompts') {
      throw new HttpFailure(
        404,
        'not_found',
        `No such endpoint: ${method} ${rawPath.slice(0, 200)}. The API lives under /v1/prompts.`,
      );
    }
    const caller = access.identify(req.headers.authorization);
    const rest = segments.slice(2);
    if (rest.length === 0 || (rest.length === 1 && rest[0] === '')) {
      allow(method, ['GET', 'HEAD']);
      access.require(caller, 'read');
      return sendJson(req, res, 200, await listAll(caller), { 'cache-control': 'no-cache' });
    }
    const decoded = rest.map(decodeSegment);
    const name = decoded[0] as string;
    const problem = explainInvalidName(name);
    if (problem !== undefined) {
      throw new HttpFailure(400, 'bad_request', `${problem}. Encode the whole name as one path segment ("/" as %2F).`);
    }
    access.require(caller, method === 'PUT' ? (decoded[1] === 'labels' ? 'promote' : 'publish') : 'read', name);
    if (decoded.length === 1) {
      allow(method, ['GET', 'HEAD']);
      const versions = await store.listVersions(name);
      if (versions.length === 0) throw await notFound(name);
      return sendJson(
        req,
        res,
        200,
        { name, versions: sortVersionsDescending(versions) },
        { 'cache-control': 'no-cache' },
      );
    }
    const [, kind, arg] = decoded;
    if (kind === 'versions' && arg !== undefined && decoded.length === 3) {
      allow(method, ['GET', 'HEAD', 'PUT']);
      if (semver.valid(arg) !== arg) {
        throw new HttpFailure(
          400,
          'bad_request',
          `Invalid version ${JSON.stringify(arg.slice(0, 100))}: use a semver version such as 1.2.3.`,
        );
      }
      if (method === 'PUT') return putVersion(req, res, name, arg, caller);
      return getVersion(req, res, name, arg);
    }
    if (kind === 'resolve' && decoded.length === 2) {
      allow(method, ['GET', 'HEAD']);
      const selector = query.get('selector');
      // Only answers to valid selectors are cached: a hit needs no (costly) semver parsing.
      const cache = answerCache();
      const cached = selector === null ? undefined : cache?.get(name, selector);
      if (cached !== undefined) return sendText(req, res, 200, cached.body, { 'cache-control': 'no-cache' });
      if (selector === null || selector === '' || selector.length > 256 || selectorKind(selector) === undefined) {
        throw new HttpFailure(
          400,
          'bad_request',
          'Missing or invalid ?selector=: use an exact version (1.2.3), a semver range (^1.2), a label (production) or latest.',
        );
      }
      const record =
        store.resolve === undefined ? await resolveLocally(store, name, selector) : await store.resolve(name, selector);
      if (record === undefined) throw await notFound(name, selector);
      const body = JSON.stringify(await withHash(record));
      cache?.set(name, selector, { body });
      return sendText(req, res, 200, body, { 'cache-control': 'no-cache' });
    }
    if (kind === 'labels' && arg !== undefined && decoded.length === 3) {
      allow(method, ['PUT']);
      return putLabel(req, res, name, arg, caller);
    }
    if (kind === 'history' && decoded.length === 2) {
      allow(method, ['GET', 'HEAD']);
      if (store.labelHistory === undefined) {
        throw new HttpFailure(
          501,
          'not_implemented',
          `The ${store.name} store keeps no label history (it has no labelHistory()).`,
        );
      }
      const moves = await store.labelHistory(name);
      if (moves.length === 0 && (await store.listVersions(name)).length === 0) throw await notFound(name);
      return sendJson(req, res, 200, { name, moves }, { 'cache-control': 'no-cache' });
    }
    throw new HttpFailure(404, 'not_found', `No such endpoint: ${method} ${rawPath.slice(0, 200)}.`);
  }

  async function listAll(caller: Caller): Promise<{ prompts: Array<{ name: string; versions: VersionInfo[] }> }> {
    if (store.list === undefined) {
      throw new HttpFailure(
        501,
        'not_implemented',
        `The ${store.name} store cannot list its prompts (it has no list()).`,
      );
    }
    // A token limited to some prefixes lists only the names it may read.
    const names = (await store.list()).filter((name) => caller.may('read', name));
    const prompts = await mapLimited(names, 16, async (name) => ({
      name,
      versions: sortVersionsDescending(await store.listVersions(name)),
    }));
    return { prompts };
  }

  async function getVersion(req: IncomingMessage, res: ServerResponse, name: string, version: string): Promise<void> {
    const record = await store.getVersion(name, version);
    if (record === undefined) throw await notFound(name, version);
    const body = await withHash(record);
    const etag = `"${body.hash}"`;
    const headers = { etag, 'cache-control': IMMUTABLE };
    if (etagMatches(req.headers['if-none-match'], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    return sendJson(req, res, 200, body, headers);
  }

  function requireWritable(capability: 'putVersion' | 'setLabel'): void {
    if (!writable) {
      throw new HttpFailure(
        405,
        'method_not_allowed',
        'This server is read-only: start it with writable: true to accept PUT requests.',
        { allow: 'GET, HEAD' },
      );
    }
    if (store[capability] === undefined) {
      throw new HttpFailure(
        501,
        'not_implemented',
        `The ${store.name} store cannot be written (it has no ${capability}()).`,
      );
    }
  }

  async function putVersion(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    version: string,
    caller: Caller,
  ): Promise<void> {
    requireWritable('putVersion');
    const body = await readJsonBody(req);
    let record: PromptRecord;
    let hash: string;
    try {
      record = parseRecord(body, { file: 'request body' });
      hash = await verifyRecordHash(record);
    } catch (error) {
      if (isPromptOpsError(error, 'PROMPT_FORMAT') || isPromptOpsError(error, 'INTEGRITY')) {
        throw new HttpFailure(400, 'bad_request', `Invalid record: ${error.message}`);
      }
      throw error;
    }
    if (record.name !== name || record.version !== version) {
      throw new HttpFailure(
        400,
        'bad_request',
        `The record is "${record.name}@${record.version}" but the URL says "${name}@${version}": they must match.`,
      );
    }
    // Labels on a put record move: that needs the promote scope as well.
    if ((record.labels ?? []).length > 0) access.require(caller, 'promote', name);
    try {
      await store.putVersion?.(record, caller.name === null ? {} : { actor: caller.name });
    } finally {
      answerCache()?.invalidate(name);
    }
    return sendJson(req, res, 200, { name, version, hash }, { 'cache-control': 'no-store' });
  }

  async function putLabel(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    label: string,
    caller: Caller,
  ): Promise<void> {
    requireWritable('setLabel');
    if (selectorKind(label) !== 'label') {
      throw new HttpFailure(
        400,
        'bad_request',
        `Invalid label ${JSON.stringify(label.slice(0, 100))}: start with a letter, then letters, digits, ".", "_" or "-"; "latest" is reserved.`,
      );
    }
    const parsed = setLabelBodySchema.safeParse(await readJsonBody(req));
    if (!parsed.success) {
      throw new HttpFailure(400, 'bad_request', 'The body must be {"version": "<semver>", "reason"?: "<text>"}.');
    }
    const { version, reason } = parsed.data;
    const before = (await store.listVersions(name)).find((v) => v.labels.includes(label))?.version ?? null;
    try {
      await store.setLabel?.(name, label, version, {
        ...(caller.name === null ? {} : { actor: caller.name }),
        ...(reason === undefined || reason === '' ? {} : { reason }),
      });
    } finally {
      answerCache()?.invalidate(name);
    }
    // `moved: false`: the label was already there; nothing changed and nothing was recorded.
    return sendJson(
      req,
      res,
      200,
      { name, label, version, from: before, moved: before !== version },
      { 'cache-control': 'no-store' },
    );
  }

  async function readJsonBody(req: IncomingMessage): Promise<unknown> {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/(?:[\w.-]+\+)?json\b/i.test(type)) {
      throw new HttpFailure(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
    }
    const declared = Number(req.headers['content-length']);
    const tooLarge = new HttpFailure(
      413,
      'payload_too_large',
      `The request body is larger than the ${maxBodyBytes}-byte limit of this server.`,
      { connection: 'close' },
    );
    if (Number.isFinite(declared) && declared > maxBodyBytes) throw tooLarge;
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of req) {
        const buffer = chunk as Buffer;
        total += buffer.length;
        if (total > maxBodyBytes) throw tooLarge;
        chunks.push(buffer);
      }
    } catch (error) {
      // Node ends the body with Error('aborted') / ECONNRESET when the client goes away mid-request.
      if (error !== tooLarge && (req.destroyed || req.socket.destroyed)) throw new ClientGone('client went away');
      throw error;
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      throw new HttpFailure(400, 'bad_request', 'The request body is not valid JSON.');
    }
  }

  return (req, res) =>
    route(req, res).catch((error: unknown) => {
      if (error instanceof ClientGone) {
        res.destroy();
        return;
      }
      const failure = toFailure(error);
      if (failure.status >= 500 && failure.status !== 501) onError(error);
      if (!res.headersSent) sendError(req, res, failure);
      else res.destroy();
      if (failure.status === 413) res.on('finish', () => req.destroy());
    });
}

async function withHash(record: PromptRecord): Promise<PromptRecord & { hash: string }> {
  return { ...record, hash: record.hash ?? (await computeHash(record)) };
}

function decodeSegment(segment: string): string {
  let value: string;
  try {
    value = decodeURIComponent(segment);
  } catch {
    throw new HttpFailure(400, 'bad_request', 'Malformed percent-encoding in the path.');
  }
  if (value === '.' || value === '..' || value.includes('\0')) {
    throw new HttpFailure(400, 'bad_request', 'Path segments "." and ".." and NUL bytes are refused.');
  }
  return value;
}

function allow(method: string, methods: readonly string[]): void {
  if (!methods.includes(method)) {
    throw new HttpFailure(405, 'method_not_allowed', `${method} is not allowed here; use ${methods.join(' or ')}.`, {
      allow: methods.join(', '),
    });
  }
}

/** True when an `If-None-Match` header lists `etag` (weak or strong) or `*`. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((part) => {
    const tag = part.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}

/** Turn anything thrown while answering into an error answer, without leaking internals. */
function toFailure(error: unknown): HttpFailure {
  if (error instanceof HttpFailure) return error;
  if (error instanceof AccessDenied) {
    return error.status === 401
      ? new HttpFailure(401, 'unauthorized', error.message, CHALLENGE)
      : new HttpFailure(403, 'forbidden', error.message);
  }
  // By brand and code, not class: the store may come from the other build (ESM / CJS) of promptops.
  if (!isPromptOpsError(error)) return new HttpFailure(500, 'internal', 'Internal server error: see the server log.');
  switch (error.code) {
    case 'PROMPT_NOT_FOUND':
    case 'VERSION_NOT_FOUND':
      return new HttpFailure(404, 'not_found', error.message);
    case 'PROMPT_FORMAT':
    case 'INTEGRITY':
      return new HttpFailure(422, 'invalid_prompt', error.message);
    case 'CONFIG':
      return new HttpFailure(400, 'bad_request', error.message);
    case 'STORE_ERROR':
      if (error.status === 409) return new HttpFailure(409, 'conflict', error.message);
      if (error.status === 400) return new HttpFailure(400, 'bad_request', error.message);
      if (error.status === 404) return new HttpFailure(404, 'not_found', error.message);
      if (error.retryable) return new HttpFailure(503, 'store_unavailable', error.message, { 'retry-after': '1' });
      return new HttpFailure(500, 'internal', error.message);
    default:
      return new HttpFailure(500, 'internal', error.message);
  }
}

function sendError(req: IncomingMessage, res: ServerResponse, failure: HttpFailure): void {
  sendJson(
    req,
    res,
    failure.status,
    { error: { code: failure.code, message: failure.message } },
    {
      'cache-control': 'no-store',
      ...failure.headers,
    },
  );
}

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(req, res, status, JSON.stringify(body), headers);
}

/** Send a JSON text already serialised. */
function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : text);
}
