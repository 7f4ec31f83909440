/**
 * The mustache template engine of promptops: `mustache` parses, this module compiles the tree into closures
 * that render with own-property lookup, no HTML escaping by default, JSON for objects, and partials checked at
 * compile time.
 * @module
 */
export {
  analyzeNodes,
  analyzeTemplate,
  type LocalAnalysis,
  type PartialReference,
  type TagScope,
  type TemplateAnalysis,
} from './analyze.js';
export {
  asRenderLimit,
  type CompiledTemplate,
  type CompileTemplateOptions,
  compileTemplate,
  DEFAULT_MAX_OUTPUT_CHARS,
  type FlatTemplate,
  renderLimitError,
} from './compile.js';
export { lookupName, lookupPath, type NamePath, parseNamePath, readOwn, readOwnPath } from './lookup.js';
export {
  MAX_SECTION_DEPTH,
  type PartialNode,
  parseTemplate,
  type SectionNode,
  type TemplateNode,
  type TextNode,
  type VariableNode,
} from './parse.js';
export type { PartialResolver } from './partials.js';
export { escapeHtml, isEmptyValue, toText } from './value.js';
