// bench/client.ts
import { createServer } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { LangfuseClient } from "@langfuse/client";

// src/errors.ts
var BRAND = /* @__PURE__ */ Symbol.for("promptops.error");
var PromptOpsError = class extends Error {
  /** Stable code of the error class, e.g. `'PROMPT_NOT_FOUND'`. */
  code;
  constructor(message, options = {}, code = "PROMPTOPS_ERROR") {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "PromptOpsError";
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
};
function isPromptOpsError(value) {
  return typeof value === "object" && value !== null && value[BRAND] === true;
}
var PromptNotFoundError = class extends PromptOpsError {
  /** The prompt name that was asked for. */
  promptName;
  /** Existing names close to the one asked for (may be empty). */
  suggestions;
  /** Name of the store that was asked. */
  store;
  constructor(promptName, details = {}, options) {
    const suggestions = details.suggestions ?? [];
    const where = details.store ? ` in the ${details.store} store` : "";
    const hint2 = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : ' Check the name (segments of [a-z0-9._-] joined by "/") and that the prompt was added to the store.';
    super(details.message ?? `Prompt "${promptName}" was not found${where}.${hint2}`, options, "PROMPT_NOT_FOUND");
    this.name = "PromptNotFoundError";
    this.promptName = promptName;
    this.suggestions = suggestions;
    this.store = details.store;
  }
};
var VersionNotFoundError = class extends PromptOpsError {
  promptName;
  /** The selector that matched nothing: an exact version, a range or a label. */
  selector;
  /** Versions that exist, highest first. */
  versions;
  /** Labels that exist, with the version each points to. */
  labels;
  constructor(promptName, selector, available = {}, options) {
    const versions = available.versions ?? [];
    const labels = available.labels ?? {};
    const labelText = Object.entries(labels).map(([label, version]) => `${label} \u2192 ${version}`).join(", ");
    super(
      `No version of prompt "${promptName}" matches "${selector}". Versions: ${versions.length > 0 ? versions.join(", ") : "(none)"}; labels: ${labelText || "(none)"}. Pick one of these, or publish a matching version.`,
      options,
      "VERSION_NOT_FOUND"
    );
    this.name = "VersionNotFoundError";
    this.promptName = promptName;
    this.selector = selector;
    this.versions = versions;
    this.labels = labels;
  }
};
var PromptInputError = class extends PromptOpsError {
  promptName;
  version;
  /** Every problem found, in schema order. */
  issues;
  constructor(promptName, version, issues, options) {
    const at = version ? `${promptName}@${version}` : promptName;
    const lines = issues.map((i) => `  - ${i.path.length > 0 ? i.path.join(".") : "(input)"}: ${i.message}`);
    super(
      `Invalid input for prompt "${at}" (${issues.length} problem${issues.length === 1 ? "" : "s"}):
${lines.join("\n")}
Pass the listed variables with the declared types, or add defaults to the prompt's "input.default".`,
      options,
      "PROMPT_INPUT"
    );
    this.name = "PromptInputError";
    this.promptName = promptName;
    this.version = version;
    this.issues = issues;
  }
};
var PromptFormatError = class extends PromptOpsError {
  file;
  line;
  column;
  field;
  promptName;
  /** The bare problem and fix, without the location prefix. */
  detail;
  constructor(detail, location = {}, options) {
    super(`${formatLocation(location)}${detail}`, options, "PROMPT_FORMAT");
    this.name = "PromptFormatError";
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
    this.field = location.field;
    this.promptName = location.promptName;
    this.detail = detail;
  }
};
function formatLocation(l) {
  const parts = [];
  if (l.file !== void 0) {
    parts.push(l.line === void 0 ? l.file : `${l.file}:${l.line}${l.column === void 0 ? "" : `:${l.column}`}`);
  } else if (l.promptName !== void 0) {
    parts.push(`prompt "${l.promptName}"`);
  }
  if (l.field !== void 0) parts.push(`field "${l.field}"`);
  return parts.length > 0 ? `${parts.join(", ")}: ` : "";
}
var StoreError = class extends PromptOpsError {
  /** Name of the store, e.g. `'http'`. */
  store;
  /** HTTP status, when the failure was an HTTP answer. */
  status;
  /** True when trying again later may succeed (timeouts, 408, 429, 5xx, network errors). */
  retryable;
  constructor(message, details, options) {
    super(message, options, "STORE_ERROR");
    this.name = "StoreError";
    this.store = details.store;
    this.status = details.status;
    this.retryable = details.retryable ?? false;
  }
};
var IntegrityError = class extends PromptOpsError {
  promptName;
  version;
  expected;
  actual;
  constructor(promptName, version, hashes, options) {
    super(
      `Integrity check failed for prompt "${promptName}@${version}": ${hashes.reason ?? "expected hash"} ${hashes.expected}, got ${hashes.actual}. The record was changed after it was published or locked; publish a new version instead of editing one, or re-run "promptops lock" if the change is intended.`,
      options,
      "INTEGRITY"
    );
    this.name = "IntegrityError";
    this.promptName = promptName;
    this.version = version;
    this.expected = hashes.expected;
    this.actual = hashes.actual;
  }
};
var ConfigError = class extends PromptOpsError {
  /** The option at fault, e.g. `'cache.ttlMs'`. */
  option;
  /** The config file, when the option came from one. */
  file;
  constructor(message, details = {}, options) {
    const where = [details.file, details.option ? `option "${details.option}"` : void 0].filter(Boolean).join(", ");
    super(where ? `${where}: ${message}` : message, options, "CONFIG");
    this.name = "ConfigError";
    this.option = details.option;
    this.file = details.file;
  }
};

// src/engine/schema/field-path.ts
function formatFieldPath(segments) {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

// src/engine/schema/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let before = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length];
}
function closestMatch(input, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(input, candidate);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(input.length, candidate.length) / 3)));
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string": {
      const shown = value.length > 40 ? `${value.slice(0, 40)}\u2026` : value;
      return `string ${JSON.stringify(shown)}`;
    }
    case "number":
    case "boolean":
    case "bigint":
      return `${typeof value} ${String(value)}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}
var TYPE_ALIASES = {
  str: "string",
  text: "string",
  int: "integer",
  long: "integer",
  float: "number",
  double: "number",
  decimal: "number",
  bool: "boolean",
  unknown: "any",
  none: "null",
  list: "array",
  dict: "object",
  map: "object"
};
function guessType(type, known) {
  const alias = TYPE_ALIASES[type.toLowerCase()];
  return alias !== void 0 && known.includes(alias) ? alias : closestMatch(type, known);
}

// src/engine/schema/picoschema.ts
var PICOSCHEMA_SCALAR_TYPES = ["string", "number", "integer", "boolean", "null", "any"];
var JSON_SCHEMA_MARKER_TYPES = /* @__PURE__ */ new Set([...PICOSCHEMA_SCALAR_TYPES, "object", "array"]);
var PARENTHETICAL_TYPES = ["array", "object", "enum"];
var WILDCARD = "(*)";
var MAX_DEPTH = 32;
function picoschemaToJsonSchema(schema, location = {}) {
  const base = location.field === void 0 ? [] : [location.field];
  const fail = (detail, path) => {
    const field = formatFieldPath([...base, ...path]);
    throw new PromptFormatError(detail, { ...location, field: field === "" ? void 0 : field });
  };
  if (schema === null || schema === void 0) {
    return fail("the schema is empty: declare fields such as `customer: string`, or remove the schema", []);
  }
  if (typeof schema === "string") return parseScalar(schema, [], fail);
  if (!isPlainRecord(schema)) {
    return fail(
      `a schema must be Picoschema fields (an object such as \`customer: string\`) or JSON Schema, got ${describeValue(schema)}`,
      []
    );
  }
  const type = schema.type;
  if (typeof type === "string" && JSON_SCHEMA_MARKER_TYPES.has(type)) return { ...schema };
  if (Array.isArray(type) && type.every((t) => typeof t === "string" && JSON_SCHEMA_MARKER_TYPES.has(t))) {
    return { ...schema };
  }
  if (isPlainRecord(schema.properties)) return { ...schema, type: "object" };
  return parseObject(schema, [], fail, 0);
}
function parseKey(key, path, fail) {
  const open = key.indexOf("(");
  let head = key;
  let kind;
  let description;
  if (open !== -1) {
    if (!key.endsWith(")")) {
      fail(
        `field "${key}" has an unclosed "(": write \`name(array): type\`, \`name(object):\` or \`name(enum): [a, b]\``,
        path
      );
    }
    head = key.slice(0, open);
    [kind, description] = splitDescription(key.slice(open + 1, -1));
  }
  const optional5 = head.endsWith("?");
  const name = optional5 ? head.slice(0, -1) : head;
  if (name.trim() === "") fail(`field "${key}" has no name: write \`name: type\``, path);
  if (name !== name.trim()) fail(`field name "${name}" has leading or trailing spaces: remove them`, path);
  return { name, optional: optional5, kind, description };
}
function splitDescription(text) {
  const comma = text.indexOf(",");
  if (comma === -1) return [text.trim(), void 0];
  const description = text.slice(comma + 1).trim();
  return [text.slice(0, comma).trim(), description === "" ? void 0 : description];
}
function parseObject(obj, path, fail, depth2) {
  if (depth2 > MAX_DEPTH) fail(`the schema nests objects more than ${MAX_DEPTH} levels deep: flatten it`, path);
  const properties = {};
  const required = [];
  let additionalProperties = false;
  const declaredBy = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(obj)) {
    const at = [...path, key];
    if (key === WILDCARD) {
      additionalProperties = parseValue(value, void 0, at, fail, depth2);
      continue;
    }
    const parsed = parseKey(key, at, fail);
    const previous = declaredBy.get(parsed.name);
    if (previous !== void 0)
      fail(`field "${parsed.name}" is declared twice ("${previous}" and "${key}"): keep one`, at);
    declaredBy.set(parsed.name, key);
    if (!parsed.optional) required.push(parsed.name);
    const property = parseValue(value, parsed.kind, at, fail, depth2);
    if (parsed.optional) makeNullable(property);
    if (parsed.description !== void 0) property.description = parsed.description;
    properties[parsed.name] = property;
  }
  const out = { type: "object", properties };
  if (required.length > 0) out.required = required;
  out.additionalProperties = additionalProperties;
  return out;
}
function parseValue(value, kind, path, fail, depth2) {
  switch (kind) {
    case void 0:
      if (typeof value === "string") return parseScalar(value, path, fail);
      if (isPlainRecord(value)) return parseObject(value, path, fail, depth2 + 1);
      if (Array.isArray(value)) {
        return fail("a list of values needs the (enum) type: write `name(enum): [a, b]`", path);
      }
      if (value === null || value === void 0) {
        return fail("the field has no type: write `name: string` (or number, integer, boolean, null, any)", path);
      }
      return fail(
        `expected a type name such as "string" or nested fields, got ${describeValue(value)}; quote it if it is a description`,
        path
      );
    case "array": {
      if (typeof value === "string") return { type: "array", items: parseScalar(value, path, fail) };
      if (isPlainRecord(value)) return { type: "array", items: parseObject(value, path, fail, depth2 + 1) };
      if (Array.isArray(value)) {
        return fail(
          "Picoschema has no array-of-enum form: use JSON Schema for this input, e.g. `{ type: array, items: { enum: [a, b] } }`, or make the field `name(enum): [a, b]`",
          path
        );
      }
      return fail(`(array) takes the item type, e.g. \`name(array): string\`, got ${describeValue(value)}`, path);
    }
    case "object":
      if (isPlainRecord(value)) return parseObject(value, path, fail, depth2 + 1);
      return fail(
        `(object) takes nested fields, e.g. \`name(object): { street: string }\`, got ${describeValue(value)}`,
        path
      );
    case "enum": {
      if (!Array.isArray(value) || value.length === 0) {
        return fail(
          `(enum) takes a non-empty list of values, e.g. \`name(enum): [a, b]\`, got ${describeValue(value)}`,
          path
        );
      }
      for (const [index, item] of value.entries()) {
        if (item !== null && !["string", "number", "boolean"].includes(typeof item)) {
          fail(`enum values must be strings, numbers, booleans or null, got ${describeValue(item)}`, [...path, index]);
        }
      }
      return { enum: [...value] };
    }
    default: {
      const guess = closestMatch(kind, PARENTHETICAL_TYPES);
      return fail(
        `unknown type "(${kind})": parenthetical types are (array), (object) and (enum)` + (guess === void 0 ? "" : `; did you mean "(${guess})"?`) + (isScalarType(kind) ? `; for a ${kind}, write \`name: ${kind}\`` : ""),
        path
      );
    }
  }
}
function parseScalar(text, path, fail) {
  const [type, description] = splitDescription(text);
  if (!isScalarType(type)) return fail(explainUnknownType(type), path);
  const out = type === "any" ? {} : { type };
  if (description !== void 0) out.description = description;
  return out;
}
function explainUnknownType(type) {
  const list = PICOSCHEMA_SCALAR_TYPES.join(", ");
  if (type === "") return `the field has no type: write \`name: string\` (types: ${list})`;
  const guess = guessType(type, PICOSCHEMA_SCALAR_TYPES);
  if (type === "array" || type === "object" || type === "enum") {
    const example = type === "array" ? "`name(array): string`" : type === "object" ? "`name(object): { field: string }`" : "`name(enum): [a, b]`";
    return `"${type}" goes in parentheses after the field name: write ${example}`;
  }
  return `unknown type "${type}"${guess === void 0 ? "" : `; did you mean "${guess}"?`} Picoschema types are ${list}, plus name(array), name(object) and name(enum). Named schemas are not supported: describe the fields inline`;
}
function isScalarType(type) {
  return PICOSCHEMA_SCALAR_TYPES.includes(type);
}
function makeNullable(property) {
  if (Array.isArray(property.enum)) {
    if (!property.enum.includes(null)) property.enum = [...property.enum, null];
    return;
  }
  if (typeof property.type === "string" && property.type !== "null") property.type = [property.type, "null"];
}
function isPlainRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/engine/schema/json-schema.ts
var JSON_SCHEMA_TYPES = ["string", "number", "integer", "boolean", "null", "object", "array"];
var STRING_KEYWORDS = ["minLength", "maxLength", "pattern"];
var NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"];
var ARRAY_KEYWORDS = ["items", "minItems", "maxItems"];
var OBJECT_KEYWORDS = ["properties", "required", "additionalProperties"];
var VALIDATION_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "allOf",
  "nullable",
  ...STRING_KEYWORDS,
  ...NUMBER_KEYWORDS,
  ...ARRAY_KEYWORDS,
  ...OBJECT_KEYWORDS
]);
var ANNOTATION_KEYWORDS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "default",
  "examples",
  "format",
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "definitions",
  "deprecated",
  "readOnly",
  "writeOnly",
  "contentMediaType",
  "contentEncoding"
]);
var UNSUPPORTED_KEYWORDS = /* @__PURE__ */ new Set([
  "$ref",
  "$dynamicRef",
  "$anchor",
  "not",
  "if",
  "then",
  "else",
  "uniqueItems",
  "contains",
  "minContains",
  "maxContains",
  "prefixItems",
  "additionalItems",
  "unevaluatedItems",
  "unevaluatedProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "dependencies",
  "dependentRequired",
  "dependentSchemas"
]);
var MAX_DEPTH2 = 32;
function normalizeJsonSchema(schema, location = {}, options = {}) {
  const base = location.field === void 0 ? [] : [location.field];
  const fail = (detail, path) => {
    const field = formatFieldPath([...base, ...path]);
    throw new PromptFormatError(detail, { ...location, field: field === "" ? void 0 : field });
  };
  const normalized = normalizeNode(schema, [], fail, 0);
  if (options.top ?? true) {
    if (normalized.type !== "object") {
      const got = normalized.type === void 0 ? "no object type" : `type ${JSON.stringify(normalized.type)}`;
      fail(
        `an input schema must describe an object of variables (type: object with properties), got ${got}. Declare each variable as a property`,
        ["type"]
      );
    }
    if (normalized.additionalProperties === void 0) normalized.additionalProperties = false;
  }
  return normalized;
}
function normalizeNode(node, path, fail, depth2) {
  if (depth2 > MAX_DEPTH2) fail(`the schema nests more than ${MAX_DEPTH2} levels deep: flatten it`, path);
  if (node === true) return {};
  if (node === false) return fail("the schema `false` accepts no value: remove the property instead", path);
  if (!isPlainRecord(node)) return fail(`expected a schema object, got ${describeValue(node)}`, path);
  for (const key of Object.keys(node)) checkKeyword(key, path, fail);
  let out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "allOf" || key === "nullable") continue;
    out[key] = value;
  }
  if (node.allOf !== void 0) {
    const members2 = schemaList(node.allOf, [...path, "allOf"], fail, depth2);
    for (const [index, member] of members2.entries()) out = mergeSchemas(out, member, [...path, "allOf", index], fail);
  }
  normalizeType(out, path, fail);
  if (node.nullable === true) addNull(out, path, fail);
  else if (node.nullable !== void 0 && node.nullable !== false) {
    fail(`"nullable" must be true or false, got ${describeValue(node.nullable)}`, [...path, "nullable"]);
  }
  checkApplicability(out, path, fail);
  normalizeStringKeywords(out, path, fail);
  normalizeNumberKeywords(out, path, fail);
  normalizeArrayKeywords(out, path, fail, depth2);
  normalizeObjectKeywords(out, path, fail, depth2);
  normalizeValueKeywords(out, path, fail);
  for (const key of ["anyOf", "oneOf"]) {
    if (out[key] === void 0) continue;
    out[key] = schemaList(out[key], [...path, key], fail, depth2);
    const other = Object.keys(out).find((k) => k !== key && VALIDATION_KEYWORDS.has(k));
    if (other !== void 0) {
      fail(`"${key}" cannot be combined with "${other}" here: move "${other}" into each alternative`, [...path, other]);
    }
  }
  return out;
}
function checkKeyword(key, path, fail) {
  if (VALIDATION_KEYWORDS.has(key) || ANNOTATION_KEYWORDS.has(key) || key.startsWith("x-")) return;
  if (UNSUPPORTED_KEYWORDS.has(key)) {
    const hint2 = key.startsWith("$") ? "inline the referenced schema" : "express the rule with the supported keywords, or check it in code";
    fail(`the JSON Schema keyword "${key}" is not supported in input schemas: ${hint2}`, [...path, key]);
  }
  const guess = closestMatch(key, [...VALIDATION_KEYWORDS, ...ANNOTATION_KEYWORDS]);
  fail(
    `unknown JSON Schema keyword "${key}"${guess === void 0 ? "" : `; did you mean "${guess}"?`} (vendor extensions must start with "x-")`,
    [...path, key]
  );
}
function schemaList(value, path, fail, depth2) {
  if (!Array.isArray(value) || value.length === 0) {
    return fail(`expected a non-empty list of schemas, got ${describeValue(value)}`, path);
  }
  return value.map((member, index) => normalizeNode(member, [...path, index], fail, depth2 + 1));
}
function typeList(schema) {
  const type = schema.type;
  if (type === void 0) return void 0;
  return Array.isArray(type) ? type : [type];
}
function normalizeType(out, path, fail) {
  const at = [...path, "type"];
  if (out.type === void 0) {
    if (OBJECT_KEYWORDS.some((k) => out[k] !== void 0)) out.type = "object";
    else if (out.items !== void 0) out.type = "array";
    if (out.type !== void 0) {
      const { type, ...rest } = out;
      for (const key of Object.keys(out)) delete out[key];
      Object.assign(out, { type }, rest);
    }
    return;
  }
  const types = Array.isArray(out.type) ? out.type : [out.type];
  if (types.length === 0) fail('"type" is an empty list: name at least one type', at);
  const seen = /* @__PURE__ */ new Set();
  for (const type of types) {
    if (typeof type !== "string") fail(`a type must be a string, got ${describeValue(type)}`, at);
    if (!JSON_SCHEMA_TYPES.includes(type)) {
      const guess = guessType(type, JSON_SCHEMA_TYPES);
      const anyHint = type === "any" ? '; for any value, leave "type" out' : "";
      fail(
        `unknown type "${type}"${guess === void 0 ? "" : `; did you mean "${guess}"?`}${anyHint} (types: ${JSON_SCHEMA_TYPES.join(", ")})`,
        at
      );
    }
    if (seen.has(type)) fail(`type "${type}" is listed twice`, at);
    seen.add(type);
  }
  out.type = types.length === 1 ? types[0] : [...types];
}
function addNull(out, path, fail) {
  const types = typeList(out);
  if (types !== void 0) {
    if (!types.includes("null")) out.type = [...types, "null"];
  } else if (Array.isArray(out.enum)) {
    if (!out.enum.includes(null)) out.enum = [...out.enum, null];
  } else if (Array.isArray(out.anyOf)) {
    out.anyOf = [...out.anyOf, { type: "null" }];
  } else if (Array.isArray(out.oneOf)) {
    out.oneOf = [...out.oneOf, { type: "null" }];
  } else if (out.const !== void 0) {
    fail('"nullable: true" with "const": use "enum": [value, null] instead', [...path, "nullable"]);
  }
}
function checkApplicability(out, path, fail) {
  const types = typeList(out);
  const groups = [
    [STRING_KEYWORDS, ["string"], "string"],
    [NUMBER_KEYWORDS, ["number", "integer"], "number"],
    [ARRAY_KEYWORDS, ["array"], "array"],
    [OBJECT_KEYWORDS, ["object"], "object"]
  ];
  for (const [keywords, applies, name] of groups) {
    for (const keyword of keywords) {
      if (out[keyword] === void 0) continue;
      if (types === void 0) fail(`"${keyword}" needs "type": "${name}"`, [...path, keyword]);
      else if (!types.some((t) => applies.includes(t))) {
        fail(`"${keyword}" applies to ${name}s, but the type is ${JSON.stringify(out.type)}`, [...path, keyword]);
      }
    }
  }
}
function nonNegativeInteger(out, key, path, fail) {
  const value = out[key];
  if (value === void 0) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(`"${key}" must be a whole number >= 0, got ${describeValue(value)}`, [...path, key]);
  }
}
function finiteNumber(out, key, path, fail) {
  const value = out[key];
  if (value === void 0) return;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(`"${key}" must be a number, got ${describeValue(value)}`, [...path, key]);
  }
}
function normalizeStringKeywords(out, path, fail) {
  nonNegativeInteger(out, "minLength", path, fail);
  nonNegativeInteger(out, "maxLength", path, fail);
  if (out.pattern !== void 0) {
    if (typeof out.pattern !== "string") {
      fail(`"pattern" must be a regular expression string, got ${describeValue(out.pattern)}`, [...path, "pattern"]);
    }
    if (compilePattern(out.pattern) === void 0) {
      fail(`"pattern" ${JSON.stringify(out.pattern)} is not a valid regular expression`, [...path, "pattern"]);
    }
  }
}
function compilePattern(pattern) {
  try {
    return new RegExp(pattern, "u");
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return void 0;
    }
  }
}
function normalizeNumberKeywords(out, path, fail) {
  for (const [exclusive, inclusive] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"]
  ]) {
    if (typeof out[exclusive] === "boolean") {
      if (out[exclusive] === true) {
        if (out[inclusive] === void 0) fail(`"${exclusive}: true" needs "${inclusive}"`, [...path, exclusive]);
        out[exclusive] = out[inclusive];
        delete out[inclusive];
      } else {
        delete out[exclusive];
      }
    }
  }
  for (const key of NUMBER_KEYWORDS) finiteNumber(out, key, path, fail);
  if (typeof out.multipleOf === "number" && out.multipleOf <= 0) {
    fail(`"multipleOf" must be greater than 0, got ${out.multipleOf}`, [...path, "multipleOf"]);
  }
}
function normalizeArrayKeywords(out, path, fail, depth2) {
  nonNegativeInteger(out, "minItems", path, fail);
  nonNegativeInteger(out, "maxItems", path, fail);
  if (out.items === void 0) return;
  if (Array.isArray(out.items)) {
    fail('tuple "items" (a list of schemas) is not supported: give one item schema (anyOf for mixed items)', [
      ...path,
      "items"
    ]);
  }
  out.items = normalizeNode(out.items, [...path, "items"], fail, depth2 + 1);
}
function normalizeObjectKeywords(out, path, fail, depth2) {
  if (out.properties !== void 0) {
    if (!isPlainRecord(out.properties)) {
      fail(`"properties" must map names to schemas, got ${describeValue(out.properties)}`, [...path, "properties"]);
    }
    const properties = {};
    for (const [name, property] of Object.entries(out.properties)) {
      properties[name] = normalizeNode(property, [...path, "properties", name], fail, depth2 + 1);
    }
    out.properties = properties;
  }
  if (out.required !== void 0) {
    const at = [...path, "required"];
    if (!Array.isArray(out.required))
      fail(`"required" must be a list of property names, got ${describeValue(out.required)}`, at);
    const declared = isPlainRecord(out.properties) ? Object.keys(out.properties) : [];
    const seen = /* @__PURE__ */ new Set();
    for (const name of out.required) {
      if (typeof name !== "string") fail(`"required" must list property names, got ${describeValue(name)}`, at);
      if (seen.has(name)) fail(`"${name}" is listed twice in "required"`, at);
      seen.add(name);
      if (!declared.includes(name)) {
        const guess = closestMatch(name, declared);
        fail(
          `"required" lists "${name}", which "properties" does not declare` + (guess === void 0 ? '; add it to "properties"' : `; did you mean "${guess}"?`),
          at
        );
      }
    }
    out.required = [...seen];
  }
  const extra = out.additionalProperties;
  if (extra !== void 0 && typeof extra !== "boolean") {
    out.additionalProperties = normalizeNode(extra, [...path, "additionalProperties"], fail, depth2 + 1);
  }
}
function isPrimitive(value) {
  return value === null || typeof value === "string" || typeof value === "boolean" || Number.isFinite(value);
}
function fitsTypes(value, types) {
  return types.some((type) => {
    switch (type) {
      case "null":
        return value === null;
      case "integer":
        return Number.isInteger(value);
      case "number":
      case "string":
      case "boolean":
        return typeof value === type;
      default:
        return false;
    }
  });
}
function normalizeValueKeywords(out, path, fail) {
  const types = typeList(out);
  if (out.enum !== void 0) {
    const at = [...path, "enum"];
    if (!Array.isArray(out.enum) || out.enum.length === 0) {
      fail(`"enum" must be a non-empty list of values, got ${describeValue(out.enum)}`, at);
    }
    for (const [index, value] of out.enum.entries()) {
      if (!isPrimitive(value)) {
        fail(`enum values must be strings, numbers, booleans or null, got ${describeValue(value)}`, [...at, index]);
      }
      if (types !== void 0 && !fitsTypes(value, types)) {
        fail(`enum value ${JSON.stringify(value)} does not fit type ${JSON.stringify(out.type)}`, [...at, index]);
      }
    }
  }
  if (out.const !== void 0) {
    const at = [...path, "const"];
    if (!isPrimitive(out.const))
      fail(`"const" must be a string, number, boolean or null, got ${describeValue(out.const)}`, at);
    if (types !== void 0 && !fitsTypes(out.const, types)) {
      fail(`const ${JSON.stringify(out.const)} does not fit type ${JSON.stringify(out.type)}`, at);
    }
  }
}
function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function mergeSchemas(target, member, path, fail) {
  const out = { ...target };
  for (const [key, value] of Object.entries(member)) {
    const current = out[key];
    if (current === void 0) {
      out[key] = value;
      continue;
    }
    if (key === "properties" && isPlainRecord(current) && isPlainRecord(value)) {
      const merged = { ...current };
      for (const [name, property] of Object.entries(value)) {
        if (merged[name] !== void 0 && !sameJson(merged[name], property)) {
          fail(`property "${name}" is defined differently in two allOf members: define it once`, [
            ...path,
            "properties",
            name
          ]);
        }
        merged[name] = property;
      }
      out.properties = merged;
    } else if (key === "required" && Array.isArray(current) && Array.isArray(value)) {
      out.required = [.../* @__PURE__ */ new Set([...current, ...value])];
    } else if (key === "type") {
      const both = intersectTypes(Array.isArray(current) ? current : [current], Array.isArray(value) ? value : [value]);
      if (both.length === 0) {
        fail(`allOf members require types ${JSON.stringify(current)} and ${JSON.stringify(value)} at once`, path);
      }
      out.type = both.length === 1 ? both[0] : both;
    } else if (ANNOTATION_KEYWORDS.has(key) || key.startsWith("x-")) {
    } else if (!sameJson(current, value)) {
      fail(`allOf members give "${key}" different values: merge them into one schema`, [...path, key]);
    }
  }
  return out;
}
function intersectTypes(mine, theirs) {
  const both = /* @__PURE__ */ new Set();
  for (const type of mine) {
    if (theirs.includes(type)) both.add(type);
    else if (type === "integer" && theirs.includes("number") || type === "number" && theirs.includes("integer")) {
      both.add("integer");
    }
  }
  return [...both];
}

// src/engine/schema/fast-path.ts
var never = () => false;
var always = () => true;
function compileFastCheck(schema) {
  if (schema.const !== void 0) {
    const expected = schema.const;
    return (value) => value === expected;
  }
  if (Array.isArray(schema.enum)) {
    const allowed = new Set(schema.enum);
    return (value) => allowed.has(value);
  }
  if (Array.isArray(schema.anyOf)) {
    const members3 = schema.anyOf.map(compileFastCheck);
    return (value) => members3.some((member) => member(value));
  }
  if (schema.oneOf !== void 0) return never;
  if (schema.type === void 0) return always;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const nullable2 = types.includes("null");
  const members2 = types.filter((t) => t !== "null").map((t) => typed(t, schema));
  if (members2.length === 0) return (value) => value === null;
  const base = members2.length === 1 ? members2[0] : (value) => members2.some((member) => member(value));
  return nullable2 ? (value) => value === null || base(value) : base;
}
function typed(type, schema) {
  switch (type) {
    case "string":
      return stringCheck(schema);
    case "number":
    case "integer":
      return numberCheck(type, schema);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "array":
      return arrayCheck(schema);
    case "object":
      return objectCheck(schema);
    default:
      return never;
  }
}
function stringCheck(schema) {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  const pattern = typeof schema.pattern === "string" ? compilePattern(schema.pattern) : void 0;
  if (typeof schema.pattern === "string" && pattern === void 0) return never;
  if (pattern !== void 0) {
    return (value) => typeof value === "string" && value.length >= min && value.length <= max && pattern.test(value);
  }
  if (min === 0 && max === Number.POSITIVE_INFINITY) return (value) => typeof value === "string";
  return (value) => typeof value === "string" && value.length >= min && value.length <= max;
}
function numberCheck(type, schema) {
  const bound = (key, fallback) => typeof schema[key] === "number" ? schema[key] : fallback;
  const min = bound("minimum", Number.NEGATIVE_INFINITY);
  const max = bound("maximum", Number.POSITIVE_INFINITY);
  const above = bound("exclusiveMinimum", Number.NEGATIVE_INFINITY);
  const below = bound("exclusiveMaximum", Number.POSITIVE_INFINITY);
  const step = typeof schema.multipleOf === "number" ? schema.multipleOf : void 0;
  if (step !== void 0 && !Number.isSafeInteger(step)) return never;
  const kind = type === "integer" ? (value) => Number.isSafeInteger(value) : (value) => typeof value === "number" && Number.isFinite(value);
  return (value) => kind(value) && value >= min && value <= max && value > above && value < below && (step === void 0 || Number.isSafeInteger(value) && value % step === 0);
}
function arrayCheck(schema) {
  const item = schema.items === void 0 ? always : compileFastCheck(schema.items);
  const min = typeof schema.minItems === "number" ? schema.minItems : 0;
  const max = typeof schema.maxItems === "number" ? schema.maxItems : Number.POSITIVE_INFINITY;
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
}
function objectCheck(schema) {
  const requiredNames = new Set(schema.required ?? []);
  const properties = Object.entries(schema.properties ?? {}).map(
    ([key, property]) => ({ key, required: requiredNames.has(key), check: compileFastCheck(property) })
  );
  const declared = /* @__PURE__ */ Object.create(null);
  for (const { key } of properties) declared[key] = true;
  const extra = schema.additionalProperties;
  const mode = extra === false ? "strict" : extra === void 0 || extra === true ? "loose" : "catchall";
  const extraCheck = mode === "catchall" ? compileFastCheck(extra) : always;
  const count = properties.length;
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    const record6 = value;
    let present = 0;
    for (let i = 0; i < count; i++) {
      const property = properties[i];
      const item = record6[property.key];
      if (item === void 0) {
        if (property.required) return false;
        if (Object.hasOwn(record6, property.key)) present++;
        continue;
      }
      if (!property.check(item)) return false;
      present++;
    }
    if (mode === "loose") return true;
    if (mode === "strict") {
      let keys = 0;
      for (const _ in record6) keys++;
      return keys === present;
    }
    for (const key in record6) {
      if (declared[key] !== true && (key === "__proto__" || !extraCheck(record6[key]))) return false;
    }
    return true;
  };
}

// src/engine/schema/typescript.ts
var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
var INDENT = "  ";
function jsonSchemaToTypeScript(schema) {
  return render(schema, "", false);
}
function inlineTypeText(schema) {
  const text = render(schema, "", true);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function render(schema, indent, inline) {
  return members(schema, indent, inline).join(" | ");
}
function members(schema, indent, inline) {
  const out = [...new Set(rawMembers(schema, indent, inline))];
  return out.includes("unknown") ? ["unknown"] : out;
}
function rawMembers(schema, indent, inline) {
  if (schema === false) return ["never"];
  if (!isPlainRecord(schema)) return ["unknown"];
  if (schema.const !== void 0) return [literal(schema.const)];
  if (Array.isArray(schema.enum)) return schema.enum.map(literal);
  for (const key of ["anyOf", "oneOf"]) {
    const alternatives = schema[key];
    if (Array.isArray(alternatives) && alternatives.length > 0) {
      const base = withoutKeys(schema, [key, "nullable"]);
      const out2 = alternatives.flatMap((member) => members({ ...base, ...asRecord(member) }, indent, inline));
      return schema.nullable === true ? [...out2, "null"] : out2;
    }
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const base = withoutKeys(schema, ["allOf"]);
    const parts = [base, ...schema.allOf].filter((part) => !isEmptyAnnotation(part)).map((part) => members(part, indent, inline)).map((union3) => union3.length > 1 ? `(${union3.join(" | ")})` : union3[0]);
    const unique = [...new Set(parts)].filter((part) => part !== "unknown");
    return [unique.length === 0 ? "unknown" : unique.join(" & ")];
  }
  const type = schema.type;
  const types = Array.isArray(type) ? type : type === void 0 ? inferTypes(schema) : [type];
  if (types.length === 0) return ["unknown"];
  const out = types.map((t) => typed2(String(t), schema, indent, inline));
  if (schema.nullable === true) out.push("null");
  return out;
}
function inferTypes(schema) {
  if (schema.properties !== void 0 || schema.additionalProperties !== void 0) return ["object"];
  if (schema.items !== void 0 || schema.prefixItems !== void 0) return ["array"];
  return [];
}
function typed2(type, schema, indent, inline) {
  switch (type) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return type;
    case "integer":
      return inline ? "integer" : "number";
    case "array":
      return arrayType(schema, indent, inline);
    case "object":
      return objectType(schema, indent, inline);
    default:
      return "unknown";
  }
}
function arrayType(schema, indent, inline) {
  const tuple = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : void 0;
  if (tuple !== void 0) return `[${tuple.map((item) => render(item, indent, inline)).join(", ")}]`;
  return `Array<${schema.items === void 0 ? "unknown" : render(schema.items, indent, inline)}>`;
}
function objectType(schema, indent, inline) {
  const properties = isPlainRecord(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const names = Object.keys(properties);
  const extra = schema.additionalProperties;
  const inner = indent + INDENT;
  const lines = [];
  const memberTypes = [];
  for (const name of names) {
    const optional5 = !required.has(name);
    const text = render(properties[name], inner, inline);
    memberTypes.push(...members(properties[name], inner, inline));
    if (optional5) memberTypes.push("undefined");
    const property = properties[name];
    const description = isPlainRecord(property) && typeof property.description === "string" ? property.description : void 0;
    const doc = inline || description === void 0 ? "" : docComment(description, inner);
    lines.push(`${doc}${propertyKey(name)}${optional5 ? "?" : ""}: ${text};`);
  }
  let indexType;
  if (extra !== void 0 && extra !== false && !(names.length === 0 && extra === true)) {
    indexType = render(extra, inner, inline);
    if (indexType !== "unknown" && names.length > 0) {
      const all = /* @__PURE__ */ new Set([indexType, ...memberTypes]);
      indexType = all.has("unknown") ? "unknown" : [...all].join(" | ");
    }
  }
  if (names.length === 0) {
    if (extra === false) return "Record<string, never>";
    if (extra === void 0 || extra === true) return "Record<string, unknown>";
    return `Record<string, ${render(extra, indent, inline)}>`;
  }
  if (indexType !== void 0) lines.push(`[key: string]: ${indexType};`);
  if (inline) return `{ ${lines.join(" ")} }`;
  return `{
${lines.map((line2) => `${inner}${line2}`).join("\n")}
${indent}}`;
}
function docComment(description, indent) {
  const lines = description.replace(/\*\//g, "*\\/").split(/\r?\n/);
  if (lines.length === 1) return `/** ${lines[0]} */
${indent}`;
  return `/**
${lines.map((line2) => `${indent} *${line2 === "" ? "" : ` ${line2}`}`).join("\n")}
${indent} */
${indent}`;
}
function propertyKey(name) {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}
function literal(value) {
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return JSON.stringify(value);
  return "unknown";
}
function asRecord(value) {
  return isPlainRecord(value) ? value : {};
}
function withoutKeys(schema, keys) {
  const out = {};
  for (const [key, value] of Object.entries(schema)) if (!keys.includes(key)) out[key] = value;
  return out;
}
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "description",
  "title",
  "default",
  "examples",
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "definitions"
]);
function isEmptyAnnotation(schema) {
  return isPlainRecord(schema) && Object.keys(schema).every((key) => ANNOTATIONS.has(key));
}

// src/engine/schema/issues.ts
function zodIssuesToInputIssues(issues, input, schema) {
  const out = [];
  for (const issue of issues) {
    const path = issue.path.map((segment) => typeof segment === "symbol" ? String(segment) : segment);
    if (issue.code === "unrecognized_keys") {
      const parent = schemaAt(schema, path);
      const declared = parent === void 0 ? [] : Object.keys(parent.properties ?? {});
      for (const key of issue.keys) out.push(unknownKeyIssue([...path, key], key, declared));
      continue;
    }
    out.push(translate(issue, path, valueAt(input, path), schemaAt(schema, path)));
  }
  return out;
}
function unknownKeyIssue(path, key, declared) {
  const what = path.length === 1 ? "variable" : "field";
  const guess = closestMatch(key, declared);
  const hint2 = guess !== void 0 ? `; did you mean "${guess}"?` : declared.length === 0 ? `; no ${what}s are declared here` : ` (declared: ${declared.join(", ")})`;
  return { path, code: "unknown_key", message: `unknown ${what} "${key}": it is not in the input schema${hint2}` };
}
function translate(issue, path, value, at) {
  const expected = at === void 0 ? void 0 : inlineTypeText(at);
  const got = describeValue(value);
  if (value === void 0 && path.length > 0 && isTypeProblem(issue)) {
    const last = path[path.length - 1];
    const what = typeof last === "number" ? "item" : path.length === 1 ? "variable" : "field";
    const name = typeof last === "number" ? `${last}` : `"${last}"`;
    const type = expected === void 0 || expected === "unknown" ? "" : ` (${expected})`;
    return { path, code: "missing", message: `missing required ${what} ${name}${type}` };
  }
  switch (issue.code) {
    case "invalid_type": {
      if (path.length === 0)
        return { path, code: "invalid_type", message: `expected an object of variables, got ${got}` };
      const wanted2 = expected ?? (issue.expected === "int" ? "integer" : issue.expected);
      return { path, code: "invalid_type", message: `expected ${wanted2}, got ${got}` };
    }
    case "invalid_value": {
      const values = issue.values.map((v) => typeof v === "string" ? JSON.stringify(v) : String(v));
      const wanted2 = values.length === 1 ? values[0] : `one of ${values.join(", ")}`;
      return { path, code: "invalid_value", message: `expected ${wanted2}, got ${got}` };
    }
    case "too_small":
    case "too_big":
      return { path, code: issue.code, message: `${sizeRule(issue)}, got ${sizeOf(issue.origin, value, got)}` };
    case "invalid_format": {
      const pattern = "pattern" in issue && typeof issue.pattern === "string" ? issue.pattern : void 0;
      const rule = pattern === void 0 ? `must be a valid ${issue.format}` : `must match the pattern ${pattern}`;
      return { path, code: "invalid_format", message: `${rule}, got ${got}` };
    }
    case "not_multiple_of":
      return { path, code: "not_multiple_of", message: `must be a multiple of ${String(issue.divisor)}, got ${got}` };
    case "invalid_union": {
      if (issue.errors.length === 0) {
        return {
          path,
          code: "invalid_union",
          message: `matches more than one of the "oneOf" alternatives, got ${got}; it must match exactly one`
        };
      }
      const wanted2 = expected === void 0 ? "a value of one of the allowed types" : expected;
      return { path, code: "invalid_union", message: `expected ${wanted2}, got ${got}` };
    }
    default:
      return { path, code: "invalid", message: issue.message };
  }
}
function isTypeProblem(issue) {
  return issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union";
}
function sizeRule(issue) {
  const small = issue.code === "too_small";
  const limit = small ? issue.minimum : issue.maximum;
  const bound = String(limit);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case "string":
      return `must be ${small ? "at least" : "at most"} ${bound} characters long`;
    case "array":
      return `must have ${small ? "at least" : "at most"} ${bound} items`;
    default:
      return `must be ${small ? inclusive ? ">=" : ">" : inclusive ? "<=" : "<"} ${bound}`;
  }
}
function sizeOf(origin, value, got) {
  if (origin === "string" && typeof value === "string") return `${value.length} characters`;
  if (origin === "array" && Array.isArray(value)) return `${value.length} items`;
  return got;
}
function valueAt(input, path) {
  let value = input;
  for (const segment of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return void 0;
    value = value[segment];
  }
  return value;
}
function schemaAt(schema, path) {
  let node = schema;
  for (const segment of path) {
    if (node === void 0) return void 0;
    if (typeof segment === "number") {
      node = node.items;
      continue;
    }
    const properties = node.properties;
    if (properties !== void 0 && Object.hasOwn(properties, segment)) node = properties[segment];
    else if (typeof node.additionalProperties === "object") node = node.additionalProperties;
    else return void 0;
  }
  return node;
}

// src/engine/schema/standard.ts
function isStandardSchema(value) {
  if (typeof value !== "object" && typeof value !== "function" || value === null) return false;
  const standard = value["~standard"];
  return isPlainRecordOrObject(standard) && typeof standard.validate === "function";
}
function isPlainRecordOrObject(value) {
  return typeof value === "object" && value !== null;
}
function standardSchemaToJsonSchema(schema) {
  const attempts = [
    () => schema["~standard"].jsonSchema?.input?.({ target: "draft-2020-12" }),
    () => {
      const method = schema.toJSONSchema;
      return typeof method === "function" ? method.call(schema) : void 0;
    },
    () => shapeJsonSchema(schema)
  ];
  for (const attempt of attempts) {
    try {
      const result = attempt();
      if (isPlainRecord(result)) return result;
    } catch {
    }
  }
  return void 0;
}
function shapeJsonSchema(schema) {
  const shape = schema.shape;
  if (!isPlainRecord(shape)) return void 0;
  const properties = {};
  const required = [];
  for (const [key, member] of Object.entries(shape)) {
    properties[key] = {};
    const optin = member?._zod?.optin;
    if (optin !== "optional") required.push(key);
  }
  return { type: "object", properties, required };
}
function compileStandardSchema(schema, location = {}) {
  const standard = schema["~standard"];
  const asyncError = () => new PromptFormatError(
    `the input schema (${standard.vendor}) validates asynchronously, but prompts render synchronously: remove async refinements or transforms from it`,
    { ...location, field: location.field ?? "input.schema" }
  );
  const probe = standard.validate({});
  if (isThenable(probe)) {
    Promise.resolve(probe).catch(() => void 0);
    throw asyncError();
  }
  const derived = standardSchemaToJsonSchema(schema);
  const jsonSchema = derived ?? { type: "object" };
  const propertyMap = isPlainRecord(jsonSchema.properties) ? jsonSchema.properties : {};
  const properties = Object.keys(propertyMap);
  const required = Array.isArray(jsonSchema.required) ? jsonSchema.required.filter((name) => typeof name === "string") : [];
  let typeText;
  const compiled = {
    jsonSchema,
    properties,
    required,
    validate(value) {
      const result = standard.validate(value);
      if (isThenable(result)) {
        Promise.resolve(result).catch(() => void 0);
        throw asyncError();
      }
      if (result.issues === void 0) return { ok: true, value: result.value };
      return { ok: false, issues: result.issues.flatMap((issue) => toInputIssues(issue, value)) };
    },
    toTypeScript() {
      typeText ??= jsonSchemaToTypeScript(jsonSchema);
      return typeText;
    }
  };
  return compiled;
  function toInputIssues(issue, value) {
    if (standard.vendor === "zod" && issue.message === "Invalid input" && typeof issue.code === "string") {
      return zodIssuesToInputIssues([issue], value, jsonSchema);
    }
    return [toInputIssue(issue)];
  }
}
function toInputIssue(issue) {
  const path = (issue.path ?? []).map((segment) => {
    const key = typeof segment === "object" && segment !== null ? segment.key : segment;
    return typeof key === "number" ? key : String(key);
  });
  return { path, message: issue.message, code: typeof issue.code === "string" ? issue.code : "invalid" };
}
function isThenable(value) {
  return typeof value === "object" && value !== null && typeof value.then === "function";
}

// src/engine/schema/zod.ts
import * as z from "zod/mini";
function jsonSchemaToZod(schema) {
  if (schema.const !== void 0) return z.literal(schema.const);
  if (Array.isArray(schema.enum)) return z.literal(schema.enum);
  if (Array.isArray(schema.anyOf)) return z.union(schema.anyOf.map(jsonSchemaToZod));
  if (Array.isArray(schema.oneOf)) return z.xor(schema.oneOf.map(jsonSchemaToZod));
  const type = schema.type;
  if (type === void 0) return z.unknown();
  const types = Array.isArray(type) ? type : [type];
  const nullable2 = types.includes("null");
  const members2 = types.filter((t) => t !== "null").map((t) => typed3(t, schema));
  if (members2.length === 0) return z.null();
  const base = members2.length === 1 ? members2[0] : z.union(members2);
  return nullable2 ? z.nullable(base) : base;
}
function typed3(type, schema) {
  switch (type) {
    case "string":
      return stringSchema(schema);
    case "number":
    case "integer":
      return numberSchema(type, schema);
    case "boolean":
      return z.boolean();
    case "array": {
      const items = schema.items === void 0 ? z.unknown() : jsonSchemaToZod(schema.items);
      const checks = [];
      if (typeof schema.minItems === "number") checks.push(z.minLength(schema.minItems));
      if (typeof schema.maxItems === "number") checks.push(z.maxLength(schema.maxItems));
      const array4 = z.array(items);
      return checks.length > 0 ? array4.check(...checks) : array4;
    }
    case "object":
      return objectSchema(schema);
    default:
      throw new TypeError(`unnormalized JSON Schema type ${JSON.stringify(type)}`);
  }
}
function stringSchema(schema) {
  const checks = [];
  if (typeof schema.minLength === "number") checks.push(z.minLength(schema.minLength));
  if (typeof schema.maxLength === "number") checks.push(z.maxLength(schema.maxLength));
  if (typeof schema.pattern === "string") {
    const regex3 = compilePattern(schema.pattern);
    if (regex3 !== void 0) checks.push(z.regex(regex3));
  }
  const string7 = z.string();
  return checks.length > 0 ? string7.check(...checks) : string7;
}
function numberSchema(type, schema) {
  const checks = [];
  if (typeof schema.minimum === "number") checks.push(z.gte(schema.minimum));
  if (typeof schema.maximum === "number") checks.push(z.lte(schema.maximum));
  if (typeof schema.exclusiveMinimum === "number") checks.push(z.gt(schema.exclusiveMinimum));
  if (typeof schema.exclusiveMaximum === "number") checks.push(z.lt(schema.exclusiveMaximum));
  if (typeof schema.multipleOf === "number") checks.push(z.multipleOf(schema.multipleOf));
  const number3 = type === "integer" ? z.int() : z.number();
  return checks.length > 0 ? number3.check(...checks) : number3;
}
function objectSchema(schema) {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const shape = {};
  for (const [name, property] of Object.entries(properties)) {
    const inner = jsonSchemaToZod(property);
    if (!required.has(name)) shape[name] = z.optional(inner);
    else shape[name] = acceptsUndefined(property) ? z.nonoptional(inner) : inner;
  }
  const extra = schema.additionalProperties;
  if (extra === false) return z.strictObject(shape);
  if (extra === void 0 || extra === true) return z.looseObject(shape);
  return z.catchall(z.object(shape), jsonSchemaToZod(extra));
}
function acceptsUndefined(schema) {
  if (schema.const !== void 0 || schema.enum !== void 0) return false;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== void 0) return alternatives.some(acceptsUndefined);
  return schema.type === void 0;
}

// src/engine/schema/index.ts
var cache = /* @__PURE__ */ new WeakMap();
function compileInputSchema(schema, location = {}) {
  const where = { ...location, field: location.field ?? "input.schema" };
  if (typeof schema === "object" && schema !== null) {
    const cached = cache.get(schema);
    if (cached !== void 0) return cached;
  }
  let compiled;
  if (isStandardSchema(schema)) {
    compiled = compileStandardSchema(schema, where);
  } else {
    if (typeof schema === "string") {
      throw new PromptFormatError(
        `an input schema must declare named variables (e.g. \`customer: string\`), got the single type ${JSON.stringify(schema)}`,
        where
      );
    }
    if (!isPlainRecord(schema)) {
      throw new PromptFormatError(
        `an input schema must be Picoschema fields (e.g. \`customer: string\`) or a JSON Schema object, got ${describeValue(schema)}`,
        where
      );
    }
    const converted = picoschemaToJsonSchema(schema, where);
    compiled = fromNormalized(normalizeJsonSchema(converted, where, { top: true }));
  }
  if (typeof schema === "object" && schema !== null) cache.set(schema, compiled);
  return compiled;
}
function schemaFromVariables(required, optional5) {
  const properties = {};
  const requiredNames = /* @__PURE__ */ new Set();
  for (const name of required) {
    const root = rootName(name);
    if (root === void 0) continue;
    properties[root] = {};
    requiredNames.add(root);
  }
  for (const name of optional5) {
    const root = rootName(name);
    if (root !== void 0 && properties[root] === void 0) properties[root] = {};
  }
  const jsonSchema = { type: "object", properties };
  if (requiredNames.size > 0) jsonSchema.required = [...requiredNames];
  jsonSchema.additionalProperties = false;
  return fromNormalized(jsonSchema);
}
function rootName(name) {
  if (name === "." || name === "") return void 0;
  return name.split(".")[0] || void 0;
}
function fromNormalized(jsonSchema) {
  const zodSchema = jsonSchemaToZod(jsonSchema);
  const fast = compileFastCheck(jsonSchema);
  const properties = Object.keys(jsonSchema.properties ?? {});
  const required = (jsonSchema.required ?? []).slice();
  let typeText;
  return {
    jsonSchema,
    properties,
    required,
    validate(value) {
      if (fast(value)) return { ok: true, value };
      const result = zodSchema.safeParse(value, { reportInput: true });
      if (result.success) return { ok: true, value: result.data };
      return { ok: false, issues: zodIssuesToInputIssues(result.error.issues, value, jsonSchema) };
    },
    toTypeScript() {
      typeText ??= jsonSchemaToTypeScript(jsonSchema);
      return typeText;
    }
  };
}

// src/engine/template/parse.ts
import Mustache from "mustache";

// src/engine/template/lookup.ts
function parseNamePath(name) {
  return name === "." ? [] : name.split(".");
}
function readOwn(value, key) {
  return typeof value === "object" && value !== null && Object.hasOwn(value, key) ? value[key] : void 0;
}
function readOwnPath(value, path) {
  for (let i = 0; i < path.length && value !== void 0; i++) value = readOwn(value, path[i]);
  return value;
}
function lookupName(frames, key) {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i];
    if (typeof frame === "object" && frame !== null && Object.hasOwn(frame, key)) {
      return frame[key];
    }
  }
  return void 0;
}
function lookupPath(frames, path) {
  const first = path[0];
  if (first === void 0) return frames[frames.length - 1];
  let value = lookupName(frames, first);
  for (let i = 1; i < path.length && value !== void 0; i++) {
    value = readOwn(value, path[i]);
  }
  return value;
}

// src/engine/template/parse.ts
var DEFAULT_TAGS = ["{{", "}}"];
var parser;
function tokenParser() {
  if (parser === void 0) {
    const writer = new Mustache.Writer();
    writer.templateCache = void 0;
    parser = writer;
  }
  return parser;
}
function parseTemplate(source, location = {}) {
  let tokens;
  try {
    tokens = tokenParser().parse(source, DEFAULT_TAGS);
  } catch (error) {
    throw syntaxError(error, source, location);
  }
  return convertTokens(asTokenList(tokens));
}
function asTokenList(value) {
  return Array.isArray(value) ? value : [];
}
function convertTokens(tokens) {
  const nodes = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const type = token[0];
    const value = String(token[1] ?? "");
    switch (type) {
      case "text": {
        const last = nodes[nodes.length - 1];
        if (last?.kind === "text") nodes[nodes.length - 1] = { kind: "text", text: last.text + value };
        else nodes.push({ kind: "text", text: value });
        break;
      }
      case "name":
      case "&":
        nodes.push({ kind: "variable", name: value, path: parseNamePath(value), escaped: type === "name" });
        break;
      case "#":
      case "^":
        nodes.push({
          kind: "section",
          name: value,
          path: parseNamePath(value),
          inverted: type === "^",
          children: convertTokens(asTokenList(token[4]))
        });
        break;
      case ">":
        nodes.push({ kind: "partial", name: value, indentation: standaloneIndentation(token, tokens[i - 1]) });
        break;
      default:
        break;
    }
  }
  return nodes;
}
function standaloneIndentation(token, previous) {
  const indentation = typeof token[4] === "string" ? token[4] : "";
  if (indentation === "" || token[5] !== 0 || token[6] === true) return "";
  if (previous !== void 0 && previous[0] === "text" && previous[3] === token[2]) return "";
  return indentation.replace(/[^ \t]/g, "");
}
var MESSAGE_OFFSET = /\bat (\d+)$/;
function syntaxError(error, source, location) {
  const raw = error instanceof Error ? error.message : String(error);
  const offsetMatch = MESSAGE_OFFSET.exec(raw);
  const offset = offsetMatch ? Number(offsetMatch[1]) : void 0;
  const problem = describeSyntaxError(raw);
  const where = { ...location, field: location.field ?? "template" };
  let at = "";
  if (offset !== void 0) {
    const { line: line2, column } = lineAndColumn(source, offset);
    if (location.line !== void 0) {
      where.line = location.line + line2 - 1;
      where.column = line2 === 1 && location.column !== void 0 ? location.column + column - 1 : column;
    } else {
      at = ` (template line ${line2}, column ${column})`;
    }
  }
  return new PromptFormatError(`invalid mustache template${at}: ${problem}`, where, { cause: error });
}
function describeSyntaxError(raw) {
  let m = /^Unclosed tag/.exec(raw);
  if (m) return 'a tag is opened but never closed; close it (e.g. "{{name}}")';
  m = /^Unopened section "(.*)"/.exec(raw);
  if (m) return `"{{/${m[1]}}}" closes a section that was never opened; add "{{#${m[1]}}}" before it or remove it`;
  m = /^Unclosed section "(.*)"/.exec(raw);
  if (m) return `section "{{#${m[1]}}}" is not closed; add "{{/${m[1]}}}" at its end (sections close in nesting order)`;
  m = /^Invalid tags: (.*)/.exec(raw);
  if (m) return `invalid set-delimiter tag "${m[1]}"; use two delimiters separated by a space, e.g. "{{=<% %>=}}"`;
  return `${raw}; fix the template syntax`;
}
function lineAndColumn(source, offset) {
  let line2 = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line2++;
      lineStart = i + 1;
    }
  }
  return { line: line2, column: end - lineStart + 1 };
}

// src/engine/template/analyze.ts
function analyzeNodes(nodes) {
  const required = /* @__PURE__ */ new Set();
  const all = /* @__PURE__ */ new Set();
  const nested = /* @__PURE__ */ new Set();
  const references = [];
  walk(nodes, "root", { required, all, nested }, references);
  return {
    required: [...required],
    all: [...all],
    nested: [...nested].filter((name) => !all.has(name)),
    partials: [...new Set(references.map((r) => r.name))],
    references
  };
}
function analyzeTemplate(source, location) {
  const { required, all, nested, partials } = analyzeNodes(parseTemplate(source, location));
  return { required, all, nested, partials };
}
function walk(nodes, scope, names, references) {
  for (const node of nodes) {
    switch (node.kind) {
      case "variable":
        addName(node.path[0], scope, false, names);
        break;
      case "section": {
        addName(node.path[0], scope, true, names);
        const inner = node.inverted && scope !== "nested" ? "conditional" : "nested";
        walk(node.children, inner, names, references);
        break;
      }
      case "partial":
        references.push({ name: node.name, scope });
        break;
      default:
        break;
    }
  }
}
function addName(first, scope, isSection, names) {
  if (first === void 0) return;
  if (scope === "nested") {
    names.nested.add(first);
    return;
  }
  names.all.add(first);
  if (scope === "root" && !isSection) names.required.add(first);
}

// src/engine/template/partials.ts
function resolvePartialGraph(root, options) {
  const found = /* @__PURE__ */ new Map();
  const missing = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = root.partials.map((name) => ({
    name,
    includer: options.location.promptName
  }));
  for (let item = queue.shift(); item !== void 0; item = queue.shift()) {
    const { name, includer } = item;
    if (seen.has(name)) continue;
    seen.add(name);
    const source = options.resolve?.(name);
    if (source === void 0) {
      if (options.strict) throw missingPartialError(name, includer, options.location);
      missing.push(name);
      continue;
    }
    const nodes = parseTemplate(source, { promptName: name, field: "template" });
    const analysis = analyzeNodes(nodes);
    found.set(name, { name, source, nodes, analysis });
    for (const next of analysis.partials) queue.push({ name: next, includer: name });
  }
  const cycle = findEndlessCycle(root, found);
  if (cycle !== void 0) {
    const last = cycle[cycle.length - 1];
    throw new PromptFormatError(
      `partial include cycle ${cycle.map((n) => `"${n}"`).join(" \u2192 ")} is outside any section, so rendering it could never end; put the recursive "{{> ${last}}}" inside a section that ends (e.g. "{{#children}}{{> ${last}}}{{/children}}") or remove it`,
      { ...options.location, field: options.location.field ?? "template" }
    );
  }
  return { found, missing };
}
function missingPartialError(name, includer, location) {
  const by = includer === void 0 ? "" : ` (included by "${includer}")`;
  return new PromptFormatError(
    `partial "${name}" not found${by}; create it (e.g. ${name}.prompt.md; shared snippets usually live under partials/) or fix the name in "{{> ${name}}}"`,
    { ...location, field: location.field ?? "template" }
  );
}
function findEndlessCycle(root, found) {
  const unconditional = (analysis) => analysis.references.filter((r) => r.scope === "root").map((r) => r.name);
  const done = /* @__PURE__ */ new Set();
  const onPath = [];
  const visit = (name) => {
    const at = onPath.indexOf(name);
    if (at >= 0) return [...onPath.slice(at), name];
    if (done.has(name)) return void 0;
    const partial = found.get(name);
    if (partial === void 0) return void 0;
    onPath.push(name);
    for (const next of unconditional(partial.analysis)) {
      const cycle = visit(next);
      if (cycle !== void 0) return cycle;
    }
    onPath.pop();
    done.add(name);
    return void 0;
  };
  for (const name of [...unconditional(root), ...found.keys()]) {
    const cycle = visit(name);
    if (cycle !== void 0) return cycle;
  }
  return void 0;
}
function mergePartialAnalysis(root, graph) {
  const required = /* @__PURE__ */ new Set();
  const all = /* @__PURE__ */ new Set();
  const nested = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Set();
  const add = (analysis, inclusion) => {
    if (inclusion === "required") for (const name of analysis.required) required.add(name);
    for (const name of analysis.all) (inclusion === "nested" ? nested : all).add(name);
    for (const name of analysis.nested) nested.add(name);
    for (const ref of analysis.references) {
      const partial = graph.found.get(ref.name);
      const inner = combine(inclusion, ref.scope);
      const key = `${inner}:${ref.name}`;
      if (partial === void 0 || added.has(key)) continue;
      added.add(key);
      add(partial.analysis, inner);
    }
  };
  add(root, "required");
  return {
    required: [...required],
    all: [...all],
    nested: [...nested].filter((name) => !all.has(name)),
    partials: root.partials
  };
}
function combine(outer, scope) {
  if (outer === "nested" || scope === "nested") return "nested";
  if (outer === "conditional" || scope === "conditional") return "conditional";
  return "required";
}

// src/engine/template/value.ts
function toText(value) {
  if (typeof value === "string") return value;
  if (value === null || value === void 0) return "";
  switch (typeof value) {
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      return objectToText(value);
    default:
      return "";
  }
}
function objectToText(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return safeStringify(value);
  }
}
function safeStringify(value) {
  const seen = /* @__PURE__ */ new WeakSet();
  return JSON.stringify(value, (_key, item) => {
    if (typeof item === "bigint") return item.toString();
    if (typeof item === "object" && item !== null) {
      if (seen.has(item)) return "[Circular]";
      seen.add(item);
    }
    return item;
  }) ?? "";
}
function isEmptyValue(value) {
  return !value || typeof value === "function" || Array.isArray(value) && value.length === 0;
}

// src/engine/template/compile.ts
var MAX_PARTIAL_DEPTH = 64;
var MAX_PARTIAL_RENDERS = 1e5;
function compileTemplate(source, options = {}) {
  const location = options.location ?? {};
  const nodes = parseTemplate(source, location);
  const local = analyzeNodes(nodes);
  const graph = resolvePartialGraph(local, {
    resolve: options.partial,
    strict: options.strict ?? true,
    location
  });
  const analysis = mergePartialAnalysis(local, graph);
  const flat = compileFlat(nodes, options.escape);
  if (flat !== void 0) return { source, analysis, missingPartials: graph.missing, render: flat };
  const root = new NodeCompiler(graph, options.escape, location).compile(nodes);
  return {
    source,
    analysis,
    missingPartials: graph.missing,
    render(view) {
      return root({ frames: [view], depth: 0, includes: 0 });
    }
  };
}
function compileFlat(nodes, escapeText) {
  const texts = [""];
  const parts = [];
  for (const node of nodes) {
    if (node.kind === "text") {
      texts[texts.length - 1] += node.text;
    } else if (node.kind === "variable") {
      parts.push(flatVariable(node.path, node.escaped ? escapeText : void 0));
      texts.push("");
    } else {
      return void 0;
    }
  }
  return sequence(texts, parts);
}
function flatVariable(path, escapeText) {
  const key = path[0];
  if (path.length === 1 && key !== void 0) {
    return escapeText === void 0 ? (view) => toText(readOwn(view, key)) : (view) => escapeText(toText(readOwn(view, key)));
  }
  return escapeText === void 0 ? (view) => toText(readOwnPath(view, path)) : (view) => escapeText(toText(readOwnPath(view, path)));
}
var NodeCompiler = class {
  constructor(graph, escapeText, location) {
    this.graph = graph;
    this.escapeText = escapeText;
    this.location = location;
  }
  graph;
  escapeText;
  location;
  partialCache = /* @__PURE__ */ new Map();
  compile(nodes) {
    const texts = [""];
    const parts = [];
    for (const node of nodes) {
      if (node.kind === "text") {
        texts[texts.length - 1] += node.text;
      } else {
        parts.push(this.compileNode(node));
        texts.push("");
      }
    }
    return sequence(texts, parts);
  }
  compileNode(node) {
    switch (node.kind) {
      case "variable":
        return this.variable(node.path, node.escaped ? this.escapeText : void 0);
      case "section":
        return node.inverted ? this.inverted(node.path, this.compile(node.children)) : this.section(node.path, node);
      case "partial":
        return this.partial(node.name, node.indentation);
    }
  }
  variable(path, escapeText) {
    const key = path[0];
    if (path.length === 1 && key !== void 0) {
      return escapeText === void 0 ? (s) => toText(lookupName(s.frames, key)) : (s) => escapeText(toText(lookupName(s.frames, key)));
    }
    return escapeText === void 0 ? (s) => toText(lookupPath(s.frames, path)) : (s) => escapeText(toText(lookupPath(s.frames, path)));
  }
  inverted(path, body) {
    return (s) => isEmptyValue(lookupPath(s.frames, path)) ? body(s) : "";
  }
  section(path, node) {
    const body = this.compile(node.children);
    return (s) => {
      const value = lookupPath(s.frames, path);
      if (isEmptyValue(value)) return "";
      const frames = s.frames;
      if (Array.isArray(value)) {
        let out2 = "";
        for (let i = 0; i < value.length; i++) {
          frames.push(value[i]);
          out2 += body(s);
          frames.pop();
        }
        return out2;
      }
      frames.push(value);
      const out = body(s);
      frames.pop();
      return out;
    };
  }
  partial(name, indentation) {
    let compiled;
    return (s) => {
      if (compiled === void 0) compiled = this.partialFn(name, indentation);
      if (compiled === null) return "";
      if (s.depth >= MAX_PARTIAL_DEPTH) throw this.limitError(name, `nest deeper than ${MAX_PARTIAL_DEPTH} levels`);
      if (++s.includes > MAX_PARTIAL_RENDERS) {
        throw this.limitError(name, `are included more than ${MAX_PARTIAL_RENDERS} times in one render`);
      }
      s.depth++;
      const out = compiled(s);
      s.depth--;
      return out;
    };
  }
  /** The render function of a partial with the given standalone indentation, compiled once, or null if missing. */
  partialFn(name, indentation) {
    const key = `${indentation}\0${name}`;
    const cached = this.partialCache.get(key);
    if (cached !== void 0) return cached;
    const resolved = this.graph.found.get(name);
    let fn2 = null;
    if (resolved !== void 0) {
      const nodes = indentation === "" ? resolved.nodes : parseTemplate(indentLines(resolved.source, indentation), { promptName: name, field: "template" });
      fn2 = this.compile(nodes);
    }
    this.partialCache.set(key, fn2);
    return fn2;
  }
  limitError(name, what) {
    return new PromptFormatError(
      `partials ${what} (at "{{> ${name}}}"); a recursive partial must stop: include it inside a section over data that ends (e.g. "{{#children}}{{> node}}{{/children}}"), and check the data has no cycles`,
      { ...this.location, field: this.location.field ?? "template" }
    );
  }
};
function sequence(texts, parts) {
  const [t0 = "", t1 = "", t2 = "", t3 = "", t4 = "", t5 = "", t6 = ""] = texts;
  const [p0, p1, p2, p3, p4, p5] = parts;
  switch (parts.length) {
    case 0:
      return () => t0;
    case 1:
      return t0 === "" && t1 === "" ? p0 : (s) => t0 + p0(s) + t1;
    case 2:
      return (s) => t0 + p0(s) + t1 + p1(s) + t2;
    case 3:
      return (s) => t0 + p0(s) + t1 + p1(s) + t2 + p2(s) + t3;
    case 4:
      return (s) => t0 + p0(s) + t1 + p1(s) + t2 + p2(s) + t3 + p3(s) + t4;
    case 5:
      return (s) => t0 + p0(s) + t1 + p1(s) + t2 + p2(s) + t3 + p3(s) + t4 + p4(s) + t5;
    case 6:
      return (s) => t0 + p0(s) + t1 + p1(s) + t2 + p2(s) + t3 + p3(s) + t4 + p4(s) + t5 + p5(s) + t6;
    default: {
      const count = parts.length;
      return (s) => {
        let out = t0;
        for (let i = 0; i < count; i++) out += parts[i](s) + texts[i + 1];
        return out;
      };
    }
  }
}
function indentLines(source, indentation) {
  return source.split("\n").map((line2) => line2.length > 0 ? indentation + line2 : line2).join("\n");
}

// src/engine/prompt.ts
var NO_VARIABLES = Object.freeze({});
function compilePrompt(record6, options = {}) {
  const strict = options.strict ?? true;
  const base = { promptName: record6.name };
  if (options.file !== void 0) base.file = options.file;
  const resolve = partialResolver(options.partials, base);
  const compile = (source, field, line2) => {
    const location = { ...base, field };
    if (line2 !== void 0) location.line = line2;
    return compileTemplate(source, { partial: resolve, strict, location });
  };
  let text;
  let messages;
  if (record6.type === "text") {
    if (typeof record6.template !== "string") {
      throw new PromptFormatError('a text prompt needs a "template" string; add the template text', {
        ...base,
        field: "template"
      });
    }
    text = compile(record6.template, "template", options.templateLine);
  } else if (record6.type === "chat") {
    messages = compileMessages(record6.messages, base, compile);
  } else {
    throw new PromptFormatError(`unknown prompt type ${JSON.stringify(record6.type)}; use "text" or "chat"`, {
      ...base,
      field: "type"
    });
  }
  const templates = text !== void 0 ? [text] : templatesOf(messages ?? []);
  const used = unionAnalysis(templates);
  const declared = record6.input?.schema !== void 0 && record6.input?.schema !== null;
  const inputSchema2 = inputSchemaOf(record6, used, base);
  const variables = declared && listsProperties(inputSchema2) ? inputSchema2.properties : used.all;
  const defaults = defaultsOf(record6, base);
  return new Prompt(record6, inputSchema2, variables, used.partials, strict, defaults, text, messages);
}
function partialNamesOf(record6) {
  const names = /* @__PURE__ */ new Set();
  const add = (source, field) => {
    if (typeof source !== "string") return;
    for (const name of analyzeTemplate(source, { promptName: record6.name, field }).partials) names.add(name);
  };
  add(record6.template, "template");
  if (Array.isArray(record6.messages)) {
    record6.messages.forEach((message, i) => {
      if (typeof message === "object" && message !== null && "content" in message) {
        add(message.content, `messages[${i}].content`);
      }
    });
  }
  return [...names];
}
var Prompt = class {
  constructor(record6, inputSchema2, variables, partials, strict, defaults, text, messages) {
    this.record = record6;
    this.inputSchema = inputSchema2;
    this.variables = variables;
    this.partials = partials;
    this.strict = strict;
    this.defaults = defaults;
    this.text = text;
    this.messages = messages;
  }
  record;
  inputSchema;
  variables;
  partials;
  strict;
  defaults;
  text;
  messages;
  render(vars, options) {
    const text = this.text;
    if (text === void 0) {
      throw new PromptOpsError(
        `prompt "${this.label()}" is a chat prompt: call renderMessages(vars, placeholders) instead of render()`
      );
    }
    const input = this.input(vars, options?.strict ?? this.strict, void 0);
    return text.render(input);
  }
  renderMessages(vars, placeholders, options) {
    const messages = this.messages;
    if (messages === void 0) {
      throw new PromptOpsError(
        `prompt "${this.label()}" is a text prompt: call render(vars) instead of renderMessages()`
      );
    }
    const strict = options?.strict ?? this.strict;
    const issues = [];
    const inserted = placeholderValues(messages, placeholders, strict, issues);
    const input = this.input(vars, strict, issues);
    const out = [];
    for (const message of messages) {
      if (message.kind === "message") {
        out.push({ role: message.role, content: message.template.render(input) });
      } else {
        for (const m of inserted.get(message.name) ?? []) out.push({ role: m.role, content: m.content });
      }
    }
    return out;
  }
  /**
   * Merge defaults and variables, validate when strict, and throw every problem found (together with the
   * `extraIssues` found before, e.g. placeholder problems) in one {@link PromptInputError}.
   */
  input(vars, strict, extraIssues) {
    if (vars !== void 0 && (typeof vars !== "object" || vars === null || Array.isArray(vars))) {
      const issue = { path: [], code: "invalid_type", message: `variables must be an object, got ${describe(vars)}` };
      throw new PromptInputError(this.record.name, this.record.version, [...extraIssues ?? [], issue]);
    }
    const input = this.defaults === void 0 ? vars ?? NO_VARIABLES : withDefaults(this.defaults, vars);
    let value = input;
    let issues = extraIssues;
    if (strict) {
      const result = this.inputSchema.validate(input);
      if (result.ok) value = result.value;
      else issues = issues === void 0 ? result.issues : [...result.issues, ...issues];
    }
    if (issues !== void 0 && issues.length > 0) {
      throw new PromptInputError(this.record.name, this.record.version, issues);
    }
    return value;
  }
  label() {
    return `${this.record.name}@${this.record.version}`;
  }
};
function partialResolver(lookup, base) {
  if (lookup === void 0) return void 0;
  return (name) => {
    const partial = lookup(name);
    if (partial === void 0) return void 0;
    if (partial.type !== "text" || typeof partial.template !== "string") {
      throw new PromptFormatError(
        `partial "${name}" is a ${String(partial.type)} prompt without a template; only text prompts can be included with "{{> ${name}}}": include a text prompt or remove the tag`,
        { ...base, field: "template" }
      );
    }
    return partial.template;
  };
}
function compileMessages(messages, base, compile) {
  if (!Array.isArray(messages)) {
    throw new PromptFormatError(
      'a chat prompt needs a "messages" list of { role, content } or { placeholder } entries; add one',
      { ...base, field: "messages" }
    );
  }
  return messages.map((entry, i) => {
    const field = `messages[${i}]`;
    if (typeof entry === "object" && entry !== null) {
      const m = entry;
      if (typeof m.placeholder === "string" && m.content === void 0 && m.role === void 0) {
        return { kind: "placeholder", name: m.placeholder };
      }
      if (typeof m.role === "string" && m.role !== "" && typeof m.content === "string") {
        return { kind: "message", role: m.role, template: compile(m.content, `${field}.content`) };
      }
    }
    throw new PromptFormatError(
      `a message must be { role: string, content: string } or { placeholder: string }, got ${describe(entry)}; fix the entry`,
      { ...base, field }
    );
  });
}
function templatesOf(messages) {
  const templates = [];
  for (const m of messages) if (m.kind === "message") templates.push(m.template);
  return templates;
}
function unionAnalysis(templates) {
  const required = /* @__PURE__ */ new Set();
  const all = /* @__PURE__ */ new Set();
  const nested = /* @__PURE__ */ new Set();
  const partials = /* @__PURE__ */ new Set();
  for (const t of templates) {
    for (const name of t.analysis.required) required.add(name);
    for (const name of t.analysis.all) all.add(name);
    for (const name of t.analysis.nested) nested.add(name);
    for (const name of t.analysis.partials) partials.add(name);
  }
  const optional5 = [.../* @__PURE__ */ new Set([...all, ...nested])].filter((name) => !required.has(name));
  return { required: [...required], optional: optional5, all: [...all], partials: [...partials] };
}
function inputSchemaOf(record6, used, base) {
  const declared = record6.input?.schema;
  if (declared === void 0 || declared === null) return schemaFromVariables(used.required, used.optional);
  const schema = compileInputSchema(declared, { ...base, field: "input.schema" });
  if (!listsProperties(schema)) return schema;
  const known = new Set(schema.properties);
  const undeclared = used.all.filter((name) => !known.has(name));
  if (undeclared.length > 0) {
    const list = undeclared.map((n) => `"${n}"`).join(", ");
    const [it, them] = undeclared.length === 1 ? ["variable", "it"] : ["variables", "them"];
    throw new PromptFormatError(
      `the template uses ${it} ${list} that input.schema does not declare; declare ${them} under input.schema or remove ${them} from the template`,
      { ...base, field: "input.schema" }
    );
  }
  return schema;
}
function withDefaults(defaults, vars) {
  const input = { ...defaults, ...vars };
  if (vars !== void 0) {
    for (const key in defaults) {
      if (input[key] === void 0 && Object.hasOwn(defaults, key)) input[key] = defaults[key];
    }
  }
  return input;
}
function listsProperties(schema) {
  const properties = schema.jsonSchema.properties;
  return typeof properties === "object" && properties !== null;
}
function defaultsOf(record6, base) {
  const defaults = record6.input?.default;
  if (defaults === void 0 || defaults === null) return void 0;
  if (typeof defaults !== "object" || Array.isArray(defaults)) {
    throw new PromptFormatError(`input.default must be an object of variable values, got ${describe(defaults)}`, {
      ...base,
      field: "input.default"
    });
  }
  return Object.keys(defaults).length === 0 ? void 0 : defaults;
}
function placeholderValues(messages, placeholders, strict, issues) {
  const values = /* @__PURE__ */ new Map();
  for (const message of messages) {
    if (message.kind !== "placeholder" || values.has(message.name)) continue;
    const name = message.name;
    const value = placeholders !== void 0 && placeholders !== null && Object.hasOwn(placeholders, name) ? placeholders[name] : void 0;
    if (value === void 0) {
      if (strict) {
        issues.push({
          path: [name],
          code: "missing",
          message: `placeholder "${name}" needs an array of { role, content } messages (pass [] for none)`
        });
      }
      continue;
    }
    if (!Array.isArray(value)) {
      issues.push({
        path: [name],
        code: "invalid_type",
        message: `placeholder "${name}" must be an array of { role, content } messages, got ${describe(value)}`
      });
      continue;
    }
    let valid2 = true;
    value.forEach((m, i) => {
      if (typeof m !== "object" || m === null) {
        valid2 = false;
        issues.push({
          path: [name, i],
          code: "invalid_type",
          message: `must be { role, content }, got ${describe(m)}`
        });
        return;
      }
      const { role, content } = m;
      if (typeof role !== "string" || role === "") {
        valid2 = false;
        issues.push({ path: [name, i, "role"], code: "invalid_type", message: `must be a non-empty string` });
      }
      if (typeof content !== "string") {
        valid2 = false;
        issues.push({ path: [name, i, "content"], code: "invalid_type", message: `must be a string` });
      }
    });
    if (valid2) values.set(name, value);
  }
  return values;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// src/engine/record-schema.ts
import valid from "semver/functions/valid.js";
import * as z2 from "zod/mini";

// src/engine/name.ts
var MAX_NAME_LENGTH = 200;
var NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/;
function isValidName(name) {
  return typeof name === "string" && name.length <= MAX_NAME_LENGTH && NAME_PATTERN.test(name);
}
function explainInvalidName(name) {
  if (typeof name !== "string") return `a prompt name must be a string, got ${typeof name}`;
  if (name.length === 0) return "a prompt name must not be empty";
  if (name.length > MAX_NAME_LENGTH)
    return `a prompt name must be at most ${MAX_NAME_LENGTH} characters, got ${name.length}`;
  if (NAME_PATTERN.test(name)) return void 0;
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}\u2026` : name);
  return `invalid prompt name ${shown}: use lowercase segments of [a-z0-9][a-z0-9._-]* joined by "/" (e.g. "support/greeting"); no leading "/", no empty, "." or ".." segments`;
}

// src/engine/record-schema.ts
var RECORD_FIELDS = [
  "name",
  "version",
  "labels",
  "type",
  "template",
  "messages",
  "input",
  "output",
  "model",
  "metadata",
  "hash"
];
var LABEL_PATTERN = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
var HASH_PATTERN = /^sha256-[0-9a-f]{64}$/;
var PLACEHOLDER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var MAX_DATA_DEPTH = 64;
var isExactSemver = (value) => valid(value) === value;
var nameSchema = z2.string({
  error: (iss) => iss.input === void 0 ? 'missing "name": give the prompt a name such as "support/greeting"' : explainInvalidName(iss.input)
}).check(z2.refine(isValidName, { error: (iss) => explainInvalidName(iss.input) }));
var versionSchema = z2.string({
  error: (iss) => iss.input === void 0 ? 'missing "version": every prompt needs a semver version such as `version: 1.0.0`' : typeof iss.input === "number" ? `"version" must be a semver string such as "1.0.0", got the number ${String(iss.input)} (YAML reads an unquoted 1.0 or 2 as a number): write all three parts (${versionGuess(iss.input)}) or quote it` : `"version" must be a semver string such as "1.0.0", got ${describeValue(iss.input)}`
}).check(
  z2.refine(isExactSemver, {
    error: (iss) => {
      const cleaned = typeof iss.input === "string" ? valid(iss.input) : null;
      return `"version" must be a semver version MAJOR.MINOR.PATCH[-prerelease], e.g. "1.0.0", got ${JSON.stringify(iss.input)}` + (cleaned === null ? "" : `; write "${cleaned}"`);
    }
  })
);
function versionGuess(value) {
  const text = String(value);
  return text.includes(".") ? `${text}.0` : `${text}.0.0`;
}
var labelsSchema = z2.array(
  z2.string({ error: (iss) => `a label must be a string, got ${describeValue(iss.input)}` }).check(
    z2.refine((label) => LABEL_PATTERN.test(label), {
      error: (iss) => `invalid label ${JSON.stringify(iss.input)}: a label is a letter followed by letters, digits, ".", "_" or "-" (e.g. "production")`
    })
  ),
  {
    error: (iss) => `"labels" must be a list of labels such as [production, staging], got ${describeValue(iss.input)}`
  }
);
var typeSchema = z2.enum(["text", "chat"], {
  error: (iss) => `unknown prompt type ${JSON.stringify(iss.input)}: use "text" (with a template) or "chat" (with messages)` + (typeof iss.input === "string" ? hint(iss.input, ["text", "chat"]) : "")
});
var templateSchema = z2.string({
  error: (iss) => `"template" must be a string (a mustache template), got ${describeValue(iss.input)}` + (Array.isArray(iss.input) ? '; for a list of messages use "messages" and type: chat' : "; quote it in YAML")
});
var messageSchema = z2.unknown().check(
  z2.superRefine((value, ctx) => {
    const problem = explainMessageProblem(value);
    if (problem !== void 0)
      ctx.addIssue({ code: "custom", message: problem.message, path: problem.path, input: value });
  })
);
var messagesSchema = z2.array(messageSchema, {
  error: (iss) => `"messages" must be a list of { role, content } or { placeholder } entries, got ${describeValue(iss.input)}`
});
var jsonData = (what) => z2.unknown().check(
  z2.superRefine((value, ctx) => {
    const problem = findNonJson(value, [], 0);
    if (problem !== void 0) {
      ctx.addIssue({
        code: "custom",
        message: `${what} must be plain data (strings, numbers, booleans, null, lists, objects): ${problem.message}`,
        path: problem.path,
        input: value
      });
    }
  })
);
var defaultsSchema = z2.record(z2.string(), z2.unknown(), {
  error: (iss) => `"input.default" must map variable names to values, got ${describeValue(iss.input)}`
});
var inputSchema = z2.strictObject(
  { schema: z2.optional(z2.unknown()), default: z2.optional(defaultsSchema) },
  { error: (iss) => objectError(iss, '"input"', ["schema", "default"]) }
);
var outputSchema = z2.strictObject(
  { schema: z2.optional(z2.unknown()) },
  { error: (iss) => objectError(iss, '"output"', ["schema"]) }
);
var optionalString = (field) => z2.optional(z2.string({ error: (iss) => `"${field}" must be a string, got ${describeValue(iss.input)}` }));
var metadataSchema = z2.looseObject(
  {
    description: optionalString("metadata.description"),
    owner: optionalString("metadata.owner"),
    tags: z2.optional(
      z2.array(z2.string({ error: (iss) => `a tag must be a string, got ${describeValue(iss.input)}` }), {
        error: (iss) => `"metadata.tags" must be a list of strings, got ${describeValue(iss.input)}`
      })
    )
  },
  { error: (iss) => `"metadata" must be an object (description, owner, tags, \u2026), got ${describeValue(iss.input)}` }
);
var hashSchema = z2.string({ error: (iss) => `"hash" must be a string, got ${describeValue(iss.input)}` }).check(
  z2.refine((hash) => HASH_PATTERN.test(hash), {
    error: (iss) => `"hash" must be "sha256-" followed by 64 lowercase hex digits, got ${JSON.stringify(iss.input)}; remove it to let promptops compute it`
  })
);
var recordSchema = z2.strictObject(
  {
    name: nameSchema,
    version: versionSchema,
    labels: z2.optional(labelsSchema),
    type: z2.optional(typeSchema),
    template: z2.optional(templateSchema),
    messages: z2.optional(messagesSchema),
    input: z2.optional(inputSchema),
    output: z2.optional(outputSchema),
    model: z2.optional(jsonData('"model"')),
    metadata: z2.optional(metadataSchema),
    hash: z2.optional(hashSchema)
  },
  { error: (iss) => objectError(iss, "a prompt record", RECORD_FIELDS) }
);
function objectError(iss, what, allowed) {
  if (iss.code === "unrecognized_keys") {
    const key = iss.keys[0] ?? "";
    return `unknown field "${key}" in ${what}${hint(key, allowed)} Allowed fields: ${allowed.join(", ")}.`;
  }
  return `${what} must be an object, got ${describeValue(iss.input)}`;
}
function hint(input, candidates) {
  const guess = closestMatch(input, candidates);
  return guess === void 0 ? "." : `; did you mean "${guess}"?`;
}
function parseRecord(value, location) {
  const where = typeof location === "string" ? { file: location } : { ...location };
  const promptName = isPlainRecord(value) && isValidName(value.name) ? value.name : void 0;
  const fail = (detail, path) => {
    const field = formatFieldPath(path);
    throw new PromptFormatError(detail, { ...where, field: field === "" ? void 0 : field, promptName });
  };
  if (!isPlainRecord(value)) {
    return fail(`a prompt record must be an object with name, version, type, \u2026, got ${describeValue(value)}`, []);
  }
  const result = recordSchema.safeParse(withoutNulls(value));
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.map((segment) => typeof segment === "symbol" ? String(segment) : segment);
    if (issue.code === "unrecognized_keys") path.push(issue.keys[0] ?? "");
    return fail(issue.message, path);
  }
  const data = result.data;
  const type = resolveType(data, fail);
  const labels = data.labels;
  if (labels !== void 0) {
    const seen = /* @__PURE__ */ new Set();
    for (const [index, label] of labels.entries()) {
      if (seen.has(label)) fail(`label "${label}" is listed twice: list each label once`, ["labels", index]);
      seen.add(label);
    }
  }
  if (data.metadata !== void 0) {
    const problem = findNonJson(data.metadata, [], 0);
    if (problem !== void 0) {
      fail(`"metadata" must be plain data (strings, numbers, booleans, null, lists, objects): ${problem.message}`, [
        "metadata",
        ...problem.path
      ]);
    }
  }
  checkInput(data.input, where, promptName, fail);
  checkOutput(data.output, where, promptName);
  const record6 = { name: data.name, version: data.version };
  if (labels !== void 0) record6.labels = [...labels];
  record6.type = type;
  if (type === "text") record6.template = data.template;
  else record6.messages = data.messages.map((message) => ({ ...message }));
  if (data.input !== void 0) record6.input = { ...data.input };
  if (data.output !== void 0) record6.output = { ...data.output };
  if (data.model !== void 0) record6.model = data.model;
  if (data.metadata !== void 0) record6.metadata = { ...data.metadata };
  if (data.hash !== void 0) record6.hash = data.hash;
  return record6;
}
function withoutNulls(value) {
  let out;
  for (const [key, item] of Object.entries(value)) {
    if (item !== null || key === "name" || key === "version") continue;
    out ??= { ...value };
    delete out[key];
  }
  return out ?? value;
}
function resolveType(data, fail) {
  const hasTemplate = data.template !== void 0;
  const hasMessages = data.messages !== void 0;
  let type = data.type;
  if (type === void 0) {
    if (hasTemplate && hasMessages) {
      fail(
        'the record has both "template" and "messages": set type: text (template) or type: chat (messages) and remove the other',
        ["type"]
      );
    }
    if (!hasTemplate && !hasMessages) {
      fail('the prompt has no content: give a "template" (a text prompt) or "messages" (a chat prompt)', ["template"]);
    }
    type = hasTemplate ? "text" : "chat";
  }
  if (type === "text") {
    if (!hasTemplate) {
      fail(
        hasMessages ? 'a text prompt takes a "template", not "messages": set type: chat, or replace messages with a template' : 'a text prompt needs a "template" (a mustache template string)',
        [hasMessages ? "messages" : "template"]
      );
    }
    if (hasMessages)
      fail('a text prompt has no "messages": remove them, or set type: chat and remove the template', ["messages"]);
  } else {
    if (hasTemplate) {
      fail('a chat prompt takes "messages", not a "template": move the text into a message, or set type: text', [
        "template"
      ]);
    }
    if (!hasMessages) {
      fail('a chat prompt needs "messages": a list of { role, content } or { placeholder } entries', ["messages"]);
    }
    if (data.messages.length === 0) fail("a chat prompt needs at least one message", ["messages"]);
  }
  return type;
}
function explainMessageProblem(value) {
  const shape = "a message is { role, content } or { placeholder }";
  if (!isPlainRecord(value)) return { message: `${shape}, got ${describeValue(value)}`, path: [] };
  if ("placeholder" in value) {
    const other = Object.keys(value).find((key) => key !== "placeholder");
    if (other !== void 0) {
      return {
        message: `a placeholder message has only "placeholder", but this one also has "${other}": split it in two messages`,
        path: [other]
      };
    }
    if (typeof value.placeholder !== "string" || !PLACEHOLDER_PATTERN.test(value.placeholder)) {
      return {
        message: `"placeholder" must be a name such as "history" (letters, digits, "_", ".", "-"), got ${describeValue(value.placeholder)}`,
        path: ["placeholder"]
      };
    }
    return void 0;
  }
  for (const key of Object.keys(value)) {
    if (key !== "role" && key !== "content") {
      return {
        message: `unknown field "${key}" in a message${hint(key, ["role", "content", "placeholder"])} ${shape}.`,
        path: [key]
      };
    }
  }
  if (value.role === void 0)
    return { message: `the message has no "role" (system, user, assistant, \u2026): ${shape}`, path: ["role"] };
  if (typeof value.role !== "string" || value.role.trim() === "") {
    return {
      message: `"role" must be a non-empty string such as "user", got ${describeValue(value.role)}`,
      path: ["role"]
    };
  }
  if (value.content === void 0)
    return { message: `the message has no "content" (its mustache template): ${shape}`, path: ["content"] };
  if (typeof value.content !== "string") {
    return {
      message: `"content" must be a string (a mustache template), got ${describeValue(value.content)}; quote it in YAML`,
      path: ["content"]
    };
  }
  return void 0;
}
function checkInput(input, where, promptName, fail) {
  if (input === void 0) return;
  if (input.default !== void 0) {
    const problem = findNonJson(input.default, [], 0);
    if (problem !== void 0) {
      fail(`"input.default" must be plain data: ${problem.message}`, ["input", "default", ...problem.path]);
    }
  }
  if (input.schema === void 0 || input.schema === null) return;
  const schema = compileInputSchema(input.schema, { ...where, promptName, field: "input.schema" });
  if (input.default === void 0) return;
  const result = schema.validate(input.default);
  if (result.ok) return;
  const issue = result.issues.find((i) => i.code !== "missing");
  if (issue === void 0) return;
  fail(`the default value does not fit the input schema: ${issue.message}`, ["input", "default", ...issue.path]);
}
function checkOutput(output, where, promptName) {
  const schema = output?.schema;
  if (schema === void 0 || schema === null || isStandardSchema(schema)) return;
  picoschemaToJsonSchema(schema, { ...where, promptName, field: "output.schema" });
}
function findNonJson(value, path, depth2) {
  if (depth2 > MAX_DATA_DEPTH) return { message: `nested more than ${MAX_DATA_DEPTH} levels deep`, path };
  if (value === null || typeof value === "string" || typeof value === "boolean") return void 0;
  if (typeof value === "number")
    return Number.isFinite(value) ? void 0 : { message: `${String(value)} is not a JSON number`, path };
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const problem = findNonJson(value[index], [...path, index], depth2 + 1);
      if (problem !== void 0) return problem;
    }
    return void 0;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return {
        message: `found a ${value.constructor?.name ?? "non-plain"} object; use plain objects`,
        path
      };
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === void 0) continue;
      const problem = findNonJson(item, [...path, key], depth2 + 1);
      if (problem !== void 0) return problem;
    }
    return void 0;
  }
  return { message: `found ${describeValue(value)}`, path };
}

// src/engine/selector.ts
import semverCompare from "semver/functions/compare.js";
import semverPrerelease from "semver/functions/prerelease.js";
import semverValid from "semver/functions/valid.js";
import semverMaxSatisfying from "semver/ranges/max-satisfying.js";
import semverValidRange from "semver/ranges/valid.js";
var LABEL_PATTERN2 = /^[a-zA-Z][a-zA-Z0-9._-]*$/;
function parseSpec(spec) {
  if (typeof spec !== "string") throw new ConfigError(`a prompt spec must be a string, got ${typeof spec}`);
  const at = spec.indexOf("@");
  const name = at === -1 ? spec : spec.slice(0, at);
  const selector = at === -1 ? void 0 : spec.slice(at + 1);
  const problem = explainInvalidName(name);
  if (problem !== void 0) throw new ConfigError(`${problem} (in spec ${JSON.stringify(spec)})`);
  if (selector !== void 0) assertValidSelector(selector, spec);
  return { name, selector };
}
function assertValidSelector(selector, context = selector) {
  if (selector.length === 0 || selector.length > 256 || selectorKind(selector) === void 0) {
    throw new ConfigError(
      `invalid selector ${JSON.stringify(selector)} in ${JSON.stringify(context)}: use an exact version ("1.2.3"), an npm semver range ("^1.2", "~1.2.0", "1.x"), a label ("production") or "latest"`
    );
  }
}
function selectorKind(selector) {
  if (selector === "latest") return "latest";
  if (semverValid(selector) === selector) return "exact";
  if (semverValidRange(selector) !== null) return "range";
  if (LABEL_PATTERN2.test(selector)) return "label";
  return void 0;
}
function isExactSelector(selector) {
  return selectorKind(selector) === "exact";
}
function sortVersionsDescending(versions) {
  return [...versions].sort((a, b) => semverCompare(b.version, a.version));
}
function resolveSelector(versions, selector) {
  const kind = selectorKind(selector);
  switch (kind) {
    case "exact":
      return versions.find((v) => v.version === selector);
    case "latest": {
      let best;
      for (const v of versions) {
        if (semverPrerelease(v.version) !== null) continue;
        if (best === void 0 || semverCompare(v.version, best.version) > 0) best = v;
      }
      return best;
    }
    case "range": {
      const chosen = semverMaxSatisfying(
        versions.map((v) => v.version),
        selector
      );
      return chosen === null ? void 0 : versions.find((v) => v.version === chosen);
    }
    case "label":
      return versions.find((v) => v.labels.includes(selector));
    default:
      return void 0;
  }
}
function labelMap(versions) {
  const out = {};
  for (const v of versions) for (const label of v.labels) out[label] = v.version;
  return out;
}

// src/telemetry/emitter.ts
var PromptEmitter = class {
  /**
   * True when at least one listener is subscribed (to any type). Read it before building an event:
   * `if (emitter.active) emitter.emit({ … })`.
   */
  active = false;
  #byType = /* @__PURE__ */ new Map();
  #any = [];
  #onError;
  #warned = /* @__PURE__ */ new WeakSet();
  constructor(options = {}) {
    this.#onError = options.onError;
  }
  /** True when an event of `type` would reach at least one listener. */
  wants(type) {
    return this.active && (this.#any.length > 0 || this.#byType.has(type));
  }
  /**
   * Subscribe to one event type. Returns a function that unsubscribes (calling it twice is harmless).
   * Subscribing the same function twice makes two subscriptions.
   */
  on(type, listener) {
    const fn2 = listener;
    this.#byType.set(type, [...this.#byType.get(type) ?? [], fn2]);
    this.active = true;
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      const rest = removeOne(this.#byType.get(type) ?? [], fn2);
      if (rest.length === 0) this.#byType.delete(type);
      else this.#byType.set(type, rest);
      this.#updateActive();
    };
  }
  /** Subscribe to every event. Returns a function that unsubscribes. */
  onEvent(listener) {
    this.#any = [...this.#any, listener];
    this.active = true;
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.#any = removeOne(this.#any, listener);
      this.#updateActive();
    };
  }
  /** Remove every listener. */
  clear() {
    this.#byType.clear();
    this.#any = [];
    this.active = false;
  }
  /**
   * Deliver `event` to the listeners of its type, then to the `onEvent` listeners, synchronously
   * and in subscription order. Never throws.
   */
  emit(event) {
    if (!this.active) return;
    const typed4 = this.#byType.get(event.type);
    if (typed4 !== void 0) for (const listener of typed4) this.#call(listener, event);
    for (const listener of this.#any) this.#call(listener, event);
  }
  #call(listener, event) {
    try {
      const result = listener(event);
      if (result !== void 0 && typeof result.then === "function") {
        result.then(void 0, (error) => this.#report(listener, error, event));
      }
    } catch (error) {
      this.#report(listener, error, event);
    }
  }
  #report(listener, error, event) {
    if (this.#onError !== void 0) {
      try {
        this.#onError(error, event);
      } catch {
      }
      return;
    }
    if (this.#warned.has(listener)) return;
    this.#warned.add(listener);
    console.warn(
      `promptops: a "${event.type}" event listener failed (further failures of this listener are not shown):`,
      error
    );
  }
  #updateActive() {
    this.active = this.#any.length > 0 || this.#byType.size > 0;
  }
};
function removeOne(list, item) {
  const index = list.indexOf(item);
  return index === -1 ? [...list] : [...list.slice(0, index), ...list.slice(index + 1)];
}

// src/client/cache.ts
import { LRUCache } from "lru-cache";
function cacheKey(name, selectorOrVersion) {
  return `${name}@${selectorOrVersion}`;
}
function nameOfKey(key) {
  return key.slice(0, key.indexOf("@"));
}
var PromptCache = class {
  /** False with `cache: false`: nothing is stored, in-flight loads are still shared. */
  enabled;
  ttlMs;
  maxStaleMs;
  #now;
  #compiled;
  #resolved;
  /** Tier-2 loads under way. */
  loading = /* @__PURE__ */ new Map();
  /** Tier-1 compilations under way. */
  compiling = /* @__PURE__ */ new Map();
  /** Background refreshes under way (one per tier-2 key). */
  refreshing = /* @__PURE__ */ new Map();
  constructor(options, now) {
    this.#now = now;
    this.enabled = options !== false;
    this.ttlMs = options === false ? 0 : options.ttlMs;
    this.maxStaleMs = options === false ? 0 : options.maxStaleMs;
    if (options !== false) {
      this.#compiled = new LRUCache({ max: options.max });
      this.#resolved = new LRUCache({ max: options.max });
    }
  }
  /** Tier 2: the entry of `key` and how old it is, or `undefined`. Does not drop expired entries. */
  resolution(key) {
    return this.#resolved?.get(key);
  }
  /** How old a tier-2 entry is (exact selectors never age). */
  freshness(entry, exact) {
    if (exact) return "fresh";
    const age = this.#now() - entry.loadedAt;
    if (age < this.ttlMs) return "fresh";
    return age < this.ttlMs + this.maxStaleMs ? "stale" : "expired";
  }
  /** Tier 2: remember what `key` resolved to. */
  setResolution(key, entry) {
    this.#resolved?.set(key, entry);
  }
  /** Tier 2: forget `key`, only if it still holds `entry` (when given). */
  deleteResolution(key, entry) {
    if (entry === void 0 || this.#resolved?.get(key) === entry) this.#resolved?.delete(key);
  }
  /** Tier 1: the compiled prompt of `key` (`name@version`, maybe with a strictness suffix). */
  compiledEntry(key) {
    return this.#compiled?.get(key);
  }
  /** Tier 1: remember a compiled prompt. */
  setCompiled(key, entry) {
    this.#compiled?.set(key, entry);
  }
  /** Number of entries in each tier (for tests and diagnostics). */
  get size() {
    return { compiled: this.#compiled?.size ?? 0, resolved: this.#resolved?.size ?? 0 };
  }
  /**
   * Join the load of `key` under way in `flights`, or start one with `start`.
   * @returns the shared promise, and whether an existing load was joined.
   */
  share(flights, key, name, start) {
    const existing = flights.get(key);
    if (existing !== void 0) return { promise: existing.promise, joined: true };
    const flight = { name, cancelled: false, promise: Promise.resolve(void 0) };
    flights.set(key, flight);
    flight.promise = start(flight).finally(() => {
      if (flights.get(key) === flight) flights.delete(key);
    });
    return { promise: flight.promise, joined: false };
  }
  /** Forget a finished flight now (before its callers resume), if it is still the one under `key`. */
  land(flights, key, flight) {
    if (flights.get(key) === flight) flights.delete(key);
  }
  /**
   * Drop everything cached for exactly `name` (every selector and version; `'a'` never touches
   * `'ab'` or `'a/b'`), the compiled prompts that include `name` as a partial, and cancel its
   * loads under way. Without a name, drop everything.
   */
  invalidate(name) {
    const matches = (key) => name === void 0 || nameOfKey(key) === name;
    if (this.#resolved !== void 0) {
      for (const [key, entry] of [...this.#resolved.entries()]) {
        if (matches(key)) this.#resolved.delete(key);
        else if (name !== void 0 && entry.compiled?.deps.has(name)) {
          entry.compiled = void 0;
          entry.prompt = void 0;
        }
      }
    }
    if (this.#compiled !== void 0) {
      for (const [key, entry] of [...this.#compiled.entries()]) {
        if (matches(key) || name !== void 0 && entry.deps.has(name)) this.#compiled.delete(key);
      }
    }
    for (const flights of [this.loading, this.compiling, this.refreshing]) {
      for (const [key, flight] of [...flights]) {
        if (name === void 0 || flight.name === name) {
          flight.cancelled = true;
          flights.delete(key);
        }
      }
    }
  }
};

// src/client/clock.ts
function coarseClock(read, resolutionMs = 1, maxReuses = 1e3) {
  let cached = 0;
  let reuses = 0;
  const clear = () => {
    cached = 0;
  };
  return () => {
    if (cached !== 0 && reuses-- > 0) return cached;
    cached = read();
    reuses = maxReuses;
    const handle = setTimeout(clear, resolutionMs);
    if (typeof handle === "object" && handle !== null && typeof handle.unref === "function") handle.unref();
    return cached;
  };
}

// src/client/fallback.ts
var FALLBACK_VERSION = "0.0.0";
function fallbackRecord(name, fallback) {
  if (typeof fallback === "string") return { name, version: FALLBACK_VERSION, type: "text", template: fallback };
  if (typeof fallback !== "object" || fallback === null || Array.isArray(fallback)) {
    throw new ConfigError(`must be a template string or a prompt record, got ${typeof fallback}`, {
      option: "fallback"
    });
  }
  const record6 = parseRecord(fallback, `fallback of "${name}"`);
  if (record6.name !== name) {
    throw new ConfigError(
      `is a record of "${record6.name}" but "${name}" was asked for; give a fallback record of the same name`,
      { option: "fallback" }
    );
  }
  return record6;
}

// src/engine/hash.ts
function canonicalJson(value) {
  return write(value, /* @__PURE__ */ new Set()) ?? "null";
}
function write(value, ancestors) {
  if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
    value = value.toJSON();
  }
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return JSON.stringify(value);
    case "bigint":
      throw new TypeError("canonicalJson: a bigint cannot be serialized to JSON");
    case "object": {
      if (value === null) return "null";
      if (ancestors.has(value)) throw new TypeError("canonicalJson: the value contains a circular reference");
      ancestors.add(value);
      let out;
      if (Array.isArray(value)) {
        out = `[${value.map((item) => write(item, ancestors) ?? "null").join(",")}]`;
      } else {
        const record6 = value;
        const parts = [];
        for (const key of Object.keys(record6).sort()) {
          const text = write(record6[key], ancestors);
          if (text !== void 0) parts.push(`${JSON.stringify(key)}:${text}`);
        }
        out = `{${parts.join(",")}}`;
      }
      ancestors.delete(value);
      return out;
    }
    default:
      return void 0;
  }
}
function hashedContent(record6) {
  const { labels: _labels, hash: _hash, ...content } = record6;
  const out = content;
  if (record6.input !== void 0 && isStandardSchema(record6.input.schema)) {
    out.input = { ...record6.input, schema: schemaForHash(record6.input.schema) };
  }
  if (record6.output !== void 0 && isStandardSchema(record6.output.schema)) {
    out.output = { ...record6.output, schema: schemaForHash(record6.output.schema) };
  }
  return out;
}
function schemaForHash(schema) {
  return standardSchemaToJsonSchema(schema) ?? { "~standard": schema["~standard"].vendor };
}
async function computeHash(record6) {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === void 0) {
    throw new Error(
      "promptops needs Web Crypto (globalThis.crypto.subtle) to hash prompts; use Node 20+ or a modern runtime"
    );
  }
  const bytes = new TextEncoder().encode(canonicalJson(hashedContent(record6)));
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const byte of digest) hex += byte.toString(16).padStart(2, "0");
  return `sha256-${hex}`;
}
async function verifyRecordHash(record6) {
  const actual = await computeHash(record6);
  if (record6.hash !== void 0 && record6.hash !== actual) {
    throw new IntegrityError(record6.name, record6.version, { expected: record6.hash, actual, reason: "the record says" });
  }
  return actual;
}

// src/stores/resolve.ts
async function resolveLocally(store, name, selector) {
  const versions = await store.listVersions(name);
  const chosen = resolveSelector(versions, selector);
  return chosen === void 0 ? void 0 : store.getVersion(name, chosen.version);
}
function editDistance2(a, b, limit = Number.POSITIVE_INFINITY) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function suggestNames(name, candidates, options = {}) {
  const max = options.max ?? 3;
  const ratio = options.maxDistanceRatio ?? 0.3;
  const lastSegment = name.slice(name.lastIndexOf("/") + 1);
  const scored = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const limit = Math.max(1, Math.floor(Math.max(name.length, candidate.length) * ratio));
    const distance = editDistance2(name, candidate, limit);
    if (distance <= limit) {
      scored.push({ candidate, score: distance });
    } else if (candidate === lastSegment || candidate.endsWith(`/${lastSegment}`)) {
      scored.push({ candidate, score: limit + 1 });
    }
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
function assertPromptName(name, storeName) {
  const problem = explainInvalidName(name);
  if (problem !== void 0) {
    throw new PromptFormatError(`${problem} (asked of the ${storeName} store); nothing was read`, {
      field: "name"
    });
  }
}
function assertLabelName(label, storeName) {
  if (typeof label !== "string" || selectorKind(label) !== "label") {
    const shown = typeof label === "string" ? JSON.stringify(label) : typeof label;
    const reserved = label === "latest" ? ' ("latest" is reserved: it always means the highest release)' : "";
    throw new StoreError(
      `Invalid label ${shown}${reserved}: a label starts with a letter and continues with letters, digits, ".", "_" or "-" (e.g. "production").`,
      { store: storeName, status: 400 }
    );
  }
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function copyPlainData(value) {
  if (Array.isArray(value)) return value.map((item) => copyPlainData(item));
  if (isPlainObject(value)) {
    const out = {};
    for (const key of Object.keys(value)) out[key] = copyPlainData(value[key]);
    return out;
  }
  return value;
}
function deepFreeze(value) {
  if (Array.isArray(value) || isPlainObject(value)) {
    if (Object.isFrozen(value)) return value;
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
function frozenRecord(record6, labels, hash) {
  const { labels: _labels, hash: _hash, ...content } = record6;
  return deepFreeze({ ...copyPlainData(content), labels: [...labels].sort(), hash });
}

// src/client/loader.ts
async function fetchRecord(store, name, selector) {
  let record6;
  let versions;
  try {
    if (isExactSelector(selector)) {
      record6 = await store.getVersion(name, selector);
    } else if (typeof store.resolve === "function") {
      record6 = await store.resolve(name, selector);
    } else {
      versions = await store.listVersions(name);
      const chosen = resolveSelector(versions, selector);
      if (chosen !== void 0) record6 = await store.getVersion(name, chosen.version);
    }
  } catch (error) {
    throw asStoreError(error, store, `loading "${name}@${selector}"`);
  }
  if (record6 === void 0) throw await notFoundError(store, name, selector, versions);
  return checkAnswer(store, name, selector, record6);
}
function isNotFound(error) {
  return error instanceof PromptNotFoundError || error instanceof VersionNotFoundError;
}
async function notFoundError(store, name, selector, known) {
  let versions = known;
  if (versions === void 0) {
    try {
      versions = await store.listVersions(name);
    } catch (error) {
      throw asStoreError(error, store, `listing the versions of "${name}"`);
    }
  }
  if (versions.length > 0) {
    const sorted = sortVersionsDescending(versions);
    return new VersionNotFoundError(name, selector, {
      versions: sorted.map((v) => v.version),
      labels: labelMap(sorted)
    });
  }
  let suggestions = [];
  if (typeof store.list === "function") {
    try {
      suggestions = suggestNames(name, await store.list());
    } catch {
    }
  }
  return new PromptNotFoundError(name, { suggestions, store: store.name });
}
function asStoreError(error, store, doing) {
  if (isPromptOpsError(error)) return error;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StoreError(
    `The ${store.name} store failed while ${doing}: ${detail}`,
    { store: store.name },
    { cause: error }
  );
}
async function checkIntegrity(record6, lockedHash2) {
  const hash = record6.hash === void 0 ? await computeHash(record6) : await verifyRecordHash(record6);
  if (lockedHash2 !== void 0 && hash !== lockedHash2) {
    throw new IntegrityError(record6.name, record6.version, {
      expected: lockedHash2,
      actual: hash,
      reason: "the lockfile pins hash"
    });
  }
  return hash;
}
function checkAnswer(store, name, selector, answer) {
  const record6 = parseRecord(answer, `${store.name} store: ${name}@${selector}`);
  if (record6.name !== name || isExactSelector(selector) && record6.version !== selector) {
    throw new StoreError(
      `The ${store.name} store answered "${record6.name}@${record6.version}" when asked for "${name}@${selector}". Fix the store adapter: it must return the record of the name (and exact version) asked for.`,
      { store: store.name }
    );
  }
  return record6;
}

// src/client/lockfile.ts
import * as z3 from "zod/mini";

// src/client/validate.ts
var DEFAULT_MESSAGE = "Invalid input";
function validateOrThrow(schema, value, context) {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw issuesToConfigError(result.error.issues, context);
}
function issuesToConfigError(issues, context) {
  const flat = flatten(issues, []);
  const described = flat.map((f) => describe2(f.issue, f.path, context));
  const first = described[0] ?? { option: context.root ?? "(options)", text: "is invalid" };
  const more = described.slice(1).map((d) => `; option "${d.option}": ${d.text}`);
  return new ConfigError(`${first.text}${more.join("")}`, { option: first.option, file: context.file });
}
function flatten(issues, prefix) {
  const out = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      if (depth(best) > 0) {
        out.push(...flatten(best, path));
        continue;
      }
    }
    out.push({ issue, path });
  }
  return out;
}
function depth(issues) {
  let max = 0;
  for (const issue of issues) {
    const d = issue.path.length + (issue.code === "unrecognized_keys" ? 1 : 0);
    if (d > max) max = d;
  }
  return max;
}
function joinPath(root, path) {
  let out = root ?? "";
  for (const key of path) {
    const text = String(key);
    if (typeof key === "number") out += `[${text}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(text)) out += out === "" ? text : `.${text}`;
    else out += `[${JSON.stringify(text)}]`;
  }
  return out === "" ? "(options)" : out;
}
function describe2(issue, path, context) {
  const option = joinPath(context.root, path);
  const hint2 = context.hints?.[stripRoot(option, context.root)] ?? context.hints?.[genericPath(path)];
  const suffix = hint2 ? `: ${hint2}` : "";
  if (issue.code === "invalid_key" && issue.issues.length > 0) {
    const inner = issue.issues[0];
    const message = inner?.message && inner.message !== DEFAULT_MESSAGE ? inner.message : "is not a valid key";
    return { option, text: `${message}${suffix}` };
  }
  if (issue.code !== "unrecognized_keys" && issue.message && issue.message !== DEFAULT_MESSAGE) {
    return { option, text: `${issue.message}${suffix}` };
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = context.knownKeys?.[path.map(String).join(".")] ?? [];
      const parts = issue.keys.map((key) => {
        const close = suggestNames(key.toLowerCase(), known, { max: 1, maxDistanceRatio: 0.5 });
        return close[0] ? `"${key}" (did you mean "${close[0]}"?)` : `"${key}"`;
      });
      const list = known.length > 0 ? ` Known options: ${known.join(", ")}.` : "";
      return {
        option: joinPath(context.root, [...path, issue.keys[0] ?? ""]),
        text: `unknown option${issue.keys.length > 1 ? "s" : ""} ${parts.join(", ")}; remove it or fix its spelling.${list}`
      };
    }
    case "invalid_type": {
      const got = "input" in issue ? typeName(issue.input) : "another type";
      const what = issue.input === void 0 ? "is required" : `must be ${article(issue.expected)}, got ${got}`;
      return { option, text: `${what}${suffix}` };
    }
    case "too_small":
      return {
        option,
        text: `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}${suffix}`
      };
    case "too_big":
      return {
        option,
        text: `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}${suffix}`
      };
    case "invalid_value":
      return { option, text: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}${suffix}` };
    case "invalid_format":
      return { option, text: `must be a valid ${issue.format}${suffix}` };
    default:
      return { option, text: `is invalid${suffix}` };
  }
}
function stripRoot(option, root) {
  if (root === void 0 || root === "") return option;
  return option.startsWith(`${root}.`) ? option.slice(root.length + 1) : option;
}
function genericPath(path) {
  return path.map((key, i) => i === path.length - 1 && i > 0 ? "*" : String(key)).join(".");
}
function article(expected) {
  if (expected === "object" || expected === "array" || expected === "int")
    return `an ${expected === "int" ? "integer" : expected}`;
  return `a ${expected}`;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

// src/client/lockfile.ts
var HASH_PATTERN2 = /^sha256-[0-9a-f]{64}$/;
var lockedPromptSchema = z3.strictObject({
  selector: z3.string().check(
    z3.refine((s) => selectorKind(s) !== void 0, {
      error: 'must be an exact version, a semver range, a label or "latest"'
    })
  ),
  version: z3.string().check(z3.refine((s) => selectorKind(s) === "exact", { error: 'must be an exact semver version such as "1.2.3"' })),
  hash: z3.string().check(z3.regex(HASH_PATTERN2, { error: 'must be "sha256-" followed by 64 lowercase hex digits' }))
});
var lockfileSchema = z3.strictObject({
  lockfileVersion: z3.literal(1, { error: "must be 1 (the only lockfile format there is)" }),
  prompts: z3.record(
    z3.string().check(z3.refine((name) => explainInvalidName(name) === void 0, { error: "is not a valid prompt name" })),
    lockedPromptSchema
  )
});
function parseLockfile(value, file) {
  const context = {
    root: file === void 0 ? "lockfile" : "",
    ...file === void 0 ? {} : { file },
    hints: { "": 'run "promptops lock" to write a fresh lockfile' },
    knownKeys: { "": ["lockfileVersion", "prompts"] }
  };
  return validateOrThrow(lockfileSchema, value, context);
}
function lockedHash(lockfile, name, version) {
  const entry = lockfile === void 0 ? void 0 : ownValue(lockfile.prompts, name);
  return entry !== void 0 && entry.version === version ? entry.hash : void 0;
}
function ownValue(record6, key) {
  return Object.hasOwn(record6, key) ? record6[key] : void 0;
}

// src/client/options.ts
import * as z4 from "zod/mini";
var DEFAULT_CACHE = Object.freeze({
  max: 1e3,
  ttlMs: 6e4,
  maxStaleMs: 864e5
});
var fn = (fix) => z4.custom((v) => typeof v === "function", { error: `must be a function; ${fix}` });
var validSelector = z4.string().check(
  z4.refine((s) => s.length > 0 && selectorKind(s) !== void 0, {
    error: 'is not a selector; use an exact version ("1.2.3"), a semver range ("^1.2"), a label ("production") or "latest"'
  })
);
var msSchema = z4.number().check(z4.int(), z4.nonnegative());
var optionsSchema = z4.strictObject({
  store: z4.custom(
    (v) => typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.listVersions === "function" && typeof v.getVersion === "function",
    {
      error: "must be a prompt store ({ name, listVersions(), getVersion() }); pass memoryStore([...]), httpStore({ url }), fileStore({ dir }) from 'promptops/fs', or your own adapter"
    }
  ),
  pins: z4.optional(
    z4.record(
      z4.string().check(
        z4.refine((name) => explainInvalidName(name) === void 0, {
          error: 'has a key that is not a prompt name; keys are names such as "support/greeting"'
        })
      ),
      validSelector
    )
  ),
  defaultSelector: z4.optional(validSelector),
  lockfile: z4.optional(z4.unknown()),
  cache: z4.optional(
    z4.union([
      z4.literal(false),
      z4.strictObject({
        max: z4.optional(z4.number().check(z4.int(), z4.positive())),
        ttlMs: z4.optional(msSchema),
        maxStaleMs: z4.optional(msSchema)
      })
    ])
  ),
  strict: z4.optional(z4.boolean()),
  hooks: z4.optional(
    z4.strictObject({
      onEvent: z4.optional(fn("pass (event) => { \u2026 }")),
      onFetch: z4.optional(fn("pass (event) => { \u2026 }")),
      onRender: z4.optional(fn("pass (event) => { \u2026 }")),
      onRefresh: z4.optional(fn("pass (event) => { \u2026 }")),
      onError: z4.optional(fn("pass (event) => { \u2026 }")),
      onAssignment: z4.optional(fn("pass (event) => { \u2026 }")),
      onOutcome: z4.optional(fn("pass (event) => { \u2026 }")),
      onListenerError: z4.optional(fn("pass (error, event) => { \u2026 }"))
    })
  ),
  telemetry: z4.optional(z4.strictObject({ includeInputs: z4.optional(z4.boolean()) })),
  snapshot: z4.optional(
    z4.object({
      read: fn("a snapshot is { read(), write(data) }, e.g. memorySnapshot()"),
      write: fn("a snapshot is { read(), write(data) }, e.g. memorySnapshot()"),
      writeDelayMs: z4.optional(msSchema)
    })
  ),
  clock: z4.optional(z4.object({ now: fn("pass { now: () => milliseconds }") })),
  timers: z4.optional(
    z4.object({
      setTimeout: fn("pass { setTimeout(callback, ms), clearTimeout(handle) }"),
      clearTimeout: fn("pass { setTimeout(callback, ms), clearTimeout(handle) }")
    })
  )
});
var KNOWN_KEYS = {
  "": Object.keys(optionsSchema.def.shape),
  cache: ["max", "ttlMs", "maxStaleMs"],
  hooks: ["onEvent", "onFetch", "onRender", "onRefresh", "onError", "onAssignment", "onOutcome", "onListenerError"],
  telemetry: ["includeInputs"]
};
var HINTS = {
  cache: "pass false, or { max, ttlMs, maxStaleMs }",
  "cache.max": "a positive integer count of prompt versions",
  "cache.ttlMs": "a whole number of milliseconds, e.g. 60_000",
  "cache.maxStaleMs": "a whole number of milliseconds, e.g. 86_400_000",
  "snapshot.writeDelayMs": "a whole number of milliseconds",
  strict: "pass true or false",
  pins: "pass { 'support/greeting': '^1.2.0' }",
  "telemetry.includeInputs": "pass true or false"
};
function resolveClientOptions(options) {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ConfigError("createPromptClient needs an options object such as { store: memoryStore([...]) }", {
      option: "(options)"
    });
  }
  if (typeof options.lockfile === "string") {
    throw new ConfigError(
      "is a path, which only the Node entry reads (import from 'promptops' under Node); elsewhere pass the parsed lockfile object (parseLockfile(JSON.parse(text)))",
      { option: "lockfile" }
    );
  }
  const snapshot = options.snapshot;
  if (typeof snapshot === "object" && snapshot !== null && "path" in snapshot && !("read" in snapshot)) {
    throw new ConfigError(
      "{ path } is a file snapshot, which only the Node entry provides (import from 'promptops' under Node); elsewhere pass { read(), write(data) }, e.g. memorySnapshot()",
      { option: "snapshot" }
    );
  }
  const parsed = validateOrThrow(optionsSchema, options, { hints: HINTS, knownKeys: KNOWN_KEYS });
  const lockfile = parsed.lockfile === void 0 ? void 0 : parseLockfile(parsed.lockfile);
  return {
    store: options.store,
    pins: options.pins ?? {},
    defaultSelector: options.defaultSelector ?? "latest",
    lockfile,
    cache: options.cache === false ? false : { ...DEFAULT_CACHE, ...stripUndefined(options.cache ?? {}) },
    strict: options.strict ?? true,
    hooks: options.hooks ?? {},
    includeInputs: options.telemetry?.includeInputs ?? false,
    snapshot: options.snapshot,
    clock: options.clock,
    timers: options.timers ?? {
      setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle)
    }
  };
}
function stripUndefined(value) {
  const out = {};
  for (const [k, v] of Object.entries(value)) if (v !== void 0) out[k] = v;
  return out;
}

// src/client/prompt.ts
var PromptHandle = class {
  name;
  version;
  hash;
  labels;
  type;
  model;
  metadata;
  source;
  variables;
  selector;
  #entry;
  #compiled;
  #emitter;
  #ctx;
  #options;
  constructor(entry, source, selector, strict, ctx) {
    const record6 = entry.record;
    this.name = record6.name;
    this.version = record6.version;
    this.hash = entry.hash;
    this.labels = record6.labels ?? [];
    this.type = record6.type;
    this.model = record6.model;
    this.metadata = record6.metadata;
    this.source = source;
    this.variables = entry.compiled.variables;
    this.selector = selector;
    this.#entry = entry;
    this.#compiled = entry.compiled;
    this.#emitter = ctx.emitter;
    this.#ctx = ctx;
    this.#options = { strict };
  }
  render(input, options) {
    const vars = input;
    const renderOptions = options?.strict === void 0 ? this.#options : options;
    if (!this.#emitter.active) return this.#compiled.render(vars, renderOptions);
    return this.#observe(
      vars,
      () => this.#compiled.render(vars, renderOptions),
      (text) => text.length
    );
  }
  renderMessages(input, placeholders, options) {
    const vars = input;
    const renderOptions = options?.strict === void 0 ? this.#options : options;
    if (!this.#emitter.active) return this.#compiled.renderMessages(vars, placeholders, renderOptions);
    return this.#observe(
      vars,
      () => this.#compiled.renderMessages(vars, placeholders, renderOptions),
      (messages) => messages.reduce((sum, m) => sum + m.content.length, 0)
    );
  }
  toJSON() {
    const record6 = this.#entry.record;
    return record6.hash === this.hash ? { ...record6 } : { ...record6, hash: this.hash };
  }
  #observe(vars, run, chars) {
    const { emitter, elapsed, includeInputs } = this.#ctx;
    const started = elapsed();
    let out;
    try {
      out = run();
    } catch (error) {
      if (emitter.wants("error")) {
        emitter.emit({ type: "error", name: this.name, selector: this.selector, error: asError(error) });
      }
      throw error;
    }
    if (emitter.wants("render")) {
      const event = {
        type: "render",
        name: this.name,
        version: this.version,
        hash: this.hash,
        durationMs: elapsed() - started,
        chars: chars(out),
        inputKeys: vars === void 0 || vars === null ? [] : Object.keys(vars)
      };
      if (includeInputs && vars !== void 0) event.inputs = { ...vars };
      emitter.emit(event);
    }
    return out;
  }
};
function asError(error) {
  return error instanceof Error ? error : new Error(String(error));
}

// src/client/snapshot.ts
import * as z5 from "zod/mini";
var snapshotSchema = z5.object({
  snapshotVersion: z5.literal(1, { error: "must be 1" }),
  savedAt: z5.string(),
  selectors: z5.record(z5.string(), z5.object({ version: z5.string(), hash: z5.string() })),
  records: z5.record(
    z5.string(),
    z5.custom((v) => typeof v === "object" && v !== null && !Array.isArray(v))
  )
});
function parseSnapshot(value, where) {
  return validateOrThrow(snapshotSchema, value, {
    root: where === void 0 ? "snapshot" : "",
    ...where === void 0 ? {} : { file: where },
    hints: { "": "delete the snapshot file; it is rewritten after the next successful load" }
  });
}
function memorySnapshot(initial, options = {}) {
  const snap = {
    data: initial,
    writes: 0,
    async read() {
      return snap.data === void 0 ? void 0 : structuredClone(snap.data);
    },
    async write(data) {
      snap.writes++;
      snap.data = structuredClone(data);
    }
  };
  if (options.writeDelayMs !== void 0) snap.writeDelayMs = options.writeDelayMs;
  return snap;
}
var SnapshotKeeper = class {
  #adapter;
  #timers;
  #delayMs;
  #onError;
  #saved;
  #readError;
  #pendingSelectors = /* @__PURE__ */ new Map();
  #pendingRecords = /* @__PURE__ */ new Map();
  #timer;
  #writing = Promise.resolve();
  constructor(adapter, timers, onError) {
    this.#adapter = adapter;
    this.#timers = timers;
    this.#delayMs = adapter.writeDelayMs ?? 1e3;
    this.#onError = onError;
  }
  /** Remember that `name@selector` resolved to `record` (loaded from the store), and schedule a write. */
  note(name, selector, record6, hash) {
    const recordKey = `${name}@${record6.version}`;
    const previous = this.#pendingSelectors.get(`${name}@${selector}`);
    if (previous?.version === record6.version && previous.hash === hash && this.#pendingRecords.has(recordKey)) return;
    this.#pendingSelectors.set(`${name}@${selector}`, { version: record6.version, hash });
    this.#pendingRecords.set(recordKey, record6.hash === hash ? record6 : { ...record6, hash });
    if (this.#timer === void 0) {
      this.#timer = this.#timers.setTimeout(() => {
        this.#timer = void 0;
        void this.flush();
      }, this.#delayMs);
      unref(this.#timer);
    }
  }
  /** Find what the snapshot holds for `name@selector` (notes not yet written included). */
  async lookup(name, selector) {
    const pending = this.#find(this.#pendingSelectors, this.#pendingRecords, name, selector);
    if (pending !== void 0) return pending;
    const saved = await this.#load();
    if (saved === void 0) {
      return {
        found: false,
        reason: this.#readError === void 0 ? "the snapshot is empty" : `the snapshot could not be read (${errorText(this.#readError)})`
      };
    }
    const found = this.#find(
      new Map(Object.entries(saved.selectors)),
      new Map(Object.entries(saved.records)),
      name,
      selector
    );
    return found ?? { found: false, reason: `the snapshot has no entry for "${name}@${selector}"` };
  }
  /** Write the pending notes now (merged with the saved snapshot). Never rejects. */
  flush() {
    if (this.#timer !== void 0) {
      this.#timers.clearTimeout(this.#timer);
      this.#timer = void 0;
    }
    this.#writing = this.#writing.then(() => this.#write());
    return this.#writing;
  }
  async #write() {
    if (this.#pendingSelectors.size === 0) return;
    const selectors = this.#pendingSelectors;
    const records = this.#pendingRecords;
    this.#pendingSelectors = /* @__PURE__ */ new Map();
    this.#pendingRecords = /* @__PURE__ */ new Map();
    const saved = await this.#load();
    const merged = {
      snapshotVersion: 1,
      savedAt: (/* @__PURE__ */ new Date()).toISOString(),
      selectors: { ...saved?.selectors, ...Object.fromEntries(selectors) },
      records: {}
    };
    for (const [key, { version }] of Object.entries(merged.selectors)) {
      const recordKey = `${key.slice(0, key.indexOf("@"))}@${version}`;
      const record6 = records.get(recordKey) ?? (saved === void 0 ? void 0 : ownValue(saved.records, recordKey));
      if (record6 === void 0) delete merged.selectors[key];
      else merged.records[recordKey] = record6;
    }
    try {
      await this.#adapter.write(merged);
      this.#saved = Promise.resolve(merged);
      this.#readError = void 0;
    } catch (error) {
      for (const [k, v] of selectors) if (!this.#pendingSelectors.has(k)) this.#pendingSelectors.set(k, v);
      for (const [k, v] of records) if (!this.#pendingRecords.has(k)) this.#pendingRecords.set(k, v);
      this.#onError(error);
    }
  }
  #load() {
    if (this.#saved === void 0) {
      this.#saved = (async () => {
        try {
          const data = await this.#adapter.read();
          return data === void 0 ? void 0 : parseSnapshot(data);
        } catch (error) {
          this.#readError = error;
          this.#onError(error);
          return void 0;
        }
      })();
    }
    return this.#saved;
  }
  #find(selectors, records, name, selector) {
    let version = selectors.get(`${name}@${selector}`)?.version;
    if (version === void 0 && !isExactSelector(selector)) {
      const versions = [];
      for (const [key, record7] of records) {
        if (key.startsWith(`${name}@`) && key.indexOf("@") === name.length) {
          versions.push({ version: record7.version, labels: record7.labels ?? [], record: record7 });
        }
      }
      version = resolveSelector(versions, selector)?.version;
    }
    const record6 = records.get(`${name}@${version ?? selector}`);
    if (record6 === void 0) return void 0;
    return { found: true, record: record6, hash: record6.hash ?? "" };
  }
};
function unref(handle) {
  const maybe = handle;
  if (typeof maybe === "object" && maybe !== null && typeof maybe.unref === "function") maybe.unref();
}
function errorText(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// src/client/client.ts
var MAX_PARTIALS = 100;
var REFRESH_RETRY_MS = 5e3;
var SPEC_MEMO_SIZE = 1e3;
var FALLBACK_MEMO_SIZE = 100;
var SNAPSHOT_EVENT_NAME = "(snapshot)";
function createPromptClient(options) {
  return new Client(resolveClientOptions(options));
}
var Client = class {
  store;
  #o;
  #emitter;
  #cache;
  #snapshot;
  #now;
  #ctx;
  #specs = /* @__PURE__ */ new Map();
  #fallbacks = /* @__PURE__ */ new Map();
  #unwatch;
  #closed = false;
  constructor(options) {
    this.#o = options;
    this.store = options.store;
    const clock = options.clock;
    this.#now = clock === void 0 ? coarseClock(Date.now) : () => clock.now();
    const perf = globalThis.performance;
    const elapsed = clock !== void 0 || perf === void 0 ? this.#now : () => perf.now();
    this.#emitter = new PromptEmitter(
      options.hooks.onListenerError === void 0 ? {} : { onError: options.hooks.onListenerError }
    );
    this.#registerHooks();
    this.#ctx = { emitter: this.#emitter, includeInputs: options.includeInputs, elapsed };
    this.#cache = new PromptCache(options.cache, this.#now);
    this.#snapshot = options.snapshot === void 0 ? void 0 : new SnapshotKeeper(
      options.snapshot,
      options.timers,
      (error) => this.#emitError(SNAPSHOT_EVENT_NAME, void 0, error)
    );
    if (typeof this.store.watch === "function") {
      this.#unwatch = this.store.watch((name) => this.invalidate(name));
    }
  }
  on(type, listener) {
    return this.#emitter.on(type, listener);
  }
  invalidate(name) {
    this.#cache.invalidate(name);
  }
  async close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#unwatch?.();
    this.#unwatch = void 0;
    this.#cache.invalidate();
    await this.#snapshot?.flush();
  }
  getPrompt(spec, options) {
    if ((options?.strict === void 0 || options.strict === this.#o.strict) && !this.#closed) {
      const request = this.#specs.get(spec);
      const resolution = request === void 0 ? void 0 : this.#cache.resolution(request.key);
      if (resolution?.compiled !== void 0 && request !== void 0 && (request.exact || this.#now() - resolution.loadedAt < this.#cache.ttlMs)) {
        const source = resolution.origin === "snapshot" ? "snapshot" : "cache";
        let prompt = resolution.prompt;
        if (prompt === void 0) {
          prompt = new PromptHandle(resolution.compiled, source, request.selector, this.#o.strict, this.#ctx);
          resolution.prompt = prompt;
        }
        if (this.#emitter.active) this.#emitFetch(request, { entry: resolution.compiled, cache: "hit", source }, 0);
        return Promise.resolve(prompt);
      }
    }
    return this.#getPrompt(spec, options ?? {});
  }
  async #getPrompt(spec, options) {
    const started = this.#emitter.active ? this.#ctx.elapsed() : 0;
    let request;
    const strict = options.strict ?? this.#o.strict;
    try {
      if (this.#closed)
        throw new ConfigError("this prompt client was closed; create a new one with createPromptClient()");
      request = this.#request(spec);
      const served = this.#serveCached(request, strict) ?? await this.#serve(request, strict);
      this.#emitFetch(request, served, started);
      return new PromptHandle(served.entry, served.source, request.selector, strict, this.#ctx);
    } catch (error) {
      if (request !== void 0 && options.fallback !== void 0 && canFallBack(error)) {
        this.#emitError(request.name, request.selector, error);
        let entry;
        try {
          entry = await this.#fallback(request, options.fallback, strict);
        } catch (fallbackError) {
          this.#emitError(request.name, request.selector, fallbackError);
          throw fallbackError;
        }
        this.#emitFetch(request, { entry, cache: "miss", source: "fallback" }, started);
        return new PromptHandle(entry, "fallback", request.selector, strict, this.#ctx);
      }
      const final = request !== void 0 && isUnavailable(error) ? withNoFallback(error) : error;
      this.#emitError(request?.name ?? String(spec), request?.selector, final);
      throw final;
    }
  }
  async prefetch(specs) {
    let list;
    try {
      list = specs ?? await this.#defaultPrefetchSpecs();
    } catch (error) {
      return { loaded: [], failed: [{ spec: "(store.list)", error: asError(error) }] };
    }
    const results = await Promise.allSettled(list.map((spec) => this.getPrompt(spec)));
    const report = { loaded: [], failed: [] };
    results.forEach((result, i) => {
      const spec = list[i] ?? "";
      if (result.status === "fulfilled") {
        const p = result.value;
        report.loaded.push({ spec, name: p.name, version: p.version, source: p.source });
      } else {
        report.failed.push({ spec, error: asError(result.reason) });
      }
    });
    return report;
  }
  // ---------------------------------------------------------------- resolution
  #request(spec) {
    const memo = this.#specs.get(spec);
    if (memo !== void 0) return memo;
    const { name, selector } = parseSpec(spec);
    const effective = selector ?? this.#bareSelector(name);
    const request = this.#makeRequest(name, effective);
    if (this.#specs.size >= SPEC_MEMO_SIZE) this.#specs.clear();
    this.#specs.set(spec, request);
    return request;
  }
  #makeRequest(name, selector) {
    return { name, selector, key: cacheKey(name, selector), exact: selectorKind(selector) === "exact" };
  }
  /** Bare names: the lockfile, then the pins, then `defaultSelector`. */
  #bareSelector(name) {
    const lockfile = this.#o.lockfile;
    const locked = lockfile === void 0 ? void 0 : ownValue(lockfile.prompts, name);
    return locked?.version ?? ownValue(this.#o.pins, name) ?? this.#o.defaultSelector;
  }
  /** Partials: the lockfile, then the pins, then `'latest'` (DESIGN.md: a partial is its latest version). */
  #partialSelector(name) {
    const lockfile = this.#o.lockfile;
    const locked = lockfile === void 0 ? void 0 : ownValue(lockfile.prompts, name);
    return locked?.version ?? ownValue(this.#o.pins, name) ?? "latest";
  }
  async #defaultPrefetchSpecs() {
    const names = /* @__PURE__ */ new Set([...Object.keys(this.#o.lockfile?.prompts ?? {}), ...Object.keys(this.#o.pins)]);
    if (names.size === 0 && typeof this.store.list === "function") {
      for (const name of await this.store.list()) names.add(name);
    }
    return [...names].sort();
  }
  // ---------------------------------------------------------------- serving
  /** The fast path: a cached resolution with its compiled prompt, served without awaiting anything. */
  #serveCached(request, strict) {
    const resolution = this.#cache.resolution(request.key);
    const compiled = resolution === void 0 || strict !== this.#o.strict ? void 0 : resolution.compiled;
    if (resolution === void 0 || compiled === void 0) return void 0;
    const freshness = this.#cache.freshness(resolution, request.exact);
    if (freshness === "fresh") {
      return { entry: compiled, cache: "hit", source: resolution.origin === "snapshot" ? "snapshot" : "cache" };
    }
    if (freshness === "expired") return void 0;
    this.#refresh(request, resolution);
    return { entry: compiled, cache: "stale", source: resolution.origin === "snapshot" ? "snapshot" : "stale" };
  }
  async #serve(request, strict) {
    const { resolution, cache: cache2, source } = await this.#resolve(request);
    const compiled = strict === this.#o.strict ? resolution.compiled : void 0;
    if (compiled !== void 0) return { entry: compiled, cache: cache2, source };
    const built = await this.#compile(resolution, strict);
    return { entry: built.entry, cache: built.joined && cache2 === "hit" ? "inflight" : cache2, source };
  }
  /** Tier 2: what `request` resolves to, from the cache, a shared load, or a new load. */
  async #resolve(request) {
    const cached = this.#cache.resolution(request.key);
    let expired;
    if (cached !== void 0) {
      const freshness = this.#cache.freshness(cached, request.exact);
      if (freshness === "fresh") {
        return { resolution: cached, cache: "hit", source: cached.origin === "snapshot" ? "snapshot" : "cache" };
      }
      if (freshness === "stale") {
        this.#refresh(request, cached);
        return { resolution: cached, cache: "stale", source: cached.origin === "snapshot" ? "snapshot" : "stale" };
      }
      expired = cached;
      this.#cache.deleteResolution(request.key, cached);
    }
    const { promise, joined } = this.#cache.share(
      this.#cache.loading,
      request.key,
      request.name,
      (flight) => this.#load(request, flight, expired)
    );
    const { resolution, source } = await promise;
    return { resolution, cache: joined ? "inflight" : "miss", source };
  }
  /** A foreground load: store → stale copy → snapshot, or a `StoreError` saying what was tried. */
  async #load(request, flight, expired) {
    let storeError;
    try {
      const resolution = await this.#loadFromStore(request);
      if (!flight.cancelled) this.#cache.setResolution(request.key, resolution);
      return { resolution, source: "store" };
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      storeError = error;
    }
    const tried = [`the ${this.store.name} store failed (${errorText2(storeError)})`];
    const current = this.#cache.resolution(request.key);
    if (current !== void 0 && this.#cache.freshness(current, request.exact) !== "expired") {
      return { resolution: current, source: "stale" };
    }
    tried.push(
      expired === void 0 ? "no stale copy" : `the stale copy (${expired.version}) is older than cache.maxStaleMs (${this.#cache.maxStaleMs} ms)`
    );
    if (this.#snapshot === void 0) {
      tried.push("no snapshot configured");
    } else {
      const found = await this.#snapshot.lookup(request.name, request.selector);
      if (found.found) {
        try {
          const record6 = parseRecord(found.record, `snapshot entry ${request.key}`);
          if (record6.name !== request.name) throw new Error(`it holds "${record6.name}"`);
          const hash = await checkIntegrity(record6, lockedHash(this.#o.lockfile, request.name, record6.version));
          const resolution = {
            name: request.name,
            selector: request.selector,
            record: record6,
            version: record6.version,
            hash,
            origin: "snapshot",
            // Stale from the start: served while a refresh tries the store again.
            loadedAt: this.#now() - this.#cache.ttlMs,
            retryAt: 0,
            compiled: void 0
          };
          if (!flight.cancelled) this.#cache.setResolution(request.key, resolution);
          return { resolution, source: "snapshot" };
        } catch (error) {
          tried.push(`the snapshot entry was rejected (${errorText2(error)})`);
        }
      } else {
        tried.push(found.reason);
      }
    }
    const cause = storeError instanceof StoreError ? storeError : void 0;
    throw new StoreError(
      `Could not load prompt "${request.key}": ${tried.join("; ")}`,
      {
        store: this.store.name,
        ...cause?.status === void 0 ? {} : { status: cause.status },
        retryable: cause?.retryable ?? false
      },
      { cause: storeError }
    );
  }
  async #loadFromStore(request) {
    const record6 = await fetchRecord(this.store, request.name, request.selector);
    const hash = await checkIntegrity(record6, lockedHash(this.#o.lockfile, request.name, record6.version));
    this.#snapshot?.note(request.name, request.selector, record6, hash);
    return {
      name: request.name,
      selector: request.selector,
      record: record6,
      version: record6.version,
      hash,
      origin: "store",
      loadedAt: this.#now(),
      retryAt: 0,
      compiled: void 0
    };
  }
  /** Start one background refresh of a stale selector, unless one runs or a failed one is too recent. */
  #refresh(request, stale) {
    if (this.#cache.refreshing.has(request.key) || this.#now() < stale.retryAt) return;
    const refreshing = this.#cache.refreshing;
    this.#cache.share(refreshing, request.key, request.name, async (flight) => {
      try {
        const fresh = await this.#loadFromStore(request);
        fresh.compiled = (await this.#compile(fresh, this.#o.strict, stale.compiled)).entry;
        this.#cache.land(refreshing, request.key, flight);
        if (flight.cancelled) return;
        this.#cache.setResolution(request.key, fresh);
        this.#emitRefresh(request, true, stale.version, fresh.version);
      } catch (error) {
        this.#cache.land(refreshing, request.key, flight);
        if (flight.cancelled) return;
        if (isNotFound(error)) {
          this.#cache.deleteResolution(request.key, stale);
        } else {
          stale.retryAt = this.#now() + Math.min(this.#cache.ttlMs, REFRESH_RETRY_MS);
        }
        this.#emitRefresh(request, false, stale.version, void 0, error);
      }
    });
  }
  // ---------------------------------------------------------------- compilation
  /**
   * Tier 1: the compiled prompt of a resolution, shared per `name@version`. With `previous`, the
   * partials are resolved again and `previous` is kept when none changed.
   */
  #compile(resolution, strict, previous) {
    const isDefault = strict === this.#o.strict;
    const key = isDefault ? cacheKey(resolution.name, resolution.version) : `${cacheKey(resolution.name, resolution.version)}#${strict ? "strict" : "loose"}`;
    const hit = this.#cache.compiledEntry(key);
    if (hit !== void 0 && hit.hash === resolution.hash && (previous === void 0 || hit.deps.size === 0)) {
      if (isDefault) attachCompiled(resolution, hit);
      return { entry: hit, joined: false };
    }
    const { promise, joined } = this.#cache.share(this.#cache.compiling, key, resolution.name, async (flight) => {
      const { records, deps } = await this.#gatherPartials(resolution.record);
      const existing = this.#cache.compiledEntry(key) ?? previous;
      const entry = existing !== void 0 && existing.hash === resolution.hash && sameDeps(existing.deps, deps) ? existing : {
        record: resolution.record,
        hash: resolution.hash,
        compiled: compilePrompt(resolution.record, { strict, partials: (name) => records.get(name) }),
        deps
      };
      if (!flight.cancelled) this.#cache.setCompiled(key, entry);
      return entry;
    });
    return promise.then((entry) => {
      if (isDefault) attachCompiled(resolution, entry);
      return { entry, joined };
    });
  }
  /** Load the records of every partial `root` includes, recursively (bounded), through the cache. */
  async #gatherPartials(root) {
    const records = /* @__PURE__ */ new Map();
    const deps = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    let level = partialNamesOf(root);
    while (level.length > 0) {
      const names = level.filter((name) => !seen.has(name));
      for (const name of names) seen.add(name);
      if (seen.size > MAX_PARTIALS) {
        throw new PromptFormatError(
          `includes more than ${MAX_PARTIALS} distinct partials (recursively); split the prompt or flatten its partials`,
          { promptName: root.name, field: "template" }
        );
      }
      const loaded = await Promise.all(names.map((name) => this.#partialRecord(root, name)));
      level = [];
      loaded.forEach((record6, i) => {
        const name = names[i] ?? "";
        if (record6 === void 0) return;
        records.set(name, record6);
        deps.set(name, record6.version);
        if (record6 !== root) level.push(...partialNamesOf(record6));
      });
    }
    return { records, deps };
  }
  /** A partial's record: the root itself for a self-inclusion, `undefined` when the store has no such name. */
  async #partialRecord(root, name) {
    if (name === root.name) return root;
    try {
      return (await this.#resolve(this.#makeRequest(name, this.#partialSelector(name)))).resolution.record;
    } catch (error) {
      if (error instanceof PromptNotFoundError) return void 0;
      throw error;
    }
  }
  // ---------------------------------------------------------------- fallback
  async #fallback(request, fallback, strict) {
    const memoKey = typeof fallback === "string" ? `${request.name}\0${strict}\0${fallback}` : void 0;
    const memo = memoKey === void 0 ? void 0 : this.#fallbacks.get(memoKey);
    if (memo !== void 0) return memo;
    const built = (async () => {
      const record6 = fallbackRecord(request.name, fallback);
      const hash = await checkIntegrity(record6);
      const records = /* @__PURE__ */ new Map();
      for (const name of partialNamesOf(record6)) {
        const cached = this.#cache.resolution(cacheKey(name, this.#partialSelector(name)));
        if (cached !== void 0) records.set(name, cached.record);
      }
      const compiled = compilePrompt(record6, { strict, partials: (name) => records.get(name) });
      return { record: record6, hash, compiled, deps: /* @__PURE__ */ new Map() };
    })();
    if (memoKey !== void 0) {
      if (this.#fallbacks.size >= FALLBACK_MEMO_SIZE) this.#fallbacks.clear();
      this.#fallbacks.set(memoKey, built);
      built.catch(() => this.#fallbacks.delete(memoKey));
    }
    return built;
  }
  // ---------------------------------------------------------------- events
  #registerHooks() {
    const h = this.#o.hooks;
    if (h.onFetch) this.#emitter.on("fetch", h.onFetch);
    if (h.onRender) this.#emitter.on("render", h.onRender);
    if (h.onRefresh) this.#emitter.on("refresh", h.onRefresh);
    if (h.onError) this.#emitter.on("error", h.onError);
    if (h.onAssignment) this.#emitter.on("assignment", h.onAssignment);
    if (h.onOutcome) this.#emitter.on("outcome", h.onOutcome);
    if (h.onEvent) this.#emitter.onEvent(h.onEvent);
  }
  #emitFetch(request, served, started) {
    if (!this.#emitter.wants("fetch")) return;
    this.#emitter.emit({
      type: "fetch",
      name: request.name,
      selector: request.selector,
      version: served.entry.record.version,
      hash: served.entry.hash,
      store: this.store.name,
      cache: served.cache,
      source: served.source,
      durationMs: started === 0 ? 0 : this.#ctx.elapsed() - started
    });
  }
  #emitRefresh(request, ok, fromVersion, toVersion, error) {
    if (!this.#emitter.wants("refresh")) return;
    this.#emitter.emit({
      type: "refresh",
      name: request.name,
      selector: request.selector,
      ok,
      fromVersion,
      ...toVersion === void 0 ? {} : { toVersion },
      ...error === void 0 ? {} : { error: asError(error) }
    });
  }
  #emitError(name, selector, error) {
    if (!this.#emitter.wants("error")) return;
    this.#emitter.emit({
      type: "error",
      name,
      ...selector === void 0 ? {} : { selector },
      error: asError(error)
    });
  }
};
function isUnavailable(error) {
  return error instanceof StoreError;
}
function canFallBack(error) {
  return isUnavailable(error) || isNotFound(error);
}
function withNoFallback(error) {
  return new StoreError(
    `${error.message}; no fallback given. Pass getPrompt(spec, { fallback }) or configure a snapshot to serve prompts while the store is down.`,
    { store: error.store, ...error.status === void 0 ? {} : { status: error.status }, retryable: error.retryable },
    { cause: error.cause ?? error }
  );
}
function attachCompiled(resolution, entry) {
  if (resolution.compiled === entry) return;
  resolution.compiled = entry;
  resolution.prompt = void 0;
}
function sameDeps(a, b) {
  if (a.size !== b.size) return false;
  for (const [name, version] of a) if (b.get(name) !== version) return false;
  return true;
}
function errorText2(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// src/server/handler.ts
import { createHash, timingSafeEqual } from "node:crypto";
import semverValid2 from "semver/functions/valid.js";

// src/stores/http/protocol.ts
import * as z6 from "zod/mini";
var PROTOCOL_VERSION = 1;
var versionInfoSchema = z6.object({
  version: z6.string(),
  labels: z6.array(z6.string()),
  hash: z6.optional(z6.string())
});
var versionListSchema = z6.object({
  name: z6.string(),
  versions: z6.array(versionInfoSchema)
});
var promptListSchema = z6.object({
  prompts: z6.array(
    z6.object({
      name: z6.string(),
      versions: z6.optional(z6.array(versionInfoSchema))
    })
  )
});
var setLabelBodySchema = z6.object({ version: z6.string() });
function promptPath(name) {
  return `/v${PROTOCOL_VERSION}/prompts/${encodeURIComponent(name)}`;
}
function versionPath(name, version) {
  return `${promptPath(name)}/versions/${encodeURIComponent(version)}`;
}
function resolvePath(name) {
  return `${promptPath(name)}/resolve`;
}
function labelPath(name, label) {
  return `${promptPath(name)}/labels/${encodeURIComponent(label)}`;
}
function describeIssues(error) {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join(".") : "(body)"}: ${issue.message}`).join("; ");
}

// src/server/handler.ts
var HttpFailure = class extends Error {
  constructor(status, code, message, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
  status;
  code;
  headers;
};
var IMMUTABLE = "public, max-age=31536000, immutable";
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest();
}
function createPromptRequestHandler(options) {
  const { store } = options;
  if (typeof store !== "object" || store === null || typeof store.listVersions !== "function") {
    throw new ConfigError("must be a PromptStore (an object with listVersions and getVersion)", { option: "store" });
  }
  if (options.token !== void 0 && (typeof options.token !== "string" || options.token === "")) {
    throw new ConfigError("must be a non-empty string (or left out to serve without authentication)", {
      option: "token"
    });
  }
  const onError = options.onError ?? ((error) => {
    console.error("[promptops server]", error);
  });
  const tokenDigest = options.token === void 0 ? void 0 : sha256(options.token);
  const writable = options.writable === true;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  if (!Number.isFinite(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new ConfigError(`must be a positive number, got ${String(maxBodyBytes)}`, { option: "maxBodyBytes" });
  }
  function checkAuth(req) {
    if (tokenDigest === void 0) return;
    const header2 = req.headers.authorization;
    const challenge = { "www-authenticate": 'Bearer realm="promptops"' };
    const match = typeof header2 === "string" ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header2) : null;
    if (match?.[1] === void 0) {
      throw new HttpFailure(
        401,
        "unauthorized",
        'Missing bearer token: send "Authorization: Bearer <token>" with the token the server was started with.',
        challenge
      );
    }
    if (!timingSafeEqual(sha256(match[1]), tokenDigest)) {
      throw new HttpFailure(
        401,
        "unauthorized",
        "Invalid bearer token: send the token the server was started with.",
        challenge
      );
    }
  }
  async function notFound(name, selector) {
    const versions = await store.listVersions(name).catch(() => []);
    if (versions.length === 0) {
      const names = store.list === void 0 ? [] : await store.list().catch(() => []);
      const error2 = new PromptNotFoundError(name, { store: store.name, suggestions: suggestNames(name, names) });
      return new HttpFailure(404, "not_found", error2.message);
    }
    const sorted = sortVersionsDescending(versions);
    const error = new VersionNotFoundError(name, selector ?? "(none)", {
      versions: sorted.map((v) => v.version),
      labels: labelMap(sorted)
    });
    return new HttpFailure(404, "not_found", error.message);
  }
  async function route(req, res) {
    const method = req.method ?? "GET";
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q === -1 ? "" : rawUrl.slice(q + 1));
    const segments = rawPath.split("/").slice(1);
    if (segments[0] !== "v1" || segments[1] !== "prompts") {
      throw new HttpFailure(
        404,
        "not_found",
        `No such endpoint: ${method} ${rawPath.slice(0, 200)}. The API lives under /v1/prompts.`
      );
    }
    checkAuth(req);
    const rest = segments.slice(2);
    if (rest.length === 0 || rest.length === 1 && rest[0] === "") {
      allow(method, ["GET", "HEAD"]);
      return sendJson(req, res, 200, await listAll(), { "cache-control": "no-cache" });
    }
    const decoded = rest.map(decodeSegment);
    const name = decoded[0];
    const problem = explainInvalidName(name);
    if (problem !== void 0) {
      throw new HttpFailure(400, "bad_request", `${problem}. Encode the whole name as one path segment ("/" as %2F).`);
    }
    if (decoded.length === 1) {
      allow(method, ["GET", "HEAD"]);
      const versions = await store.listVersions(name);
      if (versions.length === 0) throw await notFound(name);
      return sendJson(
        req,
        res,
        200,
        { name, versions: sortVersionsDescending(versions) },
        { "cache-control": "no-cache" }
      );
    }
    const [, kind, arg] = decoded;
    if (kind === "versions" && arg !== void 0 && decoded.length === 3) {
      allow(method, ["GET", "HEAD", "PUT"]);
      if (semverValid2(arg) !== arg) {
        throw new HttpFailure(
          400,
          "bad_request",
          `Invalid version ${JSON.stringify(arg.slice(0, 100))}: use a semver version such as 1.2.3.`
        );
      }
      if (method === "PUT") return putVersion(req, res, name, arg);
      return getVersion(req, res, name, arg);
    }
    if (kind === "resolve" && decoded.length === 2) {
      allow(method, ["GET", "HEAD"]);
      const selector = query.get("selector");
      if (selector === null || selector === "" || selector.length > 256 || selectorKind(selector) === void 0) {
        throw new HttpFailure(
          400,
          "bad_request",
          "Missing or invalid ?selector=: use an exact version (1.2.3), a semver range (^1.2), a label (production) or latest."
        );
      }
      const record6 = store.resolve === void 0 ? await resolveLocally(store, name, selector) : await store.resolve(name, selector);
      if (record6 === void 0) throw await notFound(name, selector);
      return sendJson(req, res, 200, await withHash(record6), { "cache-control": "no-cache" });
    }
    if (kind === "labels" && arg !== void 0 && decoded.length === 3) {
      allow(method, ["PUT"]);
      return putLabel(req, res, name, arg);
    }
    throw new HttpFailure(404, "not_found", `No such endpoint: ${method} ${rawPath.slice(0, 200)}.`);
  }
  async function listAll() {
    if (store.list === void 0) {
      throw new HttpFailure(
        501,
        "not_implemented",
        `The ${store.name} store cannot list its prompts (it has no list()).`
      );
    }
    const names = await store.list();
    const prompts = new Array(names.length);
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const i = next++;
        const name = names[i];
        prompts[i] = { name, versions: sortVersionsDescending(await store.listVersions(name)) };
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, names.length) }, worker));
    return { prompts };
  }
  async function getVersion(req, res, name, version) {
    const record6 = await store.getVersion(name, version);
    if (record6 === void 0) throw await notFound(name, version);
    const body = await withHash(record6);
    const etag = `"${body.hash}"`;
    const headers = { etag, "cache-control": IMMUTABLE };
    if (etagMatches(req.headers["if-none-match"], etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    return sendJson(req, res, 200, body, headers);
  }
  function requireWritable(capability) {
    if (!writable) {
      throw new HttpFailure(
        405,
        "method_not_allowed",
        "This server is read-only: start it with writable: true to accept PUT requests.",
        { allow: "GET, HEAD" }
      );
    }
    if (store[capability] === void 0) {
      throw new HttpFailure(
        501,
        "not_implemented",
        `The ${store.name} store cannot be written (it has no ${capability}()).`
      );
    }
  }
  async function putVersion(req, res, name, version) {
    requireWritable("putVersion");
    const body = await readJsonBody(req);
    let record6;
    let hash;
    try {
      record6 = parseRecord(body, { file: "request body" });
      hash = await verifyRecordHash(record6);
    } catch (error) {
      if (error instanceof PromptFormatError || error instanceof IntegrityError) {
        throw new HttpFailure(400, "bad_request", `Invalid record: ${error.message}`);
      }
      throw error;
    }
    if (record6.name !== name || record6.version !== version) {
      throw new HttpFailure(
        400,
        "bad_request",
        `The record is "${record6.name}@${record6.version}" but the URL says "${name}@${version}": they must match.`
      );
    }
    await store.putVersion?.(record6);
    return sendJson(req, res, 200, { name, version, hash }, { "cache-control": "no-store" });
  }
  async function putLabel(req, res, name, label) {
    requireWritable("setLabel");
    if (selectorKind(label) !== "label") {
      throw new HttpFailure(
        400,
        "bad_request",
        `Invalid label ${JSON.stringify(label.slice(0, 100))}: start with a letter, then letters, digits, ".", "_" or "-"; "latest" is reserved.`
      );
    }
    const parsed = setLabelBodySchema.safeParse(await readJsonBody(req));
    if (!parsed.success) throw new HttpFailure(400, "bad_request", 'The body must be {"version": "<semver>"}.');
    await store.setLabel?.(name, label, parsed.data.version);
    return sendJson(req, res, 200, { name, label, version: parsed.data.version }, { "cache-control": "no-store" });
  }
  async function readJsonBody(req) {
    const type = req.headers["content-type"] ?? "";
    if (!/^application\/(?:[\w.-]+\+)?json\b/i.test(type)) {
      throw new HttpFailure(415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
    }
    const declared = Number(req.headers["content-length"]);
    const tooLarge = new HttpFailure(
      413,
      "payload_too_large",
      `The request body is larger than the ${maxBodyBytes}-byte limit of this server.`,
      { connection: "close" }
    );
    if (Number.isFinite(declared) && declared > maxBodyBytes) throw tooLarge;
    const chunks = [];
    let total = 0;
    for await (const chunk of req) {
      const buffer = chunk;
      total += buffer.length;
      if (total > maxBodyBytes) throw tooLarge;
      chunks.push(buffer);
    }
    try {
      return JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      throw new HttpFailure(400, "bad_request", "The request body is not valid JSON.");
    }
  }
  return (req, res) => {
    route(req, res).catch((error) => {
      const failure = toFailure(error);
      if (failure.status >= 500 && failure.status !== 501) onError(error);
      if (!res.headersSent) sendError(req, res, failure);
      else res.destroy();
      if (failure.status === 413) res.on("finish", () => req.destroy());
    });
  };
}
async function withHash(record6) {
  return { ...record6, hash: record6.hash ?? await computeHash(record6) };
}
function decodeSegment(segment) {
  let value;
  try {
    value = decodeURIComponent(segment);
  } catch {
    throw new HttpFailure(400, "bad_request", "Malformed percent-encoding in the path.");
  }
  if (value === "." || value === ".." || value.includes("\0")) {
    throw new HttpFailure(400, "bad_request", 'Path segments "." and ".." and NUL bytes are refused.');
  }
  return value;
}
function allow(method, methods) {
  if (!methods.includes(method)) {
    throw new HttpFailure(405, "method_not_allowed", `${method} is not allowed here; use ${methods.join(" or ")}.`, {
      allow: methods.join(", ")
    });
  }
}
function etagMatches(header2, etag) {
  if (header2 === void 0) return false;
  return header2.split(",").some((part) => {
    const tag = part.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}
function toFailure(error) {
  if (error instanceof HttpFailure) return error;
  if (error instanceof PromptNotFoundError || error instanceof VersionNotFoundError) {
    return new HttpFailure(404, "not_found", error.message);
  }
  if (error instanceof PromptFormatError || error instanceof IntegrityError) {
    return new HttpFailure(422, "invalid_prompt", error.message);
  }
  if (error instanceof ConfigError) return new HttpFailure(400, "bad_request", error.message);
  if (error instanceof StoreError) {
    if (error.status === 409) return new HttpFailure(409, "conflict", error.message);
    if (error.status === 400) return new HttpFailure(400, "bad_request", error.message);
    if (error.status === 404) return new HttpFailure(404, "not_found", error.message);
    if (error.retryable) return new HttpFailure(503, "store_unavailable", error.message, { "retry-after": "1" });
    return new HttpFailure(500, "internal", error.message);
  }
  if (isPromptOpsError(error)) return new HttpFailure(500, "internal", error.message);
  return new HttpFailure(500, "internal", "Internal server error: see the server log.");
}
function sendError(req, res, failure) {
  sendJson(
    req,
    res,
    failure.status,
    { error: { code: failure.code, message: failure.message } },
    {
      "cache-control": "no-store",
      ...failure.headers
    }
  );
}
function sendJson(req, res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    "x-content-type-options": "nosniff",
    ...headers
  });
  res.end(req.method === "HEAD" ? void 0 : text);
}

// src/stores/http.ts
import { LRUCache as LRUCache2 } from "lru-cache";
import semverValid3 from "semver/functions/valid.js";

// src/stores/http/retry.ts
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function checkNumber(value, option, min, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min) {
    throw new ConfigError(`must be a finite number >= ${min}, got ${JSON.stringify(value)}`, { option });
  }
  return value;
}
function checkFunction(value, option, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "function") throw new ConfigError(`must be a function, got ${typeof value}`, { option });
  return value;
}
function resolveRetryOptions(retry) {
  const options = retry === false ? { limit: 0 } : typeof retry === "number" ? { limit: retry } : retry ?? {};
  if (typeof options !== "object" || options === null) {
    throw new ConfigError(`must be an object, a number or false, got ${typeof options}`, { option: "retry" });
  }
  const limit = checkNumber(options.limit, "retry.limit", 0, 2);
  if (!Number.isInteger(limit)) throw new ConfigError(`must be an integer, got ${limit}`, { option: "retry.limit" });
  return {
    limit,
    backoffMs: checkNumber(options.backoffMs, "retry.backoffMs", 0, 250),
    maxBackoffMs: checkNumber(options.maxBackoffMs, "retry.maxBackoffMs", 0, 5e3),
    maxRetryAfterMs: checkNumber(options.maxRetryAfterMs, "retry.maxRetryAfterMs", 0, 3e4),
    sleep: checkFunction(options.sleep, "retry.sleep", defaultSleep),
    random: checkFunction(options.random, "retry.random", Math.random),
    now: checkFunction(options.now, "retry.now", Date.now)
  };
}
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500 && status <= 599 && status !== 501;
}
function parseRetryAfter(value, now) {
  if (value === null || value === void 0) return void 0;
  const text = value.trim();
  if (text === "") return void 0;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  if (!/[a-z]{3}/i.test(text)) return void 0;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - now);
}
function backoffDelay(attempt, options) {
  const ceiling = Math.min(options.maxBackoffMs, options.backoffMs * 2 ** attempt);
  return Math.floor(options.random() * ceiling);
}

// src/stores/http/errors.ts
function shortMessage(text, redact) {
  if (text === void 0 || text.trim() === "") return "";
  const clean = redact(text).replace(/\s+/g, " ").trim();
  return clean.length > 300 ? `${clean.slice(0, 300)}\u2026` : clean;
}
function statusError(status, ctx, details = {}) {
  const server2 = shortMessage(details.message, ctx.redact);
  const said = server2 === "" ? "" : ` The server said: "${server2}".`;
  const tries = details.attempts !== void 0 && details.attempts > 1 ? ` after ${details.attempts} attempts` : "";
  let message;
  if (status === 401 || status === 403) {
    message = `The ${ctx.store} store was refused (HTTP ${status} ${status === 401 ? "unauthorized" : "forbidden"}) while ${ctx.action} at ${ctx.url}: the credentials are missing or wrong.${said} Fix: ${ctx.authHint}.`;
  } else if (status === 404) {
    message = `The ${ctx.store} store got HTTP 404 without a "not found" error body while ${ctx.action} at ${ctx.url}.${said} Check that the store URL points at the prompt server (the base URL, without the /v1 path).`;
  } else if (status === 429) {
    const wait = details.retryAfterMs === void 0 ? "" : ` (it asked to wait ${Math.ceil(details.retryAfterMs / 1e3)} s)`;
    message = `The ${ctx.store} store was rate limited (HTTP 429)${wait} while ${ctx.action} at ${ctx.url}${tries}.${said} Try again later, or lower the request rate (e.g. a longer cache ttlMs).`;
  } else if (status === 408 || status >= 500) {
    message = `The ${ctx.store} store's server failed (HTTP ${status}) while ${ctx.action} at ${ctx.url}${tries}.${said} This is usually temporary: try again later, and check the server if it persists.`;
  } else {
    const code = details.code === void 0 ? "" : ` ${details.code}`;
    message = `The ${ctx.store} store got HTTP ${status}${code} while ${ctx.action} at ${ctx.url}.${said}`;
    if (status === 400) message += " The request was rejected as invalid: check the name, version or selector.";
    if (status === 409) message += " Versions are immutable: publish a new version instead of changing this one.";
  }
  return new StoreError(message, { store: ctx.store, status, retryable: isRetryableStatus(status) });
}
function networkError(ctx, cause, timeoutMs, attempts) {
  const tries = attempts > 1 ? ` (${attempts} attempts)` : "";
  const message = timeoutMs !== void 0 ? `The ${ctx.store} store timed out after ${timeoutMs} ms while ${ctx.action} at ${ctx.url}${tries}. Check that the server is reachable, or raise the store's "timeoutMs".` : `The ${ctx.store} store could not reach ${ctx.url} while ${ctx.action}${tries}: ${ctx.redact(describeCause(cause))}. Check the URL and the network.`;
  return new StoreError(message, { store: ctx.store, retryable: true }, { cause: sanitizeCause(cause, ctx.redact) });
}
function malformedError(ctx, problem, status) {
  return new StoreError(
    `The ${ctx.store} store got a malformed response while ${ctx.action} at ${ctx.url}: ${ctx.redact(problem)}. Check that the URL points at a promptops-compatible server (protocol v1).`,
    { store: ctx.store, status, retryable: false }
  );
}
function describeCause(cause) {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : "";
    return `${cause.message}${inner}`;
  }
  return String(cause);
}
function sanitizeCause(cause, redact) {
  if (!(cause instanceof Error)) return void 0;
  const inner = cause.cause instanceof Error ? new Error(redact(cause.cause.message)) : void 0;
  const copy = new Error(redact(cause.message), inner === void 0 ? void 0 : { cause: inner });
  copy.name = cause.name;
  return copy;
}
function redactor(secrets) {
  const list = secrets.filter((s) => typeof s === "string" && s.length > 0);
  return (text) => {
    let out = text;
    for (const secret of list) out = out.split(secret).join("[redacted]");
    return out;
  };
}

// src/stores/http/options.ts
function positiveNumber(value, option, fallback) {
  if (value === void 0) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    throw new ConfigError(`must be a positive number, got ${JSON.stringify(value)}`, { option });
  }
  return value;
}
function normalizeBaseUrl(value, option) {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ConfigError('is required: the base URL of the server, e.g. "https://prompts.example.com"', { option });
  }
  let url2;
  try {
    url2 = new URL(value);
  } catch {
    throw new ConfigError(`is not a valid URL: ${JSON.stringify(value.slice(0, 200))}`, { option });
  }
  if (url2.protocol !== "http:" && url2.protocol !== "https:") {
    throw new ConfigError(`must be an http: or https: URL, got ${url2.protocol}`, { option });
  }
  if (url2.search !== "" || url2.hash !== "") {
    throw new ConfigError("must not have a query string or a fragment", { option });
  }
  return `${url2.origin}${url2.pathname}`.replace(/\/+$/, "");
}

// src/stores/http/transport.ts
import ky from "ky";
var ERROR_BODY_LIMIT = 64 * 1024;
var DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
var BodyTooLarge = class extends Error {
};
var JSON_TYPE = /^application\/(?:[\w.-]+\+)?json(?:\s*;|\s*$)/i;
function createTransport(options) {
  const fetchImpl = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);
  async function request(req) {
    const url2 = new URL(`${options.baseUrl}${req.path}`);
    for (const [key, value] of Object.entries(req.searchParams ?? {})) url2.searchParams.set(key, value);
    const ctx = {
      store: options.store,
      action: req.action,
      url: displayUrlOf(url2),
      authHint: options.authHint,
      redact: options.redact
    };
    const { retry } = options;
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < retry.limit;
      let outcome;
      try {
        outcome = await attemptOnce(url2, req, ctx, canRetry, attempt + 1);
      } catch (error) {
        if (!(error instanceof NetworkFailure)) throw error;
        if (!canRetry) {
          throw networkError(ctx, error.original, error.timedOut ? options.timeoutMs : void 0, attempt + 1);
        }
        await retry.sleep(backoffDelay(attempt, retry));
        continue;
      }
      if (outcome.kind === "done") return outcome.response;
      await retry.sleep(outcome.retryAfterMs ?? backoffDelay(attempt, retry));
    }
  }
  async function attemptOnce(url2, req, ctx, canRetry, attempts) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error(`timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    try {
      let response;
      try {
        response = await ky(url2, {
          method: req.method ?? "GET",
          headers: { accept: "application/json", ...options.headers, ...req.headers },
          ...req.json === void 0 ? {} : { json: req.json },
          signal: controller.signal,
          timeout: false,
          retry: 0,
          throwHttpErrors: false,
          fetch: fetchImpl
        });
      } catch (error) {
        throw new NetworkFailure(error, timedOut);
      }
      const { status, headers } = response;
      if (isRetryableStatus(status) && canRetry) {
        const retryAfterMs2 = parseRetryAfter(headers.get("retry-after"), options.retry.now());
        if (retryAfterMs2 === void 0 || retryAfterMs2 <= options.retry.maxRetryAfterMs) {
          discard(response.body);
          return { kind: "retry", retryAfterMs: retryAfterMs2 };
        }
        const error = await readErrorBody(response, controller.signal);
        throw statusError(status, ctx, { ...error, retryAfterMs: retryAfterMs2, attempts });
      }
      const passed = req.passStatuses?.includes(status) === true;
      if (status >= 200 && status < 300) {
        const body = status === 204 ? void 0 : await readJson(response, ctx, controller.signal);
        return { kind: "done", response: { status, headers, body, error: {}, ctx } };
      }
      if (status === 304 && passed) {
        discard(response.body);
        return { kind: "done", response: { status, headers, body: void 0, error: {}, ctx } };
      }
      const errorBody = await readErrorBody(response, controller.signal);
      if (passed) return { kind: "done", response: { status, headers, ...errorBody, ctx } };
      const retryAfterMs = parseRetryAfter(headers.get("retry-after"), options.retry.now());
      throw statusError(status, ctx, { ...errorBody.error, retryAfterMs, attempts });
    } catch (error) {
      if (error instanceof NetworkFailure) throw error;
      if (timedOut) throw new NetworkFailure(error, true);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  async function readJson(response, ctx, signal) {
    const type = response.headers.get("content-type") ?? "";
    if (!JSON_TYPE.test(type)) {
      discard(response.body);
      throw malformedError(
        ctx,
        `expected a JSON body (content-type application/json), got ${type === "" ? "no content-type" : JSON.stringify(type.slice(0, 100))}`,
        response.status
      );
    }
    let bytes;
    try {
      bytes = await readLimited(response, options.maxBodyBytes, signal);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        throw malformedError(
          ctx,
          `the body is larger than the ${formatBytes(options.maxBodyBytes)} limit (maxBodyBytes); it was not read further`,
          response.status
        );
      }
      throw error;
    }
    try {
      return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw malformedError(ctx, `the body is not valid JSON (${reason.slice(0, 200)})`, response.status);
    }
  }
  async function readErrorBody(response, signal) {
    let body;
    try {
      const bytes = await readLimited(response, ERROR_BODY_LIMIT, signal);
      const text = new TextDecoder().decode(bytes);
      try {
        body = JSON.parse(text);
      } catch {
        return { body: void 0, error: {} };
      }
    } catch (error) {
      if (error instanceof BodyTooLarge) return { body: void 0, error: {} };
      throw error;
    }
    return { body, error: errorFields(body) };
  }
  return { request };
}
var NetworkFailure = class extends Error {
  constructor(original, timedOut) {
    super("network failure");
    this.original = original;
    this.timedOut = timedOut;
  }
  original;
  timedOut;
};
function errorFields(body) {
  if (typeof body !== "object" || body === null) return {};
  const record6 = body;
  const nested = record6.error;
  if (typeof nested === "object" && nested !== null) {
    const e = nested;
    return {
      ...typeof e.code === "string" ? { code: e.code } : {},
      ...typeof e.message === "string" ? { message: e.message } : {}
    };
  }
  return {
    ...typeof nested === "string" ? { code: nested } : {},
    ...typeof record6.message === "string" ? { message: record6.message } : {}
  };
}
async function readLimited(response, limit, signal) {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    discard(response.body);
    throw new BodyTooLarge();
  }
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  try {
    for (; ; ) {
      const { done, value } = await raceAbort(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > limit) throw new BodyTooLarge();
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => void 0);
    throw error;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
function raceAbort(promise, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
function displayUrlOf(url2) {
  return `${url2.origin}${url2.pathname}${url2.search}`;
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024 * 10) / 10} KB`;
  return `${bytes} bytes`;
}
function discard(body) {
  body?.cancel().catch(() => void 0);
}

// src/stores/http.ts
function httpStore(options) {
  if (typeof options !== "object" || options === null) {
    throw new ConfigError('httpStore(options) needs an options object with at least "url"', { option: "options" });
  }
  const storeName = options.name ?? "http";
  const baseUrl = normalizeBaseUrl(options.url, "url");
  if (/\/v\d+$/.test(baseUrl)) {
    throw new ConfigError(
      `should be the server's base URL without the protocol path: use ${JSON.stringify(baseUrl.replace(/\/v\d+$/, ""))}`,
      { option: "url" }
    );
  }
  const token = options.token;
  if (token !== void 0 && (typeof token !== "string" || token === "" || /[\r\n]/.test(token))) {
    throw new ConfigError("must be a non-empty string without line breaks (or left out)", { option: "token" });
  }
  const userHeaders = options.headers ?? {};
  if (typeof userHeaders !== "object" || userHeaders === null) {
    throw new ConfigError("must be an object of header names to values", { option: "headers" });
  }
  const headers = { ...userHeaders };
  if (token !== void 0) headers.authorization = `Bearer ${token}`;
  const redact = redactor([token, ...Object.values(userHeaders)]);
  const transport = createTransport({
    store: storeName,
    baseUrl,
    headers,
    secrets: [token],
    authHint: token === void 0 ? `no token was sent: pass the server's token as the "token" option of httpStore (or set the variable named by "tokenEnv" in promptops.config.json)` : 'the token that was sent was refused: check that the "token" option of httpStore matches the token the server was started with',
    timeoutMs: positiveNumber(options.timeoutMs, "timeoutMs", 5e3),
    retry: resolveRetryOptions(options.retry),
    maxBodyBytes: positiveNumber(options.maxBodyBytes, "maxBodyBytes", DEFAULT_MAX_BODY_BYTES),
    ...options.fetch === void 0 ? {} : { fetch: options.fetch },
    redact
  });
  const etags = new LRUCache2({
    max: positiveNumber(options.etagCacheSize, "etagCacheSize", 1e3)
  });
  async function toRecord(res, expected) {
    let record6;
    try {
      record6 = parseRecord(res.body, { file: res.ctx.url });
    } catch (error) {
      if (error instanceof PromptFormatError) throw malformedError(res.ctx, `the record is invalid (${error.message})`);
      throw error;
    }
    if (record6.name !== expected.name) {
      throw malformedError(res.ctx, `asked for prompt "${expected.name}", got a record named "${record6.name}"`);
    }
    if (expected.version !== void 0 && record6.version !== expected.version) {
      throw malformedError(res.ctx, `asked for version ${expected.version}, got ${record6.version}`);
    }
    const hash = await verifyRecordHash(record6);
    return frozenRecord(record6, record6.labels ?? [], hash);
  }
  function notFound(res) {
    if (res.status !== 404) return false;
    if (res.error.code === "not_found") return true;
    throw statusError(404, res.ctx, res.error);
  }
  function versionInfos(res, name) {
    const parsed = versionListSchema.safeParse(res.body);
    if (!parsed.success) throw malformedError(res.ctx, `unexpected version list (${describeIssues(parsed.error)})`);
    if (parsed.data.name !== name) {
      throw malformedError(res.ctx, `asked for the versions of "${name}", got those of "${parsed.data.name}"`);
    }
    return checkVersions(parsed.data.versions, res.ctx);
  }
  const store = {
    name: storeName,
    async listVersions(name) {
      assertPromptName(name, storeName);
      const res = await transport.request({
        path: promptPath(name),
        action: `listing the versions of "${name}"`,
        passStatuses: [404]
      });
      if (notFound(res)) return [];
      return versionInfos(res, name);
    },
    async getVersion(name, version) {
      assertPromptName(name, storeName);
      if (typeof version !== "string" || semverValid3(version) !== version) return void 0;
      const path = versionPath(name, version);
      const cached = etags.get(path);
      const res = await transport.request({
        path,
        headers: cached === void 0 ? {} : { "if-none-match": cached.etag },
        action: `loading "${name}@${version}"`,
        passStatuses: [404, 304]
      });
      if (res.status === 304) {
        if (cached !== void 0) return cached.record;
        throw malformedError(res.ctx, "got 304 Not Modified to a request without If-None-Match", 304);
      }
      if (notFound(res)) {
        etags.delete(path);
        return void 0;
      }
      const record6 = await toRecord(res, { name, version });
      etags.set(path, { etag: res.headers.get("etag") ?? `"${record6.hash}"`, record: record6 });
      return record6;
    },
    async resolve(name, selector) {
      assertPromptName(name, storeName);
      assertValidSelector(selector, `${name}@${selector}`);
      const res = await transport.request({
        path: resolvePath(name),
        searchParams: { selector },
        action: `resolving "${name}@${selector}"`,
        passStatuses: [404]
      });
      if (notFound(res)) return void 0;
      return toRecord(res, { name, ...semverValid3(selector) === selector ? { version: selector } : {} });
    },
    async list() {
      const res = await transport.request({ path: "/v1/prompts", action: "listing the prompts" });
      const parsed = promptListSchema.safeParse(res.body);
      if (!parsed.success) throw malformedError(res.ctx, `unexpected prompt list (${describeIssues(parsed.error)})`);
      const names = /* @__PURE__ */ new Set();
      for (const entry of parsed.data.prompts) {
        const problem = explainInvalidName(entry.name);
        if (problem !== void 0) throw malformedError(res.ctx, `the prompt list holds an ${problem}`);
        names.add(entry.name);
      }
      return [...names].sort();
    },
    async close() {
      etags.clear();
    }
  };
  if (options.writable === true) {
    store.putVersion = async (record6) => {
      const parsed = parseRecord(record6, { file: `${storeName} store putVersion` });
      const hash = await verifyRecordHash(parsed);
      await transport.request({
        method: "PUT",
        path: versionPath(parsed.name, parsed.version),
        json: { ...parsed, hash },
        action: `publishing "${parsed.name}@${parsed.version}"`
      });
    };
    store.setLabel = async (name, label, version) => {
      assertPromptName(name, storeName);
      assertLabelName(label, storeName);
      const res = await transport.request({
        method: "PUT",
        path: labelPath(name, label),
        json: { version },
        action: `setting label "${label}" of "${name}" to ${version}`,
        passStatuses: [404]
      });
      if (res.status === 404) {
        const said = res.error.message === void 0 ? "" : `: ${redact(res.error.message).slice(0, 300)}`;
        throw new StoreError(
          `Cannot set label "${label}" of "${name}" to ${version} in the ${storeName} store${said}. Publish that version first, or pick one that exists.`,
          { store: storeName, status: 404 }
        );
      }
    };
  }
  return store;
}
function checkVersions(versions, ctx) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const v of versions) {
    if (semverValid3(v.version) !== v.version) {
      throw malformedError(ctx, `version ${JSON.stringify(v.version.slice(0, 50))} is not a semver version`);
    }
    if (seen.has(v.version)) throw malformedError(ctx, `version ${v.version} is listed twice`);
    seen.add(v.version);
    out.push({ version: v.version, labels: [...v.labels], ...v.hash === void 0 ? {} : { hash: v.hash } });
  }
  return sortVersionsDescending(out);
}

// bench/client.ts
var GREETING = "bench/greeting";
var MANY = "bench/many";
var TEMPLATE = "You are a support agent for {{company}}. Greet {{customer}} in a {{tone}} tone about {{topic}}.";
var VARS = { company: "Acme", customer: "Ada", tone: "friendly", topic: "billing" };
var EXPECTED = "You are a support agent for Acme. Greet Ada in a friendly tone about billing.";
var DISTINCT_KEYS = 1e5;
var only = process.argv[3]?.split(",").map(Number);
var wanted = (scenario) => only === void 0 || only.includes(scenario);
var CONCURRENT_COLD = 1e3;
setFlagsFromString("--expose-gc");
var gc = globalThis.gc ?? runInNewContext("gc");
function record5(name, version) {
  if (name === GREETING && version === "1.0.0") {
    return {
      name,
      version,
      labels: ["production"],
      type: "text",
      template: TEMPLATE,
      input: { schema: { company: "string", customer: "string", tone: "string", topic: "string" } }
    };
  }
  const major = /^([1-9]\d*)\.0\.0$/.exec(version)?.[1];
  if (name === MANY && major !== void 0 && Number(major) <= DISTINCT_KEYS) {
    return { name, version, type: "text", template: `Prompt number ${major} for {{customer}}.` };
  }
  return void 0;
}
var generated = {
  name: "generated",
  async listVersions(name) {
    return name === GREETING ? [{ version: "1.0.0", labels: ["production"] }] : [];
  },
  async getVersion(name, version) {
    return record5(name, version);
  },
  async resolve(name, selector) {
    if (name === GREETING && (selector === "latest" || selector === "production" || selector === "1.0.0")) {
      return record5(name, "1.0.0");
    }
    return record5(name, selector);
  }
};
var requests = { promptops: 0, langfuse: 0 };
var promptopsHandler = createPromptRequestHandler({ store: generated });
function langfuseHandler(req, res) {
  const url2 = new URL(req.url ?? "/", "http://127.0.0.1");
  const name = decodeURIComponent(url2.pathname.slice("/api/public/v2/prompts/".length));
  const version = url2.searchParams.get("version");
  const found = record5(name, version === null ? "1.0.0" : `${version}.0.0`);
  if (found === void 0) {
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "Prompt not found" }));
    return;
  }
  const body = {
    id: `${name}-${found.version}`,
    name,
    version: Number(found.version.split(".")[0]),
    type: "text",
    prompt: found.template,
    config: {},
    labels: found.labels ?? [],
    tags: [],
    commitMessage: null
  };
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
}
async function startServer() {
  const server2 = createServer((req, res) => {
    if (req.url?.startsWith("/api/public/")) {
      requests.langfuse++;
      langfuseHandler(req, res);
    } else {
      requests.promptops++;
      promptopsHandler(req, res);
    }
  });
  await new Promise((resolve) => server2.listen(0, "127.0.0.1", resolve));
  const { port } = server2.address();
  return { server: server2, url: `http://127.0.0.1:${port}` };
}
var langfuseOptions = (baseUrl) => ({ publicKey: "pk-lf-bench", secretKey: "sk-lf-bench", baseUrl });
async function opsPerSecond(a, b, rounds = 8, ms = 250) {
  const best = [0, 0];
  const fns = [a, b];
  for (const fn2 of fns) for (let i = 0; i < 5e3; i++) await fn2();
  for (let r = 0; r < rounds; r++) {
    for (let f = 0; f < 2; f++) {
      const fn2 = fns[f];
      let count = 0;
      const start = performance.now();
      let now = start;
      while (now - start < ms) {
        for (let i = 0; i < 500; i++) await fn2();
        count += 500;
        now = performance.now();
      }
      best[f] = Math.max(best[f] ?? 0, count * 1e3 / (now - start));
    }
  }
  return best;
}
function heapUsed() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
async function inBatches(count, size, run) {
  for (let start = 1; start <= count; start += size) {
    const batch = [];
    for (let i = start; i < start + size && i <= count; i++) batch.push(run(i));
    await Promise.all(batch);
  }
}
var fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
var mb = (bytes) => `${fmt(bytes / 1024 / 1024, 1)} MB`;
var rows = [];
var { server, url } = await startServer();
var silence = console.warn;
if (wanted(1)) {
  const prompts = createPromptClient({ store: httpStore({ url }) });
  const langfuse = new LangfuseClient(langfuseOptions(url));
  const ours = await prompts.getPrompt(GREETING);
  const theirs = await langfuse.prompt.get(GREETING);
  if (ours.render(VARS) !== EXPECTED || theirs.compile(VARS) !== EXPECTED) throw new Error("outputs differ");
  const [promptopsGet, langfuseGet] = await opsPerSecond(
    () => prompts.getPrompt(GREETING),
    () => langfuse.prompt.get(GREETING)
  );
  rows.push([
    "1a. cache-hit get only (ops/s)",
    fmt(promptopsGet),
    fmt(langfuseGet),
    `${fmt(promptopsGet / langfuseGet, 1)}\xD7`
  ]);
  const [promptopsOps, langfuseOps] = await opsPerSecond(
    async () => (await prompts.getPrompt(GREETING)).render(VARS),
    async () => (await langfuse.prompt.get(GREETING)).compile(VARS)
  );
  rows.push([
    "1b. cache-hit get + render (ops/s)",
    fmt(promptopsOps),
    fmt(langfuseOps),
    `${fmt(promptopsOps / langfuseOps, 1)}\xD7 (target \u2265 4\xD7; promptops validates the input)`
  ]);
  await prompts.close();
}
if (wanted(2)) {
  requests.promptops = 0;
  requests.langfuse = 0;
  const prompts = createPromptClient({ store: httpStore({ url }) });
  const langfuse = new LangfuseClient(langfuseOptions(url));
  const ours = await Promise.all(Array.from({ length: CONCURRENT_COLD }, () => prompts.getPrompt(GREETING)));
  const theirs = await Promise.all(Array.from({ length: CONCURRENT_COLD }, () => langfuse.prompt.get(GREETING)));
  if (ours.length !== CONCURRENT_COLD || theirs.length !== CONCURRENT_COLD) throw new Error("missing answers");
  rows.push([
    `2. ${fmt(CONCURRENT_COLD)} concurrent cold gets: server requests`,
    fmt(requests.promptops),
    fmt(requests.langfuse),
    "target: 1"
  ]);
  await prompts.close();
}
if (wanted(3)) {
  const base = heapUsed();
  let prompts = createPromptClient({
    store: httpStore({ url }),
    cache: { max: 1e3 }
  });
  const started = performance.now();
  await inBatches(DISTINCT_KEYS, 100, (i) => prompts.getPrompt(`${MANY}@${i}.0.0`));
  const promptopsSeconds = (performance.now() - started) / 1e3;
  const promptopsHeap = heapUsed() - base;
  await prompts.close();
  prompts = void 0;
  const base2 = heapUsed();
  let langfuse = new LangfuseClient(langfuseOptions(url));
  const started2 = performance.now();
  await inBatches(DISTINCT_KEYS, 100, (i) => langfuse.prompt.get(MANY, { version: i }));
  const langfuseSeconds = (performance.now() - started2) / 1e3;
  const langfuseHeap = heapUsed() - base2;
  if (langfuse.prompt === void 0) throw new Error("unreachable");
  langfuse = void 0;
  rows.push([
    `3. heap held after ${fmt(DISTINCT_KEYS)} distinct keys`,
    `${mb(promptopsHeap)} (max: 1000; ${fmt(promptopsSeconds, 1)} s)`,
    `${mb(langfuseHeap)} (unbounded map; ${fmt(langfuseSeconds, 1)} s)`,
    `${fmt(langfuseHeap / Math.max(promptopsHeap, 1), 1)}\xD7 less`
  ]);
}
if (wanted(4)) {
  const snapshot = memorySnapshot();
  const warm = createPromptClient({ store: httpStore({ url }), snapshot });
  await warm.getPrompt(GREETING);
  await warm.close();
  await new Promise((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  const started = performance.now();
  const cold = createPromptClient({ store: httpStore({ url }), snapshot });
  let ours;
  try {
    const p = await cold.getPrompt(GREETING);
    ours = `served (source: ${p.source}, ${p.render(VARS) === EXPECTED ? "renders" : "WRONG TEXT"}) in ${fmt(performance.now() - started)} ms`;
  } catch (error) {
    ours = `error: ${error.message.slice(0, 60)}`;
  }
  await cold.close();
  console.warn = () => void 0;
  const started2 = performance.now();
  const langfuse = new LangfuseClient(langfuseOptions(url));
  let theirs;
  try {
    const p = await langfuse.prompt.get(GREETING);
    theirs = `served (${p.isFallback ? "fallback" : "fetched"})`;
  } catch (error) {
    theirs = `throws (${error.constructor.name}) after ${fmt(performance.now() - started2)} ms; only an in-code fallback helps`;
  }
  console.warn = silence;
  rows.push(["4. cold start, server down, snapshot present", ours, theirs, "target: served, no error"]);
}
var header = ["scenario", "promptops", "@langfuse/client", "result"];
var widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
var line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(`
node ${process.version}, ${process.platform}/${process.arch}`);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
process.exit(0);
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiY2xpZW50LnRzIiwgIi4uL3NyYy9lcnJvcnMudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmllbGQtcGF0aC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9zdWdnZXN0LnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3BpY29zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvanNvbi1zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmFzdC1wYXRoLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3R5cGVzY3JpcHQudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvaXNzdWVzLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3N0YW5kYXJkLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3pvZC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9pbmRleC50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnNlLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvbG9va3VwLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvYW5hbHl6ZS50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnRpYWxzLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvdmFsdWUudHMiLCAiLi4vc3JjL2VuZ2luZS90ZW1wbGF0ZS9jb21waWxlLnRzIiwgIi4uL3NyYy9lbmdpbmUvcHJvbXB0LnRzIiwgIi4uL3NyYy9lbmdpbmUvcmVjb3JkLXNjaGVtYS50cyIsICIuLi9zcmMvZW5naW5lL25hbWUudHMiLCAiLi4vc3JjL2VuZ2luZS9zZWxlY3Rvci50cyIsICIuLi9zcmMvdGVsZW1ldHJ5L2VtaXR0ZXIudHMiLCAiLi4vc3JjL2NsaWVudC9jYWNoZS50cyIsICIuLi9zcmMvY2xpZW50L2Nsb2NrLnRzIiwgIi4uL3NyYy9jbGllbnQvZmFsbGJhY2sudHMiLCAiLi4vc3JjL2VuZ2luZS9oYXNoLnRzIiwgIi4uL3NyYy9zdG9yZXMvcmVzb2x2ZS50cyIsICIuLi9zcmMvY2xpZW50L2xvYWRlci50cyIsICIuLi9zcmMvY2xpZW50L2xvY2tmaWxlLnRzIiwgIi4uL3NyYy9jbGllbnQvdmFsaWRhdGUudHMiLCAiLi4vc3JjL2NsaWVudC9vcHRpb25zLnRzIiwgIi4uL3NyYy9jbGllbnQvcHJvbXB0LnRzIiwgIi4uL3NyYy9jbGllbnQvc25hcHNob3QudHMiLCAiLi4vc3JjL2NsaWVudC9jbGllbnQudHMiLCAiLi4vc3JjL3NlcnZlci9oYW5kbGVyLnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9wcm90b2NvbC50cyIsICIuLi9zcmMvc3RvcmVzL2h0dHAudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL3JldHJ5LnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9lcnJvcnMudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL29wdGlvbnMudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL3RyYW5zcG9ydC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgcHJvbXB0IGNsaWVudCBzaWRlIGJ5IHNpZGUgd2l0aCBgQGxhbmdmdXNlL2NsaWVudGAsIGluIG9uZSBwcm9jZXNzLCBib3RoIHRhbGtpbmcgSFRUUCB0byBvbmVcbiAqIGxvb3BiYWNrIHNlcnZlciAoMTI3LjAuMC4xLCBwb3J0IDApIHRoYXQgc3BlYWtzIHByb21wdG9wcyBwcm90b2NvbCB2MSAoYGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyYClcbiAqIGFuZCBMYW5nZnVzZSdzIHByb21wdCBBUEkgKGBHRVQgL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy97bmFtZX1gKTpcbiAqXG4gKiAxLiBjYWNoZS1oaXQgYGdldGAgKyByZW5kZXIsIG9wcy9zICh0YXJnZXQ6IHByb21wdG9wcyBcdTIyNjUgNFx1MDBENyBMYW5nZnVzZSk7XG4gKiAyLiAxLDAwMCBjb25jdXJyZW50IGNvbGQgZ2V0cyBvZiBvbmUgbmFtZTogcmVxdWVzdHMgdGhlIHNlcnZlciBzYXcgKHRhcmdldDogMSk7XG4gKiAzLiBoZWFwIGhlbGQgYWZ0ZXIgZmV0Y2hpbmcgMTAwLDAwMCBkaXN0aW5jdCBuYW1lL3ZlcnNpb24ga2V5cyAocHJvbXB0b3BzIGBjYWNoZS5tYXg6IDEwMDBgKTtcbiAqIDQuIGNvbGQgc3RhcnQgd2l0aCB0aGUgc2VydmVyIGRvd24gYW5kIGEgc25hcHNob3QgcHJlc2VudC5cbiAqXG4gKiBSdW46IGBub2RlIGJlbmNoL3J1bi5tanMgY2xpZW50YCAoZ2xvYmFsLmdjIGlzIHN3aXRjaGVkIG9uIGF0IHJ1biB0aW1lIHdoZW4gYC0tZXhwb3NlLWdjYCBpcyBub3QgZ2l2ZW4pO1xuICogYG5vZGUgYmVuY2gvcnVuLm1qcyBjbGllbnQgMSwyYCBydW5zIHRoZSBsaXN0ZWQgc2NlbmFyaW9zIG9ubHkuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVNlcnZlciwgdHlwZSBJbmNvbWluZ01lc3NhZ2UsIHR5cGUgU2VydmVyLCB0eXBlIFNlcnZlclJlc3BvbnNlIH0gZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCB0eXBlIHsgQWRkcmVzc0luZm8gfSBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgeyBzZXRGbGFnc0Zyb21TdHJpbmcgfSBmcm9tICdub2RlOnY4JztcbmltcG9ydCB7IHJ1bkluTmV3Q29udGV4dCB9IGZyb20gJ25vZGU6dm0nO1xuaW1wb3J0IHsgTGFuZ2Z1c2VDbGllbnQgfSBmcm9tICdAbGFuZ2Z1c2UvY2xpZW50JztcbmltcG9ydCB7IGNyZWF0ZVByb21wdENsaWVudCB9IGZyb20gJy4uL3NyYy9jbGllbnQvY2xpZW50LmpzJztcbmltcG9ydCB7IG1lbW9yeVNuYXBzaG90IH0gZnJvbSAnLi4vc3JjL2NsaWVudC9zbmFwc2hvdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL3NyYy9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyIH0gZnJvbSAnLi4vc3JjL3NlcnZlci9oYW5kbGVyLmpzJztcbmltcG9ydCB7IGh0dHBTdG9yZSB9IGZyb20gJy4uL3NyYy9zdG9yZXMvaHR0cC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3NyYy9zdG9yZXMvdHlwZXMuanMnO1xuXG5jb25zdCBHUkVFVElORyA9ICdiZW5jaC9ncmVldGluZyc7XG5jb25zdCBNQU5ZID0gJ2JlbmNoL21hbnknO1xuY29uc3QgVEVNUExBVEUgPSAnWW91IGFyZSBhIHN1cHBvcnQgYWdlbnQgZm9yIHt7Y29tcGFueX19LiBHcmVldCB7e2N1c3RvbWVyfX0gaW4gYSB7e3RvbmV9fSB0b25lIGFib3V0IHt7dG9waWN9fS4nO1xuY29uc3QgVkFSUyA9IHsgY29tcGFueTogJ0FjbWUnLCBjdXN0b21lcjogJ0FkYScsIHRvbmU6ICdmcmllbmRseScsIHRvcGljOiAnYmlsbGluZycgfTtcbmNvbnN0IEVYUEVDVEVEID0gJ1lvdSBhcmUgYSBzdXBwb3J0IGFnZW50IGZvciBBY21lLiBHcmVldCBBZGEgaW4gYSBmcmllbmRseSB0b25lIGFib3V0IGJpbGxpbmcuJztcbmNvbnN0IERJU1RJTkNUX0tFWVMgPSAxMDBfMDAwO1xuY29uc3Qgb25seSA9IHByb2Nlc3MuYXJndlszXT8uc3BsaXQoJywnKS5tYXAoTnVtYmVyKTtcbmNvbnN0IHdhbnRlZCA9IChzY2VuYXJpbzogbnVtYmVyKTogYm9vbGVhbiA9PiBvbmx5ID09PSB1bmRlZmluZWQgfHwgb25seS5pbmNsdWRlcyhzY2VuYXJpbyk7XG5jb25zdCBDT05DVVJSRU5UX0NPTEQgPSAxXzAwMDtcblxuc2V0RmxhZ3NGcm9tU3RyaW5nKCctLWV4cG9zZS1nYycpO1xuY29uc3QgZ2M6ICgpID0+IHZvaWQgPSAoZ2xvYmFsVGhpcyBhcyB7IGdjPzogKCkgPT4gdm9pZCB9KS5nYyA/PyAocnVuSW5OZXdDb250ZXh0KCdnYycpIGFzICgpID0+IHZvaWQpO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gdGhlIHNlcnZlclxuXG4vKiogYGJlbmNoL2dyZWV0aW5nQDEuMC4wYCAobGFiZWwgcHJvZHVjdGlvbiksIGFuZCBgYmVuY2gvbWFueUBOLjAuMGAgZm9yIGV2ZXJ5IE4sIG1hZGUgb24gZGVtYW5kLiAqL1xuZnVuY3Rpb24gcmVjb3JkKG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkIHtcbiAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIHZlcnNpb24gPT09ICcxLjAuMCcpIHtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZSxcbiAgICAgIHZlcnNpb24sXG4gICAgICBsYWJlbHM6IFsncHJvZHVjdGlvbiddLFxuICAgICAgdHlwZTogJ3RleHQnLFxuICAgICAgdGVtcGxhdGU6IFRFTVBMQVRFLFxuICAgICAgaW5wdXQ6IHsgc2NoZW1hOiB7IGNvbXBhbnk6ICdzdHJpbmcnLCBjdXN0b21lcjogJ3N0cmluZycsIHRvbmU6ICdzdHJpbmcnLCB0b3BpYzogJ3N0cmluZycgfSB9LFxuICAgIH07XG4gIH1cbiAgY29uc3QgbWFqb3IgPSAvXihbMS05XVxcZCopXFwuMFxcLjAkLy5leGVjKHZlcnNpb24pPy5bMV07XG4gIGlmIChuYW1lID09PSBNQU5ZICYmIG1ham9yICE9PSB1bmRlZmluZWQgJiYgTnVtYmVyKG1ham9yKSA8PSBESVNUSU5DVF9LRVlTKSB7XG4gICAgcmV0dXJuIHsgbmFtZSwgdmVyc2lvbiwgdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZTogYFByb21wdCBudW1iZXIgJHttYWpvcn0gZm9yIHt7Y3VzdG9tZXJ9fS5gIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuY29uc3QgZ2VuZXJhdGVkOiBQcm9tcHRTdG9yZSA9IHtcbiAgbmFtZTogJ2dlbmVyYXRlZCcsXG4gIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKTogUHJvbWlzZTxWZXJzaW9uSW5mb1tdPiB7XG4gICAgcmV0dXJuIG5hbWUgPT09IEdSRUVUSU5HID8gW3sgdmVyc2lvbjogJzEuMC4wJywgbGFiZWxzOiBbJ3Byb2R1Y3Rpb24nXSB9XSA6IFtdO1xuICB9LFxuICBhc3luYyBnZXRWZXJzaW9uKG5hbWUsIHZlcnNpb24pIHtcbiAgICByZXR1cm4gcmVjb3JkKG5hbWUsIHZlcnNpb24pO1xuICB9LFxuICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIChzZWxlY3RvciA9PT0gJ2xhdGVzdCcgfHwgc2VsZWN0b3IgPT09ICdwcm9kdWN0aW9uJyB8fCBzZWxlY3RvciA9PT0gJzEuMC4wJykpIHtcbiAgICAgIHJldHVybiByZWNvcmQobmFtZSwgJzEuMC4wJyk7XG4gICAgfVxuICAgIHJldHVybiByZWNvcmQobmFtZSwgc2VsZWN0b3IpO1xuICB9LFxufTtcblxuY29uc3QgcmVxdWVzdHMgPSB7IHByb21wdG9wczogMCwgbGFuZ2Z1c2U6IDAgfTtcbmNvbnN0IHByb21wdG9wc0hhbmRsZXIgPSBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcih7IHN0b3JlOiBnZW5lcmF0ZWQgfSk7XG5cbmZ1bmN0aW9uIGxhbmdmdXNlSGFuZGxlcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBuZXcgVVJMKHJlcS51cmwgPz8gJy8nLCAnaHR0cDovLzEyNy4wLjAuMScpO1xuICBjb25zdCBuYW1lID0gZGVjb2RlVVJJQ29tcG9uZW50KHVybC5wYXRobmFtZS5zbGljZSgnL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy8nLmxlbmd0aCkpO1xuICBjb25zdCB2ZXJzaW9uID0gdXJsLnNlYXJjaFBhcmFtcy5nZXQoJ3ZlcnNpb24nKTtcbiAgY29uc3QgZm91bmQgPSByZWNvcmQobmFtZSwgdmVyc2lvbiA9PT0gbnVsbCA/ICcxLjAuMCcgOiBgJHt2ZXJzaW9ufS4wLjBgKTtcbiAgaWYgKGZvdW5kID09PSB1bmRlZmluZWQpIHtcbiAgICByZXMud3JpdGVIZWFkKDQwNCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeSh7IG1lc3NhZ2U6ICdQcm9tcHQgbm90IGZvdW5kJyB9KSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IGJvZHkgPSB7XG4gICAgaWQ6IGAke25hbWV9LSR7Zm91bmQudmVyc2lvbn1gLFxuICAgIG5hbWUsXG4gICAgdmVyc2lvbjogTnVtYmVyKGZvdW5kLnZlcnNpb24uc3BsaXQoJy4nKVswXSksXG4gICAgdHlwZTogJ3RleHQnLFxuICAgIHByb21wdDogZm91bmQudGVtcGxhdGUsXG4gICAgY29uZmlnOiB7fSxcbiAgICBsYWJlbHM6IGZvdW5kLmxhYmVscyA/PyBbXSxcbiAgICB0YWdzOiBbXSxcbiAgICBjb21taXRNZXNzYWdlOiBudWxsLFxuICB9O1xuICByZXMud3JpdGVIZWFkKDIwMCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeShib2R5KSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN0YXJ0U2VydmVyKCk6IFByb21pc2U8eyBzZXJ2ZXI6IFNlcnZlcjsgdXJsOiBzdHJpbmcgfT4ge1xuICBjb25zdCBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKHJlcSwgcmVzKSA9PiB7XG4gICAgaWYgKHJlcS51cmw/LnN0YXJ0c1dpdGgoJy9hcGkvcHVibGljLycpKSB7XG4gICAgICByZXF1ZXN0cy5sYW5nZnVzZSsrO1xuICAgICAgbGFuZ2Z1c2VIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9IGVsc2Uge1xuICAgICAgcmVxdWVzdHMucHJvbXB0b3BzKys7XG4gICAgICBwcm9tcHRvcHNIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9XG4gIH0pO1xuICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgcmVzb2x2ZSkpO1xuICBjb25zdCB7IHBvcnQgfSA9IHNlcnZlci5hZGRyZXNzKCkgYXMgQWRkcmVzc0luZm87XG4gIHJldHVybiB7IHNlcnZlciwgdXJsOiBgaHR0cDovLzEyNy4wLjAuMToke3BvcnR9YCB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gaGVscGVyc1xuXG5jb25zdCBsYW5nZnVzZU9wdGlvbnMgPSAoYmFzZVVybDogc3RyaW5nKSA9PiAoeyBwdWJsaWNLZXk6ICdway1sZi1iZW5jaCcsIHNlY3JldEtleTogJ3NrLWxmLWJlbmNoJywgYmFzZVVybCB9KTtcblxuLyoqXG4gKiBvcHMvcyBvZiBgYWAgYW5kIG9mIGBiYCwgZWFjaCB0aGUgYmVzdCBvZiBgcm91bmRzYCByb3VuZHMgb2YgYWJvdXQgYG1zYCwgdGhlIHJvdW5kcyBvZiB0aGUgdHdvXG4gKiBpbnRlcmxlYXZlZCBzbyB0aGF0IGxvYWQgZnJvbSBlbHNld2hlcmUgb24gdGhlIG1hY2hpbmUgaGl0cyBib3RoIGFsaWtlLlxuICovXG5hc3luYyBmdW5jdGlvbiBvcHNQZXJTZWNvbmQoXG4gIGE6ICgpID0+IFByb21pc2U8dW5rbm93bj4sXG4gIGI6ICgpID0+IFByb21pc2U8dW5rbm93bj4sXG4gIHJvdW5kcyA9IDgsXG4gIG1zID0gMjUwLFxuKTogUHJvbWlzZTxbbnVtYmVyLCBudW1iZXJdPiB7XG4gIGNvbnN0IGJlc3Q6IFtudW1iZXIsIG51bWJlcl0gPSBbMCwgMF07XG4gIGNvbnN0IGZucyA9IFthLCBiXTtcbiAgZm9yIChjb25zdCBmbiBvZiBmbnMpIGZvciAobGV0IGkgPSAwOyBpIDwgNV8wMDA7IGkrKykgYXdhaXQgZm4oKTtcbiAgZm9yIChsZXQgciA9IDA7IHIgPCByb3VuZHM7IHIrKykge1xuICAgIGZvciAobGV0IGYgPSAwOyBmIDwgMjsgZisrKSB7XG4gICAgICBjb25zdCBmbiA9IGZuc1tmXSBhcyAoKSA9PiBQcm9taXNlPHVua25vd24+O1xuICAgICAgbGV0IGNvdW50ID0gMDtcbiAgICAgIGNvbnN0IHN0YXJ0ID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICBsZXQgbm93ID0gc3RhcnQ7XG4gICAgICB3aGlsZSAobm93IC0gc3RhcnQgPCBtcykge1xuICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IDUwMDsgaSsrKSBhd2FpdCBmbigpO1xuICAgICAgICBjb3VudCArPSA1MDA7XG4gICAgICAgIG5vdyA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgICAgfVxuICAgICAgYmVzdFtmXSA9IE1hdGgubWF4KGJlc3RbZl0gPz8gMCwgKGNvdW50ICogMTAwMCkgLyAobm93IC0gc3RhcnQpKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGJlc3Q7XG59XG5cbmZ1bmN0aW9uIGhlYXBVc2VkKCk6IG51bWJlciB7XG4gIGdjKCk7XG4gIGdjKCk7XG4gIHJldHVybiBwcm9jZXNzLm1lbW9yeVVzYWdlKCkuaGVhcFVzZWQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGluQmF0Y2hlcyhjb3VudDogbnVtYmVyLCBzaXplOiBudW1iZXIsIHJ1bjogKGk6IG51bWJlcikgPT4gUHJvbWlzZTx1bmtub3duPik6IFByb21pc2U8dm9pZD4ge1xuICBmb3IgKGxldCBzdGFydCA9IDE7IHN0YXJ0IDw9IGNvdW50OyBzdGFydCArPSBzaXplKSB7XG4gICAgY29uc3QgYmF0Y2g6IEFycmF5PFByb21pc2U8dW5rbm93bj4+ID0gW107XG4gICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgc3RhcnQgKyBzaXplICYmIGkgPD0gY291bnQ7IGkrKykgYmF0Y2gucHVzaChydW4oaSkpO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKGJhdGNoKTtcbiAgfVxufVxuXG5jb25zdCBmbXQgPSAobjogbnVtYmVyLCBkaWdpdHMgPSAwKSA9PiBuLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycsIHsgbWF4aW11bUZyYWN0aW9uRGlnaXRzOiBkaWdpdHMgfSk7XG5jb25zdCBtYiA9IChieXRlczogbnVtYmVyKSA9PiBgJHtmbXQoYnl0ZXMgLyAxMDI0IC8gMTAyNCwgMSl9IE1CYDtcbmNvbnN0IHJvd3M6IEFycmF5PFtzdHJpbmcsIHN0cmluZywgc3RyaW5nLCBzdHJpbmddPiA9IFtdO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gc2NlbmFyaW9zXG5cbmNvbnN0IHsgc2VydmVyLCB1cmwgfSA9IGF3YWl0IHN0YXJ0U2VydmVyKCk7XG5jb25zdCBzaWxlbmNlID0gY29uc29sZS53YXJuO1xuXG4vLyAxLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyXG5pZiAod2FudGVkKDEpKSB7XG4gIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pIH0pO1xuICBjb25zdCBsYW5nZnVzZSA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGNvbnN0IG91cnMgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORyk7XG4gIGNvbnN0IHRoZWlycyA9IGF3YWl0IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpO1xuICBpZiAob3Vycy5yZW5kZXIoVkFSUykgIT09IEVYUEVDVEVEIHx8IHRoZWlycy5jb21waWxlKFZBUlMpICE9PSBFWFBFQ1RFRCkgdGhyb3cgbmV3IEVycm9yKCdvdXRwdXRzIGRpZmZlcicpO1xuICBjb25zdCBbcHJvbXB0b3BzR2V0LCBsYW5nZnVzZUdldF0gPSBhd2FpdCBvcHNQZXJTZWNvbmQoXG4gICAgKCkgPT4gcHJvbXB0cy5nZXRQcm9tcHQoR1JFRVRJTkcpLFxuICAgICgpID0+IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpLFxuICApO1xuICByb3dzLnB1c2goW1xuICAgICcxYS4gY2FjaGUtaGl0IGdldCBvbmx5IChvcHMvcyknLFxuICAgIGZtdChwcm9tcHRvcHNHZXQpLFxuICAgIGZtdChsYW5nZnVzZUdldCksXG4gICAgYCR7Zm10KHByb21wdG9wc0dldCAvIGxhbmdmdXNlR2V0LCAxKX1cdTAwRDdgLFxuICBdKTtcbiAgY29uc3QgW3Byb21wdG9wc09wcywgbGFuZ2Z1c2VPcHNdID0gYXdhaXQgb3BzUGVyU2Vjb25kKFxuICAgIGFzeW5jICgpID0+IChhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORykpLnJlbmRlcihWQVJTKSxcbiAgICBhc3luYyAoKSA9PiAoYXdhaXQgbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORykpLmNvbXBpbGUoVkFSUyksXG4gICk7XG4gIHJvd3MucHVzaChbXG4gICAgJzFiLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyIChvcHMvcyknLFxuICAgIGZtdChwcm9tcHRvcHNPcHMpLFxuICAgIGZtdChsYW5nZnVzZU9wcyksXG4gICAgYCR7Zm10KHByb21wdG9wc09wcyAvIGxhbmdmdXNlT3BzLCAxKX1cdTAwRDcgKHRhcmdldCBcdTIyNjUgNFx1MDBENzsgcHJvbXB0b3BzIHZhbGlkYXRlcyB0aGUgaW5wdXQpYCxcbiAgXSk7XG4gIGF3YWl0IHByb21wdHMuY2xvc2UoKTtcbn1cblxuLy8gMi4gMSwwMDAgY29uY3VycmVudCBjb2xkIGdldHMgb2Ygb25lIG5hbWVcbmlmICh3YW50ZWQoMikpIHtcbiAgcmVxdWVzdHMucHJvbXB0b3BzID0gMDtcbiAgcmVxdWVzdHMubGFuZ2Z1c2UgPSAwO1xuICBjb25zdCBwcm9tcHRzID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmU6IGh0dHBTdG9yZSh7IHVybCB9KSB9KTtcbiAgY29uc3QgbGFuZ2Z1c2UgPSBuZXcgTGFuZ2Z1c2VDbGllbnQobGFuZ2Z1c2VPcHRpb25zKHVybCkpO1xuICBjb25zdCBvdXJzID0gYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogQ09OQ1VSUkVOVF9DT0xEIH0sICgpID0+IHByb21wdHMuZ2V0UHJvbXB0KEdSRUVUSU5HKSkpO1xuICBjb25zdCB0aGVpcnMgPSBhd2FpdCBQcm9taXNlLmFsbChBcnJheS5mcm9tKHsgbGVuZ3RoOiBDT05DVVJSRU5UX0NPTEQgfSwgKCkgPT4gbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORykpKTtcbiAgaWYgKG91cnMubGVuZ3RoICE9PSBDT05DVVJSRU5UX0NPTEQgfHwgdGhlaXJzLmxlbmd0aCAhPT0gQ09OQ1VSUkVOVF9DT0xEKSB0aHJvdyBuZXcgRXJyb3IoJ21pc3NpbmcgYW5zd2VycycpO1xuICByb3dzLnB1c2goW1xuICAgIGAyLiAke2ZtdChDT05DVVJSRU5UX0NPTEQpfSBjb25jdXJyZW50IGNvbGQgZ2V0czogc2VydmVyIHJlcXVlc3RzYCxcbiAgICBmbXQocmVxdWVzdHMucHJvbXB0b3BzKSxcbiAgICBmbXQocmVxdWVzdHMubGFuZ2Z1c2UpLFxuICAgICd0YXJnZXQ6IDEnLFxuICBdKTtcbiAgYXdhaXQgcHJvbXB0cy5jbG9zZSgpO1xufVxuXG4vLyAzLiBoZWFwIGFmdGVyIDEwMCwwMDAgZGlzdGluY3QgbmFtZS92ZXJzaW9uIGtleXNcbmlmICh3YW50ZWQoMykpIHtcbiAgY29uc3QgYmFzZSA9IGhlYXBVc2VkKCk7XG4gIGxldCBwcm9tcHRzOiBSZXR1cm5UeXBlPHR5cGVvZiBjcmVhdGVQcm9tcHRDbGllbnQ+IHwgdW5kZWZpbmVkID0gY3JlYXRlUHJvbXB0Q2xpZW50KHtcbiAgICBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pLFxuICAgIGNhY2hlOiB7IG1heDogMTAwMCB9LFxuICB9KTtcbiAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBhd2FpdCBpbkJhdGNoZXMoRElTVElOQ1RfS0VZUywgMTAwLCAoaSkgPT4gKHByb21wdHMgYXMgTm9uTnVsbGFibGU8dHlwZW9mIHByb21wdHM+KS5nZXRQcm9tcHQoYCR7TUFOWX1AJHtpfS4wLjBgKSk7XG4gIGNvbnN0IHByb21wdG9wc1NlY29uZHMgPSAocGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkKSAvIDEwMDA7XG4gIGNvbnN0IHByb21wdG9wc0hlYXAgPSBoZWFwVXNlZCgpIC0gYmFzZTtcbiAgYXdhaXQgcHJvbXB0cy5jbG9zZSgpO1xuICBwcm9tcHRzID0gdW5kZWZpbmVkO1xuXG4gIGNvbnN0IGJhc2UyID0gaGVhcFVzZWQoKTtcbiAgbGV0IGxhbmdmdXNlOiBMYW5nZnVzZUNsaWVudCB8IHVuZGVmaW5lZCA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGNvbnN0IHN0YXJ0ZWQyID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGF3YWl0IGluQmF0Y2hlcyhESVNUSU5DVF9LRVlTLCAxMDAsIChpKSA9PiAobGFuZ2Z1c2UgYXMgTGFuZ2Z1c2VDbGllbnQpLnByb21wdC5nZXQoTUFOWSwgeyB2ZXJzaW9uOiBpIH0pKTtcbiAgY29uc3QgbGFuZ2Z1c2VTZWNvbmRzID0gKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZDIpIC8gMTAwMDtcbiAgY29uc3QgbGFuZ2Z1c2VIZWFwID0gaGVhcFVzZWQoKSAtIGJhc2UyO1xuICBpZiAobGFuZ2Z1c2UucHJvbXB0ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcigndW5yZWFjaGFibGUnKTtcbiAgbGFuZ2Z1c2UgPSB1bmRlZmluZWQ7XG4gIHJvd3MucHVzaChbXG4gICAgYDMuIGhlYXAgaGVsZCBhZnRlciAke2ZtdChESVNUSU5DVF9LRVlTKX0gZGlzdGluY3Qga2V5c2AsXG4gICAgYCR7bWIocHJvbXB0b3BzSGVhcCl9IChtYXg6IDEwMDA7ICR7Zm10KHByb21wdG9wc1NlY29uZHMsIDEpfSBzKWAsXG4gICAgYCR7bWIobGFuZ2Z1c2VIZWFwKX0gKHVuYm91bmRlZCBtYXA7ICR7Zm10KGxhbmdmdXNlU2Vjb25kcywgMSl9IHMpYCxcbiAgICBgJHtmbXQobGFuZ2Z1c2VIZWFwIC8gTWF0aC5tYXgocHJvbXB0b3BzSGVhcCwgMSksIDEpfVx1MDBENyBsZXNzYCxcbiAgXSk7XG59XG5cbi8vIDQuIGNvbGQgc3RhcnQsIHNlcnZlciBkb3duLCBzbmFwc2hvdCBwcmVzZW50XG5pZiAod2FudGVkKDQpKSB7XG4gIGNvbnN0IHNuYXBzaG90ID0gbWVtb3J5U25hcHNob3QoKTtcbiAgY29uc3Qgd2FybSA9IGNyZWF0ZVByb21wdENsaWVudCh7IHN0b3JlOiBodHRwU3RvcmUoeyB1cmwgfSksIHNuYXBzaG90IH0pO1xuICBhd2FpdCB3YXJtLmdldFByb21wdChHUkVFVElORyk7XG4gIGF3YWl0IHdhcm0uY2xvc2UoKTtcbiAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHNlcnZlci5jbG9zZSgoKSA9PiByZXNvbHZlKCkpKTtcbiAgc2VydmVyLmNsb3NlQWxsQ29ubmVjdGlvbnMoKTtcblxuICBjb25zdCBzdGFydGVkID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGNvbnN0IGNvbGQgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pLCBzbmFwc2hvdCB9KTtcbiAgbGV0IG91cnM6IHN0cmluZztcbiAgdHJ5IHtcbiAgICBjb25zdCBwID0gYXdhaXQgY29sZC5nZXRQcm9tcHQoR1JFRVRJTkcpO1xuICAgIG91cnMgPSBgc2VydmVkIChzb3VyY2U6ICR7cC5zb3VyY2V9LCAke3AucmVuZGVyKFZBUlMpID09PSBFWFBFQ1RFRCA/ICdyZW5kZXJzJyA6ICdXUk9ORyBURVhUJ30pIGluICR7Zm10KHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZCl9IG1zYDtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBvdXJzID0gYGVycm9yOiAkeyhlcnJvciBhcyBFcnJvcikubWVzc2FnZS5zbGljZSgwLCA2MCl9YDtcbiAgfVxuICBhd2FpdCBjb2xkLmNsb3NlKCk7XG5cbiAgY29uc29sZS53YXJuID0gKCkgPT4gdW5kZWZpbmVkOyAvLyBMYW5nZnVzZSBsb2dzIGl0cyBmYWlsdXJlXG4gIGNvbnN0IHN0YXJ0ZWQyID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGNvbnN0IGxhbmdmdXNlID0gbmV3IExhbmdmdXNlQ2xpZW50KGxhbmdmdXNlT3B0aW9ucyh1cmwpKTtcbiAgbGV0IHRoZWlyczogc3RyaW5nO1xuICB0cnkge1xuICAgIGNvbnN0IHAgPSBhd2FpdCBsYW5nZnVzZS5wcm9tcHQuZ2V0KEdSRUVUSU5HKTtcbiAgICB0aGVpcnMgPSBgc2VydmVkICgke3AuaXNGYWxsYmFjayA/ICdmYWxsYmFjaycgOiAnZmV0Y2hlZCd9KWA7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhlaXJzID0gYHRocm93cyAoJHsoZXJyb3IgYXMgRXJyb3IpLmNvbnN0cnVjdG9yLm5hbWV9KSBhZnRlciAke2ZtdChwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQyKX0gbXM7IG9ubHkgYW4gaW4tY29kZSBmYWxsYmFjayBoZWxwc2A7XG4gIH1cbiAgY29uc29sZS53YXJuID0gc2lsZW5jZTtcbiAgcm93cy5wdXNoKFsnNC4gY29sZCBzdGFydCwgc2VydmVyIGRvd24sIHNuYXBzaG90IHByZXNlbnQnLCBvdXJzLCB0aGVpcnMsICd0YXJnZXQ6IHNlcnZlZCwgbm8gZXJyb3InXSk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSByZXBvcnRcblxuY29uc3QgaGVhZGVyOiBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZywgc3RyaW5nXSA9IFsnc2NlbmFyaW8nLCAncHJvbXB0b3BzJywgJ0BsYW5nZnVzZS9jbGllbnQnLCAncmVzdWx0J107XG5jb25zdCB3aWR0aHMgPSBoZWFkZXIubWFwKChoLCBpKSA9PiBNYXRoLm1heChoLmxlbmd0aCwgLi4ucm93cy5tYXAoKHIpID0+IHJbaV0/Lmxlbmd0aCA/PyAwKSkpO1xuY29uc3QgbGluZSA9IChjZWxsczogcmVhZG9ubHkgc3RyaW5nW10pID0+IGB8ICR7Y2VsbHMubWFwKChjLCBpKSA9PiBjLnBhZEVuZCh3aWR0aHNbaV0gPz8gMCkpLmpvaW4oJyB8ICcpfSB8YDtcbmNvbnNvbGUubG9nKGBcXG5ub2RlICR7cHJvY2Vzcy52ZXJzaW9ufSwgJHtwcm9jZXNzLnBsYXRmb3JtfS8ke3Byb2Nlc3MuYXJjaH1gKTtcbmNvbnNvbGUubG9nKGxpbmUoaGVhZGVyKSk7XG5jb25zb2xlLmxvZyhgfCR7d2lkdGhzLm1hcCgodykgPT4gJy0nLnJlcGVhdCh3ICsgMikpLmpvaW4oJ3wnKX18YCk7XG5mb3IgKGNvbnN0IHJvdyBvZiByb3dzKSBjb25zb2xlLmxvZyhsaW5lKHJvdykpO1xucHJvY2Vzcy5leGl0KDApO1xuIiwgIi8qKlxuICogVGhlIHByb21wdG9wcyBlcnJvciBoaWVyYXJjaHkuIEV2ZXJ5IGVycm9yIHRoZSBTREsgdGhyb3dzIG9uIHB1cnBvc2UgZXh0ZW5kc1xuICoge0BsaW5rIFByb21wdE9wc0Vycm9yfSwgY2FycmllcyBhIHN0YWJsZSBgY29kZWAsIGtlZXBzIHRoZSBvcmlnaW5hbCBmYWlsdXJlIGluIGBjYXVzZWAsXG4gKiBhbmQgaGFzIGEgbWVzc2FnZSB0aGF0IHNheXMgd2hhdCBmYWlsZWQsIHdoZXJlLCBhbmQgaG93IHRvIGZpeCBpdC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGltcG9ydCB7IFByb21wdElucHV0RXJyb3IsIGlzUHJvbXB0T3BzRXJyb3IgfSBmcm9tICdwcm9tcHRvcHMnO1xuICogdHJ5IHtcbiAqICAgcC5yZW5kZXIoeyBjb21wYW55OiAnQWNtZScgfSk7XG4gKiB9IGNhdGNoIChlcnJvcikge1xuICogICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHRJbnB1dEVycm9yKSBjb25zb2xlLmVycm9yKGVycm9yLmlzc3Vlcyk7XG4gKiAgIGVsc2UgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSBjb25zb2xlLmVycm9yKGVycm9yLmNvZGUsIGVycm9yLm1lc3NhZ2UpO1xuICogICBlbHNlIHRocm93IGVycm9yO1xuICogfVxuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIFN0YWJsZSBtYWNoaW5lLXJlYWRhYmxlIGNvZGVzLCBvbmUgcGVyIGVycm9yIGNsYXNzLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0T3BzRXJyb3JDb2RlID1cbiAgfCAnUFJPTVBUT1BTX0VSUk9SJ1xuICB8ICdQUk9NUFRfTk9UX0ZPVU5EJ1xuICB8ICdWRVJTSU9OX05PVF9GT1VORCdcbiAgfCAnUFJPTVBUX0lOUFVUJ1xuICB8ICdQUk9NUFRfRk9STUFUJ1xuICB8ICdTVE9SRV9FUlJPUidcbiAgfCAnSU5URUdSSVRZJ1xuICB8ICdDT05GSUcnO1xuXG4vKiogT3B0aW9ucyBhY2NlcHRlZCBieSBldmVyeSBlcnJvciBjb25zdHJ1Y3Rvci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0T3BzRXJyb3JPcHRpb25zIHtcbiAgLyoqIFRoZSB1bmRlcmx5aW5nIGZhaWx1cmUsIGtlcHQgYXMgdGhlIHN0YW5kYXJkIGBFcnJvci5jYXVzZWAuICovXG4gIGNhdXNlPzogdW5rbm93bjtcbn1cblxuY29uc3QgQlJBTkQgPSBTeW1ib2wuZm9yKCdwcm9tcHRvcHMuZXJyb3InKTtcblxuLyoqXG4gKiBCYXNlIGNsYXNzIG9mIGV2ZXJ5IHByb21wdG9wcyBlcnJvci5cbiAqXG4gKiBVc2Uge0BsaW5rIGlzUHJvbXB0T3BzRXJyb3J9IHJhdGhlciB0aGFuIGBpbnN0YW5jZW9mYCB3aGVuIHRoZSBFU00gYW5kIENKUyBidWlsZHMgbWF5IGJvdGggYmVcbiAqIGxvYWRlZCBpbiBvbmUgcHJvY2VzcyAodGhlIGNoZWNrIHdvcmtzIGFjcm9zcyB0aGUgdHdvIGNvcGllcykuXG4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRPcHNFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgLyoqIFN0YWJsZSBjb2RlIG9mIHRoZSBlcnJvciBjbGFzcywgZS5nLiBgJ1BST01QVF9OT1RfRk9VTkQnYC4gKi9cbiAgcmVhZG9ubHkgY29kZTogUHJvbXB0T3BzRXJyb3JDb2RlO1xuXG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZywgb3B0aW9uczogUHJvbXB0T3BzRXJyb3JPcHRpb25zID0ge30sIGNvZGU6IFByb21wdE9wc0Vycm9yQ29kZSA9ICdQUk9NUFRPUFNfRVJST1InKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucy5jYXVzZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogeyBjYXVzZTogb3B0aW9ucy5jYXVzZSB9KTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvbXB0T3BzRXJyb3InO1xuICAgIHRoaXMuY29kZSA9IGNvZGU7XG4gICAgT2JqZWN0LmRlZmluZVByb3BlcnR5KHRoaXMsIEJSQU5ELCB7IHZhbHVlOiB0cnVlIH0pO1xuICB9XG59XG5cbi8qKiBUcnVlIGZvciBhbnkgZXJyb3IgdGhyb3duIGJ5IHByb21wdG9wcywgZnJvbSBlaXRoZXIgdGhlIEVTTSBvciB0aGUgQ0pTIGJ1aWxkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUHJvbXB0T3BzRXJyb3IodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBQcm9tcHRPcHNFcnJvciB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmICh2YWx1ZSBhcyBSZWNvcmQ8c3ltYm9sLCB1bmtub3duPilbQlJBTkRdID09PSB0cnVlO1xufVxuXG4vKiogTm8gcHJvbXB0IG9mIHRoYXQgbmFtZSBleGlzdHMgaW4gdGhlIHN0b3JlLiBgc3VnZ2VzdGlvbnNgIGxpc3RzIGNsb3NlIG5hbWVzLiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdE5vdEZvdW5kRXJyb3IgZXh0ZW5kcyBQcm9tcHRPcHNFcnJvciB7XG4gIC8qKiBUaGUgcHJvbXB0IG5hbWUgdGhhdCB3YXMgYXNrZWQgZm9yLiAqL1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmc7XG4gIC8qKiBFeGlzdGluZyBuYW1lcyBjbG9zZSB0byB0aGUgb25lIGFza2VkIGZvciAobWF5IGJlIGVtcHR5KS4gKi9cbiAgcmVhZG9ubHkgc3VnZ2VzdGlvbnM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTmFtZSBvZiB0aGUgc3RvcmUgdGhhdCB3YXMgYXNrZWQuICovXG4gIHJlYWRvbmx5IHN0b3JlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIGRldGFpbHM6IHsgc3VnZ2VzdGlvbnM/OiByZWFkb25seSBzdHJpbmdbXTsgc3RvcmU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfSA9IHt9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIGNvbnN0IHN1Z2dlc3Rpb25zID0gZGV0YWlscy5zdWdnZXN0aW9ucyA/PyBbXTtcbiAgICBjb25zdCB3aGVyZSA9IGRldGFpbHMuc3RvcmUgPyBgIGluIHRoZSAke2RldGFpbHMuc3RvcmV9IHN0b3JlYCA6ICcnO1xuICAgIGNvbnN0IGhpbnQgPVxuICAgICAgc3VnZ2VzdGlvbnMubGVuZ3RoID4gMFxuICAgICAgICA/IGAgRGlkIHlvdSBtZWFuICR7c3VnZ2VzdGlvbnMubWFwKChzKSA9PiBgXCIke3N9XCJgKS5qb2luKCcsICcpfT9gXG4gICAgICAgIDogJyBDaGVjayB0aGUgbmFtZSAoc2VnbWVudHMgb2YgW2EtejAtOS5fLV0gam9pbmVkIGJ5IFwiL1wiKSBhbmQgdGhhdCB0aGUgcHJvbXB0IHdhcyBhZGRlZCB0byB0aGUgc3RvcmUuJztcbiAgICBzdXBlcihkZXRhaWxzLm1lc3NhZ2UgPz8gYFByb21wdCBcIiR7cHJvbXB0TmFtZX1cIiB3YXMgbm90IGZvdW5kJHt3aGVyZX0uJHtoaW50fWAsIG9wdGlvbnMsICdQUk9NUFRfTk9UX0ZPVU5EJyk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdE5vdEZvdW5kRXJyb3InO1xuICAgIHRoaXMucHJvbXB0TmFtZSA9IHByb21wdE5hbWU7XG4gICAgdGhpcy5zdWdnZXN0aW9ucyA9IHN1Z2dlc3Rpb25zO1xuICAgIHRoaXMuc3RvcmUgPSBkZXRhaWxzLnN0b3JlO1xuICB9XG59XG5cbi8qKiBUaGUgcHJvbXB0IGV4aXN0cyBidXQgbm8gdmVyc2lvbiBzYXRpc2ZpZXMgdGhlIHNlbGVjdG9yLiBMaXN0cyB3aGF0IGV4aXN0cy4gKi9cbmV4cG9ydCBjbGFzcyBWZXJzaW9uTm90Rm91bmRFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICAvKiogVGhlIHNlbGVjdG9yIHRoYXQgbWF0Y2hlZCBub3RoaW5nOiBhbiBleGFjdCB2ZXJzaW9uLCBhIHJhbmdlIG9yIGEgbGFiZWwuICovXG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIC8qKiBWZXJzaW9ucyB0aGF0IGV4aXN0LCBoaWdoZXN0IGZpcnN0LiAqL1xuICByZWFkb25seSB2ZXJzaW9uczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBMYWJlbHMgdGhhdCBleGlzdCwgd2l0aCB0aGUgdmVyc2lvbiBlYWNoIHBvaW50cyB0by4gKi9cbiAgcmVhZG9ubHkgbGFiZWxzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PjtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcm9tcHROYW1lOiBzdHJpbmcsXG4gICAgc2VsZWN0b3I6IHN0cmluZyxcbiAgICBhdmFpbGFibGU6IHsgdmVyc2lvbnM/OiByZWFkb25seSBzdHJpbmdbXTsgbGFiZWxzPzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gfSA9IHt9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIGNvbnN0IHZlcnNpb25zID0gYXZhaWxhYmxlLnZlcnNpb25zID8/IFtdO1xuICAgIGNvbnN0IGxhYmVscyA9IGF2YWlsYWJsZS5sYWJlbHMgPz8ge307XG4gICAgY29uc3QgbGFiZWxUZXh0ID0gT2JqZWN0LmVudHJpZXMobGFiZWxzKVxuICAgICAgLm1hcCgoW2xhYmVsLCB2ZXJzaW9uXSkgPT4gYCR7bGFiZWx9IFx1MjE5MiAke3ZlcnNpb259YClcbiAgICAgIC5qb2luKCcsICcpO1xuICAgIHN1cGVyKFxuICAgICAgYE5vIHZlcnNpb24gb2YgcHJvbXB0IFwiJHtwcm9tcHROYW1lfVwiIG1hdGNoZXMgXCIke3NlbGVjdG9yfVwiLiBgICtcbiAgICAgICAgYFZlcnNpb25zOiAke3ZlcnNpb25zLmxlbmd0aCA+IDAgPyB2ZXJzaW9ucy5qb2luKCcsICcpIDogJyhub25lKSd9OyBgICtcbiAgICAgICAgYGxhYmVsczogJHtsYWJlbFRleHQgfHwgJyhub25lKSd9LiBQaWNrIG9uZSBvZiB0aGVzZSwgb3IgcHVibGlzaCBhIG1hdGNoaW5nIHZlcnNpb24uYCxcbiAgICAgIG9wdGlvbnMsXG4gICAgICAnVkVSU0lPTl9OT1RfRk9VTkQnLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gJ1ZlcnNpb25Ob3RGb3VuZEVycm9yJztcbiAgICB0aGlzLnByb21wdE5hbWUgPSBwcm9tcHROYW1lO1xuICAgIHRoaXMuc2VsZWN0b3IgPSBzZWxlY3RvcjtcbiAgICB0aGlzLnZlcnNpb25zID0gdmVyc2lvbnM7XG4gICAgdGhpcy5sYWJlbHMgPSBsYWJlbHM7XG4gIH1cbn1cblxuLyoqIE9uZSBwcm9ibGVtIGZvdW5kIGluIGEgY2FsbGVyJ3MgdmFyaWFibGVzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRJbnB1dElzc3VlIHtcbiAgLyoqIFBhdGggdG8gdGhlIG9mZmVuZGluZyB2YWx1ZSwgZS5nLiBgWydjdXN0b21lciddYCBvciBgWydpdGVtcycsIDIsICdza3UnXWAuICovXG4gIHJlYWRvbmx5IHBhdGg6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgbnVtYmVyPjtcbiAgLyoqIFdoYXQgaXMgd3JvbmcsIGluIHBsYWluIHdvcmRzLiAqL1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIC8qKiBBIHNob3J0IG1hY2hpbmUgY29kZSwgZS5nLiBgJ21pc3NpbmcnYCwgYCdpbnZhbGlkX3R5cGUnYCwgYCd1bmtub3duX2tleSdgLiAqL1xuICByZWFkb25seSBjb2RlOiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgdmFyaWFibGVzIHBhc3NlZCB0byBgcmVuZGVyKClgIGRvIG5vdCBmaXQgdGhlIHByb21wdCdzIGlucHV0IHNjaGVtYS4gRXZlcnkgcHJvYmxlbSBpcyBsaXN0ZWQgYXQgb25jZS4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRJbnB1dEVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEV2ZXJ5IHByb2JsZW0gZm91bmQsIGluIHNjaGVtYSBvcmRlci4gKi9cbiAgcmVhZG9ubHkgaXNzdWVzOiByZWFkb25seSBQcm9tcHRJbnB1dElzc3VlW107XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIHZlcnNpb246IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgICBpc3N1ZXM6IHJlYWRvbmx5IFByb21wdElucHV0SXNzdWVbXSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCBhdCA9IHZlcnNpb24gPyBgJHtwcm9tcHROYW1lfUAke3ZlcnNpb259YCA6IHByb21wdE5hbWU7XG4gICAgY29uc3QgbGluZXMgPSBpc3N1ZXMubWFwKChpKSA9PiBgICAtICR7aS5wYXRoLmxlbmd0aCA+IDAgPyBpLnBhdGguam9pbignLicpIDogJyhpbnB1dCknfTogJHtpLm1lc3NhZ2V9YCk7XG4gICAgc3VwZXIoXG4gICAgICBgSW52YWxpZCBpbnB1dCBmb3IgcHJvbXB0IFwiJHthdH1cIiAoJHtpc3N1ZXMubGVuZ3RofSBwcm9ibGVtJHtpc3N1ZXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9KTpcXG4ke2xpbmVzLmpvaW4oJ1xcbicpfVxcbmAgK1xuICAgICAgICAnUGFzcyB0aGUgbGlzdGVkIHZhcmlhYmxlcyB3aXRoIHRoZSBkZWNsYXJlZCB0eXBlcywgb3IgYWRkIGRlZmF1bHRzIHRvIHRoZSBwcm9tcHRcXCdzIFwiaW5wdXQuZGVmYXVsdFwiLicsXG4gICAgICBvcHRpb25zLFxuICAgICAgJ1BST01QVF9JTlBVVCcsXG4gICAgKTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvbXB0SW5wdXRFcnJvcic7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gcHJvbXB0TmFtZTtcbiAgICB0aGlzLnZlcnNpb24gPSB2ZXJzaW9uO1xuICAgIHRoaXMuaXNzdWVzID0gaXNzdWVzO1xuICB9XG59XG5cbi8qKiBXaGVyZSBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gd2FzIGZvdW5kLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB7XG4gIC8qKiBGaWxlIHBhdGgsIFVSTCBvciBvdGhlciBvcmlnaW4gb2YgdGhlIHByb21wdCB0ZXh0LiAqL1xuICBmaWxlPzogc3RyaW5nO1xuICAvKiogMS1iYXNlZCBsaW5lIGluIHRoYXQgZmlsZS4gKi9cbiAgbGluZT86IG51bWJlcjtcbiAgLyoqIDEtYmFzZWQgY29sdW1uIGluIHRoYXQgbGluZS4gKi9cbiAgY29sdW1uPzogbnVtYmVyO1xuICAvKiogVGhlIHJlY29yZCBmaWVsZCBhdCBmYXVsdCwgZS5nLiBgJ3ZlcnNpb24nYCBvciBgJ2lucHV0LnNjaGVtYS50b25lJ2AuICovXG4gIGZpZWxkPzogc3RyaW5nO1xuICAvKiogVGhlIHByb21wdCdzIG5hbWUsIHdoZW4ga25vd24uICovXG4gIHByb21wdE5hbWU/OiBzdHJpbmc7XG59XG5cbi8qKlxuICogQSBwcm9tcHQgZmlsZSBvciByZWNvcmQgaXMgbWFsZm9ybWVkOiBiYWQgWUFNTCwgYSBtaXNzaW5nIGZpZWxkLCBhIHRlbXBsYXRlIHRoYXQgZG9lcyBub3QgZml0IGl0c1xuICogc2NoZW1hLCBhIG1pc3NpbmcgcGFydGlhbC4gVGhlIG1lc3NhZ2Ugc3RhcnRzIHdpdGggYGZpbGU6bGluZWAgd2hlbiB0aGV5IGFyZSBrbm93bi5cbiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdEZvcm1hdEVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICByZWFkb25seSBmaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGxpbmU6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgY29sdW1uOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGZpZWxkOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IHByb21wdE5hbWU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBiYXJlIHByb2JsZW0gYW5kIGZpeCwgd2l0aG91dCB0aGUgbG9jYXRpb24gcHJlZml4LiAqL1xuICByZWFkb25seSBkZXRhaWw6IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihkZXRhaWw6IHN0cmluZywgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30sIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMpIHtcbiAgICBzdXBlcihgJHtmb3JtYXRMb2NhdGlvbihsb2NhdGlvbil9JHtkZXRhaWx9YCwgb3B0aW9ucywgJ1BST01QVF9GT1JNQVQnKTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvbXB0Rm9ybWF0RXJyb3InO1xuICAgIHRoaXMuZmlsZSA9IGxvY2F0aW9uLmZpbGU7XG4gICAgdGhpcy5saW5lID0gbG9jYXRpb24ubGluZTtcbiAgICB0aGlzLmNvbHVtbiA9IGxvY2F0aW9uLmNvbHVtbjtcbiAgICB0aGlzLmZpZWxkID0gbG9jYXRpb24uZmllbGQ7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gbG9jYXRpb24ucHJvbXB0TmFtZTtcbiAgICB0aGlzLmRldGFpbCA9IGRldGFpbDtcbiAgfVxufVxuXG5mdW5jdGlvbiBmb3JtYXRMb2NhdGlvbihsOiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzOiBzdHJpbmdbXSA9IFtdO1xuICBpZiAobC5maWxlICE9PSB1bmRlZmluZWQpIHtcbiAgICBwYXJ0cy5wdXNoKGwubGluZSA9PT0gdW5kZWZpbmVkID8gbC5maWxlIDogYCR7bC5maWxlfToke2wubGluZX0ke2wuY29sdW1uID09PSB1bmRlZmluZWQgPyAnJyA6IGA6JHtsLmNvbHVtbn1gfWApO1xuICB9IGVsc2UgaWYgKGwucHJvbXB0TmFtZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcGFydHMucHVzaChgcHJvbXB0IFwiJHtsLnByb21wdE5hbWV9XCJgKTtcbiAgfVxuICBpZiAobC5maWVsZCAhPT0gdW5kZWZpbmVkKSBwYXJ0cy5wdXNoKGBmaWVsZCBcIiR7bC5maWVsZH1cImApO1xuICByZXR1cm4gcGFydHMubGVuZ3RoID4gMCA/IGAke3BhcnRzLmpvaW4oJywgJyl9OiBgIDogJyc7XG59XG5cbi8qKiBBIHN0b3JlIGNvdWxkIG5vdCBhbnN3ZXI6IG5ldHdvcmsgZmFpbHVyZSwgSFRUUCBlcnJvciwgbWFsZm9ybWVkIHJlc3BvbnNlLiAqL1xuZXhwb3J0IGNsYXNzIFN0b3JlRXJyb3IgZXh0ZW5kcyBQcm9tcHRPcHNFcnJvciB7XG4gIC8qKiBOYW1lIG9mIHRoZSBzdG9yZSwgZS5nLiBgJ2h0dHAnYC4gKi9cbiAgcmVhZG9ubHkgc3RvcmU6IHN0cmluZztcbiAgLyoqIEhUVFAgc3RhdHVzLCB3aGVuIHRoZSBmYWlsdXJlIHdhcyBhbiBIVFRQIGFuc3dlci4gKi9cbiAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBUcnVlIHdoZW4gdHJ5aW5nIGFnYWluIGxhdGVyIG1heSBzdWNjZWVkICh0aW1lb3V0cywgNDA4LCA0MjksIDV4eCwgbmV0d29yayBlcnJvcnMpLiAqL1xuICByZWFkb25seSByZXRyeWFibGU6IGJvb2xlYW47XG5cbiAgY29uc3RydWN0b3IoXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIGRldGFpbHM6IHsgc3RvcmU6IHN0cmluZzsgc3RhdHVzPzogbnVtYmVyOyByZXRyeWFibGU/OiBib29sZWFuIH0sXG4gICAgb3B0aW9ucz86IFByb21wdE9wc0Vycm9yT3B0aW9ucyxcbiAgKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucywgJ1NUT1JFX0VSUk9SJyk7XG4gICAgdGhpcy5uYW1lID0gJ1N0b3JlRXJyb3InO1xuICAgIHRoaXMuc3RvcmUgPSBkZXRhaWxzLnN0b3JlO1xuICAgIHRoaXMuc3RhdHVzID0gZGV0YWlscy5zdGF0dXM7XG4gICAgdGhpcy5yZXRyeWFibGUgPSBkZXRhaWxzLnJldHJ5YWJsZSA/PyBmYWxzZTtcbiAgfVxufVxuXG4vKiogQSByZWNvcmQncyBjb250ZW50IGRvZXMgbm90IG1hdGNoIGl0cyBoYXNoLCBvciBhIGxvY2tlZCBoYXNoLiBTdWNoIGEgcmVjb3JkIGlzIG5ldmVyIHJlbmRlcmVkLiAqL1xuZXhwb3J0IGNsYXNzIEludGVncml0eUVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgcmVhZG9ubHkgZXhwZWN0ZWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgYWN0dWFsOiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIHZlcnNpb246IHN0cmluZyxcbiAgICBoYXNoZXM6IHsgZXhwZWN0ZWQ6IHN0cmluZzsgYWN0dWFsOiBzdHJpbmc7IHJlYXNvbj86IHN0cmluZyB9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIHN1cGVyKFxuICAgICAgYEludGVncml0eSBjaGVjayBmYWlsZWQgZm9yIHByb21wdCBcIiR7cHJvbXB0TmFtZX1AJHt2ZXJzaW9ufVwiOiAke2hhc2hlcy5yZWFzb24gPz8gJ2V4cGVjdGVkIGhhc2gnfSAke2hhc2hlcy5leHBlY3RlZH0sIGAgK1xuICAgICAgICBgZ290ICR7aGFzaGVzLmFjdHVhbH0uIFRoZSByZWNvcmQgd2FzIGNoYW5nZWQgYWZ0ZXIgaXQgd2FzIHB1Ymxpc2hlZCBvciBsb2NrZWQ7IGAgK1xuICAgICAgICAncHVibGlzaCBhIG5ldyB2ZXJzaW9uIGluc3RlYWQgb2YgZWRpdGluZyBvbmUsIG9yIHJlLXJ1biBcInByb21wdG9wcyBsb2NrXCIgaWYgdGhlIGNoYW5nZSBpcyBpbnRlbmRlZC4nLFxuICAgICAgb3B0aW9ucyxcbiAgICAgICdJTlRFR1JJVFknLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gJ0ludGVncml0eUVycm9yJztcbiAgICB0aGlzLnByb21wdE5hbWUgPSBwcm9tcHROYW1lO1xuICAgIHRoaXMudmVyc2lvbiA9IHZlcnNpb247XG4gICAgdGhpcy5leHBlY3RlZCA9IGhhc2hlcy5leHBlY3RlZDtcbiAgICB0aGlzLmFjdHVhbCA9IGhhc2hlcy5hY3R1YWw7XG4gIH1cbn1cblxuLyoqIEEgY2xpZW50IG9wdGlvbiwgY29uZmlnIGZpbGUgb3IgQ0xJIGFyZ3VtZW50IGlzIGludmFsaWQuIGBvcHRpb25gIG5hbWVzIGl0LiAqL1xuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICAvKiogVGhlIG9wdGlvbiBhdCBmYXVsdCwgZS5nLiBgJ2NhY2hlLnR0bE1zJ2AuICovXG4gIHJlYWRvbmx5IG9wdGlvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIGNvbmZpZyBmaWxlLCB3aGVuIHRoZSBvcHRpb24gY2FtZSBmcm9tIG9uZS4gKi9cbiAgcmVhZG9ubHkgZmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZywgZGV0YWlsczogeyBvcHRpb24/OiBzdHJpbmc7IGZpbGU/OiBzdHJpbmcgfSA9IHt9LCBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zKSB7XG4gICAgY29uc3Qgd2hlcmUgPSBbZGV0YWlscy5maWxlLCBkZXRhaWxzLm9wdGlvbiA/IGBvcHRpb24gXCIke2RldGFpbHMub3B0aW9ufVwiYCA6IHVuZGVmaW5lZF0uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJywgJyk7XG4gICAgc3VwZXIod2hlcmUgPyBgJHt3aGVyZX06ICR7bWVzc2FnZX1gIDogbWVzc2FnZSwgb3B0aW9ucywgJ0NPTkZJRycpO1xuICAgIHRoaXMubmFtZSA9ICdDb25maWdFcnJvcic7XG4gICAgdGhpcy5vcHRpb24gPSBkZXRhaWxzLm9wdGlvbjtcbiAgICB0aGlzLmZpbGUgPSBkZXRhaWxzLmZpbGU7XG4gIH1cbn1cbiIsICIvKipcbiAqIEZpZWxkIHBhdGhzIGluIGVycm9yIGxvY2F0aW9uczogYCdpbnB1dC5zY2hlbWEudG9uZT8oZW51bSknYCwgYCdtZXNzYWdlc1sxXS5yb2xlJ2AuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIE9uZSBzdGVwIG9mIGEgZmllbGQgcGF0aDogYW4gb2JqZWN0IGtleSBvciBhbiBhcnJheSBpbmRleC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkU2VnbWVudCA9IHN0cmluZyB8IG51bWJlcjtcblxuLyoqXG4gKiBKb2luIHNlZ21lbnRzIGludG8gdGhlIGBmaWVsZGAgb2YgYSBgUHJvbXB0Rm9ybWF0RXJyb3JgOiBrZXlzIGpvaW5lZCBieSBgLmAsIGluZGljZXMgYXMgYFtuXWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBmb3JtYXRGaWVsZFBhdGgoWydtZXNzYWdlcycsIDEsICdyb2xlJ10pOyAvLyAnbWVzc2FnZXNbMV0ucm9sZSdcbiAqIGZvcm1hdEZpZWxkUGF0aChbJ2lucHV0LnNjaGVtYScsICd0b25lJ10pOyAvLyAnaW5wdXQuc2NoZW1hLnRvbmUnXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdEZpZWxkUGF0aChzZWdtZW50czogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gJyc7XG4gIGZvciAoY29uc3Qgc2VnbWVudCBvZiBzZWdtZW50cykge1xuICAgIGlmICh0eXBlb2Ygc2VnbWVudCA9PT0gJ251bWJlcicpIG91dCArPSBgWyR7c2VnbWVudH1dYDtcbiAgICBlbHNlIG91dCArPSBvdXQgPT09ICcnID8gc2VnbWVudCA6IGAuJHtzZWdtZW50fWA7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqXG4gKiBTcGxpdCBhIGZpZWxkIHBhdGggbWFkZSBieSB7QGxpbmsgZm9ybWF0RmllbGRQYXRofSBiYWNrIGludG8gc2VnbWVudHMuIEtleXMgdGhhdCB0aGVtc2VsdmVzXG4gKiBjb250YWluIGAuYCBjb21lIGJhY2sgc3BsaXQ7IGNhbGxlcnMgdGhhdCBsb29rIGtleXMgdXAgc2hvdWxkIHRyeSBqb2luaW5nIG5laWdoYm91cnMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdEZpZWxkUGF0aChmaWVsZDogc3RyaW5nKTogRmllbGRTZWdtZW50W10ge1xuICBjb25zdCBzZWdtZW50czogRmllbGRTZWdtZW50W10gPSBbXTtcbiAgZm9yIChjb25zdCBwYXJ0IG9mIGZpZWxkLnNwbGl0KCcuJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKC4qPykoKD86XFxbXFxkK1xcXSkrKSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKG1hdGNoID09PSBudWxsKSB7XG4gICAgICBzZWdtZW50cy5wdXNoKHBhcnQpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChtYXRjaFsxXSAhPT0gJycpIHNlZ21lbnRzLnB1c2gobWF0Y2hbMV0hKTtcbiAgICBmb3IgKGNvbnN0IGluZGV4IG9mIG1hdGNoWzJdIS5tYXRjaEFsbCgvXFxbKFxcZCspXFxdL2cpKSBzZWdtZW50cy5wdXNoKE51bWJlcihpbmRleFsxXSkpO1xuICB9XG4gIHJldHVybiBzZWdtZW50cztcbn1cbiIsICIvKipcbiAqIFwiRGlkIHlvdSBtZWFuIFx1MjAyNj9cIiBzdWdnZXN0aW9ucyBmb3IgbWlzc3BlbHQgbmFtZXM6IHR5cGVzLCBrZXl3b3JkcywgZmllbGRzLCB2YXJpYWJsZXMuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIERhbWVyYXVcdTIwMTNMZXZlbnNodGVpbiBkaXN0YW5jZSAob3B0aW1hbCBzdHJpbmcgYWxpZ25tZW50KSBiZXR3ZWVuIGBhYCBhbmQgYGJgLCBjYXNlLWluc2Vuc2l0aXZlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVkaXREaXN0YW5jZShhOiBzdHJpbmcsIGI6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IHMgPSBhLnRvTG93ZXJDYXNlKCk7XG4gIGNvbnN0IHQgPSBiLnRvTG93ZXJDYXNlKCk7XG4gIGlmIChzID09PSB0KSByZXR1cm4gMDtcbiAgaWYgKHMubGVuZ3RoID09PSAwKSByZXR1cm4gdC5sZW5ndGg7XG4gIGlmICh0Lmxlbmd0aCA9PT0gMCkgcmV0dXJuIHMubGVuZ3RoO1xuICAvLyBUaHJlZSByb2xsaW5nIHJvd3MgYXJlIGVub3VnaCBmb3IgYWRqYWNlbnQgdHJhbnNwb3NpdGlvbnMuXG4gIGxldCBiZWZvcmU6IG51bWJlcltdID0gW107XG4gIGxldCBwcmV2aW91czogbnVtYmVyW10gPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiB0Lmxlbmd0aCArIDEgfSwgKF8sIGopID0+IGopO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgY3VycmVudDogbnVtYmVyW10gPSBbaV07XG4gICAgZm9yIChsZXQgaiA9IDE7IGogPD0gdC5sZW5ndGg7IGorKykge1xuICAgICAgY29uc3QgY29zdCA9IHNbaSAtIDFdID09PSB0W2ogLSAxXSA/IDAgOiAxO1xuICAgICAgbGV0IGJlc3QgPSBNYXRoLm1pbihwcmV2aW91c1tqXSEgKyAxLCBjdXJyZW50W2ogLSAxXSEgKyAxLCBwcmV2aW91c1tqIC0gMV0hICsgY29zdCk7XG4gICAgICBpZiAoaSA+IDEgJiYgaiA+IDEgJiYgc1tpIC0gMV0gPT09IHRbaiAtIDJdICYmIHNbaSAtIDJdID09PSB0W2ogLSAxXSkgYmVzdCA9IE1hdGgubWluKGJlc3QsIGJlZm9yZVtqIC0gMl0hICsgMSk7XG4gICAgICBjdXJyZW50LnB1c2goYmVzdCk7XG4gICAgfVxuICAgIGJlZm9yZSA9IHByZXZpb3VzO1xuICAgIHByZXZpb3VzID0gY3VycmVudDtcbiAgfVxuICByZXR1cm4gcHJldmlvdXNbdC5sZW5ndGhdITtcbn1cblxuLyoqXG4gKiBUaGUgY2FuZGlkYXRlIGNsb3Nlc3QgdG8gYGlucHV0YCwgd2hlbiBpdCBpcyBjbG9zZSBlbm91Z2ggdG8gYmUgYSBsaWtlbHkgdHlwbyAoYXQgbW9zdCBhIHRoaXJkIG9mXG4gKiB0aGUgbG9uZ2VyIHdvcmQncyBsZW5ndGgsIGFuZCBhdCBtb3N0IDMgZWRpdHMpOyBgdW5kZWZpbmVkYCBvdGhlcndpc2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjbG9zZXN0TWF0Y2goJ3N0cm5nJywgWydzdHJpbmcnLCAnbnVtYmVyJ10pOyAvLyAnc3RyaW5nJ1xuICogY2xvc2VzdE1hdGNoKCd6enonLCBbJ3N0cmluZycsICdudW1iZXInXSk7ICAgLy8gdW5kZWZpbmVkXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsb3Nlc3RNYXRjaChpbnB1dDogc3RyaW5nLCBjYW5kaWRhdGVzOiBJdGVyYWJsZTxzdHJpbmc+KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgbGV0IGJlc3Q6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGJlc3REaXN0YW5jZSA9IE51bWJlci5QT1NJVElWRV9JTkZJTklUWTtcbiAgZm9yIChjb25zdCBjYW5kaWRhdGUgb2YgY2FuZGlkYXRlcykge1xuICAgIGNvbnN0IGRpc3RhbmNlID0gZWRpdERpc3RhbmNlKGlucHV0LCBjYW5kaWRhdGUpO1xuICAgIGNvbnN0IGxpbWl0ID0gTWF0aC5taW4oMywgTWF0aC5tYXgoMSwgTWF0aC5mbG9vcihNYXRoLm1heChpbnB1dC5sZW5ndGgsIGNhbmRpZGF0ZS5sZW5ndGgpIC8gMykpKTtcbiAgICBpZiAoZGlzdGFuY2UgPD0gbGltaXQgJiYgZGlzdGFuY2UgPCBiZXN0RGlzdGFuY2UpIHtcbiAgICAgIGJlc3QgPSBjYW5kaWRhdGU7XG4gICAgICBiZXN0RGlzdGFuY2UgPSBkaXN0YW5jZTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGJlc3Q7XG59XG5cbi8qKiBgJyBEaWQgeW91IG1lYW4gXCJ4XCI/J2Agd2hlbiBhIGNsb3NlIGNhbmRpZGF0ZSBleGlzdHMsIGVsc2UgYCcnYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkaWRZb3VNZWFuKGlucHV0OiBzdHJpbmcsIGNhbmRpZGF0ZXM6IEl0ZXJhYmxlPHN0cmluZz4pOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IGNsb3Nlc3RNYXRjaChpbnB1dCwgY2FuZGlkYXRlcyk7XG4gIHJldHVybiBtYXRjaCA9PT0gdW5kZWZpbmVkID8gJycgOiBgIERpZCB5b3UgbWVhbiBcIiR7bWF0Y2h9XCI/YDtcbn1cblxuLyoqIFNob3J0IGh1bWFuIGRlc2NyaXB0aW9uIG9mIGEgdmFsdWUsIGUuZy4gYG51bWJlciA0MmAsIGBzdHJpbmcgXCJhYmNcImAsIGBhcnJheWAsIGBudWxsYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXNjcmliZVZhbHVlKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuICd1bmRlZmluZWQnO1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiAnYW4gYXJyYXknO1xuICBzd2l0Y2ggKHR5cGVvZiB2YWx1ZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6IHtcbiAgICAgIGNvbnN0IHNob3duID0gdmFsdWUubGVuZ3RoID4gNDAgPyBgJHt2YWx1ZS5zbGljZSgwLCA0MCl9XHUyMDI2YCA6IHZhbHVlO1xuICAgICAgcmV0dXJuIGBzdHJpbmcgJHtKU09OLnN0cmluZ2lmeShzaG93bil9YDtcbiAgICB9XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICBjYXNlICdiaWdpbnQnOlxuICAgICAgcmV0dXJuIGAke3R5cGVvZiB2YWx1ZX0gJHtTdHJpbmcodmFsdWUpfWA7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiAnYW4gb2JqZWN0JztcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIGBhICR7dHlwZW9mIHZhbHVlfWA7XG4gIH1cbn1cblxuLyoqIFR5cGUgbmFtZXMgb2Ygb3RoZXIgbGFuZ3VhZ2VzLCBtYXBwZWQgdG8gdGhlIEpTT04gU2NoZW1hIC8gUGljb3NjaGVtYSB0eXBlIHRoZXkgdXN1YWxseSBtZWFuLiAqL1xuY29uc3QgVFlQRV9BTElBU0VTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgc3RyOiAnc3RyaW5nJyxcbiAgdGV4dDogJ3N0cmluZycsXG4gIGludDogJ2ludGVnZXInLFxuICBsb25nOiAnaW50ZWdlcicsXG4gIGZsb2F0OiAnbnVtYmVyJyxcbiAgZG91YmxlOiAnbnVtYmVyJyxcbiAgZGVjaW1hbDogJ251bWJlcicsXG4gIGJvb2w6ICdib29sZWFuJyxcbiAgdW5rbm93bjogJ2FueScsXG4gIG5vbmU6ICdudWxsJyxcbiAgbGlzdDogJ2FycmF5JyxcbiAgZGljdDogJ29iamVjdCcsXG4gIG1hcDogJ29iamVjdCcsXG59O1xuXG4vKiogVGhlIHR5cGUgbW9zdCBsaWtlbHkgbWVhbnQgYnkgYW4gdW5rbm93biB0eXBlIG5hbWU6IGFuIGFsaWFzIChgaW50YCBcdTIxOTIgYGludGVnZXJgKSBvciBhIGNsb3NlIHNwZWxsaW5nLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGd1ZXNzVHlwZSh0eXBlOiBzdHJpbmcsIGtub3duOiByZWFkb25seSBzdHJpbmdbXSk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGFsaWFzID0gVFlQRV9BTElBU0VTW3R5cGUudG9Mb3dlckNhc2UoKV07XG4gIHJldHVybiBhbGlhcyAhPT0gdW5kZWZpbmVkICYmIGtub3duLmluY2x1ZGVzKGFsaWFzKSA/IGFsaWFzIDogY2xvc2VzdE1hdGNoKHR5cGUsIGtub3duKTtcbn1cbiIsICIvKipcbiAqIFBpY29zY2hlbWEgXHUyMTkyIEpTT04gU2NoZW1hLCBhcyBEb3Rwcm9tcHQgZGVmaW5lcyBpdCAoaHR0cHM6Ly9nb29nbGUuZ2l0aHViLmlvL2RvdHByb21wdC9yZWZlcmVuY2UvcGljb3NjaGVtYS8pLlxuICpcbiAqIC0gYG5hbWU6IHR5cGVgIGFuZCBgbmFtZTogdHlwZSwgZGVzY3JpcHRpb25gOyBzY2FsYXIgdHlwZXMgYHN0cmluZ2AsIGBudW1iZXJgLCBgaW50ZWdlcmAsXG4gKiAgIGBib29sZWFuYCwgYG51bGxgLCBgYW55YCAoYGFueWAgYmVjb21lcyBge31gKS5cbiAqIC0gYG5hbWU/OiB0eXBlYDogb3B0aW9uYWwsIGFuZCBhbHNvIG51bGxhYmxlIChgdHlwZTogW1QsICdudWxsJ11gOyBhbiBvcHRpb25hbCBlbnVtIGdhaW5zIGBudWxsYCkuXG4gKiAtIGBuYW1lKGFycmF5WywgZGVzY3JpcHRpb25dKTogaXRlbVR5cGUgfCB7IG5lc3RlZCBmaWVsZHMgfWAuXG4gKiAtIGBuYW1lKG9iamVjdFssIGRlc2NyaXB0aW9uXSk6IHsgbmVzdGVkIGZpZWxkcyB9YDsgYSBwbGFpbiBgbmFtZTogeyBuZXN0ZWQgZmllbGRzIH1gIGlzIGFuIG9iamVjdCB0b28uXG4gKiAtIGBuYW1lKGVudW1bLCBkZXNjcmlwdGlvbl0pOiBbQSwgQiwgXHUyMDI2XWAuXG4gKiAtIGAoKik6IHR5cGVgOiBhZGRpdGlvbmFsIHByb3BlcnRpZXMgb2YgdGhhdCB0eXBlIChvYmplY3RzIGFyZSBjbG9zZWQgb3RoZXJ3aXNlKS5cbiAqIC0gQSBzY2hlbWEgd2l0aCBhIHRvcC1sZXZlbCBgdHlwZWAgKGEgSlNPTiBTY2hlbWEgdHlwZSBuYW1lKSBvciBhIGBwcm9wZXJ0aWVzYCBvYmplY3QgaXMgSlNPTiBTY2hlbWFcbiAqICAgYW5kIGlzIHJldHVybmVkIHVuY2hhbmdlZCAod2l0aCBgdHlwZTogJ29iamVjdCdgIGFkZGVkIGluIHRoZSBzZWNvbmQgY2FzZSkuXG4gKlxuICogRGlmZmVyZW5jZXMgZnJvbSBEb3Rwcm9tcHQsIGFsbCBzdHJpY3RlcjogbmFtZWQgc2NoZW1hcyAoYG5hbWU6IE15VHlwZWApIGFyZSBub3Qgc3VwcG9ydGVkICh0aGVyZVxuICogaXMgbm8gc2NoZW1hIHJlZ2lzdHJ5KSBhbmQgYXJlIHJlcG9ydGVkIGFzIHVua25vd24gdHlwZXMgd2l0aCBhIHN1Z2dlc3Rpb247IGAob2JqZWN0KWAgbmVlZHMgbmVzdGVkXG4gKiBmaWVsZHM7IGEgZmllbGQgd2l0aG91dCBhIHR5cGUgKGBuYW1lOmAgd2l0aCBub3RoaW5nIGFmdGVyIGl0KSBhbmQgYSBmaWVsZCBkZWNsYXJlZCB0d2ljZVxuICogKGB0b25lYCBhbmQgYHRvbmU/YCkgYXJlIGVycm9ycy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBGaWVsZFNlZ21lbnQsIGZvcm1hdEZpZWxkUGF0aCB9IGZyb20gJy4vZmllbGQtcGF0aC5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUsIGd1ZXNzVHlwZSB9IGZyb20gJy4vc3VnZ2VzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIFNjYWxhciB0eXBlIG5hbWVzIG9mIFBpY29zY2hlbWEuICovXG5leHBvcnQgY29uc3QgUElDT1NDSEVNQV9TQ0FMQVJfVFlQRVMgPSBbJ3N0cmluZycsICdudW1iZXInLCAnaW50ZWdlcicsICdib29sZWFuJywgJ251bGwnLCAnYW55J10gYXMgY29uc3Q7XG5cbi8qKiBKU09OIFNjaGVtYSBgdHlwZWAgdmFsdWVzIHRoYXQgbWFyayBhIHRvcC1sZXZlbCBzY2hlbWEgYXMgSlNPTiBTY2hlbWEgcmF0aGVyIHRoYW4gUGljb3NjaGVtYS4gKi9cbmNvbnN0IEpTT05fU0NIRU1BX01BUktFUl9UWVBFUyA9IG5ldyBTZXQ8c3RyaW5nPihbLi4uUElDT1NDSEVNQV9TQ0FMQVJfVFlQRVMsICdvYmplY3QnLCAnYXJyYXknXSk7XG5cbmNvbnN0IFBBUkVOVEhFVElDQUxfVFlQRVMgPSBbJ2FycmF5JywgJ29iamVjdCcsICdlbnVtJ10gYXMgY29uc3Q7XG5cbmNvbnN0IFdJTERDQVJEID0gJygqKSc7XG5cbi8qKiBEZWVwZXN0IG5lc3Rpbmcgb2YgUGljb3NjaGVtYSBvYmplY3RzIGFjY2VwdGVkLiAqL1xuY29uc3QgTUFYX0RFUFRIID0gMzI7XG5cbi8qKlxuICogQ29udmVydCBhIFBpY29zY2hlbWEgKG9yIHBhc3MgdGhyb3VnaCBhIEpTT04gU2NoZW1hKSB0byBKU09OIFNjaGVtYS5cbiAqXG4gKiBgbG9jYXRpb24uZmllbGRgIGlzIHRoZSBwYXRoIG9mIHRoZSBzY2hlbWEgaW4gaXRzIHJlY29yZCAoZS5nLiBgJ2lucHV0LnNjaGVtYSdgKTsgZXJyb3JzIG5hbWUgdGhlXG4gKiBvZmZlbmRpbmcga2V5IGJlbG93IGl0LCBlLmcuIGAnaW5wdXQuc2NoZW1hLnRvbmU/KGVudW0pJ2AuXG4gKlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IGZvciBtYWxmb3JtZWQgUGljb3NjaGVtYTogdW5rbm93biB0eXBlcyAod2l0aCBhIHN1Z2dlc3Rpb24pLCB2YWx1ZXNcbiAqICAgdGhhdCBhcmUgbmVpdGhlciB0eXBlIHN0cmluZ3Mgbm9yIG5lc3RlZCBvYmplY3RzLCBgKGVudW0pYCB3aXRob3V0IGEgbGlzdCwgdW5rbm93biBwYXJlbnRoZXRpY2FsXG4gKiAgIHR5cGVzLCBlbXB0eSBzY2hlbWFzLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHsgY3VzdG9tZXI6ICdzdHJpbmcsIGZpcnN0IG5hbWUnLCAndG9uZT8oZW51bSknOiBbJ2Zvcm1hbCcsICdmcmllbmRseSddIH0pO1xuICogLy8geyB0eXBlOiAnb2JqZWN0JywgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCByZXF1aXJlZDogWydjdXN0b21lciddLCBwcm9wZXJ0aWVzOiB7XG4gKiAvLyAgIGN1c3RvbWVyOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ2ZpcnN0IG5hbWUnIH0sXG4gKiAvLyAgIHRvbmU6IHsgZW51bTogWydmb3JtYWwnLCAnZnJpZW5kbHknLCBudWxsXSB9IH0gfVxuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYTogdW5rbm93biwgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBKc29uU2NoZW1hIHtcbiAgY29uc3QgYmFzZTogRmllbGRTZWdtZW50W10gPSBsb2NhdGlvbi5maWVsZCA9PT0gdW5kZWZpbmVkID8gW10gOiBbbG9jYXRpb24uZmllbGRdO1xuICBjb25zdCBmYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSk6IG5ldmVyID0+IHtcbiAgICBjb25zdCBmaWVsZCA9IGZvcm1hdEZpZWxkUGF0aChbLi4uYmFzZSwgLi4ucGF0aF0pO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihkZXRhaWwsIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBmaWVsZCA9PT0gJycgPyB1bmRlZmluZWQgOiBmaWVsZCB9KTtcbiAgfTtcblxuICBpZiAoc2NoZW1hID09PSBudWxsIHx8IHNjaGVtYSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuIGZhaWwoJ3RoZSBzY2hlbWEgaXMgZW1wdHk6IGRlY2xhcmUgZmllbGRzIHN1Y2ggYXMgYGN1c3RvbWVyOiBzdHJpbmdgLCBvciByZW1vdmUgdGhlIHNjaGVtYScsIFtdKTtcbiAgfVxuICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ3N0cmluZycpIHJldHVybiBwYXJzZVNjYWxhcihzY2hlbWEsIFtdLCBmYWlsKTtcbiAgaWYgKCFpc1BsYWluUmVjb3JkKHNjaGVtYSkpIHtcbiAgICByZXR1cm4gZmFpbChcbiAgICAgIGBhIHNjaGVtYSBtdXN0IGJlIFBpY29zY2hlbWEgZmllbGRzIChhbiBvYmplY3Qgc3VjaCBhcyBcXGBjdXN0b21lcjogc3RyaW5nXFxgKSBvciBKU09OIFNjaGVtYSwgZ290ICR7ZGVzY3JpYmVWYWx1ZShzY2hlbWEpfWAsXG4gICAgICBbXSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgaWYgKHR5cGVvZiB0eXBlID09PSAnc3RyaW5nJyAmJiBKU09OX1NDSEVNQV9NQVJLRVJfVFlQRVMuaGFzKHR5cGUpKSByZXR1cm4geyAuLi5zY2hlbWEgfTtcbiAgaWYgKEFycmF5LmlzQXJyYXkodHlwZSkgJiYgdHlwZS5ldmVyeSgodCkgPT4gdHlwZW9mIHQgPT09ICdzdHJpbmcnICYmIEpTT05fU0NIRU1BX01BUktFUl9UWVBFUy5oYXModCkpKSB7XG4gICAgcmV0dXJuIHsgLi4uc2NoZW1hIH07XG4gIH1cbiAgaWYgKGlzUGxhaW5SZWNvcmQoc2NoZW1hLnByb3BlcnRpZXMpKSByZXR1cm4geyAuLi5zY2hlbWEsIHR5cGU6ICdvYmplY3QnIH07XG4gIHJldHVybiBwYXJzZU9iamVjdChzY2hlbWEsIFtdLCBmYWlsLCAwKTtcbn1cblxudHlwZSBGYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSkgPT4gbmV2ZXI7XG5cbi8qKiBBIHBhcnNlZCBQaWNvc2NoZW1hIGtleTogYG5hbWVgLCBgbmFtZT9gLCBgbmFtZSh0eXBlLCBkZXNjcmlwdGlvbilgLCBgbmFtZT8odHlwZSlgLiAqL1xuaW50ZXJmYWNlIFBhcnNlZEtleSB7XG4gIG5hbWU6IHN0cmluZztcbiAgb3B0aW9uYWw6IGJvb2xlYW47XG4gIC8qKiBUaGUgcGFyZW50aGV0aWNhbCB0eXBlIChgYXJyYXlgLCBgb2JqZWN0YCwgYGVudW1gKSwgd2hlbiBwcmVzZW50LiAqL1xuICBraW5kOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGRlc2NyaXB0aW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHBhcnNlS2V5KGtleTogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IFBhcnNlZEtleSB7XG4gIGNvbnN0IG9wZW4gPSBrZXkuaW5kZXhPZignKCcpO1xuICBsZXQgaGVhZCA9IGtleTtcbiAgbGV0IGtpbmQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGRlc2NyaXB0aW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGlmIChvcGVuICE9PSAtMSkge1xuICAgIGlmICgha2V5LmVuZHNXaXRoKCcpJykpIHtcbiAgICAgIGZhaWwoXG4gICAgICAgIGBmaWVsZCBcIiR7a2V5fVwiIGhhcyBhbiB1bmNsb3NlZCBcIihcIjogd3JpdGUgXFxgbmFtZShhcnJheSk6IHR5cGVcXGAsIFxcYG5hbWUob2JqZWN0KTpcXGAgb3IgXFxgbmFtZShlbnVtKTogW2EsIGJdXFxgYCxcbiAgICAgICAgcGF0aCxcbiAgICAgICk7XG4gICAgfVxuICAgIGhlYWQgPSBrZXkuc2xpY2UoMCwgb3Blbik7XG4gICAgW2tpbmQsIGRlc2NyaXB0aW9uXSA9IHNwbGl0RGVzY3JpcHRpb24oa2V5LnNsaWNlKG9wZW4gKyAxLCAtMSkpO1xuICB9XG4gIGNvbnN0IG9wdGlvbmFsID0gaGVhZC5lbmRzV2l0aCgnPycpO1xuICBjb25zdCBuYW1lID0gb3B0aW9uYWwgPyBoZWFkLnNsaWNlKDAsIC0xKSA6IGhlYWQ7XG4gIGlmIChuYW1lLnRyaW0oKSA9PT0gJycpIGZhaWwoYGZpZWxkIFwiJHtrZXl9XCIgaGFzIG5vIG5hbWU6IHdyaXRlIFxcYG5hbWU6IHR5cGVcXGBgLCBwYXRoKTtcbiAgaWYgKG5hbWUgIT09IG5hbWUudHJpbSgpKSBmYWlsKGBmaWVsZCBuYW1lIFwiJHtuYW1lfVwiIGhhcyBsZWFkaW5nIG9yIHRyYWlsaW5nIHNwYWNlczogcmVtb3ZlIHRoZW1gLCBwYXRoKTtcbiAgcmV0dXJuIHsgbmFtZSwgb3B0aW9uYWwsIGtpbmQsIGRlc2NyaXB0aW9uIH07XG59XG5cbi8qKiBgJ3N0cmluZywgdGhlIG5hbWUnYCBcdTIxOTIgYFsnc3RyaW5nJywgJ3RoZSBuYW1lJ11gOyBgJ3N0cmluZydgIFx1MjE5MiBgWydzdHJpbmcnLCB1bmRlZmluZWRdYC4gKi9cbmZ1bmN0aW9uIHNwbGl0RGVzY3JpcHRpb24odGV4dDogc3RyaW5nKTogW3N0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkXSB7XG4gIGNvbnN0IGNvbW1hID0gdGV4dC5pbmRleE9mKCcsJyk7XG4gIGlmIChjb21tYSA9PT0gLTEpIHJldHVybiBbdGV4dC50cmltKCksIHVuZGVmaW5lZF07XG4gIGNvbnN0IGRlc2NyaXB0aW9uID0gdGV4dC5zbGljZShjb21tYSArIDEpLnRyaW0oKTtcbiAgcmV0dXJuIFt0ZXh0LnNsaWNlKDAsIGNvbW1hKS50cmltKCksIGRlc2NyaXB0aW9uID09PSAnJyA/IHVuZGVmaW5lZCA6IGRlc2NyaXB0aW9uXTtcbn1cblxuZnVuY3Rpb24gcGFyc2VPYmplY3QoXG4gIG9iajogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sXG4gIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLFxuICBmYWlsOiBGYWlsLFxuICBkZXB0aDogbnVtYmVyLFxuKTogSnNvblNjaGVtYSB7XG4gIGlmIChkZXB0aCA+IE1BWF9ERVBUSCkgZmFpbChgdGhlIHNjaGVtYSBuZXN0cyBvYmplY3RzIG1vcmUgdGhhbiAke01BWF9ERVBUSH0gbGV2ZWxzIGRlZXA6IGZsYXR0ZW4gaXRgLCBwYXRoKTtcbiAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgY29uc3QgcmVxdWlyZWQ6IHN0cmluZ1tdID0gW107XG4gIGxldCBhZGRpdGlvbmFsUHJvcGVydGllczogYm9vbGVhbiB8IEpzb25TY2hlbWEgPSBmYWxzZTtcbiAgY29uc3QgZGVjbGFyZWRCeSA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG5cbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMob2JqKSkge1xuICAgIGNvbnN0IGF0ID0gWy4uLnBhdGgsIGtleV07XG4gICAgaWYgKGtleSA9PT0gV0lMRENBUkQpIHtcbiAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gcGFyc2VWYWx1ZSh2YWx1ZSwgdW5kZWZpbmVkLCBhdCwgZmFpbCwgZGVwdGgpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IHBhcnNlZCA9IHBhcnNlS2V5KGtleSwgYXQsIGZhaWwpO1xuICAgIGNvbnN0IHByZXZpb3VzID0gZGVjbGFyZWRCeS5nZXQocGFyc2VkLm5hbWUpO1xuICAgIGlmIChwcmV2aW91cyAhPT0gdW5kZWZpbmVkKVxuICAgICAgZmFpbChgZmllbGQgXCIke3BhcnNlZC5uYW1lfVwiIGlzIGRlY2xhcmVkIHR3aWNlIChcIiR7cHJldmlvdXN9XCIgYW5kIFwiJHtrZXl9XCIpOiBrZWVwIG9uZWAsIGF0KTtcbiAgICBkZWNsYXJlZEJ5LnNldChwYXJzZWQubmFtZSwga2V5KTtcbiAgICBpZiAoIXBhcnNlZC5vcHRpb25hbCkgcmVxdWlyZWQucHVzaChwYXJzZWQubmFtZSk7XG4gICAgY29uc3QgcHJvcGVydHkgPSBwYXJzZVZhbHVlKHZhbHVlLCBwYXJzZWQua2luZCwgYXQsIGZhaWwsIGRlcHRoKTtcbiAgICBpZiAocGFyc2VkLm9wdGlvbmFsKSBtYWtlTnVsbGFibGUocHJvcGVydHkpO1xuICAgIGlmIChwYXJzZWQuZGVzY3JpcHRpb24gIT09IHVuZGVmaW5lZCkgcHJvcGVydHkuZGVzY3JpcHRpb24gPSBwYXJzZWQuZGVzY3JpcHRpb247XG4gICAgcHJvcGVydGllc1twYXJzZWQubmFtZV0gPSBwcm9wZXJ0eTtcbiAgfVxuXG4gIGNvbnN0IG91dDogSnNvblNjaGVtYSA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXMgfTtcbiAgaWYgKHJlcXVpcmVkLmxlbmd0aCA+IDApIG91dC5yZXF1aXJlZCA9IHJlcXVpcmVkO1xuICBvdXQuYWRkaXRpb25hbFByb3BlcnRpZXMgPSBhZGRpdGlvbmFsUHJvcGVydGllcztcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gcGFyc2VWYWx1ZShcbiAgdmFsdWU6IHVua25vd24sXG4gIGtpbmQ6IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sXG4gIGZhaWw6IEZhaWwsXG4gIGRlcHRoOiBudW1iZXIsXG4pOiBKc29uU2NoZW1hIHtcbiAgc3dpdGNoIChraW5kKSB7XG4gICAgY2FzZSB1bmRlZmluZWQ6XG4gICAgICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIHBhcnNlU2NhbGFyKHZhbHVlLCBwYXRoLCBmYWlsKTtcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHBhcnNlT2JqZWN0KHZhbHVlLCBwYXRoLCBmYWlsLCBkZXB0aCArIDEpO1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIHJldHVybiBmYWlsKCdhIGxpc3Qgb2YgdmFsdWVzIG5lZWRzIHRoZSAoZW51bSkgdHlwZTogd3JpdGUgYG5hbWUoZW51bSk6IFthLCBiXWAnLCBwYXRoKTtcbiAgICAgIH1cbiAgICAgIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHJldHVybiBmYWlsKCd0aGUgZmllbGQgaGFzIG5vIHR5cGU6IHdyaXRlIGBuYW1lOiBzdHJpbmdgIChvciBudW1iZXIsIGludGVnZXIsIGJvb2xlYW4sIG51bGwsIGFueSknLCBwYXRoKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBmYWlsKFxuICAgICAgICBgZXhwZWN0ZWQgYSB0eXBlIG5hbWUgc3VjaCBhcyBcInN0cmluZ1wiIG9yIG5lc3RlZCBmaWVsZHMsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfTsgcXVvdGUgaXQgaWYgaXQgaXMgYSBkZXNjcmlwdGlvbmAsXG4gICAgICAgIHBhdGgsXG4gICAgICApO1xuICAgIGNhc2UgJ2FycmF5Jzoge1xuICAgICAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBwYXJzZVNjYWxhcih2YWx1ZSwgcGF0aCwgZmFpbCkgfTtcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHBhcnNlT2JqZWN0KHZhbHVlLCBwYXRoLCBmYWlsLCBkZXB0aCArIDEpIH07XG4gICAgICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgICAgJ1BpY29zY2hlbWEgaGFzIG5vIGFycmF5LW9mLWVudW0gZm9ybTogdXNlIEpTT04gU2NoZW1hIGZvciB0aGlzIGlucHV0LCBlLmcuICcgK1xuICAgICAgICAgICAgJ2B7IHR5cGU6IGFycmF5LCBpdGVtczogeyBlbnVtOiBbYSwgYl0gfSB9YCwgb3IgbWFrZSB0aGUgZmllbGQgYG5hbWUoZW51bSk6IFthLCBiXWAnLFxuICAgICAgICAgIHBhdGgsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICByZXR1cm4gZmFpbChgKGFycmF5KSB0YWtlcyB0aGUgaXRlbSB0eXBlLCBlLmcuIFxcYG5hbWUoYXJyYXkpOiBzdHJpbmdcXGAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIHBhdGgpO1xuICAgIH1cbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgaWYgKGlzUGxhaW5SZWNvcmQodmFsdWUpKSByZXR1cm4gcGFyc2VPYmplY3QodmFsdWUsIHBhdGgsIGZhaWwsIGRlcHRoICsgMSk7XG4gICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgYChvYmplY3QpIHRha2VzIG5lc3RlZCBmaWVsZHMsIGUuZy4gXFxgbmFtZShvYmplY3QpOiB7IHN0cmVldDogc3RyaW5nIH1cXGAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsXG4gICAgICAgIHBhdGgsXG4gICAgICApO1xuICAgIGNhc2UgJ2VudW0nOiB7XG4gICAgICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWUpIHx8IHZhbHVlLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgICBgKGVudW0pIHRha2VzIGEgbm9uLWVtcHR5IGxpc3Qgb2YgdmFsdWVzLCBlLmcuIFxcYG5hbWUoZW51bSk6IFthLCBiXVxcYCwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCxcbiAgICAgICAgICBwYXRoLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgZm9yIChjb25zdCBbaW5kZXgsIGl0ZW1dIG9mIHZhbHVlLmVudHJpZXMoKSkge1xuICAgICAgICBpZiAoaXRlbSAhPT0gbnVsbCAmJiAhWydzdHJpbmcnLCAnbnVtYmVyJywgJ2Jvb2xlYW4nXS5pbmNsdWRlcyh0eXBlb2YgaXRlbSkpIHtcbiAgICAgICAgICBmYWlsKGBlbnVtIHZhbHVlcyBtdXN0IGJlIHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zIG9yIG51bGwsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXRlbSl9YCwgWy4uLnBhdGgsIGluZGV4XSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIHJldHVybiB7IGVudW06IFsuLi52YWx1ZV0gfTtcbiAgICB9XG4gICAgZGVmYXVsdDoge1xuICAgICAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0TWF0Y2goa2luZCwgUEFSRU5USEVUSUNBTF9UWVBFUyk7XG4gICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgYHVua25vd24gdHlwZSBcIigke2tpbmR9KVwiOiBwYXJlbnRoZXRpY2FsIHR5cGVzIGFyZSAoYXJyYXkpLCAob2JqZWN0KSBhbmQgKGVudW0pYCArXG4gICAgICAgICAgKGd1ZXNzID09PSB1bmRlZmluZWQgPyAnJyA6IGA7IGRpZCB5b3UgbWVhbiBcIigke2d1ZXNzfSlcIj9gKSArXG4gICAgICAgICAgKGlzU2NhbGFyVHlwZShraW5kKSA/IGA7IGZvciBhICR7a2luZH0sIHdyaXRlIFxcYG5hbWU6ICR7a2luZH1cXGBgIDogJycpLFxuICAgICAgICBwYXRoLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gcGFyc2VTY2FsYXIodGV4dDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IEpzb25TY2hlbWEge1xuICBjb25zdCBbdHlwZSwgZGVzY3JpcHRpb25dID0gc3BsaXREZXNjcmlwdGlvbih0ZXh0KTtcbiAgaWYgKCFpc1NjYWxhclR5cGUodHlwZSkpIHJldHVybiBmYWlsKGV4cGxhaW5Vbmtub3duVHlwZSh0eXBlKSwgcGF0aCk7XG4gIGNvbnN0IG91dDogSnNvblNjaGVtYSA9IHR5cGUgPT09ICdhbnknID8ge30gOiB7IHR5cGUgfTtcbiAgaWYgKGRlc2NyaXB0aW9uICE9PSB1bmRlZmluZWQpIG91dC5kZXNjcmlwdGlvbiA9IGRlc2NyaXB0aW9uO1xuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBleHBsYWluVW5rbm93blR5cGUodHlwZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbGlzdCA9IFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTLmpvaW4oJywgJyk7XG4gIGlmICh0eXBlID09PSAnJykgcmV0dXJuIGB0aGUgZmllbGQgaGFzIG5vIHR5cGU6IHdyaXRlIFxcYG5hbWU6IHN0cmluZ1xcYCAodHlwZXM6ICR7bGlzdH0pYDtcbiAgY29uc3QgZ3Vlc3MgPSBndWVzc1R5cGUodHlwZSwgUElDT1NDSEVNQV9TQ0FMQVJfVFlQRVMpO1xuICBpZiAodHlwZSA9PT0gJ2FycmF5JyB8fCB0eXBlID09PSAnb2JqZWN0JyB8fCB0eXBlID09PSAnZW51bScpIHtcbiAgICBjb25zdCBleGFtcGxlID1cbiAgICAgIHR5cGUgPT09ICdhcnJheSdcbiAgICAgICAgPyAnYG5hbWUoYXJyYXkpOiBzdHJpbmdgJ1xuICAgICAgICA6IHR5cGUgPT09ICdvYmplY3QnXG4gICAgICAgICAgPyAnYG5hbWUob2JqZWN0KTogeyBmaWVsZDogc3RyaW5nIH1gJ1xuICAgICAgICAgIDogJ2BuYW1lKGVudW0pOiBbYSwgYl1gJztcbiAgICByZXR1cm4gYFwiJHt0eXBlfVwiIGdvZXMgaW4gcGFyZW50aGVzZXMgYWZ0ZXIgdGhlIGZpZWxkIG5hbWU6IHdyaXRlICR7ZXhhbXBsZX1gO1xuICB9XG4gIHJldHVybiAoXG4gICAgYHVua25vd24gdHlwZSBcIiR7dHlwZX1cIiR7Z3Vlc3MgPT09IHVuZGVmaW5lZCA/ICcnIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gfSBgICtcbiAgICBgUGljb3NjaGVtYSB0eXBlcyBhcmUgJHtsaXN0fSwgcGx1cyBuYW1lKGFycmF5KSwgbmFtZShvYmplY3QpIGFuZCBuYW1lKGVudW0pLiBgICtcbiAgICAnTmFtZWQgc2NoZW1hcyBhcmUgbm90IHN1cHBvcnRlZDogZGVzY3JpYmUgdGhlIGZpZWxkcyBpbmxpbmUnXG4gICk7XG59XG5cbmZ1bmN0aW9uIGlzU2NhbGFyVHlwZSh0eXBlOiBzdHJpbmcpOiB0eXBlIGlzICh0eXBlb2YgUElDT1NDSEVNQV9TQ0FMQVJfVFlQRVMpW251bWJlcl0ge1xuICByZXR1cm4gKFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyh0eXBlKTtcbn1cblxuLyoqIERvdHByb21wdDogYW4gb3B0aW9uYWwgZmllbGQgaXMgYWxzbyBudWxsYWJsZS4gKi9cbmZ1bmN0aW9uIG1ha2VOdWxsYWJsZShwcm9wZXJ0eTogSnNvblNjaGVtYSk6IHZvaWQge1xuICBpZiAoQXJyYXkuaXNBcnJheShwcm9wZXJ0eS5lbnVtKSkge1xuICAgIGlmICghcHJvcGVydHkuZW51bS5pbmNsdWRlcyhudWxsKSkgcHJvcGVydHkuZW51bSA9IFsuLi5wcm9wZXJ0eS5lbnVtLCBudWxsXTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBwcm9wZXJ0eS50eXBlID09PSAnc3RyaW5nJyAmJiBwcm9wZXJ0eS50eXBlICE9PSAnbnVsbCcpIHByb3BlcnR5LnR5cGUgPSBbcHJvcGVydHkudHlwZSwgJ251bGwnXTtcbn1cblxuLyoqIEEgbm9uLW51bGwsIG5vbi1hcnJheSBvYmplY3QuICovXG5leHBvcnQgZnVuY3Rpb24gaXNQbGFpblJlY29yZCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodmFsdWUpO1xufVxuIiwgIi8qKlxuICogQ2hlY2tpbmcgYW5kIG5vcm1hbGl6aW5nIHRoZSBKU09OIFNjaGVtYSBzdWJzZXQgdGhhdCBpbnB1dCBzY2hlbWFzIG1heSB1c2UuXG4gKlxuICogU3VwcG9ydGVkIGtleXdvcmRzICh0aGV5IGFyZSBlbmZvcmNlZCBhdCBydW4gdGltZSk6XG4gKiBgdHlwZWAgKGEgbmFtZSBvciBhIGxpc3Q7IGBudWxsYCBpbiB0aGUgbGlzdCBtYWtlcyBhIHZhbHVlIG51bGxhYmxlKSwgYHByb3BlcnRpZXNgLCBgcmVxdWlyZWRgLFxuICogYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYCAoYm9vbGVhbiBvciBzY2hlbWEpLCBgaXRlbXNgIChvbmUgc2NoZW1hKSwgYG1pbkl0ZW1zYCwgYG1heEl0ZW1zYCwgYGVudW1gLFxuICogYGNvbnN0YCwgYGFueU9mYCwgYG9uZU9mYCAoZXhhY3RseSBvbmUgYWx0ZXJuYXRpdmUgbXVzdCBtYXRjaCksIGBhbGxPZmAgKG1lcmdlZCBpbnRvIG9uZSBzY2hlbWEpLFxuICogYG51bGxhYmxlYCAoT3BlbkFQSSAzLjApLCBgbWluTGVuZ3RoYCwgYG1heExlbmd0aGAsIGBwYXR0ZXJuYCwgYG1pbmltdW1gLCBgbWF4aW11bWAsXG4gKiBgZXhjbHVzaXZlTWluaW11bWAsIGBleGNsdXNpdmVNYXhpbXVtYCAobnVtYmVyLCBvciB0aGUgZHJhZnQtNCBib29sZWFuIGZvcm0pLCBgbXVsdGlwbGVPZmAuXG4gKlxuICogQW5ub3RhdGlvbnMgYXJlIGtlcHQgYW5kIG5vdCBlbmZvcmNlZDogYHRpdGxlYCwgYGRlc2NyaXB0aW9uYCwgYGRlZmF1bHRgLCBgZXhhbXBsZXNgLCBgZm9ybWF0YCxcbiAqIGAkc2NoZW1hYCwgYCRpZGAsIGAkY29tbWVudGAsIGAkZGVmc2AsIGBkZWZpbml0aW9uc2AsIGBkZXByZWNhdGVkYCwgYHJlYWRPbmx5YCwgYHdyaXRlT25seWAsXG4gKiBgY29udGVudE1lZGlhVHlwZWAsIGBjb250ZW50RW5jb2RpbmdgLCBhbmQgYW55IGB4LVx1MjAyNmAgZXh0ZW5zaW9uLlxuICpcbiAqIEV2ZXJ5IG90aGVyIGtleXdvcmQgaXMgYW4gZXJyb3IgbmFtaW5nIGl0OiBhIHZhbGlkYXRpb24ga2V5d29yZCB0aGF0IHByb21wdG9wcyB3b3VsZCBza2lwXG4gKiAoYCRyZWZgLCBgbm90YCwgYGlmYCwgYHVuaXF1ZUl0ZW1zYCwgYHBhdHRlcm5Qcm9wZXJ0aWVzYCwgXHUyMDI2KSB3b3VsZCBsZXQgYmFkIGlucHV0IHRocm91Z2hcbiAqIHNpbGVudGx5LCBhbmQgYW4gdW5rbm93biB3b3JkIGlzIHVzdWFsbHkgYSB0eXBvIChgcHJvcGVydGVzYCkuIEtleXdvcmRzIHRoYXQgb25seSBhcHBseSB0byBvbmVcbiAqIHR5cGUgKGBtaW5MZW5ndGhgIG9uIGEgbnVtYmVyKSBhcmUgZXJyb3JzIHRvby5cbiAqXG4gKiBUaGUgdG9wIGxldmVsIG11c3QgYmUgYW4gb2JqZWN0IHNjaGVtYS4gVW5saWtlIHBsYWluIEpTT04gU2NoZW1hLCBhIHRvcCBsZXZlbCB3aXRob3V0XG4gKiBgYWRkaXRpb25hbFByb3BlcnRpZXNgIGlzIGNsb3NlZCAoYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWAgaXMgd3JpdHRlbiBpbnRvIHRoZSBub3JtYWxpemVkXG4gKiBzY2hlbWEpOiBhbiB1bmtub3duIHZhcmlhYmxlIGlzIGFsbW9zdCBhbHdheXMgYSB0eXBvLiBOZXN0ZWQgb2JqZWN0cyBmb2xsb3cgSlNPTiBTY2hlbWEgKG9wZW5cbiAqIHVubGVzcyB0aGV5IHNheSBgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlYCkuIGBkZWZhdWx0YCBpcyBhbiBhbm5vdGF0aW9uOiBkZWZhdWx0cyB0aGF0IGFwcGx5XG4gKiBhdCByZW5kZXIgdGltZSBiZWxvbmcgaW4gdGhlIHJlY29yZCdzIGBpbnB1dC5kZWZhdWx0YC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBGaWVsZFNlZ21lbnQsIGZvcm1hdEZpZWxkUGF0aCB9IGZyb20gJy4vZmllbGQtcGF0aC5qcyc7XG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB7IGNsb3Nlc3RNYXRjaCwgZGVzY3JpYmVWYWx1ZSwgZ3Vlc3NUeXBlIH0gZnJvbSAnLi9zdWdnZXN0LmpzJztcbmltcG9ydCB0eXBlIHsgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKiogSlNPTiBTY2hlbWEgdHlwZSBuYW1lcyBhY2NlcHRlZCBpbiBgdHlwZWAuICovXG5leHBvcnQgY29uc3QgSlNPTl9TQ0hFTUFfVFlQRVMgPSBbJ3N0cmluZycsICdudW1iZXInLCAnaW50ZWdlcicsICdib29sZWFuJywgJ251bGwnLCAnb2JqZWN0JywgJ2FycmF5J10gYXMgY29uc3Q7XG5cbmNvbnN0IFNUUklOR19LRVlXT1JEUyA9IFsnbWluTGVuZ3RoJywgJ21heExlbmd0aCcsICdwYXR0ZXJuJ10gYXMgY29uc3Q7XG5jb25zdCBOVU1CRVJfS0VZV09SRFMgPSBbJ21pbmltdW0nLCAnbWF4aW11bScsICdleGNsdXNpdmVNaW5pbXVtJywgJ2V4Y2x1c2l2ZU1heGltdW0nLCAnbXVsdGlwbGVPZiddIGFzIGNvbnN0O1xuY29uc3QgQVJSQVlfS0VZV09SRFMgPSBbJ2l0ZW1zJywgJ21pbkl0ZW1zJywgJ21heEl0ZW1zJ10gYXMgY29uc3Q7XG5jb25zdCBPQkpFQ1RfS0VZV09SRFMgPSBbJ3Byb3BlcnRpZXMnLCAncmVxdWlyZWQnLCAnYWRkaXRpb25hbFByb3BlcnRpZXMnXSBhcyBjb25zdDtcblxuY29uc3QgVkFMSURBVElPTl9LRVlXT1JEUyA9IG5ldyBTZXQ8c3RyaW5nPihbXG4gICd0eXBlJyxcbiAgJ2VudW0nLFxuICAnY29uc3QnLFxuICAnYW55T2YnLFxuICAnb25lT2YnLFxuICAnYWxsT2YnLFxuICAnbnVsbGFibGUnLFxuICAuLi5TVFJJTkdfS0VZV09SRFMsXG4gIC4uLk5VTUJFUl9LRVlXT1JEUyxcbiAgLi4uQVJSQVlfS0VZV09SRFMsXG4gIC4uLk9CSkVDVF9LRVlXT1JEUyxcbl0pO1xuXG5jb25zdCBBTk5PVEFUSU9OX0tFWVdPUkRTID0gbmV3IFNldDxzdHJpbmc+KFtcbiAgJ3RpdGxlJyxcbiAgJ2Rlc2NyaXB0aW9uJyxcbiAgJ2RlZmF1bHQnLFxuICAnZXhhbXBsZXMnLFxuICAnZm9ybWF0JyxcbiAgJyRzY2hlbWEnLFxuICAnJGlkJyxcbiAgJyRjb21tZW50JyxcbiAgJyRkZWZzJyxcbiAgJ2RlZmluaXRpb25zJyxcbiAgJ2RlcHJlY2F0ZWQnLFxuICAncmVhZE9ubHknLFxuICAnd3JpdGVPbmx5JyxcbiAgJ2NvbnRlbnRNZWRpYVR5cGUnLFxuICAnY29udGVudEVuY29kaW5nJyxcbl0pO1xuXG4vKiogS25vd24gSlNPTiBTY2hlbWEga2V5d29yZHMgdGhhdCBpbnB1dCBzY2hlbWFzIGRvIG5vdCBzdXBwb3J0LiAqL1xuY29uc3QgVU5TVVBQT1JURURfS0VZV09SRFMgPSBuZXcgU2V0KFtcbiAgJyRyZWYnLFxuICAnJGR5bmFtaWNSZWYnLFxuICAnJGFuY2hvcicsXG4gICdub3QnLFxuICAnaWYnLFxuICAndGhlbicsXG4gICdlbHNlJyxcbiAgJ3VuaXF1ZUl0ZW1zJyxcbiAgJ2NvbnRhaW5zJyxcbiAgJ21pbkNvbnRhaW5zJyxcbiAgJ21heENvbnRhaW5zJyxcbiAgJ3ByZWZpeEl0ZW1zJyxcbiAgJ2FkZGl0aW9uYWxJdGVtcycsXG4gICd1bmV2YWx1YXRlZEl0ZW1zJyxcbiAgJ3VuZXZhbHVhdGVkUHJvcGVydGllcycsXG4gICdwYXR0ZXJuUHJvcGVydGllcycsXG4gICdwcm9wZXJ0eU5hbWVzJyxcbiAgJ21pblByb3BlcnRpZXMnLFxuICAnbWF4UHJvcGVydGllcycsXG4gICdkZXBlbmRlbmNpZXMnLFxuICAnZGVwZW5kZW50UmVxdWlyZWQnLFxuICAnZGVwZW5kZW50U2NoZW1hcycsXG5dKTtcblxuY29uc3QgTUFYX0RFUFRIID0gMzI7XG5cbi8qKlxuICogQ2hlY2sgYSBKU09OIFNjaGVtYSBhZ2FpbnN0IHRoZSBzdXBwb3J0ZWQgc3Vic2V0IGFuZCByZXR1cm4gYSBub3JtYWxpemVkIGNvcHk6IGBhbGxPZmAgbWVyZ2VkLFxuICogYG51bGxhYmxlOiB0cnVlYCB0dXJuZWQgaW50byBhIGAnbnVsbCdgIHR5cGUsIGRyYWZ0LTQgYm9vbGVhbiBgZXhjbHVzaXZlTWluaW11bWAvYGV4Y2x1c2l2ZU1heGltdW1gXG4gKiB0dXJuZWQgaW50byBudW1iZXJzLCBgdHlwZTogJ29iamVjdCdgL2AnYXJyYXknYCBhZGRlZCB3aGVyZSBgcHJvcGVydGllc2AvYGl0ZW1zYCBpbXBseSBpdCwgYW5kIChmb3JcbiAqIGB0b3BgKSBgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlYCBhZGRlZCB3aGVuIGFic2VudC5cbiAqXG4gKiBAcGFyYW0gc2NoZW1hIFRoZSBKU09OIFNjaGVtYS5cbiAqIEBwYXJhbSBsb2NhdGlvbiBXaGVyZSB0aGUgc2NoZW1hIHNpdHM7IGBsb2NhdGlvbi5maWVsZGAgKGUuZy4gYCdpbnB1dC5zY2hlbWEnYCkgcHJlZml4ZXMgZXJyb3IgZmllbGRzLlxuICogQHBhcmFtIG9wdGlvbnMgYHRvcDogdHJ1ZWAgKGRlZmF1bHQpIHJlcXVpcmVzIGFuIG9iamVjdCBzY2hlbWEsIGFzIGlucHV0IHNjaGVtYXMgYXJlLlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IG5hbWluZyB0aGUga2V5d29yZCBwYXRoLCBlLmcuIGBpbnB1dC5zY2hlbWEucHJvcGVydGllcy50b25lLnR5cGVgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplSnNvblNjaGVtYShcbiAgc2NoZW1hOiB1bmtub3duLFxuICBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7fSxcbiAgb3B0aW9uczogeyB0b3A/OiBib29sZWFuIH0gPSB7fSxcbik6IEpzb25TY2hlbWEge1xuICBjb25zdCBiYXNlOiBGaWVsZFNlZ21lbnRbXSA9IGxvY2F0aW9uLmZpZWxkID09PSB1bmRlZmluZWQgPyBbXSA6IFtsb2NhdGlvbi5maWVsZF07XG4gIGNvbnN0IGZhaWwgPSAoZGV0YWlsOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKTogbmV2ZXIgPT4ge1xuICAgIGNvbnN0IGZpZWxkID0gZm9ybWF0RmllbGRQYXRoKFsuLi5iYXNlLCAuLi5wYXRoXSk7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGRldGFpbCwgeyAuLi5sb2NhdGlvbiwgZmllbGQ6IGZpZWxkID09PSAnJyA/IHVuZGVmaW5lZCA6IGZpZWxkIH0pO1xuICB9O1xuICBjb25zdCBub3JtYWxpemVkID0gbm9ybWFsaXplTm9kZShzY2hlbWEsIFtdLCBmYWlsLCAwKTtcbiAgaWYgKG9wdGlvbnMudG9wID8/IHRydWUpIHtcbiAgICBpZiAobm9ybWFsaXplZC50eXBlICE9PSAnb2JqZWN0Jykge1xuICAgICAgY29uc3QgZ290ID0gbm9ybWFsaXplZC50eXBlID09PSB1bmRlZmluZWQgPyAnbm8gb2JqZWN0IHR5cGUnIDogYHR5cGUgJHtKU09OLnN0cmluZ2lmeShub3JtYWxpemVkLnR5cGUpfWA7XG4gICAgICBmYWlsKFxuICAgICAgICBgYW4gaW5wdXQgc2NoZW1hIG11c3QgZGVzY3JpYmUgYW4gb2JqZWN0IG9mIHZhcmlhYmxlcyAodHlwZTogb2JqZWN0IHdpdGggcHJvcGVydGllcyksIGdvdCAke2dvdH0uIGAgK1xuICAgICAgICAgICdEZWNsYXJlIGVhY2ggdmFyaWFibGUgYXMgYSBwcm9wZXJ0eScsXG4gICAgICAgIFsndHlwZSddLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKG5vcm1hbGl6ZWQuYWRkaXRpb25hbFByb3BlcnRpZXMgPT09IHVuZGVmaW5lZCkgbm9ybWFsaXplZC5hZGRpdGlvbmFsUHJvcGVydGllcyA9IGZhbHNlO1xuICB9XG4gIHJldHVybiBub3JtYWxpemVkO1xufVxuXG50eXBlIEZhaWwgPSAoZGV0YWlsOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKSA9PiBuZXZlcjtcblxuZnVuY3Rpb24gbm9ybWFsaXplTm9kZShub2RlOiB1bmtub3duLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCwgZGVwdGg6IG51bWJlcik6IEpzb25TY2hlbWEge1xuICBpZiAoZGVwdGggPiBNQVhfREVQVEgpIGZhaWwoYHRoZSBzY2hlbWEgbmVzdHMgbW9yZSB0aGFuICR7TUFYX0RFUFRIfSBsZXZlbHMgZGVlcDogZmxhdHRlbiBpdGAsIHBhdGgpO1xuICBpZiAobm9kZSA9PT0gdHJ1ZSkgcmV0dXJuIHt9O1xuICBpZiAobm9kZSA9PT0gZmFsc2UpIHJldHVybiBmYWlsKCd0aGUgc2NoZW1hIGBmYWxzZWAgYWNjZXB0cyBubyB2YWx1ZTogcmVtb3ZlIHRoZSBwcm9wZXJ0eSBpbnN0ZWFkJywgcGF0aCk7XG4gIGlmICghaXNQbGFpblJlY29yZChub2RlKSkgcmV0dXJuIGZhaWwoYGV4cGVjdGVkIGEgc2NoZW1hIG9iamVjdCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShub2RlKX1gLCBwYXRoKTtcblxuICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyhub2RlKSkgY2hlY2tLZXl3b3JkKGtleSwgcGF0aCwgZmFpbCk7XG5cbiAgbGV0IG91dDogSnNvblNjaGVtYSA9IHt9O1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhub2RlKSkge1xuICAgIGlmIChrZXkgPT09ICdhbGxPZicgfHwga2V5ID09PSAnbnVsbGFibGUnKSBjb250aW51ZTtcbiAgICBvdXRba2V5XSA9IHZhbHVlO1xuICB9XG5cbiAgaWYgKG5vZGUuYWxsT2YgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IG1lbWJlcnMgPSBzY2hlbWFMaXN0KG5vZGUuYWxsT2YsIFsuLi5wYXRoLCAnYWxsT2YnXSwgZmFpbCwgZGVwdGgpO1xuICAgIGZvciAoY29uc3QgW2luZGV4LCBtZW1iZXJdIG9mIG1lbWJlcnMuZW50cmllcygpKSBvdXQgPSBtZXJnZVNjaGVtYXMob3V0LCBtZW1iZXIsIFsuLi5wYXRoLCAnYWxsT2YnLCBpbmRleF0sIGZhaWwpO1xuICB9XG5cbiAgbm9ybWFsaXplVHlwZShvdXQsIHBhdGgsIGZhaWwpO1xuICBpZiAobm9kZS5udWxsYWJsZSA9PT0gdHJ1ZSkgYWRkTnVsbChvdXQsIHBhdGgsIGZhaWwpO1xuICBlbHNlIGlmIChub2RlLm51bGxhYmxlICE9PSB1bmRlZmluZWQgJiYgbm9kZS5udWxsYWJsZSAhPT0gZmFsc2UpIHtcbiAgICBmYWlsKGBcIm51bGxhYmxlXCIgbXVzdCBiZSB0cnVlIG9yIGZhbHNlLCBnb3QgJHtkZXNjcmliZVZhbHVlKG5vZGUubnVsbGFibGUpfWAsIFsuLi5wYXRoLCAnbnVsbGFibGUnXSk7XG4gIH1cblxuICBjaGVja0FwcGxpY2FiaWxpdHkob3V0LCBwYXRoLCBmYWlsKTtcbiAgbm9ybWFsaXplU3RyaW5nS2V5d29yZHMob3V0LCBwYXRoLCBmYWlsKTtcbiAgbm9ybWFsaXplTnVtYmVyS2V5d29yZHMob3V0LCBwYXRoLCBmYWlsKTtcbiAgbm9ybWFsaXplQXJyYXlLZXl3b3JkcyhvdXQsIHBhdGgsIGZhaWwsIGRlcHRoKTtcbiAgbm9ybWFsaXplT2JqZWN0S2V5d29yZHMob3V0LCBwYXRoLCBmYWlsLCBkZXB0aCk7XG4gIG5vcm1hbGl6ZVZhbHVlS2V5d29yZHMob3V0LCBwYXRoLCBmYWlsKTtcbiAgZm9yIChjb25zdCBrZXkgb2YgWydhbnlPZicsICdvbmVPZiddIGFzIGNvbnN0KSB7XG4gICAgaWYgKG91dFtrZXldID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIG91dFtrZXldID0gc2NoZW1hTGlzdChvdXRba2V5XSwgWy4uLnBhdGgsIGtleV0sIGZhaWwsIGRlcHRoKTtcbiAgICBjb25zdCBvdGhlciA9IE9iamVjdC5rZXlzKG91dCkuZmluZCgoaykgPT4gayAhPT0ga2V5ICYmIFZBTElEQVRJT05fS0VZV09SRFMuaGFzKGspKTtcbiAgICBpZiAob3RoZXIgIT09IHVuZGVmaW5lZCkge1xuICAgICAgZmFpbChgXCIke2tleX1cIiBjYW5ub3QgYmUgY29tYmluZWQgd2l0aCBcIiR7b3RoZXJ9XCIgaGVyZTogbW92ZSBcIiR7b3RoZXJ9XCIgaW50byBlYWNoIGFsdGVybmF0aXZlYCwgWy4uLnBhdGgsIG90aGVyXSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGNoZWNrS2V5d29yZChrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgaWYgKFZBTElEQVRJT05fS0VZV09SRFMuaGFzKGtleSkgfHwgQU5OT1RBVElPTl9LRVlXT1JEUy5oYXMoa2V5KSB8fCBrZXkuc3RhcnRzV2l0aCgneC0nKSkgcmV0dXJuO1xuICBpZiAoVU5TVVBQT1JURURfS0VZV09SRFMuaGFzKGtleSkpIHtcbiAgICBjb25zdCBoaW50ID0ga2V5LnN0YXJ0c1dpdGgoJyQnKVxuICAgICAgPyAnaW5saW5lIHRoZSByZWZlcmVuY2VkIHNjaGVtYSdcbiAgICAgIDogJ2V4cHJlc3MgdGhlIHJ1bGUgd2l0aCB0aGUgc3VwcG9ydGVkIGtleXdvcmRzLCBvciBjaGVjayBpdCBpbiBjb2RlJztcbiAgICBmYWlsKGB0aGUgSlNPTiBTY2hlbWEga2V5d29yZCBcIiR7a2V5fVwiIGlzIG5vdCBzdXBwb3J0ZWQgaW4gaW5wdXQgc2NoZW1hczogJHtoaW50fWAsIFsuLi5wYXRoLCBrZXldKTtcbiAgfVxuICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChrZXksIFsuLi5WQUxJREFUSU9OX0tFWVdPUkRTLCAuLi5BTk5PVEFUSU9OX0tFWVdPUkRTXSk7XG4gIGZhaWwoXG4gICAgYHVua25vd24gSlNPTiBTY2hlbWEga2V5d29yZCBcIiR7a2V5fVwiJHtndWVzcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2B9IGAgK1xuICAgICAgJyh2ZW5kb3IgZXh0ZW5zaW9ucyBtdXN0IHN0YXJ0IHdpdGggXCJ4LVwiKScsXG4gICAgWy4uLnBhdGgsIGtleV0sXG4gICk7XG59XG5cbmZ1bmN0aW9uIHNjaGVtYUxpc3QodmFsdWU6IHVua25vd24sIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsLCBkZXB0aDogbnVtYmVyKTogSnNvblNjaGVtYVtdIHtcbiAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlKSB8fCB2YWx1ZS5sZW5ndGggPT09IDApIHtcbiAgICByZXR1cm4gZmFpbChgZXhwZWN0ZWQgYSBub24tZW1wdHkgbGlzdCBvZiBzY2hlbWFzLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBwYXRoKTtcbiAgfVxuICByZXR1cm4gdmFsdWUubWFwKChtZW1iZXIsIGluZGV4KSA9PiBub3JtYWxpemVOb2RlKG1lbWJlciwgWy4uLnBhdGgsIGluZGV4XSwgZmFpbCwgZGVwdGggKyAxKSk7XG59XG5cbmZ1bmN0aW9uIHR5cGVMaXN0KHNjaGVtYTogSnNvblNjaGVtYSk6IHN0cmluZ1tdIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdHlwZSA9IHNjaGVtYS50eXBlO1xuICBpZiAodHlwZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gQXJyYXkuaXNBcnJheSh0eXBlKSA/ICh0eXBlIGFzIHN0cmluZ1tdKSA6IFt0eXBlIGFzIHN0cmluZ107XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZVR5cGUob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCBhdCA9IFsuLi5wYXRoLCAndHlwZSddO1xuICBpZiAob3V0LnR5cGUgPT09IHVuZGVmaW5lZCkge1xuICAgIGlmIChPQkpFQ1RfS0VZV09SRFMuc29tZSgoaykgPT4gb3V0W2tdICE9PSB1bmRlZmluZWQpKSBvdXQudHlwZSA9ICdvYmplY3QnO1xuICAgIGVsc2UgaWYgKG91dC5pdGVtcyAhPT0gdW5kZWZpbmVkKSBvdXQudHlwZSA9ICdhcnJheSc7XG4gICAgaWYgKG91dC50eXBlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIC8vIEtlZXAgYHR5cGVgIGZpcnN0LCBhcyBhIHJlYWRlciBleHBlY3RzLlxuICAgICAgY29uc3QgeyB0eXBlLCAuLi5yZXN0IH0gPSBvdXQ7XG4gICAgICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyhvdXQpKSBkZWxldGUgb3V0W2tleV07XG4gICAgICBPYmplY3QuYXNzaWduKG91dCwgeyB0eXBlIH0sIHJlc3QpO1xuICAgIH1cbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgdHlwZXMgPSBBcnJheS5pc0FycmF5KG91dC50eXBlKSA/IG91dC50eXBlIDogW291dC50eXBlXTtcbiAgaWYgKHR5cGVzLmxlbmd0aCA9PT0gMCkgZmFpbCgnXCJ0eXBlXCIgaXMgYW4gZW1wdHkgbGlzdDogbmFtZSBhdCBsZWFzdCBvbmUgdHlwZScsIGF0KTtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHR5cGUgb2YgdHlwZXMpIHtcbiAgICBpZiAodHlwZW9mIHR5cGUgIT09ICdzdHJpbmcnKSBmYWlsKGBhIHR5cGUgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZSh0eXBlKX1gLCBhdCk7XG4gICAgaWYgKCEoSlNPTl9TQ0hFTUFfVFlQRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHR5cGUpKSB7XG4gICAgICBjb25zdCBndWVzcyA9IGd1ZXNzVHlwZSh0eXBlLCBKU09OX1NDSEVNQV9UWVBFUyk7XG4gICAgICBjb25zdCBhbnlIaW50ID0gdHlwZSA9PT0gJ2FueScgPyAnOyBmb3IgYW55IHZhbHVlLCBsZWF2ZSBcInR5cGVcIiBvdXQnIDogJyc7XG4gICAgICBmYWlsKFxuICAgICAgICBgdW5rbm93biB0eXBlIFwiJHt0eXBlfVwiJHtndWVzcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2B9JHthbnlIaW50fSBgICtcbiAgICAgICAgICBgKHR5cGVzOiAke0pTT05fU0NIRU1BX1RZUEVTLmpvaW4oJywgJyl9KWAsXG4gICAgICAgIGF0LFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKHNlZW4uaGFzKHR5cGUpKSBmYWlsKGB0eXBlIFwiJHt0eXBlfVwiIGlzIGxpc3RlZCB0d2ljZWAsIGF0KTtcbiAgICBzZWVuLmFkZCh0eXBlKTtcbiAgfVxuICBvdXQudHlwZSA9IHR5cGVzLmxlbmd0aCA9PT0gMSA/IHR5cGVzWzBdIDogWy4uLnR5cGVzXTtcbn1cblxuZnVuY3Rpb24gYWRkTnVsbChvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHR5cGVzID0gdHlwZUxpc3Qob3V0KTtcbiAgaWYgKHR5cGVzICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoIXR5cGVzLmluY2x1ZGVzKCdudWxsJykpIG91dC50eXBlID0gWy4uLnR5cGVzLCAnbnVsbCddO1xuICB9IGVsc2UgaWYgKEFycmF5LmlzQXJyYXkob3V0LmVudW0pKSB7XG4gICAgaWYgKCFvdXQuZW51bS5pbmNsdWRlcyhudWxsKSkgb3V0LmVudW0gPSBbLi4ub3V0LmVudW0sIG51bGxdO1xuICB9IGVsc2UgaWYgKEFycmF5LmlzQXJyYXkob3V0LmFueU9mKSkge1xuICAgIG91dC5hbnlPZiA9IFsuLi5vdXQuYW55T2YsIHsgdHlwZTogJ251bGwnIH1dO1xuICB9IGVsc2UgaWYgKEFycmF5LmlzQXJyYXkob3V0Lm9uZU9mKSkge1xuICAgIG91dC5vbmVPZiA9IFsuLi5vdXQub25lT2YsIHsgdHlwZTogJ251bGwnIH1dO1xuICB9IGVsc2UgaWYgKG91dC5jb25zdCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgZmFpbCgnXCJudWxsYWJsZTogdHJ1ZVwiIHdpdGggXCJjb25zdFwiOiB1c2UgXCJlbnVtXCI6IFt2YWx1ZSwgbnVsbF0gaW5zdGVhZCcsIFsuLi5wYXRoLCAnbnVsbGFibGUnXSk7XG4gIH1cbiAgLy8gTm8gdHlwZSBhbmQgbm8gYWx0ZXJuYXRpdmVzOiBhbnkgdmFsdWUsIG51bGwgaW5jbHVkZWQuXG59XG5cbmZ1bmN0aW9uIGNoZWNrQXBwbGljYWJpbGl0eShvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHR5cGVzID0gdHlwZUxpc3Qob3V0KTtcbiAgY29uc3QgZ3JvdXBzOiBBcnJheTxbcmVhZG9ubHkgc3RyaW5nW10sIHJlYWRvbmx5IHN0cmluZ1tdLCBzdHJpbmddPiA9IFtcbiAgICBbU1RSSU5HX0tFWVdPUkRTLCBbJ3N0cmluZyddLCAnc3RyaW5nJ10sXG4gICAgW05VTUJFUl9LRVlXT1JEUywgWydudW1iZXInLCAnaW50ZWdlciddLCAnbnVtYmVyJ10sXG4gICAgW0FSUkFZX0tFWVdPUkRTLCBbJ2FycmF5J10sICdhcnJheSddLFxuICAgIFtPQkpFQ1RfS0VZV09SRFMsIFsnb2JqZWN0J10sICdvYmplY3QnXSxcbiAgXTtcbiAgZm9yIChjb25zdCBba2V5d29yZHMsIGFwcGxpZXMsIG5hbWVdIG9mIGdyb3Vwcykge1xuICAgIGZvciAoY29uc3Qga2V5d29yZCBvZiBrZXl3b3Jkcykge1xuICAgICAgaWYgKG91dFtrZXl3b3JkXSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGlmICh0eXBlcyA9PT0gdW5kZWZpbmVkKSBmYWlsKGBcIiR7a2V5d29yZH1cIiBuZWVkcyBcInR5cGVcIjogXCIke25hbWV9XCJgLCBbLi4ucGF0aCwga2V5d29yZF0pO1xuICAgICAgZWxzZSBpZiAoIXR5cGVzLnNvbWUoKHQpID0+IGFwcGxpZXMuaW5jbHVkZXModCkpKSB7XG4gICAgICAgIGZhaWwoYFwiJHtrZXl3b3JkfVwiIGFwcGxpZXMgdG8gJHtuYW1lfXMsIGJ1dCB0aGUgdHlwZSBpcyAke0pTT04uc3RyaW5naWZ5KG91dC50eXBlKX1gLCBbLi4ucGF0aCwga2V5d29yZF0pO1xuICAgICAgfVxuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBub25OZWdhdGl2ZUludGVnZXIob3V0OiBKc29uU2NoZW1hLCBrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgdmFsdWUgPSBvdXRba2V5XTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0ludGVnZXIodmFsdWUpIHx8IHZhbHVlIDwgMCkge1xuICAgIGZhaWwoYFwiJHtrZXl9XCIgbXVzdCBiZSBhIHdob2xlIG51bWJlciA+PSAwLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbLi4ucGF0aCwga2V5XSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZmluaXRlTnVtYmVyKG91dDogSnNvblNjaGVtYSwga2V5OiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHZhbHVlID0gb3V0W2tleV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSB7XG4gICAgZmFpbChgXCIke2tleX1cIiBtdXN0IGJlIGEgbnVtYmVyLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbLi4ucGF0aCwga2V5XSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplU3RyaW5nS2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBub25OZWdhdGl2ZUludGVnZXIob3V0LCAnbWluTGVuZ3RoJywgcGF0aCwgZmFpbCk7XG4gIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQsICdtYXhMZW5ndGgnLCBwYXRoLCBmYWlsKTtcbiAgaWYgKG91dC5wYXR0ZXJuICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAodHlwZW9mIG91dC5wYXR0ZXJuICE9PSAnc3RyaW5nJykge1xuICAgICAgZmFpbChgXCJwYXR0ZXJuXCIgbXVzdCBiZSBhIHJlZ3VsYXIgZXhwcmVzc2lvbiBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LnBhdHRlcm4pfWAsIFsuLi5wYXRoLCAncGF0dGVybiddKTtcbiAgICB9XG4gICAgaWYgKGNvbXBpbGVQYXR0ZXJuKG91dC5wYXR0ZXJuKSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBmYWlsKGBcInBhdHRlcm5cIiAke0pTT04uc3RyaW5naWZ5KG91dC5wYXR0ZXJuKX0gaXMgbm90IGEgdmFsaWQgcmVndWxhciBleHByZXNzaW9uYCwgWy4uLnBhdGgsICdwYXR0ZXJuJ10pO1xuICAgIH1cbiAgfVxufVxuXG4vKiogQ29tcGlsZSBhIEpTT04gU2NoZW1hIGBwYXR0ZXJuYCAoRUNNQS0yNjIsIFVuaWNvZGUgbW9kZSB3aGVuIHRoZSBwYXR0ZXJuIGFsbG93cyBpdCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVBhdHRlcm4ocGF0dGVybjogc3RyaW5nKTogUmVnRXhwIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gbmV3IFJlZ0V4cChwYXR0ZXJuLCAndScpO1xuICB9IGNhdGNoIHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIG5ldyBSZWdFeHAocGF0dGVybik7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBub3JtYWxpemVOdW1iZXJLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGZvciAoY29uc3QgW2V4Y2x1c2l2ZSwgaW5jbHVzaXZlXSBvZiBbXG4gICAgWydleGNsdXNpdmVNaW5pbXVtJywgJ21pbmltdW0nXSxcbiAgICBbJ2V4Y2x1c2l2ZU1heGltdW0nLCAnbWF4aW11bSddLFxuICBdIGFzIGNvbnN0KSB7XG4gICAgLy8gRHJhZnQgNDogYSBib29sZWFuIHRoYXQgbWFrZXMgbWluaW11bS9tYXhpbXVtIGV4Y2x1c2l2ZS5cbiAgICBpZiAodHlwZW9mIG91dFtleGNsdXNpdmVdID09PSAnYm9vbGVhbicpIHtcbiAgICAgIGlmIChvdXRbZXhjbHVzaXZlXSA9PT0gdHJ1ZSkge1xuICAgICAgICBpZiAob3V0W2luY2x1c2l2ZV0gPT09IHVuZGVmaW5lZCkgZmFpbChgXCIke2V4Y2x1c2l2ZX06IHRydWVcIiBuZWVkcyBcIiR7aW5jbHVzaXZlfVwiYCwgWy4uLnBhdGgsIGV4Y2x1c2l2ZV0pO1xuICAgICAgICBvdXRbZXhjbHVzaXZlXSA9IG91dFtpbmNsdXNpdmVdO1xuICAgICAgICBkZWxldGUgb3V0W2luY2x1c2l2ZV07XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBkZWxldGUgb3V0W2V4Y2x1c2l2ZV07XG4gICAgICB9XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3Qga2V5IG9mIE5VTUJFUl9LRVlXT1JEUykgZmluaXRlTnVtYmVyKG91dCwga2V5LCBwYXRoLCBmYWlsKTtcbiAgaWYgKHR5cGVvZiBvdXQubXVsdGlwbGVPZiA9PT0gJ251bWJlcicgJiYgb3V0Lm11bHRpcGxlT2YgPD0gMCkge1xuICAgIGZhaWwoYFwibXVsdGlwbGVPZlwiIG11c3QgYmUgZ3JlYXRlciB0aGFuIDAsIGdvdCAke291dC5tdWx0aXBsZU9mfWAsIFsuLi5wYXRoLCAnbXVsdGlwbGVPZiddKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBub3JtYWxpemVBcnJheUtleXdvcmRzKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwsIGRlcHRoOiBudW1iZXIpOiB2b2lkIHtcbiAgbm9uTmVnYXRpdmVJbnRlZ2VyKG91dCwgJ21pbkl0ZW1zJywgcGF0aCwgZmFpbCk7XG4gIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQsICdtYXhJdGVtcycsIHBhdGgsIGZhaWwpO1xuICBpZiAob3V0Lml0ZW1zID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKEFycmF5LmlzQXJyYXkob3V0Lml0ZW1zKSkge1xuICAgIGZhaWwoJ3R1cGxlIFwiaXRlbXNcIiAoYSBsaXN0IG9mIHNjaGVtYXMpIGlzIG5vdCBzdXBwb3J0ZWQ6IGdpdmUgb25lIGl0ZW0gc2NoZW1hIChhbnlPZiBmb3IgbWl4ZWQgaXRlbXMpJywgW1xuICAgICAgLi4ucGF0aCxcbiAgICAgICdpdGVtcycsXG4gICAgXSk7XG4gIH1cbiAgb3V0Lml0ZW1zID0gbm9ybWFsaXplTm9kZShvdXQuaXRlbXMsIFsuLi5wYXRoLCAnaXRlbXMnXSwgZmFpbCwgZGVwdGggKyAxKTtcbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplT2JqZWN0S2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCwgZGVwdGg6IG51bWJlcik6IHZvaWQge1xuICBpZiAob3V0LnByb3BlcnRpZXMgIT09IHVuZGVmaW5lZCkge1xuICAgIGlmICghaXNQbGFpblJlY29yZChvdXQucHJvcGVydGllcykpIHtcbiAgICAgIGZhaWwoYFwicHJvcGVydGllc1wiIG11c3QgbWFwIG5hbWVzIHRvIHNjaGVtYXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LnByb3BlcnRpZXMpfWAsIFsuLi5wYXRoLCAncHJvcGVydGllcyddKTtcbiAgICB9XG4gICAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBwcm9wZXJ0eV0gb2YgT2JqZWN0LmVudHJpZXMob3V0LnByb3BlcnRpZXMpKSB7XG4gICAgICBwcm9wZXJ0aWVzW25hbWVdID0gbm9ybWFsaXplTm9kZShwcm9wZXJ0eSwgWy4uLnBhdGgsICdwcm9wZXJ0aWVzJywgbmFtZV0sIGZhaWwsIGRlcHRoICsgMSk7XG4gICAgfVxuICAgIG91dC5wcm9wZXJ0aWVzID0gcHJvcGVydGllcztcbiAgfVxuICBpZiAob3V0LnJlcXVpcmVkICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCAncmVxdWlyZWQnXTtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkob3V0LnJlcXVpcmVkKSlcbiAgICAgIGZhaWwoYFwicmVxdWlyZWRcIiBtdXN0IGJlIGEgbGlzdCBvZiBwcm9wZXJ0eSBuYW1lcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQucmVxdWlyZWQpfWAsIGF0KTtcbiAgICBjb25zdCBkZWNsYXJlZCA9IGlzUGxhaW5SZWNvcmQob3V0LnByb3BlcnRpZXMpID8gT2JqZWN0LmtleXMob3V0LnByb3BlcnRpZXMpIDogW107XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBvdXQucmVxdWlyZWQgYXMgdW5rbm93bltdKSB7XG4gICAgICBpZiAodHlwZW9mIG5hbWUgIT09ICdzdHJpbmcnKSBmYWlsKGBcInJlcXVpcmVkXCIgbXVzdCBsaXN0IHByb3BlcnR5IG5hbWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKG5hbWUpfWAsIGF0KTtcbiAgICAgIGlmIChzZWVuLmhhcyhuYW1lKSkgZmFpbChgXCIke25hbWV9XCIgaXMgbGlzdGVkIHR3aWNlIGluIFwicmVxdWlyZWRcImAsIGF0KTtcbiAgICAgIHNlZW4uYWRkKG5hbWUpO1xuICAgICAgaWYgKCFkZWNsYXJlZC5pbmNsdWRlcyhuYW1lKSkge1xuICAgICAgICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChuYW1lLCBkZWNsYXJlZCk7XG4gICAgICAgIGZhaWwoXG4gICAgICAgICAgYFwicmVxdWlyZWRcIiBsaXN0cyBcIiR7bmFtZX1cIiwgd2hpY2ggXCJwcm9wZXJ0aWVzXCIgZG9lcyBub3QgZGVjbGFyZWAgK1xuICAgICAgICAgICAgKGd1ZXNzID09PSB1bmRlZmluZWQgPyAnOyBhZGQgaXQgdG8gXCJwcm9wZXJ0aWVzXCInIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gKSxcbiAgICAgICAgICBhdCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgb3V0LnJlcXVpcmVkID0gWy4uLnNlZW5dO1xuICB9XG4gIGNvbnN0IGV4dHJhID0gb3V0LmFkZGl0aW9uYWxQcm9wZXJ0aWVzO1xuICBpZiAoZXh0cmEgIT09IHVuZGVmaW5lZCAmJiB0eXBlb2YgZXh0cmEgIT09ICdib29sZWFuJykge1xuICAgIG91dC5hZGRpdGlvbmFsUHJvcGVydGllcyA9IG5vcm1hbGl6ZU5vZGUoZXh0cmEsIFsuLi5wYXRoLCAnYWRkaXRpb25hbFByb3BlcnRpZXMnXSwgZmFpbCwgZGVwdGggKyAxKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBpc1ByaW1pdGl2ZSh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIHN0cmluZyB8IG51bWJlciB8IGJvb2xlYW4gfCBudWxsIHtcbiAgcmV0dXJuIHZhbHVlID09PSBudWxsIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicgfHwgTnVtYmVyLmlzRmluaXRlKHZhbHVlKTtcbn1cblxuZnVuY3Rpb24gZml0c1R5cGVzKHZhbHVlOiBzdHJpbmcgfCBudW1iZXIgfCBib29sZWFuIHwgbnVsbCwgdHlwZXM6IHJlYWRvbmx5IHN0cmluZ1tdKTogYm9vbGVhbiB7XG4gIHJldHVybiB0eXBlcy5zb21lKCh0eXBlKSA9PiB7XG4gICAgc3dpdGNoICh0eXBlKSB7XG4gICAgICBjYXNlICdudWxsJzpcbiAgICAgICAgcmV0dXJuIHZhbHVlID09PSBudWxsO1xuICAgICAgY2FzZSAnaW50ZWdlcic6XG4gICAgICAgIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHZhbHVlKTtcbiAgICAgIGNhc2UgJ251bWJlcic6XG4gICAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgY2FzZSAnYm9vbGVhbic6XG4gICAgICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09IHR5cGU7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICByZXR1cm4gZmFsc2U7XG4gICAgfVxuICB9KTtcbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplVmFsdWVLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHR5cGVzID0gdHlwZUxpc3Qob3V0KTtcbiAgaWYgKG91dC5lbnVtICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCAnZW51bSddO1xuICAgIGlmICghQXJyYXkuaXNBcnJheShvdXQuZW51bSkgfHwgb3V0LmVudW0ubGVuZ3RoID09PSAwKSB7XG4gICAgICBmYWlsKGBcImVudW1cIiBtdXN0IGJlIGEgbm9uLWVtcHR5IGxpc3Qgb2YgdmFsdWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKG91dC5lbnVtKX1gLCBhdCk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgW2luZGV4LCB2YWx1ZV0gb2YgKG91dC5lbnVtIGFzIHVua25vd25bXSkuZW50cmllcygpKSB7XG4gICAgICBpZiAoIWlzUHJpbWl0aXZlKHZhbHVlKSkge1xuICAgICAgICBmYWlsKGBlbnVtIHZhbHVlcyBtdXN0IGJlIHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zIG9yIG51bGwsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIFsuLi5hdCwgaW5kZXhdKTtcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlcyAhPT0gdW5kZWZpbmVkICYmICFmaXRzVHlwZXModmFsdWUsIHR5cGVzKSkge1xuICAgICAgICBmYWlsKGBlbnVtIHZhbHVlICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfSBkb2VzIG5vdCBmaXQgdHlwZSAke0pTT04uc3RyaW5naWZ5KG91dC50eXBlKX1gLCBbLi4uYXQsIGluZGV4XSk7XG4gICAgICB9XG4gICAgfVxuICB9XG4gIGlmIChvdXQuY29uc3QgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGF0ID0gWy4uLnBhdGgsICdjb25zdCddO1xuICAgIGlmICghaXNQcmltaXRpdmUob3V0LmNvbnN0KSlcbiAgICAgIGZhaWwoYFwiY29uc3RcIiBtdXN0IGJlIGEgc3RyaW5nLCBudW1iZXIsIGJvb2xlYW4gb3IgbnVsbCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQuY29uc3QpfWAsIGF0KTtcbiAgICBpZiAodHlwZXMgIT09IHVuZGVmaW5lZCAmJiAhZml0c1R5cGVzKG91dC5jb25zdCwgdHlwZXMpKSB7XG4gICAgICBmYWlsKGBjb25zdCAke0pTT04uc3RyaW5naWZ5KG91dC5jb25zdCl9IGRvZXMgbm90IGZpdCB0eXBlICR7SlNPTi5zdHJpbmdpZnkob3V0LnR5cGUpfWAsIGF0KTtcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gc2FtZUpzb24oYTogdW5rbm93biwgYjogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkoYSkgPT09IEpTT04uc3RyaW5naWZ5KGIpO1xufVxuXG4vKiogTWVyZ2Ugb25lIChub3JtYWxpemVkKSBgYWxsT2ZgIG1lbWJlciBpbnRvIGB0YXJnZXRgLiBDb25mbGljdGluZyBrZXl3b3JkcyBhcmUgYW4gZXJyb3IuICovXG5mdW5jdGlvbiBtZXJnZVNjaGVtYXModGFyZ2V0OiBKc29uU2NoZW1hLCBtZW1iZXI6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogSnNvblNjaGVtYSB7XG4gIGNvbnN0IG91dDogSnNvblNjaGVtYSA9IHsgLi4udGFyZ2V0IH07XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKG1lbWJlcikpIHtcbiAgICBjb25zdCBjdXJyZW50ID0gb3V0W2tleV07XG4gICAgaWYgKGN1cnJlbnQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgb3V0W2tleV0gPSB2YWx1ZTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoa2V5ID09PSAncHJvcGVydGllcycgJiYgaXNQbGFpblJlY29yZChjdXJyZW50KSAmJiBpc1BsYWluUmVjb3JkKHZhbHVlKSkge1xuICAgICAgY29uc3QgbWVyZ2VkOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgLi4uY3VycmVudCB9O1xuICAgICAgZm9yIChjb25zdCBbbmFtZSwgcHJvcGVydHldIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlKSkge1xuICAgICAgICBpZiAobWVyZ2VkW25hbWVdICE9PSB1bmRlZmluZWQgJiYgIXNhbWVKc29uKG1lcmdlZFtuYW1lXSwgcHJvcGVydHkpKSB7XG4gICAgICAgICAgZmFpbChgcHJvcGVydHkgXCIke25hbWV9XCIgaXMgZGVmaW5lZCBkaWZmZXJlbnRseSBpbiB0d28gYWxsT2YgbWVtYmVyczogZGVmaW5lIGl0IG9uY2VgLCBbXG4gICAgICAgICAgICAuLi5wYXRoLFxuICAgICAgICAgICAgJ3Byb3BlcnRpZXMnLFxuICAgICAgICAgICAgbmFtZSxcbiAgICAgICAgICBdKTtcbiAgICAgICAgfVxuICAgICAgICBtZXJnZWRbbmFtZV0gPSBwcm9wZXJ0eTtcbiAgICAgIH1cbiAgICAgIG91dC5wcm9wZXJ0aWVzID0gbWVyZ2VkO1xuICAgIH0gZWxzZSBpZiAoa2V5ID09PSAncmVxdWlyZWQnICYmIEFycmF5LmlzQXJyYXkoY3VycmVudCkgJiYgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgIG91dC5yZXF1aXJlZCA9IFsuLi5uZXcgU2V0KFsuLi5jdXJyZW50LCAuLi52YWx1ZV0pXTtcbiAgICB9IGVsc2UgaWYgKGtleSA9PT0gJ3R5cGUnKSB7XG4gICAgICBjb25zdCBib3RoID0gaW50ZXJzZWN0VHlwZXMoQXJyYXkuaXNBcnJheShjdXJyZW50KSA/IGN1cnJlbnQgOiBbY3VycmVudF0sIEFycmF5LmlzQXJyYXkodmFsdWUpID8gdmFsdWUgOiBbdmFsdWVdKTtcbiAgICAgIGlmIChib3RoLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICBmYWlsKGBhbGxPZiBtZW1iZXJzIHJlcXVpcmUgdHlwZXMgJHtKU09OLnN0cmluZ2lmeShjdXJyZW50KX0gYW5kICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfSBhdCBvbmNlYCwgcGF0aCk7XG4gICAgICB9XG4gICAgICBvdXQudHlwZSA9IGJvdGgubGVuZ3RoID09PSAxID8gYm90aFswXSA6IGJvdGg7XG4gICAgfSBlbHNlIGlmIChBTk5PVEFUSU9OX0tFWVdPUkRTLmhhcyhrZXkpIHx8IGtleS5zdGFydHNXaXRoKCd4LScpKSB7XG4gICAgICAvLyBUaGUgZmlyc3QgYW5ub3RhdGlvbiB3aW5zLlxuICAgIH0gZWxzZSBpZiAoIXNhbWVKc29uKGN1cnJlbnQsIHZhbHVlKSkge1xuICAgICAgZmFpbChgYWxsT2YgbWVtYmVycyBnaXZlIFwiJHtrZXl9XCIgZGlmZmVyZW50IHZhbHVlczogbWVyZ2UgdGhlbSBpbnRvIG9uZSBzY2hlbWFgLCBbLi4ucGF0aCwga2V5XSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBUeXBlcyBhbGxvd2VkIGJ5IGJvdGggbGlzdHM7IGBpbnRlZ2VyYCBpcyB0aGUgY29tbW9uIHBhcnQgb2YgYG51bWJlcmAgYW5kIGBpbnRlZ2VyYC4gKi9cbmZ1bmN0aW9uIGludGVyc2VjdFR5cGVzKG1pbmU6IHJlYWRvbmx5IHVua25vd25bXSwgdGhlaXJzOiByZWFkb25seSB1bmtub3duW10pOiB1bmtub3duW10ge1xuICBjb25zdCBib3RoID0gbmV3IFNldDx1bmtub3duPigpO1xuICBmb3IgKGNvbnN0IHR5cGUgb2YgbWluZSkge1xuICAgIGlmICh0aGVpcnMuaW5jbHVkZXModHlwZSkpIGJvdGguYWRkKHR5cGUpO1xuICAgIGVsc2UgaWYgKCh0eXBlID09PSAnaW50ZWdlcicgJiYgdGhlaXJzLmluY2x1ZGVzKCdudW1iZXInKSkgfHwgKHR5cGUgPT09ICdudW1iZXInICYmIHRoZWlycy5pbmNsdWRlcygnaW50ZWdlcicpKSkge1xuICAgICAgYm90aC5hZGQoJ2ludGVnZXInKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5ib3RoXTtcbn1cbiIsICIvKipcbiAqIEEgcHJlY29tcGlsZWQgYWNjZXB0YW5jZSBjaGVjayBmb3IgdGhlIGhvdCBwYXRoIG9mIGB2YWxpZGF0ZSgpYC5cbiAqXG4gKiB6b2QvbWluaSdzIGBzYWZlUGFyc2VgIGNvc3RzIGFib3V0IDIwMCBucyBmb3IgYW4gb2JqZWN0IG9mIGZvdXIgc3RyaW5nczsgdGhpcyBjaGVjayBjb3N0cyBhXG4gKiBmcmFjdGlvbiBvZiB0aGF0LiBJdCBhbnN3ZXJzIGB0cnVlYCBvbmx5IGZvciB2YWx1ZXMgdGhlIHpvZCBzY2hlbWEgY2VydGFpbmx5IGFjY2VwdHMsIGFuZCBgZmFsc2VgXG4gKiBmb3IgZXZlcnl0aGluZyBlbHNlIChcIm5vdCBzdXJlXCIpOiB0aGUgY2FsbGVyIHRoZW4gcnVucyB6b2QsIHdoaWNoIHN0YXlzIHRoZSBhdXRob3JpdHkgb24gd2hhdFxuICogaXMgaW52YWxpZCBhbmQgb24gdGhlIHdvcmRpbmcgb2YgZXZlcnkgaXNzdWUuIEl0IHVzZXMgY2xvc3VyZXMsIG5vdCBnZW5lcmF0ZWQgY29kZSwgc28gaXQgYWxzb1xuICogcnVucyB3aGVyZSBgbmV3IEZ1bmN0aW9uYCBpcyBmb3JiaWRkZW4gKENsb3VkZmxhcmUgV29ya2Vycywgc3RyaWN0IENTUCkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNvbXBpbGVQYXR0ZXJuIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIGB0cnVlYCB3aGVuIHRoZSB2YWx1ZSBjZXJ0YWlubHkgcGFzc2VzIHRoZSB6b2Qgc2NoZW1hOyBgZmFsc2VgIHdoZW4gdW5zdXJlLiAqL1xuZXhwb3J0IHR5cGUgRmFzdENoZWNrID0gKHZhbHVlOiB1bmtub3duKSA9PiBib29sZWFuO1xuXG5jb25zdCBuZXZlcjogRmFzdENoZWNrID0gKCkgPT4gZmFsc2U7XG5jb25zdCBhbHdheXM6IEZhc3RDaGVjayA9ICgpID0+IHRydWU7XG5cbi8qKiBDb21waWxlIHRoZSBmYXN0IGFjY2VwdGFuY2UgY2hlY2sgb2YgYSBzY2hlbWEgbm9ybWFsaXplZCBieSBgbm9ybWFsaXplSnNvblNjaGVtYWAuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZUZhc3RDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBpZiAoc2NoZW1hLmNvbnN0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBleHBlY3RlZCA9IHNjaGVtYS5jb25zdDtcbiAgICByZXR1cm4gKHZhbHVlKSA9PiB2YWx1ZSA9PT0gZXhwZWN0ZWQ7XG4gIH1cbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmVudW0pKSB7XG4gICAgY29uc3QgYWxsb3dlZCA9IG5ldyBTZXQ8dW5rbm93bj4oc2NoZW1hLmVudW0pO1xuICAgIHJldHVybiAodmFsdWUpID0+IGFsbG93ZWQuaGFzKHZhbHVlKTtcbiAgfVxuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuYW55T2YpKSB7XG4gICAgY29uc3QgbWVtYmVycyA9IChzY2hlbWEuYW55T2YgYXMgSnNvblNjaGVtYVtdKS5tYXAoY29tcGlsZUZhc3RDaGVjayk7XG4gICAgcmV0dXJuICh2YWx1ZSkgPT4gbWVtYmVycy5zb21lKChtZW1iZXIpID0+IG1lbWJlcih2YWx1ZSkpO1xuICB9XG4gIC8vIG9uZU9mIG5lZWRzIFwiZXhhY3RseSBvbmUgbWF0Y2hlc1wiLCB3aGljaCBcImNlcnRhaW5seSBhY2NlcHRzXCIgY2hlY2tzIGNhbm5vdCB0ZWxsOiB1c2Ugem9kLlxuICBpZiAoc2NoZW1hLm9uZU9mICE9PSB1bmRlZmluZWQpIHJldHVybiBuZXZlcjtcbiAgaWYgKHNjaGVtYS50eXBlID09PSB1bmRlZmluZWQpIHJldHVybiBhbHdheXM7XG4gIGNvbnN0IHR5cGVzID0gQXJyYXkuaXNBcnJheShzY2hlbWEudHlwZSkgPyAoc2NoZW1hLnR5cGUgYXMgc3RyaW5nW10pIDogW3NjaGVtYS50eXBlIGFzIHN0cmluZ107XG4gIGNvbnN0IG51bGxhYmxlID0gdHlwZXMuaW5jbHVkZXMoJ251bGwnKTtcbiAgY29uc3QgbWVtYmVycyA9IHR5cGVzLmZpbHRlcigodCkgPT4gdCAhPT0gJ251bGwnKS5tYXAoKHQpID0+IHR5cGVkKHQsIHNjaGVtYSkpO1xuICBpZiAobWVtYmVycy5sZW5ndGggPT09IDApIHJldHVybiAodmFsdWUpID0+IHZhbHVlID09PSBudWxsO1xuICBjb25zdCBiYXNlID0gbWVtYmVycy5sZW5ndGggPT09IDEgPyBtZW1iZXJzWzBdISA6ICh2YWx1ZTogdW5rbm93bikgPT4gbWVtYmVycy5zb21lKChtZW1iZXIpID0+IG1lbWJlcih2YWx1ZSkpO1xuICByZXR1cm4gbnVsbGFibGUgPyAodmFsdWUpID0+IHZhbHVlID09PSBudWxsIHx8IGJhc2UodmFsdWUpIDogYmFzZTtcbn1cblxuZnVuY3Rpb24gdHlwZWQodHlwZTogc3RyaW5nLCBzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBzd2l0Y2ggKHR5cGUpIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgcmV0dXJuIHN0cmluZ0NoZWNrKHNjaGVtYSk7XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdpbnRlZ2VyJzpcbiAgICAgIHJldHVybiBudW1iZXJDaGVjayh0eXBlLCBzY2hlbWEpO1xuICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgICAgcmV0dXJuICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbic7XG4gICAgY2FzZSAnYXJyYXknOlxuICAgICAgcmV0dXJuIGFycmF5Q2hlY2soc2NoZW1hKTtcbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgcmV0dXJuIG9iamVjdENoZWNrKHNjaGVtYSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBuZXZlcjtcbiAgfVxufVxuXG5mdW5jdGlvbiBzdHJpbmdDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBjb25zdCBtaW4gPSB0eXBlb2Ygc2NoZW1hLm1pbkxlbmd0aCA9PT0gJ251bWJlcicgPyBzY2hlbWEubWluTGVuZ3RoIDogMDtcbiAgY29uc3QgbWF4ID0gdHlwZW9mIHNjaGVtYS5tYXhMZW5ndGggPT09ICdudW1iZXInID8gc2NoZW1hLm1heExlbmd0aCA6IE51bWJlci5QT1NJVElWRV9JTkZJTklUWTtcbiAgY29uc3QgcGF0dGVybiA9IHR5cGVvZiBzY2hlbWEucGF0dGVybiA9PT0gJ3N0cmluZycgPyBjb21waWxlUGF0dGVybihzY2hlbWEucGF0dGVybikgOiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLnBhdHRlcm4gPT09ICdzdHJpbmcnICYmIHBhdHRlcm4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIG5ldmVyO1xuICBpZiAocGF0dGVybiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiB2YWx1ZS5sZW5ndGggPj0gbWluICYmIHZhbHVlLmxlbmd0aCA8PSBtYXggJiYgcGF0dGVybi50ZXN0KHZhbHVlKTtcbiAgfVxuICBpZiAobWluID09PSAwICYmIG1heCA9PT0gTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZKSByZXR1cm4gKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnO1xuICByZXR1cm4gKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmIHZhbHVlLmxlbmd0aCA+PSBtaW4gJiYgdmFsdWUubGVuZ3RoIDw9IG1heDtcbn1cblxuZnVuY3Rpb24gbnVtYmVyQ2hlY2sodHlwZTogJ251bWJlcicgfCAnaW50ZWdlcicsIHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIGNvbnN0IGJvdW5kID0gKGtleTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyKTogbnVtYmVyID0+XG4gICAgdHlwZW9mIHNjaGVtYVtrZXldID09PSAnbnVtYmVyJyA/IChzY2hlbWFba2V5XSBhcyBudW1iZXIpIDogZmFsbGJhY2s7XG4gIGNvbnN0IG1pbiA9IGJvdW5kKCdtaW5pbXVtJywgTnVtYmVyLk5FR0FUSVZFX0lORklOSVRZKTtcbiAgY29uc3QgbWF4ID0gYm91bmQoJ21heGltdW0nLCBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkpO1xuICBjb25zdCBhYm92ZSA9IGJvdW5kKCdleGNsdXNpdmVNaW5pbXVtJywgTnVtYmVyLk5FR0FUSVZFX0lORklOSVRZKTtcbiAgY29uc3QgYmVsb3cgPSBib3VuZCgnZXhjbHVzaXZlTWF4aW11bScsIE51bWJlci5QT1NJVElWRV9JTkZJTklUWSk7XG4gIGNvbnN0IHN0ZXAgPSB0eXBlb2Ygc2NoZW1hLm11bHRpcGxlT2YgPT09ICdudW1iZXInID8gc2NoZW1hLm11bHRpcGxlT2YgOiB1bmRlZmluZWQ7XG4gIC8vIHpvZCdzIGZsb2F0LXNhZmUgcmVtYWluZGVyIGlzIG9ubHkgY2VydGFpbmx5IG1hdGNoZWQgZm9yIHdob2xlIG51bWJlcnMuXG4gIGlmIChzdGVwICE9PSB1bmRlZmluZWQgJiYgIU51bWJlci5pc1NhZmVJbnRlZ2VyKHN0ZXApKSByZXR1cm4gbmV2ZXI7XG4gIGNvbnN0IGtpbmQ6IEZhc3RDaGVjayA9XG4gICAgdHlwZSA9PT0gJ2ludGVnZXInXG4gICAgICA/ICh2YWx1ZSkgPT4gTnVtYmVyLmlzU2FmZUludGVnZXIodmFsdWUpXG4gICAgICA6ICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpO1xuICByZXR1cm4gKHZhbHVlKSA9PlxuICAgIGtpbmQodmFsdWUpICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPj0gbWluICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPD0gbWF4ICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPiBhYm92ZSAmJlxuICAgICh2YWx1ZSBhcyBudW1iZXIpIDwgYmVsb3cgJiZcbiAgICAoc3RlcCA9PT0gdW5kZWZpbmVkIHx8IChOdW1iZXIuaXNTYWZlSW50ZWdlcih2YWx1ZSkgJiYgKHZhbHVlIGFzIG51bWJlcikgJSBzdGVwID09PSAwKSk7XG59XG5cbmZ1bmN0aW9uIGFycmF5Q2hlY2soc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgY29uc3QgaXRlbSA9IHNjaGVtYS5pdGVtcyA9PT0gdW5kZWZpbmVkID8gYWx3YXlzIDogY29tcGlsZUZhc3RDaGVjayhzY2hlbWEuaXRlbXMgYXMgSnNvblNjaGVtYSk7XG4gIGNvbnN0IG1pbiA9IHR5cGVvZiBzY2hlbWEubWluSXRlbXMgPT09ICdudW1iZXInID8gc2NoZW1hLm1pbkl0ZW1zIDogMDtcbiAgY29uc3QgbWF4ID0gdHlwZW9mIHNjaGVtYS5tYXhJdGVtcyA9PT0gJ251bWJlcicgPyBzY2hlbWEubWF4SXRlbXMgOiBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFk7XG4gIHJldHVybiAodmFsdWUpID0+IHtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWUpIHx8IHZhbHVlLmxlbmd0aCA8IG1pbiB8fCB2YWx1ZS5sZW5ndGggPiBtYXgpIHJldHVybiBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHZhbHVlLmxlbmd0aDsgaSsrKSBpZiAoIWl0ZW0odmFsdWVbaV0pKSByZXR1cm4gZmFsc2U7XG4gICAgcmV0dXJuIHRydWU7XG4gIH07XG59XG5cbi8qKiBQcm9wZXJ0aWVzIHRoZSBvYmplY3QgY2hlY2sgdmlzaXRzLCBpbiBkZWNsYXJhdGlvbiBvcmRlci4gKi9cbmludGVyZmFjZSBQcm9wZXJ0eUNoZWNrIHtcbiAgcmVhZG9ubHkga2V5OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJlcXVpcmVkOiBib29sZWFuO1xuICByZWFkb25seSBjaGVjazogRmFzdENoZWNrO1xufVxuXG5mdW5jdGlvbiBvYmplY3RDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBjb25zdCByZXF1aXJlZE5hbWVzID0gbmV3IFNldCgoc2NoZW1hLnJlcXVpcmVkID8/IFtdKSBhcyBzdHJpbmdbXSk7XG4gIGNvbnN0IHByb3BlcnRpZXM6IFByb3BlcnR5Q2hlY2tbXSA9IE9iamVjdC5lbnRyaWVzKChzY2hlbWEucHJvcGVydGllcyA/PyB7fSkgYXMgUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4pLm1hcChcbiAgICAoW2tleSwgcHJvcGVydHldKSA9PiAoeyBrZXksIHJlcXVpcmVkOiByZXF1aXJlZE5hbWVzLmhhcyhrZXkpLCBjaGVjazogY29tcGlsZUZhc3RDaGVjayhwcm9wZXJ0eSkgfSksXG4gICk7XG4gIGNvbnN0IGRlY2xhcmVkOiBSZWNvcmQ8c3RyaW5nLCB0cnVlPiA9IE9iamVjdC5jcmVhdGUobnVsbCk7XG4gIGZvciAoY29uc3QgeyBrZXkgfSBvZiBwcm9wZXJ0aWVzKSBkZWNsYXJlZFtrZXldID0gdHJ1ZTtcbiAgY29uc3QgZXh0cmEgPSBzY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIGNvbnN0IG1vZGUgPSBleHRyYSA9PT0gZmFsc2UgPyAnc3RyaWN0JyA6IGV4dHJhID09PSB1bmRlZmluZWQgfHwgZXh0cmEgPT09IHRydWUgPyAnbG9vc2UnIDogJ2NhdGNoYWxsJztcbiAgY29uc3QgZXh0cmFDaGVjayA9IG1vZGUgPT09ICdjYXRjaGFsbCcgPyBjb21waWxlRmFzdENoZWNrKGV4dHJhIGFzIEpzb25TY2hlbWEpIDogYWx3YXlzO1xuICBjb25zdCBjb3VudCA9IHByb3BlcnRpZXMubGVuZ3RoO1xuXG4gIHJldHVybiAodmFsdWUpID0+IHtcbiAgICBpZiAodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyB8fCB2YWx1ZSA9PT0gbnVsbCB8fCBBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgICBpZiAocHJvdG8gIT09IE9iamVjdC5wcm90b3R5cGUgJiYgcHJvdG8gIT09IG51bGwpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCByZWNvcmQgPSB2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICBsZXQgcHJlc2VudCA9IDA7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSB7XG4gICAgICBjb25zdCBwcm9wZXJ0eSA9IHByb3BlcnRpZXNbaV0hO1xuICAgICAgY29uc3QgaXRlbSA9IHJlY29yZFtwcm9wZXJ0eS5rZXldO1xuICAgICAgaWYgKGl0ZW0gPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBpZiAocHJvcGVydHkucmVxdWlyZWQpIHJldHVybiBmYWxzZTtcbiAgICAgICAgaWYgKE9iamVjdC5oYXNPd24ocmVjb3JkLCBwcm9wZXJ0eS5rZXkpKSBwcmVzZW50Kys7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKCFwcm9wZXJ0eS5jaGVjayhpdGVtKSkgcmV0dXJuIGZhbHNlO1xuICAgICAgcHJlc2VudCsrO1xuICAgIH1cbiAgICBpZiAobW9kZSA9PT0gJ2xvb3NlJykgcmV0dXJuIHRydWU7XG4gICAgaWYgKG1vZGUgPT09ICdzdHJpY3QnKSB7XG4gICAgICBsZXQga2V5cyA9IDA7XG4gICAgICBmb3IgKGNvbnN0IF8gaW4gcmVjb3JkKSBrZXlzKys7XG4gICAgICByZXR1cm4ga2V5cyA9PT0gcHJlc2VudDtcbiAgICB9XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcmVjb3JkKSB7XG4gICAgICBpZiAoZGVjbGFyZWRba2V5XSAhPT0gdHJ1ZSAmJiAoa2V5ID09PSAnX19wcm90b19fJyB8fCAhZXh0cmFDaGVjayhyZWNvcmRba2V5XSkpKSByZXR1cm4gZmFsc2U7XG4gICAgfVxuICAgIHJldHVybiB0cnVlO1xuICB9O1xufVxuIiwgIi8qKlxuICogSlNPTiBTY2hlbWEgXHUyMTkyIFR5cGVTY3JpcHQgdHlwZSB0ZXh0LCBmb3IgYHByb21wdG9wcyB0eXBlZ2VuYCBhbmQgZm9yIGVycm9yIG1lc3NhZ2VzLlxuICpcbiAqIERldGVybWluaXN0aWM6IHRoZSBzYW1lIHNjaGVtYSBhbHdheXMgZ2l2ZXMgdGhlIHNhbWUgdGV4dC4gT2JqZWN0cyBsaXN0IHByb3BlcnRpZXMgaW5cbiAqIGRlY2xhcmF0aW9uIG9yZGVyLCBvbmUgcGVyIGxpbmUsIHdpdGggZGVzY3JpcHRpb25zIGFzIFRTRG9jIGNvbW1lbnRzOyBhIHByb3BlcnR5IG5vdCBpblxuICogYHJlcXVpcmVkYCBpcyBgPzpgOyBgJ251bGwnYCBpbiBhIHR5cGUgbGlzdCAoaG93IFBpY29zY2hlbWEgd3JpdGVzIGFuIG9wdGlvbmFsIGZpZWxkKSBhZGRzXG4gKiBgfCBudWxsYDsgZW51bXMgYW5kIGNvbnN0cyBhcmUgdW5pb25zIG9mIGxpdGVyYWxzOyBhcnJheXMgYXJlIGBBcnJheTxcdTIwMjY+YDsgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYFxuICogd2l0aCBhIHNjaGVtYSBpcyBhbiBpbmRleCBzaWduYXR1cmU7IGEgc2NoZW1hIHdpdGhvdXQgYSB0eXBlIChQaWNvc2NoZW1hIGBhbnlgKSBpcyBgdW5rbm93bmAuXG4gKiBLZXl3b3JkcyBpdCBkb2VzIG5vdCBtb2RlbCAoYCRyZWZgLCBgbm90YCwgXHUyMDI2KSBnaXZlIGB1bmtub3duYCByYXRoZXIgdGhhbiBhIHdyb25nIHR5cGUuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGlzUGxhaW5SZWNvcmQgfSBmcm9tICcuL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbmNvbnN0IElERU5USUZJRVIgPSAvXltBLVphLXpfJF1bQS1aYS16MC05XyRdKiQvO1xuY29uc3QgSU5ERU5UID0gJyAgJztcblxuLyoqXG4gKiBUaGUgVHlwZVNjcmlwdCB0eXBlIG9mIHZhbHVlcyB0aGF0IGZpdCBgc2NoZW1hYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGpzb25TY2hlbWFUb1R5cGVTY3JpcHQoe1xuICogICB0eXBlOiAnb2JqZWN0JyxcbiAqICAgcHJvcGVydGllczogeyBjdXN0b21lcjogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdmaXJzdCBuYW1lJyB9LCB0b25lOiB7IGVudW06IFsnZm9ybWFsJywgbnVsbF0gfSB9LFxuICogICByZXF1aXJlZDogWydjdXN0b21lciddLFxuICogfSk7XG4gKiAvLyAne1xcbiAgLyoqIGZpcnN0IG5hbWUgKlxcL1xcbiAgY3VzdG9tZXI6IHN0cmluZztcXG4gIHRvbmU/OiBcImZvcm1hbFwiIHwgbnVsbDtcXG59J1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBqc29uU2NoZW1hVG9UeXBlU2NyaXB0KHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBzdHJpbmcge1xuICByZXR1cm4gcmVuZGVyKHNjaGVtYSwgJycsIGZhbHNlKTtcbn1cblxuLyoqXG4gKiBPbmUtbGluZSB0eXBlIHRleHQgZm9yIG1lc3NhZ2VzLCBlLmcuIGBzdHJpbmdgLCBgaW50ZWdlcmAsIGBcImZvcm1hbFwiIHwgXCJmcmllbmRseVwiIHwgbnVsbGA7IGxvbmcgdHlwZXNcbiAqIGFyZSBjdXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbmxpbmVUeXBlVGV4dChzY2hlbWE6IEpzb25TY2hlbWEpOiBzdHJpbmcge1xuICBjb25zdCB0ZXh0ID0gcmVuZGVyKHNjaGVtYSwgJycsIHRydWUpO1xuICByZXR1cm4gdGV4dC5sZW5ndGggPiA4MCA/IGAke3RleHQuc2xpY2UoMCwgNzcpfS4uLmAgOiB0ZXh0O1xufVxuXG5mdW5jdGlvbiByZW5kZXIoc2NoZW1hOiB1bmtub3duLCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nIHtcbiAgcmV0dXJuIG1lbWJlcnMoc2NoZW1hLCBpbmRlbnQsIGlubGluZSkuam9pbignIHwgJyk7XG59XG5cbi8qKiBUaGUgbWVtYmVycyBvZiB0aGUgdW5pb24gdHlwZSBvZiBgc2NoZW1hYCwgd2l0aG91dCBkdXBsaWNhdGVzOyBgdW5rbm93bmAgYWJzb3JicyB0aGUgcmVzdC4gKi9cbmZ1bmN0aW9uIG1lbWJlcnMoc2NoZW1hOiB1bmtub3duLCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQgPSBbLi4ubmV3IFNldChyYXdNZW1iZXJzKHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpKV07XG4gIHJldHVybiBvdXQuaW5jbHVkZXMoJ3Vua25vd24nKSA/IFsndW5rbm93biddIDogb3V0O1xufVxuXG5mdW5jdGlvbiByYXdNZW1iZXJzKHNjaGVtYTogdW5rbm93biwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZ1tdIHtcbiAgaWYgKHNjaGVtYSA9PT0gZmFsc2UpIHJldHVybiBbJ25ldmVyJ107XG4gIGlmICghaXNQbGFpblJlY29yZChzY2hlbWEpKSByZXR1cm4gWyd1bmtub3duJ107XG4gIGlmIChzY2hlbWEuY29uc3QgIT09IHVuZGVmaW5lZCkgcmV0dXJuIFtsaXRlcmFsKHNjaGVtYS5jb25zdCldO1xuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuZW51bSkpIHJldHVybiBzY2hlbWEuZW51bS5tYXAobGl0ZXJhbCk7XG4gIGZvciAoY29uc3Qga2V5IG9mIFsnYW55T2YnLCAnb25lT2YnXSBhcyBjb25zdCkge1xuICAgIGNvbnN0IGFsdGVybmF0aXZlcyA9IHNjaGVtYVtrZXldO1xuICAgIGlmIChBcnJheS5pc0FycmF5KGFsdGVybmF0aXZlcykgJiYgYWx0ZXJuYXRpdmVzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IGJhc2UgPSB3aXRob3V0S2V5cyhzY2hlbWEsIFtrZXksICdudWxsYWJsZSddKTtcbiAgICAgIGNvbnN0IG91dCA9IGFsdGVybmF0aXZlcy5mbGF0TWFwKChtZW1iZXIpID0+IG1lbWJlcnMoeyAuLi5iYXNlLCAuLi5hc1JlY29yZChtZW1iZXIpIH0sIGluZGVudCwgaW5saW5lKSk7XG4gICAgICByZXR1cm4gc2NoZW1hLm51bGxhYmxlID09PSB0cnVlID8gWy4uLm91dCwgJ251bGwnXSA6IG91dDtcbiAgICB9XG4gIH1cbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmFsbE9mKSAmJiBzY2hlbWEuYWxsT2YubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IGJhc2UgPSB3aXRob3V0S2V5cyhzY2hlbWEsIFsnYWxsT2YnXSk7XG4gICAgY29uc3QgcGFydHMgPSBbYmFzZSwgLi4uc2NoZW1hLmFsbE9mXVxuICAgICAgLmZpbHRlcigocGFydCkgPT4gIWlzRW1wdHlBbm5vdGF0aW9uKHBhcnQpKVxuICAgICAgLm1hcCgocGFydCkgPT4gbWVtYmVycyhwYXJ0LCBpbmRlbnQsIGlubGluZSkpXG4gICAgICAubWFwKCh1bmlvbikgPT4gKHVuaW9uLmxlbmd0aCA+IDEgPyBgKCR7dW5pb24uam9pbignIHwgJyl9KWAgOiB1bmlvblswXSEpKTtcbiAgICBjb25zdCB1bmlxdWUgPSBbLi4ubmV3IFNldChwYXJ0cyldLmZpbHRlcigocGFydCkgPT4gcGFydCAhPT0gJ3Vua25vd24nKTtcbiAgICByZXR1cm4gW3VuaXF1ZS5sZW5ndGggPT09IDAgPyAndW5rbm93bicgOiB1bmlxdWUuam9pbignICYgJyldO1xuICB9XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgY29uc3QgdHlwZXMgPSBBcnJheS5pc0FycmF5KHR5cGUpID8gdHlwZSA6IHR5cGUgPT09IHVuZGVmaW5lZCA/IGluZmVyVHlwZXMoc2NoZW1hKSA6IFt0eXBlXTtcbiAgaWYgKHR5cGVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIFsndW5rbm93biddO1xuICBjb25zdCBvdXQgPSB0eXBlcy5tYXAoKHQpID0+IHR5cGVkKFN0cmluZyh0KSwgc2NoZW1hLCBpbmRlbnQsIGlubGluZSkpO1xuICBpZiAoc2NoZW1hLm51bGxhYmxlID09PSB0cnVlKSBvdXQucHVzaCgnbnVsbCcpO1xuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBpbmZlclR5cGVzKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBzdHJpbmdbXSB7XG4gIGlmIChzY2hlbWEucHJvcGVydGllcyAhPT0gdW5kZWZpbmVkIHx8IHNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gWydvYmplY3QnXTtcbiAgaWYgKHNjaGVtYS5pdGVtcyAhPT0gdW5kZWZpbmVkIHx8IHNjaGVtYS5wcmVmaXhJdGVtcyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gWydhcnJheSddO1xuICByZXR1cm4gW107XG59XG5cbmZ1bmN0aW9uIHR5cGVkKHR5cGU6IHN0cmluZywgc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZyB7XG4gIHN3aXRjaCAodHlwZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICBjYXNlICdudWxsJzpcbiAgICAgIHJldHVybiB0eXBlO1xuICAgIGNhc2UgJ2ludGVnZXInOlxuICAgICAgLy8gTWVzc2FnZXMgc2F5IHdoYXQgSlNPTiBTY2hlbWEgc2F5czsgVHlwZVNjcmlwdCBoYXMgbm8gaW50ZWdlciB0eXBlLlxuICAgICAgcmV0dXJuIGlubGluZSA/ICdpbnRlZ2VyJyA6ICdudW1iZXInO1xuICAgIGNhc2UgJ2FycmF5JzpcbiAgICAgIHJldHVybiBhcnJheVR5cGUoc2NoZW1hLCBpbmRlbnQsIGlubGluZSk7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiBvYmplY3RUeXBlKHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gJ3Vua25vd24nO1xuICB9XG59XG5cbmZ1bmN0aW9uIGFycmF5VHlwZShzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nIHtcbiAgY29uc3QgdHVwbGUgPSBBcnJheS5pc0FycmF5KHNjaGVtYS5wcmVmaXhJdGVtcylcbiAgICA/IHNjaGVtYS5wcmVmaXhJdGVtc1xuICAgIDogQXJyYXkuaXNBcnJheShzY2hlbWEuaXRlbXMpXG4gICAgICA/IHNjaGVtYS5pdGVtc1xuICAgICAgOiB1bmRlZmluZWQ7XG4gIGlmICh0dXBsZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYFske3R1cGxlLm1hcCgoaXRlbSkgPT4gcmVuZGVyKGl0ZW0sIGluZGVudCwgaW5saW5lKSkuam9pbignLCAnKX1dYDtcbiAgcmV0dXJuIGBBcnJheTwke3NjaGVtYS5pdGVtcyA9PT0gdW5kZWZpbmVkID8gJ3Vua25vd24nIDogcmVuZGVyKHNjaGVtYS5pdGVtcywgaW5kZW50LCBpbmxpbmUpfT5gO1xufVxuXG5mdW5jdGlvbiBvYmplY3RUeXBlKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmcge1xuICBjb25zdCBwcm9wZXJ0aWVzID0gaXNQbGFpblJlY29yZChzY2hlbWEucHJvcGVydGllcykgPyBzY2hlbWEucHJvcGVydGllcyA6IHt9O1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQoQXJyYXkuaXNBcnJheShzY2hlbWEucmVxdWlyZWQpID8gc2NoZW1hLnJlcXVpcmVkIDogW10pO1xuICBjb25zdCBuYW1lcyA9IE9iamVjdC5rZXlzKHByb3BlcnRpZXMpO1xuICBjb25zdCBleHRyYSA9IHNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcztcbiAgY29uc3QgaW5uZXIgPSBpbmRlbnQgKyBJTkRFTlQ7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBtZW1iZXJUeXBlczogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIG5hbWVzKSB7XG4gICAgY29uc3Qgb3B0aW9uYWwgPSAhcmVxdWlyZWQuaGFzKG5hbWUpO1xuICAgIGNvbnN0IHRleHQgPSByZW5kZXIocHJvcGVydGllc1tuYW1lXSwgaW5uZXIsIGlubGluZSk7XG4gICAgbWVtYmVyVHlwZXMucHVzaCguLi5tZW1iZXJzKHByb3BlcnRpZXNbbmFtZV0sIGlubmVyLCBpbmxpbmUpKTtcbiAgICBpZiAob3B0aW9uYWwpIG1lbWJlclR5cGVzLnB1c2goJ3VuZGVmaW5lZCcpO1xuICAgIGNvbnN0IHByb3BlcnR5ID0gcHJvcGVydGllc1tuYW1lXTtcbiAgICBjb25zdCBkZXNjcmlwdGlvbiA9XG4gICAgICBpc1BsYWluUmVjb3JkKHByb3BlcnR5KSAmJiB0eXBlb2YgcHJvcGVydHkuZGVzY3JpcHRpb24gPT09ICdzdHJpbmcnID8gcHJvcGVydHkuZGVzY3JpcHRpb24gOiB1bmRlZmluZWQ7XG4gICAgY29uc3QgZG9jID0gaW5saW5lIHx8IGRlc2NyaXB0aW9uID09PSB1bmRlZmluZWQgPyAnJyA6IGRvY0NvbW1lbnQoZGVzY3JpcHRpb24sIGlubmVyKTtcbiAgICBsaW5lcy5wdXNoKGAke2RvY30ke3Byb3BlcnR5S2V5KG5hbWUpfSR7b3B0aW9uYWwgPyAnPycgOiAnJ306ICR7dGV4dH07YCk7XG4gIH1cbiAgbGV0IGluZGV4VHlwZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBpZiAoZXh0cmEgIT09IHVuZGVmaW5lZCAmJiBleHRyYSAhPT0gZmFsc2UgJiYgIShuYW1lcy5sZW5ndGggPT09IDAgJiYgZXh0cmEgPT09IHRydWUpKSB7XG4gICAgaW5kZXhUeXBlID0gcmVuZGVyKGV4dHJhLCBpbm5lciwgaW5saW5lKTtcbiAgICAvLyBFdmVyeSBkZWNsYXJlZCBwcm9wZXJ0eSBtdXN0IGZpdCB0aGUgaW5kZXggc2lnbmF0dXJlLlxuICAgIGlmIChpbmRleFR5cGUgIT09ICd1bmtub3duJyAmJiBuYW1lcy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBhbGwgPSBuZXcgU2V0KFtpbmRleFR5cGUsIC4uLm1lbWJlclR5cGVzXSk7XG4gICAgICBpbmRleFR5cGUgPSBhbGwuaGFzKCd1bmtub3duJykgPyAndW5rbm93bicgOiBbLi4uYWxsXS5qb2luKCcgfCAnKTtcbiAgICB9XG4gIH1cbiAgaWYgKG5hbWVzLmxlbmd0aCA9PT0gMCkge1xuICAgIGlmIChleHRyYSA9PT0gZmFsc2UpIHJldHVybiAnUmVjb3JkPHN0cmluZywgbmV2ZXI+JztcbiAgICBpZiAoZXh0cmEgPT09IHVuZGVmaW5lZCB8fCBleHRyYSA9PT0gdHJ1ZSkgcmV0dXJuICdSZWNvcmQ8c3RyaW5nLCB1bmtub3duPic7XG4gICAgcmV0dXJuIGBSZWNvcmQ8c3RyaW5nLCAke3JlbmRlcihleHRyYSwgaW5kZW50LCBpbmxpbmUpfT5gO1xuICB9XG4gIGlmIChpbmRleFR5cGUgIT09IHVuZGVmaW5lZCkgbGluZXMucHVzaChgW2tleTogc3RyaW5nXTogJHtpbmRleFR5cGV9O2ApO1xuICBpZiAoaW5saW5lKSByZXR1cm4gYHsgJHtsaW5lcy5qb2luKCcgJyl9IH1gO1xuICByZXR1cm4gYHtcXG4ke2xpbmVzLm1hcCgobGluZSkgPT4gYCR7aW5uZXJ9JHtsaW5lfWApLmpvaW4oJ1xcbicpfVxcbiR7aW5kZW50fX1gO1xufVxuXG5mdW5jdGlvbiBkb2NDb21tZW50KGRlc2NyaXB0aW9uOiBzdHJpbmcsIGluZGVudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbGluZXMgPSBkZXNjcmlwdGlvbi5yZXBsYWNlKC9cXCpcXC8vZywgJypcXFxcLycpLnNwbGl0KC9cXHI/XFxuLyk7XG4gIGlmIChsaW5lcy5sZW5ndGggPT09IDEpIHJldHVybiBgLyoqICR7bGluZXNbMF19ICovXFxuJHtpbmRlbnR9YDtcbiAgcmV0dXJuIGAvKipcXG4ke2xpbmVzLm1hcCgobGluZSkgPT4gYCR7aW5kZW50fSAqJHtsaW5lID09PSAnJyA/ICcnIDogYCAke2xpbmV9YH1gKS5qb2luKCdcXG4nKX1cXG4ke2luZGVudH0gKi9cXG4ke2luZGVudH1gO1xufVxuXG5mdW5jdGlvbiBwcm9wZXJ0eUtleShuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gSURFTlRJRklFUi50ZXN0KG5hbWUpID8gbmFtZSA6IEpTT04uc3RyaW5naWZ5KG5hbWUpO1xufVxuXG5mdW5jdGlvbiBsaXRlcmFsKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKVxuICAgIHJldHVybiBKU09OLnN0cmluZ2lmeSh2YWx1ZSk7XG4gIHJldHVybiAndW5rbm93bic7XG59XG5cbmZ1bmN0aW9uIGFzUmVjb3JkKHZhbHVlOiB1bmtub3duKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICByZXR1cm4gaXNQbGFpblJlY29yZCh2YWx1ZSkgPyB2YWx1ZSA6IHt9O1xufVxuXG5mdW5jdGlvbiB3aXRob3V0S2V5cyhzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBrZXlzOiByZWFkb25seSBzdHJpbmdbXSk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhzY2hlbWEpKSBpZiAoIWtleXMuaW5jbHVkZXMoa2V5KSkgb3V0W2tleV0gPSB2YWx1ZTtcbiAgcmV0dXJuIG91dDtcbn1cblxuY29uc3QgQU5OT1RBVElPTlMgPSBuZXcgU2V0KFtcbiAgJ2Rlc2NyaXB0aW9uJyxcbiAgJ3RpdGxlJyxcbiAgJ2RlZmF1bHQnLFxuICAnZXhhbXBsZXMnLFxuICAnJHNjaGVtYScsXG4gICckaWQnLFxuICAnJGNvbW1lbnQnLFxuICAnJGRlZnMnLFxuICAnZGVmaW5pdGlvbnMnLFxuXSk7XG5cbmZ1bmN0aW9uIGlzRW1wdHlBbm5vdGF0aW9uKHNjaGVtYTogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gaXNQbGFpblJlY29yZChzY2hlbWEpICYmIE9iamVjdC5rZXlzKHNjaGVtYSkuZXZlcnkoKGtleSkgPT4gQU5OT1RBVElPTlMuaGFzKGtleSkpO1xufVxuIiwgIi8qKlxuICogem9kIGlzc3VlcyBcdTIxOTIge0BsaW5rIFByb21wdElucHV0SXNzdWV9cyBpbiBwbGFpbiB3b3JkczogYG1pc3NpbmcgcmVxdWlyZWQgdmFyaWFibGUgXCJjdXN0b21lclwiIChzdHJpbmcpYCxcbiAqIGBleHBlY3RlZCBvbmUgb2YgXCJmb3JtYWxcIiwgXCJmcmllbmRseVwiLCBnb3Qgc3RyaW5nIFwicnVkZVwiYCwgYHVua25vd24gdmFyaWFibGUgXCJjdXN0bWVyXCI7IGRpZCB5b3UgbWVhbiBcImN1c3RvbWVyXCI/YC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0SW5wdXRJc3N1ZSB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUgfSBmcm9tICcuL3N1Z2dlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5pbXBvcnQgeyBpbmxpbmVUeXBlVGV4dCB9IGZyb20gJy4vdHlwZXNjcmlwdC5qcyc7XG5cbnR5cGUgUGF0aCA9IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgbnVtYmVyPjtcblxuLyoqXG4gKiBUcmFuc2xhdGUgdGhlIGlzc3VlcyBvZiBhIGZhaWxlZCB6b2QgcGFyc2Ugb2YgYGlucHV0YCBhZ2FpbnN0IHRoZSB6b2QgZm9ybSBvZiBgc2NoZW1hYC5cbiAqIE9yZGVyIGlzIGtlcHQgKHpvZCByZXBvcnRzIGluIHNjaGVtYSBvcmRlciwgdW5rbm93biBrZXlzIG9mIGFuIG9iamVjdCBhZnRlciBpdHMgZGVjbGFyZWQgb25lcykuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzKFxuICBpc3N1ZXM6IHJlYWRvbmx5IHouY29yZS4kWm9kSXNzdWVbXSxcbiAgaW5wdXQ6IHVua25vd24sXG4gIHNjaGVtYTogSnNvblNjaGVtYSxcbik6IFByb21wdElucHV0SXNzdWVbXSB7XG4gIGNvbnN0IG91dDogUHJvbXB0SW5wdXRJc3N1ZVtdID0gW107XG4gIGZvciAoY29uc3QgaXNzdWUgb2YgaXNzdWVzKSB7XG4gICAgY29uc3QgcGF0aDogUGF0aCA9IGlzc3VlLnBhdGgubWFwKChzZWdtZW50KSA9PiAodHlwZW9mIHNlZ21lbnQgPT09ICdzeW1ib2wnID8gU3RyaW5nKHNlZ21lbnQpIDogc2VnbWVudCkpO1xuICAgIGlmIChpc3N1ZS5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnKSB7XG4gICAgICBjb25zdCBwYXJlbnQgPSBzY2hlbWFBdChzY2hlbWEsIHBhdGgpO1xuICAgICAgY29uc3QgZGVjbGFyZWQgPSBwYXJlbnQgPT09IHVuZGVmaW5lZCA/IFtdIDogT2JqZWN0LmtleXMoKHBhcmVudC5wcm9wZXJ0aWVzID8/IHt9KSBhcyBvYmplY3QpO1xuICAgICAgZm9yIChjb25zdCBrZXkgb2YgaXNzdWUua2V5cykgb3V0LnB1c2godW5rbm93bktleUlzc3VlKFsuLi5wYXRoLCBrZXldLCBrZXksIGRlY2xhcmVkKSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgb3V0LnB1c2godHJhbnNsYXRlKGlzc3VlLCBwYXRoLCB2YWx1ZUF0KGlucHV0LCBwYXRoKSwgc2NoZW1hQXQoc2NoZW1hLCBwYXRoKSkpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHVua25vd25LZXlJc3N1ZShwYXRoOiBQYXRoLCBrZXk6IHN0cmluZywgZGVjbGFyZWQ6IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIGNvbnN0IHdoYXQgPSBwYXRoLmxlbmd0aCA9PT0gMSA/ICd2YXJpYWJsZScgOiAnZmllbGQnO1xuICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChrZXksIGRlY2xhcmVkKTtcbiAgY29uc3QgaGludCA9XG4gICAgZ3Vlc3MgIT09IHVuZGVmaW5lZFxuICAgICAgPyBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2BcbiAgICAgIDogZGVjbGFyZWQubGVuZ3RoID09PSAwXG4gICAgICAgID8gYDsgbm8gJHt3aGF0fXMgYXJlIGRlY2xhcmVkIGhlcmVgXG4gICAgICAgIDogYCAoZGVjbGFyZWQ6ICR7ZGVjbGFyZWQuam9pbignLCAnKX0pYDtcbiAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ3Vua25vd25fa2V5JywgbWVzc2FnZTogYHVua25vd24gJHt3aGF0fSBcIiR7a2V5fVwiOiBpdCBpcyBub3QgaW4gdGhlIGlucHV0IHNjaGVtYSR7aGludH1gIH07XG59XG5cbmZ1bmN0aW9uIHRyYW5zbGF0ZShpc3N1ZTogei5jb3JlLiRab2RJc3N1ZSwgcGF0aDogUGF0aCwgdmFsdWU6IHVua25vd24sIGF0OiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkKTogUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIGNvbnN0IGV4cGVjdGVkID0gYXQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGlubGluZVR5cGVUZXh0KGF0KTtcbiAgY29uc3QgZ290ID0gZGVzY3JpYmVWYWx1ZSh2YWx1ZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkICYmIHBhdGgubGVuZ3RoID4gMCAmJiBpc1R5cGVQcm9ibGVtKGlzc3VlKSkge1xuICAgIGNvbnN0IGxhc3QgPSBwYXRoW3BhdGgubGVuZ3RoIC0gMV0hO1xuICAgIGNvbnN0IHdoYXQgPSB0eXBlb2YgbGFzdCA9PT0gJ251bWJlcicgPyAnaXRlbScgOiBwYXRoLmxlbmd0aCA9PT0gMSA/ICd2YXJpYWJsZScgOiAnZmllbGQnO1xuICAgIGNvbnN0IG5hbWUgPSB0eXBlb2YgbGFzdCA9PT0gJ251bWJlcicgPyBgJHtsYXN0fWAgOiBgXCIke2xhc3R9XCJgO1xuICAgIGNvbnN0IHR5cGUgPSBleHBlY3RlZCA9PT0gdW5kZWZpbmVkIHx8IGV4cGVjdGVkID09PSAndW5rbm93bicgPyAnJyA6IGAgKCR7ZXhwZWN0ZWR9KWA7XG4gICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ21pc3NpbmcnLCBtZXNzYWdlOiBgbWlzc2luZyByZXF1aXJlZCAke3doYXR9ICR7bmFtZX0ke3R5cGV9YCB9O1xuICB9XG4gIHN3aXRjaCAoaXNzdWUuY29kZSkge1xuICAgIGNhc2UgJ2ludmFsaWRfdHlwZSc6IHtcbiAgICAgIGlmIChwYXRoLmxlbmd0aCA9PT0gMClcbiAgICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGBleHBlY3RlZCBhbiBvYmplY3Qgb2YgdmFyaWFibGVzLCBnb3QgJHtnb3R9YCB9O1xuICAgICAgY29uc3Qgd2FudGVkID0gZXhwZWN0ZWQgPz8gKGlzc3VlLmV4cGVjdGVkID09PSAnaW50JyA/ICdpbnRlZ2VyJyA6IGlzc3VlLmV4cGVjdGVkKTtcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgZXhwZWN0ZWQgJHt3YW50ZWR9LCBnb3QgJHtnb3R9YCB9O1xuICAgIH1cbiAgICBjYXNlICdpbnZhbGlkX3ZhbHVlJzoge1xuICAgICAgY29uc3QgdmFsdWVzID0gaXNzdWUudmFsdWVzLm1hcCgodikgPT4gKHR5cGVvZiB2ID09PSAnc3RyaW5nJyA/IEpTT04uc3RyaW5naWZ5KHYpIDogU3RyaW5nKHYpKSk7XG4gICAgICBjb25zdCB3YW50ZWQgPSB2YWx1ZXMubGVuZ3RoID09PSAxID8gdmFsdWVzWzBdIDogYG9uZSBvZiAke3ZhbHVlcy5qb2luKCcsICcpfWA7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF92YWx1ZScsIG1lc3NhZ2U6IGBleHBlY3RlZCAke3dhbnRlZH0sIGdvdCAke2dvdH1gIH07XG4gICAgfVxuICAgIGNhc2UgJ3Rvb19zbWFsbCc6XG4gICAgY2FzZSAndG9vX2JpZyc6XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiBpc3N1ZS5jb2RlLCBtZXNzYWdlOiBgJHtzaXplUnVsZShpc3N1ZSl9LCBnb3QgJHtzaXplT2YoaXNzdWUub3JpZ2luLCB2YWx1ZSwgZ290KX1gIH07XG4gICAgY2FzZSAnaW52YWxpZF9mb3JtYXQnOiB7XG4gICAgICBjb25zdCBwYXR0ZXJuID0gJ3BhdHRlcm4nIGluIGlzc3VlICYmIHR5cGVvZiBpc3N1ZS5wYXR0ZXJuID09PSAnc3RyaW5nJyA/IGlzc3VlLnBhdHRlcm4gOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBydWxlID0gcGF0dGVybiA9PT0gdW5kZWZpbmVkID8gYG11c3QgYmUgYSB2YWxpZCAke2lzc3VlLmZvcm1hdH1gIDogYG11c3QgbWF0Y2ggdGhlIHBhdHRlcm4gJHtwYXR0ZXJufWA7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF9mb3JtYXQnLCBtZXNzYWdlOiBgJHtydWxlfSwgZ290ICR7Z290fWAgfTtcbiAgICB9XG4gICAgY2FzZSAnbm90X211bHRpcGxlX29mJzpcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdub3RfbXVsdGlwbGVfb2YnLCBtZXNzYWdlOiBgbXVzdCBiZSBhIG11bHRpcGxlIG9mICR7U3RyaW5nKGlzc3VlLmRpdmlzb3IpfSwgZ290ICR7Z290fWAgfTtcbiAgICBjYXNlICdpbnZhbGlkX3VuaW9uJzoge1xuICAgICAgaWYgKGlzc3VlLmVycm9ycy5sZW5ndGggPT09IDApIHtcbiAgICAgICAgcmV0dXJuIHtcbiAgICAgICAgICBwYXRoLFxuICAgICAgICAgIGNvZGU6ICdpbnZhbGlkX3VuaW9uJyxcbiAgICAgICAgICBtZXNzYWdlOiBgbWF0Y2hlcyBtb3JlIHRoYW4gb25lIG9mIHRoZSBcIm9uZU9mXCIgYWx0ZXJuYXRpdmVzLCBnb3QgJHtnb3R9OyBpdCBtdXN0IG1hdGNoIGV4YWN0bHkgb25lYCxcbiAgICAgICAgfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHdhbnRlZCA9IGV4cGVjdGVkID09PSB1bmRlZmluZWQgPyAnYSB2YWx1ZSBvZiBvbmUgb2YgdGhlIGFsbG93ZWQgdHlwZXMnIDogZXhwZWN0ZWQ7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF91bmlvbicsIG1lc3NhZ2U6IGBleHBlY3RlZCAke3dhbnRlZH0sIGdvdCAke2dvdH1gIH07XG4gICAgfVxuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZCcsIG1lc3NhZ2U6IGlzc3VlLm1lc3NhZ2UgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiBpc1R5cGVQcm9ibGVtKGlzc3VlOiB6LmNvcmUuJFpvZElzc3VlKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc3N1ZS5jb2RlID09PSAnaW52YWxpZF90eXBlJyB8fCBpc3N1ZS5jb2RlID09PSAnaW52YWxpZF92YWx1ZScgfHwgaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdW5pb24nO1xufVxuXG5mdW5jdGlvbiBzaXplUnVsZShpc3N1ZTogei5jb3JlLiRab2RJc3N1ZVRvb1NtYWxsIHwgei5jb3JlLiRab2RJc3N1ZVRvb0JpZyk6IHN0cmluZyB7XG4gIGNvbnN0IHNtYWxsID0gaXNzdWUuY29kZSA9PT0gJ3Rvb19zbWFsbCc7XG4gIGNvbnN0IGxpbWl0ID0gc21hbGwgPyAoaXNzdWUgYXMgei5jb3JlLiRab2RJc3N1ZVRvb1NtYWxsKS5taW5pbXVtIDogKGlzc3VlIGFzIHouY29yZS4kWm9kSXNzdWVUb29CaWcpLm1heGltdW07XG4gIGNvbnN0IGJvdW5kID0gU3RyaW5nKGxpbWl0KTtcbiAgY29uc3QgaW5jbHVzaXZlID0gaXNzdWUuaW5jbHVzaXZlICE9PSBmYWxzZTtcbiAgc3dpdGNoIChpc3N1ZS5vcmlnaW4pIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgcmV0dXJuIGBtdXN0IGJlICR7c21hbGwgPyAnYXQgbGVhc3QnIDogJ2F0IG1vc3QnfSAke2JvdW5kfSBjaGFyYWN0ZXJzIGxvbmdgO1xuICAgIGNhc2UgJ2FycmF5JzpcbiAgICAgIHJldHVybiBgbXVzdCBoYXZlICR7c21hbGwgPyAnYXQgbGVhc3QnIDogJ2F0IG1vc3QnfSAke2JvdW5kfSBpdGVtc2A7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBgbXVzdCBiZSAke3NtYWxsID8gKGluY2x1c2l2ZSA/ICc+PScgOiAnPicpIDogaW5jbHVzaXZlID8gJzw9JyA6ICc8J30gJHtib3VuZH1gO1xuICB9XG59XG5cbmZ1bmN0aW9uIHNpemVPZihvcmlnaW46IHN0cmluZywgdmFsdWU6IHVua25vd24sIGdvdDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKG9yaWdpbiA9PT0gJ3N0cmluZycgJiYgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIGAke3ZhbHVlLmxlbmd0aH0gY2hhcmFjdGVyc2A7XG4gIGlmIChvcmlnaW4gPT09ICdhcnJheScgJiYgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiBgJHt2YWx1ZS5sZW5ndGh9IGl0ZW1zYDtcbiAgcmV0dXJuIGdvdDtcbn1cblxuLyoqIFRoZSBpbnB1dCB2YWx1ZSBhdCBgcGF0aGAsIHJlYWRpbmcgb3duIHByb3BlcnRpZXMgb25seS4gKi9cbmZ1bmN0aW9uIHZhbHVlQXQoaW5wdXQ6IHVua25vd24sIHBhdGg6IFBhdGgpOiB1bmtub3duIHtcbiAgbGV0IHZhbHVlID0gaW5wdXQ7XG4gIGZvciAoY29uc3Qgc2VnbWVudCBvZiBwYXRoKSB7XG4gICAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcgfHwgdmFsdWUgPT09IG51bGwgfHwgIU9iamVjdC5oYXNPd24odmFsdWUsIHNlZ21lbnQpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHZhbHVlID0gKHZhbHVlIGFzIFJlY29yZDxzdHJpbmcgfCBudW1iZXIsIHVua25vd24+KVtzZWdtZW50XTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKiBUaGUgKG5vcm1hbGl6ZWQpIHN1Yi1zY2hlbWEgYXQgYHBhdGhgLCB3aGVuIHRoZSBwYXRoIGxlYWRzIHRocm91Z2ggcGxhaW4gb2JqZWN0cyBhbmQgYXJyYXlzLiAqL1xuZnVuY3Rpb24gc2NoZW1hQXQoc2NoZW1hOiBKc29uU2NoZW1hLCBwYXRoOiBQYXRoKTogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCB7XG4gIGxldCBub2RlOiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkID0gc2NoZW1hO1xuICBmb3IgKGNvbnN0IHNlZ21lbnQgb2YgcGF0aCkge1xuICAgIGlmIChub2RlID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgaWYgKHR5cGVvZiBzZWdtZW50ID09PSAnbnVtYmVyJykge1xuICAgICAgbm9kZSA9IG5vZGUuaXRlbXMgYXMgSnNvblNjaGVtYSB8IHVuZGVmaW5lZDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBwcm9wZXJ0aWVzID0gbm9kZS5wcm9wZXJ0aWVzIGFzIFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+IHwgdW5kZWZpbmVkO1xuICAgIGlmIChwcm9wZXJ0aWVzICE9PSB1bmRlZmluZWQgJiYgT2JqZWN0Lmhhc093bihwcm9wZXJ0aWVzLCBzZWdtZW50KSkgbm9kZSA9IHByb3BlcnRpZXNbc2VnbWVudF07XG4gICAgZWxzZSBpZiAodHlwZW9mIG5vZGUuYWRkaXRpb25hbFByb3BlcnRpZXMgPT09ICdvYmplY3QnKSBub2RlID0gbm9kZS5hZGRpdGlvbmFsUHJvcGVydGllcyBhcyBKc29uU2NoZW1hO1xuICAgIGVsc2UgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICByZXR1cm4gbm9kZTtcbn1cbiIsICIvKipcbiAqIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3JzICh6b2QsIHZhbGlib3QsIGFya3R5cGUsIFx1MjAyNiBcdTIwMTQgaHR0cHM6Ly9zdGFuZGFyZHNjaGVtYS5kZXYpIGFzIGlucHV0IHNjaGVtYXMuXG4gKiBAbW9kdWxlXG4gKi9cblxuaW1wb3J0IHR5cGUgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uLCB0eXBlIFByb21wdElucHV0SXNzdWUgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgem9kSXNzdWVzVG9JbnB1dElzc3VlcyB9IGZyb20gJy4vaXNzdWVzLmpzJztcbmltcG9ydCB7IGlzUGxhaW5SZWNvcmQgfSBmcm9tICcuL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBJbnB1dFNjaGVtYSwgSW5wdXRWYWxpZGF0aW9uUmVzdWx0LCBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5pbXBvcnQgeyBqc29uU2NoZW1hVG9UeXBlU2NyaXB0IH0gZnJvbSAnLi90eXBlc2NyaXB0LmpzJztcblxuLyoqIFRoZSBwYXJ0IG9mIHRoZSBTdGFuZGFyZCBTY2hlbWEgdjEgaW50ZXJmYWNlIHRoYXQgcHJvbXB0b3BzIHVzZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIFN0YW5kYXJkU2NoZW1hTGlrZSB7XG4gIHJlYWRvbmx5ICd+c3RhbmRhcmQnOiB7XG4gICAgcmVhZG9ubHkgdmVyc2lvbjogbnVtYmVyO1xuICAgIHJlYWRvbmx5IHZlbmRvcjogc3RyaW5nO1xuICAgIHJlYWRvbmx5IHZhbGlkYXRlOiAodmFsdWU6IHVua25vd24pID0+IFN0YW5kYXJkUmVzdWx0IHwgUHJvbWlzZUxpa2U8U3RhbmRhcmRSZXN1bHQ+O1xuICAgIHJlYWRvbmx5IGpzb25TY2hlbWE/OiB7IHJlYWRvbmx5IGlucHV0PzogKG9wdGlvbnM6IHsgdGFyZ2V0OiBzdHJpbmcgfSkgPT4gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfTtcbiAgfTtcbn1cblxudHlwZSBTdGFuZGFyZFJlc3VsdCA9XG4gIHwgeyByZWFkb25seSB2YWx1ZTogdW5rbm93bjsgcmVhZG9ubHkgaXNzdWVzPzogdW5kZWZpbmVkIH1cbiAgfCB7IHJlYWRvbmx5IGlzc3VlczogUmVhZG9ubHlBcnJheTxTdGFuZGFyZElzc3VlPiB9O1xuXG4vKiogVHJ1ZSB3aGVuIGB2YWx1ZWAgaXMgYSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIChoYXMgYCd+c3RhbmRhcmQnYCB3aXRoIGEgYHZhbGlkYXRlYCBmdW5jdGlvbikuICovXG5leHBvcnQgZnVuY3Rpb24gaXNTdGFuZGFyZFNjaGVtYSh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFN0YW5kYXJkU2NoZW1hTGlrZSB7XG4gIGlmICgodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyAmJiB0eXBlb2YgdmFsdWUgIT09ICdmdW5jdGlvbicpIHx8IHZhbHVlID09PSBudWxsKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHN0YW5kYXJkID0gKHZhbHVlIGFzIHsgJ35zdGFuZGFyZCc/OiB1bmtub3duIH0pWyd+c3RhbmRhcmQnXTtcbiAgcmV0dXJuIGlzUGxhaW5SZWNvcmRPck9iamVjdChzdGFuZGFyZCkgJiYgdHlwZW9mIChzdGFuZGFyZCBhcyB7IHZhbGlkYXRlPzogdW5rbm93biB9KS52YWxpZGF0ZSA9PT0gJ2Z1bmN0aW9uJztcbn1cblxuZnVuY3Rpb24gaXNQbGFpblJlY29yZE9yT2JqZWN0KHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgb2JqZWN0IHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGw7XG59XG5cbi8qKlxuICogVGhlIEpTT04gU2NoZW1hIG9mIGEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvcidzIGlucHV0LCB3aGVuIGl0IGNhbiBzYXk6IHRocm91Z2ggdGhlIFN0YW5kYXJkXG4gKiBKU09OIFNjaGVtYSBpbnRlcmZhY2UgKGAnfnN0YW5kYXJkJy5qc29uU2NoZW1hLmlucHV0YCwgem9kIDQgY2xhc3NpYywgYXJrdHlwZVx1MjAyNiksIGFcbiAqIGB0b0pTT05TY2hlbWEoKWAgbWV0aG9kLCBvciwgZm9yIHpvZC9taW5pIG9iamVjdHMsIHRoZSBrZXlzIG9mIHRoZWlyIHNoYXBlIChlYWNoIHR5cGVkIGB7fWApLlxuICogYHVuZGVmaW5lZGAgd2hlbiBub25lIHdvcmtzLiBOZXZlciB0aHJvd3MuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYShzY2hlbWE6IFN0YW5kYXJkU2NoZW1hTGlrZSk6IEpzb25TY2hlbWEgfCB1bmRlZmluZWQge1xuICBjb25zdCBhdHRlbXB0czogQXJyYXk8KCkgPT4gdW5rbm93bj4gPSBbXG4gICAgKCkgPT4gc2NoZW1hWyd+c3RhbmRhcmQnXS5qc29uU2NoZW1hPy5pbnB1dD8uKHsgdGFyZ2V0OiAnZHJhZnQtMjAyMC0xMicgfSksXG4gICAgKCkgPT4ge1xuICAgICAgY29uc3QgbWV0aG9kID0gKHNjaGVtYSBhcyB7IHRvSlNPTlNjaGVtYT86IHVua25vd24gfSkudG9KU09OU2NoZW1hO1xuICAgICAgcmV0dXJuIHR5cGVvZiBtZXRob2QgPT09ICdmdW5jdGlvbicgPyBtZXRob2QuY2FsbChzY2hlbWEpIDogdW5kZWZpbmVkO1xuICAgIH0sXG4gICAgKCkgPT4gc2hhcGVKc29uU2NoZW1hKHNjaGVtYSksXG4gIF07XG4gIGZvciAoY29uc3QgYXR0ZW1wdCBvZiBhdHRlbXB0cykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByZXN1bHQgPSBhdHRlbXB0KCk7XG4gICAgICBpZiAoaXNQbGFpblJlY29yZChyZXN1bHQpKSByZXR1cm4gcmVzdWx0O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gQ29udmVyc2lvbiBpcyBvcHRpb25hbDogdHJ5IHRoZSBuZXh0IHdheS5cbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIHpvZCBvYmplY3RzIGV4cG9zZSBgLnNoYXBlYDsgb3B0aW9uYWwgbWVtYmVycyBzYXkgc28gaW4gYF96b2Qub3B0aW5gLiAqL1xuZnVuY3Rpb24gc2hhcGVKc29uU2NoZW1hKHNjaGVtYTogU3RhbmRhcmRTY2hlbWFMaWtlKTogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNoYXBlID0gKHNjaGVtYSBhcyB7IHNoYXBlPzogdW5rbm93biB9KS5zaGFwZTtcbiAgaWYgKCFpc1BsYWluUmVjb3JkKHNoYXBlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgY29uc3QgcmVxdWlyZWQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgW2tleSwgbWVtYmVyXSBvZiBPYmplY3QuZW50cmllcyhzaGFwZSkpIHtcbiAgICBwcm9wZXJ0aWVzW2tleV0gPSB7fTtcbiAgICBjb25zdCBvcHRpbiA9IChtZW1iZXIgYXMgeyBfem9kPzogeyBvcHRpbj86IHVua25vd24gfSB9IHwgdW5kZWZpbmVkKT8uX3pvZD8ub3B0aW47XG4gICAgaWYgKG9wdGluICE9PSAnb3B0aW9uYWwnKSByZXF1aXJlZC5wdXNoKGtleSk7XG4gIH1cbiAgcmV0dXJuIHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXMsIHJlcXVpcmVkIH07XG59XG5cbi8qKlxuICogV3JhcCBhIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgYXMgYW4ge0BsaW5rIElucHV0U2NoZW1hfS4gVmFsaWRhdGlvbiBtdXN0IGJlIHN5bmNocm9ub3VzXG4gKiAocHJvbXB0b3BzIHJlbmRlcnMgc3luY2hyb25vdXNseSk6IGEgdmFsaWRhdG9yIHRoYXQgYW5zd2VycyB3aXRoIGEgcHJvbWlzZSBpcyBhXG4gKiB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9LCBmb3VuZCB3aGVuIHRoZSBzY2hlbWEgaXMgY29tcGlsZWQgKG9uZSBwcm9iZSB3aXRoIGB7fWApIG9yLCBhdCB0aGVcbiAqIGxhdGVzdCwgb24gdGhlIGZpcnN0IHJlbmRlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVTdGFuZGFyZFNjaGVtYShzY2hlbWE6IFN0YW5kYXJkU2NoZW1hTGlrZSwgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IHN0YW5kYXJkID0gc2NoZW1hWyd+c3RhbmRhcmQnXTtcbiAgY29uc3QgYXN5bmNFcnJvciA9ICgpID0+XG4gICAgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYHRoZSBpbnB1dCBzY2hlbWEgKCR7c3RhbmRhcmQudmVuZG9yfSkgdmFsaWRhdGVzIGFzeW5jaHJvbm91c2x5LCBidXQgcHJvbXB0cyByZW5kZXIgc3luY2hyb25vdXNseTogYCArXG4gICAgICAgICdyZW1vdmUgYXN5bmMgcmVmaW5lbWVudHMgb3IgdHJhbnNmb3JtcyBmcm9tIGl0JyxcbiAgICAgIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAnaW5wdXQuc2NoZW1hJyB9LFxuICAgICk7XG4gIGNvbnN0IHByb2JlID0gc3RhbmRhcmQudmFsaWRhdGUoe30pO1xuICBpZiAoaXNUaGVuYWJsZShwcm9iZSkpIHtcbiAgICBQcm9taXNlLnJlc29sdmUocHJvYmUpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgdGhyb3cgYXN5bmNFcnJvcigpO1xuICB9XG5cbiAgY29uc3QgZGVyaXZlZCA9IHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSk7XG4gIGNvbnN0IGpzb25TY2hlbWE6IEpzb25TY2hlbWEgPSBkZXJpdmVkID8/IHsgdHlwZTogJ29iamVjdCcgfTtcbiAgY29uc3QgcHJvcGVydHlNYXAgPSBpc1BsYWluUmVjb3JkKGpzb25TY2hlbWEucHJvcGVydGllcykgPyBqc29uU2NoZW1hLnByb3BlcnRpZXMgOiB7fTtcbiAgY29uc3QgcHJvcGVydGllcyA9IE9iamVjdC5rZXlzKHByb3BlcnR5TWFwKTtcbiAgY29uc3QgcmVxdWlyZWQgPSBBcnJheS5pc0FycmF5KGpzb25TY2hlbWEucmVxdWlyZWQpXG4gICAgPyBqc29uU2NoZW1hLnJlcXVpcmVkLmZpbHRlcigobmFtZSk6IG5hbWUgaXMgc3RyaW5nID0+IHR5cGVvZiBuYW1lID09PSAnc3RyaW5nJylcbiAgICA6IFtdO1xuICBsZXQgdHlwZVRleHQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuICBjb25zdCBjb21waWxlZDogSW5wdXRTY2hlbWEgPSB7XG4gICAganNvblNjaGVtYSxcbiAgICBwcm9wZXJ0aWVzLFxuICAgIHJlcXVpcmVkLFxuICAgIHZhbGlkYXRlKHZhbHVlOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IElucHV0VmFsaWRhdGlvblJlc3VsdCB7XG4gICAgICBjb25zdCByZXN1bHQgPSBzdGFuZGFyZC52YWxpZGF0ZSh2YWx1ZSk7XG4gICAgICBpZiAoaXNUaGVuYWJsZShyZXN1bHQpKSB7XG4gICAgICAgIFByb21pc2UucmVzb2x2ZShyZXN1bHQpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIHRocm93IGFzeW5jRXJyb3IoKTtcbiAgICAgIH1cbiAgICAgIGlmIChyZXN1bHQuaXNzdWVzID09PSB1bmRlZmluZWQpIHJldHVybiB7IG9rOiB0cnVlLCB2YWx1ZTogcmVzdWx0LnZhbHVlIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IH07XG4gICAgICByZXR1cm4geyBvazogZmFsc2UsIGlzc3VlczogcmVzdWx0Lmlzc3Vlcy5mbGF0TWFwKChpc3N1ZSkgPT4gdG9JbnB1dElzc3Vlcyhpc3N1ZSwgdmFsdWUpKSB9O1xuICAgIH0sXG4gICAgdG9UeXBlU2NyaXB0KCk6IHN0cmluZyB7XG4gICAgICB0eXBlVGV4dCA/Pz0ganNvblNjaGVtYVRvVHlwZVNjcmlwdChqc29uU2NoZW1hKTtcbiAgICAgIHJldHVybiB0eXBlVGV4dDtcbiAgICB9LFxuICB9O1xuICByZXR1cm4gY29tcGlsZWQ7XG5cbiAgLyoqIHpvZC9taW5pIGNhcnJpZXMgbm8gbWVzc2FnZSB0ZXh0cyAoXCJJbnZhbGlkIGlucHV0XCIpOiB3b3JkIHRob3NlIGlzc3VlcyBsaWtlIHByb21wdG9wcydzIG93bi4gKi9cbiAgZnVuY3Rpb24gdG9JbnB1dElzc3Vlcyhpc3N1ZTogU3RhbmRhcmRJc3N1ZSwgdmFsdWU6IHVua25vd24pOiBQcm9tcHRJbnB1dElzc3VlW10ge1xuICAgIGlmIChzdGFuZGFyZC52ZW5kb3IgPT09ICd6b2QnICYmIGlzc3VlLm1lc3NhZ2UgPT09ICdJbnZhbGlkIGlucHV0JyAmJiB0eXBlb2YgaXNzdWUuY29kZSA9PT0gJ3N0cmluZycpIHtcbiAgICAgIHJldHVybiB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzKFtpc3N1ZSBhcyB1bmtub3duIGFzIHouY29yZS4kWm9kSXNzdWVdLCB2YWx1ZSwganNvblNjaGVtYSk7XG4gICAgfVxuICAgIHJldHVybiBbdG9JbnB1dElzc3VlKGlzc3VlKV07XG4gIH1cbn1cblxudHlwZSBTdGFuZGFyZElzc3VlID0ge1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBhdGg/OiBSZWFkb25seUFycmF5PFByb3BlcnR5S2V5IHwgeyByZWFkb25seSBrZXk6IFByb3BlcnR5S2V5IH0+IHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBjb2RlPzogdW5rbm93bjtcbn07XG5cbmZ1bmN0aW9uIHRvSW5wdXRJc3N1ZShpc3N1ZTogU3RhbmRhcmRJc3N1ZSk6IFByb21wdElucHV0SXNzdWUge1xuICBjb25zdCBwYXRoID0gKGlzc3VlLnBhdGggPz8gW10pLm1hcCgoc2VnbWVudCkgPT4ge1xuICAgIGNvbnN0IGtleSA9IHR5cGVvZiBzZWdtZW50ID09PSAnb2JqZWN0JyAmJiBzZWdtZW50ICE9PSBudWxsID8gc2VnbWVudC5rZXkgOiBzZWdtZW50O1xuICAgIHJldHVybiB0eXBlb2Yga2V5ID09PSAnbnVtYmVyJyA/IGtleSA6IFN0cmluZyhrZXkpO1xuICB9KTtcbiAgcmV0dXJuIHsgcGF0aCwgbWVzc2FnZTogaXNzdWUubWVzc2FnZSwgY29kZTogdHlwZW9mIGlzc3VlLmNvZGUgPT09ICdzdHJpbmcnID8gaXNzdWUuY29kZSA6ICdpbnZhbGlkJyB9O1xufVxuXG5mdW5jdGlvbiBpc1RoZW5hYmxlKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgUHJvbWlzZUxpa2U8dW5rbm93bj4ge1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiB0eXBlb2YgKHZhbHVlIGFzIHsgdGhlbj86IHVua25vd24gfSkudGhlbiA9PT0gJ2Z1bmN0aW9uJztcbn1cbiIsICIvKipcbiAqIE5vcm1hbGl6ZWQgSlNPTiBTY2hlbWEgXHUyMTkyIHpvZC9taW5pIHNjaGVtYTogdGhlIGF1dGhvcml0eSBvbiB3aGF0IGlucHV0IGlzIHZhbGlkLlxuICogT25seSBgem9kL21pbmlgIGlzIGltcG9ydGVkIGhlcmUsIHRvIGtlZXAgdGhlIGJyb3dzZXIgYnVuZGxlIHNtYWxsLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IGNvbXBpbGVQYXR0ZXJuIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIEEgem9kL21pbmkgc2NoZW1hIG9mIGFueSBzaGFwZS4gKi9cbmV4cG9ydCB0eXBlIFpvZE1pbmlTY2hlbWEgPSB6LlpvZE1pbmlUeXBlO1xuXG4vKipcbiAqIEJ1aWxkIHRoZSB6b2QvbWluaSBzY2hlbWEgZm9yIGEgc2NoZW1hIG5vcm1hbGl6ZWQgYnkgYG5vcm1hbGl6ZUpzb25TY2hlbWFgLlxuICogT2JqZWN0cyBhcmUgc3RyaWN0IHdpdGggYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWAsIHRha2UgYSBjYXRjaC1hbGwgd2l0aCBhIHNjaGVtYSwgYW5kIGFyZVxuICogbG9vc2Ugb3RoZXJ3aXNlIChleHRyYSBrZXlzIGFyZSBrZXB0LCBuZXZlciBzdHJpcHBlZDogdGhleSBtYXkgYmUgcmVuZGVyZWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24ganNvblNjaGVtYVRvWm9kKHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBpZiAoc2NoZW1hLmNvbnN0ICE9PSB1bmRlZmluZWQpIHJldHVybiB6LmxpdGVyYWwoc2NoZW1hLmNvbnN0IGFzIHouY29yZS51dGlsLkxpdGVyYWwpO1xuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuZW51bSkpIHJldHVybiB6LmxpdGVyYWwoc2NoZW1hLmVudW0gYXMgei5jb3JlLnV0aWwuTGl0ZXJhbFtdKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmFueU9mKSkgcmV0dXJuIHoudW5pb24oKHNjaGVtYS5hbnlPZiBhcyBKc29uU2NoZW1hW10pLm1hcChqc29uU2NoZW1hVG9ab2QpKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLm9uZU9mKSkgcmV0dXJuIHoueG9yKChzY2hlbWEub25lT2YgYXMgSnNvblNjaGVtYVtdKS5tYXAoanNvblNjaGVtYVRvWm9kKSk7XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgaWYgKHR5cGUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHoudW5rbm93bigpO1xuICBjb25zdCB0eXBlcyA9IEFycmF5LmlzQXJyYXkodHlwZSkgPyAodHlwZSBhcyBzdHJpbmdbXSkgOiBbdHlwZSBhcyBzdHJpbmddO1xuICBjb25zdCBudWxsYWJsZSA9IHR5cGVzLmluY2x1ZGVzKCdudWxsJyk7XG4gIGNvbnN0IG1lbWJlcnMgPSB0eXBlcy5maWx0ZXIoKHQpID0+IHQgIT09ICdudWxsJykubWFwKCh0KSA9PiB0eXBlZCh0LCBzY2hlbWEpKTtcbiAgaWYgKG1lbWJlcnMubGVuZ3RoID09PSAwKSByZXR1cm4gei5udWxsKCk7XG4gIGNvbnN0IGJhc2UgPSBtZW1iZXJzLmxlbmd0aCA9PT0gMSA/IG1lbWJlcnNbMF0hIDogei51bmlvbihtZW1iZXJzKTtcbiAgcmV0dXJuIG51bGxhYmxlID8gei5udWxsYWJsZShiYXNlKSA6IGJhc2U7XG59XG5cbmZ1bmN0aW9uIHR5cGVkKHR5cGU6IHN0cmluZywgc2NoZW1hOiBKc29uU2NoZW1hKTogWm9kTWluaVNjaGVtYSB7XG4gIHN3aXRjaCAodHlwZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgICByZXR1cm4gc3RyaW5nU2NoZW1hKHNjaGVtYSk7XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdpbnRlZ2VyJzpcbiAgICAgIHJldHVybiBudW1iZXJTY2hlbWEodHlwZSwgc2NoZW1hKTtcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICAgIHJldHVybiB6LmJvb2xlYW4oKTtcbiAgICBjYXNlICdhcnJheSc6IHtcbiAgICAgIGNvbnN0IGl0ZW1zID0gc2NoZW1hLml0ZW1zID09PSB1bmRlZmluZWQgPyB6LnVua25vd24oKSA6IGpzb25TY2hlbWFUb1pvZChzY2hlbWEuaXRlbXMgYXMgSnNvblNjaGVtYSk7XG4gICAgICBjb25zdCBjaGVja3M6IEFycmF5PHouY29yZS5DaGVja0ZuPHVua25vd25bXT4gfCB6LmNvcmUuJFpvZENoZWNrPHVua25vd25bXT4+ID0gW107XG4gICAgICBpZiAodHlwZW9mIHNjaGVtYS5taW5JdGVtcyA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubWluTGVuZ3RoKHNjaGVtYS5taW5JdGVtcykpO1xuICAgICAgaWYgKHR5cGVvZiBzY2hlbWEubWF4SXRlbXMgPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm1heExlbmd0aChzY2hlbWEubWF4SXRlbXMpKTtcbiAgICAgIGNvbnN0IGFycmF5ID0gei5hcnJheShpdGVtcyk7XG4gICAgICByZXR1cm4gY2hlY2tzLmxlbmd0aCA+IDAgPyBhcnJheS5jaGVjayguLi5jaGVja3MpIDogYXJyYXk7XG4gICAgfVxuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gb2JqZWN0U2NoZW1hKHNjaGVtYSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoYHVubm9ybWFsaXplZCBKU09OIFNjaGVtYSB0eXBlICR7SlNPTi5zdHJpbmdpZnkodHlwZSl9YCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RyaW5nU2NoZW1hKHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBjb25zdCBjaGVja3M6IEFycmF5PHouY29yZS4kWm9kQ2hlY2s8c3RyaW5nPj4gPSBbXTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubWluTGVuZ3RoID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5taW5MZW5ndGgoc2NoZW1hLm1pbkxlbmd0aCkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5tYXhMZW5ndGggPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm1heExlbmd0aChzY2hlbWEubWF4TGVuZ3RoKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLnBhdHRlcm4gPT09ICdzdHJpbmcnKSB7XG4gICAgY29uc3QgcmVnZXggPSBjb21waWxlUGF0dGVybihzY2hlbWEucGF0dGVybik7XG4gICAgaWYgKHJlZ2V4ICE9PSB1bmRlZmluZWQpIGNoZWNrcy5wdXNoKHoucmVnZXgocmVnZXgpKTtcbiAgfVxuICBjb25zdCBzdHJpbmcgPSB6LnN0cmluZygpO1xuICByZXR1cm4gY2hlY2tzLmxlbmd0aCA+IDAgPyBzdHJpbmcuY2hlY2soLi4uY2hlY2tzKSA6IHN0cmluZztcbn1cblxuZnVuY3Rpb24gbnVtYmVyU2NoZW1hKHR5cGU6ICdudW1iZXInIHwgJ2ludGVnZXInLCBzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgY29uc3QgY2hlY2tzOiBBcnJheTx6LmNvcmUuJFpvZENoZWNrPG51bWJlcj4+ID0gW107XG4gIGlmICh0eXBlb2Ygc2NoZW1hLm1pbmltdW0gPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lmd0ZShzY2hlbWEubWluaW11bSkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5tYXhpbXVtID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5sdGUoc2NoZW1hLm1heGltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEuZXhjbHVzaXZlTWluaW11bSA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHouZ3Qoc2NoZW1hLmV4Y2x1c2l2ZU1pbmltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEuZXhjbHVzaXZlTWF4aW11bSA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubHQoc2NoZW1hLmV4Y2x1c2l2ZU1heGltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubXVsdGlwbGVPZiA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubXVsdGlwbGVPZihzY2hlbWEubXVsdGlwbGVPZikpO1xuICBjb25zdCBudW1iZXIgPSB0eXBlID09PSAnaW50ZWdlcicgPyB6LmludCgpIDogei5udW1iZXIoKTtcbiAgcmV0dXJuIGNoZWNrcy5sZW5ndGggPiAwID8gbnVtYmVyLmNoZWNrKC4uLmNoZWNrcykgOiBudW1iZXI7XG59XG5cbmZ1bmN0aW9uIG9iamVjdFNjaGVtYShzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgY29uc3QgcHJvcGVydGllcyA9IChzY2hlbWEucHJvcGVydGllcyA/PyB7fSkgYXMgUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT47XG4gIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldCgoc2NoZW1hLnJlcXVpcmVkID8/IFtdKSBhcyBzdHJpbmdbXSk7XG4gIGNvbnN0IHNoYXBlOiBSZWNvcmQ8c3RyaW5nLCBab2RNaW5pU2NoZW1hPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtuYW1lLCBwcm9wZXJ0eV0gb2YgT2JqZWN0LmVudHJpZXMocHJvcGVydGllcykpIHtcbiAgICBjb25zdCBpbm5lciA9IGpzb25TY2hlbWFUb1pvZChwcm9wZXJ0eSk7XG4gICAgaWYgKCFyZXF1aXJlZC5oYXMobmFtZSkpIHNoYXBlW25hbWVdID0gei5vcHRpb25hbChpbm5lcik7XG4gICAgLy8gQSByZXF1aXJlZCBwcm9wZXJ0eSBtdXN0IGJlIHByZXNlbnQgZXZlbiB3aGVuIGl0cyBzY2hlbWEgYWNjZXB0cyBhbnl0aGluZy5cbiAgICBlbHNlIHNoYXBlW25hbWVdID0gYWNjZXB0c1VuZGVmaW5lZChwcm9wZXJ0eSkgPyB6Lm5vbm9wdGlvbmFsKGlubmVyKSA6IGlubmVyO1xuICB9XG4gIGNvbnN0IGV4dHJhID0gc2NoZW1hLmFkZGl0aW9uYWxQcm9wZXJ0aWVzO1xuICBpZiAoZXh0cmEgPT09IGZhbHNlKSByZXR1cm4gei5zdHJpY3RPYmplY3Qoc2hhcGUpO1xuICBpZiAoZXh0cmEgPT09IHVuZGVmaW5lZCB8fCBleHRyYSA9PT0gdHJ1ZSkgcmV0dXJuIHoubG9vc2VPYmplY3Qoc2hhcGUpO1xuICByZXR1cm4gei5jYXRjaGFsbCh6Lm9iamVjdChzaGFwZSksIGpzb25TY2hlbWFUb1pvZChleHRyYSBhcyBKc29uU2NoZW1hKSk7XG59XG5cbi8qKiBUcnVlIHdoZW4gdGhlIHNjaGVtYSdzIHpvZCBmb3JtIGFjY2VwdHMgYHVuZGVmaW5lZGAgKGFuIGBhbnlgIHNjaGVtYSwgb3IgYWx0ZXJuYXRpdmVzIHdpdGggb25lKS4gKi9cbmZ1bmN0aW9uIGFjY2VwdHNVbmRlZmluZWQoc2NoZW1hOiBKc29uU2NoZW1hKTogYm9vbGVhbiB7XG4gIGlmIChzY2hlbWEuY29uc3QgIT09IHVuZGVmaW5lZCB8fCBzY2hlbWEuZW51bSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGFsdGVybmF0aXZlcyA9IChzY2hlbWEuYW55T2YgPz8gc2NoZW1hLm9uZU9mKSBhcyBKc29uU2NoZW1hW10gfCB1bmRlZmluZWQ7XG4gIGlmIChhbHRlcm5hdGl2ZXMgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGFsdGVybmF0aXZlcy5zb21lKGFjY2VwdHNVbmRlZmluZWQpO1xuICByZXR1cm4gc2NoZW1hLnR5cGUgPT09IHVuZGVmaW5lZDtcbn1cbiIsICIvKipcbiAqIElucHV0IHNjaGVtYXM6IFBpY29zY2hlbWEsIEpTT04gU2NoZW1hLCBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9ycywgb3IgaW5mZXJyZWQgZnJvbSBhIHRlbXBsYXRlJ3NcbiAqIHZhcmlhYmxlcywgY29tcGlsZWQgb25jZSBpbnRvIGFuIHtAbGluayBJbnB1dFNjaGVtYX0gKHpvZC9taW5pIHZhbGlkYXRpb24sIGEgcHJlY29tcGlsZWQgZmFzdFxuICogcGF0aCwgVHlwZVNjcmlwdCB0ZXh0KS5cbiAqXG4gKiBEZWNpc2lvbnM6XG4gKiAtIFVua25vd24gdG9wLWxldmVsIHZhcmlhYmxlcyBhcmUgcmVqZWN0ZWQgKGB1bmtub3duX2tleWAsIHdpdGggYSBcImRpZCB5b3UgbWVhblwiKSwgdW5sZXNzIHRoZVxuICogICBzY2hlbWEgb3B0cyBpbiB3aXRoIFBpY29zY2hlbWEgYCgqKWAgb3IgSlNPTiBTY2hlbWEgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYDogYSBtaXNzcGVsdCB2YXJpYWJsZVxuICogICBpcyBhIHR5cG8gZ3VhcmQsIGFuZCB0aGUgY2FsbGVyIGNhbiBhbHdheXMgcGFzcyBgc3RyaWN0OiBmYWxzZWAuIFRoaXMgYWxzbyBob2xkcyBmb3Igc2NoZW1hc1xuICogICBpbmZlcnJlZCBmcm9tIHRlbXBsYXRlcy5cbiAqIC0gQXMgaW4gRG90cHJvbXB0LCBhbiBvcHRpb25hbCBQaWNvc2NoZW1hIGZpZWxkIGlzIGFsc28gbnVsbGFibGU7IEpTT04gU2NoZW1hIGlzIHRha2VuIGFzIHdyaXR0ZW4uXG4gKiAtIEEgcmVxdWlyZWQgdmFyaWFibGUgbXVzdCBub3QgYmUgYHVuZGVmaW5lZGA7IGBudWxsYCBpcyBhIHZhbHVlIChhbGxvd2VkIHdoZXJlIHRoZSB0eXBlIHNheXMgc28pLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjb21waWxlRmFzdENoZWNrLCB0eXBlIEZhc3RDaGVjayB9IGZyb20gJy4vZmFzdC1wYXRoLmpzJztcbmltcG9ydCB7IHpvZElzc3Vlc1RvSW5wdXRJc3N1ZXMgfSBmcm9tICcuL2lzc3Vlcy5qcyc7XG5pbXBvcnQgeyBub3JtYWxpemVKc29uU2NoZW1hIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkLCBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB7IGNvbXBpbGVTdGFuZGFyZFNjaGVtYSwgaXNTdGFuZGFyZFNjaGVtYSB9IGZyb20gJy4vc3RhbmRhcmQuanMnO1xuaW1wb3J0IHsgZGVzY3JpYmVWYWx1ZSB9IGZyb20gJy4vc3VnZ2VzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IElucHV0U2NoZW1hLCBJbnB1dFZhbGlkYXRpb25SZXN1bHQsIEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcbmltcG9ydCB7IGpzb25TY2hlbWFUb1R5cGVTY3JpcHQgfSBmcm9tICcuL3R5cGVzY3JpcHQuanMnO1xuaW1wb3J0IHsganNvblNjaGVtYVRvWm9kIH0gZnJvbSAnLi96b2QuanMnO1xuXG5leHBvcnQgeyBub3JtYWxpemVKc29uU2NoZW1hIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5leHBvcnQgeyBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmV4cG9ydCB7IGlzU3RhbmRhcmRTY2hlbWEsIHR5cGUgU3RhbmRhcmRTY2hlbWFMaWtlLCBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vc3RhbmRhcmQuanMnO1xuZXhwb3J0IHR5cGUgeyBJbnB1dFNjaGVtYSwgSW5wdXRWYWxpZGF0aW9uUmVzdWx0LCBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5leHBvcnQgeyBqc29uU2NoZW1hVG9UeXBlU2NyaXB0IH0gZnJvbSAnLi90eXBlc2NyaXB0LmpzJztcblxuLyoqIENvbXBpbGVkIHNjaGVtYXMgYnkgc291cmNlIG9iamVjdDogYSByZWNvcmQncyBzY2hlbWEgaXMgY29tcGlsZWQgb25jZSBob3dldmVyIG9mdGVuIGl0IGlzIGNoZWNrZWQuICovXG5jb25zdCBjYWNoZSA9IG5ldyBXZWFrTWFwPG9iamVjdCwgSW5wdXRTY2hlbWE+KCk7XG5cbi8qKlxuICogQ29tcGlsZSBhIHByb21wdCdzIGRlY2xhcmVkIGlucHV0IHNjaGVtYS5cbiAqXG4gKiAtIEEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvciAoYW4gb2JqZWN0IHdpdGggYCd+c3RhbmRhcmQnLnZhbGlkYXRlYCwgZS5nLiBhIHpvZCBvYmplY3QpIGlzXG4gKiAgIHdyYXBwZWQ6IGl0cyBgdmFsaWRhdGVgIG11c3QgYmUgc3luY2hyb25vdXMuXG4gKiAtIEFuIG9iamVjdCB3aXRoIGEgdG9wLWxldmVsIGB0eXBlYCAob3IgYHByb3BlcnRpZXNgKSBpcyBKU09OIFNjaGVtYTsgYW55IG90aGVyIG9iamVjdCBpc1xuICogICBQaWNvc2NoZW1hLiBFaXRoZXIgd2F5IHRoZSByZXN1bHQgbXVzdCBkZXNjcmliZSBhbiBvYmplY3Qgb2YgdmFyaWFibGVzLlxuICpcbiAqIFN1Y2Nlc3NmdWwgY29tcGlsYXRpb25zIGFyZSBjYWNoZWQgcGVyIHNjaGVtYSBvYmplY3QgKHNjaGVtYXMgYXJlIHRyZWF0ZWQgYXMgaW1tdXRhYmxlKS5cbiAqXG4gKiBAcGFyYW0gc2NoZW1hIFRoZSBgaW5wdXQuc2NoZW1hYCBvZiBhIHJlY29yZC5cbiAqIEBwYXJhbSBsb2NhdGlvbiBXaGVyZSB0aGUgc2NoZW1hIGNvbWVzIGZyb207IGBsb2NhdGlvbi5maWVsZGAgZGVmYXVsdHMgdG8gYCdpbnB1dC5zY2hlbWEnYC5cbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIHRoZSBzY2hlbWEgaXMgbWFsZm9ybWVkLCBuYW1pbmcgdGhlIGZpZWxkIHBhdGggYW5kIHRoZSBmaXguXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHNjaGVtYSA9IGNvbXBpbGVJbnB1dFNjaGVtYSh7IGNvbXBhbnk6ICdzdHJpbmcnLCAnY3VzdG9tZXInOiBcInN0cmluZywgdGhlIGN1c3RvbWVyJ3MgZmlyc3QgbmFtZVwiIH0pO1xuICogc2NoZW1hLnZhbGlkYXRlKHsgY29tcGFueTogJ0FjbWUnIH0pLm9rOyAvLyBmYWxzZTogbWlzc2luZyByZXF1aXJlZCB2YXJpYWJsZSBcImN1c3RvbWVyXCIgKHN0cmluZylcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZUlucHV0U2NoZW1hKHNjaGVtYTogdW5rbm93biwgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IHdoZXJlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAnaW5wdXQuc2NoZW1hJyB9O1xuICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ29iamVjdCcgJiYgc2NoZW1hICE9PSBudWxsKSB7XG4gICAgY29uc3QgY2FjaGVkID0gY2FjaGUuZ2V0KHNjaGVtYSk7XG4gICAgaWYgKGNhY2hlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gY2FjaGVkO1xuICB9XG4gIGxldCBjb21waWxlZDogSW5wdXRTY2hlbWE7XG4gIGlmIChpc1N0YW5kYXJkU2NoZW1hKHNjaGVtYSkpIHtcbiAgICBjb21waWxlZCA9IGNvbXBpbGVTdGFuZGFyZFNjaGVtYShzY2hlbWEsIHdoZXJlKTtcbiAgfSBlbHNlIHtcbiAgICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ3N0cmluZycpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgYGFuIGlucHV0IHNjaGVtYSBtdXN0IGRlY2xhcmUgbmFtZWQgdmFyaWFibGVzIChlLmcuIFxcYGN1c3RvbWVyOiBzdHJpbmdcXGApLCBnb3QgdGhlIHNpbmdsZSB0eXBlICR7SlNPTi5zdHJpbmdpZnkoc2NoZW1hKX1gLFxuICAgICAgICB3aGVyZSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmICghaXNQbGFpblJlY29yZChzY2hlbWEpKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICAgIGBhbiBpbnB1dCBzY2hlbWEgbXVzdCBiZSBQaWNvc2NoZW1hIGZpZWxkcyAoZS5nLiBcXGBjdXN0b21lcjogc3RyaW5nXFxgKSBvciBhIEpTT04gU2NoZW1hIG9iamVjdCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShzY2hlbWEpfWAsXG4gICAgICAgIHdoZXJlLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgY29udmVydGVkID0gcGljb3NjaGVtYVRvSnNvblNjaGVtYShzY2hlbWEsIHdoZXJlKTtcbiAgICBjb21waWxlZCA9IGZyb21Ob3JtYWxpemVkKG5vcm1hbGl6ZUpzb25TY2hlbWEoY29udmVydGVkLCB3aGVyZSwgeyB0b3A6IHRydWUgfSkpO1xuICB9XG4gIGlmICh0eXBlb2Ygc2NoZW1hID09PSAnb2JqZWN0JyAmJiBzY2hlbWEgIT09IG51bGwpIGNhY2hlLnNldChzY2hlbWEsIGNvbXBpbGVkKTtcbiAgcmV0dXJuIGNvbXBpbGVkO1xufVxuXG4vKipcbiAqIFRoZSBzY2hlbWEgb2YgYSBwcm9tcHQgd2l0aG91dCBhIGRlY2xhcmVkIG9uZSwgaW5mZXJyZWQgZnJvbSBpdHMgdGVtcGxhdGU6IGV2ZXJ5IGByZXF1aXJlZGBcbiAqIHZhcmlhYmxlIG11c3QgYmUgcHJlc2VudCAobm90IGB1bmRlZmluZWRgKSwgb2YgYW55IHR5cGU7IGBvcHRpb25hbGAgb25lcyBtYXkgYmUgZ2l2ZW47IG5vdGhpbmdcbiAqIGVsc2UgbWF5ICh0eXBvIGd1YXJkKS4gRG90dGVkIG5hbWVzIGNvdW50IGJ5IHRoZWlyIGZpcnN0IHNlZ21lbnQgKGBjdXN0b21lci5uYW1lYCBcdTIxOTIgYGN1c3RvbWVyYCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzY2hlbWEgPSBzY2hlbWFGcm9tVmFyaWFibGVzKFsnY29tcGFueScsICdjdXN0b21lciddLCBbJ3RvbmUnXSk7XG4gKiBzY2hlbWEudG9UeXBlU2NyaXB0KCk7IC8vICd7XFxuICBjb21wYW55OiB1bmtub3duO1xcbiAgY3VzdG9tZXI6IHVua25vd247XFxuICB0b25lPzogdW5rbm93bjtcXG59J1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFGcm9tVmFyaWFibGVzKHJlcXVpcmVkOiByZWFkb25seSBzdHJpbmdbXSwgb3B0aW9uYWw6IHJlYWRvbmx5IHN0cmluZ1tdKTogSW5wdXRTY2hlbWEge1xuICBjb25zdCBwcm9wZXJ0aWVzOiBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPiA9IHt9O1xuICBjb25zdCByZXF1aXJlZE5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgbmFtZSBvZiByZXF1aXJlZCkge1xuICAgIGNvbnN0IHJvb3QgPSByb290TmFtZShuYW1lKTtcbiAgICBpZiAocm9vdCA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBwcm9wZXJ0aWVzW3Jvb3RdID0ge307XG4gICAgcmVxdWlyZWROYW1lcy5hZGQocm9vdCk7XG4gIH1cbiAgZm9yIChjb25zdCBuYW1lIG9mIG9wdGlvbmFsKSB7XG4gICAgY29uc3Qgcm9vdCA9IHJvb3ROYW1lKG5hbWUpO1xuICAgIGlmIChyb290ICE9PSB1bmRlZmluZWQgJiYgcHJvcGVydGllc1tyb290XSA9PT0gdW5kZWZpbmVkKSBwcm9wZXJ0aWVzW3Jvb3RdID0ge307XG4gIH1cbiAgY29uc3QganNvblNjaGVtYTogSnNvblNjaGVtYSA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXMgfTtcbiAgaWYgKHJlcXVpcmVkTmFtZXMuc2l6ZSA+IDApIGpzb25TY2hlbWEucmVxdWlyZWQgPSBbLi4ucmVxdWlyZWROYW1lc107XG4gIGpzb25TY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXMgPSBmYWxzZTtcbiAgcmV0dXJuIGZyb21Ob3JtYWxpemVkKGpzb25TY2hlbWEpO1xufVxuXG5mdW5jdGlvbiByb290TmFtZShuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAobmFtZSA9PT0gJy4nIHx8IG5hbWUgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gbmFtZS5zcGxpdCgnLicpWzBdIHx8IHVuZGVmaW5lZDtcbn1cblxuLyoqIEJ1aWxkIHRoZSBjb21waWxlZCBzY2hlbWEgZnJvbSBhIG5vcm1hbGl6ZWQgdG9wLWxldmVsIG9iamVjdCBzY2hlbWEuICovXG5mdW5jdGlvbiBmcm9tTm9ybWFsaXplZChqc29uU2NoZW1hOiBKc29uU2NoZW1hKTogSW5wdXRTY2hlbWEge1xuICBjb25zdCB6b2RTY2hlbWEgPSBqc29uU2NoZW1hVG9ab2QoanNvblNjaGVtYSk7XG4gIGNvbnN0IGZhc3Q6IEZhc3RDaGVjayA9IGNvbXBpbGVGYXN0Q2hlY2soanNvblNjaGVtYSk7XG4gIGNvbnN0IHByb3BlcnRpZXMgPSBPYmplY3Qua2V5cygoanNvblNjaGVtYS5wcm9wZXJ0aWVzID8/IHt9KSBhcyBvYmplY3QpO1xuICBjb25zdCByZXF1aXJlZCA9ICgoanNvblNjaGVtYS5yZXF1aXJlZCA/PyBbXSkgYXMgc3RyaW5nW10pLnNsaWNlKCk7XG4gIGxldCB0eXBlVGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICByZXR1cm4ge1xuICAgIGpzb25TY2hlbWEsXG4gICAgcHJvcGVydGllcyxcbiAgICByZXF1aXJlZCxcbiAgICB2YWxpZGF0ZSh2YWx1ZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBJbnB1dFZhbGlkYXRpb25SZXN1bHQge1xuICAgICAgaWYgKGZhc3QodmFsdWUpKSByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWUgfTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IHpvZFNjaGVtYS5zYWZlUGFyc2UodmFsdWUsIHsgcmVwb3J0SW5wdXQ6IHRydWUgfSk7XG4gICAgICBpZiAocmVzdWx0LnN1Y2Nlc3MpIHJldHVybiB7IG9rOiB0cnVlLCB2YWx1ZTogcmVzdWx0LmRhdGEgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfTtcbiAgICAgIHJldHVybiB7IG9rOiBmYWxzZSwgaXNzdWVzOiB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzKHJlc3VsdC5lcnJvci5pc3N1ZXMsIHZhbHVlLCBqc29uU2NoZW1hKSB9O1xuICAgIH0sXG4gICAgdG9UeXBlU2NyaXB0KCk6IHN0cmluZyB7XG4gICAgICB0eXBlVGV4dCA/Pz0ganNvblNjaGVtYVRvVHlwZVNjcmlwdChqc29uU2NoZW1hKTtcbiAgICAgIHJldHVybiB0eXBlVGV4dDtcbiAgICB9LFxuICB9O1xufVxuIiwgIi8qKlxuICogUGFyc2luZzogYG11c3RhY2hlYCdzIHBhcnNlciB0dXJucyB0aGUgdGVtcGxhdGUgaW50byB0b2tlbnM7IHRoaXMgbW9kdWxlIHR1cm5zIHRob3NlIHRva2VucyBpbnRvIGEgc21hbGxcbiAqIHR5cGVkIHN5bnRheCB0cmVlICh7QGxpbmsgVGVtcGxhdGVOb2RlfSkuIENvbW1lbnRzIGFuZCBzZXQtZGVsaW1pdGVyIHRhZ3MgZGlzYXBwZWFyIGhlcmU7IHN0YW5kYWxvbmUtbGluZVxuICogd2hpdGVzcGFjZSBoYXMgYWxyZWFkeSBiZWVuIHJlbW92ZWQgYnkgdGhlIHBhcnNlci5cbiAqXG4gKiBUaGUgcGFyc2VyIHJ1bnMgb24gYSBwcml2YXRlIGBNdXN0YWNoZS5Xcml0ZXJgIHdpdGggaXRzIHRlbXBsYXRlIGNhY2hlIHN3aXRjaGVkIG9mZiBhbmQgdGhlIGRlZmF1bHQgdGFnc1xuICogcGFzc2VkIGV4cGxpY2l0bHksIHNvIG5vIGdsb2JhbCBvZiBgbXVzdGFjaGVgIGlzIHJlYWQgb3Igd3JpdHRlbiAodGhlIGhvc3QgYXBwbGljYXRpb24gbWF5IHVzZSBtdXN0YWNoZVxuICogdG9vLCB3aXRoIGl0cyBvd24gYE11c3RhY2hlLnRhZ3NgIG9yIGBNdXN0YWNoZS5lc2NhcGVgKS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IE11c3RhY2hlIGZyb20gJ211c3RhY2hlJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgTmFtZVBhdGgsIHBhcnNlTmFtZVBhdGggfSBmcm9tICcuL2xvb2t1cC5qcyc7XG5cbi8qKiBMaXRlcmFsIHRleHQuICovXG5leHBvcnQgaW50ZXJmYWNlIFRleHROb2RlIHtcbiAgcmVhZG9ubHkga2luZDogJ3RleHQnO1xuICByZWFkb25seSB0ZXh0OiBzdHJpbmc7XG59XG5cbi8qKiBge3tuYW1lfX1gIChlc2NhcGVkIHdoZW4gYW4gYGVzY2FwZWAgZnVuY3Rpb24gaXMgc2V0KSBvciBge3t7bmFtZX19fWAgLyBge3smbmFtZX19YCAobmV2ZXIgZXNjYXBlZCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFZhcmlhYmxlTm9kZSB7XG4gIHJlYWRvbmx5IGtpbmQ6ICd2YXJpYWJsZSc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgcGF0aDogTmFtZVBhdGg7XG4gIHJlYWRvbmx5IGVzY2FwZWQ6IGJvb2xlYW47XG59XG5cbi8qKiBge3sjbmFtZX19XHUyMDI2e3svbmFtZX19YCBvciwgd2hlbiBgaW52ZXJ0ZWRgLCBge3tebmFtZX19XHUyMDI2e3svbmFtZX19YC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2VjdGlvbk5vZGUge1xuICByZWFkb25seSBraW5kOiAnc2VjdGlvbic7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgcGF0aDogTmFtZVBhdGg7XG4gIHJlYWRvbmx5IGludmVydGVkOiBib29sZWFuO1xuICByZWFkb25seSBjaGlsZHJlbjogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW107XG59XG5cbi8qKiBge3s+IG5hbWV9fWAuIGBpbmRlbnRhdGlvbmAgaXMgdGhlIHdoaXRlc3BhY2UgYmVmb3JlIGEgc3RhbmRhbG9uZSBwYXJ0aWFsIHRhZyAoJycgb3RoZXJ3aXNlKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFydGlhbE5vZGUge1xuICByZWFkb25seSBraW5kOiAncGFydGlhbCc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgaW5kZW50YXRpb246IHN0cmluZztcbn1cblxuLyoqIE9uZSBub2RlIG9mIGEgcGFyc2VkIHRlbXBsYXRlLiAqL1xuZXhwb3J0IHR5cGUgVGVtcGxhdGVOb2RlID0gVGV4dE5vZGUgfCBWYXJpYWJsZU5vZGUgfCBTZWN0aW9uTm9kZSB8IFBhcnRpYWxOb2RlO1xuXG4vKiogVGhlIHRhZ3MgZXZlcnkgdGVtcGxhdGUgc3RhcnRzIHdpdGguIFBhc3NlZCBleHBsaWNpdGx5IHNvIGBNdXN0YWNoZS50YWdzYCBpcyBuZXZlciBjb25zdWx0ZWQuICovXG5jb25zdCBERUZBVUxUX1RBR1M6IFtzdHJpbmcsIHN0cmluZ10gPSBbJ3t7JywgJ319J107XG5cbmludGVyZmFjZSBUb2tlblBhcnNlciB7XG4gIHBhcnNlKHRlbXBsYXRlOiBzdHJpbmcsIHRhZ3M/OiBbc3RyaW5nLCBzdHJpbmddKTogdW5rbm93bjtcbn1cblxubGV0IHBhcnNlcjogVG9rZW5QYXJzZXIgfCB1bmRlZmluZWQ7XG5cbmZ1bmN0aW9uIHRva2VuUGFyc2VyKCk6IFRva2VuUGFyc2VyIHtcbiAgaWYgKHBhcnNlciA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3Qgd3JpdGVyID0gbmV3IE11c3RhY2hlLldyaXRlcigpO1xuICAgIC8vIEEgcHJpdmF0ZSB3cml0ZXIgd2l0aG91dCBhIGNhY2hlOiBwYXJzZWQgdGVtcGxhdGVzIGFyZSBub3Qga2VwdCAoYW5kIG5ldmVyIHNoYXJlZCB3aXRoIG90aGVyIGNvZGUpLlxuICAgICh3cml0ZXIgYXMgdW5rbm93biBhcyB7IHRlbXBsYXRlQ2FjaGU6IHVua25vd24gfSkudGVtcGxhdGVDYWNoZSA9IHVuZGVmaW5lZDtcbiAgICBwYXJzZXIgPSB3cml0ZXI7XG4gIH1cbiAgcmV0dXJuIHBhcnNlcjtcbn1cblxuLyoqXG4gKiBQYXJzZSBhIHRlbXBsYXRlIGludG8gbm9kZXMuXG4gKlxuICogQHBhcmFtIHNvdXJjZSAtIHRoZSBtdXN0YWNoZSB0ZW1wbGF0ZVxuICogQHBhcmFtIGxvY2F0aW9uIC0gd2hlcmUgdGhlIHRlbXBsYXRlIGNvbWVzIGZyb20sIGZvciBlcnJvcnMuIFdoZW4gYGxvY2F0aW9uLmxpbmVgIGlzIHNldCBpdCBpcyB0aGUgbGluZSBvZlxuICogICB0aGUgZmlsZSBvbiB3aGljaCB0aGUgdGVtcGxhdGUgc3RhcnRzLCBhbmQgZXJyb3JzIHBvaW50IGF0IHRoZSBleGFjdCBmaWxlIGxpbmUuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gb24gYSBzeW50YXggZXJyb3IgKHVuY2xvc2VkIHRhZyBvciBzZWN0aW9uLCBhIHN0cmF5IGNsb3NpbmcgdGFnLCBiYWQgZGVsaW1pdGVycylcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVGVtcGxhdGUoc291cmNlOiBzdHJpbmcsIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9KTogVGVtcGxhdGVOb2RlW10ge1xuICBsZXQgdG9rZW5zOiB1bmtub3duO1xuICB0cnkge1xuICAgIHRva2VucyA9IHRva2VuUGFyc2VyKCkucGFyc2Uoc291cmNlLCBERUZBVUxUX1RBR1MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IHN5bnRheEVycm9yKGVycm9yLCBzb3VyY2UsIGxvY2F0aW9uKTtcbiAgfVxuICByZXR1cm4gY29udmVydFRva2Vucyhhc1Rva2VuTGlzdCh0b2tlbnMpKTtcbn1cblxudHlwZSBUb2tlbiA9IHJlYWRvbmx5IHVua25vd25bXTtcblxuZnVuY3Rpb24gYXNUb2tlbkxpc3QodmFsdWU6IHVua25vd24pOiByZWFkb25seSBUb2tlbltdIHtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodmFsdWUpID8gKHZhbHVlIGFzIFRva2VuW10pIDogW107XG59XG5cbmZ1bmN0aW9uIGNvbnZlcnRUb2tlbnModG9rZW5zOiByZWFkb25seSBUb2tlbltdKTogVGVtcGxhdGVOb2RlW10ge1xuICBjb25zdCBub2RlczogVGVtcGxhdGVOb2RlW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB0b2tlbnMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCB0b2tlbiA9IHRva2Vuc1tpXSBhcyBUb2tlbjtcbiAgICBjb25zdCB0eXBlID0gdG9rZW5bMF07XG4gICAgY29uc3QgdmFsdWUgPSBTdHJpbmcodG9rZW5bMV0gPz8gJycpO1xuICAgIHN3aXRjaCAodHlwZSkge1xuICAgICAgY2FzZSAndGV4dCc6IHtcbiAgICAgICAgY29uc3QgbGFzdCA9IG5vZGVzW25vZGVzLmxlbmd0aCAtIDFdO1xuICAgICAgICBpZiAobGFzdD8ua2luZCA9PT0gJ3RleHQnKSBub2Rlc1tub2Rlcy5sZW5ndGggLSAxXSA9IHsga2luZDogJ3RleHQnLCB0ZXh0OiBsYXN0LnRleHQgKyB2YWx1ZSB9O1xuICAgICAgICBlbHNlIG5vZGVzLnB1c2goeyBraW5kOiAndGV4dCcsIHRleHQ6IHZhbHVlIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGNhc2UgJ25hbWUnOlxuICAgICAgY2FzZSAnJic6XG4gICAgICAgIG5vZGVzLnB1c2goeyBraW5kOiAndmFyaWFibGUnLCBuYW1lOiB2YWx1ZSwgcGF0aDogcGFyc2VOYW1lUGF0aCh2YWx1ZSksIGVzY2FwZWQ6IHR5cGUgPT09ICduYW1lJyB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICcjJzpcbiAgICAgIGNhc2UgJ14nOlxuICAgICAgICBub2Rlcy5wdXNoKHtcbiAgICAgICAgICBraW5kOiAnc2VjdGlvbicsXG4gICAgICAgICAgbmFtZTogdmFsdWUsXG4gICAgICAgICAgcGF0aDogcGFyc2VOYW1lUGF0aCh2YWx1ZSksXG4gICAgICAgICAgaW52ZXJ0ZWQ6IHR5cGUgPT09ICdeJyxcbiAgICAgICAgICBjaGlsZHJlbjogY29udmVydFRva2Vucyhhc1Rva2VuTGlzdCh0b2tlbls0XSkpLFxuICAgICAgICB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICc+JzpcbiAgICAgICAgbm9kZXMucHVzaCh7IGtpbmQ6ICdwYXJ0aWFsJywgbmFtZTogdmFsdWUsIGluZGVudGF0aW9uOiBzdGFuZGFsb25lSW5kZW50YXRpb24odG9rZW4sIHRva2Vuc1tpIC0gMV0pIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIC8vICchJyBjb21tZW50cyBhbmQgJz0nIHNldC1kZWxpbWl0ZXIgdGFncyByZW5kZXIgbm90aGluZy5cbiAgICAgICAgYnJlYWs7XG4gICAgfVxuICB9XG4gIHJldHVybiBub2Rlcztcbn1cblxuLyoqXG4gKiBUaGUgaW5kZW50YXRpb24gdG8gYXBwbHkgdG8gYSBwYXJ0aWFsOiB0aGUgd2hpdGVzcGFjZSBiZWZvcmUgdGhlIHRhZyB3aGVuIHRoZSB0YWcgc3RhbmRzIGFsb25lIG9uIGl0cyBsaW5lXG4gKiAoc3BlYyBcIlN0YW5kYWxvbmUgSW5kZW50YXRpb25cIiksICcnIG90aGVyd2lzZS4gbXVzdGFjaGUncyBwYXJ0aWFsIHRva2VuIGlzXG4gKiBgWyc+JywgbmFtZSwgc3RhcnQsIGVuZCwgaW5kZW50YXRpb24sIHRhZ0luZGV4LCBsaW5lSGFzTm9uU3BhY2VdYC4gVGhlIHRhZyBpcyBzdGFuZGFsb25lIHdoZW4gaXQgaXMgdGhlIGZpcnN0XG4gKiB0YWcgb2YgYSBsaW5lIGhvbGRpbmcgb25seSB3aGl0ZXNwYWNlIGJlZm9yZSBpdCwgYW5kIHRoZSBwYXJzZXIgcmVtb3ZlZCB0aGF0IHdoaXRlc3BhY2UgKHNvIHRoZSBwcmV2aW91c1xuICogdGV4dCB0b2tlbiBkb2VzIG5vdCBlbmQgcmlnaHQgd2hlcmUgdGhlIHRhZyBzdGFydHMpLlxuICovXG5mdW5jdGlvbiBzdGFuZGFsb25lSW5kZW50YXRpb24odG9rZW46IFRva2VuLCBwcmV2aW91czogVG9rZW4gfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICBjb25zdCBpbmRlbnRhdGlvbiA9IHR5cGVvZiB0b2tlbls0XSA9PT0gJ3N0cmluZycgPyB0b2tlbls0XSA6ICcnO1xuICBpZiAoaW5kZW50YXRpb24gPT09ICcnIHx8IHRva2VuWzVdICE9PSAwIHx8IHRva2VuWzZdID09PSB0cnVlKSByZXR1cm4gJyc7XG4gIGlmIChwcmV2aW91cyAhPT0gdW5kZWZpbmVkICYmIHByZXZpb3VzWzBdID09PSAndGV4dCcgJiYgcHJldmlvdXNbM10gPT09IHRva2VuWzJdKSByZXR1cm4gJyc7XG4gIHJldHVybiBpbmRlbnRhdGlvbi5yZXBsYWNlKC9bXiBcXHRdL2csICcnKTtcbn1cblxuY29uc3QgTUVTU0FHRV9PRkZTRVQgPSAvXFxiYXQgKFxcZCspJC87XG5cbmZ1bmN0aW9uIHN5bnRheEVycm9yKGVycm9yOiB1bmtub3duLCBzb3VyY2U6IHN0cmluZywgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uKTogUHJvbXB0Rm9ybWF0RXJyb3Ige1xuICBjb25zdCByYXcgPSBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcik7XG4gIGNvbnN0IG9mZnNldE1hdGNoID0gTUVTU0FHRV9PRkZTRVQuZXhlYyhyYXcpO1xuICBjb25zdCBvZmZzZXQgPSBvZmZzZXRNYXRjaCA/IE51bWJlcihvZmZzZXRNYXRjaFsxXSkgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHByb2JsZW0gPSBkZXNjcmliZVN5bnRheEVycm9yKHJhdyk7XG4gIGNvbnN0IHdoZXJlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAndGVtcGxhdGUnIH07XG4gIGxldCBhdCA9ICcnO1xuICBpZiAob2Zmc2V0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCB7IGxpbmUsIGNvbHVtbiB9ID0gbGluZUFuZENvbHVtbihzb3VyY2UsIG9mZnNldCk7XG4gICAgaWYgKGxvY2F0aW9uLmxpbmUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgd2hlcmUubGluZSA9IGxvY2F0aW9uLmxpbmUgKyBsaW5lIC0gMTtcbiAgICAgIHdoZXJlLmNvbHVtbiA9IGxpbmUgPT09IDEgJiYgbG9jYXRpb24uY29sdW1uICE9PSB1bmRlZmluZWQgPyBsb2NhdGlvbi5jb2x1bW4gKyBjb2x1bW4gLSAxIDogY29sdW1uO1xuICAgIH0gZWxzZSB7XG4gICAgICBhdCA9IGAgKHRlbXBsYXRlIGxpbmUgJHtsaW5lfSwgY29sdW1uICR7Y29sdW1ufSlgO1xuICAgIH1cbiAgfVxuICByZXR1cm4gbmV3IFByb21wdEZvcm1hdEVycm9yKGBpbnZhbGlkIG11c3RhY2hlIHRlbXBsYXRlJHthdH06ICR7cHJvYmxlbX1gLCB3aGVyZSwgeyBjYXVzZTogZXJyb3IgfSk7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlU3ludGF4RXJyb3IocmF3OiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgbSA9IC9eVW5jbG9zZWQgdGFnLy5leGVjKHJhdyk7XG4gIGlmIChtKSByZXR1cm4gJ2EgdGFnIGlzIG9wZW5lZCBidXQgbmV2ZXIgY2xvc2VkOyBjbG9zZSBpdCAoZS5nLiBcInt7bmFtZX19XCIpJztcbiAgbSA9IC9eVW5vcGVuZWQgc2VjdGlvbiBcIiguKilcIi8uZXhlYyhyYXcpO1xuICBpZiAobSkgcmV0dXJuIGBcInt7LyR7bVsxXX19fVwiIGNsb3NlcyBhIHNlY3Rpb24gdGhhdCB3YXMgbmV2ZXIgb3BlbmVkOyBhZGQgXCJ7eyMke21bMV19fX1cIiBiZWZvcmUgaXQgb3IgcmVtb3ZlIGl0YDtcbiAgbSA9IC9eVW5jbG9zZWQgc2VjdGlvbiBcIiguKilcIi8uZXhlYyhyYXcpO1xuICBpZiAobSkgcmV0dXJuIGBzZWN0aW9uIFwie3sjJHttWzFdfX19XCIgaXMgbm90IGNsb3NlZDsgYWRkIFwie3svJHttWzFdfX19XCIgYXQgaXRzIGVuZCAoc2VjdGlvbnMgY2xvc2UgaW4gbmVzdGluZyBvcmRlcilgO1xuICBtID0gL15JbnZhbGlkIHRhZ3M6ICguKikvLmV4ZWMocmF3KTtcbiAgaWYgKG0pIHJldHVybiBgaW52YWxpZCBzZXQtZGVsaW1pdGVyIHRhZyBcIiR7bVsxXX1cIjsgdXNlIHR3byBkZWxpbWl0ZXJzIHNlcGFyYXRlZCBieSBhIHNwYWNlLCBlLmcuIFwie3s9PCUgJT49fX1cImA7XG4gIHJldHVybiBgJHtyYXd9OyBmaXggdGhlIHRlbXBsYXRlIHN5bnRheGA7XG59XG5cbmZ1bmN0aW9uIGxpbmVBbmRDb2x1bW4oc291cmNlOiBzdHJpbmcsIG9mZnNldDogbnVtYmVyKTogeyBsaW5lOiBudW1iZXI7IGNvbHVtbjogbnVtYmVyIH0ge1xuICBsZXQgbGluZSA9IDE7XG4gIGxldCBsaW5lU3RhcnQgPSAwO1xuICBjb25zdCBlbmQgPSBNYXRoLm1pbihvZmZzZXQsIHNvdXJjZS5sZW5ndGgpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGVuZDsgaSsrKSB7XG4gICAgaWYgKHNvdXJjZS5jaGFyQ29kZUF0KGkpID09PSAxMCkge1xuICAgICAgbGluZSsrO1xuICAgICAgbGluZVN0YXJ0ID0gaSArIDE7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IGxpbmUsIGNvbHVtbjogZW5kIC0gbGluZVN0YXJ0ICsgMSB9O1xufVxuIiwgIi8qKlxuICogQ29udGV4dCBsb29rdXAgb3ZlciBhIHN0YWNrIG9mIGZyYW1lcywgYXMgdGhlIE11c3RhY2hlIHNwZWMgZGVzY3JpYmVzIGl0LCByZWFkaW5nIG93biBwcm9wZXJ0aWVzIG9ubHkuXG4gKlxuICogLSBgLmAgaXMgdGhlIHRvcCBmcmFtZSAodGhlIGltcGxpY2l0IGl0ZXJhdG9yKS5cbiAqIC0gQSBuYW1lIGlzIHNlYXJjaGVkIGZyb20gdGhlIHRvcCBmcmFtZSBkb3duOyB0aGUgZmlyc3QgZnJhbWUgdGhhdCBPV05TIHRoZSBwcm9wZXJ0eSB3aW5zLCBldmVuIHdoZW4gaXRzXG4gKiAgIHZhbHVlIGlzIGB1bmRlZmluZWRgLlxuICogLSBBIGRvdHRlZCBuYW1lIGBhLmIuY2AgbG9va3MgdXAgb25seSBgYWAgdGhyb3VnaCB0aGUgc3RhY2ssIHRoZW4gcmVhZHMgYGJgIGFuZCBgY2AgaW5zaWRlIHRoYXQgdmFsdWUgYWxvbmVcbiAqICAgKHNwZWMgXCJEb3R0ZWQgTmFtZXMgLSBDb250ZXh0IFByZWNlZGVuY2VcIjogYSBtaXNzIG9uIGBiYCBpcyBhIG1pc3MsIGl0IGRvZXMgbm90IGZhbGwgYmFjayB0byBvdXRlciBmcmFtZXMpLlxuICogLSBPbmx5IG93biBwcm9wZXJ0aWVzIG9mIG9iamVjdHMgYXJlIHJlYWQgKGBPYmplY3QuaGFzT3duYCk6IGB7e2NvbnN0cnVjdG9yfX1gLCBge3tfX3Byb3RvX199fWAgYW5kXG4gKiAgIGB7e3RvU3RyaW5nfX1gIGFyZSBtaXNzZXMsIGFuZCBwcmltaXRpdmVzIGhhdmUgbm8gcHJvcGVydGllcyAoYHt7bmFtZS5sZW5ndGh9fWAgb24gYSBzdHJpbmcgaXMgYSBtaXNzKS5cbiAqIEBtb2R1bGVcbiAqL1xuXG4vKiogQSBwYXJzZWQgdmFyaWFibGUgbmFtZTogYFtdYCBmb3IgYC5gLCBvdGhlcndpc2UgdGhlIGRvdC1zZXBhcmF0ZWQgc2VnbWVudHMuICovXG5leHBvcnQgdHlwZSBOYW1lUGF0aCA9IHJlYWRvbmx5IHN0cmluZ1tdO1xuXG4vKiogU3BsaXQgYSB0YWcgbmFtZSBpbnRvIGl0cyBwYXRoOiBgJy4nYCBcdTIxOTIgYFtdYCwgYCdhLmInYCBcdTIxOTIgYFsnYScsICdiJ11gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlTmFtZVBhdGgobmFtZTogc3RyaW5nKTogTmFtZVBhdGgge1xuICByZXR1cm4gbmFtZSA9PT0gJy4nID8gW10gOiBuYW1lLnNwbGl0KCcuJyk7XG59XG5cbi8qKiBSZWFkIGFuIG93biBwcm9wZXJ0eSBvZiBhbiBvYmplY3QgdmFsdWUsIG9yIGB1bmRlZmluZWRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRPd24odmFsdWU6IHVua25vd24sIGtleTogc3RyaW5nKTogdW5rbm93biB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmIE9iamVjdC5oYXNPd24odmFsdWUsIGtleSlcbiAgICA/ICh2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba2V5XVxuICAgIDogdW5kZWZpbmVkO1xufVxuXG4vKiogUmVhZCBhIHBhdGggb2Ygb3duIHByb3BlcnRpZXMgc3RhcnRpbmcgYXQgYHZhbHVlYCAobm8gc3RhY2spOiBgW11gIGlzIGB2YWx1ZWAgaXRzZWxmLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRPd25QYXRoKHZhbHVlOiB1bmtub3duLCBwYXRoOiBOYW1lUGF0aCk6IHVua25vd24ge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHBhdGgubGVuZ3RoICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7IGkrKykgdmFsdWUgPSByZWFkT3duKHZhbHVlLCBwYXRoW2ldIGFzIHN0cmluZyk7XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqIExvb2sgYSBzaW5nbGUgKHVuZG90dGVkKSBuYW1lIHVwIHRocm91Z2ggdGhlIGZyYW1lcywgdG9wIGZpcnN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvb2t1cE5hbWUoZnJhbWVzOiByZWFkb25seSB1bmtub3duW10sIGtleTogc3RyaW5nKTogdW5rbm93biB7XG4gIGZvciAobGV0IGkgPSBmcmFtZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIHtcbiAgICBjb25zdCBmcmFtZSA9IGZyYW1lc1tpXTtcbiAgICBpZiAodHlwZW9mIGZyYW1lID09PSAnb2JqZWN0JyAmJiBmcmFtZSAhPT0gbnVsbCAmJiBPYmplY3QuaGFzT3duKGZyYW1lLCBrZXkpKSB7XG4gICAgICByZXR1cm4gKGZyYW1lIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KVtrZXldO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogTG9vayBhIHBhcnNlZCBuYW1lIHBhdGggdXAgdGhyb3VnaCB0aGUgZnJhbWVzIChzZWUgdGhlIG1vZHVsZSBjb21tZW50IGZvciB0aGUgcnVsZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvb2t1cFBhdGgoZnJhbWVzOiByZWFkb25seSB1bmtub3duW10sIHBhdGg6IE5hbWVQYXRoKTogdW5rbm93biB7XG4gIGNvbnN0IGZpcnN0ID0gcGF0aFswXTtcbiAgaWYgKGZpcnN0ID09PSB1bmRlZmluZWQpIHJldHVybiBmcmFtZXNbZnJhbWVzLmxlbmd0aCAtIDFdO1xuICBsZXQgdmFsdWUgPSBsb29rdXBOYW1lKGZyYW1lcywgZmlyc3QpO1xuICBmb3IgKGxldCBpID0gMTsgaSA8IHBhdGgubGVuZ3RoICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7IGkrKykge1xuICAgIHZhbHVlID0gcmVhZE93bih2YWx1ZSwgcGF0aFtpXSBhcyBzdHJpbmcpO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cbiIsICIvKipcbiAqIFN0YXRpYyBhbmFseXNpcyBvZiBhIHRlbXBsYXRlOiB3aGljaCB0b3AtbGV2ZWwgdmFyaWFibGVzIGl0IHJlYWRzLCB3aGljaCBpdCBhbHdheXMgcmVhZHMsIGFuZCB3aGljaFxuICogcGFydGlhbHMgaXQgaW5jbHVkZXMuIEZlZWRzIHRoZSBpbmZlcnJlZCBpbnB1dCBzY2hlbWEgYW5kIHRoZSB0ZW1wbGF0ZSBcdTIxQzQgc2NoZW1hIGNoZWNrLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSB7IFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHBhcnNlVGVtcGxhdGUsIHR5cGUgVGVtcGxhdGVOb2RlIH0gZnJvbSAnLi9wYXJzZS5qcyc7XG5cbi8qKlxuICogV2hlcmUgYSB0YWcgc2l0cywgd2hpY2ggZGVjaWRlcyB3aGljaCBjb250ZXh0IGl0IHJlYWRzOlxuICogLSBgJ3Jvb3QnYDogb3V0c2lkZSBhbnkgc2VjdGlvbiwgcmVhZCBmcm9tIHRoZSBpbnB1dCBpdHNlbGYgb24gZXZlcnkgcmVuZGVyO1xuICogLSBgJ2NvbmRpdGlvbmFsJ2A6IGluc2lkZSBpbnZlcnRlZCBzZWN0aW9ucyBvbmx5ICh0aGV5IHB1c2ggbm8gY29udGV4dCksIHJlYWQgZnJvbSB0aGUgaW5wdXQgd2hlbiByZW5kZXJlZDtcbiAqIC0gYCduZXN0ZWQnYDogaW5zaWRlIGEgYHt7I3NlY3Rpb259fWAsIHdoaWNoIG1heSByZXNvbHZlIGl0IGZyb20gdGhlIHNlY3Rpb24ncyB2YWx1ZSBpbnN0ZWFkLlxuICovXG5leHBvcnQgdHlwZSBUYWdTY29wZSA9ICdyb290JyB8ICdjb25kaXRpb25hbCcgfCAnbmVzdGVkJztcblxuLyoqIEEgYHt7PiBuYW1lfX1gIGluY2x1ZGUgYW5kIHRoZSBzY29wZSBpdCBzaXRzIGluLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJ0aWFsUmVmZXJlbmNlIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzY29wZTogVGFnU2NvcGU7XG59XG5cbi8qKiBXaGF0IGEgdGVtcGxhdGUgcmVhZHMuIE5hbWVzIGFyZSB0aGUgRklSU1Qgc2VnbWVudCBvZiBkb3R0ZWQgbmFtZXMgKGB7e3VzZXIubmFtZX19YCBcdTIxOTIgYHVzZXJgKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGVtcGxhdGVBbmFseXNpcyB7XG4gIC8qKiBOYW1lcyByZWFkIG9uIGV2ZXJ5IHJlbmRlciBhdCB0aGUgaW5wdXQgbGV2ZWwgKG91dHNpZGUgYW55IHNlY3Rpb24pOiB0aGUgaW5mZXJyZWQgcmVxdWlyZWQgaW5wdXRzLiAqL1xuICByZWFkb25seSByZXF1aXJlZDogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKlxuICAgKiBFdmVyeSBuYW1lIHJlYWQgYXQgdGhlIGlucHV0IGxldmVsOiBgcmVxdWlyZWRgLCBzZWN0aW9uIG5hbWVzIGF0IHRoZSBpbnB1dCBsZXZlbCwgYW5kIG5hbWVzIGluc2lkZVxuICAgKiBpbnZlcnRlZCBzZWN0aW9ucy4gTmFtZXMgaW5zaWRlIGB7eyNzZWN0aW9ufX1gIGFyZSBsZWZ0IG91dDogdGhleSBtYXkgY29tZSBmcm9tIHRoZSBzZWN0aW9uJ3MgdmFsdWUuXG4gICAqL1xuICByZWFkb25seSBhbGw6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKipcbiAgICogTmFtZXMgcmVhZCBvbmx5IGluc2lkZSBge3sjc2VjdGlvbn19YHMgKG5vdCBpbiBgYWxsYCk6IGVhY2ggbWF5IGNvbWUgZnJvbSB0aGUgc2VjdGlvbidzIHZhbHVlIG9yLCB0aHJvdWdoXG4gICAqIHRoZSBjb250ZXh0IHN0YWNrLCBmcm9tIHRoZSBpbnB1dC4gQW4gaW5mZXJyZWQgc2NoZW1hIGFjY2VwdHMgdGhlbSBhcyBvcHRpb25hbCBpbnB1dHM7IHRoZSB0ZW1wbGF0ZSBcdTIxQzRcbiAgICogc2NoZW1hIGNoZWNrIGlnbm9yZXMgdGhlbS5cbiAgICovXG4gIHJlYWRvbmx5IG5lc3RlZDogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBOYW1lcyBvZiB0aGUgcGFydGlhbHMgaW5jbHVkZWQgKGRpcmVjdGx5KSwgaW4gb3JkZXIgb2YgZmlyc3QgdXNlLiAqL1xuICByZWFkb25seSBwYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbi8qKiBUaGUgYW5hbHlzaXMgb2Ygb25lIHRlbXBsYXRlJ3Mgb3duIG5vZGVzLCBiZWZvcmUgaXRzIHBhcnRpYWxzIGFyZSB0YWtlbiBpbnRvIGFjY291bnQuICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsQW5hbHlzaXMgZXh0ZW5kcyBUZW1wbGF0ZUFuYWx5c2lzIHtcbiAgLyoqIEV2ZXJ5IGluY2x1ZGUgd2l0aCBpdHMgc2NvcGUgKG9uZSBlbnRyeSBwZXIgdGFnKS4gKi9cbiAgcmVhZG9ubHkgcmVmZXJlbmNlczogcmVhZG9ubHkgUGFydGlhbFJlZmVyZW5jZVtdO1xufVxuXG4vKiogQW5hbHlzZSBwYXJzZWQgbm9kZXMgKHBhcnRpYWxzIGFyZSBsaXN0ZWQsIG5vdCBmb2xsb3dlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gYW5hbHl6ZU5vZGVzKG5vZGVzOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXSk6IExvY2FsQW5hbHlzaXMge1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhbGwgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgbmVzdGVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHJlZmVyZW5jZXM6IFBhcnRpYWxSZWZlcmVuY2VbXSA9IFtdO1xuICB3YWxrKG5vZGVzLCAncm9vdCcsIHsgcmVxdWlyZWQsIGFsbCwgbmVzdGVkIH0sIHJlZmVyZW5jZXMpO1xuICByZXR1cm4ge1xuICAgIHJlcXVpcmVkOiBbLi4ucmVxdWlyZWRdLFxuICAgIGFsbDogWy4uLmFsbF0sXG4gICAgbmVzdGVkOiBbLi4ubmVzdGVkXS5maWx0ZXIoKG5hbWUpID0+ICFhbGwuaGFzKG5hbWUpKSxcbiAgICBwYXJ0aWFsczogWy4uLm5ldyBTZXQocmVmZXJlbmNlcy5tYXAoKHIpID0+IHIubmFtZSkpXSxcbiAgICByZWZlcmVuY2VzLFxuICB9O1xufVxuXG4vKipcbiAqIEFuYWx5c2UgYSB0ZW1wbGF0ZSBzb3VyY2Ugb24gaXRzIG93biAocGFydGlhbHMgYXJlIGxpc3RlZCwgbm90IGZvbGxvd2VkKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGFuYWx5emVUZW1wbGF0ZSgnSGkge3t1c2VyLm5hbWV9fXt7I3ZpcH19ICh7e3RpZXJ9fSl7ey92aXB9fXt7XnZpcH19e3s+IHVwc2VsbH19e3svdmlwfX0nKTtcbiAqIC8vIHsgcmVxdWlyZWQ6IFsndXNlciddLCBhbGw6IFsndXNlcicsICd2aXAnXSwgbmVzdGVkOiBbJ3RpZXInXSwgcGFydGlhbHM6IFsndXBzZWxsJ10gfVxuICogYGBgXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiB0aGUgdGVtcGxhdGUgZG9lcyBub3QgcGFyc2VcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFuYWx5emVUZW1wbGF0ZShzb3VyY2U6IHN0cmluZywgbG9jYXRpb24/OiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IFRlbXBsYXRlQW5hbHlzaXMge1xuICBjb25zdCB7IHJlcXVpcmVkLCBhbGwsIG5lc3RlZCwgcGFydGlhbHMgfSA9IGFuYWx5emVOb2RlcyhwYXJzZVRlbXBsYXRlKHNvdXJjZSwgbG9jYXRpb24pKTtcbiAgcmV0dXJuIHsgcmVxdWlyZWQsIGFsbCwgbmVzdGVkLCBwYXJ0aWFscyB9O1xufVxuXG5pbnRlcmZhY2UgTmFtZVNldHMge1xuICByZWFkb25seSByZXF1aXJlZDogU2V0PHN0cmluZz47XG4gIHJlYWRvbmx5IGFsbDogU2V0PHN0cmluZz47XG4gIHJlYWRvbmx5IG5lc3RlZDogU2V0PHN0cmluZz47XG59XG5cbmZ1bmN0aW9uIHdhbGsobm9kZXM6IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdLCBzY29wZTogVGFnU2NvcGUsIG5hbWVzOiBOYW1lU2V0cywgcmVmZXJlbmNlczogUGFydGlhbFJlZmVyZW5jZVtdKTogdm9pZCB7XG4gIGZvciAoY29uc3Qgbm9kZSBvZiBub2Rlcykge1xuICAgIHN3aXRjaCAobm9kZS5raW5kKSB7XG4gICAgICBjYXNlICd2YXJpYWJsZSc6XG4gICAgICAgIGFkZE5hbWUobm9kZS5wYXRoWzBdLCBzY29wZSwgZmFsc2UsIG5hbWVzKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICdzZWN0aW9uJzoge1xuICAgICAgICBhZGROYW1lKG5vZGUucGF0aFswXSwgc2NvcGUsIHRydWUsIG5hbWVzKTtcbiAgICAgICAgY29uc3QgaW5uZXI6IFRhZ1Njb3BlID0gbm9kZS5pbnZlcnRlZCAmJiBzY29wZSAhPT0gJ25lc3RlZCcgPyAnY29uZGl0aW9uYWwnIDogJ25lc3RlZCc7XG4gICAgICAgIHdhbGsobm9kZS5jaGlsZHJlbiwgaW5uZXIsIG5hbWVzLCByZWZlcmVuY2VzKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICBjYXNlICdwYXJ0aWFsJzpcbiAgICAgICAgcmVmZXJlbmNlcy5wdXNoKHsgbmFtZTogbm9kZS5uYW1lLCBzY29wZSB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICBicmVhaztcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gYWRkTmFtZShmaXJzdDogc3RyaW5nIHwgdW5kZWZpbmVkLCBzY29wZTogVGFnU2NvcGUsIGlzU2VjdGlvbjogYm9vbGVhbiwgbmFtZXM6IE5hbWVTZXRzKTogdm9pZCB7XG4gIGlmIChmaXJzdCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmIChzY29wZSA9PT0gJ25lc3RlZCcpIHtcbiAgICBuYW1lcy5uZXN0ZWQuYWRkKGZpcnN0KTtcbiAgICByZXR1cm47XG4gIH1cbiAgbmFtZXMuYWxsLmFkZChmaXJzdCk7XG4gIGlmIChzY29wZSA9PT0gJ3Jvb3QnICYmICFpc1NlY3Rpb24pIG5hbWVzLnJlcXVpcmVkLmFkZChmaXJzdCk7XG59XG4iLCAiLyoqXG4gKiBQYXJ0aWFscyBhdCBjb21waWxlIHRpbWU6IGZldGNoIGV2ZXJ5IHBhcnRpYWwgcmVhY2hhYmxlIGZyb20gYSB0ZW1wbGF0ZSB0aHJvdWdoIHRoZSBjYWxsZXIncyByZXNvbHZlciwgcGFyc2VcbiAqIGVhY2ggb25jZSwgcmVwb3J0IG1pc3Npbmcgb25lcywgcmVqZWN0IGluY2x1ZGUgY3ljbGVzIHRoYXQgY2FuIG5ldmVyIGVuZCwgYW5kIGZvbGQgdGhlIHBhcnRpYWxzJyB2YXJpYWJsZXNcbiAqIGludG8gdGhlIGluY2x1ZGluZyB0ZW1wbGF0ZSdzIGFuYWx5c2lzLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBhbmFseXplTm9kZXMsIHR5cGUgTG9jYWxBbmFseXNpcywgdHlwZSBUYWdTY29wZSwgdHlwZSBUZW1wbGF0ZUFuYWx5c2lzIH0gZnJvbSAnLi9hbmFseXplLmpzJztcbmltcG9ydCB7IHBhcnNlVGVtcGxhdGUsIHR5cGUgVGVtcGxhdGVOb2RlIH0gZnJvbSAnLi9wYXJzZS5qcyc7XG5cbi8qKiBSZXR1cm5zIHRoZSB0ZW1wbGF0ZSB0ZXh0IG9mIHRoZSBwYXJ0aWFsIG9mIHRoYXQgbmFtZSwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lLiAqL1xuZXhwb3J0IHR5cGUgUGFydGlhbFJlc29sdmVyID0gKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4vKiogQSBwYXJ0aWFsIGZvdW5kIGFuZCBwYXJzZWQgYXQgY29tcGlsZSB0aW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNvbHZlZFBhcnRpYWwge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNvdXJjZTogc3RyaW5nO1xuICByZWFkb25seSBub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW107XG4gIHJlYWRvbmx5IGFuYWx5c2lzOiBMb2NhbEFuYWx5c2lzO1xufVxuXG4vKiogRXZlcnkgcGFydGlhbCByZWFjaGFibGUgZnJvbSBvbmUgdGVtcGxhdGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFBhcnRpYWxHcmFwaCB7XG4gIC8qKiBUaGUgcGFydGlhbHMgZm91bmQsIGJ5IG5hbWUuICovXG4gIHJlYWRvbmx5IGZvdW5kOiBSZWFkb25seU1hcDxzdHJpbmcsIFJlc29sdmVkUGFydGlhbD47XG4gIC8qKiBOYW1lcyBpbmNsdWRlZCBzb21ld2hlcmUgYnV0IG5vdCBmb3VuZCAob25seSBwb3NzaWJsZSB3aGVuIG5vdCBzdHJpY3QpLiAqL1xuICByZWFkb25seSBtaXNzaW5nOiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIHJlc29sdmVQYXJ0aWFsR3JhcGh9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNvbHZlUGFydGlhbHNPcHRpb25zIHtcbiAgcmVhZG9ubHkgcmVzb2x2ZTogUGFydGlhbFJlc29sdmVyIHwgdW5kZWZpbmVkO1xuICAvKiogTWlzc2luZyBwYXJ0aWFscyBhcmUgZXJyb3JzIHdoZW4gdHJ1ZS4gKi9cbiAgcmVhZG9ubHkgc3RyaWN0OiBib29sZWFuO1xuICAvKiogTG9jYXRpb24gb2YgdGhlIGluY2x1ZGluZyB0ZW1wbGF0ZSwgZm9yIGVycm9ycy4gKi9cbiAgcmVhZG9ubHkgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uO1xufVxuXG4vKipcbiAqIEZldGNoIGFuZCBwYXJzZSBldmVyeSBwYXJ0aWFsIHJlYWNoYWJsZSBmcm9tIGByb290YCwgdGhlbiBjaGVjayBmb3IgZW5kbGVzcyBpbmNsdWRlIGN5Y2xlcy5cbiAqXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiBhIHBhcnRpYWwgaXMgbWlzc2luZyAoc3RyaWN0KSwgZG9lcyBub3QgcGFyc2UsIG9yIGEgY3ljbGUgb2YgaW5jbHVkZXMgc2l0c1xuICogICBvdXRzaWRlIGFueSBzZWN0aW9uIChpdCBjb3VsZCBuZXZlciBlbmQpXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlUGFydGlhbEdyYXBoKHJvb3Q6IExvY2FsQW5hbHlzaXMsIG9wdGlvbnM6IFJlc29sdmVQYXJ0aWFsc09wdGlvbnMpOiBQYXJ0aWFsR3JhcGgge1xuICBjb25zdCBmb3VuZCA9IG5ldyBNYXA8c3RyaW5nLCBSZXNvbHZlZFBhcnRpYWw+KCk7XG4gIGNvbnN0IG1pc3Npbmc6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgcXVldWU6IEFycmF5PHsgbmFtZTogc3RyaW5nOyBpbmNsdWRlcjogc3RyaW5nIHwgdW5kZWZpbmVkIH0+ID0gcm9vdC5wYXJ0aWFscy5tYXAoKG5hbWUpID0+ICh7XG4gICAgbmFtZSxcbiAgICBpbmNsdWRlcjogb3B0aW9ucy5sb2NhdGlvbi5wcm9tcHROYW1lLFxuICB9KSk7XG4gIGZvciAobGV0IGl0ZW0gPSBxdWV1ZS5zaGlmdCgpOyBpdGVtICE9PSB1bmRlZmluZWQ7IGl0ZW0gPSBxdWV1ZS5zaGlmdCgpKSB7XG4gICAgY29uc3QgeyBuYW1lLCBpbmNsdWRlciB9ID0gaXRlbTtcbiAgICBpZiAoc2Vlbi5oYXMobmFtZSkpIGNvbnRpbnVlO1xuICAgIHNlZW4uYWRkKG5hbWUpO1xuICAgIGNvbnN0IHNvdXJjZSA9IG9wdGlvbnMucmVzb2x2ZT8uKG5hbWUpO1xuICAgIGlmIChzb3VyY2UgPT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKG9wdGlvbnMuc3RyaWN0KSB0aHJvdyBtaXNzaW5nUGFydGlhbEVycm9yKG5hbWUsIGluY2x1ZGVyLCBvcHRpb25zLmxvY2F0aW9uKTtcbiAgICAgIG1pc3NpbmcucHVzaChuYW1lKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBub2RlcyA9IHBhcnNlVGVtcGxhdGUoc291cmNlLCB7IHByb21wdE5hbWU6IG5hbWUsIGZpZWxkOiAndGVtcGxhdGUnIH0pO1xuICAgIGNvbnN0IGFuYWx5c2lzID0gYW5hbHl6ZU5vZGVzKG5vZGVzKTtcbiAgICBmb3VuZC5zZXQobmFtZSwgeyBuYW1lLCBzb3VyY2UsIG5vZGVzLCBhbmFseXNpcyB9KTtcbiAgICBmb3IgKGNvbnN0IG5leHQgb2YgYW5hbHlzaXMucGFydGlhbHMpIHF1ZXVlLnB1c2goeyBuYW1lOiBuZXh0LCBpbmNsdWRlcjogbmFtZSB9KTtcbiAgfVxuICBjb25zdCBjeWNsZSA9IGZpbmRFbmRsZXNzQ3ljbGUocm9vdCwgZm91bmQpO1xuICBpZiAoY3ljbGUgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGxhc3QgPSBjeWNsZVtjeWNsZS5sZW5ndGggLSAxXSBhcyBzdHJpbmc7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYHBhcnRpYWwgaW5jbHVkZSBjeWNsZSAke2N5Y2xlLm1hcCgobikgPT4gYFwiJHtufVwiYCkuam9pbignIFx1MjE5MiAnKX0gaXMgb3V0c2lkZSBhbnkgc2VjdGlvbiwgc28gcmVuZGVyaW5nIGl0IGAgK1xuICAgICAgICBgY291bGQgbmV2ZXIgZW5kOyBwdXQgdGhlIHJlY3Vyc2l2ZSBcInt7PiAke2xhc3R9fX1cIiBpbnNpZGUgYSBzZWN0aW9uIHRoYXQgZW5kcyBgICtcbiAgICAgICAgYChlLmcuIFwie3sjY2hpbGRyZW59fXt7PiAke2xhc3R9fX17ey9jaGlsZHJlbn19XCIpIG9yIHJlbW92ZSBpdGAsXG4gICAgICB7IC4uLm9wdGlvbnMubG9jYXRpb24sIGZpZWxkOiBvcHRpb25zLmxvY2F0aW9uLmZpZWxkID8/ICd0ZW1wbGF0ZScgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiB7IGZvdW5kLCBtaXNzaW5nIH07XG59XG5cbmZ1bmN0aW9uIG1pc3NpbmdQYXJ0aWFsRXJyb3IoXG4gIG5hbWU6IHN0cmluZyxcbiAgaW5jbHVkZXI6IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uLFxuKTogUHJvbXB0Rm9ybWF0RXJyb3Ige1xuICBjb25zdCBieSA9IGluY2x1ZGVyID09PSB1bmRlZmluZWQgPyAnJyA6IGAgKGluY2x1ZGVkIGJ5IFwiJHtpbmNsdWRlcn1cIilgO1xuICByZXR1cm4gbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgIGBwYXJ0aWFsIFwiJHtuYW1lfVwiIG5vdCBmb3VuZCR7Ynl9OyBjcmVhdGUgaXQgKGUuZy4gJHtuYW1lfS5wcm9tcHQubWQ7IHNoYXJlZCBzbmlwcGV0cyB1c3VhbGx5IGxpdmUgYCArXG4gICAgICBgdW5kZXIgcGFydGlhbHMvKSBvciBmaXggdGhlIG5hbWUgaW4gXCJ7ez4gJHtuYW1lfX19XCJgLFxuICAgIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAndGVtcGxhdGUnIH0sXG4gICk7XG59XG5cbi8qKlxuICogQSBjeWNsZSBtYWRlIG9ubHkgb2YgaW5jbHVkZXMgdGhhdCBzaXQgb3V0c2lkZSBhbnkgc2VjdGlvbiAoc2NvcGUgYCdyb290J2ApIHJlbmRlcnMgZm9yZXZlciBvbmNlIGVudGVyZWQuXG4gKiBSZXR1cm5zIHRoZSBuYW1lcyBhbG9uZyB0aGUgZmlyc3Qgc3VjaCBjeWNsZSBmb3VuZCAoZmlyc3QgbmFtZSByZXBlYXRlZCBhdCB0aGUgZW5kKSwgb3IgYHVuZGVmaW5lZGAuXG4gKi9cbmZ1bmN0aW9uIGZpbmRFbmRsZXNzQ3ljbGUocm9vdDogTG9jYWxBbmFseXNpcywgZm91bmQ6IFJlYWRvbmx5TWFwPHN0cmluZywgUmVzb2x2ZWRQYXJ0aWFsPik6IHN0cmluZ1tdIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdW5jb25kaXRpb25hbCA9IChhbmFseXNpczogTG9jYWxBbmFseXNpcyk6IHN0cmluZ1tdID0+XG4gICAgYW5hbHlzaXMucmVmZXJlbmNlcy5maWx0ZXIoKHIpID0+IHIuc2NvcGUgPT09ICdyb290JykubWFwKChyKSA9PiByLm5hbWUpO1xuICBjb25zdCBkb25lID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG9uUGF0aDogc3RyaW5nW10gPSBbXTtcblxuICBjb25zdCB2aXNpdCA9IChuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB8IHVuZGVmaW5lZCA9PiB7XG4gICAgY29uc3QgYXQgPSBvblBhdGguaW5kZXhPZihuYW1lKTtcbiAgICBpZiAoYXQgPj0gMCkgcmV0dXJuIFsuLi5vblBhdGguc2xpY2UoYXQpLCBuYW1lXTtcbiAgICBpZiAoZG9uZS5oYXMobmFtZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3QgcGFydGlhbCA9IGZvdW5kLmdldChuYW1lKTtcbiAgICBpZiAocGFydGlhbCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIG9uUGF0aC5wdXNoKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmV4dCBvZiB1bmNvbmRpdGlvbmFsKHBhcnRpYWwuYW5hbHlzaXMpKSB7XG4gICAgICBjb25zdCBjeWNsZSA9IHZpc2l0KG5leHQpO1xuICAgICAgaWYgKGN5Y2xlICE9PSB1bmRlZmluZWQpIHJldHVybiBjeWNsZTtcbiAgICB9XG4gICAgb25QYXRoLnBvcCgpO1xuICAgIGRvbmUuYWRkKG5hbWUpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH07XG5cbiAgZm9yIChjb25zdCBuYW1lIG9mIFsuLi51bmNvbmRpdGlvbmFsKHJvb3QpLCAuLi5mb3VuZC5rZXlzKCldKSB7XG4gICAgY29uc3QgY3ljbGUgPSB2aXNpdChuYW1lKTtcbiAgICBpZiAoY3ljbGUgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGN5Y2xlO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBIb3cgYSBwYXJ0aWFsJ3MgbmFtZXMgY291bnQgZm9yIHRoZSB0ZW1wbGF0ZSBpbmNsdWRpbmcgaXQuICovXG50eXBlIEluY2x1c2lvbiA9ICdyZXF1aXJlZCcgfCAnY29uZGl0aW9uYWwnIHwgJ25lc3RlZCc7XG5cbi8qKlxuICogVGhlIGFuYWx5c2lzIG9mIGEgdGVtcGxhdGUgdG9nZXRoZXIgd2l0aCB0aGUgcGFydGlhbHMgaXQgaW5jbHVkZXM6IGEgcGFydGlhbCBpbmNsdWRlZCBvdXRzaWRlIGFueSBzZWN0aW9uXG4gKiBhZGRzIGl0cyByZXF1aXJlZCBuYW1lcyB0byBgcmVxdWlyZWRgOyBvbmUgaW5zaWRlIGludmVydGVkIHNlY3Rpb25zIG9ubHkgYWRkcyB0aGVtIHRvIGBhbGxgOyBvbmUgaW5zaWRlIGFcbiAqIGB7eyNzZWN0aW9ufX1gIGFkZHMgYWxsIGl0cyBuYW1lcyB0byBgbmVzdGVkYC4gYHBhcnRpYWxzYCBzdGF5cyB0aGUgZGlyZWN0IGluY2x1ZGVzIG9mIHRoZSB0ZW1wbGF0ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lcmdlUGFydGlhbEFuYWx5c2lzKHJvb3Q6IExvY2FsQW5hbHlzaXMsIGdyYXBoOiBQYXJ0aWFsR3JhcGgpOiBUZW1wbGF0ZUFuYWx5c2lzIHtcbiAgY29uc3QgcmVxdWlyZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYWxsID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG5lc3RlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAvLyBFYWNoIChwYXJ0aWFsLCBpbmNsdXNpb24pIHBhaXIgaXMgZm9sZGVkIGluIG9uY2U6IGhhbmRsZXMgcmVjdXJzaXZlIHBhcnRpYWxzIGFuZCBkaWFtb25kcy5cbiAgY29uc3QgYWRkZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcblxuICBjb25zdCBhZGQgPSAoYW5hbHlzaXM6IExvY2FsQW5hbHlzaXMsIGluY2x1c2lvbjogSW5jbHVzaW9uKTogdm9pZCA9PiB7XG4gICAgaWYgKGluY2x1c2lvbiA9PT0gJ3JlcXVpcmVkJykgZm9yIChjb25zdCBuYW1lIG9mIGFuYWx5c2lzLnJlcXVpcmVkKSByZXF1aXJlZC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGFuYWx5c2lzLmFsbCkgKGluY2x1c2lvbiA9PT0gJ25lc3RlZCcgPyBuZXN0ZWQgOiBhbGwpLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYW5hbHlzaXMubmVzdGVkKSBuZXN0ZWQuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgcmVmIG9mIGFuYWx5c2lzLnJlZmVyZW5jZXMpIHtcbiAgICAgIGNvbnN0IHBhcnRpYWwgPSBncmFwaC5mb3VuZC5nZXQocmVmLm5hbWUpO1xuICAgICAgY29uc3QgaW5uZXIgPSBjb21iaW5lKGluY2x1c2lvbiwgcmVmLnNjb3BlKTtcbiAgICAgIGNvbnN0IGtleSA9IGAke2lubmVyfToke3JlZi5uYW1lfWA7XG4gICAgICBpZiAocGFydGlhbCA9PT0gdW5kZWZpbmVkIHx8IGFkZGVkLmhhcyhrZXkpKSBjb250aW51ZTtcbiAgICAgIGFkZGVkLmFkZChrZXkpO1xuICAgICAgYWRkKHBhcnRpYWwuYW5hbHlzaXMsIGlubmVyKTtcbiAgICB9XG4gIH07XG4gIGFkZChyb290LCAncmVxdWlyZWQnKTtcbiAgcmV0dXJuIHtcbiAgICByZXF1aXJlZDogWy4uLnJlcXVpcmVkXSxcbiAgICBhbGw6IFsuLi5hbGxdLFxuICAgIG5lc3RlZDogWy4uLm5lc3RlZF0uZmlsdGVyKChuYW1lKSA9PiAhYWxsLmhhcyhuYW1lKSksXG4gICAgcGFydGlhbHM6IHJvb3QucGFydGlhbHMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGNvbWJpbmUob3V0ZXI6IEluY2x1c2lvbiwgc2NvcGU6IFRhZ1Njb3BlKTogSW5jbHVzaW9uIHtcbiAgaWYgKG91dGVyID09PSAnbmVzdGVkJyB8fCBzY29wZSA9PT0gJ25lc3RlZCcpIHJldHVybiAnbmVzdGVkJztcbiAgaWYgKG91dGVyID09PSAnY29uZGl0aW9uYWwnIHx8IHNjb3BlID09PSAnY29uZGl0aW9uYWwnKSByZXR1cm4gJ2NvbmRpdGlvbmFsJztcbiAgcmV0dXJuICdyZXF1aXJlZCc7XG59XG4iLCAiLyoqXG4gKiBIb3cgdmFsdWVzIGZyb20gdGhlIHZpZXcgYmVjb21lIHRleHQsIGFuZCB3aGljaCB2YWx1ZXMgY291bnQgYXMgXCJlbXB0eVwiIGZvciBzZWN0aW9ucy5cbiAqIEBtb2R1bGVcbiAqL1xuXG4vKipcbiAqIFR1cm4gYW4gaW50ZXJwb2xhdGVkIHZhbHVlIGludG8gdGV4dC5cbiAqXG4gKiAtIHN0cmluZ3MgYXMgdGhleSBhcmU7IG51bWJlcnMsIGJvb2xlYW5zIGFuZCBiaWdpbnRzIHRocm91Z2ggYFN0cmluZ2A7XG4gKiAtIGBudWxsYCwgYHVuZGVmaW5lZGAsIGZ1bmN0aW9ucyBhbmQgc3ltYm9scyBhcyBgJydgIChmdW5jdGlvbnMgYXJlIG5ldmVyIGNhbGxlZDogcHJvbXB0cyBoYXZlIG5vIGxhbWJkYXMpO1xuICogLSBgRGF0ZWAgYXMgaXRzIElTTyBzdHJpbmc7XG4gKiAtIG90aGVyIG9iamVjdHMgYW5kIGFycmF5cyBhcyBKU09OIChuZXZlciBgW29iamVjdCBPYmplY3RdYCkuIEEgdmFsdWUgSlNPTiBjYW5ub3QgZW5jb2RlIChhIGN5Y2xlLCBhIGJpZ2ludFxuICogICBpbnNpZGUpIHN0aWxsIHJlbmRlcnM6IGN5Y2xlcyBiZWNvbWUgYFwiW0NpcmN1bGFyXVwiYCwgYmlnaW50cyB0aGVpciBkZWNpbWFsIHN0cmluZy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvVGV4dCh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gdmFsdWU7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gJyc7XG4gIHN3aXRjaCAodHlwZW9mIHZhbHVlKSB7XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICBjYXNlICdiaWdpbnQnOlxuICAgICAgcmV0dXJuIFN0cmluZyh2YWx1ZSk7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiBvYmplY3RUb1RleHQodmFsdWUpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gJyc7XG4gIH1cbn1cblxuZnVuY3Rpb24gb2JqZWN0VG9UZXh0KHZhbHVlOiBvYmplY3QpOiBzdHJpbmcge1xuICBpZiAodmFsdWUgaW5zdGFuY2VvZiBEYXRlKSByZXR1cm4gTnVtYmVyLmlzTmFOKHZhbHVlLmdldFRpbWUoKSkgPyAnJyA6IHZhbHVlLnRvSVNPU3RyaW5nKCk7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHZhbHVlKSA/PyAnJztcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHNhZmVTdHJpbmdpZnkodmFsdWUpO1xuICB9XG59XG5cbmZ1bmN0aW9uIHNhZmVTdHJpbmdpZnkodmFsdWU6IG9iamVjdCk6IHN0cmluZyB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgV2Vha1NldDxvYmplY3Q+KCk7XG4gIHJldHVybiAoXG4gICAgSlNPTi5zdHJpbmdpZnkodmFsdWUsIChfa2V5LCBpdGVtOiB1bmtub3duKSA9PiB7XG4gICAgICBpZiAodHlwZW9mIGl0ZW0gPT09ICdiaWdpbnQnKSByZXR1cm4gaXRlbS50b1N0cmluZygpO1xuICAgICAgaWYgKHR5cGVvZiBpdGVtID09PSAnb2JqZWN0JyAmJiBpdGVtICE9PSBudWxsKSB7XG4gICAgICAgIGlmIChzZWVuLmhhcyhpdGVtKSkgcmV0dXJuICdbQ2lyY3VsYXJdJztcbiAgICAgICAgc2Vlbi5hZGQoaXRlbSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gaXRlbTtcbiAgICB9KSA/PyAnJ1xuICApO1xufVxuXG4vKipcbiAqIFRydWUgd2hlbiBhIHNlY3Rpb24gbXVzdCBiZSBza2lwcGVkIChhbmQgYW4gaW52ZXJ0ZWQgc2VjdGlvbiByZW5kZXJlZCk6IEphdmFTY3JpcHQtZmFsc3kgdmFsdWVzXG4gKiAoYGZhbHNlYCwgYG51bGxgLCBgdW5kZWZpbmVkYCwgYDBgLCBgTmFOYCwgYCcnYCwgYXMgdGhlIHNwZWMncyBgISFkYXRhYCBydWxlIHNheXMpLCBlbXB0eSBhcnJheXMsIGFuZFxuICogZnVuY3Rpb25zIChuZXZlciBjYWxsZWQ7IHRyZWF0ZWQgYXMgZW1wdHkpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNFbXB0eVZhbHVlKHZhbHVlOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiAhdmFsdWUgfHwgdHlwZW9mIHZhbHVlID09PSAnZnVuY3Rpb24nIHx8IChBcnJheS5pc0FycmF5KHZhbHVlKSAmJiB2YWx1ZS5sZW5ndGggPT09IDApO1xufVxuXG5jb25zdCBIVE1MX0VOVElUSUVTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgJyYnOiAnJmFtcDsnLFxuICAnPCc6ICcmbHQ7JyxcbiAgJz4nOiAnJmd0OycsXG4gICdcIic6ICcmcXVvdDsnLFxuICBcIidcIjogJyYjMzk7Jyxcbn07XG5cbmNvbnN0IEhUTUxfU1BFQ0lBTCA9IC9bJjw+XCInXS9nO1xuXG4vKipcbiAqIEhUTUwtZXNjYXBlIGAmYCwgYDxgLCBgPmAsIGBcImAgYW5kIGAnYC4gUGFzcyBpdCBhcyB0aGUgYGVzY2FwZWAgb3B0aW9uIHRvIGdldCB0aGUgTXVzdGFjaGUgc3BlYydzXG4gKiBiZWhhdmlvdXIgKGB7e3h9fWAgZXNjYXBlZCwgYHt7e3h9fX1gIGFuZCBge3smeH19YCByYXcpLiBQcm9tcHRzIGRvIG5vdCBlc2NhcGUgYnkgZGVmYXVsdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZUh0bWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShIVE1MX1NQRUNJQUwsIChjaGFyKSA9PiBIVE1MX0VOVElUSUVTW2NoYXJdID8/IGNoYXIpO1xufVxuIiwgIi8qKlxuICogVGhlIHRlbXBsYXRlIGNvbXBpbGVyOiBwYXJzZXMgYSB0ZW1wbGF0ZSBvbmNlICh3aXRoIGBtdXN0YWNoZWAncyBwYXJzZXIpIGFuZCB0dXJucyB0aGUgdHJlZSBpbnRvIG5lc3RlZFxuICogY2xvc3VyZXMgdGhhdCBkbyB0aGVpciBvd24gY29udGV4dCBsb29rdXAuIFJlbmRlcmluZyBkb2VzIG5vIHBhcnNpbmcgYW5kIG5vIGdsb2JhbCBzdGF0ZSBpcyB0b3VjaGVkO1xuICogbm8gY29kZSBpcyBnZW5lcmF0ZWQgYXQgcnVuIHRpbWUgKGBuZXcgRnVuY3Rpb25gIGlzIGJhbm5lZCBvbiBzb21lIGVkZ2UgcnVudGltZXMpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgdCA9IGNvbXBpbGVUZW1wbGF0ZSgnSGVsbG8ge3t1c2VyLm5hbWV9fXt7I3RhZ3N9fSwge3sufX17ey90YWdzfX0nKTtcbiAqIHQucmVuZGVyKHsgdXNlcjogeyBuYW1lOiAnQWRhJyB9LCB0YWdzOiBbJ2EnLCAnYiddIH0pOyAvLyAnSGVsbG8gQWRhLCBhLCBiJ1xuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGFuYWx5emVOb2RlcywgdHlwZSBUZW1wbGF0ZUFuYWx5c2lzIH0gZnJvbSAnLi9hbmFseXplLmpzJztcbmltcG9ydCB7IGxvb2t1cE5hbWUsIGxvb2t1cFBhdGgsIHJlYWRPd24sIHJlYWRPd25QYXRoIH0gZnJvbSAnLi9sb29rdXAuanMnO1xuaW1wb3J0IHsgcGFyc2VUZW1wbGF0ZSwgdHlwZSBUZW1wbGF0ZU5vZGUgfSBmcm9tICcuL3BhcnNlLmpzJztcbmltcG9ydCB7IG1lcmdlUGFydGlhbEFuYWx5c2lzLCB0eXBlIFBhcnRpYWxHcmFwaCwgdHlwZSBQYXJ0aWFsUmVzb2x2ZXIsIHJlc29sdmVQYXJ0aWFsR3JhcGggfSBmcm9tICcuL3BhcnRpYWxzLmpzJztcbmltcG9ydCB7IGlzRW1wdHlWYWx1ZSwgdG9UZXh0IH0gZnJvbSAnLi92YWx1ZS5qcyc7XG5cbi8qKiBEZWVwZXN0IG5lc3Rpbmcgb2YgcGFydGlhbHMgd2hpbGUgcmVuZGVyaW5nOyBkZWVwZXIgcmVjdXJzaW9uIGlzIGFuIGVycm9yLCBuZXZlciBhIHN0YWNrIG92ZXJmbG93LiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9QQVJUSUFMX0RFUFRIID0gNjQ7XG5cbi8qKiBNb3N0IHBhcnRpYWwgaW5jbHVzaW9ucyBpbiBvbmUgcmVuZGVyOyBtb3JlIGlzIGFuIGVycm9yLCBuZXZlciBhIGhhbmcgKGUuZy4gYSB3aWRlIHJlY3Vyc2l2ZSBwYXJ0aWFsKS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUEFSVElBTF9SRU5ERVJTID0gMTAwXzAwMDtcblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIGNvbXBpbGVUZW1wbGF0ZX0uICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVUZW1wbGF0ZU9wdGlvbnMge1xuICAvKipcbiAgICogUmV0dXJucyB0aGUgdGVtcGxhdGUgdGV4dCBvZiBhIHBhcnRpYWwgYnkgbmFtZSwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lLiBDYWxsZWQgYXQgY29tcGlsZSB0aW1lXG4gICAqIG9ubHksIG9uY2UgcGVyIG5hbWUgcmVhY2hhYmxlIGZyb20gdGhlIHRlbXBsYXRlLlxuICAgKi9cbiAgcGFydGlhbD86IFBhcnRpYWxSZXNvbHZlcjtcbiAgLyoqXG4gICAqIEVzY2FwZXMgdGhlIHRleHQgb2YgYHt7bmFtZX19YCB0YWdzIChuZXZlciBvZiBge3t7bmFtZX19fWAgb3IgYHt7Jm5hbWV9fWApLiBVbnNldCBieSBkZWZhdWx0OiBwcm9tcHRzIGFyZVxuICAgKiBub3QgSFRNTC4gUGFzcyBgZXNjYXBlSHRtbGAgZm9yIHRoZSBNdXN0YWNoZSBzcGVjJ3MgYmVoYXZpb3VyLlxuICAgKi9cbiAgZXNjYXBlPzogKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nO1xuICAvKipcbiAgICogV2hlbiB0cnVlICh0aGUgZGVmYXVsdCkgYSBtaXNzaW5nIHBhcnRpYWwgaXMgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IGF0IGNvbXBpbGUgdGltZTsgd2hlbiBmYWxzZSBpdFxuICAgKiByZW5kZXJzIGFzIGVtcHR5LCBhcyB0aGUgTXVzdGFjaGUgc3BlYyBzYXlzLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xuICAvKiogV2hlcmUgdGhlIHRlbXBsYXRlIGNvbWVzIGZyb20gKGZpbGUsIHByb21wdCBuYW1lLCBmaWVsZCwgc3RhcnQgbGluZSksIGZvciBlcnJvciBtZXNzYWdlcy4gKi9cbiAgbG9jYXRpb24/OiBQcm9tcHRGb3JtYXRMb2NhdGlvbjtcbn1cblxuLyoqIEEgdGVtcGxhdGUgY29tcGlsZWQgb25jZSBpbnRvIGEgcmVuZGVyIGZ1bmN0aW9uLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlZFRlbXBsYXRlIHtcbiAgLyoqIFRoZSB0ZW1wbGF0ZSB0ZXh0LiAqL1xuICByZWFkb25seSBzb3VyY2U6IHN0cmluZztcbiAgLyoqIFdoYXQgdGhlIHRlbXBsYXRlIHJlYWRzLCBpbmNsdWRpbmcgd2hhdCBpdHMgcGFydGlhbHMgcmVhZCAoc2VlIHtAbGluayBUZW1wbGF0ZUFuYWx5c2lzfSkuICovXG4gIHJlYWRvbmx5IGFuYWx5c2lzOiBUZW1wbGF0ZUFuYWx5c2lzO1xuICAvKiogUGFydGlhbHMgaW5jbHVkZWQgc29tZXdoZXJlIGJ1dCBub3QgZm91bmQgKG9ubHkgd2hlbiBjb21waWxlZCB3aXRoIGBzdHJpY3Q6IGZhbHNlYCk7IHRoZXkgcmVuZGVyIGVtcHR5LiAqL1xuICByZWFkb25seSBtaXNzaW5nUGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKipcbiAgICogUmVuZGVyIHdpdGggYHZpZXdgIGFzIHRoZSByb290IGNvbnRleHQuIE5ldmVyIGNhbGxzIGZ1bmN0aW9ucyBmb3VuZCBpbiB0aGUgdmlldy5cbiAgICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gcGFydGlhbHMgbmVzdCBkZWVwZXIgdGhhbiB7QGxpbmsgTUFYX1BBUlRJQUxfREVQVEh9IG9yIGFyZSBpbmNsdWRlZCBtb3JlXG4gICAqICAgdGhhbiB7QGxpbmsgTUFYX1BBUlRJQUxfUkVOREVSU30gdGltZXNcbiAgICovXG4gIHJlbmRlcih2aWV3OiB1bmtub3duKTogc3RyaW5nO1xufVxuXG4vKiogTXV0YWJsZSBzdGF0ZSBvZiBvbmUgcmVuZGVyIGNhbGwuICovXG5pbnRlcmZhY2UgUmVuZGVyU3RhdGUge1xuICAvKiogVGhlIGNvbnRleHQgc3RhY2ssIHJvb3QgZmlyc3QuICovXG4gIHJlYWRvbmx5IGZyYW1lczogdW5rbm93bltdO1xuICAvKiogQ3VycmVudCBwYXJ0aWFsIG5lc3RpbmcgZGVwdGguICovXG4gIGRlcHRoOiBudW1iZXI7XG4gIC8qKiBQYXJ0aWFsIGluY2x1c2lvbnMgc28gZmFyLiAqL1xuICBpbmNsdWRlczogbnVtYmVyO1xufVxuXG50eXBlIFJlbmRlckZuID0gKHN0YXRlOiBSZW5kZXJTdGF0ZSkgPT4gc3RyaW5nO1xuXG4vKipcbiAqIENvbXBpbGUgYSB0ZW1wbGF0ZSBpbnRvIGEgcmVuZGVyIGZ1bmN0aW9uLlxuICpcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIHRoZSB0ZW1wbGF0ZSBvciBhIHBhcnRpYWwgZG9lcyBub3QgcGFyc2UsIGEgcGFydGlhbCBpcyBtaXNzaW5nIChzdHJpY3QpLCBvclxuICogICBwYXJ0aWFscyBpbmNsdWRlIGVhY2ggb3RoZXIgaW4gYSBjeWNsZSBvdXRzaWRlIGFueSBzZWN0aW9uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlVGVtcGxhdGUoc291cmNlOiBzdHJpbmcsIG9wdGlvbnM6IENvbXBpbGVUZW1wbGF0ZU9wdGlvbnMgPSB7fSk6IENvbXBpbGVkVGVtcGxhdGUge1xuICBjb25zdCBsb2NhdGlvbiA9IG9wdGlvbnMubG9jYXRpb24gPz8ge307XG4gIGNvbnN0IG5vZGVzID0gcGFyc2VUZW1wbGF0ZShzb3VyY2UsIGxvY2F0aW9uKTtcbiAgY29uc3QgbG9jYWwgPSBhbmFseXplTm9kZXMobm9kZXMpO1xuICBjb25zdCBncmFwaCA9IHJlc29sdmVQYXJ0aWFsR3JhcGgobG9jYWwsIHtcbiAgICByZXNvbHZlOiBvcHRpb25zLnBhcnRpYWwsXG4gICAgc3RyaWN0OiBvcHRpb25zLnN0cmljdCA/PyB0cnVlLFxuICAgIGxvY2F0aW9uLFxuICB9KTtcbiAgY29uc3QgYW5hbHlzaXMgPSBtZXJnZVBhcnRpYWxBbmFseXNpcyhsb2NhbCwgZ3JhcGgpO1xuICBjb25zdCBmbGF0ID0gY29tcGlsZUZsYXQobm9kZXMsIG9wdGlvbnMuZXNjYXBlKTtcbiAgaWYgKGZsYXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgc291cmNlLCBhbmFseXNpcywgbWlzc2luZ1BhcnRpYWxzOiBncmFwaC5taXNzaW5nLCByZW5kZXI6IGZsYXQgfTtcbiAgY29uc3Qgcm9vdCA9IG5ldyBOb2RlQ29tcGlsZXIoZ3JhcGgsIG9wdGlvbnMuZXNjYXBlLCBsb2NhdGlvbikuY29tcGlsZShub2Rlcyk7XG4gIHJldHVybiB7XG4gICAgc291cmNlLFxuICAgIGFuYWx5c2lzLFxuICAgIG1pc3NpbmdQYXJ0aWFsczogZ3JhcGgubWlzc2luZyxcbiAgICByZW5kZXIodmlldzogdW5rbm93bik6IHN0cmluZyB7XG4gICAgICByZXR1cm4gcm9vdCh7IGZyYW1lczogW3ZpZXddLCBkZXB0aDogMCwgaW5jbHVkZXM6IDAgfSk7XG4gICAgfSxcbiAgfTtcbn1cblxuLyoqXG4gKiBUaGUgZmFzdCBwYXRoIG9mIHRoZSBjb21tb24gcHJvbXB0OiBhIHRlbXBsYXRlIG9mIHRleHQgYW5kIHZhcmlhYmxlcyBvbmx5IChubyBzZWN0aW9ucywgbm8gcGFydGlhbHMpIHJlYWRzXG4gKiBldmVyeSBuYW1lIGZyb20gdGhlIGlucHV0IGl0c2VsZiwgc28gaXQgbmVlZHMgbm8gY29udGV4dCBzdGFjayBhbmQgYWxsb2NhdGVzIG5vdGhpbmcgYnV0IGl0cyBvdXRwdXQuXG4gKiBgdW5kZWZpbmVkYCB3aGVuIHRoZSB0ZW1wbGF0ZSBoYXMgc2VjdGlvbnMgb3IgcGFydGlhbHMuXG4gKi9cbmZ1bmN0aW9uIGNvbXBpbGVGbGF0KFxuICBub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10sXG4gIGVzY2FwZVRleHQ6ICgodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkLFxuKTogKCh2aWV3OiB1bmtub3duKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdGV4dHM6IHN0cmluZ1tdID0gWycnXTtcbiAgY29uc3QgcGFydHM6IEFycmF5PCh2aWV3OiB1bmtub3duKSA9PiBzdHJpbmc+ID0gW107XG4gIGZvciAoY29uc3Qgbm9kZSBvZiBub2Rlcykge1xuICAgIGlmIChub2RlLmtpbmQgPT09ICd0ZXh0Jykge1xuICAgICAgdGV4dHNbdGV4dHMubGVuZ3RoIC0gMV0gKz0gbm9kZS50ZXh0O1xuICAgIH0gZWxzZSBpZiAobm9kZS5raW5kID09PSAndmFyaWFibGUnKSB7XG4gICAgICBwYXJ0cy5wdXNoKGZsYXRWYXJpYWJsZShub2RlLnBhdGgsIG5vZGUuZXNjYXBlZCA/IGVzY2FwZVRleHQgOiB1bmRlZmluZWQpKTtcbiAgICAgIHRleHRzLnB1c2goJycpO1xuICAgIH0gZWxzZSB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxuICByZXR1cm4gc2VxdWVuY2UodGV4dHMsIHBhcnRzKTtcbn1cblxuZnVuY3Rpb24gZmxhdFZhcmlhYmxlKFxuICBwYXRoOiByZWFkb25seSBzdHJpbmdbXSxcbiAgZXNjYXBlVGV4dDogKCh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZykgfCB1bmRlZmluZWQsXG4pOiAodmlldzogdW5rbm93bikgPT4gc3RyaW5nIHtcbiAgY29uc3Qga2V5ID0gcGF0aFswXTtcbiAgaWYgKHBhdGgubGVuZ3RoID09PSAxICYmIGtleSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuIGVzY2FwZVRleHQgPT09IHVuZGVmaW5lZFxuICAgICAgPyAodmlldykgPT4gdG9UZXh0KHJlYWRPd24odmlldywga2V5KSlcbiAgICAgIDogKHZpZXcpID0+IGVzY2FwZVRleHQodG9UZXh0KHJlYWRPd24odmlldywga2V5KSkpO1xuICB9XG4gIHJldHVybiBlc2NhcGVUZXh0ID09PSB1bmRlZmluZWRcbiAgICA/ICh2aWV3KSA9PiB0b1RleHQocmVhZE93blBhdGgodmlldywgcGF0aCkpXG4gICAgOiAodmlldykgPT4gZXNjYXBlVGV4dCh0b1RleHQocmVhZE93blBhdGgodmlldywgcGF0aCkpKTtcbn1cblxuLyoqIENvbXBpbGVzIG5vZGVzIGludG8gY2xvc3VyZXM7IG93bnMgdGhlIGNhY2hlIG9mIHBhcnRpYWxzIGNvbXBpbGVkIHBlciAobmFtZSwgaW5kZW50YXRpb24pLiAqL1xuY2xhc3MgTm9kZUNvbXBpbGVyIHtcbiAgcHJpdmF0ZSByZWFkb25seSBwYXJ0aWFsQ2FjaGUgPSBuZXcgTWFwPHN0cmluZywgUmVuZGVyRm4gfCBudWxsPigpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZ3JhcGg6IFBhcnRpYWxHcmFwaCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGVzY2FwZVRleHQ6ICgodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uLFxuICApIHt9XG5cbiAgY29tcGlsZShub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10pOiBSZW5kZXJGbiB7XG4gICAgLy8gU2hhcGU6IHRleHRzWzBdICsgcGFydHNbMF0ocykgKyB0ZXh0c1sxXSArIHBhcnRzWzFdKHMpICsgXHUyMDI2ICsgdGV4dHNbbl0sIGxpa2UgYSB0ZW1wbGF0ZSBsaXRlcmFsLlxuICAgIGNvbnN0IHRleHRzOiBzdHJpbmdbXSA9IFsnJ107XG4gICAgY29uc3QgcGFydHM6IFJlbmRlckZuW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IG5vZGUgb2Ygbm9kZXMpIHtcbiAgICAgIGlmIChub2RlLmtpbmQgPT09ICd0ZXh0Jykge1xuICAgICAgICB0ZXh0c1t0ZXh0cy5sZW5ndGggLSAxXSArPSBub2RlLnRleHQ7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBwYXJ0cy5wdXNoKHRoaXMuY29tcGlsZU5vZGUobm9kZSkpO1xuICAgICAgICB0ZXh0cy5wdXNoKCcnKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHNlcXVlbmNlKHRleHRzLCBwYXJ0cyk7XG4gIH1cblxuICBwcml2YXRlIGNvbXBpbGVOb2RlKG5vZGU6IEV4Y2x1ZGU8VGVtcGxhdGVOb2RlLCB7IGtpbmQ6ICd0ZXh0JyB9Pik6IFJlbmRlckZuIHtcbiAgICBzd2l0Y2ggKG5vZGUua2luZCkge1xuICAgICAgY2FzZSAndmFyaWFibGUnOlxuICAgICAgICByZXR1cm4gdGhpcy52YXJpYWJsZShub2RlLnBhdGgsIG5vZGUuZXNjYXBlZCA/IHRoaXMuZXNjYXBlVGV4dCA6IHVuZGVmaW5lZCk7XG4gICAgICBjYXNlICdzZWN0aW9uJzpcbiAgICAgICAgcmV0dXJuIG5vZGUuaW52ZXJ0ZWQgPyB0aGlzLmludmVydGVkKG5vZGUucGF0aCwgdGhpcy5jb21waWxlKG5vZGUuY2hpbGRyZW4pKSA6IHRoaXMuc2VjdGlvbihub2RlLnBhdGgsIG5vZGUpO1xuICAgICAgY2FzZSAncGFydGlhbCc6XG4gICAgICAgIHJldHVybiB0aGlzLnBhcnRpYWwobm9kZS5uYW1lLCBub2RlLmluZGVudGF0aW9uKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHZhcmlhYmxlKHBhdGg6IHJlYWRvbmx5IHN0cmluZ1tdLCBlc2NhcGVUZXh0OiAoKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZCk6IFJlbmRlckZuIHtcbiAgICBjb25zdCBrZXkgPSBwYXRoWzBdO1xuICAgIGlmIChwYXRoLmxlbmd0aCA9PT0gMSAmJiBrZXkgIT09IHVuZGVmaW5lZCkge1xuICAgICAgcmV0dXJuIGVzY2FwZVRleHQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/IChzKSA9PiB0b1RleHQobG9va3VwTmFtZShzLmZyYW1lcywga2V5KSlcbiAgICAgICAgOiAocykgPT4gZXNjYXBlVGV4dCh0b1RleHQobG9va3VwTmFtZShzLmZyYW1lcywga2V5KSkpO1xuICAgIH1cbiAgICByZXR1cm4gZXNjYXBlVGV4dCA9PT0gdW5kZWZpbmVkXG4gICAgICA/IChzKSA9PiB0b1RleHQobG9va3VwUGF0aChzLmZyYW1lcywgcGF0aCkpXG4gICAgICA6IChzKSA9PiBlc2NhcGVUZXh0KHRvVGV4dChsb29rdXBQYXRoKHMuZnJhbWVzLCBwYXRoKSkpO1xuICB9XG5cbiAgcHJpdmF0ZSBpbnZlcnRlZChwYXRoOiByZWFkb25seSBzdHJpbmdbXSwgYm9keTogUmVuZGVyRm4pOiBSZW5kZXJGbiB7XG4gICAgcmV0dXJuIChzKSA9PiAoaXNFbXB0eVZhbHVlKGxvb2t1cFBhdGgocy5mcmFtZXMsIHBhdGgpKSA/IGJvZHkocykgOiAnJyk7XG4gIH1cblxuICBwcml2YXRlIHNlY3Rpb24ocGF0aDogcmVhZG9ubHkgc3RyaW5nW10sIG5vZGU6IHsgcmVhZG9ubHkgY2hpbGRyZW46IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdIH0pOiBSZW5kZXJGbiB7XG4gICAgY29uc3QgYm9keSA9IHRoaXMuY29tcGlsZShub2RlLmNoaWxkcmVuKTtcbiAgICByZXR1cm4gKHMpID0+IHtcbiAgICAgIGNvbnN0IHZhbHVlID0gbG9va3VwUGF0aChzLmZyYW1lcywgcGF0aCk7XG4gICAgICBpZiAoaXNFbXB0eVZhbHVlKHZhbHVlKSkgcmV0dXJuICcnO1xuICAgICAgY29uc3QgZnJhbWVzID0gcy5mcmFtZXM7XG4gICAgICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgICAgbGV0IG91dCA9ICcnO1xuICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IHZhbHVlLmxlbmd0aDsgaSsrKSB7XG4gICAgICAgICAgZnJhbWVzLnB1c2godmFsdWVbaV0pO1xuICAgICAgICAgIG91dCArPSBib2R5KHMpO1xuICAgICAgICAgIGZyYW1lcy5wb3AoKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gb3V0O1xuICAgICAgfVxuICAgICAgZnJhbWVzLnB1c2godmFsdWUpO1xuICAgICAgY29uc3Qgb3V0ID0gYm9keShzKTtcbiAgICAgIGZyYW1lcy5wb3AoKTtcbiAgICAgIHJldHVybiBvdXQ7XG4gICAgfTtcbiAgfVxuXG4gIHByaXZhdGUgcGFydGlhbChuYW1lOiBzdHJpbmcsIGluZGVudGF0aW9uOiBzdHJpbmcpOiBSZW5kZXJGbiB7XG4gICAgLy8gUmVzb2x2ZWQgb24gZmlyc3QgdXNlLCB0aGVuIGtlcHQgaW4gdGhlIGNsb3N1cmU6IG5vIG1hcCBsb29rdXAgb24gbGF0ZXIgcmVuZGVycy5cbiAgICBsZXQgY29tcGlsZWQ6IFJlbmRlckZuIHwgbnVsbCB8IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gKHMpID0+IHtcbiAgICAgIGlmIChjb21waWxlZCA9PT0gdW5kZWZpbmVkKSBjb21waWxlZCA9IHRoaXMucGFydGlhbEZuKG5hbWUsIGluZGVudGF0aW9uKTtcbiAgICAgIGlmIChjb21waWxlZCA9PT0gbnVsbCkgcmV0dXJuICcnO1xuICAgICAgaWYgKHMuZGVwdGggPj0gTUFYX1BBUlRJQUxfREVQVEgpIHRocm93IHRoaXMubGltaXRFcnJvcihuYW1lLCBgbmVzdCBkZWVwZXIgdGhhbiAke01BWF9QQVJUSUFMX0RFUFRIfSBsZXZlbHNgKTtcbiAgICAgIGlmICgrK3MuaW5jbHVkZXMgPiBNQVhfUEFSVElBTF9SRU5ERVJTKSB7XG4gICAgICAgIHRocm93IHRoaXMubGltaXRFcnJvcihuYW1lLCBgYXJlIGluY2x1ZGVkIG1vcmUgdGhhbiAke01BWF9QQVJUSUFMX1JFTkRFUlN9IHRpbWVzIGluIG9uZSByZW5kZXJgKTtcbiAgICAgIH1cbiAgICAgIHMuZGVwdGgrKztcbiAgICAgIGNvbnN0IG91dCA9IGNvbXBpbGVkKHMpO1xuICAgICAgcy5kZXB0aC0tO1xuICAgICAgcmV0dXJuIG91dDtcbiAgICB9O1xuICB9XG5cbiAgLyoqIFRoZSByZW5kZXIgZnVuY3Rpb24gb2YgYSBwYXJ0aWFsIHdpdGggdGhlIGdpdmVuIHN0YW5kYWxvbmUgaW5kZW50YXRpb24sIGNvbXBpbGVkIG9uY2UsIG9yIG51bGwgaWYgbWlzc2luZy4gKi9cbiAgcHJpdmF0ZSBwYXJ0aWFsRm4obmFtZTogc3RyaW5nLCBpbmRlbnRhdGlvbjogc3RyaW5nKTogUmVuZGVyRm4gfCBudWxsIHtcbiAgICBjb25zdCBrZXkgPSBgJHtpbmRlbnRhdGlvbn1cXHUwMDAwJHtuYW1lfWA7XG4gICAgY29uc3QgY2FjaGVkID0gdGhpcy5wYXJ0aWFsQ2FjaGUuZ2V0KGtleSk7XG4gICAgaWYgKGNhY2hlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gY2FjaGVkO1xuICAgIGNvbnN0IHJlc29sdmVkID0gdGhpcy5ncmFwaC5mb3VuZC5nZXQobmFtZSk7XG4gICAgbGV0IGZuOiBSZW5kZXJGbiB8IG51bGwgPSBudWxsO1xuICAgIGlmIChyZXNvbHZlZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBub2RlcyA9XG4gICAgICAgIGluZGVudGF0aW9uID09PSAnJ1xuICAgICAgICAgID8gcmVzb2x2ZWQubm9kZXNcbiAgICAgICAgICA6IHBhcnNlVGVtcGxhdGUoaW5kZW50TGluZXMocmVzb2x2ZWQuc291cmNlLCBpbmRlbnRhdGlvbiksIHsgcHJvbXB0TmFtZTogbmFtZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSk7XG4gICAgICBmbiA9IHRoaXMuY29tcGlsZShub2Rlcyk7XG4gICAgfVxuICAgIHRoaXMucGFydGlhbENhY2hlLnNldChrZXksIGZuKTtcbiAgICByZXR1cm4gZm47XG4gIH1cblxuICBwcml2YXRlIGxpbWl0RXJyb3IobmFtZTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiBQcm9tcHRGb3JtYXRFcnJvciB7XG4gICAgcmV0dXJuIG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGBwYXJ0aWFscyAke3doYXR9IChhdCBcInt7PiAke25hbWV9fX1cIik7IGEgcmVjdXJzaXZlIHBhcnRpYWwgbXVzdCBzdG9wOiBpbmNsdWRlIGl0IGluc2lkZSBhIHNlY3Rpb24gYCArXG4gICAgICAgICdvdmVyIGRhdGEgdGhhdCBlbmRzIChlLmcuIFwie3sjY2hpbGRyZW59fXt7PiBub2RlfX17ey9jaGlsZHJlbn19XCIpLCBhbmQgY2hlY2sgdGhlIGRhdGEgaGFzIG5vIGN5Y2xlcycsXG4gICAgICB7IC4uLnRoaXMubG9jYXRpb24sIGZpZWxkOiB0aGlzLmxvY2F0aW9uLmZpZWxkID8/ICd0ZW1wbGF0ZScgfSxcbiAgICApO1xuICB9XG59XG5cbi8qKlxuICogQnVpbGQgdGhlIHJlbmRlciBmdW5jdGlvbiBvZiBhIHNlcXVlbmNlIG9mIHRleHRzIGFuZCBwYXJ0cy4gU2hvcnQgc2VxdWVuY2VzICh0aGUgY29tbW9uIHByb21wdCkgYXJlIHVucm9sbGVkXG4gKiBpbnRvIG9uZSBjb25jYXRlbmF0aW9uIGV4cHJlc3Npb24sIHdoaWNoIFY4IHJ1bnMgYWJvdXQgYSB0aGlyZCBmYXN0ZXIgdGhhbiB0aGUgbG9vcC5cbiAqL1xuZnVuY3Rpb24gc2VxdWVuY2U8QT4odGV4dHM6IHJlYWRvbmx5IHN0cmluZ1tdLCBwYXJ0czogUmVhZG9ubHlBcnJheTwoYXJnOiBBKSA9PiBzdHJpbmc+KTogKGFyZzogQSkgPT4gc3RyaW5nIHtcbiAgdHlwZSBQYXJ0ID0gKGFyZzogQSkgPT4gc3RyaW5nO1xuICBjb25zdCBbdDAgPSAnJywgdDEgPSAnJywgdDIgPSAnJywgdDMgPSAnJywgdDQgPSAnJywgdDUgPSAnJywgdDYgPSAnJ10gPSB0ZXh0cztcbiAgY29uc3QgW3AwLCBwMSwgcDIsIHAzLCBwNCwgcDVdID0gcGFydHM7XG4gIHN3aXRjaCAocGFydHMubGVuZ3RoKSB7XG4gICAgY2FzZSAwOlxuICAgICAgcmV0dXJuICgpID0+IHQwO1xuICAgIGNhc2UgMTpcbiAgICAgIHJldHVybiB0MCA9PT0gJycgJiYgdDEgPT09ICcnID8gKHAwIGFzIFBhcnQpIDogKHMpID0+IHQwICsgKHAwIGFzIFBhcnQpKHMpICsgdDE7XG4gICAgY2FzZSAyOlxuICAgICAgcmV0dXJuIChzKSA9PiB0MCArIChwMCBhcyBQYXJ0KShzKSArIHQxICsgKHAxIGFzIFBhcnQpKHMpICsgdDI7XG4gICAgY2FzZSAzOlxuICAgICAgcmV0dXJuIChzKSA9PiB0MCArIChwMCBhcyBQYXJ0KShzKSArIHQxICsgKHAxIGFzIFBhcnQpKHMpICsgdDIgKyAocDIgYXMgUGFydCkocykgKyB0MztcbiAgICBjYXNlIDQ6XG4gICAgICByZXR1cm4gKHMpID0+IHQwICsgKHAwIGFzIFBhcnQpKHMpICsgdDEgKyAocDEgYXMgUGFydCkocykgKyB0MiArIChwMiBhcyBQYXJ0KShzKSArIHQzICsgKHAzIGFzIFBhcnQpKHMpICsgdDQ7XG4gICAgY2FzZSA1OlxuICAgICAgcmV0dXJuIChzKSA9PlxuICAgICAgICB0MCArXG4gICAgICAgIChwMCBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQxICtcbiAgICAgICAgKHAxIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDIgK1xuICAgICAgICAocDIgYXMgUGFydCkocykgK1xuICAgICAgICB0MyArXG4gICAgICAgIChwMyBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ0ICtcbiAgICAgICAgKHA0IGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDU7XG4gICAgY2FzZSA2OlxuICAgICAgcmV0dXJuIChzKSA9PlxuICAgICAgICB0MCArXG4gICAgICAgIChwMCBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQxICtcbiAgICAgICAgKHAxIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDIgK1xuICAgICAgICAocDIgYXMgUGFydCkocykgK1xuICAgICAgICB0MyArXG4gICAgICAgIChwMyBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ0ICtcbiAgICAgICAgKHA0IGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDUgK1xuICAgICAgICAocDUgYXMgUGFydCkocykgK1xuICAgICAgICB0NjtcbiAgICBkZWZhdWx0OiB7XG4gICAgICBjb25zdCBjb3VudCA9IHBhcnRzLmxlbmd0aDtcbiAgICAgIHJldHVybiAocykgPT4ge1xuICAgICAgICBsZXQgb3V0ID0gdDA7XG4gICAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgY291bnQ7IGkrKykgb3V0ICs9IChwYXJ0c1tpXSBhcyBQYXJ0KShzKSArIHRleHRzW2kgKyAxXTtcbiAgICAgICAgcmV0dXJuIG91dDtcbiAgICAgIH07XG4gICAgfVxuICB9XG59XG5cbi8qKiBQcmVmaXggZXZlcnkgbm9uLWVtcHR5IGxpbmUgb2YgYSBwYXJ0aWFsJ3Mgc291cmNlIHdpdGggdGhlIGluZGVudGF0aW9uIG9mIGl0cyBzdGFuZGFsb25lIHRhZy4gKi9cbmZ1bmN0aW9uIGluZGVudExpbmVzKHNvdXJjZTogc3RyaW5nLCBpbmRlbnRhdGlvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNvdXJjZVxuICAgIC5zcGxpdCgnXFxuJylcbiAgICAubWFwKChsaW5lKSA9PiAobGluZS5sZW5ndGggPiAwID8gaW5kZW50YXRpb24gKyBsaW5lIDogbGluZSkpXG4gICAgLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8qKlxuICogVGhlIGNvbXBpbGVkIHByb21wdDogYSB7QGxpbmsgUHJvbXB0UmVjb3JkfSB3aG9zZSB0ZW1wbGF0ZXMgYXJlIGNvbXBpbGVkIG9uY2UsIHdob3NlIGlucHV0IHNjaGVtYSBpcyBjb21waWxlZFxuICogKG9yIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlcykgb25jZSwgYW5kIHdoaWNoIHRoZW4gcmVuZGVycyB0ZXh0IG9yIGNoYXQgbWVzc2FnZXMgb24gdGhlIHJlcXVlc3QgcGF0aFxuICogd2l0aG91dCBwYXJzaW5nIGFueXRoaW5nLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcHJvbXB0ID0gY29tcGlsZVByb21wdCh7XG4gKiAgIG5hbWU6ICdzdXBwb3J0L2dyZWV0aW5nJywgdmVyc2lvbjogJzEuMC4wJywgdHlwZTogJ3RleHQnLFxuICogICB0ZW1wbGF0ZTogJ0hlbGxvIHt7Y3VzdG9tZXJ9fSBmcm9tIHt7Y29tcGFueX19JyxcbiAqICAgaW5wdXQ6IHsgc2NoZW1hOiB7IGN1c3RvbWVyOiAnc3RyaW5nJywgY29tcGFueTogJ3N0cmluZycgfSB9LFxuICogfSk7XG4gKiBwcm9tcHQucmVuZGVyKHsgY3VzdG9tZXI6ICdBZGEnLCBjb21wYW55OiAnQWNtZScgfSk7IC8vICdIZWxsbyBBZGEgZnJvbSBBY21lJ1xuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7XG4gIFByb21wdEZvcm1hdEVycm9yLFxuICB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uLFxuICBQcm9tcHRJbnB1dEVycm9yLFxuICB0eXBlIFByb21wdElucHV0SXNzdWUsXG4gIFByb21wdE9wc0Vycm9yLFxufSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBDaGF0TWVzc2FnZSwgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi9yZWNvcmQuanMnO1xuaW1wb3J0IHsgY29tcGlsZUlucHV0U2NoZW1hLCB0eXBlIElucHV0U2NoZW1hLCBzY2hlbWFGcm9tVmFyaWFibGVzIH0gZnJvbSAnLi9zY2hlbWEvaW5kZXguanMnO1xuaW1wb3J0IHsgYW5hbHl6ZVRlbXBsYXRlLCB0eXBlIENvbXBpbGVkVGVtcGxhdGUsIGNvbXBpbGVUZW1wbGF0ZSwgdHlwZSBQYXJ0aWFsUmVzb2x2ZXIgfSBmcm9tICcuL3RlbXBsYXRlL2luZGV4LmpzJztcblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIGNvbXBpbGVQcm9tcHR9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlUHJvbXB0T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBgdHJ1ZWA6IGV2ZXJ5IHJlbmRlciB2YWxpZGF0ZXMgdGhlIGlucHV0IChkZWZhdWx0cyArIHZhcmlhYmxlcykgYWdhaW5zdCB0aGUgaW5wdXQgc2NoZW1hLCBhbmQgYSBtaXNzaW5nXG4gICAqIHBhcnRpYWwgaXMgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IGF0IGNvbXBpbGUgdGltZS4gYGZhbHNlYDogbm8gdmFsaWRhdGlvbiwgbWlzc2luZyB2YXJpYWJsZXMgYW5kXG4gICAqIG1pc3NpbmcgcGFydGlhbHMgcmVuZGVyIGVtcHR5LiBBIHJlbmRlciBjYWxsIG1heSBvdmVycmlkZSB0aGUgZmlyc3QgcGFydCB3aXRoIGl0cyBvd24gYHN0cmljdGAuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHN0cmljdD86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBTeW5jIGxvb2t1cCBvZiBhIHBhcnRpYWwncyByZWNvcmQgYnkgbmFtZSAodGhlIGNhbGxlciBwcmVsb2FkZWQgdGhlIGxhdGVzdCB2ZXJzaW9uIG9mIGVhY2ggbmFtZSB0aGF0XG4gICAqIHtAbGluayBwYXJ0aWFsTmFtZXNPZn0gbGlzdHMsIHJlY3Vyc2l2ZWx5KS4gT25seSB0ZXh0IHByb21wdHMgY2FuIGJlIHBhcnRpYWxzLlxuICAgKi9cbiAgcGFydGlhbHM/OiAobmFtZTogc3RyaW5nKSA9PiBQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ7XG4gIC8qKiBUaGUgZmlsZSB0aGUgcmVjb3JkIGNhbWUgZnJvbSwgZm9yIGVycm9yIGxvY2F0aW9ucy4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgLyoqIDEtYmFzZWQgbGluZSBvZiBgZmlsZWAgb24gd2hpY2ggdGhlIHRleHQgdGVtcGxhdGUgc3RhcnRzICh0aGUgYm9keSBvZiBhIGAucHJvbXB0Lm1kYCksIGZvciBleGFjdCBlcnJvciBsaW5lcy4gKi9cbiAgdGVtcGxhdGVMaW5lPzogbnVtYmVyO1xufVxuXG4vKiogT3B0aW9ucyBvZiBvbmUgcmVuZGVyIGNhbGwuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbmRlck9wdGlvbnMge1xuICAvKiogT3ZlcnJpZGVzIHRoZSBwcm9tcHQncyBgc3RyaWN0YDogYGZhbHNlYCBza2lwcyB2YWxpZGF0aW9uIGFuZCByZW5kZXJzIG1pc3NpbmcgdmFyaWFibGVzIGFzIGVtcHR5LiAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xufVxuXG4vKiogQSBwcm9tcHQgY29tcGlsZWQgb25jZSBwZXIgdmVyc2lvbiwgcmVhZHkgdG8gcmVuZGVyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlZFByb21wdCB7XG4gIC8qKiBUaGUgcmVjb3JkIGl0IHdhcyBjb21waWxlZCBmcm9tIChuZXZlciBtdXRhdGVkKS4gKi9cbiAgcmVhZG9ubHkgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gIC8qKlxuICAgKiBJbnB1dCBuYW1lczogdGhlIGRlY2xhcmVkIHNjaGVtYSdzIHByb3BlcnRpZXMgb3IsIHdpdGhvdXQgb25lLCB0aGUgbmFtZXMgdGhlIHRlbXBsYXRlcyByZWFkIGF0IHRoZSBpbnB1dFxuICAgKiBsZXZlbCAob3V0c2lkZSBge3sjc2VjdGlvbnN9fWA7IHRoZSBpbmZlcnJlZCBzY2hlbWEgYWxzbyBhY2NlcHRzIG5hbWVzIHJlYWQgaW5zaWRlIHNlY3Rpb25zKS5cbiAgICovXG4gIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBOYW1lcyBvZiB0aGUgcGFydGlhbHMgdGhlIHByb21wdCBpbmNsdWRlcyBkaXJlY3RseS4gKi9cbiAgcmVhZG9ubHkgcGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogVGhlIGlucHV0IHNjaGVtYTogdGhlIGRlY2xhcmVkIG9uZSwgb3Igb25lIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlcy4gKi9cbiAgcmVhZG9ubHkgaW5wdXRTY2hlbWE6IElucHV0U2NoZW1hO1xuICAvKipcbiAgICogUmVuZGVyIGEgdGV4dCBwcm9tcHQuIElucHV0IGlzIGB7IC4uLnJlY29yZC5pbnB1dC5kZWZhdWx0LCAuLi52YXJzIH1gIChhIHZhcmlhYmxlIHBhc3NlZCBhcyBgdW5kZWZpbmVkYCBrZWVwc1xuICAgKiBpdHMgZGVmYXVsdCksIHZhbGlkYXRlZCB3aGVuIHN0cmljdC5cbiAgICogQHRocm93cyB7UHJvbXB0SW5wdXRFcnJvcn0gd2hlbiBzdHJpY3QgYW5kIHRoZSBpbnB1dCBkb2VzIG5vdCBmaXQgdGhlIHNjaGVtYSAoZXZlcnkgcHJvYmxlbSBhdCBvbmNlKVxuICAgKiBAdGhyb3dzIHtQcm9tcHRPcHNFcnJvcn0gd2hlbiB0aGUgcHJvbXB0IGlzIGEgY2hhdCBwcm9tcHQgKGNhbGwgYHJlbmRlck1lc3NhZ2VzYClcbiAgICovXG4gIHJlbmRlcih2YXJzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogc3RyaW5nO1xuICAvKipcbiAgICogUmVuZGVyIGEgY2hhdCBwcm9tcHQ6IG9uZSBgeyByb2xlLCBjb250ZW50IH1gIHBlciBtZXNzYWdlLCBlYWNoIGNvbnRlbnQgcmVuZGVyZWQgb24gaXRzIG93biAoYSB2YXJpYWJsZSdzXG4gICAqIHZhbHVlIGNhbiBuZXZlciBjcmVhdGUsIGVuZCBvciByZS1yb2xlIGEgbWVzc2FnZSk7IGVhY2ggYHsgcGxhY2Vob2xkZXIgfWAgaXMgcmVwbGFjZWQgYnkgdGhlIG1lc3NhZ2VzIHBhc3NlZFxuICAgKiBmb3IgaXQgaW4gYHBsYWNlaG9sZGVyc2AuXG4gICAqIEB0aHJvd3Mge1Byb21wdElucHV0RXJyb3J9IHdoZW4gc3RyaWN0IGFuZCB0aGUgaW5wdXQgZG9lcyBub3QgZml0IHRoZSBzY2hlbWEgb3IgYSBwbGFjZWhvbGRlciBpcyBtaXNzaW5nLCBhbmRcbiAgICogICBhbHdheXMgd2hlbiBhIHBsYWNlaG9sZGVyJ3MgdmFsdWUgaXMgbm90IGFuIGFycmF5IG9mIGB7IHJvbGU6IHN0cmluZywgY29udGVudDogc3RyaW5nIH1gXG4gICAqIEB0aHJvd3Mge1Byb21wdE9wc0Vycm9yfSB3aGVuIHRoZSBwcm9tcHQgaXMgYSB0ZXh0IHByb21wdCAoY2FsbCBgcmVuZGVyYClcbiAgICovXG4gIHJlbmRlck1lc3NhZ2VzKFxuICAgIHZhcnM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPixcbiAgICBwbGFjZWhvbGRlcnM/OiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPixcbiAgICBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyxcbiAgKTogQ2hhdE1lc3NhZ2VbXTtcbn1cblxudHlwZSBDb21waWxlZE1lc3NhZ2UgPVxuICB8IHsgcmVhZG9ubHkga2luZDogJ21lc3NhZ2UnOyByZWFkb25seSByb2xlOiBzdHJpbmc7IHJlYWRvbmx5IHRlbXBsYXRlOiBDb21waWxlZFRlbXBsYXRlIH1cbiAgfCB7IHJlYWRvbmx5IGtpbmQ6ICdwbGFjZWhvbGRlcic7IHJlYWRvbmx5IG5hbWU6IHN0cmluZyB9O1xuXG5jb25zdCBOT19WQVJJQUJMRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9IE9iamVjdC5mcmVlemUoe30pO1xuXG4vKipcbiAqIENvbXBpbGUgYSBwcm9tcHQgcmVjb3JkOiBwYXJzZSBpdHMgdGVtcGxhdGVzIGFuZCBwYXJ0aWFscywgY29tcGlsZSBpdHMgaW5wdXQgc2NoZW1hIChvciBpbmZlciBvbmUgZnJvbSB0aGVcbiAqIHRlbXBsYXRlcyksIGFuZCBjaGVjayB0aGUgdGVtcGxhdGVzIGFnYWluc3QgYSBkZWNsYXJlZCBzY2hlbWEuXG4gKlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gYSB0ZW1wbGF0ZSBkb2VzIG5vdCBwYXJzZSwgYSBwYXJ0aWFsIGlzIG1pc3NpbmcgKHN0cmljdCkgb3IgY3ljbGVzIG91dHNpZGUgYW55XG4gKiAgIHNlY3Rpb24sIHRoZSBzY2hlbWEgaXMgaW52YWxpZCwgb3IgYSB0ZW1wbGF0ZSByZWFkcyBhIHZhcmlhYmxlIHRoZSBkZWNsYXJlZCBzY2hlbWEgZG9lcyBub3QgZGVjbGFyZVxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVByb21wdChyZWNvcmQ6IFByb21wdFJlY29yZCwgb3B0aW9uczogQ29tcGlsZVByb21wdE9wdGlvbnMgPSB7fSk6IENvbXBpbGVkUHJvbXB0IHtcbiAgY29uc3Qgc3RyaWN0ID0gb3B0aW9ucy5zdHJpY3QgPz8gdHJ1ZTtcbiAgY29uc3QgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7IHByb21wdE5hbWU6IHJlY29yZC5uYW1lIH07XG4gIGlmIChvcHRpb25zLmZpbGUgIT09IHVuZGVmaW5lZCkgYmFzZS5maWxlID0gb3B0aW9ucy5maWxlO1xuICBjb25zdCByZXNvbHZlID0gcGFydGlhbFJlc29sdmVyKG9wdGlvbnMucGFydGlhbHMsIGJhc2UpO1xuICBjb25zdCBjb21waWxlID0gKHNvdXJjZTogc3RyaW5nLCBmaWVsZDogc3RyaW5nLCBsaW5lPzogbnVtYmVyKTogQ29tcGlsZWRUZW1wbGF0ZSA9PiB7XG4gICAgY29uc3QgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0geyAuLi5iYXNlLCBmaWVsZCB9O1xuICAgIGlmIChsaW5lICE9PSB1bmRlZmluZWQpIGxvY2F0aW9uLmxpbmUgPSBsaW5lO1xuICAgIHJldHVybiBjb21waWxlVGVtcGxhdGUoc291cmNlLCB7IHBhcnRpYWw6IHJlc29sdmUsIHN0cmljdCwgbG9jYXRpb24gfSk7XG4gIH07XG5cbiAgbGV0IHRleHQ6IENvbXBpbGVkVGVtcGxhdGUgfCB1bmRlZmluZWQ7XG4gIGxldCBtZXNzYWdlczogQ29tcGlsZWRNZXNzYWdlW10gfCB1bmRlZmluZWQ7XG4gIGlmIChyZWNvcmQudHlwZSA9PT0gJ3RleHQnKSB7XG4gICAgaWYgKHR5cGVvZiByZWNvcmQudGVtcGxhdGUgIT09ICdzdHJpbmcnKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoJ2EgdGV4dCBwcm9tcHQgbmVlZHMgYSBcInRlbXBsYXRlXCIgc3RyaW5nOyBhZGQgdGhlIHRlbXBsYXRlIHRleHQnLCB7XG4gICAgICAgIC4uLmJhc2UsXG4gICAgICAgIGZpZWxkOiAndGVtcGxhdGUnLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHRleHQgPSBjb21waWxlKHJlY29yZC50ZW1wbGF0ZSwgJ3RlbXBsYXRlJywgb3B0aW9ucy50ZW1wbGF0ZUxpbmUpO1xuICB9IGVsc2UgaWYgKHJlY29yZC50eXBlID09PSAnY2hhdCcpIHtcbiAgICBtZXNzYWdlcyA9IGNvbXBpbGVNZXNzYWdlcyhyZWNvcmQubWVzc2FnZXMsIGJhc2UsIGNvbXBpbGUpO1xuICB9IGVsc2Uge1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihgdW5rbm93biBwcm9tcHQgdHlwZSAke0pTT04uc3RyaW5naWZ5KHJlY29yZC50eXBlKX07IHVzZSBcInRleHRcIiBvciBcImNoYXRcImAsIHtcbiAgICAgIC4uLmJhc2UsXG4gICAgICBmaWVsZDogJ3R5cGUnLFxuICAgIH0pO1xuICB9XG5cbiAgY29uc3QgdGVtcGxhdGVzID0gdGV4dCAhPT0gdW5kZWZpbmVkID8gW3RleHRdIDogdGVtcGxhdGVzT2YobWVzc2FnZXMgPz8gW10pO1xuICBjb25zdCB1c2VkID0gdW5pb25BbmFseXNpcyh0ZW1wbGF0ZXMpO1xuICBjb25zdCBkZWNsYXJlZCA9IHJlY29yZC5pbnB1dD8uc2NoZW1hICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLmlucHV0Py5zY2hlbWEgIT09IG51bGw7XG4gIGNvbnN0IGlucHV0U2NoZW1hID0gaW5wdXRTY2hlbWFPZihyZWNvcmQsIHVzZWQsIGJhc2UpO1xuICBjb25zdCB2YXJpYWJsZXMgPSBkZWNsYXJlZCAmJiBsaXN0c1Byb3BlcnRpZXMoaW5wdXRTY2hlbWEpID8gaW5wdXRTY2hlbWEucHJvcGVydGllcyA6IHVzZWQuYWxsO1xuICBjb25zdCBkZWZhdWx0cyA9IGRlZmF1bHRzT2YocmVjb3JkLCBiYXNlKTtcbiAgcmV0dXJuIG5ldyBQcm9tcHQocmVjb3JkLCBpbnB1dFNjaGVtYSwgdmFyaWFibGVzLCB1c2VkLnBhcnRpYWxzLCBzdHJpY3QsIGRlZmF1bHRzLCB0ZXh0LCBtZXNzYWdlcyk7XG59XG5cbi8qKlxuICogVGhlIHBhcnRpYWwgbmFtZXMgYSByZWNvcmQncyB0ZW1wbGF0ZXMgaW5jbHVkZSBkaXJlY3RseSwgc28gdGhhdCBhIGxvYWRlciBjYW4gZmV0Y2ggdGhlbSAoYW5kIHRoZWlycyxcbiAqIHJlY3Vyc2l2ZWx5KSBiZWZvcmUgY2FsbGluZyB7QGxpbmsgY29tcGlsZVByb21wdH0uIE1hbGZvcm1lZCBtZXNzYWdlIGVudHJpZXMgYXJlIHNraXBwZWQgKGNvbXBpbGVQcm9tcHQgcmVwb3J0c1xuICogdGhlbSkuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiBhIHRlbXBsYXRlIGRvZXMgbm90IHBhcnNlXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJ0aWFsTmFtZXNPZihyZWNvcmQ6IFByb21wdFJlY29yZCk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbmFtZXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYWRkID0gKHNvdXJjZTogdW5rbm93biwgZmllbGQ6IHN0cmluZyk6IHZvaWQgPT4ge1xuICAgIGlmICh0eXBlb2Ygc291cmNlICE9PSAnc3RyaW5nJykgcmV0dXJuO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBhbmFseXplVGVtcGxhdGUoc291cmNlLCB7IHByb21wdE5hbWU6IHJlY29yZC5uYW1lLCBmaWVsZCB9KS5wYXJ0aWFscykgbmFtZXMuYWRkKG5hbWUpO1xuICB9O1xuICBhZGQocmVjb3JkLnRlbXBsYXRlLCAndGVtcGxhdGUnKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkocmVjb3JkLm1lc3NhZ2VzKSkge1xuICAgIHJlY29yZC5tZXNzYWdlcy5mb3JFYWNoKChtZXNzYWdlLCBpKSA9PiB7XG4gICAgICBpZiAodHlwZW9mIG1lc3NhZ2UgPT09ICdvYmplY3QnICYmIG1lc3NhZ2UgIT09IG51bGwgJiYgJ2NvbnRlbnQnIGluIG1lc3NhZ2UpIHtcbiAgICAgICAgYWRkKG1lc3NhZ2UuY29udGVudCwgYG1lc3NhZ2VzWyR7aX1dLmNvbnRlbnRgKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxuICByZXR1cm4gWy4uLm5hbWVzXTtcbn1cblxuY2xhc3MgUHJvbXB0IGltcGxlbWVudHMgQ29tcGlsZWRQcm9tcHQge1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSByZWNvcmQ6IFByb21wdFJlY29yZCxcbiAgICByZWFkb25seSBpbnB1dFNjaGVtYTogSW5wdXRTY2hlbWEsXG4gICAgcmVhZG9ubHkgdmFyaWFibGVzOiByZWFkb25seSBzdHJpbmdbXSxcbiAgICByZWFkb25seSBwYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW10sXG4gICAgcHJpdmF0ZSByZWFkb25seSBzdHJpY3Q6IGJvb2xlYW4sXG4gICAgcHJpdmF0ZSByZWFkb25seSBkZWZhdWx0czogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdGV4dDogQ29tcGlsZWRUZW1wbGF0ZSB8IHVuZGVmaW5lZCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG1lc3NhZ2VzOiByZWFkb25seSBDb21waWxlZE1lc3NhZ2VbXSB8IHVuZGVmaW5lZCxcbiAgKSB7fVxuXG4gIHJlbmRlcih2YXJzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogc3RyaW5nIHtcbiAgICBjb25zdCB0ZXh0ID0gdGhpcy50ZXh0O1xuICAgIGlmICh0ZXh0ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRPcHNFcnJvcihcbiAgICAgICAgYHByb21wdCBcIiR7dGhpcy5sYWJlbCgpfVwiIGlzIGEgY2hhdCBwcm9tcHQ6IGNhbGwgcmVuZGVyTWVzc2FnZXModmFycywgcGxhY2Vob2xkZXJzKSBpbnN0ZWFkIG9mIHJlbmRlcigpYCxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IGlucHV0ID0gdGhpcy5pbnB1dCh2YXJzLCBvcHRpb25zPy5zdHJpY3QgPz8gdGhpcy5zdHJpY3QsIHVuZGVmaW5lZCk7XG4gICAgcmV0dXJuIHRleHQucmVuZGVyKGlucHV0KTtcbiAgfVxuXG4gIHJlbmRlck1lc3NhZ2VzKFxuICAgIHZhcnM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPixcbiAgICBwbGFjZWhvbGRlcnM/OiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPixcbiAgICBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyxcbiAgKTogQ2hhdE1lc3NhZ2VbXSB7XG4gICAgY29uc3QgbWVzc2FnZXMgPSB0aGlzLm1lc3NhZ2VzO1xuICAgIGlmIChtZXNzYWdlcyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0T3BzRXJyb3IoXG4gICAgICAgIGBwcm9tcHQgXCIke3RoaXMubGFiZWwoKX1cIiBpcyBhIHRleHQgcHJvbXB0OiBjYWxsIHJlbmRlcih2YXJzKSBpbnN0ZWFkIG9mIHJlbmRlck1lc3NhZ2VzKClgLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3Qgc3RyaWN0ID0gb3B0aW9ucz8uc3RyaWN0ID8/IHRoaXMuc3RyaWN0O1xuICAgIGNvbnN0IGlzc3VlczogUHJvbXB0SW5wdXRJc3N1ZVtdID0gW107XG4gICAgY29uc3QgaW5zZXJ0ZWQgPSBwbGFjZWhvbGRlclZhbHVlcyhtZXNzYWdlcywgcGxhY2Vob2xkZXJzLCBzdHJpY3QsIGlzc3Vlcyk7XG4gICAgY29uc3QgaW5wdXQgPSB0aGlzLmlucHV0KHZhcnMsIHN0cmljdCwgaXNzdWVzKTtcbiAgICBjb25zdCBvdXQ6IENoYXRNZXNzYWdlW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IG1lc3NhZ2Ugb2YgbWVzc2FnZXMpIHtcbiAgICAgIGlmIChtZXNzYWdlLmtpbmQgPT09ICdtZXNzYWdlJykge1xuICAgICAgICBvdXQucHVzaCh7IHJvbGU6IG1lc3NhZ2Uucm9sZSwgY29udGVudDogbWVzc2FnZS50ZW1wbGF0ZS5yZW5kZXIoaW5wdXQpIH0pO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZm9yIChjb25zdCBtIG9mIGluc2VydGVkLmdldChtZXNzYWdlLm5hbWUpID8/IFtdKSBvdXQucHVzaCh7IHJvbGU6IG0ucm9sZSwgY29udGVudDogbS5jb250ZW50IH0pO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9XG5cbiAgLyoqXG4gICAqIE1lcmdlIGRlZmF1bHRzIGFuZCB2YXJpYWJsZXMsIHZhbGlkYXRlIHdoZW4gc3RyaWN0LCBhbmQgdGhyb3cgZXZlcnkgcHJvYmxlbSBmb3VuZCAodG9nZXRoZXIgd2l0aCB0aGVcbiAgICogYGV4dHJhSXNzdWVzYCBmb3VuZCBiZWZvcmUsIGUuZy4gcGxhY2Vob2xkZXIgcHJvYmxlbXMpIGluIG9uZSB7QGxpbmsgUHJvbXB0SW5wdXRFcnJvcn0uXG4gICAqL1xuICBwcml2YXRlIGlucHV0KFxuICAgIHZhcnM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHwgdW5kZWZpbmVkLFxuICAgIHN0cmljdDogYm9vbGVhbixcbiAgICBleHRyYUlzc3VlczogUHJvbXB0SW5wdXRJc3N1ZVtdIHwgdW5kZWZpbmVkLFxuICApOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gICAgaWYgKHZhcnMgIT09IHVuZGVmaW5lZCAmJiAodHlwZW9mIHZhcnMgIT09ICdvYmplY3QnIHx8IHZhcnMgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheSh2YXJzKSkpIHtcbiAgICAgIGNvbnN0IGlzc3VlID0geyBwYXRoOiBbXSwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGB2YXJpYWJsZXMgbXVzdCBiZSBhbiBvYmplY3QsIGdvdCAke2Rlc2NyaWJlKHZhcnMpfWAgfTtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRJbnB1dEVycm9yKHRoaXMucmVjb3JkLm5hbWUsIHRoaXMucmVjb3JkLnZlcnNpb24sIFsuLi4oZXh0cmFJc3N1ZXMgPz8gW10pLCBpc3N1ZV0pO1xuICAgIH1cbiAgICBjb25zdCBpbnB1dCA9IHRoaXMuZGVmYXVsdHMgPT09IHVuZGVmaW5lZCA/ICh2YXJzID8/IE5PX1ZBUklBQkxFUykgOiB3aXRoRGVmYXVsdHModGhpcy5kZWZhdWx0cywgdmFycyk7XG4gICAgbGV0IHZhbHVlID0gaW5wdXQ7XG4gICAgbGV0IGlzc3VlcyA9IGV4dHJhSXNzdWVzO1xuICAgIGlmIChzdHJpY3QpIHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IHRoaXMuaW5wdXRTY2hlbWEudmFsaWRhdGUoaW5wdXQpO1xuICAgICAgaWYgKHJlc3VsdC5vaykgdmFsdWUgPSByZXN1bHQudmFsdWU7XG4gICAgICBlbHNlIGlzc3VlcyA9IGlzc3VlcyA9PT0gdW5kZWZpbmVkID8gcmVzdWx0Lmlzc3VlcyA6IFsuLi5yZXN1bHQuaXNzdWVzLCAuLi5pc3N1ZXNdO1xuICAgIH1cbiAgICBpZiAoaXNzdWVzICE9PSB1bmRlZmluZWQgJiYgaXNzdWVzLmxlbmd0aCA+IDApIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRJbnB1dEVycm9yKHRoaXMucmVjb3JkLm5hbWUsIHRoaXMucmVjb3JkLnZlcnNpb24sIGlzc3Vlcyk7XG4gICAgfVxuICAgIHJldHVybiB2YWx1ZTtcbiAgfVxuXG4gIHByaXZhdGUgbGFiZWwoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dGhpcy5yZWNvcmQubmFtZX1AJHt0aGlzLnJlY29yZC52ZXJzaW9ufWA7XG4gIH1cbn1cblxuZnVuY3Rpb24gcGFydGlhbFJlc29sdmVyKFxuICBsb29rdXA6IENvbXBpbGVQcm9tcHRPcHRpb25zWydwYXJ0aWFscyddLFxuICBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbik6IFBhcnRpYWxSZXNvbHZlciB8IHVuZGVmaW5lZCB7XG4gIGlmIChsb29rdXAgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIChuYW1lKSA9PiB7XG4gICAgY29uc3QgcGFydGlhbCA9IGxvb2t1cChuYW1lKTtcbiAgICBpZiAocGFydGlhbCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmIChwYXJ0aWFsLnR5cGUgIT09ICd0ZXh0JyB8fCB0eXBlb2YgcGFydGlhbC50ZW1wbGF0ZSAhPT0gJ3N0cmluZycpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgYHBhcnRpYWwgXCIke25hbWV9XCIgaXMgYSAke1N0cmluZyhwYXJ0aWFsLnR5cGUpfSBwcm9tcHQgd2l0aG91dCBhIHRlbXBsYXRlOyBvbmx5IHRleHQgcHJvbXB0cyBjYW4gYmUgYCArXG4gICAgICAgICAgYGluY2x1ZGVkIHdpdGggXCJ7ez4gJHtuYW1lfX19XCI6IGluY2x1ZGUgYSB0ZXh0IHByb21wdCBvciByZW1vdmUgdGhlIHRhZ2AsXG4gICAgICAgIHsgLi4uYmFzZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIHJldHVybiBwYXJ0aWFsLnRlbXBsYXRlO1xuICB9O1xufVxuXG5mdW5jdGlvbiBjb21waWxlTWVzc2FnZXMoXG4gIG1lc3NhZ2VzOiB1bmtub3duLFxuICBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbiAgY29tcGlsZTogKHNvdXJjZTogc3RyaW5nLCBmaWVsZDogc3RyaW5nKSA9PiBDb21waWxlZFRlbXBsYXRlLFxuKTogQ29tcGlsZWRNZXNzYWdlW10ge1xuICBpZiAoIUFycmF5LmlzQXJyYXkobWVzc2FnZXMpKSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgJ2EgY2hhdCBwcm9tcHQgbmVlZHMgYSBcIm1lc3NhZ2VzXCIgbGlzdCBvZiB7IHJvbGUsIGNvbnRlbnQgfSBvciB7IHBsYWNlaG9sZGVyIH0gZW50cmllczsgYWRkIG9uZScsXG4gICAgICB7IC4uLmJhc2UsIGZpZWxkOiAnbWVzc2FnZXMnIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4gbWVzc2FnZXMubWFwKChlbnRyeTogdW5rbm93biwgaSk6IENvbXBpbGVkTWVzc2FnZSA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBgbWVzc2FnZXNbJHtpfV1gO1xuICAgIGlmICh0eXBlb2YgZW50cnkgPT09ICdvYmplY3QnICYmIGVudHJ5ICE9PSBudWxsKSB7XG4gICAgICBjb25zdCBtID0gZW50cnkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICBpZiAodHlwZW9mIG0ucGxhY2Vob2xkZXIgPT09ICdzdHJpbmcnICYmIG0uY29udGVudCA9PT0gdW5kZWZpbmVkICYmIG0ucm9sZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdwbGFjZWhvbGRlcicsIG5hbWU6IG0ucGxhY2Vob2xkZXIgfTtcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2YgbS5yb2xlID09PSAnc3RyaW5nJyAmJiBtLnJvbGUgIT09ICcnICYmIHR5cGVvZiBtLmNvbnRlbnQgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdtZXNzYWdlJywgcm9sZTogbS5yb2xlLCB0ZW1wbGF0ZTogY29tcGlsZShtLmNvbnRlbnQsIGAke2ZpZWxkfS5jb250ZW50YCkgfTtcbiAgICAgIH1cbiAgICB9XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYGEgbWVzc2FnZSBtdXN0IGJlIHsgcm9sZTogc3RyaW5nLCBjb250ZW50OiBzdHJpbmcgfSBvciB7IHBsYWNlaG9sZGVyOiBzdHJpbmcgfSwgZ290ICR7ZGVzY3JpYmUoZW50cnkpfTsgYCArXG4gICAgICAgICdmaXggdGhlIGVudHJ5JyxcbiAgICAgIHsgLi4uYmFzZSwgZmllbGQgfSxcbiAgICApO1xuICB9KTtcbn1cblxuZnVuY3Rpb24gdGVtcGxhdGVzT2YobWVzc2FnZXM6IHJlYWRvbmx5IENvbXBpbGVkTWVzc2FnZVtdKTogQ29tcGlsZWRUZW1wbGF0ZVtdIHtcbiAgY29uc3QgdGVtcGxhdGVzOiBDb21waWxlZFRlbXBsYXRlW10gPSBbXTtcbiAgZm9yIChjb25zdCBtIG9mIG1lc3NhZ2VzKSBpZiAobS5raW5kID09PSAnbWVzc2FnZScpIHRlbXBsYXRlcy5wdXNoKG0udGVtcGxhdGUpO1xuICByZXR1cm4gdGVtcGxhdGVzO1xufVxuXG5pbnRlcmZhY2UgVXNlZFZhcmlhYmxlcyB7XG4gIHJlYWRvbmx5IHJlcXVpcmVkOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIE5hbWVzIGFuIGluZmVycmVkIHNjaGVtYSBhY2NlcHRzIGJ1dCBkb2VzIG5vdCByZXF1aXJlOiBpbnB1dC1sZXZlbCBvcHRpb25hbCBvbmVzIGFuZCBzZWN0aW9uLW5lc3RlZCBvbmVzLiAqL1xuICByZWFkb25seSBvcHRpb25hbDogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IGFsbDogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IHBhcnRpYWxzOiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuZnVuY3Rpb24gdW5pb25BbmFseXNpcyh0ZW1wbGF0ZXM6IHJlYWRvbmx5IENvbXBpbGVkVGVtcGxhdGVbXSk6IFVzZWRWYXJpYWJsZXMge1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhbGwgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgbmVzdGVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHBhcnRpYWxzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgdCBvZiB0ZW1wbGF0ZXMpIHtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdC5hbmFseXNpcy5yZXF1aXJlZCkgcmVxdWlyZWQuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiB0LmFuYWx5c2lzLmFsbCkgYWxsLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdC5hbmFseXNpcy5uZXN0ZWQpIG5lc3RlZC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIHQuYW5hbHlzaXMucGFydGlhbHMpIHBhcnRpYWxzLmFkZChuYW1lKTtcbiAgfVxuICAvLyBOYW1lcyBpbnNpZGUge3sjc2VjdGlvbnN9fSBtYXkgcmVzb2x2ZSBmcm9tIHRoZSBpbnB1dCB0aHJvdWdoIHRoZSBjb250ZXh0IHN0YWNrLCBzbyBhbiBpbmZlcnJlZCBzY2hlbWFcbiAgLy8gKHdoaWNoIHJlamVjdHMgdW5rbm93biB2YXJpYWJsZXMpIG11c3QgYWNjZXB0IHRoZW0uXG4gIGNvbnN0IG9wdGlvbmFsID0gWy4uLm5ldyBTZXQoWy4uLmFsbCwgLi4ubmVzdGVkXSldLmZpbHRlcigobmFtZSkgPT4gIXJlcXVpcmVkLmhhcyhuYW1lKSk7XG4gIHJldHVybiB7IHJlcXVpcmVkOiBbLi4ucmVxdWlyZWRdLCBvcHRpb25hbCwgYWxsOiBbLi4uYWxsXSwgcGFydGlhbHM6IFsuLi5wYXJ0aWFsc10gfTtcbn1cblxuLyoqIFRoZSBkZWNsYXJlZCBzY2hlbWEsIGNoZWNrZWQgYWdhaW5zdCB0aGUgdGVtcGxhdGVzLCBvciBhIHNjaGVtYSBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZXMuICovXG5mdW5jdGlvbiBpbnB1dFNjaGVtYU9mKHJlY29yZDogUHJvbXB0UmVjb3JkLCB1c2VkOiBVc2VkVmFyaWFibGVzLCBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IElucHV0U2NoZW1hIHtcbiAgY29uc3QgZGVjbGFyZWQgPSByZWNvcmQuaW5wdXQ/LnNjaGVtYTtcbiAgaWYgKGRlY2xhcmVkID09PSB1bmRlZmluZWQgfHwgZGVjbGFyZWQgPT09IG51bGwpIHJldHVybiBzY2hlbWFGcm9tVmFyaWFibGVzKHVzZWQucmVxdWlyZWQsIHVzZWQub3B0aW9uYWwpO1xuICBjb25zdCBzY2hlbWEgPSBjb21waWxlSW5wdXRTY2hlbWEoZGVjbGFyZWQsIHsgLi4uYmFzZSwgZmllbGQ6ICdpbnB1dC5zY2hlbWEnIH0pO1xuICAvLyBBIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgdGhhdCBjYW5ub3QgYmUgaW50cm9zcGVjdGVkIGhhcyBubyBgcHJvcGVydGllc2A6IG5vdGhpbmcgdG8gY2hlY2sgYWdhaW5zdC5cbiAgaWYgKCFsaXN0c1Byb3BlcnRpZXMoc2NoZW1hKSkgcmV0dXJuIHNjaGVtYTtcbiAgY29uc3Qga25vd24gPSBuZXcgU2V0KHNjaGVtYS5wcm9wZXJ0aWVzKTtcbiAgY29uc3QgdW5kZWNsYXJlZCA9IHVzZWQuYWxsLmZpbHRlcigobmFtZSkgPT4gIWtub3duLmhhcyhuYW1lKSk7XG4gIGlmICh1bmRlY2xhcmVkLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBsaXN0ID0gdW5kZWNsYXJlZC5tYXAoKG4pID0+IGBcIiR7bn1cImApLmpvaW4oJywgJyk7XG4gICAgY29uc3QgW2l0LCB0aGVtXSA9IHVuZGVjbGFyZWQubGVuZ3RoID09PSAxID8gWyd2YXJpYWJsZScsICdpdCddIDogWyd2YXJpYWJsZXMnLCAndGhlbSddO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGB0aGUgdGVtcGxhdGUgdXNlcyAke2l0fSAke2xpc3R9IHRoYXQgaW5wdXQuc2NoZW1hIGRvZXMgbm90IGRlY2xhcmU7IGRlY2xhcmUgJHt0aGVtfSB1bmRlciBpbnB1dC5zY2hlbWEgYCArXG4gICAgICAgIGBvciByZW1vdmUgJHt0aGVtfSBmcm9tIHRoZSB0ZW1wbGF0ZWAsXG4gICAgICB7IC4uLmJhc2UsIGZpZWxkOiAnaW5wdXQuc2NoZW1hJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHNjaGVtYTtcbn1cblxuLyoqXG4gKiBgeyAuLi5kZWZhdWx0cywgLi4udmFycyB9YCwgd2hlcmUgYSB2YXJpYWJsZSBwYXNzZWQgYXMgYHVuZGVmaW5lZGAga2VlcHMgaXRzIGRlZmF1bHQgKGFzIHdoZW4gaXQgaXMgbGVmdCBvdXQpLlxuICogU3ByZWFkaW5nIGRlZmluZXMgb3duIHByb3BlcnRpZXMsIHNvIGEgYFwiX19wcm90b19fXCJgIGtleSBuZXZlciByZWFjaGVzIHRoZSBwcm90b3R5cGUuXG4gKi9cbmZ1bmN0aW9uIHdpdGhEZWZhdWx0cyhcbiAgZGVmYXVsdHM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PixcbiAgdmFyczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCB1bmRlZmluZWQsXG4pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGNvbnN0IGlucHV0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgLi4uZGVmYXVsdHMsIC4uLnZhcnMgfTtcbiAgaWYgKHZhcnMgIT09IHVuZGVmaW5lZCkge1xuICAgIGZvciAoY29uc3Qga2V5IGluIGRlZmF1bHRzKSB7XG4gICAgICBpZiAoaW5wdXRba2V5XSA9PT0gdW5kZWZpbmVkICYmIE9iamVjdC5oYXNPd24oZGVmYXVsdHMsIGtleSkpIGlucHV0W2tleV0gPSBkZWZhdWx0c1trZXldO1xuICAgIH1cbiAgfVxuICByZXR1cm4gaW5wdXQ7XG59XG5cbi8qKiBGYWxzZSBmb3IgYSBzY2hlbWEgd2hvc2UgcHJvcGVydGllcyBhcmUgdW5rbm93biAoYW4gb3BhcXVlIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IpLiAqL1xuZnVuY3Rpb24gbGlzdHNQcm9wZXJ0aWVzKHNjaGVtYTogSW5wdXRTY2hlbWEpOiBib29sZWFuIHtcbiAgY29uc3QgcHJvcGVydGllcyA9IHNjaGVtYS5qc29uU2NoZW1hLnByb3BlcnRpZXM7XG4gIHJldHVybiB0eXBlb2YgcHJvcGVydGllcyA9PT0gJ29iamVjdCcgJiYgcHJvcGVydGllcyAhPT0gbnVsbDtcbn1cblxuZnVuY3Rpb24gZGVmYXVsdHNPZihyZWNvcmQ6IFByb21wdFJlY29yZCwgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4gfCB1bmRlZmluZWQge1xuICBjb25zdCBkZWZhdWx0czogdW5rbm93biA9IHJlY29yZC5pbnB1dD8uZGVmYXVsdDtcbiAgaWYgKGRlZmF1bHRzID09PSB1bmRlZmluZWQgfHwgZGVmYXVsdHMgPT09IG51bGwpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlb2YgZGVmYXVsdHMgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkoZGVmYXVsdHMpKSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGBpbnB1dC5kZWZhdWx0IG11c3QgYmUgYW4gb2JqZWN0IG9mIHZhcmlhYmxlIHZhbHVlcywgZ290ICR7ZGVzY3JpYmUoZGVmYXVsdHMpfWAsIHtcbiAgICAgIC4uLmJhc2UsXG4gICAgICBmaWVsZDogJ2lucHV0LmRlZmF1bHQnLFxuICAgIH0pO1xuICB9XG4gIHJldHVybiBPYmplY3Qua2V5cyhkZWZhdWx0cykubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogKGRlZmF1bHRzIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KTtcbn1cblxuLyoqIE1lc3NhZ2VzIHBhc3NlZCBmb3IgZWFjaCBwbGFjZWhvbGRlciwgY2hlY2tlZDsgcHJvYmxlbXMgYXJlIGFkZGVkIHRvIGBpc3N1ZXNgLiAqL1xuZnVuY3Rpb24gcGxhY2Vob2xkZXJWYWx1ZXMoXG4gIG1lc3NhZ2VzOiByZWFkb25seSBDb21waWxlZE1lc3NhZ2VbXSxcbiAgcGxhY2Vob2xkZXJzOiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPiB8IHVuZGVmaW5lZCxcbiAgc3RyaWN0OiBib29sZWFuLFxuICBpc3N1ZXM6IFByb21wdElucHV0SXNzdWVbXSxcbik6IE1hcDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+IHtcbiAgY29uc3QgdmFsdWVzID0gbmV3IE1hcDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+KCk7XG4gIGZvciAoY29uc3QgbWVzc2FnZSBvZiBtZXNzYWdlcykge1xuICAgIGlmIChtZXNzYWdlLmtpbmQgIT09ICdwbGFjZWhvbGRlcicgfHwgdmFsdWVzLmhhcyhtZXNzYWdlLm5hbWUpKSBjb250aW51ZTtcbiAgICBjb25zdCBuYW1lID0gbWVzc2FnZS5uYW1lO1xuICAgIGNvbnN0IHZhbHVlOiB1bmtub3duID1cbiAgICAgIHBsYWNlaG9sZGVycyAhPT0gdW5kZWZpbmVkICYmIHBsYWNlaG9sZGVycyAhPT0gbnVsbCAmJiBPYmplY3QuaGFzT3duKHBsYWNlaG9sZGVycywgbmFtZSlcbiAgICAgICAgPyBwbGFjZWhvbGRlcnNbbmFtZV1cbiAgICAgICAgOiB1bmRlZmluZWQ7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmIChzdHJpY3QpIHtcbiAgICAgICAgaXNzdWVzLnB1c2goe1xuICAgICAgICAgIHBhdGg6IFtuYW1lXSxcbiAgICAgICAgICBjb2RlOiAnbWlzc2luZycsXG4gICAgICAgICAgbWVzc2FnZTogYHBsYWNlaG9sZGVyIFwiJHtuYW1lfVwiIG5lZWRzIGFuIGFycmF5IG9mIHsgcm9sZSwgY29udGVudCB9IG1lc3NhZ2VzIChwYXNzIFtdIGZvciBub25lKWAsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmICghQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgIGlzc3Vlcy5wdXNoKHtcbiAgICAgICAgcGF0aDogW25hbWVdLFxuICAgICAgICBjb2RlOiAnaW52YWxpZF90eXBlJyxcbiAgICAgICAgbWVzc2FnZTogYHBsYWNlaG9sZGVyIFwiJHtuYW1lfVwiIG11c3QgYmUgYW4gYXJyYXkgb2YgeyByb2xlLCBjb250ZW50IH0gbWVzc2FnZXMsIGdvdCAke2Rlc2NyaWJlKHZhbHVlKX1gLFxuICAgICAgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgbGV0IHZhbGlkID0gdHJ1ZTtcbiAgICB2YWx1ZS5mb3JFYWNoKChtOiB1bmtub3duLCBpKSA9PiB7XG4gICAgICBpZiAodHlwZW9mIG0gIT09ICdvYmplY3QnIHx8IG0gPT09IG51bGwpIHtcbiAgICAgICAgdmFsaWQgPSBmYWxzZTtcbiAgICAgICAgaXNzdWVzLnB1c2goe1xuICAgICAgICAgIHBhdGg6IFtuYW1lLCBpXSxcbiAgICAgICAgICBjb2RlOiAnaW52YWxpZF90eXBlJyxcbiAgICAgICAgICBtZXNzYWdlOiBgbXVzdCBiZSB7IHJvbGUsIGNvbnRlbnQgfSwgZ290ICR7ZGVzY3JpYmUobSl9YCxcbiAgICAgICAgfSk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHsgcm9sZSwgY29udGVudCB9ID0gbSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgIGlmICh0eXBlb2Ygcm9sZSAhPT0gJ3N0cmluZycgfHwgcm9sZSA9PT0gJycpIHtcbiAgICAgICAgdmFsaWQgPSBmYWxzZTtcbiAgICAgICAgaXNzdWVzLnB1c2goeyBwYXRoOiBbbmFtZSwgaSwgJ3JvbGUnXSwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGBtdXN0IGJlIGEgbm9uLWVtcHR5IHN0cmluZ2AgfSk7XG4gICAgICB9XG4gICAgICBpZiAodHlwZW9mIGNvbnRlbnQgIT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHZhbGlkID0gZmFsc2U7XG4gICAgICAgIGlzc3Vlcy5wdXNoKHsgcGF0aDogW25hbWUsIGksICdjb250ZW50J10sIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgbXVzdCBiZSBhIHN0cmluZ2AgfSk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgaWYgKHZhbGlkKSB2YWx1ZXMuc2V0KG5hbWUsIHZhbHVlIGFzIHJlYWRvbmx5IENoYXRNZXNzYWdlW10pO1xuICB9XG4gIHJldHVybiB2YWx1ZXM7XG59XG5cbi8qKiBUaGUga2luZCBvZiBhIHZhbHVlLCBmb3IgbWVzc2FnZXMgKG5ldmVyIHRoZSB2YWx1ZSBpdHNlbGY6IGlucHV0cyBtYXkgYmUgcHJpdmF0ZSkuICovXG5mdW5jdGlvbiBkZXNjcmliZSh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gJ2FuIGFycmF5JztcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgPyAnYW4gb2JqZWN0JyA6IGBhICR7dHlwZW9mIHZhbHVlfWA7XG59XG4iLCAiLyoqXG4gKiBUaGUgc3RydWN0dXJlIGNoZWNrIG9mIGEge0BsaW5rIFByb21wdFJlY29yZH06IGV2ZXJ5IHJlY29yZCB0aGF0IGVudGVycyBwcm9tcHRvcHMgKGZyb20gYSBzdG9yZSxcbiAqIGEgZmlsZSwgYSBmYWxsYmFjaywgYGRlZmluZVByb21wdGApIGdvZXMgdGhyb3VnaCB7QGxpbmsgcGFyc2VSZWNvcmR9LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSwgaXNWYWxpZE5hbWUgfSBmcm9tICcuL25hbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBDaGF0TWVzc2FnZVRlbXBsYXRlLCBQcm9tcHRNZXRhZGF0YSwgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi9yZWNvcmQuanMnO1xuaW1wb3J0IHsgdHlwZSBGaWVsZFNlZ21lbnQsIGZvcm1hdEZpZWxkUGF0aCB9IGZyb20gJy4vc2NoZW1hL2ZpZWxkLXBhdGguanMnO1xuaW1wb3J0IHsgY29tcGlsZUlucHV0U2NoZW1hIH0gZnJvbSAnLi9zY2hlbWEvaW5kZXguanMnO1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCwgcGljb3NjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHsgaXNTdGFuZGFyZFNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL3N0YW5kYXJkLmpzJztcbmltcG9ydCB7IGNsb3Nlc3RNYXRjaCwgZGVzY3JpYmVWYWx1ZSB9IGZyb20gJy4vc2NoZW1hL3N1Z2dlc3QuanMnO1xuXG4vKiogVG9wLWxldmVsIGZpZWxkcyBvZiBhIHJlY29yZCwgaW4gdGhlaXIgY2Fub25pY2FsIG9yZGVyLiAqL1xuZXhwb3J0IGNvbnN0IFJFQ09SRF9GSUVMRFMgPSBbXG4gICduYW1lJyxcbiAgJ3ZlcnNpb24nLFxuICAnbGFiZWxzJyxcbiAgJ3R5cGUnLFxuICAndGVtcGxhdGUnLFxuICAnbWVzc2FnZXMnLFxuICAnaW5wdXQnLFxuICAnb3V0cHV0JyxcbiAgJ21vZGVsJyxcbiAgJ21ldGFkYXRhJyxcbiAgJ2hhc2gnLFxuXSBhcyBjb25zdDtcblxuLyoqIEEgbGFiZWw6IGBbYS16QS1aXVthLXpBLVowLTkuXy1dKmAsIGUuZy4gYHByb2R1Y3Rpb25gLCBgc3RhZ2luZ2AsIGBleHAuYi0yYC4gKi9cbmV4cG9ydCBjb25zdCBMQUJFTF9QQVRURVJOID0gL15bYS16QS1aXVthLXpBLVowLTkuXy1dKiQvO1xuXG4vKiogYHNoYTI1Ni1gIGFuZCA2NCBsb3dlcmNhc2UgaGV4IGRpZ2l0cy4gKi9cbmV4cG9ydCBjb25zdCBIQVNIX1BBVFRFUk4gPSAvXnNoYTI1Ni1bMC05YS1mXXs2NH0kLztcblxuLyoqIFBsYWNlaG9sZGVyIG5hbWVzIG9mIGNoYXQgbWVzc2FnZXM6IGBbQS1aYS16X11bQS1aYS16MC05Xy4tXSpgLiAqL1xuZXhwb3J0IGNvbnN0IFBMQUNFSE9MREVSX1BBVFRFUk4gPSAvXltBLVphLXpfXVtBLVphLXowLTlfLi1dKiQvO1xuXG4vKiogRGVlcGVzdCBuZXN0aW5nIGFjY2VwdGVkIGluIGZyZWUtZm9ybSBkYXRhIChgbW9kZWxgLCBgbWV0YWRhdGFgLCBgaW5wdXQuZGVmYXVsdGApLiAqL1xuY29uc3QgTUFYX0RBVEFfREVQVEggPSA2NDtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBUaGUgem9kL21pbmkgc2NoZW1hLiBFYWNoIGZpZWxkIHNheXMgd2hhdCBpcyB3cm9uZyB3aXRoIGl0IGluIGl0cyBvd24gd29yZHM7IHRoZSBmaXJzdCBpc3N1ZSB3aW5zLlxuXG50eXBlIElzc3VlID0gei5jb3JlLiRab2RSYXdJc3N1ZTtcblxuY29uc3QgaXNFeGFjdFNlbXZlciA9ICh2YWx1ZTogc3RyaW5nKTogYm9vbGVhbiA9PiB2YWxpZCh2YWx1ZSkgPT09IHZhbHVlO1xuXG5jb25zdCBuYW1lU2NoZW1hID0gelxuICAuc3RyaW5nKHtcbiAgICBlcnJvcjogKGlzcykgPT5cbiAgICAgIGlzcy5pbnB1dCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gJ21pc3NpbmcgXCJuYW1lXCI6IGdpdmUgdGhlIHByb21wdCBhIG5hbWUgc3VjaCBhcyBcInN1cHBvcnQvZ3JlZXRpbmdcIidcbiAgICAgICAgOiBleHBsYWluSW52YWxpZE5hbWUoaXNzLmlucHV0KSxcbiAgfSlcbiAgLmNoZWNrKHoucmVmaW5lKGlzVmFsaWROYW1lLCB7IGVycm9yOiAoaXNzKSA9PiBleHBsYWluSW52YWxpZE5hbWUoaXNzLmlucHV0KSB9KSk7XG5cbmNvbnN0IHZlcnNpb25TY2hlbWEgPSB6XG4gIC5zdHJpbmcoe1xuICAgIGVycm9yOiAoaXNzKSA9PlxuICAgICAgaXNzLmlucHV0ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAnbWlzc2luZyBcInZlcnNpb25cIjogZXZlcnkgcHJvbXB0IG5lZWRzIGEgc2VtdmVyIHZlcnNpb24gc3VjaCBhcyBgdmVyc2lvbjogMS4wLjBgJ1xuICAgICAgICA6IHR5cGVvZiBpc3MuaW5wdXQgPT09ICdudW1iZXInXG4gICAgICAgICAgPyBgXCJ2ZXJzaW9uXCIgbXVzdCBiZSBhIHNlbXZlciBzdHJpbmcgc3VjaCBhcyBcIjEuMC4wXCIsIGdvdCB0aGUgbnVtYmVyICR7U3RyaW5nKGlzcy5pbnB1dCl9IGAgK1xuICAgICAgICAgICAgYChZQU1MIHJlYWRzIGFuIHVucXVvdGVkIDEuMCBvciAyIGFzIGEgbnVtYmVyKTogd3JpdGUgYWxsIHRocmVlIHBhcnRzICgke3ZlcnNpb25HdWVzcyhpc3MuaW5wdXQpfSkgb3IgcXVvdGUgaXRgXG4gICAgICAgICAgOiBgXCJ2ZXJzaW9uXCIgbXVzdCBiZSBhIHNlbXZlciBzdHJpbmcgc3VjaCBhcyBcIjEuMC4wXCIsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxuICB9KVxuICAuY2hlY2soXG4gICAgei5yZWZpbmUoaXNFeGFjdFNlbXZlciwge1xuICAgICAgZXJyb3I6IChpc3MpID0+IHtcbiAgICAgICAgY29uc3QgY2xlYW5lZCA9IHR5cGVvZiBpc3MuaW5wdXQgPT09ICdzdHJpbmcnID8gdmFsaWQoaXNzLmlucHV0KSA6IG51bGw7XG4gICAgICAgIHJldHVybiAoXG4gICAgICAgICAgYFwidmVyc2lvblwiIG11c3QgYmUgYSBzZW12ZXIgdmVyc2lvbiBNQUpPUi5NSU5PUi5QQVRDSFstcHJlcmVsZWFzZV0sIGUuZy4gXCIxLjAuMFwiLCBnb3QgJHtKU09OLnN0cmluZ2lmeShpc3MuaW5wdXQpfWAgK1xuICAgICAgICAgIChjbGVhbmVkID09PSBudWxsID8gJycgOiBgOyB3cml0ZSBcIiR7Y2xlYW5lZH1cImApXG4gICAgICAgICk7XG4gICAgICB9LFxuICAgIH0pLFxuICApO1xuXG5mdW5jdGlvbiB2ZXJzaW9uR3Vlc3ModmFsdWU6IG51bWJlcik6IHN0cmluZyB7XG4gIGNvbnN0IHRleHQgPSBTdHJpbmcodmFsdWUpO1xuICByZXR1cm4gdGV4dC5pbmNsdWRlcygnLicpID8gYCR7dGV4dH0uMGAgOiBgJHt0ZXh0fS4wLjBgO1xufVxuXG5jb25zdCBsYWJlbHNTY2hlbWEgPSB6LmFycmF5KFxuICB6LnN0cmluZyh7IGVycm9yOiAoaXNzKSA9PiBgYSBsYWJlbCBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCB9KS5jaGVjayhcbiAgICB6LnJlZmluZSgobGFiZWwpID0+IExBQkVMX1BBVFRFUk4udGVzdChsYWJlbCksIHtcbiAgICAgIGVycm9yOiAoaXNzKSA9PlxuICAgICAgICBgaW52YWxpZCBsYWJlbCAke0pTT04uc3RyaW5naWZ5KGlzcy5pbnB1dCl9OiBhIGxhYmVsIGlzIGEgbGV0dGVyIGZvbGxvd2VkIGJ5IGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiIG9yIFwiLVwiIChlLmcuIFwicHJvZHVjdGlvblwiKWAsXG4gICAgfSksXG4gICksXG4gIHtcbiAgICBlcnJvcjogKGlzcykgPT4gYFwibGFiZWxzXCIgbXVzdCBiZSBhIGxpc3Qgb2YgbGFiZWxzIHN1Y2ggYXMgW3Byb2R1Y3Rpb24sIHN0YWdpbmddLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCxcbiAgfSxcbik7XG5cbmNvbnN0IHR5cGVTY2hlbWEgPSB6LmVudW0oWyd0ZXh0JywgJ2NoYXQnXSwge1xuICBlcnJvcjogKGlzcykgPT5cbiAgICBgdW5rbm93biBwcm9tcHQgdHlwZSAke0pTT04uc3RyaW5naWZ5KGlzcy5pbnB1dCl9OiB1c2UgXCJ0ZXh0XCIgKHdpdGggYSB0ZW1wbGF0ZSkgb3IgXCJjaGF0XCIgKHdpdGggbWVzc2FnZXMpYCArXG4gICAgKHR5cGVvZiBpc3MuaW5wdXQgPT09ICdzdHJpbmcnID8gaGludChpc3MuaW5wdXQsIFsndGV4dCcsICdjaGF0J10pIDogJycpLFxufSk7XG5cbmNvbnN0IHRlbXBsYXRlU2NoZW1hID0gei5zdHJpbmcoe1xuICBlcnJvcjogKGlzcykgPT5cbiAgICBgXCJ0ZW1wbGF0ZVwiIG11c3QgYmUgYSBzdHJpbmcgKGEgbXVzdGFjaGUgdGVtcGxhdGUpLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCArXG4gICAgKEFycmF5LmlzQXJyYXkoaXNzLmlucHV0KSA/ICc7IGZvciBhIGxpc3Qgb2YgbWVzc2FnZXMgdXNlIFwibWVzc2FnZXNcIiBhbmQgdHlwZTogY2hhdCcgOiAnOyBxdW90ZSBpdCBpbiBZQU1MJyksXG59KTtcblxuY29uc3QgbWVzc2FnZVNjaGVtYSA9IHoudW5rbm93bigpLmNoZWNrKFxuICB6LnN1cGVyUmVmaW5lKCh2YWx1ZSwgY3R4KSA9PiB7XG4gICAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5NZXNzYWdlUHJvYmxlbSh2YWx1ZSk7XG4gICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZClcbiAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBtZXNzYWdlOiBwcm9ibGVtLm1lc3NhZ2UsIHBhdGg6IHByb2JsZW0ucGF0aCwgaW5wdXQ6IHZhbHVlIH0pO1xuICB9KSxcbik7XG5cbmNvbnN0IG1lc3NhZ2VzU2NoZW1hID0gei5hcnJheShtZXNzYWdlU2NoZW1hLCB7XG4gIGVycm9yOiAoaXNzKSA9PlxuICAgIGBcIm1lc3NhZ2VzXCIgbXVzdCBiZSBhIGxpc3Qgb2YgeyByb2xlLCBjb250ZW50IH0gb3IgeyBwbGFjZWhvbGRlciB9IGVudHJpZXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxufSk7XG5cbmNvbnN0IGpzb25EYXRhID0gKHdoYXQ6IHN0cmluZykgPT5cbiAgei51bmtub3duKCkuY2hlY2soXG4gICAgei5zdXBlclJlZmluZSgodmFsdWUsIGN0eCkgPT4ge1xuICAgICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKHZhbHVlLCBbXSwgMCk7XG4gICAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGN0eC5hZGRJc3N1ZSh7XG4gICAgICAgICAgY29kZTogJ2N1c3RvbScsXG4gICAgICAgICAgbWVzc2FnZTogYCR7d2hhdH0gbXVzdCBiZSBwbGFpbiBkYXRhIChzdHJpbmdzLCBudW1iZXJzLCBib29sZWFucywgbnVsbCwgbGlzdHMsIG9iamVjdHMpOiAke3Byb2JsZW0ubWVzc2FnZX1gLFxuICAgICAgICAgIHBhdGg6IHByb2JsZW0ucGF0aCxcbiAgICAgICAgICBpbnB1dDogdmFsdWUsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgIH0pLFxuICApO1xuXG5jb25zdCBkZWZhdWx0c1NjaGVtYSA9IHoucmVjb3JkKHouc3RyaW5nKCksIHoudW5rbm93bigpLCB7XG4gIGVycm9yOiAoaXNzKSA9PiBgXCJpbnB1dC5kZWZhdWx0XCIgbXVzdCBtYXAgdmFyaWFibGUgbmFtZXMgdG8gdmFsdWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCxcbn0pO1xuXG5jb25zdCBpbnB1dFNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KFxuICB7IHNjaGVtYTogei5vcHRpb25hbCh6LnVua25vd24oKSksIGRlZmF1bHQ6IHoub3B0aW9uYWwoZGVmYXVsdHNTY2hlbWEpIH0sXG4gIHsgZXJyb3I6IChpc3MpID0+IG9iamVjdEVycm9yKGlzcywgJ1wiaW5wdXRcIicsIFsnc2NoZW1hJywgJ2RlZmF1bHQnXSkgfSxcbik7XG5cbmNvbnN0IG91dHB1dFNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KFxuICB7IHNjaGVtYTogei5vcHRpb25hbCh6LnVua25vd24oKSkgfSxcbiAgeyBlcnJvcjogKGlzcykgPT4gb2JqZWN0RXJyb3IoaXNzLCAnXCJvdXRwdXRcIicsIFsnc2NoZW1hJ10pIH0sXG4pO1xuXG5jb25zdCBvcHRpb25hbFN0cmluZyA9IChmaWVsZDogc3RyaW5nKSA9PlxuICB6Lm9wdGlvbmFsKHouc3RyaW5nKHsgZXJyb3I6IChpc3MpID0+IGBcIiR7ZmllbGR9XCIgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAgfSkpO1xuXG5jb25zdCBtZXRhZGF0YVNjaGVtYSA9IHoubG9vc2VPYmplY3QoXG4gIHtcbiAgICBkZXNjcmlwdGlvbjogb3B0aW9uYWxTdHJpbmcoJ21ldGFkYXRhLmRlc2NyaXB0aW9uJyksXG4gICAgb3duZXI6IG9wdGlvbmFsU3RyaW5nKCdtZXRhZGF0YS5vd25lcicpLFxuICAgIHRhZ3M6IHoub3B0aW9uYWwoXG4gICAgICB6LmFycmF5KHouc3RyaW5nKHsgZXJyb3I6IChpc3MpID0+IGBhIHRhZyBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCB9KSwge1xuICAgICAgICBlcnJvcjogKGlzcykgPT4gYFwibWV0YWRhdGEudGFnc1wiIG11c3QgYmUgYSBsaXN0IG9mIHN0cmluZ3MsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxuICAgICAgfSksXG4gICAgKSxcbiAgfSxcbiAgeyBlcnJvcjogKGlzcykgPT4gYFwibWV0YWRhdGFcIiBtdXN0IGJlIGFuIG9iamVjdCAoZGVzY3JpcHRpb24sIG93bmVyLCB0YWdzLCBcdTIwMjYpLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCB9LFxuKTtcblxuY29uc3QgaGFzaFNjaGVtYSA9IHouc3RyaW5nKHsgZXJyb3I6IChpc3MpID0+IGBcImhhc2hcIiBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCB9KS5jaGVjayhcbiAgei5yZWZpbmUoKGhhc2gpID0+IEhBU0hfUEFUVEVSTi50ZXN0KGhhc2gpLCB7XG4gICAgZXJyb3I6IChpc3MpID0+XG4gICAgICBgXCJoYXNoXCIgbXVzdCBiZSBcInNoYTI1Ni1cIiBmb2xsb3dlZCBieSA2NCBsb3dlcmNhc2UgaGV4IGRpZ2l0cywgZ290ICR7SlNPTi5zdHJpbmdpZnkoaXNzLmlucHV0KX07IGAgK1xuICAgICAgJ3JlbW92ZSBpdCB0byBsZXQgcHJvbXB0b3BzIGNvbXB1dGUgaXQnLFxuICB9KSxcbik7XG5cbmNvbnN0IHJlY29yZFNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KFxuICB7XG4gICAgbmFtZTogbmFtZVNjaGVtYSxcbiAgICB2ZXJzaW9uOiB2ZXJzaW9uU2NoZW1hLFxuICAgIGxhYmVsczogei5vcHRpb25hbChsYWJlbHNTY2hlbWEpLFxuICAgIHR5cGU6IHoub3B0aW9uYWwodHlwZVNjaGVtYSksXG4gICAgdGVtcGxhdGU6IHoub3B0aW9uYWwodGVtcGxhdGVTY2hlbWEpLFxuICAgIG1lc3NhZ2VzOiB6Lm9wdGlvbmFsKG1lc3NhZ2VzU2NoZW1hKSxcbiAgICBpbnB1dDogei5vcHRpb25hbChpbnB1dFNjaGVtYSksXG4gICAgb3V0cHV0OiB6Lm9wdGlvbmFsKG91dHB1dFNjaGVtYSksXG4gICAgbW9kZWw6IHoub3B0aW9uYWwoanNvbkRhdGEoJ1wibW9kZWxcIicpKSxcbiAgICBtZXRhZGF0YTogei5vcHRpb25hbChtZXRhZGF0YVNjaGVtYSksXG4gICAgaGFzaDogei5vcHRpb25hbChoYXNoU2NoZW1hKSxcbiAgfSxcbiAgeyBlcnJvcjogKGlzcykgPT4gb2JqZWN0RXJyb3IoaXNzLCAnYSBwcm9tcHQgcmVjb3JkJywgUkVDT1JEX0ZJRUxEUykgfSxcbik7XG5cbmZ1bmN0aW9uIG9iamVjdEVycm9yKGlzczogSXNzdWUsIHdoYXQ6IHN0cmluZywgYWxsb3dlZDogcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcge1xuICBpZiAoaXNzLmNvZGUgPT09ICd1bnJlY29nbml6ZWRfa2V5cycpIHtcbiAgICBjb25zdCBrZXkgPSAoaXNzIGFzIHsga2V5czogc3RyaW5nW10gfSkua2V5c1swXSA/PyAnJztcbiAgICByZXR1cm4gYHVua25vd24gZmllbGQgXCIke2tleX1cIiBpbiAke3doYXR9JHtoaW50KGtleSwgYWxsb3dlZCl9IEFsbG93ZWQgZmllbGRzOiAke2FsbG93ZWQuam9pbignLCAnKX0uYDtcbiAgfVxuICByZXR1cm4gYCR7d2hhdH0gbXVzdCBiZSBhbiBvYmplY3QsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gO1xufVxuXG5mdW5jdGlvbiBoaW50KGlucHV0OiBzdHJpbmcsIGNhbmRpZGF0ZXM6IHJlYWRvbmx5IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0TWF0Y2goaW5wdXQsIGNhbmRpZGF0ZXMpO1xuICByZXR1cm4gZ3Vlc3MgPT09IHVuZGVmaW5lZCA/ICcuJyA6IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YDtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbi8qKiBXaGVyZSBhIHJlY29yZCBjb21lcyBmcm9tOiBhIGZpbGUgcGF0aCBvciBVUkwsIG9yIGEgZGVzY3JpcHRpb24gc3VjaCBhcyBgJ21lbW9yeSBzdG9yZSByZWNvcmQgIzInYC4gKi9cbmV4cG9ydCB0eXBlIFJlY29yZExvY2F0aW9uID0gc3RyaW5nIHwgeyBmaWxlPzogc3RyaW5nOyBsaW5lPzogbnVtYmVyIH07XG5cbi8qKlxuICogQ2hlY2sgYSByZWNvcmQncyBzdHJ1Y3R1cmUgYW5kIHJldHVybiBhIGNsZWFuIGNvcHk6IGZpZWxkcyBpbiBjYW5vbmljYWwgb3JkZXIsIGB0eXBlYCBmaWxsZWQgaW4sXG4gKiB1bmtub3duIGZpZWxkcyByZWplY3RlZC5cbiAqXG4gKiBSdWxlczpcbiAqIC0gYG5hbWVgIChzZWUgYG5hbWUudHNgKSBhbmQgYHZlcnNpb25gIChleGFjdCBzZW12ZXIsIGBNQUpPUi5NSU5PUi5QQVRDSFstcHJlXWA7IGB2MS4wLjBgIGFuZFxuICogICBgMS4wYCBhcmUgcmVqZWN0ZWQgd2l0aCB0aGUgZml4KSBhcmUgcmVxdWlyZWQuXG4gKiAtIGB0eXBlYCBtYXkgYmUgbGVmdCBvdXQ6IGl0IGlzIGAndGV4dCdgIHdoZW4gdGhlIHJlY29yZCBoYXMgYSBgdGVtcGxhdGVgIGFuZCBgJ2NoYXQnYCB3aGVuIGl0IGhhc1xuICogICBgbWVzc2FnZXNgLiBBIHRleHQgcHJvbXB0IG11c3QgaGF2ZSBhIGB0ZW1wbGF0ZWAgYW5kIG5vIGBtZXNzYWdlc2A7IGEgY2hhdCBwcm9tcHQgbXVzdCBoYXZlIGFcbiAqICAgbm9uLWVtcHR5IGBtZXNzYWdlc2AgbGlzdCBhbmQgbm8gYHRlbXBsYXRlYC5cbiAqIC0gQSBtZXNzYWdlIGlzIGB7IHJvbGUsIGNvbnRlbnQgfWAgKHN0cmluZ3MsIHJvbGUgbm9uLWVtcHR5KSBvciBgeyBwbGFjZWhvbGRlciB9YCAoYSBuYW1lIG9mXG4gKiAgIGBbQS1aYS16X11bQS1aYS16MC05Xy4tXSpgKSwgbm90aGluZyBlbHNlLlxuICogLSBgbGFiZWxzYDogdW5pcXVlIGxhYmVscyBvZiBgW2EtekEtWl1bYS16QS1aMC05Ll8tXSpgLiBgaGFzaGA6IGBzaGEyNTYtYCArIDY0IGxvd2VyY2FzZSBoZXguXG4gKiAtIGBpbnB1dGAgaGFzIG9ubHkgYHNjaGVtYWAgYW5kIGBkZWZhdWx0YDsgdGhlIHNjaGVtYSBtdXN0IGNvbXBpbGUgKFBpY29zY2hlbWEsIEpTT04gU2NoZW1hIG9yIGFcbiAqICAgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvcikgYW5kIHRoZSBkZWZhdWx0cyBtdXN0IGZpdCBpdC4gYG91dHB1dGAgaGFzIG9ubHkgYHNjaGVtYWA7IGEgUGljb3NjaGVtYVxuICogICBvdXRwdXQgc2NoZW1hIG11c3QgYmUgd2VsbC1mb3JtZWQsIGEgSlNPTiBTY2hlbWEgb25lIGlzIHRha2VuIGFzIGlzLlxuICogLSBBbiBvcHRpb25hbCBmaWVsZCBzZXQgdG8gYG51bGxgIGNvdW50cyBhcyBub3QgZ2l2ZW4uXG4gKiAtIGBtb2RlbGAsIGBtZXRhZGF0YWAgKGFuZCBgaW5wdXQuZGVmYXVsdGApIG11c3QgYmUgcGxhaW4gSlNPTiBkYXRhOyBgbWV0YWRhdGEuZGVzY3JpcHRpb25gIGFuZFxuICogICBgbWV0YWRhdGEub3duZXJgIGFyZSBzdHJpbmdzLCBgbWV0YWRhdGEudGFnc2AgYSBsaXN0IG9mIHN0cmluZ3MuXG4gKlxuICogQHBhcmFtIHZhbHVlIFRoZSByZWNvcmQgYXMgcmVjZWl2ZWQgKHBhcnNlZCBKU09OLCBZQU1MLCBhbiBvYmplY3QgbGl0ZXJhbCkuXG4gKiBAcGFyYW0gbG9jYXRpb24gVGhlIG9yaWdpbiwgZm9yIGVycm9yIG1lc3NhZ2VzOiBhIHBhdGggb3IgVVJMLCBvciBgeyBmaWxlLCBsaW5lIH1gLlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IGZvciB0aGUgZmlyc3QgcHJvYmxlbSBmb3VuZCwgbmFtaW5nIHRoZSBmaWxlLCB0aGUgZmllbGQgKGUuZy5cbiAqICAgYG1lc3NhZ2VzWzFdLnJvbGVgKSBhbmQgdGhlIGZpeC5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcmVjb3JkID0gcGFyc2VSZWNvcmQoYXdhaXQgcmVzcG9uc2UuanNvbigpLCB7IGZpbGU6IHVybCB9KTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VSZWNvcmQodmFsdWU6IHVua25vd24sIGxvY2F0aW9uPzogUmVjb3JkTG9jYXRpb24pOiBQcm9tcHRSZWNvcmQge1xuICBjb25zdCB3aGVyZSA9IHR5cGVvZiBsb2NhdGlvbiA9PT0gJ3N0cmluZycgPyB7IGZpbGU6IGxvY2F0aW9uIH0gOiB7IC4uLmxvY2F0aW9uIH07XG4gIGNvbnN0IHByb21wdE5hbWUgPSBpc1BsYWluUmVjb3JkKHZhbHVlKSAmJiBpc1ZhbGlkTmFtZSh2YWx1ZS5uYW1lKSA/IHZhbHVlLm5hbWUgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IGZhaWwgPSAoZGV0YWlsOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKTogbmV2ZXIgPT4ge1xuICAgIGNvbnN0IGZpZWxkID0gZm9ybWF0RmllbGRQYXRoKHBhdGgpO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihkZXRhaWwsIHsgLi4ud2hlcmUsIGZpZWxkOiBmaWVsZCA9PT0gJycgPyB1bmRlZmluZWQgOiBmaWVsZCwgcHJvbXB0TmFtZSB9KTtcbiAgfTtcblxuICBpZiAoIWlzUGxhaW5SZWNvcmQodmFsdWUpKSB7XG4gICAgcmV0dXJuIGZhaWwoYGEgcHJvbXB0IHJlY29yZCBtdXN0IGJlIGFuIG9iamVjdCB3aXRoIG5hbWUsIHZlcnNpb24sIHR5cGUsIFx1MjAyNiwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgW10pO1xuICB9XG4gIGNvbnN0IHJlc3VsdCA9IHJlY29yZFNjaGVtYS5zYWZlUGFyc2Uod2l0aG91dE51bGxzKHZhbHVlKSk7XG4gIGlmICghcmVzdWx0LnN1Y2Nlc3MpIHtcbiAgICBjb25zdCBpc3N1ZSA9IHJlc3VsdC5lcnJvci5pc3N1ZXNbMF0hO1xuICAgIGNvbnN0IHBhdGggPSBpc3N1ZS5wYXRoLm1hcCgoc2VnbWVudCkgPT4gKHR5cGVvZiBzZWdtZW50ID09PSAnc3ltYm9sJyA/IFN0cmluZyhzZWdtZW50KSA6IHNlZ21lbnQpKTtcbiAgICBpZiAoaXNzdWUuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJykgcGF0aC5wdXNoKGlzc3VlLmtleXNbMF0gPz8gJycpO1xuICAgIHJldHVybiBmYWlsKGlzc3VlLm1lc3NhZ2UsIHBhdGgpO1xuICB9XG4gIGNvbnN0IGRhdGEgPSByZXN1bHQuZGF0YTtcbiAgY29uc3QgdHlwZSA9IHJlc29sdmVUeXBlKGRhdGEsIGZhaWwpO1xuXG4gIGNvbnN0IGxhYmVscyA9IGRhdGEubGFiZWxzO1xuICBpZiAobGFiZWxzICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgZm9yIChjb25zdCBbaW5kZXgsIGxhYmVsXSBvZiBsYWJlbHMuZW50cmllcygpKSB7XG4gICAgICBpZiAoc2Vlbi5oYXMobGFiZWwpKSBmYWlsKGBsYWJlbCBcIiR7bGFiZWx9XCIgaXMgbGlzdGVkIHR3aWNlOiBsaXN0IGVhY2ggbGFiZWwgb25jZWAsIFsnbGFiZWxzJywgaW5kZXhdKTtcbiAgICAgIHNlZW4uYWRkKGxhYmVsKTtcbiAgICB9XG4gIH1cbiAgaWYgKGRhdGEubWV0YWRhdGEgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHByb2JsZW0gPSBmaW5kTm9uSnNvbihkYXRhLm1ldGFkYXRhLCBbXSwgMCk7XG4gICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkge1xuICAgICAgZmFpbChgXCJtZXRhZGF0YVwiIG11c3QgYmUgcGxhaW4gZGF0YSAoc3RyaW5ncywgbnVtYmVycywgYm9vbGVhbnMsIG51bGwsIGxpc3RzLCBvYmplY3RzKTogJHtwcm9ibGVtLm1lc3NhZ2V9YCwgW1xuICAgICAgICAnbWV0YWRhdGEnLFxuICAgICAgICAuLi5wcm9ibGVtLnBhdGgsXG4gICAgICBdKTtcbiAgICB9XG4gIH1cbiAgY2hlY2tJbnB1dChkYXRhLmlucHV0LCB3aGVyZSwgcHJvbXB0TmFtZSwgZmFpbCk7XG4gIGNoZWNrT3V0cHV0KGRhdGEub3V0cHV0LCB3aGVyZSwgcHJvbXB0TmFtZSk7XG5cbiAgY29uc3QgcmVjb3JkOiBQcm9tcHRSZWNvcmQgPSB7IG5hbWU6IGRhdGEubmFtZSwgdmVyc2lvbjogZGF0YS52ZXJzaW9uIH0gYXMgUHJvbXB0UmVjb3JkO1xuICBpZiAobGFiZWxzICE9PSB1bmRlZmluZWQpIHJlY29yZC5sYWJlbHMgPSBbLi4ubGFiZWxzXTtcbiAgcmVjb3JkLnR5cGUgPSB0eXBlO1xuICBpZiAodHlwZSA9PT0gJ3RleHQnKSByZWNvcmQudGVtcGxhdGUgPSBkYXRhLnRlbXBsYXRlITtcbiAgZWxzZSByZWNvcmQubWVzc2FnZXMgPSAoZGF0YS5tZXNzYWdlcyBhcyBDaGF0TWVzc2FnZVRlbXBsYXRlW10pLm1hcCgobWVzc2FnZSkgPT4gKHsgLi4ubWVzc2FnZSB9KSk7XG4gIGlmIChkYXRhLmlucHV0ICE9PSB1bmRlZmluZWQpIHJlY29yZC5pbnB1dCA9IHsgLi4uZGF0YS5pbnB1dCB9IGFzIFByb21wdFJlY29yZFsnaW5wdXQnXTtcbiAgaWYgKGRhdGEub3V0cHV0ICE9PSB1bmRlZmluZWQpIHJlY29yZC5vdXRwdXQgPSB7IC4uLmRhdGEub3V0cHV0IH07XG4gIGlmIChkYXRhLm1vZGVsICE9PSB1bmRlZmluZWQpIHJlY29yZC5tb2RlbCA9IGRhdGEubW9kZWw7XG4gIGlmIChkYXRhLm1ldGFkYXRhICE9PSB1bmRlZmluZWQpIHJlY29yZC5tZXRhZGF0YSA9IHsgLi4uZGF0YS5tZXRhZGF0YSB9IGFzIFByb21wdE1ldGFkYXRhO1xuICBpZiAoZGF0YS5oYXNoICE9PSB1bmRlZmluZWQpIHJlY29yZC5oYXNoID0gZGF0YS5oYXNoO1xuICByZXR1cm4gcmVjb3JkO1xufVxuXG50eXBlIEZhaWwgPSAoZGV0YWlsOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKSA9PiBuZXZlcjtcblxuLyoqIE9wdGlvbmFsIHRvcC1sZXZlbCBmaWVsZHMgc2V0IHRvIGBudWxsYCBjb3VudCBhcyBub3QgZ2l2ZW4gKEpTT04gQVBJcyBhbmQgYmxhbmsgWUFNTCBmaWVsZHMgc2F5IG51bGwpLiAqL1xuZnVuY3Rpb24gd2l0aG91dE51bGxzKHZhbHVlOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgbGV0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCB1bmRlZmluZWQ7XG4gIGZvciAoY29uc3QgW2tleSwgaXRlbV0gb2YgT2JqZWN0LmVudHJpZXModmFsdWUpKSB7XG4gICAgaWYgKGl0ZW0gIT09IG51bGwgfHwga2V5ID09PSAnbmFtZScgfHwga2V5ID09PSAndmVyc2lvbicpIGNvbnRpbnVlO1xuICAgIG91dCA/Pz0geyAuLi52YWx1ZSB9O1xuICAgIGRlbGV0ZSBvdXRba2V5XTtcbiAgfVxuICByZXR1cm4gb3V0ID8/IHZhbHVlO1xufVxuXG5mdW5jdGlvbiByZXNvbHZlVHlwZShkYXRhOiB6LmluZmVyPHR5cGVvZiByZWNvcmRTY2hlbWE+LCBmYWlsOiBGYWlsKTogJ3RleHQnIHwgJ2NoYXQnIHtcbiAgY29uc3QgaGFzVGVtcGxhdGUgPSBkYXRhLnRlbXBsYXRlICE9PSB1bmRlZmluZWQ7XG4gIGNvbnN0IGhhc01lc3NhZ2VzID0gZGF0YS5tZXNzYWdlcyAhPT0gdW5kZWZpbmVkO1xuICBsZXQgdHlwZSA9IGRhdGEudHlwZTtcbiAgaWYgKHR5cGUgPT09IHVuZGVmaW5lZCkge1xuICAgIGlmIChoYXNUZW1wbGF0ZSAmJiBoYXNNZXNzYWdlcykge1xuICAgICAgZmFpbChcbiAgICAgICAgJ3RoZSByZWNvcmQgaGFzIGJvdGggXCJ0ZW1wbGF0ZVwiIGFuZCBcIm1lc3NhZ2VzXCI6IHNldCB0eXBlOiB0ZXh0ICh0ZW1wbGF0ZSkgb3IgdHlwZTogY2hhdCAobWVzc2FnZXMpIGFuZCByZW1vdmUgdGhlIG90aGVyJyxcbiAgICAgICAgWyd0eXBlJ10sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoIWhhc1RlbXBsYXRlICYmICFoYXNNZXNzYWdlcykge1xuICAgICAgZmFpbCgndGhlIHByb21wdCBoYXMgbm8gY29udGVudDogZ2l2ZSBhIFwidGVtcGxhdGVcIiAoYSB0ZXh0IHByb21wdCkgb3IgXCJtZXNzYWdlc1wiIChhIGNoYXQgcHJvbXB0KScsIFsndGVtcGxhdGUnXSk7XG4gICAgfVxuICAgIHR5cGUgPSBoYXNUZW1wbGF0ZSA/ICd0ZXh0JyA6ICdjaGF0JztcbiAgfVxuICBpZiAodHlwZSA9PT0gJ3RleHQnKSB7XG4gICAgaWYgKCFoYXNUZW1wbGF0ZSkge1xuICAgICAgZmFpbChcbiAgICAgICAgaGFzTWVzc2FnZXNcbiAgICAgICAgICA/ICdhIHRleHQgcHJvbXB0IHRha2VzIGEgXCJ0ZW1wbGF0ZVwiLCBub3QgXCJtZXNzYWdlc1wiOiBzZXQgdHlwZTogY2hhdCwgb3IgcmVwbGFjZSBtZXNzYWdlcyB3aXRoIGEgdGVtcGxhdGUnXG4gICAgICAgICAgOiAnYSB0ZXh0IHByb21wdCBuZWVkcyBhIFwidGVtcGxhdGVcIiAoYSBtdXN0YWNoZSB0ZW1wbGF0ZSBzdHJpbmcpJyxcbiAgICAgICAgW2hhc01lc3NhZ2VzID8gJ21lc3NhZ2VzJyA6ICd0ZW1wbGF0ZSddLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKGhhc01lc3NhZ2VzKVxuICAgICAgZmFpbCgnYSB0ZXh0IHByb21wdCBoYXMgbm8gXCJtZXNzYWdlc1wiOiByZW1vdmUgdGhlbSwgb3Igc2V0IHR5cGU6IGNoYXQgYW5kIHJlbW92ZSB0aGUgdGVtcGxhdGUnLCBbJ21lc3NhZ2VzJ10pO1xuICB9IGVsc2Uge1xuICAgIGlmIChoYXNUZW1wbGF0ZSkge1xuICAgICAgZmFpbCgnYSBjaGF0IHByb21wdCB0YWtlcyBcIm1lc3NhZ2VzXCIsIG5vdCBhIFwidGVtcGxhdGVcIjogbW92ZSB0aGUgdGV4dCBpbnRvIGEgbWVzc2FnZSwgb3Igc2V0IHR5cGU6IHRleHQnLCBbXG4gICAgICAgICd0ZW1wbGF0ZScsXG4gICAgICBdKTtcbiAgICB9XG4gICAgaWYgKCFoYXNNZXNzYWdlcykge1xuICAgICAgZmFpbCgnYSBjaGF0IHByb21wdCBuZWVkcyBcIm1lc3NhZ2VzXCI6IGEgbGlzdCBvZiB7IHJvbGUsIGNvbnRlbnQgfSBvciB7IHBsYWNlaG9sZGVyIH0gZW50cmllcycsIFsnbWVzc2FnZXMnXSk7XG4gICAgfVxuICAgIGlmIChkYXRhLm1lc3NhZ2VzIS5sZW5ndGggPT09IDApIGZhaWwoJ2EgY2hhdCBwcm9tcHQgbmVlZHMgYXQgbGVhc3Qgb25lIG1lc3NhZ2UnLCBbJ21lc3NhZ2VzJ10pO1xuICB9XG4gIHJldHVybiB0eXBlO1xufVxuXG5mdW5jdGlvbiBleHBsYWluTWVzc2FnZVByb2JsZW0odmFsdWU6IHVua25vd24pOiB7IG1lc3NhZ2U6IHN0cmluZzsgcGF0aDogRmllbGRTZWdtZW50W10gfSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNoYXBlID0gJ2EgbWVzc2FnZSBpcyB7IHJvbGUsIGNvbnRlbnQgfSBvciB7IHBsYWNlaG9sZGVyIH0nO1xuICBpZiAoIWlzUGxhaW5SZWNvcmQodmFsdWUpKSByZXR1cm4geyBtZXNzYWdlOiBgJHtzaGFwZX0sIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIHBhdGg6IFtdIH07XG4gIGlmICgncGxhY2Vob2xkZXInIGluIHZhbHVlKSB7XG4gICAgY29uc3Qgb3RoZXIgPSBPYmplY3Qua2V5cyh2YWx1ZSkuZmluZCgoa2V5KSA9PiBrZXkgIT09ICdwbGFjZWhvbGRlcicpO1xuICAgIGlmIChvdGhlciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXNzYWdlOiBgYSBwbGFjZWhvbGRlciBtZXNzYWdlIGhhcyBvbmx5IFwicGxhY2Vob2xkZXJcIiwgYnV0IHRoaXMgb25lIGFsc28gaGFzIFwiJHtvdGhlcn1cIjogc3BsaXQgaXQgaW4gdHdvIG1lc3NhZ2VzYCxcbiAgICAgICAgcGF0aDogW290aGVyXSxcbiAgICAgIH07XG4gICAgfVxuICAgIGlmICh0eXBlb2YgdmFsdWUucGxhY2Vob2xkZXIgIT09ICdzdHJpbmcnIHx8ICFQTEFDRUhPTERFUl9QQVRURVJOLnRlc3QodmFsdWUucGxhY2Vob2xkZXIpKSB7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXNzYWdlOiBgXCJwbGFjZWhvbGRlclwiIG11c3QgYmUgYSBuYW1lIHN1Y2ggYXMgXCJoaXN0b3J5XCIgKGxldHRlcnMsIGRpZ2l0cywgXCJfXCIsIFwiLlwiLCBcIi1cIiksIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUucGxhY2Vob2xkZXIpfWAsXG4gICAgICAgIHBhdGg6IFsncGxhY2Vob2xkZXInXSxcbiAgICAgIH07XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXModmFsdWUpKSB7XG4gICAgaWYgKGtleSAhPT0gJ3JvbGUnICYmIGtleSAhPT0gJ2NvbnRlbnQnKSB7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXNzYWdlOiBgdW5rbm93biBmaWVsZCBcIiR7a2V5fVwiIGluIGEgbWVzc2FnZSR7aGludChrZXksIFsncm9sZScsICdjb250ZW50JywgJ3BsYWNlaG9sZGVyJ10pfSAke3NoYXBlfS5gLFxuICAgICAgICBwYXRoOiBba2V5XSxcbiAgICAgIH07XG4gICAgfVxuICB9XG4gIGlmICh2YWx1ZS5yb2xlID09PSB1bmRlZmluZWQpXG4gICAgcmV0dXJuIHsgbWVzc2FnZTogYHRoZSBtZXNzYWdlIGhhcyBubyBcInJvbGVcIiAoc3lzdGVtLCB1c2VyLCBhc3Npc3RhbnQsIFx1MjAyNik6ICR7c2hhcGV9YCwgcGF0aDogWydyb2xlJ10gfTtcbiAgaWYgKHR5cGVvZiB2YWx1ZS5yb2xlICE9PSAnc3RyaW5nJyB8fCB2YWx1ZS5yb2xlLnRyaW0oKSA9PT0gJycpIHtcbiAgICByZXR1cm4ge1xuICAgICAgbWVzc2FnZTogYFwicm9sZVwiIG11c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nIHN1Y2ggYXMgXCJ1c2VyXCIsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUucm9sZSl9YCxcbiAgICAgIHBhdGg6IFsncm9sZSddLFxuICAgIH07XG4gIH1cbiAgaWYgKHZhbHVlLmNvbnRlbnQgPT09IHVuZGVmaW5lZClcbiAgICByZXR1cm4geyBtZXNzYWdlOiBgdGhlIG1lc3NhZ2UgaGFzIG5vIFwiY29udGVudFwiIChpdHMgbXVzdGFjaGUgdGVtcGxhdGUpOiAke3NoYXBlfWAsIHBhdGg6IFsnY29udGVudCddIH07XG4gIGlmICh0eXBlb2YgdmFsdWUuY29udGVudCAhPT0gJ3N0cmluZycpIHtcbiAgICByZXR1cm4ge1xuICAgICAgbWVzc2FnZTogYFwiY29udGVudFwiIG11c3QgYmUgYSBzdHJpbmcgKGEgbXVzdGFjaGUgdGVtcGxhdGUpLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlLmNvbnRlbnQpfTsgcXVvdGUgaXQgaW4gWUFNTGAsXG4gICAgICBwYXRoOiBbJ2NvbnRlbnQnXSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGNoZWNrSW5wdXQoXG4gIGlucHV0OiB7IHNjaGVtYT86IHVua25vd247IGRlZmF1bHQ/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9IHwgdW5kZWZpbmVkLFxuICB3aGVyZTogeyBmaWxlPzogc3RyaW5nOyBsaW5lPzogbnVtYmVyIH0sXG4gIHByb21wdE5hbWU6IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgZmFpbDogRmFpbCxcbik6IHZvaWQge1xuICBpZiAoaW5wdXQgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBpZiAoaW5wdXQuZGVmYXVsdCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKGlucHV0LmRlZmF1bHQsIFtdLCAwKTtcbiAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBmYWlsKGBcImlucHV0LmRlZmF1bHRcIiBtdXN0IGJlIHBsYWluIGRhdGE6ICR7cHJvYmxlbS5tZXNzYWdlfWAsIFsnaW5wdXQnLCAnZGVmYXVsdCcsIC4uLnByb2JsZW0ucGF0aF0pO1xuICAgIH1cbiAgfVxuICBpZiAoaW5wdXQuc2NoZW1hID09PSB1bmRlZmluZWQgfHwgaW5wdXQuc2NoZW1hID09PSBudWxsKSByZXR1cm47XG4gIGNvbnN0IHNjaGVtYSA9IGNvbXBpbGVJbnB1dFNjaGVtYShpbnB1dC5zY2hlbWEsIHsgLi4ud2hlcmUsIHByb21wdE5hbWUsIGZpZWxkOiAnaW5wdXQuc2NoZW1hJyB9KTtcbiAgaWYgKGlucHV0LmRlZmF1bHQgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBjb25zdCByZXN1bHQgPSBzY2hlbWEudmFsaWRhdGUoaW5wdXQuZGVmYXVsdCk7XG4gIGlmIChyZXN1bHQub2spIHJldHVybjtcbiAgY29uc3QgaXNzdWUgPSByZXN1bHQuaXNzdWVzLmZpbmQoKGkpID0+IGkuY29kZSAhPT0gJ21pc3NpbmcnKTtcbiAgaWYgKGlzc3VlID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgZmFpbChgdGhlIGRlZmF1bHQgdmFsdWUgZG9lcyBub3QgZml0IHRoZSBpbnB1dCBzY2hlbWE6ICR7aXNzdWUubWVzc2FnZX1gLCBbJ2lucHV0JywgJ2RlZmF1bHQnLCAuLi5pc3N1ZS5wYXRoXSk7XG59XG5cbmZ1bmN0aW9uIGNoZWNrT3V0cHV0KFxuICBvdXRwdXQ6IHsgc2NoZW1hPzogdW5rbm93biB9IHwgdW5kZWZpbmVkLFxuICB3aGVyZTogeyBmaWxlPzogc3RyaW5nOyBsaW5lPzogbnVtYmVyIH0sXG4gIHByb21wdE5hbWU6IHN0cmluZyB8IHVuZGVmaW5lZCxcbik6IHZvaWQge1xuICBjb25zdCBzY2hlbWEgPSBvdXRwdXQ/LnNjaGVtYTtcbiAgaWYgKHNjaGVtYSA9PT0gdW5kZWZpbmVkIHx8IHNjaGVtYSA9PT0gbnVsbCB8fCBpc1N0YW5kYXJkU2NoZW1hKHNjaGVtYSkpIHJldHVybjtcbiAgcGljb3NjaGVtYVRvSnNvblNjaGVtYShzY2hlbWEsIHsgLi4ud2hlcmUsIHByb21wdE5hbWUsIGZpZWxkOiAnb3V0cHV0LnNjaGVtYScgfSk7XG59XG5cbi8qKiBUaGUgZmlyc3QgdmFsdWUgdGhhdCBKU09OIGNhbm5vdCBjYXJyeSAoZnVuY3Rpb25zLCBgdW5kZWZpbmVkYCBpbiBsaXN0cywgTmFOLCBjbGFzcyBpbnN0YW5jZXNcdTIwMjYpLiAqL1xuZnVuY3Rpb24gZmluZE5vbkpzb24oXG4gIHZhbHVlOiB1bmtub3duLFxuICBwYXRoOiBGaWVsZFNlZ21lbnRbXSxcbiAgZGVwdGg6IG51bWJlcixcbik6IHsgbWVzc2FnZTogc3RyaW5nOyBwYXRoOiBGaWVsZFNlZ21lbnRbXSB9IHwgdW5kZWZpbmVkIHtcbiAgaWYgKGRlcHRoID4gTUFYX0RBVEFfREVQVEgpIHJldHVybiB7IG1lc3NhZ2U6IGBuZXN0ZWQgbW9yZSB0aGFuICR7TUFYX0RBVEFfREVQVEh9IGxldmVscyBkZWVwYCwgcGF0aCB9O1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdib29sZWFuJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicpXG4gICAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgPyB1bmRlZmluZWQgOiB7IG1lc3NhZ2U6IGAke1N0cmluZyh2YWx1ZSl9IGlzIG5vdCBhIEpTT04gbnVtYmVyYCwgcGF0aCB9O1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICBmb3IgKGxldCBpbmRleCA9IDA7IGluZGV4IDwgdmFsdWUubGVuZ3RoOyBpbmRleCsrKSB7XG4gICAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24odmFsdWVbaW5kZXhdLCBbLi4ucGF0aCwgaW5kZXhdLCBkZXB0aCArIDEpO1xuICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgcmV0dXJuIHByb2JsZW07XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcpIHtcbiAgICBjb25zdCBwcm90byA9IE9iamVjdC5nZXRQcm90b3R5cGVPZih2YWx1ZSk7XG4gICAgaWYgKHByb3RvICE9PSBPYmplY3QucHJvdG90eXBlICYmIHByb3RvICE9PSBudWxsKSB7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBtZXNzYWdlOiBgZm91bmQgYSAkeyh2YWx1ZSBhcyBvYmplY3QpLmNvbnN0cnVjdG9yPy5uYW1lID8/ICdub24tcGxhaW4nfSBvYmplY3Q7IHVzZSBwbGFpbiBvYmplY3RzYCxcbiAgICAgICAgcGF0aCxcbiAgICAgIH07XG4gICAgfVxuICAgIGZvciAoY29uc3QgW2tleSwgaXRlbV0gb2YgT2JqZWN0LmVudHJpZXModmFsdWUpKSB7XG4gICAgICBpZiAoaXRlbSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IHByb2JsZW0gPSBmaW5kTm9uSnNvbihpdGVtLCBbLi4ucGF0aCwga2V5XSwgZGVwdGggKyAxKTtcbiAgICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHJldHVybiBwcm9ibGVtO1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIHJldHVybiB7IG1lc3NhZ2U6IGBmb3VuZCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIHBhdGggfTtcbn1cbiIsICIvKipcbiAqIFByb21wdCBuYW1lczogc2VnbWVudHMgb2YgYFthLXowLTldW2EtejAtOS5fLV0qYCBqb2luZWQgYnkgYC9gLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5cbi8qKiBMb25nZXN0IGFjY2VwdGVkIHByb21wdCBuYW1lLCBpbiBjaGFyYWN0ZXJzLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9OQU1FX0xFTkdUSCA9IDIwMDtcblxuY29uc3QgTkFNRV9QQVRURVJOID0gL15bYS16MC05XVthLXowLTkuXy1dKig/OlxcL1thLXowLTldW2EtejAtOS5fLV0qKSokLztcblxuLyoqIFRydWUgd2hlbiBgbmFtZWAgaXMgYSB2YWxpZCBwcm9tcHQgbmFtZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1ZhbGlkTmFtZShuYW1lOiB1bmtub3duKTogbmFtZSBpcyBzdHJpbmcge1xuICByZXR1cm4gdHlwZW9mIG5hbWUgPT09ICdzdHJpbmcnICYmIG5hbWUubGVuZ3RoIDw9IE1BWF9OQU1FX0xFTkdUSCAmJiBOQU1FX1BBVFRFUk4udGVzdChuYW1lKTtcbn1cblxuLyoqIERlc2NyaWJlIHdoYXQgaXMgd3Jvbmcgd2l0aCBhIHByb21wdCBuYW1lLCBvciBgdW5kZWZpbmVkYCB3aGVuIGl0IGlzIHZhbGlkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lOiB1bmtub3duKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHR5cGVvZiBuYW1lICE9PSAnc3RyaW5nJykgcmV0dXJuIGBhIHByb21wdCBuYW1lIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke3R5cGVvZiBuYW1lfWA7XG4gIGlmIChuYW1lLmxlbmd0aCA9PT0gMCkgcmV0dXJuICdhIHByb21wdCBuYW1lIG11c3Qgbm90IGJlIGVtcHR5JztcbiAgaWYgKG5hbWUubGVuZ3RoID4gTUFYX05BTUVfTEVOR1RIKVxuICAgIHJldHVybiBgYSBwcm9tcHQgbmFtZSBtdXN0IGJlIGF0IG1vc3QgJHtNQVhfTkFNRV9MRU5HVEh9IGNoYXJhY3RlcnMsIGdvdCAke25hbWUubGVuZ3RofWA7XG4gIGlmIChOQU1FX1BBVFRFUk4udGVzdChuYW1lKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgc2hvd24gPSBKU09OLnN0cmluZ2lmeShuYW1lLmxlbmd0aCA+IDYwID8gYCR7bmFtZS5zbGljZSgwLCA2MCl9XHUyMDI2YCA6IG5hbWUpO1xuICByZXR1cm4gKFxuICAgIGBpbnZhbGlkIHByb21wdCBuYW1lICR7c2hvd259OiB1c2UgbG93ZXJjYXNlIHNlZ21lbnRzIG9mIFthLXowLTldW2EtejAtOS5fLV0qIGpvaW5lZCBieSBcIi9cIiBgICtcbiAgICBgKGUuZy4gXCJzdXBwb3J0L2dyZWV0aW5nXCIpOyBubyBsZWFkaW5nIFwiL1wiLCBubyBlbXB0eSwgXCIuXCIgb3IgXCIuLlwiIHNlZ21lbnRzYFxuICApO1xufVxuXG4vKiogVGhyb3cgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IHVubGVzcyBgbmFtZWAgaXMgdmFsaWQuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VmFsaWROYW1lKFxuICBuYW1lOiB1bmtub3duLFxuICBsb2NhdGlvbjogeyBmaWxlPzogc3RyaW5nOyBsaW5lPzogbnVtYmVyIH0gPSB7fSxcbik6IGFzc2VydHMgbmFtZSBpcyBzdHJpbmcge1xuICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IocHJvYmxlbSwgeyAuLi5sb2NhdGlvbiwgZmllbGQ6ICduYW1lJyB9KTtcbn1cbiIsICIvKipcbiAqIFByb21wdCBzcGVjcyAoYG5hbWVAc2VsZWN0b3JgKSBhbmQgc2VsZWN0b3IgcmVzb2x1dGlvbiBvdmVyIGEgbGlzdCBvZiB2ZXJzaW9ucy5cbiAqIFNlZSBERVNJR04ubWQgc2VjdGlvbiA1LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgc2VtdmVyQ29tcGFyZSBmcm9tICdzZW12ZXIvZnVuY3Rpb25zL2NvbXBhcmUuanMnO1xuaW1wb3J0IHNlbXZlclByZXJlbGVhc2UgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy9wcmVyZWxlYXNlLmpzJztcbmltcG9ydCBzZW12ZXJWYWxpZCBmcm9tICdzZW12ZXIvZnVuY3Rpb25zL3ZhbGlkLmpzJztcbmltcG9ydCBzZW12ZXJNYXhTYXRpc2Z5aW5nIGZyb20gJ3NlbXZlci9yYW5nZXMvbWF4LXNhdGlzZnlpbmcuanMnO1xuaW1wb3J0IHNlbXZlclZhbGlkUmFuZ2UgZnJvbSAnc2VtdmVyL3Jhbmdlcy92YWxpZC5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4vbmFtZS5qcyc7XG5cbi8qKiBBIHBhcnNlZCBgbmFtZUBzZWxlY3RvcmAuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdFNwZWMge1xuICAvKiogVGhlIHByb21wdCBuYW1lLiAqL1xuICBuYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgc2VsZWN0b3IgYWZ0ZXIgYEBgLCBvciBgdW5kZWZpbmVkYCBmb3IgYSBiYXJlIG5hbWUuICovXG4gIHNlbGVjdG9yOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG59XG5cbi8qKiBIb3cgYSBzZWxlY3RvciBwaWNrcyBhIHZlcnNpb24uICovXG5leHBvcnQgdHlwZSBTZWxlY3RvcktpbmQgPSAnZXhhY3QnIHwgJ3JhbmdlJyB8ICdsYWJlbCcgfCAnbGF0ZXN0JztcblxuY29uc3QgTEFCRUxfUEFUVEVSTiA9IC9eW2EtekEtWl1bYS16QS1aMC05Ll8tXSokLztcblxuLyoqXG4gKiBTcGxpdCBgJ3N1cHBvcnQvZ3JlZXRpbmdAXjEuMidgIGludG8gbmFtZSBhbmQgc2VsZWN0b3IuIFRocm93cyBhIHtAbGluayBDb25maWdFcnJvcn0gbmFtaW5nIHRoZVxuICogcHJvYmxlbSBmb3IgYW4gaW52YWxpZCBuYW1lIG9yIGFuIGVtcHR5IHNlbGVjdG9yLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VTcGVjKHNwZWM6IHN0cmluZyk6IFByb21wdFNwZWMge1xuICBpZiAodHlwZW9mIHNwZWMgIT09ICdzdHJpbmcnKSB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGEgcHJvbXB0IHNwZWMgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7dHlwZW9mIHNwZWN9YCk7XG4gIGNvbnN0IGF0ID0gc3BlYy5pbmRleE9mKCdAJyk7XG4gIGNvbnN0IG5hbWUgPSBhdCA9PT0gLTEgPyBzcGVjIDogc3BlYy5zbGljZSgwLCBhdCk7XG4gIGNvbnN0IHNlbGVjdG9yID0gYXQgPT09IC0xID8gdW5kZWZpbmVkIDogc3BlYy5zbGljZShhdCArIDEpO1xuICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYCR7cHJvYmxlbX0gKGluIHNwZWMgJHtKU09OLnN0cmluZ2lmeShzcGVjKX0pYCk7XG4gIGlmIChzZWxlY3RvciAhPT0gdW5kZWZpbmVkKSBhc3NlcnRWYWxpZFNlbGVjdG9yKHNlbGVjdG9yLCBzcGVjKTtcbiAgcmV0dXJuIHsgbmFtZSwgc2VsZWN0b3IgfTtcbn1cblxuLyoqIFRocm93IGEge0BsaW5rIENvbmZpZ0Vycm9yfSB1bmxlc3MgYHNlbGVjdG9yYCBpcyBhbiBleGFjdCB2ZXJzaW9uLCBhIHJhbmdlLCBhIGxhYmVsIG9yIGBsYXRlc3RgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFZhbGlkU2VsZWN0b3Ioc2VsZWN0b3I6IHN0cmluZywgY29udGV4dDogc3RyaW5nID0gc2VsZWN0b3IpOiB2b2lkIHtcbiAgaWYgKHNlbGVjdG9yLmxlbmd0aCA9PT0gMCB8fCBzZWxlY3Rvci5sZW5ndGggPiAyNTYgfHwgc2VsZWN0b3JLaW5kKHNlbGVjdG9yKSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgYGludmFsaWQgc2VsZWN0b3IgJHtKU09OLnN0cmluZ2lmeShzZWxlY3Rvcil9IGluICR7SlNPTi5zdHJpbmdpZnkoY29udGV4dCl9OiB1c2UgYW4gZXhhY3QgdmVyc2lvbiAoXCIxLjIuM1wiKSwgYCArXG4gICAgICAgICdhbiBucG0gc2VtdmVyIHJhbmdlIChcIl4xLjJcIiwgXCJ+MS4yLjBcIiwgXCIxLnhcIiksIGEgbGFiZWwgKFwicHJvZHVjdGlvblwiKSBvciBcImxhdGVzdFwiJyxcbiAgICApO1xuICB9XG59XG5cbi8qKiBDbGFzc2lmeSBhIHNlbGVjdG9yOyBgdW5kZWZpbmVkYCB3aGVuIGl0IGlzIG5vbmUgb2YgdGhlIGZvdXIga2luZHMuICovXG5leHBvcnQgZnVuY3Rpb24gc2VsZWN0b3JLaW5kKHNlbGVjdG9yOiBzdHJpbmcpOiBTZWxlY3RvcktpbmQgfCB1bmRlZmluZWQge1xuICBpZiAoc2VsZWN0b3IgPT09ICdsYXRlc3QnKSByZXR1cm4gJ2xhdGVzdCc7XG4gIGlmIChzZW12ZXJWYWxpZChzZWxlY3RvcikgPT09IHNlbGVjdG9yKSByZXR1cm4gJ2V4YWN0JztcbiAgaWYgKHNlbXZlclZhbGlkUmFuZ2Uoc2VsZWN0b3IpICE9PSBudWxsKSByZXR1cm4gJ3JhbmdlJztcbiAgaWYgKExBQkVMX1BBVFRFUk4udGVzdChzZWxlY3RvcikpIHJldHVybiAnbGFiZWwnO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogVHJ1ZSB3aGVuIGEgc2VsZWN0b3IgYWx3YXlzIHBpY2tzIHRoZSBzYW1lIHZlcnNpb24gKGFuIGV4YWN0IHZlcnNpb24pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzRXhhY3RTZWxlY3RvcihzZWxlY3Rvcjogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSAnZXhhY3QnO1xufVxuXG4vKiogU29ydCB2ZXJzaW9ucyBoaWdoZXN0IGZpcnN0IChzZW12ZXIgcHJlY2VkZW5jZSkuIFJldHVybnMgYSBuZXcgYXJyYXkuICovXG5leHBvcnQgZnVuY3Rpb24gc29ydFZlcnNpb25zRGVzY2VuZGluZzxUIGV4dGVuZHMgeyB2ZXJzaW9uOiBzdHJpbmcgfT4odmVyc2lvbnM6IHJlYWRvbmx5IFRbXSk6IFRbXSB7XG4gIHJldHVybiBbLi4udmVyc2lvbnNdLnNvcnQoKGEsIGIpID0+IHNlbXZlckNvbXBhcmUoYi52ZXJzaW9uLCBhLnZlcnNpb24pKTtcbn1cblxuLyoqXG4gKiBQaWNrIHRoZSB2ZXJzaW9uIGEgc2VsZWN0b3IgY2hvb3NlcyBhbW9uZyBgdmVyc2lvbnNgOlxuICogLSBleGFjdCBgMS4yLjNgOiB0aGF0IHZlcnNpb247XG4gKiAtIGEgcmFuZ2UgKGBeMS4yYCwgYH4xLjIuMGAsIGAxLnhgLCBgPj0xIDwzYCk6IHRoZSBoaWdoZXN0IHNhdGlzZnlpbmcgdmVyc2lvbjsgcHJlcmVsZWFzZXMgb25seSB3aGVuXG4gKiAgIHRoZSByYW5nZSBuYW1lcyBhIHByZXJlbGVhc2Ugb2YgdGhlIHNhbWUgYE1BSk9SLk1JTk9SLlBBVENIYCAobnBtJ3MgcnVsZSk7XG4gKiAtIGBsYXRlc3RgOiB0aGUgaGlnaGVzdCB2ZXJzaW9uIHRoYXQgaXMgbm90IGEgcHJlcmVsZWFzZTtcbiAqIC0gYW55dGhpbmcgZWxzZTogdGhlIHZlcnNpb24gY2FycnlpbmcgdGhhdCBsYWJlbC5cbiAqXG4gKiBSZXR1cm5zIGB1bmRlZmluZWRgIHdoZW4gbm90aGluZyBtYXRjaGVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVNlbGVjdG9yPFQgZXh0ZW5kcyBWZXJzaW9uSW5mbz4odmVyc2lvbnM6IHJlYWRvbmx5IFRbXSwgc2VsZWN0b3I6IHN0cmluZyk6IFQgfCB1bmRlZmluZWQge1xuICBjb25zdCBraW5kID0gc2VsZWN0b3JLaW5kKHNlbGVjdG9yKTtcbiAgc3dpdGNoIChraW5kKSB7XG4gICAgY2FzZSAnZXhhY3QnOlxuICAgICAgcmV0dXJuIHZlcnNpb25zLmZpbmQoKHYpID0+IHYudmVyc2lvbiA9PT0gc2VsZWN0b3IpO1xuICAgIGNhc2UgJ2xhdGVzdCc6IHtcbiAgICAgIGxldCBiZXN0OiBUIHwgdW5kZWZpbmVkO1xuICAgICAgZm9yIChjb25zdCB2IG9mIHZlcnNpb25zKSB7XG4gICAgICAgIGlmIChzZW12ZXJQcmVyZWxlYXNlKHYudmVyc2lvbikgIT09IG51bGwpIGNvbnRpbnVlO1xuICAgICAgICBpZiAoYmVzdCA9PT0gdW5kZWZpbmVkIHx8IHNlbXZlckNvbXBhcmUodi52ZXJzaW9uLCBiZXN0LnZlcnNpb24pID4gMCkgYmVzdCA9IHY7XG4gICAgICB9XG4gICAgICByZXR1cm4gYmVzdDtcbiAgICB9XG4gICAgY2FzZSAncmFuZ2UnOiB7XG4gICAgICBjb25zdCBjaG9zZW4gPSBzZW12ZXJNYXhTYXRpc2Z5aW5nKFxuICAgICAgICB2ZXJzaW9ucy5tYXAoKHYpID0+IHYudmVyc2lvbiksXG4gICAgICAgIHNlbGVjdG9yLFxuICAgICAgKTtcbiAgICAgIHJldHVybiBjaG9zZW4gPT09IG51bGwgPyB1bmRlZmluZWQgOiB2ZXJzaW9ucy5maW5kKCh2KSA9PiB2LnZlcnNpb24gPT09IGNob3Nlbik7XG4gICAgfVxuICAgIGNhc2UgJ2xhYmVsJzpcbiAgICAgIHJldHVybiB2ZXJzaW9ucy5maW5kKCh2KSA9PiB2LmxhYmVscy5pbmNsdWRlcyhzZWxlY3RvcikpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBMYWJlbHMgb2YgYSB2ZXJzaW9uIGxpc3QgYXMgYHsgbGFiZWw6IHZlcnNpb24gfWAsIGZvciBlcnJvciBtZXNzYWdlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbE1hcCh2ZXJzaW9uczogcmVhZG9ubHkgVmVyc2lvbkluZm9bXSk6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgZm9yIChjb25zdCB2IG9mIHZlcnNpb25zKSBmb3IgKGNvbnN0IGxhYmVsIG9mIHYubGFiZWxzKSBvdXRbbGFiZWxdID0gdi52ZXJzaW9uO1xuICByZXR1cm4gb3V0O1xufVxuIiwgIi8qKlxuICogQSBzbWFsbCB0eXBlZCBldmVudCBlbWl0dGVyIGZvciB7QGxpbmsgUHJvbXB0RXZlbnR9cy5cbiAqXG4gKiAtIExpc3RlbmVycyBzdWJzY3JpYmUgcGVyIGV2ZW50IHR5cGUgKGBvbigncmVuZGVyJywgXHUyMDI2KWApIG9yIHRvIGV2ZXJ5IGV2ZW50IChgb25FdmVudChcdTIwMjYpYCkuXG4gKiAtIEEgbGlzdGVuZXIgdGhhdCB0aHJvd3Mgb3IgcmVqZWN0cyBuZXZlciBicmVha3MgdGhlIGNhbGxlcjogdGhlIGZhaWx1cmUgaXMgaGFuZGVkIHRvIHRoZVxuICogICBgb25FcnJvcmAgb3B0aW9uIChlYWNoIGZhaWx1cmUgb25jZSksIG9yLCB3aXRob3V0IGl0LCB3cml0dGVuIHdpdGggYGNvbnNvbGUud2FybmAgdGhlIGZpcnN0XG4gKiAgIHRpbWUgZWFjaCBsaXN0ZW5lciBmYWlscyAobGF0ZXIgZmFpbHVyZXMgb2YgdGhhdCBsaXN0ZW5lciBzdGF5IHNpbGVudCwgc28gYSBicm9rZW4gbGlzdGVuZXIgb25cbiAqICAgYSBob3QgcGF0aCBjYW5ub3QgZmxvb2QgdGhlIGxvZykuXG4gKiAtIFdpdGggbm8gbGlzdGVuZXIsIGVtaXR0aW5nIGNvc3RzIG9uZSBicmFuY2g6IGNhbGxlcnMgY2hlY2sge0BsaW5rIFByb21wdEVtaXR0ZXIuYWN0aXZlfSAob3JcbiAqICAge0BsaW5rIFByb21wdEVtaXR0ZXIud2FudHN9KSBiZWZvcmUgdGhleSBldmVuIGJ1aWxkIHRoZSBldmVudCBvYmplY3QuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBlbWl0dGVyID0gbmV3IFByb21wdEVtaXR0ZXIoKTtcbiAqIGNvbnN0IG9mZiA9IGVtaXR0ZXIub24oJ3JlbmRlcicsIChlKSA9PiBjb25zb2xlLmxvZyhlLm5hbWUsIGUuZHVyYXRpb25NcykpO1xuICogaWYgKGVtaXR0ZXIud2FudHMoJ3JlbmRlcicpKSBlbWl0dGVyLmVtaXQoeyB0eXBlOiAncmVuZGVyJywgbmFtZTogJ3gnLCB2ZXJzaW9uOiAnMS4wLjAnLCBoYXNoLCBkdXJhdGlvbk1zOiAwLjEsIGNoYXJzOiAxMiwgaW5wdXRLZXlzOiBbXSB9KTtcbiAqIG9mZigpO1xuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlIHsgRXZlbnRPZiwgUHJvbXB0RXZlbnQsIFByb21wdEV2ZW50TGlzdGVuZXIsIFByb21wdEV2ZW50VHlwZSB9IGZyb20gJy4vZXZlbnRzLmpzJztcblxuLyoqIENhbGxlZCB3aGVuIGEgbGlzdGVuZXIgdGhyb3dzIG9yIHJlamVjdHMuICovXG5leHBvcnQgdHlwZSBMaXN0ZW5lckVycm9ySGFuZGxlciA9IChlcnJvcjogdW5rbm93biwgZXZlbnQ6IFByb21wdEV2ZW50KSA9PiB2b2lkO1xuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgUHJvbXB0RW1pdHRlcn0uICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdEVtaXR0ZXJPcHRpb25zIHtcbiAgLyoqXG4gICAqIFJlY2VpdmVzIGV2ZXJ5IGVycm9yIHRocm93biAob3IgcHJvbWlzZSByZWplY3RlZCkgYnkgYSBsaXN0ZW5lciwgb25jZSBwZXIgZmFpbHVyZS4gQW4gZXJyb3JcbiAgICogdGhyb3duIGJ5IHRoaXMgaGFuZGxlciBpdHNlbGYgaXMgaWdub3JlZC5cbiAgICogQGRlZmF1bHQgYSBgY29uc29sZS53YXJuYCB0aGUgZmlyc3QgdGltZSBlYWNoIGxpc3RlbmVyIGZhaWxzXG4gICAqL1xuICBvbkVycm9yPzogTGlzdGVuZXJFcnJvckhhbmRsZXI7XG59XG5cbnR5cGUgQW55TGlzdGVuZXIgPSAoZXZlbnQ6IFByb21wdEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcblxuLyoqIFR5cGVkIGVtaXR0ZXIgb2YgcHJvbXB0b3BzIGV2ZW50cy4gU2VlIHRoZSBtb2R1bGUgZG9jdW1lbnRhdGlvbi4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRFbWl0dGVyIHtcbiAgLyoqXG4gICAqIFRydWUgd2hlbiBhdCBsZWFzdCBvbmUgbGlzdGVuZXIgaXMgc3Vic2NyaWJlZCAodG8gYW55IHR5cGUpLiBSZWFkIGl0IGJlZm9yZSBidWlsZGluZyBhbiBldmVudDpcbiAgICogYGlmIChlbWl0dGVyLmFjdGl2ZSkgZW1pdHRlci5lbWl0KHsgXHUyMDI2IH0pYC5cbiAgICovXG4gIGFjdGl2ZSA9IGZhbHNlO1xuXG4gIHJlYWRvbmx5ICNieVR5cGUgPSBuZXcgTWFwPFByb21wdEV2ZW50VHlwZSwgQW55TGlzdGVuZXJbXT4oKTtcbiAgI2FueTogQW55TGlzdGVuZXJbXSA9IFtdO1xuICByZWFkb25seSAjb25FcnJvcjogTGlzdGVuZXJFcnJvckhhbmRsZXIgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5ICN3YXJuZWQgPSBuZXcgV2Vha1NldDxBbnlMaXN0ZW5lcj4oKTtcblxuICBjb25zdHJ1Y3RvcihvcHRpb25zOiBQcm9tcHRFbWl0dGVyT3B0aW9ucyA9IHt9KSB7XG4gICAgdGhpcy4jb25FcnJvciA9IG9wdGlvbnMub25FcnJvcjtcbiAgfVxuXG4gIC8qKiBUcnVlIHdoZW4gYW4gZXZlbnQgb2YgYHR5cGVgIHdvdWxkIHJlYWNoIGF0IGxlYXN0IG9uZSBsaXN0ZW5lci4gKi9cbiAgd2FudHModHlwZTogUHJvbXB0RXZlbnRUeXBlKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuYWN0aXZlICYmICh0aGlzLiNhbnkubGVuZ3RoID4gMCB8fCB0aGlzLiNieVR5cGUuaGFzKHR5cGUpKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBTdWJzY3JpYmUgdG8gb25lIGV2ZW50IHR5cGUuIFJldHVybnMgYSBmdW5jdGlvbiB0aGF0IHVuc3Vic2NyaWJlcyAoY2FsbGluZyBpdCB0d2ljZSBpcyBoYXJtbGVzcykuXG4gICAqIFN1YnNjcmliaW5nIHRoZSBzYW1lIGZ1bmN0aW9uIHR3aWNlIG1ha2VzIHR3byBzdWJzY3JpcHRpb25zLlxuICAgKi9cbiAgb248VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4odHlwZTogVCwgbGlzdGVuZXI6IFByb21wdEV2ZW50TGlzdGVuZXI8VD4pOiAoKSA9PiB2b2lkIHtcbiAgICBjb25zdCBmbiA9IGxpc3RlbmVyIGFzIEFueUxpc3RlbmVyO1xuICAgIHRoaXMuI2J5VHlwZS5zZXQodHlwZSwgWy4uLih0aGlzLiNieVR5cGUuZ2V0KHR5cGUpID8/IFtdKSwgZm5dKTtcbiAgICB0aGlzLmFjdGl2ZSA9IHRydWU7XG4gICAgbGV0IHN1YnNjcmliZWQgPSB0cnVlO1xuICAgIHJldHVybiAoKSA9PiB7XG4gICAgICBpZiAoIXN1YnNjcmliZWQpIHJldHVybjtcbiAgICAgIHN1YnNjcmliZWQgPSBmYWxzZTtcbiAgICAgIGNvbnN0IHJlc3QgPSByZW1vdmVPbmUodGhpcy4jYnlUeXBlLmdldCh0eXBlKSA/PyBbXSwgZm4pO1xuICAgICAgaWYgKHJlc3QubGVuZ3RoID09PSAwKSB0aGlzLiNieVR5cGUuZGVsZXRlKHR5cGUpO1xuICAgICAgZWxzZSB0aGlzLiNieVR5cGUuc2V0KHR5cGUsIHJlc3QpO1xuICAgICAgdGhpcy4jdXBkYXRlQWN0aXZlKCk7XG4gICAgfTtcbiAgfVxuXG4gIC8qKiBTdWJzY3JpYmUgdG8gZXZlcnkgZXZlbnQuIFJldHVybnMgYSBmdW5jdGlvbiB0aGF0IHVuc3Vic2NyaWJlcy4gKi9cbiAgb25FdmVudChsaXN0ZW5lcjogKGV2ZW50OiBQcm9tcHRFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD4pOiAoKSA9PiB2b2lkIHtcbiAgICB0aGlzLiNhbnkgPSBbLi4udGhpcy4jYW55LCBsaXN0ZW5lcl07XG4gICAgdGhpcy5hY3RpdmUgPSB0cnVlO1xuICAgIGxldCBzdWJzY3JpYmVkID0gdHJ1ZTtcbiAgICByZXR1cm4gKCkgPT4ge1xuICAgICAgaWYgKCFzdWJzY3JpYmVkKSByZXR1cm47XG4gICAgICBzdWJzY3JpYmVkID0gZmFsc2U7XG4gICAgICB0aGlzLiNhbnkgPSByZW1vdmVPbmUodGhpcy4jYW55LCBsaXN0ZW5lcik7XG4gICAgICB0aGlzLiN1cGRhdGVBY3RpdmUoKTtcbiAgICB9O1xuICB9XG5cbiAgLyoqIFJlbW92ZSBldmVyeSBsaXN0ZW5lci4gKi9cbiAgY2xlYXIoKTogdm9pZCB7XG4gICAgdGhpcy4jYnlUeXBlLmNsZWFyKCk7XG4gICAgdGhpcy4jYW55ID0gW107XG4gICAgdGhpcy5hY3RpdmUgPSBmYWxzZTtcbiAgfVxuXG4gIC8qKlxuICAgKiBEZWxpdmVyIGBldmVudGAgdG8gdGhlIGxpc3RlbmVycyBvZiBpdHMgdHlwZSwgdGhlbiB0byB0aGUgYG9uRXZlbnRgIGxpc3RlbmVycywgc3luY2hyb25vdXNseVxuICAgKiBhbmQgaW4gc3Vic2NyaXB0aW9uIG9yZGVyLiBOZXZlciB0aHJvd3MuXG4gICAqL1xuICBlbWl0PFQgZXh0ZW5kcyBQcm9tcHRFdmVudFR5cGU+KGV2ZW50OiBFdmVudE9mPFQ+KTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLmFjdGl2ZSkgcmV0dXJuO1xuICAgIGNvbnN0IHR5cGVkID0gdGhpcy4jYnlUeXBlLmdldChldmVudC50eXBlKTtcbiAgICBpZiAodHlwZWQgIT09IHVuZGVmaW5lZCkgZm9yIChjb25zdCBsaXN0ZW5lciBvZiB0eXBlZCkgdGhpcy4jY2FsbChsaXN0ZW5lciwgZXZlbnQpO1xuICAgIGZvciAoY29uc3QgbGlzdGVuZXIgb2YgdGhpcy4jYW55KSB0aGlzLiNjYWxsKGxpc3RlbmVyLCBldmVudCk7XG4gIH1cblxuICAjY2FsbChsaXN0ZW5lcjogQW55TGlzdGVuZXIsIGV2ZW50OiBQcm9tcHRFdmVudCk6IHZvaWQge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByZXN1bHQgPSBsaXN0ZW5lcihldmVudCk7XG4gICAgICBpZiAocmVzdWx0ICE9PSB1bmRlZmluZWQgJiYgdHlwZW9mIChyZXN1bHQgYXMgUHJvbWlzZTx2b2lkPikudGhlbiA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgICAocmVzdWx0IGFzIFByb21pc2U8dm9pZD4pLnRoZW4odW5kZWZpbmVkLCAoZXJyb3I6IHVua25vd24pID0+IHRoaXMuI3JlcG9ydChsaXN0ZW5lciwgZXJyb3IsIGV2ZW50KSk7XG4gICAgICB9XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIHRoaXMuI3JlcG9ydChsaXN0ZW5lciwgZXJyb3IsIGV2ZW50KTtcbiAgICB9XG4gIH1cblxuICAjcmVwb3J0KGxpc3RlbmVyOiBBbnlMaXN0ZW5lciwgZXJyb3I6IHVua25vd24sIGV2ZW50OiBQcm9tcHRFdmVudCk6IHZvaWQge1xuICAgIGlmICh0aGlzLiNvbkVycm9yICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHRoaXMuI29uRXJyb3IoZXJyb3IsIGV2ZW50KTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICAvLyBBbiBlcnJvciBoYW5kbGVyIHRoYXQgZmFpbHMgaGFzIG5vd2hlcmUgbGVmdCB0byByZXBvcnQgdG8uXG4gICAgICB9XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmICh0aGlzLiN3YXJuZWQuaGFzKGxpc3RlbmVyKSkgcmV0dXJuO1xuICAgIHRoaXMuI3dhcm5lZC5hZGQobGlzdGVuZXIpO1xuICAgIGNvbnNvbGUud2FybihcbiAgICAgIGBwcm9tcHRvcHM6IGEgXCIke2V2ZW50LnR5cGV9XCIgZXZlbnQgbGlzdGVuZXIgZmFpbGVkIChmdXJ0aGVyIGZhaWx1cmVzIG9mIHRoaXMgbGlzdGVuZXIgYXJlIG5vdCBzaG93bik6YCxcbiAgICAgIGVycm9yLFxuICAgICk7XG4gIH1cblxuICAjdXBkYXRlQWN0aXZlKCk6IHZvaWQge1xuICAgIHRoaXMuYWN0aXZlID0gdGhpcy4jYW55Lmxlbmd0aCA+IDAgfHwgdGhpcy4jYnlUeXBlLnNpemUgPiAwO1xuICB9XG59XG5cbmZ1bmN0aW9uIHJlbW92ZU9uZTxUPihsaXN0OiByZWFkb25seSBUW10sIGl0ZW06IFQpOiBUW10ge1xuICBjb25zdCBpbmRleCA9IGxpc3QuaW5kZXhPZihpdGVtKTtcbiAgcmV0dXJuIGluZGV4ID09PSAtMSA/IFsuLi5saXN0XSA6IFsuLi5saXN0LnNsaWNlKDAsIGluZGV4KSwgLi4ubGlzdC5zbGljZShpbmRleCArIDEpXTtcbn1cbiIsICIvKipcbiAqIFRoZSBjbGllbnQncyB0d28gY2FjaGUgdGllcnMgYW5kIGl0cyBpbi1mbGlnaHQgbG9hZHMgKERFU0lHTi5tZCBzZWN0aW9uIDYsIFwiQ2FjaGluZyBhbmQgZmFpbHVyZVwiKS5cbiAqXG4gKiAtIFRpZXIgMSwgYG5hbWVAdmVyc2lvbmAgXHUyMTkyIGNvbXBpbGVkIHByb21wdDogYW4gTFJVIGJvdW5kZWQgYnkgYG1heGAsIG5vIFRUTCAoYSB2ZXJzaW9uIGlzIGltbXV0YWJsZSkuXG4gKiAtIFRpZXIgMiwgYG5hbWVAc2VsZWN0b3JgIFx1MjE5MiByZXNvbHZlZCByZWNvcmQgKHZlcnNpb24gKyBoYXNoKTogZnJlc2ggZm9yIGB0dGxNc2AsIHRoZW4gc3RhbGUgZm9yIHVwXG4gKiAgIHRvIGBtYXhTdGFsZU1zYCAodGhlIGNsaWVudCBzZXJ2ZXMgaXQgd2hpbGUgb25lIGJhY2tncm91bmQgcmVmcmVzaCBydW5zKSwgdGhlbiBleHBpcmVkLiBFeGFjdFxuICogICBzZWxlY3RvcnMgbmV2ZXIgZ28gc3RhbGUuIEFsc28gYW4gTFJVIGJvdW5kZWQgYnkgYG1heGAuXG4gKiAtIEluLWZsaWdodCBsb2FkcyBhcmUgc2hhcmVkIHBlciBrZXkgKGF0IGJvdGggdGllcnMpLCBzbyBjb25jdXJyZW50IGlkZW50aWNhbCByZXF1ZXN0cyBtYWtlIG9uZVxuICogICBzdG9yZSBjYWxsLiBJbnZhbGlkYXRpbmcgYSBuYW1lIGNhbmNlbHMgaXRzIGluLWZsaWdodCBsb2FkczogdGhlaXIgcmVzdWx0cyByZWFjaCB0aGUgY2FsbGVyc1xuICogICB0aGF0IHdhaXRlZCBmb3IgdGhlbSBidXQgYXJlIG5vdCBjYWNoZWQuXG4gKlxuICogVGltZSBjb21lcyBmcm9tIGFuIGluamVjdGVkIGBub3coKWA7IG5vdGhpbmcgaGVyZSBzZXRzIGEgdGltZXIuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IExSVUNhY2hlIH0gZnJvbSAnbHJ1LWNhY2hlJztcbmltcG9ydCB0eXBlIHsgQ29tcGlsZWRQcm9tcHQgfSBmcm9tICcuLi9lbmdpbmUvcHJvbXB0LmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgdHlwZSB7IENhY2hlT3B0aW9ucyB9IGZyb20gJy4vb3B0aW9ucy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdEhhbmRsZSB9IGZyb20gJy4vcHJvbXB0LmpzJztcblxuLyoqIEEgY29tcGlsZWQgcHJvbXB0IHZlcnNpb24gKHRpZXIgMSkuICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVkRW50cnkge1xuICByZWFkb25seSByZWNvcmQ6IFByb21wdFJlY29yZDtcbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nO1xuICByZWFkb25seSBjb21waWxlZDogQ29tcGlsZWRQcm9tcHQ7XG4gIC8qKiBFdmVyeSBwYXJ0aWFsIGNvbXBpbGVkIGluICh0cmFuc2l0aXZlbHkpOiBuYW1lIFx1MjE5MiB2ZXJzaW9uLiAqL1xuICByZWFkb25seSBkZXBzOiBSZWFkb25seU1hcDxzdHJpbmcsIHN0cmluZz47XG59XG5cbi8qKiBXaGF0IGEgc2VsZWN0b3IgcmVzb2x2ZWQgdG8gKHRpZXIgMikuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc29sdXRpb24ge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJlY29yZDogUHJvbXB0UmVjb3JkO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGhhc2g6IHN0cmluZztcbiAgLyoqIFdoZXJlIHRoZSByZWNvcmQgY2FtZSBmcm9tLiBBIHNuYXBzaG90IGVudHJ5IHN0YXJ0cyBzdGFsZSwgc28gdGhhdCBhIHJlZnJlc2ggaXMgdHJpZWQgYXQgb25jZS4gKi9cbiAgcmVhZG9ubHkgb3JpZ2luOiAnc3RvcmUnIHwgJ3NuYXBzaG90JztcbiAgLyoqIENsb2NrIHRpbWUgdGhlIHJlc29sdXRpb24gY291bnRzIGFzIGxvYWRlZCBhdC4gKi9cbiAgcmVhZG9ubHkgbG9hZGVkQXQ6IG51bWJlcjtcbiAgLyoqIEVhcmxpZXN0IGNsb2NrIHRpbWUgb2YgdGhlIG5leHQgYmFja2dyb3VuZCByZWZyZXNoIChzZXQgYWZ0ZXIgYSBmYWlsZWQgb25lKS4gKi9cbiAgcmV0cnlBdDogbnVtYmVyO1xuICAvKiogVGhlIHByb21wdCBjb21waWxlZCB3aXRoIHRoZSBjbGllbnQncyBkZWZhdWx0IHN0cmljdG5lc3MsIG9uY2Uga25vd24uICovXG4gIGNvbXBpbGVkOiBDb21waWxlZEVudHJ5IHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIGBQcm9tcHRgIGhhbmRlZCBvdXQgZm9yIGZyZXNoIGhpdHMgKHNvdXJjZSBgJ2NhY2hlJ2AsIGRlZmF1bHQgc3RyaWN0bmVzcyksIGJ1aWx0IG9uIHRoZSBmaXJzdCBvbmUuICovXG4gIHByb21wdD86IFByb21wdEhhbmRsZTtcbn1cblxuLyoqIEFnZSBvZiBhIHRpZXItMiBlbnRyeS4gKi9cbmV4cG9ydCB0eXBlIEZyZXNobmVzcyA9ICdmcmVzaCcgfCAnc3RhbGUnIHwgJ2V4cGlyZWQnO1xuXG4vKiogQSBsb2FkIHVuZGVyIHdheSwgc2hhcmVkIGJ5IGV2ZXJ5IGNhbGxlciBvZiB0aGUgc2FtZSBrZXkuICovXG5leHBvcnQgaW50ZXJmYWNlIEZsaWdodDxUPiB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcHJvbWlzZTogUHJvbWlzZTxUPjtcbiAgLyoqIFNldCB3aGVuIHRoZSBuYW1lIHdhcyBpbnZhbGlkYXRlZCBkdXJpbmcgdGhlIGxvYWQ6IHRoZSByZXN1bHQgbXVzdCBub3QgYmUgY2FjaGVkLiAqL1xuICBjYW5jZWxsZWQ6IGJvb2xlYW47XG59XG5cbi8qKiBLZXkgb2YgYSBuYW1lIGFuZCBhIHNlbGVjdG9yIG9yIHZlcnNpb246IGBuYW1lQHNlbGVjdG9yYC4gTmFtZXMgbmV2ZXIgY29udGFpbiBgQGAuICovXG5leHBvcnQgZnVuY3Rpb24gY2FjaGVLZXkobmFtZTogc3RyaW5nLCBzZWxlY3Rvck9yVmVyc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke25hbWV9QCR7c2VsZWN0b3JPclZlcnNpb259YDtcbn1cblxuZnVuY3Rpb24gbmFtZU9mS2V5KGtleTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGtleS5zbGljZSgwLCBrZXkuaW5kZXhPZignQCcpKTtcbn1cblxuLyoqIFR3by10aWVyIGNhY2hlIHdpdGggaW4tZmxpZ2h0IHNoYXJpbmcuIEludGVybmFsIHRvIHRoZSBjbGllbnQuICovXG5leHBvcnQgY2xhc3MgUHJvbXB0Q2FjaGUge1xuICAvKiogRmFsc2Ugd2l0aCBgY2FjaGU6IGZhbHNlYDogbm90aGluZyBpcyBzdG9yZWQsIGluLWZsaWdodCBsb2FkcyBhcmUgc3RpbGwgc2hhcmVkLiAqL1xuICByZWFkb25seSBlbmFibGVkOiBib29sZWFuO1xuICByZWFkb25seSB0dGxNczogbnVtYmVyO1xuICByZWFkb25seSBtYXhTdGFsZU1zOiBudW1iZXI7XG4gIHJlYWRvbmx5ICNub3c6ICgpID0+IG51bWJlcjtcbiAgcmVhZG9ubHkgI2NvbXBpbGVkOiBMUlVDYWNoZTxzdHJpbmcsIENvbXBpbGVkRW50cnk+IHwgdW5kZWZpbmVkO1xuICByZWFkb25seSAjcmVzb2x2ZWQ6IExSVUNhY2hlPHN0cmluZywgUmVzb2x1dGlvbj4gfCB1bmRlZmluZWQ7XG4gIC8qKiBUaWVyLTIgbG9hZHMgdW5kZXIgd2F5LiAqL1xuICByZWFkb25seSBsb2FkaW5nID0gbmV3IE1hcDxzdHJpbmcsIEZsaWdodDx7IHJlc29sdXRpb246IFJlc29sdXRpb247IHNvdXJjZTogJ3N0b3JlJyB8ICdzdGFsZScgfCAnc25hcHNob3QnIH0+PigpO1xuICAvKiogVGllci0xIGNvbXBpbGF0aW9ucyB1bmRlciB3YXkuICovXG4gIHJlYWRvbmx5IGNvbXBpbGluZyA9IG5ldyBNYXA8c3RyaW5nLCBGbGlnaHQ8Q29tcGlsZWRFbnRyeT4+KCk7XG4gIC8qKiBCYWNrZ3JvdW5kIHJlZnJlc2hlcyB1bmRlciB3YXkgKG9uZSBwZXIgdGllci0yIGtleSkuICovXG4gIHJlYWRvbmx5IHJlZnJlc2hpbmcgPSBuZXcgTWFwPHN0cmluZywgRmxpZ2h0PHZvaWQ+PigpO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IFJlcXVpcmVkPENhY2hlT3B0aW9ucz4gfCBmYWxzZSwgbm93OiAoKSA9PiBudW1iZXIpIHtcbiAgICB0aGlzLiNub3cgPSBub3c7XG4gICAgdGhpcy5lbmFibGVkID0gb3B0aW9ucyAhPT0gZmFsc2U7XG4gICAgdGhpcy50dGxNcyA9IG9wdGlvbnMgPT09IGZhbHNlID8gMCA6IG9wdGlvbnMudHRsTXM7XG4gICAgdGhpcy5tYXhTdGFsZU1zID0gb3B0aW9ucyA9PT0gZmFsc2UgPyAwIDogb3B0aW9ucy5tYXhTdGFsZU1zO1xuICAgIGlmIChvcHRpb25zICE9PSBmYWxzZSkge1xuICAgICAgdGhpcy4jY29tcGlsZWQgPSBuZXcgTFJVQ2FjaGUoeyBtYXg6IG9wdGlvbnMubWF4IH0pO1xuICAgICAgdGhpcy4jcmVzb2x2ZWQgPSBuZXcgTFJVQ2FjaGUoeyBtYXg6IG9wdGlvbnMubWF4IH0pO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBUaWVyIDI6IHRoZSBlbnRyeSBvZiBga2V5YCBhbmQgaG93IG9sZCBpdCBpcywgb3IgYHVuZGVmaW5lZGAuIERvZXMgbm90IGRyb3AgZXhwaXJlZCBlbnRyaWVzLiAqL1xuICByZXNvbHV0aW9uKGtleTogc3RyaW5nKTogUmVzb2x1dGlvbiB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuI3Jlc29sdmVkPy5nZXQoa2V5KTtcbiAgfVxuXG4gIC8qKiBIb3cgb2xkIGEgdGllci0yIGVudHJ5IGlzIChleGFjdCBzZWxlY3RvcnMgbmV2ZXIgYWdlKS4gKi9cbiAgZnJlc2huZXNzKGVudHJ5OiBSZXNvbHV0aW9uLCBleGFjdDogYm9vbGVhbik6IEZyZXNobmVzcyB7XG4gICAgaWYgKGV4YWN0KSByZXR1cm4gJ2ZyZXNoJztcbiAgICBjb25zdCBhZ2UgPSB0aGlzLiNub3coKSAtIGVudHJ5LmxvYWRlZEF0O1xuICAgIGlmIChhZ2UgPCB0aGlzLnR0bE1zKSByZXR1cm4gJ2ZyZXNoJztcbiAgICByZXR1cm4gYWdlIDwgdGhpcy50dGxNcyArIHRoaXMubWF4U3RhbGVNcyA/ICdzdGFsZScgOiAnZXhwaXJlZCc7XG4gIH1cblxuICAvKiogVGllciAyOiByZW1lbWJlciB3aGF0IGBrZXlgIHJlc29sdmVkIHRvLiAqL1xuICBzZXRSZXNvbHV0aW9uKGtleTogc3RyaW5nLCBlbnRyeTogUmVzb2x1dGlvbik6IHZvaWQge1xuICAgIHRoaXMuI3Jlc29sdmVkPy5zZXQoa2V5LCBlbnRyeSk7XG4gIH1cblxuICAvKiogVGllciAyOiBmb3JnZXQgYGtleWAsIG9ubHkgaWYgaXQgc3RpbGwgaG9sZHMgYGVudHJ5YCAod2hlbiBnaXZlbikuICovXG4gIGRlbGV0ZVJlc29sdXRpb24oa2V5OiBzdHJpbmcsIGVudHJ5PzogUmVzb2x1dGlvbik6IHZvaWQge1xuICAgIGlmIChlbnRyeSA9PT0gdW5kZWZpbmVkIHx8IHRoaXMuI3Jlc29sdmVkPy5nZXQoa2V5KSA9PT0gZW50cnkpIHRoaXMuI3Jlc29sdmVkPy5kZWxldGUoa2V5KTtcbiAgfVxuXG4gIC8qKiBUaWVyIDE6IHRoZSBjb21waWxlZCBwcm9tcHQgb2YgYGtleWAgKGBuYW1lQHZlcnNpb25gLCBtYXliZSB3aXRoIGEgc3RyaWN0bmVzcyBzdWZmaXgpLiAqL1xuICBjb21waWxlZEVudHJ5KGtleTogc3RyaW5nKTogQ29tcGlsZWRFbnRyeSB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHRoaXMuI2NvbXBpbGVkPy5nZXQoa2V5KTtcbiAgfVxuXG4gIC8qKiBUaWVyIDE6IHJlbWVtYmVyIGEgY29tcGlsZWQgcHJvbXB0LiAqL1xuICBzZXRDb21waWxlZChrZXk6IHN0cmluZywgZW50cnk6IENvbXBpbGVkRW50cnkpOiB2b2lkIHtcbiAgICB0aGlzLiNjb21waWxlZD8uc2V0KGtleSwgZW50cnkpO1xuICB9XG5cbiAgLyoqIE51bWJlciBvZiBlbnRyaWVzIGluIGVhY2ggdGllciAoZm9yIHRlc3RzIGFuZCBkaWFnbm9zdGljcykuICovXG4gIGdldCBzaXplKCk6IHsgY29tcGlsZWQ6IG51bWJlcjsgcmVzb2x2ZWQ6IG51bWJlciB9IHtcbiAgICByZXR1cm4geyBjb21waWxlZDogdGhpcy4jY29tcGlsZWQ/LnNpemUgPz8gMCwgcmVzb2x2ZWQ6IHRoaXMuI3Jlc29sdmVkPy5zaXplID8/IDAgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBKb2luIHRoZSBsb2FkIG9mIGBrZXlgIHVuZGVyIHdheSBpbiBgZmxpZ2h0c2AsIG9yIHN0YXJ0IG9uZSB3aXRoIGBzdGFydGAuXG4gICAqIEByZXR1cm5zIHRoZSBzaGFyZWQgcHJvbWlzZSwgYW5kIHdoZXRoZXIgYW4gZXhpc3RpbmcgbG9hZCB3YXMgam9pbmVkLlxuICAgKi9cbiAgc2hhcmU8VD4oXG4gICAgZmxpZ2h0czogTWFwPHN0cmluZywgRmxpZ2h0PFQ+PixcbiAgICBrZXk6IHN0cmluZyxcbiAgICBuYW1lOiBzdHJpbmcsXG4gICAgc3RhcnQ6IChmbGlnaHQ6IEZsaWdodDxUPikgPT4gUHJvbWlzZTxUPixcbiAgKTogeyBwcm9taXNlOiBQcm9taXNlPFQ+OyBqb2luZWQ6IGJvb2xlYW4gfSB7XG4gICAgY29uc3QgZXhpc3RpbmcgPSBmbGlnaHRzLmdldChrZXkpO1xuICAgIGlmIChleGlzdGluZyAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyBwcm9taXNlOiBleGlzdGluZy5wcm9taXNlLCBqb2luZWQ6IHRydWUgfTtcbiAgICBjb25zdCBmbGlnaHQ6IEZsaWdodDxUPiA9IHsgbmFtZSwgY2FuY2VsbGVkOiBmYWxzZSwgcHJvbWlzZTogUHJvbWlzZS5yZXNvbHZlKHVuZGVmaW5lZCBhcyBUKSB9O1xuICAgIGZsaWdodHMuc2V0KGtleSwgZmxpZ2h0KTtcbiAgICBmbGlnaHQucHJvbWlzZSA9IHN0YXJ0KGZsaWdodCkuZmluYWxseSgoKSA9PiB7XG4gICAgICBpZiAoZmxpZ2h0cy5nZXQoa2V5KSA9PT0gZmxpZ2h0KSBmbGlnaHRzLmRlbGV0ZShrZXkpO1xuICAgIH0pO1xuICAgIHJldHVybiB7IHByb21pc2U6IGZsaWdodC5wcm9taXNlLCBqb2luZWQ6IGZhbHNlIH07XG4gIH1cblxuICAvKiogRm9yZ2V0IGEgZmluaXNoZWQgZmxpZ2h0IG5vdyAoYmVmb3JlIGl0cyBjYWxsZXJzIHJlc3VtZSksIGlmIGl0IGlzIHN0aWxsIHRoZSBvbmUgdW5kZXIgYGtleWAuICovXG4gIGxhbmQ8VD4oZmxpZ2h0czogTWFwPHN0cmluZywgRmxpZ2h0PFQ+Piwga2V5OiBzdHJpbmcsIGZsaWdodDogRmxpZ2h0PFQ+KTogdm9pZCB7XG4gICAgaWYgKGZsaWdodHMuZ2V0KGtleSkgPT09IGZsaWdodCkgZmxpZ2h0cy5kZWxldGUoa2V5KTtcbiAgfVxuXG4gIC8qKlxuICAgKiBEcm9wIGV2ZXJ5dGhpbmcgY2FjaGVkIGZvciBleGFjdGx5IGBuYW1lYCAoZXZlcnkgc2VsZWN0b3IgYW5kIHZlcnNpb247IGAnYSdgIG5ldmVyIHRvdWNoZXNcbiAgICogYCdhYidgIG9yIGAnYS9iJ2ApLCB0aGUgY29tcGlsZWQgcHJvbXB0cyB0aGF0IGluY2x1ZGUgYG5hbWVgIGFzIGEgcGFydGlhbCwgYW5kIGNhbmNlbCBpdHNcbiAgICogbG9hZHMgdW5kZXIgd2F5LiBXaXRob3V0IGEgbmFtZSwgZHJvcCBldmVyeXRoaW5nLlxuICAgKi9cbiAgaW52YWxpZGF0ZShuYW1lPzogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3QgbWF0Y2hlcyA9IChrZXk6IHN0cmluZyk6IGJvb2xlYW4gPT4gbmFtZSA9PT0gdW5kZWZpbmVkIHx8IG5hbWVPZktleShrZXkpID09PSBuYW1lO1xuICAgIGlmICh0aGlzLiNyZXNvbHZlZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBmb3IgKGNvbnN0IFtrZXksIGVudHJ5XSBvZiBbLi4udGhpcy4jcmVzb2x2ZWQuZW50cmllcygpXSkge1xuICAgICAgICBpZiAobWF0Y2hlcyhrZXkpKSB0aGlzLiNyZXNvbHZlZC5kZWxldGUoa2V5KTtcbiAgICAgICAgZWxzZSBpZiAobmFtZSAhPT0gdW5kZWZpbmVkICYmIGVudHJ5LmNvbXBpbGVkPy5kZXBzLmhhcyhuYW1lKSkge1xuICAgICAgICAgIGVudHJ5LmNvbXBpbGVkID0gdW5kZWZpbmVkO1xuICAgICAgICAgIGVudHJ5LnByb21wdCA9IHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgICBpZiAodGhpcy4jY29tcGlsZWQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgZm9yIChjb25zdCBba2V5LCBlbnRyeV0gb2YgWy4uLnRoaXMuI2NvbXBpbGVkLmVudHJpZXMoKV0pIHtcbiAgICAgICAgaWYgKG1hdGNoZXMoa2V5KSB8fCAobmFtZSAhPT0gdW5kZWZpbmVkICYmIGVudHJ5LmRlcHMuaGFzKG5hbWUpKSkgdGhpcy4jY29tcGlsZWQuZGVsZXRlKGtleSk7XG4gICAgICB9XG4gICAgfVxuICAgIGZvciAoY29uc3QgZmxpZ2h0cyBvZiBbdGhpcy5sb2FkaW5nLCB0aGlzLmNvbXBpbGluZywgdGhpcy5yZWZyZXNoaW5nXSBhcyBBcnJheTxNYXA8c3RyaW5nLCBGbGlnaHQ8dW5rbm93bj4+Pikge1xuICAgICAgZm9yIChjb25zdCBba2V5LCBmbGlnaHRdIG9mIFsuLi5mbGlnaHRzXSkge1xuICAgICAgICBpZiAobmFtZSA9PT0gdW5kZWZpbmVkIHx8IGZsaWdodC5uYW1lID09PSBuYW1lKSB7XG4gICAgICAgICAgZmxpZ2h0LmNhbmNlbGxlZCA9IHRydWU7XG4gICAgICAgICAgZmxpZ2h0cy5kZWxldGUoa2V5KTtcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgfVxufVxuIiwgIi8qKlxuICogQSBjaGVhcCBcIm5vd1wiIGZvciB0aGUgY2FjaGUncyBob3QgcGF0aC4gUmVhZGluZyB0aGUgc3lzdGVtIGNsb2NrIGNvc3RzIH4xMDAgbnMgb24gc29tZSBob3N0cyxcbiAqIG1vcmUgdGhhbiB0aGUgcmVzdCBvZiBhIGNhY2hlIGhpdCwgc28gdGhlIHRpbWUgcmVhZCBpcyByZXVzZWQgZm9yIHVwIHRvIGByZXNvbHV0aW9uTXNgIChhIHRpbWVyXG4gKiBjbGVhcnMgaXQpIGFuZCBmb3IgYXQgbW9zdCBgbWF4UmV1c2VzYCBjYWxscyAod2hpY2ggYm91bmRzIHRoZSBkcmlmdCB3aGlsZSBhIGxvbmcgY2hhaW4gb2ZcbiAqIG1pY3JvdGFza3Mga2VlcHMgdGltZXJzIGZyb20gZmlyaW5nKS4gVGhlIHNhbWUgaWRlYSBhcyBscnUtY2FjaGUncyBgdHRsUmVzb2x1dGlvbmAuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqXG4gKiBNYWtlIGEgY2xvY2sgZnVuY3Rpb24gcmVhZGluZyBgcmVhZCgpYCBhdCBtb3N0IG9uY2UgcGVyIGByZXNvbHV0aW9uTXNgIGFuZCBgbWF4UmV1c2VzYCBjYWxscy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IG5vdyA9IGNvYXJzZUNsb2NrKERhdGUubm93KTtcbiAqIG5vdygpOyAvLyBEYXRlLm5vdygpLCB0aGVuIHRoZSBzYW1lIHZhbHVlIGZvciB1cCB0byAxIG1zIG9yIDEsMDAwIGNhbGxzXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvYXJzZUNsb2NrKHJlYWQ6ICgpID0+IG51bWJlciwgcmVzb2x1dGlvbk1zID0gMSwgbWF4UmV1c2VzID0gMV8wMDApOiAoKSA9PiBudW1iZXIge1xuICBsZXQgY2FjaGVkID0gMDtcbiAgbGV0IHJldXNlcyA9IDA7XG4gIGNvbnN0IGNsZWFyID0gKCk6IHZvaWQgPT4ge1xuICAgIGNhY2hlZCA9IDA7XG4gIH07XG4gIHJldHVybiAoKSA9PiB7XG4gICAgaWYgKGNhY2hlZCAhPT0gMCAmJiByZXVzZXMtLSA+IDApIHJldHVybiBjYWNoZWQ7XG4gICAgY2FjaGVkID0gcmVhZCgpO1xuICAgIHJldXNlcyA9IG1heFJldXNlcztcbiAgICBjb25zdCBoYW5kbGUgPSBzZXRUaW1lb3V0KGNsZWFyLCByZXNvbHV0aW9uTXMpIGFzIHVua25vd24gYXMgeyB1bnJlZj86ICgpID0+IHZvaWQgfTtcbiAgICBpZiAodHlwZW9mIGhhbmRsZSA9PT0gJ29iamVjdCcgJiYgaGFuZGxlICE9PSBudWxsICYmIHR5cGVvZiBoYW5kbGUudW5yZWYgPT09ICdmdW5jdGlvbicpIGhhbmRsZS51bnJlZigpO1xuICAgIHJldHVybiBjYWNoZWQ7XG4gIH07XG59XG4iLCAiLyoqXG4gKiBGYWxsYmFja3M6IGEgdGVtcGxhdGUgc3RyaW5nIG9yIGEgcmVjb3JkIGdpdmVuIHRvIGBnZXRQcm9tcHQoc3BlYywgeyBmYWxsYmFjayB9KWAsIHVzZWQgb25seSB3aGVuXG4gKiBub3RoaW5nIGVsc2UgY2FuIGJlIGhhZCAoc3RvcmUgdW5yZWFjaGFibGUgb3IgdGhlIG5hbWUgdW5rbm93biwgbm8gc3RhbGUgY29weSwgbm8gc25hcHNob3QpLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcGFyc2VSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5cbi8qKiBBIGZhbGxiYWNrOiBhIG11c3RhY2hlIHRlbXBsYXRlIGZvciBhIHRleHQgcHJvbXB0LCBvciBhIHdob2xlIHJlY29yZCAoY2hhdCBwcm9tcHRzIGluY2x1ZGVkKS4gKi9cbmV4cG9ydCB0eXBlIFByb21wdEZhbGxiYWNrID0gc3RyaW5nIHwgUHJvbXB0UmVjb3JkO1xuXG4vKiogVGhlIHZlcnNpb24gYSBmYWxsYmFjayBtYWRlIGZyb20gYSB0ZW1wbGF0ZSBzdHJpbmcgZ2V0cy4gKi9cbmV4cG9ydCBjb25zdCBGQUxMQkFDS19WRVJTSU9OID0gJzAuMC4wJztcblxuLyoqXG4gKiBUaGUgcmVjb3JkIGEgZmFsbGJhY2sgc3RhbmRzIGZvci4gQSBzdHJpbmcgYmVjb21lcyB0aGUgdGV4dCBwcm9tcHQgYHsgbmFtZSwgdmVyc2lvbjogJzAuMC4wJyxcbiAqIHR5cGU6ICd0ZXh0JywgdGVtcGxhdGUgfWAgKGl0cyBpbnB1dCBzY2hlbWEgaXMgaW5mZXJyZWQgZnJvbSB0aGUgdGVtcGxhdGUpOyBhIHJlY29yZCBtdXN0IGNhcnJ5XG4gKiB0aGUgbmFtZSBhc2tlZCBmb3IuXG4gKlxuICogQHRocm93cyB7QGxpbmsgQ29uZmlnRXJyb3J9IGZvciBhIGZhbGxiYWNrIHRoYXQgaXMgbmVpdGhlciwgb3IgYSByZWNvcmQgb2YgYW5vdGhlciBuYW1lO1xuICogICBgUHJvbXB0Rm9ybWF0RXJyb3JgIGZvciBhIG1hbGZvcm1lZCByZWNvcmQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmYWxsYmFja1JlY29yZChuYW1lOiBzdHJpbmcsIGZhbGxiYWNrOiBQcm9tcHRGYWxsYmFjayk6IFByb21wdFJlY29yZCB7XG4gIGlmICh0eXBlb2YgZmFsbGJhY2sgPT09ICdzdHJpbmcnKSByZXR1cm4geyBuYW1lLCB2ZXJzaW9uOiBGQUxMQkFDS19WRVJTSU9OLCB0eXBlOiAndGV4dCcsIHRlbXBsYXRlOiBmYWxsYmFjayB9O1xuICBpZiAodHlwZW9mIGZhbGxiYWNrICE9PSAnb2JqZWN0JyB8fCBmYWxsYmFjayA9PT0gbnVsbCB8fCBBcnJheS5pc0FycmF5KGZhbGxiYWNrKSkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIHRlbXBsYXRlIHN0cmluZyBvciBhIHByb21wdCByZWNvcmQsIGdvdCAke3R5cGVvZiBmYWxsYmFja31gLCB7XG4gICAgICBvcHRpb246ICdmYWxsYmFjaycsXG4gICAgfSk7XG4gIH1cbiAgY29uc3QgcmVjb3JkID0gcGFyc2VSZWNvcmQoZmFsbGJhY2ssIGBmYWxsYmFjayBvZiBcIiR7bmFtZX1cImApO1xuICBpZiAocmVjb3JkLm5hbWUgIT09IG5hbWUpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBgaXMgYSByZWNvcmQgb2YgXCIke3JlY29yZC5uYW1lfVwiIGJ1dCBcIiR7bmFtZX1cIiB3YXMgYXNrZWQgZm9yOyBnaXZlIGEgZmFsbGJhY2sgcmVjb3JkIG9mIHRoZSBzYW1lIG5hbWVgLFxuICAgICAgeyBvcHRpb246ICdmYWxsYmFjaycgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiByZWNvcmQ7XG59XG4iLCAiLyoqXG4gKiBUaGUgY29udGVudCBoYXNoIG9mIGEgcHJvbXB0IHJlY29yZDogYHNoYTI1Ni08aGV4PmAgb2YgdGhlIGNhbm9uaWNhbCBKU09OIG9mIGV2ZXJ5dGhpbmcgYnV0XG4gKiBgbGFiZWxzYCBhbmQgYGhhc2hgLiBVc2VzIFdlYiBDcnlwdG8gKGBjcnlwdG8uc3VidGxlYCksIGF2YWlsYWJsZSBvbiBOb2RlIDIwKywgYnJvd3NlcnMsIERlbm8sXG4gKiBCdW4gYW5kIFdvcmtlcnMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IEludGVncml0eUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi9yZWNvcmQuanMnO1xuaW1wb3J0IHsgaXNTdGFuZGFyZFNjaGVtYSwgc3RhbmRhcmRTY2hlbWFUb0pzb25TY2hlbWEgfSBmcm9tICcuL3NjaGVtYS9zdGFuZGFyZC5qcyc7XG5cbi8qKlxuICogQ2Fub25pY2FsIEpTT046IG9iamVjdCBrZXlzIHNvcnRlZCAoYnkgVVRGLTE2IGNvZGUgdW5pdHMsIGFzIFJGQyA4Nzg1KSBhdCBldmVyeSBsZXZlbCwgbm9cbiAqIHdoaXRlc3BhY2UuIE90aGVyd2lzZSBhcyBgSlNPTi5zdHJpbmdpZnlgOiBgdG9KU09OKClgIGlzIGhvbm91cmVkLCBgdW5kZWZpbmVkYCwgZnVuY3Rpb25zIGFuZFxuICogc3ltYm9scyBhcmUgZHJvcHBlZCBmcm9tIG9iamVjdHMgYW5kIGJlY29tZSBgbnVsbGAgaW4gYXJyYXlzLCBub24tZmluaXRlIG51bWJlcnMgYmVjb21lIGBudWxsYC5cbiAqXG4gKiBAdGhyb3dzIHtUeXBlRXJyb3J9IG9uIGEgY2lyY3VsYXIgc3RydWN0dXJlIG9yIGEgYGJpZ2ludGAsIGFzIGBKU09OLnN0cmluZ2lmeWAgZG9lcy5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY2Fub25pY2FsSnNvbih7IGI6IDEsIGE6IFt0cnVlLCB7IGQ6IG51bGwsIGM6ICd4JyB9XSB9KTsgLy8gJ3tcImFcIjpbdHJ1ZSx7XCJjXCI6XCJ4XCIsXCJkXCI6bnVsbH1dLFwiYlwiOjF9J1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjYW5vbmljYWxKc29uKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgcmV0dXJuIHdyaXRlKHZhbHVlLCBuZXcgU2V0KCkpID8/ICdudWxsJztcbn1cblxuZnVuY3Rpb24gd3JpdGUodmFsdWU6IHVua25vd24sIGFuY2VzdG9yczogU2V0PG9iamVjdD4pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiB0eXBlb2YgKHZhbHVlIGFzIHsgdG9KU09OPzogdW5rbm93biB9KS50b0pTT04gPT09ICdmdW5jdGlvbicpIHtcbiAgICB2YWx1ZSA9ICh2YWx1ZSBhcyB7IHRvSlNPTigpOiB1bmtub3duIH0pLnRvSlNPTigpO1xuICB9XG4gIHN3aXRjaCAodHlwZW9mIHZhbHVlKSB7XG4gICAgY2FzZSAnc3RyaW5nJzpcbiAgICBjYXNlICdudW1iZXInOlxuICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgICAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHZhbHVlKTtcbiAgICBjYXNlICdiaWdpbnQnOlxuICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcignY2Fub25pY2FsSnNvbjogYSBiaWdpbnQgY2Fubm90IGJlIHNlcmlhbGl6ZWQgdG8gSlNPTicpO1xuICAgIGNhc2UgJ29iamVjdCc6IHtcbiAgICAgIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgICAgIGlmIChhbmNlc3RvcnMuaGFzKHZhbHVlKSkgdGhyb3cgbmV3IFR5cGVFcnJvcignY2Fub25pY2FsSnNvbjogdGhlIHZhbHVlIGNvbnRhaW5zIGEgY2lyY3VsYXIgcmVmZXJlbmNlJyk7XG4gICAgICBhbmNlc3RvcnMuYWRkKHZhbHVlKTtcbiAgICAgIGxldCBvdXQ6IHN0cmluZztcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgICBvdXQgPSBgWyR7dmFsdWUubWFwKChpdGVtKSA9PiB3cml0ZShpdGVtLCBhbmNlc3RvcnMpID8/ICdudWxsJykuam9pbignLCcpfV1gO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgY29uc3QgcmVjb3JkID0gdmFsdWUgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICAgIGNvbnN0IHBhcnRzOiBzdHJpbmdbXSA9IFtdO1xuICAgICAgICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyhyZWNvcmQpLnNvcnQoKSkge1xuICAgICAgICAgIGNvbnN0IHRleHQgPSB3cml0ZShyZWNvcmRba2V5XSwgYW5jZXN0b3JzKTtcbiAgICAgICAgICBpZiAodGV4dCAhPT0gdW5kZWZpbmVkKSBwYXJ0cy5wdXNoKGAke0pTT04uc3RyaW5naWZ5KGtleSl9OiR7dGV4dH1gKTtcbiAgICAgICAgfVxuICAgICAgICBvdXQgPSBgeyR7cGFydHMuam9pbignLCcpfX1gO1xuICAgICAgfVxuICAgICAgYW5jZXN0b3JzLmRlbGV0ZSh2YWx1ZSk7XG4gICAgICByZXR1cm4gb3V0O1xuICAgIH1cbiAgICBkZWZhdWx0OlxuICAgICAgLy8gdW5kZWZpbmVkLCBmdW5jdGlvbnMsIHN5bWJvbHNcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqXG4gKiBUaGUgY29udGVudCB0aGF0IHRoZSBoYXNoIGNvdmVyczogdGhlIHJlY29yZCB3aXRob3V0IGBsYWJlbHNgIGFuZCBgaGFzaGAuIEFuIGlucHV0IG9yIG91dHB1dFxuICogc2NoZW1hIGdpdmVuIGFzIGEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvciAoZS5nLiBhIHpvZCBvYmplY3QgZnJvbSBgZGVmaW5lUHJvbXB0YCkgaXMgcmVwbGFjZWQgYnlcbiAqIGl0cyBKU09OIFNjaGVtYSB3aGVuIHRoZSB2YWxpZGF0b3IgY2FuIHByb2R1Y2Ugb25lOyBvdGhlcndpc2UgYnkgYHsgXCJ+c3RhbmRhcmRcIjogXCI8dmVuZG9yPlwiIH1gLCBzb1xuICogdGhlIGhhc2ggdGhlbiBkb2VzIG5vdCBjaGFuZ2Ugd2hlbiBvbmx5IHN1Y2ggYSBzY2hlbWEgY2hhbmdlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhhc2hlZENvbnRlbnQocmVjb3JkOiBQcm9tcHRSZWNvcmQpOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGNvbnN0IHsgbGFiZWxzOiBfbGFiZWxzLCBoYXNoOiBfaGFzaCwgLi4uY29udGVudCB9ID0gcmVjb3JkO1xuICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0gY29udGVudDtcbiAgaWYgKHJlY29yZC5pbnB1dCAhPT0gdW5kZWZpbmVkICYmIGlzU3RhbmRhcmRTY2hlbWEocmVjb3JkLmlucHV0LnNjaGVtYSkpIHtcbiAgICBvdXQuaW5wdXQgPSB7IC4uLnJlY29yZC5pbnB1dCwgc2NoZW1hOiBzY2hlbWFGb3JIYXNoKHJlY29yZC5pbnB1dC5zY2hlbWEpIH07XG4gIH1cbiAgaWYgKHJlY29yZC5vdXRwdXQgIT09IHVuZGVmaW5lZCAmJiBpc1N0YW5kYXJkU2NoZW1hKHJlY29yZC5vdXRwdXQuc2NoZW1hKSkge1xuICAgIG91dC5vdXRwdXQgPSB7IC4uLnJlY29yZC5vdXRwdXQsIHNjaGVtYTogc2NoZW1hRm9ySGFzaChyZWNvcmQub3V0cHV0LnNjaGVtYSkgfTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBzY2hlbWFGb3JIYXNoKHNjaGVtYTogUGFyYW1ldGVyczx0eXBlb2Ygc3RhbmRhcmRTY2hlbWFUb0pzb25TY2hlbWE+WzBdKTogdW5rbm93biB7XG4gIHJldHVybiBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYShzY2hlbWEpID8/IHsgJ35zdGFuZGFyZCc6IHNjaGVtYVsnfnN0YW5kYXJkJ10udmVuZG9yIH07XG59XG5cbi8qKlxuICogYCdzaGEyNTYtPDY0IGhleD4nYCBvZiB0aGUgY2Fub25pY2FsIEpTT04gb2YgdGhlIHJlY29yZCdzIGNvbnRlbnQgKHNlZSB7QGxpbmsgaGFzaGVkQ29udGVudH0pLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogYXdhaXQgY29tcHV0ZUhhc2goeyBuYW1lOiAnZ3JlZXRpbmcnLCB2ZXJzaW9uOiAnMS4wLjAnLCB0eXBlOiAndGV4dCcsIHRlbXBsYXRlOiAnSGkge3tuYW1lfX0nIH0pO1xuICogLy8gJ3NoYTI1Ni1cdTIwMjYnXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNvbXB1dGVIYXNoKHJlY29yZDogUHJvbXB0UmVjb3JkKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3Qgc3VidGxlID0gZ2xvYmFsVGhpcy5jcnlwdG8/LnN1YnRsZTtcbiAgaWYgKHN1YnRsZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgJ3Byb21wdG9wcyBuZWVkcyBXZWIgQ3J5cHRvIChnbG9iYWxUaGlzLmNyeXB0by5zdWJ0bGUpIHRvIGhhc2ggcHJvbXB0czsgdXNlIE5vZGUgMjArIG9yIGEgbW9kZXJuIHJ1bnRpbWUnLFxuICAgICk7XG4gIH1cbiAgY29uc3QgYnl0ZXMgPSBuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUoY2Fub25pY2FsSnNvbihoYXNoZWRDb250ZW50KHJlY29yZCkpKTtcbiAgY29uc3QgZGlnZXN0ID0gbmV3IFVpbnQ4QXJyYXkoYXdhaXQgc3VidGxlLmRpZ2VzdCgnU0hBLTI1NicsIGJ5dGVzKSk7XG4gIGxldCBoZXggPSAnJztcbiAgZm9yIChjb25zdCBieXRlIG9mIGRpZ2VzdCkgaGV4ICs9IGJ5dGUudG9TdHJpbmcoMTYpLnBhZFN0YXJ0KDIsICcwJyk7XG4gIHJldHVybiBgc2hhMjU2LSR7aGV4fWA7XG59XG5cbi8qKlxuICogQ29tcHV0ZSB0aGUgcmVjb3JkJ3MgaGFzaCBhbmQgY2hlY2sgaXQgYWdhaW5zdCB0aGUgb25lIHRoZSByZWNvcmQgY2FycmllcywgaWYgYW55LlxuICpcbiAqIEByZXR1cm5zIFRoZSBjb21wdXRlZCBoYXNoLlxuICogQHRocm93cyB7SW50ZWdyaXR5RXJyb3J9IHdoZW4gYHJlY29yZC5oYXNoYCBpcyBwcmVzZW50IGFuZCBkaWZmZXJzIGZyb20gdGhlIGNvbnRlbnQncyBoYXNoLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gdmVyaWZ5UmVjb3JkSGFzaChyZWNvcmQ6IFByb21wdFJlY29yZCk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IGFjdHVhbCA9IGF3YWl0IGNvbXB1dGVIYXNoKHJlY29yZCk7XG4gIGlmIChyZWNvcmQuaGFzaCAhPT0gdW5kZWZpbmVkICYmIHJlY29yZC5oYXNoICE9PSBhY3R1YWwpIHtcbiAgICB0aHJvdyBuZXcgSW50ZWdyaXR5RXJyb3IocmVjb3JkLm5hbWUsIHJlY29yZC52ZXJzaW9uLCB7IGV4cGVjdGVkOiByZWNvcmQuaGFzaCwgYWN0dWFsLCByZWFzb246ICd0aGUgcmVjb3JkIHNheXMnIH0pO1xuICB9XG4gIHJldHVybiBhY3R1YWw7XG59XG4iLCAiLyoqXG4gKiBIZWxwZXJzIHNoYXJlZCBieSB0aGUgYnVpbHQtaW4gc3RvcmVzOiBsb2NhbCBzZWxlY3RvciByZXNvbHV0aW9uIG92ZXIgYGxpc3RWZXJzaW9uc2AgK1xuICogYGdldFZlcnNpb25gLCBjbG9zZS1uYW1lIHN1Z2dlc3Rpb25zIGZvciB7QGxpbmsgUHJvbXB0Tm90Rm91bmRFcnJvcn0sIGFyZ3VtZW50IGNoZWNrcywgYW5kIHRoZVxuICogZGVlcCBjb3B5ICsgZnJlZXplIHRoYXQgbWFrZXMgdGhlIHJlY29yZHMgYSBzdG9yZSBoYW5kcyBvdXQgcmVhZC1vbmx5LlxuICpcbiAqIE5vdGhpbmcgaGVyZSBpbXBvcnRzIGBub2RlOipgOiB0aGlzIG1vZHVsZSBpcyBwYXJ0IG9mIHRoZSBjb3JlIGVudHJ5LlxuICogQG1vZHVsZVxuICovXG5cbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyByZXNvbHZlU2VsZWN0b3IsIHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgU3RvcmVFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKipcbiAqIFJlc29sdmUgYHNlbGVjdG9yYCBmb3IgYG5hbWVgIHRoZSBzbG93IHdheTogbGlzdCB0aGUgdmVyc2lvbnMsIHBpY2sgb25lIGxvY2FsbHkgd2l0aFxuICogYHJlc29sdmVTZWxlY3RvcmAsIHRoZW4gbG9hZCBpdC4gU3RvcmVzIHdpdGhvdXQgYSBuYXRpdmUgb25lLXJvdW5kLXRyaXAgYHJlc29sdmVgIHVzZSB0aGlzLCBhbmRcbiAqIGB2ZXJpZnlTdG9yZWAgdXNlcyBpdCBhcyB0aGUgcmVmZXJlbmNlIGEgbmF0aXZlIGByZXNvbHZlYCBtdXN0IGFncmVlIHdpdGguXG4gKlxuICogQHJldHVybnMgdGhlIHJlY29yZCwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGUgbmFtZSBpcyB1bmtub3duIG9yIG5vdGhpbmcgbWF0Y2hlcy5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcmVjb3JkID0gYXdhaXQgcmVzb2x2ZUxvY2FsbHkoc3RvcmUsICdzdXBwb3J0L2dyZWV0aW5nJywgJ14xLjInKTtcbiAqIGBgYFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVzb2x2ZUxvY2FsbHkoXG4gIHN0b3JlOiBQaWNrPFByb21wdFN0b3JlLCAnbGlzdFZlcnNpb25zJyB8ICdnZXRWZXJzaW9uJz4sXG4gIG5hbWU6IHN0cmluZyxcbiAgc2VsZWN0b3I6IHN0cmluZyxcbik6IFByb21pc2U8UHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICBjb25zdCBjaG9zZW4gPSByZXNvbHZlU2VsZWN0b3IodmVyc2lvbnMsIHNlbGVjdG9yKTtcbiAgcmV0dXJuIGNob3NlbiA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCBjaG9zZW4udmVyc2lvbik7XG59XG5cbi8qKlxuICogTGV2ZW5zaHRlaW4gZWRpdCBkaXN0YW5jZSBiZXR3ZWVuIHR3byBzdHJpbmdzIChpbnNlcnRpb25zLCBkZWxldGlvbnMsIHN1YnN0aXR1dGlvbnMpLCBjb21wdXRlZFxuICogd2l0aCBvbmUgcm93IG9mIG1lbW9yeS4gU3RvcHMgZWFybHkgYW5kIHJldHVybnMgYGxpbWl0ICsgMWAgb25jZSB0aGUgZGlzdGFuY2UgbXVzdCBleGNlZWQgYGxpbWl0YC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVkaXREaXN0YW5jZShhOiBzdHJpbmcsIGI6IHN0cmluZywgbGltaXQgPSBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkpOiBudW1iZXIge1xuICBpZiAoYSA9PT0gYikgcmV0dXJuIDA7XG4gIGlmIChNYXRoLmFicyhhLmxlbmd0aCAtIGIubGVuZ3RoKSA+IGxpbWl0KSByZXR1cm4gbGltaXQgKyAxO1xuICBpZiAoYS5sZW5ndGggPT09IDApIHJldHVybiBiLmxlbmd0aDtcbiAgaWYgKGIubGVuZ3RoID09PSAwKSByZXR1cm4gYS5sZW5ndGg7XG4gIGxldCBwcmV2aW91cyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IGIubGVuZ3RoICsgMSB9LCAoXywgaSkgPT4gaSk7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IGEubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjdXJyZW50ID0gW2ldO1xuICAgIGxldCByb3dNaW4gPSBpO1xuICAgIGZvciAobGV0IGogPSAxOyBqIDw9IGIubGVuZ3RoOyBqKyspIHtcbiAgICAgIGNvbnN0IGNvc3QgPSBhW2kgLSAxXSA9PT0gYltqIC0gMV0gPyAwIDogMTtcbiAgICAgIGNvbnN0IHZhbHVlID0gTWF0aC5taW4oKHByZXZpb3VzW2pdID8/IDApICsgMSwgKGN1cnJlbnRbaiAtIDFdID8/IDApICsgMSwgKHByZXZpb3VzW2ogLSAxXSA/PyAwKSArIGNvc3QpO1xuICAgICAgY3VycmVudC5wdXNoKHZhbHVlKTtcbiAgICAgIGlmICh2YWx1ZSA8IHJvd01pbikgcm93TWluID0gdmFsdWU7XG4gICAgfVxuICAgIGlmIChyb3dNaW4gPiBsaW1pdCkgcmV0dXJuIGxpbWl0ICsgMTtcbiAgICBwcmV2aW91cyA9IGN1cnJlbnQ7XG4gIH1cbiAgcmV0dXJuIHByZXZpb3VzW2IubGVuZ3RoXSA/PyAwO1xufVxuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgc3VnZ2VzdE5hbWVzfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3VnZ2VzdE5hbWVzT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBNb3N0IHN1Z2dlc3Rpb25zIHJldHVybmVkLlxuICAgKiBAZGVmYXVsdCAzXG4gICAqL1xuICBtYXg/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBMYXJnZXN0IGVkaXQgZGlzdGFuY2UgYWNjZXB0ZWQsIGFzIGEgZnJhY3Rpb24gb2YgdGhlIGxvbmdlciBuYW1lJ3MgbGVuZ3RoIChhdCBsZWFzdCAxIGVkaXQpLlxuICAgKiBAZGVmYXVsdCAwLjNcbiAgICovXG4gIG1heERpc3RhbmNlUmF0aW8/OiBudW1iZXI7XG59XG5cbi8qKlxuICogTmFtZXMgYW1vbmcgYGNhbmRpZGF0ZXNgIGNsb3NlIHRvIGBuYW1lYCwgY2xvc2VzdCBmaXJzdDogc21hbGwgZWRpdCBkaXN0YW5jZSwgb3IgdGhlIHNhbWUgbGFzdFxuICogc2VnbWVudCB1bmRlciBhbm90aGVyIGZvbGRlciAoYGdyZWV0aW5nYCBcdTIxOTIgYHN1cHBvcnQvZ3JlZXRpbmdgKS4gRmVlZHMgdGhlIGBzdWdnZXN0aW9uc2Agb2YgYVxuICoge0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9LlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogc3VnZ2VzdE5hbWVzKCdzdXBwb3J0L2dyZXRpbmcnLCBbJ3N1cHBvcnQvZ3JlZXRpbmcnLCAnc2FsZXMvaW50cm8nXSk7IC8vIFsnc3VwcG9ydC9ncmVldGluZyddXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Z2dlc3ROYW1lcyhuYW1lOiBzdHJpbmcsIGNhbmRpZGF0ZXM6IEl0ZXJhYmxlPHN0cmluZz4sIG9wdGlvbnM6IFN1Z2dlc3ROYW1lc09wdGlvbnMgPSB7fSk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbWF4ID0gb3B0aW9ucy5tYXggPz8gMztcbiAgY29uc3QgcmF0aW8gPSBvcHRpb25zLm1heERpc3RhbmNlUmF0aW8gPz8gMC4zO1xuICBjb25zdCBsYXN0U2VnbWVudCA9IG5hbWUuc2xpY2UobmFtZS5sYXN0SW5kZXhPZignLycpICsgMSk7XG4gIGNvbnN0IHNjb3JlZDogQXJyYXk8eyBjYW5kaWRhdGU6IHN0cmluZzsgc2NvcmU6IG51bWJlciB9PiA9IFtdO1xuICBmb3IgKGNvbnN0IGNhbmRpZGF0ZSBvZiBjYW5kaWRhdGVzKSB7XG4gICAgaWYgKGNhbmRpZGF0ZSA9PT0gbmFtZSkgY29udGludWU7XG4gICAgY29uc3QgbGltaXQgPSBNYXRoLm1heCgxLCBNYXRoLmZsb29yKE1hdGgubWF4KG5hbWUubGVuZ3RoLCBjYW5kaWRhdGUubGVuZ3RoKSAqIHJhdGlvKSk7XG4gICAgY29uc3QgZGlzdGFuY2UgPSBlZGl0RGlzdGFuY2UobmFtZSwgY2FuZGlkYXRlLCBsaW1pdCk7XG4gICAgaWYgKGRpc3RhbmNlIDw9IGxpbWl0KSB7XG4gICAgICBzY29yZWQucHVzaCh7IGNhbmRpZGF0ZSwgc2NvcmU6IGRpc3RhbmNlIH0pO1xuICAgIH0gZWxzZSBpZiAoY2FuZGlkYXRlID09PSBsYXN0U2VnbWVudCB8fCBjYW5kaWRhdGUuZW5kc1dpdGgoYC8ke2xhc3RTZWdtZW50fWApKSB7XG4gICAgICBzY29yZWQucHVzaCh7IGNhbmRpZGF0ZSwgc2NvcmU6IGxpbWl0ICsgMSB9KTtcbiAgICB9XG4gIH1cbiAgc2NvcmVkLnNvcnQoKHgsIHkpID0+IHguc2NvcmUgLSB5LnNjb3JlIHx8IHguY2FuZGlkYXRlLmxvY2FsZUNvbXBhcmUoeS5jYW5kaWRhdGUpKTtcbiAgcmV0dXJuIHNjb3JlZC5zbGljZSgwLCBtYXgpLm1hcCgocykgPT4gcy5jYW5kaWRhdGUpO1xufVxuXG4vKipcbiAqIFRocm93IGEge0BsaW5rIFByb21wdEZvcm1hdEVycm9yfSAoZmllbGQgYG5hbWVgKSB1bmxlc3MgYG5hbWVgIGlzIGEgdmFsaWQgcHJvbXB0IG5hbWUuIFN0b3JlcyBjYWxsXG4gKiBpdCBiZWZvcmUgdG91Y2hpbmcgdGhlaXIgYmFja2VuZCwgc28gYC4uL3hgLCBgJTJlJTJlYCwgYC9hYnNgLCBOVUwgYnl0ZXMgYW5kIHRoZSBsaWtlIG5ldmVyIHJlYWNoXG4gKiBhIGZpbGUgc3lzdGVtIG9yIGEgVVJMLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0UHJvbXB0TmFtZShuYW1lOiB1bmtub3duLCBzdG9yZU5hbWU6IHN0cmluZyk6IGFzc2VydHMgbmFtZSBpcyBzdHJpbmcge1xuICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGAke3Byb2JsZW19IChhc2tlZCBvZiB0aGUgJHtzdG9yZU5hbWV9IHN0b3JlKTsgbm90aGluZyB3YXMgcmVhZGAsIHtcbiAgICAgIGZpZWxkOiAnbmFtZScsXG4gICAgfSk7XG4gIH1cbn1cblxuLyoqXG4gKiBUaHJvdyBhIHtAbGluayBTdG9yZUVycm9yfSB1bmxlc3MgYGxhYmVsYCBjYW4gbmFtZSBhIGxhYmVsOiBpdCBtdXN0IGJlIGEgbGFiZWwgc2VsZWN0b3JcbiAqIChgW2EtekEtWl1bYS16QS1aMC05Ll8tXSpgKSBhbmQgbm90IHRoZSByZXNlcnZlZCB3b3JkIGBsYXRlc3RgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0TGFiZWxOYW1lKGxhYmVsOiB1bmtub3duLCBzdG9yZU5hbWU6IHN0cmluZyk6IGFzc2VydHMgbGFiZWwgaXMgc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiBsYWJlbCAhPT0gJ3N0cmluZycgfHwgc2VsZWN0b3JLaW5kKGxhYmVsKSAhPT0gJ2xhYmVsJykge1xuICAgIGNvbnN0IHNob3duID0gdHlwZW9mIGxhYmVsID09PSAnc3RyaW5nJyA/IEpTT04uc3RyaW5naWZ5KGxhYmVsKSA6IHR5cGVvZiBsYWJlbDtcbiAgICBjb25zdCByZXNlcnZlZCA9IGxhYmVsID09PSAnbGF0ZXN0JyA/ICcgKFwibGF0ZXN0XCIgaXMgcmVzZXJ2ZWQ6IGl0IGFsd2F5cyBtZWFucyB0aGUgaGlnaGVzdCByZWxlYXNlKScgOiAnJztcbiAgICB0aHJvdyBuZXcgU3RvcmVFcnJvcihcbiAgICAgIGBJbnZhbGlkIGxhYmVsICR7c2hvd259JHtyZXNlcnZlZH06IGEgbGFiZWwgc3RhcnRzIHdpdGggYSBsZXR0ZXIgYW5kIGNvbnRpbnVlcyB3aXRoIGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiIG9yIFwiLVwiIChlLmcuIFwicHJvZHVjdGlvblwiKS5gLFxuICAgICAgeyBzdG9yZTogc3RvcmVOYW1lLCBzdGF0dXM6IDQwMCB9LFxuICAgICk7XG4gIH1cbn1cblxuLyoqXG4gKiBMYWJlbHMgb2YgYSB2ZXJzaW9uIGxpc3QsIGNoZWNraW5nIHRoYXQgZWFjaCBsYWJlbCBzaXRzIG9uIG9uZSB2ZXJzaW9uIG9ubHkuXG4gKiBAcmV0dXJucyB0aGUgZmlyc3QgbGFiZWwgZm91bmQgb24gdHdvIHZlcnNpb25zLCB3aXRoIGJvdGggdmVyc2lvbnMsIG9yIGB1bmRlZmluZWRgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZER1cGxpY2F0ZUxhYmVsKFxuICB2ZXJzaW9uczogcmVhZG9ubHkgVmVyc2lvbkluZm9bXSxcbik6IHsgbGFiZWw6IHN0cmluZzsgdmVyc2lvbnM6IFtzdHJpbmcsIHN0cmluZ10gfSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHYgb2YgdmVyc2lvbnMpIHtcbiAgICBmb3IgKGNvbnN0IGxhYmVsIG9mIHYubGFiZWxzKSB7XG4gICAgICBjb25zdCBvdGhlciA9IHNlZW4uZ2V0KGxhYmVsKTtcbiAgICAgIGlmIChvdGhlciAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyBsYWJlbCwgdmVyc2lvbnM6IFtvdGhlciwgdi52ZXJzaW9uXSB9O1xuICAgICAgc2Vlbi5zZXQobGFiZWwsIHYudmVyc2lvbik7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGlzUGxhaW5PYmplY3QodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnIHx8IHZhbHVlID09PSBudWxsKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgcmV0dXJuIHByb3RvID09PSBPYmplY3QucHJvdG90eXBlIHx8IHByb3RvID09PSBudWxsO1xufVxuXG4vKipcbiAqIERlZXAgY29weSBvZiB0aGUgcGxhaW4gZGF0YSBpbiBgdmFsdWVgIChwbGFpbiBvYmplY3RzIGFuZCBhcnJheXMpOyBhbnkgb3RoZXIgb2JqZWN0IChhIGNsYXNzXG4gKiBpbnN0YW5jZSBzdWNoIGFzIGEgem9kIHNjaGVtYSkgaXMga2VwdCBieSByZWZlcmVuY2UsIG5laXRoZXIgY29waWVkIG5vciBmcm96ZW4uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb3B5UGxhaW5EYXRhPFQ+KHZhbHVlOiBUKTogVCB7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuIHZhbHVlLm1hcCgoaXRlbSkgPT4gY29weVBsYWluRGF0YShpdGVtKSkgYXMgVDtcbiAgaWYgKGlzUGxhaW5PYmplY3QodmFsdWUpKSB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICAgIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKHZhbHVlKSkgb3V0W2tleV0gPSBjb3B5UGxhaW5EYXRhKHZhbHVlW2tleV0pO1xuICAgIHJldHVybiBvdXQgYXMgVDtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKlxuICogRnJlZXplIHRoZSBwbGFpbiBkYXRhIGluIGB2YWx1ZWAgKHBsYWluIG9iamVjdHMgYW5kIGFycmF5cyksIHJlY3Vyc2l2ZWx5LCBhbmQgcmV0dXJuIGl0LlxuICogQ2xhc3MgaW5zdGFuY2VzIGFyZSBsZWZ0IGFsb25lOiBmcmVlemluZyB0aGVtIGNvdWxkIGJyZWFrIHRoZWlyIG93biBsYXp5IGNhY2hlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlZXBGcmVlemU8VD4odmFsdWU6IFQpOiBUIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpIHx8IGlzUGxhaW5PYmplY3QodmFsdWUpKSB7XG4gICAgaWYgKE9iamVjdC5pc0Zyb3plbih2YWx1ZSkpIHJldHVybiB2YWx1ZTtcbiAgICBPYmplY3QuZnJlZXplKHZhbHVlKTtcbiAgICBmb3IgKGNvbnN0IGl0ZW0gb2YgT2JqZWN0LnZhbHVlcyh2YWx1ZSBhcyBvYmplY3QpKSBkZWVwRnJlZXplKGl0ZW0pO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqXG4gKiBBIHJlYWQtb25seSBjb3B5IG9mIGByZWNvcmRgIGNhcnJ5aW5nIGBsYWJlbHNgIGFuZCBgaGFzaGA6IHdoYXQgc3RvcmVzIGhhbmQgb3V0LCBzbyB0aGF0IG5vIGNhbGxlclxuICogY2FuIGNoYW5nZSBhIHN0b3JlJ3MgZGF0YSB0aHJvdWdoIGEgcmV0dXJuZWQgb2JqZWN0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZnJvemVuUmVjb3JkKHJlY29yZDogUHJvbXB0UmVjb3JkLCBsYWJlbHM6IHJlYWRvbmx5IHN0cmluZ1tdLCBoYXNoOiBzdHJpbmcpOiBQcm9tcHRSZWNvcmQge1xuICBjb25zdCB7IGxhYmVsczogX2xhYmVscywgaGFzaDogX2hhc2gsIC4uLmNvbnRlbnQgfSA9IHJlY29yZDtcbiAgcmV0dXJuIGRlZXBGcmVlemUoeyAuLi5jb3B5UGxhaW5EYXRhKGNvbnRlbnQpLCBsYWJlbHM6IFsuLi5sYWJlbHNdLnNvcnQoKSwgaGFzaCB9KTtcbn1cbiIsICIvKipcbiAqIExvYWRpbmcgb25lIHJlY29yZCBmcm9tIGEgc3RvcmU6IHNlbGVjdG9yIHJlc29sdXRpb24gKG9uZSByb3VuZCB0cmlwIHdpdGggYHN0b3JlLnJlc29sdmVgLCBlbHNlXG4gKiBgbGlzdFZlcnNpb25zYCArIGByZXNvbHZlU2VsZWN0b3JgICsgYGdldFZlcnNpb25gKSwgdGhlIG5vdC1mb3VuZCBlcnJvcnMgdGhhdCBsaXN0IHdoYXQgZXhpc3RzLFxuICogdGhlIGludGVncml0eSBjaGVja3MgKHJlY29yZCBoYXNoLCBsb2NrZWQgaGFzaCksIGFuZCB0aGUgd3JhcHBpbmcgb2YgdW5leHBlY3RlZCBzdG9yZSBmYWlsdXJlcy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgY29tcHV0ZUhhc2gsIHZlcmlmeVJlY29yZEhhc2ggfSBmcm9tICcuLi9lbmdpbmUvaGFzaC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcGFyc2VSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBpc0V4YWN0U2VsZWN0b3IsIGxhYmVsTWFwLCByZXNvbHZlU2VsZWN0b3IsIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgSW50ZWdyaXR5RXJyb3IsIGlzUHJvbXB0T3BzRXJyb3IsIFByb21wdE5vdEZvdW5kRXJyb3IsIFN0b3JlRXJyb3IsIFZlcnNpb25Ob3RGb3VuZEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHN1Z2dlc3ROYW1lcyB9IGZyb20gJy4uL3N0b3Jlcy9yZXNvbHZlLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUsIFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcblxuLyoqXG4gKiBMb2FkIHRoZSByZWNvcmQgYHNlbGVjdG9yYCBwaWNrcyBmb3IgYG5hbWVgLlxuICpcbiAqIEB0aHJvd3Mge0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9IHdoZW4gdGhlIHN0b3JlIGhhcyBubyBzdWNoIG5hbWUgKHdpdGggY2xvc2UgbmFtZXMpLFxuICogICB7QGxpbmsgVmVyc2lvbk5vdEZvdW5kRXJyb3J9IHdoZW4gbm90aGluZyBzYXRpc2ZpZXMgdGhlIHNlbGVjdG9yICh3aXRoIHZlcnNpb25zIGFuZCBsYWJlbHMpLFxuICogICB7QGxpbmsgU3RvcmVFcnJvcn0gd2hlbiB0aGUgc3RvcmUgZmFpbGVkLCBgUHJvbXB0Rm9ybWF0RXJyb3JgIHdoZW4gaXQgYW5zd2VyZWQgYSBtYWxmb3JtZWQgcmVjb3JkLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZmV0Y2hSZWNvcmQoc3RvcmU6IFByb21wdFN0b3JlLCBuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcpOiBQcm9taXNlPFByb21wdFJlY29yZD4ge1xuICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ7XG4gIGxldCB2ZXJzaW9uczogVmVyc2lvbkluZm9bXSB8IHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICBpZiAoaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yKSkge1xuICAgICAgcmVjb3JkID0gYXdhaXQgc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCBzZWxlY3Rvcik7XG4gICAgfSBlbHNlIGlmICh0eXBlb2Ygc3RvcmUucmVzb2x2ZSA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgcmVjb3JkID0gYXdhaXQgc3RvcmUucmVzb2x2ZShuYW1lLCBzZWxlY3Rvcik7XG4gICAgfSBlbHNlIHtcbiAgICAgIHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICAgICAgY29uc3QgY2hvc2VuID0gcmVzb2x2ZVNlbGVjdG9yKHZlcnNpb25zLCBzZWxlY3Rvcik7XG4gICAgICBpZiAoY2hvc2VuICE9PSB1bmRlZmluZWQpIHJlY29yZCA9IGF3YWl0IHN0b3JlLmdldFZlcnNpb24obmFtZSwgY2hvc2VuLnZlcnNpb24pO1xuICAgIH1cbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBhc1N0b3JlRXJyb3IoZXJyb3IsIHN0b3JlLCBgbG9hZGluZyBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cImApO1xuICB9XG4gIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgdGhyb3cgYXdhaXQgbm90Rm91bmRFcnJvcihzdG9yZSwgbmFtZSwgc2VsZWN0b3IsIHZlcnNpb25zKTtcbiAgcmV0dXJuIGNoZWNrQW5zd2VyKHN0b3JlLCBuYW1lLCBzZWxlY3RvciwgcmVjb3JkKTtcbn1cblxuLyoqIFRydWUgZm9yIHRoZSBlcnJvcnMgdGhhdCBtZWFuIFwidGhlIHN0b3JlIGFuc3dlcmVkOiB0aGlzIGRvZXMgbm90IGV4aXN0XCIuICovXG5leHBvcnQgZnVuY3Rpb24gaXNOb3RGb3VuZChlcnJvcjogdW5rbm93bik6IGVycm9yIGlzIFByb21wdE5vdEZvdW5kRXJyb3IgfCBWZXJzaW9uTm90Rm91bmRFcnJvciB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIFByb21wdE5vdEZvdW5kRXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBWZXJzaW9uTm90Rm91bmRFcnJvcjtcbn1cblxuLyoqXG4gKiBCdWlsZCB0aGUgZXJyb3IgZm9yIGEgc2VsZWN0b3IgdGhhdCBwaWNrZWQgbm90aGluZzoge0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9ICh3aXRoIGNsb3NlIG5hbWVzXG4gKiBmcm9tIGBzdG9yZS5saXN0KClgLCB3aGVuIHByZXNlbnQpIGlmIHRoZSBuYW1lIGhhcyBubyB2ZXJzaW9uLCBlbHNlIHtAbGluayBWZXJzaW9uTm90Rm91bmRFcnJvcn0uXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBub3RGb3VuZEVycm9yKFxuICBzdG9yZTogUHJvbXB0U3RvcmUsXG4gIG5hbWU6IHN0cmluZyxcbiAgc2VsZWN0b3I6IHN0cmluZyxcbiAga25vd24/OiBWZXJzaW9uSW5mb1tdLFxuKTogUHJvbWlzZTxQcm9tcHROb3RGb3VuZEVycm9yIHwgVmVyc2lvbk5vdEZvdW5kRXJyb3I+IHtcbiAgbGV0IHZlcnNpb25zID0ga25vd247XG4gIGlmICh2ZXJzaW9ucyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdHJ5IHtcbiAgICAgIHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICB0aHJvdyBhc1N0b3JlRXJyb3IoZXJyb3IsIHN0b3JlLCBgbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCIke25hbWV9XCJgKTtcbiAgICB9XG4gIH1cbiAgaWYgKHZlcnNpb25zLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBzb3J0ZWQgPSBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKHZlcnNpb25zKTtcbiAgICByZXR1cm4gbmV3IFZlcnNpb25Ob3RGb3VuZEVycm9yKG5hbWUsIHNlbGVjdG9yLCB7XG4gICAgICB2ZXJzaW9uczogc29ydGVkLm1hcCgodikgPT4gdi52ZXJzaW9uKSxcbiAgICAgIGxhYmVsczogbGFiZWxNYXAoc29ydGVkKSxcbiAgICB9KTtcbiAgfVxuICBsZXQgc3VnZ2VzdGlvbnM6IHN0cmluZ1tdID0gW107XG4gIGlmICh0eXBlb2Ygc3RvcmUubGlzdCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgIHRyeSB7XG4gICAgICBzdWdnZXN0aW9ucyA9IHN1Z2dlc3ROYW1lcyhuYW1lLCBhd2FpdCBzdG9yZS5saXN0KCkpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gU3VnZ2VzdGlvbnMgYXJlIGEgY291cnRlc3k6IGEgZmFpbGluZyBsaXN0KCkgbXVzdCBub3QgaGlkZSB0aGUgcmVhbCBhbnN3ZXIuXG4gICAgfVxuICB9XG4gIHJldHVybiBuZXcgUHJvbXB0Tm90Rm91bmRFcnJvcihuYW1lLCB7IHN1Z2dlc3Rpb25zLCBzdG9yZTogc3RvcmUubmFtZSB9KTtcbn1cblxuLyoqXG4gKiBQYXNzIHByb21wdG9wcyBlcnJvcnMgdGhyb3VnaDsgd3JhcCBhbnl0aGluZyBlbHNlIGEgc3RvcmUgdGhyZXcgaW50byBhIHtAbGluayBTdG9yZUVycm9yfVxuICogKG5vdCByZXRyeWFibGU6IGFuIHVuZXhwZWN0ZWQgZXhjZXB0aW9uIGlzIGEgYnVnIG9mIHRoZSBhZGFwdGVyLCBub3QgYSB0cmFuc2llbnQgZmFpbHVyZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc1N0b3JlRXJyb3IoZXJyb3I6IHVua25vd24sIHN0b3JlOiBQcm9tcHRTdG9yZSwgZG9pbmc6IHN0cmluZyk6IEVycm9yIHtcbiAgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSByZXR1cm4gZXJyb3I7XG4gIGNvbnN0IGRldGFpbCA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBgJHtlcnJvci5uYW1lfTogJHtlcnJvci5tZXNzYWdlfWAgOiBTdHJpbmcoZXJyb3IpO1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IoXG4gICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGZhaWxlZCB3aGlsZSAke2RvaW5nfTogJHtkZXRhaWx9YCxcbiAgICB7IHN0b3JlOiBzdG9yZS5uYW1lIH0sXG4gICAgeyBjYXVzZTogZXJyb3IgfSxcbiAgKTtcbn1cblxuLyoqXG4gKiBDaGVjayBhIHJlY29yZCdzIGludGVncml0eSBhbmQgcmV0dXJuIGl0cyBoYXNoOiBhIHJlY29yZCBjYXJyeWluZyBgaGFzaGAgbXVzdCBtYXRjaCBpdHMgY29udGVudDtcbiAqIHdoZW4gYGxvY2tlZEhhc2hgIGlzIGdpdmVuIHRoZSByZWNvcmQgbXVzdCBoYXZlIGV4YWN0bHkgdGhhdCBoYXNoLlxuICpcbiAqIEB0aHJvd3Mge0BsaW5rIEludGVncml0eUVycm9yfSBvbiBhbnkgbWlzbWF0Y2guXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjaGVja0ludGVncml0eShyZWNvcmQ6IFByb21wdFJlY29yZCwgbG9ja2VkSGFzaD86IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IGhhc2ggPSByZWNvcmQuaGFzaCA9PT0gdW5kZWZpbmVkID8gYXdhaXQgY29tcHV0ZUhhc2gocmVjb3JkKSA6IGF3YWl0IHZlcmlmeVJlY29yZEhhc2gocmVjb3JkKTtcbiAgaWYgKGxvY2tlZEhhc2ggIT09IHVuZGVmaW5lZCAmJiBoYXNoICE9PSBsb2NrZWRIYXNoKSB7XG4gICAgdGhyb3cgbmV3IEludGVncml0eUVycm9yKHJlY29yZC5uYW1lLCByZWNvcmQudmVyc2lvbiwge1xuICAgICAgZXhwZWN0ZWQ6IGxvY2tlZEhhc2gsXG4gICAgICBhY3R1YWw6IGhhc2gsXG4gICAgICByZWFzb246ICd0aGUgbG9ja2ZpbGUgcGlucyBoYXNoJyxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gaGFzaDtcbn1cblxuZnVuY3Rpb24gY2hlY2tBbnN3ZXIoc3RvcmU6IFByb21wdFN0b3JlLCBuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcsIGFuc3dlcjogUHJvbXB0UmVjb3JkKTogUHJvbXB0UmVjb3JkIHtcbiAgY29uc3QgcmVjb3JkID0gcGFyc2VSZWNvcmQoYW5zd2VyLCBgJHtzdG9yZS5uYW1lfSBzdG9yZTogJHtuYW1lfUAke3NlbGVjdG9yfWApO1xuICBpZiAocmVjb3JkLm5hbWUgIT09IG5hbWUgfHwgKGlzRXhhY3RTZWxlY3RvcihzZWxlY3RvcikgJiYgcmVjb3JkLnZlcnNpb24gIT09IHNlbGVjdG9yKSkge1xuICAgIHRocm93IG5ldyBTdG9yZUVycm9yKFxuICAgICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGFuc3dlcmVkIFwiJHtyZWNvcmQubmFtZX1AJHtyZWNvcmQudmVyc2lvbn1cIiB3aGVuIGFza2VkIGZvciBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cIi4gYCArXG4gICAgICAgICdGaXggdGhlIHN0b3JlIGFkYXB0ZXI6IGl0IG11c3QgcmV0dXJuIHRoZSByZWNvcmQgb2YgdGhlIG5hbWUgKGFuZCBleGFjdCB2ZXJzaW9uKSBhc2tlZCBmb3IuJyxcbiAgICAgIHsgc3RvcmU6IHN0b3JlLm5hbWUgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiByZWNvcmQ7XG59XG4iLCAiLyoqXG4gKiBUaGUgbG9ja2ZpbGUgKGBwcm9tcHRvcHMubG9jay5qc29uYCk6IHRoZSBleGFjdCB2ZXJzaW9uIGFuZCBoYXNoIGV2ZXJ5IGJhcmUgbmFtZSBsb2Fkcy5cbiAqXG4gKiBgYGBqc29uXG4gKiB7IFwibG9ja2ZpbGVWZXJzaW9uXCI6IDEsXG4gKiAgIFwicHJvbXB0c1wiOiB7IFwic3VwcG9ydC9ncmVldGluZ1wiOiB7IFwic2VsZWN0b3JcIjogXCJeMS4yLjBcIiwgXCJ2ZXJzaW9uXCI6IFwiMS4yLjNcIiwgXCJoYXNoXCI6IFwic2hhMjU2LVx1MjAyNlwiIH0gfSB9XG4gKiBgYGBcbiAqXG4gKiBXaXRoIGEgbG9ja2ZpbGUsIGEgbG9ja2VkIG5hbWUgbG9hZHMgZXhhY3RseSB0aGUgbG9ja2VkIHZlcnNpb24sIGFuZCBhIHJlY29yZCB3aG9zZSBoYXNoIGRpZmZlcnNcbiAqIGlzIGFuIGBJbnRlZ3JpdHlFcnJvcmAsIG5ldmVyIHJlbmRlcmVkIG9yIGNhY2hlZC4gU2VlIERFU0lHTi5tZCBzZWN0aW9uIDUuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHsgcGFydGlhbE5hbWVzT2YgfSBmcm9tICcuLi9lbmdpbmUvcHJvbXB0LmpzJztcbmltcG9ydCB7IHBhcnNlU3BlYywgc2VsZWN0b3JLaW5kIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUgfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgY2hlY2tJbnRlZ3JpdHksIGZldGNoUmVjb3JkIH0gZnJvbSAnLi9sb2FkZXIuanMnO1xuaW1wb3J0IHsgdmFsaWRhdGVPclRocm93IH0gZnJvbSAnLi92YWxpZGF0ZS5qcyc7XG5cbi8qKiBDb252ZW50aW9uYWwgZmlsZSBuYW1lIG9mIHRoZSBsb2NrZmlsZS4gKi9cbmV4cG9ydCBjb25zdCBMT0NLRklMRV9OQU1FID0gJ3Byb21wdG9wcy5sb2NrLmpzb24nO1xuXG4vKiogV2hhdCB0aGUgbG9ja2ZpbGUgaG9sZHMgZm9yIG9uZSBuYW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2NrZWRQcm9tcHQge1xuICAvKiogVGhlIHNlbGVjdG9yIHRoYXQgd2FzIHJlc29sdmVkIHdoZW4gbG9ja2luZyAoZnJvbSBgcGluc2AsIG9yIGAnbGF0ZXN0J2ApLiAqL1xuICBzZWxlY3Rvcjogc3RyaW5nO1xuICAvKiogVGhlIGV4YWN0IHZlcnNpb24gYSBiYXJlIG5hbWUgbG9hZHMuICovXG4gIHZlcnNpb246IHN0cmluZztcbiAgLyoqIFRoZSBgJ3NoYTI1Ni08aGV4PidgIGhhc2ggdGhlIGxvYWRlZCByZWNvcmQgbXVzdCBoYXZlLiAqL1xuICBoYXNoOiBzdHJpbmc7XG59XG5cbi8qKiBDb250ZW50cyBvZiBgcHJvbXB0b3BzLmxvY2suanNvbmAuICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2tmaWxlIHtcbiAgLyoqIEZvcm1hdCB2ZXJzaW9uOyBhbHdheXMgYDFgLiAqL1xuICBsb2NrZmlsZVZlcnNpb246IDE7XG4gIC8qKiBMb2NrZWQgcHJvbXB0cyBieSBuYW1lLCBzb3J0ZWQgYnkgbmFtZSB3aGVuIHdyaXR0ZW4gYnkge0BsaW5rIGNyZWF0ZUxvY2tmaWxlfS4gKi9cbiAgcHJvbXB0czogUmVjb3JkPHN0cmluZywgTG9ja2VkUHJvbXB0Pjtcbn1cblxuY29uc3QgSEFTSF9QQVRURVJOID0gL15zaGEyNTYtWzAtOWEtZl17NjR9JC87XG5cbmNvbnN0IGxvY2tlZFByb21wdFNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgc2VsZWN0b3I6IHouc3RyaW5nKCkuY2hlY2soXG4gICAgei5yZWZpbmUoKHMpID0+IHNlbGVjdG9yS2luZChzKSAhPT0gdW5kZWZpbmVkLCB7XG4gICAgICBlcnJvcjogJ211c3QgYmUgYW4gZXhhY3QgdmVyc2lvbiwgYSBzZW12ZXIgcmFuZ2UsIGEgbGFiZWwgb3IgXCJsYXRlc3RcIicsXG4gICAgfSksXG4gICksXG4gIHZlcnNpb246IHpcbiAgICAuc3RyaW5nKClcbiAgICAuY2hlY2soei5yZWZpbmUoKHMpID0+IHNlbGVjdG9yS2luZChzKSA9PT0gJ2V4YWN0JywgeyBlcnJvcjogJ211c3QgYmUgYW4gZXhhY3Qgc2VtdmVyIHZlcnNpb24gc3VjaCBhcyBcIjEuMi4zXCInIH0pKSxcbiAgaGFzaDogei5zdHJpbmcoKS5jaGVjayh6LnJlZ2V4KEhBU0hfUEFUVEVSTiwgeyBlcnJvcjogJ211c3QgYmUgXCJzaGEyNTYtXCIgZm9sbG93ZWQgYnkgNjQgbG93ZXJjYXNlIGhleCBkaWdpdHMnIH0pKSxcbn0pO1xuXG5jb25zdCBsb2NrZmlsZVNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgbG9ja2ZpbGVWZXJzaW9uOiB6LmxpdGVyYWwoMSwgeyBlcnJvcjogJ211c3QgYmUgMSAodGhlIG9ubHkgbG9ja2ZpbGUgZm9ybWF0IHRoZXJlIGlzKScgfSksXG4gIHByb21wdHM6IHoucmVjb3JkKFxuICAgIHpcbiAgICAgIC5zdHJpbmcoKVxuICAgICAgLmNoZWNrKHoucmVmaW5lKChuYW1lKSA9PiBleHBsYWluSW52YWxpZE5hbWUobmFtZSkgPT09IHVuZGVmaW5lZCwgeyBlcnJvcjogJ2lzIG5vdCBhIHZhbGlkIHByb21wdCBuYW1lJyB9KSksXG4gICAgbG9ja2VkUHJvbXB0U2NoZW1hLFxuICApLFxufSk7XG5cbi8qKlxuICogVmFsaWRhdGUgcGFyc2VkIEpTT04gYXMgYSBsb2NrZmlsZS5cbiAqXG4gKiBAcGFyYW0gZmlsZSAtIHdoZXJlIHRoZSBKU09OIGNhbWUgZnJvbSwgbmFtZWQgaW4gZXJyb3JzLlxuICogQHRocm93cyB7QGxpbmsgQ29uZmlnRXJyb3J9IG5hbWluZyB0aGUgZmlsZSBhbmQgZmllbGQsIGUuZy4gYHByb21wdHNbXCJhXCJdLmhhc2hgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VMb2NrZmlsZSh2YWx1ZTogdW5rbm93biwgZmlsZT86IHN0cmluZyk6IExvY2tmaWxlIHtcbiAgY29uc3QgY29udGV4dCA9IHtcbiAgICByb290OiBmaWxlID09PSB1bmRlZmluZWQgPyAnbG9ja2ZpbGUnIDogJycsXG4gICAgLi4uKGZpbGUgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBmaWxlIH0pLFxuICAgIGhpbnRzOiB7ICcnOiAncnVuIFwicHJvbXB0b3BzIGxvY2tcIiB0byB3cml0ZSBhIGZyZXNoIGxvY2tmaWxlJyB9LFxuICAgIGtub3duS2V5czogeyAnJzogWydsb2NrZmlsZVZlcnNpb24nLCAncHJvbXB0cyddIH0sXG4gIH07XG4gIHJldHVybiB2YWxpZGF0ZU9yVGhyb3cobG9ja2ZpbGVTY2hlbWEsIHZhbHVlLCBjb250ZXh0KSBhcyBMb2NrZmlsZTtcbn1cblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIGNyZWF0ZUxvY2tmaWxlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlYXRlTG9ja2ZpbGVPcHRpb25zIHtcbiAgLyoqXG4gICAqIFNlbGVjdG9yIGZvciBuYW1lcyB0aGF0IGhhdmUgbm8gcGluLlxuICAgKiBAZGVmYXVsdCAnbGF0ZXN0J1xuICAgKi9cbiAgZGVmYXVsdFNlbGVjdG9yPzogc3RyaW5nO1xuICAvKipcbiAgICogQWxzbyBsb2NrIHRoZSBwYXJ0aWFscyB0aGUgbG9ja2VkIHByb21wdHMgaW5jbHVkZSAodGhlaXIgcGluIG9yIGAnbGF0ZXN0J2ApLCByZWN1cnNpdmVseSwgc29cbiAgICogdGhhdCBhIGxvY2tlZCBwcm9tcHQgcmVuZGVycyB0aGUgc2FtZSB0ZXh0IGV2ZXJ5d2hlcmUuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIGluY2x1ZGVQYXJ0aWFscz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogUmVzb2x2ZSBldmVyeSBuYW1lIGFnYWluc3QgdGhlIHN0b3JlIGFuZCB3cml0ZSBkb3duIHRoZSB2ZXJzaW9uIGFuZCBoYXNoIGl0IHBpY2tzOiB3aGF0XG4gKiBgcHJvbXB0b3BzIGxvY2tgIHNhdmVzIGFzIGBwcm9tcHRvcHMubG9jay5qc29uYC5cbiAqXG4gKiBAcGFyYW0gc3RvcmUgLSB0aGUgc3RvcmUgdG8gcmVzb2x2ZSBhZ2FpbnN0LlxuICogQHBhcmFtIHBpbnMgLSBzZWxlY3RvcnMgYnkgbmFtZSAoYHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9YCk7IG5hbWVzIHdpdGhvdXQgYSBwaW4gdXNlXG4gKiAgIGBvcHRpb25zLmRlZmF1bHRTZWxlY3RvcmAuXG4gKiBAcGFyYW0gbmFtZXMgLSBuYW1lcyAob3IgYG5hbWVAc2VsZWN0b3JgIHNwZWNzKSB0byBsb2NrLiBEZWZhdWx0OiBldmVyeSBuYW1lIG9mIGBzdG9yZS5saXN0KClgXG4gKiAgIHBsdXMgdGhlIHBpbm5lZCBuYW1lczsgYSBzdG9yZSB3aXRob3V0IGBsaXN0KClgIGxvY2tzIHRoZSBwaW5uZWQgbmFtZXMgb25seS5cbiAqIEB0aHJvd3MgdGhlIHN0b3JlJ3MgZXJyb3JzIChgUHJvbXB0Tm90Rm91bmRFcnJvcmAsIGBWZXJzaW9uTm90Rm91bmRFcnJvcmAsIGBTdG9yZUVycm9yYCxcbiAqICAgYEludGVncml0eUVycm9yYCBmb3IgYSByZWNvcmQgd2hvc2UgaGFzaCBkb2VzIG5vdCBtYXRjaCBpdHMgY29udGVudCksIG9yIGEgYENvbmZpZ0Vycm9yYCB3aGVuXG4gKiAgIHRoZXJlIGlzIG5vdGhpbmcgdG8gbG9jay5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgbG9jayA9IGF3YWl0IGNyZWF0ZUxvY2tmaWxlKHN0b3JlLCB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfSk7XG4gKiBhd2FpdCB3cml0ZUZpbGUoJ3Byb21wdG9wcy5sb2NrLmpzb24nLCBgJHtKU09OLnN0cmluZ2lmeShsb2NrLCBudWxsLCAyKX1cXG5gKTtcbiAqIGBgYFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY3JlYXRlTG9ja2ZpbGUoXG4gIHN0b3JlOiBQcm9tcHRTdG9yZSxcbiAgcGluczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7fSxcbiAgbmFtZXM/OiByZWFkb25seSBzdHJpbmdbXSxcbiAgb3B0aW9uczogQ3JlYXRlTG9ja2ZpbGVPcHRpb25zID0ge30sXG4pOiBQcm9taXNlPExvY2tmaWxlPiB7XG4gIGNvbnN0IGRlZmF1bHRTZWxlY3RvciA9IG9wdGlvbnMuZGVmYXVsdFNlbGVjdG9yID8/ICdsYXRlc3QnO1xuICBjb25zdCBpbmNsdWRlUGFydGlhbHMgPSBvcHRpb25zLmluY2x1ZGVQYXJ0aWFscyA/PyB0cnVlO1xuICBjb25zdCBzcGVjcyA9IG5hbWVzID09PSB1bmRlZmluZWQgPyBhd2FpdCBkZWZhdWx0TmFtZXMoc3RvcmUsIHBpbnMpIDogWy4uLm5hbWVzXTtcbiAgY29uc3Qgd2FudGVkID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBzcGVjIG9mIHNwZWNzKSB7XG4gICAgY29uc3QgeyBuYW1lLCBzZWxlY3RvciB9ID0gcGFyc2VTcGVjKHNwZWMpO1xuICAgIHdhbnRlZC5zZXQobmFtZSwgc2VsZWN0b3IgPz8gb3duVmFsdWUocGlucywgbmFtZSkgPz8gZGVmYXVsdFNlbGVjdG9yKTtcbiAgfVxuICBjb25zdCBsb2NrZWQgPSBuZXcgTWFwPHN0cmluZywgTG9ja2VkUHJvbXB0PigpO1xuICBsZXQgcXVldWUgPSBbLi4ud2FudGVkLmVudHJpZXMoKV07XG4gIHdoaWxlIChxdWV1ZS5sZW5ndGggPiAwKSB7XG4gICAgY29uc3QgcmVzdWx0cyA9IGF3YWl0IFByb21pc2UuYWxsKFxuICAgICAgcXVldWUubWFwKGFzeW5jIChbbmFtZSwgc2VsZWN0b3JdKSA9PiB7XG4gICAgICAgIGNvbnN0IHJlY29yZCA9IGF3YWl0IGZldGNoUmVjb3JkKHN0b3JlLCBuYW1lLCBzZWxlY3Rvcik7XG4gICAgICAgIGNvbnN0IGhhc2ggPSBhd2FpdCBjaGVja0ludGVncml0eShyZWNvcmQpO1xuICAgICAgICByZXR1cm4geyBuYW1lLCBzZWxlY3RvciwgcmVjb3JkLCBoYXNoIH07XG4gICAgICB9KSxcbiAgICApO1xuICAgIGNvbnN0IG5leHQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgeyBuYW1lLCBzZWxlY3RvciwgcmVjb3JkLCBoYXNoIH0gb2YgcmVzdWx0cykge1xuICAgICAgbG9ja2VkLnNldChuYW1lLCB7IHNlbGVjdG9yLCB2ZXJzaW9uOiByZWNvcmQudmVyc2lvbiwgaGFzaCB9KTtcbiAgICAgIGlmICghaW5jbHVkZVBhcnRpYWxzKSBjb250aW51ZTtcbiAgICAgIGZvciAoY29uc3QgcGFydGlhbCBvZiBwYXJ0aWFsTmFtZXNPZihyZWNvcmQpKSB7XG4gICAgICAgIGlmICghbG9ja2VkLmhhcyhwYXJ0aWFsKSAmJiAhd2FudGVkLmhhcyhwYXJ0aWFsKSkgbmV4dC5zZXQocGFydGlhbCwgb3duVmFsdWUocGlucywgcGFydGlhbCkgPz8gJ2xhdGVzdCcpO1xuICAgICAgfVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBzZWxlY3Rvcl0gb2YgbmV4dCkgd2FudGVkLnNldChuYW1lLCBzZWxlY3Rvcik7XG4gICAgcXVldWUgPSBbLi4ubmV4dC5lbnRyaWVzKCldO1xuICB9XG4gIGNvbnN0IHByb21wdHM6IFJlY29yZDxzdHJpbmcsIExvY2tlZFByb21wdD4gPSB7fTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIFsuLi5sb2NrZWQua2V5cygpXS5zb3J0KCkpIHtcbiAgICBjb25zdCBlbnRyeSA9IGxvY2tlZC5nZXQobmFtZSk7XG4gICAgaWYgKGVudHJ5ICE9PSB1bmRlZmluZWQpIHByb21wdHNbbmFtZV0gPSBlbnRyeTtcbiAgfVxuICByZXR1cm4geyBsb2NrZmlsZVZlcnNpb246IDEsIHByb21wdHMgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gZGVmYXVsdE5hbWVzKHN0b3JlOiBQcm9tcHRTdG9yZSwgcGluczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IG5hbWVzID0gbmV3IFNldChPYmplY3Qua2V5cyhwaW5zKSk7XG4gIGlmICh0eXBlb2Ygc3RvcmUubGlzdCA9PT0gJ2Z1bmN0aW9uJykgZm9yIChjb25zdCBuYW1lIG9mIGF3YWl0IHN0b3JlLmxpc3QoKSkgbmFtZXMuYWRkKG5hbWUpO1xuICBpZiAobmFtZXMuc2l6ZSA9PT0gMCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIGBub3RoaW5nIHRvIGxvY2s6IHRoZSAke3N0b3JlLm5hbWV9IHN0b3JlICR7dHlwZW9mIHN0b3JlLmxpc3QgPT09ICdmdW5jdGlvbicgPyAnaXMgZW1wdHknIDogJ2Nhbm5vdCBsaXN0IGl0cyBuYW1lcyd9IGFuZCBubyBwaW5zIGFyZSBnaXZlbjsgYCArXG4gICAgICAgICdwYXNzIHRoZSBuYW1lcyB0byBsb2NrLCBvciBhZGQgcGlucycsXG4gICAgICB7IG9wdGlvbjogJ25hbWVzJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIFsuLi5uYW1lc10uc29ydCgpO1xufVxuXG4vKiogVGhlIGxvY2tlZCBoYXNoIGZvciBgbmFtZUB2ZXJzaW9uYCwgd2hlbiB0aGUgbG9ja2ZpbGUgbG9ja3MgdGhhdCB2ZXJ5IHZlcnNpb24uICovXG5leHBvcnQgZnVuY3Rpb24gbG9ja2VkSGFzaChsb2NrZmlsZTogTG9ja2ZpbGUgfCB1bmRlZmluZWQsIG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZW50cnkgPSBsb2NrZmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogb3duVmFsdWUobG9ja2ZpbGUucHJvbXB0cywgbmFtZSk7XG4gIHJldHVybiBlbnRyeSAhPT0gdW5kZWZpbmVkICYmIGVudHJ5LnZlcnNpb24gPT09IHZlcnNpb24gPyBlbnRyeS5oYXNoIDogdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIGByZWNvcmRba2V5XWAgd2hlbiBga2V5YCBpcyB0aGUgcmVjb3JkJ3Mgb3duIHByb3BlcnR5OiBwcm9tcHQgbmFtZXMgc3VjaCBhcyBgY29uc3RydWN0b3JgIG11c3RcbiAqIG5ldmVyIHJlYWQgYE9iamVjdC5wcm90b3R5cGVgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gb3duVmFsdWU8VD4ocmVjb3JkOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBUPj4sIGtleTogc3RyaW5nKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBPYmplY3QuaGFzT3duKHJlY29yZCwga2V5KSA/IHJlY29yZFtrZXldIDogdW5kZWZpbmVkO1xufVxuIiwgIi8qKlxuICogVHVybnMgYHpvZC9taW5pYCB2YWxpZGF0aW9uIGlzc3VlcyBpbnRvIG9uZSB7QGxpbmsgQ29uZmlnRXJyb3J9IHRoYXQgbmFtZXMgdGhlIG9wdGlvbiBwYXRoIGFuZFxuICogc2F5cyBob3cgdG8gZml4IGl0LiBgem9kL21pbmlgIHNoaXBzIG5vIEVuZ2xpc2ggbWVzc2FnZXMsIHNvIHRoZSB3b3JkaW5nIGlzIG91cnMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBzdWdnZXN0TmFtZXMgfSBmcm9tICcuLi9zdG9yZXMvcmVzb2x2ZS5qcyc7XG5cbnR5cGUgSXNzdWUgPSB6LmNvcmUuJFpvZElzc3VlO1xuXG4vKiogV2hhdCBgem9kL21pbmlgIHNheXMgd2hlbiBubyBtZXNzYWdlIHdhcyBjb25maWd1cmVkLiAqL1xuY29uc3QgREVGQVVMVF9NRVNTQUdFID0gJ0ludmFsaWQgaW5wdXQnO1xuXG4vKiogSG93IHRvIGRlc2NyaWJlIG9uZSBzY2hlbWEgaW4gZXJyb3IgbWVzc2FnZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIFZhbGlkYXRpb25Db250ZXh0IHtcbiAgLyoqIFByZWZpeCBvZiBldmVyeSBvcHRpb24gcGF0aCwgZS5nLiBgJ3NuYXBzaG90J2AuICovXG4gIHJvb3Q/OiBzdHJpbmc7XG4gIC8qKiBUaGUgY29uZmlnIGZpbGUgdGhlIHZhbHVlIGNhbWUgZnJvbS4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgLyoqIEZpeCBoaW50cyBieSBvcHRpb24gcGF0aCAoYCdjYWNoZS50dGxNcydgKSwgc2hvd24gYWZ0ZXIgdGhlIHByb2JsZW0uICovXG4gIGhpbnRzPzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG4gIC8qKiBLbm93biBrZXlzIGJ5IG9iamVjdCBwYXRoIChgJydgIGZvciB0aGUgcm9vdCksIHVzZWQgdG8gc3VnZ2VzdCBhIGZpeCBmb3IgYW4gdW5rbm93biBrZXkuICovXG4gIGtub3duS2V5cz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IHN0cmluZ1tdPj47XG59XG5cbi8qKiBQYXJzZSBgdmFsdWVgIHdpdGggYHNjaGVtYWAsIG9yIHRocm93IGEge0BsaW5rIENvbmZpZ0Vycm9yfSBkZXNjcmliaW5nIGV2ZXJ5IHByb2JsZW0uICovXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVPclRocm93PFQ+KHNjaGVtYTogei5ab2RNaW5pVHlwZTxUPiwgdmFsdWU6IHVua25vd24sIGNvbnRleHQ6IFZhbGlkYXRpb25Db250ZXh0KTogVCB7XG4gIGNvbnN0IHJlc3VsdCA9IHNjaGVtYS5zYWZlUGFyc2UodmFsdWUsIHsgcmVwb3J0SW5wdXQ6IHRydWUgfSk7XG4gIGlmIChyZXN1bHQuc3VjY2VzcykgcmV0dXJuIHJlc3VsdC5kYXRhO1xuICB0aHJvdyBpc3N1ZXNUb0NvbmZpZ0Vycm9yKHJlc3VsdC5lcnJvci5pc3N1ZXMsIGNvbnRleHQpO1xufVxuXG4vKiogQnVpbGQgdGhlIHtAbGluayBDb25maWdFcnJvcn0gZm9yIGEgbGlzdCBvZiBpc3N1ZXM6IHRoZSBmaXJzdCBvbmUgbmFtZXMgdGhlIG9wdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc3N1ZXNUb0NvbmZpZ0Vycm9yKGlzc3VlczogcmVhZG9ubHkgSXNzdWVbXSwgY29udGV4dDogVmFsaWRhdGlvbkNvbnRleHQpOiBDb25maWdFcnJvciB7XG4gIGNvbnN0IGZsYXQgPSBmbGF0dGVuKGlzc3VlcywgW10pO1xuICBjb25zdCBkZXNjcmliZWQgPSBmbGF0Lm1hcCgoZikgPT4gZGVzY3JpYmUoZi5pc3N1ZSwgZi5wYXRoLCBjb250ZXh0KSk7XG4gIGNvbnN0IGZpcnN0ID0gZGVzY3JpYmVkWzBdID8/IHsgb3B0aW9uOiBjb250ZXh0LnJvb3QgPz8gJyhvcHRpb25zKScsIHRleHQ6ICdpcyBpbnZhbGlkJyB9O1xuICBjb25zdCBtb3JlID0gZGVzY3JpYmVkLnNsaWNlKDEpLm1hcCgoZCkgPT4gYDsgb3B0aW9uIFwiJHtkLm9wdGlvbn1cIjogJHtkLnRleHR9YCk7XG4gIHJldHVybiBuZXcgQ29uZmlnRXJyb3IoYCR7Zmlyc3QudGV4dH0ke21vcmUuam9pbignJyl9YCwgeyBvcHRpb246IGZpcnN0Lm9wdGlvbiwgZmlsZTogY29udGV4dC5maWxlIH0pO1xufVxuXG5pbnRlcmZhY2UgRmxhdElzc3VlIHtcbiAgaXNzdWU6IElzc3VlO1xuICBwYXRoOiBQcm9wZXJ0eUtleVtdO1xufVxuXG4vKiogVW5pb25zIHJlcG9ydCBvbmUgaXNzdWUgcGVyIGJyYW5jaDoga2VlcCB0aGUgYnJhbmNoIHRoYXQgZ290IGZ1cnRoZXN0IChkZWVwZXN0IHBhdGgpLiAqL1xuZnVuY3Rpb24gZmxhdHRlbihpc3N1ZXM6IHJlYWRvbmx5IElzc3VlW10sIHByZWZpeDogUHJvcGVydHlLZXlbXSk6IEZsYXRJc3N1ZVtdIHtcbiAgY29uc3Qgb3V0OiBGbGF0SXNzdWVbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGlzc3VlIG9mIGlzc3Vlcykge1xuICAgIGNvbnN0IHBhdGggPSBbLi4ucHJlZml4LCAuLi5pc3N1ZS5wYXRoXTtcbiAgICBpZiAoaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdW5pb24nICYmIGlzc3VlLmVycm9ycy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBiZXN0ID0gWy4uLmlzc3VlLmVycm9yc10uc29ydCgoYSwgYikgPT4gZGVwdGgoYikgLSBkZXB0aChhKSlbMF0gPz8gW107XG4gICAgICBpZiAoZGVwdGgoYmVzdCkgPiAwKSB7XG4gICAgICAgIG91dC5wdXNoKC4uLmZsYXR0ZW4oYmVzdCwgcGF0aCkpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICB9XG4gICAgb3V0LnB1c2goeyBpc3N1ZSwgcGF0aCB9KTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBkZXB0aChpc3N1ZXM6IHJlYWRvbmx5IElzc3VlW10pOiBudW1iZXIge1xuICBsZXQgbWF4ID0gMDtcbiAgZm9yIChjb25zdCBpc3N1ZSBvZiBpc3N1ZXMpIHtcbiAgICBjb25zdCBkID0gaXNzdWUucGF0aC5sZW5ndGggKyAoaXNzdWUuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJyA/IDEgOiAwKTtcbiAgICBpZiAoZCA+IG1heCkgbWF4ID0gZDtcbiAgfVxuICByZXR1cm4gbWF4O1xufVxuXG5mdW5jdGlvbiBqb2luUGF0aChyb290OiBzdHJpbmcgfCB1bmRlZmluZWQsIHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gcm9vdCA/PyAnJztcbiAgZm9yIChjb25zdCBrZXkgb2YgcGF0aCkge1xuICAgIGNvbnN0IHRleHQgPSBTdHJpbmcoa2V5KTtcbiAgICBpZiAodHlwZW9mIGtleSA9PT0gJ251bWJlcicpIG91dCArPSBgWyR7dGV4dH1dYDtcbiAgICBlbHNlIGlmICgvXltBLVphLXpfJF1bXFx3JF0qJC8udGVzdCh0ZXh0KSkgb3V0ICs9IG91dCA9PT0gJycgPyB0ZXh0IDogYC4ke3RleHR9YDtcbiAgICBlbHNlIG91dCArPSBgWyR7SlNPTi5zdHJpbmdpZnkodGV4dCl9XWA7XG4gIH1cbiAgcmV0dXJuIG91dCA9PT0gJycgPyAnKG9wdGlvbnMpJyA6IG91dDtcbn1cblxuZnVuY3Rpb24gZGVzY3JpYmUoaXNzdWU6IElzc3VlLCBwYXRoOiBQcm9wZXJ0eUtleVtdLCBjb250ZXh0OiBWYWxpZGF0aW9uQ29udGV4dCk6IHsgb3B0aW9uOiBzdHJpbmc7IHRleHQ6IHN0cmluZyB9IHtcbiAgY29uc3Qgb3B0aW9uID0gam9pblBhdGgoY29udGV4dC5yb290LCBwYXRoKTtcbiAgY29uc3QgaGludCA9IGNvbnRleHQuaGludHM/LltzdHJpcFJvb3Qob3B0aW9uLCBjb250ZXh0LnJvb3QpXSA/PyBjb250ZXh0LmhpbnRzPy5bZ2VuZXJpY1BhdGgocGF0aCldO1xuICBjb25zdCBzdWZmaXggPSBoaW50ID8gYDogJHtoaW50fWAgOiAnJztcbiAgaWYgKGlzc3VlLmNvZGUgPT09ICdpbnZhbGlkX2tleScgJiYgaXNzdWUuaXNzdWVzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBpbm5lciA9IGlzc3VlLmlzc3Vlc1swXTtcbiAgICBjb25zdCBtZXNzYWdlID0gaW5uZXI/Lm1lc3NhZ2UgJiYgaW5uZXIubWVzc2FnZSAhPT0gREVGQVVMVF9NRVNTQUdFID8gaW5uZXIubWVzc2FnZSA6ICdpcyBub3QgYSB2YWxpZCBrZXknO1xuICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYCR7bWVzc2FnZX0ke3N1ZmZpeH1gIH07XG4gIH1cbiAgaWYgKGlzc3VlLmNvZGUgIT09ICd1bnJlY29nbml6ZWRfa2V5cycgJiYgaXNzdWUubWVzc2FnZSAmJiBpc3N1ZS5tZXNzYWdlICE9PSBERUZBVUxUX01FU1NBR0UpIHtcbiAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGAke2lzc3VlLm1lc3NhZ2V9JHtzdWZmaXh9YCB9O1xuICB9XG4gIHN3aXRjaCAoaXNzdWUuY29kZSkge1xuICAgIGNhc2UgJ3VucmVjb2duaXplZF9rZXlzJzoge1xuICAgICAgY29uc3Qga25vd24gPSBjb250ZXh0Lmtub3duS2V5cz8uW3BhdGgubWFwKFN0cmluZykuam9pbignLicpXSA/PyBbXTtcbiAgICAgIGNvbnN0IHBhcnRzID0gaXNzdWUua2V5cy5tYXAoKGtleSkgPT4ge1xuICAgICAgICBjb25zdCBjbG9zZSA9IHN1Z2dlc3ROYW1lcyhrZXkudG9Mb3dlckNhc2UoKSwga25vd24sIHsgbWF4OiAxLCBtYXhEaXN0YW5jZVJhdGlvOiAwLjUgfSk7XG4gICAgICAgIHJldHVybiBjbG9zZVswXSA/IGBcIiR7a2V5fVwiIChkaWQgeW91IG1lYW4gXCIke2Nsb3NlWzBdfVwiPylgIDogYFwiJHtrZXl9XCJgO1xuICAgICAgfSk7XG4gICAgICBjb25zdCBsaXN0ID0ga25vd24ubGVuZ3RoID4gMCA/IGAgS25vd24gb3B0aW9uczogJHtrbm93bi5qb2luKCcsICcpfS5gIDogJyc7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBvcHRpb246IGpvaW5QYXRoKGNvbnRleHQucm9vdCwgWy4uLnBhdGgsIGlzc3VlLmtleXNbMF0gPz8gJyddKSxcbiAgICAgICAgdGV4dDogYHVua25vd24gb3B0aW9uJHtpc3N1ZS5rZXlzLmxlbmd0aCA+IDEgPyAncycgOiAnJ30gJHtwYXJ0cy5qb2luKCcsICcpfTsgcmVtb3ZlIGl0IG9yIGZpeCBpdHMgc3BlbGxpbmcuJHtsaXN0fWAsXG4gICAgICB9O1xuICAgIH1cbiAgICBjYXNlICdpbnZhbGlkX3R5cGUnOiB7XG4gICAgICBjb25zdCBnb3QgPSAnaW5wdXQnIGluIGlzc3VlID8gdHlwZU5hbWUoaXNzdWUuaW5wdXQpIDogJ2Fub3RoZXIgdHlwZSc7XG4gICAgICBjb25zdCB3aGF0ID0gaXNzdWUuaW5wdXQgPT09IHVuZGVmaW5lZCA/ICdpcyByZXF1aXJlZCcgOiBgbXVzdCBiZSAke2FydGljbGUoaXNzdWUuZXhwZWN0ZWQpfSwgZ290ICR7Z290fWA7XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGAke3doYXR9JHtzdWZmaXh9YCB9O1xuICAgIH1cbiAgICBjYXNlICd0b29fc21hbGwnOlxuICAgICAgcmV0dXJuIHtcbiAgICAgICAgb3B0aW9uLFxuICAgICAgICB0ZXh0OiBgbXVzdCBiZSAke2lzc3VlLmluY2x1c2l2ZSA9PT0gZmFsc2UgPyAnZ3JlYXRlciB0aGFuJyA6ICdhdCBsZWFzdCd9ICR7U3RyaW5nKGlzc3VlLm1pbmltdW0pfSR7c3VmZml4fWAsXG4gICAgICB9O1xuICAgIGNhc2UgJ3Rvb19iaWcnOlxuICAgICAgcmV0dXJuIHtcbiAgICAgICAgb3B0aW9uLFxuICAgICAgICB0ZXh0OiBgbXVzdCBiZSAke2lzc3VlLmluY2x1c2l2ZSA9PT0gZmFsc2UgPyAnbGVzcyB0aGFuJyA6ICdhdCBtb3N0J30gJHtTdHJpbmcoaXNzdWUubWF4aW11bSl9JHtzdWZmaXh9YCxcbiAgICAgIH07XG4gICAgY2FzZSAnaW52YWxpZF92YWx1ZSc6XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGBtdXN0IGJlIG9uZSBvZiAke2lzc3VlLnZhbHVlcy5tYXAoKHYpID0+IEpTT04uc3RyaW5naWZ5KHYpKS5qb2luKCcsICcpfSR7c3VmZml4fWAgfTtcbiAgICBjYXNlICdpbnZhbGlkX2Zvcm1hdCc6XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGBtdXN0IGJlIGEgdmFsaWQgJHtpc3N1ZS5mb3JtYXR9JHtzdWZmaXh9YCB9O1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGBpcyBpbnZhbGlkJHtzdWZmaXh9YCB9O1xuICB9XG59XG5cbmZ1bmN0aW9uIHN0cmlwUm9vdChvcHRpb246IHN0cmluZywgcm9vdDogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHtcbiAgaWYgKHJvb3QgPT09IHVuZGVmaW5lZCB8fCByb290ID09PSAnJykgcmV0dXJuIG9wdGlvbjtcbiAgcmV0dXJuIG9wdGlvbi5zdGFydHNXaXRoKGAke3Jvb3R9LmApID8gb3B0aW9uLnNsaWNlKHJvb3QubGVuZ3RoICsgMSkgOiBvcHRpb247XG59XG5cbi8qKiBgcGluc1tcImEvYlwiXWAgXHUyMTkyIGBwaW5zLipgLCBzbyB0aGF0IG9uZSBoaW50IGNhbiBhZGRyZXNzIGV2ZXJ5IGtleSBvZiBhIHJlY29yZC4gKi9cbmZ1bmN0aW9uIGdlbmVyaWNQYXRoKHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBzdHJpbmcge1xuICByZXR1cm4gcGF0aC5tYXAoKGtleSwgaSkgPT4gKGkgPT09IHBhdGgubGVuZ3RoIC0gMSAmJiBpID4gMCA/ICcqJyA6IFN0cmluZyhrZXkpKSkuam9pbignLicpO1xufVxuXG5mdW5jdGlvbiBhcnRpY2xlKGV4cGVjdGVkOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoZXhwZWN0ZWQgPT09ICdvYmplY3QnIHx8IGV4cGVjdGVkID09PSAnYXJyYXknIHx8IGV4cGVjdGVkID09PSAnaW50JylcbiAgICByZXR1cm4gYGFuICR7ZXhwZWN0ZWQgPT09ICdpbnQnID8gJ2ludGVnZXInIDogZXhwZWN0ZWR9YDtcbiAgcmV0dXJuIGBhICR7ZXhwZWN0ZWR9YDtcbn1cblxuLyoqIGB0eXBlb2ZgLCB3aXRoIGBudWxsYCBhbmQgYXJyYXlzIHRvbGQgYXBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24gdHlwZU5hbWUodmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwpIHJldHVybiAnbnVsbCc7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuICdhbiBhcnJheSc7XG4gIHJldHVybiB0eXBlb2YgdmFsdWU7XG59XG4iLCAiLyoqXG4gKiBPcHRpb25zIG9mIGBjcmVhdGVQcm9tcHRDbGllbnRgLCBhbmQgdGhlaXIgdmFsaWRhdGlvbiAod2l0aCBgem9kL21pbmlgLCBhdCBjb25zdHJ1Y3Rpb246IGEgYmFkXG4gKiBvcHRpb24gaXMgYSBgQ29uZmlnRXJyb3JgIG5hbWluZyB0aGUgb3B0aW9uIHBhdGggYW5kIHRoZSBmaXgpLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB7IHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcbmltcG9ydCB0eXBlIHsgTGlzdGVuZXJFcnJvckhhbmRsZXIgfSBmcm9tICcuLi90ZWxlbWV0cnkvZW1pdHRlci5qcyc7XG5pbXBvcnQgdHlwZSB7XG4gIEFzc2lnbm1lbnRFdmVudCxcbiAgRXJyb3JFdmVudCxcbiAgRmV0Y2hFdmVudCxcbiAgT3V0Y29tZUV2ZW50LFxuICBQcm9tcHRFdmVudCxcbiAgUmVmcmVzaEV2ZW50LFxuICBSZW5kZXJFdmVudCxcbn0gZnJvbSAnLi4vdGVsZW1ldHJ5L2V2ZW50cy5qcyc7XG5pbXBvcnQgeyB0eXBlIExvY2tmaWxlLCBwYXJzZUxvY2tmaWxlIH0gZnJvbSAnLi9sb2NrZmlsZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFNuYXBzaG90QWRhcHRlciB9IGZyb20gJy4vc25hcHNob3QuanMnO1xuaW1wb3J0IHsgdmFsaWRhdGVPclRocm93IH0gZnJvbSAnLi92YWxpZGF0ZS5qcyc7XG5cbi8qKiBDYWNoZSBzZXR0aW5ncy4gU2VlIERFU0lHTi5tZCBzZWN0aW9uIDYsIFwiQ2FjaGluZyBhbmQgZmFpbHVyZVwiLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDYWNoZU9wdGlvbnMge1xuICAvKipcbiAgICogTW9zdCBjb21waWxlZCBwcm9tcHQgdmVyc2lvbnMga2VwdCAoYG5hbWVAdmVyc2lvbmAsIGxlYXN0IHJlY2VudGx5IHVzZWQgZHJvcHBlZCBmaXJzdCk7IGFsc29cbiAgICogdGhlIG1vc3QgZmxvYXRpbmcgc2VsZWN0b3JzIChgbmFtZUBzZWxlY3RvcmAgXHUyMTkyIHZlcnNpb24pIHJlbWVtYmVyZWQuXG4gICAqIEBkZWZhdWx0IDEwMDBcbiAgICovXG4gIG1heD86IG51bWJlcjtcbiAgLyoqXG4gICAqIEhvdyBsb25nIGEgZmxvYXRpbmcgc2VsZWN0b3IgKHJhbmdlLCBsYWJlbCwgYGxhdGVzdGAsIGJhcmUgbmFtZSkgc3RheXMgZnJlc2gsIGluIG1zLiBBZnRlclxuICAgKiB0aGF0IGl0IGlzIHNlcnZlZCBzdGFsZSB3aGlsZSBvbmUgYmFja2dyb3VuZCByZWZyZXNoIHJ1bnMuIEV4YWN0IHZlcnNpb25zIG5ldmVyIGdvIHN0YWxlLlxuICAgKiBAZGVmYXVsdCA2MF8wMDBcbiAgICovXG4gIHR0bE1zPzogbnVtYmVyO1xuICAvKipcbiAgICogSG93IGxvbmcgYSBzZWxlY3RvciBtYXkgYmUgc2VydmVkIHN0YWxlIGFmdGVyIGl0IHdlbnQgc3RhbGUsIGluIG1zLCB3aGlsZSByZWZyZXNoZXMgZmFpbC5cbiAgICogUGFzdCB0aGF0LCB0aGUgbmV4dCBjYWxsIGdvZXMgdG8gdGhlIHN0b3JlIGluIHRoZSBmb3JlZ3JvdW5kIChhbmQgZmFpbHMgaWYgdGhlIHN0b3JlIGRvZXMpLlxuICAgKiBAZGVmYXVsdCA4Nl80MDBfMDAwIChvbmUgZGF5KVxuICAgKi9cbiAgbWF4U3RhbGVNcz86IG51bWJlcjtcbn1cblxuLyoqIEEgc291cmNlIG9mIHRpbWUgaW4gbXM7IGluamVjdCBhIGZha2Ugb25lIGluIHRlc3RzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDbG9jayB7XG4gIC8qKiBDdXJyZW50IHRpbWUgaW4gbXMgKG9ubHkgZGlmZmVyZW5jZXMgbWF0dGVyKS4gKi9cbiAgbm93KCk6IG51bWJlcjtcbn1cblxuLyoqIFRpbWVyIGZ1bmN0aW9uczsgaW5qZWN0IGZha2VzIGluIHRlc3RzLiBIYW5kbGVzIHdpdGggYW4gYHVucmVmKClgIG1ldGhvZCBhcmUgdW5yZWYnZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGltZXJzIHtcbiAgLyoqIENhbGwgYGNhbGxiYWNrYCBvbmNlIGFmdGVyIGBtc2A7IHJldHVybnMgYSBoYW5kbGUgZm9yIGBjbGVhclRpbWVvdXRgLiAqL1xuICBzZXRUaW1lb3V0KGNhbGxiYWNrOiAoKSA9PiB2b2lkLCBtczogbnVtYmVyKTogdW5rbm93bjtcbiAgLyoqIENhbmNlbCBhIHBlbmRpbmcgYHNldFRpbWVvdXRgLiAqL1xuICBjbGVhclRpbWVvdXQoaGFuZGxlOiB1bmtub3duKTogdm9pZDtcbn1cblxuLyoqXG4gKiBFdmVudCBob29rcywgcmVnaXN0ZXJlZCBhdCBjb25zdHJ1Y3Rpb24uIGBvbkV2ZW50YCByZWNlaXZlcyBldmVyeSBldmVudDsgdGhlIHBlci10eXBlIGhvb2tzXG4gKiByZWNlaXZlIHRoZWlyIHR5cGUgb25seS4gQSBob29rIHRoYXQgdGhyb3dzIG9yIHJlamVjdHMgbmV2ZXIgYnJlYWtzIHRoZSBjYWxsZXIuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xpZW50SG9va3Mge1xuICAvKiogRXZlcnkgZXZlbnQuICovXG4gIG9uRXZlbnQ/OiAoZXZlbnQ6IFByb21wdEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEEgYGdldFByb21wdGAgY2FsbCBzdWNjZWVkZWQuICovXG4gIG9uRmV0Y2g/OiAoZXZlbnQ6IEZldGNoRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQSBwcm9tcHQgd2FzIHJlbmRlcmVkLiAqL1xuICBvblJlbmRlcj86IChldmVudDogUmVuZGVyRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQSBiYWNrZ3JvdW5kIHJlZnJlc2ggZmluaXNoZWQgKGBva2Agc2F5cyBob3cpLiAqL1xuICBvblJlZnJlc2g/OiAoZXZlbnQ6IFJlZnJlc2hFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBbiBvcGVyYXRpb24gZmFpbGVkIChgZ2V0UHJvbXB0YCwgYHJlbmRlcmAsIGEgcmVmcmVzaCwgYSBzbmFwc2hvdCB3cml0ZVx1MjAyNikuICovXG4gIG9uRXJyb3I/OiAoZXZlbnQ6IEVycm9yRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQW4gZXhwZXJpbWVudCBhc3NpZ25lZCBhIHZhcmlhbnQgKGV4cGVyaW1lbnRzIGFyZSBub3QgY29uZmlndXJhYmxlIHlldCkuICovXG4gIG9uQXNzaWdubWVudD86IChldmVudDogQXNzaWdubWVudEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEFuIG91dGNvbWUgd2FzIHJlY29yZGVkIChub3QgZW1pdHRlZCB5ZXQpLiAqL1xuICBvbk91dGNvbWU/OiAoZXZlbnQ6IE91dGNvbWVFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKlxuICAgKiBDYWxsZWQgd2l0aCB0aGUgZXJyb3Igd2hlbiBhIGhvb2sgb3IgbGlzdGVuZXIgdGhyb3dzIG9yIHJlamVjdHMsIG9uY2UgcGVyIGZhaWx1cmUuXG4gICAqIEBkZWZhdWx0IGEgYGNvbnNvbGUud2FybmAgdGhlIGZpcnN0IHRpbWUgZWFjaCBsaXN0ZW5lciBmYWlsc1xuICAgKi9cbiAgb25MaXN0ZW5lckVycm9yPzogTGlzdGVuZXJFcnJvckhhbmRsZXI7XG59XG5cbi8qKiBUZWxlbWV0cnkgc2V0dGluZ3MuICovXG5leHBvcnQgaW50ZXJmYWNlIFRlbGVtZXRyeU9wdGlvbnMge1xuICAvKipcbiAgICogUHV0IHRoZSB2YXJpYWJsZXMgcGFzc2VkIHRvIGByZW5kZXJgIGludG8gYHJlbmRlcmAgZXZlbnRzIChgaW5wdXRzYCkuIE9mZiBieSBkZWZhdWx0OiBpbnB1dHNcbiAgICogb2Z0ZW4gaG9sZCBwZXJzb25hbCBkYXRhLiBFdmVudCBgaW5wdXRLZXlzYCBhbHdheXMgbGlzdHMgdGhlIG5hbWVzLlxuICAgKiBAZGVmYXVsdCBmYWxzZVxuICAgKi9cbiAgaW5jbHVkZUlucHV0cz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogT3B0aW9ucyBvZiBgY3JlYXRlUHJvbXB0Q2xpZW50YC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoe1xuICogICBzdG9yZTogbWVtb3J5U3RvcmUoW2dyZWV0aW5nXSksXG4gKiAgIHBpbnM6IHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9LFxuICogICBjYWNoZTogeyB0dGxNczogMzBfMDAwIH0sXG4gKiAgIGhvb2tzOiB7IG9uRXJyb3I6IChlKSA9PiBsb2cud2FybihlLmVycm9yKSB9LFxuICogfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRDbGllbnRPcHRpb25zIHtcbiAgLyoqIFdoZXJlIHByb21wdHMgY29tZSBmcm9tOiBgbWVtb3J5U3RvcmVgLCBgaHR0cFN0b3JlYCwgYGxhbmdmdXNlU3RvcmVgLCBgZmlsZVN0b3JlYCAoYHByb21wdG9wcy9mc2ApIG9yIHlvdXIgb3duLiAqL1xuICBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIC8qKlxuICAgKiBTZWxlY3RvciBwZXIgbmFtZSBmb3IgYmFyZSBuYW1lcyAoYGdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpYCk6IGB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfWAuXG4gICAqIEEgbG9ja2ZpbGUgZW50cnkgd2lucyBvdmVyIGEgcGluLlxuICAgKiBAZGVmYXVsdCB7fVxuICAgKi9cbiAgcGlucz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKlxuICAgKiBTZWxlY3RvciBmb3IgYmFyZSBuYW1lcyB0aGF0IGFyZSBuZWl0aGVyIGxvY2tlZCBub3IgcGlubmVkOiBhbiBleGFjdCB2ZXJzaW9uLCBhIHNlbXZlciByYW5nZSxcbiAgICogYSBsYWJlbCBvciBgJ2xhdGVzdCdgICh0aGUgaGlnaGVzdCBub24tcHJlcmVsZWFzZSB2ZXJzaW9uKS5cbiAgICogQGRlZmF1bHQgJ2xhdGVzdCdcbiAgICovXG4gIGRlZmF1bHRTZWxlY3Rvcj86IHN0cmluZztcbiAgLyoqXG4gICAqIEEgcGFyc2VkIGBwcm9tcHRvcHMubG9jay5qc29uYCAoc2VlIGBwYXJzZUxvY2tmaWxlYCkuIEEgbG9ja2VkIG5hbWUgbG9hZHMgZXhhY3RseSB0aGUgbG9ja2VkXG4gICAqIHZlcnNpb24gYW5kIG11c3QgaGF2ZSB0aGUgbG9ja2VkIGhhc2guIChBIHBhdGggaXMgYWNjZXB0ZWQgYnkgdGhlIE5vZGUgZW50cnkgb25seS4pXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gbG9ja2ZpbGUpXG4gICAqL1xuICBsb2NrZmlsZT86IExvY2tmaWxlO1xuICAvKipcbiAgICogQ2FjaGUgc2V0dGluZ3MsIG9yIGBmYWxzZWAgdG8gYXNrIHRoZSBzdG9yZSBvbiBldmVyeSBjYWxsIChjb25jdXJyZW50IGlkZW50aWNhbCBjYWxscyBzdGlsbCBzaGFyZSBvbmUgbG9hZCkuXG4gICAqIEBkZWZhdWx0IHsgbWF4OiAxMDAwLCB0dGxNczogNjBfMDAwLCBtYXhTdGFsZU1zOiA4Nl80MDBfMDAwIH1cbiAgICovXG4gIGNhY2hlPzogQ2FjaGVPcHRpb25zIHwgZmFsc2U7XG4gIC8qKlxuICAgKiBWYWxpZGF0ZSB2YXJpYWJsZXMgYmVmb3JlIHJlbmRlcmluZyAob25lIGBQcm9tcHRJbnB1dEVycm9yYCBsaXN0aW5nIGV2ZXJ5IHByb2JsZW0pLCBhbmQgdHJlYXQgYVxuICAgKiBtaXNzaW5nIHBhcnRpYWwgYXMgYSBgUHJvbXB0Rm9ybWF0RXJyb3JgLiBgZmFsc2VgIHJlbmRlcnMgbWlzc2luZyB2YXJpYWJsZXMgYW5kIHBhcnRpYWxzIGFzIGVtcHR5LlxuICAgKiBBIGBnZXRQcm9tcHRgIG9yIGByZW5kZXJgIGNhbGwgbWF5IG92ZXJyaWRlIGl0LlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xuICAvKipcbiAgICogRXZlbnQgaG9va3MuIE1vcmUgbGlzdGVuZXJzIGNhbiBiZSBhZGRlZCBsYXRlciB3aXRoIGBjbGllbnQub24odHlwZSwgbGlzdGVuZXIpYC5cbiAgICogQGRlZmF1bHQge31cbiAgICovXG4gIGhvb2tzPzogQ2xpZW50SG9va3M7XG4gIC8qKlxuICAgKiBUZWxlbWV0cnkgc2V0dGluZ3MuXG4gICAqIEBkZWZhdWx0IHsgaW5jbHVkZUlucHV0czogZmFsc2UgfVxuICAgKi9cbiAgdGVsZW1ldHJ5PzogVGVsZW1ldHJ5T3B0aW9ucztcbiAgLyoqXG4gICAqIFdoZXJlIHRvIHBlcnNpc3QgdGhlIGxhc3Qga25vd24gZ29vZCByZWNvcmRzLCB1c2VkIG9uIGEgY29sZCBzdGFydCB3aGVuIHRoZSBzdG9yZSBjYW5ub3QgYmVcbiAgICogcmVhY2hlZDogYW55IGB7IHJlYWQsIHdyaXRlIH1gIChlLmcuIGBtZW1vcnlTbmFwc2hvdCgpYCk7IHRoZSBOb2RlIGVudHJ5IGFsc28gdGFrZXMgYHsgcGF0aCB9YC5cbiAgICogQGRlZmF1bHQgdW5kZWZpbmVkIChubyBzbmFwc2hvdClcbiAgICovXG4gIHNuYXBzaG90PzogU25hcHNob3RBZGFwdGVyO1xuICAvKipcbiAgICogVGhlIGNsb2NrIHRoYXQgYWdlcyBjYWNoZSBlbnRyaWVzIGFuZCB0aW1lcyBldmVudHMuXG4gICAqIEBkZWZhdWx0IHsgbm93OiBEYXRlLm5vdyB9IChldmVudCBkdXJhdGlvbnMgdXNlIGBwZXJmb3JtYW5jZS5ub3coKWAgd2hlbiBubyBjbG9jayBpcyBnaXZlbilcbiAgICovXG4gIGNsb2NrPzogQ2xvY2s7XG4gIC8qKlxuICAgKiBUaW1lcnMgZm9yIHRoZSBiYXRjaGVkIHNuYXBzaG90IHdyaXRlcy5cbiAgICogQGRlZmF1bHQgZ2xvYmFsVGhpcy5zZXRUaW1lb3V0IC8gY2xlYXJUaW1lb3V0XG4gICAqL1xuICB0aW1lcnM/OiBUaW1lcnM7XG59XG5cbi8qKiBPcHRpb25zIGFmdGVyIHZhbGlkYXRpb24gYW5kIGRlZmF1bHRzLiBJbnRlcm5hbC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZWRDbGllbnRPcHRpb25zIHtcbiAgc3RvcmU6IFByb21wdFN0b3JlO1xuICBwaW5zOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PjtcbiAgZGVmYXVsdFNlbGVjdG9yOiBzdHJpbmc7XG4gIGxvY2tmaWxlOiBMb2NrZmlsZSB8IHVuZGVmaW5lZDtcbiAgY2FjaGU6IFJlcXVpcmVkPENhY2hlT3B0aW9ucz4gfCBmYWxzZTtcbiAgc3RyaWN0OiBib29sZWFuO1xuICBob29rczogQ2xpZW50SG9va3M7XG4gIGluY2x1ZGVJbnB1dHM6IGJvb2xlYW47XG4gIHNuYXBzaG90OiBTbmFwc2hvdEFkYXB0ZXIgfCB1bmRlZmluZWQ7XG4gIGNsb2NrOiBDbG9jayB8IHVuZGVmaW5lZDtcbiAgdGltZXJzOiBUaW1lcnM7XG59XG5cbi8qKiBEZWZhdWx0IGNhY2hlIHNldHRpbmdzLiAqL1xuZXhwb3J0IGNvbnN0IERFRkFVTFRfQ0FDSEU6IFJlYWRvbmx5PFJlcXVpcmVkPENhY2hlT3B0aW9ucz4+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIG1heDogMTAwMCxcbiAgdHRsTXM6IDYwXzAwMCxcbiAgbWF4U3RhbGVNczogODZfNDAwXzAwMCxcbn0pO1xuXG5jb25zdCBmbiA9IChmaXg6IHN0cmluZykgPT5cbiAgei5jdXN0b208KC4uLmFyZ3M6IG5ldmVyW10pID0+IHVua25vd24+KCh2KSA9PiB0eXBlb2YgdiA9PT0gJ2Z1bmN0aW9uJywgeyBlcnJvcjogYG11c3QgYmUgYSBmdW5jdGlvbjsgJHtmaXh9YCB9KTtcblxuY29uc3QgdmFsaWRTZWxlY3RvciA9IHouc3RyaW5nKCkuY2hlY2soXG4gIHoucmVmaW5lKChzKSA9PiBzLmxlbmd0aCA+IDAgJiYgc2VsZWN0b3JLaW5kKHMpICE9PSB1bmRlZmluZWQsIHtcbiAgICBlcnJvcjpcbiAgICAgICdpcyBub3QgYSBzZWxlY3RvcjsgdXNlIGFuIGV4YWN0IHZlcnNpb24gKFwiMS4yLjNcIiksIGEgc2VtdmVyIHJhbmdlIChcIl4xLjJcIiksIGEgbGFiZWwgKFwicHJvZHVjdGlvblwiKSBvciBcImxhdGVzdFwiJyxcbiAgfSksXG4pO1xuXG5jb25zdCBtc1NjaGVtYSA9IHoubnVtYmVyKCkuY2hlY2soei5pbnQoKSwgei5ub25uZWdhdGl2ZSgpKTtcblxuY29uc3Qgb3B0aW9uc1NjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgc3RvcmU6IHouY3VzdG9tPFByb21wdFN0b3JlPihcbiAgICAodikgPT5cbiAgICAgIHR5cGVvZiB2ID09PSAnb2JqZWN0JyAmJlxuICAgICAgdiAhPT0gbnVsbCAmJlxuICAgICAgdHlwZW9mICh2IGFzIFByb21wdFN0b3JlKS5uYW1lID09PSAnc3RyaW5nJyAmJlxuICAgICAgdHlwZW9mICh2IGFzIFByb21wdFN0b3JlKS5saXN0VmVyc2lvbnMgPT09ICdmdW5jdGlvbicgJiZcbiAgICAgIHR5cGVvZiAodiBhcyBQcm9tcHRTdG9yZSkuZ2V0VmVyc2lvbiA9PT0gJ2Z1bmN0aW9uJyxcbiAgICB7XG4gICAgICBlcnJvcjpcbiAgICAgICAgJ211c3QgYmUgYSBwcm9tcHQgc3RvcmUgKHsgbmFtZSwgbGlzdFZlcnNpb25zKCksIGdldFZlcnNpb24oKSB9KTsgcGFzcyBtZW1vcnlTdG9yZShbLi4uXSksIGh0dHBTdG9yZSh7IHVybCB9KSwgJyArXG4gICAgICAgIFwiZmlsZVN0b3JlKHsgZGlyIH0pIGZyb20gJ3Byb21wdG9wcy9mcycsIG9yIHlvdXIgb3duIGFkYXB0ZXJcIixcbiAgICB9LFxuICApLFxuICBwaW5zOiB6Lm9wdGlvbmFsKFxuICAgIHoucmVjb3JkKFxuICAgICAgei5zdHJpbmcoKS5jaGVjayhcbiAgICAgICAgei5yZWZpbmUoKG5hbWUpID0+IGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lKSA9PT0gdW5kZWZpbmVkLCB7XG4gICAgICAgICAgZXJyb3I6ICdoYXMgYSBrZXkgdGhhdCBpcyBub3QgYSBwcm9tcHQgbmFtZTsga2V5cyBhcmUgbmFtZXMgc3VjaCBhcyBcInN1cHBvcnQvZ3JlZXRpbmdcIicsXG4gICAgICAgIH0pLFxuICAgICAgKSxcbiAgICAgIHZhbGlkU2VsZWN0b3IsXG4gICAgKSxcbiAgKSxcbiAgZGVmYXVsdFNlbGVjdG9yOiB6Lm9wdGlvbmFsKHZhbGlkU2VsZWN0b3IpLFxuICBsb2NrZmlsZTogei5vcHRpb25hbCh6LnVua25vd24oKSksXG4gIGNhY2hlOiB6Lm9wdGlvbmFsKFxuICAgIHoudW5pb24oW1xuICAgICAgei5saXRlcmFsKGZhbHNlKSxcbiAgICAgIHouc3RyaWN0T2JqZWN0KHtcbiAgICAgICAgbWF4OiB6Lm9wdGlvbmFsKHoubnVtYmVyKCkuY2hlY2soei5pbnQoKSwgei5wb3NpdGl2ZSgpKSksXG4gICAgICAgIHR0bE1zOiB6Lm9wdGlvbmFsKG1zU2NoZW1hKSxcbiAgICAgICAgbWF4U3RhbGVNczogei5vcHRpb25hbChtc1NjaGVtYSksXG4gICAgICB9KSxcbiAgICBdKSxcbiAgKSxcbiAgc3RyaWN0OiB6Lm9wdGlvbmFsKHouYm9vbGVhbigpKSxcbiAgaG9va3M6IHoub3B0aW9uYWwoXG4gICAgei5zdHJpY3RPYmplY3Qoe1xuICAgICAgb25FdmVudDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbkZldGNoOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uUmVuZGVyOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uUmVmcmVzaDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbkVycm9yOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uQXNzaWdubWVudDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbk91dGNvbWU6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25MaXN0ZW5lckVycm9yOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChlcnJvciwgZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgfSksXG4gICksXG4gIHRlbGVtZXRyeTogei5vcHRpb25hbCh6LnN0cmljdE9iamVjdCh7IGluY2x1ZGVJbnB1dHM6IHoub3B0aW9uYWwoei5ib29sZWFuKCkpIH0pKSxcbiAgc25hcHNob3Q6IHoub3B0aW9uYWwoXG4gICAgei5vYmplY3Qoe1xuICAgICAgcmVhZDogZm4oJ2Egc25hcHNob3QgaXMgeyByZWFkKCksIHdyaXRlKGRhdGEpIH0sIGUuZy4gbWVtb3J5U25hcHNob3QoKScpLFxuICAgICAgd3JpdGU6IGZuKCdhIHNuYXBzaG90IGlzIHsgcmVhZCgpLCB3cml0ZShkYXRhKSB9LCBlLmcuIG1lbW9yeVNuYXBzaG90KCknKSxcbiAgICAgIHdyaXRlRGVsYXlNczogei5vcHRpb25hbChtc1NjaGVtYSksXG4gICAgfSksXG4gICksXG4gIGNsb2NrOiB6Lm9wdGlvbmFsKHoub2JqZWN0KHsgbm93OiBmbigncGFzcyB7IG5vdzogKCkgPT4gbWlsbGlzZWNvbmRzIH0nKSB9KSksXG4gIHRpbWVyczogei5vcHRpb25hbChcbiAgICB6Lm9iamVjdCh7XG4gICAgICBzZXRUaW1lb3V0OiBmbigncGFzcyB7IHNldFRpbWVvdXQoY2FsbGJhY2ssIG1zKSwgY2xlYXJUaW1lb3V0KGhhbmRsZSkgfScpLFxuICAgICAgY2xlYXJUaW1lb3V0OiBmbigncGFzcyB7IHNldFRpbWVvdXQoY2FsbGJhY2ssIG1zKSwgY2xlYXJUaW1lb3V0KGhhbmRsZSkgfScpLFxuICAgIH0pLFxuICApLFxufSk7XG5cbmNvbnN0IEtOT1dOX0tFWVM6IFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IHN0cmluZ1tdPiA9IHtcbiAgJyc6IE9iamVjdC5rZXlzKG9wdGlvbnNTY2hlbWEuZGVmLnNoYXBlKSxcbiAgY2FjaGU6IFsnbWF4JywgJ3R0bE1zJywgJ21heFN0YWxlTXMnXSxcbiAgaG9va3M6IFsnb25FdmVudCcsICdvbkZldGNoJywgJ29uUmVuZGVyJywgJ29uUmVmcmVzaCcsICdvbkVycm9yJywgJ29uQXNzaWdubWVudCcsICdvbk91dGNvbWUnLCAnb25MaXN0ZW5lckVycm9yJ10sXG4gIHRlbGVtZXRyeTogWydpbmNsdWRlSW5wdXRzJ10sXG59O1xuXG5jb25zdCBISU5UUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgY2FjaGU6ICdwYXNzIGZhbHNlLCBvciB7IG1heCwgdHRsTXMsIG1heFN0YWxlTXMgfScsXG4gICdjYWNoZS5tYXgnOiAnYSBwb3NpdGl2ZSBpbnRlZ2VyIGNvdW50IG9mIHByb21wdCB2ZXJzaW9ucycsXG4gICdjYWNoZS50dGxNcyc6ICdhIHdob2xlIG51bWJlciBvZiBtaWxsaXNlY29uZHMsIGUuZy4gNjBfMDAwJyxcbiAgJ2NhY2hlLm1heFN0YWxlTXMnOiAnYSB3aG9sZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzLCBlLmcuIDg2XzQwMF8wMDAnLFxuICAnc25hcHNob3Qud3JpdGVEZWxheU1zJzogJ2Egd2hvbGUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kcycsXG4gIHN0cmljdDogJ3Bhc3MgdHJ1ZSBvciBmYWxzZScsXG4gIHBpbnM6IFwicGFzcyB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfVwiLFxuICAndGVsZW1ldHJ5LmluY2x1ZGVJbnB1dHMnOiAncGFzcyB0cnVlIG9yIGZhbHNlJyxcbn07XG5cbi8qKlxuICogVmFsaWRhdGUgY2xpZW50IG9wdGlvbnMgYW5kIGFwcGx5IGRlZmF1bHRzLlxuICogQHRocm93cyBgQ29uZmlnRXJyb3JgIG5hbWluZyB0aGUgb3B0aW9uLCBlLmcuIGBjYWNoZS50dGxNczogbXVzdCBiZSBhdCBsZWFzdCAwOiBcdTIwMjZgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZUNsaWVudE9wdGlvbnMob3B0aW9uczogUHJvbXB0Q2xpZW50T3B0aW9ucyk6IFJlc29sdmVkQ2xpZW50T3B0aW9ucyB7XG4gIGlmICh0eXBlb2Ygb3B0aW9ucyAhPT0gJ29iamVjdCcgfHwgb3B0aW9ucyA9PT0gbnVsbCB8fCBBcnJheS5pc0FycmF5KG9wdGlvbnMpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdjcmVhdGVQcm9tcHRDbGllbnQgbmVlZHMgYW4gb3B0aW9ucyBvYmplY3Qgc3VjaCBhcyB7IHN0b3JlOiBtZW1vcnlTdG9yZShbLi4uXSkgfScsIHtcbiAgICAgIG9wdGlvbjogJyhvcHRpb25zKScsXG4gICAgfSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBvcHRpb25zLmxvY2tmaWxlID09PSAnc3RyaW5nJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIFwiaXMgYSBwYXRoLCB3aGljaCBvbmx5IHRoZSBOb2RlIGVudHJ5IHJlYWRzIChpbXBvcnQgZnJvbSAncHJvbXB0b3BzJyB1bmRlciBOb2RlKTsgZWxzZXdoZXJlIHBhc3MgdGhlIHBhcnNlZCBcIiArXG4gICAgICAgICdsb2NrZmlsZSBvYmplY3QgKHBhcnNlTG9ja2ZpbGUoSlNPTi5wYXJzZSh0ZXh0KSkpJyxcbiAgICAgIHsgb3B0aW9uOiAnbG9ja2ZpbGUnIH0sXG4gICAgKTtcbiAgfVxuICBjb25zdCBzbmFwc2hvdDogdW5rbm93biA9IG9wdGlvbnMuc25hcHNob3Q7XG4gIGlmICh0eXBlb2Ygc25hcHNob3QgPT09ICdvYmplY3QnICYmIHNuYXBzaG90ICE9PSBudWxsICYmICdwYXRoJyBpbiBzbmFwc2hvdCAmJiAhKCdyZWFkJyBpbiBzbmFwc2hvdCkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBcInsgcGF0aCB9IGlzIGEgZmlsZSBzbmFwc2hvdCwgd2hpY2ggb25seSB0aGUgTm9kZSBlbnRyeSBwcm92aWRlcyAoaW1wb3J0IGZyb20gJ3Byb21wdG9wcycgdW5kZXIgTm9kZSk7IFwiICtcbiAgICAgICAgJ2Vsc2V3aGVyZSBwYXNzIHsgcmVhZCgpLCB3cml0ZShkYXRhKSB9LCBlLmcuIG1lbW9yeVNuYXBzaG90KCknLFxuICAgICAgeyBvcHRpb246ICdzbmFwc2hvdCcgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHBhcnNlZCA9IHZhbGlkYXRlT3JUaHJvdyhvcHRpb25zU2NoZW1hLCBvcHRpb25zLCB7IGhpbnRzOiBISU5UUywga25vd25LZXlzOiBLTk9XTl9LRVlTIH0pO1xuICBjb25zdCBsb2NrZmlsZSA9IHBhcnNlZC5sb2NrZmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogcGFyc2VMb2NrZmlsZShwYXJzZWQubG9ja2ZpbGUpO1xuICByZXR1cm4ge1xuICAgIHN0b3JlOiBvcHRpb25zLnN0b3JlLFxuICAgIHBpbnM6IG9wdGlvbnMucGlucyA/PyB7fSxcbiAgICBkZWZhdWx0U2VsZWN0b3I6IG9wdGlvbnMuZGVmYXVsdFNlbGVjdG9yID8/ICdsYXRlc3QnLFxuICAgIGxvY2tmaWxlLFxuICAgIGNhY2hlOiBvcHRpb25zLmNhY2hlID09PSBmYWxzZSA/IGZhbHNlIDogeyAuLi5ERUZBVUxUX0NBQ0hFLCAuLi5zdHJpcFVuZGVmaW5lZChvcHRpb25zLmNhY2hlID8/IHt9KSB9LFxuICAgIHN0cmljdDogb3B0aW9ucy5zdHJpY3QgPz8gdHJ1ZSxcbiAgICBob29rczogb3B0aW9ucy5ob29rcyA/PyB7fSxcbiAgICBpbmNsdWRlSW5wdXRzOiBvcHRpb25zLnRlbGVtZXRyeT8uaW5jbHVkZUlucHV0cyA/PyBmYWxzZSxcbiAgICBzbmFwc2hvdDogb3B0aW9ucy5zbmFwc2hvdCxcbiAgICBjbG9jazogb3B0aW9ucy5jbG9jayxcbiAgICB0aW1lcnM6IG9wdGlvbnMudGltZXJzID8/IHtcbiAgICAgIHNldFRpbWVvdXQ6IChjYWxsYmFjaywgbXMpID0+IGdsb2JhbFRoaXMuc2V0VGltZW91dChjYWxsYmFjaywgbXMpLFxuICAgICAgY2xlYXJUaW1lb3V0OiAoaGFuZGxlKSA9PiBnbG9iYWxUaGlzLmNsZWFyVGltZW91dChoYW5kbGUgYXMgUmV0dXJuVHlwZTx0eXBlb2Ygc2V0VGltZW91dD4pLFxuICAgIH0sXG4gIH07XG59XG5cbmZ1bmN0aW9uIHN0cmlwVW5kZWZpbmVkPFQgZXh0ZW5kcyBvYmplY3Q+KHZhbHVlOiBUKTogUGFydGlhbDxUPiB7XG4gIGNvbnN0IG91dDogUGFydGlhbDxUPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIGlmICh2ICE9PSB1bmRlZmluZWQpIChvdXQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tdID0gdjtcbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvKipcbiAqIFRoZSBwdWJsaWMgYFByb21wdGAgb2JqZWN0IGBnZXRQcm9tcHRgIHJldHVybnM6IG9uZSBjb21waWxlZCBwcm9tcHQgdmVyc2lvbiBwbHVzIGhvdyBpdCB3YXNcbiAqIHNlcnZlZCwgd2l0aCBhIHN5bmMsIHZhbGlkYXRlZCBgcmVuZGVyYC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgeyBDb21waWxlZFByb21wdCwgUmVuZGVyT3B0aW9ucyB9IGZyb20gJy4uL2VuZ2luZS9wcm9tcHQuanMnO1xuaW1wb3J0IHR5cGUgeyBDaGF0TWVzc2FnZSwgUHJvbXB0TWV0YWRhdGEsIFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRFbWl0dGVyIH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2VtaXR0ZXIuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTb3VyY2UsIFJlbmRlckV2ZW50IH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2V2ZW50cy5qcyc7XG5pbXBvcnQgdHlwZSB7IENvbXBpbGVkRW50cnkgfSBmcm9tICcuL2NhY2hlLmpzJztcblxuLyoqIFZhcmlhYmxlcyBvZiBhIHByb21wdCB3aG9zZSB0eXBlIGlzIG5vdCBrbm93biAobm90IGluIHtAbGluayBQcm9tcHRSZWdpc3RyeX0pLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0VmFyaWFibGVzID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG5cbi8qKlxuICogUmVnaXN0cnkgb2Yga25vd24gcHJvbXB0czogYHByb21wdG9wcyB0eXBlZ2VuYCBhdWdtZW50cyBpdCBzbyB0aGF0IGBnZXRQcm9tcHQoJ3N1cHBvcnQvZ3JlZXRpbmcnKWBcbiAqIGF1dG9jb21wbGV0ZXMgbmFtZXMgYW5kIHR5cGVzIGByZW5kZXIoKWAncyBhcmd1bWVudC4gRWFjaCBlbnRyeSBtYXBzIGEgbmFtZSB0byBpdHMgdmFyaWFibGVzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogZGVjbGFyZSBtb2R1bGUgJ3Byb21wdG9wcycge1xuICogICBpbnRlcmZhY2UgUHJvbXB0UmVnaXN0cnkge1xuICogICAgICdzdXBwb3J0L2dyZWV0aW5nJzogeyBjb21wYW55OiBzdHJpbmc7IGN1c3RvbWVyOiBzdHJpbmc7IHRvbmU/OiAnZm9ybWFsJyB8ICdmcmllbmRseScgfCBudWxsIH07XG4gKiAgIH1cbiAqIH1cbiAqIGBgYFxuICovXG4vLyBiaW9tZS1pZ25vcmUgbGludC9zdXNwaWNpb3VzL25vRW1wdHlJbnRlcmZhY2U6IGF1Z21lbnRlZCBieSBgcHJvbXB0b3BzIHR5cGVnZW5gIGRlY2xhcmF0aW9ucy5cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0UmVnaXN0cnkge31cblxuLyoqIE5hbWVzIHJlZ2lzdGVyZWQgaW4ge0BsaW5rIFByb21wdFJlZ2lzdHJ5fS4gKi9cbmV4cG9ydCB0eXBlIFJlZ2lzdGVyZWRQcm9tcHROYW1lID0gRXh0cmFjdDxrZXlvZiBQcm9tcHRSZWdpc3RyeSwgc3RyaW5nPjtcblxuLyoqIEEgcHJvbXB0IHNwZWM6IGEgcmVnaXN0ZXJlZCBuYW1lIChhdXRvY29tcGxldGVkKSwgYG5hbWVAc2VsZWN0b3JgLCBvciBhbnkgc3RyaW5nLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0U3BlY1N0cmluZyA9IFJlZ2lzdGVyZWRQcm9tcHROYW1lIHwgYCR7UmVnaXN0ZXJlZFByb21wdE5hbWV9QCR7c3RyaW5nfWAgfCAoc3RyaW5nICYge30pO1xuXG4vKiogVGhlIHZhcmlhYmxlcyB0eXBlIG9mIGEgc3BlYzogdGhlIHJlZ2lzdHJ5IGVudHJ5IG9mIGl0cyBuYW1lLCBlbHNlIHtAbGluayBQcm9tcHRWYXJpYWJsZXN9LiAqL1xuZXhwb3J0IHR5cGUgVmFyaWFibGVzT2Y8UyBleHRlbmRzIHN0cmluZz4gPSAoUyBleHRlbmRzIGAke2luZmVyIE59QCR7c3RyaW5nfWAgPyBOIDogUykgZXh0ZW5kcyBpbmZlciBOXG4gID8gTiBleHRlbmRzIFJlZ2lzdGVyZWRQcm9tcHROYW1lXG4gICAgPyBQcm9tcHRSZWdpc3RyeVtOXSBleHRlbmRzIG9iamVjdFxuICAgICAgPyBQcm9tcHRSZWdpc3RyeVtOXVxuICAgICAgOiBQcm9tcHRWYXJpYWJsZXNcbiAgICA6IFByb21wdFZhcmlhYmxlc1xuICA6IFByb21wdFZhcmlhYmxlcztcblxuLyoqIE1lc3NhZ2VzIHBhc3NlZCBmb3IgdGhlIHBsYWNlaG9sZGVycyBvZiBhIGNoYXQgcHJvbXB0LCBieSBwbGFjZWhvbGRlciBuYW1lLiAqL1xuZXhwb3J0IHR5cGUgUGxhY2Vob2xkZXJzID0gUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXT47XG5cbi8qKiBBcmd1bWVudHMgb2YgYHJlbmRlcmA6IGB2YXJzYCBpcyBvcHRpb25hbCB3aGVuIGV2ZXJ5IHZhcmlhYmxlIGlzLiAqL1xuZXhwb3J0IHR5cGUgUmVuZGVyQXJnczxWPiA9XG4gIFBhcnRpYWw8Vj4gZXh0ZW5kcyBWID8gW3ZhcnM/OiBWLCBvcHRpb25zPzogUmVuZGVyT3B0aW9uc10gOiBbdmFyczogViwgb3B0aW9ucz86IFJlbmRlck9wdGlvbnNdO1xuXG4vKiogQXJndW1lbnRzIG9mIGByZW5kZXJNZXNzYWdlc2A6IGB2YXJzYCBpcyBvcHRpb25hbCB3aGVuIGV2ZXJ5IHZhcmlhYmxlIGlzLiAqL1xuZXhwb3J0IHR5cGUgUmVuZGVyTWVzc2FnZXNBcmdzPFY+ID1cbiAgUGFydGlhbDxWPiBleHRlbmRzIFZcbiAgICA/IFt2YXJzPzogViwgcGxhY2Vob2xkZXJzPzogUGxhY2Vob2xkZXJzLCBvcHRpb25zPzogUmVuZGVyT3B0aW9uc11cbiAgICA6IFt2YXJzOiBWLCBwbGFjZWhvbGRlcnM/OiBQbGFjZWhvbGRlcnMsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zXTtcblxuLyoqXG4gKiBPbmUgdmVyc2lvbiBvZiBhIHByb21wdCwgcmVhZHkgdG8gcmVuZGVyLiBSZXR1cm5lZCBieSBgZ2V0UHJvbXB0YDsgY2hlYXAgdG8gY3JlYXRlLCBzYWZlIHRvIGtlZXAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBwID0gYXdhaXQgcHJvbXB0cy5nZXRQcm9tcHQoJ3N1cHBvcnQvZ3JlZXRpbmcnKTtcbiAqIHAudmVyc2lvbjsgLy8gJzEuMi4zJ1xuICogcC5zb3VyY2U7ICAvLyAnc3RvcmUnIHwgJ2NhY2hlJyB8ICdzdGFsZScgfCAnc25hcHNob3QnIHwgJ2ZhbGxiYWNrJ1xuICogY29uc3QgdGV4dCA9IHAucmVuZGVyKHsgY29tcGFueTogJ0FjbWUnLCBjdXN0b21lcjogJ0FkYScgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHQ8ViBleHRlbmRzIG9iamVjdCA9IFByb21wdFZhcmlhYmxlcz4ge1xuICAvKiogVGhlIHByb21wdCBuYW1lLCBlLmcuIGAnc3VwcG9ydC9ncmVldGluZydgLiAqL1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgZXhhY3QgdmVyc2lvbiBzZXJ2ZWQsIGUuZy4gYCcxLjIuMydgIChgJzAuMC4wJ2AgZm9yIGEgdGVtcGxhdGUtc3RyaW5nIGZhbGxiYWNrKS4gKi9cbiAgcmVhZG9ubHkgdmVyc2lvbjogc3RyaW5nO1xuICAvKiogYCdzaGEyNTYtPGhleD4nYCBvZiB0aGUgY29udGVudC4gKi9cbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nO1xuICAvKiogTGFiZWxzIHRoZSB2ZXJzaW9uIGNhcnJpZWQgd2hlbiBpdCB3YXMgbG9hZGVkLiAqL1xuICByZWFkb25seSBsYWJlbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogYCd0ZXh0J2AgKHVzZSBgcmVuZGVyYCkgb3IgYCdjaGF0J2AgKHVzZSBgcmVuZGVyTWVzc2FnZXNgKS4gKi9cbiAgcmVhZG9ubHkgdHlwZTogJ3RleHQnIHwgJ2NoYXQnO1xuICAvKiogVGhlIG1vZGVsIGNvbmZpZ3VyYXRpb24gb2YgdGhlIHJlY29yZCwgZnJlZS1mb3JtLiAqL1xuICByZWFkb25seSBtb2RlbDogdW5rbm93bjtcbiAgLyoqIERlc2NyaXB0aW9uLCBvd25lciwgdGFnc1x1MjAyNiBvZiB0aGUgcmVjb3JkLiAqL1xuICByZWFkb25seSBtZXRhZGF0YTogUHJvbXB0TWV0YWRhdGEgfCB1bmRlZmluZWQ7XG4gIC8qKiBXaGF0IHNlcnZlZCB0aGlzIGNhbGw6IHRoZSBzdG9yZSwgdGhlIGNhY2hlLCBhIHN0YWxlIGNhY2hlIGVudHJ5LCB0aGUgc25hcHNob3Qgb3IgdGhlIGZhbGxiYWNrLiAqL1xuICByZWFkb25seSBzb3VyY2U6IFByb21wdFNvdXJjZTtcbiAgLyoqIElucHV0IHZhcmlhYmxlIG5hbWVzIChkZWNsYXJlZCwgb3IgaW5mZXJyZWQgZnJvbSB0aGUgdGVtcGxhdGUpLiAqL1xuICByZWFkb25seSB2YXJpYWJsZXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogVGhlIGV4cGVyaW1lbnQgdmFyaWFudCwgd2hlbiBhbiBleHBlcmltZW50IHBpY2tlZCB0aGlzIHZlcnNpb24uICovXG4gIHJlYWRvbmx5IHZhcmlhbnQ/OiBzdHJpbmc7XG4gIC8qKiBUaGUgc2VsZWN0b3IgdGhhdCB3YXMgcmVzb2x2ZWQgKGFmdGVyIGxvY2tmaWxlIGFuZCBwaW5zKSwgZS5nLiBgJ14xLjIuMCdgLiAqL1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICAvKipcbiAgICogUmVuZGVyIGEgdGV4dCBwcm9tcHQ6IGRlZmF1bHRzICsgYHZhcnNgLCB2YWxpZGF0ZWQgYWdhaW5zdCB0aGUgaW5wdXQgc2NoZW1hIHdoZW4gc3RyaWN0IChvbmVcbiAgICogYFByb21wdElucHV0RXJyb3JgIGxpc3RpbmcgZXZlcnkgcHJvYmxlbSkuIFN5bmM7IGVtaXRzIGEgYHJlbmRlcmAgZXZlbnQuXG4gICAqL1xuICByZW5kZXIoLi4uYXJnczogUmVuZGVyQXJnczxWPik6IHN0cmluZztcbiAgLyoqIFJlbmRlciBhIGNoYXQgcHJvbXB0IHRvIGB7IHJvbGUsIGNvbnRlbnQgfWAgbWVzc2FnZXM7IHBsYWNlaG9sZGVycyB0YWtlIHRoZSBtZXNzYWdlcyBwYXNzZWQgZm9yIHRoZW0uICovXG4gIHJlbmRlck1lc3NhZ2VzKC4uLmFyZ3M6IFJlbmRlck1lc3NhZ2VzQXJnczxWPik6IENoYXRNZXNzYWdlW107XG4gIC8qKiBUaGUgcmVjb3JkICh3aXRoIGl0cyBgaGFzaGApLCBmb3IgYEpTT04uc3RyaW5naWZ5YC4gKi9cbiAgdG9KU09OKCk6IFByb21wdFJlY29yZDtcbn1cblxuLyoqIFdoYXQgYSB7QGxpbmsgUHJvbXB0SGFuZGxlfSBuZWVkcyBmcm9tIGl0cyBjbGllbnQuIEludGVybmFsLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRDb250ZXh0IHtcbiAgcmVhZG9ubHkgZW1pdHRlcjogUHJvbXB0RW1pdHRlcjtcbiAgcmVhZG9ubHkgaW5jbHVkZUlucHV0czogYm9vbGVhbjtcbiAgLyoqIE1vbm90b25pYy1pc2ggbXMsIGZvciBkdXJhdGlvbnMuICovXG4gIHJlYWRvbmx5IGVsYXBzZWQ6ICgpID0+IG51bWJlcjtcbn1cblxuLyoqIFRoZSB7QGxpbmsgUHJvbXB0fSBpbXBsZW1lbnRhdGlvbi4gSW50ZXJuYWw6IGJ1aWxkIGl0IHdpdGggYG5ldyBQcm9tcHRIYW5kbGUoLi4uKWAgaW4gdGhlIGNsaWVudC4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRIYW5kbGU8ViBleHRlbmRzIG9iamVjdCA9IFByb21wdFZhcmlhYmxlcz4gaW1wbGVtZW50cyBQcm9tcHQ8Vj4ge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nO1xuICByZWFkb25seSBsYWJlbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICByZWFkb25seSB0eXBlOiAndGV4dCcgfCAnY2hhdCc7XG4gIHJlYWRvbmx5IG1vZGVsOiB1bmtub3duO1xuICByZWFkb25seSBtZXRhZGF0YTogUHJvbXB0TWV0YWRhdGEgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IHNvdXJjZTogUHJvbXB0U291cmNlO1xuICByZWFkb25seSB2YXJpYWJsZXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICByZWFkb25seSAjZW50cnk6IENvbXBpbGVkRW50cnk7XG4gIHJlYWRvbmx5ICNjb21waWxlZDogQ29tcGlsZWRQcm9tcHQ7XG4gIHJlYWRvbmx5ICNlbWl0dGVyOiBQcm9tcHRFbWl0dGVyO1xuICByZWFkb25seSAjY3R4OiBQcm9tcHRDb250ZXh0O1xuICByZWFkb25seSAjb3B0aW9uczogUmVuZGVyT3B0aW9ucztcblxuICBjb25zdHJ1Y3RvcihlbnRyeTogQ29tcGlsZWRFbnRyeSwgc291cmNlOiBQcm9tcHRTb3VyY2UsIHNlbGVjdG9yOiBzdHJpbmcsIHN0cmljdDogYm9vbGVhbiwgY3R4OiBQcm9tcHRDb250ZXh0KSB7XG4gICAgY29uc3QgcmVjb3JkID0gZW50cnkucmVjb3JkO1xuICAgIHRoaXMubmFtZSA9IHJlY29yZC5uYW1lO1xuICAgIHRoaXMudmVyc2lvbiA9IHJlY29yZC52ZXJzaW9uO1xuICAgIHRoaXMuaGFzaCA9IGVudHJ5Lmhhc2g7XG4gICAgdGhpcy5sYWJlbHMgPSByZWNvcmQubGFiZWxzID8/IFtdO1xuICAgIHRoaXMudHlwZSA9IHJlY29yZC50eXBlO1xuICAgIHRoaXMubW9kZWwgPSByZWNvcmQubW9kZWw7XG4gICAgdGhpcy5tZXRhZGF0YSA9IHJlY29yZC5tZXRhZGF0YTtcbiAgICB0aGlzLnNvdXJjZSA9IHNvdXJjZTtcbiAgICB0aGlzLnZhcmlhYmxlcyA9IGVudHJ5LmNvbXBpbGVkLnZhcmlhYmxlcztcbiAgICB0aGlzLnNlbGVjdG9yID0gc2VsZWN0b3I7XG4gICAgdGhpcy4jZW50cnkgPSBlbnRyeTtcbiAgICB0aGlzLiNjb21waWxlZCA9IGVudHJ5LmNvbXBpbGVkO1xuICAgIHRoaXMuI2VtaXR0ZXIgPSBjdHguZW1pdHRlcjtcbiAgICB0aGlzLiNjdHggPSBjdHg7XG4gICAgdGhpcy4jb3B0aW9ucyA9IHsgc3RyaWN0IH07XG4gIH1cblxuICByZW5kZXIodmFycz86IFYsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogc3RyaW5nO1xuICByZW5kZXIoaW5wdXQ/OiBvYmplY3QsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogc3RyaW5nIHtcbiAgICBjb25zdCB2YXJzID0gaW5wdXQgYXMgUHJvbXB0VmFyaWFibGVzIHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlbmRlck9wdGlvbnMgPSBvcHRpb25zPy5zdHJpY3QgPT09IHVuZGVmaW5lZCA/IHRoaXMuI29wdGlvbnMgOiBvcHRpb25zO1xuICAgIGlmICghdGhpcy4jZW1pdHRlci5hY3RpdmUpIHJldHVybiB0aGlzLiNjb21waWxlZC5yZW5kZXIodmFycywgcmVuZGVyT3B0aW9ucyk7XG4gICAgcmV0dXJuIHRoaXMuI29ic2VydmUoXG4gICAgICB2YXJzLFxuICAgICAgKCkgPT4gdGhpcy4jY29tcGlsZWQucmVuZGVyKHZhcnMsIHJlbmRlck9wdGlvbnMpLFxuICAgICAgKHRleHQpID0+IHRleHQubGVuZ3RoLFxuICAgICk7XG4gIH1cblxuICByZW5kZXJNZXNzYWdlcyh2YXJzPzogViwgcGxhY2Vob2xkZXJzPzogUGxhY2Vob2xkZXJzLCBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyk6IENoYXRNZXNzYWdlW107XG4gIHJlbmRlck1lc3NhZ2VzKGlucHV0Pzogb2JqZWN0LCBwbGFjZWhvbGRlcnM/OiBQbGFjZWhvbGRlcnMsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogQ2hhdE1lc3NhZ2VbXSB7XG4gICAgY29uc3QgdmFycyA9IGlucHV0IGFzIFByb21wdFZhcmlhYmxlcyB8IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZW5kZXJPcHRpb25zID0gb3B0aW9ucz8uc3RyaWN0ID09PSB1bmRlZmluZWQgPyB0aGlzLiNvcHRpb25zIDogb3B0aW9ucztcbiAgICBpZiAoIXRoaXMuI2VtaXR0ZXIuYWN0aXZlKSByZXR1cm4gdGhpcy4jY29tcGlsZWQucmVuZGVyTWVzc2FnZXModmFycywgcGxhY2Vob2xkZXJzLCByZW5kZXJPcHRpb25zKTtcbiAgICByZXR1cm4gdGhpcy4jb2JzZXJ2ZShcbiAgICAgIHZhcnMsXG4gICAgICAoKSA9PiB0aGlzLiNjb21waWxlZC5yZW5kZXJNZXNzYWdlcyh2YXJzLCBwbGFjZWhvbGRlcnMsIHJlbmRlck9wdGlvbnMpLFxuICAgICAgKG1lc3NhZ2VzKSA9PiBtZXNzYWdlcy5yZWR1Y2UoKHN1bSwgbSkgPT4gc3VtICsgbS5jb250ZW50Lmxlbmd0aCwgMCksXG4gICAgKTtcbiAgfVxuXG4gIHRvSlNPTigpOiBQcm9tcHRSZWNvcmQge1xuICAgIGNvbnN0IHJlY29yZCA9IHRoaXMuI2VudHJ5LnJlY29yZDtcbiAgICByZXR1cm4gcmVjb3JkLmhhc2ggPT09IHRoaXMuaGFzaCA/IHsgLi4ucmVjb3JkIH0gOiB7IC4uLnJlY29yZCwgaGFzaDogdGhpcy5oYXNoIH07XG4gIH1cblxuICAjb2JzZXJ2ZTxUPih2YXJzOiBQcm9tcHRWYXJpYWJsZXMgfCB1bmRlZmluZWQsIHJ1bjogKCkgPT4gVCwgY2hhcnM6IChvdXQ6IFQpID0+IG51bWJlcik6IFQge1xuICAgIGNvbnN0IHsgZW1pdHRlciwgZWxhcHNlZCwgaW5jbHVkZUlucHV0cyB9ID0gdGhpcy4jY3R4O1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBlbGFwc2VkKCk7XG4gICAgbGV0IG91dDogVDtcbiAgICB0cnkge1xuICAgICAgb3V0ID0gcnVuKCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlbWl0dGVyLndhbnRzKCdlcnJvcicpKSB7XG4gICAgICAgIGVtaXR0ZXIuZW1pdCh7IHR5cGU6ICdlcnJvcicsIG5hbWU6IHRoaXMubmFtZSwgc2VsZWN0b3I6IHRoaXMuc2VsZWN0b3IsIGVycm9yOiBhc0Vycm9yKGVycm9yKSB9KTtcbiAgICAgIH1cbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICBpZiAoZW1pdHRlci53YW50cygncmVuZGVyJykpIHtcbiAgICAgIGNvbnN0IGV2ZW50OiBSZW5kZXJFdmVudCA9IHtcbiAgICAgICAgdHlwZTogJ3JlbmRlcicsXG4gICAgICAgIG5hbWU6IHRoaXMubmFtZSxcbiAgICAgICAgdmVyc2lvbjogdGhpcy52ZXJzaW9uLFxuICAgICAgICBoYXNoOiB0aGlzLmhhc2gsXG4gICAgICAgIGR1cmF0aW9uTXM6IGVsYXBzZWQoKSAtIHN0YXJ0ZWQsXG4gICAgICAgIGNoYXJzOiBjaGFycyhvdXQpLFxuICAgICAgICBpbnB1dEtleXM6IHZhcnMgPT09IHVuZGVmaW5lZCB8fCB2YXJzID09PSBudWxsID8gW10gOiBPYmplY3Qua2V5cyh2YXJzKSxcbiAgICAgIH07XG4gICAgICBpZiAoaW5jbHVkZUlucHV0cyAmJiB2YXJzICE9PSB1bmRlZmluZWQpIGV2ZW50LmlucHV0cyA9IHsgLi4udmFycyB9O1xuICAgICAgZW1pdHRlci5lbWl0KGV2ZW50KTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfVxufVxuXG4vKiogYGVycm9yYCBhcyBhbiBgRXJyb3JgICh3cmFwcGluZyBhbnl0aGluZyBlbHNlIHRocm93bikuICovXG5leHBvcnQgZnVuY3Rpb24gYXNFcnJvcihlcnJvcjogdW5rbm93bik6IEVycm9yIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvciA6IG5ldyBFcnJvcihTdHJpbmcoZXJyb3IpKTtcbn1cbiIsICIvKipcbiAqIFNuYXBzaG90czogdGhlIGxhc3Qga25vd24gZ29vZCByZWNvcmRzLCBwZXJzaXN0ZWQgc28gdGhhdCBhIGNvbGQgc3RhcnQgY2FuIHNlcnZlIHByb21wdHMgd2hpbGVcbiAqIHRoZSBzdG9yZSBjYW5ub3QgYmUgcmVhY2hlZC4gQW55IGB7IHJlYWQsIHdyaXRlIH1gIHBhaXIgaXMgYSBzbmFwc2hvdCBhZGFwdGVyOyBgcHJvbXB0b3BzYCBzaGlwc1xuICoge0BsaW5rIG1lbW9yeVNuYXBzaG90fSwgYW5kIHRoZSBOb2RlIGVudHJ5IGEgZmlsZSBzbmFwc2hvdCAoYHNuYXBzaG90OiB7IHBhdGggfWApLlxuICpcbiAqIFdyaXRlcyBhcmUgYmF0Y2hlZDogbG9hZHMgZnJvbSB0aGUgc3RvcmUgYXJlIG5vdGVkLCBhbmQgb25lIHdyaXRlIGhhcHBlbnMgYHdyaXRlRGVsYXlNc2AgYWZ0ZXJcbiAqIHRoZSBmaXJzdCB1bnNhdmVkIG5vdGUgKG9yIGF0IGBjbG9zZSgpYCkuIEVhY2ggd3JpdGUgbWVyZ2VzIHdpdGggd2hhdCB0aGUgYWRhcHRlciBoZWxkIGJlZm9yZSwgc29cbiAqIGVudHJpZXMgb2YgZWFybGllciBydW5zIHN1cnZpdmU7IGEgcmVjb3JkIG5vIHNlbGVjdG9yIHBvaW50cyBhdCBhbnkgbW9yZSBpcyBkcm9wcGVkLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBpc0V4YWN0U2VsZWN0b3IsIHJlc29sdmVTZWxlY3RvciB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcbmltcG9ydCB7IG93blZhbHVlIH0gZnJvbSAnLi9sb2NrZmlsZS5qcyc7XG5pbXBvcnQgeyB2YWxpZGF0ZU9yVGhyb3cgfSBmcm9tICcuL3ZhbGlkYXRlLmpzJztcblxuLyoqIFdoYXQgYSBzbmFwc2hvdCBob2xkcy4gUGxhaW4gSlNPTi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU25hcHNob3REYXRhIHtcbiAgLyoqIEZvcm1hdCB2ZXJzaW9uOyBhbHdheXMgYDFgLiAqL1xuICBzbmFwc2hvdFZlcnNpb246IDE7XG4gIC8qKiBJU08gdGltZSBvZiB0aGUgbGFzdCB3cml0ZS4gKi9cbiAgc2F2ZWRBdDogc3RyaW5nO1xuICAvKiogYG5hbWVAc2VsZWN0b3JgIFx1MjE5MiB0aGUgdmVyc2lvbiAoYW5kIGhhc2gpIGl0IHJlc29sdmVkIHRvIHdoZW4gbGFzdCBsb2FkZWQgZnJvbSB0aGUgc3RvcmUuICovXG4gIHNlbGVjdG9yczogUmVjb3JkPHN0cmluZywgeyB2ZXJzaW9uOiBzdHJpbmc7IGhhc2g6IHN0cmluZyB9PjtcbiAgLyoqIGBuYW1lQHZlcnNpb25gIFx1MjE5MiB0aGUgcmVjb3JkICh3aXRoIGl0cyBgaGFzaGApLiAqL1xuICByZWNvcmRzOiBSZWNvcmQ8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+O1xufVxuXG4vKipcbiAqIFdoZXJlIHNuYXBzaG90cyBsaXZlLiBgcmVhZGAgcmVzb2x2ZXMgdG8gYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lIHlldDsgYSByZWplY3Rpb24gaXNcbiAqIHJlcG9ydGVkIGFzIGFuIGBlcnJvcmAgZXZlbnQgYW5kIHRoZSBzbmFwc2hvdCBpcyB0aGVuIHRyZWF0ZWQgYXMgZW1wdHkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzbmFwc2hvdDogU25hcHNob3RBZGFwdGVyID0ge1xuICogICByZWFkOiBhc3luYyAoKSA9PiBKU09OLnBhcnNlKChhd2FpdCBrdi5nZXQoJ3Byb21wdG9wcy1zbmFwc2hvdCcpKSA/PyAnbnVsbCcpID8/IHVuZGVmaW5lZCxcbiAqICAgd3JpdGU6IChkYXRhKSA9PiBrdi5wdXQoJ3Byb21wdG9wcy1zbmFwc2hvdCcsIEpTT04uc3RyaW5naWZ5KGRhdGEpKSxcbiAqIH07XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTbmFwc2hvdEFkYXB0ZXIge1xuICAvKiogTG9hZCB0aGUgc2F2ZWQgc25hcHNob3QsIG9yIGB1bmRlZmluZWRgIHdoZW4gdGhlcmUgaXMgbm9uZS4gKi9cbiAgcmVhZCgpOiBQcm9taXNlPFNuYXBzaG90RGF0YSB8IHVuZGVmaW5lZD47XG4gIC8qKiBSZXBsYWNlIHRoZSBzYXZlZCBzbmFwc2hvdC4gKi9cbiAgd3JpdGUoZGF0YTogU25hcHNob3REYXRhKTogUHJvbWlzZTx2b2lkPjtcbiAgLyoqXG4gICAqIERlbGF5IGJldHdlZW4gdGhlIGZpcnN0IHVuc2F2ZWQgbG9hZCBhbmQgdGhlIHdyaXRlIHRoYXQgc2F2ZXMgaXQgKGxhdGVyIGxvYWRzIHdpdGhpbiB0aGUgZGVsYXlcbiAgICogam9pbiB0aGUgc2FtZSB3cml0ZSkuXG4gICAqIEBkZWZhdWx0IDEwMDBcbiAgICovXG4gIHdyaXRlRGVsYXlNcz86IG51bWJlcjtcbn1cblxuY29uc3Qgc25hcHNob3RTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHNuYXBzaG90VmVyc2lvbjogei5saXRlcmFsKDEsIHsgZXJyb3I6ICdtdXN0IGJlIDEnIH0pLFxuICBzYXZlZEF0OiB6LnN0cmluZygpLFxuICBzZWxlY3RvcnM6IHoucmVjb3JkKHouc3RyaW5nKCksIHoub2JqZWN0KHsgdmVyc2lvbjogei5zdHJpbmcoKSwgaGFzaDogei5zdHJpbmcoKSB9KSksXG4gIHJlY29yZHM6IHoucmVjb3JkKFxuICAgIHouc3RyaW5nKCksXG4gICAgei5jdXN0b208UHJvbXB0UmVjb3JkPigodikgPT4gdHlwZW9mIHYgPT09ICdvYmplY3QnICYmIHYgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodikpLFxuICApLFxufSk7XG5cbi8qKlxuICogVmFsaWRhdGUgcGFyc2VkIEpTT04gYXMge0BsaW5rIFNuYXBzaG90RGF0YX0gKHJlY29yZHMgdGhlbXNlbHZlcyBhcmUgY2hlY2tlZCB3aGVuIHVzZWQpLlxuICogQHRocm93cyBgQ29uZmlnRXJyb3JgIG5hbWluZyBgd2hlcmVgIGFuZCB0aGUgZmllbGQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVNuYXBzaG90KHZhbHVlOiB1bmtub3duLCB3aGVyZT86IHN0cmluZyk6IFNuYXBzaG90RGF0YSB7XG4gIHJldHVybiB2YWxpZGF0ZU9yVGhyb3coc25hcHNob3RTY2hlbWEsIHZhbHVlLCB7XG4gICAgcm9vdDogd2hlcmUgPT09IHVuZGVmaW5lZCA/ICdzbmFwc2hvdCcgOiAnJyxcbiAgICAuLi4od2hlcmUgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBmaWxlOiB3aGVyZSB9KSxcbiAgICBoaW50czogeyAnJzogJ2RlbGV0ZSB0aGUgc25hcHNob3QgZmlsZTsgaXQgaXMgcmV3cml0dGVuIGFmdGVyIHRoZSBuZXh0IHN1Y2Nlc3NmdWwgbG9hZCcgfSxcbiAgfSkgYXMgU25hcHNob3REYXRhO1xufVxuXG4vKiogQSBzbmFwc2hvdCBhZGFwdGVyIGtlcHQgaW4gbWVtb3J5ICh0ZXN0cywgb3IgdG8gaGFuZCBhIHNuYXBzaG90IGJldHdlZW4gY2xpZW50cykuICovXG5leHBvcnQgaW50ZXJmYWNlIE1lbW9yeVNuYXBzaG90IGV4dGVuZHMgU25hcHNob3RBZGFwdGVyIHtcbiAgLyoqIFRoZSBsYXN0IGRhdGEgd3JpdHRlbiAob3IgZ2l2ZW4pLCBpZiBhbnkuICovXG4gIGRhdGE6IFNuYXBzaG90RGF0YSB8IHVuZGVmaW5lZDtcbiAgLyoqIEhvdyBtYW55IHRpbWVzIGB3cml0ZWAgd2FzIGNhbGxlZC4gKi9cbiAgd3JpdGVzOiBudW1iZXI7XG59XG5cbi8qKlxuICogQSB7QGxpbmsgU25hcHNob3RBZGFwdGVyfSBoZWxkIGluIG1lbW9yeS5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc25hcHNob3QgPSBtZW1vcnlTbmFwc2hvdCgpO1xuICogY29uc3QgY2xpZW50ID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmUsIHNuYXBzaG90IH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZW1vcnlTbmFwc2hvdChpbml0aWFsPzogU25hcHNob3REYXRhLCBvcHRpb25zOiB7IHdyaXRlRGVsYXlNcz86IG51bWJlciB9ID0ge30pOiBNZW1vcnlTbmFwc2hvdCB7XG4gIGNvbnN0IHNuYXA6IE1lbW9yeVNuYXBzaG90ID0ge1xuICAgIGRhdGE6IGluaXRpYWwsXG4gICAgd3JpdGVzOiAwLFxuICAgIGFzeW5jIHJlYWQoKSB7XG4gICAgICByZXR1cm4gc25hcC5kYXRhID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzdHJ1Y3R1cmVkQ2xvbmUoc25hcC5kYXRhKTtcbiAgICB9LFxuICAgIGFzeW5jIHdyaXRlKGRhdGEpIHtcbiAgICAgIHNuYXAud3JpdGVzKys7XG4gICAgICBzbmFwLmRhdGEgPSBzdHJ1Y3R1cmVkQ2xvbmUoZGF0YSk7XG4gICAgfSxcbiAgfTtcbiAgaWYgKG9wdGlvbnMud3JpdGVEZWxheU1zICE9PSB1bmRlZmluZWQpIHNuYXAud3JpdGVEZWxheU1zID0gb3B0aW9ucy53cml0ZURlbGF5TXM7XG4gIHJldHVybiBzbmFwO1xufVxuXG4vKiogVGltZXIgZnVuY3Rpb25zLCBpbmplY3RhYmxlIGZvciB0ZXN0cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU25hcHNob3RUaW1lcnMge1xuICBzZXRUaW1lb3V0KGNhbGxiYWNrOiAoKSA9PiB2b2lkLCBtczogbnVtYmVyKTogdW5rbm93bjtcbiAgY2xlYXJUaW1lb3V0KGhhbmRsZTogdW5rbm93bik6IHZvaWQ7XG59XG5cbi8qKiBSZXN1bHQgb2Yge0BsaW5rIFNuYXBzaG90S2VlcGVyLmxvb2t1cH0uICovXG5leHBvcnQgdHlwZSBTbmFwc2hvdExvb2t1cCA9IHsgZm91bmQ6IHRydWU7IHJlY29yZDogUHJvbXB0UmVjb3JkOyBoYXNoOiBzdHJpbmcgfSB8IHsgZm91bmQ6IGZhbHNlOyByZWFzb246IHN0cmluZyB9O1xuXG4vKiogQmF0Y2hlcyBzbmFwc2hvdCB3cml0ZXMgYW5kIGFuc3dlcnMgbG9va3Vwcy4gSW50ZXJuYWwgdG8gdGhlIGNsaWVudC4gKi9cbmV4cG9ydCBjbGFzcyBTbmFwc2hvdEtlZXBlciB7XG4gIHJlYWRvbmx5ICNhZGFwdGVyOiBTbmFwc2hvdEFkYXB0ZXI7XG4gIHJlYWRvbmx5ICN0aW1lcnM6IFNuYXBzaG90VGltZXJzO1xuICByZWFkb25seSAjZGVsYXlNczogbnVtYmVyO1xuICByZWFkb25seSAjb25FcnJvcjogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkO1xuICAjc2F2ZWQ6IFByb21pc2U8U25hcHNob3REYXRhIHwgdW5kZWZpbmVkPiB8IHVuZGVmaW5lZDtcbiAgI3JlYWRFcnJvcjogdW5rbm93bjtcbiAgI3BlbmRpbmdTZWxlY3RvcnMgPSBuZXcgTWFwPHN0cmluZywgeyB2ZXJzaW9uOiBzdHJpbmc7IGhhc2g6IHN0cmluZyB9PigpO1xuICAjcGVuZGluZ1JlY29yZHMgPSBuZXcgTWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPigpO1xuICAjdGltZXI6IHVua25vd247XG4gICN3cml0aW5nOiBQcm9taXNlPHZvaWQ+ID0gUHJvbWlzZS5yZXNvbHZlKCk7XG5cbiAgY29uc3RydWN0b3IoYWRhcHRlcjogU25hcHNob3RBZGFwdGVyLCB0aW1lcnM6IFNuYXBzaG90VGltZXJzLCBvbkVycm9yOiAoZXJyb3I6IHVua25vd24pID0+IHZvaWQpIHtcbiAgICB0aGlzLiNhZGFwdGVyID0gYWRhcHRlcjtcbiAgICB0aGlzLiN0aW1lcnMgPSB0aW1lcnM7XG4gICAgdGhpcy4jZGVsYXlNcyA9IGFkYXB0ZXIud3JpdGVEZWxheU1zID8/IDEwMDA7XG4gICAgdGhpcy4jb25FcnJvciA9IG9uRXJyb3I7XG4gIH1cblxuICAvKiogUmVtZW1iZXIgdGhhdCBgbmFtZUBzZWxlY3RvcmAgcmVzb2x2ZWQgdG8gYHJlY29yZGAgKGxvYWRlZCBmcm9tIHRoZSBzdG9yZSksIGFuZCBzY2hlZHVsZSBhIHdyaXRlLiAqL1xuICBub3RlKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZywgcmVjb3JkOiBQcm9tcHRSZWNvcmQsIGhhc2g6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IHJlY29yZEtleSA9IGAke25hbWV9QCR7cmVjb3JkLnZlcnNpb259YDtcbiAgICBjb25zdCBwcmV2aW91cyA9IHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuZ2V0KGAke25hbWV9QCR7c2VsZWN0b3J9YCk7XG4gICAgaWYgKHByZXZpb3VzPy52ZXJzaW9uID09PSByZWNvcmQudmVyc2lvbiAmJiBwcmV2aW91cy5oYXNoID09PSBoYXNoICYmIHRoaXMuI3BlbmRpbmdSZWNvcmRzLmhhcyhyZWNvcmRLZXkpKSByZXR1cm47XG4gICAgdGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5zZXQoYCR7bmFtZX1AJHtzZWxlY3Rvcn1gLCB7IHZlcnNpb246IHJlY29yZC52ZXJzaW9uLCBoYXNoIH0pO1xuICAgIHRoaXMuI3BlbmRpbmdSZWNvcmRzLnNldChyZWNvcmRLZXksIHJlY29yZC5oYXNoID09PSBoYXNoID8gcmVjb3JkIDogeyAuLi5yZWNvcmQsIGhhc2ggfSk7XG4gICAgaWYgKHRoaXMuI3RpbWVyID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuI3RpbWVyID0gdGhpcy4jdGltZXJzLnNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgICB0aGlzLiN0aW1lciA9IHVuZGVmaW5lZDtcbiAgICAgICAgdm9pZCB0aGlzLmZsdXNoKCk7XG4gICAgICB9LCB0aGlzLiNkZWxheU1zKTtcbiAgICAgIHVucmVmKHRoaXMuI3RpbWVyKTtcbiAgICB9XG4gIH1cblxuICAvKiogRmluZCB3aGF0IHRoZSBzbmFwc2hvdCBob2xkcyBmb3IgYG5hbWVAc2VsZWN0b3JgIChub3RlcyBub3QgeWV0IHdyaXR0ZW4gaW5jbHVkZWQpLiAqL1xuICBhc3luYyBsb29rdXAobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nKTogUHJvbWlzZTxTbmFwc2hvdExvb2t1cD4ge1xuICAgIGNvbnN0IHBlbmRpbmcgPSB0aGlzLiNmaW5kKHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMsIHRoaXMuI3BlbmRpbmdSZWNvcmRzLCBuYW1lLCBzZWxlY3Rvcik7XG4gICAgaWYgKHBlbmRpbmcgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHBlbmRpbmc7XG4gICAgY29uc3Qgc2F2ZWQgPSBhd2FpdCB0aGlzLiNsb2FkKCk7XG4gICAgaWYgKHNhdmVkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIGZvdW5kOiBmYWxzZSxcbiAgICAgICAgcmVhc29uOlxuICAgICAgICAgIHRoaXMuI3JlYWRFcnJvciA9PT0gdW5kZWZpbmVkXG4gICAgICAgICAgICA/ICd0aGUgc25hcHNob3QgaXMgZW1wdHknXG4gICAgICAgICAgICA6IGB0aGUgc25hcHNob3QgY291bGQgbm90IGJlIHJlYWQgKCR7ZXJyb3JUZXh0KHRoaXMuI3JlYWRFcnJvcil9KWAsXG4gICAgICB9O1xuICAgIH1cbiAgICBjb25zdCBmb3VuZCA9IHRoaXMuI2ZpbmQoXG4gICAgICBuZXcgTWFwKE9iamVjdC5lbnRyaWVzKHNhdmVkLnNlbGVjdG9ycykpLFxuICAgICAgbmV3IE1hcChPYmplY3QuZW50cmllcyhzYXZlZC5yZWNvcmRzKSksXG4gICAgICBuYW1lLFxuICAgICAgc2VsZWN0b3IsXG4gICAgKTtcbiAgICByZXR1cm4gZm91bmQgPz8geyBmb3VuZDogZmFsc2UsIHJlYXNvbjogYHRoZSBzbmFwc2hvdCBoYXMgbm8gZW50cnkgZm9yIFwiJHtuYW1lfUAke3NlbGVjdG9yfVwiYCB9O1xuICB9XG5cbiAgLyoqIFdyaXRlIHRoZSBwZW5kaW5nIG5vdGVzIG5vdyAobWVyZ2VkIHdpdGggdGhlIHNhdmVkIHNuYXBzaG90KS4gTmV2ZXIgcmVqZWN0cy4gKi9cbiAgZmx1c2goKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI3RpbWVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuI3RpbWVycy5jbGVhclRpbWVvdXQodGhpcy4jdGltZXIpO1xuICAgICAgdGhpcy4jdGltZXIgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHRoaXMuI3dyaXRpbmcgPSB0aGlzLiN3cml0aW5nLnRoZW4oKCkgPT4gdGhpcy4jd3JpdGUoKSk7XG4gICAgcmV0dXJuIHRoaXMuI3dyaXRpbmc7XG4gIH1cblxuICBhc3luYyAjd3JpdGUoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuc2l6ZSA9PT0gMCkgcmV0dXJuO1xuICAgIGNvbnN0IHNlbGVjdG9ycyA9IHRoaXMuI3BlbmRpbmdTZWxlY3RvcnM7XG4gICAgY29uc3QgcmVjb3JkcyA9IHRoaXMuI3BlbmRpbmdSZWNvcmRzO1xuICAgIHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMgPSBuZXcgTWFwKCk7XG4gICAgdGhpcy4jcGVuZGluZ1JlY29yZHMgPSBuZXcgTWFwKCk7XG4gICAgY29uc3Qgc2F2ZWQgPSBhd2FpdCB0aGlzLiNsb2FkKCk7XG4gICAgY29uc3QgbWVyZ2VkOiBTbmFwc2hvdERhdGEgPSB7XG4gICAgICBzbmFwc2hvdFZlcnNpb246IDEsXG4gICAgICBzYXZlZEF0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICBzZWxlY3RvcnM6IHsgLi4uc2F2ZWQ/LnNlbGVjdG9ycywgLi4uT2JqZWN0LmZyb21FbnRyaWVzKHNlbGVjdG9ycykgfSxcbiAgICAgIHJlY29yZHM6IHt9LFxuICAgIH07XG4gICAgZm9yIChjb25zdCBba2V5LCB7IHZlcnNpb24gfV0gb2YgT2JqZWN0LmVudHJpZXMobWVyZ2VkLnNlbGVjdG9ycykpIHtcbiAgICAgIGNvbnN0IHJlY29yZEtleSA9IGAke2tleS5zbGljZSgwLCBrZXkuaW5kZXhPZignQCcpKX1AJHt2ZXJzaW9ufWA7XG4gICAgICBjb25zdCByZWNvcmQgPSByZWNvcmRzLmdldChyZWNvcmRLZXkpID8/IChzYXZlZCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogb3duVmFsdWUoc2F2ZWQucmVjb3JkcywgcmVjb3JkS2V5KSk7XG4gICAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIGRlbGV0ZSBtZXJnZWQuc2VsZWN0b3JzW2tleV07XG4gICAgICBlbHNlIG1lcmdlZC5yZWNvcmRzW3JlY29yZEtleV0gPSByZWNvcmQ7XG4gICAgfVxuICAgIHRyeSB7XG4gICAgICBhd2FpdCB0aGlzLiNhZGFwdGVyLndyaXRlKG1lcmdlZCk7XG4gICAgICB0aGlzLiNzYXZlZCA9IFByb21pc2UucmVzb2x2ZShtZXJnZWQpO1xuICAgICAgdGhpcy4jcmVhZEVycm9yID0gdW5kZWZpbmVkO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAvLyBLZWVwIHRoZSBub3RlcyBmb3IgdGhlIG5leHQgd3JpdGUuXG4gICAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBzZWxlY3RvcnMpIGlmICghdGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5oYXMoaykpIHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuc2V0KGssIHYpO1xuICAgICAgZm9yIChjb25zdCBbaywgdl0gb2YgcmVjb3JkcykgaWYgKCF0aGlzLiNwZW5kaW5nUmVjb3Jkcy5oYXMoaykpIHRoaXMuI3BlbmRpbmdSZWNvcmRzLnNldChrLCB2KTtcbiAgICAgIHRoaXMuI29uRXJyb3IoZXJyb3IpO1xuICAgIH1cbiAgfVxuXG4gICNsb2FkKCk6IFByb21pc2U8U25hcHNob3REYXRhIHwgdW5kZWZpbmVkPiB7XG4gICAgaWYgKHRoaXMuI3NhdmVkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuI3NhdmVkID0gKGFzeW5jICgpID0+IHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBjb25zdCBkYXRhID0gYXdhaXQgdGhpcy4jYWRhcHRlci5yZWFkKCk7XG4gICAgICAgICAgcmV0dXJuIGRhdGEgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHBhcnNlU25hcHNob3QoZGF0YSk7XG4gICAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgICAgdGhpcy4jcmVhZEVycm9yID0gZXJyb3I7XG4gICAgICAgICAgdGhpcy4jb25FcnJvcihlcnJvcik7XG4gICAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgfSkoKTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuI3NhdmVkO1xuICB9XG5cbiAgI2ZpbmQoXG4gICAgc2VsZWN0b3JzOiBSZWFkb25seU1hcDxzdHJpbmcsIHsgdmVyc2lvbjogc3RyaW5nOyBoYXNoOiBzdHJpbmcgfT4sXG4gICAgcmVjb3JkczogUmVhZG9ubHlNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+LFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBzZWxlY3Rvcjogc3RyaW5nLFxuICApOiBTbmFwc2hvdExvb2t1cCB8IHVuZGVmaW5lZCB7XG4gICAgbGV0IHZlcnNpb24gPSBzZWxlY3RvcnMuZ2V0KGAke25hbWV9QCR7c2VsZWN0b3J9YCk/LnZlcnNpb247XG4gICAgaWYgKHZlcnNpb24gPT09IHVuZGVmaW5lZCAmJiAhaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yKSkge1xuICAgICAgY29uc3QgdmVyc2lvbnM6IEFycmF5PFZlcnNpb25JbmZvICYgeyByZWNvcmQ6IFByb21wdFJlY29yZCB9PiA9IFtdO1xuICAgICAgZm9yIChjb25zdCBba2V5LCByZWNvcmRdIG9mIHJlY29yZHMpIHtcbiAgICAgICAgaWYgKGtleS5zdGFydHNXaXRoKGAke25hbWV9QGApICYmIGtleS5pbmRleE9mKCdAJykgPT09IG5hbWUubGVuZ3RoKSB7XG4gICAgICAgICAgdmVyc2lvbnMucHVzaCh7IHZlcnNpb246IHJlY29yZC52ZXJzaW9uLCBsYWJlbHM6IHJlY29yZC5sYWJlbHMgPz8gW10sIHJlY29yZCB9KTtcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgdmVyc2lvbiA9IHJlc29sdmVTZWxlY3Rvcih2ZXJzaW9ucywgc2VsZWN0b3IpPy52ZXJzaW9uO1xuICAgIH1cbiAgICBjb25zdCByZWNvcmQgPSByZWNvcmRzLmdldChgJHtuYW1lfUAke3ZlcnNpb24gPz8gc2VsZWN0b3J9YCk7XG4gICAgaWYgKHJlY29yZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiB7IGZvdW5kOiB0cnVlLCByZWNvcmQsIGhhc2g6IHJlY29yZC5oYXNoID8/ICcnIH07XG4gIH1cbn1cblxuZnVuY3Rpb24gdW5yZWYoaGFuZGxlOiB1bmtub3duKTogdm9pZCB7XG4gIGNvbnN0IG1heWJlID0gaGFuZGxlIGFzIHsgdW5yZWY/OiAoKSA9PiB2b2lkIH0gfCBudWxsO1xuICBpZiAodHlwZW9mIG1heWJlID09PSAnb2JqZWN0JyAmJiBtYXliZSAhPT0gbnVsbCAmJiB0eXBlb2YgbWF5YmUudW5yZWYgPT09ICdmdW5jdGlvbicpIG1heWJlLnVucmVmKCk7XG59XG5cbmZ1bmN0aW9uIGVycm9yVGV4dChlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gYCR7ZXJyb3IubmFtZX06ICR7ZXJyb3IubWVzc2FnZX1gIDogU3RyaW5nKGVycm9yKTtcbn1cbiIsICIvKipcbiAqIGBjcmVhdGVQcm9tcHRDbGllbnRgOiByZXNvbHZlcyBzcGVjcyAobG9ja2ZpbGUgXHUyMTkyIHBpbnMgXHUyMTkyIGRlZmF1bHQgc2VsZWN0b3IpLCBsb2FkcyByZWNvcmRzIHRocm91Z2hcbiAqIHRoZSB0d28gY2FjaGUgdGllcnMsIGNoZWNrcyBpbnRlZ3JpdHksIHByZWxvYWRzIHBhcnRpYWxzLCBjb21waWxlcywgYW5kIHJlcG9ydHMgd2hhdCBpdCBkaWQuXG4gKiBTZWUgREVTSUdOLm1kIHNlY3Rpb25zIDUsIDYgYW5kIDguXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNvbXBpbGVQcm9tcHQsIHBhcnRpYWxOYW1lc09mIH0gZnJvbSAnLi4vZW5naW5lL3Byb21wdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcGFyc2VSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBwYXJzZVNwZWMsIHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciwgUHJvbXB0Rm9ybWF0RXJyb3IsIFByb21wdE5vdEZvdW5kRXJyb3IsIFN0b3JlRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5pbXBvcnQgeyBQcm9tcHRFbWl0dGVyIH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2VtaXR0ZXIuanMnO1xuaW1wb3J0IHR5cGUgeyBDYWNoZVJlc3VsdCwgUHJvbXB0RXZlbnRMaXN0ZW5lciwgUHJvbXB0RXZlbnRUeXBlLCBQcm9tcHRTb3VyY2UgfSBmcm9tICcuLi90ZWxlbWV0cnkvZXZlbnRzLmpzJztcbmltcG9ydCB7IHR5cGUgQ29tcGlsZWRFbnRyeSwgY2FjaGVLZXksIHR5cGUgRmxpZ2h0LCBQcm9tcHRDYWNoZSwgdHlwZSBSZXNvbHV0aW9uIH0gZnJvbSAnLi9jYWNoZS5qcyc7XG5pbXBvcnQgeyBjb2Fyc2VDbG9jayB9IGZyb20gJy4vY2xvY2suanMnO1xuaW1wb3J0IHsgZmFsbGJhY2tSZWNvcmQsIHR5cGUgUHJvbXB0RmFsbGJhY2sgfSBmcm9tICcuL2ZhbGxiYWNrLmpzJztcbmltcG9ydCB7IGNoZWNrSW50ZWdyaXR5LCBmZXRjaFJlY29yZCwgaXNOb3RGb3VuZCB9IGZyb20gJy4vbG9hZGVyLmpzJztcbmltcG9ydCB7IGxvY2tlZEhhc2gsIG93blZhbHVlIH0gZnJvbSAnLi9sb2NrZmlsZS5qcyc7XG5pbXBvcnQgeyB0eXBlIFByb21wdENsaWVudE9wdGlvbnMsIHR5cGUgUmVzb2x2ZWRDbGllbnRPcHRpb25zLCByZXNvbHZlQ2xpZW50T3B0aW9ucyB9IGZyb20gJy4vb3B0aW9ucy5qcyc7XG5pbXBvcnQge1xuICBhc0Vycm9yLFxuICB0eXBlIFByb21wdCxcbiAgdHlwZSBQcm9tcHRDb250ZXh0LFxuICBQcm9tcHRIYW5kbGUsXG4gIHR5cGUgUHJvbXB0U3BlY1N0cmluZyxcbiAgdHlwZSBWYXJpYWJsZXNPZixcbn0gZnJvbSAnLi9wcm9tcHQuanMnO1xuaW1wb3J0IHsgU25hcHNob3RLZWVwZXIgfSBmcm9tICcuL3NuYXBzaG90LmpzJztcblxuLyoqIE9wdGlvbnMgb2Ygb25lIGBnZXRQcm9tcHRgIGNhbGwuICovXG5leHBvcnQgaW50ZXJmYWNlIEdldFByb21wdE9wdGlvbnMge1xuICAvKipcbiAgICogVXNlZCBvbmx5IHdoZW4gbm90aGluZyBlbHNlIGNhbiBiZSBoYWQgKHRoZSBzdG9yZSBpcyB1bnJlYWNoYWJsZSBvciBkb2VzIG5vdCBrbm93IHRoZSBuYW1lLCBhbmRcbiAgICogdGhlcmUgaXMgbm8gc3RhbGUgY29weSBhbmQgbm8gc25hcHNob3QgZW50cnkpOiBhIHRlbXBsYXRlIHN0cmluZyAoYSB0ZXh0IHByb21wdCBvZiB2ZXJzaW9uXG4gICAqIGAnMC4wLjAnYCkgb3IgYSByZWNvcmQgb2YgdGhlIHNhbWUgbmFtZS4gVGhlIHByb21wdCB0aGVuIHNheXMgYHNvdXJjZTogJ2ZhbGxiYWNrJ2AuIE5ldmVyIHVzZWRcbiAgICogZm9yIGFuIGBJbnRlZ3JpdHlFcnJvcmAgb3IgYSBtYWxmb3JtZWQgcmVjb3JkLlxuICAgKiBAZGVmYXVsdCB1bmRlZmluZWRcbiAgICovXG4gIGZhbGxiYWNrPzogUHJvbXB0RmFsbGJhY2s7XG4gIC8qKlxuICAgKiBPdmVycmlkZXMgdGhlIGNsaWVudCdzIGBzdHJpY3RgIGZvciB0aGlzIHByb21wdCAoY29tcGlsYXRpb24gYW5kIGV2ZXJ5IHJlbmRlcikuXG4gICAqIEBkZWZhdWx0IHRoZSBjbGllbnQncyBgc3RyaWN0YFxuICAgKi9cbiAgc3RyaWN0PzogYm9vbGVhbjtcbn1cblxuLyoqIE9uZSBzcGVjIHRoYXQgYHByZWZldGNoYCBjb3VsZCBub3QgbG9hZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJlZmV0Y2hGYWlsdXJlIHtcbiAgc3BlYzogc3RyaW5nO1xuICBlcnJvcjogRXJyb3I7XG59XG5cbi8qKiBXaGF0IGBwcmVmZXRjaGAgZGlkLiBJdCBuZXZlciByZWplY3RzOiBmYWlsdXJlcyBhcmUgbGlzdGVkIChhbmQgZW1pdHRlZCBhcyBgZXJyb3JgIGV2ZW50cykuICovXG5leHBvcnQgaW50ZXJmYWNlIFByZWZldGNoUmVwb3J0IHtcbiAgLyoqIFNwZWNzIGxvYWRlZCAob3IgYWxyZWFkeSBjYWNoZWQpLCB3aXRoIHRoZSB2ZXJzaW9uIGVhY2ggcmVzb2x2ZWQgdG8gYW5kIHdoYXQgc2VydmVkIGl0LiAqL1xuICBsb2FkZWQ6IEFycmF5PHsgc3BlYzogc3RyaW5nOyBuYW1lOiBzdHJpbmc7IHZlcnNpb246IHN0cmluZzsgc291cmNlOiBQcm9tcHRTb3VyY2UgfT47XG4gIC8qKiBTcGVjcyB0aGF0IGZhaWxlZCAoYHNwZWM6ICcoc3RvcmUubGlzdCknYCB3aGVuIGxpc3RpbmcgdGhlIG5hbWVzIHRvIHdhcm0gZmFpbGVkKS4gKi9cbiAgZmFpbGVkOiBQcmVmZXRjaEZhaWx1cmVbXTtcbn1cblxuLyoqIFRoZSBwcm9tcHQgY2xpZW50LiBTZWUge0BsaW5rIGNyZWF0ZVByb21wdENsaWVudH0uICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdENsaWVudCB7XG4gIC8qKiBUaGUgc3RvcmUgcHJvbXB0cyBjb21lIGZyb20uICovXG4gIHJlYWRvbmx5IHN0b3JlOiBQcm9tcHRTdG9yZTtcbiAgLyoqXG4gICAqIExvYWQgYSBwcm9tcHQ6IGAnbmFtZSdgIChsb2NrZmlsZSBcdTIxOTIgcGlucyBcdTIxOTIgYGRlZmF1bHRTZWxlY3RvcmApIG9yIGAnbmFtZUBzZWxlY3RvcidgIChleGFjdFxuICAgKiB2ZXJzaW9uLCBzZW12ZXIgcmFuZ2UsIGxhYmVsIG9yIGBsYXRlc3RgKS5cbiAgICpcbiAgICogT3JkZXIgb24gYSBtaXNzOiBjYWNoZSBcdTIxOTIgaW4tZmxpZ2h0IGxvYWQgXHUyMTkyIHN0b3JlIFx1MjE5MiBzdGFsZSBjb3B5IFx1MjE5MiBzbmFwc2hvdCBcdTIxOTIgZmFsbGJhY2sgXHUyMTkyIHRocm93LlxuICAgKiBAdGhyb3dzIGBQcm9tcHROb3RGb3VuZEVycm9yYCAod2l0aCBjbG9zZSBuYW1lcyksIGBWZXJzaW9uTm90Rm91bmRFcnJvcmAgKHdpdGggdmVyc2lvbnMgYW5kXG4gICAqICAgbGFiZWxzKSwgYEludGVncml0eUVycm9yYCwgYFByb21wdEZvcm1hdEVycm9yYCwgYENvbmZpZ0Vycm9yYCAoYmFkIHNwZWMpLCBvciBhIGBTdG9yZUVycm9yYFxuICAgKiAgIHNheWluZyB3aGF0IHdhcyB0cmllZC5cbiAgICovXG4gIGdldFByb21wdDxTIGV4dGVuZHMgUHJvbXB0U3BlY1N0cmluZz4oc3BlYzogUywgb3B0aW9ucz86IEdldFByb21wdE9wdGlvbnMpOiBQcm9taXNlPFByb21wdDxWYXJpYWJsZXNPZjxTPj4+O1xuICAvKipcbiAgICogV2FybSB0aGUgY2FjaGUgaW4gb25lIGJhdGNoIChhbGwgc3BlY3MgbG9hZCBjb25jdXJyZW50bHkpLiBXaXRob3V0IHNwZWNzOiBldmVyeSBsb2NrZWQgYW5kXG4gICAqIHBpbm5lZCBuYW1lLCBvciwgd2hlbiB0aGVyZSBhcmUgbm9uZSwgZXZlcnkgbmFtZSBvZiBgc3RvcmUubGlzdCgpYC5cbiAgICovXG4gIHByZWZldGNoKHNwZWNzPzogcmVhZG9ubHkgc3RyaW5nW10pOiBQcm9taXNlPFByZWZldGNoUmVwb3J0PjtcbiAgLyoqXG4gICAqIERyb3AgZXZlcnl0aGluZyBjYWNoZWQgZm9yIGV4YWN0bHkgYG5hbWVgIChldmVyeSBzZWxlY3RvciBhbmQgdmVyc2lvbjsgYCdhJ2AgbmV2ZXIgZHJvcHNcbiAgICogYCdhYidgIG9yIGAnYS9iJ2ApIGFuZCB0aGUgY29tcGlsZWQgcHJvbXB0cyB0aGF0IGluY2x1ZGUgaXQgYXMgYSBwYXJ0aWFsLiBXaXRob3V0IGEgbmFtZSwgZHJvcFxuICAgKiBldmVyeXRoaW5nLlxuICAgKi9cbiAgaW52YWxpZGF0ZShuYW1lPzogc3RyaW5nKTogdm9pZDtcbiAgLyoqIExpc3RlbiB0byBvbmUgZXZlbnQgdHlwZS4gUmV0dXJucyBhIGZ1bmN0aW9uIHRoYXQgdW5zdWJzY3JpYmVzLiAqL1xuICBvbjxUIGV4dGVuZHMgUHJvbXB0RXZlbnRUeXBlPih0eXBlOiBULCBsaXN0ZW5lcjogUHJvbXB0RXZlbnRMaXN0ZW5lcjxUPik6ICgpID0+IHZvaWQ7XG4gIC8qKlxuICAgKiBTdG9wIHdhdGNoaW5nIHRoZSBzdG9yZSwgd3JpdGUgcGVuZGluZyBzbmFwc2hvdCBkYXRhLCBhbmQgcmVmdXNlIGZ1cnRoZXIgYGdldFByb21wdGAgY2FsbHMuXG4gICAqIFByb21wdHMgYWxyZWFkeSByZXR1cm5lZCBrZWVwIHJlbmRlcmluZy4gRG9lcyBub3QgY2xvc2UgdGhlIHN0b3JlIChpdCBpcyB5b3VycykuXG4gICAqL1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG4vKiogQSBzcGVjIGFmdGVyIHBhcnNpbmcgYW5kIGJhcmUtbmFtZSByZXNvbHV0aW9uLiAqL1xuaW50ZXJmYWNlIFJlcXVlc3Qge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGtleTogc3RyaW5nO1xuICByZWFkb25seSBleGFjdDogYm9vbGVhbjtcbn1cblxuaW50ZXJmYWNlIFNlcnZlZCB7XG4gIGVudHJ5OiBDb21waWxlZEVudHJ5O1xuICBjYWNoZTogQ2FjaGVSZXN1bHQ7XG4gIHNvdXJjZTogUHJvbXB0U291cmNlO1xufVxuXG50eXBlIExvYWRlZCA9IHsgcmVzb2x1dGlvbjogUmVzb2x1dGlvbjsgc291cmNlOiAnc3RvcmUnIHwgJ3N0YWxlJyB8ICdzbmFwc2hvdCcgfTtcblxuLyoqIE1vc3QgZGlzdGluY3QgcGFydGlhbHMgb25lIHByb21wdCBtYXkgaW5jbHVkZSAodHJhbnNpdGl2ZWx5KS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUEFSVElBTFMgPSAxMDA7XG4vKiogTG9uZ2VzdCB3YWl0IGJldHdlZW4gZmFpbGVkIGJhY2tncm91bmQgcmVmcmVzaGVzIG9mIG9uZSBzZWxlY3RvciwgaW4gbXMgKGNhcHBlZCBieSBgdHRsTXNgKS4gKi9cbmV4cG9ydCBjb25zdCBSRUZSRVNIX1JFVFJZX01TID0gNV8wMDA7XG5jb25zdCBTUEVDX01FTU9fU0laRSA9IDFfMDAwO1xuY29uc3QgRkFMTEJBQ0tfTUVNT19TSVpFID0gMTAwO1xuY29uc3QgU05BUFNIT1RfRVZFTlRfTkFNRSA9ICcoc25hcHNob3QpJztcblxuLyoqXG4gKiBDcmVhdGUgYSBwcm9tcHQgY2xpZW50LlxuICpcbiAqIEB0aHJvd3MgYENvbmZpZ0Vycm9yYCBuYW1pbmcgdGhlIG9wdGlvbiBhdCBmYXVsdCwgZS5nLiBgb3B0aW9uIFwiY2FjaGUudHRsTXNcIjogbXVzdCBiZSBhdCBsZWFzdCAwYC5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcHJvbXB0cyA9IGNyZWF0ZVByb21wdENsaWVudCh7IHN0b3JlOiBtZW1vcnlTdG9yZShbZ3JlZXRpbmddKSB9KTtcbiAqIGNvbnN0IHAgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpO1xuICogcC5yZW5kZXIoeyBjb21wYW55OiAnQWNtZScsIGN1c3RvbWVyOiAnQWRhJyB9KTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlUHJvbXB0Q2xpZW50KG9wdGlvbnM6IFByb21wdENsaWVudE9wdGlvbnMpOiBQcm9tcHRDbGllbnQge1xuICByZXR1cm4gbmV3IENsaWVudChyZXNvbHZlQ2xpZW50T3B0aW9ucyhvcHRpb25zKSk7XG59XG5cbmNsYXNzIENsaWVudCBpbXBsZW1lbnRzIFByb21wdENsaWVudCB7XG4gIHJlYWRvbmx5IHN0b3JlOiBQcm9tcHRTdG9yZTtcbiAgcmVhZG9ubHkgI286IFJlc29sdmVkQ2xpZW50T3B0aW9ucztcbiAgcmVhZG9ubHkgI2VtaXR0ZXI6IFByb21wdEVtaXR0ZXI7XG4gIHJlYWRvbmx5ICNjYWNoZTogUHJvbXB0Q2FjaGU7XG4gIHJlYWRvbmx5ICNzbmFwc2hvdDogU25hcHNob3RLZWVwZXIgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5ICNub3c6ICgpID0+IG51bWJlcjtcbiAgcmVhZG9ubHkgI2N0eDogUHJvbXB0Q29udGV4dDtcbiAgcmVhZG9ubHkgI3NwZWNzID0gbmV3IE1hcDxzdHJpbmcsIFJlcXVlc3Q+KCk7XG4gIHJlYWRvbmx5ICNmYWxsYmFja3MgPSBuZXcgTWFwPHN0cmluZywgUHJvbWlzZTxDb21waWxlZEVudHJ5Pj4oKTtcbiAgI3Vud2F0Y2g6ICgoKSA9PiB2b2lkKSB8IHVuZGVmaW5lZDtcbiAgI2Nsb3NlZCA9IGZhbHNlO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IFJlc29sdmVkQ2xpZW50T3B0aW9ucykge1xuICAgIHRoaXMuI28gPSBvcHRpb25zO1xuICAgIHRoaXMuc3RvcmUgPSBvcHRpb25zLnN0b3JlO1xuICAgIGNvbnN0IGNsb2NrID0gb3B0aW9ucy5jbG9jaztcbiAgICB0aGlzLiNub3cgPSBjbG9jayA9PT0gdW5kZWZpbmVkID8gY29hcnNlQ2xvY2soRGF0ZS5ub3cpIDogKCkgPT4gY2xvY2subm93KCk7XG4gICAgY29uc3QgcGVyZiA9IGdsb2JhbFRoaXMucGVyZm9ybWFuY2U7XG4gICAgY29uc3QgZWxhcHNlZCA9IGNsb2NrICE9PSB1bmRlZmluZWQgfHwgcGVyZiA9PT0gdW5kZWZpbmVkID8gdGhpcy4jbm93IDogKCkgPT4gcGVyZi5ub3coKTtcbiAgICB0aGlzLiNlbWl0dGVyID0gbmV3IFByb21wdEVtaXR0ZXIoXG4gICAgICBvcHRpb25zLmhvb2tzLm9uTGlzdGVuZXJFcnJvciA9PT0gdW5kZWZpbmVkID8ge30gOiB7IG9uRXJyb3I6IG9wdGlvbnMuaG9va3Mub25MaXN0ZW5lckVycm9yIH0sXG4gICAgKTtcbiAgICB0aGlzLiNyZWdpc3Rlckhvb2tzKCk7XG4gICAgdGhpcy4jY3R4ID0geyBlbWl0dGVyOiB0aGlzLiNlbWl0dGVyLCBpbmNsdWRlSW5wdXRzOiBvcHRpb25zLmluY2x1ZGVJbnB1dHMsIGVsYXBzZWQgfTtcbiAgICB0aGlzLiNjYWNoZSA9IG5ldyBQcm9tcHRDYWNoZShvcHRpb25zLmNhY2hlLCB0aGlzLiNub3cpO1xuICAgIHRoaXMuI3NuYXBzaG90ID1cbiAgICAgIG9wdGlvbnMuc25hcHNob3QgPT09IHVuZGVmaW5lZFxuICAgICAgICA/IHVuZGVmaW5lZFxuICAgICAgICA6IG5ldyBTbmFwc2hvdEtlZXBlcihvcHRpb25zLnNuYXBzaG90LCBvcHRpb25zLnRpbWVycywgKGVycm9yKSA9PlxuICAgICAgICAgICAgdGhpcy4jZW1pdEVycm9yKFNOQVBTSE9UX0VWRU5UX05BTUUsIHVuZGVmaW5lZCwgZXJyb3IpLFxuICAgICAgICAgICk7XG4gICAgaWYgKHR5cGVvZiB0aGlzLnN0b3JlLndhdGNoID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICB0aGlzLiN1bndhdGNoID0gdGhpcy5zdG9yZS53YXRjaCgobmFtZSkgPT4gdGhpcy5pbnZhbGlkYXRlKG5hbWUpKTtcbiAgICB9XG4gIH1cblxuICBvbjxUIGV4dGVuZHMgUHJvbXB0RXZlbnRUeXBlPih0eXBlOiBULCBsaXN0ZW5lcjogUHJvbXB0RXZlbnRMaXN0ZW5lcjxUPik6ICgpID0+IHZvaWQge1xuICAgIHJldHVybiB0aGlzLiNlbWl0dGVyLm9uKHR5cGUsIGxpc3RlbmVyKTtcbiAgfVxuXG4gIGludmFsaWRhdGUobmFtZT86IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMuI2NhY2hlLmludmFsaWRhdGUobmFtZSk7XG4gIH1cblxuICBhc3luYyBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAodGhpcy4jY2xvc2VkKSByZXR1cm47XG4gICAgdGhpcy4jY2xvc2VkID0gdHJ1ZTtcbiAgICB0aGlzLiN1bndhdGNoPy4oKTtcbiAgICB0aGlzLiN1bndhdGNoID0gdW5kZWZpbmVkO1xuICAgIHRoaXMuI2NhY2hlLmludmFsaWRhdGUoKTtcbiAgICBhd2FpdCB0aGlzLiNzbmFwc2hvdD8uZmx1c2goKTtcbiAgfVxuXG4gIGdldFByb21wdDxTIGV4dGVuZHMgUHJvbXB0U3BlY1N0cmluZz4oc3BlYzogUywgb3B0aW9ucz86IEdldFByb21wdE9wdGlvbnMpOiBQcm9taXNlPFByb21wdDxWYXJpYWJsZXNPZjxTPj4+IHtcbiAgICAvLyBUaGUgaG90IHBhdGg6IGEgZnJlc2ggY2FjaGUgaGl0IHdpdGggdGhlIGRlZmF1bHQgc3RyaWN0bmVzcyByZXR1cm5zIHRoZSBwcm9tcHQgb2JqZWN0IGJ1aWx0XG4gICAgLy8gZm9yIGl0LCB3aXRob3V0IGFuIGFzeW5jIGZ1bmN0aW9uLCBhbiBhbGxvY2F0aW9uIG9yICh1c3VhbGx5KSBhIGNsb2NrIHJlYWQuXG4gICAgaWYgKChvcHRpb25zPy5zdHJpY3QgPT09IHVuZGVmaW5lZCB8fCBvcHRpb25zLnN0cmljdCA9PT0gdGhpcy4jby5zdHJpY3QpICYmICF0aGlzLiNjbG9zZWQpIHtcbiAgICAgIGNvbnN0IHJlcXVlc3QgPSB0aGlzLiNzcGVjcy5nZXQoc3BlYyk7XG4gICAgICBjb25zdCByZXNvbHV0aW9uID0gcmVxdWVzdCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdGhpcy4jY2FjaGUucmVzb2x1dGlvbihyZXF1ZXN0LmtleSk7XG4gICAgICBpZiAoXG4gICAgICAgIHJlc29sdXRpb24/LmNvbXBpbGVkICE9PSB1bmRlZmluZWQgJiZcbiAgICAgICAgcmVxdWVzdCAhPT0gdW5kZWZpbmVkICYmXG4gICAgICAgIChyZXF1ZXN0LmV4YWN0IHx8IHRoaXMuI25vdygpIC0gcmVzb2x1dGlvbi5sb2FkZWRBdCA8IHRoaXMuI2NhY2hlLnR0bE1zKVxuICAgICAgKSB7XG4gICAgICAgIGNvbnN0IHNvdXJjZSA9IHJlc29sdXRpb24ub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdjYWNoZSc7XG4gICAgICAgIGxldCBwcm9tcHQgPSByZXNvbHV0aW9uLnByb21wdDtcbiAgICAgICAgaWYgKHByb21wdCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgcHJvbXB0ID0gbmV3IFByb21wdEhhbmRsZShyZXNvbHV0aW9uLmNvbXBpbGVkLCBzb3VyY2UsIHJlcXVlc3Quc2VsZWN0b3IsIHRoaXMuI28uc3RyaWN0LCB0aGlzLiNjdHgpO1xuICAgICAgICAgIHJlc29sdXRpb24ucHJvbXB0ID0gcHJvbXB0O1xuICAgICAgICB9XG4gICAgICAgIGlmICh0aGlzLiNlbWl0dGVyLmFjdGl2ZSkgdGhpcy4jZW1pdEZldGNoKHJlcXVlc3QsIHsgZW50cnk6IHJlc29sdXRpb24uY29tcGlsZWQsIGNhY2hlOiAnaGl0Jywgc291cmNlIH0sIDApO1xuICAgICAgICByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKHByb21wdCBhcyBQcm9tcHQ8VmFyaWFibGVzT2Y8Uz4+KTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuI2dldFByb21wdChzcGVjLCBvcHRpb25zID8/IHt9KTtcbiAgfVxuXG4gIGFzeW5jICNnZXRQcm9tcHQ8UyBleHRlbmRzIFByb21wdFNwZWNTdHJpbmc+KHNwZWM6IFMsIG9wdGlvbnM6IEdldFByb21wdE9wdGlvbnMpOiBQcm9taXNlPFByb21wdDxWYXJpYWJsZXNPZjxTPj4+IHtcbiAgICBjb25zdCBzdGFydGVkID0gdGhpcy4jZW1pdHRlci5hY3RpdmUgPyB0aGlzLiNjdHguZWxhcHNlZCgpIDogMDtcbiAgICBsZXQgcmVxdWVzdDogUmVxdWVzdCB8IHVuZGVmaW5lZDtcbiAgICBjb25zdCBzdHJpY3QgPSBvcHRpb25zLnN0cmljdCA/PyB0aGlzLiNvLnN0cmljdDtcbiAgICB0cnkge1xuICAgICAgaWYgKHRoaXMuI2Nsb3NlZClcbiAgICAgICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCd0aGlzIHByb21wdCBjbGllbnQgd2FzIGNsb3NlZDsgY3JlYXRlIGEgbmV3IG9uZSB3aXRoIGNyZWF0ZVByb21wdENsaWVudCgpJyk7XG4gICAgICByZXF1ZXN0ID0gdGhpcy4jcmVxdWVzdChzcGVjKTtcbiAgICAgIGNvbnN0IHNlcnZlZCA9IHRoaXMuI3NlcnZlQ2FjaGVkKHJlcXVlc3QsIHN0cmljdCkgPz8gKGF3YWl0IHRoaXMuI3NlcnZlKHJlcXVlc3QsIHN0cmljdCkpO1xuICAgICAgdGhpcy4jZW1pdEZldGNoKHJlcXVlc3QsIHNlcnZlZCwgc3RhcnRlZCk7XG4gICAgICByZXR1cm4gbmV3IFByb21wdEhhbmRsZShzZXJ2ZWQuZW50cnksIHNlcnZlZC5zb3VyY2UsIHJlcXVlc3Quc2VsZWN0b3IsIHN0cmljdCwgdGhpcy4jY3R4KTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKHJlcXVlc3QgIT09IHVuZGVmaW5lZCAmJiBvcHRpb25zLmZhbGxiYWNrICE9PSB1bmRlZmluZWQgJiYgY2FuRmFsbEJhY2soZXJyb3IpKSB7XG4gICAgICAgIHRoaXMuI2VtaXRFcnJvcihyZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IsIGVycm9yKTtcbiAgICAgICAgbGV0IGVudHJ5OiBDb21waWxlZEVudHJ5O1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGVudHJ5ID0gYXdhaXQgdGhpcy4jZmFsbGJhY2socmVxdWVzdCwgb3B0aW9ucy5mYWxsYmFjaywgc3RyaWN0KTtcbiAgICAgICAgfSBjYXRjaCAoZmFsbGJhY2tFcnJvcikge1xuICAgICAgICAgIHRoaXMuI2VtaXRFcnJvcihyZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IsIGZhbGxiYWNrRXJyb3IpO1xuICAgICAgICAgIHRocm93IGZhbGxiYWNrRXJyb3I7XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy4jZW1pdEZldGNoKHJlcXVlc3QsIHsgZW50cnksIGNhY2hlOiAnbWlzcycsIHNvdXJjZTogJ2ZhbGxiYWNrJyB9LCBzdGFydGVkKTtcbiAgICAgICAgcmV0dXJuIG5ldyBQcm9tcHRIYW5kbGUoZW50cnksICdmYWxsYmFjaycsIHJlcXVlc3Quc2VsZWN0b3IsIHN0cmljdCwgdGhpcy4jY3R4KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGZpbmFsID0gcmVxdWVzdCAhPT0gdW5kZWZpbmVkICYmIGlzVW5hdmFpbGFibGUoZXJyb3IpID8gd2l0aE5vRmFsbGJhY2soZXJyb3IpIDogZXJyb3I7XG4gICAgICB0aGlzLiNlbWl0RXJyb3IocmVxdWVzdD8ubmFtZSA/PyBTdHJpbmcoc3BlYyksIHJlcXVlc3Q/LnNlbGVjdG9yLCBmaW5hbCk7XG4gICAgICB0aHJvdyBmaW5hbDtcbiAgICB9XG4gIH1cblxuICBhc3luYyBwcmVmZXRjaChzcGVjcz86IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbWlzZTxQcmVmZXRjaFJlcG9ydD4ge1xuICAgIGxldCBsaXN0OiByZWFkb25seSBzdHJpbmdbXTtcbiAgICB0cnkge1xuICAgICAgbGlzdCA9IHNwZWNzID8/IChhd2FpdCB0aGlzLiNkZWZhdWx0UHJlZmV0Y2hTcGVjcygpKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgcmV0dXJuIHsgbG9hZGVkOiBbXSwgZmFpbGVkOiBbeyBzcGVjOiAnKHN0b3JlLmxpc3QpJywgZXJyb3I6IGFzRXJyb3IoZXJyb3IpIH1dIH07XG4gICAgfVxuICAgIGNvbnN0IHJlc3VsdHMgPSBhd2FpdCBQcm9taXNlLmFsbFNldHRsZWQobGlzdC5tYXAoKHNwZWMpID0+IHRoaXMuZ2V0UHJvbXB0KHNwZWMpKSk7XG4gICAgY29uc3QgcmVwb3J0OiBQcmVmZXRjaFJlcG9ydCA9IHsgbG9hZGVkOiBbXSwgZmFpbGVkOiBbXSB9O1xuICAgIHJlc3VsdHMuZm9yRWFjaCgocmVzdWx0LCBpKSA9PiB7XG4gICAgICBjb25zdCBzcGVjID0gbGlzdFtpXSA/PyAnJztcbiAgICAgIGlmIChyZXN1bHQuc3RhdHVzID09PSAnZnVsZmlsbGVkJykge1xuICAgICAgICBjb25zdCBwID0gcmVzdWx0LnZhbHVlO1xuICAgICAgICByZXBvcnQubG9hZGVkLnB1c2goeyBzcGVjLCBuYW1lOiBwLm5hbWUsIHZlcnNpb246IHAudmVyc2lvbiwgc291cmNlOiBwLnNvdXJjZSB9KTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIHJlcG9ydC5mYWlsZWQucHVzaCh7IHNwZWMsIGVycm9yOiBhc0Vycm9yKHJlc3VsdC5yZWFzb24pIH0pO1xuICAgICAgfVxuICAgIH0pO1xuICAgIHJldHVybiByZXBvcnQ7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHJlc29sdXRpb25cblxuICAjcmVxdWVzdChzcGVjOiBzdHJpbmcpOiBSZXF1ZXN0IHtcbiAgICBjb25zdCBtZW1vID0gdGhpcy4jc3BlY3MuZ2V0KHNwZWMpO1xuICAgIGlmIChtZW1vICE9PSB1bmRlZmluZWQpIHJldHVybiBtZW1vO1xuICAgIGNvbnN0IHsgbmFtZSwgc2VsZWN0b3IgfSA9IHBhcnNlU3BlYyhzcGVjKTtcbiAgICBjb25zdCBlZmZlY3RpdmUgPSBzZWxlY3RvciA/PyB0aGlzLiNiYXJlU2VsZWN0b3IobmFtZSk7XG4gICAgY29uc3QgcmVxdWVzdCA9IHRoaXMuI21ha2VSZXF1ZXN0KG5hbWUsIGVmZmVjdGl2ZSk7XG4gICAgaWYgKHRoaXMuI3NwZWNzLnNpemUgPj0gU1BFQ19NRU1PX1NJWkUpIHRoaXMuI3NwZWNzLmNsZWFyKCk7XG4gICAgdGhpcy4jc3BlY3Muc2V0KHNwZWMsIHJlcXVlc3QpO1xuICAgIHJldHVybiByZXF1ZXN0O1xuICB9XG5cbiAgI21ha2VSZXF1ZXN0KG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyk6IFJlcXVlc3Qge1xuICAgIHJldHVybiB7IG5hbWUsIHNlbGVjdG9yLCBrZXk6IGNhY2hlS2V5KG5hbWUsIHNlbGVjdG9yKSwgZXhhY3Q6IHNlbGVjdG9yS2luZChzZWxlY3RvcikgPT09ICdleGFjdCcgfTtcbiAgfVxuXG4gIC8qKiBCYXJlIG5hbWVzOiB0aGUgbG9ja2ZpbGUsIHRoZW4gdGhlIHBpbnMsIHRoZW4gYGRlZmF1bHRTZWxlY3RvcmAuICovXG4gICNiYXJlU2VsZWN0b3IobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgICBjb25zdCBsb2NrZmlsZSA9IHRoaXMuI28ubG9ja2ZpbGU7XG4gICAgY29uc3QgbG9ja2VkID0gbG9ja2ZpbGUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IG93blZhbHVlKGxvY2tmaWxlLnByb21wdHMsIG5hbWUpO1xuICAgIHJldHVybiBsb2NrZWQ/LnZlcnNpb24gPz8gb3duVmFsdWUodGhpcy4jby5waW5zLCBuYW1lKSA/PyB0aGlzLiNvLmRlZmF1bHRTZWxlY3RvcjtcbiAgfVxuXG4gIC8qKiBQYXJ0aWFsczogdGhlIGxvY2tmaWxlLCB0aGVuIHRoZSBwaW5zLCB0aGVuIGAnbGF0ZXN0J2AgKERFU0lHTi5tZDogYSBwYXJ0aWFsIGlzIGl0cyBsYXRlc3QgdmVyc2lvbikuICovXG4gICNwYXJ0aWFsU2VsZWN0b3IobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgICBjb25zdCBsb2NrZmlsZSA9IHRoaXMuI28ubG9ja2ZpbGU7XG4gICAgY29uc3QgbG9ja2VkID0gbG9ja2ZpbGUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IG93blZhbHVlKGxvY2tmaWxlLnByb21wdHMsIG5hbWUpO1xuICAgIHJldHVybiBsb2NrZWQ/LnZlcnNpb24gPz8gb3duVmFsdWUodGhpcy4jby5waW5zLCBuYW1lKSA/PyAnbGF0ZXN0JztcbiAgfVxuXG4gIGFzeW5jICNkZWZhdWx0UHJlZmV0Y2hTcGVjcygpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gICAgY29uc3QgbmFtZXMgPSBuZXcgU2V0KFsuLi5PYmplY3Qua2V5cyh0aGlzLiNvLmxvY2tmaWxlPy5wcm9tcHRzID8/IHt9KSwgLi4uT2JqZWN0LmtleXModGhpcy4jby5waW5zKV0pO1xuICAgIGlmIChuYW1lcy5zaXplID09PSAwICYmIHR5cGVvZiB0aGlzLnN0b3JlLmxpc3QgPT09ICdmdW5jdGlvbicpIHtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBhd2FpdCB0aGlzLnN0b3JlLmxpc3QoKSkgbmFtZXMuYWRkKG5hbWUpO1xuICAgIH1cbiAgICByZXR1cm4gWy4uLm5hbWVzXS5zb3J0KCk7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIHNlcnZpbmdcblxuICAvKiogVGhlIGZhc3QgcGF0aDogYSBjYWNoZWQgcmVzb2x1dGlvbiB3aXRoIGl0cyBjb21waWxlZCBwcm9tcHQsIHNlcnZlZCB3aXRob3V0IGF3YWl0aW5nIGFueXRoaW5nLiAqL1xuICAjc2VydmVDYWNoZWQocmVxdWVzdDogUmVxdWVzdCwgc3RyaWN0OiBib29sZWFuKTogU2VydmVkIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCByZXNvbHV0aW9uID0gdGhpcy4jY2FjaGUucmVzb2x1dGlvbihyZXF1ZXN0LmtleSk7XG4gICAgY29uc3QgY29tcGlsZWQgPSByZXNvbHV0aW9uID09PSB1bmRlZmluZWQgfHwgc3RyaWN0ICE9PSB0aGlzLiNvLnN0cmljdCA/IHVuZGVmaW5lZCA6IHJlc29sdXRpb24uY29tcGlsZWQ7XG4gICAgaWYgKHJlc29sdXRpb24gPT09IHVuZGVmaW5lZCB8fCBjb21waWxlZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGZyZXNobmVzcyA9IHRoaXMuI2NhY2hlLmZyZXNobmVzcyhyZXNvbHV0aW9uLCByZXF1ZXN0LmV4YWN0KTtcbiAgICBpZiAoZnJlc2huZXNzID09PSAnZnJlc2gnKSB7XG4gICAgICByZXR1cm4geyBlbnRyeTogY29tcGlsZWQsIGNhY2hlOiAnaGl0Jywgc291cmNlOiByZXNvbHV0aW9uLm9yaWdpbiA9PT0gJ3NuYXBzaG90JyA/ICdzbmFwc2hvdCcgOiAnY2FjaGUnIH07XG4gICAgfVxuICAgIGlmIChmcmVzaG5lc3MgPT09ICdleHBpcmVkJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB0aGlzLiNyZWZyZXNoKHJlcXVlc3QsIHJlc29sdXRpb24pO1xuICAgIHJldHVybiB7IGVudHJ5OiBjb21waWxlZCwgY2FjaGU6ICdzdGFsZScsIHNvdXJjZTogcmVzb2x1dGlvbi5vcmlnaW4gPT09ICdzbmFwc2hvdCcgPyAnc25hcHNob3QnIDogJ3N0YWxlJyB9O1xuICB9XG5cbiAgYXN5bmMgI3NlcnZlKHJlcXVlc3Q6IFJlcXVlc3QsIHN0cmljdDogYm9vbGVhbik6IFByb21pc2U8U2VydmVkPiB7XG4gICAgY29uc3QgeyByZXNvbHV0aW9uLCBjYWNoZSwgc291cmNlIH0gPSBhd2FpdCB0aGlzLiNyZXNvbHZlKHJlcXVlc3QpO1xuICAgIGNvbnN0IGNvbXBpbGVkID0gc3RyaWN0ID09PSB0aGlzLiNvLnN0cmljdCA/IHJlc29sdXRpb24uY29tcGlsZWQgOiB1bmRlZmluZWQ7XG4gICAgaWYgKGNvbXBpbGVkICE9PSB1bmRlZmluZWQpIHJldHVybiB7IGVudHJ5OiBjb21waWxlZCwgY2FjaGUsIHNvdXJjZSB9O1xuICAgIGNvbnN0IGJ1aWx0ID0gYXdhaXQgdGhpcy4jY29tcGlsZShyZXNvbHV0aW9uLCBzdHJpY3QpO1xuICAgIHJldHVybiB7IGVudHJ5OiBidWlsdC5lbnRyeSwgY2FjaGU6IGJ1aWx0LmpvaW5lZCAmJiBjYWNoZSA9PT0gJ2hpdCcgPyAnaW5mbGlnaHQnIDogY2FjaGUsIHNvdXJjZSB9O1xuICB9XG5cbiAgLyoqIFRpZXIgMjogd2hhdCBgcmVxdWVzdGAgcmVzb2x2ZXMgdG8sIGZyb20gdGhlIGNhY2hlLCBhIHNoYXJlZCBsb2FkLCBvciBhIG5ldyBsb2FkLiAqL1xuICBhc3luYyAjcmVzb2x2ZShyZXF1ZXN0OiBSZXF1ZXN0KTogUHJvbWlzZTx7IHJlc29sdXRpb246IFJlc29sdXRpb247IGNhY2hlOiBDYWNoZVJlc3VsdDsgc291cmNlOiBQcm9tcHRTb3VyY2UgfT4ge1xuICAgIGNvbnN0IGNhY2hlZCA9IHRoaXMuI2NhY2hlLnJlc29sdXRpb24ocmVxdWVzdC5rZXkpO1xuICAgIGxldCBleHBpcmVkOiBSZXNvbHV0aW9uIHwgdW5kZWZpbmVkO1xuICAgIGlmIChjYWNoZWQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgY29uc3QgZnJlc2huZXNzID0gdGhpcy4jY2FjaGUuZnJlc2huZXNzKGNhY2hlZCwgcmVxdWVzdC5leGFjdCk7XG4gICAgICBpZiAoZnJlc2huZXNzID09PSAnZnJlc2gnKSB7XG4gICAgICAgIHJldHVybiB7IHJlc29sdXRpb246IGNhY2hlZCwgY2FjaGU6ICdoaXQnLCBzb3VyY2U6IGNhY2hlZC5vcmlnaW4gPT09ICdzbmFwc2hvdCcgPyAnc25hcHNob3QnIDogJ2NhY2hlJyB9O1xuICAgICAgfVxuICAgICAgaWYgKGZyZXNobmVzcyA9PT0gJ3N0YWxlJykge1xuICAgICAgICB0aGlzLiNyZWZyZXNoKHJlcXVlc3QsIGNhY2hlZCk7XG4gICAgICAgIHJldHVybiB7IHJlc29sdXRpb246IGNhY2hlZCwgY2FjaGU6ICdzdGFsZScsIHNvdXJjZTogY2FjaGVkLm9yaWdpbiA9PT0gJ3NuYXBzaG90JyA/ICdzbmFwc2hvdCcgOiAnc3RhbGUnIH07XG4gICAgICB9XG4gICAgICBleHBpcmVkID0gY2FjaGVkO1xuICAgICAgdGhpcy4jY2FjaGUuZGVsZXRlUmVzb2x1dGlvbihyZXF1ZXN0LmtleSwgY2FjaGVkKTtcbiAgICB9XG4gICAgY29uc3QgeyBwcm9taXNlLCBqb2luZWQgfSA9IHRoaXMuI2NhY2hlLnNoYXJlKHRoaXMuI2NhY2hlLmxvYWRpbmcsIHJlcXVlc3Qua2V5LCByZXF1ZXN0Lm5hbWUsIChmbGlnaHQpID0+XG4gICAgICB0aGlzLiNsb2FkKHJlcXVlc3QsIGZsaWdodCwgZXhwaXJlZCksXG4gICAgKTtcbiAgICBjb25zdCB7IHJlc29sdXRpb24sIHNvdXJjZSB9ID0gYXdhaXQgcHJvbWlzZTtcbiAgICByZXR1cm4geyByZXNvbHV0aW9uLCBjYWNoZTogam9pbmVkID8gJ2luZmxpZ2h0JyA6ICdtaXNzJywgc291cmNlIH07XG4gIH1cblxuICAvKiogQSBmb3JlZ3JvdW5kIGxvYWQ6IHN0b3JlIFx1MjE5MiBzdGFsZSBjb3B5IFx1MjE5MiBzbmFwc2hvdCwgb3IgYSBgU3RvcmVFcnJvcmAgc2F5aW5nIHdoYXQgd2FzIHRyaWVkLiAqL1xuICBhc3luYyAjbG9hZChyZXF1ZXN0OiBSZXF1ZXN0LCBmbGlnaHQ6IEZsaWdodDxMb2FkZWQ+LCBleHBpcmVkOiBSZXNvbHV0aW9uIHwgdW5kZWZpbmVkKTogUHJvbWlzZTxMb2FkZWQ+IHtcbiAgICBsZXQgc3RvcmVFcnJvcjogdW5rbm93bjtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVzb2x1dGlvbiA9IGF3YWl0IHRoaXMuI2xvYWRGcm9tU3RvcmUocmVxdWVzdCk7XG4gICAgICBpZiAoIWZsaWdodC5jYW5jZWxsZWQpIHRoaXMuI2NhY2hlLnNldFJlc29sdXRpb24ocmVxdWVzdC5rZXksIHJlc29sdXRpb24pO1xuICAgICAgcmV0dXJuIHsgcmVzb2x1dGlvbiwgc291cmNlOiAnc3RvcmUnIH07XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmICghaXNVbmF2YWlsYWJsZShlcnJvcikpIHRocm93IGVycm9yO1xuICAgICAgc3RvcmVFcnJvciA9IGVycm9yO1xuICAgIH1cbiAgICBjb25zdCB0cmllZCA9IFtgdGhlICR7dGhpcy5zdG9yZS5uYW1lfSBzdG9yZSBmYWlsZWQgKCR7ZXJyb3JUZXh0KHN0b3JlRXJyb3IpfSlgXTtcblxuICAgIC8vIEEgc3RhbGUgY29weSBzdGlsbCB3aXRoaW4gbWF4U3RhbGVNcyAob25lIGNhbiBhcHBlYXIgd2hpbGUgdGhpcyBsb2FkIHJhbikuXG4gICAgY29uc3QgY3VycmVudCA9IHRoaXMuI2NhY2hlLnJlc29sdXRpb24ocmVxdWVzdC5rZXkpO1xuICAgIGlmIChjdXJyZW50ICE9PSB1bmRlZmluZWQgJiYgdGhpcy4jY2FjaGUuZnJlc2huZXNzKGN1cnJlbnQsIHJlcXVlc3QuZXhhY3QpICE9PSAnZXhwaXJlZCcpIHtcbiAgICAgIHJldHVybiB7IHJlc29sdXRpb246IGN1cnJlbnQsIHNvdXJjZTogJ3N0YWxlJyB9O1xuICAgIH1cbiAgICB0cmllZC5wdXNoKFxuICAgICAgZXhwaXJlZCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gJ25vIHN0YWxlIGNvcHknXG4gICAgICAgIDogYHRoZSBzdGFsZSBjb3B5ICgke2V4cGlyZWQudmVyc2lvbn0pIGlzIG9sZGVyIHRoYW4gY2FjaGUubWF4U3RhbGVNcyAoJHt0aGlzLiNjYWNoZS5tYXhTdGFsZU1zfSBtcylgLFxuICAgICk7XG5cbiAgICBpZiAodGhpcy4jc25hcHNob3QgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdHJpZWQucHVzaCgnbm8gc25hcHNob3QgY29uZmlndXJlZCcpO1xuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCBmb3VuZCA9IGF3YWl0IHRoaXMuI3NuYXBzaG90Lmxvb2t1cChyZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IpO1xuICAgICAgaWYgKGZvdW5kLmZvdW5kKSB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgY29uc3QgcmVjb3JkID0gcGFyc2VSZWNvcmQoZm91bmQucmVjb3JkLCBgc25hcHNob3QgZW50cnkgJHtyZXF1ZXN0LmtleX1gKTtcbiAgICAgICAgICBpZiAocmVjb3JkLm5hbWUgIT09IHJlcXVlc3QubmFtZSkgdGhyb3cgbmV3IEVycm9yKGBpdCBob2xkcyBcIiR7cmVjb3JkLm5hbWV9XCJgKTtcbiAgICAgICAgICBjb25zdCBoYXNoID0gYXdhaXQgY2hlY2tJbnRlZ3JpdHkocmVjb3JkLCBsb2NrZWRIYXNoKHRoaXMuI28ubG9ja2ZpbGUsIHJlcXVlc3QubmFtZSwgcmVjb3JkLnZlcnNpb24pKTtcbiAgICAgICAgICBjb25zdCByZXNvbHV0aW9uOiBSZXNvbHV0aW9uID0ge1xuICAgICAgICAgICAgbmFtZTogcmVxdWVzdC5uYW1lLFxuICAgICAgICAgICAgc2VsZWN0b3I6IHJlcXVlc3Quc2VsZWN0b3IsXG4gICAgICAgICAgICByZWNvcmQsXG4gICAgICAgICAgICB2ZXJzaW9uOiByZWNvcmQudmVyc2lvbixcbiAgICAgICAgICAgIGhhc2gsXG4gICAgICAgICAgICBvcmlnaW46ICdzbmFwc2hvdCcsXG4gICAgICAgICAgICAvLyBTdGFsZSBmcm9tIHRoZSBzdGFydDogc2VydmVkIHdoaWxlIGEgcmVmcmVzaCB0cmllcyB0aGUgc3RvcmUgYWdhaW4uXG4gICAgICAgICAgICBsb2FkZWRBdDogdGhpcy4jbm93KCkgLSB0aGlzLiNjYWNoZS50dGxNcyxcbiAgICAgICAgICAgIHJldHJ5QXQ6IDAsXG4gICAgICAgICAgICBjb21waWxlZDogdW5kZWZpbmVkLFxuICAgICAgICAgIH07XG4gICAgICAgICAgaWYgKCFmbGlnaHQuY2FuY2VsbGVkKSB0aGlzLiNjYWNoZS5zZXRSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCByZXNvbHV0aW9uKTtcbiAgICAgICAgICByZXR1cm4geyByZXNvbHV0aW9uLCBzb3VyY2U6ICdzbmFwc2hvdCcgfTtcbiAgICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICB0cmllZC5wdXNoKGB0aGUgc25hcHNob3QgZW50cnkgd2FzIHJlamVjdGVkICgke2Vycm9yVGV4dChlcnJvcil9KWApO1xuICAgICAgICB9XG4gICAgICB9IGVsc2Uge1xuICAgICAgICB0cmllZC5wdXNoKGZvdW5kLnJlYXNvbik7XG4gICAgICB9XG4gICAgfVxuICAgIGNvbnN0IGNhdXNlID0gc3RvcmVFcnJvciBpbnN0YW5jZW9mIFN0b3JlRXJyb3IgPyBzdG9yZUVycm9yIDogdW5kZWZpbmVkO1xuICAgIHRocm93IG5ldyBTdG9yZUVycm9yKFxuICAgICAgYENvdWxkIG5vdCBsb2FkIHByb21wdCBcIiR7cmVxdWVzdC5rZXl9XCI6ICR7dHJpZWQuam9pbignOyAnKX1gLFxuICAgICAge1xuICAgICAgICBzdG9yZTogdGhpcy5zdG9yZS5uYW1lLFxuICAgICAgICAuLi4oY2F1c2U/LnN0YXR1cyA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHN0YXR1czogY2F1c2Uuc3RhdHVzIH0pLFxuICAgICAgICByZXRyeWFibGU6IGNhdXNlPy5yZXRyeWFibGUgPz8gZmFsc2UsXG4gICAgICB9LFxuICAgICAgeyBjYXVzZTogc3RvcmVFcnJvciB9LFxuICAgICk7XG4gIH1cblxuICBhc3luYyAjbG9hZEZyb21TdG9yZShyZXF1ZXN0OiBSZXF1ZXN0KTogUHJvbWlzZTxSZXNvbHV0aW9uPiB7XG4gICAgY29uc3QgcmVjb3JkID0gYXdhaXQgZmV0Y2hSZWNvcmQodGhpcy5zdG9yZSwgcmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yKTtcbiAgICBjb25zdCBoYXNoID0gYXdhaXQgY2hlY2tJbnRlZ3JpdHkocmVjb3JkLCBsb2NrZWRIYXNoKHRoaXMuI28ubG9ja2ZpbGUsIHJlcXVlc3QubmFtZSwgcmVjb3JkLnZlcnNpb24pKTtcbiAgICB0aGlzLiNzbmFwc2hvdD8ubm90ZShyZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IsIHJlY29yZCwgaGFzaCk7XG4gICAgcmV0dXJuIHtcbiAgICAgIG5hbWU6IHJlcXVlc3QubmFtZSxcbiAgICAgIHNlbGVjdG9yOiByZXF1ZXN0LnNlbGVjdG9yLFxuICAgICAgcmVjb3JkLFxuICAgICAgdmVyc2lvbjogcmVjb3JkLnZlcnNpb24sXG4gICAgICBoYXNoLFxuICAgICAgb3JpZ2luOiAnc3RvcmUnLFxuICAgICAgbG9hZGVkQXQ6IHRoaXMuI25vdygpLFxuICAgICAgcmV0cnlBdDogMCxcbiAgICAgIGNvbXBpbGVkOiB1bmRlZmluZWQsXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBTdGFydCBvbmUgYmFja2dyb3VuZCByZWZyZXNoIG9mIGEgc3RhbGUgc2VsZWN0b3IsIHVubGVzcyBvbmUgcnVucyBvciBhIGZhaWxlZCBvbmUgaXMgdG9vIHJlY2VudC4gKi9cbiAgI3JlZnJlc2gocmVxdWVzdDogUmVxdWVzdCwgc3RhbGU6IFJlc29sdXRpb24pOiB2b2lkIHtcbiAgICBpZiAodGhpcy4jY2FjaGUucmVmcmVzaGluZy5oYXMocmVxdWVzdC5rZXkpIHx8IHRoaXMuI25vdygpIDwgc3RhbGUucmV0cnlBdCkgcmV0dXJuO1xuICAgIGNvbnN0IHJlZnJlc2hpbmcgPSB0aGlzLiNjYWNoZS5yZWZyZXNoaW5nO1xuICAgIHRoaXMuI2NhY2hlLnNoYXJlKHJlZnJlc2hpbmcsIHJlcXVlc3Qua2V5LCByZXF1ZXN0Lm5hbWUsIGFzeW5jIChmbGlnaHQpID0+IHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IGZyZXNoID0gYXdhaXQgdGhpcy4jbG9hZEZyb21TdG9yZShyZXF1ZXN0KTtcbiAgICAgICAgZnJlc2guY29tcGlsZWQgPSAoYXdhaXQgdGhpcy4jY29tcGlsZShmcmVzaCwgdGhpcy4jby5zdHJpY3QsIHN0YWxlLmNvbXBpbGVkKSkuZW50cnk7XG4gICAgICAgIHRoaXMuI2NhY2hlLmxhbmQocmVmcmVzaGluZywgcmVxdWVzdC5rZXksIGZsaWdodCk7XG4gICAgICAgIGlmIChmbGlnaHQuY2FuY2VsbGVkKSByZXR1cm47XG4gICAgICAgIHRoaXMuI2NhY2hlLnNldFJlc29sdXRpb24ocmVxdWVzdC5rZXksIGZyZXNoKTtcbiAgICAgICAgdGhpcy4jZW1pdFJlZnJlc2gocmVxdWVzdCwgdHJ1ZSwgc3RhbGUudmVyc2lvbiwgZnJlc2gudmVyc2lvbik7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0aGlzLiNjYWNoZS5sYW5kKHJlZnJlc2hpbmcsIHJlcXVlc3Qua2V5LCBmbGlnaHQpO1xuICAgICAgICBpZiAoZmxpZ2h0LmNhbmNlbGxlZCkgcmV0dXJuO1xuICAgICAgICBpZiAoaXNOb3RGb3VuZChlcnJvcikpIHtcbiAgICAgICAgICAvLyBUaGUgc3RvcmUgc2F5cyB0aGUgbmFtZSBvciBsYWJlbCBpcyBnb25lOiBzZXJ2ZSBpdCBubyBtb3JlLlxuICAgICAgICAgIHRoaXMuI2NhY2hlLmRlbGV0ZVJlc29sdXRpb24ocmVxdWVzdC5rZXksIHN0YWxlKTtcbiAgICAgICAgfSBlbHNlIHtcbiAgICAgICAgICBzdGFsZS5yZXRyeUF0ID0gdGhpcy4jbm93KCkgKyBNYXRoLm1pbih0aGlzLiNjYWNoZS50dGxNcywgUkVGUkVTSF9SRVRSWV9NUyk7XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy4jZW1pdFJlZnJlc2gocmVxdWVzdCwgZmFsc2UsIHN0YWxlLnZlcnNpb24sIHVuZGVmaW5lZCwgZXJyb3IpO1xuICAgICAgfVxuICAgIH0pO1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBjb21waWxhdGlvblxuXG4gIC8qKlxuICAgKiBUaWVyIDE6IHRoZSBjb21waWxlZCBwcm9tcHQgb2YgYSByZXNvbHV0aW9uLCBzaGFyZWQgcGVyIGBuYW1lQHZlcnNpb25gLiBXaXRoIGBwcmV2aW91c2AsIHRoZVxuICAgKiBwYXJ0aWFscyBhcmUgcmVzb2x2ZWQgYWdhaW4gYW5kIGBwcmV2aW91c2AgaXMga2VwdCB3aGVuIG5vbmUgY2hhbmdlZC5cbiAgICovXG4gICNjb21waWxlKFxuICAgIHJlc29sdXRpb246IFJlc29sdXRpb24sXG4gICAgc3RyaWN0OiBib29sZWFuLFxuICAgIHByZXZpb3VzPzogQ29tcGlsZWRFbnRyeSxcbiAgKTogUHJvbWlzZTx7IGVudHJ5OiBDb21waWxlZEVudHJ5OyBqb2luZWQ6IGJvb2xlYW4gfT4gfCB7IGVudHJ5OiBDb21waWxlZEVudHJ5OyBqb2luZWQ6IGJvb2xlYW4gfSB7XG4gICAgY29uc3QgaXNEZWZhdWx0ID0gc3RyaWN0ID09PSB0aGlzLiNvLnN0cmljdDtcbiAgICBjb25zdCBrZXkgPSBpc0RlZmF1bHRcbiAgICAgID8gY2FjaGVLZXkocmVzb2x1dGlvbi5uYW1lLCByZXNvbHV0aW9uLnZlcnNpb24pXG4gICAgICA6IGAke2NhY2hlS2V5KHJlc29sdXRpb24ubmFtZSwgcmVzb2x1dGlvbi52ZXJzaW9uKX0jJHtzdHJpY3QgPyAnc3RyaWN0JyA6ICdsb29zZSd9YDtcbiAgICBjb25zdCBoaXQgPSB0aGlzLiNjYWNoZS5jb21waWxlZEVudHJ5KGtleSk7XG4gICAgaWYgKGhpdCAhPT0gdW5kZWZpbmVkICYmIGhpdC5oYXNoID09PSByZXNvbHV0aW9uLmhhc2ggJiYgKHByZXZpb3VzID09PSB1bmRlZmluZWQgfHwgaGl0LmRlcHMuc2l6ZSA9PT0gMCkpIHtcbiAgICAgIGlmIChpc0RlZmF1bHQpIGF0dGFjaENvbXBpbGVkKHJlc29sdXRpb24sIGhpdCk7XG4gICAgICByZXR1cm4geyBlbnRyeTogaGl0LCBqb2luZWQ6IGZhbHNlIH07XG4gICAgfVxuICAgIGNvbnN0IHsgcHJvbWlzZSwgam9pbmVkIH0gPSB0aGlzLiNjYWNoZS5zaGFyZSh0aGlzLiNjYWNoZS5jb21waWxpbmcsIGtleSwgcmVzb2x1dGlvbi5uYW1lLCBhc3luYyAoZmxpZ2h0KSA9PiB7XG4gICAgICBjb25zdCB7IHJlY29yZHMsIGRlcHMgfSA9IGF3YWl0IHRoaXMuI2dhdGhlclBhcnRpYWxzKHJlc29sdXRpb24ucmVjb3JkKTtcbiAgICAgIGNvbnN0IGV4aXN0aW5nID0gdGhpcy4jY2FjaGUuY29tcGlsZWRFbnRyeShrZXkpID8/IHByZXZpb3VzO1xuICAgICAgY29uc3QgZW50cnkgPVxuICAgICAgICBleGlzdGluZyAhPT0gdW5kZWZpbmVkICYmIGV4aXN0aW5nLmhhc2ggPT09IHJlc29sdXRpb24uaGFzaCAmJiBzYW1lRGVwcyhleGlzdGluZy5kZXBzLCBkZXBzKVxuICAgICAgICAgID8gZXhpc3RpbmdcbiAgICAgICAgICA6IHtcbiAgICAgICAgICAgICAgcmVjb3JkOiByZXNvbHV0aW9uLnJlY29yZCxcbiAgICAgICAgICAgICAgaGFzaDogcmVzb2x1dGlvbi5oYXNoLFxuICAgICAgICAgICAgICBjb21waWxlZDogY29tcGlsZVByb21wdChyZXNvbHV0aW9uLnJlY29yZCwgeyBzdHJpY3QsIHBhcnRpYWxzOiAobmFtZSkgPT4gcmVjb3Jkcy5nZXQobmFtZSkgfSksXG4gICAgICAgICAgICAgIGRlcHMsXG4gICAgICAgICAgICB9O1xuICAgICAgaWYgKCFmbGlnaHQuY2FuY2VsbGVkKSB0aGlzLiNjYWNoZS5zZXRDb21waWxlZChrZXksIGVudHJ5KTtcbiAgICAgIHJldHVybiBlbnRyeTtcbiAgICB9KTtcbiAgICByZXR1cm4gcHJvbWlzZS50aGVuKChlbnRyeSkgPT4ge1xuICAgICAgaWYgKGlzRGVmYXVsdCkgYXR0YWNoQ29tcGlsZWQocmVzb2x1dGlvbiwgZW50cnkpO1xuICAgICAgcmV0dXJuIHsgZW50cnksIGpvaW5lZCB9O1xuICAgIH0pO1xuICB9XG5cbiAgLyoqIExvYWQgdGhlIHJlY29yZHMgb2YgZXZlcnkgcGFydGlhbCBgcm9vdGAgaW5jbHVkZXMsIHJlY3Vyc2l2ZWx5IChib3VuZGVkKSwgdGhyb3VnaCB0aGUgY2FjaGUuICovXG4gIGFzeW5jICNnYXRoZXJQYXJ0aWFscyhcbiAgICByb290OiBQcm9tcHRSZWNvcmQsXG4gICk6IFByb21pc2U8eyByZWNvcmRzOiBNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+OyBkZXBzOiBNYXA8c3RyaW5nLCBzdHJpbmc+IH0+IHtcbiAgICBjb25zdCByZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIFByb21wdFJlY29yZD4oKTtcbiAgICBjb25zdCBkZXBzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgbGV0IGxldmVsID0gcGFydGlhbE5hbWVzT2Yocm9vdCk7XG4gICAgd2hpbGUgKGxldmVsLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gbGV2ZWwuZmlsdGVyKChuYW1lKSA9PiAhc2Vlbi5oYXMobmFtZSkpO1xuICAgICAgZm9yIChjb25zdCBuYW1lIG9mIG5hbWVzKSBzZWVuLmFkZChuYW1lKTtcbiAgICAgIGlmIChzZWVuLnNpemUgPiBNQVhfUEFSVElBTFMpIHtcbiAgICAgICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgICAgIGBpbmNsdWRlcyBtb3JlIHRoYW4gJHtNQVhfUEFSVElBTFN9IGRpc3RpbmN0IHBhcnRpYWxzIChyZWN1cnNpdmVseSk7IHNwbGl0IHRoZSBwcm9tcHQgb3IgZmxhdHRlbiBpdHMgcGFydGlhbHNgLFxuICAgICAgICAgIHsgcHJvbXB0TmFtZTogcm9vdC5uYW1lLCBmaWVsZDogJ3RlbXBsYXRlJyB9LFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgY29uc3QgbG9hZGVkID0gYXdhaXQgUHJvbWlzZS5hbGwobmFtZXMubWFwKChuYW1lKSA9PiB0aGlzLiNwYXJ0aWFsUmVjb3JkKHJvb3QsIG5hbWUpKSk7XG4gICAgICBsZXZlbCA9IFtdO1xuICAgICAgbG9hZGVkLmZvckVhY2goKHJlY29yZCwgaSkgPT4ge1xuICAgICAgICBjb25zdCBuYW1lID0gbmFtZXNbaV0gPz8gJyc7XG4gICAgICAgIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICAgICAgICByZWNvcmRzLnNldChuYW1lLCByZWNvcmQpO1xuICAgICAgICBkZXBzLnNldChuYW1lLCByZWNvcmQudmVyc2lvbik7XG4gICAgICAgIGlmIChyZWNvcmQgIT09IHJvb3QpIGxldmVsLnB1c2goLi4ucGFydGlhbE5hbWVzT2YocmVjb3JkKSk7XG4gICAgICB9KTtcbiAgICB9XG4gICAgcmV0dXJuIHsgcmVjb3JkcywgZGVwcyB9O1xuICB9XG5cbiAgLyoqIEEgcGFydGlhbCdzIHJlY29yZDogdGhlIHJvb3QgaXRzZWxmIGZvciBhIHNlbGYtaW5jbHVzaW9uLCBgdW5kZWZpbmVkYCB3aGVuIHRoZSBzdG9yZSBoYXMgbm8gc3VjaCBuYW1lLiAqL1xuICBhc3luYyAjcGFydGlhbFJlY29yZChyb290OiBQcm9tcHRSZWNvcmQsIG5hbWU6IHN0cmluZyk6IFByb21pc2U8UHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkPiB7XG4gICAgaWYgKG5hbWUgPT09IHJvb3QubmFtZSkgcmV0dXJuIHJvb3Q7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiAoYXdhaXQgdGhpcy4jcmVzb2x2ZSh0aGlzLiNtYWtlUmVxdWVzdChuYW1lLCB0aGlzLiNwYXJ0aWFsU2VsZWN0b3IobmFtZSkpKSkucmVzb2x1dGlvbi5yZWNvcmQ7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdE5vdEZvdW5kRXJyb3IpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGZhbGxiYWNrXG5cbiAgYXN5bmMgI2ZhbGxiYWNrKHJlcXVlc3Q6IFJlcXVlc3QsIGZhbGxiYWNrOiBQcm9tcHRGYWxsYmFjaywgc3RyaWN0OiBib29sZWFuKTogUHJvbWlzZTxDb21waWxlZEVudHJ5PiB7XG4gICAgY29uc3QgbWVtb0tleSA9IHR5cGVvZiBmYWxsYmFjayA9PT0gJ3N0cmluZycgPyBgJHtyZXF1ZXN0Lm5hbWV9XFx1MDAwMCR7c3RyaWN0fVxcdTAwMDAke2ZhbGxiYWNrfWAgOiB1bmRlZmluZWQ7XG4gICAgY29uc3QgbWVtbyA9IG1lbW9LZXkgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHRoaXMuI2ZhbGxiYWNrcy5nZXQobWVtb0tleSk7XG4gICAgaWYgKG1lbW8gIT09IHVuZGVmaW5lZCkgcmV0dXJuIG1lbW87XG4gICAgY29uc3QgYnVpbHQgPSAoYXN5bmMgKCk6IFByb21pc2U8Q29tcGlsZWRFbnRyeT4gPT4ge1xuICAgICAgY29uc3QgcmVjb3JkID0gZmFsbGJhY2tSZWNvcmQocmVxdWVzdC5uYW1lLCBmYWxsYmFjayk7XG4gICAgICBjb25zdCBoYXNoID0gYXdhaXQgY2hlY2tJbnRlZ3JpdHkocmVjb3JkKTtcbiAgICAgIGNvbnN0IHJlY29yZHMgPSBuZXcgTWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPigpO1xuICAgICAgZm9yIChjb25zdCBuYW1lIG9mIHBhcnRpYWxOYW1lc09mKHJlY29yZCkpIHtcbiAgICAgICAgY29uc3QgY2FjaGVkID0gdGhpcy4jY2FjaGUucmVzb2x1dGlvbihjYWNoZUtleShuYW1lLCB0aGlzLiNwYXJ0aWFsU2VsZWN0b3IobmFtZSkpKTtcbiAgICAgICAgaWYgKGNhY2hlZCAhPT0gdW5kZWZpbmVkKSByZWNvcmRzLnNldChuYW1lLCBjYWNoZWQucmVjb3JkKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGNvbXBpbGVkID0gY29tcGlsZVByb21wdChyZWNvcmQsIHsgc3RyaWN0LCBwYXJ0aWFsczogKG5hbWUpID0+IHJlY29yZHMuZ2V0KG5hbWUpIH0pO1xuICAgICAgcmV0dXJuIHsgcmVjb3JkLCBoYXNoLCBjb21waWxlZCwgZGVwczogbmV3IE1hcCgpIH07XG4gICAgfSkoKTtcbiAgICBpZiAobWVtb0tleSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAodGhpcy4jZmFsbGJhY2tzLnNpemUgPj0gRkFMTEJBQ0tfTUVNT19TSVpFKSB0aGlzLiNmYWxsYmFja3MuY2xlYXIoKTtcbiAgICAgIHRoaXMuI2ZhbGxiYWNrcy5zZXQobWVtb0tleSwgYnVpbHQpO1xuICAgICAgYnVpbHQuY2F0Y2goKCkgPT4gdGhpcy4jZmFsbGJhY2tzLmRlbGV0ZShtZW1vS2V5KSk7XG4gICAgfVxuICAgIHJldHVybiBidWlsdDtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gZXZlbnRzXG5cbiAgI3JlZ2lzdGVySG9va3MoKTogdm9pZCB7XG4gICAgY29uc3QgaCA9IHRoaXMuI28uaG9va3M7XG4gICAgaWYgKGgub25GZXRjaCkgdGhpcy4jZW1pdHRlci5vbignZmV0Y2gnLCBoLm9uRmV0Y2gpO1xuICAgIGlmIChoLm9uUmVuZGVyKSB0aGlzLiNlbWl0dGVyLm9uKCdyZW5kZXInLCBoLm9uUmVuZGVyKTtcbiAgICBpZiAoaC5vblJlZnJlc2gpIHRoaXMuI2VtaXR0ZXIub24oJ3JlZnJlc2gnLCBoLm9uUmVmcmVzaCk7XG4gICAgaWYgKGgub25FcnJvcikgdGhpcy4jZW1pdHRlci5vbignZXJyb3InLCBoLm9uRXJyb3IpO1xuICAgIGlmIChoLm9uQXNzaWdubWVudCkgdGhpcy4jZW1pdHRlci5vbignYXNzaWdubWVudCcsIGgub25Bc3NpZ25tZW50KTtcbiAgICBpZiAoaC5vbk91dGNvbWUpIHRoaXMuI2VtaXR0ZXIub24oJ291dGNvbWUnLCBoLm9uT3V0Y29tZSk7XG4gICAgaWYgKGgub25FdmVudCkgdGhpcy4jZW1pdHRlci5vbkV2ZW50KGgub25FdmVudCk7XG4gIH1cblxuICAjZW1pdEZldGNoKHJlcXVlc3Q6IFJlcXVlc3QsIHNlcnZlZDogU2VydmVkLCBzdGFydGVkOiBudW1iZXIpOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuI2VtaXR0ZXIud2FudHMoJ2ZldGNoJykpIHJldHVybjtcbiAgICB0aGlzLiNlbWl0dGVyLmVtaXQoe1xuICAgICAgdHlwZTogJ2ZldGNoJyxcbiAgICAgIG5hbWU6IHJlcXVlc3QubmFtZSxcbiAgICAgIHNlbGVjdG9yOiByZXF1ZXN0LnNlbGVjdG9yLFxuICAgICAgdmVyc2lvbjogc2VydmVkLmVudHJ5LnJlY29yZC52ZXJzaW9uLFxuICAgICAgaGFzaDogc2VydmVkLmVudHJ5Lmhhc2gsXG4gICAgICBzdG9yZTogdGhpcy5zdG9yZS5uYW1lLFxuICAgICAgY2FjaGU6IHNlcnZlZC5jYWNoZSxcbiAgICAgIHNvdXJjZTogc2VydmVkLnNvdXJjZSxcbiAgICAgIGR1cmF0aW9uTXM6IHN0YXJ0ZWQgPT09IDAgPyAwIDogdGhpcy4jY3R4LmVsYXBzZWQoKSAtIHN0YXJ0ZWQsXG4gICAgfSk7XG4gIH1cblxuICAjZW1pdFJlZnJlc2gocmVxdWVzdDogUmVxdWVzdCwgb2s6IGJvb2xlYW4sIGZyb21WZXJzaW9uOiBzdHJpbmcsIHRvVmVyc2lvbj86IHN0cmluZywgZXJyb3I/OiB1bmtub3duKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLiNlbWl0dGVyLndhbnRzKCdyZWZyZXNoJykpIHJldHVybjtcbiAgICB0aGlzLiNlbWl0dGVyLmVtaXQoe1xuICAgICAgdHlwZTogJ3JlZnJlc2gnLFxuICAgICAgbmFtZTogcmVxdWVzdC5uYW1lLFxuICAgICAgc2VsZWN0b3I6IHJlcXVlc3Quc2VsZWN0b3IsXG4gICAgICBvayxcbiAgICAgIGZyb21WZXJzaW9uLFxuICAgICAgLi4uKHRvVmVyc2lvbiA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHRvVmVyc2lvbiB9KSxcbiAgICAgIC4uLihlcnJvciA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGVycm9yOiBhc0Vycm9yKGVycm9yKSB9KSxcbiAgICB9KTtcbiAgfVxuXG4gICNlbWl0RXJyb3IobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nIHwgdW5kZWZpbmVkLCBlcnJvcjogdW5rbm93bik6IHZvaWQge1xuICAgIGlmICghdGhpcy4jZW1pdHRlci53YW50cygnZXJyb3InKSkgcmV0dXJuO1xuICAgIHRoaXMuI2VtaXR0ZXIuZW1pdCh7XG4gICAgICB0eXBlOiAnZXJyb3InLFxuICAgICAgbmFtZSxcbiAgICAgIC4uLihzZWxlY3RvciA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHNlbGVjdG9yIH0pLFxuICAgICAgZXJyb3I6IGFzRXJyb3IoZXJyb3IpLFxuICAgIH0pO1xuICB9XG59XG5cbi8qKiBGYWlsdXJlcyBvZiBhdmFpbGFiaWxpdHk6IHRoZSBzdG9yZSBjb3VsZCBub3QgYW5zd2VyIChhcyBvcHBvc2VkIHRvIGFuc3dlcmluZyBcIm5vXCIgb3IgXCJiYWRcIikuICovXG5mdW5jdGlvbiBpc1VuYXZhaWxhYmxlKGVycm9yOiB1bmtub3duKTogZXJyb3IgaXMgU3RvcmVFcnJvciB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIFN0b3JlRXJyb3I7XG59XG5cbi8qKiBBIGZhbGxiYWNrIHN0YW5kcyBpbiB3aGVuIHRoZSBzdG9yZSBpcyB1bmF2YWlsYWJsZSBvciBkb2VzIG5vdCBrbm93IHRoZSBwcm9tcHQuICovXG5mdW5jdGlvbiBjYW5GYWxsQmFjayhlcnJvcjogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gaXNVbmF2YWlsYWJsZShlcnJvcikgfHwgaXNOb3RGb3VuZChlcnJvcik7XG59XG5cbmZ1bmN0aW9uIHdpdGhOb0ZhbGxiYWNrKGVycm9yOiBTdG9yZUVycm9yKTogU3RvcmVFcnJvciB7XG4gIHJldHVybiBuZXcgU3RvcmVFcnJvcihcbiAgICBgJHtlcnJvci5tZXNzYWdlfTsgbm8gZmFsbGJhY2sgZ2l2ZW4uIFBhc3MgZ2V0UHJvbXB0KHNwZWMsIHsgZmFsbGJhY2sgfSkgb3IgY29uZmlndXJlIGEgc25hcHNob3QgdG8gc2VydmUgcHJvbXB0cyB3aGlsZSB0aGUgc3RvcmUgaXMgZG93bi5gLFxuICAgIHsgc3RvcmU6IGVycm9yLnN0b3JlLCAuLi4oZXJyb3Iuc3RhdHVzID09PSB1bmRlZmluZWQgPyB7fSA6IHsgc3RhdHVzOiBlcnJvci5zdGF0dXMgfSksIHJldHJ5YWJsZTogZXJyb3IucmV0cnlhYmxlIH0sXG4gICAgeyBjYXVzZTogZXJyb3IuY2F1c2UgPz8gZXJyb3IgfSxcbiAgKTtcbn1cblxuLyoqIFNldCB0aGUgZGVmYXVsdC1zdHJpY3RuZXNzIGNvbXBpbGVkIHByb21wdCBvZiBhIHJlc29sdXRpb24gKGFuZCBmb3JnZXQgYSBwcm9tcHQgb2JqZWN0IGJ1aWx0IGZyb20gYW5vdGhlcikuICovXG5mdW5jdGlvbiBhdHRhY2hDb21waWxlZChyZXNvbHV0aW9uOiBSZXNvbHV0aW9uLCBlbnRyeTogQ29tcGlsZWRFbnRyeSk6IHZvaWQge1xuICBpZiAocmVzb2x1dGlvbi5jb21waWxlZCA9PT0gZW50cnkpIHJldHVybjtcbiAgcmVzb2x1dGlvbi5jb21waWxlZCA9IGVudHJ5O1xuICByZXNvbHV0aW9uLnByb21wdCA9IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gc2FtZURlcHMoYTogUmVhZG9ubHlNYXA8c3RyaW5nLCBzdHJpbmc+LCBiOiBSZWFkb25seU1hcDxzdHJpbmcsIHN0cmluZz4pOiBib29sZWFuIHtcbiAgaWYgKGEuc2l6ZSAhPT0gYi5zaXplKSByZXR1cm4gZmFsc2U7XG4gIGZvciAoY29uc3QgW25hbWUsIHZlcnNpb25dIG9mIGEpIGlmIChiLmdldChuYW1lKSAhPT0gdmVyc2lvbikgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gdHJ1ZTtcbn1cblxuZnVuY3Rpb24gZXJyb3JUZXh0KGVycm9yOiB1bmtub3duKTogc3RyaW5nIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBgJHtlcnJvci5uYW1lfTogJHtlcnJvci5tZXNzYWdlfWAgOiBTdHJpbmcoZXJyb3IpO1xufVxuIiwgIi8qKlxuICogVGhlIHJlcXVlc3QgaGFuZGxlciBvZiB0aGUgcmVmZXJlbmNlIHNlcnZlcjogSFRUUCBwcm90b2NvbCB2MSAoREVTSUdOLm1kIHNlY3Rpb24gNykgb3ZlciBhbnlcbiAqIGBQcm9tcHRTdG9yZWAsIG9uIHBsYWluIGBub2RlOmh0dHBgIHJlcXVlc3QvcmVzcG9uc2Ugb2JqZWN0cy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgY3JlYXRlSGFzaCwgdGltaW5nU2FmZUVxdWFsIH0gZnJvbSAnbm9kZTpjcnlwdG8nO1xuaW1wb3J0IHR5cGUgeyBJbmNvbWluZ01lc3NhZ2UsIFNlcnZlclJlc3BvbnNlIH0gZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCBzZW12ZXJWYWxpZCBmcm9tICdzZW12ZXIvZnVuY3Rpb25zL3ZhbGlkLmpzJztcbmltcG9ydCB7IGNvbXB1dGVIYXNoLCB2ZXJpZnlSZWNvcmRIYXNoIH0gZnJvbSAnLi4vZW5naW5lL2hhc2guanMnO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgbGFiZWxNYXAsIHNlbGVjdG9yS2luZCwgc29ydFZlcnNpb25zRGVzY2VuZGluZyB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQge1xuICBDb25maWdFcnJvcixcbiAgSW50ZWdyaXR5RXJyb3IsXG4gIGlzUHJvbXB0T3BzRXJyb3IsXG4gIFByb21wdEZvcm1hdEVycm9yLFxuICBQcm9tcHROb3RGb3VuZEVycm9yLFxuICBTdG9yZUVycm9yLFxuICBWZXJzaW9uTm90Rm91bmRFcnJvcixcbn0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvdG9jb2xFcnJvckNvZGUgfSBmcm9tICcuLi9zdG9yZXMvaHR0cC9wcm90b2NvbC5qcyc7XG5pbXBvcnQgeyBzZXRMYWJlbEJvZHlTY2hlbWEgfSBmcm9tICcuLi9zdG9yZXMvaHR0cC9wcm90b2NvbC5qcyc7XG5pbXBvcnQgeyByZXNvbHZlTG9jYWxseSwgc3VnZ2VzdE5hbWVzIH0gZnJvbSAnLi4vc3RvcmVzL3Jlc29sdmUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSwgVmVyc2lvbkluZm8gfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuXG4vKiogT3B0aW9ucyBvZiB0aGUgcmVxdWVzdCBoYW5kbGVyIChzZWUgYGNyZWF0ZVByb21wdFNlcnZlcmApLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRSZXF1ZXN0SGFuZGxlck9wdGlvbnMge1xuICAvKiogVGhlIHN0b3JlIHRvIHNlcnZlLiAqL1xuICBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIC8qKlxuICAgKiBCZWFyZXIgdG9rZW4gZXZlcnkgcmVxdWVzdCBtdXN0IGNhcnJ5IChgQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5gKSwgY29tcGFyZWQgaW4gY29uc3RhbnQgdGltZS5cbiAgICogQGRlZmF1bHQgdW5kZWZpbmVkIChubyBhdXRoZW50aWNhdGlvbilcbiAgICovXG4gIHRva2VuPzogc3RyaW5nO1xuICAvKipcbiAgICogQWNjZXB0IGBQVVQgL3YxL3Byb21wdHMve25hbWV9L3ZlcnNpb25zL3t2ZXJzaW9ufWAgYW5kIGBQVVQgL3YxL3Byb21wdHMve25hbWV9L2xhYmVscy97bGFiZWx9YC5cbiAgICogQGRlZmF1bHQgZmFsc2VcbiAgICovXG4gIHdyaXRhYmxlPzogYm9vbGVhbjtcbiAgLyoqXG4gICAqIExhcmdlc3QgYWNjZXB0ZWQgcmVxdWVzdCBib2R5IGluIGJ5dGVzIChhIGxhcmdlciBvbmUgaXMgYW5zd2VyZWQgd2l0aCA0MTMpLlxuICAgKiBAZGVmYXVsdCAxMDQ4NTc2ICgxIE1CKVxuICAgKi9cbiAgbWF4Qm9keUJ5dGVzPzogbnVtYmVyO1xuICAvKipcbiAgICogQ2FsbGVkIHdpdGggZXZlcnkgdW5leHBlY3RlZCBlcnJvciAoYSBidWcgb3IgYSBzdG9yZSBmYWlsdXJlIGFuc3dlcmVkIHdpdGggNXh4KTsgdGhlIGNsaWVudCBvbmx5XG4gICAqIHNlZXMgYSBnZW5lcmljIG1lc3NhZ2UgZm9yIG5vbi1wcm9tcHRvcHMgZXJyb3JzLlxuICAgKiBAZGVmYXVsdCBsb2dzIHRvIGNvbnNvbGUuZXJyb3JcbiAgICovXG4gIG9uRXJyb3I/OiAoZXJyb3I6IHVua25vd24pID0+IHZvaWQ7XG59XG5cbi8qKiBBIGBub2RlOmh0dHBgIHJlcXVlc3QgbGlzdGVuZXIuICovXG5leHBvcnQgdHlwZSBQcm9tcHRSZXF1ZXN0SGFuZGxlciA9IChyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSkgPT4gdm9pZDtcblxuLyoqIEFuIGVycm9yIGFuc3dlcjogc3RhdHVzLCBwcm90b2NvbCBjb2RlIGFuZCBtZXNzYWdlLiAqL1xuY2xhc3MgSHR0cEZhaWx1cmUgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyLFxuICAgIHJlYWRvbmx5IGNvZGU6IFByb3RvY29sRXJyb3JDb2RlLFxuICAgIG1lc3NhZ2U6IHN0cmluZyxcbiAgICByZWFkb25seSBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge30sXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICB9XG59XG5cbmNvbnN0IElNTVVUQUJMRSA9ICdwdWJsaWMsIG1heC1hZ2U9MzE1MzYwMDAsIGltbXV0YWJsZSc7XG5cbmZ1bmN0aW9uIHNoYTI1Nih0ZXh0OiBzdHJpbmcpOiBCdWZmZXIge1xuICByZXR1cm4gY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHRleHQsICd1dGY4JykuZGlnZXN0KCk7XG59XG5cbi8qKlxuICogTWFrZSBhIHJlcXVlc3QgbGlzdGVuZXIgc2VydmluZyBwcm90b2NvbCB2MSBvdmVyIGBvcHRpb25zLnN0b3JlYC4gTW91bnQgaXQgb24geW91ciBvd25cbiAqIGBub2RlOmh0dHBgIHNlcnZlciwgb3IgdXNlIGBjcmVhdGVQcm9tcHRTZXJ2ZXJgLCB3aGljaCBkb2VzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogaW1wb3J0IHsgY3JlYXRlU2VydmVyIH0gZnJvbSAnbm9kZTpodHRwJztcbiAqIGNyZWF0ZVNlcnZlcihjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcih7IHN0b3JlOiBmaWxlU3RvcmUoeyBkaXI6ICcuL3Byb21wdHMnIH0pIH0pKS5saXN0ZW4oODA4MCk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyKG9wdGlvbnM6IFByb21wdFJlcXVlc3RIYW5kbGVyT3B0aW9ucyk6IFByb21wdFJlcXVlc3RIYW5kbGVyIHtcbiAgY29uc3QgeyBzdG9yZSB9ID0gb3B0aW9ucztcbiAgaWYgKHR5cGVvZiBzdG9yZSAhPT0gJ29iamVjdCcgfHwgc3RvcmUgPT09IG51bGwgfHwgdHlwZW9mIHN0b3JlLmxpc3RWZXJzaW9ucyAhPT0gJ2Z1bmN0aW9uJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignbXVzdCBiZSBhIFByb21wdFN0b3JlIChhbiBvYmplY3Qgd2l0aCBsaXN0VmVyc2lvbnMgYW5kIGdldFZlcnNpb24pJywgeyBvcHRpb246ICdzdG9yZScgfSk7XG4gIH1cbiAgaWYgKG9wdGlvbnMudG9rZW4gIT09IHVuZGVmaW5lZCAmJiAodHlwZW9mIG9wdGlvbnMudG9rZW4gIT09ICdzdHJpbmcnIHx8IG9wdGlvbnMudG9rZW4gPT09ICcnKSkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignbXVzdCBiZSBhIG5vbi1lbXB0eSBzdHJpbmcgKG9yIGxlZnQgb3V0IHRvIHNlcnZlIHdpdGhvdXQgYXV0aGVudGljYXRpb24pJywge1xuICAgICAgb3B0aW9uOiAndG9rZW4nLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IG9uRXJyb3IgPVxuICAgIG9wdGlvbnMub25FcnJvciA/P1xuICAgICgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIGNvbnNvbGUuZXJyb3IoJ1twcm9tcHRvcHMgc2VydmVyXScsIGVycm9yKTtcbiAgICB9KTtcbiAgY29uc3QgdG9rZW5EaWdlc3QgPSBvcHRpb25zLnRva2VuID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzaGEyNTYob3B0aW9ucy50b2tlbik7XG4gIGNvbnN0IHdyaXRhYmxlID0gb3B0aW9ucy53cml0YWJsZSA9PT0gdHJ1ZTtcbiAgY29uc3QgbWF4Qm9keUJ5dGVzID0gb3B0aW9ucy5tYXhCb2R5Qnl0ZXMgPz8gMTAyNCAqIDEwMjQ7XG4gIGlmICghTnVtYmVyLmlzRmluaXRlKG1heEJvZHlCeXRlcykgfHwgbWF4Qm9keUJ5dGVzIDw9IDApIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYSBwb3NpdGl2ZSBudW1iZXIsIGdvdCAke1N0cmluZyhtYXhCb2R5Qnl0ZXMpfWAsIHsgb3B0aW9uOiAnbWF4Qm9keUJ5dGVzJyB9KTtcbiAgfVxuXG4gIGZ1bmN0aW9uIGNoZWNrQXV0aChyZXE6IEluY29taW5nTWVzc2FnZSk6IHZvaWQge1xuICAgIGlmICh0b2tlbkRpZ2VzdCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gICAgY29uc3QgaGVhZGVyID0gcmVxLmhlYWRlcnMuYXV0aG9yaXphdGlvbjtcbiAgICBjb25zdCBjaGFsbGVuZ2UgPSB7ICd3d3ctYXV0aGVudGljYXRlJzogJ0JlYXJlciByZWFsbT1cInByb21wdG9wc1wiJyB9O1xuICAgIGNvbnN0IG1hdGNoID0gdHlwZW9mIGhlYWRlciA9PT0gJ3N0cmluZycgPyAvXkJlYXJlclsgXFx0XSsoXFxTKylbIFxcdF0qJC9pLmV4ZWMoaGVhZGVyKSA6IG51bGw7XG4gICAgaWYgKG1hdGNoPy5bMV0gPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDEsXG4gICAgICAgICd1bmF1dGhvcml6ZWQnLFxuICAgICAgICAnTWlzc2luZyBiZWFyZXIgdG9rZW46IHNlbmQgXCJBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPlwiIHdpdGggdGhlIHRva2VuIHRoZSBzZXJ2ZXIgd2FzIHN0YXJ0ZWQgd2l0aC4nLFxuICAgICAgICBjaGFsbGVuZ2UsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoIXRpbWluZ1NhZmVFcXVhbChzaGEyNTYobWF0Y2hbMV0pLCB0b2tlbkRpZ2VzdCkpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNDAxLFxuICAgICAgICAndW5hdXRob3JpemVkJyxcbiAgICAgICAgJ0ludmFsaWQgYmVhcmVyIHRva2VuOiBzZW5kIHRoZSB0b2tlbiB0aGUgc2VydmVyIHdhcyBzdGFydGVkIHdpdGguJyxcbiAgICAgICAgY2hhbGxlbmdlLFxuICAgICAgKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBub3RGb3VuZChuYW1lOiBzdHJpbmcsIHNlbGVjdG9yPzogc3RyaW5nKTogUHJvbWlzZTxIdHRwRmFpbHVyZT4ge1xuICAgIGNvbnN0IHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpLmNhdGNoKCgpID0+IFtdIGFzIFZlcnNpb25JbmZvW10pO1xuICAgIGlmICh2ZXJzaW9ucy5sZW5ndGggPT09IDApIHtcbiAgICAgIGNvbnN0IG5hbWVzID0gc3RvcmUubGlzdCA9PT0gdW5kZWZpbmVkID8gW10gOiBhd2FpdCBzdG9yZS5saXN0KCkuY2F0Y2goKCkgPT4gW10gYXMgc3RyaW5nW10pO1xuICAgICAgY29uc3QgZXJyb3IgPSBuZXcgUHJvbXB0Tm90Rm91bmRFcnJvcihuYW1lLCB7IHN0b3JlOiBzdG9yZS5uYW1lLCBzdWdnZXN0aW9uczogc3VnZ2VzdE5hbWVzKG5hbWUsIG5hbWVzKSB9KTtcbiAgICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgZXJyb3IubWVzc2FnZSk7XG4gICAgfVxuICAgIGNvbnN0IHNvcnRlZCA9IHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcodmVyc2lvbnMpO1xuICAgIGNvbnN0IGVycm9yID0gbmV3IFZlcnNpb25Ob3RGb3VuZEVycm9yKG5hbWUsIHNlbGVjdG9yID8/ICcobm9uZSknLCB7XG4gICAgICB2ZXJzaW9uczogc29ydGVkLm1hcCgodikgPT4gdi52ZXJzaW9uKSxcbiAgICAgIGxhYmVsczogbGFiZWxNYXAoc29ydGVkKSxcbiAgICB9KTtcbiAgICByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwNCwgJ25vdF9mb3VuZCcsIGVycm9yLm1lc3NhZ2UpO1xuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gcm91dGUocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBtZXRob2QgPSByZXEubWV0aG9kID8/ICdHRVQnO1xuICAgIGNvbnN0IHJhd1VybCA9IHJlcS51cmwgPz8gJy8nO1xuICAgIGNvbnN0IHEgPSByYXdVcmwuaW5kZXhPZignPycpO1xuICAgIGNvbnN0IHJhd1BhdGggPSBxID09PSAtMSA/IHJhd1VybCA6IHJhd1VybC5zbGljZSgwLCBxKTtcbiAgICBjb25zdCBxdWVyeSA9IG5ldyBVUkxTZWFyY2hQYXJhbXMocSA9PT0gLTEgPyAnJyA6IHJhd1VybC5zbGljZShxICsgMSkpO1xuICAgIGNvbnN0IHNlZ21lbnRzID0gcmF3UGF0aC5zcGxpdCgnLycpLnNsaWNlKDEpO1xuICAgIGlmIChzZWdtZW50c1swXSAhPT0gJ3YxJyB8fCBzZWdtZW50c1sxXSAhPT0gJ3Byb21wdHMnKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwNCxcbiAgICAgICAgJ25vdF9mb3VuZCcsXG4gICAgICAgIGBObyBzdWNoIGVuZHBvaW50OiAke21ldGhvZH0gJHtyYXdQYXRoLnNsaWNlKDAsIDIwMCl9LiBUaGUgQVBJIGxpdmVzIHVuZGVyIC92MS9wcm9tcHRzLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBjaGVja0F1dGgocmVxKTtcbiAgICBjb25zdCByZXN0ID0gc2VnbWVudHMuc2xpY2UoMik7XG4gICAgaWYgKHJlc3QubGVuZ3RoID09PSAwIHx8IChyZXN0Lmxlbmd0aCA9PT0gMSAmJiByZXN0WzBdID09PSAnJykpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydHRVQnLCAnSEVBRCddKTtcbiAgICAgIHJldHVybiBzZW5kSnNvbihyZXEsIHJlcywgMjAwLCBhd2FpdCBsaXN0QWxsKCksIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tY2FjaGUnIH0pO1xuICAgIH1cbiAgICBjb25zdCBkZWNvZGVkID0gcmVzdC5tYXAoZGVjb2RlU2VnbWVudCk7XG4gICAgY29uc3QgbmFtZSA9IGRlY29kZWRbMF0gYXMgc3RyaW5nO1xuICAgIGNvbnN0IHByb2JsZW0gPSBleHBsYWluSW52YWxpZE5hbWUobmFtZSk7XG4gICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgYCR7cHJvYmxlbX0uIEVuY29kZSB0aGUgd2hvbGUgbmFtZSBhcyBvbmUgcGF0aCBzZWdtZW50IChcIi9cIiBhcyAlMkYpLmApO1xuICAgIH1cbiAgICBpZiAoZGVjb2RlZC5sZW5ndGggPT09IDEpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydHRVQnLCAnSEVBRCddKTtcbiAgICAgIGNvbnN0IHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICAgICAgaWYgKHZlcnNpb25zLmxlbmd0aCA9PT0gMCkgdGhyb3cgYXdhaXQgbm90Rm91bmQobmFtZSk7XG4gICAgICByZXR1cm4gc2VuZEpzb24oXG4gICAgICAgIHJlcSxcbiAgICAgICAgcmVzLFxuICAgICAgICAyMDAsXG4gICAgICAgIHsgbmFtZSwgdmVyc2lvbnM6IHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcodmVyc2lvbnMpIH0sXG4gICAgICAgIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tY2FjaGUnIH0sXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBbLCBraW5kLCBhcmddID0gZGVjb2RlZDtcbiAgICBpZiAoa2luZCA9PT0gJ3ZlcnNpb25zJyAmJiBhcmcgIT09IHVuZGVmaW5lZCAmJiBkZWNvZGVkLmxlbmd0aCA9PT0gMykge1xuICAgICAgYWxsb3cobWV0aG9kLCBbJ0dFVCcsICdIRUFEJywgJ1BVVCddKTtcbiAgICAgIGlmIChzZW12ZXJWYWxpZChhcmcpICE9PSBhcmcpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICAgIDQwMCxcbiAgICAgICAgICAnYmFkX3JlcXVlc3QnLFxuICAgICAgICAgIGBJbnZhbGlkIHZlcnNpb24gJHtKU09OLnN0cmluZ2lmeShhcmcuc2xpY2UoMCwgMTAwKSl9OiB1c2UgYSBzZW12ZXIgdmVyc2lvbiBzdWNoIGFzIDEuMi4zLmAsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBpZiAobWV0aG9kID09PSAnUFVUJykgcmV0dXJuIHB1dFZlcnNpb24ocmVxLCByZXMsIG5hbWUsIGFyZyk7XG4gICAgICByZXR1cm4gZ2V0VmVyc2lvbihyZXEsIHJlcywgbmFtZSwgYXJnKTtcbiAgICB9XG4gICAgaWYgKGtpbmQgPT09ICdyZXNvbHZlJyAmJiBkZWNvZGVkLmxlbmd0aCA9PT0gMikge1xuICAgICAgYWxsb3cobWV0aG9kLCBbJ0dFVCcsICdIRUFEJ10pO1xuICAgICAgY29uc3Qgc2VsZWN0b3IgPSBxdWVyeS5nZXQoJ3NlbGVjdG9yJyk7XG4gICAgICBpZiAoc2VsZWN0b3IgPT09IG51bGwgfHwgc2VsZWN0b3IgPT09ICcnIHx8IHNlbGVjdG9yLmxlbmd0aCA+IDI1NiB8fCBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICAgIDQwMCxcbiAgICAgICAgICAnYmFkX3JlcXVlc3QnLFxuICAgICAgICAgICdNaXNzaW5nIG9yIGludmFsaWQgP3NlbGVjdG9yPTogdXNlIGFuIGV4YWN0IHZlcnNpb24gKDEuMi4zKSwgYSBzZW12ZXIgcmFuZ2UgKF4xLjIpLCBhIGxhYmVsIChwcm9kdWN0aW9uKSBvciBsYXRlc3QuJyxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHJlY29yZCA9XG4gICAgICAgIHN0b3JlLnJlc29sdmUgPT09IHVuZGVmaW5lZCA/IGF3YWl0IHJlc29sdmVMb2NhbGx5KHN0b3JlLCBuYW1lLCBzZWxlY3RvcikgOiBhd2FpdCBzdG9yZS5yZXNvbHZlKG5hbWUsIHNlbGVjdG9yKTtcbiAgICAgIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgdGhyb3cgYXdhaXQgbm90Rm91bmQobmFtZSwgc2VsZWN0b3IpO1xuICAgICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIGF3YWl0IHdpdGhIYXNoKHJlY29yZCksIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tY2FjaGUnIH0pO1xuICAgIH1cbiAgICBpZiAoa2luZCA9PT0gJ2xhYmVscycgJiYgYXJnICE9PSB1bmRlZmluZWQgJiYgZGVjb2RlZC5sZW5ndGggPT09IDMpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydQVVQnXSk7XG4gICAgICByZXR1cm4gcHV0TGFiZWwocmVxLCByZXMsIG5hbWUsIGFyZyk7XG4gICAgfVxuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBgTm8gc3VjaCBlbmRwb2ludDogJHttZXRob2R9ICR7cmF3UGF0aC5zbGljZSgwLCAyMDApfS5gKTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIGxpc3RBbGwoKTogUHJvbWlzZTx7IHByb21wdHM6IEFycmF5PHsgbmFtZTogc3RyaW5nOyB2ZXJzaW9uczogVmVyc2lvbkluZm9bXSB9PiB9PiB7XG4gICAgaWYgKHN0b3JlLmxpc3QgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA1MDEsXG4gICAgICAgICdub3RfaW1wbGVtZW50ZWQnLFxuICAgICAgICBgVGhlICR7c3RvcmUubmFtZX0gc3RvcmUgY2Fubm90IGxpc3QgaXRzIHByb21wdHMgKGl0IGhhcyBubyBsaXN0KCkpLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBuYW1lcyA9IGF3YWl0IHN0b3JlLmxpc3QoKTtcbiAgICBjb25zdCBwcm9tcHRzOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmVyc2lvbnM6IFZlcnNpb25JbmZvW10gfT4gPSBuZXcgQXJyYXkobmFtZXMubGVuZ3RoKTtcbiAgICBsZXQgbmV4dCA9IDA7XG4gICAgY29uc3Qgd29ya2VyID0gYXN5bmMgKCk6IFByb21pc2U8dm9pZD4gPT4ge1xuICAgICAgd2hpbGUgKG5leHQgPCBuYW1lcy5sZW5ndGgpIHtcbiAgICAgICAgY29uc3QgaSA9IG5leHQrKztcbiAgICAgICAgY29uc3QgbmFtZSA9IG5hbWVzW2ldIGFzIHN0cmluZztcbiAgICAgICAgcHJvbXB0c1tpXSA9IHsgbmFtZSwgdmVyc2lvbnM6IHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcoYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpKSB9O1xuICAgICAgfVxuICAgIH07XG4gICAgYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogTWF0aC5taW4oMTYsIG5hbWVzLmxlbmd0aCkgfSwgd29ya2VyKSk7XG4gICAgcmV0dXJuIHsgcHJvbXB0cyB9O1xuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gZ2V0VmVyc2lvbihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSwgbmFtZTogc3RyaW5nLCB2ZXJzaW9uOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCByZWNvcmQgPSBhd2FpdCBzdG9yZS5nZXRWZXJzaW9uKG5hbWUsIHZlcnNpb24pO1xuICAgIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgdGhyb3cgYXdhaXQgbm90Rm91bmQobmFtZSwgdmVyc2lvbik7XG4gICAgY29uc3QgYm9keSA9IGF3YWl0IHdpdGhIYXNoKHJlY29yZCk7XG4gICAgY29uc3QgZXRhZyA9IGBcIiR7Ym9keS5oYXNofVwiYDtcbiAgICBjb25zdCBoZWFkZXJzID0geyBldGFnLCAnY2FjaGUtY29udHJvbCc6IElNTVVUQUJMRSB9O1xuICAgIGlmIChldGFnTWF0Y2hlcyhyZXEuaGVhZGVyc1snaWYtbm9uZS1tYXRjaCddLCBldGFnKSkge1xuICAgICAgcmVzLndyaXRlSGVhZCgzMDQsIGhlYWRlcnMpO1xuICAgICAgcmVzLmVuZCgpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgYm9keSwgaGVhZGVycyk7XG4gIH1cblxuICBmdW5jdGlvbiByZXF1aXJlV3JpdGFibGUoY2FwYWJpbGl0eTogJ3B1dFZlcnNpb24nIHwgJ3NldExhYmVsJyk6IHZvaWQge1xuICAgIGlmICghd3JpdGFibGUpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNDA1LFxuICAgICAgICAnbWV0aG9kX25vdF9hbGxvd2VkJyxcbiAgICAgICAgJ1RoaXMgc2VydmVyIGlzIHJlYWQtb25seTogc3RhcnQgaXQgd2l0aCB3cml0YWJsZTogdHJ1ZSB0byBhY2NlcHQgUFVUIHJlcXVlc3RzLicsXG4gICAgICAgIHsgYWxsb3c6ICdHRVQsIEhFQUQnIH0sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoc3RvcmVbY2FwYWJpbGl0eV0gPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA1MDEsXG4gICAgICAgICdub3RfaW1wbGVtZW50ZWQnLFxuICAgICAgICBgVGhlICR7c3RvcmUubmFtZX0gc3RvcmUgY2Fubm90IGJlIHdyaXR0ZW4gKGl0IGhhcyBubyAke2NhcGFiaWxpdHl9KCkpLmAsXG4gICAgICApO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHB1dFZlcnNpb24ocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgcmVxdWlyZVdyaXRhYmxlKCdwdXRWZXJzaW9uJyk7XG4gICAgY29uc3QgYm9keSA9IGF3YWl0IHJlYWRKc29uQm9keShyZXEpO1xuICAgIGxldCByZWNvcmQ6IFByb21wdFJlY29yZDtcbiAgICBsZXQgaGFzaDogc3RyaW5nO1xuICAgIHRyeSB7XG4gICAgICByZWNvcmQgPSBwYXJzZVJlY29yZChib2R5LCB7IGZpbGU6ICdyZXF1ZXN0IGJvZHknIH0pO1xuICAgICAgaGFzaCA9IGF3YWl0IHZlcmlmeVJlY29yZEhhc2gocmVjb3JkKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Rm9ybWF0RXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBJbnRlZ3JpdHlFcnJvcikge1xuICAgICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCBgSW52YWxpZCByZWNvcmQ6ICR7ZXJyb3IubWVzc2FnZX1gKTtcbiAgICAgIH1cbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICBpZiAocmVjb3JkLm5hbWUgIT09IG5hbWUgfHwgcmVjb3JkLnZlcnNpb24gIT09IHZlcnNpb24pIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNDAwLFxuICAgICAgICAnYmFkX3JlcXVlc3QnLFxuICAgICAgICBgVGhlIHJlY29yZCBpcyBcIiR7cmVjb3JkLm5hbWV9QCR7cmVjb3JkLnZlcnNpb259XCIgYnV0IHRoZSBVUkwgc2F5cyBcIiR7bmFtZX1AJHt2ZXJzaW9ufVwiOiB0aGV5IG11c3QgbWF0Y2guYCxcbiAgICAgICk7XG4gICAgfVxuICAgIGF3YWl0IHN0b3JlLnB1dFZlcnNpb24/LihyZWNvcmQpO1xuICAgIHJldHVybiBzZW5kSnNvbihyZXEsIHJlcywgMjAwLCB7IG5hbWUsIHZlcnNpb24sIGhhc2ggfSwgeyAnY2FjaGUtY29udHJvbCc6ICduby1zdG9yZScgfSk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBwdXRMYWJlbChyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSwgbmFtZTogc3RyaW5nLCBsYWJlbDogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgcmVxdWlyZVdyaXRhYmxlKCdzZXRMYWJlbCcpO1xuICAgIGlmIChzZWxlY3RvcktpbmQobGFiZWwpICE9PSAnbGFiZWwnKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMCxcbiAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgYEludmFsaWQgbGFiZWwgJHtKU09OLnN0cmluZ2lmeShsYWJlbC5zbGljZSgwLCAxMDApKX06IHN0YXJ0IHdpdGggYSBsZXR0ZXIsIHRoZW4gbGV0dGVycywgZGlnaXRzLCBcIi5cIiwgXCJfXCIgb3IgXCItXCI7IFwibGF0ZXN0XCIgaXMgcmVzZXJ2ZWQuYCxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IHBhcnNlZCA9IHNldExhYmVsQm9keVNjaGVtYS5zYWZlUGFyc2UoYXdhaXQgcmVhZEpzb25Cb2R5KHJlcSkpO1xuICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsICdUaGUgYm9keSBtdXN0IGJlIHtcInZlcnNpb25cIjogXCI8c2VtdmVyPlwifS4nKTtcbiAgICBhd2FpdCBzdG9yZS5zZXRMYWJlbD8uKG5hbWUsIGxhYmVsLCBwYXJzZWQuZGF0YS52ZXJzaW9uKTtcbiAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgeyBuYW1lLCBsYWJlbCwgdmVyc2lvbjogcGFyc2VkLmRhdGEudmVyc2lvbiB9LCB7ICdjYWNoZS1jb250cm9sJzogJ25vLXN0b3JlJyB9KTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlYWRKc29uQm9keShyZXE6IEluY29taW5nTWVzc2FnZSk6IFByb21pc2U8dW5rbm93bj4ge1xuICAgIGNvbnN0IHR5cGUgPSByZXEuaGVhZGVyc1snY29udGVudC10eXBlJ10gPz8gJyc7XG4gICAgaWYgKCEvXmFwcGxpY2F0aW9uXFwvKD86W1xcdy4tXStcXCspP2pzb25cXGIvaS50ZXN0KHR5cGUpKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDE1LCAndW5zdXBwb3J0ZWRfbWVkaWFfdHlwZScsICdTZW5kIHRoZSBib2R5IGFzIEpTT04gKENvbnRlbnQtVHlwZTogYXBwbGljYXRpb24vanNvbikuJyk7XG4gICAgfVxuICAgIGNvbnN0IGRlY2xhcmVkID0gTnVtYmVyKHJlcS5oZWFkZXJzWydjb250ZW50LWxlbmd0aCddKTtcbiAgICBjb25zdCB0b29MYXJnZSA9IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgIDQxMyxcbiAgICAgICdwYXlsb2FkX3Rvb19sYXJnZScsXG4gICAgICBgVGhlIHJlcXVlc3QgYm9keSBpcyBsYXJnZXIgdGhhbiB0aGUgJHttYXhCb2R5Qnl0ZXN9LWJ5dGUgbGltaXQgb2YgdGhpcyBzZXJ2ZXIuYCxcbiAgICAgIHsgY29ubmVjdGlvbjogJ2Nsb3NlJyB9LFxuICAgICk7XG4gICAgaWYgKE51bWJlci5pc0Zpbml0ZShkZWNsYXJlZCkgJiYgZGVjbGFyZWQgPiBtYXhCb2R5Qnl0ZXMpIHRocm93IHRvb0xhcmdlO1xuICAgIGNvbnN0IGNodW5rczogQnVmZmVyW10gPSBbXTtcbiAgICBsZXQgdG90YWwgPSAwO1xuICAgIGZvciBhd2FpdCAoY29uc3QgY2h1bmsgb2YgcmVxKSB7XG4gICAgICBjb25zdCBidWZmZXIgPSBjaHVuayBhcyBCdWZmZXI7XG4gICAgICB0b3RhbCArPSBidWZmZXIubGVuZ3RoO1xuICAgICAgaWYgKHRvdGFsID4gbWF4Qm9keUJ5dGVzKSB0aHJvdyB0b29MYXJnZTtcbiAgICAgIGNodW5rcy5wdXNoKGJ1ZmZlcik7XG4gICAgfVxuICAgIHRyeSB7XG4gICAgICByZXR1cm4gSlNPTi5wYXJzZShCdWZmZXIuY29uY2F0KGNodW5rcykudG9TdHJpbmcoJ3V0ZjgnKSk7XG4gICAgfSBjYXRjaCB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnVGhlIHJlcXVlc3QgYm9keSBpcyBub3QgdmFsaWQgSlNPTi4nKTtcbiAgICB9XG4gIH1cblxuICByZXR1cm4gKHJlcSwgcmVzKSA9PiB7XG4gICAgcm91dGUocmVxLCByZXMpLmNhdGNoKChlcnJvcjogdW5rbm93bikgPT4ge1xuICAgICAgY29uc3QgZmFpbHVyZSA9IHRvRmFpbHVyZShlcnJvcik7XG4gICAgICBpZiAoZmFpbHVyZS5zdGF0dXMgPj0gNTAwICYmIGZhaWx1cmUuc3RhdHVzICE9PSA1MDEpIG9uRXJyb3IoZXJyb3IpO1xuICAgICAgaWYgKCFyZXMuaGVhZGVyc1NlbnQpIHNlbmRFcnJvcihyZXEsIHJlcywgZmFpbHVyZSk7XG4gICAgICBlbHNlIHJlcy5kZXN0cm95KCk7XG4gICAgICBpZiAoZmFpbHVyZS5zdGF0dXMgPT09IDQxMykgcmVzLm9uKCdmaW5pc2gnLCAoKSA9PiByZXEuZGVzdHJveSgpKTtcbiAgICB9KTtcbiAgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gd2l0aEhhc2gocmVjb3JkOiBQcm9tcHRSZWNvcmQpOiBQcm9taXNlPFByb21wdFJlY29yZCAmIHsgaGFzaDogc3RyaW5nIH0+IHtcbiAgcmV0dXJuIHsgLi4ucmVjb3JkLCBoYXNoOiByZWNvcmQuaGFzaCA/PyAoYXdhaXQgY29tcHV0ZUhhc2gocmVjb3JkKSkgfTtcbn1cblxuZnVuY3Rpb24gZGVjb2RlU2VnbWVudChzZWdtZW50OiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgdmFsdWU6IHN0cmluZztcbiAgdHJ5IHtcbiAgICB2YWx1ZSA9IGRlY29kZVVSSUNvbXBvbmVudChzZWdtZW50KTtcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgJ01hbGZvcm1lZCBwZXJjZW50LWVuY29kaW5nIGluIHRoZSBwYXRoLicpO1xuICB9XG4gIGlmICh2YWx1ZSA9PT0gJy4nIHx8IHZhbHVlID09PSAnLi4nIHx8IHZhbHVlLmluY2x1ZGVzKCdcXDAnKSkge1xuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsICdQYXRoIHNlZ21lbnRzIFwiLlwiIGFuZCBcIi4uXCIgYW5kIE5VTCBieXRlcyBhcmUgcmVmdXNlZC4nKTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbmZ1bmN0aW9uIGFsbG93KG1ldGhvZDogc3RyaW5nLCBtZXRob2RzOiByZWFkb25seSBzdHJpbmdbXSk6IHZvaWQge1xuICBpZiAoIW1ldGhvZHMuaW5jbHVkZXMobWV0aG9kKSkge1xuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDUsICdtZXRob2Rfbm90X2FsbG93ZWQnLCBgJHttZXRob2R9IGlzIG5vdCBhbGxvd2VkIGhlcmU7IHVzZSAke21ldGhvZHMuam9pbignIG9yICcpfS5gLCB7XG4gICAgICBhbGxvdzogbWV0aG9kcy5qb2luKCcsICcpLFxuICAgIH0pO1xuICB9XG59XG5cbi8qKiBUcnVlIHdoZW4gYW4gYElmLU5vbmUtTWF0Y2hgIGhlYWRlciBsaXN0cyBgZXRhZ2AgKHdlYWsgb3Igc3Ryb25nKSBvciBgKmAuICovXG5leHBvcnQgZnVuY3Rpb24gZXRhZ01hdGNoZXMoaGVhZGVyOiBzdHJpbmcgfCB1bmRlZmluZWQsIGV0YWc6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBpZiAoaGVhZGVyID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIGhlYWRlci5zcGxpdCgnLCcpLnNvbWUoKHBhcnQpID0+IHtcbiAgICBjb25zdCB0YWcgPSBwYXJ0LnRyaW0oKS5yZXBsYWNlKC9eV1xcLy8sICcnKTtcbiAgICByZXR1cm4gdGFnID09PSAnKicgfHwgdGFnID09PSBldGFnO1xuICB9KTtcbn1cblxuLyoqIFR1cm4gYW55dGhpbmcgdGhyb3duIHdoaWxlIGFuc3dlcmluZyBpbnRvIGFuIGVycm9yIGFuc3dlciwgd2l0aG91dCBsZWFraW5nIGludGVybmFscy4gKi9cbmZ1bmN0aW9uIHRvRmFpbHVyZShlcnJvcjogdW5rbm93bik6IEh0dHBGYWlsdXJlIHtcbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgSHR0cEZhaWx1cmUpIHJldHVybiBlcnJvcjtcbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Tm90Rm91bmRFcnJvciB8fCBlcnJvciBpbnN0YW5jZW9mIFZlcnNpb25Ob3RGb3VuZEVycm9yKSB7XG4gICAgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHRGb3JtYXRFcnJvciB8fCBlcnJvciBpbnN0YW5jZW9mIEludGVncml0eUVycm9yKSB7XG4gICAgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MjIsICdpbnZhbGlkX3Byb21wdCcsIGVycm9yLm1lc3NhZ2UpO1xuICB9XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIENvbmZpZ0Vycm9yKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgZXJyb3IubWVzc2FnZSk7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFN0b3JlRXJyb3IpIHtcbiAgICBpZiAoZXJyb3Iuc3RhdHVzID09PSA0MDkpIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA5LCAnY29uZmxpY3QnLCBlcnJvci5tZXNzYWdlKTtcbiAgICBpZiAoZXJyb3Iuc3RhdHVzID09PSA0MDApIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCBlcnJvci5tZXNzYWdlKTtcbiAgICBpZiAoZXJyb3Iuc3RhdHVzID09PSA0MDQpIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnJldHJ5YWJsZSkgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg1MDMsICdzdG9yZV91bmF2YWlsYWJsZScsIGVycm9yLm1lc3NhZ2UsIHsgJ3JldHJ5LWFmdGVyJzogJzEnIH0pO1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAwLCAnaW50ZXJuYWwnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuICBpZiAoaXNQcm9tcHRPcHNFcnJvcihlcnJvcikpIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAwLCAnaW50ZXJuYWwnLCBlcnJvci5tZXNzYWdlKTtcbiAgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg1MDAsICdpbnRlcm5hbCcsICdJbnRlcm5hbCBzZXJ2ZXIgZXJyb3I6IHNlZSB0aGUgc2VydmVyIGxvZy4nKTtcbn1cblxuZnVuY3Rpb24gc2VuZEVycm9yKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlLCBmYWlsdXJlOiBIdHRwRmFpbHVyZSk6IHZvaWQge1xuICBzZW5kSnNvbihcbiAgICByZXEsXG4gICAgcmVzLFxuICAgIGZhaWx1cmUuc3RhdHVzLFxuICAgIHsgZXJyb3I6IHsgY29kZTogZmFpbHVyZS5jb2RlLCBtZXNzYWdlOiBmYWlsdXJlLm1lc3NhZ2UgfSB9LFxuICAgIHtcbiAgICAgICdjYWNoZS1jb250cm9sJzogJ25vLXN0b3JlJyxcbiAgICAgIC4uLmZhaWx1cmUuaGVhZGVycyxcbiAgICB9LFxuICApO1xufVxuXG5mdW5jdGlvbiBzZW5kSnNvbihcbiAgcmVxOiBJbmNvbWluZ01lc3NhZ2UsXG4gIHJlczogU2VydmVyUmVzcG9uc2UsXG4gIHN0YXR1czogbnVtYmVyLFxuICBib2R5OiB1bmtub3duLFxuICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge30sXG4pOiB2b2lkIHtcbiAgY29uc3QgdGV4dCA9IEpTT04uc3RyaW5naWZ5KGJvZHkpO1xuICByZXMud3JpdGVIZWFkKHN0YXR1cywge1xuICAgICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbjsgY2hhcnNldD11dGYtOCcsXG4gICAgJ2NvbnRlbnQtbGVuZ3RoJzogU3RyaW5nKEJ1ZmZlci5ieXRlTGVuZ3RoKHRleHQpKSxcbiAgICAneC1jb250ZW50LXR5cGUtb3B0aW9ucyc6ICdub3NuaWZmJyxcbiAgICAuLi5oZWFkZXJzLFxuICB9KTtcbiAgcmVzLmVuZChyZXEubWV0aG9kID09PSAnSEVBRCcgPyB1bmRlZmluZWQgOiB0ZXh0KTtcbn1cbiIsICIvKipcbiAqIEhUVFAgcHJvdG9jb2wgdjEgKERFU0lHTi5tZCBzZWN0aW9uIDcpOiBwYXRocywgYm9keSBzaGFwZXMgKHpvZCBtaW5pIHNjaGVtYXMsIHNvIHRoZSBjb3JlIGVudHJ5XG4gKiBzdGF5cyBzbWFsbCkgYW5kIGVycm9yIGNvZGVzLCBzaGFyZWQgYnkgYGh0dHBTdG9yZWAgYW5kIHRoZSByZWZlcmVuY2Ugc2VydmVyLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcblxuLyoqIFZlcnNpb24gb2YgdGhlIHByb3RvY29sOyB0aGUgcGF0aCBwcmVmaXggaXMgYC92e1BST1RPQ09MX1ZFUlNJT059YC4gKi9cbmV4cG9ydCBjb25zdCBQUk9UT0NPTF9WRVJTSU9OID0gMTtcblxuLyoqIGB7IHZlcnNpb24sIGxhYmVscywgaGFzaD8gfWAgYXMgbGlzdGVkIGJ5IHRoZSBzZXJ2ZXIuICovXG5leHBvcnQgY29uc3QgdmVyc2lvbkluZm9TY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHZlcnNpb246IHouc3RyaW5nKCksXG4gIGxhYmVsczogei5hcnJheSh6LnN0cmluZygpKSxcbiAgaGFzaDogei5vcHRpb25hbCh6LnN0cmluZygpKSxcbn0pO1xuXG4vKiogQW5zd2VyIG9mIGBHRVQgL3YxL3Byb21wdHMve25hbWV9YC4gKi9cbmV4cG9ydCBjb25zdCB2ZXJzaW9uTGlzdFNjaGVtYSA9IHoub2JqZWN0KHtcbiAgbmFtZTogei5zdHJpbmcoKSxcbiAgdmVyc2lvbnM6IHouYXJyYXkodmVyc2lvbkluZm9TY2hlbWEpLFxufSk7XG5cbi8qKiBBbnN3ZXIgb2YgYEdFVCAvdjEvcHJvbXB0c2AuICovXG5leHBvcnQgY29uc3QgcHJvbXB0TGlzdFNjaGVtYSA9IHoub2JqZWN0KHtcbiAgcHJvbXB0czogei5hcnJheShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBuYW1lOiB6LnN0cmluZygpLFxuICAgICAgdmVyc2lvbnM6IHoub3B0aW9uYWwoei5hcnJheSh2ZXJzaW9uSW5mb1NjaGVtYSkpLFxuICAgIH0pLFxuICApLFxufSk7XG5cbi8qKiBCb2R5IG9mIGBQVVQgL3YxL3Byb21wdHMve25hbWV9L2xhYmVscy97bGFiZWx9YC4gKi9cbmV4cG9ydCBjb25zdCBzZXRMYWJlbEJvZHlTY2hlbWEgPSB6Lm9iamVjdCh7IHZlcnNpb246IHouc3RyaW5nKCkgfSk7XG5cbi8qKiBFcnJvciBjb2RlcyBvZiBgeyBcImVycm9yXCI6IHsgXCJjb2RlXCIsIFwibWVzc2FnZVwiIH0gfWAgYm9kaWVzLiAqL1xuZXhwb3J0IHR5cGUgUHJvdG9jb2xFcnJvckNvZGUgPVxuICB8ICdub3RfZm91bmQnXG4gIHwgJ3VuYXV0aG9yaXplZCdcbiAgfCAnYmFkX3JlcXVlc3QnXG4gIHwgJ2NvbmZsaWN0J1xuICB8ICdtZXRob2Rfbm90X2FsbG93ZWQnXG4gIHwgJ3BheWxvYWRfdG9vX2xhcmdlJ1xuICB8ICd1bnN1cHBvcnRlZF9tZWRpYV90eXBlJ1xuICB8ICdpbnZhbGlkX3Byb21wdCdcbiAgfCAnbm90X2ltcGxlbWVudGVkJ1xuICB8ICdzdG9yZV91bmF2YWlsYWJsZSdcbiAgfCAnaW50ZXJuYWwnO1xuXG4vKiogVGhlIGVycm9yIGJvZHkgb2YgZXZlcnkgZmFpbGVkIHJlcXVlc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb3RvY29sRXJyb3JCb2R5IHtcbiAgZXJyb3I6IHsgY29kZTogUHJvdG9jb2xFcnJvckNvZGU7IG1lc3NhZ2U6IHN0cmluZyB9O1xufVxuXG4vKiogYC92MS9wcm9tcHRzL3tlbmNvZGVVUklDb21wb25lbnQobmFtZSl9YCAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByb21wdFBhdGgobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAvdiR7UFJPVE9DT0xfVkVSU0lPTn0vcHJvbXB0cy8ke2VuY29kZVVSSUNvbXBvbmVudChuYW1lKX1gO1xufVxuXG4vKiogYC92MS9wcm9tcHRzL3tuYW1lfS92ZXJzaW9ucy97dmVyc2lvbn1gICovXG5leHBvcnQgZnVuY3Rpb24gdmVyc2lvblBhdGgobmFtZTogc3RyaW5nLCB2ZXJzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cHJvbXB0UGF0aChuYW1lKX0vdmVyc2lvbnMvJHtlbmNvZGVVUklDb21wb25lbnQodmVyc2lvbil9YDtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97bmFtZX0vcmVzb2x2ZWAgKHRoZSBzZWxlY3RvciBnb2VzIGluIGA/c2VsZWN0b3I9YCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVBhdGgobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Byb21wdFBhdGgobmFtZSl9L3Jlc29sdmVgO1xufVxuXG4vKiogYC92MS9wcm9tcHRzL3tuYW1lfS9sYWJlbHMve2xhYmVsfWAgKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbFBhdGgobmFtZTogc3RyaW5nLCBsYWJlbDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Byb21wdFBhdGgobmFtZSl9L2xhYmVscy8ke2VuY29kZVVSSUNvbXBvbmVudChsYWJlbCl9YDtcbn1cblxuLyoqIEEgem9kIGlzc3VlIGxpc3QgYXMgb25lIGxpbmUsIGZvciBtZXNzYWdlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXNjcmliZUlzc3VlcyhlcnJvcjogeyBpc3N1ZXM6IFJlYWRvbmx5QXJyYXk8eyBwYXRoOiBQcm9wZXJ0eUtleVtdOyBtZXNzYWdlOiBzdHJpbmcgfT4gfSk6IHN0cmluZyB7XG4gIHJldHVybiBlcnJvci5pc3N1ZXNcbiAgICAuc2xpY2UoMCwgNSlcbiAgICAubWFwKChpc3N1ZSkgPT4gYCR7aXNzdWUucGF0aC5sZW5ndGggPiAwID8gaXNzdWUucGF0aC5tYXAoU3RyaW5nKS5qb2luKCcuJykgOiAnKGJvZHkpJ306ICR7aXNzdWUubWVzc2FnZX1gKVxuICAgIC5qb2luKCc7ICcpO1xufVxuIiwgIi8qKlxuICogYGh0dHBTdG9yZWA6IHJlYWRzIHByb21wdHMgZnJvbSBhIHNlcnZlciBzcGVha2luZyBwcm9tcHRvcHMgSFRUUCBwcm90b2NvbCB2MSAoREVTSUdOLm1kIHNlY3Rpb24gNyksXG4gKiBzdWNoIGFzIGBwcm9tcHRvcHMgc2VydmVgIG9yIGBjcmVhdGVQcm9tcHRTZXJ2ZXJgLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBMUlVDYWNoZSB9IGZyb20gJ2xydS1jYWNoZSc7XG5pbXBvcnQgc2VtdmVyVmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgeyB2ZXJpZnlSZWNvcmRIYXNoIH0gZnJvbSAnLi4vZW5naW5lL2hhc2guanMnO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgYXNzZXJ0VmFsaWRTZWxlY3Rvciwgc29ydFZlcnNpb25zRGVzY2VuZGluZyB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciwgUHJvbXB0Rm9ybWF0RXJyb3IsIFN0b3JlRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBGYWlsdXJlQ29udGV4dCwgbWFsZm9ybWVkRXJyb3IsIHJlZGFjdG9yLCBzdGF0dXNFcnJvciB9IGZyb20gJy4vaHR0cC9lcnJvcnMuanMnO1xuaW1wb3J0IHsgbm9ybWFsaXplQmFzZVVybCwgcG9zaXRpdmVOdW1iZXIgfSBmcm9tICcuL2h0dHAvb3B0aW9ucy5qcyc7XG5pbXBvcnQge1xuICBkZXNjcmliZUlzc3VlcyxcbiAgbGFiZWxQYXRoLFxuICBwcm9tcHRMaXN0U2NoZW1hLFxuICBwcm9tcHRQYXRoLFxuICByZXNvbHZlUGF0aCxcbiAgdmVyc2lvbkxpc3RTY2hlbWEsXG4gIHZlcnNpb25QYXRoLFxufSBmcm9tICcuL2h0dHAvcHJvdG9jb2wuanMnO1xuaW1wb3J0IHsgdHlwZSBSZXRyeU9wdGlvbnMsIHJlc29sdmVSZXRyeU9wdGlvbnMgfSBmcm9tICcuL2h0dHAvcmV0cnkuanMnO1xuaW1wb3J0IHsgY3JlYXRlVHJhbnNwb3J0LCBERUZBVUxUX01BWF9CT0RZX0JZVEVTLCB0eXBlIFRyYW5zcG9ydFJlc3BvbnNlIH0gZnJvbSAnLi9odHRwL3RyYW5zcG9ydC5qcyc7XG5pbXBvcnQgeyBhc3NlcnRMYWJlbE5hbWUsIGFzc2VydFByb21wdE5hbWUsIGZyb3plblJlY29yZCB9IGZyb20gJy4vcmVzb2x2ZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG5leHBvcnQgdHlwZSB7IFJldHJ5T3B0aW9ucyB9IGZyb20gJy4vaHR0cC9yZXRyeS5qcyc7XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBodHRwU3RvcmV9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBIdHRwU3RvcmVPcHRpb25zIHtcbiAgLyoqXG4gICAqIEJhc2UgVVJMIG9mIHRoZSBzZXJ2ZXIsIHdpdGhvdXQgdGhlIGAvdjFgIHBhdGg6IGAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJ2AuXG4gICAqIEEgcGF0aCBwcmVmaXggaXMga2VwdCAoYCdodHRwczovL2V4YW1wbGUuY29tL3Byb21wdG9wcydgIHJlcXVlc3RzIGAvcHJvbXB0b3BzL3YxLy4uLmApLlxuICAgKi9cbiAgdXJsOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBCZWFyZXIgdG9rZW4gc2VudCBhcyBgQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5gLiBOZXZlciBhcHBlYXJzIGluIGVycm9ycyBvciBldmVudHMuXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gQXV0aG9yaXphdGlvbiBoZWFkZXIpXG4gICAqL1xuICB0b2tlbj86IHN0cmluZztcbiAgLyoqXG4gICAqIEV4dHJhIGhlYWRlcnMgc2VudCB3aXRoIGV2ZXJ5IHJlcXVlc3QuIFRoZWlyIHZhbHVlcyBhcmUgcmVkYWN0ZWQgZnJvbSBlcnJvciBtZXNzYWdlcyB0b28uXG4gICAqIEBkZWZhdWx0IHt9XG4gICAqL1xuICBoZWFkZXJzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqXG4gICAqIFRpbWVvdXQgb2Ygb25lIGF0dGVtcHQgaW4gbWlsbGlzZWNvbmRzLCBmcm9tIHNlbmRpbmcgdGhlIHJlcXVlc3QgdG8gdGhlIGVuZCBvZiB0aGUgYm9keS5cbiAgICogQGRlZmF1bHQgNTAwMFxuICAgKi9cbiAgdGltZW91dE1zPzogbnVtYmVyO1xuICAvKipcbiAgICogUmV0cnkgcG9saWN5IGZvciBuZXR3b3JrIGVycm9ycywgdGltZW91dHMsIDQwOCwgNDI5IGFuZCA1eHg6IGEgbnVtYmVyIHNldHMgYGxpbWl0YCwgYGZhbHNlYFxuICAgKiBkaXNhYmxlcyByZXRyaWVzLlxuICAgKiBAZGVmYXVsdCB7IGxpbWl0OiAyLCBiYWNrb2ZmTXM6IDI1MCwgbWF4QmFja29mZk1zOiA1MDAwLCBtYXhSZXRyeUFmdGVyTXM6IDMwMDAwIH1cbiAgICovXG4gIHJldHJ5PzogUmV0cnlPcHRpb25zIHwgbnVtYmVyIHwgZmFsc2U7XG4gIC8qKlxuICAgKiBgZmV0Y2hgIGltcGxlbWVudGF0aW9uIChhIHByb3h5IGFnZW50LCBhIHRlc3QgZG91YmxlLi4uKS5cbiAgICogQGRlZmF1bHQgZ2xvYmFsVGhpcy5mZXRjaCwgbG9va2VkIHVwIGF0IGVhY2ggcmVxdWVzdFxuICAgKi9cbiAgZmV0Y2g/OiB0eXBlb2YgZ2xvYmFsVGhpcy5mZXRjaDtcbiAgLyoqXG4gICAqIExhcmdlc3QgYWNjZXB0ZWQgcmVzcG9uc2UgYm9keSBpbiBieXRlczsgYSBsYXJnZXIgb25lIGlzIHJlZnVzZWQgKGEgYFN0b3JlRXJyb3JgKSB3aGlsZVxuICAgKiBzdHJlYW1pbmcsIHdpdGhvdXQgYmVpbmcgcmVhZCBmdXJ0aGVyLlxuICAgKiBAZGVmYXVsdCAxMDQ4NTc2MCAoMTAgTUIpXG4gICAqL1xuICBtYXhCb2R5Qnl0ZXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBBZGQgYHB1dFZlcnNpb25gIGFuZCBgc2V0TGFiZWxgIChgUFVUYCByZXF1ZXN0czsgdGhlIHNlcnZlciBtdXN0IHJ1biB3aXRoIGB3cml0YWJsZTogdHJ1ZWApLlxuICAgKiBAZGVmYXVsdCBmYWxzZVxuICAgKi9cbiAgd3JpdGFibGU/OiBib29sZWFuO1xuICAvKipcbiAgICogSG93IG1hbnkgYEVUYWcgXHUyMTkyIHJlY29yZGAgZW50cmllcyB0byBrZWVwIGZvciBjb25kaXRpb25hbCBgZ2V0VmVyc2lvbmAgcmVxdWVzdHNcbiAgICogKGBJZi1Ob25lLU1hdGNoYDsgYSBgMzA0YCByZXVzZXMgdGhlIGNhY2hlZCByZWNvcmQpLlxuICAgKiBAZGVmYXVsdCAxMDAwXG4gICAqL1xuICBldGFnQ2FjaGVTaXplPzogbnVtYmVyO1xuICAvKipcbiAgICogTmFtZSBvZiB0aGUgc3RvcmUgaW4gZXZlbnRzIGFuZCBlcnJvciBtZXNzYWdlcy5cbiAgICogQGRlZmF1bHQgJ2h0dHAnXG4gICAqL1xuICBuYW1lPzogc3RyaW5nO1xufVxuXG4vKiogQSB7QGxpbmsgUHJvbXB0U3RvcmV9IGJhY2tlZCBieSBhbiBIVFRQIHNlcnZlcjsgYGxpc3RgIGFuZCBgcmVzb2x2ZWAgYXJlIGFsd2F5cyBwcmVzZW50LiAqL1xuZXhwb3J0IGludGVyZmFjZSBIdHRwU3RvcmUgZXh0ZW5kcyBQcm9tcHRTdG9yZSB7XG4gIGxpc3QoKTogUHJvbWlzZTxzdHJpbmdbXT47XG4gIHJlc29sdmUobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ+O1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG4vKipcbiAqIEEgc3RvcmUgdGhhdCByZWFkcyBwcm9tcHRzIGZyb20gYSBwcm9tcHRvcHMgSFRUUCBzZXJ2ZXIgKHByb3RvY29sIHYxKS5cbiAqXG4gKiAtIGBsaXN0VmVyc2lvbnNgIFx1MjE5MiBgR0VUIC92MS9wcm9tcHRzL3tuYW1lfWA7IGBnZXRWZXJzaW9uYCBcdTIxOTIgYEdFVCAvdjEvcHJvbXB0cy97bmFtZX0vdmVyc2lvbnMve3Z9YFxuICogICB3aXRoIGBJZi1Ob25lLU1hdGNoYCAoYSBgMzA0YCByZXVzZXMgdGhlIHJlY29yZCBjYWNoZWQgZm9yIHRoYXQgVVJMKTsgYHJlc29sdmVgIFx1MjE5MlxuICogICBgR0VUIC92MS9wcm9tcHRzL3tuYW1lfS9yZXNvbHZlP3NlbGVjdG9yPVNgIChvbmUgcm91bmQgdHJpcCk7IGBsaXN0YCBcdTIxOTIgYEdFVCAvdjEvcHJvbXB0c2AuXG4gKiAtIEEgYDQwNGAgd2hvc2UgYm9keSBzYXlzIGBub3RfZm91bmRgIG1lYW5zIFwidW5rbm93blwiOiBgW11gIC8gYHVuZGVmaW5lZGAuIE90aGVyIGZhaWx1cmVzIHJlamVjdFxuICogICB3aXRoIGEgYFN0b3JlRXJyb3JgIGNhcnJ5aW5nIGBzdGF0dXNgIGFuZCBgcmV0cnlhYmxlYCAodHJ1ZSBmb3IgbmV0d29yayBlcnJvcnMsIHRpbWVvdXRzLCA0MDgsXG4gKiAgIDQyOSBhbmQgNXh4LCB3aGljaCBhcmUgZmlyc3QgcmV0cmllZCB3aXRoIGNhcHBlZCwgaml0dGVyZWQgYmFja29mZiBob25vdXJpbmcgYFJldHJ5LUFmdGVyYCkuXG4gKiAtIEV2ZXJ5IGJvZHkgaXMgY2hlY2tlZDogSlNPTiBjb250ZW50IHR5cGUsIHNpemUgbGltaXQsIHNoYXBlOyByZWNvcmRzIGdvIHRocm91Z2ggdGhlIHJlY29yZFxuICogICBzY2hlbWEgYW5kIHRoZWlyIGhhc2ggaXMgdmVyaWZpZWQgKGEgbWlzbWF0Y2ggaXMgYW4gYEludGVncml0eUVycm9yYDsgdGhlIHJlY29yZCBpcyBuZXZlciByZXR1cm5lZCkuXG4gKiAtIFRoZSB0b2tlbiBpcyBuZXZlciBwYXJ0IG9mIGEgbWVzc2FnZSwgYW4gZXJyb3IncyBwcm9wZXJ0aWVzIG9yIGl0cyBgY2F1c2VgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc3RvcmUgPSBodHRwU3RvcmUoeyB1cmw6ICdodHRwczovL3Byb21wdHMuZXhhbXBsZS5jb20nLCB0b2tlbjogcHJvY2Vzcy5lbnYuUFJPTVBUU19UT0tFTiB9KTtcbiAqIGNvbnN0IHJlY29yZCA9IGF3YWl0IHN0b3JlLnJlc29sdmUoJ3N1cHBvcnQvZ3JlZXRpbmcnLCAncHJvZHVjdGlvbicpO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBodHRwU3RvcmUob3B0aW9uczogSHR0cFN0b3JlT3B0aW9ucyk6IEh0dHBTdG9yZSB7XG4gIGlmICh0eXBlb2Ygb3B0aW9ucyAhPT0gJ29iamVjdCcgfHwgb3B0aW9ucyA9PT0gbnVsbCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignaHR0cFN0b3JlKG9wdGlvbnMpIG5lZWRzIGFuIG9wdGlvbnMgb2JqZWN0IHdpdGggYXQgbGVhc3QgXCJ1cmxcIicsIHsgb3B0aW9uOiAnb3B0aW9ucycgfSk7XG4gIH1cbiAgY29uc3Qgc3RvcmVOYW1lID0gb3B0aW9ucy5uYW1lID8/ICdodHRwJztcbiAgY29uc3QgYmFzZVVybCA9IG5vcm1hbGl6ZUJhc2VVcmwob3B0aW9ucy51cmwsICd1cmwnKTtcbiAgaWYgKC9cXC92XFxkKyQvLnRlc3QoYmFzZVVybCkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBgc2hvdWxkIGJlIHRoZSBzZXJ2ZXIncyBiYXNlIFVSTCB3aXRob3V0IHRoZSBwcm90b2NvbCBwYXRoOiB1c2UgJHtKU09OLnN0cmluZ2lmeShiYXNlVXJsLnJlcGxhY2UoL1xcL3ZcXGQrJC8sICcnKSl9YCxcbiAgICAgIHsgb3B0aW9uOiAndXJsJyB9LFxuICAgICk7XG4gIH1cbiAgY29uc3QgdG9rZW4gPSBvcHRpb25zLnRva2VuO1xuICBpZiAodG9rZW4gIT09IHVuZGVmaW5lZCAmJiAodHlwZW9mIHRva2VuICE9PSAnc3RyaW5nJyB8fCB0b2tlbiA9PT0gJycgfHwgL1tcXHJcXG5dLy50ZXN0KHRva2VuKSkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nIHdpdGhvdXQgbGluZSBicmVha3MgKG9yIGxlZnQgb3V0KScsIHsgb3B0aW9uOiAndG9rZW4nIH0pO1xuICB9XG4gIGNvbnN0IHVzZXJIZWFkZXJzID0gb3B0aW9ucy5oZWFkZXJzID8/IHt9O1xuICBpZiAodHlwZW9mIHVzZXJIZWFkZXJzICE9PSAnb2JqZWN0JyB8fCB1c2VySGVhZGVycyA9PT0gbnVsbCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignbXVzdCBiZSBhbiBvYmplY3Qgb2YgaGVhZGVyIG5hbWVzIHRvIHZhbHVlcycsIHsgb3B0aW9uOiAnaGVhZGVycycgfSk7XG4gIH1cbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgLi4udXNlckhlYWRlcnMgfTtcbiAgaWYgKHRva2VuICE9PSB1bmRlZmluZWQpIGhlYWRlcnMuYXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICBjb25zdCByZWRhY3QgPSByZWRhY3RvcihbdG9rZW4sIC4uLk9iamVjdC52YWx1ZXModXNlckhlYWRlcnMpXSk7XG4gIGNvbnN0IHRyYW5zcG9ydCA9IGNyZWF0ZVRyYW5zcG9ydCh7XG4gICAgc3RvcmU6IHN0b3JlTmFtZSxcbiAgICBiYXNlVXJsLFxuICAgIGhlYWRlcnMsXG4gICAgc2VjcmV0czogW3Rva2VuXSxcbiAgICBhdXRoSGludDpcbiAgICAgIHRva2VuID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAnbm8gdG9rZW4gd2FzIHNlbnQ6IHBhc3MgdGhlIHNlcnZlclxcJ3MgdG9rZW4gYXMgdGhlIFwidG9rZW5cIiBvcHRpb24gb2YgaHR0cFN0b3JlIChvciBzZXQgdGhlIHZhcmlhYmxlIG5hbWVkIGJ5IFwidG9rZW5FbnZcIiBpbiBwcm9tcHRvcHMuY29uZmlnLmpzb24pJ1xuICAgICAgICA6ICd0aGUgdG9rZW4gdGhhdCB3YXMgc2VudCB3YXMgcmVmdXNlZDogY2hlY2sgdGhhdCB0aGUgXCJ0b2tlblwiIG9wdGlvbiBvZiBodHRwU3RvcmUgbWF0Y2hlcyB0aGUgdG9rZW4gdGhlIHNlcnZlciB3YXMgc3RhcnRlZCB3aXRoJyxcbiAgICB0aW1lb3V0TXM6IHBvc2l0aXZlTnVtYmVyKG9wdGlvbnMudGltZW91dE1zLCAndGltZW91dE1zJywgNTAwMCksXG4gICAgcmV0cnk6IHJlc29sdmVSZXRyeU9wdGlvbnMob3B0aW9ucy5yZXRyeSksXG4gICAgbWF4Qm9keUJ5dGVzOiBwb3NpdGl2ZU51bWJlcihvcHRpb25zLm1heEJvZHlCeXRlcywgJ21heEJvZHlCeXRlcycsIERFRkFVTFRfTUFYX0JPRFlfQllURVMpLFxuICAgIC4uLihvcHRpb25zLmZldGNoID09PSB1bmRlZmluZWQgPyB7fSA6IHsgZmV0Y2g6IG9wdGlvbnMuZmV0Y2ggfSksXG4gICAgcmVkYWN0LFxuICB9KTtcbiAgY29uc3QgZXRhZ3MgPSBuZXcgTFJVQ2FjaGU8c3RyaW5nLCB7IGV0YWc6IHN0cmluZzsgcmVjb3JkOiBQcm9tcHRSZWNvcmQgfT4oe1xuICAgIG1heDogcG9zaXRpdmVOdW1iZXIob3B0aW9ucy5ldGFnQ2FjaGVTaXplLCAnZXRhZ0NhY2hlU2l6ZScsIDEwMDApLFxuICB9KTtcblxuICAvKiogQ2hlY2sgYSByZWNvcmQgYm9keSBhbmQgdHVybiBpdCBpbnRvIGEgZnJvemVuIHJlY29yZCB3aXRoIGEgdmVyaWZpZWQgaGFzaC4gKi9cbiAgYXN5bmMgZnVuY3Rpb24gdG9SZWNvcmQocmVzOiBUcmFuc3BvcnRSZXNwb25zZSwgZXhwZWN0ZWQ6IHsgbmFtZTogc3RyaW5nOyB2ZXJzaW9uPzogc3RyaW5nIH0pOiBQcm9taXNlPFByb21wdFJlY29yZD4ge1xuICAgIGxldCByZWNvcmQ6IFByb21wdFJlY29yZDtcbiAgICB0cnkge1xuICAgICAgcmVjb3JkID0gcGFyc2VSZWNvcmQocmVzLmJvZHksIHsgZmlsZTogcmVzLmN0eC51cmwgfSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdEZvcm1hdEVycm9yKSB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCBgdGhlIHJlY29yZCBpcyBpbnZhbGlkICgke2Vycm9yLm1lc3NhZ2V9KWApO1xuICAgICAgdGhyb3cgZXJyb3I7XG4gICAgfVxuICAgIGlmIChyZWNvcmQubmFtZSAhPT0gZXhwZWN0ZWQubmFtZSkge1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYGFza2VkIGZvciBwcm9tcHQgXCIke2V4cGVjdGVkLm5hbWV9XCIsIGdvdCBhIHJlY29yZCBuYW1lZCBcIiR7cmVjb3JkLm5hbWV9XCJgKTtcbiAgICB9XG4gICAgaWYgKGV4cGVjdGVkLnZlcnNpb24gIT09IHVuZGVmaW5lZCAmJiByZWNvcmQudmVyc2lvbiAhPT0gZXhwZWN0ZWQudmVyc2lvbikge1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYGFza2VkIGZvciB2ZXJzaW9uICR7ZXhwZWN0ZWQudmVyc2lvbn0sIGdvdCAke3JlY29yZC52ZXJzaW9ufWApO1xuICAgIH1cbiAgICBjb25zdCBoYXNoID0gYXdhaXQgdmVyaWZ5UmVjb3JkSGFzaChyZWNvcmQpO1xuICAgIHJldHVybiBmcm96ZW5SZWNvcmQocmVjb3JkLCByZWNvcmQubGFiZWxzID8/IFtdLCBoYXNoKTtcbiAgfVxuXG4gIGZ1bmN0aW9uIG5vdEZvdW5kKHJlczogVHJhbnNwb3J0UmVzcG9uc2UpOiBib29sZWFuIHtcbiAgICBpZiAocmVzLnN0YXR1cyAhPT0gNDA0KSByZXR1cm4gZmFsc2U7XG4gICAgaWYgKHJlcy5lcnJvci5jb2RlID09PSAnbm90X2ZvdW5kJykgcmV0dXJuIHRydWU7XG4gICAgdGhyb3cgc3RhdHVzRXJyb3IoNDA0LCByZXMuY3R4LCByZXMuZXJyb3IpO1xuICB9XG5cbiAgZnVuY3Rpb24gdmVyc2lvbkluZm9zKHJlczogVHJhbnNwb3J0UmVzcG9uc2UsIG5hbWU6IHN0cmluZyk6IFZlcnNpb25JbmZvW10ge1xuICAgIGNvbnN0IHBhcnNlZCA9IHZlcnNpb25MaXN0U2NoZW1hLnNhZmVQYXJzZShyZXMuYm9keSk7XG4gICAgaWYgKCFwYXJzZWQuc3VjY2VzcykgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHVuZXhwZWN0ZWQgdmVyc2lvbiBsaXN0ICgke2Rlc2NyaWJlSXNzdWVzKHBhcnNlZC5lcnJvcil9KWApO1xuICAgIGlmIChwYXJzZWQuZGF0YS5uYW1lICE9PSBuYW1lKSB7XG4gICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCBgYXNrZWQgZm9yIHRoZSB2ZXJzaW9ucyBvZiBcIiR7bmFtZX1cIiwgZ290IHRob3NlIG9mIFwiJHtwYXJzZWQuZGF0YS5uYW1lfVwiYCk7XG4gICAgfVxuICAgIHJldHVybiBjaGVja1ZlcnNpb25zKHBhcnNlZC5kYXRhLnZlcnNpb25zLCByZXMuY3R4KTtcbiAgfVxuXG4gIGNvbnN0IHN0b3JlOiBIdHRwU3RvcmUgPSB7XG4gICAgbmFtZTogc3RvcmVOYW1lLFxuXG4gICAgYXN5bmMgbGlzdFZlcnNpb25zKG5hbWUpIHtcbiAgICAgIGFzc2VydFByb21wdE5hbWUobmFtZSwgc3RvcmVOYW1lKTtcbiAgICAgIGNvbnN0IHJlcyA9IGF3YWl0IHRyYW5zcG9ydC5yZXF1ZXN0KHtcbiAgICAgICAgcGF0aDogcHJvbXB0UGF0aChuYW1lKSxcbiAgICAgICAgYWN0aW9uOiBgbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCIke25hbWV9XCJgLFxuICAgICAgICBwYXNzU3RhdHVzZXM6IFs0MDRdLFxuICAgICAgfSk7XG4gICAgICBpZiAobm90Rm91bmQocmVzKSkgcmV0dXJuIFtdO1xuICAgICAgcmV0dXJuIHZlcnNpb25JbmZvcyhyZXMsIG5hbWUpO1xuICAgIH0sXG5cbiAgICBhc3luYyBnZXRWZXJzaW9uKG5hbWUsIHZlcnNpb24pIHtcbiAgICAgIGFzc2VydFByb21wdE5hbWUobmFtZSwgc3RvcmVOYW1lKTtcbiAgICAgIGlmICh0eXBlb2YgdmVyc2lvbiAhPT0gJ3N0cmluZycgfHwgc2VtdmVyVmFsaWQodmVyc2lvbikgIT09IHZlcnNpb24pIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBwYXRoID0gdmVyc2lvblBhdGgobmFtZSwgdmVyc2lvbik7XG4gICAgICBjb25zdCBjYWNoZWQgPSBldGFncy5nZXQocGF0aCk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIHBhdGgsXG4gICAgICAgIGhlYWRlcnM6IGNhY2hlZCA9PT0gdW5kZWZpbmVkID8ge30gOiB7ICdpZi1ub25lLW1hdGNoJzogY2FjaGVkLmV0YWcgfSxcbiAgICAgICAgYWN0aW9uOiBgbG9hZGluZyBcIiR7bmFtZX1AJHt2ZXJzaW9ufVwiYCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0LCAzMDRdLFxuICAgICAgfSk7XG4gICAgICBpZiAocmVzLnN0YXR1cyA9PT0gMzA0KSB7XG4gICAgICAgIGlmIChjYWNoZWQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGNhY2hlZC5yZWNvcmQ7XG4gICAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsICdnb3QgMzA0IE5vdCBNb2RpZmllZCB0byBhIHJlcXVlc3Qgd2l0aG91dCBJZi1Ob25lLU1hdGNoJywgMzA0KTtcbiAgICAgIH1cbiAgICAgIGlmIChub3RGb3VuZChyZXMpKSB7XG4gICAgICAgIGV0YWdzLmRlbGV0ZShwYXRoKTtcbiAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHJlY29yZCA9IGF3YWl0IHRvUmVjb3JkKHJlcywgeyBuYW1lLCB2ZXJzaW9uIH0pO1xuICAgICAgZXRhZ3Muc2V0KHBhdGgsIHsgZXRhZzogcmVzLmhlYWRlcnMuZ2V0KCdldGFnJykgPz8gYFwiJHtyZWNvcmQuaGFzaH1cImAsIHJlY29yZCB9KTtcbiAgICAgIHJldHVybiByZWNvcmQ7XG4gICAgfSxcblxuICAgIGFzeW5jIHJlc29sdmUobmFtZSwgc2VsZWN0b3IpIHtcbiAgICAgIGFzc2VydFByb21wdE5hbWUobmFtZSwgc3RvcmVOYW1lKTtcbiAgICAgIGFzc2VydFZhbGlkU2VsZWN0b3Ioc2VsZWN0b3IsIGAke25hbWV9QCR7c2VsZWN0b3J9YCk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIHBhdGg6IHJlc29sdmVQYXRoKG5hbWUpLFxuICAgICAgICBzZWFyY2hQYXJhbXM6IHsgc2VsZWN0b3IgfSxcbiAgICAgICAgYWN0aW9uOiBgcmVzb2x2aW5nIFwiJHtuYW1lfUAke3NlbGVjdG9yfVwiYCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKG5vdEZvdW5kKHJlcykpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICByZXR1cm4gdG9SZWNvcmQocmVzLCB7IG5hbWUsIC4uLihzZW12ZXJWYWxpZChzZWxlY3RvcikgPT09IHNlbGVjdG9yID8geyB2ZXJzaW9uOiBzZWxlY3RvciB9IDoge30pIH0pO1xuICAgIH0sXG5cbiAgICBhc3luYyBsaXN0KCkge1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3QoeyBwYXRoOiAnL3YxL3Byb21wdHMnLCBhY3Rpb246ICdsaXN0aW5nIHRoZSBwcm9tcHRzJyB9KTtcbiAgICAgIGNvbnN0IHBhcnNlZCA9IHByb21wdExpc3RTY2hlbWEuc2FmZVBhcnNlKHJlcy5ib2R5KTtcbiAgICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGB1bmV4cGVjdGVkIHByb21wdCBsaXN0ICgke2Rlc2NyaWJlSXNzdWVzKHBhcnNlZC5lcnJvcil9KWApO1xuICAgICAgY29uc3QgbmFtZXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICAgIGZvciAoY29uc3QgZW50cnkgb2YgcGFyc2VkLmRhdGEucHJvbXB0cykge1xuICAgICAgICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKGVudHJ5Lm5hbWUpO1xuICAgICAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCBgdGhlIHByb21wdCBsaXN0IGhvbGRzIGFuICR7cHJvYmxlbX1gKTtcbiAgICAgICAgbmFtZXMuYWRkKGVudHJ5Lm5hbWUpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIFsuLi5uYW1lc10uc29ydCgpO1xuICAgIH0sXG5cbiAgICBhc3luYyBjbG9zZSgpIHtcbiAgICAgIGV0YWdzLmNsZWFyKCk7XG4gICAgfSxcbiAgfTtcblxuICBpZiAob3B0aW9ucy53cml0YWJsZSA9PT0gdHJ1ZSkge1xuICAgIHN0b3JlLnB1dFZlcnNpb24gPSBhc3luYyAocmVjb3JkKSA9PiB7XG4gICAgICBjb25zdCBwYXJzZWQgPSBwYXJzZVJlY29yZChyZWNvcmQsIHsgZmlsZTogYCR7c3RvcmVOYW1lfSBzdG9yZSBwdXRWZXJzaW9uYCB9KTtcbiAgICAgIGNvbnN0IGhhc2ggPSBhd2FpdCB2ZXJpZnlSZWNvcmRIYXNoKHBhcnNlZCk7XG4gICAgICBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIG1ldGhvZDogJ1BVVCcsXG4gICAgICAgIHBhdGg6IHZlcnNpb25QYXRoKHBhcnNlZC5uYW1lLCBwYXJzZWQudmVyc2lvbiksXG4gICAgICAgIGpzb246IHsgLi4ucGFyc2VkLCBoYXNoIH0sXG4gICAgICAgIGFjdGlvbjogYHB1Ymxpc2hpbmcgXCIke3BhcnNlZC5uYW1lfUAke3BhcnNlZC52ZXJzaW9ufVwiYCxcbiAgICAgIH0pO1xuICAgIH07XG4gICAgc3RvcmUuc2V0TGFiZWwgPSBhc3luYyAobmFtZSwgbGFiZWwsIHZlcnNpb24pID0+IHtcbiAgICAgIGFzc2VydFByb21wdE5hbWUobmFtZSwgc3RvcmVOYW1lKTtcbiAgICAgIGFzc2VydExhYmVsTmFtZShsYWJlbCwgc3RvcmVOYW1lKTtcbiAgICAgIGNvbnN0IHJlcyA9IGF3YWl0IHRyYW5zcG9ydC5yZXF1ZXN0KHtcbiAgICAgICAgbWV0aG9kOiAnUFVUJyxcbiAgICAgICAgcGF0aDogbGFiZWxQYXRoKG5hbWUsIGxhYmVsKSxcbiAgICAgICAganNvbjogeyB2ZXJzaW9uIH0sXG4gICAgICAgIGFjdGlvbjogYHNldHRpbmcgbGFiZWwgXCIke2xhYmVsfVwiIG9mIFwiJHtuYW1lfVwiIHRvICR7dmVyc2lvbn1gLFxuICAgICAgICBwYXNzU3RhdHVzZXM6IFs0MDRdLFxuICAgICAgfSk7XG4gICAgICBpZiAocmVzLnN0YXR1cyA9PT0gNDA0KSB7XG4gICAgICAgIGNvbnN0IHNhaWQgPSByZXMuZXJyb3IubWVzc2FnZSA9PT0gdW5kZWZpbmVkID8gJycgOiBgOiAke3JlZGFjdChyZXMuZXJyb3IubWVzc2FnZSkuc2xpY2UoMCwgMzAwKX1gO1xuICAgICAgICB0aHJvdyBuZXcgU3RvcmVFcnJvcihcbiAgICAgICAgICBgQ2Fubm90IHNldCBsYWJlbCBcIiR7bGFiZWx9XCIgb2YgXCIke25hbWV9XCIgdG8gJHt2ZXJzaW9ufSBpbiB0aGUgJHtzdG9yZU5hbWV9IHN0b3JlJHtzYWlkfS4gYCArXG4gICAgICAgICAgICAnUHVibGlzaCB0aGF0IHZlcnNpb24gZmlyc3QsIG9yIHBpY2sgb25lIHRoYXQgZXhpc3RzLicsXG4gICAgICAgICAgeyBzdG9yZTogc3RvcmVOYW1lLCBzdGF0dXM6IDQwNCB9LFxuICAgICAgICApO1xuICAgICAgfVxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHN0b3JlO1xufVxuXG4vKiogQ2hlY2sgbGlzdGVkIHZlcnNpb25zOiBzZW12ZXIsIHN0cmluZyBsYWJlbHMsIG5vIGR1cGxpY2F0ZSB2ZXJzaW9uOyBoaWdoZXN0IGZpcnN0LiAqL1xuZnVuY3Rpb24gY2hlY2tWZXJzaW9ucyh2ZXJzaW9uczogUmVhZG9ubHlBcnJheTxWZXJzaW9uSW5mbz4sIGN0eDogRmFpbHVyZUNvbnRleHQpOiBWZXJzaW9uSW5mb1tdIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBvdXQ6IFZlcnNpb25JbmZvW10gPSBbXTtcbiAgZm9yIChjb25zdCB2IG9mIHZlcnNpb25zKSB7XG4gICAgaWYgKHNlbXZlclZhbGlkKHYudmVyc2lvbikgIT09IHYudmVyc2lvbikge1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IoY3R4LCBgdmVyc2lvbiAke0pTT04uc3RyaW5naWZ5KHYudmVyc2lvbi5zbGljZSgwLCA1MCkpfSBpcyBub3QgYSBzZW12ZXIgdmVyc2lvbmApO1xuICAgIH1cbiAgICBpZiAoc2Vlbi5oYXModi52ZXJzaW9uKSkgdGhyb3cgbWFsZm9ybWVkRXJyb3IoY3R4LCBgdmVyc2lvbiAke3YudmVyc2lvbn0gaXMgbGlzdGVkIHR3aWNlYCk7XG4gICAgc2Vlbi5hZGQodi52ZXJzaW9uKTtcbiAgICBvdXQucHVzaCh7IHZlcnNpb246IHYudmVyc2lvbiwgbGFiZWxzOiBbLi4udi5sYWJlbHNdLCAuLi4odi5oYXNoID09PSB1bmRlZmluZWQgPyB7fSA6IHsgaGFzaDogdi5oYXNoIH0pIH0pO1xuICB9XG4gIHJldHVybiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKG91dCk7XG59XG4iLCAiLyoqXG4gKiBSZXRyeSBwb2xpY3kgb2YgdGhlIEhUVFAtYmFzZWQgc3RvcmVzOiB3aGljaCBmYWlsdXJlcyBhcmUgcmV0cmllZCwgY2FwcGVkIGV4cG9uZW50aWFsIGJhY2tvZmZcbiAqIHdpdGggZnVsbCBqaXR0ZXIsIGFuZCBgUmV0cnktQWZ0ZXJgIChzZWNvbmRzIG9yIGFuIEhUVFAgZGF0ZSkuIFRpbWUgaXMgaW5qZWN0YWJsZSAoYHNsZWVwYCwgYG5vd2AsXG4gKiBgcmFuZG9tYCkgc28gdGhhdCB0ZXN0cyBuZXZlciB3YWl0LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5cbi8qKiBSZXRyeSBvcHRpb25zIG9mIGBodHRwU3RvcmVgIGFuZCBgbGFuZ2Z1c2VTdG9yZWAuICovXG5leHBvcnQgaW50ZXJmYWNlIFJldHJ5T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBSZXRyaWVzIGFmdGVyIHRoZSBmaXJzdCBhdHRlbXB0IChzbyBgbGltaXQgKyAxYCBhdHRlbXB0cyBhdCBtb3N0KS4gYDBgIGRpc2FibGVzIHJldHJpZXMuXG4gICAqIEBkZWZhdWx0IDJcbiAgICovXG4gIGxpbWl0PzogbnVtYmVyO1xuICAvKipcbiAgICogQmFzZSBvZiB0aGUgZXhwb25lbnRpYWwgYmFja29mZjogYXR0ZW1wdCBgbmAgKGZyb20gMCkgd2FpdHMgYSByYW5kb20gdGltZSBpblxuICAgKiBgWzAsIG1pbihtYXhCYWNrb2ZmTXMsIGJhY2tvZmZNcyAqIDJebikpYCAoXCJmdWxsIGppdHRlclwiKS5cbiAgICogQGRlZmF1bHQgMjUwXG4gICAqL1xuICBiYWNrb2ZmTXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBDYXAgb2Ygb25lIGJhY2tvZmYgZGVsYXkgY29tcHV0ZWQgZnJvbSBgYmFja29mZk1zYC5cbiAgICogQGRlZmF1bHQgNTAwMFxuICAgKi9cbiAgbWF4QmFja29mZk1zPzogbnVtYmVyO1xuICAvKipcbiAgICogTG9uZ2VzdCBgUmV0cnktQWZ0ZXJgIHRoZSBzdG9yZSB3aWxsIGhvbm91ci4gV2hlbiBhIHNlcnZlciBhc2tzIGZvciBhIGxvbmdlciB3YWl0LCB0aGUgcmVxdWVzdFxuICAgKiBmYWlscyBhdCBvbmNlIHdpdGggYSByZXRyeWFibGUgYFN0b3JlRXJyb3JgIGluc3RlYWQgb2YgaGFuZ2luZy5cbiAgICogQGRlZmF1bHQgMzAwMDBcbiAgICovXG4gIG1heFJldHJ5QWZ0ZXJNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFdhaXRzIGBtc2AgbWlsbGlzZWNvbmRzLiBJbmplY3QgaXQgaW4gdGVzdHMgdG8gcmVjb3JkIHRoZSBkZWxheXMgaW5zdGVhZCBvZiB3YWl0aW5nLlxuICAgKiBAZGVmYXVsdCBzZXRUaW1lb3V0LWJhc2VkIHNsZWVwXG4gICAqL1xuICBzbGVlcD86IChtczogbnVtYmVyKSA9PiBQcm9taXNlPHZvaWQ+O1xuICAvKipcbiAgICogUmFuZG9tIG51bWJlciBpbiBgWzAsIDEpYCB1c2VkIGZvciBqaXR0ZXIuXG4gICAqIEBkZWZhdWx0IE1hdGgucmFuZG9tXG4gICAqL1xuICByYW5kb20/OiAoKSA9PiBudW1iZXI7XG4gIC8qKlxuICAgKiBDdXJyZW50IHRpbWUgaW4gbWlsbGlzZWNvbmRzIHNpbmNlIHRoZSBlcG9jaCwgdXNlZCB0byB0dXJuIGEgYFJldHJ5LUFmdGVyYCBIVFRQIGRhdGUgaW50byBhIGRlbGF5LlxuICAgKiBAZGVmYXVsdCBEYXRlLm5vd1xuICAgKi9cbiAgbm93PzogKCkgPT4gbnVtYmVyO1xufVxuXG4vKioge0BsaW5rIFJldHJ5T3B0aW9uc30gd2l0aCBldmVyeSBkZWZhdWx0IGZpbGxlZCBpbi4gKi9cbmV4cG9ydCB0eXBlIFJlc29sdmVkUmV0cnlPcHRpb25zID0gUmVxdWlyZWQ8UmV0cnlPcHRpb25zPjtcblxuY29uc3QgZGVmYXVsdFNsZWVwID0gKG1zOiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+ID0+IG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiBzZXRUaW1lb3V0KHJlc29sdmUsIG1zKSk7XG5cbmZ1bmN0aW9uIGNoZWNrTnVtYmVyKHZhbHVlOiB1bmtub3duLCBvcHRpb246IHN0cmluZywgbWluOiBudW1iZXIsIGZhbGxiYWNrOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnbnVtYmVyJyB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSB8fCB2YWx1ZSA8IG1pbikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXIgPj0gJHttaW59LCBnb3QgJHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9YCwgeyBvcHRpb24gfSk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBjaGVja0Z1bmN0aW9uPFQ+KHZhbHVlOiBUIHwgdW5kZWZpbmVkLCBvcHRpb246IHN0cmluZywgZmFsbGJhY2s6IFQpOiBUIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ2Z1bmN0aW9uJykgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgZnVuY3Rpb24sIGdvdCAke3R5cGVvZiB2YWx1ZX1gLCB7IG9wdGlvbiB9KTtcbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKipcbiAqIEZpbGwgaW4gdGhlIGRlZmF1bHRzIG9mIGByZXRyeWAsIGNoZWNraW5nIGVhY2ggb3B0aW9uIChhIHtAbGluayBDb25maWdFcnJvcn0gbmFtZXMgdGhlIGJhZCBvbmUpLlxuICogYHJldHJ5OiBmYWxzZWAgb3IgYDBgIGRpc2FibGVzIHJldHJpZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlUmV0cnlPcHRpb25zKHJldHJ5OiBSZXRyeU9wdGlvbnMgfCBudW1iZXIgfCBmYWxzZSB8IHVuZGVmaW5lZCk6IFJlc29sdmVkUmV0cnlPcHRpb25zIHtcbiAgY29uc3Qgb3B0aW9uczogUmV0cnlPcHRpb25zID1cbiAgICByZXRyeSA9PT0gZmFsc2UgPyB7IGxpbWl0OiAwIH0gOiB0eXBlb2YgcmV0cnkgPT09ICdudW1iZXInID8geyBsaW1pdDogcmV0cnkgfSA6IChyZXRyeSA/PyB7fSk7XG4gIGlmICh0eXBlb2Ygb3B0aW9ucyAhPT0gJ29iamVjdCcgfHwgb3B0aW9ucyA9PT0gbnVsbCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhbiBvYmplY3QsIGEgbnVtYmVyIG9yIGZhbHNlLCBnb3QgJHt0eXBlb2Ygb3B0aW9uc31gLCB7IG9wdGlvbjogJ3JldHJ5JyB9KTtcbiAgfVxuICBjb25zdCBsaW1pdCA9IGNoZWNrTnVtYmVyKG9wdGlvbnMubGltaXQsICdyZXRyeS5saW1pdCcsIDAsIDIpO1xuICBpZiAoIU51bWJlci5pc0ludGVnZXIobGltaXQpKSB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYW4gaW50ZWdlciwgZ290ICR7bGltaXR9YCwgeyBvcHRpb246ICdyZXRyeS5saW1pdCcgfSk7XG4gIHJldHVybiB7XG4gICAgbGltaXQsXG4gICAgYmFja29mZk1zOiBjaGVja051bWJlcihvcHRpb25zLmJhY2tvZmZNcywgJ3JldHJ5LmJhY2tvZmZNcycsIDAsIDI1MCksXG4gICAgbWF4QmFja29mZk1zOiBjaGVja051bWJlcihvcHRpb25zLm1heEJhY2tvZmZNcywgJ3JldHJ5Lm1heEJhY2tvZmZNcycsIDAsIDUwMDApLFxuICAgIG1heFJldHJ5QWZ0ZXJNczogY2hlY2tOdW1iZXIob3B0aW9ucy5tYXhSZXRyeUFmdGVyTXMsICdyZXRyeS5tYXhSZXRyeUFmdGVyTXMnLCAwLCAzMF8wMDApLFxuICAgIHNsZWVwOiBjaGVja0Z1bmN0aW9uKG9wdGlvbnMuc2xlZXAsICdyZXRyeS5zbGVlcCcsIGRlZmF1bHRTbGVlcCksXG4gICAgcmFuZG9tOiBjaGVja0Z1bmN0aW9uKG9wdGlvbnMucmFuZG9tLCAncmV0cnkucmFuZG9tJywgTWF0aC5yYW5kb20pLFxuICAgIG5vdzogY2hlY2tGdW5jdGlvbihvcHRpb25zLm5vdywgJ3JldHJ5Lm5vdycsIERhdGUubm93KSxcbiAgfTtcbn1cblxuLyoqIFRydWUgZm9yIHRoZSBIVFRQIHN0YXR1c2VzIHdvcnRoIHJldHJ5aW5nOiA0MDgsIDQyOSBhbmQgNXh4IGV4Y2VwdCA1MDEgKE5vdCBJbXBsZW1lbnRlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gaXNSZXRyeWFibGVTdGF0dXMoc3RhdHVzOiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIHN0YXR1cyA9PT0gNDA4IHx8IHN0YXR1cyA9PT0gNDI5IHx8IChzdGF0dXMgPj0gNTAwICYmIHN0YXR1cyA8PSA1OTkgJiYgc3RhdHVzICE9PSA1MDEpO1xufVxuXG4vKipcbiAqIERlbGF5IGFza2VkIGZvciBieSBhIGBSZXRyeS1BZnRlcmAgaGVhZGVyLCBpbiBtaWxsaXNlY29uZHM6IGRlbHRhLXNlY29uZHMgKGBcIjEyMFwiYCwgYFwiMS41XCJgKSBvciBhblxuICogSFRUUCBkYXRlLiBgdW5kZWZpbmVkYCB3aGVuIHRoZSBoZWFkZXIgaXMgbWlzc2luZyBvciB1bnJlYWRhYmxlOyBhIGRhdGUgaW4gdGhlIHBhc3QgZ2l2ZXMgYDBgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VSZXRyeUFmdGVyKHZhbHVlOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkLCBub3c6IG51bWJlcik6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCB0ZXh0ID0gdmFsdWUudHJpbSgpO1xuICBpZiAodGV4dCA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmICgvXlxcZCsoXFwuXFxkKyk/JC8udGVzdCh0ZXh0KSkgcmV0dXJuIE1hdGgucm91bmQoTnVtYmVyKHRleHQpICogMTAwMCk7XG4gIC8vIEFuIEhUVFAgZGF0ZSBuYW1lcyBpdHMgZGF5IG9yIG1vbnRoIChcIlR1ZSwgMDEgSmFuIDIwMzAgMDA6MDA6MzAgR01UXCIpOyByZWZ1c2UgYmFyZSBudW1iZXJzIGxpa2UgXCItNVwiLlxuICBpZiAoIS9bYS16XXszfS9pLnRlc3QodGV4dCkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGRhdGUgPSBEYXRlLnBhcnNlKHRleHQpO1xuICBpZiAoTnVtYmVyLmlzTmFOKGRhdGUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gTWF0aC5tYXgoMCwgZGF0ZSAtIG5vdyk7XG59XG5cbi8qKiBGdWxsLWppdHRlciBiYWNrb2ZmIGZvciByZXRyeSBudW1iZXIgYGF0dGVtcHRgICgwIGZvciB0aGUgZmlyc3QgcmV0cnkpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJhY2tvZmZEZWxheShhdHRlbXB0OiBudW1iZXIsIG9wdGlvbnM6IFJlc29sdmVkUmV0cnlPcHRpb25zKTogbnVtYmVyIHtcbiAgY29uc3QgY2VpbGluZyA9IE1hdGgubWluKG9wdGlvbnMubWF4QmFja29mZk1zLCBvcHRpb25zLmJhY2tvZmZNcyAqIDIgKiogYXR0ZW1wdCk7XG4gIHJldHVybiBNYXRoLmZsb29yKG9wdGlvbnMucmFuZG9tKCkgKiBjZWlsaW5nKTtcbn1cbiIsICIvKipcbiAqIFR1cm5pbmcgSFRUUCBmYWlsdXJlcyBpbnRvIHtAbGluayBTdG9yZUVycm9yfXM6IG9uZSBmdW5jdGlvbiBtYXBzIGEgc3RhdHVzIChhbmQgdGhlIHNlcnZlcidzIGVycm9yXG4gKiBib2R5LCBpZiBhbnkpIHRvIGEgbWVzc2FnZSB0aGF0IHNheXMgd2hhdCBmYWlsZWQsIHdoZXJlIGFuZCBob3cgdG8gZml4IGl0LCBhbmQgbmV2ZXIgY29udGFpbnMgYVxuICogY3JlZGVudGlhbC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgU3RvcmVFcnJvciB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBpc1JldHJ5YWJsZVN0YXR1cyB9IGZyb20gJy4vcmV0cnkuanMnO1xuXG4vKiogV2hhdCBhIHN0b3JlIHNheXMgYWJvdXQgYSBmYWlsZWQgcmVxdWVzdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmFpbHVyZUNvbnRleHQge1xuICAvKiogU3RvcmUgbmFtZSwgZS5nLiBgJ2h0dHAnYC4gKi9cbiAgc3RvcmU6IHN0cmluZztcbiAgLyoqIFdoYXQgd2FzIGJlaW5nIGRvbmUsIGUuZy4gYCdsaXN0aW5nIHRoZSB2ZXJzaW9ucyBvZiBcInN1cHBvcnQvZ3JlZXRpbmdcIidgLiAqL1xuICBhY3Rpb246IHN0cmluZztcbiAgLyoqIFRoZSByZXF1ZXN0IFVSTCwgd2l0aG91dCBjcmVkZW50aWFscyAoc2VlIHtAbGluayBkaXNwbGF5VXJsfSkuICovXG4gIHVybDogc3RyaW5nO1xuICAvKiogSG93IHRvIGZpeCBhIDQwMS80MDMsIGUuZy4gXCJwYXNzIHRoZSByaWdodCBgdG9rZW5gIHRvIGh0dHBTdG9yZVwiLiAqL1xuICBhdXRoSGludDogc3RyaW5nO1xuICAvKiogUmVtb3ZlcyBzZWNyZXRzIGZyb20gYW55IHRleHQgdGhhdCBnb2VzIGludG8gYSBtZXNzYWdlLiAqL1xuICByZWRhY3Q6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZztcbn1cblxuLyoqIEEgc2VydmVyJ3MgZXJyb3IgbWVzc2FnZSwga2VwdCBzaG9ydC4gKi9cbmZ1bmN0aW9uIHNob3J0TWVzc2FnZSh0ZXh0OiBzdHJpbmcgfCB1bmRlZmluZWQsIHJlZGFjdDogKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKHRleHQgPT09IHVuZGVmaW5lZCB8fCB0ZXh0LnRyaW0oKSA9PT0gJycpIHJldHVybiAnJztcbiAgY29uc3QgY2xlYW4gPSByZWRhY3QodGV4dCkucmVwbGFjZSgvXFxzKy9nLCAnICcpLnRyaW0oKTtcbiAgcmV0dXJuIGNsZWFuLmxlbmd0aCA+IDMwMCA/IGAke2NsZWFuLnNsaWNlKDAsIDMwMCl9XHUyMDI2YCA6IGNsZWFuO1xufVxuXG4vKipcbiAqIE1hcCBhIG5vbi1zdWNjZXNzIEhUVFAgc3RhdHVzIHRvIGEge0BsaW5rIFN0b3JlRXJyb3J9LiA0MDEvNDAzIGFyZSBuZXZlciByZXRyeWFibGU7IDQwOCwgNDI5IGFuZFxuICogNXh4IChidXQgNTAxKSBhcmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGF0dXNFcnJvcihcbiAgc3RhdHVzOiBudW1iZXIsXG4gIGN0eDogRmFpbHVyZUNvbnRleHQsXG4gIGRldGFpbHM6IHsgY29kZT86IHN0cmluZzsgbWVzc2FnZT86IHN0cmluZzsgcmV0cnlBZnRlck1zPzogbnVtYmVyOyBhdHRlbXB0cz86IG51bWJlciB9ID0ge30sXG4pOiBTdG9yZUVycm9yIHtcbiAgY29uc3Qgc2VydmVyID0gc2hvcnRNZXNzYWdlKGRldGFpbHMubWVzc2FnZSwgY3R4LnJlZGFjdCk7XG4gIGNvbnN0IHNhaWQgPSBzZXJ2ZXIgPT09ICcnID8gJycgOiBgIFRoZSBzZXJ2ZXIgc2FpZDogXCIke3NlcnZlcn1cIi5gO1xuICBjb25zdCB0cmllcyA9IGRldGFpbHMuYXR0ZW1wdHMgIT09IHVuZGVmaW5lZCAmJiBkZXRhaWxzLmF0dGVtcHRzID4gMSA/IGAgYWZ0ZXIgJHtkZXRhaWxzLmF0dGVtcHRzfSBhdHRlbXB0c2AgOiAnJztcbiAgbGV0IG1lc3NhZ2U6IHN0cmluZztcbiAgaWYgKHN0YXR1cyA9PT0gNDAxIHx8IHN0YXR1cyA9PT0gNDAzKSB7XG4gICAgbWVzc2FnZSA9XG4gICAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSB3YXMgcmVmdXNlZCAoSFRUUCAke3N0YXR1c30gJHtzdGF0dXMgPT09IDQwMSA/ICd1bmF1dGhvcml6ZWQnIDogJ2ZvcmJpZGRlbid9KSBgICtcbiAgICAgIGB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH06IHRoZSBjcmVkZW50aWFscyBhcmUgbWlzc2luZyBvciB3cm9uZy4ke3NhaWR9IEZpeDogJHtjdHguYXV0aEhpbnR9LmA7XG4gIH0gZWxzZSBpZiAoc3RhdHVzID09PSA0MDQpIHtcbiAgICBtZXNzYWdlID1cbiAgICAgIGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIGdvdCBIVFRQIDQwNCB3aXRob3V0IGEgXCJub3QgZm91bmRcIiBlcnJvciBib2R5IHdoaWxlICR7Y3R4LmFjdGlvbn0gYXQgJHtjdHgudXJsfS4ke3NhaWR9IGAgK1xuICAgICAgJ0NoZWNrIHRoYXQgdGhlIHN0b3JlIFVSTCBwb2ludHMgYXQgdGhlIHByb21wdCBzZXJ2ZXIgKHRoZSBiYXNlIFVSTCwgd2l0aG91dCB0aGUgL3YxIHBhdGgpLic7XG4gIH0gZWxzZSBpZiAoc3RhdHVzID09PSA0MjkpIHtcbiAgICBjb25zdCB3YWl0ID1cbiAgICAgIGRldGFpbHMucmV0cnlBZnRlck1zID09PSB1bmRlZmluZWQgPyAnJyA6IGAgKGl0IGFza2VkIHRvIHdhaXQgJHtNYXRoLmNlaWwoZGV0YWlscy5yZXRyeUFmdGVyTXMgLyAxMDAwKX0gcylgO1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgd2FzIHJhdGUgbGltaXRlZCAoSFRUUCA0MjkpJHt3YWl0fSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0ke3RyaWVzfS4ke3NhaWR9IGAgK1xuICAgICAgJ1RyeSBhZ2FpbiBsYXRlciwgb3IgbG93ZXIgdGhlIHJlcXVlc3QgcmF0ZSAoZS5nLiBhIGxvbmdlciBjYWNoZSB0dGxNcykuJztcbiAgfSBlbHNlIGlmIChzdGF0dXMgPT09IDQwOCB8fCBzdGF0dXMgPj0gNTAwKSB7XG4gICAgbWVzc2FnZSA9XG4gICAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSdzIHNlcnZlciBmYWlsZWQgKEhUVFAgJHtzdGF0dXN9KSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0ke3RyaWVzfS4ke3NhaWR9IGAgK1xuICAgICAgJ1RoaXMgaXMgdXN1YWxseSB0ZW1wb3Jhcnk6IHRyeSBhZ2FpbiBsYXRlciwgYW5kIGNoZWNrIHRoZSBzZXJ2ZXIgaWYgaXQgcGVyc2lzdHMuJztcbiAgfSBlbHNlIHtcbiAgICBjb25zdCBjb2RlID0gZGV0YWlscy5jb2RlID09PSB1bmRlZmluZWQgPyAnJyA6IGAgJHtkZXRhaWxzLmNvZGV9YDtcbiAgICBtZXNzYWdlID0gYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgZ290IEhUVFAgJHtzdGF0dXN9JHtjb2RlfSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0uJHtzYWlkfWA7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDAwKSBtZXNzYWdlICs9ICcgVGhlIHJlcXVlc3Qgd2FzIHJlamVjdGVkIGFzIGludmFsaWQ6IGNoZWNrIHRoZSBuYW1lLCB2ZXJzaW9uIG9yIHNlbGVjdG9yLic7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDA5KSBtZXNzYWdlICs9ICcgVmVyc2lvbnMgYXJlIGltbXV0YWJsZTogcHVibGlzaCBhIG5ldyB2ZXJzaW9uIGluc3RlYWQgb2YgY2hhbmdpbmcgdGhpcyBvbmUuJztcbiAgfVxuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IobWVzc2FnZSwgeyBzdG9yZTogY3R4LnN0b3JlLCBzdGF0dXMsIHJldHJ5YWJsZTogaXNSZXRyeWFibGVTdGF0dXMoc3RhdHVzKSB9KTtcbn1cblxuLyoqIEEgbmV0d29yayBmYWlsdXJlIChETlMsIHJlZnVzZWQgY29ubmVjdGlvbiwgcmVzZXQpIG9yIGEgdGltZW91dDogYWx3YXlzIHJldHJ5YWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXR3b3JrRXJyb3IoXG4gIGN0eDogRmFpbHVyZUNvbnRleHQsXG4gIGNhdXNlOiB1bmtub3duLFxuICB0aW1lb3V0TXM6IG51bWJlciB8IHVuZGVmaW5lZCxcbiAgYXR0ZW1wdHM6IG51bWJlcixcbik6IFN0b3JlRXJyb3Ige1xuICBjb25zdCB0cmllcyA9IGF0dGVtcHRzID4gMSA/IGAgKCR7YXR0ZW1wdHN9IGF0dGVtcHRzKWAgOiAnJztcbiAgY29uc3QgbWVzc2FnZSA9XG4gICAgdGltZW91dE1zICE9PSB1bmRlZmluZWRcbiAgICAgID8gYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgdGltZWQgb3V0IGFmdGVyICR7dGltZW91dE1zfSBtcyB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0ke3RyaWVzfS4gYCArXG4gICAgICAgICdDaGVjayB0aGF0IHRoZSBzZXJ2ZXIgaXMgcmVhY2hhYmxlLCBvciByYWlzZSB0aGUgc3RvcmVcXCdzIFwidGltZW91dE1zXCIuJ1xuICAgICAgOiBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSBjb3VsZCBub3QgcmVhY2ggJHtjdHgudXJsfSB3aGlsZSAke2N0eC5hY3Rpb259JHt0cmllc306IGAgK1xuICAgICAgICBgJHtjdHgucmVkYWN0KGRlc2NyaWJlQ2F1c2UoY2F1c2UpKX0uIENoZWNrIHRoZSBVUkwgYW5kIHRoZSBuZXR3b3JrLmA7XG4gIHJldHVybiBuZXcgU3RvcmVFcnJvcihtZXNzYWdlLCB7IHN0b3JlOiBjdHguc3RvcmUsIHJldHJ5YWJsZTogdHJ1ZSB9LCB7IGNhdXNlOiBzYW5pdGl6ZUNhdXNlKGNhdXNlLCBjdHgucmVkYWN0KSB9KTtcbn1cblxuLyoqIEEgcmVzcG9uc2UgdGhhdCBpcyBub3Qgd2hhdCB0aGUgcHJvdG9jb2wgcHJvbWlzZXMgKGJhZCBKU09OLCB3cm9uZyBjb250ZW50IHR5cGUsIHRvbyBiaWcsIHdyb25nIHNoYXBlKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtYWxmb3JtZWRFcnJvcihjdHg6IEZhaWx1cmVDb250ZXh0LCBwcm9ibGVtOiBzdHJpbmcsIHN0YXR1cz86IG51bWJlcik6IFN0b3JlRXJyb3Ige1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IoXG4gICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgZ290IGEgbWFsZm9ybWVkIHJlc3BvbnNlIHdoaWxlICR7Y3R4LmFjdGlvbn0gYXQgJHtjdHgudXJsfTogJHtjdHgucmVkYWN0KHByb2JsZW0pfS4gYCArXG4gICAgICAnQ2hlY2sgdGhhdCB0aGUgVVJMIHBvaW50cyBhdCBhIHByb21wdG9wcy1jb21wYXRpYmxlIHNlcnZlciAocHJvdG9jb2wgdjEpLicsXG4gICAgeyBzdG9yZTogY3R4LnN0b3JlLCBzdGF0dXMsIHJldHJ5YWJsZTogZmFsc2UgfSxcbiAgKTtcbn1cblxuZnVuY3Rpb24gZGVzY3JpYmVDYXVzZShjYXVzZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmIChjYXVzZSBpbnN0YW5jZW9mIEVycm9yKSB7XG4gICAgY29uc3QgaW5uZXIgPSBjYXVzZS5jYXVzZSBpbnN0YW5jZW9mIEVycm9yID8gYCAoJHtjYXVzZS5jYXVzZS5tZXNzYWdlfSlgIDogJyc7XG4gICAgcmV0dXJuIGAke2NhdXNlLm1lc3NhZ2V9JHtpbm5lcn1gO1xuICB9XG4gIHJldHVybiBTdHJpbmcoY2F1c2UpO1xufVxuXG4vKipcbiAqIEEgcGxhaW4gRXJyb3IgY29weSBvZiBhIHRyYW5zcG9ydCBmYWlsdXJlLCBrZWVwaW5nIG9ubHkgaXRzIG5hbWUgYW5kIHJlZGFjdGVkIG1lc3NhZ2UgKGFuZCB0aGVcbiAqIHNhbWUgb2YgaXRzIG93biBjYXVzZSk6IHRoZSBvcmlnaW5hbCBtYXkgaG9sZCB0aGUgcmVxdWVzdCwgYW5kIHNvIGl0cyBoZWFkZXJzLlxuICovXG5mdW5jdGlvbiBzYW5pdGl6ZUNhdXNlKGNhdXNlOiB1bmtub3duLCByZWRhY3Q6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZyk6IEVycm9yIHwgdW5kZWZpbmVkIHtcbiAgaWYgKCEoY2F1c2UgaW5zdGFuY2VvZiBFcnJvcikpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGlubmVyID0gY2F1c2UuY2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IG5ldyBFcnJvcihyZWRhY3QoY2F1c2UuY2F1c2UubWVzc2FnZSkpIDogdW5kZWZpbmVkO1xuICBjb25zdCBjb3B5ID0gbmV3IEVycm9yKHJlZGFjdChjYXVzZS5tZXNzYWdlKSwgaW5uZXIgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHsgY2F1c2U6IGlubmVyIH0pO1xuICBjb3B5Lm5hbWUgPSBjYXVzZS5uYW1lO1xuICByZXR1cm4gY29weTtcbn1cblxuLyoqIGB1cmxgIHdpdGhvdXQgdXNlciBpbmZvIChgdXNlcjpwYXNzQGApLCBmb3IgbWVzc2FnZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZGlzcGxheVVybCh1cmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIHRyeSB7XG4gICAgY29uc3QgdSA9IG5ldyBVUkwodXJsKTtcbiAgICByZXR1cm4gYCR7dS5vcmlnaW59JHt1LnBhdGhuYW1lfSR7dS5zZWFyY2h9YDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuICcoaW52YWxpZCBVUkwpJztcbiAgfVxufVxuXG4vKiogQSBmdW5jdGlvbiB0aGF0IHJlcGxhY2VzIGV2ZXJ5IG9jY3VycmVuY2Ugb2YgdGhlIGdpdmVuIHNlY3JldHMgd2l0aCBgW3JlZGFjdGVkXWAuICovXG5leHBvcnQgZnVuY3Rpb24gcmVkYWN0b3Ioc2VjcmV0czogUmVhZG9ubHlBcnJheTxzdHJpbmcgfCB1bmRlZmluZWQ+KTogKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nIHtcbiAgY29uc3QgbGlzdCA9IHNlY3JldHMuZmlsdGVyKChzKTogcyBpcyBzdHJpbmcgPT4gdHlwZW9mIHMgPT09ICdzdHJpbmcnICYmIHMubGVuZ3RoID4gMCk7XG4gIHJldHVybiAodGV4dCkgPT4ge1xuICAgIGxldCBvdXQgPSB0ZXh0O1xuICAgIGZvciAoY29uc3Qgc2VjcmV0IG9mIGxpc3QpIG91dCA9IG91dC5zcGxpdChzZWNyZXQpLmpvaW4oJ1tyZWRhY3RlZF0nKTtcbiAgICByZXR1cm4gb3V0O1xuICB9O1xufVxuIiwgIi8qKlxuICogT3B0aW9uIGNoZWNrcyBzaGFyZWQgYnkgdGhlIEhUVFAtYmFzZWQgc3RvcmVzOiBlYWNoIHByb2JsZW0gaXMgYSBgQ29uZmlnRXJyb3JgIG5hbWluZyB0aGUgb3B0aW9uLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5cbi8qKiBBIHBvc2l0aXZlIGZpbml0ZSBudW1iZXIsIG9yIGBmYWxsYmFja2Agd2hlbiBgdmFsdWVgIGlzIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwb3NpdGl2ZU51bWJlcih2YWx1ZTogdW5rbm93biwgb3B0aW9uOiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnbnVtYmVyJyB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSB8fCB2YWx1ZSA8PSAwKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgcG9zaXRpdmUgbnVtYmVyLCBnb3QgJHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9YCwgeyBvcHRpb24gfSk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKiogVmFsaWRhdGUgYSBiYXNlIFVSTCBvcHRpb24gYW5kIHJldHVybiBpdCB3aXRob3V0IGEgdHJhaWxpbmcgc2xhc2guICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplQmFzZVVybCh2YWx1ZTogdW5rbm93biwgb3B0aW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnc3RyaW5nJyB8fCB2YWx1ZS50cmltKCkgPT09ICcnKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdpcyByZXF1aXJlZDogdGhlIGJhc2UgVVJMIG9mIHRoZSBzZXJ2ZXIsIGUuZy4gXCJodHRwczovL3Byb21wdHMuZXhhbXBsZS5jb21cIicsIHsgb3B0aW9uIH0pO1xuICB9XG4gIGxldCB1cmw6IFVSTDtcbiAgdHJ5IHtcbiAgICB1cmwgPSBuZXcgVVJMKHZhbHVlKTtcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBpcyBub3QgYSB2YWxpZCBVUkw6ICR7SlNPTi5zdHJpbmdpZnkodmFsdWUuc2xpY2UoMCwgMjAwKSl9YCwgeyBvcHRpb24gfSk7XG4gIH1cbiAgaWYgKHVybC5wcm90b2NvbCAhPT0gJ2h0dHA6JyAmJiB1cmwucHJvdG9jb2wgIT09ICdodHRwczonKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGFuIGh0dHA6IG9yIGh0dHBzOiBVUkwsIGdvdCAke3VybC5wcm90b2NvbH1gLCB7IG9wdGlvbiB9KTtcbiAgfVxuICBpZiAodXJsLnNlYXJjaCAhPT0gJycgfHwgdXJsLmhhc2ggIT09ICcnKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdtdXN0IG5vdCBoYXZlIGEgcXVlcnkgc3RyaW5nIG9yIGEgZnJhZ21lbnQnLCB7IG9wdGlvbiB9KTtcbiAgfVxuICByZXR1cm4gYCR7dXJsLm9yaWdpbn0ke3VybC5wYXRobmFtZX1gLnJlcGxhY2UoL1xcLyskLywgJycpO1xufVxuIiwgIi8qKlxuICogVGhlIEhUVFAgdHJhbnNwb3J0IHNoYXJlZCBieSBgaHR0cFN0b3JlYCBhbmQgYGxhbmdmdXNlU3RvcmVgOiBvbmUgcmVxdWVzdCBvbiBga3lgLCB3aXRoIGEgdGltZW91dFxuICogcGVyIGF0dGVtcHQgKGhlYWRlcnMgYW5kIGJvZHkpLCByZXRyaWVzIHdpdGggY2FwcGVkIGppdHRlcmVkIGJhY2tvZmYgaG9ub3VyaW5nIGBSZXRyeS1BZnRlcmAsIGFcbiAqIGJ5dGUgbGltaXQgb24gcmVzcG9uc2UgYm9kaWVzIChjb3VudGVkIHdoaWxlIHN0cmVhbWluZywgbmV2ZXIgYnVmZmVyZWQgcGFzdCB0aGUgbGltaXQpLCBKU09OXG4gKiBkZWNvZGluZywgYW5kIGVycm9yIG1hcHBpbmcgd2l0aCBjcmVkZW50aWFscyByZWRhY3RlZC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IGt5IGZyb20gJ2t5JztcbmltcG9ydCB7IHR5cGUgRmFpbHVyZUNvbnRleHQsIG1hbGZvcm1lZEVycm9yLCBuZXR3b3JrRXJyb3IsIHN0YXR1c0Vycm9yIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgYmFja29mZkRlbGF5LCBpc1JldHJ5YWJsZVN0YXR1cywgcGFyc2VSZXRyeUFmdGVyLCB0eXBlIFJlc29sdmVkUmV0cnlPcHRpb25zIH0gZnJvbSAnLi9yZXRyeS5qcyc7XG5cbi8qKiBMYXJnZXN0IGVycm9yIGJvZHkgcmVhZCB0byBleHRyYWN0IHRoZSBzZXJ2ZXIncyBtZXNzYWdlLiAqL1xuY29uc3QgRVJST1JfQk9EWV9MSU1JVCA9IDY0ICogMTAyNDtcblxuLyoqIERlZmF1bHQgbGltaXQgb2YgYSByZXNwb25zZSBib2R5OiAxMCBNQi4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX01BWF9CT0RZX0JZVEVTID0gMTAgKiAxMDI0ICogMTAyNDtcblxuLyoqIFNldHRpbmdzIG9mIGEgdHJhbnNwb3J0LCBmaXhlZCB3aGVuIGEgc3RvcmUgaXMgY3JlYXRlZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVHJhbnNwb3J0T3B0aW9ucyB7XG4gIC8qKiBTdG9yZSBuYW1lIGZvciBlcnJvcnMuICovXG4gIHN0b3JlOiBzdHJpbmc7XG4gIC8qKiBCYXNlIFVSTCB3aXRob3V0IGEgdHJhaWxpbmcgc2xhc2gsIGUuZy4gYCdodHRwczovL3Byb21wdHMuZXhhbXBsZS5jb20nYC4gKi9cbiAgYmFzZVVybDogc3RyaW5nO1xuICAvKiogSGVhZGVycyBzZW50IHdpdGggZXZlcnkgcmVxdWVzdCAoYXV0aG9yaXphdGlvbiBpbmNsdWRlZCkuICovXG4gIGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBWYWx1ZXMgdGhhdCBtdXN0IG5ldmVyIGFwcGVhciBpbiBhIG1lc3NhZ2UgKHRva2Vucywga2V5cywgZW5jb2RlZCBjcmVkZW50aWFscykuICovXG4gIHNlY3JldHM6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgdW5kZWZpbmVkPjtcbiAgLyoqIEhvdyB0byBmaXggYSA0MDEvNDAzLiAqL1xuICBhdXRoSGludDogc3RyaW5nO1xuICAvKiogVGltZW91dCBvZiBvbmUgYXR0ZW1wdCwgZnJvbSBzZW5kaW5nIHRoZSByZXF1ZXN0IHRvIHRoZSBlbmQgb2YgdGhlIGJvZHkuICovXG4gIHRpbWVvdXRNczogbnVtYmVyO1xuICAvKiogUmV0cnkgcG9saWN5LiAqL1xuICByZXRyeTogUmVzb2x2ZWRSZXRyeU9wdGlvbnM7XG4gIC8qKiBMYXJnZXN0IGFjY2VwdGVkIHJlc3BvbnNlIGJvZHksIGluIGJ5dGVzLiAqL1xuICBtYXhCb2R5Qnl0ZXM6IG51bWJlcjtcbiAgLyoqIGBmZXRjaGAgaW1wbGVtZW50YXRpb247IGBnbG9iYWxUaGlzLmZldGNoYCAobG9va2VkIHVwIGF0IHJlcXVlc3QgdGltZSkgd2hlbiBhYnNlbnQuICovXG4gIGZldGNoPzogdHlwZW9mIGdsb2JhbFRoaXMuZmV0Y2g7XG4gIC8qKiBSZW1vdmVzIHNlY3JldHMgZnJvbSB0ZXh0LiAqL1xuICByZWRhY3Q6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZztcbn1cblxuLyoqIE9uZSByZXF1ZXN0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnRSZXF1ZXN0IHtcbiAgLyoqIEBkZWZhdWx0ICdHRVQnICovXG4gIG1ldGhvZD86ICdHRVQnIHwgJ1BVVCc7XG4gIC8qKiBQYXRoIGFmdGVyIHRoZSBiYXNlIFVSTCwgYWxyZWFkeSBlbmNvZGVkLCBzdGFydGluZyB3aXRoIGAvYC4gKi9cbiAgcGF0aDogc3RyaW5nO1xuICAvKiogUXVlcnkgcGFyYW1ldGVycy4gKi9cbiAgc2VhcmNoUGFyYW1zPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIEV4dHJhIGhlYWRlcnMgZm9yIHRoaXMgcmVxdWVzdC4gKi9cbiAgaGVhZGVycz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBKU09OIGJvZHkuICovXG4gIGpzb24/OiB1bmtub3duO1xuICAvKiogV2hhdCBpcyBiZWluZyBkb25lLCBmb3IgbWVzc2FnZXM6IGAnbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCJ4XCInYC4gKi9cbiAgYWN0aW9uOiBzdHJpbmc7XG4gIC8qKiBOb24tMnh4IHN0YXR1c2VzIGhhbmRlZCBiYWNrIHRvIHRoZSBjYWxsZXIgaW5zdGVhZCBvZiB0aHJvd24gKGUuZy4gNDA0LCAzMDQpLiAqL1xuICBwYXNzU3RhdHVzZXM/OiByZWFkb25seSBudW1iZXJbXTtcbn1cblxuLyoqIEEgZGVjb2RlZCBhbnN3ZXIuICovXG5leHBvcnQgaW50ZXJmYWNlIFRyYW5zcG9ydFJlc3BvbnNlIHtcbiAgc3RhdHVzOiBudW1iZXI7XG4gIGhlYWRlcnM6IEhlYWRlcnM7XG4gIC8qKiBUaGUgSlNPTiBib2R5IG9mIGEgMnh4IGFuc3dlciAoYHVuZGVmaW5lZGAgZm9yIDIwNC8zMDQpOyB0aGUgZGVjb2RlZCBlcnJvciBib2R5LCBpZiBKU09OLCBvdGhlcndpc2UuICovXG4gIGJvZHk6IHVua25vd247XG4gIC8qKiBgZXJyb3IuY29kZWAgLyBgZXJyb3IubWVzc2FnZWAgZm91bmQgaW4gYW4gZXJyb3IgYm9keSAocHJvdG9jb2wgdjEgb3IgTGFuZ2Z1c2Ugc2hhcGVzKS4gKi9cbiAgZXJyb3I6IHsgY29kZT86IHN0cmluZzsgbWVzc2FnZT86IHN0cmluZyB9O1xuICAvKiogVGhlIGZhaWx1cmUgY29udGV4dCwgdG8gYnVpbGQgZXJyb3JzIGFib3V0IHRoaXMgYW5zd2VyLiAqL1xuICBjdHg6IEZhaWx1cmVDb250ZXh0O1xufVxuXG4vKiogQSB0cmFuc3BvcnQgYm91bmQgdG8gaXRzIG9wdGlvbnMuICovXG5leHBvcnQgaW50ZXJmYWNlIFRyYW5zcG9ydCB7XG4gIHJlcXVlc3QocmVxdWVzdDogVHJhbnNwb3J0UmVxdWVzdCk6IFByb21pc2U8VHJhbnNwb3J0UmVzcG9uc2U+O1xufVxuXG5jbGFzcyBCb2R5VG9vTGFyZ2UgZXh0ZW5kcyBFcnJvciB7fVxuXG5jb25zdCBKU09OX1RZUEUgPSAvXmFwcGxpY2F0aW9uXFwvKD86W1xcdy4tXStcXCspP2pzb24oPzpcXHMqO3xcXHMqJCkvaTtcblxuLyoqIENyZWF0ZSB0aGUgdHJhbnNwb3J0IG9mIG9uZSBzdG9yZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVUcmFuc3BvcnQob3B0aW9uczogVHJhbnNwb3J0T3B0aW9ucyk6IFRyYW5zcG9ydCB7XG4gIGNvbnN0IGZldGNoSW1wbCA9IChpbnB1dDogUmVxdWVzdCB8IFVSTCB8IHN0cmluZywgaW5pdD86IFJlcXVlc3RJbml0KTogUHJvbWlzZTxSZXNwb25zZT4gPT5cbiAgICAob3B0aW9ucy5mZXRjaCA/PyBnbG9iYWxUaGlzLmZldGNoKShpbnB1dCwgaW5pdCk7XG5cbiAgYXN5bmMgZnVuY3Rpb24gcmVxdWVzdChyZXE6IFRyYW5zcG9ydFJlcXVlc3QpOiBQcm9taXNlPFRyYW5zcG9ydFJlc3BvbnNlPiB7XG4gICAgY29uc3QgdXJsID0gbmV3IFVSTChgJHtvcHRpb25zLmJhc2VVcmx9JHtyZXEucGF0aH1gKTtcbiAgICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhyZXEuc2VhcmNoUGFyYW1zID8/IHt9KSkgdXJsLnNlYXJjaFBhcmFtcy5zZXQoa2V5LCB2YWx1ZSk7XG4gICAgY29uc3QgY3R4OiBGYWlsdXJlQ29udGV4dCA9IHtcbiAgICAgIHN0b3JlOiBvcHRpb25zLnN0b3JlLFxuICAgICAgYWN0aW9uOiByZXEuYWN0aW9uLFxuICAgICAgdXJsOiBkaXNwbGF5VXJsT2YodXJsKSxcbiAgICAgIGF1dGhIaW50OiBvcHRpb25zLmF1dGhIaW50LFxuICAgICAgcmVkYWN0OiBvcHRpb25zLnJlZGFjdCxcbiAgICB9O1xuICAgIGNvbnN0IHsgcmV0cnkgfSA9IG9wdGlvbnM7XG4gICAgZm9yIChsZXQgYXR0ZW1wdCA9IDA7IDsgYXR0ZW1wdCsrKSB7XG4gICAgICBjb25zdCBjYW5SZXRyeSA9IGF0dGVtcHQgPCByZXRyeS5saW1pdDtcbiAgICAgIGxldCBvdXRjb21lOiBBdHRlbXB0T3V0Y29tZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIG91dGNvbWUgPSBhd2FpdCBhdHRlbXB0T25jZSh1cmwsIHJlcSwgY3R4LCBjYW5SZXRyeSwgYXR0ZW1wdCArIDEpO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgaWYgKCEoZXJyb3IgaW5zdGFuY2VvZiBOZXR3b3JrRmFpbHVyZSkpIHRocm93IGVycm9yO1xuICAgICAgICBpZiAoIWNhblJldHJ5KSB7XG4gICAgICAgICAgdGhyb3cgbmV0d29ya0Vycm9yKGN0eCwgZXJyb3Iub3JpZ2luYWwsIGVycm9yLnRpbWVkT3V0ID8gb3B0aW9ucy50aW1lb3V0TXMgOiB1bmRlZmluZWQsIGF0dGVtcHQgKyAxKTtcbiAgICAgICAgfVxuICAgICAgICBhd2FpdCByZXRyeS5zbGVlcChiYWNrb2ZmRGVsYXkoYXR0ZW1wdCwgcmV0cnkpKTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBpZiAob3V0Y29tZS5raW5kID09PSAnZG9uZScpIHJldHVybiBvdXRjb21lLnJlc3BvbnNlO1xuICAgICAgYXdhaXQgcmV0cnkuc2xlZXAob3V0Y29tZS5yZXRyeUFmdGVyTXMgPz8gYmFja29mZkRlbGF5KGF0dGVtcHQsIHJldHJ5KSk7XG4gICAgfVxuICB9XG5cbiAgdHlwZSBBdHRlbXB0T3V0Y29tZSA9IHsga2luZDogJ2RvbmUnOyByZXNwb25zZTogVHJhbnNwb3J0UmVzcG9uc2UgfSB8IHsga2luZDogJ3JldHJ5JzsgcmV0cnlBZnRlck1zPzogbnVtYmVyIH07XG5cbiAgYXN5bmMgZnVuY3Rpb24gYXR0ZW1wdE9uY2UoXG4gICAgdXJsOiBVUkwsXG4gICAgcmVxOiBUcmFuc3BvcnRSZXF1ZXN0LFxuICAgIGN0eDogRmFpbHVyZUNvbnRleHQsXG4gICAgY2FuUmV0cnk6IGJvb2xlYW4sXG4gICAgYXR0ZW1wdHM6IG51bWJlcixcbiAgKTogUHJvbWlzZTxBdHRlbXB0T3V0Y29tZT4ge1xuICAgIGNvbnN0IGNvbnRyb2xsZXIgPSBuZXcgQWJvcnRDb250cm9sbGVyKCk7XG4gICAgbGV0IHRpbWVkT3V0ID0gZmFsc2U7XG4gICAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgIHRpbWVkT3V0ID0gdHJ1ZTtcbiAgICAgIGNvbnRyb2xsZXIuYWJvcnQobmV3IEVycm9yKGB0aW1lZCBvdXQgYWZ0ZXIgJHtvcHRpb25zLnRpbWVvdXRNc30gbXNgKSk7XG4gICAgfSwgb3B0aW9ucy50aW1lb3V0TXMpO1xuICAgIHRyeSB7XG4gICAgICBsZXQgcmVzcG9uc2U6IFJlc3BvbnNlO1xuICAgICAgdHJ5IHtcbiAgICAgICAgcmVzcG9uc2UgPSBhd2FpdCBreSh1cmwsIHtcbiAgICAgICAgICBtZXRob2Q6IHJlcS5tZXRob2QgPz8gJ0dFVCcsXG4gICAgICAgICAgaGVhZGVyczogeyBhY2NlcHQ6ICdhcHBsaWNhdGlvbi9qc29uJywgLi4ub3B0aW9ucy5oZWFkZXJzLCAuLi5yZXEuaGVhZGVycyB9LFxuICAgICAgICAgIC4uLihyZXEuanNvbiA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGpzb246IHJlcS5qc29uIH0pLFxuICAgICAgICAgIHNpZ25hbDogY29udHJvbGxlci5zaWduYWwsXG4gICAgICAgICAgdGltZW91dDogZmFsc2UsXG4gICAgICAgICAgcmV0cnk6IDAsXG4gICAgICAgICAgdGhyb3dIdHRwRXJyb3JzOiBmYWxzZSxcbiAgICAgICAgICBmZXRjaDogZmV0Y2hJbXBsLFxuICAgICAgICB9KTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIHRocm93IG5ldyBOZXR3b3JrRmFpbHVyZShlcnJvciwgdGltZWRPdXQpO1xuICAgICAgfVxuICAgICAgY29uc3QgeyBzdGF0dXMsIGhlYWRlcnMgfSA9IHJlc3BvbnNlO1xuICAgICAgaWYgKGlzUmV0cnlhYmxlU3RhdHVzKHN0YXR1cykgJiYgY2FuUmV0cnkpIHtcbiAgICAgICAgY29uc3QgcmV0cnlBZnRlck1zID0gcGFyc2VSZXRyeUFmdGVyKGhlYWRlcnMuZ2V0KCdyZXRyeS1hZnRlcicpLCBvcHRpb25zLnJldHJ5Lm5vdygpKTtcbiAgICAgICAgaWYgKHJldHJ5QWZ0ZXJNcyA9PT0gdW5kZWZpbmVkIHx8IHJldHJ5QWZ0ZXJNcyA8PSBvcHRpb25zLnJldHJ5Lm1heFJldHJ5QWZ0ZXJNcykge1xuICAgICAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICAgICAgcmV0dXJuIHsga2luZDogJ3JldHJ5JywgcmV0cnlBZnRlck1zIH07XG4gICAgICAgIH1cbiAgICAgICAgLy8gVGhlIHNlcnZlciBhc2tzIGZvciBhIGxvbmdlciB3YWl0IHRoYW4gd2UgYWNjZXB0OiBmYWlsIG5vdywgcmV0cnlhYmxlIGxhdGVyLlxuICAgICAgICBjb25zdCBlcnJvciA9IGF3YWl0IHJlYWRFcnJvckJvZHkocmVzcG9uc2UsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICAgICAgdGhyb3cgc3RhdHVzRXJyb3Ioc3RhdHVzLCBjdHgsIHsgLi4uZXJyb3IsIHJldHJ5QWZ0ZXJNcywgYXR0ZW1wdHMgfSk7XG4gICAgICB9XG4gICAgICBjb25zdCBwYXNzZWQgPSByZXEucGFzc1N0YXR1c2VzPy5pbmNsdWRlcyhzdGF0dXMpID09PSB0cnVlO1xuICAgICAgaWYgKHN0YXR1cyA+PSAyMDAgJiYgc3RhdHVzIDwgMzAwKSB7XG4gICAgICAgIGNvbnN0IGJvZHkgPSBzdGF0dXMgPT09IDIwNCA/IHVuZGVmaW5lZCA6IGF3YWl0IHJlYWRKc29uKHJlc3BvbnNlLCBjdHgsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICAgICAgcmV0dXJuIHsga2luZDogJ2RvbmUnLCByZXNwb25zZTogeyBzdGF0dXMsIGhlYWRlcnMsIGJvZHksIGVycm9yOiB7fSwgY3R4IH0gfTtcbiAgICAgIH1cbiAgICAgIGlmIChzdGF0dXMgPT09IDMwNCAmJiBwYXNzZWQpIHtcbiAgICAgICAgZGlzY2FyZChyZXNwb25zZS5ib2R5KTtcbiAgICAgICAgcmV0dXJuIHsga2luZDogJ2RvbmUnLCByZXNwb25zZTogeyBzdGF0dXMsIGhlYWRlcnMsIGJvZHk6IHVuZGVmaW5lZCwgZXJyb3I6IHt9LCBjdHggfSB9O1xuICAgICAgfVxuICAgICAgY29uc3QgZXJyb3JCb2R5ID0gYXdhaXQgcmVhZEVycm9yQm9keShyZXNwb25zZSwgY29udHJvbGxlci5zaWduYWwpO1xuICAgICAgaWYgKHBhc3NlZCkgcmV0dXJuIHsga2luZDogJ2RvbmUnLCByZXNwb25zZTogeyBzdGF0dXMsIGhlYWRlcnMsIC4uLmVycm9yQm9keSwgY3R4IH0gfTtcbiAgICAgIGNvbnN0IHJldHJ5QWZ0ZXJNcyA9IHBhcnNlUmV0cnlBZnRlcihoZWFkZXJzLmdldCgncmV0cnktYWZ0ZXInKSwgb3B0aW9ucy5yZXRyeS5ub3coKSk7XG4gICAgICB0aHJvdyBzdGF0dXNFcnJvcihzdGF0dXMsIGN0eCwgeyAuLi5lcnJvckJvZHkuZXJyb3IsIHJldHJ5QWZ0ZXJNcywgYXR0ZW1wdHMgfSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIE5ldHdvcmtGYWlsdXJlKSB0aHJvdyBlcnJvcjtcbiAgICAgIGlmICh0aW1lZE91dCkgdGhyb3cgbmV3IE5ldHdvcmtGYWlsdXJlKGVycm9yLCB0cnVlKTtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBjbGVhclRpbWVvdXQodGltZXIpO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlYWRKc29uKHJlc3BvbnNlOiBSZXNwb25zZSwgY3R4OiBGYWlsdXJlQ29udGV4dCwgc2lnbmFsOiBBYm9ydFNpZ25hbCk6IFByb21pc2U8dW5rbm93bj4ge1xuICAgIGNvbnN0IHR5cGUgPSByZXNwb25zZS5oZWFkZXJzLmdldCgnY29udGVudC10eXBlJykgPz8gJyc7XG4gICAgaWYgKCFKU09OX1RZUEUudGVzdCh0eXBlKSkge1xuICAgICAgZGlzY2FyZChyZXNwb25zZS5ib2R5KTtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKFxuICAgICAgICBjdHgsXG4gICAgICAgIGBleHBlY3RlZCBhIEpTT04gYm9keSAoY29udGVudC10eXBlIGFwcGxpY2F0aW9uL2pzb24pLCBnb3QgJHt0eXBlID09PSAnJyA/ICdubyBjb250ZW50LXR5cGUnIDogSlNPTi5zdHJpbmdpZnkodHlwZS5zbGljZSgwLCAxMDApKX1gLFxuICAgICAgICByZXNwb25zZS5zdGF0dXMsXG4gICAgICApO1xuICAgIH1cbiAgICBsZXQgYnl0ZXM6IFVpbnQ4QXJyYXk7XG4gICAgdHJ5IHtcbiAgICAgIGJ5dGVzID0gYXdhaXQgcmVhZExpbWl0ZWQocmVzcG9uc2UsIG9wdGlvbnMubWF4Qm9keUJ5dGVzLCBzaWduYWwpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBCb2R5VG9vTGFyZ2UpIHtcbiAgICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IoXG4gICAgICAgICAgY3R4LFxuICAgICAgICAgIGB0aGUgYm9keSBpcyBsYXJnZXIgdGhhbiB0aGUgJHtmb3JtYXRCeXRlcyhvcHRpb25zLm1heEJvZHlCeXRlcyl9IGxpbWl0IChtYXhCb2R5Qnl0ZXMpOyBpdCB3YXMgbm90IHJlYWQgZnVydGhlcmAsXG4gICAgICAgICAgcmVzcG9uc2Uuc3RhdHVzLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgdGhyb3cgZXJyb3I7XG4gICAgfVxuICAgIHRyeSB7XG4gICAgICByZXR1cm4gSlNPTi5wYXJzZShuZXcgVGV4dERlY29kZXIoJ3V0Zi04JywgeyBmYXRhbDogdHJ1ZSB9KS5kZWNvZGUoYnl0ZXMpKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgY29uc3QgcmVhc29uID0gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpO1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IoY3R4LCBgdGhlIGJvZHkgaXMgbm90IHZhbGlkIEpTT04gKCR7cmVhc29uLnNsaWNlKDAsIDIwMCl9KWAsIHJlc3BvbnNlLnN0YXR1cyk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gcmVhZEVycm9yQm9keShcbiAgICByZXNwb25zZTogUmVzcG9uc2UsXG4gICAgc2lnbmFsOiBBYm9ydFNpZ25hbCxcbiAgKTogUHJvbWlzZTx7IGJvZHk6IHVua25vd247IGVycm9yOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfSB9PiB7XG4gICAgbGV0IGJvZHk6IHVua25vd247XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IGJ5dGVzID0gYXdhaXQgcmVhZExpbWl0ZWQocmVzcG9uc2UsIEVSUk9SX0JPRFlfTElNSVQsIHNpZ25hbCk7XG4gICAgICBjb25zdCB0ZXh0ID0gbmV3IFRleHREZWNvZGVyKCkuZGVjb2RlKGJ5dGVzKTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGJvZHkgPSBKU09OLnBhcnNlKHRleHQpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIHJldHVybiB7IGJvZHk6IHVuZGVmaW5lZCwgZXJyb3I6IHt9IH07XG4gICAgICB9XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIEJvZHlUb29MYXJnZSkgcmV0dXJuIHsgYm9keTogdW5kZWZpbmVkLCBlcnJvcjoge30gfTtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICByZXR1cm4geyBib2R5LCBlcnJvcjogZXJyb3JGaWVsZHMoYm9keSkgfTtcbiAgfVxuXG4gIHJldHVybiB7IHJlcXVlc3QgfTtcbn1cblxuLyoqIFRyYW5zcG9ydC1sZXZlbCBmYWlsdXJlIG9mIG9uZSBhdHRlbXB0IChuZXR3b3JrIGVycm9yIG9yIHRpbWVvdXQpLCBiZWZvcmUgaXQgYmVjb21lcyBhIFN0b3JlRXJyb3IuICovXG5jbGFzcyBOZXR3b3JrRmFpbHVyZSBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgb3JpZ2luYWw6IHVua25vd24sXG4gICAgcmVhZG9ubHkgdGltZWRPdXQ6IGJvb2xlYW4sXG4gICkge1xuICAgIHN1cGVyKCduZXR3b3JrIGZhaWx1cmUnKTtcbiAgfVxufVxuXG4vKiogYGVycm9yLmNvZGVgIC8gYGVycm9yLm1lc3NhZ2VgIG9mIHByb3RvY29sIHYxIChge2Vycm9yOntjb2RlLG1lc3NhZ2V9fWApIG9yIExhbmdmdXNlIChge21lc3NhZ2UsIGVycm9yfWApLiAqL1xuZnVuY3Rpb24gZXJyb3JGaWVsZHMoYm9keTogdW5rbm93bik6IHsgY29kZT86IHN0cmluZzsgbWVzc2FnZT86IHN0cmluZyB9IHtcbiAgaWYgKHR5cGVvZiBib2R5ICE9PSAnb2JqZWN0JyB8fCBib2R5ID09PSBudWxsKSByZXR1cm4ge307XG4gIGNvbnN0IHJlY29yZCA9IGJvZHkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIGNvbnN0IG5lc3RlZCA9IHJlY29yZC5lcnJvcjtcbiAgaWYgKHR5cGVvZiBuZXN0ZWQgPT09ICdvYmplY3QnICYmIG5lc3RlZCAhPT0gbnVsbCkge1xuICAgIGNvbnN0IGUgPSBuZXN0ZWQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgcmV0dXJuIHtcbiAgICAgIC4uLih0eXBlb2YgZS5jb2RlID09PSAnc3RyaW5nJyA/IHsgY29kZTogZS5jb2RlIH0gOiB7fSksXG4gICAgICAuLi4odHlwZW9mIGUubWVzc2FnZSA9PT0gJ3N0cmluZycgPyB7IG1lc3NhZ2U6IGUubWVzc2FnZSB9IDoge30pLFxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHtcbiAgICAuLi4odHlwZW9mIG5lc3RlZCA9PT0gJ3N0cmluZycgPyB7IGNvZGU6IG5lc3RlZCB9IDoge30pLFxuICAgIC4uLih0eXBlb2YgcmVjb3JkLm1lc3NhZ2UgPT09ICdzdHJpbmcnID8geyBtZXNzYWdlOiByZWNvcmQubWVzc2FnZSB9IDoge30pLFxuICB9O1xufVxuXG4vKiogUmVhZCBhIGJvZHkgdXAgdG8gYGxpbWl0YCBieXRlczsgdGhyb3cge0BsaW5rIEJvZHlUb29MYXJnZX0gKGFuZCBzdG9wIHJlYWRpbmcpIHBhc3QgaXQuICovXG5hc3luYyBmdW5jdGlvbiByZWFkTGltaXRlZChyZXNwb25zZTogUmVzcG9uc2UsIGxpbWl0OiBudW1iZXIsIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPFVpbnQ4QXJyYXk+IHtcbiAgY29uc3QgZGVjbGFyZWQgPSBOdW1iZXIocmVzcG9uc2UuaGVhZGVycy5nZXQoJ2NvbnRlbnQtbGVuZ3RoJykpO1xuICBpZiAoTnVtYmVyLmlzRmluaXRlKGRlY2xhcmVkKSAmJiBkZWNsYXJlZCA+IGxpbWl0KSB7XG4gICAgZGlzY2FyZChyZXNwb25zZS5ib2R5KTtcbiAgICB0aHJvdyBuZXcgQm9keVRvb0xhcmdlKCk7XG4gIH1cbiAgaWYgKHJlc3BvbnNlLmJvZHkgPT09IG51bGwpIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgY29uc3QgcmVhZGVyID0gcmVzcG9uc2UuYm9keS5nZXRSZWFkZXIoKTtcbiAgY29uc3QgY2h1bmtzOiBVaW50OEFycmF5W10gPSBbXTtcbiAgbGV0IHRvdGFsID0gMDtcbiAgdHJ5IHtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCB7IGRvbmUsIHZhbHVlIH0gPSBhd2FpdCByYWNlQWJvcnQocmVhZGVyLnJlYWQoKSwgc2lnbmFsKTtcbiAgICAgIGlmIChkb25lKSBicmVhaztcbiAgICAgIHRvdGFsICs9IHZhbHVlLmJ5dGVMZW5ndGg7XG4gICAgICBpZiAodG90YWwgPiBsaW1pdCkgdGhyb3cgbmV3IEJvZHlUb29MYXJnZSgpO1xuICAgICAgY2h1bmtzLnB1c2godmFsdWUpO1xuICAgIH1cbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICByZWFkZXIuY2FuY2VsKCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICB0aHJvdyBlcnJvcjtcbiAgfVxuICBjb25zdCBvdXQgPSBuZXcgVWludDhBcnJheSh0b3RhbCk7XG4gIGxldCBvZmZzZXQgPSAwO1xuICBmb3IgKGNvbnN0IGNodW5rIG9mIGNodW5rcykge1xuICAgIG91dC5zZXQoY2h1bmssIG9mZnNldCk7XG4gICAgb2Zmc2V0ICs9IGNodW5rLmJ5dGVMZW5ndGg7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFNldHRsZSB3aXRoIGBwcm9taXNlYCwgb3IgcmVqZWN0IGFzIHNvb24gYXMgYHNpZ25hbGAgYWJvcnRzIChzb21lIGJvZGllcyBpZ25vcmUgdGhlIHNpZ25hbCkuICovXG5mdW5jdGlvbiByYWNlQWJvcnQ8VD4ocHJvbWlzZTogUHJvbWlzZTxUPiwgc2lnbmFsOiBBYm9ydFNpZ25hbCk6IFByb21pc2U8VD4ge1xuICBpZiAoc2lnbmFsLmFib3J0ZWQpIHJldHVybiBQcm9taXNlLnJlamVjdChzaWduYWwucmVhc29uKTtcbiAgcmV0dXJuIG5ldyBQcm9taXNlPFQ+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICBjb25zdCBvbkFib3J0ID0gKCk6IHZvaWQgPT4gcmVqZWN0KHNpZ25hbC5yZWFzb24pO1xuICAgIHNpZ25hbC5hZGRFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQsIHsgb25jZTogdHJ1ZSB9KTtcbiAgICBwcm9taXNlLnRoZW4oXG4gICAgICAodmFsdWUpID0+IHtcbiAgICAgICAgc2lnbmFsLnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCk7XG4gICAgICAgIHJlc29sdmUodmFsdWUpO1xuICAgICAgfSxcbiAgICAgIChlcnJvcjogdW5rbm93bikgPT4ge1xuICAgICAgICBzaWduYWwucmVtb3ZlRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0KTtcbiAgICAgICAgcmVqZWN0KGVycm9yKTtcbiAgICAgIH0sXG4gICAgKTtcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIGRpc3BsYXlVcmxPZih1cmw6IFVSTCk6IHN0cmluZyB7XG4gIHJldHVybiBgJHt1cmwub3JpZ2lufSR7dXJsLnBhdGhuYW1lfSR7dXJsLnNlYXJjaH1gO1xufVxuXG5mdW5jdGlvbiBmb3JtYXRCeXRlcyhieXRlczogbnVtYmVyKTogc3RyaW5nIHtcbiAgaWYgKGJ5dGVzID49IDEwMjQgKiAxMDI0KSByZXR1cm4gYCR7TWF0aC5yb3VuZCgoYnl0ZXMgLyAoMTAyNCAqIDEwMjQpKSAqIDEwKSAvIDEwfSBNQmA7XG4gIGlmIChieXRlcyA+PSAxMDI0KSByZXR1cm4gYCR7TWF0aC5yb3VuZCgoYnl0ZXMgLyAxMDI0KSAqIDEwKSAvIDEwfSBLQmA7XG4gIHJldHVybiBgJHtieXRlc30gYnl0ZXNgO1xufVxuXG4vKipcbiAqIENhbmNlbCBhIGJvZHkgd2Ugd2lsbCBub3QgcmVhZCwgd2l0aG91dCB3YWl0aW5nOiBzb21lIHN0cmVhbXMgb25seSBzZXR0bGUgdGhlIGNhbmNlbCBwcm9taXNlIG9uY2VcbiAqIHRoZWlyIHNvdXJjZSBlbmRzLCB3aGljaCBtYXkgYmUgbmV2ZXIuXG4gKi9cbmZ1bmN0aW9uIGRpc2NhcmQoYm9keTogUmVhZGFibGVTdHJlYW08VWludDhBcnJheT4gfCBudWxsKTogdm9pZCB7XG4gIGJvZHk/LmNhbmNlbCgpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG59XG4iXSwKICAibWFwcGluZ3MiOiAiO0FBYUEsU0FBUyxvQkFBNEU7QUFFckYsU0FBUywwQkFBMEI7QUFDbkMsU0FBUyx1QkFBdUI7QUFDaEMsU0FBUyxzQkFBc0I7OztBQ21CL0IsSUFBTSxRQUFRLHVCQUFPLElBQUksaUJBQWlCO0FBUW5DLElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBO0FBQUEsRUFFL0I7QUFBQSxFQUVULFlBQVksU0FBaUIsVUFBaUMsQ0FBQyxHQUFHLE9BQTJCLG1CQUFtQjtBQUM5RyxVQUFNLFNBQVMsUUFBUSxVQUFVLFNBQVksU0FBWSxFQUFFLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFDakYsU0FBSyxPQUFPO0FBQ1osU0FBSyxPQUFPO0FBQ1osV0FBTyxlQUFlLE1BQU0sT0FBTyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDcEQ7QUFDRjtBQUdPLFNBQVMsaUJBQWlCLE9BQXlDO0FBQ3hFLFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFTLE1BQWtDLEtBQUssTUFBTTtBQUN0RztBQUdPLElBQU0sc0JBQU4sY0FBa0MsZUFBZTtBQUFBO0FBQUEsRUFFN0M7QUFBQTtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQ0UsWUFDQSxVQUFpRixDQUFDLEdBQ2xGLFNBQ0E7QUFDQSxVQUFNLGNBQWMsUUFBUSxlQUFlLENBQUM7QUFDNUMsVUFBTSxRQUFRLFFBQVEsUUFBUSxXQUFXLFFBQVEsS0FBSyxXQUFXO0FBQ2pFLFVBQU1BLFFBQ0osWUFBWSxTQUFTLElBQ2pCLGlCQUFpQixZQUFZLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLENBQUMsTUFDNUQ7QUFDTixVQUFNLFFBQVEsV0FBVyxXQUFXLFVBQVUsa0JBQWtCLEtBQUssSUFBSUEsS0FBSSxJQUFJLFNBQVMsa0JBQWtCO0FBQzVHLFNBQUssT0FBTztBQUNaLFNBQUssYUFBYTtBQUNsQixTQUFLLGNBQWM7QUFDbkIsU0FBSyxRQUFRLFFBQVE7QUFBQSxFQUN2QjtBQUNGO0FBR08sSUFBTSx1QkFBTixjQUFtQyxlQUFlO0FBQUEsRUFDOUM7QUFBQTtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQ0UsWUFDQSxVQUNBLFlBQXlGLENBQUMsR0FDMUYsU0FDQTtBQUNBLFVBQU0sV0FBVyxVQUFVLFlBQVksQ0FBQztBQUN4QyxVQUFNLFNBQVMsVUFBVSxVQUFVLENBQUM7QUFDcEMsVUFBTSxZQUFZLE9BQU8sUUFBUSxNQUFNLEVBQ3BDLElBQUksQ0FBQyxDQUFDLE9BQU8sT0FBTyxNQUFNLEdBQUcsS0FBSyxXQUFNLE9BQU8sRUFBRSxFQUNqRCxLQUFLLElBQUk7QUFDWjtBQUFBLE1BQ0UseUJBQXlCLFVBQVUsY0FBYyxRQUFRLGdCQUMxQyxTQUFTLFNBQVMsSUFBSSxTQUFTLEtBQUssSUFBSSxJQUFJLFFBQVEsYUFDdEQsYUFBYSxRQUFRO0FBQUEsTUFDbEM7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFNBQUssT0FBTztBQUNaLFNBQUssYUFBYTtBQUNsQixTQUFLLFdBQVc7QUFDaEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFhTyxJQUFNLG1CQUFOLGNBQStCLGVBQWU7QUFBQSxFQUMxQztBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQ0UsWUFDQSxTQUNBLFFBQ0EsU0FDQTtBQUNBLFVBQU0sS0FBSyxVQUFVLEdBQUcsVUFBVSxJQUFJLE9BQU8sS0FBSztBQUNsRCxVQUFNLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSxPQUFPLEVBQUUsS0FBSyxTQUFTLElBQUksRUFBRSxLQUFLLEtBQUssR0FBRyxJQUFJLFNBQVMsS0FBSyxFQUFFLE9BQU8sRUFBRTtBQUN2RztBQUFBLE1BQ0UsNkJBQTZCLEVBQUUsTUFBTSxPQUFPLE1BQU0sV0FBVyxPQUFPLFdBQVcsSUFBSSxLQUFLLEdBQUc7QUFBQSxFQUFPLE1BQU0sS0FBSyxJQUFJLENBQUM7QUFBQTtBQUFBLE1BRWxIO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxVQUFVO0FBQ2YsU0FBSyxTQUFTO0FBQUEsRUFDaEI7QUFDRjtBQW9CTyxJQUFNLG9CQUFOLGNBQWdDLGVBQWU7QUFBQSxFQUMzQztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQVksUUFBZ0IsV0FBaUMsQ0FBQyxHQUFHLFNBQWlDO0FBQ2hHLFVBQU0sR0FBRyxlQUFlLFFBQVEsQ0FBQyxHQUFHLE1BQU0sSUFBSSxTQUFTLGVBQWU7QUFDdEUsU0FBSyxPQUFPO0FBQ1osU0FBSyxPQUFPLFNBQVM7QUFDckIsU0FBSyxPQUFPLFNBQVM7QUFDckIsU0FBSyxTQUFTLFNBQVM7QUFDdkIsU0FBSyxRQUFRLFNBQVM7QUFDdEIsU0FBSyxhQUFhLFNBQVM7QUFDM0IsU0FBSyxTQUFTO0FBQUEsRUFDaEI7QUFDRjtBQUVBLFNBQVMsZUFBZSxHQUFpQztBQUN2RCxRQUFNLFFBQWtCLENBQUM7QUFDekIsTUFBSSxFQUFFLFNBQVMsUUFBVztBQUN4QixVQUFNLEtBQUssRUFBRSxTQUFTLFNBQVksRUFBRSxPQUFPLEdBQUcsRUFBRSxJQUFJLElBQUksRUFBRSxJQUFJLEdBQUcsRUFBRSxXQUFXLFNBQVksS0FBSyxJQUFJLEVBQUUsTUFBTSxFQUFFLEVBQUU7QUFBQSxFQUNqSCxXQUFXLEVBQUUsZUFBZSxRQUFXO0FBQ3JDLFVBQU0sS0FBSyxXQUFXLEVBQUUsVUFBVSxHQUFHO0FBQUEsRUFDdkM7QUFDQSxNQUFJLEVBQUUsVUFBVSxPQUFXLE9BQU0sS0FBSyxVQUFVLEVBQUUsS0FBSyxHQUFHO0FBQzFELFNBQU8sTUFBTSxTQUFTLElBQUksR0FBRyxNQUFNLEtBQUssSUFBSSxDQUFDLE9BQU87QUFDdEQ7QUFHTyxJQUFNLGFBQU4sY0FBeUIsZUFBZTtBQUFBO0FBQUEsRUFFcEM7QUFBQTtBQUFBLEVBRUE7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQ0UsU0FDQSxTQUNBLFNBQ0E7QUFDQSxVQUFNLFNBQVMsU0FBUyxhQUFhO0FBQ3JDLFNBQUssT0FBTztBQUNaLFNBQUssUUFBUSxRQUFRO0FBQ3JCLFNBQUssU0FBUyxRQUFRO0FBQ3RCLFNBQUssWUFBWSxRQUFRLGFBQWE7QUFBQSxFQUN4QztBQUNGO0FBR08sSUFBTSxpQkFBTixjQUE2QixlQUFlO0FBQUEsRUFDeEM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUVULFlBQ0UsWUFDQSxTQUNBLFFBQ0EsU0FDQTtBQUNBO0FBQUEsTUFDRSxzQ0FBc0MsVUFBVSxJQUFJLE9BQU8sTUFBTSxPQUFPLFVBQVUsZUFBZSxJQUFJLE9BQU8sUUFBUSxTQUMzRyxPQUFPLE1BQU07QUFBQSxNQUV0QjtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQ0EsU0FBSyxPQUFPO0FBQ1osU0FBSyxhQUFhO0FBQ2xCLFNBQUssVUFBVTtBQUNmLFNBQUssV0FBVyxPQUFPO0FBQ3ZCLFNBQUssU0FBUyxPQUFPO0FBQUEsRUFDdkI7QUFDRjtBQUdPLElBQU0sY0FBTixjQUEwQixlQUFlO0FBQUE7QUFBQSxFQUVyQztBQUFBO0FBQUEsRUFFQTtBQUFBLEVBRVQsWUFBWSxTQUFpQixVQUE4QyxDQUFDLEdBQUcsU0FBaUM7QUFDOUcsVUFBTSxRQUFRLENBQUMsUUFBUSxNQUFNLFFBQVEsU0FBUyxXQUFXLFFBQVEsTUFBTSxNQUFNLE1BQVMsRUFBRSxPQUFPLE9BQU8sRUFBRSxLQUFLLElBQUk7QUFDakgsVUFBTSxRQUFRLEdBQUcsS0FBSyxLQUFLLE9BQU8sS0FBSyxTQUFTLFNBQVMsUUFBUTtBQUNqRSxTQUFLLE9BQU87QUFDWixTQUFLLFNBQVMsUUFBUTtBQUN0QixTQUFLLE9BQU8sUUFBUTtBQUFBLEVBQ3RCO0FBQ0Y7OztBQ3BRTyxTQUFTLGdCQUFnQixVQUEyQztBQUN6RSxNQUFJLE1BQU07QUFDVixhQUFXLFdBQVcsVUFBVTtBQUM5QixRQUFJLE9BQU8sWUFBWSxTQUFVLFFBQU8sSUFBSSxPQUFPO0FBQUEsUUFDOUMsUUFBTyxRQUFRLEtBQUssVUFBVSxJQUFJLE9BQU87QUFBQSxFQUNoRDtBQUNBLFNBQU87QUFDVDs7O0FDbEJPLFNBQVMsYUFBYSxHQUFXLEdBQW1CO0FBQ3pELFFBQU0sSUFBSSxFQUFFLFlBQVk7QUFDeEIsUUFBTSxJQUFJLEVBQUUsWUFBWTtBQUN4QixNQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLE1BQUksRUFBRSxXQUFXLEVBQUcsUUFBTyxFQUFFO0FBQzdCLE1BQUksRUFBRSxXQUFXLEVBQUcsUUFBTyxFQUFFO0FBRTdCLE1BQUksU0FBbUIsQ0FBQztBQUN4QixNQUFJLFdBQXFCLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsR0FBRyxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3pFLFdBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsVUFBTSxVQUFvQixDQUFDLENBQUM7QUFDNUIsYUFBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxZQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxJQUFJLElBQUk7QUFDekMsVUFBSSxPQUFPLEtBQUssSUFBSSxTQUFTLENBQUMsSUFBSyxHQUFHLFFBQVEsSUFBSSxDQUFDLElBQUssR0FBRyxTQUFTLElBQUksQ0FBQyxJQUFLLElBQUk7QUFDbEYsVUFBSSxJQUFJLEtBQUssSUFBSSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEVBQUcsUUFBTyxLQUFLLElBQUksTUFBTSxPQUFPLElBQUksQ0FBQyxJQUFLLENBQUM7QUFDOUcsY0FBUSxLQUFLLElBQUk7QUFBQSxJQUNuQjtBQUNBLGFBQVM7QUFDVCxlQUFXO0FBQUEsRUFDYjtBQUNBLFNBQU8sU0FBUyxFQUFFLE1BQU07QUFDMUI7QUFZTyxTQUFTLGFBQWEsT0FBZSxZQUFrRDtBQUM1RixNQUFJO0FBQ0osTUFBSSxlQUFlLE9BQU87QUFDMUIsYUFBVyxhQUFhLFlBQVk7QUFDbEMsVUFBTSxXQUFXLGFBQWEsT0FBTyxTQUFTO0FBQzlDLFVBQU0sUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLE1BQU0sUUFBUSxVQUFVLE1BQU0sSUFBSSxDQUFDLENBQUMsQ0FBQztBQUMvRixRQUFJLFlBQVksU0FBUyxXQUFXLGNBQWM7QUFDaEQsYUFBTztBQUNQLHFCQUFlO0FBQUEsSUFDakI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBU08sU0FBUyxjQUFjLE9BQXdCO0FBQ3BELE1BQUksVUFBVSxLQUFNLFFBQU87QUFDM0IsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTztBQUNqQyxVQUFRLE9BQU8sT0FBTztBQUFBLElBQ3BCLEtBQUssVUFBVTtBQUNiLFlBQU0sUUFBUSxNQUFNLFNBQVMsS0FBSyxHQUFHLE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxXQUFNO0FBQzdELGFBQU8sVUFBVSxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQUEsSUFDeEM7QUFBQSxJQUNBLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsT0FBTyxLQUFLLElBQUksT0FBTyxLQUFLLENBQUM7QUFBQSxJQUN6QyxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1Q7QUFDRSxhQUFPLEtBQUssT0FBTyxLQUFLO0FBQUEsRUFDNUI7QUFDRjtBQUdBLElBQU0sZUFBaUQ7QUFBQSxFQUNyRCxLQUFLO0FBQUEsRUFDTCxNQUFNO0FBQUEsRUFDTixLQUFLO0FBQUEsRUFDTCxNQUFNO0FBQUEsRUFDTixPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUixTQUFTO0FBQUEsRUFDVCxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVCxNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixLQUFLO0FBQ1A7QUFHTyxTQUFTLFVBQVUsTUFBYyxPQUE4QztBQUNwRixRQUFNLFFBQVEsYUFBYSxLQUFLLFlBQVksQ0FBQztBQUM3QyxTQUFPLFVBQVUsVUFBYSxNQUFNLFNBQVMsS0FBSyxJQUFJLFFBQVEsYUFBYSxNQUFNLEtBQUs7QUFDeEY7OztBQzVFTyxJQUFNLDBCQUEwQixDQUFDLFVBQVUsVUFBVSxXQUFXLFdBQVcsUUFBUSxLQUFLO0FBRy9GLElBQU0sMkJBQTJCLG9CQUFJLElBQVksQ0FBQyxHQUFHLHlCQUF5QixVQUFVLE9BQU8sQ0FBQztBQUVoRyxJQUFNLHNCQUFzQixDQUFDLFNBQVMsVUFBVSxNQUFNO0FBRXRELElBQU0sV0FBVztBQUdqQixJQUFNLFlBQVk7QUFtQlgsU0FBUyx1QkFBdUIsUUFBaUIsV0FBaUMsQ0FBQyxHQUFlO0FBQ3ZHLFFBQU0sT0FBdUIsU0FBUyxVQUFVLFNBQVksQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLO0FBQ2hGLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQXlDO0FBQ3JFLFVBQU0sUUFBUSxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFDaEQsVUFBTSxJQUFJLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxVQUFVLE9BQU8sVUFBVSxLQUFLLFNBQVksTUFBTSxDQUFDO0FBQUEsRUFDOUY7QUFFQSxNQUFJLFdBQVcsUUFBUSxXQUFXLFFBQVc7QUFDM0MsV0FBTyxLQUFLLHdGQUF3RixDQUFDLENBQUM7QUFBQSxFQUN4RztBQUNBLE1BQUksT0FBTyxXQUFXLFNBQVUsUUFBTyxZQUFZLFFBQVEsQ0FBQyxHQUFHLElBQUk7QUFDbkUsTUFBSSxDQUFDLGNBQWMsTUFBTSxHQUFHO0FBQzFCLFdBQU87QUFBQSxNQUNMLG1HQUFtRyxjQUFjLE1BQU0sQ0FBQztBQUFBLE1BQ3hILENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLE1BQUksT0FBTyxTQUFTLFlBQVkseUJBQXlCLElBQUksSUFBSSxFQUFHLFFBQU8sRUFBRSxHQUFHLE9BQU87QUFDdkYsTUFBSSxNQUFNLFFBQVEsSUFBSSxLQUFLLEtBQUssTUFBTSxDQUFDLE1BQU0sT0FBTyxNQUFNLFlBQVkseUJBQXlCLElBQUksQ0FBQyxDQUFDLEdBQUc7QUFDdEcsV0FBTyxFQUFFLEdBQUcsT0FBTztBQUFBLEVBQ3JCO0FBQ0EsTUFBSSxjQUFjLE9BQU8sVUFBVSxFQUFHLFFBQU8sRUFBRSxHQUFHLFFBQVEsTUFBTSxTQUFTO0FBQ3pFLFNBQU8sWUFBWSxRQUFRLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDeEM7QUFhQSxTQUFTLFNBQVMsS0FBYSxNQUErQixNQUF1QjtBQUNuRixRQUFNLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFDNUIsTUFBSSxPQUFPO0FBQ1gsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJLFNBQVMsSUFBSTtBQUNmLFFBQUksQ0FBQyxJQUFJLFNBQVMsR0FBRyxHQUFHO0FBQ3RCO0FBQUEsUUFDRSxVQUFVLEdBQUc7QUFBQSxRQUNiO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxXQUFPLElBQUksTUFBTSxHQUFHLElBQUk7QUFDeEIsS0FBQyxNQUFNLFdBQVcsSUFBSSxpQkFBaUIsSUFBSSxNQUFNLE9BQU8sR0FBRyxFQUFFLENBQUM7QUFBQSxFQUNoRTtBQUNBLFFBQU1DLFlBQVcsS0FBSyxTQUFTLEdBQUc7QUFDbEMsUUFBTSxPQUFPQSxZQUFXLEtBQUssTUFBTSxHQUFHLEVBQUUsSUFBSTtBQUM1QyxNQUFJLEtBQUssS0FBSyxNQUFNLEdBQUksTUFBSyxVQUFVLEdBQUcsdUNBQXVDLElBQUk7QUFDckYsTUFBSSxTQUFTLEtBQUssS0FBSyxFQUFHLE1BQUssZUFBZSxJQUFJLGlEQUFpRCxJQUFJO0FBQ3ZHLFNBQU8sRUFBRSxNQUFNLFVBQUFBLFdBQVUsTUFBTSxZQUFZO0FBQzdDO0FBR0EsU0FBUyxpQkFBaUIsTUFBNEM7QUFDcEUsUUFBTSxRQUFRLEtBQUssUUFBUSxHQUFHO0FBQzlCLE1BQUksVUFBVSxHQUFJLFFBQU8sQ0FBQyxLQUFLLEtBQUssR0FBRyxNQUFTO0FBQ2hELFFBQU0sY0FBYyxLQUFLLE1BQU0sUUFBUSxDQUFDLEVBQUUsS0FBSztBQUMvQyxTQUFPLENBQUMsS0FBSyxNQUFNLEdBQUcsS0FBSyxFQUFFLEtBQUssR0FBRyxnQkFBZ0IsS0FBSyxTQUFZLFdBQVc7QUFDbkY7QUFFQSxTQUFTLFlBQ1AsS0FDQSxNQUNBLE1BQ0FDLFFBQ1k7QUFDWixNQUFJQSxTQUFRLFVBQVcsTUFBSyxzQ0FBc0MsU0FBUyw0QkFBNEIsSUFBSTtBQUMzRyxRQUFNLGFBQXlDLENBQUM7QUFDaEQsUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksdUJBQTZDO0FBQ2pELFFBQU0sYUFBYSxvQkFBSSxJQUFvQjtBQUUzQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssT0FBTyxRQUFRLEdBQUcsR0FBRztBQUM5QyxVQUFNLEtBQUssQ0FBQyxHQUFHLE1BQU0sR0FBRztBQUN4QixRQUFJLFFBQVEsVUFBVTtBQUNwQiw2QkFBdUIsV0FBVyxPQUFPLFFBQVcsSUFBSSxNQUFNQSxNQUFLO0FBQ25FO0FBQUEsSUFDRjtBQUNBLFVBQU0sU0FBUyxTQUFTLEtBQUssSUFBSSxJQUFJO0FBQ3JDLFVBQU0sV0FBVyxXQUFXLElBQUksT0FBTyxJQUFJO0FBQzNDLFFBQUksYUFBYTtBQUNmLFdBQUssVUFBVSxPQUFPLElBQUkseUJBQXlCLFFBQVEsVUFBVSxHQUFHLGdCQUFnQixFQUFFO0FBQzVGLGVBQVcsSUFBSSxPQUFPLE1BQU0sR0FBRztBQUMvQixRQUFJLENBQUMsT0FBTyxTQUFVLFVBQVMsS0FBSyxPQUFPLElBQUk7QUFDL0MsVUFBTSxXQUFXLFdBQVcsT0FBTyxPQUFPLE1BQU0sSUFBSSxNQUFNQSxNQUFLO0FBQy9ELFFBQUksT0FBTyxTQUFVLGNBQWEsUUFBUTtBQUMxQyxRQUFJLE9BQU8sZ0JBQWdCLE9BQVcsVUFBUyxjQUFjLE9BQU87QUFDcEUsZUFBVyxPQUFPLElBQUksSUFBSTtBQUFBLEVBQzVCO0FBRUEsUUFBTSxNQUFrQixFQUFFLE1BQU0sVUFBVSxXQUFXO0FBQ3JELE1BQUksU0FBUyxTQUFTLEVBQUcsS0FBSSxXQUFXO0FBQ3hDLE1BQUksdUJBQXVCO0FBQzNCLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FDUCxPQUNBLE1BQ0EsTUFDQSxNQUNBQSxRQUNZO0FBQ1osVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsVUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPLFlBQVksT0FBTyxNQUFNLElBQUk7QUFDbkUsVUFBSSxjQUFjLEtBQUssRUFBRyxRQUFPLFlBQVksT0FBTyxNQUFNLE1BQU1BLFNBQVEsQ0FBQztBQUN6RSxVQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsZUFBTyxLQUFLLHNFQUFzRSxJQUFJO0FBQUEsTUFDeEY7QUFDQSxVQUFJLFVBQVUsUUFBUSxVQUFVLFFBQVc7QUFDekMsZUFBTyxLQUFLLHdGQUF3RixJQUFJO0FBQUEsTUFDMUc7QUFDQSxhQUFPO0FBQUEsUUFDTCwrREFBK0QsY0FBYyxLQUFLLENBQUM7QUFBQSxRQUNuRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGLEtBQUssU0FBUztBQUNaLFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLFlBQVksT0FBTyxNQUFNLElBQUksRUFBRTtBQUM3RixVQUFJLGNBQWMsS0FBSyxFQUFHLFFBQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUMsRUFBRTtBQUNuRyxVQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsZUFBTztBQUFBLFVBQ0w7QUFBQSxVQUVBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxhQUFPLEtBQUssa0VBQWtFLGNBQWMsS0FBSyxDQUFDLElBQUksSUFBSTtBQUFBLElBQzVHO0FBQUEsSUFDQSxLQUFLO0FBQ0gsVUFBSSxjQUFjLEtBQUssRUFBRyxRQUFPLFlBQVksT0FBTyxNQUFNLE1BQU1BLFNBQVEsQ0FBQztBQUN6RSxhQUFPO0FBQUEsUUFDTCxnRkFBZ0YsY0FBYyxLQUFLLENBQUM7QUFBQSxRQUNwRztBQUFBLE1BQ0Y7QUFBQSxJQUNGLEtBQUssUUFBUTtBQUNYLFVBQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sV0FBVyxHQUFHO0FBQy9DLGVBQU87QUFBQSxVQUNMLDZFQUE2RSxjQUFjLEtBQUssQ0FBQztBQUFBLFVBQ2pHO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxpQkFBVyxDQUFDLE9BQU8sSUFBSSxLQUFLLE1BQU0sUUFBUSxHQUFHO0FBQzNDLFlBQUksU0FBUyxRQUFRLENBQUMsQ0FBQyxVQUFVLFVBQVUsU0FBUyxFQUFFLFNBQVMsT0FBTyxJQUFJLEdBQUc7QUFDM0UsZUFBSywrREFBK0QsY0FBYyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxLQUFLLENBQUM7QUFBQSxRQUM3RztBQUFBLE1BQ0Y7QUFDQSxhQUFPLEVBQUUsTUFBTSxDQUFDLEdBQUcsS0FBSyxFQUFFO0FBQUEsSUFDNUI7QUFBQSxJQUNBLFNBQVM7QUFDUCxZQUFNLFFBQVEsYUFBYSxNQUFNLG1CQUFtQjtBQUNwRCxhQUFPO0FBQUEsUUFDTCxrQkFBa0IsSUFBSSw4REFDbkIsVUFBVSxTQUFZLEtBQUssb0JBQW9CLEtBQUssVUFDcEQsYUFBYSxJQUFJLElBQUksV0FBVyxJQUFJLG1CQUFtQixJQUFJLE9BQU87QUFBQSxRQUNyRTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxZQUFZLE1BQWMsTUFBK0IsTUFBd0I7QUFDeEYsUUFBTSxDQUFDLE1BQU0sV0FBVyxJQUFJLGlCQUFpQixJQUFJO0FBQ2pELE1BQUksQ0FBQyxhQUFhLElBQUksRUFBRyxRQUFPLEtBQUssbUJBQW1CLElBQUksR0FBRyxJQUFJO0FBQ25FLFFBQU0sTUFBa0IsU0FBUyxRQUFRLENBQUMsSUFBSSxFQUFFLEtBQUs7QUFDckQsTUFBSSxnQkFBZ0IsT0FBVyxLQUFJLGNBQWM7QUFDakQsU0FBTztBQUNUO0FBRUEsU0FBUyxtQkFBbUIsTUFBc0I7QUFDaEQsUUFBTSxPQUFPLHdCQUF3QixLQUFLLElBQUk7QUFDOUMsTUFBSSxTQUFTLEdBQUksUUFBTyx5REFBeUQsSUFBSTtBQUNyRixRQUFNLFFBQVEsVUFBVSxNQUFNLHVCQUF1QjtBQUNyRCxNQUFJLFNBQVMsV0FBVyxTQUFTLFlBQVksU0FBUyxRQUFRO0FBQzVELFVBQU0sVUFDSixTQUFTLFVBQ0wsMEJBQ0EsU0FBUyxXQUNQLHNDQUNBO0FBQ1IsV0FBTyxJQUFJLElBQUkscURBQXFELE9BQU87QUFBQSxFQUM3RTtBQUNBLFNBQ0UsaUJBQWlCLElBQUksSUFBSSxVQUFVLFNBQVksS0FBSyxtQkFBbUIsS0FBSyxJQUFJLHlCQUN4RCxJQUFJO0FBR2hDO0FBRUEsU0FBUyxhQUFhLE1BQWdFO0FBQ3BGLFNBQVEsd0JBQThDLFNBQVMsSUFBSTtBQUNyRTtBQUdBLFNBQVMsYUFBYSxVQUE0QjtBQUNoRCxNQUFJLE1BQU0sUUFBUSxTQUFTLElBQUksR0FBRztBQUNoQyxRQUFJLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxFQUFHLFVBQVMsT0FBTyxDQUFDLEdBQUcsU0FBUyxNQUFNLElBQUk7QUFDMUU7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLFNBQVMsU0FBUyxZQUFZLFNBQVMsU0FBUyxPQUFRLFVBQVMsT0FBTyxDQUFDLFNBQVMsTUFBTSxNQUFNO0FBQzNHO0FBR08sU0FBUyxjQUFjLE9BQWtEO0FBQzlFLFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFDNUU7OztBQ3pPTyxJQUFNLG9CQUFvQixDQUFDLFVBQVUsVUFBVSxXQUFXLFdBQVcsUUFBUSxVQUFVLE9BQU87QUFFckcsSUFBTSxrQkFBa0IsQ0FBQyxhQUFhLGFBQWEsU0FBUztBQUM1RCxJQUFNLGtCQUFrQixDQUFDLFdBQVcsV0FBVyxvQkFBb0Isb0JBQW9CLFlBQVk7QUFDbkcsSUFBTSxpQkFBaUIsQ0FBQyxTQUFTLFlBQVksVUFBVTtBQUN2RCxJQUFNLGtCQUFrQixDQUFDLGNBQWMsWUFBWSxzQkFBc0I7QUFFekUsSUFBTSxzQkFBc0Isb0JBQUksSUFBWTtBQUFBLEVBQzFDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQ0wsQ0FBQztBQUVELElBQU0sc0JBQXNCLG9CQUFJLElBQVk7QUFBQSxFQUMxQztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUdELElBQU0sdUJBQXVCLG9CQUFJLElBQUk7QUFBQSxFQUNuQztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFFRCxJQUFNQyxhQUFZO0FBYVgsU0FBUyxvQkFDZCxRQUNBLFdBQWlDLENBQUMsR0FDbEMsVUFBNkIsQ0FBQyxHQUNsQjtBQUNaLFFBQU0sT0FBdUIsU0FBUyxVQUFVLFNBQVksQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLO0FBQ2hGLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQXlDO0FBQ3JFLFVBQU0sUUFBUSxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFDaEQsVUFBTSxJQUFJLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxVQUFVLE9BQU8sVUFBVSxLQUFLLFNBQVksTUFBTSxDQUFDO0FBQUEsRUFDOUY7QUFDQSxRQUFNLGFBQWEsY0FBYyxRQUFRLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDcEQsTUFBSSxRQUFRLE9BQU8sTUFBTTtBQUN2QixRQUFJLFdBQVcsU0FBUyxVQUFVO0FBQ2hDLFlBQU0sTUFBTSxXQUFXLFNBQVMsU0FBWSxtQkFBbUIsUUFBUSxLQUFLLFVBQVUsV0FBVyxJQUFJLENBQUM7QUFDdEc7QUFBQSxRQUNFLDRGQUE0RixHQUFHO0FBQUEsUUFFL0YsQ0FBQyxNQUFNO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFdBQVcseUJBQXlCLE9BQVcsWUFBVyx1QkFBdUI7QUFBQSxFQUN2RjtBQUNBLFNBQU87QUFDVDtBQUlBLFNBQVMsY0FBYyxNQUFlLE1BQStCLE1BQVlDLFFBQTJCO0FBQzFHLE1BQUlBLFNBQVFELFdBQVcsTUFBSyw4QkFBOEJBLFVBQVMsNEJBQTRCLElBQUk7QUFDbkcsTUFBSSxTQUFTLEtBQU0sUUFBTyxDQUFDO0FBQzNCLE1BQUksU0FBUyxNQUFPLFFBQU8sS0FBSyxvRUFBb0UsSUFBSTtBQUN4RyxNQUFJLENBQUMsY0FBYyxJQUFJLEVBQUcsUUFBTyxLQUFLLGlDQUFpQyxjQUFjLElBQUksQ0FBQyxJQUFJLElBQUk7QUFFbEcsYUFBVyxPQUFPLE9BQU8sS0FBSyxJQUFJLEVBQUcsY0FBYSxLQUFLLE1BQU0sSUFBSTtBQUVqRSxNQUFJLE1BQWtCLENBQUM7QUFDdkIsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDL0MsUUFBSSxRQUFRLFdBQVcsUUFBUSxXQUFZO0FBQzNDLFFBQUksR0FBRyxJQUFJO0FBQUEsRUFDYjtBQUVBLE1BQUksS0FBSyxVQUFVLFFBQVc7QUFDNUIsVUFBTUUsV0FBVSxXQUFXLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLEdBQUcsTUFBTUQsTUFBSztBQUN0RSxlQUFXLENBQUMsT0FBTyxNQUFNLEtBQUtDLFNBQVEsUUFBUSxFQUFHLE9BQU0sYUFBYSxLQUFLLFFBQVEsQ0FBQyxHQUFHLE1BQU0sU0FBUyxLQUFLLEdBQUcsSUFBSTtBQUFBLEVBQ2xIO0FBRUEsZ0JBQWMsS0FBSyxNQUFNLElBQUk7QUFDN0IsTUFBSSxLQUFLLGFBQWEsS0FBTSxTQUFRLEtBQUssTUFBTSxJQUFJO0FBQUEsV0FDMUMsS0FBSyxhQUFhLFVBQWEsS0FBSyxhQUFhLE9BQU87QUFDL0QsU0FBSyx5Q0FBeUMsY0FBYyxLQUFLLFFBQVEsQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLFVBQVUsQ0FBQztBQUFBLEVBQ3JHO0FBRUEscUJBQW1CLEtBQUssTUFBTSxJQUFJO0FBQ2xDLDBCQUF3QixLQUFLLE1BQU0sSUFBSTtBQUN2QywwQkFBd0IsS0FBSyxNQUFNLElBQUk7QUFDdkMseUJBQXVCLEtBQUssTUFBTSxNQUFNRCxNQUFLO0FBQzdDLDBCQUF3QixLQUFLLE1BQU0sTUFBTUEsTUFBSztBQUM5Qyx5QkFBdUIsS0FBSyxNQUFNLElBQUk7QUFDdEMsYUFBVyxPQUFPLENBQUMsU0FBUyxPQUFPLEdBQVk7QUFDN0MsUUFBSSxJQUFJLEdBQUcsTUFBTSxPQUFXO0FBQzVCLFFBQUksR0FBRyxJQUFJLFdBQVcsSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLE1BQU1BLE1BQUs7QUFDM0QsVUFBTSxRQUFRLE9BQU8sS0FBSyxHQUFHLEVBQUUsS0FBSyxDQUFDLE1BQU0sTUFBTSxPQUFPLG9CQUFvQixJQUFJLENBQUMsQ0FBQztBQUNsRixRQUFJLFVBQVUsUUFBVztBQUN2QixXQUFLLElBQUksR0FBRyw4QkFBOEIsS0FBSyxpQkFBaUIsS0FBSywyQkFBMkIsQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQWEsTUFBK0IsTUFBa0I7QUFDbEYsTUFBSSxvQkFBb0IsSUFBSSxHQUFHLEtBQUssb0JBQW9CLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxJQUFJLEVBQUc7QUFDMUYsTUFBSSxxQkFBcUIsSUFBSSxHQUFHLEdBQUc7QUFDakMsVUFBTUUsUUFBTyxJQUFJLFdBQVcsR0FBRyxJQUMzQixpQ0FDQTtBQUNKLFNBQUssNEJBQTRCLEdBQUcsd0NBQXdDQSxLQUFJLElBQUksQ0FBQyxHQUFHLE1BQU0sR0FBRyxDQUFDO0FBQUEsRUFDcEc7QUFDQSxRQUFNLFFBQVEsYUFBYSxLQUFLLENBQUMsR0FBRyxxQkFBcUIsR0FBRyxtQkFBbUIsQ0FBQztBQUNoRjtBQUFBLElBQ0UsZ0NBQWdDLEdBQUcsSUFBSSxVQUFVLFNBQVksS0FBSyxtQkFBbUIsS0FBSyxJQUFJO0FBQUEsSUFFOUYsQ0FBQyxHQUFHLE1BQU0sR0FBRztBQUFBLEVBQ2Y7QUFDRjtBQUVBLFNBQVMsV0FBVyxPQUFnQixNQUErQixNQUFZRixRQUE2QjtBQUMxRyxNQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsR0FBRztBQUMvQyxXQUFPLEtBQUssNkNBQTZDLGNBQWMsS0FBSyxDQUFDLElBQUksSUFBSTtBQUFBLEVBQ3ZGO0FBQ0EsU0FBTyxNQUFNLElBQUksQ0FBQyxRQUFRLFVBQVUsY0FBYyxRQUFRLENBQUMsR0FBRyxNQUFNLEtBQUssR0FBRyxNQUFNQSxTQUFRLENBQUMsQ0FBQztBQUM5RjtBQUVBLFNBQVMsU0FBUyxRQUEwQztBQUMxRCxRQUFNLE9BQU8sT0FBTztBQUNwQixNQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLFNBQU8sTUFBTSxRQUFRLElBQUksSUFBSyxPQUFvQixDQUFDLElBQWM7QUFDbkU7QUFFQSxTQUFTLGNBQWMsS0FBaUIsTUFBK0IsTUFBa0I7QUFDdkYsUUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU07QUFDM0IsTUFBSSxJQUFJLFNBQVMsUUFBVztBQUMxQixRQUFJLGdCQUFnQixLQUFLLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxNQUFTLEVBQUcsS0FBSSxPQUFPO0FBQUEsYUFDekQsSUFBSSxVQUFVLE9BQVcsS0FBSSxPQUFPO0FBQzdDLFFBQUksSUFBSSxTQUFTLFFBQVc7QUFFMUIsWUFBTSxFQUFFLE1BQU0sR0FBRyxLQUFLLElBQUk7QUFDMUIsaUJBQVcsT0FBTyxPQUFPLEtBQUssR0FBRyxFQUFHLFFBQU8sSUFBSSxHQUFHO0FBQ2xELGFBQU8sT0FBTyxLQUFLLEVBQUUsS0FBSyxHQUFHLElBQUk7QUFBQSxJQUNuQztBQUNBO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxJQUFJLElBQUksSUFBSSxPQUFPLENBQUMsSUFBSSxJQUFJO0FBQzVELE1BQUksTUFBTSxXQUFXLEVBQUcsTUFBSyxtREFBbUQsRUFBRTtBQUNsRixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLE9BQU8sU0FBUyxTQUFVLE1BQUssZ0NBQWdDLGNBQWMsSUFBSSxDQUFDLElBQUksRUFBRTtBQUM1RixRQUFJLENBQUUsa0JBQXdDLFNBQVMsSUFBSSxHQUFHO0FBQzVELFlBQU0sUUFBUSxVQUFVLE1BQU0saUJBQWlCO0FBQy9DLFlBQU0sVUFBVSxTQUFTLFFBQVEsc0NBQXNDO0FBQ3ZFO0FBQUEsUUFDRSxpQkFBaUIsSUFBSSxJQUFJLFVBQVUsU0FBWSxLQUFLLG1CQUFtQixLQUFLLElBQUksR0FBRyxPQUFPLFlBQzdFLGtCQUFrQixLQUFLLElBQUksQ0FBQztBQUFBLFFBQ3pDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsTUFBSyxTQUFTLElBQUkscUJBQXFCLEVBQUU7QUFDN0QsU0FBSyxJQUFJLElBQUk7QUFBQSxFQUNmO0FBQ0EsTUFBSSxPQUFPLE1BQU0sV0FBVyxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLO0FBQ3REO0FBRUEsU0FBUyxRQUFRLEtBQWlCLE1BQStCLE1BQWtCO0FBQ2pGLFFBQU0sUUFBUSxTQUFTLEdBQUc7QUFDMUIsTUFBSSxVQUFVLFFBQVc7QUFDdkIsUUFBSSxDQUFDLE1BQU0sU0FBUyxNQUFNLEVBQUcsS0FBSSxPQUFPLENBQUMsR0FBRyxPQUFPLE1BQU07QUFBQSxFQUMzRCxXQUFXLE1BQU0sUUFBUSxJQUFJLElBQUksR0FBRztBQUNsQyxRQUFJLENBQUMsSUFBSSxLQUFLLFNBQVMsSUFBSSxFQUFHLEtBQUksT0FBTyxDQUFDLEdBQUcsSUFBSSxNQUFNLElBQUk7QUFBQSxFQUM3RCxXQUFXLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRztBQUNuQyxRQUFJLFFBQVEsQ0FBQyxHQUFHLElBQUksT0FBTyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQUEsRUFDN0MsV0FBVyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUc7QUFDbkMsUUFBSSxRQUFRLENBQUMsR0FBRyxJQUFJLE9BQU8sRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQzdDLFdBQVcsSUFBSSxVQUFVLFFBQVc7QUFDbEMsU0FBSyxvRUFBb0UsQ0FBQyxHQUFHLE1BQU0sVUFBVSxDQUFDO0FBQUEsRUFDaEc7QUFFRjtBQUVBLFNBQVMsbUJBQW1CLEtBQWlCLE1BQStCLE1BQWtCO0FBQzVGLFFBQU0sUUFBUSxTQUFTLEdBQUc7QUFDMUIsUUFBTSxTQUFnRTtBQUFBLElBQ3BFLENBQUMsaUJBQWlCLENBQUMsUUFBUSxHQUFHLFFBQVE7QUFBQSxJQUN0QyxDQUFDLGlCQUFpQixDQUFDLFVBQVUsU0FBUyxHQUFHLFFBQVE7QUFBQSxJQUNqRCxDQUFDLGdCQUFnQixDQUFDLE9BQU8sR0FBRyxPQUFPO0FBQUEsSUFDbkMsQ0FBQyxpQkFBaUIsQ0FBQyxRQUFRLEdBQUcsUUFBUTtBQUFBLEVBQ3hDO0FBQ0EsYUFBVyxDQUFDLFVBQVUsU0FBUyxJQUFJLEtBQUssUUFBUTtBQUM5QyxlQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFJLElBQUksT0FBTyxNQUFNLE9BQVc7QUFDaEMsVUFBSSxVQUFVLE9BQVcsTUFBSyxJQUFJLE9BQU8sb0JBQW9CLElBQUksS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFBQSxlQUMvRSxDQUFDLE1BQU0sS0FBSyxDQUFDLE1BQU0sUUFBUSxTQUFTLENBQUMsQ0FBQyxHQUFHO0FBQ2hELGFBQUssSUFBSSxPQUFPLGdCQUFnQixJQUFJLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLG1CQUFtQixLQUFpQixLQUFhLE1BQStCLE1BQWtCO0FBQ3pHLFFBQU0sUUFBUSxJQUFJLEdBQUc7QUFDckIsTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxPQUFPLFVBQVUsWUFBWSxDQUFDLE9BQU8sVUFBVSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQ3RFLFNBQUssSUFBSSxHQUFHLHNDQUFzQyxjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQzFGO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsS0FBaUIsS0FBYSxNQUErQixNQUFrQjtBQUNuRyxRQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3JCLE1BQUksVUFBVSxPQUFXO0FBQ3pCLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxHQUFHO0FBQ3hELFNBQUssSUFBSSxHQUFHLDJCQUEyQixjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQy9FO0FBQ0Y7QUFFQSxTQUFTLHdCQUF3QixLQUFpQixNQUErQixNQUFrQjtBQUNqRyxxQkFBbUIsS0FBSyxhQUFhLE1BQU0sSUFBSTtBQUMvQyxxQkFBbUIsS0FBSyxhQUFhLE1BQU0sSUFBSTtBQUMvQyxNQUFJLElBQUksWUFBWSxRQUFXO0FBQzdCLFFBQUksT0FBTyxJQUFJLFlBQVksVUFBVTtBQUNuQyxXQUFLLHNEQUFzRCxjQUFjLElBQUksT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sU0FBUyxDQUFDO0FBQUEsSUFDL0c7QUFDQSxRQUFJLGVBQWUsSUFBSSxPQUFPLE1BQU0sUUFBVztBQUM3QyxXQUFLLGFBQWEsS0FBSyxVQUFVLElBQUksT0FBTyxDQUFDLHNDQUFzQyxDQUFDLEdBQUcsTUFBTSxTQUFTLENBQUM7QUFBQSxJQUN6RztBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxTQUFxQztBQUNsRSxNQUFJO0FBQ0YsV0FBTyxJQUFJLE9BQU8sU0FBUyxHQUFHO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFFBQUk7QUFDRixhQUFPLElBQUksT0FBTyxPQUFPO0FBQUEsSUFDM0IsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyx3QkFBd0IsS0FBaUIsTUFBK0IsTUFBa0I7QUFDakcsYUFBVyxDQUFDLFdBQVcsU0FBUyxLQUFLO0FBQUEsSUFDbkMsQ0FBQyxvQkFBb0IsU0FBUztBQUFBLElBQzlCLENBQUMsb0JBQW9CLFNBQVM7QUFBQSxFQUNoQyxHQUFZO0FBRVYsUUFBSSxPQUFPLElBQUksU0FBUyxNQUFNLFdBQVc7QUFDdkMsVUFBSSxJQUFJLFNBQVMsTUFBTSxNQUFNO0FBQzNCLFlBQUksSUFBSSxTQUFTLE1BQU0sT0FBVyxNQUFLLElBQUksU0FBUyxrQkFBa0IsU0FBUyxLQUFLLENBQUMsR0FBRyxNQUFNLFNBQVMsQ0FBQztBQUN4RyxZQUFJLFNBQVMsSUFBSSxJQUFJLFNBQVM7QUFDOUIsZUFBTyxJQUFJLFNBQVM7QUFBQSxNQUN0QixPQUFPO0FBQ0wsZUFBTyxJQUFJLFNBQVM7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxPQUFPLGdCQUFpQixjQUFhLEtBQUssS0FBSyxNQUFNLElBQUk7QUFDcEUsTUFBSSxPQUFPLElBQUksZUFBZSxZQUFZLElBQUksY0FBYyxHQUFHO0FBQzdELFNBQUssNENBQTRDLElBQUksVUFBVSxJQUFJLENBQUMsR0FBRyxNQUFNLFlBQVksQ0FBQztBQUFBLEVBQzVGO0FBQ0Y7QUFFQSxTQUFTLHVCQUF1QixLQUFpQixNQUErQixNQUFZQSxRQUFxQjtBQUMvRyxxQkFBbUIsS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUM5QyxxQkFBbUIsS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUM5QyxNQUFJLElBQUksVUFBVSxPQUFXO0FBQzdCLE1BQUksTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQzVCLFNBQUssb0dBQW9HO0FBQUEsTUFDdkcsR0FBRztBQUFBLE1BQ0g7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxRQUFRLGNBQWMsSUFBSSxPQUFPLENBQUMsR0FBRyxNQUFNLE9BQU8sR0FBRyxNQUFNQSxTQUFRLENBQUM7QUFDMUU7QUFFQSxTQUFTLHdCQUF3QixLQUFpQixNQUErQixNQUFZQSxRQUFxQjtBQUNoSCxNQUFJLElBQUksZUFBZSxRQUFXO0FBQ2hDLFFBQUksQ0FBQyxjQUFjLElBQUksVUFBVSxHQUFHO0FBQ2xDLFdBQUssK0NBQStDLGNBQWMsSUFBSSxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUM5RztBQUNBLFVBQU0sYUFBeUMsQ0FBQztBQUNoRCxlQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLElBQUksVUFBVSxHQUFHO0FBQzdELGlCQUFXLElBQUksSUFBSSxjQUFjLFVBQVUsQ0FBQyxHQUFHLE1BQU0sY0FBYyxJQUFJLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQUEsSUFDM0Y7QUFDQSxRQUFJLGFBQWE7QUFBQSxFQUNuQjtBQUNBLE1BQUksSUFBSSxhQUFhLFFBQVc7QUFDOUIsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLFVBQVU7QUFDL0IsUUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLFFBQVE7QUFDN0IsV0FBSyxvREFBb0QsY0FBYyxJQUFJLFFBQVEsQ0FBQyxJQUFJLEVBQUU7QUFDNUYsVUFBTSxXQUFXLGNBQWMsSUFBSSxVQUFVLElBQUksT0FBTyxLQUFLLElBQUksVUFBVSxJQUFJLENBQUM7QUFDaEYsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsZUFBVyxRQUFRLElBQUksVUFBdUI7QUFDNUMsVUFBSSxPQUFPLFNBQVMsU0FBVSxNQUFLLDRDQUE0QyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDeEcsVUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE1BQUssSUFBSSxJQUFJLG1DQUFtQyxFQUFFO0FBQ3RFLFdBQUssSUFBSSxJQUFJO0FBQ2IsVUFBSSxDQUFDLFNBQVMsU0FBUyxJQUFJLEdBQUc7QUFDNUIsY0FBTSxRQUFRLGFBQWEsTUFBTSxRQUFRO0FBQ3pDO0FBQUEsVUFDRSxxQkFBcUIsSUFBSSw0Q0FDdEIsVUFBVSxTQUFZLDZCQUE2QixtQkFBbUIsS0FBSztBQUFBLFVBQzlFO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxXQUFXLENBQUMsR0FBRyxJQUFJO0FBQUEsRUFDekI7QUFDQSxRQUFNLFFBQVEsSUFBSTtBQUNsQixNQUFJLFVBQVUsVUFBYSxPQUFPLFVBQVUsV0FBVztBQUNyRCxRQUFJLHVCQUF1QixjQUFjLE9BQU8sQ0FBQyxHQUFHLE1BQU0sc0JBQXNCLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQUEsRUFDcEc7QUFDRjtBQUVBLFNBQVMsWUFBWSxPQUEyRDtBQUM5RSxTQUFPLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsYUFBYSxPQUFPLFNBQVMsS0FBSztBQUMzRztBQUVBLFNBQVMsVUFBVSxPQUF5QyxPQUFtQztBQUM3RixTQUFPLE1BQU0sS0FBSyxDQUFDLFNBQVM7QUFDMUIsWUFBUSxNQUFNO0FBQUEsTUFDWixLQUFLO0FBQ0gsZUFBTyxVQUFVO0FBQUEsTUFDbkIsS0FBSztBQUNILGVBQU8sT0FBTyxVQUFVLEtBQUs7QUFBQSxNQUMvQixLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsZUFBTyxPQUFPLFVBQVU7QUFBQSxNQUMxQjtBQUNFLGVBQU87QUFBQSxJQUNYO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLHVCQUF1QixLQUFpQixNQUErQixNQUFrQjtBQUNoRyxRQUFNLFFBQVEsU0FBUyxHQUFHO0FBQzFCLE1BQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU07QUFDM0IsUUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLElBQUksS0FBSyxJQUFJLEtBQUssV0FBVyxHQUFHO0FBQ3JELFdBQUssa0RBQWtELGNBQWMsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQUEsSUFDdEY7QUFDQSxlQUFXLENBQUMsT0FBTyxLQUFLLEtBQU0sSUFBSSxLQUFtQixRQUFRLEdBQUc7QUFDOUQsVUFBSSxDQUFDLFlBQVksS0FBSyxHQUFHO0FBQ3ZCLGFBQUssK0RBQStELGNBQWMsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksS0FBSyxDQUFDO0FBQUEsTUFDNUc7QUFDQSxVQUFJLFVBQVUsVUFBYSxDQUFDLFVBQVUsT0FBTyxLQUFLLEdBQUc7QUFDbkQsYUFBSyxjQUFjLEtBQUssVUFBVSxLQUFLLENBQUMsc0JBQXNCLEtBQUssVUFBVSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLEtBQUssQ0FBQztBQUFBLE1BQzFHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksVUFBVSxRQUFXO0FBQzNCLFVBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPO0FBQzVCLFFBQUksQ0FBQyxZQUFZLElBQUksS0FBSztBQUN4QixXQUFLLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDLElBQUksRUFBRTtBQUMvRixRQUFJLFVBQVUsVUFBYSxDQUFDLFVBQVUsSUFBSSxPQUFPLEtBQUssR0FBRztBQUN2RCxXQUFLLFNBQVMsS0FBSyxVQUFVLElBQUksS0FBSyxDQUFDLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQUEsSUFDN0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsR0FBWSxHQUFxQjtBQUNqRCxTQUFPLEtBQUssVUFBVSxDQUFDLE1BQU0sS0FBSyxVQUFVLENBQUM7QUFDL0M7QUFHQSxTQUFTLGFBQWEsUUFBb0IsUUFBb0IsTUFBK0IsTUFBd0I7QUFDbkgsUUFBTSxNQUFrQixFQUFFLEdBQUcsT0FBTztBQUNwQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssT0FBTyxRQUFRLE1BQU0sR0FBRztBQUNqRCxVQUFNLFVBQVUsSUFBSSxHQUFHO0FBQ3ZCLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFVBQUksR0FBRyxJQUFJO0FBQ1g7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixjQUFjLE9BQU8sS0FBSyxjQUFjLEtBQUssR0FBRztBQUMxRSxZQUFNLFNBQWtDLEVBQUUsR0FBRyxRQUFRO0FBQ3JELGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLEtBQUssR0FBRztBQUNwRCxZQUFJLE9BQU8sSUFBSSxNQUFNLFVBQWEsQ0FBQyxTQUFTLE9BQU8sSUFBSSxHQUFHLFFBQVEsR0FBRztBQUNuRSxlQUFLLGFBQWEsSUFBSSxpRUFBaUU7QUFBQSxZQUNyRixHQUFHO0FBQUEsWUFDSDtBQUFBLFlBQ0E7QUFBQSxVQUNGLENBQUM7QUFBQSxRQUNIO0FBQ0EsZUFBTyxJQUFJLElBQUk7QUFBQSxNQUNqQjtBQUNBLFVBQUksYUFBYTtBQUFBLElBQ25CLFdBQVcsUUFBUSxjQUFjLE1BQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLEtBQUssR0FBRztBQUMvRSxVQUFJLFdBQVcsQ0FBQyxHQUFHLG9CQUFJLElBQUksQ0FBQyxHQUFHLFNBQVMsR0FBRyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3BELFdBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sT0FBTyxlQUFlLE1BQU0sUUFBUSxPQUFPLElBQUksVUFBVSxDQUFDLE9BQU8sR0FBRyxNQUFNLFFBQVEsS0FBSyxJQUFJLFFBQVEsQ0FBQyxLQUFLLENBQUM7QUFDaEgsVUFBSSxLQUFLLFdBQVcsR0FBRztBQUNyQixhQUFLLCtCQUErQixLQUFLLFVBQVUsT0FBTyxDQUFDLFFBQVEsS0FBSyxVQUFVLEtBQUssQ0FBQyxZQUFZLElBQUk7QUFBQSxNQUMxRztBQUNBLFVBQUksT0FBTyxLQUFLLFdBQVcsSUFBSSxLQUFLLENBQUMsSUFBSTtBQUFBLElBQzNDLFdBQVcsb0JBQW9CLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxJQUFJLEdBQUc7QUFBQSxJQUVqRSxXQUFXLENBQUMsU0FBUyxTQUFTLEtBQUssR0FBRztBQUNwQyxXQUFLLHVCQUF1QixHQUFHLGtEQUFrRCxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGVBQWUsTUFBMEIsUUFBdUM7QUFDdkYsUUFBTSxPQUFPLG9CQUFJLElBQWE7QUFDOUIsYUFBVyxRQUFRLE1BQU07QUFDdkIsUUFBSSxPQUFPLFNBQVMsSUFBSSxFQUFHLE1BQUssSUFBSSxJQUFJO0FBQUEsYUFDOUIsU0FBUyxhQUFhLE9BQU8sU0FBUyxRQUFRLEtBQU8sU0FBUyxZQUFZLE9BQU8sU0FBUyxTQUFTLEdBQUk7QUFDL0csV0FBSyxJQUFJLFNBQVM7QUFBQSxJQUNwQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxJQUFJO0FBQ2pCOzs7QUM1ZEEsSUFBTSxRQUFtQixNQUFNO0FBQy9CLElBQU0sU0FBb0IsTUFBTTtBQUd6QixTQUFTLGlCQUFpQixRQUErQjtBQUM5RCxNQUFJLE9BQU8sVUFBVSxRQUFXO0FBQzlCLFVBQU0sV0FBVyxPQUFPO0FBQ3hCLFdBQU8sQ0FBQyxVQUFVLFVBQVU7QUFBQSxFQUM5QjtBQUNBLE1BQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxHQUFHO0FBQzlCLFVBQU0sVUFBVSxJQUFJLElBQWEsT0FBTyxJQUFJO0FBQzVDLFdBQU8sQ0FBQyxVQUFVLFFBQVEsSUFBSSxLQUFLO0FBQUEsRUFDckM7QUFDQSxNQUFJLE1BQU0sUUFBUSxPQUFPLEtBQUssR0FBRztBQUMvQixVQUFNRyxXQUFXLE9BQU8sTUFBdUIsSUFBSSxnQkFBZ0I7QUFDbkUsV0FBTyxDQUFDLFVBQVVBLFNBQVEsS0FBSyxDQUFDLFdBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUMxRDtBQUVBLE1BQUksT0FBTyxVQUFVLE9BQVcsUUFBTztBQUN2QyxNQUFJLE9BQU8sU0FBUyxPQUFXLFFBQU87QUFDdEMsUUFBTSxRQUFRLE1BQU0sUUFBUSxPQUFPLElBQUksSUFBSyxPQUFPLE9BQW9CLENBQUMsT0FBTyxJQUFjO0FBQzdGLFFBQU1DLFlBQVcsTUFBTSxTQUFTLE1BQU07QUFDdEMsUUFBTUQsV0FBVSxNQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUM7QUFDN0UsTUFBSUEsU0FBUSxXQUFXLEVBQUcsUUFBTyxDQUFDLFVBQVUsVUFBVTtBQUN0RCxRQUFNLE9BQU9BLFNBQVEsV0FBVyxJQUFJQSxTQUFRLENBQUMsSUFBSyxDQUFDLFVBQW1CQSxTQUFRLEtBQUssQ0FBQyxXQUFXLE9BQU8sS0FBSyxDQUFDO0FBQzVHLFNBQU9DLFlBQVcsQ0FBQyxVQUFVLFVBQVUsUUFBUSxLQUFLLEtBQUssSUFBSTtBQUMvRDtBQUVBLFNBQVMsTUFBTSxNQUFjLFFBQStCO0FBQzFELFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNO0FBQUEsSUFDM0IsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNLE1BQU07QUFBQSxJQUNqQyxLQUFLO0FBQ0gsYUFBTyxDQUFDLFVBQVUsT0FBTyxVQUFVO0FBQUEsSUFDckMsS0FBSztBQUNILGFBQU8sV0FBVyxNQUFNO0FBQUEsSUFDMUIsS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNO0FBQUEsSUFDM0I7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxZQUFZLFFBQStCO0FBQ2xELFFBQU0sTUFBTSxPQUFPLE9BQU8sY0FBYyxXQUFXLE9BQU8sWUFBWTtBQUN0RSxRQUFNLE1BQU0sT0FBTyxPQUFPLGNBQWMsV0FBVyxPQUFPLFlBQVksT0FBTztBQUM3RSxRQUFNLFVBQVUsT0FBTyxPQUFPLFlBQVksV0FBVyxlQUFlLE9BQU8sT0FBTyxJQUFJO0FBQ3RGLE1BQUksT0FBTyxPQUFPLFlBQVksWUFBWSxZQUFZLE9BQVcsUUFBTztBQUN4RSxNQUFJLFlBQVksUUFBVztBQUN6QixXQUFPLENBQUMsVUFBVSxPQUFPLFVBQVUsWUFBWSxNQUFNLFVBQVUsT0FBTyxNQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssS0FBSztBQUFBLEVBQ2pIO0FBQ0EsTUFBSSxRQUFRLEtBQUssUUFBUSxPQUFPLGtCQUFtQixRQUFPLENBQUMsVUFBVSxPQUFPLFVBQVU7QUFDdEYsU0FBTyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksTUFBTSxVQUFVLE9BQU8sTUFBTSxVQUFVO0FBQ3hGO0FBRUEsU0FBUyxZQUFZLE1BQTRCLFFBQStCO0FBQzlFLFFBQU0sUUFBUSxDQUFDLEtBQWEsYUFDMUIsT0FBTyxPQUFPLEdBQUcsTUFBTSxXQUFZLE9BQU8sR0FBRyxJQUFlO0FBQzlELFFBQU0sTUFBTSxNQUFNLFdBQVcsT0FBTyxpQkFBaUI7QUFDckQsUUFBTSxNQUFNLE1BQU0sV0FBVyxPQUFPLGlCQUFpQjtBQUNyRCxRQUFNLFFBQVEsTUFBTSxvQkFBb0IsT0FBTyxpQkFBaUI7QUFDaEUsUUFBTSxRQUFRLE1BQU0sb0JBQW9CLE9BQU8saUJBQWlCO0FBQ2hFLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxXQUFXLE9BQU8sYUFBYTtBQUV6RSxNQUFJLFNBQVMsVUFBYSxDQUFDLE9BQU8sY0FBYyxJQUFJLEVBQUcsUUFBTztBQUM5RCxRQUFNLE9BQ0osU0FBUyxZQUNMLENBQUMsVUFBVSxPQUFPLGNBQWMsS0FBSyxJQUNyQyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUs7QUFDbkUsU0FBTyxDQUFDLFVBQ04sS0FBSyxLQUFLLEtBQ1QsU0FBb0IsT0FDcEIsU0FBb0IsT0FDcEIsUUFBbUIsU0FDbkIsUUFBbUIsVUFDbkIsU0FBUyxVQUFjLE9BQU8sY0FBYyxLQUFLLEtBQU0sUUFBbUIsU0FBUztBQUN4RjtBQUVBLFNBQVMsV0FBVyxRQUErQjtBQUNqRCxRQUFNLE9BQU8sT0FBTyxVQUFVLFNBQVksU0FBUyxpQkFBaUIsT0FBTyxLQUFtQjtBQUM5RixRQUFNLE1BQU0sT0FBTyxPQUFPLGFBQWEsV0FBVyxPQUFPLFdBQVc7QUFDcEUsUUFBTSxNQUFNLE9BQU8sT0FBTyxhQUFhLFdBQVcsT0FBTyxXQUFXLE9BQU87QUFDM0UsU0FBTyxDQUFDLFVBQVU7QUFDaEIsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxTQUFTLE9BQU8sTUFBTSxTQUFTLElBQUssUUFBTztBQUM5RSxhQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLEtBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUNuRSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU0EsU0FBUyxZQUFZLFFBQStCO0FBQ2xELFFBQU0sZ0JBQWdCLElBQUksSUFBSyxPQUFPLFlBQVksQ0FBQyxDQUFjO0FBQ2pFLFFBQU0sYUFBOEIsT0FBTyxRQUFTLE9BQU8sY0FBYyxDQUFDLENBQWdDLEVBQUU7QUFBQSxJQUMxRyxDQUFDLENBQUMsS0FBSyxRQUFRLE9BQU8sRUFBRSxLQUFLLFVBQVUsY0FBYyxJQUFJLEdBQUcsR0FBRyxPQUFPLGlCQUFpQixRQUFRLEVBQUU7QUFBQSxFQUNuRztBQUNBLFFBQU0sV0FBaUMsdUJBQU8sT0FBTyxJQUFJO0FBQ3pELGFBQVcsRUFBRSxJQUFJLEtBQUssV0FBWSxVQUFTLEdBQUcsSUFBSTtBQUNsRCxRQUFNLFFBQVEsT0FBTztBQUNyQixRQUFNLE9BQU8sVUFBVSxRQUFRLFdBQVcsVUFBVSxVQUFhLFVBQVUsT0FBTyxVQUFVO0FBQzVGLFFBQU0sYUFBYSxTQUFTLGFBQWEsaUJBQWlCLEtBQW1CLElBQUk7QUFDakYsUUFBTSxRQUFRLFdBQVc7QUFFekIsU0FBTyxDQUFDLFVBQVU7QUFDaEIsUUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2hGLFVBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxRQUFJLFVBQVUsT0FBTyxhQUFhLFVBQVUsS0FBTSxRQUFPO0FBQ3pELFVBQU1DLFVBQVM7QUFDZixRQUFJLFVBQVU7QUFDZCxhQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixZQUFNLFdBQVcsV0FBVyxDQUFDO0FBQzdCLFlBQU0sT0FBT0EsUUFBTyxTQUFTLEdBQUc7QUFDaEMsVUFBSSxTQUFTLFFBQVc7QUFDdEIsWUFBSSxTQUFTLFNBQVUsUUFBTztBQUM5QixZQUFJLE9BQU8sT0FBT0EsU0FBUSxTQUFTLEdBQUcsRUFBRztBQUN6QztBQUFBLE1BQ0Y7QUFDQSxVQUFJLENBQUMsU0FBUyxNQUFNLElBQUksRUFBRyxRQUFPO0FBQ2xDO0FBQUEsSUFDRjtBQUNBLFFBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsUUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBSSxPQUFPO0FBQ1gsaUJBQVcsS0FBS0EsUUFBUTtBQUN4QixhQUFPLFNBQVM7QUFBQSxJQUNsQjtBQUNBLGVBQVcsT0FBT0EsU0FBUTtBQUN4QixVQUFJLFNBQVMsR0FBRyxNQUFNLFNBQVMsUUFBUSxlQUFlLENBQUMsV0FBV0EsUUFBTyxHQUFHLENBQUMsR0FBSSxRQUFPO0FBQUEsSUFDMUY7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUM3SUEsSUFBTSxhQUFhO0FBQ25CLElBQU0sU0FBUztBQWVSLFNBQVMsdUJBQXVCLFFBQXlDO0FBQzlFLFNBQU8sT0FBTyxRQUFRLElBQUksS0FBSztBQUNqQztBQU1PLFNBQVMsZUFBZSxRQUE0QjtBQUN6RCxRQUFNLE9BQU8sT0FBTyxRQUFRLElBQUksSUFBSTtBQUNwQyxTQUFPLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVE7QUFDeEQ7QUFFQSxTQUFTLE9BQU8sUUFBaUIsUUFBZ0IsUUFBeUI7QUFDeEUsU0FBTyxRQUFRLFFBQVEsUUFBUSxNQUFNLEVBQUUsS0FBSyxLQUFLO0FBQ25EO0FBR0EsU0FBUyxRQUFRLFFBQWlCLFFBQWdCLFFBQTJCO0FBQzNFLFFBQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLFdBQVcsUUFBUSxRQUFRLE1BQU0sQ0FBQyxDQUFDO0FBQzNELFNBQU8sSUFBSSxTQUFTLFNBQVMsSUFBSSxDQUFDLFNBQVMsSUFBSTtBQUNqRDtBQUVBLFNBQVMsV0FBVyxRQUFpQixRQUFnQixRQUEyQjtBQUM5RSxNQUFJLFdBQVcsTUFBTyxRQUFPLENBQUMsT0FBTztBQUNyQyxNQUFJLENBQUMsY0FBYyxNQUFNLEVBQUcsUUFBTyxDQUFDLFNBQVM7QUFDN0MsTUFBSSxPQUFPLFVBQVUsT0FBVyxRQUFPLENBQUMsUUFBUSxPQUFPLEtBQUssQ0FBQztBQUM3RCxNQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksRUFBRyxRQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU87QUFDOUQsYUFBVyxPQUFPLENBQUMsU0FBUyxPQUFPLEdBQVk7QUFDN0MsVUFBTSxlQUFlLE9BQU8sR0FBRztBQUMvQixRQUFJLE1BQU0sUUFBUSxZQUFZLEtBQUssYUFBYSxTQUFTLEdBQUc7QUFDMUQsWUFBTSxPQUFPLFlBQVksUUFBUSxDQUFDLEtBQUssVUFBVSxDQUFDO0FBQ2xELFlBQU1DLE9BQU0sYUFBYSxRQUFRLENBQUMsV0FBVyxRQUFRLEVBQUUsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEVBQUUsR0FBRyxRQUFRLE1BQU0sQ0FBQztBQUN0RyxhQUFPLE9BQU8sYUFBYSxPQUFPLENBQUMsR0FBR0EsTUFBSyxNQUFNLElBQUlBO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFFBQVEsT0FBTyxLQUFLLEtBQUssT0FBTyxNQUFNLFNBQVMsR0FBRztBQUMxRCxVQUFNLE9BQU8sWUFBWSxRQUFRLENBQUMsT0FBTyxDQUFDO0FBQzFDLFVBQU0sUUFBUSxDQUFDLE1BQU0sR0FBRyxPQUFPLEtBQUssRUFDakMsT0FBTyxDQUFDLFNBQVMsQ0FBQyxrQkFBa0IsSUFBSSxDQUFDLEVBQ3pDLElBQUksQ0FBQyxTQUFTLFFBQVEsTUFBTSxRQUFRLE1BQU0sQ0FBQyxFQUMzQyxJQUFJLENBQUNDLFdBQVdBLE9BQU0sU0FBUyxJQUFJLElBQUlBLE9BQU0sS0FBSyxLQUFLLENBQUMsTUFBTUEsT0FBTSxDQUFDLENBQUc7QUFDM0UsVUFBTSxTQUFTLENBQUMsR0FBRyxJQUFJLElBQUksS0FBSyxDQUFDLEVBQUUsT0FBTyxDQUFDLFNBQVMsU0FBUyxTQUFTO0FBQ3RFLFdBQU8sQ0FBQyxPQUFPLFdBQVcsSUFBSSxZQUFZLE9BQU8sS0FBSyxLQUFLLENBQUM7QUFBQSxFQUM5RDtBQUNBLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLFFBQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU8sU0FBUyxTQUFZLFdBQVcsTUFBTSxJQUFJLENBQUMsSUFBSTtBQUMxRixNQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sQ0FBQyxTQUFTO0FBQ3pDLFFBQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNQyxPQUFNLE9BQU8sQ0FBQyxHQUFHLFFBQVEsUUFBUSxNQUFNLENBQUM7QUFDckUsTUFBSSxPQUFPLGFBQWEsS0FBTSxLQUFJLEtBQUssTUFBTTtBQUM3QyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQVcsUUFBMkM7QUFDN0QsTUFBSSxPQUFPLGVBQWUsVUFBYSxPQUFPLHlCQUF5QixPQUFXLFFBQU8sQ0FBQyxRQUFRO0FBQ2xHLE1BQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxnQkFBZ0IsT0FBVyxRQUFPLENBQUMsT0FBTztBQUNuRixTQUFPLENBQUM7QUFDVjtBQUVBLFNBQVNBLE9BQU0sTUFBYyxRQUFpQyxRQUFnQixRQUF5QjtBQUNyRyxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBRUgsYUFBTyxTQUFTLFlBQVk7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxVQUFVLFFBQVEsUUFBUSxNQUFNO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU8sV0FBVyxRQUFRLFFBQVEsTUFBTTtBQUFBLElBQzFDO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsVUFBVSxRQUFpQyxRQUFnQixRQUF5QjtBQUMzRixRQUFNLFFBQVEsTUFBTSxRQUFRLE9BQU8sV0FBVyxJQUMxQyxPQUFPLGNBQ1AsTUFBTSxRQUFRLE9BQU8sS0FBSyxJQUN4QixPQUFPLFFBQ1A7QUFDTixNQUFJLFVBQVUsT0FBVyxRQUFPLElBQUksTUFBTSxJQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sUUFBUSxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQztBQUNoRyxTQUFPLFNBQVMsT0FBTyxVQUFVLFNBQVksWUFBWSxPQUFPLE9BQU8sT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUMvRjtBQUVBLFNBQVMsV0FBVyxRQUFpQyxRQUFnQixRQUF5QjtBQUM1RixRQUFNLGFBQWEsY0FBYyxPQUFPLFVBQVUsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUMzRSxRQUFNLFdBQVcsSUFBSSxJQUFJLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQzlFLFFBQU0sUUFBUSxPQUFPLEtBQUssVUFBVTtBQUNwQyxRQUFNLFFBQVEsT0FBTztBQUNyQixRQUFNLFFBQVEsU0FBUztBQUN2QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxjQUF3QixDQUFDO0FBQy9CLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU1DLFlBQVcsQ0FBQyxTQUFTLElBQUksSUFBSTtBQUNuQyxVQUFNLE9BQU8sT0FBTyxXQUFXLElBQUksR0FBRyxPQUFPLE1BQU07QUFDbkQsZ0JBQVksS0FBSyxHQUFHLFFBQVEsV0FBVyxJQUFJLEdBQUcsT0FBTyxNQUFNLENBQUM7QUFDNUQsUUFBSUEsVUFBVSxhQUFZLEtBQUssV0FBVztBQUMxQyxVQUFNLFdBQVcsV0FBVyxJQUFJO0FBQ2hDLFVBQU0sY0FDSixjQUFjLFFBQVEsS0FBSyxPQUFPLFNBQVMsZ0JBQWdCLFdBQVcsU0FBUyxjQUFjO0FBQy9GLFVBQU0sTUFBTSxVQUFVLGdCQUFnQixTQUFZLEtBQUssV0FBVyxhQUFhLEtBQUs7QUFDcEYsVUFBTSxLQUFLLEdBQUcsR0FBRyxHQUFHLFlBQVksSUFBSSxDQUFDLEdBQUdBLFlBQVcsTUFBTSxFQUFFLEtBQUssSUFBSSxHQUFHO0FBQUEsRUFDekU7QUFDQSxNQUFJO0FBQ0osTUFBSSxVQUFVLFVBQWEsVUFBVSxTQUFTLEVBQUUsTUFBTSxXQUFXLEtBQUssVUFBVSxPQUFPO0FBQ3JGLGdCQUFZLE9BQU8sT0FBTyxPQUFPLE1BQU07QUFFdkMsUUFBSSxjQUFjLGFBQWEsTUFBTSxTQUFTLEdBQUc7QUFDL0MsWUFBTSxNQUFNLG9CQUFJLElBQUksQ0FBQyxXQUFXLEdBQUcsV0FBVyxDQUFDO0FBQy9DLGtCQUFZLElBQUksSUFBSSxTQUFTLElBQUksWUFBWSxDQUFDLEdBQUcsR0FBRyxFQUFFLEtBQUssS0FBSztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxXQUFXLEdBQUc7QUFDdEIsUUFBSSxVQUFVLE1BQU8sUUFBTztBQUM1QixRQUFJLFVBQVUsVUFBYSxVQUFVLEtBQU0sUUFBTztBQUNsRCxXQUFPLGtCQUFrQixPQUFPLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFBQSxFQUN4RDtBQUNBLE1BQUksY0FBYyxPQUFXLE9BQU0sS0FBSyxrQkFBa0IsU0FBUyxHQUFHO0FBQ3RFLE1BQUksT0FBUSxRQUFPLEtBQUssTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUN2QyxTQUFPO0FBQUEsRUFBTSxNQUFNLElBQUksQ0FBQ0MsVUFBUyxHQUFHLEtBQUssR0FBR0EsS0FBSSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUFLLE1BQU07QUFDM0U7QUFFQSxTQUFTLFdBQVcsYUFBcUIsUUFBd0I7QUFDL0QsUUFBTSxRQUFRLFlBQVksUUFBUSxTQUFTLE1BQU0sRUFBRSxNQUFNLE9BQU87QUFDaEUsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUFRLE1BQU07QUFDNUQsU0FBTztBQUFBLEVBQVEsTUFBTSxJQUFJLENBQUNBLFVBQVMsR0FBRyxNQUFNLEtBQUtBLFVBQVMsS0FBSyxLQUFLLElBQUlBLEtBQUksRUFBRSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUFLLE1BQU07QUFBQSxFQUFRLE1BQU07QUFDdkg7QUFFQSxTQUFTLFlBQVksTUFBc0I7QUFDekMsU0FBTyxXQUFXLEtBQUssSUFBSSxJQUFJLE9BQU8sS0FBSyxVQUFVLElBQUk7QUFDM0Q7QUFFQSxTQUFTLFFBQVEsT0FBd0I7QUFDdkMsTUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixNQUFJLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVTtBQUM3RSxXQUFPLEtBQUssVUFBVSxLQUFLO0FBQzdCLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxPQUF5QztBQUN6RCxTQUFPLGNBQWMsS0FBSyxJQUFJLFFBQVEsQ0FBQztBQUN6QztBQUVBLFNBQVMsWUFBWSxRQUFpQyxNQUFrRDtBQUN0RyxRQUFNLE1BQStCLENBQUM7QUFDdEMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxNQUFNLEVBQUcsS0FBSSxDQUFDLEtBQUssU0FBUyxHQUFHLEVBQUcsS0FBSSxHQUFHLElBQUk7QUFDdkYsU0FBTztBQUNUO0FBRUEsSUFBTSxjQUFjLG9CQUFJLElBQUk7QUFBQSxFQUMxQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUVELFNBQVMsa0JBQWtCLFFBQTBCO0FBQ25ELFNBQU8sY0FBYyxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sRUFBRSxNQUFNLENBQUMsUUFBUSxZQUFZLElBQUksR0FBRyxDQUFDO0FBQ3pGOzs7QUNwTE8sU0FBUyx1QkFDZCxRQUNBLE9BQ0EsUUFDb0I7QUFDcEIsUUFBTSxNQUEwQixDQUFDO0FBQ2pDLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sT0FBYSxNQUFNLEtBQUssSUFBSSxDQUFDLFlBQWEsT0FBTyxZQUFZLFdBQVcsT0FBTyxPQUFPLElBQUksT0FBUTtBQUN4RyxRQUFJLE1BQU0sU0FBUyxxQkFBcUI7QUFDdEMsWUFBTSxTQUFTLFNBQVMsUUFBUSxJQUFJO0FBQ3BDLFlBQU0sV0FBVyxXQUFXLFNBQVksQ0FBQyxJQUFJLE9BQU8sS0FBTSxPQUFPLGNBQWMsQ0FBQyxDQUFZO0FBQzVGLGlCQUFXLE9BQU8sTUFBTSxLQUFNLEtBQUksS0FBSyxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLEtBQUssUUFBUSxDQUFDO0FBQ3JGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLE9BQU8sSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQy9FO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsTUFBWSxLQUFhLFVBQStDO0FBQy9GLFFBQU0sT0FBTyxLQUFLLFdBQVcsSUFBSSxhQUFhO0FBQzlDLFFBQU0sUUFBUSxhQUFhLEtBQUssUUFBUTtBQUN4QyxRQUFNQyxRQUNKLFVBQVUsU0FDTixtQkFBbUIsS0FBSyxPQUN4QixTQUFTLFdBQVcsSUFDbEIsUUFBUSxJQUFJLHdCQUNaLGVBQWUsU0FBUyxLQUFLLElBQUksQ0FBQztBQUMxQyxTQUFPLEVBQUUsTUFBTSxNQUFNLGVBQWUsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHLG1DQUFtQ0EsS0FBSSxHQUFHO0FBQ2hIO0FBRUEsU0FBUyxVQUFVLE9BQXlCLE1BQVksT0FBZ0IsSUFBOEM7QUFDcEgsUUFBTSxXQUFXLE9BQU8sU0FBWSxTQUFZLGVBQWUsRUFBRTtBQUNqRSxRQUFNLE1BQU0sY0FBYyxLQUFLO0FBQy9CLE1BQUksVUFBVSxVQUFhLEtBQUssU0FBUyxLQUFLLGNBQWMsS0FBSyxHQUFHO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLEtBQUssU0FBUyxDQUFDO0FBQ2pDLFVBQU0sT0FBTyxPQUFPLFNBQVMsV0FBVyxTQUFTLEtBQUssV0FBVyxJQUFJLGFBQWE7QUFDbEYsVUFBTSxPQUFPLE9BQU8sU0FBUyxXQUFXLEdBQUcsSUFBSSxLQUFLLElBQUksSUFBSTtBQUM1RCxVQUFNLE9BQU8sYUFBYSxVQUFhLGFBQWEsWUFBWSxLQUFLLEtBQUssUUFBUTtBQUNsRixXQUFPLEVBQUUsTUFBTSxNQUFNLFdBQVcsU0FBUyxvQkFBb0IsSUFBSSxJQUFJLElBQUksR0FBRyxJQUFJLEdBQUc7QUFBQSxFQUNyRjtBQUNBLFVBQVEsTUFBTSxNQUFNO0FBQUEsSUFDbEIsS0FBSyxnQkFBZ0I7QUFDbkIsVUFBSSxLQUFLLFdBQVc7QUFDbEIsZUFBTyxFQUFFLE1BQU0sTUFBTSxnQkFBZ0IsU0FBUyx3Q0FBd0MsR0FBRyxHQUFHO0FBQzlGLFlBQU1DLFVBQVMsYUFBYSxNQUFNLGFBQWEsUUFBUSxZQUFZLE1BQU07QUFDekUsYUFBTyxFQUFFLE1BQU0sTUFBTSxnQkFBZ0IsU0FBUyxZQUFZQSxPQUFNLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDakY7QUFBQSxJQUNBLEtBQUssaUJBQWlCO0FBQ3BCLFlBQU0sU0FBUyxNQUFNLE9BQU8sSUFBSSxDQUFDLE1BQU8sT0FBTyxNQUFNLFdBQVcsS0FBSyxVQUFVLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBRTtBQUM5RixZQUFNQSxVQUFTLE9BQU8sV0FBVyxJQUFJLE9BQU8sQ0FBQyxJQUFJLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUM1RSxhQUFPLEVBQUUsTUFBTSxNQUFNLGlCQUFpQixTQUFTLFlBQVlBLE9BQU0sU0FBUyxHQUFHLEdBQUc7QUFBQSxJQUNsRjtBQUFBLElBQ0EsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sRUFBRSxNQUFNLE1BQU0sTUFBTSxNQUFNLFNBQVMsR0FBRyxTQUFTLEtBQUssQ0FBQyxTQUFTLE9BQU8sTUFBTSxRQUFRLE9BQU8sR0FBRyxDQUFDLEdBQUc7QUFBQSxJQUMxRyxLQUFLLGtCQUFrQjtBQUNyQixZQUFNLFVBQVUsYUFBYSxTQUFTLE9BQU8sTUFBTSxZQUFZLFdBQVcsTUFBTSxVQUFVO0FBQzFGLFlBQU0sT0FBTyxZQUFZLFNBQVksbUJBQW1CLE1BQU0sTUFBTSxLQUFLLDBCQUEwQixPQUFPO0FBQzFHLGFBQU8sRUFBRSxNQUFNLE1BQU0sa0JBQWtCLFNBQVMsR0FBRyxJQUFJLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDeEU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEVBQUUsTUFBTSxNQUFNLG1CQUFtQixTQUFTLHlCQUF5QixPQUFPLE1BQU0sT0FBTyxDQUFDLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDaEgsS0FBSyxpQkFBaUI7QUFDcEIsVUFBSSxNQUFNLE9BQU8sV0FBVyxHQUFHO0FBQzdCLGVBQU87QUFBQSxVQUNMO0FBQUEsVUFDQSxNQUFNO0FBQUEsVUFDTixTQUFTLDBEQUEwRCxHQUFHO0FBQUEsUUFDeEU7QUFBQSxNQUNGO0FBQ0EsWUFBTUEsVUFBUyxhQUFhLFNBQVksd0NBQXdDO0FBQ2hGLGFBQU8sRUFBRSxNQUFNLE1BQU0saUJBQWlCLFNBQVMsWUFBWUEsT0FBTSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2xGO0FBQUEsSUFDQTtBQUNFLGFBQU8sRUFBRSxNQUFNLE1BQU0sV0FBVyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzNEO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsT0FBa0M7QUFDdkQsU0FBTyxNQUFNLFNBQVMsa0JBQWtCLE1BQU0sU0FBUyxtQkFBbUIsTUFBTSxTQUFTO0FBQzNGO0FBRUEsU0FBUyxTQUFTLE9BQWtFO0FBQ2xGLFFBQU0sUUFBUSxNQUFNLFNBQVM7QUFDN0IsUUFBTSxRQUFRLFFBQVMsTUFBbUMsVUFBVyxNQUFpQztBQUN0RyxRQUFNLFFBQVEsT0FBTyxLQUFLO0FBQzFCLFFBQU0sWUFBWSxNQUFNLGNBQWM7QUFDdEMsVUFBUSxNQUFNLFFBQVE7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFFBQVEsYUFBYSxTQUFTLElBQUksS0FBSztBQUFBLElBQzNELEtBQUs7QUFDSCxhQUFPLGFBQWEsUUFBUSxhQUFhLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDN0Q7QUFDRSxhQUFPLFdBQVcsUUFBUyxZQUFZLE9BQU8sTUFBTyxZQUFZLE9BQU8sR0FBRyxJQUFJLEtBQUs7QUFBQSxFQUN4RjtBQUNGO0FBRUEsU0FBUyxPQUFPLFFBQWdCLE9BQWdCLEtBQXFCO0FBQ25FLE1BQUksV0FBVyxZQUFZLE9BQU8sVUFBVSxTQUFVLFFBQU8sR0FBRyxNQUFNLE1BQU07QUFDNUUsTUFBSSxXQUFXLFdBQVcsTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPLEdBQUcsTUFBTSxNQUFNO0FBQ3RFLFNBQU87QUFDVDtBQUdBLFNBQVMsUUFBUSxPQUFnQixNQUFxQjtBQUNwRCxNQUFJLFFBQVE7QUFDWixhQUFXLFdBQVcsTUFBTTtBQUMxQixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sRUFBRyxRQUFPO0FBQzFGLFlBQVMsTUFBMkMsT0FBTztBQUFBLEVBQzdEO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxTQUFTLFFBQW9CLE1BQW9DO0FBQ3hFLE1BQUksT0FBK0I7QUFDbkMsYUFBVyxXQUFXLE1BQU07QUFDMUIsUUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixRQUFJLE9BQU8sWUFBWSxVQUFVO0FBQy9CLGFBQU8sS0FBSztBQUNaO0FBQUEsSUFDRjtBQUNBLFVBQU0sYUFBYSxLQUFLO0FBQ3hCLFFBQUksZUFBZSxVQUFhLE9BQU8sT0FBTyxZQUFZLE9BQU8sRUFBRyxRQUFPLFdBQVcsT0FBTztBQUFBLGFBQ3BGLE9BQU8sS0FBSyx5QkFBeUIsU0FBVSxRQUFPLEtBQUs7QUFBQSxRQUMvRCxRQUFPO0FBQUEsRUFDZDtBQUNBLFNBQU87QUFDVDs7O0FDdkhPLFNBQVMsaUJBQWlCLE9BQTZDO0FBQzVFLE1BQUssT0FBTyxVQUFVLFlBQVksT0FBTyxVQUFVLGNBQWUsVUFBVSxLQUFNLFFBQU87QUFDekYsUUFBTSxXQUFZLE1BQW9DLFdBQVc7QUFDakUsU0FBTyxzQkFBc0IsUUFBUSxLQUFLLE9BQVEsU0FBb0MsYUFBYTtBQUNyRztBQUVBLFNBQVMsc0JBQXNCLE9BQWlDO0FBQzlELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUNoRDtBQVFPLFNBQVMsMkJBQTJCLFFBQW9EO0FBQzdGLFFBQU0sV0FBaUM7QUFBQSxJQUNyQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFlBQVksUUFBUSxFQUFFLFFBQVEsZ0JBQWdCLENBQUM7QUFBQSxJQUN6RSxNQUFNO0FBQ0osWUFBTSxTQUFVLE9BQXNDO0FBQ3RELGFBQU8sT0FBTyxXQUFXLGFBQWEsT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLElBQzlEO0FBQUEsSUFDQSxNQUFNLGdCQUFnQixNQUFNO0FBQUEsRUFDOUI7QUFDQSxhQUFXLFdBQVcsVUFBVTtBQUM5QixRQUFJO0FBQ0YsWUFBTSxTQUFTLFFBQVE7QUFDdkIsVUFBSSxjQUFjLE1BQU0sRUFBRyxRQUFPO0FBQUEsSUFDcEMsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsUUFBb0Q7QUFDM0UsUUFBTSxRQUFTLE9BQStCO0FBQzlDLE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxRQUFPO0FBQ2xDLFFBQU0sYUFBeUMsQ0FBQztBQUNoRCxRQUFNLFdBQXFCLENBQUM7QUFDNUIsYUFBVyxDQUFDLEtBQUssTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDakQsZUFBVyxHQUFHLElBQUksQ0FBQztBQUNuQixVQUFNLFFBQVMsUUFBdUQsTUFBTTtBQUM1RSxRQUFJLFVBQVUsV0FBWSxVQUFTLEtBQUssR0FBRztBQUFBLEVBQzdDO0FBQ0EsU0FBTyxFQUFFLE1BQU0sVUFBVSxZQUFZLFNBQVM7QUFDaEQ7QUFRTyxTQUFTLHNCQUFzQixRQUE0QixXQUFpQyxDQUFDLEdBQWdCO0FBQ2xILFFBQU0sV0FBVyxPQUFPLFdBQVc7QUFDbkMsUUFBTSxhQUFhLE1BQ2pCLElBQUk7QUFBQSxJQUNGLHFCQUFxQixTQUFTLE1BQU07QUFBQSxJQUVwQyxFQUFFLEdBQUcsVUFBVSxPQUFPLFNBQVMsU0FBUyxlQUFlO0FBQUEsRUFDekQ7QUFDRixRQUFNLFFBQVEsU0FBUyxTQUFTLENBQUMsQ0FBQztBQUNsQyxNQUFJLFdBQVcsS0FBSyxHQUFHO0FBQ3JCLFlBQVEsUUFBUSxLQUFLLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDNUMsVUFBTSxXQUFXO0FBQUEsRUFDbkI7QUFFQSxRQUFNLFVBQVUsMkJBQTJCLE1BQU07QUFDakQsUUFBTSxhQUF5QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQzNELFFBQU0sY0FBYyxjQUFjLFdBQVcsVUFBVSxJQUFJLFdBQVcsYUFBYSxDQUFDO0FBQ3BGLFFBQU0sYUFBYSxPQUFPLEtBQUssV0FBVztBQUMxQyxRQUFNLFdBQVcsTUFBTSxRQUFRLFdBQVcsUUFBUSxJQUM5QyxXQUFXLFNBQVMsT0FBTyxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQzdFLENBQUM7QUFDTCxNQUFJO0FBRUosUUFBTSxXQUF3QjtBQUFBLElBQzVCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFNBQVMsT0FBdUQ7QUFDOUQsWUFBTSxTQUFTLFNBQVMsU0FBUyxLQUFLO0FBQ3RDLFVBQUksV0FBVyxNQUFNLEdBQUc7QUFDdEIsZ0JBQVEsUUFBUSxNQUFNLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDN0MsY0FBTSxXQUFXO0FBQUEsTUFDbkI7QUFDQSxVQUFJLE9BQU8sV0FBVyxPQUFXLFFBQU8sRUFBRSxJQUFJLE1BQU0sT0FBTyxPQUFPLE1BQWlDO0FBQ25HLGFBQU8sRUFBRSxJQUFJLE9BQU8sUUFBUSxPQUFPLE9BQU8sUUFBUSxDQUFDLFVBQVUsY0FBYyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDNUY7QUFBQSxJQUNBLGVBQXVCO0FBQ3JCLG1CQUFhLHVCQUF1QixVQUFVO0FBQzlDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFHUCxXQUFTLGNBQWMsT0FBc0IsT0FBb0M7QUFDL0UsUUFBSSxTQUFTLFdBQVcsU0FBUyxNQUFNLFlBQVksbUJBQW1CLE9BQU8sTUFBTSxTQUFTLFVBQVU7QUFDcEcsYUFBTyx1QkFBdUIsQ0FBQyxLQUFvQyxHQUFHLE9BQU8sVUFBVTtBQUFBLElBQ3pGO0FBQ0EsV0FBTyxDQUFDLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDN0I7QUFDRjtBQVFBLFNBQVMsYUFBYSxPQUF3QztBQUM1RCxRQUFNLFFBQVEsTUFBTSxRQUFRLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWTtBQUMvQyxVQUFNLE1BQU0sT0FBTyxZQUFZLFlBQVksWUFBWSxPQUFPLFFBQVEsTUFBTTtBQUM1RSxXQUFPLE9BQU8sUUFBUSxXQUFXLE1BQU0sT0FBTyxHQUFHO0FBQUEsRUFDbkQsQ0FBQztBQUNELFNBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxTQUFTLE1BQU0sT0FBTyxNQUFNLFNBQVMsV0FBVyxNQUFNLE9BQU8sVUFBVTtBQUN2RztBQUVBLFNBQVMsV0FBVyxPQUErQztBQUNqRSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFRLE1BQTZCLFNBQVM7QUFDdEc7OztBQ2xKQSxZQUFZLE9BQU87QUFZWixTQUFTLGdCQUFnQixRQUFtQztBQUNqRSxNQUFJLE9BQU8sVUFBVSxPQUFXLFFBQVMsVUFBUSxPQUFPLEtBQTRCO0FBQ3BGLE1BQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxFQUFHLFFBQVMsVUFBUSxPQUFPLElBQTZCO0FBQ3JGLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxFQUFHLFFBQVMsUUFBTyxPQUFPLE1BQXVCLElBQUksZUFBZSxDQUFDO0FBQ25HLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxFQUFHLFFBQVMsTUFBSyxPQUFPLE1BQXVCLElBQUksZUFBZSxDQUFDO0FBQ2pHLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLE1BQUksU0FBUyxPQUFXLFFBQVMsVUFBUTtBQUN6QyxRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSyxPQUFvQixDQUFDLElBQWM7QUFDeEUsUUFBTUMsWUFBVyxNQUFNLFNBQVMsTUFBTTtBQUN0QyxRQUFNQyxXQUFVLE1BQU0sT0FBTyxDQUFDLE1BQU0sTUFBTSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU1DLE9BQU0sR0FBRyxNQUFNLENBQUM7QUFDN0UsTUFBSUQsU0FBUSxXQUFXLEVBQUcsUUFBUyxPQUFLO0FBQ3hDLFFBQU0sT0FBT0EsU0FBUSxXQUFXLElBQUlBLFNBQVEsQ0FBQyxJQUFPLFFBQU1BLFFBQU87QUFDakUsU0FBT0QsWUFBYSxXQUFTLElBQUksSUFBSTtBQUN2QztBQUVBLFNBQVNFLE9BQU0sTUFBYyxRQUFtQztBQUM5RCxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFDSCxhQUFPLGFBQWEsTUFBTTtBQUFBLElBQzVCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLGFBQWEsTUFBTSxNQUFNO0FBQUEsSUFDbEMsS0FBSztBQUNILGFBQVMsVUFBUTtBQUFBLElBQ25CLEtBQUssU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLFVBQVUsU0FBYyxVQUFRLElBQUksZ0JBQWdCLE9BQU8sS0FBbUI7QUFDbkcsWUFBTSxTQUF5RSxDQUFDO0FBQ2hGLFVBQUksT0FBTyxPQUFPLGFBQWEsU0FBVSxRQUFPLEtBQU8sWUFBVSxPQUFPLFFBQVEsQ0FBQztBQUNqRixVQUFJLE9BQU8sT0FBTyxhQUFhLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxRQUFRLENBQUM7QUFDakYsWUFBTUMsU0FBVSxRQUFNLEtBQUs7QUFDM0IsYUFBTyxPQUFPLFNBQVMsSUFBSUEsT0FBTSxNQUFNLEdBQUcsTUFBTSxJQUFJQTtBQUFBLElBQ3REO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxhQUFhLE1BQU07QUFBQSxJQUM1QjtBQUNFLFlBQU0sSUFBSSxVQUFVLGlDQUFpQyxLQUFLLFVBQVUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUMvRTtBQUNGO0FBRUEsU0FBUyxhQUFhLFFBQW1DO0FBQ3ZELFFBQU0sU0FBMEMsQ0FBQztBQUNqRCxNQUFJLE9BQU8sT0FBTyxjQUFjLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxTQUFTLENBQUM7QUFDbkYsTUFBSSxPQUFPLE9BQU8sY0FBYyxTQUFVLFFBQU8sS0FBTyxZQUFVLE9BQU8sU0FBUyxDQUFDO0FBQ25GLE1BQUksT0FBTyxPQUFPLFlBQVksVUFBVTtBQUN0QyxVQUFNQyxTQUFRLGVBQWUsT0FBTyxPQUFPO0FBQzNDLFFBQUlBLFdBQVUsT0FBVyxRQUFPLEtBQU8sUUFBTUEsTUFBSyxDQUFDO0FBQUEsRUFDckQ7QUFDQSxRQUFNQyxVQUFXLFNBQU87QUFDeEIsU0FBTyxPQUFPLFNBQVMsSUFBSUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxJQUFJQTtBQUN2RDtBQUVBLFNBQVMsYUFBYSxNQUE0QixRQUFtQztBQUNuRixRQUFNLFNBQTBDLENBQUM7QUFDakQsTUFBSSxPQUFPLE9BQU8sWUFBWSxTQUFVLFFBQU8sS0FBTyxNQUFJLE9BQU8sT0FBTyxDQUFDO0FBQ3pFLE1BQUksT0FBTyxPQUFPLFlBQVksU0FBVSxRQUFPLEtBQU8sTUFBSSxPQUFPLE9BQU8sQ0FBQztBQUN6RSxNQUFJLE9BQU8sT0FBTyxxQkFBcUIsU0FBVSxRQUFPLEtBQU8sS0FBRyxPQUFPLGdCQUFnQixDQUFDO0FBQzFGLE1BQUksT0FBTyxPQUFPLHFCQUFxQixTQUFVLFFBQU8sS0FBTyxLQUFHLE9BQU8sZ0JBQWdCLENBQUM7QUFDMUYsTUFBSSxPQUFPLE9BQU8sZUFBZSxTQUFVLFFBQU8sS0FBTyxhQUFXLE9BQU8sVUFBVSxDQUFDO0FBQ3RGLFFBQU1DLFVBQVMsU0FBUyxZQUFjLE1BQUksSUFBTSxTQUFPO0FBQ3ZELFNBQU8sT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxHQUFHLE1BQU0sSUFBSUE7QUFDdkQ7QUFFQSxTQUFTLGFBQWEsUUFBbUM7QUFDdkQsUUFBTSxhQUFjLE9BQU8sY0FBYyxDQUFDO0FBQzFDLFFBQU0sV0FBVyxJQUFJLElBQUssT0FBTyxZQUFZLENBQUMsQ0FBYztBQUM1RCxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQUc7QUFDekQsVUFBTSxRQUFRLGdCQUFnQixRQUFRO0FBQ3RDLFFBQUksQ0FBQyxTQUFTLElBQUksSUFBSSxFQUFHLE9BQU0sSUFBSSxJQUFNLFdBQVMsS0FBSztBQUFBLFFBRWxELE9BQU0sSUFBSSxJQUFJLGlCQUFpQixRQUFRLElBQU0sY0FBWSxLQUFLLElBQUk7QUFBQSxFQUN6RTtBQUNBLFFBQU0sUUFBUSxPQUFPO0FBQ3JCLE1BQUksVUFBVSxNQUFPLFFBQVMsZUFBYSxLQUFLO0FBQ2hELE1BQUksVUFBVSxVQUFhLFVBQVUsS0FBTSxRQUFTLGNBQVksS0FBSztBQUNyRSxTQUFTLFdBQVcsU0FBTyxLQUFLLEdBQUcsZ0JBQWdCLEtBQW1CLENBQUM7QUFDekU7QUFHQSxTQUFTLGlCQUFpQixRQUE2QjtBQUNyRCxNQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sU0FBUyxPQUFXLFFBQU87QUFDcEUsUUFBTSxlQUFnQixPQUFPLFNBQVMsT0FBTztBQUM3QyxNQUFJLGlCQUFpQixPQUFXLFFBQU8sYUFBYSxLQUFLLGdCQUFnQjtBQUN6RSxTQUFPLE9BQU8sU0FBUztBQUN6Qjs7O0FDckVBLElBQU0sUUFBUSxvQkFBSSxRQUE2QjtBQXFCeEMsU0FBUyxtQkFBbUIsUUFBaUIsV0FBaUMsQ0FBQyxHQUFnQjtBQUNwRyxRQUFNLFFBQThCLEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLGVBQWU7QUFDM0YsTUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLE1BQU07QUFDakQsVUFBTSxTQUFTLE1BQU0sSUFBSSxNQUFNO0FBQy9CLFFBQUksV0FBVyxPQUFXLFFBQU87QUFBQSxFQUNuQztBQUNBLE1BQUk7QUFDSixNQUFJLGlCQUFpQixNQUFNLEdBQUc7QUFDNUIsZUFBVyxzQkFBc0IsUUFBUSxLQUFLO0FBQUEsRUFDaEQsT0FBTztBQUNMLFFBQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsWUFBTSxJQUFJO0FBQUEsUUFDUixpR0FBaUcsS0FBSyxVQUFVLE1BQU0sQ0FBQztBQUFBLFFBQ3ZIO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsY0FBYyxNQUFNLEdBQUc7QUFDMUIsWUFBTSxJQUFJO0FBQUEsUUFDUixzR0FBc0csY0FBYyxNQUFNLENBQUM7QUFBQSxRQUMzSDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxZQUFZLHVCQUF1QixRQUFRLEtBQUs7QUFDdEQsZUFBVyxlQUFlLG9CQUFvQixXQUFXLE9BQU8sRUFBRSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDaEY7QUFDQSxNQUFJLE9BQU8sV0FBVyxZQUFZLFdBQVcsS0FBTSxPQUFNLElBQUksUUFBUSxRQUFRO0FBQzdFLFNBQU87QUFDVDtBQWFPLFNBQVMsb0JBQW9CLFVBQTZCQyxXQUEwQztBQUN6RyxRQUFNLGFBQXlDLENBQUM7QUFDaEQsUUFBTSxnQkFBZ0Isb0JBQUksSUFBWTtBQUN0QyxhQUFXLFFBQVEsVUFBVTtBQUMzQixVQUFNLE9BQU8sU0FBUyxJQUFJO0FBQzFCLFFBQUksU0FBUyxPQUFXO0FBQ3hCLGVBQVcsSUFBSSxJQUFJLENBQUM7QUFDcEIsa0JBQWMsSUFBSSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxhQUFXLFFBQVFBLFdBQVU7QUFDM0IsVUFBTSxPQUFPLFNBQVMsSUFBSTtBQUMxQixRQUFJLFNBQVMsVUFBYSxXQUFXLElBQUksTUFBTSxPQUFXLFlBQVcsSUFBSSxJQUFJLENBQUM7QUFBQSxFQUNoRjtBQUNBLFFBQU0sYUFBeUIsRUFBRSxNQUFNLFVBQVUsV0FBVztBQUM1RCxNQUFJLGNBQWMsT0FBTyxFQUFHLFlBQVcsV0FBVyxDQUFDLEdBQUcsYUFBYTtBQUNuRSxhQUFXLHVCQUF1QjtBQUNsQyxTQUFPLGVBQWUsVUFBVTtBQUNsQztBQUVBLFNBQVMsU0FBUyxNQUFrQztBQUNsRCxNQUFJLFNBQVMsT0FBTyxTQUFTLEdBQUksUUFBTztBQUN4QyxTQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLO0FBQy9CO0FBR0EsU0FBUyxlQUFlLFlBQXFDO0FBQzNELFFBQU0sWUFBWSxnQkFBZ0IsVUFBVTtBQUM1QyxRQUFNLE9BQWtCLGlCQUFpQixVQUFVO0FBQ25ELFFBQU0sYUFBYSxPQUFPLEtBQU0sV0FBVyxjQUFjLENBQUMsQ0FBWTtBQUN0RSxRQUFNLFlBQWEsV0FBVyxZQUFZLENBQUMsR0FBZ0IsTUFBTTtBQUNqRSxNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUyxPQUF1RDtBQUM5RCxVQUFJLEtBQUssS0FBSyxFQUFHLFFBQU8sRUFBRSxJQUFJLE1BQU0sTUFBTTtBQUMxQyxZQUFNLFNBQVMsVUFBVSxVQUFVLE9BQU8sRUFBRSxhQUFhLEtBQUssQ0FBQztBQUMvRCxVQUFJLE9BQU8sUUFBUyxRQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sT0FBTyxLQUFnQztBQUNyRixhQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsdUJBQXVCLE9BQU8sTUFBTSxRQUFRLE9BQU8sVUFBVSxFQUFFO0FBQUEsSUFDN0Y7QUFBQSxJQUNBLGVBQXVCO0FBQ3JCLG1CQUFhLHVCQUF1QixVQUFVO0FBQzlDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGOzs7QUNqSUEsT0FBTyxjQUFjOzs7QUNPZCxTQUFTLGNBQWMsTUFBd0I7QUFDcEQsU0FBTyxTQUFTLE1BQU0sQ0FBQyxJQUFJLEtBQUssTUFBTSxHQUFHO0FBQzNDO0FBR08sU0FBUyxRQUFRLE9BQWdCLEtBQXNCO0FBQzVELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE9BQU8sT0FBTyxPQUFPLEdBQUcsSUFDekUsTUFBa0MsR0FBRyxJQUN0QztBQUNOO0FBR08sU0FBUyxZQUFZLE9BQWdCLE1BQXlCO0FBQ25FLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxVQUFVLFVBQVUsUUFBVyxJQUFLLFNBQVEsUUFBUSxPQUFPLEtBQUssQ0FBQyxDQUFXO0FBQ3JHLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBVyxRQUE0QixLQUFzQjtBQUMzRSxXQUFTLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxHQUFHLEtBQUs7QUFDM0MsVUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE9BQU8sT0FBTyxHQUFHLEdBQUc7QUFDNUUsYUFBUSxNQUFrQyxHQUFHO0FBQUEsSUFDL0M7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXLFFBQTRCLE1BQXlCO0FBQzlFLFFBQU0sUUFBUSxLQUFLLENBQUM7QUFDcEIsTUFBSSxVQUFVLE9BQVcsUUFBTyxPQUFPLE9BQU8sU0FBUyxDQUFDO0FBQ3hELE1BQUksUUFBUSxXQUFXLFFBQVEsS0FBSztBQUNwQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssVUFBVSxVQUFVLFFBQVcsS0FBSztBQUMzRCxZQUFRLFFBQVEsT0FBTyxLQUFLLENBQUMsQ0FBVztBQUFBLEVBQzFDO0FBQ0EsU0FBTztBQUNUOzs7QUROQSxJQUFNLGVBQWlDLENBQUMsTUFBTSxJQUFJO0FBTWxELElBQUk7QUFFSixTQUFTLGNBQTJCO0FBQ2xDLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sU0FBUyxJQUFJLFNBQVMsT0FBTztBQUVuQyxJQUFDLE9BQWlELGdCQUFnQjtBQUNsRSxhQUFTO0FBQUEsRUFDWDtBQUNBLFNBQU87QUFDVDtBQVVPLFNBQVMsY0FBYyxRQUFnQixXQUFpQyxDQUFDLEdBQW1CO0FBQ2pHLE1BQUk7QUFDSixNQUFJO0FBQ0YsYUFBUyxZQUFZLEVBQUUsTUFBTSxRQUFRLFlBQVk7QUFBQSxFQUNuRCxTQUFTLE9BQU87QUFDZCxVQUFNLFlBQVksT0FBTyxRQUFRLFFBQVE7QUFBQSxFQUMzQztBQUNBLFNBQU8sY0FBYyxZQUFZLE1BQU0sQ0FBQztBQUMxQztBQUlBLFNBQVMsWUFBWSxPQUFrQztBQUNyRCxTQUFPLE1BQU0sUUFBUSxLQUFLLElBQUssUUFBb0IsQ0FBQztBQUN0RDtBQUVBLFNBQVMsY0FBYyxRQUEwQztBQUMvRCxRQUFNLFFBQXdCLENBQUM7QUFDL0IsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLFFBQVEsT0FBTyxDQUFDO0FBQ3RCLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsVUFBTSxRQUFRLE9BQU8sTUFBTSxDQUFDLEtBQUssRUFBRTtBQUNuQyxZQUFRLE1BQU07QUFBQSxNQUNaLEtBQUssUUFBUTtBQUNYLGNBQU0sT0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ25DLFlBQUksTUFBTSxTQUFTLE9BQVEsT0FBTSxNQUFNLFNBQVMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxRQUFRLE1BQU0sS0FBSyxPQUFPLE1BQU07QUFBQSxZQUN4RixPQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxNQUFNLENBQUM7QUFDN0M7QUFBQSxNQUNGO0FBQUEsTUFDQSxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsY0FBTSxLQUFLLEVBQUUsTUFBTSxZQUFZLE1BQU0sT0FBTyxNQUFNLGNBQWMsS0FBSyxHQUFHLFNBQVMsU0FBUyxPQUFPLENBQUM7QUFDbEc7QUFBQSxNQUNGLEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFDSCxjQUFNLEtBQUs7QUFBQSxVQUNULE1BQU07QUFBQSxVQUNOLE1BQU07QUFBQSxVQUNOLE1BQU0sY0FBYyxLQUFLO0FBQUEsVUFDekIsVUFBVSxTQUFTO0FBQUEsVUFDbkIsVUFBVSxjQUFjLFlBQVksTUFBTSxDQUFDLENBQUMsQ0FBQztBQUFBLFFBQy9DLENBQUM7QUFDRDtBQUFBLE1BQ0YsS0FBSztBQUNILGNBQU0sS0FBSyxFQUFFLE1BQU0sV0FBVyxNQUFNLE9BQU8sYUFBYSxzQkFBc0IsT0FBTyxPQUFPLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUNyRztBQUFBLE1BQ0Y7QUFFRTtBQUFBLElBQ0o7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBU0EsU0FBUyxzQkFBc0IsT0FBYyxVQUFxQztBQUNoRixRQUFNLGNBQWMsT0FBTyxNQUFNLENBQUMsTUFBTSxXQUFXLE1BQU0sQ0FBQyxJQUFJO0FBQzlELE1BQUksZ0JBQWdCLE1BQU0sTUFBTSxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxLQUFNLFFBQU87QUFDdEUsTUFBSSxhQUFhLFVBQWEsU0FBUyxDQUFDLE1BQU0sVUFBVSxTQUFTLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQ3pGLFNBQU8sWUFBWSxRQUFRLFdBQVcsRUFBRTtBQUMxQztBQUVBLElBQU0saUJBQWlCO0FBRXZCLFNBQVMsWUFBWSxPQUFnQixRQUFnQixVQUFtRDtBQUN0RyxRQUFNLE1BQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSztBQUNqRSxRQUFNLGNBQWMsZUFBZSxLQUFLLEdBQUc7QUFDM0MsUUFBTSxTQUFTLGNBQWMsT0FBTyxZQUFZLENBQUMsQ0FBQyxJQUFJO0FBQ3RELFFBQU0sVUFBVSxvQkFBb0IsR0FBRztBQUN2QyxRQUFNLFFBQThCLEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLFdBQVc7QUFDdkYsTUFBSSxLQUFLO0FBQ1QsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxFQUFFLE1BQUFDLE9BQU0sT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNO0FBQ3JELFFBQUksU0FBUyxTQUFTLFFBQVc7QUFDL0IsWUFBTSxPQUFPLFNBQVMsT0FBT0EsUUFBTztBQUNwQyxZQUFNLFNBQVNBLFVBQVMsS0FBSyxTQUFTLFdBQVcsU0FBWSxTQUFTLFNBQVMsU0FBUyxJQUFJO0FBQUEsSUFDOUYsT0FBTztBQUNMLFdBQUssbUJBQW1CQSxLQUFJLFlBQVksTUFBTTtBQUFBLElBQ2hEO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxrQkFBa0IsNEJBQTRCLEVBQUUsS0FBSyxPQUFPLElBQUksT0FBTyxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBQ3BHO0FBRUEsU0FBUyxvQkFBb0IsS0FBcUI7QUFDaEQsTUFBSSxJQUFJLGdCQUFnQixLQUFLLEdBQUc7QUFDaEMsTUFBSSxFQUFHLFFBQU87QUFDZCxNQUFJLDJCQUEyQixLQUFLLEdBQUc7QUFDdkMsTUFBSSxFQUFHLFFBQU8sT0FBTyxFQUFFLENBQUMsQ0FBQyx1REFBdUQsRUFBRSxDQUFDLENBQUM7QUFDcEYsTUFBSSwyQkFBMkIsS0FBSyxHQUFHO0FBQ3ZDLE1BQUksRUFBRyxRQUFPLGVBQWUsRUFBRSxDQUFDLENBQUMsOEJBQThCLEVBQUUsQ0FBQyxDQUFDO0FBQ25FLE1BQUksc0JBQXNCLEtBQUssR0FBRztBQUNsQyxNQUFJLEVBQUcsUUFBTyw4QkFBOEIsRUFBRSxDQUFDLENBQUM7QUFDaEQsU0FBTyxHQUFHLEdBQUc7QUFDZjtBQUVBLFNBQVMsY0FBYyxRQUFnQixRQUFrRDtBQUN2RixNQUFJQSxRQUFPO0FBQ1gsTUFBSSxZQUFZO0FBQ2hCLFFBQU0sTUFBTSxLQUFLLElBQUksUUFBUSxPQUFPLE1BQU07QUFDMUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUs7QUFDNUIsUUFBSSxPQUFPLFdBQVcsQ0FBQyxNQUFNLElBQUk7QUFDL0IsTUFBQUE7QUFDQSxrQkFBWSxJQUFJO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUSxNQUFNLFlBQVksRUFBRTtBQUM3Qzs7O0FFMUlPLFNBQVMsYUFBYSxPQUErQztBQUMxRSxRQUFNLFdBQVcsb0JBQUksSUFBWTtBQUNqQyxRQUFNLE1BQU0sb0JBQUksSUFBWTtBQUM1QixRQUFNLFNBQVMsb0JBQUksSUFBWTtBQUMvQixRQUFNLGFBQWlDLENBQUM7QUFDeEMsT0FBSyxPQUFPLFFBQVEsRUFBRSxVQUFVLEtBQUssT0FBTyxHQUFHLFVBQVU7QUFDekQsU0FBTztBQUFBLElBQ0wsVUFBVSxDQUFDLEdBQUcsUUFBUTtBQUFBLElBQ3RCLEtBQUssQ0FBQyxHQUFHLEdBQUc7QUFBQSxJQUNaLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUNuRCxVQUFVLENBQUMsR0FBRyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQUEsSUFDcEQ7QUFBQSxFQUNGO0FBQ0Y7QUFZTyxTQUFTLGdCQUFnQixRQUFnQixVQUFtRDtBQUNqRyxRQUFNLEVBQUUsVUFBVSxLQUFLLFFBQVEsU0FBUyxJQUFJLGFBQWEsY0FBYyxRQUFRLFFBQVEsQ0FBQztBQUN4RixTQUFPLEVBQUUsVUFBVSxLQUFLLFFBQVEsU0FBUztBQUMzQztBQVFBLFNBQVMsS0FBSyxPQUFnQyxPQUFpQixPQUFpQixZQUFzQztBQUNwSCxhQUFXLFFBQVEsT0FBTztBQUN4QixZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFDSCxnQkFBUSxLQUFLLEtBQUssQ0FBQyxHQUFHLE9BQU8sT0FBTyxLQUFLO0FBQ3pDO0FBQUEsTUFDRixLQUFLLFdBQVc7QUFDZCxnQkFBUSxLQUFLLEtBQUssQ0FBQyxHQUFHLE9BQU8sTUFBTSxLQUFLO0FBQ3hDLGNBQU0sUUFBa0IsS0FBSyxZQUFZLFVBQVUsV0FBVyxnQkFBZ0I7QUFDOUUsYUFBSyxLQUFLLFVBQVUsT0FBTyxPQUFPLFVBQVU7QUFDNUM7QUFBQSxNQUNGO0FBQUEsTUFDQSxLQUFLO0FBQ0gsbUJBQVcsS0FBSyxFQUFFLE1BQU0sS0FBSyxNQUFNLE1BQU0sQ0FBQztBQUMxQztBQUFBLE1BQ0Y7QUFDRTtBQUFBLElBQ0o7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsT0FBMkIsT0FBaUIsV0FBb0IsT0FBdUI7QUFDdEcsTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxVQUFVLFVBQVU7QUFDdEIsVUFBTSxPQUFPLElBQUksS0FBSztBQUN0QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLElBQUksSUFBSSxLQUFLO0FBQ25CLE1BQUksVUFBVSxVQUFVLENBQUMsVUFBVyxPQUFNLFNBQVMsSUFBSSxLQUFLO0FBQzlEOzs7QUNyRU8sU0FBUyxvQkFBb0IsTUFBcUIsU0FBK0M7QUFDdEcsUUFBTSxRQUFRLG9CQUFJLElBQTZCO0FBQy9DLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLFFBQStELEtBQUssU0FBUyxJQUFJLENBQUMsVUFBVTtBQUFBLElBQ2hHO0FBQUEsSUFDQSxVQUFVLFFBQVEsU0FBUztBQUFBLEVBQzdCLEVBQUU7QUFDRixXQUFTLE9BQU8sTUFBTSxNQUFNLEdBQUcsU0FBUyxRQUFXLE9BQU8sTUFBTSxNQUFNLEdBQUc7QUFDdkUsVUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJO0FBQzNCLFFBQUksS0FBSyxJQUFJLElBQUksRUFBRztBQUNwQixTQUFLLElBQUksSUFBSTtBQUNiLFVBQU0sU0FBUyxRQUFRLFVBQVUsSUFBSTtBQUNyQyxRQUFJLFdBQVcsUUFBVztBQUN4QixVQUFJLFFBQVEsT0FBUSxPQUFNLG9CQUFvQixNQUFNLFVBQVUsUUFBUSxRQUFRO0FBQzlFLGNBQVEsS0FBSyxJQUFJO0FBQ2pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxjQUFjLFFBQVEsRUFBRSxZQUFZLE1BQU0sT0FBTyxXQUFXLENBQUM7QUFDM0UsVUFBTSxXQUFXLGFBQWEsS0FBSztBQUNuQyxVQUFNLElBQUksTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLFNBQVMsQ0FBQztBQUNqRCxlQUFXLFFBQVEsU0FBUyxTQUFVLE9BQU0sS0FBSyxFQUFFLE1BQU0sTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLEVBQ2pGO0FBQ0EsUUFBTSxRQUFRLGlCQUFpQixNQUFNLEtBQUs7QUFDMUMsTUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDbkMsVUFBTSxJQUFJO0FBQUEsTUFDUix5QkFBeUIsTUFBTSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssVUFBSyxDQUFDLG9GQUNsQixJQUFJLDBEQUNwQixJQUFJO0FBQUEsTUFDakMsRUFBRSxHQUFHLFFBQVEsVUFBVSxPQUFPLFFBQVEsU0FBUyxTQUFTLFdBQVc7QUFBQSxJQUNyRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsT0FBTyxRQUFRO0FBQzFCO0FBRUEsU0FBUyxvQkFDUCxNQUNBLFVBQ0EsVUFDbUI7QUFDbkIsUUFBTSxLQUFLLGFBQWEsU0FBWSxLQUFLLGtCQUFrQixRQUFRO0FBQ25FLFNBQU8sSUFBSTtBQUFBLElBQ1QsWUFBWSxJQUFJLGNBQWMsRUFBRSxxQkFBcUIsSUFBSSxxRkFDWCxJQUFJO0FBQUEsSUFDbEQsRUFBRSxHQUFHLFVBQVUsT0FBTyxTQUFTLFNBQVMsV0FBVztBQUFBLEVBQ3JEO0FBQ0Y7QUFNQSxTQUFTLGlCQUFpQixNQUFxQixPQUFtRTtBQUNoSCxRQUFNLGdCQUFnQixDQUFDLGFBQ3JCLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUN6RSxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLFNBQW1CLENBQUM7QUFFMUIsUUFBTSxRQUFRLENBQUMsU0FBdUM7QUFDcEQsVUFBTSxLQUFLLE9BQU8sUUFBUSxJQUFJO0FBQzlCLFFBQUksTUFBTSxFQUFHLFFBQU8sQ0FBQyxHQUFHLE9BQU8sTUFBTSxFQUFFLEdBQUcsSUFBSTtBQUM5QyxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsUUFBTztBQUMzQixVQUFNLFVBQVUsTUFBTSxJQUFJLElBQUk7QUFDOUIsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxXQUFPLEtBQUssSUFBSTtBQUNoQixlQUFXLFFBQVEsY0FBYyxRQUFRLFFBQVEsR0FBRztBQUNsRCxZQUFNLFFBQVEsTUFBTSxJQUFJO0FBQ3hCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFBQSxJQUNsQztBQUNBLFdBQU8sSUFBSTtBQUNYLFNBQUssSUFBSSxJQUFJO0FBQ2IsV0FBTztBQUFBLEVBQ1Q7QUFFQSxhQUFXLFFBQVEsQ0FBQyxHQUFHLGNBQWMsSUFBSSxHQUFHLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRztBQUM1RCxVQUFNLFFBQVEsTUFBTSxJQUFJO0FBQ3hCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFBQSxFQUNsQztBQUNBLFNBQU87QUFDVDtBQVVPLFNBQVMscUJBQXFCLE1BQXFCLE9BQXVDO0FBQy9GLFFBQU0sV0FBVyxvQkFBSSxJQUFZO0FBQ2pDLFFBQU0sTUFBTSxvQkFBSSxJQUFZO0FBQzVCLFFBQU0sU0FBUyxvQkFBSSxJQUFZO0FBRS9CLFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBRTlCLFFBQU0sTUFBTSxDQUFDLFVBQXlCLGNBQStCO0FBQ25FLFFBQUksY0FBYyxXQUFZLFlBQVcsUUFBUSxTQUFTLFNBQVUsVUFBUyxJQUFJLElBQUk7QUFDckYsZUFBVyxRQUFRLFNBQVMsSUFBSyxFQUFDLGNBQWMsV0FBVyxTQUFTLEtBQUssSUFBSSxJQUFJO0FBQ2pGLGVBQVcsUUFBUSxTQUFTLE9BQVEsUUFBTyxJQUFJLElBQUk7QUFDbkQsZUFBVyxPQUFPLFNBQVMsWUFBWTtBQUNyQyxZQUFNLFVBQVUsTUFBTSxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ3hDLFlBQU0sUUFBUSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQzFDLFlBQU0sTUFBTSxHQUFHLEtBQUssSUFBSSxJQUFJLElBQUk7QUFDaEMsVUFBSSxZQUFZLFVBQWEsTUFBTSxJQUFJLEdBQUcsRUFBRztBQUM3QyxZQUFNLElBQUksR0FBRztBQUNiLFVBQUksUUFBUSxVQUFVLEtBQUs7QUFBQSxJQUM3QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sVUFBVTtBQUNwQixTQUFPO0FBQUEsSUFDTCxVQUFVLENBQUMsR0FBRyxRQUFRO0FBQUEsSUFDdEIsS0FBSyxDQUFDLEdBQUcsR0FBRztBQUFBLElBQ1osUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sQ0FBQyxTQUFTLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQztBQUFBLElBQ25ELFVBQVUsS0FBSztBQUFBLEVBQ2pCO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsT0FBa0IsT0FBNEI7QUFDN0QsTUFBSSxVQUFVLFlBQVksVUFBVSxTQUFVLFFBQU87QUFDckQsTUFBSSxVQUFVLGlCQUFpQixVQUFVLGNBQWUsUUFBTztBQUMvRCxTQUFPO0FBQ1Q7OztBQ3pKTyxTQUFTLE9BQU8sT0FBd0I7QUFDN0MsTUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBVyxRQUFPO0FBQ2xELFVBQVEsT0FBTyxPQUFPO0FBQUEsSUFDcEIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sT0FBTyxLQUFLO0FBQUEsSUFDckIsS0FBSztBQUNILGFBQU8sYUFBYSxLQUFLO0FBQUEsSUFDM0I7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxhQUFhLE9BQXVCO0FBQzNDLE1BQUksaUJBQWlCLEtBQU0sUUFBTyxPQUFPLE1BQU0sTUFBTSxRQUFRLENBQUMsSUFBSSxLQUFLLE1BQU0sWUFBWTtBQUN6RixNQUFJO0FBQ0YsV0FBTyxLQUFLLFVBQVUsS0FBSyxLQUFLO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU8sY0FBYyxLQUFLO0FBQUEsRUFDNUI7QUFDRjtBQUVBLFNBQVMsY0FBYyxPQUF1QjtBQUM1QyxRQUFNLE9BQU8sb0JBQUksUUFBZ0I7QUFDakMsU0FDRSxLQUFLLFVBQVUsT0FBTyxDQUFDLE1BQU0sU0FBa0I7QUFDN0MsUUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLEtBQUssU0FBUztBQUNuRCxRQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsTUFBTTtBQUM3QyxVQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsUUFBTztBQUMzQixXQUFLLElBQUksSUFBSTtBQUFBLElBQ2Y7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDLEtBQUs7QUFFVjtBQU9PLFNBQVMsYUFBYSxPQUF5QjtBQUNwRCxTQUFPLENBQUMsU0FBUyxPQUFPLFVBQVUsY0FBZSxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sV0FBVztBQUM1Rjs7O0FDdkNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sc0JBQXNCO0FBMEQ1QixTQUFTLGdCQUFnQixRQUFnQixVQUFrQyxDQUFDLEdBQXFCO0FBQ3RHLFFBQU0sV0FBVyxRQUFRLFlBQVksQ0FBQztBQUN0QyxRQUFNLFFBQVEsY0FBYyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxRQUFRLGFBQWEsS0FBSztBQUNoQyxRQUFNLFFBQVEsb0JBQW9CLE9BQU87QUFBQSxJQUN2QyxTQUFTLFFBQVE7QUFBQSxJQUNqQixRQUFRLFFBQVEsVUFBVTtBQUFBLElBQzFCO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxXQUFXLHFCQUFxQixPQUFPLEtBQUs7QUFDbEQsUUFBTSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU07QUFDOUMsTUFBSSxTQUFTLE9BQVcsUUFBTyxFQUFFLFFBQVEsVUFBVSxpQkFBaUIsTUFBTSxTQUFTLFFBQVEsS0FBSztBQUNoRyxRQUFNLE9BQU8sSUFBSSxhQUFhLE9BQU8sUUFBUSxRQUFRLFFBQVEsRUFBRSxRQUFRLEtBQUs7QUFDNUUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTTtBQUFBLElBQ3ZCLE9BQU8sTUFBdUI7QUFDNUIsYUFBTyxLQUFLLEVBQUUsUUFBUSxDQUFDLElBQUksR0FBRyxPQUFPLEdBQUcsVUFBVSxFQUFFLENBQUM7QUFBQSxJQUN2RDtBQUFBLEVBQ0Y7QUFDRjtBQU9BLFNBQVMsWUFDUCxPQUNBLFlBQ3lDO0FBQ3pDLFFBQU0sUUFBa0IsQ0FBQyxFQUFFO0FBQzNCLFFBQU0sUUFBMEMsQ0FBQztBQUNqRCxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLEtBQUssU0FBUyxRQUFRO0FBQ3hCLFlBQU0sTUFBTSxTQUFTLENBQUMsS0FBSyxLQUFLO0FBQUEsSUFDbEMsV0FBVyxLQUFLLFNBQVMsWUFBWTtBQUNuQyxZQUFNLEtBQUssYUFBYSxLQUFLLE1BQU0sS0FBSyxVQUFVLGFBQWEsTUFBUyxDQUFDO0FBQ3pFLFlBQU0sS0FBSyxFQUFFO0FBQUEsSUFDZixPQUFPO0FBQ0wsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0EsU0FBTyxTQUFTLE9BQU8sS0FBSztBQUM5QjtBQUVBLFNBQVMsYUFDUCxNQUNBLFlBQzJCO0FBQzNCLFFBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsTUFBSSxLQUFLLFdBQVcsS0FBSyxRQUFRLFFBQVc7QUFDMUMsV0FBTyxlQUFlLFNBQ2xCLENBQUMsU0FBUyxPQUFPLFFBQVEsTUFBTSxHQUFHLENBQUMsSUFDbkMsQ0FBQyxTQUFTLFdBQVcsT0FBTyxRQUFRLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNyRDtBQUNBLFNBQU8sZUFBZSxTQUNsQixDQUFDLFNBQVMsT0FBTyxZQUFZLE1BQU0sSUFBSSxDQUFDLElBQ3hDLENBQUMsU0FBUyxXQUFXLE9BQU8sWUFBWSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQzFEO0FBR0EsSUFBTSxlQUFOLE1BQW1CO0FBQUEsRUFHakIsWUFDbUIsT0FDQSxZQUNBLFVBQ2pCO0FBSGlCO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFIZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBTEYsZUFBZSxvQkFBSSxJQUE2QjtBQUFBLEVBUWpFLFFBQVEsT0FBMEM7QUFFaEQsVUFBTSxRQUFrQixDQUFDLEVBQUU7QUFDM0IsVUFBTSxRQUFvQixDQUFDO0FBQzNCLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxTQUFTLFFBQVE7QUFDeEIsY0FBTSxNQUFNLFNBQVMsQ0FBQyxLQUFLLEtBQUs7QUFBQSxNQUNsQyxPQUFPO0FBQ0wsY0FBTSxLQUFLLEtBQUssWUFBWSxJQUFJLENBQUM7QUFDakMsY0FBTSxLQUFLLEVBQUU7QUFBQSxNQUNmO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUyxPQUFPLEtBQUs7QUFBQSxFQUM5QjtBQUFBLEVBRVEsWUFBWSxNQUF5RDtBQUMzRSxZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFDSCxlQUFPLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxVQUFVLEtBQUssYUFBYSxNQUFTO0FBQUEsTUFDNUUsS0FBSztBQUNILGVBQU8sS0FBSyxXQUFXLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxRQUFRLEtBQUssUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLEtBQUssTUFBTSxJQUFJO0FBQUEsTUFDN0csS0FBSztBQUNILGVBQU8sS0FBSyxRQUFRLEtBQUssTUFBTSxLQUFLLFdBQVc7QUFBQSxJQUNuRDtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFNBQVMsTUFBeUIsWUFBOEQ7QUFDdEcsVUFBTSxNQUFNLEtBQUssQ0FBQztBQUNsQixRQUFJLEtBQUssV0FBVyxLQUFLLFFBQVEsUUFBVztBQUMxQyxhQUFPLGVBQWUsU0FDbEIsQ0FBQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFFBQVEsR0FBRyxDQUFDLElBQ3ZDLENBQUMsTUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFFBQVEsR0FBRyxDQUFDLENBQUM7QUFBQSxJQUN6RDtBQUNBLFdBQU8sZUFBZSxTQUNsQixDQUFDLE1BQU0sT0FBTyxXQUFXLEVBQUUsUUFBUSxJQUFJLENBQUMsSUFDeEMsQ0FBQyxNQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzFEO0FBQUEsRUFFUSxTQUFTLE1BQXlCLE1BQTBCO0FBQ2xFLFdBQU8sQ0FBQyxNQUFPLGFBQWEsV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDLElBQUksS0FBSyxDQUFDLElBQUk7QUFBQSxFQUN0RTtBQUFBLEVBRVEsUUFBUSxNQUF5QixNQUFnRTtBQUN2RyxVQUFNLE9BQU8sS0FBSyxRQUFRLEtBQUssUUFBUTtBQUN2QyxXQUFPLENBQUMsTUFBTTtBQUNaLFlBQU0sUUFBUSxXQUFXLEVBQUUsUUFBUSxJQUFJO0FBQ3ZDLFVBQUksYUFBYSxLQUFLLEVBQUcsUUFBTztBQUNoQyxZQUFNLFNBQVMsRUFBRTtBQUNqQixVQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsWUFBSUMsT0FBTTtBQUNWLGlCQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGlCQUFPLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDcEIsVUFBQUEsUUFBTyxLQUFLLENBQUM7QUFDYixpQkFBTyxJQUFJO0FBQUEsUUFDYjtBQUNBLGVBQU9BO0FBQUEsTUFDVDtBQUNBLGFBQU8sS0FBSyxLQUFLO0FBQ2pCLFlBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsYUFBTyxJQUFJO0FBQ1gsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFFUSxRQUFRLE1BQWMsYUFBK0I7QUFFM0QsUUFBSTtBQUNKLFdBQU8sQ0FBQyxNQUFNO0FBQ1osVUFBSSxhQUFhLE9BQVcsWUFBVyxLQUFLLFVBQVUsTUFBTSxXQUFXO0FBQ3ZFLFVBQUksYUFBYSxLQUFNLFFBQU87QUFDOUIsVUFBSSxFQUFFLFNBQVMsa0JBQW1CLE9BQU0sS0FBSyxXQUFXLE1BQU0sb0JBQW9CLGlCQUFpQixTQUFTO0FBQzVHLFVBQUksRUFBRSxFQUFFLFdBQVcscUJBQXFCO0FBQ3RDLGNBQU0sS0FBSyxXQUFXLE1BQU0sMEJBQTBCLG1CQUFtQixzQkFBc0I7QUFBQSxNQUNqRztBQUNBLFFBQUU7QUFDRixZQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ3RCLFFBQUU7QUFDRixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR1EsVUFBVSxNQUFjLGFBQXNDO0FBQ3BFLFVBQU0sTUFBTSxHQUFHLFdBQVcsS0FBUyxJQUFJO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLGFBQWEsSUFBSSxHQUFHO0FBQ3hDLFFBQUksV0FBVyxPQUFXLFFBQU87QUFDakMsVUFBTSxXQUFXLEtBQUssTUFBTSxNQUFNLElBQUksSUFBSTtBQUMxQyxRQUFJQyxNQUFzQjtBQUMxQixRQUFJLGFBQWEsUUFBVztBQUMxQixZQUFNLFFBQ0osZ0JBQWdCLEtBQ1osU0FBUyxRQUNULGNBQWMsWUFBWSxTQUFTLFFBQVEsV0FBVyxHQUFHLEVBQUUsWUFBWSxNQUFNLE9BQU8sV0FBVyxDQUFDO0FBQ3RHLE1BQUFBLE1BQUssS0FBSyxRQUFRLEtBQUs7QUFBQSxJQUN6QjtBQUNBLFNBQUssYUFBYSxJQUFJLEtBQUtBLEdBQUU7QUFDN0IsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxXQUFXLE1BQWMsTUFBaUM7QUFDaEUsV0FBTyxJQUFJO0FBQUEsTUFDVCxZQUFZLElBQUksYUFBYSxJQUFJO0FBQUEsTUFFakMsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPLEtBQUssU0FBUyxTQUFTLFdBQVc7QUFBQSxJQUMvRDtBQUFBLEVBQ0Y7QUFDRjtBQU1BLFNBQVMsU0FBWSxPQUEwQixPQUE4RDtBQUUzRyxRQUFNLENBQUMsS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUk7QUFDeEUsUUFBTSxDQUFDLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxFQUFFLElBQUk7QUFDakMsVUFBUSxNQUFNLFFBQVE7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxNQUFNO0FBQUEsSUFDZixLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sT0FBTyxLQUFNLEtBQWMsQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUk7QUFBQSxJQUMvRSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQU0sS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDOUQsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDckYsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJLEtBQU0sR0FBWSxDQUFDLElBQUk7QUFBQSxJQUM1RyxLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQ04sS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkO0FBQUEsSUFDSixLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQ04sS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2Q7QUFBQSxJQUNKLFNBQVM7QUFDUCxZQUFNLFFBQVEsTUFBTTtBQUNwQixhQUFPLENBQUMsTUFBTTtBQUNaLFlBQUksTUFBTTtBQUNWLGlCQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sSUFBSyxRQUFRLE1BQU0sQ0FBQyxFQUFXLENBQUMsSUFBSSxNQUFNLElBQUksQ0FBQztBQUMxRSxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFlBQVksUUFBZ0IsYUFBNkI7QUFDaEUsU0FBTyxPQUNKLE1BQU0sSUFBSSxFQUNWLElBQUksQ0FBQ0MsVUFBVUEsTUFBSyxTQUFTLElBQUksY0FBY0EsUUFBT0EsS0FBSyxFQUMzRCxLQUFLLElBQUk7QUFDZDs7O0FDek9BLElBQU0sZUFBa0QsT0FBTyxPQUFPLENBQUMsQ0FBQztBQVNqRSxTQUFTLGNBQWNDLFNBQXNCLFVBQWdDLENBQUMsR0FBbUI7QUFDdEcsUUFBTSxTQUFTLFFBQVEsVUFBVTtBQUNqQyxRQUFNLE9BQTZCLEVBQUUsWUFBWUEsUUFBTyxLQUFLO0FBQzdELE1BQUksUUFBUSxTQUFTLE9BQVcsTUFBSyxPQUFPLFFBQVE7QUFDcEQsUUFBTSxVQUFVLGdCQUFnQixRQUFRLFVBQVUsSUFBSTtBQUN0RCxRQUFNLFVBQVUsQ0FBQyxRQUFnQixPQUFlQyxVQUFvQztBQUNsRixVQUFNLFdBQWlDLEVBQUUsR0FBRyxNQUFNLE1BQU07QUFDeEQsUUFBSUEsVUFBUyxPQUFXLFVBQVMsT0FBT0E7QUFDeEMsV0FBTyxnQkFBZ0IsUUFBUSxFQUFFLFNBQVMsU0FBUyxRQUFRLFNBQVMsQ0FBQztBQUFBLEVBQ3ZFO0FBRUEsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJRCxRQUFPLFNBQVMsUUFBUTtBQUMxQixRQUFJLE9BQU9BLFFBQU8sYUFBYSxVQUFVO0FBQ3ZDLFlBQU0sSUFBSSxrQkFBa0Isa0VBQWtFO0FBQUEsUUFDNUYsR0FBRztBQUFBLFFBQ0gsT0FBTztBQUFBLE1BQ1QsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLFFBQVFBLFFBQU8sVUFBVSxZQUFZLFFBQVEsWUFBWTtBQUFBLEVBQ2xFLFdBQVdBLFFBQU8sU0FBUyxRQUFRO0FBQ2pDLGVBQVcsZ0JBQWdCQSxRQUFPLFVBQVUsTUFBTSxPQUFPO0FBQUEsRUFDM0QsT0FBTztBQUNMLFVBQU0sSUFBSSxrQkFBa0IsdUJBQXVCLEtBQUssVUFBVUEsUUFBTyxJQUFJLENBQUMsMEJBQTBCO0FBQUEsTUFDdEcsR0FBRztBQUFBLE1BQ0gsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFFQSxRQUFNLFlBQVksU0FBUyxTQUFZLENBQUMsSUFBSSxJQUFJLFlBQVksWUFBWSxDQUFDLENBQUM7QUFDMUUsUUFBTSxPQUFPLGNBQWMsU0FBUztBQUNwQyxRQUFNLFdBQVdBLFFBQU8sT0FBTyxXQUFXLFVBQWFBLFFBQU8sT0FBTyxXQUFXO0FBQ2hGLFFBQU1FLGVBQWMsY0FBY0YsU0FBUSxNQUFNLElBQUk7QUFDcEQsUUFBTSxZQUFZLFlBQVksZ0JBQWdCRSxZQUFXLElBQUlBLGFBQVksYUFBYSxLQUFLO0FBQzNGLFFBQU0sV0FBVyxXQUFXRixTQUFRLElBQUk7QUFDeEMsU0FBTyxJQUFJLE9BQU9BLFNBQVFFLGNBQWEsV0FBVyxLQUFLLFVBQVUsUUFBUSxVQUFVLE1BQU0sUUFBUTtBQUNuRztBQVFPLFNBQVMsZUFBZUYsU0FBZ0M7QUFDN0QsUUFBTSxRQUFRLG9CQUFJLElBQVk7QUFDOUIsUUFBTSxNQUFNLENBQUMsUUFBaUIsVUFBd0I7QUFDcEQsUUFBSSxPQUFPLFdBQVcsU0FBVTtBQUNoQyxlQUFXLFFBQVEsZ0JBQWdCLFFBQVEsRUFBRSxZQUFZQSxRQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUUsU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLEVBQ3pHO0FBQ0EsTUFBSUEsUUFBTyxVQUFVLFVBQVU7QUFDL0IsTUFBSSxNQUFNLFFBQVFBLFFBQU8sUUFBUSxHQUFHO0FBQ2xDLElBQUFBLFFBQU8sU0FBUyxRQUFRLENBQUMsU0FBUyxNQUFNO0FBQ3RDLFVBQUksT0FBTyxZQUFZLFlBQVksWUFBWSxRQUFRLGFBQWEsU0FBUztBQUMzRSxZQUFJLFFBQVEsU0FBUyxZQUFZLENBQUMsV0FBVztBQUFBLE1BQy9DO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUs7QUFDbEI7QUFFQSxJQUFNLFNBQU4sTUFBdUM7QUFBQSxFQUNyQyxZQUNXQSxTQUNBRSxjQUNBLFdBQ0EsVUFDUSxRQUNBLFVBQ0EsTUFDQSxVQUNqQjtBQVJTLGtCQUFBRjtBQUNBLHVCQUFBRTtBQUNBO0FBQ0E7QUFDUTtBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFSUTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUduQixPQUFPLE1BQWdDLFNBQWlDO0FBQ3RFLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFFBQUksU0FBUyxRQUFXO0FBQ3RCLFlBQU0sSUFBSTtBQUFBLFFBQ1IsV0FBVyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxLQUFLLE1BQU0sTUFBTSxTQUFTLFVBQVUsS0FBSyxRQUFRLE1BQVM7QUFDeEUsV0FBTyxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzFCO0FBQUEsRUFFQSxlQUNFLE1BQ0EsY0FDQSxTQUNlO0FBQ2YsVUFBTSxXQUFXLEtBQUs7QUFDdEIsUUFBSSxhQUFhLFFBQVc7QUFDMUIsWUFBTSxJQUFJO0FBQUEsUUFDUixXQUFXLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDekI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLFNBQVMsVUFBVSxLQUFLO0FBQ3ZDLFVBQU0sU0FBNkIsQ0FBQztBQUNwQyxVQUFNLFdBQVcsa0JBQWtCLFVBQVUsY0FBYyxRQUFRLE1BQU07QUFDekUsVUFBTSxRQUFRLEtBQUssTUFBTSxNQUFNLFFBQVEsTUFBTTtBQUM3QyxVQUFNLE1BQXFCLENBQUM7QUFDNUIsZUFBVyxXQUFXLFVBQVU7QUFDOUIsVUFBSSxRQUFRLFNBQVMsV0FBVztBQUM5QixZQUFJLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxTQUFTLFFBQVEsU0FBUyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQUEsTUFDMUUsT0FBTztBQUNMLG1CQUFXLEtBQUssU0FBUyxJQUFJLFFBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFJLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsUUFBUSxDQUFDO0FBQUEsTUFDakc7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTVEsTUFDTixNQUNBLFFBQ0EsYUFDeUI7QUFDekIsUUFBSSxTQUFTLFdBQWMsT0FBTyxTQUFTLFlBQVksU0FBUyxRQUFRLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDNUYsWUFBTSxRQUFRLEVBQUUsTUFBTSxDQUFDLEdBQUcsTUFBTSxnQkFBZ0IsU0FBUyxvQ0FBb0MsU0FBUyxJQUFJLENBQUMsR0FBRztBQUM5RyxZQUFNLElBQUksaUJBQWlCLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxTQUFTLENBQUMsR0FBSSxlQUFlLENBQUMsR0FBSSxLQUFLLENBQUM7QUFBQSxJQUNuRztBQUNBLFVBQU0sUUFBUSxLQUFLLGFBQWEsU0FBYSxRQUFRLGVBQWdCLGFBQWEsS0FBSyxVQUFVLElBQUk7QUFDckcsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxRQUFRO0FBQ1YsWUFBTSxTQUFTLEtBQUssWUFBWSxTQUFTLEtBQUs7QUFDOUMsVUFBSSxPQUFPLEdBQUksU0FBUSxPQUFPO0FBQUEsVUFDekIsVUFBUyxXQUFXLFNBQVksT0FBTyxTQUFTLENBQUMsR0FBRyxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQUEsSUFDbkY7QUFDQSxRQUFJLFdBQVcsVUFBYSxPQUFPLFNBQVMsR0FBRztBQUM3QyxZQUFNLElBQUksaUJBQWlCLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxTQUFTLE1BQU07QUFBQSxJQUMxRTtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxRQUFnQjtBQUN0QixXQUFPLEdBQUcsS0FBSyxPQUFPLElBQUksSUFBSSxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ25EO0FBQ0Y7QUFFQSxTQUFTLGdCQUNQLFFBQ0EsTUFDNkI7QUFDN0IsTUFBSSxXQUFXLE9BQVcsUUFBTztBQUNqQyxTQUFPLENBQUMsU0FBUztBQUNmLFVBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxRQUFJLFFBQVEsU0FBUyxVQUFVLE9BQU8sUUFBUSxhQUFhLFVBQVU7QUFDbkUsWUFBTSxJQUFJO0FBQUEsUUFDUixZQUFZLElBQUksVUFBVSxPQUFPLFFBQVEsSUFBSSxDQUFDLDJFQUN0QixJQUFJO0FBQUEsUUFDNUIsRUFBRSxHQUFHLE1BQU0sT0FBTyxXQUFXO0FBQUEsTUFDL0I7QUFBQSxJQUNGO0FBQ0EsV0FBTyxRQUFRO0FBQUEsRUFDakI7QUFDRjtBQUVBLFNBQVMsZ0JBQ1AsVUFDQSxNQUNBLFNBQ21CO0FBQ25CLE1BQUksQ0FBQyxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzVCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLEVBQUUsR0FBRyxNQUFNLE9BQU8sV0FBVztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUNBLFNBQU8sU0FBUyxJQUFJLENBQUMsT0FBZ0IsTUFBdUI7QUFDMUQsVUFBTSxRQUFRLFlBQVksQ0FBQztBQUMzQixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsTUFBTTtBQUMvQyxZQUFNLElBQUk7QUFDVixVQUFJLE9BQU8sRUFBRSxnQkFBZ0IsWUFBWSxFQUFFLFlBQVksVUFBYSxFQUFFLFNBQVMsUUFBVztBQUN4RixlQUFPLEVBQUUsTUFBTSxlQUFlLE1BQU0sRUFBRSxZQUFZO0FBQUEsTUFDcEQ7QUFDQSxVQUFJLE9BQU8sRUFBRSxTQUFTLFlBQVksRUFBRSxTQUFTLE1BQU0sT0FBTyxFQUFFLFlBQVksVUFBVTtBQUNoRixlQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sRUFBRSxNQUFNLFVBQVUsUUFBUSxFQUFFLFNBQVMsR0FBRyxLQUFLLFVBQVUsRUFBRTtBQUFBLE1BQzNGO0FBQUEsSUFDRjtBQUNBLFVBQU0sSUFBSTtBQUFBLE1BQ1IsdUZBQXVGLFNBQVMsS0FBSyxDQUFDO0FBQUEsTUFFdEcsRUFBRSxHQUFHLE1BQU0sTUFBTTtBQUFBLElBQ25CO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLFlBQVksVUFBMEQ7QUFDN0UsUUFBTSxZQUFnQyxDQUFDO0FBQ3ZDLGFBQVcsS0FBSyxTQUFVLEtBQUksRUFBRSxTQUFTLFVBQVcsV0FBVSxLQUFLLEVBQUUsUUFBUTtBQUM3RSxTQUFPO0FBQ1Q7QUFVQSxTQUFTLGNBQWMsV0FBdUQ7QUFDNUUsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsUUFBTSxNQUFNLG9CQUFJLElBQVk7QUFDNUIsUUFBTSxTQUFTLG9CQUFJLElBQVk7QUFDL0IsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsYUFBVyxLQUFLLFdBQVc7QUFDekIsZUFBVyxRQUFRLEVBQUUsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQ3pELGVBQVcsUUFBUSxFQUFFLFNBQVMsSUFBSyxLQUFJLElBQUksSUFBSTtBQUMvQyxlQUFXLFFBQVEsRUFBRSxTQUFTLE9BQVEsUUFBTyxJQUFJLElBQUk7QUFDckQsZUFBVyxRQUFRLEVBQUUsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQUEsRUFDM0Q7QUFHQSxRQUFNQyxZQUFXLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsR0FBRyxLQUFLLEdBQUcsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLFNBQVMsSUFBSSxJQUFJLENBQUM7QUFDdkYsU0FBTyxFQUFFLFVBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxVQUFBQSxXQUFVLEtBQUssQ0FBQyxHQUFHLEdBQUcsR0FBRyxVQUFVLENBQUMsR0FBRyxRQUFRLEVBQUU7QUFDckY7QUFHQSxTQUFTLGNBQWNILFNBQXNCLE1BQXFCLE1BQXlDO0FBQ3pHLFFBQU0sV0FBV0EsUUFBTyxPQUFPO0FBQy9CLE1BQUksYUFBYSxVQUFhLGFBQWEsS0FBTSxRQUFPLG9CQUFvQixLQUFLLFVBQVUsS0FBSyxRQUFRO0FBQ3hHLFFBQU0sU0FBUyxtQkFBbUIsVUFBVSxFQUFFLEdBQUcsTUFBTSxPQUFPLGVBQWUsQ0FBQztBQUU5RSxNQUFJLENBQUMsZ0JBQWdCLE1BQU0sRUFBRyxRQUFPO0FBQ3JDLFFBQU0sUUFBUSxJQUFJLElBQUksT0FBTyxVQUFVO0FBQ3ZDLFFBQU0sYUFBYSxLQUFLLElBQUksT0FBTyxDQUFDLFNBQVMsQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQzdELE1BQUksV0FBVyxTQUFTLEdBQUc7QUFDekIsVUFBTSxPQUFPLFdBQVcsSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFDdEQsVUFBTSxDQUFDLElBQUksSUFBSSxJQUFJLFdBQVcsV0FBVyxJQUFJLENBQUMsWUFBWSxJQUFJLElBQUksQ0FBQyxhQUFhLE1BQU07QUFDdEYsVUFBTSxJQUFJO0FBQUEsTUFDUixxQkFBcUIsRUFBRSxJQUFJLElBQUksZ0RBQWdELElBQUksaUNBQ3BFLElBQUk7QUFBQSxNQUNuQixFQUFFLEdBQUcsTUFBTSxPQUFPLGVBQWU7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFNQSxTQUFTLGFBQ1AsVUFDQSxNQUN5QjtBQUN6QixRQUFNLFFBQWlDLEVBQUUsR0FBRyxVQUFVLEdBQUcsS0FBSztBQUM5RCxNQUFJLFNBQVMsUUFBVztBQUN0QixlQUFXLE9BQU8sVUFBVTtBQUMxQixVQUFJLE1BQU0sR0FBRyxNQUFNLFVBQWEsT0FBTyxPQUFPLFVBQVUsR0FBRyxFQUFHLE9BQU0sR0FBRyxJQUFJLFNBQVMsR0FBRztBQUFBLElBQ3pGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFFBQThCO0FBQ3JELFFBQU0sYUFBYSxPQUFPLFdBQVc7QUFDckMsU0FBTyxPQUFPLGVBQWUsWUFBWSxlQUFlO0FBQzFEO0FBRUEsU0FBUyxXQUFXQSxTQUFzQixNQUEyRTtBQUNuSCxRQUFNLFdBQW9CQSxRQUFPLE9BQU87QUFDeEMsTUFBSSxhQUFhLFVBQWEsYUFBYSxLQUFNLFFBQU87QUFDeEQsTUFBSSxPQUFPLGFBQWEsWUFBWSxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzNELFVBQU0sSUFBSSxrQkFBa0IsMkRBQTJELFNBQVMsUUFBUSxDQUFDLElBQUk7QUFBQSxNQUMzRyxHQUFHO0FBQUEsTUFDSCxPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sT0FBTyxLQUFLLFFBQVEsRUFBRSxXQUFXLElBQUksU0FBYTtBQUMzRDtBQUdBLFNBQVMsa0JBQ1AsVUFDQSxjQUNBLFFBQ0EsUUFDcUM7QUFDckMsUUFBTSxTQUFTLG9CQUFJLElBQW9DO0FBQ3ZELGFBQVcsV0FBVyxVQUFVO0FBQzlCLFFBQUksUUFBUSxTQUFTLGlCQUFpQixPQUFPLElBQUksUUFBUSxJQUFJLEVBQUc7QUFDaEUsVUFBTSxPQUFPLFFBQVE7QUFDckIsVUFBTSxRQUNKLGlCQUFpQixVQUFhLGlCQUFpQixRQUFRLE9BQU8sT0FBTyxjQUFjLElBQUksSUFDbkYsYUFBYSxJQUFJLElBQ2pCO0FBQ04sUUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBSSxRQUFRO0FBQ1YsZUFBTyxLQUFLO0FBQUEsVUFDVixNQUFNLENBQUMsSUFBSTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sU0FBUyxnQkFBZ0IsSUFBSTtBQUFBLFFBQy9CLENBQUM7QUFBQSxNQUNIO0FBQ0E7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDekIsYUFBTyxLQUFLO0FBQUEsUUFDVixNQUFNLENBQUMsSUFBSTtBQUFBLFFBQ1gsTUFBTTtBQUFBLFFBQ04sU0FBUyxnQkFBZ0IsSUFBSSx5REFBeUQsU0FBUyxLQUFLLENBQUM7QUFBQSxNQUN2RyxDQUFDO0FBQ0Q7QUFBQSxJQUNGO0FBQ0EsUUFBSUksU0FBUTtBQUNaLFVBQU0sUUFBUSxDQUFDLEdBQVksTUFBTTtBQUMvQixVQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sTUFBTTtBQUN2QyxRQUFBQSxTQUFRO0FBQ1IsZUFBTyxLQUFLO0FBQUEsVUFDVixNQUFNLENBQUMsTUFBTSxDQUFDO0FBQUEsVUFDZCxNQUFNO0FBQUEsVUFDTixTQUFTLGtDQUFrQyxTQUFTLENBQUMsQ0FBQztBQUFBLFFBQ3hELENBQUM7QUFDRDtBQUFBLE1BQ0Y7QUFDQSxZQUFNLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDMUIsVUFBSSxPQUFPLFNBQVMsWUFBWSxTQUFTLElBQUk7QUFDM0MsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsTUFBTSxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsNkJBQTZCLENBQUM7QUFBQSxNQUN0RztBQUNBLFVBQUksT0FBTyxZQUFZLFVBQVU7QUFDL0IsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsU0FBUyxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsbUJBQW1CLENBQUM7QUFBQSxNQUMvRjtBQUFBLElBQ0YsQ0FBQztBQUNELFFBQUlBLE9BQU8sUUFBTyxJQUFJLE1BQU0sS0FBK0I7QUFBQSxFQUM3RDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsU0FBUyxPQUF3QjtBQUN4QyxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2pDLFNBQU8sT0FBTyxVQUFVLFdBQVcsY0FBYyxLQUFLLE9BQU8sS0FBSztBQUNwRTs7O0FDdmJBLE9BQU8sV0FBVztBQUNsQixZQUFZQyxRQUFPOzs7QUNDWixJQUFNLGtCQUFrQjtBQUUvQixJQUFNLGVBQWU7QUFHZCxTQUFTLFlBQVksTUFBK0I7QUFDekQsU0FBTyxPQUFPLFNBQVMsWUFBWSxLQUFLLFVBQVUsbUJBQW1CLGFBQWEsS0FBSyxJQUFJO0FBQzdGO0FBR08sU0FBUyxtQkFBbUIsTUFBbUM7QUFDcEUsTUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLHVDQUF1QyxPQUFPLElBQUk7QUFDdkYsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLE1BQUksS0FBSyxTQUFTO0FBQ2hCLFdBQU8saUNBQWlDLGVBQWUsb0JBQW9CLEtBQUssTUFBTTtBQUN4RixNQUFJLGFBQWEsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFdBQU0sSUFBSTtBQUM5RSxTQUNFLHVCQUF1QixLQUFLO0FBR2hDOzs7QURYTyxJQUFNLGdCQUFnQjtBQUFBLEVBQzNCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBR08sSUFBTSxnQkFBZ0I7QUFHdEIsSUFBTSxlQUFlO0FBR3JCLElBQU0sc0JBQXNCO0FBR25DLElBQU0saUJBQWlCO0FBT3ZCLElBQU0sZ0JBQWdCLENBQUMsVUFBMkIsTUFBTSxLQUFLLE1BQU07QUFFbkUsSUFBTSxhQUNILFVBQU87QUFBQSxFQUNOLE9BQU8sQ0FBQyxRQUNOLElBQUksVUFBVSxTQUNWLHNFQUNBLG1CQUFtQixJQUFJLEtBQUs7QUFDcEMsQ0FBQyxFQUNBLE1BQVEsVUFBTyxhQUFhLEVBQUUsT0FBTyxDQUFDLFFBQVEsbUJBQW1CLElBQUksS0FBSyxFQUFFLENBQUMsQ0FBQztBQUVqRixJQUFNLGdCQUNILFVBQU87QUFBQSxFQUNOLE9BQU8sQ0FBQyxRQUNOLElBQUksVUFBVSxTQUNWLG9GQUNBLE9BQU8sSUFBSSxVQUFVLFdBQ25CLHFFQUFxRSxPQUFPLElBQUksS0FBSyxDQUFDLDBFQUNiLGFBQWEsSUFBSSxLQUFLLENBQUMsa0JBQ2hHLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDO0FBQzVGLENBQUMsRUFDQTtBQUFBLEVBQ0csVUFBTyxlQUFlO0FBQUEsSUFDdEIsT0FBTyxDQUFDLFFBQVE7QUFDZCxZQUFNLFVBQVUsT0FBTyxJQUFJLFVBQVUsV0FBVyxNQUFNLElBQUksS0FBSyxJQUFJO0FBQ25FLGFBQ0Usd0ZBQXdGLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQyxNQUNoSCxZQUFZLE9BQU8sS0FBSyxZQUFZLE9BQU87QUFBQSxJQUVoRDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUYsU0FBUyxhQUFhLE9BQXVCO0FBQzNDLFFBQU0sT0FBTyxPQUFPLEtBQUs7QUFDekIsU0FBTyxLQUFLLFNBQVMsR0FBRyxJQUFJLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRDtBQUVBLElBQU0sZUFBaUI7QUFBQSxFQUNuQixVQUFPLEVBQUUsT0FBTyxDQUFDLFFBQVEsaUNBQWlDLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUU7QUFBQSxJQUN0RixVQUFPLENBQUMsVUFBVSxjQUFjLEtBQUssS0FBSyxHQUFHO0FBQUEsTUFDN0MsT0FBTyxDQUFDLFFBQ04saUJBQWlCLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQztBQUFBLElBQzlDLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQTtBQUFBLElBQ0UsT0FBTyxDQUFDLFFBQVEsd0VBQXdFLGNBQWMsSUFBSSxLQUFLLENBQUM7QUFBQSxFQUNsSDtBQUNGO0FBRUEsSUFBTSxhQUFlLFFBQUssQ0FBQyxRQUFRLE1BQU0sR0FBRztBQUFBLEVBQzFDLE9BQU8sQ0FBQyxRQUNOLHVCQUF1QixLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUMsOERBQy9DLE9BQU8sSUFBSSxVQUFVLFdBQVcsS0FBSyxJQUFJLE9BQU8sQ0FBQyxRQUFRLE1BQU0sQ0FBQyxJQUFJO0FBQ3pFLENBQUM7QUFFRCxJQUFNLGlCQUFtQixVQUFPO0FBQUEsRUFDOUIsT0FBTyxDQUFDLFFBQ04sMERBQTBELGNBQWMsSUFBSSxLQUFLLENBQUMsTUFDakYsTUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLDJEQUEyRDtBQUMzRixDQUFDO0FBRUQsSUFBTSxnQkFBa0IsV0FBUSxFQUFFO0FBQUEsRUFDOUIsZUFBWSxDQUFDLE9BQU8sUUFBUTtBQUM1QixVQUFNLFVBQVUsc0JBQXNCLEtBQUs7QUFDM0MsUUFBSSxZQUFZO0FBQ2QsVUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNIO0FBRUEsSUFBTSxpQkFBbUIsU0FBTSxlQUFlO0FBQUEsRUFDNUMsT0FBTyxDQUFDLFFBQ04sa0ZBQWtGLGNBQWMsSUFBSSxLQUFLLENBQUM7QUFDOUcsQ0FBQztBQUVELElBQU0sV0FBVyxDQUFDLFNBQ2QsV0FBUSxFQUFFO0FBQUEsRUFDUixlQUFZLENBQUMsT0FBTyxRQUFRO0FBQzVCLFVBQU0sVUFBVSxZQUFZLE9BQU8sQ0FBQyxHQUFHLENBQUM7QUFDeEMsUUFBSSxZQUFZLFFBQVc7QUFDekIsVUFBSSxTQUFTO0FBQUEsUUFDWCxNQUFNO0FBQUEsUUFDTixTQUFTLEdBQUcsSUFBSSwyRUFBMkUsUUFBUSxPQUFPO0FBQUEsUUFDMUcsTUFBTSxRQUFRO0FBQUEsUUFDZCxPQUFPO0FBQUEsTUFDVCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUYsSUFBTSxpQkFBbUIsVUFBUyxVQUFPLEdBQUssV0FBUSxHQUFHO0FBQUEsRUFDdkQsT0FBTyxDQUFDLFFBQVEsMERBQTBELGNBQWMsSUFBSSxLQUFLLENBQUM7QUFDcEcsQ0FBQztBQUVELElBQU0sY0FBZ0I7QUFBQSxFQUNwQixFQUFFLFFBQVUsWUFBVyxXQUFRLENBQUMsR0FBRyxTQUFXLFlBQVMsY0FBYyxFQUFFO0FBQUEsRUFDdkUsRUFBRSxPQUFPLENBQUMsUUFBUSxZQUFZLEtBQUssV0FBVyxDQUFDLFVBQVUsU0FBUyxDQUFDLEVBQUU7QUFDdkU7QUFFQSxJQUFNLGVBQWlCO0FBQUEsRUFDckIsRUFBRSxRQUFVLFlBQVcsV0FBUSxDQUFDLEVBQUU7QUFBQSxFQUNsQyxFQUFFLE9BQU8sQ0FBQyxRQUFRLFlBQVksS0FBSyxZQUFZLENBQUMsUUFBUSxDQUFDLEVBQUU7QUFDN0Q7QUFFQSxJQUFNLGlCQUFpQixDQUFDLFVBQ3BCLFlBQVcsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLElBQUksS0FBSywyQkFBMkIsY0FBYyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUV6RyxJQUFNLGlCQUFtQjtBQUFBLEVBQ3ZCO0FBQUEsSUFDRSxhQUFhLGVBQWUsc0JBQXNCO0FBQUEsSUFDbEQsT0FBTyxlQUFlLGdCQUFnQjtBQUFBLElBQ3RDLE1BQVE7QUFBQSxNQUNKLFNBQVEsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLCtCQUErQixjQUFjLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHO0FBQUEsUUFDL0YsT0FBTyxDQUFDLFFBQVEsa0RBQWtELGNBQWMsSUFBSSxLQUFLLENBQUM7QUFBQSxNQUM1RixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLEVBQUUsT0FBTyxDQUFDLFFBQVEsd0VBQW1FLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRztBQUNsSDtBQUVBLElBQU0sYUFBZSxVQUFPLEVBQUUsT0FBTyxDQUFDLFFBQVEsZ0NBQWdDLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUN4RyxVQUFPLENBQUMsU0FBUyxhQUFhLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDMUMsT0FBTyxDQUFDLFFBQ04scUVBQXFFLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQztBQUFBLEVBRWxHLENBQUM7QUFDSDtBQUVBLElBQU0sZUFBaUI7QUFBQSxFQUNyQjtBQUFBLElBQ0UsTUFBTTtBQUFBLElBQ04sU0FBUztBQUFBLElBQ1QsUUFBVSxZQUFTLFlBQVk7QUFBQSxJQUMvQixNQUFRLFlBQVMsVUFBVTtBQUFBLElBQzNCLFVBQVksWUFBUyxjQUFjO0FBQUEsSUFDbkMsVUFBWSxZQUFTLGNBQWM7QUFBQSxJQUNuQyxPQUFTLFlBQVMsV0FBVztBQUFBLElBQzdCLFFBQVUsWUFBUyxZQUFZO0FBQUEsSUFDL0IsT0FBUyxZQUFTLFNBQVMsU0FBUyxDQUFDO0FBQUEsSUFDckMsVUFBWSxZQUFTLGNBQWM7QUFBQSxJQUNuQyxNQUFRLFlBQVMsVUFBVTtBQUFBLEVBQzdCO0FBQUEsRUFDQSxFQUFFLE9BQU8sQ0FBQyxRQUFRLFlBQVksS0FBSyxtQkFBbUIsYUFBYSxFQUFFO0FBQ3ZFO0FBRUEsU0FBUyxZQUFZLEtBQVksTUFBYyxTQUFvQztBQUNqRixNQUFJLElBQUksU0FBUyxxQkFBcUI7QUFDcEMsVUFBTSxNQUFPLElBQTJCLEtBQUssQ0FBQyxLQUFLO0FBQ25ELFdBQU8sa0JBQWtCLEdBQUcsUUFBUSxJQUFJLEdBQUcsS0FBSyxLQUFLLE9BQU8sQ0FBQyxvQkFBb0IsUUFBUSxLQUFLLElBQUksQ0FBQztBQUFBLEVBQ3JHO0FBQ0EsU0FBTyxHQUFHLElBQUksMkJBQTJCLGNBQWMsSUFBSSxLQUFLLENBQUM7QUFDbkU7QUFFQSxTQUFTLEtBQUssT0FBZSxZQUF1QztBQUNsRSxRQUFNLFFBQVEsYUFBYSxPQUFPLFVBQVU7QUFDNUMsU0FBTyxVQUFVLFNBQVksTUFBTSxtQkFBbUIsS0FBSztBQUM3RDtBQW9DTyxTQUFTLFlBQVksT0FBZ0IsVUFBeUM7QUFDbkYsUUFBTSxRQUFRLE9BQU8sYUFBYSxXQUFXLEVBQUUsTUFBTSxTQUFTLElBQUksRUFBRSxHQUFHLFNBQVM7QUFDaEYsUUFBTSxhQUFhLGNBQWMsS0FBSyxLQUFLLFlBQVksTUFBTSxJQUFJLElBQUksTUFBTSxPQUFPO0FBQ2xGLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQXlDO0FBQ3JFLFVBQU0sUUFBUSxnQkFBZ0IsSUFBSTtBQUNsQyxVQUFNLElBQUksa0JBQWtCLFFBQVEsRUFBRSxHQUFHLE9BQU8sT0FBTyxVQUFVLEtBQUssU0FBWSxPQUFPLFdBQVcsQ0FBQztBQUFBLEVBQ3ZHO0FBRUEsTUFBSSxDQUFDLGNBQWMsS0FBSyxHQUFHO0FBQ3pCLFdBQU8sS0FBSywyRUFBc0UsY0FBYyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM5RztBQUNBLFFBQU0sU0FBUyxhQUFhLFVBQVUsYUFBYSxLQUFLLENBQUM7QUFDekQsTUFBSSxDQUFDLE9BQU8sU0FBUztBQUNuQixVQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sQ0FBQztBQUNuQyxVQUFNLE9BQU8sTUFBTSxLQUFLLElBQUksQ0FBQyxZQUFhLE9BQU8sWUFBWSxXQUFXLE9BQU8sT0FBTyxJQUFJLE9BQVE7QUFDbEcsUUFBSSxNQUFNLFNBQVMsb0JBQXFCLE1BQUssS0FBSyxNQUFNLEtBQUssQ0FBQyxLQUFLLEVBQUU7QUFDckUsV0FBTyxLQUFLLE1BQU0sU0FBUyxJQUFJO0FBQUEsRUFDakM7QUFDQSxRQUFNLE9BQU8sT0FBTztBQUNwQixRQUFNLE9BQU8sWUFBWSxNQUFNLElBQUk7QUFFbkMsUUFBTSxTQUFTLEtBQUs7QUFDcEIsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsZUFBVyxDQUFDLE9BQU8sS0FBSyxLQUFLLE9BQU8sUUFBUSxHQUFHO0FBQzdDLFVBQUksS0FBSyxJQUFJLEtBQUssRUFBRyxNQUFLLFVBQVUsS0FBSywyQ0FBMkMsQ0FBQyxVQUFVLEtBQUssQ0FBQztBQUNyRyxXQUFLLElBQUksS0FBSztBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUNBLE1BQUksS0FBSyxhQUFhLFFBQVc7QUFDL0IsVUFBTSxVQUFVLFlBQVksS0FBSyxVQUFVLENBQUMsR0FBRyxDQUFDO0FBQ2hELFFBQUksWUFBWSxRQUFXO0FBQ3pCLFdBQUsscUZBQXFGLFFBQVEsT0FBTyxJQUFJO0FBQUEsUUFDM0c7QUFBQSxRQUNBLEdBQUcsUUFBUTtBQUFBLE1BQ2IsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLE9BQU8sT0FBTyxZQUFZLElBQUk7QUFDOUMsY0FBWSxLQUFLLFFBQVEsT0FBTyxVQUFVO0FBRTFDLFFBQU1DLFVBQXVCLEVBQUUsTUFBTSxLQUFLLE1BQU0sU0FBUyxLQUFLLFFBQVE7QUFDdEUsTUFBSSxXQUFXLE9BQVcsQ0FBQUEsUUFBTyxTQUFTLENBQUMsR0FBRyxNQUFNO0FBQ3BELEVBQUFBLFFBQU8sT0FBTztBQUNkLE1BQUksU0FBUyxPQUFRLENBQUFBLFFBQU8sV0FBVyxLQUFLO0FBQUEsTUFDdkMsQ0FBQUEsUUFBTyxXQUFZLEtBQUssU0FBbUMsSUFBSSxDQUFDLGFBQWEsRUFBRSxHQUFHLFFBQVEsRUFBRTtBQUNqRyxNQUFJLEtBQUssVUFBVSxPQUFXLENBQUFBLFFBQU8sUUFBUSxFQUFFLEdBQUcsS0FBSyxNQUFNO0FBQzdELE1BQUksS0FBSyxXQUFXLE9BQVcsQ0FBQUEsUUFBTyxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU87QUFDaEUsTUFBSSxLQUFLLFVBQVUsT0FBVyxDQUFBQSxRQUFPLFFBQVEsS0FBSztBQUNsRCxNQUFJLEtBQUssYUFBYSxPQUFXLENBQUFBLFFBQU8sV0FBVyxFQUFFLEdBQUcsS0FBSyxTQUFTO0FBQ3RFLE1BQUksS0FBSyxTQUFTLE9BQVcsQ0FBQUEsUUFBTyxPQUFPLEtBQUs7QUFDaEQsU0FBT0E7QUFDVDtBQUtBLFNBQVMsYUFBYSxPQUF5RDtBQUM3RSxNQUFJO0FBQ0osYUFBVyxDQUFDLEtBQUssSUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDL0MsUUFBSSxTQUFTLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVztBQUMxRCxZQUFRLEVBQUUsR0FBRyxNQUFNO0FBQ25CLFdBQU8sSUFBSSxHQUFHO0FBQUEsRUFDaEI7QUFDQSxTQUFPLE9BQU87QUFDaEI7QUFFQSxTQUFTLFlBQVksTUFBb0MsTUFBNkI7QUFDcEYsUUFBTSxjQUFjLEtBQUssYUFBYTtBQUN0QyxRQUFNLGNBQWMsS0FBSyxhQUFhO0FBQ3RDLE1BQUksT0FBTyxLQUFLO0FBQ2hCLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFFBQUksZUFBZSxhQUFhO0FBQzlCO0FBQUEsUUFDRTtBQUFBLFFBQ0EsQ0FBQyxNQUFNO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsZUFBZSxDQUFDLGFBQWE7QUFDaEMsV0FBSyw4RkFBOEYsQ0FBQyxVQUFVLENBQUM7QUFBQSxJQUNqSDtBQUNBLFdBQU8sY0FBYyxTQUFTO0FBQUEsRUFDaEM7QUFDQSxNQUFJLFNBQVMsUUFBUTtBQUNuQixRQUFJLENBQUMsYUFBYTtBQUNoQjtBQUFBLFFBQ0UsY0FDSSwwR0FDQTtBQUFBLFFBQ0osQ0FBQyxjQUFjLGFBQWEsVUFBVTtBQUFBLE1BQ3hDO0FBQUEsSUFDRjtBQUNBLFFBQUk7QUFDRixXQUFLLDJGQUEyRixDQUFDLFVBQVUsQ0FBQztBQUFBLEVBQ2hILE9BQU87QUFDTCxRQUFJLGFBQWE7QUFDZixXQUFLLHFHQUFxRztBQUFBLFFBQ3hHO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUNBLFFBQUksQ0FBQyxhQUFhO0FBQ2hCLFdBQUssMEZBQTBGLENBQUMsVUFBVSxDQUFDO0FBQUEsSUFDN0c7QUFDQSxRQUFJLEtBQUssU0FBVSxXQUFXLEVBQUcsTUFBSyw0Q0FBNEMsQ0FBQyxVQUFVLENBQUM7QUFBQSxFQUNoRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsc0JBQXNCLE9BQXVFO0FBQ3BHLFFBQU0sUUFBUTtBQUNkLE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxRQUFPLEVBQUUsU0FBUyxHQUFHLEtBQUssU0FBUyxjQUFjLEtBQUssQ0FBQyxJQUFJLE1BQU0sQ0FBQyxFQUFFO0FBQy9GLE1BQUksaUJBQWlCLE9BQU87QUFDMUIsVUFBTSxRQUFRLE9BQU8sS0FBSyxLQUFLLEVBQUUsS0FBSyxDQUFDLFFBQVEsUUFBUSxhQUFhO0FBQ3BFLFFBQUksVUFBVSxRQUFXO0FBQ3ZCLGFBQU87QUFBQSxRQUNMLFNBQVMsd0VBQXdFLEtBQUs7QUFBQSxRQUN0RixNQUFNLENBQUMsS0FBSztBQUFBLE1BQ2Q7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLE1BQU0sZ0JBQWdCLFlBQVksQ0FBQyxvQkFBb0IsS0FBSyxNQUFNLFdBQVcsR0FBRztBQUN6RixhQUFPO0FBQUEsUUFDTCxTQUFTLHdGQUF3RixjQUFjLE1BQU0sV0FBVyxDQUFDO0FBQUEsUUFDakksTUFBTSxDQUFDLGFBQWE7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsT0FBTyxPQUFPLEtBQUssS0FBSyxHQUFHO0FBQ3BDLFFBQUksUUFBUSxVQUFVLFFBQVEsV0FBVztBQUN2QyxhQUFPO0FBQUEsUUFDTCxTQUFTLGtCQUFrQixHQUFHLGlCQUFpQixLQUFLLEtBQUssQ0FBQyxRQUFRLFdBQVcsYUFBYSxDQUFDLENBQUMsSUFBSSxLQUFLO0FBQUEsUUFDckcsTUFBTSxDQUFDLEdBQUc7QUFBQSxNQUNaO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sU0FBUztBQUNqQixXQUFPLEVBQUUsU0FBUyxnRUFBMkQsS0FBSyxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUU7QUFDdkcsTUFBSSxPQUFPLE1BQU0sU0FBUyxZQUFZLE1BQU0sS0FBSyxLQUFLLE1BQU0sSUFBSTtBQUM5RCxXQUFPO0FBQUEsTUFDTCxTQUFTLHlEQUF5RCxjQUFjLE1BQU0sSUFBSSxDQUFDO0FBQUEsTUFDM0YsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNmO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxZQUFZO0FBQ3BCLFdBQU8sRUFBRSxTQUFTLHlEQUF5RCxLQUFLLElBQUksTUFBTSxDQUFDLFNBQVMsRUFBRTtBQUN4RyxNQUFJLE9BQU8sTUFBTSxZQUFZLFVBQVU7QUFDckMsV0FBTztBQUFBLE1BQ0wsU0FBUyx5REFBeUQsY0FBYyxNQUFNLE9BQU8sQ0FBQztBQUFBLE1BQzlGLE1BQU0sQ0FBQyxTQUFTO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUNQLE9BQ0EsT0FDQSxZQUNBLE1BQ007QUFDTixNQUFJLFVBQVUsT0FBVztBQUN6QixNQUFJLE1BQU0sWUFBWSxRQUFXO0FBQy9CLFVBQU0sVUFBVSxZQUFZLE1BQU0sU0FBUyxDQUFDLEdBQUcsQ0FBQztBQUNoRCxRQUFJLFlBQVksUUFBVztBQUN6QixXQUFLLHVDQUF1QyxRQUFRLE9BQU8sSUFBSSxDQUFDLFNBQVMsV0FBVyxHQUFHLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDdEc7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFdBQVcsVUFBYSxNQUFNLFdBQVcsS0FBTTtBQUN6RCxRQUFNLFNBQVMsbUJBQW1CLE1BQU0sUUFBUSxFQUFFLEdBQUcsT0FBTyxZQUFZLE9BQU8sZUFBZSxDQUFDO0FBQy9GLE1BQUksTUFBTSxZQUFZLE9BQVc7QUFDakMsUUFBTSxTQUFTLE9BQU8sU0FBUyxNQUFNLE9BQU87QUFDNUMsTUFBSSxPQUFPLEdBQUk7QUFDZixRQUFNLFFBQVEsT0FBTyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxTQUFTO0FBQzVELE1BQUksVUFBVSxPQUFXO0FBQ3pCLE9BQUssb0RBQW9ELE1BQU0sT0FBTyxJQUFJLENBQUMsU0FBUyxXQUFXLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0c7QUFFQSxTQUFTLFlBQ1AsUUFDQSxPQUNBLFlBQ007QUFDTixRQUFNLFNBQVMsUUFBUTtBQUN2QixNQUFJLFdBQVcsVUFBYSxXQUFXLFFBQVEsaUJBQWlCLE1BQU0sRUFBRztBQUN6RSx5QkFBdUIsUUFBUSxFQUFFLEdBQUcsT0FBTyxZQUFZLE9BQU8sZ0JBQWdCLENBQUM7QUFDakY7QUFHQSxTQUFTLFlBQ1AsT0FDQSxNQUNBQyxRQUN1RDtBQUN2RCxNQUFJQSxTQUFRLGVBQWdCLFFBQU8sRUFBRSxTQUFTLG9CQUFvQixjQUFjLGdCQUFnQixLQUFLO0FBQ3JHLE1BQUksVUFBVSxRQUFRLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxVQUFXLFFBQU87QUFDdEYsTUFBSSxPQUFPLFVBQVU7QUFDbkIsV0FBTyxPQUFPLFNBQVMsS0FBSyxJQUFJLFNBQVksRUFBRSxTQUFTLEdBQUcsT0FBTyxLQUFLLENBQUMseUJBQXlCLEtBQUs7QUFDdkcsTUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGFBQVMsUUFBUSxHQUFHLFFBQVEsTUFBTSxRQUFRLFNBQVM7QUFDakQsWUFBTSxVQUFVLFlBQVksTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLE1BQU0sS0FBSyxHQUFHQSxTQUFRLENBQUM7QUFDckUsVUFBSSxZQUFZLE9BQVcsUUFBTztBQUFBLElBQ3BDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE9BQU8sVUFBVSxVQUFVO0FBQzdCLFVBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxRQUFJLFVBQVUsT0FBTyxhQUFhLFVBQVUsTUFBTTtBQUNoRCxhQUFPO0FBQUEsUUFDTCxTQUFTLFdBQVksTUFBaUIsYUFBYSxRQUFRLFdBQVc7QUFBQSxRQUN0RTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsZUFBVyxDQUFDLEtBQUssSUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDL0MsVUFBSSxTQUFTLE9BQVc7QUFDeEIsWUFBTSxVQUFVLFlBQVksTUFBTSxDQUFDLEdBQUcsTUFBTSxHQUFHLEdBQUdBLFNBQVEsQ0FBQztBQUMzRCxVQUFJLFlBQVksT0FBVyxRQUFPO0FBQUEsSUFDcEM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sRUFBRSxTQUFTLFNBQVMsY0FBYyxLQUFLLENBQUMsSUFBSSxLQUFLO0FBQzFEOzs7QUV2Y0EsT0FBTyxtQkFBbUI7QUFDMUIsT0FBTyxzQkFBc0I7QUFDN0IsT0FBTyxpQkFBaUI7QUFDeEIsT0FBTyx5QkFBeUI7QUFDaEMsT0FBTyxzQkFBc0I7QUFnQjdCLElBQU1DLGlCQUFnQjtBQU1mLFNBQVMsVUFBVSxNQUEwQjtBQUNsRCxNQUFJLE9BQU8sU0FBUyxTQUFVLE9BQU0sSUFBSSxZQUFZLHVDQUF1QyxPQUFPLElBQUksRUFBRTtBQUN4RyxRQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUU7QUFDaEQsUUFBTSxXQUFXLE9BQU8sS0FBSyxTQUFZLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDMUQsUUFBTSxVQUFVLG1CQUFtQixJQUFJO0FBQ3ZDLE1BQUksWUFBWSxPQUFXLE9BQU0sSUFBSSxZQUFZLEdBQUcsT0FBTyxhQUFhLEtBQUssVUFBVSxJQUFJLENBQUMsR0FBRztBQUMvRixNQUFJLGFBQWEsT0FBVyxxQkFBb0IsVUFBVSxJQUFJO0FBQzlELFNBQU8sRUFBRSxNQUFNLFNBQVM7QUFDMUI7QUFHTyxTQUFTLG9CQUFvQixVQUFrQixVQUFrQixVQUFnQjtBQUN0RixNQUFJLFNBQVMsV0FBVyxLQUFLLFNBQVMsU0FBUyxPQUFPLGFBQWEsUUFBUSxNQUFNLFFBQVc7QUFDMUYsVUFBTSxJQUFJO0FBQUEsTUFDUixvQkFBb0IsS0FBSyxVQUFVLFFBQVEsQ0FBQyxPQUFPLEtBQUssVUFBVSxPQUFPLENBQUM7QUFBQSxJQUU1RTtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsYUFBYSxVQUE0QztBQUN2RSxNQUFJLGFBQWEsU0FBVSxRQUFPO0FBQ2xDLE1BQUksWUFBWSxRQUFRLE1BQU0sU0FBVSxRQUFPO0FBQy9DLE1BQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFNLFFBQU87QUFDaEQsTUFBSUEsZUFBYyxLQUFLLFFBQVEsRUFBRyxRQUFPO0FBQ3pDLFNBQU87QUFDVDtBQUdPLFNBQVMsZ0JBQWdCLFVBQTJCO0FBQ3pELFNBQU8sYUFBYSxRQUFRLE1BQU07QUFDcEM7QUFHTyxTQUFTLHVCQUFzRCxVQUE2QjtBQUNqRyxTQUFPLENBQUMsR0FBRyxRQUFRLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxjQUFjLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQztBQUN6RTtBQVlPLFNBQVMsZ0JBQXVDLFVBQXdCLFVBQWlDO0FBQzlHLFFBQU0sT0FBTyxhQUFhLFFBQVE7QUFDbEMsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsYUFBTyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxRQUFRO0FBQUEsSUFDcEQsS0FBSyxVQUFVO0FBQ2IsVUFBSTtBQUNKLGlCQUFXLEtBQUssVUFBVTtBQUN4QixZQUFJLGlCQUFpQixFQUFFLE9BQU8sTUFBTSxLQUFNO0FBQzFDLFlBQUksU0FBUyxVQUFhLGNBQWMsRUFBRSxTQUFTLEtBQUssT0FBTyxJQUFJLEVBQUcsUUFBTztBQUFBLE1BQy9FO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLEtBQUssU0FBUztBQUNaLFlBQU0sU0FBUztBQUFBLFFBQ2IsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU87QUFBQSxRQUM3QjtBQUFBLE1BQ0Y7QUFDQSxhQUFPLFdBQVcsT0FBTyxTQUFZLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxZQUFZLE1BQU07QUFBQSxJQUNoRjtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sU0FBUyxRQUFRLENBQUM7QUFBQSxJQUN6RDtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHTyxTQUFTLFNBQVMsVUFBMEQ7QUFDakYsUUFBTSxNQUE4QixDQUFDO0FBQ3JDLGFBQVcsS0FBSyxTQUFVLFlBQVcsU0FBUyxFQUFFLE9BQVEsS0FBSSxLQUFLLElBQUksRUFBRTtBQUN2RSxTQUFPO0FBQ1Q7OztBQzNFTyxJQUFNLGdCQUFOLE1BQW9CO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQUt6QixTQUFTO0FBQUEsRUFFQSxVQUFVLG9CQUFJLElBQW9DO0FBQUEsRUFDM0QsT0FBc0IsQ0FBQztBQUFBLEVBQ2Q7QUFBQSxFQUNBLFVBQVUsb0JBQUksUUFBcUI7QUFBQSxFQUU1QyxZQUFZLFVBQWdDLENBQUMsR0FBRztBQUM5QyxTQUFLLFdBQVcsUUFBUTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLE1BQU0sTUFBZ0M7QUFDcEMsV0FBTyxLQUFLLFdBQVcsS0FBSyxLQUFLLFNBQVMsS0FBSyxLQUFLLFFBQVEsSUFBSSxJQUFJO0FBQUEsRUFDdEU7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsR0FBOEIsTUFBUyxVQUE4QztBQUNuRixVQUFNQyxNQUFLO0FBQ1gsU0FBSyxRQUFRLElBQUksTUFBTSxDQUFDLEdBQUksS0FBSyxRQUFRLElBQUksSUFBSSxLQUFLLENBQUMsR0FBSUEsR0FBRSxDQUFDO0FBQzlELFNBQUssU0FBUztBQUNkLFFBQUksYUFBYTtBQUNqQixXQUFPLE1BQU07QUFDWCxVQUFJLENBQUMsV0FBWTtBQUNqQixtQkFBYTtBQUNiLFlBQU0sT0FBTyxVQUFVLEtBQUssUUFBUSxJQUFJLElBQUksS0FBSyxDQUFDLEdBQUdBLEdBQUU7QUFDdkQsVUFBSSxLQUFLLFdBQVcsRUFBRyxNQUFLLFFBQVEsT0FBTyxJQUFJO0FBQUEsVUFDMUMsTUFBSyxRQUFRLElBQUksTUFBTSxJQUFJO0FBQ2hDLFdBQUssY0FBYztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxRQUFRLFVBQW9FO0FBQzFFLFNBQUssT0FBTyxDQUFDLEdBQUcsS0FBSyxNQUFNLFFBQVE7QUFDbkMsU0FBSyxTQUFTO0FBQ2QsUUFBSSxhQUFhO0FBQ2pCLFdBQU8sTUFBTTtBQUNYLFVBQUksQ0FBQyxXQUFZO0FBQ2pCLG1CQUFhO0FBQ2IsV0FBSyxPQUFPLFVBQVUsS0FBSyxNQUFNLFFBQVE7QUFDekMsV0FBSyxjQUFjO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLFFBQWM7QUFDWixTQUFLLFFBQVEsTUFBTTtBQUNuQixTQUFLLE9BQU8sQ0FBQztBQUNiLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLEtBQWdDLE9BQXlCO0FBQ3ZELFFBQUksQ0FBQyxLQUFLLE9BQVE7QUFDbEIsVUFBTUMsU0FBUSxLQUFLLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDekMsUUFBSUEsV0FBVSxPQUFXLFlBQVcsWUFBWUEsT0FBTyxNQUFLLE1BQU0sVUFBVSxLQUFLO0FBQ2pGLGVBQVcsWUFBWSxLQUFLLEtBQU0sTUFBSyxNQUFNLFVBQVUsS0FBSztBQUFBLEVBQzlEO0FBQUEsRUFFQSxNQUFNLFVBQXVCLE9BQTBCO0FBQ3JELFFBQUk7QUFDRixZQUFNLFNBQVMsU0FBUyxLQUFLO0FBQzdCLFVBQUksV0FBVyxVQUFhLE9BQVEsT0FBeUIsU0FBUyxZQUFZO0FBQ2hGLFFBQUMsT0FBeUIsS0FBSyxRQUFXLENBQUMsVUFBbUIsS0FBSyxRQUFRLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxNQUNwRztBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsV0FBSyxRQUFRLFVBQVUsT0FBTyxLQUFLO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQUEsRUFFQSxRQUFRLFVBQXVCLE9BQWdCLE9BQTBCO0FBQ3ZFLFFBQUksS0FBSyxhQUFhLFFBQVc7QUFDL0IsVUFBSTtBQUNGLGFBQUssU0FBUyxPQUFPLEtBQUs7QUFBQSxNQUM1QixRQUFRO0FBQUEsTUFFUjtBQUNBO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxRQUFRLElBQUksUUFBUSxFQUFHO0FBQ2hDLFNBQUssUUFBUSxJQUFJLFFBQVE7QUFDekIsWUFBUTtBQUFBLE1BQ04saUJBQWlCLE1BQU0sSUFBSTtBQUFBLE1BQzNCO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLGdCQUFzQjtBQUNwQixTQUFLLFNBQVMsS0FBSyxLQUFLLFNBQVMsS0FBSyxLQUFLLFFBQVEsT0FBTztBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFVBQWEsTUFBb0IsTUFBYztBQUN0RCxRQUFNLFFBQVEsS0FBSyxRQUFRLElBQUk7QUFDL0IsU0FBTyxVQUFVLEtBQUssQ0FBQyxHQUFHLElBQUksSUFBSSxDQUFDLEdBQUcsS0FBSyxNQUFNLEdBQUcsS0FBSyxHQUFHLEdBQUcsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ3RGOzs7QUNuSUEsU0FBUyxnQkFBZ0I7QUE4Q2xCLFNBQVMsU0FBUyxNQUFjLG1CQUFtQztBQUN4RSxTQUFPLEdBQUcsSUFBSSxJQUFJLGlCQUFpQjtBQUNyQztBQUVBLFNBQVMsVUFBVSxLQUFxQjtBQUN0QyxTQUFPLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxHQUFHLENBQUM7QUFDdEM7QUFHTyxJQUFNLGNBQU4sTUFBa0I7QUFBQTtBQUFBLEVBRWQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFFQSxVQUFVLG9CQUFJLElBQXdGO0FBQUE7QUFBQSxFQUV0RyxZQUFZLG9CQUFJLElBQW1DO0FBQUE7QUFBQSxFQUVuRCxhQUFhLG9CQUFJLElBQTBCO0FBQUEsRUFFcEQsWUFBWSxTQUF5QyxLQUFtQjtBQUN0RSxTQUFLLE9BQU87QUFDWixTQUFLLFVBQVUsWUFBWTtBQUMzQixTQUFLLFFBQVEsWUFBWSxRQUFRLElBQUksUUFBUTtBQUM3QyxTQUFLLGFBQWEsWUFBWSxRQUFRLElBQUksUUFBUTtBQUNsRCxRQUFJLFlBQVksT0FBTztBQUNyQixXQUFLLFlBQVksSUFBSSxTQUFTLEVBQUUsS0FBSyxRQUFRLElBQUksQ0FBQztBQUNsRCxXQUFLLFlBQVksSUFBSSxTQUFTLEVBQUUsS0FBSyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3BEO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxXQUFXLEtBQXFDO0FBQzlDLFdBQU8sS0FBSyxXQUFXLElBQUksR0FBRztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLFVBQVUsT0FBbUIsT0FBMkI7QUFDdEQsUUFBSSxNQUFPLFFBQU87QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSyxJQUFJLE1BQU07QUFDaEMsUUFBSSxNQUFNLEtBQUssTUFBTyxRQUFPO0FBQzdCLFdBQU8sTUFBTSxLQUFLLFFBQVEsS0FBSyxhQUFhLFVBQVU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxjQUFjLEtBQWEsT0FBeUI7QUFDbEQsU0FBSyxXQUFXLElBQUksS0FBSyxLQUFLO0FBQUEsRUFDaEM7QUFBQTtBQUFBLEVBR0EsaUJBQWlCLEtBQWEsT0FBMEI7QUFDdEQsUUFBSSxVQUFVLFVBQWEsS0FBSyxXQUFXLElBQUksR0FBRyxNQUFNLE1BQU8sTUFBSyxXQUFXLE9BQU8sR0FBRztBQUFBLEVBQzNGO0FBQUE7QUFBQSxFQUdBLGNBQWMsS0FBd0M7QUFDcEQsV0FBTyxLQUFLLFdBQVcsSUFBSSxHQUFHO0FBQUEsRUFDaEM7QUFBQTtBQUFBLEVBR0EsWUFBWSxLQUFhLE9BQTRCO0FBQ25ELFNBQUssV0FBVyxJQUFJLEtBQUssS0FBSztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLElBQUksT0FBK0M7QUFDakQsV0FBTyxFQUFFLFVBQVUsS0FBSyxXQUFXLFFBQVEsR0FBRyxVQUFVLEtBQUssV0FBVyxRQUFRLEVBQUU7QUFBQSxFQUNwRjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxNQUNFLFNBQ0EsS0FDQSxNQUNBLE9BQzBDO0FBQzFDLFVBQU0sV0FBVyxRQUFRLElBQUksR0FBRztBQUNoQyxRQUFJLGFBQWEsT0FBVyxRQUFPLEVBQUUsU0FBUyxTQUFTLFNBQVMsUUFBUSxLQUFLO0FBQzdFLFVBQU0sU0FBb0IsRUFBRSxNQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVEsUUFBUSxNQUFjLEVBQUU7QUFDN0YsWUFBUSxJQUFJLEtBQUssTUFBTTtBQUN2QixXQUFPLFVBQVUsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNO0FBQzNDLFVBQUksUUFBUSxJQUFJLEdBQUcsTUFBTSxPQUFRLFNBQVEsT0FBTyxHQUFHO0FBQUEsSUFDckQsQ0FBQztBQUNELFdBQU8sRUFBRSxTQUFTLE9BQU8sU0FBUyxRQUFRLE1BQU07QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHQSxLQUFRLFNBQWlDLEtBQWEsUUFBeUI7QUFDN0UsUUFBSSxRQUFRLElBQUksR0FBRyxNQUFNLE9BQVEsU0FBUSxPQUFPLEdBQUc7QUFBQSxFQUNyRDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLFdBQVcsTUFBcUI7QUFDOUIsVUFBTSxVQUFVLENBQUMsUUFBeUIsU0FBUyxVQUFhLFVBQVUsR0FBRyxNQUFNO0FBQ25GLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxDQUFDLEdBQUcsS0FBSyxVQUFVLFFBQVEsQ0FBQyxHQUFHO0FBQ3hELFlBQUksUUFBUSxHQUFHLEVBQUcsTUFBSyxVQUFVLE9BQU8sR0FBRztBQUFBLGlCQUNsQyxTQUFTLFVBQWEsTUFBTSxVQUFVLEtBQUssSUFBSSxJQUFJLEdBQUc7QUFDN0QsZ0JBQU0sV0FBVztBQUNqQixnQkFBTSxTQUFTO0FBQUEsUUFDakI7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxDQUFDLEdBQUcsS0FBSyxVQUFVLFFBQVEsQ0FBQyxHQUFHO0FBQ3hELFlBQUksUUFBUSxHQUFHLEtBQU0sU0FBUyxVQUFhLE1BQU0sS0FBSyxJQUFJLElBQUksRUFBSSxNQUFLLFVBQVUsT0FBTyxHQUFHO0FBQUEsTUFDN0Y7QUFBQSxJQUNGO0FBQ0EsZUFBVyxXQUFXLENBQUMsS0FBSyxTQUFTLEtBQUssV0FBVyxLQUFLLFVBQVUsR0FBMEM7QUFDNUcsaUJBQVcsQ0FBQyxLQUFLLE1BQU0sS0FBSyxDQUFDLEdBQUcsT0FBTyxHQUFHO0FBQ3hDLFlBQUksU0FBUyxVQUFhLE9BQU8sU0FBUyxNQUFNO0FBQzlDLGlCQUFPLFlBQVk7QUFDbkIsa0JBQVEsT0FBTyxHQUFHO0FBQUEsUUFDcEI7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDM0tPLFNBQVMsWUFBWSxNQUFvQixlQUFlLEdBQUcsWUFBWSxLQUFxQjtBQUNqRyxNQUFJLFNBQVM7QUFDYixNQUFJLFNBQVM7QUFDYixRQUFNLFFBQVEsTUFBWTtBQUN4QixhQUFTO0FBQUEsRUFDWDtBQUNBLFNBQU8sTUFBTTtBQUNYLFFBQUksV0FBVyxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQ3pDLGFBQVMsS0FBSztBQUNkLGFBQVM7QUFDVCxVQUFNLFNBQVMsV0FBVyxPQUFPLFlBQVk7QUFDN0MsUUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLFFBQVEsT0FBTyxPQUFPLFVBQVUsV0FBWSxRQUFPLE1BQU07QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDbEJPLElBQU0sbUJBQW1CO0FBVXpCLFNBQVMsZUFBZSxNQUFjLFVBQXdDO0FBQ25GLE1BQUksT0FBTyxhQUFhLFNBQVUsUUFBTyxFQUFFLE1BQU0sU0FBUyxrQkFBa0IsTUFBTSxRQUFRLFVBQVUsU0FBUztBQUM3RyxNQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsUUFBUSxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQ2hGLFVBQU0sSUFBSSxZQUFZLHFEQUFxRCxPQUFPLFFBQVEsSUFBSTtBQUFBLE1BQzVGLFFBQVE7QUFBQSxJQUNWLENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTUMsVUFBUyxZQUFZLFVBQVUsZ0JBQWdCLElBQUksR0FBRztBQUM1RCxNQUFJQSxRQUFPLFNBQVMsTUFBTTtBQUN4QixVQUFNLElBQUk7QUFBQSxNQUNSLG1CQUFtQkEsUUFBTyxJQUFJLFVBQVUsSUFBSTtBQUFBLE1BQzVDLEVBQUUsUUFBUSxXQUFXO0FBQUEsSUFDdkI7QUFBQSxFQUNGO0FBQ0EsU0FBT0E7QUFDVDs7O0FDakJPLFNBQVMsY0FBYyxPQUF3QjtBQUNwRCxTQUFPLE1BQU0sT0FBTyxvQkFBSSxJQUFJLENBQUMsS0FBSztBQUNwQztBQUVBLFNBQVMsTUFBTSxPQUFnQixXQUE0QztBQUN6RSxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFRLE1BQStCLFdBQVcsWUFBWTtBQUMvRyxZQUFTLE1BQWdDLE9BQU87QUFBQSxFQUNsRDtBQUNBLFVBQVEsT0FBTyxPQUFPO0FBQUEsSUFDcEIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sS0FBSyxVQUFVLEtBQUs7QUFBQSxJQUM3QixLQUFLO0FBQ0gsWUFBTSxJQUFJLFVBQVUsc0RBQXNEO0FBQUEsSUFDNUUsS0FBSyxVQUFVO0FBQ2IsVUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixVQUFJLFVBQVUsSUFBSSxLQUFLLEVBQUcsT0FBTSxJQUFJLFVBQVUsd0RBQXdEO0FBQ3RHLGdCQUFVLElBQUksS0FBSztBQUNuQixVQUFJO0FBQ0osVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGNBQU0sSUFBSSxNQUFNLElBQUksQ0FBQyxTQUFTLE1BQU0sTUFBTSxTQUFTLEtBQUssTUFBTSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDM0UsT0FBTztBQUNMLGNBQU1DLFVBQVM7QUFDZixjQUFNLFFBQWtCLENBQUM7QUFDekIsbUJBQVcsT0FBTyxPQUFPLEtBQUtBLE9BQU0sRUFBRSxLQUFLLEdBQUc7QUFDNUMsZ0JBQU0sT0FBTyxNQUFNQSxRQUFPLEdBQUcsR0FBRyxTQUFTO0FBQ3pDLGNBQUksU0FBUyxPQUFXLE9BQU0sS0FBSyxHQUFHLEtBQUssVUFBVSxHQUFHLENBQUMsSUFBSSxJQUFJLEVBQUU7QUFBQSxRQUNyRTtBQUNBLGNBQU0sSUFBSSxNQUFNLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDM0I7QUFDQSxnQkFBVSxPQUFPLEtBQUs7QUFDdEIsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBRUUsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQVFPLFNBQVMsY0FBY0EsU0FBK0M7QUFDM0UsUUFBTSxFQUFFLFFBQVEsU0FBUyxNQUFNLE9BQU8sR0FBRyxRQUFRLElBQUlBO0FBQ3JELFFBQU0sTUFBK0I7QUFDckMsTUFBSUEsUUFBTyxVQUFVLFVBQWEsaUJBQWlCQSxRQUFPLE1BQU0sTUFBTSxHQUFHO0FBQ3ZFLFFBQUksUUFBUSxFQUFFLEdBQUdBLFFBQU8sT0FBTyxRQUFRLGNBQWNBLFFBQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUM1RTtBQUNBLE1BQUlBLFFBQU8sV0FBVyxVQUFhLGlCQUFpQkEsUUFBTyxPQUFPLE1BQU0sR0FBRztBQUN6RSxRQUFJLFNBQVMsRUFBRSxHQUFHQSxRQUFPLFFBQVEsUUFBUSxjQUFjQSxRQUFPLE9BQU8sTUFBTSxFQUFFO0FBQUEsRUFDL0U7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGNBQWMsUUFBbUU7QUFDeEYsU0FBTywyQkFBMkIsTUFBTSxLQUFLLEVBQUUsYUFBYSxPQUFPLFdBQVcsRUFBRSxPQUFPO0FBQ3pGO0FBV0EsZUFBc0IsWUFBWUEsU0FBdUM7QUFDdkUsUUFBTSxTQUFTLFdBQVcsUUFBUTtBQUNsQyxNQUFJLFdBQVcsUUFBVztBQUN4QixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsSUFBSSxZQUFZLEVBQUUsT0FBTyxjQUFjLGNBQWNBLE9BQU0sQ0FBQyxDQUFDO0FBQzNFLFFBQU0sU0FBUyxJQUFJLFdBQVcsTUFBTSxPQUFPLE9BQU8sV0FBVyxLQUFLLENBQUM7QUFDbkUsTUFBSSxNQUFNO0FBQ1YsYUFBVyxRQUFRLE9BQVEsUUFBTyxLQUFLLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQ25FLFNBQU8sVUFBVSxHQUFHO0FBQ3RCO0FBUUEsZUFBc0IsaUJBQWlCQSxTQUF1QztBQUM1RSxRQUFNLFNBQVMsTUFBTSxZQUFZQSxPQUFNO0FBQ3ZDLE1BQUlBLFFBQU8sU0FBUyxVQUFhQSxRQUFPLFNBQVMsUUFBUTtBQUN2RCxVQUFNLElBQUksZUFBZUEsUUFBTyxNQUFNQSxRQUFPLFNBQVMsRUFBRSxVQUFVQSxRQUFPLE1BQU0sUUFBUSxRQUFRLGtCQUFrQixDQUFDO0FBQUEsRUFDcEg7QUFDQSxTQUFPO0FBQ1Q7OztBQzVGQSxlQUFzQixlQUNwQixPQUNBLE1BQ0EsVUFDbUM7QUFDbkMsUUFBTSxXQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFDOUMsUUFBTSxTQUFTLGdCQUFnQixVQUFVLFFBQVE7QUFDakQsU0FBTyxXQUFXLFNBQVksU0FBWSxNQUFNLFdBQVcsTUFBTSxPQUFPLE9BQU87QUFDakY7QUFNTyxTQUFTQyxjQUFhLEdBQVcsR0FBVyxRQUFRLE9BQU8sbUJBQTJCO0FBQzNGLE1BQUksTUFBTSxFQUFHLFFBQU87QUFDcEIsTUFBSSxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsTUFBTSxJQUFJLE1BQU8sUUFBTyxRQUFRO0FBQzFELE1BQUksRUFBRSxXQUFXLEVBQUcsUUFBTyxFQUFFO0FBQzdCLE1BQUksRUFBRSxXQUFXLEVBQUcsUUFBTyxFQUFFO0FBQzdCLE1BQUksV0FBVyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLEdBQUcsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUMvRCxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sVUFBVSxDQUFDLENBQUM7QUFDbEIsUUFBSSxTQUFTO0FBQ2IsYUFBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxZQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxJQUFJLElBQUk7QUFDekMsWUFBTSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsS0FBSyxLQUFLLElBQUksUUFBUSxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksU0FBUyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDdkcsY0FBUSxLQUFLLEtBQUs7QUFDbEIsVUFBSSxRQUFRLE9BQVEsVUFBUztBQUFBLElBQy9CO0FBQ0EsUUFBSSxTQUFTLE1BQU8sUUFBTyxRQUFRO0FBQ25DLGVBQVc7QUFBQSxFQUNiO0FBQ0EsU0FBTyxTQUFTLEVBQUUsTUFBTSxLQUFLO0FBQy9CO0FBMEJPLFNBQVMsYUFBYSxNQUFjLFlBQThCLFVBQStCLENBQUMsR0FBYTtBQUNwSCxRQUFNLE1BQU0sUUFBUSxPQUFPO0FBQzNCLFFBQU0sUUFBUSxRQUFRLG9CQUFvQjtBQUMxQyxRQUFNLGNBQWMsS0FBSyxNQUFNLEtBQUssWUFBWSxHQUFHLElBQUksQ0FBQztBQUN4RCxRQUFNLFNBQXNELENBQUM7QUFDN0QsYUFBVyxhQUFhLFlBQVk7QUFDbEMsUUFBSSxjQUFjLEtBQU07QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxLQUFLLElBQUksS0FBSyxRQUFRLFVBQVUsTUFBTSxJQUFJLEtBQUssQ0FBQztBQUNyRixVQUFNLFdBQVdBLGNBQWEsTUFBTSxXQUFXLEtBQUs7QUFDcEQsUUFBSSxZQUFZLE9BQU87QUFDckIsYUFBTyxLQUFLLEVBQUUsV0FBVyxPQUFPLFNBQVMsQ0FBQztBQUFBLElBQzVDLFdBQVcsY0FBYyxlQUFlLFVBQVUsU0FBUyxJQUFJLFdBQVcsRUFBRSxHQUFHO0FBQzdFLGFBQU8sS0FBSyxFQUFFLFdBQVcsT0FBTyxRQUFRLEVBQUUsQ0FBQztBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsVUFBVSxjQUFjLEVBQUUsU0FBUyxDQUFDO0FBQ2pGLFNBQU8sT0FBTyxNQUFNLEdBQUcsR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNwRDtBQU9PLFNBQVMsaUJBQWlCLE1BQWUsV0FBMkM7QUFDekYsUUFBTSxVQUFVLG1CQUFtQixJQUFJO0FBQ3ZDLE1BQUksWUFBWSxRQUFXO0FBQ3pCLFVBQU0sSUFBSSxrQkFBa0IsR0FBRyxPQUFPLGtCQUFrQixTQUFTLDZCQUE2QjtBQUFBLE1BQzVGLE9BQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFNTyxTQUFTLGdCQUFnQixPQUFnQixXQUE0QztBQUMxRixNQUFJLE9BQU8sVUFBVSxZQUFZLGFBQWEsS0FBSyxNQUFNLFNBQVM7QUFDaEUsVUFBTSxRQUFRLE9BQU8sVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFLLElBQUksT0FBTztBQUN6RSxVQUFNLFdBQVcsVUFBVSxXQUFXLGlFQUFpRTtBQUN2RyxVQUFNLElBQUk7QUFBQSxNQUNSLGlCQUFpQixLQUFLLEdBQUcsUUFBUTtBQUFBLE1BQ2pDLEVBQUUsT0FBTyxXQUFXLFFBQVEsSUFBSTtBQUFBLElBQ2xDO0FBQUEsRUFDRjtBQUNGO0FBb0JBLFNBQVMsY0FBYyxPQUFrRDtBQUN2RSxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsS0FBTSxRQUFPO0FBQ3hELFFBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxTQUFPLFVBQVUsT0FBTyxhQUFhLFVBQVU7QUFDakQ7QUFNTyxTQUFTLGNBQWlCLE9BQWE7QUFDNUMsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU8sTUFBTSxJQUFJLENBQUMsU0FBUyxjQUFjLElBQUksQ0FBQztBQUN4RSxNQUFJLGNBQWMsS0FBSyxHQUFHO0FBQ3hCLFVBQU0sTUFBK0IsQ0FBQztBQUN0QyxlQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssRUFBRyxLQUFJLEdBQUcsSUFBSSxjQUFjLE1BQU0sR0FBRyxDQUFDO0FBQ3pFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxXQUFjLE9BQWE7QUFDekMsTUFBSSxNQUFNLFFBQVEsS0FBSyxLQUFLLGNBQWMsS0FBSyxHQUFHO0FBQ2hELFFBQUksT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQ25DLFdBQU8sT0FBTyxLQUFLO0FBQ25CLGVBQVcsUUFBUSxPQUFPLE9BQU8sS0FBZSxFQUFHLFlBQVcsSUFBSTtBQUFBLEVBQ3BFO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxhQUFhQyxTQUFzQixRQUEyQixNQUE0QjtBQUN4RyxRQUFNLEVBQUUsUUFBUSxTQUFTLE1BQU0sT0FBTyxHQUFHLFFBQVEsSUFBSUE7QUFDckQsU0FBTyxXQUFXLEVBQUUsR0FBRyxjQUFjLE9BQU8sR0FBRyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxHQUFHLEtBQUssQ0FBQztBQUNuRjs7O0FDMUtBLGVBQXNCLFlBQVksT0FBb0IsTUFBYyxVQUF5QztBQUMzRyxNQUFJQztBQUNKLE1BQUk7QUFDSixNQUFJO0FBQ0YsUUFBSSxnQkFBZ0IsUUFBUSxHQUFHO0FBQzdCLE1BQUFBLFVBQVMsTUFBTSxNQUFNLFdBQVcsTUFBTSxRQUFRO0FBQUEsSUFDaEQsV0FBVyxPQUFPLE1BQU0sWUFBWSxZQUFZO0FBQzlDLE1BQUFBLFVBQVMsTUFBTSxNQUFNLFFBQVEsTUFBTSxRQUFRO0FBQUEsSUFDN0MsT0FBTztBQUNMLGlCQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFDeEMsWUFBTSxTQUFTLGdCQUFnQixVQUFVLFFBQVE7QUFDakQsVUFBSSxXQUFXLE9BQVcsQ0FBQUEsVUFBUyxNQUFNLE1BQU0sV0FBVyxNQUFNLE9BQU8sT0FBTztBQUFBLElBQ2hGO0FBQUEsRUFDRixTQUFTLE9BQU87QUFDZCxVQUFNLGFBQWEsT0FBTyxPQUFPLFlBQVksSUFBSSxJQUFJLFFBQVEsR0FBRztBQUFBLEVBQ2xFO0FBQ0EsTUFBSUEsWUFBVyxPQUFXLE9BQU0sTUFBTSxjQUFjLE9BQU8sTUFBTSxVQUFVLFFBQVE7QUFDbkYsU0FBTyxZQUFZLE9BQU8sTUFBTSxVQUFVQSxPQUFNO0FBQ2xEO0FBR08sU0FBUyxXQUFXLE9BQXFFO0FBQzlGLFNBQU8saUJBQWlCLHVCQUF1QixpQkFBaUI7QUFDbEU7QUFNQSxlQUFzQixjQUNwQixPQUNBLE1BQ0EsVUFDQSxPQUNxRDtBQUNyRCxNQUFJLFdBQVc7QUFDZixNQUFJLGFBQWEsUUFBVztBQUMxQixRQUFJO0FBQ0YsaUJBQVcsTUFBTSxNQUFNLGFBQWEsSUFBSTtBQUFBLElBQzFDLFNBQVMsT0FBTztBQUNkLFlBQU0sYUFBYSxPQUFPLE9BQU8sNEJBQTRCLElBQUksR0FBRztBQUFBLElBQ3RFO0FBQUEsRUFDRjtBQUNBLE1BQUksU0FBUyxTQUFTLEdBQUc7QUFDdkIsVUFBTSxTQUFTLHVCQUF1QixRQUFRO0FBQzlDLFdBQU8sSUFBSSxxQkFBcUIsTUFBTSxVQUFVO0FBQUEsTUFDOUMsVUFBVSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTztBQUFBLE1BQ3JDLFFBQVEsU0FBUyxNQUFNO0FBQUEsSUFDekIsQ0FBQztBQUFBLEVBQ0g7QUFDQSxNQUFJLGNBQXdCLENBQUM7QUFDN0IsTUFBSSxPQUFPLE1BQU0sU0FBUyxZQUFZO0FBQ3BDLFFBQUk7QUFDRixvQkFBYyxhQUFhLE1BQU0sTUFBTSxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3JELFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxvQkFBb0IsTUFBTSxFQUFFLGFBQWEsT0FBTyxNQUFNLEtBQUssQ0FBQztBQUN6RTtBQU1PLFNBQVMsYUFBYSxPQUFnQixPQUFvQixPQUFzQjtBQUNyRixNQUFJLGlCQUFpQixLQUFLLEVBQUcsUUFBTztBQUNwQyxRQUFNLFNBQVMsaUJBQWlCLFFBQVEsR0FBRyxNQUFNLElBQUksS0FBSyxNQUFNLE9BQU8sS0FBSyxPQUFPLEtBQUs7QUFDeEYsU0FBTyxJQUFJO0FBQUEsSUFDVCxPQUFPLE1BQU0sSUFBSSx1QkFBdUIsS0FBSyxLQUFLLE1BQU07QUFBQSxJQUN4RCxFQUFFLE9BQU8sTUFBTSxLQUFLO0FBQUEsSUFDcEIsRUFBRSxPQUFPLE1BQU07QUFBQSxFQUNqQjtBQUNGO0FBUUEsZUFBc0IsZUFBZUEsU0FBc0JDLGFBQXNDO0FBQy9GLFFBQU0sT0FBT0QsUUFBTyxTQUFTLFNBQVksTUFBTSxZQUFZQSxPQUFNLElBQUksTUFBTSxpQkFBaUJBLE9BQU07QUFDbEcsTUFBSUMsZ0JBQWUsVUFBYSxTQUFTQSxhQUFZO0FBQ25ELFVBQU0sSUFBSSxlQUFlRCxRQUFPLE1BQU1BLFFBQU8sU0FBUztBQUFBLE1BQ3BELFVBQVVDO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxPQUFvQixNQUFjLFVBQWtCLFFBQW9DO0FBQzNHLFFBQU1ELFVBQVMsWUFBWSxRQUFRLEdBQUcsTUFBTSxJQUFJLFdBQVcsSUFBSSxJQUFJLFFBQVEsRUFBRTtBQUM3RSxNQUFJQSxRQUFPLFNBQVMsUUFBUyxnQkFBZ0IsUUFBUSxLQUFLQSxRQUFPLFlBQVksVUFBVztBQUN0RixVQUFNLElBQUk7QUFBQSxNQUNSLE9BQU8sTUFBTSxJQUFJLG9CQUFvQkEsUUFBTyxJQUFJLElBQUlBLFFBQU8sT0FBTyxxQkFBcUIsSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUV2RyxFQUFFLE9BQU8sTUFBTSxLQUFLO0FBQUEsSUFDdEI7QUFBQSxFQUNGO0FBQ0EsU0FBT0E7QUFDVDs7O0FDaEhBLFlBQVlFLFFBQU87OztBQ0FuQixJQUFNLGtCQUFrQjtBQWVqQixTQUFTLGdCQUFtQixRQUEwQixPQUFnQixTQUErQjtBQUMxRyxRQUFNLFNBQVMsT0FBTyxVQUFVLE9BQU8sRUFBRSxhQUFhLEtBQUssQ0FBQztBQUM1RCxNQUFJLE9BQU8sUUFBUyxRQUFPLE9BQU87QUFDbEMsUUFBTSxvQkFBb0IsT0FBTyxNQUFNLFFBQVEsT0FBTztBQUN4RDtBQUdPLFNBQVMsb0JBQW9CLFFBQTBCLFNBQXlDO0FBQ3JHLFFBQU0sT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQy9CLFFBQU0sWUFBWSxLQUFLLElBQUksQ0FBQyxNQUFNQyxVQUFTLEVBQUUsT0FBTyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ3BFLFFBQU0sUUFBUSxVQUFVLENBQUMsS0FBSyxFQUFFLFFBQVEsUUFBUSxRQUFRLGFBQWEsTUFBTSxhQUFhO0FBQ3hGLFFBQU0sT0FBTyxVQUFVLE1BQU0sQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLGFBQWEsRUFBRSxNQUFNLE1BQU0sRUFBRSxJQUFJLEVBQUU7QUFDOUUsU0FBTyxJQUFJLFlBQVksR0FBRyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssRUFBRSxDQUFDLElBQUksRUFBRSxRQUFRLE1BQU0sUUFBUSxNQUFNLFFBQVEsS0FBSyxDQUFDO0FBQ3RHO0FBUUEsU0FBUyxRQUFRLFFBQTBCLFFBQW9DO0FBQzdFLFFBQU0sTUFBbUIsQ0FBQztBQUMxQixhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLE9BQU8sQ0FBQyxHQUFHLFFBQVEsR0FBRyxNQUFNLElBQUk7QUFDdEMsUUFBSSxNQUFNLFNBQVMsbUJBQW1CLE1BQU0sT0FBTyxTQUFTLEdBQUc7QUFDN0QsWUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUM7QUFDMUUsVUFBSSxNQUFNLElBQUksSUFBSSxHQUFHO0FBQ25CLFlBQUksS0FBSyxHQUFHLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDL0I7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDMUI7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE1BQU0sUUFBa0M7QUFDL0MsTUFBSSxNQUFNO0FBQ1YsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxJQUFJLE1BQU0sS0FBSyxVQUFVLE1BQU0sU0FBUyxzQkFBc0IsSUFBSTtBQUN4RSxRQUFJLElBQUksSUFBSyxPQUFNO0FBQUEsRUFDckI7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFNBQVMsTUFBMEIsTUFBc0M7QUFDaEYsTUFBSSxNQUFNLFFBQVE7QUFDbEIsYUFBVyxPQUFPLE1BQU07QUFDdEIsVUFBTSxPQUFPLE9BQU8sR0FBRztBQUN2QixRQUFJLE9BQU8sUUFBUSxTQUFVLFFBQU8sSUFBSSxJQUFJO0FBQUEsYUFDbkMscUJBQXFCLEtBQUssSUFBSSxFQUFHLFFBQU8sUUFBUSxLQUFLLE9BQU8sSUFBSSxJQUFJO0FBQUEsUUFDeEUsUUFBTyxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUM7QUFBQSxFQUN0QztBQUNBLFNBQU8sUUFBUSxLQUFLLGNBQWM7QUFDcEM7QUFFQSxTQUFTQSxVQUFTLE9BQWMsTUFBcUIsU0FBOEQ7QUFDakgsUUFBTSxTQUFTLFNBQVMsUUFBUSxNQUFNLElBQUk7QUFDMUMsUUFBTUMsUUFBTyxRQUFRLFFBQVEsVUFBVSxRQUFRLFFBQVEsSUFBSSxDQUFDLEtBQUssUUFBUSxRQUFRLFlBQVksSUFBSSxDQUFDO0FBQ2xHLFFBQU0sU0FBU0EsUUFBTyxLQUFLQSxLQUFJLEtBQUs7QUFDcEMsTUFBSSxNQUFNLFNBQVMsaUJBQWlCLE1BQU0sT0FBTyxTQUFTLEdBQUc7QUFDM0QsVUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDO0FBQzVCLFVBQU0sVUFBVSxPQUFPLFdBQVcsTUFBTSxZQUFZLGtCQUFrQixNQUFNLFVBQVU7QUFDdEYsV0FBTyxFQUFFLFFBQVEsTUFBTSxHQUFHLE9BQU8sR0FBRyxNQUFNLEdBQUc7QUFBQSxFQUMvQztBQUNBLE1BQUksTUFBTSxTQUFTLHVCQUF1QixNQUFNLFdBQVcsTUFBTSxZQUFZLGlCQUFpQjtBQUM1RixXQUFPLEVBQUUsUUFBUSxNQUFNLEdBQUcsTUFBTSxPQUFPLEdBQUcsTUFBTSxHQUFHO0FBQUEsRUFDckQ7QUFDQSxVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUsscUJBQXFCO0FBQ3hCLFlBQU0sUUFBUSxRQUFRLFlBQVksS0FBSyxJQUFJLE1BQU0sRUFBRSxLQUFLLEdBQUcsQ0FBQyxLQUFLLENBQUM7QUFDbEUsWUFBTSxRQUFRLE1BQU0sS0FBSyxJQUFJLENBQUMsUUFBUTtBQUNwQyxjQUFNLFFBQVEsYUFBYSxJQUFJLFlBQVksR0FBRyxPQUFPLEVBQUUsS0FBSyxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFDdEYsZUFBTyxNQUFNLENBQUMsSUFBSSxJQUFJLEdBQUcsb0JBQW9CLE1BQU0sQ0FBQyxDQUFDLFFBQVEsSUFBSSxHQUFHO0FBQUEsTUFDdEUsQ0FBQztBQUNELFlBQU0sT0FBTyxNQUFNLFNBQVMsSUFBSSxtQkFBbUIsTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQ3pFLGFBQU87QUFBQSxRQUNMLFFBQVEsU0FBUyxRQUFRLE1BQU0sQ0FBQyxHQUFHLE1BQU0sTUFBTSxLQUFLLENBQUMsS0FBSyxFQUFFLENBQUM7QUFBQSxRQUM3RCxNQUFNLGlCQUFpQixNQUFNLEtBQUssU0FBUyxJQUFJLE1BQU0sRUFBRSxJQUFJLE1BQU0sS0FBSyxJQUFJLENBQUMsbUNBQW1DLElBQUk7QUFBQSxNQUNwSDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEtBQUssZ0JBQWdCO0FBQ25CLFlBQU0sTUFBTSxXQUFXLFFBQVEsU0FBUyxNQUFNLEtBQUssSUFBSTtBQUN2RCxZQUFNLE9BQU8sTUFBTSxVQUFVLFNBQVksZ0JBQWdCLFdBQVcsUUFBUSxNQUFNLFFBQVEsQ0FBQyxTQUFTLEdBQUc7QUFDdkcsYUFBTyxFQUFFLFFBQVEsTUFBTSxHQUFHLElBQUksR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUM1QztBQUFBLElBQ0EsS0FBSztBQUNILGFBQU87QUFBQSxRQUNMO0FBQUEsUUFDQSxNQUFNLFdBQVcsTUFBTSxjQUFjLFFBQVEsaUJBQWlCLFVBQVUsSUFBSSxPQUFPLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUFBLE1BQzVHO0FBQUEsSUFDRixLQUFLO0FBQ0gsYUFBTztBQUFBLFFBQ0w7QUFBQSxRQUNBLE1BQU0sV0FBVyxNQUFNLGNBQWMsUUFBUSxjQUFjLFNBQVMsSUFBSSxPQUFPLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUFBLE1BQ3hHO0FBQUEsSUFDRixLQUFLO0FBQ0gsYUFBTyxFQUFFLFFBQVEsTUFBTSxrQkFBa0IsTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssVUFBVSxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLE1BQU0sR0FBRztBQUFBLElBQzVHLEtBQUs7QUFDSCxhQUFPLEVBQUUsUUFBUSxNQUFNLG1CQUFtQixNQUFNLE1BQU0sR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUNwRTtBQUNFLGFBQU8sRUFBRSxRQUFRLE1BQU0sYUFBYSxNQUFNLEdBQUc7QUFBQSxFQUNqRDtBQUNGO0FBRUEsU0FBUyxVQUFVLFFBQWdCLE1BQWtDO0FBQ25FLE1BQUksU0FBUyxVQUFhLFNBQVMsR0FBSSxRQUFPO0FBQzlDLFNBQU8sT0FBTyxXQUFXLEdBQUcsSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEtBQUssU0FBUyxDQUFDLElBQUk7QUFDekU7QUFHQSxTQUFTLFlBQVksTUFBc0M7QUFDekQsU0FBTyxLQUFLLElBQUksQ0FBQyxLQUFLLE1BQU8sTUFBTSxLQUFLLFNBQVMsS0FBSyxJQUFJLElBQUksTUFBTSxPQUFPLEdBQUcsQ0FBRSxFQUFFLEtBQUssR0FBRztBQUM1RjtBQUVBLFNBQVMsUUFBUSxVQUEwQjtBQUN6QyxNQUFJLGFBQWEsWUFBWSxhQUFhLFdBQVcsYUFBYTtBQUNoRSxXQUFPLE1BQU0sYUFBYSxRQUFRLFlBQVksUUFBUTtBQUN4RCxTQUFPLEtBQUssUUFBUTtBQUN0QjtBQUdPLFNBQVMsU0FBUyxPQUF3QjtBQUMvQyxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2pDLFNBQU8sT0FBTztBQUNoQjs7O0FEaEhBLElBQU1DLGdCQUFlO0FBRXJCLElBQU0scUJBQXVCLGdCQUFhO0FBQUEsRUFDeEMsVUFBWSxVQUFPLEVBQUU7QUFBQSxJQUNqQixVQUFPLENBQUMsTUFBTSxhQUFhLENBQUMsTUFBTSxRQUFXO0FBQUEsTUFDN0MsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUNBLFNBQ0csVUFBTyxFQUNQLE1BQVEsVUFBTyxDQUFDLE1BQU0sYUFBYSxDQUFDLE1BQU0sU0FBUyxFQUFFLE9BQU8sa0RBQWtELENBQUMsQ0FBQztBQUFBLEVBQ25ILE1BQVEsVUFBTyxFQUFFLE1BQVEsU0FBTUEsZUFBYyxFQUFFLE9BQU8sd0RBQXdELENBQUMsQ0FBQztBQUNsSCxDQUFDO0FBRUQsSUFBTSxpQkFBbUIsZ0JBQWE7QUFBQSxFQUNwQyxpQkFBbUIsV0FBUSxHQUFHLEVBQUUsT0FBTyxnREFBZ0QsQ0FBQztBQUFBLEVBQ3hGLFNBQVc7QUFBQSxJQUVOLFVBQU8sRUFDUCxNQUFRLFVBQU8sQ0FBQyxTQUFTLG1CQUFtQixJQUFJLE1BQU0sUUFBVyxFQUFFLE9BQU8sNkJBQTZCLENBQUMsQ0FBQztBQUFBLElBQzVHO0FBQUEsRUFDRjtBQUNGLENBQUM7QUFRTSxTQUFTLGNBQWMsT0FBZ0IsTUFBeUI7QUFDckUsUUFBTSxVQUFVO0FBQUEsSUFDZCxNQUFNLFNBQVMsU0FBWSxhQUFhO0FBQUEsSUFDeEMsR0FBSSxTQUFTLFNBQVksQ0FBQyxJQUFJLEVBQUUsS0FBSztBQUFBLElBQ3JDLE9BQU8sRUFBRSxJQUFJLGlEQUFpRDtBQUFBLElBQzlELFdBQVcsRUFBRSxJQUFJLENBQUMsbUJBQW1CLFNBQVMsRUFBRTtBQUFBLEVBQ2xEO0FBQ0EsU0FBTyxnQkFBZ0IsZ0JBQWdCLE9BQU8sT0FBTztBQUN2RDtBQTRGTyxTQUFTLFdBQVcsVUFBZ0MsTUFBYyxTQUFxQztBQUM1RyxRQUFNLFFBQVEsYUFBYSxTQUFZLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUNsRixTQUFPLFVBQVUsVUFBYSxNQUFNLFlBQVksVUFBVSxNQUFNLE9BQU87QUFDekU7QUFNTyxTQUFTLFNBQVlDLFNBQXFDLEtBQTRCO0FBQzNGLFNBQU8sT0FBTyxPQUFPQSxTQUFRLEdBQUcsSUFBSUEsUUFBTyxHQUFHLElBQUk7QUFDcEQ7OztBRWxMQSxZQUFZQyxRQUFPO0FBcUxaLElBQU0sZ0JBQWtELE9BQU8sT0FBTztBQUFBLEVBQzNFLEtBQUs7QUFBQSxFQUNMLE9BQU87QUFBQSxFQUNQLFlBQVk7QUFDZCxDQUFDO0FBRUQsSUFBTSxLQUFLLENBQUMsUUFDUixVQUFzQyxDQUFDLE1BQU0sT0FBTyxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixHQUFHLEdBQUcsQ0FBQztBQUVqSCxJQUFNLGdCQUFrQixVQUFPLEVBQUU7QUFBQSxFQUM3QixVQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsS0FBSyxhQUFhLENBQUMsTUFBTSxRQUFXO0FBQUEsSUFDN0QsT0FDRTtBQUFBLEVBQ0osQ0FBQztBQUNIO0FBRUEsSUFBTSxXQUFhLFVBQU8sRUFBRSxNQUFRLE9BQUksR0FBSyxlQUFZLENBQUM7QUFFMUQsSUFBTSxnQkFBa0IsZ0JBQWE7QUFBQSxFQUNuQyxPQUFTO0FBQUEsSUFDUCxDQUFDLE1BQ0MsT0FBTyxNQUFNLFlBQ2IsTUFBTSxRQUNOLE9BQVEsRUFBa0IsU0FBUyxZQUNuQyxPQUFRLEVBQWtCLGlCQUFpQixjQUMzQyxPQUFRLEVBQWtCLGVBQWU7QUFBQSxJQUMzQztBQUFBLE1BQ0UsT0FDRTtBQUFBLElBRUo7QUFBQSxFQUNGO0FBQUEsRUFDQSxNQUFRO0FBQUEsSUFDSjtBQUFBLE1BQ0UsVUFBTyxFQUFFO0FBQUEsUUFDUCxVQUFPLENBQUMsU0FBUyxtQkFBbUIsSUFBSSxNQUFNLFFBQVc7QUFBQSxVQUN6RCxPQUFPO0FBQUEsUUFDVCxDQUFDO0FBQUEsTUFDSDtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsaUJBQW1CLFlBQVMsYUFBYTtBQUFBLEVBQ3pDLFVBQVksWUFBVyxXQUFRLENBQUM7QUFBQSxFQUNoQyxPQUFTO0FBQUEsSUFDTCxTQUFNO0FBQUEsTUFDSixXQUFRLEtBQUs7QUFBQSxNQUNiLGdCQUFhO0FBQUEsUUFDYixLQUFPLFlBQVcsVUFBTyxFQUFFLE1BQVEsT0FBSSxHQUFLLFlBQVMsQ0FBQyxDQUFDO0FBQUEsUUFDdkQsT0FBUyxZQUFTLFFBQVE7QUFBQSxRQUMxQixZQUFjLFlBQVMsUUFBUTtBQUFBLE1BQ2pDLENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQSxRQUFVLFlBQVcsV0FBUSxDQUFDO0FBQUEsRUFDOUIsT0FBUztBQUFBLElBQ0wsZ0JBQWE7QUFBQSxNQUNiLFNBQVcsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDL0MsU0FBVyxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUMvQyxVQUFZLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQ2hELFdBQWEsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDakQsU0FBVyxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUMvQyxjQUFnQixZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUNwRCxXQUFhLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQ2pELGlCQUFtQixZQUFTLEdBQUcsbUNBQThCLENBQUM7QUFBQSxJQUNoRSxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0EsV0FBYSxZQUFXLGdCQUFhLEVBQUUsZUFBaUIsWUFBVyxXQUFRLENBQUMsRUFBRSxDQUFDLENBQUM7QUFBQSxFQUNoRixVQUFZO0FBQUEsSUFDUixVQUFPO0FBQUEsTUFDUCxNQUFNLEdBQUcsOERBQThEO0FBQUEsTUFDdkUsT0FBTyxHQUFHLDhEQUE4RDtBQUFBLE1BQ3hFLGNBQWdCLFlBQVMsUUFBUTtBQUFBLElBQ25DLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQSxPQUFTLFlBQVcsVUFBTyxFQUFFLEtBQUssR0FBRyxrQ0FBa0MsRUFBRSxDQUFDLENBQUM7QUFBQSxFQUMzRSxRQUFVO0FBQUEsSUFDTixVQUFPO0FBQUEsTUFDUCxZQUFZLEdBQUcseURBQXlEO0FBQUEsTUFDeEUsY0FBYyxHQUFHLHlEQUF5RDtBQUFBLElBQzVFLENBQUM7QUFBQSxFQUNIO0FBQ0YsQ0FBQztBQUVELElBQU0sYUFBZ0Q7QUFBQSxFQUNwRCxJQUFJLE9BQU8sS0FBSyxjQUFjLElBQUksS0FBSztBQUFBLEVBQ3ZDLE9BQU8sQ0FBQyxPQUFPLFNBQVMsWUFBWTtBQUFBLEVBQ3BDLE9BQU8sQ0FBQyxXQUFXLFdBQVcsWUFBWSxhQUFhLFdBQVcsZ0JBQWdCLGFBQWEsaUJBQWlCO0FBQUEsRUFDaEgsV0FBVyxDQUFDLGVBQWU7QUFDN0I7QUFFQSxJQUFNLFFBQWdDO0FBQUEsRUFDcEMsT0FBTztBQUFBLEVBQ1AsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2Ysb0JBQW9CO0FBQUEsRUFDcEIseUJBQXlCO0FBQUEsRUFDekIsUUFBUTtBQUFBLEVBQ1IsTUFBTTtBQUFBLEVBQ04sMkJBQTJCO0FBQzdCO0FBTU8sU0FBUyxxQkFBcUIsU0FBcUQ7QUFDeEYsTUFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLFFBQVEsTUFBTSxRQUFRLE9BQU8sR0FBRztBQUM3RSxVQUFNLElBQUksWUFBWSxvRkFBb0Y7QUFBQSxNQUN4RyxRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksT0FBTyxRQUFRLGFBQWEsVUFBVTtBQUN4QyxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFFQSxFQUFFLFFBQVEsV0FBVztBQUFBLElBQ3ZCO0FBQUEsRUFDRjtBQUNBLFFBQU0sV0FBb0IsUUFBUTtBQUNsQyxNQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsUUFBUSxVQUFVLFlBQVksRUFBRSxVQUFVLFdBQVc7QUFDcEcsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BRUEsRUFBRSxRQUFRLFdBQVc7QUFBQSxJQUN2QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQVMsZ0JBQWdCLGVBQWUsU0FBUyxFQUFFLE9BQU8sT0FBTyxXQUFXLFdBQVcsQ0FBQztBQUM5RixRQUFNLFdBQVcsT0FBTyxhQUFhLFNBQVksU0FBWSxjQUFjLE9BQU8sUUFBUTtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVE7QUFBQSxJQUNmLE1BQU0sUUFBUSxRQUFRLENBQUM7QUFBQSxJQUN2QixpQkFBaUIsUUFBUSxtQkFBbUI7QUFBQSxJQUM1QztBQUFBLElBQ0EsT0FBTyxRQUFRLFVBQVUsUUFBUSxRQUFRLEVBQUUsR0FBRyxlQUFlLEdBQUcsZUFBZSxRQUFRLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUNwRyxRQUFRLFFBQVEsVUFBVTtBQUFBLElBQzFCLE9BQU8sUUFBUSxTQUFTLENBQUM7QUFBQSxJQUN6QixlQUFlLFFBQVEsV0FBVyxpQkFBaUI7QUFBQSxJQUNuRCxVQUFVLFFBQVE7QUFBQSxJQUNsQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUSxVQUFVO0FBQUEsTUFDeEIsWUFBWSxDQUFDLFVBQVUsT0FBTyxXQUFXLFdBQVcsVUFBVSxFQUFFO0FBQUEsTUFDaEUsY0FBYyxDQUFDLFdBQVcsV0FBVyxhQUFhLE1BQXVDO0FBQUEsSUFDM0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGVBQWlDLE9BQXNCO0FBQzlELFFBQU0sTUFBa0IsQ0FBQztBQUN6QixhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssT0FBTyxRQUFRLEtBQUssRUFBRyxLQUFJLE1BQU0sT0FBVyxDQUFDLElBQWdDLENBQUMsSUFBSTtBQUN2RyxTQUFPO0FBQ1Q7OztBQ2pPTyxJQUFNLGVBQU4sTUFBNEU7QUFBQSxFQUN4RTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFFVCxZQUFZLE9BQXNCLFFBQXNCLFVBQWtCLFFBQWlCLEtBQW9CO0FBQzdHLFVBQU1DLFVBQVMsTUFBTTtBQUNyQixTQUFLLE9BQU9BLFFBQU87QUFDbkIsU0FBSyxVQUFVQSxRQUFPO0FBQ3RCLFNBQUssT0FBTyxNQUFNO0FBQ2xCLFNBQUssU0FBU0EsUUFBTyxVQUFVLENBQUM7QUFDaEMsU0FBSyxPQUFPQSxRQUFPO0FBQ25CLFNBQUssUUFBUUEsUUFBTztBQUNwQixTQUFLLFdBQVdBLFFBQU87QUFDdkIsU0FBSyxTQUFTO0FBQ2QsU0FBSyxZQUFZLE1BQU0sU0FBUztBQUNoQyxTQUFLLFdBQVc7QUFDaEIsU0FBSyxTQUFTO0FBQ2QsU0FBSyxZQUFZLE1BQU07QUFDdkIsU0FBSyxXQUFXLElBQUk7QUFDcEIsU0FBSyxPQUFPO0FBQ1osU0FBSyxXQUFXLEVBQUUsT0FBTztBQUFBLEVBQzNCO0FBQUEsRUFHQSxPQUFPLE9BQWdCLFNBQWlDO0FBQ3RELFVBQU0sT0FBTztBQUNiLFVBQU0sZ0JBQWdCLFNBQVMsV0FBVyxTQUFZLEtBQUssV0FBVztBQUN0RSxRQUFJLENBQUMsS0FBSyxTQUFTLE9BQVEsUUFBTyxLQUFLLFVBQVUsT0FBTyxNQUFNLGFBQWE7QUFDM0UsV0FBTyxLQUFLO0FBQUEsTUFDVjtBQUFBLE1BQ0EsTUFBTSxLQUFLLFVBQVUsT0FBTyxNQUFNLGFBQWE7QUFBQSxNQUMvQyxDQUFDLFNBQVMsS0FBSztBQUFBLElBQ2pCO0FBQUEsRUFDRjtBQUFBLEVBR0EsZUFBZSxPQUFnQixjQUE2QixTQUF3QztBQUNsRyxVQUFNLE9BQU87QUFDYixVQUFNLGdCQUFnQixTQUFTLFdBQVcsU0FBWSxLQUFLLFdBQVc7QUFDdEUsUUFBSSxDQUFDLEtBQUssU0FBUyxPQUFRLFFBQU8sS0FBSyxVQUFVLGVBQWUsTUFBTSxjQUFjLGFBQWE7QUFDakcsV0FBTyxLQUFLO0FBQUEsTUFDVjtBQUFBLE1BQ0EsTUFBTSxLQUFLLFVBQVUsZUFBZSxNQUFNLGNBQWMsYUFBYTtBQUFBLE1BQ3JFLENBQUMsYUFBYSxTQUFTLE9BQU8sQ0FBQyxLQUFLLE1BQU0sTUFBTSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQUEsSUFDckU7QUFBQSxFQUNGO0FBQUEsRUFFQSxTQUF1QjtBQUNyQixVQUFNQSxVQUFTLEtBQUssT0FBTztBQUMzQixXQUFPQSxRQUFPLFNBQVMsS0FBSyxPQUFPLEVBQUUsR0FBR0EsUUFBTyxJQUFJLEVBQUUsR0FBR0EsU0FBUSxNQUFNLEtBQUssS0FBSztBQUFBLEVBQ2xGO0FBQUEsRUFFQSxTQUFZLE1BQW1DLEtBQWMsT0FBOEI7QUFDekYsVUFBTSxFQUFFLFNBQVMsU0FBUyxjQUFjLElBQUksS0FBSztBQUNqRCxVQUFNLFVBQVUsUUFBUTtBQUN4QixRQUFJO0FBQ0osUUFBSTtBQUNGLFlBQU0sSUFBSTtBQUFBLElBQ1osU0FBUyxPQUFPO0FBQ2QsVUFBSSxRQUFRLE1BQU0sT0FBTyxHQUFHO0FBQzFCLGdCQUFRLEtBQUssRUFBRSxNQUFNLFNBQVMsTUFBTSxLQUFLLE1BQU0sVUFBVSxLQUFLLFVBQVUsT0FBTyxRQUFRLEtBQUssRUFBRSxDQUFDO0FBQUEsTUFDakc7QUFDQSxZQUFNO0FBQUEsSUFDUjtBQUNBLFFBQUksUUFBUSxNQUFNLFFBQVEsR0FBRztBQUMzQixZQUFNLFFBQXFCO0FBQUEsUUFDekIsTUFBTTtBQUFBLFFBQ04sTUFBTSxLQUFLO0FBQUEsUUFDWCxTQUFTLEtBQUs7QUFBQSxRQUNkLE1BQU0sS0FBSztBQUFBLFFBQ1gsWUFBWSxRQUFRLElBQUk7QUFBQSxRQUN4QixPQUFPLE1BQU0sR0FBRztBQUFBLFFBQ2hCLFdBQVcsU0FBUyxVQUFhLFNBQVMsT0FBTyxDQUFDLElBQUksT0FBTyxLQUFLLElBQUk7QUFBQSxNQUN4RTtBQUNBLFVBQUksaUJBQWlCLFNBQVMsT0FBVyxPQUFNLFNBQVMsRUFBRSxHQUFHLEtBQUs7QUFDbEUsY0FBUSxLQUFLLEtBQUs7QUFBQSxJQUNwQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHTyxTQUFTLFFBQVEsT0FBdUI7QUFDN0MsU0FBTyxpQkFBaUIsUUFBUSxRQUFRLElBQUksTUFBTSxPQUFPLEtBQUssQ0FBQztBQUNqRTs7O0FDdk1BLFlBQVlDLFFBQU87QUE0Q25CLElBQU0saUJBQW1CLFVBQU87QUFBQSxFQUM5QixpQkFBbUIsV0FBUSxHQUFHLEVBQUUsT0FBTyxZQUFZLENBQUM7QUFBQSxFQUNwRCxTQUFXLFVBQU87QUFBQSxFQUNsQixXQUFhLFVBQVMsVUFBTyxHQUFLLFVBQU8sRUFBRSxTQUFXLFVBQU8sR0FBRyxNQUFRLFVBQU8sRUFBRSxDQUFDLENBQUM7QUFBQSxFQUNuRixTQUFXO0FBQUEsSUFDUCxVQUFPO0FBQUEsSUFDUCxVQUFxQixDQUFDLE1BQU0sT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFRLENBQUMsTUFBTSxRQUFRLENBQUMsQ0FBQztBQUFBLEVBQ3hGO0FBQ0YsQ0FBQztBQU1NLFNBQVMsY0FBYyxPQUFnQixPQUE4QjtBQUMxRSxTQUFPLGdCQUFnQixnQkFBZ0IsT0FBTztBQUFBLElBQzVDLE1BQU0sVUFBVSxTQUFZLGFBQWE7QUFBQSxJQUN6QyxHQUFJLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxNQUFNLE1BQU07QUFBQSxJQUM3QyxPQUFPLEVBQUUsSUFBSSwyRUFBMkU7QUFBQSxFQUMxRixDQUFDO0FBQ0g7QUFrQk8sU0FBUyxlQUFlLFNBQXdCLFVBQXFDLENBQUMsR0FBbUI7QUFDOUcsUUFBTSxPQUF1QjtBQUFBLElBQzNCLE1BQU07QUFBQSxJQUNOLFFBQVE7QUFBQSxJQUNSLE1BQU0sT0FBTztBQUNYLGFBQU8sS0FBSyxTQUFTLFNBQVksU0FBWSxnQkFBZ0IsS0FBSyxJQUFJO0FBQUEsSUFDeEU7QUFBQSxJQUNBLE1BQU0sTUFBTSxNQUFNO0FBQ2hCLFdBQUs7QUFDTCxXQUFLLE9BQU8sZ0JBQWdCLElBQUk7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDQSxNQUFJLFFBQVEsaUJBQWlCLE9BQVcsTUFBSyxlQUFlLFFBQVE7QUFDcEUsU0FBTztBQUNUO0FBWU8sSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBQ2pCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDVDtBQUFBLEVBQ0E7QUFBQSxFQUNBLG9CQUFvQixvQkFBSSxJQUErQztBQUFBLEVBQ3ZFLGtCQUFrQixvQkFBSSxJQUEwQjtBQUFBLEVBQ2hEO0FBQUEsRUFDQSxXQUEwQixRQUFRLFFBQVE7QUFBQSxFQUUxQyxZQUFZLFNBQTBCLFFBQXdCLFNBQW1DO0FBQy9GLFNBQUssV0FBVztBQUNoQixTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVcsUUFBUSxnQkFBZ0I7QUFDeEMsU0FBSyxXQUFXO0FBQUEsRUFDbEI7QUFBQTtBQUFBLEVBR0EsS0FBSyxNQUFjLFVBQWtCQyxTQUFzQixNQUFvQjtBQUM3RSxVQUFNLFlBQVksR0FBRyxJQUFJLElBQUlBLFFBQU8sT0FBTztBQUMzQyxVQUFNLFdBQVcsS0FBSyxrQkFBa0IsSUFBSSxHQUFHLElBQUksSUFBSSxRQUFRLEVBQUU7QUFDakUsUUFBSSxVQUFVLFlBQVlBLFFBQU8sV0FBVyxTQUFTLFNBQVMsUUFBUSxLQUFLLGdCQUFnQixJQUFJLFNBQVMsRUFBRztBQUMzRyxTQUFLLGtCQUFrQixJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsSUFBSSxFQUFFLFNBQVNBLFFBQU8sU0FBUyxLQUFLLENBQUM7QUFDbkYsU0FBSyxnQkFBZ0IsSUFBSSxXQUFXQSxRQUFPLFNBQVMsT0FBT0EsVUFBUyxFQUFFLEdBQUdBLFNBQVEsS0FBSyxDQUFDO0FBQ3ZGLFFBQUksS0FBSyxXQUFXLFFBQVc7QUFDN0IsV0FBSyxTQUFTLEtBQUssUUFBUSxXQUFXLE1BQU07QUFDMUMsYUFBSyxTQUFTO0FBQ2QsYUFBSyxLQUFLLE1BQU07QUFBQSxNQUNsQixHQUFHLEtBQUssUUFBUTtBQUNoQixZQUFNLEtBQUssTUFBTTtBQUFBLElBQ25CO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxNQUFNLE9BQU8sTUFBYyxVQUEyQztBQUNwRSxVQUFNLFVBQVUsS0FBSyxNQUFNLEtBQUssbUJBQW1CLEtBQUssaUJBQWlCLE1BQU0sUUFBUTtBQUN2RixRQUFJLFlBQVksT0FBVyxRQUFPO0FBQ2xDLFVBQU0sUUFBUSxNQUFNLEtBQUssTUFBTTtBQUMvQixRQUFJLFVBQVUsUUFBVztBQUN2QixhQUFPO0FBQUEsUUFDTCxPQUFPO0FBQUEsUUFDUCxRQUNFLEtBQUssZUFBZSxTQUNoQiwwQkFDQSxtQ0FBbUMsVUFBVSxLQUFLLFVBQVUsQ0FBQztBQUFBLE1BQ3JFO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxLQUFLO0FBQUEsTUFDakIsSUFBSSxJQUFJLE9BQU8sUUFBUSxNQUFNLFNBQVMsQ0FBQztBQUFBLE1BQ3ZDLElBQUksSUFBSSxPQUFPLFFBQVEsTUFBTSxPQUFPLENBQUM7QUFBQSxNQUNyQztBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQ0EsV0FBTyxTQUFTLEVBQUUsT0FBTyxPQUFPLFFBQVEsa0NBQWtDLElBQUksSUFBSSxRQUFRLElBQUk7QUFBQSxFQUNoRztBQUFBO0FBQUEsRUFHQSxRQUF1QjtBQUNyQixRQUFJLEtBQUssV0FBVyxRQUFXO0FBQzdCLFdBQUssUUFBUSxhQUFhLEtBQUssTUFBTTtBQUNyQyxXQUFLLFNBQVM7QUFBQSxJQUNoQjtBQUNBLFNBQUssV0FBVyxLQUFLLFNBQVMsS0FBSyxNQUFNLEtBQUssT0FBTyxDQUFDO0FBQ3RELFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLE1BQU0sU0FBd0I7QUFDNUIsUUFBSSxLQUFLLGtCQUFrQixTQUFTLEVBQUc7QUFDdkMsVUFBTSxZQUFZLEtBQUs7QUFDdkIsVUFBTSxVQUFVLEtBQUs7QUFDckIsU0FBSyxvQkFBb0Isb0JBQUksSUFBSTtBQUNqQyxTQUFLLGtCQUFrQixvQkFBSSxJQUFJO0FBQy9CLFVBQU0sUUFBUSxNQUFNLEtBQUssTUFBTTtBQUMvQixVQUFNLFNBQXVCO0FBQUEsTUFDM0IsaUJBQWlCO0FBQUEsTUFDakIsVUFBUyxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLE1BQ2hDLFdBQVcsRUFBRSxHQUFHLE9BQU8sV0FBVyxHQUFHLE9BQU8sWUFBWSxTQUFTLEVBQUU7QUFBQSxNQUNuRSxTQUFTLENBQUM7QUFBQSxJQUNaO0FBQ0EsZUFBVyxDQUFDLEtBQUssRUFBRSxRQUFRLENBQUMsS0FBSyxPQUFPLFFBQVEsT0FBTyxTQUFTLEdBQUc7QUFDakUsWUFBTSxZQUFZLEdBQUcsSUFBSSxNQUFNLEdBQUcsSUFBSSxRQUFRLEdBQUcsQ0FBQyxDQUFDLElBQUksT0FBTztBQUM5RCxZQUFNQSxVQUFTLFFBQVEsSUFBSSxTQUFTLE1BQU0sVUFBVSxTQUFZLFNBQVksU0FBUyxNQUFNLFNBQVMsU0FBUztBQUM3RyxVQUFJQSxZQUFXLE9BQVcsUUFBTyxPQUFPLFVBQVUsR0FBRztBQUFBLFVBQ2hELFFBQU8sUUFBUSxTQUFTLElBQUlBO0FBQUEsSUFDbkM7QUFDQSxRQUFJO0FBQ0YsWUFBTSxLQUFLLFNBQVMsTUFBTSxNQUFNO0FBQ2hDLFdBQUssU0FBUyxRQUFRLFFBQVEsTUFBTTtBQUNwQyxXQUFLLGFBQWE7QUFBQSxJQUNwQixTQUFTLE9BQU87QUFFZCxpQkFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLFVBQVcsS0FBSSxDQUFDLEtBQUssa0JBQWtCLElBQUksQ0FBQyxFQUFHLE1BQUssa0JBQWtCLElBQUksR0FBRyxDQUFDO0FBQ25HLGlCQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssUUFBUyxLQUFJLENBQUMsS0FBSyxnQkFBZ0IsSUFBSSxDQUFDLEVBQUcsTUFBSyxnQkFBZ0IsSUFBSSxHQUFHLENBQUM7QUFDN0YsV0FBSyxTQUFTLEtBQUs7QUFBQSxJQUNyQjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFFBQTJDO0FBQ3pDLFFBQUksS0FBSyxXQUFXLFFBQVc7QUFDN0IsV0FBSyxVQUFVLFlBQVk7QUFDekIsWUFBSTtBQUNGLGdCQUFNLE9BQU8sTUFBTSxLQUFLLFNBQVMsS0FBSztBQUN0QyxpQkFBTyxTQUFTLFNBQVksU0FBWSxjQUFjLElBQUk7QUFBQSxRQUM1RCxTQUFTLE9BQU87QUFDZCxlQUFLLGFBQWE7QUFDbEIsZUFBSyxTQUFTLEtBQUs7QUFDbkIsaUJBQU87QUFBQSxRQUNUO0FBQUEsTUFDRixHQUFHO0FBQUEsSUFDTDtBQUNBLFdBQU8sS0FBSztBQUFBLEVBQ2Q7QUFBQSxFQUVBLE1BQ0UsV0FDQSxTQUNBLE1BQ0EsVUFDNEI7QUFDNUIsUUFBSSxVQUFVLFVBQVUsSUFBSSxHQUFHLElBQUksSUFBSSxRQUFRLEVBQUUsR0FBRztBQUNwRCxRQUFJLFlBQVksVUFBYSxDQUFDLGdCQUFnQixRQUFRLEdBQUc7QUFDdkQsWUFBTSxXQUEwRCxDQUFDO0FBQ2pFLGlCQUFXLENBQUMsS0FBS0EsT0FBTSxLQUFLLFNBQVM7QUFDbkMsWUFBSSxJQUFJLFdBQVcsR0FBRyxJQUFJLEdBQUcsS0FBSyxJQUFJLFFBQVEsR0FBRyxNQUFNLEtBQUssUUFBUTtBQUNsRSxtQkFBUyxLQUFLLEVBQUUsU0FBU0EsUUFBTyxTQUFTLFFBQVFBLFFBQU8sVUFBVSxDQUFDLEdBQUcsUUFBQUEsUUFBTyxDQUFDO0FBQUEsUUFDaEY7QUFBQSxNQUNGO0FBQ0EsZ0JBQVUsZ0JBQWdCLFVBQVUsUUFBUSxHQUFHO0FBQUEsSUFDakQ7QUFDQSxVQUFNQSxVQUFTLFFBQVEsSUFBSSxHQUFHLElBQUksSUFBSSxXQUFXLFFBQVEsRUFBRTtBQUMzRCxRQUFJQSxZQUFXLE9BQVcsUUFBTztBQUNqQyxXQUFPLEVBQUUsT0FBTyxNQUFNLFFBQUFBLFNBQVEsTUFBTUEsUUFBTyxRQUFRLEdBQUc7QUFBQSxFQUN4RDtBQUNGO0FBRUEsU0FBUyxNQUFNLFFBQXVCO0FBQ3BDLFFBQU0sUUFBUTtBQUNkLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE9BQU8sTUFBTSxVQUFVLFdBQVksT0FBTSxNQUFNO0FBQ3BHO0FBRUEsU0FBUyxVQUFVLE9BQXdCO0FBQ3pDLFNBQU8saUJBQWlCLFFBQVEsR0FBRyxNQUFNLElBQUksS0FBSyxNQUFNLE9BQU8sS0FBSyxPQUFPLEtBQUs7QUFDbEY7OztBQ3RKTyxJQUFNLGVBQWU7QUFFckIsSUFBTSxtQkFBbUI7QUFDaEMsSUFBTSxpQkFBaUI7QUFDdkIsSUFBTSxxQkFBcUI7QUFDM0IsSUFBTSxzQkFBc0I7QUFhckIsU0FBUyxtQkFBbUIsU0FBNEM7QUFDN0UsU0FBTyxJQUFJLE9BQU8scUJBQXFCLE9BQU8sQ0FBQztBQUNqRDtBQUVBLElBQU0sU0FBTixNQUFxQztBQUFBLEVBQzFCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxTQUFTLG9CQUFJLElBQXFCO0FBQUEsRUFDbEMsYUFBYSxvQkFBSSxJQUFvQztBQUFBLEVBQzlEO0FBQUEsRUFDQSxVQUFVO0FBQUEsRUFFVixZQUFZLFNBQWdDO0FBQzFDLFNBQUssS0FBSztBQUNWLFNBQUssUUFBUSxRQUFRO0FBQ3JCLFVBQU0sUUFBUSxRQUFRO0FBQ3RCLFNBQUssT0FBTyxVQUFVLFNBQVksWUFBWSxLQUFLLEdBQUcsSUFBSSxNQUFNLE1BQU0sSUFBSTtBQUMxRSxVQUFNLE9BQU8sV0FBVztBQUN4QixVQUFNLFVBQVUsVUFBVSxVQUFhLFNBQVMsU0FBWSxLQUFLLE9BQU8sTUFBTSxLQUFLLElBQUk7QUFDdkYsU0FBSyxXQUFXLElBQUk7QUFBQSxNQUNsQixRQUFRLE1BQU0sb0JBQW9CLFNBQVksQ0FBQyxJQUFJLEVBQUUsU0FBUyxRQUFRLE1BQU0sZ0JBQWdCO0FBQUEsSUFDOUY7QUFDQSxTQUFLLGVBQWU7QUFDcEIsU0FBSyxPQUFPLEVBQUUsU0FBUyxLQUFLLFVBQVUsZUFBZSxRQUFRLGVBQWUsUUFBUTtBQUNwRixTQUFLLFNBQVMsSUFBSSxZQUFZLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDdEQsU0FBSyxZQUNILFFBQVEsYUFBYSxTQUNqQixTQUNBLElBQUk7QUFBQSxNQUFlLFFBQVE7QUFBQSxNQUFVLFFBQVE7QUFBQSxNQUFRLENBQUMsVUFDcEQsS0FBSyxXQUFXLHFCQUFxQixRQUFXLEtBQUs7QUFBQSxJQUN2RDtBQUNOLFFBQUksT0FBTyxLQUFLLE1BQU0sVUFBVSxZQUFZO0FBQzFDLFdBQUssV0FBVyxLQUFLLE1BQU0sTUFBTSxDQUFDLFNBQVMsS0FBSyxXQUFXLElBQUksQ0FBQztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUFBLEVBRUEsR0FBOEIsTUFBUyxVQUE4QztBQUNuRixXQUFPLEtBQUssU0FBUyxHQUFHLE1BQU0sUUFBUTtBQUFBLEVBQ3hDO0FBQUEsRUFFQSxXQUFXLE1BQXFCO0FBQzlCLFNBQUssT0FBTyxXQUFXLElBQUk7QUFBQSxFQUM3QjtBQUFBLEVBRUEsTUFBTSxRQUF1QjtBQUMzQixRQUFJLEtBQUssUUFBUztBQUNsQixTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVc7QUFDaEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssT0FBTyxXQUFXO0FBQ3ZCLFVBQU0sS0FBSyxXQUFXLE1BQU07QUFBQSxFQUM5QjtBQUFBLEVBRUEsVUFBc0MsTUFBUyxTQUE2RDtBQUcxRyxTQUFLLFNBQVMsV0FBVyxVQUFhLFFBQVEsV0FBVyxLQUFLLEdBQUcsV0FBVyxDQUFDLEtBQUssU0FBUztBQUN6RixZQUFNLFVBQVUsS0FBSyxPQUFPLElBQUksSUFBSTtBQUNwQyxZQUFNLGFBQWEsWUFBWSxTQUFZLFNBQVksS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ3pGLFVBQ0UsWUFBWSxhQUFhLFVBQ3pCLFlBQVksV0FDWCxRQUFRLFNBQVMsS0FBSyxLQUFLLElBQUksV0FBVyxXQUFXLEtBQUssT0FBTyxRQUNsRTtBQUNBLGNBQU0sU0FBUyxXQUFXLFdBQVcsYUFBYSxhQUFhO0FBQy9ELFlBQUksU0FBUyxXQUFXO0FBQ3hCLFlBQUksV0FBVyxRQUFXO0FBQ3hCLG1CQUFTLElBQUksYUFBYSxXQUFXLFVBQVUsUUFBUSxRQUFRLFVBQVUsS0FBSyxHQUFHLFFBQVEsS0FBSyxJQUFJO0FBQ2xHLHFCQUFXLFNBQVM7QUFBQSxRQUN0QjtBQUNBLFlBQUksS0FBSyxTQUFTLE9BQVEsTUFBSyxXQUFXLFNBQVMsRUFBRSxPQUFPLFdBQVcsVUFBVSxPQUFPLE9BQU8sT0FBTyxHQUFHLENBQUM7QUFDMUcsZUFBTyxRQUFRLFFBQVEsTUFBZ0M7QUFBQSxNQUN6RDtBQUFBLElBQ0Y7QUFDQSxXQUFPLEtBQUssV0FBVyxNQUFNLFdBQVcsQ0FBQyxDQUFDO0FBQUEsRUFDNUM7QUFBQSxFQUVBLE1BQU0sV0FBdUMsTUFBUyxTQUE0RDtBQUNoSCxVQUFNLFVBQVUsS0FBSyxTQUFTLFNBQVMsS0FBSyxLQUFLLFFBQVEsSUFBSTtBQUM3RCxRQUFJO0FBQ0osVUFBTSxTQUFTLFFBQVEsVUFBVSxLQUFLLEdBQUc7QUFDekMsUUFBSTtBQUNGLFVBQUksS0FBSztBQUNQLGNBQU0sSUFBSSxZQUFZLDJFQUEyRTtBQUNuRyxnQkFBVSxLQUFLLFNBQVMsSUFBSTtBQUM1QixZQUFNLFNBQVMsS0FBSyxhQUFhLFNBQVMsTUFBTSxLQUFNLE1BQU0sS0FBSyxPQUFPLFNBQVMsTUFBTTtBQUN2RixXQUFLLFdBQVcsU0FBUyxRQUFRLE9BQU87QUFDeEMsYUFBTyxJQUFJLGFBQWEsT0FBTyxPQUFPLE9BQU8sUUFBUSxRQUFRLFVBQVUsUUFBUSxLQUFLLElBQUk7QUFBQSxJQUMxRixTQUFTLE9BQU87QUFDZCxVQUFJLFlBQVksVUFBYSxRQUFRLGFBQWEsVUFBYSxZQUFZLEtBQUssR0FBRztBQUNqRixhQUFLLFdBQVcsUUFBUSxNQUFNLFFBQVEsVUFBVSxLQUFLO0FBQ3JELFlBQUk7QUFDSixZQUFJO0FBQ0Ysa0JBQVEsTUFBTSxLQUFLLFVBQVUsU0FBUyxRQUFRLFVBQVUsTUFBTTtBQUFBLFFBQ2hFLFNBQVMsZUFBZTtBQUN0QixlQUFLLFdBQVcsUUFBUSxNQUFNLFFBQVEsVUFBVSxhQUFhO0FBQzdELGdCQUFNO0FBQUEsUUFDUjtBQUNBLGFBQUssV0FBVyxTQUFTLEVBQUUsT0FBTyxPQUFPLFFBQVEsUUFBUSxXQUFXLEdBQUcsT0FBTztBQUM5RSxlQUFPLElBQUksYUFBYSxPQUFPLFlBQVksUUFBUSxVQUFVLFFBQVEsS0FBSyxJQUFJO0FBQUEsTUFDaEY7QUFDQSxZQUFNLFFBQVEsWUFBWSxVQUFhLGNBQWMsS0FBSyxJQUFJLGVBQWUsS0FBSyxJQUFJO0FBQ3RGLFdBQUssV0FBVyxTQUFTLFFBQVEsT0FBTyxJQUFJLEdBQUcsU0FBUyxVQUFVLEtBQUs7QUFDdkUsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLFNBQVMsT0FBb0Q7QUFDakUsUUFBSTtBQUNKLFFBQUk7QUFDRixhQUFPLFNBQVUsTUFBTSxLQUFLLHNCQUFzQjtBQUFBLElBQ3BELFNBQVMsT0FBTztBQUNkLGFBQU8sRUFBRSxRQUFRLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRSxNQUFNLGdCQUFnQixPQUFPLFFBQVEsS0FBSyxFQUFFLENBQUMsRUFBRTtBQUFBLElBQ2pGO0FBQ0EsVUFBTSxVQUFVLE1BQU0sUUFBUSxXQUFXLEtBQUssSUFBSSxDQUFDLFNBQVMsS0FBSyxVQUFVLElBQUksQ0FBQyxDQUFDO0FBQ2pGLFVBQU0sU0FBeUIsRUFBRSxRQUFRLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRTtBQUN4RCxZQUFRLFFBQVEsQ0FBQyxRQUFRLE1BQU07QUFDN0IsWUFBTSxPQUFPLEtBQUssQ0FBQyxLQUFLO0FBQ3hCLFVBQUksT0FBTyxXQUFXLGFBQWE7QUFDakMsY0FBTSxJQUFJLE9BQU87QUFDakIsZUFBTyxPQUFPLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxNQUFNLFNBQVMsRUFBRSxTQUFTLFFBQVEsRUFBRSxPQUFPLENBQUM7QUFBQSxNQUNqRixPQUFPO0FBQ0wsZUFBTyxPQUFPLEtBQUssRUFBRSxNQUFNLE9BQU8sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQUEsTUFDNUQ7QUFBQSxJQUNGLENBQUM7QUFDRCxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFJQSxTQUFTLE1BQXVCO0FBQzlCLFVBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxJQUFJO0FBQ2pDLFFBQUksU0FBUyxPQUFXLFFBQU87QUFDL0IsVUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJLFVBQVUsSUFBSTtBQUN6QyxVQUFNLFlBQVksWUFBWSxLQUFLLGNBQWMsSUFBSTtBQUNyRCxVQUFNLFVBQVUsS0FBSyxhQUFhLE1BQU0sU0FBUztBQUNqRCxRQUFJLEtBQUssT0FBTyxRQUFRLGVBQWdCLE1BQUssT0FBTyxNQUFNO0FBQzFELFNBQUssT0FBTyxJQUFJLE1BQU0sT0FBTztBQUM3QixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsYUFBYSxNQUFjLFVBQTJCO0FBQ3BELFdBQU8sRUFBRSxNQUFNLFVBQVUsS0FBSyxTQUFTLE1BQU0sUUFBUSxHQUFHLE9BQU8sYUFBYSxRQUFRLE1BQU0sUUFBUTtBQUFBLEVBQ3BHO0FBQUE7QUFBQSxFQUdBLGNBQWMsTUFBc0I7QUFDbEMsVUFBTSxXQUFXLEtBQUssR0FBRztBQUN6QixVQUFNLFNBQVMsYUFBYSxTQUFZLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUNuRixXQUFPLFFBQVEsV0FBVyxTQUFTLEtBQUssR0FBRyxNQUFNLElBQUksS0FBSyxLQUFLLEdBQUc7QUFBQSxFQUNwRTtBQUFBO0FBQUEsRUFHQSxpQkFBaUIsTUFBc0I7QUFDckMsVUFBTSxXQUFXLEtBQUssR0FBRztBQUN6QixVQUFNLFNBQVMsYUFBYSxTQUFZLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUNuRixXQUFPLFFBQVEsV0FBVyxTQUFTLEtBQUssR0FBRyxNQUFNLElBQUksS0FBSztBQUFBLEVBQzVEO0FBQUEsRUFFQSxNQUFNLHdCQUEyQztBQUMvQyxVQUFNLFFBQVEsb0JBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxLQUFLLEtBQUssR0FBRyxVQUFVLFdBQVcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxPQUFPLEtBQUssS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQ3JHLFFBQUksTUFBTSxTQUFTLEtBQUssT0FBTyxLQUFLLE1BQU0sU0FBUyxZQUFZO0FBQzdELGlCQUFXLFFBQVEsTUFBTSxLQUFLLE1BQU0sS0FBSyxFQUFHLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDNUQ7QUFDQSxXQUFPLENBQUMsR0FBRyxLQUFLLEVBQUUsS0FBSztBQUFBLEVBQ3pCO0FBQUE7QUFBQTtBQUFBLEVBS0EsYUFBYSxTQUFrQixRQUFxQztBQUNsRSxVQUFNLGFBQWEsS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ3JELFVBQU0sV0FBVyxlQUFlLFVBQWEsV0FBVyxLQUFLLEdBQUcsU0FBUyxTQUFZLFdBQVc7QUFDaEcsUUFBSSxlQUFlLFVBQWEsYUFBYSxPQUFXLFFBQU87QUFDL0QsVUFBTSxZQUFZLEtBQUssT0FBTyxVQUFVLFlBQVksUUFBUSxLQUFLO0FBQ2pFLFFBQUksY0FBYyxTQUFTO0FBQ3pCLGFBQU8sRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsV0FBVyxXQUFXLGFBQWEsYUFBYSxRQUFRO0FBQUEsSUFDMUc7QUFDQSxRQUFJLGNBQWMsVUFBVyxRQUFPO0FBQ3BDLFNBQUssU0FBUyxTQUFTLFVBQVU7QUFDakMsV0FBTyxFQUFFLE9BQU8sVUFBVSxPQUFPLFNBQVMsUUFBUSxXQUFXLFdBQVcsYUFBYSxhQUFhLFFBQVE7QUFBQSxFQUM1RztBQUFBLEVBRUEsTUFBTSxPQUFPLFNBQWtCLFFBQWtDO0FBQy9ELFVBQU0sRUFBRSxZQUFZLE9BQUFDLFFBQU8sT0FBTyxJQUFJLE1BQU0sS0FBSyxTQUFTLE9BQU87QUFDakUsVUFBTSxXQUFXLFdBQVcsS0FBSyxHQUFHLFNBQVMsV0FBVyxXQUFXO0FBQ25FLFFBQUksYUFBYSxPQUFXLFFBQU8sRUFBRSxPQUFPLFVBQVUsT0FBQUEsUUFBTyxPQUFPO0FBQ3BFLFVBQU0sUUFBUSxNQUFNLEtBQUssU0FBUyxZQUFZLE1BQU07QUFDcEQsV0FBTyxFQUFFLE9BQU8sTUFBTSxPQUFPLE9BQU8sTUFBTSxVQUFVQSxXQUFVLFFBQVEsYUFBYUEsUUFBTyxPQUFPO0FBQUEsRUFDbkc7QUFBQTtBQUFBLEVBR0EsTUFBTSxTQUFTLFNBQWlHO0FBQzlHLFVBQU0sU0FBUyxLQUFLLE9BQU8sV0FBVyxRQUFRLEdBQUc7QUFDakQsUUFBSTtBQUNKLFFBQUksV0FBVyxRQUFXO0FBQ3hCLFlBQU0sWUFBWSxLQUFLLE9BQU8sVUFBVSxRQUFRLFFBQVEsS0FBSztBQUM3RCxVQUFJLGNBQWMsU0FBUztBQUN6QixlQUFPLEVBQUUsWUFBWSxRQUFRLE9BQU8sT0FBTyxRQUFRLE9BQU8sV0FBVyxhQUFhLGFBQWEsUUFBUTtBQUFBLE1BQ3pHO0FBQ0EsVUFBSSxjQUFjLFNBQVM7QUFDekIsYUFBSyxTQUFTLFNBQVMsTUFBTTtBQUM3QixlQUFPLEVBQUUsWUFBWSxRQUFRLE9BQU8sU0FBUyxRQUFRLE9BQU8sV0FBVyxhQUFhLGFBQWEsUUFBUTtBQUFBLE1BQzNHO0FBQ0EsZ0JBQVU7QUFDVixXQUFLLE9BQU8saUJBQWlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDbEQ7QUFDQSxVQUFNLEVBQUUsU0FBUyxPQUFPLElBQUksS0FBSyxPQUFPO0FBQUEsTUFBTSxLQUFLLE9BQU87QUFBQSxNQUFTLFFBQVE7QUFBQSxNQUFLLFFBQVE7QUFBQSxNQUFNLENBQUMsV0FDN0YsS0FBSyxNQUFNLFNBQVMsUUFBUSxPQUFPO0FBQUEsSUFDckM7QUFDQSxVQUFNLEVBQUUsWUFBWSxPQUFPLElBQUksTUFBTTtBQUNyQyxXQUFPLEVBQUUsWUFBWSxPQUFPLFNBQVMsYUFBYSxRQUFRLE9BQU87QUFBQSxFQUNuRTtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQU0sU0FBa0IsUUFBd0IsU0FBa0Q7QUFDdEcsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLGFBQWEsTUFBTSxLQUFLLGVBQWUsT0FBTztBQUNwRCxVQUFJLENBQUMsT0FBTyxVQUFXLE1BQUssT0FBTyxjQUFjLFFBQVEsS0FBSyxVQUFVO0FBQ3hFLGFBQU8sRUFBRSxZQUFZLFFBQVEsUUFBUTtBQUFBLElBQ3ZDLFNBQVMsT0FBTztBQUNkLFVBQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxPQUFNO0FBQ2pDLG1CQUFhO0FBQUEsSUFDZjtBQUNBLFVBQU0sUUFBUSxDQUFDLE9BQU8sS0FBSyxNQUFNLElBQUksa0JBQWtCQyxXQUFVLFVBQVUsQ0FBQyxHQUFHO0FBRy9FLFVBQU0sVUFBVSxLQUFLLE9BQU8sV0FBVyxRQUFRLEdBQUc7QUFDbEQsUUFBSSxZQUFZLFVBQWEsS0FBSyxPQUFPLFVBQVUsU0FBUyxRQUFRLEtBQUssTUFBTSxXQUFXO0FBQ3hGLGFBQU8sRUFBRSxZQUFZLFNBQVMsUUFBUSxRQUFRO0FBQUEsSUFDaEQ7QUFDQSxVQUFNO0FBQUEsTUFDSixZQUFZLFNBQ1Isa0JBQ0EsbUJBQW1CLFFBQVEsT0FBTyxxQ0FBcUMsS0FBSyxPQUFPLFVBQVU7QUFBQSxJQUNuRztBQUVBLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsWUFBTSxLQUFLLHdCQUF3QjtBQUFBLElBQ3JDLE9BQU87QUFDTCxZQUFNLFFBQVEsTUFBTSxLQUFLLFVBQVUsT0FBTyxRQUFRLE1BQU0sUUFBUSxRQUFRO0FBQ3hFLFVBQUksTUFBTSxPQUFPO0FBQ2YsWUFBSTtBQUNGLGdCQUFNQyxVQUFTLFlBQVksTUFBTSxRQUFRLGtCQUFrQixRQUFRLEdBQUcsRUFBRTtBQUN4RSxjQUFJQSxRQUFPLFNBQVMsUUFBUSxLQUFNLE9BQU0sSUFBSSxNQUFNLGFBQWFBLFFBQU8sSUFBSSxHQUFHO0FBQzdFLGdCQUFNLE9BQU8sTUFBTSxlQUFlQSxTQUFRLFdBQVcsS0FBSyxHQUFHLFVBQVUsUUFBUSxNQUFNQSxRQUFPLE9BQU8sQ0FBQztBQUNwRyxnQkFBTSxhQUF5QjtBQUFBLFlBQzdCLE1BQU0sUUFBUTtBQUFBLFlBQ2QsVUFBVSxRQUFRO0FBQUEsWUFDbEIsUUFBQUE7QUFBQSxZQUNBLFNBQVNBLFFBQU87QUFBQSxZQUNoQjtBQUFBLFlBQ0EsUUFBUTtBQUFBO0FBQUEsWUFFUixVQUFVLEtBQUssS0FBSyxJQUFJLEtBQUssT0FBTztBQUFBLFlBQ3BDLFNBQVM7QUFBQSxZQUNULFVBQVU7QUFBQSxVQUNaO0FBQ0EsY0FBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE9BQU8sY0FBYyxRQUFRLEtBQUssVUFBVTtBQUN4RSxpQkFBTyxFQUFFLFlBQVksUUFBUSxXQUFXO0FBQUEsUUFDMUMsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0sS0FBSyxvQ0FBb0NELFdBQVUsS0FBSyxDQUFDLEdBQUc7QUFBQSxRQUNwRTtBQUFBLE1BQ0YsT0FBTztBQUNMLGNBQU0sS0FBSyxNQUFNLE1BQU07QUFBQSxNQUN6QjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsc0JBQXNCLGFBQWEsYUFBYTtBQUM5RCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixRQUFRLEdBQUcsTUFBTSxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDM0Q7QUFBQSxRQUNFLE9BQU8sS0FBSyxNQUFNO0FBQUEsUUFDbEIsR0FBSSxPQUFPLFdBQVcsU0FBWSxDQUFDLElBQUksRUFBRSxRQUFRLE1BQU0sT0FBTztBQUFBLFFBQzlELFdBQVcsT0FBTyxhQUFhO0FBQUEsTUFDakM7QUFBQSxNQUNBLEVBQUUsT0FBTyxXQUFXO0FBQUEsSUFDdEI7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLGVBQWUsU0FBdUM7QUFDMUQsVUFBTUMsVUFBUyxNQUFNLFlBQVksS0FBSyxPQUFPLFFBQVEsTUFBTSxRQUFRLFFBQVE7QUFDM0UsVUFBTSxPQUFPLE1BQU0sZUFBZUEsU0FBUSxXQUFXLEtBQUssR0FBRyxVQUFVLFFBQVEsTUFBTUEsUUFBTyxPQUFPLENBQUM7QUFDcEcsU0FBSyxXQUFXLEtBQUssUUFBUSxNQUFNLFFBQVEsVUFBVUEsU0FBUSxJQUFJO0FBQ2pFLFdBQU87QUFBQSxNQUNMLE1BQU0sUUFBUTtBQUFBLE1BQ2QsVUFBVSxRQUFRO0FBQUEsTUFDbEIsUUFBQUE7QUFBQSxNQUNBLFNBQVNBLFFBQU87QUFBQSxNQUNoQjtBQUFBLE1BQ0EsUUFBUTtBQUFBLE1BQ1IsVUFBVSxLQUFLLEtBQUs7QUFBQSxNQUNwQixTQUFTO0FBQUEsTUFDVCxVQUFVO0FBQUEsSUFDWjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsU0FBUyxTQUFrQixPQUF5QjtBQUNsRCxRQUFJLEtBQUssT0FBTyxXQUFXLElBQUksUUFBUSxHQUFHLEtBQUssS0FBSyxLQUFLLElBQUksTUFBTSxRQUFTO0FBQzVFLFVBQU0sYUFBYSxLQUFLLE9BQU87QUFDL0IsU0FBSyxPQUFPLE1BQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxNQUFNLE9BQU8sV0FBVztBQUN6RSxVQUFJO0FBQ0YsY0FBTSxRQUFRLE1BQU0sS0FBSyxlQUFlLE9BQU87QUFDL0MsY0FBTSxZQUFZLE1BQU0sS0FBSyxTQUFTLE9BQU8sS0FBSyxHQUFHLFFBQVEsTUFBTSxRQUFRLEdBQUc7QUFDOUUsYUFBSyxPQUFPLEtBQUssWUFBWSxRQUFRLEtBQUssTUFBTTtBQUNoRCxZQUFJLE9BQU8sVUFBVztBQUN0QixhQUFLLE9BQU8sY0FBYyxRQUFRLEtBQUssS0FBSztBQUM1QyxhQUFLLGFBQWEsU0FBUyxNQUFNLE1BQU0sU0FBUyxNQUFNLE9BQU87QUFBQSxNQUMvRCxTQUFTLE9BQU87QUFDZCxhQUFLLE9BQU8sS0FBSyxZQUFZLFFBQVEsS0FBSyxNQUFNO0FBQ2hELFlBQUksT0FBTyxVQUFXO0FBQ3RCLFlBQUksV0FBVyxLQUFLLEdBQUc7QUFFckIsZUFBSyxPQUFPLGlCQUFpQixRQUFRLEtBQUssS0FBSztBQUFBLFFBQ2pELE9BQU87QUFDTCxnQkFBTSxVQUFVLEtBQUssS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTyxnQkFBZ0I7QUFBQSxRQUM1RTtBQUNBLGFBQUssYUFBYSxTQUFTLE9BQU8sTUFBTSxTQUFTLFFBQVcsS0FBSztBQUFBLE1BQ25FO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVFBLFNBQ0UsWUFDQSxRQUNBLFVBQ2dHO0FBQ2hHLFVBQU0sWUFBWSxXQUFXLEtBQUssR0FBRztBQUNyQyxVQUFNLE1BQU0sWUFDUixTQUFTLFdBQVcsTUFBTSxXQUFXLE9BQU8sSUFDNUMsR0FBRyxTQUFTLFdBQVcsTUFBTSxXQUFXLE9BQU8sQ0FBQyxJQUFJLFNBQVMsV0FBVyxPQUFPO0FBQ25GLFVBQU0sTUFBTSxLQUFLLE9BQU8sY0FBYyxHQUFHO0FBQ3pDLFFBQUksUUFBUSxVQUFhLElBQUksU0FBUyxXQUFXLFNBQVMsYUFBYSxVQUFhLElBQUksS0FBSyxTQUFTLElBQUk7QUFDeEcsVUFBSSxVQUFXLGdCQUFlLFlBQVksR0FBRztBQUM3QyxhQUFPLEVBQUUsT0FBTyxLQUFLLFFBQVEsTUFBTTtBQUFBLElBQ3JDO0FBQ0EsVUFBTSxFQUFFLFNBQVMsT0FBTyxJQUFJLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxNQUFNLE9BQU8sV0FBVztBQUMzRyxZQUFNLEVBQUUsU0FBUyxLQUFLLElBQUksTUFBTSxLQUFLLGdCQUFnQixXQUFXLE1BQU07QUFDdEUsWUFBTSxXQUFXLEtBQUssT0FBTyxjQUFjLEdBQUcsS0FBSztBQUNuRCxZQUFNLFFBQ0osYUFBYSxVQUFhLFNBQVMsU0FBUyxXQUFXLFFBQVEsU0FBUyxTQUFTLE1BQU0sSUFBSSxJQUN2RixXQUNBO0FBQUEsUUFDRSxRQUFRLFdBQVc7QUFBQSxRQUNuQixNQUFNLFdBQVc7QUFBQSxRQUNqQixVQUFVLGNBQWMsV0FBVyxRQUFRLEVBQUUsUUFBUSxVQUFVLENBQUMsU0FBUyxRQUFRLElBQUksSUFBSSxFQUFFLENBQUM7QUFBQSxRQUM1RjtBQUFBLE1BQ0Y7QUFDTixVQUFJLENBQUMsT0FBTyxVQUFXLE1BQUssT0FBTyxZQUFZLEtBQUssS0FBSztBQUN6RCxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQ0QsV0FBTyxRQUFRLEtBQUssQ0FBQyxVQUFVO0FBQzdCLFVBQUksVUFBVyxnQkFBZSxZQUFZLEtBQUs7QUFDL0MsYUFBTyxFQUFFLE9BQU8sT0FBTztBQUFBLElBQ3pCLENBQUM7QUFBQSxFQUNIO0FBQUE7QUFBQSxFQUdBLE1BQU0sZ0JBQ0osTUFDNEU7QUFDNUUsVUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLFVBQU0sT0FBTyxvQkFBSSxJQUFvQjtBQUNyQyxVQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFJLFFBQVEsZUFBZSxJQUFJO0FBQy9CLFdBQU8sTUFBTSxTQUFTLEdBQUc7QUFDdkIsWUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLFNBQVMsQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDO0FBQ3BELGlCQUFXLFFBQVEsTUFBTyxNQUFLLElBQUksSUFBSTtBQUN2QyxVQUFJLEtBQUssT0FBTyxjQUFjO0FBQzVCLGNBQU0sSUFBSTtBQUFBLFVBQ1Isc0JBQXNCLFlBQVk7QUFBQSxVQUNsQyxFQUFFLFlBQVksS0FBSyxNQUFNLE9BQU8sV0FBVztBQUFBLFFBQzdDO0FBQUEsTUFDRjtBQUNBLFlBQU0sU0FBUyxNQUFNLFFBQVEsSUFBSSxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssZUFBZSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3JGLGNBQVEsQ0FBQztBQUNULGFBQU8sUUFBUSxDQUFDQSxTQUFRLE1BQU07QUFDNUIsY0FBTSxPQUFPLE1BQU0sQ0FBQyxLQUFLO0FBQ3pCLFlBQUlBLFlBQVcsT0FBVztBQUMxQixnQkFBUSxJQUFJLE1BQU1BLE9BQU07QUFDeEIsYUFBSyxJQUFJLE1BQU1BLFFBQU8sT0FBTztBQUM3QixZQUFJQSxZQUFXLEtBQU0sT0FBTSxLQUFLLEdBQUcsZUFBZUEsT0FBTSxDQUFDO0FBQUEsTUFDM0QsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLEVBQUUsU0FBUyxLQUFLO0FBQUEsRUFDekI7QUFBQTtBQUFBLEVBR0EsTUFBTSxlQUFlLE1BQW9CLE1BQWlEO0FBQ3hGLFFBQUksU0FBUyxLQUFLLEtBQU0sUUFBTztBQUMvQixRQUFJO0FBQ0YsY0FBUSxNQUFNLEtBQUssU0FBUyxLQUFLLGFBQWEsTUFBTSxLQUFLLGlCQUFpQixJQUFJLENBQUMsQ0FBQyxHQUFHLFdBQVc7QUFBQSxJQUNoRyxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixvQkFBcUIsUUFBTztBQUNqRCxZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBSUEsTUFBTSxVQUFVLFNBQWtCLFVBQTBCLFFBQXlDO0FBQ25HLFVBQU0sVUFBVSxPQUFPLGFBQWEsV0FBVyxHQUFHLFFBQVEsSUFBSSxLQUFTLE1BQU0sS0FBUyxRQUFRLEtBQUs7QUFDbkcsVUFBTSxPQUFPLFlBQVksU0FBWSxTQUFZLEtBQUssV0FBVyxJQUFJLE9BQU87QUFDNUUsUUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixVQUFNLFNBQVMsWUFBb0M7QUFDakQsWUFBTUEsVUFBUyxlQUFlLFFBQVEsTUFBTSxRQUFRO0FBQ3BELFlBQU0sT0FBTyxNQUFNLGVBQWVBLE9BQU07QUFDeEMsWUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLGlCQUFXLFFBQVEsZUFBZUEsT0FBTSxHQUFHO0FBQ3pDLGNBQU0sU0FBUyxLQUFLLE9BQU8sV0FBVyxTQUFTLE1BQU0sS0FBSyxpQkFBaUIsSUFBSSxDQUFDLENBQUM7QUFDakYsWUFBSSxXQUFXLE9BQVcsU0FBUSxJQUFJLE1BQU0sT0FBTyxNQUFNO0FBQUEsTUFDM0Q7QUFDQSxZQUFNLFdBQVcsY0FBY0EsU0FBUSxFQUFFLFFBQVEsVUFBVSxDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksRUFBRSxDQUFDO0FBQ3hGLGFBQU8sRUFBRSxRQUFBQSxTQUFRLE1BQU0sVUFBVSxNQUFNLG9CQUFJLElBQUksRUFBRTtBQUFBLElBQ25ELEdBQUc7QUFDSCxRQUFJLFlBQVksUUFBVztBQUN6QixVQUFJLEtBQUssV0FBVyxRQUFRLG1CQUFvQixNQUFLLFdBQVcsTUFBTTtBQUN0RSxXQUFLLFdBQVcsSUFBSSxTQUFTLEtBQUs7QUFDbEMsWUFBTSxNQUFNLE1BQU0sS0FBSyxXQUFXLE9BQU8sT0FBTyxDQUFDO0FBQUEsSUFDbkQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFJQSxpQkFBdUI7QUFDckIsVUFBTSxJQUFJLEtBQUssR0FBRztBQUNsQixRQUFJLEVBQUUsUUFBUyxNQUFLLFNBQVMsR0FBRyxTQUFTLEVBQUUsT0FBTztBQUNsRCxRQUFJLEVBQUUsU0FBVSxNQUFLLFNBQVMsR0FBRyxVQUFVLEVBQUUsUUFBUTtBQUNyRCxRQUFJLEVBQUUsVUFBVyxNQUFLLFNBQVMsR0FBRyxXQUFXLEVBQUUsU0FBUztBQUN4RCxRQUFJLEVBQUUsUUFBUyxNQUFLLFNBQVMsR0FBRyxTQUFTLEVBQUUsT0FBTztBQUNsRCxRQUFJLEVBQUUsYUFBYyxNQUFLLFNBQVMsR0FBRyxjQUFjLEVBQUUsWUFBWTtBQUNqRSxRQUFJLEVBQUUsVUFBVyxNQUFLLFNBQVMsR0FBRyxXQUFXLEVBQUUsU0FBUztBQUN4RCxRQUFJLEVBQUUsUUFBUyxNQUFLLFNBQVMsUUFBUSxFQUFFLE9BQU87QUFBQSxFQUNoRDtBQUFBLEVBRUEsV0FBVyxTQUFrQixRQUFnQixTQUF1QjtBQUNsRSxRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sT0FBTyxFQUFHO0FBQ25DLFNBQUssU0FBUyxLQUFLO0FBQUEsTUFDakIsTUFBTTtBQUFBLE1BQ04sTUFBTSxRQUFRO0FBQUEsTUFDZCxVQUFVLFFBQVE7QUFBQSxNQUNsQixTQUFTLE9BQU8sTUFBTSxPQUFPO0FBQUEsTUFDN0IsTUFBTSxPQUFPLE1BQU07QUFBQSxNQUNuQixPQUFPLEtBQUssTUFBTTtBQUFBLE1BQ2xCLE9BQU8sT0FBTztBQUFBLE1BQ2QsUUFBUSxPQUFPO0FBQUEsTUFDZixZQUFZLFlBQVksSUFBSSxJQUFJLEtBQUssS0FBSyxRQUFRLElBQUk7QUFBQSxJQUN4RCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsYUFBYSxTQUFrQixJQUFhLGFBQXFCLFdBQW9CLE9BQXVCO0FBQzFHLFFBQUksQ0FBQyxLQUFLLFNBQVMsTUFBTSxTQUFTLEVBQUc7QUFDckMsU0FBSyxTQUFTLEtBQUs7QUFBQSxNQUNqQixNQUFNO0FBQUEsTUFDTixNQUFNLFFBQVE7QUFBQSxNQUNkLFVBQVUsUUFBUTtBQUFBLE1BQ2xCO0FBQUEsTUFDQTtBQUFBLE1BQ0EsR0FBSSxjQUFjLFNBQVksQ0FBQyxJQUFJLEVBQUUsVUFBVTtBQUFBLE1BQy9DLEdBQUksVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sUUFBUSxLQUFLLEVBQUU7QUFBQSxJQUN6RCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsV0FBVyxNQUFjLFVBQThCLE9BQXNCO0FBQzNFLFFBQUksQ0FBQyxLQUFLLFNBQVMsTUFBTSxPQUFPLEVBQUc7QUFDbkMsU0FBSyxTQUFTLEtBQUs7QUFBQSxNQUNqQixNQUFNO0FBQUEsTUFDTjtBQUFBLE1BQ0EsR0FBSSxhQUFhLFNBQVksQ0FBQyxJQUFJLEVBQUUsU0FBUztBQUFBLE1BQzdDLE9BQU8sUUFBUSxLQUFLO0FBQUEsSUFDdEIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsY0FBYyxPQUFxQztBQUMxRCxTQUFPLGlCQUFpQjtBQUMxQjtBQUdBLFNBQVMsWUFBWSxPQUF5QjtBQUM1QyxTQUFPLGNBQWMsS0FBSyxLQUFLLFdBQVcsS0FBSztBQUNqRDtBQUVBLFNBQVMsZUFBZSxPQUErQjtBQUNyRCxTQUFPLElBQUk7QUFBQSxJQUNULEdBQUcsTUFBTSxPQUFPO0FBQUEsSUFDaEIsRUFBRSxPQUFPLE1BQU0sT0FBTyxHQUFJLE1BQU0sV0FBVyxTQUFZLENBQUMsSUFBSSxFQUFFLFFBQVEsTUFBTSxPQUFPLEdBQUksV0FBVyxNQUFNLFVBQVU7QUFBQSxJQUNsSCxFQUFFLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxFQUNoQztBQUNGO0FBR0EsU0FBUyxlQUFlLFlBQXdCLE9BQTRCO0FBQzFFLE1BQUksV0FBVyxhQUFhLE1BQU87QUFDbkMsYUFBVyxXQUFXO0FBQ3RCLGFBQVcsU0FBUztBQUN0QjtBQUVBLFNBQVMsU0FBUyxHQUFnQyxHQUF5QztBQUN6RixNQUFJLEVBQUUsU0FBUyxFQUFFLEtBQU0sUUFBTztBQUM5QixhQUFXLENBQUMsTUFBTSxPQUFPLEtBQUssRUFBRyxLQUFJLEVBQUUsSUFBSSxJQUFJLE1BQU0sUUFBUyxRQUFPO0FBQ3JFLFNBQU87QUFDVDtBQUVBLFNBQVNELFdBQVUsT0FBd0I7QUFDekMsU0FBTyxpQkFBaUIsUUFBUSxHQUFHLE1BQU0sSUFBSSxLQUFLLE1BQU0sT0FBTyxLQUFLLE9BQU8sS0FBSztBQUNsRjs7O0FDcm9CQSxTQUFTLFlBQVksdUJBQXVCO0FBRTVDLE9BQU9FLGtCQUFpQjs7O0FDRnhCLFlBQVlDLFFBQU87QUFHWixJQUFNLG1CQUFtQjtBQUd6QixJQUFNLG9CQUFzQixVQUFPO0FBQUEsRUFDeEMsU0FBVyxVQUFPO0FBQUEsRUFDbEIsUUFBVSxTQUFRLFVBQU8sQ0FBQztBQUFBLEVBQzFCLE1BQVEsWUFBVyxVQUFPLENBQUM7QUFDN0IsQ0FBQztBQUdNLElBQU0sb0JBQXNCLFVBQU87QUFBQSxFQUN4QyxNQUFRLFVBQU87QUFBQSxFQUNmLFVBQVksU0FBTSxpQkFBaUI7QUFDckMsQ0FBQztBQUdNLElBQU0sbUJBQXFCLFVBQU87QUFBQSxFQUN2QyxTQUFXO0FBQUEsSUFDUCxVQUFPO0FBQUEsTUFDUCxNQUFRLFVBQU87QUFBQSxNQUNmLFVBQVksWUFBVyxTQUFNLGlCQUFpQixDQUFDO0FBQUEsSUFDakQsQ0FBQztBQUFBLEVBQ0g7QUFDRixDQUFDO0FBR00sSUFBTSxxQkFBdUIsVUFBTyxFQUFFLFNBQVcsVUFBTyxFQUFFLENBQUM7QUFzQjNELFNBQVMsV0FBVyxNQUFzQjtBQUMvQyxTQUFPLEtBQUssZ0JBQWdCLFlBQVksbUJBQW1CLElBQUksQ0FBQztBQUNsRTtBQUdPLFNBQVMsWUFBWSxNQUFjLFNBQXlCO0FBQ2pFLFNBQU8sR0FBRyxXQUFXLElBQUksQ0FBQyxhQUFhLG1CQUFtQixPQUFPLENBQUM7QUFDcEU7QUFHTyxTQUFTLFlBQVksTUFBc0I7QUFDaEQsU0FBTyxHQUFHLFdBQVcsSUFBSSxDQUFDO0FBQzVCO0FBR08sU0FBUyxVQUFVLE1BQWMsT0FBdUI7QUFDN0QsU0FBTyxHQUFHLFdBQVcsSUFBSSxDQUFDLFdBQVcsbUJBQW1CLEtBQUssQ0FBQztBQUNoRTtBQUdPLFNBQVMsZUFBZSxPQUFvRjtBQUNqSCxTQUFPLE1BQU0sT0FDVixNQUFNLEdBQUcsQ0FBQyxFQUNWLElBQUksQ0FBQyxVQUFVLEdBQUcsTUFBTSxLQUFLLFNBQVMsSUFBSSxNQUFNLEtBQUssSUFBSSxNQUFNLEVBQUUsS0FBSyxHQUFHLElBQUksUUFBUSxLQUFLLE1BQU0sT0FBTyxFQUFFLEVBQ3pHLEtBQUssSUFBSTtBQUNkOzs7QUR2QkEsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM5QixZQUNXLFFBQ0EsTUFDVCxTQUNTLFVBQWtDLENBQUMsR0FDNUM7QUFDQSxVQUFNLE9BQU87QUFMSjtBQUNBO0FBRUE7QUFBQSxFQUdYO0FBQUEsRUFOVztBQUFBLEVBQ0E7QUFBQSxFQUVBO0FBSWI7QUFFQSxJQUFNLFlBQVk7QUFFbEIsU0FBUyxPQUFPLE1BQXNCO0FBQ3BDLFNBQU8sV0FBVyxRQUFRLEVBQUUsT0FBTyxNQUFNLE1BQU0sRUFBRSxPQUFPO0FBQzFEO0FBWU8sU0FBUywyQkFBMkIsU0FBNEQ7QUFDckcsUUFBTSxFQUFFLE1BQU0sSUFBSTtBQUNsQixNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE1BQU0saUJBQWlCLFlBQVk7QUFDM0YsVUFBTSxJQUFJLFlBQVksc0VBQXNFLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFBQSxFQUNqSDtBQUNBLE1BQUksUUFBUSxVQUFVLFdBQWMsT0FBTyxRQUFRLFVBQVUsWUFBWSxRQUFRLFVBQVUsS0FBSztBQUM5RixVQUFNLElBQUksWUFBWSw0RUFBNEU7QUFBQSxNQUNoRyxRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sVUFDSixRQUFRLFlBQ1AsQ0FBQyxVQUFtQjtBQUNuQixZQUFRLE1BQU0sc0JBQXNCLEtBQUs7QUFBQSxFQUMzQztBQUNGLFFBQU0sY0FBYyxRQUFRLFVBQVUsU0FBWSxTQUFZLE9BQU8sUUFBUSxLQUFLO0FBQ2xGLFFBQU0sV0FBVyxRQUFRLGFBQWE7QUFDdEMsUUFBTSxlQUFlLFFBQVEsZ0JBQWdCLE9BQU87QUFDcEQsTUFBSSxDQUFDLE9BQU8sU0FBUyxZQUFZLEtBQUssZ0JBQWdCLEdBQUc7QUFDdkQsVUFBTSxJQUFJLFlBQVksa0NBQWtDLE9BQU8sWUFBWSxDQUFDLElBQUksRUFBRSxRQUFRLGVBQWUsQ0FBQztBQUFBLEVBQzVHO0FBRUEsV0FBUyxVQUFVLEtBQTRCO0FBQzdDLFFBQUksZ0JBQWdCLE9BQVc7QUFDL0IsVUFBTUMsVUFBUyxJQUFJLFFBQVE7QUFDM0IsVUFBTSxZQUFZLEVBQUUsb0JBQW9CLDJCQUEyQjtBQUNuRSxVQUFNLFFBQVEsT0FBT0EsWUFBVyxXQUFXLDZCQUE2QixLQUFLQSxPQUFNLElBQUk7QUFDdkYsUUFBSSxRQUFRLENBQUMsTUFBTSxRQUFXO0FBQzVCLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFFBQUksQ0FBQyxnQkFBZ0IsT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFdBQVcsR0FBRztBQUNuRCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsaUJBQWUsU0FBUyxNQUFjLFVBQXlDO0FBQzdFLFVBQU0sV0FBVyxNQUFNLE1BQU0sYUFBYSxJQUFJLEVBQUUsTUFBTSxNQUFNLENBQUMsQ0FBa0I7QUFDL0UsUUFBSSxTQUFTLFdBQVcsR0FBRztBQUN6QixZQUFNLFFBQVEsTUFBTSxTQUFTLFNBQVksQ0FBQyxJQUFJLE1BQU0sTUFBTSxLQUFLLEVBQUUsTUFBTSxNQUFNLENBQUMsQ0FBYTtBQUMzRixZQUFNQyxTQUFRLElBQUksb0JBQW9CLE1BQU0sRUFBRSxPQUFPLE1BQU0sTUFBTSxhQUFhLGFBQWEsTUFBTSxLQUFLLEVBQUUsQ0FBQztBQUN6RyxhQUFPLElBQUksWUFBWSxLQUFLLGFBQWFBLE9BQU0sT0FBTztBQUFBLElBQ3hEO0FBQ0EsVUFBTSxTQUFTLHVCQUF1QixRQUFRO0FBQzlDLFVBQU0sUUFBUSxJQUFJLHFCQUFxQixNQUFNLFlBQVksVUFBVTtBQUFBLE1BQ2pFLFVBQVUsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU87QUFBQSxNQUNyQyxRQUFRLFNBQVMsTUFBTTtBQUFBLElBQ3pCLENBQUM7QUFDRCxXQUFPLElBQUksWUFBWSxLQUFLLGFBQWEsTUFBTSxPQUFPO0FBQUEsRUFDeEQ7QUFFQSxpQkFBZSxNQUFNLEtBQXNCLEtBQW9DO0FBQzdFLFVBQU0sU0FBUyxJQUFJLFVBQVU7QUFDN0IsVUFBTSxTQUFTLElBQUksT0FBTztBQUMxQixVQUFNLElBQUksT0FBTyxRQUFRLEdBQUc7QUFDNUIsVUFBTSxVQUFVLE1BQU0sS0FBSyxTQUFTLE9BQU8sTUFBTSxHQUFHLENBQUM7QUFDckQsVUFBTSxRQUFRLElBQUksZ0JBQWdCLE1BQU0sS0FBSyxLQUFLLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNyRSxVQUFNLFdBQVcsUUFBUSxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUM7QUFDM0MsUUFBSSxTQUFTLENBQUMsTUFBTSxRQUFRLFNBQVMsQ0FBQyxNQUFNLFdBQVc7QUFDckQsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBLHFCQUFxQixNQUFNLElBQUksUUFBUSxNQUFNLEdBQUcsR0FBRyxDQUFDO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQ0EsY0FBVSxHQUFHO0FBQ2IsVUFBTSxPQUFPLFNBQVMsTUFBTSxDQUFDO0FBQzdCLFFBQUksS0FBSyxXQUFXLEtBQU0sS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLE1BQU0sSUFBSztBQUM5RCxZQUFNLFFBQVEsQ0FBQyxPQUFPLE1BQU0sQ0FBQztBQUM3QixhQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssTUFBTSxRQUFRLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsSUFDakY7QUFDQSxVQUFNLFVBQVUsS0FBSyxJQUFJLGFBQWE7QUFDdEMsVUFBTSxPQUFPLFFBQVEsQ0FBQztBQUN0QixVQUFNLFVBQVUsbUJBQW1CLElBQUk7QUFDdkMsUUFBSSxZQUFZLFFBQVc7QUFDekIsWUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLEdBQUcsT0FBTywyREFBMkQ7QUFBQSxJQUNqSDtBQUNBLFFBQUksUUFBUSxXQUFXLEdBQUc7QUFDeEIsWUFBTSxRQUFRLENBQUMsT0FBTyxNQUFNLENBQUM7QUFDN0IsWUFBTSxXQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFDOUMsVUFBSSxTQUFTLFdBQVcsRUFBRyxPQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3BELGFBQU87QUFBQSxRQUNMO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBLEVBQUUsTUFBTSxVQUFVLHVCQUF1QixRQUFRLEVBQUU7QUFBQSxRQUNuRCxFQUFFLGlCQUFpQixXQUFXO0FBQUEsTUFDaEM7QUFBQSxJQUNGO0FBQ0EsVUFBTSxDQUFDLEVBQUUsTUFBTSxHQUFHLElBQUk7QUFDdEIsUUFBSSxTQUFTLGNBQWMsUUFBUSxVQUFhLFFBQVEsV0FBVyxHQUFHO0FBQ3BFLFlBQU0sUUFBUSxDQUFDLE9BQU8sUUFBUSxLQUFLLENBQUM7QUFDcEMsVUFBSUMsYUFBWSxHQUFHLE1BQU0sS0FBSztBQUM1QixjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQTtBQUFBLFVBQ0EsbUJBQW1CLEtBQUssVUFBVSxJQUFJLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQztBQUFBLFFBQ3REO0FBQUEsTUFDRjtBQUNBLFVBQUksV0FBVyxNQUFPLFFBQU8sV0FBVyxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQzNELGFBQU8sV0FBVyxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQUEsSUFDdkM7QUFDQSxRQUFJLFNBQVMsYUFBYSxRQUFRLFdBQVcsR0FBRztBQUM5QyxZQUFNLFFBQVEsQ0FBQyxPQUFPLE1BQU0sQ0FBQztBQUM3QixZQUFNLFdBQVcsTUFBTSxJQUFJLFVBQVU7QUFDckMsVUFBSSxhQUFhLFFBQVEsYUFBYSxNQUFNLFNBQVMsU0FBUyxPQUFPLGFBQWEsUUFBUSxNQUFNLFFBQVc7QUFDekcsY0FBTSxJQUFJO0FBQUEsVUFDUjtBQUFBLFVBQ0E7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxZQUFNQyxVQUNKLE1BQU0sWUFBWSxTQUFZLE1BQU0sZUFBZSxPQUFPLE1BQU0sUUFBUSxJQUFJLE1BQU0sTUFBTSxRQUFRLE1BQU0sUUFBUTtBQUNoSCxVQUFJQSxZQUFXLE9BQVcsT0FBTSxNQUFNLFNBQVMsTUFBTSxRQUFRO0FBQzdELGFBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxNQUFNLFNBQVNBLE9BQU0sR0FBRyxFQUFFLGlCQUFpQixXQUFXLENBQUM7QUFBQSxJQUN4RjtBQUNBLFFBQUksU0FBUyxZQUFZLFFBQVEsVUFBYSxRQUFRLFdBQVcsR0FBRztBQUNsRSxZQUFNLFFBQVEsQ0FBQyxLQUFLLENBQUM7QUFDckIsYUFBTyxTQUFTLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFBQSxJQUNyQztBQUNBLFVBQU0sSUFBSSxZQUFZLEtBQUssYUFBYSxxQkFBcUIsTUFBTSxJQUFJLFFBQVEsTUFBTSxHQUFHLEdBQUcsQ0FBQyxHQUFHO0FBQUEsRUFDakc7QUFFQSxpQkFBZSxVQUFrRjtBQUMvRixRQUFJLE1BQU0sU0FBUyxRQUFXO0FBQzVCLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQSxPQUFPLE1BQU0sSUFBSTtBQUFBLE1BQ25CO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxNQUFNLE1BQU0sS0FBSztBQUMvQixVQUFNLFVBQTRELElBQUksTUFBTSxNQUFNLE1BQU07QUFDeEYsUUFBSSxPQUFPO0FBQ1gsVUFBTSxTQUFTLFlBQTJCO0FBQ3hDLGFBQU8sT0FBTyxNQUFNLFFBQVE7QUFDMUIsY0FBTSxJQUFJO0FBQ1YsY0FBTSxPQUFPLE1BQU0sQ0FBQztBQUNwQixnQkFBUSxDQUFDLElBQUksRUFBRSxNQUFNLFVBQVUsdUJBQXVCLE1BQU0sTUFBTSxhQUFhLElBQUksQ0FBQyxFQUFFO0FBQUEsTUFDeEY7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsUUFBUSxLQUFLLElBQUksSUFBSSxNQUFNLE1BQU0sRUFBRSxHQUFHLE1BQU0sQ0FBQztBQUM1RSxXQUFPLEVBQUUsUUFBUTtBQUFBLEVBQ25CO0FBRUEsaUJBQWUsV0FBVyxLQUFzQixLQUFxQixNQUFjLFNBQWdDO0FBQ2pILFVBQU1BLFVBQVMsTUFBTSxNQUFNLFdBQVcsTUFBTSxPQUFPO0FBQ25ELFFBQUlBLFlBQVcsT0FBVyxPQUFNLE1BQU0sU0FBUyxNQUFNLE9BQU87QUFDNUQsVUFBTSxPQUFPLE1BQU0sU0FBU0EsT0FBTTtBQUNsQyxVQUFNLE9BQU8sSUFBSSxLQUFLLElBQUk7QUFDMUIsVUFBTSxVQUFVLEVBQUUsTUFBTSxpQkFBaUIsVUFBVTtBQUNuRCxRQUFJLFlBQVksSUFBSSxRQUFRLGVBQWUsR0FBRyxJQUFJLEdBQUc7QUFDbkQsVUFBSSxVQUFVLEtBQUssT0FBTztBQUMxQixVQUFJLElBQUk7QUFDUjtBQUFBLElBQ0Y7QUFDQSxXQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssTUFBTSxPQUFPO0FBQUEsRUFDOUM7QUFFQSxXQUFTLGdCQUFnQixZQUE2QztBQUNwRSxRQUFJLENBQUMsVUFBVTtBQUNiLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0EsRUFBRSxPQUFPLFlBQVk7QUFBQSxNQUN2QjtBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sVUFBVSxNQUFNLFFBQVc7QUFDbkMsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBLE9BQU8sTUFBTSxJQUFJLHVDQUF1QyxVQUFVO0FBQUEsTUFDcEU7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUVBLGlCQUFlLFdBQVcsS0FBc0IsS0FBcUIsTUFBYyxTQUFnQztBQUNqSCxvQkFBZ0IsWUFBWTtBQUM1QixVQUFNLE9BQU8sTUFBTSxhQUFhLEdBQUc7QUFDbkMsUUFBSUE7QUFDSixRQUFJO0FBQ0osUUFBSTtBQUNGLE1BQUFBLFVBQVMsWUFBWSxNQUFNLEVBQUUsTUFBTSxlQUFlLENBQUM7QUFDbkQsYUFBTyxNQUFNLGlCQUFpQkEsT0FBTTtBQUFBLElBQ3RDLFNBQVMsT0FBTztBQUNkLFVBQUksaUJBQWlCLHFCQUFxQixpQkFBaUIsZ0JBQWdCO0FBQ3pFLGNBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSxtQkFBbUIsTUFBTSxPQUFPLEVBQUU7QUFBQSxNQUM5RTtBQUNBLFlBQU07QUFBQSxJQUNSO0FBQ0EsUUFBSUEsUUFBTyxTQUFTLFFBQVFBLFFBQU8sWUFBWSxTQUFTO0FBQ3RELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQSxrQkFBa0JBLFFBQU8sSUFBSSxJQUFJQSxRQUFPLE9BQU8sdUJBQXVCLElBQUksSUFBSSxPQUFPO0FBQUEsTUFDdkY7QUFBQSxJQUNGO0FBQ0EsVUFBTSxNQUFNLGFBQWFBLE9BQU07QUFDL0IsV0FBTyxTQUFTLEtBQUssS0FBSyxLQUFLLEVBQUUsTUFBTSxTQUFTLEtBQUssR0FBRyxFQUFFLGlCQUFpQixXQUFXLENBQUM7QUFBQSxFQUN6RjtBQUVBLGlCQUFlLFNBQVMsS0FBc0IsS0FBcUIsTUFBYyxPQUE4QjtBQUM3RyxvQkFBZ0IsVUFBVTtBQUMxQixRQUFJLGFBQWEsS0FBSyxNQUFNLFNBQVM7QUFDbkMsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBLGlCQUFpQixLQUFLLFVBQVUsTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFBQSxNQUN0RDtBQUFBLElBQ0Y7QUFDQSxVQUFNLFNBQVMsbUJBQW1CLFVBQVUsTUFBTSxhQUFhLEdBQUcsQ0FBQztBQUNuRSxRQUFJLENBQUMsT0FBTyxRQUFTLE9BQU0sSUFBSSxZQUFZLEtBQUssZUFBZSwyQ0FBMkM7QUFDMUcsVUFBTSxNQUFNLFdBQVcsTUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPO0FBQ3ZELFdBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxFQUFFLE1BQU0sT0FBTyxTQUFTLE9BQU8sS0FBSyxRQUFRLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsRUFDL0c7QUFFQSxpQkFBZSxhQUFhLEtBQXdDO0FBQ2xFLFVBQU0sT0FBTyxJQUFJLFFBQVEsY0FBYyxLQUFLO0FBQzVDLFFBQUksQ0FBQyxzQ0FBc0MsS0FBSyxJQUFJLEdBQUc7QUFDckQsWUFBTSxJQUFJLFlBQVksS0FBSywwQkFBMEIseURBQXlEO0FBQUEsSUFDaEg7QUFDQSxVQUFNLFdBQVcsT0FBTyxJQUFJLFFBQVEsZ0JBQWdCLENBQUM7QUFDckQsVUFBTSxXQUFXLElBQUk7QUFBQSxNQUNuQjtBQUFBLE1BQ0E7QUFBQSxNQUNBLHVDQUF1QyxZQUFZO0FBQUEsTUFDbkQsRUFBRSxZQUFZLFFBQVE7QUFBQSxJQUN4QjtBQUNBLFFBQUksT0FBTyxTQUFTLFFBQVEsS0FBSyxXQUFXLGFBQWMsT0FBTTtBQUNoRSxVQUFNLFNBQW1CLENBQUM7QUFDMUIsUUFBSSxRQUFRO0FBQ1oscUJBQWlCLFNBQVMsS0FBSztBQUM3QixZQUFNLFNBQVM7QUFDZixlQUFTLE9BQU87QUFDaEIsVUFBSSxRQUFRLGFBQWMsT0FBTTtBQUNoQyxhQUFPLEtBQUssTUFBTTtBQUFBLElBQ3BCO0FBQ0EsUUFBSTtBQUNGLGFBQU8sS0FBSyxNQUFNLE9BQU8sT0FBTyxNQUFNLEVBQUUsU0FBUyxNQUFNLENBQUM7QUFBQSxJQUMxRCxRQUFRO0FBQ04sWUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLHFDQUFxQztBQUFBLElBQ2pGO0FBQUEsRUFDRjtBQUVBLFNBQU8sQ0FBQyxLQUFLLFFBQVE7QUFDbkIsVUFBTSxLQUFLLEdBQUcsRUFBRSxNQUFNLENBQUMsVUFBbUI7QUFDeEMsWUFBTSxVQUFVLFVBQVUsS0FBSztBQUMvQixVQUFJLFFBQVEsVUFBVSxPQUFPLFFBQVEsV0FBVyxJQUFLLFNBQVEsS0FBSztBQUNsRSxVQUFJLENBQUMsSUFBSSxZQUFhLFdBQVUsS0FBSyxLQUFLLE9BQU87QUFBQSxVQUM1QyxLQUFJLFFBQVE7QUFDakIsVUFBSSxRQUFRLFdBQVcsSUFBSyxLQUFJLEdBQUcsVUFBVSxNQUFNLElBQUksUUFBUSxDQUFDO0FBQUEsSUFDbEUsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUVBLGVBQWUsU0FBU0EsU0FBZ0U7QUFDdEYsU0FBTyxFQUFFLEdBQUdBLFNBQVEsTUFBTUEsUUFBTyxRQUFTLE1BQU0sWUFBWUEsT0FBTSxFQUFHO0FBQ3ZFO0FBRUEsU0FBUyxjQUFjLFNBQXlCO0FBQzlDLE1BQUk7QUFDSixNQUFJO0FBQ0YsWUFBUSxtQkFBbUIsT0FBTztBQUFBLEVBQ3BDLFFBQVE7QUFDTixVQUFNLElBQUksWUFBWSxLQUFLLGVBQWUseUNBQXlDO0FBQUEsRUFDckY7QUFDQSxNQUFJLFVBQVUsT0FBTyxVQUFVLFFBQVEsTUFBTSxTQUFTLElBQUksR0FBRztBQUMzRCxVQUFNLElBQUksWUFBWSxLQUFLLGVBQWUsdURBQXVEO0FBQUEsRUFDbkc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE1BQU0sUUFBZ0IsU0FBa0M7QUFDL0QsTUFBSSxDQUFDLFFBQVEsU0FBUyxNQUFNLEdBQUc7QUFDN0IsVUFBTSxJQUFJLFlBQVksS0FBSyxzQkFBc0IsR0FBRyxNQUFNLDZCQUE2QixRQUFRLEtBQUssTUFBTSxDQUFDLEtBQUs7QUFBQSxNQUM5RyxPQUFPLFFBQVEsS0FBSyxJQUFJO0FBQUEsSUFDMUIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdPLFNBQVMsWUFBWUgsU0FBNEIsTUFBdUI7QUFDN0UsTUFBSUEsWUFBVyxPQUFXLFFBQU87QUFDakMsU0FBT0EsUUFBTyxNQUFNLEdBQUcsRUFBRSxLQUFLLENBQUMsU0FBUztBQUN0QyxVQUFNLE1BQU0sS0FBSyxLQUFLLEVBQUUsUUFBUSxRQUFRLEVBQUU7QUFDMUMsV0FBTyxRQUFRLE9BQU8sUUFBUTtBQUFBLEVBQ2hDLENBQUM7QUFDSDtBQUdBLFNBQVMsVUFBVSxPQUE2QjtBQUM5QyxNQUFJLGlCQUFpQixZQUFhLFFBQU87QUFDekMsTUFBSSxpQkFBaUIsdUJBQXVCLGlCQUFpQixzQkFBc0I7QUFDakYsV0FBTyxJQUFJLFlBQVksS0FBSyxhQUFhLE1BQU0sT0FBTztBQUFBLEVBQ3hEO0FBQ0EsTUFBSSxpQkFBaUIscUJBQXFCLGlCQUFpQixnQkFBZ0I7QUFDekUsV0FBTyxJQUFJLFlBQVksS0FBSyxrQkFBa0IsTUFBTSxPQUFPO0FBQUEsRUFDN0Q7QUFDQSxNQUFJLGlCQUFpQixZQUFhLFFBQU8sSUFBSSxZQUFZLEtBQUssZUFBZSxNQUFNLE9BQU87QUFDMUYsTUFBSSxpQkFBaUIsWUFBWTtBQUMvQixRQUFJLE1BQU0sV0FBVyxJQUFLLFFBQU8sSUFBSSxZQUFZLEtBQUssWUFBWSxNQUFNLE9BQU87QUFDL0UsUUFBSSxNQUFNLFdBQVcsSUFBSyxRQUFPLElBQUksWUFBWSxLQUFLLGVBQWUsTUFBTSxPQUFPO0FBQ2xGLFFBQUksTUFBTSxXQUFXLElBQUssUUFBTyxJQUFJLFlBQVksS0FBSyxhQUFhLE1BQU0sT0FBTztBQUNoRixRQUFJLE1BQU0sVUFBVyxRQUFPLElBQUksWUFBWSxLQUFLLHFCQUFxQixNQUFNLFNBQVMsRUFBRSxlQUFlLElBQUksQ0FBQztBQUMzRyxXQUFPLElBQUksWUFBWSxLQUFLLFlBQVksTUFBTSxPQUFPO0FBQUEsRUFDdkQ7QUFDQSxNQUFJLGlCQUFpQixLQUFLLEVBQUcsUUFBTyxJQUFJLFlBQVksS0FBSyxZQUFZLE1BQU0sT0FBTztBQUNsRixTQUFPLElBQUksWUFBWSxLQUFLLFlBQVksNENBQTRDO0FBQ3RGO0FBRUEsU0FBUyxVQUFVLEtBQXNCLEtBQXFCLFNBQTRCO0FBQ3hGO0FBQUEsSUFDRTtBQUFBLElBQ0E7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLEVBQUUsT0FBTyxFQUFFLE1BQU0sUUFBUSxNQUFNLFNBQVMsUUFBUSxRQUFRLEVBQUU7QUFBQSxJQUMxRDtBQUFBLE1BQ0UsaUJBQWlCO0FBQUEsTUFDakIsR0FBRyxRQUFRO0FBQUEsSUFDYjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsU0FDUCxLQUNBLEtBQ0EsUUFDQSxNQUNBLFVBQWtDLENBQUMsR0FDN0I7QUFDTixRQUFNLE9BQU8sS0FBSyxVQUFVLElBQUk7QUFDaEMsTUFBSSxVQUFVLFFBQVE7QUFBQSxJQUNwQixnQkFBZ0I7QUFBQSxJQUNoQixrQkFBa0IsT0FBTyxPQUFPLFdBQVcsSUFBSSxDQUFDO0FBQUEsSUFDaEQsMEJBQTBCO0FBQUEsSUFDMUIsR0FBRztBQUFBLEVBQ0wsQ0FBQztBQUNELE1BQUksSUFBSSxJQUFJLFdBQVcsU0FBUyxTQUFZLElBQUk7QUFDbEQ7OztBRTdhQSxTQUFTLFlBQUFJLGlCQUFnQjtBQUN6QixPQUFPQyxrQkFBaUI7OztBQzhDeEIsSUFBTSxlQUFlLENBQUMsT0FBOEIsSUFBSSxRQUFRLENBQUMsWUFBWSxXQUFXLFNBQVMsRUFBRSxDQUFDO0FBRXBHLFNBQVMsWUFBWSxPQUFnQixRQUFnQixLQUFhLFVBQTBCO0FBQzFGLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxPQUFPLFVBQVUsWUFBWSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssUUFBUSxLQUFLO0FBQ3ZFLFVBQU0sSUFBSSxZQUFZLDhCQUE4QixHQUFHLFNBQVMsS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDckc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGNBQWlCLE9BQXNCLFFBQWdCLFVBQWdCO0FBQzlFLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxPQUFPLFVBQVUsV0FBWSxPQUFNLElBQUksWUFBWSwyQkFBMkIsT0FBTyxLQUFLLElBQUksRUFBRSxPQUFPLENBQUM7QUFDNUcsU0FBTztBQUNUO0FBTU8sU0FBUyxvQkFBb0IsT0FBd0U7QUFDMUcsUUFBTSxVQUNKLFVBQVUsUUFBUSxFQUFFLE9BQU8sRUFBRSxJQUFJLE9BQU8sVUFBVSxXQUFXLEVBQUUsT0FBTyxNQUFNLElBQUssU0FBUyxDQUFDO0FBQzdGLE1BQUksT0FBTyxZQUFZLFlBQVksWUFBWSxNQUFNO0FBQ25ELFVBQU0sSUFBSSxZQUFZLDZDQUE2QyxPQUFPLE9BQU8sSUFBSSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQUEsRUFDMUc7QUFDQSxRQUFNLFFBQVEsWUFBWSxRQUFRLE9BQU8sZUFBZSxHQUFHLENBQUM7QUFDNUQsTUFBSSxDQUFDLE9BQU8sVUFBVSxLQUFLLEVBQUcsT0FBTSxJQUFJLFlBQVksMkJBQTJCLEtBQUssSUFBSSxFQUFFLFFBQVEsY0FBYyxDQUFDO0FBQ2pILFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxXQUFXLFlBQVksUUFBUSxXQUFXLG1CQUFtQixHQUFHLEdBQUc7QUFBQSxJQUNuRSxjQUFjLFlBQVksUUFBUSxjQUFjLHNCQUFzQixHQUFHLEdBQUk7QUFBQSxJQUM3RSxpQkFBaUIsWUFBWSxRQUFRLGlCQUFpQix5QkFBeUIsR0FBRyxHQUFNO0FBQUEsSUFDeEYsT0FBTyxjQUFjLFFBQVEsT0FBTyxlQUFlLFlBQVk7QUFBQSxJQUMvRCxRQUFRLGNBQWMsUUFBUSxRQUFRLGdCQUFnQixLQUFLLE1BQU07QUFBQSxJQUNqRSxLQUFLLGNBQWMsUUFBUSxLQUFLLGFBQWEsS0FBSyxHQUFHO0FBQUEsRUFDdkQ7QUFDRjtBQUdPLFNBQVMsa0JBQWtCLFFBQXlCO0FBQ3pELFNBQU8sV0FBVyxPQUFPLFdBQVcsT0FBUSxVQUFVLE9BQU8sVUFBVSxPQUFPLFdBQVc7QUFDM0Y7QUFNTyxTQUFTLGdCQUFnQixPQUFrQyxLQUFpQztBQUNqRyxNQUFJLFVBQVUsUUFBUSxVQUFVLE9BQVcsUUFBTztBQUNsRCxRQUFNLE9BQU8sTUFBTSxLQUFLO0FBQ3hCLE1BQUksU0FBUyxHQUFJLFFBQU87QUFDeEIsTUFBSSxnQkFBZ0IsS0FBSyxJQUFJLEVBQUcsUUFBTyxLQUFLLE1BQU0sT0FBTyxJQUFJLElBQUksR0FBSTtBQUVyRSxNQUFJLENBQUMsWUFBWSxLQUFLLElBQUksRUFBRyxRQUFPO0FBQ3BDLFFBQU0sT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUM1QixNQUFJLE9BQU8sTUFBTSxJQUFJLEVBQUcsUUFBTztBQUMvQixTQUFPLEtBQUssSUFBSSxHQUFHLE9BQU8sR0FBRztBQUMvQjtBQUdPLFNBQVMsYUFBYSxTQUFpQixTQUF1QztBQUNuRixRQUFNLFVBQVUsS0FBSyxJQUFJLFFBQVEsY0FBYyxRQUFRLFlBQVksS0FBSyxPQUFPO0FBQy9FLFNBQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxJQUFJLE9BQU87QUFDOUM7OztBQzVGQSxTQUFTLGFBQWEsTUFBMEIsUUFBMEM7QUFDeEYsTUFBSSxTQUFTLFVBQWEsS0FBSyxLQUFLLE1BQU0sR0FBSSxRQUFPO0FBQ3JELFFBQU0sUUFBUSxPQUFPLElBQUksRUFBRSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDckQsU0FBTyxNQUFNLFNBQVMsTUFBTSxHQUFHLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxXQUFNO0FBQzFEO0FBTU8sU0FBUyxZQUNkLFFBQ0EsS0FDQSxVQUF5RixDQUFDLEdBQzlFO0FBQ1osUUFBTUMsVUFBUyxhQUFhLFFBQVEsU0FBUyxJQUFJLE1BQU07QUFDdkQsUUFBTSxPQUFPQSxZQUFXLEtBQUssS0FBSyxzQkFBc0JBLE9BQU07QUFDOUQsUUFBTSxRQUFRLFFBQVEsYUFBYSxVQUFhLFFBQVEsV0FBVyxJQUFJLFVBQVUsUUFBUSxRQUFRLGNBQWM7QUFDL0csTUFBSTtBQUNKLE1BQUksV0FBVyxPQUFPLFdBQVcsS0FBSztBQUNwQyxjQUNFLE9BQU8sSUFBSSxLQUFLLDRCQUE0QixNQUFNLElBQUksV0FBVyxNQUFNLGlCQUFpQixXQUFXLFdBQzFGLElBQUksTUFBTSxPQUFPLElBQUksR0FBRywwQ0FBMEMsSUFBSSxTQUFTLElBQUksUUFBUTtBQUFBLEVBQ3hHLFdBQVcsV0FBVyxLQUFLO0FBQ3pCLGNBQ0UsT0FBTyxJQUFJLEtBQUssOERBQThELElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxJQUFJLElBQUk7QUFBQSxFQUVsSCxXQUFXLFdBQVcsS0FBSztBQUN6QixVQUFNLE9BQ0osUUFBUSxpQkFBaUIsU0FBWSxLQUFLLHNCQUFzQixLQUFLLEtBQUssUUFBUSxlQUFlLEdBQUksQ0FBQztBQUN4RyxjQUNFLE9BQU8sSUFBSSxLQUFLLHFDQUFxQyxJQUFJLFVBQVUsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLEdBQUcsS0FBSyxJQUFJLElBQUk7QUFBQSxFQUUvRyxXQUFXLFdBQVcsT0FBTyxVQUFVLEtBQUs7QUFDMUMsY0FDRSxPQUFPLElBQUksS0FBSyxnQ0FBZ0MsTUFBTSxXQUFXLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxHQUFHLEtBQUssSUFBSSxJQUFJO0FBQUEsRUFFN0csT0FBTztBQUNMLFVBQU0sT0FBTyxRQUFRLFNBQVMsU0FBWSxLQUFLLElBQUksUUFBUSxJQUFJO0FBQy9ELGNBQVUsT0FBTyxJQUFJLEtBQUssbUJBQW1CLE1BQU0sR0FBRyxJQUFJLFVBQVUsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLElBQUksSUFBSTtBQUNwRyxRQUFJLFdBQVcsSUFBSyxZQUFXO0FBQy9CLFFBQUksV0FBVyxJQUFLLFlBQVc7QUFBQSxFQUNqQztBQUNBLFNBQU8sSUFBSSxXQUFXLFNBQVMsRUFBRSxPQUFPLElBQUksT0FBTyxRQUFRLFdBQVcsa0JBQWtCLE1BQU0sRUFBRSxDQUFDO0FBQ25HO0FBR08sU0FBUyxhQUNkLEtBQ0EsT0FDQSxXQUNBLFVBQ1k7QUFDWixRQUFNLFFBQVEsV0FBVyxJQUFJLEtBQUssUUFBUSxlQUFlO0FBQ3pELFFBQU0sVUFDSixjQUFjLFNBQ1YsT0FBTyxJQUFJLEtBQUssMEJBQTBCLFNBQVMsYUFBYSxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsR0FBRyxLQUFLLDRFQUVoRyxPQUFPLElBQUksS0FBSywwQkFBMEIsSUFBSSxHQUFHLFVBQVUsSUFBSSxNQUFNLEdBQUcsS0FBSyxLQUMxRSxJQUFJLE9BQU8sY0FBYyxLQUFLLENBQUMsQ0FBQztBQUN6QyxTQUFPLElBQUksV0FBVyxTQUFTLEVBQUUsT0FBTyxJQUFJLE9BQU8sV0FBVyxLQUFLLEdBQUcsRUFBRSxPQUFPLGNBQWMsT0FBTyxJQUFJLE1BQU0sRUFBRSxDQUFDO0FBQ25IO0FBR08sU0FBUyxlQUFlLEtBQXFCLFNBQWlCLFFBQTZCO0FBQ2hHLFNBQU8sSUFBSTtBQUFBLElBQ1QsT0FBTyxJQUFJLEtBQUsseUNBQXlDLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxLQUFLLElBQUksT0FBTyxPQUFPLENBQUM7QUFBQSxJQUV6RyxFQUFFLE9BQU8sSUFBSSxPQUFPLFFBQVEsV0FBVyxNQUFNO0FBQUEsRUFDL0M7QUFDRjtBQUVBLFNBQVMsY0FBYyxPQUF3QjtBQUM3QyxNQUFJLGlCQUFpQixPQUFPO0FBQzFCLFVBQU0sUUFBUSxNQUFNLGlCQUFpQixRQUFRLEtBQUssTUFBTSxNQUFNLE9BQU8sTUFBTTtBQUMzRSxXQUFPLEdBQUcsTUFBTSxPQUFPLEdBQUcsS0FBSztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxPQUFPLEtBQUs7QUFDckI7QUFNQSxTQUFTLGNBQWMsT0FBZ0IsUUFBcUQ7QUFDMUYsTUFBSSxFQUFFLGlCQUFpQixPQUFRLFFBQU87QUFDdEMsUUFBTSxRQUFRLE1BQU0saUJBQWlCLFFBQVEsSUFBSSxNQUFNLE9BQU8sTUFBTSxNQUFNLE9BQU8sQ0FBQyxJQUFJO0FBQ3RGLFFBQU0sT0FBTyxJQUFJLE1BQU0sT0FBTyxNQUFNLE9BQU8sR0FBRyxVQUFVLFNBQVksU0FBWSxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBQ2hHLE9BQUssT0FBTyxNQUFNO0FBQ2xCLFNBQU87QUFDVDtBQWFPLFNBQVMsU0FBUyxTQUFzRTtBQUM3RixRQUFNLE9BQU8sUUFBUSxPQUFPLENBQUMsTUFBbUIsT0FBTyxNQUFNLFlBQVksRUFBRSxTQUFTLENBQUM7QUFDckYsU0FBTyxDQUFDLFNBQVM7QUFDZixRQUFJLE1BQU07QUFDVixlQUFXLFVBQVUsS0FBTSxPQUFNLElBQUksTUFBTSxNQUFNLEVBQUUsS0FBSyxZQUFZO0FBQ3BFLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQy9ITyxTQUFTLGVBQWUsT0FBZ0IsUUFBZ0IsVUFBMEI7QUFDdkYsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE9BQU8sVUFBVSxZQUFZLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxTQUFTLEdBQUc7QUFDdEUsVUFBTSxJQUFJLFlBQVksa0NBQWtDLEtBQUssVUFBVSxLQUFLLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQzdGO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxpQkFBaUIsT0FBZ0IsUUFBd0I7QUFDdkUsTUFBSSxPQUFPLFVBQVUsWUFBWSxNQUFNLEtBQUssTUFBTSxJQUFJO0FBQ3BELFVBQU0sSUFBSSxZQUFZLCtFQUErRSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2pIO0FBQ0EsTUFBSUM7QUFDSixNQUFJO0FBQ0YsSUFBQUEsT0FBTSxJQUFJLElBQUksS0FBSztBQUFBLEVBQ3JCLFFBQVE7QUFDTixVQUFNLElBQUksWUFBWSx1QkFBdUIsS0FBSyxVQUFVLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNoRztBQUNBLE1BQUlBLEtBQUksYUFBYSxXQUFXQSxLQUFJLGFBQWEsVUFBVTtBQUN6RCxVQUFNLElBQUksWUFBWSx1Q0FBdUNBLEtBQUksUUFBUSxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDekY7QUFDQSxNQUFJQSxLQUFJLFdBQVcsTUFBTUEsS0FBSSxTQUFTLElBQUk7QUFDeEMsVUFBTSxJQUFJLFlBQVksOENBQThDLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDaEY7QUFDQSxTQUFPLEdBQUdBLEtBQUksTUFBTSxHQUFHQSxLQUFJLFFBQVEsR0FBRyxRQUFRLFFBQVEsRUFBRTtBQUMxRDs7O0FDMUJBLE9BQU8sUUFBUTtBQUtmLElBQU0sbUJBQW1CLEtBQUs7QUFHdkIsSUFBTSx5QkFBeUIsS0FBSyxPQUFPO0FBNkRsRCxJQUFNLGVBQU4sY0FBMkIsTUFBTTtBQUFDO0FBRWxDLElBQU0sWUFBWTtBQUdYLFNBQVMsZ0JBQWdCLFNBQXNDO0FBQ3BFLFFBQU0sWUFBWSxDQUFDLE9BQStCLFVBQy9DLFFBQVEsU0FBUyxXQUFXLE9BQU8sT0FBTyxJQUFJO0FBRWpELGlCQUFlLFFBQVEsS0FBbUQ7QUFDeEUsVUFBTUMsT0FBTSxJQUFJLElBQUksR0FBRyxRQUFRLE9BQU8sR0FBRyxJQUFJLElBQUksRUFBRTtBQUNuRCxlQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssT0FBTyxRQUFRLElBQUksZ0JBQWdCLENBQUMsQ0FBQyxFQUFHLENBQUFBLEtBQUksYUFBYSxJQUFJLEtBQUssS0FBSztBQUNsRyxVQUFNLE1BQXNCO0FBQUEsTUFDMUIsT0FBTyxRQUFRO0FBQUEsTUFDZixRQUFRLElBQUk7QUFBQSxNQUNaLEtBQUssYUFBYUEsSUFBRztBQUFBLE1BQ3JCLFVBQVUsUUFBUTtBQUFBLE1BQ2xCLFFBQVEsUUFBUTtBQUFBLElBQ2xCO0FBQ0EsVUFBTSxFQUFFLE1BQU0sSUFBSTtBQUNsQixhQUFTLFVBQVUsS0FBSyxXQUFXO0FBQ2pDLFlBQU0sV0FBVyxVQUFVLE1BQU07QUFDakMsVUFBSTtBQUNKLFVBQUk7QUFDRixrQkFBVSxNQUFNLFlBQVlBLE1BQUssS0FBSyxLQUFLLFVBQVUsVUFBVSxDQUFDO0FBQUEsTUFDbEUsU0FBUyxPQUFPO0FBQ2QsWUFBSSxFQUFFLGlCQUFpQixnQkFBaUIsT0FBTTtBQUM5QyxZQUFJLENBQUMsVUFBVTtBQUNiLGdCQUFNLGFBQWEsS0FBSyxNQUFNLFVBQVUsTUFBTSxXQUFXLFFBQVEsWUFBWSxRQUFXLFVBQVUsQ0FBQztBQUFBLFFBQ3JHO0FBQ0EsY0FBTSxNQUFNLE1BQU0sYUFBYSxTQUFTLEtBQUssQ0FBQztBQUM5QztBQUFBLE1BQ0Y7QUFDQSxVQUFJLFFBQVEsU0FBUyxPQUFRLFFBQU8sUUFBUTtBQUM1QyxZQUFNLE1BQU0sTUFBTSxRQUFRLGdCQUFnQixhQUFhLFNBQVMsS0FBSyxDQUFDO0FBQUEsSUFDeEU7QUFBQSxFQUNGO0FBSUEsaUJBQWUsWUFDYkEsTUFDQSxLQUNBLEtBQ0EsVUFDQSxVQUN5QjtBQUN6QixVQUFNLGFBQWEsSUFBSSxnQkFBZ0I7QUFDdkMsUUFBSSxXQUFXO0FBQ2YsVUFBTSxRQUFRLFdBQVcsTUFBTTtBQUM3QixpQkFBVztBQUNYLGlCQUFXLE1BQU0sSUFBSSxNQUFNLG1CQUFtQixRQUFRLFNBQVMsS0FBSyxDQUFDO0FBQUEsSUFDdkUsR0FBRyxRQUFRLFNBQVM7QUFDcEIsUUFBSTtBQUNGLFVBQUk7QUFDSixVQUFJO0FBQ0YsbUJBQVcsTUFBTSxHQUFHQSxNQUFLO0FBQUEsVUFDdkIsUUFBUSxJQUFJLFVBQVU7QUFBQSxVQUN0QixTQUFTLEVBQUUsUUFBUSxvQkFBb0IsR0FBRyxRQUFRLFNBQVMsR0FBRyxJQUFJLFFBQVE7QUFBQSxVQUMxRSxHQUFJLElBQUksU0FBUyxTQUFZLENBQUMsSUFBSSxFQUFFLE1BQU0sSUFBSSxLQUFLO0FBQUEsVUFDbkQsUUFBUSxXQUFXO0FBQUEsVUFDbkIsU0FBUztBQUFBLFVBQ1QsT0FBTztBQUFBLFVBQ1AsaUJBQWlCO0FBQUEsVUFDakIsT0FBTztBQUFBLFFBQ1QsQ0FBQztBQUFBLE1BQ0gsU0FBUyxPQUFPO0FBQ2QsY0FBTSxJQUFJLGVBQWUsT0FBTyxRQUFRO0FBQUEsTUFDMUM7QUFDQSxZQUFNLEVBQUUsUUFBUSxRQUFRLElBQUk7QUFDNUIsVUFBSSxrQkFBa0IsTUFBTSxLQUFLLFVBQVU7QUFDekMsY0FBTUMsZ0JBQWUsZ0JBQWdCLFFBQVEsSUFBSSxhQUFhLEdBQUcsUUFBUSxNQUFNLElBQUksQ0FBQztBQUNwRixZQUFJQSxrQkFBaUIsVUFBYUEsaUJBQWdCLFFBQVEsTUFBTSxpQkFBaUI7QUFDL0Usa0JBQVEsU0FBUyxJQUFJO0FBQ3JCLGlCQUFPLEVBQUUsTUFBTSxTQUFTLGNBQUFBLGNBQWE7QUFBQSxRQUN2QztBQUVBLGNBQU0sUUFBUSxNQUFNLGNBQWMsVUFBVSxXQUFXLE1BQU07QUFDN0QsY0FBTSxZQUFZLFFBQVEsS0FBSyxFQUFFLEdBQUcsT0FBTyxjQUFBQSxlQUFjLFNBQVMsQ0FBQztBQUFBLE1BQ3JFO0FBQ0EsWUFBTSxTQUFTLElBQUksY0FBYyxTQUFTLE1BQU0sTUFBTTtBQUN0RCxVQUFJLFVBQVUsT0FBTyxTQUFTLEtBQUs7QUFDakMsY0FBTSxPQUFPLFdBQVcsTUFBTSxTQUFZLE1BQU0sU0FBUyxVQUFVLEtBQUssV0FBVyxNQUFNO0FBQ3pGLGVBQU8sRUFBRSxNQUFNLFFBQVEsVUFBVSxFQUFFLFFBQVEsU0FBUyxNQUFNLE9BQU8sQ0FBQyxHQUFHLElBQUksRUFBRTtBQUFBLE1BQzdFO0FBQ0EsVUFBSSxXQUFXLE9BQU8sUUFBUTtBQUM1QixnQkFBUSxTQUFTLElBQUk7QUFDckIsZUFBTyxFQUFFLE1BQU0sUUFBUSxVQUFVLEVBQUUsUUFBUSxTQUFTLE1BQU0sUUFBVyxPQUFPLENBQUMsR0FBRyxJQUFJLEVBQUU7QUFBQSxNQUN4RjtBQUNBLFlBQU0sWUFBWSxNQUFNLGNBQWMsVUFBVSxXQUFXLE1BQU07QUFDakUsVUFBSSxPQUFRLFFBQU8sRUFBRSxNQUFNLFFBQVEsVUFBVSxFQUFFLFFBQVEsU0FBUyxHQUFHLFdBQVcsSUFBSSxFQUFFO0FBQ3BGLFlBQU0sZUFBZSxnQkFBZ0IsUUFBUSxJQUFJLGFBQWEsR0FBRyxRQUFRLE1BQU0sSUFBSSxDQUFDO0FBQ3BGLFlBQU0sWUFBWSxRQUFRLEtBQUssRUFBRSxHQUFHLFVBQVUsT0FBTyxjQUFjLFNBQVMsQ0FBQztBQUFBLElBQy9FLFNBQVMsT0FBTztBQUNkLFVBQUksaUJBQWlCLGVBQWdCLE9BQU07QUFDM0MsVUFBSSxTQUFVLE9BQU0sSUFBSSxlQUFlLE9BQU8sSUFBSTtBQUNsRCxZQUFNO0FBQUEsSUFDUixVQUFFO0FBQ0EsbUJBQWEsS0FBSztBQUFBLElBQ3BCO0FBQUEsRUFDRjtBQUVBLGlCQUFlLFNBQVMsVUFBb0IsS0FBcUIsUUFBdUM7QUFDdEcsVUFBTSxPQUFPLFNBQVMsUUFBUSxJQUFJLGNBQWMsS0FBSztBQUNyRCxRQUFJLENBQUMsVUFBVSxLQUFLLElBQUksR0FBRztBQUN6QixjQUFRLFNBQVMsSUFBSTtBQUNyQixZQUFNO0FBQUEsUUFDSjtBQUFBLFFBQ0EsNkRBQTZELFNBQVMsS0FBSyxvQkFBb0IsS0FBSyxVQUFVLEtBQUssTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQUEsUUFDakksU0FBUztBQUFBLE1BQ1g7QUFBQSxJQUNGO0FBQ0EsUUFBSTtBQUNKLFFBQUk7QUFDRixjQUFRLE1BQU0sWUFBWSxVQUFVLFFBQVEsY0FBYyxNQUFNO0FBQUEsSUFDbEUsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsY0FBYztBQUNqQyxjQUFNO0FBQUEsVUFDSjtBQUFBLFVBQ0EsK0JBQStCLFlBQVksUUFBUSxZQUFZLENBQUM7QUFBQSxVQUNoRSxTQUFTO0FBQUEsUUFDWDtBQUFBLE1BQ0Y7QUFDQSxZQUFNO0FBQUEsSUFDUjtBQUNBLFFBQUk7QUFDRixhQUFPLEtBQUssTUFBTSxJQUFJLFlBQVksU0FBUyxFQUFFLE9BQU8sS0FBSyxDQUFDLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxJQUMzRSxTQUFTLE9BQU87QUFDZCxZQUFNLFNBQVMsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSztBQUNwRSxZQUFNLGVBQWUsS0FBSywrQkFBK0IsT0FBTyxNQUFNLEdBQUcsR0FBRyxDQUFDLEtBQUssU0FBUyxNQUFNO0FBQUEsSUFDbkc7QUFBQSxFQUNGO0FBRUEsaUJBQWUsY0FDYixVQUNBLFFBQ3dFO0FBQ3hFLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxRQUFRLE1BQU0sWUFBWSxVQUFVLGtCQUFrQixNQUFNO0FBQ2xFLFlBQU0sT0FBTyxJQUFJLFlBQVksRUFBRSxPQUFPLEtBQUs7QUFDM0MsVUFBSTtBQUNGLGVBQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxNQUN4QixRQUFRO0FBQ04sZUFBTyxFQUFFLE1BQU0sUUFBVyxPQUFPLENBQUMsRUFBRTtBQUFBLE1BQ3RDO0FBQUEsSUFDRixTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixhQUFjLFFBQU8sRUFBRSxNQUFNLFFBQVcsT0FBTyxDQUFDLEVBQUU7QUFDdkUsWUFBTTtBQUFBLElBQ1I7QUFDQSxXQUFPLEVBQUUsTUFBTSxPQUFPLFlBQVksSUFBSSxFQUFFO0FBQUEsRUFDMUM7QUFFQSxTQUFPLEVBQUUsUUFBUTtBQUNuQjtBQUdBLElBQU0saUJBQU4sY0FBNkIsTUFBTTtBQUFBLEVBQ2pDLFlBQ1csVUFDQSxVQUNUO0FBQ0EsVUFBTSxpQkFBaUI7QUFIZDtBQUNBO0FBQUEsRUFHWDtBQUFBLEVBSlc7QUFBQSxFQUNBO0FBSWI7QUFHQSxTQUFTLFlBQVksTUFBb0Q7QUFDdkUsTUFBSSxPQUFPLFNBQVMsWUFBWSxTQUFTLEtBQU0sUUFBTyxDQUFDO0FBQ3ZELFFBQU1DLFVBQVM7QUFDZixRQUFNLFNBQVNBLFFBQU87QUFDdEIsTUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLE1BQU07QUFDakQsVUFBTSxJQUFJO0FBQ1YsV0FBTztBQUFBLE1BQ0wsR0FBSSxPQUFPLEVBQUUsU0FBUyxXQUFXLEVBQUUsTUFBTSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDckQsR0FBSSxPQUFPLEVBQUUsWUFBWSxXQUFXLEVBQUUsU0FBUyxFQUFFLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDaEU7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUFBLElBQ0wsR0FBSSxPQUFPLFdBQVcsV0FBVyxFQUFFLE1BQU0sT0FBTyxJQUFJLENBQUM7QUFBQSxJQUNyRCxHQUFJLE9BQU9BLFFBQU8sWUFBWSxXQUFXLEVBQUUsU0FBU0EsUUFBTyxRQUFRLElBQUksQ0FBQztBQUFBLEVBQzFFO0FBQ0Y7QUFHQSxlQUFlLFlBQVksVUFBb0IsT0FBZSxRQUEwQztBQUN0RyxRQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVEsSUFBSSxnQkFBZ0IsQ0FBQztBQUM5RCxNQUFJLE9BQU8sU0FBUyxRQUFRLEtBQUssV0FBVyxPQUFPO0FBQ2pELFlBQVEsU0FBUyxJQUFJO0FBQ3JCLFVBQU0sSUFBSSxhQUFhO0FBQUEsRUFDekI7QUFDQSxNQUFJLFNBQVMsU0FBUyxLQUFNLFFBQU8sSUFBSSxXQUFXLENBQUM7QUFDbkQsUUFBTSxTQUFTLFNBQVMsS0FBSyxVQUFVO0FBQ3ZDLFFBQU0sU0FBdUIsQ0FBQztBQUM5QixNQUFJLFFBQVE7QUFDWixNQUFJO0FBQ0YsZUFBUztBQUNQLFlBQU0sRUFBRSxNQUFNLE1BQU0sSUFBSSxNQUFNLFVBQVUsT0FBTyxLQUFLLEdBQUcsTUFBTTtBQUM3RCxVQUFJLEtBQU07QUFDVixlQUFTLE1BQU07QUFDZixVQUFJLFFBQVEsTUFBTyxPQUFNLElBQUksYUFBYTtBQUMxQyxhQUFPLEtBQUssS0FBSztBQUFBLElBQ25CO0FBQUEsRUFDRixTQUFTLE9BQU87QUFDZCxXQUFPLE9BQU8sRUFBRSxNQUFNLE1BQU0sTUFBUztBQUNyQyxVQUFNO0FBQUEsRUFDUjtBQUNBLFFBQU0sTUFBTSxJQUFJLFdBQVcsS0FBSztBQUNoQyxNQUFJLFNBQVM7QUFDYixhQUFXLFNBQVMsUUFBUTtBQUMxQixRQUFJLElBQUksT0FBTyxNQUFNO0FBQ3JCLGNBQVUsTUFBTTtBQUFBLEVBQ2xCO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxVQUFhLFNBQXFCLFFBQWlDO0FBQzFFLE1BQUksT0FBTyxRQUFTLFFBQU8sUUFBUSxPQUFPLE9BQU8sTUFBTTtBQUN2RCxTQUFPLElBQUksUUFBVyxDQUFDLFNBQVMsV0FBVztBQUN6QyxVQUFNLFVBQVUsTUFBWSxPQUFPLE9BQU8sTUFBTTtBQUNoRCxXQUFPLGlCQUFpQixTQUFTLFNBQVMsRUFBRSxNQUFNLEtBQUssQ0FBQztBQUN4RCxZQUFRO0FBQUEsTUFDTixDQUFDLFVBQVU7QUFDVCxlQUFPLG9CQUFvQixTQUFTLE9BQU87QUFDM0MsZ0JBQVEsS0FBSztBQUFBLE1BQ2Y7QUFBQSxNQUNBLENBQUMsVUFBbUI7QUFDbEIsZUFBTyxvQkFBb0IsU0FBUyxPQUFPO0FBQzNDLGVBQU8sS0FBSztBQUFBLE1BQ2Q7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLGFBQWFGLE1BQWtCO0FBQ3RDLFNBQU8sR0FBR0EsS0FBSSxNQUFNLEdBQUdBLEtBQUksUUFBUSxHQUFHQSxLQUFJLE1BQU07QUFDbEQ7QUFFQSxTQUFTLFlBQVksT0FBdUI7QUFDMUMsTUFBSSxTQUFTLE9BQU8sS0FBTSxRQUFPLEdBQUcsS0FBSyxNQUFPLFNBQVMsT0FBTyxRQUFTLEVBQUUsSUFBSSxFQUFFO0FBQ2pGLE1BQUksU0FBUyxLQUFNLFFBQU8sR0FBRyxLQUFLLE1BQU8sUUFBUSxPQUFRLEVBQUUsSUFBSSxFQUFFO0FBQ2pFLFNBQU8sR0FBRyxLQUFLO0FBQ2pCO0FBTUEsU0FBUyxRQUFRLE1BQStDO0FBQzlELFFBQU0sT0FBTyxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQ3RDOzs7QUpyTk8sU0FBUyxVQUFVLFNBQXNDO0FBQzlELE1BQUksT0FBTyxZQUFZLFlBQVksWUFBWSxNQUFNO0FBQ25ELFVBQU0sSUFBSSxZQUFZLGtFQUFrRSxFQUFFLFFBQVEsVUFBVSxDQUFDO0FBQUEsRUFDL0c7QUFDQSxRQUFNLFlBQVksUUFBUSxRQUFRO0FBQ2xDLFFBQU0sVUFBVSxpQkFBaUIsUUFBUSxLQUFLLEtBQUs7QUFDbkQsTUFBSSxVQUFVLEtBQUssT0FBTyxHQUFHO0FBQzNCLFVBQU0sSUFBSTtBQUFBLE1BQ1Isa0VBQWtFLEtBQUssVUFBVSxRQUFRLFFBQVEsV0FBVyxFQUFFLENBQUMsQ0FBQztBQUFBLE1BQ2hILEVBQUUsUUFBUSxNQUFNO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLFFBQVE7QUFDdEIsTUFBSSxVQUFVLFdBQWMsT0FBTyxVQUFVLFlBQVksVUFBVSxNQUFNLFNBQVMsS0FBSyxLQUFLLElBQUk7QUFDOUYsVUFBTSxJQUFJLFlBQVksZ0VBQWdFLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFBQSxFQUMzRztBQUNBLFFBQU0sY0FBYyxRQUFRLFdBQVcsQ0FBQztBQUN4QyxNQUFJLE9BQU8sZ0JBQWdCLFlBQVksZ0JBQWdCLE1BQU07QUFDM0QsVUFBTSxJQUFJLFlBQVksK0NBQStDLEVBQUUsUUFBUSxVQUFVLENBQUM7QUFBQSxFQUM1RjtBQUNBLFFBQU0sVUFBa0MsRUFBRSxHQUFHLFlBQVk7QUFDekQsTUFBSSxVQUFVLE9BQVcsU0FBUSxnQkFBZ0IsVUFBVSxLQUFLO0FBQ2hFLFFBQU0sU0FBUyxTQUFTLENBQUMsT0FBTyxHQUFHLE9BQU8sT0FBTyxXQUFXLENBQUMsQ0FBQztBQUM5RCxRQUFNLFlBQVksZ0JBQWdCO0FBQUEsSUFDaEMsT0FBTztBQUFBLElBQ1A7QUFBQSxJQUNBO0FBQUEsSUFDQSxTQUFTLENBQUMsS0FBSztBQUFBLElBQ2YsVUFDRSxVQUFVLFNBQ04scUpBQ0E7QUFBQSxJQUNOLFdBQVcsZUFBZSxRQUFRLFdBQVcsYUFBYSxHQUFJO0FBQUEsSUFDOUQsT0FBTyxvQkFBb0IsUUFBUSxLQUFLO0FBQUEsSUFDeEMsY0FBYyxlQUFlLFFBQVEsY0FBYyxnQkFBZ0Isc0JBQXNCO0FBQUEsSUFDekYsR0FBSSxRQUFRLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLFFBQVEsTUFBTTtBQUFBLElBQzlEO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxRQUFRLElBQUlHLFVBQXlEO0FBQUEsSUFDekUsS0FBSyxlQUFlLFFBQVEsZUFBZSxpQkFBaUIsR0FBSTtBQUFBLEVBQ2xFLENBQUM7QUFHRCxpQkFBZSxTQUFTLEtBQXdCLFVBQXFFO0FBQ25ILFFBQUlDO0FBQ0osUUFBSTtBQUNGLE1BQUFBLFVBQVMsWUFBWSxJQUFJLE1BQU0sRUFBRSxNQUFNLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUN0RCxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixrQkFBbUIsT0FBTSxlQUFlLElBQUksS0FBSywwQkFBMEIsTUFBTSxPQUFPLEdBQUc7QUFDaEgsWUFBTTtBQUFBLElBQ1I7QUFDQSxRQUFJQSxRQUFPLFNBQVMsU0FBUyxNQUFNO0FBQ2pDLFlBQU0sZUFBZSxJQUFJLEtBQUsscUJBQXFCLFNBQVMsSUFBSSwwQkFBMEJBLFFBQU8sSUFBSSxHQUFHO0FBQUEsSUFDMUc7QUFDQSxRQUFJLFNBQVMsWUFBWSxVQUFhQSxRQUFPLFlBQVksU0FBUyxTQUFTO0FBQ3pFLFlBQU0sZUFBZSxJQUFJLEtBQUsscUJBQXFCLFNBQVMsT0FBTyxTQUFTQSxRQUFPLE9BQU8sRUFBRTtBQUFBLElBQzlGO0FBQ0EsVUFBTSxPQUFPLE1BQU0saUJBQWlCQSxPQUFNO0FBQzFDLFdBQU8sYUFBYUEsU0FBUUEsUUFBTyxVQUFVLENBQUMsR0FBRyxJQUFJO0FBQUEsRUFDdkQ7QUFFQSxXQUFTLFNBQVMsS0FBaUM7QUFDakQsUUFBSSxJQUFJLFdBQVcsSUFBSyxRQUFPO0FBQy9CLFFBQUksSUFBSSxNQUFNLFNBQVMsWUFBYSxRQUFPO0FBQzNDLFVBQU0sWUFBWSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUs7QUFBQSxFQUMzQztBQUVBLFdBQVMsYUFBYSxLQUF3QixNQUE2QjtBQUN6RSxVQUFNLFNBQVMsa0JBQWtCLFVBQVUsSUFBSSxJQUFJO0FBQ25ELFFBQUksQ0FBQyxPQUFPLFFBQVMsT0FBTSxlQUFlLElBQUksS0FBSyw0QkFBNEIsZUFBZSxPQUFPLEtBQUssQ0FBQyxHQUFHO0FBQzlHLFFBQUksT0FBTyxLQUFLLFNBQVMsTUFBTTtBQUM3QixZQUFNLGVBQWUsSUFBSSxLQUFLLDhCQUE4QixJQUFJLG9CQUFvQixPQUFPLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDekc7QUFDQSxXQUFPLGNBQWMsT0FBTyxLQUFLLFVBQVUsSUFBSSxHQUFHO0FBQUEsRUFDcEQ7QUFFQSxRQUFNLFFBQW1CO0FBQUEsSUFDdkIsTUFBTTtBQUFBLElBRU4sTUFBTSxhQUFhLE1BQU07QUFDdkIsdUJBQWlCLE1BQU0sU0FBUztBQUNoQyxZQUFNLE1BQU0sTUFBTSxVQUFVLFFBQVE7QUFBQSxRQUNsQyxNQUFNLFdBQVcsSUFBSTtBQUFBLFFBQ3JCLFFBQVEsNEJBQTRCLElBQUk7QUFBQSxRQUN4QyxjQUFjLENBQUMsR0FBRztBQUFBLE1BQ3BCLENBQUM7QUFDRCxVQUFJLFNBQVMsR0FBRyxFQUFHLFFBQU8sQ0FBQztBQUMzQixhQUFPLGFBQWEsS0FBSyxJQUFJO0FBQUEsSUFDL0I7QUFBQSxJQUVBLE1BQU0sV0FBVyxNQUFNLFNBQVM7QUFDOUIsdUJBQWlCLE1BQU0sU0FBUztBQUNoQyxVQUFJLE9BQU8sWUFBWSxZQUFZQyxhQUFZLE9BQU8sTUFBTSxRQUFTLFFBQU87QUFDNUUsWUFBTSxPQUFPLFlBQVksTUFBTSxPQUFPO0FBQ3RDLFlBQU0sU0FBUyxNQUFNLElBQUksSUFBSTtBQUM3QixZQUFNLE1BQU0sTUFBTSxVQUFVLFFBQVE7QUFBQSxRQUNsQztBQUFBLFFBQ0EsU0FBUyxXQUFXLFNBQVksQ0FBQyxJQUFJLEVBQUUsaUJBQWlCLE9BQU8sS0FBSztBQUFBLFFBQ3BFLFFBQVEsWUFBWSxJQUFJLElBQUksT0FBTztBQUFBLFFBQ25DLGNBQWMsQ0FBQyxLQUFLLEdBQUc7QUFBQSxNQUN6QixDQUFDO0FBQ0QsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixZQUFJLFdBQVcsT0FBVyxRQUFPLE9BQU87QUFDeEMsY0FBTSxlQUFlLElBQUksS0FBSywyREFBMkQsR0FBRztBQUFBLE1BQzlGO0FBQ0EsVUFBSSxTQUFTLEdBQUcsR0FBRztBQUNqQixjQUFNLE9BQU8sSUFBSTtBQUNqQixlQUFPO0FBQUEsTUFDVDtBQUNBLFlBQU1ELFVBQVMsTUFBTSxTQUFTLEtBQUssRUFBRSxNQUFNLFFBQVEsQ0FBQztBQUNwRCxZQUFNLElBQUksTUFBTSxFQUFFLE1BQU0sSUFBSSxRQUFRLElBQUksTUFBTSxLQUFLLElBQUlBLFFBQU8sSUFBSSxLQUFLLFFBQUFBLFFBQU8sQ0FBQztBQUMvRSxhQUFPQTtBQUFBLElBQ1Q7QUFBQSxJQUVBLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDNUIsdUJBQWlCLE1BQU0sU0FBUztBQUNoQywwQkFBb0IsVUFBVSxHQUFHLElBQUksSUFBSSxRQUFRLEVBQUU7QUFDbkQsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEMsTUFBTSxZQUFZLElBQUk7QUFBQSxRQUN0QixjQUFjLEVBQUUsU0FBUztBQUFBLFFBQ3pCLFFBQVEsY0FBYyxJQUFJLElBQUksUUFBUTtBQUFBLFFBQ3RDLGNBQWMsQ0FBQyxHQUFHO0FBQUEsTUFDcEIsQ0FBQztBQUNELFVBQUksU0FBUyxHQUFHLEVBQUcsUUFBTztBQUMxQixhQUFPLFNBQVMsS0FBSyxFQUFFLE1BQU0sR0FBSUMsYUFBWSxRQUFRLE1BQU0sV0FBVyxFQUFFLFNBQVMsU0FBUyxJQUFJLENBQUMsRUFBRyxDQUFDO0FBQUEsSUFDckc7QUFBQSxJQUVBLE1BQU0sT0FBTztBQUNYLFlBQU0sTUFBTSxNQUFNLFVBQVUsUUFBUSxFQUFFLE1BQU0sZUFBZSxRQUFRLHNCQUFzQixDQUFDO0FBQzFGLFlBQU0sU0FBUyxpQkFBaUIsVUFBVSxJQUFJLElBQUk7QUFDbEQsVUFBSSxDQUFDLE9BQU8sUUFBUyxPQUFNLGVBQWUsSUFBSSxLQUFLLDJCQUEyQixlQUFlLE9BQU8sS0FBSyxDQUFDLEdBQUc7QUFDN0csWUFBTSxRQUFRLG9CQUFJLElBQVk7QUFDOUIsaUJBQVcsU0FBUyxPQUFPLEtBQUssU0FBUztBQUN2QyxjQUFNLFVBQVUsbUJBQW1CLE1BQU0sSUFBSTtBQUM3QyxZQUFJLFlBQVksT0FBVyxPQUFNLGVBQWUsSUFBSSxLQUFLLDRCQUE0QixPQUFPLEVBQUU7QUFDOUYsY0FBTSxJQUFJLE1BQU0sSUFBSTtBQUFBLE1BQ3RCO0FBQ0EsYUFBTyxDQUFDLEdBQUcsS0FBSyxFQUFFLEtBQUs7QUFBQSxJQUN6QjtBQUFBLElBRUEsTUFBTSxRQUFRO0FBQ1osWUFBTSxNQUFNO0FBQUEsSUFDZDtBQUFBLEVBQ0Y7QUFFQSxNQUFJLFFBQVEsYUFBYSxNQUFNO0FBQzdCLFVBQU0sYUFBYSxPQUFPRCxZQUFXO0FBQ25DLFlBQU0sU0FBUyxZQUFZQSxTQUFRLEVBQUUsTUFBTSxHQUFHLFNBQVMsb0JBQW9CLENBQUM7QUFDNUUsWUFBTSxPQUFPLE1BQU0saUJBQWlCLE1BQU07QUFDMUMsWUFBTSxVQUFVLFFBQVE7QUFBQSxRQUN0QixRQUFRO0FBQUEsUUFDUixNQUFNLFlBQVksT0FBTyxNQUFNLE9BQU8sT0FBTztBQUFBLFFBQzdDLE1BQU0sRUFBRSxHQUFHLFFBQVEsS0FBSztBQUFBLFFBQ3hCLFFBQVEsZUFBZSxPQUFPLElBQUksSUFBSSxPQUFPLE9BQU87QUFBQSxNQUN0RCxDQUFDO0FBQUEsSUFDSDtBQUNBLFVBQU0sV0FBVyxPQUFPLE1BQU0sT0FBTyxZQUFZO0FBQy9DLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsc0JBQWdCLE9BQU8sU0FBUztBQUNoQyxZQUFNLE1BQU0sTUFBTSxVQUFVLFFBQVE7QUFBQSxRQUNsQyxRQUFRO0FBQUEsUUFDUixNQUFNLFVBQVUsTUFBTSxLQUFLO0FBQUEsUUFDM0IsTUFBTSxFQUFFLFFBQVE7QUFBQSxRQUNoQixRQUFRLGtCQUFrQixLQUFLLFNBQVMsSUFBSSxRQUFRLE9BQU87QUFBQSxRQUMzRCxjQUFjLENBQUMsR0FBRztBQUFBLE1BQ3BCLENBQUM7QUFDRCxVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLGNBQU0sT0FBTyxJQUFJLE1BQU0sWUFBWSxTQUFZLEtBQUssS0FBSyxPQUFPLElBQUksTUFBTSxPQUFPLEVBQUUsTUFBTSxHQUFHLEdBQUcsQ0FBQztBQUNoRyxjQUFNLElBQUk7QUFBQSxVQUNSLHFCQUFxQixLQUFLLFNBQVMsSUFBSSxRQUFRLE9BQU8sV0FBVyxTQUFTLFNBQVMsSUFBSTtBQUFBLFVBRXZGLEVBQUUsT0FBTyxXQUFXLFFBQVEsSUFBSTtBQUFBLFFBQ2xDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxjQUFjLFVBQXNDLEtBQW9DO0FBQy9GLFFBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLFFBQU0sTUFBcUIsQ0FBQztBQUM1QixhQUFXLEtBQUssVUFBVTtBQUN4QixRQUFJQyxhQUFZLEVBQUUsT0FBTyxNQUFNLEVBQUUsU0FBUztBQUN4QyxZQUFNLGVBQWUsS0FBSyxXQUFXLEtBQUssVUFBVSxFQUFFLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDLDBCQUEwQjtBQUFBLElBQ3ZHO0FBQ0EsUUFBSSxLQUFLLElBQUksRUFBRSxPQUFPLEVBQUcsT0FBTSxlQUFlLEtBQUssV0FBVyxFQUFFLE9BQU8sa0JBQWtCO0FBQ3pGLFNBQUssSUFBSSxFQUFFLE9BQU87QUFDbEIsUUFBSSxLQUFLLEVBQUUsU0FBUyxFQUFFLFNBQVMsUUFBUSxDQUFDLEdBQUcsRUFBRSxNQUFNLEdBQUcsR0FBSSxFQUFFLFNBQVMsU0FBWSxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFHLENBQUM7QUFBQSxFQUMzRztBQUNBLFNBQU8sdUJBQXVCLEdBQUc7QUFDbkM7OztBckN6UkEsSUFBTSxXQUFXO0FBQ2pCLElBQU0sT0FBTztBQUNiLElBQU0sV0FBVztBQUNqQixJQUFNLE9BQU8sRUFBRSxTQUFTLFFBQVEsVUFBVSxPQUFPLE1BQU0sWUFBWSxPQUFPLFVBQVU7QUFDcEYsSUFBTSxXQUFXO0FBQ2pCLElBQU0sZ0JBQWdCO0FBQ3RCLElBQU0sT0FBTyxRQUFRLEtBQUssQ0FBQyxHQUFHLE1BQU0sR0FBRyxFQUFFLElBQUksTUFBTTtBQUNuRCxJQUFNLFNBQVMsQ0FBQyxhQUE4QixTQUFTLFVBQWEsS0FBSyxTQUFTLFFBQVE7QUFDMUYsSUFBTSxrQkFBa0I7QUFFeEIsbUJBQW1CLGFBQWE7QUFDaEMsSUFBTSxLQUFrQixXQUFtQyxNQUFPLGdCQUFnQixJQUFJO0FBS3RGLFNBQVNDLFFBQU8sTUFBYyxTQUEyQztBQUN2RSxNQUFJLFNBQVMsWUFBWSxZQUFZLFNBQVM7QUFDNUMsV0FBTztBQUFBLE1BQ0w7QUFBQSxNQUNBO0FBQUEsTUFDQSxRQUFRLENBQUMsWUFBWTtBQUFBLE1BQ3JCLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLE9BQU8sRUFBRSxRQUFRLEVBQUUsU0FBUyxVQUFVLFVBQVUsVUFBVSxNQUFNLFVBQVUsT0FBTyxTQUFTLEVBQUU7QUFBQSxJQUM5RjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEscUJBQXFCLEtBQUssT0FBTyxJQUFJLENBQUM7QUFDcEQsTUFBSSxTQUFTLFFBQVEsVUFBVSxVQUFhLE9BQU8sS0FBSyxLQUFLLGVBQWU7QUFDMUUsV0FBTyxFQUFFLE1BQU0sU0FBUyxNQUFNLFFBQVEsVUFBVSxpQkFBaUIsS0FBSyxxQkFBcUI7QUFBQSxFQUM3RjtBQUNBLFNBQU87QUFDVDtBQUVBLElBQU0sWUFBeUI7QUFBQSxFQUM3QixNQUFNO0FBQUEsRUFDTixNQUFNLGFBQWEsTUFBOEI7QUFDL0MsV0FBTyxTQUFTLFdBQVcsQ0FBQyxFQUFFLFNBQVMsU0FBUyxRQUFRLENBQUMsWUFBWSxFQUFFLENBQUMsSUFBSSxDQUFDO0FBQUEsRUFDL0U7QUFBQSxFQUNBLE1BQU0sV0FBVyxNQUFNLFNBQVM7QUFDOUIsV0FBT0EsUUFBTyxNQUFNLE9BQU87QUFBQSxFQUM3QjtBQUFBLEVBQ0EsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUM1QixRQUFJLFNBQVMsYUFBYSxhQUFhLFlBQVksYUFBYSxnQkFBZ0IsYUFBYSxVQUFVO0FBQ3JHLGFBQU9BLFFBQU8sTUFBTSxPQUFPO0FBQUEsSUFDN0I7QUFDQSxXQUFPQSxRQUFPLE1BQU0sUUFBUTtBQUFBLEVBQzlCO0FBQ0Y7QUFFQSxJQUFNLFdBQVcsRUFBRSxXQUFXLEdBQUcsVUFBVSxFQUFFO0FBQzdDLElBQU0sbUJBQW1CLDJCQUEyQixFQUFFLE9BQU8sVUFBVSxDQUFDO0FBRXhFLFNBQVMsZ0JBQWdCLEtBQXNCLEtBQTJCO0FBQ3hFLFFBQU1DLE9BQU0sSUFBSSxJQUFJLElBQUksT0FBTyxLQUFLLGtCQUFrQjtBQUN0RCxRQUFNLE9BQU8sbUJBQW1CQSxLQUFJLFNBQVMsTUFBTSwwQkFBMEIsTUFBTSxDQUFDO0FBQ3BGLFFBQU0sVUFBVUEsS0FBSSxhQUFhLElBQUksU0FBUztBQUM5QyxRQUFNLFFBQVFELFFBQU8sTUFBTSxZQUFZLE9BQU8sVUFBVSxHQUFHLE9BQU8sTUFBTTtBQUN4RSxNQUFJLFVBQVUsUUFBVztBQUN2QixRQUFJLFVBQVUsS0FBSyxFQUFFLGdCQUFnQixtQkFBbUIsQ0FBQyxFQUFFLElBQUksS0FBSyxVQUFVLEVBQUUsU0FBUyxtQkFBbUIsQ0FBQyxDQUFDO0FBQzlHO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBTztBQUFBLElBQ1gsSUFBSSxHQUFHLElBQUksSUFBSSxNQUFNLE9BQU87QUFBQSxJQUM1QjtBQUFBLElBQ0EsU0FBUyxPQUFPLE1BQU0sUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUM7QUFBQSxJQUMzQyxNQUFNO0FBQUEsSUFDTixRQUFRLE1BQU07QUFBQSxJQUNkLFFBQVEsQ0FBQztBQUFBLElBQ1QsUUFBUSxNQUFNLFVBQVUsQ0FBQztBQUFBLElBQ3pCLE1BQU0sQ0FBQztBQUFBLElBQ1AsZUFBZTtBQUFBLEVBQ2pCO0FBQ0EsTUFBSSxVQUFVLEtBQUssRUFBRSxnQkFBZ0IsbUJBQW1CLENBQUMsRUFBRSxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDckY7QUFFQSxlQUFlLGNBQXdEO0FBQ3JFLFFBQU1FLFVBQVMsYUFBYSxDQUFDLEtBQUssUUFBUTtBQUN4QyxRQUFJLElBQUksS0FBSyxXQUFXLGNBQWMsR0FBRztBQUN2QyxlQUFTO0FBQ1Qsc0JBQWdCLEtBQUssR0FBRztBQUFBLElBQzFCLE9BQU87QUFDTCxlQUFTO0FBQ1QsdUJBQWlCLEtBQUssR0FBRztBQUFBLElBQzNCO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxJQUFJLFFBQWMsQ0FBQyxZQUFZQSxRQUFPLE9BQU8sR0FBRyxhQUFhLE9BQU8sQ0FBQztBQUMzRSxRQUFNLEVBQUUsS0FBSyxJQUFJQSxRQUFPLFFBQVE7QUFDaEMsU0FBTyxFQUFFLFFBQUFBLFNBQVEsS0FBSyxvQkFBb0IsSUFBSSxHQUFHO0FBQ25EO0FBSUEsSUFBTSxrQkFBa0IsQ0FBQyxhQUFxQixFQUFFLFdBQVcsZUFBZSxXQUFXLGVBQWUsUUFBUTtBQU01RyxlQUFlLGFBQ2IsR0FDQSxHQUNBLFNBQVMsR0FDVCxLQUFLLEtBQ3NCO0FBQzNCLFFBQU0sT0FBeUIsQ0FBQyxHQUFHLENBQUM7QUFDcEMsUUFBTSxNQUFNLENBQUMsR0FBRyxDQUFDO0FBQ2pCLGFBQVdDLE9BQU0sSUFBSyxVQUFTLElBQUksR0FBRyxJQUFJLEtBQU8sSUFBSyxPQUFNQSxJQUFHO0FBQy9ELFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxLQUFLO0FBQy9CLGFBQVMsSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0FBQzFCLFlBQU1BLE1BQUssSUFBSSxDQUFDO0FBQ2hCLFVBQUksUUFBUTtBQUNaLFlBQU0sUUFBUSxZQUFZLElBQUk7QUFDOUIsVUFBSSxNQUFNO0FBQ1YsYUFBTyxNQUFNLFFBQVEsSUFBSTtBQUN2QixpQkFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssT0FBTUEsSUFBRztBQUN2QyxpQkFBUztBQUNULGNBQU0sWUFBWSxJQUFJO0FBQUEsTUFDeEI7QUFDQSxXQUFLLENBQUMsSUFBSSxLQUFLLElBQUksS0FBSyxDQUFDLEtBQUssR0FBSSxRQUFRLE9BQVMsTUFBTSxNQUFNO0FBQUEsSUFDakU7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFtQjtBQUMxQixLQUFHO0FBQ0gsS0FBRztBQUNILFNBQU8sUUFBUSxZQUFZLEVBQUU7QUFDL0I7QUFFQSxlQUFlLFVBQVUsT0FBZSxNQUFjLEtBQXFEO0FBQ3pHLFdBQVMsUUFBUSxHQUFHLFNBQVMsT0FBTyxTQUFTLE1BQU07QUFDakQsVUFBTSxRQUFpQyxDQUFDO0FBQ3hDLGFBQVMsSUFBSSxPQUFPLElBQUksUUFBUSxRQUFRLEtBQUssT0FBTyxJQUFLLE9BQU0sS0FBSyxJQUFJLENBQUMsQ0FBQztBQUMxRSxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQUEsRUFDekI7QUFDRjtBQUVBLElBQU0sTUFBTSxDQUFDLEdBQVcsU0FBUyxNQUFNLEVBQUUsZUFBZSxTQUFTLEVBQUUsdUJBQXVCLE9BQU8sQ0FBQztBQUNsRyxJQUFNLEtBQUssQ0FBQyxVQUFrQixHQUFHLElBQUksUUFBUSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzVELElBQU0sT0FBZ0QsQ0FBQztBQUl2RCxJQUFNLEVBQUUsUUFBUSxJQUFJLElBQUksTUFBTSxZQUFZO0FBQzFDLElBQU0sVUFBVSxRQUFRO0FBR3hCLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDYixRQUFNLFVBQVUsbUJBQW1CLEVBQUUsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUNoRSxRQUFNLFdBQVcsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDeEQsUUFBTSxPQUFPLE1BQU0sUUFBUSxVQUFVLFFBQVE7QUFDN0MsUUFBTSxTQUFTLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUTtBQUNqRCxNQUFJLEtBQUssT0FBTyxJQUFJLE1BQU0sWUFBWSxPQUFPLFFBQVEsSUFBSSxNQUFNLFNBQVUsT0FBTSxJQUFJLE1BQU0sZ0JBQWdCO0FBQ3pHLFFBQU0sQ0FBQyxjQUFjLFdBQVcsSUFBSSxNQUFNO0FBQUEsSUFDeEMsTUFBTSxRQUFRLFVBQVUsUUFBUTtBQUFBLElBQ2hDLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUTtBQUFBLEVBQ3BDO0FBQ0EsT0FBSyxLQUFLO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxZQUFZO0FBQUEsSUFDaEIsSUFBSSxXQUFXO0FBQUEsSUFDZixHQUFHLElBQUksZUFBZSxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQ3ZDLENBQUM7QUFDRCxRQUFNLENBQUMsY0FBYyxXQUFXLElBQUksTUFBTTtBQUFBLElBQ3hDLGFBQWEsTUFBTSxRQUFRLFVBQVUsUUFBUSxHQUFHLE9BQU8sSUFBSTtBQUFBLElBQzNELGFBQWEsTUFBTSxTQUFTLE9BQU8sSUFBSSxRQUFRLEdBQUcsUUFBUSxJQUFJO0FBQUEsRUFDaEU7QUFDQSxPQUFLLEtBQUs7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFlBQVk7QUFBQSxJQUNoQixJQUFJLFdBQVc7QUFBQSxJQUNmLEdBQUcsSUFBSSxlQUFlLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDdkMsQ0FBQztBQUNELFFBQU0sUUFBUSxNQUFNO0FBQ3RCO0FBR0EsSUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFdBQVMsWUFBWTtBQUNyQixXQUFTLFdBQVc7QUFDcEIsUUFBTSxVQUFVLG1CQUFtQixFQUFFLE9BQU8sVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUM7QUFDaEUsUUFBTSxXQUFXLElBQUksZUFBZSxnQkFBZ0IsR0FBRyxDQUFDO0FBQ3hELFFBQU0sT0FBTyxNQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLGdCQUFnQixHQUFHLE1BQU0sUUFBUSxVQUFVLFFBQVEsQ0FBQyxDQUFDO0FBQ3pHLFFBQU0sU0FBUyxNQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLGdCQUFnQixHQUFHLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUSxDQUFDLENBQUM7QUFDN0csTUFBSSxLQUFLLFdBQVcsbUJBQW1CLE9BQU8sV0FBVyxnQkFBaUIsT0FBTSxJQUFJLE1BQU0saUJBQWlCO0FBQzNHLE9BQUssS0FBSztBQUFBLElBQ1IsTUFBTSxJQUFJLGVBQWUsQ0FBQztBQUFBLElBQzFCLElBQUksU0FBUyxTQUFTO0FBQUEsSUFDdEIsSUFBSSxTQUFTLFFBQVE7QUFBQSxJQUNyQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sUUFBUSxNQUFNO0FBQ3RCO0FBR0EsSUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFFBQU0sT0FBTyxTQUFTO0FBQ3RCLE1BQUksVUFBNkQsbUJBQW1CO0FBQUEsSUFDbEYsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQUEsSUFDeEIsT0FBTyxFQUFFLEtBQUssSUFBSztBQUFBLEVBQ3JCLENBQUM7QUFDRCxRQUFNLFVBQVUsWUFBWSxJQUFJO0FBQ2hDLFFBQU0sVUFBVSxlQUFlLEtBQUssQ0FBQyxNQUFPLFFBQXdDLFVBQVUsR0FBRyxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUM7QUFDakgsUUFBTSxvQkFBb0IsWUFBWSxJQUFJLElBQUksV0FBVztBQUN6RCxRQUFNLGdCQUFnQixTQUFTLElBQUk7QUFDbkMsUUFBTSxRQUFRLE1BQU07QUFDcEIsWUFBVTtBQUVWLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLE1BQUksV0FBdUMsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDbEYsUUFBTSxXQUFXLFlBQVksSUFBSTtBQUNqQyxRQUFNLFVBQVUsZUFBZSxLQUFLLENBQUMsTUFBTyxTQUE0QixPQUFPLElBQUksTUFBTSxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUM7QUFDeEcsUUFBTSxtQkFBbUIsWUFBWSxJQUFJLElBQUksWUFBWTtBQUN6RCxRQUFNLGVBQWUsU0FBUyxJQUFJO0FBQ2xDLE1BQUksU0FBUyxXQUFXLE9BQVcsT0FBTSxJQUFJLE1BQU0sYUFBYTtBQUNoRSxhQUFXO0FBQ1gsT0FBSyxLQUFLO0FBQUEsSUFDUixzQkFBc0IsSUFBSSxhQUFhLENBQUM7QUFBQSxJQUN4QyxHQUFHLEdBQUcsYUFBYSxDQUFDLGdCQUFnQixJQUFJLGtCQUFrQixDQUFDLENBQUM7QUFBQSxJQUM1RCxHQUFHLEdBQUcsWUFBWSxDQUFDLG9CQUFvQixJQUFJLGlCQUFpQixDQUFDLENBQUM7QUFBQSxJQUM5RCxHQUFHLElBQUksZUFBZSxLQUFLLElBQUksZUFBZSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDdEQsQ0FBQztBQUNIO0FBR0EsSUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFFBQU0sV0FBVyxlQUFlO0FBQ2hDLFFBQU0sT0FBTyxtQkFBbUIsRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsR0FBRyxTQUFTLENBQUM7QUFDdkUsUUFBTSxLQUFLLFVBQVUsUUFBUTtBQUM3QixRQUFNLEtBQUssTUFBTTtBQUNqQixRQUFNLElBQUksUUFBYyxDQUFDLFlBQVksT0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsU0FBTyxvQkFBb0I7QUFFM0IsUUFBTSxVQUFVLFlBQVksSUFBSTtBQUNoQyxRQUFNLE9BQU8sbUJBQW1CLEVBQUUsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLEdBQUcsU0FBUyxDQUFDO0FBQ3ZFLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxJQUFJLE1BQU0sS0FBSyxVQUFVLFFBQVE7QUFDdkMsV0FBTyxtQkFBbUIsRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPLElBQUksTUFBTSxXQUFXLFlBQVksWUFBWSxRQUFRLElBQUksWUFBWSxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDdkksU0FBUyxPQUFPO0FBQ2QsV0FBTyxVQUFXLE1BQWdCLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ3hEO0FBQ0EsUUFBTSxLQUFLLE1BQU07QUFFakIsVUFBUSxPQUFPLE1BQU07QUFDckIsUUFBTSxXQUFXLFlBQVksSUFBSTtBQUNqQyxRQUFNLFdBQVcsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDeEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLElBQUksTUFBTSxTQUFTLE9BQU8sSUFBSSxRQUFRO0FBQzVDLGFBQVMsV0FBVyxFQUFFLGFBQWEsYUFBYSxTQUFTO0FBQUEsRUFDM0QsU0FBUyxPQUFPO0FBQ2QsYUFBUyxXQUFZLE1BQWdCLFlBQVksSUFBSSxXQUFXLElBQUksWUFBWSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQUEsRUFDbkc7QUFDQSxVQUFRLE9BQU87QUFDZixPQUFLLEtBQUssQ0FBQyxnREFBZ0QsTUFBTSxRQUFRLDBCQUEwQixDQUFDO0FBQ3RHO0FBSUEsSUFBTSxTQUEyQyxDQUFDLFlBQVksYUFBYSxvQkFBb0IsUUFBUTtBQUN2RyxJQUFNLFNBQVMsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLEtBQUssSUFBSSxFQUFFLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFDN0YsSUFBTSxPQUFPLENBQUMsVUFBNkIsS0FBSyxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssS0FBSyxDQUFDO0FBQ3pHLFFBQVEsSUFBSTtBQUFBLE9BQVUsUUFBUSxPQUFPLEtBQUssUUFBUSxRQUFRLElBQUksUUFBUSxJQUFJLEVBQUU7QUFDNUUsUUFBUSxJQUFJLEtBQUssTUFBTSxDQUFDO0FBQ3hCLFFBQVEsSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sSUFBSSxPQUFPLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsR0FBRztBQUNqRSxXQUFXLE9BQU8sS0FBTSxTQUFRLElBQUksS0FBSyxHQUFHLENBQUM7QUFDN0MsUUFBUSxLQUFLLENBQUM7IiwKICAibmFtZXMiOiBbImhpbnQiLCAib3B0aW9uYWwiLCAiZGVwdGgiLCAiTUFYX0RFUFRIIiwgImRlcHRoIiwgIm1lbWJlcnMiLCAiaGludCIsICJtZW1iZXJzIiwgIm51bGxhYmxlIiwgInJlY29yZCIsICJvdXQiLCAidW5pb24iLCAidHlwZWQiLCAib3B0aW9uYWwiLCAibGluZSIsICJoaW50IiwgIndhbnRlZCIsICJudWxsYWJsZSIsICJtZW1iZXJzIiwgInR5cGVkIiwgImFycmF5IiwgInJlZ2V4IiwgInN0cmluZyIsICJudW1iZXIiLCAib3B0aW9uYWwiLCAibGluZSIsICJvdXQiLCAiZm4iLCAibGluZSIsICJyZWNvcmQiLCAibGluZSIsICJpbnB1dFNjaGVtYSIsICJvcHRpb25hbCIsICJ2YWxpZCIsICJ6IiwgInJlY29yZCIsICJkZXB0aCIsICJMQUJFTF9QQVRURVJOIiwgImZuIiwgInR5cGVkIiwgInJlY29yZCIsICJyZWNvcmQiLCAiZWRpdERpc3RhbmNlIiwgInJlY29yZCIsICJyZWNvcmQiLCAibG9ja2VkSGFzaCIsICJ6IiwgImRlc2NyaWJlIiwgImhpbnQiLCAiSEFTSF9QQVRURVJOIiwgInJlY29yZCIsICJ6IiwgInJlY29yZCIsICJ6IiwgInJlY29yZCIsICJjYWNoZSIsICJlcnJvclRleHQiLCAicmVjb3JkIiwgInNlbXZlclZhbGlkIiwgInoiLCAiaGVhZGVyIiwgImVycm9yIiwgInNlbXZlclZhbGlkIiwgInJlY29yZCIsICJMUlVDYWNoZSIsICJzZW12ZXJWYWxpZCIsICJzZXJ2ZXIiLCAidXJsIiwgInVybCIsICJyZXRyeUFmdGVyTXMiLCAicmVjb3JkIiwgIkxSVUNhY2hlIiwgInJlY29yZCIsICJzZW12ZXJWYWxpZCIsICJyZWNvcmQiLCAidXJsIiwgInNlcnZlciIsICJmbiJdCn0K
