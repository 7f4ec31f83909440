/**
 * The frame of every registry page: head (CSS and the one script, both from `/-/ui/`), the header with
 * the token bar (shown by the script when a token can be used), the live status region, and `<main>`,
 * which is what the script swaps when it fetches a page with a bearer token.
 * @module
 */
import { assetUrl } from './assets.js';
import { html, type SafeHtml } from './escape.js';
import { catalogPath } from './routes.js';

/** How the page may be read and written, as the script needs to know. */
export interface PageAccess {
  /** `'required'`: reads need a token, so the script fetches pages with one. */
  auth: 'open' | 'required';
  /** The server accepts label moves (promote, roll back). */
  writable: boolean;
}

/** One step of the breadcrumb trail; the last one is the current page. */
export interface Crumb {
  label: string;
  href?: string;
}

/** A whole page. */
export interface PageContent {
  /** The `<title>`, before " · promptops registry". */
  title: string;
  crumbs: Crumb[];
  body: SafeHtml;
}

function breadcrumbs(crumbs: readonly Crumb[]): SafeHtml {
  const all: Crumb[] = [{ label: 'Prompts', href: catalogPath() }, ...crumbs];
  return html`<nav class="crumbs" aria-label="Breadcrumb"><ol>${all.map((crumb, i) =>
    i === all.length - 1
      ? html`<li><span aria-current="page">${crumb.label}</span></li>`
      : html`<li><a href="${crumb.href}">${crumb.label}</a></li>`,
  )}</ol></nav>`;
}

/** The full HTML document of a page. */
export function renderPage(content: PageContent, access: PageAccess): string {
  return `<!doctype html>\n${
    html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${content.title} · promptops registry</title>
<link rel="icon" href="${assetUrl('icon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${assetUrl('app.css')}">
<script src="${assetUrl('app.js')}" defer></script>
</head>
<body data-auth="${access.auth}" data-writable="${String(access.writable)}">
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="${catalogPath()}">promptops <span>registry</span></a>
<form id="token-form" class="token-form" hidden autocomplete="off">
<label for="token-input">Access token</label>
<input id="token-input" name="token" type="password" autocomplete="off" spellcheck="false" aria-describedby="token-state">
<button type="submit">Use token</button>
<button type="button" id="token-forget">Forget</button>
<span id="token-state" class="token-state"></span>
</form>
</header>
<div id="status" class="status" role="status" aria-live="polite"></div>
<main id="main" tabindex="-1">
${breadcrumbs(content.crumbs)}
${content.body}
</main>
<footer class="foot"><p>Served by <code>promptops serve</code> · <a href="/v1/prompts">JSON API</a></p></footer>
</body>
</html>
`.value
  }`;
}
