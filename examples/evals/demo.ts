/**
 * The eval step of `npm run demo`: runs examples/evals/greeting.eval.yaml (production vs staging of
 * support/greeting) against a local stand-in model, and formats the comparison for `--verbose`.
 */
import { fileURLToPath } from 'node:url';
import { type EvalResult, evaluate, formatEvalTable } from 'promptops/eval';
import { fileStore } from 'promptops/fs';
import { startLocalModel } from './local-model.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The eval's result, and the URL of the stand-in model that answered it. */
export interface GreetingEval {
  result: EvalResult;
  standIn: string;
}

/** Run greeting.eval.yaml on the prompts in examples/prompts, answered by the local stand-in model. */
export async function runGreetingEval(): Promise<GreetingEval> {
  const model = await startLocalModel();
  const store = fileStore({ dir: fileURLToPath(new URL('../prompts', import.meta.url)) });
  try {
    const result = await evaluate(`${here}greeting.eval.yaml`, {
      store,
      cache: false,
      env: { ...process.env, OPENAI_API_KEY: 'local-stand-in', OPENAI_BASE_URL: model.baseUrl },
    });
    return { result, standIn: model.baseUrl };
  } finally {
    await store.close();
    await model.close();
  }
}

/** The full comparison (what `--verbose` prints): what answered, how to run it for real, the table. */
export function formatGreetingEval({ result, standIn }: GreetingEval, bold: (s: string) => string): string {
  const table = formatEvalTable(result, {
    maxCases: 3,
    maxDiffLines: 8,
    style: (s, t) => (s === 'bold' ? bold(t) : t),
  });
  return [
    bold('eval: production vs staging of support/greeting (examples/evals/greeting.eval.yaml)'),
    `  A LOCAL STAND-IN answers here (${standIn}), not a real model: its replies are canned, so the`,
    '  numbers below show the mechanics, not the quality of gpt-4o-mini. Run the same eval on a real endpoint:',
    '    OPENAI_API_KEY=sk-... npx promptops eval examples/evals/greeting.eval.yaml --dir examples/prompts',
    '  and on any OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio) add OPENAI_BASE_URL=http://host:port/v1',
    '',
    ...table.map((line) => `  ${line}`),
    '',
  ].join('\n');
}
