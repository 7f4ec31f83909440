import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trustedHtml, urlWithQuery } from '../../../src/server/ui/escape.js';
import { parsePageRoute, promptPath } from '../../../src/server/ui/routes.js';
import { matchesSearch, parseSearch } from '../../../src/server/ui/search.js';

describe('escapeHtml and the html tag', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;',
    );
  });

  it('escapes every interpolation, joins arrays, drops null/undefined/false, keeps safe markup', () => {
    const hostile = '"><img src=x onerror=alert(1)>';
    const out = html`<a title="${hostile}">${[hostile, 1, null, undefined, false]}${html`<b>${hostile}</b>`}</a>`.value;
    expect(out).toBe(
      '<a title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;1' +
        '<b>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</b></a>',
    );
    expect(html`${trustedHtml('<br>')}`.value).toBe('<br>');
  });

  it('builds query strings with encoded values and leaves out empty ones', () => {
    expect(urlWithQuery('/', { q: 'a&b=c <x>', empty: '', none: undefined })).toBe('/?q=a%26b%3Dc+%3Cx%3E');
  });
});

describe('page routes', () => {
  it('parses the catalog, prompt, diff, preview and asset routes and leaves the API alone', () => {
    expect(parsePageRoute('/')).toEqual({ page: 'catalog' });
    expect(parsePageRoute('/p/support/greeting')).toEqual({ page: 'prompt', name: 'support/greeting' });
    expect(parsePageRoute('/p/support/greeting/')).toEqual({ page: 'prompt', name: 'support/greeting' });
    expect(parsePageRoute('/p/support/greeting/-/diff')).toEqual({ page: 'diff', name: 'support/greeting' });
    expect(parsePageRoute('/p/a/-/preview')).toEqual({ page: 'preview', name: 'a' });
    expect(parsePageRoute('/-/ui/app.js')).toEqual({ page: 'asset', file: 'app.js' });
    expect(parsePageRoute('/p/a/-/other')).toBeUndefined();
    expect(parsePageRoute('/v1/prompts')).toBeUndefined();
    expect(parsePageRoute('/p/%E0%A4%A')).toEqual({ page: 'prompt', name: '%E0%A4%A' });
    expect(promptPath('support/greeting', '1.0.0')).toBe('/p/support/greeting?v=1.0.0');
  });
});

describe('catalog search', () => {
  const entries = [
    { name: 'support/greeting', owner: 'support-team', tags: ['greeting', 'email'] },
    { name: 'billing/refund', owner: 'billing', tags: ['refunds'] },
    { name: 'partials/signature', tags: [] },
  ];
  const search = (query: string) =>
    entries.filter((entry) => matchesSearch(entry, parseSearch(query))).map((entry) => entry.name);

  it('matches every word against name, owner or a tag, case-insensitively', () => {
    expect(search('')).toEqual(['support/greeting', 'billing/refund', 'partials/signature']);
    expect(search('GREET')).toEqual(['support/greeting']);
    expect(search('refunds')).toEqual(['billing/refund']);
    expect(search('support email')).toEqual(['support/greeting']);
    expect(search('support refunds')).toEqual([]);
  });

  it('narrows a word to one field with name:, owner: and tag:', () => {
    expect(search('owner:billing')).toEqual(['billing/refund']);
    expect(search('tag:support')).toEqual([]);
    expect(search('name:billing')).toEqual(['billing/refund']);
    expect(search('tag:')).toEqual(['support/greeting', 'billing/refund', 'partials/signature']);
  });
});
