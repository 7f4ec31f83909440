/**
 * HTTP protocol v1 (DESIGN.md section 7): paths, body shape checks (by hand: the core entry has no zod)
 * and error codes, shared by `httpStore` and the reference server.
 * @module
 */
/** Version of the protocol; the path prefix is `/v{PROTOCOL_VERSION}`. */
export const PROTOCOL_VERSION = 1;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What is wrong with a list of `{ version, labels: string[], hash?: string }` at `at`, if anything. */
function versionsProblem(versions: unknown, at: string): string | undefined {
  if (!Array.isArray(versions)) return `${at}: must be a list`;
  const i = versions.findIndex(
    (v) =>
      !isObject(v) ||
      typeof v.version !== 'string' ||
      !Array.isArray(v.labels) ||
      v.labels.some((label) => typeof label !== 'string') ||
      !['undefined', 'string'].includes(typeof v.hash),
  );
  return i < 0 ? undefined : `${at}.${i}: must be { version, labels, hash? } with string values`;
}

/**
 * What is wrong with the answer of `GET /v1/prompts/{name}` (`{ name, versions }`), or `undefined`.
 * @example `versionListProblem({ versions: 3 })` → `'name: must be a string'`
 */
export function versionListProblem(body: unknown): string | undefined {
  return isObject(body) && typeof body.name === 'string'
    ? versionsProblem(body.versions, 'versions')
    : 'name: must be a string';
}

/** What is wrong with the answer of `GET /v1/prompts` (`{ prompts: [{ name, versions? }] }`), or `undefined`. */
export function promptListProblem(body: unknown): string | undefined {
  if (!isObject(body) || !Array.isArray(body.prompts)) return 'prompts: must be a list';
  for (const [i, entry] of body.prompts.entries()) {
    if (!isObject(entry) || typeof entry.name !== 'string') return `prompts.${i}.name: must be a string`;
    const problem = entry.versions === undefined ? undefined : versionsProblem(entry.versions, `prompts.${i}.versions`);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** Body of `PUT /v1/prompts/{name}/labels/{label}`: `{ version, reason? }`. */
export const setLabelBodySchema = {
  safeParse(value: unknown): { success: true; data: { version: string; reason?: string } } | { success: false } {
    if (!isObject(value) || typeof value.version !== 'string') return { success: false };
    if (value.reason !== undefined && typeof value.reason !== 'string') return { success: false };
    return {
      success: true,
      data: { version: value.version, ...(value.reason === undefined ? {} : { reason: value.reason }) },
    };
  },
};

/** What is wrong with the answer of `GET /v1/prompts/{name}/history` (`{ name, moves }`) apart from each move. */
export function historyProblem(body: unknown): string | undefined {
  if (!isObject(body) || typeof body.name !== 'string') return 'name: must be a string';
  if (!Array.isArray(body.moves)) return 'moves: must be a list';
  return undefined;
}

/** Error codes of `{ "error": { "code", "message" } }` bodies. */
export type ProtocolErrorCode =
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'bad_request'
  | 'conflict'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid_prompt'
  | 'not_implemented'
  | 'store_unavailable'
  | 'internal';

/** The error body of every failed request. */
export interface ProtocolErrorBody {
  error: { code: ProtocolErrorCode; message: string };
}

/** `/v1/prompts/{encodeURIComponent(name)}` */
export function promptPath(name: string): string {
  return `/v${PROTOCOL_VERSION}/prompts/${encodeURIComponent(name)}`;
}

/** `/v1/prompts/{name}/versions/{version}` */
export function versionPath(name: string, version: string): string {
  return `${promptPath(name)}/versions/${encodeURIComponent(version)}`;
}

/** `/v1/prompts/{name}/resolve` (the selector goes in `?selector=`). */
export function resolvePath(name: string): string {
  return `${promptPath(name)}/resolve`;
}

/** `/v1/prompts/{name}/history` */
export function historyPath(name: string): string {
  return `${promptPath(name)}/history`;
}

/** `/v1/prompts/{name}/labels/{label}` */
export function labelPath(name: string, label: string): string {
  return `${promptPath(name)}/labels/${encodeURIComponent(label)}`;
}

/** A zod issue list as one line, for messages. */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
}
