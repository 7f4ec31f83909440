/**
 * The page's two static files, `/-/ui/app.css` and `/-/ui/app.js`, kept in memory with a content hash:
 * pages link them as `?v=<hash>`, so they are cached for a year and replaced on upgrade.
 * @module
 */
import { createHash } from 'node:crypto';
import { CLIENT_SCRIPT } from './client-script.js';
import { ASSET_PREFIX } from './routes.js';
import { STYLESHEET } from './styles.js';

/** One static file. */
export interface Asset {
  body: Buffer;
  contentType: string;
  /** First 16 hex digits of its SHA-256. */
  hash: string;
}

function asset(text: string, contentType: string): Asset {
  const body = Buffer.from(text, 'utf8');
  return { body, contentType, hash: createHash('sha256').update(body).digest('hex').slice(0, 16) };
}

const ASSETS: Record<string, Asset> = {
  'app.css': asset(STYLESHEET, 'text/css; charset=utf-8'),
  'app.js': asset(CLIENT_SCRIPT, 'text/javascript; charset=utf-8'),
  'icon.svg': asset(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0a58ca"/><path d="M4 4h5a3 3 0 0 1 0 6H6v2H4z" fill="#fff"/></svg>',
    'image/svg+xml',
  ),
};

/** The static file of that name, if there is one. */
export function findAsset(file: string): Asset | undefined {
  return Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
}

/** The versioned URL of a static file. */
export function assetUrl(file: 'app.css' | 'app.js' | 'icon.svg'): string {
  return `${ASSET_PREFIX}${file}?v=${(ASSETS[file] as Asset).hash}`;
}
