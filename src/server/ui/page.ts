/**
 * The registry's web page (DESIGN.md section 14), mounted by the request handler in front of the
 * protocol routes: `/` (catalog and search), `/p/<name>` (versions, one version in full, label
 * history, promote and roll back), `/p/<name>/-/diff`, `/p/<name>/-/preview`, and the two static files
 * under `/-/ui/`. Every answer carries a strict Content-Security-Policy; every text is escaped.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPromptOpsError, StoreError } from '../../errors.js';
import type { PromptStore } from '../../stores/types.js';
import { type AccessControl, AccessDenied, type Caller, type TokenScope } from '../tokens.js';
import { findAsset } from './assets.js';
import { catalogPage } from './catalog.js';
import { loadCatalog, loadPrompt, type PromptOverview } from './data.js';
import { diffView } from './diff-view.js';
import { html } from './escape.js';
import { type PageAccess, type PageContent, renderPage } from './layout.js';
import { previewView } from './preview.js';
import { promptView } from './prompt-page.js';
import { catalogPath, type PageRoute, parsePageRoute } from './routes.js';

/** What the page needs from the server it is mounted on (the handler's route context). */
export interface PageServerContext {
  /** The store the server serves. */
  readonly store: PromptStore;
  /** The server accepts writes (label moves need the store's `setLabel` too). */
  readonly writable: boolean;
  /** `readsOpen`: a request without a token may read. */
  readonly access: Pick<AccessControl, 'readsOpen'>;
  /** Who sent the request; throws {@link AccessDenied} (401) for a missing or unknown token where one is needed. */
  caller(req: IncomingMessage): Caller;
  /** Throws {@link AccessDenied} unless `caller` may do `scope` on `name`. */
  require(caller: Caller, scope: TokenScope, name?: string): void;
}

/** Options of {@link createRegistryPage}. */
export interface RegistryPageOptions {
  /**
   * Largest accepted preview form, in bytes.
   * @default 262144 (256 kB)
   */
  maxFormBytes?: number;
  /**
   * Called with unexpected errors (answered with a generic 500 page).
   * @default logs to console.error
   */
  onError?: (error: unknown) => void;
}

/** Answers a request when it is one of the page's routes; resolves to `false` to let the API answer. */
export type RegistryPageHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  context: PageServerContext,
) => Promise<boolean>;

/** The Content-Security-Policy of every page: nothing but this server's own script, style and requests. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types promptops-page',
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': PAGE_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** A failure answered with an HTML page. */
class PageFailure extends Error {
  constructor(
    readonly status: number,
    readonly content: PageContent,
    readonly headers: Record<string, string> = {},
  ) {
    super(content.title);
  }
}

function problemPage(title: string, message: string, crumbs: PageContent['crumbs'] = []): PageContent {
  return {
    title,
    crumbs,
    body: html`<h1>${title}</h1><p class="problem">${message}</p><p><a href="${catalogPath()}">All prompts</a></p>`,
  };
}

/**
 * Make the page's request handler. The protocol handler mounts it (`createPromptRequestHandler`'s
 * `page` option) and passes its route context: the store, whether it is writable, and the token checks.
 */
export function createRegistryPage(options: RegistryPageOptions = {}): RegistryPageHandler {
  const maxFormBytes = options.maxFormBytes ?? 256 * 1024;
  const onError =
    options.onError ??
    ((error: unknown) => {
      console.error('[promptops page]', error);
    });

  function send(
    req: IncomingMessage,
    res: ServerResponse,
    access: PageAccess,
    status: number,
    content: PageContent,
    headers: Record<string, string> = {},
  ): void {
    const body = renderPage(content, access);
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      vary: 'authorization',
      ...SECURITY_HEADERS,
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /** The caller, when it may read `name` (`undefined`: the catalog); else the page that asks for a token. */
  function reader(req: IncomingMessage, context: PageServerContext, name: string | undefined): Caller {
    try {
      const caller = context.caller(req);
      context.require(caller, 'read', name);
      return caller;
    } catch (error) {
      if (!(error instanceof AccessDenied)) throw error;
      const missing = req.headers.authorization === undefined;
      const title = missing ? 'Access token needed' : 'Token refused';
      const body = html`<h1>${title}</h1>
<section class="gate" data-needs-token="${missing ? 'missing' : 'refused'}">
<p>This registry needs a token to read${name === undefined ? '' : html` <code>${name}</code>`}. Enter it in the field at the top: the page keeps it in this tab's session storage and sends it as a bearer header, never in a URL or a cookie.</p>
${missing ? '' : html`<p class="problem" role="alert">The token was refused: ${error.message}</p>`}
<p class="muted" data-needs-script>Without JavaScript the page cannot send a token: turn scripts on, or read with <code>promptops list --url</code> and <code>httpStore</code>.</p>
</section>`;
      throw new PageFailure(
        error.status,
        { title, crumbs: [], body },
        { 'www-authenticate': 'Bearer realm="promptops"' },
      );
    }
  }

  async function overviewOf(store: PromptStore, name: string): Promise<PromptOverview> {
    const overview = await loadPrompt(store, name);
    if (overview === undefined) {
      throw new PageFailure(
        404,
        problemPage('Prompt not found', `There is no prompt named "${name}" in this registry.`, [{ label: name }]),
      );
    }
    return overview;
  }

  function pickVersion(overview: PromptOverview, asked: string | null): string {
    if (asked === null || asked === '') return overview.latest;
    if (overview.versions.some((v) => v.version === asked)) return asked;
    throw new PageFailure(
      404,
      problemPage(
        'Version not found',
        `${overview.name} has no version "${asked}": it has ${overview.versions.map((v) => v.version).join(', ')}.`,
        [{ label: overview.name }],
      ),
    );
  }

  async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/x-www-form-urlencoded\b/i.test(type)) {
      throw new PageFailure(
        415,
        problemPage('Unsupported form', 'Send the preview form as application/x-www-form-urlencoded.'),
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of req) {
      total += (chunk as Buffer).length;
      if (total > maxFormBytes) {
        throw new PageFailure(
          413,
          problemPage('Form too large', `The preview form is larger than ${maxFormBytes} bytes: shorten the values.`),
          { connection: 'close' },
        );
      }
      chunks.push(chunk as Buffer);
    }
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  }

  function allow(req: IncomingMessage, methods: readonly string[]): void {
    if (!methods.includes(req.method ?? 'GET')) {
      throw new PageFailure(405, problemPage('Method not allowed', `Use ${methods.join(' or ')} here.`), {
        allow: methods.join(', '),
      });
    }
  }

  function sendAsset(req: IncomingMessage, res: ServerResponse, file: string, query: URLSearchParams): void {
    allow(req, ['GET', 'HEAD']);
    const asset = findAsset(file);
    if (asset === undefined) throw new PageFailure(404, problemPage('Not found', 'No such file.'));
    const etag = `"${asset.hash}"`;
    const headers = {
      'content-type': asset.contentType,
      etag,
      'cache-control': query.get('v') === asset.hash ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...SECURITY_HEADERS,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': String(asset.body.length) });
    res.end(req.method === 'HEAD' ? undefined : asset.body);
  }

  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    context: PageServerContext,
    access: PageAccess,
    route: PageRoute,
    query: URLSearchParams,
  ): Promise<void> {
    const { store } = context;
    if (route.page === 'asset') return sendAsset(req, res, route.file, query);
    if (route.page === 'catalog') {
      allow(req, ['GET', 'HEAD']);
      const caller = reader(req, context, undefined);
      const entries = await loadCatalog(store);
      // A token limited to some prefixes sees only the names it may read.
      const readable = entries?.filter((entry) => caller.may('read', entry.name));
      return send(req, res, access, 200, catalogPage(readable, query.get('q') ?? ''));
    }
    const name = route.name;
    allow(req, route.page === 'preview' ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD']);
    reader(req, context, name);
    const overview = await overviewOf(store, name);
    if (route.page === 'prompt') {
      const version = pickVersion(overview, query.get('v'));
      const history = store.labelHistory === undefined ? undefined : await store.labelHistory(name);
      const view = await promptView({ store, overview, version, history, writable: access.writable });
      return send(req, res, access, 200, view);
    }
    if (route.page === 'diff') {
      const from = query.get('from');
      const to = query.get('to');
      const view = diffView(
        overview,
        from === null || from === '' ? undefined : from,
        to === null || to === '' ? undefined : to,
      );
      return send(req, res, access, 200, view);
    }
    const version = pickVersion(overview, query.get('v'));
    const form = req.method === 'POST' ? await readForm(req) : undefined;
    send(
      req,
      res,
      access,
      200,
      await previewView({ store, overview, version, ...(form === undefined ? {} : { form }) }),
    );
  }

  return async (req, res, context) => {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const route = parsePageRoute(q === -1 ? rawUrl : rawUrl.slice(0, q));
    if (route === undefined) return false;
    const query = new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1));
    const access: PageAccess = {
      auth: context.access.readsOpen ? 'open' : 'required',
      writable: context.writable && context.store.setLabel !== undefined,
    };
    try {
      await answer(req, res, context, access, route, query);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return true;
      }
      if (error instanceof PageFailure) {
        send(req, res, access, error.status, error.content, error.headers);
        if (error.status === 413) res.on('finish', () => req.destroy());
        return true;
      }
      if (error instanceof StoreError && error.retryable) {
        send(
          req,
          res,
          access,
          503,
          problemPage('The store is unavailable', `${error.message} Try again in a moment.`),
          {
            'retry-after': '1',
          },
        );
        return true;
      }
      if (isPromptOpsError(error)) {
        send(req, res, access, 500, problemPage('The store failed', error.message));
        return true;
      }
      onError(error);
      send(
        req,
        res,
        access,
        500,
        problemPage('Internal error', 'Something went wrong while drawing this page: see the server log.'),
      );
    }
    return true;
  };
}
