/**
 * The fused check-and-render of the most common prompt: a flat template (text and plain `{{name}}`s) over an input
 * schema of required strings only (`{ company: string, customer: string }`). Each value is read once, checked to
 * be a string and concatenated, where the general path reads it twice (the schema's fast check, then the
 * template) and passes it through `toText`. Specialised by arity with the values in locals, since a loop over
 * keys would read them through a megamorphic keyed load; closures, not generated code, so it runs where
 * `new Function` is forbidden.
 * @module
 */
import { isPlainObject, keyCount } from './plain.js';
import type { FlatTemplate } from './template/index.js';

/** Render the input, or `undefined` when it is not certainly valid (the caller then takes the general path). */
export type FusedRender = (vars: unknown) => string | undefined;

/**
 * The fused render, when the template reads each of the schema's keys exactly once (in any order) and there
 * are one to four of them; otherwise `undefined`. It returns text only for a plain object with exactly
 * those keys, all strings: the values the schema accepts unchanged, rendered exactly as the template would.
 */
export function compileFusedRender(flat: FlatTemplate, schemaKeys: readonly string[]): FusedRender | undefined {
  const { keys, texts } = flat;
  const count = keys.length;
  if (count === 0 || count > 4 || count !== schemaKeys.length || new Set(keys).size !== count) return undefined;
  if (!keys.every((key) => schemaKeys.includes(key))) return undefined;
  const [k0 = '', k1 = '', k2 = '', k3 = ''] = keys;
  const [t0 = '', t1 = '', t2 = '', t3 = '', t4 = ''] = texts;
  switch (count) {
    case 1:
      return (vars) => {
        if (!isPlainObject(vars)) return undefined;
        const a = vars[k0];
        return typeof a === 'string' && keyCount(vars) === count ? t0 + a + t1 : undefined;
      };
    case 2:
      return (vars) => {
        if (!isPlainObject(vars)) return undefined;
        const a = vars[k0];
        const b = vars[k1];
        return typeof a === 'string' && typeof b === 'string' && keyCount(vars) === count
          ? t0 + a + t1 + b + t2
          : undefined;
      };
    case 3:
      return (vars) => {
        if (!isPlainObject(vars)) return undefined;
        const a = vars[k0];
        const b = vars[k1];
        const c = vars[k2];
        return typeof a === 'string' && typeof b === 'string' && typeof c === 'string' && keyCount(vars) === count
          ? t0 + a + t1 + b + t2 + c + t3
          : undefined;
      };
    default:
      return (vars) => {
        if (!isPlainObject(vars)) return undefined;
        const a = vars[k0];
        const b = vars[k1];
        const c = vars[k2];
        const d = vars[k3];
        return typeof a === 'string' &&
          typeof b === 'string' &&
          typeof c === 'string' &&
          typeof d === 'string' &&
          keyCount(vars) === count
          ? t0 + a + t1 + b + t2 + c + t3 + d + t4
          : undefined;
      };
  }
}
