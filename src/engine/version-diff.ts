/**
 * What a diff of two versions of a prompt compares, as text: the template (a chat prompt's messages one
 * `[role]` block each), the input schema and defaults, the model, and the other fields. `promptops diff`
 * (`authoring/diff.ts`) and the registry page's diff (`server/ui/diff-view.ts`) both build on it.
 * @module
 */
import { contentText } from './content.js';
import type { PromptRecord } from './record.js';

/** One compared part of two versions. */
export interface VersionDiffSection {
  /** Which part: the template or messages, the input, the model, or type + output schema + metadata. */
  readonly part: 'template' | 'input' | 'model' | 'other';
  /** Its heading, e.g. `'Messages'` or `'Input schema and defaults'`. */
  readonly title: string;
  /** The part of the older version as text (`''` when absent). */
  readonly from: string;
  /** The part of the newer version as text (`''` when absent). */
  readonly to: string;
}

/**
 * The template of a record as diffed: a text template (ending with a line ending), or the messages one
 * `[role]` block each (a placeholder as `[placeholder: name]`), separated by blank lines.
 * @example
 * ```ts
 * templateText({ name: 'a', version: '1.0.0', type: 'chat', messages: [{ role: 'system', content: 'Hi' }] });
 * // '[system]\nHi\n'
 * ```
 */
export function templateText(record: PromptRecord): string {
  if (record.type === 'text') return `${record.template ?? ''}\n`;
  return (record.messages ?? [])
    .map((message) =>
      'placeholder' in message
        ? `[placeholder: ${message.placeholder}]\n`
        : `[${message.role}]\n${contentText(message.content)}\n`,
    )
    .join('\n');
}

/** The parts of two versions a diff compares, in the order they are shown; data parts as indented JSON. */
export function versionDiffSections(from: PromptRecord, to: PromptRecord): VersionDiffSection[] {
  const others = (record: PromptRecord): unknown => ({
    type: record.type,
    ...(record.output === undefined ? {} : { output: record.output }),
    ...(record.metadata === undefined ? {} : { metadata: record.metadata }),
  });
  return [
    {
      part: 'template',
      title: from.type === 'chat' || to.type === 'chat' ? 'Messages' : 'Template',
      from: templateText(from),
      to: templateText(to),
    },
    { part: 'input', title: 'Input schema and defaults', from: json(from.input), to: json(to.input) },
    { part: 'model', title: 'Model', from: json(from.model), to: json(to.model) },
    { part: 'other', title: 'Type, output schema and metadata', from: json(others(from)), to: json(others(to)) },
  ];
}

function json(value: unknown): string {
  return value === undefined ? '' : `${JSON.stringify(value, null, 2)}\n`;
}
