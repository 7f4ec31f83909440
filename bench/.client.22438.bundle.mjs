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
  const [looseOps, langfuseOps2] = await opsPerSecond(
    async () => (await prompts.getPrompt(GREETING, { strict: false })).render(VARS, { strict: false }),
    async () => (await langfuse.prompt.get(GREETING)).compile(VARS)
  );
  rows.push([
    "1c. same, promptops with strict: false",
    fmt(looseOps),
    fmt(langfuseOps2),
    `${fmt(looseOps / langfuseOps2, 1)}\xD7 (no validation on either side)`
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiY2xpZW50LnRzIiwgIi4uL3NyYy9lcnJvcnMudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmllbGQtcGF0aC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9zdWdnZXN0LnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3BpY29zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvanNvbi1zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmFzdC1wYXRoLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3R5cGVzY3JpcHQudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvaXNzdWVzLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3N0YW5kYXJkLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3pvZC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9pbmRleC50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnNlLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvbG9va3VwLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvYW5hbHl6ZS50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnRpYWxzLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvdmFsdWUudHMiLCAiLi4vc3JjL2VuZ2luZS90ZW1wbGF0ZS9jb21waWxlLnRzIiwgIi4uL3NyYy9lbmdpbmUvcHJvbXB0LnRzIiwgIi4uL3NyYy9lbmdpbmUvcmVjb3JkLXNjaGVtYS50cyIsICIuLi9zcmMvZW5naW5lL25hbWUudHMiLCAiLi4vc3JjL2VuZ2luZS9zZWxlY3Rvci50cyIsICIuLi9zcmMvdGVsZW1ldHJ5L2VtaXR0ZXIudHMiLCAiLi4vc3JjL2NsaWVudC9jYWNoZS50cyIsICIuLi9zcmMvY2xpZW50L2Nsb2NrLnRzIiwgIi4uL3NyYy9jbGllbnQvZmFsbGJhY2sudHMiLCAiLi4vc3JjL2VuZ2luZS9oYXNoLnRzIiwgIi4uL3NyYy9zdG9yZXMvcmVzb2x2ZS50cyIsICIuLi9zcmMvY2xpZW50L2xvYWRlci50cyIsICIuLi9zcmMvY2xpZW50L2xvY2tmaWxlLnRzIiwgIi4uL3NyYy9jbGllbnQvdmFsaWRhdGUudHMiLCAiLi4vc3JjL2NsaWVudC9vcHRpb25zLnRzIiwgIi4uL3NyYy9jbGllbnQvcHJvbXB0LnRzIiwgIi4uL3NyYy9jbGllbnQvc25hcHNob3QudHMiLCAiLi4vc3JjL2NsaWVudC9jbGllbnQudHMiLCAiLi4vc3JjL3NlcnZlci9oYW5kbGVyLnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9wcm90b2NvbC50cyIsICIuLi9zcmMvc3RvcmVzL2h0dHAudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL3JldHJ5LnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9lcnJvcnMudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL29wdGlvbnMudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL3RyYW5zcG9ydC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgcHJvbXB0IGNsaWVudCBzaWRlIGJ5IHNpZGUgd2l0aCBgQGxhbmdmdXNlL2NsaWVudGAsIGluIG9uZSBwcm9jZXNzLCBib3RoIHRhbGtpbmcgSFRUUCB0byBvbmVcbiAqIGxvb3BiYWNrIHNlcnZlciAoMTI3LjAuMC4xLCBwb3J0IDApIHRoYXQgc3BlYWtzIHByb21wdG9wcyBwcm90b2NvbCB2MSAoYGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyYClcbiAqIGFuZCBMYW5nZnVzZSdzIHByb21wdCBBUEkgKGBHRVQgL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy97bmFtZX1gKTpcbiAqXG4gKiAxLiBjYWNoZS1oaXQgYGdldGAgKyByZW5kZXIsIG9wcy9zICh0YXJnZXQ6IHByb21wdG9wcyBcdTIyNjUgNFx1MDBENyBMYW5nZnVzZSk7XG4gKiAyLiAxLDAwMCBjb25jdXJyZW50IGNvbGQgZ2V0cyBvZiBvbmUgbmFtZTogcmVxdWVzdHMgdGhlIHNlcnZlciBzYXcgKHRhcmdldDogMSk7XG4gKiAzLiBoZWFwIGhlbGQgYWZ0ZXIgZmV0Y2hpbmcgMTAwLDAwMCBkaXN0aW5jdCBuYW1lL3ZlcnNpb24ga2V5cyAocHJvbXB0b3BzIGBjYWNoZS5tYXg6IDEwMDBgKTtcbiAqIDQuIGNvbGQgc3RhcnQgd2l0aCB0aGUgc2VydmVyIGRvd24gYW5kIGEgc25hcHNob3QgcHJlc2VudC5cbiAqXG4gKiBSdW46IGBub2RlIGJlbmNoL3J1bi5tanMgY2xpZW50YCAoZ2xvYmFsLmdjIGlzIHN3aXRjaGVkIG9uIGF0IHJ1biB0aW1lIHdoZW4gYC0tZXhwb3NlLWdjYCBpcyBub3QgZ2l2ZW4pO1xuICogYG5vZGUgYmVuY2gvcnVuLm1qcyBjbGllbnQgMSwyYCBydW5zIHRoZSBsaXN0ZWQgc2NlbmFyaW9zIG9ubHkuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVNlcnZlciwgdHlwZSBJbmNvbWluZ01lc3NhZ2UsIHR5cGUgU2VydmVyLCB0eXBlIFNlcnZlclJlc3BvbnNlIH0gZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCB0eXBlIHsgQWRkcmVzc0luZm8gfSBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgeyBzZXRGbGFnc0Zyb21TdHJpbmcgfSBmcm9tICdub2RlOnY4JztcbmltcG9ydCB7IHJ1bkluTmV3Q29udGV4dCB9IGZyb20gJ25vZGU6dm0nO1xuaW1wb3J0IHsgTGFuZ2Z1c2VDbGllbnQgfSBmcm9tICdAbGFuZ2Z1c2UvY2xpZW50JztcbmltcG9ydCB7IGNyZWF0ZVByb21wdENsaWVudCB9IGZyb20gJy4uL3NyYy9jbGllbnQvY2xpZW50LmpzJztcbmltcG9ydCB7IG1lbW9yeVNuYXBzaG90IH0gZnJvbSAnLi4vc3JjL2NsaWVudC9zbmFwc2hvdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL3NyYy9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyIH0gZnJvbSAnLi4vc3JjL3NlcnZlci9oYW5kbGVyLmpzJztcbmltcG9ydCB7IGh0dHBTdG9yZSB9IGZyb20gJy4uL3NyYy9zdG9yZXMvaHR0cC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3NyYy9zdG9yZXMvdHlwZXMuanMnO1xuXG5jb25zdCBHUkVFVElORyA9ICdiZW5jaC9ncmVldGluZyc7XG5jb25zdCBNQU5ZID0gJ2JlbmNoL21hbnknO1xuY29uc3QgVEVNUExBVEUgPSAnWW91IGFyZSBhIHN1cHBvcnQgYWdlbnQgZm9yIHt7Y29tcGFueX19LiBHcmVldCB7e2N1c3RvbWVyfX0gaW4gYSB7e3RvbmV9fSB0b25lIGFib3V0IHt7dG9waWN9fS4nO1xuY29uc3QgVkFSUyA9IHsgY29tcGFueTogJ0FjbWUnLCBjdXN0b21lcjogJ0FkYScsIHRvbmU6ICdmcmllbmRseScsIHRvcGljOiAnYmlsbGluZycgfTtcbmNvbnN0IEVYUEVDVEVEID0gJ1lvdSBhcmUgYSBzdXBwb3J0IGFnZW50IGZvciBBY21lLiBHcmVldCBBZGEgaW4gYSBmcmllbmRseSB0b25lIGFib3V0IGJpbGxpbmcuJztcbmNvbnN0IERJU1RJTkNUX0tFWVMgPSAxMDBfMDAwO1xuY29uc3Qgb25seSA9IHByb2Nlc3MuYXJndlszXT8uc3BsaXQoJywnKS5tYXAoTnVtYmVyKTtcbmNvbnN0IHdhbnRlZCA9IChzY2VuYXJpbzogbnVtYmVyKTogYm9vbGVhbiA9PiBvbmx5ID09PSB1bmRlZmluZWQgfHwgb25seS5pbmNsdWRlcyhzY2VuYXJpbyk7XG5jb25zdCBDT05DVVJSRU5UX0NPTEQgPSAxXzAwMDtcblxuc2V0RmxhZ3NGcm9tU3RyaW5nKCctLWV4cG9zZS1nYycpO1xuY29uc3QgZ2M6ICgpID0+IHZvaWQgPSAoZ2xvYmFsVGhpcyBhcyB7IGdjPzogKCkgPT4gdm9pZCB9KS5nYyA/PyAocnVuSW5OZXdDb250ZXh0KCdnYycpIGFzICgpID0+IHZvaWQpO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gdGhlIHNlcnZlclxuXG4vKiogYGJlbmNoL2dyZWV0aW5nQDEuMC4wYCAobGFiZWwgcHJvZHVjdGlvbiksIGFuZCBgYmVuY2gvbWFueUBOLjAuMGAgZm9yIGV2ZXJ5IE4sIG1hZGUgb24gZGVtYW5kLiAqL1xuZnVuY3Rpb24gcmVjb3JkKG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkIHtcbiAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIHZlcnNpb24gPT09ICcxLjAuMCcpIHtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZSxcbiAgICAgIHZlcnNpb24sXG4gICAgICBsYWJlbHM6IFsncHJvZHVjdGlvbiddLFxuICAgICAgdHlwZTogJ3RleHQnLFxuICAgICAgdGVtcGxhdGU6IFRFTVBMQVRFLFxuICAgICAgaW5wdXQ6IHsgc2NoZW1hOiB7IGNvbXBhbnk6ICdzdHJpbmcnLCBjdXN0b21lcjogJ3N0cmluZycsIHRvbmU6ICdzdHJpbmcnLCB0b3BpYzogJ3N0cmluZycgfSB9LFxuICAgIH07XG4gIH1cbiAgY29uc3QgbWFqb3IgPSAvXihbMS05XVxcZCopXFwuMFxcLjAkLy5leGVjKHZlcnNpb24pPy5bMV07XG4gIGlmIChuYW1lID09PSBNQU5ZICYmIG1ham9yICE9PSB1bmRlZmluZWQgJiYgTnVtYmVyKG1ham9yKSA8PSBESVNUSU5DVF9LRVlTKSB7XG4gICAgcmV0dXJuIHsgbmFtZSwgdmVyc2lvbiwgdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZTogYFByb21wdCBudW1iZXIgJHttYWpvcn0gZm9yIHt7Y3VzdG9tZXJ9fS5gIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuY29uc3QgZ2VuZXJhdGVkOiBQcm9tcHRTdG9yZSA9IHtcbiAgbmFtZTogJ2dlbmVyYXRlZCcsXG4gIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKTogUHJvbWlzZTxWZXJzaW9uSW5mb1tdPiB7XG4gICAgcmV0dXJuIG5hbWUgPT09IEdSRUVUSU5HID8gW3sgdmVyc2lvbjogJzEuMC4wJywgbGFiZWxzOiBbJ3Byb2R1Y3Rpb24nXSB9XSA6IFtdO1xuICB9LFxuICBhc3luYyBnZXRWZXJzaW9uKG5hbWUsIHZlcnNpb24pIHtcbiAgICByZXR1cm4gcmVjb3JkKG5hbWUsIHZlcnNpb24pO1xuICB9LFxuICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIChzZWxlY3RvciA9PT0gJ2xhdGVzdCcgfHwgc2VsZWN0b3IgPT09ICdwcm9kdWN0aW9uJyB8fCBzZWxlY3RvciA9PT0gJzEuMC4wJykpIHtcbiAgICAgIHJldHVybiByZWNvcmQobmFtZSwgJzEuMC4wJyk7XG4gICAgfVxuICAgIHJldHVybiByZWNvcmQobmFtZSwgc2VsZWN0b3IpO1xuICB9LFxufTtcblxuY29uc3QgcmVxdWVzdHMgPSB7IHByb21wdG9wczogMCwgbGFuZ2Z1c2U6IDAgfTtcbmNvbnN0IHByb21wdG9wc0hhbmRsZXIgPSBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcih7IHN0b3JlOiBnZW5lcmF0ZWQgfSk7XG5cbmZ1bmN0aW9uIGxhbmdmdXNlSGFuZGxlcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBuZXcgVVJMKHJlcS51cmwgPz8gJy8nLCAnaHR0cDovLzEyNy4wLjAuMScpO1xuICBjb25zdCBuYW1lID0gZGVjb2RlVVJJQ29tcG9uZW50KHVybC5wYXRobmFtZS5zbGljZSgnL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy8nLmxlbmd0aCkpO1xuICBjb25zdCB2ZXJzaW9uID0gdXJsLnNlYXJjaFBhcmFtcy5nZXQoJ3ZlcnNpb24nKTtcbiAgY29uc3QgZm91bmQgPSByZWNvcmQobmFtZSwgdmVyc2lvbiA9PT0gbnVsbCA/ICcxLjAuMCcgOiBgJHt2ZXJzaW9ufS4wLjBgKTtcbiAgaWYgKGZvdW5kID09PSB1bmRlZmluZWQpIHtcbiAgICByZXMud3JpdGVIZWFkKDQwNCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeSh7IG1lc3NhZ2U6ICdQcm9tcHQgbm90IGZvdW5kJyB9KSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IGJvZHkgPSB7XG4gICAgaWQ6IGAke25hbWV9LSR7Zm91bmQudmVyc2lvbn1gLFxuICAgIG5hbWUsXG4gICAgdmVyc2lvbjogTnVtYmVyKGZvdW5kLnZlcnNpb24uc3BsaXQoJy4nKVswXSksXG4gICAgdHlwZTogJ3RleHQnLFxuICAgIHByb21wdDogZm91bmQudGVtcGxhdGUsXG4gICAgY29uZmlnOiB7fSxcbiAgICBsYWJlbHM6IGZvdW5kLmxhYmVscyA/PyBbXSxcbiAgICB0YWdzOiBbXSxcbiAgICBjb21taXRNZXNzYWdlOiBudWxsLFxuICB9O1xuICByZXMud3JpdGVIZWFkKDIwMCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeShib2R5KSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN0YXJ0U2VydmVyKCk6IFByb21pc2U8eyBzZXJ2ZXI6IFNlcnZlcjsgdXJsOiBzdHJpbmcgfT4ge1xuICBjb25zdCBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKHJlcSwgcmVzKSA9PiB7XG4gICAgaWYgKHJlcS51cmw/LnN0YXJ0c1dpdGgoJy9hcGkvcHVibGljLycpKSB7XG4gICAgICByZXF1ZXN0cy5sYW5nZnVzZSsrO1xuICAgICAgbGFuZ2Z1c2VIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9IGVsc2Uge1xuICAgICAgcmVxdWVzdHMucHJvbXB0b3BzKys7XG4gICAgICBwcm9tcHRvcHNIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9XG4gIH0pO1xuICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgcmVzb2x2ZSkpO1xuICBjb25zdCB7IHBvcnQgfSA9IHNlcnZlci5hZGRyZXNzKCkgYXMgQWRkcmVzc0luZm87XG4gIHJldHVybiB7IHNlcnZlciwgdXJsOiBgaHR0cDovLzEyNy4wLjAuMToke3BvcnR9YCB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gaGVscGVyc1xuXG5jb25zdCBsYW5nZnVzZU9wdGlvbnMgPSAoYmFzZVVybDogc3RyaW5nKSA9PiAoeyBwdWJsaWNLZXk6ICdway1sZi1iZW5jaCcsIHNlY3JldEtleTogJ3NrLWxmLWJlbmNoJywgYmFzZVVybCB9KTtcblxuLyoqXG4gKiBvcHMvcyBvZiBgYWAgYW5kIG9mIGBiYCwgZWFjaCB0aGUgYmVzdCBvZiBgcm91bmRzYCByb3VuZHMgb2YgYWJvdXQgYG1zYCwgdGhlIHJvdW5kcyBvZiB0aGUgdHdvXG4gKiBpbnRlcmxlYXZlZCBzbyB0aGF0IGxvYWQgZnJvbSBlbHNld2hlcmUgb24gdGhlIG1hY2hpbmUgaGl0cyBib3RoIGFsaWtlLlxuICovXG5hc3luYyBmdW5jdGlvbiBvcHNQZXJTZWNvbmQoXG4gIGE6ICgpID0+IFByb21pc2U8dW5rbm93bj4sXG4gIGI6ICgpID0+IFByb21pc2U8dW5rbm93bj4sXG4gIHJvdW5kcyA9IDgsXG4gIG1zID0gMjUwLFxuKTogUHJvbWlzZTxbbnVtYmVyLCBudW1iZXJdPiB7XG4gIGNvbnN0IGJlc3Q6IFtudW1iZXIsIG51bWJlcl0gPSBbMCwgMF07XG4gIGNvbnN0IGZucyA9IFthLCBiXTtcbiAgZm9yIChjb25zdCBmbiBvZiBmbnMpIGZvciAobGV0IGkgPSAwOyBpIDwgNV8wMDA7IGkrKykgYXdhaXQgZm4oKTtcbiAgZm9yIChsZXQgciA9IDA7IHIgPCByb3VuZHM7IHIrKykge1xuICAgIGZvciAobGV0IGYgPSAwOyBmIDwgMjsgZisrKSB7XG4gICAgICBjb25zdCBmbiA9IGZuc1tmXSBhcyAoKSA9PiBQcm9taXNlPHVua25vd24+O1xuICAgICAgbGV0IGNvdW50ID0gMDtcbiAgICAgIGNvbnN0IHN0YXJ0ID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gICAgICBsZXQgbm93ID0gc3RhcnQ7XG4gICAgICB3aGlsZSAobm93IC0gc3RhcnQgPCBtcykge1xuICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IDUwMDsgaSsrKSBhd2FpdCBmbigpO1xuICAgICAgICBjb3VudCArPSA1MDA7XG4gICAgICAgIG5vdyA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICAgICAgfVxuICAgICAgYmVzdFtmXSA9IE1hdGgubWF4KGJlc3RbZl0gPz8gMCwgKGNvdW50ICogMTAwMCkgLyAobm93IC0gc3RhcnQpKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGJlc3Q7XG59XG5cbmZ1bmN0aW9uIGhlYXBVc2VkKCk6IG51bWJlciB7XG4gIGdjKCk7XG4gIGdjKCk7XG4gIHJldHVybiBwcm9jZXNzLm1lbW9yeVVzYWdlKCkuaGVhcFVzZWQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGluQmF0Y2hlcyhjb3VudDogbnVtYmVyLCBzaXplOiBudW1iZXIsIHJ1bjogKGk6IG51bWJlcikgPT4gUHJvbWlzZTx1bmtub3duPik6IFByb21pc2U8dm9pZD4ge1xuICBmb3IgKGxldCBzdGFydCA9IDE7IHN0YXJ0IDw9IGNvdW50OyBzdGFydCArPSBzaXplKSB7XG4gICAgY29uc3QgYmF0Y2g6IEFycmF5PFByb21pc2U8dW5rbm93bj4+ID0gW107XG4gICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgc3RhcnQgKyBzaXplICYmIGkgPD0gY291bnQ7IGkrKykgYmF0Y2gucHVzaChydW4oaSkpO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKGJhdGNoKTtcbiAgfVxufVxuXG5jb25zdCBmbXQgPSAobjogbnVtYmVyLCBkaWdpdHMgPSAwKSA9PiBuLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycsIHsgbWF4aW11bUZyYWN0aW9uRGlnaXRzOiBkaWdpdHMgfSk7XG5jb25zdCBtYiA9IChieXRlczogbnVtYmVyKSA9PiBgJHtmbXQoYnl0ZXMgLyAxMDI0IC8gMTAyNCwgMSl9IE1CYDtcbmNvbnN0IHJvd3M6IEFycmF5PFtzdHJpbmcsIHN0cmluZywgc3RyaW5nLCBzdHJpbmddPiA9IFtdO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gc2NlbmFyaW9zXG5cbmNvbnN0IHsgc2VydmVyLCB1cmwgfSA9IGF3YWl0IHN0YXJ0U2VydmVyKCk7XG5jb25zdCBzaWxlbmNlID0gY29uc29sZS53YXJuO1xuXG4vLyAxLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyXG5pZiAod2FudGVkKDEpKSB7XG4gIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pIH0pO1xuICBjb25zdCBsYW5nZnVzZSA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGNvbnN0IG91cnMgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORyk7XG4gIGNvbnN0IHRoZWlycyA9IGF3YWl0IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpO1xuICBpZiAob3Vycy5yZW5kZXIoVkFSUykgIT09IEVYUEVDVEVEIHx8IHRoZWlycy5jb21waWxlKFZBUlMpICE9PSBFWFBFQ1RFRCkgdGhyb3cgbmV3IEVycm9yKCdvdXRwdXRzIGRpZmZlcicpO1xuICBjb25zdCBbcHJvbXB0b3BzR2V0LCBsYW5nZnVzZUdldF0gPSBhd2FpdCBvcHNQZXJTZWNvbmQoXG4gICAgKCkgPT4gcHJvbXB0cy5nZXRQcm9tcHQoR1JFRVRJTkcpLFxuICAgICgpID0+IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpLFxuICApO1xuICByb3dzLnB1c2goW1xuICAgICcxYS4gY2FjaGUtaGl0IGdldCBvbmx5IChvcHMvcyknLFxuICAgIGZtdChwcm9tcHRvcHNHZXQpLFxuICAgIGZtdChsYW5nZnVzZUdldCksXG4gICAgYCR7Zm10KHByb21wdG9wc0dldCAvIGxhbmdmdXNlR2V0LCAxKX1cdTAwRDdgLFxuICBdKTtcbiAgY29uc3QgW3Byb21wdG9wc09wcywgbGFuZ2Z1c2VPcHNdID0gYXdhaXQgb3BzUGVyU2Vjb25kKFxuICAgIGFzeW5jICgpID0+IChhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORykpLnJlbmRlcihWQVJTKSxcbiAgICBhc3luYyAoKSA9PiAoYXdhaXQgbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORykpLmNvbXBpbGUoVkFSUyksXG4gICk7XG4gIHJvd3MucHVzaChbXG4gICAgJzFiLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyIChvcHMvcyknLFxuICAgIGZtdChwcm9tcHRvcHNPcHMpLFxuICAgIGZtdChsYW5nZnVzZU9wcyksXG4gICAgYCR7Zm10KHByb21wdG9wc09wcyAvIGxhbmdmdXNlT3BzLCAxKX1cdTAwRDcgKHRhcmdldCBcdTIyNjUgNFx1MDBENzsgcHJvbXB0b3BzIHZhbGlkYXRlcyB0aGUgaW5wdXQpYCxcbiAgXSk7XG4gIGNvbnN0IFtsb29zZU9wcywgbGFuZ2Z1c2VPcHMyXSA9IGF3YWl0IG9wc1BlclNlY29uZChcbiAgICBhc3luYyAoKSA9PiAoYXdhaXQgcHJvbXB0cy5nZXRQcm9tcHQoR1JFRVRJTkcsIHsgc3RyaWN0OiBmYWxzZSB9KSkucmVuZGVyKFZBUlMsIHsgc3RyaWN0OiBmYWxzZSB9KSxcbiAgICBhc3luYyAoKSA9PiAoYXdhaXQgbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORykpLmNvbXBpbGUoVkFSUyksXG4gICk7XG4gIHJvd3MucHVzaChbXG4gICAgJzFjLiBzYW1lLCBwcm9tcHRvcHMgd2l0aCBzdHJpY3Q6IGZhbHNlJyxcbiAgICBmbXQobG9vc2VPcHMpLFxuICAgIGZtdChsYW5nZnVzZU9wczIpLFxuICAgIGAke2ZtdChsb29zZU9wcyAvIGxhbmdmdXNlT3BzMiwgMSl9XHUwMEQ3IChubyB2YWxpZGF0aW9uIG9uIGVpdGhlciBzaWRlKWAsXG4gIF0pO1xuICBhd2FpdCBwcm9tcHRzLmNsb3NlKCk7XG59XG5cbi8vIDIuIDEsMDAwIGNvbmN1cnJlbnQgY29sZCBnZXRzIG9mIG9uZSBuYW1lXG5pZiAod2FudGVkKDIpKSB7XG4gIHJlcXVlc3RzLnByb21wdG9wcyA9IDA7XG4gIHJlcXVlc3RzLmxhbmdmdXNlID0gMDtcbiAgY29uc3QgcHJvbXB0cyA9IGNyZWF0ZVByb21wdENsaWVudCh7IHN0b3JlOiBodHRwU3RvcmUoeyB1cmwgfSkgfSk7XG4gIGNvbnN0IGxhbmdmdXNlID0gbmV3IExhbmdmdXNlQ2xpZW50KGxhbmdmdXNlT3B0aW9ucyh1cmwpKTtcbiAgY29uc3Qgb3VycyA9IGF3YWl0IFByb21pc2UuYWxsKEFycmF5LmZyb20oeyBsZW5ndGg6IENPTkNVUlJFTlRfQ09MRCB9LCAoKSA9PiBwcm9tcHRzLmdldFByb21wdChHUkVFVElORykpKTtcbiAgY29uc3QgdGhlaXJzID0gYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogQ09OQ1VSUkVOVF9DT0xEIH0sICgpID0+IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpKSk7XG4gIGlmIChvdXJzLmxlbmd0aCAhPT0gQ09OQ1VSUkVOVF9DT0xEIHx8IHRoZWlycy5sZW5ndGggIT09IENPTkNVUlJFTlRfQ09MRCkgdGhyb3cgbmV3IEVycm9yKCdtaXNzaW5nIGFuc3dlcnMnKTtcbiAgcm93cy5wdXNoKFtcbiAgICBgMi4gJHtmbXQoQ09OQ1VSUkVOVF9DT0xEKX0gY29uY3VycmVudCBjb2xkIGdldHM6IHNlcnZlciByZXF1ZXN0c2AsXG4gICAgZm10KHJlcXVlc3RzLnByb21wdG9wcyksXG4gICAgZm10KHJlcXVlc3RzLmxhbmdmdXNlKSxcbiAgICAndGFyZ2V0OiAxJyxcbiAgXSk7XG4gIGF3YWl0IHByb21wdHMuY2xvc2UoKTtcbn1cblxuLy8gMy4gaGVhcCBhZnRlciAxMDAsMDAwIGRpc3RpbmN0IG5hbWUvdmVyc2lvbiBrZXlzXG5pZiAod2FudGVkKDMpKSB7XG4gIGNvbnN0IGJhc2UgPSBoZWFwVXNlZCgpO1xuICBsZXQgcHJvbXB0czogUmV0dXJuVHlwZTx0eXBlb2YgY3JlYXRlUHJvbXB0Q2xpZW50PiB8IHVuZGVmaW5lZCA9IGNyZWF0ZVByb21wdENsaWVudCh7XG4gICAgc3RvcmU6IGh0dHBTdG9yZSh7IHVybCB9KSxcbiAgICBjYWNoZTogeyBtYXg6IDEwMDAgfSxcbiAgfSk7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgYXdhaXQgaW5CYXRjaGVzKERJU1RJTkNUX0tFWVMsIDEwMCwgKGkpID0+IChwcm9tcHRzIGFzIE5vbk51bGxhYmxlPHR5cGVvZiBwcm9tcHRzPikuZ2V0UHJvbXB0KGAke01BTll9QCR7aX0uMC4wYCkpO1xuICBjb25zdCBwcm9tcHRvcHNTZWNvbmRzID0gKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwO1xuICBjb25zdCBwcm9tcHRvcHNIZWFwID0gaGVhcFVzZWQoKSAtIGJhc2U7XG4gIGF3YWl0IHByb21wdHMuY2xvc2UoKTtcbiAgcHJvbXB0cyA9IHVuZGVmaW5lZDtcblxuICBjb25zdCBiYXNlMiA9IGhlYXBVc2VkKCk7XG4gIGxldCBsYW5nZnVzZTogTGFuZ2Z1c2VDbGllbnQgfCB1bmRlZmluZWQgPSBuZXcgTGFuZ2Z1c2VDbGllbnQobGFuZ2Z1c2VPcHRpb25zKHVybCkpO1xuICBjb25zdCBzdGFydGVkMiA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBhd2FpdCBpbkJhdGNoZXMoRElTVElOQ1RfS0VZUywgMTAwLCAoaSkgPT4gKGxhbmdmdXNlIGFzIExhbmdmdXNlQ2xpZW50KS5wcm9tcHQuZ2V0KE1BTlksIHsgdmVyc2lvbjogaSB9KSk7XG4gIGNvbnN0IGxhbmdmdXNlU2Vjb25kcyA9IChwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQyKSAvIDEwMDA7XG4gIGNvbnN0IGxhbmdmdXNlSGVhcCA9IGhlYXBVc2VkKCkgLSBiYXNlMjtcbiAgaWYgKGxhbmdmdXNlLnByb21wdCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgRXJyb3IoJ3VucmVhY2hhYmxlJyk7XG4gIGxhbmdmdXNlID0gdW5kZWZpbmVkO1xuICByb3dzLnB1c2goW1xuICAgIGAzLiBoZWFwIGhlbGQgYWZ0ZXIgJHtmbXQoRElTVElOQ1RfS0VZUyl9IGRpc3RpbmN0IGtleXNgLFxuICAgIGAke21iKHByb21wdG9wc0hlYXApfSAobWF4OiAxMDAwOyAke2ZtdChwcm9tcHRvcHNTZWNvbmRzLCAxKX0gcylgLFxuICAgIGAke21iKGxhbmdmdXNlSGVhcCl9ICh1bmJvdW5kZWQgbWFwOyAke2ZtdChsYW5nZnVzZVNlY29uZHMsIDEpfSBzKWAsXG4gICAgYCR7Zm10KGxhbmdmdXNlSGVhcCAvIE1hdGgubWF4KHByb21wdG9wc0hlYXAsIDEpLCAxKX1cdTAwRDcgbGVzc2AsXG4gIF0pO1xufVxuXG4vLyA0LiBjb2xkIHN0YXJ0LCBzZXJ2ZXIgZG93biwgc25hcHNob3QgcHJlc2VudFxuaWYgKHdhbnRlZCg0KSkge1xuICBjb25zdCBzbmFwc2hvdCA9IG1lbW9yeVNuYXBzaG90KCk7XG4gIGNvbnN0IHdhcm0gPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pLCBzbmFwc2hvdCB9KTtcbiAgYXdhaXQgd2FybS5nZXRQcm9tcHQoR1JFRVRJTkcpO1xuICBhd2FpdCB3YXJtLmNsb3NlKCk7XG4gIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiBzZXJ2ZXIuY2xvc2UoKCkgPT4gcmVzb2x2ZSgpKSk7XG4gIHNlcnZlci5jbG9zZUFsbENvbm5lY3Rpb25zKCk7XG5cbiAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBjb25zdCBjb2xkID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmU6IGh0dHBTdG9yZSh7IHVybCB9KSwgc25hcHNob3QgfSk7XG4gIGxldCBvdXJzOiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgY29uc3QgcCA9IGF3YWl0IGNvbGQuZ2V0UHJvbXB0KEdSRUVUSU5HKTtcbiAgICBvdXJzID0gYHNlcnZlZCAoc291cmNlOiAke3Auc291cmNlfSwgJHtwLnJlbmRlcihWQVJTKSA9PT0gRVhQRUNURUQgPyAncmVuZGVycycgOiAnV1JPTkcgVEVYVCd9KSBpbiAke2ZtdChwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQpfSBtc2A7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgb3VycyA9IGBlcnJvcjogJHsoZXJyb3IgYXMgRXJyb3IpLm1lc3NhZ2Uuc2xpY2UoMCwgNjApfWA7XG4gIH1cbiAgYXdhaXQgY29sZC5jbG9zZSgpO1xuXG4gIGNvbnNvbGUud2FybiA9ICgpID0+IHVuZGVmaW5lZDsgLy8gTGFuZ2Z1c2UgbG9ncyBpdHMgZmFpbHVyZVxuICBjb25zdCBzdGFydGVkMiA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBjb25zdCBsYW5nZnVzZSA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGxldCB0aGVpcnM6IHN0cmluZztcbiAgdHJ5IHtcbiAgICBjb25zdCBwID0gYXdhaXQgbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORyk7XG4gICAgdGhlaXJzID0gYHNlcnZlZCAoJHtwLmlzRmFsbGJhY2sgPyAnZmFsbGJhY2snIDogJ2ZldGNoZWQnfSlgO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRoZWlycyA9IGB0aHJvd3MgKCR7KGVycm9yIGFzIEVycm9yKS5jb25zdHJ1Y3Rvci5uYW1lfSkgYWZ0ZXIgJHtmbXQocGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkMil9IG1zOyBvbmx5IGFuIGluLWNvZGUgZmFsbGJhY2sgaGVscHNgO1xuICB9XG4gIGNvbnNvbGUud2FybiA9IHNpbGVuY2U7XG4gIHJvd3MucHVzaChbJzQuIGNvbGQgc3RhcnQsIHNlcnZlciBkb3duLCBzbmFwc2hvdCBwcmVzZW50Jywgb3VycywgdGhlaXJzLCAndGFyZ2V0OiBzZXJ2ZWQsIG5vIGVycm9yJ10pO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcmVwb3J0XG5cbmNvbnN0IGhlYWRlcjogW3N0cmluZywgc3RyaW5nLCBzdHJpbmcsIHN0cmluZ10gPSBbJ3NjZW5hcmlvJywgJ3Byb21wdG9wcycsICdAbGFuZ2Z1c2UvY2xpZW50JywgJ3Jlc3VsdCddO1xuY29uc3Qgd2lkdGhzID0gaGVhZGVyLm1hcCgoaCwgaSkgPT4gTWF0aC5tYXgoaC5sZW5ndGgsIC4uLnJvd3MubWFwKChyKSA9PiByW2ldPy5sZW5ndGggPz8gMCkpKTtcbmNvbnN0IGxpbmUgPSAoY2VsbHM6IHJlYWRvbmx5IHN0cmluZ1tdKSA9PiBgfCAke2NlbGxzLm1hcCgoYywgaSkgPT4gYy5wYWRFbmQod2lkdGhzW2ldID8/IDApKS5qb2luKCcgfCAnKX0gfGA7XG5jb25zb2xlLmxvZyhgXFxubm9kZSAke3Byb2Nlc3MudmVyc2lvbn0sICR7cHJvY2Vzcy5wbGF0Zm9ybX0vJHtwcm9jZXNzLmFyY2h9YCk7XG5jb25zb2xlLmxvZyhsaW5lKGhlYWRlcikpO1xuY29uc29sZS5sb2coYHwke3dpZHRocy5tYXAoKHcpID0+ICctJy5yZXBlYXQodyArIDIpKS5qb2luKCd8Jyl9fGApO1xuZm9yIChjb25zdCByb3cgb2Ygcm93cykgY29uc29sZS5sb2cobGluZShyb3cpKTtcbnByb2Nlc3MuZXhpdCgwKTtcbiIsICIvKipcbiAqIFRoZSBwcm9tcHRvcHMgZXJyb3IgaGllcmFyY2h5LiBFdmVyeSBlcnJvciB0aGUgU0RLIHRocm93cyBvbiBwdXJwb3NlIGV4dGVuZHNcbiAqIHtAbGluayBQcm9tcHRPcHNFcnJvcn0sIGNhcnJpZXMgYSBzdGFibGUgYGNvZGVgLCBrZWVwcyB0aGUgb3JpZ2luYWwgZmFpbHVyZSBpbiBgY2F1c2VgLFxuICogYW5kIGhhcyBhIG1lc3NhZ2UgdGhhdCBzYXlzIHdoYXQgZmFpbGVkLCB3aGVyZSwgYW5kIGhvdyB0byBmaXggaXQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBpbXBvcnQgeyBQcm9tcHRJbnB1dEVycm9yLCBpc1Byb21wdE9wc0Vycm9yIH0gZnJvbSAncHJvbXB0b3BzJztcbiAqIHRyeSB7XG4gKiAgIHAucmVuZGVyKHsgY29tcGFueTogJ0FjbWUnIH0pO1xuICogfSBjYXRjaCAoZXJyb3IpIHtcbiAqICAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0SW5wdXRFcnJvcikgY29uc29sZS5lcnJvcihlcnJvci5pc3N1ZXMpO1xuICogICBlbHNlIGlmIChpc1Byb21wdE9wc0Vycm9yKGVycm9yKSkgY29uc29sZS5lcnJvcihlcnJvci5jb2RlLCBlcnJvci5tZXNzYWdlKTtcbiAqICAgZWxzZSB0aHJvdyBlcnJvcjtcbiAqIH1cbiAqIGBgYFxuICogQG1vZHVsZVxuICovXG5cbi8qKiBTdGFibGUgbWFjaGluZS1yZWFkYWJsZSBjb2Rlcywgb25lIHBlciBlcnJvciBjbGFzcy4gKi9cbmV4cG9ydCB0eXBlIFByb21wdE9wc0Vycm9yQ29kZSA9XG4gIHwgJ1BST01QVE9QU19FUlJPUidcbiAgfCAnUFJPTVBUX05PVF9GT1VORCdcbiAgfCAnVkVSU0lPTl9OT1RfRk9VTkQnXG4gIHwgJ1BST01QVF9JTlBVVCdcbiAgfCAnUFJPTVBUX0ZPUk1BVCdcbiAgfCAnU1RPUkVfRVJST1InXG4gIHwgJ0lOVEVHUklUWSdcbiAgfCAnQ09ORklHJztcblxuLyoqIE9wdGlvbnMgYWNjZXB0ZWQgYnkgZXZlcnkgZXJyb3IgY29uc3RydWN0b3IuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdE9wc0Vycm9yT3B0aW9ucyB7XG4gIC8qKiBUaGUgdW5kZXJseWluZyBmYWlsdXJlLCBrZXB0IGFzIHRoZSBzdGFuZGFyZCBgRXJyb3IuY2F1c2VgLiAqL1xuICBjYXVzZT86IHVua25vd247XG59XG5cbmNvbnN0IEJSQU5EID0gU3ltYm9sLmZvcigncHJvbXB0b3BzLmVycm9yJyk7XG5cbi8qKlxuICogQmFzZSBjbGFzcyBvZiBldmVyeSBwcm9tcHRvcHMgZXJyb3IuXG4gKlxuICogVXNlIHtAbGluayBpc1Byb21wdE9wc0Vycm9yfSByYXRoZXIgdGhhbiBgaW5zdGFuY2VvZmAgd2hlbiB0aGUgRVNNIGFuZCBDSlMgYnVpbGRzIG1heSBib3RoIGJlXG4gKiBsb2FkZWQgaW4gb25lIHByb2Nlc3MgKHRoZSBjaGVjayB3b3JrcyBhY3Jvc3MgdGhlIHR3byBjb3BpZXMpLlxuICovXG5leHBvcnQgY2xhc3MgUHJvbXB0T3BzRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIC8qKiBTdGFibGUgY29kZSBvZiB0aGUgZXJyb3IgY2xhc3MsIGUuZy4gYCdQUk9NUFRfTk9UX0ZPVU5EJ2AuICovXG4gIHJlYWRvbmx5IGNvZGU6IFByb21wdE9wc0Vycm9yQ29kZTtcblxuICBjb25zdHJ1Y3RvcihtZXNzYWdlOiBzdHJpbmcsIG9wdGlvbnM6IFByb21wdE9wc0Vycm9yT3B0aW9ucyA9IHt9LCBjb2RlOiBQcm9tcHRPcHNFcnJvckNvZGUgPSAnUFJPTVBUT1BTX0VSUk9SJykge1xuICAgIHN1cGVyKG1lc3NhZ2UsIG9wdGlvbnMuY2F1c2UgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHsgY2F1c2U6IG9wdGlvbnMuY2F1c2UgfSk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdE9wc0Vycm9yJztcbiAgICB0aGlzLmNvZGUgPSBjb2RlO1xuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eSh0aGlzLCBCUkFORCwgeyB2YWx1ZTogdHJ1ZSB9KTtcbiAgfVxufVxuXG4vKiogVHJ1ZSBmb3IgYW55IGVycm9yIHRocm93biBieSBwcm9tcHRvcHMsIGZyb20gZWl0aGVyIHRoZSBFU00gb3IgdGhlIENKUyBidWlsZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1Byb21wdE9wc0Vycm9yKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgUHJvbXB0T3BzRXJyb3Ige1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiAodmFsdWUgYXMgUmVjb3JkPHN5bWJvbCwgdW5rbm93bj4pW0JSQU5EXSA9PT0gdHJ1ZTtcbn1cblxuLyoqIE5vIHByb21wdCBvZiB0aGF0IG5hbWUgZXhpc3RzIGluIHRoZSBzdG9yZS4gYHN1Z2dlc3Rpb25zYCBsaXN0cyBjbG9zZSBuYW1lcy4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHROb3RGb3VuZEVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICAvKiogVGhlIHByb21wdCBuYW1lIHRoYXQgd2FzIGFza2VkIGZvci4gKi9cbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICAvKiogRXhpc3RpbmcgbmFtZXMgY2xvc2UgdG8gdGhlIG9uZSBhc2tlZCBmb3IgKG1heSBiZSBlbXB0eSkuICovXG4gIHJlYWRvbmx5IHN1Z2dlc3Rpb25zOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIE5hbWUgb2YgdGhlIHN0b3JlIHRoYXQgd2FzIGFza2VkLiAqL1xuICByZWFkb25seSBzdG9yZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByb21wdE5hbWU6IHN0cmluZyxcbiAgICBkZXRhaWxzOiB7IHN1Z2dlc3Rpb25zPzogcmVhZG9ubHkgc3RyaW5nW107IHN0b3JlPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0gPSB7fSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCBzdWdnZXN0aW9ucyA9IGRldGFpbHMuc3VnZ2VzdGlvbnMgPz8gW107XG4gICAgY29uc3Qgd2hlcmUgPSBkZXRhaWxzLnN0b3JlID8gYCBpbiB0aGUgJHtkZXRhaWxzLnN0b3JlfSBzdG9yZWAgOiAnJztcbiAgICBjb25zdCBoaW50ID1cbiAgICAgIHN1Z2dlc3Rpb25zLmxlbmd0aCA+IDBcbiAgICAgICAgPyBgIERpZCB5b3UgbWVhbiAke3N1Z2dlc3Rpb25zLm1hcCgocykgPT4gYFwiJHtzfVwiYCkuam9pbignLCAnKX0/YFxuICAgICAgICA6ICcgQ2hlY2sgdGhlIG5hbWUgKHNlZ21lbnRzIG9mIFthLXowLTkuXy1dIGpvaW5lZCBieSBcIi9cIikgYW5kIHRoYXQgdGhlIHByb21wdCB3YXMgYWRkZWQgdG8gdGhlIHN0b3JlLic7XG4gICAgc3VwZXIoZGV0YWlscy5tZXNzYWdlID8/IGBQcm9tcHQgXCIke3Byb21wdE5hbWV9XCIgd2FzIG5vdCBmb3VuZCR7d2hlcmV9LiR7aGludH1gLCBvcHRpb25zLCAnUFJPTVBUX05PVF9GT1VORCcpO1xuICAgIHRoaXMubmFtZSA9ICdQcm9tcHROb3RGb3VuZEVycm9yJztcbiAgICB0aGlzLnByb21wdE5hbWUgPSBwcm9tcHROYW1lO1xuICAgIHRoaXMuc3VnZ2VzdGlvbnMgPSBzdWdnZXN0aW9ucztcbiAgICB0aGlzLnN0b3JlID0gZGV0YWlscy5zdG9yZTtcbiAgfVxufVxuXG4vKiogVGhlIHByb21wdCBleGlzdHMgYnV0IG5vIHZlcnNpb24gc2F0aXNmaWVzIHRoZSBzZWxlY3Rvci4gTGlzdHMgd2hhdCBleGlzdHMuICovXG5leHBvcnQgY2xhc3MgVmVyc2lvbk5vdEZvdW5kRXJyb3IgZXh0ZW5kcyBQcm9tcHRPcHNFcnJvciB7XG4gIHJlYWRvbmx5IHByb21wdE5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBzZWxlY3RvciB0aGF0IG1hdGNoZWQgbm90aGluZzogYW4gZXhhY3QgdmVyc2lvbiwgYSByYW5nZSBvciBhIGxhYmVsLiAqL1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICAvKiogVmVyc2lvbnMgdGhhdCBleGlzdCwgaGlnaGVzdCBmaXJzdC4gKi9cbiAgcmVhZG9ubHkgdmVyc2lvbnM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTGFiZWxzIHRoYXQgZXhpc3QsIHdpdGggdGhlIHZlcnNpb24gZWFjaCBwb2ludHMgdG8uICovXG4gIHJlYWRvbmx5IGxhYmVsczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIHNlbGVjdG9yOiBzdHJpbmcsXG4gICAgYXZhaWxhYmxlOiB7IHZlcnNpb25zPzogcmVhZG9ubHkgc3RyaW5nW107IGxhYmVscz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IH0gPSB7fSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCB2ZXJzaW9ucyA9IGF2YWlsYWJsZS52ZXJzaW9ucyA/PyBbXTtcbiAgICBjb25zdCBsYWJlbHMgPSBhdmFpbGFibGUubGFiZWxzID8/IHt9O1xuICAgIGNvbnN0IGxhYmVsVGV4dCA9IE9iamVjdC5lbnRyaWVzKGxhYmVscylcbiAgICAgIC5tYXAoKFtsYWJlbCwgdmVyc2lvbl0pID0+IGAke2xhYmVsfSBcdTIxOTIgJHt2ZXJzaW9ufWApXG4gICAgICAuam9pbignLCAnKTtcbiAgICBzdXBlcihcbiAgICAgIGBObyB2ZXJzaW9uIG9mIHByb21wdCBcIiR7cHJvbXB0TmFtZX1cIiBtYXRjaGVzIFwiJHtzZWxlY3Rvcn1cIi4gYCArXG4gICAgICAgIGBWZXJzaW9uczogJHt2ZXJzaW9ucy5sZW5ndGggPiAwID8gdmVyc2lvbnMuam9pbignLCAnKSA6ICcobm9uZSknfTsgYCArXG4gICAgICAgIGBsYWJlbHM6ICR7bGFiZWxUZXh0IHx8ICcobm9uZSknfS4gUGljayBvbmUgb2YgdGhlc2UsIG9yIHB1Ymxpc2ggYSBtYXRjaGluZyB2ZXJzaW9uLmAsXG4gICAgICBvcHRpb25zLFxuICAgICAgJ1ZFUlNJT05fTk9UX0ZPVU5EJyxcbiAgICApO1xuICAgIHRoaXMubmFtZSA9ICdWZXJzaW9uTm90Rm91bmRFcnJvcic7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gcHJvbXB0TmFtZTtcbiAgICB0aGlzLnNlbGVjdG9yID0gc2VsZWN0b3I7XG4gICAgdGhpcy52ZXJzaW9ucyA9IHZlcnNpb25zO1xuICAgIHRoaXMubGFiZWxzID0gbGFiZWxzO1xuICB9XG59XG5cbi8qKiBPbmUgcHJvYmxlbSBmb3VuZCBpbiBhIGNhbGxlcidzIHZhcmlhYmxlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIC8qKiBQYXRoIHRvIHRoZSBvZmZlbmRpbmcgdmFsdWUsIGUuZy4gYFsnY3VzdG9tZXInXWAgb3IgYFsnaXRlbXMnLCAyLCAnc2t1J11gLiAqL1xuICByZWFkb25seSBwYXRoOiBSZWFkb25seUFycmF5PHN0cmluZyB8IG51bWJlcj47XG4gIC8qKiBXaGF0IGlzIHdyb25nLCBpbiBwbGFpbiB3b3Jkcy4gKi9cbiAgcmVhZG9ubHkgbWVzc2FnZTogc3RyaW5nO1xuICAvKiogQSBzaG9ydCBtYWNoaW5lIGNvZGUsIGUuZy4gYCdtaXNzaW5nJ2AsIGAnaW52YWxpZF90eXBlJ2AsIGAndW5rbm93bl9rZXknYC4gKi9cbiAgcmVhZG9ubHkgY29kZTogc3RyaW5nO1xufVxuXG4vKiogVGhlIHZhcmlhYmxlcyBwYXNzZWQgdG8gYHJlbmRlcigpYCBkbyBub3QgZml0IHRoZSBwcm9tcHQncyBpbnB1dCBzY2hlbWEuIEV2ZXJ5IHByb2JsZW0gaXMgbGlzdGVkIGF0IG9uY2UuICovXG5leHBvcnQgY2xhc3MgUHJvbXB0SW5wdXRFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBFdmVyeSBwcm9ibGVtIGZvdW5kLCBpbiBzY2hlbWEgb3JkZXIuICovXG4gIHJlYWRvbmx5IGlzc3VlczogcmVhZG9ubHkgUHJvbXB0SW5wdXRJc3N1ZVtdO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByb21wdE5hbWU6IHN0cmluZyxcbiAgICB2ZXJzaW9uOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gICAgaXNzdWVzOiByZWFkb25seSBQcm9tcHRJbnB1dElzc3VlW10sXG4gICAgb3B0aW9ucz86IFByb21wdE9wc0Vycm9yT3B0aW9ucyxcbiAgKSB7XG4gICAgY29uc3QgYXQgPSB2ZXJzaW9uID8gYCR7cHJvbXB0TmFtZX1AJHt2ZXJzaW9ufWAgOiBwcm9tcHROYW1lO1xuICAgIGNvbnN0IGxpbmVzID0gaXNzdWVzLm1hcCgoaSkgPT4gYCAgLSAke2kucGF0aC5sZW5ndGggPiAwID8gaS5wYXRoLmpvaW4oJy4nKSA6ICcoaW5wdXQpJ306ICR7aS5tZXNzYWdlfWApO1xuICAgIHN1cGVyKFxuICAgICAgYEludmFsaWQgaW5wdXQgZm9yIHByb21wdCBcIiR7YXR9XCIgKCR7aXNzdWVzLmxlbmd0aH0gcHJvYmxlbSR7aXNzdWVzLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfSk6XFxuJHtsaW5lcy5qb2luKCdcXG4nKX1cXG5gICtcbiAgICAgICAgJ1Bhc3MgdGhlIGxpc3RlZCB2YXJpYWJsZXMgd2l0aCB0aGUgZGVjbGFyZWQgdHlwZXMsIG9yIGFkZCBkZWZhdWx0cyB0byB0aGUgcHJvbXB0XFwncyBcImlucHV0LmRlZmF1bHRcIi4nLFxuICAgICAgb3B0aW9ucyxcbiAgICAgICdQUk9NUFRfSU5QVVQnLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdElucHV0RXJyb3InO1xuICAgIHRoaXMucHJvbXB0TmFtZSA9IHByb21wdE5hbWU7XG4gICAgdGhpcy52ZXJzaW9uID0gdmVyc2lvbjtcbiAgICB0aGlzLmlzc3VlcyA9IGlzc3VlcztcbiAgfVxufVxuXG4vKiogV2hlcmUgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IHdhcyBmb3VuZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0Rm9ybWF0TG9jYXRpb24ge1xuICAvKiogRmlsZSBwYXRoLCBVUkwgb3Igb3RoZXIgb3JpZ2luIG9mIHRoZSBwcm9tcHQgdGV4dC4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgLyoqIDEtYmFzZWQgbGluZSBpbiB0aGF0IGZpbGUuICovXG4gIGxpbmU/OiBudW1iZXI7XG4gIC8qKiAxLWJhc2VkIGNvbHVtbiBpbiB0aGF0IGxpbmUuICovXG4gIGNvbHVtbj86IG51bWJlcjtcbiAgLyoqIFRoZSByZWNvcmQgZmllbGQgYXQgZmF1bHQsIGUuZy4gYCd2ZXJzaW9uJ2Agb3IgYCdpbnB1dC5zY2hlbWEudG9uZSdgLiAqL1xuICBmaWVsZD86IHN0cmluZztcbiAgLyoqIFRoZSBwcm9tcHQncyBuYW1lLCB3aGVuIGtub3duLiAqL1xuICBwcm9tcHROYW1lPzogc3RyaW5nO1xufVxuXG4vKipcbiAqIEEgcHJvbXB0IGZpbGUgb3IgcmVjb3JkIGlzIG1hbGZvcm1lZDogYmFkIFlBTUwsIGEgbWlzc2luZyBmaWVsZCwgYSB0ZW1wbGF0ZSB0aGF0IGRvZXMgbm90IGZpdCBpdHNcbiAqIHNjaGVtYSwgYSBtaXNzaW5nIHBhcnRpYWwuIFRoZSBtZXNzYWdlIHN0YXJ0cyB3aXRoIGBmaWxlOmxpbmVgIHdoZW4gdGhleSBhcmUga25vd24uXG4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRGb3JtYXRFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgZmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBsaW5lOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGNvbHVtbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBmaWVsZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBUaGUgYmFyZSBwcm9ibGVtIGFuZCBmaXgsIHdpdGhvdXQgdGhlIGxvY2F0aW9uIHByZWZpeC4gKi9cbiAgcmVhZG9ubHkgZGV0YWlsOiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3IoZGV0YWlsOiBzdHJpbmcsIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9LCBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zKSB7XG4gICAgc3VwZXIoYCR7Zm9ybWF0TG9jYXRpb24obG9jYXRpb24pfSR7ZGV0YWlsfWAsIG9wdGlvbnMsICdQUk9NUFRfRk9STUFUJyk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdEZvcm1hdEVycm9yJztcbiAgICB0aGlzLmZpbGUgPSBsb2NhdGlvbi5maWxlO1xuICAgIHRoaXMubGluZSA9IGxvY2F0aW9uLmxpbmU7XG4gICAgdGhpcy5jb2x1bW4gPSBsb2NhdGlvbi5jb2x1bW47XG4gICAgdGhpcy5maWVsZCA9IGxvY2F0aW9uLmZpZWxkO1xuICAgIHRoaXMucHJvbXB0TmFtZSA9IGxvY2F0aW9uLnByb21wdE5hbWU7XG4gICAgdGhpcy5kZXRhaWwgPSBkZXRhaWw7XG4gIH1cbn1cblxuZnVuY3Rpb24gZm9ybWF0TG9jYXRpb24obDogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBzdHJpbmcge1xuICBjb25zdCBwYXJ0czogc3RyaW5nW10gPSBbXTtcbiAgaWYgKGwuZmlsZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcGFydHMucHVzaChsLmxpbmUgPT09IHVuZGVmaW5lZCA/IGwuZmlsZSA6IGAke2wuZmlsZX06JHtsLmxpbmV9JHtsLmNvbHVtbiA9PT0gdW5kZWZpbmVkID8gJycgOiBgOiR7bC5jb2x1bW59YH1gKTtcbiAgfSBlbHNlIGlmIChsLnByb21wdE5hbWUgIT09IHVuZGVmaW5lZCkge1xuICAgIHBhcnRzLnB1c2goYHByb21wdCBcIiR7bC5wcm9tcHROYW1lfVwiYCk7XG4gIH1cbiAgaWYgKGwuZmllbGQgIT09IHVuZGVmaW5lZCkgcGFydHMucHVzaChgZmllbGQgXCIke2wuZmllbGR9XCJgKTtcbiAgcmV0dXJuIHBhcnRzLmxlbmd0aCA+IDAgPyBgJHtwYXJ0cy5qb2luKCcsICcpfTogYCA6ICcnO1xufVxuXG4vKiogQSBzdG9yZSBjb3VsZCBub3QgYW5zd2VyOiBuZXR3b3JrIGZhaWx1cmUsIEhUVFAgZXJyb3IsIG1hbGZvcm1lZCByZXNwb25zZS4gKi9cbmV4cG9ydCBjbGFzcyBTdG9yZUVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICAvKiogTmFtZSBvZiB0aGUgc3RvcmUsIGUuZy4gYCdodHRwJ2AuICovXG4gIHJlYWRvbmx5IHN0b3JlOiBzdHJpbmc7XG4gIC8qKiBIVFRQIHN0YXR1cywgd2hlbiB0aGUgZmFpbHVyZSB3YXMgYW4gSFRUUCBhbnN3ZXIuICovXG4gIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICAvKiogVHJ1ZSB3aGVuIHRyeWluZyBhZ2FpbiBsYXRlciBtYXkgc3VjY2VlZCAodGltZW91dHMsIDQwOCwgNDI5LCA1eHgsIG5ldHdvcmsgZXJyb3JzKS4gKi9cbiAgcmVhZG9ubHkgcmV0cnlhYmxlOiBib29sZWFuO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIG1lc3NhZ2U6IHN0cmluZyxcbiAgICBkZXRhaWxzOiB7IHN0b3JlOiBzdHJpbmc7IHN0YXR1cz86IG51bWJlcjsgcmV0cnlhYmxlPzogYm9vbGVhbiB9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UsIG9wdGlvbnMsICdTVE9SRV9FUlJPUicpO1xuICAgIHRoaXMubmFtZSA9ICdTdG9yZUVycm9yJztcbiAgICB0aGlzLnN0b3JlID0gZGV0YWlscy5zdG9yZTtcbiAgICB0aGlzLnN0YXR1cyA9IGRldGFpbHMuc3RhdHVzO1xuICAgIHRoaXMucmV0cnlhYmxlID0gZGV0YWlscy5yZXRyeWFibGUgPz8gZmFsc2U7XG4gIH1cbn1cblxuLyoqIEEgcmVjb3JkJ3MgY29udGVudCBkb2VzIG5vdCBtYXRjaCBpdHMgaGFzaCwgb3IgYSBsb2NrZWQgaGFzaC4gU3VjaCBhIHJlY29yZCBpcyBuZXZlciByZW5kZXJlZC4gKi9cbmV4cG9ydCBjbGFzcyBJbnRlZ3JpdHlFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGV4cGVjdGVkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGFjdHVhbDogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByb21wdE5hbWU6IHN0cmluZyxcbiAgICB2ZXJzaW9uOiBzdHJpbmcsXG4gICAgaGFzaGVzOiB7IGV4cGVjdGVkOiBzdHJpbmc7IGFjdHVhbDogc3RyaW5nOyByZWFzb24/OiBzdHJpbmcgfSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBzdXBlcihcbiAgICAgIGBJbnRlZ3JpdHkgY2hlY2sgZmFpbGVkIGZvciBwcm9tcHQgXCIke3Byb21wdE5hbWV9QCR7dmVyc2lvbn1cIjogJHtoYXNoZXMucmVhc29uID8/ICdleHBlY3RlZCBoYXNoJ30gJHtoYXNoZXMuZXhwZWN0ZWR9LCBgICtcbiAgICAgICAgYGdvdCAke2hhc2hlcy5hY3R1YWx9LiBUaGUgcmVjb3JkIHdhcyBjaGFuZ2VkIGFmdGVyIGl0IHdhcyBwdWJsaXNoZWQgb3IgbG9ja2VkOyBgICtcbiAgICAgICAgJ3B1Ymxpc2ggYSBuZXcgdmVyc2lvbiBpbnN0ZWFkIG9mIGVkaXRpbmcgb25lLCBvciByZS1ydW4gXCJwcm9tcHRvcHMgbG9ja1wiIGlmIHRoZSBjaGFuZ2UgaXMgaW50ZW5kZWQuJyxcbiAgICAgIG9wdGlvbnMsXG4gICAgICAnSU5URUdSSVRZJyxcbiAgICApO1xuICAgIHRoaXMubmFtZSA9ICdJbnRlZ3JpdHlFcnJvcic7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gcHJvbXB0TmFtZTtcbiAgICB0aGlzLnZlcnNpb24gPSB2ZXJzaW9uO1xuICAgIHRoaXMuZXhwZWN0ZWQgPSBoYXNoZXMuZXhwZWN0ZWQ7XG4gICAgdGhpcy5hY3R1YWwgPSBoYXNoZXMuYWN0dWFsO1xuICB9XG59XG5cbi8qKiBBIGNsaWVudCBvcHRpb24sIGNvbmZpZyBmaWxlIG9yIENMSSBhcmd1bWVudCBpcyBpbnZhbGlkLiBgb3B0aW9uYCBuYW1lcyBpdC4gKi9cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgLyoqIFRoZSBvcHRpb24gYXQgZmF1bHQsIGUuZy4gYCdjYWNoZS50dGxNcydgLiAqL1xuICByZWFkb25seSBvcHRpb246IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBjb25maWcgZmlsZSwgd2hlbiB0aGUgb3B0aW9uIGNhbWUgZnJvbSBvbmUuICovXG4gIHJlYWRvbmx5IGZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihtZXNzYWdlOiBzdHJpbmcsIGRldGFpbHM6IHsgb3B0aW9uPzogc3RyaW5nOyBmaWxlPzogc3RyaW5nIH0gPSB7fSwgb3B0aW9ucz86IFByb21wdE9wc0Vycm9yT3B0aW9ucykge1xuICAgIGNvbnN0IHdoZXJlID0gW2RldGFpbHMuZmlsZSwgZGV0YWlscy5vcHRpb24gPyBgb3B0aW9uIFwiJHtkZXRhaWxzLm9wdGlvbn1cImAgOiB1bmRlZmluZWRdLmZpbHRlcihCb29sZWFuKS5qb2luKCcsICcpO1xuICAgIHN1cGVyKHdoZXJlID8gYCR7d2hlcmV9OiAke21lc3NhZ2V9YCA6IG1lc3NhZ2UsIG9wdGlvbnMsICdDT05GSUcnKTtcbiAgICB0aGlzLm5hbWUgPSAnQ29uZmlnRXJyb3InO1xuICAgIHRoaXMub3B0aW9uID0gZGV0YWlscy5vcHRpb247XG4gICAgdGhpcy5maWxlID0gZGV0YWlscy5maWxlO1xuICB9XG59XG4iLCAiLyoqXG4gKiBGaWVsZCBwYXRocyBpbiBlcnJvciBsb2NhdGlvbnM6IGAnaW5wdXQuc2NoZW1hLnRvbmU/KGVudW0pJ2AsIGAnbWVzc2FnZXNbMV0ucm9sZSdgLlxuICogQG1vZHVsZVxuICovXG5cbi8qKiBPbmUgc3RlcCBvZiBhIGZpZWxkIHBhdGg6IGFuIG9iamVjdCBrZXkgb3IgYW4gYXJyYXkgaW5kZXguICovXG5leHBvcnQgdHlwZSBGaWVsZFNlZ21lbnQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbi8qKlxuICogSm9pbiBzZWdtZW50cyBpbnRvIHRoZSBgZmllbGRgIG9mIGEgYFByb21wdEZvcm1hdEVycm9yYDoga2V5cyBqb2luZWQgYnkgYC5gLCBpbmRpY2VzIGFzIGBbbl1gLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogZm9ybWF0RmllbGRQYXRoKFsnbWVzc2FnZXMnLCAxLCAncm9sZSddKTsgLy8gJ21lc3NhZ2VzWzFdLnJvbGUnXG4gKiBmb3JtYXRGaWVsZFBhdGgoWydpbnB1dC5zY2hlbWEnLCAndG9uZSddKTsgLy8gJ2lucHV0LnNjaGVtYS50b25lJ1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRGaWVsZFBhdGgoc2VnbWVudHM6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKTogc3RyaW5nIHtcbiAgbGV0IG91dCA9ICcnO1xuICBmb3IgKGNvbnN0IHNlZ21lbnQgb2Ygc2VnbWVudHMpIHtcbiAgICBpZiAodHlwZW9mIHNlZ21lbnQgPT09ICdudW1iZXInKSBvdXQgKz0gYFske3NlZ21lbnR9XWA7XG4gICAgZWxzZSBvdXQgKz0gb3V0ID09PSAnJyA/IHNlZ21lbnQgOiBgLiR7c2VnbWVudH1gO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKlxuICogU3BsaXQgYSBmaWVsZCBwYXRoIG1hZGUgYnkge0BsaW5rIGZvcm1hdEZpZWxkUGF0aH0gYmFjayBpbnRvIHNlZ21lbnRzLiBLZXlzIHRoYXQgdGhlbXNlbHZlc1xuICogY29udGFpbiBgLmAgY29tZSBiYWNrIHNwbGl0OyBjYWxsZXJzIHRoYXQgbG9vayBrZXlzIHVwIHNob3VsZCB0cnkgam9pbmluZyBuZWlnaGJvdXJzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRGaWVsZFBhdGgoZmllbGQ6IHN0cmluZyk6IEZpZWxkU2VnbWVudFtdIHtcbiAgY29uc3Qgc2VnbWVudHM6IEZpZWxkU2VnbWVudFtdID0gW107XG4gIGZvciAoY29uc3QgcGFydCBvZiBmaWVsZC5zcGxpdCgnLicpKSB7XG4gICAgY29uc3QgbWF0Y2ggPSAvXiguKj8pKCg/OlxcW1xcZCtcXF0pKykkLy5leGVjKHBhcnQpO1xuICAgIGlmIChtYXRjaCA9PT0gbnVsbCkge1xuICAgICAgc2VnbWVudHMucHVzaChwYXJ0KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAobWF0Y2hbMV0gIT09ICcnKSBzZWdtZW50cy5wdXNoKG1hdGNoWzFdISk7XG4gICAgZm9yIChjb25zdCBpbmRleCBvZiBtYXRjaFsyXSEubWF0Y2hBbGwoL1xcWyhcXGQrKVxcXS9nKSkgc2VnbWVudHMucHVzaChOdW1iZXIoaW5kZXhbMV0pKTtcbiAgfVxuICByZXR1cm4gc2VnbWVudHM7XG59XG4iLCAiLyoqXG4gKiBcIkRpZCB5b3UgbWVhbiBcdTIwMjY/XCIgc3VnZ2VzdGlvbnMgZm9yIG1pc3NwZWx0IG5hbWVzOiB0eXBlcywga2V5d29yZHMsIGZpZWxkcywgdmFyaWFibGVzLlxuICogQG1vZHVsZVxuICovXG5cbi8qKiBEYW1lcmF1XHUyMDEzTGV2ZW5zaHRlaW4gZGlzdGFuY2UgKG9wdGltYWwgc3RyaW5nIGFsaWdubWVudCkgYmV0d2VlbiBgYWAgYW5kIGBiYCwgY2FzZS1pbnNlbnNpdGl2ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlZGl0RGlzdGFuY2UoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBzID0gYS50b0xvd2VyQ2FzZSgpO1xuICBjb25zdCB0ID0gYi50b0xvd2VyQ2FzZSgpO1xuICBpZiAocyA9PT0gdCkgcmV0dXJuIDA7XG4gIGlmIChzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHQubGVuZ3RoO1xuICBpZiAodC5sZW5ndGggPT09IDApIHJldHVybiBzLmxlbmd0aDtcbiAgLy8gVGhyZWUgcm9sbGluZyByb3dzIGFyZSBlbm91Z2ggZm9yIGFkamFjZW50IHRyYW5zcG9zaXRpb25zLlxuICBsZXQgYmVmb3JlOiBudW1iZXJbXSA9IFtdO1xuICBsZXQgcHJldmlvdXM6IG51bWJlcltdID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogdC5sZW5ndGggKyAxIH0sIChfLCBqKSA9PiBqKTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gcy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGN1cnJlbnQ6IG51bWJlcltdID0gW2ldO1xuICAgIGZvciAobGV0IGogPSAxOyBqIDw9IHQubGVuZ3RoOyBqKyspIHtcbiAgICAgIGNvbnN0IGNvc3QgPSBzW2kgLSAxXSA9PT0gdFtqIC0gMV0gPyAwIDogMTtcbiAgICAgIGxldCBiZXN0ID0gTWF0aC5taW4ocHJldmlvdXNbal0hICsgMSwgY3VycmVudFtqIC0gMV0hICsgMSwgcHJldmlvdXNbaiAtIDFdISArIGNvc3QpO1xuICAgICAgaWYgKGkgPiAxICYmIGogPiAxICYmIHNbaSAtIDFdID09PSB0W2ogLSAyXSAmJiBzW2kgLSAyXSA9PT0gdFtqIC0gMV0pIGJlc3QgPSBNYXRoLm1pbihiZXN0LCBiZWZvcmVbaiAtIDJdISArIDEpO1xuICAgICAgY3VycmVudC5wdXNoKGJlc3QpO1xuICAgIH1cbiAgICBiZWZvcmUgPSBwcmV2aW91cztcbiAgICBwcmV2aW91cyA9IGN1cnJlbnQ7XG4gIH1cbiAgcmV0dXJuIHByZXZpb3VzW3QubGVuZ3RoXSE7XG59XG5cbi8qKlxuICogVGhlIGNhbmRpZGF0ZSBjbG9zZXN0IHRvIGBpbnB1dGAsIHdoZW4gaXQgaXMgY2xvc2UgZW5vdWdoIHRvIGJlIGEgbGlrZWx5IHR5cG8gKGF0IG1vc3QgYSB0aGlyZCBvZlxuICogdGhlIGxvbmdlciB3b3JkJ3MgbGVuZ3RoLCBhbmQgYXQgbW9zdCAzIGVkaXRzKTsgYHVuZGVmaW5lZGAgb3RoZXJ3aXNlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY2xvc2VzdE1hdGNoKCdzdHJuZycsIFsnc3RyaW5nJywgJ251bWJlciddKTsgLy8gJ3N0cmluZydcbiAqIGNsb3Nlc3RNYXRjaCgnenp6JywgWydzdHJpbmcnLCAnbnVtYmVyJ10pOyAgIC8vIHVuZGVmaW5lZFxuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbG9zZXN0TWF0Y2goaW5wdXQ6IHN0cmluZywgY2FuZGlkYXRlczogSXRlcmFibGU8c3RyaW5nPik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGxldCBiZXN0OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGxldCBiZXN0RGlzdGFuY2UgPSBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFk7XG4gIGZvciAoY29uc3QgY2FuZGlkYXRlIG9mIGNhbmRpZGF0ZXMpIHtcbiAgICBjb25zdCBkaXN0YW5jZSA9IGVkaXREaXN0YW5jZShpbnB1dCwgY2FuZGlkYXRlKTtcbiAgICBjb25zdCBsaW1pdCA9IE1hdGgubWluKDMsIE1hdGgubWF4KDEsIE1hdGguZmxvb3IoTWF0aC5tYXgoaW5wdXQubGVuZ3RoLCBjYW5kaWRhdGUubGVuZ3RoKSAvIDMpKSk7XG4gICAgaWYgKGRpc3RhbmNlIDw9IGxpbWl0ICYmIGRpc3RhbmNlIDwgYmVzdERpc3RhbmNlKSB7XG4gICAgICBiZXN0ID0gY2FuZGlkYXRlO1xuICAgICAgYmVzdERpc3RhbmNlID0gZGlzdGFuY2U7XG4gICAgfVxuICB9XG4gIHJldHVybiBiZXN0O1xufVxuXG4vKiogYCcgRGlkIHlvdSBtZWFuIFwieFwiPydgIHdoZW4gYSBjbG9zZSBjYW5kaWRhdGUgZXhpc3RzLCBlbHNlIGAnJ2AuICovXG5leHBvcnQgZnVuY3Rpb24gZGlkWW91TWVhbihpbnB1dDogc3RyaW5nLCBjYW5kaWRhdGVzOiBJdGVyYWJsZTxzdHJpbmc+KTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSBjbG9zZXN0TWF0Y2goaW5wdXQsIGNhbmRpZGF0ZXMpO1xuICByZXR1cm4gbWF0Y2ggPT09IHVuZGVmaW5lZCA/ICcnIDogYCBEaWQgeW91IG1lYW4gXCIke21hdGNofVwiP2A7XG59XG5cbi8qKiBTaG9ydCBodW1hbiBkZXNjcmlwdGlvbiBvZiBhIHZhbHVlLCBlLmcuIGBudW1iZXIgNDJgLCBgc3RyaW5nIFwiYWJjXCJgLCBgYXJyYXlgLCBgbnVsbGAuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVWYWx1ZSh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiAndW5kZWZpbmVkJztcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gJ2FuIGFycmF5JztcbiAgc3dpdGNoICh0eXBlb2YgdmFsdWUpIHtcbiAgICBjYXNlICdzdHJpbmcnOiB7XG4gICAgICBjb25zdCBzaG93biA9IHZhbHVlLmxlbmd0aCA+IDQwID8gYCR7dmFsdWUuc2xpY2UoMCwgNDApfVx1MjAyNmAgOiB2YWx1ZTtcbiAgICAgIHJldHVybiBgc3RyaW5nICR7SlNPTi5zdHJpbmdpZnkoc2hvd24pfWA7XG4gICAgfVxuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgY2FzZSAnYmlnaW50JzpcbiAgICAgIHJldHVybiBgJHt0eXBlb2YgdmFsdWV9ICR7U3RyaW5nKHZhbHVlKX1gO1xuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gJ2FuIG9iamVjdCc7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBgYSAke3R5cGVvZiB2YWx1ZX1gO1xuICB9XG59XG5cbi8qKiBUeXBlIG5hbWVzIG9mIG90aGVyIGxhbmd1YWdlcywgbWFwcGVkIHRvIHRoZSBKU09OIFNjaGVtYSAvIFBpY29zY2hlbWEgdHlwZSB0aGV5IHVzdWFsbHkgbWVhbi4gKi9cbmNvbnN0IFRZUEVfQUxJQVNFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7XG4gIHN0cjogJ3N0cmluZycsXG4gIHRleHQ6ICdzdHJpbmcnLFxuICBpbnQ6ICdpbnRlZ2VyJyxcbiAgbG9uZzogJ2ludGVnZXInLFxuICBmbG9hdDogJ251bWJlcicsXG4gIGRvdWJsZTogJ251bWJlcicsXG4gIGRlY2ltYWw6ICdudW1iZXInLFxuICBib29sOiAnYm9vbGVhbicsXG4gIHVua25vd246ICdhbnknLFxuICBub25lOiAnbnVsbCcsXG4gIGxpc3Q6ICdhcnJheScsXG4gIGRpY3Q6ICdvYmplY3QnLFxuICBtYXA6ICdvYmplY3QnLFxufTtcblxuLyoqIFRoZSB0eXBlIG1vc3QgbGlrZWx5IG1lYW50IGJ5IGFuIHVua25vd24gdHlwZSBuYW1lOiBhbiBhbGlhcyAoYGludGAgXHUyMTkyIGBpbnRlZ2VyYCkgb3IgYSBjbG9zZSBzcGVsbGluZy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBndWVzc1R5cGUodHlwZTogc3RyaW5nLCBrbm93bjogcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBhbGlhcyA9IFRZUEVfQUxJQVNFU1t0eXBlLnRvTG93ZXJDYXNlKCldO1xuICByZXR1cm4gYWxpYXMgIT09IHVuZGVmaW5lZCAmJiBrbm93bi5pbmNsdWRlcyhhbGlhcykgPyBhbGlhcyA6IGNsb3Nlc3RNYXRjaCh0eXBlLCBrbm93bik7XG59XG4iLCAiLyoqXG4gKiBQaWNvc2NoZW1hIFx1MjE5MiBKU09OIFNjaGVtYSwgYXMgRG90cHJvbXB0IGRlZmluZXMgaXQgKGh0dHBzOi8vZ29vZ2xlLmdpdGh1Yi5pby9kb3Rwcm9tcHQvcmVmZXJlbmNlL3BpY29zY2hlbWEvKS5cbiAqXG4gKiAtIGBuYW1lOiB0eXBlYCBhbmQgYG5hbWU6IHR5cGUsIGRlc2NyaXB0aW9uYDsgc2NhbGFyIHR5cGVzIGBzdHJpbmdgLCBgbnVtYmVyYCwgYGludGVnZXJgLFxuICogICBgYm9vbGVhbmAsIGBudWxsYCwgYGFueWAgKGBhbnlgIGJlY29tZXMgYHt9YCkuXG4gKiAtIGBuYW1lPzogdHlwZWA6IG9wdGlvbmFsLCBhbmQgYWxzbyBudWxsYWJsZSAoYHR5cGU6IFtULCAnbnVsbCddYDsgYW4gb3B0aW9uYWwgZW51bSBnYWlucyBgbnVsbGApLlxuICogLSBgbmFtZShhcnJheVssIGRlc2NyaXB0aW9uXSk6IGl0ZW1UeXBlIHwgeyBuZXN0ZWQgZmllbGRzIH1gLlxuICogLSBgbmFtZShvYmplY3RbLCBkZXNjcmlwdGlvbl0pOiB7IG5lc3RlZCBmaWVsZHMgfWA7IGEgcGxhaW4gYG5hbWU6IHsgbmVzdGVkIGZpZWxkcyB9YCBpcyBhbiBvYmplY3QgdG9vLlxuICogLSBgbmFtZShlbnVtWywgZGVzY3JpcHRpb25dKTogW0EsIEIsIFx1MjAyNl1gLlxuICogLSBgKCopOiB0eXBlYDogYWRkaXRpb25hbCBwcm9wZXJ0aWVzIG9mIHRoYXQgdHlwZSAob2JqZWN0cyBhcmUgY2xvc2VkIG90aGVyd2lzZSkuXG4gKiAtIEEgc2NoZW1hIHdpdGggYSB0b3AtbGV2ZWwgYHR5cGVgIChhIEpTT04gU2NoZW1hIHR5cGUgbmFtZSkgb3IgYSBgcHJvcGVydGllc2Agb2JqZWN0IGlzIEpTT04gU2NoZW1hXG4gKiAgIGFuZCBpcyByZXR1cm5lZCB1bmNoYW5nZWQgKHdpdGggYHR5cGU6ICdvYmplY3QnYCBhZGRlZCBpbiB0aGUgc2Vjb25kIGNhc2UpLlxuICpcbiAqIERpZmZlcmVuY2VzIGZyb20gRG90cHJvbXB0LCBhbGwgc3RyaWN0ZXI6IG5hbWVkIHNjaGVtYXMgKGBuYW1lOiBNeVR5cGVgKSBhcmUgbm90IHN1cHBvcnRlZCAodGhlcmVcbiAqIGlzIG5vIHNjaGVtYSByZWdpc3RyeSkgYW5kIGFyZSByZXBvcnRlZCBhcyB1bmtub3duIHR5cGVzIHdpdGggYSBzdWdnZXN0aW9uOyBgKG9iamVjdClgIG5lZWRzIG5lc3RlZFxuICogZmllbGRzOyBhIGZpZWxkIHdpdGhvdXQgYSB0eXBlIChgbmFtZTpgIHdpdGggbm90aGluZyBhZnRlciBpdCkgYW5kIGEgZmllbGQgZGVjbGFyZWQgdHdpY2VcbiAqIChgdG9uZWAgYW5kIGB0b25lP2ApIGFyZSBlcnJvcnMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgRmllbGRTZWdtZW50LCBmb3JtYXRGaWVsZFBhdGggfSBmcm9tICcuL2ZpZWxkLXBhdGguanMnO1xuaW1wb3J0IHsgY2xvc2VzdE1hdGNoLCBkZXNjcmliZVZhbHVlLCBndWVzc1R5cGUgfSBmcm9tICcuL3N1Z2dlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBTY2FsYXIgdHlwZSBuYW1lcyBvZiBQaWNvc2NoZW1hLiAqL1xuZXhwb3J0IGNvbnN0IFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTID0gWydzdHJpbmcnLCAnbnVtYmVyJywgJ2ludGVnZXInLCAnYm9vbGVhbicsICdudWxsJywgJ2FueSddIGFzIGNvbnN0O1xuXG4vKiogSlNPTiBTY2hlbWEgYHR5cGVgIHZhbHVlcyB0aGF0IG1hcmsgYSB0b3AtbGV2ZWwgc2NoZW1hIGFzIEpTT04gU2NoZW1hIHJhdGhlciB0aGFuIFBpY29zY2hlbWEuICovXG5jb25zdCBKU09OX1NDSEVNQV9NQVJLRVJfVFlQRVMgPSBuZXcgU2V0PHN0cmluZz4oWy4uLlBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTLCAnb2JqZWN0JywgJ2FycmF5J10pO1xuXG5jb25zdCBQQVJFTlRIRVRJQ0FMX1RZUEVTID0gWydhcnJheScsICdvYmplY3QnLCAnZW51bSddIGFzIGNvbnN0O1xuXG5jb25zdCBXSUxEQ0FSRCA9ICcoKiknO1xuXG4vKiogRGVlcGVzdCBuZXN0aW5nIG9mIFBpY29zY2hlbWEgb2JqZWN0cyBhY2NlcHRlZC4gKi9cbmNvbnN0IE1BWF9ERVBUSCA9IDMyO1xuXG4vKipcbiAqIENvbnZlcnQgYSBQaWNvc2NoZW1hIChvciBwYXNzIHRocm91Z2ggYSBKU09OIFNjaGVtYSkgdG8gSlNPTiBTY2hlbWEuXG4gKlxuICogYGxvY2F0aW9uLmZpZWxkYCBpcyB0aGUgcGF0aCBvZiB0aGUgc2NoZW1hIGluIGl0cyByZWNvcmQgKGUuZy4gYCdpbnB1dC5zY2hlbWEnYCk7IGVycm9ycyBuYW1lIHRoZVxuICogb2ZmZW5kaW5nIGtleSBiZWxvdyBpdCwgZS5nLiBgJ2lucHV0LnNjaGVtYS50b25lPyhlbnVtKSdgLlxuICpcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSBmb3IgbWFsZm9ybWVkIFBpY29zY2hlbWE6IHVua25vd24gdHlwZXMgKHdpdGggYSBzdWdnZXN0aW9uKSwgdmFsdWVzXG4gKiAgIHRoYXQgYXJlIG5laXRoZXIgdHlwZSBzdHJpbmdzIG5vciBuZXN0ZWQgb2JqZWN0cywgYChlbnVtKWAgd2l0aG91dCBhIGxpc3QsIHVua25vd24gcGFyZW50aGV0aWNhbFxuICogICB0eXBlcywgZW1wdHkgc2NoZW1hcy5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogcGljb3NjaGVtYVRvSnNvblNjaGVtYSh7IGN1c3RvbWVyOiAnc3RyaW5nLCBmaXJzdCBuYW1lJywgJ3RvbmU/KGVudW0pJzogWydmb3JtYWwnLCAnZnJpZW5kbHknXSB9KTtcbiAqIC8vIHsgdHlwZTogJ29iamVjdCcsIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcmVxdWlyZWQ6IFsnY3VzdG9tZXInXSwgcHJvcGVydGllczoge1xuICogLy8gICBjdXN0b21lcjogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdmaXJzdCBuYW1lJyB9LFxuICogLy8gICB0b25lOiB7IGVudW06IFsnZm9ybWFsJywgJ2ZyaWVuZGx5JywgbnVsbF0gfSB9IH1cbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gcGljb3NjaGVtYVRvSnNvblNjaGVtYShzY2hlbWE6IHVua25vd24sIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9KTogSnNvblNjaGVtYSB7XG4gIGNvbnN0IGJhc2U6IEZpZWxkU2VnbWVudFtdID0gbG9jYXRpb24uZmllbGQgPT09IHVuZGVmaW5lZCA/IFtdIDogW2xvY2F0aW9uLmZpZWxkXTtcbiAgY29uc3QgZmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBuZXZlciA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBmb3JtYXRGaWVsZFBhdGgoWy4uLmJhc2UsIC4uLnBhdGhdKTtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoZGV0YWlsLCB7IC4uLmxvY2F0aW9uLCBmaWVsZDogZmllbGQgPT09ICcnID8gdW5kZWZpbmVkIDogZmllbGQgfSk7XG4gIH07XG5cbiAgaWYgKHNjaGVtYSA9PT0gbnVsbCB8fCBzY2hlbWEgPT09IHVuZGVmaW5lZCkge1xuICAgIHJldHVybiBmYWlsKCd0aGUgc2NoZW1hIGlzIGVtcHR5OiBkZWNsYXJlIGZpZWxkcyBzdWNoIGFzIGBjdXN0b21lcjogc3RyaW5nYCwgb3IgcmVtb3ZlIHRoZSBzY2hlbWEnLCBbXSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBzY2hlbWEgPT09ICdzdHJpbmcnKSByZXR1cm4gcGFyc2VTY2FsYXIoc2NoZW1hLCBbXSwgZmFpbCk7XG4gIGlmICghaXNQbGFpblJlY29yZChzY2hlbWEpKSB7XG4gICAgcmV0dXJuIGZhaWwoXG4gICAgICBgYSBzY2hlbWEgbXVzdCBiZSBQaWNvc2NoZW1hIGZpZWxkcyAoYW4gb2JqZWN0IHN1Y2ggYXMgXFxgY3VzdG9tZXI6IHN0cmluZ1xcYCkgb3IgSlNPTiBTY2hlbWEsIGdvdCAke2Rlc2NyaWJlVmFsdWUoc2NoZW1hKX1gLFxuICAgICAgW10sXG4gICAgKTtcbiAgfVxuICBjb25zdCB0eXBlID0gc2NoZW1hLnR5cGU7XG4gIGlmICh0eXBlb2YgdHlwZSA9PT0gJ3N0cmluZycgJiYgSlNPTl9TQ0hFTUFfTUFSS0VSX1RZUEVTLmhhcyh0eXBlKSkgcmV0dXJuIHsgLi4uc2NoZW1hIH07XG4gIGlmIChBcnJheS5pc0FycmF5KHR5cGUpICYmIHR5cGUuZXZlcnkoKHQpID0+IHR5cGVvZiB0ID09PSAnc3RyaW5nJyAmJiBKU09OX1NDSEVNQV9NQVJLRVJfVFlQRVMuaGFzKHQpKSkge1xuICAgIHJldHVybiB7IC4uLnNjaGVtYSB9O1xuICB9XG4gIGlmIChpc1BsYWluUmVjb3JkKHNjaGVtYS5wcm9wZXJ0aWVzKSkgcmV0dXJuIHsgLi4uc2NoZW1hLCB0eXBlOiAnb2JqZWN0JyB9O1xuICByZXR1cm4gcGFyc2VPYmplY3Qoc2NoZW1hLCBbXSwgZmFpbCwgMCk7XG59XG5cbnR5cGUgRmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pID0+IG5ldmVyO1xuXG4vKiogQSBwYXJzZWQgUGljb3NjaGVtYSBrZXk6IGBuYW1lYCwgYG5hbWU/YCwgYG5hbWUodHlwZSwgZGVzY3JpcHRpb24pYCwgYG5hbWU/KHR5cGUpYC4gKi9cbmludGVyZmFjZSBQYXJzZWRLZXkge1xuICBuYW1lOiBzdHJpbmc7XG4gIG9wdGlvbmFsOiBib29sZWFuO1xuICAvKiogVGhlIHBhcmVudGhldGljYWwgdHlwZSAoYGFycmF5YCwgYG9iamVjdGAsIGBlbnVtYCksIHdoZW4gcHJlc2VudC4gKi9cbiAga2luZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBkZXNjcmlwdGlvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBwYXJzZUtleShrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiBQYXJzZWRLZXkge1xuICBjb25zdCBvcGVuID0ga2V5LmluZGV4T2YoJygnKTtcbiAgbGV0IGhlYWQgPSBrZXk7XG4gIGxldCBraW5kOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGxldCBkZXNjcmlwdGlvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBpZiAob3BlbiAhPT0gLTEpIHtcbiAgICBpZiAoIWtleS5lbmRzV2l0aCgnKScpKSB7XG4gICAgICBmYWlsKFxuICAgICAgICBgZmllbGQgXCIke2tleX1cIiBoYXMgYW4gdW5jbG9zZWQgXCIoXCI6IHdyaXRlIFxcYG5hbWUoYXJyYXkpOiB0eXBlXFxgLCBcXGBuYW1lKG9iamVjdCk6XFxgIG9yIFxcYG5hbWUoZW51bSk6IFthLCBiXVxcYGAsXG4gICAgICAgIHBhdGgsXG4gICAgICApO1xuICAgIH1cbiAgICBoZWFkID0ga2V5LnNsaWNlKDAsIG9wZW4pO1xuICAgIFtraW5kLCBkZXNjcmlwdGlvbl0gPSBzcGxpdERlc2NyaXB0aW9uKGtleS5zbGljZShvcGVuICsgMSwgLTEpKTtcbiAgfVxuICBjb25zdCBvcHRpb25hbCA9IGhlYWQuZW5kc1dpdGgoJz8nKTtcbiAgY29uc3QgbmFtZSA9IG9wdGlvbmFsID8gaGVhZC5zbGljZSgwLCAtMSkgOiBoZWFkO1xuICBpZiAobmFtZS50cmltKCkgPT09ICcnKSBmYWlsKGBmaWVsZCBcIiR7a2V5fVwiIGhhcyBubyBuYW1lOiB3cml0ZSBcXGBuYW1lOiB0eXBlXFxgYCwgcGF0aCk7XG4gIGlmIChuYW1lICE9PSBuYW1lLnRyaW0oKSkgZmFpbChgZmllbGQgbmFtZSBcIiR7bmFtZX1cIiBoYXMgbGVhZGluZyBvciB0cmFpbGluZyBzcGFjZXM6IHJlbW92ZSB0aGVtYCwgcGF0aCk7XG4gIHJldHVybiB7IG5hbWUsIG9wdGlvbmFsLCBraW5kLCBkZXNjcmlwdGlvbiB9O1xufVxuXG4vKiogYCdzdHJpbmcsIHRoZSBuYW1lJ2AgXHUyMTkyIGBbJ3N0cmluZycsICd0aGUgbmFtZSddYDsgYCdzdHJpbmcnYCBcdTIxOTIgYFsnc3RyaW5nJywgdW5kZWZpbmVkXWAuICovXG5mdW5jdGlvbiBzcGxpdERlc2NyaXB0aW9uKHRleHQ6IHN0cmluZyk6IFtzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZF0ge1xuICBjb25zdCBjb21tYSA9IHRleHQuaW5kZXhPZignLCcpO1xuICBpZiAoY29tbWEgPT09IC0xKSByZXR1cm4gW3RleHQudHJpbSgpLCB1bmRlZmluZWRdO1xuICBjb25zdCBkZXNjcmlwdGlvbiA9IHRleHQuc2xpY2UoY29tbWEgKyAxKS50cmltKCk7XG4gIHJldHVybiBbdGV4dC5zbGljZSgwLCBjb21tYSkudHJpbSgpLCBkZXNjcmlwdGlvbiA9PT0gJycgPyB1bmRlZmluZWQgOiBkZXNjcmlwdGlvbl07XG59XG5cbmZ1bmN0aW9uIHBhcnNlT2JqZWN0KFxuICBvYmo6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LFxuICBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSxcbiAgZmFpbDogRmFpbCxcbiAgZGVwdGg6IG51bWJlcixcbik6IEpzb25TY2hlbWEge1xuICBpZiAoZGVwdGggPiBNQVhfREVQVEgpIGZhaWwoYHRoZSBzY2hlbWEgbmVzdHMgb2JqZWN0cyBtb3JlIHRoYW4gJHtNQVhfREVQVEh9IGxldmVscyBkZWVwOiBmbGF0dGVuIGl0YCwgcGF0aCk7XG4gIGNvbnN0IHByb3BlcnRpZXM6IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+ID0ge307XG4gIGNvbnN0IHJlcXVpcmVkOiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgYWRkaXRpb25hbFByb3BlcnRpZXM6IGJvb2xlYW4gfCBKc29uU2NoZW1hID0gZmFsc2U7XG4gIGNvbnN0IGRlY2xhcmVkQnkgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuXG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKG9iaikpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCBrZXldO1xuICAgIGlmIChrZXkgPT09IFdJTERDQVJEKSB7XG4gICAgICBhZGRpdGlvbmFsUHJvcGVydGllcyA9IHBhcnNlVmFsdWUodmFsdWUsIHVuZGVmaW5lZCwgYXQsIGZhaWwsIGRlcHRoKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBwYXJzZWQgPSBwYXJzZUtleShrZXksIGF0LCBmYWlsKTtcbiAgICBjb25zdCBwcmV2aW91cyA9IGRlY2xhcmVkQnkuZ2V0KHBhcnNlZC5uYW1lKTtcbiAgICBpZiAocHJldmlvdXMgIT09IHVuZGVmaW5lZClcbiAgICAgIGZhaWwoYGZpZWxkIFwiJHtwYXJzZWQubmFtZX1cIiBpcyBkZWNsYXJlZCB0d2ljZSAoXCIke3ByZXZpb3VzfVwiIGFuZCBcIiR7a2V5fVwiKToga2VlcCBvbmVgLCBhdCk7XG4gICAgZGVjbGFyZWRCeS5zZXQocGFyc2VkLm5hbWUsIGtleSk7XG4gICAgaWYgKCFwYXJzZWQub3B0aW9uYWwpIHJlcXVpcmVkLnB1c2gocGFyc2VkLm5hbWUpO1xuICAgIGNvbnN0IHByb3BlcnR5ID0gcGFyc2VWYWx1ZSh2YWx1ZSwgcGFyc2VkLmtpbmQsIGF0LCBmYWlsLCBkZXB0aCk7XG4gICAgaWYgKHBhcnNlZC5vcHRpb25hbCkgbWFrZU51bGxhYmxlKHByb3BlcnR5KTtcbiAgICBpZiAocGFyc2VkLmRlc2NyaXB0aW9uICE9PSB1bmRlZmluZWQpIHByb3BlcnR5LmRlc2NyaXB0aW9uID0gcGFyc2VkLmRlc2NyaXB0aW9uO1xuICAgIHByb3BlcnRpZXNbcGFyc2VkLm5hbWVdID0gcHJvcGVydHk7XG4gIH1cblxuICBjb25zdCBvdXQ6IEpzb25TY2hlbWEgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzIH07XG4gIGlmIChyZXF1aXJlZC5sZW5ndGggPiAwKSBvdXQucmVxdWlyZWQgPSByZXF1aXJlZDtcbiAgb3V0LmFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHBhcnNlVmFsdWUoXG4gIHZhbHVlOiB1bmtub3duLFxuICBraW5kOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLFxuICBmYWlsOiBGYWlsLFxuICBkZXB0aDogbnVtYmVyLFxuKTogSnNvblNjaGVtYSB7XG4gIHN3aXRjaCAoa2luZCkge1xuICAgIGNhc2UgdW5kZWZpbmVkOlxuICAgICAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiBwYXJzZVNjYWxhcih2YWx1ZSwgcGF0aCwgZmFpbCk7XG4gICAgICBpZiAoaXNQbGFpblJlY29yZCh2YWx1ZSkpIHJldHVybiBwYXJzZU9iamVjdCh2YWx1ZSwgcGF0aCwgZmFpbCwgZGVwdGggKyAxKTtcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgICByZXR1cm4gZmFpbCgnYSBsaXN0IG9mIHZhbHVlcyBuZWVkcyB0aGUgKGVudW0pIHR5cGU6IHdyaXRlIGBuYW1lKGVudW0pOiBbYSwgYl1gJywgcGF0aCk7XG4gICAgICB9XG4gICAgICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICByZXR1cm4gZmFpbCgndGhlIGZpZWxkIGhhcyBubyB0eXBlOiB3cml0ZSBgbmFtZTogc3RyaW5nYCAob3IgbnVtYmVyLCBpbnRlZ2VyLCBib29sZWFuLCBudWxsLCBhbnkpJywgcGF0aCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgYGV4cGVjdGVkIGEgdHlwZSBuYW1lIHN1Y2ggYXMgXCJzdHJpbmdcIiBvciBuZXN0ZWQgZmllbGRzLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX07IHF1b3RlIGl0IGlmIGl0IGlzIGEgZGVzY3JpcHRpb25gLFxuICAgICAgICBwYXRoLFxuICAgICAgKTtcbiAgICBjYXNlICdhcnJheSc6IHtcbiAgICAgIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4geyB0eXBlOiAnYXJyYXknLCBpdGVtczogcGFyc2VTY2FsYXIodmFsdWUsIHBhdGgsIGZhaWwpIH07XG4gICAgICBpZiAoaXNQbGFpblJlY29yZCh2YWx1ZSkpIHJldHVybiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBwYXJzZU9iamVjdCh2YWx1ZSwgcGF0aCwgZmFpbCwgZGVwdGggKyAxKSB9O1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIHJldHVybiBmYWlsKFxuICAgICAgICAgICdQaWNvc2NoZW1hIGhhcyBubyBhcnJheS1vZi1lbnVtIGZvcm06IHVzZSBKU09OIFNjaGVtYSBmb3IgdGhpcyBpbnB1dCwgZS5nLiAnICtcbiAgICAgICAgICAgICdgeyB0eXBlOiBhcnJheSwgaXRlbXM6IHsgZW51bTogW2EsIGJdIH0gfWAsIG9yIG1ha2UgdGhlIGZpZWxkIGBuYW1lKGVudW0pOiBbYSwgYl1gJyxcbiAgICAgICAgICBwYXRoLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGZhaWwoYChhcnJheSkgdGFrZXMgdGhlIGl0ZW0gdHlwZSwgZS5nLiBcXGBuYW1lKGFycmF5KTogc3RyaW5nXFxgLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBwYXRoKTtcbiAgICB9XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHBhcnNlT2JqZWN0KHZhbHVlLCBwYXRoLCBmYWlsLCBkZXB0aCArIDEpO1xuICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgIGAob2JqZWN0KSB0YWtlcyBuZXN0ZWQgZmllbGRzLCBlLmcuIFxcYG5hbWUob2JqZWN0KTogeyBzdHJlZXQ6IHN0cmluZyB9XFxgLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLFxuICAgICAgICBwYXRoLFxuICAgICAgKTtcbiAgICBjYXNlICdlbnVtJzoge1xuICAgICAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlKSB8fCB2YWx1ZS5sZW5ndGggPT09IDApIHtcbiAgICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgICAgYChlbnVtKSB0YWtlcyBhIG5vbi1lbXB0eSBsaXN0IG9mIHZhbHVlcywgZS5nLiBcXGBuYW1lKGVudW0pOiBbYSwgYl1cXGAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsXG4gICAgICAgICAgcGF0aCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGZvciAoY29uc3QgW2luZGV4LCBpdGVtXSBvZiB2YWx1ZS5lbnRyaWVzKCkpIHtcbiAgICAgICAgaWYgKGl0ZW0gIT09IG51bGwgJiYgIVsnc3RyaW5nJywgJ251bWJlcicsICdib29sZWFuJ10uaW5jbHVkZXModHlwZW9mIGl0ZW0pKSB7XG4gICAgICAgICAgZmFpbChgZW51bSB2YWx1ZXMgbXVzdCBiZSBzdHJpbmdzLCBudW1iZXJzLCBib29sZWFucyBvciBudWxsLCBnb3QgJHtkZXNjcmliZVZhbHVlKGl0ZW0pfWAsIFsuLi5wYXRoLCBpbmRleF0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICByZXR1cm4geyBlbnVtOiBbLi4udmFsdWVdIH07XG4gICAgfVxuICAgIGRlZmF1bHQ6IHtcbiAgICAgIGNvbnN0IGd1ZXNzID0gY2xvc2VzdE1hdGNoKGtpbmQsIFBBUkVOVEhFVElDQUxfVFlQRVMpO1xuICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgIGB1bmtub3duIHR5cGUgXCIoJHtraW5kfSlcIjogcGFyZW50aGV0aWNhbCB0eXBlcyBhcmUgKGFycmF5KSwgKG9iamVjdCkgYW5kIChlbnVtKWAgK1xuICAgICAgICAgIChndWVzcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgOyBkaWQgeW91IG1lYW4gXCIoJHtndWVzc30pXCI/YCkgK1xuICAgICAgICAgIChpc1NjYWxhclR5cGUoa2luZCkgPyBgOyBmb3IgYSAke2tpbmR9LCB3cml0ZSBcXGBuYW1lOiAke2tpbmR9XFxgYCA6ICcnKSxcbiAgICAgICAgcGF0aCxcbiAgICAgICk7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIHBhcnNlU2NhbGFyKHRleHQ6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiBKc29uU2NoZW1hIHtcbiAgY29uc3QgW3R5cGUsIGRlc2NyaXB0aW9uXSA9IHNwbGl0RGVzY3JpcHRpb24odGV4dCk7XG4gIGlmICghaXNTY2FsYXJUeXBlKHR5cGUpKSByZXR1cm4gZmFpbChleHBsYWluVW5rbm93blR5cGUodHlwZSksIHBhdGgpO1xuICBjb25zdCBvdXQ6IEpzb25TY2hlbWEgPSB0eXBlID09PSAnYW55JyA/IHt9IDogeyB0eXBlIH07XG4gIGlmIChkZXNjcmlwdGlvbiAhPT0gdW5kZWZpbmVkKSBvdXQuZGVzY3JpcHRpb24gPSBkZXNjcmlwdGlvbjtcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gZXhwbGFpblVua25vd25UeXBlKHR5cGU6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpc3QgPSBQSUNPU0NIRU1BX1NDQUxBUl9UWVBFUy5qb2luKCcsICcpO1xuICBpZiAodHlwZSA9PT0gJycpIHJldHVybiBgdGhlIGZpZWxkIGhhcyBubyB0eXBlOiB3cml0ZSBcXGBuYW1lOiBzdHJpbmdcXGAgKHR5cGVzOiAke2xpc3R9KWA7XG4gIGNvbnN0IGd1ZXNzID0gZ3Vlc3NUeXBlKHR5cGUsIFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTKTtcbiAgaWYgKHR5cGUgPT09ICdhcnJheScgfHwgdHlwZSA9PT0gJ29iamVjdCcgfHwgdHlwZSA9PT0gJ2VudW0nKSB7XG4gICAgY29uc3QgZXhhbXBsZSA9XG4gICAgICB0eXBlID09PSAnYXJyYXknXG4gICAgICAgID8gJ2BuYW1lKGFycmF5KTogc3RyaW5nYCdcbiAgICAgICAgOiB0eXBlID09PSAnb2JqZWN0J1xuICAgICAgICAgID8gJ2BuYW1lKG9iamVjdCk6IHsgZmllbGQ6IHN0cmluZyB9YCdcbiAgICAgICAgICA6ICdgbmFtZShlbnVtKTogW2EsIGJdYCc7XG4gICAgcmV0dXJuIGBcIiR7dHlwZX1cIiBnb2VzIGluIHBhcmVudGhlc2VzIGFmdGVyIHRoZSBmaWVsZCBuYW1lOiB3cml0ZSAke2V4YW1wbGV9YDtcbiAgfVxuICByZXR1cm4gKFxuICAgIGB1bmtub3duIHR5cGUgXCIke3R5cGV9XCIke2d1ZXNzID09PSB1bmRlZmluZWQgPyAnJyA6IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YH0gYCArXG4gICAgYFBpY29zY2hlbWEgdHlwZXMgYXJlICR7bGlzdH0sIHBsdXMgbmFtZShhcnJheSksIG5hbWUob2JqZWN0KSBhbmQgbmFtZShlbnVtKS4gYCArXG4gICAgJ05hbWVkIHNjaGVtYXMgYXJlIG5vdCBzdXBwb3J0ZWQ6IGRlc2NyaWJlIHRoZSBmaWVsZHMgaW5saW5lJ1xuICApO1xufVxuXG5mdW5jdGlvbiBpc1NjYWxhclR5cGUodHlwZTogc3RyaW5nKTogdHlwZSBpcyAodHlwZW9mIFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTKVtudW1iZXJdIHtcbiAgcmV0dXJuIChQSUNPU0NIRU1BX1NDQUxBUl9UWVBFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXModHlwZSk7XG59XG5cbi8qKiBEb3Rwcm9tcHQ6IGFuIG9wdGlvbmFsIGZpZWxkIGlzIGFsc28gbnVsbGFibGUuICovXG5mdW5jdGlvbiBtYWtlTnVsbGFibGUocHJvcGVydHk6IEpzb25TY2hlbWEpOiB2b2lkIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkocHJvcGVydHkuZW51bSkpIHtcbiAgICBpZiAoIXByb3BlcnR5LmVudW0uaW5jbHVkZXMobnVsbCkpIHByb3BlcnR5LmVudW0gPSBbLi4ucHJvcGVydHkuZW51bSwgbnVsbF07XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgcHJvcGVydHkudHlwZSA9PT0gJ3N0cmluZycgJiYgcHJvcGVydHkudHlwZSAhPT0gJ251bGwnKSBwcm9wZXJ0eS50eXBlID0gW3Byb3BlcnR5LnR5cGUsICdudWxsJ107XG59XG5cbi8qKiBBIG5vbi1udWxsLCBub24tYXJyYXkgb2JqZWN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUGxhaW5SZWNvcmQodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHZhbHVlKTtcbn1cbiIsICIvKipcbiAqIENoZWNraW5nIGFuZCBub3JtYWxpemluZyB0aGUgSlNPTiBTY2hlbWEgc3Vic2V0IHRoYXQgaW5wdXQgc2NoZW1hcyBtYXkgdXNlLlxuICpcbiAqIFN1cHBvcnRlZCBrZXl3b3JkcyAodGhleSBhcmUgZW5mb3JjZWQgYXQgcnVuIHRpbWUpOlxuICogYHR5cGVgIChhIG5hbWUgb3IgYSBsaXN0OyBgbnVsbGAgaW4gdGhlIGxpc3QgbWFrZXMgYSB2YWx1ZSBudWxsYWJsZSksIGBwcm9wZXJ0aWVzYCwgYHJlcXVpcmVkYCxcbiAqIGBhZGRpdGlvbmFsUHJvcGVydGllc2AgKGJvb2xlYW4gb3Igc2NoZW1hKSwgYGl0ZW1zYCAob25lIHNjaGVtYSksIGBtaW5JdGVtc2AsIGBtYXhJdGVtc2AsIGBlbnVtYCxcbiAqIGBjb25zdGAsIGBhbnlPZmAsIGBvbmVPZmAgKGV4YWN0bHkgb25lIGFsdGVybmF0aXZlIG11c3QgbWF0Y2gpLCBgYWxsT2ZgIChtZXJnZWQgaW50byBvbmUgc2NoZW1hKSxcbiAqIGBudWxsYWJsZWAgKE9wZW5BUEkgMy4wKSwgYG1pbkxlbmd0aGAsIGBtYXhMZW5ndGhgLCBgcGF0dGVybmAsIGBtaW5pbXVtYCwgYG1heGltdW1gLFxuICogYGV4Y2x1c2l2ZU1pbmltdW1gLCBgZXhjbHVzaXZlTWF4aW11bWAgKG51bWJlciwgb3IgdGhlIGRyYWZ0LTQgYm9vbGVhbiBmb3JtKSwgYG11bHRpcGxlT2ZgLlxuICpcbiAqIEFubm90YXRpb25zIGFyZSBrZXB0IGFuZCBub3QgZW5mb3JjZWQ6IGB0aXRsZWAsIGBkZXNjcmlwdGlvbmAsIGBkZWZhdWx0YCwgYGV4YW1wbGVzYCwgYGZvcm1hdGAsXG4gKiBgJHNjaGVtYWAsIGAkaWRgLCBgJGNvbW1lbnRgLCBgJGRlZnNgLCBgZGVmaW5pdGlvbnNgLCBgZGVwcmVjYXRlZGAsIGByZWFkT25seWAsIGB3cml0ZU9ubHlgLFxuICogYGNvbnRlbnRNZWRpYVR5cGVgLCBgY29udGVudEVuY29kaW5nYCwgYW5kIGFueSBgeC1cdTIwMjZgIGV4dGVuc2lvbi5cbiAqXG4gKiBFdmVyeSBvdGhlciBrZXl3b3JkIGlzIGFuIGVycm9yIG5hbWluZyBpdDogYSB2YWxpZGF0aW9uIGtleXdvcmQgdGhhdCBwcm9tcHRvcHMgd291bGQgc2tpcFxuICogKGAkcmVmYCwgYG5vdGAsIGBpZmAsIGB1bmlxdWVJdGVtc2AsIGBwYXR0ZXJuUHJvcGVydGllc2AsIFx1MjAyNikgd291bGQgbGV0IGJhZCBpbnB1dCB0aHJvdWdoXG4gKiBzaWxlbnRseSwgYW5kIGFuIHVua25vd24gd29yZCBpcyB1c3VhbGx5IGEgdHlwbyAoYHByb3BlcnRlc2ApLiBLZXl3b3JkcyB0aGF0IG9ubHkgYXBwbHkgdG8gb25lXG4gKiB0eXBlIChgbWluTGVuZ3RoYCBvbiBhIG51bWJlcikgYXJlIGVycm9ycyB0b28uXG4gKlxuICogVGhlIHRvcCBsZXZlbCBtdXN0IGJlIGFuIG9iamVjdCBzY2hlbWEuIFVubGlrZSBwbGFpbiBKU09OIFNjaGVtYSwgYSB0b3AgbGV2ZWwgd2l0aG91dFxuICogYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYCBpcyBjbG9zZWQgKGBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2VgIGlzIHdyaXR0ZW4gaW50byB0aGUgbm9ybWFsaXplZFxuICogc2NoZW1hKTogYW4gdW5rbm93biB2YXJpYWJsZSBpcyBhbG1vc3QgYWx3YXlzIGEgdHlwby4gTmVzdGVkIG9iamVjdHMgZm9sbG93IEpTT04gU2NoZW1hIChvcGVuXG4gKiB1bmxlc3MgdGhleSBzYXkgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWApLiBgZGVmYXVsdGAgaXMgYW4gYW5ub3RhdGlvbjogZGVmYXVsdHMgdGhhdCBhcHBseVxuICogYXQgcmVuZGVyIHRpbWUgYmVsb25nIGluIHRoZSByZWNvcmQncyBgaW5wdXQuZGVmYXVsdGAuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgRmllbGRTZWdtZW50LCBmb3JtYXRGaWVsZFBhdGggfSBmcm9tICcuL2ZpZWxkLXBhdGguanMnO1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCB9IGZyb20gJy4vcGljb3NjaGVtYS5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUsIGd1ZXNzVHlwZSB9IGZyb20gJy4vc3VnZ2VzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIEpTT04gU2NoZW1hIHR5cGUgbmFtZXMgYWNjZXB0ZWQgaW4gYHR5cGVgLiAqL1xuZXhwb3J0IGNvbnN0IEpTT05fU0NIRU1BX1RZUEVTID0gWydzdHJpbmcnLCAnbnVtYmVyJywgJ2ludGVnZXInLCAnYm9vbGVhbicsICdudWxsJywgJ29iamVjdCcsICdhcnJheSddIGFzIGNvbnN0O1xuXG5jb25zdCBTVFJJTkdfS0VZV09SRFMgPSBbJ21pbkxlbmd0aCcsICdtYXhMZW5ndGgnLCAncGF0dGVybiddIGFzIGNvbnN0O1xuY29uc3QgTlVNQkVSX0tFWVdPUkRTID0gWydtaW5pbXVtJywgJ21heGltdW0nLCAnZXhjbHVzaXZlTWluaW11bScsICdleGNsdXNpdmVNYXhpbXVtJywgJ211bHRpcGxlT2YnXSBhcyBjb25zdDtcbmNvbnN0IEFSUkFZX0tFWVdPUkRTID0gWydpdGVtcycsICdtaW5JdGVtcycsICdtYXhJdGVtcyddIGFzIGNvbnN0O1xuY29uc3QgT0JKRUNUX0tFWVdPUkRTID0gWydwcm9wZXJ0aWVzJywgJ3JlcXVpcmVkJywgJ2FkZGl0aW9uYWxQcm9wZXJ0aWVzJ10gYXMgY29uc3Q7XG5cbmNvbnN0IFZBTElEQVRJT05fS0VZV09SRFMgPSBuZXcgU2V0PHN0cmluZz4oW1xuICAndHlwZScsXG4gICdlbnVtJyxcbiAgJ2NvbnN0JyxcbiAgJ2FueU9mJyxcbiAgJ29uZU9mJyxcbiAgJ2FsbE9mJyxcbiAgJ251bGxhYmxlJyxcbiAgLi4uU1RSSU5HX0tFWVdPUkRTLFxuICAuLi5OVU1CRVJfS0VZV09SRFMsXG4gIC4uLkFSUkFZX0tFWVdPUkRTLFxuICAuLi5PQkpFQ1RfS0VZV09SRFMsXG5dKTtcblxuY29uc3QgQU5OT1RBVElPTl9LRVlXT1JEUyA9IG5ldyBTZXQ8c3RyaW5nPihbXG4gICd0aXRsZScsXG4gICdkZXNjcmlwdGlvbicsXG4gICdkZWZhdWx0JyxcbiAgJ2V4YW1wbGVzJyxcbiAgJ2Zvcm1hdCcsXG4gICckc2NoZW1hJyxcbiAgJyRpZCcsXG4gICckY29tbWVudCcsXG4gICckZGVmcycsXG4gICdkZWZpbml0aW9ucycsXG4gICdkZXByZWNhdGVkJyxcbiAgJ3JlYWRPbmx5JyxcbiAgJ3dyaXRlT25seScsXG4gICdjb250ZW50TWVkaWFUeXBlJyxcbiAgJ2NvbnRlbnRFbmNvZGluZycsXG5dKTtcblxuLyoqIEtub3duIEpTT04gU2NoZW1hIGtleXdvcmRzIHRoYXQgaW5wdXQgc2NoZW1hcyBkbyBub3Qgc3VwcG9ydC4gKi9cbmNvbnN0IFVOU1VQUE9SVEVEX0tFWVdPUkRTID0gbmV3IFNldChbXG4gICckcmVmJyxcbiAgJyRkeW5hbWljUmVmJyxcbiAgJyRhbmNob3InLFxuICAnbm90JyxcbiAgJ2lmJyxcbiAgJ3RoZW4nLFxuICAnZWxzZScsXG4gICd1bmlxdWVJdGVtcycsXG4gICdjb250YWlucycsXG4gICdtaW5Db250YWlucycsXG4gICdtYXhDb250YWlucycsXG4gICdwcmVmaXhJdGVtcycsXG4gICdhZGRpdGlvbmFsSXRlbXMnLFxuICAndW5ldmFsdWF0ZWRJdGVtcycsXG4gICd1bmV2YWx1YXRlZFByb3BlcnRpZXMnLFxuICAncGF0dGVyblByb3BlcnRpZXMnLFxuICAncHJvcGVydHlOYW1lcycsXG4gICdtaW5Qcm9wZXJ0aWVzJyxcbiAgJ21heFByb3BlcnRpZXMnLFxuICAnZGVwZW5kZW5jaWVzJyxcbiAgJ2RlcGVuZGVudFJlcXVpcmVkJyxcbiAgJ2RlcGVuZGVudFNjaGVtYXMnLFxuXSk7XG5cbmNvbnN0IE1BWF9ERVBUSCA9IDMyO1xuXG4vKipcbiAqIENoZWNrIGEgSlNPTiBTY2hlbWEgYWdhaW5zdCB0aGUgc3VwcG9ydGVkIHN1YnNldCBhbmQgcmV0dXJuIGEgbm9ybWFsaXplZCBjb3B5OiBgYWxsT2ZgIG1lcmdlZCxcbiAqIGBudWxsYWJsZTogdHJ1ZWAgdHVybmVkIGludG8gYSBgJ251bGwnYCB0eXBlLCBkcmFmdC00IGJvb2xlYW4gYGV4Y2x1c2l2ZU1pbmltdW1gL2BleGNsdXNpdmVNYXhpbXVtYFxuICogdHVybmVkIGludG8gbnVtYmVycywgYHR5cGU6ICdvYmplY3QnYC9gJ2FycmF5J2AgYWRkZWQgd2hlcmUgYHByb3BlcnRpZXNgL2BpdGVtc2AgaW1wbHkgaXQsIGFuZCAoZm9yXG4gKiBgdG9wYCkgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWAgYWRkZWQgd2hlbiBhYnNlbnQuXG4gKlxuICogQHBhcmFtIHNjaGVtYSBUaGUgSlNPTiBTY2hlbWEuXG4gKiBAcGFyYW0gbG9jYXRpb24gV2hlcmUgdGhlIHNjaGVtYSBzaXRzOyBgbG9jYXRpb24uZmllbGRgIChlLmcuIGAnaW5wdXQuc2NoZW1hJ2ApIHByZWZpeGVzIGVycm9yIGZpZWxkcy5cbiAqIEBwYXJhbSBvcHRpb25zIGB0b3A6IHRydWVgIChkZWZhdWx0KSByZXF1aXJlcyBhbiBvYmplY3Qgc2NoZW1hLCBhcyBpbnB1dCBzY2hlbWFzIGFyZS5cbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSBuYW1pbmcgdGhlIGtleXdvcmQgcGF0aCwgZS5nLiBgaW5wdXQuc2NoZW1hLnByb3BlcnRpZXMudG9uZS50eXBlYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZUpzb25TY2hlbWEoXG4gIHNjaGVtYTogdW5rbm93bixcbiAgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30sXG4gIG9wdGlvbnM6IHsgdG9wPzogYm9vbGVhbiB9ID0ge30sXG4pOiBKc29uU2NoZW1hIHtcbiAgY29uc3QgYmFzZTogRmllbGRTZWdtZW50W10gPSBsb2NhdGlvbi5maWVsZCA9PT0gdW5kZWZpbmVkID8gW10gOiBbbG9jYXRpb24uZmllbGRdO1xuICBjb25zdCBmYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSk6IG5ldmVyID0+IHtcbiAgICBjb25zdCBmaWVsZCA9IGZvcm1hdEZpZWxkUGF0aChbLi4uYmFzZSwgLi4ucGF0aF0pO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihkZXRhaWwsIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBmaWVsZCA9PT0gJycgPyB1bmRlZmluZWQgOiBmaWVsZCB9KTtcbiAgfTtcbiAgY29uc3Qgbm9ybWFsaXplZCA9IG5vcm1hbGl6ZU5vZGUoc2NoZW1hLCBbXSwgZmFpbCwgMCk7XG4gIGlmIChvcHRpb25zLnRvcCA/PyB0cnVlKSB7XG4gICAgaWYgKG5vcm1hbGl6ZWQudHlwZSAhPT0gJ29iamVjdCcpIHtcbiAgICAgIGNvbnN0IGdvdCA9IG5vcm1hbGl6ZWQudHlwZSA9PT0gdW5kZWZpbmVkID8gJ25vIG9iamVjdCB0eXBlJyA6IGB0eXBlICR7SlNPTi5zdHJpbmdpZnkobm9ybWFsaXplZC50eXBlKX1gO1xuICAgICAgZmFpbChcbiAgICAgICAgYGFuIGlucHV0IHNjaGVtYSBtdXN0IGRlc2NyaWJlIGFuIG9iamVjdCBvZiB2YXJpYWJsZXMgKHR5cGU6IG9iamVjdCB3aXRoIHByb3BlcnRpZXMpLCBnb3QgJHtnb3R9LiBgICtcbiAgICAgICAgICAnRGVjbGFyZSBlYWNoIHZhcmlhYmxlIGFzIGEgcHJvcGVydHknLFxuICAgICAgICBbJ3R5cGUnXSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmIChub3JtYWxpemVkLmFkZGl0aW9uYWxQcm9wZXJ0aWVzID09PSB1bmRlZmluZWQpIG5vcm1hbGl6ZWQuYWRkaXRpb25hbFByb3BlcnRpZXMgPSBmYWxzZTtcbiAgfVxuICByZXR1cm4gbm9ybWFsaXplZDtcbn1cblxudHlwZSBGYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSkgPT4gbmV2ZXI7XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZU5vZGUobm9kZTogdW5rbm93biwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwsIGRlcHRoOiBudW1iZXIpOiBKc29uU2NoZW1hIHtcbiAgaWYgKGRlcHRoID4gTUFYX0RFUFRIKSBmYWlsKGB0aGUgc2NoZW1hIG5lc3RzIG1vcmUgdGhhbiAke01BWF9ERVBUSH0gbGV2ZWxzIGRlZXA6IGZsYXR0ZW4gaXRgLCBwYXRoKTtcbiAgaWYgKG5vZGUgPT09IHRydWUpIHJldHVybiB7fTtcbiAgaWYgKG5vZGUgPT09IGZhbHNlKSByZXR1cm4gZmFpbCgndGhlIHNjaGVtYSBgZmFsc2VgIGFjY2VwdHMgbm8gdmFsdWU6IHJlbW92ZSB0aGUgcHJvcGVydHkgaW5zdGVhZCcsIHBhdGgpO1xuICBpZiAoIWlzUGxhaW5SZWNvcmQobm9kZSkpIHJldHVybiBmYWlsKGBleHBlY3RlZCBhIHNjaGVtYSBvYmplY3QsIGdvdCAke2Rlc2NyaWJlVmFsdWUobm9kZSl9YCwgcGF0aCk7XG5cbiAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXMobm9kZSkpIGNoZWNrS2V5d29yZChrZXksIHBhdGgsIGZhaWwpO1xuXG4gIGxldCBvdXQ6IEpzb25TY2hlbWEgPSB7fTtcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMobm9kZSkpIHtcbiAgICBpZiAoa2V5ID09PSAnYWxsT2YnIHx8IGtleSA9PT0gJ251bGxhYmxlJykgY29udGludWU7XG4gICAgb3V0W2tleV0gPSB2YWx1ZTtcbiAgfVxuXG4gIGlmIChub2RlLmFsbE9mICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBtZW1iZXJzID0gc2NoZW1hTGlzdChub2RlLmFsbE9mLCBbLi4ucGF0aCwgJ2FsbE9mJ10sIGZhaWwsIGRlcHRoKTtcbiAgICBmb3IgKGNvbnN0IFtpbmRleCwgbWVtYmVyXSBvZiBtZW1iZXJzLmVudHJpZXMoKSkgb3V0ID0gbWVyZ2VTY2hlbWFzKG91dCwgbWVtYmVyLCBbLi4ucGF0aCwgJ2FsbE9mJywgaW5kZXhdLCBmYWlsKTtcbiAgfVxuXG4gIG5vcm1hbGl6ZVR5cGUob3V0LCBwYXRoLCBmYWlsKTtcbiAgaWYgKG5vZGUubnVsbGFibGUgPT09IHRydWUpIGFkZE51bGwob3V0LCBwYXRoLCBmYWlsKTtcbiAgZWxzZSBpZiAobm9kZS5udWxsYWJsZSAhPT0gdW5kZWZpbmVkICYmIG5vZGUubnVsbGFibGUgIT09IGZhbHNlKSB7XG4gICAgZmFpbChgXCJudWxsYWJsZVwiIG11c3QgYmUgdHJ1ZSBvciBmYWxzZSwgZ290ICR7ZGVzY3JpYmVWYWx1ZShub2RlLm51bGxhYmxlKX1gLCBbLi4ucGF0aCwgJ251bGxhYmxlJ10pO1xuICB9XG5cbiAgY2hlY2tBcHBsaWNhYmlsaXR5KG91dCwgcGF0aCwgZmFpbCk7XG4gIG5vcm1hbGl6ZVN0cmluZ0tleXdvcmRzKG91dCwgcGF0aCwgZmFpbCk7XG4gIG5vcm1hbGl6ZU51bWJlcktleXdvcmRzKG91dCwgcGF0aCwgZmFpbCk7XG4gIG5vcm1hbGl6ZUFycmF5S2V5d29yZHMob3V0LCBwYXRoLCBmYWlsLCBkZXB0aCk7XG4gIG5vcm1hbGl6ZU9iamVjdEtleXdvcmRzKG91dCwgcGF0aCwgZmFpbCwgZGVwdGgpO1xuICBub3JtYWxpemVWYWx1ZUtleXdvcmRzKG91dCwgcGF0aCwgZmFpbCk7XG4gIGZvciAoY29uc3Qga2V5IG9mIFsnYW55T2YnLCAnb25lT2YnXSBhcyBjb25zdCkge1xuICAgIGlmIChvdXRba2V5XSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBvdXRba2V5XSA9IHNjaGVtYUxpc3Qob3V0W2tleV0sIFsuLi5wYXRoLCBrZXldLCBmYWlsLCBkZXB0aCk7XG4gICAgY29uc3Qgb3RoZXIgPSBPYmplY3Qua2V5cyhvdXQpLmZpbmQoKGspID0+IGsgIT09IGtleSAmJiBWQUxJREFUSU9OX0tFWVdPUkRTLmhhcyhrKSk7XG4gICAgaWYgKG90aGVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZhaWwoYFwiJHtrZXl9XCIgY2Fubm90IGJlIGNvbWJpbmVkIHdpdGggXCIke290aGVyfVwiIGhlcmU6IG1vdmUgXCIke290aGVyfVwiIGludG8gZWFjaCBhbHRlcm5hdGl2ZWAsIFsuLi5wYXRoLCBvdGhlcl0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBjaGVja0tleXdvcmQoa2V5OiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGlmIChWQUxJREFUSU9OX0tFWVdPUkRTLmhhcyhrZXkpIHx8IEFOTk9UQVRJT05fS0VZV09SRFMuaGFzKGtleSkgfHwga2V5LnN0YXJ0c1dpdGgoJ3gtJykpIHJldHVybjtcbiAgaWYgKFVOU1VQUE9SVEVEX0tFWVdPUkRTLmhhcyhrZXkpKSB7XG4gICAgY29uc3QgaGludCA9IGtleS5zdGFydHNXaXRoKCckJylcbiAgICAgID8gJ2lubGluZSB0aGUgcmVmZXJlbmNlZCBzY2hlbWEnXG4gICAgICA6ICdleHByZXNzIHRoZSBydWxlIHdpdGggdGhlIHN1cHBvcnRlZCBrZXl3b3Jkcywgb3IgY2hlY2sgaXQgaW4gY29kZSc7XG4gICAgZmFpbChgdGhlIEpTT04gU2NoZW1hIGtleXdvcmQgXCIke2tleX1cIiBpcyBub3Qgc3VwcG9ydGVkIGluIGlucHV0IHNjaGVtYXM6ICR7aGludH1gLCBbLi4ucGF0aCwga2V5XSk7XG4gIH1cbiAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0TWF0Y2goa2V5LCBbLi4uVkFMSURBVElPTl9LRVlXT1JEUywgLi4uQU5OT1RBVElPTl9LRVlXT1JEU10pO1xuICBmYWlsKFxuICAgIGB1bmtub3duIEpTT04gU2NoZW1hIGtleXdvcmQgXCIke2tleX1cIiR7Z3Vlc3MgPT09IHVuZGVmaW5lZCA/ICcnIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gfSBgICtcbiAgICAgICcodmVuZG9yIGV4dGVuc2lvbnMgbXVzdCBzdGFydCB3aXRoIFwieC1cIiknLFxuICAgIFsuLi5wYXRoLCBrZXldLFxuICApO1xufVxuXG5mdW5jdGlvbiBzY2hlbWFMaXN0KHZhbHVlOiB1bmtub3duLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCwgZGVwdGg6IG51bWJlcik6IEpzb25TY2hlbWFbXSB7XG4gIGlmICghQXJyYXkuaXNBcnJheSh2YWx1ZSkgfHwgdmFsdWUubGVuZ3RoID09PSAwKSB7XG4gICAgcmV0dXJuIGZhaWwoYGV4cGVjdGVkIGEgbm9uLWVtcHR5IGxpc3Qgb2Ygc2NoZW1hcywgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgcGF0aCk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlLm1hcCgobWVtYmVyLCBpbmRleCkgPT4gbm9ybWFsaXplTm9kZShtZW1iZXIsIFsuLi5wYXRoLCBpbmRleF0sIGZhaWwsIGRlcHRoICsgMSkpO1xufVxuXG5mdW5jdGlvbiB0eXBlTGlzdChzY2hlbWE6IEpzb25TY2hlbWEpOiBzdHJpbmdbXSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgaWYgKHR5cGUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodHlwZSkgPyAodHlwZSBhcyBzdHJpbmdbXSkgOiBbdHlwZSBhcyBzdHJpbmddO1xufVxuXG5mdW5jdGlvbiBub3JtYWxpemVUeXBlKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgYXQgPSBbLi4ucGF0aCwgJ3R5cGUnXTtcbiAgaWYgKG91dC50eXBlID09PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoT0JKRUNUX0tFWVdPUkRTLnNvbWUoKGspID0+IG91dFtrXSAhPT0gdW5kZWZpbmVkKSkgb3V0LnR5cGUgPSAnb2JqZWN0JztcbiAgICBlbHNlIGlmIChvdXQuaXRlbXMgIT09IHVuZGVmaW5lZCkgb3V0LnR5cGUgPSAnYXJyYXknO1xuICAgIGlmIChvdXQudHlwZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAvLyBLZWVwIGB0eXBlYCBmaXJzdCwgYXMgYSByZWFkZXIgZXhwZWN0cy5cbiAgICAgIGNvbnN0IHsgdHlwZSwgLi4ucmVzdCB9ID0gb3V0O1xuICAgICAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXMob3V0KSkgZGVsZXRlIG91dFtrZXldO1xuICAgICAgT2JqZWN0LmFzc2lnbihvdXQsIHsgdHlwZSB9LCByZXN0KTtcbiAgICB9XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IHR5cGVzID0gQXJyYXkuaXNBcnJheShvdXQudHlwZSkgPyBvdXQudHlwZSA6IFtvdXQudHlwZV07XG4gIGlmICh0eXBlcy5sZW5ndGggPT09IDApIGZhaWwoJ1widHlwZVwiIGlzIGFuIGVtcHR5IGxpc3Q6IG5hbWUgYXQgbGVhc3Qgb25lIHR5cGUnLCBhdCk7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCB0eXBlIG9mIHR5cGVzKSB7XG4gICAgaWYgKHR5cGVvZiB0eXBlICE9PSAnc3RyaW5nJykgZmFpbChgYSB0eXBlIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUodHlwZSl9YCwgYXQpO1xuICAgIGlmICghKEpTT05fU0NIRU1BX1RZUEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyh0eXBlKSkge1xuICAgICAgY29uc3QgZ3Vlc3MgPSBndWVzc1R5cGUodHlwZSwgSlNPTl9TQ0hFTUFfVFlQRVMpO1xuICAgICAgY29uc3QgYW55SGludCA9IHR5cGUgPT09ICdhbnknID8gJzsgZm9yIGFueSB2YWx1ZSwgbGVhdmUgXCJ0eXBlXCIgb3V0JyA6ICcnO1xuICAgICAgZmFpbChcbiAgICAgICAgYHVua25vd24gdHlwZSBcIiR7dHlwZX1cIiR7Z3Vlc3MgPT09IHVuZGVmaW5lZCA/ICcnIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gfSR7YW55SGludH0gYCArXG4gICAgICAgICAgYCh0eXBlczogJHtKU09OX1NDSEVNQV9UWVBFUy5qb2luKCcsICcpfSlgLFxuICAgICAgICBhdCxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmIChzZWVuLmhhcyh0eXBlKSkgZmFpbChgdHlwZSBcIiR7dHlwZX1cIiBpcyBsaXN0ZWQgdHdpY2VgLCBhdCk7XG4gICAgc2Vlbi5hZGQodHlwZSk7XG4gIH1cbiAgb3V0LnR5cGUgPSB0eXBlcy5sZW5ndGggPT09IDEgPyB0eXBlc1swXSA6IFsuLi50eXBlc107XG59XG5cbmZ1bmN0aW9uIGFkZE51bGwob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCB0eXBlcyA9IHR5cGVMaXN0KG91dCk7XG4gIGlmICh0eXBlcyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKCF0eXBlcy5pbmNsdWRlcygnbnVsbCcpKSBvdXQudHlwZSA9IFsuLi50eXBlcywgJ251bGwnXTtcbiAgfSBlbHNlIGlmIChBcnJheS5pc0FycmF5KG91dC5lbnVtKSkge1xuICAgIGlmICghb3V0LmVudW0uaW5jbHVkZXMobnVsbCkpIG91dC5lbnVtID0gWy4uLm91dC5lbnVtLCBudWxsXTtcbiAgfSBlbHNlIGlmIChBcnJheS5pc0FycmF5KG91dC5hbnlPZikpIHtcbiAgICBvdXQuYW55T2YgPSBbLi4ub3V0LmFueU9mLCB7IHR5cGU6ICdudWxsJyB9XTtcbiAgfSBlbHNlIGlmIChBcnJheS5pc0FycmF5KG91dC5vbmVPZikpIHtcbiAgICBvdXQub25lT2YgPSBbLi4ub3V0Lm9uZU9mLCB7IHR5cGU6ICdudWxsJyB9XTtcbiAgfSBlbHNlIGlmIChvdXQuY29uc3QgIT09IHVuZGVmaW5lZCkge1xuICAgIGZhaWwoJ1wibnVsbGFibGU6IHRydWVcIiB3aXRoIFwiY29uc3RcIjogdXNlIFwiZW51bVwiOiBbdmFsdWUsIG51bGxdIGluc3RlYWQnLCBbLi4ucGF0aCwgJ251bGxhYmxlJ10pO1xuICB9XG4gIC8vIE5vIHR5cGUgYW5kIG5vIGFsdGVybmF0aXZlczogYW55IHZhbHVlLCBudWxsIGluY2x1ZGVkLlxufVxuXG5mdW5jdGlvbiBjaGVja0FwcGxpY2FiaWxpdHkob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCB0eXBlcyA9IHR5cGVMaXN0KG91dCk7XG4gIGNvbnN0IGdyb3VwczogQXJyYXk8W3JlYWRvbmx5IHN0cmluZ1tdLCByZWFkb25seSBzdHJpbmdbXSwgc3RyaW5nXT4gPSBbXG4gICAgW1NUUklOR19LRVlXT1JEUywgWydzdHJpbmcnXSwgJ3N0cmluZyddLFxuICAgIFtOVU1CRVJfS0VZV09SRFMsIFsnbnVtYmVyJywgJ2ludGVnZXInXSwgJ251bWJlciddLFxuICAgIFtBUlJBWV9LRVlXT1JEUywgWydhcnJheSddLCAnYXJyYXknXSxcbiAgICBbT0JKRUNUX0tFWVdPUkRTLCBbJ29iamVjdCddLCAnb2JqZWN0J10sXG4gIF07XG4gIGZvciAoY29uc3QgW2tleXdvcmRzLCBhcHBsaWVzLCBuYW1lXSBvZiBncm91cHMpIHtcbiAgICBmb3IgKGNvbnN0IGtleXdvcmQgb2Yga2V5d29yZHMpIHtcbiAgICAgIGlmIChvdXRba2V5d29yZF0gPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgICBpZiAodHlwZXMgPT09IHVuZGVmaW5lZCkgZmFpbChgXCIke2tleXdvcmR9XCIgbmVlZHMgXCJ0eXBlXCI6IFwiJHtuYW1lfVwiYCwgWy4uLnBhdGgsIGtleXdvcmRdKTtcbiAgICAgIGVsc2UgaWYgKCF0eXBlcy5zb21lKCh0KSA9PiBhcHBsaWVzLmluY2x1ZGVzKHQpKSkge1xuICAgICAgICBmYWlsKGBcIiR7a2V5d29yZH1cIiBhcHBsaWVzIHRvICR7bmFtZX1zLCBidXQgdGhlIHR5cGUgaXMgJHtKU09OLnN0cmluZ2lmeShvdXQudHlwZSl9YCwgWy4uLnBhdGgsIGtleXdvcmRdKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gbm9uTmVnYXRpdmVJbnRlZ2VyKG91dDogSnNvblNjaGVtYSwga2V5OiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHZhbHVlID0gb3V0W2tleV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNJbnRlZ2VyKHZhbHVlKSB8fCB2YWx1ZSA8IDApIHtcbiAgICBmYWlsKGBcIiR7a2V5fVwiIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgPj0gMCwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgWy4uLnBhdGgsIGtleV0pO1xuICB9XG59XG5cbmZ1bmN0aW9uIGZpbml0ZU51bWJlcihvdXQ6IEpzb25TY2hlbWEsIGtleTogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCB2YWx1ZSA9IG91dFtrZXldO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnbnVtYmVyJyB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSkge1xuICAgIGZhaWwoYFwiJHtrZXl9XCIgbXVzdCBiZSBhIG51bWJlciwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgWy4uLnBhdGgsIGtleV0pO1xuICB9XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZVN0cmluZ0tleXdvcmRzKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgbm9uTmVnYXRpdmVJbnRlZ2VyKG91dCwgJ21pbkxlbmd0aCcsIHBhdGgsIGZhaWwpO1xuICBub25OZWdhdGl2ZUludGVnZXIob3V0LCAnbWF4TGVuZ3RoJywgcGF0aCwgZmFpbCk7XG4gIGlmIChvdXQucGF0dGVybiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKHR5cGVvZiBvdXQucGF0dGVybiAhPT0gJ3N0cmluZycpIHtcbiAgICAgIGZhaWwoYFwicGF0dGVyblwiIG11c3QgYmUgYSByZWd1bGFyIGV4cHJlc3Npb24gc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKG91dC5wYXR0ZXJuKX1gLCBbLi4ucGF0aCwgJ3BhdHRlcm4nXSk7XG4gICAgfVxuICAgIGlmIChjb21waWxlUGF0dGVybihvdXQucGF0dGVybikgPT09IHVuZGVmaW5lZCkge1xuICAgICAgZmFpbChgXCJwYXR0ZXJuXCIgJHtKU09OLnN0cmluZ2lmeShvdXQucGF0dGVybil9IGlzIG5vdCBhIHZhbGlkIHJlZ3VsYXIgZXhwcmVzc2lvbmAsIFsuLi5wYXRoLCAncGF0dGVybiddKTtcbiAgICB9XG4gIH1cbn1cblxuLyoqIENvbXBpbGUgYSBKU09OIFNjaGVtYSBgcGF0dGVybmAgKEVDTUEtMjYyLCBVbmljb2RlIG1vZGUgd2hlbiB0aGUgcGF0dGVybiBhbGxvd3MgaXQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVQYXR0ZXJuKHBhdHRlcm46IHN0cmluZyk6IFJlZ0V4cCB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG5ldyBSZWdFeHAocGF0dGVybiwgJ3UnKTtcbiAgfSBjYXRjaCB7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBuZXcgUmVnRXhwKHBhdHRlcm4pO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplTnVtYmVyS2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBmb3IgKGNvbnN0IFtleGNsdXNpdmUsIGluY2x1c2l2ZV0gb2YgW1xuICAgIFsnZXhjbHVzaXZlTWluaW11bScsICdtaW5pbXVtJ10sXG4gICAgWydleGNsdXNpdmVNYXhpbXVtJywgJ21heGltdW0nXSxcbiAgXSBhcyBjb25zdCkge1xuICAgIC8vIERyYWZ0IDQ6IGEgYm9vbGVhbiB0aGF0IG1ha2VzIG1pbmltdW0vbWF4aW11bSBleGNsdXNpdmUuXG4gICAgaWYgKHR5cGVvZiBvdXRbZXhjbHVzaXZlXSA9PT0gJ2Jvb2xlYW4nKSB7XG4gICAgICBpZiAob3V0W2V4Y2x1c2l2ZV0gPT09IHRydWUpIHtcbiAgICAgICAgaWYgKG91dFtpbmNsdXNpdmVdID09PSB1bmRlZmluZWQpIGZhaWwoYFwiJHtleGNsdXNpdmV9OiB0cnVlXCIgbmVlZHMgXCIke2luY2x1c2l2ZX1cImAsIFsuLi5wYXRoLCBleGNsdXNpdmVdKTtcbiAgICAgICAgb3V0W2V4Y2x1c2l2ZV0gPSBvdXRbaW5jbHVzaXZlXTtcbiAgICAgICAgZGVsZXRlIG91dFtpbmNsdXNpdmVdO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZGVsZXRlIG91dFtleGNsdXNpdmVdO1xuICAgICAgfVxuICAgIH1cbiAgfVxuICBmb3IgKGNvbnN0IGtleSBvZiBOVU1CRVJfS0VZV09SRFMpIGZpbml0ZU51bWJlcihvdXQsIGtleSwgcGF0aCwgZmFpbCk7XG4gIGlmICh0eXBlb2Ygb3V0Lm11bHRpcGxlT2YgPT09ICdudW1iZXInICYmIG91dC5tdWx0aXBsZU9mIDw9IDApIHtcbiAgICBmYWlsKGBcIm11bHRpcGxlT2ZcIiBtdXN0IGJlIGdyZWF0ZXIgdGhhbiAwLCBnb3QgJHtvdXQubXVsdGlwbGVPZn1gLCBbLi4ucGF0aCwgJ211bHRpcGxlT2YnXSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplQXJyYXlLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsLCBkZXB0aDogbnVtYmVyKTogdm9pZCB7XG4gIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQsICdtaW5JdGVtcycsIHBhdGgsIGZhaWwpO1xuICBub25OZWdhdGl2ZUludGVnZXIob3V0LCAnbWF4SXRlbXMnLCBwYXRoLCBmYWlsKTtcbiAgaWYgKG91dC5pdGVtcyA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmIChBcnJheS5pc0FycmF5KG91dC5pdGVtcykpIHtcbiAgICBmYWlsKCd0dXBsZSBcIml0ZW1zXCIgKGEgbGlzdCBvZiBzY2hlbWFzKSBpcyBub3Qgc3VwcG9ydGVkOiBnaXZlIG9uZSBpdGVtIHNjaGVtYSAoYW55T2YgZm9yIG1peGVkIGl0ZW1zKScsIFtcbiAgICAgIC4uLnBhdGgsXG4gICAgICAnaXRlbXMnLFxuICAgIF0pO1xuICB9XG4gIG91dC5pdGVtcyA9IG5vcm1hbGl6ZU5vZGUob3V0Lml0ZW1zLCBbLi4ucGF0aCwgJ2l0ZW1zJ10sIGZhaWwsIGRlcHRoICsgMSk7XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZU9iamVjdEtleXdvcmRzKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwsIGRlcHRoOiBudW1iZXIpOiB2b2lkIHtcbiAgaWYgKG91dC5wcm9wZXJ0aWVzICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoIWlzUGxhaW5SZWNvcmQob3V0LnByb3BlcnRpZXMpKSB7XG4gICAgICBmYWlsKGBcInByb3BlcnRpZXNcIiBtdXN0IG1hcCBuYW1lcyB0byBzY2hlbWFzLCBnb3QgJHtkZXNjcmliZVZhbHVlKG91dC5wcm9wZXJ0aWVzKX1gLCBbLi4ucGF0aCwgJ3Byb3BlcnRpZXMnXSk7XG4gICAgfVxuICAgIGNvbnN0IHByb3BlcnRpZXM6IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+ID0ge307XG4gICAgZm9yIChjb25zdCBbbmFtZSwgcHJvcGVydHldIG9mIE9iamVjdC5lbnRyaWVzKG91dC5wcm9wZXJ0aWVzKSkge1xuICAgICAgcHJvcGVydGllc1tuYW1lXSA9IG5vcm1hbGl6ZU5vZGUocHJvcGVydHksIFsuLi5wYXRoLCAncHJvcGVydGllcycsIG5hbWVdLCBmYWlsLCBkZXB0aCArIDEpO1xuICAgIH1cbiAgICBvdXQucHJvcGVydGllcyA9IHByb3BlcnRpZXM7XG4gIH1cbiAgaWYgKG91dC5yZXF1aXJlZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgYXQgPSBbLi4ucGF0aCwgJ3JlcXVpcmVkJ107XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KG91dC5yZXF1aXJlZCkpXG4gICAgICBmYWlsKGBcInJlcXVpcmVkXCIgbXVzdCBiZSBhIGxpc3Qgb2YgcHJvcGVydHkgbmFtZXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LnJlcXVpcmVkKX1gLCBhdCk7XG4gICAgY29uc3QgZGVjbGFyZWQgPSBpc1BsYWluUmVjb3JkKG91dC5wcm9wZXJ0aWVzKSA/IE9iamVjdC5rZXlzKG91dC5wcm9wZXJ0aWVzKSA6IFtdO1xuICAgIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2Ygb3V0LnJlcXVpcmVkIGFzIHVua25vd25bXSkge1xuICAgICAgaWYgKHR5cGVvZiBuYW1lICE9PSAnc3RyaW5nJykgZmFpbChgXCJyZXF1aXJlZFwiIG11c3QgbGlzdCBwcm9wZXJ0eSBuYW1lcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShuYW1lKX1gLCBhdCk7XG4gICAgICBpZiAoc2Vlbi5oYXMobmFtZSkpIGZhaWwoYFwiJHtuYW1lfVwiIGlzIGxpc3RlZCB0d2ljZSBpbiBcInJlcXVpcmVkXCJgLCBhdCk7XG4gICAgICBzZWVuLmFkZChuYW1lKTtcbiAgICAgIGlmICghZGVjbGFyZWQuaW5jbHVkZXMobmFtZSkpIHtcbiAgICAgICAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0TWF0Y2gobmFtZSwgZGVjbGFyZWQpO1xuICAgICAgICBmYWlsKFxuICAgICAgICAgIGBcInJlcXVpcmVkXCIgbGlzdHMgXCIke25hbWV9XCIsIHdoaWNoIFwicHJvcGVydGllc1wiIGRvZXMgbm90IGRlY2xhcmVgICtcbiAgICAgICAgICAgIChndWVzcyA9PT0gdW5kZWZpbmVkID8gJzsgYWRkIGl0IHRvIFwicHJvcGVydGllc1wiJyA6IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YCksXG4gICAgICAgICAgYXQsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgfVxuICAgIG91dC5yZXF1aXJlZCA9IFsuLi5zZWVuXTtcbiAgfVxuICBjb25zdCBleHRyYSA9IG91dC5hZGRpdGlvbmFsUHJvcGVydGllcztcbiAgaWYgKGV4dHJhICE9PSB1bmRlZmluZWQgJiYgdHlwZW9mIGV4dHJhICE9PSAnYm9vbGVhbicpIHtcbiAgICBvdXQuYWRkaXRpb25hbFByb3BlcnRpZXMgPSBub3JtYWxpemVOb2RlKGV4dHJhLCBbLi4ucGF0aCwgJ2FkZGl0aW9uYWxQcm9wZXJ0aWVzJ10sIGZhaWwsIGRlcHRoICsgMSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gaXNQcmltaXRpdmUodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBzdHJpbmcgfCBudW1iZXIgfCBib29sZWFuIHwgbnVsbCB7XG4gIHJldHVybiB2YWx1ZSA9PT0gbnVsbCB8fCB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nIHx8IE51bWJlci5pc0Zpbml0ZSh2YWx1ZSk7XG59XG5cbmZ1bmN0aW9uIGZpdHNUeXBlcyh2YWx1ZTogc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IG51bGwsIHR5cGVzOiByZWFkb25seSBzdHJpbmdbXSk6IGJvb2xlYW4ge1xuICByZXR1cm4gdHlwZXMuc29tZSgodHlwZSkgPT4ge1xuICAgIHN3aXRjaCAodHlwZSkge1xuICAgICAgY2FzZSAnbnVsbCc6XG4gICAgICAgIHJldHVybiB2YWx1ZSA9PT0gbnVsbDtcbiAgICAgIGNhc2UgJ2ludGVnZXInOlxuICAgICAgICByZXR1cm4gTnVtYmVyLmlzSW50ZWdlcih2YWx1ZSk7XG4gICAgICBjYXNlICdudW1iZXInOlxuICAgICAgY2FzZSAnc3RyaW5nJzpcbiAgICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgICAgICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSB0eXBlO1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgcmV0dXJuIGZhbHNlO1xuICAgIH1cbiAgfSk7XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZVZhbHVlS2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCB0eXBlcyA9IHR5cGVMaXN0KG91dCk7XG4gIGlmIChvdXQuZW51bSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgYXQgPSBbLi4ucGF0aCwgJ2VudW0nXTtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkob3V0LmVudW0pIHx8IG91dC5lbnVtLmxlbmd0aCA9PT0gMCkge1xuICAgICAgZmFpbChgXCJlbnVtXCIgbXVzdCBiZSBhIG5vbi1lbXB0eSBsaXN0IG9mIHZhbHVlcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQuZW51bSl9YCwgYXQpO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IFtpbmRleCwgdmFsdWVdIG9mIChvdXQuZW51bSBhcyB1bmtub3duW10pLmVudHJpZXMoKSkge1xuICAgICAgaWYgKCFpc1ByaW1pdGl2ZSh2YWx1ZSkpIHtcbiAgICAgICAgZmFpbChgZW51bSB2YWx1ZXMgbXVzdCBiZSBzdHJpbmdzLCBudW1iZXJzLCBib29sZWFucyBvciBudWxsLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbLi4uYXQsIGluZGV4XSk7XG4gICAgICB9XG4gICAgICBpZiAodHlwZXMgIT09IHVuZGVmaW5lZCAmJiAhZml0c1R5cGVzKHZhbHVlLCB0eXBlcykpIHtcbiAgICAgICAgZmFpbChgZW51bSB2YWx1ZSAke0pTT04uc3RyaW5naWZ5KHZhbHVlKX0gZG9lcyBub3QgZml0IHR5cGUgJHtKU09OLnN0cmluZ2lmeShvdXQudHlwZSl9YCwgWy4uLmF0LCBpbmRleF0pO1xuICAgICAgfVxuICAgIH1cbiAgfVxuICBpZiAob3V0LmNvbnN0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCAnY29uc3QnXTtcbiAgICBpZiAoIWlzUHJpbWl0aXZlKG91dC5jb25zdCkpXG4gICAgICBmYWlsKGBcImNvbnN0XCIgbXVzdCBiZSBhIHN0cmluZywgbnVtYmVyLCBib29sZWFuIG9yIG51bGwsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LmNvbnN0KX1gLCBhdCk7XG4gICAgaWYgKHR5cGVzICE9PSB1bmRlZmluZWQgJiYgIWZpdHNUeXBlcyhvdXQuY29uc3QsIHR5cGVzKSkge1xuICAgICAgZmFpbChgY29uc3QgJHtKU09OLnN0cmluZ2lmeShvdXQuY29uc3QpfSBkb2VzIG5vdCBmaXQgdHlwZSAke0pTT04uc3RyaW5naWZ5KG91dC50eXBlKX1gLCBhdCk7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIHNhbWVKc29uKGE6IHVua25vd24sIGI6IHVua25vd24pOiBib29sZWFuIHtcbiAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KGEpID09PSBKU09OLnN0cmluZ2lmeShiKTtcbn1cblxuLyoqIE1lcmdlIG9uZSAobm9ybWFsaXplZCkgYGFsbE9mYCBtZW1iZXIgaW50byBgdGFyZ2V0YC4gQ29uZmxpY3Rpbmcga2V5d29yZHMgYXJlIGFuIGVycm9yLiAqL1xuZnVuY3Rpb24gbWVyZ2VTY2hlbWFzKHRhcmdldDogSnNvblNjaGVtYSwgbWVtYmVyOiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IEpzb25TY2hlbWEge1xuICBjb25zdCBvdXQ6IEpzb25TY2hlbWEgPSB7IC4uLnRhcmdldCB9O1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhtZW1iZXIpKSB7XG4gICAgY29uc3QgY3VycmVudCA9IG91dFtrZXldO1xuICAgIGlmIChjdXJyZW50ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIG91dFtrZXldID0gdmFsdWU7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGtleSA9PT0gJ3Byb3BlcnRpZXMnICYmIGlzUGxhaW5SZWNvcmQoY3VycmVudCkgJiYgaXNQbGFpblJlY29yZCh2YWx1ZSkpIHtcbiAgICAgIGNvbnN0IG1lcmdlZDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7IC4uLmN1cnJlbnQgfTtcbiAgICAgIGZvciAoY29uc3QgW25hbWUsIHByb3BlcnR5XSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICAgICAgaWYgKG1lcmdlZFtuYW1lXSAhPT0gdW5kZWZpbmVkICYmICFzYW1lSnNvbihtZXJnZWRbbmFtZV0sIHByb3BlcnR5KSkge1xuICAgICAgICAgIGZhaWwoYHByb3BlcnR5IFwiJHtuYW1lfVwiIGlzIGRlZmluZWQgZGlmZmVyZW50bHkgaW4gdHdvIGFsbE9mIG1lbWJlcnM6IGRlZmluZSBpdCBvbmNlYCwgW1xuICAgICAgICAgICAgLi4ucGF0aCxcbiAgICAgICAgICAgICdwcm9wZXJ0aWVzJyxcbiAgICAgICAgICAgIG5hbWUsXG4gICAgICAgICAgXSk7XG4gICAgICAgIH1cbiAgICAgICAgbWVyZ2VkW25hbWVdID0gcHJvcGVydHk7XG4gICAgICB9XG4gICAgICBvdXQucHJvcGVydGllcyA9IG1lcmdlZDtcbiAgICB9IGVsc2UgaWYgKGtleSA9PT0gJ3JlcXVpcmVkJyAmJiBBcnJheS5pc0FycmF5KGN1cnJlbnQpICYmIEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICBvdXQucmVxdWlyZWQgPSBbLi4ubmV3IFNldChbLi4uY3VycmVudCwgLi4udmFsdWVdKV07XG4gICAgfSBlbHNlIGlmIChrZXkgPT09ICd0eXBlJykge1xuICAgICAgY29uc3QgYm90aCA9IGludGVyc2VjdFR5cGVzKEFycmF5LmlzQXJyYXkoY3VycmVudCkgPyBjdXJyZW50IDogW2N1cnJlbnRdLCBBcnJheS5pc0FycmF5KHZhbHVlKSA/IHZhbHVlIDogW3ZhbHVlXSk7XG4gICAgICBpZiAoYm90aC5sZW5ndGggPT09IDApIHtcbiAgICAgICAgZmFpbChgYWxsT2YgbWVtYmVycyByZXF1aXJlIHR5cGVzICR7SlNPTi5zdHJpbmdpZnkoY3VycmVudCl9IGFuZCAke0pTT04uc3RyaW5naWZ5KHZhbHVlKX0gYXQgb25jZWAsIHBhdGgpO1xuICAgICAgfVxuICAgICAgb3V0LnR5cGUgPSBib3RoLmxlbmd0aCA9PT0gMSA/IGJvdGhbMF0gOiBib3RoO1xuICAgIH0gZWxzZSBpZiAoQU5OT1RBVElPTl9LRVlXT1JEUy5oYXMoa2V5KSB8fCBrZXkuc3RhcnRzV2l0aCgneC0nKSkge1xuICAgICAgLy8gVGhlIGZpcnN0IGFubm90YXRpb24gd2lucy5cbiAgICB9IGVsc2UgaWYgKCFzYW1lSnNvbihjdXJyZW50LCB2YWx1ZSkpIHtcbiAgICAgIGZhaWwoYGFsbE9mIG1lbWJlcnMgZ2l2ZSBcIiR7a2V5fVwiIGRpZmZlcmVudCB2YWx1ZXM6IG1lcmdlIHRoZW0gaW50byBvbmUgc2NoZW1hYCwgWy4uLnBhdGgsIGtleV0pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVHlwZXMgYWxsb3dlZCBieSBib3RoIGxpc3RzOyBgaW50ZWdlcmAgaXMgdGhlIGNvbW1vbiBwYXJ0IG9mIGBudW1iZXJgIGFuZCBgaW50ZWdlcmAuICovXG5mdW5jdGlvbiBpbnRlcnNlY3RUeXBlcyhtaW5lOiByZWFkb25seSB1bmtub3duW10sIHRoZWlyczogcmVhZG9ubHkgdW5rbm93bltdKTogdW5rbm93bltdIHtcbiAgY29uc3QgYm90aCA9IG5ldyBTZXQ8dW5rbm93bj4oKTtcbiAgZm9yIChjb25zdCB0eXBlIG9mIG1pbmUpIHtcbiAgICBpZiAodGhlaXJzLmluY2x1ZGVzKHR5cGUpKSBib3RoLmFkZCh0eXBlKTtcbiAgICBlbHNlIGlmICgodHlwZSA9PT0gJ2ludGVnZXInICYmIHRoZWlycy5pbmNsdWRlcygnbnVtYmVyJykpIHx8ICh0eXBlID09PSAnbnVtYmVyJyAmJiB0aGVpcnMuaW5jbHVkZXMoJ2ludGVnZXInKSkpIHtcbiAgICAgIGJvdGguYWRkKCdpbnRlZ2VyJyk7XG4gICAgfVxuICB9XG4gIHJldHVybiBbLi4uYm90aF07XG59XG4iLCAiLyoqXG4gKiBBIHByZWNvbXBpbGVkIGFjY2VwdGFuY2UgY2hlY2sgZm9yIHRoZSBob3QgcGF0aCBvZiBgdmFsaWRhdGUoKWAuXG4gKlxuICogem9kL21pbmkncyBgc2FmZVBhcnNlYCBjb3N0cyBhYm91dCAyMDAgbnMgZm9yIGFuIG9iamVjdCBvZiBmb3VyIHN0cmluZ3M7IHRoaXMgY2hlY2sgY29zdHMgYVxuICogZnJhY3Rpb24gb2YgdGhhdC4gSXQgYW5zd2VycyBgdHJ1ZWAgb25seSBmb3IgdmFsdWVzIHRoZSB6b2Qgc2NoZW1hIGNlcnRhaW5seSBhY2NlcHRzLCBhbmQgYGZhbHNlYFxuICogZm9yIGV2ZXJ5dGhpbmcgZWxzZSAoXCJub3Qgc3VyZVwiKTogdGhlIGNhbGxlciB0aGVuIHJ1bnMgem9kLCB3aGljaCBzdGF5cyB0aGUgYXV0aG9yaXR5IG9uIHdoYXRcbiAqIGlzIGludmFsaWQgYW5kIG9uIHRoZSB3b3JkaW5nIG9mIGV2ZXJ5IGlzc3VlLiBJdCB1c2VzIGNsb3N1cmVzLCBub3QgZ2VuZXJhdGVkIGNvZGUsIHNvIGl0IGFsc29cbiAqIHJ1bnMgd2hlcmUgYG5ldyBGdW5jdGlvbmAgaXMgZm9yYmlkZGVuIChDbG91ZGZsYXJlIFdvcmtlcnMsIHN0cmljdCBDU1ApLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBjb21waWxlUGF0dGVybiB9IGZyb20gJy4vanNvbi1zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBgdHJ1ZWAgd2hlbiB0aGUgdmFsdWUgY2VydGFpbmx5IHBhc3NlcyB0aGUgem9kIHNjaGVtYTsgYGZhbHNlYCB3aGVuIHVuc3VyZS4gKi9cbmV4cG9ydCB0eXBlIEZhc3RDaGVjayA9ICh2YWx1ZTogdW5rbm93bikgPT4gYm9vbGVhbjtcblxuY29uc3QgbmV2ZXI6IEZhc3RDaGVjayA9ICgpID0+IGZhbHNlO1xuY29uc3QgYWx3YXlzOiBGYXN0Q2hlY2sgPSAoKSA9PiB0cnVlO1xuXG4vKiogQ29tcGlsZSB0aGUgZmFzdCBhY2NlcHRhbmNlIGNoZWNrIG9mIGEgc2NoZW1hIG5vcm1hbGl6ZWQgYnkgYG5vcm1hbGl6ZUpzb25TY2hlbWFgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVGYXN0Q2hlY2soc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgaWYgKHNjaGVtYS5jb25zdCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgZXhwZWN0ZWQgPSBzY2hlbWEuY29uc3Q7XG4gICAgcmV0dXJuICh2YWx1ZSkgPT4gdmFsdWUgPT09IGV4cGVjdGVkO1xuICB9XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5lbnVtKSkge1xuICAgIGNvbnN0IGFsbG93ZWQgPSBuZXcgU2V0PHVua25vd24+KHNjaGVtYS5lbnVtKTtcbiAgICByZXR1cm4gKHZhbHVlKSA9PiBhbGxvd2VkLmhhcyh2YWx1ZSk7XG4gIH1cbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmFueU9mKSkge1xuICAgIGNvbnN0IG1lbWJlcnMgPSAoc2NoZW1hLmFueU9mIGFzIEpzb25TY2hlbWFbXSkubWFwKGNvbXBpbGVGYXN0Q2hlY2spO1xuICAgIHJldHVybiAodmFsdWUpID0+IG1lbWJlcnMuc29tZSgobWVtYmVyKSA9PiBtZW1iZXIodmFsdWUpKTtcbiAgfVxuICAvLyBvbmVPZiBuZWVkcyBcImV4YWN0bHkgb25lIG1hdGNoZXNcIiwgd2hpY2ggXCJjZXJ0YWlubHkgYWNjZXB0c1wiIGNoZWNrcyBjYW5ub3QgdGVsbDogdXNlIHpvZC5cbiAgaWYgKHNjaGVtYS5vbmVPZiAhPT0gdW5kZWZpbmVkKSByZXR1cm4gbmV2ZXI7XG4gIGlmIChzY2hlbWEudHlwZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gYWx3YXlzO1xuICBjb25zdCB0eXBlcyA9IEFycmF5LmlzQXJyYXkoc2NoZW1hLnR5cGUpID8gKHNjaGVtYS50eXBlIGFzIHN0cmluZ1tdKSA6IFtzY2hlbWEudHlwZSBhcyBzdHJpbmddO1xuICBjb25zdCBudWxsYWJsZSA9IHR5cGVzLmluY2x1ZGVzKCdudWxsJyk7XG4gIGNvbnN0IG1lbWJlcnMgPSB0eXBlcy5maWx0ZXIoKHQpID0+IHQgIT09ICdudWxsJykubWFwKCh0KSA9PiB0eXBlZCh0LCBzY2hlbWEpKTtcbiAgaWYgKG1lbWJlcnMubGVuZ3RoID09PSAwKSByZXR1cm4gKHZhbHVlKSA9PiB2YWx1ZSA9PT0gbnVsbDtcbiAgY29uc3QgYmFzZSA9IG1lbWJlcnMubGVuZ3RoID09PSAxID8gbWVtYmVyc1swXSEgOiAodmFsdWU6IHVua25vd24pID0+IG1lbWJlcnMuc29tZSgobWVtYmVyKSA9PiBtZW1iZXIodmFsdWUpKTtcbiAgcmV0dXJuIG51bGxhYmxlID8gKHZhbHVlKSA9PiB2YWx1ZSA9PT0gbnVsbCB8fCBiYXNlKHZhbHVlKSA6IGJhc2U7XG59XG5cbmZ1bmN0aW9uIHR5cGVkKHR5cGU6IHN0cmluZywgc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgc3dpdGNoICh0eXBlKSB7XG4gICAgY2FzZSAnc3RyaW5nJzpcbiAgICAgIHJldHVybiBzdHJpbmdDaGVjayhzY2hlbWEpO1xuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnaW50ZWdlcic6XG4gICAgICByZXR1cm4gbnVtYmVyQ2hlY2sodHlwZSwgc2NoZW1hKTtcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICAgIHJldHVybiAodmFsdWUpID0+IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nO1xuICAgIGNhc2UgJ2FycmF5JzpcbiAgICAgIHJldHVybiBhcnJheUNoZWNrKHNjaGVtYSk7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiBvYmplY3RDaGVjayhzY2hlbWEpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gbmV2ZXI7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RyaW5nQ2hlY2soc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgY29uc3QgbWluID0gdHlwZW9mIHNjaGVtYS5taW5MZW5ndGggPT09ICdudW1iZXInID8gc2NoZW1hLm1pbkxlbmd0aCA6IDA7XG4gIGNvbnN0IG1heCA9IHR5cGVvZiBzY2hlbWEubWF4TGVuZ3RoID09PSAnbnVtYmVyJyA/IHNjaGVtYS5tYXhMZW5ndGggOiBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFk7XG4gIGNvbnN0IHBhdHRlcm4gPSB0eXBlb2Ygc2NoZW1hLnBhdHRlcm4gPT09ICdzdHJpbmcnID8gY29tcGlsZVBhdHRlcm4oc2NoZW1hLnBhdHRlcm4pIDogdW5kZWZpbmVkO1xuICBpZiAodHlwZW9mIHNjaGVtYS5wYXR0ZXJuID09PSAnc3RyaW5nJyAmJiBwYXR0ZXJuID09PSB1bmRlZmluZWQpIHJldHVybiBuZXZlcjtcbiAgaWYgKHBhdHRlcm4gIT09IHVuZGVmaW5lZCkge1xuICAgIHJldHVybiAodmFsdWUpID0+IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgJiYgdmFsdWUubGVuZ3RoID49IG1pbiAmJiB2YWx1ZS5sZW5ndGggPD0gbWF4ICYmIHBhdHRlcm4udGVzdCh2YWx1ZSk7XG4gIH1cbiAgaWYgKG1pbiA9PT0gMCAmJiBtYXggPT09IE51bWJlci5QT1NJVElWRV9JTkZJTklUWSkgcmV0dXJuICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJztcbiAgcmV0dXJuICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiB2YWx1ZS5sZW5ndGggPj0gbWluICYmIHZhbHVlLmxlbmd0aCA8PSBtYXg7XG59XG5cbmZ1bmN0aW9uIG51bWJlckNoZWNrKHR5cGU6ICdudW1iZXInIHwgJ2ludGVnZXInLCBzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBjb25zdCBib3VuZCA9IChrZXk6IHN0cmluZywgZmFsbGJhY2s6IG51bWJlcik6IG51bWJlciA9PlxuICAgIHR5cGVvZiBzY2hlbWFba2V5XSA9PT0gJ251bWJlcicgPyAoc2NoZW1hW2tleV0gYXMgbnVtYmVyKSA6IGZhbGxiYWNrO1xuICBjb25zdCBtaW4gPSBib3VuZCgnbWluaW11bScsIE51bWJlci5ORUdBVElWRV9JTkZJTklUWSk7XG4gIGNvbnN0IG1heCA9IGJvdW5kKCdtYXhpbXVtJywgTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZKTtcbiAgY29uc3QgYWJvdmUgPSBib3VuZCgnZXhjbHVzaXZlTWluaW11bScsIE51bWJlci5ORUdBVElWRV9JTkZJTklUWSk7XG4gIGNvbnN0IGJlbG93ID0gYm91bmQoJ2V4Y2x1c2l2ZU1heGltdW0nLCBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkpO1xuICBjb25zdCBzdGVwID0gdHlwZW9mIHNjaGVtYS5tdWx0aXBsZU9mID09PSAnbnVtYmVyJyA/IHNjaGVtYS5tdWx0aXBsZU9mIDogdW5kZWZpbmVkO1xuICAvLyB6b2QncyBmbG9hdC1zYWZlIHJlbWFpbmRlciBpcyBvbmx5IGNlcnRhaW5seSBtYXRjaGVkIGZvciB3aG9sZSBudW1iZXJzLlxuICBpZiAoc3RlcCAhPT0gdW5kZWZpbmVkICYmICFOdW1iZXIuaXNTYWZlSW50ZWdlcihzdGVwKSkgcmV0dXJuIG5ldmVyO1xuICBjb25zdCBraW5kOiBGYXN0Q2hlY2sgPVxuICAgIHR5cGUgPT09ICdpbnRlZ2VyJ1xuICAgICAgPyAodmFsdWUpID0+IE51bWJlci5pc1NhZmVJbnRlZ2VyKHZhbHVlKVxuICAgICAgOiAodmFsdWUpID0+IHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgJiYgTnVtYmVyLmlzRmluaXRlKHZhbHVlKTtcbiAgcmV0dXJuICh2YWx1ZSkgPT5cbiAgICBraW5kKHZhbHVlKSAmJlxuICAgICh2YWx1ZSBhcyBudW1iZXIpID49IG1pbiAmJlxuICAgICh2YWx1ZSBhcyBudW1iZXIpIDw9IG1heCAmJlxuICAgICh2YWx1ZSBhcyBudW1iZXIpID4gYWJvdmUgJiZcbiAgICAodmFsdWUgYXMgbnVtYmVyKSA8IGJlbG93ICYmXG4gICAgKHN0ZXAgPT09IHVuZGVmaW5lZCB8fCAoTnVtYmVyLmlzU2FmZUludGVnZXIodmFsdWUpICYmICh2YWx1ZSBhcyBudW1iZXIpICUgc3RlcCA9PT0gMCkpO1xufVxuXG5mdW5jdGlvbiBhcnJheUNoZWNrKHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIGNvbnN0IGl0ZW0gPSBzY2hlbWEuaXRlbXMgPT09IHVuZGVmaW5lZCA/IGFsd2F5cyA6IGNvbXBpbGVGYXN0Q2hlY2soc2NoZW1hLml0ZW1zIGFzIEpzb25TY2hlbWEpO1xuICBjb25zdCBtaW4gPSB0eXBlb2Ygc2NoZW1hLm1pbkl0ZW1zID09PSAnbnVtYmVyJyA/IHNjaGVtYS5taW5JdGVtcyA6IDA7XG4gIGNvbnN0IG1heCA9IHR5cGVvZiBzY2hlbWEubWF4SXRlbXMgPT09ICdudW1iZXInID8gc2NoZW1hLm1heEl0ZW1zIDogTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZO1xuICByZXR1cm4gKHZhbHVlKSA9PiB7XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlKSB8fCB2YWx1ZS5sZW5ndGggPCBtaW4gfHwgdmFsdWUubGVuZ3RoID4gbWF4KSByZXR1cm4gZmFsc2U7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCB2YWx1ZS5sZW5ndGg7IGkrKykgaWYgKCFpdGVtKHZhbHVlW2ldKSkgcmV0dXJuIGZhbHNlO1xuICAgIHJldHVybiB0cnVlO1xuICB9O1xufVxuXG4vKiogUHJvcGVydGllcyB0aGUgb2JqZWN0IGNoZWNrIHZpc2l0cywgaW4gZGVjbGFyYXRpb24gb3JkZXIuICovXG5pbnRlcmZhY2UgUHJvcGVydHlDaGVjayB7XG4gIHJlYWRvbmx5IGtleTogc3RyaW5nO1xuICByZWFkb25seSByZXF1aXJlZDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgY2hlY2s6IEZhc3RDaGVjaztcbn1cblxuZnVuY3Rpb24gb2JqZWN0Q2hlY2soc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgY29uc3QgcmVxdWlyZWROYW1lcyA9IG5ldyBTZXQoKHNjaGVtYS5yZXF1aXJlZCA/PyBbXSkgYXMgc3RyaW5nW10pO1xuICBjb25zdCBwcm9wZXJ0aWVzOiBQcm9wZXJ0eUNoZWNrW10gPSBPYmplY3QuZW50cmllcygoc2NoZW1hLnByb3BlcnRpZXMgPz8ge30pIGFzIFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+KS5tYXAoXG4gICAgKFtrZXksIHByb3BlcnR5XSkgPT4gKHsga2V5LCByZXF1aXJlZDogcmVxdWlyZWROYW1lcy5oYXMoa2V5KSwgY2hlY2s6IGNvbXBpbGVGYXN0Q2hlY2socHJvcGVydHkpIH0pLFxuICApO1xuICBjb25zdCBkZWNsYXJlZDogUmVjb3JkPHN0cmluZywgdHJ1ZT4gPSBPYmplY3QuY3JlYXRlKG51bGwpO1xuICBmb3IgKGNvbnN0IHsga2V5IH0gb2YgcHJvcGVydGllcykgZGVjbGFyZWRba2V5XSA9IHRydWU7XG4gIGNvbnN0IGV4dHJhID0gc2NoZW1hLmFkZGl0aW9uYWxQcm9wZXJ0aWVzO1xuICBjb25zdCBtb2RlID0gZXh0cmEgPT09IGZhbHNlID8gJ3N0cmljdCcgOiBleHRyYSA9PT0gdW5kZWZpbmVkIHx8IGV4dHJhID09PSB0cnVlID8gJ2xvb3NlJyA6ICdjYXRjaGFsbCc7XG4gIGNvbnN0IGV4dHJhQ2hlY2sgPSBtb2RlID09PSAnY2F0Y2hhbGwnID8gY29tcGlsZUZhc3RDaGVjayhleHRyYSBhcyBKc29uU2NoZW1hKSA6IGFsd2F5cztcbiAgY29uc3QgY291bnQgPSBwcm9wZXJ0aWVzLmxlbmd0aDtcblxuICByZXR1cm4gKHZhbHVlKSA9PiB7XG4gICAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcgfHwgdmFsdWUgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCBwcm90byA9IE9iamVjdC5nZXRQcm90b3R5cGVPZih2YWx1ZSk7XG4gICAgaWYgKHByb3RvICE9PSBPYmplY3QucHJvdG90eXBlICYmIHByb3RvICE9PSBudWxsKSByZXR1cm4gZmFsc2U7XG4gICAgY29uc3QgcmVjb3JkID0gdmFsdWUgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgbGV0IHByZXNlbnQgPSAwO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgY291bnQ7IGkrKykge1xuICAgICAgY29uc3QgcHJvcGVydHkgPSBwcm9wZXJ0aWVzW2ldITtcbiAgICAgIGNvbnN0IGl0ZW0gPSByZWNvcmRbcHJvcGVydHkua2V5XTtcbiAgICAgIGlmIChpdGVtID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgaWYgKHByb3BlcnR5LnJlcXVpcmVkKSByZXR1cm4gZmFsc2U7XG4gICAgICAgIGlmIChPYmplY3QuaGFzT3duKHJlY29yZCwgcHJvcGVydHkua2V5KSkgcHJlc2VudCsrO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGlmICghcHJvcGVydHkuY2hlY2soaXRlbSkpIHJldHVybiBmYWxzZTtcbiAgICAgIHByZXNlbnQrKztcbiAgICB9XG4gICAgaWYgKG1vZGUgPT09ICdsb29zZScpIHJldHVybiB0cnVlO1xuICAgIGlmIChtb2RlID09PSAnc3RyaWN0Jykge1xuICAgICAgbGV0IGtleXMgPSAwO1xuICAgICAgZm9yIChjb25zdCBfIGluIHJlY29yZCkga2V5cysrO1xuICAgICAgcmV0dXJuIGtleXMgPT09IHByZXNlbnQ7XG4gICAgfVxuICAgIGZvciAoY29uc3Qga2V5IGluIHJlY29yZCkge1xuICAgICAgaWYgKGRlY2xhcmVkW2tleV0gIT09IHRydWUgJiYgKGtleSA9PT0gJ19fcHJvdG9fXycgfHwgIWV4dHJhQ2hlY2socmVjb3JkW2tleV0pKSkgcmV0dXJuIGZhbHNlO1xuICAgIH1cbiAgICByZXR1cm4gdHJ1ZTtcbiAgfTtcbn1cbiIsICIvKipcbiAqIEpTT04gU2NoZW1hIFx1MjE5MiBUeXBlU2NyaXB0IHR5cGUgdGV4dCwgZm9yIGBwcm9tcHRvcHMgdHlwZWdlbmAgYW5kIGZvciBlcnJvciBtZXNzYWdlcy5cbiAqXG4gKiBEZXRlcm1pbmlzdGljOiB0aGUgc2FtZSBzY2hlbWEgYWx3YXlzIGdpdmVzIHRoZSBzYW1lIHRleHQuIE9iamVjdHMgbGlzdCBwcm9wZXJ0aWVzIGluXG4gKiBkZWNsYXJhdGlvbiBvcmRlciwgb25lIHBlciBsaW5lLCB3aXRoIGRlc2NyaXB0aW9ucyBhcyBUU0RvYyBjb21tZW50czsgYSBwcm9wZXJ0eSBub3QgaW5cbiAqIGByZXF1aXJlZGAgaXMgYD86YDsgYCdudWxsJ2AgaW4gYSB0eXBlIGxpc3QgKGhvdyBQaWNvc2NoZW1hIHdyaXRlcyBhbiBvcHRpb25hbCBmaWVsZCkgYWRkc1xuICogYHwgbnVsbGA7IGVudW1zIGFuZCBjb25zdHMgYXJlIHVuaW9ucyBvZiBsaXRlcmFsczsgYXJyYXlzIGFyZSBgQXJyYXk8XHUyMDI2PmA7IGBhZGRpdGlvbmFsUHJvcGVydGllc2BcbiAqIHdpdGggYSBzY2hlbWEgaXMgYW4gaW5kZXggc2lnbmF0dXJlOyBhIHNjaGVtYSB3aXRob3V0IGEgdHlwZSAoUGljb3NjaGVtYSBgYW55YCkgaXMgYHVua25vd25gLlxuICogS2V5d29yZHMgaXQgZG9lcyBub3QgbW9kZWwgKGAkcmVmYCwgYG5vdGAsIFx1MjAyNikgZ2l2ZSBgdW5rbm93bmAgcmF0aGVyIHRoYW4gYSB3cm9uZyB0eXBlLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB0eXBlIHsgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG5jb25zdCBJREVOVElGSUVSID0gL15bQS1aYS16XyRdW0EtWmEtejAtOV8kXSokLztcbmNvbnN0IElOREVOVCA9ICcgICc7XG5cbi8qKlxuICogVGhlIFR5cGVTY3JpcHQgdHlwZSBvZiB2YWx1ZXMgdGhhdCBmaXQgYHNjaGVtYWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBqc29uU2NoZW1hVG9UeXBlU2NyaXB0KHtcbiAqICAgdHlwZTogJ29iamVjdCcsXG4gKiAgIHByb3BlcnRpZXM6IHsgY3VzdG9tZXI6IHsgdHlwZTogJ3N0cmluZycsIGRlc2NyaXB0aW9uOiAnZmlyc3QgbmFtZScgfSwgdG9uZTogeyBlbnVtOiBbJ2Zvcm1hbCcsIG51bGxdIH0gfSxcbiAqICAgcmVxdWlyZWQ6IFsnY3VzdG9tZXInXSxcbiAqIH0pO1xuICogLy8gJ3tcXG4gIC8qKiBmaXJzdCBuYW1lICpcXC9cXG4gIGN1c3RvbWVyOiBzdHJpbmc7XFxuICB0b25lPzogXCJmb3JtYWxcIiB8IG51bGw7XFxufSdcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24ganNvblNjaGVtYVRvVHlwZVNjcmlwdChzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogc3RyaW5nIHtcbiAgcmV0dXJuIHJlbmRlcihzY2hlbWEsICcnLCBmYWxzZSk7XG59XG5cbi8qKlxuICogT25lLWxpbmUgdHlwZSB0ZXh0IGZvciBtZXNzYWdlcywgZS5nLiBgc3RyaW5nYCwgYGludGVnZXJgLCBgXCJmb3JtYWxcIiB8IFwiZnJpZW5kbHlcIiB8IG51bGxgOyBsb25nIHR5cGVzXG4gKiBhcmUgY3V0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gaW5saW5lVHlwZVRleHQoc2NoZW1hOiBKc29uU2NoZW1hKTogc3RyaW5nIHtcbiAgY29uc3QgdGV4dCA9IHJlbmRlcihzY2hlbWEsICcnLCB0cnVlKTtcbiAgcmV0dXJuIHRleHQubGVuZ3RoID4gODAgPyBgJHt0ZXh0LnNsaWNlKDAsIDc3KX0uLi5gIDogdGV4dDtcbn1cblxuZnVuY3Rpb24gcmVuZGVyKHNjaGVtYTogdW5rbm93biwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZyB7XG4gIHJldHVybiBtZW1iZXJzKHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpLmpvaW4oJyB8ICcpO1xufVxuXG4vKiogVGhlIG1lbWJlcnMgb2YgdGhlIHVuaW9uIHR5cGUgb2YgYHNjaGVtYWAsIHdpdGhvdXQgZHVwbGljYXRlczsgYHVua25vd25gIGFic29yYnMgdGhlIHJlc3QuICovXG5mdW5jdGlvbiBtZW1iZXJzKHNjaGVtYTogdW5rbm93biwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0ID0gWy4uLm5ldyBTZXQocmF3TWVtYmVycyhzY2hlbWEsIGluZGVudCwgaW5saW5lKSldO1xuICByZXR1cm4gb3V0LmluY2x1ZGVzKCd1bmtub3duJykgPyBbJ3Vua25vd24nXSA6IG91dDtcbn1cblxuZnVuY3Rpb24gcmF3TWVtYmVycyhzY2hlbWE6IHVua25vd24sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmdbXSB7XG4gIGlmIChzY2hlbWEgPT09IGZhbHNlKSByZXR1cm4gWyduZXZlciddO1xuICBpZiAoIWlzUGxhaW5SZWNvcmQoc2NoZW1hKSkgcmV0dXJuIFsndW5rbm93biddO1xuICBpZiAoc2NoZW1hLmNvbnN0ICE9PSB1bmRlZmluZWQpIHJldHVybiBbbGl0ZXJhbChzY2hlbWEuY29uc3QpXTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmVudW0pKSByZXR1cm4gc2NoZW1hLmVudW0ubWFwKGxpdGVyYWwpO1xuICBmb3IgKGNvbnN0IGtleSBvZiBbJ2FueU9mJywgJ29uZU9mJ10gYXMgY29uc3QpIHtcbiAgICBjb25zdCBhbHRlcm5hdGl2ZXMgPSBzY2hlbWFba2V5XTtcbiAgICBpZiAoQXJyYXkuaXNBcnJheShhbHRlcm5hdGl2ZXMpICYmIGFsdGVybmF0aXZlcy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBiYXNlID0gd2l0aG91dEtleXMoc2NoZW1hLCBba2V5LCAnbnVsbGFibGUnXSk7XG4gICAgICBjb25zdCBvdXQgPSBhbHRlcm5hdGl2ZXMuZmxhdE1hcCgobWVtYmVyKSA9PiBtZW1iZXJzKHsgLi4uYmFzZSwgLi4uYXNSZWNvcmQobWVtYmVyKSB9LCBpbmRlbnQsIGlubGluZSkpO1xuICAgICAgcmV0dXJuIHNjaGVtYS5udWxsYWJsZSA9PT0gdHJ1ZSA/IFsuLi5vdXQsICdudWxsJ10gOiBvdXQ7XG4gICAgfVxuICB9XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5hbGxPZikgJiYgc2NoZW1hLmFsbE9mLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBiYXNlID0gd2l0aG91dEtleXMoc2NoZW1hLCBbJ2FsbE9mJ10pO1xuICAgIGNvbnN0IHBhcnRzID0gW2Jhc2UsIC4uLnNjaGVtYS5hbGxPZl1cbiAgICAgIC5maWx0ZXIoKHBhcnQpID0+ICFpc0VtcHR5QW5ub3RhdGlvbihwYXJ0KSlcbiAgICAgIC5tYXAoKHBhcnQpID0+IG1lbWJlcnMocGFydCwgaW5kZW50LCBpbmxpbmUpKVxuICAgICAgLm1hcCgodW5pb24pID0+ICh1bmlvbi5sZW5ndGggPiAxID8gYCgke3VuaW9uLmpvaW4oJyB8ICcpfSlgIDogdW5pb25bMF0hKSk7XG4gICAgY29uc3QgdW5pcXVlID0gWy4uLm5ldyBTZXQocGFydHMpXS5maWx0ZXIoKHBhcnQpID0+IHBhcnQgIT09ICd1bmtub3duJyk7XG4gICAgcmV0dXJuIFt1bmlxdWUubGVuZ3RoID09PSAwID8gJ3Vua25vd24nIDogdW5pcXVlLmpvaW4oJyAmICcpXTtcbiAgfVxuICBjb25zdCB0eXBlID0gc2NoZW1hLnR5cGU7XG4gIGNvbnN0IHR5cGVzID0gQXJyYXkuaXNBcnJheSh0eXBlKSA/IHR5cGUgOiB0eXBlID09PSB1bmRlZmluZWQgPyBpbmZlclR5cGVzKHNjaGVtYSkgOiBbdHlwZV07XG4gIGlmICh0eXBlcy5sZW5ndGggPT09IDApIHJldHVybiBbJ3Vua25vd24nXTtcbiAgY29uc3Qgb3V0ID0gdHlwZXMubWFwKCh0KSA9PiB0eXBlZChTdHJpbmcodCksIHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpKTtcbiAgaWYgKHNjaGVtYS5udWxsYWJsZSA9PT0gdHJ1ZSkgb3V0LnB1c2goJ251bGwnKTtcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gaW5mZXJUeXBlcyhzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogc3RyaW5nW10ge1xuICBpZiAoc2NoZW1hLnByb3BlcnRpZXMgIT09IHVuZGVmaW5lZCB8fCBzY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXMgIT09IHVuZGVmaW5lZCkgcmV0dXJuIFsnb2JqZWN0J107XG4gIGlmIChzY2hlbWEuaXRlbXMgIT09IHVuZGVmaW5lZCB8fCBzY2hlbWEucHJlZml4SXRlbXMgIT09IHVuZGVmaW5lZCkgcmV0dXJuIFsnYXJyYXknXTtcbiAgcmV0dXJuIFtdO1xufVxuXG5mdW5jdGlvbiB0eXBlZCh0eXBlOiBzdHJpbmcsIHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmcge1xuICBzd2l0Y2ggKHR5cGUpIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgY2FzZSAnbnVsbCc6XG4gICAgICByZXR1cm4gdHlwZTtcbiAgICBjYXNlICdpbnRlZ2VyJzpcbiAgICAgIC8vIE1lc3NhZ2VzIHNheSB3aGF0IEpTT04gU2NoZW1hIHNheXM7IFR5cGVTY3JpcHQgaGFzIG5vIGludGVnZXIgdHlwZS5cbiAgICAgIHJldHVybiBpbmxpbmUgPyAnaW50ZWdlcicgOiAnbnVtYmVyJztcbiAgICBjYXNlICdhcnJheSc6XG4gICAgICByZXR1cm4gYXJyYXlUeXBlKHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpO1xuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gb2JqZWN0VHlwZShzY2hlbWEsIGluZGVudCwgaW5saW5lKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuICd1bmtub3duJztcbiAgfVxufVxuXG5mdW5jdGlvbiBhcnJheVR5cGUoc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZyB7XG4gIGNvbnN0IHR1cGxlID0gQXJyYXkuaXNBcnJheShzY2hlbWEucHJlZml4SXRlbXMpXG4gICAgPyBzY2hlbWEucHJlZml4SXRlbXNcbiAgICA6IEFycmF5LmlzQXJyYXkoc2NoZW1hLml0ZW1zKVxuICAgICAgPyBzY2hlbWEuaXRlbXNcbiAgICAgIDogdW5kZWZpbmVkO1xuICBpZiAodHVwbGUgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGBbJHt0dXBsZS5tYXAoKGl0ZW0pID0+IHJlbmRlcihpdGVtLCBpbmRlbnQsIGlubGluZSkpLmpvaW4oJywgJyl9XWA7XG4gIHJldHVybiBgQXJyYXk8JHtzY2hlbWEuaXRlbXMgPT09IHVuZGVmaW5lZCA/ICd1bmtub3duJyA6IHJlbmRlcihzY2hlbWEuaXRlbXMsIGluZGVudCwgaW5saW5lKX0+YDtcbn1cblxuZnVuY3Rpb24gb2JqZWN0VHlwZShzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nIHtcbiAgY29uc3QgcHJvcGVydGllcyA9IGlzUGxhaW5SZWNvcmQoc2NoZW1hLnByb3BlcnRpZXMpID8gc2NoZW1hLnByb3BlcnRpZXMgOiB7fTtcbiAgY29uc3QgcmVxdWlyZWQgPSBuZXcgU2V0KEFycmF5LmlzQXJyYXkoc2NoZW1hLnJlcXVpcmVkKSA/IHNjaGVtYS5yZXF1aXJlZCA6IFtdKTtcbiAgY29uc3QgbmFtZXMgPSBPYmplY3Qua2V5cyhwcm9wZXJ0aWVzKTtcbiAgY29uc3QgZXh0cmEgPSBzY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIGNvbnN0IGlubmVyID0gaW5kZW50ICsgSU5ERU5UO1xuICBjb25zdCBsaW5lczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgbWVtYmVyVHlwZXM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykge1xuICAgIGNvbnN0IG9wdGlvbmFsID0gIXJlcXVpcmVkLmhhcyhuYW1lKTtcbiAgICBjb25zdCB0ZXh0ID0gcmVuZGVyKHByb3BlcnRpZXNbbmFtZV0sIGlubmVyLCBpbmxpbmUpO1xuICAgIG1lbWJlclR5cGVzLnB1c2goLi4ubWVtYmVycyhwcm9wZXJ0aWVzW25hbWVdLCBpbm5lciwgaW5saW5lKSk7XG4gICAgaWYgKG9wdGlvbmFsKSBtZW1iZXJUeXBlcy5wdXNoKCd1bmRlZmluZWQnKTtcbiAgICBjb25zdCBwcm9wZXJ0eSA9IHByb3BlcnRpZXNbbmFtZV07XG4gICAgY29uc3QgZGVzY3JpcHRpb24gPVxuICAgICAgaXNQbGFpblJlY29yZChwcm9wZXJ0eSkgJiYgdHlwZW9mIHByb3BlcnR5LmRlc2NyaXB0aW9uID09PSAnc3RyaW5nJyA/IHByb3BlcnR5LmRlc2NyaXB0aW9uIDogdW5kZWZpbmVkO1xuICAgIGNvbnN0IGRvYyA9IGlubGluZSB8fCBkZXNjcmlwdGlvbiA9PT0gdW5kZWZpbmVkID8gJycgOiBkb2NDb21tZW50KGRlc2NyaXB0aW9uLCBpbm5lcik7XG4gICAgbGluZXMucHVzaChgJHtkb2N9JHtwcm9wZXJ0eUtleShuYW1lKX0ke29wdGlvbmFsID8gJz8nIDogJyd9OiAke3RleHR9O2ApO1xuICB9XG4gIGxldCBpbmRleFR5cGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgaWYgKGV4dHJhICE9PSB1bmRlZmluZWQgJiYgZXh0cmEgIT09IGZhbHNlICYmICEobmFtZXMubGVuZ3RoID09PSAwICYmIGV4dHJhID09PSB0cnVlKSkge1xuICAgIGluZGV4VHlwZSA9IHJlbmRlcihleHRyYSwgaW5uZXIsIGlubGluZSk7XG4gICAgLy8gRXZlcnkgZGVjbGFyZWQgcHJvcGVydHkgbXVzdCBmaXQgdGhlIGluZGV4IHNpZ25hdHVyZS5cbiAgICBpZiAoaW5kZXhUeXBlICE9PSAndW5rbm93bicgJiYgbmFtZXMubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgYWxsID0gbmV3IFNldChbaW5kZXhUeXBlLCAuLi5tZW1iZXJUeXBlc10pO1xuICAgICAgaW5kZXhUeXBlID0gYWxsLmhhcygndW5rbm93bicpID8gJ3Vua25vd24nIDogWy4uLmFsbF0uam9pbignIHwgJyk7XG4gICAgfVxuICB9XG4gIGlmIChuYW1lcy5sZW5ndGggPT09IDApIHtcbiAgICBpZiAoZXh0cmEgPT09IGZhbHNlKSByZXR1cm4gJ1JlY29yZDxzdHJpbmcsIG5ldmVyPic7XG4gICAgaWYgKGV4dHJhID09PSB1bmRlZmluZWQgfHwgZXh0cmEgPT09IHRydWUpIHJldHVybiAnUmVjb3JkPHN0cmluZywgdW5rbm93bj4nO1xuICAgIHJldHVybiBgUmVjb3JkPHN0cmluZywgJHtyZW5kZXIoZXh0cmEsIGluZGVudCwgaW5saW5lKX0+YDtcbiAgfVxuICBpZiAoaW5kZXhUeXBlICE9PSB1bmRlZmluZWQpIGxpbmVzLnB1c2goYFtrZXk6IHN0cmluZ106ICR7aW5kZXhUeXBlfTtgKTtcbiAgaWYgKGlubGluZSkgcmV0dXJuIGB7ICR7bGluZXMuam9pbignICcpfSB9YDtcbiAgcmV0dXJuIGB7XFxuJHtsaW5lcy5tYXAoKGxpbmUpID0+IGAke2lubmVyfSR7bGluZX1gKS5qb2luKCdcXG4nKX1cXG4ke2luZGVudH19YDtcbn1cblxuZnVuY3Rpb24gZG9jQ29tbWVudChkZXNjcmlwdGlvbjogc3RyaW5nLCBpbmRlbnQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gZGVzY3JpcHRpb24ucmVwbGFjZSgvXFwqXFwvL2csICcqXFxcXC8nKS5zcGxpdCgvXFxyP1xcbi8pO1xuICBpZiAobGluZXMubGVuZ3RoID09PSAxKSByZXR1cm4gYC8qKiAke2xpbmVzWzBdfSAqL1xcbiR7aW5kZW50fWA7XG4gIHJldHVybiBgLyoqXFxuJHtsaW5lcy5tYXAoKGxpbmUpID0+IGAke2luZGVudH0gKiR7bGluZSA9PT0gJycgPyAnJyA6IGAgJHtsaW5lfWB9YCkuam9pbignXFxuJyl9XFxuJHtpbmRlbnR9ICovXFxuJHtpbmRlbnR9YDtcbn1cblxuZnVuY3Rpb24gcHJvcGVydHlLZXkobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIElERU5USUZJRVIudGVzdChuYW1lKSA/IG5hbWUgOiBKU09OLnN0cmluZ2lmeShuYW1lKTtcbn1cblxuZnVuY3Rpb24gbGl0ZXJhbCh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdib29sZWFuJylcbiAgICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodmFsdWUpO1xuICByZXR1cm4gJ3Vua25vd24nO1xufVxuXG5mdW5jdGlvbiBhc1JlY29yZCh2YWx1ZTogdW5rbm93bik6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgcmV0dXJuIGlzUGxhaW5SZWNvcmQodmFsdWUpID8gdmFsdWUgOiB7fTtcbn1cblxuZnVuY3Rpb24gd2l0aG91dEtleXMoc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwga2V5czogcmVhZG9ubHkgc3RyaW5nW10pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMoc2NoZW1hKSkgaWYgKCFrZXlzLmluY2x1ZGVzKGtleSkpIG91dFtrZXldID0gdmFsdWU7XG4gIHJldHVybiBvdXQ7XG59XG5cbmNvbnN0IEFOTk9UQVRJT05TID0gbmV3IFNldChbXG4gICdkZXNjcmlwdGlvbicsXG4gICd0aXRsZScsXG4gICdkZWZhdWx0JyxcbiAgJ2V4YW1wbGVzJyxcbiAgJyRzY2hlbWEnLFxuICAnJGlkJyxcbiAgJyRjb21tZW50JyxcbiAgJyRkZWZzJyxcbiAgJ2RlZmluaXRpb25zJyxcbl0pO1xuXG5mdW5jdGlvbiBpc0VtcHR5QW5ub3RhdGlvbihzY2hlbWE6IHVua25vd24pOiBib29sZWFuIHtcbiAgcmV0dXJuIGlzUGxhaW5SZWNvcmQoc2NoZW1hKSAmJiBPYmplY3Qua2V5cyhzY2hlbWEpLmV2ZXJ5KChrZXkpID0+IEFOTk9UQVRJT05TLmhhcyhrZXkpKTtcbn1cbiIsICIvKipcbiAqIHpvZCBpc3N1ZXMgXHUyMTkyIHtAbGluayBQcm9tcHRJbnB1dElzc3VlfXMgaW4gcGxhaW4gd29yZHM6IGBtaXNzaW5nIHJlcXVpcmVkIHZhcmlhYmxlIFwiY3VzdG9tZXJcIiAoc3RyaW5nKWAsXG4gKiBgZXhwZWN0ZWQgb25lIG9mIFwiZm9ybWFsXCIsIFwiZnJpZW5kbHlcIiwgZ290IHN0cmluZyBcInJ1ZGVcImAsIGB1bmtub3duIHZhcmlhYmxlIFwiY3VzdG1lclwiOyBkaWQgeW91IG1lYW4gXCJjdXN0b21lclwiP2AuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgdHlwZSB7IFByb21wdElucHV0SXNzdWUgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgY2xvc2VzdE1hdGNoLCBkZXNjcmliZVZhbHVlIH0gZnJvbSAnLi9zdWdnZXN0LmpzJztcbmltcG9ydCB0eXBlIHsgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuaW1wb3J0IHsgaW5saW5lVHlwZVRleHQgfSBmcm9tICcuL3R5cGVzY3JpcHQuanMnO1xuXG50eXBlIFBhdGggPSBSZWFkb25seUFycmF5PHN0cmluZyB8IG51bWJlcj47XG5cbi8qKlxuICogVHJhbnNsYXRlIHRoZSBpc3N1ZXMgb2YgYSBmYWlsZWQgem9kIHBhcnNlIG9mIGBpbnB1dGAgYWdhaW5zdCB0aGUgem9kIGZvcm0gb2YgYHNjaGVtYWAuXG4gKiBPcmRlciBpcyBrZXB0ICh6b2QgcmVwb3J0cyBpbiBzY2hlbWEgb3JkZXIsIHVua25vd24ga2V5cyBvZiBhbiBvYmplY3QgYWZ0ZXIgaXRzIGRlY2xhcmVkIG9uZXMpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gem9kSXNzdWVzVG9JbnB1dElzc3VlcyhcbiAgaXNzdWVzOiByZWFkb25seSB6LmNvcmUuJFpvZElzc3VlW10sXG4gIGlucHV0OiB1bmtub3duLFxuICBzY2hlbWE6IEpzb25TY2hlbWEsXG4pOiBQcm9tcHRJbnB1dElzc3VlW10ge1xuICBjb25zdCBvdXQ6IFByb21wdElucHV0SXNzdWVbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGlzc3VlIG9mIGlzc3Vlcykge1xuICAgIGNvbnN0IHBhdGg6IFBhdGggPSBpc3N1ZS5wYXRoLm1hcCgoc2VnbWVudCkgPT4gKHR5cGVvZiBzZWdtZW50ID09PSAnc3ltYm9sJyA/IFN0cmluZyhzZWdtZW50KSA6IHNlZ21lbnQpKTtcbiAgICBpZiAoaXNzdWUuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJykge1xuICAgICAgY29uc3QgcGFyZW50ID0gc2NoZW1hQXQoc2NoZW1hLCBwYXRoKTtcbiAgICAgIGNvbnN0IGRlY2xhcmVkID0gcGFyZW50ID09PSB1bmRlZmluZWQgPyBbXSA6IE9iamVjdC5rZXlzKChwYXJlbnQucHJvcGVydGllcyA/PyB7fSkgYXMgb2JqZWN0KTtcbiAgICAgIGZvciAoY29uc3Qga2V5IG9mIGlzc3VlLmtleXMpIG91dC5wdXNoKHVua25vd25LZXlJc3N1ZShbLi4ucGF0aCwga2V5XSwga2V5LCBkZWNsYXJlZCkpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIG91dC5wdXNoKHRyYW5zbGF0ZShpc3N1ZSwgcGF0aCwgdmFsdWVBdChpbnB1dCwgcGF0aCksIHNjaGVtYUF0KHNjaGVtYSwgcGF0aCkpKTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiB1bmtub3duS2V5SXNzdWUocGF0aDogUGF0aCwga2V5OiBzdHJpbmcsIGRlY2xhcmVkOiByZWFkb25seSBzdHJpbmdbXSk6IFByb21wdElucHV0SXNzdWUge1xuICBjb25zdCB3aGF0ID0gcGF0aC5sZW5ndGggPT09IDEgPyAndmFyaWFibGUnIDogJ2ZpZWxkJztcbiAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0TWF0Y2goa2V5LCBkZWNsYXJlZCk7XG4gIGNvbnN0IGhpbnQgPVxuICAgIGd1ZXNzICE9PSB1bmRlZmluZWRcbiAgICAgID8gYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gXG4gICAgICA6IGRlY2xhcmVkLmxlbmd0aCA9PT0gMFxuICAgICAgICA/IGA7IG5vICR7d2hhdH1zIGFyZSBkZWNsYXJlZCBoZXJlYFxuICAgICAgICA6IGAgKGRlY2xhcmVkOiAke2RlY2xhcmVkLmpvaW4oJywgJyl9KWA7XG4gIHJldHVybiB7IHBhdGgsIGNvZGU6ICd1bmtub3duX2tleScsIG1lc3NhZ2U6IGB1bmtub3duICR7d2hhdH0gXCIke2tleX1cIjogaXQgaXMgbm90IGluIHRoZSBpbnB1dCBzY2hlbWEke2hpbnR9YCB9O1xufVxuXG5mdW5jdGlvbiB0cmFuc2xhdGUoaXNzdWU6IHouY29yZS4kWm9kSXNzdWUsIHBhdGg6IFBhdGgsIHZhbHVlOiB1bmtub3duLCBhdDogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCk6IFByb21wdElucHV0SXNzdWUge1xuICBjb25zdCBleHBlY3RlZCA9IGF0ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBpbmxpbmVUeXBlVGV4dChhdCk7XG4gIGNvbnN0IGdvdCA9IGRlc2NyaWJlVmFsdWUodmFsdWUpO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCAmJiBwYXRoLmxlbmd0aCA+IDAgJiYgaXNUeXBlUHJvYmxlbShpc3N1ZSkpIHtcbiAgICBjb25zdCBsYXN0ID0gcGF0aFtwYXRoLmxlbmd0aCAtIDFdITtcbiAgICBjb25zdCB3aGF0ID0gdHlwZW9mIGxhc3QgPT09ICdudW1iZXInID8gJ2l0ZW0nIDogcGF0aC5sZW5ndGggPT09IDEgPyAndmFyaWFibGUnIDogJ2ZpZWxkJztcbiAgICBjb25zdCBuYW1lID0gdHlwZW9mIGxhc3QgPT09ICdudW1iZXInID8gYCR7bGFzdH1gIDogYFwiJHtsYXN0fVwiYDtcbiAgICBjb25zdCB0eXBlID0gZXhwZWN0ZWQgPT09IHVuZGVmaW5lZCB8fCBleHBlY3RlZCA9PT0gJ3Vua25vd24nID8gJycgOiBgICgke2V4cGVjdGVkfSlgO1xuICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdtaXNzaW5nJywgbWVzc2FnZTogYG1pc3NpbmcgcmVxdWlyZWQgJHt3aGF0fSAke25hbWV9JHt0eXBlfWAgfTtcbiAgfVxuICBzd2l0Y2ggKGlzc3VlLmNvZGUpIHtcbiAgICBjYXNlICdpbnZhbGlkX3R5cGUnOiB7XG4gICAgICBpZiAocGF0aC5sZW5ndGggPT09IDApXG4gICAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgZXhwZWN0ZWQgYW4gb2JqZWN0IG9mIHZhcmlhYmxlcywgZ290ICR7Z290fWAgfTtcbiAgICAgIGNvbnN0IHdhbnRlZCA9IGV4cGVjdGVkID8/IChpc3N1ZS5leHBlY3RlZCA9PT0gJ2ludCcgPyAnaW50ZWdlcicgOiBpc3N1ZS5leHBlY3RlZCk7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF90eXBlJywgbWVzc2FnZTogYGV4cGVjdGVkICR7d2FudGVkfSwgZ290ICR7Z290fWAgfTtcbiAgICB9XG4gICAgY2FzZSAnaW52YWxpZF92YWx1ZSc6IHtcbiAgICAgIGNvbnN0IHZhbHVlcyA9IGlzc3VlLnZhbHVlcy5tYXAoKHYpID0+ICh0eXBlb2YgdiA9PT0gJ3N0cmluZycgPyBKU09OLnN0cmluZ2lmeSh2KSA6IFN0cmluZyh2KSkpO1xuICAgICAgY29uc3Qgd2FudGVkID0gdmFsdWVzLmxlbmd0aCA9PT0gMSA/IHZhbHVlc1swXSA6IGBvbmUgb2YgJHt2YWx1ZXMuam9pbignLCAnKX1gO1xuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWRfdmFsdWUnLCBtZXNzYWdlOiBgZXhwZWN0ZWQgJHt3YW50ZWR9LCBnb3QgJHtnb3R9YCB9O1xuICAgIH1cbiAgICBjYXNlICd0b29fc21hbGwnOlxuICAgIGNhc2UgJ3Rvb19iaWcnOlxuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogaXNzdWUuY29kZSwgbWVzc2FnZTogYCR7c2l6ZVJ1bGUoaXNzdWUpfSwgZ290ICR7c2l6ZU9mKGlzc3VlLm9yaWdpbiwgdmFsdWUsIGdvdCl9YCB9O1xuICAgIGNhc2UgJ2ludmFsaWRfZm9ybWF0Jzoge1xuICAgICAgY29uc3QgcGF0dGVybiA9ICdwYXR0ZXJuJyBpbiBpc3N1ZSAmJiB0eXBlb2YgaXNzdWUucGF0dGVybiA9PT0gJ3N0cmluZycgPyBpc3N1ZS5wYXR0ZXJuIDogdW5kZWZpbmVkO1xuICAgICAgY29uc3QgcnVsZSA9IHBhdHRlcm4gPT09IHVuZGVmaW5lZCA/IGBtdXN0IGJlIGEgdmFsaWQgJHtpc3N1ZS5mb3JtYXR9YCA6IGBtdXN0IG1hdGNoIHRoZSBwYXR0ZXJuICR7cGF0dGVybn1gO1xuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWRfZm9ybWF0JywgbWVzc2FnZTogYCR7cnVsZX0sIGdvdCAke2dvdH1gIH07XG4gICAgfVxuICAgIGNhc2UgJ25vdF9tdWx0aXBsZV9vZic6XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnbm90X211bHRpcGxlX29mJywgbWVzc2FnZTogYG11c3QgYmUgYSBtdWx0aXBsZSBvZiAke1N0cmluZyhpc3N1ZS5kaXZpc29yKX0sIGdvdCAke2dvdH1gIH07XG4gICAgY2FzZSAnaW52YWxpZF91bmlvbic6IHtcbiAgICAgIGlmIChpc3N1ZS5lcnJvcnMubGVuZ3RoID09PSAwKSB7XG4gICAgICAgIHJldHVybiB7XG4gICAgICAgICAgcGF0aCxcbiAgICAgICAgICBjb2RlOiAnaW52YWxpZF91bmlvbicsXG4gICAgICAgICAgbWVzc2FnZTogYG1hdGNoZXMgbW9yZSB0aGFuIG9uZSBvZiB0aGUgXCJvbmVPZlwiIGFsdGVybmF0aXZlcywgZ290ICR7Z290fTsgaXQgbXVzdCBtYXRjaCBleGFjdGx5IG9uZWAsXG4gICAgICAgIH07XG4gICAgICB9XG4gICAgICBjb25zdCB3YW50ZWQgPSBleHBlY3RlZCA9PT0gdW5kZWZpbmVkID8gJ2EgdmFsdWUgb2Ygb25lIG9mIHRoZSBhbGxvd2VkIHR5cGVzJyA6IGV4cGVjdGVkO1xuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWRfdW5pb24nLCBtZXNzYWdlOiBgZXhwZWN0ZWQgJHt3YW50ZWR9LCBnb3QgJHtnb3R9YCB9O1xuICAgIH1cbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWQnLCBtZXNzYWdlOiBpc3N1ZS5tZXNzYWdlIH07XG4gIH1cbn1cblxuZnVuY3Rpb24gaXNUeXBlUHJvYmxlbShpc3N1ZTogei5jb3JlLiRab2RJc3N1ZSk6IGJvb2xlYW4ge1xuICByZXR1cm4gaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdHlwZScgfHwgaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdmFsdWUnIHx8IGlzc3VlLmNvZGUgPT09ICdpbnZhbGlkX3VuaW9uJztcbn1cblxuZnVuY3Rpb24gc2l6ZVJ1bGUoaXNzdWU6IHouY29yZS4kWm9kSXNzdWVUb29TbWFsbCB8IHouY29yZS4kWm9kSXNzdWVUb29CaWcpOiBzdHJpbmcge1xuICBjb25zdCBzbWFsbCA9IGlzc3VlLmNvZGUgPT09ICd0b29fc21hbGwnO1xuICBjb25zdCBsaW1pdCA9IHNtYWxsID8gKGlzc3VlIGFzIHouY29yZS4kWm9kSXNzdWVUb29TbWFsbCkubWluaW11bSA6IChpc3N1ZSBhcyB6LmNvcmUuJFpvZElzc3VlVG9vQmlnKS5tYXhpbXVtO1xuICBjb25zdCBib3VuZCA9IFN0cmluZyhsaW1pdCk7XG4gIGNvbnN0IGluY2x1c2l2ZSA9IGlzc3VlLmluY2x1c2l2ZSAhPT0gZmFsc2U7XG4gIHN3aXRjaCAoaXNzdWUub3JpZ2luKSB7XG4gICAgY2FzZSAnc3RyaW5nJzpcbiAgICAgIHJldHVybiBgbXVzdCBiZSAke3NtYWxsID8gJ2F0IGxlYXN0JyA6ICdhdCBtb3N0J30gJHtib3VuZH0gY2hhcmFjdGVycyBsb25nYDtcbiAgICBjYXNlICdhcnJheSc6XG4gICAgICByZXR1cm4gYG11c3QgaGF2ZSAke3NtYWxsID8gJ2F0IGxlYXN0JyA6ICdhdCBtb3N0J30gJHtib3VuZH0gaXRlbXNgO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gYG11c3QgYmUgJHtzbWFsbCA/IChpbmNsdXNpdmUgPyAnPj0nIDogJz4nKSA6IGluY2x1c2l2ZSA/ICc8PScgOiAnPCd9ICR7Ym91bmR9YDtcbiAgfVxufVxuXG5mdW5jdGlvbiBzaXplT2Yob3JpZ2luOiBzdHJpbmcsIHZhbHVlOiB1bmtub3duLCBnb3Q6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmIChvcmlnaW4gPT09ICdzdHJpbmcnICYmIHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiBgJHt2YWx1ZS5sZW5ndGh9IGNoYXJhY3RlcnNgO1xuICBpZiAob3JpZ2luID09PSAnYXJyYXknICYmIEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gYCR7dmFsdWUubGVuZ3RofSBpdGVtc2A7XG4gIHJldHVybiBnb3Q7XG59XG5cbi8qKiBUaGUgaW5wdXQgdmFsdWUgYXQgYHBhdGhgLCByZWFkaW5nIG93biBwcm9wZXJ0aWVzIG9ubHkuICovXG5mdW5jdGlvbiB2YWx1ZUF0KGlucHV0OiB1bmtub3duLCBwYXRoOiBQYXRoKTogdW5rbm93biB7XG4gIGxldCB2YWx1ZSA9IGlucHV0O1xuICBmb3IgKGNvbnN0IHNlZ21lbnQgb2YgcGF0aCkge1xuICAgIGlmICh0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnIHx8IHZhbHVlID09PSBudWxsIHx8ICFPYmplY3QuaGFzT3duKHZhbHVlLCBzZWdtZW50KSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB2YWx1ZSA9ICh2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nIHwgbnVtYmVyLCB1bmtub3duPilbc2VnbWVudF07XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKiogVGhlIChub3JtYWxpemVkKSBzdWItc2NoZW1hIGF0IGBwYXRoYCwgd2hlbiB0aGUgcGF0aCBsZWFkcyB0aHJvdWdoIHBsYWluIG9iamVjdHMgYW5kIGFycmF5cy4gKi9cbmZ1bmN0aW9uIHNjaGVtYUF0KHNjaGVtYTogSnNvblNjaGVtYSwgcGF0aDogUGF0aCk6IEpzb25TY2hlbWEgfCB1bmRlZmluZWQge1xuICBsZXQgbm9kZTogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCA9IHNjaGVtYTtcbiAgZm9yIChjb25zdCBzZWdtZW50IG9mIHBhdGgpIHtcbiAgICBpZiAobm9kZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmICh0eXBlb2Ygc2VnbWVudCA9PT0gJ251bWJlcicpIHtcbiAgICAgIG5vZGUgPSBub2RlLml0ZW1zIGFzIEpzb25TY2hlbWEgfCB1bmRlZmluZWQ7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgcHJvcGVydGllcyA9IG5vZGUucHJvcGVydGllcyBhcyBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPiB8IHVuZGVmaW5lZDtcbiAgICBpZiAocHJvcGVydGllcyAhPT0gdW5kZWZpbmVkICYmIE9iamVjdC5oYXNPd24ocHJvcGVydGllcywgc2VnbWVudCkpIG5vZGUgPSBwcm9wZXJ0aWVzW3NlZ21lbnRdO1xuICAgIGVsc2UgaWYgKHR5cGVvZiBub2RlLmFkZGl0aW9uYWxQcm9wZXJ0aWVzID09PSAnb2JqZWN0Jykgbm9kZSA9IG5vZGUuYWRkaXRpb25hbFByb3BlcnRpZXMgYXMgSnNvblNjaGVtYTtcbiAgICBlbHNlIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgcmV0dXJuIG5vZGU7XG59XG4iLCAiLyoqXG4gKiBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9ycyAoem9kLCB2YWxpYm90LCBhcmt0eXBlLCBcdTIwMjYgXHUyMDE0IGh0dHBzOi8vc3RhbmRhcmRzY2hlbWEuZGV2KSBhcyBpbnB1dCBzY2hlbWFzLlxuICogQG1vZHVsZVxuICovXG5cbmltcG9ydCB0eXBlICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiwgdHlwZSBQcm9tcHRJbnB1dElzc3VlIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHpvZElzc3Vlc1RvSW5wdXRJc3N1ZXMgfSBmcm9tICcuL2lzc3Vlcy5qcyc7XG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB0eXBlIHsgSW5wdXRTY2hlbWEsIElucHV0VmFsaWRhdGlvblJlc3VsdCwgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuaW1wb3J0IHsganNvblNjaGVtYVRvVHlwZVNjcmlwdCB9IGZyb20gJy4vdHlwZXNjcmlwdC5qcyc7XG5cbi8qKiBUaGUgcGFydCBvZiB0aGUgU3RhbmRhcmQgU2NoZW1hIHYxIGludGVyZmFjZSB0aGF0IHByb21wdG9wcyB1c2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTdGFuZGFyZFNjaGVtYUxpa2Uge1xuICByZWFkb25seSAnfnN0YW5kYXJkJzoge1xuICAgIHJlYWRvbmx5IHZlcnNpb246IG51bWJlcjtcbiAgICByZWFkb25seSB2ZW5kb3I6IHN0cmluZztcbiAgICByZWFkb25seSB2YWxpZGF0ZTogKHZhbHVlOiB1bmtub3duKSA9PiBTdGFuZGFyZFJlc3VsdCB8IFByb21pc2VMaWtlPFN0YW5kYXJkUmVzdWx0PjtcbiAgICByZWFkb25seSBqc29uU2NoZW1hPzogeyByZWFkb25seSBpbnB1dD86IChvcHRpb25zOiB7IHRhcmdldDogc3RyaW5nIH0pID0+IFJlY29yZDxzdHJpbmcsIHVua25vd24+IH07XG4gIH07XG59XG5cbnR5cGUgU3RhbmRhcmRSZXN1bHQgPVxuICB8IHsgcmVhZG9ubHkgdmFsdWU6IHVua25vd247IHJlYWRvbmx5IGlzc3Vlcz86IHVuZGVmaW5lZCB9XG4gIHwgeyByZWFkb25seSBpc3N1ZXM6IFJlYWRvbmx5QXJyYXk8U3RhbmRhcmRJc3N1ZT4gfTtcblxuLyoqIFRydWUgd2hlbiBgdmFsdWVgIGlzIGEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvciAoaGFzIGAnfnN0YW5kYXJkJ2Agd2l0aCBhIGB2YWxpZGF0ZWAgZnVuY3Rpb24pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzU3RhbmRhcmRTY2hlbWEodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBTdGFuZGFyZFNjaGVtYUxpa2Uge1xuICBpZiAoKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcgJiYgdHlwZW9mIHZhbHVlICE9PSAnZnVuY3Rpb24nKSB8fCB2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBzdGFuZGFyZCA9ICh2YWx1ZSBhcyB7ICd+c3RhbmRhcmQnPzogdW5rbm93biB9KVsnfnN0YW5kYXJkJ107XG4gIHJldHVybiBpc1BsYWluUmVjb3JkT3JPYmplY3Qoc3RhbmRhcmQpICYmIHR5cGVvZiAoc3RhbmRhcmQgYXMgeyB2YWxpZGF0ZT86IHVua25vd24gfSkudmFsaWRhdGUgPT09ICdmdW5jdGlvbic7XG59XG5cbmZ1bmN0aW9uIGlzUGxhaW5SZWNvcmRPck9iamVjdCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIG9iamVjdCB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsO1xufVxuXG4vKipcbiAqIFRoZSBKU09OIFNjaGVtYSBvZiBhIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IncyBpbnB1dCwgd2hlbiBpdCBjYW4gc2F5OiB0aHJvdWdoIHRoZSBTdGFuZGFyZFxuICogSlNPTiBTY2hlbWEgaW50ZXJmYWNlIChgJ35zdGFuZGFyZCcuanNvblNjaGVtYS5pbnB1dGAsIHpvZCA0IGNsYXNzaWMsIGFya3R5cGVcdTIwMjYpLCBhXG4gKiBgdG9KU09OU2NoZW1hKClgIG1ldGhvZCwgb3IsIGZvciB6b2QvbWluaSBvYmplY3RzLCB0aGUga2V5cyBvZiB0aGVpciBzaGFwZSAoZWFjaCB0eXBlZCBge31gKS5cbiAqIGB1bmRlZmluZWRgIHdoZW4gbm9uZSB3b3Jrcy4gTmV2ZXIgdGhyb3dzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhbmRhcmRTY2hlbWFUb0pzb25TY2hlbWEoc2NoZW1hOiBTdGFuZGFyZFNjaGVtYUxpa2UpOiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgYXR0ZW1wdHM6IEFycmF5PCgpID0+IHVua25vd24+ID0gW1xuICAgICgpID0+IHNjaGVtYVsnfnN0YW5kYXJkJ10uanNvblNjaGVtYT8uaW5wdXQ/Lih7IHRhcmdldDogJ2RyYWZ0LTIwMjAtMTInIH0pLFxuICAgICgpID0+IHtcbiAgICAgIGNvbnN0IG1ldGhvZCA9IChzY2hlbWEgYXMgeyB0b0pTT05TY2hlbWE/OiB1bmtub3duIH0pLnRvSlNPTlNjaGVtYTtcbiAgICAgIHJldHVybiB0eXBlb2YgbWV0aG9kID09PSAnZnVuY3Rpb24nID8gbWV0aG9kLmNhbGwoc2NoZW1hKSA6IHVuZGVmaW5lZDtcbiAgICB9LFxuICAgICgpID0+IHNoYXBlSnNvblNjaGVtYShzY2hlbWEpLFxuICBdO1xuICBmb3IgKGNvbnN0IGF0dGVtcHQgb2YgYXR0ZW1wdHMpIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVzdWx0ID0gYXR0ZW1wdCgpO1xuICAgICAgaWYgKGlzUGxhaW5SZWNvcmQocmVzdWx0KSkgcmV0dXJuIHJlc3VsdDtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIENvbnZlcnNpb24gaXMgb3B0aW9uYWw6IHRyeSB0aGUgbmV4dCB3YXkuXG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiB6b2Qgb2JqZWN0cyBleHBvc2UgYC5zaGFwZWA7IG9wdGlvbmFsIG1lbWJlcnMgc2F5IHNvIGluIGBfem9kLm9wdGluYC4gKi9cbmZ1bmN0aW9uIHNoYXBlSnNvblNjaGVtYShzY2hlbWE6IFN0YW5kYXJkU2NoZW1hTGlrZSk6IEpzb25TY2hlbWEgfCB1bmRlZmluZWQge1xuICBjb25zdCBzaGFwZSA9IChzY2hlbWEgYXMgeyBzaGFwZT86IHVua25vd24gfSkuc2hhcGU7XG4gIGlmICghaXNQbGFpblJlY29yZChzaGFwZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHByb3BlcnRpZXM6IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+ID0ge307XG4gIGNvbnN0IHJlcXVpcmVkOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtrZXksIG1lbWJlcl0gb2YgT2JqZWN0LmVudHJpZXMoc2hhcGUpKSB7XG4gICAgcHJvcGVydGllc1trZXldID0ge307XG4gICAgY29uc3Qgb3B0aW4gPSAobWVtYmVyIGFzIHsgX3pvZD86IHsgb3B0aW4/OiB1bmtub3duIH0gfSB8IHVuZGVmaW5lZCk/Ll96b2Q/Lm9wdGluO1xuICAgIGlmIChvcHRpbiAhPT0gJ29wdGlvbmFsJykgcmVxdWlyZWQucHVzaChrZXkpO1xuICB9XG4gIHJldHVybiB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzLCByZXF1aXJlZCB9O1xufVxuXG4vKipcbiAqIFdyYXAgYSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIGFzIGFuIHtAbGluayBJbnB1dFNjaGVtYX0uIFZhbGlkYXRpb24gbXVzdCBiZSBzeW5jaHJvbm91c1xuICogKHByb21wdG9wcyByZW5kZXJzIHN5bmNocm9ub3VzbHkpOiBhIHZhbGlkYXRvciB0aGF0IGFuc3dlcnMgd2l0aCBhIHByb21pc2UgaXMgYVxuICoge0BsaW5rIFByb21wdEZvcm1hdEVycm9yfSwgZm91bmQgd2hlbiB0aGUgc2NoZW1hIGlzIGNvbXBpbGVkIChvbmUgcHJvYmUgd2l0aCBge31gKSBvciwgYXQgdGhlXG4gKiBsYXRlc3QsIG9uIHRoZSBmaXJzdCByZW5kZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlU3RhbmRhcmRTY2hlbWEoc2NoZW1hOiBTdGFuZGFyZFNjaGVtYUxpa2UsIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9KTogSW5wdXRTY2hlbWEge1xuICBjb25zdCBzdGFuZGFyZCA9IHNjaGVtYVsnfnN0YW5kYXJkJ107XG4gIGNvbnN0IGFzeW5jRXJyb3IgPSAoKSA9PlxuICAgIG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGB0aGUgaW5wdXQgc2NoZW1hICgke3N0YW5kYXJkLnZlbmRvcn0pIHZhbGlkYXRlcyBhc3luY2hyb25vdXNseSwgYnV0IHByb21wdHMgcmVuZGVyIHN5bmNocm9ub3VzbHk6IGAgK1xuICAgICAgICAncmVtb3ZlIGFzeW5jIHJlZmluZW1lbnRzIG9yIHRyYW5zZm9ybXMgZnJvbSBpdCcsXG4gICAgICB7IC4uLmxvY2F0aW9uLCBmaWVsZDogbG9jYXRpb24uZmllbGQgPz8gJ2lucHV0LnNjaGVtYScgfSxcbiAgICApO1xuICBjb25zdCBwcm9iZSA9IHN0YW5kYXJkLnZhbGlkYXRlKHt9KTtcbiAgaWYgKGlzVGhlbmFibGUocHJvYmUpKSB7XG4gICAgUHJvbWlzZS5yZXNvbHZlKHByb2JlKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgIHRocm93IGFzeW5jRXJyb3IoKTtcbiAgfVxuXG4gIGNvbnN0IGRlcml2ZWQgPSBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYShzY2hlbWEpO1xuICBjb25zdCBqc29uU2NoZW1hOiBKc29uU2NoZW1hID0gZGVyaXZlZCA/PyB7IHR5cGU6ICdvYmplY3QnIH07XG4gIGNvbnN0IHByb3BlcnR5TWFwID0gaXNQbGFpblJlY29yZChqc29uU2NoZW1hLnByb3BlcnRpZXMpID8ganNvblNjaGVtYS5wcm9wZXJ0aWVzIDoge307XG4gIGNvbnN0IHByb3BlcnRpZXMgPSBPYmplY3Qua2V5cyhwcm9wZXJ0eU1hcCk7XG4gIGNvbnN0IHJlcXVpcmVkID0gQXJyYXkuaXNBcnJheShqc29uU2NoZW1hLnJlcXVpcmVkKVxuICAgID8ganNvblNjaGVtYS5yZXF1aXJlZC5maWx0ZXIoKG5hbWUpOiBuYW1lIGlzIHN0cmluZyA9PiB0eXBlb2YgbmFtZSA9PT0gJ3N0cmluZycpXG4gICAgOiBbXTtcbiAgbGV0IHR5cGVUZXh0OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3QgY29tcGlsZWQ6IElucHV0U2NoZW1hID0ge1xuICAgIGpzb25TY2hlbWEsXG4gICAgcHJvcGVydGllcyxcbiAgICByZXF1aXJlZCxcbiAgICB2YWxpZGF0ZSh2YWx1ZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBJbnB1dFZhbGlkYXRpb25SZXN1bHQge1xuICAgICAgY29uc3QgcmVzdWx0ID0gc3RhbmRhcmQudmFsaWRhdGUodmFsdWUpO1xuICAgICAgaWYgKGlzVGhlbmFibGUocmVzdWx0KSkge1xuICAgICAgICBQcm9taXNlLnJlc29sdmUocmVzdWx0KS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgICAgICB0aHJvdyBhc3luY0Vycm9yKCk7XG4gICAgICB9XG4gICAgICBpZiAocmVzdWx0Lmlzc3VlcyA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWU6IHJlc3VsdC52YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9O1xuICAgICAgcmV0dXJuIHsgb2s6IGZhbHNlLCBpc3N1ZXM6IHJlc3VsdC5pc3N1ZXMuZmxhdE1hcCgoaXNzdWUpID0+IHRvSW5wdXRJc3N1ZXMoaXNzdWUsIHZhbHVlKSkgfTtcbiAgICB9LFxuICAgIHRvVHlwZVNjcmlwdCgpOiBzdHJpbmcge1xuICAgICAgdHlwZVRleHQgPz89IGpzb25TY2hlbWFUb1R5cGVTY3JpcHQoanNvblNjaGVtYSk7XG4gICAgICByZXR1cm4gdHlwZVRleHQ7XG4gICAgfSxcbiAgfTtcbiAgcmV0dXJuIGNvbXBpbGVkO1xuXG4gIC8qKiB6b2QvbWluaSBjYXJyaWVzIG5vIG1lc3NhZ2UgdGV4dHMgKFwiSW52YWxpZCBpbnB1dFwiKTogd29yZCB0aG9zZSBpc3N1ZXMgbGlrZSBwcm9tcHRvcHMncyBvd24uICovXG4gIGZ1bmN0aW9uIHRvSW5wdXRJc3N1ZXMoaXNzdWU6IFN0YW5kYXJkSXNzdWUsIHZhbHVlOiB1bmtub3duKTogUHJvbXB0SW5wdXRJc3N1ZVtdIHtcbiAgICBpZiAoc3RhbmRhcmQudmVuZG9yID09PSAnem9kJyAmJiBpc3N1ZS5tZXNzYWdlID09PSAnSW52YWxpZCBpbnB1dCcgJiYgdHlwZW9mIGlzc3VlLmNvZGUgPT09ICdzdHJpbmcnKSB7XG4gICAgICByZXR1cm4gem9kSXNzdWVzVG9JbnB1dElzc3VlcyhbaXNzdWUgYXMgdW5rbm93biBhcyB6LmNvcmUuJFpvZElzc3VlXSwgdmFsdWUsIGpzb25TY2hlbWEpO1xuICAgIH1cbiAgICByZXR1cm4gW3RvSW5wdXRJc3N1ZShpc3N1ZSldO1xuICB9XG59XG5cbnR5cGUgU3RhbmRhcmRJc3N1ZSA9IHtcbiAgcmVhZG9ubHkgbWVzc2FnZTogc3RyaW5nO1xuICByZWFkb25seSBwYXRoPzogUmVhZG9ubHlBcnJheTxQcm9wZXJ0eUtleSB8IHsgcmVhZG9ubHkga2V5OiBQcm9wZXJ0eUtleSB9PiB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgY29kZT86IHVua25vd247XG59O1xuXG5mdW5jdGlvbiB0b0lucHV0SXNzdWUoaXNzdWU6IFN0YW5kYXJkSXNzdWUpOiBQcm9tcHRJbnB1dElzc3VlIHtcbiAgY29uc3QgcGF0aCA9IChpc3N1ZS5wYXRoID8/IFtdKS5tYXAoKHNlZ21lbnQpID0+IHtcbiAgICBjb25zdCBrZXkgPSB0eXBlb2Ygc2VnbWVudCA9PT0gJ29iamVjdCcgJiYgc2VnbWVudCAhPT0gbnVsbCA/IHNlZ21lbnQua2V5IDogc2VnbWVudDtcbiAgICByZXR1cm4gdHlwZW9mIGtleSA9PT0gJ251bWJlcicgPyBrZXkgOiBTdHJpbmcoa2V5KTtcbiAgfSk7XG4gIHJldHVybiB7IHBhdGgsIG1lc3NhZ2U6IGlzc3VlLm1lc3NhZ2UsIGNvZGU6IHR5cGVvZiBpc3N1ZS5jb2RlID09PSAnc3RyaW5nJyA/IGlzc3VlLmNvZGUgOiAnaW52YWxpZCcgfTtcbn1cblxuZnVuY3Rpb24gaXNUaGVuYWJsZSh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFByb21pc2VMaWtlPHVua25vd24+IHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgdHlwZW9mICh2YWx1ZSBhcyB7IHRoZW4/OiB1bmtub3duIH0pLnRoZW4gPT09ICdmdW5jdGlvbic7XG59XG4iLCAiLyoqXG4gKiBOb3JtYWxpemVkIEpTT04gU2NoZW1hIFx1MjE5MiB6b2QvbWluaSBzY2hlbWE6IHRoZSBhdXRob3JpdHkgb24gd2hhdCBpbnB1dCBpcyB2YWxpZC5cbiAqIE9ubHkgYHpvZC9taW5pYCBpcyBpbXBvcnRlZCBoZXJlLCB0byBrZWVwIHRoZSBicm93c2VyIGJ1bmRsZSBzbWFsbC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBjb21waWxlUGF0dGVybiB9IGZyb20gJy4vanNvbi1zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBBIHpvZC9taW5pIHNjaGVtYSBvZiBhbnkgc2hhcGUuICovXG5leHBvcnQgdHlwZSBab2RNaW5pU2NoZW1hID0gei5ab2RNaW5pVHlwZTtcblxuLyoqXG4gKiBCdWlsZCB0aGUgem9kL21pbmkgc2NoZW1hIGZvciBhIHNjaGVtYSBub3JtYWxpemVkIGJ5IGBub3JtYWxpemVKc29uU2NoZW1hYC5cbiAqIE9iamVjdHMgYXJlIHN0cmljdCB3aXRoIGBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2VgLCB0YWtlIGEgY2F0Y2gtYWxsIHdpdGggYSBzY2hlbWEsIGFuZCBhcmVcbiAqIGxvb3NlIG90aGVyd2lzZSAoZXh0cmEga2V5cyBhcmUga2VwdCwgbmV2ZXIgc3RyaXBwZWQ6IHRoZXkgbWF5IGJlIHJlbmRlcmVkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGpzb25TY2hlbWFUb1pvZChzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgaWYgKHNjaGVtYS5jb25zdCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gei5saXRlcmFsKHNjaGVtYS5jb25zdCBhcyB6LmNvcmUudXRpbC5MaXRlcmFsKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmVudW0pKSByZXR1cm4gei5saXRlcmFsKHNjaGVtYS5lbnVtIGFzIHouY29yZS51dGlsLkxpdGVyYWxbXSk7XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5hbnlPZikpIHJldHVybiB6LnVuaW9uKChzY2hlbWEuYW55T2YgYXMgSnNvblNjaGVtYVtdKS5tYXAoanNvblNjaGVtYVRvWm9kKSk7XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5vbmVPZikpIHJldHVybiB6Lnhvcigoc2NoZW1hLm9uZU9mIGFzIEpzb25TY2hlbWFbXSkubWFwKGpzb25TY2hlbWFUb1pvZCkpO1xuICBjb25zdCB0eXBlID0gc2NoZW1hLnR5cGU7XG4gIGlmICh0eXBlID09PSB1bmRlZmluZWQpIHJldHVybiB6LnVua25vd24oKTtcbiAgY29uc3QgdHlwZXMgPSBBcnJheS5pc0FycmF5KHR5cGUpID8gKHR5cGUgYXMgc3RyaW5nW10pIDogW3R5cGUgYXMgc3RyaW5nXTtcbiAgY29uc3QgbnVsbGFibGUgPSB0eXBlcy5pbmNsdWRlcygnbnVsbCcpO1xuICBjb25zdCBtZW1iZXJzID0gdHlwZXMuZmlsdGVyKCh0KSA9PiB0ICE9PSAnbnVsbCcpLm1hcCgodCkgPT4gdHlwZWQodCwgc2NoZW1hKSk7XG4gIGlmIChtZW1iZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHoubnVsbCgpO1xuICBjb25zdCBiYXNlID0gbWVtYmVycy5sZW5ndGggPT09IDEgPyBtZW1iZXJzWzBdISA6IHoudW5pb24obWVtYmVycyk7XG4gIHJldHVybiBudWxsYWJsZSA/IHoubnVsbGFibGUoYmFzZSkgOiBiYXNlO1xufVxuXG5mdW5jdGlvbiB0eXBlZCh0eXBlOiBzdHJpbmcsIHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBzd2l0Y2ggKHR5cGUpIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgcmV0dXJuIHN0cmluZ1NjaGVtYShzY2hlbWEpO1xuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnaW50ZWdlcic6XG4gICAgICByZXR1cm4gbnVtYmVyU2NoZW1hKHR5cGUsIHNjaGVtYSk7XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgICByZXR1cm4gei5ib29sZWFuKCk7XG4gICAgY2FzZSAnYXJyYXknOiB7XG4gICAgICBjb25zdCBpdGVtcyA9IHNjaGVtYS5pdGVtcyA9PT0gdW5kZWZpbmVkID8gei51bmtub3duKCkgOiBqc29uU2NoZW1hVG9ab2Qoc2NoZW1hLml0ZW1zIGFzIEpzb25TY2hlbWEpO1xuICAgICAgY29uc3QgY2hlY2tzOiBBcnJheTx6LmNvcmUuQ2hlY2tGbjx1bmtub3duW10+IHwgei5jb3JlLiRab2RDaGVjazx1bmtub3duW10+PiA9IFtdO1xuICAgICAgaWYgKHR5cGVvZiBzY2hlbWEubWluSXRlbXMgPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm1pbkxlbmd0aChzY2hlbWEubWluSXRlbXMpKTtcbiAgICAgIGlmICh0eXBlb2Ygc2NoZW1hLm1heEl0ZW1zID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5tYXhMZW5ndGgoc2NoZW1hLm1heEl0ZW1zKSk7XG4gICAgICBjb25zdCBhcnJheSA9IHouYXJyYXkoaXRlbXMpO1xuICAgICAgcmV0dXJuIGNoZWNrcy5sZW5ndGggPiAwID8gYXJyYXkuY2hlY2soLi4uY2hlY2tzKSA6IGFycmF5O1xuICAgIH1cbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgcmV0dXJuIG9iamVjdFNjaGVtYShzY2hlbWEpO1xuICAgIGRlZmF1bHQ6XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKGB1bm5vcm1hbGl6ZWQgSlNPTiBTY2hlbWEgdHlwZSAke0pTT04uc3RyaW5naWZ5KHR5cGUpfWApO1xuICB9XG59XG5cbmZ1bmN0aW9uIHN0cmluZ1NjaGVtYShzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgY29uc3QgY2hlY2tzOiBBcnJheTx6LmNvcmUuJFpvZENoZWNrPHN0cmluZz4+ID0gW107XG4gIGlmICh0eXBlb2Ygc2NoZW1hLm1pbkxlbmd0aCA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubWluTGVuZ3RoKHNjaGVtYS5taW5MZW5ndGgpKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubWF4TGVuZ3RoID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5tYXhMZW5ndGgoc2NoZW1hLm1heExlbmd0aCkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5wYXR0ZXJuID09PSAnc3RyaW5nJykge1xuICAgIGNvbnN0IHJlZ2V4ID0gY29tcGlsZVBhdHRlcm4oc2NoZW1hLnBhdHRlcm4pO1xuICAgIGlmIChyZWdleCAhPT0gdW5kZWZpbmVkKSBjaGVja3MucHVzaCh6LnJlZ2V4KHJlZ2V4KSk7XG4gIH1cbiAgY29uc3Qgc3RyaW5nID0gei5zdHJpbmcoKTtcbiAgcmV0dXJuIGNoZWNrcy5sZW5ndGggPiAwID8gc3RyaW5nLmNoZWNrKC4uLmNoZWNrcykgOiBzdHJpbmc7XG59XG5cbmZ1bmN0aW9uIG51bWJlclNjaGVtYSh0eXBlOiAnbnVtYmVyJyB8ICdpbnRlZ2VyJywgc2NoZW1hOiBKc29uU2NoZW1hKTogWm9kTWluaVNjaGVtYSB7XG4gIGNvbnN0IGNoZWNrczogQXJyYXk8ei5jb3JlLiRab2RDaGVjazxudW1iZXI+PiA9IFtdO1xuICBpZiAodHlwZW9mIHNjaGVtYS5taW5pbXVtID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5ndGUoc2NoZW1hLm1pbmltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubWF4aW11bSA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubHRlKHNjaGVtYS5tYXhpbXVtKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLmV4Y2x1c2l2ZU1pbmltdW0gPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lmd0KHNjaGVtYS5leGNsdXNpdmVNaW5pbXVtKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLmV4Y2x1c2l2ZU1heGltdW0gPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lmx0KHNjaGVtYS5leGNsdXNpdmVNYXhpbXVtKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLm11bHRpcGxlT2YgPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm11bHRpcGxlT2Yoc2NoZW1hLm11bHRpcGxlT2YpKTtcbiAgY29uc3QgbnVtYmVyID0gdHlwZSA9PT0gJ2ludGVnZXInID8gei5pbnQoKSA6IHoubnVtYmVyKCk7XG4gIHJldHVybiBjaGVja3MubGVuZ3RoID4gMCA/IG51bWJlci5jaGVjayguLi5jaGVja3MpIDogbnVtYmVyO1xufVxuXG5mdW5jdGlvbiBvYmplY3RTY2hlbWEoc2NoZW1hOiBKc29uU2NoZW1hKTogWm9kTWluaVNjaGVtYSB7XG4gIGNvbnN0IHByb3BlcnRpZXMgPSAoc2NoZW1hLnByb3BlcnRpZXMgPz8ge30pIGFzIFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+O1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQoKHNjaGVtYS5yZXF1aXJlZCA/PyBbXSkgYXMgc3RyaW5nW10pO1xuICBjb25zdCBzaGFwZTogUmVjb3JkPHN0cmluZywgWm9kTWluaVNjaGVtYT4gPSB7fTtcbiAgZm9yIChjb25zdCBbbmFtZSwgcHJvcGVydHldIG9mIE9iamVjdC5lbnRyaWVzKHByb3BlcnRpZXMpKSB7XG4gICAgY29uc3QgaW5uZXIgPSBqc29uU2NoZW1hVG9ab2QocHJvcGVydHkpO1xuICAgIGlmICghcmVxdWlyZWQuaGFzKG5hbWUpKSBzaGFwZVtuYW1lXSA9IHoub3B0aW9uYWwoaW5uZXIpO1xuICAgIC8vIEEgcmVxdWlyZWQgcHJvcGVydHkgbXVzdCBiZSBwcmVzZW50IGV2ZW4gd2hlbiBpdHMgc2NoZW1hIGFjY2VwdHMgYW55dGhpbmcuXG4gICAgZWxzZSBzaGFwZVtuYW1lXSA9IGFjY2VwdHNVbmRlZmluZWQocHJvcGVydHkpID8gei5ub25vcHRpb25hbChpbm5lcikgOiBpbm5lcjtcbiAgfVxuICBjb25zdCBleHRyYSA9IHNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcztcbiAgaWYgKGV4dHJhID09PSBmYWxzZSkgcmV0dXJuIHouc3RyaWN0T2JqZWN0KHNoYXBlKTtcbiAgaWYgKGV4dHJhID09PSB1bmRlZmluZWQgfHwgZXh0cmEgPT09IHRydWUpIHJldHVybiB6Lmxvb3NlT2JqZWN0KHNoYXBlKTtcbiAgcmV0dXJuIHouY2F0Y2hhbGwoei5vYmplY3Qoc2hhcGUpLCBqc29uU2NoZW1hVG9ab2QoZXh0cmEgYXMgSnNvblNjaGVtYSkpO1xufVxuXG4vKiogVHJ1ZSB3aGVuIHRoZSBzY2hlbWEncyB6b2QgZm9ybSBhY2NlcHRzIGB1bmRlZmluZWRgIChhbiBgYW55YCBzY2hlbWEsIG9yIGFsdGVybmF0aXZlcyB3aXRoIG9uZSkuICovXG5mdW5jdGlvbiBhY2NlcHRzVW5kZWZpbmVkKHNjaGVtYTogSnNvblNjaGVtYSk6IGJvb2xlYW4ge1xuICBpZiAoc2NoZW1hLmNvbnN0ICE9PSB1bmRlZmluZWQgfHwgc2NoZW1hLmVudW0gIT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBhbHRlcm5hdGl2ZXMgPSAoc2NoZW1hLmFueU9mID8/IHNjaGVtYS5vbmVPZikgYXMgSnNvblNjaGVtYVtdIHwgdW5kZWZpbmVkO1xuICBpZiAoYWx0ZXJuYXRpdmVzICE9PSB1bmRlZmluZWQpIHJldHVybiBhbHRlcm5hdGl2ZXMuc29tZShhY2NlcHRzVW5kZWZpbmVkKTtcbiAgcmV0dXJuIHNjaGVtYS50eXBlID09PSB1bmRlZmluZWQ7XG59XG4iLCAiLyoqXG4gKiBJbnB1dCBzY2hlbWFzOiBQaWNvc2NoZW1hLCBKU09OIFNjaGVtYSwgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvcnMsIG9yIGluZmVycmVkIGZyb20gYSB0ZW1wbGF0ZSdzXG4gKiB2YXJpYWJsZXMsIGNvbXBpbGVkIG9uY2UgaW50byBhbiB7QGxpbmsgSW5wdXRTY2hlbWF9ICh6b2QvbWluaSB2YWxpZGF0aW9uLCBhIHByZWNvbXBpbGVkIGZhc3RcbiAqIHBhdGgsIFR5cGVTY3JpcHQgdGV4dCkuXG4gKlxuICogRGVjaXNpb25zOlxuICogLSBVbmtub3duIHRvcC1sZXZlbCB2YXJpYWJsZXMgYXJlIHJlamVjdGVkIChgdW5rbm93bl9rZXlgLCB3aXRoIGEgXCJkaWQgeW91IG1lYW5cIiksIHVubGVzcyB0aGVcbiAqICAgc2NoZW1hIG9wdHMgaW4gd2l0aCBQaWNvc2NoZW1hIGAoKilgIG9yIEpTT04gU2NoZW1hIGBhZGRpdGlvbmFsUHJvcGVydGllc2A6IGEgbWlzc3BlbHQgdmFyaWFibGVcbiAqICAgaXMgYSB0eXBvIGd1YXJkLCBhbmQgdGhlIGNhbGxlciBjYW4gYWx3YXlzIHBhc3MgYHN0cmljdDogZmFsc2VgLiBUaGlzIGFsc28gaG9sZHMgZm9yIHNjaGVtYXNcbiAqICAgaW5mZXJyZWQgZnJvbSB0ZW1wbGF0ZXMuXG4gKiAtIEFzIGluIERvdHByb21wdCwgYW4gb3B0aW9uYWwgUGljb3NjaGVtYSBmaWVsZCBpcyBhbHNvIG51bGxhYmxlOyBKU09OIFNjaGVtYSBpcyB0YWtlbiBhcyB3cml0dGVuLlxuICogLSBBIHJlcXVpcmVkIHZhcmlhYmxlIG11c3Qgbm90IGJlIGB1bmRlZmluZWRgOyBgbnVsbGAgaXMgYSB2YWx1ZSAoYWxsb3dlZCB3aGVyZSB0aGUgdHlwZSBzYXlzIHNvKS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgY29tcGlsZUZhc3RDaGVjaywgdHlwZSBGYXN0Q2hlY2sgfSBmcm9tICcuL2Zhc3QtcGF0aC5qcyc7XG5pbXBvcnQgeyB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzIH0gZnJvbSAnLi9pc3N1ZXMuanMnO1xuaW1wb3J0IHsgbm9ybWFsaXplSnNvblNjaGVtYSB9IGZyb20gJy4vanNvbi1zY2hlbWEuanMnO1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCwgcGljb3NjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vcGljb3NjaGVtYS5qcyc7XG5pbXBvcnQgeyBjb21waWxlU3RhbmRhcmRTY2hlbWEsIGlzU3RhbmRhcmRTY2hlbWEgfSBmcm9tICcuL3N0YW5kYXJkLmpzJztcbmltcG9ydCB7IGRlc2NyaWJlVmFsdWUgfSBmcm9tICcuL3N1Z2dlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBJbnB1dFNjaGVtYSwgSW5wdXRWYWxpZGF0aW9uUmVzdWx0LCBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5pbXBvcnQgeyBqc29uU2NoZW1hVG9UeXBlU2NyaXB0IH0gZnJvbSAnLi90eXBlc2NyaXB0LmpzJztcbmltcG9ydCB7IGpzb25TY2hlbWFUb1pvZCB9IGZyb20gJy4vem9kLmpzJztcblxuZXhwb3J0IHsgbm9ybWFsaXplSnNvblNjaGVtYSB9IGZyb20gJy4vanNvbi1zY2hlbWEuanMnO1xuZXhwb3J0IHsgcGljb3NjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vcGljb3NjaGVtYS5qcyc7XG5leHBvcnQgeyBpc1N0YW5kYXJkU2NoZW1hLCB0eXBlIFN0YW5kYXJkU2NoZW1hTGlrZSwgc3RhbmRhcmRTY2hlbWFUb0pzb25TY2hlbWEgfSBmcm9tICcuL3N0YW5kYXJkLmpzJztcbmV4cG9ydCB0eXBlIHsgSW5wdXRTY2hlbWEsIElucHV0VmFsaWRhdGlvblJlc3VsdCwgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuZXhwb3J0IHsganNvblNjaGVtYVRvVHlwZVNjcmlwdCB9IGZyb20gJy4vdHlwZXNjcmlwdC5qcyc7XG5cbi8qKiBDb21waWxlZCBzY2hlbWFzIGJ5IHNvdXJjZSBvYmplY3Q6IGEgcmVjb3JkJ3Mgc2NoZW1hIGlzIGNvbXBpbGVkIG9uY2UgaG93ZXZlciBvZnRlbiBpdCBpcyBjaGVja2VkLiAqL1xuY29uc3QgY2FjaGUgPSBuZXcgV2Vha01hcDxvYmplY3QsIElucHV0U2NoZW1hPigpO1xuXG4vKipcbiAqIENvbXBpbGUgYSBwcm9tcHQncyBkZWNsYXJlZCBpbnB1dCBzY2hlbWEuXG4gKlxuICogLSBBIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgKGFuIG9iamVjdCB3aXRoIGAnfnN0YW5kYXJkJy52YWxpZGF0ZWAsIGUuZy4gYSB6b2Qgb2JqZWN0KSBpc1xuICogICB3cmFwcGVkOiBpdHMgYHZhbGlkYXRlYCBtdXN0IGJlIHN5bmNocm9ub3VzLlxuICogLSBBbiBvYmplY3Qgd2l0aCBhIHRvcC1sZXZlbCBgdHlwZWAgKG9yIGBwcm9wZXJ0aWVzYCkgaXMgSlNPTiBTY2hlbWE7IGFueSBvdGhlciBvYmplY3QgaXNcbiAqICAgUGljb3NjaGVtYS4gRWl0aGVyIHdheSB0aGUgcmVzdWx0IG11c3QgZGVzY3JpYmUgYW4gb2JqZWN0IG9mIHZhcmlhYmxlcy5cbiAqXG4gKiBTdWNjZXNzZnVsIGNvbXBpbGF0aW9ucyBhcmUgY2FjaGVkIHBlciBzY2hlbWEgb2JqZWN0IChzY2hlbWFzIGFyZSB0cmVhdGVkIGFzIGltbXV0YWJsZSkuXG4gKlxuICogQHBhcmFtIHNjaGVtYSBUaGUgYGlucHV0LnNjaGVtYWAgb2YgYSByZWNvcmQuXG4gKiBAcGFyYW0gbG9jYXRpb24gV2hlcmUgdGhlIHNjaGVtYSBjb21lcyBmcm9tOyBgbG9jYXRpb24uZmllbGRgIGRlZmF1bHRzIHRvIGAnaW5wdXQuc2NoZW1hJ2AuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiB0aGUgc2NoZW1hIGlzIG1hbGZvcm1lZCwgbmFtaW5nIHRoZSBmaWVsZCBwYXRoIGFuZCB0aGUgZml4LlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzY2hlbWEgPSBjb21waWxlSW5wdXRTY2hlbWEoeyBjb21wYW55OiAnc3RyaW5nJywgJ2N1c3RvbWVyJzogXCJzdHJpbmcsIHRoZSBjdXN0b21lcidzIGZpcnN0IG5hbWVcIiB9KTtcbiAqIHNjaGVtYS52YWxpZGF0ZSh7IGNvbXBhbnk6ICdBY21lJyB9KS5vazsgLy8gZmFsc2U6IG1pc3NpbmcgcmVxdWlyZWQgdmFyaWFibGUgXCJjdXN0b21lclwiIChzdHJpbmcpXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVJbnB1dFNjaGVtYShzY2hlbWE6IHVua25vd24sIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9KTogSW5wdXRTY2hlbWEge1xuICBjb25zdCB3aGVyZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7IC4uLmxvY2F0aW9uLCBmaWVsZDogbG9jYXRpb24uZmllbGQgPz8gJ2lucHV0LnNjaGVtYScgfTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEgPT09ICdvYmplY3QnICYmIHNjaGVtYSAhPT0gbnVsbCkge1xuICAgIGNvbnN0IGNhY2hlZCA9IGNhY2hlLmdldChzY2hlbWEpO1xuICAgIGlmIChjYWNoZWQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGNhY2hlZDtcbiAgfVxuICBsZXQgY29tcGlsZWQ6IElucHV0U2NoZW1hO1xuICBpZiAoaXNTdGFuZGFyZFNjaGVtYShzY2hlbWEpKSB7XG4gICAgY29tcGlsZWQgPSBjb21waWxlU3RhbmRhcmRTY2hlbWEoc2NoZW1hLCB3aGVyZSk7XG4gIH0gZWxzZSB7XG4gICAgaWYgKHR5cGVvZiBzY2hlbWEgPT09ICdzdHJpbmcnKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICAgIGBhbiBpbnB1dCBzY2hlbWEgbXVzdCBkZWNsYXJlIG5hbWVkIHZhcmlhYmxlcyAoZS5nLiBcXGBjdXN0b21lcjogc3RyaW5nXFxgKSwgZ290IHRoZSBzaW5nbGUgdHlwZSAke0pTT04uc3RyaW5naWZ5KHNjaGVtYSl9YCxcbiAgICAgICAgd2hlcmUsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoIWlzUGxhaW5SZWNvcmQoc2NoZW1hKSkge1xuICAgICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgICBgYW4gaW5wdXQgc2NoZW1hIG11c3QgYmUgUGljb3NjaGVtYSBmaWVsZHMgKGUuZy4gXFxgY3VzdG9tZXI6IHN0cmluZ1xcYCkgb3IgYSBKU09OIFNjaGVtYSBvYmplY3QsIGdvdCAke2Rlc2NyaWJlVmFsdWUoc2NoZW1hKX1gLFxuICAgICAgICB3aGVyZSxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IGNvbnZlcnRlZCA9IHBpY29zY2hlbWFUb0pzb25TY2hlbWEoc2NoZW1hLCB3aGVyZSk7XG4gICAgY29tcGlsZWQgPSBmcm9tTm9ybWFsaXplZChub3JtYWxpemVKc29uU2NoZW1hKGNvbnZlcnRlZCwgd2hlcmUsIHsgdG9wOiB0cnVlIH0pKTtcbiAgfVxuICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ29iamVjdCcgJiYgc2NoZW1hICE9PSBudWxsKSBjYWNoZS5zZXQoc2NoZW1hLCBjb21waWxlZCk7XG4gIHJldHVybiBjb21waWxlZDtcbn1cblxuLyoqXG4gKiBUaGUgc2NoZW1hIG9mIGEgcHJvbXB0IHdpdGhvdXQgYSBkZWNsYXJlZCBvbmUsIGluZmVycmVkIGZyb20gaXRzIHRlbXBsYXRlOiBldmVyeSBgcmVxdWlyZWRgXG4gKiB2YXJpYWJsZSBtdXN0IGJlIHByZXNlbnQgKG5vdCBgdW5kZWZpbmVkYCksIG9mIGFueSB0eXBlOyBgb3B0aW9uYWxgIG9uZXMgbWF5IGJlIGdpdmVuOyBub3RoaW5nXG4gKiBlbHNlIG1heSAodHlwbyBndWFyZCkuIERvdHRlZCBuYW1lcyBjb3VudCBieSB0aGVpciBmaXJzdCBzZWdtZW50IChgY3VzdG9tZXIubmFtZWAgXHUyMTkyIGBjdXN0b21lcmApLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc2NoZW1hID0gc2NoZW1hRnJvbVZhcmlhYmxlcyhbJ2NvbXBhbnknLCAnY3VzdG9tZXInXSwgWyd0b25lJ10pO1xuICogc2NoZW1hLnRvVHlwZVNjcmlwdCgpOyAvLyAne1xcbiAgY29tcGFueTogdW5rbm93bjtcXG4gIGN1c3RvbWVyOiB1bmtub3duO1xcbiAgdG9uZT86IHVua25vd247XFxufSdcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gc2NoZW1hRnJvbVZhcmlhYmxlcyhyZXF1aXJlZDogcmVhZG9ubHkgc3RyaW5nW10sIG9wdGlvbmFsOiByZWFkb25seSBzdHJpbmdbXSk6IElucHV0U2NoZW1hIHtcbiAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgY29uc3QgcmVxdWlyZWROYW1lcyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgcmVxdWlyZWQpIHtcbiAgICBjb25zdCByb290ID0gcm9vdE5hbWUobmFtZSk7XG4gICAgaWYgKHJvb3QgPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgcHJvcGVydGllc1tyb290XSA9IHt9O1xuICAgIHJlcXVpcmVkTmFtZXMuYWRkKHJvb3QpO1xuICB9XG4gIGZvciAoY29uc3QgbmFtZSBvZiBvcHRpb25hbCkge1xuICAgIGNvbnN0IHJvb3QgPSByb290TmFtZShuYW1lKTtcbiAgICBpZiAocm9vdCAhPT0gdW5kZWZpbmVkICYmIHByb3BlcnRpZXNbcm9vdF0gPT09IHVuZGVmaW5lZCkgcHJvcGVydGllc1tyb290XSA9IHt9O1xuICB9XG4gIGNvbnN0IGpzb25TY2hlbWE6IEpzb25TY2hlbWEgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzIH07XG4gIGlmIChyZXF1aXJlZE5hbWVzLnNpemUgPiAwKSBqc29uU2NoZW1hLnJlcXVpcmVkID0gWy4uLnJlcXVpcmVkTmFtZXNdO1xuICBqc29uU2NoZW1hLmFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gZmFsc2U7XG4gIHJldHVybiBmcm9tTm9ybWFsaXplZChqc29uU2NoZW1hKTtcbn1cblxuZnVuY3Rpb24gcm9vdE5hbWUobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKG5hbWUgPT09ICcuJyB8fCBuYW1lID09PSAnJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIG5hbWUuc3BsaXQoJy4nKVswXSB8fCB1bmRlZmluZWQ7XG59XG5cbi8qKiBCdWlsZCB0aGUgY29tcGlsZWQgc2NoZW1hIGZyb20gYSBub3JtYWxpemVkIHRvcC1sZXZlbCBvYmplY3Qgc2NoZW1hLiAqL1xuZnVuY3Rpb24gZnJvbU5vcm1hbGl6ZWQoanNvblNjaGVtYTogSnNvblNjaGVtYSk6IElucHV0U2NoZW1hIHtcbiAgY29uc3Qgem9kU2NoZW1hID0ganNvblNjaGVtYVRvWm9kKGpzb25TY2hlbWEpO1xuICBjb25zdCBmYXN0OiBGYXN0Q2hlY2sgPSBjb21waWxlRmFzdENoZWNrKGpzb25TY2hlbWEpO1xuICBjb25zdCBwcm9wZXJ0aWVzID0gT2JqZWN0LmtleXMoKGpzb25TY2hlbWEucHJvcGVydGllcyA/PyB7fSkgYXMgb2JqZWN0KTtcbiAgY29uc3QgcmVxdWlyZWQgPSAoKGpzb25TY2hlbWEucmVxdWlyZWQgPz8gW10pIGFzIHN0cmluZ1tdKS5zbGljZSgpO1xuICBsZXQgdHlwZVRleHQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgcmV0dXJuIHtcbiAgICBqc29uU2NoZW1hLFxuICAgIHByb3BlcnRpZXMsXG4gICAgcmVxdWlyZWQsXG4gICAgdmFsaWRhdGUodmFsdWU6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogSW5wdXRWYWxpZGF0aW9uUmVzdWx0IHtcbiAgICAgIGlmIChmYXN0KHZhbHVlKSkgcmV0dXJuIHsgb2s6IHRydWUsIHZhbHVlIH07XG4gICAgICBjb25zdCByZXN1bHQgPSB6b2RTY2hlbWEuc2FmZVBhcnNlKHZhbHVlLCB7IHJlcG9ydElucHV0OiB0cnVlIH0pO1xuICAgICAgaWYgKHJlc3VsdC5zdWNjZXNzKSByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWU6IHJlc3VsdC5kYXRhIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IH07XG4gICAgICByZXR1cm4geyBvazogZmFsc2UsIGlzc3Vlczogem9kSXNzdWVzVG9JbnB1dElzc3VlcyhyZXN1bHQuZXJyb3IuaXNzdWVzLCB2YWx1ZSwganNvblNjaGVtYSkgfTtcbiAgICB9LFxuICAgIHRvVHlwZVNjcmlwdCgpOiBzdHJpbmcge1xuICAgICAgdHlwZVRleHQgPz89IGpzb25TY2hlbWFUb1R5cGVTY3JpcHQoanNvblNjaGVtYSk7XG4gICAgICByZXR1cm4gdHlwZVRleHQ7XG4gICAgfSxcbiAgfTtcbn1cbiIsICIvKipcbiAqIFBhcnNpbmc6IGBtdXN0YWNoZWAncyBwYXJzZXIgdHVybnMgdGhlIHRlbXBsYXRlIGludG8gdG9rZW5zOyB0aGlzIG1vZHVsZSB0dXJucyB0aG9zZSB0b2tlbnMgaW50byBhIHNtYWxsXG4gKiB0eXBlZCBzeW50YXggdHJlZSAoe0BsaW5rIFRlbXBsYXRlTm9kZX0pLiBDb21tZW50cyBhbmQgc2V0LWRlbGltaXRlciB0YWdzIGRpc2FwcGVhciBoZXJlOyBzdGFuZGFsb25lLWxpbmVcbiAqIHdoaXRlc3BhY2UgaGFzIGFscmVhZHkgYmVlbiByZW1vdmVkIGJ5IHRoZSBwYXJzZXIuXG4gKlxuICogVGhlIHBhcnNlciBydW5zIG9uIGEgcHJpdmF0ZSBgTXVzdGFjaGUuV3JpdGVyYCB3aXRoIGl0cyB0ZW1wbGF0ZSBjYWNoZSBzd2l0Y2hlZCBvZmYgYW5kIHRoZSBkZWZhdWx0IHRhZ3NcbiAqIHBhc3NlZCBleHBsaWNpdGx5LCBzbyBubyBnbG9iYWwgb2YgYG11c3RhY2hlYCBpcyByZWFkIG9yIHdyaXR0ZW4gKHRoZSBob3N0IGFwcGxpY2F0aW9uIG1heSB1c2UgbXVzdGFjaGVcbiAqIHRvbywgd2l0aCBpdHMgb3duIGBNdXN0YWNoZS50YWdzYCBvciBgTXVzdGFjaGUuZXNjYXBlYCkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCBNdXN0YWNoZSBmcm9tICdtdXN0YWNoZSc7XG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyB0eXBlIE5hbWVQYXRoLCBwYXJzZU5hbWVQYXRoIH0gZnJvbSAnLi9sb29rdXAuanMnO1xuXG4vKiogTGl0ZXJhbCB0ZXh0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBUZXh0Tm9kZSB7XG4gIHJlYWRvbmx5IGtpbmQ6ICd0ZXh0JztcbiAgcmVhZG9ubHkgdGV4dDogc3RyaW5nO1xufVxuXG4vKiogYHt7bmFtZX19YCAoZXNjYXBlZCB3aGVuIGFuIGBlc2NhcGVgIGZ1bmN0aW9uIGlzIHNldCkgb3IgYHt7e25hbWV9fX1gIC8gYHt7Jm5hbWV9fWAgKG5ldmVyIGVzY2FwZWQpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWYXJpYWJsZU5vZGUge1xuICByZWFkb25seSBraW5kOiAndmFyaWFibGUnO1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBhdGg6IE5hbWVQYXRoO1xuICByZWFkb25seSBlc2NhcGVkOiBib29sZWFuO1xufVxuXG4vKiogYHt7I25hbWV9fVx1MjAyNnt7L25hbWV9fWAgb3IsIHdoZW4gYGludmVydGVkYCwgYHt7Xm5hbWV9fVx1MjAyNnt7L25hbWV9fWAuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlY3Rpb25Ob2RlIHtcbiAgcmVhZG9ubHkga2luZDogJ3NlY3Rpb24nO1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBhdGg6IE5hbWVQYXRoO1xuICByZWFkb25seSBpbnZlcnRlZDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgY2hpbGRyZW46IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdO1xufVxuXG4vKiogYHt7PiBuYW1lfX1gLiBgaW5kZW50YXRpb25gIGlzIHRoZSB3aGl0ZXNwYWNlIGJlZm9yZSBhIHN0YW5kYWxvbmUgcGFydGlhbCB0YWcgKCcnIG90aGVyd2lzZSkuICovXG5leHBvcnQgaW50ZXJmYWNlIFBhcnRpYWxOb2RlIHtcbiAgcmVhZG9ubHkga2luZDogJ3BhcnRpYWwnO1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGluZGVudGF0aW9uOiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgbm9kZSBvZiBhIHBhcnNlZCB0ZW1wbGF0ZS4gKi9cbmV4cG9ydCB0eXBlIFRlbXBsYXRlTm9kZSA9IFRleHROb2RlIHwgVmFyaWFibGVOb2RlIHwgU2VjdGlvbk5vZGUgfCBQYXJ0aWFsTm9kZTtcblxuLyoqIFRoZSB0YWdzIGV2ZXJ5IHRlbXBsYXRlIHN0YXJ0cyB3aXRoLiBQYXNzZWQgZXhwbGljaXRseSBzbyBgTXVzdGFjaGUudGFnc2AgaXMgbmV2ZXIgY29uc3VsdGVkLiAqL1xuY29uc3QgREVGQVVMVF9UQUdTOiBbc3RyaW5nLCBzdHJpbmddID0gWyd7eycsICd9fSddO1xuXG5pbnRlcmZhY2UgVG9rZW5QYXJzZXIge1xuICBwYXJzZSh0ZW1wbGF0ZTogc3RyaW5nLCB0YWdzPzogW3N0cmluZywgc3RyaW5nXSk6IHVua25vd247XG59XG5cbmxldCBwYXJzZXI6IFRva2VuUGFyc2VyIHwgdW5kZWZpbmVkO1xuXG5mdW5jdGlvbiB0b2tlblBhcnNlcigpOiBUb2tlblBhcnNlciB7XG4gIGlmIChwYXJzZXIgPT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHdyaXRlciA9IG5ldyBNdXN0YWNoZS5Xcml0ZXIoKTtcbiAgICAvLyBBIHByaXZhdGUgd3JpdGVyIHdpdGhvdXQgYSBjYWNoZTogcGFyc2VkIHRlbXBsYXRlcyBhcmUgbm90IGtlcHQgKGFuZCBuZXZlciBzaGFyZWQgd2l0aCBvdGhlciBjb2RlKS5cbiAgICAod3JpdGVyIGFzIHVua25vd24gYXMgeyB0ZW1wbGF0ZUNhY2hlOiB1bmtub3duIH0pLnRlbXBsYXRlQ2FjaGUgPSB1bmRlZmluZWQ7XG4gICAgcGFyc2VyID0gd3JpdGVyO1xuICB9XG4gIHJldHVybiBwYXJzZXI7XG59XG5cbi8qKlxuICogUGFyc2UgYSB0ZW1wbGF0ZSBpbnRvIG5vZGVzLlxuICpcbiAqIEBwYXJhbSBzb3VyY2UgLSB0aGUgbXVzdGFjaGUgdGVtcGxhdGVcbiAqIEBwYXJhbSBsb2NhdGlvbiAtIHdoZXJlIHRoZSB0ZW1wbGF0ZSBjb21lcyBmcm9tLCBmb3IgZXJyb3JzLiBXaGVuIGBsb2NhdGlvbi5saW5lYCBpcyBzZXQgaXQgaXMgdGhlIGxpbmUgb2ZcbiAqICAgdGhlIGZpbGUgb24gd2hpY2ggdGhlIHRlbXBsYXRlIHN0YXJ0cywgYW5kIGVycm9ycyBwb2ludCBhdCB0aGUgZXhhY3QgZmlsZSBsaW5lLlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IG9uIGEgc3ludGF4IGVycm9yICh1bmNsb3NlZCB0YWcgb3Igc2VjdGlvbiwgYSBzdHJheSBjbG9zaW5nIHRhZywgYmFkIGRlbGltaXRlcnMpXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVRlbXBsYXRlKHNvdXJjZTogc3RyaW5nLCBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7fSk6IFRlbXBsYXRlTm9kZVtdIHtcbiAgbGV0IHRva2VuczogdW5rbm93bjtcbiAgdHJ5IHtcbiAgICB0b2tlbnMgPSB0b2tlblBhcnNlcigpLnBhcnNlKHNvdXJjZSwgREVGQVVMVF9UQUdTKTtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBzeW50YXhFcnJvcihlcnJvciwgc291cmNlLCBsb2NhdGlvbik7XG4gIH1cbiAgcmV0dXJuIGNvbnZlcnRUb2tlbnMoYXNUb2tlbkxpc3QodG9rZW5zKSk7XG59XG5cbnR5cGUgVG9rZW4gPSByZWFkb25seSB1bmtub3duW107XG5cbmZ1bmN0aW9uIGFzVG9rZW5MaXN0KHZhbHVlOiB1bmtub3duKTogcmVhZG9ubHkgVG9rZW5bXSB7XG4gIHJldHVybiBBcnJheS5pc0FycmF5KHZhbHVlKSA/ICh2YWx1ZSBhcyBUb2tlbltdKSA6IFtdO1xufVxuXG5mdW5jdGlvbiBjb252ZXJ0VG9rZW5zKHRva2VuczogcmVhZG9ubHkgVG9rZW5bXSk6IFRlbXBsYXRlTm9kZVtdIHtcbiAgY29uc3Qgbm9kZXM6IFRlbXBsYXRlTm9kZVtdID0gW107XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdG9rZW5zLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgdG9rZW4gPSB0b2tlbnNbaV0gYXMgVG9rZW47XG4gICAgY29uc3QgdHlwZSA9IHRva2VuWzBdO1xuICAgIGNvbnN0IHZhbHVlID0gU3RyaW5nKHRva2VuWzFdID8/ICcnKTtcbiAgICBzd2l0Y2ggKHR5cGUpIHtcbiAgICAgIGNhc2UgJ3RleHQnOiB7XG4gICAgICAgIGNvbnN0IGxhc3QgPSBub2Rlc1tub2Rlcy5sZW5ndGggLSAxXTtcbiAgICAgICAgaWYgKGxhc3Q/LmtpbmQgPT09ICd0ZXh0Jykgbm9kZXNbbm9kZXMubGVuZ3RoIC0gMV0gPSB7IGtpbmQ6ICd0ZXh0JywgdGV4dDogbGFzdC50ZXh0ICsgdmFsdWUgfTtcbiAgICAgICAgZWxzZSBub2Rlcy5wdXNoKHsga2luZDogJ3RleHQnLCB0ZXh0OiB2YWx1ZSB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICBjYXNlICduYW1lJzpcbiAgICAgIGNhc2UgJyYnOlxuICAgICAgICBub2Rlcy5wdXNoKHsga2luZDogJ3ZhcmlhYmxlJywgbmFtZTogdmFsdWUsIHBhdGg6IHBhcnNlTmFtZVBhdGgodmFsdWUpLCBlc2NhcGVkOiB0eXBlID09PSAnbmFtZScgfSk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSAnIyc6XG4gICAgICBjYXNlICdeJzpcbiAgICAgICAgbm9kZXMucHVzaCh7XG4gICAgICAgICAga2luZDogJ3NlY3Rpb24nLFxuICAgICAgICAgIG5hbWU6IHZhbHVlLFxuICAgICAgICAgIHBhdGg6IHBhcnNlTmFtZVBhdGgodmFsdWUpLFxuICAgICAgICAgIGludmVydGVkOiB0eXBlID09PSAnXicsXG4gICAgICAgICAgY2hpbGRyZW46IGNvbnZlcnRUb2tlbnMoYXNUb2tlbkxpc3QodG9rZW5bNF0pKSxcbiAgICAgICAgfSk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSAnPic6XG4gICAgICAgIG5vZGVzLnB1c2goeyBraW5kOiAncGFydGlhbCcsIG5hbWU6IHZhbHVlLCBpbmRlbnRhdGlvbjogc3RhbmRhbG9uZUluZGVudGF0aW9uKHRva2VuLCB0b2tlbnNbaSAtIDFdKSB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICAvLyAnIScgY29tbWVudHMgYW5kICc9JyBzZXQtZGVsaW1pdGVyIHRhZ3MgcmVuZGVyIG5vdGhpbmcuXG4gICAgICAgIGJyZWFrO1xuICAgIH1cbiAgfVxuICByZXR1cm4gbm9kZXM7XG59XG5cbi8qKlxuICogVGhlIGluZGVudGF0aW9uIHRvIGFwcGx5IHRvIGEgcGFydGlhbDogdGhlIHdoaXRlc3BhY2UgYmVmb3JlIHRoZSB0YWcgd2hlbiB0aGUgdGFnIHN0YW5kcyBhbG9uZSBvbiBpdHMgbGluZVxuICogKHNwZWMgXCJTdGFuZGFsb25lIEluZGVudGF0aW9uXCIpLCAnJyBvdGhlcndpc2UuIG11c3RhY2hlJ3MgcGFydGlhbCB0b2tlbiBpc1xuICogYFsnPicsIG5hbWUsIHN0YXJ0LCBlbmQsIGluZGVudGF0aW9uLCB0YWdJbmRleCwgbGluZUhhc05vblNwYWNlXWAuIFRoZSB0YWcgaXMgc3RhbmRhbG9uZSB3aGVuIGl0IGlzIHRoZSBmaXJzdFxuICogdGFnIG9mIGEgbGluZSBob2xkaW5nIG9ubHkgd2hpdGVzcGFjZSBiZWZvcmUgaXQsIGFuZCB0aGUgcGFyc2VyIHJlbW92ZWQgdGhhdCB3aGl0ZXNwYWNlIChzbyB0aGUgcHJldmlvdXNcbiAqIHRleHQgdG9rZW4gZG9lcyBub3QgZW5kIHJpZ2h0IHdoZXJlIHRoZSB0YWcgc3RhcnRzKS5cbiAqL1xuZnVuY3Rpb24gc3RhbmRhbG9uZUluZGVudGF0aW9uKHRva2VuOiBUb2tlbiwgcHJldmlvdXM6IFRva2VuIHwgdW5kZWZpbmVkKTogc3RyaW5nIHtcbiAgY29uc3QgaW5kZW50YXRpb24gPSB0eXBlb2YgdG9rZW5bNF0gPT09ICdzdHJpbmcnID8gdG9rZW5bNF0gOiAnJztcbiAgaWYgKGluZGVudGF0aW9uID09PSAnJyB8fCB0b2tlbls1XSAhPT0gMCB8fCB0b2tlbls2XSA9PT0gdHJ1ZSkgcmV0dXJuICcnO1xuICBpZiAocHJldmlvdXMgIT09IHVuZGVmaW5lZCAmJiBwcmV2aW91c1swXSA9PT0gJ3RleHQnICYmIHByZXZpb3VzWzNdID09PSB0b2tlblsyXSkgcmV0dXJuICcnO1xuICByZXR1cm4gaW5kZW50YXRpb24ucmVwbGFjZSgvW14gXFx0XS9nLCAnJyk7XG59XG5cbmNvbnN0IE1FU1NBR0VfT0ZGU0VUID0gL1xcYmF0IChcXGQrKSQvO1xuXG5mdW5jdGlvbiBzeW50YXhFcnJvcihlcnJvcjogdW5rbm93biwgc291cmNlOiBzdHJpbmcsIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IFByb21wdEZvcm1hdEVycm9yIHtcbiAgY29uc3QgcmF3ID0gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yLm1lc3NhZ2UgOiBTdHJpbmcoZXJyb3IpO1xuICBjb25zdCBvZmZzZXRNYXRjaCA9IE1FU1NBR0VfT0ZGU0VULmV4ZWMocmF3KTtcbiAgY29uc3Qgb2Zmc2V0ID0gb2Zmc2V0TWF0Y2ggPyBOdW1iZXIob2Zmc2V0TWF0Y2hbMV0pIDogdW5kZWZpbmVkO1xuICBjb25zdCBwcm9ibGVtID0gZGVzY3JpYmVTeW50YXhFcnJvcihyYXcpO1xuICBjb25zdCB3aGVyZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7IC4uLmxvY2F0aW9uLCBmaWVsZDogbG9jYXRpb24uZmllbGQgPz8gJ3RlbXBsYXRlJyB9O1xuICBsZXQgYXQgPSAnJztcbiAgaWYgKG9mZnNldCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgeyBsaW5lLCBjb2x1bW4gfSA9IGxpbmVBbmRDb2x1bW4oc291cmNlLCBvZmZzZXQpO1xuICAgIGlmIChsb2NhdGlvbi5saW5lICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHdoZXJlLmxpbmUgPSBsb2NhdGlvbi5saW5lICsgbGluZSAtIDE7XG4gICAgICB3aGVyZS5jb2x1bW4gPSBsaW5lID09PSAxICYmIGxvY2F0aW9uLmNvbHVtbiAhPT0gdW5kZWZpbmVkID8gbG9jYXRpb24uY29sdW1uICsgY29sdW1uIC0gMSA6IGNvbHVtbjtcbiAgICB9IGVsc2Uge1xuICAgICAgYXQgPSBgICh0ZW1wbGF0ZSBsaW5lICR7bGluZX0sIGNvbHVtbiAke2NvbHVtbn0pYDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG5ldyBQcm9tcHRGb3JtYXRFcnJvcihgaW52YWxpZCBtdXN0YWNoZSB0ZW1wbGF0ZSR7YXR9OiAke3Byb2JsZW19YCwgd2hlcmUsIHsgY2F1c2U6IGVycm9yIH0pO1xufVxuXG5mdW5jdGlvbiBkZXNjcmliZVN5bnRheEVycm9yKHJhdzogc3RyaW5nKTogc3RyaW5nIHtcbiAgbGV0IG0gPSAvXlVuY2xvc2VkIHRhZy8uZXhlYyhyYXcpO1xuICBpZiAobSkgcmV0dXJuICdhIHRhZyBpcyBvcGVuZWQgYnV0IG5ldmVyIGNsb3NlZDsgY2xvc2UgaXQgKGUuZy4gXCJ7e25hbWV9fVwiKSc7XG4gIG0gPSAvXlVub3BlbmVkIHNlY3Rpb24gXCIoLiopXCIvLmV4ZWMocmF3KTtcbiAgaWYgKG0pIHJldHVybiBgXCJ7ey8ke21bMV19fX1cIiBjbG9zZXMgYSBzZWN0aW9uIHRoYXQgd2FzIG5ldmVyIG9wZW5lZDsgYWRkIFwie3sjJHttWzFdfX19XCIgYmVmb3JlIGl0IG9yIHJlbW92ZSBpdGA7XG4gIG0gPSAvXlVuY2xvc2VkIHNlY3Rpb24gXCIoLiopXCIvLmV4ZWMocmF3KTtcbiAgaWYgKG0pIHJldHVybiBgc2VjdGlvbiBcInt7IyR7bVsxXX19fVwiIGlzIG5vdCBjbG9zZWQ7IGFkZCBcInt7LyR7bVsxXX19fVwiIGF0IGl0cyBlbmQgKHNlY3Rpb25zIGNsb3NlIGluIG5lc3Rpbmcgb3JkZXIpYDtcbiAgbSA9IC9eSW52YWxpZCB0YWdzOiAoLiopLy5leGVjKHJhdyk7XG4gIGlmIChtKSByZXR1cm4gYGludmFsaWQgc2V0LWRlbGltaXRlciB0YWcgXCIke21bMV19XCI7IHVzZSB0d28gZGVsaW1pdGVycyBzZXBhcmF0ZWQgYnkgYSBzcGFjZSwgZS5nLiBcInt7PTwlICU+PX19XCJgO1xuICByZXR1cm4gYCR7cmF3fTsgZml4IHRoZSB0ZW1wbGF0ZSBzeW50YXhgO1xufVxuXG5mdW5jdGlvbiBsaW5lQW5kQ29sdW1uKHNvdXJjZTogc3RyaW5nLCBvZmZzZXQ6IG51bWJlcik6IHsgbGluZTogbnVtYmVyOyBjb2x1bW46IG51bWJlciB9IHtcbiAgbGV0IGxpbmUgPSAxO1xuICBsZXQgbGluZVN0YXJ0ID0gMDtcbiAgY29uc3QgZW5kID0gTWF0aC5taW4ob2Zmc2V0LCBzb3VyY2UubGVuZ3RoKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBlbmQ7IGkrKykge1xuICAgIGlmIChzb3VyY2UuY2hhckNvZGVBdChpKSA9PT0gMTApIHtcbiAgICAgIGxpbmUrKztcbiAgICAgIGxpbmVTdGFydCA9IGkgKyAxO1xuICAgIH1cbiAgfVxuICByZXR1cm4geyBsaW5lLCBjb2x1bW46IGVuZCAtIGxpbmVTdGFydCArIDEgfTtcbn1cbiIsICIvKipcbiAqIENvbnRleHQgbG9va3VwIG92ZXIgYSBzdGFjayBvZiBmcmFtZXMsIGFzIHRoZSBNdXN0YWNoZSBzcGVjIGRlc2NyaWJlcyBpdCwgcmVhZGluZyBvd24gcHJvcGVydGllcyBvbmx5LlxuICpcbiAqIC0gYC5gIGlzIHRoZSB0b3AgZnJhbWUgKHRoZSBpbXBsaWNpdCBpdGVyYXRvcikuXG4gKiAtIEEgbmFtZSBpcyBzZWFyY2hlZCBmcm9tIHRoZSB0b3AgZnJhbWUgZG93bjsgdGhlIGZpcnN0IGZyYW1lIHRoYXQgT1dOUyB0aGUgcHJvcGVydHkgd2lucywgZXZlbiB3aGVuIGl0c1xuICogICB2YWx1ZSBpcyBgdW5kZWZpbmVkYC5cbiAqIC0gQSBkb3R0ZWQgbmFtZSBgYS5iLmNgIGxvb2tzIHVwIG9ubHkgYGFgIHRocm91Z2ggdGhlIHN0YWNrLCB0aGVuIHJlYWRzIGBiYCBhbmQgYGNgIGluc2lkZSB0aGF0IHZhbHVlIGFsb25lXG4gKiAgIChzcGVjIFwiRG90dGVkIE5hbWVzIC0gQ29udGV4dCBQcmVjZWRlbmNlXCI6IGEgbWlzcyBvbiBgYmAgaXMgYSBtaXNzLCBpdCBkb2VzIG5vdCBmYWxsIGJhY2sgdG8gb3V0ZXIgZnJhbWVzKS5cbiAqIC0gT25seSBvd24gcHJvcGVydGllcyBvZiBvYmplY3RzIGFyZSByZWFkIChgT2JqZWN0Lmhhc093bmApOiBge3tjb25zdHJ1Y3Rvcn19YCwgYHt7X19wcm90b19ffX1gIGFuZFxuICogICBge3t0b1N0cmluZ319YCBhcmUgbWlzc2VzLCBhbmQgcHJpbWl0aXZlcyBoYXZlIG5vIHByb3BlcnRpZXMgKGB7e25hbWUubGVuZ3RofX1gIG9uIGEgc3RyaW5nIGlzIGEgbWlzcykuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIEEgcGFyc2VkIHZhcmlhYmxlIG5hbWU6IGBbXWAgZm9yIGAuYCwgb3RoZXJ3aXNlIHRoZSBkb3Qtc2VwYXJhdGVkIHNlZ21lbnRzLiAqL1xuZXhwb3J0IHR5cGUgTmFtZVBhdGggPSByZWFkb25seSBzdHJpbmdbXTtcblxuLyoqIFNwbGl0IGEgdGFnIG5hbWUgaW50byBpdHMgcGF0aDogYCcuJ2AgXHUyMTkyIGBbXWAsIGAnYS5iJ2AgXHUyMTkyIGBbJ2EnLCAnYiddYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZU5hbWVQYXRoKG5hbWU6IHN0cmluZyk6IE5hbWVQYXRoIHtcbiAgcmV0dXJuIG5hbWUgPT09ICcuJyA/IFtdIDogbmFtZS5zcGxpdCgnLicpO1xufVxuXG4vKiogUmVhZCBhbiBvd24gcHJvcGVydHkgb2YgYW4gb2JqZWN0IHZhbHVlLCBvciBgdW5kZWZpbmVkYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkT3duKHZhbHVlOiB1bmtub3duLCBrZXk6IHN0cmluZyk6IHVua25vd24ge1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiBPYmplY3QuaGFzT3duKHZhbHVlLCBrZXkpXG4gICAgPyAodmFsdWUgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tleV1cbiAgICA6IHVuZGVmaW5lZDtcbn1cblxuLyoqIFJlYWQgYSBwYXRoIG9mIG93biBwcm9wZXJ0aWVzIHN0YXJ0aW5nIGF0IGB2YWx1ZWAgKG5vIHN0YWNrKTogYFtdYCBpcyBgdmFsdWVgIGl0c2VsZi4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkT3duUGF0aCh2YWx1ZTogdW5rbm93biwgcGF0aDogTmFtZVBhdGgpOiB1bmtub3duIHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBwYXRoLmxlbmd0aCAmJiB2YWx1ZSAhPT0gdW5kZWZpbmVkOyBpKyspIHZhbHVlID0gcmVhZE93bih2YWx1ZSwgcGF0aFtpXSBhcyBzdHJpbmcpO1xuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKiBMb29rIGEgc2luZ2xlICh1bmRvdHRlZCkgbmFtZSB1cCB0aHJvdWdoIHRoZSBmcmFtZXMsIHRvcCBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb29rdXBOYW1lKGZyYW1lczogcmVhZG9ubHkgdW5rbm93bltdLCBrZXk6IHN0cmluZyk6IHVua25vd24ge1xuICBmb3IgKGxldCBpID0gZnJhbWVzLmxlbmd0aCAtIDE7IGkgPj0gMDsgaS0tKSB7XG4gICAgY29uc3QgZnJhbWUgPSBmcmFtZXNbaV07XG4gICAgaWYgKHR5cGVvZiBmcmFtZSA9PT0gJ29iamVjdCcgJiYgZnJhbWUgIT09IG51bGwgJiYgT2JqZWN0Lmhhc093bihmcmFtZSwga2V5KSkge1xuICAgICAgcmV0dXJuIChmcmFtZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba2V5XTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIExvb2sgYSBwYXJzZWQgbmFtZSBwYXRoIHVwIHRocm91Z2ggdGhlIGZyYW1lcyAoc2VlIHRoZSBtb2R1bGUgY29tbWVudCBmb3IgdGhlIHJ1bGVzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb29rdXBQYXRoKGZyYW1lczogcmVhZG9ubHkgdW5rbm93bltdLCBwYXRoOiBOYW1lUGF0aCk6IHVua25vd24ge1xuICBjb25zdCBmaXJzdCA9IHBhdGhbMF07XG4gIGlmIChmaXJzdCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZnJhbWVzW2ZyYW1lcy5sZW5ndGggLSAxXTtcbiAgbGV0IHZhbHVlID0gbG9va3VwTmFtZShmcmFtZXMsIGZpcnN0KTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPCBwYXRoLmxlbmd0aCAmJiB2YWx1ZSAhPT0gdW5kZWZpbmVkOyBpKyspIHtcbiAgICB2YWx1ZSA9IHJlYWRPd24odmFsdWUsIHBhdGhbaV0gYXMgc3RyaW5nKTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG4iLCAiLyoqXG4gKiBTdGF0aWMgYW5hbHlzaXMgb2YgYSB0ZW1wbGF0ZTogd2hpY2ggdG9wLWxldmVsIHZhcmlhYmxlcyBpdCByZWFkcywgd2hpY2ggaXQgYWx3YXlzIHJlYWRzLCBhbmQgd2hpY2hcbiAqIHBhcnRpYWxzIGl0IGluY2x1ZGVzLiBGZWVkcyB0aGUgaW5mZXJyZWQgaW5wdXQgc2NoZW1hIGFuZCB0aGUgdGVtcGxhdGUgXHUyMUM0IHNjaGVtYSBjaGVjay5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBwYXJzZVRlbXBsYXRlLCB0eXBlIFRlbXBsYXRlTm9kZSB9IGZyb20gJy4vcGFyc2UuanMnO1xuXG4vKipcbiAqIFdoZXJlIGEgdGFnIHNpdHMsIHdoaWNoIGRlY2lkZXMgd2hpY2ggY29udGV4dCBpdCByZWFkczpcbiAqIC0gYCdyb290J2A6IG91dHNpZGUgYW55IHNlY3Rpb24sIHJlYWQgZnJvbSB0aGUgaW5wdXQgaXRzZWxmIG9uIGV2ZXJ5IHJlbmRlcjtcbiAqIC0gYCdjb25kaXRpb25hbCdgOiBpbnNpZGUgaW52ZXJ0ZWQgc2VjdGlvbnMgb25seSAodGhleSBwdXNoIG5vIGNvbnRleHQpLCByZWFkIGZyb20gdGhlIGlucHV0IHdoZW4gcmVuZGVyZWQ7XG4gKiAtIGAnbmVzdGVkJ2A6IGluc2lkZSBhIGB7eyNzZWN0aW9ufX1gLCB3aGljaCBtYXkgcmVzb2x2ZSBpdCBmcm9tIHRoZSBzZWN0aW9uJ3MgdmFsdWUgaW5zdGVhZC5cbiAqL1xuZXhwb3J0IHR5cGUgVGFnU2NvcGUgPSAncm9vdCcgfCAnY29uZGl0aW9uYWwnIHwgJ25lc3RlZCc7XG5cbi8qKiBBIGB7ez4gbmFtZX19YCBpbmNsdWRlIGFuZCB0aGUgc2NvcGUgaXQgc2l0cyBpbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFydGlhbFJlZmVyZW5jZSB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgc2NvcGU6IFRhZ1Njb3BlO1xufVxuXG4vKiogV2hhdCBhIHRlbXBsYXRlIHJlYWRzLiBOYW1lcyBhcmUgdGhlIEZJUlNUIHNlZ21lbnQgb2YgZG90dGVkIG5hbWVzIChge3t1c2VyLm5hbWV9fWAgXHUyMTkyIGB1c2VyYCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFRlbXBsYXRlQW5hbHlzaXMge1xuICAvKiogTmFtZXMgcmVhZCBvbiBldmVyeSByZW5kZXIgYXQgdGhlIGlucHV0IGxldmVsIChvdXRzaWRlIGFueSBzZWN0aW9uKTogdGhlIGluZmVycmVkIHJlcXVpcmVkIGlucHV0cy4gKi9cbiAgcmVhZG9ubHkgcmVxdWlyZWQ6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKipcbiAgICogRXZlcnkgbmFtZSByZWFkIGF0IHRoZSBpbnB1dCBsZXZlbDogYHJlcXVpcmVkYCwgc2VjdGlvbiBuYW1lcyBhdCB0aGUgaW5wdXQgbGV2ZWwsIGFuZCBuYW1lcyBpbnNpZGVcbiAgICogaW52ZXJ0ZWQgc2VjdGlvbnMuIE5hbWVzIGluc2lkZSBge3sjc2VjdGlvbn19YCBhcmUgbGVmdCBvdXQ6IHRoZXkgbWF5IGNvbWUgZnJvbSB0aGUgc2VjdGlvbidzIHZhbHVlLlxuICAgKi9cbiAgcmVhZG9ubHkgYWxsOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqXG4gICAqIE5hbWVzIHJlYWQgb25seSBpbnNpZGUgYHt7I3NlY3Rpb259fWBzIChub3QgaW4gYGFsbGApOiBlYWNoIG1heSBjb21lIGZyb20gdGhlIHNlY3Rpb24ncyB2YWx1ZSBvciwgdGhyb3VnaFxuICAgKiB0aGUgY29udGV4dCBzdGFjaywgZnJvbSB0aGUgaW5wdXQuIEFuIGluZmVycmVkIHNjaGVtYSBhY2NlcHRzIHRoZW0gYXMgb3B0aW9uYWwgaW5wdXRzOyB0aGUgdGVtcGxhdGUgXHUyMUM0XG4gICAqIHNjaGVtYSBjaGVjayBpZ25vcmVzIHRoZW0uXG4gICAqL1xuICByZWFkb25seSBuZXN0ZWQ6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTmFtZXMgb2YgdGhlIHBhcnRpYWxzIGluY2x1ZGVkIChkaXJlY3RseSksIGluIG9yZGVyIG9mIGZpcnN0IHVzZS4gKi9cbiAgcmVhZG9ubHkgcGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG4vKiogVGhlIGFuYWx5c2lzIG9mIG9uZSB0ZW1wbGF0ZSdzIG93biBub2RlcywgYmVmb3JlIGl0cyBwYXJ0aWFscyBhcmUgdGFrZW4gaW50byBhY2NvdW50LiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2NhbEFuYWx5c2lzIGV4dGVuZHMgVGVtcGxhdGVBbmFseXNpcyB7XG4gIC8qKiBFdmVyeSBpbmNsdWRlIHdpdGggaXRzIHNjb3BlIChvbmUgZW50cnkgcGVyIHRhZykuICovXG4gIHJlYWRvbmx5IHJlZmVyZW5jZXM6IHJlYWRvbmx5IFBhcnRpYWxSZWZlcmVuY2VbXTtcbn1cblxuLyoqIEFuYWx5c2UgcGFyc2VkIG5vZGVzIChwYXJ0aWFscyBhcmUgbGlzdGVkLCBub3QgZm9sbG93ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFuYWx5emVOb2Rlcyhub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10pOiBMb2NhbEFuYWx5c2lzIHtcbiAgY29uc3QgcmVxdWlyZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYWxsID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG5lc3RlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCByZWZlcmVuY2VzOiBQYXJ0aWFsUmVmZXJlbmNlW10gPSBbXTtcbiAgd2Fsayhub2RlcywgJ3Jvb3QnLCB7IHJlcXVpcmVkLCBhbGwsIG5lc3RlZCB9LCByZWZlcmVuY2VzKTtcbiAgcmV0dXJuIHtcbiAgICByZXF1aXJlZDogWy4uLnJlcXVpcmVkXSxcbiAgICBhbGw6IFsuLi5hbGxdLFxuICAgIG5lc3RlZDogWy4uLm5lc3RlZF0uZmlsdGVyKChuYW1lKSA9PiAhYWxsLmhhcyhuYW1lKSksXG4gICAgcGFydGlhbHM6IFsuLi5uZXcgU2V0KHJlZmVyZW5jZXMubWFwKChyKSA9PiByLm5hbWUpKV0sXG4gICAgcmVmZXJlbmNlcyxcbiAgfTtcbn1cblxuLyoqXG4gKiBBbmFseXNlIGEgdGVtcGxhdGUgc291cmNlIG9uIGl0cyBvd24gKHBhcnRpYWxzIGFyZSBsaXN0ZWQsIG5vdCBmb2xsb3dlZCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBhbmFseXplVGVtcGxhdGUoJ0hpIHt7dXNlci5uYW1lfX17eyN2aXB9fSAoe3t0aWVyfX0pe3svdmlwfX17e152aXB9fXt7PiB1cHNlbGx9fXt7L3ZpcH19Jyk7XG4gKiAvLyB7IHJlcXVpcmVkOiBbJ3VzZXInXSwgYWxsOiBbJ3VzZXInLCAndmlwJ10sIG5lc3RlZDogWyd0aWVyJ10sIHBhcnRpYWxzOiBbJ3Vwc2VsbCddIH1cbiAqIGBgYFxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gdGhlIHRlbXBsYXRlIGRvZXMgbm90IHBhcnNlXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbmFseXplVGVtcGxhdGUoc291cmNlOiBzdHJpbmcsIGxvY2F0aW9uPzogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBUZW1wbGF0ZUFuYWx5c2lzIHtcbiAgY29uc3QgeyByZXF1aXJlZCwgYWxsLCBuZXN0ZWQsIHBhcnRpYWxzIH0gPSBhbmFseXplTm9kZXMocGFyc2VUZW1wbGF0ZShzb3VyY2UsIGxvY2F0aW9uKSk7XG4gIHJldHVybiB7IHJlcXVpcmVkLCBhbGwsIG5lc3RlZCwgcGFydGlhbHMgfTtcbn1cblxuaW50ZXJmYWNlIE5hbWVTZXRzIHtcbiAgcmVhZG9ubHkgcmVxdWlyZWQ6IFNldDxzdHJpbmc+O1xuICByZWFkb25seSBhbGw6IFNldDxzdHJpbmc+O1xuICByZWFkb25seSBuZXN0ZWQ6IFNldDxzdHJpbmc+O1xufVxuXG5mdW5jdGlvbiB3YWxrKG5vZGVzOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXSwgc2NvcGU6IFRhZ1Njb3BlLCBuYW1lczogTmFtZVNldHMsIHJlZmVyZW5jZXM6IFBhcnRpYWxSZWZlcmVuY2VbXSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IG5vZGUgb2Ygbm9kZXMpIHtcbiAgICBzd2l0Y2ggKG5vZGUua2luZCkge1xuICAgICAgY2FzZSAndmFyaWFibGUnOlxuICAgICAgICBhZGROYW1lKG5vZGUucGF0aFswXSwgc2NvcGUsIGZhbHNlLCBuYW1lcyk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSAnc2VjdGlvbic6IHtcbiAgICAgICAgYWRkTmFtZShub2RlLnBhdGhbMF0sIHNjb3BlLCB0cnVlLCBuYW1lcyk7XG4gICAgICAgIGNvbnN0IGlubmVyOiBUYWdTY29wZSA9IG5vZGUuaW52ZXJ0ZWQgJiYgc2NvcGUgIT09ICduZXN0ZWQnID8gJ2NvbmRpdGlvbmFsJyA6ICduZXN0ZWQnO1xuICAgICAgICB3YWxrKG5vZGUuY2hpbGRyZW4sIGlubmVyLCBuYW1lcywgcmVmZXJlbmNlcyk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgY2FzZSAncGFydGlhbCc6XG4gICAgICAgIHJlZmVyZW5jZXMucHVzaCh7IG5hbWU6IG5vZGUubmFtZSwgc2NvcGUgfSk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgYnJlYWs7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIGFkZE5hbWUoZmlyc3Q6IHN0cmluZyB8IHVuZGVmaW5lZCwgc2NvcGU6IFRhZ1Njb3BlLCBpc1NlY3Rpb246IGJvb2xlYW4sIG5hbWVzOiBOYW1lU2V0cyk6IHZvaWQge1xuICBpZiAoZmlyc3QgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBpZiAoc2NvcGUgPT09ICduZXN0ZWQnKSB7XG4gICAgbmFtZXMubmVzdGVkLmFkZChmaXJzdCk7XG4gICAgcmV0dXJuO1xuICB9XG4gIG5hbWVzLmFsbC5hZGQoZmlyc3QpO1xuICBpZiAoc2NvcGUgPT09ICdyb290JyAmJiAhaXNTZWN0aW9uKSBuYW1lcy5yZXF1aXJlZC5hZGQoZmlyc3QpO1xufVxuIiwgIi8qKlxuICogUGFydGlhbHMgYXQgY29tcGlsZSB0aW1lOiBmZXRjaCBldmVyeSBwYXJ0aWFsIHJlYWNoYWJsZSBmcm9tIGEgdGVtcGxhdGUgdGhyb3VnaCB0aGUgY2FsbGVyJ3MgcmVzb2x2ZXIsIHBhcnNlXG4gKiBlYWNoIG9uY2UsIHJlcG9ydCBtaXNzaW5nIG9uZXMsIHJlamVjdCBpbmNsdWRlIGN5Y2xlcyB0aGF0IGNhbiBuZXZlciBlbmQsIGFuZCBmb2xkIHRoZSBwYXJ0aWFscycgdmFyaWFibGVzXG4gKiBpbnRvIHRoZSBpbmNsdWRpbmcgdGVtcGxhdGUncyBhbmFseXNpcy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgYW5hbHl6ZU5vZGVzLCB0eXBlIExvY2FsQW5hbHlzaXMsIHR5cGUgVGFnU2NvcGUsIHR5cGUgVGVtcGxhdGVBbmFseXNpcyB9IGZyb20gJy4vYW5hbHl6ZS5qcyc7XG5pbXBvcnQgeyBwYXJzZVRlbXBsYXRlLCB0eXBlIFRlbXBsYXRlTm9kZSB9IGZyb20gJy4vcGFyc2UuanMnO1xuXG4vKiogUmV0dXJucyB0aGUgdGVtcGxhdGUgdGV4dCBvZiB0aGUgcGFydGlhbCBvZiB0aGF0IG5hbWUsIG9yIGB1bmRlZmluZWRgIHdoZW4gdGhlcmUgaXMgbm9uZS4gKi9cbmV4cG9ydCB0eXBlIFBhcnRpYWxSZXNvbHZlciA9IChuYW1lOiBzdHJpbmcpID0+IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuLyoqIEEgcGFydGlhbCBmb3VuZCBhbmQgcGFyc2VkIGF0IGNvbXBpbGUgdGltZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZWRQYXJ0aWFsIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzb3VyY2U6IHN0cmluZztcbiAgcmVhZG9ubHkgbm9kZXM6IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdO1xuICByZWFkb25seSBhbmFseXNpczogTG9jYWxBbmFseXNpcztcbn1cblxuLyoqIEV2ZXJ5IHBhcnRpYWwgcmVhY2hhYmxlIGZyb20gb25lIHRlbXBsYXRlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJ0aWFsR3JhcGgge1xuICAvKiogVGhlIHBhcnRpYWxzIGZvdW5kLCBieSBuYW1lLiAqL1xuICByZWFkb25seSBmb3VuZDogUmVhZG9ubHlNYXA8c3RyaW5nLCBSZXNvbHZlZFBhcnRpYWw+O1xuICAvKiogTmFtZXMgaW5jbHVkZWQgc29tZXdoZXJlIGJ1dCBub3QgZm91bmQgKG9ubHkgcG9zc2libGUgd2hlbiBub3Qgc3RyaWN0KS4gKi9cbiAgcmVhZG9ubHkgbWlzc2luZzogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayByZXNvbHZlUGFydGlhbEdyYXBofS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZVBhcnRpYWxzT3B0aW9ucyB7XG4gIHJlYWRvbmx5IHJlc29sdmU6IFBhcnRpYWxSZXNvbHZlciB8IHVuZGVmaW5lZDtcbiAgLyoqIE1pc3NpbmcgcGFydGlhbHMgYXJlIGVycm9ycyB3aGVuIHRydWUuICovXG4gIHJlYWRvbmx5IHN0cmljdDogYm9vbGVhbjtcbiAgLyoqIExvY2F0aW9uIG9mIHRoZSBpbmNsdWRpbmcgdGVtcGxhdGUsIGZvciBlcnJvcnMuICovXG4gIHJlYWRvbmx5IGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbjtcbn1cblxuLyoqXG4gKiBGZXRjaCBhbmQgcGFyc2UgZXZlcnkgcGFydGlhbCByZWFjaGFibGUgZnJvbSBgcm9vdGAsIHRoZW4gY2hlY2sgZm9yIGVuZGxlc3MgaW5jbHVkZSBjeWNsZXMuXG4gKlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gYSBwYXJ0aWFsIGlzIG1pc3NpbmcgKHN0cmljdCksIGRvZXMgbm90IHBhcnNlLCBvciBhIGN5Y2xlIG9mIGluY2x1ZGVzIHNpdHNcbiAqICAgb3V0c2lkZSBhbnkgc2VjdGlvbiAoaXQgY291bGQgbmV2ZXIgZW5kKVxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVBhcnRpYWxHcmFwaChyb290OiBMb2NhbEFuYWx5c2lzLCBvcHRpb25zOiBSZXNvbHZlUGFydGlhbHNPcHRpb25zKTogUGFydGlhbEdyYXBoIHtcbiAgY29uc3QgZm91bmQgPSBuZXcgTWFwPHN0cmluZywgUmVzb2x2ZWRQYXJ0aWFsPigpO1xuICBjb25zdCBtaXNzaW5nOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHF1ZXVlOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgaW5jbHVkZXI6IHN0cmluZyB8IHVuZGVmaW5lZCB9PiA9IHJvb3QucGFydGlhbHMubWFwKChuYW1lKSA9PiAoe1xuICAgIG5hbWUsXG4gICAgaW5jbHVkZXI6IG9wdGlvbnMubG9jYXRpb24ucHJvbXB0TmFtZSxcbiAgfSkpO1xuICBmb3IgKGxldCBpdGVtID0gcXVldWUuc2hpZnQoKTsgaXRlbSAhPT0gdW5kZWZpbmVkOyBpdGVtID0gcXVldWUuc2hpZnQoKSkge1xuICAgIGNvbnN0IHsgbmFtZSwgaW5jbHVkZXIgfSA9IGl0ZW07XG4gICAgaWYgKHNlZW4uaGFzKG5hbWUpKSBjb250aW51ZTtcbiAgICBzZWVuLmFkZChuYW1lKTtcbiAgICBjb25zdCBzb3VyY2UgPSBvcHRpb25zLnJlc29sdmU/LihuYW1lKTtcbiAgICBpZiAoc291cmNlID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmIChvcHRpb25zLnN0cmljdCkgdGhyb3cgbWlzc2luZ1BhcnRpYWxFcnJvcihuYW1lLCBpbmNsdWRlciwgb3B0aW9ucy5sb2NhdGlvbik7XG4gICAgICBtaXNzaW5nLnB1c2gobmFtZSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3Qgbm9kZXMgPSBwYXJzZVRlbXBsYXRlKHNvdXJjZSwgeyBwcm9tcHROYW1lOiBuYW1lLCBmaWVsZDogJ3RlbXBsYXRlJyB9KTtcbiAgICBjb25zdCBhbmFseXNpcyA9IGFuYWx5emVOb2Rlcyhub2Rlcyk7XG4gICAgZm91bmQuc2V0KG5hbWUsIHsgbmFtZSwgc291cmNlLCBub2RlcywgYW5hbHlzaXMgfSk7XG4gICAgZm9yIChjb25zdCBuZXh0IG9mIGFuYWx5c2lzLnBhcnRpYWxzKSBxdWV1ZS5wdXNoKHsgbmFtZTogbmV4dCwgaW5jbHVkZXI6IG5hbWUgfSk7XG4gIH1cbiAgY29uc3QgY3ljbGUgPSBmaW5kRW5kbGVzc0N5Y2xlKHJvb3QsIGZvdW5kKTtcbiAgaWYgKGN5Y2xlICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBsYXN0ID0gY3ljbGVbY3ljbGUubGVuZ3RoIC0gMV0gYXMgc3RyaW5nO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGBwYXJ0aWFsIGluY2x1ZGUgY3ljbGUgJHtjeWNsZS5tYXAoKG4pID0+IGBcIiR7bn1cImApLmpvaW4oJyBcdTIxOTIgJyl9IGlzIG91dHNpZGUgYW55IHNlY3Rpb24sIHNvIHJlbmRlcmluZyBpdCBgICtcbiAgICAgICAgYGNvdWxkIG5ldmVyIGVuZDsgcHV0IHRoZSByZWN1cnNpdmUgXCJ7ez4gJHtsYXN0fX19XCIgaW5zaWRlIGEgc2VjdGlvbiB0aGF0IGVuZHMgYCArXG4gICAgICAgIGAoZS5nLiBcInt7I2NoaWxkcmVufX17ez4gJHtsYXN0fX19e3svY2hpbGRyZW59fVwiKSBvciByZW1vdmUgaXRgLFxuICAgICAgeyAuLi5vcHRpb25zLmxvY2F0aW9uLCBmaWVsZDogb3B0aW9ucy5sb2NhdGlvbi5maWVsZCA/PyAndGVtcGxhdGUnIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4geyBmb3VuZCwgbWlzc2luZyB9O1xufVxuXG5mdW5jdGlvbiBtaXNzaW5nUGFydGlhbEVycm9yKFxuICBuYW1lOiBzdHJpbmcsXG4gIGluY2x1ZGVyOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbik6IFByb21wdEZvcm1hdEVycm9yIHtcbiAgY29uc3QgYnkgPSBpbmNsdWRlciA9PT0gdW5kZWZpbmVkID8gJycgOiBgIChpbmNsdWRlZCBieSBcIiR7aW5jbHVkZXJ9XCIpYDtcbiAgcmV0dXJuIG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICBgcGFydGlhbCBcIiR7bmFtZX1cIiBub3QgZm91bmQke2J5fTsgY3JlYXRlIGl0IChlLmcuICR7bmFtZX0ucHJvbXB0Lm1kOyBzaGFyZWQgc25pcHBldHMgdXN1YWxseSBsaXZlIGAgK1xuICAgICAgYHVuZGVyIHBhcnRpYWxzLykgb3IgZml4IHRoZSBuYW1lIGluIFwie3s+ICR7bmFtZX19fVwiYCxcbiAgICB7IC4uLmxvY2F0aW9uLCBmaWVsZDogbG9jYXRpb24uZmllbGQgPz8gJ3RlbXBsYXRlJyB9LFxuICApO1xufVxuXG4vKipcbiAqIEEgY3ljbGUgbWFkZSBvbmx5IG9mIGluY2x1ZGVzIHRoYXQgc2l0IG91dHNpZGUgYW55IHNlY3Rpb24gKHNjb3BlIGAncm9vdCdgKSByZW5kZXJzIGZvcmV2ZXIgb25jZSBlbnRlcmVkLlxuICogUmV0dXJucyB0aGUgbmFtZXMgYWxvbmcgdGhlIGZpcnN0IHN1Y2ggY3ljbGUgZm91bmQgKGZpcnN0IG5hbWUgcmVwZWF0ZWQgYXQgdGhlIGVuZCksIG9yIGB1bmRlZmluZWRgLlxuICovXG5mdW5jdGlvbiBmaW5kRW5kbGVzc0N5Y2xlKHJvb3Q6IExvY2FsQW5hbHlzaXMsIGZvdW5kOiBSZWFkb25seU1hcDxzdHJpbmcsIFJlc29sdmVkUGFydGlhbD4pOiBzdHJpbmdbXSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHVuY29uZGl0aW9uYWwgPSAoYW5hbHlzaXM6IExvY2FsQW5hbHlzaXMpOiBzdHJpbmdbXSA9PlxuICAgIGFuYWx5c2lzLnJlZmVyZW5jZXMuZmlsdGVyKChyKSA9PiByLnNjb3BlID09PSAncm9vdCcpLm1hcCgocikgPT4gci5uYW1lKTtcbiAgY29uc3QgZG9uZSA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBvblBhdGg6IHN0cmluZ1tdID0gW107XG5cbiAgY29uc3QgdmlzaXQgPSAobmFtZTogc3RyaW5nKTogc3RyaW5nW10gfCB1bmRlZmluZWQgPT4ge1xuICAgIGNvbnN0IGF0ID0gb25QYXRoLmluZGV4T2YobmFtZSk7XG4gICAgaWYgKGF0ID49IDApIHJldHVybiBbLi4ub25QYXRoLnNsaWNlKGF0KSwgbmFtZV07XG4gICAgaWYgKGRvbmUuaGFzKG5hbWUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IHBhcnRpYWwgPSBmb3VuZC5nZXQobmFtZSk7XG4gICAgaWYgKHBhcnRpYWwgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBvblBhdGgucHVzaChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5leHQgb2YgdW5jb25kaXRpb25hbChwYXJ0aWFsLmFuYWx5c2lzKSkge1xuICAgICAgY29uc3QgY3ljbGUgPSB2aXNpdChuZXh0KTtcbiAgICAgIGlmIChjeWNsZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gY3ljbGU7XG4gICAgfVxuICAgIG9uUGF0aC5wb3AoKTtcbiAgICBkb25lLmFkZChuYW1lKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9O1xuXG4gIGZvciAoY29uc3QgbmFtZSBvZiBbLi4udW5jb25kaXRpb25hbChyb290KSwgLi4uZm91bmQua2V5cygpXSkge1xuICAgIGNvbnN0IGN5Y2xlID0gdmlzaXQobmFtZSk7XG4gICAgaWYgKGN5Y2xlICE9PSB1bmRlZmluZWQpIHJldHVybiBjeWNsZTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogSG93IGEgcGFydGlhbCdzIG5hbWVzIGNvdW50IGZvciB0aGUgdGVtcGxhdGUgaW5jbHVkaW5nIGl0LiAqL1xudHlwZSBJbmNsdXNpb24gPSAncmVxdWlyZWQnIHwgJ2NvbmRpdGlvbmFsJyB8ICduZXN0ZWQnO1xuXG4vKipcbiAqIFRoZSBhbmFseXNpcyBvZiBhIHRlbXBsYXRlIHRvZ2V0aGVyIHdpdGggdGhlIHBhcnRpYWxzIGl0IGluY2x1ZGVzOiBhIHBhcnRpYWwgaW5jbHVkZWQgb3V0c2lkZSBhbnkgc2VjdGlvblxuICogYWRkcyBpdHMgcmVxdWlyZWQgbmFtZXMgdG8gYHJlcXVpcmVkYDsgb25lIGluc2lkZSBpbnZlcnRlZCBzZWN0aW9ucyBvbmx5IGFkZHMgdGhlbSB0byBgYWxsYDsgb25lIGluc2lkZSBhXG4gKiBge3sjc2VjdGlvbn19YCBhZGRzIGFsbCBpdHMgbmFtZXMgdG8gYG5lc3RlZGAuIGBwYXJ0aWFsc2Agc3RheXMgdGhlIGRpcmVjdCBpbmNsdWRlcyBvZiB0aGUgdGVtcGxhdGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXJnZVBhcnRpYWxBbmFseXNpcyhyb290OiBMb2NhbEFuYWx5c2lzLCBncmFwaDogUGFydGlhbEdyYXBoKTogVGVtcGxhdGVBbmFseXNpcyB7XG4gIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGFsbCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBuZXN0ZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgLy8gRWFjaCAocGFydGlhbCwgaW5jbHVzaW9uKSBwYWlyIGlzIGZvbGRlZCBpbiBvbmNlOiBoYW5kbGVzIHJlY3Vyc2l2ZSBwYXJ0aWFscyBhbmQgZGlhbW9uZHMuXG4gIGNvbnN0IGFkZGVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG5cbiAgY29uc3QgYWRkID0gKGFuYWx5c2lzOiBMb2NhbEFuYWx5c2lzLCBpbmNsdXNpb246IEluY2x1c2lvbik6IHZvaWQgPT4ge1xuICAgIGlmIChpbmNsdXNpb24gPT09ICdyZXF1aXJlZCcpIGZvciAoY29uc3QgbmFtZSBvZiBhbmFseXNpcy5yZXF1aXJlZCkgcmVxdWlyZWQuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBhbmFseXNpcy5hbGwpIChpbmNsdXNpb24gPT09ICduZXN0ZWQnID8gbmVzdGVkIDogYWxsKS5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGFuYWx5c2lzLm5lc3RlZCkgbmVzdGVkLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IHJlZiBvZiBhbmFseXNpcy5yZWZlcmVuY2VzKSB7XG4gICAgICBjb25zdCBwYXJ0aWFsID0gZ3JhcGguZm91bmQuZ2V0KHJlZi5uYW1lKTtcbiAgICAgIGNvbnN0IGlubmVyID0gY29tYmluZShpbmNsdXNpb24sIHJlZi5zY29wZSk7XG4gICAgICBjb25zdCBrZXkgPSBgJHtpbm5lcn06JHtyZWYubmFtZX1gO1xuICAgICAgaWYgKHBhcnRpYWwgPT09IHVuZGVmaW5lZCB8fCBhZGRlZC5oYXMoa2V5KSkgY29udGludWU7XG4gICAgICBhZGRlZC5hZGQoa2V5KTtcbiAgICAgIGFkZChwYXJ0aWFsLmFuYWx5c2lzLCBpbm5lcik7XG4gICAgfVxuICB9O1xuICBhZGQocm9vdCwgJ3JlcXVpcmVkJyk7XG4gIHJldHVybiB7XG4gICAgcmVxdWlyZWQ6IFsuLi5yZXF1aXJlZF0sXG4gICAgYWxsOiBbLi4uYWxsXSxcbiAgICBuZXN0ZWQ6IFsuLi5uZXN0ZWRdLmZpbHRlcigobmFtZSkgPT4gIWFsbC5oYXMobmFtZSkpLFxuICAgIHBhcnRpYWxzOiByb290LnBhcnRpYWxzLFxuICB9O1xufVxuXG5mdW5jdGlvbiBjb21iaW5lKG91dGVyOiBJbmNsdXNpb24sIHNjb3BlOiBUYWdTY29wZSk6IEluY2x1c2lvbiB7XG4gIGlmIChvdXRlciA9PT0gJ25lc3RlZCcgfHwgc2NvcGUgPT09ICduZXN0ZWQnKSByZXR1cm4gJ25lc3RlZCc7XG4gIGlmIChvdXRlciA9PT0gJ2NvbmRpdGlvbmFsJyB8fCBzY29wZSA9PT0gJ2NvbmRpdGlvbmFsJykgcmV0dXJuICdjb25kaXRpb25hbCc7XG4gIHJldHVybiAncmVxdWlyZWQnO1xufVxuIiwgIi8qKlxuICogSG93IHZhbHVlcyBmcm9tIHRoZSB2aWV3IGJlY29tZSB0ZXh0LCBhbmQgd2hpY2ggdmFsdWVzIGNvdW50IGFzIFwiZW1wdHlcIiBmb3Igc2VjdGlvbnMuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqXG4gKiBUdXJuIGFuIGludGVycG9sYXRlZCB2YWx1ZSBpbnRvIHRleHQuXG4gKlxuICogLSBzdHJpbmdzIGFzIHRoZXkgYXJlOyBudW1iZXJzLCBib29sZWFucyBhbmQgYmlnaW50cyB0aHJvdWdoIGBTdHJpbmdgO1xuICogLSBgbnVsbGAsIGB1bmRlZmluZWRgLCBmdW5jdGlvbnMgYW5kIHN5bWJvbHMgYXMgYCcnYCAoZnVuY3Rpb25zIGFyZSBuZXZlciBjYWxsZWQ6IHByb21wdHMgaGF2ZSBubyBsYW1iZGFzKTtcbiAqIC0gYERhdGVgIGFzIGl0cyBJU08gc3RyaW5nO1xuICogLSBvdGhlciBvYmplY3RzIGFuZCBhcnJheXMgYXMgSlNPTiAobmV2ZXIgYFtvYmplY3QgT2JqZWN0XWApLiBBIHZhbHVlIEpTT04gY2Fubm90IGVuY29kZSAoYSBjeWNsZSwgYSBiaWdpbnRcbiAqICAgaW5zaWRlKSBzdGlsbCByZW5kZXJzOiBjeWNsZXMgYmVjb21lIGBcIltDaXJjdWxhcl1cImAsIGJpZ2ludHMgdGhlaXIgZGVjaW1hbCBzdHJpbmcuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b1RleHQodmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIHZhbHVlO1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuICcnO1xuICBzd2l0Y2ggKHR5cGVvZiB2YWx1ZSkge1xuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgY2FzZSAnYmlnaW50JzpcbiAgICAgIHJldHVybiBTdHJpbmcodmFsdWUpO1xuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gb2JqZWN0VG9UZXh0KHZhbHVlKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuICcnO1xuICB9XG59XG5cbmZ1bmN0aW9uIG9iamVjdFRvVGV4dCh2YWx1ZTogb2JqZWN0KTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlIGluc3RhbmNlb2YgRGF0ZSkgcmV0dXJuIE51bWJlci5pc05hTih2YWx1ZS5nZXRUaW1lKCkpID8gJycgOiB2YWx1ZS50b0lTT1N0cmluZygpO1xuICB0cnkge1xuICAgIHJldHVybiBKU09OLnN0cmluZ2lmeSh2YWx1ZSkgPz8gJyc7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBzYWZlU3RyaW5naWZ5KHZhbHVlKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBzYWZlU3RyaW5naWZ5KHZhbHVlOiBvYmplY3QpOiBzdHJpbmcge1xuICBjb25zdCBzZWVuID0gbmV3IFdlYWtTZXQ8b2JqZWN0PigpO1xuICByZXR1cm4gKFxuICAgIEpTT04uc3RyaW5naWZ5KHZhbHVlLCAoX2tleSwgaXRlbTogdW5rbm93bikgPT4ge1xuICAgICAgaWYgKHR5cGVvZiBpdGVtID09PSAnYmlnaW50JykgcmV0dXJuIGl0ZW0udG9TdHJpbmcoKTtcbiAgICAgIGlmICh0eXBlb2YgaXRlbSA9PT0gJ29iamVjdCcgJiYgaXRlbSAhPT0gbnVsbCkge1xuICAgICAgICBpZiAoc2Vlbi5oYXMoaXRlbSkpIHJldHVybiAnW0NpcmN1bGFyXSc7XG4gICAgICAgIHNlZW4uYWRkKGl0ZW0pO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGl0ZW07XG4gICAgfSkgPz8gJydcbiAgKTtcbn1cblxuLyoqXG4gKiBUcnVlIHdoZW4gYSBzZWN0aW9uIG11c3QgYmUgc2tpcHBlZCAoYW5kIGFuIGludmVydGVkIHNlY3Rpb24gcmVuZGVyZWQpOiBKYXZhU2NyaXB0LWZhbHN5IHZhbHVlc1xuICogKGBmYWxzZWAsIGBudWxsYCwgYHVuZGVmaW5lZGAsIGAwYCwgYE5hTmAsIGAnJ2AsIGFzIHRoZSBzcGVjJ3MgYCEhZGF0YWAgcnVsZSBzYXlzKSwgZW1wdHkgYXJyYXlzLCBhbmRcbiAqIGZ1bmN0aW9ucyAobmV2ZXIgY2FsbGVkOyB0cmVhdGVkIGFzIGVtcHR5KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzRW1wdHlWYWx1ZSh2YWx1ZTogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gIXZhbHVlIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Z1bmN0aW9uJyB8fCAoQXJyYXkuaXNBcnJheSh2YWx1ZSkgJiYgdmFsdWUubGVuZ3RoID09PSAwKTtcbn1cblxuY29uc3QgSFRNTF9FTlRJVElFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7XG4gICcmJzogJyZhbXA7JyxcbiAgJzwnOiAnJmx0OycsXG4gICc+JzogJyZndDsnLFxuICAnXCInOiAnJnF1b3Q7JyxcbiAgXCInXCI6ICcmIzM5OycsXG59O1xuXG5jb25zdCBIVE1MX1NQRUNJQUwgPSAvWyY8PlwiJ10vZztcblxuLyoqXG4gKiBIVE1MLWVzY2FwZSBgJmAsIGA8YCwgYD5gLCBgXCJgIGFuZCBgJ2AuIFBhc3MgaXQgYXMgdGhlIGBlc2NhcGVgIG9wdGlvbiB0byBnZXQgdGhlIE11c3RhY2hlIHNwZWMnc1xuICogYmVoYXZpb3VyIChge3t4fX1gIGVzY2FwZWQsIGB7e3t4fX19YCBhbmQgYHt7Jnh9fWAgcmF3KS4gUHJvbXB0cyBkbyBub3QgZXNjYXBlIGJ5IGRlZmF1bHQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlc2NhcGVIdG1sKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoSFRNTF9TUEVDSUFMLCAoY2hhcikgPT4gSFRNTF9FTlRJVElFU1tjaGFyXSA/PyBjaGFyKTtcbn1cbiIsICIvKipcbiAqIFRoZSB0ZW1wbGF0ZSBjb21waWxlcjogcGFyc2VzIGEgdGVtcGxhdGUgb25jZSAod2l0aCBgbXVzdGFjaGVgJ3MgcGFyc2VyKSBhbmQgdHVybnMgdGhlIHRyZWUgaW50byBuZXN0ZWRcbiAqIGNsb3N1cmVzIHRoYXQgZG8gdGhlaXIgb3duIGNvbnRleHQgbG9va3VwLiBSZW5kZXJpbmcgZG9lcyBubyBwYXJzaW5nIGFuZCBubyBnbG9iYWwgc3RhdGUgaXMgdG91Y2hlZDtcbiAqIG5vIGNvZGUgaXMgZ2VuZXJhdGVkIGF0IHJ1biB0aW1lIChgbmV3IEZ1bmN0aW9uYCBpcyBiYW5uZWQgb24gc29tZSBlZGdlIHJ1bnRpbWVzKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHQgPSBjb21waWxlVGVtcGxhdGUoJ0hlbGxvIHt7dXNlci5uYW1lfX17eyN0YWdzfX0sIHt7Ln19e3svdGFnc319Jyk7XG4gKiB0LnJlbmRlcih7IHVzZXI6IHsgbmFtZTogJ0FkYScgfSwgdGFnczogWydhJywgJ2InXSB9KTsgLy8gJ0hlbGxvIEFkYSwgYSwgYidcbiAqIGBgYFxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBhbmFseXplTm9kZXMsIHR5cGUgVGVtcGxhdGVBbmFseXNpcyB9IGZyb20gJy4vYW5hbHl6ZS5qcyc7XG5pbXBvcnQgeyBsb29rdXBOYW1lLCBsb29rdXBQYXRoLCByZWFkT3duLCByZWFkT3duUGF0aCB9IGZyb20gJy4vbG9va3VwLmpzJztcbmltcG9ydCB7IHBhcnNlVGVtcGxhdGUsIHR5cGUgVGVtcGxhdGVOb2RlIH0gZnJvbSAnLi9wYXJzZS5qcyc7XG5pbXBvcnQgeyBtZXJnZVBhcnRpYWxBbmFseXNpcywgdHlwZSBQYXJ0aWFsR3JhcGgsIHR5cGUgUGFydGlhbFJlc29sdmVyLCByZXNvbHZlUGFydGlhbEdyYXBoIH0gZnJvbSAnLi9wYXJ0aWFscy5qcyc7XG5pbXBvcnQgeyBpc0VtcHR5VmFsdWUsIHRvVGV4dCB9IGZyb20gJy4vdmFsdWUuanMnO1xuXG4vKiogRGVlcGVzdCBuZXN0aW5nIG9mIHBhcnRpYWxzIHdoaWxlIHJlbmRlcmluZzsgZGVlcGVyIHJlY3Vyc2lvbiBpcyBhbiBlcnJvciwgbmV2ZXIgYSBzdGFjayBvdmVyZmxvdy4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUEFSVElBTF9ERVBUSCA9IDY0O1xuXG4vKiogTW9zdCBwYXJ0aWFsIGluY2x1c2lvbnMgaW4gb25lIHJlbmRlcjsgbW9yZSBpcyBhbiBlcnJvciwgbmV2ZXIgYSBoYW5nIChlLmcuIGEgd2lkZSByZWN1cnNpdmUgcGFydGlhbCkuICovXG5leHBvcnQgY29uc3QgTUFYX1BBUlRJQUxfUkVOREVSUyA9IDEwMF8wMDA7XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBjb21waWxlVGVtcGxhdGV9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlVGVtcGxhdGVPcHRpb25zIHtcbiAgLyoqXG4gICAqIFJldHVybnMgdGhlIHRlbXBsYXRlIHRleHQgb2YgYSBwYXJ0aWFsIGJ5IG5hbWUsIG9yIGB1bmRlZmluZWRgIHdoZW4gdGhlcmUgaXMgbm9uZS4gQ2FsbGVkIGF0IGNvbXBpbGUgdGltZVxuICAgKiBvbmx5LCBvbmNlIHBlciBuYW1lIHJlYWNoYWJsZSBmcm9tIHRoZSB0ZW1wbGF0ZS5cbiAgICovXG4gIHBhcnRpYWw/OiBQYXJ0aWFsUmVzb2x2ZXI7XG4gIC8qKlxuICAgKiBFc2NhcGVzIHRoZSB0ZXh0IG9mIGB7e25hbWV9fWAgdGFncyAobmV2ZXIgb2YgYHt7e25hbWV9fX1gIG9yIGB7eyZuYW1lfX1gKS4gVW5zZXQgYnkgZGVmYXVsdDogcHJvbXB0cyBhcmVcbiAgICogbm90IEhUTUwuIFBhc3MgYGVzY2FwZUh0bWxgIGZvciB0aGUgTXVzdGFjaGUgc3BlYydzIGJlaGF2aW91ci5cbiAgICovXG4gIGVzY2FwZT86ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZztcbiAgLyoqXG4gICAqIFdoZW4gdHJ1ZSAodGhlIGRlZmF1bHQpIGEgbWlzc2luZyBwYXJ0aWFsIGlzIGEge0BsaW5rIFByb21wdEZvcm1hdEVycm9yfSBhdCBjb21waWxlIHRpbWU7IHdoZW4gZmFsc2UgaXRcbiAgICogcmVuZGVycyBhcyBlbXB0eSwgYXMgdGhlIE11c3RhY2hlIHNwZWMgc2F5cy5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgc3RyaWN0PzogYm9vbGVhbjtcbiAgLyoqIFdoZXJlIHRoZSB0ZW1wbGF0ZSBjb21lcyBmcm9tIChmaWxlLCBwcm9tcHQgbmFtZSwgZmllbGQsIHN0YXJ0IGxpbmUpLCBmb3IgZXJyb3IgbWVzc2FnZXMuICovXG4gIGxvY2F0aW9uPzogUHJvbXB0Rm9ybWF0TG9jYXRpb247XG59XG5cbi8qKiBBIHRlbXBsYXRlIGNvbXBpbGVkIG9uY2UgaW50byBhIHJlbmRlciBmdW5jdGlvbi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGlsZWRUZW1wbGF0ZSB7XG4gIC8qKiBUaGUgdGVtcGxhdGUgdGV4dC4gKi9cbiAgcmVhZG9ubHkgc291cmNlOiBzdHJpbmc7XG4gIC8qKiBXaGF0IHRoZSB0ZW1wbGF0ZSByZWFkcywgaW5jbHVkaW5nIHdoYXQgaXRzIHBhcnRpYWxzIHJlYWQgKHNlZSB7QGxpbmsgVGVtcGxhdGVBbmFseXNpc30pLiAqL1xuICByZWFkb25seSBhbmFseXNpczogVGVtcGxhdGVBbmFseXNpcztcbiAgLyoqIFBhcnRpYWxzIGluY2x1ZGVkIHNvbWV3aGVyZSBidXQgbm90IGZvdW5kIChvbmx5IHdoZW4gY29tcGlsZWQgd2l0aCBgc3RyaWN0OiBmYWxzZWApOyB0aGV5IHJlbmRlciBlbXB0eS4gKi9cbiAgcmVhZG9ubHkgbWlzc2luZ1BhcnRpYWxzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqXG4gICAqIFJlbmRlciB3aXRoIGB2aWV3YCBhcyB0aGUgcm9vdCBjb250ZXh0LiBOZXZlciBjYWxscyBmdW5jdGlvbnMgZm91bmQgaW4gdGhlIHZpZXcuXG4gICAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIHBhcnRpYWxzIG5lc3QgZGVlcGVyIHRoYW4ge0BsaW5rIE1BWF9QQVJUSUFMX0RFUFRIfSBvciBhcmUgaW5jbHVkZWQgbW9yZVxuICAgKiAgIHRoYW4ge0BsaW5rIE1BWF9QQVJUSUFMX1JFTkRFUlN9IHRpbWVzXG4gICAqL1xuICByZW5kZXIodmlldzogdW5rbm93bik6IHN0cmluZztcbn1cblxuLyoqIE11dGFibGUgc3RhdGUgb2Ygb25lIHJlbmRlciBjYWxsLiAqL1xuaW50ZXJmYWNlIFJlbmRlclN0YXRlIHtcbiAgLyoqIFRoZSBjb250ZXh0IHN0YWNrLCByb290IGZpcnN0LiAqL1xuICByZWFkb25seSBmcmFtZXM6IHVua25vd25bXTtcbiAgLyoqIEN1cnJlbnQgcGFydGlhbCBuZXN0aW5nIGRlcHRoLiAqL1xuICBkZXB0aDogbnVtYmVyO1xuICAvKiogUGFydGlhbCBpbmNsdXNpb25zIHNvIGZhci4gKi9cbiAgaW5jbHVkZXM6IG51bWJlcjtcbn1cblxudHlwZSBSZW5kZXJGbiA9IChzdGF0ZTogUmVuZGVyU3RhdGUpID0+IHN0cmluZztcblxuLyoqXG4gKiBDb21waWxlIGEgdGVtcGxhdGUgaW50byBhIHJlbmRlciBmdW5jdGlvbi5cbiAqXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiB0aGUgdGVtcGxhdGUgb3IgYSBwYXJ0aWFsIGRvZXMgbm90IHBhcnNlLCBhIHBhcnRpYWwgaXMgbWlzc2luZyAoc3RyaWN0KSwgb3JcbiAqICAgcGFydGlhbHMgaW5jbHVkZSBlYWNoIG90aGVyIGluIGEgY3ljbGUgb3V0c2lkZSBhbnkgc2VjdGlvblxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVRlbXBsYXRlKHNvdXJjZTogc3RyaW5nLCBvcHRpb25zOiBDb21waWxlVGVtcGxhdGVPcHRpb25zID0ge30pOiBDb21waWxlZFRlbXBsYXRlIHtcbiAgY29uc3QgbG9jYXRpb24gPSBvcHRpb25zLmxvY2F0aW9uID8/IHt9O1xuICBjb25zdCBub2RlcyA9IHBhcnNlVGVtcGxhdGUoc291cmNlLCBsb2NhdGlvbik7XG4gIGNvbnN0IGxvY2FsID0gYW5hbHl6ZU5vZGVzKG5vZGVzKTtcbiAgY29uc3QgZ3JhcGggPSByZXNvbHZlUGFydGlhbEdyYXBoKGxvY2FsLCB7XG4gICAgcmVzb2x2ZTogb3B0aW9ucy5wYXJ0aWFsLFxuICAgIHN0cmljdDogb3B0aW9ucy5zdHJpY3QgPz8gdHJ1ZSxcbiAgICBsb2NhdGlvbixcbiAgfSk7XG4gIGNvbnN0IGFuYWx5c2lzID0gbWVyZ2VQYXJ0aWFsQW5hbHlzaXMobG9jYWwsIGdyYXBoKTtcbiAgY29uc3QgZmxhdCA9IGNvbXBpbGVGbGF0KG5vZGVzLCBvcHRpb25zLmVzY2FwZSk7XG4gIGlmIChmbGF0ICE9PSB1bmRlZmluZWQpIHJldHVybiB7IHNvdXJjZSwgYW5hbHlzaXMsIG1pc3NpbmdQYXJ0aWFsczogZ3JhcGgubWlzc2luZywgcmVuZGVyOiBmbGF0IH07XG4gIGNvbnN0IHJvb3QgPSBuZXcgTm9kZUNvbXBpbGVyKGdyYXBoLCBvcHRpb25zLmVzY2FwZSwgbG9jYXRpb24pLmNvbXBpbGUobm9kZXMpO1xuICByZXR1cm4ge1xuICAgIHNvdXJjZSxcbiAgICBhbmFseXNpcyxcbiAgICBtaXNzaW5nUGFydGlhbHM6IGdyYXBoLm1pc3NpbmcsXG4gICAgcmVuZGVyKHZpZXc6IHVua25vd24pOiBzdHJpbmcge1xuICAgICAgcmV0dXJuIHJvb3QoeyBmcmFtZXM6IFt2aWV3XSwgZGVwdGg6IDAsIGluY2x1ZGVzOiAwIH0pO1xuICAgIH0sXG4gIH07XG59XG5cbi8qKlxuICogVGhlIGZhc3QgcGF0aCBvZiB0aGUgY29tbW9uIHByb21wdDogYSB0ZW1wbGF0ZSBvZiB0ZXh0IGFuZCB2YXJpYWJsZXMgb25seSAobm8gc2VjdGlvbnMsIG5vIHBhcnRpYWxzKSByZWFkc1xuICogZXZlcnkgbmFtZSBmcm9tIHRoZSBpbnB1dCBpdHNlbGYsIHNvIGl0IG5lZWRzIG5vIGNvbnRleHQgc3RhY2sgYW5kIGFsbG9jYXRlcyBub3RoaW5nIGJ1dCBpdHMgb3V0cHV0LlxuICogYHVuZGVmaW5lZGAgd2hlbiB0aGUgdGVtcGxhdGUgaGFzIHNlY3Rpb25zIG9yIHBhcnRpYWxzLlxuICovXG5mdW5jdGlvbiBjb21waWxlRmxhdChcbiAgbm9kZXM6IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdLFxuICBlc2NhcGVUZXh0OiAoKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZCxcbik6ICgodmlldzogdW5rbm93bikgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHRleHRzOiBzdHJpbmdbXSA9IFsnJ107XG4gIGNvbnN0IHBhcnRzOiBBcnJheTwodmlldzogdW5rbm93bikgPT4gc3RyaW5nPiA9IFtdO1xuICBmb3IgKGNvbnN0IG5vZGUgb2Ygbm9kZXMpIHtcbiAgICBpZiAobm9kZS5raW5kID09PSAndGV4dCcpIHtcbiAgICAgIHRleHRzW3RleHRzLmxlbmd0aCAtIDFdICs9IG5vZGUudGV4dDtcbiAgICB9IGVsc2UgaWYgKG5vZGUua2luZCA9PT0gJ3ZhcmlhYmxlJykge1xuICAgICAgcGFydHMucHVzaChmbGF0VmFyaWFibGUobm9kZS5wYXRoLCBub2RlLmVzY2FwZWQgPyBlc2NhcGVUZXh0IDogdW5kZWZpbmVkKSk7XG4gICAgICB0ZXh0cy5wdXNoKCcnKTtcbiAgICB9IGVsc2Uge1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHNlcXVlbmNlKHRleHRzLCBwYXJ0cyk7XG59XG5cbmZ1bmN0aW9uIGZsYXRWYXJpYWJsZShcbiAgcGF0aDogcmVhZG9ubHkgc3RyaW5nW10sXG4gIGVzY2FwZVRleHQ6ICgodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkLFxuKTogKHZpZXc6IHVua25vd24pID0+IHN0cmluZyB7XG4gIGNvbnN0IGtleSA9IHBhdGhbMF07XG4gIGlmIChwYXRoLmxlbmd0aCA9PT0gMSAmJiBrZXkgIT09IHVuZGVmaW5lZCkge1xuICAgIHJldHVybiBlc2NhcGVUZXh0ID09PSB1bmRlZmluZWRcbiAgICAgID8gKHZpZXcpID0+IHRvVGV4dChyZWFkT3duKHZpZXcsIGtleSkpXG4gICAgICA6ICh2aWV3KSA9PiBlc2NhcGVUZXh0KHRvVGV4dChyZWFkT3duKHZpZXcsIGtleSkpKTtcbiAgfVxuICByZXR1cm4gZXNjYXBlVGV4dCA9PT0gdW5kZWZpbmVkXG4gICAgPyAodmlldykgPT4gdG9UZXh0KHJlYWRPd25QYXRoKHZpZXcsIHBhdGgpKVxuICAgIDogKHZpZXcpID0+IGVzY2FwZVRleHQodG9UZXh0KHJlYWRPd25QYXRoKHZpZXcsIHBhdGgpKSk7XG59XG5cbi8qKiBDb21waWxlcyBub2RlcyBpbnRvIGNsb3N1cmVzOyBvd25zIHRoZSBjYWNoZSBvZiBwYXJ0aWFscyBjb21waWxlZCBwZXIgKG5hbWUsIGluZGVudGF0aW9uKS4gKi9cbmNsYXNzIE5vZGVDb21waWxlciB7XG4gIHByaXZhdGUgcmVhZG9ubHkgcGFydGlhbENhY2hlID0gbmV3IE1hcDxzdHJpbmcsIFJlbmRlckZuIHwgbnVsbD4oKTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGdyYXBoOiBQYXJ0aWFsR3JhcGgsXG4gICAgcHJpdmF0ZSByZWFkb25seSBlc2NhcGVUZXh0OiAoKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbiAgKSB7fVxuXG4gIGNvbXBpbGUobm9kZXM6IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdKTogUmVuZGVyRm4ge1xuICAgIC8vIFNoYXBlOiB0ZXh0c1swXSArIHBhcnRzWzBdKHMpICsgdGV4dHNbMV0gKyBwYXJ0c1sxXShzKSArIFx1MjAyNiArIHRleHRzW25dLCBsaWtlIGEgdGVtcGxhdGUgbGl0ZXJhbC5cbiAgICBjb25zdCB0ZXh0czogc3RyaW5nW10gPSBbJyddO1xuICAgIGNvbnN0IHBhcnRzOiBSZW5kZXJGbltdID0gW107XG4gICAgZm9yIChjb25zdCBub2RlIG9mIG5vZGVzKSB7XG4gICAgICBpZiAobm9kZS5raW5kID09PSAndGV4dCcpIHtcbiAgICAgICAgdGV4dHNbdGV4dHMubGVuZ3RoIC0gMV0gKz0gbm9kZS50ZXh0O1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgcGFydHMucHVzaCh0aGlzLmNvbXBpbGVOb2RlKG5vZGUpKTtcbiAgICAgICAgdGV4dHMucHVzaCgnJyk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBzZXF1ZW5jZSh0ZXh0cywgcGFydHMpO1xuICB9XG5cbiAgcHJpdmF0ZSBjb21waWxlTm9kZShub2RlOiBFeGNsdWRlPFRlbXBsYXRlTm9kZSwgeyBraW5kOiAndGV4dCcgfT4pOiBSZW5kZXJGbiB7XG4gICAgc3dpdGNoIChub2RlLmtpbmQpIHtcbiAgICAgIGNhc2UgJ3ZhcmlhYmxlJzpcbiAgICAgICAgcmV0dXJuIHRoaXMudmFyaWFibGUobm9kZS5wYXRoLCBub2RlLmVzY2FwZWQgPyB0aGlzLmVzY2FwZVRleHQgOiB1bmRlZmluZWQpO1xuICAgICAgY2FzZSAnc2VjdGlvbic6XG4gICAgICAgIHJldHVybiBub2RlLmludmVydGVkID8gdGhpcy5pbnZlcnRlZChub2RlLnBhdGgsIHRoaXMuY29tcGlsZShub2RlLmNoaWxkcmVuKSkgOiB0aGlzLnNlY3Rpb24obm9kZS5wYXRoLCBub2RlKTtcbiAgICAgIGNhc2UgJ3BhcnRpYWwnOlxuICAgICAgICByZXR1cm4gdGhpcy5wYXJ0aWFsKG5vZGUubmFtZSwgbm9kZS5pbmRlbnRhdGlvbik7XG4gICAgfVxuICB9XG5cbiAgcHJpdmF0ZSB2YXJpYWJsZShwYXRoOiByZWFkb25seSBzdHJpbmdbXSwgZXNjYXBlVGV4dDogKCh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZykgfCB1bmRlZmluZWQpOiBSZW5kZXJGbiB7XG4gICAgY29uc3Qga2V5ID0gcGF0aFswXTtcbiAgICBpZiAocGF0aC5sZW5ndGggPT09IDEgJiYga2V5ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHJldHVybiBlc2NhcGVUZXh0ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAocykgPT4gdG9UZXh0KGxvb2t1cE5hbWUocy5mcmFtZXMsIGtleSkpXG4gICAgICAgIDogKHMpID0+IGVzY2FwZVRleHQodG9UZXh0KGxvb2t1cE5hbWUocy5mcmFtZXMsIGtleSkpKTtcbiAgICB9XG4gICAgcmV0dXJuIGVzY2FwZVRleHQgPT09IHVuZGVmaW5lZFxuICAgICAgPyAocykgPT4gdG9UZXh0KGxvb2t1cFBhdGgocy5mcmFtZXMsIHBhdGgpKVxuICAgICAgOiAocykgPT4gZXNjYXBlVGV4dCh0b1RleHQobG9va3VwUGF0aChzLmZyYW1lcywgcGF0aCkpKTtcbiAgfVxuXG4gIHByaXZhdGUgaW52ZXJ0ZWQocGF0aDogcmVhZG9ubHkgc3RyaW5nW10sIGJvZHk6IFJlbmRlckZuKTogUmVuZGVyRm4ge1xuICAgIHJldHVybiAocykgPT4gKGlzRW1wdHlWYWx1ZShsb29rdXBQYXRoKHMuZnJhbWVzLCBwYXRoKSkgPyBib2R5KHMpIDogJycpO1xuICB9XG5cbiAgcHJpdmF0ZSBzZWN0aW9uKHBhdGg6IHJlYWRvbmx5IHN0cmluZ1tdLCBub2RlOiB7IHJlYWRvbmx5IGNoaWxkcmVuOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXSB9KTogUmVuZGVyRm4ge1xuICAgIGNvbnN0IGJvZHkgPSB0aGlzLmNvbXBpbGUobm9kZS5jaGlsZHJlbik7XG4gICAgcmV0dXJuIChzKSA9PiB7XG4gICAgICBjb25zdCB2YWx1ZSA9IGxvb2t1cFBhdGgocy5mcmFtZXMsIHBhdGgpO1xuICAgICAgaWYgKGlzRW1wdHlWYWx1ZSh2YWx1ZSkpIHJldHVybiAnJztcbiAgICAgIGNvbnN0IGZyYW1lcyA9IHMuZnJhbWVzO1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIGxldCBvdXQgPSAnJztcbiAgICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCB2YWx1ZS5sZW5ndGg7IGkrKykge1xuICAgICAgICAgIGZyYW1lcy5wdXNoKHZhbHVlW2ldKTtcbiAgICAgICAgICBvdXQgKz0gYm9keShzKTtcbiAgICAgICAgICBmcmFtZXMucG9wKCk7XG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIG91dDtcbiAgICAgIH1cbiAgICAgIGZyYW1lcy5wdXNoKHZhbHVlKTtcbiAgICAgIGNvbnN0IG91dCA9IGJvZHkocyk7XG4gICAgICBmcmFtZXMucG9wKCk7XG4gICAgICByZXR1cm4gb3V0O1xuICAgIH07XG4gIH1cblxuICBwcml2YXRlIHBhcnRpYWwobmFtZTogc3RyaW5nLCBpbmRlbnRhdGlvbjogc3RyaW5nKTogUmVuZGVyRm4ge1xuICAgIC8vIFJlc29sdmVkIG9uIGZpcnN0IHVzZSwgdGhlbiBrZXB0IGluIHRoZSBjbG9zdXJlOiBubyBtYXAgbG9va3VwIG9uIGxhdGVyIHJlbmRlcnMuXG4gICAgbGV0IGNvbXBpbGVkOiBSZW5kZXJGbiB8IG51bGwgfCB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIChzKSA9PiB7XG4gICAgICBpZiAoY29tcGlsZWQgPT09IHVuZGVmaW5lZCkgY29tcGlsZWQgPSB0aGlzLnBhcnRpYWxGbihuYW1lLCBpbmRlbnRhdGlvbik7XG4gICAgICBpZiAoY29tcGlsZWQgPT09IG51bGwpIHJldHVybiAnJztcbiAgICAgIGlmIChzLmRlcHRoID49IE1BWF9QQVJUSUFMX0RFUFRIKSB0aHJvdyB0aGlzLmxpbWl0RXJyb3IobmFtZSwgYG5lc3QgZGVlcGVyIHRoYW4gJHtNQVhfUEFSVElBTF9ERVBUSH0gbGV2ZWxzYCk7XG4gICAgICBpZiAoKytzLmluY2x1ZGVzID4gTUFYX1BBUlRJQUxfUkVOREVSUykge1xuICAgICAgICB0aHJvdyB0aGlzLmxpbWl0RXJyb3IobmFtZSwgYGFyZSBpbmNsdWRlZCBtb3JlIHRoYW4gJHtNQVhfUEFSVElBTF9SRU5ERVJTfSB0aW1lcyBpbiBvbmUgcmVuZGVyYCk7XG4gICAgICB9XG4gICAgICBzLmRlcHRoKys7XG4gICAgICBjb25zdCBvdXQgPSBjb21waWxlZChzKTtcbiAgICAgIHMuZGVwdGgtLTtcbiAgICAgIHJldHVybiBvdXQ7XG4gICAgfTtcbiAgfVxuXG4gIC8qKiBUaGUgcmVuZGVyIGZ1bmN0aW9uIG9mIGEgcGFydGlhbCB3aXRoIHRoZSBnaXZlbiBzdGFuZGFsb25lIGluZGVudGF0aW9uLCBjb21waWxlZCBvbmNlLCBvciBudWxsIGlmIG1pc3NpbmcuICovXG4gIHByaXZhdGUgcGFydGlhbEZuKG5hbWU6IHN0cmluZywgaW5kZW50YXRpb246IHN0cmluZyk6IFJlbmRlckZuIHwgbnVsbCB7XG4gICAgY29uc3Qga2V5ID0gYCR7aW5kZW50YXRpb259XFx1MDAwMCR7bmFtZX1gO1xuICAgIGNvbnN0IGNhY2hlZCA9IHRoaXMucGFydGlhbENhY2hlLmdldChrZXkpO1xuICAgIGlmIChjYWNoZWQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGNhY2hlZDtcbiAgICBjb25zdCByZXNvbHZlZCA9IHRoaXMuZ3JhcGguZm91bmQuZ2V0KG5hbWUpO1xuICAgIGxldCBmbjogUmVuZGVyRm4gfCBudWxsID0gbnVsbDtcbiAgICBpZiAocmVzb2x2ZWQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgY29uc3Qgbm9kZXMgPVxuICAgICAgICBpbmRlbnRhdGlvbiA9PT0gJydcbiAgICAgICAgICA/IHJlc29sdmVkLm5vZGVzXG4gICAgICAgICAgOiBwYXJzZVRlbXBsYXRlKGluZGVudExpbmVzKHJlc29sdmVkLnNvdXJjZSwgaW5kZW50YXRpb24pLCB7IHByb21wdE5hbWU6IG5hbWUsIGZpZWxkOiAndGVtcGxhdGUnIH0pO1xuICAgICAgZm4gPSB0aGlzLmNvbXBpbGUobm9kZXMpO1xuICAgIH1cbiAgICB0aGlzLnBhcnRpYWxDYWNoZS5zZXQoa2V5LCBmbik7XG4gICAgcmV0dXJuIGZuO1xuICB9XG5cbiAgcHJpdmF0ZSBsaW1pdEVycm9yKG5hbWU6IHN0cmluZywgd2hhdDogc3RyaW5nKTogUHJvbXB0Rm9ybWF0RXJyb3Ige1xuICAgIHJldHVybiBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICBgcGFydGlhbHMgJHt3aGF0fSAoYXQgXCJ7ez4gJHtuYW1lfX19XCIpOyBhIHJlY3Vyc2l2ZSBwYXJ0aWFsIG11c3Qgc3RvcDogaW5jbHVkZSBpdCBpbnNpZGUgYSBzZWN0aW9uIGAgK1xuICAgICAgICAnb3ZlciBkYXRhIHRoYXQgZW5kcyAoZS5nLiBcInt7I2NoaWxkcmVufX17ez4gbm9kZX19e3svY2hpbGRyZW59fVwiKSwgYW5kIGNoZWNrIHRoZSBkYXRhIGhhcyBubyBjeWNsZXMnLFxuICAgICAgeyAuLi50aGlzLmxvY2F0aW9uLCBmaWVsZDogdGhpcy5sb2NhdGlvbi5maWVsZCA/PyAndGVtcGxhdGUnIH0sXG4gICAgKTtcbiAgfVxufVxuXG4vKipcbiAqIEJ1aWxkIHRoZSByZW5kZXIgZnVuY3Rpb24gb2YgYSBzZXF1ZW5jZSBvZiB0ZXh0cyBhbmQgcGFydHMuIFNob3J0IHNlcXVlbmNlcyAodGhlIGNvbW1vbiBwcm9tcHQpIGFyZSB1bnJvbGxlZFxuICogaW50byBvbmUgY29uY2F0ZW5hdGlvbiBleHByZXNzaW9uLCB3aGljaCBWOCBydW5zIGFib3V0IGEgdGhpcmQgZmFzdGVyIHRoYW4gdGhlIGxvb3AuXG4gKi9cbmZ1bmN0aW9uIHNlcXVlbmNlPEE+KHRleHRzOiByZWFkb25seSBzdHJpbmdbXSwgcGFydHM6IFJlYWRvbmx5QXJyYXk8KGFyZzogQSkgPT4gc3RyaW5nPik6IChhcmc6IEEpID0+IHN0cmluZyB7XG4gIHR5cGUgUGFydCA9IChhcmc6IEEpID0+IHN0cmluZztcbiAgY29uc3QgW3QwID0gJycsIHQxID0gJycsIHQyID0gJycsIHQzID0gJycsIHQ0ID0gJycsIHQ1ID0gJycsIHQ2ID0gJyddID0gdGV4dHM7XG4gIGNvbnN0IFtwMCwgcDEsIHAyLCBwMywgcDQsIHA1XSA9IHBhcnRzO1xuICBzd2l0Y2ggKHBhcnRzLmxlbmd0aCkge1xuICAgIGNhc2UgMDpcbiAgICAgIHJldHVybiAoKSA9PiB0MDtcbiAgICBjYXNlIDE6XG4gICAgICByZXR1cm4gdDAgPT09ICcnICYmIHQxID09PSAnJyA/IChwMCBhcyBQYXJ0KSA6IChzKSA9PiB0MCArIChwMCBhcyBQYXJ0KShzKSArIHQxO1xuICAgIGNhc2UgMjpcbiAgICAgIHJldHVybiAocykgPT4gdDAgKyAocDAgYXMgUGFydCkocykgKyB0MSArIChwMSBhcyBQYXJ0KShzKSArIHQyO1xuICAgIGNhc2UgMzpcbiAgICAgIHJldHVybiAocykgPT4gdDAgKyAocDAgYXMgUGFydCkocykgKyB0MSArIChwMSBhcyBQYXJ0KShzKSArIHQyICsgKHAyIGFzIFBhcnQpKHMpICsgdDM7XG4gICAgY2FzZSA0OlxuICAgICAgcmV0dXJuIChzKSA9PiB0MCArIChwMCBhcyBQYXJ0KShzKSArIHQxICsgKHAxIGFzIFBhcnQpKHMpICsgdDIgKyAocDIgYXMgUGFydCkocykgKyB0MyArIChwMyBhcyBQYXJ0KShzKSArIHQ0O1xuICAgIGNhc2UgNTpcbiAgICAgIHJldHVybiAocykgPT5cbiAgICAgICAgdDAgK1xuICAgICAgICAocDAgYXMgUGFydCkocykgK1xuICAgICAgICB0MSArXG4gICAgICAgIChwMSBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQyICtcbiAgICAgICAgKHAyIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDMgK1xuICAgICAgICAocDMgYXMgUGFydCkocykgK1xuICAgICAgICB0NCArXG4gICAgICAgIChwNCBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ1O1xuICAgIGNhc2UgNjpcbiAgICAgIHJldHVybiAocykgPT5cbiAgICAgICAgdDAgK1xuICAgICAgICAocDAgYXMgUGFydCkocykgK1xuICAgICAgICB0MSArXG4gICAgICAgIChwMSBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQyICtcbiAgICAgICAgKHAyIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDMgK1xuICAgICAgICAocDMgYXMgUGFydCkocykgK1xuICAgICAgICB0NCArXG4gICAgICAgIChwNCBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ1ICtcbiAgICAgICAgKHA1IGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDY7XG4gICAgZGVmYXVsdDoge1xuICAgICAgY29uc3QgY291bnQgPSBwYXJ0cy5sZW5ndGg7XG4gICAgICByZXR1cm4gKHMpID0+IHtcbiAgICAgICAgbGV0IG91dCA9IHQwO1xuICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIG91dCArPSAocGFydHNbaV0gYXMgUGFydCkocykgKyB0ZXh0c1tpICsgMV07XG4gICAgICAgIHJldHVybiBvdXQ7XG4gICAgICB9O1xuICAgIH1cbiAgfVxufVxuXG4vKiogUHJlZml4IGV2ZXJ5IG5vbi1lbXB0eSBsaW5lIG9mIGEgcGFydGlhbCdzIHNvdXJjZSB3aXRoIHRoZSBpbmRlbnRhdGlvbiBvZiBpdHMgc3RhbmRhbG9uZSB0YWcuICovXG5mdW5jdGlvbiBpbmRlbnRMaW5lcyhzb3VyY2U6IHN0cmluZywgaW5kZW50YXRpb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBzb3VyY2VcbiAgICAuc3BsaXQoJ1xcbicpXG4gICAgLm1hcCgobGluZSkgPT4gKGxpbmUubGVuZ3RoID4gMCA/IGluZGVudGF0aW9uICsgbGluZSA6IGxpbmUpKVxuICAgIC5qb2luKCdcXG4nKTtcbn1cbiIsICIvKipcbiAqIFRoZSBjb21waWxlZCBwcm9tcHQ6IGEge0BsaW5rIFByb21wdFJlY29yZH0gd2hvc2UgdGVtcGxhdGVzIGFyZSBjb21waWxlZCBvbmNlLCB3aG9zZSBpbnB1dCBzY2hlbWEgaXMgY29tcGlsZWRcbiAqIChvciBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZXMpIG9uY2UsIGFuZCB3aGljaCB0aGVuIHJlbmRlcnMgdGV4dCBvciBjaGF0IG1lc3NhZ2VzIG9uIHRoZSByZXF1ZXN0IHBhdGhcbiAqIHdpdGhvdXQgcGFyc2luZyBhbnl0aGluZy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHByb21wdCA9IGNvbXBpbGVQcm9tcHQoe1xuICogICBuYW1lOiAnc3VwcG9ydC9ncmVldGluZycsIHZlcnNpb246ICcxLjAuMCcsIHR5cGU6ICd0ZXh0JyxcbiAqICAgdGVtcGxhdGU6ICdIZWxsbyB7e2N1c3RvbWVyfX0gZnJvbSB7e2NvbXBhbnl9fScsXG4gKiAgIGlucHV0OiB7IHNjaGVtYTogeyBjdXN0b21lcjogJ3N0cmluZycsIGNvbXBhbnk6ICdzdHJpbmcnIH0gfSxcbiAqIH0pO1xuICogcHJvbXB0LnJlbmRlcih7IGN1c3RvbWVyOiAnQWRhJywgY29tcGFueTogJ0FjbWUnIH0pOyAvLyAnSGVsbG8gQWRhIGZyb20gQWNtZSdcbiAqIGBgYFxuICogQG1vZHVsZVxuICovXG5pbXBvcnQge1xuICBQcm9tcHRGb3JtYXRFcnJvcixcbiAgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbiAgUHJvbXB0SW5wdXRFcnJvcixcbiAgdHlwZSBQcm9tcHRJbnB1dElzc3VlLFxuICBQcm9tcHRPcHNFcnJvcixcbn0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgQ2hhdE1lc3NhZ2UsIFByb21wdFJlY29yZCB9IGZyb20gJy4vcmVjb3JkLmpzJztcbmltcG9ydCB7IGNvbXBpbGVJbnB1dFNjaGVtYSwgdHlwZSBJbnB1dFNjaGVtYSwgc2NoZW1hRnJvbVZhcmlhYmxlcyB9IGZyb20gJy4vc2NoZW1hL2luZGV4LmpzJztcbmltcG9ydCB7IGFuYWx5emVUZW1wbGF0ZSwgdHlwZSBDb21waWxlZFRlbXBsYXRlLCBjb21waWxlVGVtcGxhdGUsIHR5cGUgUGFydGlhbFJlc29sdmVyIH0gZnJvbSAnLi90ZW1wbGF0ZS9pbmRleC5qcyc7XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBjb21waWxlUHJvbXB0fS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGlsZVByb21wdE9wdGlvbnMge1xuICAvKipcbiAgICogYHRydWVgOiBldmVyeSByZW5kZXIgdmFsaWRhdGVzIHRoZSBpbnB1dCAoZGVmYXVsdHMgKyB2YXJpYWJsZXMpIGFnYWluc3QgdGhlIGlucHV0IHNjaGVtYSwgYW5kIGEgbWlzc2luZ1xuICAgKiBwYXJ0aWFsIGlzIGEge0BsaW5rIFByb21wdEZvcm1hdEVycm9yfSBhdCBjb21waWxlIHRpbWUuIGBmYWxzZWA6IG5vIHZhbGlkYXRpb24sIG1pc3NpbmcgdmFyaWFibGVzIGFuZFxuICAgKiBtaXNzaW5nIHBhcnRpYWxzIHJlbmRlciBlbXB0eS4gQSByZW5kZXIgY2FsbCBtYXkgb3ZlcnJpZGUgdGhlIGZpcnN0IHBhcnQgd2l0aCBpdHMgb3duIGBzdHJpY3RgLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xuICAvKipcbiAgICogU3luYyBsb29rdXAgb2YgYSBwYXJ0aWFsJ3MgcmVjb3JkIGJ5IG5hbWUgKHRoZSBjYWxsZXIgcHJlbG9hZGVkIHRoZSBsYXRlc3QgdmVyc2lvbiBvZiBlYWNoIG5hbWUgdGhhdFxuICAgKiB7QGxpbmsgcGFydGlhbE5hbWVzT2Z9IGxpc3RzLCByZWN1cnNpdmVseSkuIE9ubHkgdGV4dCBwcm9tcHRzIGNhbiBiZSBwYXJ0aWFscy5cbiAgICovXG4gIHBhcnRpYWxzPzogKG5hbWU6IHN0cmluZykgPT4gUHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIGZpbGUgdGhlIHJlY29yZCBjYW1lIGZyb20sIGZvciBlcnJvciBsb2NhdGlvbnMuICovXG4gIGZpbGU/OiBzdHJpbmc7XG4gIC8qKiAxLWJhc2VkIGxpbmUgb2YgYGZpbGVgIG9uIHdoaWNoIHRoZSB0ZXh0IHRlbXBsYXRlIHN0YXJ0cyAodGhlIGJvZHkgb2YgYSBgLnByb21wdC5tZGApLCBmb3IgZXhhY3QgZXJyb3IgbGluZXMuICovXG4gIHRlbXBsYXRlTGluZT86IG51bWJlcjtcbn1cblxuLyoqIE9wdGlvbnMgb2Ygb25lIHJlbmRlciBjYWxsLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZW5kZXJPcHRpb25zIHtcbiAgLyoqIE92ZXJyaWRlcyB0aGUgcHJvbXB0J3MgYHN0cmljdGA6IGBmYWxzZWAgc2tpcHMgdmFsaWRhdGlvbiBhbmQgcmVuZGVycyBtaXNzaW5nIHZhcmlhYmxlcyBhcyBlbXB0eS4gKi9cbiAgc3RyaWN0PzogYm9vbGVhbjtcbn1cblxuLyoqIEEgcHJvbXB0IGNvbXBpbGVkIG9uY2UgcGVyIHZlcnNpb24sIHJlYWR5IHRvIHJlbmRlci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGlsZWRQcm9tcHQge1xuICAvKiogVGhlIHJlY29yZCBpdCB3YXMgY29tcGlsZWQgZnJvbSAobmV2ZXIgbXV0YXRlZCkuICovXG4gIHJlYWRvbmx5IHJlY29yZDogUHJvbXB0UmVjb3JkO1xuICAvKipcbiAgICogSW5wdXQgbmFtZXM6IHRoZSBkZWNsYXJlZCBzY2hlbWEncyBwcm9wZXJ0aWVzIG9yLCB3aXRob3V0IG9uZSwgdGhlIG5hbWVzIHRoZSB0ZW1wbGF0ZXMgcmVhZCBhdCB0aGUgaW5wdXRcbiAgICogbGV2ZWwgKG91dHNpZGUgYHt7I3NlY3Rpb25zfX1gOyB0aGUgaW5mZXJyZWQgc2NoZW1hIGFsc28gYWNjZXB0cyBuYW1lcyByZWFkIGluc2lkZSBzZWN0aW9ucykuXG4gICAqL1xuICByZWFkb25seSB2YXJpYWJsZXM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTmFtZXMgb2YgdGhlIHBhcnRpYWxzIHRoZSBwcm9tcHQgaW5jbHVkZXMgZGlyZWN0bHkuICovXG4gIHJlYWRvbmx5IHBhcnRpYWxzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIFRoZSBpbnB1dCBzY2hlbWE6IHRoZSBkZWNsYXJlZCBvbmUsIG9yIG9uZSBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZXMuICovXG4gIHJlYWRvbmx5IGlucHV0U2NoZW1hOiBJbnB1dFNjaGVtYTtcbiAgLyoqXG4gICAqIFJlbmRlciBhIHRleHQgcHJvbXB0LiBJbnB1dCBpcyBgeyAuLi5yZWNvcmQuaW5wdXQuZGVmYXVsdCwgLi4udmFycyB9YCAoYSB2YXJpYWJsZSBwYXNzZWQgYXMgYHVuZGVmaW5lZGAga2VlcHNcbiAgICogaXRzIGRlZmF1bHQpLCB2YWxpZGF0ZWQgd2hlbiBzdHJpY3QuXG4gICAqIEB0aHJvd3Mge1Byb21wdElucHV0RXJyb3J9IHdoZW4gc3RyaWN0IGFuZCB0aGUgaW5wdXQgZG9lcyBub3QgZml0IHRoZSBzY2hlbWEgKGV2ZXJ5IHByb2JsZW0gYXQgb25jZSlcbiAgICogQHRocm93cyB7UHJvbXB0T3BzRXJyb3J9IHdoZW4gdGhlIHByb21wdCBpcyBhIGNoYXQgcHJvbXB0IChjYWxsIGByZW5kZXJNZXNzYWdlc2ApXG4gICAqL1xuICByZW5kZXIodmFycz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyk6IHN0cmluZztcbiAgLyoqXG4gICAqIFJlbmRlciBhIGNoYXQgcHJvbXB0OiBvbmUgYHsgcm9sZSwgY29udGVudCB9YCBwZXIgbWVzc2FnZSwgZWFjaCBjb250ZW50IHJlbmRlcmVkIG9uIGl0cyBvd24gKGEgdmFyaWFibGUnc1xuICAgKiB2YWx1ZSBjYW4gbmV2ZXIgY3JlYXRlLCBlbmQgb3IgcmUtcm9sZSBhIG1lc3NhZ2UpOyBlYWNoIGB7IHBsYWNlaG9sZGVyIH1gIGlzIHJlcGxhY2VkIGJ5IHRoZSBtZXNzYWdlcyBwYXNzZWRcbiAgICogZm9yIGl0IGluIGBwbGFjZWhvbGRlcnNgLlxuICAgKiBAdGhyb3dzIHtQcm9tcHRJbnB1dEVycm9yfSB3aGVuIHN0cmljdCBhbmQgdGhlIGlucHV0IGRvZXMgbm90IGZpdCB0aGUgc2NoZW1hIG9yIGEgcGxhY2Vob2xkZXIgaXMgbWlzc2luZywgYW5kXG4gICAqICAgYWx3YXlzIHdoZW4gYSBwbGFjZWhvbGRlcidzIHZhbHVlIGlzIG5vdCBhbiBhcnJheSBvZiBgeyByb2xlOiBzdHJpbmcsIGNvbnRlbnQ6IHN0cmluZyB9YFxuICAgKiBAdGhyb3dzIHtQcm9tcHRPcHNFcnJvcn0gd2hlbiB0aGUgcHJvbXB0IGlzIGEgdGV4dCBwcm9tcHQgKGNhbGwgYHJlbmRlcmApXG4gICAqL1xuICByZW5kZXJNZXNzYWdlcyhcbiAgICB2YXJzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sXG4gICAgcGxhY2Vob2xkZXJzPzogUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXT4sXG4gICAgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMsXG4gICk6IENoYXRNZXNzYWdlW107XG59XG5cbnR5cGUgQ29tcGlsZWRNZXNzYWdlID1cbiAgfCB7IHJlYWRvbmx5IGtpbmQ6ICdtZXNzYWdlJzsgcmVhZG9ubHkgcm9sZTogc3RyaW5nOyByZWFkb25seSB0ZW1wbGF0ZTogQ29tcGlsZWRUZW1wbGF0ZSB9XG4gIHwgeyByZWFkb25seSBraW5kOiAncGxhY2Vob2xkZXInOyByZWFkb25seSBuYW1lOiBzdHJpbmcgfTtcblxuY29uc3QgTk9fVkFSSUFCTEVTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4gPSBPYmplY3QuZnJlZXplKHt9KTtcblxuLyoqXG4gKiBDb21waWxlIGEgcHJvbXB0IHJlY29yZDogcGFyc2UgaXRzIHRlbXBsYXRlcyBhbmQgcGFydGlhbHMsIGNvbXBpbGUgaXRzIGlucHV0IHNjaGVtYSAob3IgaW5mZXIgb25lIGZyb20gdGhlXG4gKiB0ZW1wbGF0ZXMpLCBhbmQgY2hlY2sgdGhlIHRlbXBsYXRlcyBhZ2FpbnN0IGEgZGVjbGFyZWQgc2NoZW1hLlxuICpcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIGEgdGVtcGxhdGUgZG9lcyBub3QgcGFyc2UsIGEgcGFydGlhbCBpcyBtaXNzaW5nIChzdHJpY3QpIG9yIGN5Y2xlcyBvdXRzaWRlIGFueVxuICogICBzZWN0aW9uLCB0aGUgc2NoZW1hIGlzIGludmFsaWQsIG9yIGEgdGVtcGxhdGUgcmVhZHMgYSB2YXJpYWJsZSB0aGUgZGVjbGFyZWQgc2NoZW1hIGRvZXMgbm90IGRlY2xhcmVcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVQcm9tcHQocmVjb3JkOiBQcm9tcHRSZWNvcmQsIG9wdGlvbnM6IENvbXBpbGVQcm9tcHRPcHRpb25zID0ge30pOiBDb21waWxlZFByb21wdCB7XG4gIGNvbnN0IHN0cmljdCA9IG9wdGlvbnMuc3RyaWN0ID8/IHRydWU7XG4gIGNvbnN0IGJhc2U6IFByb21wdEZvcm1hdExvY2F0aW9uID0geyBwcm9tcHROYW1lOiByZWNvcmQubmFtZSB9O1xuICBpZiAob3B0aW9ucy5maWxlICE9PSB1bmRlZmluZWQpIGJhc2UuZmlsZSA9IG9wdGlvbnMuZmlsZTtcbiAgY29uc3QgcmVzb2x2ZSA9IHBhcnRpYWxSZXNvbHZlcihvcHRpb25zLnBhcnRpYWxzLCBiYXNlKTtcbiAgY29uc3QgY29tcGlsZSA9IChzb3VyY2U6IHN0cmluZywgZmllbGQ6IHN0cmluZywgbGluZT86IG51bWJlcik6IENvbXBpbGVkVGVtcGxhdGUgPT4ge1xuICAgIGNvbnN0IGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHsgLi4uYmFzZSwgZmllbGQgfTtcbiAgICBpZiAobGluZSAhPT0gdW5kZWZpbmVkKSBsb2NhdGlvbi5saW5lID0gbGluZTtcbiAgICByZXR1cm4gY29tcGlsZVRlbXBsYXRlKHNvdXJjZSwgeyBwYXJ0aWFsOiByZXNvbHZlLCBzdHJpY3QsIGxvY2F0aW9uIH0pO1xuICB9O1xuXG4gIGxldCB0ZXh0OiBDb21waWxlZFRlbXBsYXRlIHwgdW5kZWZpbmVkO1xuICBsZXQgbWVzc2FnZXM6IENvbXBpbGVkTWVzc2FnZVtdIHwgdW5kZWZpbmVkO1xuICBpZiAocmVjb3JkLnR5cGUgPT09ICd0ZXh0Jykge1xuICAgIGlmICh0eXBlb2YgcmVjb3JkLnRlbXBsYXRlICE9PSAnc3RyaW5nJykge1xuICAgICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKCdhIHRleHQgcHJvbXB0IG5lZWRzIGEgXCJ0ZW1wbGF0ZVwiIHN0cmluZzsgYWRkIHRoZSB0ZW1wbGF0ZSB0ZXh0Jywge1xuICAgICAgICAuLi5iYXNlLFxuICAgICAgICBmaWVsZDogJ3RlbXBsYXRlJyxcbiAgICAgIH0pO1xuICAgIH1cbiAgICB0ZXh0ID0gY29tcGlsZShyZWNvcmQudGVtcGxhdGUsICd0ZW1wbGF0ZScsIG9wdGlvbnMudGVtcGxhdGVMaW5lKTtcbiAgfSBlbHNlIGlmIChyZWNvcmQudHlwZSA9PT0gJ2NoYXQnKSB7XG4gICAgbWVzc2FnZXMgPSBjb21waWxlTWVzc2FnZXMocmVjb3JkLm1lc3NhZ2VzLCBiYXNlLCBjb21waWxlKTtcbiAgfSBlbHNlIHtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoYHVua25vd24gcHJvbXB0IHR5cGUgJHtKU09OLnN0cmluZ2lmeShyZWNvcmQudHlwZSl9OyB1c2UgXCJ0ZXh0XCIgb3IgXCJjaGF0XCJgLCB7XG4gICAgICAuLi5iYXNlLFxuICAgICAgZmllbGQ6ICd0eXBlJyxcbiAgICB9KTtcbiAgfVxuXG4gIGNvbnN0IHRlbXBsYXRlcyA9IHRleHQgIT09IHVuZGVmaW5lZCA/IFt0ZXh0XSA6IHRlbXBsYXRlc09mKG1lc3NhZ2VzID8/IFtdKTtcbiAgY29uc3QgdXNlZCA9IHVuaW9uQW5hbHlzaXModGVtcGxhdGVzKTtcbiAgY29uc3QgZGVjbGFyZWQgPSByZWNvcmQuaW5wdXQ/LnNjaGVtYSAhPT0gdW5kZWZpbmVkICYmIHJlY29yZC5pbnB1dD8uc2NoZW1hICE9PSBudWxsO1xuICBjb25zdCBpbnB1dFNjaGVtYSA9IGlucHV0U2NoZW1hT2YocmVjb3JkLCB1c2VkLCBiYXNlKTtcbiAgY29uc3QgdmFyaWFibGVzID0gZGVjbGFyZWQgJiYgbGlzdHNQcm9wZXJ0aWVzKGlucHV0U2NoZW1hKSA/IGlucHV0U2NoZW1hLnByb3BlcnRpZXMgOiB1c2VkLmFsbDtcbiAgY29uc3QgZGVmYXVsdHMgPSBkZWZhdWx0c09mKHJlY29yZCwgYmFzZSk7XG4gIHJldHVybiBuZXcgUHJvbXB0KHJlY29yZCwgaW5wdXRTY2hlbWEsIHZhcmlhYmxlcywgdXNlZC5wYXJ0aWFscywgc3RyaWN0LCBkZWZhdWx0cywgdGV4dCwgbWVzc2FnZXMpO1xufVxuXG4vKipcbiAqIFRoZSBwYXJ0aWFsIG5hbWVzIGEgcmVjb3JkJ3MgdGVtcGxhdGVzIGluY2x1ZGUgZGlyZWN0bHksIHNvIHRoYXQgYSBsb2FkZXIgY2FuIGZldGNoIHRoZW0gKGFuZCB0aGVpcnMsXG4gKiByZWN1cnNpdmVseSkgYmVmb3JlIGNhbGxpbmcge0BsaW5rIGNvbXBpbGVQcm9tcHR9LiBNYWxmb3JtZWQgbWVzc2FnZSBlbnRyaWVzIGFyZSBza2lwcGVkIChjb21waWxlUHJvbXB0IHJlcG9ydHNcbiAqIHRoZW0pLlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gYSB0ZW1wbGF0ZSBkb2VzIG5vdCBwYXJzZVxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFydGlhbE5hbWVzT2YocmVjb3JkOiBQcm9tcHRSZWNvcmQpOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGFkZCA9IChzb3VyY2U6IHVua25vd24sIGZpZWxkOiBzdHJpbmcpOiB2b2lkID0+IHtcbiAgICBpZiAodHlwZW9mIHNvdXJjZSAhPT0gJ3N0cmluZycpIHJldHVybjtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYW5hbHl6ZVRlbXBsYXRlKHNvdXJjZSwgeyBwcm9tcHROYW1lOiByZWNvcmQubmFtZSwgZmllbGQgfSkucGFydGlhbHMpIG5hbWVzLmFkZChuYW1lKTtcbiAgfTtcbiAgYWRkKHJlY29yZC50ZW1wbGF0ZSwgJ3RlbXBsYXRlJyk7XG4gIGlmIChBcnJheS5pc0FycmF5KHJlY29yZC5tZXNzYWdlcykpIHtcbiAgICByZWNvcmQubWVzc2FnZXMuZm9yRWFjaCgobWVzc2FnZSwgaSkgPT4ge1xuICAgICAgaWYgKHR5cGVvZiBtZXNzYWdlID09PSAnb2JqZWN0JyAmJiBtZXNzYWdlICE9PSBudWxsICYmICdjb250ZW50JyBpbiBtZXNzYWdlKSB7XG4gICAgICAgIGFkZChtZXNzYWdlLmNvbnRlbnQsIGBtZXNzYWdlc1ske2l9XS5jb250ZW50YCk7XG4gICAgICB9XG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIFsuLi5uYW1lc107XG59XG5cbmNsYXNzIFByb21wdCBpbXBsZW1lbnRzIENvbXBpbGVkUHJvbXB0IHtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgcmVjb3JkOiBQcm9tcHRSZWNvcmQsXG4gICAgcmVhZG9ubHkgaW5wdXRTY2hlbWE6IElucHV0U2NoZW1hLFxuICAgIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW10sXG4gICAgcmVhZG9ubHkgcGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgc3RyaWN0OiBib29sZWFuLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZGVmYXVsdHM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB8IHVuZGVmaW5lZCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHRleHQ6IENvbXBpbGVkVGVtcGxhdGUgfCB1bmRlZmluZWQsXG4gICAgcHJpdmF0ZSByZWFkb25seSBtZXNzYWdlczogcmVhZG9ubHkgQ29tcGlsZWRNZXNzYWdlW10gfCB1bmRlZmluZWQsXG4gICkge31cblxuICByZW5kZXIodmFycz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgY29uc3QgdGV4dCA9IHRoaXMudGV4dDtcbiAgICBpZiAodGV4dCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0T3BzRXJyb3IoXG4gICAgICAgIGBwcm9tcHQgXCIke3RoaXMubGFiZWwoKX1cIiBpcyBhIGNoYXQgcHJvbXB0OiBjYWxsIHJlbmRlck1lc3NhZ2VzKHZhcnMsIHBsYWNlaG9sZGVycykgaW5zdGVhZCBvZiByZW5kZXIoKWAsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBpbnB1dCA9IHRoaXMuaW5wdXQodmFycywgb3B0aW9ucz8uc3RyaWN0ID8/IHRoaXMuc3RyaWN0LCB1bmRlZmluZWQpO1xuICAgIHJldHVybiB0ZXh0LnJlbmRlcihpbnB1dCk7XG4gIH1cblxuICByZW5kZXJNZXNzYWdlcyhcbiAgICB2YXJzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sXG4gICAgcGxhY2Vob2xkZXJzPzogUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXT4sXG4gICAgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMsXG4gICk6IENoYXRNZXNzYWdlW10ge1xuICAgIGNvbnN0IG1lc3NhZ2VzID0gdGhpcy5tZXNzYWdlcztcbiAgICBpZiAobWVzc2FnZXMgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IFByb21wdE9wc0Vycm9yKFxuICAgICAgICBgcHJvbXB0IFwiJHt0aGlzLmxhYmVsKCl9XCIgaXMgYSB0ZXh0IHByb21wdDogY2FsbCByZW5kZXIodmFycykgaW5zdGVhZCBvZiByZW5kZXJNZXNzYWdlcygpYCxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IHN0cmljdCA9IG9wdGlvbnM/LnN0cmljdCA/PyB0aGlzLnN0cmljdDtcbiAgICBjb25zdCBpc3N1ZXM6IFByb21wdElucHV0SXNzdWVbXSA9IFtdO1xuICAgIGNvbnN0IGluc2VydGVkID0gcGxhY2Vob2xkZXJWYWx1ZXMobWVzc2FnZXMsIHBsYWNlaG9sZGVycywgc3RyaWN0LCBpc3N1ZXMpO1xuICAgIGNvbnN0IGlucHV0ID0gdGhpcy5pbnB1dCh2YXJzLCBzdHJpY3QsIGlzc3Vlcyk7XG4gICAgY29uc3Qgb3V0OiBDaGF0TWVzc2FnZVtdID0gW107XG4gICAgZm9yIChjb25zdCBtZXNzYWdlIG9mIG1lc3NhZ2VzKSB7XG4gICAgICBpZiAobWVzc2FnZS5raW5kID09PSAnbWVzc2FnZScpIHtcbiAgICAgICAgb3V0LnB1c2goeyByb2xlOiBtZXNzYWdlLnJvbGUsIGNvbnRlbnQ6IG1lc3NhZ2UudGVtcGxhdGUucmVuZGVyKGlucHV0KSB9KTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGZvciAoY29uc3QgbSBvZiBpbnNlcnRlZC5nZXQobWVzc2FnZS5uYW1lKSA/PyBbXSkgb3V0LnB1c2goeyByb2xlOiBtLnJvbGUsIGNvbnRlbnQ6IG0uY29udGVudCB9KTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuXG4gIC8qKlxuICAgKiBNZXJnZSBkZWZhdWx0cyBhbmQgdmFyaWFibGVzLCB2YWxpZGF0ZSB3aGVuIHN0cmljdCwgYW5kIHRocm93IGV2ZXJ5IHByb2JsZW0gZm91bmQgKHRvZ2V0aGVyIHdpdGggdGhlXG4gICAqIGBleHRyYUlzc3Vlc2AgZm91bmQgYmVmb3JlLCBlLmcuIHBsYWNlaG9sZGVyIHByb2JsZW1zKSBpbiBvbmUge0BsaW5rIFByb21wdElucHV0RXJyb3J9LlxuICAgKi9cbiAgcHJpdmF0ZSBpbnB1dChcbiAgICB2YXJzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB8IHVuZGVmaW5lZCxcbiAgICBzdHJpY3Q6IGJvb2xlYW4sXG4gICAgZXh0cmFJc3N1ZXM6IFByb21wdElucHV0SXNzdWVbXSB8IHVuZGVmaW5lZCxcbiAgKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICAgIGlmICh2YXJzICE9PSB1bmRlZmluZWQgJiYgKHR5cGVvZiB2YXJzICE9PSAnb2JqZWN0JyB8fCB2YXJzID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkodmFycykpKSB7XG4gICAgICBjb25zdCBpc3N1ZSA9IHsgcGF0aDogW10sIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgdmFyaWFibGVzIG11c3QgYmUgYW4gb2JqZWN0LCBnb3QgJHtkZXNjcmliZSh2YXJzKX1gIH07XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0SW5wdXRFcnJvcih0aGlzLnJlY29yZC5uYW1lLCB0aGlzLnJlY29yZC52ZXJzaW9uLCBbLi4uKGV4dHJhSXNzdWVzID8/IFtdKSwgaXNzdWVdKTtcbiAgICB9XG4gICAgY29uc3QgaW5wdXQgPSB0aGlzLmRlZmF1bHRzID09PSB1bmRlZmluZWQgPyAodmFycyA/PyBOT19WQVJJQUJMRVMpIDogd2l0aERlZmF1bHRzKHRoaXMuZGVmYXVsdHMsIHZhcnMpO1xuICAgIGxldCB2YWx1ZSA9IGlucHV0O1xuICAgIGxldCBpc3N1ZXMgPSBleHRyYUlzc3VlcztcbiAgICBpZiAoc3RyaWN0KSB7XG4gICAgICBjb25zdCByZXN1bHQgPSB0aGlzLmlucHV0U2NoZW1hLnZhbGlkYXRlKGlucHV0KTtcbiAgICAgIGlmIChyZXN1bHQub2spIHZhbHVlID0gcmVzdWx0LnZhbHVlO1xuICAgICAgZWxzZSBpc3N1ZXMgPSBpc3N1ZXMgPT09IHVuZGVmaW5lZCA/IHJlc3VsdC5pc3N1ZXMgOiBbLi4ucmVzdWx0Lmlzc3VlcywgLi4uaXNzdWVzXTtcbiAgICB9XG4gICAgaWYgKGlzc3VlcyAhPT0gdW5kZWZpbmVkICYmIGlzc3Vlcy5sZW5ndGggPiAwKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0SW5wdXRFcnJvcih0aGlzLnJlY29yZC5uYW1lLCB0aGlzLnJlY29yZC52ZXJzaW9uLCBpc3N1ZXMpO1xuICAgIH1cbiAgICByZXR1cm4gdmFsdWU7XG4gIH1cblxuICBwcml2YXRlIGxhYmVsKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGAke3RoaXMucmVjb3JkLm5hbWV9QCR7dGhpcy5yZWNvcmQudmVyc2lvbn1gO1xuICB9XG59XG5cbmZ1bmN0aW9uIHBhcnRpYWxSZXNvbHZlcihcbiAgbG9va3VwOiBDb21waWxlUHJvbXB0T3B0aW9uc1sncGFydGlhbHMnXSxcbiAgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24sXG4pOiBQYXJ0aWFsUmVzb2x2ZXIgfCB1bmRlZmluZWQge1xuICBpZiAobG9va3VwID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiAobmFtZSkgPT4ge1xuICAgIGNvbnN0IHBhcnRpYWwgPSBsb29rdXAobmFtZSk7XG4gICAgaWYgKHBhcnRpYWwgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBpZiAocGFydGlhbC50eXBlICE9PSAndGV4dCcgfHwgdHlwZW9mIHBhcnRpYWwudGVtcGxhdGUgIT09ICdzdHJpbmcnKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICAgIGBwYXJ0aWFsIFwiJHtuYW1lfVwiIGlzIGEgJHtTdHJpbmcocGFydGlhbC50eXBlKX0gcHJvbXB0IHdpdGhvdXQgYSB0ZW1wbGF0ZTsgb25seSB0ZXh0IHByb21wdHMgY2FuIGJlIGAgK1xuICAgICAgICAgIGBpbmNsdWRlZCB3aXRoIFwie3s+ICR7bmFtZX19fVwiOiBpbmNsdWRlIGEgdGV4dCBwcm9tcHQgb3IgcmVtb3ZlIHRoZSB0YWdgLFxuICAgICAgICB7IC4uLmJhc2UsIGZpZWxkOiAndGVtcGxhdGUnIH0sXG4gICAgICApO1xuICAgIH1cbiAgICByZXR1cm4gcGFydGlhbC50ZW1wbGF0ZTtcbiAgfTtcbn1cblxuZnVuY3Rpb24gY29tcGlsZU1lc3NhZ2VzKFxuICBtZXNzYWdlczogdW5rbm93bixcbiAgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24sXG4gIGNvbXBpbGU6IChzb3VyY2U6IHN0cmluZywgZmllbGQ6IHN0cmluZykgPT4gQ29tcGlsZWRUZW1wbGF0ZSxcbik6IENvbXBpbGVkTWVzc2FnZVtdIHtcbiAgaWYgKCFBcnJheS5pc0FycmF5KG1lc3NhZ2VzKSkge1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICdhIGNoYXQgcHJvbXB0IG5lZWRzIGEgXCJtZXNzYWdlc1wiIGxpc3Qgb2YgeyByb2xlLCBjb250ZW50IH0gb3IgeyBwbGFjZWhvbGRlciB9IGVudHJpZXM7IGFkZCBvbmUnLFxuICAgICAgeyAuLi5iYXNlLCBmaWVsZDogJ21lc3NhZ2VzJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIG1lc3NhZ2VzLm1hcCgoZW50cnk6IHVua25vd24sIGkpOiBDb21waWxlZE1lc3NhZ2UgPT4ge1xuICAgIGNvbnN0IGZpZWxkID0gYG1lc3NhZ2VzWyR7aX1dYDtcbiAgICBpZiAodHlwZW9mIGVudHJ5ID09PSAnb2JqZWN0JyAmJiBlbnRyeSAhPT0gbnVsbCkge1xuICAgICAgY29uc3QgbSA9IGVudHJ5IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgICAgaWYgKHR5cGVvZiBtLnBsYWNlaG9sZGVyID09PSAnc3RyaW5nJyAmJiBtLmNvbnRlbnQgPT09IHVuZGVmaW5lZCAmJiBtLnJvbGUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICByZXR1cm4geyBraW5kOiAncGxhY2Vob2xkZXInLCBuYW1lOiBtLnBsYWNlaG9sZGVyIH07XG4gICAgICB9XG4gICAgICBpZiAodHlwZW9mIG0ucm9sZSA9PT0gJ3N0cmluZycgJiYgbS5yb2xlICE9PSAnJyAmJiB0eXBlb2YgbS5jb250ZW50ID09PSAnc3RyaW5nJykge1xuICAgICAgICByZXR1cm4geyBraW5kOiAnbWVzc2FnZScsIHJvbGU6IG0ucm9sZSwgdGVtcGxhdGU6IGNvbXBpbGUobS5jb250ZW50LCBgJHtmaWVsZH0uY29udGVudGApIH07XG4gICAgICB9XG4gICAgfVxuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGBhIG1lc3NhZ2UgbXVzdCBiZSB7IHJvbGU6IHN0cmluZywgY29udGVudDogc3RyaW5nIH0gb3IgeyBwbGFjZWhvbGRlcjogc3RyaW5nIH0sIGdvdCAke2Rlc2NyaWJlKGVudHJ5KX07IGAgK1xuICAgICAgICAnZml4IHRoZSBlbnRyeScsXG4gICAgICB7IC4uLmJhc2UsIGZpZWxkIH0sXG4gICAgKTtcbiAgfSk7XG59XG5cbmZ1bmN0aW9uIHRlbXBsYXRlc09mKG1lc3NhZ2VzOiByZWFkb25seSBDb21waWxlZE1lc3NhZ2VbXSk6IENvbXBpbGVkVGVtcGxhdGVbXSB7XG4gIGNvbnN0IHRlbXBsYXRlczogQ29tcGlsZWRUZW1wbGF0ZVtdID0gW107XG4gIGZvciAoY29uc3QgbSBvZiBtZXNzYWdlcykgaWYgKG0ua2luZCA9PT0gJ21lc3NhZ2UnKSB0ZW1wbGF0ZXMucHVzaChtLnRlbXBsYXRlKTtcbiAgcmV0dXJuIHRlbXBsYXRlcztcbn1cblxuaW50ZXJmYWNlIFVzZWRWYXJpYWJsZXMge1xuICByZWFkb25seSByZXF1aXJlZDogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBOYW1lcyBhbiBpbmZlcnJlZCBzY2hlbWEgYWNjZXB0cyBidXQgZG9lcyBub3QgcmVxdWlyZTogaW5wdXQtbGV2ZWwgb3B0aW9uYWwgb25lcyBhbmQgc2VjdGlvbi1uZXN0ZWQgb25lcy4gKi9cbiAgcmVhZG9ubHkgb3B0aW9uYWw6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICByZWFkb25seSBhbGw6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICByZWFkb25seSBwYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbmZ1bmN0aW9uIHVuaW9uQW5hbHlzaXModGVtcGxhdGVzOiByZWFkb25seSBDb21waWxlZFRlbXBsYXRlW10pOiBVc2VkVmFyaWFibGVzIHtcbiAgY29uc3QgcmVxdWlyZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYWxsID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG5lc3RlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBwYXJ0aWFscyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHQgb2YgdGVtcGxhdGVzKSB7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIHQuYW5hbHlzaXMucmVxdWlyZWQpIHJlcXVpcmVkLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdC5hbmFseXNpcy5hbGwpIGFsbC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIHQuYW5hbHlzaXMubmVzdGVkKSBuZXN0ZWQuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiB0LmFuYWx5c2lzLnBhcnRpYWxzKSBwYXJ0aWFscy5hZGQobmFtZSk7XG4gIH1cbiAgLy8gTmFtZXMgaW5zaWRlIHt7I3NlY3Rpb25zfX0gbWF5IHJlc29sdmUgZnJvbSB0aGUgaW5wdXQgdGhyb3VnaCB0aGUgY29udGV4dCBzdGFjaywgc28gYW4gaW5mZXJyZWQgc2NoZW1hXG4gIC8vICh3aGljaCByZWplY3RzIHVua25vd24gdmFyaWFibGVzKSBtdXN0IGFjY2VwdCB0aGVtLlxuICBjb25zdCBvcHRpb25hbCA9IFsuLi5uZXcgU2V0KFsuLi5hbGwsIC4uLm5lc3RlZF0pXS5maWx0ZXIoKG5hbWUpID0+ICFyZXF1aXJlZC5oYXMobmFtZSkpO1xuICByZXR1cm4geyByZXF1aXJlZDogWy4uLnJlcXVpcmVkXSwgb3B0aW9uYWwsIGFsbDogWy4uLmFsbF0sIHBhcnRpYWxzOiBbLi4ucGFydGlhbHNdIH07XG59XG5cbi8qKiBUaGUgZGVjbGFyZWQgc2NoZW1hLCBjaGVja2VkIGFnYWluc3QgdGhlIHRlbXBsYXRlcywgb3IgYSBzY2hlbWEgaW5mZXJyZWQgZnJvbSB0aGUgdGVtcGxhdGVzLiAqL1xuZnVuY3Rpb24gaW5wdXRTY2hlbWFPZihyZWNvcmQ6IFByb21wdFJlY29yZCwgdXNlZDogVXNlZFZhcmlhYmxlcywgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IGRlY2xhcmVkID0gcmVjb3JkLmlucHV0Py5zY2hlbWE7XG4gIGlmIChkZWNsYXJlZCA9PT0gdW5kZWZpbmVkIHx8IGRlY2xhcmVkID09PSBudWxsKSByZXR1cm4gc2NoZW1hRnJvbVZhcmlhYmxlcyh1c2VkLnJlcXVpcmVkLCB1c2VkLm9wdGlvbmFsKTtcbiAgY29uc3Qgc2NoZW1hID0gY29tcGlsZUlucHV0U2NoZW1hKGRlY2xhcmVkLCB7IC4uLmJhc2UsIGZpZWxkOiAnaW5wdXQuc2NoZW1hJyB9KTtcbiAgLy8gQSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIHRoYXQgY2Fubm90IGJlIGludHJvc3BlY3RlZCBoYXMgbm8gYHByb3BlcnRpZXNgOiBub3RoaW5nIHRvIGNoZWNrIGFnYWluc3QuXG4gIGlmICghbGlzdHNQcm9wZXJ0aWVzKHNjaGVtYSkpIHJldHVybiBzY2hlbWE7XG4gIGNvbnN0IGtub3duID0gbmV3IFNldChzY2hlbWEucHJvcGVydGllcyk7XG4gIGNvbnN0IHVuZGVjbGFyZWQgPSB1c2VkLmFsbC5maWx0ZXIoKG5hbWUpID0+ICFrbm93bi5oYXMobmFtZSkpO1xuICBpZiAodW5kZWNsYXJlZC5sZW5ndGggPiAwKSB7XG4gICAgY29uc3QgbGlzdCA9IHVuZGVjbGFyZWQubWFwKChuKSA9PiBgXCIke259XCJgKS5qb2luKCcsICcpO1xuICAgIGNvbnN0IFtpdCwgdGhlbV0gPSB1bmRlY2xhcmVkLmxlbmd0aCA9PT0gMSA/IFsndmFyaWFibGUnLCAnaXQnXSA6IFsndmFyaWFibGVzJywgJ3RoZW0nXTtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICBgdGhlIHRlbXBsYXRlIHVzZXMgJHtpdH0gJHtsaXN0fSB0aGF0IGlucHV0LnNjaGVtYSBkb2VzIG5vdCBkZWNsYXJlOyBkZWNsYXJlICR7dGhlbX0gdW5kZXIgaW5wdXQuc2NoZW1hIGAgK1xuICAgICAgICBgb3IgcmVtb3ZlICR7dGhlbX0gZnJvbSB0aGUgdGVtcGxhdGVgLFxuICAgICAgeyAuLi5iYXNlLCBmaWVsZDogJ2lucHV0LnNjaGVtYScgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiBzY2hlbWE7XG59XG5cbi8qKlxuICogYHsgLi4uZGVmYXVsdHMsIC4uLnZhcnMgfWAsIHdoZXJlIGEgdmFyaWFibGUgcGFzc2VkIGFzIGB1bmRlZmluZWRgIGtlZXBzIGl0cyBkZWZhdWx0IChhcyB3aGVuIGl0IGlzIGxlZnQgb3V0KS5cbiAqIFNwcmVhZGluZyBkZWZpbmVzIG93biBwcm9wZXJ0aWVzLCBzbyBhIGBcIl9fcHJvdG9fX1wiYCBrZXkgbmV2ZXIgcmVhY2hlcyB0aGUgcHJvdG90eXBlLlxuICovXG5mdW5jdGlvbiB3aXRoRGVmYXVsdHMoXG4gIGRlZmF1bHRzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4sXG4gIHZhcnM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHwgdW5kZWZpbmVkLFxuKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBjb25zdCBpbnB1dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7IC4uLmRlZmF1bHRzLCAuLi52YXJzIH07XG4gIGlmICh2YXJzICE9PSB1bmRlZmluZWQpIHtcbiAgICBmb3IgKGNvbnN0IGtleSBpbiBkZWZhdWx0cykge1xuICAgICAgaWYgKGlucHV0W2tleV0gPT09IHVuZGVmaW5lZCAmJiBPYmplY3QuaGFzT3duKGRlZmF1bHRzLCBrZXkpKSBpbnB1dFtrZXldID0gZGVmYXVsdHNba2V5XTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGlucHV0O1xufVxuXG4vKiogRmFsc2UgZm9yIGEgc2NoZW1hIHdob3NlIHByb3BlcnRpZXMgYXJlIHVua25vd24gKGFuIG9wYXF1ZSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yKS4gKi9cbmZ1bmN0aW9uIGxpc3RzUHJvcGVydGllcyhzY2hlbWE6IElucHV0U2NoZW1hKTogYm9vbGVhbiB7XG4gIGNvbnN0IHByb3BlcnRpZXMgPSBzY2hlbWEuanNvblNjaGVtYS5wcm9wZXJ0aWVzO1xuICByZXR1cm4gdHlwZW9mIHByb3BlcnRpZXMgPT09ICdvYmplY3QnICYmIHByb3BlcnRpZXMgIT09IG51bGw7XG59XG5cbmZ1bmN0aW9uIGRlZmF1bHRzT2YocmVjb3JkOiBQcm9tcHRSZWNvcmQsIGJhc2U6IFByb21wdEZvcm1hdExvY2F0aW9uKTogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZGVmYXVsdHM6IHVua25vd24gPSByZWNvcmQuaW5wdXQ/LmRlZmF1bHQ7XG4gIGlmIChkZWZhdWx0cyA9PT0gdW5kZWZpbmVkIHx8IGRlZmF1bHRzID09PSBudWxsKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAodHlwZW9mIGRlZmF1bHRzICE9PSAnb2JqZWN0JyB8fCBBcnJheS5pc0FycmF5KGRlZmF1bHRzKSkge1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihgaW5wdXQuZGVmYXVsdCBtdXN0IGJlIGFuIG9iamVjdCBvZiB2YXJpYWJsZSB2YWx1ZXMsIGdvdCAke2Rlc2NyaWJlKGRlZmF1bHRzKX1gLCB7XG4gICAgICAuLi5iYXNlLFxuICAgICAgZmllbGQ6ICdpbnB1dC5kZWZhdWx0JyxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gT2JqZWN0LmtleXMoZGVmYXVsdHMpLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IChkZWZhdWx0cyBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik7XG59XG5cbi8qKiBNZXNzYWdlcyBwYXNzZWQgZm9yIGVhY2ggcGxhY2Vob2xkZXIsIGNoZWNrZWQ7IHByb2JsZW1zIGFyZSBhZGRlZCB0byBgaXNzdWVzYC4gKi9cbmZ1bmN0aW9uIHBsYWNlaG9sZGVyVmFsdWVzKFxuICBtZXNzYWdlczogcmVhZG9ubHkgQ29tcGlsZWRNZXNzYWdlW10sXG4gIHBsYWNlaG9sZGVyczogUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXT4gfCB1bmRlZmluZWQsXG4gIHN0cmljdDogYm9vbGVhbixcbiAgaXNzdWVzOiBQcm9tcHRJbnB1dElzc3VlW10sXG4pOiBNYXA8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPiB7XG4gIGNvbnN0IHZhbHVlcyA9IG5ldyBNYXA8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPigpO1xuICBmb3IgKGNvbnN0IG1lc3NhZ2Ugb2YgbWVzc2FnZXMpIHtcbiAgICBpZiAobWVzc2FnZS5raW5kICE9PSAncGxhY2Vob2xkZXInIHx8IHZhbHVlcy5oYXMobWVzc2FnZS5uYW1lKSkgY29udGludWU7XG4gICAgY29uc3QgbmFtZSA9IG1lc3NhZ2UubmFtZTtcbiAgICBjb25zdCB2YWx1ZTogdW5rbm93biA9XG4gICAgICBwbGFjZWhvbGRlcnMgIT09IHVuZGVmaW5lZCAmJiBwbGFjZWhvbGRlcnMgIT09IG51bGwgJiYgT2JqZWN0Lmhhc093bihwbGFjZWhvbGRlcnMsIG5hbWUpXG4gICAgICAgID8gcGxhY2Vob2xkZXJzW25hbWVdXG4gICAgICAgIDogdW5kZWZpbmVkO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAoc3RyaWN0KSB7XG4gICAgICAgIGlzc3Vlcy5wdXNoKHtcbiAgICAgICAgICBwYXRoOiBbbmFtZV0sXG4gICAgICAgICAgY29kZTogJ21pc3NpbmcnLFxuICAgICAgICAgIG1lc3NhZ2U6IGBwbGFjZWhvbGRlciBcIiR7bmFtZX1cIiBuZWVkcyBhbiBhcnJheSBvZiB7IHJvbGUsIGNvbnRlbnQgfSBtZXNzYWdlcyAocGFzcyBbXSBmb3Igbm9uZSlgLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICBpc3N1ZXMucHVzaCh7XG4gICAgICAgIHBhdGg6IFtuYW1lXSxcbiAgICAgICAgY29kZTogJ2ludmFsaWRfdHlwZScsXG4gICAgICAgIG1lc3NhZ2U6IGBwbGFjZWhvbGRlciBcIiR7bmFtZX1cIiBtdXN0IGJlIGFuIGFycmF5IG9mIHsgcm9sZSwgY29udGVudCB9IG1lc3NhZ2VzLCBnb3QgJHtkZXNjcmliZSh2YWx1ZSl9YCxcbiAgICAgIH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGxldCB2YWxpZCA9IHRydWU7XG4gICAgdmFsdWUuZm9yRWFjaCgobTogdW5rbm93biwgaSkgPT4ge1xuICAgICAgaWYgKHR5cGVvZiBtICE9PSAnb2JqZWN0JyB8fCBtID09PSBudWxsKSB7XG4gICAgICAgIHZhbGlkID0gZmFsc2U7XG4gICAgICAgIGlzc3Vlcy5wdXNoKHtcbiAgICAgICAgICBwYXRoOiBbbmFtZSwgaV0sXG4gICAgICAgICAgY29kZTogJ2ludmFsaWRfdHlwZScsXG4gICAgICAgICAgbWVzc2FnZTogYG11c3QgYmUgeyByb2xlLCBjb250ZW50IH0sIGdvdCAke2Rlc2NyaWJlKG0pfWAsXG4gICAgICAgIH0pO1xuICAgICAgICByZXR1cm47XG4gICAgICB9XG4gICAgICBjb25zdCB7IHJvbGUsIGNvbnRlbnQgfSA9IG0gYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICBpZiAodHlwZW9mIHJvbGUgIT09ICdzdHJpbmcnIHx8IHJvbGUgPT09ICcnKSB7XG4gICAgICAgIHZhbGlkID0gZmFsc2U7XG4gICAgICAgIGlzc3Vlcy5wdXNoKHsgcGF0aDogW25hbWUsIGksICdyb2xlJ10sIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgbXVzdCBiZSBhIG5vbi1lbXB0eSBzdHJpbmdgIH0pO1xuICAgICAgfVxuICAgICAgaWYgKHR5cGVvZiBjb250ZW50ICE9PSAnc3RyaW5nJykge1xuICAgICAgICB2YWxpZCA9IGZhbHNlO1xuICAgICAgICBpc3N1ZXMucHVzaCh7IHBhdGg6IFtuYW1lLCBpLCAnY29udGVudCddLCBjb2RlOiAnaW52YWxpZF90eXBlJywgbWVzc2FnZTogYG11c3QgYmUgYSBzdHJpbmdgIH0pO1xuICAgICAgfVxuICAgIH0pO1xuICAgIGlmICh2YWxpZCkgdmFsdWVzLnNldChuYW1lLCB2YWx1ZSBhcyByZWFkb25seSBDaGF0TWVzc2FnZVtdKTtcbiAgfVxuICByZXR1cm4gdmFsdWVzO1xufVxuXG4vKiogVGhlIGtpbmQgb2YgYSB2YWx1ZSwgZm9yIG1lc3NhZ2VzIChuZXZlciB0aGUgdmFsdWUgaXRzZWxmOiBpbnB1dHMgbWF5IGJlIHByaXZhdGUpLiAqL1xuZnVuY3Rpb24gZGVzY3JpYmUodmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwpIHJldHVybiAnbnVsbCc7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuICdhbiBhcnJheSc7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnID8gJ2FuIG9iamVjdCcgOiBgYSAke3R5cGVvZiB2YWx1ZX1gO1xufVxuIiwgIi8qKlxuICogVGhlIHN0cnVjdHVyZSBjaGVjayBvZiBhIHtAbGluayBQcm9tcHRSZWNvcmR9OiBldmVyeSByZWNvcmQgdGhhdCBlbnRlcnMgcHJvbXB0b3BzIChmcm9tIGEgc3RvcmUsXG4gKiBhIGZpbGUsIGEgZmFsbGJhY2ssIGBkZWZpbmVQcm9tcHRgKSBnb2VzIHRocm91Z2gge0BsaW5rIHBhcnNlUmVjb3JkfS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHZhbGlkIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvdmFsaWQuanMnO1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUsIGlzVmFsaWROYW1lIH0gZnJvbSAnLi9uYW1lLmpzJztcbmltcG9ydCB0eXBlIHsgQ2hhdE1lc3NhZ2VUZW1wbGF0ZSwgUHJvbXB0TWV0YWRhdGEsIFByb21wdFJlY29yZCB9IGZyb20gJy4vcmVjb3JkLmpzJztcbmltcG9ydCB7IHR5cGUgRmllbGRTZWdtZW50LCBmb3JtYXRGaWVsZFBhdGggfSBmcm9tICcuL3NjaGVtYS9maWVsZC1wYXRoLmpzJztcbmltcG9ydCB7IGNvbXBpbGVJbnB1dFNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL2luZGV4LmpzJztcbmltcG9ydCB7IGlzUGxhaW5SZWNvcmQsIHBpY29zY2hlbWFUb0pzb25TY2hlbWEgfSBmcm9tICcuL3NjaGVtYS9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB7IGlzU3RhbmRhcmRTY2hlbWEgfSBmcm9tICcuL3NjaGVtYS9zdGFuZGFyZC5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUgfSBmcm9tICcuL3NjaGVtYS9zdWdnZXN0LmpzJztcblxuLyoqIFRvcC1sZXZlbCBmaWVsZHMgb2YgYSByZWNvcmQsIGluIHRoZWlyIGNhbm9uaWNhbCBvcmRlci4gKi9cbmV4cG9ydCBjb25zdCBSRUNPUkRfRklFTERTID0gW1xuICAnbmFtZScsXG4gICd2ZXJzaW9uJyxcbiAgJ2xhYmVscycsXG4gICd0eXBlJyxcbiAgJ3RlbXBsYXRlJyxcbiAgJ21lc3NhZ2VzJyxcbiAgJ2lucHV0JyxcbiAgJ291dHB1dCcsXG4gICdtb2RlbCcsXG4gICdtZXRhZGF0YScsXG4gICdoYXNoJyxcbl0gYXMgY29uc3Q7XG5cbi8qKiBBIGxhYmVsOiBgW2EtekEtWl1bYS16QS1aMC05Ll8tXSpgLCBlLmcuIGBwcm9kdWN0aW9uYCwgYHN0YWdpbmdgLCBgZXhwLmItMmAuICovXG5leHBvcnQgY29uc3QgTEFCRUxfUEFUVEVSTiA9IC9eW2EtekEtWl1bYS16QS1aMC05Ll8tXSokLztcblxuLyoqIGBzaGEyNTYtYCBhbmQgNjQgbG93ZXJjYXNlIGhleCBkaWdpdHMuICovXG5leHBvcnQgY29uc3QgSEFTSF9QQVRURVJOID0gL15zaGEyNTYtWzAtOWEtZl17NjR9JC87XG5cbi8qKiBQbGFjZWhvbGRlciBuYW1lcyBvZiBjaGF0IG1lc3NhZ2VzOiBgW0EtWmEtel9dW0EtWmEtejAtOV8uLV0qYC4gKi9cbmV4cG9ydCBjb25zdCBQTEFDRUhPTERFUl9QQVRURVJOID0gL15bQS1aYS16X11bQS1aYS16MC05Xy4tXSokLztcblxuLyoqIERlZXBlc3QgbmVzdGluZyBhY2NlcHRlZCBpbiBmcmVlLWZvcm0gZGF0YSAoYG1vZGVsYCwgYG1ldGFkYXRhYCwgYGlucHV0LmRlZmF1bHRgKS4gKi9cbmNvbnN0IE1BWF9EQVRBX0RFUFRIID0gNjQ7XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gVGhlIHpvZC9taW5pIHNjaGVtYS4gRWFjaCBmaWVsZCBzYXlzIHdoYXQgaXMgd3Jvbmcgd2l0aCBpdCBpbiBpdHMgb3duIHdvcmRzOyB0aGUgZmlyc3QgaXNzdWUgd2lucy5cblxudHlwZSBJc3N1ZSA9IHouY29yZS4kWm9kUmF3SXNzdWU7XG5cbmNvbnN0IGlzRXhhY3RTZW12ZXIgPSAodmFsdWU6IHN0cmluZyk6IGJvb2xlYW4gPT4gdmFsaWQodmFsdWUpID09PSB2YWx1ZTtcblxuY29uc3QgbmFtZVNjaGVtYSA9IHpcbiAgLnN0cmluZyh7XG4gICAgZXJyb3I6IChpc3MpID0+XG4gICAgICBpc3MuaW5wdXQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/ICdtaXNzaW5nIFwibmFtZVwiOiBnaXZlIHRoZSBwcm9tcHQgYSBuYW1lIHN1Y2ggYXMgXCJzdXBwb3J0L2dyZWV0aW5nXCInXG4gICAgICAgIDogZXhwbGFpbkludmFsaWROYW1lKGlzcy5pbnB1dCksXG4gIH0pXG4gIC5jaGVjayh6LnJlZmluZShpc1ZhbGlkTmFtZSwgeyBlcnJvcjogKGlzcykgPT4gZXhwbGFpbkludmFsaWROYW1lKGlzcy5pbnB1dCkgfSkpO1xuXG5jb25zdCB2ZXJzaW9uU2NoZW1hID0gelxuICAuc3RyaW5nKHtcbiAgICBlcnJvcjogKGlzcykgPT5cbiAgICAgIGlzcy5pbnB1dCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gJ21pc3NpbmcgXCJ2ZXJzaW9uXCI6IGV2ZXJ5IHByb21wdCBuZWVkcyBhIHNlbXZlciB2ZXJzaW9uIHN1Y2ggYXMgYHZlcnNpb246IDEuMC4wYCdcbiAgICAgICAgOiB0eXBlb2YgaXNzLmlucHV0ID09PSAnbnVtYmVyJ1xuICAgICAgICAgID8gYFwidmVyc2lvblwiIG11c3QgYmUgYSBzZW12ZXIgc3RyaW5nIHN1Y2ggYXMgXCIxLjAuMFwiLCBnb3QgdGhlIG51bWJlciAke1N0cmluZyhpc3MuaW5wdXQpfSBgICtcbiAgICAgICAgICAgIGAoWUFNTCByZWFkcyBhbiB1bnF1b3RlZCAxLjAgb3IgMiBhcyBhIG51bWJlcik6IHdyaXRlIGFsbCB0aHJlZSBwYXJ0cyAoJHt2ZXJzaW9uR3Vlc3MoaXNzLmlucHV0KX0pIG9yIHF1b3RlIGl0YFxuICAgICAgICAgIDogYFwidmVyc2lvblwiIG11c3QgYmUgYSBzZW12ZXIgc3RyaW5nIHN1Y2ggYXMgXCIxLjAuMFwiLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCxcbiAgfSlcbiAgLmNoZWNrKFxuICAgIHoucmVmaW5lKGlzRXhhY3RTZW12ZXIsIHtcbiAgICAgIGVycm9yOiAoaXNzKSA9PiB7XG4gICAgICAgIGNvbnN0IGNsZWFuZWQgPSB0eXBlb2YgaXNzLmlucHV0ID09PSAnc3RyaW5nJyA/IHZhbGlkKGlzcy5pbnB1dCkgOiBudWxsO1xuICAgICAgICByZXR1cm4gKFxuICAgICAgICAgIGBcInZlcnNpb25cIiBtdXN0IGJlIGEgc2VtdmVyIHZlcnNpb24gTUFKT1IuTUlOT1IuUEFUQ0hbLXByZXJlbGVhc2VdLCBlLmcuIFwiMS4wLjBcIiwgZ290ICR7SlNPTi5zdHJpbmdpZnkoaXNzLmlucHV0KX1gICtcbiAgICAgICAgICAoY2xlYW5lZCA9PT0gbnVsbCA/ICcnIDogYDsgd3JpdGUgXCIke2NsZWFuZWR9XCJgKVxuICAgICAgICApO1xuICAgICAgfSxcbiAgICB9KSxcbiAgKTtcblxuZnVuY3Rpb24gdmVyc2lvbkd1ZXNzKHZhbHVlOiBudW1iZXIpOiBzdHJpbmcge1xuICBjb25zdCB0ZXh0ID0gU3RyaW5nKHZhbHVlKTtcbiAgcmV0dXJuIHRleHQuaW5jbHVkZXMoJy4nKSA/IGAke3RleHR9LjBgIDogYCR7dGV4dH0uMC4wYDtcbn1cblxuY29uc3QgbGFiZWxzU2NoZW1hID0gei5hcnJheShcbiAgei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYGEgbGFiZWwgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAgfSkuY2hlY2soXG4gICAgei5yZWZpbmUoKGxhYmVsKSA9PiBMQUJFTF9QQVRURVJOLnRlc3QobGFiZWwpLCB7XG4gICAgICBlcnJvcjogKGlzcykgPT5cbiAgICAgICAgYGludmFsaWQgbGFiZWwgJHtKU09OLnN0cmluZ2lmeShpc3MuaW5wdXQpfTogYSBsYWJlbCBpcyBhIGxldHRlciBmb2xsb3dlZCBieSBsZXR0ZXJzLCBkaWdpdHMsIFwiLlwiLCBcIl9cIiBvciBcIi1cIiAoZS5nLiBcInByb2R1Y3Rpb25cIilgLFxuICAgIH0pLFxuICApLFxuICB7XG4gICAgZXJyb3I6IChpc3MpID0+IGBcImxhYmVsc1wiIG11c3QgYmUgYSBsaXN0IG9mIGxhYmVscyBzdWNoIGFzIFtwcm9kdWN0aW9uLCBzdGFnaW5nXSwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG4gIH0sXG4pO1xuXG5jb25zdCB0eXBlU2NoZW1hID0gei5lbnVtKFsndGV4dCcsICdjaGF0J10sIHtcbiAgZXJyb3I6IChpc3MpID0+XG4gICAgYHVua25vd24gcHJvbXB0IHR5cGUgJHtKU09OLnN0cmluZ2lmeShpc3MuaW5wdXQpfTogdXNlIFwidGV4dFwiICh3aXRoIGEgdGVtcGxhdGUpIG9yIFwiY2hhdFwiICh3aXRoIG1lc3NhZ2VzKWAgK1xuICAgICh0eXBlb2YgaXNzLmlucHV0ID09PSAnc3RyaW5nJyA/IGhpbnQoaXNzLmlucHV0LCBbJ3RleHQnLCAnY2hhdCddKSA6ICcnKSxcbn0pO1xuXG5jb25zdCB0ZW1wbGF0ZVNjaGVtYSA9IHouc3RyaW5nKHtcbiAgZXJyb3I6IChpc3MpID0+XG4gICAgYFwidGVtcGxhdGVcIiBtdXN0IGJlIGEgc3RyaW5nIChhIG11c3RhY2hlIHRlbXBsYXRlKSwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAgK1xuICAgIChBcnJheS5pc0FycmF5KGlzcy5pbnB1dCkgPyAnOyBmb3IgYSBsaXN0IG9mIG1lc3NhZ2VzIHVzZSBcIm1lc3NhZ2VzXCIgYW5kIHR5cGU6IGNoYXQnIDogJzsgcXVvdGUgaXQgaW4gWUFNTCcpLFxufSk7XG5cbmNvbnN0IG1lc3NhZ2VTY2hlbWEgPSB6LnVua25vd24oKS5jaGVjayhcbiAgei5zdXBlclJlZmluZSgodmFsdWUsIGN0eCkgPT4ge1xuICAgIGNvbnN0IHByb2JsZW0gPSBleHBsYWluTWVzc2FnZVByb2JsZW0odmFsdWUpO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpXG4gICAgICBjdHguYWRkSXNzdWUoeyBjb2RlOiAnY3VzdG9tJywgbWVzc2FnZTogcHJvYmxlbS5tZXNzYWdlLCBwYXRoOiBwcm9ibGVtLnBhdGgsIGlucHV0OiB2YWx1ZSB9KTtcbiAgfSksXG4pO1xuXG5jb25zdCBtZXNzYWdlc1NjaGVtYSA9IHouYXJyYXkobWVzc2FnZVNjaGVtYSwge1xuICBlcnJvcjogKGlzcykgPT5cbiAgICBgXCJtZXNzYWdlc1wiIG11c3QgYmUgYSBsaXN0IG9mIHsgcm9sZSwgY29udGVudCB9IG9yIHsgcGxhY2Vob2xkZXIgfSBlbnRyaWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCxcbn0pO1xuXG5jb25zdCBqc29uRGF0YSA9ICh3aGF0OiBzdHJpbmcpID0+XG4gIHoudW5rbm93bigpLmNoZWNrKFxuICAgIHouc3VwZXJSZWZpbmUoKHZhbHVlLCBjdHgpID0+IHtcbiAgICAgIGNvbnN0IHByb2JsZW0gPSBmaW5kTm9uSnNvbih2YWx1ZSwgW10sIDApO1xuICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBjdHguYWRkSXNzdWUoe1xuICAgICAgICAgIGNvZGU6ICdjdXN0b20nLFxuICAgICAgICAgIG1lc3NhZ2U6IGAke3doYXR9IG11c3QgYmUgcGxhaW4gZGF0YSAoc3RyaW5ncywgbnVtYmVycywgYm9vbGVhbnMsIG51bGwsIGxpc3RzLCBvYmplY3RzKTogJHtwcm9ibGVtLm1lc3NhZ2V9YCxcbiAgICAgICAgICBwYXRoOiBwcm9ibGVtLnBhdGgsXG4gICAgICAgICAgaW5wdXQ6IHZhbHVlLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICB9KSxcbiAgKTtcblxuY29uc3QgZGVmYXVsdHNTY2hlbWEgPSB6LnJlY29yZCh6LnN0cmluZygpLCB6LnVua25vd24oKSwge1xuICBlcnJvcjogKGlzcykgPT4gYFwiaW5wdXQuZGVmYXVsdFwiIG11c3QgbWFwIHZhcmlhYmxlIG5hbWVzIHRvIHZhbHVlcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG59KTtcblxuY29uc3QgaW5wdXRTY2hlbWEgPSB6LnN0cmljdE9iamVjdChcbiAgeyBzY2hlbWE6IHoub3B0aW9uYWwoei51bmtub3duKCkpLCBkZWZhdWx0OiB6Lm9wdGlvbmFsKGRlZmF1bHRzU2NoZW1hKSB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBvYmplY3RFcnJvcihpc3MsICdcImlucHV0XCInLCBbJ3NjaGVtYScsICdkZWZhdWx0J10pIH0sXG4pO1xuXG5jb25zdCBvdXRwdXRTY2hlbWEgPSB6LnN0cmljdE9iamVjdChcbiAgeyBzY2hlbWE6IHoub3B0aW9uYWwoei51bmtub3duKCkpIH0sXG4gIHsgZXJyb3I6IChpc3MpID0+IG9iamVjdEVycm9yKGlzcywgJ1wib3V0cHV0XCInLCBbJ3NjaGVtYSddKSB9LFxuKTtcblxuY29uc3Qgb3B0aW9uYWxTdHJpbmcgPSAoZmllbGQ6IHN0cmluZykgPT5cbiAgei5vcHRpb25hbCh6LnN0cmluZyh7IGVycm9yOiAoaXNzKSA9PiBgXCIke2ZpZWxkfVwiIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pKTtcblxuY29uc3QgbWV0YWRhdGFTY2hlbWEgPSB6Lmxvb3NlT2JqZWN0KFxuICB7XG4gICAgZGVzY3JpcHRpb246IG9wdGlvbmFsU3RyaW5nKCdtZXRhZGF0YS5kZXNjcmlwdGlvbicpLFxuICAgIG93bmVyOiBvcHRpb25hbFN0cmluZygnbWV0YWRhdGEub3duZXInKSxcbiAgICB0YWdzOiB6Lm9wdGlvbmFsKFxuICAgICAgei5hcnJheSh6LnN0cmluZyh7IGVycm9yOiAoaXNzKSA9PiBgYSB0YWcgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAgfSksIHtcbiAgICAgICAgZXJyb3I6IChpc3MpID0+IGBcIm1ldGFkYXRhLnRhZ3NcIiBtdXN0IGJlIGEgbGlzdCBvZiBzdHJpbmdzLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCxcbiAgICAgIH0pLFxuICAgICksXG4gIH0sXG4gIHsgZXJyb3I6IChpc3MpID0+IGBcIm1ldGFkYXRhXCIgbXVzdCBiZSBhbiBvYmplY3QgKGRlc2NyaXB0aW9uLCBvd25lciwgdGFncywgXHUyMDI2KSwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAgfSxcbik7XG5cbmNvbnN0IGhhc2hTY2hlbWEgPSB6LnN0cmluZyh7IGVycm9yOiAoaXNzKSA9PiBgXCJoYXNoXCIgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAgfSkuY2hlY2soXG4gIHoucmVmaW5lKChoYXNoKSA9PiBIQVNIX1BBVFRFUk4udGVzdChoYXNoKSwge1xuICAgIGVycm9yOiAoaXNzKSA9PlxuICAgICAgYFwiaGFzaFwiIG11c3QgYmUgXCJzaGEyNTYtXCIgZm9sbG93ZWQgYnkgNjQgbG93ZXJjYXNlIGhleCBkaWdpdHMsIGdvdCAke0pTT04uc3RyaW5naWZ5KGlzcy5pbnB1dCl9OyBgICtcbiAgICAgICdyZW1vdmUgaXQgdG8gbGV0IHByb21wdG9wcyBjb21wdXRlIGl0JyxcbiAgfSksXG4pO1xuXG5jb25zdCByZWNvcmRTY2hlbWEgPSB6LnN0cmljdE9iamVjdChcbiAge1xuICAgIG5hbWU6IG5hbWVTY2hlbWEsXG4gICAgdmVyc2lvbjogdmVyc2lvblNjaGVtYSxcbiAgICBsYWJlbHM6IHoub3B0aW9uYWwobGFiZWxzU2NoZW1hKSxcbiAgICB0eXBlOiB6Lm9wdGlvbmFsKHR5cGVTY2hlbWEpLFxuICAgIHRlbXBsYXRlOiB6Lm9wdGlvbmFsKHRlbXBsYXRlU2NoZW1hKSxcbiAgICBtZXNzYWdlczogei5vcHRpb25hbChtZXNzYWdlc1NjaGVtYSksXG4gICAgaW5wdXQ6IHoub3B0aW9uYWwoaW5wdXRTY2hlbWEpLFxuICAgIG91dHB1dDogei5vcHRpb25hbChvdXRwdXRTY2hlbWEpLFxuICAgIG1vZGVsOiB6Lm9wdGlvbmFsKGpzb25EYXRhKCdcIm1vZGVsXCInKSksXG4gICAgbWV0YWRhdGE6IHoub3B0aW9uYWwobWV0YWRhdGFTY2hlbWEpLFxuICAgIGhhc2g6IHoub3B0aW9uYWwoaGFzaFNjaGVtYSksXG4gIH0sXG4gIHsgZXJyb3I6IChpc3MpID0+IG9iamVjdEVycm9yKGlzcywgJ2EgcHJvbXB0IHJlY29yZCcsIFJFQ09SRF9GSUVMRFMpIH0sXG4pO1xuXG5mdW5jdGlvbiBvYmplY3RFcnJvcihpc3M6IElzc3VlLCB3aGF0OiBzdHJpbmcsIGFsbG93ZWQ6IHJlYWRvbmx5IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgaWYgKGlzcy5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnKSB7XG4gICAgY29uc3Qga2V5ID0gKGlzcyBhcyB7IGtleXM6IHN0cmluZ1tdIH0pLmtleXNbMF0gPz8gJyc7XG4gICAgcmV0dXJuIGB1bmtub3duIGZpZWxkIFwiJHtrZXl9XCIgaW4gJHt3aGF0fSR7aGludChrZXksIGFsbG93ZWQpfSBBbGxvd2VkIGZpZWxkczogJHthbGxvd2VkLmpvaW4oJywgJyl9LmA7XG4gIH1cbiAgcmV0dXJuIGAke3doYXR9IG11c3QgYmUgYW4gb2JqZWN0LCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YDtcbn1cblxuZnVuY3Rpb24gaGludChpbnB1dDogc3RyaW5nLCBjYW5kaWRhdGVzOiByZWFkb25seSBzdHJpbmdbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGd1ZXNzID0gY2xvc2VzdE1hdGNoKGlucHV0LCBjYW5kaWRhdGVzKTtcbiAgcmV0dXJuIGd1ZXNzID09PSB1bmRlZmluZWQgPyAnLicgOiBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2A7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4vKiogV2hlcmUgYSByZWNvcmQgY29tZXMgZnJvbTogYSBmaWxlIHBhdGggb3IgVVJMLCBvciBhIGRlc2NyaXB0aW9uIHN1Y2ggYXMgYCdtZW1vcnkgc3RvcmUgcmVjb3JkICMyJ2AuICovXG5leHBvcnQgdHlwZSBSZWNvcmRMb2NhdGlvbiA9IHN0cmluZyB8IHsgZmlsZT86IHN0cmluZzsgbGluZT86IG51bWJlciB9O1xuXG4vKipcbiAqIENoZWNrIGEgcmVjb3JkJ3Mgc3RydWN0dXJlIGFuZCByZXR1cm4gYSBjbGVhbiBjb3B5OiBmaWVsZHMgaW4gY2Fub25pY2FsIG9yZGVyLCBgdHlwZWAgZmlsbGVkIGluLFxuICogdW5rbm93biBmaWVsZHMgcmVqZWN0ZWQuXG4gKlxuICogUnVsZXM6XG4gKiAtIGBuYW1lYCAoc2VlIGBuYW1lLnRzYCkgYW5kIGB2ZXJzaW9uYCAoZXhhY3Qgc2VtdmVyLCBgTUFKT1IuTUlOT1IuUEFUQ0hbLXByZV1gOyBgdjEuMC4wYCBhbmRcbiAqICAgYDEuMGAgYXJlIHJlamVjdGVkIHdpdGggdGhlIGZpeCkgYXJlIHJlcXVpcmVkLlxuICogLSBgdHlwZWAgbWF5IGJlIGxlZnQgb3V0OiBpdCBpcyBgJ3RleHQnYCB3aGVuIHRoZSByZWNvcmQgaGFzIGEgYHRlbXBsYXRlYCBhbmQgYCdjaGF0J2Agd2hlbiBpdCBoYXNcbiAqICAgYG1lc3NhZ2VzYC4gQSB0ZXh0IHByb21wdCBtdXN0IGhhdmUgYSBgdGVtcGxhdGVgIGFuZCBubyBgbWVzc2FnZXNgOyBhIGNoYXQgcHJvbXB0IG11c3QgaGF2ZSBhXG4gKiAgIG5vbi1lbXB0eSBgbWVzc2FnZXNgIGxpc3QgYW5kIG5vIGB0ZW1wbGF0ZWAuXG4gKiAtIEEgbWVzc2FnZSBpcyBgeyByb2xlLCBjb250ZW50IH1gIChzdHJpbmdzLCByb2xlIG5vbi1lbXB0eSkgb3IgYHsgcGxhY2Vob2xkZXIgfWAgKGEgbmFtZSBvZlxuICogICBgW0EtWmEtel9dW0EtWmEtejAtOV8uLV0qYCksIG5vdGhpbmcgZWxzZS5cbiAqIC0gYGxhYmVsc2A6IHVuaXF1ZSBsYWJlbHMgb2YgYFthLXpBLVpdW2EtekEtWjAtOS5fLV0qYC4gYGhhc2hgOiBgc2hhMjU2LWAgKyA2NCBsb3dlcmNhc2UgaGV4LlxuICogLSBgaW5wdXRgIGhhcyBvbmx5IGBzY2hlbWFgIGFuZCBgZGVmYXVsdGA7IHRoZSBzY2hlbWEgbXVzdCBjb21waWxlIChQaWNvc2NoZW1hLCBKU09OIFNjaGVtYSBvciBhXG4gKiAgIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IpIGFuZCB0aGUgZGVmYXVsdHMgbXVzdCBmaXQgaXQuIGBvdXRwdXRgIGhhcyBvbmx5IGBzY2hlbWFgOyBhIFBpY29zY2hlbWFcbiAqICAgb3V0cHV0IHNjaGVtYSBtdXN0IGJlIHdlbGwtZm9ybWVkLCBhIEpTT04gU2NoZW1hIG9uZSBpcyB0YWtlbiBhcyBpcy5cbiAqIC0gQW4gb3B0aW9uYWwgZmllbGQgc2V0IHRvIGBudWxsYCBjb3VudHMgYXMgbm90IGdpdmVuLlxuICogLSBgbW9kZWxgLCBgbWV0YWRhdGFgIChhbmQgYGlucHV0LmRlZmF1bHRgKSBtdXN0IGJlIHBsYWluIEpTT04gZGF0YTsgYG1ldGFkYXRhLmRlc2NyaXB0aW9uYCBhbmRcbiAqICAgYG1ldGFkYXRhLm93bmVyYCBhcmUgc3RyaW5ncywgYG1ldGFkYXRhLnRhZ3NgIGEgbGlzdCBvZiBzdHJpbmdzLlxuICpcbiAqIEBwYXJhbSB2YWx1ZSBUaGUgcmVjb3JkIGFzIHJlY2VpdmVkIChwYXJzZWQgSlNPTiwgWUFNTCwgYW4gb2JqZWN0IGxpdGVyYWwpLlxuICogQHBhcmFtIGxvY2F0aW9uIFRoZSBvcmlnaW4sIGZvciBlcnJvciBtZXNzYWdlczogYSBwYXRoIG9yIFVSTCwgb3IgYHsgZmlsZSwgbGluZSB9YC5cbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSBmb3IgdGhlIGZpcnN0IHByb2JsZW0gZm91bmQsIG5hbWluZyB0aGUgZmlsZSwgdGhlIGZpZWxkIChlLmcuXG4gKiAgIGBtZXNzYWdlc1sxXS5yb2xlYCkgYW5kIHRoZSBmaXguXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHJlY29yZCA9IHBhcnNlUmVjb3JkKGF3YWl0IHJlc3BvbnNlLmpzb24oKSwgeyBmaWxlOiB1cmwgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUmVjb3JkKHZhbHVlOiB1bmtub3duLCBsb2NhdGlvbj86IFJlY29yZExvY2F0aW9uKTogUHJvbXB0UmVjb3JkIHtcbiAgY29uc3Qgd2hlcmUgPSB0eXBlb2YgbG9jYXRpb24gPT09ICdzdHJpbmcnID8geyBmaWxlOiBsb2NhdGlvbiB9IDogeyAuLi5sb2NhdGlvbiB9O1xuICBjb25zdCBwcm9tcHROYW1lID0gaXNQbGFpblJlY29yZCh2YWx1ZSkgJiYgaXNWYWxpZE5hbWUodmFsdWUubmFtZSkgPyB2YWx1ZS5uYW1lIDogdW5kZWZpbmVkO1xuICBjb25zdCBmYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSk6IG5ldmVyID0+IHtcbiAgICBjb25zdCBmaWVsZCA9IGZvcm1hdEZpZWxkUGF0aChwYXRoKTtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoZGV0YWlsLCB7IC4uLndoZXJlLCBmaWVsZDogZmllbGQgPT09ICcnID8gdW5kZWZpbmVkIDogZmllbGQsIHByb21wdE5hbWUgfSk7XG4gIH07XG5cbiAgaWYgKCFpc1BsYWluUmVjb3JkKHZhbHVlKSkge1xuICAgIHJldHVybiBmYWlsKGBhIHByb21wdCByZWNvcmQgbXVzdCBiZSBhbiBvYmplY3Qgd2l0aCBuYW1lLCB2ZXJzaW9uLCB0eXBlLCBcdTIwMjYsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIFtdKTtcbiAgfVxuICBjb25zdCByZXN1bHQgPSByZWNvcmRTY2hlbWEuc2FmZVBhcnNlKHdpdGhvdXROdWxscyh2YWx1ZSkpO1xuICBpZiAoIXJlc3VsdC5zdWNjZXNzKSB7XG4gICAgY29uc3QgaXNzdWUgPSByZXN1bHQuZXJyb3IuaXNzdWVzWzBdITtcbiAgICBjb25zdCBwYXRoID0gaXNzdWUucGF0aC5tYXAoKHNlZ21lbnQpID0+ICh0eXBlb2Ygc2VnbWVudCA9PT0gJ3N5bWJvbCcgPyBTdHJpbmcoc2VnbWVudCkgOiBzZWdtZW50KSk7XG4gICAgaWYgKGlzc3VlLmNvZGUgPT09ICd1bnJlY29nbml6ZWRfa2V5cycpIHBhdGgucHVzaChpc3N1ZS5rZXlzWzBdID8/ICcnKTtcbiAgICByZXR1cm4gZmFpbChpc3N1ZS5tZXNzYWdlLCBwYXRoKTtcbiAgfVxuICBjb25zdCBkYXRhID0gcmVzdWx0LmRhdGE7XG4gIGNvbnN0IHR5cGUgPSByZXNvbHZlVHlwZShkYXRhLCBmYWlsKTtcblxuICBjb25zdCBsYWJlbHMgPSBkYXRhLmxhYmVscztcbiAgaWYgKGxhYmVscyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgW2luZGV4LCBsYWJlbF0gb2YgbGFiZWxzLmVudHJpZXMoKSkge1xuICAgICAgaWYgKHNlZW4uaGFzKGxhYmVsKSkgZmFpbChgbGFiZWwgXCIke2xhYmVsfVwiIGlzIGxpc3RlZCB0d2ljZTogbGlzdCBlYWNoIGxhYmVsIG9uY2VgLCBbJ2xhYmVscycsIGluZGV4XSk7XG4gICAgICBzZWVuLmFkZChsYWJlbCk7XG4gICAgfVxuICB9XG4gIGlmIChkYXRhLm1ldGFkYXRhICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24oZGF0YS5tZXRhZGF0YSwgW10sIDApO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZhaWwoYFwibWV0YWRhdGFcIiBtdXN0IGJlIHBsYWluIGRhdGEgKHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zLCBudWxsLCBsaXN0cywgb2JqZWN0cyk6ICR7cHJvYmxlbS5tZXNzYWdlfWAsIFtcbiAgICAgICAgJ21ldGFkYXRhJyxcbiAgICAgICAgLi4ucHJvYmxlbS5wYXRoLFxuICAgICAgXSk7XG4gICAgfVxuICB9XG4gIGNoZWNrSW5wdXQoZGF0YS5pbnB1dCwgd2hlcmUsIHByb21wdE5hbWUsIGZhaWwpO1xuICBjaGVja091dHB1dChkYXRhLm91dHB1dCwgd2hlcmUsIHByb21wdE5hbWUpO1xuXG4gIGNvbnN0IHJlY29yZDogUHJvbXB0UmVjb3JkID0geyBuYW1lOiBkYXRhLm5hbWUsIHZlcnNpb246IGRhdGEudmVyc2lvbiB9IGFzIFByb21wdFJlY29yZDtcbiAgaWYgKGxhYmVscyAhPT0gdW5kZWZpbmVkKSByZWNvcmQubGFiZWxzID0gWy4uLmxhYmVsc107XG4gIHJlY29yZC50eXBlID0gdHlwZTtcbiAgaWYgKHR5cGUgPT09ICd0ZXh0JykgcmVjb3JkLnRlbXBsYXRlID0gZGF0YS50ZW1wbGF0ZSE7XG4gIGVsc2UgcmVjb3JkLm1lc3NhZ2VzID0gKGRhdGEubWVzc2FnZXMgYXMgQ2hhdE1lc3NhZ2VUZW1wbGF0ZVtdKS5tYXAoKG1lc3NhZ2UpID0+ICh7IC4uLm1lc3NhZ2UgfSkpO1xuICBpZiAoZGF0YS5pbnB1dCAhPT0gdW5kZWZpbmVkKSByZWNvcmQuaW5wdXQgPSB7IC4uLmRhdGEuaW5wdXQgfSBhcyBQcm9tcHRSZWNvcmRbJ2lucHV0J107XG4gIGlmIChkYXRhLm91dHB1dCAhPT0gdW5kZWZpbmVkKSByZWNvcmQub3V0cHV0ID0geyAuLi5kYXRhLm91dHB1dCB9O1xuICBpZiAoZGF0YS5tb2RlbCAhPT0gdW5kZWZpbmVkKSByZWNvcmQubW9kZWwgPSBkYXRhLm1vZGVsO1xuICBpZiAoZGF0YS5tZXRhZGF0YSAhPT0gdW5kZWZpbmVkKSByZWNvcmQubWV0YWRhdGEgPSB7IC4uLmRhdGEubWV0YWRhdGEgfSBhcyBQcm9tcHRNZXRhZGF0YTtcbiAgaWYgKGRhdGEuaGFzaCAhPT0gdW5kZWZpbmVkKSByZWNvcmQuaGFzaCA9IGRhdGEuaGFzaDtcbiAgcmV0dXJuIHJlY29yZDtcbn1cblxudHlwZSBGYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSkgPT4gbmV2ZXI7XG5cbi8qKiBPcHRpb25hbCB0b3AtbGV2ZWwgZmllbGRzIHNldCB0byBgbnVsbGAgY291bnQgYXMgbm90IGdpdmVuIChKU09OIEFQSXMgYW5kIGJsYW5rIFlBTUwgZmllbGRzIHNheSBudWxsKS4gKi9cbmZ1bmN0aW9uIHdpdGhvdXROdWxscyh2YWx1ZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGxldCBvdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHwgdW5kZWZpbmVkO1xuICBmb3IgKGNvbnN0IFtrZXksIGl0ZW1dIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlKSkge1xuICAgIGlmIChpdGVtICE9PSBudWxsIHx8IGtleSA9PT0gJ25hbWUnIHx8IGtleSA9PT0gJ3ZlcnNpb24nKSBjb250aW51ZTtcbiAgICBvdXQgPz89IHsgLi4udmFsdWUgfTtcbiAgICBkZWxldGUgb3V0W2tleV07XG4gIH1cbiAgcmV0dXJuIG91dCA/PyB2YWx1ZTtcbn1cblxuZnVuY3Rpb24gcmVzb2x2ZVR5cGUoZGF0YTogei5pbmZlcjx0eXBlb2YgcmVjb3JkU2NoZW1hPiwgZmFpbDogRmFpbCk6ICd0ZXh0JyB8ICdjaGF0JyB7XG4gIGNvbnN0IGhhc1RlbXBsYXRlID0gZGF0YS50ZW1wbGF0ZSAhPT0gdW5kZWZpbmVkO1xuICBjb25zdCBoYXNNZXNzYWdlcyA9IGRhdGEubWVzc2FnZXMgIT09IHVuZGVmaW5lZDtcbiAgbGV0IHR5cGUgPSBkYXRhLnR5cGU7XG4gIGlmICh0eXBlID09PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoaGFzVGVtcGxhdGUgJiYgaGFzTWVzc2FnZXMpIHtcbiAgICAgIGZhaWwoXG4gICAgICAgICd0aGUgcmVjb3JkIGhhcyBib3RoIFwidGVtcGxhdGVcIiBhbmQgXCJtZXNzYWdlc1wiOiBzZXQgdHlwZTogdGV4dCAodGVtcGxhdGUpIG9yIHR5cGU6IGNoYXQgKG1lc3NhZ2VzKSBhbmQgcmVtb3ZlIHRoZSBvdGhlcicsXG4gICAgICAgIFsndHlwZSddLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKCFoYXNUZW1wbGF0ZSAmJiAhaGFzTWVzc2FnZXMpIHtcbiAgICAgIGZhaWwoJ3RoZSBwcm9tcHQgaGFzIG5vIGNvbnRlbnQ6IGdpdmUgYSBcInRlbXBsYXRlXCIgKGEgdGV4dCBwcm9tcHQpIG9yIFwibWVzc2FnZXNcIiAoYSBjaGF0IHByb21wdCknLCBbJ3RlbXBsYXRlJ10pO1xuICAgIH1cbiAgICB0eXBlID0gaGFzVGVtcGxhdGUgPyAndGV4dCcgOiAnY2hhdCc7XG4gIH1cbiAgaWYgKHR5cGUgPT09ICd0ZXh0Jykge1xuICAgIGlmICghaGFzVGVtcGxhdGUpIHtcbiAgICAgIGZhaWwoXG4gICAgICAgIGhhc01lc3NhZ2VzXG4gICAgICAgICAgPyAnYSB0ZXh0IHByb21wdCB0YWtlcyBhIFwidGVtcGxhdGVcIiwgbm90IFwibWVzc2FnZXNcIjogc2V0IHR5cGU6IGNoYXQsIG9yIHJlcGxhY2UgbWVzc2FnZXMgd2l0aCBhIHRlbXBsYXRlJ1xuICAgICAgICAgIDogJ2EgdGV4dCBwcm9tcHQgbmVlZHMgYSBcInRlbXBsYXRlXCIgKGEgbXVzdGFjaGUgdGVtcGxhdGUgc3RyaW5nKScsXG4gICAgICAgIFtoYXNNZXNzYWdlcyA/ICdtZXNzYWdlcycgOiAndGVtcGxhdGUnXSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmIChoYXNNZXNzYWdlcylcbiAgICAgIGZhaWwoJ2EgdGV4dCBwcm9tcHQgaGFzIG5vIFwibWVzc2FnZXNcIjogcmVtb3ZlIHRoZW0sIG9yIHNldCB0eXBlOiBjaGF0IGFuZCByZW1vdmUgdGhlIHRlbXBsYXRlJywgWydtZXNzYWdlcyddKTtcbiAgfSBlbHNlIHtcbiAgICBpZiAoaGFzVGVtcGxhdGUpIHtcbiAgICAgIGZhaWwoJ2EgY2hhdCBwcm9tcHQgdGFrZXMgXCJtZXNzYWdlc1wiLCBub3QgYSBcInRlbXBsYXRlXCI6IG1vdmUgdGhlIHRleHQgaW50byBhIG1lc3NhZ2UsIG9yIHNldCB0eXBlOiB0ZXh0JywgW1xuICAgICAgICAndGVtcGxhdGUnLFxuICAgICAgXSk7XG4gICAgfVxuICAgIGlmICghaGFzTWVzc2FnZXMpIHtcbiAgICAgIGZhaWwoJ2EgY2hhdCBwcm9tcHQgbmVlZHMgXCJtZXNzYWdlc1wiOiBhIGxpc3Qgb2YgeyByb2xlLCBjb250ZW50IH0gb3IgeyBwbGFjZWhvbGRlciB9IGVudHJpZXMnLCBbJ21lc3NhZ2VzJ10pO1xuICAgIH1cbiAgICBpZiAoZGF0YS5tZXNzYWdlcyEubGVuZ3RoID09PSAwKSBmYWlsKCdhIGNoYXQgcHJvbXB0IG5lZWRzIGF0IGxlYXN0IG9uZSBtZXNzYWdlJywgWydtZXNzYWdlcyddKTtcbiAgfVxuICByZXR1cm4gdHlwZTtcbn1cblxuZnVuY3Rpb24gZXhwbGFpbk1lc3NhZ2VQcm9ibGVtKHZhbHVlOiB1bmtub3duKTogeyBtZXNzYWdlOiBzdHJpbmc7IHBhdGg6IEZpZWxkU2VnbWVudFtdIH0gfCB1bmRlZmluZWQge1xuICBjb25zdCBzaGFwZSA9ICdhIG1lc3NhZ2UgaXMgeyByb2xlLCBjb250ZW50IH0gb3IgeyBwbGFjZWhvbGRlciB9JztcbiAgaWYgKCFpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHsgbWVzc2FnZTogYCR7c2hhcGV9LCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBwYXRoOiBbXSB9O1xuICBpZiAoJ3BsYWNlaG9sZGVyJyBpbiB2YWx1ZSkge1xuICAgIGNvbnN0IG90aGVyID0gT2JqZWN0LmtleXModmFsdWUpLmZpbmQoKGtleSkgPT4ga2V5ICE9PSAncGxhY2Vob2xkZXInKTtcbiAgICBpZiAob3RoZXIgIT09IHVuZGVmaW5lZCkge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWVzc2FnZTogYGEgcGxhY2Vob2xkZXIgbWVzc2FnZSBoYXMgb25seSBcInBsYWNlaG9sZGVyXCIsIGJ1dCB0aGlzIG9uZSBhbHNvIGhhcyBcIiR7b3RoZXJ9XCI6IHNwbGl0IGl0IGluIHR3byBtZXNzYWdlc2AsXG4gICAgICAgIHBhdGg6IFtvdGhlcl0sXG4gICAgICB9O1xuICAgIH1cbiAgICBpZiAodHlwZW9mIHZhbHVlLnBsYWNlaG9sZGVyICE9PSAnc3RyaW5nJyB8fCAhUExBQ0VIT0xERVJfUEFUVEVSTi50ZXN0KHZhbHVlLnBsYWNlaG9sZGVyKSkge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWVzc2FnZTogYFwicGxhY2Vob2xkZXJcIiBtdXN0IGJlIGEgbmFtZSBzdWNoIGFzIFwiaGlzdG9yeVwiIChsZXR0ZXJzLCBkaWdpdHMsIFwiX1wiLCBcIi5cIiwgXCItXCIpLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlLnBsYWNlaG9sZGVyKX1gLFxuICAgICAgICBwYXRoOiBbJ3BsYWNlaG9sZGVyJ10sXG4gICAgICB9O1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKHZhbHVlKSkge1xuICAgIGlmIChrZXkgIT09ICdyb2xlJyAmJiBrZXkgIT09ICdjb250ZW50Jykge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWVzc2FnZTogYHVua25vd24gZmllbGQgXCIke2tleX1cIiBpbiBhIG1lc3NhZ2Uke2hpbnQoa2V5LCBbJ3JvbGUnLCAnY29udGVudCcsICdwbGFjZWhvbGRlciddKX0gJHtzaGFwZX0uYCxcbiAgICAgICAgcGF0aDogW2tleV0sXG4gICAgICB9O1xuICAgIH1cbiAgfVxuICBpZiAodmFsdWUucm9sZSA9PT0gdW5kZWZpbmVkKVxuICAgIHJldHVybiB7IG1lc3NhZ2U6IGB0aGUgbWVzc2FnZSBoYXMgbm8gXCJyb2xlXCIgKHN5c3RlbSwgdXNlciwgYXNzaXN0YW50LCBcdTIwMjYpOiAke3NoYXBlfWAsIHBhdGg6IFsncm9sZSddIH07XG4gIGlmICh0eXBlb2YgdmFsdWUucm9sZSAhPT0gJ3N0cmluZycgfHwgdmFsdWUucm9sZS50cmltKCkgPT09ICcnKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIG1lc3NhZ2U6IGBcInJvbGVcIiBtdXN0IGJlIGEgbm9uLWVtcHR5IHN0cmluZyBzdWNoIGFzIFwidXNlclwiLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlLnJvbGUpfWAsXG4gICAgICBwYXRoOiBbJ3JvbGUnXSxcbiAgICB9O1xuICB9XG4gIGlmICh2YWx1ZS5jb250ZW50ID09PSB1bmRlZmluZWQpXG4gICAgcmV0dXJuIHsgbWVzc2FnZTogYHRoZSBtZXNzYWdlIGhhcyBubyBcImNvbnRlbnRcIiAoaXRzIG11c3RhY2hlIHRlbXBsYXRlKTogJHtzaGFwZX1gLCBwYXRoOiBbJ2NvbnRlbnQnXSB9O1xuICBpZiAodHlwZW9mIHZhbHVlLmNvbnRlbnQgIT09ICdzdHJpbmcnKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIG1lc3NhZ2U6IGBcImNvbnRlbnRcIiBtdXN0IGJlIGEgc3RyaW5nIChhIG11c3RhY2hlIHRlbXBsYXRlKSwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZS5jb250ZW50KX07IHF1b3RlIGl0IGluIFlBTUxgLFxuICAgICAgcGF0aDogWydjb250ZW50J10sXG4gICAgfTtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBjaGVja0lucHV0KFxuICBpbnB1dDogeyBzY2hlbWE/OiB1bmtub3duOyBkZWZhdWx0PzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfSB8IHVuZGVmaW5lZCxcbiAgd2hlcmU6IHsgZmlsZT86IHN0cmluZzsgbGluZT86IG51bWJlciB9LFxuICBwcm9tcHROYW1lOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIGZhaWw6IEZhaWwsXG4pOiB2b2lkIHtcbiAgaWYgKGlucHV0ID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKGlucHV0LmRlZmF1bHQgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHByb2JsZW0gPSBmaW5kTm9uSnNvbihpbnB1dC5kZWZhdWx0LCBbXSwgMCk7XG4gICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkge1xuICAgICAgZmFpbChgXCJpbnB1dC5kZWZhdWx0XCIgbXVzdCBiZSBwbGFpbiBkYXRhOiAke3Byb2JsZW0ubWVzc2FnZX1gLCBbJ2lucHV0JywgJ2RlZmF1bHQnLCAuLi5wcm9ibGVtLnBhdGhdKTtcbiAgICB9XG4gIH1cbiAgaWYgKGlucHV0LnNjaGVtYSA9PT0gdW5kZWZpbmVkIHx8IGlucHV0LnNjaGVtYSA9PT0gbnVsbCkgcmV0dXJuO1xuICBjb25zdCBzY2hlbWEgPSBjb21waWxlSW5wdXRTY2hlbWEoaW5wdXQuc2NoZW1hLCB7IC4uLndoZXJlLCBwcm9tcHROYW1lLCBmaWVsZDogJ2lucHV0LnNjaGVtYScgfSk7XG4gIGlmIChpbnB1dC5kZWZhdWx0ID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgY29uc3QgcmVzdWx0ID0gc2NoZW1hLnZhbGlkYXRlKGlucHV0LmRlZmF1bHQpO1xuICBpZiAocmVzdWx0Lm9rKSByZXR1cm47XG4gIGNvbnN0IGlzc3VlID0gcmVzdWx0Lmlzc3Vlcy5maW5kKChpKSA9PiBpLmNvZGUgIT09ICdtaXNzaW5nJyk7XG4gIGlmIChpc3N1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGZhaWwoYHRoZSBkZWZhdWx0IHZhbHVlIGRvZXMgbm90IGZpdCB0aGUgaW5wdXQgc2NoZW1hOiAke2lzc3VlLm1lc3NhZ2V9YCwgWydpbnB1dCcsICdkZWZhdWx0JywgLi4uaXNzdWUucGF0aF0pO1xufVxuXG5mdW5jdGlvbiBjaGVja091dHB1dChcbiAgb3V0cHV0OiB7IHNjaGVtYT86IHVua25vd24gfSB8IHVuZGVmaW5lZCxcbiAgd2hlcmU6IHsgZmlsZT86IHN0cmluZzsgbGluZT86IG51bWJlciB9LFxuICBwcm9tcHROYW1lOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4pOiB2b2lkIHtcbiAgY29uc3Qgc2NoZW1hID0gb3V0cHV0Py5zY2hlbWE7XG4gIGlmIChzY2hlbWEgPT09IHVuZGVmaW5lZCB8fCBzY2hlbWEgPT09IG51bGwgfHwgaXNTdGFuZGFyZFNjaGVtYShzY2hlbWEpKSByZXR1cm47XG4gIHBpY29zY2hlbWFUb0pzb25TY2hlbWEoc2NoZW1hLCB7IC4uLndoZXJlLCBwcm9tcHROYW1lLCBmaWVsZDogJ291dHB1dC5zY2hlbWEnIH0pO1xufVxuXG4vKiogVGhlIGZpcnN0IHZhbHVlIHRoYXQgSlNPTiBjYW5ub3QgY2FycnkgKGZ1bmN0aW9ucywgYHVuZGVmaW5lZGAgaW4gbGlzdHMsIE5hTiwgY2xhc3MgaW5zdGFuY2VzXHUyMDI2KS4gKi9cbmZ1bmN0aW9uIGZpbmROb25Kc29uKFxuICB2YWx1ZTogdW5rbm93bixcbiAgcGF0aDogRmllbGRTZWdtZW50W10sXG4gIGRlcHRoOiBudW1iZXIsXG4pOiB7IG1lc3NhZ2U6IHN0cmluZzsgcGF0aDogRmllbGRTZWdtZW50W10gfSB8IHVuZGVmaW5lZCB7XG4gIGlmIChkZXB0aCA+IE1BWF9EQVRBX0RFUFRIKSByZXR1cm4geyBtZXNzYWdlOiBgbmVzdGVkIG1vcmUgdGhhbiAke01BWF9EQVRBX0RFUFRIfSBsZXZlbHMgZGVlcGAsIHBhdGggfTtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInKVxuICAgIHJldHVybiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpID8gdW5kZWZpbmVkIDogeyBtZXNzYWdlOiBgJHtTdHJpbmcodmFsdWUpfSBpcyBub3QgYSBKU09OIG51bWJlcmAsIHBhdGggfTtcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgZm9yIChsZXQgaW5kZXggPSAwOyBpbmRleCA8IHZhbHVlLmxlbmd0aDsgaW5kZXgrKykge1xuICAgICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKHZhbHVlW2luZGV4XSwgWy4uLnBhdGgsIGluZGV4XSwgZGVwdGggKyAxKTtcbiAgICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHJldHVybiBwcm9ibGVtO1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnKSB7XG4gICAgY29uc3QgcHJvdG8gPSBPYmplY3QuZ2V0UHJvdG90eXBlT2YodmFsdWUpO1xuICAgIGlmIChwcm90byAhPT0gT2JqZWN0LnByb3RvdHlwZSAmJiBwcm90byAhPT0gbnVsbCkge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgbWVzc2FnZTogYGZvdW5kIGEgJHsodmFsdWUgYXMgb2JqZWN0KS5jb25zdHJ1Y3Rvcj8ubmFtZSA/PyAnbm9uLXBsYWluJ30gb2JqZWN0OyB1c2UgcGxhaW4gb2JqZWN0c2AsXG4gICAgICAgIHBhdGgsXG4gICAgICB9O1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IFtrZXksIGl0ZW1dIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlKSkge1xuICAgICAgaWYgKGl0ZW0gPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24oaXRlbSwgWy4uLnBhdGgsIGtleV0sIGRlcHRoICsgMSk7XG4gICAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcHJvYmxlbTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICByZXR1cm4geyBtZXNzYWdlOiBgZm91bmQgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBwYXRoIH07XG59XG4iLCAiLyoqXG4gKiBQcm9tcHQgbmFtZXM6IHNlZ21lbnRzIG9mIGBbYS16MC05XVthLXowLTkuXy1dKmAgam9pbmVkIGJ5IGAvYC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuXG4vKiogTG9uZ2VzdCBhY2NlcHRlZCBwcm9tcHQgbmFtZSwgaW4gY2hhcmFjdGVycy4gKi9cbmV4cG9ydCBjb25zdCBNQVhfTkFNRV9MRU5HVEggPSAyMDA7XG5cbmNvbnN0IE5BTUVfUEFUVEVSTiA9IC9eW2EtejAtOV1bYS16MC05Ll8tXSooPzpcXC9bYS16MC05XVthLXowLTkuXy1dKikqJC87XG5cbi8qKiBUcnVlIHdoZW4gYG5hbWVgIGlzIGEgdmFsaWQgcHJvbXB0IG5hbWUuICovXG5leHBvcnQgZnVuY3Rpb24gaXNWYWxpZE5hbWUobmFtZTogdW5rbm93bik6IG5hbWUgaXMgc3RyaW5nIHtcbiAgcmV0dXJuIHR5cGVvZiBuYW1lID09PSAnc3RyaW5nJyAmJiBuYW1lLmxlbmd0aCA8PSBNQVhfTkFNRV9MRU5HVEggJiYgTkFNRV9QQVRURVJOLnRlc3QobmFtZSk7XG59XG5cbi8qKiBEZXNjcmliZSB3aGF0IGlzIHdyb25nIHdpdGggYSBwcm9tcHQgbmFtZSwgb3IgYHVuZGVmaW5lZGAgd2hlbiBpdCBpcyB2YWxpZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHBsYWluSW52YWxpZE5hbWUobmFtZTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICh0eXBlb2YgbmFtZSAhPT0gJ3N0cmluZycpIHJldHVybiBgYSBwcm9tcHQgbmFtZSBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHt0eXBlb2YgbmFtZX1gO1xuICBpZiAobmFtZS5sZW5ndGggPT09IDApIHJldHVybiAnYSBwcm9tcHQgbmFtZSBtdXN0IG5vdCBiZSBlbXB0eSc7XG4gIGlmIChuYW1lLmxlbmd0aCA+IE1BWF9OQU1FX0xFTkdUSClcbiAgICByZXR1cm4gYGEgcHJvbXB0IG5hbWUgbXVzdCBiZSBhdCBtb3N0ICR7TUFYX05BTUVfTEVOR1RIfSBjaGFyYWN0ZXJzLCBnb3QgJHtuYW1lLmxlbmd0aH1gO1xuICBpZiAoTkFNRV9QQVRURVJOLnRlc3QobmFtZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHNob3duID0gSlNPTi5zdHJpbmdpZnkobmFtZS5sZW5ndGggPiA2MCA/IGAke25hbWUuc2xpY2UoMCwgNjApfVx1MjAyNmAgOiBuYW1lKTtcbiAgcmV0dXJuIChcbiAgICBgaW52YWxpZCBwcm9tcHQgbmFtZSAke3Nob3dufTogdXNlIGxvd2VyY2FzZSBzZWdtZW50cyBvZiBbYS16MC05XVthLXowLTkuXy1dKiBqb2luZWQgYnkgXCIvXCIgYCArXG4gICAgYChlLmcuIFwic3VwcG9ydC9ncmVldGluZ1wiKTsgbm8gbGVhZGluZyBcIi9cIiwgbm8gZW1wdHksIFwiLlwiIG9yIFwiLi5cIiBzZWdtZW50c2BcbiAgKTtcbn1cblxuLyoqIFRocm93IGEge0BsaW5rIFByb21wdEZvcm1hdEVycm9yfSB1bmxlc3MgYG5hbWVgIGlzIHZhbGlkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFZhbGlkTmFtZShcbiAgbmFtZTogdW5rbm93bixcbiAgbG9jYXRpb246IHsgZmlsZT86IHN0cmluZzsgbGluZT86IG51bWJlciB9ID0ge30sXG4pOiBhc3NlcnRzIG5hbWUgaXMgc3RyaW5nIHtcbiAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lKTtcbiAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKHByb2JsZW0sIHsgLi4ubG9jYXRpb24sIGZpZWxkOiAnbmFtZScgfSk7XG59XG4iLCAiLyoqXG4gKiBQcm9tcHQgc3BlY3MgKGBuYW1lQHNlbGVjdG9yYCkgYW5kIHNlbGVjdG9yIHJlc29sdXRpb24gb3ZlciBhIGxpc3Qgb2YgdmVyc2lvbnMuXG4gKiBTZWUgREVTSUdOLm1kIHNlY3Rpb24gNS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHNlbXZlckNvbXBhcmUgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy9jb21wYXJlLmpzJztcbmltcG9ydCBzZW12ZXJQcmVyZWxlYXNlIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvcHJlcmVsZWFzZS5qcyc7XG5pbXBvcnQgc2VtdmVyVmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgc2VtdmVyTWF4U2F0aXNmeWluZyBmcm9tICdzZW12ZXIvcmFuZ2VzL21heC1zYXRpc2Z5aW5nLmpzJztcbmltcG9ydCBzZW12ZXJWYWxpZFJhbmdlIGZyb20gJ3NlbXZlci9yYW5nZXMvdmFsaWQuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUgfSBmcm9tICcuL25hbWUuanMnO1xuXG4vKiogQSBwYXJzZWQgYG5hbWVAc2VsZWN0b3JgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRTcGVjIHtcbiAgLyoqIFRoZSBwcm9tcHQgbmFtZS4gKi9cbiAgbmFtZTogc3RyaW5nO1xuICAvKiogVGhlIHNlbGVjdG9yIGFmdGVyIGBAYCwgb3IgYHVuZGVmaW5lZGAgZm9yIGEgYmFyZSBuYW1lLiAqL1xuICBzZWxlY3Rvcjogc3RyaW5nIHwgdW5kZWZpbmVkO1xufVxuXG4vKiogSG93IGEgc2VsZWN0b3IgcGlja3MgYSB2ZXJzaW9uLiAqL1xuZXhwb3J0IHR5cGUgU2VsZWN0b3JLaW5kID0gJ2V4YWN0JyB8ICdyYW5nZScgfCAnbGFiZWwnIHwgJ2xhdGVzdCc7XG5cbmNvbnN0IExBQkVMX1BBVFRFUk4gPSAvXlthLXpBLVpdW2EtekEtWjAtOS5fLV0qJC87XG5cbi8qKlxuICogU3BsaXQgYCdzdXBwb3J0L2dyZWV0aW5nQF4xLjInYCBpbnRvIG5hbWUgYW5kIHNlbGVjdG9yLiBUaHJvd3MgYSB7QGxpbmsgQ29uZmlnRXJyb3J9IG5hbWluZyB0aGVcbiAqIHByb2JsZW0gZm9yIGFuIGludmFsaWQgbmFtZSBvciBhbiBlbXB0eSBzZWxlY3Rvci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlU3BlYyhzcGVjOiBzdHJpbmcpOiBQcm9tcHRTcGVjIHtcbiAgaWYgKHR5cGVvZiBzcGVjICE9PSAnc3RyaW5nJykgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBhIHByb21wdCBzcGVjIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke3R5cGVvZiBzcGVjfWApO1xuICBjb25zdCBhdCA9IHNwZWMuaW5kZXhPZignQCcpO1xuICBjb25zdCBuYW1lID0gYXQgPT09IC0xID8gc3BlYyA6IHNwZWMuc2xpY2UoMCwgYXQpO1xuICBjb25zdCBzZWxlY3RvciA9IGF0ID09PSAtMSA/IHVuZGVmaW5lZCA6IHNwZWMuc2xpY2UoYXQgKyAxKTtcbiAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lKTtcbiAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGAke3Byb2JsZW19IChpbiBzcGVjICR7SlNPTi5zdHJpbmdpZnkoc3BlYyl9KWApO1xuICBpZiAoc2VsZWN0b3IgIT09IHVuZGVmaW5lZCkgYXNzZXJ0VmFsaWRTZWxlY3RvcihzZWxlY3Rvciwgc3BlYyk7XG4gIHJldHVybiB7IG5hbWUsIHNlbGVjdG9yIH07XG59XG5cbi8qKiBUaHJvdyBhIHtAbGluayBDb25maWdFcnJvcn0gdW5sZXNzIGBzZWxlY3RvcmAgaXMgYW4gZXhhY3QgdmVyc2lvbiwgYSByYW5nZSwgYSBsYWJlbCBvciBgbGF0ZXN0YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRWYWxpZFNlbGVjdG9yKHNlbGVjdG9yOiBzdHJpbmcsIGNvbnRleHQ6IHN0cmluZyA9IHNlbGVjdG9yKTogdm9pZCB7XG4gIGlmIChzZWxlY3Rvci5sZW5ndGggPT09IDAgfHwgc2VsZWN0b3IubGVuZ3RoID4gMjU2IHx8IHNlbGVjdG9yS2luZChzZWxlY3RvcikgPT09IHVuZGVmaW5lZCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIGBpbnZhbGlkIHNlbGVjdG9yICR7SlNPTi5zdHJpbmdpZnkoc2VsZWN0b3IpfSBpbiAke0pTT04uc3RyaW5naWZ5KGNvbnRleHQpfTogdXNlIGFuIGV4YWN0IHZlcnNpb24gKFwiMS4yLjNcIiksIGAgK1xuICAgICAgICAnYW4gbnBtIHNlbXZlciByYW5nZSAoXCJeMS4yXCIsIFwifjEuMi4wXCIsIFwiMS54XCIpLCBhIGxhYmVsIChcInByb2R1Y3Rpb25cIikgb3IgXCJsYXRlc3RcIicsXG4gICAgKTtcbiAgfVxufVxuXG4vKiogQ2xhc3NpZnkgYSBzZWxlY3RvcjsgYHVuZGVmaW5lZGAgd2hlbiBpdCBpcyBub25lIG9mIHRoZSBmb3VyIGtpbmRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlbGVjdG9yS2luZChzZWxlY3Rvcjogc3RyaW5nKTogU2VsZWN0b3JLaW5kIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHNlbGVjdG9yID09PSAnbGF0ZXN0JykgcmV0dXJuICdsYXRlc3QnO1xuICBpZiAoc2VtdmVyVmFsaWQoc2VsZWN0b3IpID09PSBzZWxlY3RvcikgcmV0dXJuICdleGFjdCc7XG4gIGlmIChzZW12ZXJWYWxpZFJhbmdlKHNlbGVjdG9yKSAhPT0gbnVsbCkgcmV0dXJuICdyYW5nZSc7XG4gIGlmIChMQUJFTF9QQVRURVJOLnRlc3Qoc2VsZWN0b3IpKSByZXR1cm4gJ2xhYmVsJztcbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIFRydWUgd2hlbiBhIHNlbGVjdG9yIGFsd2F5cyBwaWNrcyB0aGUgc2FtZSB2ZXJzaW9uIChhbiBleGFjdCB2ZXJzaW9uKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0V4YWN0U2VsZWN0b3Ioc2VsZWN0b3I6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gc2VsZWN0b3JLaW5kKHNlbGVjdG9yKSA9PT0gJ2V4YWN0Jztcbn1cblxuLyoqIFNvcnQgdmVyc2lvbnMgaGlnaGVzdCBmaXJzdCAoc2VtdmVyIHByZWNlZGVuY2UpLiBSZXR1cm5zIGEgbmV3IGFycmF5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmc8VCBleHRlbmRzIHsgdmVyc2lvbjogc3RyaW5nIH0+KHZlcnNpb25zOiByZWFkb25seSBUW10pOiBUW10ge1xuICByZXR1cm4gWy4uLnZlcnNpb25zXS5zb3J0KChhLCBiKSA9PiBzZW12ZXJDb21wYXJlKGIudmVyc2lvbiwgYS52ZXJzaW9uKSk7XG59XG5cbi8qKlxuICogUGljayB0aGUgdmVyc2lvbiBhIHNlbGVjdG9yIGNob29zZXMgYW1vbmcgYHZlcnNpb25zYDpcbiAqIC0gZXhhY3QgYDEuMi4zYDogdGhhdCB2ZXJzaW9uO1xuICogLSBhIHJhbmdlIChgXjEuMmAsIGB+MS4yLjBgLCBgMS54YCwgYD49MSA8M2ApOiB0aGUgaGlnaGVzdCBzYXRpc2Z5aW5nIHZlcnNpb247IHByZXJlbGVhc2VzIG9ubHkgd2hlblxuICogICB0aGUgcmFuZ2UgbmFtZXMgYSBwcmVyZWxlYXNlIG9mIHRoZSBzYW1lIGBNQUpPUi5NSU5PUi5QQVRDSGAgKG5wbSdzIHJ1bGUpO1xuICogLSBgbGF0ZXN0YDogdGhlIGhpZ2hlc3QgdmVyc2lvbiB0aGF0IGlzIG5vdCBhIHByZXJlbGVhc2U7XG4gKiAtIGFueXRoaW5nIGVsc2U6IHRoZSB2ZXJzaW9uIGNhcnJ5aW5nIHRoYXQgbGFiZWwuXG4gKlxuICogUmV0dXJucyBgdW5kZWZpbmVkYCB3aGVuIG5vdGhpbmcgbWF0Y2hlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVTZWxlY3RvcjxUIGV4dGVuZHMgVmVyc2lvbkluZm8+KHZlcnNpb25zOiByZWFkb25seSBUW10sIHNlbGVjdG9yOiBzdHJpbmcpOiBUIHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qga2luZCA9IHNlbGVjdG9yS2luZChzZWxlY3Rvcik7XG4gIHN3aXRjaCAoa2luZCkge1xuICAgIGNhc2UgJ2V4YWN0JzpcbiAgICAgIHJldHVybiB2ZXJzaW9ucy5maW5kKCh2KSA9PiB2LnZlcnNpb24gPT09IHNlbGVjdG9yKTtcbiAgICBjYXNlICdsYXRlc3QnOiB7XG4gICAgICBsZXQgYmVzdDogVCB8IHVuZGVmaW5lZDtcbiAgICAgIGZvciAoY29uc3QgdiBvZiB2ZXJzaW9ucykge1xuICAgICAgICBpZiAoc2VtdmVyUHJlcmVsZWFzZSh2LnZlcnNpb24pICE9PSBudWxsKSBjb250aW51ZTtcbiAgICAgICAgaWYgKGJlc3QgPT09IHVuZGVmaW5lZCB8fCBzZW12ZXJDb21wYXJlKHYudmVyc2lvbiwgYmVzdC52ZXJzaW9uKSA+IDApIGJlc3QgPSB2O1xuICAgICAgfVxuICAgICAgcmV0dXJuIGJlc3Q7XG4gICAgfVxuICAgIGNhc2UgJ3JhbmdlJzoge1xuICAgICAgY29uc3QgY2hvc2VuID0gc2VtdmVyTWF4U2F0aXNmeWluZyhcbiAgICAgICAgdmVyc2lvbnMubWFwKCh2KSA9PiB2LnZlcnNpb24pLFxuICAgICAgICBzZWxlY3RvcixcbiAgICAgICk7XG4gICAgICByZXR1cm4gY2hvc2VuID09PSBudWxsID8gdW5kZWZpbmVkIDogdmVyc2lvbnMuZmluZCgodikgPT4gdi52ZXJzaW9uID09PSBjaG9zZW4pO1xuICAgIH1cbiAgICBjYXNlICdsYWJlbCc6XG4gICAgICByZXR1cm4gdmVyc2lvbnMuZmluZCgodikgPT4gdi5sYWJlbHMuaW5jbHVkZXMoc2VsZWN0b3IpKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogTGFiZWxzIG9mIGEgdmVyc2lvbiBsaXN0IGFzIGB7IGxhYmVsOiB2ZXJzaW9uIH1gLCBmb3IgZXJyb3IgbWVzc2FnZXMuICovXG5leHBvcnQgZnVuY3Rpb24gbGFiZWxNYXAodmVyc2lvbnM6IHJlYWRvbmx5IFZlcnNpb25JbmZvW10pOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IHtcbiAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge307XG4gIGZvciAoY29uc3QgdiBvZiB2ZXJzaW9ucykgZm9yIChjb25zdCBsYWJlbCBvZiB2LmxhYmVscykgb3V0W2xhYmVsXSA9IHYudmVyc2lvbjtcbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvKipcbiAqIEEgc21hbGwgdHlwZWQgZXZlbnQgZW1pdHRlciBmb3Ige0BsaW5rIFByb21wdEV2ZW50fXMuXG4gKlxuICogLSBMaXN0ZW5lcnMgc3Vic2NyaWJlIHBlciBldmVudCB0eXBlIChgb24oJ3JlbmRlcicsIFx1MjAyNilgKSBvciB0byBldmVyeSBldmVudCAoYG9uRXZlbnQoXHUyMDI2KWApLlxuICogLSBBIGxpc3RlbmVyIHRoYXQgdGhyb3dzIG9yIHJlamVjdHMgbmV2ZXIgYnJlYWtzIHRoZSBjYWxsZXI6IHRoZSBmYWlsdXJlIGlzIGhhbmRlZCB0byB0aGVcbiAqICAgYG9uRXJyb3JgIG9wdGlvbiAoZWFjaCBmYWlsdXJlIG9uY2UpLCBvciwgd2l0aG91dCBpdCwgd3JpdHRlbiB3aXRoIGBjb25zb2xlLndhcm5gIHRoZSBmaXJzdFxuICogICB0aW1lIGVhY2ggbGlzdGVuZXIgZmFpbHMgKGxhdGVyIGZhaWx1cmVzIG9mIHRoYXQgbGlzdGVuZXIgc3RheSBzaWxlbnQsIHNvIGEgYnJva2VuIGxpc3RlbmVyIG9uXG4gKiAgIGEgaG90IHBhdGggY2Fubm90IGZsb29kIHRoZSBsb2cpLlxuICogLSBXaXRoIG5vIGxpc3RlbmVyLCBlbWl0dGluZyBjb3N0cyBvbmUgYnJhbmNoOiBjYWxsZXJzIGNoZWNrIHtAbGluayBQcm9tcHRFbWl0dGVyLmFjdGl2ZX0gKG9yXG4gKiAgIHtAbGluayBQcm9tcHRFbWl0dGVyLndhbnRzfSkgYmVmb3JlIHRoZXkgZXZlbiBidWlsZCB0aGUgZXZlbnQgb2JqZWN0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgZW1pdHRlciA9IG5ldyBQcm9tcHRFbWl0dGVyKCk7XG4gKiBjb25zdCBvZmYgPSBlbWl0dGVyLm9uKCdyZW5kZXInLCAoZSkgPT4gY29uc29sZS5sb2coZS5uYW1lLCBlLmR1cmF0aW9uTXMpKTtcbiAqIGlmIChlbWl0dGVyLndhbnRzKCdyZW5kZXInKSkgZW1pdHRlci5lbWl0KHsgdHlwZTogJ3JlbmRlcicsIG5hbWU6ICd4JywgdmVyc2lvbjogJzEuMC4wJywgaGFzaCwgZHVyYXRpb25NczogMC4xLCBjaGFyczogMTIsIGlucHV0S2V5czogW10gfSk7XG4gKiBvZmYoKTtcbiAqIGBgYFxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSB7IEV2ZW50T2YsIFByb21wdEV2ZW50LCBQcm9tcHRFdmVudExpc3RlbmVyLCBQcm9tcHRFdmVudFR5cGUgfSBmcm9tICcuL2V2ZW50cy5qcyc7XG5cbi8qKiBDYWxsZWQgd2hlbiBhIGxpc3RlbmVyIHRocm93cyBvciByZWplY3RzLiAqL1xuZXhwb3J0IHR5cGUgTGlzdGVuZXJFcnJvckhhbmRsZXIgPSAoZXJyb3I6IHVua25vd24sIGV2ZW50OiBQcm9tcHRFdmVudCkgPT4gdm9pZDtcblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIFByb21wdEVtaXR0ZXJ9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRFbWl0dGVyT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBSZWNlaXZlcyBldmVyeSBlcnJvciB0aHJvd24gKG9yIHByb21pc2UgcmVqZWN0ZWQpIGJ5IGEgbGlzdGVuZXIsIG9uY2UgcGVyIGZhaWx1cmUuIEFuIGVycm9yXG4gICAqIHRocm93biBieSB0aGlzIGhhbmRsZXIgaXRzZWxmIGlzIGlnbm9yZWQuXG4gICAqIEBkZWZhdWx0IGEgYGNvbnNvbGUud2FybmAgdGhlIGZpcnN0IHRpbWUgZWFjaCBsaXN0ZW5lciBmYWlsc1xuICAgKi9cbiAgb25FcnJvcj86IExpc3RlbmVyRXJyb3JIYW5kbGVyO1xufVxuXG50eXBlIEFueUxpc3RlbmVyID0gKGV2ZW50OiBQcm9tcHRFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG5cbi8qKiBUeXBlZCBlbWl0dGVyIG9mIHByb21wdG9wcyBldmVudHMuIFNlZSB0aGUgbW9kdWxlIGRvY3VtZW50YXRpb24uICovXG5leHBvcnQgY2xhc3MgUHJvbXB0RW1pdHRlciB7XG4gIC8qKlxuICAgKiBUcnVlIHdoZW4gYXQgbGVhc3Qgb25lIGxpc3RlbmVyIGlzIHN1YnNjcmliZWQgKHRvIGFueSB0eXBlKS4gUmVhZCBpdCBiZWZvcmUgYnVpbGRpbmcgYW4gZXZlbnQ6XG4gICAqIGBpZiAoZW1pdHRlci5hY3RpdmUpIGVtaXR0ZXIuZW1pdCh7IFx1MjAyNiB9KWAuXG4gICAqL1xuICBhY3RpdmUgPSBmYWxzZTtcblxuICByZWFkb25seSAjYnlUeXBlID0gbmV3IE1hcDxQcm9tcHRFdmVudFR5cGUsIEFueUxpc3RlbmVyW10+KCk7XG4gICNhbnk6IEFueUxpc3RlbmVyW10gPSBbXTtcbiAgcmVhZG9ubHkgI29uRXJyb3I6IExpc3RlbmVyRXJyb3JIYW5kbGVyIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSAjd2FybmVkID0gbmV3IFdlYWtTZXQ8QW55TGlzdGVuZXI+KCk7XG5cbiAgY29uc3RydWN0b3Iob3B0aW9uczogUHJvbXB0RW1pdHRlck9wdGlvbnMgPSB7fSkge1xuICAgIHRoaXMuI29uRXJyb3IgPSBvcHRpb25zLm9uRXJyb3I7XG4gIH1cblxuICAvKiogVHJ1ZSB3aGVuIGFuIGV2ZW50IG9mIGB0eXBlYCB3b3VsZCByZWFjaCBhdCBsZWFzdCBvbmUgbGlzdGVuZXIuICovXG4gIHdhbnRzKHR5cGU6IFByb21wdEV2ZW50VHlwZSk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLmFjdGl2ZSAmJiAodGhpcy4jYW55Lmxlbmd0aCA+IDAgfHwgdGhpcy4jYnlUeXBlLmhhcyh0eXBlKSk7XG4gIH1cblxuICAvKipcbiAgICogU3Vic2NyaWJlIHRvIG9uZSBldmVudCB0eXBlLiBSZXR1cm5zIGEgZnVuY3Rpb24gdGhhdCB1bnN1YnNjcmliZXMgKGNhbGxpbmcgaXQgdHdpY2UgaXMgaGFybWxlc3MpLlxuICAgKiBTdWJzY3JpYmluZyB0aGUgc2FtZSBmdW5jdGlvbiB0d2ljZSBtYWtlcyB0d28gc3Vic2NyaXB0aW9ucy5cbiAgICovXG4gIG9uPFQgZXh0ZW5kcyBQcm9tcHRFdmVudFR5cGU+KHR5cGU6IFQsIGxpc3RlbmVyOiBQcm9tcHRFdmVudExpc3RlbmVyPFQ+KTogKCkgPT4gdm9pZCB7XG4gICAgY29uc3QgZm4gPSBsaXN0ZW5lciBhcyBBbnlMaXN0ZW5lcjtcbiAgICB0aGlzLiNieVR5cGUuc2V0KHR5cGUsIFsuLi4odGhpcy4jYnlUeXBlLmdldCh0eXBlKSA/PyBbXSksIGZuXSk7XG4gICAgdGhpcy5hY3RpdmUgPSB0cnVlO1xuICAgIGxldCBzdWJzY3JpYmVkID0gdHJ1ZTtcbiAgICByZXR1cm4gKCkgPT4ge1xuICAgICAgaWYgKCFzdWJzY3JpYmVkKSByZXR1cm47XG4gICAgICBzdWJzY3JpYmVkID0gZmFsc2U7XG4gICAgICBjb25zdCByZXN0ID0gcmVtb3ZlT25lKHRoaXMuI2J5VHlwZS5nZXQodHlwZSkgPz8gW10sIGZuKTtcbiAgICAgIGlmIChyZXN0Lmxlbmd0aCA9PT0gMCkgdGhpcy4jYnlUeXBlLmRlbGV0ZSh0eXBlKTtcbiAgICAgIGVsc2UgdGhpcy4jYnlUeXBlLnNldCh0eXBlLCByZXN0KTtcbiAgICAgIHRoaXMuI3VwZGF0ZUFjdGl2ZSgpO1xuICAgIH07XG4gIH1cblxuICAvKiogU3Vic2NyaWJlIHRvIGV2ZXJ5IGV2ZW50LiBSZXR1cm5zIGEgZnVuY3Rpb24gdGhhdCB1bnN1YnNjcmliZXMuICovXG4gIG9uRXZlbnQobGlzdGVuZXI6IChldmVudDogUHJvbXB0RXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+KTogKCkgPT4gdm9pZCB7XG4gICAgdGhpcy4jYW55ID0gWy4uLnRoaXMuI2FueSwgbGlzdGVuZXJdO1xuICAgIHRoaXMuYWN0aXZlID0gdHJ1ZTtcbiAgICBsZXQgc3Vic2NyaWJlZCA9IHRydWU7XG4gICAgcmV0dXJuICgpID0+IHtcbiAgICAgIGlmICghc3Vic2NyaWJlZCkgcmV0dXJuO1xuICAgICAgc3Vic2NyaWJlZCA9IGZhbHNlO1xuICAgICAgdGhpcy4jYW55ID0gcmVtb3ZlT25lKHRoaXMuI2FueSwgbGlzdGVuZXIpO1xuICAgICAgdGhpcy4jdXBkYXRlQWN0aXZlKCk7XG4gICAgfTtcbiAgfVxuXG4gIC8qKiBSZW1vdmUgZXZlcnkgbGlzdGVuZXIuICovXG4gIGNsZWFyKCk6IHZvaWQge1xuICAgIHRoaXMuI2J5VHlwZS5jbGVhcigpO1xuICAgIHRoaXMuI2FueSA9IFtdO1xuICAgIHRoaXMuYWN0aXZlID0gZmFsc2U7XG4gIH1cblxuICAvKipcbiAgICogRGVsaXZlciBgZXZlbnRgIHRvIHRoZSBsaXN0ZW5lcnMgb2YgaXRzIHR5cGUsIHRoZW4gdG8gdGhlIGBvbkV2ZW50YCBsaXN0ZW5lcnMsIHN5bmNocm9ub3VzbHlcbiAgICogYW5kIGluIHN1YnNjcmlwdGlvbiBvcmRlci4gTmV2ZXIgdGhyb3dzLlxuICAgKi9cbiAgZW1pdDxUIGV4dGVuZHMgUHJvbXB0RXZlbnRUeXBlPihldmVudDogRXZlbnRPZjxUPik6IHZvaWQge1xuICAgIGlmICghdGhpcy5hY3RpdmUpIHJldHVybjtcbiAgICBjb25zdCB0eXBlZCA9IHRoaXMuI2J5VHlwZS5nZXQoZXZlbnQudHlwZSk7XG4gICAgaWYgKHR5cGVkICE9PSB1bmRlZmluZWQpIGZvciAoY29uc3QgbGlzdGVuZXIgb2YgdHlwZWQpIHRoaXMuI2NhbGwobGlzdGVuZXIsIGV2ZW50KTtcbiAgICBmb3IgKGNvbnN0IGxpc3RlbmVyIG9mIHRoaXMuI2FueSkgdGhpcy4jY2FsbChsaXN0ZW5lciwgZXZlbnQpO1xuICB9XG5cbiAgI2NhbGwobGlzdGVuZXI6IEFueUxpc3RlbmVyLCBldmVudDogUHJvbXB0RXZlbnQpOiB2b2lkIHtcbiAgICB0cnkge1xuICAgICAgY29uc3QgcmVzdWx0ID0gbGlzdGVuZXIoZXZlbnQpO1xuICAgICAgaWYgKHJlc3VsdCAhPT0gdW5kZWZpbmVkICYmIHR5cGVvZiAocmVzdWx0IGFzIFByb21pc2U8dm9pZD4pLnRoZW4gPT09ICdmdW5jdGlvbicpIHtcbiAgICAgICAgKHJlc3VsdCBhcyBQcm9taXNlPHZvaWQ+KS50aGVuKHVuZGVmaW5lZCwgKGVycm9yOiB1bmtub3duKSA9PiB0aGlzLiNyZXBvcnQobGlzdGVuZXIsIGVycm9yLCBldmVudCkpO1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICB0aGlzLiNyZXBvcnQobGlzdGVuZXIsIGVycm9yLCBldmVudCk7XG4gICAgfVxuICB9XG5cbiAgI3JlcG9ydChsaXN0ZW5lcjogQW55TGlzdGVuZXIsIGVycm9yOiB1bmtub3duLCBldmVudDogUHJvbXB0RXZlbnQpOiB2b2lkIHtcbiAgICBpZiAodGhpcy4jb25FcnJvciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICB0cnkge1xuICAgICAgICB0aGlzLiNvbkVycm9yKGVycm9yLCBldmVudCk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLy8gQW4gZXJyb3IgaGFuZGxlciB0aGF0IGZhaWxzIGhhcyBub3doZXJlIGxlZnQgdG8gcmVwb3J0IHRvLlxuICAgICAgfVxuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAodGhpcy4jd2FybmVkLmhhcyhsaXN0ZW5lcikpIHJldHVybjtcbiAgICB0aGlzLiN3YXJuZWQuYWRkKGxpc3RlbmVyKTtcbiAgICBjb25zb2xlLndhcm4oXG4gICAgICBgcHJvbXB0b3BzOiBhIFwiJHtldmVudC50eXBlfVwiIGV2ZW50IGxpc3RlbmVyIGZhaWxlZCAoZnVydGhlciBmYWlsdXJlcyBvZiB0aGlzIGxpc3RlbmVyIGFyZSBub3Qgc2hvd24pOmAsXG4gICAgICBlcnJvcixcbiAgICApO1xuICB9XG5cbiAgI3VwZGF0ZUFjdGl2ZSgpOiB2b2lkIHtcbiAgICB0aGlzLmFjdGl2ZSA9IHRoaXMuI2FueS5sZW5ndGggPiAwIHx8IHRoaXMuI2J5VHlwZS5zaXplID4gMDtcbiAgfVxufVxuXG5mdW5jdGlvbiByZW1vdmVPbmU8VD4obGlzdDogcmVhZG9ubHkgVFtdLCBpdGVtOiBUKTogVFtdIHtcbiAgY29uc3QgaW5kZXggPSBsaXN0LmluZGV4T2YoaXRlbSk7XG4gIHJldHVybiBpbmRleCA9PT0gLTEgPyBbLi4ubGlzdF0gOiBbLi4ubGlzdC5zbGljZSgwLCBpbmRleCksIC4uLmxpc3Quc2xpY2UoaW5kZXggKyAxKV07XG59XG4iLCAiLyoqXG4gKiBUaGUgY2xpZW50J3MgdHdvIGNhY2hlIHRpZXJzIGFuZCBpdHMgaW4tZmxpZ2h0IGxvYWRzIChERVNJR04ubWQgc2VjdGlvbiA2LCBcIkNhY2hpbmcgYW5kIGZhaWx1cmVcIikuXG4gKlxuICogLSBUaWVyIDEsIGBuYW1lQHZlcnNpb25gIFx1MjE5MiBjb21waWxlZCBwcm9tcHQ6IGFuIExSVSBib3VuZGVkIGJ5IGBtYXhgLCBubyBUVEwgKGEgdmVyc2lvbiBpcyBpbW11dGFibGUpLlxuICogLSBUaWVyIDIsIGBuYW1lQHNlbGVjdG9yYCBcdTIxOTIgcmVzb2x2ZWQgcmVjb3JkICh2ZXJzaW9uICsgaGFzaCk6IGZyZXNoIGZvciBgdHRsTXNgLCB0aGVuIHN0YWxlIGZvciB1cFxuICogICB0byBgbWF4U3RhbGVNc2AgKHRoZSBjbGllbnQgc2VydmVzIGl0IHdoaWxlIG9uZSBiYWNrZ3JvdW5kIHJlZnJlc2ggcnVucyksIHRoZW4gZXhwaXJlZC4gRXhhY3RcbiAqICAgc2VsZWN0b3JzIG5ldmVyIGdvIHN0YWxlLiBBbHNvIGFuIExSVSBib3VuZGVkIGJ5IGBtYXhgLlxuICogLSBJbi1mbGlnaHQgbG9hZHMgYXJlIHNoYXJlZCBwZXIga2V5IChhdCBib3RoIHRpZXJzKSwgc28gY29uY3VycmVudCBpZGVudGljYWwgcmVxdWVzdHMgbWFrZSBvbmVcbiAqICAgc3RvcmUgY2FsbC4gSW52YWxpZGF0aW5nIGEgbmFtZSBjYW5jZWxzIGl0cyBpbi1mbGlnaHQgbG9hZHM6IHRoZWlyIHJlc3VsdHMgcmVhY2ggdGhlIGNhbGxlcnNcbiAqICAgdGhhdCB3YWl0ZWQgZm9yIHRoZW0gYnV0IGFyZSBub3QgY2FjaGVkLlxuICpcbiAqIFRpbWUgY29tZXMgZnJvbSBhbiBpbmplY3RlZCBgbm93KClgOyBub3RoaW5nIGhlcmUgc2V0cyBhIHRpbWVyLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBMUlVDYWNoZSB9IGZyb20gJ2xydS1jYWNoZSc7XG5pbXBvcnQgdHlwZSB7IENvbXBpbGVkUHJvbXB0IH0gZnJvbSAnLi4vZW5naW5lL3Byb21wdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHR5cGUgeyBDYWNoZU9wdGlvbnMgfSBmcm9tICcuL29wdGlvbnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRIYW5kbGUgfSBmcm9tICcuL3Byb21wdC5qcyc7XG5cbi8qKiBBIGNvbXBpbGVkIHByb21wdCB2ZXJzaW9uICh0aWVyIDEpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlZEVudHJ5IHtcbiAgcmVhZG9ubHkgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gIHJlYWRvbmx5IGhhc2g6IHN0cmluZztcbiAgcmVhZG9ubHkgY29tcGlsZWQ6IENvbXBpbGVkUHJvbXB0O1xuICAvKiogRXZlcnkgcGFydGlhbCBjb21waWxlZCBpbiAodHJhbnNpdGl2ZWx5KTogbmFtZSBcdTIxOTIgdmVyc2lvbi4gKi9cbiAgcmVhZG9ubHkgZGVwczogUmVhZG9ubHlNYXA8c3RyaW5nLCBzdHJpbmc+O1xufVxuXG4vKiogV2hhdCBhIHNlbGVjdG9yIHJlc29sdmVkIHRvICh0aWVyIDIpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNvbHV0aW9uIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICByZWFkb25seSByZWNvcmQ6IFByb21wdFJlY29yZDtcbiAgcmVhZG9ubHkgdmVyc2lvbjogc3RyaW5nO1xuICByZWFkb25seSBoYXNoOiBzdHJpbmc7XG4gIC8qKiBXaGVyZSB0aGUgcmVjb3JkIGNhbWUgZnJvbS4gQSBzbmFwc2hvdCBlbnRyeSBzdGFydHMgc3RhbGUsIHNvIHRoYXQgYSByZWZyZXNoIGlzIHRyaWVkIGF0IG9uY2UuICovXG4gIHJlYWRvbmx5IG9yaWdpbjogJ3N0b3JlJyB8ICdzbmFwc2hvdCc7XG4gIC8qKiBDbG9jayB0aW1lIHRoZSByZXNvbHV0aW9uIGNvdW50cyBhcyBsb2FkZWQgYXQuICovXG4gIHJlYWRvbmx5IGxvYWRlZEF0OiBudW1iZXI7XG4gIC8qKiBFYXJsaWVzdCBjbG9jayB0aW1lIG9mIHRoZSBuZXh0IGJhY2tncm91bmQgcmVmcmVzaCAoc2V0IGFmdGVyIGEgZmFpbGVkIG9uZSkuICovXG4gIHJldHJ5QXQ6IG51bWJlcjtcbiAgLyoqIFRoZSBwcm9tcHQgY29tcGlsZWQgd2l0aCB0aGUgY2xpZW50J3MgZGVmYXVsdCBzdHJpY3RuZXNzLCBvbmNlIGtub3duLiAqL1xuICBjb21waWxlZDogQ29tcGlsZWRFbnRyeSB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBgUHJvbXB0YCBoYW5kZWQgb3V0IGZvciBmcmVzaCBoaXRzIChzb3VyY2UgYCdjYWNoZSdgLCBkZWZhdWx0IHN0cmljdG5lc3MpLCBidWlsdCBvbiB0aGUgZmlyc3Qgb25lLiAqL1xuICBwcm9tcHQ/OiBQcm9tcHRIYW5kbGU7XG59XG5cbi8qKiBBZ2Ugb2YgYSB0aWVyLTIgZW50cnkuICovXG5leHBvcnQgdHlwZSBGcmVzaG5lc3MgPSAnZnJlc2gnIHwgJ3N0YWxlJyB8ICdleHBpcmVkJztcblxuLyoqIEEgbG9hZCB1bmRlciB3YXksIHNoYXJlZCBieSBldmVyeSBjYWxsZXIgb2YgdGhlIHNhbWUga2V5LiAqL1xuZXhwb3J0IGludGVyZmFjZSBGbGlnaHQ8VD4ge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHByb21pc2U6IFByb21pc2U8VD47XG4gIC8qKiBTZXQgd2hlbiB0aGUgbmFtZSB3YXMgaW52YWxpZGF0ZWQgZHVyaW5nIHRoZSBsb2FkOiB0aGUgcmVzdWx0IG11c3Qgbm90IGJlIGNhY2hlZC4gKi9cbiAgY2FuY2VsbGVkOiBib29sZWFuO1xufVxuXG4vKiogS2V5IG9mIGEgbmFtZSBhbmQgYSBzZWxlY3RvciBvciB2ZXJzaW9uOiBgbmFtZUBzZWxlY3RvcmAuIE5hbWVzIG5ldmVyIGNvbnRhaW4gYEBgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhY2hlS2V5KG5hbWU6IHN0cmluZywgc2VsZWN0b3JPclZlcnNpb246IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtuYW1lfUAke3NlbGVjdG9yT3JWZXJzaW9ufWA7XG59XG5cbmZ1bmN0aW9uIG5hbWVPZktleShrZXk6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBrZXkuc2xpY2UoMCwga2V5LmluZGV4T2YoJ0AnKSk7XG59XG5cbi8qKiBUd28tdGllciBjYWNoZSB3aXRoIGluLWZsaWdodCBzaGFyaW5nLiBJbnRlcm5hbCB0byB0aGUgY2xpZW50LiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdENhY2hlIHtcbiAgLyoqIEZhbHNlIHdpdGggYGNhY2hlOiBmYWxzZWA6IG5vdGhpbmcgaXMgc3RvcmVkLCBpbi1mbGlnaHQgbG9hZHMgYXJlIHN0aWxsIHNoYXJlZC4gKi9cbiAgcmVhZG9ubHkgZW5hYmxlZDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgdHRsTXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgbWF4U3RhbGVNczogbnVtYmVyO1xuICByZWFkb25seSAjbm93OiAoKSA9PiBudW1iZXI7XG4gIHJlYWRvbmx5ICNjb21waWxlZDogTFJVQ2FjaGU8c3RyaW5nLCBDb21waWxlZEVudHJ5PiB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgI3Jlc29sdmVkOiBMUlVDYWNoZTxzdHJpbmcsIFJlc29sdXRpb24+IHwgdW5kZWZpbmVkO1xuICAvKiogVGllci0yIGxvYWRzIHVuZGVyIHdheS4gKi9cbiAgcmVhZG9ubHkgbG9hZGluZyA9IG5ldyBNYXA8c3RyaW5nLCBGbGlnaHQ8eyByZXNvbHV0aW9uOiBSZXNvbHV0aW9uOyBzb3VyY2U6ICdzdG9yZScgfCAnc3RhbGUnIHwgJ3NuYXBzaG90JyB9Pj4oKTtcbiAgLyoqIFRpZXItMSBjb21waWxhdGlvbnMgdW5kZXIgd2F5LiAqL1xuICByZWFkb25seSBjb21waWxpbmcgPSBuZXcgTWFwPHN0cmluZywgRmxpZ2h0PENvbXBpbGVkRW50cnk+PigpO1xuICAvKiogQmFja2dyb3VuZCByZWZyZXNoZXMgdW5kZXIgd2F5IChvbmUgcGVyIHRpZXItMiBrZXkpLiAqL1xuICByZWFkb25seSByZWZyZXNoaW5nID0gbmV3IE1hcDxzdHJpbmcsIEZsaWdodDx2b2lkPj4oKTtcblxuICBjb25zdHJ1Y3RvcihvcHRpb25zOiBSZXF1aXJlZDxDYWNoZU9wdGlvbnM+IHwgZmFsc2UsIG5vdzogKCkgPT4gbnVtYmVyKSB7XG4gICAgdGhpcy4jbm93ID0gbm93O1xuICAgIHRoaXMuZW5hYmxlZCA9IG9wdGlvbnMgIT09IGZhbHNlO1xuICAgIHRoaXMudHRsTXMgPSBvcHRpb25zID09PSBmYWxzZSA/IDAgOiBvcHRpb25zLnR0bE1zO1xuICAgIHRoaXMubWF4U3RhbGVNcyA9IG9wdGlvbnMgPT09IGZhbHNlID8gMCA6IG9wdGlvbnMubWF4U3RhbGVNcztcbiAgICBpZiAob3B0aW9ucyAhPT0gZmFsc2UpIHtcbiAgICAgIHRoaXMuI2NvbXBpbGVkID0gbmV3IExSVUNhY2hlKHsgbWF4OiBvcHRpb25zLm1heCB9KTtcbiAgICAgIHRoaXMuI3Jlc29sdmVkID0gbmV3IExSVUNhY2hlKHsgbWF4OiBvcHRpb25zLm1heCB9KTtcbiAgICB9XG4gIH1cblxuICAvKiogVGllciAyOiB0aGUgZW50cnkgb2YgYGtleWAgYW5kIGhvdyBvbGQgaXQgaXMsIG9yIGB1bmRlZmluZWRgLiBEb2VzIG5vdCBkcm9wIGV4cGlyZWQgZW50cmllcy4gKi9cbiAgcmVzb2x1dGlvbihrZXk6IHN0cmluZyk6IFJlc29sdXRpb24gfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLiNyZXNvbHZlZD8uZ2V0KGtleSk7XG4gIH1cblxuICAvKiogSG93IG9sZCBhIHRpZXItMiBlbnRyeSBpcyAoZXhhY3Qgc2VsZWN0b3JzIG5ldmVyIGFnZSkuICovXG4gIGZyZXNobmVzcyhlbnRyeTogUmVzb2x1dGlvbiwgZXhhY3Q6IGJvb2xlYW4pOiBGcmVzaG5lc3Mge1xuICAgIGlmIChleGFjdCkgcmV0dXJuICdmcmVzaCc7XG4gICAgY29uc3QgYWdlID0gdGhpcy4jbm93KCkgLSBlbnRyeS5sb2FkZWRBdDtcbiAgICBpZiAoYWdlIDwgdGhpcy50dGxNcykgcmV0dXJuICdmcmVzaCc7XG4gICAgcmV0dXJuIGFnZSA8IHRoaXMudHRsTXMgKyB0aGlzLm1heFN0YWxlTXMgPyAnc3RhbGUnIDogJ2V4cGlyZWQnO1xuICB9XG5cbiAgLyoqIFRpZXIgMjogcmVtZW1iZXIgd2hhdCBga2V5YCByZXNvbHZlZCB0by4gKi9cbiAgc2V0UmVzb2x1dGlvbihrZXk6IHN0cmluZywgZW50cnk6IFJlc29sdXRpb24pOiB2b2lkIHtcbiAgICB0aGlzLiNyZXNvbHZlZD8uc2V0KGtleSwgZW50cnkpO1xuICB9XG5cbiAgLyoqIFRpZXIgMjogZm9yZ2V0IGBrZXlgLCBvbmx5IGlmIGl0IHN0aWxsIGhvbGRzIGBlbnRyeWAgKHdoZW4gZ2l2ZW4pLiAqL1xuICBkZWxldGVSZXNvbHV0aW9uKGtleTogc3RyaW5nLCBlbnRyeT86IFJlc29sdXRpb24pOiB2b2lkIHtcbiAgICBpZiAoZW50cnkgPT09IHVuZGVmaW5lZCB8fCB0aGlzLiNyZXNvbHZlZD8uZ2V0KGtleSkgPT09IGVudHJ5KSB0aGlzLiNyZXNvbHZlZD8uZGVsZXRlKGtleSk7XG4gIH1cblxuICAvKiogVGllciAxOiB0aGUgY29tcGlsZWQgcHJvbXB0IG9mIGBrZXlgIChgbmFtZUB2ZXJzaW9uYCwgbWF5YmUgd2l0aCBhIHN0cmljdG5lc3Mgc3VmZml4KS4gKi9cbiAgY29tcGlsZWRFbnRyeShrZXk6IHN0cmluZyk6IENvbXBpbGVkRW50cnkgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLiNjb21waWxlZD8uZ2V0KGtleSk7XG4gIH1cblxuICAvKiogVGllciAxOiByZW1lbWJlciBhIGNvbXBpbGVkIHByb21wdC4gKi9cbiAgc2V0Q29tcGlsZWQoa2V5OiBzdHJpbmcsIGVudHJ5OiBDb21waWxlZEVudHJ5KTogdm9pZCB7XG4gICAgdGhpcy4jY29tcGlsZWQ/LnNldChrZXksIGVudHJ5KTtcbiAgfVxuXG4gIC8qKiBOdW1iZXIgb2YgZW50cmllcyBpbiBlYWNoIHRpZXIgKGZvciB0ZXN0cyBhbmQgZGlhZ25vc3RpY3MpLiAqL1xuICBnZXQgc2l6ZSgpOiB7IGNvbXBpbGVkOiBudW1iZXI7IHJlc29sdmVkOiBudW1iZXIgfSB7XG4gICAgcmV0dXJuIHsgY29tcGlsZWQ6IHRoaXMuI2NvbXBpbGVkPy5zaXplID8/IDAsIHJlc29sdmVkOiB0aGlzLiNyZXNvbHZlZD8uc2l6ZSA/PyAwIH07XG4gIH1cblxuICAvKipcbiAgICogSm9pbiB0aGUgbG9hZCBvZiBga2V5YCB1bmRlciB3YXkgaW4gYGZsaWdodHNgLCBvciBzdGFydCBvbmUgd2l0aCBgc3RhcnRgLlxuICAgKiBAcmV0dXJucyB0aGUgc2hhcmVkIHByb21pc2UsIGFuZCB3aGV0aGVyIGFuIGV4aXN0aW5nIGxvYWQgd2FzIGpvaW5lZC5cbiAgICovXG4gIHNoYXJlPFQ+KFxuICAgIGZsaWdodHM6IE1hcDxzdHJpbmcsIEZsaWdodDxUPj4sXG4gICAga2V5OiBzdHJpbmcsXG4gICAgbmFtZTogc3RyaW5nLFxuICAgIHN0YXJ0OiAoZmxpZ2h0OiBGbGlnaHQ8VD4pID0+IFByb21pc2U8VD4sXG4gICk6IHsgcHJvbWlzZTogUHJvbWlzZTxUPjsgam9pbmVkOiBib29sZWFuIH0ge1xuICAgIGNvbnN0IGV4aXN0aW5nID0gZmxpZ2h0cy5nZXQoa2V5KTtcbiAgICBpZiAoZXhpc3RpbmcgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgcHJvbWlzZTogZXhpc3RpbmcucHJvbWlzZSwgam9pbmVkOiB0cnVlIH07XG4gICAgY29uc3QgZmxpZ2h0OiBGbGlnaHQ8VD4gPSB7IG5hbWUsIGNhbmNlbGxlZDogZmFsc2UsIHByb21pc2U6IFByb21pc2UucmVzb2x2ZSh1bmRlZmluZWQgYXMgVCkgfTtcbiAgICBmbGlnaHRzLnNldChrZXksIGZsaWdodCk7XG4gICAgZmxpZ2h0LnByb21pc2UgPSBzdGFydChmbGlnaHQpLmZpbmFsbHkoKCkgPT4ge1xuICAgICAgaWYgKGZsaWdodHMuZ2V0KGtleSkgPT09IGZsaWdodCkgZmxpZ2h0cy5kZWxldGUoa2V5KTtcbiAgICB9KTtcbiAgICByZXR1cm4geyBwcm9taXNlOiBmbGlnaHQucHJvbWlzZSwgam9pbmVkOiBmYWxzZSB9O1xuICB9XG5cbiAgLyoqIEZvcmdldCBhIGZpbmlzaGVkIGZsaWdodCBub3cgKGJlZm9yZSBpdHMgY2FsbGVycyByZXN1bWUpLCBpZiBpdCBpcyBzdGlsbCB0aGUgb25lIHVuZGVyIGBrZXlgLiAqL1xuICBsYW5kPFQ+KGZsaWdodHM6IE1hcDxzdHJpbmcsIEZsaWdodDxUPj4sIGtleTogc3RyaW5nLCBmbGlnaHQ6IEZsaWdodDxUPik6IHZvaWQge1xuICAgIGlmIChmbGlnaHRzLmdldChrZXkpID09PSBmbGlnaHQpIGZsaWdodHMuZGVsZXRlKGtleSk7XG4gIH1cblxuICAvKipcbiAgICogRHJvcCBldmVyeXRoaW5nIGNhY2hlZCBmb3IgZXhhY3RseSBgbmFtZWAgKGV2ZXJ5IHNlbGVjdG9yIGFuZCB2ZXJzaW9uOyBgJ2EnYCBuZXZlciB0b3VjaGVzXG4gICAqIGAnYWInYCBvciBgJ2EvYidgKSwgdGhlIGNvbXBpbGVkIHByb21wdHMgdGhhdCBpbmNsdWRlIGBuYW1lYCBhcyBhIHBhcnRpYWwsIGFuZCBjYW5jZWwgaXRzXG4gICAqIGxvYWRzIHVuZGVyIHdheS4gV2l0aG91dCBhIG5hbWUsIGRyb3AgZXZlcnl0aGluZy5cbiAgICovXG4gIGludmFsaWRhdGUobmFtZT86IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IG1hdGNoZXMgPSAoa2V5OiBzdHJpbmcpOiBib29sZWFuID0+IG5hbWUgPT09IHVuZGVmaW5lZCB8fCBuYW1lT2ZLZXkoa2V5KSA9PT0gbmFtZTtcbiAgICBpZiAodGhpcy4jcmVzb2x2ZWQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgZm9yIChjb25zdCBba2V5LCBlbnRyeV0gb2YgWy4uLnRoaXMuI3Jlc29sdmVkLmVudHJpZXMoKV0pIHtcbiAgICAgICAgaWYgKG1hdGNoZXMoa2V5KSkgdGhpcy4jcmVzb2x2ZWQuZGVsZXRlKGtleSk7XG4gICAgICAgIGVsc2UgaWYgKG5hbWUgIT09IHVuZGVmaW5lZCAmJiBlbnRyeS5jb21waWxlZD8uZGVwcy5oYXMobmFtZSkpIHtcbiAgICAgICAgICBlbnRyeS5jb21waWxlZCA9IHVuZGVmaW5lZDtcbiAgICAgICAgICBlbnRyeS5wcm9tcHQgPSB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHRoaXMuI2NvbXBpbGVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZW50cnldIG9mIFsuLi50aGlzLiNjb21waWxlZC5lbnRyaWVzKCldKSB7XG4gICAgICAgIGlmIChtYXRjaGVzKGtleSkgfHwgKG5hbWUgIT09IHVuZGVmaW5lZCAmJiBlbnRyeS5kZXBzLmhhcyhuYW1lKSkpIHRoaXMuI2NvbXBpbGVkLmRlbGV0ZShrZXkpO1xuICAgICAgfVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IGZsaWdodHMgb2YgW3RoaXMubG9hZGluZywgdGhpcy5jb21waWxpbmcsIHRoaXMucmVmcmVzaGluZ10gYXMgQXJyYXk8TWFwPHN0cmluZywgRmxpZ2h0PHVua25vd24+Pj4pIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZmxpZ2h0XSBvZiBbLi4uZmxpZ2h0c10pIHtcbiAgICAgICAgaWYgKG5hbWUgPT09IHVuZGVmaW5lZCB8fCBmbGlnaHQubmFtZSA9PT0gbmFtZSkge1xuICAgICAgICAgIGZsaWdodC5jYW5jZWxsZWQgPSB0cnVlO1xuICAgICAgICAgIGZsaWdodHMuZGVsZXRlKGtleSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cbiIsICIvKipcbiAqIEEgY2hlYXAgXCJub3dcIiBmb3IgdGhlIGNhY2hlJ3MgaG90IHBhdGguIFJlYWRpbmcgdGhlIHN5c3RlbSBjbG9jayBjb3N0cyB+MTAwIG5zIG9uIHNvbWUgaG9zdHMsXG4gKiBtb3JlIHRoYW4gdGhlIHJlc3Qgb2YgYSBjYWNoZSBoaXQsIHNvIHRoZSB0aW1lIHJlYWQgaXMgcmV1c2VkIGZvciB1cCB0byBgcmVzb2x1dGlvbk1zYCAoYSB0aW1lclxuICogY2xlYXJzIGl0KSBhbmQgZm9yIGF0IG1vc3QgYG1heFJldXNlc2AgY2FsbHMgKHdoaWNoIGJvdW5kcyB0aGUgZHJpZnQgd2hpbGUgYSBsb25nIGNoYWluIG9mXG4gKiBtaWNyb3Rhc2tzIGtlZXBzIHRpbWVycyBmcm9tIGZpcmluZykuIFRoZSBzYW1lIGlkZWEgYXMgbHJ1LWNhY2hlJ3MgYHR0bFJlc29sdXRpb25gLlxuICogQG1vZHVsZVxuICovXG5cbi8qKlxuICogTWFrZSBhIGNsb2NrIGZ1bmN0aW9uIHJlYWRpbmcgYHJlYWQoKWAgYXQgbW9zdCBvbmNlIHBlciBgcmVzb2x1dGlvbk1zYCBhbmQgYG1heFJldXNlc2AgY2FsbHMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBub3cgPSBjb2Fyc2VDbG9jayhEYXRlLm5vdyk7XG4gKiBub3coKTsgLy8gRGF0ZS5ub3coKSwgdGhlbiB0aGUgc2FtZSB2YWx1ZSBmb3IgdXAgdG8gMSBtcyBvciAxLDAwMCBjYWxsc1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb2Fyc2VDbG9jayhyZWFkOiAoKSA9PiBudW1iZXIsIHJlc29sdXRpb25NcyA9IDEsIG1heFJldXNlcyA9IDFfMDAwKTogKCkgPT4gbnVtYmVyIHtcbiAgbGV0IGNhY2hlZCA9IDA7XG4gIGxldCByZXVzZXMgPSAwO1xuICBjb25zdCBjbGVhciA9ICgpOiB2b2lkID0+IHtcbiAgICBjYWNoZWQgPSAwO1xuICB9O1xuICByZXR1cm4gKCkgPT4ge1xuICAgIGlmIChjYWNoZWQgIT09IDAgJiYgcmV1c2VzLS0gPiAwKSByZXR1cm4gY2FjaGVkO1xuICAgIGNhY2hlZCA9IHJlYWQoKTtcbiAgICByZXVzZXMgPSBtYXhSZXVzZXM7XG4gICAgY29uc3QgaGFuZGxlID0gc2V0VGltZW91dChjbGVhciwgcmVzb2x1dGlvbk1zKSBhcyB1bmtub3duIGFzIHsgdW5yZWY/OiAoKSA9PiB2b2lkIH07XG4gICAgaWYgKHR5cGVvZiBoYW5kbGUgPT09ICdvYmplY3QnICYmIGhhbmRsZSAhPT0gbnVsbCAmJiB0eXBlb2YgaGFuZGxlLnVucmVmID09PSAnZnVuY3Rpb24nKSBoYW5kbGUudW5yZWYoKTtcbiAgICByZXR1cm4gY2FjaGVkO1xuICB9O1xufVxuIiwgIi8qKlxuICogRmFsbGJhY2tzOiBhIHRlbXBsYXRlIHN0cmluZyBvciBhIHJlY29yZCBnaXZlbiB0byBgZ2V0UHJvbXB0KHNwZWMsIHsgZmFsbGJhY2sgfSlgLCB1c2VkIG9ubHkgd2hlblxuICogbm90aGluZyBlbHNlIGNhbiBiZSBoYWQgKHN0b3JlIHVucmVhY2hhYmxlIG9yIHRoZSBuYW1lIHVua25vd24sIG5vIHN0YWxlIGNvcHksIG5vIHNuYXBzaG90KS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuXG4vKiogQSBmYWxsYmFjazogYSBtdXN0YWNoZSB0ZW1wbGF0ZSBmb3IgYSB0ZXh0IHByb21wdCwgb3IgYSB3aG9sZSByZWNvcmQgKGNoYXQgcHJvbXB0cyBpbmNsdWRlZCkuICovXG5leHBvcnQgdHlwZSBQcm9tcHRGYWxsYmFjayA9IHN0cmluZyB8IFByb21wdFJlY29yZDtcblxuLyoqIFRoZSB2ZXJzaW9uIGEgZmFsbGJhY2sgbWFkZSBmcm9tIGEgdGVtcGxhdGUgc3RyaW5nIGdldHMuICovXG5leHBvcnQgY29uc3QgRkFMTEJBQ0tfVkVSU0lPTiA9ICcwLjAuMCc7XG5cbi8qKlxuICogVGhlIHJlY29yZCBhIGZhbGxiYWNrIHN0YW5kcyBmb3IuIEEgc3RyaW5nIGJlY29tZXMgdGhlIHRleHQgcHJvbXB0IGB7IG5hbWUsIHZlcnNpb246ICcwLjAuMCcsXG4gKiB0eXBlOiAndGV4dCcsIHRlbXBsYXRlIH1gIChpdHMgaW5wdXQgc2NoZW1hIGlzIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlKTsgYSByZWNvcmQgbXVzdCBjYXJyeVxuICogdGhlIG5hbWUgYXNrZWQgZm9yLlxuICpcbiAqIEB0aHJvd3Mge0BsaW5rIENvbmZpZ0Vycm9yfSBmb3IgYSBmYWxsYmFjayB0aGF0IGlzIG5laXRoZXIsIG9yIGEgcmVjb3JkIG9mIGFub3RoZXIgbmFtZTtcbiAqICAgYFByb21wdEZvcm1hdEVycm9yYCBmb3IgYSBtYWxmb3JtZWQgcmVjb3JkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZmFsbGJhY2tSZWNvcmQobmFtZTogc3RyaW5nLCBmYWxsYmFjazogUHJvbXB0RmFsbGJhY2spOiBQcm9tcHRSZWNvcmQge1xuICBpZiAodHlwZW9mIGZhbGxiYWNrID09PSAnc3RyaW5nJykgcmV0dXJuIHsgbmFtZSwgdmVyc2lvbjogRkFMTEJBQ0tfVkVSU0lPTiwgdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZTogZmFsbGJhY2sgfTtcbiAgaWYgKHR5cGVvZiBmYWxsYmFjayAhPT0gJ29iamVjdCcgfHwgZmFsbGJhY2sgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheShmYWxsYmFjaykpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYSB0ZW1wbGF0ZSBzdHJpbmcgb3IgYSBwcm9tcHQgcmVjb3JkLCBnb3QgJHt0eXBlb2YgZmFsbGJhY2t9YCwge1xuICAgICAgb3B0aW9uOiAnZmFsbGJhY2snLFxuICAgIH0pO1xuICB9XG4gIGNvbnN0IHJlY29yZCA9IHBhcnNlUmVjb3JkKGZhbGxiYWNrLCBgZmFsbGJhY2sgb2YgXCIke25hbWV9XCJgKTtcbiAgaWYgKHJlY29yZC5uYW1lICE9PSBuYW1lKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgYGlzIGEgcmVjb3JkIG9mIFwiJHtyZWNvcmQubmFtZX1cIiBidXQgXCIke25hbWV9XCIgd2FzIGFza2VkIGZvcjsgZ2l2ZSBhIGZhbGxiYWNrIHJlY29yZCBvZiB0aGUgc2FtZSBuYW1lYCxcbiAgICAgIHsgb3B0aW9uOiAnZmFsbGJhY2snIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4gcmVjb3JkO1xufVxuIiwgIi8qKlxuICogVGhlIGNvbnRlbnQgaGFzaCBvZiBhIHByb21wdCByZWNvcmQ6IGBzaGEyNTYtPGhleD5gIG9mIHRoZSBjYW5vbmljYWwgSlNPTiBvZiBldmVyeXRoaW5nIGJ1dFxuICogYGxhYmVsc2AgYW5kIGBoYXNoYC4gVXNlcyBXZWIgQ3J5cHRvIChgY3J5cHRvLnN1YnRsZWApLCBhdmFpbGFibGUgb24gTm9kZSAyMCssIGJyb3dzZXJzLCBEZW5vLFxuICogQnVuIGFuZCBXb3JrZXJzLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBJbnRlZ3JpdHlFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4vcmVjb3JkLmpzJztcbmltcG9ydCB7IGlzU3RhbmRhcmRTY2hlbWEsIHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9zY2hlbWEvc3RhbmRhcmQuanMnO1xuXG4vKipcbiAqIENhbm9uaWNhbCBKU09OOiBvYmplY3Qga2V5cyBzb3J0ZWQgKGJ5IFVURi0xNiBjb2RlIHVuaXRzLCBhcyBSRkMgODc4NSkgYXQgZXZlcnkgbGV2ZWwsIG5vXG4gKiB3aGl0ZXNwYWNlLiBPdGhlcndpc2UgYXMgYEpTT04uc3RyaW5naWZ5YDogYHRvSlNPTigpYCBpcyBob25vdXJlZCwgYHVuZGVmaW5lZGAsIGZ1bmN0aW9ucyBhbmRcbiAqIHN5bWJvbHMgYXJlIGRyb3BwZWQgZnJvbSBvYmplY3RzIGFuZCBiZWNvbWUgYG51bGxgIGluIGFycmF5cywgbm9uLWZpbml0ZSBudW1iZXJzIGJlY29tZSBgbnVsbGAuXG4gKlxuICogQHRocm93cyB7VHlwZUVycm9yfSBvbiBhIGNpcmN1bGFyIHN0cnVjdHVyZSBvciBhIGBiaWdpbnRgLCBhcyBgSlNPTi5zdHJpbmdpZnlgIGRvZXMuXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNhbm9uaWNhbEpzb24oeyBiOiAxLCBhOiBbdHJ1ZSwgeyBkOiBudWxsLCBjOiAneCcgfV0gfSk7IC8vICd7XCJhXCI6W3RydWUse1wiY1wiOlwieFwiLFwiZFwiOm51bGx9XSxcImJcIjoxfSdcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gY2Fub25pY2FsSnNvbih2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiB3cml0ZSh2YWx1ZSwgbmV3IFNldCgpKSA/PyAnbnVsbCc7XG59XG5cbmZ1bmN0aW9uIHdyaXRlKHZhbHVlOiB1bmtub3duLCBhbmNlc3RvcnM6IFNldDxvYmplY3Q+KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgdHlwZW9mICh2YWx1ZSBhcyB7IHRvSlNPTj86IHVua25vd24gfSkudG9KU09OID09PSAnZnVuY3Rpb24nKSB7XG4gICAgdmFsdWUgPSAodmFsdWUgYXMgeyB0b0pTT04oKTogdW5rbm93biB9KS50b0pTT04oKTtcbiAgfVxuICBzd2l0Y2ggKHR5cGVvZiB2YWx1ZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICAgIHJldHVybiBKU09OLnN0cmluZ2lmeSh2YWx1ZSk7XG4gICAgY2FzZSAnYmlnaW50JzpcbiAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoJ2Nhbm9uaWNhbEpzb246IGEgYmlnaW50IGNhbm5vdCBiZSBzZXJpYWxpemVkIHRvIEpTT04nKTtcbiAgICBjYXNlICdvYmplY3QnOiB7XG4gICAgICBpZiAodmFsdWUgPT09IG51bGwpIHJldHVybiAnbnVsbCc7XG4gICAgICBpZiAoYW5jZXN0b3JzLmhhcyh2YWx1ZSkpIHRocm93IG5ldyBUeXBlRXJyb3IoJ2Nhbm9uaWNhbEpzb246IHRoZSB2YWx1ZSBjb250YWlucyBhIGNpcmN1bGFyIHJlZmVyZW5jZScpO1xuICAgICAgYW5jZXN0b3JzLmFkZCh2YWx1ZSk7XG4gICAgICBsZXQgb3V0OiBzdHJpbmc7XG4gICAgICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgICAgb3V0ID0gYFske3ZhbHVlLm1hcCgoaXRlbSkgPT4gd3JpdGUoaXRlbSwgYW5jZXN0b3JzKSA/PyAnbnVsbCcpLmpvaW4oJywnKX1dYDtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGNvbnN0IHJlY29yZCA9IHZhbHVlIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgICAgICBjb25zdCBwYXJ0czogc3RyaW5nW10gPSBbXTtcbiAgICAgICAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXMocmVjb3JkKS5zb3J0KCkpIHtcbiAgICAgICAgICBjb25zdCB0ZXh0ID0gd3JpdGUocmVjb3JkW2tleV0sIGFuY2VzdG9ycyk7XG4gICAgICAgICAgaWYgKHRleHQgIT09IHVuZGVmaW5lZCkgcGFydHMucHVzaChgJHtKU09OLnN0cmluZ2lmeShrZXkpfToke3RleHR9YCk7XG4gICAgICAgIH1cbiAgICAgICAgb3V0ID0gYHske3BhcnRzLmpvaW4oJywnKX19YDtcbiAgICAgIH1cbiAgICAgIGFuY2VzdG9ycy5kZWxldGUodmFsdWUpO1xuICAgICAgcmV0dXJuIG91dDtcbiAgICB9XG4gICAgZGVmYXVsdDpcbiAgICAgIC8vIHVuZGVmaW5lZCwgZnVuY3Rpb25zLCBzeW1ib2xzXG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKlxuICogVGhlIGNvbnRlbnQgdGhhdCB0aGUgaGFzaCBjb3ZlcnM6IHRoZSByZWNvcmQgd2l0aG91dCBgbGFiZWxzYCBhbmQgYGhhc2hgLiBBbiBpbnB1dCBvciBvdXRwdXRcbiAqIHNjaGVtYSBnaXZlbiBhcyBhIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgKGUuZy4gYSB6b2Qgb2JqZWN0IGZyb20gYGRlZmluZVByb21wdGApIGlzIHJlcGxhY2VkIGJ5XG4gKiBpdHMgSlNPTiBTY2hlbWEgd2hlbiB0aGUgdmFsaWRhdG9yIGNhbiBwcm9kdWNlIG9uZTsgb3RoZXJ3aXNlIGJ5IGB7IFwifnN0YW5kYXJkXCI6IFwiPHZlbmRvcj5cIiB9YCwgc29cbiAqIHRoZSBoYXNoIHRoZW4gZG9lcyBub3QgY2hhbmdlIHdoZW4gb25seSBzdWNoIGEgc2NoZW1hIGNoYW5nZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBoYXNoZWRDb250ZW50KHJlY29yZDogUHJvbXB0UmVjb3JkKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBjb25zdCB7IGxhYmVsczogX2xhYmVscywgaGFzaDogX2hhc2gsIC4uLmNvbnRlbnQgfSA9IHJlY29yZDtcbiAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IGNvbnRlbnQ7XG4gIGlmIChyZWNvcmQuaW5wdXQgIT09IHVuZGVmaW5lZCAmJiBpc1N0YW5kYXJkU2NoZW1hKHJlY29yZC5pbnB1dC5zY2hlbWEpKSB7XG4gICAgb3V0LmlucHV0ID0geyAuLi5yZWNvcmQuaW5wdXQsIHNjaGVtYTogc2NoZW1hRm9ySGFzaChyZWNvcmQuaW5wdXQuc2NoZW1hKSB9O1xuICB9XG4gIGlmIChyZWNvcmQub3V0cHV0ICE9PSB1bmRlZmluZWQgJiYgaXNTdGFuZGFyZFNjaGVtYShyZWNvcmQub3V0cHV0LnNjaGVtYSkpIHtcbiAgICBvdXQub3V0cHV0ID0geyAuLi5yZWNvcmQub3V0cHV0LCBzY2hlbWE6IHNjaGVtYUZvckhhc2gocmVjb3JkLm91dHB1dC5zY2hlbWEpIH07XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gc2NoZW1hRm9ySGFzaChzY2hlbWE6IFBhcmFtZXRlcnM8dHlwZW9mIHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hPlswXSk6IHVua25vd24ge1xuICByZXR1cm4gc3RhbmRhcmRTY2hlbWFUb0pzb25TY2hlbWEoc2NoZW1hKSA/PyB7ICd+c3RhbmRhcmQnOiBzY2hlbWFbJ35zdGFuZGFyZCddLnZlbmRvciB9O1xufVxuXG4vKipcbiAqIGAnc2hhMjU2LTw2NCBoZXg+J2Agb2YgdGhlIGNhbm9uaWNhbCBKU09OIG9mIHRoZSByZWNvcmQncyBjb250ZW50IChzZWUge0BsaW5rIGhhc2hlZENvbnRlbnR9KS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGF3YWl0IGNvbXB1dGVIYXNoKHsgbmFtZTogJ2dyZWV0aW5nJywgdmVyc2lvbjogJzEuMC4wJywgdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZTogJ0hpIHt7bmFtZX19JyB9KTtcbiAqIC8vICdzaGEyNTYtXHUyMDI2J1xuICogYGBgXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjb21wdXRlSGFzaChyZWNvcmQ6IFByb21wdFJlY29yZCk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IHN1YnRsZSA9IGdsb2JhbFRoaXMuY3J5cHRvPy5zdWJ0bGU7XG4gIGlmIChzdWJ0bGUgPT09IHVuZGVmaW5lZCkge1xuICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICdwcm9tcHRvcHMgbmVlZHMgV2ViIENyeXB0byAoZ2xvYmFsVGhpcy5jcnlwdG8uc3VidGxlKSB0byBoYXNoIHByb21wdHM7IHVzZSBOb2RlIDIwKyBvciBhIG1vZGVybiBydW50aW1lJyxcbiAgICApO1xuICB9XG4gIGNvbnN0IGJ5dGVzID0gbmV3IFRleHRFbmNvZGVyKCkuZW5jb2RlKGNhbm9uaWNhbEpzb24oaGFzaGVkQ29udGVudChyZWNvcmQpKSk7XG4gIGNvbnN0IGRpZ2VzdCA9IG5ldyBVaW50OEFycmF5KGF3YWl0IHN1YnRsZS5kaWdlc3QoJ1NIQS0yNTYnLCBieXRlcykpO1xuICBsZXQgaGV4ID0gJyc7XG4gIGZvciAoY29uc3QgYnl0ZSBvZiBkaWdlc3QpIGhleCArPSBieXRlLnRvU3RyaW5nKDE2KS5wYWRTdGFydCgyLCAnMCcpO1xuICByZXR1cm4gYHNoYTI1Ni0ke2hleH1gO1xufVxuXG4vKipcbiAqIENvbXB1dGUgdGhlIHJlY29yZCdzIGhhc2ggYW5kIGNoZWNrIGl0IGFnYWluc3QgdGhlIG9uZSB0aGUgcmVjb3JkIGNhcnJpZXMsIGlmIGFueS5cbiAqXG4gKiBAcmV0dXJucyBUaGUgY29tcHV0ZWQgaGFzaC5cbiAqIEB0aHJvd3Mge0ludGVncml0eUVycm9yfSB3aGVuIGByZWNvcmQuaGFzaGAgaXMgcHJlc2VudCBhbmQgZGlmZmVycyBmcm9tIHRoZSBjb250ZW50J3MgaGFzaC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHZlcmlmeVJlY29yZEhhc2gocmVjb3JkOiBQcm9tcHRSZWNvcmQpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBhY3R1YWwgPSBhd2FpdCBjb21wdXRlSGFzaChyZWNvcmQpO1xuICBpZiAocmVjb3JkLmhhc2ggIT09IHVuZGVmaW5lZCAmJiByZWNvcmQuaGFzaCAhPT0gYWN0dWFsKSB7XG4gICAgdGhyb3cgbmV3IEludGVncml0eUVycm9yKHJlY29yZC5uYW1lLCByZWNvcmQudmVyc2lvbiwgeyBleHBlY3RlZDogcmVjb3JkLmhhc2gsIGFjdHVhbCwgcmVhc29uOiAndGhlIHJlY29yZCBzYXlzJyB9KTtcbiAgfVxuICByZXR1cm4gYWN0dWFsO1xufVxuIiwgIi8qKlxuICogSGVscGVycyBzaGFyZWQgYnkgdGhlIGJ1aWx0LWluIHN0b3JlczogbG9jYWwgc2VsZWN0b3IgcmVzb2x1dGlvbiBvdmVyIGBsaXN0VmVyc2lvbnNgICtcbiAqIGBnZXRWZXJzaW9uYCwgY2xvc2UtbmFtZSBzdWdnZXN0aW9ucyBmb3Ige0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9LCBhcmd1bWVudCBjaGVja3MsIGFuZCB0aGVcbiAqIGRlZXAgY29weSArIGZyZWV6ZSB0aGF0IG1ha2VzIHRoZSByZWNvcmRzIGEgc3RvcmUgaGFuZHMgb3V0IHJlYWQtb25seS5cbiAqXG4gKiBOb3RoaW5nIGhlcmUgaW1wb3J0cyBgbm9kZToqYDogdGhpcyBtb2R1bGUgaXMgcGFydCBvZiB0aGUgY29yZSBlbnRyeS5cbiAqIEBtb2R1bGVcbiAqL1xuXG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUgfSBmcm9tICcuLi9lbmdpbmUvbmFtZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcmVzb2x2ZVNlbGVjdG9yLCBzZWxlY3RvcktpbmQgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIFN0b3JlRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSwgVmVyc2lvbkluZm8gfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqXG4gKiBSZXNvbHZlIGBzZWxlY3RvcmAgZm9yIGBuYW1lYCB0aGUgc2xvdyB3YXk6IGxpc3QgdGhlIHZlcnNpb25zLCBwaWNrIG9uZSBsb2NhbGx5IHdpdGhcbiAqIGByZXNvbHZlU2VsZWN0b3JgLCB0aGVuIGxvYWQgaXQuIFN0b3JlcyB3aXRob3V0IGEgbmF0aXZlIG9uZS1yb3VuZC10cmlwIGByZXNvbHZlYCB1c2UgdGhpcywgYW5kXG4gKiBgdmVyaWZ5U3RvcmVgIHVzZXMgaXQgYXMgdGhlIHJlZmVyZW5jZSBhIG5hdGl2ZSBgcmVzb2x2ZWAgbXVzdCBhZ3JlZSB3aXRoLlxuICpcbiAqIEByZXR1cm5zIHRoZSByZWNvcmQsIG9yIGB1bmRlZmluZWRgIHdoZW4gdGhlIG5hbWUgaXMgdW5rbm93biBvciBub3RoaW5nIG1hdGNoZXMuXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHJlY29yZCA9IGF3YWl0IHJlc29sdmVMb2NhbGx5KHN0b3JlLCAnc3VwcG9ydC9ncmVldGluZycsICdeMS4yJyk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlc29sdmVMb2NhbGx5KFxuICBzdG9yZTogUGljazxQcm9tcHRTdG9yZSwgJ2xpc3RWZXJzaW9ucycgfCAnZ2V0VmVyc2lvbic+LFxuICBuYW1lOiBzdHJpbmcsXG4gIHNlbGVjdG9yOiBzdHJpbmcsXG4pOiBQcm9taXNlPFByb21wdFJlY29yZCB8IHVuZGVmaW5lZD4ge1xuICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKTtcbiAgY29uc3QgY2hvc2VuID0gcmVzb2x2ZVNlbGVjdG9yKHZlcnNpb25zLCBzZWxlY3Rvcik7XG4gIHJldHVybiBjaG9zZW4gPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHN0b3JlLmdldFZlcnNpb24obmFtZSwgY2hvc2VuLnZlcnNpb24pO1xufVxuXG4vKipcbiAqIExldmVuc2h0ZWluIGVkaXQgZGlzdGFuY2UgYmV0d2VlbiB0d28gc3RyaW5ncyAoaW5zZXJ0aW9ucywgZGVsZXRpb25zLCBzdWJzdGl0dXRpb25zKSwgY29tcHV0ZWRcbiAqIHdpdGggb25lIHJvdyBvZiBtZW1vcnkuIFN0b3BzIGVhcmx5IGFuZCByZXR1cm5zIGBsaW1pdCArIDFgIG9uY2UgdGhlIGRpc3RhbmNlIG11c3QgZXhjZWVkIGBsaW1pdGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlZGl0RGlzdGFuY2UoYTogc3RyaW5nLCBiOiBzdHJpbmcsIGxpbWl0ID0gTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZKTogbnVtYmVyIHtcbiAgaWYgKGEgPT09IGIpIHJldHVybiAwO1xuICBpZiAoTWF0aC5hYnMoYS5sZW5ndGggLSBiLmxlbmd0aCkgPiBsaW1pdCkgcmV0dXJuIGxpbWl0ICsgMTtcbiAgaWYgKGEubGVuZ3RoID09PSAwKSByZXR1cm4gYi5sZW5ndGg7XG4gIGlmIChiLmxlbmd0aCA9PT0gMCkgcmV0dXJuIGEubGVuZ3RoO1xuICBsZXQgcHJldmlvdXMgPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiBiLmxlbmd0aCArIDEgfSwgKF8sIGkpID0+IGkpO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBhLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgY3VycmVudCA9IFtpXTtcbiAgICBsZXQgcm93TWluID0gaTtcbiAgICBmb3IgKGxldCBqID0gMTsgaiA8PSBiLmxlbmd0aDsgaisrKSB7XG4gICAgICBjb25zdCBjb3N0ID0gYVtpIC0gMV0gPT09IGJbaiAtIDFdID8gMCA6IDE7XG4gICAgICBjb25zdCB2YWx1ZSA9IE1hdGgubWluKChwcmV2aW91c1tqXSA/PyAwKSArIDEsIChjdXJyZW50W2ogLSAxXSA/PyAwKSArIDEsIChwcmV2aW91c1tqIC0gMV0gPz8gMCkgKyBjb3N0KTtcbiAgICAgIGN1cnJlbnQucHVzaCh2YWx1ZSk7XG4gICAgICBpZiAodmFsdWUgPCByb3dNaW4pIHJvd01pbiA9IHZhbHVlO1xuICAgIH1cbiAgICBpZiAocm93TWluID4gbGltaXQpIHJldHVybiBsaW1pdCArIDE7XG4gICAgcHJldmlvdXMgPSBjdXJyZW50O1xuICB9XG4gIHJldHVybiBwcmV2aW91c1tiLmxlbmd0aF0gPz8gMDtcbn1cblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIHN1Z2dlc3ROYW1lc30uICovXG5leHBvcnQgaW50ZXJmYWNlIFN1Z2dlc3ROYW1lc09wdGlvbnMge1xuICAvKipcbiAgICogTW9zdCBzdWdnZXN0aW9ucyByZXR1cm5lZC5cbiAgICogQGRlZmF1bHQgM1xuICAgKi9cbiAgbWF4PzogbnVtYmVyO1xuICAvKipcbiAgICogTGFyZ2VzdCBlZGl0IGRpc3RhbmNlIGFjY2VwdGVkLCBhcyBhIGZyYWN0aW9uIG9mIHRoZSBsb25nZXIgbmFtZSdzIGxlbmd0aCAoYXQgbGVhc3QgMSBlZGl0KS5cbiAgICogQGRlZmF1bHQgMC4zXG4gICAqL1xuICBtYXhEaXN0YW5jZVJhdGlvPzogbnVtYmVyO1xufVxuXG4vKipcbiAqIE5hbWVzIGFtb25nIGBjYW5kaWRhdGVzYCBjbG9zZSB0byBgbmFtZWAsIGNsb3Nlc3QgZmlyc3Q6IHNtYWxsIGVkaXQgZGlzdGFuY2UsIG9yIHRoZSBzYW1lIGxhc3RcbiAqIHNlZ21lbnQgdW5kZXIgYW5vdGhlciBmb2xkZXIgKGBncmVldGluZ2AgXHUyMTkyIGBzdXBwb3J0L2dyZWV0aW5nYCkuIEZlZWRzIHRoZSBgc3VnZ2VzdGlvbnNgIG9mIGFcbiAqIHtAbGluayBQcm9tcHROb3RGb3VuZEVycm9yfS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIHN1Z2dlc3ROYW1lcygnc3VwcG9ydC9ncmV0aW5nJywgWydzdXBwb3J0L2dyZWV0aW5nJywgJ3NhbGVzL2ludHJvJ10pOyAvLyBbJ3N1cHBvcnQvZ3JlZXRpbmcnXVxuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdWdnZXN0TmFtZXMobmFtZTogc3RyaW5nLCBjYW5kaWRhdGVzOiBJdGVyYWJsZTxzdHJpbmc+LCBvcHRpb25zOiBTdWdnZXN0TmFtZXNPcHRpb25zID0ge30pOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG1heCA9IG9wdGlvbnMubWF4ID8/IDM7XG4gIGNvbnN0IHJhdGlvID0gb3B0aW9ucy5tYXhEaXN0YW5jZVJhdGlvID8/IDAuMztcbiAgY29uc3QgbGFzdFNlZ21lbnQgPSBuYW1lLnNsaWNlKG5hbWUubGFzdEluZGV4T2YoJy8nKSArIDEpO1xuICBjb25zdCBzY29yZWQ6IEFycmF5PHsgY2FuZGlkYXRlOiBzdHJpbmc7IHNjb3JlOiBudW1iZXIgfT4gPSBbXTtcbiAgZm9yIChjb25zdCBjYW5kaWRhdGUgb2YgY2FuZGlkYXRlcykge1xuICAgIGlmIChjYW5kaWRhdGUgPT09IG5hbWUpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGxpbWl0ID0gTWF0aC5tYXgoMSwgTWF0aC5mbG9vcihNYXRoLm1heChuYW1lLmxlbmd0aCwgY2FuZGlkYXRlLmxlbmd0aCkgKiByYXRpbykpO1xuICAgIGNvbnN0IGRpc3RhbmNlID0gZWRpdERpc3RhbmNlKG5hbWUsIGNhbmRpZGF0ZSwgbGltaXQpO1xuICAgIGlmIChkaXN0YW5jZSA8PSBsaW1pdCkge1xuICAgICAgc2NvcmVkLnB1c2goeyBjYW5kaWRhdGUsIHNjb3JlOiBkaXN0YW5jZSB9KTtcbiAgICB9IGVsc2UgaWYgKGNhbmRpZGF0ZSA9PT0gbGFzdFNlZ21lbnQgfHwgY2FuZGlkYXRlLmVuZHNXaXRoKGAvJHtsYXN0U2VnbWVudH1gKSkge1xuICAgICAgc2NvcmVkLnB1c2goeyBjYW5kaWRhdGUsIHNjb3JlOiBsaW1pdCArIDEgfSk7XG4gICAgfVxuICB9XG4gIHNjb3JlZC5zb3J0KCh4LCB5KSA9PiB4LnNjb3JlIC0geS5zY29yZSB8fCB4LmNhbmRpZGF0ZS5sb2NhbGVDb21wYXJlKHkuY2FuZGlkYXRlKSk7XG4gIHJldHVybiBzY29yZWQuc2xpY2UoMCwgbWF4KS5tYXAoKHMpID0+IHMuY2FuZGlkYXRlKTtcbn1cblxuLyoqXG4gKiBUaHJvdyBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gKGZpZWxkIGBuYW1lYCkgdW5sZXNzIGBuYW1lYCBpcyBhIHZhbGlkIHByb21wdCBuYW1lLiBTdG9yZXMgY2FsbFxuICogaXQgYmVmb3JlIHRvdWNoaW5nIHRoZWlyIGJhY2tlbmQsIHNvIGAuLi94YCwgYCUyZSUyZWAsIGAvYWJzYCwgTlVMIGJ5dGVzIGFuZCB0aGUgbGlrZSBuZXZlciByZWFjaFxuICogYSBmaWxlIHN5c3RlbSBvciBhIFVSTC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydFByb21wdE5hbWUobmFtZTogdW5rbm93biwgc3RvcmVOYW1lOiBzdHJpbmcpOiBhc3NlcnRzIG5hbWUgaXMgc3RyaW5nIHtcbiAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lKTtcbiAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkge1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihgJHtwcm9ibGVtfSAoYXNrZWQgb2YgdGhlICR7c3RvcmVOYW1lfSBzdG9yZSk7IG5vdGhpbmcgd2FzIHJlYWRgLCB7XG4gICAgICBmaWVsZDogJ25hbWUnLFxuICAgIH0pO1xuICB9XG59XG5cbi8qKlxuICogVGhyb3cgYSB7QGxpbmsgU3RvcmVFcnJvcn0gdW5sZXNzIGBsYWJlbGAgY2FuIG5hbWUgYSBsYWJlbDogaXQgbXVzdCBiZSBhIGxhYmVsIHNlbGVjdG9yXG4gKiAoYFthLXpBLVpdW2EtekEtWjAtOS5fLV0qYCkgYW5kIG5vdCB0aGUgcmVzZXJ2ZWQgd29yZCBgbGF0ZXN0YC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzc2VydExhYmVsTmFtZShsYWJlbDogdW5rbm93biwgc3RvcmVOYW1lOiBzdHJpbmcpOiBhc3NlcnRzIGxhYmVsIGlzIHN0cmluZyB7XG4gIGlmICh0eXBlb2YgbGFiZWwgIT09ICdzdHJpbmcnIHx8IHNlbGVjdG9yS2luZChsYWJlbCkgIT09ICdsYWJlbCcpIHtcbiAgICBjb25zdCBzaG93biA9IHR5cGVvZiBsYWJlbCA9PT0gJ3N0cmluZycgPyBKU09OLnN0cmluZ2lmeShsYWJlbCkgOiB0eXBlb2YgbGFiZWw7XG4gICAgY29uc3QgcmVzZXJ2ZWQgPSBsYWJlbCA9PT0gJ2xhdGVzdCcgPyAnIChcImxhdGVzdFwiIGlzIHJlc2VydmVkOiBpdCBhbHdheXMgbWVhbnMgdGhlIGhpZ2hlc3QgcmVsZWFzZSknIDogJyc7XG4gICAgdGhyb3cgbmV3IFN0b3JlRXJyb3IoXG4gICAgICBgSW52YWxpZCBsYWJlbCAke3Nob3dufSR7cmVzZXJ2ZWR9OiBhIGxhYmVsIHN0YXJ0cyB3aXRoIGEgbGV0dGVyIGFuZCBjb250aW51ZXMgd2l0aCBsZXR0ZXJzLCBkaWdpdHMsIFwiLlwiLCBcIl9cIiBvciBcIi1cIiAoZS5nLiBcInByb2R1Y3Rpb25cIikuYCxcbiAgICAgIHsgc3RvcmU6IHN0b3JlTmFtZSwgc3RhdHVzOiA0MDAgfSxcbiAgICApO1xuICB9XG59XG5cbi8qKlxuICogTGFiZWxzIG9mIGEgdmVyc2lvbiBsaXN0LCBjaGVja2luZyB0aGF0IGVhY2ggbGFiZWwgc2l0cyBvbiBvbmUgdmVyc2lvbiBvbmx5LlxuICogQHJldHVybnMgdGhlIGZpcnN0IGxhYmVsIGZvdW5kIG9uIHR3byB2ZXJzaW9ucywgd2l0aCBib3RoIHZlcnNpb25zLCBvciBgdW5kZWZpbmVkYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmREdXBsaWNhdGVMYWJlbChcbiAgdmVyc2lvbnM6IHJlYWRvbmx5IFZlcnNpb25JbmZvW10sXG4pOiB7IGxhYmVsOiBzdHJpbmc7IHZlcnNpb25zOiBbc3RyaW5nLCBzdHJpbmddIH0gfCB1bmRlZmluZWQge1xuICBjb25zdCBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCB2IG9mIHZlcnNpb25zKSB7XG4gICAgZm9yIChjb25zdCBsYWJlbCBvZiB2LmxhYmVscykge1xuICAgICAgY29uc3Qgb3RoZXIgPSBzZWVuLmdldChsYWJlbCk7XG4gICAgICBpZiAob3RoZXIgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgbGFiZWwsIHZlcnNpb25zOiBbb3RoZXIsIHYudmVyc2lvbl0gfTtcbiAgICAgIHNlZW4uc2V0KGxhYmVsLCB2LnZlcnNpb24pO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBpc1BsYWluT2JqZWN0KHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyB8fCB2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuIGZhbHNlO1xuICBjb25zdCBwcm90byA9IE9iamVjdC5nZXRQcm90b3R5cGVPZih2YWx1ZSk7XG4gIHJldHVybiBwcm90byA9PT0gT2JqZWN0LnByb3RvdHlwZSB8fCBwcm90byA9PT0gbnVsbDtcbn1cblxuLyoqXG4gKiBEZWVwIGNvcHkgb2YgdGhlIHBsYWluIGRhdGEgaW4gYHZhbHVlYCAocGxhaW4gb2JqZWN0cyBhbmQgYXJyYXlzKTsgYW55IG90aGVyIG9iamVjdCAoYSBjbGFzc1xuICogaW5zdGFuY2Ugc3VjaCBhcyBhIHpvZCBzY2hlbWEpIGlzIGtlcHQgYnkgcmVmZXJlbmNlLCBuZWl0aGVyIGNvcGllZCBub3IgZnJvemVuLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY29weVBsYWluRGF0YTxUPih2YWx1ZTogVCk6IFQge1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiB2YWx1ZS5tYXAoKGl0ZW0pID0+IGNvcHlQbGFpbkRhdGEoaXRlbSkpIGFzIFQ7XG4gIGlmIChpc1BsYWluT2JqZWN0KHZhbHVlKSkge1xuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyh2YWx1ZSkpIG91dFtrZXldID0gY29weVBsYWluRGF0YSh2YWx1ZVtrZXldKTtcbiAgICByZXR1cm4gb3V0IGFzIFQ7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKipcbiAqIEZyZWV6ZSB0aGUgcGxhaW4gZGF0YSBpbiBgdmFsdWVgIChwbGFpbiBvYmplY3RzIGFuZCBhcnJheXMpLCByZWN1cnNpdmVseSwgYW5kIHJldHVybiBpdC5cbiAqIENsYXNzIGluc3RhbmNlcyBhcmUgbGVmdCBhbG9uZTogZnJlZXppbmcgdGhlbSBjb3VsZCBicmVhayB0aGVpciBvd24gbGF6eSBjYWNoZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWVwRnJlZXplPFQ+KHZhbHVlOiBUKTogVCB7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSB8fCBpc1BsYWluT2JqZWN0KHZhbHVlKSkge1xuICAgIGlmIChPYmplY3QuaXNGcm96ZW4odmFsdWUpKSByZXR1cm4gdmFsdWU7XG4gICAgT2JqZWN0LmZyZWV6ZSh2YWx1ZSk7XG4gICAgZm9yIChjb25zdCBpdGVtIG9mIE9iamVjdC52YWx1ZXModmFsdWUgYXMgb2JqZWN0KSkgZGVlcEZyZWV6ZShpdGVtKTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKlxuICogQSByZWFkLW9ubHkgY29weSBvZiBgcmVjb3JkYCBjYXJyeWluZyBgbGFiZWxzYCBhbmQgYGhhc2hgOiB3aGF0IHN0b3JlcyBoYW5kIG91dCwgc28gdGhhdCBubyBjYWxsZXJcbiAqIGNhbiBjaGFuZ2UgYSBzdG9yZSdzIGRhdGEgdGhyb3VnaCBhIHJldHVybmVkIG9iamVjdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZyb3plblJlY29yZChyZWNvcmQ6IFByb21wdFJlY29yZCwgbGFiZWxzOiByZWFkb25seSBzdHJpbmdbXSwgaGFzaDogc3RyaW5nKTogUHJvbXB0UmVjb3JkIHtcbiAgY29uc3QgeyBsYWJlbHM6IF9sYWJlbHMsIGhhc2g6IF9oYXNoLCAuLi5jb250ZW50IH0gPSByZWNvcmQ7XG4gIHJldHVybiBkZWVwRnJlZXplKHsgLi4uY29weVBsYWluRGF0YShjb250ZW50KSwgbGFiZWxzOiBbLi4ubGFiZWxzXS5zb3J0KCksIGhhc2ggfSk7XG59XG4iLCAiLyoqXG4gKiBMb2FkaW5nIG9uZSByZWNvcmQgZnJvbSBhIHN0b3JlOiBzZWxlY3RvciByZXNvbHV0aW9uIChvbmUgcm91bmQgdHJpcCB3aXRoIGBzdG9yZS5yZXNvbHZlYCwgZWxzZVxuICogYGxpc3RWZXJzaW9uc2AgKyBgcmVzb2x2ZVNlbGVjdG9yYCArIGBnZXRWZXJzaW9uYCksIHRoZSBub3QtZm91bmQgZXJyb3JzIHRoYXQgbGlzdCB3aGF0IGV4aXN0cyxcbiAqIHRoZSBpbnRlZ3JpdHkgY2hlY2tzIChyZWNvcmQgaGFzaCwgbG9ja2VkIGhhc2gpLCBhbmQgdGhlIHdyYXBwaW5nIG9mIHVuZXhwZWN0ZWQgc3RvcmUgZmFpbHVyZXMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNvbXB1dGVIYXNoLCB2ZXJpZnlSZWNvcmRIYXNoIH0gZnJvbSAnLi4vZW5naW5lL2hhc2guanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgaXNFeGFjdFNlbGVjdG9yLCBsYWJlbE1hcCwgcmVzb2x2ZVNlbGVjdG9yLCBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB7IEludGVncml0eUVycm9yLCBpc1Byb21wdE9wc0Vycm9yLCBQcm9tcHROb3RGb3VuZEVycm9yLCBTdG9yZUVycm9yLCBWZXJzaW9uTm90Rm91bmRFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBzdWdnZXN0TmFtZXMgfSBmcm9tICcuLi9zdG9yZXMvcmVzb2x2ZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5cbi8qKlxuICogTG9hZCB0aGUgcmVjb3JkIGBzZWxlY3RvcmAgcGlja3MgZm9yIGBuYW1lYC5cbiAqXG4gKiBAdGhyb3dzIHtAbGluayBQcm9tcHROb3RGb3VuZEVycm9yfSB3aGVuIHRoZSBzdG9yZSBoYXMgbm8gc3VjaCBuYW1lICh3aXRoIGNsb3NlIG5hbWVzKSxcbiAqICAge0BsaW5rIFZlcnNpb25Ob3RGb3VuZEVycm9yfSB3aGVuIG5vdGhpbmcgc2F0aXNmaWVzIHRoZSBzZWxlY3RvciAod2l0aCB2ZXJzaW9ucyBhbmQgbGFiZWxzKSxcbiAqICAge0BsaW5rIFN0b3JlRXJyb3J9IHdoZW4gdGhlIHN0b3JlIGZhaWxlZCwgYFByb21wdEZvcm1hdEVycm9yYCB3aGVuIGl0IGFuc3dlcmVkIGEgbWFsZm9ybWVkIHJlY29yZC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGZldGNoUmVjb3JkKHN0b3JlOiBQcm9tcHRTdG9yZSwgbmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQ+IHtcbiAgbGV0IHJlY29yZDogUHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkO1xuICBsZXQgdmVyc2lvbnM6IFZlcnNpb25JbmZvW10gfCB1bmRlZmluZWQ7XG4gIHRyeSB7XG4gICAgaWYgKGlzRXhhY3RTZWxlY3RvcihzZWxlY3RvcikpIHtcbiAgICAgIHJlY29yZCA9IGF3YWl0IHN0b3JlLmdldFZlcnNpb24obmFtZSwgc2VsZWN0b3IpO1xuICAgIH0gZWxzZSBpZiAodHlwZW9mIHN0b3JlLnJlc29sdmUgPT09ICdmdW5jdGlvbicpIHtcbiAgICAgIHJlY29yZCA9IGF3YWl0IHN0b3JlLnJlc29sdmUobmFtZSwgc2VsZWN0b3IpO1xuICAgIH0gZWxzZSB7XG4gICAgICB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKTtcbiAgICAgIGNvbnN0IGNob3NlbiA9IHJlc29sdmVTZWxlY3Rvcih2ZXJzaW9ucywgc2VsZWN0b3IpO1xuICAgICAgaWYgKGNob3NlbiAhPT0gdW5kZWZpbmVkKSByZWNvcmQgPSBhd2FpdCBzdG9yZS5nZXRWZXJzaW9uKG5hbWUsIGNob3Nlbi52ZXJzaW9uKTtcbiAgICB9XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgYXNTdG9yZUVycm9yKGVycm9yLCBzdG9yZSwgYGxvYWRpbmcgXCIke25hbWV9QCR7c2VsZWN0b3J9XCJgKTtcbiAgfVxuICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHRocm93IGF3YWl0IG5vdEZvdW5kRXJyb3Ioc3RvcmUsIG5hbWUsIHNlbGVjdG9yLCB2ZXJzaW9ucyk7XG4gIHJldHVybiBjaGVja0Fuc3dlcihzdG9yZSwgbmFtZSwgc2VsZWN0b3IsIHJlY29yZCk7XG59XG5cbi8qKiBUcnVlIGZvciB0aGUgZXJyb3JzIHRoYXQgbWVhbiBcInRoZSBzdG9yZSBhbnN3ZXJlZDogdGhpcyBkb2VzIG5vdCBleGlzdFwiLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzTm90Rm91bmQoZXJyb3I6IHVua25vd24pOiBlcnJvciBpcyBQcm9tcHROb3RGb3VuZEVycm9yIHwgVmVyc2lvbk5vdEZvdW5kRXJyb3Ige1xuICByZXR1cm4gZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHROb3RGb3VuZEVycm9yIHx8IGVycm9yIGluc3RhbmNlb2YgVmVyc2lvbk5vdEZvdW5kRXJyb3I7XG59XG5cbi8qKlxuICogQnVpbGQgdGhlIGVycm9yIGZvciBhIHNlbGVjdG9yIHRoYXQgcGlja2VkIG5vdGhpbmc6IHtAbGluayBQcm9tcHROb3RGb3VuZEVycm9yfSAod2l0aCBjbG9zZSBuYW1lc1xuICogZnJvbSBgc3RvcmUubGlzdCgpYCwgd2hlbiBwcmVzZW50KSBpZiB0aGUgbmFtZSBoYXMgbm8gdmVyc2lvbiwgZWxzZSB7QGxpbmsgVmVyc2lvbk5vdEZvdW5kRXJyb3J9LlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbm90Rm91bmRFcnJvcihcbiAgc3RvcmU6IFByb21wdFN0b3JlLFxuICBuYW1lOiBzdHJpbmcsXG4gIHNlbGVjdG9yOiBzdHJpbmcsXG4gIGtub3duPzogVmVyc2lvbkluZm9bXSxcbik6IFByb21pc2U8UHJvbXB0Tm90Rm91bmRFcnJvciB8IFZlcnNpb25Ob3RGb3VuZEVycm9yPiB7XG4gIGxldCB2ZXJzaW9ucyA9IGtub3duO1xuICBpZiAodmVyc2lvbnMgPT09IHVuZGVmaW5lZCkge1xuICAgIHRyeSB7XG4gICAgICB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgdGhyb3cgYXNTdG9yZUVycm9yKGVycm9yLCBzdG9yZSwgYGxpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwiJHtuYW1lfVwiYCk7XG4gICAgfVxuICB9XG4gIGlmICh2ZXJzaW9ucy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3Qgc29ydGVkID0gc29ydFZlcnNpb25zRGVzY2VuZGluZyh2ZXJzaW9ucyk7XG4gICAgcmV0dXJuIG5ldyBWZXJzaW9uTm90Rm91bmRFcnJvcihuYW1lLCBzZWxlY3Rvciwge1xuICAgICAgdmVyc2lvbnM6IHNvcnRlZC5tYXAoKHYpID0+IHYudmVyc2lvbiksXG4gICAgICBsYWJlbHM6IGxhYmVsTWFwKHNvcnRlZCksXG4gICAgfSk7XG4gIH1cbiAgbGV0IHN1Z2dlc3Rpb25zOiBzdHJpbmdbXSA9IFtdO1xuICBpZiAodHlwZW9mIHN0b3JlLmxpc3QgPT09ICdmdW5jdGlvbicpIHtcbiAgICB0cnkge1xuICAgICAgc3VnZ2VzdGlvbnMgPSBzdWdnZXN0TmFtZXMobmFtZSwgYXdhaXQgc3RvcmUubGlzdCgpKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIFN1Z2dlc3Rpb25zIGFyZSBhIGNvdXJ0ZXN5OiBhIGZhaWxpbmcgbGlzdCgpIG11c3Qgbm90IGhpZGUgdGhlIHJlYWwgYW5zd2VyLlxuICAgIH1cbiAgfVxuICByZXR1cm4gbmV3IFByb21wdE5vdEZvdW5kRXJyb3IobmFtZSwgeyBzdWdnZXN0aW9ucywgc3RvcmU6IHN0b3JlLm5hbWUgfSk7XG59XG5cbi8qKlxuICogUGFzcyBwcm9tcHRvcHMgZXJyb3JzIHRocm91Z2g7IHdyYXAgYW55dGhpbmcgZWxzZSBhIHN0b3JlIHRocmV3IGludG8gYSB7QGxpbmsgU3RvcmVFcnJvcn1cbiAqIChub3QgcmV0cnlhYmxlOiBhbiB1bmV4cGVjdGVkIGV4Y2VwdGlvbiBpcyBhIGJ1ZyBvZiB0aGUgYWRhcHRlciwgbm90IGEgdHJhbnNpZW50IGZhaWx1cmUpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNTdG9yZUVycm9yKGVycm9yOiB1bmtub3duLCBzdG9yZTogUHJvbXB0U3RvcmUsIGRvaW5nOiBzdHJpbmcpOiBFcnJvciB7XG4gIGlmIChpc1Byb21wdE9wc0Vycm9yKGVycm9yKSkgcmV0dXJuIGVycm9yO1xuICBjb25zdCBkZXRhaWwgPSBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gYCR7ZXJyb3IubmFtZX06ICR7ZXJyb3IubWVzc2FnZX1gIDogU3RyaW5nKGVycm9yKTtcbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKFxuICAgIGBUaGUgJHtzdG9yZS5uYW1lfSBzdG9yZSBmYWlsZWQgd2hpbGUgJHtkb2luZ306ICR7ZGV0YWlsfWAsXG4gICAgeyBzdG9yZTogc3RvcmUubmFtZSB9LFxuICAgIHsgY2F1c2U6IGVycm9yIH0sXG4gICk7XG59XG5cbi8qKlxuICogQ2hlY2sgYSByZWNvcmQncyBpbnRlZ3JpdHkgYW5kIHJldHVybiBpdHMgaGFzaDogYSByZWNvcmQgY2FycnlpbmcgYGhhc2hgIG11c3QgbWF0Y2ggaXRzIGNvbnRlbnQ7XG4gKiB3aGVuIGBsb2NrZWRIYXNoYCBpcyBnaXZlbiB0aGUgcmVjb3JkIG11c3QgaGF2ZSBleGFjdGx5IHRoYXQgaGFzaC5cbiAqXG4gKiBAdGhyb3dzIHtAbGluayBJbnRlZ3JpdHlFcnJvcn0gb24gYW55IG1pc21hdGNoLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hlY2tJbnRlZ3JpdHkocmVjb3JkOiBQcm9tcHRSZWNvcmQsIGxvY2tlZEhhc2g/OiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBoYXNoID0gcmVjb3JkLmhhc2ggPT09IHVuZGVmaW5lZCA/IGF3YWl0IGNvbXB1dGVIYXNoKHJlY29yZCkgOiBhd2FpdCB2ZXJpZnlSZWNvcmRIYXNoKHJlY29yZCk7XG4gIGlmIChsb2NrZWRIYXNoICE9PSB1bmRlZmluZWQgJiYgaGFzaCAhPT0gbG9ja2VkSGFzaCkge1xuICAgIHRocm93IG5ldyBJbnRlZ3JpdHlFcnJvcihyZWNvcmQubmFtZSwgcmVjb3JkLnZlcnNpb24sIHtcbiAgICAgIGV4cGVjdGVkOiBsb2NrZWRIYXNoLFxuICAgICAgYWN0dWFsOiBoYXNoLFxuICAgICAgcmVhc29uOiAndGhlIGxvY2tmaWxlIHBpbnMgaGFzaCcsXG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIGhhc2g7XG59XG5cbmZ1bmN0aW9uIGNoZWNrQW5zd2VyKHN0b3JlOiBQcm9tcHRTdG9yZSwgbmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nLCBhbnN3ZXI6IFByb21wdFJlY29yZCk6IFByb21wdFJlY29yZCB7XG4gIGNvbnN0IHJlY29yZCA9IHBhcnNlUmVjb3JkKGFuc3dlciwgYCR7c3RvcmUubmFtZX0gc3RvcmU6ICR7bmFtZX1AJHtzZWxlY3Rvcn1gKTtcbiAgaWYgKHJlY29yZC5uYW1lICE9PSBuYW1lIHx8IChpc0V4YWN0U2VsZWN0b3Ioc2VsZWN0b3IpICYmIHJlY29yZC52ZXJzaW9uICE9PSBzZWxlY3RvcikpIHtcbiAgICB0aHJvdyBuZXcgU3RvcmVFcnJvcihcbiAgICAgIGBUaGUgJHtzdG9yZS5uYW1lfSBzdG9yZSBhbnN3ZXJlZCBcIiR7cmVjb3JkLm5hbWV9QCR7cmVjb3JkLnZlcnNpb259XCIgd2hlbiBhc2tlZCBmb3IgXCIke25hbWV9QCR7c2VsZWN0b3J9XCIuIGAgK1xuICAgICAgICAnRml4IHRoZSBzdG9yZSBhZGFwdGVyOiBpdCBtdXN0IHJldHVybiB0aGUgcmVjb3JkIG9mIHRoZSBuYW1lIChhbmQgZXhhY3QgdmVyc2lvbikgYXNrZWQgZm9yLicsXG4gICAgICB7IHN0b3JlOiBzdG9yZS5uYW1lIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4gcmVjb3JkO1xufVxuIiwgIi8qKlxuICogVGhlIGxvY2tmaWxlIChgcHJvbXB0b3BzLmxvY2suanNvbmApOiB0aGUgZXhhY3QgdmVyc2lvbiBhbmQgaGFzaCBldmVyeSBiYXJlIG5hbWUgbG9hZHMuXG4gKlxuICogYGBganNvblxuICogeyBcImxvY2tmaWxlVmVyc2lvblwiOiAxLFxuICogICBcInByb21wdHNcIjogeyBcInN1cHBvcnQvZ3JlZXRpbmdcIjogeyBcInNlbGVjdG9yXCI6IFwiXjEuMi4wXCIsIFwidmVyc2lvblwiOiBcIjEuMi4zXCIsIFwiaGFzaFwiOiBcInNoYTI1Ni1cdTIwMjZcIiB9IH0gfVxuICogYGBgXG4gKlxuICogV2l0aCBhIGxvY2tmaWxlLCBhIGxvY2tlZCBuYW1lIGxvYWRzIGV4YWN0bHkgdGhlIGxvY2tlZCB2ZXJzaW9uLCBhbmQgYSByZWNvcmQgd2hvc2UgaGFzaCBkaWZmZXJzXG4gKiBpcyBhbiBgSW50ZWdyaXR5RXJyb3JgLCBuZXZlciByZW5kZXJlZCBvciBjYWNoZWQuIFNlZSBERVNJR04ubWQgc2VjdGlvbiA1LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB7IHBhcnRpYWxOYW1lc09mIH0gZnJvbSAnLi4vZW5naW5lL3Byb21wdC5qcyc7XG5pbXBvcnQgeyBwYXJzZVNwZWMsIHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcbmltcG9ydCB7IGNoZWNrSW50ZWdyaXR5LCBmZXRjaFJlY29yZCB9IGZyb20gJy4vbG9hZGVyLmpzJztcbmltcG9ydCB7IHZhbGlkYXRlT3JUaHJvdyB9IGZyb20gJy4vdmFsaWRhdGUuanMnO1xuXG4vKiogQ29udmVudGlvbmFsIGZpbGUgbmFtZSBvZiB0aGUgbG9ja2ZpbGUuICovXG5leHBvcnQgY29uc3QgTE9DS0ZJTEVfTkFNRSA9ICdwcm9tcHRvcHMubG9jay5qc29uJztcblxuLyoqIFdoYXQgdGhlIGxvY2tmaWxlIGhvbGRzIGZvciBvbmUgbmFtZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9ja2VkUHJvbXB0IHtcbiAgLyoqIFRoZSBzZWxlY3RvciB0aGF0IHdhcyByZXNvbHZlZCB3aGVuIGxvY2tpbmcgKGZyb20gYHBpbnNgLCBvciBgJ2xhdGVzdCdgKS4gKi9cbiAgc2VsZWN0b3I6IHN0cmluZztcbiAgLyoqIFRoZSBleGFjdCB2ZXJzaW9uIGEgYmFyZSBuYW1lIGxvYWRzLiAqL1xuICB2ZXJzaW9uOiBzdHJpbmc7XG4gIC8qKiBUaGUgYCdzaGEyNTYtPGhleD4nYCBoYXNoIHRoZSBsb2FkZWQgcmVjb3JkIG11c3QgaGF2ZS4gKi9cbiAgaGFzaDogc3RyaW5nO1xufVxuXG4vKiogQ29udGVudHMgb2YgYHByb21wdG9wcy5sb2NrLmpzb25gLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2NrZmlsZSB7XG4gIC8qKiBGb3JtYXQgdmVyc2lvbjsgYWx3YXlzIGAxYC4gKi9cbiAgbG9ja2ZpbGVWZXJzaW9uOiAxO1xuICAvKiogTG9ja2VkIHByb21wdHMgYnkgbmFtZSwgc29ydGVkIGJ5IG5hbWUgd2hlbiB3cml0dGVuIGJ5IHtAbGluayBjcmVhdGVMb2NrZmlsZX0uICovXG4gIHByb21wdHM6IFJlY29yZDxzdHJpbmcsIExvY2tlZFByb21wdD47XG59XG5cbmNvbnN0IEhBU0hfUEFUVEVSTiA9IC9ec2hhMjU2LVswLTlhLWZdezY0fSQvO1xuXG5jb25zdCBsb2NrZWRQcm9tcHRTY2hlbWEgPSB6LnN0cmljdE9iamVjdCh7XG4gIHNlbGVjdG9yOiB6LnN0cmluZygpLmNoZWNrKFxuICAgIHoucmVmaW5lKChzKSA9PiBzZWxlY3RvcktpbmQocykgIT09IHVuZGVmaW5lZCwge1xuICAgICAgZXJyb3I6ICdtdXN0IGJlIGFuIGV4YWN0IHZlcnNpb24sIGEgc2VtdmVyIHJhbmdlLCBhIGxhYmVsIG9yIFwibGF0ZXN0XCInLFxuICAgIH0pLFxuICApLFxuICB2ZXJzaW9uOiB6XG4gICAgLnN0cmluZygpXG4gICAgLmNoZWNrKHoucmVmaW5lKChzKSA9PiBzZWxlY3RvcktpbmQocykgPT09ICdleGFjdCcsIHsgZXJyb3I6ICdtdXN0IGJlIGFuIGV4YWN0IHNlbXZlciB2ZXJzaW9uIHN1Y2ggYXMgXCIxLjIuM1wiJyB9KSksXG4gIGhhc2g6IHouc3RyaW5nKCkuY2hlY2soei5yZWdleChIQVNIX1BBVFRFUk4sIHsgZXJyb3I6ICdtdXN0IGJlIFwic2hhMjU2LVwiIGZvbGxvd2VkIGJ5IDY0IGxvd2VyY2FzZSBoZXggZGlnaXRzJyB9KSksXG59KTtcblxuY29uc3QgbG9ja2ZpbGVTY2hlbWEgPSB6LnN0cmljdE9iamVjdCh7XG4gIGxvY2tmaWxlVmVyc2lvbjogei5saXRlcmFsKDEsIHsgZXJyb3I6ICdtdXN0IGJlIDEgKHRoZSBvbmx5IGxvY2tmaWxlIGZvcm1hdCB0aGVyZSBpcyknIH0pLFxuICBwcm9tcHRzOiB6LnJlY29yZChcbiAgICB6XG4gICAgICAuc3RyaW5nKClcbiAgICAgIC5jaGVjayh6LnJlZmluZSgobmFtZSkgPT4gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpID09PSB1bmRlZmluZWQsIHsgZXJyb3I6ICdpcyBub3QgYSB2YWxpZCBwcm9tcHQgbmFtZScgfSkpLFxuICAgIGxvY2tlZFByb21wdFNjaGVtYSxcbiAgKSxcbn0pO1xuXG4vKipcbiAqIFZhbGlkYXRlIHBhcnNlZCBKU09OIGFzIGEgbG9ja2ZpbGUuXG4gKlxuICogQHBhcmFtIGZpbGUgLSB3aGVyZSB0aGUgSlNPTiBjYW1lIGZyb20sIG5hbWVkIGluIGVycm9ycy5cbiAqIEB0aHJvd3Mge0BsaW5rIENvbmZpZ0Vycm9yfSBuYW1pbmcgdGhlIGZpbGUgYW5kIGZpZWxkLCBlLmcuIGBwcm9tcHRzW1wiYVwiXS5oYXNoYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlTG9ja2ZpbGUodmFsdWU6IHVua25vd24sIGZpbGU/OiBzdHJpbmcpOiBMb2NrZmlsZSB7XG4gIGNvbnN0IGNvbnRleHQgPSB7XG4gICAgcm9vdDogZmlsZSA9PT0gdW5kZWZpbmVkID8gJ2xvY2tmaWxlJyA6ICcnLFxuICAgIC4uLihmaWxlID09PSB1bmRlZmluZWQgPyB7fSA6IHsgZmlsZSB9KSxcbiAgICBoaW50czogeyAnJzogJ3J1biBcInByb21wdG9wcyBsb2NrXCIgdG8gd3JpdGUgYSBmcmVzaCBsb2NrZmlsZScgfSxcbiAgICBrbm93bktleXM6IHsgJyc6IFsnbG9ja2ZpbGVWZXJzaW9uJywgJ3Byb21wdHMnXSB9LFxuICB9O1xuICByZXR1cm4gdmFsaWRhdGVPclRocm93KGxvY2tmaWxlU2NoZW1hLCB2YWx1ZSwgY29udGV4dCkgYXMgTG9ja2ZpbGU7XG59XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBjcmVhdGVMb2NrZmlsZX0uICovXG5leHBvcnQgaW50ZXJmYWNlIENyZWF0ZUxvY2tmaWxlT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBTZWxlY3RvciBmb3IgbmFtZXMgdGhhdCBoYXZlIG5vIHBpbi5cbiAgICogQGRlZmF1bHQgJ2xhdGVzdCdcbiAgICovXG4gIGRlZmF1bHRTZWxlY3Rvcj86IHN0cmluZztcbiAgLyoqXG4gICAqIEFsc28gbG9jayB0aGUgcGFydGlhbHMgdGhlIGxvY2tlZCBwcm9tcHRzIGluY2x1ZGUgKHRoZWlyIHBpbiBvciBgJ2xhdGVzdCdgKSwgcmVjdXJzaXZlbHksIHNvXG4gICAqIHRoYXQgYSBsb2NrZWQgcHJvbXB0IHJlbmRlcnMgdGhlIHNhbWUgdGV4dCBldmVyeXdoZXJlLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICBpbmNsdWRlUGFydGlhbHM/OiBib29sZWFuO1xufVxuXG4vKipcbiAqIFJlc29sdmUgZXZlcnkgbmFtZSBhZ2FpbnN0IHRoZSBzdG9yZSBhbmQgd3JpdGUgZG93biB0aGUgdmVyc2lvbiBhbmQgaGFzaCBpdCBwaWNrczogd2hhdFxuICogYHByb21wdG9wcyBsb2NrYCBzYXZlcyBhcyBgcHJvbXB0b3BzLmxvY2suanNvbmAuXG4gKlxuICogQHBhcmFtIHN0b3JlIC0gdGhlIHN0b3JlIHRvIHJlc29sdmUgYWdhaW5zdC5cbiAqIEBwYXJhbSBwaW5zIC0gc2VsZWN0b3JzIGJ5IG5hbWUgKGB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfWApOyBuYW1lcyB3aXRob3V0IGEgcGluIHVzZVxuICogICBgb3B0aW9ucy5kZWZhdWx0U2VsZWN0b3JgLlxuICogQHBhcmFtIG5hbWVzIC0gbmFtZXMgKG9yIGBuYW1lQHNlbGVjdG9yYCBzcGVjcykgdG8gbG9jay4gRGVmYXVsdDogZXZlcnkgbmFtZSBvZiBgc3RvcmUubGlzdCgpYFxuICogICBwbHVzIHRoZSBwaW5uZWQgbmFtZXM7IGEgc3RvcmUgd2l0aG91dCBgbGlzdCgpYCBsb2NrcyB0aGUgcGlubmVkIG5hbWVzIG9ubHkuXG4gKiBAdGhyb3dzIHRoZSBzdG9yZSdzIGVycm9ycyAoYFByb21wdE5vdEZvdW5kRXJyb3JgLCBgVmVyc2lvbk5vdEZvdW5kRXJyb3JgLCBgU3RvcmVFcnJvcmAsXG4gKiAgIGBJbnRlZ3JpdHlFcnJvcmAgZm9yIGEgcmVjb3JkIHdob3NlIGhhc2ggZG9lcyBub3QgbWF0Y2ggaXRzIGNvbnRlbnQpLCBvciBhIGBDb25maWdFcnJvcmAgd2hlblxuICogICB0aGVyZSBpcyBub3RoaW5nIHRvIGxvY2suXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IGxvY2sgPSBhd2FpdCBjcmVhdGVMb2NrZmlsZShzdG9yZSwgeyAnc3VwcG9ydC9ncmVldGluZyc6ICdeMS4yLjAnIH0pO1xuICogYXdhaXQgd3JpdGVGaWxlKCdwcm9tcHRvcHMubG9jay5qc29uJywgYCR7SlNPTi5zdHJpbmdpZnkobG9jaywgbnVsbCwgMil9XFxuYCk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNyZWF0ZUxvY2tmaWxlKFxuICBzdG9yZTogUHJvbXB0U3RvcmUsXG4gIHBpbnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge30sXG4gIG5hbWVzPzogcmVhZG9ubHkgc3RyaW5nW10sXG4gIG9wdGlvbnM6IENyZWF0ZUxvY2tmaWxlT3B0aW9ucyA9IHt9LFxuKTogUHJvbWlzZTxMb2NrZmlsZT4ge1xuICBjb25zdCBkZWZhdWx0U2VsZWN0b3IgPSBvcHRpb25zLmRlZmF1bHRTZWxlY3RvciA/PyAnbGF0ZXN0JztcbiAgY29uc3QgaW5jbHVkZVBhcnRpYWxzID0gb3B0aW9ucy5pbmNsdWRlUGFydGlhbHMgPz8gdHJ1ZTtcbiAgY29uc3Qgc3BlY3MgPSBuYW1lcyA9PT0gdW5kZWZpbmVkID8gYXdhaXQgZGVmYXVsdE5hbWVzKHN0b3JlLCBwaW5zKSA6IFsuLi5uYW1lc107XG4gIGNvbnN0IHdhbnRlZCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGZvciAoY29uc3Qgc3BlYyBvZiBzcGVjcykge1xuICAgIGNvbnN0IHsgbmFtZSwgc2VsZWN0b3IgfSA9IHBhcnNlU3BlYyhzcGVjKTtcbiAgICB3YW50ZWQuc2V0KG5hbWUsIHNlbGVjdG9yID8/IG93blZhbHVlKHBpbnMsIG5hbWUpID8/IGRlZmF1bHRTZWxlY3Rvcik7XG4gIH1cbiAgY29uc3QgbG9ja2VkID0gbmV3IE1hcDxzdHJpbmcsIExvY2tlZFByb21wdD4oKTtcbiAgbGV0IHF1ZXVlID0gWy4uLndhbnRlZC5lbnRyaWVzKCldO1xuICB3aGlsZSAocXVldWUubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHJlc3VsdHMgPSBhd2FpdCBQcm9taXNlLmFsbChcbiAgICAgIHF1ZXVlLm1hcChhc3luYyAoW25hbWUsIHNlbGVjdG9yXSkgPT4ge1xuICAgICAgICBjb25zdCByZWNvcmQgPSBhd2FpdCBmZXRjaFJlY29yZChzdG9yZSwgbmFtZSwgc2VsZWN0b3IpO1xuICAgICAgICBjb25zdCBoYXNoID0gYXdhaXQgY2hlY2tJbnRlZ3JpdHkocmVjb3JkKTtcbiAgICAgICAgcmV0dXJuIHsgbmFtZSwgc2VsZWN0b3IsIHJlY29yZCwgaGFzaCB9O1xuICAgICAgfSksXG4gICAgKTtcbiAgICBjb25zdCBuZXh0ID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IHsgbmFtZSwgc2VsZWN0b3IsIHJlY29yZCwgaGFzaCB9IG9mIHJlc3VsdHMpIHtcbiAgICAgIGxvY2tlZC5zZXQobmFtZSwgeyBzZWxlY3RvciwgdmVyc2lvbjogcmVjb3JkLnZlcnNpb24sIGhhc2ggfSk7XG4gICAgICBpZiAoIWluY2x1ZGVQYXJ0aWFscykgY29udGludWU7XG4gICAgICBmb3IgKGNvbnN0IHBhcnRpYWwgb2YgcGFydGlhbE5hbWVzT2YocmVjb3JkKSkge1xuICAgICAgICBpZiAoIWxvY2tlZC5oYXMocGFydGlhbCkgJiYgIXdhbnRlZC5oYXMocGFydGlhbCkpIG5leHQuc2V0KHBhcnRpYWwsIG93blZhbHVlKHBpbnMsIHBhcnRpYWwpID8/ICdsYXRlc3QnKTtcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCBbbmFtZSwgc2VsZWN0b3JdIG9mIG5leHQpIHdhbnRlZC5zZXQobmFtZSwgc2VsZWN0b3IpO1xuICAgIHF1ZXVlID0gWy4uLm5leHQuZW50cmllcygpXTtcbiAgfVxuICBjb25zdCBwcm9tcHRzOiBSZWNvcmQ8c3RyaW5nLCBMb2NrZWRQcm9tcHQ+ID0ge307XG4gIGZvciAoY29uc3QgbmFtZSBvZiBbLi4ubG9ja2VkLmtleXMoKV0uc29ydCgpKSB7XG4gICAgY29uc3QgZW50cnkgPSBsb2NrZWQuZ2V0KG5hbWUpO1xuICAgIGlmIChlbnRyeSAhPT0gdW5kZWZpbmVkKSBwcm9tcHRzW25hbWVdID0gZW50cnk7XG4gIH1cbiAgcmV0dXJuIHsgbG9ja2ZpbGVWZXJzaW9uOiAxLCBwcm9tcHRzIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGRlZmF1bHROYW1lcyhzdG9yZTogUHJvbXB0U3RvcmUsIHBpbnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+KTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBjb25zdCBuYW1lcyA9IG5ldyBTZXQoT2JqZWN0LmtleXMocGlucykpO1xuICBpZiAodHlwZW9mIHN0b3JlLmxpc3QgPT09ICdmdW5jdGlvbicpIGZvciAoY29uc3QgbmFtZSBvZiBhd2FpdCBzdG9yZS5saXN0KCkpIG5hbWVzLmFkZChuYW1lKTtcbiAgaWYgKG5hbWVzLnNpemUgPT09IDApIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBgbm90aGluZyB0byBsb2NrOiB0aGUgJHtzdG9yZS5uYW1lfSBzdG9yZSAke3R5cGVvZiBzdG9yZS5saXN0ID09PSAnZnVuY3Rpb24nID8gJ2lzIGVtcHR5JyA6ICdjYW5ub3QgbGlzdCBpdHMgbmFtZXMnfSBhbmQgbm8gcGlucyBhcmUgZ2l2ZW47IGAgK1xuICAgICAgICAncGFzcyB0aGUgbmFtZXMgdG8gbG9jaywgb3IgYWRkIHBpbnMnLFxuICAgICAgeyBvcHRpb246ICduYW1lcycgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiBbLi4ubmFtZXNdLnNvcnQoKTtcbn1cblxuLyoqIFRoZSBsb2NrZWQgaGFzaCBmb3IgYG5hbWVAdmVyc2lvbmAsIHdoZW4gdGhlIGxvY2tmaWxlIGxvY2tzIHRoYXQgdmVyeSB2ZXJzaW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvY2tlZEhhc2gobG9ja2ZpbGU6IExvY2tmaWxlIHwgdW5kZWZpbmVkLCBuYW1lOiBzdHJpbmcsIHZlcnNpb246IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGVudHJ5ID0gbG9ja2ZpbGUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IG93blZhbHVlKGxvY2tmaWxlLnByb21wdHMsIG5hbWUpO1xuICByZXR1cm4gZW50cnkgIT09IHVuZGVmaW5lZCAmJiBlbnRyeS52ZXJzaW9uID09PSB2ZXJzaW9uID8gZW50cnkuaGFzaCA6IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBgcmVjb3JkW2tleV1gIHdoZW4gYGtleWAgaXMgdGhlIHJlY29yZCdzIG93biBwcm9wZXJ0eTogcHJvbXB0IG5hbWVzIHN1Y2ggYXMgYGNvbnN0cnVjdG9yYCBtdXN0XG4gKiBuZXZlciByZWFkIGBPYmplY3QucHJvdG90eXBlYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG93blZhbHVlPFQ+KHJlY29yZDogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgVD4+LCBrZXk6IHN0cmluZyk6IFQgfCB1bmRlZmluZWQge1xuICByZXR1cm4gT2JqZWN0Lmhhc093bihyZWNvcmQsIGtleSkgPyByZWNvcmRba2V5XSA6IHVuZGVmaW5lZDtcbn1cbiIsICIvKipcbiAqIFR1cm5zIGB6b2QvbWluaWAgdmFsaWRhdGlvbiBpc3N1ZXMgaW50byBvbmUge0BsaW5rIENvbmZpZ0Vycm9yfSB0aGF0IG5hbWVzIHRoZSBvcHRpb24gcGF0aCBhbmRcbiAqIHNheXMgaG93IHRvIGZpeCBpdC4gYHpvZC9taW5pYCBzaGlwcyBubyBFbmdsaXNoIG1lc3NhZ2VzLCBzbyB0aGUgd29yZGluZyBpcyBvdXJzLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgc3VnZ2VzdE5hbWVzIH0gZnJvbSAnLi4vc3RvcmVzL3Jlc29sdmUuanMnO1xuXG50eXBlIElzc3VlID0gei5jb3JlLiRab2RJc3N1ZTtcblxuLyoqIFdoYXQgYHpvZC9taW5pYCBzYXlzIHdoZW4gbm8gbWVzc2FnZSB3YXMgY29uZmlndXJlZC4gKi9cbmNvbnN0IERFRkFVTFRfTUVTU0FHRSA9ICdJbnZhbGlkIGlucHV0JztcblxuLyoqIEhvdyB0byBkZXNjcmliZSBvbmUgc2NoZW1hIGluIGVycm9yIG1lc3NhZ2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWYWxpZGF0aW9uQ29udGV4dCB7XG4gIC8qKiBQcmVmaXggb2YgZXZlcnkgb3B0aW9uIHBhdGgsIGUuZy4gYCdzbmFwc2hvdCdgLiAqL1xuICByb290Pzogc3RyaW5nO1xuICAvKiogVGhlIGNvbmZpZyBmaWxlIHRoZSB2YWx1ZSBjYW1lIGZyb20uICovXG4gIGZpbGU/OiBzdHJpbmc7XG4gIC8qKiBGaXggaGludHMgYnkgb3B0aW9uIHBhdGggKGAnY2FjaGUudHRsTXMnYCksIHNob3duIGFmdGVyIHRoZSBwcm9ibGVtLiAqL1xuICBoaW50cz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+O1xuICAvKiogS25vd24ga2V5cyBieSBvYmplY3QgcGF0aCAoYCcnYCBmb3IgdGhlIHJvb3QpLCB1c2VkIHRvIHN1Z2dlc3QgYSBmaXggZm9yIGFuIHVua25vd24ga2V5LiAqL1xuICBrbm93bktleXM/OiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBzdHJpbmdbXT4+O1xufVxuXG4vKiogUGFyc2UgYHZhbHVlYCB3aXRoIGBzY2hlbWFgLCBvciB0aHJvdyBhIHtAbGluayBDb25maWdFcnJvcn0gZGVzY3JpYmluZyBldmVyeSBwcm9ibGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZhbGlkYXRlT3JUaHJvdzxUPihzY2hlbWE6IHouWm9kTWluaVR5cGU8VD4sIHZhbHVlOiB1bmtub3duLCBjb250ZXh0OiBWYWxpZGF0aW9uQ29udGV4dCk6IFQge1xuICBjb25zdCByZXN1bHQgPSBzY2hlbWEuc2FmZVBhcnNlKHZhbHVlLCB7IHJlcG9ydElucHV0OiB0cnVlIH0pO1xuICBpZiAocmVzdWx0LnN1Y2Nlc3MpIHJldHVybiByZXN1bHQuZGF0YTtcbiAgdGhyb3cgaXNzdWVzVG9Db25maWdFcnJvcihyZXN1bHQuZXJyb3IuaXNzdWVzLCBjb250ZXh0KTtcbn1cblxuLyoqIEJ1aWxkIHRoZSB7QGxpbmsgQ29uZmlnRXJyb3J9IGZvciBhIGxpc3Qgb2YgaXNzdWVzOiB0aGUgZmlyc3Qgb25lIG5hbWVzIHRoZSBvcHRpb24uICovXG5leHBvcnQgZnVuY3Rpb24gaXNzdWVzVG9Db25maWdFcnJvcihpc3N1ZXM6IHJlYWRvbmx5IElzc3VlW10sIGNvbnRleHQ6IFZhbGlkYXRpb25Db250ZXh0KTogQ29uZmlnRXJyb3Ige1xuICBjb25zdCBmbGF0ID0gZmxhdHRlbihpc3N1ZXMsIFtdKTtcbiAgY29uc3QgZGVzY3JpYmVkID0gZmxhdC5tYXAoKGYpID0+IGRlc2NyaWJlKGYuaXNzdWUsIGYucGF0aCwgY29udGV4dCkpO1xuICBjb25zdCBmaXJzdCA9IGRlc2NyaWJlZFswXSA/PyB7IG9wdGlvbjogY29udGV4dC5yb290ID8/ICcob3B0aW9ucyknLCB0ZXh0OiAnaXMgaW52YWxpZCcgfTtcbiAgY29uc3QgbW9yZSA9IGRlc2NyaWJlZC5zbGljZSgxKS5tYXAoKGQpID0+IGA7IG9wdGlvbiBcIiR7ZC5vcHRpb259XCI6ICR7ZC50ZXh0fWApO1xuICByZXR1cm4gbmV3IENvbmZpZ0Vycm9yKGAke2ZpcnN0LnRleHR9JHttb3JlLmpvaW4oJycpfWAsIHsgb3B0aW9uOiBmaXJzdC5vcHRpb24sIGZpbGU6IGNvbnRleHQuZmlsZSB9KTtcbn1cblxuaW50ZXJmYWNlIEZsYXRJc3N1ZSB7XG4gIGlzc3VlOiBJc3N1ZTtcbiAgcGF0aDogUHJvcGVydHlLZXlbXTtcbn1cblxuLyoqIFVuaW9ucyByZXBvcnQgb25lIGlzc3VlIHBlciBicmFuY2g6IGtlZXAgdGhlIGJyYW5jaCB0aGF0IGdvdCBmdXJ0aGVzdCAoZGVlcGVzdCBwYXRoKS4gKi9cbmZ1bmN0aW9uIGZsYXR0ZW4oaXNzdWVzOiByZWFkb25seSBJc3N1ZVtdLCBwcmVmaXg6IFByb3BlcnR5S2V5W10pOiBGbGF0SXNzdWVbXSB7XG4gIGNvbnN0IG91dDogRmxhdElzc3VlW10gPSBbXTtcbiAgZm9yIChjb25zdCBpc3N1ZSBvZiBpc3N1ZXMpIHtcbiAgICBjb25zdCBwYXRoID0gWy4uLnByZWZpeCwgLi4uaXNzdWUucGF0aF07XG4gICAgaWYgKGlzc3VlLmNvZGUgPT09ICdpbnZhbGlkX3VuaW9uJyAmJiBpc3N1ZS5lcnJvcnMubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgYmVzdCA9IFsuLi5pc3N1ZS5lcnJvcnNdLnNvcnQoKGEsIGIpID0+IGRlcHRoKGIpIC0gZGVwdGgoYSkpWzBdID8/IFtdO1xuICAgICAgaWYgKGRlcHRoKGJlc3QpID4gMCkge1xuICAgICAgICBvdXQucHVzaCguLi5mbGF0dGVuKGJlc3QsIHBhdGgpKTtcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgfVxuICAgIG91dC5wdXNoKHsgaXNzdWUsIHBhdGggfSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gZGVwdGgoaXNzdWVzOiByZWFkb25seSBJc3N1ZVtdKTogbnVtYmVyIHtcbiAgbGV0IG1heCA9IDA7XG4gIGZvciAoY29uc3QgaXNzdWUgb2YgaXNzdWVzKSB7XG4gICAgY29uc3QgZCA9IGlzc3VlLnBhdGgubGVuZ3RoICsgKGlzc3VlLmNvZGUgPT09ICd1bnJlY29nbml6ZWRfa2V5cycgPyAxIDogMCk7XG4gICAgaWYgKGQgPiBtYXgpIG1heCA9IGQ7XG4gIH1cbiAgcmV0dXJuIG1heDtcbn1cblxuZnVuY3Rpb24gam9pblBhdGgocm9vdDogc3RyaW5nIHwgdW5kZWZpbmVkLCBwYXRoOiByZWFkb25seSBQcm9wZXJ0eUtleVtdKTogc3RyaW5nIHtcbiAgbGV0IG91dCA9IHJvb3QgPz8gJyc7XG4gIGZvciAoY29uc3Qga2V5IG9mIHBhdGgpIHtcbiAgICBjb25zdCB0ZXh0ID0gU3RyaW5nKGtleSk7XG4gICAgaWYgKHR5cGVvZiBrZXkgPT09ICdudW1iZXInKSBvdXQgKz0gYFske3RleHR9XWA7XG4gICAgZWxzZSBpZiAoL15bQS1aYS16XyRdW1xcdyRdKiQvLnRlc3QodGV4dCkpIG91dCArPSBvdXQgPT09ICcnID8gdGV4dCA6IGAuJHt0ZXh0fWA7XG4gICAgZWxzZSBvdXQgKz0gYFske0pTT04uc3RyaW5naWZ5KHRleHQpfV1gO1xuICB9XG4gIHJldHVybiBvdXQgPT09ICcnID8gJyhvcHRpb25zKScgOiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlKGlzc3VlOiBJc3N1ZSwgcGF0aDogUHJvcGVydHlLZXlbXSwgY29udGV4dDogVmFsaWRhdGlvbkNvbnRleHQpOiB7IG9wdGlvbjogc3RyaW5nOyB0ZXh0OiBzdHJpbmcgfSB7XG4gIGNvbnN0IG9wdGlvbiA9IGpvaW5QYXRoKGNvbnRleHQucm9vdCwgcGF0aCk7XG4gIGNvbnN0IGhpbnQgPSBjb250ZXh0LmhpbnRzPy5bc3RyaXBSb290KG9wdGlvbiwgY29udGV4dC5yb290KV0gPz8gY29udGV4dC5oaW50cz8uW2dlbmVyaWNQYXRoKHBhdGgpXTtcbiAgY29uc3Qgc3VmZml4ID0gaGludCA/IGA6ICR7aGludH1gIDogJyc7XG4gIGlmIChpc3N1ZS5jb2RlID09PSAnaW52YWxpZF9rZXknICYmIGlzc3VlLmlzc3Vlcy5sZW5ndGggPiAwKSB7XG4gICAgY29uc3QgaW5uZXIgPSBpc3N1ZS5pc3N1ZXNbMF07XG4gICAgY29uc3QgbWVzc2FnZSA9IGlubmVyPy5tZXNzYWdlICYmIGlubmVyLm1lc3NhZ2UgIT09IERFRkFVTFRfTUVTU0FHRSA/IGlubmVyLm1lc3NhZ2UgOiAnaXMgbm90IGEgdmFsaWQga2V5JztcbiAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGAke21lc3NhZ2V9JHtzdWZmaXh9YCB9O1xuICB9XG4gIGlmIChpc3N1ZS5jb2RlICE9PSAndW5yZWNvZ25pemVkX2tleXMnICYmIGlzc3VlLm1lc3NhZ2UgJiYgaXNzdWUubWVzc2FnZSAhPT0gREVGQVVMVF9NRVNTQUdFKSB7XG4gICAgcmV0dXJuIHsgb3B0aW9uLCB0ZXh0OiBgJHtpc3N1ZS5tZXNzYWdlfSR7c3VmZml4fWAgfTtcbiAgfVxuICBzd2l0Y2ggKGlzc3VlLmNvZGUpIHtcbiAgICBjYXNlICd1bnJlY29nbml6ZWRfa2V5cyc6IHtcbiAgICAgIGNvbnN0IGtub3duID0gY29udGV4dC5rbm93bktleXM/LltwYXRoLm1hcChTdHJpbmcpLmpvaW4oJy4nKV0gPz8gW107XG4gICAgICBjb25zdCBwYXJ0cyA9IGlzc3VlLmtleXMubWFwKChrZXkpID0+IHtcbiAgICAgICAgY29uc3QgY2xvc2UgPSBzdWdnZXN0TmFtZXMoa2V5LnRvTG93ZXJDYXNlKCksIGtub3duLCB7IG1heDogMSwgbWF4RGlzdGFuY2VSYXRpbzogMC41IH0pO1xuICAgICAgICByZXR1cm4gY2xvc2VbMF0gPyBgXCIke2tleX1cIiAoZGlkIHlvdSBtZWFuIFwiJHtjbG9zZVswXX1cIj8pYCA6IGBcIiR7a2V5fVwiYDtcbiAgICAgIH0pO1xuICAgICAgY29uc3QgbGlzdCA9IGtub3duLmxlbmd0aCA+IDAgPyBgIEtub3duIG9wdGlvbnM6ICR7a25vd24uam9pbignLCAnKX0uYCA6ICcnO1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgb3B0aW9uOiBqb2luUGF0aChjb250ZXh0LnJvb3QsIFsuLi5wYXRoLCBpc3N1ZS5rZXlzWzBdID8/ICcnXSksXG4gICAgICAgIHRleHQ6IGB1bmtub3duIG9wdGlvbiR7aXNzdWUua2V5cy5sZW5ndGggPiAxID8gJ3MnIDogJyd9ICR7cGFydHMuam9pbignLCAnKX07IHJlbW92ZSBpdCBvciBmaXggaXRzIHNwZWxsaW5nLiR7bGlzdH1gLFxuICAgICAgfTtcbiAgICB9XG4gICAgY2FzZSAnaW52YWxpZF90eXBlJzoge1xuICAgICAgY29uc3QgZ290ID0gJ2lucHV0JyBpbiBpc3N1ZSA/IHR5cGVOYW1lKGlzc3VlLmlucHV0KSA6ICdhbm90aGVyIHR5cGUnO1xuICAgICAgY29uc3Qgd2hhdCA9IGlzc3VlLmlucHV0ID09PSB1bmRlZmluZWQgPyAnaXMgcmVxdWlyZWQnIDogYG11c3QgYmUgJHthcnRpY2xlKGlzc3VlLmV4cGVjdGVkKX0sIGdvdCAke2dvdH1gO1xuICAgICAgcmV0dXJuIHsgb3B0aW9uLCB0ZXh0OiBgJHt3aGF0fSR7c3VmZml4fWAgfTtcbiAgICB9XG4gICAgY2FzZSAndG9vX3NtYWxsJzpcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG9wdGlvbixcbiAgICAgICAgdGV4dDogYG11c3QgYmUgJHtpc3N1ZS5pbmNsdXNpdmUgPT09IGZhbHNlID8gJ2dyZWF0ZXIgdGhhbicgOiAnYXQgbGVhc3QnfSAke1N0cmluZyhpc3N1ZS5taW5pbXVtKX0ke3N1ZmZpeH1gLFxuICAgICAgfTtcbiAgICBjYXNlICd0b29fYmlnJzpcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG9wdGlvbixcbiAgICAgICAgdGV4dDogYG11c3QgYmUgJHtpc3N1ZS5pbmNsdXNpdmUgPT09IGZhbHNlID8gJ2xlc3MgdGhhbicgOiAnYXQgbW9zdCd9ICR7U3RyaW5nKGlzc3VlLm1heGltdW0pfSR7c3VmZml4fWAsXG4gICAgICB9O1xuICAgIGNhc2UgJ2ludmFsaWRfdmFsdWUnOlxuICAgICAgcmV0dXJuIHsgb3B0aW9uLCB0ZXh0OiBgbXVzdCBiZSBvbmUgb2YgJHtpc3N1ZS52YWx1ZXMubWFwKCh2KSA9PiBKU09OLnN0cmluZ2lmeSh2KSkuam9pbignLCAnKX0ke3N1ZmZpeH1gIH07XG4gICAgY2FzZSAnaW52YWxpZF9mb3JtYXQnOlxuICAgICAgcmV0dXJuIHsgb3B0aW9uLCB0ZXh0OiBgbXVzdCBiZSBhIHZhbGlkICR7aXNzdWUuZm9ybWF0fSR7c3VmZml4fWAgfTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIHsgb3B0aW9uLCB0ZXh0OiBgaXMgaW52YWxpZCR7c3VmZml4fWAgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiBzdHJpcFJvb3Qob3B0aW9uOiBzdHJpbmcsIHJvb3Q6IHN0cmluZyB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIGlmIChyb290ID09PSB1bmRlZmluZWQgfHwgcm9vdCA9PT0gJycpIHJldHVybiBvcHRpb247XG4gIHJldHVybiBvcHRpb24uc3RhcnRzV2l0aChgJHtyb290fS5gKSA/IG9wdGlvbi5zbGljZShyb290Lmxlbmd0aCArIDEpIDogb3B0aW9uO1xufVxuXG4vKiogYHBpbnNbXCJhL2JcIl1gIFx1MjE5MiBgcGlucy4qYCwgc28gdGhhdCBvbmUgaGludCBjYW4gYWRkcmVzcyBldmVyeSBrZXkgb2YgYSByZWNvcmQuICovXG5mdW5jdGlvbiBnZW5lcmljUGF0aChwYXRoOiByZWFkb25seSBQcm9wZXJ0eUtleVtdKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBhdGgubWFwKChrZXksIGkpID0+IChpID09PSBwYXRoLmxlbmd0aCAtIDEgJiYgaSA+IDAgPyAnKicgOiBTdHJpbmcoa2V5KSkpLmpvaW4oJy4nKTtcbn1cblxuZnVuY3Rpb24gYXJ0aWNsZShleHBlY3RlZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKGV4cGVjdGVkID09PSAnb2JqZWN0JyB8fCBleHBlY3RlZCA9PT0gJ2FycmF5JyB8fCBleHBlY3RlZCA9PT0gJ2ludCcpXG4gICAgcmV0dXJuIGBhbiAke2V4cGVjdGVkID09PSAnaW50JyA/ICdpbnRlZ2VyJyA6IGV4cGVjdGVkfWA7XG4gIHJldHVybiBgYSAke2V4cGVjdGVkfWA7XG59XG5cbi8qKiBgdHlwZW9mYCwgd2l0aCBgbnVsbGAgYW5kIGFycmF5cyB0b2xkIGFwYXJ0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHR5cGVOYW1lKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiAnYW4gYXJyYXknO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlO1xufVxuIiwgIi8qKlxuICogT3B0aW9ucyBvZiBgY3JlYXRlUHJvbXB0Q2xpZW50YCwgYW5kIHRoZWlyIHZhbGlkYXRpb24gKHdpdGggYHpvZC9taW5pYCwgYXQgY29uc3RydWN0aW9uOiBhIGJhZFxuICogb3B0aW9uIGlzIGEgYENvbmZpZ0Vycm9yYCBuYW1pbmcgdGhlIG9wdGlvbiBwYXRoIGFuZCB0aGUgZml4KS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUgfSBmcm9tICcuLi9lbmdpbmUvbmFtZS5qcyc7XG5pbXBvcnQgeyBzZWxlY3RvcktpbmQgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5pbXBvcnQgdHlwZSB7IExpc3RlbmVyRXJyb3JIYW5kbGVyIH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2VtaXR0ZXIuanMnO1xuaW1wb3J0IHR5cGUge1xuICBBc3NpZ25tZW50RXZlbnQsXG4gIEVycm9yRXZlbnQsXG4gIEZldGNoRXZlbnQsXG4gIE91dGNvbWVFdmVudCxcbiAgUHJvbXB0RXZlbnQsXG4gIFJlZnJlc2hFdmVudCxcbiAgUmVuZGVyRXZlbnQsXG59IGZyb20gJy4uL3RlbGVtZXRyeS9ldmVudHMuanMnO1xuaW1wb3J0IHsgdHlwZSBMb2NrZmlsZSwgcGFyc2VMb2NrZmlsZSB9IGZyb20gJy4vbG9ja2ZpbGUuanMnO1xuaW1wb3J0IHR5cGUgeyBTbmFwc2hvdEFkYXB0ZXIgfSBmcm9tICcuL3NuYXBzaG90LmpzJztcbmltcG9ydCB7IHZhbGlkYXRlT3JUaHJvdyB9IGZyb20gJy4vdmFsaWRhdGUuanMnO1xuXG4vKiogQ2FjaGUgc2V0dGluZ3MuIFNlZSBERVNJR04ubWQgc2VjdGlvbiA2LCBcIkNhY2hpbmcgYW5kIGZhaWx1cmVcIi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2FjaGVPcHRpb25zIHtcbiAgLyoqXG4gICAqIE1vc3QgY29tcGlsZWQgcHJvbXB0IHZlcnNpb25zIGtlcHQgKGBuYW1lQHZlcnNpb25gLCBsZWFzdCByZWNlbnRseSB1c2VkIGRyb3BwZWQgZmlyc3QpOyBhbHNvXG4gICAqIHRoZSBtb3N0IGZsb2F0aW5nIHNlbGVjdG9ycyAoYG5hbWVAc2VsZWN0b3JgIFx1MjE5MiB2ZXJzaW9uKSByZW1lbWJlcmVkLlxuICAgKiBAZGVmYXVsdCAxMDAwXG4gICAqL1xuICBtYXg/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBIb3cgbG9uZyBhIGZsb2F0aW5nIHNlbGVjdG9yIChyYW5nZSwgbGFiZWwsIGBsYXRlc3RgLCBiYXJlIG5hbWUpIHN0YXlzIGZyZXNoLCBpbiBtcy4gQWZ0ZXJcbiAgICogdGhhdCBpdCBpcyBzZXJ2ZWQgc3RhbGUgd2hpbGUgb25lIGJhY2tncm91bmQgcmVmcmVzaCBydW5zLiBFeGFjdCB2ZXJzaW9ucyBuZXZlciBnbyBzdGFsZS5cbiAgICogQGRlZmF1bHQgNjBfMDAwXG4gICAqL1xuICB0dGxNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIEhvdyBsb25nIGEgc2VsZWN0b3IgbWF5IGJlIHNlcnZlZCBzdGFsZSBhZnRlciBpdCB3ZW50IHN0YWxlLCBpbiBtcywgd2hpbGUgcmVmcmVzaGVzIGZhaWwuXG4gICAqIFBhc3QgdGhhdCwgdGhlIG5leHQgY2FsbCBnb2VzIHRvIHRoZSBzdG9yZSBpbiB0aGUgZm9yZWdyb3VuZCAoYW5kIGZhaWxzIGlmIHRoZSBzdG9yZSBkb2VzKS5cbiAgICogQGRlZmF1bHQgODZfNDAwXzAwMCAob25lIGRheSlcbiAgICovXG4gIG1heFN0YWxlTXM/OiBudW1iZXI7XG59XG5cbi8qKiBBIHNvdXJjZSBvZiB0aW1lIGluIG1zOyBpbmplY3QgYSBmYWtlIG9uZSBpbiB0ZXN0cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xvY2sge1xuICAvKiogQ3VycmVudCB0aW1lIGluIG1zIChvbmx5IGRpZmZlcmVuY2VzIG1hdHRlcikuICovXG4gIG5vdygpOiBudW1iZXI7XG59XG5cbi8qKiBUaW1lciBmdW5jdGlvbnM7IGluamVjdCBmYWtlcyBpbiB0ZXN0cy4gSGFuZGxlcyB3aXRoIGFuIGB1bnJlZigpYCBtZXRob2QgYXJlIHVucmVmJ2QuICovXG5leHBvcnQgaW50ZXJmYWNlIFRpbWVycyB7XG4gIC8qKiBDYWxsIGBjYWxsYmFja2Agb25jZSBhZnRlciBgbXNgOyByZXR1cm5zIGEgaGFuZGxlIGZvciBgY2xlYXJUaW1lb3V0YC4gKi9cbiAgc2V0VGltZW91dChjYWxsYmFjazogKCkgPT4gdm9pZCwgbXM6IG51bWJlcik6IHVua25vd247XG4gIC8qKiBDYW5jZWwgYSBwZW5kaW5nIGBzZXRUaW1lb3V0YC4gKi9cbiAgY2xlYXJUaW1lb3V0KGhhbmRsZTogdW5rbm93bik6IHZvaWQ7XG59XG5cbi8qKlxuICogRXZlbnQgaG9va3MsIHJlZ2lzdGVyZWQgYXQgY29uc3RydWN0aW9uLiBgb25FdmVudGAgcmVjZWl2ZXMgZXZlcnkgZXZlbnQ7IHRoZSBwZXItdHlwZSBob29rc1xuICogcmVjZWl2ZSB0aGVpciB0eXBlIG9ubHkuIEEgaG9vayB0aGF0IHRocm93cyBvciByZWplY3RzIG5ldmVyIGJyZWFrcyB0aGUgY2FsbGVyLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIENsaWVudEhvb2tzIHtcbiAgLyoqIEV2ZXJ5IGV2ZW50LiAqL1xuICBvbkV2ZW50PzogKGV2ZW50OiBQcm9tcHRFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBIGBnZXRQcm9tcHRgIGNhbGwgc3VjY2VlZGVkLiAqL1xuICBvbkZldGNoPzogKGV2ZW50OiBGZXRjaEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEEgcHJvbXB0IHdhcyByZW5kZXJlZC4gKi9cbiAgb25SZW5kZXI/OiAoZXZlbnQ6IFJlbmRlckV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEEgYmFja2dyb3VuZCByZWZyZXNoIGZpbmlzaGVkIChgb2tgIHNheXMgaG93KS4gKi9cbiAgb25SZWZyZXNoPzogKGV2ZW50OiBSZWZyZXNoRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQW4gb3BlcmF0aW9uIGZhaWxlZCAoYGdldFByb21wdGAsIGByZW5kZXJgLCBhIHJlZnJlc2gsIGEgc25hcHNob3Qgd3JpdGVcdTIwMjYpLiAqL1xuICBvbkVycm9yPzogKGV2ZW50OiBFcnJvckV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEFuIGV4cGVyaW1lbnQgYXNzaWduZWQgYSB2YXJpYW50IChleHBlcmltZW50cyBhcmUgbm90IGNvbmZpZ3VyYWJsZSB5ZXQpLiAqL1xuICBvbkFzc2lnbm1lbnQ/OiAoZXZlbnQ6IEFzc2lnbm1lbnRFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBbiBvdXRjb21lIHdhcyByZWNvcmRlZCAobm90IGVtaXR0ZWQgeWV0KS4gKi9cbiAgb25PdXRjb21lPzogKGV2ZW50OiBPdXRjb21lRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKipcbiAgICogQ2FsbGVkIHdpdGggdGhlIGVycm9yIHdoZW4gYSBob29rIG9yIGxpc3RlbmVyIHRocm93cyBvciByZWplY3RzLCBvbmNlIHBlciBmYWlsdXJlLlxuICAgKiBAZGVmYXVsdCBhIGBjb25zb2xlLndhcm5gIHRoZSBmaXJzdCB0aW1lIGVhY2ggbGlzdGVuZXIgZmFpbHNcbiAgICovXG4gIG9uTGlzdGVuZXJFcnJvcj86IExpc3RlbmVyRXJyb3JIYW5kbGVyO1xufVxuXG4vKiogVGVsZW1ldHJ5IHNldHRpbmdzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUZWxlbWV0cnlPcHRpb25zIHtcbiAgLyoqXG4gICAqIFB1dCB0aGUgdmFyaWFibGVzIHBhc3NlZCB0byBgcmVuZGVyYCBpbnRvIGByZW5kZXJgIGV2ZW50cyAoYGlucHV0c2ApLiBPZmYgYnkgZGVmYXVsdDogaW5wdXRzXG4gICAqIG9mdGVuIGhvbGQgcGVyc29uYWwgZGF0YS4gRXZlbnQgYGlucHV0S2V5c2AgYWx3YXlzIGxpc3RzIHRoZSBuYW1lcy5cbiAgICogQGRlZmF1bHQgZmFsc2VcbiAgICovXG4gIGluY2x1ZGVJbnB1dHM/OiBib29sZWFuO1xufVxuXG4vKipcbiAqIE9wdGlvbnMgb2YgYGNyZWF0ZVByb21wdENsaWVudGAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBwcm9tcHRzID0gY3JlYXRlUHJvbXB0Q2xpZW50KHtcbiAqICAgc3RvcmU6IG1lbW9yeVN0b3JlKFtncmVldGluZ10pLFxuICogICBwaW5zOiB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfSxcbiAqICAgY2FjaGU6IHsgdHRsTXM6IDMwXzAwMCB9LFxuICogICBob29rczogeyBvbkVycm9yOiAoZSkgPT4gbG9nLndhcm4oZS5lcnJvcikgfSxcbiAqIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0Q2xpZW50T3B0aW9ucyB7XG4gIC8qKiBXaGVyZSBwcm9tcHRzIGNvbWUgZnJvbTogYG1lbW9yeVN0b3JlYCwgYGh0dHBTdG9yZWAsIGBsYW5nZnVzZVN0b3JlYCwgYGZpbGVTdG9yZWAgKGBwcm9tcHRvcHMvZnNgKSBvciB5b3VyIG93bi4gKi9cbiAgc3RvcmU6IFByb21wdFN0b3JlO1xuICAvKipcbiAgICogU2VsZWN0b3IgcGVyIG5hbWUgZm9yIGJhcmUgbmFtZXMgKGBnZXRQcm9tcHQoJ3N1cHBvcnQvZ3JlZXRpbmcnKWApOiBgeyAnc3VwcG9ydC9ncmVldGluZyc6ICdeMS4yLjAnIH1gLlxuICAgKiBBIGxvY2tmaWxlIGVudHJ5IHdpbnMgb3ZlciBhIHBpbi5cbiAgICogQGRlZmF1bHQge31cbiAgICovXG4gIHBpbnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKipcbiAgICogU2VsZWN0b3IgZm9yIGJhcmUgbmFtZXMgdGhhdCBhcmUgbmVpdGhlciBsb2NrZWQgbm9yIHBpbm5lZDogYW4gZXhhY3QgdmVyc2lvbiwgYSBzZW12ZXIgcmFuZ2UsXG4gICAqIGEgbGFiZWwgb3IgYCdsYXRlc3QnYCAodGhlIGhpZ2hlc3Qgbm9uLXByZXJlbGVhc2UgdmVyc2lvbikuXG4gICAqIEBkZWZhdWx0ICdsYXRlc3QnXG4gICAqL1xuICBkZWZhdWx0U2VsZWN0b3I/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBBIHBhcnNlZCBgcHJvbXB0b3BzLmxvY2suanNvbmAgKHNlZSBgcGFyc2VMb2NrZmlsZWApLiBBIGxvY2tlZCBuYW1lIGxvYWRzIGV4YWN0bHkgdGhlIGxvY2tlZFxuICAgKiB2ZXJzaW9uIGFuZCBtdXN0IGhhdmUgdGhlIGxvY2tlZCBoYXNoLiAoQSBwYXRoIGlzIGFjY2VwdGVkIGJ5IHRoZSBOb2RlIGVudHJ5IG9ubHkuKVxuICAgKiBAZGVmYXVsdCB1bmRlZmluZWQgKG5vIGxvY2tmaWxlKVxuICAgKi9cbiAgbG9ja2ZpbGU/OiBMb2NrZmlsZTtcbiAgLyoqXG4gICAqIENhY2hlIHNldHRpbmdzLCBvciBgZmFsc2VgIHRvIGFzayB0aGUgc3RvcmUgb24gZXZlcnkgY2FsbCAoY29uY3VycmVudCBpZGVudGljYWwgY2FsbHMgc3RpbGwgc2hhcmUgb25lIGxvYWQpLlxuICAgKiBAZGVmYXVsdCB7IG1heDogMTAwMCwgdHRsTXM6IDYwXzAwMCwgbWF4U3RhbGVNczogODZfNDAwXzAwMCB9XG4gICAqL1xuICBjYWNoZT86IENhY2hlT3B0aW9ucyB8IGZhbHNlO1xuICAvKipcbiAgICogVmFsaWRhdGUgdmFyaWFibGVzIGJlZm9yZSByZW5kZXJpbmcgKG9uZSBgUHJvbXB0SW5wdXRFcnJvcmAgbGlzdGluZyBldmVyeSBwcm9ibGVtKSwgYW5kIHRyZWF0IGFcbiAgICogbWlzc2luZyBwYXJ0aWFsIGFzIGEgYFByb21wdEZvcm1hdEVycm9yYC4gYGZhbHNlYCByZW5kZXJzIG1pc3NpbmcgdmFyaWFibGVzIGFuZCBwYXJ0aWFscyBhcyBlbXB0eS5cbiAgICogQSBgZ2V0UHJvbXB0YCBvciBgcmVuZGVyYCBjYWxsIG1heSBvdmVycmlkZSBpdC5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgc3RyaWN0PzogYm9vbGVhbjtcbiAgLyoqXG4gICAqIEV2ZW50IGhvb2tzLiBNb3JlIGxpc3RlbmVycyBjYW4gYmUgYWRkZWQgbGF0ZXIgd2l0aCBgY2xpZW50Lm9uKHR5cGUsIGxpc3RlbmVyKWAuXG4gICAqIEBkZWZhdWx0IHt9XG4gICAqL1xuICBob29rcz86IENsaWVudEhvb2tzO1xuICAvKipcbiAgICogVGVsZW1ldHJ5IHNldHRpbmdzLlxuICAgKiBAZGVmYXVsdCB7IGluY2x1ZGVJbnB1dHM6IGZhbHNlIH1cbiAgICovXG4gIHRlbGVtZXRyeT86IFRlbGVtZXRyeU9wdGlvbnM7XG4gIC8qKlxuICAgKiBXaGVyZSB0byBwZXJzaXN0IHRoZSBsYXN0IGtub3duIGdvb2QgcmVjb3JkcywgdXNlZCBvbiBhIGNvbGQgc3RhcnQgd2hlbiB0aGUgc3RvcmUgY2Fubm90IGJlXG4gICAqIHJlYWNoZWQ6IGFueSBgeyByZWFkLCB3cml0ZSB9YCAoZS5nLiBgbWVtb3J5U25hcHNob3QoKWApOyB0aGUgTm9kZSBlbnRyeSBhbHNvIHRha2VzIGB7IHBhdGggfWAuXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gc25hcHNob3QpXG4gICAqL1xuICBzbmFwc2hvdD86IFNuYXBzaG90QWRhcHRlcjtcbiAgLyoqXG4gICAqIFRoZSBjbG9jayB0aGF0IGFnZXMgY2FjaGUgZW50cmllcyBhbmQgdGltZXMgZXZlbnRzLlxuICAgKiBAZGVmYXVsdCB7IG5vdzogRGF0ZS5ub3cgfSAoZXZlbnQgZHVyYXRpb25zIHVzZSBgcGVyZm9ybWFuY2Uubm93KClgIHdoZW4gbm8gY2xvY2sgaXMgZ2l2ZW4pXG4gICAqL1xuICBjbG9jaz86IENsb2NrO1xuICAvKipcbiAgICogVGltZXJzIGZvciB0aGUgYmF0Y2hlZCBzbmFwc2hvdCB3cml0ZXMuXG4gICAqIEBkZWZhdWx0IGdsb2JhbFRoaXMuc2V0VGltZW91dCAvIGNsZWFyVGltZW91dFxuICAgKi9cbiAgdGltZXJzPzogVGltZXJzO1xufVxuXG4vKiogT3B0aW9ucyBhZnRlciB2YWxpZGF0aW9uIGFuZCBkZWZhdWx0cy4gSW50ZXJuYWwuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc29sdmVkQ2xpZW50T3B0aW9ucyB7XG4gIHN0b3JlOiBQcm9tcHRTdG9yZTtcbiAgcGluczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG4gIGRlZmF1bHRTZWxlY3Rvcjogc3RyaW5nO1xuICBsb2NrZmlsZTogTG9ja2ZpbGUgfCB1bmRlZmluZWQ7XG4gIGNhY2hlOiBSZXF1aXJlZDxDYWNoZU9wdGlvbnM+IHwgZmFsc2U7XG4gIHN0cmljdDogYm9vbGVhbjtcbiAgaG9va3M6IENsaWVudEhvb2tzO1xuICBpbmNsdWRlSW5wdXRzOiBib29sZWFuO1xuICBzbmFwc2hvdDogU25hcHNob3RBZGFwdGVyIHwgdW5kZWZpbmVkO1xuICBjbG9jazogQ2xvY2sgfCB1bmRlZmluZWQ7XG4gIHRpbWVyczogVGltZXJzO1xufVxuXG4vKiogRGVmYXVsdCBjYWNoZSBzZXR0aW5ncy4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX0NBQ0hFOiBSZWFkb25seTxSZXF1aXJlZDxDYWNoZU9wdGlvbnM+PiA9IE9iamVjdC5mcmVlemUoe1xuICBtYXg6IDEwMDAsXG4gIHR0bE1zOiA2MF8wMDAsXG4gIG1heFN0YWxlTXM6IDg2XzQwMF8wMDAsXG59KTtcblxuY29uc3QgZm4gPSAoZml4OiBzdHJpbmcpID0+XG4gIHouY3VzdG9tPCguLi5hcmdzOiBuZXZlcltdKSA9PiB1bmtub3duPigodikgPT4gdHlwZW9mIHYgPT09ICdmdW5jdGlvbicsIHsgZXJyb3I6IGBtdXN0IGJlIGEgZnVuY3Rpb247ICR7Zml4fWAgfSk7XG5cbmNvbnN0IHZhbGlkU2VsZWN0b3IgPSB6LnN0cmluZygpLmNoZWNrKFxuICB6LnJlZmluZSgocykgPT4gcy5sZW5ndGggPiAwICYmIHNlbGVjdG9yS2luZChzKSAhPT0gdW5kZWZpbmVkLCB7XG4gICAgZXJyb3I6XG4gICAgICAnaXMgbm90IGEgc2VsZWN0b3I7IHVzZSBhbiBleGFjdCB2ZXJzaW9uIChcIjEuMi4zXCIpLCBhIHNlbXZlciByYW5nZSAoXCJeMS4yXCIpLCBhIGxhYmVsIChcInByb2R1Y3Rpb25cIikgb3IgXCJsYXRlc3RcIicsXG4gIH0pLFxuKTtcblxuY29uc3QgbXNTY2hlbWEgPSB6Lm51bWJlcigpLmNoZWNrKHouaW50KCksIHoubm9ubmVnYXRpdmUoKSk7XG5cbmNvbnN0IG9wdGlvbnNTY2hlbWEgPSB6LnN0cmljdE9iamVjdCh7XG4gIHN0b3JlOiB6LmN1c3RvbTxQcm9tcHRTdG9yZT4oXG4gICAgKHYpID0+XG4gICAgICB0eXBlb2YgdiA9PT0gJ29iamVjdCcgJiZcbiAgICAgIHYgIT09IG51bGwgJiZcbiAgICAgIHR5cGVvZiAodiBhcyBQcm9tcHRTdG9yZSkubmFtZSA9PT0gJ3N0cmluZycgJiZcbiAgICAgIHR5cGVvZiAodiBhcyBQcm9tcHRTdG9yZSkubGlzdFZlcnNpb25zID09PSAnZnVuY3Rpb24nICYmXG4gICAgICB0eXBlb2YgKHYgYXMgUHJvbXB0U3RvcmUpLmdldFZlcnNpb24gPT09ICdmdW5jdGlvbicsXG4gICAge1xuICAgICAgZXJyb3I6XG4gICAgICAgICdtdXN0IGJlIGEgcHJvbXB0IHN0b3JlICh7IG5hbWUsIGxpc3RWZXJzaW9ucygpLCBnZXRWZXJzaW9uKCkgfSk7IHBhc3MgbWVtb3J5U3RvcmUoWy4uLl0pLCBodHRwU3RvcmUoeyB1cmwgfSksICcgK1xuICAgICAgICBcImZpbGVTdG9yZSh7IGRpciB9KSBmcm9tICdwcm9tcHRvcHMvZnMnLCBvciB5b3VyIG93biBhZGFwdGVyXCIsXG4gICAgfSxcbiAgKSxcbiAgcGluczogei5vcHRpb25hbChcbiAgICB6LnJlY29yZChcbiAgICAgIHouc3RyaW5nKCkuY2hlY2soXG4gICAgICAgIHoucmVmaW5lKChuYW1lKSA9PiBleHBsYWluSW52YWxpZE5hbWUobmFtZSkgPT09IHVuZGVmaW5lZCwge1xuICAgICAgICAgIGVycm9yOiAnaGFzIGEga2V5IHRoYXQgaXMgbm90IGEgcHJvbXB0IG5hbWU7IGtleXMgYXJlIG5hbWVzIHN1Y2ggYXMgXCJzdXBwb3J0L2dyZWV0aW5nXCInLFxuICAgICAgICB9KSxcbiAgICAgICksXG4gICAgICB2YWxpZFNlbGVjdG9yLFxuICAgICksXG4gICksXG4gIGRlZmF1bHRTZWxlY3Rvcjogei5vcHRpb25hbCh2YWxpZFNlbGVjdG9yKSxcbiAgbG9ja2ZpbGU6IHoub3B0aW9uYWwoei51bmtub3duKCkpLFxuICBjYWNoZTogei5vcHRpb25hbChcbiAgICB6LnVuaW9uKFtcbiAgICAgIHoubGl0ZXJhbChmYWxzZSksXG4gICAgICB6LnN0cmljdE9iamVjdCh7XG4gICAgICAgIG1heDogei5vcHRpb25hbCh6Lm51bWJlcigpLmNoZWNrKHouaW50KCksIHoucG9zaXRpdmUoKSkpLFxuICAgICAgICB0dGxNczogei5vcHRpb25hbChtc1NjaGVtYSksXG4gICAgICAgIG1heFN0YWxlTXM6IHoub3B0aW9uYWwobXNTY2hlbWEpLFxuICAgICAgfSksXG4gICAgXSksXG4gICksXG4gIHN0cmljdDogei5vcHRpb25hbCh6LmJvb2xlYW4oKSksXG4gIGhvb2tzOiB6Lm9wdGlvbmFsKFxuICAgIHouc3RyaWN0T2JqZWN0KHtcbiAgICAgIG9uRXZlbnQ6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25GZXRjaDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvblJlbmRlcjogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvblJlZnJlc2g6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25FcnJvcjogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbkFzc2lnbm1lbnQ6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25PdXRjb21lOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uTGlzdGVuZXJFcnJvcjogei5vcHRpb25hbChmbigncGFzcyAoZXJyb3IsIGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgIH0pLFxuICApLFxuICB0ZWxlbWV0cnk6IHoub3B0aW9uYWwoei5zdHJpY3RPYmplY3QoeyBpbmNsdWRlSW5wdXRzOiB6Lm9wdGlvbmFsKHouYm9vbGVhbigpKSB9KSksXG4gIHNuYXBzaG90OiB6Lm9wdGlvbmFsKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIHJlYWQ6IGZuKCdhIHNuYXBzaG90IGlzIHsgcmVhZCgpLCB3cml0ZShkYXRhKSB9LCBlLmcuIG1lbW9yeVNuYXBzaG90KCknKSxcbiAgICAgIHdyaXRlOiBmbignYSBzbmFwc2hvdCBpcyB7IHJlYWQoKSwgd3JpdGUoZGF0YSkgfSwgZS5nLiBtZW1vcnlTbmFwc2hvdCgpJyksXG4gICAgICB3cml0ZURlbGF5TXM6IHoub3B0aW9uYWwobXNTY2hlbWEpLFxuICAgIH0pLFxuICApLFxuICBjbG9jazogei5vcHRpb25hbCh6Lm9iamVjdCh7IG5vdzogZm4oJ3Bhc3MgeyBub3c6ICgpID0+IG1pbGxpc2Vjb25kcyB9JykgfSkpLFxuICB0aW1lcnM6IHoub3B0aW9uYWwoXG4gICAgei5vYmplY3Qoe1xuICAgICAgc2V0VGltZW91dDogZm4oJ3Bhc3MgeyBzZXRUaW1lb3V0KGNhbGxiYWNrLCBtcyksIGNsZWFyVGltZW91dChoYW5kbGUpIH0nKSxcbiAgICAgIGNsZWFyVGltZW91dDogZm4oJ3Bhc3MgeyBzZXRUaW1lb3V0KGNhbGxiYWNrLCBtcyksIGNsZWFyVGltZW91dChoYW5kbGUpIH0nKSxcbiAgICB9KSxcbiAgKSxcbn0pO1xuXG5jb25zdCBLTk9XTl9LRVlTOiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBzdHJpbmdbXT4gPSB7XG4gICcnOiBPYmplY3Qua2V5cyhvcHRpb25zU2NoZW1hLmRlZi5zaGFwZSksXG4gIGNhY2hlOiBbJ21heCcsICd0dGxNcycsICdtYXhTdGFsZU1zJ10sXG4gIGhvb2tzOiBbJ29uRXZlbnQnLCAnb25GZXRjaCcsICdvblJlbmRlcicsICdvblJlZnJlc2gnLCAnb25FcnJvcicsICdvbkFzc2lnbm1lbnQnLCAnb25PdXRjb21lJywgJ29uTGlzdGVuZXJFcnJvciddLFxuICB0ZWxlbWV0cnk6IFsnaW5jbHVkZUlucHV0cyddLFxufTtcblxuY29uc3QgSElOVFM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gIGNhY2hlOiAncGFzcyBmYWxzZSwgb3IgeyBtYXgsIHR0bE1zLCBtYXhTdGFsZU1zIH0nLFxuICAnY2FjaGUubWF4JzogJ2EgcG9zaXRpdmUgaW50ZWdlciBjb3VudCBvZiBwcm9tcHQgdmVyc2lvbnMnLFxuICAnY2FjaGUudHRsTXMnOiAnYSB3aG9sZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzLCBlLmcuIDYwXzAwMCcsXG4gICdjYWNoZS5tYXhTdGFsZU1zJzogJ2Egd2hvbGUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kcywgZS5nLiA4Nl80MDBfMDAwJyxcbiAgJ3NuYXBzaG90LndyaXRlRGVsYXlNcyc6ICdhIHdob2xlIG51bWJlciBvZiBtaWxsaXNlY29uZHMnLFxuICBzdHJpY3Q6ICdwYXNzIHRydWUgb3IgZmFsc2UnLFxuICBwaW5zOiBcInBhc3MgeyAnc3VwcG9ydC9ncmVldGluZyc6ICdeMS4yLjAnIH1cIixcbiAgJ3RlbGVtZXRyeS5pbmNsdWRlSW5wdXRzJzogJ3Bhc3MgdHJ1ZSBvciBmYWxzZScsXG59O1xuXG4vKipcbiAqIFZhbGlkYXRlIGNsaWVudCBvcHRpb25zIGFuZCBhcHBseSBkZWZhdWx0cy5cbiAqIEB0aHJvd3MgYENvbmZpZ0Vycm9yYCBuYW1pbmcgdGhlIG9wdGlvbiwgZS5nLiBgY2FjaGUudHRsTXM6IG11c3QgYmUgYXQgbGVhc3QgMDogXHUyMDI2YC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVDbGllbnRPcHRpb25zKG9wdGlvbnM6IFByb21wdENsaWVudE9wdGlvbnMpOiBSZXNvbHZlZENsaWVudE9wdGlvbnMge1xuICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheShvcHRpb25zKSkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignY3JlYXRlUHJvbXB0Q2xpZW50IG5lZWRzIGFuIG9wdGlvbnMgb2JqZWN0IHN1Y2ggYXMgeyBzdG9yZTogbWVtb3J5U3RvcmUoWy4uLl0pIH0nLCB7XG4gICAgICBvcHRpb246ICcob3B0aW9ucyknLFxuICAgIH0pO1xuICB9XG4gIGlmICh0eXBlb2Ygb3B0aW9ucy5sb2NrZmlsZSA9PT0gJ3N0cmluZycpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBcImlzIGEgcGF0aCwgd2hpY2ggb25seSB0aGUgTm9kZSBlbnRyeSByZWFkcyAoaW1wb3J0IGZyb20gJ3Byb21wdG9wcycgdW5kZXIgTm9kZSk7IGVsc2V3aGVyZSBwYXNzIHRoZSBwYXJzZWQgXCIgK1xuICAgICAgICAnbG9ja2ZpbGUgb2JqZWN0IChwYXJzZUxvY2tmaWxlKEpTT04ucGFyc2UodGV4dCkpKScsXG4gICAgICB7IG9wdGlvbjogJ2xvY2tmaWxlJyB9LFxuICAgICk7XG4gIH1cbiAgY29uc3Qgc25hcHNob3Q6IHVua25vd24gPSBvcHRpb25zLnNuYXBzaG90O1xuICBpZiAodHlwZW9mIHNuYXBzaG90ID09PSAnb2JqZWN0JyAmJiBzbmFwc2hvdCAhPT0gbnVsbCAmJiAncGF0aCcgaW4gc25hcHNob3QgJiYgISgncmVhZCcgaW4gc25hcHNob3QpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgXCJ7IHBhdGggfSBpcyBhIGZpbGUgc25hcHNob3QsIHdoaWNoIG9ubHkgdGhlIE5vZGUgZW50cnkgcHJvdmlkZXMgKGltcG9ydCBmcm9tICdwcm9tcHRvcHMnIHVuZGVyIE5vZGUpOyBcIiArXG4gICAgICAgICdlbHNld2hlcmUgcGFzcyB7IHJlYWQoKSwgd3JpdGUoZGF0YSkgfSwgZS5nLiBtZW1vcnlTbmFwc2hvdCgpJyxcbiAgICAgIHsgb3B0aW9uOiAnc25hcHNob3QnIH0sXG4gICAgKTtcbiAgfVxuICBjb25zdCBwYXJzZWQgPSB2YWxpZGF0ZU9yVGhyb3cob3B0aW9uc1NjaGVtYSwgb3B0aW9ucywgeyBoaW50czogSElOVFMsIGtub3duS2V5czogS05PV05fS0VZUyB9KTtcbiAgY29uc3QgbG9ja2ZpbGUgPSBwYXJzZWQubG9ja2ZpbGUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHBhcnNlTG9ja2ZpbGUocGFyc2VkLmxvY2tmaWxlKTtcbiAgcmV0dXJuIHtcbiAgICBzdG9yZTogb3B0aW9ucy5zdG9yZSxcbiAgICBwaW5zOiBvcHRpb25zLnBpbnMgPz8ge30sXG4gICAgZGVmYXVsdFNlbGVjdG9yOiBvcHRpb25zLmRlZmF1bHRTZWxlY3RvciA/PyAnbGF0ZXN0JyxcbiAgICBsb2NrZmlsZSxcbiAgICBjYWNoZTogb3B0aW9ucy5jYWNoZSA9PT0gZmFsc2UgPyBmYWxzZSA6IHsgLi4uREVGQVVMVF9DQUNIRSwgLi4uc3RyaXBVbmRlZmluZWQob3B0aW9ucy5jYWNoZSA/PyB7fSkgfSxcbiAgICBzdHJpY3Q6IG9wdGlvbnMuc3RyaWN0ID8/IHRydWUsXG4gICAgaG9va3M6IG9wdGlvbnMuaG9va3MgPz8ge30sXG4gICAgaW5jbHVkZUlucHV0czogb3B0aW9ucy50ZWxlbWV0cnk/LmluY2x1ZGVJbnB1dHMgPz8gZmFsc2UsXG4gICAgc25hcHNob3Q6IG9wdGlvbnMuc25hcHNob3QsXG4gICAgY2xvY2s6IG9wdGlvbnMuY2xvY2ssXG4gICAgdGltZXJzOiBvcHRpb25zLnRpbWVycyA/PyB7XG4gICAgICBzZXRUaW1lb3V0OiAoY2FsbGJhY2ssIG1zKSA9PiBnbG9iYWxUaGlzLnNldFRpbWVvdXQoY2FsbGJhY2ssIG1zKSxcbiAgICAgIGNsZWFyVGltZW91dDogKGhhbmRsZSkgPT4gZ2xvYmFsVGhpcy5jbGVhclRpbWVvdXQoaGFuZGxlIGFzIFJldHVyblR5cGU8dHlwZW9mIHNldFRpbWVvdXQ+KSxcbiAgICB9LFxuICB9O1xufVxuXG5mdW5jdGlvbiBzdHJpcFVuZGVmaW5lZDxUIGV4dGVuZHMgb2JqZWN0Pih2YWx1ZTogVCk6IFBhcnRpYWw8VD4ge1xuICBjb25zdCBvdXQ6IFBhcnRpYWw8VD4gPSB7fTtcbiAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXModmFsdWUpKSBpZiAodiAhPT0gdW5kZWZpbmVkKSAob3V0IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KVtrXSA9IHY7XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLyoqXG4gKiBUaGUgcHVibGljIGBQcm9tcHRgIG9iamVjdCBgZ2V0UHJvbXB0YCByZXR1cm5zOiBvbmUgY29tcGlsZWQgcHJvbXB0IHZlcnNpb24gcGx1cyBob3cgaXQgd2FzXG4gKiBzZXJ2ZWQsIHdpdGggYSBzeW5jLCB2YWxpZGF0ZWQgYHJlbmRlcmAuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlIHsgQ29tcGlsZWRQcm9tcHQsIFJlbmRlck9wdGlvbnMgfSBmcm9tICcuLi9lbmdpbmUvcHJvbXB0LmpzJztcbmltcG9ydCB0eXBlIHsgQ2hhdE1lc3NhZ2UsIFByb21wdE1ldGFkYXRhLCBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0RW1pdHRlciB9IGZyb20gJy4uL3RlbGVtZXRyeS9lbWl0dGVyLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U291cmNlLCBSZW5kZXJFdmVudCB9IGZyb20gJy4uL3RlbGVtZXRyeS9ldmVudHMuanMnO1xuaW1wb3J0IHR5cGUgeyBDb21waWxlZEVudHJ5IH0gZnJvbSAnLi9jYWNoZS5qcyc7XG5cbi8qKiBWYXJpYWJsZXMgb2YgYSBwcm9tcHQgd2hvc2UgdHlwZSBpcyBub3Qga25vd24gKG5vdCBpbiB7QGxpbmsgUHJvbXB0UmVnaXN0cnl9KS4gKi9cbmV4cG9ydCB0eXBlIFByb21wdFZhcmlhYmxlcyA9IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuXG4vKipcbiAqIFJlZ2lzdHJ5IG9mIGtub3duIHByb21wdHM6IGBwcm9tcHRvcHMgdHlwZWdlbmAgYXVnbWVudHMgaXQgc28gdGhhdCBgZ2V0UHJvbXB0KCdzdXBwb3J0L2dyZWV0aW5nJylgXG4gKiBhdXRvY29tcGxldGVzIG5hbWVzIGFuZCB0eXBlcyBgcmVuZGVyKClgJ3MgYXJndW1lbnQuIEVhY2ggZW50cnkgbWFwcyBhIG5hbWUgdG8gaXRzIHZhcmlhYmxlcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGRlY2xhcmUgbW9kdWxlICdwcm9tcHRvcHMnIHtcbiAqICAgaW50ZXJmYWNlIFByb21wdFJlZ2lzdHJ5IHtcbiAqICAgICAnc3VwcG9ydC9ncmVldGluZyc6IHsgY29tcGFueTogc3RyaW5nOyBjdXN0b21lcjogc3RyaW5nOyB0b25lPzogJ2Zvcm1hbCcgfCAnZnJpZW5kbHknIHwgbnVsbCB9O1xuICogICB9XG4gKiB9XG4gKiBgYGBcbiAqL1xuLy8gYmlvbWUtaWdub3JlIGxpbnQvc3VzcGljaW91cy9ub0VtcHR5SW50ZXJmYWNlOiBhdWdtZW50ZWQgYnkgYHByb21wdG9wcyB0eXBlZ2VuYCBkZWNsYXJhdGlvbnMuXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdFJlZ2lzdHJ5IHt9XG5cbi8qKiBOYW1lcyByZWdpc3RlcmVkIGluIHtAbGluayBQcm9tcHRSZWdpc3RyeX0uICovXG5leHBvcnQgdHlwZSBSZWdpc3RlcmVkUHJvbXB0TmFtZSA9IEV4dHJhY3Q8a2V5b2YgUHJvbXB0UmVnaXN0cnksIHN0cmluZz47XG5cbi8qKiBBIHByb21wdCBzcGVjOiBhIHJlZ2lzdGVyZWQgbmFtZSAoYXV0b2NvbXBsZXRlZCksIGBuYW1lQHNlbGVjdG9yYCwgb3IgYW55IHN0cmluZy4gKi9cbmV4cG9ydCB0eXBlIFByb21wdFNwZWNTdHJpbmcgPSBSZWdpc3RlcmVkUHJvbXB0TmFtZSB8IGAke1JlZ2lzdGVyZWRQcm9tcHROYW1lfUAke3N0cmluZ31gIHwgKHN0cmluZyAmIHt9KTtcblxuLyoqIFRoZSB2YXJpYWJsZXMgdHlwZSBvZiBhIHNwZWM6IHRoZSByZWdpc3RyeSBlbnRyeSBvZiBpdHMgbmFtZSwgZWxzZSB7QGxpbmsgUHJvbXB0VmFyaWFibGVzfS4gKi9cbmV4cG9ydCB0eXBlIFZhcmlhYmxlc09mPFMgZXh0ZW5kcyBzdHJpbmc+ID0gKFMgZXh0ZW5kcyBgJHtpbmZlciBOfUAke3N0cmluZ31gID8gTiA6IFMpIGV4dGVuZHMgaW5mZXIgTlxuICA/IE4gZXh0ZW5kcyBSZWdpc3RlcmVkUHJvbXB0TmFtZVxuICAgID8gUHJvbXB0UmVnaXN0cnlbTl0gZXh0ZW5kcyBvYmplY3RcbiAgICAgID8gUHJvbXB0UmVnaXN0cnlbTl1cbiAgICAgIDogUHJvbXB0VmFyaWFibGVzXG4gICAgOiBQcm9tcHRWYXJpYWJsZXNcbiAgOiBQcm9tcHRWYXJpYWJsZXM7XG5cbi8qKiBNZXNzYWdlcyBwYXNzZWQgZm9yIHRoZSBwbGFjZWhvbGRlcnMgb2YgYSBjaGF0IHByb21wdCwgYnkgcGxhY2Vob2xkZXIgbmFtZS4gKi9cbmV4cG9ydCB0eXBlIFBsYWNlaG9sZGVycyA9IFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+O1xuXG4vKiogQXJndW1lbnRzIG9mIGByZW5kZXJgOiBgdmFyc2AgaXMgb3B0aW9uYWwgd2hlbiBldmVyeSB2YXJpYWJsZSBpcy4gKi9cbmV4cG9ydCB0eXBlIFJlbmRlckFyZ3M8Vj4gPVxuICBQYXJ0aWFsPFY+IGV4dGVuZHMgViA/IFt2YXJzPzogViwgb3B0aW9ucz86IFJlbmRlck9wdGlvbnNdIDogW3ZhcnM6IFYsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zXTtcblxuLyoqIEFyZ3VtZW50cyBvZiBgcmVuZGVyTWVzc2FnZXNgOiBgdmFyc2AgaXMgb3B0aW9uYWwgd2hlbiBldmVyeSB2YXJpYWJsZSBpcy4gKi9cbmV4cG9ydCB0eXBlIFJlbmRlck1lc3NhZ2VzQXJnczxWPiA9XG4gIFBhcnRpYWw8Vj4gZXh0ZW5kcyBWXG4gICAgPyBbdmFycz86IFYsIHBsYWNlaG9sZGVycz86IFBsYWNlaG9sZGVycywgb3B0aW9ucz86IFJlbmRlck9wdGlvbnNdXG4gICAgOiBbdmFyczogViwgcGxhY2Vob2xkZXJzPzogUGxhY2Vob2xkZXJzLCBvcHRpb25zPzogUmVuZGVyT3B0aW9uc107XG5cbi8qKlxuICogT25lIHZlcnNpb24gb2YgYSBwcm9tcHQsIHJlYWR5IHRvIHJlbmRlci4gUmV0dXJuZWQgYnkgYGdldFByb21wdGA7IGNoZWFwIHRvIGNyZWF0ZSwgc2FmZSB0byBrZWVwLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcCA9IGF3YWl0IHByb21wdHMuZ2V0UHJvbXB0KCdzdXBwb3J0L2dyZWV0aW5nJyk7XG4gKiBwLnZlcnNpb247IC8vICcxLjIuMydcbiAqIHAuc291cmNlOyAgLy8gJ3N0b3JlJyB8ICdjYWNoZScgfCAnc3RhbGUnIHwgJ3NuYXBzaG90JyB8ICdmYWxsYmFjaydcbiAqIGNvbnN0IHRleHQgPSBwLnJlbmRlcih7IGNvbXBhbnk6ICdBY21lJywgY3VzdG9tZXI6ICdBZGEnIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0PFYgZXh0ZW5kcyBvYmplY3QgPSBQcm9tcHRWYXJpYWJsZXM+IHtcbiAgLyoqIFRoZSBwcm9tcHQgbmFtZSwgZS5nLiBgJ3N1cHBvcnQvZ3JlZXRpbmcnYC4gKi9cbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICAvKiogVGhlIGV4YWN0IHZlcnNpb24gc2VydmVkLCBlLmcuIGAnMS4yLjMnYCAoYCcwLjAuMCdgIGZvciBhIHRlbXBsYXRlLXN0cmluZyBmYWxsYmFjaykuICovXG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgLyoqIGAnc2hhMjU2LTxoZXg+J2Agb2YgdGhlIGNvbnRlbnQuICovXG4gIHJlYWRvbmx5IGhhc2g6IHN0cmluZztcbiAgLyoqIExhYmVscyB0aGUgdmVyc2lvbiBjYXJyaWVkIHdoZW4gaXQgd2FzIGxvYWRlZC4gKi9cbiAgcmVhZG9ubHkgbGFiZWxzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIGAndGV4dCdgICh1c2UgYHJlbmRlcmApIG9yIGAnY2hhdCdgICh1c2UgYHJlbmRlck1lc3NhZ2VzYCkuICovXG4gIHJlYWRvbmx5IHR5cGU6ICd0ZXh0JyB8ICdjaGF0JztcbiAgLyoqIFRoZSBtb2RlbCBjb25maWd1cmF0aW9uIG9mIHRoZSByZWNvcmQsIGZyZWUtZm9ybS4gKi9cbiAgcmVhZG9ubHkgbW9kZWw6IHVua25vd247XG4gIC8qKiBEZXNjcmlwdGlvbiwgb3duZXIsIHRhZ3NcdTIwMjYgb2YgdGhlIHJlY29yZC4gKi9cbiAgcmVhZG9ubHkgbWV0YWRhdGE6IFByb21wdE1ldGFkYXRhIHwgdW5kZWZpbmVkO1xuICAvKiogV2hhdCBzZXJ2ZWQgdGhpcyBjYWxsOiB0aGUgc3RvcmUsIHRoZSBjYWNoZSwgYSBzdGFsZSBjYWNoZSBlbnRyeSwgdGhlIHNuYXBzaG90IG9yIHRoZSBmYWxsYmFjay4gKi9cbiAgcmVhZG9ubHkgc291cmNlOiBQcm9tcHRTb3VyY2U7XG4gIC8qKiBJbnB1dCB2YXJpYWJsZSBuYW1lcyAoZGVjbGFyZWQsIG9yIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlKS4gKi9cbiAgcmVhZG9ubHkgdmFyaWFibGVzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIFRoZSBleHBlcmltZW50IHZhcmlhbnQsIHdoZW4gYW4gZXhwZXJpbWVudCBwaWNrZWQgdGhpcyB2ZXJzaW9uLiAqL1xuICByZWFkb25seSB2YXJpYW50Pzogc3RyaW5nO1xuICAvKiogVGhlIHNlbGVjdG9yIHRoYXQgd2FzIHJlc29sdmVkIChhZnRlciBsb2NrZmlsZSBhbmQgcGlucyksIGUuZy4gYCdeMS4yLjAnYC4gKi9cbiAgcmVhZG9ubHkgc2VsZWN0b3I6IHN0cmluZztcbiAgLyoqXG4gICAqIFJlbmRlciBhIHRleHQgcHJvbXB0OiBkZWZhdWx0cyArIGB2YXJzYCwgdmFsaWRhdGVkIGFnYWluc3QgdGhlIGlucHV0IHNjaGVtYSB3aGVuIHN0cmljdCAob25lXG4gICAqIGBQcm9tcHRJbnB1dEVycm9yYCBsaXN0aW5nIGV2ZXJ5IHByb2JsZW0pLiBTeW5jOyBlbWl0cyBhIGByZW5kZXJgIGV2ZW50LlxuICAgKi9cbiAgcmVuZGVyKC4uLmFyZ3M6IFJlbmRlckFyZ3M8Vj4pOiBzdHJpbmc7XG4gIC8qKiBSZW5kZXIgYSBjaGF0IHByb21wdCB0byBgeyByb2xlLCBjb250ZW50IH1gIG1lc3NhZ2VzOyBwbGFjZWhvbGRlcnMgdGFrZSB0aGUgbWVzc2FnZXMgcGFzc2VkIGZvciB0aGVtLiAqL1xuICByZW5kZXJNZXNzYWdlcyguLi5hcmdzOiBSZW5kZXJNZXNzYWdlc0FyZ3M8Vj4pOiBDaGF0TWVzc2FnZVtdO1xuICAvKiogVGhlIHJlY29yZCAod2l0aCBpdHMgYGhhc2hgKSwgZm9yIGBKU09OLnN0cmluZ2lmeWAuICovXG4gIHRvSlNPTigpOiBQcm9tcHRSZWNvcmQ7XG59XG5cbi8qKiBXaGF0IGEge0BsaW5rIFByb21wdEhhbmRsZX0gbmVlZHMgZnJvbSBpdHMgY2xpZW50LiBJbnRlcm5hbC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0Q29udGV4dCB7XG4gIHJlYWRvbmx5IGVtaXR0ZXI6IFByb21wdEVtaXR0ZXI7XG4gIHJlYWRvbmx5IGluY2x1ZGVJbnB1dHM6IGJvb2xlYW47XG4gIC8qKiBNb25vdG9uaWMtaXNoIG1zLCBmb3IgZHVyYXRpb25zLiAqL1xuICByZWFkb25seSBlbGFwc2VkOiAoKSA9PiBudW1iZXI7XG59XG5cbi8qKiBUaGUge0BsaW5rIFByb21wdH0gaW1wbGVtZW50YXRpb24uIEludGVybmFsOiBidWlsZCBpdCB3aXRoIGBuZXcgUHJvbXB0SGFuZGxlKC4uLilgIGluIHRoZSBjbGllbnQuICovXG5leHBvcnQgY2xhc3MgUHJvbXB0SGFuZGxlPFYgZXh0ZW5kcyBvYmplY3QgPSBQcm9tcHRWYXJpYWJsZXM+IGltcGxlbWVudHMgUHJvbXB0PFY+IHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGhhc2g6IHN0cmluZztcbiAgcmVhZG9ubHkgbGFiZWxzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgdHlwZTogJ3RleHQnIHwgJ2NoYXQnO1xuICByZWFkb25seSBtb2RlbDogdW5rbm93bjtcbiAgcmVhZG9ubHkgbWV0YWRhdGE6IFByb21wdE1ldGFkYXRhIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBzb3VyY2U6IFByb21wdFNvdXJjZTtcbiAgcmVhZG9ubHkgdmFyaWFibGVzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgc2VsZWN0b3I6IHN0cmluZztcbiAgcmVhZG9ubHkgI2VudHJ5OiBDb21waWxlZEVudHJ5O1xuICByZWFkb25seSAjY29tcGlsZWQ6IENvbXBpbGVkUHJvbXB0O1xuICByZWFkb25seSAjZW1pdHRlcjogUHJvbXB0RW1pdHRlcjtcbiAgcmVhZG9ubHkgI2N0eDogUHJvbXB0Q29udGV4dDtcbiAgcmVhZG9ubHkgI29wdGlvbnM6IFJlbmRlck9wdGlvbnM7XG5cbiAgY29uc3RydWN0b3IoZW50cnk6IENvbXBpbGVkRW50cnksIHNvdXJjZTogUHJvbXB0U291cmNlLCBzZWxlY3Rvcjogc3RyaW5nLCBzdHJpY3Q6IGJvb2xlYW4sIGN0eDogUHJvbXB0Q29udGV4dCkge1xuICAgIGNvbnN0IHJlY29yZCA9IGVudHJ5LnJlY29yZDtcbiAgICB0aGlzLm5hbWUgPSByZWNvcmQubmFtZTtcbiAgICB0aGlzLnZlcnNpb24gPSByZWNvcmQudmVyc2lvbjtcbiAgICB0aGlzLmhhc2ggPSBlbnRyeS5oYXNoO1xuICAgIHRoaXMubGFiZWxzID0gcmVjb3JkLmxhYmVscyA/PyBbXTtcbiAgICB0aGlzLnR5cGUgPSByZWNvcmQudHlwZTtcbiAgICB0aGlzLm1vZGVsID0gcmVjb3JkLm1vZGVsO1xuICAgIHRoaXMubWV0YWRhdGEgPSByZWNvcmQubWV0YWRhdGE7XG4gICAgdGhpcy5zb3VyY2UgPSBzb3VyY2U7XG4gICAgdGhpcy52YXJpYWJsZXMgPSBlbnRyeS5jb21waWxlZC52YXJpYWJsZXM7XG4gICAgdGhpcy5zZWxlY3RvciA9IHNlbGVjdG9yO1xuICAgIHRoaXMuI2VudHJ5ID0gZW50cnk7XG4gICAgdGhpcy4jY29tcGlsZWQgPSBlbnRyeS5jb21waWxlZDtcbiAgICB0aGlzLiNlbWl0dGVyID0gY3R4LmVtaXR0ZXI7XG4gICAgdGhpcy4jY3R4ID0gY3R4O1xuICAgIHRoaXMuI29wdGlvbnMgPSB7IHN0cmljdCB9O1xuICB9XG5cbiAgcmVuZGVyKHZhcnM/OiBWLCBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyk6IHN0cmluZztcbiAgcmVuZGVyKGlucHV0Pzogb2JqZWN0LCBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgY29uc3QgdmFycyA9IGlucHV0IGFzIFByb21wdFZhcmlhYmxlcyB8IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZW5kZXJPcHRpb25zID0gb3B0aW9ucz8uc3RyaWN0ID09PSB1bmRlZmluZWQgPyB0aGlzLiNvcHRpb25zIDogb3B0aW9ucztcbiAgICBpZiAoIXRoaXMuI2VtaXR0ZXIuYWN0aXZlKSByZXR1cm4gdGhpcy4jY29tcGlsZWQucmVuZGVyKHZhcnMsIHJlbmRlck9wdGlvbnMpO1xuICAgIHJldHVybiB0aGlzLiNvYnNlcnZlKFxuICAgICAgdmFycyxcbiAgICAgICgpID0+IHRoaXMuI2NvbXBpbGVkLnJlbmRlcih2YXJzLCByZW5kZXJPcHRpb25zKSxcbiAgICAgICh0ZXh0KSA9PiB0ZXh0Lmxlbmd0aCxcbiAgICApO1xuICB9XG5cbiAgcmVuZGVyTWVzc2FnZXModmFycz86IFYsIHBsYWNlaG9sZGVycz86IFBsYWNlaG9sZGVycywgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMpOiBDaGF0TWVzc2FnZVtdO1xuICByZW5kZXJNZXNzYWdlcyhpbnB1dD86IG9iamVjdCwgcGxhY2Vob2xkZXJzPzogUGxhY2Vob2xkZXJzLCBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyk6IENoYXRNZXNzYWdlW10ge1xuICAgIGNvbnN0IHZhcnMgPSBpbnB1dCBhcyBQcm9tcHRWYXJpYWJsZXMgfCB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVuZGVyT3B0aW9ucyA9IG9wdGlvbnM/LnN0cmljdCA9PT0gdW5kZWZpbmVkID8gdGhpcy4jb3B0aW9ucyA6IG9wdGlvbnM7XG4gICAgaWYgKCF0aGlzLiNlbWl0dGVyLmFjdGl2ZSkgcmV0dXJuIHRoaXMuI2NvbXBpbGVkLnJlbmRlck1lc3NhZ2VzKHZhcnMsIHBsYWNlaG9sZGVycywgcmVuZGVyT3B0aW9ucyk7XG4gICAgcmV0dXJuIHRoaXMuI29ic2VydmUoXG4gICAgICB2YXJzLFxuICAgICAgKCkgPT4gdGhpcy4jY29tcGlsZWQucmVuZGVyTWVzc2FnZXModmFycywgcGxhY2Vob2xkZXJzLCByZW5kZXJPcHRpb25zKSxcbiAgICAgIChtZXNzYWdlcykgPT4gbWVzc2FnZXMucmVkdWNlKChzdW0sIG0pID0+IHN1bSArIG0uY29udGVudC5sZW5ndGgsIDApLFxuICAgICk7XG4gIH1cblxuICB0b0pTT04oKTogUHJvbXB0UmVjb3JkIHtcbiAgICBjb25zdCByZWNvcmQgPSB0aGlzLiNlbnRyeS5yZWNvcmQ7XG4gICAgcmV0dXJuIHJlY29yZC5oYXNoID09PSB0aGlzLmhhc2ggPyB7IC4uLnJlY29yZCB9IDogeyAuLi5yZWNvcmQsIGhhc2g6IHRoaXMuaGFzaCB9O1xuICB9XG5cbiAgI29ic2VydmU8VD4odmFyczogUHJvbXB0VmFyaWFibGVzIHwgdW5kZWZpbmVkLCBydW46ICgpID0+IFQsIGNoYXJzOiAob3V0OiBUKSA9PiBudW1iZXIpOiBUIHtcbiAgICBjb25zdCB7IGVtaXR0ZXIsIGVsYXBzZWQsIGluY2x1ZGVJbnB1dHMgfSA9IHRoaXMuI2N0eDtcbiAgICBjb25zdCBzdGFydGVkID0gZWxhcHNlZCgpO1xuICAgIGxldCBvdXQ6IFQ7XG4gICAgdHJ5IHtcbiAgICAgIG91dCA9IHJ1bigpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZW1pdHRlci53YW50cygnZXJyb3InKSkge1xuICAgICAgICBlbWl0dGVyLmVtaXQoeyB0eXBlOiAnZXJyb3InLCBuYW1lOiB0aGlzLm5hbWUsIHNlbGVjdG9yOiB0aGlzLnNlbGVjdG9yLCBlcnJvcjogYXNFcnJvcihlcnJvcikgfSk7XG4gICAgICB9XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgaWYgKGVtaXR0ZXIud2FudHMoJ3JlbmRlcicpKSB7XG4gICAgICBjb25zdCBldmVudDogUmVuZGVyRXZlbnQgPSB7XG4gICAgICAgIHR5cGU6ICdyZW5kZXInLFxuICAgICAgICBuYW1lOiB0aGlzLm5hbWUsXG4gICAgICAgIHZlcnNpb246IHRoaXMudmVyc2lvbixcbiAgICAgICAgaGFzaDogdGhpcy5oYXNoLFxuICAgICAgICBkdXJhdGlvbk1zOiBlbGFwc2VkKCkgLSBzdGFydGVkLFxuICAgICAgICBjaGFyczogY2hhcnMob3V0KSxcbiAgICAgICAgaW5wdXRLZXlzOiB2YXJzID09PSB1bmRlZmluZWQgfHwgdmFycyA9PT0gbnVsbCA/IFtdIDogT2JqZWN0LmtleXModmFycyksXG4gICAgICB9O1xuICAgICAgaWYgKGluY2x1ZGVJbnB1dHMgJiYgdmFycyAhPT0gdW5kZWZpbmVkKSBldmVudC5pbnB1dHMgPSB7IC4uLnZhcnMgfTtcbiAgICAgIGVtaXR0ZXIuZW1pdChldmVudCk7XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cbn1cblxuLyoqIGBlcnJvcmAgYXMgYW4gYEVycm9yYCAod3JhcHBpbmcgYW55dGhpbmcgZWxzZSB0aHJvd24pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzRXJyb3IoZXJyb3I6IHVua25vd24pOiBFcnJvciB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IgOiBuZXcgRXJyb3IoU3RyaW5nKGVycm9yKSk7XG59XG4iLCAiLyoqXG4gKiBTbmFwc2hvdHM6IHRoZSBsYXN0IGtub3duIGdvb2QgcmVjb3JkcywgcGVyc2lzdGVkIHNvIHRoYXQgYSBjb2xkIHN0YXJ0IGNhbiBzZXJ2ZSBwcm9tcHRzIHdoaWxlXG4gKiB0aGUgc3RvcmUgY2Fubm90IGJlIHJlYWNoZWQuIEFueSBgeyByZWFkLCB3cml0ZSB9YCBwYWlyIGlzIGEgc25hcHNob3QgYWRhcHRlcjsgYHByb21wdG9wc2Agc2hpcHNcbiAqIHtAbGluayBtZW1vcnlTbmFwc2hvdH0sIGFuZCB0aGUgTm9kZSBlbnRyeSBhIGZpbGUgc25hcHNob3QgKGBzbmFwc2hvdDogeyBwYXRoIH1gKS5cbiAqXG4gKiBXcml0ZXMgYXJlIGJhdGNoZWQ6IGxvYWRzIGZyb20gdGhlIHN0b3JlIGFyZSBub3RlZCwgYW5kIG9uZSB3cml0ZSBoYXBwZW5zIGB3cml0ZURlbGF5TXNgIGFmdGVyXG4gKiB0aGUgZmlyc3QgdW5zYXZlZCBub3RlIChvciBhdCBgY2xvc2UoKWApLiBFYWNoIHdyaXRlIG1lcmdlcyB3aXRoIHdoYXQgdGhlIGFkYXB0ZXIgaGVsZCBiZWZvcmUsIHNvXG4gKiBlbnRyaWVzIG9mIGVhcmxpZXIgcnVucyBzdXJ2aXZlOyBhIHJlY29yZCBubyBzZWxlY3RvciBwb2ludHMgYXQgYW55IG1vcmUgaXMgZHJvcHBlZC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgaXNFeGFjdFNlbGVjdG9yLCByZXNvbHZlU2VsZWN0b3IgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5pbXBvcnQgeyBvd25WYWx1ZSB9IGZyb20gJy4vbG9ja2ZpbGUuanMnO1xuaW1wb3J0IHsgdmFsaWRhdGVPclRocm93IH0gZnJvbSAnLi92YWxpZGF0ZS5qcyc7XG5cbi8qKiBXaGF0IGEgc25hcHNob3QgaG9sZHMuIFBsYWluIEpTT04uICovXG5leHBvcnQgaW50ZXJmYWNlIFNuYXBzaG90RGF0YSB7XG4gIC8qKiBGb3JtYXQgdmVyc2lvbjsgYWx3YXlzIGAxYC4gKi9cbiAgc25hcHNob3RWZXJzaW9uOiAxO1xuICAvKiogSVNPIHRpbWUgb2YgdGhlIGxhc3Qgd3JpdGUuICovXG4gIHNhdmVkQXQ6IHN0cmluZztcbiAgLyoqIGBuYW1lQHNlbGVjdG9yYCBcdTIxOTIgdGhlIHZlcnNpb24gKGFuZCBoYXNoKSBpdCByZXNvbHZlZCB0byB3aGVuIGxhc3QgbG9hZGVkIGZyb20gdGhlIHN0b3JlLiAqL1xuICBzZWxlY3RvcnM6IFJlY29yZDxzdHJpbmcsIHsgdmVyc2lvbjogc3RyaW5nOyBoYXNoOiBzdHJpbmcgfT47XG4gIC8qKiBgbmFtZUB2ZXJzaW9uYCBcdTIxOTIgdGhlIHJlY29yZCAod2l0aCBpdHMgYGhhc2hgKS4gKi9cbiAgcmVjb3JkczogUmVjb3JkPHN0cmluZywgUHJvbXB0UmVjb3JkPjtcbn1cblxuLyoqXG4gKiBXaGVyZSBzbmFwc2hvdHMgbGl2ZS4gYHJlYWRgIHJlc29sdmVzIHRvIGB1bmRlZmluZWRgIHdoZW4gdGhlcmUgaXMgbm9uZSB5ZXQ7IGEgcmVqZWN0aW9uIGlzXG4gKiByZXBvcnRlZCBhcyBhbiBgZXJyb3JgIGV2ZW50IGFuZCB0aGUgc25hcHNob3QgaXMgdGhlbiB0cmVhdGVkIGFzIGVtcHR5LlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc25hcHNob3Q6IFNuYXBzaG90QWRhcHRlciA9IHtcbiAqICAgcmVhZDogYXN5bmMgKCkgPT4gSlNPTi5wYXJzZSgoYXdhaXQga3YuZ2V0KCdwcm9tcHRvcHMtc25hcHNob3QnKSkgPz8gJ251bGwnKSA/PyB1bmRlZmluZWQsXG4gKiAgIHdyaXRlOiAoZGF0YSkgPT4ga3YucHV0KCdwcm9tcHRvcHMtc25hcHNob3QnLCBKU09OLnN0cmluZ2lmeShkYXRhKSksXG4gKiB9O1xuICogYGBgXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU25hcHNob3RBZGFwdGVyIHtcbiAgLyoqIExvYWQgdGhlIHNhdmVkIHNuYXBzaG90LCBvciBgdW5kZWZpbmVkYCB3aGVuIHRoZXJlIGlzIG5vbmUuICovXG4gIHJlYWQoKTogUHJvbWlzZTxTbmFwc2hvdERhdGEgfCB1bmRlZmluZWQ+O1xuICAvKiogUmVwbGFjZSB0aGUgc2F2ZWQgc25hcHNob3QuICovXG4gIHdyaXRlKGRhdGE6IFNuYXBzaG90RGF0YSk6IFByb21pc2U8dm9pZD47XG4gIC8qKlxuICAgKiBEZWxheSBiZXR3ZWVuIHRoZSBmaXJzdCB1bnNhdmVkIGxvYWQgYW5kIHRoZSB3cml0ZSB0aGF0IHNhdmVzIGl0IChsYXRlciBsb2FkcyB3aXRoaW4gdGhlIGRlbGF5XG4gICAqIGpvaW4gdGhlIHNhbWUgd3JpdGUpLlxuICAgKiBAZGVmYXVsdCAxMDAwXG4gICAqL1xuICB3cml0ZURlbGF5TXM/OiBudW1iZXI7XG59XG5cbmNvbnN0IHNuYXBzaG90U2NoZW1hID0gei5vYmplY3Qoe1xuICBzbmFwc2hvdFZlcnNpb246IHoubGl0ZXJhbCgxLCB7IGVycm9yOiAnbXVzdCBiZSAxJyB9KSxcbiAgc2F2ZWRBdDogei5zdHJpbmcoKSxcbiAgc2VsZWN0b3JzOiB6LnJlY29yZCh6LnN0cmluZygpLCB6Lm9iamVjdCh7IHZlcnNpb246IHouc3RyaW5nKCksIGhhc2g6IHouc3RyaW5nKCkgfSkpLFxuICByZWNvcmRzOiB6LnJlY29yZChcbiAgICB6LnN0cmluZygpLFxuICAgIHouY3VzdG9tPFByb21wdFJlY29yZD4oKHYpID0+IHR5cGVvZiB2ID09PSAnb2JqZWN0JyAmJiB2ICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHYpKSxcbiAgKSxcbn0pO1xuXG4vKipcbiAqIFZhbGlkYXRlIHBhcnNlZCBKU09OIGFzIHtAbGluayBTbmFwc2hvdERhdGF9IChyZWNvcmRzIHRoZW1zZWx2ZXMgYXJlIGNoZWNrZWQgd2hlbiB1c2VkKS5cbiAqIEB0aHJvd3MgYENvbmZpZ0Vycm9yYCBuYW1pbmcgYHdoZXJlYCBhbmQgdGhlIGZpZWxkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VTbmFwc2hvdCh2YWx1ZTogdW5rbm93biwgd2hlcmU/OiBzdHJpbmcpOiBTbmFwc2hvdERhdGEge1xuICByZXR1cm4gdmFsaWRhdGVPclRocm93KHNuYXBzaG90U2NoZW1hLCB2YWx1ZSwge1xuICAgIHJvb3Q6IHdoZXJlID09PSB1bmRlZmluZWQgPyAnc25hcHNob3QnIDogJycsXG4gICAgLi4uKHdoZXJlID09PSB1bmRlZmluZWQgPyB7fSA6IHsgZmlsZTogd2hlcmUgfSksXG4gICAgaGludHM6IHsgJyc6ICdkZWxldGUgdGhlIHNuYXBzaG90IGZpbGU7IGl0IGlzIHJld3JpdHRlbiBhZnRlciB0aGUgbmV4dCBzdWNjZXNzZnVsIGxvYWQnIH0sXG4gIH0pIGFzIFNuYXBzaG90RGF0YTtcbn1cblxuLyoqIEEgc25hcHNob3QgYWRhcHRlciBrZXB0IGluIG1lbW9yeSAodGVzdHMsIG9yIHRvIGhhbmQgYSBzbmFwc2hvdCBiZXR3ZWVuIGNsaWVudHMpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBNZW1vcnlTbmFwc2hvdCBleHRlbmRzIFNuYXBzaG90QWRhcHRlciB7XG4gIC8qKiBUaGUgbGFzdCBkYXRhIHdyaXR0ZW4gKG9yIGdpdmVuKSwgaWYgYW55LiAqL1xuICBkYXRhOiBTbmFwc2hvdERhdGEgfCB1bmRlZmluZWQ7XG4gIC8qKiBIb3cgbWFueSB0aW1lcyBgd3JpdGVgIHdhcyBjYWxsZWQuICovXG4gIHdyaXRlczogbnVtYmVyO1xufVxuXG4vKipcbiAqIEEge0BsaW5rIFNuYXBzaG90QWRhcHRlcn0gaGVsZCBpbiBtZW1vcnkuXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHNuYXBzaG90ID0gbWVtb3J5U25hcHNob3QoKTtcbiAqIGNvbnN0IGNsaWVudCA9IGNyZWF0ZVByb21wdENsaWVudCh7IHN0b3JlLCBzbmFwc2hvdCB9KTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gbWVtb3J5U25hcHNob3QoaW5pdGlhbD86IFNuYXBzaG90RGF0YSwgb3B0aW9uczogeyB3cml0ZURlbGF5TXM/OiBudW1iZXIgfSA9IHt9KTogTWVtb3J5U25hcHNob3Qge1xuICBjb25zdCBzbmFwOiBNZW1vcnlTbmFwc2hvdCA9IHtcbiAgICBkYXRhOiBpbml0aWFsLFxuICAgIHdyaXRlczogMCxcbiAgICBhc3luYyByZWFkKCkge1xuICAgICAgcmV0dXJuIHNuYXAuZGF0YSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogc3RydWN0dXJlZENsb25lKHNuYXAuZGF0YSk7XG4gICAgfSxcbiAgICBhc3luYyB3cml0ZShkYXRhKSB7XG4gICAgICBzbmFwLndyaXRlcysrO1xuICAgICAgc25hcC5kYXRhID0gc3RydWN0dXJlZENsb25lKGRhdGEpO1xuICAgIH0sXG4gIH07XG4gIGlmIChvcHRpb25zLndyaXRlRGVsYXlNcyAhPT0gdW5kZWZpbmVkKSBzbmFwLndyaXRlRGVsYXlNcyA9IG9wdGlvbnMud3JpdGVEZWxheU1zO1xuICByZXR1cm4gc25hcDtcbn1cblxuLyoqIFRpbWVyIGZ1bmN0aW9ucywgaW5qZWN0YWJsZSBmb3IgdGVzdHMuICovXG5leHBvcnQgaW50ZXJmYWNlIFNuYXBzaG90VGltZXJzIHtcbiAgc2V0VGltZW91dChjYWxsYmFjazogKCkgPT4gdm9pZCwgbXM6IG51bWJlcik6IHVua25vd247XG4gIGNsZWFyVGltZW91dChoYW5kbGU6IHVua25vd24pOiB2b2lkO1xufVxuXG4vKiogUmVzdWx0IG9mIHtAbGluayBTbmFwc2hvdEtlZXBlci5sb29rdXB9LiAqL1xuZXhwb3J0IHR5cGUgU25hcHNob3RMb29rdXAgPSB7IGZvdW5kOiB0cnVlOyByZWNvcmQ6IFByb21wdFJlY29yZDsgaGFzaDogc3RyaW5nIH0gfCB7IGZvdW5kOiBmYWxzZTsgcmVhc29uOiBzdHJpbmcgfTtcblxuLyoqIEJhdGNoZXMgc25hcHNob3Qgd3JpdGVzIGFuZCBhbnN3ZXJzIGxvb2t1cHMuIEludGVybmFsIHRvIHRoZSBjbGllbnQuICovXG5leHBvcnQgY2xhc3MgU25hcHNob3RLZWVwZXIge1xuICByZWFkb25seSAjYWRhcHRlcjogU25hcHNob3RBZGFwdGVyO1xuICByZWFkb25seSAjdGltZXJzOiBTbmFwc2hvdFRpbWVycztcbiAgcmVhZG9ubHkgI2RlbGF5TXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgI29uRXJyb3I6IChlcnJvcjogdW5rbm93bikgPT4gdm9pZDtcbiAgI3NhdmVkOiBQcm9taXNlPFNuYXBzaG90RGF0YSB8IHVuZGVmaW5lZD4gfCB1bmRlZmluZWQ7XG4gICNyZWFkRXJyb3I6IHVua25vd247XG4gICNwZW5kaW5nU2VsZWN0b3JzID0gbmV3IE1hcDxzdHJpbmcsIHsgdmVyc2lvbjogc3RyaW5nOyBoYXNoOiBzdHJpbmcgfT4oKTtcbiAgI3BlbmRpbmdSZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIFByb21wdFJlY29yZD4oKTtcbiAgI3RpbWVyOiB1bmtub3duO1xuICAjd3JpdGluZzogUHJvbWlzZTx2b2lkPiA9IFByb21pc2UucmVzb2x2ZSgpO1xuXG4gIGNvbnN0cnVjdG9yKGFkYXB0ZXI6IFNuYXBzaG90QWRhcHRlciwgdGltZXJzOiBTbmFwc2hvdFRpbWVycywgb25FcnJvcjogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkKSB7XG4gICAgdGhpcy4jYWRhcHRlciA9IGFkYXB0ZXI7XG4gICAgdGhpcy4jdGltZXJzID0gdGltZXJzO1xuICAgIHRoaXMuI2RlbGF5TXMgPSBhZGFwdGVyLndyaXRlRGVsYXlNcyA/PyAxMDAwO1xuICAgIHRoaXMuI29uRXJyb3IgPSBvbkVycm9yO1xuICB9XG5cbiAgLyoqIFJlbWVtYmVyIHRoYXQgYG5hbWVAc2VsZWN0b3JgIHJlc29sdmVkIHRvIGByZWNvcmRgIChsb2FkZWQgZnJvbSB0aGUgc3RvcmUpLCBhbmQgc2NoZWR1bGUgYSB3cml0ZS4gKi9cbiAgbm90ZShuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcsIHJlY29yZDogUHJvbXB0UmVjb3JkLCBoYXNoOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCByZWNvcmRLZXkgPSBgJHtuYW1lfUAke3JlY29yZC52ZXJzaW9ufWA7XG4gICAgY29uc3QgcHJldmlvdXMgPSB0aGlzLiNwZW5kaW5nU2VsZWN0b3JzLmdldChgJHtuYW1lfUAke3NlbGVjdG9yfWApO1xuICAgIGlmIChwcmV2aW91cz8udmVyc2lvbiA9PT0gcmVjb3JkLnZlcnNpb24gJiYgcHJldmlvdXMuaGFzaCA9PT0gaGFzaCAmJiB0aGlzLiNwZW5kaW5nUmVjb3Jkcy5oYXMocmVjb3JkS2V5KSkgcmV0dXJuO1xuICAgIHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuc2V0KGAke25hbWV9QCR7c2VsZWN0b3J9YCwgeyB2ZXJzaW9uOiByZWNvcmQudmVyc2lvbiwgaGFzaCB9KTtcbiAgICB0aGlzLiNwZW5kaW5nUmVjb3Jkcy5zZXQocmVjb3JkS2V5LCByZWNvcmQuaGFzaCA9PT0gaGFzaCA/IHJlY29yZCA6IHsgLi4ucmVjb3JkLCBoYXNoIH0pO1xuICAgIGlmICh0aGlzLiN0aW1lciA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aGlzLiN0aW1lciA9IHRoaXMuI3RpbWVycy5zZXRUaW1lb3V0KCgpID0+IHtcbiAgICAgICAgdGhpcy4jdGltZXIgPSB1bmRlZmluZWQ7XG4gICAgICAgIHZvaWQgdGhpcy5mbHVzaCgpO1xuICAgICAgfSwgdGhpcy4jZGVsYXlNcyk7XG4gICAgICB1bnJlZih0aGlzLiN0aW1lcik7XG4gICAgfVxuICB9XG5cbiAgLyoqIEZpbmQgd2hhdCB0aGUgc25hcHNob3QgaG9sZHMgZm9yIGBuYW1lQHNlbGVjdG9yYCAobm90ZXMgbm90IHlldCB3cml0dGVuIGluY2x1ZGVkKS4gKi9cbiAgYXN5bmMgbG9va3VwKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyk6IFByb21pc2U8U25hcHNob3RMb29rdXA+IHtcbiAgICBjb25zdCBwZW5kaW5nID0gdGhpcy4jZmluZCh0aGlzLiNwZW5kaW5nU2VsZWN0b3JzLCB0aGlzLiNwZW5kaW5nUmVjb3JkcywgbmFtZSwgc2VsZWN0b3IpO1xuICAgIGlmIChwZW5kaW5nICE9PSB1bmRlZmluZWQpIHJldHVybiBwZW5kaW5nO1xuICAgIGNvbnN0IHNhdmVkID0gYXdhaXQgdGhpcy4jbG9hZCgpO1xuICAgIGlmIChzYXZlZCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBmb3VuZDogZmFsc2UsXG4gICAgICAgIHJlYXNvbjpcbiAgICAgICAgICB0aGlzLiNyZWFkRXJyb3IgPT09IHVuZGVmaW5lZFxuICAgICAgICAgICAgPyAndGhlIHNuYXBzaG90IGlzIGVtcHR5J1xuICAgICAgICAgICAgOiBgdGhlIHNuYXBzaG90IGNvdWxkIG5vdCBiZSByZWFkICgke2Vycm9yVGV4dCh0aGlzLiNyZWFkRXJyb3IpfSlgLFxuICAgICAgfTtcbiAgICB9XG4gICAgY29uc3QgZm91bmQgPSB0aGlzLiNmaW5kKFxuICAgICAgbmV3IE1hcChPYmplY3QuZW50cmllcyhzYXZlZC5zZWxlY3RvcnMpKSxcbiAgICAgIG5ldyBNYXAoT2JqZWN0LmVudHJpZXMoc2F2ZWQucmVjb3JkcykpLFxuICAgICAgbmFtZSxcbiAgICAgIHNlbGVjdG9yLFxuICAgICk7XG4gICAgcmV0dXJuIGZvdW5kID8/IHsgZm91bmQ6IGZhbHNlLCByZWFzb246IGB0aGUgc25hcHNob3QgaGFzIG5vIGVudHJ5IGZvciBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cImAgfTtcbiAgfVxuXG4gIC8qKiBXcml0ZSB0aGUgcGVuZGluZyBub3RlcyBub3cgKG1lcmdlZCB3aXRoIHRoZSBzYXZlZCBzbmFwc2hvdCkuIE5ldmVyIHJlamVjdHMuICovXG4gIGZsdXNoKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLiN0aW1lciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aGlzLiN0aW1lcnMuY2xlYXJUaW1lb3V0KHRoaXMuI3RpbWVyKTtcbiAgICAgIHRoaXMuI3RpbWVyID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICB0aGlzLiN3cml0aW5nID0gdGhpcy4jd3JpdGluZy50aGVuKCgpID0+IHRoaXMuI3dyaXRlKCkpO1xuICAgIHJldHVybiB0aGlzLiN3cml0aW5nO1xuICB9XG5cbiAgYXN5bmMgI3dyaXRlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLiNwZW5kaW5nU2VsZWN0b3JzLnNpemUgPT09IDApIHJldHVybjtcbiAgICBjb25zdCBzZWxlY3RvcnMgPSB0aGlzLiNwZW5kaW5nU2VsZWN0b3JzO1xuICAgIGNvbnN0IHJlY29yZHMgPSB0aGlzLiNwZW5kaW5nUmVjb3JkcztcbiAgICB0aGlzLiNwZW5kaW5nU2VsZWN0b3JzID0gbmV3IE1hcCgpO1xuICAgIHRoaXMuI3BlbmRpbmdSZWNvcmRzID0gbmV3IE1hcCgpO1xuICAgIGNvbnN0IHNhdmVkID0gYXdhaXQgdGhpcy4jbG9hZCgpO1xuICAgIGNvbnN0IG1lcmdlZDogU25hcHNob3REYXRhID0ge1xuICAgICAgc25hcHNob3RWZXJzaW9uOiAxLFxuICAgICAgc2F2ZWRBdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgc2VsZWN0b3JzOiB7IC4uLnNhdmVkPy5zZWxlY3RvcnMsIC4uLk9iamVjdC5mcm9tRW50cmllcyhzZWxlY3RvcnMpIH0sXG4gICAgICByZWNvcmRzOiB7fSxcbiAgICB9O1xuICAgIGZvciAoY29uc3QgW2tleSwgeyB2ZXJzaW9uIH1dIG9mIE9iamVjdC5lbnRyaWVzKG1lcmdlZC5zZWxlY3RvcnMpKSB7XG4gICAgICBjb25zdCByZWNvcmRLZXkgPSBgJHtrZXkuc2xpY2UoMCwga2V5LmluZGV4T2YoJ0AnKSl9QCR7dmVyc2lvbn1gO1xuICAgICAgY29uc3QgcmVjb3JkID0gcmVjb3Jkcy5nZXQocmVjb3JkS2V5KSA/PyAoc2F2ZWQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IG93blZhbHVlKHNhdmVkLnJlY29yZHMsIHJlY29yZEtleSkpO1xuICAgICAgaWYgKHJlY29yZCA9PT0gdW5kZWZpbmVkKSBkZWxldGUgbWVyZ2VkLnNlbGVjdG9yc1trZXldO1xuICAgICAgZWxzZSBtZXJnZWQucmVjb3Jkc1tyZWNvcmRLZXldID0gcmVjb3JkO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgYXdhaXQgdGhpcy4jYWRhcHRlci53cml0ZShtZXJnZWQpO1xuICAgICAgdGhpcy4jc2F2ZWQgPSBQcm9taXNlLnJlc29sdmUobWVyZ2VkKTtcbiAgICAgIHRoaXMuI3JlYWRFcnJvciA9IHVuZGVmaW5lZDtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgLy8gS2VlcCB0aGUgbm90ZXMgZm9yIHRoZSBuZXh0IHdyaXRlLlxuICAgICAgZm9yIChjb25zdCBbaywgdl0gb2Ygc2VsZWN0b3JzKSBpZiAoIXRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuaGFzKGspKSB0aGlzLiNwZW5kaW5nU2VsZWN0b3JzLnNldChrLCB2KTtcbiAgICAgIGZvciAoY29uc3QgW2ssIHZdIG9mIHJlY29yZHMpIGlmICghdGhpcy4jcGVuZGluZ1JlY29yZHMuaGFzKGspKSB0aGlzLiNwZW5kaW5nUmVjb3Jkcy5zZXQoaywgdik7XG4gICAgICB0aGlzLiNvbkVycm9yKGVycm9yKTtcbiAgICB9XG4gIH1cblxuICAjbG9hZCgpOiBQcm9taXNlPFNuYXBzaG90RGF0YSB8IHVuZGVmaW5lZD4ge1xuICAgIGlmICh0aGlzLiNzYXZlZCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aGlzLiNzYXZlZCA9IChhc3luYyAoKSA9PiB7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgY29uc3QgZGF0YSA9IGF3YWl0IHRoaXMuI2FkYXB0ZXIucmVhZCgpO1xuICAgICAgICAgIHJldHVybiBkYXRhID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXJzZVNuYXBzaG90KGRhdGEpO1xuICAgICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICAgIHRoaXMuI3JlYWRFcnJvciA9IGVycm9yO1xuICAgICAgICAgIHRoaXMuI29uRXJyb3IoZXJyb3IpO1xuICAgICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIH1cbiAgICAgIH0pKCk7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLiNzYXZlZDtcbiAgfVxuXG4gICNmaW5kKFxuICAgIHNlbGVjdG9yczogUmVhZG9ubHlNYXA8c3RyaW5nLCB7IHZlcnNpb246IHN0cmluZzsgaGFzaDogc3RyaW5nIH0+LFxuICAgIHJlY29yZHM6IFJlYWRvbmx5TWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPixcbiAgICBuYW1lOiBzdHJpbmcsXG4gICAgc2VsZWN0b3I6IHN0cmluZyxcbiAgKTogU25hcHNob3RMb29rdXAgfCB1bmRlZmluZWQge1xuICAgIGxldCB2ZXJzaW9uID0gc2VsZWN0b3JzLmdldChgJHtuYW1lfUAke3NlbGVjdG9yfWApPy52ZXJzaW9uO1xuICAgIGlmICh2ZXJzaW9uID09PSB1bmRlZmluZWQgJiYgIWlzRXhhY3RTZWxlY3RvcihzZWxlY3RvcikpIHtcbiAgICAgIGNvbnN0IHZlcnNpb25zOiBBcnJheTxWZXJzaW9uSW5mbyAmIHsgcmVjb3JkOiBQcm9tcHRSZWNvcmQgfT4gPSBbXTtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgcmVjb3JkXSBvZiByZWNvcmRzKSB7XG4gICAgICAgIGlmIChrZXkuc3RhcnRzV2l0aChgJHtuYW1lfUBgKSAmJiBrZXkuaW5kZXhPZignQCcpID09PSBuYW1lLmxlbmd0aCkge1xuICAgICAgICAgIHZlcnNpb25zLnB1c2goeyB2ZXJzaW9uOiByZWNvcmQudmVyc2lvbiwgbGFiZWxzOiByZWNvcmQubGFiZWxzID8/IFtdLCByZWNvcmQgfSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIHZlcnNpb24gPSByZXNvbHZlU2VsZWN0b3IodmVyc2lvbnMsIHNlbGVjdG9yKT8udmVyc2lvbjtcbiAgICB9XG4gICAgY29uc3QgcmVjb3JkID0gcmVjb3Jkcy5nZXQoYCR7bmFtZX1AJHt2ZXJzaW9uID8/IHNlbGVjdG9yfWApO1xuICAgIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4geyBmb3VuZDogdHJ1ZSwgcmVjb3JkLCBoYXNoOiByZWNvcmQuaGFzaCA/PyAnJyB9O1xuICB9XG59XG5cbmZ1bmN0aW9uIHVucmVmKGhhbmRsZTogdW5rbm93bik6IHZvaWQge1xuICBjb25zdCBtYXliZSA9IGhhbmRsZSBhcyB7IHVucmVmPzogKCkgPT4gdm9pZCB9IHwgbnVsbDtcbiAgaWYgKHR5cGVvZiBtYXliZSA9PT0gJ29iamVjdCcgJiYgbWF5YmUgIT09IG51bGwgJiYgdHlwZW9mIG1heWJlLnVucmVmID09PSAnZnVuY3Rpb24nKSBtYXliZS51bnJlZigpO1xufVxuXG5mdW5jdGlvbiBlcnJvclRleHQoZXJyb3I6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGAke2Vycm9yLm5hbWV9OiAke2Vycm9yLm1lc3NhZ2V9YCA6IFN0cmluZyhlcnJvcik7XG59XG4iLCAiLyoqXG4gKiBgY3JlYXRlUHJvbXB0Q2xpZW50YDogcmVzb2x2ZXMgc3BlY3MgKGxvY2tmaWxlIFx1MjE5MiBwaW5zIFx1MjE5MiBkZWZhdWx0IHNlbGVjdG9yKSwgbG9hZHMgcmVjb3JkcyB0aHJvdWdoXG4gKiB0aGUgdHdvIGNhY2hlIHRpZXJzLCBjaGVja3MgaW50ZWdyaXR5LCBwcmVsb2FkcyBwYXJ0aWFscywgY29tcGlsZXMsIGFuZCByZXBvcnRzIHdoYXQgaXQgZGlkLlxuICogU2VlIERFU0lHTi5tZCBzZWN0aW9ucyA1LCA2IGFuZCA4LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBjb21waWxlUHJvbXB0LCBwYXJ0aWFsTmFtZXNPZiB9IGZyb20gJy4uL2VuZ2luZS9wcm9tcHQuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgcGFyc2VTcGVjLCBzZWxlY3RvcktpbmQgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IsIFByb21wdEZvcm1hdEVycm9yLCBQcm9tcHROb3RGb3VuZEVycm9yLCBTdG9yZUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUgfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgUHJvbXB0RW1pdHRlciB9IGZyb20gJy4uL3RlbGVtZXRyeS9lbWl0dGVyLmpzJztcbmltcG9ydCB0eXBlIHsgQ2FjaGVSZXN1bHQsIFByb21wdEV2ZW50TGlzdGVuZXIsIFByb21wdEV2ZW50VHlwZSwgUHJvbXB0U291cmNlIH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2V2ZW50cy5qcyc7XG5pbXBvcnQgeyB0eXBlIENvbXBpbGVkRW50cnksIGNhY2hlS2V5LCB0eXBlIEZsaWdodCwgUHJvbXB0Q2FjaGUsIHR5cGUgUmVzb2x1dGlvbiB9IGZyb20gJy4vY2FjaGUuanMnO1xuaW1wb3J0IHsgY29hcnNlQ2xvY2sgfSBmcm9tICcuL2Nsb2NrLmpzJztcbmltcG9ydCB7IGZhbGxiYWNrUmVjb3JkLCB0eXBlIFByb21wdEZhbGxiYWNrIH0gZnJvbSAnLi9mYWxsYmFjay5qcyc7XG5pbXBvcnQgeyBjaGVja0ludGVncml0eSwgZmV0Y2hSZWNvcmQsIGlzTm90Rm91bmQgfSBmcm9tICcuL2xvYWRlci5qcyc7XG5pbXBvcnQgeyBsb2NrZWRIYXNoLCBvd25WYWx1ZSB9IGZyb20gJy4vbG9ja2ZpbGUuanMnO1xuaW1wb3J0IHsgdHlwZSBQcm9tcHRDbGllbnRPcHRpb25zLCB0eXBlIFJlc29sdmVkQ2xpZW50T3B0aW9ucywgcmVzb2x2ZUNsaWVudE9wdGlvbnMgfSBmcm9tICcuL29wdGlvbnMuanMnO1xuaW1wb3J0IHtcbiAgYXNFcnJvcixcbiAgdHlwZSBQcm9tcHQsXG4gIHR5cGUgUHJvbXB0Q29udGV4dCxcbiAgUHJvbXB0SGFuZGxlLFxuICB0eXBlIFByb21wdFNwZWNTdHJpbmcsXG4gIHR5cGUgVmFyaWFibGVzT2YsXG59IGZyb20gJy4vcHJvbXB0LmpzJztcbmltcG9ydCB7IFNuYXBzaG90S2VlcGVyIH0gZnJvbSAnLi9zbmFwc2hvdC5qcyc7XG5cbi8qKiBPcHRpb25zIG9mIG9uZSBgZ2V0UHJvbXB0YCBjYWxsLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHZXRQcm9tcHRPcHRpb25zIHtcbiAgLyoqXG4gICAqIFVzZWQgb25seSB3aGVuIG5vdGhpbmcgZWxzZSBjYW4gYmUgaGFkICh0aGUgc3RvcmUgaXMgdW5yZWFjaGFibGUgb3IgZG9lcyBub3Qga25vdyB0aGUgbmFtZSwgYW5kXG4gICAqIHRoZXJlIGlzIG5vIHN0YWxlIGNvcHkgYW5kIG5vIHNuYXBzaG90IGVudHJ5KTogYSB0ZW1wbGF0ZSBzdHJpbmcgKGEgdGV4dCBwcm9tcHQgb2YgdmVyc2lvblxuICAgKiBgJzAuMC4wJ2ApIG9yIGEgcmVjb3JkIG9mIHRoZSBzYW1lIG5hbWUuIFRoZSBwcm9tcHQgdGhlbiBzYXlzIGBzb3VyY2U6ICdmYWxsYmFjaydgLiBOZXZlciB1c2VkXG4gICAqIGZvciBhbiBgSW50ZWdyaXR5RXJyb3JgIG9yIGEgbWFsZm9ybWVkIHJlY29yZC5cbiAgICogQGRlZmF1bHQgdW5kZWZpbmVkXG4gICAqL1xuICBmYWxsYmFjaz86IFByb21wdEZhbGxiYWNrO1xuICAvKipcbiAgICogT3ZlcnJpZGVzIHRoZSBjbGllbnQncyBgc3RyaWN0YCBmb3IgdGhpcyBwcm9tcHQgKGNvbXBpbGF0aW9uIGFuZCBldmVyeSByZW5kZXIpLlxuICAgKiBAZGVmYXVsdCB0aGUgY2xpZW50J3MgYHN0cmljdGBcbiAgICovXG4gIHN0cmljdD86IGJvb2xlYW47XG59XG5cbi8qKiBPbmUgc3BlYyB0aGF0IGBwcmVmZXRjaGAgY291bGQgbm90IGxvYWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFByZWZldGNoRmFpbHVyZSB7XG4gIHNwZWM6IHN0cmluZztcbiAgZXJyb3I6IEVycm9yO1xufVxuXG4vKiogV2hhdCBgcHJlZmV0Y2hgIGRpZC4gSXQgbmV2ZXIgcmVqZWN0czogZmFpbHVyZXMgYXJlIGxpc3RlZCAoYW5kIGVtaXR0ZWQgYXMgYGVycm9yYCBldmVudHMpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcmVmZXRjaFJlcG9ydCB7XG4gIC8qKiBTcGVjcyBsb2FkZWQgKG9yIGFscmVhZHkgY2FjaGVkKSwgd2l0aCB0aGUgdmVyc2lvbiBlYWNoIHJlc29sdmVkIHRvIGFuZCB3aGF0IHNlcnZlZCBpdC4gKi9cbiAgbG9hZGVkOiBBcnJheTx7IHNwZWM6IHN0cmluZzsgbmFtZTogc3RyaW5nOyB2ZXJzaW9uOiBzdHJpbmc7IHNvdXJjZTogUHJvbXB0U291cmNlIH0+O1xuICAvKiogU3BlY3MgdGhhdCBmYWlsZWQgKGBzcGVjOiAnKHN0b3JlLmxpc3QpJ2Agd2hlbiBsaXN0aW5nIHRoZSBuYW1lcyB0byB3YXJtIGZhaWxlZCkuICovXG4gIGZhaWxlZDogUHJlZmV0Y2hGYWlsdXJlW107XG59XG5cbi8qKiBUaGUgcHJvbXB0IGNsaWVudC4gU2VlIHtAbGluayBjcmVhdGVQcm9tcHRDbGllbnR9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRDbGllbnQge1xuICAvKiogVGhlIHN0b3JlIHByb21wdHMgY29tZSBmcm9tLiAqL1xuICByZWFkb25seSBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIC8qKlxuICAgKiBMb2FkIGEgcHJvbXB0OiBgJ25hbWUnYCAobG9ja2ZpbGUgXHUyMTkyIHBpbnMgXHUyMTkyIGBkZWZhdWx0U2VsZWN0b3JgKSBvciBgJ25hbWVAc2VsZWN0b3InYCAoZXhhY3RcbiAgICogdmVyc2lvbiwgc2VtdmVyIHJhbmdlLCBsYWJlbCBvciBgbGF0ZXN0YCkuXG4gICAqXG4gICAqIE9yZGVyIG9uIGEgbWlzczogY2FjaGUgXHUyMTkyIGluLWZsaWdodCBsb2FkIFx1MjE5MiBzdG9yZSBcdTIxOTIgc3RhbGUgY29weSBcdTIxOTIgc25hcHNob3QgXHUyMTkyIGZhbGxiYWNrIFx1MjE5MiB0aHJvdy5cbiAgICogQHRocm93cyBgUHJvbXB0Tm90Rm91bmRFcnJvcmAgKHdpdGggY2xvc2UgbmFtZXMpLCBgVmVyc2lvbk5vdEZvdW5kRXJyb3JgICh3aXRoIHZlcnNpb25zIGFuZFxuICAgKiAgIGxhYmVscyksIGBJbnRlZ3JpdHlFcnJvcmAsIGBQcm9tcHRGb3JtYXRFcnJvcmAsIGBDb25maWdFcnJvcmAgKGJhZCBzcGVjKSwgb3IgYSBgU3RvcmVFcnJvcmBcbiAgICogICBzYXlpbmcgd2hhdCB3YXMgdHJpZWQuXG4gICAqL1xuICBnZXRQcm9tcHQ8UyBleHRlbmRzIFByb21wdFNwZWNTdHJpbmc+KHNwZWM6IFMsIG9wdGlvbnM/OiBHZXRQcm9tcHRPcHRpb25zKTogUHJvbWlzZTxQcm9tcHQ8VmFyaWFibGVzT2Y8Uz4+PjtcbiAgLyoqXG4gICAqIFdhcm0gdGhlIGNhY2hlIGluIG9uZSBiYXRjaCAoYWxsIHNwZWNzIGxvYWQgY29uY3VycmVudGx5KS4gV2l0aG91dCBzcGVjczogZXZlcnkgbG9ja2VkIGFuZFxuICAgKiBwaW5uZWQgbmFtZSwgb3IsIHdoZW4gdGhlcmUgYXJlIG5vbmUsIGV2ZXJ5IG5hbWUgb2YgYHN0b3JlLmxpc3QoKWAuXG4gICAqL1xuICBwcmVmZXRjaChzcGVjcz86IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbWlzZTxQcmVmZXRjaFJlcG9ydD47XG4gIC8qKlxuICAgKiBEcm9wIGV2ZXJ5dGhpbmcgY2FjaGVkIGZvciBleGFjdGx5IGBuYW1lYCAoZXZlcnkgc2VsZWN0b3IgYW5kIHZlcnNpb247IGAnYSdgIG5ldmVyIGRyb3BzXG4gICAqIGAnYWInYCBvciBgJ2EvYidgKSBhbmQgdGhlIGNvbXBpbGVkIHByb21wdHMgdGhhdCBpbmNsdWRlIGl0IGFzIGEgcGFydGlhbC4gV2l0aG91dCBhIG5hbWUsIGRyb3BcbiAgICogZXZlcnl0aGluZy5cbiAgICovXG4gIGludmFsaWRhdGUobmFtZT86IHN0cmluZyk6IHZvaWQ7XG4gIC8qKiBMaXN0ZW4gdG8gb25lIGV2ZW50IHR5cGUuIFJldHVybnMgYSBmdW5jdGlvbiB0aGF0IHVuc3Vic2NyaWJlcy4gKi9cbiAgb248VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4odHlwZTogVCwgbGlzdGVuZXI6IFByb21wdEV2ZW50TGlzdGVuZXI8VD4pOiAoKSA9PiB2b2lkO1xuICAvKipcbiAgICogU3RvcCB3YXRjaGluZyB0aGUgc3RvcmUsIHdyaXRlIHBlbmRpbmcgc25hcHNob3QgZGF0YSwgYW5kIHJlZnVzZSBmdXJ0aGVyIGBnZXRQcm9tcHRgIGNhbGxzLlxuICAgKiBQcm9tcHRzIGFscmVhZHkgcmV0dXJuZWQga2VlcCByZW5kZXJpbmcuIERvZXMgbm90IGNsb3NlIHRoZSBzdG9yZSAoaXQgaXMgeW91cnMpLlxuICAgKi9cbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuLyoqIEEgc3BlYyBhZnRlciBwYXJzaW5nIGFuZCBiYXJlLW5hbWUgcmVzb2x1dGlvbi4gKi9cbmludGVyZmFjZSBSZXF1ZXN0IHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICByZWFkb25seSBrZXk6IHN0cmluZztcbiAgcmVhZG9ubHkgZXhhY3Q6IGJvb2xlYW47XG59XG5cbmludGVyZmFjZSBTZXJ2ZWQge1xuICBlbnRyeTogQ29tcGlsZWRFbnRyeTtcbiAgY2FjaGU6IENhY2hlUmVzdWx0O1xuICBzb3VyY2U6IFByb21wdFNvdXJjZTtcbn1cblxudHlwZSBMb2FkZWQgPSB7IHJlc29sdXRpb246IFJlc29sdXRpb247IHNvdXJjZTogJ3N0b3JlJyB8ICdzdGFsZScgfCAnc25hcHNob3QnIH07XG5cbi8qKiBNb3N0IGRpc3RpbmN0IHBhcnRpYWxzIG9uZSBwcm9tcHQgbWF5IGluY2x1ZGUgKHRyYW5zaXRpdmVseSkuICovXG5leHBvcnQgY29uc3QgTUFYX1BBUlRJQUxTID0gMTAwO1xuLyoqIExvbmdlc3Qgd2FpdCBiZXR3ZWVuIGZhaWxlZCBiYWNrZ3JvdW5kIHJlZnJlc2hlcyBvZiBvbmUgc2VsZWN0b3IsIGluIG1zIChjYXBwZWQgYnkgYHR0bE1zYCkuICovXG5leHBvcnQgY29uc3QgUkVGUkVTSF9SRVRSWV9NUyA9IDVfMDAwO1xuY29uc3QgU1BFQ19NRU1PX1NJWkUgPSAxXzAwMDtcbmNvbnN0IEZBTExCQUNLX01FTU9fU0laRSA9IDEwMDtcbmNvbnN0IFNOQVBTSE9UX0VWRU5UX05BTUUgPSAnKHNuYXBzaG90KSc7XG5cbi8qKlxuICogQ3JlYXRlIGEgcHJvbXB0IGNsaWVudC5cbiAqXG4gKiBAdGhyb3dzIGBDb25maWdFcnJvcmAgbmFtaW5nIHRoZSBvcHRpb24gYXQgZmF1bHQsIGUuZy4gYG9wdGlvbiBcImNhY2hlLnR0bE1zXCI6IG11c3QgYmUgYXQgbGVhc3QgMGAuXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogbWVtb3J5U3RvcmUoW2dyZWV0aW5nXSkgfSk7XG4gKiBjb25zdCBwID0gYXdhaXQgcHJvbXB0cy5nZXRQcm9tcHQoJ3N1cHBvcnQvZ3JlZXRpbmcnKTtcbiAqIHAucmVuZGVyKHsgY29tcGFueTogJ0FjbWUnLCBjdXN0b21lcjogJ0FkYScgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZVByb21wdENsaWVudChvcHRpb25zOiBQcm9tcHRDbGllbnRPcHRpb25zKTogUHJvbXB0Q2xpZW50IHtcbiAgcmV0dXJuIG5ldyBDbGllbnQocmVzb2x2ZUNsaWVudE9wdGlvbnMob3B0aW9ucykpO1xufVxuXG5jbGFzcyBDbGllbnQgaW1wbGVtZW50cyBQcm9tcHRDbGllbnQge1xuICByZWFkb25seSBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIHJlYWRvbmx5ICNvOiBSZXNvbHZlZENsaWVudE9wdGlvbnM7XG4gIHJlYWRvbmx5ICNlbWl0dGVyOiBQcm9tcHRFbWl0dGVyO1xuICByZWFkb25seSAjY2FjaGU6IFByb21wdENhY2hlO1xuICByZWFkb25seSAjc25hcHNob3Q6IFNuYXBzaG90S2VlcGVyIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSAjbm93OiAoKSA9PiBudW1iZXI7XG4gIHJlYWRvbmx5ICNjdHg6IFByb21wdENvbnRleHQ7XG4gIHJlYWRvbmx5ICNzcGVjcyA9IG5ldyBNYXA8c3RyaW5nLCBSZXF1ZXN0PigpO1xuICByZWFkb25seSAjZmFsbGJhY2tzID0gbmV3IE1hcDxzdHJpbmcsIFByb21pc2U8Q29tcGlsZWRFbnRyeT4+KCk7XG4gICN1bndhdGNoOiAoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQ7XG4gICNjbG9zZWQgPSBmYWxzZTtcblxuICBjb25zdHJ1Y3RvcihvcHRpb25zOiBSZXNvbHZlZENsaWVudE9wdGlvbnMpIHtcbiAgICB0aGlzLiNvID0gb3B0aW9ucztcbiAgICB0aGlzLnN0b3JlID0gb3B0aW9ucy5zdG9yZTtcbiAgICBjb25zdCBjbG9jayA9IG9wdGlvbnMuY2xvY2s7XG4gICAgdGhpcy4jbm93ID0gY2xvY2sgPT09IHVuZGVmaW5lZCA/IGNvYXJzZUNsb2NrKERhdGUubm93KSA6ICgpID0+IGNsb2NrLm5vdygpO1xuICAgIGNvbnN0IHBlcmYgPSBnbG9iYWxUaGlzLnBlcmZvcm1hbmNlO1xuICAgIGNvbnN0IGVsYXBzZWQgPSBjbG9jayAhPT0gdW5kZWZpbmVkIHx8IHBlcmYgPT09IHVuZGVmaW5lZCA/IHRoaXMuI25vdyA6ICgpID0+IHBlcmYubm93KCk7XG4gICAgdGhpcy4jZW1pdHRlciA9IG5ldyBQcm9tcHRFbWl0dGVyKFxuICAgICAgb3B0aW9ucy5ob29rcy5vbkxpc3RlbmVyRXJyb3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBvbkVycm9yOiBvcHRpb25zLmhvb2tzLm9uTGlzdGVuZXJFcnJvciB9LFxuICAgICk7XG4gICAgdGhpcy4jcmVnaXN0ZXJIb29rcygpO1xuICAgIHRoaXMuI2N0eCA9IHsgZW1pdHRlcjogdGhpcy4jZW1pdHRlciwgaW5jbHVkZUlucHV0czogb3B0aW9ucy5pbmNsdWRlSW5wdXRzLCBlbGFwc2VkIH07XG4gICAgdGhpcy4jY2FjaGUgPSBuZXcgUHJvbXB0Q2FjaGUob3B0aW9ucy5jYWNoZSwgdGhpcy4jbm93KTtcbiAgICB0aGlzLiNzbmFwc2hvdCA9XG4gICAgICBvcHRpb25zLnNuYXBzaG90ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyB1bmRlZmluZWRcbiAgICAgICAgOiBuZXcgU25hcHNob3RLZWVwZXIob3B0aW9ucy5zbmFwc2hvdCwgb3B0aW9ucy50aW1lcnMsIChlcnJvcikgPT5cbiAgICAgICAgICAgIHRoaXMuI2VtaXRFcnJvcihTTkFQU0hPVF9FVkVOVF9OQU1FLCB1bmRlZmluZWQsIGVycm9yKSxcbiAgICAgICAgICApO1xuICAgIGlmICh0eXBlb2YgdGhpcy5zdG9yZS53YXRjaCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgdGhpcy4jdW53YXRjaCA9IHRoaXMuc3RvcmUud2F0Y2goKG5hbWUpID0+IHRoaXMuaW52YWxpZGF0ZShuYW1lKSk7XG4gICAgfVxuICB9XG5cbiAgb248VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4odHlwZTogVCwgbGlzdGVuZXI6IFByb21wdEV2ZW50TGlzdGVuZXI8VD4pOiAoKSA9PiB2b2lkIHtcbiAgICByZXR1cm4gdGhpcy4jZW1pdHRlci5vbih0eXBlLCBsaXN0ZW5lcik7XG4gIH1cblxuICBpbnZhbGlkYXRlKG5hbWU/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLiNjYWNoZS5pbnZhbGlkYXRlKG5hbWUpO1xuICB9XG5cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI2Nsb3NlZCkgcmV0dXJuO1xuICAgIHRoaXMuI2Nsb3NlZCA9IHRydWU7XG4gICAgdGhpcy4jdW53YXRjaD8uKCk7XG4gICAgdGhpcy4jdW53YXRjaCA9IHVuZGVmaW5lZDtcbiAgICB0aGlzLiNjYWNoZS5pbnZhbGlkYXRlKCk7XG4gICAgYXdhaXQgdGhpcy4jc25hcHNob3Q/LmZsdXNoKCk7XG4gIH1cblxuICBnZXRQcm9tcHQ8UyBleHRlbmRzIFByb21wdFNwZWNTdHJpbmc+KHNwZWM6IFMsIG9wdGlvbnM/OiBHZXRQcm9tcHRPcHRpb25zKTogUHJvbWlzZTxQcm9tcHQ8VmFyaWFibGVzT2Y8Uz4+PiB7XG4gICAgLy8gVGhlIGhvdCBwYXRoOiBhIGZyZXNoIGNhY2hlIGhpdCB3aXRoIHRoZSBkZWZhdWx0IHN0cmljdG5lc3MgcmV0dXJucyB0aGUgcHJvbXB0IG9iamVjdCBidWlsdFxuICAgIC8vIGZvciBpdCwgd2l0aG91dCBhbiBhc3luYyBmdW5jdGlvbiwgYW4gYWxsb2NhdGlvbiBvciAodXN1YWxseSkgYSBjbG9jayByZWFkLlxuICAgIGlmICgob3B0aW9ucz8uc3RyaWN0ID09PSB1bmRlZmluZWQgfHwgb3B0aW9ucy5zdHJpY3QgPT09IHRoaXMuI28uc3RyaWN0KSAmJiAhdGhpcy4jY2xvc2VkKSB7XG4gICAgICBjb25zdCByZXF1ZXN0ID0gdGhpcy4jc3BlY3MuZ2V0KHNwZWMpO1xuICAgICAgY29uc3QgcmVzb2x1dGlvbiA9IHJlcXVlc3QgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHRoaXMuI2NhY2hlLnJlc29sdXRpb24ocmVxdWVzdC5rZXkpO1xuICAgICAgaWYgKFxuICAgICAgICByZXNvbHV0aW9uPy5jb21waWxlZCAhPT0gdW5kZWZpbmVkICYmXG4gICAgICAgIHJlcXVlc3QgIT09IHVuZGVmaW5lZCAmJlxuICAgICAgICAocmVxdWVzdC5leGFjdCB8fCB0aGlzLiNub3coKSAtIHJlc29sdXRpb24ubG9hZGVkQXQgPCB0aGlzLiNjYWNoZS50dGxNcylcbiAgICAgICkge1xuICAgICAgICBjb25zdCBzb3VyY2UgPSByZXNvbHV0aW9uLm9yaWdpbiA9PT0gJ3NuYXBzaG90JyA/ICdzbmFwc2hvdCcgOiAnY2FjaGUnO1xuICAgICAgICBsZXQgcHJvbXB0ID0gcmVzb2x1dGlvbi5wcm9tcHQ7XG4gICAgICAgIGlmIChwcm9tcHQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIHByb21wdCA9IG5ldyBQcm9tcHRIYW5kbGUocmVzb2x1dGlvbi5jb21waWxlZCwgc291cmNlLCByZXF1ZXN0LnNlbGVjdG9yLCB0aGlzLiNvLnN0cmljdCwgdGhpcy4jY3R4KTtcbiAgICAgICAgICByZXNvbHV0aW9uLnByb21wdCA9IHByb21wdDtcbiAgICAgICAgfVxuICAgICAgICBpZiAodGhpcy4jZW1pdHRlci5hY3RpdmUpIHRoaXMuI2VtaXRGZXRjaChyZXF1ZXN0LCB7IGVudHJ5OiByZXNvbHV0aW9uLmNvbXBpbGVkLCBjYWNoZTogJ2hpdCcsIHNvdXJjZSB9LCAwKTtcbiAgICAgICAgcmV0dXJuIFByb21pc2UucmVzb2x2ZShwcm9tcHQgYXMgUHJvbXB0PFZhcmlhYmxlc09mPFM+Pik7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiB0aGlzLiNnZXRQcm9tcHQoc3BlYywgb3B0aW9ucyA/PyB7fSk7XG4gIH1cblxuICBhc3luYyAjZ2V0UHJvbXB0PFMgZXh0ZW5kcyBQcm9tcHRTcGVjU3RyaW5nPihzcGVjOiBTLCBvcHRpb25zOiBHZXRQcm9tcHRPcHRpb25zKTogUHJvbWlzZTxQcm9tcHQ8VmFyaWFibGVzT2Y8Uz4+PiB7XG4gICAgY29uc3Qgc3RhcnRlZCA9IHRoaXMuI2VtaXR0ZXIuYWN0aXZlID8gdGhpcy4jY3R4LmVsYXBzZWQoKSA6IDA7XG4gICAgbGV0IHJlcXVlc3Q6IFJlcXVlc3QgfCB1bmRlZmluZWQ7XG4gICAgY29uc3Qgc3RyaWN0ID0gb3B0aW9ucy5zdHJpY3QgPz8gdGhpcy4jby5zdHJpY3Q7XG4gICAgdHJ5IHtcbiAgICAgIGlmICh0aGlzLiNjbG9zZWQpXG4gICAgICAgIHRocm93IG5ldyBDb25maWdFcnJvcigndGhpcyBwcm9tcHQgY2xpZW50IHdhcyBjbG9zZWQ7IGNyZWF0ZSBhIG5ldyBvbmUgd2l0aCBjcmVhdGVQcm9tcHRDbGllbnQoKScpO1xuICAgICAgcmVxdWVzdCA9IHRoaXMuI3JlcXVlc3Qoc3BlYyk7XG4gICAgICBjb25zdCBzZXJ2ZWQgPSB0aGlzLiNzZXJ2ZUNhY2hlZChyZXF1ZXN0LCBzdHJpY3QpID8/IChhd2FpdCB0aGlzLiNzZXJ2ZShyZXF1ZXN0LCBzdHJpY3QpKTtcbiAgICAgIHRoaXMuI2VtaXRGZXRjaChyZXF1ZXN0LCBzZXJ2ZWQsIHN0YXJ0ZWQpO1xuICAgICAgcmV0dXJuIG5ldyBQcm9tcHRIYW5kbGUoc2VydmVkLmVudHJ5LCBzZXJ2ZWQuc291cmNlLCByZXF1ZXN0LnNlbGVjdG9yLCBzdHJpY3QsIHRoaXMuI2N0eCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChyZXF1ZXN0ICE9PSB1bmRlZmluZWQgJiYgb3B0aW9ucy5mYWxsYmFjayAhPT0gdW5kZWZpbmVkICYmIGNhbkZhbGxCYWNrKGVycm9yKSkge1xuICAgICAgICB0aGlzLiNlbWl0RXJyb3IocmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yLCBlcnJvcik7XG4gICAgICAgIGxldCBlbnRyeTogQ29tcGlsZWRFbnRyeTtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBlbnRyeSA9IGF3YWl0IHRoaXMuI2ZhbGxiYWNrKHJlcXVlc3QsIG9wdGlvbnMuZmFsbGJhY2ssIHN0cmljdCk7XG4gICAgICAgIH0gY2F0Y2ggKGZhbGxiYWNrRXJyb3IpIHtcbiAgICAgICAgICB0aGlzLiNlbWl0RXJyb3IocmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yLCBmYWxsYmFja0Vycm9yKTtcbiAgICAgICAgICB0aHJvdyBmYWxsYmFja0Vycm9yO1xuICAgICAgICB9XG4gICAgICAgIHRoaXMuI2VtaXRGZXRjaChyZXF1ZXN0LCB7IGVudHJ5LCBjYWNoZTogJ21pc3MnLCBzb3VyY2U6ICdmYWxsYmFjaycgfSwgc3RhcnRlZCk7XG4gICAgICAgIHJldHVybiBuZXcgUHJvbXB0SGFuZGxlKGVudHJ5LCAnZmFsbGJhY2snLCByZXF1ZXN0LnNlbGVjdG9yLCBzdHJpY3QsIHRoaXMuI2N0eCk7XG4gICAgICB9XG4gICAgICBjb25zdCBmaW5hbCA9IHJlcXVlc3QgIT09IHVuZGVmaW5lZCAmJiBpc1VuYXZhaWxhYmxlKGVycm9yKSA/IHdpdGhOb0ZhbGxiYWNrKGVycm9yKSA6IGVycm9yO1xuICAgICAgdGhpcy4jZW1pdEVycm9yKHJlcXVlc3Q/Lm5hbWUgPz8gU3RyaW5nKHNwZWMpLCByZXF1ZXN0Py5zZWxlY3RvciwgZmluYWwpO1xuICAgICAgdGhyb3cgZmluYWw7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgcHJlZmV0Y2goc3BlY3M/OiByZWFkb25seSBzdHJpbmdbXSk6IFByb21pc2U8UHJlZmV0Y2hSZXBvcnQ+IHtcbiAgICBsZXQgbGlzdDogcmVhZG9ubHkgc3RyaW5nW107XG4gICAgdHJ5IHtcbiAgICAgIGxpc3QgPSBzcGVjcyA/PyAoYXdhaXQgdGhpcy4jZGVmYXVsdFByZWZldGNoU3BlY3MoKSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIHJldHVybiB7IGxvYWRlZDogW10sIGZhaWxlZDogW3sgc3BlYzogJyhzdG9yZS5saXN0KScsIGVycm9yOiBhc0Vycm9yKGVycm9yKSB9XSB9O1xuICAgIH1cbiAgICBjb25zdCByZXN1bHRzID0gYXdhaXQgUHJvbWlzZS5hbGxTZXR0bGVkKGxpc3QubWFwKChzcGVjKSA9PiB0aGlzLmdldFByb21wdChzcGVjKSkpO1xuICAgIGNvbnN0IHJlcG9ydDogUHJlZmV0Y2hSZXBvcnQgPSB7IGxvYWRlZDogW10sIGZhaWxlZDogW10gfTtcbiAgICByZXN1bHRzLmZvckVhY2goKHJlc3VsdCwgaSkgPT4ge1xuICAgICAgY29uc3Qgc3BlYyA9IGxpc3RbaV0gPz8gJyc7XG4gICAgICBpZiAocmVzdWx0LnN0YXR1cyA9PT0gJ2Z1bGZpbGxlZCcpIHtcbiAgICAgICAgY29uc3QgcCA9IHJlc3VsdC52YWx1ZTtcbiAgICAgICAgcmVwb3J0LmxvYWRlZC5wdXNoKHsgc3BlYywgbmFtZTogcC5uYW1lLCB2ZXJzaW9uOiBwLnZlcnNpb24sIHNvdXJjZTogcC5zb3VyY2UgfSk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICByZXBvcnQuZmFpbGVkLnB1c2goeyBzcGVjLCBlcnJvcjogYXNFcnJvcihyZXN1bHQucmVhc29uKSB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICByZXR1cm4gcmVwb3J0O1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSByZXNvbHV0aW9uXG5cbiAgI3JlcXVlc3Qoc3BlYzogc3RyaW5nKTogUmVxdWVzdCB7XG4gICAgY29uc3QgbWVtbyA9IHRoaXMuI3NwZWNzLmdldChzcGVjKTtcbiAgICBpZiAobWVtbyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gbWVtbztcbiAgICBjb25zdCB7IG5hbWUsIHNlbGVjdG9yIH0gPSBwYXJzZVNwZWMoc3BlYyk7XG4gICAgY29uc3QgZWZmZWN0aXZlID0gc2VsZWN0b3IgPz8gdGhpcy4jYmFyZVNlbGVjdG9yKG5hbWUpO1xuICAgIGNvbnN0IHJlcXVlc3QgPSB0aGlzLiNtYWtlUmVxdWVzdChuYW1lLCBlZmZlY3RpdmUpO1xuICAgIGlmICh0aGlzLiNzcGVjcy5zaXplID49IFNQRUNfTUVNT19TSVpFKSB0aGlzLiNzcGVjcy5jbGVhcigpO1xuICAgIHRoaXMuI3NwZWNzLnNldChzcGVjLCByZXF1ZXN0KTtcbiAgICByZXR1cm4gcmVxdWVzdDtcbiAgfVxuXG4gICNtYWtlUmVxdWVzdChuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcpOiBSZXF1ZXN0IHtcbiAgICByZXR1cm4geyBuYW1lLCBzZWxlY3Rvciwga2V5OiBjYWNoZUtleShuYW1lLCBzZWxlY3RvciksIGV4YWN0OiBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSAnZXhhY3QnIH07XG4gIH1cblxuICAvKiogQmFyZSBuYW1lczogdGhlIGxvY2tmaWxlLCB0aGVuIHRoZSBwaW5zLCB0aGVuIGBkZWZhdWx0U2VsZWN0b3JgLiAqL1xuICAjYmFyZVNlbGVjdG9yKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgbG9ja2ZpbGUgPSB0aGlzLiNvLmxvY2tmaWxlO1xuICAgIGNvbnN0IGxvY2tlZCA9IGxvY2tmaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBvd25WYWx1ZShsb2NrZmlsZS5wcm9tcHRzLCBuYW1lKTtcbiAgICByZXR1cm4gbG9ja2VkPy52ZXJzaW9uID8/IG93blZhbHVlKHRoaXMuI28ucGlucywgbmFtZSkgPz8gdGhpcy4jby5kZWZhdWx0U2VsZWN0b3I7XG4gIH1cblxuICAvKiogUGFydGlhbHM6IHRoZSBsb2NrZmlsZSwgdGhlbiB0aGUgcGlucywgdGhlbiBgJ2xhdGVzdCdgIChERVNJR04ubWQ6IGEgcGFydGlhbCBpcyBpdHMgbGF0ZXN0IHZlcnNpb24pLiAqL1xuICAjcGFydGlhbFNlbGVjdG9yKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgbG9ja2ZpbGUgPSB0aGlzLiNvLmxvY2tmaWxlO1xuICAgIGNvbnN0IGxvY2tlZCA9IGxvY2tmaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBvd25WYWx1ZShsb2NrZmlsZS5wcm9tcHRzLCBuYW1lKTtcbiAgICByZXR1cm4gbG9ja2VkPy52ZXJzaW9uID8/IG93blZhbHVlKHRoaXMuI28ucGlucywgbmFtZSkgPz8gJ2xhdGVzdCc7XG4gIH1cblxuICBhc3luYyAjZGVmYXVsdFByZWZldGNoU3BlY3MoKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldChbLi4uT2JqZWN0LmtleXModGhpcy4jby5sb2NrZmlsZT8ucHJvbXB0cyA/PyB7fSksIC4uLk9iamVjdC5rZXlzKHRoaXMuI28ucGlucyldKTtcbiAgICBpZiAobmFtZXMuc2l6ZSA9PT0gMCAmJiB0eXBlb2YgdGhpcy5zdG9yZS5saXN0ID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYXdhaXQgdGhpcy5zdG9yZS5saXN0KCkpIG5hbWVzLmFkZChuYW1lKTtcbiAgICB9XG4gICAgcmV0dXJuIFsuLi5uYW1lc10uc29ydCgpO1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBzZXJ2aW5nXG5cbiAgLyoqIFRoZSBmYXN0IHBhdGg6IGEgY2FjaGVkIHJlc29sdXRpb24gd2l0aCBpdHMgY29tcGlsZWQgcHJvbXB0LCBzZXJ2ZWQgd2l0aG91dCBhd2FpdGluZyBhbnl0aGluZy4gKi9cbiAgI3NlcnZlQ2FjaGVkKHJlcXVlc3Q6IFJlcXVlc3QsIHN0cmljdDogYm9vbGVhbik6IFNlcnZlZCB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcmVzb2x1dGlvbiA9IHRoaXMuI2NhY2hlLnJlc29sdXRpb24ocmVxdWVzdC5rZXkpO1xuICAgIGNvbnN0IGNvbXBpbGVkID0gcmVzb2x1dGlvbiA9PT0gdW5kZWZpbmVkIHx8IHN0cmljdCAhPT0gdGhpcy4jby5zdHJpY3QgPyB1bmRlZmluZWQgOiByZXNvbHV0aW9uLmNvbXBpbGVkO1xuICAgIGlmIChyZXNvbHV0aW9uID09PSB1bmRlZmluZWQgfHwgY29tcGlsZWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBmcmVzaG5lc3MgPSB0aGlzLiNjYWNoZS5mcmVzaG5lc3MocmVzb2x1dGlvbiwgcmVxdWVzdC5leGFjdCk7XG4gICAgaWYgKGZyZXNobmVzcyA9PT0gJ2ZyZXNoJykge1xuICAgICAgcmV0dXJuIHsgZW50cnk6IGNvbXBpbGVkLCBjYWNoZTogJ2hpdCcsIHNvdXJjZTogcmVzb2x1dGlvbi5vcmlnaW4gPT09ICdzbmFwc2hvdCcgPyAnc25hcHNob3QnIDogJ2NhY2hlJyB9O1xuICAgIH1cbiAgICBpZiAoZnJlc2huZXNzID09PSAnZXhwaXJlZCcpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgdGhpcy4jcmVmcmVzaChyZXF1ZXN0LCByZXNvbHV0aW9uKTtcbiAgICByZXR1cm4geyBlbnRyeTogY29tcGlsZWQsIGNhY2hlOiAnc3RhbGUnLCBzb3VyY2U6IHJlc29sdXRpb24ub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdzdGFsZScgfTtcbiAgfVxuXG4gIGFzeW5jICNzZXJ2ZShyZXF1ZXN0OiBSZXF1ZXN0LCBzdHJpY3Q6IGJvb2xlYW4pOiBQcm9taXNlPFNlcnZlZD4ge1xuICAgIGNvbnN0IHsgcmVzb2x1dGlvbiwgY2FjaGUsIHNvdXJjZSB9ID0gYXdhaXQgdGhpcy4jcmVzb2x2ZShyZXF1ZXN0KTtcbiAgICBjb25zdCBjb21waWxlZCA9IHN0cmljdCA9PT0gdGhpcy4jby5zdHJpY3QgPyByZXNvbHV0aW9uLmNvbXBpbGVkIDogdW5kZWZpbmVkO1xuICAgIGlmIChjb21waWxlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyBlbnRyeTogY29tcGlsZWQsIGNhY2hlLCBzb3VyY2UgfTtcbiAgICBjb25zdCBidWlsdCA9IGF3YWl0IHRoaXMuI2NvbXBpbGUocmVzb2x1dGlvbiwgc3RyaWN0KTtcbiAgICByZXR1cm4geyBlbnRyeTogYnVpbHQuZW50cnksIGNhY2hlOiBidWlsdC5qb2luZWQgJiYgY2FjaGUgPT09ICdoaXQnID8gJ2luZmxpZ2h0JyA6IGNhY2hlLCBzb3VyY2UgfTtcbiAgfVxuXG4gIC8qKiBUaWVyIDI6IHdoYXQgYHJlcXVlc3RgIHJlc29sdmVzIHRvLCBmcm9tIHRoZSBjYWNoZSwgYSBzaGFyZWQgbG9hZCwgb3IgYSBuZXcgbG9hZC4gKi9cbiAgYXN5bmMgI3Jlc29sdmUocmVxdWVzdDogUmVxdWVzdCk6IFByb21pc2U8eyByZXNvbHV0aW9uOiBSZXNvbHV0aW9uOyBjYWNoZTogQ2FjaGVSZXN1bHQ7IHNvdXJjZTogUHJvbXB0U291cmNlIH0+IHtcbiAgICBjb25zdCBjYWNoZWQgPSB0aGlzLiNjYWNoZS5yZXNvbHV0aW9uKHJlcXVlc3Qua2V5KTtcbiAgICBsZXQgZXhwaXJlZDogUmVzb2x1dGlvbiB8IHVuZGVmaW5lZDtcbiAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IGZyZXNobmVzcyA9IHRoaXMuI2NhY2hlLmZyZXNobmVzcyhjYWNoZWQsIHJlcXVlc3QuZXhhY3QpO1xuICAgICAgaWYgKGZyZXNobmVzcyA9PT0gJ2ZyZXNoJykge1xuICAgICAgICByZXR1cm4geyByZXNvbHV0aW9uOiBjYWNoZWQsIGNhY2hlOiAnaGl0Jywgc291cmNlOiBjYWNoZWQub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdjYWNoZScgfTtcbiAgICAgIH1cbiAgICAgIGlmIChmcmVzaG5lc3MgPT09ICdzdGFsZScpIHtcbiAgICAgICAgdGhpcy4jcmVmcmVzaChyZXF1ZXN0LCBjYWNoZWQpO1xuICAgICAgICByZXR1cm4geyByZXNvbHV0aW9uOiBjYWNoZWQsIGNhY2hlOiAnc3RhbGUnLCBzb3VyY2U6IGNhY2hlZC5vcmlnaW4gPT09ICdzbmFwc2hvdCcgPyAnc25hcHNob3QnIDogJ3N0YWxlJyB9O1xuICAgICAgfVxuICAgICAgZXhwaXJlZCA9IGNhY2hlZDtcbiAgICAgIHRoaXMuI2NhY2hlLmRlbGV0ZVJlc29sdXRpb24ocmVxdWVzdC5rZXksIGNhY2hlZCk7XG4gICAgfVxuICAgIGNvbnN0IHsgcHJvbWlzZSwgam9pbmVkIH0gPSB0aGlzLiNjYWNoZS5zaGFyZSh0aGlzLiNjYWNoZS5sb2FkaW5nLCByZXF1ZXN0LmtleSwgcmVxdWVzdC5uYW1lLCAoZmxpZ2h0KSA9PlxuICAgICAgdGhpcy4jbG9hZChyZXF1ZXN0LCBmbGlnaHQsIGV4cGlyZWQpLFxuICAgICk7XG4gICAgY29uc3QgeyByZXNvbHV0aW9uLCBzb3VyY2UgfSA9IGF3YWl0IHByb21pc2U7XG4gICAgcmV0dXJuIHsgcmVzb2x1dGlvbiwgY2FjaGU6IGpvaW5lZCA/ICdpbmZsaWdodCcgOiAnbWlzcycsIHNvdXJjZSB9O1xuICB9XG5cbiAgLyoqIEEgZm9yZWdyb3VuZCBsb2FkOiBzdG9yZSBcdTIxOTIgc3RhbGUgY29weSBcdTIxOTIgc25hcHNob3QsIG9yIGEgYFN0b3JlRXJyb3JgIHNheWluZyB3aGF0IHdhcyB0cmllZC4gKi9cbiAgYXN5bmMgI2xvYWQocmVxdWVzdDogUmVxdWVzdCwgZmxpZ2h0OiBGbGlnaHQ8TG9hZGVkPiwgZXhwaXJlZDogUmVzb2x1dGlvbiB8IHVuZGVmaW5lZCk6IFByb21pc2U8TG9hZGVkPiB7XG4gICAgbGV0IHN0b3JlRXJyb3I6IHVua25vd247XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJlc29sdXRpb24gPSBhd2FpdCB0aGlzLiNsb2FkRnJvbVN0b3JlKHJlcXVlc3QpO1xuICAgICAgaWYgKCFmbGlnaHQuY2FuY2VsbGVkKSB0aGlzLiNjYWNoZS5zZXRSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCByZXNvbHV0aW9uKTtcbiAgICAgIHJldHVybiB7IHJlc29sdXRpb24sIHNvdXJjZTogJ3N0b3JlJyB9O1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoIWlzVW5hdmFpbGFibGUoZXJyb3IpKSB0aHJvdyBlcnJvcjtcbiAgICAgIHN0b3JlRXJyb3IgPSBlcnJvcjtcbiAgICB9XG4gICAgY29uc3QgdHJpZWQgPSBbYHRoZSAke3RoaXMuc3RvcmUubmFtZX0gc3RvcmUgZmFpbGVkICgke2Vycm9yVGV4dChzdG9yZUVycm9yKX0pYF07XG5cbiAgICAvLyBBIHN0YWxlIGNvcHkgc3RpbGwgd2l0aGluIG1heFN0YWxlTXMgKG9uZSBjYW4gYXBwZWFyIHdoaWxlIHRoaXMgbG9hZCByYW4pLlxuICAgIGNvbnN0IGN1cnJlbnQgPSB0aGlzLiNjYWNoZS5yZXNvbHV0aW9uKHJlcXVlc3Qua2V5KTtcbiAgICBpZiAoY3VycmVudCAhPT0gdW5kZWZpbmVkICYmIHRoaXMuI2NhY2hlLmZyZXNobmVzcyhjdXJyZW50LCByZXF1ZXN0LmV4YWN0KSAhPT0gJ2V4cGlyZWQnKSB7XG4gICAgICByZXR1cm4geyByZXNvbHV0aW9uOiBjdXJyZW50LCBzb3VyY2U6ICdzdGFsZScgfTtcbiAgICB9XG4gICAgdHJpZWQucHVzaChcbiAgICAgIGV4cGlyZWQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/ICdubyBzdGFsZSBjb3B5J1xuICAgICAgICA6IGB0aGUgc3RhbGUgY29weSAoJHtleHBpcmVkLnZlcnNpb259KSBpcyBvbGRlciB0aGFuIGNhY2hlLm1heFN0YWxlTXMgKCR7dGhpcy4jY2FjaGUubWF4U3RhbGVNc30gbXMpYCxcbiAgICApO1xuXG4gICAgaWYgKHRoaXMuI3NuYXBzaG90ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRyaWVkLnB1c2goJ25vIHNuYXBzaG90IGNvbmZpZ3VyZWQnKTtcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgZm91bmQgPSBhd2FpdCB0aGlzLiNzbmFwc2hvdC5sb29rdXAocmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yKTtcbiAgICAgIGlmIChmb3VuZC5mb3VuZCkge1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGNvbnN0IHJlY29yZCA9IHBhcnNlUmVjb3JkKGZvdW5kLnJlY29yZCwgYHNuYXBzaG90IGVudHJ5ICR7cmVxdWVzdC5rZXl9YCk7XG4gICAgICAgICAgaWYgKHJlY29yZC5uYW1lICE9PSByZXF1ZXN0Lm5hbWUpIHRocm93IG5ldyBFcnJvcihgaXQgaG9sZHMgXCIke3JlY29yZC5uYW1lfVwiYCk7XG4gICAgICAgICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCwgbG9ja2VkSGFzaCh0aGlzLiNvLmxvY2tmaWxlLCByZXF1ZXN0Lm5hbWUsIHJlY29yZC52ZXJzaW9uKSk7XG4gICAgICAgICAgY29uc3QgcmVzb2x1dGlvbjogUmVzb2x1dGlvbiA9IHtcbiAgICAgICAgICAgIG5hbWU6IHJlcXVlc3QubmFtZSxcbiAgICAgICAgICAgIHNlbGVjdG9yOiByZXF1ZXN0LnNlbGVjdG9yLFxuICAgICAgICAgICAgcmVjb3JkLFxuICAgICAgICAgICAgdmVyc2lvbjogcmVjb3JkLnZlcnNpb24sXG4gICAgICAgICAgICBoYXNoLFxuICAgICAgICAgICAgb3JpZ2luOiAnc25hcHNob3QnLFxuICAgICAgICAgICAgLy8gU3RhbGUgZnJvbSB0aGUgc3RhcnQ6IHNlcnZlZCB3aGlsZSBhIHJlZnJlc2ggdHJpZXMgdGhlIHN0b3JlIGFnYWluLlxuICAgICAgICAgICAgbG9hZGVkQXQ6IHRoaXMuI25vdygpIC0gdGhpcy4jY2FjaGUudHRsTXMsXG4gICAgICAgICAgICByZXRyeUF0OiAwLFxuICAgICAgICAgICAgY29tcGlsZWQ6IHVuZGVmaW5lZCxcbiAgICAgICAgICB9O1xuICAgICAgICAgIGlmICghZmxpZ2h0LmNhbmNlbGxlZCkgdGhpcy4jY2FjaGUuc2V0UmVzb2x1dGlvbihyZXF1ZXN0LmtleSwgcmVzb2x1dGlvbik7XG4gICAgICAgICAgcmV0dXJuIHsgcmVzb2x1dGlvbiwgc291cmNlOiAnc25hcHNob3QnIH07XG4gICAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgICAgdHJpZWQucHVzaChgdGhlIHNuYXBzaG90IGVudHJ5IHdhcyByZWplY3RlZCAoJHtlcnJvclRleHQoZXJyb3IpfSlgKTtcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgdHJpZWQucHVzaChmb3VuZC5yZWFzb24pO1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBjYXVzZSA9IHN0b3JlRXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yID8gc3RvcmVFcnJvciA6IHVuZGVmaW5lZDtcbiAgICB0aHJvdyBuZXcgU3RvcmVFcnJvcihcbiAgICAgIGBDb3VsZCBub3QgbG9hZCBwcm9tcHQgXCIke3JlcXVlc3Qua2V5fVwiOiAke3RyaWVkLmpvaW4oJzsgJyl9YCxcbiAgICAgIHtcbiAgICAgICAgc3RvcmU6IHRoaXMuc3RvcmUubmFtZSxcbiAgICAgICAgLi4uKGNhdXNlPy5zdGF0dXMgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBzdGF0dXM6IGNhdXNlLnN0YXR1cyB9KSxcbiAgICAgICAgcmV0cnlhYmxlOiBjYXVzZT8ucmV0cnlhYmxlID8/IGZhbHNlLFxuICAgICAgfSxcbiAgICAgIHsgY2F1c2U6IHN0b3JlRXJyb3IgfSxcbiAgICApO1xuICB9XG5cbiAgYXN5bmMgI2xvYWRGcm9tU3RvcmUocmVxdWVzdDogUmVxdWVzdCk6IFByb21pc2U8UmVzb2x1dGlvbj4ge1xuICAgIGNvbnN0IHJlY29yZCA9IGF3YWl0IGZldGNoUmVjb3JkKHRoaXMuc3RvcmUsIHJlcXVlc3QubmFtZSwgcmVxdWVzdC5zZWxlY3Rvcik7XG4gICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCwgbG9ja2VkSGFzaCh0aGlzLiNvLmxvY2tmaWxlLCByZXF1ZXN0Lm5hbWUsIHJlY29yZC52ZXJzaW9uKSk7XG4gICAgdGhpcy4jc25hcHNob3Q/Lm5vdGUocmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yLCByZWNvcmQsIGhhc2gpO1xuICAgIHJldHVybiB7XG4gICAgICBuYW1lOiByZXF1ZXN0Lm5hbWUsXG4gICAgICBzZWxlY3RvcjogcmVxdWVzdC5zZWxlY3RvcixcbiAgICAgIHJlY29yZCxcbiAgICAgIHZlcnNpb246IHJlY29yZC52ZXJzaW9uLFxuICAgICAgaGFzaCxcbiAgICAgIG9yaWdpbjogJ3N0b3JlJyxcbiAgICAgIGxvYWRlZEF0OiB0aGlzLiNub3coKSxcbiAgICAgIHJldHJ5QXQ6IDAsXG4gICAgICBjb21waWxlZDogdW5kZWZpbmVkLFxuICAgIH07XG4gIH1cblxuICAvKiogU3RhcnQgb25lIGJhY2tncm91bmQgcmVmcmVzaCBvZiBhIHN0YWxlIHNlbGVjdG9yLCB1bmxlc3Mgb25lIHJ1bnMgb3IgYSBmYWlsZWQgb25lIGlzIHRvbyByZWNlbnQuICovXG4gICNyZWZyZXNoKHJlcXVlc3Q6IFJlcXVlc3QsIHN0YWxlOiBSZXNvbHV0aW9uKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuI2NhY2hlLnJlZnJlc2hpbmcuaGFzKHJlcXVlc3Qua2V5KSB8fCB0aGlzLiNub3coKSA8IHN0YWxlLnJldHJ5QXQpIHJldHVybjtcbiAgICBjb25zdCByZWZyZXNoaW5nID0gdGhpcy4jY2FjaGUucmVmcmVzaGluZztcbiAgICB0aGlzLiNjYWNoZS5zaGFyZShyZWZyZXNoaW5nLCByZXF1ZXN0LmtleSwgcmVxdWVzdC5uYW1lLCBhc3luYyAoZmxpZ2h0KSA9PiB7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBmcmVzaCA9IGF3YWl0IHRoaXMuI2xvYWRGcm9tU3RvcmUocmVxdWVzdCk7XG4gICAgICAgIGZyZXNoLmNvbXBpbGVkID0gKGF3YWl0IHRoaXMuI2NvbXBpbGUoZnJlc2gsIHRoaXMuI28uc3RyaWN0LCBzdGFsZS5jb21waWxlZCkpLmVudHJ5O1xuICAgICAgICB0aGlzLiNjYWNoZS5sYW5kKHJlZnJlc2hpbmcsIHJlcXVlc3Qua2V5LCBmbGlnaHQpO1xuICAgICAgICBpZiAoZmxpZ2h0LmNhbmNlbGxlZCkgcmV0dXJuO1xuICAgICAgICB0aGlzLiNjYWNoZS5zZXRSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCBmcmVzaCk7XG4gICAgICAgIHRoaXMuI2VtaXRSZWZyZXNoKHJlcXVlc3QsIHRydWUsIHN0YWxlLnZlcnNpb24sIGZyZXNoLnZlcnNpb24pO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgdGhpcy4jY2FjaGUubGFuZChyZWZyZXNoaW5nLCByZXF1ZXN0LmtleSwgZmxpZ2h0KTtcbiAgICAgICAgaWYgKGZsaWdodC5jYW5jZWxsZWQpIHJldHVybjtcbiAgICAgICAgaWYgKGlzTm90Rm91bmQoZXJyb3IpKSB7XG4gICAgICAgICAgLy8gVGhlIHN0b3JlIHNheXMgdGhlIG5hbWUgb3IgbGFiZWwgaXMgZ29uZTogc2VydmUgaXQgbm8gbW9yZS5cbiAgICAgICAgICB0aGlzLiNjYWNoZS5kZWxldGVSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCBzdGFsZSk7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgc3RhbGUucmV0cnlBdCA9IHRoaXMuI25vdygpICsgTWF0aC5taW4odGhpcy4jY2FjaGUudHRsTXMsIFJFRlJFU0hfUkVUUllfTVMpO1xuICAgICAgICB9XG4gICAgICAgIHRoaXMuI2VtaXRSZWZyZXNoKHJlcXVlc3QsIGZhbHNlLCBzdGFsZS52ZXJzaW9uLCB1bmRlZmluZWQsIGVycm9yKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gY29tcGlsYXRpb25cblxuICAvKipcbiAgICogVGllciAxOiB0aGUgY29tcGlsZWQgcHJvbXB0IG9mIGEgcmVzb2x1dGlvbiwgc2hhcmVkIHBlciBgbmFtZUB2ZXJzaW9uYC4gV2l0aCBgcHJldmlvdXNgLCB0aGVcbiAgICogcGFydGlhbHMgYXJlIHJlc29sdmVkIGFnYWluIGFuZCBgcHJldmlvdXNgIGlzIGtlcHQgd2hlbiBub25lIGNoYW5nZWQuXG4gICAqL1xuICAjY29tcGlsZShcbiAgICByZXNvbHV0aW9uOiBSZXNvbHV0aW9uLFxuICAgIHN0cmljdDogYm9vbGVhbixcbiAgICBwcmV2aW91cz86IENvbXBpbGVkRW50cnksXG4gICk6IFByb21pc2U8eyBlbnRyeTogQ29tcGlsZWRFbnRyeTsgam9pbmVkOiBib29sZWFuIH0+IHwgeyBlbnRyeTogQ29tcGlsZWRFbnRyeTsgam9pbmVkOiBib29sZWFuIH0ge1xuICAgIGNvbnN0IGlzRGVmYXVsdCA9IHN0cmljdCA9PT0gdGhpcy4jby5zdHJpY3Q7XG4gICAgY29uc3Qga2V5ID0gaXNEZWZhdWx0XG4gICAgICA/IGNhY2hlS2V5KHJlc29sdXRpb24ubmFtZSwgcmVzb2x1dGlvbi52ZXJzaW9uKVxuICAgICAgOiBgJHtjYWNoZUtleShyZXNvbHV0aW9uLm5hbWUsIHJlc29sdXRpb24udmVyc2lvbil9IyR7c3RyaWN0ID8gJ3N0cmljdCcgOiAnbG9vc2UnfWA7XG4gICAgY29uc3QgaGl0ID0gdGhpcy4jY2FjaGUuY29tcGlsZWRFbnRyeShrZXkpO1xuICAgIGlmIChoaXQgIT09IHVuZGVmaW5lZCAmJiBoaXQuaGFzaCA9PT0gcmVzb2x1dGlvbi5oYXNoICYmIChwcmV2aW91cyA9PT0gdW5kZWZpbmVkIHx8IGhpdC5kZXBzLnNpemUgPT09IDApKSB7XG4gICAgICBpZiAoaXNEZWZhdWx0KSBhdHRhY2hDb21waWxlZChyZXNvbHV0aW9uLCBoaXQpO1xuICAgICAgcmV0dXJuIHsgZW50cnk6IGhpdCwgam9pbmVkOiBmYWxzZSB9O1xuICAgIH1cbiAgICBjb25zdCB7IHByb21pc2UsIGpvaW5lZCB9ID0gdGhpcy4jY2FjaGUuc2hhcmUodGhpcy4jY2FjaGUuY29tcGlsaW5nLCBrZXksIHJlc29sdXRpb24ubmFtZSwgYXN5bmMgKGZsaWdodCkgPT4ge1xuICAgICAgY29uc3QgeyByZWNvcmRzLCBkZXBzIH0gPSBhd2FpdCB0aGlzLiNnYXRoZXJQYXJ0aWFscyhyZXNvbHV0aW9uLnJlY29yZCk7XG4gICAgICBjb25zdCBleGlzdGluZyA9IHRoaXMuI2NhY2hlLmNvbXBpbGVkRW50cnkoa2V5KSA/PyBwcmV2aW91cztcbiAgICAgIGNvbnN0IGVudHJ5ID1cbiAgICAgICAgZXhpc3RpbmcgIT09IHVuZGVmaW5lZCAmJiBleGlzdGluZy5oYXNoID09PSByZXNvbHV0aW9uLmhhc2ggJiYgc2FtZURlcHMoZXhpc3RpbmcuZGVwcywgZGVwcylcbiAgICAgICAgICA/IGV4aXN0aW5nXG4gICAgICAgICAgOiB7XG4gICAgICAgICAgICAgIHJlY29yZDogcmVzb2x1dGlvbi5yZWNvcmQsXG4gICAgICAgICAgICAgIGhhc2g6IHJlc29sdXRpb24uaGFzaCxcbiAgICAgICAgICAgICAgY29tcGlsZWQ6IGNvbXBpbGVQcm9tcHQocmVzb2x1dGlvbi5yZWNvcmQsIHsgc3RyaWN0LCBwYXJ0aWFsczogKG5hbWUpID0+IHJlY29yZHMuZ2V0KG5hbWUpIH0pLFxuICAgICAgICAgICAgICBkZXBzLFxuICAgICAgICAgICAgfTtcbiAgICAgIGlmICghZmxpZ2h0LmNhbmNlbGxlZCkgdGhpcy4jY2FjaGUuc2V0Q29tcGlsZWQoa2V5LCBlbnRyeSk7XG4gICAgICByZXR1cm4gZW50cnk7XG4gICAgfSk7XG4gICAgcmV0dXJuIHByb21pc2UudGhlbigoZW50cnkpID0+IHtcbiAgICAgIGlmIChpc0RlZmF1bHQpIGF0dGFjaENvbXBpbGVkKHJlc29sdXRpb24sIGVudHJ5KTtcbiAgICAgIHJldHVybiB7IGVudHJ5LCBqb2luZWQgfTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBMb2FkIHRoZSByZWNvcmRzIG9mIGV2ZXJ5IHBhcnRpYWwgYHJvb3RgIGluY2x1ZGVzLCByZWN1cnNpdmVseSAoYm91bmRlZCksIHRocm91Z2ggdGhlIGNhY2hlLiAqL1xuICBhc3luYyAjZ2F0aGVyUGFydGlhbHMoXG4gICAgcm9vdDogUHJvbXB0UmVjb3JkLFxuICApOiBQcm9taXNlPHsgcmVjb3JkczogTWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPjsgZGVwczogTWFwPHN0cmluZywgc3RyaW5nPiB9PiB7XG4gICAgY29uc3QgcmVjb3JkcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+KCk7XG4gICAgY29uc3QgZGVwcyA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGxldCBsZXZlbCA9IHBhcnRpYWxOYW1lc09mKHJvb3QpO1xuICAgIHdoaWxlIChsZXZlbC5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGxldmVsLmZpbHRlcigobmFtZSkgPT4gIXNlZW4uaGFzKG5hbWUpKTtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykgc2Vlbi5hZGQobmFtZSk7XG4gICAgICBpZiAoc2Vlbi5zaXplID4gTUFYX1BBUlRJQUxTKSB7XG4gICAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgICBgaW5jbHVkZXMgbW9yZSB0aGFuICR7TUFYX1BBUlRJQUxTfSBkaXN0aW5jdCBwYXJ0aWFscyAocmVjdXJzaXZlbHkpOyBzcGxpdCB0aGUgcHJvbXB0IG9yIGZsYXR0ZW4gaXRzIHBhcnRpYWxzYCxcbiAgICAgICAgICB7IHByb21wdE5hbWU6IHJvb3QubmFtZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGxvYWRlZCA9IGF3YWl0IFByb21pc2UuYWxsKG5hbWVzLm1hcCgobmFtZSkgPT4gdGhpcy4jcGFydGlhbFJlY29yZChyb290LCBuYW1lKSkpO1xuICAgICAgbGV2ZWwgPSBbXTtcbiAgICAgIGxvYWRlZC5mb3JFYWNoKChyZWNvcmQsIGkpID0+IHtcbiAgICAgICAgY29uc3QgbmFtZSA9IG5hbWVzW2ldID8/ICcnO1xuICAgICAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgICAgICAgcmVjb3Jkcy5zZXQobmFtZSwgcmVjb3JkKTtcbiAgICAgICAgZGVwcy5zZXQobmFtZSwgcmVjb3JkLnZlcnNpb24pO1xuICAgICAgICBpZiAocmVjb3JkICE9PSByb290KSBsZXZlbC5wdXNoKC4uLnBhcnRpYWxOYW1lc09mKHJlY29yZCkpO1xuICAgICAgfSk7XG4gICAgfVxuICAgIHJldHVybiB7IHJlY29yZHMsIGRlcHMgfTtcbiAgfVxuXG4gIC8qKiBBIHBhcnRpYWwncyByZWNvcmQ6IHRoZSByb290IGl0c2VsZiBmb3IgYSBzZWxmLWluY2x1c2lvbiwgYHVuZGVmaW5lZGAgd2hlbiB0aGUgc3RvcmUgaGFzIG5vIHN1Y2ggbmFtZS4gKi9cbiAgYXN5bmMgI3BhcnRpYWxSZWNvcmQocm9vdDogUHJvbXB0UmVjb3JkLCBuYW1lOiBzdHJpbmcpOiBQcm9taXNlPFByb21wdFJlY29yZCB8IHVuZGVmaW5lZD4ge1xuICAgIGlmIChuYW1lID09PSByb290Lm5hbWUpIHJldHVybiByb290O1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gKGF3YWl0IHRoaXMuI3Jlc29sdmUodGhpcy4jbWFrZVJlcXVlc3QobmFtZSwgdGhpcy4jcGFydGlhbFNlbGVjdG9yKG5hbWUpKSkpLnJlc29sdXRpb24ucmVjb3JkO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHROb3RGb3VuZEVycm9yKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgdGhyb3cgZXJyb3I7XG4gICAgfVxuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBmYWxsYmFja1xuXG4gIGFzeW5jICNmYWxsYmFjayhyZXF1ZXN0OiBSZXF1ZXN0LCBmYWxsYmFjazogUHJvbXB0RmFsbGJhY2ssIHN0cmljdDogYm9vbGVhbik6IFByb21pc2U8Q29tcGlsZWRFbnRyeT4ge1xuICAgIGNvbnN0IG1lbW9LZXkgPSB0eXBlb2YgZmFsbGJhY2sgPT09ICdzdHJpbmcnID8gYCR7cmVxdWVzdC5uYW1lfVxcdTAwMDAke3N0cmljdH1cXHUwMDAwJHtmYWxsYmFja31gIDogdW5kZWZpbmVkO1xuICAgIGNvbnN0IG1lbW8gPSBtZW1vS2V5ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB0aGlzLiNmYWxsYmFja3MuZ2V0KG1lbW9LZXkpO1xuICAgIGlmIChtZW1vICE9PSB1bmRlZmluZWQpIHJldHVybiBtZW1vO1xuICAgIGNvbnN0IGJ1aWx0ID0gKGFzeW5jICgpOiBQcm9taXNlPENvbXBpbGVkRW50cnk+ID0+IHtcbiAgICAgIGNvbnN0IHJlY29yZCA9IGZhbGxiYWNrUmVjb3JkKHJlcXVlc3QubmFtZSwgZmFsbGJhY2spO1xuICAgICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCk7XG4gICAgICBjb25zdCByZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIFByb21wdFJlY29yZD4oKTtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBwYXJ0aWFsTmFtZXNPZihyZWNvcmQpKSB7XG4gICAgICAgIGNvbnN0IGNhY2hlZCA9IHRoaXMuI2NhY2hlLnJlc29sdXRpb24oY2FjaGVLZXkobmFtZSwgdGhpcy4jcGFydGlhbFNlbGVjdG9yKG5hbWUpKSk7XG4gICAgICAgIGlmIChjYWNoZWQgIT09IHVuZGVmaW5lZCkgcmVjb3Jkcy5zZXQobmFtZSwgY2FjaGVkLnJlY29yZCk7XG4gICAgICB9XG4gICAgICBjb25zdCBjb21waWxlZCA9IGNvbXBpbGVQcm9tcHQocmVjb3JkLCB7IHN0cmljdCwgcGFydGlhbHM6IChuYW1lKSA9PiByZWNvcmRzLmdldChuYW1lKSB9KTtcbiAgICAgIHJldHVybiB7IHJlY29yZCwgaGFzaCwgY29tcGlsZWQsIGRlcHM6IG5ldyBNYXAoKSB9O1xuICAgIH0pKCk7XG4gICAgaWYgKG1lbW9LZXkgIT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKHRoaXMuI2ZhbGxiYWNrcy5zaXplID49IEZBTExCQUNLX01FTU9fU0laRSkgdGhpcy4jZmFsbGJhY2tzLmNsZWFyKCk7XG4gICAgICB0aGlzLiNmYWxsYmFja3Muc2V0KG1lbW9LZXksIGJ1aWx0KTtcbiAgICAgIGJ1aWx0LmNhdGNoKCgpID0+IHRoaXMuI2ZhbGxiYWNrcy5kZWxldGUobWVtb0tleSkpO1xuICAgIH1cbiAgICByZXR1cm4gYnVpbHQ7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGV2ZW50c1xuXG4gICNyZWdpc3Rlckhvb2tzKCk6IHZvaWQge1xuICAgIGNvbnN0IGggPSB0aGlzLiNvLmhvb2tzO1xuICAgIGlmIChoLm9uRmV0Y2gpIHRoaXMuI2VtaXR0ZXIub24oJ2ZldGNoJywgaC5vbkZldGNoKTtcbiAgICBpZiAoaC5vblJlbmRlcikgdGhpcy4jZW1pdHRlci5vbigncmVuZGVyJywgaC5vblJlbmRlcik7XG4gICAgaWYgKGgub25SZWZyZXNoKSB0aGlzLiNlbWl0dGVyLm9uKCdyZWZyZXNoJywgaC5vblJlZnJlc2gpO1xuICAgIGlmIChoLm9uRXJyb3IpIHRoaXMuI2VtaXR0ZXIub24oJ2Vycm9yJywgaC5vbkVycm9yKTtcbiAgICBpZiAoaC5vbkFzc2lnbm1lbnQpIHRoaXMuI2VtaXR0ZXIub24oJ2Fzc2lnbm1lbnQnLCBoLm9uQXNzaWdubWVudCk7XG4gICAgaWYgKGgub25PdXRjb21lKSB0aGlzLiNlbWl0dGVyLm9uKCdvdXRjb21lJywgaC5vbk91dGNvbWUpO1xuICAgIGlmIChoLm9uRXZlbnQpIHRoaXMuI2VtaXR0ZXIub25FdmVudChoLm9uRXZlbnQpO1xuICB9XG5cbiAgI2VtaXRGZXRjaChyZXF1ZXN0OiBSZXF1ZXN0LCBzZXJ2ZWQ6IFNlcnZlZCwgc3RhcnRlZDogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLiNlbWl0dGVyLndhbnRzKCdmZXRjaCcpKSByZXR1cm47XG4gICAgdGhpcy4jZW1pdHRlci5lbWl0KHtcbiAgICAgIHR5cGU6ICdmZXRjaCcsXG4gICAgICBuYW1lOiByZXF1ZXN0Lm5hbWUsXG4gICAgICBzZWxlY3RvcjogcmVxdWVzdC5zZWxlY3RvcixcbiAgICAgIHZlcnNpb246IHNlcnZlZC5lbnRyeS5yZWNvcmQudmVyc2lvbixcbiAgICAgIGhhc2g6IHNlcnZlZC5lbnRyeS5oYXNoLFxuICAgICAgc3RvcmU6IHRoaXMuc3RvcmUubmFtZSxcbiAgICAgIGNhY2hlOiBzZXJ2ZWQuY2FjaGUsXG4gICAgICBzb3VyY2U6IHNlcnZlZC5zb3VyY2UsXG4gICAgICBkdXJhdGlvbk1zOiBzdGFydGVkID09PSAwID8gMCA6IHRoaXMuI2N0eC5lbGFwc2VkKCkgLSBzdGFydGVkLFxuICAgIH0pO1xuICB9XG5cbiAgI2VtaXRSZWZyZXNoKHJlcXVlc3Q6IFJlcXVlc3QsIG9rOiBib29sZWFuLCBmcm9tVmVyc2lvbjogc3RyaW5nLCB0b1ZlcnNpb24/OiBzdHJpbmcsIGVycm9yPzogdW5rbm93bik6IHZvaWQge1xuICAgIGlmICghdGhpcy4jZW1pdHRlci53YW50cygncmVmcmVzaCcpKSByZXR1cm47XG4gICAgdGhpcy4jZW1pdHRlci5lbWl0KHtcbiAgICAgIHR5cGU6ICdyZWZyZXNoJyxcbiAgICAgIG5hbWU6IHJlcXVlc3QubmFtZSxcbiAgICAgIHNlbGVjdG9yOiByZXF1ZXN0LnNlbGVjdG9yLFxuICAgICAgb2ssXG4gICAgICBmcm9tVmVyc2lvbixcbiAgICAgIC4uLih0b1ZlcnNpb24gPT09IHVuZGVmaW5lZCA/IHt9IDogeyB0b1ZlcnNpb24gfSksXG4gICAgICAuLi4oZXJyb3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBlcnJvcjogYXNFcnJvcihlcnJvcikgfSksXG4gICAgfSk7XG4gIH1cblxuICAjZW1pdEVycm9yKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyB8IHVuZGVmaW5lZCwgZXJyb3I6IHVua25vd24pOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuI2VtaXR0ZXIud2FudHMoJ2Vycm9yJykpIHJldHVybjtcbiAgICB0aGlzLiNlbWl0dGVyLmVtaXQoe1xuICAgICAgdHlwZTogJ2Vycm9yJyxcbiAgICAgIG5hbWUsXG4gICAgICAuLi4oc2VsZWN0b3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBzZWxlY3RvciB9KSxcbiAgICAgIGVycm9yOiBhc0Vycm9yKGVycm9yKSxcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogRmFpbHVyZXMgb2YgYXZhaWxhYmlsaXR5OiB0aGUgc3RvcmUgY291bGQgbm90IGFuc3dlciAoYXMgb3Bwb3NlZCB0byBhbnN3ZXJpbmcgXCJub1wiIG9yIFwiYmFkXCIpLiAqL1xuZnVuY3Rpb24gaXNVbmF2YWlsYWJsZShlcnJvcjogdW5rbm93bik6IGVycm9yIGlzIFN0b3JlRXJyb3Ige1xuICByZXR1cm4gZXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yO1xufVxuXG4vKiogQSBmYWxsYmFjayBzdGFuZHMgaW4gd2hlbiB0aGUgc3RvcmUgaXMgdW5hdmFpbGFibGUgb3IgZG9lcyBub3Qga25vdyB0aGUgcHJvbXB0LiAqL1xuZnVuY3Rpb24gY2FuRmFsbEJhY2soZXJyb3I6IHVua25vd24pOiBib29sZWFuIHtcbiAgcmV0dXJuIGlzVW5hdmFpbGFibGUoZXJyb3IpIHx8IGlzTm90Rm91bmQoZXJyb3IpO1xufVxuXG5mdW5jdGlvbiB3aXRoTm9GYWxsYmFjayhlcnJvcjogU3RvcmVFcnJvcik6IFN0b3JlRXJyb3Ige1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IoXG4gICAgYCR7ZXJyb3IubWVzc2FnZX07IG5vIGZhbGxiYWNrIGdpdmVuLiBQYXNzIGdldFByb21wdChzcGVjLCB7IGZhbGxiYWNrIH0pIG9yIGNvbmZpZ3VyZSBhIHNuYXBzaG90IHRvIHNlcnZlIHByb21wdHMgd2hpbGUgdGhlIHN0b3JlIGlzIGRvd24uYCxcbiAgICB7IHN0b3JlOiBlcnJvci5zdG9yZSwgLi4uKGVycm9yLnN0YXR1cyA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHN0YXR1czogZXJyb3Iuc3RhdHVzIH0pLCByZXRyeWFibGU6IGVycm9yLnJldHJ5YWJsZSB9LFxuICAgIHsgY2F1c2U6IGVycm9yLmNhdXNlID8/IGVycm9yIH0sXG4gICk7XG59XG5cbi8qKiBTZXQgdGhlIGRlZmF1bHQtc3RyaWN0bmVzcyBjb21waWxlZCBwcm9tcHQgb2YgYSByZXNvbHV0aW9uIChhbmQgZm9yZ2V0IGEgcHJvbXB0IG9iamVjdCBidWlsdCBmcm9tIGFub3RoZXIpLiAqL1xuZnVuY3Rpb24gYXR0YWNoQ29tcGlsZWQocmVzb2x1dGlvbjogUmVzb2x1dGlvbiwgZW50cnk6IENvbXBpbGVkRW50cnkpOiB2b2lkIHtcbiAgaWYgKHJlc29sdXRpb24uY29tcGlsZWQgPT09IGVudHJ5KSByZXR1cm47XG4gIHJlc29sdXRpb24uY29tcGlsZWQgPSBlbnRyeTtcbiAgcmVzb2x1dGlvbi5wcm9tcHQgPSB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHNhbWVEZXBzKGE6IFJlYWRvbmx5TWFwPHN0cmluZywgc3RyaW5nPiwgYjogUmVhZG9ubHlNYXA8c3RyaW5nLCBzdHJpbmc+KTogYm9vbGVhbiB7XG4gIGlmIChhLnNpemUgIT09IGIuc2l6ZSkgcmV0dXJuIGZhbHNlO1xuICBmb3IgKGNvbnN0IFtuYW1lLCB2ZXJzaW9uXSBvZiBhKSBpZiAoYi5nZXQobmFtZSkgIT09IHZlcnNpb24pIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIHRydWU7XG59XG5cbmZ1bmN0aW9uIGVycm9yVGV4dChlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gYCR7ZXJyb3IubmFtZX06ICR7ZXJyb3IubWVzc2FnZX1gIDogU3RyaW5nKGVycm9yKTtcbn1cbiIsICIvKipcbiAqIFRoZSByZXF1ZXN0IGhhbmRsZXIgb2YgdGhlIHJlZmVyZW5jZSBzZXJ2ZXI6IEhUVFAgcHJvdG9jb2wgdjEgKERFU0lHTi5tZCBzZWN0aW9uIDcpIG92ZXIgYW55XG4gKiBgUHJvbXB0U3RvcmVgLCBvbiBwbGFpbiBgbm9kZTpodHRwYCByZXF1ZXN0L3Jlc3BvbnNlIG9iamVjdHMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2gsIHRpbWluZ1NhZmVFcXVhbCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB0eXBlIHsgSW5jb21pbmdNZXNzYWdlLCBTZXJ2ZXJSZXNwb25zZSB9IGZyb20gJ25vZGU6aHR0cCc7XG5pbXBvcnQgc2VtdmVyVmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgeyBjb21wdXRlSGFzaCwgdmVyaWZ5UmVjb3JkSGFzaCB9IGZyb20gJy4uL2VuZ2luZS9oYXNoLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IGxhYmVsTWFwLCBzZWxlY3RvcktpbmQsIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHtcbiAgQ29uZmlnRXJyb3IsXG4gIEludGVncml0eUVycm9yLFxuICBpc1Byb21wdE9wc0Vycm9yLFxuICBQcm9tcHRGb3JtYXRFcnJvcixcbiAgUHJvbXB0Tm90Rm91bmRFcnJvcixcbiAgU3RvcmVFcnJvcixcbiAgVmVyc2lvbk5vdEZvdW5kRXJyb3IsXG59IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb3RvY29sRXJyb3JDb2RlIH0gZnJvbSAnLi4vc3RvcmVzL2h0dHAvcHJvdG9jb2wuanMnO1xuaW1wb3J0IHsgc2V0TGFiZWxCb2R5U2NoZW1hIH0gZnJvbSAnLi4vc3RvcmVzL2h0dHAvcHJvdG9jb2wuanMnO1xuaW1wb3J0IHsgcmVzb2x2ZUxvY2FsbHksIHN1Z2dlc3ROYW1lcyB9IGZyb20gJy4uL3N0b3Jlcy9yZXNvbHZlLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUsIFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcblxuLyoqIE9wdGlvbnMgb2YgdGhlIHJlcXVlc3QgaGFuZGxlciAoc2VlIGBjcmVhdGVQcm9tcHRTZXJ2ZXJgKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0UmVxdWVzdEhhbmRsZXJPcHRpb25zIHtcbiAgLyoqIFRoZSBzdG9yZSB0byBzZXJ2ZS4gKi9cbiAgc3RvcmU6IFByb21wdFN0b3JlO1xuICAvKipcbiAgICogQmVhcmVyIHRva2VuIGV2ZXJ5IHJlcXVlc3QgbXVzdCBjYXJyeSAoYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YCksIGNvbXBhcmVkIGluIGNvbnN0YW50IHRpbWUuXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gYXV0aGVudGljYXRpb24pXG4gICAqL1xuICB0b2tlbj86IHN0cmluZztcbiAgLyoqXG4gICAqIEFjY2VwdCBgUFVUIC92MS9wcm9tcHRzL3tuYW1lfS92ZXJzaW9ucy97dmVyc2lvbn1gIGFuZCBgUFVUIC92MS9wcm9tcHRzL3tuYW1lfS9sYWJlbHMve2xhYmVsfWAuXG4gICAqIEBkZWZhdWx0IGZhbHNlXG4gICAqL1xuICB3cml0YWJsZT86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBMYXJnZXN0IGFjY2VwdGVkIHJlcXVlc3QgYm9keSBpbiBieXRlcyAoYSBsYXJnZXIgb25lIGlzIGFuc3dlcmVkIHdpdGggNDEzKS5cbiAgICogQGRlZmF1bHQgMTA0ODU3NiAoMSBNQilcbiAgICovXG4gIG1heEJvZHlCeXRlcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIENhbGxlZCB3aXRoIGV2ZXJ5IHVuZXhwZWN0ZWQgZXJyb3IgKGEgYnVnIG9yIGEgc3RvcmUgZmFpbHVyZSBhbnN3ZXJlZCB3aXRoIDV4eCk7IHRoZSBjbGllbnQgb25seVxuICAgKiBzZWVzIGEgZ2VuZXJpYyBtZXNzYWdlIGZvciBub24tcHJvbXB0b3BzIGVycm9ycy5cbiAgICogQGRlZmF1bHQgbG9ncyB0byBjb25zb2xlLmVycm9yXG4gICAqL1xuICBvbkVycm9yPzogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkO1xufVxuXG4vKiogQSBgbm9kZTpodHRwYCByZXF1ZXN0IGxpc3RlbmVyLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0UmVxdWVzdEhhbmRsZXIgPSAocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UpID0+IHZvaWQ7XG5cbi8qKiBBbiBlcnJvciBhbnN3ZXI6IHN0YXR1cywgcHJvdG9jb2wgY29kZSBhbmQgbWVzc2FnZS4gKi9cbmNsYXNzIEh0dHBGYWlsdXJlIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICByZWFkb25seSBjb2RlOiBQcm90b2NvbEVycm9yQ29kZSxcbiAgICBtZXNzYWdlOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9LFxuICApIHtcbiAgICBzdXBlcihtZXNzYWdlKTtcbiAgfVxufVxuXG5jb25zdCBJTU1VVEFCTEUgPSAncHVibGljLCBtYXgtYWdlPTMxNTM2MDAwLCBpbW11dGFibGUnO1xuXG5mdW5jdGlvbiBzaGEyNTYodGV4dDogc3RyaW5nKTogQnVmZmVyIHtcbiAgcmV0dXJuIGNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZSh0ZXh0LCAndXRmOCcpLmRpZ2VzdCgpO1xufVxuXG4vKipcbiAqIE1ha2UgYSByZXF1ZXN0IGxpc3RlbmVyIHNlcnZpbmcgcHJvdG9jb2wgdjEgb3ZlciBgb3B0aW9ucy5zdG9yZWAuIE1vdW50IGl0IG9uIHlvdXIgb3duXG4gKiBgbm9kZTpodHRwYCBzZXJ2ZXIsIG9yIHVzZSBgY3JlYXRlUHJvbXB0U2VydmVyYCwgd2hpY2ggZG9lcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGltcG9ydCB7IGNyZWF0ZVNlcnZlciB9IGZyb20gJ25vZGU6aHR0cCc7XG4gKiBjcmVhdGVTZXJ2ZXIoY3JlYXRlUHJvbXB0UmVxdWVzdEhhbmRsZXIoeyBzdG9yZTogZmlsZVN0b3JlKHsgZGlyOiAnLi9wcm9tcHRzJyB9KSB9KSkubGlzdGVuKDgwODApO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcihvcHRpb25zOiBQcm9tcHRSZXF1ZXN0SGFuZGxlck9wdGlvbnMpOiBQcm9tcHRSZXF1ZXN0SGFuZGxlciB7XG4gIGNvbnN0IHsgc3RvcmUgfSA9IG9wdGlvbnM7XG4gIGlmICh0eXBlb2Ygc3RvcmUgIT09ICdvYmplY3QnIHx8IHN0b3JlID09PSBudWxsIHx8IHR5cGVvZiBzdG9yZS5saXN0VmVyc2lvbnMgIT09ICdmdW5jdGlvbicpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYSBQcm9tcHRTdG9yZSAoYW4gb2JqZWN0IHdpdGggbGlzdFZlcnNpb25zIGFuZCBnZXRWZXJzaW9uKScsIHsgb3B0aW9uOiAnc3RvcmUnIH0pO1xuICB9XG4gIGlmIChvcHRpb25zLnRva2VuICE9PSB1bmRlZmluZWQgJiYgKHR5cGVvZiBvcHRpb25zLnRva2VuICE9PSAnc3RyaW5nJyB8fCBvcHRpb25zLnRva2VuID09PSAnJykpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nIChvciBsZWZ0IG91dCB0byBzZXJ2ZSB3aXRob3V0IGF1dGhlbnRpY2F0aW9uKScsIHtcbiAgICAgIG9wdGlvbjogJ3Rva2VuJyxcbiAgICB9KTtcbiAgfVxuICBjb25zdCBvbkVycm9yID1cbiAgICBvcHRpb25zLm9uRXJyb3IgPz9cbiAgICAoKGVycm9yOiB1bmtub3duKSA9PiB7XG4gICAgICBjb25zb2xlLmVycm9yKCdbcHJvbXB0b3BzIHNlcnZlcl0nLCBlcnJvcik7XG4gICAgfSk7XG4gIGNvbnN0IHRva2VuRGlnZXN0ID0gb3B0aW9ucy50b2tlbiA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogc2hhMjU2KG9wdGlvbnMudG9rZW4pO1xuICBjb25zdCB3cml0YWJsZSA9IG9wdGlvbnMud3JpdGFibGUgPT09IHRydWU7XG4gIGNvbnN0IG1heEJvZHlCeXRlcyA9IG9wdGlvbnMubWF4Qm9keUJ5dGVzID8/IDEwMjQgKiAxMDI0O1xuICBpZiAoIU51bWJlci5pc0Zpbml0ZShtYXhCb2R5Qnl0ZXMpIHx8IG1heEJvZHlCeXRlcyA8PSAwKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgcG9zaXRpdmUgbnVtYmVyLCBnb3QgJHtTdHJpbmcobWF4Qm9keUJ5dGVzKX1gLCB7IG9wdGlvbjogJ21heEJvZHlCeXRlcycgfSk7XG4gIH1cblxuICBmdW5jdGlvbiBjaGVja0F1dGgocmVxOiBJbmNvbWluZ01lc3NhZ2UpOiB2b2lkIHtcbiAgICBpZiAodG9rZW5EaWdlc3QgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICAgIGNvbnN0IGhlYWRlciA9IHJlcS5oZWFkZXJzLmF1dGhvcml6YXRpb247XG4gICAgY29uc3QgY2hhbGxlbmdlID0geyAnd3d3LWF1dGhlbnRpY2F0ZSc6ICdCZWFyZXIgcmVhbG09XCJwcm9tcHRvcHNcIicgfTtcbiAgICBjb25zdCBtYXRjaCA9IHR5cGVvZiBoZWFkZXIgPT09ICdzdHJpbmcnID8gL15CZWFyZXJbIFxcdF0rKFxcUyspWyBcXHRdKiQvaS5leGVjKGhlYWRlcikgOiBudWxsO1xuICAgIGlmIChtYXRjaD8uWzFdID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNDAxLFxuICAgICAgICAndW5hdXRob3JpemVkJyxcbiAgICAgICAgJ01pc3NpbmcgYmVhcmVyIHRva2VuOiBzZW5kIFwiQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5cIiB3aXRoIHRoZSB0b2tlbiB0aGUgc2VydmVyIHdhcyBzdGFydGVkIHdpdGguJyxcbiAgICAgICAgY2hhbGxlbmdlLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKCF0aW1pbmdTYWZlRXF1YWwoc2hhMjU2KG1hdGNoWzFdKSwgdG9rZW5EaWdlc3QpKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMSxcbiAgICAgICAgJ3VuYXV0aG9yaXplZCcsXG4gICAgICAgICdJbnZhbGlkIGJlYXJlciB0b2tlbjogc2VuZCB0aGUgdG9rZW4gdGhlIHNlcnZlciB3YXMgc3RhcnRlZCB3aXRoLicsXG4gICAgICAgIGNoYWxsZW5nZSxcbiAgICAgICk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gbm90Rm91bmQobmFtZTogc3RyaW5nLCBzZWxlY3Rvcj86IHN0cmluZyk6IFByb21pc2U8SHR0cEZhaWx1cmU+IHtcbiAgICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKS5jYXRjaCgoKSA9PiBbXSBhcyBWZXJzaW9uSW5mb1tdKTtcbiAgICBpZiAodmVyc2lvbnMubGVuZ3RoID09PSAwKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IHN0b3JlLmxpc3QgPT09IHVuZGVmaW5lZCA/IFtdIDogYXdhaXQgc3RvcmUubGlzdCgpLmNhdGNoKCgpID0+IFtdIGFzIHN0cmluZ1tdKTtcbiAgICAgIGNvbnN0IGVycm9yID0gbmV3IFByb21wdE5vdEZvdW5kRXJyb3IobmFtZSwgeyBzdG9yZTogc3RvcmUubmFtZSwgc3VnZ2VzdGlvbnM6IHN1Z2dlc3ROYW1lcyhuYW1lLCBuYW1lcykgfSk7XG4gICAgICByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwNCwgJ25vdF9mb3VuZCcsIGVycm9yLm1lc3NhZ2UpO1xuICAgIH1cbiAgICBjb25zdCBzb3J0ZWQgPSBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKHZlcnNpb25zKTtcbiAgICBjb25zdCBlcnJvciA9IG5ldyBWZXJzaW9uTm90Rm91bmRFcnJvcihuYW1lLCBzZWxlY3RvciA/PyAnKG5vbmUpJywge1xuICAgICAgdmVyc2lvbnM6IHNvcnRlZC5tYXAoKHYpID0+IHYudmVyc2lvbiksXG4gICAgICBsYWJlbHM6IGxhYmVsTWFwKHNvcnRlZCksXG4gICAgfSk7XG4gICAgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJvdXRlKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgbWV0aG9kID0gcmVxLm1ldGhvZCA/PyAnR0VUJztcbiAgICBjb25zdCByYXdVcmwgPSByZXEudXJsID8/ICcvJztcbiAgICBjb25zdCBxID0gcmF3VXJsLmluZGV4T2YoJz8nKTtcbiAgICBjb25zdCByYXdQYXRoID0gcSA9PT0gLTEgPyByYXdVcmwgOiByYXdVcmwuc2xpY2UoMCwgcSk7XG4gICAgY29uc3QgcXVlcnkgPSBuZXcgVVJMU2VhcmNoUGFyYW1zKHEgPT09IC0xID8gJycgOiByYXdVcmwuc2xpY2UocSArIDEpKTtcbiAgICBjb25zdCBzZWdtZW50cyA9IHJhd1BhdGguc3BsaXQoJy8nKS5zbGljZSgxKTtcbiAgICBpZiAoc2VnbWVudHNbMF0gIT09ICd2MScgfHwgc2VnbWVudHNbMV0gIT09ICdwcm9tcHRzJykge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDQsXG4gICAgICAgICdub3RfZm91bmQnLFxuICAgICAgICBgTm8gc3VjaCBlbmRwb2ludDogJHttZXRob2R9ICR7cmF3UGF0aC5zbGljZSgwLCAyMDApfS4gVGhlIEFQSSBsaXZlcyB1bmRlciAvdjEvcHJvbXB0cy5gLFxuICAgICAgKTtcbiAgICB9XG4gICAgY2hlY2tBdXRoKHJlcSk7XG4gICAgY29uc3QgcmVzdCA9IHNlZ21lbnRzLnNsaWNlKDIpO1xuICAgIGlmIChyZXN0Lmxlbmd0aCA9PT0gMCB8fCAocmVzdC5sZW5ndGggPT09IDEgJiYgcmVzdFswXSA9PT0gJycpKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnR0VUJywgJ0hFQUQnXSk7XG4gICAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgYXdhaXQgbGlzdEFsbCgpLCB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9KTtcbiAgICB9XG4gICAgY29uc3QgZGVjb2RlZCA9IHJlc3QubWFwKGRlY29kZVNlZ21lbnQpO1xuICAgIGNvbnN0IG5hbWUgPSBkZWNvZGVkWzBdIGFzIHN0cmluZztcbiAgICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsIGAke3Byb2JsZW19LiBFbmNvZGUgdGhlIHdob2xlIG5hbWUgYXMgb25lIHBhdGggc2VnbWVudCAoXCIvXCIgYXMgJTJGKS5gKTtcbiAgICB9XG4gICAgaWYgKGRlY29kZWQubGVuZ3RoID09PSAxKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnR0VUJywgJ0hFQUQnXSk7XG4gICAgICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKTtcbiAgICAgIGlmICh2ZXJzaW9ucy5sZW5ndGggPT09IDApIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUpO1xuICAgICAgcmV0dXJuIHNlbmRKc29uKFxuICAgICAgICByZXEsXG4gICAgICAgIHJlcyxcbiAgICAgICAgMjAwLFxuICAgICAgICB7IG5hbWUsIHZlcnNpb25zOiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKHZlcnNpb25zKSB9LFxuICAgICAgICB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgWywga2luZCwgYXJnXSA9IGRlY29kZWQ7XG4gICAgaWYgKGtpbmQgPT09ICd2ZXJzaW9ucycgJiYgYXJnICE9PSB1bmRlZmluZWQgJiYgZGVjb2RlZC5sZW5ndGggPT09IDMpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydHRVQnLCAnSEVBRCcsICdQVVQnXSk7XG4gICAgICBpZiAoc2VtdmVyVmFsaWQoYXJnKSAhPT0gYXJnKSB7XG4gICAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgICA0MDAsXG4gICAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgICBgSW52YWxpZCB2ZXJzaW9uICR7SlNPTi5zdHJpbmdpZnkoYXJnLnNsaWNlKDAsIDEwMCkpfTogdXNlIGEgc2VtdmVyIHZlcnNpb24gc3VjaCBhcyAxLjIuMy5gLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgaWYgKG1ldGhvZCA9PT0gJ1BVVCcpIHJldHVybiBwdXRWZXJzaW9uKHJlcSwgcmVzLCBuYW1lLCBhcmcpO1xuICAgICAgcmV0dXJuIGdldFZlcnNpb24ocmVxLCByZXMsIG5hbWUsIGFyZyk7XG4gICAgfVxuICAgIGlmIChraW5kID09PSAncmVzb2x2ZScgJiYgZGVjb2RlZC5sZW5ndGggPT09IDIpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydHRVQnLCAnSEVBRCddKTtcbiAgICAgIGNvbnN0IHNlbGVjdG9yID0gcXVlcnkuZ2V0KCdzZWxlY3RvcicpO1xuICAgICAgaWYgKHNlbGVjdG9yID09PSBudWxsIHx8IHNlbGVjdG9yID09PSAnJyB8fCBzZWxlY3Rvci5sZW5ndGggPiAyNTYgfHwgc2VsZWN0b3JLaW5kKHNlbGVjdG9yKSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgICA0MDAsXG4gICAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgICAnTWlzc2luZyBvciBpbnZhbGlkID9zZWxlY3Rvcj06IHVzZSBhbiBleGFjdCB2ZXJzaW9uICgxLjIuMyksIGEgc2VtdmVyIHJhbmdlICheMS4yKSwgYSBsYWJlbCAocHJvZHVjdGlvbikgb3IgbGF0ZXN0LicsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBjb25zdCByZWNvcmQgPVxuICAgICAgICBzdG9yZS5yZXNvbHZlID09PSB1bmRlZmluZWQgPyBhd2FpdCByZXNvbHZlTG9jYWxseShzdG9yZSwgbmFtZSwgc2VsZWN0b3IpIDogYXdhaXQgc3RvcmUucmVzb2x2ZShuYW1lLCBzZWxlY3Rvcik7XG4gICAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUsIHNlbGVjdG9yKTtcbiAgICAgIHJldHVybiBzZW5kSnNvbihyZXEsIHJlcywgMjAwLCBhd2FpdCB3aXRoSGFzaChyZWNvcmQpLCB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9KTtcbiAgICB9XG4gICAgaWYgKGtpbmQgPT09ICdsYWJlbHMnICYmIGFyZyAhPT0gdW5kZWZpbmVkICYmIGRlY29kZWQubGVuZ3RoID09PSAzKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnUFVUJ10pO1xuICAgICAgcmV0dXJuIHB1dExhYmVsKHJlcSwgcmVzLCBuYW1lLCBhcmcpO1xuICAgIH1cbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgYE5vIHN1Y2ggZW5kcG9pbnQ6ICR7bWV0aG9kfSAke3Jhd1BhdGguc2xpY2UoMCwgMjAwKX0uYCk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBsaXN0QWxsKCk6IFByb21pc2U8eyBwcm9tcHRzOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmVyc2lvbnM6IFZlcnNpb25JbmZvW10gfT4gfT4ge1xuICAgIGlmIChzdG9yZS5saXN0ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNTAxLFxuICAgICAgICAnbm90X2ltcGxlbWVudGVkJyxcbiAgICAgICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGNhbm5vdCBsaXN0IGl0cyBwcm9tcHRzIChpdCBoYXMgbm8gbGlzdCgpKS5gLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgbmFtZXMgPSBhd2FpdCBzdG9yZS5saXN0KCk7XG4gICAgY29uc3QgcHJvbXB0czogQXJyYXk8eyBuYW1lOiBzdHJpbmc7IHZlcnNpb25zOiBWZXJzaW9uSW5mb1tdIH0+ID0gbmV3IEFycmF5KG5hbWVzLmxlbmd0aCk7XG4gICAgbGV0IG5leHQgPSAwO1xuICAgIGNvbnN0IHdvcmtlciA9IGFzeW5jICgpOiBQcm9taXNlPHZvaWQ+ID0+IHtcbiAgICAgIHdoaWxlIChuZXh0IDwgbmFtZXMubGVuZ3RoKSB7XG4gICAgICAgIGNvbnN0IGkgPSBuZXh0Kys7XG4gICAgICAgIGNvbnN0IG5hbWUgPSBuYW1lc1tpXSBhcyBzdHJpbmc7XG4gICAgICAgIHByb21wdHNbaV0gPSB7IG5hbWUsIHZlcnNpb25zOiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKSkgfTtcbiAgICAgIH1cbiAgICB9O1xuICAgIGF3YWl0IFByb21pc2UuYWxsKEFycmF5LmZyb20oeyBsZW5ndGg6IE1hdGgubWluKDE2LCBuYW1lcy5sZW5ndGgpIH0sIHdvcmtlcikpO1xuICAgIHJldHVybiB7IHByb21wdHMgfTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIGdldFZlcnNpb24ocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgcmVjb3JkID0gYXdhaXQgc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCB2ZXJzaW9uKTtcbiAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUsIHZlcnNpb24pO1xuICAgIGNvbnN0IGJvZHkgPSBhd2FpdCB3aXRoSGFzaChyZWNvcmQpO1xuICAgIGNvbnN0IGV0YWcgPSBgXCIke2JvZHkuaGFzaH1cImA7XG4gICAgY29uc3QgaGVhZGVycyA9IHsgZXRhZywgJ2NhY2hlLWNvbnRyb2wnOiBJTU1VVEFCTEUgfTtcbiAgICBpZiAoZXRhZ01hdGNoZXMocmVxLmhlYWRlcnNbJ2lmLW5vbmUtbWF0Y2gnXSwgZXRhZykpIHtcbiAgICAgIHJlcy53cml0ZUhlYWQoMzA0LCBoZWFkZXJzKTtcbiAgICAgIHJlcy5lbmQoKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIGJvZHksIGhlYWRlcnMpO1xuICB9XG5cbiAgZnVuY3Rpb24gcmVxdWlyZVdyaXRhYmxlKGNhcGFiaWxpdHk6ICdwdXRWZXJzaW9uJyB8ICdzZXRMYWJlbCcpOiB2b2lkIHtcbiAgICBpZiAoIXdyaXRhYmxlKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwNSxcbiAgICAgICAgJ21ldGhvZF9ub3RfYWxsb3dlZCcsXG4gICAgICAgICdUaGlzIHNlcnZlciBpcyByZWFkLW9ubHk6IHN0YXJ0IGl0IHdpdGggd3JpdGFibGU6IHRydWUgdG8gYWNjZXB0IFBVVCByZXF1ZXN0cy4nLFxuICAgICAgICB7IGFsbG93OiAnR0VULCBIRUFEJyB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKHN0b3JlW2NhcGFiaWxpdHldID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNTAxLFxuICAgICAgICAnbm90X2ltcGxlbWVudGVkJyxcbiAgICAgICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGNhbm5vdCBiZSB3cml0dGVuIChpdCBoYXMgbm8gJHtjYXBhYmlsaXR5fSgpKS5gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBwdXRWZXJzaW9uKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlLCBuYW1lOiBzdHJpbmcsIHZlcnNpb246IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJlcXVpcmVXcml0YWJsZSgncHV0VmVyc2lvbicpO1xuICAgIGNvbnN0IGJvZHkgPSBhd2FpdCByZWFkSnNvbkJvZHkocmVxKTtcbiAgICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gICAgbGV0IGhhc2g6IHN0cmluZztcbiAgICB0cnkge1xuICAgICAgcmVjb3JkID0gcGFyc2VSZWNvcmQoYm9keSwgeyBmaWxlOiAncmVxdWVzdCBib2R5JyB9KTtcbiAgICAgIGhhc2ggPSBhd2FpdCB2ZXJpZnlSZWNvcmRIYXNoKHJlY29yZCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdEZvcm1hdEVycm9yIHx8IGVycm9yIGluc3RhbmNlb2YgSW50ZWdyaXR5RXJyb3IpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgYEludmFsaWQgcmVjb3JkOiAke2Vycm9yLm1lc3NhZ2V9YCk7XG4gICAgICB9XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgaWYgKHJlY29yZC5uYW1lICE9PSBuYW1lIHx8IHJlY29yZC52ZXJzaW9uICE9PSB2ZXJzaW9uKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMCxcbiAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgYFRoZSByZWNvcmQgaXMgXCIke3JlY29yZC5uYW1lfUAke3JlY29yZC52ZXJzaW9ufVwiIGJ1dCB0aGUgVVJMIHNheXMgXCIke25hbWV9QCR7dmVyc2lvbn1cIjogdGhleSBtdXN0IG1hdGNoLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBhd2FpdCBzdG9yZS5wdXRWZXJzaW9uPy4ocmVjb3JkKTtcbiAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgeyBuYW1lLCB2ZXJzaW9uLCBoYXNoIH0sIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tc3RvcmUnIH0pO1xuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gcHV0TGFiZWwocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIG5hbWU6IHN0cmluZywgbGFiZWw6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJlcXVpcmVXcml0YWJsZSgnc2V0TGFiZWwnKTtcbiAgICBpZiAoc2VsZWN0b3JLaW5kKGxhYmVsKSAhPT0gJ2xhYmVsJykge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDAsXG4gICAgICAgICdiYWRfcmVxdWVzdCcsXG4gICAgICAgIGBJbnZhbGlkIGxhYmVsICR7SlNPTi5zdHJpbmdpZnkobGFiZWwuc2xpY2UoMCwgMTAwKSl9OiBzdGFydCB3aXRoIGEgbGV0dGVyLCB0aGVuIGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiIG9yIFwiLVwiOyBcImxhdGVzdFwiIGlzIHJlc2VydmVkLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBwYXJzZWQgPSBzZXRMYWJlbEJvZHlTY2hlbWEuc2FmZVBhcnNlKGF3YWl0IHJlYWRKc29uQm9keShyZXEpKTtcbiAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnVGhlIGJvZHkgbXVzdCBiZSB7XCJ2ZXJzaW9uXCI6IFwiPHNlbXZlcj5cIn0uJyk7XG4gICAgYXdhaXQgc3RvcmUuc2V0TGFiZWw/LihuYW1lLCBsYWJlbCwgcGFyc2VkLmRhdGEudmVyc2lvbik7XG4gICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIHsgbmFtZSwgbGFiZWwsIHZlcnNpb246IHBhcnNlZC5kYXRhLnZlcnNpb24gfSwgeyAnY2FjaGUtY29udHJvbCc6ICduby1zdG9yZScgfSk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByZWFkSnNvbkJvZHkocmVxOiBJbmNvbWluZ01lc3NhZ2UpOiBQcm9taXNlPHVua25vd24+IHtcbiAgICBjb25zdCB0eXBlID0gcmVxLmhlYWRlcnNbJ2NvbnRlbnQtdHlwZSddID8/ICcnO1xuICAgIGlmICghL15hcHBsaWNhdGlvblxcLyg/OltcXHcuLV0rXFwrKT9qc29uXFxiL2kudGVzdCh0eXBlKSkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQxNSwgJ3Vuc3VwcG9ydGVkX21lZGlhX3R5cGUnLCAnU2VuZCB0aGUgYm9keSBhcyBKU09OIChDb250ZW50LVR5cGU6IGFwcGxpY2F0aW9uL2pzb24pLicpO1xuICAgIH1cbiAgICBjb25zdCBkZWNsYXJlZCA9IE51bWJlcihyZXEuaGVhZGVyc1snY29udGVudC1sZW5ndGgnXSk7XG4gICAgY29uc3QgdG9vTGFyZ2UgPSBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICA0MTMsXG4gICAgICAncGF5bG9hZF90b29fbGFyZ2UnLFxuICAgICAgYFRoZSByZXF1ZXN0IGJvZHkgaXMgbGFyZ2VyIHRoYW4gdGhlICR7bWF4Qm9keUJ5dGVzfS1ieXRlIGxpbWl0IG9mIHRoaXMgc2VydmVyLmAsXG4gICAgICB7IGNvbm5lY3Rpb246ICdjbG9zZScgfSxcbiAgICApO1xuICAgIGlmIChOdW1iZXIuaXNGaW5pdGUoZGVjbGFyZWQpICYmIGRlY2xhcmVkID4gbWF4Qm9keUJ5dGVzKSB0aHJvdyB0b29MYXJnZTtcbiAgICBjb25zdCBjaHVua3M6IEJ1ZmZlcltdID0gW107XG4gICAgbGV0IHRvdGFsID0gMDtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHJlcSkge1xuICAgICAgY29uc3QgYnVmZmVyID0gY2h1bmsgYXMgQnVmZmVyO1xuICAgICAgdG90YWwgKz0gYnVmZmVyLmxlbmd0aDtcbiAgICAgIGlmICh0b3RhbCA+IG1heEJvZHlCeXRlcykgdGhyb3cgdG9vTGFyZ2U7XG4gICAgICBjaHVua3MucHVzaChidWZmZXIpO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgcmV0dXJuIEpTT04ucGFyc2UoQnVmZmVyLmNvbmNhdChjaHVua3MpLnRvU3RyaW5nKCd1dGY4JykpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgJ1RoZSByZXF1ZXN0IGJvZHkgaXMgbm90IHZhbGlkIEpTT04uJyk7XG4gICAgfVxuICB9XG5cbiAgcmV0dXJuIChyZXEsIHJlcykgPT4ge1xuICAgIHJvdXRlKHJlcSwgcmVzKS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIGNvbnN0IGZhaWx1cmUgPSB0b0ZhaWx1cmUoZXJyb3IpO1xuICAgICAgaWYgKGZhaWx1cmUuc3RhdHVzID49IDUwMCAmJiBmYWlsdXJlLnN0YXR1cyAhPT0gNTAxKSBvbkVycm9yKGVycm9yKTtcbiAgICAgIGlmICghcmVzLmhlYWRlcnNTZW50KSBzZW5kRXJyb3IocmVxLCByZXMsIGZhaWx1cmUpO1xuICAgICAgZWxzZSByZXMuZGVzdHJveSgpO1xuICAgICAgaWYgKGZhaWx1cmUuc3RhdHVzID09PSA0MTMpIHJlcy5vbignZmluaXNoJywgKCkgPT4gcmVxLmRlc3Ryb3koKSk7XG4gICAgfSk7XG4gIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHdpdGhIYXNoKHJlY29yZDogUHJvbXB0UmVjb3JkKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgJiB7IGhhc2g6IHN0cmluZyB9PiB7XG4gIHJldHVybiB7IC4uLnJlY29yZCwgaGFzaDogcmVjb3JkLmhhc2ggPz8gKGF3YWl0IGNvbXB1dGVIYXNoKHJlY29yZCkpIH07XG59XG5cbmZ1bmN0aW9uIGRlY29kZVNlZ21lbnQoc2VnbWVudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgbGV0IHZhbHVlOiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgdmFsdWUgPSBkZWNvZGVVUklDb21wb25lbnQoc2VnbWVudCk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsICdNYWxmb3JtZWQgcGVyY2VudC1lbmNvZGluZyBpbiB0aGUgcGF0aC4nKTtcbiAgfVxuICBpZiAodmFsdWUgPT09ICcuJyB8fCB2YWx1ZSA9PT0gJy4uJyB8fCB2YWx1ZS5pbmNsdWRlcygnXFwwJykpIHtcbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnUGF0aCBzZWdtZW50cyBcIi5cIiBhbmQgXCIuLlwiIGFuZCBOVUwgYnl0ZXMgYXJlIHJlZnVzZWQuJyk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBhbGxvdyhtZXRob2Q6IHN0cmluZywgbWV0aG9kczogcmVhZG9ubHkgc3RyaW5nW10pOiB2b2lkIHtcbiAgaWYgKCFtZXRob2RzLmluY2x1ZGVzKG1ldGhvZCkpIHtcbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDA1LCAnbWV0aG9kX25vdF9hbGxvd2VkJywgYCR7bWV0aG9kfSBpcyBub3QgYWxsb3dlZCBoZXJlOyB1c2UgJHttZXRob2RzLmpvaW4oJyBvciAnKX0uYCwge1xuICAgICAgYWxsb3c6IG1ldGhvZHMuam9pbignLCAnKSxcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogVHJ1ZSB3aGVuIGFuIGBJZi1Ob25lLU1hdGNoYCBoZWFkZXIgbGlzdHMgYGV0YWdgICh3ZWFrIG9yIHN0cm9uZykgb3IgYCpgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV0YWdNYXRjaGVzKGhlYWRlcjogc3RyaW5nIHwgdW5kZWZpbmVkLCBldGFnOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKGhlYWRlciA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiBoZWFkZXIuc3BsaXQoJywnKS5zb21lKChwYXJ0KSA9PiB7XG4gICAgY29uc3QgdGFnID0gcGFydC50cmltKCkucmVwbGFjZSgvXldcXC8vLCAnJyk7XG4gICAgcmV0dXJuIHRhZyA9PT0gJyonIHx8IHRhZyA9PT0gZXRhZztcbiAgfSk7XG59XG5cbi8qKiBUdXJuIGFueXRoaW5nIHRocm93biB3aGlsZSBhbnN3ZXJpbmcgaW50byBhbiBlcnJvciBhbnN3ZXIsIHdpdGhvdXQgbGVha2luZyBpbnRlcm5hbHMuICovXG5mdW5jdGlvbiB0b0ZhaWx1cmUoZXJyb3I6IHVua25vd24pOiBIdHRwRmFpbHVyZSB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEh0dHBGYWlsdXJlKSByZXR1cm4gZXJyb3I7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdE5vdEZvdW5kRXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBWZXJzaW9uTm90Rm91bmRFcnJvcikge1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Rm9ybWF0RXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBJbnRlZ3JpdHlFcnJvcikge1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDIyLCAnaW52YWxpZF9wcm9tcHQnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBDb25maWdFcnJvcikgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsIGVycm9yLm1lc3NhZ2UpO1xuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yKSB7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDA5KSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwOSwgJ2NvbmZsaWN0JywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDAwKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDA0KSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwNCwgJ25vdF9mb3VuZCcsIGVycm9yLm1lc3NhZ2UpO1xuICAgIGlmIChlcnJvci5yZXRyeWFibGUpIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAzLCAnc3RvcmVfdW5hdmFpbGFibGUnLCBlcnJvci5tZXNzYWdlLCB7ICdyZXRyeS1hZnRlcic6ICcxJyB9KTtcbiAgICByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDUwMCwgJ2ludGVybmFsJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cbiAgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDUwMCwgJ2ludGVybmFsJywgZXJyb3IubWVzc2FnZSk7XG4gIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAwLCAnaW50ZXJuYWwnLCAnSW50ZXJuYWwgc2VydmVyIGVycm9yOiBzZWUgdGhlIHNlcnZlciBsb2cuJyk7XG59XG5cbmZ1bmN0aW9uIHNlbmRFcnJvcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSwgZmFpbHVyZTogSHR0cEZhaWx1cmUpOiB2b2lkIHtcbiAgc2VuZEpzb24oXG4gICAgcmVxLFxuICAgIHJlcyxcbiAgICBmYWlsdXJlLnN0YXR1cyxcbiAgICB7IGVycm9yOiB7IGNvZGU6IGZhaWx1cmUuY29kZSwgbWVzc2FnZTogZmFpbHVyZS5tZXNzYWdlIH0gfSxcbiAgICB7XG4gICAgICAnY2FjaGUtY29udHJvbCc6ICduby1zdG9yZScsXG4gICAgICAuLi5mYWlsdXJlLmhlYWRlcnMsXG4gICAgfSxcbiAgKTtcbn1cblxuZnVuY3Rpb24gc2VuZEpzb24oXG4gIHJlcTogSW5jb21pbmdNZXNzYWdlLFxuICByZXM6IFNlcnZlclJlc3BvbnNlLFxuICBzdGF0dXM6IG51bWJlcixcbiAgYm9keTogdW5rbm93bixcbiAgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9LFxuKTogdm9pZCB7XG4gIGNvbnN0IHRleHQgPSBKU09OLnN0cmluZ2lmeShib2R5KTtcbiAgcmVzLndyaXRlSGVhZChzdGF0dXMsIHtcbiAgICAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb247IGNoYXJzZXQ9dXRmLTgnLFxuICAgICdjb250ZW50LWxlbmd0aCc6IFN0cmluZyhCdWZmZXIuYnl0ZUxlbmd0aCh0ZXh0KSksXG4gICAgJ3gtY29udGVudC10eXBlLW9wdGlvbnMnOiAnbm9zbmlmZicsXG4gICAgLi4uaGVhZGVycyxcbiAgfSk7XG4gIHJlcy5lbmQocmVxLm1ldGhvZCA9PT0gJ0hFQUQnID8gdW5kZWZpbmVkIDogdGV4dCk7XG59XG4iLCAiLyoqXG4gKiBIVFRQIHByb3RvY29sIHYxIChERVNJR04ubWQgc2VjdGlvbiA3KTogcGF0aHMsIGJvZHkgc2hhcGVzICh6b2QgbWluaSBzY2hlbWFzLCBzbyB0aGUgY29yZSBlbnRyeVxuICogc3RheXMgc21hbGwpIGFuZCBlcnJvciBjb2Rlcywgc2hhcmVkIGJ5IGBodHRwU3RvcmVgIGFuZCB0aGUgcmVmZXJlbmNlIHNlcnZlci5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5cbi8qKiBWZXJzaW9uIG9mIHRoZSBwcm90b2NvbDsgdGhlIHBhdGggcHJlZml4IGlzIGAvdntQUk9UT0NPTF9WRVJTSU9OfWAuICovXG5leHBvcnQgY29uc3QgUFJPVE9DT0xfVkVSU0lPTiA9IDE7XG5cbi8qKiBgeyB2ZXJzaW9uLCBsYWJlbHMsIGhhc2g/IH1gIGFzIGxpc3RlZCBieSB0aGUgc2VydmVyLiAqL1xuZXhwb3J0IGNvbnN0IHZlcnNpb25JbmZvU2NoZW1hID0gei5vYmplY3Qoe1xuICB2ZXJzaW9uOiB6LnN0cmluZygpLFxuICBsYWJlbHM6IHouYXJyYXkoei5zdHJpbmcoKSksXG4gIGhhc2g6IHoub3B0aW9uYWwoei5zdHJpbmcoKSksXG59KTtcblxuLyoqIEFuc3dlciBvZiBgR0VUIC92MS9wcm9tcHRzL3tuYW1lfWAuICovXG5leHBvcnQgY29uc3QgdmVyc2lvbkxpc3RTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIG5hbWU6IHouc3RyaW5nKCksXG4gIHZlcnNpb25zOiB6LmFycmF5KHZlcnNpb25JbmZvU2NoZW1hKSxcbn0pO1xuXG4vKiogQW5zd2VyIG9mIGBHRVQgL3YxL3Byb21wdHNgLiAqL1xuZXhwb3J0IGNvbnN0IHByb21wdExpc3RTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHByb21wdHM6IHouYXJyYXkoXG4gICAgei5vYmplY3Qoe1xuICAgICAgbmFtZTogei5zdHJpbmcoKSxcbiAgICAgIHZlcnNpb25zOiB6Lm9wdGlvbmFsKHouYXJyYXkodmVyc2lvbkluZm9TY2hlbWEpKSxcbiAgICB9KSxcbiAgKSxcbn0pO1xuXG4vKiogQm9keSBvZiBgUFVUIC92MS9wcm9tcHRzL3tuYW1lfS9sYWJlbHMve2xhYmVsfWAuICovXG5leHBvcnQgY29uc3Qgc2V0TGFiZWxCb2R5U2NoZW1hID0gei5vYmplY3QoeyB2ZXJzaW9uOiB6LnN0cmluZygpIH0pO1xuXG4vKiogRXJyb3IgY29kZXMgb2YgYHsgXCJlcnJvclwiOiB7IFwiY29kZVwiLCBcIm1lc3NhZ2VcIiB9IH1gIGJvZGllcy4gKi9cbmV4cG9ydCB0eXBlIFByb3RvY29sRXJyb3JDb2RlID1cbiAgfCAnbm90X2ZvdW5kJ1xuICB8ICd1bmF1dGhvcml6ZWQnXG4gIHwgJ2JhZF9yZXF1ZXN0J1xuICB8ICdjb25mbGljdCdcbiAgfCAnbWV0aG9kX25vdF9hbGxvd2VkJ1xuICB8ICdwYXlsb2FkX3Rvb19sYXJnZSdcbiAgfCAndW5zdXBwb3J0ZWRfbWVkaWFfdHlwZSdcbiAgfCAnaW52YWxpZF9wcm9tcHQnXG4gIHwgJ25vdF9pbXBsZW1lbnRlZCdcbiAgfCAnc3RvcmVfdW5hdmFpbGFibGUnXG4gIHwgJ2ludGVybmFsJztcblxuLyoqIFRoZSBlcnJvciBib2R5IG9mIGV2ZXJ5IGZhaWxlZCByZXF1ZXN0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm90b2NvbEVycm9yQm9keSB7XG4gIGVycm9yOiB7IGNvZGU6IFByb3RvY29sRXJyb3JDb2RlOyBtZXNzYWdlOiBzdHJpbmcgfTtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97ZW5jb2RlVVJJQ29tcG9uZW50KG5hbWUpfWAgKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm9tcHRQYXRoKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgL3Yke1BST1RPQ09MX1ZFUlNJT059L3Byb21wdHMvJHtlbmNvZGVVUklDb21wb25lbnQobmFtZSl9YDtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97bmFtZX0vdmVyc2lvbnMve3ZlcnNpb259YCAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25QYXRoKG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Byb21wdFBhdGgobmFtZSl9L3ZlcnNpb25zLyR7ZW5jb2RlVVJJQ29tcG9uZW50KHZlcnNpb24pfWA7XG59XG5cbi8qKiBgL3YxL3Byb21wdHMve25hbWV9L3Jlc29sdmVgICh0aGUgc2VsZWN0b3IgZ29lcyBpbiBgP3NlbGVjdG9yPWApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVQYXRoKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwcm9tcHRQYXRoKG5hbWUpfS9yZXNvbHZlYDtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97bmFtZX0vbGFiZWxzL3tsYWJlbH1gICovXG5leHBvcnQgZnVuY3Rpb24gbGFiZWxQYXRoKG5hbWU6IHN0cmluZywgbGFiZWw6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwcm9tcHRQYXRoKG5hbWUpfS9sYWJlbHMvJHtlbmNvZGVVUklDb21wb25lbnQobGFiZWwpfWA7XG59XG5cbi8qKiBBIHpvZCBpc3N1ZSBsaXN0IGFzIG9uZSBsaW5lLCBmb3IgbWVzc2FnZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVJc3N1ZXMoZXJyb3I6IHsgaXNzdWVzOiBSZWFkb25seUFycmF5PHsgcGF0aDogUHJvcGVydHlLZXlbXTsgbWVzc2FnZTogc3RyaW5nIH0+IH0pOiBzdHJpbmcge1xuICByZXR1cm4gZXJyb3IuaXNzdWVzXG4gICAgLnNsaWNlKDAsIDUpXG4gICAgLm1hcCgoaXNzdWUpID0+IGAke2lzc3VlLnBhdGgubGVuZ3RoID4gMCA/IGlzc3VlLnBhdGgubWFwKFN0cmluZykuam9pbignLicpIDogJyhib2R5KSd9OiAke2lzc3VlLm1lc3NhZ2V9YClcbiAgICAuam9pbignOyAnKTtcbn1cbiIsICIvKipcbiAqIGBodHRwU3RvcmVgOiByZWFkcyBwcm9tcHRzIGZyb20gYSBzZXJ2ZXIgc3BlYWtpbmcgcHJvbXB0b3BzIEhUVFAgcHJvdG9jb2wgdjEgKERFU0lHTi5tZCBzZWN0aW9uIDcpLFxuICogc3VjaCBhcyBgcHJvbXB0b3BzIHNlcnZlYCBvciBgY3JlYXRlUHJvbXB0U2VydmVyYC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgTFJVQ2FjaGUgfSBmcm9tICdscnUtY2FjaGUnO1xuaW1wb3J0IHNlbXZlclZhbGlkIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvdmFsaWQuanMnO1xuaW1wb3J0IHsgdmVyaWZ5UmVjb3JkSGFzaCB9IGZyb20gJy4uL2VuZ2luZS9oYXNoLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IGFzc2VydFZhbGlkU2VsZWN0b3IsIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IsIFByb21wdEZvcm1hdEVycm9yLCBTdG9yZUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgRmFpbHVyZUNvbnRleHQsIG1hbGZvcm1lZEVycm9yLCByZWRhY3Rvciwgc3RhdHVzRXJyb3IgfSBmcm9tICcuL2h0dHAvZXJyb3JzLmpzJztcbmltcG9ydCB7IG5vcm1hbGl6ZUJhc2VVcmwsIHBvc2l0aXZlTnVtYmVyIH0gZnJvbSAnLi9odHRwL29wdGlvbnMuanMnO1xuaW1wb3J0IHtcbiAgZGVzY3JpYmVJc3N1ZXMsXG4gIGxhYmVsUGF0aCxcbiAgcHJvbXB0TGlzdFNjaGVtYSxcbiAgcHJvbXB0UGF0aCxcbiAgcmVzb2x2ZVBhdGgsXG4gIHZlcnNpb25MaXN0U2NoZW1hLFxuICB2ZXJzaW9uUGF0aCxcbn0gZnJvbSAnLi9odHRwL3Byb3RvY29sLmpzJztcbmltcG9ydCB7IHR5cGUgUmV0cnlPcHRpb25zLCByZXNvbHZlUmV0cnlPcHRpb25zIH0gZnJvbSAnLi9odHRwL3JldHJ5LmpzJztcbmltcG9ydCB7IGNyZWF0ZVRyYW5zcG9ydCwgREVGQVVMVF9NQVhfQk9EWV9CWVRFUywgdHlwZSBUcmFuc3BvcnRSZXNwb25zZSB9IGZyb20gJy4vaHR0cC90cmFuc3BvcnQuanMnO1xuaW1wb3J0IHsgYXNzZXJ0TGFiZWxOYW1lLCBhc3NlcnRQcm9tcHROYW1lLCBmcm96ZW5SZWNvcmQgfSBmcm9tICcuL3Jlc29sdmUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSwgVmVyc2lvbkluZm8gfSBmcm9tICcuL3R5cGVzLmpzJztcblxuZXhwb3J0IHR5cGUgeyBSZXRyeU9wdGlvbnMgfSBmcm9tICcuL2h0dHAvcmV0cnkuanMnO1xuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgaHR0cFN0b3JlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSHR0cFN0b3JlT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBCYXNlIFVSTCBvZiB0aGUgc2VydmVyLCB3aXRob3V0IHRoZSBgL3YxYCBwYXRoOiBgJ2h0dHBzOi8vcHJvbXB0cy5leGFtcGxlLmNvbSdgLlxuICAgKiBBIHBhdGggcHJlZml4IGlzIGtlcHQgKGAnaHR0cHM6Ly9leGFtcGxlLmNvbS9wcm9tcHRvcHMnYCByZXF1ZXN0cyBgL3Byb21wdG9wcy92MS8uLi5gKS5cbiAgICovXG4gIHVybDogc3RyaW5nO1xuICAvKipcbiAgICogQmVhcmVyIHRva2VuIHNlbnQgYXMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YC4gTmV2ZXIgYXBwZWFycyBpbiBlcnJvcnMgb3IgZXZlbnRzLlxuICAgKiBAZGVmYXVsdCB1bmRlZmluZWQgKG5vIEF1dGhvcml6YXRpb24gaGVhZGVyKVxuICAgKi9cbiAgdG9rZW4/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBFeHRyYSBoZWFkZXJzIHNlbnQgd2l0aCBldmVyeSByZXF1ZXN0LiBUaGVpciB2YWx1ZXMgYXJlIHJlZGFjdGVkIGZyb20gZXJyb3IgbWVzc2FnZXMgdG9vLlxuICAgKiBAZGVmYXVsdCB7fVxuICAgKi9cbiAgaGVhZGVycz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKlxuICAgKiBUaW1lb3V0IG9mIG9uZSBhdHRlbXB0IGluIG1pbGxpc2Vjb25kcywgZnJvbSBzZW5kaW5nIHRoZSByZXF1ZXN0IHRvIHRoZSBlbmQgb2YgdGhlIGJvZHkuXG4gICAqIEBkZWZhdWx0IDUwMDBcbiAgICovXG4gIHRpbWVvdXRNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFJldHJ5IHBvbGljeSBmb3IgbmV0d29yayBlcnJvcnMsIHRpbWVvdXRzLCA0MDgsIDQyOSBhbmQgNXh4OiBhIG51bWJlciBzZXRzIGBsaW1pdGAsIGBmYWxzZWBcbiAgICogZGlzYWJsZXMgcmV0cmllcy5cbiAgICogQGRlZmF1bHQgeyBsaW1pdDogMiwgYmFja29mZk1zOiAyNTAsIG1heEJhY2tvZmZNczogNTAwMCwgbWF4UmV0cnlBZnRlck1zOiAzMDAwMCB9XG4gICAqL1xuICByZXRyeT86IFJldHJ5T3B0aW9ucyB8IG51bWJlciB8IGZhbHNlO1xuICAvKipcbiAgICogYGZldGNoYCBpbXBsZW1lbnRhdGlvbiAoYSBwcm94eSBhZ2VudCwgYSB0ZXN0IGRvdWJsZS4uLikuXG4gICAqIEBkZWZhdWx0IGdsb2JhbFRoaXMuZmV0Y2gsIGxvb2tlZCB1cCBhdCBlYWNoIHJlcXVlc3RcbiAgICovXG4gIGZldGNoPzogdHlwZW9mIGdsb2JhbFRoaXMuZmV0Y2g7XG4gIC8qKlxuICAgKiBMYXJnZXN0IGFjY2VwdGVkIHJlc3BvbnNlIGJvZHkgaW4gYnl0ZXM7IGEgbGFyZ2VyIG9uZSBpcyByZWZ1c2VkIChhIGBTdG9yZUVycm9yYCkgd2hpbGVcbiAgICogc3RyZWFtaW5nLCB3aXRob3V0IGJlaW5nIHJlYWQgZnVydGhlci5cbiAgICogQGRlZmF1bHQgMTA0ODU3NjAgKDEwIE1CKVxuICAgKi9cbiAgbWF4Qm9keUJ5dGVzPzogbnVtYmVyO1xuICAvKipcbiAgICogQWRkIGBwdXRWZXJzaW9uYCBhbmQgYHNldExhYmVsYCAoYFBVVGAgcmVxdWVzdHM7IHRoZSBzZXJ2ZXIgbXVzdCBydW4gd2l0aCBgd3JpdGFibGU6IHRydWVgKS5cbiAgICogQGRlZmF1bHQgZmFsc2VcbiAgICovXG4gIHdyaXRhYmxlPzogYm9vbGVhbjtcbiAgLyoqXG4gICAqIEhvdyBtYW55IGBFVGFnIFx1MjE5MiByZWNvcmRgIGVudHJpZXMgdG8ga2VlcCBmb3IgY29uZGl0aW9uYWwgYGdldFZlcnNpb25gIHJlcXVlc3RzXG4gICAqIChgSWYtTm9uZS1NYXRjaGA7IGEgYDMwNGAgcmV1c2VzIHRoZSBjYWNoZWQgcmVjb3JkKS5cbiAgICogQGRlZmF1bHQgMTAwMFxuICAgKi9cbiAgZXRhZ0NhY2hlU2l6ZT86IG51bWJlcjtcbiAgLyoqXG4gICAqIE5hbWUgb2YgdGhlIHN0b3JlIGluIGV2ZW50cyBhbmQgZXJyb3IgbWVzc2FnZXMuXG4gICAqIEBkZWZhdWx0ICdodHRwJ1xuICAgKi9cbiAgbmFtZT86IHN0cmluZztcbn1cblxuLyoqIEEge0BsaW5rIFByb21wdFN0b3JlfSBiYWNrZWQgYnkgYW4gSFRUUCBzZXJ2ZXI7IGBsaXN0YCBhbmQgYHJlc29sdmVgIGFyZSBhbHdheXMgcHJlc2VudC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSHR0cFN0b3JlIGV4dGVuZHMgUHJvbXB0U3RvcmUge1xuICBsaXN0KCk6IFByb21pc2U8c3RyaW5nW10+O1xuICByZXNvbHZlKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyk6IFByb21pc2U8UHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkPjtcbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuLyoqXG4gKiBBIHN0b3JlIHRoYXQgcmVhZHMgcHJvbXB0cyBmcm9tIGEgcHJvbXB0b3BzIEhUVFAgc2VydmVyIChwcm90b2NvbCB2MSkuXG4gKlxuICogLSBgbGlzdFZlcnNpb25zYCBcdTIxOTIgYEdFVCAvdjEvcHJvbXB0cy97bmFtZX1gOyBgZ2V0VmVyc2lvbmAgXHUyMTkyIGBHRVQgL3YxL3Byb21wdHMve25hbWV9L3ZlcnNpb25zL3t2fWBcbiAqICAgd2l0aCBgSWYtTm9uZS1NYXRjaGAgKGEgYDMwNGAgcmV1c2VzIHRoZSByZWNvcmQgY2FjaGVkIGZvciB0aGF0IFVSTCk7IGByZXNvbHZlYCBcdTIxOTJcbiAqICAgYEdFVCAvdjEvcHJvbXB0cy97bmFtZX0vcmVzb2x2ZT9zZWxlY3Rvcj1TYCAob25lIHJvdW5kIHRyaXApOyBgbGlzdGAgXHUyMTkyIGBHRVQgL3YxL3Byb21wdHNgLlxuICogLSBBIGA0MDRgIHdob3NlIGJvZHkgc2F5cyBgbm90X2ZvdW5kYCBtZWFucyBcInVua25vd25cIjogYFtdYCAvIGB1bmRlZmluZWRgLiBPdGhlciBmYWlsdXJlcyByZWplY3RcbiAqICAgd2l0aCBhIGBTdG9yZUVycm9yYCBjYXJyeWluZyBgc3RhdHVzYCBhbmQgYHJldHJ5YWJsZWAgKHRydWUgZm9yIG5ldHdvcmsgZXJyb3JzLCB0aW1lb3V0cywgNDA4LFxuICogICA0MjkgYW5kIDV4eCwgd2hpY2ggYXJlIGZpcnN0IHJldHJpZWQgd2l0aCBjYXBwZWQsIGppdHRlcmVkIGJhY2tvZmYgaG9ub3VyaW5nIGBSZXRyeS1BZnRlcmApLlxuICogLSBFdmVyeSBib2R5IGlzIGNoZWNrZWQ6IEpTT04gY29udGVudCB0eXBlLCBzaXplIGxpbWl0LCBzaGFwZTsgcmVjb3JkcyBnbyB0aHJvdWdoIHRoZSByZWNvcmRcbiAqICAgc2NoZW1hIGFuZCB0aGVpciBoYXNoIGlzIHZlcmlmaWVkIChhIG1pc21hdGNoIGlzIGFuIGBJbnRlZ3JpdHlFcnJvcmA7IHRoZSByZWNvcmQgaXMgbmV2ZXIgcmV0dXJuZWQpLlxuICogLSBUaGUgdG9rZW4gaXMgbmV2ZXIgcGFydCBvZiBhIG1lc3NhZ2UsIGFuIGVycm9yJ3MgcHJvcGVydGllcyBvciBpdHMgYGNhdXNlYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHN0b3JlID0gaHR0cFN0b3JlKHsgdXJsOiAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJywgdG9rZW46IHByb2Nlc3MuZW52LlBST01QVFNfVE9LRU4gfSk7XG4gKiBjb25zdCByZWNvcmQgPSBhd2FpdCBzdG9yZS5yZXNvbHZlKCdzdXBwb3J0L2dyZWV0aW5nJywgJ3Byb2R1Y3Rpb24nKTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gaHR0cFN0b3JlKG9wdGlvbnM6IEh0dHBTdG9yZU9wdGlvbnMpOiBIdHRwU3RvcmUge1xuICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ2h0dHBTdG9yZShvcHRpb25zKSBuZWVkcyBhbiBvcHRpb25zIG9iamVjdCB3aXRoIGF0IGxlYXN0IFwidXJsXCInLCB7IG9wdGlvbjogJ29wdGlvbnMnIH0pO1xuICB9XG4gIGNvbnN0IHN0b3JlTmFtZSA9IG9wdGlvbnMubmFtZSA/PyAnaHR0cCc7XG4gIGNvbnN0IGJhc2VVcmwgPSBub3JtYWxpemVCYXNlVXJsKG9wdGlvbnMudXJsLCAndXJsJyk7XG4gIGlmICgvXFwvdlxcZCskLy50ZXN0KGJhc2VVcmwpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgYHNob3VsZCBiZSB0aGUgc2VydmVyJ3MgYmFzZSBVUkwgd2l0aG91dCB0aGUgcHJvdG9jb2wgcGF0aDogdXNlICR7SlNPTi5zdHJpbmdpZnkoYmFzZVVybC5yZXBsYWNlKC9cXC92XFxkKyQvLCAnJykpfWAsXG4gICAgICB7IG9wdGlvbjogJ3VybCcgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHRva2VuID0gb3B0aW9ucy50b2tlbjtcbiAgaWYgKHRva2VuICE9PSB1bmRlZmluZWQgJiYgKHR5cGVvZiB0b2tlbiAhPT0gJ3N0cmluZycgfHwgdG9rZW4gPT09ICcnIHx8IC9bXFxyXFxuXS8udGVzdCh0b2tlbikpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdtdXN0IGJlIGEgbm9uLWVtcHR5IHN0cmluZyB3aXRob3V0IGxpbmUgYnJlYWtzIChvciBsZWZ0IG91dCknLCB7IG9wdGlvbjogJ3Rva2VuJyB9KTtcbiAgfVxuICBjb25zdCB1c2VySGVhZGVycyA9IG9wdGlvbnMuaGVhZGVycyA/PyB7fTtcbiAgaWYgKHR5cGVvZiB1c2VySGVhZGVycyAhPT0gJ29iamVjdCcgfHwgdXNlckhlYWRlcnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYW4gb2JqZWN0IG9mIGhlYWRlciBuYW1lcyB0byB2YWx1ZXMnLCB7IG9wdGlvbjogJ2hlYWRlcnMnIH0pO1xuICB9XG4gIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IC4uLnVzZXJIZWFkZXJzIH07XG4gIGlmICh0b2tlbiAhPT0gdW5kZWZpbmVkKSBoZWFkZXJzLmF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dG9rZW59YDtcbiAgY29uc3QgcmVkYWN0ID0gcmVkYWN0b3IoW3Rva2VuLCAuLi5PYmplY3QudmFsdWVzKHVzZXJIZWFkZXJzKV0pO1xuICBjb25zdCB0cmFuc3BvcnQgPSBjcmVhdGVUcmFuc3BvcnQoe1xuICAgIHN0b3JlOiBzdG9yZU5hbWUsXG4gICAgYmFzZVVybCxcbiAgICBoZWFkZXJzLFxuICAgIHNlY3JldHM6IFt0b2tlbl0sXG4gICAgYXV0aEhpbnQ6XG4gICAgICB0b2tlbiA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gJ25vIHRva2VuIHdhcyBzZW50OiBwYXNzIHRoZSBzZXJ2ZXJcXCdzIHRva2VuIGFzIHRoZSBcInRva2VuXCIgb3B0aW9uIG9mIGh0dHBTdG9yZSAob3Igc2V0IHRoZSB2YXJpYWJsZSBuYW1lZCBieSBcInRva2VuRW52XCIgaW4gcHJvbXB0b3BzLmNvbmZpZy5qc29uKSdcbiAgICAgICAgOiAndGhlIHRva2VuIHRoYXQgd2FzIHNlbnQgd2FzIHJlZnVzZWQ6IGNoZWNrIHRoYXQgdGhlIFwidG9rZW5cIiBvcHRpb24gb2YgaHR0cFN0b3JlIG1hdGNoZXMgdGhlIHRva2VuIHRoZSBzZXJ2ZXIgd2FzIHN0YXJ0ZWQgd2l0aCcsXG4gICAgdGltZW91dE1zOiBwb3NpdGl2ZU51bWJlcihvcHRpb25zLnRpbWVvdXRNcywgJ3RpbWVvdXRNcycsIDUwMDApLFxuICAgIHJldHJ5OiByZXNvbHZlUmV0cnlPcHRpb25zKG9wdGlvbnMucmV0cnkpLFxuICAgIG1heEJvZHlCeXRlczogcG9zaXRpdmVOdW1iZXIob3B0aW9ucy5tYXhCb2R5Qnl0ZXMsICdtYXhCb2R5Qnl0ZXMnLCBERUZBVUxUX01BWF9CT0RZX0JZVEVTKSxcbiAgICAuLi4ob3B0aW9ucy5mZXRjaCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGZldGNoOiBvcHRpb25zLmZldGNoIH0pLFxuICAgIHJlZGFjdCxcbiAgfSk7XG4gIGNvbnN0IGV0YWdzID0gbmV3IExSVUNhY2hlPHN0cmluZywgeyBldGFnOiBzdHJpbmc7IHJlY29yZDogUHJvbXB0UmVjb3JkIH0+KHtcbiAgICBtYXg6IHBvc2l0aXZlTnVtYmVyKG9wdGlvbnMuZXRhZ0NhY2hlU2l6ZSwgJ2V0YWdDYWNoZVNpemUnLCAxMDAwKSxcbiAgfSk7XG5cbiAgLyoqIENoZWNrIGEgcmVjb3JkIGJvZHkgYW5kIHR1cm4gaXQgaW50byBhIGZyb3plbiByZWNvcmQgd2l0aCBhIHZlcmlmaWVkIGhhc2guICovXG4gIGFzeW5jIGZ1bmN0aW9uIHRvUmVjb3JkKHJlczogVHJhbnNwb3J0UmVzcG9uc2UsIGV4cGVjdGVkOiB7IG5hbWU6IHN0cmluZzsgdmVyc2lvbj86IHN0cmluZyB9KTogUHJvbWlzZTxQcm9tcHRSZWNvcmQ+IHtcbiAgICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gICAgdHJ5IHtcbiAgICAgIHJlY29yZCA9IHBhcnNlUmVjb3JkKHJlcy5ib2R5LCB7IGZpbGU6IHJlcy5jdHgudXJsIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHRGb3JtYXRFcnJvcikgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHRoZSByZWNvcmQgaXMgaW52YWxpZCAoJHtlcnJvci5tZXNzYWdlfSlgKTtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICBpZiAocmVjb3JkLm5hbWUgIT09IGV4cGVjdGVkLm5hbWUpIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGBhc2tlZCBmb3IgcHJvbXB0IFwiJHtleHBlY3RlZC5uYW1lfVwiLCBnb3QgYSByZWNvcmQgbmFtZWQgXCIke3JlY29yZC5uYW1lfVwiYCk7XG4gICAgfVxuICAgIGlmIChleHBlY3RlZC52ZXJzaW9uICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLnZlcnNpb24gIT09IGV4cGVjdGVkLnZlcnNpb24pIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGBhc2tlZCBmb3IgdmVyc2lvbiAke2V4cGVjdGVkLnZlcnNpb259LCBnb3QgJHtyZWNvcmQudmVyc2lvbn1gKTtcbiAgICB9XG4gICAgY29uc3QgaGFzaCA9IGF3YWl0IHZlcmlmeVJlY29yZEhhc2gocmVjb3JkKTtcbiAgICByZXR1cm4gZnJvemVuUmVjb3JkKHJlY29yZCwgcmVjb3JkLmxhYmVscyA/PyBbXSwgaGFzaCk7XG4gIH1cblxuICBmdW5jdGlvbiBub3RGb3VuZChyZXM6IFRyYW5zcG9ydFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gICAgaWYgKHJlcy5zdGF0dXMgIT09IDQwNCkgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChyZXMuZXJyb3IuY29kZSA9PT0gJ25vdF9mb3VuZCcpIHJldHVybiB0cnVlO1xuICAgIHRocm93IHN0YXR1c0Vycm9yKDQwNCwgcmVzLmN0eCwgcmVzLmVycm9yKTtcbiAgfVxuXG4gIGZ1bmN0aW9uIHZlcnNpb25JbmZvcyhyZXM6IFRyYW5zcG9ydFJlc3BvbnNlLCBuYW1lOiBzdHJpbmcpOiBWZXJzaW9uSW5mb1tdIHtcbiAgICBjb25zdCBwYXJzZWQgPSB2ZXJzaW9uTGlzdFNjaGVtYS5zYWZlUGFyc2UocmVzLmJvZHkpO1xuICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGB1bmV4cGVjdGVkIHZlcnNpb24gbGlzdCAoJHtkZXNjcmliZUlzc3VlcyhwYXJzZWQuZXJyb3IpfSlgKTtcbiAgICBpZiAocGFyc2VkLmRhdGEubmFtZSAhPT0gbmFtZSkge1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYGFza2VkIGZvciB0aGUgdmVyc2lvbnMgb2YgXCIke25hbWV9XCIsIGdvdCB0aG9zZSBvZiBcIiR7cGFyc2VkLmRhdGEubmFtZX1cImApO1xuICAgIH1cbiAgICByZXR1cm4gY2hlY2tWZXJzaW9ucyhwYXJzZWQuZGF0YS52ZXJzaW9ucywgcmVzLmN0eCk7XG4gIH1cblxuICBjb25zdCBzdG9yZTogSHR0cFN0b3JlID0ge1xuICAgIG5hbWU6IHN0b3JlTmFtZSxcblxuICAgIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIHBhdGg6IHByb21wdFBhdGgobmFtZSksXG4gICAgICAgIGFjdGlvbjogYGxpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwiJHtuYW1lfVwiYCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKG5vdEZvdW5kKHJlcykpIHJldHVybiBbXTtcbiAgICAgIHJldHVybiB2ZXJzaW9uSW5mb3MocmVzLCBuYW1lKTtcbiAgICB9LFxuXG4gICAgYXN5bmMgZ2V0VmVyc2lvbihuYW1lLCB2ZXJzaW9uKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBpZiAodHlwZW9mIHZlcnNpb24gIT09ICdzdHJpbmcnIHx8IHNlbXZlclZhbGlkKHZlcnNpb24pICE9PSB2ZXJzaW9uKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgY29uc3QgcGF0aCA9IHZlcnNpb25QYXRoKG5hbWUsIHZlcnNpb24pO1xuICAgICAgY29uc3QgY2FjaGVkID0gZXRhZ3MuZ2V0KHBhdGgpO1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBwYXRoLFxuICAgICAgICBoZWFkZXJzOiBjYWNoZWQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyAnaWYtbm9uZS1tYXRjaCc6IGNhY2hlZC5ldGFnIH0sXG4gICAgICAgIGFjdGlvbjogYGxvYWRpbmcgXCIke25hbWV9QCR7dmVyc2lvbn1cImAsXG4gICAgICAgIHBhc3NTdGF0dXNlczogWzQwNCwgMzA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDMwNCkge1xuICAgICAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHJldHVybiBjYWNoZWQucmVjb3JkO1xuICAgICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCAnZ290IDMwNCBOb3QgTW9kaWZpZWQgdG8gYSByZXF1ZXN0IHdpdGhvdXQgSWYtTm9uZS1NYXRjaCcsIDMwNCk7XG4gICAgICB9XG4gICAgICBpZiAobm90Rm91bmQocmVzKSkge1xuICAgICAgICBldGFncy5kZWxldGUocGF0aCk7XG4gICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB9XG4gICAgICBjb25zdCByZWNvcmQgPSBhd2FpdCB0b1JlY29yZChyZXMsIHsgbmFtZSwgdmVyc2lvbiB9KTtcbiAgICAgIGV0YWdzLnNldChwYXRoLCB7IGV0YWc6IHJlcy5oZWFkZXJzLmdldCgnZXRhZycpID8/IGBcIiR7cmVjb3JkLmhhc2h9XCJgLCByZWNvcmQgfSk7XG4gICAgICByZXR1cm4gcmVjb3JkO1xuICAgIH0sXG5cbiAgICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBhc3NlcnRWYWxpZFNlbGVjdG9yKHNlbGVjdG9yLCBgJHtuYW1lfUAke3NlbGVjdG9yfWApO1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBwYXRoOiByZXNvbHZlUGF0aChuYW1lKSxcbiAgICAgICAgc2VhcmNoUGFyYW1zOiB7IHNlbGVjdG9yIH0sXG4gICAgICAgIGFjdGlvbjogYHJlc29sdmluZyBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cImAsXG4gICAgICAgIHBhc3NTdGF0dXNlczogWzQwNF0sXG4gICAgICB9KTtcbiAgICAgIGlmIChub3RGb3VuZChyZXMpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgcmV0dXJuIHRvUmVjb3JkKHJlcywgeyBuYW1lLCAuLi4oc2VtdmVyVmFsaWQoc2VsZWN0b3IpID09PSBzZWxlY3RvciA/IHsgdmVyc2lvbjogc2VsZWN0b3IgfSA6IHt9KSB9KTtcbiAgICB9LFxuXG4gICAgYXN5bmMgbGlzdCgpIHtcbiAgICAgIGNvbnN0IHJlcyA9IGF3YWl0IHRyYW5zcG9ydC5yZXF1ZXN0KHsgcGF0aDogJy92MS9wcm9tcHRzJywgYWN0aW9uOiAnbGlzdGluZyB0aGUgcHJvbXB0cycgfSk7XG4gICAgICBjb25zdCBwYXJzZWQgPSBwcm9tcHRMaXN0U2NoZW1hLnNhZmVQYXJzZShyZXMuYm9keSk7XG4gICAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCBgdW5leHBlY3RlZCBwcm9tcHQgbGlzdCAoJHtkZXNjcmliZUlzc3VlcyhwYXJzZWQuZXJyb3IpfSlgKTtcbiAgICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgICBmb3IgKGNvbnN0IGVudHJ5IG9mIHBhcnNlZC5kYXRhLnByb21wdHMpIHtcbiAgICAgICAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5JbnZhbGlkTmFtZShlbnRyeS5uYW1lKTtcbiAgICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHRoZSBwcm9tcHQgbGlzdCBob2xkcyBhbiAke3Byb2JsZW19YCk7XG4gICAgICAgIG5hbWVzLmFkZChlbnRyeS5uYW1lKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBbLi4ubmFtZXNdLnNvcnQoKTtcbiAgICB9LFxuXG4gICAgYXN5bmMgY2xvc2UoKSB7XG4gICAgICBldGFncy5jbGVhcigpO1xuICAgIH0sXG4gIH07XG5cbiAgaWYgKG9wdGlvbnMud3JpdGFibGUgPT09IHRydWUpIHtcbiAgICBzdG9yZS5wdXRWZXJzaW9uID0gYXN5bmMgKHJlY29yZCkgPT4ge1xuICAgICAgY29uc3QgcGFyc2VkID0gcGFyc2VSZWNvcmQocmVjb3JkLCB7IGZpbGU6IGAke3N0b3JlTmFtZX0gc3RvcmUgcHV0VmVyc2lvbmAgfSk7XG4gICAgICBjb25zdCBoYXNoID0gYXdhaXQgdmVyaWZ5UmVjb3JkSGFzaChwYXJzZWQpO1xuICAgICAgYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBtZXRob2Q6ICdQVVQnLFxuICAgICAgICBwYXRoOiB2ZXJzaW9uUGF0aChwYXJzZWQubmFtZSwgcGFyc2VkLnZlcnNpb24pLFxuICAgICAgICBqc29uOiB7IC4uLnBhcnNlZCwgaGFzaCB9LFxuICAgICAgICBhY3Rpb246IGBwdWJsaXNoaW5nIFwiJHtwYXJzZWQubmFtZX1AJHtwYXJzZWQudmVyc2lvbn1cImAsXG4gICAgICB9KTtcbiAgICB9O1xuICAgIHN0b3JlLnNldExhYmVsID0gYXN5bmMgKG5hbWUsIGxhYmVsLCB2ZXJzaW9uKSA9PiB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBhc3NlcnRMYWJlbE5hbWUobGFiZWwsIHN0b3JlTmFtZSk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIG1ldGhvZDogJ1BVVCcsXG4gICAgICAgIHBhdGg6IGxhYmVsUGF0aChuYW1lLCBsYWJlbCksXG4gICAgICAgIGpzb246IHsgdmVyc2lvbiB9LFxuICAgICAgICBhY3Rpb246IGBzZXR0aW5nIGxhYmVsIFwiJHtsYWJlbH1cIiBvZiBcIiR7bmFtZX1cIiB0byAke3ZlcnNpb259YCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDQwNCkge1xuICAgICAgICBjb25zdCBzYWlkID0gcmVzLmVycm9yLm1lc3NhZ2UgPT09IHVuZGVmaW5lZCA/ICcnIDogYDogJHtyZWRhY3QocmVzLmVycm9yLm1lc3NhZ2UpLnNsaWNlKDAsIDMwMCl9YDtcbiAgICAgICAgdGhyb3cgbmV3IFN0b3JlRXJyb3IoXG4gICAgICAgICAgYENhbm5vdCBzZXQgbGFiZWwgXCIke2xhYmVsfVwiIG9mIFwiJHtuYW1lfVwiIHRvICR7dmVyc2lvbn0gaW4gdGhlICR7c3RvcmVOYW1lfSBzdG9yZSR7c2FpZH0uIGAgK1xuICAgICAgICAgICAgJ1B1Ymxpc2ggdGhhdCB2ZXJzaW9uIGZpcnN0LCBvciBwaWNrIG9uZSB0aGF0IGV4aXN0cy4nLFxuICAgICAgICAgIHsgc3RvcmU6IHN0b3JlTmFtZSwgc3RhdHVzOiA0MDQgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9O1xuICB9XG4gIHJldHVybiBzdG9yZTtcbn1cblxuLyoqIENoZWNrIGxpc3RlZCB2ZXJzaW9uczogc2VtdmVyLCBzdHJpbmcgbGFiZWxzLCBubyBkdXBsaWNhdGUgdmVyc2lvbjsgaGlnaGVzdCBmaXJzdC4gKi9cbmZ1bmN0aW9uIGNoZWNrVmVyc2lvbnModmVyc2lvbnM6IFJlYWRvbmx5QXJyYXk8VmVyc2lvbkluZm8+LCBjdHg6IEZhaWx1cmVDb250ZXh0KTogVmVyc2lvbkluZm9bXSB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qgb3V0OiBWZXJzaW9uSW5mb1tdID0gW107XG4gIGZvciAoY29uc3QgdiBvZiB2ZXJzaW9ucykge1xuICAgIGlmIChzZW12ZXJWYWxpZCh2LnZlcnNpb24pICE9PSB2LnZlcnNpb24pIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHZlcnNpb24gJHtKU09OLnN0cmluZ2lmeSh2LnZlcnNpb24uc2xpY2UoMCwgNTApKX0gaXMgbm90IGEgc2VtdmVyIHZlcnNpb25gKTtcbiAgICB9XG4gICAgaWYgKHNlZW4uaGFzKHYudmVyc2lvbikpIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHZlcnNpb24gJHt2LnZlcnNpb259IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKHYudmVyc2lvbik7XG4gICAgb3V0LnB1c2goeyB2ZXJzaW9uOiB2LnZlcnNpb24sIGxhYmVsczogWy4uLnYubGFiZWxzXSwgLi4uKHYuaGFzaCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGhhc2g6IHYuaGFzaCB9KSB9KTtcbiAgfVxuICByZXR1cm4gc29ydFZlcnNpb25zRGVzY2VuZGluZyhvdXQpO1xufVxuIiwgIi8qKlxuICogUmV0cnkgcG9saWN5IG9mIHRoZSBIVFRQLWJhc2VkIHN0b3Jlczogd2hpY2ggZmFpbHVyZXMgYXJlIHJldHJpZWQsIGNhcHBlZCBleHBvbmVudGlhbCBiYWNrb2ZmXG4gKiB3aXRoIGZ1bGwgaml0dGVyLCBhbmQgYFJldHJ5LUFmdGVyYCAoc2Vjb25kcyBvciBhbiBIVFRQIGRhdGUpLiBUaW1lIGlzIGluamVjdGFibGUgKGBzbGVlcGAsIGBub3dgLFxuICogYHJhbmRvbWApIHNvIHRoYXQgdGVzdHMgbmV2ZXIgd2FpdC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuXG4vKiogUmV0cnkgb3B0aW9ucyBvZiBgaHR0cFN0b3JlYCBhbmQgYGxhbmdmdXNlU3RvcmVgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXRyeU9wdGlvbnMge1xuICAvKipcbiAgICogUmV0cmllcyBhZnRlciB0aGUgZmlyc3QgYXR0ZW1wdCAoc28gYGxpbWl0ICsgMWAgYXR0ZW1wdHMgYXQgbW9zdCkuIGAwYCBkaXNhYmxlcyByZXRyaWVzLlxuICAgKiBAZGVmYXVsdCAyXG4gICAqL1xuICBsaW1pdD86IG51bWJlcjtcbiAgLyoqXG4gICAqIEJhc2Ugb2YgdGhlIGV4cG9uZW50aWFsIGJhY2tvZmY6IGF0dGVtcHQgYG5gIChmcm9tIDApIHdhaXRzIGEgcmFuZG9tIHRpbWUgaW5cbiAgICogYFswLCBtaW4obWF4QmFja29mZk1zLCBiYWNrb2ZmTXMgKiAyXm4pKWAgKFwiZnVsbCBqaXR0ZXJcIikuXG4gICAqIEBkZWZhdWx0IDI1MFxuICAgKi9cbiAgYmFja29mZk1zPzogbnVtYmVyO1xuICAvKipcbiAgICogQ2FwIG9mIG9uZSBiYWNrb2ZmIGRlbGF5IGNvbXB1dGVkIGZyb20gYGJhY2tvZmZNc2AuXG4gICAqIEBkZWZhdWx0IDUwMDBcbiAgICovXG4gIG1heEJhY2tvZmZNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIExvbmdlc3QgYFJldHJ5LUFmdGVyYCB0aGUgc3RvcmUgd2lsbCBob25vdXIuIFdoZW4gYSBzZXJ2ZXIgYXNrcyBmb3IgYSBsb25nZXIgd2FpdCwgdGhlIHJlcXVlc3RcbiAgICogZmFpbHMgYXQgb25jZSB3aXRoIGEgcmV0cnlhYmxlIGBTdG9yZUVycm9yYCBpbnN0ZWFkIG9mIGhhbmdpbmcuXG4gICAqIEBkZWZhdWx0IDMwMDAwXG4gICAqL1xuICBtYXhSZXRyeUFmdGVyTXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBXYWl0cyBgbXNgIG1pbGxpc2Vjb25kcy4gSW5qZWN0IGl0IGluIHRlc3RzIHRvIHJlY29yZCB0aGUgZGVsYXlzIGluc3RlYWQgb2Ygd2FpdGluZy5cbiAgICogQGRlZmF1bHQgc2V0VGltZW91dC1iYXNlZCBzbGVlcFxuICAgKi9cbiAgc2xlZXA/OiAobXM6IG51bWJlcikgPT4gUHJvbWlzZTx2b2lkPjtcbiAgLyoqXG4gICAqIFJhbmRvbSBudW1iZXIgaW4gYFswLCAxKWAgdXNlZCBmb3Igaml0dGVyLlxuICAgKiBAZGVmYXVsdCBNYXRoLnJhbmRvbVxuICAgKi9cbiAgcmFuZG9tPzogKCkgPT4gbnVtYmVyO1xuICAvKipcbiAgICogQ3VycmVudCB0aW1lIGluIG1pbGxpc2Vjb25kcyBzaW5jZSB0aGUgZXBvY2gsIHVzZWQgdG8gdHVybiBhIGBSZXRyeS1BZnRlcmAgSFRUUCBkYXRlIGludG8gYSBkZWxheS5cbiAgICogQGRlZmF1bHQgRGF0ZS5ub3dcbiAgICovXG4gIG5vdz86ICgpID0+IG51bWJlcjtcbn1cblxuLyoqIHtAbGluayBSZXRyeU9wdGlvbnN9IHdpdGggZXZlcnkgZGVmYXVsdCBmaWxsZWQgaW4uICovXG5leHBvcnQgdHlwZSBSZXNvbHZlZFJldHJ5T3B0aW9ucyA9IFJlcXVpcmVkPFJldHJ5T3B0aW9ucz47XG5cbmNvbnN0IGRlZmF1bHRTbGVlcCA9IChtczogbnVtYmVyKTogUHJvbWlzZTx2b2lkPiA9PiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4gc2V0VGltZW91dChyZXNvbHZlLCBtcykpO1xuXG5mdW5jdGlvbiBjaGVja051bWJlcih2YWx1ZTogdW5rbm93biwgb3B0aW9uOiBzdHJpbmcsIG1pbjogbnVtYmVyLCBmYWxsYmFjazogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgfHwgdmFsdWUgPCBtaW4pIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyID49ICR7bWlufSwgZ290ICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuZnVuY3Rpb24gY2hlY2tGdW5jdGlvbjxUPih2YWx1ZTogVCB8IHVuZGVmaW5lZCwgb3B0aW9uOiBzdHJpbmcsIGZhbGxiYWNrOiBUKTogVCB7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdmdW5jdGlvbicpIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIGZ1bmN0aW9uLCBnb3QgJHt0eXBlb2YgdmFsdWV9YCwgeyBvcHRpb24gfSk7XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqXG4gKiBGaWxsIGluIHRoZSBkZWZhdWx0cyBvZiBgcmV0cnlgLCBjaGVja2luZyBlYWNoIG9wdGlvbiAoYSB7QGxpbmsgQ29uZmlnRXJyb3J9IG5hbWVzIHRoZSBiYWQgb25lKS5cbiAqIGByZXRyeTogZmFsc2VgIG9yIGAwYCBkaXNhYmxlcyByZXRyaWVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVJldHJ5T3B0aW9ucyhyZXRyeTogUmV0cnlPcHRpb25zIHwgbnVtYmVyIHwgZmFsc2UgfCB1bmRlZmluZWQpOiBSZXNvbHZlZFJldHJ5T3B0aW9ucyB7XG4gIGNvbnN0IG9wdGlvbnM6IFJldHJ5T3B0aW9ucyA9XG4gICAgcmV0cnkgPT09IGZhbHNlID8geyBsaW1pdDogMCB9IDogdHlwZW9mIHJldHJ5ID09PSAnbnVtYmVyJyA/IHsgbGltaXQ6IHJldHJ5IH0gOiAocmV0cnkgPz8ge30pO1xuICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYW4gb2JqZWN0LCBhIG51bWJlciBvciBmYWxzZSwgZ290ICR7dHlwZW9mIG9wdGlvbnN9YCwgeyBvcHRpb246ICdyZXRyeScgfSk7XG4gIH1cbiAgY29uc3QgbGltaXQgPSBjaGVja051bWJlcihvcHRpb25zLmxpbWl0LCAncmV0cnkubGltaXQnLCAwLCAyKTtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGxpbWl0KSkgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGFuIGludGVnZXIsIGdvdCAke2xpbWl0fWAsIHsgb3B0aW9uOiAncmV0cnkubGltaXQnIH0pO1xuICByZXR1cm4ge1xuICAgIGxpbWl0LFxuICAgIGJhY2tvZmZNczogY2hlY2tOdW1iZXIob3B0aW9ucy5iYWNrb2ZmTXMsICdyZXRyeS5iYWNrb2ZmTXMnLCAwLCAyNTApLFxuICAgIG1heEJhY2tvZmZNczogY2hlY2tOdW1iZXIob3B0aW9ucy5tYXhCYWNrb2ZmTXMsICdyZXRyeS5tYXhCYWNrb2ZmTXMnLCAwLCA1MDAwKSxcbiAgICBtYXhSZXRyeUFmdGVyTXM6IGNoZWNrTnVtYmVyKG9wdGlvbnMubWF4UmV0cnlBZnRlck1zLCAncmV0cnkubWF4UmV0cnlBZnRlck1zJywgMCwgMzBfMDAwKSxcbiAgICBzbGVlcDogY2hlY2tGdW5jdGlvbihvcHRpb25zLnNsZWVwLCAncmV0cnkuc2xlZXAnLCBkZWZhdWx0U2xlZXApLFxuICAgIHJhbmRvbTogY2hlY2tGdW5jdGlvbihvcHRpb25zLnJhbmRvbSwgJ3JldHJ5LnJhbmRvbScsIE1hdGgucmFuZG9tKSxcbiAgICBub3c6IGNoZWNrRnVuY3Rpb24ob3B0aW9ucy5ub3csICdyZXRyeS5ub3cnLCBEYXRlLm5vdyksXG4gIH07XG59XG5cbi8qKiBUcnVlIGZvciB0aGUgSFRUUCBzdGF0dXNlcyB3b3J0aCByZXRyeWluZzogNDA4LCA0MjkgYW5kIDV4eCBleGNlcHQgNTAxIChOb3QgSW1wbGVtZW50ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUmV0cnlhYmxlU3RhdHVzKHN0YXR1czogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBzdGF0dXMgPT09IDQwOCB8fCBzdGF0dXMgPT09IDQyOSB8fCAoc3RhdHVzID49IDUwMCAmJiBzdGF0dXMgPD0gNTk5ICYmIHN0YXR1cyAhPT0gNTAxKTtcbn1cblxuLyoqXG4gKiBEZWxheSBhc2tlZCBmb3IgYnkgYSBgUmV0cnktQWZ0ZXJgIGhlYWRlciwgaW4gbWlsbGlzZWNvbmRzOiBkZWx0YS1zZWNvbmRzIChgXCIxMjBcImAsIGBcIjEuNVwiYCkgb3IgYW5cbiAqIEhUVFAgZGF0ZS4gYHVuZGVmaW5lZGAgd2hlbiB0aGUgaGVhZGVyIGlzIG1pc3Npbmcgb3IgdW5yZWFkYWJsZTsgYSBkYXRlIGluIHRoZSBwYXN0IGdpdmVzIGAwYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUmV0cnlBZnRlcih2YWx1ZTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgbm93OiBudW1iZXIpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdGV4dCA9IHZhbHVlLnRyaW0oKTtcbiAgaWYgKHRleHQgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoL15cXGQrKFxcLlxcZCspPyQvLnRlc3QodGV4dCkpIHJldHVybiBNYXRoLnJvdW5kKE51bWJlcih0ZXh0KSAqIDEwMDApO1xuICAvLyBBbiBIVFRQIGRhdGUgbmFtZXMgaXRzIGRheSBvciBtb250aCAoXCJUdWUsIDAxIEphbiAyMDMwIDAwOjAwOjMwIEdNVFwiKTsgcmVmdXNlIGJhcmUgbnVtYmVycyBsaWtlIFwiLTVcIi5cbiAgaWYgKCEvW2Etel17M30vaS50ZXN0KHRleHQpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBkYXRlID0gRGF0ZS5wYXJzZSh0ZXh0KTtcbiAgaWYgKE51bWJlci5pc05hTihkYXRlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIE1hdGgubWF4KDAsIGRhdGUgLSBub3cpO1xufVxuXG4vKiogRnVsbC1qaXR0ZXIgYmFja29mZiBmb3IgcmV0cnkgbnVtYmVyIGBhdHRlbXB0YCAoMCBmb3IgdGhlIGZpcnN0IHJldHJ5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBiYWNrb2ZmRGVsYXkoYXR0ZW1wdDogbnVtYmVyLCBvcHRpb25zOiBSZXNvbHZlZFJldHJ5T3B0aW9ucyk6IG51bWJlciB7XG4gIGNvbnN0IGNlaWxpbmcgPSBNYXRoLm1pbihvcHRpb25zLm1heEJhY2tvZmZNcywgb3B0aW9ucy5iYWNrb2ZmTXMgKiAyICoqIGF0dGVtcHQpO1xuICByZXR1cm4gTWF0aC5mbG9vcihvcHRpb25zLnJhbmRvbSgpICogY2VpbGluZyk7XG59XG4iLCAiLyoqXG4gKiBUdXJuaW5nIEhUVFAgZmFpbHVyZXMgaW50byB7QGxpbmsgU3RvcmVFcnJvcn1zOiBvbmUgZnVuY3Rpb24gbWFwcyBhIHN0YXR1cyAoYW5kIHRoZSBzZXJ2ZXIncyBlcnJvclxuICogYm9keSwgaWYgYW55KSB0byBhIG1lc3NhZ2UgdGhhdCBzYXlzIHdoYXQgZmFpbGVkLCB3aGVyZSBhbmQgaG93IHRvIGZpeCBpdCwgYW5kIG5ldmVyIGNvbnRhaW5zIGFcbiAqIGNyZWRlbnRpYWwuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFN0b3JlRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgaXNSZXRyeWFibGVTdGF0dXMgfSBmcm9tICcuL3JldHJ5LmpzJztcblxuLyoqIFdoYXQgYSBzdG9yZSBzYXlzIGFib3V0IGEgZmFpbGVkIHJlcXVlc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIEZhaWx1cmVDb250ZXh0IHtcbiAgLyoqIFN0b3JlIG5hbWUsIGUuZy4gYCdodHRwJ2AuICovXG4gIHN0b3JlOiBzdHJpbmc7XG4gIC8qKiBXaGF0IHdhcyBiZWluZyBkb25lLCBlLmcuIGAnbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCJzdXBwb3J0L2dyZWV0aW5nXCInYC4gKi9cbiAgYWN0aW9uOiBzdHJpbmc7XG4gIC8qKiBUaGUgcmVxdWVzdCBVUkwsIHdpdGhvdXQgY3JlZGVudGlhbHMgKHNlZSB7QGxpbmsgZGlzcGxheVVybH0pLiAqL1xuICB1cmw6IHN0cmluZztcbiAgLyoqIEhvdyB0byBmaXggYSA0MDEvNDAzLCBlLmcuIFwicGFzcyB0aGUgcmlnaHQgYHRva2VuYCB0byBodHRwU3RvcmVcIi4gKi9cbiAgYXV0aEhpbnQ6IHN0cmluZztcbiAgLyoqIFJlbW92ZXMgc2VjcmV0cyBmcm9tIGFueSB0ZXh0IHRoYXQgZ29lcyBpbnRvIGEgbWVzc2FnZS4gKi9cbiAgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG59XG5cbi8qKiBBIHNlcnZlcidzIGVycm9yIG1lc3NhZ2UsIGtlcHQgc2hvcnQuICovXG5mdW5jdGlvbiBzaG9ydE1lc3NhZ2UodGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkLCByZWRhY3Q6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICh0ZXh0ID09PSB1bmRlZmluZWQgfHwgdGV4dC50cmltKCkgPT09ICcnKSByZXR1cm4gJyc7XG4gIGNvbnN0IGNsZWFuID0gcmVkYWN0KHRleHQpLnJlcGxhY2UoL1xccysvZywgJyAnKS50cmltKCk7XG4gIHJldHVybiBjbGVhbi5sZW5ndGggPiAzMDAgPyBgJHtjbGVhbi5zbGljZSgwLCAzMDApfVx1MjAyNmAgOiBjbGVhbjtcbn1cblxuLyoqXG4gKiBNYXAgYSBub24tc3VjY2VzcyBIVFRQIHN0YXR1cyB0byBhIHtAbGluayBTdG9yZUVycm9yfS4gNDAxLzQwMyBhcmUgbmV2ZXIgcmV0cnlhYmxlOyA0MDgsIDQyOSBhbmRcbiAqIDV4eCAoYnV0IDUwMSkgYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhdHVzRXJyb3IoXG4gIHN0YXR1czogbnVtYmVyLFxuICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICBkZXRhaWxzOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmc7IHJldHJ5QWZ0ZXJNcz86IG51bWJlcjsgYXR0ZW1wdHM/OiBudW1iZXIgfSA9IHt9LFxuKTogU3RvcmVFcnJvciB7XG4gIGNvbnN0IHNlcnZlciA9IHNob3J0TWVzc2FnZShkZXRhaWxzLm1lc3NhZ2UsIGN0eC5yZWRhY3QpO1xuICBjb25zdCBzYWlkID0gc2VydmVyID09PSAnJyA/ICcnIDogYCBUaGUgc2VydmVyIHNhaWQ6IFwiJHtzZXJ2ZXJ9XCIuYDtcbiAgY29uc3QgdHJpZXMgPSBkZXRhaWxzLmF0dGVtcHRzICE9PSB1bmRlZmluZWQgJiYgZGV0YWlscy5hdHRlbXB0cyA+IDEgPyBgIGFmdGVyICR7ZGV0YWlscy5hdHRlbXB0c30gYXR0ZW1wdHNgIDogJyc7XG4gIGxldCBtZXNzYWdlOiBzdHJpbmc7XG4gIGlmIChzdGF0dXMgPT09IDQwMSB8fCBzdGF0dXMgPT09IDQwMykge1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgd2FzIHJlZnVzZWQgKEhUVFAgJHtzdGF0dXN9ICR7c3RhdHVzID09PSA0MDEgPyAndW5hdXRob3JpemVkJyA6ICdmb3JiaWRkZW4nfSkgYCArXG4gICAgICBgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9OiB0aGUgY3JlZGVudGlhbHMgYXJlIG1pc3Npbmcgb3Igd3JvbmcuJHtzYWlkfSBGaXg6ICR7Y3R4LmF1dGhIaW50fS5gO1xuICB9IGVsc2UgaWYgKHN0YXR1cyA9PT0gNDA0KSB7XG4gICAgbWVzc2FnZSA9XG4gICAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSBnb3QgSFRUUCA0MDQgd2l0aG91dCBhIFwibm90IGZvdW5kXCIgZXJyb3IgYm9keSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0uJHtzYWlkfSBgICtcbiAgICAgICdDaGVjayB0aGF0IHRoZSBzdG9yZSBVUkwgcG9pbnRzIGF0IHRoZSBwcm9tcHQgc2VydmVyICh0aGUgYmFzZSBVUkwsIHdpdGhvdXQgdGhlIC92MSBwYXRoKS4nO1xuICB9IGVsc2UgaWYgKHN0YXR1cyA9PT0gNDI5KSB7XG4gICAgY29uc3Qgd2FpdCA9XG4gICAgICBkZXRhaWxzLnJldHJ5QWZ0ZXJNcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgIChpdCBhc2tlZCB0byB3YWl0ICR7TWF0aC5jZWlsKGRldGFpbHMucmV0cnlBZnRlck1zIC8gMTAwMCl9IHMpYDtcbiAgICBtZXNzYWdlID1cbiAgICAgIGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIHdhcyByYXRlIGxpbWl0ZWQgKEhUVFAgNDI5KSR7d2FpdH0gd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9JHt0cmllc30uJHtzYWlkfSBgICtcbiAgICAgICdUcnkgYWdhaW4gbGF0ZXIsIG9yIGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgKGUuZy4gYSBsb25nZXIgY2FjaGUgdHRsTXMpLic7XG4gIH0gZWxzZSBpZiAoc3RhdHVzID09PSA0MDggfHwgc3RhdHVzID49IDUwMCkge1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUncyBzZXJ2ZXIgZmFpbGVkIChIVFRQICR7c3RhdHVzfSkgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9JHt0cmllc30uJHtzYWlkfSBgICtcbiAgICAgICdUaGlzIGlzIHVzdWFsbHkgdGVtcG9yYXJ5OiB0cnkgYWdhaW4gbGF0ZXIsIGFuZCBjaGVjayB0aGUgc2VydmVyIGlmIGl0IHBlcnNpc3RzLic7XG4gIH0gZWxzZSB7XG4gICAgY29uc3QgY29kZSA9IGRldGFpbHMuY29kZSA9PT0gdW5kZWZpbmVkID8gJycgOiBgICR7ZGV0YWlscy5jb2RlfWA7XG4gICAgbWVzc2FnZSA9IGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIGdvdCBIVFRQICR7c3RhdHVzfSR7Y29kZX0gd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9LiR7c2FpZH1gO1xuICAgIGlmIChzdGF0dXMgPT09IDQwMCkgbWVzc2FnZSArPSAnIFRoZSByZXF1ZXN0IHdhcyByZWplY3RlZCBhcyBpbnZhbGlkOiBjaGVjayB0aGUgbmFtZSwgdmVyc2lvbiBvciBzZWxlY3Rvci4nO1xuICAgIGlmIChzdGF0dXMgPT09IDQwOSkgbWVzc2FnZSArPSAnIFZlcnNpb25zIGFyZSBpbW11dGFibGU6IHB1Ymxpc2ggYSBuZXcgdmVyc2lvbiBpbnN0ZWFkIG9mIGNoYW5naW5nIHRoaXMgb25lLic7XG4gIH1cbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKG1lc3NhZ2UsIHsgc3RvcmU6IGN0eC5zdG9yZSwgc3RhdHVzLCByZXRyeWFibGU6IGlzUmV0cnlhYmxlU3RhdHVzKHN0YXR1cykgfSk7XG59XG5cbi8qKiBBIG5ldHdvcmsgZmFpbHVyZSAoRE5TLCByZWZ1c2VkIGNvbm5lY3Rpb24sIHJlc2V0KSBvciBhIHRpbWVvdXQ6IGFsd2F5cyByZXRyeWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gbmV0d29ya0Vycm9yKFxuICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICBjYXVzZTogdW5rbm93bixcbiAgdGltZW91dE1zOiBudW1iZXIgfCB1bmRlZmluZWQsXG4gIGF0dGVtcHRzOiBudW1iZXIsXG4pOiBTdG9yZUVycm9yIHtcbiAgY29uc3QgdHJpZXMgPSBhdHRlbXB0cyA+IDEgPyBgICgke2F0dGVtcHRzfSBhdHRlbXB0cylgIDogJyc7XG4gIGNvbnN0IG1lc3NhZ2UgPVxuICAgIHRpbWVvdXRNcyAhPT0gdW5kZWZpbmVkXG4gICAgICA/IGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIHRpbWVkIG91dCBhZnRlciAke3RpbWVvdXRNc30gbXMgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9JHt0cmllc30uIGAgK1xuICAgICAgICAnQ2hlY2sgdGhhdCB0aGUgc2VydmVyIGlzIHJlYWNoYWJsZSwgb3IgcmFpc2UgdGhlIHN0b3JlXFwncyBcInRpbWVvdXRNc1wiLidcbiAgICAgIDogYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgY291bGQgbm90IHJlYWNoICR7Y3R4LnVybH0gd2hpbGUgJHtjdHguYWN0aW9ufSR7dHJpZXN9OiBgICtcbiAgICAgICAgYCR7Y3R4LnJlZGFjdChkZXNjcmliZUNhdXNlKGNhdXNlKSl9LiBDaGVjayB0aGUgVVJMIGFuZCB0aGUgbmV0d29yay5gO1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IobWVzc2FnZSwgeyBzdG9yZTogY3R4LnN0b3JlLCByZXRyeWFibGU6IHRydWUgfSwgeyBjYXVzZTogc2FuaXRpemVDYXVzZShjYXVzZSwgY3R4LnJlZGFjdCkgfSk7XG59XG5cbi8qKiBBIHJlc3BvbnNlIHRoYXQgaXMgbm90IHdoYXQgdGhlIHByb3RvY29sIHByb21pc2VzIChiYWQgSlNPTiwgd3JvbmcgY29udGVudCB0eXBlLCB0b28gYmlnLCB3cm9uZyBzaGFwZSkuICovXG5leHBvcnQgZnVuY3Rpb24gbWFsZm9ybWVkRXJyb3IoY3R4OiBGYWlsdXJlQ29udGV4dCwgcHJvYmxlbTogc3RyaW5nLCBzdGF0dXM/OiBudW1iZXIpOiBTdG9yZUVycm9yIHtcbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKFxuICAgIGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIGdvdCBhIG1hbGZvcm1lZCByZXNwb25zZSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH06ICR7Y3R4LnJlZGFjdChwcm9ibGVtKX0uIGAgK1xuICAgICAgJ0NoZWNrIHRoYXQgdGhlIFVSTCBwb2ludHMgYXQgYSBwcm9tcHRvcHMtY29tcGF0aWJsZSBzZXJ2ZXIgKHByb3RvY29sIHYxKS4nLFxuICAgIHsgc3RvcmU6IGN0eC5zdG9yZSwgc3RhdHVzLCByZXRyeWFibGU6IGZhbHNlIH0sXG4gICk7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlQ2F1c2UoY2F1c2U6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAoY2F1c2UgaW5zdGFuY2VvZiBFcnJvcikge1xuICAgIGNvbnN0IGlubmVyID0gY2F1c2UuY2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IGAgKCR7Y2F1c2UuY2F1c2UubWVzc2FnZX0pYCA6ICcnO1xuICAgIHJldHVybiBgJHtjYXVzZS5tZXNzYWdlfSR7aW5uZXJ9YDtcbiAgfVxuICByZXR1cm4gU3RyaW5nKGNhdXNlKTtcbn1cblxuLyoqXG4gKiBBIHBsYWluIEVycm9yIGNvcHkgb2YgYSB0cmFuc3BvcnQgZmFpbHVyZSwga2VlcGluZyBvbmx5IGl0cyBuYW1lIGFuZCByZWRhY3RlZCBtZXNzYWdlIChhbmQgdGhlXG4gKiBzYW1lIG9mIGl0cyBvd24gY2F1c2UpOiB0aGUgb3JpZ2luYWwgbWF5IGhvbGQgdGhlIHJlcXVlc3QsIGFuZCBzbyBpdHMgaGVhZGVycy5cbiAqL1xuZnVuY3Rpb24gc2FuaXRpemVDYXVzZShjYXVzZTogdW5rbm93biwgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpOiBFcnJvciB8IHVuZGVmaW5lZCB7XG4gIGlmICghKGNhdXNlIGluc3RhbmNlb2YgRXJyb3IpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBpbm5lciA9IGNhdXNlLmNhdXNlIGluc3RhbmNlb2YgRXJyb3IgPyBuZXcgRXJyb3IocmVkYWN0KGNhdXNlLmNhdXNlLm1lc3NhZ2UpKSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgY29weSA9IG5ldyBFcnJvcihyZWRhY3QoY2F1c2UubWVzc2FnZSksIGlubmVyID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB7IGNhdXNlOiBpbm5lciB9KTtcbiAgY29weS5uYW1lID0gY2F1c2UubmFtZTtcbiAgcmV0dXJuIGNvcHk7XG59XG5cbi8qKiBgdXJsYCB3aXRob3V0IHVzZXIgaW5mbyAoYHVzZXI6cGFzc0BgKSwgZm9yIG1lc3NhZ2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRpc3BsYXlVcmwodXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIGNvbnN0IHUgPSBuZXcgVVJMKHVybCk7XG4gICAgcmV0dXJuIGAke3Uub3JpZ2lufSR7dS5wYXRobmFtZX0ke3Uuc2VhcmNofWA7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiAnKGludmFsaWQgVVJMKSc7XG4gIH1cbn1cblxuLyoqIEEgZnVuY3Rpb24gdGhhdCByZXBsYWNlcyBldmVyeSBvY2N1cnJlbmNlIG9mIHRoZSBnaXZlbiBzZWNyZXRzIHdpdGggYFtyZWRhY3RlZF1gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlZGFjdG9yKHNlY3JldHM6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgdW5kZWZpbmVkPik6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZyB7XG4gIGNvbnN0IGxpc3QgPSBzZWNyZXRzLmZpbHRlcigocyk6IHMgaXMgc3RyaW5nID0+IHR5cGVvZiBzID09PSAnc3RyaW5nJyAmJiBzLmxlbmd0aCA+IDApO1xuICByZXR1cm4gKHRleHQpID0+IHtcbiAgICBsZXQgb3V0ID0gdGV4dDtcbiAgICBmb3IgKGNvbnN0IHNlY3JldCBvZiBsaXN0KSBvdXQgPSBvdXQuc3BsaXQoc2VjcmV0KS5qb2luKCdbcmVkYWN0ZWRdJyk7XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbn1cbiIsICIvKipcbiAqIE9wdGlvbiBjaGVja3Mgc2hhcmVkIGJ5IHRoZSBIVFRQLWJhc2VkIHN0b3JlczogZWFjaCBwcm9ibGVtIGlzIGEgYENvbmZpZ0Vycm9yYCBuYW1pbmcgdGhlIG9wdGlvbi5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuXG4vKiogQSBwb3NpdGl2ZSBmaW5pdGUgbnVtYmVyLCBvciBgZmFsbGJhY2tgIHdoZW4gYHZhbHVlYCBpcyB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcG9zaXRpdmVOdW1iZXIodmFsdWU6IHVua25vd24sIG9wdGlvbjogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgfHwgdmFsdWUgPD0gMCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciwgZ290ICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqIFZhbGlkYXRlIGEgYmFzZSBVUkwgb3B0aW9uIGFuZCByZXR1cm4gaXQgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZUJhc2VVcmwodmFsdWU6IHVua25vd24sIG9wdGlvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ3N0cmluZycgfHwgdmFsdWUudHJpbSgpID09PSAnJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignaXMgcmVxdWlyZWQ6IHRoZSBiYXNlIFVSTCBvZiB0aGUgc2VydmVyLCBlLmcuIFwiaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tXCInLCB7IG9wdGlvbiB9KTtcbiAgfVxuICBsZXQgdXJsOiBVUkw7XG4gIHRyeSB7XG4gICAgdXJsID0gbmV3IFVSTCh2YWx1ZSk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgaXMgbm90IGEgdmFsaWQgVVJMOiAke0pTT04uc3RyaW5naWZ5KHZhbHVlLnNsaWNlKDAsIDIwMCkpfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIGlmICh1cmwucHJvdG9jb2wgIT09ICdodHRwOicgJiYgdXJsLnByb3RvY29sICE9PSAnaHR0cHM6Jykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhbiBodHRwOiBvciBodHRwczogVVJMLCBnb3QgJHt1cmwucHJvdG9jb2x9YCwgeyBvcHRpb24gfSk7XG4gIH1cbiAgaWYgKHVybC5zZWFyY2ggIT09ICcnIHx8IHVybC5oYXNoICE9PSAnJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignbXVzdCBub3QgaGF2ZSBhIHF1ZXJ5IHN0cmluZyBvciBhIGZyYWdtZW50JywgeyBvcHRpb24gfSk7XG4gIH1cbiAgcmV0dXJuIGAke3VybC5vcmlnaW59JHt1cmwucGF0aG5hbWV9YC5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cbiIsICIvKipcbiAqIFRoZSBIVFRQIHRyYW5zcG9ydCBzaGFyZWQgYnkgYGh0dHBTdG9yZWAgYW5kIGBsYW5nZnVzZVN0b3JlYDogb25lIHJlcXVlc3Qgb24gYGt5YCwgd2l0aCBhIHRpbWVvdXRcbiAqIHBlciBhdHRlbXB0IChoZWFkZXJzIGFuZCBib2R5KSwgcmV0cmllcyB3aXRoIGNhcHBlZCBqaXR0ZXJlZCBiYWNrb2ZmIGhvbm91cmluZyBgUmV0cnktQWZ0ZXJgLCBhXG4gKiBieXRlIGxpbWl0IG9uIHJlc3BvbnNlIGJvZGllcyAoY291bnRlZCB3aGlsZSBzdHJlYW1pbmcsIG5ldmVyIGJ1ZmZlcmVkIHBhc3QgdGhlIGxpbWl0KSwgSlNPTlxuICogZGVjb2RpbmcsIGFuZCBlcnJvciBtYXBwaW5nIHdpdGggY3JlZGVudGlhbHMgcmVkYWN0ZWQuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCBreSBmcm9tICdreSc7XG5pbXBvcnQgeyB0eXBlIEZhaWx1cmVDb250ZXh0LCBtYWxmb3JtZWRFcnJvciwgbmV0d29ya0Vycm9yLCBzdGF0dXNFcnJvciB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGJhY2tvZmZEZWxheSwgaXNSZXRyeWFibGVTdGF0dXMsIHBhcnNlUmV0cnlBZnRlciwgdHlwZSBSZXNvbHZlZFJldHJ5T3B0aW9ucyB9IGZyb20gJy4vcmV0cnkuanMnO1xuXG4vKiogTGFyZ2VzdCBlcnJvciBib2R5IHJlYWQgdG8gZXh0cmFjdCB0aGUgc2VydmVyJ3MgbWVzc2FnZS4gKi9cbmNvbnN0IEVSUk9SX0JPRFlfTElNSVQgPSA2NCAqIDEwMjQ7XG5cbi8qKiBEZWZhdWx0IGxpbWl0IG9mIGEgcmVzcG9uc2UgYm9keTogMTAgTUIuICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9NQVhfQk9EWV9CWVRFUyA9IDEwICogMTAyNCAqIDEwMjQ7XG5cbi8qKiBTZXR0aW5ncyBvZiBhIHRyYW5zcG9ydCwgZml4ZWQgd2hlbiBhIHN0b3JlIGlzIGNyZWF0ZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFRyYW5zcG9ydE9wdGlvbnMge1xuICAvKiogU3RvcmUgbmFtZSBmb3IgZXJyb3JzLiAqL1xuICBzdG9yZTogc3RyaW5nO1xuICAvKiogQmFzZSBVUkwgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoLCBlLmcuIGAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJ2AuICovXG4gIGJhc2VVcmw6IHN0cmluZztcbiAgLyoqIEhlYWRlcnMgc2VudCB3aXRoIGV2ZXJ5IHJlcXVlc3QgKGF1dGhvcml6YXRpb24gaW5jbHVkZWQpLiAqL1xuICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogVmFsdWVzIHRoYXQgbXVzdCBuZXZlciBhcHBlYXIgaW4gYSBtZXNzYWdlICh0b2tlbnMsIGtleXMsIGVuY29kZWQgY3JlZGVudGlhbHMpLiAqL1xuICBzZWNyZXRzOiBSZWFkb25seUFycmF5PHN0cmluZyB8IHVuZGVmaW5lZD47XG4gIC8qKiBIb3cgdG8gZml4IGEgNDAxLzQwMy4gKi9cbiAgYXV0aEhpbnQ6IHN0cmluZztcbiAgLyoqIFRpbWVvdXQgb2Ygb25lIGF0dGVtcHQsIGZyb20gc2VuZGluZyB0aGUgcmVxdWVzdCB0byB0aGUgZW5kIG9mIHRoZSBib2R5LiAqL1xuICB0aW1lb3V0TXM6IG51bWJlcjtcbiAgLyoqIFJldHJ5IHBvbGljeS4gKi9cbiAgcmV0cnk6IFJlc29sdmVkUmV0cnlPcHRpb25zO1xuICAvKiogTGFyZ2VzdCBhY2NlcHRlZCByZXNwb25zZSBib2R5LCBpbiBieXRlcy4gKi9cbiAgbWF4Qm9keUJ5dGVzOiBudW1iZXI7XG4gIC8qKiBgZmV0Y2hgIGltcGxlbWVudGF0aW9uOyBgZ2xvYmFsVGhpcy5mZXRjaGAgKGxvb2tlZCB1cCBhdCByZXF1ZXN0IHRpbWUpIHdoZW4gYWJzZW50LiAqL1xuICBmZXRjaD86IHR5cGVvZiBnbG9iYWxUaGlzLmZldGNoO1xuICAvKiogUmVtb3ZlcyBzZWNyZXRzIGZyb20gdGV4dC4gKi9cbiAgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgcmVxdWVzdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVHJhbnNwb3J0UmVxdWVzdCB7XG4gIC8qKiBAZGVmYXVsdCAnR0VUJyAqL1xuICBtZXRob2Q/OiAnR0VUJyB8ICdQVVQnO1xuICAvKiogUGF0aCBhZnRlciB0aGUgYmFzZSBVUkwsIGFscmVhZHkgZW5jb2RlZCwgc3RhcnRpbmcgd2l0aCBgL2AuICovXG4gIHBhdGg6IHN0cmluZztcbiAgLyoqIFF1ZXJ5IHBhcmFtZXRlcnMuICovXG4gIHNlYXJjaFBhcmFtcz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBFeHRyYSBoZWFkZXJzIGZvciB0aGlzIHJlcXVlc3QuICovXG4gIGhlYWRlcnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogSlNPTiBib2R5LiAqL1xuICBqc29uPzogdW5rbm93bjtcbiAgLyoqIFdoYXQgaXMgYmVpbmcgZG9uZSwgZm9yIG1lc3NhZ2VzOiBgJ2xpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwieFwiJ2AuICovXG4gIGFjdGlvbjogc3RyaW5nO1xuICAvKiogTm9uLTJ4eCBzdGF0dXNlcyBoYW5kZWQgYmFjayB0byB0aGUgY2FsbGVyIGluc3RlYWQgb2YgdGhyb3duIChlLmcuIDQwNCwgMzA0KS4gKi9cbiAgcGFzc1N0YXR1c2VzPzogcmVhZG9ubHkgbnVtYmVyW107XG59XG5cbi8qKiBBIGRlY29kZWQgYW5zd2VyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnRSZXNwb25zZSB7XG4gIHN0YXR1czogbnVtYmVyO1xuICBoZWFkZXJzOiBIZWFkZXJzO1xuICAvKiogVGhlIEpTT04gYm9keSBvZiBhIDJ4eCBhbnN3ZXIgKGB1bmRlZmluZWRgIGZvciAyMDQvMzA0KTsgdGhlIGRlY29kZWQgZXJyb3IgYm9keSwgaWYgSlNPTiwgb3RoZXJ3aXNlLiAqL1xuICBib2R5OiB1bmtub3duO1xuICAvKiogYGVycm9yLmNvZGVgIC8gYGVycm9yLm1lc3NhZ2VgIGZvdW5kIGluIGFuIGVycm9yIGJvZHkgKHByb3RvY29sIHYxIG9yIExhbmdmdXNlIHNoYXBlcykuICovXG4gIGVycm9yOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfTtcbiAgLyoqIFRoZSBmYWlsdXJlIGNvbnRleHQsIHRvIGJ1aWxkIGVycm9ycyBhYm91dCB0aGlzIGFuc3dlci4gKi9cbiAgY3R4OiBGYWlsdXJlQ29udGV4dDtcbn1cblxuLyoqIEEgdHJhbnNwb3J0IGJvdW5kIHRvIGl0cyBvcHRpb25zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnQge1xuICByZXF1ZXN0KHJlcXVlc3Q6IFRyYW5zcG9ydFJlcXVlc3QpOiBQcm9taXNlPFRyYW5zcG9ydFJlc3BvbnNlPjtcbn1cblxuY2xhc3MgQm9keVRvb0xhcmdlIGV4dGVuZHMgRXJyb3Ige31cblxuY29uc3QgSlNPTl9UWVBFID0gL15hcHBsaWNhdGlvblxcLyg/OltcXHcuLV0rXFwrKT9qc29uKD86XFxzKjt8XFxzKiQpL2k7XG5cbi8qKiBDcmVhdGUgdGhlIHRyYW5zcG9ydCBvZiBvbmUgc3RvcmUuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlVHJhbnNwb3J0KG9wdGlvbnM6IFRyYW5zcG9ydE9wdGlvbnMpOiBUcmFuc3BvcnQge1xuICBjb25zdCBmZXRjaEltcGwgPSAoaW5wdXQ6IFJlcXVlc3QgfCBVUkwgfCBzdHJpbmcsIGluaXQ/OiBSZXF1ZXN0SW5pdCk6IFByb21pc2U8UmVzcG9uc2U+ID0+XG4gICAgKG9wdGlvbnMuZmV0Y2ggPz8gZ2xvYmFsVGhpcy5mZXRjaCkoaW5wdXQsIGluaXQpO1xuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlcXVlc3QocmVxOiBUcmFuc3BvcnRSZXF1ZXN0KTogUHJvbWlzZTxUcmFuc3BvcnRSZXNwb25zZT4ge1xuICAgIGNvbnN0IHVybCA9IG5ldyBVUkwoYCR7b3B0aW9ucy5iYXNlVXJsfSR7cmVxLnBhdGh9YCk7XG4gICAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMocmVxLnNlYXJjaFBhcmFtcyA/PyB7fSkpIHVybC5zZWFyY2hQYXJhbXMuc2V0KGtleSwgdmFsdWUpO1xuICAgIGNvbnN0IGN0eDogRmFpbHVyZUNvbnRleHQgPSB7XG4gICAgICBzdG9yZTogb3B0aW9ucy5zdG9yZSxcbiAgICAgIGFjdGlvbjogcmVxLmFjdGlvbixcbiAgICAgIHVybDogZGlzcGxheVVybE9mKHVybCksXG4gICAgICBhdXRoSGludDogb3B0aW9ucy5hdXRoSGludCxcbiAgICAgIHJlZGFjdDogb3B0aW9ucy5yZWRhY3QsXG4gICAgfTtcbiAgICBjb25zdCB7IHJldHJ5IH0gPSBvcHRpb25zO1xuICAgIGZvciAobGV0IGF0dGVtcHQgPSAwOyA7IGF0dGVtcHQrKykge1xuICAgICAgY29uc3QgY2FuUmV0cnkgPSBhdHRlbXB0IDwgcmV0cnkubGltaXQ7XG4gICAgICBsZXQgb3V0Y29tZTogQXR0ZW1wdE91dGNvbWU7XG4gICAgICB0cnkge1xuICAgICAgICBvdXRjb21lID0gYXdhaXQgYXR0ZW1wdE9uY2UodXJsLCByZXEsIGN0eCwgY2FuUmV0cnksIGF0dGVtcHQgKyAxKTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICghKGVycm9yIGluc3RhbmNlb2YgTmV0d29ya0ZhaWx1cmUpKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgaWYgKCFjYW5SZXRyeSkge1xuICAgICAgICAgIHRocm93IG5ldHdvcmtFcnJvcihjdHgsIGVycm9yLm9yaWdpbmFsLCBlcnJvci50aW1lZE91dCA/IG9wdGlvbnMudGltZW91dE1zIDogdW5kZWZpbmVkLCBhdHRlbXB0ICsgMSk7XG4gICAgICAgIH1cbiAgICAgICAgYXdhaXQgcmV0cnkuc2xlZXAoYmFja29mZkRlbGF5KGF0dGVtcHQsIHJldHJ5KSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKG91dGNvbWUua2luZCA9PT0gJ2RvbmUnKSByZXR1cm4gb3V0Y29tZS5yZXNwb25zZTtcbiAgICAgIGF3YWl0IHJldHJ5LnNsZWVwKG91dGNvbWUucmV0cnlBZnRlck1zID8/IGJhY2tvZmZEZWxheShhdHRlbXB0LCByZXRyeSkpO1xuICAgIH1cbiAgfVxuXG4gIHR5cGUgQXR0ZW1wdE91dGNvbWUgPSB7IGtpbmQ6ICdkb25lJzsgcmVzcG9uc2U6IFRyYW5zcG9ydFJlc3BvbnNlIH0gfCB7IGtpbmQ6ICdyZXRyeSc7IHJldHJ5QWZ0ZXJNcz86IG51bWJlciB9O1xuXG4gIGFzeW5jIGZ1bmN0aW9uIGF0dGVtcHRPbmNlKFxuICAgIHVybDogVVJMLFxuICAgIHJlcTogVHJhbnNwb3J0UmVxdWVzdCxcbiAgICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICAgIGNhblJldHJ5OiBib29sZWFuLFxuICAgIGF0dGVtcHRzOiBudW1iZXIsXG4gICk6IFByb21pc2U8QXR0ZW1wdE91dGNvbWU+IHtcbiAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGxldCB0aW1lZE91dCA9IGZhbHNlO1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICB0aW1lZE91dCA9IHRydWU7XG4gICAgICBjb250cm9sbGVyLmFib3J0KG5ldyBFcnJvcihgdGltZWQgb3V0IGFmdGVyICR7b3B0aW9ucy50aW1lb3V0TXN9IG1zYCkpO1xuICAgIH0sIG9wdGlvbnMudGltZW91dE1zKTtcbiAgICB0cnkge1xuICAgICAgbGV0IHJlc3BvbnNlOiBSZXNwb25zZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlc3BvbnNlID0gYXdhaXQga3kodXJsLCB7XG4gICAgICAgICAgbWV0aG9kOiByZXEubWV0aG9kID8/ICdHRVQnLFxuICAgICAgICAgIGhlYWRlcnM6IHsgYWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicsIC4uLm9wdGlvbnMuaGVhZGVycywgLi4ucmVxLmhlYWRlcnMgfSxcbiAgICAgICAgICAuLi4ocmVxLmpzb24gPT09IHVuZGVmaW5lZCA/IHt9IDogeyBqc29uOiByZXEuanNvbiB9KSxcbiAgICAgICAgICBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsLFxuICAgICAgICAgIHRpbWVvdXQ6IGZhbHNlLFxuICAgICAgICAgIHJldHJ5OiAwLFxuICAgICAgICAgIHRocm93SHR0cEVycm9yczogZmFsc2UsXG4gICAgICAgICAgZmV0Y2g6IGZldGNoSW1wbCxcbiAgICAgICAgfSk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0aHJvdyBuZXcgTmV0d29ya0ZhaWx1cmUoZXJyb3IsIHRpbWVkT3V0KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHsgc3RhdHVzLCBoZWFkZXJzIH0gPSByZXNwb25zZTtcbiAgICAgIGlmIChpc1JldHJ5YWJsZVN0YXR1cyhzdGF0dXMpICYmIGNhblJldHJ5KSB7XG4gICAgICAgIGNvbnN0IHJldHJ5QWZ0ZXJNcyA9IHBhcnNlUmV0cnlBZnRlcihoZWFkZXJzLmdldCgncmV0cnktYWZ0ZXInKSwgb3B0aW9ucy5yZXRyeS5ub3coKSk7XG4gICAgICAgIGlmIChyZXRyeUFmdGVyTXMgPT09IHVuZGVmaW5lZCB8fCByZXRyeUFmdGVyTXMgPD0gb3B0aW9ucy5yZXRyeS5tYXhSZXRyeUFmdGVyTXMpIHtcbiAgICAgICAgICBkaXNjYXJkKHJlc3BvbnNlLmJvZHkpO1xuICAgICAgICAgIHJldHVybiB7IGtpbmQ6ICdyZXRyeScsIHJldHJ5QWZ0ZXJNcyB9O1xuICAgICAgICB9XG4gICAgICAgIC8vIFRoZSBzZXJ2ZXIgYXNrcyBmb3IgYSBsb25nZXIgd2FpdCB0aGFuIHdlIGFjY2VwdDogZmFpbCBub3csIHJldHJ5YWJsZSBsYXRlci5cbiAgICAgICAgY29uc3QgZXJyb3IgPSBhd2FpdCByZWFkRXJyb3JCb2R5KHJlc3BvbnNlLCBjb250cm9sbGVyLnNpZ25hbCk7XG4gICAgICAgIHRocm93IHN0YXR1c0Vycm9yKHN0YXR1cywgY3R4LCB7IC4uLmVycm9yLCByZXRyeUFmdGVyTXMsIGF0dGVtcHRzIH0pO1xuICAgICAgfVxuICAgICAgY29uc3QgcGFzc2VkID0gcmVxLnBhc3NTdGF0dXNlcz8uaW5jbHVkZXMoc3RhdHVzKSA9PT0gdHJ1ZTtcbiAgICAgIGlmIChzdGF0dXMgPj0gMjAwICYmIHN0YXR1cyA8IDMwMCkge1xuICAgICAgICBjb25zdCBib2R5ID0gc3RhdHVzID09PSAyMDQgPyB1bmRlZmluZWQgOiBhd2FpdCByZWFkSnNvbihyZXNwb25zZSwgY3R4LCBjb250cm9sbGVyLnNpZ25hbCk7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCBib2R5LCBlcnJvcjoge30sIGN0eCB9IH07XG4gICAgICB9XG4gICAgICBpZiAoc3RhdHVzID09PSAzMDQgJiYgcGFzc2VkKSB7XG4gICAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCBib2R5OiB1bmRlZmluZWQsIGVycm9yOiB7fSwgY3R4IH0gfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGVycm9yQm9keSA9IGF3YWl0IHJlYWRFcnJvckJvZHkocmVzcG9uc2UsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICAgIGlmIChwYXNzZWQpIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCAuLi5lcnJvckJvZHksIGN0eCB9IH07XG4gICAgICBjb25zdCByZXRyeUFmdGVyTXMgPSBwYXJzZVJldHJ5QWZ0ZXIoaGVhZGVycy5nZXQoJ3JldHJ5LWFmdGVyJyksIG9wdGlvbnMucmV0cnkubm93KCkpO1xuICAgICAgdGhyb3cgc3RhdHVzRXJyb3Ioc3RhdHVzLCBjdHgsIHsgLi4uZXJyb3JCb2R5LmVycm9yLCByZXRyeUFmdGVyTXMsIGF0dGVtcHRzIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBOZXR3b3JrRmFpbHVyZSkgdGhyb3cgZXJyb3I7XG4gICAgICBpZiAodGltZWRPdXQpIHRocm93IG5ldyBOZXR3b3JrRmFpbHVyZShlcnJvciwgdHJ1ZSk7XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByZWFkSnNvbihyZXNwb25zZTogUmVzcG9uc2UsIGN0eDogRmFpbHVyZUNvbnRleHQsIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPHVua25vd24+IHtcbiAgICBjb25zdCB0eXBlID0gcmVzcG9uc2UuaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpID8/ICcnO1xuICAgIGlmICghSlNPTl9UWVBFLnRlc3QodHlwZSkpIHtcbiAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihcbiAgICAgICAgY3R4LFxuICAgICAgICBgZXhwZWN0ZWQgYSBKU09OIGJvZHkgKGNvbnRlbnQtdHlwZSBhcHBsaWNhdGlvbi9qc29uKSwgZ290ICR7dHlwZSA9PT0gJycgPyAnbm8gY29udGVudC10eXBlJyA6IEpTT04uc3RyaW5naWZ5KHR5cGUuc2xpY2UoMCwgMTAwKSl9YCxcbiAgICAgICAgcmVzcG9uc2Uuc3RhdHVzLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGV0IGJ5dGVzOiBVaW50OEFycmF5O1xuICAgIHRyeSB7XG4gICAgICBieXRlcyA9IGF3YWl0IHJlYWRMaW1pdGVkKHJlc3BvbnNlLCBvcHRpb25zLm1heEJvZHlCeXRlcywgc2lnbmFsKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGVycm9yIGluc3RhbmNlb2YgQm9keVRvb0xhcmdlKSB7XG4gICAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKFxuICAgICAgICAgIGN0eCxcbiAgICAgICAgICBgdGhlIGJvZHkgaXMgbGFyZ2VyIHRoYW4gdGhlICR7Zm9ybWF0Qnl0ZXMob3B0aW9ucy5tYXhCb2R5Qnl0ZXMpfSBsaW1pdCAobWF4Qm9keUJ5dGVzKTsgaXQgd2FzIG5vdCByZWFkIGZ1cnRoZXJgLFxuICAgICAgICAgIHJlc3BvbnNlLnN0YXR1cyxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgcmV0dXJuIEpTT04ucGFyc2UobmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IHRydWUgfSkuZGVjb2RlKGJ5dGVzKSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGNvbnN0IHJlYXNvbiA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKTtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHRoZSBib2R5IGlzIG5vdCB2YWxpZCBKU09OICgke3JlYXNvbi5zbGljZSgwLCAyMDApfSlgLCByZXNwb25zZS5zdGF0dXMpO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlYWRFcnJvckJvZHkoXG4gICAgcmVzcG9uc2U6IFJlc3BvbnNlLFxuICAgIHNpZ25hbDogQWJvcnRTaWduYWwsXG4gICk6IFByb21pc2U8eyBib2R5OiB1bmtub3duOyBlcnJvcjogeyBjb2RlPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0gfT4ge1xuICAgIGxldCBib2R5OiB1bmtub3duO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBieXRlcyA9IGF3YWl0IHJlYWRMaW1pdGVkKHJlc3BvbnNlLCBFUlJPUl9CT0RZX0xJTUlULCBzaWduYWwpO1xuICAgICAgY29uc3QgdGV4dCA9IG5ldyBUZXh0RGVjb2RlcigpLmRlY29kZShieXRlcyk7XG4gICAgICB0cnkge1xuICAgICAgICBib2R5ID0gSlNPTi5wYXJzZSh0ZXh0KTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICByZXR1cm4geyBib2R5OiB1bmRlZmluZWQsIGVycm9yOiB7fSB9O1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBCb2R5VG9vTGFyZ2UpIHJldHVybiB7IGJvZHk6IHVuZGVmaW5lZCwgZXJyb3I6IHt9IH07XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgcmV0dXJuIHsgYm9keSwgZXJyb3I6IGVycm9yRmllbGRzKGJvZHkpIH07XG4gIH1cblxuICByZXR1cm4geyByZXF1ZXN0IH07XG59XG5cbi8qKiBUcmFuc3BvcnQtbGV2ZWwgZmFpbHVyZSBvZiBvbmUgYXR0ZW1wdCAobmV0d29yayBlcnJvciBvciB0aW1lb3V0KSwgYmVmb3JlIGl0IGJlY29tZXMgYSBTdG9yZUVycm9yLiAqL1xuY2xhc3MgTmV0d29ya0ZhaWx1cmUgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG9yaWdpbmFsOiB1bmtub3duLFxuICAgIHJlYWRvbmx5IHRpbWVkT3V0OiBib29sZWFuLFxuICApIHtcbiAgICBzdXBlcignbmV0d29yayBmYWlsdXJlJyk7XG4gIH1cbn1cblxuLyoqIGBlcnJvci5jb2RlYCAvIGBlcnJvci5tZXNzYWdlYCBvZiBwcm90b2NvbCB2MSAoYHtlcnJvcjp7Y29kZSxtZXNzYWdlfX1gKSBvciBMYW5nZnVzZSAoYHttZXNzYWdlLCBlcnJvcn1gKS4gKi9cbmZ1bmN0aW9uIGVycm9yRmllbGRzKGJvZHk6IHVua25vd24pOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfSB7XG4gIGlmICh0eXBlb2YgYm9keSAhPT0gJ29iamVjdCcgfHwgYm9keSA9PT0gbnVsbCkgcmV0dXJuIHt9O1xuICBjb25zdCByZWNvcmQgPSBib2R5IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBjb25zdCBuZXN0ZWQgPSByZWNvcmQuZXJyb3I7XG4gIGlmICh0eXBlb2YgbmVzdGVkID09PSAnb2JqZWN0JyAmJiBuZXN0ZWQgIT09IG51bGwpIHtcbiAgICBjb25zdCBlID0gbmVzdGVkIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIHJldHVybiB7XG4gICAgICAuLi4odHlwZW9mIGUuY29kZSA9PT0gJ3N0cmluZycgPyB7IGNvZGU6IGUuY29kZSB9IDoge30pLFxuICAgICAgLi4uKHR5cGVvZiBlLm1lc3NhZ2UgPT09ICdzdHJpbmcnID8geyBtZXNzYWdlOiBlLm1lc3NhZ2UgfSA6IHt9KSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7XG4gICAgLi4uKHR5cGVvZiBuZXN0ZWQgPT09ICdzdHJpbmcnID8geyBjb2RlOiBuZXN0ZWQgfSA6IHt9KSxcbiAgICAuLi4odHlwZW9mIHJlY29yZC5tZXNzYWdlID09PSAnc3RyaW5nJyA/IHsgbWVzc2FnZTogcmVjb3JkLm1lc3NhZ2UgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFJlYWQgYSBib2R5IHVwIHRvIGBsaW1pdGAgYnl0ZXM7IHRocm93IHtAbGluayBCb2R5VG9vTGFyZ2V9IChhbmQgc3RvcCByZWFkaW5nKSBwYXN0IGl0LiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVhZExpbWl0ZWQocmVzcG9uc2U6IFJlc3BvbnNlLCBsaW1pdDogbnVtYmVyLCBzaWduYWw6IEFib3J0U2lnbmFsKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGRlY2xhcmVkID0gTnVtYmVyKHJlc3BvbnNlLmhlYWRlcnMuZ2V0KCdjb250ZW50LWxlbmd0aCcpKTtcbiAgaWYgKE51bWJlci5pc0Zpbml0ZShkZWNsYXJlZCkgJiYgZGVjbGFyZWQgPiBsaW1pdCkge1xuICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgdGhyb3cgbmV3IEJvZHlUb29MYXJnZSgpO1xuICB9XG4gIGlmIChyZXNwb25zZS5ib2R5ID09PSBudWxsKSByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIGNvbnN0IHJlYWRlciA9IHJlc3BvbnNlLmJvZHkuZ2V0UmVhZGVyKCk7XG4gIGNvbnN0IGNodW5rczogVWludDhBcnJheVtdID0gW107XG4gIGxldCB0b3RhbCA9IDA7XG4gIHRyeSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgeyBkb25lLCB2YWx1ZSB9ID0gYXdhaXQgcmFjZUFib3J0KHJlYWRlci5yZWFkKCksIHNpZ25hbCk7XG4gICAgICBpZiAoZG9uZSkgYnJlYWs7XG4gICAgICB0b3RhbCArPSB2YWx1ZS5ieXRlTGVuZ3RoO1xuICAgICAgaWYgKHRvdGFsID4gbGltaXQpIHRocm93IG5ldyBCb2R5VG9vTGFyZ2UoKTtcbiAgICAgIGNodW5rcy5wdXNoKHZhbHVlKTtcbiAgICB9XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgcmVhZGVyLmNhbmNlbCgpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgdGhyb3cgZXJyb3I7XG4gIH1cbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkodG90YWwpO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChjb25zdCBjaHVuayBvZiBjaHVua3MpIHtcbiAgICBvdXQuc2V0KGNodW5rLCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSBjaHVuay5ieXRlTGVuZ3RoO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBTZXR0bGUgd2l0aCBgcHJvbWlzZWAsIG9yIHJlamVjdCBhcyBzb29uIGFzIGBzaWduYWxgIGFib3J0cyAoc29tZSBib2RpZXMgaWdub3JlIHRoZSBzaWduYWwpLiAqL1xuZnVuY3Rpb24gcmFjZUFib3J0PFQ+KHByb21pc2U6IFByb21pc2U8VD4sIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPFQ+IHtcbiAgaWYgKHNpZ25hbC5hYm9ydGVkKSByZXR1cm4gUHJvbWlzZS5yZWplY3Qoc2lnbmFsLnJlYXNvbik7XG4gIHJldHVybiBuZXcgUHJvbWlzZTxUPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgb25BYm9ydCA9ICgpOiB2b2lkID0+IHJlamVjdChzaWduYWwucmVhc29uKTtcbiAgICBzaWduYWwuYWRkRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0LCB7IG9uY2U6IHRydWUgfSk7XG4gICAgcHJvbWlzZS50aGVuKFxuICAgICAgKHZhbHVlKSA9PiB7XG4gICAgICAgIHNpZ25hbC5yZW1vdmVFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQpO1xuICAgICAgICByZXNvbHZlKHZhbHVlKTtcbiAgICAgIH0sXG4gICAgICAoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgICAgc2lnbmFsLnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCk7XG4gICAgICAgIHJlamVjdChlcnJvcik7XG4gICAgICB9LFxuICAgICk7XG4gIH0pO1xufVxuXG5mdW5jdGlvbiBkaXNwbGF5VXJsT2YodXJsOiBVUkwpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7dXJsLm9yaWdpbn0ke3VybC5wYXRobmFtZX0ke3VybC5zZWFyY2h9YDtcbn1cblxuZnVuY3Rpb24gZm9ybWF0Qnl0ZXMoYnl0ZXM6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmIChieXRlcyA+PSAxMDI0ICogMTAyNCkgcmV0dXJuIGAke01hdGgucm91bmQoKGJ5dGVzIC8gKDEwMjQgKiAxMDI0KSkgKiAxMCkgLyAxMH0gTUJgO1xuICBpZiAoYnl0ZXMgPj0gMTAyNCkgcmV0dXJuIGAke01hdGgucm91bmQoKGJ5dGVzIC8gMTAyNCkgKiAxMCkgLyAxMH0gS0JgO1xuICByZXR1cm4gYCR7Ynl0ZXN9IGJ5dGVzYDtcbn1cblxuLyoqXG4gKiBDYW5jZWwgYSBib2R5IHdlIHdpbGwgbm90IHJlYWQsIHdpdGhvdXQgd2FpdGluZzogc29tZSBzdHJlYW1zIG9ubHkgc2V0dGxlIHRoZSBjYW5jZWwgcHJvbWlzZSBvbmNlXG4gKiB0aGVpciBzb3VyY2UgZW5kcywgd2hpY2ggbWF5IGJlIG5ldmVyLlxuICovXG5mdW5jdGlvbiBkaXNjYXJkKGJvZHk6IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+IHwgbnVsbCk6IHZvaWQge1xuICBib2R5Py5jYW5jZWwoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQWFBLFNBQVMsb0JBQTRFO0FBRXJGLFNBQVMsMEJBQTBCO0FBQ25DLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsc0JBQXNCOzs7QUNtQi9CLElBQU0sUUFBUSx1QkFBTyxJQUFJLGlCQUFpQjtBQVFuQyxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQTtBQUFBLEVBRS9CO0FBQUEsRUFFVCxZQUFZLFNBQWlCLFVBQWlDLENBQUMsR0FBRyxPQUEyQixtQkFBbUI7QUFDOUcsVUFBTSxTQUFTLFFBQVEsVUFBVSxTQUFZLFNBQVksRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQ2pGLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTztBQUNaLFdBQU8sZUFBZSxNQUFNLE9BQU8sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3BEO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQixPQUF5QztBQUN4RSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUyxNQUFrQyxLQUFLLE1BQU07QUFDdEc7QUFHTyxJQUFNLHNCQUFOLGNBQWtDLGVBQWU7QUFBQTtBQUFBLEVBRTdDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsVUFBaUYsQ0FBQyxHQUNsRixTQUNBO0FBQ0EsVUFBTSxjQUFjLFFBQVEsZUFBZSxDQUFDO0FBQzVDLFVBQU0sUUFBUSxRQUFRLFFBQVEsV0FBVyxRQUFRLEtBQUssV0FBVztBQUNqRSxVQUFNQSxRQUNKLFlBQVksU0FBUyxJQUNqQixpQkFBaUIsWUFBWSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQzVEO0FBQ04sVUFBTSxRQUFRLFdBQVcsV0FBVyxVQUFVLGtCQUFrQixLQUFLLElBQUlBLEtBQUksSUFBSSxTQUFTLGtCQUFrQjtBQUM1RyxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxjQUFjO0FBQ25CLFNBQUssUUFBUSxRQUFRO0FBQUEsRUFDdkI7QUFDRjtBQUdPLElBQU0sdUJBQU4sY0FBbUMsZUFBZTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsVUFDQSxZQUF5RixDQUFDLEdBQzFGLFNBQ0E7QUFDQSxVQUFNLFdBQVcsVUFBVSxZQUFZLENBQUM7QUFDeEMsVUFBTSxTQUFTLFVBQVUsVUFBVSxDQUFDO0FBQ3BDLFVBQU0sWUFBWSxPQUFPLFFBQVEsTUFBTSxFQUNwQyxJQUFJLENBQUMsQ0FBQyxPQUFPLE9BQU8sTUFBTSxHQUFHLEtBQUssV0FBTSxPQUFPLEVBQUUsRUFDakQsS0FBSyxJQUFJO0FBQ1o7QUFBQSxNQUNFLHlCQUF5QixVQUFVLGNBQWMsUUFBUSxnQkFDMUMsU0FBUyxTQUFTLElBQUksU0FBUyxLQUFLLElBQUksSUFBSSxRQUFRLGFBQ3RELGFBQWEsUUFBUTtBQUFBLE1BQ2xDO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssV0FBVztBQUNoQixTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUNGO0FBYU8sSUFBTSxtQkFBTixjQUErQixlQUFlO0FBQUEsRUFDMUM7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsU0FDQSxRQUNBLFNBQ0E7QUFDQSxVQUFNLEtBQUssVUFBVSxHQUFHLFVBQVUsSUFBSSxPQUFPLEtBQUs7QUFDbEQsVUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssU0FBUyxJQUFJLEVBQUUsS0FBSyxLQUFLLEdBQUcsSUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPLEVBQUU7QUFDdkc7QUFBQSxNQUNFLDZCQUE2QixFQUFFLE1BQU0sT0FBTyxNQUFNLFdBQVcsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsRUFBTyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUE7QUFBQSxNQUVsSDtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQ0EsU0FBSyxPQUFPO0FBQ1osU0FBSyxhQUFhO0FBQ2xCLFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFvQk8sSUFBTSxvQkFBTixjQUFnQyxlQUFlO0FBQUEsRUFDM0M7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUFZLFFBQWdCLFdBQWlDLENBQUMsR0FBRyxTQUFpQztBQUNoRyxVQUFNLEdBQUcsZUFBZSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksU0FBUyxlQUFlO0FBQ3RFLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssU0FBUyxTQUFTO0FBQ3ZCLFNBQUssUUFBUSxTQUFTO0FBQ3RCLFNBQUssYUFBYSxTQUFTO0FBQzNCLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFFQSxTQUFTLGVBQWUsR0FBaUM7QUFDdkQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksRUFBRSxTQUFTLFFBQVc7QUFDeEIsVUFBTSxLQUFLLEVBQUUsU0FBUyxTQUFZLEVBQUUsT0FBTyxHQUFHLEVBQUUsSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLEVBQUUsV0FBVyxTQUFZLEtBQUssSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFO0FBQUEsRUFDakgsV0FBVyxFQUFFLGVBQWUsUUFBVztBQUNyQyxVQUFNLEtBQUssV0FBVyxFQUFFLFVBQVUsR0FBRztBQUFBLEVBQ3ZDO0FBQ0EsTUFBSSxFQUFFLFVBQVUsT0FBVyxPQUFNLEtBQUssVUFBVSxFQUFFLEtBQUssR0FBRztBQUMxRCxTQUFPLE1BQU0sU0FBUyxJQUFJLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQyxPQUFPO0FBQ3REO0FBR08sSUFBTSxhQUFOLGNBQXlCLGVBQWU7QUFBQTtBQUFBLEVBRXBDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFNBQ0EsU0FDQSxTQUNBO0FBQ0EsVUFBTSxTQUFTLFNBQVMsYUFBYTtBQUNyQyxTQUFLLE9BQU87QUFDWixTQUFLLFFBQVEsUUFBUTtBQUNyQixTQUFLLFNBQVMsUUFBUTtBQUN0QixTQUFLLFlBQVksUUFBUSxhQUFhO0FBQUEsRUFDeEM7QUFDRjtBQUdPLElBQU0saUJBQU4sY0FBNkIsZUFBZTtBQUFBLEVBQ3hDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsU0FDQSxRQUNBLFNBQ0E7QUFDQTtBQUFBLE1BQ0Usc0NBQXNDLFVBQVUsSUFBSSxPQUFPLE1BQU0sT0FBTyxVQUFVLGVBQWUsSUFBSSxPQUFPLFFBQVEsU0FDM0csT0FBTyxNQUFNO0FBQUEsTUFFdEI7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFNBQUssT0FBTztBQUNaLFNBQUssYUFBYTtBQUNsQixTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVcsT0FBTztBQUN2QixTQUFLLFNBQVMsT0FBTztBQUFBLEVBQ3ZCO0FBQ0Y7QUFHTyxJQUFNLGNBQU4sY0FBMEIsZUFBZTtBQUFBO0FBQUEsRUFFckM7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQVksU0FBaUIsVUFBOEMsQ0FBQyxHQUFHLFNBQWlDO0FBQzlHLFVBQU0sUUFBUSxDQUFDLFFBQVEsTUFBTSxRQUFRLFNBQVMsV0FBVyxRQUFRLE1BQU0sTUFBTSxNQUFTLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ2pILFVBQU0sUUFBUSxHQUFHLEtBQUssS0FBSyxPQUFPLEtBQUssU0FBUyxTQUFTLFFBQVE7QUFDakUsU0FBSyxPQUFPO0FBQ1osU0FBSyxTQUFTLFFBQVE7QUFDdEIsU0FBSyxPQUFPLFFBQVE7QUFBQSxFQUN0QjtBQUNGOzs7QUNwUU8sU0FBUyxnQkFBZ0IsVUFBMkM7QUFDekUsTUFBSSxNQUFNO0FBQ1YsYUFBVyxXQUFXLFVBQVU7QUFDOUIsUUFBSSxPQUFPLFlBQVksU0FBVSxRQUFPLElBQUksT0FBTztBQUFBLFFBQzlDLFFBQU8sUUFBUSxLQUFLLFVBQVUsSUFBSSxPQUFPO0FBQUEsRUFDaEQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ2xCTyxTQUFTLGFBQWEsR0FBVyxHQUFtQjtBQUN6RCxRQUFNLElBQUksRUFBRSxZQUFZO0FBQ3hCLFFBQU0sSUFBSSxFQUFFLFlBQVk7QUFDeEIsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUM3QixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUU3QixNQUFJLFNBQW1CLENBQUM7QUFDeEIsTUFBSSxXQUFxQixNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLEdBQUcsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN6RSxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sVUFBb0IsQ0FBQyxDQUFDO0FBQzVCLGFBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsWUFBTSxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxJQUFJO0FBQ3pDLFVBQUksT0FBTyxLQUFLLElBQUksU0FBUyxDQUFDLElBQUssR0FBRyxRQUFRLElBQUksQ0FBQyxJQUFLLEdBQUcsU0FBUyxJQUFJLENBQUMsSUFBSyxJQUFJO0FBQ2xGLFVBQUksSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFHLFFBQU8sS0FBSyxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsSUFBSyxDQUFDO0FBQzlHLGNBQVEsS0FBSyxJQUFJO0FBQUEsSUFDbkI7QUFDQSxhQUFTO0FBQ1QsZUFBVztBQUFBLEVBQ2I7QUFDQSxTQUFPLFNBQVMsRUFBRSxNQUFNO0FBQzFCO0FBWU8sU0FBUyxhQUFhLE9BQWUsWUFBa0Q7QUFDNUYsTUFBSTtBQUNKLE1BQUksZUFBZSxPQUFPO0FBQzFCLGFBQVcsYUFBYSxZQUFZO0FBQ2xDLFVBQU0sV0FBVyxhQUFhLE9BQU8sU0FBUztBQUM5QyxVQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsVUFBVSxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDL0YsUUFBSSxZQUFZLFNBQVMsV0FBVyxjQUFjO0FBQ2hELGFBQU87QUFDUCxxQkFBZTtBQUFBLElBQ2pCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVNPLFNBQVMsY0FBYyxPQUF3QjtBQUNwRCxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU87QUFDakMsVUFBUSxPQUFPLE9BQU87QUFBQSxJQUNwQixLQUFLLFVBQVU7QUFDYixZQUFNLFFBQVEsTUFBTSxTQUFTLEtBQUssR0FBRyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsV0FBTTtBQUM3RCxhQUFPLFVBQVUsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUFBLElBQ3hDO0FBQUEsSUFDQSxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sS0FBSyxJQUFJLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU87QUFBQSxJQUNUO0FBQ0UsYUFBTyxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzVCO0FBQ0Y7QUFHQSxJQUFNLGVBQWlEO0FBQUEsRUFDckQsS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsU0FBUztBQUFBLEVBQ1QsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1QsTUFBTTtBQUFBLEVBQ04sTUFBTTtBQUFBLEVBQ04sTUFBTTtBQUFBLEVBQ04sS0FBSztBQUNQO0FBR08sU0FBUyxVQUFVLE1BQWMsT0FBOEM7QUFDcEYsUUFBTSxRQUFRLGFBQWEsS0FBSyxZQUFZLENBQUM7QUFDN0MsU0FBTyxVQUFVLFVBQWEsTUFBTSxTQUFTLEtBQUssSUFBSSxRQUFRLGFBQWEsTUFBTSxLQUFLO0FBQ3hGOzs7QUM1RU8sSUFBTSwwQkFBMEIsQ0FBQyxVQUFVLFVBQVUsV0FBVyxXQUFXLFFBQVEsS0FBSztBQUcvRixJQUFNLDJCQUEyQixvQkFBSSxJQUFZLENBQUMsR0FBRyx5QkFBeUIsVUFBVSxPQUFPLENBQUM7QUFFaEcsSUFBTSxzQkFBc0IsQ0FBQyxTQUFTLFVBQVUsTUFBTTtBQUV0RCxJQUFNLFdBQVc7QUFHakIsSUFBTSxZQUFZO0FBbUJYLFNBQVMsdUJBQXVCLFFBQWlCLFdBQWlDLENBQUMsR0FBZTtBQUN2RyxRQUFNLE9BQXVCLFNBQVMsVUFBVSxTQUFZLENBQUMsSUFBSSxDQUFDLFNBQVMsS0FBSztBQUNoRixRQUFNLE9BQU8sQ0FBQyxRQUFnQixTQUF5QztBQUNyRSxVQUFNLFFBQVEsZ0JBQWdCLENBQUMsR0FBRyxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQ2hELFVBQU0sSUFBSSxrQkFBa0IsUUFBUSxFQUFFLEdBQUcsVUFBVSxPQUFPLFVBQVUsS0FBSyxTQUFZLE1BQU0sQ0FBQztBQUFBLEVBQzlGO0FBRUEsTUFBSSxXQUFXLFFBQVEsV0FBVyxRQUFXO0FBQzNDLFdBQU8sS0FBSyx3RkFBd0YsQ0FBQyxDQUFDO0FBQUEsRUFDeEc7QUFDQSxNQUFJLE9BQU8sV0FBVyxTQUFVLFFBQU8sWUFBWSxRQUFRLENBQUMsR0FBRyxJQUFJO0FBQ25FLE1BQUksQ0FBQyxjQUFjLE1BQU0sR0FBRztBQUMxQixXQUFPO0FBQUEsTUFDTCxtR0FBbUcsY0FBYyxNQUFNLENBQUM7QUFBQSxNQUN4SCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sT0FBTztBQUNwQixNQUFJLE9BQU8sU0FBUyxZQUFZLHlCQUF5QixJQUFJLElBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxPQUFPO0FBQ3ZGLE1BQUksTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxNQUFNLE9BQU8sTUFBTSxZQUFZLHlCQUF5QixJQUFJLENBQUMsQ0FBQyxHQUFHO0FBQ3RHLFdBQU8sRUFBRSxHQUFHLE9BQU87QUFBQSxFQUNyQjtBQUNBLE1BQUksY0FBYyxPQUFPLFVBQVUsRUFBRyxRQUFPLEVBQUUsR0FBRyxRQUFRLE1BQU0sU0FBUztBQUN6RSxTQUFPLFlBQVksUUFBUSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3hDO0FBYUEsU0FBUyxTQUFTLEtBQWEsTUFBK0IsTUFBdUI7QUFDbkYsUUFBTSxPQUFPLElBQUksUUFBUSxHQUFHO0FBQzVCLE1BQUksT0FBTztBQUNYLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSSxTQUFTLElBQUk7QUFDZixRQUFJLENBQUMsSUFBSSxTQUFTLEdBQUcsR0FBRztBQUN0QjtBQUFBLFFBQ0UsVUFBVSxHQUFHO0FBQUEsUUFDYjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsV0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJO0FBQ3hCLEtBQUMsTUFBTSxXQUFXLElBQUksaUJBQWlCLElBQUksTUFBTSxPQUFPLEdBQUcsRUFBRSxDQUFDO0FBQUEsRUFDaEU7QUFDQSxRQUFNQyxZQUFXLEtBQUssU0FBUyxHQUFHO0FBQ2xDLFFBQU0sT0FBT0EsWUFBVyxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUk7QUFDNUMsTUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJLE1BQUssVUFBVSxHQUFHLHVDQUF1QyxJQUFJO0FBQ3JGLE1BQUksU0FBUyxLQUFLLEtBQUssRUFBRyxNQUFLLGVBQWUsSUFBSSxpREFBaUQsSUFBSTtBQUN2RyxTQUFPLEVBQUUsTUFBTSxVQUFBQSxXQUFVLE1BQU0sWUFBWTtBQUM3QztBQUdBLFNBQVMsaUJBQWlCLE1BQTRDO0FBQ3BFLFFBQU0sUUFBUSxLQUFLLFFBQVEsR0FBRztBQUM5QixNQUFJLFVBQVUsR0FBSSxRQUFPLENBQUMsS0FBSyxLQUFLLEdBQUcsTUFBUztBQUNoRCxRQUFNLGNBQWMsS0FBSyxNQUFNLFFBQVEsQ0FBQyxFQUFFLEtBQUs7QUFDL0MsU0FBTyxDQUFDLEtBQUssTUFBTSxHQUFHLEtBQUssRUFBRSxLQUFLLEdBQUcsZ0JBQWdCLEtBQUssU0FBWSxXQUFXO0FBQ25GO0FBRUEsU0FBUyxZQUNQLEtBQ0EsTUFDQSxNQUNBQyxRQUNZO0FBQ1osTUFBSUEsU0FBUSxVQUFXLE1BQUssc0NBQXNDLFNBQVMsNEJBQTRCLElBQUk7QUFDM0csUUFBTSxhQUF5QyxDQUFDO0FBQ2hELFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLHVCQUE2QztBQUNqRCxRQUFNLGFBQWEsb0JBQUksSUFBb0I7QUFFM0MsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxHQUFHLEdBQUc7QUFDOUMsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFDeEIsUUFBSSxRQUFRLFVBQVU7QUFDcEIsNkJBQXVCLFdBQVcsT0FBTyxRQUFXLElBQUksTUFBTUEsTUFBSztBQUNuRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFNBQVMsU0FBUyxLQUFLLElBQUksSUFBSTtBQUNyQyxVQUFNLFdBQVcsV0FBVyxJQUFJLE9BQU8sSUFBSTtBQUMzQyxRQUFJLGFBQWE7QUFDZixXQUFLLFVBQVUsT0FBTyxJQUFJLHlCQUF5QixRQUFRLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRTtBQUM1RixlQUFXLElBQUksT0FBTyxNQUFNLEdBQUc7QUFDL0IsUUFBSSxDQUFDLE9BQU8sU0FBVSxVQUFTLEtBQUssT0FBTyxJQUFJO0FBQy9DLFVBQU0sV0FBVyxXQUFXLE9BQU8sT0FBTyxNQUFNLElBQUksTUFBTUEsTUFBSztBQUMvRCxRQUFJLE9BQU8sU0FBVSxjQUFhLFFBQVE7QUFDMUMsUUFBSSxPQUFPLGdCQUFnQixPQUFXLFVBQVMsY0FBYyxPQUFPO0FBQ3BFLGVBQVcsT0FBTyxJQUFJLElBQUk7QUFBQSxFQUM1QjtBQUVBLFFBQU0sTUFBa0IsRUFBRSxNQUFNLFVBQVUsV0FBVztBQUNyRCxNQUFJLFNBQVMsU0FBUyxFQUFHLEtBQUksV0FBVztBQUN4QyxNQUFJLHVCQUF1QjtBQUMzQixTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQ1AsT0FDQSxNQUNBLE1BQ0EsTUFDQUEsUUFDWTtBQUNaLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxZQUFZLE9BQU8sTUFBTSxJQUFJO0FBQ25FLFVBQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFDekUsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGVBQU8sS0FBSyxzRUFBc0UsSUFBSTtBQUFBLE1BQ3hGO0FBQ0EsVUFBSSxVQUFVLFFBQVEsVUFBVSxRQUFXO0FBQ3pDLGVBQU8sS0FBSyx3RkFBd0YsSUFBSTtBQUFBLE1BQzFHO0FBQ0EsYUFBTztBQUFBLFFBQ0wsK0RBQStELGNBQWMsS0FBSyxDQUFDO0FBQUEsUUFDbkY7QUFBQSxNQUNGO0FBQUEsSUFDRixLQUFLLFNBQVM7QUFDWixVQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxZQUFZLE9BQU8sTUFBTSxJQUFJLEVBQUU7QUFDN0YsVUFBSSxjQUFjLEtBQUssRUFBRyxRQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sWUFBWSxPQUFPLE1BQU0sTUFBTUEsU0FBUSxDQUFDLEVBQUU7QUFDbkcsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGVBQU87QUFBQSxVQUNMO0FBQUEsVUFFQTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsYUFBTyxLQUFLLGtFQUFrRSxjQUFjLEtBQUssQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUM1RztBQUFBLElBQ0EsS0FBSztBQUNILFVBQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFDekUsYUFBTztBQUFBLFFBQ0wsZ0ZBQWdGLGNBQWMsS0FBSyxDQUFDO0FBQUEsUUFDcEc7QUFBQSxNQUNGO0FBQUEsSUFDRixLQUFLLFFBQVE7QUFDWCxVQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsR0FBRztBQUMvQyxlQUFPO0FBQUEsVUFDTCw2RUFBNkUsY0FBYyxLQUFLLENBQUM7QUFBQSxVQUNqRztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsaUJBQVcsQ0FBQyxPQUFPLElBQUksS0FBSyxNQUFNLFFBQVEsR0FBRztBQUMzQyxZQUFJLFNBQVMsUUFBUSxDQUFDLENBQUMsVUFBVSxVQUFVLFNBQVMsRUFBRSxTQUFTLE9BQU8sSUFBSSxHQUFHO0FBQzNFLGVBQUssK0RBQStELGNBQWMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsUUFDN0c7QUFBQSxNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQU0sQ0FBQyxHQUFHLEtBQUssRUFBRTtBQUFBLElBQzVCO0FBQUEsSUFDQSxTQUFTO0FBQ1AsWUFBTSxRQUFRLGFBQWEsTUFBTSxtQkFBbUI7QUFDcEQsYUFBTztBQUFBLFFBQ0wsa0JBQWtCLElBQUksOERBQ25CLFVBQVUsU0FBWSxLQUFLLG9CQUFvQixLQUFLLFVBQ3BELGFBQWEsSUFBSSxJQUFJLFdBQVcsSUFBSSxtQkFBbUIsSUFBSSxPQUFPO0FBQUEsUUFDckU7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsWUFBWSxNQUFjLE1BQStCLE1BQXdCO0FBQ3hGLFFBQU0sQ0FBQyxNQUFNLFdBQVcsSUFBSSxpQkFBaUIsSUFBSTtBQUNqRCxNQUFJLENBQUMsYUFBYSxJQUFJLEVBQUcsUUFBTyxLQUFLLG1CQUFtQixJQUFJLEdBQUcsSUFBSTtBQUNuRSxRQUFNLE1BQWtCLFNBQVMsUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLO0FBQ3JELE1BQUksZ0JBQWdCLE9BQVcsS0FBSSxjQUFjO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsbUJBQW1CLE1BQXNCO0FBQ2hELFFBQU0sT0FBTyx3QkFBd0IsS0FBSyxJQUFJO0FBQzlDLE1BQUksU0FBUyxHQUFJLFFBQU8seURBQXlELElBQUk7QUFDckYsUUFBTSxRQUFRLFVBQVUsTUFBTSx1QkFBdUI7QUFDckQsTUFBSSxTQUFTLFdBQVcsU0FBUyxZQUFZLFNBQVMsUUFBUTtBQUM1RCxVQUFNLFVBQ0osU0FBUyxVQUNMLDBCQUNBLFNBQVMsV0FDUCxzQ0FDQTtBQUNSLFdBQU8sSUFBSSxJQUFJLHFEQUFxRCxPQUFPO0FBQUEsRUFDN0U7QUFDQSxTQUNFLGlCQUFpQixJQUFJLElBQUksVUFBVSxTQUFZLEtBQUssbUJBQW1CLEtBQUssSUFBSSx5QkFDeEQsSUFBSTtBQUdoQztBQUVBLFNBQVMsYUFBYSxNQUFnRTtBQUNwRixTQUFRLHdCQUE4QyxTQUFTLElBQUk7QUFDckU7QUFHQSxTQUFTLGFBQWEsVUFBNEI7QUFDaEQsTUFBSSxNQUFNLFFBQVEsU0FBUyxJQUFJLEdBQUc7QUFDaEMsUUFBSSxDQUFDLFNBQVMsS0FBSyxTQUFTLElBQUksRUFBRyxVQUFTLE9BQU8sQ0FBQyxHQUFHLFNBQVMsTUFBTSxJQUFJO0FBQzFFO0FBQUEsRUFDRjtBQUNBLE1BQUksT0FBTyxTQUFTLFNBQVMsWUFBWSxTQUFTLFNBQVMsT0FBUSxVQUFTLE9BQU8sQ0FBQyxTQUFTLE1BQU0sTUFBTTtBQUMzRztBQUdPLFNBQVMsY0FBYyxPQUFrRDtBQUM5RSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE1BQU0sUUFBUSxLQUFLO0FBQzVFOzs7QUN6T08sSUFBTSxvQkFBb0IsQ0FBQyxVQUFVLFVBQVUsV0FBVyxXQUFXLFFBQVEsVUFBVSxPQUFPO0FBRXJHLElBQU0sa0JBQWtCLENBQUMsYUFBYSxhQUFhLFNBQVM7QUFDNUQsSUFBTSxrQkFBa0IsQ0FBQyxXQUFXLFdBQVcsb0JBQW9CLG9CQUFvQixZQUFZO0FBQ25HLElBQU0saUJBQWlCLENBQUMsU0FBUyxZQUFZLFVBQVU7QUFDdkQsSUFBTSxrQkFBa0IsQ0FBQyxjQUFjLFlBQVksc0JBQXNCO0FBRXpFLElBQU0sc0JBQXNCLG9CQUFJLElBQVk7QUFBQSxFQUMxQztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsR0FBRztBQUFBLEVBQ0gsR0FBRztBQUFBLEVBQ0gsR0FBRztBQUFBLEVBQ0gsR0FBRztBQUNMLENBQUM7QUFFRCxJQUFNLHNCQUFzQixvQkFBSSxJQUFZO0FBQUEsRUFDMUM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFHRCxJQUFNLHVCQUF1QixvQkFBSSxJQUFJO0FBQUEsRUFDbkM7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRixDQUFDO0FBRUQsSUFBTUMsYUFBWTtBQWFYLFNBQVMsb0JBQ2QsUUFDQSxXQUFpQyxDQUFDLEdBQ2xDLFVBQTZCLENBQUMsR0FDbEI7QUFDWixRQUFNLE9BQXVCLFNBQVMsVUFBVSxTQUFZLENBQUMsSUFBSSxDQUFDLFNBQVMsS0FBSztBQUNoRixRQUFNLE9BQU8sQ0FBQyxRQUFnQixTQUF5QztBQUNyRSxVQUFNLFFBQVEsZ0JBQWdCLENBQUMsR0FBRyxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQ2hELFVBQU0sSUFBSSxrQkFBa0IsUUFBUSxFQUFFLEdBQUcsVUFBVSxPQUFPLFVBQVUsS0FBSyxTQUFZLE1BQU0sQ0FBQztBQUFBLEVBQzlGO0FBQ0EsUUFBTSxhQUFhLGNBQWMsUUFBUSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3BELE1BQUksUUFBUSxPQUFPLE1BQU07QUFDdkIsUUFBSSxXQUFXLFNBQVMsVUFBVTtBQUNoQyxZQUFNLE1BQU0sV0FBVyxTQUFTLFNBQVksbUJBQW1CLFFBQVEsS0FBSyxVQUFVLFdBQVcsSUFBSSxDQUFDO0FBQ3RHO0FBQUEsUUFDRSw0RkFBNEYsR0FBRztBQUFBLFFBRS9GLENBQUMsTUFBTTtBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQ0EsUUFBSSxXQUFXLHlCQUF5QixPQUFXLFlBQVcsdUJBQXVCO0FBQUEsRUFDdkY7QUFDQSxTQUFPO0FBQ1Q7QUFJQSxTQUFTLGNBQWMsTUFBZSxNQUErQixNQUFZQyxRQUEyQjtBQUMxRyxNQUFJQSxTQUFRRCxXQUFXLE1BQUssOEJBQThCQSxVQUFTLDRCQUE0QixJQUFJO0FBQ25HLE1BQUksU0FBUyxLQUFNLFFBQU8sQ0FBQztBQUMzQixNQUFJLFNBQVMsTUFBTyxRQUFPLEtBQUssb0VBQW9FLElBQUk7QUFDeEcsTUFBSSxDQUFDLGNBQWMsSUFBSSxFQUFHLFFBQU8sS0FBSyxpQ0FBaUMsY0FBYyxJQUFJLENBQUMsSUFBSSxJQUFJO0FBRWxHLGFBQVcsT0FBTyxPQUFPLEtBQUssSUFBSSxFQUFHLGNBQWEsS0FBSyxNQUFNLElBQUk7QUFFakUsTUFBSSxNQUFrQixDQUFDO0FBQ3ZCLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxPQUFPLFFBQVEsSUFBSSxHQUFHO0FBQy9DLFFBQUksUUFBUSxXQUFXLFFBQVEsV0FBWTtBQUMzQyxRQUFJLEdBQUcsSUFBSTtBQUFBLEVBQ2I7QUFFQSxNQUFJLEtBQUssVUFBVSxRQUFXO0FBQzVCLFVBQU1FLFdBQVUsV0FBVyxLQUFLLE9BQU8sQ0FBQyxHQUFHLE1BQU0sT0FBTyxHQUFHLE1BQU1ELE1BQUs7QUFDdEUsZUFBVyxDQUFDLE9BQU8sTUFBTSxLQUFLQyxTQUFRLFFBQVEsRUFBRyxPQUFNLGFBQWEsS0FBSyxRQUFRLENBQUMsR0FBRyxNQUFNLFNBQVMsS0FBSyxHQUFHLElBQUk7QUFBQSxFQUNsSDtBQUVBLGdCQUFjLEtBQUssTUFBTSxJQUFJO0FBQzdCLE1BQUksS0FBSyxhQUFhLEtBQU0sU0FBUSxLQUFLLE1BQU0sSUFBSTtBQUFBLFdBQzFDLEtBQUssYUFBYSxVQUFhLEtBQUssYUFBYSxPQUFPO0FBQy9ELFNBQUsseUNBQXlDLGNBQWMsS0FBSyxRQUFRLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxVQUFVLENBQUM7QUFBQSxFQUNyRztBQUVBLHFCQUFtQixLQUFLLE1BQU0sSUFBSTtBQUNsQywwQkFBd0IsS0FBSyxNQUFNLElBQUk7QUFDdkMsMEJBQXdCLEtBQUssTUFBTSxJQUFJO0FBQ3ZDLHlCQUF1QixLQUFLLE1BQU0sTUFBTUQsTUFBSztBQUM3QywwQkFBd0IsS0FBSyxNQUFNLE1BQU1BLE1BQUs7QUFDOUMseUJBQXVCLEtBQUssTUFBTSxJQUFJO0FBQ3RDLGFBQVcsT0FBTyxDQUFDLFNBQVMsT0FBTyxHQUFZO0FBQzdDLFFBQUksSUFBSSxHQUFHLE1BQU0sT0FBVztBQUM1QixRQUFJLEdBQUcsSUFBSSxXQUFXLElBQUksR0FBRyxHQUFHLENBQUMsR0FBRyxNQUFNLEdBQUcsR0FBRyxNQUFNQSxNQUFLO0FBQzNELFVBQU0sUUFBUSxPQUFPLEtBQUssR0FBRyxFQUFFLEtBQUssQ0FBQyxNQUFNLE1BQU0sT0FBTyxvQkFBb0IsSUFBSSxDQUFDLENBQUM7QUFDbEYsUUFBSSxVQUFVLFFBQVc7QUFDdkIsV0FBSyxJQUFJLEdBQUcsOEJBQThCLEtBQUssaUJBQWlCLEtBQUssMkJBQTJCLENBQUMsR0FBRyxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ2xIO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsYUFBYSxLQUFhLE1BQStCLE1BQWtCO0FBQ2xGLE1BQUksb0JBQW9CLElBQUksR0FBRyxLQUFLLG9CQUFvQixJQUFJLEdBQUcsS0FBSyxJQUFJLFdBQVcsSUFBSSxFQUFHO0FBQzFGLE1BQUkscUJBQXFCLElBQUksR0FBRyxHQUFHO0FBQ2pDLFVBQU1FLFFBQU8sSUFBSSxXQUFXLEdBQUcsSUFDM0IsaUNBQ0E7QUFDSixTQUFLLDRCQUE0QixHQUFHLHdDQUF3Q0EsS0FBSSxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQ3BHO0FBQ0EsUUFBTSxRQUFRLGFBQWEsS0FBSyxDQUFDLEdBQUcscUJBQXFCLEdBQUcsbUJBQW1CLENBQUM7QUFDaEY7QUFBQSxJQUNFLGdDQUFnQyxHQUFHLElBQUksVUFBVSxTQUFZLEtBQUssbUJBQW1CLEtBQUssSUFBSTtBQUFBLElBRTlGLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsT0FBZ0IsTUFBK0IsTUFBWUYsUUFBNkI7QUFDMUcsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxXQUFXLEdBQUc7QUFDL0MsV0FBTyxLQUFLLDZDQUE2QyxjQUFjLEtBQUssQ0FBQyxJQUFJLElBQUk7QUFBQSxFQUN2RjtBQUNBLFNBQU8sTUFBTSxJQUFJLENBQUMsUUFBUSxVQUFVLGNBQWMsUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLLEdBQUcsTUFBTUEsU0FBUSxDQUFDLENBQUM7QUFDOUY7QUFFQSxTQUFTLFNBQVMsUUFBMEM7QUFDMUQsUUFBTSxPQUFPLE9BQU87QUFDcEIsTUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixTQUFPLE1BQU0sUUFBUSxJQUFJLElBQUssT0FBb0IsQ0FBQyxJQUFjO0FBQ25FO0FBRUEsU0FBUyxjQUFjLEtBQWlCLE1BQStCLE1BQWtCO0FBQ3ZGLFFBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNO0FBQzNCLE1BQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsUUFBSSxnQkFBZ0IsS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBUyxFQUFHLEtBQUksT0FBTztBQUFBLGFBQ3pELElBQUksVUFBVSxPQUFXLEtBQUksT0FBTztBQUM3QyxRQUFJLElBQUksU0FBUyxRQUFXO0FBRTFCLFlBQU0sRUFBRSxNQUFNLEdBQUcsS0FBSyxJQUFJO0FBQzFCLGlCQUFXLE9BQU8sT0FBTyxLQUFLLEdBQUcsRUFBRyxRQUFPLElBQUksR0FBRztBQUNsRCxhQUFPLE9BQU8sS0FBSyxFQUFFLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFDbkM7QUFDQTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSSxJQUFJLElBQUksT0FBTyxDQUFDLElBQUksSUFBSTtBQUM1RCxNQUFJLE1BQU0sV0FBVyxFQUFHLE1BQUssbURBQW1ELEVBQUU7QUFDbEYsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLFNBQVMsU0FBVSxNQUFLLGdDQUFnQyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDNUYsUUFBSSxDQUFFLGtCQUF3QyxTQUFTLElBQUksR0FBRztBQUM1RCxZQUFNLFFBQVEsVUFBVSxNQUFNLGlCQUFpQjtBQUMvQyxZQUFNLFVBQVUsU0FBUyxRQUFRLHNDQUFzQztBQUN2RTtBQUFBLFFBQ0UsaUJBQWlCLElBQUksSUFBSSxVQUFVLFNBQVksS0FBSyxtQkFBbUIsS0FBSyxJQUFJLEdBQUcsT0FBTyxZQUM3RSxrQkFBa0IsS0FBSyxJQUFJLENBQUM7QUFBQSxRQUN6QztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE1BQUssU0FBUyxJQUFJLHFCQUFxQixFQUFFO0FBQzdELFNBQUssSUFBSSxJQUFJO0FBQUEsRUFDZjtBQUNBLE1BQUksT0FBTyxNQUFNLFdBQVcsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLEdBQUcsS0FBSztBQUN0RDtBQUVBLFNBQVMsUUFBUSxLQUFpQixNQUErQixNQUFrQjtBQUNqRixRQUFNLFFBQVEsU0FBUyxHQUFHO0FBQzFCLE1BQUksVUFBVSxRQUFXO0FBQ3ZCLFFBQUksQ0FBQyxNQUFNLFNBQVMsTUFBTSxFQUFHLEtBQUksT0FBTyxDQUFDLEdBQUcsT0FBTyxNQUFNO0FBQUEsRUFDM0QsV0FBVyxNQUFNLFFBQVEsSUFBSSxJQUFJLEdBQUc7QUFDbEMsUUFBSSxDQUFDLElBQUksS0FBSyxTQUFTLElBQUksRUFBRyxLQUFJLE9BQU8sQ0FBQyxHQUFHLElBQUksTUFBTSxJQUFJO0FBQUEsRUFDN0QsV0FBVyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUc7QUFDbkMsUUFBSSxRQUFRLENBQUMsR0FBRyxJQUFJLE9BQU8sRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQzdDLFdBQVcsTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQ25DLFFBQUksUUFBUSxDQUFDLEdBQUcsSUFBSSxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFBQSxFQUM3QyxXQUFXLElBQUksVUFBVSxRQUFXO0FBQ2xDLFNBQUssb0VBQW9FLENBQUMsR0FBRyxNQUFNLFVBQVUsQ0FBQztBQUFBLEVBQ2hHO0FBRUY7QUFFQSxTQUFTLG1CQUFtQixLQUFpQixNQUErQixNQUFrQjtBQUM1RixRQUFNLFFBQVEsU0FBUyxHQUFHO0FBQzFCLFFBQU0sU0FBZ0U7QUFBQSxJQUNwRSxDQUFDLGlCQUFpQixDQUFDLFFBQVEsR0FBRyxRQUFRO0FBQUEsSUFDdEMsQ0FBQyxpQkFBaUIsQ0FBQyxVQUFVLFNBQVMsR0FBRyxRQUFRO0FBQUEsSUFDakQsQ0FBQyxnQkFBZ0IsQ0FBQyxPQUFPLEdBQUcsT0FBTztBQUFBLElBQ25DLENBQUMsaUJBQWlCLENBQUMsUUFBUSxHQUFHLFFBQVE7QUFBQSxFQUN4QztBQUNBLGFBQVcsQ0FBQyxVQUFVLFNBQVMsSUFBSSxLQUFLLFFBQVE7QUFDOUMsZUFBVyxXQUFXLFVBQVU7QUFDOUIsVUFBSSxJQUFJLE9BQU8sTUFBTSxPQUFXO0FBQ2hDLFVBQUksVUFBVSxPQUFXLE1BQUssSUFBSSxPQUFPLG9CQUFvQixJQUFJLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTyxDQUFDO0FBQUEsZUFDL0UsQ0FBQyxNQUFNLEtBQUssQ0FBQyxNQUFNLFFBQVEsU0FBUyxDQUFDLENBQUMsR0FBRztBQUNoRCxhQUFLLElBQUksT0FBTyxnQkFBZ0IsSUFBSSxzQkFBc0IsS0FBSyxVQUFVLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sT0FBTyxDQUFDO0FBQUEsTUFDMUc7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxtQkFBbUIsS0FBaUIsS0FBYSxNQUErQixNQUFrQjtBQUN6RyxRQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3JCLE1BQUksVUFBVSxPQUFXO0FBQ3pCLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFVBQVUsS0FBSyxLQUFLLFFBQVEsR0FBRztBQUN0RSxTQUFLLElBQUksR0FBRyxzQ0FBc0MsY0FBYyxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUM7QUFBQSxFQUMxRjtBQUNGO0FBRUEsU0FBUyxhQUFhLEtBQWlCLEtBQWEsTUFBK0IsTUFBa0I7QUFDbkcsUUFBTSxRQUFRLElBQUksR0FBRztBQUNyQixNQUFJLFVBQVUsT0FBVztBQUN6QixNQUFJLE9BQU8sVUFBVSxZQUFZLENBQUMsT0FBTyxTQUFTLEtBQUssR0FBRztBQUN4RCxTQUFLLElBQUksR0FBRywyQkFBMkIsY0FBYyxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUM7QUFBQSxFQUMvRTtBQUNGO0FBRUEsU0FBUyx3QkFBd0IsS0FBaUIsTUFBK0IsTUFBa0I7QUFDakcscUJBQW1CLEtBQUssYUFBYSxNQUFNLElBQUk7QUFDL0MscUJBQW1CLEtBQUssYUFBYSxNQUFNLElBQUk7QUFDL0MsTUFBSSxJQUFJLFlBQVksUUFBVztBQUM3QixRQUFJLE9BQU8sSUFBSSxZQUFZLFVBQVU7QUFDbkMsV0FBSyxzREFBc0QsY0FBYyxJQUFJLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLFNBQVMsQ0FBQztBQUFBLElBQy9HO0FBQ0EsUUFBSSxlQUFlLElBQUksT0FBTyxNQUFNLFFBQVc7QUFDN0MsV0FBSyxhQUFhLEtBQUssVUFBVSxJQUFJLE9BQU8sQ0FBQyxzQ0FBc0MsQ0FBQyxHQUFHLE1BQU0sU0FBUyxDQUFDO0FBQUEsSUFDekc7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGVBQWUsU0FBcUM7QUFDbEUsTUFBSTtBQUNGLFdBQU8sSUFBSSxPQUFPLFNBQVMsR0FBRztBQUFBLEVBQ2hDLFFBQVE7QUFDTixRQUFJO0FBQ0YsYUFBTyxJQUFJLE9BQU8sT0FBTztBQUFBLElBQzNCLFFBQVE7QUFDTixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsd0JBQXdCLEtBQWlCLE1BQStCLE1BQWtCO0FBQ2pHLGFBQVcsQ0FBQyxXQUFXLFNBQVMsS0FBSztBQUFBLElBQ25DLENBQUMsb0JBQW9CLFNBQVM7QUFBQSxJQUM5QixDQUFDLG9CQUFvQixTQUFTO0FBQUEsRUFDaEMsR0FBWTtBQUVWLFFBQUksT0FBTyxJQUFJLFNBQVMsTUFBTSxXQUFXO0FBQ3ZDLFVBQUksSUFBSSxTQUFTLE1BQU0sTUFBTTtBQUMzQixZQUFJLElBQUksU0FBUyxNQUFNLE9BQVcsTUFBSyxJQUFJLFNBQVMsa0JBQWtCLFNBQVMsS0FBSyxDQUFDLEdBQUcsTUFBTSxTQUFTLENBQUM7QUFDeEcsWUFBSSxTQUFTLElBQUksSUFBSSxTQUFTO0FBQzlCLGVBQU8sSUFBSSxTQUFTO0FBQUEsTUFDdEIsT0FBTztBQUNMLGVBQU8sSUFBSSxTQUFTO0FBQUEsTUFDdEI7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsT0FBTyxnQkFBaUIsY0FBYSxLQUFLLEtBQUssTUFBTSxJQUFJO0FBQ3BFLE1BQUksT0FBTyxJQUFJLGVBQWUsWUFBWSxJQUFJLGNBQWMsR0FBRztBQUM3RCxTQUFLLDRDQUE0QyxJQUFJLFVBQVUsSUFBSSxDQUFDLEdBQUcsTUFBTSxZQUFZLENBQUM7QUFBQSxFQUM1RjtBQUNGO0FBRUEsU0FBUyx1QkFBdUIsS0FBaUIsTUFBK0IsTUFBWUEsUUFBcUI7QUFDL0cscUJBQW1CLEtBQUssWUFBWSxNQUFNLElBQUk7QUFDOUMscUJBQW1CLEtBQUssWUFBWSxNQUFNLElBQUk7QUFDOUMsTUFBSSxJQUFJLFVBQVUsT0FBVztBQUM3QixNQUFJLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRztBQUM1QixTQUFLLG9HQUFvRztBQUFBLE1BQ3ZHLEdBQUc7QUFBQSxNQUNIO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksUUFBUSxjQUFjLElBQUksT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQzFFO0FBRUEsU0FBUyx3QkFBd0IsS0FBaUIsTUFBK0IsTUFBWUEsUUFBcUI7QUFDaEgsTUFBSSxJQUFJLGVBQWUsUUFBVztBQUNoQyxRQUFJLENBQUMsY0FBYyxJQUFJLFVBQVUsR0FBRztBQUNsQyxXQUFLLCtDQUErQyxjQUFjLElBQUksVUFBVSxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sWUFBWSxDQUFDO0FBQUEsSUFDOUc7QUFDQSxVQUFNLGFBQXlDLENBQUM7QUFDaEQsZUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxJQUFJLFVBQVUsR0FBRztBQUM3RCxpQkFBVyxJQUFJLElBQUksY0FBYyxVQUFVLENBQUMsR0FBRyxNQUFNLGNBQWMsSUFBSSxHQUFHLE1BQU1BLFNBQVEsQ0FBQztBQUFBLElBQzNGO0FBQ0EsUUFBSSxhQUFhO0FBQUEsRUFDbkI7QUFDQSxNQUFJLElBQUksYUFBYSxRQUFXO0FBQzlCLFVBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxVQUFVO0FBQy9CLFFBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxRQUFRO0FBQzdCLFdBQUssb0RBQW9ELGNBQWMsSUFBSSxRQUFRLENBQUMsSUFBSSxFQUFFO0FBQzVGLFVBQU0sV0FBVyxjQUFjLElBQUksVUFBVSxJQUFJLE9BQU8sS0FBSyxJQUFJLFVBQVUsSUFBSSxDQUFDO0FBQ2hGLFVBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLGVBQVcsUUFBUSxJQUFJLFVBQXVCO0FBQzVDLFVBQUksT0FBTyxTQUFTLFNBQVUsTUFBSyw0Q0FBNEMsY0FBYyxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQ3hHLFVBQUksS0FBSyxJQUFJLElBQUksRUFBRyxNQUFLLElBQUksSUFBSSxtQ0FBbUMsRUFBRTtBQUN0RSxXQUFLLElBQUksSUFBSTtBQUNiLFVBQUksQ0FBQyxTQUFTLFNBQVMsSUFBSSxHQUFHO0FBQzVCLGNBQU0sUUFBUSxhQUFhLE1BQU0sUUFBUTtBQUN6QztBQUFBLFVBQ0UscUJBQXFCLElBQUksNENBQ3RCLFVBQVUsU0FBWSw2QkFBNkIsbUJBQW1CLEtBQUs7QUFBQSxVQUM5RTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFFBQUksV0FBVyxDQUFDLEdBQUcsSUFBSTtBQUFBLEVBQ3pCO0FBQ0EsUUFBTSxRQUFRLElBQUk7QUFDbEIsTUFBSSxVQUFVLFVBQWEsT0FBTyxVQUFVLFdBQVc7QUFDckQsUUFBSSx1QkFBdUIsY0FBYyxPQUFPLENBQUMsR0FBRyxNQUFNLHNCQUFzQixHQUFHLE1BQU1BLFNBQVEsQ0FBQztBQUFBLEVBQ3BHO0FBQ0Y7QUFFQSxTQUFTLFlBQVksT0FBMkQ7QUFDOUUsU0FBTyxVQUFVLFFBQVEsT0FBTyxVQUFVLFlBQVksT0FBTyxVQUFVLGFBQWEsT0FBTyxTQUFTLEtBQUs7QUFDM0c7QUFFQSxTQUFTLFVBQVUsT0FBeUMsT0FBbUM7QUFDN0YsU0FBTyxNQUFNLEtBQUssQ0FBQyxTQUFTO0FBQzFCLFlBQVEsTUFBTTtBQUFBLE1BQ1osS0FBSztBQUNILGVBQU8sVUFBVTtBQUFBLE1BQ25CLEtBQUs7QUFDSCxlQUFPLE9BQU8sVUFBVSxLQUFLO0FBQUEsTUFDL0IsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUNILGVBQU8sT0FBTyxVQUFVO0FBQUEsTUFDMUI7QUFDRSxlQUFPO0FBQUEsSUFDWDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyx1QkFBdUIsS0FBaUIsTUFBK0IsTUFBa0I7QUFDaEcsUUFBTSxRQUFRLFNBQVMsR0FBRztBQUMxQixNQUFJLElBQUksU0FBUyxRQUFXO0FBQzFCLFVBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNO0FBQzNCLFFBQUksQ0FBQyxNQUFNLFFBQVEsSUFBSSxJQUFJLEtBQUssSUFBSSxLQUFLLFdBQVcsR0FBRztBQUNyRCxXQUFLLGtEQUFrRCxjQUFjLElBQUksSUFBSSxDQUFDLElBQUksRUFBRTtBQUFBLElBQ3RGO0FBQ0EsZUFBVyxDQUFDLE9BQU8sS0FBSyxLQUFNLElBQUksS0FBbUIsUUFBUSxHQUFHO0FBQzlELFVBQUksQ0FBQyxZQUFZLEtBQUssR0FBRztBQUN2QixhQUFLLCtEQUErRCxjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLEtBQUssQ0FBQztBQUFBLE1BQzVHO0FBQ0EsVUFBSSxVQUFVLFVBQWEsQ0FBQyxVQUFVLE9BQU8sS0FBSyxHQUFHO0FBQ25ELGFBQUssY0FBYyxLQUFLLFVBQVUsS0FBSyxDQUFDLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsSUFBSSxLQUFLLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxJQUFJLFVBQVUsUUFBVztBQUMzQixVQUFNLEtBQUssQ0FBQyxHQUFHLE1BQU0sT0FBTztBQUM1QixRQUFJLENBQUMsWUFBWSxJQUFJLEtBQUs7QUFDeEIsV0FBSywwREFBMEQsY0FBYyxJQUFJLEtBQUssQ0FBQyxJQUFJLEVBQUU7QUFDL0YsUUFBSSxVQUFVLFVBQWEsQ0FBQyxVQUFVLElBQUksT0FBTyxLQUFLLEdBQUc7QUFDdkQsV0FBSyxTQUFTLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQyxzQkFBc0IsS0FBSyxVQUFVLElBQUksSUFBSSxDQUFDLElBQUksRUFBRTtBQUFBLElBQzdGO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUFTLEdBQVksR0FBcUI7QUFDakQsU0FBTyxLQUFLLFVBQVUsQ0FBQyxNQUFNLEtBQUssVUFBVSxDQUFDO0FBQy9DO0FBR0EsU0FBUyxhQUFhLFFBQW9CLFFBQW9CLE1BQStCLE1BQXdCO0FBQ25ILFFBQU0sTUFBa0IsRUFBRSxHQUFHLE9BQU87QUFDcEMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxNQUFNLEdBQUc7QUFDakQsVUFBTSxVQUFVLElBQUksR0FBRztBQUN2QixRQUFJLFlBQVksUUFBVztBQUN6QixVQUFJLEdBQUcsSUFBSTtBQUNYO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxnQkFBZ0IsY0FBYyxPQUFPLEtBQUssY0FBYyxLQUFLLEdBQUc7QUFDMUUsWUFBTSxTQUFrQyxFQUFFLEdBQUcsUUFBUTtBQUNyRCxpQkFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDcEQsWUFBSSxPQUFPLElBQUksTUFBTSxVQUFhLENBQUMsU0FBUyxPQUFPLElBQUksR0FBRyxRQUFRLEdBQUc7QUFDbkUsZUFBSyxhQUFhLElBQUksaUVBQWlFO0FBQUEsWUFDckYsR0FBRztBQUFBLFlBQ0g7QUFBQSxZQUNBO0FBQUEsVUFDRixDQUFDO0FBQUEsUUFDSDtBQUNBLGVBQU8sSUFBSSxJQUFJO0FBQUEsTUFDakI7QUFDQSxVQUFJLGFBQWE7QUFBQSxJQUNuQixXQUFXLFFBQVEsY0FBYyxNQUFNLFFBQVEsT0FBTyxLQUFLLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDL0UsVUFBSSxXQUFXLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsR0FBRyxTQUFTLEdBQUcsS0FBSyxDQUFDLENBQUM7QUFBQSxJQUNwRCxXQUFXLFFBQVEsUUFBUTtBQUN6QixZQUFNLE9BQU8sZUFBZSxNQUFNLFFBQVEsT0FBTyxJQUFJLFVBQVUsQ0FBQyxPQUFPLEdBQUcsTUFBTSxRQUFRLEtBQUssSUFBSSxRQUFRLENBQUMsS0FBSyxDQUFDO0FBQ2hILFVBQUksS0FBSyxXQUFXLEdBQUc7QUFDckIsYUFBSywrQkFBK0IsS0FBSyxVQUFVLE9BQU8sQ0FBQyxRQUFRLEtBQUssVUFBVSxLQUFLLENBQUMsWUFBWSxJQUFJO0FBQUEsTUFDMUc7QUFDQSxVQUFJLE9BQU8sS0FBSyxXQUFXLElBQUksS0FBSyxDQUFDLElBQUk7QUFBQSxJQUMzQyxXQUFXLG9CQUFvQixJQUFJLEdBQUcsS0FBSyxJQUFJLFdBQVcsSUFBSSxHQUFHO0FBQUEsSUFFakUsV0FBVyxDQUFDLFNBQVMsU0FBUyxLQUFLLEdBQUc7QUFDcEMsV0FBSyx1QkFBdUIsR0FBRyxrREFBa0QsQ0FBQyxHQUFHLE1BQU0sR0FBRyxDQUFDO0FBQUEsSUFDakc7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxlQUFlLE1BQTBCLFFBQXVDO0FBQ3ZGLFFBQU0sT0FBTyxvQkFBSSxJQUFhO0FBQzlCLGFBQVcsUUFBUSxNQUFNO0FBQ3ZCLFFBQUksT0FBTyxTQUFTLElBQUksRUFBRyxNQUFLLElBQUksSUFBSTtBQUFBLGFBQzlCLFNBQVMsYUFBYSxPQUFPLFNBQVMsUUFBUSxLQUFPLFNBQVMsWUFBWSxPQUFPLFNBQVMsU0FBUyxHQUFJO0FBQy9HLFdBQUssSUFBSSxTQUFTO0FBQUEsSUFDcEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxDQUFDLEdBQUcsSUFBSTtBQUNqQjs7O0FDNWRBLElBQU0sUUFBbUIsTUFBTTtBQUMvQixJQUFNLFNBQW9CLE1BQU07QUFHekIsU0FBUyxpQkFBaUIsUUFBK0I7QUFDOUQsTUFBSSxPQUFPLFVBQVUsUUFBVztBQUM5QixVQUFNLFdBQVcsT0FBTztBQUN4QixXQUFPLENBQUMsVUFBVSxVQUFVO0FBQUEsRUFDOUI7QUFDQSxNQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksR0FBRztBQUM5QixVQUFNLFVBQVUsSUFBSSxJQUFhLE9BQU8sSUFBSTtBQUM1QyxXQUFPLENBQUMsVUFBVSxRQUFRLElBQUksS0FBSztBQUFBLEVBQ3JDO0FBQ0EsTUFBSSxNQUFNLFFBQVEsT0FBTyxLQUFLLEdBQUc7QUFDL0IsVUFBTUcsV0FBVyxPQUFPLE1BQXVCLElBQUksZ0JBQWdCO0FBQ25FLFdBQU8sQ0FBQyxVQUFVQSxTQUFRLEtBQUssQ0FBQyxXQUFXLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDMUQ7QUFFQSxNQUFJLE9BQU8sVUFBVSxPQUFXLFFBQU87QUFDdkMsTUFBSSxPQUFPLFNBQVMsT0FBVyxRQUFPO0FBQ3RDLFFBQU0sUUFBUSxNQUFNLFFBQVEsT0FBTyxJQUFJLElBQUssT0FBTyxPQUFvQixDQUFDLE9BQU8sSUFBYztBQUM3RixRQUFNQyxZQUFXLE1BQU0sU0FBUyxNQUFNO0FBQ3RDLFFBQU1ELFdBQVUsTUFBTSxPQUFPLENBQUMsTUFBTSxNQUFNLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxNQUFNLEdBQUcsTUFBTSxDQUFDO0FBQzdFLE1BQUlBLFNBQVEsV0FBVyxFQUFHLFFBQU8sQ0FBQyxVQUFVLFVBQVU7QUFDdEQsUUFBTSxPQUFPQSxTQUFRLFdBQVcsSUFBSUEsU0FBUSxDQUFDLElBQUssQ0FBQyxVQUFtQkEsU0FBUSxLQUFLLENBQUMsV0FBVyxPQUFPLEtBQUssQ0FBQztBQUM1RyxTQUFPQyxZQUFXLENBQUMsVUFBVSxVQUFVLFFBQVEsS0FBSyxLQUFLLElBQUk7QUFDL0Q7QUFFQSxTQUFTLE1BQU0sTUFBYyxRQUErQjtBQUMxRCxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFDSCxhQUFPLFlBQVksTUFBTTtBQUFBLElBQzNCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLFlBQVksTUFBTSxNQUFNO0FBQUEsSUFDakMsS0FBSztBQUNILGFBQU8sQ0FBQyxVQUFVLE9BQU8sVUFBVTtBQUFBLElBQ3JDLEtBQUs7QUFDSCxhQUFPLFdBQVcsTUFBTTtBQUFBLElBQzFCLEtBQUs7QUFDSCxhQUFPLFlBQVksTUFBTTtBQUFBLElBQzNCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsWUFBWSxRQUErQjtBQUNsRCxRQUFNLE1BQU0sT0FBTyxPQUFPLGNBQWMsV0FBVyxPQUFPLFlBQVk7QUFDdEUsUUFBTSxNQUFNLE9BQU8sT0FBTyxjQUFjLFdBQVcsT0FBTyxZQUFZLE9BQU87QUFDN0UsUUFBTSxVQUFVLE9BQU8sT0FBTyxZQUFZLFdBQVcsZUFBZSxPQUFPLE9BQU8sSUFBSTtBQUN0RixNQUFJLE9BQU8sT0FBTyxZQUFZLFlBQVksWUFBWSxPQUFXLFFBQU87QUFDeEUsTUFBSSxZQUFZLFFBQVc7QUFDekIsV0FBTyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksTUFBTSxVQUFVLE9BQU8sTUFBTSxVQUFVLE9BQU8sUUFBUSxLQUFLLEtBQUs7QUFBQSxFQUNqSDtBQUNBLE1BQUksUUFBUSxLQUFLLFFBQVEsT0FBTyxrQkFBbUIsUUFBTyxDQUFDLFVBQVUsT0FBTyxVQUFVO0FBQ3RGLFNBQU8sQ0FBQyxVQUFVLE9BQU8sVUFBVSxZQUFZLE1BQU0sVUFBVSxPQUFPLE1BQU0sVUFBVTtBQUN4RjtBQUVBLFNBQVMsWUFBWSxNQUE0QixRQUErQjtBQUM5RSxRQUFNLFFBQVEsQ0FBQyxLQUFhLGFBQzFCLE9BQU8sT0FBTyxHQUFHLE1BQU0sV0FBWSxPQUFPLEdBQUcsSUFBZTtBQUM5RCxRQUFNLE1BQU0sTUFBTSxXQUFXLE9BQU8saUJBQWlCO0FBQ3JELFFBQU0sTUFBTSxNQUFNLFdBQVcsT0FBTyxpQkFBaUI7QUFDckQsUUFBTSxRQUFRLE1BQU0sb0JBQW9CLE9BQU8saUJBQWlCO0FBQ2hFLFFBQU0sUUFBUSxNQUFNLG9CQUFvQixPQUFPLGlCQUFpQjtBQUNoRSxRQUFNLE9BQU8sT0FBTyxPQUFPLGVBQWUsV0FBVyxPQUFPLGFBQWE7QUFFekUsTUFBSSxTQUFTLFVBQWEsQ0FBQyxPQUFPLGNBQWMsSUFBSSxFQUFHLFFBQU87QUFDOUQsUUFBTSxPQUNKLFNBQVMsWUFDTCxDQUFDLFVBQVUsT0FBTyxjQUFjLEtBQUssSUFDckMsQ0FBQyxVQUFVLE9BQU8sVUFBVSxZQUFZLE9BQU8sU0FBUyxLQUFLO0FBQ25FLFNBQU8sQ0FBQyxVQUNOLEtBQUssS0FBSyxLQUNULFNBQW9CLE9BQ3BCLFNBQW9CLE9BQ3BCLFFBQW1CLFNBQ25CLFFBQW1CLFVBQ25CLFNBQVMsVUFBYyxPQUFPLGNBQWMsS0FBSyxLQUFNLFFBQW1CLFNBQVM7QUFDeEY7QUFFQSxTQUFTLFdBQVcsUUFBK0I7QUFDakQsUUFBTSxPQUFPLE9BQU8sVUFBVSxTQUFZLFNBQVMsaUJBQWlCLE9BQU8sS0FBbUI7QUFDOUYsUUFBTSxNQUFNLE9BQU8sT0FBTyxhQUFhLFdBQVcsT0FBTyxXQUFXO0FBQ3BFLFFBQU0sTUFBTSxPQUFPLE9BQU8sYUFBYSxXQUFXLE9BQU8sV0FBVyxPQUFPO0FBQzNFLFNBQU8sQ0FBQyxVQUFVO0FBQ2hCLFFBQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sU0FBUyxPQUFPLE1BQU0sU0FBUyxJQUFLLFFBQU87QUFDOUUsYUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsSUFBSyxLQUFJLENBQUMsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFHLFFBQU87QUFDbkUsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQVNBLFNBQVMsWUFBWSxRQUErQjtBQUNsRCxRQUFNLGdCQUFnQixJQUFJLElBQUssT0FBTyxZQUFZLENBQUMsQ0FBYztBQUNqRSxRQUFNLGFBQThCLE9BQU8sUUFBUyxPQUFPLGNBQWMsQ0FBQyxDQUFnQyxFQUFFO0FBQUEsSUFDMUcsQ0FBQyxDQUFDLEtBQUssUUFBUSxPQUFPLEVBQUUsS0FBSyxVQUFVLGNBQWMsSUFBSSxHQUFHLEdBQUcsT0FBTyxpQkFBaUIsUUFBUSxFQUFFO0FBQUEsRUFDbkc7QUFDQSxRQUFNLFdBQWlDLHVCQUFPLE9BQU8sSUFBSTtBQUN6RCxhQUFXLEVBQUUsSUFBSSxLQUFLLFdBQVksVUFBUyxHQUFHLElBQUk7QUFDbEQsUUFBTSxRQUFRLE9BQU87QUFDckIsUUFBTSxPQUFPLFVBQVUsUUFBUSxXQUFXLFVBQVUsVUFBYSxVQUFVLE9BQU8sVUFBVTtBQUM1RixRQUFNLGFBQWEsU0FBUyxhQUFhLGlCQUFpQixLQUFtQixJQUFJO0FBQ2pGLFFBQU0sUUFBUSxXQUFXO0FBRXpCLFNBQU8sQ0FBQyxVQUFVO0FBQ2hCLFFBQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTztBQUNoRixVQUFNLFFBQVEsT0FBTyxlQUFlLEtBQUs7QUFDekMsUUFBSSxVQUFVLE9BQU8sYUFBYSxVQUFVLEtBQU0sUUFBTztBQUN6RCxVQUFNQyxVQUFTO0FBQ2YsUUFBSSxVQUFVO0FBQ2QsYUFBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLEtBQUs7QUFDOUIsWUFBTSxXQUFXLFdBQVcsQ0FBQztBQUM3QixZQUFNLE9BQU9BLFFBQU8sU0FBUyxHQUFHO0FBQ2hDLFVBQUksU0FBUyxRQUFXO0FBQ3RCLFlBQUksU0FBUyxTQUFVLFFBQU87QUFDOUIsWUFBSSxPQUFPLE9BQU9BLFNBQVEsU0FBUyxHQUFHLEVBQUc7QUFDekM7QUFBQSxNQUNGO0FBQ0EsVUFBSSxDQUFDLFNBQVMsTUFBTSxJQUFJLEVBQUcsUUFBTztBQUNsQztBQUFBLElBQ0Y7QUFDQSxRQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFFBQUksU0FBUyxVQUFVO0FBQ3JCLFVBQUksT0FBTztBQUNYLGlCQUFXLEtBQUtBLFFBQVE7QUFDeEIsYUFBTyxTQUFTO0FBQUEsSUFDbEI7QUFDQSxlQUFXLE9BQU9BLFNBQVE7QUFDeEIsVUFBSSxTQUFTLEdBQUcsTUFBTSxTQUFTLFFBQVEsZUFBZSxDQUFDLFdBQVdBLFFBQU8sR0FBRyxDQUFDLEdBQUksUUFBTztBQUFBLElBQzFGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDN0lBLElBQU0sYUFBYTtBQUNuQixJQUFNLFNBQVM7QUFlUixTQUFTLHVCQUF1QixRQUF5QztBQUM5RSxTQUFPLE9BQU8sUUFBUSxJQUFJLEtBQUs7QUFDakM7QUFNTyxTQUFTLGVBQWUsUUFBNEI7QUFDekQsUUFBTSxPQUFPLE9BQU8sUUFBUSxJQUFJLElBQUk7QUFDcEMsU0FBTyxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxRQUFRO0FBQ3hEO0FBRUEsU0FBUyxPQUFPLFFBQWlCLFFBQWdCLFFBQXlCO0FBQ3hFLFNBQU8sUUFBUSxRQUFRLFFBQVEsTUFBTSxFQUFFLEtBQUssS0FBSztBQUNuRDtBQUdBLFNBQVMsUUFBUSxRQUFpQixRQUFnQixRQUEyQjtBQUMzRSxRQUFNLE1BQU0sQ0FBQyxHQUFHLElBQUksSUFBSSxXQUFXLFFBQVEsUUFBUSxNQUFNLENBQUMsQ0FBQztBQUMzRCxTQUFPLElBQUksU0FBUyxTQUFTLElBQUksQ0FBQyxTQUFTLElBQUk7QUFDakQ7QUFFQSxTQUFTLFdBQVcsUUFBaUIsUUFBZ0IsUUFBMkI7QUFDOUUsTUFBSSxXQUFXLE1BQU8sUUFBTyxDQUFDLE9BQU87QUFDckMsTUFBSSxDQUFDLGNBQWMsTUFBTSxFQUFHLFFBQU8sQ0FBQyxTQUFTO0FBQzdDLE1BQUksT0FBTyxVQUFVLE9BQVcsUUFBTyxDQUFDLFFBQVEsT0FBTyxLQUFLLENBQUM7QUFDN0QsTUFBSSxNQUFNLFFBQVEsT0FBTyxJQUFJLEVBQUcsUUFBTyxPQUFPLEtBQUssSUFBSSxPQUFPO0FBQzlELGFBQVcsT0FBTyxDQUFDLFNBQVMsT0FBTyxHQUFZO0FBQzdDLFVBQU0sZUFBZSxPQUFPLEdBQUc7QUFDL0IsUUFBSSxNQUFNLFFBQVEsWUFBWSxLQUFLLGFBQWEsU0FBUyxHQUFHO0FBQzFELFlBQU0sT0FBTyxZQUFZLFFBQVEsQ0FBQyxLQUFLLFVBQVUsQ0FBQztBQUNsRCxZQUFNQyxPQUFNLGFBQWEsUUFBUSxDQUFDLFdBQVcsUUFBUSxFQUFFLEdBQUcsTUFBTSxHQUFHLFNBQVMsTUFBTSxFQUFFLEdBQUcsUUFBUSxNQUFNLENBQUM7QUFDdEcsYUFBTyxPQUFPLGFBQWEsT0FBTyxDQUFDLEdBQUdBLE1BQUssTUFBTSxJQUFJQTtBQUFBLElBQ3ZEO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxLQUFLLE9BQU8sTUFBTSxTQUFTLEdBQUc7QUFDMUQsVUFBTSxPQUFPLFlBQVksUUFBUSxDQUFDLE9BQU8sQ0FBQztBQUMxQyxVQUFNLFFBQVEsQ0FBQyxNQUFNLEdBQUcsT0FBTyxLQUFLLEVBQ2pDLE9BQU8sQ0FBQyxTQUFTLENBQUMsa0JBQWtCLElBQUksQ0FBQyxFQUN6QyxJQUFJLENBQUMsU0FBUyxRQUFRLE1BQU0sUUFBUSxNQUFNLENBQUMsRUFDM0MsSUFBSSxDQUFDQyxXQUFXQSxPQUFNLFNBQVMsSUFBSSxJQUFJQSxPQUFNLEtBQUssS0FBSyxDQUFDLE1BQU1BLE9BQU0sQ0FBQyxDQUFHO0FBQzNFLFVBQU0sU0FBUyxDQUFDLEdBQUcsSUFBSSxJQUFJLEtBQUssQ0FBQyxFQUFFLE9BQU8sQ0FBQyxTQUFTLFNBQVMsU0FBUztBQUN0RSxXQUFPLENBQUMsT0FBTyxXQUFXLElBQUksWUFBWSxPQUFPLEtBQUssS0FBSyxDQUFDO0FBQUEsRUFDOUQ7QUFDQSxRQUFNLE9BQU8sT0FBTztBQUNwQixRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSSxPQUFPLFNBQVMsU0FBWSxXQUFXLE1BQU0sSUFBSSxDQUFDLElBQUk7QUFDMUYsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLENBQUMsU0FBUztBQUN6QyxRQUFNLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTUMsT0FBTSxPQUFPLENBQUMsR0FBRyxRQUFRLFFBQVEsTUFBTSxDQUFDO0FBQ3JFLE1BQUksT0FBTyxhQUFhLEtBQU0sS0FBSSxLQUFLLE1BQU07QUFDN0MsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLFFBQTJDO0FBQzdELE1BQUksT0FBTyxlQUFlLFVBQWEsT0FBTyx5QkFBeUIsT0FBVyxRQUFPLENBQUMsUUFBUTtBQUNsRyxNQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sZ0JBQWdCLE9BQVcsUUFBTyxDQUFDLE9BQU87QUFDbkYsU0FBTyxDQUFDO0FBQ1Y7QUFFQSxTQUFTQSxPQUFNLE1BQWMsUUFBaUMsUUFBZ0IsUUFBeUI7QUFDckcsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUVILGFBQU8sU0FBUyxZQUFZO0FBQUEsSUFDOUIsS0FBSztBQUNILGFBQU8sVUFBVSxRQUFRLFFBQVEsTUFBTTtBQUFBLElBQ3pDLEtBQUs7QUFDSCxhQUFPLFdBQVcsUUFBUSxRQUFRLE1BQU07QUFBQSxJQUMxQztBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsUUFBaUMsUUFBZ0IsUUFBeUI7QUFDM0YsUUFBTSxRQUFRLE1BQU0sUUFBUSxPQUFPLFdBQVcsSUFDMUMsT0FBTyxjQUNQLE1BQU0sUUFBUSxPQUFPLEtBQUssSUFDeEIsT0FBTyxRQUNQO0FBQ04sTUFBSSxVQUFVLE9BQVcsUUFBTyxJQUFJLE1BQU0sSUFBSSxDQUFDLFNBQVMsT0FBTyxNQUFNLFFBQVEsTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFDaEcsU0FBTyxTQUFTLE9BQU8sVUFBVSxTQUFZLFlBQVksT0FBTyxPQUFPLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFDL0Y7QUFFQSxTQUFTLFdBQVcsUUFBaUMsUUFBZ0IsUUFBeUI7QUFDNUYsUUFBTSxhQUFhLGNBQWMsT0FBTyxVQUFVLElBQUksT0FBTyxhQUFhLENBQUM7QUFDM0UsUUFBTSxXQUFXLElBQUksSUFBSSxNQUFNLFFBQVEsT0FBTyxRQUFRLElBQUksT0FBTyxXQUFXLENBQUMsQ0FBQztBQUM5RSxRQUFNLFFBQVEsT0FBTyxLQUFLLFVBQVU7QUFDcEMsUUFBTSxRQUFRLE9BQU87QUFDckIsUUFBTSxRQUFRLFNBQVM7QUFDdkIsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLFFBQU0sY0FBd0IsQ0FBQztBQUMvQixhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNQyxZQUFXLENBQUMsU0FBUyxJQUFJLElBQUk7QUFDbkMsVUFBTSxPQUFPLE9BQU8sV0FBVyxJQUFJLEdBQUcsT0FBTyxNQUFNO0FBQ25ELGdCQUFZLEtBQUssR0FBRyxRQUFRLFdBQVcsSUFBSSxHQUFHLE9BQU8sTUFBTSxDQUFDO0FBQzVELFFBQUlBLFVBQVUsYUFBWSxLQUFLLFdBQVc7QUFDMUMsVUFBTSxXQUFXLFdBQVcsSUFBSTtBQUNoQyxVQUFNLGNBQ0osY0FBYyxRQUFRLEtBQUssT0FBTyxTQUFTLGdCQUFnQixXQUFXLFNBQVMsY0FBYztBQUMvRixVQUFNLE1BQU0sVUFBVSxnQkFBZ0IsU0FBWSxLQUFLLFdBQVcsYUFBYSxLQUFLO0FBQ3BGLFVBQU0sS0FBSyxHQUFHLEdBQUcsR0FBRyxZQUFZLElBQUksQ0FBQyxHQUFHQSxZQUFXLE1BQU0sRUFBRSxLQUFLLElBQUksR0FBRztBQUFBLEVBQ3pFO0FBQ0EsTUFBSTtBQUNKLE1BQUksVUFBVSxVQUFhLFVBQVUsU0FBUyxFQUFFLE1BQU0sV0FBVyxLQUFLLFVBQVUsT0FBTztBQUNyRixnQkFBWSxPQUFPLE9BQU8sT0FBTyxNQUFNO0FBRXZDLFFBQUksY0FBYyxhQUFhLE1BQU0sU0FBUyxHQUFHO0FBQy9DLFlBQU0sTUFBTSxvQkFBSSxJQUFJLENBQUMsV0FBVyxHQUFHLFdBQVcsQ0FBQztBQUMvQyxrQkFBWSxJQUFJLElBQUksU0FBUyxJQUFJLFlBQVksQ0FBQyxHQUFHLEdBQUcsRUFBRSxLQUFLLEtBQUs7QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sV0FBVyxHQUFHO0FBQ3RCLFFBQUksVUFBVSxNQUFPLFFBQU87QUFDNUIsUUFBSSxVQUFVLFVBQWEsVUFBVSxLQUFNLFFBQU87QUFDbEQsV0FBTyxrQkFBa0IsT0FBTyxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQUEsRUFDeEQ7QUFDQSxNQUFJLGNBQWMsT0FBVyxPQUFNLEtBQUssa0JBQWtCLFNBQVMsR0FBRztBQUN0RSxNQUFJLE9BQVEsUUFBTyxLQUFLLE1BQU0sS0FBSyxHQUFHLENBQUM7QUFDdkMsU0FBTztBQUFBLEVBQU0sTUFBTSxJQUFJLENBQUNDLFVBQVMsR0FBRyxLQUFLLEdBQUdBLEtBQUksRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFBSyxNQUFNO0FBQzNFO0FBRUEsU0FBUyxXQUFXLGFBQXFCLFFBQXdCO0FBQy9ELFFBQU0sUUFBUSxZQUFZLFFBQVEsU0FBUyxNQUFNLEVBQUUsTUFBTSxPQUFPO0FBQ2hFLE1BQUksTUFBTSxXQUFXLEVBQUcsUUFBTyxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQUEsRUFBUSxNQUFNO0FBQzVELFNBQU87QUFBQSxFQUFRLE1BQU0sSUFBSSxDQUFDQSxVQUFTLEdBQUcsTUFBTSxLQUFLQSxVQUFTLEtBQUssS0FBSyxJQUFJQSxLQUFJLEVBQUUsRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsRUFBSyxNQUFNO0FBQUEsRUFBUSxNQUFNO0FBQ3ZIO0FBRUEsU0FBUyxZQUFZLE1BQXNCO0FBQ3pDLFNBQU8sV0FBVyxLQUFLLElBQUksSUFBSSxPQUFPLEtBQUssVUFBVSxJQUFJO0FBQzNEO0FBRUEsU0FBUyxRQUFRLE9BQXdCO0FBQ3ZDLE1BQUksVUFBVSxLQUFNLFFBQU87QUFDM0IsTUFBSSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVU7QUFDN0UsV0FBTyxLQUFLLFVBQVUsS0FBSztBQUM3QixTQUFPO0FBQ1Q7QUFFQSxTQUFTLFNBQVMsT0FBeUM7QUFDekQsU0FBTyxjQUFjLEtBQUssSUFBSSxRQUFRLENBQUM7QUFDekM7QUFFQSxTQUFTLFlBQVksUUFBaUMsTUFBa0Q7QUFDdEcsUUFBTSxNQUErQixDQUFDO0FBQ3RDLGFBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxPQUFPLFFBQVEsTUFBTSxFQUFHLEtBQUksQ0FBQyxLQUFLLFNBQVMsR0FBRyxFQUFHLEtBQUksR0FBRyxJQUFJO0FBQ3ZGLFNBQU87QUFDVDtBQUVBLElBQU0sY0FBYyxvQkFBSSxJQUFJO0FBQUEsRUFDMUI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGLENBQUM7QUFFRCxTQUFTLGtCQUFrQixRQUEwQjtBQUNuRCxTQUFPLGNBQWMsTUFBTSxLQUFLLE9BQU8sS0FBSyxNQUFNLEVBQUUsTUFBTSxDQUFDLFFBQVEsWUFBWSxJQUFJLEdBQUcsQ0FBQztBQUN6Rjs7O0FDcExPLFNBQVMsdUJBQ2QsUUFDQSxPQUNBLFFBQ29CO0FBQ3BCLFFBQU0sTUFBMEIsQ0FBQztBQUNqQyxhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLE9BQWEsTUFBTSxLQUFLLElBQUksQ0FBQyxZQUFhLE9BQU8sWUFBWSxXQUFXLE9BQU8sT0FBTyxJQUFJLE9BQVE7QUFDeEcsUUFBSSxNQUFNLFNBQVMscUJBQXFCO0FBQ3RDLFlBQU0sU0FBUyxTQUFTLFFBQVEsSUFBSTtBQUNwQyxZQUFNLFdBQVcsV0FBVyxTQUFZLENBQUMsSUFBSSxPQUFPLEtBQU0sT0FBTyxjQUFjLENBQUMsQ0FBWTtBQUM1RixpQkFBVyxPQUFPLE1BQU0sS0FBTSxLQUFJLEtBQUssZ0JBQWdCLENBQUMsR0FBRyxNQUFNLEdBQUcsR0FBRyxLQUFLLFFBQVEsQ0FBQztBQUNyRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssVUFBVSxPQUFPLE1BQU0sUUFBUSxPQUFPLElBQUksR0FBRyxTQUFTLFFBQVEsSUFBSSxDQUFDLENBQUM7QUFBQSxFQUMvRTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsZ0JBQWdCLE1BQVksS0FBYSxVQUErQztBQUMvRixRQUFNLE9BQU8sS0FBSyxXQUFXLElBQUksYUFBYTtBQUM5QyxRQUFNLFFBQVEsYUFBYSxLQUFLLFFBQVE7QUFDeEMsUUFBTUMsUUFDSixVQUFVLFNBQ04sbUJBQW1CLEtBQUssT0FDeEIsU0FBUyxXQUFXLElBQ2xCLFFBQVEsSUFBSSx3QkFDWixlQUFlLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFDMUMsU0FBTyxFQUFFLE1BQU0sTUFBTSxlQUFlLFNBQVMsV0FBVyxJQUFJLEtBQUssR0FBRyxtQ0FBbUNBLEtBQUksR0FBRztBQUNoSDtBQUVBLFNBQVMsVUFBVSxPQUF5QixNQUFZLE9BQWdCLElBQThDO0FBQ3BILFFBQU0sV0FBVyxPQUFPLFNBQVksU0FBWSxlQUFlLEVBQUU7QUFDakUsUUFBTSxNQUFNLGNBQWMsS0FBSztBQUMvQixNQUFJLFVBQVUsVUFBYSxLQUFLLFNBQVMsS0FBSyxjQUFjLEtBQUssR0FBRztBQUNsRSxVQUFNLE9BQU8sS0FBSyxLQUFLLFNBQVMsQ0FBQztBQUNqQyxVQUFNLE9BQU8sT0FBTyxTQUFTLFdBQVcsU0FBUyxLQUFLLFdBQVcsSUFBSSxhQUFhO0FBQ2xGLFVBQU0sT0FBTyxPQUFPLFNBQVMsV0FBVyxHQUFHLElBQUksS0FBSyxJQUFJLElBQUk7QUFDNUQsVUFBTSxPQUFPLGFBQWEsVUFBYSxhQUFhLFlBQVksS0FBSyxLQUFLLFFBQVE7QUFDbEYsV0FBTyxFQUFFLE1BQU0sTUFBTSxXQUFXLFNBQVMsb0JBQW9CLElBQUksSUFBSSxJQUFJLEdBQUcsSUFBSSxHQUFHO0FBQUEsRUFDckY7QUFDQSxVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUssZ0JBQWdCO0FBQ25CLFVBQUksS0FBSyxXQUFXO0FBQ2xCLGVBQU8sRUFBRSxNQUFNLE1BQU0sZ0JBQWdCLFNBQVMsd0NBQXdDLEdBQUcsR0FBRztBQUM5RixZQUFNQyxVQUFTLGFBQWEsTUFBTSxhQUFhLFFBQVEsWUFBWSxNQUFNO0FBQ3pFLGFBQU8sRUFBRSxNQUFNLE1BQU0sZ0JBQWdCLFNBQVMsWUFBWUEsT0FBTSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2pGO0FBQUEsSUFDQSxLQUFLLGlCQUFpQjtBQUNwQixZQUFNLFNBQVMsTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFPLE9BQU8sTUFBTSxXQUFXLEtBQUssVUFBVSxDQUFDLElBQUksT0FBTyxDQUFDLENBQUU7QUFDOUYsWUFBTUEsVUFBUyxPQUFPLFdBQVcsSUFBSSxPQUFPLENBQUMsSUFBSSxVQUFVLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFDNUUsYUFBTyxFQUFFLE1BQU0sTUFBTSxpQkFBaUIsU0FBUyxZQUFZQSxPQUFNLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDbEY7QUFBQSxJQUNBLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEVBQUUsTUFBTSxNQUFNLE1BQU0sTUFBTSxTQUFTLEdBQUcsU0FBUyxLQUFLLENBQUMsU0FBUyxPQUFPLE1BQU0sUUFBUSxPQUFPLEdBQUcsQ0FBQyxHQUFHO0FBQUEsSUFDMUcsS0FBSyxrQkFBa0I7QUFDckIsWUFBTSxVQUFVLGFBQWEsU0FBUyxPQUFPLE1BQU0sWUFBWSxXQUFXLE1BQU0sVUFBVTtBQUMxRixZQUFNLE9BQU8sWUFBWSxTQUFZLG1CQUFtQixNQUFNLE1BQU0sS0FBSywwQkFBMEIsT0FBTztBQUMxRyxhQUFPLEVBQUUsTUFBTSxNQUFNLGtCQUFrQixTQUFTLEdBQUcsSUFBSSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ3hFO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxFQUFFLE1BQU0sTUFBTSxtQkFBbUIsU0FBUyx5QkFBeUIsT0FBTyxNQUFNLE9BQU8sQ0FBQyxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2hILEtBQUssaUJBQWlCO0FBQ3BCLFVBQUksTUFBTSxPQUFPLFdBQVcsR0FBRztBQUM3QixlQUFPO0FBQUEsVUFDTDtBQUFBLFVBQ0EsTUFBTTtBQUFBLFVBQ04sU0FBUywwREFBMEQsR0FBRztBQUFBLFFBQ3hFO0FBQUEsTUFDRjtBQUNBLFlBQU1BLFVBQVMsYUFBYSxTQUFZLHdDQUF3QztBQUNoRixhQUFPLEVBQUUsTUFBTSxNQUFNLGlCQUFpQixTQUFTLFlBQVlBLE9BQU0sU0FBUyxHQUFHLEdBQUc7QUFBQSxJQUNsRjtBQUFBLElBQ0E7QUFDRSxhQUFPLEVBQUUsTUFBTSxNQUFNLFdBQVcsU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUMzRDtBQUNGO0FBRUEsU0FBUyxjQUFjLE9BQWtDO0FBQ3ZELFNBQU8sTUFBTSxTQUFTLGtCQUFrQixNQUFNLFNBQVMsbUJBQW1CLE1BQU0sU0FBUztBQUMzRjtBQUVBLFNBQVMsU0FBUyxPQUFrRTtBQUNsRixRQUFNLFFBQVEsTUFBTSxTQUFTO0FBQzdCLFFBQU0sUUFBUSxRQUFTLE1BQW1DLFVBQVcsTUFBaUM7QUFDdEcsUUFBTSxRQUFRLE9BQU8sS0FBSztBQUMxQixRQUFNLFlBQVksTUFBTSxjQUFjO0FBQ3RDLFVBQVEsTUFBTSxRQUFRO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU8sV0FBVyxRQUFRLGFBQWEsU0FBUyxJQUFJLEtBQUs7QUFBQSxJQUMzRCxLQUFLO0FBQ0gsYUFBTyxhQUFhLFFBQVEsYUFBYSxTQUFTLElBQUksS0FBSztBQUFBLElBQzdEO0FBQ0UsYUFBTyxXQUFXLFFBQVMsWUFBWSxPQUFPLE1BQU8sWUFBWSxPQUFPLEdBQUcsSUFBSSxLQUFLO0FBQUEsRUFDeEY7QUFDRjtBQUVBLFNBQVMsT0FBTyxRQUFnQixPQUFnQixLQUFxQjtBQUNuRSxNQUFJLFdBQVcsWUFBWSxPQUFPLFVBQVUsU0FBVSxRQUFPLEdBQUcsTUFBTSxNQUFNO0FBQzVFLE1BQUksV0FBVyxXQUFXLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTyxHQUFHLE1BQU0sTUFBTTtBQUN0RSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFFBQVEsT0FBZ0IsTUFBcUI7QUFDcEQsTUFBSSxRQUFRO0FBQ1osYUFBVyxXQUFXLE1BQU07QUFDMUIsUUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsQ0FBQyxPQUFPLE9BQU8sT0FBTyxPQUFPLEVBQUcsUUFBTztBQUMxRixZQUFTLE1BQTJDLE9BQU87QUFBQSxFQUM3RDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsU0FBUyxRQUFvQixNQUFvQztBQUN4RSxNQUFJLE9BQStCO0FBQ25DLGFBQVcsV0FBVyxNQUFNO0FBQzFCLFFBQUksU0FBUyxPQUFXLFFBQU87QUFDL0IsUUFBSSxPQUFPLFlBQVksVUFBVTtBQUMvQixhQUFPLEtBQUs7QUFDWjtBQUFBLElBQ0Y7QUFDQSxVQUFNLGFBQWEsS0FBSztBQUN4QixRQUFJLGVBQWUsVUFBYSxPQUFPLE9BQU8sWUFBWSxPQUFPLEVBQUcsUUFBTyxXQUFXLE9BQU87QUFBQSxhQUNwRixPQUFPLEtBQUsseUJBQXlCLFNBQVUsUUFBTyxLQUFLO0FBQUEsUUFDL0QsUUFBTztBQUFBLEVBQ2Q7QUFDQSxTQUFPO0FBQ1Q7OztBQ3ZITyxTQUFTLGlCQUFpQixPQUE2QztBQUM1RSxNQUFLLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxjQUFlLFVBQVUsS0FBTSxRQUFPO0FBQ3pGLFFBQU0sV0FBWSxNQUFvQyxXQUFXO0FBQ2pFLFNBQU8sc0JBQXNCLFFBQVEsS0FBSyxPQUFRLFNBQW9DLGFBQWE7QUFDckc7QUFFQSxTQUFTLHNCQUFzQixPQUFpQztBQUM5RCxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVU7QUFDaEQ7QUFRTyxTQUFTLDJCQUEyQixRQUFvRDtBQUM3RixRQUFNLFdBQWlDO0FBQUEsSUFDckMsTUFBTSxPQUFPLFdBQVcsRUFBRSxZQUFZLFFBQVEsRUFBRSxRQUFRLGdCQUFnQixDQUFDO0FBQUEsSUFDekUsTUFBTTtBQUNKLFlBQU0sU0FBVSxPQUFzQztBQUN0RCxhQUFPLE9BQU8sV0FBVyxhQUFhLE9BQU8sS0FBSyxNQUFNLElBQUk7QUFBQSxJQUM5RDtBQUFBLElBQ0EsTUFBTSxnQkFBZ0IsTUFBTTtBQUFBLEVBQzlCO0FBQ0EsYUFBVyxXQUFXLFVBQVU7QUFDOUIsUUFBSTtBQUNGLFlBQU0sU0FBUyxRQUFRO0FBQ3ZCLFVBQUksY0FBYyxNQUFNLEVBQUcsUUFBTztBQUFBLElBQ3BDLFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFFBQW9EO0FBQzNFLFFBQU0sUUFBUyxPQUErQjtBQUM5QyxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsUUFBTztBQUNsQyxRQUFNLGFBQXlDLENBQUM7QUFDaEQsUUFBTSxXQUFxQixDQUFDO0FBQzVCLGFBQVcsQ0FBQyxLQUFLLE1BQU0sS0FBSyxPQUFPLFFBQVEsS0FBSyxHQUFHO0FBQ2pELGVBQVcsR0FBRyxJQUFJLENBQUM7QUFDbkIsVUFBTSxRQUFTLFFBQXVELE1BQU07QUFDNUUsUUFBSSxVQUFVLFdBQVksVUFBUyxLQUFLLEdBQUc7QUFBQSxFQUM3QztBQUNBLFNBQU8sRUFBRSxNQUFNLFVBQVUsWUFBWSxTQUFTO0FBQ2hEO0FBUU8sU0FBUyxzQkFBc0IsUUFBNEIsV0FBaUMsQ0FBQyxHQUFnQjtBQUNsSCxRQUFNLFdBQVcsT0FBTyxXQUFXO0FBQ25DLFFBQU0sYUFBYSxNQUNqQixJQUFJO0FBQUEsSUFDRixxQkFBcUIsU0FBUyxNQUFNO0FBQUEsSUFFcEMsRUFBRSxHQUFHLFVBQVUsT0FBTyxTQUFTLFNBQVMsZUFBZTtBQUFBLEVBQ3pEO0FBQ0YsUUFBTSxRQUFRLFNBQVMsU0FBUyxDQUFDLENBQUM7QUFDbEMsTUFBSSxXQUFXLEtBQUssR0FBRztBQUNyQixZQUFRLFFBQVEsS0FBSyxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQzVDLFVBQU0sV0FBVztBQUFBLEVBQ25CO0FBRUEsUUFBTSxVQUFVLDJCQUEyQixNQUFNO0FBQ2pELFFBQU0sYUFBeUIsV0FBVyxFQUFFLE1BQU0sU0FBUztBQUMzRCxRQUFNLGNBQWMsY0FBYyxXQUFXLFVBQVUsSUFBSSxXQUFXLGFBQWEsQ0FBQztBQUNwRixRQUFNLGFBQWEsT0FBTyxLQUFLLFdBQVc7QUFDMUMsUUFBTSxXQUFXLE1BQU0sUUFBUSxXQUFXLFFBQVEsSUFDOUMsV0FBVyxTQUFTLE9BQU8sQ0FBQyxTQUF5QixPQUFPLFNBQVMsUUFBUSxJQUM3RSxDQUFDO0FBQ0wsTUFBSTtBQUVKLFFBQU0sV0FBd0I7QUFBQSxJQUM1QjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQSxTQUFTLE9BQXVEO0FBQzlELFlBQU0sU0FBUyxTQUFTLFNBQVMsS0FBSztBQUN0QyxVQUFJLFdBQVcsTUFBTSxHQUFHO0FBQ3RCLGdCQUFRLFFBQVEsTUFBTSxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQzdDLGNBQU0sV0FBVztBQUFBLE1BQ25CO0FBQ0EsVUFBSSxPQUFPLFdBQVcsT0FBVyxRQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sT0FBTyxNQUFpQztBQUNuRyxhQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsT0FBTyxPQUFPLFFBQVEsQ0FBQyxVQUFVLGNBQWMsT0FBTyxLQUFLLENBQUMsRUFBRTtBQUFBLElBQzVGO0FBQUEsSUFDQSxlQUF1QjtBQUNyQixtQkFBYSx1QkFBdUIsVUFBVTtBQUM5QyxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBR1AsV0FBUyxjQUFjLE9BQXNCLE9BQW9DO0FBQy9FLFFBQUksU0FBUyxXQUFXLFNBQVMsTUFBTSxZQUFZLG1CQUFtQixPQUFPLE1BQU0sU0FBUyxVQUFVO0FBQ3BHLGFBQU8sdUJBQXVCLENBQUMsS0FBb0MsR0FBRyxPQUFPLFVBQVU7QUFBQSxJQUN6RjtBQUNBLFdBQU8sQ0FBQyxhQUFhLEtBQUssQ0FBQztBQUFBLEVBQzdCO0FBQ0Y7QUFRQSxTQUFTLGFBQWEsT0FBd0M7QUFDNUQsUUFBTSxRQUFRLE1BQU0sUUFBUSxDQUFDLEdBQUcsSUFBSSxDQUFDLFlBQVk7QUFDL0MsVUFBTSxNQUFNLE9BQU8sWUFBWSxZQUFZLFlBQVksT0FBTyxRQUFRLE1BQU07QUFDNUUsV0FBTyxPQUFPLFFBQVEsV0FBVyxNQUFNLE9BQU8sR0FBRztBQUFBLEVBQ25ELENBQUM7QUFDRCxTQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sU0FBUyxNQUFNLE9BQU8sTUFBTSxTQUFTLFdBQVcsTUFBTSxPQUFPLFVBQVU7QUFDdkc7QUFFQSxTQUFTLFdBQVcsT0FBK0M7QUFDakUsU0FBTyxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsT0FBUSxNQUE2QixTQUFTO0FBQ3RHOzs7QUNsSkEsWUFBWSxPQUFPO0FBWVosU0FBUyxnQkFBZ0IsUUFBbUM7QUFDakUsTUFBSSxPQUFPLFVBQVUsT0FBVyxRQUFTLFVBQVEsT0FBTyxLQUE0QjtBQUNwRixNQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksRUFBRyxRQUFTLFVBQVEsT0FBTyxJQUE2QjtBQUNyRixNQUFJLE1BQU0sUUFBUSxPQUFPLEtBQUssRUFBRyxRQUFTLFFBQU8sT0FBTyxNQUF1QixJQUFJLGVBQWUsQ0FBQztBQUNuRyxNQUFJLE1BQU0sUUFBUSxPQUFPLEtBQUssRUFBRyxRQUFTLE1BQUssT0FBTyxNQUF1QixJQUFJLGVBQWUsQ0FBQztBQUNqRyxRQUFNLE9BQU8sT0FBTztBQUNwQixNQUFJLFNBQVMsT0FBVyxRQUFTLFVBQVE7QUFDekMsUUFBTSxRQUFRLE1BQU0sUUFBUSxJQUFJLElBQUssT0FBb0IsQ0FBQyxJQUFjO0FBQ3hFLFFBQU1DLFlBQVcsTUFBTSxTQUFTLE1BQU07QUFDdEMsUUFBTUMsV0FBVSxNQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNQyxPQUFNLEdBQUcsTUFBTSxDQUFDO0FBQzdFLE1BQUlELFNBQVEsV0FBVyxFQUFHLFFBQVMsT0FBSztBQUN4QyxRQUFNLE9BQU9BLFNBQVEsV0FBVyxJQUFJQSxTQUFRLENBQUMsSUFBTyxRQUFNQSxRQUFPO0FBQ2pFLFNBQU9ELFlBQWEsV0FBUyxJQUFJLElBQUk7QUFDdkM7QUFFQSxTQUFTRSxPQUFNLE1BQWMsUUFBbUM7QUFDOUQsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsYUFBTyxhQUFhLE1BQU07QUFBQSxJQUM1QixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxhQUFhLE1BQU0sTUFBTTtBQUFBLElBQ2xDLEtBQUs7QUFDSCxhQUFTLFVBQVE7QUFBQSxJQUNuQixLQUFLLFNBQVM7QUFDWixZQUFNLFFBQVEsT0FBTyxVQUFVLFNBQWMsVUFBUSxJQUFJLGdCQUFnQixPQUFPLEtBQW1CO0FBQ25HLFlBQU0sU0FBeUUsQ0FBQztBQUNoRixVQUFJLE9BQU8sT0FBTyxhQUFhLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxRQUFRLENBQUM7QUFDakYsVUFBSSxPQUFPLE9BQU8sYUFBYSxTQUFVLFFBQU8sS0FBTyxZQUFVLE9BQU8sUUFBUSxDQUFDO0FBQ2pGLFlBQU1DLFNBQVUsUUFBTSxLQUFLO0FBQzNCLGFBQU8sT0FBTyxTQUFTLElBQUlBLE9BQU0sTUFBTSxHQUFHLE1BQU0sSUFBSUE7QUFBQSxJQUN0RDtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sYUFBYSxNQUFNO0FBQUEsSUFDNUI7QUFDRSxZQUFNLElBQUksVUFBVSxpQ0FBaUMsS0FBSyxVQUFVLElBQUksQ0FBQyxFQUFFO0FBQUEsRUFDL0U7QUFDRjtBQUVBLFNBQVMsYUFBYSxRQUFtQztBQUN2RCxRQUFNLFNBQTBDLENBQUM7QUFDakQsTUFBSSxPQUFPLE9BQU8sY0FBYyxTQUFVLFFBQU8sS0FBTyxZQUFVLE9BQU8sU0FBUyxDQUFDO0FBQ25GLE1BQUksT0FBTyxPQUFPLGNBQWMsU0FBVSxRQUFPLEtBQU8sWUFBVSxPQUFPLFNBQVMsQ0FBQztBQUNuRixNQUFJLE9BQU8sT0FBTyxZQUFZLFVBQVU7QUFDdEMsVUFBTUMsU0FBUSxlQUFlLE9BQU8sT0FBTztBQUMzQyxRQUFJQSxXQUFVLE9BQVcsUUFBTyxLQUFPLFFBQU1BLE1BQUssQ0FBQztBQUFBLEVBQ3JEO0FBQ0EsUUFBTUMsVUFBVyxTQUFPO0FBQ3hCLFNBQU8sT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxHQUFHLE1BQU0sSUFBSUE7QUFDdkQ7QUFFQSxTQUFTLGFBQWEsTUFBNEIsUUFBbUM7QUFDbkYsUUFBTSxTQUEwQyxDQUFDO0FBQ2pELE1BQUksT0FBTyxPQUFPLFlBQVksU0FBVSxRQUFPLEtBQU8sTUFBSSxPQUFPLE9BQU8sQ0FBQztBQUN6RSxNQUFJLE9BQU8sT0FBTyxZQUFZLFNBQVUsUUFBTyxLQUFPLE1BQUksT0FBTyxPQUFPLENBQUM7QUFDekUsTUFBSSxPQUFPLE9BQU8scUJBQXFCLFNBQVUsUUFBTyxLQUFPLEtBQUcsT0FBTyxnQkFBZ0IsQ0FBQztBQUMxRixNQUFJLE9BQU8sT0FBTyxxQkFBcUIsU0FBVSxRQUFPLEtBQU8sS0FBRyxPQUFPLGdCQUFnQixDQUFDO0FBQzFGLE1BQUksT0FBTyxPQUFPLGVBQWUsU0FBVSxRQUFPLEtBQU8sYUFBVyxPQUFPLFVBQVUsQ0FBQztBQUN0RixRQUFNQyxVQUFTLFNBQVMsWUFBYyxNQUFJLElBQU0sU0FBTztBQUN2RCxTQUFPLE9BQU8sU0FBUyxJQUFJQSxRQUFPLE1BQU0sR0FBRyxNQUFNLElBQUlBO0FBQ3ZEO0FBRUEsU0FBUyxhQUFhLFFBQW1DO0FBQ3ZELFFBQU0sYUFBYyxPQUFPLGNBQWMsQ0FBQztBQUMxQyxRQUFNLFdBQVcsSUFBSSxJQUFLLE9BQU8sWUFBWSxDQUFDLENBQWM7QUFDNUQsUUFBTSxRQUF1QyxDQUFDO0FBQzlDLGFBQVcsQ0FBQyxNQUFNLFFBQVEsS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUFHO0FBQ3pELFVBQU0sUUFBUSxnQkFBZ0IsUUFBUTtBQUN0QyxRQUFJLENBQUMsU0FBUyxJQUFJLElBQUksRUFBRyxPQUFNLElBQUksSUFBTSxXQUFTLEtBQUs7QUFBQSxRQUVsRCxPQUFNLElBQUksSUFBSSxpQkFBaUIsUUFBUSxJQUFNLGNBQVksS0FBSyxJQUFJO0FBQUEsRUFDekU7QUFDQSxRQUFNLFFBQVEsT0FBTztBQUNyQixNQUFJLFVBQVUsTUFBTyxRQUFTLGVBQWEsS0FBSztBQUNoRCxNQUFJLFVBQVUsVUFBYSxVQUFVLEtBQU0sUUFBUyxjQUFZLEtBQUs7QUFDckUsU0FBUyxXQUFXLFNBQU8sS0FBSyxHQUFHLGdCQUFnQixLQUFtQixDQUFDO0FBQ3pFO0FBR0EsU0FBUyxpQkFBaUIsUUFBNkI7QUFDckQsTUFBSSxPQUFPLFVBQVUsVUFBYSxPQUFPLFNBQVMsT0FBVyxRQUFPO0FBQ3BFLFFBQU0sZUFBZ0IsT0FBTyxTQUFTLE9BQU87QUFDN0MsTUFBSSxpQkFBaUIsT0FBVyxRQUFPLGFBQWEsS0FBSyxnQkFBZ0I7QUFDekUsU0FBTyxPQUFPLFNBQVM7QUFDekI7OztBQ3JFQSxJQUFNLFFBQVEsb0JBQUksUUFBNkI7QUFxQnhDLFNBQVMsbUJBQW1CLFFBQWlCLFdBQWlDLENBQUMsR0FBZ0I7QUFDcEcsUUFBTSxRQUE4QixFQUFFLEdBQUcsVUFBVSxPQUFPLFNBQVMsU0FBUyxlQUFlO0FBQzNGLE1BQUksT0FBTyxXQUFXLFlBQVksV0FBVyxNQUFNO0FBQ2pELFVBQU0sU0FBUyxNQUFNLElBQUksTUFBTTtBQUMvQixRQUFJLFdBQVcsT0FBVyxRQUFPO0FBQUEsRUFDbkM7QUFDQSxNQUFJO0FBQ0osTUFBSSxpQkFBaUIsTUFBTSxHQUFHO0FBQzVCLGVBQVcsc0JBQXNCLFFBQVEsS0FBSztBQUFBLEVBQ2hELE9BQU87QUFDTCxRQUFJLE9BQU8sV0FBVyxVQUFVO0FBQzlCLFlBQU0sSUFBSTtBQUFBLFFBQ1IsaUdBQWlHLEtBQUssVUFBVSxNQUFNLENBQUM7QUFBQSxRQUN2SDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLGNBQWMsTUFBTSxHQUFHO0FBQzFCLFlBQU0sSUFBSTtBQUFBLFFBQ1Isc0dBQXNHLGNBQWMsTUFBTSxDQUFDO0FBQUEsUUFDM0g7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFVBQU0sWUFBWSx1QkFBdUIsUUFBUSxLQUFLO0FBQ3RELGVBQVcsZUFBZSxvQkFBb0IsV0FBVyxPQUFPLEVBQUUsS0FBSyxLQUFLLENBQUMsQ0FBQztBQUFBLEVBQ2hGO0FBQ0EsTUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLEtBQU0sT0FBTSxJQUFJLFFBQVEsUUFBUTtBQUM3RSxTQUFPO0FBQ1Q7QUFhTyxTQUFTLG9CQUFvQixVQUE2QkMsV0FBMEM7QUFDekcsUUFBTSxhQUF5QyxDQUFDO0FBQ2hELFFBQU0sZ0JBQWdCLG9CQUFJLElBQVk7QUFDdEMsYUFBVyxRQUFRLFVBQVU7QUFDM0IsVUFBTSxPQUFPLFNBQVMsSUFBSTtBQUMxQixRQUFJLFNBQVMsT0FBVztBQUN4QixlQUFXLElBQUksSUFBSSxDQUFDO0FBQ3BCLGtCQUFjLElBQUksSUFBSTtBQUFBLEVBQ3hCO0FBQ0EsYUFBVyxRQUFRQSxXQUFVO0FBQzNCLFVBQU0sT0FBTyxTQUFTLElBQUk7QUFDMUIsUUFBSSxTQUFTLFVBQWEsV0FBVyxJQUFJLE1BQU0sT0FBVyxZQUFXLElBQUksSUFBSSxDQUFDO0FBQUEsRUFDaEY7QUFDQSxRQUFNLGFBQXlCLEVBQUUsTUFBTSxVQUFVLFdBQVc7QUFDNUQsTUFBSSxjQUFjLE9BQU8sRUFBRyxZQUFXLFdBQVcsQ0FBQyxHQUFHLGFBQWE7QUFDbkUsYUFBVyx1QkFBdUI7QUFDbEMsU0FBTyxlQUFlLFVBQVU7QUFDbEM7QUFFQSxTQUFTLFNBQVMsTUFBa0M7QUFDbEQsTUFBSSxTQUFTLE9BQU8sU0FBUyxHQUFJLFFBQU87QUFDeEMsU0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUMsS0FBSztBQUMvQjtBQUdBLFNBQVMsZUFBZSxZQUFxQztBQUMzRCxRQUFNLFlBQVksZ0JBQWdCLFVBQVU7QUFDNUMsUUFBTSxPQUFrQixpQkFBaUIsVUFBVTtBQUNuRCxRQUFNLGFBQWEsT0FBTyxLQUFNLFdBQVcsY0FBYyxDQUFDLENBQVk7QUFDdEUsUUFBTSxZQUFhLFdBQVcsWUFBWSxDQUFDLEdBQWdCLE1BQU07QUFDakUsTUFBSTtBQUNKLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFNBQVMsT0FBdUQ7QUFDOUQsVUFBSSxLQUFLLEtBQUssRUFBRyxRQUFPLEVBQUUsSUFBSSxNQUFNLE1BQU07QUFDMUMsWUFBTSxTQUFTLFVBQVUsVUFBVSxPQUFPLEVBQUUsYUFBYSxLQUFLLENBQUM7QUFDL0QsVUFBSSxPQUFPLFFBQVMsUUFBTyxFQUFFLElBQUksTUFBTSxPQUFPLE9BQU8sS0FBZ0M7QUFDckYsYUFBTyxFQUFFLElBQUksT0FBTyxRQUFRLHVCQUF1QixPQUFPLE1BQU0sUUFBUSxPQUFPLFVBQVUsRUFBRTtBQUFBLElBQzdGO0FBQUEsSUFDQSxlQUF1QjtBQUNyQixtQkFBYSx1QkFBdUIsVUFBVTtBQUM5QyxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjs7O0FDaklBLE9BQU8sY0FBYzs7O0FDT2QsU0FBUyxjQUFjLE1BQXdCO0FBQ3BELFNBQU8sU0FBUyxNQUFNLENBQUMsSUFBSSxLQUFLLE1BQU0sR0FBRztBQUMzQztBQUdPLFNBQVMsUUFBUSxPQUFnQixLQUFzQjtBQUM1RCxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE9BQU8sT0FBTyxHQUFHLElBQ3pFLE1BQWtDLEdBQUcsSUFDdEM7QUFDTjtBQUdPLFNBQVMsWUFBWSxPQUFnQixNQUF5QjtBQUNuRSxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssVUFBVSxVQUFVLFFBQVcsSUFBSyxTQUFRLFFBQVEsT0FBTyxLQUFLLENBQUMsQ0FBVztBQUNyRyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFdBQVcsUUFBNEIsS0FBc0I7QUFDM0UsV0FBUyxJQUFJLE9BQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxLQUFLO0FBQzNDLFVBQU0sUUFBUSxPQUFPLENBQUM7QUFDdEIsUUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsT0FBTyxPQUFPLE9BQU8sR0FBRyxHQUFHO0FBQzVFLGFBQVEsTUFBa0MsR0FBRztBQUFBLElBQy9DO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBVyxRQUE0QixNQUF5QjtBQUM5RSxRQUFNLFFBQVEsS0FBSyxDQUFDO0FBQ3BCLE1BQUksVUFBVSxPQUFXLFFBQU8sT0FBTyxPQUFPLFNBQVMsQ0FBQztBQUN4RCxNQUFJLFFBQVEsV0FBVyxRQUFRLEtBQUs7QUFDcEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFVBQVUsVUFBVSxRQUFXLEtBQUs7QUFDM0QsWUFBUSxRQUFRLE9BQU8sS0FBSyxDQUFDLENBQVc7QUFBQSxFQUMxQztBQUNBLFNBQU87QUFDVDs7O0FETkEsSUFBTSxlQUFpQyxDQUFDLE1BQU0sSUFBSTtBQU1sRCxJQUFJO0FBRUosU0FBUyxjQUEyQjtBQUNsQyxNQUFJLFdBQVcsUUFBVztBQUN4QixVQUFNLFNBQVMsSUFBSSxTQUFTLE9BQU87QUFFbkMsSUFBQyxPQUFpRCxnQkFBZ0I7QUFDbEUsYUFBUztBQUFBLEVBQ1g7QUFDQSxTQUFPO0FBQ1Q7QUFVTyxTQUFTLGNBQWMsUUFBZ0IsV0FBaUMsQ0FBQyxHQUFtQjtBQUNqRyxNQUFJO0FBQ0osTUFBSTtBQUNGLGFBQVMsWUFBWSxFQUFFLE1BQU0sUUFBUSxZQUFZO0FBQUEsRUFDbkQsU0FBUyxPQUFPO0FBQ2QsVUFBTSxZQUFZLE9BQU8sUUFBUSxRQUFRO0FBQUEsRUFDM0M7QUFDQSxTQUFPLGNBQWMsWUFBWSxNQUFNLENBQUM7QUFDMUM7QUFJQSxTQUFTLFlBQVksT0FBa0M7QUFDckQsU0FBTyxNQUFNLFFBQVEsS0FBSyxJQUFLLFFBQW9CLENBQUM7QUFDdEQ7QUFFQSxTQUFTLGNBQWMsUUFBMEM7QUFDL0QsUUFBTSxRQUF3QixDQUFDO0FBQy9CLFdBQVMsSUFBSSxHQUFHLElBQUksT0FBTyxRQUFRLEtBQUs7QUFDdEMsVUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixVQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLFVBQU0sUUFBUSxPQUFPLE1BQU0sQ0FBQyxLQUFLLEVBQUU7QUFDbkMsWUFBUSxNQUFNO0FBQUEsTUFDWixLQUFLLFFBQVE7QUFDWCxjQUFNLE9BQU8sTUFBTSxNQUFNLFNBQVMsQ0FBQztBQUNuQyxZQUFJLE1BQU0sU0FBUyxPQUFRLE9BQU0sTUFBTSxTQUFTLENBQUMsSUFBSSxFQUFFLE1BQU0sUUFBUSxNQUFNLEtBQUssT0FBTyxNQUFNO0FBQUEsWUFDeEYsT0FBTSxLQUFLLEVBQUUsTUFBTSxRQUFRLE1BQU0sTUFBTSxDQUFDO0FBQzdDO0FBQUEsTUFDRjtBQUFBLE1BQ0EsS0FBSztBQUFBLE1BQ0wsS0FBSztBQUNILGNBQU0sS0FBSyxFQUFFLE1BQU0sWUFBWSxNQUFNLE9BQU8sTUFBTSxjQUFjLEtBQUssR0FBRyxTQUFTLFNBQVMsT0FBTyxDQUFDO0FBQ2xHO0FBQUEsTUFDRixLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsY0FBTSxLQUFLO0FBQUEsVUFDVCxNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixNQUFNLGNBQWMsS0FBSztBQUFBLFVBQ3pCLFVBQVUsU0FBUztBQUFBLFVBQ25CLFVBQVUsY0FBYyxZQUFZLE1BQU0sQ0FBQyxDQUFDLENBQUM7QUFBQSxRQUMvQyxDQUFDO0FBQ0Q7QUFBQSxNQUNGLEtBQUs7QUFDSCxjQUFNLEtBQUssRUFBRSxNQUFNLFdBQVcsTUFBTSxPQUFPLGFBQWEsc0JBQXNCLE9BQU8sT0FBTyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDckc7QUFBQSxNQUNGO0FBRUU7QUFBQSxJQUNKO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVNBLFNBQVMsc0JBQXNCLE9BQWMsVUFBcUM7QUFDaEYsUUFBTSxjQUFjLE9BQU8sTUFBTSxDQUFDLE1BQU0sV0FBVyxNQUFNLENBQUMsSUFBSTtBQUM5RCxNQUFJLGdCQUFnQixNQUFNLE1BQU0sQ0FBQyxNQUFNLEtBQUssTUFBTSxDQUFDLE1BQU0sS0FBTSxRQUFPO0FBQ3RFLE1BQUksYUFBYSxVQUFhLFNBQVMsQ0FBQyxNQUFNLFVBQVUsU0FBUyxDQUFDLE1BQU0sTUFBTSxDQUFDLEVBQUcsUUFBTztBQUN6RixTQUFPLFlBQVksUUFBUSxXQUFXLEVBQUU7QUFDMUM7QUFFQSxJQUFNLGlCQUFpQjtBQUV2QixTQUFTLFlBQVksT0FBZ0IsUUFBZ0IsVUFBbUQ7QUFDdEcsUUFBTSxNQUFNLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUs7QUFDakUsUUFBTSxjQUFjLGVBQWUsS0FBSyxHQUFHO0FBQzNDLFFBQU0sU0FBUyxjQUFjLE9BQU8sWUFBWSxDQUFDLENBQUMsSUFBSTtBQUN0RCxRQUFNLFVBQVUsb0JBQW9CLEdBQUc7QUFDdkMsUUFBTSxRQUE4QixFQUFFLEdBQUcsVUFBVSxPQUFPLFNBQVMsU0FBUyxXQUFXO0FBQ3ZGLE1BQUksS0FBSztBQUNULE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sRUFBRSxNQUFBQyxPQUFNLE9BQU8sSUFBSSxjQUFjLFFBQVEsTUFBTTtBQUNyRCxRQUFJLFNBQVMsU0FBUyxRQUFXO0FBQy9CLFlBQU0sT0FBTyxTQUFTLE9BQU9BLFFBQU87QUFDcEMsWUFBTSxTQUFTQSxVQUFTLEtBQUssU0FBUyxXQUFXLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUFBLElBQzlGLE9BQU87QUFDTCxXQUFLLG1CQUFtQkEsS0FBSSxZQUFZLE1BQU07QUFBQSxJQUNoRDtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksa0JBQWtCLDRCQUE0QixFQUFFLEtBQUssT0FBTyxJQUFJLE9BQU8sRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUNwRztBQUVBLFNBQVMsb0JBQW9CLEtBQXFCO0FBQ2hELE1BQUksSUFBSSxnQkFBZ0IsS0FBSyxHQUFHO0FBQ2hDLE1BQUksRUFBRyxRQUFPO0FBQ2QsTUFBSSwyQkFBMkIsS0FBSyxHQUFHO0FBQ3ZDLE1BQUksRUFBRyxRQUFPLE9BQU8sRUFBRSxDQUFDLENBQUMsdURBQXVELEVBQUUsQ0FBQyxDQUFDO0FBQ3BGLE1BQUksMkJBQTJCLEtBQUssR0FBRztBQUN2QyxNQUFJLEVBQUcsUUFBTyxlQUFlLEVBQUUsQ0FBQyxDQUFDLDhCQUE4QixFQUFFLENBQUMsQ0FBQztBQUNuRSxNQUFJLHNCQUFzQixLQUFLLEdBQUc7QUFDbEMsTUFBSSxFQUFHLFFBQU8sOEJBQThCLEVBQUUsQ0FBQyxDQUFDO0FBQ2hELFNBQU8sR0FBRyxHQUFHO0FBQ2Y7QUFFQSxTQUFTLGNBQWMsUUFBZ0IsUUFBa0Q7QUFDdkYsTUFBSUEsUUFBTztBQUNYLE1BQUksWUFBWTtBQUNoQixRQUFNLE1BQU0sS0FBSyxJQUFJLFFBQVEsT0FBTyxNQUFNO0FBQzFDLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxLQUFLO0FBQzVCLFFBQUksT0FBTyxXQUFXLENBQUMsTUFBTSxJQUFJO0FBQy9CLE1BQUFBO0FBQ0Esa0JBQVksSUFBSTtBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxNQUFBQSxPQUFNLFFBQVEsTUFBTSxZQUFZLEVBQUU7QUFDN0M7OztBRTFJTyxTQUFTLGFBQWEsT0FBK0M7QUFDMUUsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsUUFBTSxNQUFNLG9CQUFJLElBQVk7QUFDNUIsUUFBTSxTQUFTLG9CQUFJLElBQVk7QUFDL0IsUUFBTSxhQUFpQyxDQUFDO0FBQ3hDLE9BQUssT0FBTyxRQUFRLEVBQUUsVUFBVSxLQUFLLE9BQU8sR0FBRyxVQUFVO0FBQ3pELFNBQU87QUFBQSxJQUNMLFVBQVUsQ0FBQyxHQUFHLFFBQVE7QUFBQSxJQUN0QixLQUFLLENBQUMsR0FBRyxHQUFHO0FBQUEsSUFDWixRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsT0FBTyxDQUFDLFNBQVMsQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDO0FBQUEsSUFDbkQsVUFBVSxDQUFDLEdBQUcsSUFBSSxJQUFJLFdBQVcsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQztBQUFBLElBQ3BEO0FBQUEsRUFDRjtBQUNGO0FBWU8sU0FBUyxnQkFBZ0IsUUFBZ0IsVUFBbUQ7QUFDakcsUUFBTSxFQUFFLFVBQVUsS0FBSyxRQUFRLFNBQVMsSUFBSSxhQUFhLGNBQWMsUUFBUSxRQUFRLENBQUM7QUFDeEYsU0FBTyxFQUFFLFVBQVUsS0FBSyxRQUFRLFNBQVM7QUFDM0M7QUFRQSxTQUFTLEtBQUssT0FBZ0MsT0FBaUIsT0FBaUIsWUFBc0M7QUFDcEgsYUFBVyxRQUFRLE9BQU87QUFDeEIsWUFBUSxLQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLO0FBQ0gsZ0JBQVEsS0FBSyxLQUFLLENBQUMsR0FBRyxPQUFPLE9BQU8sS0FBSztBQUN6QztBQUFBLE1BQ0YsS0FBSyxXQUFXO0FBQ2QsZ0JBQVEsS0FBSyxLQUFLLENBQUMsR0FBRyxPQUFPLE1BQU0sS0FBSztBQUN4QyxjQUFNLFFBQWtCLEtBQUssWUFBWSxVQUFVLFdBQVcsZ0JBQWdCO0FBQzlFLGFBQUssS0FBSyxVQUFVLE9BQU8sT0FBTyxVQUFVO0FBQzVDO0FBQUEsTUFDRjtBQUFBLE1BQ0EsS0FBSztBQUNILG1CQUFXLEtBQUssRUFBRSxNQUFNLEtBQUssTUFBTSxNQUFNLENBQUM7QUFDMUM7QUFBQSxNQUNGO0FBQ0U7QUFBQSxJQUNKO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxRQUFRLE9BQTJCLE9BQWlCLFdBQW9CLE9BQXVCO0FBQ3RHLE1BQUksVUFBVSxPQUFXO0FBQ3pCLE1BQUksVUFBVSxVQUFVO0FBQ3RCLFVBQU0sT0FBTyxJQUFJLEtBQUs7QUFDdEI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxJQUFJLElBQUksS0FBSztBQUNuQixNQUFJLFVBQVUsVUFBVSxDQUFDLFVBQVcsT0FBTSxTQUFTLElBQUksS0FBSztBQUM5RDs7O0FDckVPLFNBQVMsb0JBQW9CLE1BQXFCLFNBQStDO0FBQ3RHLFFBQU0sUUFBUSxvQkFBSSxJQUE2QjtBQUMvQyxRQUFNLFVBQW9CLENBQUM7QUFDM0IsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxRQUErRCxLQUFLLFNBQVMsSUFBSSxDQUFDLFVBQVU7QUFBQSxJQUNoRztBQUFBLElBQ0EsVUFBVSxRQUFRLFNBQVM7QUFBQSxFQUM3QixFQUFFO0FBQ0YsV0FBUyxPQUFPLE1BQU0sTUFBTSxHQUFHLFNBQVMsUUFBVyxPQUFPLE1BQU0sTUFBTSxHQUFHO0FBQ3ZFLFVBQU0sRUFBRSxNQUFNLFNBQVMsSUFBSTtBQUMzQixRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUc7QUFDcEIsU0FBSyxJQUFJLElBQUk7QUFDYixVQUFNLFNBQVMsUUFBUSxVQUFVLElBQUk7QUFDckMsUUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBSSxRQUFRLE9BQVEsT0FBTSxvQkFBb0IsTUFBTSxVQUFVLFFBQVEsUUFBUTtBQUM5RSxjQUFRLEtBQUssSUFBSTtBQUNqQjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsY0FBYyxRQUFRLEVBQUUsWUFBWSxNQUFNLE9BQU8sV0FBVyxDQUFDO0FBQzNFLFVBQU0sV0FBVyxhQUFhLEtBQUs7QUFDbkMsVUFBTSxJQUFJLE1BQU0sRUFBRSxNQUFNLFFBQVEsT0FBTyxTQUFTLENBQUM7QUFDakQsZUFBVyxRQUFRLFNBQVMsU0FBVSxPQUFNLEtBQUssRUFBRSxNQUFNLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxFQUNqRjtBQUNBLFFBQU0sUUFBUSxpQkFBaUIsTUFBTSxLQUFLO0FBQzFDLE1BQUksVUFBVSxRQUFXO0FBQ3ZCLFVBQU0sT0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ25DLFVBQU0sSUFBSTtBQUFBLE1BQ1IseUJBQXlCLE1BQU0sSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLEdBQUcsRUFBRSxLQUFLLFVBQUssQ0FBQyxvRkFDbEIsSUFBSSwwREFDcEIsSUFBSTtBQUFBLE1BQ2pDLEVBQUUsR0FBRyxRQUFRLFVBQVUsT0FBTyxRQUFRLFNBQVMsU0FBUyxXQUFXO0FBQUEsSUFDckU7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE9BQU8sUUFBUTtBQUMxQjtBQUVBLFNBQVMsb0JBQ1AsTUFDQSxVQUNBLFVBQ21CO0FBQ25CLFFBQU0sS0FBSyxhQUFhLFNBQVksS0FBSyxrQkFBa0IsUUFBUTtBQUNuRSxTQUFPLElBQUk7QUFBQSxJQUNULFlBQVksSUFBSSxjQUFjLEVBQUUscUJBQXFCLElBQUkscUZBQ1gsSUFBSTtBQUFBLElBQ2xELEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLFdBQVc7QUFBQSxFQUNyRDtBQUNGO0FBTUEsU0FBUyxpQkFBaUIsTUFBcUIsT0FBbUU7QUFDaEgsUUFBTSxnQkFBZ0IsQ0FBQyxhQUNyQixTQUFTLFdBQVcsT0FBTyxDQUFDLE1BQU0sRUFBRSxVQUFVLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUk7QUFDekUsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxTQUFtQixDQUFDO0FBRTFCLFFBQU0sUUFBUSxDQUFDLFNBQXVDO0FBQ3BELFVBQU0sS0FBSyxPQUFPLFFBQVEsSUFBSTtBQUM5QixRQUFJLE1BQU0sRUFBRyxRQUFPLENBQUMsR0FBRyxPQUFPLE1BQU0sRUFBRSxHQUFHLElBQUk7QUFDOUMsUUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLFFBQU87QUFDM0IsVUFBTSxVQUFVLE1BQU0sSUFBSSxJQUFJO0FBQzlCLFFBQUksWUFBWSxPQUFXLFFBQU87QUFDbEMsV0FBTyxLQUFLLElBQUk7QUFDaEIsZUFBVyxRQUFRLGNBQWMsUUFBUSxRQUFRLEdBQUc7QUFDbEQsWUFBTSxRQUFRLE1BQU0sSUFBSTtBQUN4QixVQUFJLFVBQVUsT0FBVyxRQUFPO0FBQUEsSUFDbEM7QUFDQSxXQUFPLElBQUk7QUFDWCxTQUFLLElBQUksSUFBSTtBQUNiLFdBQU87QUFBQSxFQUNUO0FBRUEsYUFBVyxRQUFRLENBQUMsR0FBRyxjQUFjLElBQUksR0FBRyxHQUFHLE1BQU0sS0FBSyxDQUFDLEdBQUc7QUFDNUQsVUFBTSxRQUFRLE1BQU0sSUFBSTtBQUN4QixRQUFJLFVBQVUsT0FBVyxRQUFPO0FBQUEsRUFDbEM7QUFDQSxTQUFPO0FBQ1Q7QUFVTyxTQUFTLHFCQUFxQixNQUFxQixPQUF1QztBQUMvRixRQUFNLFdBQVcsb0JBQUksSUFBWTtBQUNqQyxRQUFNLE1BQU0sb0JBQUksSUFBWTtBQUM1QixRQUFNLFNBQVMsb0JBQUksSUFBWTtBQUUvQixRQUFNLFFBQVEsb0JBQUksSUFBWTtBQUU5QixRQUFNLE1BQU0sQ0FBQyxVQUF5QixjQUErQjtBQUNuRSxRQUFJLGNBQWMsV0FBWSxZQUFXLFFBQVEsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQ3JGLGVBQVcsUUFBUSxTQUFTLElBQUssRUFBQyxjQUFjLFdBQVcsU0FBUyxLQUFLLElBQUksSUFBSTtBQUNqRixlQUFXLFFBQVEsU0FBUyxPQUFRLFFBQU8sSUFBSSxJQUFJO0FBQ25ELGVBQVcsT0FBTyxTQUFTLFlBQVk7QUFDckMsWUFBTSxVQUFVLE1BQU0sTUFBTSxJQUFJLElBQUksSUFBSTtBQUN4QyxZQUFNLFFBQVEsUUFBUSxXQUFXLElBQUksS0FBSztBQUMxQyxZQUFNLE1BQU0sR0FBRyxLQUFLLElBQUksSUFBSSxJQUFJO0FBQ2hDLFVBQUksWUFBWSxVQUFhLE1BQU0sSUFBSSxHQUFHLEVBQUc7QUFDN0MsWUFBTSxJQUFJLEdBQUc7QUFDYixVQUFJLFFBQVEsVUFBVSxLQUFLO0FBQUEsSUFDN0I7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFVBQVU7QUFDcEIsU0FBTztBQUFBLElBQ0wsVUFBVSxDQUFDLEdBQUcsUUFBUTtBQUFBLElBQ3RCLEtBQUssQ0FBQyxHQUFHLEdBQUc7QUFBQSxJQUNaLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUNuRCxVQUFVLEtBQUs7QUFBQSxFQUNqQjtBQUNGO0FBRUEsU0FBUyxRQUFRLE9BQWtCLE9BQTRCO0FBQzdELE1BQUksVUFBVSxZQUFZLFVBQVUsU0FBVSxRQUFPO0FBQ3JELE1BQUksVUFBVSxpQkFBaUIsVUFBVSxjQUFlLFFBQU87QUFDL0QsU0FBTztBQUNUOzs7QUN6Sk8sU0FBUyxPQUFPLE9BQXdCO0FBQzdDLE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBTztBQUN0QyxNQUFJLFVBQVUsUUFBUSxVQUFVLE9BQVcsUUFBTztBQUNsRCxVQUFRLE9BQU8sT0FBTztBQUFBLElBQ3BCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLE9BQU8sS0FBSztBQUFBLElBQ3JCLEtBQUs7QUFDSCxhQUFPLGFBQWEsS0FBSztBQUFBLElBQzNCO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsYUFBYSxPQUF1QjtBQUMzQyxNQUFJLGlCQUFpQixLQUFNLFFBQU8sT0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDLElBQUksS0FBSyxNQUFNLFlBQVk7QUFDekYsTUFBSTtBQUNGLFdBQU8sS0FBSyxVQUFVLEtBQUssS0FBSztBQUFBLEVBQ2xDLFFBQVE7QUFDTixXQUFPLGNBQWMsS0FBSztBQUFBLEVBQzVCO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsT0FBdUI7QUFDNUMsUUFBTSxPQUFPLG9CQUFJLFFBQWdCO0FBQ2pDLFNBQ0UsS0FBSyxVQUFVLE9BQU8sQ0FBQyxNQUFNLFNBQWtCO0FBQzdDLFFBQUksT0FBTyxTQUFTLFNBQVUsUUFBTyxLQUFLLFNBQVM7QUFDbkQsUUFBSSxPQUFPLFNBQVMsWUFBWSxTQUFTLE1BQU07QUFDN0MsVUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLFFBQU87QUFDM0IsV0FBSyxJQUFJLElBQUk7QUFBQSxJQUNmO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQyxLQUFLO0FBRVY7QUFPTyxTQUFTLGFBQWEsT0FBeUI7QUFDcEQsU0FBTyxDQUFDLFNBQVMsT0FBTyxVQUFVLGNBQWUsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVc7QUFDNUY7OztBQ3ZDTyxJQUFNLG9CQUFvQjtBQUcxQixJQUFNLHNCQUFzQjtBQTBENUIsU0FBUyxnQkFBZ0IsUUFBZ0IsVUFBa0MsQ0FBQyxHQUFxQjtBQUN0RyxRQUFNLFdBQVcsUUFBUSxZQUFZLENBQUM7QUFDdEMsUUFBTSxRQUFRLGNBQWMsUUFBUSxRQUFRO0FBQzVDLFFBQU0sUUFBUSxhQUFhLEtBQUs7QUFDaEMsUUFBTSxRQUFRLG9CQUFvQixPQUFPO0FBQUEsSUFDdkMsU0FBUyxRQUFRO0FBQUEsSUFDakIsUUFBUSxRQUFRLFVBQVU7QUFBQSxJQUMxQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sV0FBVyxxQkFBcUIsT0FBTyxLQUFLO0FBQ2xELFFBQU0sT0FBTyxZQUFZLE9BQU8sUUFBUSxNQUFNO0FBQzlDLE1BQUksU0FBUyxPQUFXLFFBQU8sRUFBRSxRQUFRLFVBQVUsaUJBQWlCLE1BQU0sU0FBUyxRQUFRLEtBQUs7QUFDaEcsUUFBTSxPQUFPLElBQUksYUFBYSxPQUFPLFFBQVEsUUFBUSxRQUFRLEVBQUUsUUFBUSxLQUFLO0FBQzVFLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsaUJBQWlCLE1BQU07QUFBQSxJQUN2QixPQUFPLE1BQXVCO0FBQzVCLGFBQU8sS0FBSyxFQUFFLFFBQVEsQ0FBQyxJQUFJLEdBQUcsT0FBTyxHQUFHLFVBQVUsRUFBRSxDQUFDO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0Y7QUFPQSxTQUFTLFlBQ1AsT0FDQSxZQUN5QztBQUN6QyxRQUFNLFFBQWtCLENBQUMsRUFBRTtBQUMzQixRQUFNLFFBQTBDLENBQUM7QUFDakQsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxLQUFLLFNBQVMsUUFBUTtBQUN4QixZQUFNLE1BQU0sU0FBUyxDQUFDLEtBQUssS0FBSztBQUFBLElBQ2xDLFdBQVcsS0FBSyxTQUFTLFlBQVk7QUFDbkMsWUFBTSxLQUFLLGFBQWEsS0FBSyxNQUFNLEtBQUssVUFBVSxhQUFhLE1BQVMsQ0FBQztBQUN6RSxZQUFNLEtBQUssRUFBRTtBQUFBLElBQ2YsT0FBTztBQUNMLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU8sU0FBUyxPQUFPLEtBQUs7QUFDOUI7QUFFQSxTQUFTLGFBQ1AsTUFDQSxZQUMyQjtBQUMzQixRQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ2xCLE1BQUksS0FBSyxXQUFXLEtBQUssUUFBUSxRQUFXO0FBQzFDLFdBQU8sZUFBZSxTQUNsQixDQUFDLFNBQVMsT0FBTyxRQUFRLE1BQU0sR0FBRyxDQUFDLElBQ25DLENBQUMsU0FBUyxXQUFXLE9BQU8sUUFBUSxNQUFNLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDckQ7QUFDQSxTQUFPLGVBQWUsU0FDbEIsQ0FBQyxTQUFTLE9BQU8sWUFBWSxNQUFNLElBQUksQ0FBQyxJQUN4QyxDQUFDLFNBQVMsV0FBVyxPQUFPLFlBQVksTUFBTSxJQUFJLENBQUMsQ0FBQztBQUMxRDtBQUdBLElBQU0sZUFBTixNQUFtQjtBQUFBLEVBR2pCLFlBQ21CLE9BQ0EsWUFDQSxVQUNqQjtBQUhpQjtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBSGdCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUxGLGVBQWUsb0JBQUksSUFBNkI7QUFBQSxFQVFqRSxRQUFRLE9BQTBDO0FBRWhELFVBQU0sUUFBa0IsQ0FBQyxFQUFFO0FBQzNCLFVBQU0sUUFBb0IsQ0FBQztBQUMzQixlQUFXLFFBQVEsT0FBTztBQUN4QixVQUFJLEtBQUssU0FBUyxRQUFRO0FBQ3hCLGNBQU0sTUFBTSxTQUFTLENBQUMsS0FBSyxLQUFLO0FBQUEsTUFDbEMsT0FBTztBQUNMLGNBQU0sS0FBSyxLQUFLLFlBQVksSUFBSSxDQUFDO0FBQ2pDLGNBQU0sS0FBSyxFQUFFO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFDQSxXQUFPLFNBQVMsT0FBTyxLQUFLO0FBQUEsRUFDOUI7QUFBQSxFQUVRLFlBQVksTUFBeUQ7QUFDM0UsWUFBUSxLQUFLLE1BQU07QUFBQSxNQUNqQixLQUFLO0FBQ0gsZUFBTyxLQUFLLFNBQVMsS0FBSyxNQUFNLEtBQUssVUFBVSxLQUFLLGFBQWEsTUFBUztBQUFBLE1BQzVFLEtBQUs7QUFDSCxlQUFPLEtBQUssV0FBVyxLQUFLLFNBQVMsS0FBSyxNQUFNLEtBQUssUUFBUSxLQUFLLFFBQVEsQ0FBQyxJQUFJLEtBQUssUUFBUSxLQUFLLE1BQU0sSUFBSTtBQUFBLE1BQzdHLEtBQUs7QUFDSCxlQUFPLEtBQUssUUFBUSxLQUFLLE1BQU0sS0FBSyxXQUFXO0FBQUEsSUFDbkQ7QUFBQSxFQUNGO0FBQUEsRUFFUSxTQUFTLE1BQXlCLFlBQThEO0FBQ3RHLFVBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsUUFBSSxLQUFLLFdBQVcsS0FBSyxRQUFRLFFBQVc7QUFDMUMsYUFBTyxlQUFlLFNBQ2xCLENBQUMsTUFBTSxPQUFPLFdBQVcsRUFBRSxRQUFRLEdBQUcsQ0FBQyxJQUN2QyxDQUFDLE1BQU0sV0FBVyxPQUFPLFdBQVcsRUFBRSxRQUFRLEdBQUcsQ0FBQyxDQUFDO0FBQUEsSUFDekQ7QUFDQSxXQUFPLGVBQWUsU0FDbEIsQ0FBQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDLElBQ3hDLENBQUMsTUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDLENBQUM7QUFBQSxFQUMxRDtBQUFBLEVBRVEsU0FBUyxNQUF5QixNQUEwQjtBQUNsRSxXQUFPLENBQUMsTUFBTyxhQUFhLFdBQVcsRUFBRSxRQUFRLElBQUksQ0FBQyxJQUFJLEtBQUssQ0FBQyxJQUFJO0FBQUEsRUFDdEU7QUFBQSxFQUVRLFFBQVEsTUFBeUIsTUFBZ0U7QUFDdkcsVUFBTSxPQUFPLEtBQUssUUFBUSxLQUFLLFFBQVE7QUFDdkMsV0FBTyxDQUFDLE1BQU07QUFDWixZQUFNLFFBQVEsV0FBVyxFQUFFLFFBQVEsSUFBSTtBQUN2QyxVQUFJLGFBQWEsS0FBSyxFQUFHLFFBQU87QUFDaEMsWUFBTSxTQUFTLEVBQUU7QUFDakIsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLFlBQUlDLE9BQU07QUFDVixpQkFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxpQkFBTyxLQUFLLE1BQU0sQ0FBQyxDQUFDO0FBQ3BCLFVBQUFBLFFBQU8sS0FBSyxDQUFDO0FBQ2IsaUJBQU8sSUFBSTtBQUFBLFFBQ2I7QUFDQSxlQUFPQTtBQUFBLE1BQ1Q7QUFDQSxhQUFPLEtBQUssS0FBSztBQUNqQixZQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ2xCLGFBQU8sSUFBSTtBQUNYLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUFBLEVBRVEsUUFBUSxNQUFjLGFBQStCO0FBRTNELFFBQUk7QUFDSixXQUFPLENBQUMsTUFBTTtBQUNaLFVBQUksYUFBYSxPQUFXLFlBQVcsS0FBSyxVQUFVLE1BQU0sV0FBVztBQUN2RSxVQUFJLGFBQWEsS0FBTSxRQUFPO0FBQzlCLFVBQUksRUFBRSxTQUFTLGtCQUFtQixPQUFNLEtBQUssV0FBVyxNQUFNLG9CQUFvQixpQkFBaUIsU0FBUztBQUM1RyxVQUFJLEVBQUUsRUFBRSxXQUFXLHFCQUFxQjtBQUN0QyxjQUFNLEtBQUssV0FBVyxNQUFNLDBCQUEwQixtQkFBbUIsc0JBQXNCO0FBQUEsTUFDakc7QUFDQSxRQUFFO0FBQ0YsWUFBTSxNQUFNLFNBQVMsQ0FBQztBQUN0QixRQUFFO0FBQ0YsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdRLFVBQVUsTUFBYyxhQUFzQztBQUNwRSxVQUFNLE1BQU0sR0FBRyxXQUFXLEtBQVMsSUFBSTtBQUN2QyxVQUFNLFNBQVMsS0FBSyxhQUFhLElBQUksR0FBRztBQUN4QyxRQUFJLFdBQVcsT0FBVyxRQUFPO0FBQ2pDLFVBQU0sV0FBVyxLQUFLLE1BQU0sTUFBTSxJQUFJLElBQUk7QUFDMUMsUUFBSUMsTUFBc0I7QUFDMUIsUUFBSSxhQUFhLFFBQVc7QUFDMUIsWUFBTSxRQUNKLGdCQUFnQixLQUNaLFNBQVMsUUFDVCxjQUFjLFlBQVksU0FBUyxRQUFRLFdBQVcsR0FBRyxFQUFFLFlBQVksTUFBTSxPQUFPLFdBQVcsQ0FBQztBQUN0RyxNQUFBQSxNQUFLLEtBQUssUUFBUSxLQUFLO0FBQUEsSUFDekI7QUFDQSxTQUFLLGFBQWEsSUFBSSxLQUFLQSxHQUFFO0FBQzdCLFdBQU9BO0FBQUEsRUFDVDtBQUFBLEVBRVEsV0FBVyxNQUFjLE1BQWlDO0FBQ2hFLFdBQU8sSUFBSTtBQUFBLE1BQ1QsWUFBWSxJQUFJLGFBQWEsSUFBSTtBQUFBLE1BRWpDLEVBQUUsR0FBRyxLQUFLLFVBQVUsT0FBTyxLQUFLLFNBQVMsU0FBUyxXQUFXO0FBQUEsSUFDL0Q7QUFBQSxFQUNGO0FBQ0Y7QUFNQSxTQUFTLFNBQVksT0FBMEIsT0FBOEQ7QUFFM0csUUFBTSxDQUFDLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssRUFBRSxJQUFJO0FBQ3hFLFFBQU0sQ0FBQyxJQUFJLElBQUksSUFBSSxJQUFJLElBQUksRUFBRSxJQUFJO0FBQ2pDLFVBQVEsTUFBTSxRQUFRO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU8sTUFBTTtBQUFBLElBQ2YsS0FBSztBQUNILGFBQU8sT0FBTyxNQUFNLE9BQU8sS0FBTSxLQUFjLENBQUMsTUFBTSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDL0UsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSTtBQUFBLElBQzlELEtBQUs7QUFDSCxhQUFPLENBQUMsTUFBTSxLQUFNLEdBQVksQ0FBQyxJQUFJLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSTtBQUFBLElBQ3JGLEtBQUs7QUFDSCxhQUFPLENBQUMsTUFBTSxLQUFNLEdBQVksQ0FBQyxJQUFJLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDNUcsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUNOLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZDtBQUFBLElBQ0osS0FBSztBQUNILGFBQU8sQ0FBQyxNQUNOLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkO0FBQUEsSUFDSixTQUFTO0FBQ1AsWUFBTSxRQUFRLE1BQU07QUFDcEIsYUFBTyxDQUFDLE1BQU07QUFDWixZQUFJLE1BQU07QUFDVixpQkFBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLElBQUssUUFBUSxNQUFNLENBQUMsRUFBVyxDQUFDLElBQUksTUFBTSxJQUFJLENBQUM7QUFDMUUsZUFBTztBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxZQUFZLFFBQWdCLGFBQTZCO0FBQ2hFLFNBQU8sT0FDSixNQUFNLElBQUksRUFDVixJQUFJLENBQUNDLFVBQVVBLE1BQUssU0FBUyxJQUFJLGNBQWNBLFFBQU9BLEtBQUssRUFDM0QsS0FBSyxJQUFJO0FBQ2Q7OztBQ3pPQSxJQUFNLGVBQWtELE9BQU8sT0FBTyxDQUFDLENBQUM7QUFTakUsU0FBUyxjQUFjQyxTQUFzQixVQUFnQyxDQUFDLEdBQW1CO0FBQ3RHLFFBQU0sU0FBUyxRQUFRLFVBQVU7QUFDakMsUUFBTSxPQUE2QixFQUFFLFlBQVlBLFFBQU8sS0FBSztBQUM3RCxNQUFJLFFBQVEsU0FBUyxPQUFXLE1BQUssT0FBTyxRQUFRO0FBQ3BELFFBQU0sVUFBVSxnQkFBZ0IsUUFBUSxVQUFVLElBQUk7QUFDdEQsUUFBTSxVQUFVLENBQUMsUUFBZ0IsT0FBZUMsVUFBb0M7QUFDbEYsVUFBTSxXQUFpQyxFQUFFLEdBQUcsTUFBTSxNQUFNO0FBQ3hELFFBQUlBLFVBQVMsT0FBVyxVQUFTLE9BQU9BO0FBQ3hDLFdBQU8sZ0JBQWdCLFFBQVEsRUFBRSxTQUFTLFNBQVMsUUFBUSxTQUFTLENBQUM7QUFBQSxFQUN2RTtBQUVBLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSUQsUUFBTyxTQUFTLFFBQVE7QUFDMUIsUUFBSSxPQUFPQSxRQUFPLGFBQWEsVUFBVTtBQUN2QyxZQUFNLElBQUksa0JBQWtCLGtFQUFrRTtBQUFBLFFBQzVGLEdBQUc7QUFBQSxRQUNILE9BQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNIO0FBQ0EsV0FBTyxRQUFRQSxRQUFPLFVBQVUsWUFBWSxRQUFRLFlBQVk7QUFBQSxFQUNsRSxXQUFXQSxRQUFPLFNBQVMsUUFBUTtBQUNqQyxlQUFXLGdCQUFnQkEsUUFBTyxVQUFVLE1BQU0sT0FBTztBQUFBLEVBQzNELE9BQU87QUFDTCxVQUFNLElBQUksa0JBQWtCLHVCQUF1QixLQUFLLFVBQVVBLFFBQU8sSUFBSSxDQUFDLDBCQUEwQjtBQUFBLE1BQ3RHLEdBQUc7QUFBQSxNQUNILE9BQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBRUEsUUFBTSxZQUFZLFNBQVMsU0FBWSxDQUFDLElBQUksSUFBSSxZQUFZLFlBQVksQ0FBQyxDQUFDO0FBQzFFLFFBQU0sT0FBTyxjQUFjLFNBQVM7QUFDcEMsUUFBTSxXQUFXQSxRQUFPLE9BQU8sV0FBVyxVQUFhQSxRQUFPLE9BQU8sV0FBVztBQUNoRixRQUFNRSxlQUFjLGNBQWNGLFNBQVEsTUFBTSxJQUFJO0FBQ3BELFFBQU0sWUFBWSxZQUFZLGdCQUFnQkUsWUFBVyxJQUFJQSxhQUFZLGFBQWEsS0FBSztBQUMzRixRQUFNLFdBQVcsV0FBV0YsU0FBUSxJQUFJO0FBQ3hDLFNBQU8sSUFBSSxPQUFPQSxTQUFRRSxjQUFhLFdBQVcsS0FBSyxVQUFVLFFBQVEsVUFBVSxNQUFNLFFBQVE7QUFDbkc7QUFRTyxTQUFTLGVBQWVGLFNBQWdDO0FBQzdELFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLFFBQU0sTUFBTSxDQUFDLFFBQWlCLFVBQXdCO0FBQ3BELFFBQUksT0FBTyxXQUFXLFNBQVU7QUFDaEMsZUFBVyxRQUFRLGdCQUFnQixRQUFRLEVBQUUsWUFBWUEsUUFBTyxNQUFNLE1BQU0sQ0FBQyxFQUFFLFNBQVUsT0FBTSxJQUFJLElBQUk7QUFBQSxFQUN6RztBQUNBLE1BQUlBLFFBQU8sVUFBVSxVQUFVO0FBQy9CLE1BQUksTUFBTSxRQUFRQSxRQUFPLFFBQVEsR0FBRztBQUNsQyxJQUFBQSxRQUFPLFNBQVMsUUFBUSxDQUFDLFNBQVMsTUFBTTtBQUN0QyxVQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksUUFBUSxhQUFhLFNBQVM7QUFDM0UsWUFBSSxRQUFRLFNBQVMsWUFBWSxDQUFDLFdBQVc7QUFBQSxNQUMvQztBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPLENBQUMsR0FBRyxLQUFLO0FBQ2xCO0FBRUEsSUFBTSxTQUFOLE1BQXVDO0FBQUEsRUFDckMsWUFDV0EsU0FDQUUsY0FDQSxXQUNBLFVBQ1EsUUFDQSxVQUNBLE1BQ0EsVUFDakI7QUFSUyxrQkFBQUY7QUFDQSx1QkFBQUU7QUFDQTtBQUNBO0FBQ1E7QUFDQTtBQUNBO0FBQ0E7QUFBQSxFQUNoQjtBQUFBLEVBUlE7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNRO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFHbkIsT0FBTyxNQUFnQyxTQUFpQztBQUN0RSxVQUFNLE9BQU8sS0FBSztBQUNsQixRQUFJLFNBQVMsUUFBVztBQUN0QixZQUFNLElBQUk7QUFBQSxRQUNSLFdBQVcsS0FBSyxNQUFNLENBQUM7QUFBQSxNQUN6QjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsS0FBSyxNQUFNLE1BQU0sU0FBUyxVQUFVLEtBQUssUUFBUSxNQUFTO0FBQ3hFLFdBQU8sS0FBSyxPQUFPLEtBQUs7QUFBQSxFQUMxQjtBQUFBLEVBRUEsZUFDRSxNQUNBLGNBQ0EsU0FDZTtBQUNmLFVBQU0sV0FBVyxLQUFLO0FBQ3RCLFFBQUksYUFBYSxRQUFXO0FBQzFCLFlBQU0sSUFBSTtBQUFBLFFBQ1IsV0FBVyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sU0FBUyxTQUFTLFVBQVUsS0FBSztBQUN2QyxVQUFNLFNBQTZCLENBQUM7QUFDcEMsVUFBTSxXQUFXLGtCQUFrQixVQUFVLGNBQWMsUUFBUSxNQUFNO0FBQ3pFLFVBQU0sUUFBUSxLQUFLLE1BQU0sTUFBTSxRQUFRLE1BQU07QUFDN0MsVUFBTSxNQUFxQixDQUFDO0FBQzVCLGVBQVcsV0FBVyxVQUFVO0FBQzlCLFVBQUksUUFBUSxTQUFTLFdBQVc7QUFDOUIsWUFBSSxLQUFLLEVBQUUsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFNBQVMsT0FBTyxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQzFFLE9BQU87QUFDTCxtQkFBVyxLQUFLLFNBQVMsSUFBSSxRQUFRLElBQUksS0FBSyxDQUFDLEVBQUcsS0FBSSxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sU0FBUyxFQUFFLFFBQVEsQ0FBQztBQUFBLE1BQ2pHO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1RLE1BQ04sTUFDQSxRQUNBLGFBQ3lCO0FBQ3pCLFFBQUksU0FBUyxXQUFjLE9BQU8sU0FBUyxZQUFZLFNBQVMsUUFBUSxNQUFNLFFBQVEsSUFBSSxJQUFJO0FBQzVGLFlBQU0sUUFBUSxFQUFFLE1BQU0sQ0FBQyxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsb0NBQW9DLFNBQVMsSUFBSSxDQUFDLEdBQUc7QUFDOUcsWUFBTSxJQUFJLGlCQUFpQixLQUFLLE9BQU8sTUFBTSxLQUFLLE9BQU8sU0FBUyxDQUFDLEdBQUksZUFBZSxDQUFDLEdBQUksS0FBSyxDQUFDO0FBQUEsSUFDbkc7QUFDQSxVQUFNLFFBQVEsS0FBSyxhQUFhLFNBQWEsUUFBUSxlQUFnQixhQUFhLEtBQUssVUFBVSxJQUFJO0FBQ3JHLFFBQUksUUFBUTtBQUNaLFFBQUksU0FBUztBQUNiLFFBQUksUUFBUTtBQUNWLFlBQU0sU0FBUyxLQUFLLFlBQVksU0FBUyxLQUFLO0FBQzlDLFVBQUksT0FBTyxHQUFJLFNBQVEsT0FBTztBQUFBLFVBQ3pCLFVBQVMsV0FBVyxTQUFZLE9BQU8sU0FBUyxDQUFDLEdBQUcsT0FBTyxRQUFRLEdBQUcsTUFBTTtBQUFBLElBQ25GO0FBQ0EsUUFBSSxXQUFXLFVBQWEsT0FBTyxTQUFTLEdBQUc7QUFDN0MsWUFBTSxJQUFJLGlCQUFpQixLQUFLLE9BQU8sTUFBTSxLQUFLLE9BQU8sU0FBUyxNQUFNO0FBQUEsSUFDMUU7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRVEsUUFBZ0I7QUFDdEIsV0FBTyxHQUFHLEtBQUssT0FBTyxJQUFJLElBQUksS0FBSyxPQUFPLE9BQU87QUFBQSxFQUNuRDtBQUNGO0FBRUEsU0FBUyxnQkFDUCxRQUNBLE1BQzZCO0FBQzdCLE1BQUksV0FBVyxPQUFXLFFBQU87QUFDakMsU0FBTyxDQUFDLFNBQVM7QUFDZixVQUFNLFVBQVUsT0FBTyxJQUFJO0FBQzNCLFFBQUksWUFBWSxPQUFXLFFBQU87QUFDbEMsUUFBSSxRQUFRLFNBQVMsVUFBVSxPQUFPLFFBQVEsYUFBYSxVQUFVO0FBQ25FLFlBQU0sSUFBSTtBQUFBLFFBQ1IsWUFBWSxJQUFJLFVBQVUsT0FBTyxRQUFRLElBQUksQ0FBQywyRUFDdEIsSUFBSTtBQUFBLFFBQzVCLEVBQUUsR0FBRyxNQUFNLE9BQU8sV0FBVztBQUFBLE1BQy9CO0FBQUEsSUFDRjtBQUNBLFdBQU8sUUFBUTtBQUFBLEVBQ2pCO0FBQ0Y7QUFFQSxTQUFTLGdCQUNQLFVBQ0EsTUFDQSxTQUNtQjtBQUNuQixNQUFJLENBQUMsTUFBTSxRQUFRLFFBQVEsR0FBRztBQUM1QixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQSxFQUFFLEdBQUcsTUFBTSxPQUFPLFdBQVc7QUFBQSxJQUMvQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLFNBQVMsSUFBSSxDQUFDLE9BQWdCLE1BQXVCO0FBQzFELFVBQU0sUUFBUSxZQUFZLENBQUM7QUFDM0IsUUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLE1BQU07QUFDL0MsWUFBTSxJQUFJO0FBQ1YsVUFBSSxPQUFPLEVBQUUsZ0JBQWdCLFlBQVksRUFBRSxZQUFZLFVBQWEsRUFBRSxTQUFTLFFBQVc7QUFDeEYsZUFBTyxFQUFFLE1BQU0sZUFBZSxNQUFNLEVBQUUsWUFBWTtBQUFBLE1BQ3BEO0FBQ0EsVUFBSSxPQUFPLEVBQUUsU0FBUyxZQUFZLEVBQUUsU0FBUyxNQUFNLE9BQU8sRUFBRSxZQUFZLFVBQVU7QUFDaEYsZUFBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLEVBQUUsTUFBTSxVQUFVLFFBQVEsRUFBRSxTQUFTLEdBQUcsS0FBSyxVQUFVLEVBQUU7QUFBQSxNQUMzRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLElBQUk7QUFBQSxNQUNSLHVGQUF1RixTQUFTLEtBQUssQ0FBQztBQUFBLE1BRXRHLEVBQUUsR0FBRyxNQUFNLE1BQU07QUFBQSxJQUNuQjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyxZQUFZLFVBQTBEO0FBQzdFLFFBQU0sWUFBZ0MsQ0FBQztBQUN2QyxhQUFXLEtBQUssU0FBVSxLQUFJLEVBQUUsU0FBUyxVQUFXLFdBQVUsS0FBSyxFQUFFLFFBQVE7QUFDN0UsU0FBTztBQUNUO0FBVUEsU0FBUyxjQUFjLFdBQXVEO0FBQzVFLFFBQU0sV0FBVyxvQkFBSSxJQUFZO0FBQ2pDLFFBQU0sTUFBTSxvQkFBSSxJQUFZO0FBQzVCLFFBQU0sU0FBUyxvQkFBSSxJQUFZO0FBQy9CLFFBQU0sV0FBVyxvQkFBSSxJQUFZO0FBQ2pDLGFBQVcsS0FBSyxXQUFXO0FBQ3pCLGVBQVcsUUFBUSxFQUFFLFNBQVMsU0FBVSxVQUFTLElBQUksSUFBSTtBQUN6RCxlQUFXLFFBQVEsRUFBRSxTQUFTLElBQUssS0FBSSxJQUFJLElBQUk7QUFDL0MsZUFBVyxRQUFRLEVBQUUsU0FBUyxPQUFRLFFBQU8sSUFBSSxJQUFJO0FBQ3JELGVBQVcsUUFBUSxFQUFFLFNBQVMsU0FBVSxVQUFTLElBQUksSUFBSTtBQUFBLEVBQzNEO0FBR0EsUUFBTUMsWUFBVyxDQUFDLEdBQUcsb0JBQUksSUFBSSxDQUFDLEdBQUcsS0FBSyxHQUFHLE1BQU0sQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLFNBQVMsQ0FBQyxTQUFTLElBQUksSUFBSSxDQUFDO0FBQ3ZGLFNBQU8sRUFBRSxVQUFVLENBQUMsR0FBRyxRQUFRLEdBQUcsVUFBQUEsV0FBVSxLQUFLLENBQUMsR0FBRyxHQUFHLEdBQUcsVUFBVSxDQUFDLEdBQUcsUUFBUSxFQUFFO0FBQ3JGO0FBR0EsU0FBUyxjQUFjSCxTQUFzQixNQUFxQixNQUF5QztBQUN6RyxRQUFNLFdBQVdBLFFBQU8sT0FBTztBQUMvQixNQUFJLGFBQWEsVUFBYSxhQUFhLEtBQU0sUUFBTyxvQkFBb0IsS0FBSyxVQUFVLEtBQUssUUFBUTtBQUN4RyxRQUFNLFNBQVMsbUJBQW1CLFVBQVUsRUFBRSxHQUFHLE1BQU0sT0FBTyxlQUFlLENBQUM7QUFFOUUsTUFBSSxDQUFDLGdCQUFnQixNQUFNLEVBQUcsUUFBTztBQUNyQyxRQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU8sVUFBVTtBQUN2QyxRQUFNLGFBQWEsS0FBSyxJQUFJLE9BQU8sQ0FBQyxTQUFTLENBQUMsTUFBTSxJQUFJLElBQUksQ0FBQztBQUM3RCxNQUFJLFdBQVcsU0FBUyxHQUFHO0FBQ3pCLFVBQU0sT0FBTyxXQUFXLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJO0FBQ3RELFVBQU0sQ0FBQyxJQUFJLElBQUksSUFBSSxXQUFXLFdBQVcsSUFBSSxDQUFDLFlBQVksSUFBSSxJQUFJLENBQUMsYUFBYSxNQUFNO0FBQ3RGLFVBQU0sSUFBSTtBQUFBLE1BQ1IscUJBQXFCLEVBQUUsSUFBSSxJQUFJLGdEQUFnRCxJQUFJLGlDQUNwRSxJQUFJO0FBQUEsTUFDbkIsRUFBRSxHQUFHLE1BQU0sT0FBTyxlQUFlO0FBQUEsSUFDbkM7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBTUEsU0FBUyxhQUNQLFVBQ0EsTUFDeUI7QUFDekIsUUFBTSxRQUFpQyxFQUFFLEdBQUcsVUFBVSxHQUFHLEtBQUs7QUFDOUQsTUFBSSxTQUFTLFFBQVc7QUFDdEIsZUFBVyxPQUFPLFVBQVU7QUFDMUIsVUFBSSxNQUFNLEdBQUcsTUFBTSxVQUFhLE9BQU8sT0FBTyxVQUFVLEdBQUcsRUFBRyxPQUFNLEdBQUcsSUFBSSxTQUFTLEdBQUc7QUFBQSxJQUN6RjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGdCQUFnQixRQUE4QjtBQUNyRCxRQUFNLGFBQWEsT0FBTyxXQUFXO0FBQ3JDLFNBQU8sT0FBTyxlQUFlLFlBQVksZUFBZTtBQUMxRDtBQUVBLFNBQVMsV0FBV0EsU0FBc0IsTUFBMkU7QUFDbkgsUUFBTSxXQUFvQkEsUUFBTyxPQUFPO0FBQ3hDLE1BQUksYUFBYSxVQUFhLGFBQWEsS0FBTSxRQUFPO0FBQ3hELE1BQUksT0FBTyxhQUFhLFlBQVksTUFBTSxRQUFRLFFBQVEsR0FBRztBQUMzRCxVQUFNLElBQUksa0JBQWtCLDJEQUEyRCxTQUFTLFFBQVEsQ0FBQyxJQUFJO0FBQUEsTUFDM0csR0FBRztBQUFBLE1BQ0gsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPLE9BQU8sS0FBSyxRQUFRLEVBQUUsV0FBVyxJQUFJLFNBQWE7QUFDM0Q7QUFHQSxTQUFTLGtCQUNQLFVBQ0EsY0FDQSxRQUNBLFFBQ3FDO0FBQ3JDLFFBQU0sU0FBUyxvQkFBSSxJQUFvQztBQUN2RCxhQUFXLFdBQVcsVUFBVTtBQUM5QixRQUFJLFFBQVEsU0FBUyxpQkFBaUIsT0FBTyxJQUFJLFFBQVEsSUFBSSxFQUFHO0FBQ2hFLFVBQU0sT0FBTyxRQUFRO0FBQ3JCLFVBQU0sUUFDSixpQkFBaUIsVUFBYSxpQkFBaUIsUUFBUSxPQUFPLE9BQU8sY0FBYyxJQUFJLElBQ25GLGFBQWEsSUFBSSxJQUNqQjtBQUNOLFFBQUksVUFBVSxRQUFXO0FBQ3ZCLFVBQUksUUFBUTtBQUNWLGVBQU8sS0FBSztBQUFBLFVBQ1YsTUFBTSxDQUFDLElBQUk7QUFBQSxVQUNYLE1BQU07QUFBQSxVQUNOLFNBQVMsZ0JBQWdCLElBQUk7QUFBQSxRQUMvQixDQUFDO0FBQUEsTUFDSDtBQUNBO0FBQUEsSUFDRjtBQUNBLFFBQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3pCLGFBQU8sS0FBSztBQUFBLFFBQ1YsTUFBTSxDQUFDLElBQUk7QUFBQSxRQUNYLE1BQU07QUFBQSxRQUNOLFNBQVMsZ0JBQWdCLElBQUkseURBQXlELFNBQVMsS0FBSyxDQUFDO0FBQUEsTUFDdkcsQ0FBQztBQUNEO0FBQUEsSUFDRjtBQUNBLFFBQUlJLFNBQVE7QUFDWixVQUFNLFFBQVEsQ0FBQyxHQUFZLE1BQU07QUFDL0IsVUFBSSxPQUFPLE1BQU0sWUFBWSxNQUFNLE1BQU07QUFDdkMsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSztBQUFBLFVBQ1YsTUFBTSxDQUFDLE1BQU0sQ0FBQztBQUFBLFVBQ2QsTUFBTTtBQUFBLFVBQ04sU0FBUyxrQ0FBa0MsU0FBUyxDQUFDLENBQUM7QUFBQSxRQUN4RCxDQUFDO0FBQ0Q7QUFBQSxNQUNGO0FBQ0EsWUFBTSxFQUFFLE1BQU0sUUFBUSxJQUFJO0FBQzFCLFVBQUksT0FBTyxTQUFTLFlBQVksU0FBUyxJQUFJO0FBQzNDLFFBQUFBLFNBQVE7QUFDUixlQUFPLEtBQUssRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLE1BQU0sR0FBRyxNQUFNLGdCQUFnQixTQUFTLDZCQUE2QixDQUFDO0FBQUEsTUFDdEc7QUFDQSxVQUFJLE9BQU8sWUFBWSxVQUFVO0FBQy9CLFFBQUFBLFNBQVE7QUFDUixlQUFPLEtBQUssRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLFNBQVMsR0FBRyxNQUFNLGdCQUFnQixTQUFTLG1CQUFtQixDQUFDO0FBQUEsTUFDL0Y7QUFBQSxJQUNGLENBQUM7QUFDRCxRQUFJQSxPQUFPLFFBQU8sSUFBSSxNQUFNLEtBQStCO0FBQUEsRUFDN0Q7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFNBQVMsT0FBd0I7QUFDeEMsTUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixNQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTztBQUNqQyxTQUFPLE9BQU8sVUFBVSxXQUFXLGNBQWMsS0FBSyxPQUFPLEtBQUs7QUFDcEU7OztBQ3ZiQSxPQUFPLFdBQVc7QUFDbEIsWUFBWUMsUUFBTzs7O0FDQ1osSUFBTSxrQkFBa0I7QUFFL0IsSUFBTSxlQUFlO0FBR2QsU0FBUyxZQUFZLE1BQStCO0FBQ3pELFNBQU8sT0FBTyxTQUFTLFlBQVksS0FBSyxVQUFVLG1CQUFtQixhQUFhLEtBQUssSUFBSTtBQUM3RjtBQUdPLFNBQVMsbUJBQW1CLE1BQW1DO0FBQ3BFLE1BQUksT0FBTyxTQUFTLFNBQVUsUUFBTyx1Q0FBdUMsT0FBTyxJQUFJO0FBQ3ZGLE1BQUksS0FBSyxXQUFXLEVBQUcsUUFBTztBQUM5QixNQUFJLEtBQUssU0FBUztBQUNoQixXQUFPLGlDQUFpQyxlQUFlLG9CQUFvQixLQUFLLE1BQU07QUFDeEYsTUFBSSxhQUFhLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDcEMsUUFBTSxRQUFRLEtBQUssVUFBVSxLQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxXQUFNLElBQUk7QUFDOUUsU0FDRSx1QkFBdUIsS0FBSztBQUdoQzs7O0FEWE8sSUFBTSxnQkFBZ0I7QUFBQSxFQUMzQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQUdPLElBQU0sZ0JBQWdCO0FBR3RCLElBQU0sZUFBZTtBQUdyQixJQUFNLHNCQUFzQjtBQUduQyxJQUFNLGlCQUFpQjtBQU92QixJQUFNLGdCQUFnQixDQUFDLFVBQTJCLE1BQU0sS0FBSyxNQUFNO0FBRW5FLElBQU0sYUFDSCxVQUFPO0FBQUEsRUFDTixPQUFPLENBQUMsUUFDTixJQUFJLFVBQVUsU0FDVixzRUFDQSxtQkFBbUIsSUFBSSxLQUFLO0FBQ3BDLENBQUMsRUFDQSxNQUFRLFVBQU8sYUFBYSxFQUFFLE9BQU8sQ0FBQyxRQUFRLG1CQUFtQixJQUFJLEtBQUssRUFBRSxDQUFDLENBQUM7QUFFakYsSUFBTSxnQkFDSCxVQUFPO0FBQUEsRUFDTixPQUFPLENBQUMsUUFDTixJQUFJLFVBQVUsU0FDVixvRkFDQSxPQUFPLElBQUksVUFBVSxXQUNuQixxRUFBcUUsT0FBTyxJQUFJLEtBQUssQ0FBQywwRUFDYixhQUFhLElBQUksS0FBSyxDQUFDLGtCQUNoRywwREFBMEQsY0FBYyxJQUFJLEtBQUssQ0FBQztBQUM1RixDQUFDLEVBQ0E7QUFBQSxFQUNHLFVBQU8sZUFBZTtBQUFBLElBQ3RCLE9BQU8sQ0FBQyxRQUFRO0FBQ2QsWUFBTSxVQUFVLE9BQU8sSUFBSSxVQUFVLFdBQVcsTUFBTSxJQUFJLEtBQUssSUFBSTtBQUNuRSxhQUNFLHdGQUF3RixLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUMsTUFDaEgsWUFBWSxPQUFPLEtBQUssWUFBWSxPQUFPO0FBQUEsSUFFaEQ7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVGLFNBQVMsYUFBYSxPQUF1QjtBQUMzQyxRQUFNLE9BQU8sT0FBTyxLQUFLO0FBQ3pCLFNBQU8sS0FBSyxTQUFTLEdBQUcsSUFBSSxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkQ7QUFFQSxJQUFNLGVBQWlCO0FBQUEsRUFDbkIsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLGlDQUFpQyxjQUFjLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxFQUFFO0FBQUEsSUFDdEYsVUFBTyxDQUFDLFVBQVUsY0FBYyxLQUFLLEtBQUssR0FBRztBQUFBLE1BQzdDLE9BQU8sQ0FBQyxRQUNOLGlCQUFpQixLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUM7QUFBQSxJQUM5QyxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0E7QUFBQSxJQUNFLE9BQU8sQ0FBQyxRQUFRLHdFQUF3RSxjQUFjLElBQUksS0FBSyxDQUFDO0FBQUEsRUFDbEg7QUFDRjtBQUVBLElBQU0sYUFBZSxRQUFLLENBQUMsUUFBUSxNQUFNLEdBQUc7QUFBQSxFQUMxQyxPQUFPLENBQUMsUUFDTix1QkFBdUIsS0FBSyxVQUFVLElBQUksS0FBSyxDQUFDLDhEQUMvQyxPQUFPLElBQUksVUFBVSxXQUFXLEtBQUssSUFBSSxPQUFPLENBQUMsUUFBUSxNQUFNLENBQUMsSUFBSTtBQUN6RSxDQUFDO0FBRUQsSUFBTSxpQkFBbUIsVUFBTztBQUFBLEVBQzlCLE9BQU8sQ0FBQyxRQUNOLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDLE1BQ2pGLE1BQU0sUUFBUSxJQUFJLEtBQUssSUFBSSwyREFBMkQ7QUFDM0YsQ0FBQztBQUVELElBQU0sZ0JBQWtCLFdBQVEsRUFBRTtBQUFBLEVBQzlCLGVBQVksQ0FBQyxPQUFPLFFBQVE7QUFDNUIsVUFBTSxVQUFVLHNCQUFzQixLQUFLO0FBQzNDLFFBQUksWUFBWTtBQUNkLFVBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sQ0FBQztBQUFBLEVBQy9GLENBQUM7QUFDSDtBQUVBLElBQU0saUJBQW1CLFNBQU0sZUFBZTtBQUFBLEVBQzVDLE9BQU8sQ0FBQyxRQUNOLGtGQUFrRixjQUFjLElBQUksS0FBSyxDQUFDO0FBQzlHLENBQUM7QUFFRCxJQUFNLFdBQVcsQ0FBQyxTQUNkLFdBQVEsRUFBRTtBQUFBLEVBQ1IsZUFBWSxDQUFDLE9BQU8sUUFBUTtBQUM1QixVQUFNLFVBQVUsWUFBWSxPQUFPLENBQUMsR0FBRyxDQUFDO0FBQ3hDLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFVBQUksU0FBUztBQUFBLFFBQ1gsTUFBTTtBQUFBLFFBQ04sU0FBUyxHQUFHLElBQUksMkVBQTJFLFFBQVEsT0FBTztBQUFBLFFBQzFHLE1BQU0sUUFBUTtBQUFBLFFBQ2QsT0FBTztBQUFBLE1BQ1QsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVGLElBQU0saUJBQW1CLFVBQVMsVUFBTyxHQUFLLFdBQVEsR0FBRztBQUFBLEVBQ3ZELE9BQU8sQ0FBQyxRQUFRLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDO0FBQ3BHLENBQUM7QUFFRCxJQUFNLGNBQWdCO0FBQUEsRUFDcEIsRUFBRSxRQUFVLFlBQVcsV0FBUSxDQUFDLEdBQUcsU0FBVyxZQUFTLGNBQWMsRUFBRTtBQUFBLEVBQ3ZFLEVBQUUsT0FBTyxDQUFDLFFBQVEsWUFBWSxLQUFLLFdBQVcsQ0FBQyxVQUFVLFNBQVMsQ0FBQyxFQUFFO0FBQ3ZFO0FBRUEsSUFBTSxlQUFpQjtBQUFBLEVBQ3JCLEVBQUUsUUFBVSxZQUFXLFdBQVEsQ0FBQyxFQUFFO0FBQUEsRUFDbEMsRUFBRSxPQUFPLENBQUMsUUFBUSxZQUFZLEtBQUssWUFBWSxDQUFDLFFBQVEsQ0FBQyxFQUFFO0FBQzdEO0FBRUEsSUFBTSxpQkFBaUIsQ0FBQyxVQUNwQixZQUFXLFVBQU8sRUFBRSxPQUFPLENBQUMsUUFBUSxJQUFJLEtBQUssMkJBQTJCLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUM7QUFFekcsSUFBTSxpQkFBbUI7QUFBQSxFQUN2QjtBQUFBLElBQ0UsYUFBYSxlQUFlLHNCQUFzQjtBQUFBLElBQ2xELE9BQU8sZUFBZSxnQkFBZ0I7QUFBQSxJQUN0QyxNQUFRO0FBQUEsTUFDSixTQUFRLFVBQU8sRUFBRSxPQUFPLENBQUMsUUFBUSwrQkFBK0IsY0FBYyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRztBQUFBLFFBQy9GLE9BQU8sQ0FBQyxRQUFRLGtEQUFrRCxjQUFjLElBQUksS0FBSyxDQUFDO0FBQUEsTUFDNUYsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQUEsRUFDQSxFQUFFLE9BQU8sQ0FBQyxRQUFRLHdFQUFtRSxjQUFjLElBQUksS0FBSyxDQUFDLEdBQUc7QUFDbEg7QUFFQSxJQUFNLGFBQWUsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLGdDQUFnQyxjQUFjLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDeEcsVUFBTyxDQUFDLFNBQVMsYUFBYSxLQUFLLElBQUksR0FBRztBQUFBLElBQzFDLE9BQU8sQ0FBQyxRQUNOLHFFQUFxRSxLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUM7QUFBQSxFQUVsRyxDQUFDO0FBQ0g7QUFFQSxJQUFNLGVBQWlCO0FBQUEsRUFDckI7QUFBQSxJQUNFLE1BQU07QUFBQSxJQUNOLFNBQVM7QUFBQSxJQUNULFFBQVUsWUFBUyxZQUFZO0FBQUEsSUFDL0IsTUFBUSxZQUFTLFVBQVU7QUFBQSxJQUMzQixVQUFZLFlBQVMsY0FBYztBQUFBLElBQ25DLFVBQVksWUFBUyxjQUFjO0FBQUEsSUFDbkMsT0FBUyxZQUFTLFdBQVc7QUFBQSxJQUM3QixRQUFVLFlBQVMsWUFBWTtBQUFBLElBQy9CLE9BQVMsWUFBUyxTQUFTLFNBQVMsQ0FBQztBQUFBLElBQ3JDLFVBQVksWUFBUyxjQUFjO0FBQUEsSUFDbkMsTUFBUSxZQUFTLFVBQVU7QUFBQSxFQUM3QjtBQUFBLEVBQ0EsRUFBRSxPQUFPLENBQUMsUUFBUSxZQUFZLEtBQUssbUJBQW1CLGFBQWEsRUFBRTtBQUN2RTtBQUVBLFNBQVMsWUFBWSxLQUFZLE1BQWMsU0FBb0M7QUFDakYsTUFBSSxJQUFJLFNBQVMscUJBQXFCO0FBQ3BDLFVBQU0sTUFBTyxJQUEyQixLQUFLLENBQUMsS0FBSztBQUNuRCxXQUFPLGtCQUFrQixHQUFHLFFBQVEsSUFBSSxHQUFHLEtBQUssS0FBSyxPQUFPLENBQUMsb0JBQW9CLFFBQVEsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUNyRztBQUNBLFNBQU8sR0FBRyxJQUFJLDJCQUEyQixjQUFjLElBQUksS0FBSyxDQUFDO0FBQ25FO0FBRUEsU0FBUyxLQUFLLE9BQWUsWUFBdUM7QUFDbEUsUUFBTSxRQUFRLGFBQWEsT0FBTyxVQUFVO0FBQzVDLFNBQU8sVUFBVSxTQUFZLE1BQU0sbUJBQW1CLEtBQUs7QUFDN0Q7QUFvQ08sU0FBUyxZQUFZLE9BQWdCLFVBQXlDO0FBQ25GLFFBQU0sUUFBUSxPQUFPLGFBQWEsV0FBVyxFQUFFLE1BQU0sU0FBUyxJQUFJLEVBQUUsR0FBRyxTQUFTO0FBQ2hGLFFBQU0sYUFBYSxjQUFjLEtBQUssS0FBSyxZQUFZLE1BQU0sSUFBSSxJQUFJLE1BQU0sT0FBTztBQUNsRixRQUFNLE9BQU8sQ0FBQyxRQUFnQixTQUF5QztBQUNyRSxVQUFNLFFBQVEsZ0JBQWdCLElBQUk7QUFDbEMsVUFBTSxJQUFJLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxPQUFPLE9BQU8sVUFBVSxLQUFLLFNBQVksT0FBTyxXQUFXLENBQUM7QUFBQSxFQUN2RztBQUVBLE1BQUksQ0FBQyxjQUFjLEtBQUssR0FBRztBQUN6QixXQUFPLEtBQUssMkVBQXNFLGNBQWMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDOUc7QUFDQSxRQUFNLFNBQVMsYUFBYSxVQUFVLGFBQWEsS0FBSyxDQUFDO0FBQ3pELE1BQUksQ0FBQyxPQUFPLFNBQVM7QUFDbkIsVUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLENBQUM7QUFDbkMsVUFBTSxPQUFPLE1BQU0sS0FBSyxJQUFJLENBQUMsWUFBYSxPQUFPLFlBQVksV0FBVyxPQUFPLE9BQU8sSUFBSSxPQUFRO0FBQ2xHLFFBQUksTUFBTSxTQUFTLG9CQUFxQixNQUFLLEtBQUssTUFBTSxLQUFLLENBQUMsS0FBSyxFQUFFO0FBQ3JFLFdBQU8sS0FBSyxNQUFNLFNBQVMsSUFBSTtBQUFBLEVBQ2pDO0FBQ0EsUUFBTSxPQUFPLE9BQU87QUFDcEIsUUFBTSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBRW5DLFFBQU0sU0FBUyxLQUFLO0FBQ3BCLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLGVBQVcsQ0FBQyxPQUFPLEtBQUssS0FBSyxPQUFPLFFBQVEsR0FBRztBQUM3QyxVQUFJLEtBQUssSUFBSSxLQUFLLEVBQUcsTUFBSyxVQUFVLEtBQUssMkNBQTJDLENBQUMsVUFBVSxLQUFLLENBQUM7QUFDckcsV0FBSyxJQUFJLEtBQUs7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLEtBQUssYUFBYSxRQUFXO0FBQy9CLFVBQU0sVUFBVSxZQUFZLEtBQUssVUFBVSxDQUFDLEdBQUcsQ0FBQztBQUNoRCxRQUFJLFlBQVksUUFBVztBQUN6QixXQUFLLHFGQUFxRixRQUFRLE9BQU8sSUFBSTtBQUFBLFFBQzNHO0FBQUEsUUFDQSxHQUFHLFFBQVE7QUFBQSxNQUNiLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLGFBQVcsS0FBSyxPQUFPLE9BQU8sWUFBWSxJQUFJO0FBQzlDLGNBQVksS0FBSyxRQUFRLE9BQU8sVUFBVTtBQUUxQyxRQUFNQyxVQUF1QixFQUFFLE1BQU0sS0FBSyxNQUFNLFNBQVMsS0FBSyxRQUFRO0FBQ3RFLE1BQUksV0FBVyxPQUFXLENBQUFBLFFBQU8sU0FBUyxDQUFDLEdBQUcsTUFBTTtBQUNwRCxFQUFBQSxRQUFPLE9BQU87QUFDZCxNQUFJLFNBQVMsT0FBUSxDQUFBQSxRQUFPLFdBQVcsS0FBSztBQUFBLE1BQ3ZDLENBQUFBLFFBQU8sV0FBWSxLQUFLLFNBQW1DLElBQUksQ0FBQyxhQUFhLEVBQUUsR0FBRyxRQUFRLEVBQUU7QUFDakcsTUFBSSxLQUFLLFVBQVUsT0FBVyxDQUFBQSxRQUFPLFFBQVEsRUFBRSxHQUFHLEtBQUssTUFBTTtBQUM3RCxNQUFJLEtBQUssV0FBVyxPQUFXLENBQUFBLFFBQU8sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPO0FBQ2hFLE1BQUksS0FBSyxVQUFVLE9BQVcsQ0FBQUEsUUFBTyxRQUFRLEtBQUs7QUFDbEQsTUFBSSxLQUFLLGFBQWEsT0FBVyxDQUFBQSxRQUFPLFdBQVcsRUFBRSxHQUFHLEtBQUssU0FBUztBQUN0RSxNQUFJLEtBQUssU0FBUyxPQUFXLENBQUFBLFFBQU8sT0FBTyxLQUFLO0FBQ2hELFNBQU9BO0FBQ1Q7QUFLQSxTQUFTLGFBQWEsT0FBeUQ7QUFDN0UsTUFBSTtBQUNKLGFBQVcsQ0FBQyxLQUFLLElBQUksS0FBSyxPQUFPLFFBQVEsS0FBSyxHQUFHO0FBQy9DLFFBQUksU0FBUyxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVc7QUFDMUQsWUFBUSxFQUFFLEdBQUcsTUFBTTtBQUNuQixXQUFPLElBQUksR0FBRztBQUFBLEVBQ2hCO0FBQ0EsU0FBTyxPQUFPO0FBQ2hCO0FBRUEsU0FBUyxZQUFZLE1BQW9DLE1BQTZCO0FBQ3BGLFFBQU0sY0FBYyxLQUFLLGFBQWE7QUFDdEMsUUFBTSxjQUFjLEtBQUssYUFBYTtBQUN0QyxNQUFJLE9BQU8sS0FBSztBQUNoQixNQUFJLFNBQVMsUUFBVztBQUN0QixRQUFJLGVBQWUsYUFBYTtBQUM5QjtBQUFBLFFBQ0U7QUFBQSxRQUNBLENBQUMsTUFBTTtBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLGVBQWUsQ0FBQyxhQUFhO0FBQ2hDLFdBQUssOEZBQThGLENBQUMsVUFBVSxDQUFDO0FBQUEsSUFDakg7QUFDQSxXQUFPLGNBQWMsU0FBUztBQUFBLEVBQ2hDO0FBQ0EsTUFBSSxTQUFTLFFBQVE7QUFDbkIsUUFBSSxDQUFDLGFBQWE7QUFDaEI7QUFBQSxRQUNFLGNBQ0ksMEdBQ0E7QUFBQSxRQUNKLENBQUMsY0FBYyxhQUFhLFVBQVU7QUFBQSxNQUN4QztBQUFBLElBQ0Y7QUFDQSxRQUFJO0FBQ0YsV0FBSywyRkFBMkYsQ0FBQyxVQUFVLENBQUM7QUFBQSxFQUNoSCxPQUFPO0FBQ0wsUUFBSSxhQUFhO0FBQ2YsV0FBSyxxR0FBcUc7QUFBQSxRQUN4RztBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0g7QUFDQSxRQUFJLENBQUMsYUFBYTtBQUNoQixXQUFLLDBGQUEwRixDQUFDLFVBQVUsQ0FBQztBQUFBLElBQzdHO0FBQ0EsUUFBSSxLQUFLLFNBQVUsV0FBVyxFQUFHLE1BQUssNENBQTRDLENBQUMsVUFBVSxDQUFDO0FBQUEsRUFDaEc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLHNCQUFzQixPQUF1RTtBQUNwRyxRQUFNLFFBQVE7QUFDZCxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsUUFBTyxFQUFFLFNBQVMsR0FBRyxLQUFLLFNBQVMsY0FBYyxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsRUFBRTtBQUMvRixNQUFJLGlCQUFpQixPQUFPO0FBQzFCLFVBQU0sUUFBUSxPQUFPLEtBQUssS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLFFBQVEsYUFBYTtBQUNwRSxRQUFJLFVBQVUsUUFBVztBQUN2QixhQUFPO0FBQUEsUUFDTCxTQUFTLHdFQUF3RSxLQUFLO0FBQUEsUUFDdEYsTUFBTSxDQUFDLEtBQUs7QUFBQSxNQUNkO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxNQUFNLGdCQUFnQixZQUFZLENBQUMsb0JBQW9CLEtBQUssTUFBTSxXQUFXLEdBQUc7QUFDekYsYUFBTztBQUFBLFFBQ0wsU0FBUyx3RkFBd0YsY0FBYyxNQUFNLFdBQVcsQ0FBQztBQUFBLFFBQ2pJLE1BQU0sQ0FBQyxhQUFhO0FBQUEsTUFDdEI7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssR0FBRztBQUNwQyxRQUFJLFFBQVEsVUFBVSxRQUFRLFdBQVc7QUFDdkMsYUFBTztBQUFBLFFBQ0wsU0FBUyxrQkFBa0IsR0FBRyxpQkFBaUIsS0FBSyxLQUFLLENBQUMsUUFBUSxXQUFXLGFBQWEsQ0FBQyxDQUFDLElBQUksS0FBSztBQUFBLFFBQ3JHLE1BQU0sQ0FBQyxHQUFHO0FBQUEsTUFDWjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFNBQVM7QUFDakIsV0FBTyxFQUFFLFNBQVMsZ0VBQTJELEtBQUssSUFBSSxNQUFNLENBQUMsTUFBTSxFQUFFO0FBQ3ZHLE1BQUksT0FBTyxNQUFNLFNBQVMsWUFBWSxNQUFNLEtBQUssS0FBSyxNQUFNLElBQUk7QUFDOUQsV0FBTztBQUFBLE1BQ0wsU0FBUyx5REFBeUQsY0FBYyxNQUFNLElBQUksQ0FBQztBQUFBLE1BQzNGLE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDZjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sWUFBWTtBQUNwQixXQUFPLEVBQUUsU0FBUyx5REFBeUQsS0FBSyxJQUFJLE1BQU0sQ0FBQyxTQUFTLEVBQUU7QUFDeEcsTUFBSSxPQUFPLE1BQU0sWUFBWSxVQUFVO0FBQ3JDLFdBQU87QUFBQSxNQUNMLFNBQVMseURBQXlELGNBQWMsTUFBTSxPQUFPLENBQUM7QUFBQSxNQUM5RixNQUFNLENBQUMsU0FBUztBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FDUCxPQUNBLE9BQ0EsWUFDQSxNQUNNO0FBQ04sTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxNQUFNLFlBQVksUUFBVztBQUMvQixVQUFNLFVBQVUsWUFBWSxNQUFNLFNBQVMsQ0FBQyxHQUFHLENBQUM7QUFDaEQsUUFBSSxZQUFZLFFBQVc7QUFDekIsV0FBSyx1Q0FBdUMsUUFBUSxPQUFPLElBQUksQ0FBQyxTQUFTLFdBQVcsR0FBRyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3RHO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxXQUFXLFVBQWEsTUFBTSxXQUFXLEtBQU07QUFDekQsUUFBTSxTQUFTLG1CQUFtQixNQUFNLFFBQVEsRUFBRSxHQUFHLE9BQU8sWUFBWSxPQUFPLGVBQWUsQ0FBQztBQUMvRixNQUFJLE1BQU0sWUFBWSxPQUFXO0FBQ2pDLFFBQU0sU0FBUyxPQUFPLFNBQVMsTUFBTSxPQUFPO0FBQzVDLE1BQUksT0FBTyxHQUFJO0FBQ2YsUUFBTSxRQUFRLE9BQU8sT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsU0FBUztBQUM1RCxNQUFJLFVBQVUsT0FBVztBQUN6QixPQUFLLG9EQUFvRCxNQUFNLE9BQU8sSUFBSSxDQUFDLFNBQVMsV0FBVyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9HO0FBRUEsU0FBUyxZQUNQLFFBQ0EsT0FDQSxZQUNNO0FBQ04sUUFBTSxTQUFTLFFBQVE7QUFDdkIsTUFBSSxXQUFXLFVBQWEsV0FBVyxRQUFRLGlCQUFpQixNQUFNLEVBQUc7QUFDekUseUJBQXVCLFFBQVEsRUFBRSxHQUFHLE9BQU8sWUFBWSxPQUFPLGdCQUFnQixDQUFDO0FBQ2pGO0FBR0EsU0FBUyxZQUNQLE9BQ0EsTUFDQUMsUUFDdUQ7QUFDdkQsTUFBSUEsU0FBUSxlQUFnQixRQUFPLEVBQUUsU0FBUyxvQkFBb0IsY0FBYyxnQkFBZ0IsS0FBSztBQUNyRyxNQUFJLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsVUFBVyxRQUFPO0FBQ3RGLE1BQUksT0FBTyxVQUFVO0FBQ25CLFdBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxTQUFZLEVBQUUsU0FBUyxHQUFHLE9BQU8sS0FBSyxDQUFDLHlCQUF5QixLQUFLO0FBQ3ZHLE1BQUksTUFBTSxRQUFRLEtBQUssR0FBRztBQUN4QixhQUFTLFFBQVEsR0FBRyxRQUFRLE1BQU0sUUFBUSxTQUFTO0FBQ2pELFlBQU0sVUFBVSxZQUFZLE1BQU0sS0FBSyxHQUFHLENBQUMsR0FBRyxNQUFNLEtBQUssR0FBR0EsU0FBUSxDQUFDO0FBQ3JFLFVBQUksWUFBWSxPQUFXLFFBQU87QUFBQSxJQUNwQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxPQUFPLFVBQVUsVUFBVTtBQUM3QixVQUFNLFFBQVEsT0FBTyxlQUFlLEtBQUs7QUFDekMsUUFBSSxVQUFVLE9BQU8sYUFBYSxVQUFVLE1BQU07QUFDaEQsYUFBTztBQUFBLFFBQ0wsU0FBUyxXQUFZLE1BQWlCLGFBQWEsUUFBUSxXQUFXO0FBQUEsUUFDdEU7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLGVBQVcsQ0FBQyxLQUFLLElBQUksS0FBSyxPQUFPLFFBQVEsS0FBSyxHQUFHO0FBQy9DLFVBQUksU0FBUyxPQUFXO0FBQ3hCLFlBQU0sVUFBVSxZQUFZLE1BQU0sQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHQSxTQUFRLENBQUM7QUFDM0QsVUFBSSxZQUFZLE9BQVcsUUFBTztBQUFBLElBQ3BDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLEVBQUUsU0FBUyxTQUFTLGNBQWMsS0FBSyxDQUFDLElBQUksS0FBSztBQUMxRDs7O0FFdmNBLE9BQU8sbUJBQW1CO0FBQzFCLE9BQU8sc0JBQXNCO0FBQzdCLE9BQU8saUJBQWlCO0FBQ3hCLE9BQU8seUJBQXlCO0FBQ2hDLE9BQU8sc0JBQXNCO0FBZ0I3QixJQUFNQyxpQkFBZ0I7QUFNZixTQUFTLFVBQVUsTUFBMEI7QUFDbEQsTUFBSSxPQUFPLFNBQVMsU0FBVSxPQUFNLElBQUksWUFBWSx1Q0FBdUMsT0FBTyxJQUFJLEVBQUU7QUFDeEcsUUFBTSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQzNCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQ2hELFFBQU0sV0FBVyxPQUFPLEtBQUssU0FBWSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQzFELFFBQU0sVUFBVSxtQkFBbUIsSUFBSTtBQUN2QyxNQUFJLFlBQVksT0FBVyxPQUFNLElBQUksWUFBWSxHQUFHLE9BQU8sYUFBYSxLQUFLLFVBQVUsSUFBSSxDQUFDLEdBQUc7QUFDL0YsTUFBSSxhQUFhLE9BQVcscUJBQW9CLFVBQVUsSUFBSTtBQUM5RCxTQUFPLEVBQUUsTUFBTSxTQUFTO0FBQzFCO0FBR08sU0FBUyxvQkFBb0IsVUFBa0IsVUFBa0IsVUFBZ0I7QUFDdEYsTUFBSSxTQUFTLFdBQVcsS0FBSyxTQUFTLFNBQVMsT0FBTyxhQUFhLFFBQVEsTUFBTSxRQUFXO0FBQzFGLFVBQU0sSUFBSTtBQUFBLE1BQ1Isb0JBQW9CLEtBQUssVUFBVSxRQUFRLENBQUMsT0FBTyxLQUFLLFVBQVUsT0FBTyxDQUFDO0FBQUEsSUFFNUU7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsVUFBNEM7QUFDdkUsTUFBSSxhQUFhLFNBQVUsUUFBTztBQUNsQyxNQUFJLFlBQVksUUFBUSxNQUFNLFNBQVUsUUFBTztBQUMvQyxNQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBTSxRQUFPO0FBQ2hELE1BQUlBLGVBQWMsS0FBSyxRQUFRLEVBQUcsUUFBTztBQUN6QyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGdCQUFnQixVQUEyQjtBQUN6RCxTQUFPLGFBQWEsUUFBUSxNQUFNO0FBQ3BDO0FBR08sU0FBUyx1QkFBc0QsVUFBNkI7QUFDakcsU0FBTyxDQUFDLEdBQUcsUUFBUSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sY0FBYyxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUM7QUFDekU7QUFZTyxTQUFTLGdCQUF1QyxVQUF3QixVQUFpQztBQUM5RyxRQUFNLE9BQU8sYUFBYSxRQUFRO0FBQ2xDLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU8sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksUUFBUTtBQUFBLElBQ3BELEtBQUssVUFBVTtBQUNiLFVBQUk7QUFDSixpQkFBVyxLQUFLLFVBQVU7QUFDeEIsWUFBSSxpQkFBaUIsRUFBRSxPQUFPLE1BQU0sS0FBTTtBQUMxQyxZQUFJLFNBQVMsVUFBYSxjQUFjLEVBQUUsU0FBUyxLQUFLLE9BQU8sSUFBSSxFQUFHLFFBQU87QUFBQSxNQUMvRTtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxLQUFLLFNBQVM7QUFDWixZQUFNLFNBQVM7QUFBQSxRQUNiLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQUEsUUFDN0I7QUFBQSxNQUNGO0FBQ0EsYUFBTyxXQUFXLE9BQU8sU0FBWSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxNQUFNO0FBQUEsSUFDaEY7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPLFNBQVMsUUFBUSxDQUFDO0FBQUEsSUFDekQ7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR08sU0FBUyxTQUFTLFVBQTBEO0FBQ2pGLFFBQU0sTUFBOEIsQ0FBQztBQUNyQyxhQUFXLEtBQUssU0FBVSxZQUFXLFNBQVMsRUFBRSxPQUFRLEtBQUksS0FBSyxJQUFJLEVBQUU7QUFDdkUsU0FBTztBQUNUOzs7QUMzRU8sSUFBTSxnQkFBTixNQUFvQjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFLekIsU0FBUztBQUFBLEVBRUEsVUFBVSxvQkFBSSxJQUFvQztBQUFBLEVBQzNELE9BQXNCLENBQUM7QUFBQSxFQUNkO0FBQUEsRUFDQSxVQUFVLG9CQUFJLFFBQXFCO0FBQUEsRUFFNUMsWUFBWSxVQUFnQyxDQUFDLEdBQUc7QUFDOUMsU0FBSyxXQUFXLFFBQVE7QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQWdDO0FBQ3BDLFdBQU8sS0FBSyxXQUFXLEtBQUssS0FBSyxTQUFTLEtBQUssS0FBSyxRQUFRLElBQUksSUFBSTtBQUFBLEVBQ3RFO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLEdBQThCLE1BQVMsVUFBOEM7QUFDbkYsVUFBTUMsTUFBSztBQUNYLFNBQUssUUFBUSxJQUFJLE1BQU0sQ0FBQyxHQUFJLEtBQUssUUFBUSxJQUFJLElBQUksS0FBSyxDQUFDLEdBQUlBLEdBQUUsQ0FBQztBQUM5RCxTQUFLLFNBQVM7QUFDZCxRQUFJLGFBQWE7QUFDakIsV0FBTyxNQUFNO0FBQ1gsVUFBSSxDQUFDLFdBQVk7QUFDakIsbUJBQWE7QUFDYixZQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsSUFBSSxJQUFJLEtBQUssQ0FBQyxHQUFHQSxHQUFFO0FBQ3ZELFVBQUksS0FBSyxXQUFXLEVBQUcsTUFBSyxRQUFRLE9BQU8sSUFBSTtBQUFBLFVBQzFDLE1BQUssUUFBUSxJQUFJLE1BQU0sSUFBSTtBQUNoQyxXQUFLLGNBQWM7QUFBQSxJQUNyQjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsUUFBUSxVQUFvRTtBQUMxRSxTQUFLLE9BQU8sQ0FBQyxHQUFHLEtBQUssTUFBTSxRQUFRO0FBQ25DLFNBQUssU0FBUztBQUNkLFFBQUksYUFBYTtBQUNqQixXQUFPLE1BQU07QUFDWCxVQUFJLENBQUMsV0FBWTtBQUNqQixtQkFBYTtBQUNiLFdBQUssT0FBTyxVQUFVLEtBQUssTUFBTSxRQUFRO0FBQ3pDLFdBQUssY0FBYztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxRQUFjO0FBQ1osU0FBSyxRQUFRLE1BQU07QUFDbkIsU0FBSyxPQUFPLENBQUM7QUFDYixTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxLQUFnQyxPQUF5QjtBQUN2RCxRQUFJLENBQUMsS0FBSyxPQUFRO0FBQ2xCLFVBQU1DLFNBQVEsS0FBSyxRQUFRLElBQUksTUFBTSxJQUFJO0FBQ3pDLFFBQUlBLFdBQVUsT0FBVyxZQUFXLFlBQVlBLE9BQU8sTUFBSyxNQUFNLFVBQVUsS0FBSztBQUNqRixlQUFXLFlBQVksS0FBSyxLQUFNLE1BQUssTUFBTSxVQUFVLEtBQUs7QUFBQSxFQUM5RDtBQUFBLEVBRUEsTUFBTSxVQUF1QixPQUEwQjtBQUNyRCxRQUFJO0FBQ0YsWUFBTSxTQUFTLFNBQVMsS0FBSztBQUM3QixVQUFJLFdBQVcsVUFBYSxPQUFRLE9BQXlCLFNBQVMsWUFBWTtBQUNoRixRQUFDLE9BQXlCLEtBQUssUUFBVyxDQUFDLFVBQW1CLEtBQUssUUFBUSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDcEc7QUFBQSxJQUNGLFNBQVMsT0FBTztBQUNkLFdBQUssUUFBUSxVQUFVLE9BQU8sS0FBSztBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUFBLEVBRUEsUUFBUSxVQUF1QixPQUFnQixPQUEwQjtBQUN2RSxRQUFJLEtBQUssYUFBYSxRQUFXO0FBQy9CLFVBQUk7QUFDRixhQUFLLFNBQVMsT0FBTyxLQUFLO0FBQUEsTUFDNUIsUUFBUTtBQUFBLE1BRVI7QUFDQTtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssUUFBUSxJQUFJLFFBQVEsRUFBRztBQUNoQyxTQUFLLFFBQVEsSUFBSSxRQUFRO0FBQ3pCLFlBQVE7QUFBQSxNQUNOLGlCQUFpQixNQUFNLElBQUk7QUFBQSxNQUMzQjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFFQSxnQkFBc0I7QUFDcEIsU0FBSyxTQUFTLEtBQUssS0FBSyxTQUFTLEtBQUssS0FBSyxRQUFRLE9BQU87QUFBQSxFQUM1RDtBQUNGO0FBRUEsU0FBUyxVQUFhLE1BQW9CLE1BQWM7QUFDdEQsUUFBTSxRQUFRLEtBQUssUUFBUSxJQUFJO0FBQy9CLFNBQU8sVUFBVSxLQUFLLENBQUMsR0FBRyxJQUFJLElBQUksQ0FBQyxHQUFHLEtBQUssTUFBTSxHQUFHLEtBQUssR0FBRyxHQUFHLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUN0Rjs7O0FDbklBLFNBQVMsZ0JBQWdCO0FBOENsQixTQUFTLFNBQVMsTUFBYyxtQkFBbUM7QUFDeEUsU0FBTyxHQUFHLElBQUksSUFBSSxpQkFBaUI7QUFDckM7QUFFQSxTQUFTLFVBQVUsS0FBcUI7QUFDdEMsU0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsR0FBRyxDQUFDO0FBQ3RDO0FBR08sSUFBTSxjQUFOLE1BQWtCO0FBQUE7QUFBQSxFQUVkO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUEsVUFBVSxvQkFBSSxJQUF3RjtBQUFBO0FBQUEsRUFFdEcsWUFBWSxvQkFBSSxJQUFtQztBQUFBO0FBQUEsRUFFbkQsYUFBYSxvQkFBSSxJQUEwQjtBQUFBLEVBRXBELFlBQVksU0FBeUMsS0FBbUI7QUFDdEUsU0FBSyxPQUFPO0FBQ1osU0FBSyxVQUFVLFlBQVk7QUFDM0IsU0FBSyxRQUFRLFlBQVksUUFBUSxJQUFJLFFBQVE7QUFDN0MsU0FBSyxhQUFhLFlBQVksUUFBUSxJQUFJLFFBQVE7QUFDbEQsUUFBSSxZQUFZLE9BQU87QUFDckIsV0FBSyxZQUFZLElBQUksU0FBUyxFQUFFLEtBQUssUUFBUSxJQUFJLENBQUM7QUFDbEQsV0FBSyxZQUFZLElBQUksU0FBUyxFQUFFLEtBQUssUUFBUSxJQUFJLENBQUM7QUFBQSxJQUNwRDtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsV0FBVyxLQUFxQztBQUM5QyxXQUFPLEtBQUssV0FBVyxJQUFJLEdBQUc7QUFBQSxFQUNoQztBQUFBO0FBQUEsRUFHQSxVQUFVLE9BQW1CLE9BQTJCO0FBQ3RELFFBQUksTUFBTyxRQUFPO0FBQ2xCLFVBQU0sTUFBTSxLQUFLLEtBQUssSUFBSSxNQUFNO0FBQ2hDLFFBQUksTUFBTSxLQUFLLE1BQU8sUUFBTztBQUM3QixXQUFPLE1BQU0sS0FBSyxRQUFRLEtBQUssYUFBYSxVQUFVO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsY0FBYyxLQUFhLE9BQXlCO0FBQ2xELFNBQUssV0FBVyxJQUFJLEtBQUssS0FBSztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLGlCQUFpQixLQUFhLE9BQTBCO0FBQ3RELFFBQUksVUFBVSxVQUFhLEtBQUssV0FBVyxJQUFJLEdBQUcsTUFBTSxNQUFPLE1BQUssV0FBVyxPQUFPLEdBQUc7QUFBQSxFQUMzRjtBQUFBO0FBQUEsRUFHQSxjQUFjLEtBQXdDO0FBQ3BELFdBQU8sS0FBSyxXQUFXLElBQUksR0FBRztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLFlBQVksS0FBYSxPQUE0QjtBQUNuRCxTQUFLLFdBQVcsSUFBSSxLQUFLLEtBQUs7QUFBQSxFQUNoQztBQUFBO0FBQUEsRUFHQSxJQUFJLE9BQStDO0FBQ2pELFdBQU8sRUFBRSxVQUFVLEtBQUssV0FBVyxRQUFRLEdBQUcsVUFBVSxLQUFLLFdBQVcsUUFBUSxFQUFFO0FBQUEsRUFDcEY7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsTUFDRSxTQUNBLEtBQ0EsTUFDQSxPQUMwQztBQUMxQyxVQUFNLFdBQVcsUUFBUSxJQUFJLEdBQUc7QUFDaEMsUUFBSSxhQUFhLE9BQVcsUUFBTyxFQUFFLFNBQVMsU0FBUyxTQUFTLFFBQVEsS0FBSztBQUM3RSxVQUFNLFNBQW9CLEVBQUUsTUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRLFFBQVEsTUFBYyxFQUFFO0FBQzdGLFlBQVEsSUFBSSxLQUFLLE1BQU07QUFDdkIsV0FBTyxVQUFVLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTTtBQUMzQyxVQUFJLFFBQVEsSUFBSSxHQUFHLE1BQU0sT0FBUSxTQUFRLE9BQU8sR0FBRztBQUFBLElBQ3JELENBQUM7QUFDRCxXQUFPLEVBQUUsU0FBUyxPQUFPLFNBQVMsUUFBUSxNQUFNO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR0EsS0FBUSxTQUFpQyxLQUFhLFFBQXlCO0FBQzdFLFFBQUksUUFBUSxJQUFJLEdBQUcsTUFBTSxPQUFRLFNBQVEsT0FBTyxHQUFHO0FBQUEsRUFDckQ7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPQSxXQUFXLE1BQXFCO0FBQzlCLFVBQU0sVUFBVSxDQUFDLFFBQXlCLFNBQVMsVUFBYSxVQUFVLEdBQUcsTUFBTTtBQUNuRixRQUFJLEtBQUssY0FBYyxRQUFXO0FBQ2hDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssQ0FBQyxHQUFHLEtBQUssVUFBVSxRQUFRLENBQUMsR0FBRztBQUN4RCxZQUFJLFFBQVEsR0FBRyxFQUFHLE1BQUssVUFBVSxPQUFPLEdBQUc7QUFBQSxpQkFDbEMsU0FBUyxVQUFhLE1BQU0sVUFBVSxLQUFLLElBQUksSUFBSSxHQUFHO0FBQzdELGdCQUFNLFdBQVc7QUFDakIsZ0JBQU0sU0FBUztBQUFBLFFBQ2pCO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssY0FBYyxRQUFXO0FBQ2hDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssQ0FBQyxHQUFHLEtBQUssVUFBVSxRQUFRLENBQUMsR0FBRztBQUN4RCxZQUFJLFFBQVEsR0FBRyxLQUFNLFNBQVMsVUFBYSxNQUFNLEtBQUssSUFBSSxJQUFJLEVBQUksTUFBSyxVQUFVLE9BQU8sR0FBRztBQUFBLE1BQzdGO0FBQUEsSUFDRjtBQUNBLGVBQVcsV0FBVyxDQUFDLEtBQUssU0FBUyxLQUFLLFdBQVcsS0FBSyxVQUFVLEdBQTBDO0FBQzVHLGlCQUFXLENBQUMsS0FBSyxNQUFNLEtBQUssQ0FBQyxHQUFHLE9BQU8sR0FBRztBQUN4QyxZQUFJLFNBQVMsVUFBYSxPQUFPLFNBQVMsTUFBTTtBQUM5QyxpQkFBTyxZQUFZO0FBQ25CLGtCQUFRLE9BQU8sR0FBRztBQUFBLFFBQ3BCO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7OztBQzNLTyxTQUFTLFlBQVksTUFBb0IsZUFBZSxHQUFHLFlBQVksS0FBcUI7QUFDakcsTUFBSSxTQUFTO0FBQ2IsTUFBSSxTQUFTO0FBQ2IsUUFBTSxRQUFRLE1BQVk7QUFDeEIsYUFBUztBQUFBLEVBQ1g7QUFDQSxTQUFPLE1BQU07QUFDWCxRQUFJLFdBQVcsS0FBSyxXQUFXLEVBQUcsUUFBTztBQUN6QyxhQUFTLEtBQUs7QUFDZCxhQUFTO0FBQ1QsVUFBTSxTQUFTLFdBQVcsT0FBTyxZQUFZO0FBQzdDLFFBQUksT0FBTyxXQUFXLFlBQVksV0FBVyxRQUFRLE9BQU8sT0FBTyxVQUFVLFdBQVksUUFBTyxNQUFNO0FBQ3RHLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ2xCTyxJQUFNLG1CQUFtQjtBQVV6QixTQUFTLGVBQWUsTUFBYyxVQUF3QztBQUNuRixNQUFJLE9BQU8sYUFBYSxTQUFVLFFBQU8sRUFBRSxNQUFNLFNBQVMsa0JBQWtCLE1BQU0sUUFBUSxVQUFVLFNBQVM7QUFDN0csTUFBSSxPQUFPLGFBQWEsWUFBWSxhQUFhLFFBQVEsTUFBTSxRQUFRLFFBQVEsR0FBRztBQUNoRixVQUFNLElBQUksWUFBWSxxREFBcUQsT0FBTyxRQUFRLElBQUk7QUFBQSxNQUM1RixRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU1DLFVBQVMsWUFBWSxVQUFVLGdCQUFnQixJQUFJLEdBQUc7QUFDNUQsTUFBSUEsUUFBTyxTQUFTLE1BQU07QUFDeEIsVUFBTSxJQUFJO0FBQUEsTUFDUixtQkFBbUJBLFFBQU8sSUFBSSxVQUFVLElBQUk7QUFBQSxNQUM1QyxFQUFFLFFBQVEsV0FBVztBQUFBLElBQ3ZCO0FBQUEsRUFDRjtBQUNBLFNBQU9BO0FBQ1Q7OztBQ2pCTyxTQUFTLGNBQWMsT0FBd0I7QUFDcEQsU0FBTyxNQUFNLE9BQU8sb0JBQUksSUFBSSxDQUFDLEtBQUs7QUFDcEM7QUFFQSxTQUFTLE1BQU0sT0FBZ0IsV0FBNEM7QUFDekUsTUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsT0FBUSxNQUErQixXQUFXLFlBQVk7QUFDL0csWUFBUyxNQUFnQyxPQUFPO0FBQUEsRUFDbEQ7QUFDQSxVQUFRLE9BQU8sT0FBTztBQUFBLElBQ3BCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEtBQUssVUFBVSxLQUFLO0FBQUEsSUFDN0IsS0FBSztBQUNILFlBQU0sSUFBSSxVQUFVLHNEQUFzRDtBQUFBLElBQzVFLEtBQUssVUFBVTtBQUNiLFVBQUksVUFBVSxLQUFNLFFBQU87QUFDM0IsVUFBSSxVQUFVLElBQUksS0FBSyxFQUFHLE9BQU0sSUFBSSxVQUFVLHdEQUF3RDtBQUN0RyxnQkFBVSxJQUFJLEtBQUs7QUFDbkIsVUFBSTtBQUNKLFVBQUksTUFBTSxRQUFRLEtBQUssR0FBRztBQUN4QixjQUFNLElBQUksTUFBTSxJQUFJLENBQUMsU0FBUyxNQUFNLE1BQU0sU0FBUyxLQUFLLE1BQU0sRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUFBLE1BQzNFLE9BQU87QUFDTCxjQUFNQyxVQUFTO0FBQ2YsY0FBTSxRQUFrQixDQUFDO0FBQ3pCLG1CQUFXLE9BQU8sT0FBTyxLQUFLQSxPQUFNLEVBQUUsS0FBSyxHQUFHO0FBQzVDLGdCQUFNLE9BQU8sTUFBTUEsUUFBTyxHQUFHLEdBQUcsU0FBUztBQUN6QyxjQUFJLFNBQVMsT0FBVyxPQUFNLEtBQUssR0FBRyxLQUFLLFVBQVUsR0FBRyxDQUFDLElBQUksSUFBSSxFQUFFO0FBQUEsUUFDckU7QUFDQSxjQUFNLElBQUksTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUFBLE1BQzNCO0FBQ0EsZ0JBQVUsT0FBTyxLQUFLO0FBQ3RCLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQTtBQUVFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFRTyxTQUFTLGNBQWNBLFNBQStDO0FBQzNFLFFBQU0sRUFBRSxRQUFRLFNBQVMsTUFBTSxPQUFPLEdBQUcsUUFBUSxJQUFJQTtBQUNyRCxRQUFNLE1BQStCO0FBQ3JDLE1BQUlBLFFBQU8sVUFBVSxVQUFhLGlCQUFpQkEsUUFBTyxNQUFNLE1BQU0sR0FBRztBQUN2RSxRQUFJLFFBQVEsRUFBRSxHQUFHQSxRQUFPLE9BQU8sUUFBUSxjQUFjQSxRQUFPLE1BQU0sTUFBTSxFQUFFO0FBQUEsRUFDNUU7QUFDQSxNQUFJQSxRQUFPLFdBQVcsVUFBYSxpQkFBaUJBLFFBQU8sT0FBTyxNQUFNLEdBQUc7QUFDekUsUUFBSSxTQUFTLEVBQUUsR0FBR0EsUUFBTyxRQUFRLFFBQVEsY0FBY0EsUUFBTyxPQUFPLE1BQU0sRUFBRTtBQUFBLEVBQy9FO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxjQUFjLFFBQW1FO0FBQ3hGLFNBQU8sMkJBQTJCLE1BQU0sS0FBSyxFQUFFLGFBQWEsT0FBTyxXQUFXLEVBQUUsT0FBTztBQUN6RjtBQVdBLGVBQXNCLFlBQVlBLFNBQXVDO0FBQ3ZFLFFBQU0sU0FBUyxXQUFXLFFBQVE7QUFDbEMsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLElBQUksWUFBWSxFQUFFLE9BQU8sY0FBYyxjQUFjQSxPQUFNLENBQUMsQ0FBQztBQUMzRSxRQUFNLFNBQVMsSUFBSSxXQUFXLE1BQU0sT0FBTyxPQUFPLFdBQVcsS0FBSyxDQUFDO0FBQ25FLE1BQUksTUFBTTtBQUNWLGFBQVcsUUFBUSxPQUFRLFFBQU8sS0FBSyxTQUFTLEVBQUUsRUFBRSxTQUFTLEdBQUcsR0FBRztBQUNuRSxTQUFPLFVBQVUsR0FBRztBQUN0QjtBQVFBLGVBQXNCLGlCQUFpQkEsU0FBdUM7QUFDNUUsUUFBTSxTQUFTLE1BQU0sWUFBWUEsT0FBTTtBQUN2QyxNQUFJQSxRQUFPLFNBQVMsVUFBYUEsUUFBTyxTQUFTLFFBQVE7QUFDdkQsVUFBTSxJQUFJLGVBQWVBLFFBQU8sTUFBTUEsUUFBTyxTQUFTLEVBQUUsVUFBVUEsUUFBTyxNQUFNLFFBQVEsUUFBUSxrQkFBa0IsQ0FBQztBQUFBLEVBQ3BIO0FBQ0EsU0FBTztBQUNUOzs7QUM1RkEsZUFBc0IsZUFDcEIsT0FDQSxNQUNBLFVBQ21DO0FBQ25DLFFBQU0sV0FBVyxNQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzlDLFFBQU0sU0FBUyxnQkFBZ0IsVUFBVSxRQUFRO0FBQ2pELFNBQU8sV0FBVyxTQUFZLFNBQVksTUFBTSxXQUFXLE1BQU0sT0FBTyxPQUFPO0FBQ2pGO0FBTU8sU0FBU0MsY0FBYSxHQUFXLEdBQVcsUUFBUSxPQUFPLG1CQUEyQjtBQUMzRixNQUFJLE1BQU0sRUFBRyxRQUFPO0FBQ3BCLE1BQUksS0FBSyxJQUFJLEVBQUUsU0FBUyxFQUFFLE1BQU0sSUFBSSxNQUFPLFFBQU8sUUFBUTtBQUMxRCxNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUM3QixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUM3QixNQUFJLFdBQVcsTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxHQUFHLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDL0QsV0FBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxVQUFNLFVBQVUsQ0FBQyxDQUFDO0FBQ2xCLFFBQUksU0FBUztBQUNiLGFBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsWUFBTSxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxJQUFJO0FBQ3pDLFlBQU0sUUFBUSxLQUFLLEtBQUssU0FBUyxDQUFDLEtBQUssS0FBSyxJQUFJLFFBQVEsSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJLFNBQVMsSUFBSSxDQUFDLEtBQUssS0FBSyxJQUFJO0FBQ3ZHLGNBQVEsS0FBSyxLQUFLO0FBQ2xCLFVBQUksUUFBUSxPQUFRLFVBQVM7QUFBQSxJQUMvQjtBQUNBLFFBQUksU0FBUyxNQUFPLFFBQU8sUUFBUTtBQUNuQyxlQUFXO0FBQUEsRUFDYjtBQUNBLFNBQU8sU0FBUyxFQUFFLE1BQU0sS0FBSztBQUMvQjtBQTBCTyxTQUFTLGFBQWEsTUFBYyxZQUE4QixVQUErQixDQUFDLEdBQWE7QUFDcEgsUUFBTSxNQUFNLFFBQVEsT0FBTztBQUMzQixRQUFNLFFBQVEsUUFBUSxvQkFBb0I7QUFDMUMsUUFBTSxjQUFjLEtBQUssTUFBTSxLQUFLLFlBQVksR0FBRyxJQUFJLENBQUM7QUFDeEQsUUFBTSxTQUFzRCxDQUFDO0FBQzdELGFBQVcsYUFBYSxZQUFZO0FBQ2xDLFFBQUksY0FBYyxLQUFNO0FBQ3hCLFVBQU0sUUFBUSxLQUFLLElBQUksR0FBRyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUssUUFBUSxVQUFVLE1BQU0sSUFBSSxLQUFLLENBQUM7QUFDckYsVUFBTSxXQUFXQSxjQUFhLE1BQU0sV0FBVyxLQUFLO0FBQ3BELFFBQUksWUFBWSxPQUFPO0FBQ3JCLGFBQU8sS0FBSyxFQUFFLFdBQVcsT0FBTyxTQUFTLENBQUM7QUFBQSxJQUM1QyxXQUFXLGNBQWMsZUFBZSxVQUFVLFNBQVMsSUFBSSxXQUFXLEVBQUUsR0FBRztBQUM3RSxhQUFPLEtBQUssRUFBRSxXQUFXLE9BQU8sUUFBUSxFQUFFLENBQUM7QUFBQSxJQUM3QztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLFVBQVUsY0FBYyxFQUFFLFNBQVMsQ0FBQztBQUNqRixTQUFPLE9BQU8sTUFBTSxHQUFHLEdBQUcsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVM7QUFDcEQ7QUFPTyxTQUFTLGlCQUFpQixNQUFlLFdBQTJDO0FBQ3pGLFFBQU0sVUFBVSxtQkFBbUIsSUFBSTtBQUN2QyxNQUFJLFlBQVksUUFBVztBQUN6QixVQUFNLElBQUksa0JBQWtCLEdBQUcsT0FBTyxrQkFBa0IsU0FBUyw2QkFBNkI7QUFBQSxNQUM1RixPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBTU8sU0FBUyxnQkFBZ0IsT0FBZ0IsV0FBNEM7QUFDMUYsTUFBSSxPQUFPLFVBQVUsWUFBWSxhQUFhLEtBQUssTUFBTSxTQUFTO0FBQ2hFLFVBQU0sUUFBUSxPQUFPLFVBQVUsV0FBVyxLQUFLLFVBQVUsS0FBSyxJQUFJLE9BQU87QUFDekUsVUFBTSxXQUFXLFVBQVUsV0FBVyxpRUFBaUU7QUFDdkcsVUFBTSxJQUFJO0FBQUEsTUFDUixpQkFBaUIsS0FBSyxHQUFHLFFBQVE7QUFBQSxNQUNqQyxFQUFFLE9BQU8sV0FBVyxRQUFRLElBQUk7QUFBQSxJQUNsQztBQUFBLEVBQ0Y7QUFDRjtBQW9CQSxTQUFTLGNBQWMsT0FBa0Q7QUFDdkUsTUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLEtBQU0sUUFBTztBQUN4RCxRQUFNLFFBQVEsT0FBTyxlQUFlLEtBQUs7QUFDekMsU0FBTyxVQUFVLE9BQU8sYUFBYSxVQUFVO0FBQ2pEO0FBTU8sU0FBUyxjQUFpQixPQUFhO0FBQzVDLE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPLE1BQU0sSUFBSSxDQUFDLFNBQVMsY0FBYyxJQUFJLENBQUM7QUFDeEUsTUFBSSxjQUFjLEtBQUssR0FBRztBQUN4QixVQUFNLE1BQStCLENBQUM7QUFDdEMsZUFBVyxPQUFPLE9BQU8sS0FBSyxLQUFLLEVBQUcsS0FBSSxHQUFHLElBQUksY0FBYyxNQUFNLEdBQUcsQ0FBQztBQUN6RSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsV0FBYyxPQUFhO0FBQ3pDLE1BQUksTUFBTSxRQUFRLEtBQUssS0FBSyxjQUFjLEtBQUssR0FBRztBQUNoRCxRQUFJLE9BQU8sU0FBUyxLQUFLLEVBQUcsUUFBTztBQUNuQyxXQUFPLE9BQU8sS0FBSztBQUNuQixlQUFXLFFBQVEsT0FBTyxPQUFPLEtBQWUsRUFBRyxZQUFXLElBQUk7QUFBQSxFQUNwRTtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMsYUFBYUMsU0FBc0IsUUFBMkIsTUFBNEI7QUFDeEcsUUFBTSxFQUFFLFFBQVEsU0FBUyxNQUFNLE9BQU8sR0FBRyxRQUFRLElBQUlBO0FBQ3JELFNBQU8sV0FBVyxFQUFFLEdBQUcsY0FBYyxPQUFPLEdBQUcsUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssR0FBRyxLQUFLLENBQUM7QUFDbkY7OztBQzFLQSxlQUFzQixZQUFZLE9BQW9CLE1BQWMsVUFBeUM7QUFDM0csTUFBSUM7QUFDSixNQUFJO0FBQ0osTUFBSTtBQUNGLFFBQUksZ0JBQWdCLFFBQVEsR0FBRztBQUM3QixNQUFBQSxVQUFTLE1BQU0sTUFBTSxXQUFXLE1BQU0sUUFBUTtBQUFBLElBQ2hELFdBQVcsT0FBTyxNQUFNLFlBQVksWUFBWTtBQUM5QyxNQUFBQSxVQUFTLE1BQU0sTUFBTSxRQUFRLE1BQU0sUUFBUTtBQUFBLElBQzdDLE9BQU87QUFDTCxpQkFBVyxNQUFNLE1BQU0sYUFBYSxJQUFJO0FBQ3hDLFlBQU0sU0FBUyxnQkFBZ0IsVUFBVSxRQUFRO0FBQ2pELFVBQUksV0FBVyxPQUFXLENBQUFBLFVBQVMsTUFBTSxNQUFNLFdBQVcsTUFBTSxPQUFPLE9BQU87QUFBQSxJQUNoRjtBQUFBLEVBQ0YsU0FBUyxPQUFPO0FBQ2QsVUFBTSxhQUFhLE9BQU8sT0FBTyxZQUFZLElBQUksSUFBSSxRQUFRLEdBQUc7QUFBQSxFQUNsRTtBQUNBLE1BQUlBLFlBQVcsT0FBVyxPQUFNLE1BQU0sY0FBYyxPQUFPLE1BQU0sVUFBVSxRQUFRO0FBQ25GLFNBQU8sWUFBWSxPQUFPLE1BQU0sVUFBVUEsT0FBTTtBQUNsRDtBQUdPLFNBQVMsV0FBVyxPQUFxRTtBQUM5RixTQUFPLGlCQUFpQix1QkFBdUIsaUJBQWlCO0FBQ2xFO0FBTUEsZUFBc0IsY0FDcEIsT0FDQSxNQUNBLFVBQ0EsT0FDcUQ7QUFDckQsTUFBSSxXQUFXO0FBQ2YsTUFBSSxhQUFhLFFBQVc7QUFDMUIsUUFBSTtBQUNGLGlCQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFBQSxJQUMxQyxTQUFTLE9BQU87QUFDZCxZQUFNLGFBQWEsT0FBTyxPQUFPLDRCQUE0QixJQUFJLEdBQUc7QUFBQSxJQUN0RTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFNBQVMsU0FBUyxHQUFHO0FBQ3ZCLFVBQU0sU0FBUyx1QkFBdUIsUUFBUTtBQUM5QyxXQUFPLElBQUkscUJBQXFCLE1BQU0sVUFBVTtBQUFBLE1BQzlDLFVBQVUsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU87QUFBQSxNQUNyQyxRQUFRLFNBQVMsTUFBTTtBQUFBLElBQ3pCLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxjQUF3QixDQUFDO0FBQzdCLE1BQUksT0FBTyxNQUFNLFNBQVMsWUFBWTtBQUNwQyxRQUFJO0FBQ0Ysb0JBQWMsYUFBYSxNQUFNLE1BQU0sTUFBTSxLQUFLLENBQUM7QUFBQSxJQUNyRCxRQUFRO0FBQUEsSUFFUjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLElBQUksb0JBQW9CLE1BQU0sRUFBRSxhQUFhLE9BQU8sTUFBTSxLQUFLLENBQUM7QUFDekU7QUFNTyxTQUFTLGFBQWEsT0FBZ0IsT0FBb0IsT0FBc0I7QUFDckYsTUFBSSxpQkFBaUIsS0FBSyxFQUFHLFFBQU87QUFDcEMsUUFBTSxTQUFTLGlCQUFpQixRQUFRLEdBQUcsTUFBTSxJQUFJLEtBQUssTUFBTSxPQUFPLEtBQUssT0FBTyxLQUFLO0FBQ3hGLFNBQU8sSUFBSTtBQUFBLElBQ1QsT0FBTyxNQUFNLElBQUksdUJBQXVCLEtBQUssS0FBSyxNQUFNO0FBQUEsSUFDeEQsRUFBRSxPQUFPLE1BQU0sS0FBSztBQUFBLElBQ3BCLEVBQUUsT0FBTyxNQUFNO0FBQUEsRUFDakI7QUFDRjtBQVFBLGVBQXNCLGVBQWVBLFNBQXNCQyxhQUFzQztBQUMvRixRQUFNLE9BQU9ELFFBQU8sU0FBUyxTQUFZLE1BQU0sWUFBWUEsT0FBTSxJQUFJLE1BQU0saUJBQWlCQSxPQUFNO0FBQ2xHLE1BQUlDLGdCQUFlLFVBQWEsU0FBU0EsYUFBWTtBQUNuRCxVQUFNLElBQUksZUFBZUQsUUFBTyxNQUFNQSxRQUFPLFNBQVM7QUFBQSxNQUNwRCxVQUFVQztBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsUUFBUTtBQUFBLElBQ1YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQVksT0FBb0IsTUFBYyxVQUFrQixRQUFvQztBQUMzRyxRQUFNRCxVQUFTLFlBQVksUUFBUSxHQUFHLE1BQU0sSUFBSSxXQUFXLElBQUksSUFBSSxRQUFRLEVBQUU7QUFDN0UsTUFBSUEsUUFBTyxTQUFTLFFBQVMsZ0JBQWdCLFFBQVEsS0FBS0EsUUFBTyxZQUFZLFVBQVc7QUFDdEYsVUFBTSxJQUFJO0FBQUEsTUFDUixPQUFPLE1BQU0sSUFBSSxvQkFBb0JBLFFBQU8sSUFBSSxJQUFJQSxRQUFPLE9BQU8scUJBQXFCLElBQUksSUFBSSxRQUFRO0FBQUEsTUFFdkcsRUFBRSxPQUFPLE1BQU0sS0FBSztBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUNBLFNBQU9BO0FBQ1Q7OztBQ2hIQSxZQUFZRSxRQUFPOzs7QUNBbkIsSUFBTSxrQkFBa0I7QUFlakIsU0FBUyxnQkFBbUIsUUFBMEIsT0FBZ0IsU0FBK0I7QUFDMUcsUUFBTSxTQUFTLE9BQU8sVUFBVSxPQUFPLEVBQUUsYUFBYSxLQUFLLENBQUM7QUFDNUQsTUFBSSxPQUFPLFFBQVMsUUFBTyxPQUFPO0FBQ2xDLFFBQU0sb0JBQW9CLE9BQU8sTUFBTSxRQUFRLE9BQU87QUFDeEQ7QUFHTyxTQUFTLG9CQUFvQixRQUEwQixTQUF5QztBQUNyRyxRQUFNLE9BQU8sUUFBUSxRQUFRLENBQUMsQ0FBQztBQUMvQixRQUFNLFlBQVksS0FBSyxJQUFJLENBQUMsTUFBTUMsVUFBUyxFQUFFLE9BQU8sRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUNwRSxRQUFNLFFBQVEsVUFBVSxDQUFDLEtBQUssRUFBRSxRQUFRLFFBQVEsUUFBUSxhQUFhLE1BQU0sYUFBYTtBQUN4RixRQUFNLE9BQU8sVUFBVSxNQUFNLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxhQUFhLEVBQUUsTUFBTSxNQUFNLEVBQUUsSUFBSSxFQUFFO0FBQzlFLFNBQU8sSUFBSSxZQUFZLEdBQUcsTUFBTSxJQUFJLEdBQUcsS0FBSyxLQUFLLEVBQUUsQ0FBQyxJQUFJLEVBQUUsUUFBUSxNQUFNLFFBQVEsTUFBTSxRQUFRLEtBQUssQ0FBQztBQUN0RztBQVFBLFNBQVMsUUFBUSxRQUEwQixRQUFvQztBQUM3RSxRQUFNLE1BQW1CLENBQUM7QUFDMUIsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxPQUFPLENBQUMsR0FBRyxRQUFRLEdBQUcsTUFBTSxJQUFJO0FBQ3RDLFFBQUksTUFBTSxTQUFTLG1CQUFtQixNQUFNLE9BQU8sU0FBUyxHQUFHO0FBQzdELFlBQU0sT0FBTyxDQUFDLEdBQUcsTUFBTSxNQUFNLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsS0FBSyxDQUFDO0FBQzFFLFVBQUksTUFBTSxJQUFJLElBQUksR0FBRztBQUNuQixZQUFJLEtBQUssR0FBRyxRQUFRLE1BQU0sSUFBSSxDQUFDO0FBQy9CO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQzFCO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLFFBQWtDO0FBQy9DLE1BQUksTUFBTTtBQUNWLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sSUFBSSxNQUFNLEtBQUssVUFBVSxNQUFNLFNBQVMsc0JBQXNCLElBQUk7QUFDeEUsUUFBSSxJQUFJLElBQUssT0FBTTtBQUFBLEVBQ3JCO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxTQUFTLE1BQTBCLE1BQXNDO0FBQ2hGLE1BQUksTUFBTSxRQUFRO0FBQ2xCLGFBQVcsT0FBTyxNQUFNO0FBQ3RCLFVBQU0sT0FBTyxPQUFPLEdBQUc7QUFDdkIsUUFBSSxPQUFPLFFBQVEsU0FBVSxRQUFPLElBQUksSUFBSTtBQUFBLGFBQ25DLHFCQUFxQixLQUFLLElBQUksRUFBRyxRQUFPLFFBQVEsS0FBSyxPQUFPLElBQUksSUFBSTtBQUFBLFFBQ3hFLFFBQU8sSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQUEsRUFDdEM7QUFDQSxTQUFPLFFBQVEsS0FBSyxjQUFjO0FBQ3BDO0FBRUEsU0FBU0EsVUFBUyxPQUFjLE1BQXFCLFNBQThEO0FBQ2pILFFBQU0sU0FBUyxTQUFTLFFBQVEsTUFBTSxJQUFJO0FBQzFDLFFBQU1DLFFBQU8sUUFBUSxRQUFRLFVBQVUsUUFBUSxRQUFRLElBQUksQ0FBQyxLQUFLLFFBQVEsUUFBUSxZQUFZLElBQUksQ0FBQztBQUNsRyxRQUFNLFNBQVNBLFFBQU8sS0FBS0EsS0FBSSxLQUFLO0FBQ3BDLE1BQUksTUFBTSxTQUFTLGlCQUFpQixNQUFNLE9BQU8sU0FBUyxHQUFHO0FBQzNELFVBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQztBQUM1QixVQUFNLFVBQVUsT0FBTyxXQUFXLE1BQU0sWUFBWSxrQkFBa0IsTUFBTSxVQUFVO0FBQ3RGLFdBQU8sRUFBRSxRQUFRLE1BQU0sR0FBRyxPQUFPLEdBQUcsTUFBTSxHQUFHO0FBQUEsRUFDL0M7QUFDQSxNQUFJLE1BQU0sU0FBUyx1QkFBdUIsTUFBTSxXQUFXLE1BQU0sWUFBWSxpQkFBaUI7QUFDNUYsV0FBTyxFQUFFLFFBQVEsTUFBTSxHQUFHLE1BQU0sT0FBTyxHQUFHLE1BQU0sR0FBRztBQUFBLEVBQ3JEO0FBQ0EsVUFBUSxNQUFNLE1BQU07QUFBQSxJQUNsQixLQUFLLHFCQUFxQjtBQUN4QixZQUFNLFFBQVEsUUFBUSxZQUFZLEtBQUssSUFBSSxNQUFNLEVBQUUsS0FBSyxHQUFHLENBQUMsS0FBSyxDQUFDO0FBQ2xFLFlBQU0sUUFBUSxNQUFNLEtBQUssSUFBSSxDQUFDLFFBQVE7QUFDcEMsY0FBTSxRQUFRLGFBQWEsSUFBSSxZQUFZLEdBQUcsT0FBTyxFQUFFLEtBQUssR0FBRyxrQkFBa0IsSUFBSSxDQUFDO0FBQ3RGLGVBQU8sTUFBTSxDQUFDLElBQUksSUFBSSxHQUFHLG9CQUFvQixNQUFNLENBQUMsQ0FBQyxRQUFRLElBQUksR0FBRztBQUFBLE1BQ3RFLENBQUM7QUFDRCxZQUFNLE9BQU8sTUFBTSxTQUFTLElBQUksbUJBQW1CLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTTtBQUN6RSxhQUFPO0FBQUEsUUFDTCxRQUFRLFNBQVMsUUFBUSxNQUFNLENBQUMsR0FBRyxNQUFNLE1BQU0sS0FBSyxDQUFDLEtBQUssRUFBRSxDQUFDO0FBQUEsUUFDN0QsTUFBTSxpQkFBaUIsTUFBTSxLQUFLLFNBQVMsSUFBSSxNQUFNLEVBQUUsSUFBSSxNQUFNLEtBQUssSUFBSSxDQUFDLG1DQUFtQyxJQUFJO0FBQUEsTUFDcEg7QUFBQSxJQUNGO0FBQUEsSUFDQSxLQUFLLGdCQUFnQjtBQUNuQixZQUFNLE1BQU0sV0FBVyxRQUFRLFNBQVMsTUFBTSxLQUFLLElBQUk7QUFDdkQsWUFBTSxPQUFPLE1BQU0sVUFBVSxTQUFZLGdCQUFnQixXQUFXLFFBQVEsTUFBTSxRQUFRLENBQUMsU0FBUyxHQUFHO0FBQ3ZHLGFBQU8sRUFBRSxRQUFRLE1BQU0sR0FBRyxJQUFJLEdBQUcsTUFBTSxHQUFHO0FBQUEsSUFDNUM7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPO0FBQUEsUUFDTDtBQUFBLFFBQ0EsTUFBTSxXQUFXLE1BQU0sY0FBYyxRQUFRLGlCQUFpQixVQUFVLElBQUksT0FBTyxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU07QUFBQSxNQUM1RztBQUFBLElBQ0YsS0FBSztBQUNILGFBQU87QUFBQSxRQUNMO0FBQUEsUUFDQSxNQUFNLFdBQVcsTUFBTSxjQUFjLFFBQVEsY0FBYyxTQUFTLElBQUksT0FBTyxNQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU07QUFBQSxNQUN4RztBQUFBLElBQ0YsS0FBSztBQUNILGFBQU8sRUFBRSxRQUFRLE1BQU0sa0JBQWtCLE1BQU0sT0FBTyxJQUFJLENBQUMsTUFBTSxLQUFLLFVBQVUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUM1RyxLQUFLO0FBQ0gsYUFBTyxFQUFFLFFBQVEsTUFBTSxtQkFBbUIsTUFBTSxNQUFNLEdBQUcsTUFBTSxHQUFHO0FBQUEsSUFDcEU7QUFDRSxhQUFPLEVBQUUsUUFBUSxNQUFNLGFBQWEsTUFBTSxHQUFHO0FBQUEsRUFDakQ7QUFDRjtBQUVBLFNBQVMsVUFBVSxRQUFnQixNQUFrQztBQUNuRSxNQUFJLFNBQVMsVUFBYSxTQUFTLEdBQUksUUFBTztBQUM5QyxTQUFPLE9BQU8sV0FBVyxHQUFHLElBQUksR0FBRyxJQUFJLE9BQU8sTUFBTSxLQUFLLFNBQVMsQ0FBQyxJQUFJO0FBQ3pFO0FBR0EsU0FBUyxZQUFZLE1BQXNDO0FBQ3pELFNBQU8sS0FBSyxJQUFJLENBQUMsS0FBSyxNQUFPLE1BQU0sS0FBSyxTQUFTLEtBQUssSUFBSSxJQUFJLE1BQU0sT0FBTyxHQUFHLENBQUUsRUFBRSxLQUFLLEdBQUc7QUFDNUY7QUFFQSxTQUFTLFFBQVEsVUFBMEI7QUFDekMsTUFBSSxhQUFhLFlBQVksYUFBYSxXQUFXLGFBQWE7QUFDaEUsV0FBTyxNQUFNLGFBQWEsUUFBUSxZQUFZLFFBQVE7QUFDeEQsU0FBTyxLQUFLLFFBQVE7QUFDdEI7QUFHTyxTQUFTLFNBQVMsT0FBd0I7QUFDL0MsTUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixNQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTztBQUNqQyxTQUFPLE9BQU87QUFDaEI7OztBRGhIQSxJQUFNQyxnQkFBZTtBQUVyQixJQUFNLHFCQUF1QixnQkFBYTtBQUFBLEVBQ3hDLFVBQVksVUFBTyxFQUFFO0FBQUEsSUFDakIsVUFBTyxDQUFDLE1BQU0sYUFBYSxDQUFDLE1BQU0sUUFBVztBQUFBLE1BQzdDLE9BQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQSxTQUNHLFVBQU8sRUFDUCxNQUFRLFVBQU8sQ0FBQyxNQUFNLGFBQWEsQ0FBQyxNQUFNLFNBQVMsRUFBRSxPQUFPLGtEQUFrRCxDQUFDLENBQUM7QUFBQSxFQUNuSCxNQUFRLFVBQU8sRUFBRSxNQUFRLFNBQU1BLGVBQWMsRUFBRSxPQUFPLHdEQUF3RCxDQUFDLENBQUM7QUFDbEgsQ0FBQztBQUVELElBQU0saUJBQW1CLGdCQUFhO0FBQUEsRUFDcEMsaUJBQW1CLFdBQVEsR0FBRyxFQUFFLE9BQU8sZ0RBQWdELENBQUM7QUFBQSxFQUN4RixTQUFXO0FBQUEsSUFFTixVQUFPLEVBQ1AsTUFBUSxVQUFPLENBQUMsU0FBUyxtQkFBbUIsSUFBSSxNQUFNLFFBQVcsRUFBRSxPQUFPLDZCQUE2QixDQUFDLENBQUM7QUFBQSxJQUM1RztBQUFBLEVBQ0Y7QUFDRixDQUFDO0FBUU0sU0FBUyxjQUFjLE9BQWdCLE1BQXlCO0FBQ3JFLFFBQU0sVUFBVTtBQUFBLElBQ2QsTUFBTSxTQUFTLFNBQVksYUFBYTtBQUFBLElBQ3hDLEdBQUksU0FBUyxTQUFZLENBQUMsSUFBSSxFQUFFLEtBQUs7QUFBQSxJQUNyQyxPQUFPLEVBQUUsSUFBSSxpREFBaUQ7QUFBQSxJQUM5RCxXQUFXLEVBQUUsSUFBSSxDQUFDLG1CQUFtQixTQUFTLEVBQUU7QUFBQSxFQUNsRDtBQUNBLFNBQU8sZ0JBQWdCLGdCQUFnQixPQUFPLE9BQU87QUFDdkQ7QUE0Rk8sU0FBUyxXQUFXLFVBQWdDLE1BQWMsU0FBcUM7QUFDNUcsUUFBTSxRQUFRLGFBQWEsU0FBWSxTQUFZLFNBQVMsU0FBUyxTQUFTLElBQUk7QUFDbEYsU0FBTyxVQUFVLFVBQWEsTUFBTSxZQUFZLFVBQVUsTUFBTSxPQUFPO0FBQ3pFO0FBTU8sU0FBUyxTQUFZQyxTQUFxQyxLQUE0QjtBQUMzRixTQUFPLE9BQU8sT0FBT0EsU0FBUSxHQUFHLElBQUlBLFFBQU8sR0FBRyxJQUFJO0FBQ3BEOzs7QUVsTEEsWUFBWUMsUUFBTztBQXFMWixJQUFNLGdCQUFrRCxPQUFPLE9BQU87QUFBQSxFQUMzRSxLQUFLO0FBQUEsRUFDTCxPQUFPO0FBQUEsRUFDUCxZQUFZO0FBQ2QsQ0FBQztBQUVELElBQU0sS0FBSyxDQUFDLFFBQ1IsVUFBc0MsQ0FBQyxNQUFNLE9BQU8sTUFBTSxZQUFZLEVBQUUsT0FBTyx1QkFBdUIsR0FBRyxHQUFHLENBQUM7QUFFakgsSUFBTSxnQkFBa0IsVUFBTyxFQUFFO0FBQUEsRUFDN0IsVUFBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLEtBQUssYUFBYSxDQUFDLE1BQU0sUUFBVztBQUFBLElBQzdELE9BQ0U7QUFBQSxFQUNKLENBQUM7QUFDSDtBQUVBLElBQU0sV0FBYSxVQUFPLEVBQUUsTUFBUSxPQUFJLEdBQUssZUFBWSxDQUFDO0FBRTFELElBQU0sZ0JBQWtCLGdCQUFhO0FBQUEsRUFDbkMsT0FBUztBQUFBLElBQ1AsQ0FBQyxNQUNDLE9BQU8sTUFBTSxZQUNiLE1BQU0sUUFDTixPQUFRLEVBQWtCLFNBQVMsWUFDbkMsT0FBUSxFQUFrQixpQkFBaUIsY0FDM0MsT0FBUSxFQUFrQixlQUFlO0FBQUEsSUFDM0M7QUFBQSxNQUNFLE9BQ0U7QUFBQSxJQUVKO0FBQUEsRUFDRjtBQUFBLEVBQ0EsTUFBUTtBQUFBLElBQ0o7QUFBQSxNQUNFLFVBQU8sRUFBRTtBQUFBLFFBQ1AsVUFBTyxDQUFDLFNBQVMsbUJBQW1CLElBQUksTUFBTSxRQUFXO0FBQUEsVUFDekQsT0FBTztBQUFBLFFBQ1QsQ0FBQztBQUFBLE1BQ0g7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLGlCQUFtQixZQUFTLGFBQWE7QUFBQSxFQUN6QyxVQUFZLFlBQVcsV0FBUSxDQUFDO0FBQUEsRUFDaEMsT0FBUztBQUFBLElBQ0wsU0FBTTtBQUFBLE1BQ0osV0FBUSxLQUFLO0FBQUEsTUFDYixnQkFBYTtBQUFBLFFBQ2IsS0FBTyxZQUFXLFVBQU8sRUFBRSxNQUFRLE9BQUksR0FBSyxZQUFTLENBQUMsQ0FBQztBQUFBLFFBQ3ZELE9BQVMsWUFBUyxRQUFRO0FBQUEsUUFDMUIsWUFBYyxZQUFTLFFBQVE7QUFBQSxNQUNqQyxDQUFDO0FBQUEsSUFDSCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0EsUUFBVSxZQUFXLFdBQVEsQ0FBQztBQUFBLEVBQzlCLE9BQVM7QUFBQSxJQUNMLGdCQUFhO0FBQUEsTUFDYixTQUFXLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQy9DLFNBQVcsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDL0MsVUFBWSxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUNoRCxXQUFhLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQ2pELFNBQVcsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDL0MsY0FBZ0IsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDcEQsV0FBYSxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUNqRCxpQkFBbUIsWUFBUyxHQUFHLG1DQUE4QixDQUFDO0FBQUEsSUFDaEUsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUNBLFdBQWEsWUFBVyxnQkFBYSxFQUFFLGVBQWlCLFlBQVcsV0FBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDaEYsVUFBWTtBQUFBLElBQ1IsVUFBTztBQUFBLE1BQ1AsTUFBTSxHQUFHLDhEQUE4RDtBQUFBLE1BQ3ZFLE9BQU8sR0FBRyw4REFBOEQ7QUFBQSxNQUN4RSxjQUFnQixZQUFTLFFBQVE7QUFBQSxJQUNuQyxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0EsT0FBUyxZQUFXLFVBQU8sRUFBRSxLQUFLLEdBQUcsa0NBQWtDLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDM0UsUUFBVTtBQUFBLElBQ04sVUFBTztBQUFBLE1BQ1AsWUFBWSxHQUFHLHlEQUF5RDtBQUFBLE1BQ3hFLGNBQWMsR0FBRyx5REFBeUQ7QUFBQSxJQUM1RSxDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7QUFFRCxJQUFNLGFBQWdEO0FBQUEsRUFDcEQsSUFBSSxPQUFPLEtBQUssY0FBYyxJQUFJLEtBQUs7QUFBQSxFQUN2QyxPQUFPLENBQUMsT0FBTyxTQUFTLFlBQVk7QUFBQSxFQUNwQyxPQUFPLENBQUMsV0FBVyxXQUFXLFlBQVksYUFBYSxXQUFXLGdCQUFnQixhQUFhLGlCQUFpQjtBQUFBLEVBQ2hILFdBQVcsQ0FBQyxlQUFlO0FBQzdCO0FBRUEsSUFBTSxRQUFnQztBQUFBLEVBQ3BDLE9BQU87QUFBQSxFQUNQLGFBQWE7QUFBQSxFQUNiLGVBQWU7QUFBQSxFQUNmLG9CQUFvQjtBQUFBLEVBQ3BCLHlCQUF5QjtBQUFBLEVBQ3pCLFFBQVE7QUFBQSxFQUNSLE1BQU07QUFBQSxFQUNOLDJCQUEyQjtBQUM3QjtBQU1PLFNBQVMscUJBQXFCLFNBQXFEO0FBQ3hGLE1BQUksT0FBTyxZQUFZLFlBQVksWUFBWSxRQUFRLE1BQU0sUUFBUSxPQUFPLEdBQUc7QUFDN0UsVUFBTSxJQUFJLFlBQVksb0ZBQW9GO0FBQUEsTUFDeEcsUUFBUTtBQUFBLElBQ1YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxNQUFJLE9BQU8sUUFBUSxhQUFhLFVBQVU7QUFDeEMsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BRUEsRUFBRSxRQUFRLFdBQVc7QUFBQSxJQUN2QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFdBQW9CLFFBQVE7QUFDbEMsTUFBSSxPQUFPLGFBQWEsWUFBWSxhQUFhLFFBQVEsVUFBVSxZQUFZLEVBQUUsVUFBVSxXQUFXO0FBQ3BHLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUVBLEVBQUUsUUFBUSxXQUFXO0FBQUEsSUFDdkI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxTQUFTLGdCQUFnQixlQUFlLFNBQVMsRUFBRSxPQUFPLE9BQU8sV0FBVyxXQUFXLENBQUM7QUFDOUYsUUFBTSxXQUFXLE9BQU8sYUFBYSxTQUFZLFNBQVksY0FBYyxPQUFPLFFBQVE7QUFDMUYsU0FBTztBQUFBLElBQ0wsT0FBTyxRQUFRO0FBQUEsSUFDZixNQUFNLFFBQVEsUUFBUSxDQUFDO0FBQUEsSUFDdkIsaUJBQWlCLFFBQVEsbUJBQW1CO0FBQUEsSUFDNUM7QUFBQSxJQUNBLE9BQU8sUUFBUSxVQUFVLFFBQVEsUUFBUSxFQUFFLEdBQUcsZUFBZSxHQUFHLGVBQWUsUUFBUSxTQUFTLENBQUMsQ0FBQyxFQUFFO0FBQUEsSUFDcEcsUUFBUSxRQUFRLFVBQVU7QUFBQSxJQUMxQixPQUFPLFFBQVEsU0FBUyxDQUFDO0FBQUEsSUFDekIsZUFBZSxRQUFRLFdBQVcsaUJBQWlCO0FBQUEsSUFDbkQsVUFBVSxRQUFRO0FBQUEsSUFDbEIsT0FBTyxRQUFRO0FBQUEsSUFDZixRQUFRLFFBQVEsVUFBVTtBQUFBLE1BQ3hCLFlBQVksQ0FBQyxVQUFVLE9BQU8sV0FBVyxXQUFXLFVBQVUsRUFBRTtBQUFBLE1BQ2hFLGNBQWMsQ0FBQyxXQUFXLFdBQVcsYUFBYSxNQUF1QztBQUFBLElBQzNGO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxlQUFpQyxPQUFzQjtBQUM5RCxRQUFNLE1BQWtCLENBQUM7QUFDekIsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLE9BQU8sUUFBUSxLQUFLLEVBQUcsS0FBSSxNQUFNLE9BQVcsQ0FBQyxJQUFnQyxDQUFDLElBQUk7QUFDdkcsU0FBTztBQUNUOzs7QUNqT08sSUFBTSxlQUFOLE1BQTRFO0FBQUEsRUFDeEU7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBRVQsWUFBWSxPQUFzQixRQUFzQixVQUFrQixRQUFpQixLQUFvQjtBQUM3RyxVQUFNQyxVQUFTLE1BQU07QUFDckIsU0FBSyxPQUFPQSxRQUFPO0FBQ25CLFNBQUssVUFBVUEsUUFBTztBQUN0QixTQUFLLE9BQU8sTUFBTTtBQUNsQixTQUFLLFNBQVNBLFFBQU8sVUFBVSxDQUFDO0FBQ2hDLFNBQUssT0FBT0EsUUFBTztBQUNuQixTQUFLLFFBQVFBLFFBQU87QUFDcEIsU0FBSyxXQUFXQSxRQUFPO0FBQ3ZCLFNBQUssU0FBUztBQUNkLFNBQUssWUFBWSxNQUFNLFNBQVM7QUFDaEMsU0FBSyxXQUFXO0FBQ2hCLFNBQUssU0FBUztBQUNkLFNBQUssWUFBWSxNQUFNO0FBQ3ZCLFNBQUssV0FBVyxJQUFJO0FBQ3BCLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVyxFQUFFLE9BQU87QUFBQSxFQUMzQjtBQUFBLEVBR0EsT0FBTyxPQUFnQixTQUFpQztBQUN0RCxVQUFNLE9BQU87QUFDYixVQUFNLGdCQUFnQixTQUFTLFdBQVcsU0FBWSxLQUFLLFdBQVc7QUFDdEUsUUFBSSxDQUFDLEtBQUssU0FBUyxPQUFRLFFBQU8sS0FBSyxVQUFVLE9BQU8sTUFBTSxhQUFhO0FBQzNFLFdBQU8sS0FBSztBQUFBLE1BQ1Y7QUFBQSxNQUNBLE1BQU0sS0FBSyxVQUFVLE9BQU8sTUFBTSxhQUFhO0FBQUEsTUFDL0MsQ0FBQyxTQUFTLEtBQUs7QUFBQSxJQUNqQjtBQUFBLEVBQ0Y7QUFBQSxFQUdBLGVBQWUsT0FBZ0IsY0FBNkIsU0FBd0M7QUFDbEcsVUFBTSxPQUFPO0FBQ2IsVUFBTSxnQkFBZ0IsU0FBUyxXQUFXLFNBQVksS0FBSyxXQUFXO0FBQ3RFLFFBQUksQ0FBQyxLQUFLLFNBQVMsT0FBUSxRQUFPLEtBQUssVUFBVSxlQUFlLE1BQU0sY0FBYyxhQUFhO0FBQ2pHLFdBQU8sS0FBSztBQUFBLE1BQ1Y7QUFBQSxNQUNBLE1BQU0sS0FBSyxVQUFVLGVBQWUsTUFBTSxjQUFjLGFBQWE7QUFBQSxNQUNyRSxDQUFDLGFBQWEsU0FBUyxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLElBQ3JFO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBdUI7QUFDckIsVUFBTUEsVUFBUyxLQUFLLE9BQU87QUFDM0IsV0FBT0EsUUFBTyxTQUFTLEtBQUssT0FBTyxFQUFFLEdBQUdBLFFBQU8sSUFBSSxFQUFFLEdBQUdBLFNBQVEsTUFBTSxLQUFLLEtBQUs7QUFBQSxFQUNsRjtBQUFBLEVBRUEsU0FBWSxNQUFtQyxLQUFjLE9BQThCO0FBQ3pGLFVBQU0sRUFBRSxTQUFTLFNBQVMsY0FBYyxJQUFJLEtBQUs7QUFDakQsVUFBTSxVQUFVLFFBQVE7QUFDeEIsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLElBQUk7QUFBQSxJQUNaLFNBQVMsT0FBTztBQUNkLFVBQUksUUFBUSxNQUFNLE9BQU8sR0FBRztBQUMxQixnQkFBUSxLQUFLLEVBQUUsTUFBTSxTQUFTLE1BQU0sS0FBSyxNQUFNLFVBQVUsS0FBSyxVQUFVLE9BQU8sUUFBUSxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQ2pHO0FBQ0EsWUFBTTtBQUFBLElBQ1I7QUFDQSxRQUFJLFFBQVEsTUFBTSxRQUFRLEdBQUc7QUFDM0IsWUFBTSxRQUFxQjtBQUFBLFFBQ3pCLE1BQU07QUFBQSxRQUNOLE1BQU0sS0FBSztBQUFBLFFBQ1gsU0FBUyxLQUFLO0FBQUEsUUFDZCxNQUFNLEtBQUs7QUFBQSxRQUNYLFlBQVksUUFBUSxJQUFJO0FBQUEsUUFDeEIsT0FBTyxNQUFNLEdBQUc7QUFBQSxRQUNoQixXQUFXLFNBQVMsVUFBYSxTQUFTLE9BQU8sQ0FBQyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQUEsTUFDeEU7QUFDQSxVQUFJLGlCQUFpQixTQUFTLE9BQVcsT0FBTSxTQUFTLEVBQUUsR0FBRyxLQUFLO0FBQ2xFLGNBQVEsS0FBSyxLQUFLO0FBQUEsSUFDcEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxRQUFRLE9BQXVCO0FBQzdDLFNBQU8saUJBQWlCLFFBQVEsUUFBUSxJQUFJLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDakU7OztBQ3ZNQSxZQUFZQyxRQUFPO0FBNENuQixJQUFNLGlCQUFtQixVQUFPO0FBQUEsRUFDOUIsaUJBQW1CLFdBQVEsR0FBRyxFQUFFLE9BQU8sWUFBWSxDQUFDO0FBQUEsRUFDcEQsU0FBVyxVQUFPO0FBQUEsRUFDbEIsV0FBYSxVQUFTLFVBQU8sR0FBSyxVQUFPLEVBQUUsU0FBVyxVQUFPLEdBQUcsTUFBUSxVQUFPLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDbkYsU0FBVztBQUFBLElBQ1AsVUFBTztBQUFBLElBQ1AsVUFBcUIsQ0FBQyxNQUFNLE9BQU8sTUFBTSxZQUFZLE1BQU0sUUFBUSxDQUFDLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN4RjtBQUNGLENBQUM7QUFNTSxTQUFTLGNBQWMsT0FBZ0IsT0FBOEI7QUFDMUUsU0FBTyxnQkFBZ0IsZ0JBQWdCLE9BQU87QUFBQSxJQUM1QyxNQUFNLFVBQVUsU0FBWSxhQUFhO0FBQUEsSUFDekMsR0FBSSxVQUFVLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxNQUFNO0FBQUEsSUFDN0MsT0FBTyxFQUFFLElBQUksMkVBQTJFO0FBQUEsRUFDMUYsQ0FBQztBQUNIO0FBa0JPLFNBQVMsZUFBZSxTQUF3QixVQUFxQyxDQUFDLEdBQW1CO0FBQzlHLFFBQU0sT0FBdUI7QUFBQSxJQUMzQixNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsSUFDUixNQUFNLE9BQU87QUFDWCxhQUFPLEtBQUssU0FBUyxTQUFZLFNBQVksZ0JBQWdCLEtBQUssSUFBSTtBQUFBLElBQ3hFO0FBQUEsSUFDQSxNQUFNLE1BQU0sTUFBTTtBQUNoQixXQUFLO0FBQ0wsV0FBSyxPQUFPLGdCQUFnQixJQUFJO0FBQUEsSUFDbEM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLGlCQUFpQixPQUFXLE1BQUssZUFBZSxRQUFRO0FBQ3BFLFNBQU87QUFDVDtBQVlPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUNqQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1Q7QUFBQSxFQUNBO0FBQUEsRUFDQSxvQkFBb0Isb0JBQUksSUFBK0M7QUFBQSxFQUN2RSxrQkFBa0Isb0JBQUksSUFBMEI7QUFBQSxFQUNoRDtBQUFBLEVBQ0EsV0FBMEIsUUFBUSxRQUFRO0FBQUEsRUFFMUMsWUFBWSxTQUEwQixRQUF3QixTQUFtQztBQUMvRixTQUFLLFdBQVc7QUFDaEIsU0FBSyxVQUFVO0FBQ2YsU0FBSyxXQUFXLFFBQVEsZ0JBQWdCO0FBQ3hDLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBYyxVQUFrQkMsU0FBc0IsTUFBb0I7QUFDN0UsVUFBTSxZQUFZLEdBQUcsSUFBSSxJQUFJQSxRQUFPLE9BQU87QUFDM0MsVUFBTSxXQUFXLEtBQUssa0JBQWtCLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxFQUFFO0FBQ2pFLFFBQUksVUFBVSxZQUFZQSxRQUFPLFdBQVcsU0FBUyxTQUFTLFFBQVEsS0FBSyxnQkFBZ0IsSUFBSSxTQUFTLEVBQUc7QUFDM0csU0FBSyxrQkFBa0IsSUFBSSxHQUFHLElBQUksSUFBSSxRQUFRLElBQUksRUFBRSxTQUFTQSxRQUFPLFNBQVMsS0FBSyxDQUFDO0FBQ25GLFNBQUssZ0JBQWdCLElBQUksV0FBV0EsUUFBTyxTQUFTLE9BQU9BLFVBQVMsRUFBRSxHQUFHQSxTQUFRLEtBQUssQ0FBQztBQUN2RixRQUFJLEtBQUssV0FBVyxRQUFXO0FBQzdCLFdBQUssU0FBUyxLQUFLLFFBQVEsV0FBVyxNQUFNO0FBQzFDLGFBQUssU0FBUztBQUNkLGFBQUssS0FBSyxNQUFNO0FBQUEsTUFDbEIsR0FBRyxLQUFLLFFBQVE7QUFDaEIsWUFBTSxLQUFLLE1BQU07QUFBQSxJQUNuQjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsTUFBTSxPQUFPLE1BQWMsVUFBMkM7QUFDcEUsVUFBTSxVQUFVLEtBQUssTUFBTSxLQUFLLG1CQUFtQixLQUFLLGlCQUFpQixNQUFNLFFBQVE7QUFDdkYsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxVQUFNLFFBQVEsTUFBTSxLQUFLLE1BQU07QUFDL0IsUUFBSSxVQUFVLFFBQVc7QUFDdkIsYUFBTztBQUFBLFFBQ0wsT0FBTztBQUFBLFFBQ1AsUUFDRSxLQUFLLGVBQWUsU0FDaEIsMEJBQ0EsbUNBQW1DLFVBQVUsS0FBSyxVQUFVLENBQUM7QUFBQSxNQUNyRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsS0FBSztBQUFBLE1BQ2pCLElBQUksSUFBSSxPQUFPLFFBQVEsTUFBTSxTQUFTLENBQUM7QUFBQSxNQUN2QyxJQUFJLElBQUksT0FBTyxRQUFRLE1BQU0sT0FBTyxDQUFDO0FBQUEsTUFDckM7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUyxFQUFFLE9BQU8sT0FBTyxRQUFRLGtDQUFrQyxJQUFJLElBQUksUUFBUSxJQUFJO0FBQUEsRUFDaEc7QUFBQTtBQUFBLEVBR0EsUUFBdUI7QUFDckIsUUFBSSxLQUFLLFdBQVcsUUFBVztBQUM3QixXQUFLLFFBQVEsYUFBYSxLQUFLLE1BQU07QUFDckMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxTQUFLLFdBQVcsS0FBSyxTQUFTLEtBQUssTUFBTSxLQUFLLE9BQU8sQ0FBQztBQUN0RCxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxNQUFNLFNBQXdCO0FBQzVCLFFBQUksS0FBSyxrQkFBa0IsU0FBUyxFQUFHO0FBQ3ZDLFVBQU0sWUFBWSxLQUFLO0FBQ3ZCLFVBQU0sVUFBVSxLQUFLO0FBQ3JCLFNBQUssb0JBQW9CLG9CQUFJLElBQUk7QUFDakMsU0FBSyxrQkFBa0Isb0JBQUksSUFBSTtBQUMvQixVQUFNLFFBQVEsTUFBTSxLQUFLLE1BQU07QUFDL0IsVUFBTSxTQUF1QjtBQUFBLE1BQzNCLGlCQUFpQjtBQUFBLE1BQ2pCLFVBQVMsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUNoQyxXQUFXLEVBQUUsR0FBRyxPQUFPLFdBQVcsR0FBRyxPQUFPLFlBQVksU0FBUyxFQUFFO0FBQUEsTUFDbkUsU0FBUyxDQUFDO0FBQUEsSUFDWjtBQUNBLGVBQVcsQ0FBQyxLQUFLLEVBQUUsUUFBUSxDQUFDLEtBQUssT0FBTyxRQUFRLE9BQU8sU0FBUyxHQUFHO0FBQ2pFLFlBQU0sWUFBWSxHQUFHLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxHQUFHLENBQUMsQ0FBQyxJQUFJLE9BQU87QUFDOUQsWUFBTUEsVUFBUyxRQUFRLElBQUksU0FBUyxNQUFNLFVBQVUsU0FBWSxTQUFZLFNBQVMsTUFBTSxTQUFTLFNBQVM7QUFDN0csVUFBSUEsWUFBVyxPQUFXLFFBQU8sT0FBTyxVQUFVLEdBQUc7QUFBQSxVQUNoRCxRQUFPLFFBQVEsU0FBUyxJQUFJQTtBQUFBLElBQ25DO0FBQ0EsUUFBSTtBQUNGLFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTTtBQUNoQyxXQUFLLFNBQVMsUUFBUSxRQUFRLE1BQU07QUFDcEMsV0FBSyxhQUFhO0FBQUEsSUFDcEIsU0FBUyxPQUFPO0FBRWQsaUJBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxVQUFXLEtBQUksQ0FBQyxLQUFLLGtCQUFrQixJQUFJLENBQUMsRUFBRyxNQUFLLGtCQUFrQixJQUFJLEdBQUcsQ0FBQztBQUNuRyxpQkFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLFFBQVMsS0FBSSxDQUFDLEtBQUssZ0JBQWdCLElBQUksQ0FBQyxFQUFHLE1BQUssZ0JBQWdCLElBQUksR0FBRyxDQUFDO0FBQzdGLFdBQUssU0FBUyxLQUFLO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQUEsRUFFQSxRQUEyQztBQUN6QyxRQUFJLEtBQUssV0FBVyxRQUFXO0FBQzdCLFdBQUssVUFBVSxZQUFZO0FBQ3pCLFlBQUk7QUFDRixnQkFBTSxPQUFPLE1BQU0sS0FBSyxTQUFTLEtBQUs7QUFDdEMsaUJBQU8sU0FBUyxTQUFZLFNBQVksY0FBYyxJQUFJO0FBQUEsUUFDNUQsU0FBUyxPQUFPO0FBQ2QsZUFBSyxhQUFhO0FBQ2xCLGVBQUssU0FBUyxLQUFLO0FBQ25CLGlCQUFPO0FBQUEsUUFDVDtBQUFBLE1BQ0YsR0FBRztBQUFBLElBQ0w7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxNQUNFLFdBQ0EsU0FDQSxNQUNBLFVBQzRCO0FBQzVCLFFBQUksVUFBVSxVQUFVLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxFQUFFLEdBQUc7QUFDcEQsUUFBSSxZQUFZLFVBQWEsQ0FBQyxnQkFBZ0IsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sV0FBMEQsQ0FBQztBQUNqRSxpQkFBVyxDQUFDLEtBQUtBLE9BQU0sS0FBSyxTQUFTO0FBQ25DLFlBQUksSUFBSSxXQUFXLEdBQUcsSUFBSSxHQUFHLEtBQUssSUFBSSxRQUFRLEdBQUcsTUFBTSxLQUFLLFFBQVE7QUFDbEUsbUJBQVMsS0FBSyxFQUFFLFNBQVNBLFFBQU8sU0FBUyxRQUFRQSxRQUFPLFVBQVUsQ0FBQyxHQUFHLFFBQUFBLFFBQU8sQ0FBQztBQUFBLFFBQ2hGO0FBQUEsTUFDRjtBQUNBLGdCQUFVLGdCQUFnQixVQUFVLFFBQVEsR0FBRztBQUFBLElBQ2pEO0FBQ0EsVUFBTUEsVUFBUyxRQUFRLElBQUksR0FBRyxJQUFJLElBQUksV0FBVyxRQUFRLEVBQUU7QUFDM0QsUUFBSUEsWUFBVyxPQUFXLFFBQU87QUFDakMsV0FBTyxFQUFFLE9BQU8sTUFBTSxRQUFBQSxTQUFRLE1BQU1BLFFBQU8sUUFBUSxHQUFHO0FBQUEsRUFDeEQ7QUFDRjtBQUVBLFNBQVMsTUFBTSxRQUF1QjtBQUNwQyxRQUFNLFFBQVE7QUFDZCxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE1BQU0sVUFBVSxXQUFZLE9BQU0sTUFBTTtBQUNwRztBQUVBLFNBQVMsVUFBVSxPQUF3QjtBQUN6QyxTQUFPLGlCQUFpQixRQUFRLEdBQUcsTUFBTSxJQUFJLEtBQUssTUFBTSxPQUFPLEtBQUssT0FBTyxLQUFLO0FBQ2xGOzs7QUN0Sk8sSUFBTSxlQUFlO0FBRXJCLElBQU0sbUJBQW1CO0FBQ2hDLElBQU0saUJBQWlCO0FBQ3ZCLElBQU0scUJBQXFCO0FBQzNCLElBQU0sc0JBQXNCO0FBYXJCLFNBQVMsbUJBQW1CLFNBQTRDO0FBQzdFLFNBQU8sSUFBSSxPQUFPLHFCQUFxQixPQUFPLENBQUM7QUFDakQ7QUFFQSxJQUFNLFNBQU4sTUFBcUM7QUFBQSxFQUMxQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsU0FBUyxvQkFBSSxJQUFxQjtBQUFBLEVBQ2xDLGFBQWEsb0JBQUksSUFBb0M7QUFBQSxFQUM5RDtBQUFBLEVBQ0EsVUFBVTtBQUFBLEVBRVYsWUFBWSxTQUFnQztBQUMxQyxTQUFLLEtBQUs7QUFDVixTQUFLLFFBQVEsUUFBUTtBQUNyQixVQUFNLFFBQVEsUUFBUTtBQUN0QixTQUFLLE9BQU8sVUFBVSxTQUFZLFlBQVksS0FBSyxHQUFHLElBQUksTUFBTSxNQUFNLElBQUk7QUFDMUUsVUFBTSxPQUFPLFdBQVc7QUFDeEIsVUFBTSxVQUFVLFVBQVUsVUFBYSxTQUFTLFNBQVksS0FBSyxPQUFPLE1BQU0sS0FBSyxJQUFJO0FBQ3ZGLFNBQUssV0FBVyxJQUFJO0FBQUEsTUFDbEIsUUFBUSxNQUFNLG9CQUFvQixTQUFZLENBQUMsSUFBSSxFQUFFLFNBQVMsUUFBUSxNQUFNLGdCQUFnQjtBQUFBLElBQzlGO0FBQ0EsU0FBSyxlQUFlO0FBQ3BCLFNBQUssT0FBTyxFQUFFLFNBQVMsS0FBSyxVQUFVLGVBQWUsUUFBUSxlQUFlLFFBQVE7QUFDcEYsU0FBSyxTQUFTLElBQUksWUFBWSxRQUFRLE9BQU8sS0FBSyxJQUFJO0FBQ3RELFNBQUssWUFDSCxRQUFRLGFBQWEsU0FDakIsU0FDQSxJQUFJO0FBQUEsTUFBZSxRQUFRO0FBQUEsTUFBVSxRQUFRO0FBQUEsTUFBUSxDQUFDLFVBQ3BELEtBQUssV0FBVyxxQkFBcUIsUUFBVyxLQUFLO0FBQUEsSUFDdkQ7QUFDTixRQUFJLE9BQU8sS0FBSyxNQUFNLFVBQVUsWUFBWTtBQUMxQyxXQUFLLFdBQVcsS0FBSyxNQUFNLE1BQU0sQ0FBQyxTQUFTLEtBQUssV0FBVyxJQUFJLENBQUM7QUFBQSxJQUNsRTtBQUFBLEVBQ0Y7QUFBQSxFQUVBLEdBQThCLE1BQVMsVUFBOEM7QUFDbkYsV0FBTyxLQUFLLFNBQVMsR0FBRyxNQUFNLFFBQVE7QUFBQSxFQUN4QztBQUFBLEVBRUEsV0FBVyxNQUFxQjtBQUM5QixTQUFLLE9BQU8sV0FBVyxJQUFJO0FBQUEsRUFDN0I7QUFBQSxFQUVBLE1BQU0sUUFBdUI7QUFDM0IsUUFBSSxLQUFLLFFBQVM7QUFDbEIsU0FBSyxVQUFVO0FBQ2YsU0FBSyxXQUFXO0FBQ2hCLFNBQUssV0FBVztBQUNoQixTQUFLLE9BQU8sV0FBVztBQUN2QixVQUFNLEtBQUssV0FBVyxNQUFNO0FBQUEsRUFDOUI7QUFBQSxFQUVBLFVBQXNDLE1BQVMsU0FBNkQ7QUFHMUcsU0FBSyxTQUFTLFdBQVcsVUFBYSxRQUFRLFdBQVcsS0FBSyxHQUFHLFdBQVcsQ0FBQyxLQUFLLFNBQVM7QUFDekYsWUFBTSxVQUFVLEtBQUssT0FBTyxJQUFJLElBQUk7QUFDcEMsWUFBTSxhQUFhLFlBQVksU0FBWSxTQUFZLEtBQUssT0FBTyxXQUFXLFFBQVEsR0FBRztBQUN6RixVQUNFLFlBQVksYUFBYSxVQUN6QixZQUFZLFdBQ1gsUUFBUSxTQUFTLEtBQUssS0FBSyxJQUFJLFdBQVcsV0FBVyxLQUFLLE9BQU8sUUFDbEU7QUFDQSxjQUFNLFNBQVMsV0FBVyxXQUFXLGFBQWEsYUFBYTtBQUMvRCxZQUFJLFNBQVMsV0FBVztBQUN4QixZQUFJLFdBQVcsUUFBVztBQUN4QixtQkFBUyxJQUFJLGFBQWEsV0FBVyxVQUFVLFFBQVEsUUFBUSxVQUFVLEtBQUssR0FBRyxRQUFRLEtBQUssSUFBSTtBQUNsRyxxQkFBVyxTQUFTO0FBQUEsUUFDdEI7QUFDQSxZQUFJLEtBQUssU0FBUyxPQUFRLE1BQUssV0FBVyxTQUFTLEVBQUUsT0FBTyxXQUFXLFVBQVUsT0FBTyxPQUFPLE9BQU8sR0FBRyxDQUFDO0FBQzFHLGVBQU8sUUFBUSxRQUFRLE1BQWdDO0FBQUEsTUFDekQ7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLFdBQVcsTUFBTSxXQUFXLENBQUMsQ0FBQztBQUFBLEVBQzVDO0FBQUEsRUFFQSxNQUFNLFdBQXVDLE1BQVMsU0FBNEQ7QUFDaEgsVUFBTSxVQUFVLEtBQUssU0FBUyxTQUFTLEtBQUssS0FBSyxRQUFRLElBQUk7QUFDN0QsUUFBSTtBQUNKLFVBQU0sU0FBUyxRQUFRLFVBQVUsS0FBSyxHQUFHO0FBQ3pDLFFBQUk7QUFDRixVQUFJLEtBQUs7QUFDUCxjQUFNLElBQUksWUFBWSwyRUFBMkU7QUFDbkcsZ0JBQVUsS0FBSyxTQUFTLElBQUk7QUFDNUIsWUFBTSxTQUFTLEtBQUssYUFBYSxTQUFTLE1BQU0sS0FBTSxNQUFNLEtBQUssT0FBTyxTQUFTLE1BQU07QUFDdkYsV0FBSyxXQUFXLFNBQVMsUUFBUSxPQUFPO0FBQ3hDLGFBQU8sSUFBSSxhQUFhLE9BQU8sT0FBTyxPQUFPLFFBQVEsUUFBUSxVQUFVLFFBQVEsS0FBSyxJQUFJO0FBQUEsSUFDMUYsU0FBUyxPQUFPO0FBQ2QsVUFBSSxZQUFZLFVBQWEsUUFBUSxhQUFhLFVBQWEsWUFBWSxLQUFLLEdBQUc7QUFDakYsYUFBSyxXQUFXLFFBQVEsTUFBTSxRQUFRLFVBQVUsS0FBSztBQUNyRCxZQUFJO0FBQ0osWUFBSTtBQUNGLGtCQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsUUFBUSxVQUFVLE1BQU07QUFBQSxRQUNoRSxTQUFTLGVBQWU7QUFDdEIsZUFBSyxXQUFXLFFBQVEsTUFBTSxRQUFRLFVBQVUsYUFBYTtBQUM3RCxnQkFBTTtBQUFBLFFBQ1I7QUFDQSxhQUFLLFdBQVcsU0FBUyxFQUFFLE9BQU8sT0FBTyxRQUFRLFFBQVEsV0FBVyxHQUFHLE9BQU87QUFDOUUsZUFBTyxJQUFJLGFBQWEsT0FBTyxZQUFZLFFBQVEsVUFBVSxRQUFRLEtBQUssSUFBSTtBQUFBLE1BQ2hGO0FBQ0EsWUFBTSxRQUFRLFlBQVksVUFBYSxjQUFjLEtBQUssSUFBSSxlQUFlLEtBQUssSUFBSTtBQUN0RixXQUFLLFdBQVcsU0FBUyxRQUFRLE9BQU8sSUFBSSxHQUFHLFNBQVMsVUFBVSxLQUFLO0FBQ3ZFLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxTQUFTLE9BQW9EO0FBQ2pFLFFBQUk7QUFDSixRQUFJO0FBQ0YsYUFBTyxTQUFVLE1BQU0sS0FBSyxzQkFBc0I7QUFBQSxJQUNwRCxTQUFTLE9BQU87QUFDZCxhQUFPLEVBQUUsUUFBUSxDQUFDLEdBQUcsUUFBUSxDQUFDLEVBQUUsTUFBTSxnQkFBZ0IsT0FBTyxRQUFRLEtBQUssRUFBRSxDQUFDLEVBQUU7QUFBQSxJQUNqRjtBQUNBLFVBQU0sVUFBVSxNQUFNLFFBQVEsV0FBVyxLQUFLLElBQUksQ0FBQyxTQUFTLEtBQUssVUFBVSxJQUFJLENBQUMsQ0FBQztBQUNqRixVQUFNLFNBQXlCLEVBQUUsUUFBUSxDQUFDLEdBQUcsUUFBUSxDQUFDLEVBQUU7QUFDeEQsWUFBUSxRQUFRLENBQUMsUUFBUSxNQUFNO0FBQzdCLFlBQU0sT0FBTyxLQUFLLENBQUMsS0FBSztBQUN4QixVQUFJLE9BQU8sV0FBVyxhQUFhO0FBQ2pDLGNBQU0sSUFBSSxPQUFPO0FBQ2pCLGVBQU8sT0FBTyxLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsU0FBUyxRQUFRLEVBQUUsT0FBTyxDQUFDO0FBQUEsTUFDakYsT0FBTztBQUNMLGVBQU8sT0FBTyxLQUFLLEVBQUUsTUFBTSxPQUFPLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUFBLE1BQzVEO0FBQUEsSUFDRixDQUFDO0FBQ0QsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBSUEsU0FBUyxNQUF1QjtBQUM5QixVQUFNLE9BQU8sS0FBSyxPQUFPLElBQUksSUFBSTtBQUNqQyxRQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLFVBQU0sRUFBRSxNQUFNLFNBQVMsSUFBSSxVQUFVLElBQUk7QUFDekMsVUFBTSxZQUFZLFlBQVksS0FBSyxjQUFjLElBQUk7QUFDckQsVUFBTSxVQUFVLEtBQUssYUFBYSxNQUFNLFNBQVM7QUFDakQsUUFBSSxLQUFLLE9BQU8sUUFBUSxlQUFnQixNQUFLLE9BQU8sTUFBTTtBQUMxRCxTQUFLLE9BQU8sSUFBSSxNQUFNLE9BQU87QUFDN0IsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLGFBQWEsTUFBYyxVQUEyQjtBQUNwRCxXQUFPLEVBQUUsTUFBTSxVQUFVLEtBQUssU0FBUyxNQUFNLFFBQVEsR0FBRyxPQUFPLGFBQWEsUUFBUSxNQUFNLFFBQVE7QUFBQSxFQUNwRztBQUFBO0FBQUEsRUFHQSxjQUFjLE1BQXNCO0FBQ2xDLFVBQU0sV0FBVyxLQUFLLEdBQUc7QUFDekIsVUFBTSxTQUFTLGFBQWEsU0FBWSxTQUFZLFNBQVMsU0FBUyxTQUFTLElBQUk7QUFDbkYsV0FBTyxRQUFRLFdBQVcsU0FBUyxLQUFLLEdBQUcsTUFBTSxJQUFJLEtBQUssS0FBSyxHQUFHO0FBQUEsRUFDcEU7QUFBQTtBQUFBLEVBR0EsaUJBQWlCLE1BQXNCO0FBQ3JDLFVBQU0sV0FBVyxLQUFLLEdBQUc7QUFDekIsVUFBTSxTQUFTLGFBQWEsU0FBWSxTQUFZLFNBQVMsU0FBUyxTQUFTLElBQUk7QUFDbkYsV0FBTyxRQUFRLFdBQVcsU0FBUyxLQUFLLEdBQUcsTUFBTSxJQUFJLEtBQUs7QUFBQSxFQUM1RDtBQUFBLEVBRUEsTUFBTSx3QkFBMkM7QUFDL0MsVUFBTSxRQUFRLG9CQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sS0FBSyxLQUFLLEdBQUcsVUFBVSxXQUFXLENBQUMsQ0FBQyxHQUFHLEdBQUcsT0FBTyxLQUFLLEtBQUssR0FBRyxJQUFJLENBQUMsQ0FBQztBQUNyRyxRQUFJLE1BQU0sU0FBUyxLQUFLLE9BQU8sS0FBSyxNQUFNLFNBQVMsWUFBWTtBQUM3RCxpQkFBVyxRQUFRLE1BQU0sS0FBSyxNQUFNLEtBQUssRUFBRyxPQUFNLElBQUksSUFBSTtBQUFBLElBQzVEO0FBQ0EsV0FBTyxDQUFDLEdBQUcsS0FBSyxFQUFFLEtBQUs7QUFBQSxFQUN6QjtBQUFBO0FBQUE7QUFBQSxFQUtBLGFBQWEsU0FBa0IsUUFBcUM7QUFDbEUsVUFBTSxhQUFhLEtBQUssT0FBTyxXQUFXLFFBQVEsR0FBRztBQUNyRCxVQUFNLFdBQVcsZUFBZSxVQUFhLFdBQVcsS0FBSyxHQUFHLFNBQVMsU0FBWSxXQUFXO0FBQ2hHLFFBQUksZUFBZSxVQUFhLGFBQWEsT0FBVyxRQUFPO0FBQy9ELFVBQU0sWUFBWSxLQUFLLE9BQU8sVUFBVSxZQUFZLFFBQVEsS0FBSztBQUNqRSxRQUFJLGNBQWMsU0FBUztBQUN6QixhQUFPLEVBQUUsT0FBTyxVQUFVLE9BQU8sT0FBTyxRQUFRLFdBQVcsV0FBVyxhQUFhLGFBQWEsUUFBUTtBQUFBLElBQzFHO0FBQ0EsUUFBSSxjQUFjLFVBQVcsUUFBTztBQUNwQyxTQUFLLFNBQVMsU0FBUyxVQUFVO0FBQ2pDLFdBQU8sRUFBRSxPQUFPLFVBQVUsT0FBTyxTQUFTLFFBQVEsV0FBVyxXQUFXLGFBQWEsYUFBYSxRQUFRO0FBQUEsRUFDNUc7QUFBQSxFQUVBLE1BQU0sT0FBTyxTQUFrQixRQUFrQztBQUMvRCxVQUFNLEVBQUUsWUFBWSxPQUFBQyxRQUFPLE9BQU8sSUFBSSxNQUFNLEtBQUssU0FBUyxPQUFPO0FBQ2pFLFVBQU0sV0FBVyxXQUFXLEtBQUssR0FBRyxTQUFTLFdBQVcsV0FBVztBQUNuRSxRQUFJLGFBQWEsT0FBVyxRQUFPLEVBQUUsT0FBTyxVQUFVLE9BQUFBLFFBQU8sT0FBTztBQUNwRSxVQUFNLFFBQVEsTUFBTSxLQUFLLFNBQVMsWUFBWSxNQUFNO0FBQ3BELFdBQU8sRUFBRSxPQUFPLE1BQU0sT0FBTyxPQUFPLE1BQU0sVUFBVUEsV0FBVSxRQUFRLGFBQWFBLFFBQU8sT0FBTztBQUFBLEVBQ25HO0FBQUE7QUFBQSxFQUdBLE1BQU0sU0FBUyxTQUFpRztBQUM5RyxVQUFNLFNBQVMsS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ2pELFFBQUk7QUFDSixRQUFJLFdBQVcsUUFBVztBQUN4QixZQUFNLFlBQVksS0FBSyxPQUFPLFVBQVUsUUFBUSxRQUFRLEtBQUs7QUFDN0QsVUFBSSxjQUFjLFNBQVM7QUFDekIsZUFBTyxFQUFFLFlBQVksUUFBUSxPQUFPLE9BQU8sUUFBUSxPQUFPLFdBQVcsYUFBYSxhQUFhLFFBQVE7QUFBQSxNQUN6RztBQUNBLFVBQUksY0FBYyxTQUFTO0FBQ3pCLGFBQUssU0FBUyxTQUFTLE1BQU07QUFDN0IsZUFBTyxFQUFFLFlBQVksUUFBUSxPQUFPLFNBQVMsUUFBUSxPQUFPLFdBQVcsYUFBYSxhQUFhLFFBQVE7QUFBQSxNQUMzRztBQUNBLGdCQUFVO0FBQ1YsV0FBSyxPQUFPLGlCQUFpQixRQUFRLEtBQUssTUFBTTtBQUFBLElBQ2xEO0FBQ0EsVUFBTSxFQUFFLFNBQVMsT0FBTyxJQUFJLEtBQUssT0FBTztBQUFBLE1BQU0sS0FBSyxPQUFPO0FBQUEsTUFBUyxRQUFRO0FBQUEsTUFBSyxRQUFRO0FBQUEsTUFBTSxDQUFDLFdBQzdGLEtBQUssTUFBTSxTQUFTLFFBQVEsT0FBTztBQUFBLElBQ3JDO0FBQ0EsVUFBTSxFQUFFLFlBQVksT0FBTyxJQUFJLE1BQU07QUFDckMsV0FBTyxFQUFFLFlBQVksT0FBTyxTQUFTLGFBQWEsUUFBUSxPQUFPO0FBQUEsRUFDbkU7QUFBQTtBQUFBLEVBR0EsTUFBTSxNQUFNLFNBQWtCLFFBQXdCLFNBQWtEO0FBQ3RHLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxhQUFhLE1BQU0sS0FBSyxlQUFlLE9BQU87QUFDcEQsVUFBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE9BQU8sY0FBYyxRQUFRLEtBQUssVUFBVTtBQUN4RSxhQUFPLEVBQUUsWUFBWSxRQUFRLFFBQVE7QUFBQSxJQUN2QyxTQUFTLE9BQU87QUFDZCxVQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTTtBQUNqQyxtQkFBYTtBQUFBLElBQ2Y7QUFDQSxVQUFNLFFBQVEsQ0FBQyxPQUFPLEtBQUssTUFBTSxJQUFJLGtCQUFrQkMsV0FBVSxVQUFVLENBQUMsR0FBRztBQUcvRSxVQUFNLFVBQVUsS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ2xELFFBQUksWUFBWSxVQUFhLEtBQUssT0FBTyxVQUFVLFNBQVMsUUFBUSxLQUFLLE1BQU0sV0FBVztBQUN4RixhQUFPLEVBQUUsWUFBWSxTQUFTLFFBQVEsUUFBUTtBQUFBLElBQ2hEO0FBQ0EsVUFBTTtBQUFBLE1BQ0osWUFBWSxTQUNSLGtCQUNBLG1CQUFtQixRQUFRLE9BQU8scUNBQXFDLEtBQUssT0FBTyxVQUFVO0FBQUEsSUFDbkc7QUFFQSxRQUFJLEtBQUssY0FBYyxRQUFXO0FBQ2hDLFlBQU0sS0FBSyx3QkFBd0I7QUFBQSxJQUNyQyxPQUFPO0FBQ0wsWUFBTSxRQUFRLE1BQU0sS0FBSyxVQUFVLE9BQU8sUUFBUSxNQUFNLFFBQVEsUUFBUTtBQUN4RSxVQUFJLE1BQU0sT0FBTztBQUNmLFlBQUk7QUFDRixnQkFBTUMsVUFBUyxZQUFZLE1BQU0sUUFBUSxrQkFBa0IsUUFBUSxHQUFHLEVBQUU7QUFDeEUsY0FBSUEsUUFBTyxTQUFTLFFBQVEsS0FBTSxPQUFNLElBQUksTUFBTSxhQUFhQSxRQUFPLElBQUksR0FBRztBQUM3RSxnQkFBTSxPQUFPLE1BQU0sZUFBZUEsU0FBUSxXQUFXLEtBQUssR0FBRyxVQUFVLFFBQVEsTUFBTUEsUUFBTyxPQUFPLENBQUM7QUFDcEcsZ0JBQU0sYUFBeUI7QUFBQSxZQUM3QixNQUFNLFFBQVE7QUFBQSxZQUNkLFVBQVUsUUFBUTtBQUFBLFlBQ2xCLFFBQUFBO0FBQUEsWUFDQSxTQUFTQSxRQUFPO0FBQUEsWUFDaEI7QUFBQSxZQUNBLFFBQVE7QUFBQTtBQUFBLFlBRVIsVUFBVSxLQUFLLEtBQUssSUFBSSxLQUFLLE9BQU87QUFBQSxZQUNwQyxTQUFTO0FBQUEsWUFDVCxVQUFVO0FBQUEsVUFDWjtBQUNBLGNBQUksQ0FBQyxPQUFPLFVBQVcsTUFBSyxPQUFPLGNBQWMsUUFBUSxLQUFLLFVBQVU7QUFDeEUsaUJBQU8sRUFBRSxZQUFZLFFBQVEsV0FBVztBQUFBLFFBQzFDLFNBQVMsT0FBTztBQUNkLGdCQUFNLEtBQUssb0NBQW9DRCxXQUFVLEtBQUssQ0FBQyxHQUFHO0FBQUEsUUFDcEU7QUFBQSxNQUNGLE9BQU87QUFDTCxjQUFNLEtBQUssTUFBTSxNQUFNO0FBQUEsTUFDekI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLHNCQUFzQixhQUFhLGFBQWE7QUFDOUQsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsUUFBUSxHQUFHLE1BQU0sTUFBTSxLQUFLLElBQUksQ0FBQztBQUFBLE1BQzNEO0FBQUEsUUFDRSxPQUFPLEtBQUssTUFBTTtBQUFBLFFBQ2xCLEdBQUksT0FBTyxXQUFXLFNBQVksQ0FBQyxJQUFJLEVBQUUsUUFBUSxNQUFNLE9BQU87QUFBQSxRQUM5RCxXQUFXLE9BQU8sYUFBYTtBQUFBLE1BQ2pDO0FBQUEsTUFDQSxFQUFFLE9BQU8sV0FBVztBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxlQUFlLFNBQXVDO0FBQzFELFVBQU1DLFVBQVMsTUFBTSxZQUFZLEtBQUssT0FBTyxRQUFRLE1BQU0sUUFBUSxRQUFRO0FBQzNFLFVBQU0sT0FBTyxNQUFNLGVBQWVBLFNBQVEsV0FBVyxLQUFLLEdBQUcsVUFBVSxRQUFRLE1BQU1BLFFBQU8sT0FBTyxDQUFDO0FBQ3BHLFNBQUssV0FBVyxLQUFLLFFBQVEsTUFBTSxRQUFRLFVBQVVBLFNBQVEsSUFBSTtBQUNqRSxXQUFPO0FBQUEsTUFDTCxNQUFNLFFBQVE7QUFBQSxNQUNkLFVBQVUsUUFBUTtBQUFBLE1BQ2xCLFFBQUFBO0FBQUEsTUFDQSxTQUFTQSxRQUFPO0FBQUEsTUFDaEI7QUFBQSxNQUNBLFFBQVE7QUFBQSxNQUNSLFVBQVUsS0FBSyxLQUFLO0FBQUEsTUFDcEIsU0FBUztBQUFBLE1BQ1QsVUFBVTtBQUFBLElBQ1o7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLFNBQVMsU0FBa0IsT0FBeUI7QUFDbEQsUUFBSSxLQUFLLE9BQU8sV0FBVyxJQUFJLFFBQVEsR0FBRyxLQUFLLEtBQUssS0FBSyxJQUFJLE1BQU0sUUFBUztBQUM1RSxVQUFNLGFBQWEsS0FBSyxPQUFPO0FBQy9CLFNBQUssT0FBTyxNQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsTUFBTSxPQUFPLFdBQVc7QUFDekUsVUFBSTtBQUNGLGNBQU0sUUFBUSxNQUFNLEtBQUssZUFBZSxPQUFPO0FBQy9DLGNBQU0sWUFBWSxNQUFNLEtBQUssU0FBUyxPQUFPLEtBQUssR0FBRyxRQUFRLE1BQU0sUUFBUSxHQUFHO0FBQzlFLGFBQUssT0FBTyxLQUFLLFlBQVksUUFBUSxLQUFLLE1BQU07QUFDaEQsWUFBSSxPQUFPLFVBQVc7QUFDdEIsYUFBSyxPQUFPLGNBQWMsUUFBUSxLQUFLLEtBQUs7QUFDNUMsYUFBSyxhQUFhLFNBQVMsTUFBTSxNQUFNLFNBQVMsTUFBTSxPQUFPO0FBQUEsTUFDL0QsU0FBUyxPQUFPO0FBQ2QsYUFBSyxPQUFPLEtBQUssWUFBWSxRQUFRLEtBQUssTUFBTTtBQUNoRCxZQUFJLE9BQU8sVUFBVztBQUN0QixZQUFJLFdBQVcsS0FBSyxHQUFHO0FBRXJCLGVBQUssT0FBTyxpQkFBaUIsUUFBUSxLQUFLLEtBQUs7QUFBQSxRQUNqRCxPQUFPO0FBQ0wsZ0JBQU0sVUFBVSxLQUFLLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU8sZ0JBQWdCO0FBQUEsUUFDNUU7QUFDQSxhQUFLLGFBQWEsU0FBUyxPQUFPLE1BQU0sU0FBUyxRQUFXLEtBQUs7QUFBQSxNQUNuRTtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRQSxTQUNFLFlBQ0EsUUFDQSxVQUNnRztBQUNoRyxVQUFNLFlBQVksV0FBVyxLQUFLLEdBQUc7QUFDckMsVUFBTSxNQUFNLFlBQ1IsU0FBUyxXQUFXLE1BQU0sV0FBVyxPQUFPLElBQzVDLEdBQUcsU0FBUyxXQUFXLE1BQU0sV0FBVyxPQUFPLENBQUMsSUFBSSxTQUFTLFdBQVcsT0FBTztBQUNuRixVQUFNLE1BQU0sS0FBSyxPQUFPLGNBQWMsR0FBRztBQUN6QyxRQUFJLFFBQVEsVUFBYSxJQUFJLFNBQVMsV0FBVyxTQUFTLGFBQWEsVUFBYSxJQUFJLEtBQUssU0FBUyxJQUFJO0FBQ3hHLFVBQUksVUFBVyxnQkFBZSxZQUFZLEdBQUc7QUFDN0MsYUFBTyxFQUFFLE9BQU8sS0FBSyxRQUFRLE1BQU07QUFBQSxJQUNyQztBQUNBLFVBQU0sRUFBRSxTQUFTLE9BQU8sSUFBSSxLQUFLLE9BQU8sTUFBTSxLQUFLLE9BQU8sV0FBVyxLQUFLLFdBQVcsTUFBTSxPQUFPLFdBQVc7QUFDM0csWUFBTSxFQUFFLFNBQVMsS0FBSyxJQUFJLE1BQU0sS0FBSyxnQkFBZ0IsV0FBVyxNQUFNO0FBQ3RFLFlBQU0sV0FBVyxLQUFLLE9BQU8sY0FBYyxHQUFHLEtBQUs7QUFDbkQsWUFBTSxRQUNKLGFBQWEsVUFBYSxTQUFTLFNBQVMsV0FBVyxRQUFRLFNBQVMsU0FBUyxNQUFNLElBQUksSUFDdkYsV0FDQTtBQUFBLFFBQ0UsUUFBUSxXQUFXO0FBQUEsUUFDbkIsTUFBTSxXQUFXO0FBQUEsUUFDakIsVUFBVSxjQUFjLFdBQVcsUUFBUSxFQUFFLFFBQVEsVUFBVSxDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksRUFBRSxDQUFDO0FBQUEsUUFDNUY7QUFBQSxNQUNGO0FBQ04sVUFBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE9BQU8sWUFBWSxLQUFLLEtBQUs7QUFDekQsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUNELFdBQU8sUUFBUSxLQUFLLENBQUMsVUFBVTtBQUM3QixVQUFJLFVBQVcsZ0JBQWUsWUFBWSxLQUFLO0FBQy9DLGFBQU8sRUFBRSxPQUFPLE9BQU87QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxNQUFNLGdCQUNKLE1BQzRFO0FBQzVFLFVBQU0sVUFBVSxvQkFBSSxJQUEwQjtBQUM5QyxVQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUMvQixXQUFPLE1BQU0sU0FBUyxHQUFHO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxTQUFTLENBQUMsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNwRCxpQkFBVyxRQUFRLE1BQU8sTUFBSyxJQUFJLElBQUk7QUFDdkMsVUFBSSxLQUFLLE9BQU8sY0FBYztBQUM1QixjQUFNLElBQUk7QUFBQSxVQUNSLHNCQUFzQixZQUFZO0FBQUEsVUFDbEMsRUFBRSxZQUFZLEtBQUssTUFBTSxPQUFPLFdBQVc7QUFBQSxRQUM3QztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFNBQVMsTUFBTSxRQUFRLElBQUksTUFBTSxJQUFJLENBQUMsU0FBUyxLQUFLLGVBQWUsTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNyRixjQUFRLENBQUM7QUFDVCxhQUFPLFFBQVEsQ0FBQ0EsU0FBUSxNQUFNO0FBQzVCLGNBQU0sT0FBTyxNQUFNLENBQUMsS0FBSztBQUN6QixZQUFJQSxZQUFXLE9BQVc7QUFDMUIsZ0JBQVEsSUFBSSxNQUFNQSxPQUFNO0FBQ3hCLGFBQUssSUFBSSxNQUFNQSxRQUFPLE9BQU87QUFDN0IsWUFBSUEsWUFBVyxLQUFNLE9BQU0sS0FBSyxHQUFHLGVBQWVBLE9BQU0sQ0FBQztBQUFBLE1BQzNELENBQUM7QUFBQSxJQUNIO0FBQ0EsV0FBTyxFQUFFLFNBQVMsS0FBSztBQUFBLEVBQ3pCO0FBQUE7QUFBQSxFQUdBLE1BQU0sZUFBZSxNQUFvQixNQUFpRDtBQUN4RixRQUFJLFNBQVMsS0FBSyxLQUFNLFFBQU87QUFDL0IsUUFBSTtBQUNGLGNBQVEsTUFBTSxLQUFLLFNBQVMsS0FBSyxhQUFhLE1BQU0sS0FBSyxpQkFBaUIsSUFBSSxDQUFDLENBQUMsR0FBRyxXQUFXO0FBQUEsSUFDaEcsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsb0JBQXFCLFFBQU87QUFDakQsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUlBLE1BQU0sVUFBVSxTQUFrQixVQUEwQixRQUF5QztBQUNuRyxVQUFNLFVBQVUsT0FBTyxhQUFhLFdBQVcsR0FBRyxRQUFRLElBQUksS0FBUyxNQUFNLEtBQVMsUUFBUSxLQUFLO0FBQ25HLFVBQU0sT0FBTyxZQUFZLFNBQVksU0FBWSxLQUFLLFdBQVcsSUFBSSxPQUFPO0FBQzVFLFFBQUksU0FBUyxPQUFXLFFBQU87QUFDL0IsVUFBTSxTQUFTLFlBQW9DO0FBQ2pELFlBQU1BLFVBQVMsZUFBZSxRQUFRLE1BQU0sUUFBUTtBQUNwRCxZQUFNLE9BQU8sTUFBTSxlQUFlQSxPQUFNO0FBQ3hDLFlBQU0sVUFBVSxvQkFBSSxJQUEwQjtBQUM5QyxpQkFBVyxRQUFRLGVBQWVBLE9BQU0sR0FBRztBQUN6QyxjQUFNLFNBQVMsS0FBSyxPQUFPLFdBQVcsU0FBUyxNQUFNLEtBQUssaUJBQWlCLElBQUksQ0FBQyxDQUFDO0FBQ2pGLFlBQUksV0FBVyxPQUFXLFNBQVEsSUFBSSxNQUFNLE9BQU8sTUFBTTtBQUFBLE1BQzNEO0FBQ0EsWUFBTSxXQUFXLGNBQWNBLFNBQVEsRUFBRSxRQUFRLFVBQVUsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLEVBQUUsQ0FBQztBQUN4RixhQUFPLEVBQUUsUUFBQUEsU0FBUSxNQUFNLFVBQVUsTUFBTSxvQkFBSSxJQUFJLEVBQUU7QUFBQSxJQUNuRCxHQUFHO0FBQ0gsUUFBSSxZQUFZLFFBQVc7QUFDekIsVUFBSSxLQUFLLFdBQVcsUUFBUSxtQkFBb0IsTUFBSyxXQUFXLE1BQU07QUFDdEUsV0FBSyxXQUFXLElBQUksU0FBUyxLQUFLO0FBQ2xDLFlBQU0sTUFBTSxNQUFNLEtBQUssV0FBVyxPQUFPLE9BQU8sQ0FBQztBQUFBLElBQ25EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBSUEsaUJBQXVCO0FBQ3JCLFVBQU0sSUFBSSxLQUFLLEdBQUc7QUFDbEIsUUFBSSxFQUFFLFFBQVMsTUFBSyxTQUFTLEdBQUcsU0FBUyxFQUFFLE9BQU87QUFDbEQsUUFBSSxFQUFFLFNBQVUsTUFBSyxTQUFTLEdBQUcsVUFBVSxFQUFFLFFBQVE7QUFDckQsUUFBSSxFQUFFLFVBQVcsTUFBSyxTQUFTLEdBQUcsV0FBVyxFQUFFLFNBQVM7QUFDeEQsUUFBSSxFQUFFLFFBQVMsTUFBSyxTQUFTLEdBQUcsU0FBUyxFQUFFLE9BQU87QUFDbEQsUUFBSSxFQUFFLGFBQWMsTUFBSyxTQUFTLEdBQUcsY0FBYyxFQUFFLFlBQVk7QUFDakUsUUFBSSxFQUFFLFVBQVcsTUFBSyxTQUFTLEdBQUcsV0FBVyxFQUFFLFNBQVM7QUFDeEQsUUFBSSxFQUFFLFFBQVMsTUFBSyxTQUFTLFFBQVEsRUFBRSxPQUFPO0FBQUEsRUFDaEQ7QUFBQSxFQUVBLFdBQVcsU0FBa0IsUUFBZ0IsU0FBdUI7QUFDbEUsUUFBSSxDQUFDLEtBQUssU0FBUyxNQUFNLE9BQU8sRUFBRztBQUNuQyxTQUFLLFNBQVMsS0FBSztBQUFBLE1BQ2pCLE1BQU07QUFBQSxNQUNOLE1BQU0sUUFBUTtBQUFBLE1BQ2QsVUFBVSxRQUFRO0FBQUEsTUFDbEIsU0FBUyxPQUFPLE1BQU0sT0FBTztBQUFBLE1BQzdCLE1BQU0sT0FBTyxNQUFNO0FBQUEsTUFDbkIsT0FBTyxLQUFLLE1BQU07QUFBQSxNQUNsQixPQUFPLE9BQU87QUFBQSxNQUNkLFFBQVEsT0FBTztBQUFBLE1BQ2YsWUFBWSxZQUFZLElBQUksSUFBSSxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQUEsSUFDeEQsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLGFBQWEsU0FBa0IsSUFBYSxhQUFxQixXQUFvQixPQUF1QjtBQUMxRyxRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sU0FBUyxFQUFHO0FBQ3JDLFNBQUssU0FBUyxLQUFLO0FBQUEsTUFDakIsTUFBTTtBQUFBLE1BQ04sTUFBTSxRQUFRO0FBQUEsTUFDZCxVQUFVLFFBQVE7QUFBQSxNQUNsQjtBQUFBLE1BQ0E7QUFBQSxNQUNBLEdBQUksY0FBYyxTQUFZLENBQUMsSUFBSSxFQUFFLFVBQVU7QUFBQSxNQUMvQyxHQUFJLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLFFBQVEsS0FBSyxFQUFFO0FBQUEsSUFDekQsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLFdBQVcsTUFBYyxVQUE4QixPQUFzQjtBQUMzRSxRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sT0FBTyxFQUFHO0FBQ25DLFNBQUssU0FBUyxLQUFLO0FBQUEsTUFDakIsTUFBTTtBQUFBLE1BQ047QUFBQSxNQUNBLEdBQUksYUFBYSxTQUFZLENBQUMsSUFBSSxFQUFFLFNBQVM7QUFBQSxNQUM3QyxPQUFPLFFBQVEsS0FBSztBQUFBLElBQ3RCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLGNBQWMsT0FBcUM7QUFDMUQsU0FBTyxpQkFBaUI7QUFDMUI7QUFHQSxTQUFTLFlBQVksT0FBeUI7QUFDNUMsU0FBTyxjQUFjLEtBQUssS0FBSyxXQUFXLEtBQUs7QUFDakQ7QUFFQSxTQUFTLGVBQWUsT0FBK0I7QUFDckQsU0FBTyxJQUFJO0FBQUEsSUFDVCxHQUFHLE1BQU0sT0FBTztBQUFBLElBQ2hCLEVBQUUsT0FBTyxNQUFNLE9BQU8sR0FBSSxNQUFNLFdBQVcsU0FBWSxDQUFDLElBQUksRUFBRSxRQUFRLE1BQU0sT0FBTyxHQUFJLFdBQVcsTUFBTSxVQUFVO0FBQUEsSUFDbEgsRUFBRSxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsRUFDaEM7QUFDRjtBQUdBLFNBQVMsZUFBZSxZQUF3QixPQUE0QjtBQUMxRSxNQUFJLFdBQVcsYUFBYSxNQUFPO0FBQ25DLGFBQVcsV0FBVztBQUN0QixhQUFXLFNBQVM7QUFDdEI7QUFFQSxTQUFTLFNBQVMsR0FBZ0MsR0FBeUM7QUFDekYsTUFBSSxFQUFFLFNBQVMsRUFBRSxLQUFNLFFBQU87QUFDOUIsYUFBVyxDQUFDLE1BQU0sT0FBTyxLQUFLLEVBQUcsS0FBSSxFQUFFLElBQUksSUFBSSxNQUFNLFFBQVMsUUFBTztBQUNyRSxTQUFPO0FBQ1Q7QUFFQSxTQUFTRCxXQUFVLE9BQXdCO0FBQ3pDLFNBQU8saUJBQWlCLFFBQVEsR0FBRyxNQUFNLElBQUksS0FBSyxNQUFNLE9BQU8sS0FBSyxPQUFPLEtBQUs7QUFDbEY7OztBQ3JvQkEsU0FBUyxZQUFZLHVCQUF1QjtBQUU1QyxPQUFPRSxrQkFBaUI7OztBQ0Z4QixZQUFZQyxRQUFPO0FBR1osSUFBTSxtQkFBbUI7QUFHekIsSUFBTSxvQkFBc0IsVUFBTztBQUFBLEVBQ3hDLFNBQVcsVUFBTztBQUFBLEVBQ2xCLFFBQVUsU0FBUSxVQUFPLENBQUM7QUFBQSxFQUMxQixNQUFRLFlBQVcsVUFBTyxDQUFDO0FBQzdCLENBQUM7QUFHTSxJQUFNLG9CQUFzQixVQUFPO0FBQUEsRUFDeEMsTUFBUSxVQUFPO0FBQUEsRUFDZixVQUFZLFNBQU0saUJBQWlCO0FBQ3JDLENBQUM7QUFHTSxJQUFNLG1CQUFxQixVQUFPO0FBQUEsRUFDdkMsU0FBVztBQUFBLElBQ1AsVUFBTztBQUFBLE1BQ1AsTUFBUSxVQUFPO0FBQUEsTUFDZixVQUFZLFlBQVcsU0FBTSxpQkFBaUIsQ0FBQztBQUFBLElBQ2pELENBQUM7QUFBQSxFQUNIO0FBQ0YsQ0FBQztBQUdNLElBQU0scUJBQXVCLFVBQU8sRUFBRSxTQUFXLFVBQU8sRUFBRSxDQUFDO0FBc0IzRCxTQUFTLFdBQVcsTUFBc0I7QUFDL0MsU0FBTyxLQUFLLGdCQUFnQixZQUFZLG1CQUFtQixJQUFJLENBQUM7QUFDbEU7QUFHTyxTQUFTLFlBQVksTUFBYyxTQUF5QjtBQUNqRSxTQUFPLEdBQUcsV0FBVyxJQUFJLENBQUMsYUFBYSxtQkFBbUIsT0FBTyxDQUFDO0FBQ3BFO0FBR08sU0FBUyxZQUFZLE1BQXNCO0FBQ2hELFNBQU8sR0FBRyxXQUFXLElBQUksQ0FBQztBQUM1QjtBQUdPLFNBQVMsVUFBVSxNQUFjLE9BQXVCO0FBQzdELFNBQU8sR0FBRyxXQUFXLElBQUksQ0FBQyxXQUFXLG1CQUFtQixLQUFLLENBQUM7QUFDaEU7QUFHTyxTQUFTLGVBQWUsT0FBb0Y7QUFDakgsU0FBTyxNQUFNLE9BQ1YsTUFBTSxHQUFHLENBQUMsRUFDVixJQUFJLENBQUMsVUFBVSxHQUFHLE1BQU0sS0FBSyxTQUFTLElBQUksTUFBTSxLQUFLLElBQUksTUFBTSxFQUFFLEtBQUssR0FBRyxJQUFJLFFBQVEsS0FBSyxNQUFNLE9BQU8sRUFBRSxFQUN6RyxLQUFLLElBQUk7QUFDZDs7O0FEdkJBLElBQU0sY0FBTixjQUEwQixNQUFNO0FBQUEsRUFDOUIsWUFDVyxRQUNBLE1BQ1QsU0FDUyxVQUFrQyxDQUFDLEdBQzVDO0FBQ0EsVUFBTSxPQUFPO0FBTEo7QUFDQTtBQUVBO0FBQUEsRUFHWDtBQUFBLEVBTlc7QUFBQSxFQUNBO0FBQUEsRUFFQTtBQUliO0FBRUEsSUFBTSxZQUFZO0FBRWxCLFNBQVMsT0FBTyxNQUFzQjtBQUNwQyxTQUFPLFdBQVcsUUFBUSxFQUFFLE9BQU8sTUFBTSxNQUFNLEVBQUUsT0FBTztBQUMxRDtBQVlPLFNBQVMsMkJBQTJCLFNBQTREO0FBQ3JHLFFBQU0sRUFBRSxNQUFNLElBQUk7QUFDbEIsTUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsT0FBTyxNQUFNLGlCQUFpQixZQUFZO0FBQzNGLFVBQU0sSUFBSSxZQUFZLHNFQUFzRSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQUEsRUFDakg7QUFDQSxNQUFJLFFBQVEsVUFBVSxXQUFjLE9BQU8sUUFBUSxVQUFVLFlBQVksUUFBUSxVQUFVLEtBQUs7QUFDOUYsVUFBTSxJQUFJLFlBQVksNEVBQTRFO0FBQUEsTUFDaEcsUUFBUTtBQUFBLElBQ1YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNLFVBQ0osUUFBUSxZQUNQLENBQUMsVUFBbUI7QUFDbkIsWUFBUSxNQUFNLHNCQUFzQixLQUFLO0FBQUEsRUFDM0M7QUFDRixRQUFNLGNBQWMsUUFBUSxVQUFVLFNBQVksU0FBWSxPQUFPLFFBQVEsS0FBSztBQUNsRixRQUFNLFdBQVcsUUFBUSxhQUFhO0FBQ3RDLFFBQU0sZUFBZSxRQUFRLGdCQUFnQixPQUFPO0FBQ3BELE1BQUksQ0FBQyxPQUFPLFNBQVMsWUFBWSxLQUFLLGdCQUFnQixHQUFHO0FBQ3ZELFVBQU0sSUFBSSxZQUFZLGtDQUFrQyxPQUFPLFlBQVksQ0FBQyxJQUFJLEVBQUUsUUFBUSxlQUFlLENBQUM7QUFBQSxFQUM1RztBQUVBLFdBQVMsVUFBVSxLQUE0QjtBQUM3QyxRQUFJLGdCQUFnQixPQUFXO0FBQy9CLFVBQU1DLFVBQVMsSUFBSSxRQUFRO0FBQzNCLFVBQU0sWUFBWSxFQUFFLG9CQUFvQiwyQkFBMkI7QUFDbkUsVUFBTSxRQUFRLE9BQU9BLFlBQVcsV0FBVyw2QkFBNkIsS0FBS0EsT0FBTSxJQUFJO0FBQ3ZGLFFBQUksUUFBUSxDQUFDLE1BQU0sUUFBVztBQUM1QixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsZ0JBQWdCLE9BQU8sTUFBTSxDQUFDLENBQUMsR0FBRyxXQUFXLEdBQUc7QUFDbkQsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUVBLGlCQUFlLFNBQVMsTUFBYyxVQUF5QztBQUM3RSxVQUFNLFdBQVcsTUFBTSxNQUFNLGFBQWEsSUFBSSxFQUFFLE1BQU0sTUFBTSxDQUFDLENBQWtCO0FBQy9FLFFBQUksU0FBUyxXQUFXLEdBQUc7QUFDekIsWUFBTSxRQUFRLE1BQU0sU0FBUyxTQUFZLENBQUMsSUFBSSxNQUFNLE1BQU0sS0FBSyxFQUFFLE1BQU0sTUFBTSxDQUFDLENBQWE7QUFDM0YsWUFBTUMsU0FBUSxJQUFJLG9CQUFvQixNQUFNLEVBQUUsT0FBTyxNQUFNLE1BQU0sYUFBYSxhQUFhLE1BQU0sS0FBSyxFQUFFLENBQUM7QUFDekcsYUFBTyxJQUFJLFlBQVksS0FBSyxhQUFhQSxPQUFNLE9BQU87QUFBQSxJQUN4RDtBQUNBLFVBQU0sU0FBUyx1QkFBdUIsUUFBUTtBQUM5QyxVQUFNLFFBQVEsSUFBSSxxQkFBcUIsTUFBTSxZQUFZLFVBQVU7QUFBQSxNQUNqRSxVQUFVLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQUEsTUFDckMsUUFBUSxTQUFTLE1BQU07QUFBQSxJQUN6QixDQUFDO0FBQ0QsV0FBTyxJQUFJLFlBQVksS0FBSyxhQUFhLE1BQU0sT0FBTztBQUFBLEVBQ3hEO0FBRUEsaUJBQWUsTUFBTSxLQUFzQixLQUFvQztBQUM3RSxVQUFNLFNBQVMsSUFBSSxVQUFVO0FBQzdCLFVBQU0sU0FBUyxJQUFJLE9BQU87QUFDMUIsVUFBTSxJQUFJLE9BQU8sUUFBUSxHQUFHO0FBQzVCLFVBQU0sVUFBVSxNQUFNLEtBQUssU0FBUyxPQUFPLE1BQU0sR0FBRyxDQUFDO0FBQ3JELFVBQU0sUUFBUSxJQUFJLGdCQUFnQixNQUFNLEtBQUssS0FBSyxPQUFPLE1BQU0sSUFBSSxDQUFDLENBQUM7QUFDckUsVUFBTSxXQUFXLFFBQVEsTUFBTSxHQUFHLEVBQUUsTUFBTSxDQUFDO0FBQzNDLFFBQUksU0FBUyxDQUFDLE1BQU0sUUFBUSxTQUFTLENBQUMsTUFBTSxXQUFXO0FBQ3JELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQSxxQkFBcUIsTUFBTSxJQUFJLFFBQVEsTUFBTSxHQUFHLEdBQUcsQ0FBQztBQUFBLE1BQ3REO0FBQUEsSUFDRjtBQUNBLGNBQVUsR0FBRztBQUNiLFVBQU0sT0FBTyxTQUFTLE1BQU0sQ0FBQztBQUM3QixRQUFJLEtBQUssV0FBVyxLQUFNLEtBQUssV0FBVyxLQUFLLEtBQUssQ0FBQyxNQUFNLElBQUs7QUFDOUQsWUFBTSxRQUFRLENBQUMsT0FBTyxNQUFNLENBQUM7QUFDN0IsYUFBTyxTQUFTLEtBQUssS0FBSyxLQUFLLE1BQU0sUUFBUSxHQUFHLEVBQUUsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLElBQ2pGO0FBQ0EsVUFBTSxVQUFVLEtBQUssSUFBSSxhQUFhO0FBQ3RDLFVBQU0sT0FBTyxRQUFRLENBQUM7QUFDdEIsVUFBTSxVQUFVLG1CQUFtQixJQUFJO0FBQ3ZDLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFlBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSxHQUFHLE9BQU8sMkRBQTJEO0FBQUEsSUFDakg7QUFDQSxRQUFJLFFBQVEsV0FBVyxHQUFHO0FBQ3hCLFlBQU0sUUFBUSxDQUFDLE9BQU8sTUFBTSxDQUFDO0FBQzdCLFlBQU0sV0FBVyxNQUFNLE1BQU0sYUFBYSxJQUFJO0FBQzlDLFVBQUksU0FBUyxXQUFXLEVBQUcsT0FBTSxNQUFNLFNBQVMsSUFBSTtBQUNwRCxhQUFPO0FBQUEsUUFDTDtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQSxFQUFFLE1BQU0sVUFBVSx1QkFBdUIsUUFBUSxFQUFFO0FBQUEsUUFDbkQsRUFBRSxpQkFBaUIsV0FBVztBQUFBLE1BQ2hDO0FBQUEsSUFDRjtBQUNBLFVBQU0sQ0FBQyxFQUFFLE1BQU0sR0FBRyxJQUFJO0FBQ3RCLFFBQUksU0FBUyxjQUFjLFFBQVEsVUFBYSxRQUFRLFdBQVcsR0FBRztBQUNwRSxZQUFNLFFBQVEsQ0FBQyxPQUFPLFFBQVEsS0FBSyxDQUFDO0FBQ3BDLFVBQUlDLGFBQVksR0FBRyxNQUFNLEtBQUs7QUFDNUIsY0FBTSxJQUFJO0FBQUEsVUFDUjtBQUFBLFVBQ0E7QUFBQSxVQUNBLG1CQUFtQixLQUFLLFVBQVUsSUFBSSxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFBQSxRQUN0RDtBQUFBLE1BQ0Y7QUFDQSxVQUFJLFdBQVcsTUFBTyxRQUFPLFdBQVcsS0FBSyxLQUFLLE1BQU0sR0FBRztBQUMzRCxhQUFPLFdBQVcsS0FBSyxLQUFLLE1BQU0sR0FBRztBQUFBLElBQ3ZDO0FBQ0EsUUFBSSxTQUFTLGFBQWEsUUFBUSxXQUFXLEdBQUc7QUFDOUMsWUFBTSxRQUFRLENBQUMsT0FBTyxNQUFNLENBQUM7QUFDN0IsWUFBTSxXQUFXLE1BQU0sSUFBSSxVQUFVO0FBQ3JDLFVBQUksYUFBYSxRQUFRLGFBQWEsTUFBTSxTQUFTLFNBQVMsT0FBTyxhQUFhLFFBQVEsTUFBTSxRQUFXO0FBQ3pHLGNBQU0sSUFBSTtBQUFBLFVBQ1I7QUFBQSxVQUNBO0FBQUEsVUFDQTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsWUFBTUMsVUFDSixNQUFNLFlBQVksU0FBWSxNQUFNLGVBQWUsT0FBTyxNQUFNLFFBQVEsSUFBSSxNQUFNLE1BQU0sUUFBUSxNQUFNLFFBQVE7QUFDaEgsVUFBSUEsWUFBVyxPQUFXLE9BQU0sTUFBTSxTQUFTLE1BQU0sUUFBUTtBQUM3RCxhQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssTUFBTSxTQUFTQSxPQUFNLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsSUFDeEY7QUFDQSxRQUFJLFNBQVMsWUFBWSxRQUFRLFVBQWEsUUFBUSxXQUFXLEdBQUc7QUFDbEUsWUFBTSxRQUFRLENBQUMsS0FBSyxDQUFDO0FBQ3JCLGFBQU8sU0FBUyxLQUFLLEtBQUssTUFBTSxHQUFHO0FBQUEsSUFDckM7QUFDQSxVQUFNLElBQUksWUFBWSxLQUFLLGFBQWEscUJBQXFCLE1BQU0sSUFBSSxRQUFRLE1BQU0sR0FBRyxHQUFHLENBQUMsR0FBRztBQUFBLEVBQ2pHO0FBRUEsaUJBQWUsVUFBa0Y7QUFDL0YsUUFBSSxNQUFNLFNBQVMsUUFBVztBQUM1QixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0EsT0FBTyxNQUFNLElBQUk7QUFBQSxNQUNuQjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsTUFBTSxNQUFNLEtBQUs7QUFDL0IsVUFBTSxVQUE0RCxJQUFJLE1BQU0sTUFBTSxNQUFNO0FBQ3hGLFFBQUksT0FBTztBQUNYLFVBQU0sU0FBUyxZQUEyQjtBQUN4QyxhQUFPLE9BQU8sTUFBTSxRQUFRO0FBQzFCLGNBQU0sSUFBSTtBQUNWLGNBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsZ0JBQVEsQ0FBQyxJQUFJLEVBQUUsTUFBTSxVQUFVLHVCQUF1QixNQUFNLE1BQU0sYUFBYSxJQUFJLENBQUMsRUFBRTtBQUFBLE1BQ3hGO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxJQUFJLE1BQU0sS0FBSyxFQUFFLFFBQVEsS0FBSyxJQUFJLElBQUksTUFBTSxNQUFNLEVBQUUsR0FBRyxNQUFNLENBQUM7QUFDNUUsV0FBTyxFQUFFLFFBQVE7QUFBQSxFQUNuQjtBQUVBLGlCQUFlLFdBQVcsS0FBc0IsS0FBcUIsTUFBYyxTQUFnQztBQUNqSCxVQUFNQSxVQUFTLE1BQU0sTUFBTSxXQUFXLE1BQU0sT0FBTztBQUNuRCxRQUFJQSxZQUFXLE9BQVcsT0FBTSxNQUFNLFNBQVMsTUFBTSxPQUFPO0FBQzVELFVBQU0sT0FBTyxNQUFNLFNBQVNBLE9BQU07QUFDbEMsVUFBTSxPQUFPLElBQUksS0FBSyxJQUFJO0FBQzFCLFVBQU0sVUFBVSxFQUFFLE1BQU0saUJBQWlCLFVBQVU7QUFDbkQsUUFBSSxZQUFZLElBQUksUUFBUSxlQUFlLEdBQUcsSUFBSSxHQUFHO0FBQ25ELFVBQUksVUFBVSxLQUFLLE9BQU87QUFDMUIsVUFBSSxJQUFJO0FBQ1I7QUFBQSxJQUNGO0FBQ0EsV0FBTyxTQUFTLEtBQUssS0FBSyxLQUFLLE1BQU0sT0FBTztBQUFBLEVBQzlDO0FBRUEsV0FBUyxnQkFBZ0IsWUFBNkM7QUFDcEUsUUFBSSxDQUFDLFVBQVU7QUFDYixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBLEVBQUUsT0FBTyxZQUFZO0FBQUEsTUFDdkI7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFXO0FBQ25DLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQSxPQUFPLE1BQU0sSUFBSSx1Q0FBdUMsVUFBVTtBQUFBLE1BQ3BFO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxXQUFXLEtBQXNCLEtBQXFCLE1BQWMsU0FBZ0M7QUFDakgsb0JBQWdCLFlBQVk7QUFDNUIsVUFBTSxPQUFPLE1BQU0sYUFBYSxHQUFHO0FBQ25DLFFBQUlBO0FBQ0osUUFBSTtBQUNKLFFBQUk7QUFDRixNQUFBQSxVQUFTLFlBQVksTUFBTSxFQUFFLE1BQU0sZUFBZSxDQUFDO0FBQ25ELGFBQU8sTUFBTSxpQkFBaUJBLE9BQU07QUFBQSxJQUN0QyxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixxQkFBcUIsaUJBQWlCLGdCQUFnQjtBQUN6RSxjQUFNLElBQUksWUFBWSxLQUFLLGVBQWUsbUJBQW1CLE1BQU0sT0FBTyxFQUFFO0FBQUEsTUFDOUU7QUFDQSxZQUFNO0FBQUEsSUFDUjtBQUNBLFFBQUlBLFFBQU8sU0FBUyxRQUFRQSxRQUFPLFlBQVksU0FBUztBQUN0RCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0Esa0JBQWtCQSxRQUFPLElBQUksSUFBSUEsUUFBTyxPQUFPLHVCQUF1QixJQUFJLElBQUksT0FBTztBQUFBLE1BQ3ZGO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxhQUFhQSxPQUFNO0FBQy9CLFdBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxFQUFFLE1BQU0sU0FBUyxLQUFLLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsRUFDekY7QUFFQSxpQkFBZSxTQUFTLEtBQXNCLEtBQXFCLE1BQWMsT0FBOEI7QUFDN0csb0JBQWdCLFVBQVU7QUFDMUIsUUFBSSxhQUFhLEtBQUssTUFBTSxTQUFTO0FBQ25DLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQSxpQkFBaUIsS0FBSyxVQUFVLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLG1CQUFtQixVQUFVLE1BQU0sYUFBYSxHQUFHLENBQUM7QUFDbkUsUUFBSSxDQUFDLE9BQU8sUUFBUyxPQUFNLElBQUksWUFBWSxLQUFLLGVBQWUsMkNBQTJDO0FBQzFHLFVBQU0sTUFBTSxXQUFXLE1BQU0sT0FBTyxPQUFPLEtBQUssT0FBTztBQUN2RCxXQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssRUFBRSxNQUFNLE9BQU8sU0FBUyxPQUFPLEtBQUssUUFBUSxHQUFHLEVBQUUsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLEVBQy9HO0FBRUEsaUJBQWUsYUFBYSxLQUF3QztBQUNsRSxVQUFNLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSztBQUM1QyxRQUFJLENBQUMsc0NBQXNDLEtBQUssSUFBSSxHQUFHO0FBQ3JELFlBQU0sSUFBSSxZQUFZLEtBQUssMEJBQTBCLHlEQUF5RDtBQUFBLElBQ2hIO0FBQ0EsVUFBTSxXQUFXLE9BQU8sSUFBSSxRQUFRLGdCQUFnQixDQUFDO0FBQ3JELFVBQU0sV0FBVyxJQUFJO0FBQUEsTUFDbkI7QUFBQSxNQUNBO0FBQUEsTUFDQSx1Q0FBdUMsWUFBWTtBQUFBLE1BQ25ELEVBQUUsWUFBWSxRQUFRO0FBQUEsSUFDeEI7QUFDQSxRQUFJLE9BQU8sU0FBUyxRQUFRLEtBQUssV0FBVyxhQUFjLE9BQU07QUFDaEUsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQUksUUFBUTtBQUNaLHFCQUFpQixTQUFTLEtBQUs7QUFDN0IsWUFBTSxTQUFTO0FBQ2YsZUFBUyxPQUFPO0FBQ2hCLFVBQUksUUFBUSxhQUFjLE9BQU07QUFDaEMsYUFBTyxLQUFLLE1BQU07QUFBQSxJQUNwQjtBQUNBLFFBQUk7QUFDRixhQUFPLEtBQUssTUFBTSxPQUFPLE9BQU8sTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDMUQsUUFBUTtBQUNOLFlBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSxxQ0FBcUM7QUFBQSxJQUNqRjtBQUFBLEVBQ0Y7QUFFQSxTQUFPLENBQUMsS0FBSyxRQUFRO0FBQ25CLFVBQU0sS0FBSyxHQUFHLEVBQUUsTUFBTSxDQUFDLFVBQW1CO0FBQ3hDLFlBQU0sVUFBVSxVQUFVLEtBQUs7QUFDL0IsVUFBSSxRQUFRLFVBQVUsT0FBTyxRQUFRLFdBQVcsSUFBSyxTQUFRLEtBQUs7QUFDbEUsVUFBSSxDQUFDLElBQUksWUFBYSxXQUFVLEtBQUssS0FBSyxPQUFPO0FBQUEsVUFDNUMsS0FBSSxRQUFRO0FBQ2pCLFVBQUksUUFBUSxXQUFXLElBQUssS0FBSSxHQUFHLFVBQVUsTUFBTSxJQUFJLFFBQVEsQ0FBQztBQUFBLElBQ2xFLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFFQSxlQUFlLFNBQVNBLFNBQWdFO0FBQ3RGLFNBQU8sRUFBRSxHQUFHQSxTQUFRLE1BQU1BLFFBQU8sUUFBUyxNQUFNLFlBQVlBLE9BQU0sRUFBRztBQUN2RTtBQUVBLFNBQVMsY0FBYyxTQUF5QjtBQUM5QyxNQUFJO0FBQ0osTUFBSTtBQUNGLFlBQVEsbUJBQW1CLE9BQU87QUFBQSxFQUNwQyxRQUFRO0FBQ04sVUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLHlDQUF5QztBQUFBLEVBQ3JGO0FBQ0EsTUFBSSxVQUFVLE9BQU8sVUFBVSxRQUFRLE1BQU0sU0FBUyxJQUFJLEdBQUc7QUFDM0QsVUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLHVEQUF1RDtBQUFBLEVBQ25HO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLFFBQWdCLFNBQWtDO0FBQy9ELE1BQUksQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHO0FBQzdCLFVBQU0sSUFBSSxZQUFZLEtBQUssc0JBQXNCLEdBQUcsTUFBTSw2QkFBNkIsUUFBUSxLQUFLLE1BQU0sQ0FBQyxLQUFLO0FBQUEsTUFDOUcsT0FBTyxRQUFRLEtBQUssSUFBSTtBQUFBLElBQzFCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHTyxTQUFTLFlBQVlILFNBQTRCLE1BQXVCO0FBQzdFLE1BQUlBLFlBQVcsT0FBVyxRQUFPO0FBQ2pDLFNBQU9BLFFBQU8sTUFBTSxHQUFHLEVBQUUsS0FBSyxDQUFDLFNBQVM7QUFDdEMsVUFBTSxNQUFNLEtBQUssS0FBSyxFQUFFLFFBQVEsUUFBUSxFQUFFO0FBQzFDLFdBQU8sUUFBUSxPQUFPLFFBQVE7QUFBQSxFQUNoQyxDQUFDO0FBQ0g7QUFHQSxTQUFTLFVBQVUsT0FBNkI7QUFDOUMsTUFBSSxpQkFBaUIsWUFBYSxRQUFPO0FBQ3pDLE1BQUksaUJBQWlCLHVCQUF1QixpQkFBaUIsc0JBQXNCO0FBQ2pGLFdBQU8sSUFBSSxZQUFZLEtBQUssYUFBYSxNQUFNLE9BQU87QUFBQSxFQUN4RDtBQUNBLE1BQUksaUJBQWlCLHFCQUFxQixpQkFBaUIsZ0JBQWdCO0FBQ3pFLFdBQU8sSUFBSSxZQUFZLEtBQUssa0JBQWtCLE1BQU0sT0FBTztBQUFBLEVBQzdEO0FBQ0EsTUFBSSxpQkFBaUIsWUFBYSxRQUFPLElBQUksWUFBWSxLQUFLLGVBQWUsTUFBTSxPQUFPO0FBQzFGLE1BQUksaUJBQWlCLFlBQVk7QUFDL0IsUUFBSSxNQUFNLFdBQVcsSUFBSyxRQUFPLElBQUksWUFBWSxLQUFLLFlBQVksTUFBTSxPQUFPO0FBQy9FLFFBQUksTUFBTSxXQUFXLElBQUssUUFBTyxJQUFJLFlBQVksS0FBSyxlQUFlLE1BQU0sT0FBTztBQUNsRixRQUFJLE1BQU0sV0FBVyxJQUFLLFFBQU8sSUFBSSxZQUFZLEtBQUssYUFBYSxNQUFNLE9BQU87QUFDaEYsUUFBSSxNQUFNLFVBQVcsUUFBTyxJQUFJLFlBQVksS0FBSyxxQkFBcUIsTUFBTSxTQUFTLEVBQUUsZUFBZSxJQUFJLENBQUM7QUFDM0csV0FBTyxJQUFJLFlBQVksS0FBSyxZQUFZLE1BQU0sT0FBTztBQUFBLEVBQ3ZEO0FBQ0EsTUFBSSxpQkFBaUIsS0FBSyxFQUFHLFFBQU8sSUFBSSxZQUFZLEtBQUssWUFBWSxNQUFNLE9BQU87QUFDbEYsU0FBTyxJQUFJLFlBQVksS0FBSyxZQUFZLDRDQUE0QztBQUN0RjtBQUVBLFNBQVMsVUFBVSxLQUFzQixLQUFxQixTQUE0QjtBQUN4RjtBQUFBLElBQ0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixFQUFFLE9BQU8sRUFBRSxNQUFNLFFBQVEsTUFBTSxTQUFTLFFBQVEsUUFBUSxFQUFFO0FBQUEsSUFDMUQ7QUFBQSxNQUNFLGlCQUFpQjtBQUFBLE1BQ2pCLEdBQUcsUUFBUTtBQUFBLElBQ2I7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQ1AsS0FDQSxLQUNBLFFBQ0EsTUFDQSxVQUFrQyxDQUFDLEdBQzdCO0FBQ04sUUFBTSxPQUFPLEtBQUssVUFBVSxJQUFJO0FBQ2hDLE1BQUksVUFBVSxRQUFRO0FBQUEsSUFDcEIsZ0JBQWdCO0FBQUEsSUFDaEIsa0JBQWtCLE9BQU8sT0FBTyxXQUFXLElBQUksQ0FBQztBQUFBLElBQ2hELDBCQUEwQjtBQUFBLElBQzFCLEdBQUc7QUFBQSxFQUNMLENBQUM7QUFDRCxNQUFJLElBQUksSUFBSSxXQUFXLFNBQVMsU0FBWSxJQUFJO0FBQ2xEOzs7QUU3YUEsU0FBUyxZQUFBSSxpQkFBZ0I7QUFDekIsT0FBT0Msa0JBQWlCOzs7QUM4Q3hCLElBQU0sZUFBZSxDQUFDLE9BQThCLElBQUksUUFBUSxDQUFDLFlBQVksV0FBVyxTQUFTLEVBQUUsQ0FBQztBQUVwRyxTQUFTLFlBQVksT0FBZ0IsUUFBZ0IsS0FBYSxVQUEwQjtBQUMxRixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLFFBQVEsS0FBSztBQUN2RSxVQUFNLElBQUksWUFBWSw4QkFBOEIsR0FBRyxTQUFTLEtBQUssVUFBVSxLQUFLLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ3JHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxjQUFpQixPQUFzQixRQUFnQixVQUFnQjtBQUM5RSxNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksT0FBTyxVQUFVLFdBQVksT0FBTSxJQUFJLFlBQVksMkJBQTJCLE9BQU8sS0FBSyxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQzVHLFNBQU87QUFDVDtBQU1PLFNBQVMsb0JBQW9CLE9BQXdFO0FBQzFHLFFBQU0sVUFDSixVQUFVLFFBQVEsRUFBRSxPQUFPLEVBQUUsSUFBSSxPQUFPLFVBQVUsV0FBVyxFQUFFLE9BQU8sTUFBTSxJQUFLLFNBQVMsQ0FBQztBQUM3RixNQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksTUFBTTtBQUNuRCxVQUFNLElBQUksWUFBWSw2Q0FBNkMsT0FBTyxPQUFPLElBQUksRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQzFHO0FBQ0EsUUFBTSxRQUFRLFlBQVksUUFBUSxPQUFPLGVBQWUsR0FBRyxDQUFDO0FBQzVELE1BQUksQ0FBQyxPQUFPLFVBQVUsS0FBSyxFQUFHLE9BQU0sSUFBSSxZQUFZLDJCQUEyQixLQUFLLElBQUksRUFBRSxRQUFRLGNBQWMsQ0FBQztBQUNqSCxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsV0FBVyxZQUFZLFFBQVEsV0FBVyxtQkFBbUIsR0FBRyxHQUFHO0FBQUEsSUFDbkUsY0FBYyxZQUFZLFFBQVEsY0FBYyxzQkFBc0IsR0FBRyxHQUFJO0FBQUEsSUFDN0UsaUJBQWlCLFlBQVksUUFBUSxpQkFBaUIseUJBQXlCLEdBQUcsR0FBTTtBQUFBLElBQ3hGLE9BQU8sY0FBYyxRQUFRLE9BQU8sZUFBZSxZQUFZO0FBQUEsSUFDL0QsUUFBUSxjQUFjLFFBQVEsUUFBUSxnQkFBZ0IsS0FBSyxNQUFNO0FBQUEsSUFDakUsS0FBSyxjQUFjLFFBQVEsS0FBSyxhQUFhLEtBQUssR0FBRztBQUFBLEVBQ3ZEO0FBQ0Y7QUFHTyxTQUFTLGtCQUFrQixRQUF5QjtBQUN6RCxTQUFPLFdBQVcsT0FBTyxXQUFXLE9BQVEsVUFBVSxPQUFPLFVBQVUsT0FBTyxXQUFXO0FBQzNGO0FBTU8sU0FBUyxnQkFBZ0IsT0FBa0MsS0FBaUM7QUFDakcsTUFBSSxVQUFVLFFBQVEsVUFBVSxPQUFXLFFBQU87QUFDbEQsUUFBTSxPQUFPLE1BQU0sS0FBSztBQUN4QixNQUFJLFNBQVMsR0FBSSxRQUFPO0FBQ3hCLE1BQUksZ0JBQWdCLEtBQUssSUFBSSxFQUFHLFFBQU8sS0FBSyxNQUFNLE9BQU8sSUFBSSxJQUFJLEdBQUk7QUFFckUsTUFBSSxDQUFDLFlBQVksS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNwQyxRQUFNLE9BQU8sS0FBSyxNQUFNLElBQUk7QUFDNUIsTUFBSSxPQUFPLE1BQU0sSUFBSSxFQUFHLFFBQU87QUFDL0IsU0FBTyxLQUFLLElBQUksR0FBRyxPQUFPLEdBQUc7QUFDL0I7QUFHTyxTQUFTLGFBQWEsU0FBaUIsU0FBdUM7QUFDbkYsUUFBTSxVQUFVLEtBQUssSUFBSSxRQUFRLGNBQWMsUUFBUSxZQUFZLEtBQUssT0FBTztBQUMvRSxTQUFPLEtBQUssTUFBTSxRQUFRLE9BQU8sSUFBSSxPQUFPO0FBQzlDOzs7QUM1RkEsU0FBUyxhQUFhLE1BQTBCLFFBQTBDO0FBQ3hGLE1BQUksU0FBUyxVQUFhLEtBQUssS0FBSyxNQUFNLEdBQUksUUFBTztBQUNyRCxRQUFNLFFBQVEsT0FBTyxJQUFJLEVBQUUsUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQ3JELFNBQU8sTUFBTSxTQUFTLE1BQU0sR0FBRyxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsV0FBTTtBQUMxRDtBQU1PLFNBQVMsWUFDZCxRQUNBLEtBQ0EsVUFBeUYsQ0FBQyxHQUM5RTtBQUNaLFFBQU1DLFVBQVMsYUFBYSxRQUFRLFNBQVMsSUFBSSxNQUFNO0FBQ3ZELFFBQU0sT0FBT0EsWUFBVyxLQUFLLEtBQUssc0JBQXNCQSxPQUFNO0FBQzlELFFBQU0sUUFBUSxRQUFRLGFBQWEsVUFBYSxRQUFRLFdBQVcsSUFBSSxVQUFVLFFBQVEsUUFBUSxjQUFjO0FBQy9HLE1BQUk7QUFDSixNQUFJLFdBQVcsT0FBTyxXQUFXLEtBQUs7QUFDcEMsY0FDRSxPQUFPLElBQUksS0FBSyw0QkFBNEIsTUFBTSxJQUFJLFdBQVcsTUFBTSxpQkFBaUIsV0FBVyxXQUMxRixJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsMENBQTBDLElBQUksU0FBUyxJQUFJLFFBQVE7QUFBQSxFQUN4RyxXQUFXLFdBQVcsS0FBSztBQUN6QixjQUNFLE9BQU8sSUFBSSxLQUFLLDhEQUE4RCxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsSUFBSSxJQUFJO0FBQUEsRUFFbEgsV0FBVyxXQUFXLEtBQUs7QUFDekIsVUFBTSxPQUNKLFFBQVEsaUJBQWlCLFNBQVksS0FBSyxzQkFBc0IsS0FBSyxLQUFLLFFBQVEsZUFBZSxHQUFJLENBQUM7QUFDeEcsY0FDRSxPQUFPLElBQUksS0FBSyxxQ0FBcUMsSUFBSSxVQUFVLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxHQUFHLEtBQUssSUFBSSxJQUFJO0FBQUEsRUFFL0csV0FBVyxXQUFXLE9BQU8sVUFBVSxLQUFLO0FBQzFDLGNBQ0UsT0FBTyxJQUFJLEtBQUssZ0NBQWdDLE1BQU0sV0FBVyxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsR0FBRyxLQUFLLElBQUksSUFBSTtBQUFBLEVBRTdHLE9BQU87QUFDTCxVQUFNLE9BQU8sUUFBUSxTQUFTLFNBQVksS0FBSyxJQUFJLFFBQVEsSUFBSTtBQUMvRCxjQUFVLE9BQU8sSUFBSSxLQUFLLG1CQUFtQixNQUFNLEdBQUcsSUFBSSxVQUFVLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxJQUFJLElBQUk7QUFDcEcsUUFBSSxXQUFXLElBQUssWUFBVztBQUMvQixRQUFJLFdBQVcsSUFBSyxZQUFXO0FBQUEsRUFDakM7QUFDQSxTQUFPLElBQUksV0FBVyxTQUFTLEVBQUUsT0FBTyxJQUFJLE9BQU8sUUFBUSxXQUFXLGtCQUFrQixNQUFNLEVBQUUsQ0FBQztBQUNuRztBQUdPLFNBQVMsYUFDZCxLQUNBLE9BQ0EsV0FDQSxVQUNZO0FBQ1osUUFBTSxRQUFRLFdBQVcsSUFBSSxLQUFLLFFBQVEsZUFBZTtBQUN6RCxRQUFNLFVBQ0osY0FBYyxTQUNWLE9BQU8sSUFBSSxLQUFLLDBCQUEwQixTQUFTLGFBQWEsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLEdBQUcsS0FBSyw0RUFFaEcsT0FBTyxJQUFJLEtBQUssMEJBQTBCLElBQUksR0FBRyxVQUFVLElBQUksTUFBTSxHQUFHLEtBQUssS0FDMUUsSUFBSSxPQUFPLGNBQWMsS0FBSyxDQUFDLENBQUM7QUFDekMsU0FBTyxJQUFJLFdBQVcsU0FBUyxFQUFFLE9BQU8sSUFBSSxPQUFPLFdBQVcsS0FBSyxHQUFHLEVBQUUsT0FBTyxjQUFjLE9BQU8sSUFBSSxNQUFNLEVBQUUsQ0FBQztBQUNuSDtBQUdPLFNBQVMsZUFBZSxLQUFxQixTQUFpQixRQUE2QjtBQUNoRyxTQUFPLElBQUk7QUFBQSxJQUNULE9BQU8sSUFBSSxLQUFLLHlDQUF5QyxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsS0FBSyxJQUFJLE9BQU8sT0FBTyxDQUFDO0FBQUEsSUFFekcsRUFBRSxPQUFPLElBQUksT0FBTyxRQUFRLFdBQVcsTUFBTTtBQUFBLEVBQy9DO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsT0FBd0I7QUFDN0MsTUFBSSxpQkFBaUIsT0FBTztBQUMxQixVQUFNLFFBQVEsTUFBTSxpQkFBaUIsUUFBUSxLQUFLLE1BQU0sTUFBTSxPQUFPLE1BQU07QUFDM0UsV0FBTyxHQUFHLE1BQU0sT0FBTyxHQUFHLEtBQUs7QUFBQSxFQUNqQztBQUNBLFNBQU8sT0FBTyxLQUFLO0FBQ3JCO0FBTUEsU0FBUyxjQUFjLE9BQWdCLFFBQXFEO0FBQzFGLE1BQUksRUFBRSxpQkFBaUIsT0FBUSxRQUFPO0FBQ3RDLFFBQU0sUUFBUSxNQUFNLGlCQUFpQixRQUFRLElBQUksTUFBTSxPQUFPLE1BQU0sTUFBTSxPQUFPLENBQUMsSUFBSTtBQUN0RixRQUFNLE9BQU8sSUFBSSxNQUFNLE9BQU8sTUFBTSxPQUFPLEdBQUcsVUFBVSxTQUFZLFNBQVksRUFBRSxPQUFPLE1BQU0sQ0FBQztBQUNoRyxPQUFLLE9BQU8sTUFBTTtBQUNsQixTQUFPO0FBQ1Q7QUFhTyxTQUFTLFNBQVMsU0FBc0U7QUFDN0YsUUFBTSxPQUFPLFFBQVEsT0FBTyxDQUFDLE1BQW1CLE9BQU8sTUFBTSxZQUFZLEVBQUUsU0FBUyxDQUFDO0FBQ3JGLFNBQU8sQ0FBQyxTQUFTO0FBQ2YsUUFBSSxNQUFNO0FBQ1YsZUFBVyxVQUFVLEtBQU0sT0FBTSxJQUFJLE1BQU0sTUFBTSxFQUFFLEtBQUssWUFBWTtBQUNwRSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUMvSE8sU0FBUyxlQUFlLE9BQWdCLFFBQWdCLFVBQTBCO0FBQ3ZGLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxPQUFPLFVBQVUsWUFBWSxDQUFDLE9BQU8sU0FBUyxLQUFLLEtBQUssU0FBUyxHQUFHO0FBQ3RFLFVBQU0sSUFBSSxZQUFZLGtDQUFrQyxLQUFLLFVBQVUsS0FBSyxDQUFDLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxFQUM3RjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsaUJBQWlCLE9BQWdCLFFBQXdCO0FBQ3ZFLE1BQUksT0FBTyxVQUFVLFlBQVksTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUNwRCxVQUFNLElBQUksWUFBWSwrRUFBK0UsRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNqSDtBQUNBLE1BQUlDO0FBQ0osTUFBSTtBQUNGLElBQUFBLE9BQU0sSUFBSSxJQUFJLEtBQUs7QUFBQSxFQUNyQixRQUFRO0FBQ04sVUFBTSxJQUFJLFlBQVksdUJBQXVCLEtBQUssVUFBVSxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDaEc7QUFDQSxNQUFJQSxLQUFJLGFBQWEsV0FBV0EsS0FBSSxhQUFhLFVBQVU7QUFDekQsVUFBTSxJQUFJLFlBQVksdUNBQXVDQSxLQUFJLFFBQVEsSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ3pGO0FBQ0EsTUFBSUEsS0FBSSxXQUFXLE1BQU1BLEtBQUksU0FBUyxJQUFJO0FBQ3hDLFVBQU0sSUFBSSxZQUFZLDhDQUE4QyxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2hGO0FBQ0EsU0FBTyxHQUFHQSxLQUFJLE1BQU0sR0FBR0EsS0FBSSxRQUFRLEdBQUcsUUFBUSxRQUFRLEVBQUU7QUFDMUQ7OztBQzFCQSxPQUFPLFFBQVE7QUFLZixJQUFNLG1CQUFtQixLQUFLO0FBR3ZCLElBQU0seUJBQXlCLEtBQUssT0FBTztBQTZEbEQsSUFBTSxlQUFOLGNBQTJCLE1BQU07QUFBQztBQUVsQyxJQUFNLFlBQVk7QUFHWCxTQUFTLGdCQUFnQixTQUFzQztBQUNwRSxRQUFNLFlBQVksQ0FBQyxPQUErQixVQUMvQyxRQUFRLFNBQVMsV0FBVyxPQUFPLE9BQU8sSUFBSTtBQUVqRCxpQkFBZSxRQUFRLEtBQW1EO0FBQ3hFLFVBQU1DLE9BQU0sSUFBSSxJQUFJLEdBQUcsUUFBUSxPQUFPLEdBQUcsSUFBSSxJQUFJLEVBQUU7QUFDbkQsZUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxJQUFJLGdCQUFnQixDQUFDLENBQUMsRUFBRyxDQUFBQSxLQUFJLGFBQWEsSUFBSSxLQUFLLEtBQUs7QUFDbEcsVUFBTSxNQUFzQjtBQUFBLE1BQzFCLE9BQU8sUUFBUTtBQUFBLE1BQ2YsUUFBUSxJQUFJO0FBQUEsTUFDWixLQUFLLGFBQWFBLElBQUc7QUFBQSxNQUNyQixVQUFVLFFBQVE7QUFBQSxNQUNsQixRQUFRLFFBQVE7QUFBQSxJQUNsQjtBQUNBLFVBQU0sRUFBRSxNQUFNLElBQUk7QUFDbEIsYUFBUyxVQUFVLEtBQUssV0FBVztBQUNqQyxZQUFNLFdBQVcsVUFBVSxNQUFNO0FBQ2pDLFVBQUk7QUFDSixVQUFJO0FBQ0Ysa0JBQVUsTUFBTSxZQUFZQSxNQUFLLEtBQUssS0FBSyxVQUFVLFVBQVUsQ0FBQztBQUFBLE1BQ2xFLFNBQVMsT0FBTztBQUNkLFlBQUksRUFBRSxpQkFBaUIsZ0JBQWlCLE9BQU07QUFDOUMsWUFBSSxDQUFDLFVBQVU7QUFDYixnQkFBTSxhQUFhLEtBQUssTUFBTSxVQUFVLE1BQU0sV0FBVyxRQUFRLFlBQVksUUFBVyxVQUFVLENBQUM7QUFBQSxRQUNyRztBQUNBLGNBQU0sTUFBTSxNQUFNLGFBQWEsU0FBUyxLQUFLLENBQUM7QUFDOUM7QUFBQSxNQUNGO0FBQ0EsVUFBSSxRQUFRLFNBQVMsT0FBUSxRQUFPLFFBQVE7QUFDNUMsWUFBTSxNQUFNLE1BQU0sUUFBUSxnQkFBZ0IsYUFBYSxTQUFTLEtBQUssQ0FBQztBQUFBLElBQ3hFO0FBQUEsRUFDRjtBQUlBLGlCQUFlLFlBQ2JBLE1BQ0EsS0FDQSxLQUNBLFVBQ0EsVUFDeUI7QUFDekIsVUFBTSxhQUFhLElBQUksZ0JBQWdCO0FBQ3ZDLFFBQUksV0FBVztBQUNmLFVBQU0sUUFBUSxXQUFXLE1BQU07QUFDN0IsaUJBQVc7QUFDWCxpQkFBVyxNQUFNLElBQUksTUFBTSxtQkFBbUIsUUFBUSxTQUFTLEtBQUssQ0FBQztBQUFBLElBQ3ZFLEdBQUcsUUFBUSxTQUFTO0FBQ3BCLFFBQUk7QUFDRixVQUFJO0FBQ0osVUFBSTtBQUNGLG1CQUFXLE1BQU0sR0FBR0EsTUFBSztBQUFBLFVBQ3ZCLFFBQVEsSUFBSSxVQUFVO0FBQUEsVUFDdEIsU0FBUyxFQUFFLFFBQVEsb0JBQW9CLEdBQUcsUUFBUSxTQUFTLEdBQUcsSUFBSSxRQUFRO0FBQUEsVUFDMUUsR0FBSSxJQUFJLFNBQVMsU0FBWSxDQUFDLElBQUksRUFBRSxNQUFNLElBQUksS0FBSztBQUFBLFVBQ25ELFFBQVEsV0FBVztBQUFBLFVBQ25CLFNBQVM7QUFBQSxVQUNULE9BQU87QUFBQSxVQUNQLGlCQUFpQjtBQUFBLFVBQ2pCLE9BQU87QUFBQSxRQUNULENBQUM7QUFBQSxNQUNILFNBQVMsT0FBTztBQUNkLGNBQU0sSUFBSSxlQUFlLE9BQU8sUUFBUTtBQUFBLE1BQzFDO0FBQ0EsWUFBTSxFQUFFLFFBQVEsUUFBUSxJQUFJO0FBQzVCLFVBQUksa0JBQWtCLE1BQU0sS0FBSyxVQUFVO0FBQ3pDLGNBQU1DLGdCQUFlLGdCQUFnQixRQUFRLElBQUksYUFBYSxHQUFHLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDcEYsWUFBSUEsa0JBQWlCLFVBQWFBLGlCQUFnQixRQUFRLE1BQU0saUJBQWlCO0FBQy9FLGtCQUFRLFNBQVMsSUFBSTtBQUNyQixpQkFBTyxFQUFFLE1BQU0sU0FBUyxjQUFBQSxjQUFhO0FBQUEsUUFDdkM7QUFFQSxjQUFNLFFBQVEsTUFBTSxjQUFjLFVBQVUsV0FBVyxNQUFNO0FBQzdELGNBQU0sWUFBWSxRQUFRLEtBQUssRUFBRSxHQUFHLE9BQU8sY0FBQUEsZUFBYyxTQUFTLENBQUM7QUFBQSxNQUNyRTtBQUNBLFlBQU0sU0FBUyxJQUFJLGNBQWMsU0FBUyxNQUFNLE1BQU07QUFDdEQsVUFBSSxVQUFVLE9BQU8sU0FBUyxLQUFLO0FBQ2pDLGNBQU0sT0FBTyxXQUFXLE1BQU0sU0FBWSxNQUFNLFNBQVMsVUFBVSxLQUFLLFdBQVcsTUFBTTtBQUN6RixlQUFPLEVBQUUsTUFBTSxRQUFRLFVBQVUsRUFBRSxRQUFRLFNBQVMsTUFBTSxPQUFPLENBQUMsR0FBRyxJQUFJLEVBQUU7QUFBQSxNQUM3RTtBQUNBLFVBQUksV0FBVyxPQUFPLFFBQVE7QUFDNUIsZ0JBQVEsU0FBUyxJQUFJO0FBQ3JCLGVBQU8sRUFBRSxNQUFNLFFBQVEsVUFBVSxFQUFFLFFBQVEsU0FBUyxNQUFNLFFBQVcsT0FBTyxDQUFDLEdBQUcsSUFBSSxFQUFFO0FBQUEsTUFDeEY7QUFDQSxZQUFNLFlBQVksTUFBTSxjQUFjLFVBQVUsV0FBVyxNQUFNO0FBQ2pFLFVBQUksT0FBUSxRQUFPLEVBQUUsTUFBTSxRQUFRLFVBQVUsRUFBRSxRQUFRLFNBQVMsR0FBRyxXQUFXLElBQUksRUFBRTtBQUNwRixZQUFNLGVBQWUsZ0JBQWdCLFFBQVEsSUFBSSxhQUFhLEdBQUcsUUFBUSxNQUFNLElBQUksQ0FBQztBQUNwRixZQUFNLFlBQVksUUFBUSxLQUFLLEVBQUUsR0FBRyxVQUFVLE9BQU8sY0FBYyxTQUFTLENBQUM7QUFBQSxJQUMvRSxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixlQUFnQixPQUFNO0FBQzNDLFVBQUksU0FBVSxPQUFNLElBQUksZUFBZSxPQUFPLElBQUk7QUFDbEQsWUFBTTtBQUFBLElBQ1IsVUFBRTtBQUNBLG1CQUFhLEtBQUs7QUFBQSxJQUNwQjtBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxTQUFTLFVBQW9CLEtBQXFCLFFBQXVDO0FBQ3RHLFVBQU0sT0FBTyxTQUFTLFFBQVEsSUFBSSxjQUFjLEtBQUs7QUFDckQsUUFBSSxDQUFDLFVBQVUsS0FBSyxJQUFJLEdBQUc7QUFDekIsY0FBUSxTQUFTLElBQUk7QUFDckIsWUFBTTtBQUFBLFFBQ0o7QUFBQSxRQUNBLDZEQUE2RCxTQUFTLEtBQUssb0JBQW9CLEtBQUssVUFBVSxLQUFLLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQztBQUFBLFFBQ2pJLFNBQVM7QUFBQSxNQUNYO0FBQUEsSUFDRjtBQUNBLFFBQUk7QUFDSixRQUFJO0FBQ0YsY0FBUSxNQUFNLFlBQVksVUFBVSxRQUFRLGNBQWMsTUFBTTtBQUFBLElBQ2xFLFNBQVMsT0FBTztBQUNkLFVBQUksaUJBQWlCLGNBQWM7QUFDakMsY0FBTTtBQUFBLFVBQ0o7QUFBQSxVQUNBLCtCQUErQixZQUFZLFFBQVEsWUFBWSxDQUFDO0FBQUEsVUFDaEUsU0FBUztBQUFBLFFBQ1g7QUFBQSxNQUNGO0FBQ0EsWUFBTTtBQUFBLElBQ1I7QUFDQSxRQUFJO0FBQ0YsYUFBTyxLQUFLLE1BQU0sSUFBSSxZQUFZLFNBQVMsRUFBRSxPQUFPLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDM0UsU0FBUyxPQUFPO0FBQ2QsWUFBTSxTQUFTLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUs7QUFDcEUsWUFBTSxlQUFlLEtBQUssK0JBQStCLE9BQU8sTUFBTSxHQUFHLEdBQUcsQ0FBQyxLQUFLLFNBQVMsTUFBTTtBQUFBLElBQ25HO0FBQUEsRUFDRjtBQUVBLGlCQUFlLGNBQ2IsVUFDQSxRQUN3RTtBQUN4RSxRQUFJO0FBQ0osUUFBSTtBQUNGLFlBQU0sUUFBUSxNQUFNLFlBQVksVUFBVSxrQkFBa0IsTUFBTTtBQUNsRSxZQUFNLE9BQU8sSUFBSSxZQUFZLEVBQUUsT0FBTyxLQUFLO0FBQzNDLFVBQUk7QUFDRixlQUFPLEtBQUssTUFBTSxJQUFJO0FBQUEsTUFDeEIsUUFBUTtBQUNOLGVBQU8sRUFBRSxNQUFNLFFBQVcsT0FBTyxDQUFDLEVBQUU7QUFBQSxNQUN0QztBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsYUFBYyxRQUFPLEVBQUUsTUFBTSxRQUFXLE9BQU8sQ0FBQyxFQUFFO0FBQ3ZFLFlBQU07QUFBQSxJQUNSO0FBQ0EsV0FBTyxFQUFFLE1BQU0sT0FBTyxZQUFZLElBQUksRUFBRTtBQUFBLEVBQzFDO0FBRUEsU0FBTyxFQUFFLFFBQVE7QUFDbkI7QUFHQSxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQSxFQUNqQyxZQUNXLFVBQ0EsVUFDVDtBQUNBLFVBQU0saUJBQWlCO0FBSGQ7QUFDQTtBQUFBLEVBR1g7QUFBQSxFQUpXO0FBQUEsRUFDQTtBQUliO0FBR0EsU0FBUyxZQUFZLE1BQW9EO0FBQ3ZFLE1BQUksT0FBTyxTQUFTLFlBQVksU0FBUyxLQUFNLFFBQU8sQ0FBQztBQUN2RCxRQUFNQyxVQUFTO0FBQ2YsUUFBTSxTQUFTQSxRQUFPO0FBQ3RCLE1BQUksT0FBTyxXQUFXLFlBQVksV0FBVyxNQUFNO0FBQ2pELFVBQU0sSUFBSTtBQUNWLFdBQU87QUFBQSxNQUNMLEdBQUksT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLE1BQU0sRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBLE1BQ3JELEdBQUksT0FBTyxFQUFFLFlBQVksV0FBVyxFQUFFLFNBQVMsRUFBRSxRQUFRLElBQUksQ0FBQztBQUFBLElBQ2hFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFBQSxJQUNMLEdBQUksT0FBTyxXQUFXLFdBQVcsRUFBRSxNQUFNLE9BQU8sSUFBSSxDQUFDO0FBQUEsSUFDckQsR0FBSSxPQUFPQSxRQUFPLFlBQVksV0FBVyxFQUFFLFNBQVNBLFFBQU8sUUFBUSxJQUFJLENBQUM7QUFBQSxFQUMxRTtBQUNGO0FBR0EsZUFBZSxZQUFZLFVBQW9CLE9BQWUsUUFBMEM7QUFDdEcsUUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRLElBQUksZ0JBQWdCLENBQUM7QUFDOUQsTUFBSSxPQUFPLFNBQVMsUUFBUSxLQUFLLFdBQVcsT0FBTztBQUNqRCxZQUFRLFNBQVMsSUFBSTtBQUNyQixVQUFNLElBQUksYUFBYTtBQUFBLEVBQ3pCO0FBQ0EsTUFBSSxTQUFTLFNBQVMsS0FBTSxRQUFPLElBQUksV0FBVyxDQUFDO0FBQ25ELFFBQU0sU0FBUyxTQUFTLEtBQUssVUFBVTtBQUN2QyxRQUFNLFNBQXVCLENBQUM7QUFDOUIsTUFBSSxRQUFRO0FBQ1osTUFBSTtBQUNGLGVBQVM7QUFDUCxZQUFNLEVBQUUsTUFBTSxNQUFNLElBQUksTUFBTSxVQUFVLE9BQU8sS0FBSyxHQUFHLE1BQU07QUFDN0QsVUFBSSxLQUFNO0FBQ1YsZUFBUyxNQUFNO0FBQ2YsVUFBSSxRQUFRLE1BQU8sT0FBTSxJQUFJLGFBQWE7QUFDMUMsYUFBTyxLQUFLLEtBQUs7QUFBQSxJQUNuQjtBQUFBLEVBQ0YsU0FBUyxPQUFPO0FBQ2QsV0FBTyxPQUFPLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDckMsVUFBTTtBQUFBLEVBQ1I7QUFDQSxRQUFNLE1BQU0sSUFBSSxXQUFXLEtBQUs7QUFDaEMsTUFBSSxTQUFTO0FBQ2IsYUFBVyxTQUFTLFFBQVE7QUFDMUIsUUFBSSxJQUFJLE9BQU8sTUFBTTtBQUNyQixjQUFVLE1BQU07QUFBQSxFQUNsQjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsVUFBYSxTQUFxQixRQUFpQztBQUMxRSxNQUFJLE9BQU8sUUFBUyxRQUFPLFFBQVEsT0FBTyxPQUFPLE1BQU07QUFDdkQsU0FBTyxJQUFJLFFBQVcsQ0FBQyxTQUFTLFdBQVc7QUFDekMsVUFBTSxVQUFVLE1BQVksT0FBTyxPQUFPLE1BQU07QUFDaEQsV0FBTyxpQkFBaUIsU0FBUyxTQUFTLEVBQUUsTUFBTSxLQUFLLENBQUM7QUFDeEQsWUFBUTtBQUFBLE1BQ04sQ0FBQyxVQUFVO0FBQ1QsZUFBTyxvQkFBb0IsU0FBUyxPQUFPO0FBQzNDLGdCQUFRLEtBQUs7QUFBQSxNQUNmO0FBQUEsTUFDQSxDQUFDLFVBQW1CO0FBQ2xCLGVBQU8sb0JBQW9CLFNBQVMsT0FBTztBQUMzQyxlQUFPLEtBQUs7QUFBQSxNQUNkO0FBQUEsSUFDRjtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUEsU0FBUyxhQUFhRixNQUFrQjtBQUN0QyxTQUFPLEdBQUdBLEtBQUksTUFBTSxHQUFHQSxLQUFJLFFBQVEsR0FBR0EsS0FBSSxNQUFNO0FBQ2xEO0FBRUEsU0FBUyxZQUFZLE9BQXVCO0FBQzFDLE1BQUksU0FBUyxPQUFPLEtBQU0sUUFBTyxHQUFHLEtBQUssTUFBTyxTQUFTLE9BQU8sUUFBUyxFQUFFLElBQUksRUFBRTtBQUNqRixNQUFJLFNBQVMsS0FBTSxRQUFPLEdBQUcsS0FBSyxNQUFPLFFBQVEsT0FBUSxFQUFFLElBQUksRUFBRTtBQUNqRSxTQUFPLEdBQUcsS0FBSztBQUNqQjtBQU1BLFNBQVMsUUFBUSxNQUErQztBQUM5RCxRQUFNLE9BQU8sRUFBRSxNQUFNLE1BQU0sTUFBUztBQUN0Qzs7O0FKck5PLFNBQVMsVUFBVSxTQUFzQztBQUM5RCxNQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksTUFBTTtBQUNuRCxVQUFNLElBQUksWUFBWSxrRUFBa0UsRUFBRSxRQUFRLFVBQVUsQ0FBQztBQUFBLEVBQy9HO0FBQ0EsUUFBTSxZQUFZLFFBQVEsUUFBUTtBQUNsQyxRQUFNLFVBQVUsaUJBQWlCLFFBQVEsS0FBSyxLQUFLO0FBQ25ELE1BQUksVUFBVSxLQUFLLE9BQU8sR0FBRztBQUMzQixVQUFNLElBQUk7QUFBQSxNQUNSLGtFQUFrRSxLQUFLLFVBQVUsUUFBUSxRQUFRLFdBQVcsRUFBRSxDQUFDLENBQUM7QUFBQSxNQUNoSCxFQUFFLFFBQVEsTUFBTTtBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxRQUFRO0FBQ3RCLE1BQUksVUFBVSxXQUFjLE9BQU8sVUFBVSxZQUFZLFVBQVUsTUFBTSxTQUFTLEtBQUssS0FBSyxJQUFJO0FBQzlGLFVBQU0sSUFBSSxZQUFZLGdFQUFnRSxFQUFFLFFBQVEsUUFBUSxDQUFDO0FBQUEsRUFDM0c7QUFDQSxRQUFNLGNBQWMsUUFBUSxXQUFXLENBQUM7QUFDeEMsTUFBSSxPQUFPLGdCQUFnQixZQUFZLGdCQUFnQixNQUFNO0FBQzNELFVBQU0sSUFBSSxZQUFZLCtDQUErQyxFQUFFLFFBQVEsVUFBVSxDQUFDO0FBQUEsRUFDNUY7QUFDQSxRQUFNLFVBQWtDLEVBQUUsR0FBRyxZQUFZO0FBQ3pELE1BQUksVUFBVSxPQUFXLFNBQVEsZ0JBQWdCLFVBQVUsS0FBSztBQUNoRSxRQUFNLFNBQVMsU0FBUyxDQUFDLE9BQU8sR0FBRyxPQUFPLE9BQU8sV0FBVyxDQUFDLENBQUM7QUFDOUQsUUFBTSxZQUFZLGdCQUFnQjtBQUFBLElBQ2hDLE9BQU87QUFBQSxJQUNQO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUyxDQUFDLEtBQUs7QUFBQSxJQUNmLFVBQ0UsVUFBVSxTQUNOLHFKQUNBO0FBQUEsSUFDTixXQUFXLGVBQWUsUUFBUSxXQUFXLGFBQWEsR0FBSTtBQUFBLElBQzlELE9BQU8sb0JBQW9CLFFBQVEsS0FBSztBQUFBLElBQ3hDLGNBQWMsZUFBZSxRQUFRLGNBQWMsZ0JBQWdCLHNCQUFzQjtBQUFBLElBQ3pGLEdBQUksUUFBUSxVQUFVLFNBQVksQ0FBQyxJQUFJLEVBQUUsT0FBTyxRQUFRLE1BQU07QUFBQSxJQUM5RDtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sUUFBUSxJQUFJRyxVQUF5RDtBQUFBLElBQ3pFLEtBQUssZUFBZSxRQUFRLGVBQWUsaUJBQWlCLEdBQUk7QUFBQSxFQUNsRSxDQUFDO0FBR0QsaUJBQWUsU0FBUyxLQUF3QixVQUFxRTtBQUNuSCxRQUFJQztBQUNKLFFBQUk7QUFDRixNQUFBQSxVQUFTLFlBQVksSUFBSSxNQUFNLEVBQUUsTUFBTSxJQUFJLElBQUksSUFBSSxDQUFDO0FBQUEsSUFDdEQsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsa0JBQW1CLE9BQU0sZUFBZSxJQUFJLEtBQUssMEJBQTBCLE1BQU0sT0FBTyxHQUFHO0FBQ2hILFlBQU07QUFBQSxJQUNSO0FBQ0EsUUFBSUEsUUFBTyxTQUFTLFNBQVMsTUFBTTtBQUNqQyxZQUFNLGVBQWUsSUFBSSxLQUFLLHFCQUFxQixTQUFTLElBQUksMEJBQTBCQSxRQUFPLElBQUksR0FBRztBQUFBLElBQzFHO0FBQ0EsUUFBSSxTQUFTLFlBQVksVUFBYUEsUUFBTyxZQUFZLFNBQVMsU0FBUztBQUN6RSxZQUFNLGVBQWUsSUFBSSxLQUFLLHFCQUFxQixTQUFTLE9BQU8sU0FBU0EsUUFBTyxPQUFPLEVBQUU7QUFBQSxJQUM5RjtBQUNBLFVBQU0sT0FBTyxNQUFNLGlCQUFpQkEsT0FBTTtBQUMxQyxXQUFPLGFBQWFBLFNBQVFBLFFBQU8sVUFBVSxDQUFDLEdBQUcsSUFBSTtBQUFBLEVBQ3ZEO0FBRUEsV0FBUyxTQUFTLEtBQWlDO0FBQ2pELFFBQUksSUFBSSxXQUFXLElBQUssUUFBTztBQUMvQixRQUFJLElBQUksTUFBTSxTQUFTLFlBQWEsUUFBTztBQUMzQyxVQUFNLFlBQVksS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDM0M7QUFFQSxXQUFTLGFBQWEsS0FBd0IsTUFBNkI7QUFDekUsVUFBTSxTQUFTLGtCQUFrQixVQUFVLElBQUksSUFBSTtBQUNuRCxRQUFJLENBQUMsT0FBTyxRQUFTLE9BQU0sZUFBZSxJQUFJLEtBQUssNEJBQTRCLGVBQWUsT0FBTyxLQUFLLENBQUMsR0FBRztBQUM5RyxRQUFJLE9BQU8sS0FBSyxTQUFTLE1BQU07QUFDN0IsWUFBTSxlQUFlLElBQUksS0FBSyw4QkFBOEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLElBQUksR0FBRztBQUFBLElBQ3pHO0FBQ0EsV0FBTyxjQUFjLE9BQU8sS0FBSyxVQUFVLElBQUksR0FBRztBQUFBLEVBQ3BEO0FBRUEsUUFBTSxRQUFtQjtBQUFBLElBQ3ZCLE1BQU07QUFBQSxJQUVOLE1BQU0sYUFBYSxNQUFNO0FBQ3ZCLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEMsTUFBTSxXQUFXLElBQUk7QUFBQSxRQUNyQixRQUFRLDRCQUE0QixJQUFJO0FBQUEsUUFDeEMsY0FBYyxDQUFDLEdBQUc7QUFBQSxNQUNwQixDQUFDO0FBQ0QsVUFBSSxTQUFTLEdBQUcsRUFBRyxRQUFPLENBQUM7QUFDM0IsYUFBTyxhQUFhLEtBQUssSUFBSTtBQUFBLElBQy9CO0FBQUEsSUFFQSxNQUFNLFdBQVcsTUFBTSxTQUFTO0FBQzlCLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsVUFBSSxPQUFPLFlBQVksWUFBWUMsYUFBWSxPQUFPLE1BQU0sUUFBUyxRQUFPO0FBQzVFLFlBQU0sT0FBTyxZQUFZLE1BQU0sT0FBTztBQUN0QyxZQUFNLFNBQVMsTUFBTSxJQUFJLElBQUk7QUFDN0IsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEM7QUFBQSxRQUNBLFNBQVMsV0FBVyxTQUFZLENBQUMsSUFBSSxFQUFFLGlCQUFpQixPQUFPLEtBQUs7QUFBQSxRQUNwRSxRQUFRLFlBQVksSUFBSSxJQUFJLE9BQU87QUFBQSxRQUNuQyxjQUFjLENBQUMsS0FBSyxHQUFHO0FBQUEsTUFDekIsQ0FBQztBQUNELFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsWUFBSSxXQUFXLE9BQVcsUUFBTyxPQUFPO0FBQ3hDLGNBQU0sZUFBZSxJQUFJLEtBQUssMkRBQTJELEdBQUc7QUFBQSxNQUM5RjtBQUNBLFVBQUksU0FBUyxHQUFHLEdBQUc7QUFDakIsY0FBTSxPQUFPLElBQUk7QUFDakIsZUFBTztBQUFBLE1BQ1Q7QUFDQSxZQUFNRCxVQUFTLE1BQU0sU0FBUyxLQUFLLEVBQUUsTUFBTSxRQUFRLENBQUM7QUFDcEQsWUFBTSxJQUFJLE1BQU0sRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLE1BQU0sS0FBSyxJQUFJQSxRQUFPLElBQUksS0FBSyxRQUFBQSxRQUFPLENBQUM7QUFDL0UsYUFBT0E7QUFBQSxJQUNUO0FBQUEsSUFFQSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQzVCLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsMEJBQW9CLFVBQVUsR0FBRyxJQUFJLElBQUksUUFBUSxFQUFFO0FBQ25ELFlBQU0sTUFBTSxNQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ2xDLE1BQU0sWUFBWSxJQUFJO0FBQUEsUUFDdEIsY0FBYyxFQUFFLFNBQVM7QUFBQSxRQUN6QixRQUFRLGNBQWMsSUFBSSxJQUFJLFFBQVE7QUFBQSxRQUN0QyxjQUFjLENBQUMsR0FBRztBQUFBLE1BQ3BCLENBQUM7QUFDRCxVQUFJLFNBQVMsR0FBRyxFQUFHLFFBQU87QUFDMUIsYUFBTyxTQUFTLEtBQUssRUFBRSxNQUFNLEdBQUlDLGFBQVksUUFBUSxNQUFNLFdBQVcsRUFBRSxTQUFTLFNBQVMsSUFBSSxDQUFDLEVBQUcsQ0FBQztBQUFBLElBQ3JHO0FBQUEsSUFFQSxNQUFNLE9BQU87QUFDWCxZQUFNLE1BQU0sTUFBTSxVQUFVLFFBQVEsRUFBRSxNQUFNLGVBQWUsUUFBUSxzQkFBc0IsQ0FBQztBQUMxRixZQUFNLFNBQVMsaUJBQWlCLFVBQVUsSUFBSSxJQUFJO0FBQ2xELFVBQUksQ0FBQyxPQUFPLFFBQVMsT0FBTSxlQUFlLElBQUksS0FBSywyQkFBMkIsZUFBZSxPQUFPLEtBQUssQ0FBQyxHQUFHO0FBQzdHLFlBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLGlCQUFXLFNBQVMsT0FBTyxLQUFLLFNBQVM7QUFDdkMsY0FBTSxVQUFVLG1CQUFtQixNQUFNLElBQUk7QUFDN0MsWUFBSSxZQUFZLE9BQVcsT0FBTSxlQUFlLElBQUksS0FBSyw0QkFBNEIsT0FBTyxFQUFFO0FBQzlGLGNBQU0sSUFBSSxNQUFNLElBQUk7QUFBQSxNQUN0QjtBQUNBLGFBQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxLQUFLO0FBQUEsSUFDekI7QUFBQSxJQUVBLE1BQU0sUUFBUTtBQUNaLFlBQU0sTUFBTTtBQUFBLElBQ2Q7QUFBQSxFQUNGO0FBRUEsTUFBSSxRQUFRLGFBQWEsTUFBTTtBQUM3QixVQUFNLGFBQWEsT0FBT0QsWUFBVztBQUNuQyxZQUFNLFNBQVMsWUFBWUEsU0FBUSxFQUFFLE1BQU0sR0FBRyxTQUFTLG9CQUFvQixDQUFDO0FBQzVFLFlBQU0sT0FBTyxNQUFNLGlCQUFpQixNQUFNO0FBQzFDLFlBQU0sVUFBVSxRQUFRO0FBQUEsUUFDdEIsUUFBUTtBQUFBLFFBQ1IsTUFBTSxZQUFZLE9BQU8sTUFBTSxPQUFPLE9BQU87QUFBQSxRQUM3QyxNQUFNLEVBQUUsR0FBRyxRQUFRLEtBQUs7QUFBQSxRQUN4QixRQUFRLGVBQWUsT0FBTyxJQUFJLElBQUksT0FBTyxPQUFPO0FBQUEsTUFDdEQsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLFdBQVcsT0FBTyxNQUFNLE9BQU8sWUFBWTtBQUMvQyx1QkFBaUIsTUFBTSxTQUFTO0FBQ2hDLHNCQUFnQixPQUFPLFNBQVM7QUFDaEMsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEMsUUFBUTtBQUFBLFFBQ1IsTUFBTSxVQUFVLE1BQU0sS0FBSztBQUFBLFFBQzNCLE1BQU0sRUFBRSxRQUFRO0FBQUEsUUFDaEIsUUFBUSxrQkFBa0IsS0FBSyxTQUFTLElBQUksUUFBUSxPQUFPO0FBQUEsUUFDM0QsY0FBYyxDQUFDLEdBQUc7QUFBQSxNQUNwQixDQUFDO0FBQ0QsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixjQUFNLE9BQU8sSUFBSSxNQUFNLFlBQVksU0FBWSxLQUFLLEtBQUssT0FBTyxJQUFJLE1BQU0sT0FBTyxFQUFFLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFDaEcsY0FBTSxJQUFJO0FBQUEsVUFDUixxQkFBcUIsS0FBSyxTQUFTLElBQUksUUFBUSxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUk7QUFBQSxVQUV2RixFQUFFLE9BQU8sV0FBVyxRQUFRLElBQUk7QUFBQSxRQUNsQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBYyxVQUFzQyxLQUFvQztBQUMvRixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLE1BQXFCLENBQUM7QUFDNUIsYUFBVyxLQUFLLFVBQVU7QUFDeEIsUUFBSUMsYUFBWSxFQUFFLE9BQU8sTUFBTSxFQUFFLFNBQVM7QUFDeEMsWUFBTSxlQUFlLEtBQUssV0FBVyxLQUFLLFVBQVUsRUFBRSxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQywwQkFBMEI7QUFBQSxJQUN2RztBQUNBLFFBQUksS0FBSyxJQUFJLEVBQUUsT0FBTyxFQUFHLE9BQU0sZUFBZSxLQUFLLFdBQVcsRUFBRSxPQUFPLGtCQUFrQjtBQUN6RixTQUFLLElBQUksRUFBRSxPQUFPO0FBQ2xCLFFBQUksS0FBSyxFQUFFLFNBQVMsRUFBRSxTQUFTLFFBQVEsQ0FBQyxHQUFHLEVBQUUsTUFBTSxHQUFHLEdBQUksRUFBRSxTQUFTLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRyxDQUFDO0FBQUEsRUFDM0c7QUFDQSxTQUFPLHVCQUF1QixHQUFHO0FBQ25DOzs7QXJDelJBLElBQU0sV0FBVztBQUNqQixJQUFNLE9BQU87QUFDYixJQUFNLFdBQVc7QUFDakIsSUFBTSxPQUFPLEVBQUUsU0FBUyxRQUFRLFVBQVUsT0FBTyxNQUFNLFlBQVksT0FBTyxVQUFVO0FBQ3BGLElBQU0sV0FBVztBQUNqQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLE9BQU8sUUFBUSxLQUFLLENBQUMsR0FBRyxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU07QUFDbkQsSUFBTSxTQUFTLENBQUMsYUFBOEIsU0FBUyxVQUFhLEtBQUssU0FBUyxRQUFRO0FBQzFGLElBQU0sa0JBQWtCO0FBRXhCLG1CQUFtQixhQUFhO0FBQ2hDLElBQU0sS0FBa0IsV0FBbUMsTUFBTyxnQkFBZ0IsSUFBSTtBQUt0RixTQUFTQyxRQUFPLE1BQWMsU0FBMkM7QUFDdkUsTUFBSSxTQUFTLFlBQVksWUFBWSxTQUFTO0FBQzVDLFdBQU87QUFBQSxNQUNMO0FBQUEsTUFDQTtBQUFBLE1BQ0EsUUFBUSxDQUFDLFlBQVk7QUFBQSxNQUNyQixNQUFNO0FBQUEsTUFDTixVQUFVO0FBQUEsTUFDVixPQUFPLEVBQUUsUUFBUSxFQUFFLFNBQVMsVUFBVSxVQUFVLFVBQVUsTUFBTSxVQUFVLE9BQU8sU0FBUyxFQUFFO0FBQUEsSUFDOUY7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLHFCQUFxQixLQUFLLE9BQU8sSUFBSSxDQUFDO0FBQ3BELE1BQUksU0FBUyxRQUFRLFVBQVUsVUFBYSxPQUFPLEtBQUssS0FBSyxlQUFlO0FBQzFFLFdBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxRQUFRLFVBQVUsaUJBQWlCLEtBQUsscUJBQXFCO0FBQUEsRUFDN0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxJQUFNLFlBQXlCO0FBQUEsRUFDN0IsTUFBTTtBQUFBLEVBQ04sTUFBTSxhQUFhLE1BQThCO0FBQy9DLFdBQU8sU0FBUyxXQUFXLENBQUMsRUFBRSxTQUFTLFNBQVMsUUFBUSxDQUFDLFlBQVksRUFBRSxDQUFDLElBQUksQ0FBQztBQUFBLEVBQy9FO0FBQUEsRUFDQSxNQUFNLFdBQVcsTUFBTSxTQUFTO0FBQzlCLFdBQU9BLFFBQU8sTUFBTSxPQUFPO0FBQUEsRUFDN0I7QUFBQSxFQUNBLE1BQU0sUUFBUSxNQUFNLFVBQVU7QUFDNUIsUUFBSSxTQUFTLGFBQWEsYUFBYSxZQUFZLGFBQWEsZ0JBQWdCLGFBQWEsVUFBVTtBQUNyRyxhQUFPQSxRQUFPLE1BQU0sT0FBTztBQUFBLElBQzdCO0FBQ0EsV0FBT0EsUUFBTyxNQUFNLFFBQVE7QUFBQSxFQUM5QjtBQUNGO0FBRUEsSUFBTSxXQUFXLEVBQUUsV0FBVyxHQUFHLFVBQVUsRUFBRTtBQUM3QyxJQUFNLG1CQUFtQiwyQkFBMkIsRUFBRSxPQUFPLFVBQVUsQ0FBQztBQUV4RSxTQUFTLGdCQUFnQixLQUFzQixLQUEyQjtBQUN4RSxRQUFNQyxPQUFNLElBQUksSUFBSSxJQUFJLE9BQU8sS0FBSyxrQkFBa0I7QUFDdEQsUUFBTSxPQUFPLG1CQUFtQkEsS0FBSSxTQUFTLE1BQU0sMEJBQTBCLE1BQU0sQ0FBQztBQUNwRixRQUFNLFVBQVVBLEtBQUksYUFBYSxJQUFJLFNBQVM7QUFDOUMsUUFBTSxRQUFRRCxRQUFPLE1BQU0sWUFBWSxPQUFPLFVBQVUsR0FBRyxPQUFPLE1BQU07QUFDeEUsTUFBSSxVQUFVLFFBQVc7QUFDdkIsUUFBSSxVQUFVLEtBQUssRUFBRSxnQkFBZ0IsbUJBQW1CLENBQUMsRUFBRSxJQUFJLEtBQUssVUFBVSxFQUFFLFNBQVMsbUJBQW1CLENBQUMsQ0FBQztBQUM5RztBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU87QUFBQSxJQUNYLElBQUksR0FBRyxJQUFJLElBQUksTUFBTSxPQUFPO0FBQUEsSUFDNUI7QUFBQSxJQUNBLFNBQVMsT0FBTyxNQUFNLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQyxDQUFDO0FBQUEsSUFDM0MsTUFBTTtBQUFBLElBQ04sUUFBUSxNQUFNO0FBQUEsSUFDZCxRQUFRLENBQUM7QUFBQSxJQUNULFFBQVEsTUFBTSxVQUFVLENBQUM7QUFBQSxJQUN6QixNQUFNLENBQUM7QUFBQSxJQUNQLGVBQWU7QUFBQSxFQUNqQjtBQUNBLE1BQUksVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLG1CQUFtQixDQUFDLEVBQUUsSUFBSSxLQUFLLFVBQVUsSUFBSSxDQUFDO0FBQ3JGO0FBRUEsZUFBZSxjQUF3RDtBQUNyRSxRQUFNRSxVQUFTLGFBQWEsQ0FBQyxLQUFLLFFBQVE7QUFDeEMsUUFBSSxJQUFJLEtBQUssV0FBVyxjQUFjLEdBQUc7QUFDdkMsZUFBUztBQUNULHNCQUFnQixLQUFLLEdBQUc7QUFBQSxJQUMxQixPQUFPO0FBQ0wsZUFBUztBQUNULHVCQUFpQixLQUFLLEdBQUc7QUFBQSxJQUMzQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sSUFBSSxRQUFjLENBQUMsWUFBWUEsUUFBTyxPQUFPLEdBQUcsYUFBYSxPQUFPLENBQUM7QUFDM0UsUUFBTSxFQUFFLEtBQUssSUFBSUEsUUFBTyxRQUFRO0FBQ2hDLFNBQU8sRUFBRSxRQUFBQSxTQUFRLEtBQUssb0JBQW9CLElBQUksR0FBRztBQUNuRDtBQUlBLElBQU0sa0JBQWtCLENBQUMsYUFBcUIsRUFBRSxXQUFXLGVBQWUsV0FBVyxlQUFlLFFBQVE7QUFNNUcsZUFBZSxhQUNiLEdBQ0EsR0FDQSxTQUFTLEdBQ1QsS0FBSyxLQUNzQjtBQUMzQixRQUFNLE9BQXlCLENBQUMsR0FBRyxDQUFDO0FBQ3BDLFFBQU0sTUFBTSxDQUFDLEdBQUcsQ0FBQztBQUNqQixhQUFXQyxPQUFNLElBQUssVUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFPLElBQUssT0FBTUEsSUFBRztBQUMvRCxXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsS0FBSztBQUMvQixhQUFTLElBQUksR0FBRyxJQUFJLEdBQUcsS0FBSztBQUMxQixZQUFNQSxNQUFLLElBQUksQ0FBQztBQUNoQixVQUFJLFFBQVE7QUFDWixZQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzlCLFVBQUksTUFBTTtBQUNWLGFBQU8sTUFBTSxRQUFRLElBQUk7QUFDdkIsaUJBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxJQUFLLE9BQU1BLElBQUc7QUFDdkMsaUJBQVM7QUFDVCxjQUFNLFlBQVksSUFBSTtBQUFBLE1BQ3hCO0FBQ0EsV0FBSyxDQUFDLElBQUksS0FBSyxJQUFJLEtBQUssQ0FBQyxLQUFLLEdBQUksUUFBUSxPQUFTLE1BQU0sTUFBTTtBQUFBLElBQ2pFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBbUI7QUFDMUIsS0FBRztBQUNILEtBQUc7QUFDSCxTQUFPLFFBQVEsWUFBWSxFQUFFO0FBQy9CO0FBRUEsZUFBZSxVQUFVLE9BQWUsTUFBYyxLQUFxRDtBQUN6RyxXQUFTLFFBQVEsR0FBRyxTQUFTLE9BQU8sU0FBUyxNQUFNO0FBQ2pELFVBQU0sUUFBaUMsQ0FBQztBQUN4QyxhQUFTLElBQUksT0FBTyxJQUFJLFFBQVEsUUFBUSxLQUFLLE9BQU8sSUFBSyxPQUFNLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDMUUsVUFBTSxRQUFRLElBQUksS0FBSztBQUFBLEVBQ3pCO0FBQ0Y7QUFFQSxJQUFNLE1BQU0sQ0FBQyxHQUFXLFNBQVMsTUFBTSxFQUFFLGVBQWUsU0FBUyxFQUFFLHVCQUF1QixPQUFPLENBQUM7QUFDbEcsSUFBTSxLQUFLLENBQUMsVUFBa0IsR0FBRyxJQUFJLFFBQVEsT0FBTyxNQUFNLENBQUMsQ0FBQztBQUM1RCxJQUFNLE9BQWdELENBQUM7QUFJdkQsSUFBTSxFQUFFLFFBQVEsSUFBSSxJQUFJLE1BQU0sWUFBWTtBQUMxQyxJQUFNLFVBQVUsUUFBUTtBQUd4QixJQUFJLE9BQU8sQ0FBQyxHQUFHO0FBQ2IsUUFBTSxVQUFVLG1CQUFtQixFQUFFLE9BQU8sVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUM7QUFDaEUsUUFBTSxXQUFXLElBQUksZUFBZSxnQkFBZ0IsR0FBRyxDQUFDO0FBQ3hELFFBQU0sT0FBTyxNQUFNLFFBQVEsVUFBVSxRQUFRO0FBQzdDLFFBQU0sU0FBUyxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVE7QUFDakQsTUFBSSxLQUFLLE9BQU8sSUFBSSxNQUFNLFlBQVksT0FBTyxRQUFRLElBQUksTUFBTSxTQUFVLE9BQU0sSUFBSSxNQUFNLGdCQUFnQjtBQUN6RyxRQUFNLENBQUMsY0FBYyxXQUFXLElBQUksTUFBTTtBQUFBLElBQ3hDLE1BQU0sUUFBUSxVQUFVLFFBQVE7QUFBQSxJQUNoQyxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVE7QUFBQSxFQUNwQztBQUNBLE9BQUssS0FBSztBQUFBLElBQ1I7QUFBQSxJQUNBLElBQUksWUFBWTtBQUFBLElBQ2hCLElBQUksV0FBVztBQUFBLElBQ2YsR0FBRyxJQUFJLGVBQWUsYUFBYSxDQUFDLENBQUM7QUFBQSxFQUN2QyxDQUFDO0FBQ0QsUUFBTSxDQUFDLGNBQWMsV0FBVyxJQUFJLE1BQU07QUFBQSxJQUN4QyxhQUFhLE1BQU0sUUFBUSxVQUFVLFFBQVEsR0FBRyxPQUFPLElBQUk7QUFBQSxJQUMzRCxhQUFhLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUSxHQUFHLFFBQVEsSUFBSTtBQUFBLEVBQ2hFO0FBQ0EsT0FBSyxLQUFLO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxZQUFZO0FBQUEsSUFDaEIsSUFBSSxXQUFXO0FBQUEsSUFDZixHQUFHLElBQUksZUFBZSxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQ3ZDLENBQUM7QUFDRCxRQUFNLENBQUMsVUFBVSxZQUFZLElBQUksTUFBTTtBQUFBLElBQ3JDLGFBQWEsTUFBTSxRQUFRLFVBQVUsVUFBVSxFQUFFLFFBQVEsTUFBTSxDQUFDLEdBQUcsT0FBTyxNQUFNLEVBQUUsUUFBUSxNQUFNLENBQUM7QUFBQSxJQUNqRyxhQUFhLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUSxHQUFHLFFBQVEsSUFBSTtBQUFBLEVBQ2hFO0FBQ0EsT0FBSyxLQUFLO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxRQUFRO0FBQUEsSUFDWixJQUFJLFlBQVk7QUFBQSxJQUNoQixHQUFHLElBQUksV0FBVyxjQUFjLENBQUMsQ0FBQztBQUFBLEVBQ3BDLENBQUM7QUFDRCxRQUFNLFFBQVEsTUFBTTtBQUN0QjtBQUdBLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDYixXQUFTLFlBQVk7QUFDckIsV0FBUyxXQUFXO0FBQ3BCLFFBQU0sVUFBVSxtQkFBbUIsRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQ2hFLFFBQU0sV0FBVyxJQUFJLGVBQWUsZ0JBQWdCLEdBQUcsQ0FBQztBQUN4RCxRQUFNLE9BQU8sTUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsUUFBUSxnQkFBZ0IsR0FBRyxNQUFNLFFBQVEsVUFBVSxRQUFRLENBQUMsQ0FBQztBQUN6RyxRQUFNLFNBQVMsTUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsUUFBUSxnQkFBZ0IsR0FBRyxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVEsQ0FBQyxDQUFDO0FBQzdHLE1BQUksS0FBSyxXQUFXLG1CQUFtQixPQUFPLFdBQVcsZ0JBQWlCLE9BQU0sSUFBSSxNQUFNLGlCQUFpQjtBQUMzRyxPQUFLLEtBQUs7QUFBQSxJQUNSLE1BQU0sSUFBSSxlQUFlLENBQUM7QUFBQSxJQUMxQixJQUFJLFNBQVMsU0FBUztBQUFBLElBQ3RCLElBQUksU0FBUyxRQUFRO0FBQUEsSUFDckI7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFFBQVEsTUFBTTtBQUN0QjtBQUdBLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDYixRQUFNLE9BQU8sU0FBUztBQUN0QixNQUFJLFVBQTZELG1CQUFtQjtBQUFBLElBQ2xGLE9BQU8sVUFBVSxFQUFFLElBQUksQ0FBQztBQUFBLElBQ3hCLE9BQU8sRUFBRSxLQUFLLElBQUs7QUFBQSxFQUNyQixDQUFDO0FBQ0QsUUFBTSxVQUFVLFlBQVksSUFBSTtBQUNoQyxRQUFNLFVBQVUsZUFBZSxLQUFLLENBQUMsTUFBTyxRQUF3QyxVQUFVLEdBQUcsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDO0FBQ2pILFFBQU0sb0JBQW9CLFlBQVksSUFBSSxJQUFJLFdBQVc7QUFDekQsUUFBTSxnQkFBZ0IsU0FBUyxJQUFJO0FBQ25DLFFBQU0sUUFBUSxNQUFNO0FBQ3BCLFlBQVU7QUFFVixRQUFNLFFBQVEsU0FBUztBQUN2QixNQUFJLFdBQXVDLElBQUksZUFBZSxnQkFBZ0IsR0FBRyxDQUFDO0FBQ2xGLFFBQU0sV0FBVyxZQUFZLElBQUk7QUFDakMsUUFBTSxVQUFVLGVBQWUsS0FBSyxDQUFDLE1BQU8sU0FBNEIsT0FBTyxJQUFJLE1BQU0sRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDO0FBQ3hHLFFBQU0sbUJBQW1CLFlBQVksSUFBSSxJQUFJLFlBQVk7QUFDekQsUUFBTSxlQUFlLFNBQVMsSUFBSTtBQUNsQyxNQUFJLFNBQVMsV0FBVyxPQUFXLE9BQU0sSUFBSSxNQUFNLGFBQWE7QUFDaEUsYUFBVztBQUNYLE9BQUssS0FBSztBQUFBLElBQ1Isc0JBQXNCLElBQUksYUFBYSxDQUFDO0FBQUEsSUFDeEMsR0FBRyxHQUFHLGFBQWEsQ0FBQyxnQkFBZ0IsSUFBSSxrQkFBa0IsQ0FBQyxDQUFDO0FBQUEsSUFDNUQsR0FBRyxHQUFHLFlBQVksQ0FBQyxvQkFBb0IsSUFBSSxpQkFBaUIsQ0FBQyxDQUFDO0FBQUEsSUFDOUQsR0FBRyxJQUFJLGVBQWUsS0FBSyxJQUFJLGVBQWUsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLEVBQ3RELENBQUM7QUFDSDtBQUdBLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDYixRQUFNLFdBQVcsZUFBZTtBQUNoQyxRQUFNLE9BQU8sbUJBQW1CLEVBQUUsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLEdBQUcsU0FBUyxDQUFDO0FBQ3ZFLFFBQU0sS0FBSyxVQUFVLFFBQVE7QUFDN0IsUUFBTSxLQUFLLE1BQU07QUFDakIsUUFBTSxJQUFJLFFBQWMsQ0FBQyxZQUFZLE9BQU8sTUFBTSxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ2xFLFNBQU8sb0JBQW9CO0FBRTNCLFFBQU0sVUFBVSxZQUFZLElBQUk7QUFDaEMsUUFBTSxPQUFPLG1CQUFtQixFQUFFLE9BQU8sVUFBVSxFQUFFLElBQUksQ0FBQyxHQUFHLFNBQVMsQ0FBQztBQUN2RSxNQUFJO0FBQ0osTUFBSTtBQUNGLFVBQU0sSUFBSSxNQUFNLEtBQUssVUFBVSxRQUFRO0FBQ3ZDLFdBQU8sbUJBQW1CLEVBQUUsTUFBTSxLQUFLLEVBQUUsT0FBTyxJQUFJLE1BQU0sV0FBVyxZQUFZLFlBQVksUUFBUSxJQUFJLFlBQVksSUFBSSxJQUFJLE9BQU8sQ0FBQztBQUFBLEVBQ3ZJLFNBQVMsT0FBTztBQUNkLFdBQU8sVUFBVyxNQUFnQixRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFBQSxFQUN4RDtBQUNBLFFBQU0sS0FBSyxNQUFNO0FBRWpCLFVBQVEsT0FBTyxNQUFNO0FBQ3JCLFFBQU0sV0FBVyxZQUFZLElBQUk7QUFDakMsUUFBTSxXQUFXLElBQUksZUFBZSxnQkFBZ0IsR0FBRyxDQUFDO0FBQ3hELE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxJQUFJLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUTtBQUM1QyxhQUFTLFdBQVcsRUFBRSxhQUFhLGFBQWEsU0FBUztBQUFBLEVBQzNELFNBQVMsT0FBTztBQUNkLGFBQVMsV0FBWSxNQUFnQixZQUFZLElBQUksV0FBVyxJQUFJLFlBQVksSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUFBLEVBQ25HO0FBQ0EsVUFBUSxPQUFPO0FBQ2YsT0FBSyxLQUFLLENBQUMsZ0RBQWdELE1BQU0sUUFBUSwwQkFBMEIsQ0FBQztBQUN0RztBQUlBLElBQU0sU0FBMkMsQ0FBQyxZQUFZLGFBQWEsb0JBQW9CLFFBQVE7QUFDdkcsSUFBTSxTQUFTLE9BQU8sSUFBSSxDQUFDLEdBQUcsTUFBTSxLQUFLLElBQUksRUFBRSxRQUFRLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsR0FBRyxVQUFVLENBQUMsQ0FBQyxDQUFDO0FBQzdGLElBQU0sT0FBTyxDQUFDLFVBQTZCLEtBQUssTUFBTSxJQUFJLENBQUMsR0FBRyxNQUFNLEVBQUUsT0FBTyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxLQUFLLEtBQUssQ0FBQztBQUN6RyxRQUFRLElBQUk7QUFBQSxPQUFVLFFBQVEsT0FBTyxLQUFLLFFBQVEsUUFBUSxJQUFJLFFBQVEsSUFBSSxFQUFFO0FBQzVFLFFBQVEsSUFBSSxLQUFLLE1BQU0sQ0FBQztBQUN4QixRQUFRLElBQUksSUFBSSxPQUFPLElBQUksQ0FBQyxNQUFNLElBQUksT0FBTyxJQUFJLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLEdBQUc7QUFDakUsV0FBVyxPQUFPLEtBQU0sU0FBUSxJQUFJLEtBQUssR0FBRyxDQUFDO0FBQzdDLFFBQVEsS0FBSyxDQUFDOyIsCiAgIm5hbWVzIjogWyJoaW50IiwgIm9wdGlvbmFsIiwgImRlcHRoIiwgIk1BWF9ERVBUSCIsICJkZXB0aCIsICJtZW1iZXJzIiwgImhpbnQiLCAibWVtYmVycyIsICJudWxsYWJsZSIsICJyZWNvcmQiLCAib3V0IiwgInVuaW9uIiwgInR5cGVkIiwgIm9wdGlvbmFsIiwgImxpbmUiLCAiaGludCIsICJ3YW50ZWQiLCAibnVsbGFibGUiLCAibWVtYmVycyIsICJ0eXBlZCIsICJhcnJheSIsICJyZWdleCIsICJzdHJpbmciLCAibnVtYmVyIiwgIm9wdGlvbmFsIiwgImxpbmUiLCAib3V0IiwgImZuIiwgImxpbmUiLCAicmVjb3JkIiwgImxpbmUiLCAiaW5wdXRTY2hlbWEiLCAib3B0aW9uYWwiLCAidmFsaWQiLCAieiIsICJyZWNvcmQiLCAiZGVwdGgiLCAiTEFCRUxfUEFUVEVSTiIsICJmbiIsICJ0eXBlZCIsICJyZWNvcmQiLCAicmVjb3JkIiwgImVkaXREaXN0YW5jZSIsICJyZWNvcmQiLCAicmVjb3JkIiwgImxvY2tlZEhhc2giLCAieiIsICJkZXNjcmliZSIsICJoaW50IiwgIkhBU0hfUEFUVEVSTiIsICJyZWNvcmQiLCAieiIsICJyZWNvcmQiLCAieiIsICJyZWNvcmQiLCAiY2FjaGUiLCAiZXJyb3JUZXh0IiwgInJlY29yZCIsICJzZW12ZXJWYWxpZCIsICJ6IiwgImhlYWRlciIsICJlcnJvciIsICJzZW12ZXJWYWxpZCIsICJyZWNvcmQiLCAiTFJVQ2FjaGUiLCAic2VtdmVyVmFsaWQiLCAic2VydmVyIiwgInVybCIsICJ1cmwiLCAicmV0cnlBZnRlck1zIiwgInJlY29yZCIsICJMUlVDYWNoZSIsICJyZWNvcmQiLCAic2VtdmVyVmFsaWQiLCAicmVjb3JkIiwgInVybCIsICJzZXJ2ZXIiLCAiZm4iXQp9Cg==
