/**
 * `promptops/ai-sdk`: a prompt → the settings to spread into the AI SDK's `generateText` /
 * `streamText` (`ai` 6 and 7). See DESIGN.md section 11.
 * @module
 */
import {
  type FilePart,
  type JSONSchema7,
  jsonSchema,
  type ModelMessage,
  Output,
  type OutputInterface,
  type TextPart,
  type Tool,
  type ToolSet,
} from 'ai';
import type { ChatMessage } from '../engine/record.js';
import {
  type AdaptablePrompt,
  type AdapterOptions,
  convertChat,
  extraKey,
  foreignHint,
  isSystemRole,
  objectOutputSchema,
  partType,
  renderRequest,
  schemaName,
  strictSchema,
  textOf,
  toolParameters,
} from './request.js';

/** A message a placeholder takes in {@link toAISDK}: plain `{ role, content }` or an AI SDK `ModelMessage`. */
export type AISDKPlaceholderMessage = ModelMessage | { role: string; content: string };

/** Options of {@link toAISDK}. */
export type AISDKOptions = AdapterOptions<AISDKPlaceholderMessage>;

/**
 * What {@link toAISDK} returns: spread it into `generateText({ model, ...request })`. The model's
 * `params` (e.g. `providerOptions`) are spread in too, at run time.
 */
export interface AISDKRequest {
  /** The prompt's system and developer messages, joined by a blank line (never in `messages`). */
  system?: string;
  /** The conversation. */
  messages: ModelMessage[];
  /** The prompt's tools (without `execute`: the model asks, your code runs them). */
  tools?: ToolSet;
  temperature?: number;
  maxOutputTokens?: number;
  topP?: number;
  stopSequences?: string[];
  seed?: number;
  /** `Output.object(...)` of the prompt's output schema; the result's `output` is the parsed object. */
  output?: OutputInterface<unknown, unknown, never>;
}

const ADAPTER = 'toAISDK';

const PARTS: Record<string, readonly string[]> = {
  user: ['text', 'image', 'file'],
  assistant: [
    'text',
    'file',
    'reasoning',
    'reasoning-file',
    'tool-call',
    'tool-result',
    'tool-approval-request',
    'custom',
  ],
  tool: ['tool-result', 'tool-approval-response'],
};

/**
 * The AI SDK settings for a prompt: `system` (system and developer messages, never inside
 * `messages`, the name that AI SDK 6 and 7 both accept), `messages`, `tools` (JSON Schema inputs),
 * `temperature`, `maxOutputTokens`, `topP`, `stopSequences`, `seed`, and `output` (`Output.object`)
 * when the prompt has an output schema; `params` are spread last. Any provider's model works: pass
 * it as `model` yourself.
 *
 * @throws {PromptInputError} for variables that do not fit, or a placeholder message that is not a `ModelMessage`
 * @throws {ConfigError} when there is no model name (it is still needed for usage and cost)
 * @example
 * ```ts
 * const result = await generateText({ model: openai('gpt-4o-mini'), ...toAISDK(p, { ticket }) });
 * ```
 */
export function toAISDK(prompt: AdaptablePrompt, vars?: object, options?: AISDKOptions): AISDKRequest {
  const { record, items, model } = renderRequest(prompt, vars, options, ADAPTER, undefined);
  const system: string[] = [];
  const messages: ModelMessage[] = [];
  const take = (message: ChatMessage): undefined => {
    if (isSystemRole(message.role)) system.push(textOf(message));
    else messages.push(modelMessage(message));
    return undefined;
  };
  convertChat<ModelMessage>(record, items, {
    message: take,
    plain: take,
    problem: (m) => (isSystemText(m) ? undefined : modelMessageProblem(m)),
    // A system ModelMessage of plain text joins `system` (AI SDK 7 refuses system messages in `messages`).
    foreign: (message) => (isSystemText(message) ? system.push(message.content as string) : messages.push(message)),
  });

  const request: AISDKRequest = { messages };
  if (system.length > 0) request.system = system.join('\n\n');
  if (record.tools !== undefined && record.tools.length > 0) {
    const tools: ToolSet = {};
    record.tools.forEach((definition, i) => {
      const tool: Tool = { inputSchema: jsonSchema(toolParameters(definition, record, i) as JSONSchema7) };
      if (definition.description !== undefined) tool.description = definition.description;
      tools[definition.name] = tool;
    });
    request.tools = tools;
  }
  if (model.temperature !== undefined) request.temperature = model.temperature;
  if (model.maxTokens !== undefined) request.maxOutputTokens = model.maxTokens;
  if (model.topP !== undefined) request.topP = model.topP;
  if (model.stop !== undefined) request.stopSequences = [...model.stop];
  if (model.seed !== undefined) request.seed = model.seed;
  const output = objectOutputSchema(record, ADAPTER);
  if (output !== undefined) {
    // The strict form (every field required, optional ones nullable): what OpenAI's strict mode, which
    // @ai-sdk/openai turns on, requires, and what every other provider takes as well.
    request.output = Output.object({
      schema: jsonSchema<unknown>(strictSchema(output) as JSONSchema7),
      name: schemaName(record.name),
    });
  }
  return Object.assign(request, model.params);
}

function modelMessage(message: ChatMessage): ModelMessage {
  if (typeof message.content === 'string') {
    return message.role === 'assistant'
      ? { role: 'assistant', content: message.content }
      : { role: 'user', content: message.content };
  }
  const content = message.content.map((part): TextPart | FilePart =>
    part.type === 'text'
      ? { type: 'text', text: part.text }
      : { type: 'file', data: new URL(part.url), mediaType: imageMediaType(part.url) },
  );
  return { role: 'user', content };
}

const EXTENSION_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/**
 * The media type of an image URL: a `data:` URL's own, else from the path's extension, else
 * `image/*` (a file part with an `image/` type is what AI SDK 6 and 7 both send as an image).
 */
function imageMediaType(url: string): string {
  const data = /^data:(image\/[^;,]+)/i.exec(url);
  if (data !== null) return (data[1] as string).toLowerCase();
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return (extension !== undefined ? EXTENSION_TYPES[extension] : undefined) ?? 'image/*';
}

/** Why a placeholder message is not a `ModelMessage`, or `undefined` when it is one. */
function modelMessageProblem(m: Record<string, unknown>): string | undefined {
  const take = 'toAISDK takes plain { role, content } messages or AI SDK ModelMessages';
  const role = m.role;
  if (typeof role !== 'string' || PARTS[role] === undefined) {
    return `role ${JSON.stringify(role)} is not an AI SDK message role (system, user, assistant, tool); ${take}`;
  }
  const extra = extraKey(m, ['role', 'content', 'providerOptions']);
  if (extra !== undefined) {
    const hint = extra === 'tool_calls' || extra === 'tool_call_id' ? ' (an OpenAI chat field)' : '';
    return `field "${extra}"${hint} is not part of an AI SDK ${role} message; ${take}`;
  }
  if (typeof m.content === 'string' && role !== 'tool') return undefined;
  if (!Array.isArray(m.content))
    return `"content" must be ${role === 'tool' ? '' : 'a string or '}a list of parts; ${take}`;
  const allowed = PARTS[role] as readonly string[];
  for (const [i, part] of m.content.entries()) {
    const type = partType(part);
    if (typeof type !== 'string' || !allowed.includes(type)) {
      return `content[${i}] has type ${JSON.stringify(type)}${foreignHint(type)}, which an AI SDK ${role} message cannot take (${allowed.join(', ')}); ${take}`;
    }
    const p = part as Record<string, unknown>;
    if (type === 'image' && !('image' in p)) {
      return `content[${i}] is an image without "image"${'source' in p ? ' (an Anthropic image block)' : 'url' in p ? ' (a promptops image part: use it in a plain message)' : ''}; ${take}`;
    }
    if ((type === 'tool-call' || type === 'tool-result') && typeof p.toolCallId !== 'string') {
      return `content[${i}] is a ${type} without "toolCallId"; ${take}`;
    }
  }
  return undefined;
}

/** A system message of plain text, in the AI SDK's shape (`providerOptions` allowed). */
function isSystemText(message: object): boolean {
  const m = message as Record<string, unknown>;
  return (
    m.role === 'system' &&
    typeof m.content === 'string' &&
    extraKey(m, ['role', 'content', 'providerOptions']) === undefined
  );
}
