/**
 * Templated expectations: `contains: "{{customer}}"` renders with the case's variables, with the same
 * engine as prompts (no HTML escaping, own properties only; a missing variable renders empty).
 * @module
 */

import { compileTemplate } from '../../engine/template/index.js';

/** A string that may hold `{{variables}}`, compiled once. */
export function templateValue(source: string): (vars: Record<string, unknown>) => string {
  if (!source.includes('{{')) return () => source;
  const template = compileTemplate(source, { strict: false });
  return (vars) => template.render(vars);
}
