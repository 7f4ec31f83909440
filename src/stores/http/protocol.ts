/**
 * HTTP protocol v1 (DESIGN.md section 7): paths, body shapes (zod mini schemas, so the core entry
 * stays small) and error codes, shared by `httpStore` and the reference server.
 * @module
 */
import * as z from 'zod/mini';

/** Version of the protocol; the path prefix is `/v{PROTOCOL_VERSION}`. */
export const PROTOCOL_VERSION = 1;

/** `{ version, labels, hash? }` as listed by the server. */
export const versionInfoSchema = z.object({
  version: z.string(),
  labels: z.array(z.string()),
  hash: z.optional(z.string()),
});

/** Answer of `GET /v1/prompts/{name}`. */
export const versionListSchema = z.object({
  name: z.string(),
  versions: z.array(versionInfoSchema),
});

/** Answer of `GET /v1/prompts`. */
export const promptListSchema = z.object({
  prompts: z.array(
    z.object({
      name: z.string(),
      versions: z.optional(z.array(versionInfoSchema)),
    }),
  ),
});

/** Body of `PUT /v1/prompts/{name}/labels/{label}`. */
export const setLabelBodySchema = z.object({ version: z.string() });

/** Error codes of `{ "error": { "code", "message" } }` bodies. */
export type ProtocolErrorCode =
  | 'not_found'
  | 'unauthorized'
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
