/**
 * The registry page's one script, served as `/-/ui/app.js` (the source of {@link registryPageScript}
 * wrapped in a call). Everything it does is an enhancement: every reading view works without it.
 *
 * - The token: typed into the header form, kept in `sessionStorage` (this tab only), sent as
 *   `Authorization: Bearer …` on the page's own requests; never put in a URL, the HTML or a cookie.
 * - Reads behind a token: pages, links and forms are fetched with the header and `<main>` is swapped.
 * - Promote and roll back: `PUT /v1/prompts/{name}/labels/{label}` with the token; the answer (or why
 *   it was refused) shows in the status line and the page (labels, history) is fetched again at once.
 *
 * The function is serialised with `Function.prototype.toString`, so it must be self-contained: no
 * imports, no reference to anything outside its body. It only ever writes text (`textContent`) and
 * nodes parsed from the server's own escaped pages.
 * @module
 */

/** Runs in the browser. Self-contained: see the module comment. */
function registryPageScript(): void {
  const TOKEN_KEY = 'promptops.token';
  const body = document.body;
  const authRequired = body.dataset.auth === 'required';
  const writable = body.dataset.writable === 'true';
  const tokenForm = document.getElementById('token-form') as HTMLFormElement | null;
  const tokenInput = document.getElementById('token-input') as HTMLInputElement | null;
  const tokenState = document.getElementById('token-state');
  const forget = document.getElementById('token-forget');
  const status = document.getElementById('status');

  function readToken(): string | null {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  }
  function writeToken(token: string | null): void {
    try {
      if (token === null) window.sessionStorage.removeItem(TOKEN_KEY);
      else window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Storage disabled: the token lives for this page only.
    }
    showTokenState();
  }
  function showTokenState(): void {
    if (tokenState !== null) tokenState.textContent = readToken() === null ? 'No token set' : 'Token set for this tab';
    if (forget !== null) forget.hidden = readToken() === null;
  }
  /** Show a message in the status line, or in the label panel's own line (`near: 'panel'`). */
  function say(message: string, kind: 'ok' | 'error' | 'info', near: 'top' | 'panel' = 'top'): void {
    const panelStatus = near === 'panel' ? document.querySelector<HTMLElement>('#main [data-move-status]') : null;
    const target = panelStatus ?? status;
    if (target === null) return;
    target.textContent = message;
    target.className = `status ${kind}`;
    if (panelStatus !== null) panelStatus.focus();
  }
  function authHeaders(): Record<string, string> {
    const token = readToken();
    return token === null ? {} : { authorization: `Bearer ${token}` };
  }

  /** Fetch a page of this server with the token and put its `<main>` in place of ours. */
  async function load(url: string, init: { method?: string; body?: string } = {}, push = false): Promise<void> {
    const headers: Record<string, string> = { ...authHeaders(), accept: 'text/html' };
    if (init.body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method ?? 'GET',
        headers,
        credentials: 'omit',
        cache: 'no-store',
        ...(init.body === undefined ? {} : { body: init.body }),
      });
    } catch {
      say('The server did not answer: check that promptops serve is still running.', 'error');
      return;
    }
    const text = await response.text();
    const doc = new DOMParser().parseFromString(trustedHtml(text), 'text/html');
    const next = doc.getElementById('main');
    const current = document.getElementById('main');
    if (next === null || current === null) {
      say(`Unexpected answer from the server (HTTP ${response.status}).`, 'error');
      return;
    }
    current.replaceWith(document.adoptNode(next));
    document.title = doc.title;
    if (push) window.history.pushState(null, '', url);
    enhance();
    const heading = next.querySelector('h1');
    if (heading !== null) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  /**
   * The page's one Trusted Types policy (the CSP allows no other and requires one for every HTML sink):
   * it passes through pages of this server, which escaped every text they hold.
   */
  type Policy = { createHTML(input: string): unknown };
  const trustedTypes = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } })
    .trustedTypes;
  const policy = trustedTypes?.createPolicy('promptops-page', { createHTML: (input: string) => input });
  function trustedHtml(text: string): string {
    return (policy === undefined ? text : policy.createHTML(text)) as string;
  }

  function isPageUrl(url: URL): boolean {
    return url.origin === window.location.origin && !url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/-/');
  }

  function formQuery(form: HTMLFormElement, submitter: HTMLElement | null): string {
    const data = new FormData(form, submitter instanceof HTMLButtonElement ? submitter : null);
    const params = new URLSearchParams();
    data.forEach((value, key) => {
      if (typeof value === 'string') params.append(key, value);
    });
    return params.toString();
  }

  // Reads behind a token: links and page forms go through `load`, which sends the header.
  if (authRequired) {
    document.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const target = event.target instanceof Element ? event.target.closest('a') : null;
      if (target === null || target.hasAttribute('download') || target.target !== '') return;
      const url = new URL(target.href, window.location.href);
      if (!isPageUrl(url) || readToken() === null) return;
      event.preventDefault();
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash !== '') {
        window.location.hash = url.hash;
        return;
      }
      void load(url.href, {}, true);
    });
    document.addEventListener('submit', (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-page-form') || readToken() === null) return;
      event.preventDefault();
      const action = new URL(form.getAttribute('action') ?? window.location.href, window.location.href);
      const query = formQuery(form, event.submitter);
      if (form.method.toLowerCase() === 'post') {
        void load(action.href, { method: 'POST', body: query }, false);
      } else {
        action.search = query;
        void load(action.href, {}, true);
      }
    });
    window.addEventListener('popstate', () => {
      void load(window.location.href);
    });
  }

  // The token form.
  if (tokenForm !== null && (authRequired || writable)) {
    tokenForm.hidden = false;
    showTokenState();
    tokenForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const token = tokenInput?.value.trim() ?? '';
      if (tokenInput !== null) tokenInput.value = '';
      if (token === '') {
        say('Type a token first.', 'error');
        return;
      }
      writeToken(token);
      say('Token kept for this tab (session storage); it is sent as a bearer header.', 'info');
      if (authRequired) void load(window.location.href);
    });
    forget?.addEventListener('click', () => {
      writeToken(null);
      say('Token forgotten.', 'info');
      if (authRequired) void load(window.location.href);
    });
  }

  function errorText(status: number, payload: unknown): string {
    const error =
      typeof payload === 'object' && payload !== null
        ? (payload as { error?: { code?: unknown; message?: unknown } }).error
        : undefined;
    const code = typeof error?.code === 'string' ? error.code : `HTTP ${status}`;
    const message = typeof error?.message === 'string' ? error.message : 'the server gave no reason';
    return `Refused (${code}): ${message}`;
  }

  async function api(
    method: string,
    path: string,
    payload?: unknown,
  ): Promise<{ ok: boolean; status: number; body: unknown }> {
    const headers: Record<string, string> = { ...authHeaders(), accept: 'application/json' };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      parsed = undefined;
    }
    return { ok: response.ok, status: response.status, body: parsed };
  }

  function field(form: HTMLFormElement, name: string): string {
    const value = new FormData(form).get(name);
    return typeof value === 'string' ? value.trim() : '';
  }

  async function moveLabel(form: HTMLFormElement, kind: 'promote' | 'rollback'): Promise<void> {
    const name = form.dataset.name ?? '';
    const label = field(form, 'label');
    const reason = field(form, 'reason');
    let version = field(form, kind === 'promote' ? 'version' : 'to');
    const base = `/v1/prompts/${encodeURIComponent(name)}`;
    if (readToken() === null) {
      say(`Enter a token that may promote ${name} first (the token field at the top).`, 'error', 'panel');
      tokenInput?.focus();
      return;
    }
    if (label === '') {
      say('Choose a label.', 'error', 'panel');
      return;
    }
    if (kind === 'rollback' && version === '') {
      const history = await api('GET', `${base}/history`);
      if (!history.ok) {
        say(errorText(history.status, history.body), 'error', 'panel');
        return;
      }
      const moves = (history.body as { moves?: Array<{ label?: unknown; from?: unknown }> } | undefined)?.moves ?? [];
      const last = moves.find((move) => move.label === label);
      if (last === undefined || typeof last.from !== 'string') {
        say(
          `Cannot roll back ${label}: its history has no earlier version. Pick one under "To version".`,
          'error',
          'panel',
        );
        return;
      }
      version = last.from;
    }
    if (version === '') {
      say('Choose a version.', 'error', 'panel');
      return;
    }
    const payload: { version: string; reason?: string } = { version };
    if (reason !== '') payload.reason = reason;
    else if (kind === 'rollback') payload.reason = 'rollback';
    const answer = await api('PUT', `${base}/labels/${encodeURIComponent(label)}`, payload);
    if (!answer.ok) {
      say(errorText(answer.status, answer.body), 'error', 'panel');
      return;
    }
    await load(window.location.href);
    const verb = kind === 'promote' ? 'Promoted' : 'Rolled back';
    say(`${verb}: ${label} of ${name} now points at ${version}.`, 'ok', 'panel');
  }

  /** Bind the parts of `<main>` that need the script (run again after every swap). */
  function enhance(): void {
    const main = document.getElementById('main');
    if (main === null) return;
    main.querySelectorAll<HTMLElement>('[data-label-panel]').forEach((panel) => {
      panel.hidden = false;
    });
    main.querySelectorAll<HTMLElement>('[data-needs-script]').forEach((note) => {
      note.hidden = true;
    });
    main.querySelectorAll<HTMLFormElement>('form[data-label-move]').forEach((form) => {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const kind = form.dataset.labelMove === 'rollback' ? 'rollback' : 'promote';
        const buttons = form.querySelectorAll('button');
        buttons.forEach((button) => {
          button.disabled = true;
        });
        moveLabel(form, kind)
          .catch(() => say('The server did not answer: check that promptops serve is still running.', 'error', 'panel'))
          .finally(() => {
            buttons.forEach((button) => {
              button.disabled = false;
            });
          });
      });
    });
    const gate = main.querySelector('[data-needs-token]');
    if (gate !== null && readToken() === null) tokenInput?.focus();
  }

  enhance();
  // A page behind a token, first opened without one: fetch it again with the stored token.
  const gate = document.querySelector('#main [data-needs-token="missing"]');
  if (authRequired && gate !== null && readToken() !== null) void load(window.location.href);
}

/**
 * The script file's text: the function above and its call. TypeScript runners that keep function
 * names (tsx, vitest) wrap inner functions in an `__name(fn, 'name')` helper defined outside the
 * function; the first line gives the browser an equivalent, so the text runs however it was compiled.
 */
export const CLIENT_SCRIPT = `'use strict';\nvar __name = function (fn) { return fn; };\n(${registryPageScript.toString()})();\n`;
