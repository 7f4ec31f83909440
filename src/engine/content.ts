/**
 * Message content as text, for people (the CLI's `render`, the registry page): text parts as they
 * are, image parts as `[image: <url>]`, one part per line.
 * @module
 */
import type { ContentPart } from './record.js';

/**
 * The text of a message's content.
 * @example
 * ```ts
 * contentText([{ type: 'text', text: 'Look:' }, { type: 'image', url: 'https://x/a.png' }]); // 'Look:\n[image: https://x/a.png]'
 * ```
 */
export function contentText(content: string | readonly ContentPart[]): string {
  if (typeof content === 'string') return content;
  return content.map((part) => (part.type === 'text' ? part.text : `[image: ${part.url}]`)).join('\n');
}
