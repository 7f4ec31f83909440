/**
 * The catalog's search: a query of words, each of which must match (case-insensitive substring) the
 * prompt's name, owner or one of its tags; `name:`, `owner:` and `tag:` narrow a word to one field.
 * @module
 */

/** One word of a search query. */
export interface SearchTerm {
  field: 'any' | 'name' | 'owner' | 'tag';
  text: string;
}

/** What a catalog entry offers to the search. */
export interface Searchable {
  name: string;
  owner?: string;
  tags: readonly string[];
}

/** Longest query considered; the rest is ignored. */
const MAX_QUERY_LENGTH = 200;

/**
 * Split a query into terms. `"owner:support tag:greeting hello"` → three terms.
 *
 * @example
 * ```ts
 * parseSearch('owner:support welcome'); // [{ field: 'owner', text: 'support' }, { field: 'any', text: 'welcome' }]
 * ```
 */
export function parseSearch(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const word of query.slice(0, MAX_QUERY_LENGTH).toLowerCase().split(/\s+/)) {
    if (word === '') continue;
    const match = /^(name|owner|tag):(.*)$/.exec(word);
    if (match === null) terms.push({ field: 'any', text: word });
    else if (match[2] !== '') terms.push({ field: match[1] as SearchTerm['field'], text: match[2] as string });
  }
  return terms;
}

/** True when every term matches the entry. */
export function matchesSearch(entry: Searchable, terms: readonly SearchTerm[]): boolean {
  const name = entry.name.toLowerCase();
  const owner = (entry.owner ?? '').toLowerCase();
  const tags = entry.tags.map((tag) => tag.toLowerCase());
  return terms.every(({ field, text }) => {
    const inName = (field === 'any' || field === 'name') && name.includes(text);
    const inOwner = (field === 'any' || field === 'owner') && owner.includes(text);
    const inTags = (field === 'any' || field === 'tag') && tags.some((tag) => tag.includes(text));
    return inName || inOwner || inTags;
  });
}
