/**
 * `promptops/anthropic`: a prompt → the parameters of `client.messages.create` of
 * `@anthropic-ai/sdk`. See DESIGN.md section 11.
 * @module
 */
import type {
  ContentBlockParam,
  ImageBlockParam,
  MessageCreateParamsNonStreaming,
  MessageParam,
  Tool,
} from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatMessage } from '../engine/record.js';
import { ConfigError } from '../errors.js';
import {
  type AdaptablePrompt,
  type AdapterOptions,
  convertChat,
  extraKey,
  foreignHint,
  imageUrlProblem,
  isSystemRole,
  objectOutputSchema,
  partType,
  renderRequest,
  strictSchema,
  textOf,
  toolParameters,
} from './request.js';

/** A message a placeholder takes in {@link toAnthropic}: plain `{ role, content }` or an Anthropic `MessageParam`. */
export type AnthropicPlaceholderMessage = MessageParam | { role: string; content: string };

/** Options of {@link toAnthropic}. */
export type AnthropicOptions = AdapterOptions<AnthropicPlaceholderMessage>;

const ADAPTER = 'toAnthropic';

/** The block types of an Anthropic `MessageParam` (`ContentBlockParam`). */
const BLOCK_TYPES = [
  'text',
  'image',
  'document',
  'search_result',
  'thinking',
  'redacted_thinking',
  'tool_use',
  'tool_result',
  'server_tool_use',
  'web_search_tool_result',
  'web_fetch_tool_result',
  'code_execution_tool_result',
  'bash_code_execution_tool_result',
  'text_editor_code_execution_tool_result',
  'tool_search_tool_result',
  'container_upload',
];

/** Media types Anthropic takes for base64 images. */
const IMAGE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;

/**
 * The parameters of `anthropic.messages.create` for a prompt: `system` (the system and developer
 * messages, joined by a blank line) apart from `messages`, `max_tokens` (from `model.maxTokens`,
 * required), `temperature`, `top_p`, `stop_sequences`, `tools` with `input_schema`, and
 * `output_config.format` (json_schema) when the prompt has an output schema; `params` are spread
 * last. Anthropic has no `seed`: it is not sent.
 *
 * @throws {PromptInputError} for variables that do not fit, or a placeholder message Anthropic cannot take
 * @throws {ConfigError} when there is no model or no `maxTokens`, or the model is another provider's
 * @example
 * ```ts
 * const msg = await anthropic.messages.create(toAnthropic(p, { ticket }, { placeholders: { history } }));
 * ```
 */
export function toAnthropic(
  prompt: AdaptablePrompt,
  vars?: object,
  options?: AnthropicOptions,
): MessageCreateParamsNonStreaming {
  const { record, items, model } = renderRequest(prompt, vars, options, ADAPTER, 'anthropic');
  if (model.maxTokens === undefined) {
    throw new ConfigError(
      `prompt "${record.name}@${record.version}": Anthropic needs max_tokens: set model.maxTokens in the prompt ` +
        '(e.g. model: { name: claude-haiku-4-5, maxTokens: 1024 }) or pass { overrides: { maxTokens: 1024 } }',
      { option: 'model.maxTokens' },
    );
  }
  const system: string[] = [];
  const messages: MessageParam[] = [];
  /** Take a promptops message, or say why Anthropic cannot (an image it cannot send). */
  const take = (message: ChatMessage): string | undefined => {
    if (isSystemRole(message.role)) {
      system.push(textOf(message));
      return undefined;
    }
    const converted = anthropicMessage(message);
    if (typeof converted === 'string') return converted;
    messages.push(converted);
    return undefined;
  };
  convertChat<MessageParam>(record, items, {
    message: take,
    plain: take,
    problem: anthropicProblem,
    foreign: (message) => messages.push(message),
  });

  const request: MessageCreateParamsNonStreaming = { model: model.name, max_tokens: model.maxTokens, messages };
  if (system.length > 0) request.system = system.join('\n\n');
  // `temperature` and `top_p` are sent when the prompt sets them (the Messages API takes them for the
  // models that support sampling settings; @anthropic-ai/sdk 1.x no longer lists them in its types).
  const sampling: Record<string, unknown> = request as unknown as Record<string, unknown>;
  if (model.temperature !== undefined) sampling.temperature = model.temperature;
  if (model.topP !== undefined) sampling.top_p = model.topP;
  if (model.stop !== undefined) request.stop_sequences = [...model.stop];
  if (record.tools !== undefined && record.tools.length > 0) {
    request.tools = record.tools.map((tool, i): Tool => {
      const converted: Tool = {
        name: tool.name,
        input_schema: toolParameters(tool, record, i) as Tool.InputSchema,
      };
      if (tool.description !== undefined) converted.description = tool.description;
      return converted;
    });
  }
  const output = objectOutputSchema(record, ADAPTER);
  if (output !== undefined) {
    request.output_config = { format: { type: 'json_schema', schema: strictSchema(output, 'close') } };
  }
  return Object.assign(request, model.params);
}

/** A promptops user/assistant message as an Anthropic message, or why it cannot be one. */
function anthropicMessage(message: ChatMessage): MessageParam | string {
  const role = message.role === 'assistant' ? 'assistant' : 'user';
  if (typeof message.content === 'string') return { role, content: message.content };
  const content: ContentBlockParam[] = [];
  for (const part of message.content) {
    if (part.type === 'text') {
      content.push({ type: 'text', text: part.text });
      continue;
    }
    const image = imageBlock(part.url);
    if (typeof image === 'string') return image;
    content.push(image);
  }
  return { role, content };
}

function imageBlock(url: string): ImageBlockParam | string {
  const problem = imageUrlProblem(url);
  if (problem !== undefined) return problem;
  if (/^https:/i.test(url)) return { type: 'image', source: { type: 'url', url } };
  const match = /^data:([^;,]+);base64,(.*)$/is.exec(url);
  const mediaType = match?.[1]?.toLowerCase();
  if (match === null || !(IMAGE_MEDIA_TYPES as readonly (string | undefined)[]).includes(mediaType)) {
    return `Anthropic takes data: images as base64 ${IMAGE_MEDIA_TYPES.join(', ')} (data:image/png;base64,…), got ${
      match === null ? 'another data: URL' : `${mediaType}`
    }`;
  }
  return {
    type: 'image',
    source: { type: 'base64', media_type: mediaType as (typeof IMAGE_MEDIA_TYPES)[number], data: match[2] as string },
  };
}

/** Why a placeholder message is not an Anthropic `MessageParam`, or `undefined` when it is one. */
function anthropicProblem(m: Record<string, unknown>): string | undefined {
  const take = 'toAnthropic takes plain { role, content } messages or Anthropic MessageParam messages';
  if (m.role !== 'user' && m.role !== 'assistant') {
    const hint =
      m.role === 'tool'
        ? ' (a tool result is a tool_result block in a user message)'
        : m.role === 'system' || m.role === 'developer'
          ? ' (system text must be a plain { role, content: string } message)'
          : '';
    return `role ${JSON.stringify(m.role)}${hint} is not an Anthropic message role (user, assistant); ${take}`;
  }
  const extra = extraKey(m, ['role', 'content']);
  if (extra !== undefined) return `field "${extra}" is not part of an Anthropic message; ${take}`;
  if (typeof m.content === 'string') return undefined;
  if (!Array.isArray(m.content)) return `"content" must be a string or a list of content blocks; ${take}`;
  for (const [i, block] of m.content.entries()) {
    const type = partType(block);
    if (typeof type !== 'string' || !BLOCK_TYPES.includes(type)) {
      return `content[${i}] has type ${JSON.stringify(type)}${foreignHint(type)}, which is not an Anthropic content block; ${take}`;
    }
    const b = block as Record<string, unknown>;
    if (type === 'image' && (typeof b.source !== 'object' || b.source === null)) {
      return `content[${i}] is an image without a "source"${'image' in b ? ' (an AI SDK image part)' : 'url' in b ? ' (a promptops image part: use it in a plain message)' : ''}; ${take}`;
    }
    if (type === 'tool_result' && typeof b.tool_use_id !== 'string')
      return `content[${i}] is a tool_result without "tool_use_id"; ${take}`;
  }
  return undefined;
}
