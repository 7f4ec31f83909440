/**
 * The URLs of the registry page, built and parsed in one place. A prompt name's segments
 * (`[a-z0-9][a-z0-9._-]*`) can never be `-`, so `/p/<name>/-/<view>` is unambiguous.
 * @module
 */
import { urlWithQuery } from './escape.js';

/** Where the page's static files live. */
export const ASSET_PREFIX = '/-/ui/';

/** The catalog, optionally filtered by a search query. */
export function catalogPath(query?: string): string {
  return urlWithQuery('/', { q: query });
}

function namePath(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** A prompt's page, optionally showing one version. */
export function promptPath(name: string, version?: string): string {
  return urlWithQuery(`/p/${namePath(name)}`, { v: version });
}

/** The diff of two versions of a prompt. */
export function diffPath(name: string, from?: string, to?: string): string {
  return urlWithQuery(`/p/${namePath(name)}/-/diff`, { from, to });
}

/** The preview form of one version. */
export function previewPath(name: string, version?: string): string {
  return urlWithQuery(`/p/${namePath(name)}/-/preview`, { v: version });
}

/** A page route, parsed from a request path. */
export type PageRoute =
  | { page: 'catalog' }
  | { page: 'prompt'; name: string }
  | { page: 'diff'; name: string }
  | { page: 'preview'; name: string }
  | { page: 'asset'; file: string };

/**
 * The page a request path asks for, or `undefined` when it is not one of the page's routes (the
 * protocol routes under `/v1/` and anything unknown fall through to the API handler).
 * A name that does not decode is returned as is, for the page to answer "not found".
 */
export function parsePageRoute(path: string): PageRoute | undefined {
  if (path === '/' || path === '/index.html') return { page: 'catalog' };
  if (path.startsWith(ASSET_PREFIX)) return { page: 'asset', file: path.slice(ASSET_PREFIX.length) };
  if (!path.startsWith('/p/')) return undefined;
  const rest = path.slice(3);
  const marker = rest.indexOf('/-/');
  const encodedName = marker === -1 ? rest : rest.slice(0, marker);
  const view = marker === -1 ? '' : rest.slice(marker + 3);
  let name: string;
  try {
    name = encodedName.split('/').map(decodeURIComponent).join('/');
  } catch {
    name = encodedName;
  }
  if (name.endsWith('/')) name = name.slice(0, -1);
  if (view === '') return { page: 'prompt', name };
  if (view === 'diff') return { page: 'diff', name };
  if (view === 'preview') return { page: 'preview', name };
  return undefined;
}
