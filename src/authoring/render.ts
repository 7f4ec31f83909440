/**
 * Rendering one prompt from a store, as the application would load it.
 * @module
 */
import { createPromptClient } from '../client/client.js';
import { clientOptionsFromConfig } from '../client/config-file.node.js';
import type { PromptClientOptions } from '../client/options.js';
import type { ChatMessage } from '../engine/record.js';
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
   * Pins and experiments of the config file keyed on names the store does not have (their messages):
   * such a pin applies to nothing, so the bare name may have resolved otherwise than meant.
   */
  warnings?: string[];
}

/**
 * Render `spec` from an opened store through a client, so that the config's lockfile, pins and
 * default selector apply as in the application (no cache, no snapshot). Placeholders not given
 * render as no messages.
 */
export async function renderSpec(
  opened: OpenedStore,
  spec: string,
  vars: Record<string, unknown>,
  placeholders: Record<string, readonly ChatMessage[]>,
  strict: boolean,
): Promise<RenderResult> {
  const options: PromptClientOptions = { store: opened.store };
  if (opened.found !== undefined) {
    const fromConfig = await clientOptionsFromConfig(opened.found, opened.store);
    if (fromConfig.pins !== undefined) options.pins = fromConfig.pins;
    if (fromConfig.defaultSelector !== undefined) options.defaultSelector = fromConfig.defaultSelector;
    if (fromConfig.lockfile !== undefined) options.lockfile = fromConfig.lockfile;
  }
  // Unknown pinned names are returned as warnings (below), not written by the client.
  const client = createPromptClient({ ...options, cache: false, strict, hooks: { onError: () => undefined } });
  try {
    const prompt = await client.getPrompt(spec);
    const { unknownNames } = await client.prefetch([]);
    const base: RenderResult = {
      name: prompt.name,
      version: prompt.version,
      hash: prompt.hash,
      selector: prompt.selector,
      type: prompt.type,
      ...(unknownNames.length === 0 ? {} : { warnings: unknownNames.map((u) => u.error.message) }),
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
