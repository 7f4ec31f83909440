/**
 * Paths of the file store: which files are prompt files, the name a path gives, walking the tree,
 * and the containment check that refuses anything resolving outside the root (symlinks included).
 * Node only.
 * @module
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { MAX_PROMPT_FILE_BYTES } from '../../engine/parse.js';

/** `*.prompt.md`, `*.prompt.yaml`, `*.prompt.yml`, `*.prompt.json`. */
export const PROMPT_FILE_PATTERN = /\.prompt\.(?:md|ya?ml|json)$/;

/** True for a path (relative, posix) naming a prompt file. */
export function isPromptFile(rel: string): boolean {
  return PROMPT_FILE_PATTERN.test(rel);
}

/** The name a prompt file gets from its path: `support/greeting.prompt.md` → `support/greeting`. */
export function nameFromPath(rel: string): string {
  return rel.replace(PROMPT_FILE_PATTERN, '');
}

/** Segments never indexed: hidden entries (`.git`, `.DS_Store`...) and `node_modules`. */
export function isSkippedSegment(segment: string): boolean {
  return segment.startsWith('.') || segment === 'node_modules';
}

/** True when a relative posix path has a skipped segment. */
export function isSkippedPath(rel: string): boolean {
  return rel.split('/').some(isSkippedSegment);
}

/** `a\b` → `a/b` on Windows; unchanged elsewhere. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** True when `target` (absolute, real) is `root` or inside it. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** A path the walk refused or could not use. */
export interface PathRefusal {
  /** Relative posix path. */
  rel: string;
  /** Why, in words ending with how to fix it. */
  reason: string;
}

/** What {@link walk} found. */
export interface WalkResult {
  /** Relative posix paths of prompt files, sorted. */
  files: string[];
  /** Prompt files or directories refused (symlinks leading outside the root, unreadable entries). */
  refusals: PathRefusal[];
  /** Relative posix paths of the directories visited (`relDir` included), for watching. */
  dirs: string[];
  /**
   * Other files that might be meant as prompt files (`greeting.md`, `x.prompt.txt`, `x.promt.md`),
   * relative posix paths, sorted: `validate` warns about those that look like prompts.
   */
  nearMisses: string[];
}

/** Files worth a second look: text formats a prompt could be written in, or a misspelt or bare `.prompt`. */
const NEAR_MISS = /(?:\.(?:md|markdown|ya?ml|json|txt)|\.pro?m?p?t[^/]*\.[^/.]+|\.pro?m?p?t)$/i;

/**
 * List the prompt files under `relDir` (`''` for the root) of the real directory `root`. Symbolic
 * links are followed only when their real path stays inside `root` (each real directory is visited
 * once, so link cycles end); a link leading outside is refused and its target never read.
 */
export async function walk(root: string, relDir = ''): Promise<WalkResult> {
  const files: string[] = [];
  const refusals: PathRefusal[] = [];
  const nearMisses: string[] = [];
  const visited = new Set<string>();
  const dirs: string[] = [];

  async function visit(rel: string): Promise<void> {
    const abs = rel === '' ? root : join(root, rel);
    let real: string;
    try {
      real = await realpath(abs);
    } catch (error) {
      if (rel !== relDir) refusals.push({ rel, reason: `cannot be read (${errorCode(error)})` });
      return;
    }
    if (!isInside(root, real)) {
      refusals.push({ rel, reason: outsideReason() });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    dirs.push(rel);
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') refusals.push({ rel, reason: `cannot be listed (${errorCode(error)})` });
      return;
    }
    const subdirs: string[] = [];
    for (const entry of entries) {
      if (isSkippedSegment(entry.name)) continue;
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.name.includes('\uFFFD') && (entry.isDirectory() || NOT_UTF8_CANDIDATE.test(entry.name))) {
        // Node decodes a name that is not UTF-8 with U+FFFD: the file cannot be opened by that name, and
        // skipping it silently would hide a prompt (or a folder of them).
        refusals.push({ rel: childRel, reason: notUtf8Reason(entry.isDirectory()) });
        continue;
      }
      if (entry.isDirectory()) {
        subdirs.push(childRel);
      } else if (entry.isSymbolicLink()) {
        const kind = await linkKind(root, join(root, childRel));
        if (kind === 'outside') {
          refusals.push({ rel: childRel, reason: outsideReason() });
        } else if (kind === 'directory') {
          subdirs.push(childRel);
        } else if (kind === 'file' && isPromptFile(childRel)) {
          files.push(childRel);
        } else if (kind === 'broken' && isPromptFile(childRel)) {
          refusals.push({ rel: childRel, reason: 'is a symbolic link to nothing: fix or remove the link' });
        }
      } else if (entry.isFile() && isPromptFile(childRel)) {
        files.push(childRel);
      } else if (entry.isFile() && NEAR_MISS.test(entry.name)) {
        nearMisses.push(childRel);
      }
    }
    for (const dir of subdirs) await visit(dir);
  }

  await visit(toPosix(relDir));
  files.sort();
  nearMisses.sort();
  return { files, refusals, dirs, nearMisses };
}

async function linkKind(root: string, abs: string): Promise<'outside' | 'directory' | 'file' | 'broken'> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch {
    return 'broken';
  }
  if (!isInside(root, real)) return 'outside';
  try {
    return (await stat(real)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'broken';
  }
}

/** File names worth reporting when not UTF-8: prompt files, near misses, and anything else with a prompt-like end. */
const NOT_UTF8_CANDIDATE = /\.(?:prompt\.[^.]*|md|markdown|ya?ml|json|txt)$/i;

function notUtf8Reason(directory: boolean): string {
  return (
    `has a name that is not valid UTF-8, so it was not read${directory ? ' (nor anything inside it)' : ''}; ` +
    'rename it to a UTF-8 name (e.g. with convmv -f <encoding> -t utf-8)'
  );
}

function outsideReason(): string {
  return (
    'is a symbolic link that resolves outside the prompt directory; it was refused and not read. ' +
    'Move the target into the prompt directory, or replace the link with a copy'
  );
}

/** The outcome of reading one prompt file safely. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; missing?: boolean };

/**
 * Read the prompt file `rel` of `root`, after checking (with its real path, so every symlink on the
 * way counts) that it is inside `root`, is a regular file and is not larger than
 * {@link MAX_PROMPT_FILE_BYTES}.
 */
export async function readPromptFile(root: string, rel: string): Promise<ReadResult> {
  if (rel.includes('\0') || isAbsolute(rel) || rel.split('/').includes('..')) {
    return {
      ok: false,
      reason: 'is not a plain relative path inside the prompt directory; it was refused and not read',
    };
  }
  let real: string;
  try {
    real = await realpath(join(root, rel));
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, reason: `cannot be read (${code})`, missing: code === 'ENOENT' };
  }
  if (!isInside(root, real)) return { ok: false, reason: outsideReason() };
  try {
    const info = await stat(real);
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (info.size > MAX_PROMPT_FILE_BYTES) {
      return {
        ok: false,
        reason: `is ${info.size} bytes, more than the ${MAX_PROMPT_FILE_BYTES} bytes a prompt file may have; it was not read`,
      };
    }
    return decodePromptFile(await readFile(real));
  } catch (error) {
    const code = errorCode(error);
    return { ok: false, reason: `cannot be read (${code})`, missing: code === 'ENOENT' };
  }
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string')
    return error.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The text of a prompt file: UTF-8 (a BOM is dropped), or UTF-16 when the file starts with a UTF-16 byte order
 * mark (editors on Windows save so); a file that is not valid UTF-8 is refused naming its encoding problem,
 * never read as garbage.
 */
export function decodePromptFile(bytes: Uint8Array): ReadResult {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return {
      ok: false,
      reason: 'is not valid UTF-8 text (and has no UTF-16 byte order mark): save it as UTF-8',
    };
  }
}
