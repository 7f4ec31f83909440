/**
 * Serving experiments: a bare name with an experiment is turned into the request of the variant its
 * assignment key picks (see `experiments.ts` for the assignment itself), with an `assignment` event.
 * @module
 */
import type { ClientEvents } from './client-events.js';
import { assignVariant, type Experiment } from './experiments.js';
import { makeRequest, type PromptRequest } from './request.js';

/** Picks the variant's request of an experiment's bare-name request. One per client. */
export class VariantAssigner {
  readonly #events: ClientEvents;
  /** The requests of each experiment's variants, by variant index, built once. */
  readonly #variants = new Map<Experiment, PromptRequest[]>();

  constructor(events: ClientEvents) {
    this.#events = events;
  }

  /** The variant's request for `key` (emitting an `assignment` event), or `request` itself without a key. */
  assign(request: PromptRequest, key: string | number | undefined): PromptRequest {
    const experiment = request.experiment;
    if (experiment === undefined || key === undefined || key === null || key === '') return request;
    let variants = this.#variants.get(experiment);
    if (variants === undefined) {
      variants = experiment.selectors.map((selector, i) => {
        const variant = makeRequest(experiment.prompt, selector);
        variant.variant = experiment.variants[i];
        return variant;
      });
      this.#variants.set(experiment, variants);
    }
    const assigned = variants[assignVariant(experiment, String(key))] as PromptRequest;
    this.#events.assignment(experiment.name, assigned);
    return assigned;
  }
}
