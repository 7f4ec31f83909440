/**
 * A fake Langfuse public prompt API for msw, answering as Langfuse's API reference documents:
 * `GET /api/public/v2/prompts` (paged list: `{ data: [{ name, versions, labels, ... }], meta }`) and
 * `GET /api/public/v2/prompts/{name}?version=N|label=L` (`Prompt.Text` / `Prompt.Chat`), Basic auth.
 */
import { HttpResponse, http } from 'msw';

/** A prompt version as Langfuse's API returns it. */
export interface FakeLangfusePrompt {
  name: string;
  version: number;
  type: 'text' | 'chat';
  prompt:
    | string
    | Array<{ role: string; content: string; type?: 'chatmessage' } | { type: 'placeholder'; name: string }>;
  config: unknown;
  labels: string[];
  tags: string[];
  commitMessage?: string | null;
}

/** The msw handler of a fake Langfuse at `base`, holding `prompts`, accepting `Basic <basic>`. */
export function fakeLangfuse(base: string, basic: string, prompts: () => FakeLangfusePrompt[]) {
  return http.get(`${base}/api/public/v2/prompts*`, ({ request }) => {
    const url = new URL(request.url);
    if (request.headers.get('authorization') !== `Basic ${basic}`) {
      return HttpResponse.json({ message: 'Invalid credentials.' }, { status: 401 });
    }
    const all = prompts();
    const rest = url.pathname.slice('/api/public/v2/prompts'.length);
    if (rest === '' || rest === '/') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const limit = Number(url.searchParams.get('limit') ?? '50');
      const filter = url.searchParams.get('name');
      const names = [...new Set(all.map((p) => p.name))].filter((n) => filter === null || n === filter);
      const data = names.map((n) => {
        const versions = all.filter((p) => p.name === n);
        return {
          name: n,
          type: versions[0]?.type,
          versions: versions.map((v) => v.version),
          labels: [...new Set(versions.flatMap((v) => v.labels))],
          tags: versions[0]?.tags ?? [],
          lastUpdatedAt: '2025-01-01T00:00:00.000Z',
          lastConfig: versions.at(-1)?.config,
        };
      });
      return HttpResponse.json({
        data: data.slice((page - 1) * limit, page * limit),
        meta: { page, limit, totalItems: data.length, totalPages: Math.ceil(data.length / limit) },
      });
    }
    const name = decodeURIComponent(rest.slice(1));
    const version = url.searchParams.get('version');
    const label = url.searchParams.get('label') ?? (version === null ? 'production' : null);
    const match = all.find(
      (p) => p.name === name && (version !== null ? p.version === Number(version) : p.labels.includes(label ?? '')),
    );
    return match === undefined
      ? HttpResponse.json({ message: 'Prompt not found', error: 'LangfuseNotFoundError' }, { status: 404 })
      : HttpResponse.json(match);
  });
}
