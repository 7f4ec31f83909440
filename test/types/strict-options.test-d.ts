/**
 * Under a strict registry, the keys of the `pins` and `experiments` client options are the registered
 * names: a misspelt key fails `tsc` (issue 14). `fixtures/prompts.gen.ts` is the generated registry of
 * test/fixtures/cli/prompts; `NameKeyedIn<R, true, …>` is what the options are typed by when the global
 * registry is strict (`promptops typegen --strict`).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { ExperimentConfig } from '../../src/client/experiments.js';
import type { ExperimentsOption, PromptClientOptions } from '../../src/client/options.js';
import type { PromptRegistry } from '../../src/client/prompt.js';
import type { IsStrictRegistry, NameKeyedIn, PinsOption } from '../../src/client/registry-types.js';
import './fixtures/prompts.gen.js';

type StrictPins = NameKeyedIn<PromptRegistry, true, string>;
type StrictExperiments = NameKeyedIn<PromptRegistry, true, ExperimentConfig>;

describe('pins and experiments under a strict registry', () => {
  it('accept registered names', () => {
    const pins: StrictPins = { 'helpdesk/greeting': '^1.0.0', 'helpdesk/triage': 'production' };
    const experiments: StrictExperiments = {
      'helpdesk/greeting': {
        variants: { control: '1.1.0', candidate: '2.0.0' },
        weights: { control: 9, candidate: 1 },
      },
    };
    expectTypeOf(pins).toMatchTypeOf<StrictPins>();
    expectTypeOf(experiments).toMatchTypeOf<StrictExperiments>();
  });

  it('refuse a misspelt or unknown name', () => {
    // @ts-expect-error "helpdesk/greting" is not a registered name
    const pins: StrictPins = { 'helpdesk/greting': '^1.0.0' };
    const experiments: StrictExperiments = {
      // @ts-expect-error "helpdesk/triag" is not a registered name
      'helpdesk/triag': { variants: { control: '1.0.0' } },
    };
    expectTypeOf(pins).toMatchTypeOf<StrictPins>();
    expectTypeOf(experiments).toMatchTypeOf<StrictExperiments>();
  });

  it('are loose (any name) when the registry is not strict, as here', () => {
    expectTypeOf<IsStrictRegistry>().toEqualTypeOf<false>();
    expectTypeOf<NameKeyedIn<PromptRegistry, false, string>>().toEqualTypeOf<Record<string, string>>();
    const pins: NameKeyedIn<PromptRegistry, false, string> = { 'helpdesk/greting': '^1.0.0' };
    expectTypeOf(pins).toEqualTypeOf<Record<string, string>>();
  });

  it('type the client options through the global registry', () => {
    expectTypeOf<PinsOption>().toEqualTypeOf<NameKeyedIn<PromptRegistry, IsStrictRegistry, string>>();
    expectTypeOf<PromptClientOptions['pins']>().toEqualTypeOf<PinsOption | undefined>();
    expectTypeOf<ExperimentsOption>().toEqualTypeOf<NameKeyedIn<PromptRegistry, IsStrictRegistry, ExperimentConfig>>();
    expectTypeOf<PromptClientOptions['experiments']>().toEqualTypeOf<ExperimentsOption | undefined>();
  });
});
