/**
 * The eval part of `npm run demo`: runs examples/evals/greeting.eval.yaml (production vs staging of
 * support/greeting) against a local stand-in model and prints the comparison.
 */
import { fileURLToPath } from 'node:url';
import { evaluate, formatEvalTable } from 'promptops/eval';
import { fileStore } from 'promptops/fs';
import { startLocalModel } from './local-model.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const model = await startLocalModel();
const store = fileStore({ dir: fileURLToPath(new URL('../prompts', import.meta.url)) });
try {
  console.log(
    [
      'eval: production vs staging of support/greeting (examples/evals/greeting.eval.yaml)',
      `  A LOCAL STAND-IN answers here (${model.baseUrl}), not a real model: its replies are canned, so the`,
      '  numbers below show the mechanics, not the quality of gpt-4o-mini. Run the same eval on a real endpoint:',
      '    OPENAI_API_KEY=sk-... npx promptops eval examples/evals/greeting.eval.yaml --dir examples/prompts',
      '  and on any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio) add OPENAI_BASE_URL=http://host:port/v1',
      '',
    ].join('\n'),
  );
  const result = await evaluate(`${here}greeting.eval.yaml`, {
    store,
    cache: false,
    env: { ...process.env, OPENAI_API_KEY: 'local-stand-in', OPENAI_BASE_URL: model.baseUrl },
  });
  const bold = (s: string) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s);
  for (const line of formatEvalTable(result, {
    maxCases: 3,
    maxDiffLines: 8,
    style: (s, t) => (s === 'bold' ? bold(t) : t),
  })) {
    console.log(`  ${line}`);
  }
} finally {
  await store.close();
  await model.close();
}
