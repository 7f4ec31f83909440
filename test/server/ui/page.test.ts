/**
 * The registry page over HTTP, on `promptops serve`'s server over a folder of hostile prompt texts:
 * statuses, headers (CSP), escaping, search through the query string, the preview's input problems,
 * the token gate. The browser behaviour is in page.browser.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPromptServer } from '../../../src/server/server.js';
import { PAGE_CSP } from '../../../src/server/ui/page.js';
import { memoryStore } from '../../../src/stores/memory.js';
import { serveHostile } from './serve-hostile.js';

const TOKEN = 'page-test-token-0123456789';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function serve(options: { token?: string; writable?: boolean } = {}): Promise<string> {
  const running = await serveHostile(options);
  stops.push(running.stop);
  return running.url;
}

/** Every `<script` in a page: only the one external script tag may be there. */
function scriptTags(page: string): string[] {
  return page.match(/<script[^>]*>/gi) ?? [];
}

describe('registry page over HTTP', () => {
  it('serves the catalog with a strict CSP, every hostile text escaped', async () => {
    const url = await serve();
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = await res.text();
    expect(scriptTags(page)).toEqual([
      expect.stringMatching(/^<script src="\/-\/ui\/app\.js\?v=[0-9a-f]{16}" defer>$/),
    ]);
    expect(page).not.toMatch(/<(img|svg|iframe|b)\b/i);
    expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;window.__pwned=&#39;tag&#39;&lt;/script&gt;');
    expect(page).toContain('billing &lt;b&gt;ops&lt;/b&gt;');
    for (const name of ['support/greeting', 'billing/refund', 'partials/signature'])
      expect(page).toContain(`>${name}</a>`);
  });

  it('filters the catalog by name, owner and tag through ?q=', async () => {
    const url = await serve();
    const names = async (q: string) => {
      const page = await (await fetch(`${url}/?q=${encodeURIComponent(q)}`)).text();
      return [...page.matchAll(/<tr data-name="([^"]+)"/g)].map((m) => m[1]);
    };
    expect(await names('greet')).toEqual(['support/greeting']);
    expect(await names('owner:platform')).toEqual(['partials/signature']);
    expect(await names('tag:refunds')).toEqual(['billing/refund']);
    expect(await names('nothing-matches')).toEqual([]);
    const echoed = await (await fetch(`${url}/?q=${encodeURIComponent('"><script>x</script>')}`)).text();
    expect(scriptTags(echoed)).toHaveLength(1);
    expect(echoed).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('shows a prompt, a version, a diff and answers unknown names and versions with 404 pages', async () => {
    const url = await serve();
    const prompt = await (await fetch(`${url}/p/support/greeting`)).text();
    expect(prompt).toContain('<h2 id="version">Version 1.1.0</h2>');
    expect(prompt).toContain('&lt;script&gt;window.__pwned = &#39;template&#39;&lt;/script&gt;');
    expect(scriptTags(prompt)).toHaveLength(1);
    const old = await (await fetch(`${url}/p/support/greeting?v=1.0.0`)).text();
    expect(old).toContain('<h2 id="version">Version 1.0.0</h2>');
    const diff = await (await fetch(`${url}/p/support/greeting/-/diff?from=1.0.0&to=1.1.0`)).text();
    expect(diff).toContain('3 of 4 parts changed');
    expect(diff).toMatch(/<div class="line add">.*\{\{&gt; partials\/signature\}\}/);
    expect(scriptTags(diff)).toHaveLength(1);

    const missing = await fetch(`${url}/p/support/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(await missing.text()).toContain('There is no prompt named &quot;support/nope&quot;');
    const noVersion = await fetch(`${url}/p/support/greeting?v=9.9.9`);
    expect(noVersion.status).toBe(404);
    expect(await noVersion.text()).toContain('it has 1.1.0, 1.0.0');
    const badDiff = await (await fetch(`${url}/p/support/greeting/-/diff?from=0.0.1`)).text();
    expect(badDiff).toContain('has no version 0.0.1');
  });

  it('renders a preview with the engine, listing every input problem as render reports it', async () => {
    const url = await serve();
    const post = (body: Record<string, string>, version = '1.1.0') =>
      fetch(`${url}/p/support/greeting/-/preview?v=${version}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(body).toString(),
      });
    const bad = await (await post({ 'in.company': 'Acme', 'in.visits': 'three', 'in.tone': '"loud"' })).text();
    expect(bad).toContain('3 input problems');
    expect([...bad.matchAll(/<li data-code="([a-z_]+)"><code>([^<]+)<\/code>/g)].map((m) => `${m[2]}:${m[1]}`)).toEqual(
      ['customer:missing', 'tone:invalid_value', 'visits:invalid_type'],
    );
    expect(bad).toContain('aria-invalid="true"');

    const good = await (await post({ 'in.company': '<Acme>', 'in.customer': 'Ada', 'in.vip': 'true' })).text();
    expect(good).toContain('<h2 id="result">Rendered text</h2>');
    // Defaults apply (tone), the partial is included, and the rendered text is escaped.
    expect(good).toContain('Hello Ada from &lt;Acme&gt;, in a friendly tone (a VIP).');
    expect(good).toContain('-- The &lt;Acme&gt; team &lt;b onmouseover=');
    expect(scriptTags(good)).toHaveLength(1);

    const chat = await (
      await fetch(`${url}/p/billing/refund/-/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          'in.ticket': 'Broken',
          'in.amount': '12.5',
          'in.items': '["cup"]',
          'ph.history': '[{"role":"user","content":"</pre><script>x()</script>"}]',
        }).toString(),
      })
    ).text();
    expect(chat).toContain('<h2 id="result">Rendered messages</h2>');
    expect(chat).toContain('&lt;/pre&gt;&lt;script&gt;x()&lt;/script&gt;');
    expect(chat).toContain('Broken (12.5 USD) - cup');
    expect(scriptTags(chat)).toHaveLength(1);

    const form = await (await fetch(`${url}/p/support/greeting/-/preview?v=1.0.0`)).text();
    expect(form).toContain('name="in.company"');
    expect(form).not.toContain('name="in.tone"');

    const wrongType = await fetch(`${url}/p/support/greeting/-/preview`, { method: 'POST', body: '{}' });
    expect(wrongType.status).toBe(415);
  });

  it('serves the script and stylesheet with hashes, ETags and the API next to the page', async () => {
    const url = await serve();
    const page = await (await fetch(`${url}/`)).text();
    const src = /<script src="([^"]+)"/.exec(page)?.[1] as string;
    const script = await fetch(`${url}${src}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    const body = await script.text();
    expect(body).toContain('sessionStorage');
    expect(body).not.toMatch(/\beval\(|new Function|innerHTML|document\.write/);
    const again = await fetch(`${url}${src}`, { headers: { 'if-none-match': script.headers.get('etag') as string } });
    expect(again.status).toBe(304);
    expect((await fetch(`${url}/-/ui/app.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${url}/-/ui/nope.js`)).status).toBe(404);
    const css = await fetch(`${url}${/<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1]}`);
    expect(await css.text()).toContain('prefers-color-scheme: dark');

    const api = await fetch(`${url}/v1/prompts`);
    expect(api.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await fetch(`${url}/v2/x`)).status).toBe(404);
    const head = await fetch(`${url}/p/support/greeting`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${url}/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('asks for a token first where reads need one, and never shows prompts without it', async () => {
    const url = await serve({ token: TOKEN });
    const gate = await fetch(`${url}/p/support/greeting`);
    expect(gate.status).toBe(401);
    expect(gate.headers.get('www-authenticate')).toContain('Bearer');
    const text = await gate.text();
    expect(text).toContain('data-auth="required"');
    expect(text).toContain('data-needs-token="missing"');
    expect(text).not.toContain('Hello {{customer}}');
    const catalog = await (await fetch(`${url}/`)).text();
    expect(catalog).not.toContain('billing/refund');

    const refused = await fetch(`${url}/`, { headers: { authorization: 'Bearer wrong-token' } });
    expect(refused.status).toBe(401);
    const refusedText = await refused.text();
    expect(refusedText).toContain('data-needs-token="refused"');
    expect(refusedText).toContain('The token was refused: Invalid bearer token');
    expect(refusedText).not.toContain('wrong-token');

    const ok = await fetch(`${url}/p/support/greeting`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Hello {{customer}}');
    // The page's files load without a token (they hold no data).
    const src = /<script src="([^"]+)"/.exec(text)?.[1] as string;
    expect((await fetch(`${url}${src}`)).status).toBe(200);
  });

  it('shows a prefix-scoped token only its prompts and says why another is refused', async () => {
    const server = createPromptServer({
      store: memoryStore([
        { name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hi', labels: ['production'] },
        { name: 'billing/refund', version: '1.0.0', type: 'text', template: 'No' },
      ]),
      tokens: [{ name: 'support-reader', token: TOKEN, scopes: ['read'], prefixes: ['support/'] }],
      onError: () => undefined,
    });
    const { url } = await server.listen();
    stops.push(() => server.close());
    const auth = { authorization: `Bearer ${TOKEN}` };
    const catalog = await (await fetch(`${url}/`, { headers: auth })).text();
    expect(catalog).toContain('>support/greeting</a>');
    expect(catalog).not.toContain('billing/refund');
    const other = await fetch(`${url}/p/billing/refund`, { headers: auth });
    expect(other.status).toBe(403);
    const text = await other.text();
    expect(text).toContain('The token was refused: Forbidden: token &quot;support-reader&quot; may read prompts under');
    expect(text).not.toContain('No</pre>');
    expect(text).not.toContain(TOKEN);
  });

  it('opens the reading views to anyone with public reads, and hides the panel where the server is read-only', async () => {
    const server = createPromptServer({
      store: memoryStore([{ name: 'support/greeting', version: '1.0.0', type: 'text', template: 'Hi' }]),
      tokens: [{ name: 'ci', token: TOKEN }],
      publicRead: true,
      onError: () => undefined,
    });
    const { url } = await server.listen();
    stops.push(() => server.close());
    const page = await fetch(`${url}/p/support/greeting`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('data-auth="open" data-writable="false"');
    expect(text).not.toContain('data-label-panel');
    expect(text).toContain('No label moves recorded yet.');
  });

  it('can be turned off, leaving the protocol only', async () => {
    const server = createPromptServer({ store: memoryStore([]), page: false, onError: () => undefined });
    const { url } = await server.listen();
    stops.push(() => server.close());
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
