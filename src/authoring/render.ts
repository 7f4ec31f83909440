/**
 * Rendering one prompt from a store, as the application would load it.
 * @module
 */
import { createPromptClient } from '../client/client.js';
import { clientOptionsFromConfig } from '../client/config-file.node.js';
import { compileExperiments, type Experiment } from '../client/experiments.js';
import type { PromptClientOptions } from '../client/options.js';
import type { ChatMessage } from '../engine/record.js';
import { parseSpec } from '../engine/selector.js';
import type { OpenedStore } from './config.js';

/** One rendered prompt (`promptops render --json` prints it). */
export interface RenderResult {
  name: string;
  version: string;
  hash: string;
  selector: string;
  type: 'text' | 'chat';
  /** The rendered text of a text prompt. */
  text?: string;
  /** The rendered messages of a chat prompt. */
  messages?: ChatMessage[];
  /**
   * The name of the config file's experiment on this prompt name, when the spec is a bare name that
   * the experiment serves (its control, or the variant of `assignmentKey`).
   */
  experiment?: string;
  /** The variant `assignmentKey` is assigned (absent without a key: the control is served then). */
  variant?: string;
  /**
   * Pins and experiments of the config file keyed on names the store does not have (their messages):
   * such a pin applies to nothing, so the bare name may have resolved otherwise than meant.
   */
  warnings?: string[];
  /**
   * What the reader should know about the experiment of this name: that the control was rendered for
   * want of an `assignmentKey`, that an explicit selector bypassed it, or that a key had no effect.
   */
  notes?: string[];
}

/** Options of {@link renderSpec}. */
export interface RenderSpecOptions {
  /**
   * The assignment key (a user id, a session id…) for a bare name with an experiment in the config
   * file: the variant this key is assigned is rendered, as `getPrompt(name, { assignmentKey })` serves it.
   * @default none: the control (first variant) is rendered, as for a request without a key
   */
  assignmentKey?: string;
}

/**
 * Render `spec` from an opened store through a client, so that the config's lockfile, pins,
 * experiments and default selector apply as in the application (no cache, no snapshot). A bare name
 * with an experiment renders the variant of `options.assignmentKey`, or the control without one.
 * Placeholders not given render as no messages.
 */
export async function renderSpec(
  opened: OpenedStore,
  spec: string,
  vars: Record<string, unknown>,
  placeholders: Record<string, readonly ChatMessage[]>,
  strict: boolean,
  options: RenderSpecOptions = {},
): Promise<RenderResult> {
  const clientOptions: PromptClientOptions = { store: opened.store };
  if (opened.found !== undefined) {
    const fromConfig = await clientOptionsFromConfig(opened.found, opened.store);
    if (fromConfig.pins !== undefined) clientOptions.pins = fromConfig.pins;
    if (fromConfig.experiments !== undefined) clientOptions.experiments = fromConfig.experiments;
    if (fromConfig.defaultSelector !== undefined) clientOptions.defaultSelector = fromConfig.defaultSelector;
    if (fromConfig.lockfile !== undefined) clientOptions.lockfile = fromConfig.lockfile;
  }
  // '' is no key, for the client too.
  const assignmentKey = options.assignmentKey === '' ? undefined : options.assignmentKey;
  const parsed = parseSpec(spec);
  const experiment = compileExperiments(clientOptions.experiments)?.get(parsed.name);
  // Unknown pinned or experiment names are returned as warnings (below), not written by the client.
  const client = createPromptClient({
    ...clientOptions,
    cache: false,
    strict,
    hooks: { onError: () => undefined },
  });
  try {
    const prompt = await client.getPrompt(spec, assignmentKey === undefined ? undefined : { assignmentKey });
    const { unknownNames } = await client.prefetch([]);
    const notes = experimentNotes(experiment, parsed.name, parsed.selector, assignmentKey);
    const served = experiment !== undefined && parsed.selector === undefined;
    const base: RenderResult = {
      name: prompt.name,
      version: prompt.version,
      hash: prompt.hash,
      selector: prompt.selector,
      type: prompt.type,
      ...(served ? { experiment: experiment.name } : {}),
      ...(prompt.variant === undefined ? {} : { variant: prompt.variant }),
      ...(unknownNames.length === 0 ? {} : { warnings: unknownNames.map((u) => u.error.message) }),
      ...(notes.length === 0 ? {} : { notes }),
    };
    if (prompt.type === 'text') return { ...base, text: prompt.render(vars) };
    const filled: Record<string, readonly ChatMessage[]> = { ...placeholders };
    for (const message of prompt.toJSON().messages ?? []) {
      if ('placeholder' in message && !Object.hasOwn(filled, message.placeholder)) filled[message.placeholder] = [];
    }
    return { ...base, messages: prompt.renderMessages(vars, filled) };
  } finally {
    await client.close();
  }
}

/** The notes of a render about the experiment on `name` (or about a key given for none). */
function experimentNotes(
  experiment: Experiment | undefined,
  name: string,
  selector: string | undefined,
  assignmentKey: string | undefined,
): string[] {
  if (experiment === undefined) {
    return assignmentKey === undefined
      ? []
      : [`--assignment-key has no effect: no experiment of the config file is on "${name}"`];
  }
  if (selector !== undefined) {
    return [
      `experiment "${experiment.name}" is bypassed: a spec with a selector (@${selector}) is served exactly` +
        `${assignmentKey === undefined ? '' : ', so --assignment-key has no effect'}; render the bare name ` +
        `"${name}" to render a variant`,
    ];
  }
  if (assignmentKey !== undefined) return [];
  return [
    `experiment "${experiment.name}" is on this name: without --assignment-key this is its control (variant ` +
      `"${experiment.variants[0]}", what requests without an assignment key get); pass --assignment-key <key> ` +
      '(e.g. a user id) to render the variant that key is assigned',
  ];
}
