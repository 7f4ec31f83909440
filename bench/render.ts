/**
 * Rendering a cached prompt, side by side with the peers, in one process:
 *
 * - promptops: compiled prompt `render()` with validation on (Picoschema, 4 string variables)
 * - promptops without validation (`strict: false`), to show what validation costs
 * - `mustache.render` (mustache caches the parsed template; escaping switched off for a fair comparison)
 * - Handlebars, precompiled once with `noEscape`
 * - Dotprompt, compiled once (its render is async)
 * - a hand-written template literal
 *
 * Run: `node bench/run.mjs render`. Prints mitata's table, then each average as a ratio to promptops.
 */
import { Dotprompt } from 'dotprompt';
import Handlebars from 'handlebars';
import { bench, do_not_optimize, run, summary } from 'mitata';
import Mustache from 'mustache';
import { compilePrompt } from '../src/engine/prompt.js';

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

const { benchmarks } = await run();
const averages = new Map<string, number>();
for (const trial of benchmarks) {
  const stats = trial.runs[0]?.stats;
  if (stats !== undefined) averages.set(trial.alias, stats.avg);
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
