/**
 * What changed between two versions of a prompt, as one unified diff (by the `diff` library): the
 * template or messages, the input and output schemas, the model config and the tools, each under a
 * `# heading` line, so that one patch answers "what changed".
 * @module
 */

import { unifiedDiff } from '../engine/line-diff.js';
import type { PromptRecord } from '../engine/record.js';

/** The sections of a record that a diff shows, as text. */
export function promptText(record: PromptRecord): string {
  const parts: string[] = [];
  if (record.type === 'text') parts.push('# template', record.template ?? '');
  else {
    parts.push('# messages');
    for (const m of record.messages ?? []) {
      parts.push('placeholder' in m ? `[placeholder: ${m.placeholder}]` : `[${m.role}]\n${m.content}`);
    }
  }
  const section = (title: string, value: unknown) => {
    if (value !== undefined) parts.push(`# ${title}`, JSON.stringify(value, null, 2));
  };
  section('input.schema', record.input?.schema);
  section('input.default', record.input?.default);
  section('output.schema', record.output?.schema);
  section('model', record.model);
  section('tools', (record as { tools?: unknown }).tools);
  return `${parts.join('\n')}\n`;
}

/** Unified diff of `from` → `to` (`''` when nothing but labels and metadata differ), bounded as every diff is. */
export function promptDiff(from: PromptRecord, to: PromptRecord, context = 3): string {
  return unifiedDiff(
    promptText(from),
    promptText(to),
    `${from.name}@${from.version}`,
    `${to.name}@${to.version}`,
    context,
  );
}
