/**
 * "Did you mean …?" suggestions for misspelt names: types, keywords, fields, variables, options,
 * prompt names (the one edit distance of the package).
 * @module
 */

/**
 * Damerau–Levenshtein distance (optimal string alignment) between `a` and `b`, case-insensitive.
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  // Three rolling rows are enough for adjacent transpositions.
  let before: number[] = [];
  let previous: number[] = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= t.length; j++) {
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    // A row's minimum never decreases: past the limit, stop.
    if (Math.min(...current) > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidate closest to `input`, when it is close enough to be a likely typo (at most a third of
 * the longer word's length, and at most 3 edits); `undefined` otherwise.
 *
 * @example
 * ```ts
 * closestMatch('strng', ['string', 'number']); // 'string'
 * closestMatch('zzz', ['string', 'number']);   // undefined
 * ```
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3)));
    const distance = editDistance(input, candidate, limit);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `'; did you mean "x"?'` when a close candidate exists, else `''`. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : `; did you mean "${match}"?`;
}

/** Short human description of a value, e.g. `number 42`, `string "abc"`, `an array`, `null`. */
export function describeValue(value: unknown): string {
  const type = typeof value;
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (type === 'string') {
    const text = value as string;
    return `string ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`;
  }
  if (type === 'number' || type === 'boolean' || type === 'bigint') return `${type} ${String(value)}`;
  return `${type === 'object' ? 'an' : 'a'} ${type}`;
}

/** Type names of other languages, mapped to the JSON Schema / Picoschema type they usually mean. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  str: 'string',
  text: 'string',
  int: 'integer',
  long: 'integer',
  float: 'number',
  double: 'number',
  decimal: 'number',
  bool: 'boolean',
  unknown: 'any',
  none: 'null',
  list: 'array',
  dict: 'object',
  map: 'object',
};

/** The type most likely meant by an unknown type name: an alias (`int` → `integer`) or a close spelling. */
export function guessType(type: string, known: readonly string[]): string | undefined {
  const alias = TYPE_ALIASES[type.toLowerCase()];
  return alias !== undefined && known.includes(alias) ? alias : closestMatch(type, known);
}
