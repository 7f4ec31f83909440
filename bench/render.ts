/**
 * Rendering a cached prompt, side by side with the peers, in one process:
 *
 * - promptops: compiled prompt `render()` with validation on (Picoschema, 4 string variables)
 * - promptops without validation (`strict: false`), to show what validation costs
 * - `mustache.render` (mustache caches the parsed template; escaping switched off for a fair comparison)
 * - Handlebars, precompiled once with `noEscape`
 * - Dotprompt, compiled once (its render is async)
 * - a hand-written template literal
 * - telemetry cost: `render()` of a prompt from a client with no listener, against the compiled
 *   prompt's `render()` (telemetry compiled out); the target is a ratio within 1.10
 *
 * Run: `node bench/run.mjs render`. Prints mitata's table, then each average as a ratio to promptops.
 */
import { Dotprompt } from 'dotprompt';
import Handlebars from 'handlebars';
import { bench, do_not_optimize, run, summary } from 'mitata';
import Mustache from 'mustache';
import { createPromptClient } from '../src/client/client.js';
import { compilePrompt } from '../src/engine/prompt.js';
import { memoryStore } from '../src/stores/memory.js';

const template = 'You are a support agent for {{company}}. Greet {{customer}} in a {{tone}} tone about {{topic}}.';
const vars = { company: 'Acme', customer: 'Ada', tone: 'friendly', topic: 'billing' };
type Vars = typeof vars;

const prompt = compilePrompt({
  name: 'bench/greeting',
  version: '1.0.0',
  type: 'text',
  template,
  input: { schema: { company: 'string', customer: 'string', tone: 'string', topic: 'string' } },
});
const handlebars = Handlebars.compile<Vars>(template, { noEscape: true });
const dotprompt = await new Dotprompt().compile(template);
const literal = (v: Vars): string =>
  `You are a support agent for ${v.company}. Greet ${v.customer} in a ${v.tone} tone about ${v.topic}.`;
const noEscape = { escape: (value: unknown): string => String(value) };

// Every contender must produce the same text before it is timed.
const expected = literal(vars);
const checks: Record<string, string> = {
  'promptops render (validated)': prompt.render(vars),
  'promptops render (strict: false)': prompt.render(vars, { strict: false }),
  'mustache.render': Mustache.render(template, vars, undefined, noEscape),
  'handlebars (precompiled)': handlebars(vars),
  'template literal': literal(vars),
};
const rendered = await dotprompt({ input: vars });
const firstPart = rendered.messages[0]?.content[0];
checks['dotprompt (compiled, async)'] = firstPart !== undefined && 'text' in firstPart ? String(firstPart.text) : '';
for (const [name, out] of Object.entries(checks)) {
  if (out !== expected)
    throw new Error(`${name} rendered ${JSON.stringify(out)}, expected ${JSON.stringify(expected)}`);
}

const BASELINE = 'promptops render (validated)';
summary(() => {
  bench(BASELINE, () => do_not_optimize(prompt.render(vars))).baseline(true);
  bench('promptops render (strict: false)', () => do_not_optimize(prompt.render(vars, { strict: false })));
  bench('mustache.render', () => do_not_optimize(Mustache.render(template, vars, undefined, noEscape)));
  bench('handlebars (precompiled)', () => do_not_optimize(handlebars(vars)));
  bench('dotprompt (compiled, async)', async () => do_not_optimize(await dotprompt({ input: vars })));
  bench('template literal', () => do_not_optimize(literal(vars)));
});

// Telemetry with no listener must cost a branch: the client's prompt against the bare compiled prompt.
// Run as A B B A and compared by medians, so that JIT warm-up and GC from the benchmarks before
// do not favour either side.
const TELEMETRY_OFF = 'compiled render (no telemetry code)';
const NO_LISTENER = 'client render, no listener';
const clientPrompt = await createPromptClient({
  store: memoryStore([
    {
      name: 'bench/greeting',
      version: '1.0.0',
      type: 'text',
      template,
      input: { schema: { company: 'string', customer: 'string', tone: 'string', topic: 'string' } },
    },
  ]),
}).getPrompt('bench/greeting');
if (clientPrompt.render(vars) !== expected) throw new Error('the client prompt rendered something else');
summary(() => {
  bench(`${TELEMETRY_OFF} #1`, () => do_not_optimize(prompt.render(vars))).baseline(true);
  bench(`${NO_LISTENER} #1`, () => do_not_optimize(clientPrompt.render(vars)));
  bench(`${NO_LISTENER} #2`, () => do_not_optimize(clientPrompt.render(vars)));
  bench(`${TELEMETRY_OFF} #2`, () => do_not_optimize(prompt.render(vars)));
});

const { benchmarks } = await run();
const averages = new Map<string, number>();
const medians = new Map<string, number>();
for (const trial of benchmarks) {
  const stats = trial.runs[0]?.stats;
  if (stats !== undefined) averages.set(trial.alias, stats.avg);
  if (stats !== undefined) medians.set(trial.alias, stats.p50);
}
const base = averages.get(BASELINE);
if (base !== undefined) {
  console.log(`\nratio of each average to "${BASELINE}" (> 1: slower than promptops)\n`);
  console.log(`${'contender'.padEnd(34)} ${'avg'.padStart(12)} ${'ratio'.padStart(8)}`);
  for (const [name, avg] of averages) {
    const time = avg >= 1000 ? `${(avg / 1000).toFixed(2)} µs` : `${avg.toFixed(1)} ns`;
    console.log(`${name.padEnd(34)} ${time.padStart(12)} ${`${(avg / base).toFixed(2)}x`.padStart(8)}`);
  }
}
const median = (name: string): number =>
  ((medians.get(`${name} #1`) ?? Number.NaN) + (medians.get(`${name} #2`) ?? Number.NaN)) / 2;
// mitata's runs are minutes apart on a shared machine; paired rounds (A then B, B then A, …) measure
// each ratio under the same load. The median of the per-round ratios is the number to read.
const pairedRatio = (base: () => unknown, other: () => unknown, rounds = 101, iterations = 20_000): number => {
  const time = (fn: () => unknown): number => {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) do_not_optimize(fn());
    return performance.now() - start;
  };
  time(base);
  time(other);
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      const a = time(base);
      ratios.push(time(other) / a);
    } else {
      const b = time(other);
      ratios.push(b / time(base));
    }
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(rounds / 2)] as number;
};
const validated = () => prompt.render(vars);
const vsMustache = pairedRatio(validated, () => Mustache.render(template, vars, undefined, noEscape));
const vsLiteral = pairedRatio(() => literal(vars), validated);
const paired = pairedRatio(validated, () => clientPrompt.render(vars));
console.log('\npaired rounds (median of 101 alternating rounds under the same load):');
console.log(
  `  mustache.render / promptops validated render = ${vsMustache.toFixed(2)}  (target >= 5: ${vsMustache >= 5 ? 'met' : 'NOT met'})`,
);
console.log(
  `  promptops validated render / template literal = ${vsLiteral.toFixed(2)}  (target <= 5: ${vsLiteral <= 5 ? 'met' : 'NOT met'})`,
);
console.log(
  `  telemetry with no listener: ${NO_LISTENER} / ${TELEMETRY_OFF} = ${paired.toFixed(3)} ` +
    `(mitata medians: ${(median(NO_LISTENER) / median(TELEMETRY_OFF)).toFixed(3)}); target <= 1.10: ${paired <= 1.1 ? 'met' : 'NOT met'}`,
);
