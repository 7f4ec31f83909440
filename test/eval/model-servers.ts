/**
 * Local model servers for eval tests: an OpenAI-compatible one (`POST /v1/chat/completions`) and an
 * Anthropic-compatible one (`POST /v1/messages`) on 127.0.0.1, port 0. Their answers depend only on the
 * prompt (see `answerFor`), so pass rates are exact. They count requests, track how many are in flight,
 * and can hold requests until a given number is in flight (to prove a concurrency bound without timing).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a server answered, and how it was asked. */
export interface ModelServer {
  /** Base URL to give the SDK (`/v1` included for OpenAI). */
  readonly baseUrl: string;
  /** Requests received (retries included). */
  requests: number;
  /** Most requests in flight at once. */
  maxInFlight: number;
  /** Bodies of every request, in arrival order. */
  bodies: Array<Record<string, unknown>>;
  /** Authorization headers seen (to check the key is sent, never printed). */
  keys: string[];
  /** Hold each request until this many are in flight, then answer them all (0: answer at once). */
  holdUntil: number;
  /** Called when a request arrives. */
  onRequest?: () => void;
  close(): Promise<void>;
}

/**
 * The deterministic model. `text` is every message of the request, joined.
 * - a judge request ("You grade ..."): `{"score": 0.9}` when the graded output says "welcome", else 0.1;
 * - "Greet NAME from COMPANY warmly ...": `Hello NAME, welcome to COMPANY!`;
 * - "Greet NAME from COMPANY briefly.": `Hi NAME!` for names of up to 3 letters, else `Hello there!`;
 * - anything else: `I do not know.`
 */
export function answerFor(text: string): string {
  if (text.includes('You grade')) {
    const output = /<output>\n?([\s\S]*?)\n?<\/output>/.exec(text)?.[1] ?? '';
    return JSON.stringify({ score: output.includes('welcome') ? 0.9 : 0.1, reason: 'graded by the stand-in' });
  }
  const m = /Greet (\S+) from (\S+) (briefly|warmly)/.exec(text);
  if (m === null) return 'I do not know.';
  const [, name = '', company = '', how] = m;
  if (how === 'warmly') return `Hello ${name}, welcome to ${company}!`;
  return name.length <= 3 ? `Hi ${name}!` : 'Hello there!';
}

/** Failures by customer name: "Boom" always fails with 500; "Retry" gets one 429 (Retry-After) then an answer. */
function failureFor(
  text: string,
  seen: Map<string, number>,
): { status: number; headers: Record<string, string> } | undefined {
  if (text.includes('Greet Boom ')) return { status: 500, headers: { 'retry-after': '0.001' } };
  if (text.includes('Greet Retry ')) {
    const n = seen.get(text) ?? 0;
    seen.set(text, n + 1);
    if (n === 0) return { status: 429, headers: { 'retry-after': '0.001' } };
  }
  return undefined;
}

function textOf(body: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof body.system === 'string') parts.push(body.system);
  for (const m of (body.messages as Array<{ content: unknown }> | undefined) ?? []) {
    if (typeof m.content === 'string') parts.push(m.content);
    else if (Array.isArray(m.content)) {
      for (const c of m.content as Array<{ text?: string }>) if (typeof c.text === 'string') parts.push(c.text);
    }
  }
  return parts.join('\n');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

async function start(kind: 'openai' | 'anthropic'): Promise<ModelServer> {
  const seen = new Map<string, number>();
  let inFlight = 0;
  const held: Array<() => void> = [];
  const state = {
    requests: 0,
    maxInFlight: 0,
    bodies: [] as Array<Record<string, unknown>>,
    keys: [] as string[],
    holdUntil: 0,
    onRequest: undefined as (() => void) | undefined,
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, inFlight);
      const key = (req.headers.authorization ?? req.headers['x-api-key'] ?? '') as string;
      state.keys.push(key);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      state.bodies.push(body);
      state.onRequest?.();
      const respond = () => {
        inFlight--;
        const text = textOf(body);
        const failure = failureFor(text, seen);
        if (failure !== undefined) {
          res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
          res.end(JSON.stringify({ error: { type: 'server_error', message: `stand-in failure ${failure.status}` } }));
          return;
        }
        const answer = answerFor(text);
        res.writeHead(200, { 'content-type': 'application/json' });
        if (kind === 'openai') {
          res.end(
            JSON.stringify({
              id: `chatcmpl-${state.requests}`,
              object: 'chat.completion',
              created: 0,
              model: body.model,
              choices: [
                { index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop', logprobs: null },
              ],
              usage: {
                prompt_tokens: words(text),
                completion_tokens: words(answer),
                total_tokens: words(text) + words(answer),
              },
            }),
          );
        } else {
          res.end(
            JSON.stringify({
              id: `msg_${state.requests}`,
              type: 'message',
              role: 'assistant',
              model: body.model,
              content: [{ type: 'text', text: answer }],
              stop_reason: 'end_turn',
              stop_sequence: null,
              usage: { input_tokens: words(text), output_tokens: words(answer) },
            }),
          );
        }
      };
      if (state.holdUntil > 0) {
        held.push(respond);
        if (inFlight >= state.holdUntil) for (const r of held.splice(0)) r();
      } else {
        respond();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const result = Object.assign(state, {
    baseUrl: kind === 'openai' ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of held.splice(0)) r();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return result;
}

/** An OpenAI-compatible server. */
export const startOpenAIServer = () => start('openai');
/** An Anthropic-compatible server. */
export const startAnthropicServer = () => start('anthropic');
