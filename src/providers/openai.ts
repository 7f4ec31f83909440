/**
 * `promptops/openai`: a prompt → the parameters of `client.chat.completions.create` (toOpenAIChat)
 * or of `client.responses.create` (toOpenAIResponses) of the `openai` SDK. See DESIGN.md section 11.
 * @module
 */
import type {
  ChatCompletionContentPart,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ChatCompletionTool,
} from 'openai/resources/chat/completions';
import type {
  FunctionTool,
  ResponseCreateParamsNonStreaming,
  ResponseInputContent,
  ResponseInputItem,
} from 'openai/resources/responses/responses';
import type { FunctionDefinition } from 'openai/resources/shared';
import type { ChatMessage, ModelConfig } from '../engine/record.js';
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

/** A message a placeholder takes in {@link toOpenAIChat}: plain `{ role, content }` or an OpenAI chat message. */
export type OpenAIChatPlaceholderMessage = ChatCompletionMessageParam | { role: string; content: string };

/** Options of {@link toOpenAIChat}. */
export type OpenAIChatOptions = AdapterOptions<OpenAIChatPlaceholderMessage>;

/** A message a placeholder takes in {@link toOpenAIResponses}: plain `{ role, content }` or a Responses input item. */
export type OpenAIResponsesPlaceholderMessage = ResponseInputItem | { role: string; content: string };

/** Options of {@link toOpenAIResponses}. */
export type OpenAIResponsesOptions = AdapterOptions<OpenAIResponsesPlaceholderMessage>;

const ADAPTER_CHAT = 'toOpenAIChat';
const ADAPTER_RESPONSES = 'toOpenAIResponses';

/**
 * The parameters of `openai.chat.completions.create` for a prompt: `model`, `messages` (a text prompt
 * is one user message), `temperature`, `max_completion_tokens`, `top_p`, `stop`, `seed`, function
 * `tools`, and a strict `response_format` json_schema when the prompt has an output schema; `params`
 * are spread last. The variables are validated as `render` does.
 *
 * @throws {PromptInputError} for variables that do not fit, or a placeholder message OpenAI chat cannot take
 * @throws {ConfigError} when there is no model, or the model is another provider's
 * @example
 * ```ts
 * const res = await openai.chat.completions.create(toOpenAIChat(p, { ticket }, { placeholders: { history } }));
 * ```
 */
export function toOpenAIChat(
  prompt: AdaptablePrompt,
  vars?: object,
  options?: OpenAIChatOptions,
): ChatCompletionCreateParamsNonStreaming {
  const { record, items, model } = renderRequest(prompt, vars, options, ADAPTER_CHAT, 'openai');
  const messages: ChatCompletionMessageParam[] = [];
  const take = (message: ChatMessage): undefined => void messages.push(chatMessage(message));
  convertChat<ChatCompletionMessageParam>(record, items, {
    message: take,
    plain: take,
    problem: openAIChatProblem,
    foreign: (message) => messages.push(message),
  });

  const request: ChatCompletionCreateParamsNonStreaming = { model: model.name, messages };
  setSampling(request as unknown as Sampled, model, 'max_completion_tokens');
  if (model.stop !== undefined) request.stop = [...model.stop];
  if (model.seed !== undefined) request.seed = model.seed;
  if (record.tools !== undefined && record.tools.length > 0) {
    request.tools = record.tools.map((tool, i): ChatCompletionTool => {
      const fn: FunctionDefinition = { name: tool.name, parameters: toolParameters(tool, record, i) };
      if (tool.description !== undefined) fn.description = tool.description;
      return { type: 'function', function: fn };
    });
  }
  const output = objectOutputSchema(record, ADAPTER_CHAT);
  if (output !== undefined) {
    request.response_format = {
      type: 'json_schema',
      json_schema: { name: schemaName(record.name), schema: strictSchema(output), strict: true },
    };
  }
  return Object.assign(request, model.params);
}

/**
 * The parameters of `openai.responses.create` for a prompt: `instructions` from the prompt's system and
 * developer messages, the other messages as `input`, `temperature`, `top_p`, `max_output_tokens`,
 * function `tools`, and a strict `text.format` json_schema when the prompt has an output schema;
 * `params` are spread last. The Responses API has no `stop` or `seed`: those settings are not sent.
 *
 * @throws {PromptInputError} for variables that do not fit, or a placeholder message the Responses API cannot take
 * @throws {ConfigError} when there is no model, or the model is another provider's
 * @example
 * ```ts
 * const res = await openai.responses.create(toOpenAIResponses(p, { ticket }));
 * ```
 */
export function toOpenAIResponses(
  prompt: AdaptablePrompt,
  vars?: object,
  options?: OpenAIResponsesOptions,
): ResponseCreateParamsNonStreaming {
  const { record, items, model } = renderRequest(prompt, vars, options, ADAPTER_RESPONSES, 'openai');
  const instructions: string[] = [];
  const input: ResponseInputItem[] = [];
  convertChat<ResponseInputItem>(record, items, {
    message: (message) => {
      if (isSystemRole(message.role)) instructions.push(textOf(message));
      else input.push(responsesMessage(message));
      return undefined;
    },
    plain: (message) => void input.push(responsesMessage(message)),
    problem: responsesProblem,
    foreign: (item) => input.push(item),
  });

  const request: ResponseCreateParamsNonStreaming = { model: model.name, input };
  if (instructions.length > 0) request.instructions = instructions.join('\n\n');
  setSampling(request as unknown as Sampled, model, 'max_output_tokens');
  if (record.tools !== undefined && record.tools.length > 0) {
    request.tools = record.tools.map((tool, i): FunctionTool => {
      const fn: FunctionTool = {
        type: 'function',
        name: tool.name,
        parameters: toolParameters(tool, record, i),
        strict: false,
      };
      if (tool.description !== undefined) fn.description = tool.description;
      return fn;
    });
  }
  const output = objectOutputSchema(record, ADAPTER_RESPONSES);
  if (output !== undefined) {
    request.text = {
      format: { type: 'json_schema', name: schemaName(record.name), schema: strictSchema(output), strict: true },
    };
  }
  return Object.assign(request, model.params);
}

type Sampled = { temperature?: number | null; top_p?: number | null } & Record<string, unknown>;

function setSampling(request: Sampled, model: ModelConfig, maxTokensKey: string): void {
  if (model.temperature !== undefined) request.temperature = model.temperature;
  if (model.maxTokens !== undefined) request[maxTokensKey] = model.maxTokens;
  if (model.topP !== undefined) request.top_p = model.topP;
}

function chatMessage(message: ChatMessage): ChatCompletionMessageParam {
  if (typeof message.content === 'string') return { role: message.role, content: message.content };
  const content = message.content.map(
    (part): ChatCompletionContentPart =>
      part.type === 'text' ? { type: 'text', text: part.text } : { type: 'image_url', image_url: { url: part.url } },
  );
  return { role: 'user', content };
}

function responsesMessage(message: ChatMessage): ResponseInputItem {
  if (typeof message.content === 'string') return { role: message.role, content: message.content };
  const content = message.content.map(
    (part): ResponseInputContent =>
      part.type === 'text'
        ? { type: 'input_text', text: part.text }
        : { type: 'input_image', image_url: part.url, detail: 'auto' },
  );
  return { role: 'user', content };
}

const CHAT_KEYS: Record<string, readonly string[]> = {
  system: ['role', 'content', 'name'],
  developer: ['role', 'content', 'name'],
  user: ['role', 'content', 'name'],
  assistant: ['role', 'content', 'name', 'tool_calls', 'function_call', 'audio', 'refusal'],
  tool: ['role', 'content', 'tool_call_id'],
  function: ['role', 'content', 'name'],
};
const CHAT_PARTS: Record<string, readonly string[]> = {
  system: ['text'],
  developer: ['text'],
  user: ['text', 'image_url', 'input_audio', 'file'],
  assistant: ['text', 'refusal'],
  tool: ['text'],
  function: [],
};

/** Why a placeholder message is not an OpenAI chat message, or `undefined` when it is one. */
function openAIChatProblem(m: Record<string, unknown>): string | undefined {
  const role = m.role;
  const take = 'toOpenAIChat takes plain { role, content } messages or OpenAI chat messages';
  if (typeof role !== 'string' || CHAT_KEYS[role] === undefined) {
    return `role ${JSON.stringify(role)} is not an OpenAI chat role (system, developer, user, assistant, tool); ${take}`;
  }
  const extra = extraKey(m, CHAT_KEYS[role] as readonly string[]);
  if (extra !== undefined) return `field "${extra}" is not part of an OpenAI ${role} message; ${take}`;
  if (role === 'tool' && typeof m.tool_call_id !== 'string') return `a tool message needs its "tool_call_id"; ${take}`;
  if (role === 'function' && typeof m.name !== 'string') return `a function message needs its "name"; ${take}`;
  const content = m.content;
  const nullable = role === 'assistant' || role === 'function';
  if (typeof content === 'string' || (nullable && (content === null || content === undefined))) return undefined;
  if (!Array.isArray(content)) return `"content" must be a string or a list of parts; ${take}`;
  const allowed = CHAT_PARTS[role] as readonly string[];
  for (const [i, part] of content.entries()) {
    const type = partType(part);
    if (typeof type !== 'string' || !allowed.includes(type)) {
      return (
        `content[${i}] has type ${JSON.stringify(type)}${foreignHint(type)}, which an OpenAI ${role} message cannot take ` +
        `(${allowed.join(', ') || 'no parts'}); ${take}`
      );
    }
  }
  return undefined;
}

const RESPONSES_ROLES = ['user', 'assistant', 'system', 'developer'];
const RESPONSES_PARTS = ['input_text', 'input_image', 'input_file', 'input_audio', 'output_text', 'refusal'];

/** Why a placeholder message is not a Responses input item, or `undefined` when it is one. */
function responsesProblem(m: Record<string, unknown>): string | undefined {
  const take = 'toOpenAIResponses takes plain { role, content } messages or Responses input items';
  if (m.role === undefined) {
    const type = m.type;
    if (typeof type !== 'string' || !/^[a-z][a-z_]*$/.test(type) || foreignHint(type).includes('Anthropic')) {
      return `an item without a role needs a Responses item "type" (function_call, function_call_output, reasoning, …), got ${JSON.stringify(type)}; ${take}`;
    }
    return undefined;
  }
  if (typeof m.role !== 'string' || !RESPONSES_ROLES.includes(m.role)) {
    const hint =
      m.role === 'tool' ? ' (a Chat Completions tool message: send a function_call_output item instead)' : '';
    return `role ${JSON.stringify(m.role)}${hint} is not a Responses message role (user, assistant, system, developer); ${take}`;
  }
  const extra = extraKey(m, ['role', 'content', 'type', 'id', 'status', 'phase']);
  if (extra !== undefined) return `field "${extra}" is not part of a Responses message; ${take}`;
  if (typeof m.content === 'string') return undefined;
  if (!Array.isArray(m.content)) return `"content" must be a string or a list of parts; ${take}`;
  for (const [i, part] of m.content.entries()) {
    const type = partType(part);
    if (typeof type !== 'string' || !RESPONSES_PARTS.includes(type)) {
      return `content[${i}] has type ${JSON.stringify(type)}${foreignHint(type)}, which the Responses API cannot take (${RESPONSES_PARTS.join(', ')}); ${take}`;
    }
  }
  return undefined;
}
