/**
 * A fake Langfuse public prompt API for msw, answering as Langfuse's API reference documents:
 * `GET /api/public/v2/prompts` (paged list: `{ data: [{ name, versions, labels, ... }], meta }`) and
 * `GET /api/public/v2/prompts/{name}?version=N|label=L` (`Prompt.Text` / `Prompt.Chat`; no selector means
 * `production`), Basic auth, and Langfuse's error bodies (`{ message, error }`). One fake for every test that
 * talks to Langfuse, and one project of prompts they start from.
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

/**
 * A Langfuse project: three versions of a text prompt (labels `staging`, `production`, `latest`), a chat
 * prompt with a `history` placeholder, and a name promptops cannot select (`Movie Critic`).
 */
export const LANGFUSE_PROJECT: readonly FakeLangfusePrompt[] = [
  {
    name: 'support/greeting',
    version: 1,
    type: 'text',
    prompt: 'Hi {{customer}}',
    config: {},
    labels: ['staging'],
    tags: ['support'],
    commitMessage: null,
  },
  {
    name: 'support/greeting',
    version: 2,
    type: 'text',
    prompt: 'Hello {{customer}} from {{company}}',
    config: { model: 'gpt-4o-mini', temperature: 0.2 },
    labels: ['production'],
    tags: ['support'],
    commitMessage: 'friendlier',
  },
  {
    name: 'support/greeting',
    version: 3,
    type: 'text',
    prompt: 'Hey {{customer}}',
    config: {},
    labels: ['latest'],
    tags: [],
  },
  {
    name: 'support/triage',
    version: 1,
    type: 'chat',
    prompt: [
      { role: 'system', content: 'You triage tickets.', type: 'chatmessage' },
      { type: 'placeholder', name: 'history' },
      { role: 'user', content: '{{ticket}}' },
    ],
    config: { model: 'gpt-4o' },
    labels: ['production', 'latest'],
    tags: [],
  },
  {
    name: 'Movie Critic',
    version: 1,
    type: 'text',
    prompt: 'Review {{movie}}',
    config: {},
    labels: ['latest'],
    tags: [],
  },
];

/** What the fake serves and checks. */
export interface FakeLangfuseOptions {
  /** The prompts, read on every request (a test may swap them between requests). */
  prompts: () => readonly FakeLangfusePrompt[];
  /** The project's `publicKey:secretKey`; other credentials get Langfuse's 401. */
  keys: string;
  /** Every request URL is pushed here, in order. */
  seen?: URL[];
}

/** Langfuse's 404 body for a prompt it does not have. */
const langfuseNotFound = () =>
  HttpResponse.json({ message: 'Prompt not found', error: 'LangfuseNotFoundError' }, { status: 404 });

/** The msw handler of a fake Langfuse at `base`. */
export function fakeLangfuse(base: string, { prompts, keys, seen }: FakeLangfuseOptions) {
  return http.get(`${base}/api/public/v2/prompts*`, ({ request }) => {
    const url = new URL(request.url);
    seen?.push(url);
    if (request.headers.get('authorization') !== `Basic ${btoa(keys)}`) {
      return HttpResponse.json(
        { message: 'Invalid credentials. Confirm that you have configured the correct host.' },
        { status: 401 },
      );
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
    return match === undefined ? langfuseNotFound() : HttpResponse.json(match);
  });
}
