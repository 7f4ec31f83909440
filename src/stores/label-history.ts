/**
 * Label history entries (`LabelMove`, DESIGN.md section 13), shared by every store that keeps one.
 * @module
 */
import { ConfigError } from '../errors.js';
import type { LabelMove, LabelMoveMeta } from './types.js';

/** Longest accepted `actor` and `reason`, in characters. */
export const MAX_MOVE_META_CHARS = 500;

/**
 * Check the `meta` of a label move: `actor` and `reason` are optional strings of at most 500
 * characters, without control characters (they end up in logs and a history file).
 *
 * @throws {ConfigError} naming the field (a caller's mistake, answered 400 by the server).
 */
export function checkMoveMeta(meta: LabelMoveMeta | undefined, store: string): LabelMoveMeta {
  if (meta === undefined) return {};
  if (typeof meta !== 'object' || meta === null) {
    throw new ConfigError(`must be an object { actor?, reason? } (${store} store)`, { option: 'meta' });
  }
  for (const field of ['actor', 'reason'] as const) {
    const value = meta[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > MAX_MOVE_META_CHARS || hasControlCharacter(value)) {
      throw new ConfigError(
        `"${field}" must be a string of at most ${MAX_MOVE_META_CHARS} characters without control characters (${store} store)`,
        { option: `meta.${field}` },
      );
    }
  }
  return meta;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Build one history entry; `atMs` is milliseconds since the epoch. */
export function labelMove(
  label: string,
  from: string | undefined | null,
  to: string,
  meta: LabelMoveMeta,
  atMs: number,
): LabelMove {
  return {
    label,
    from: from ?? null,
    to,
    actor: meta.actor ?? null,
    at: new Date(atMs).toISOString(),
    ...(meta.reason === undefined || meta.reason === '' ? {} : { reason: meta.reason }),
  };
}

/**
 * Check one history entry read back from storage (a file line, a database row, a server's answer):
 * what is wrong with it, or `undefined`.
 */
export function labelMoveProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const move = value as Record<string, unknown>;
  if (typeof move.label !== 'string') return 'label: must be a string';
  if (move.from !== null && typeof move.from !== 'string') return 'from: must be a string or null';
  if (typeof move.to !== 'string') return 'to: must be a string';
  if (move.actor !== null && typeof move.actor !== 'string') return 'actor: must be a string or null';
  if (typeof move.at !== 'string' || Number.isNaN(Date.parse(move.at))) return 'at: must be an ISO 8601 date';
  if (move.reason !== undefined && typeof move.reason !== 'string') return 'reason: must be a string';
  return undefined;
}

/** A copy of a checked entry holding only the known fields. */
export function copyLabelMove(move: LabelMove): LabelMove {
  return {
    label: move.label,
    from: move.from,
    to: move.to,
    actor: move.actor,
    at: move.at,
    ...(move.reason === undefined ? {} : { reason: move.reason }),
  };
}
