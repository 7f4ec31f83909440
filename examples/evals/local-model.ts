/**
 * A small local stand-in for an OpenAI-compatible model server, so that the quick start can show an eval
 * without an API key or network. It answers deterministically from the prompt:
 * - a greeting prompt that names a product ("They wrote to us about X") → "Hi NAME! Glad to help with X.";
 * - another greeting prompt → "Good day, NAME." in a formal tone, else "Hi there! How can I help?";
 * - a judge request → a score: 0.9 when the graded reply mentions what the criteria name, else 0.1.
 * It is not a model: point the eval at a real endpoint with OPENAI_API_KEY (and OPENAI_BASE_URL).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

function answer(text: string): string {
  if (text.includes('You grade')) {
    const wanted = /help with (.+?)\.?\n/.exec(text)?.[1] ?? '';
    const output = /<output>\n?([\s\S]*?)\n?<\/output>/.exec(text)?.[1] ?? '';
    const score = wanted !== '' && output.includes(wanted) ? 0.9 : 0.1;
    return JSON.stringify({ score, reason: score > 0.5 ? 'names the product' : 'does not name the product' });
  }
  const name = /Greet (\S+?) in/.exec(text)?.[1] ?? 'there';
  const product = /They wrote to us about (.+?):/.exec(text)?.[1];
  if (product !== undefined) return `Hi ${name}! Glad to help with ${product}.`;
  return text.includes('formal tone') ? `Good day, ${name}. How may I help you?` : 'Hi there! How can I help?';
}

/** Start the stand-in on 127.0.0.1 (a free port). Resolves to its base URL and a `close`. */
export async function startLocalModel(): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const request = JSON.parse(body || '{}') as { model?: string; messages?: Array<{ content: unknown }> };
      const text = (request.messages ?? []).map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
      const reply = answer(text);
      const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-local',
          object: 'chat.completion',
          created: 0,
          model: request.model,
          choices: [
            { index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop', logprobs: null },
          ],
          usage: {
            prompt_tokens: words(text),
            completion_tokens: words(reply),
            total_tokens: words(text) + words(reply),
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
