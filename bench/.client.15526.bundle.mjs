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

// src/engine/schema/picoschema.ts
var PICOSCHEMA_SCALAR_TYPES = ["string", "number", "integer", "boolean", "null", "any"];
var JSON_SCHEMA_MARKER_TYPES = /* @__PURE__ */ new Set([...PICOSCHEMA_SCALAR_TYPES, "object", "array"]);
var PARENTHETICAL_TYPES = ["array", "object", "enum"];
var WILDCARD = "(*)";
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
  none: "null"
};
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
  const alias = TYPE_ALIASES[type.toLowerCase()];
  const guess = alias ?? closestMatch(type, PICOSCHEMA_SCALAR_TYPES);
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
var UNSUPPORTED_KEYWORDS = /* @__PURE__ */ new Map([
  ["$ref", "inline the referenced schema"],
  ["$dynamicRef", "inline the referenced schema"],
  ["$anchor", "inline the referenced schema"],
  ["not", "express the rule with enum, anyOf or a pattern, or check it in code"],
  ["if", "use anyOf/oneOf, or check it in code"],
  ["then", "use anyOf/oneOf, or check it in code"],
  ["else", "use anyOf/oneOf, or check it in code"],
  ["uniqueItems", "check uniqueness in code"],
  ["contains", "check it in code"],
  ["minContains", "check it in code"],
  ["maxContains", "check it in code"],
  ["prefixItems", "use one item schema in items (anyOf for mixed items)"],
  ["additionalItems", "use one item schema in items"],
  ["unevaluatedItems", "use items"],
  ["unevaluatedProperties", "use additionalProperties"],
  ["patternProperties", "declare the properties, or use additionalProperties with a schema"],
  ["propertyNames", "check key names in code"],
  ["minProperties", "mark the properties required instead"],
  ["maxProperties", "set additionalProperties: false instead"],
  ["dependencies", "check it in code"],
  ["dependentRequired", "check it in code"],
  ["dependentSchemas", "check it in code"]
]);
var TYPE_ALIASES2 = {
  str: "string",
  int: "integer",
  float: "number",
  double: "number",
  bool: "boolean",
  list: "array",
  dict: "object",
  map: "object"
};
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
  const hint2 = UNSUPPORTED_KEYWORDS.get(key);
  if (hint2 !== void 0) {
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
      const guess = TYPE_ALIASES2[type.toLowerCase()] ?? closestMatch(type, JSON_SCHEMA_TYPES);
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
      const wanted = expected ?? (issue.expected === "int" ? "integer" : issue.expected);
      return { path, code: "invalid_type", message: `expected ${wanted}, got ${got}` };
    }
    case "invalid_value": {
      const values = issue.values.map((v) => typeof v === "string" ? JSON.stringify(v) : String(v));
      const wanted = values.length === 1 ? values[0] : `one of ${values.join(", ")}`;
      return { path, code: "invalid_value", message: `expected ${wanted}, got ${got}` };
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
      const wanted = expected === void 0 ? "a value of one of the allowed types" : expected;
      return { path, code: "invalid_union", message: `expected ${wanted}, got ${got}` };
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
  error: (iss) => iss.input === void 0 ? 'missing "version": every prompt needs a semver version such as `version: 1.0.0`' : typeof iss.input === "number" ? `"version" must be a semver string such as "1.0.0", got the number ${String(iss.input)}: write all three parts (${versionGuess(iss.input)}) or quote it` : `"version" must be a semver string such as "1.0.0", got ${describeValue(iss.input)}`
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
        else if (name !== void 0 && entry.compiled?.deps.has(name)) entry.compiled = void 0;
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
  const ratio = options.maxDistanceRatio ?? 0.4;
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
    this.#ctx = ctx;
    this.#options = { strict };
  }
  render(...args) {
    const [vars, options] = args;
    const renderOptions = options?.strict === void 0 ? this.#options : options;
    if (!this.#ctx.emitter.active) return this.#entry.compiled.render(vars, renderOptions);
    return this.#observe(
      vars,
      () => this.#entry.compiled.render(vars, renderOptions),
      (text) => text.length
    );
  }
  renderMessages(...args) {
    const [vars, placeholders, options] = args;
    const renderOptions = options?.strict === void 0 ? this.#options : options;
    if (!this.#ctx.emitter.active) return this.#entry.compiled.renderMessages(vars, placeholders, renderOptions);
    return this.#observe(
      vars,
      () => this.#entry.compiled.renderMessages(vars, placeholders, renderOptions),
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
    this.#now = clock === void 0 ? Date.now : () => clock.now();
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
  async getPrompt(spec, options = {}) {
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
    const list = specs ?? await this.#defaultPrefetchSpecs();
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
      if (isDefault) resolution.compiled = hit;
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
      if (isDefault) resolution.compiled = entry;
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
      throw new HttpFailure(404, "not_found", `No such endpoint: ${method} ${rawPath.slice(0, 200)}. The API lives under /v1/prompts.`);
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
      return sendJson(req, res, 200, { name, versions: sortVersionsDescending(versions) }, { "cache-control": "no-cache" });
    }
    const [, kind, arg] = decoded;
    if (kind === "versions" && arg !== void 0 && decoded.length === 3) {
      allow(method, ["GET", "HEAD", "PUT"]);
      if (semverValid2(arg) !== arg) {
        throw new HttpFailure(400, "bad_request", `Invalid version ${JSON.stringify(arg.slice(0, 100))}: use a semver version such as 1.2.3.`);
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
      throw new HttpFailure(501, "not_implemented", `The ${store.name} store cannot list its prompts (it has no list()).`);
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
      throw new HttpFailure(501, "not_implemented", `The ${store.name} store cannot be written (it has no ${capability}()).`);
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
  sendJson(req, res, failure.status, { error: { code: failure.code, message: failure.message } }, {
    "cache-control": "no-store",
    ...failure.headers
  });
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
async function opsPerSecond(fn2, rounds = 5, ms = 400) {
  for (let i = 0; i < 2e3; i++) await fn2();
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    let count = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      for (let i = 0; i < 500; i++) await fn2();
      count += 500;
      now = performance.now();
    }
    best = Math.max(best, count * 1e3 / (now - start));
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
{
  const prompts = createPromptClient({ store: httpStore({ url }) });
  const langfuse = new LangfuseClient(langfuseOptions(url));
  const ours = await prompts.getPrompt(GREETING);
  const theirs = await langfuse.prompt.get(GREETING);
  if (ours.render(VARS) !== EXPECTED || theirs.compile(VARS) !== EXPECTED) throw new Error("outputs differ");
  const promptopsOps = await opsPerSecond(async () => (await prompts.getPrompt(GREETING)).render(VARS));
  const langfuseOps = await opsPerSecond(async () => (await langfuse.prompt.get(GREETING)).compile(VARS));
  rows.push([
    "1. cache-hit get + render (ops/s)",
    fmt(promptopsOps),
    fmt(langfuseOps),
    `${fmt(promptopsOps / langfuseOps, 1)}\xD7 (target \u2265 4\xD7; promptops validates the input)`
  ]);
  await prompts.close();
}
{
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
{
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
{
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiY2xpZW50LnRzIiwgIi4uL3NyYy9lcnJvcnMudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmllbGQtcGF0aC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9zdWdnZXN0LnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3BpY29zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvanNvbi1zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmFzdC1wYXRoLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3R5cGVzY3JpcHQudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvaXNzdWVzLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3N0YW5kYXJkLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3pvZC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9pbmRleC50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnNlLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvbG9va3VwLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvYW5hbHl6ZS50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnRpYWxzLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvdmFsdWUudHMiLCAiLi4vc3JjL2VuZ2luZS90ZW1wbGF0ZS9jb21waWxlLnRzIiwgIi4uL3NyYy9lbmdpbmUvcHJvbXB0LnRzIiwgIi4uL3NyYy9lbmdpbmUvcmVjb3JkLXNjaGVtYS50cyIsICIuLi9zcmMvZW5naW5lL25hbWUudHMiLCAiLi4vc3JjL2VuZ2luZS9zZWxlY3Rvci50cyIsICIuLi9zcmMvdGVsZW1ldHJ5L2VtaXR0ZXIudHMiLCAiLi4vc3JjL2NsaWVudC9jYWNoZS50cyIsICIuLi9zcmMvY2xpZW50L2ZhbGxiYWNrLnRzIiwgIi4uL3NyYy9lbmdpbmUvaGFzaC50cyIsICIuLi9zcmMvc3RvcmVzL3Jlc29sdmUudHMiLCAiLi4vc3JjL2NsaWVudC9sb2FkZXIudHMiLCAiLi4vc3JjL2NsaWVudC9sb2NrZmlsZS50cyIsICIuLi9zcmMvY2xpZW50L3ZhbGlkYXRlLnRzIiwgIi4uL3NyYy9jbGllbnQvb3B0aW9ucy50cyIsICIuLi9zcmMvY2xpZW50L3Byb21wdC50cyIsICIuLi9zcmMvY2xpZW50L3NuYXBzaG90LnRzIiwgIi4uL3NyYy9jbGllbnQvY2xpZW50LnRzIiwgIi4uL3NyYy9zZXJ2ZXIvaGFuZGxlci50cyIsICIuLi9zcmMvc3RvcmVzL2h0dHAvcHJvdG9jb2wudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwLnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9yZXRyeS50cyIsICIuLi9zcmMvc3RvcmVzL2h0dHAvZXJyb3JzLnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9vcHRpb25zLnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC90cmFuc3BvcnQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogVGhlIHByb21wdCBjbGllbnQgc2lkZSBieSBzaWRlIHdpdGggYEBsYW5nZnVzZS9jbGllbnRgLCBpbiBvbmUgcHJvY2VzcywgYm90aCB0YWxraW5nIEhUVFAgdG8gb25lXG4gKiBsb29wYmFjayBzZXJ2ZXIgKDEyNy4wLjAuMSwgcG9ydCAwKSB0aGF0IHNwZWFrcyBwcm9tcHRvcHMgcHJvdG9jb2wgdjEgKGBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcmApXG4gKiBhbmQgTGFuZ2Z1c2UncyBwcm9tcHQgQVBJIChgR0VUIC9hcGkvcHVibGljL3YyL3Byb21wdHMve25hbWV9YCk6XG4gKlxuICogMS4gY2FjaGUtaGl0IGBnZXRgICsgcmVuZGVyLCBvcHMvcyAodGFyZ2V0OiBwcm9tcHRvcHMgXHUyMjY1IDRcdTAwRDcgTGFuZ2Z1c2UpO1xuICogMi4gMSwwMDAgY29uY3VycmVudCBjb2xkIGdldHMgb2Ygb25lIG5hbWU6IHJlcXVlc3RzIHRoZSBzZXJ2ZXIgc2F3ICh0YXJnZXQ6IDEpO1xuICogMy4gaGVhcCBoZWxkIGFmdGVyIGZldGNoaW5nIDEwMCwwMDAgZGlzdGluY3QgbmFtZS92ZXJzaW9uIGtleXMgKHByb21wdG9wcyBgY2FjaGUubWF4OiAxMDAwYCk7XG4gKiA0LiBjb2xkIHN0YXJ0IHdpdGggdGhlIHNlcnZlciBkb3duIGFuZCBhIHNuYXBzaG90IHByZXNlbnQuXG4gKlxuICogUnVuOiBgbm9kZSBiZW5jaC9ydW4ubWpzIGNsaWVudGAgKGdsb2JhbC5nYyBpcyBzd2l0Y2hlZCBvbiBhdCBydW4gdGltZSB3aGVuIGAtLWV4cG9zZS1nY2AgaXMgbm90IGdpdmVuKS5cbiAqL1xuaW1wb3J0IHsgY3JlYXRlU2VydmVyLCB0eXBlIEluY29taW5nTWVzc2FnZSwgdHlwZSBTZXJ2ZXIsIHR5cGUgU2VydmVyUmVzcG9uc2UgfSBmcm9tICdub2RlOmh0dHAnO1xuaW1wb3J0IHR5cGUgeyBBZGRyZXNzSW5mbyB9IGZyb20gJ25vZGU6bmV0JztcbmltcG9ydCB7IHNldEZsYWdzRnJvbVN0cmluZyB9IGZyb20gJ25vZGU6djgnO1xuaW1wb3J0IHsgcnVuSW5OZXdDb250ZXh0IH0gZnJvbSAnbm9kZTp2bSc7XG5pbXBvcnQgeyBMYW5nZnVzZUNsaWVudCB9IGZyb20gJ0BsYW5nZnVzZS9jbGllbnQnO1xuaW1wb3J0IHsgY3JlYXRlUHJvbXB0Q2xpZW50IH0gZnJvbSAnLi4vc3JjL2NsaWVudC9jbGllbnQuanMnO1xuaW1wb3J0IHsgbWVtb3J5U25hcHNob3QgfSBmcm9tICcuLi9zcmMvY2xpZW50L3NuYXBzaG90LmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vc3JjL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgY3JlYXRlUHJvbXB0UmVxdWVzdEhhbmRsZXIgfSBmcm9tICcuLi9zcmMvc2VydmVyL2hhbmRsZXIuanMnO1xuaW1wb3J0IHsgaHR0cFN0b3JlIH0gZnJvbSAnLi4vc3JjL3N0b3Jlcy9odHRwLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUsIFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3JjL3N0b3Jlcy90eXBlcy5qcyc7XG5cbmNvbnN0IEdSRUVUSU5HID0gJ2JlbmNoL2dyZWV0aW5nJztcbmNvbnN0IE1BTlkgPSAnYmVuY2gvbWFueSc7XG5jb25zdCBURU1QTEFURSA9ICdZb3UgYXJlIGEgc3VwcG9ydCBhZ2VudCBmb3Ige3tjb21wYW55fX0uIEdyZWV0IHt7Y3VzdG9tZXJ9fSBpbiBhIHt7dG9uZX19IHRvbmUgYWJvdXQge3t0b3BpY319Lic7XG5jb25zdCBWQVJTID0geyBjb21wYW55OiAnQWNtZScsIGN1c3RvbWVyOiAnQWRhJywgdG9uZTogJ2ZyaWVuZGx5JywgdG9waWM6ICdiaWxsaW5nJyB9O1xuY29uc3QgRVhQRUNURUQgPSAnWW91IGFyZSBhIHN1cHBvcnQgYWdlbnQgZm9yIEFjbWUuIEdyZWV0IEFkYSBpbiBhIGZyaWVuZGx5IHRvbmUgYWJvdXQgYmlsbGluZy4nO1xuY29uc3QgRElTVElOQ1RfS0VZUyA9IDEwMF8wMDA7XG5jb25zdCBDT05DVVJSRU5UX0NPTEQgPSAxXzAwMDtcblxuc2V0RmxhZ3NGcm9tU3RyaW5nKCctLWV4cG9zZS1nYycpO1xuY29uc3QgZ2M6ICgpID0+IHZvaWQgPSAoZ2xvYmFsVGhpcyBhcyB7IGdjPzogKCkgPT4gdm9pZCB9KS5nYyA/PyAocnVuSW5OZXdDb250ZXh0KCdnYycpIGFzICgpID0+IHZvaWQpO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gdGhlIHNlcnZlclxuXG4vKiogYGJlbmNoL2dyZWV0aW5nQDEuMC4wYCAobGFiZWwgcHJvZHVjdGlvbiksIGFuZCBgYmVuY2gvbWFueUBOLjAuMGAgZm9yIGV2ZXJ5IE4sIG1hZGUgb24gZGVtYW5kLiAqL1xuZnVuY3Rpb24gcmVjb3JkKG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkIHtcbiAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIHZlcnNpb24gPT09ICcxLjAuMCcpIHtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZSxcbiAgICAgIHZlcnNpb24sXG4gICAgICBsYWJlbHM6IFsncHJvZHVjdGlvbiddLFxuICAgICAgdHlwZTogJ3RleHQnLFxuICAgICAgdGVtcGxhdGU6IFRFTVBMQVRFLFxuICAgICAgaW5wdXQ6IHsgc2NoZW1hOiB7IGNvbXBhbnk6ICdzdHJpbmcnLCBjdXN0b21lcjogJ3N0cmluZycsIHRvbmU6ICdzdHJpbmcnLCB0b3BpYzogJ3N0cmluZycgfSB9LFxuICAgIH07XG4gIH1cbiAgY29uc3QgbWFqb3IgPSAvXihbMS05XVxcZCopXFwuMFxcLjAkLy5leGVjKHZlcnNpb24pPy5bMV07XG4gIGlmIChuYW1lID09PSBNQU5ZICYmIG1ham9yICE9PSB1bmRlZmluZWQgJiYgTnVtYmVyKG1ham9yKSA8PSBESVNUSU5DVF9LRVlTKSB7XG4gICAgcmV0dXJuIHsgbmFtZSwgdmVyc2lvbiwgdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZTogYFByb21wdCBudW1iZXIgJHttYWpvcn0gZm9yIHt7Y3VzdG9tZXJ9fS5gIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuY29uc3QgZ2VuZXJhdGVkOiBQcm9tcHRTdG9yZSA9IHtcbiAgbmFtZTogJ2dlbmVyYXRlZCcsXG4gIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKTogUHJvbWlzZTxWZXJzaW9uSW5mb1tdPiB7XG4gICAgcmV0dXJuIG5hbWUgPT09IEdSRUVUSU5HID8gW3sgdmVyc2lvbjogJzEuMC4wJywgbGFiZWxzOiBbJ3Byb2R1Y3Rpb24nXSB9XSA6IFtdO1xuICB9LFxuICBhc3luYyBnZXRWZXJzaW9uKG5hbWUsIHZlcnNpb24pIHtcbiAgICByZXR1cm4gcmVjb3JkKG5hbWUsIHZlcnNpb24pO1xuICB9LFxuICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIChzZWxlY3RvciA9PT0gJ2xhdGVzdCcgfHwgc2VsZWN0b3IgPT09ICdwcm9kdWN0aW9uJyB8fCBzZWxlY3RvciA9PT0gJzEuMC4wJykpIHtcbiAgICAgIHJldHVybiByZWNvcmQobmFtZSwgJzEuMC4wJyk7XG4gICAgfVxuICAgIHJldHVybiByZWNvcmQobmFtZSwgc2VsZWN0b3IpO1xuICB9LFxufTtcblxuY29uc3QgcmVxdWVzdHMgPSB7IHByb21wdG9wczogMCwgbGFuZ2Z1c2U6IDAgfTtcbmNvbnN0IHByb21wdG9wc0hhbmRsZXIgPSBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcih7IHN0b3JlOiBnZW5lcmF0ZWQgfSk7XG5cbmZ1bmN0aW9uIGxhbmdmdXNlSGFuZGxlcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBuZXcgVVJMKHJlcS51cmwgPz8gJy8nLCAnaHR0cDovLzEyNy4wLjAuMScpO1xuICBjb25zdCBuYW1lID0gZGVjb2RlVVJJQ29tcG9uZW50KHVybC5wYXRobmFtZS5zbGljZSgnL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy8nLmxlbmd0aCkpO1xuICBjb25zdCB2ZXJzaW9uID0gdXJsLnNlYXJjaFBhcmFtcy5nZXQoJ3ZlcnNpb24nKTtcbiAgY29uc3QgZm91bmQgPSByZWNvcmQobmFtZSwgdmVyc2lvbiA9PT0gbnVsbCA/ICcxLjAuMCcgOiBgJHt2ZXJzaW9ufS4wLjBgKTtcbiAgaWYgKGZvdW5kID09PSB1bmRlZmluZWQpIHtcbiAgICByZXMud3JpdGVIZWFkKDQwNCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeSh7IG1lc3NhZ2U6ICdQcm9tcHQgbm90IGZvdW5kJyB9KSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IGJvZHkgPSB7XG4gICAgaWQ6IGAke25hbWV9LSR7Zm91bmQudmVyc2lvbn1gLFxuICAgIG5hbWUsXG4gICAgdmVyc2lvbjogTnVtYmVyKGZvdW5kLnZlcnNpb24uc3BsaXQoJy4nKVswXSksXG4gICAgdHlwZTogJ3RleHQnLFxuICAgIHByb21wdDogZm91bmQudGVtcGxhdGUsXG4gICAgY29uZmlnOiB7fSxcbiAgICBsYWJlbHM6IGZvdW5kLmxhYmVscyA/PyBbXSxcbiAgICB0YWdzOiBbXSxcbiAgICBjb21taXRNZXNzYWdlOiBudWxsLFxuICB9O1xuICByZXMud3JpdGVIZWFkKDIwMCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeShib2R5KSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN0YXJ0U2VydmVyKCk6IFByb21pc2U8eyBzZXJ2ZXI6IFNlcnZlcjsgdXJsOiBzdHJpbmcgfT4ge1xuICBjb25zdCBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKHJlcSwgcmVzKSA9PiB7XG4gICAgaWYgKHJlcS51cmw/LnN0YXJ0c1dpdGgoJy9hcGkvcHVibGljLycpKSB7XG4gICAgICByZXF1ZXN0cy5sYW5nZnVzZSsrO1xuICAgICAgbGFuZ2Z1c2VIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9IGVsc2Uge1xuICAgICAgcmVxdWVzdHMucHJvbXB0b3BzKys7XG4gICAgICBwcm9tcHRvcHNIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9XG4gIH0pO1xuICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgcmVzb2x2ZSkpO1xuICBjb25zdCB7IHBvcnQgfSA9IHNlcnZlci5hZGRyZXNzKCkgYXMgQWRkcmVzc0luZm87XG4gIHJldHVybiB7IHNlcnZlciwgdXJsOiBgaHR0cDovLzEyNy4wLjAuMToke3BvcnR9YCB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gaGVscGVyc1xuXG5jb25zdCBsYW5nZnVzZU9wdGlvbnMgPSAoYmFzZVVybDogc3RyaW5nKSA9PiAoeyBwdWJsaWNLZXk6ICdway1sZi1iZW5jaCcsIHNlY3JldEtleTogJ3NrLWxmLWJlbmNoJywgYmFzZVVybCB9KTtcblxuLyoqIG9wcy9zIG9mIGBmbmAsIGJlc3Qgb2YgYHJvdW5kc2Agcm91bmRzIG9mIGFib3V0IGBtc2AgZWFjaC4gKi9cbmFzeW5jIGZ1bmN0aW9uIG9wc1BlclNlY29uZChmbjogKCkgPT4gUHJvbWlzZTx1bmtub3duPiwgcm91bmRzID0gNSwgbXMgPSA0MDApOiBQcm9taXNlPG51bWJlcj4ge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDJfMDAwOyBpKyspIGF3YWl0IGZuKCk7XG4gIGxldCBiZXN0ID0gMDtcbiAgZm9yIChsZXQgciA9IDA7IHIgPCByb3VuZHM7IHIrKykge1xuICAgIGxldCBjb3VudCA9IDA7XG4gICAgY29uc3Qgc3RhcnQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICBsZXQgbm93ID0gc3RhcnQ7XG4gICAgd2hpbGUgKG5vdyAtIHN0YXJ0IDwgbXMpIHtcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgNTAwOyBpKyspIGF3YWl0IGZuKCk7XG4gICAgICBjb3VudCArPSA1MDA7XG4gICAgICBub3cgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICB9XG4gICAgYmVzdCA9IE1hdGgubWF4KGJlc3QsIChjb3VudCAqIDEwMDApIC8gKG5vdyAtIHN0YXJ0KSk7XG4gIH1cbiAgcmV0dXJuIGJlc3Q7XG59XG5cbmZ1bmN0aW9uIGhlYXBVc2VkKCk6IG51bWJlciB7XG4gIGdjKCk7XG4gIGdjKCk7XG4gIHJldHVybiBwcm9jZXNzLm1lbW9yeVVzYWdlKCkuaGVhcFVzZWQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGluQmF0Y2hlcyhjb3VudDogbnVtYmVyLCBzaXplOiBudW1iZXIsIHJ1bjogKGk6IG51bWJlcikgPT4gUHJvbWlzZTx1bmtub3duPik6IFByb21pc2U8dm9pZD4ge1xuICBmb3IgKGxldCBzdGFydCA9IDE7IHN0YXJ0IDw9IGNvdW50OyBzdGFydCArPSBzaXplKSB7XG4gICAgY29uc3QgYmF0Y2g6IEFycmF5PFByb21pc2U8dW5rbm93bj4+ID0gW107XG4gICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgc3RhcnQgKyBzaXplICYmIGkgPD0gY291bnQ7IGkrKykgYmF0Y2gucHVzaChydW4oaSkpO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKGJhdGNoKTtcbiAgfVxufVxuXG5jb25zdCBmbXQgPSAobjogbnVtYmVyLCBkaWdpdHMgPSAwKSA9PiBuLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycsIHsgbWF4aW11bUZyYWN0aW9uRGlnaXRzOiBkaWdpdHMgfSk7XG5jb25zdCBtYiA9IChieXRlczogbnVtYmVyKSA9PiBgJHtmbXQoYnl0ZXMgLyAxMDI0IC8gMTAyNCwgMSl9IE1CYDtcbmNvbnN0IHJvd3M6IEFycmF5PFtzdHJpbmcsIHN0cmluZywgc3RyaW5nLCBzdHJpbmddPiA9IFtdO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gc2NlbmFyaW9zXG5cbmNvbnN0IHsgc2VydmVyLCB1cmwgfSA9IGF3YWl0IHN0YXJ0U2VydmVyKCk7XG5jb25zdCBzaWxlbmNlID0gY29uc29sZS53YXJuO1xuXG4vLyAxLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyXG57XG4gIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pIH0pO1xuICBjb25zdCBsYW5nZnVzZSA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGNvbnN0IG91cnMgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORyk7XG4gIGNvbnN0IHRoZWlycyA9IGF3YWl0IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpO1xuICBpZiAob3Vycy5yZW5kZXIoVkFSUykgIT09IEVYUEVDVEVEIHx8IHRoZWlycy5jb21waWxlKFZBUlMpICE9PSBFWFBFQ1RFRCkgdGhyb3cgbmV3IEVycm9yKCdvdXRwdXRzIGRpZmZlcicpO1xuICBjb25zdCBwcm9tcHRvcHNPcHMgPSBhd2FpdCBvcHNQZXJTZWNvbmQoYXN5bmMgKCkgPT4gKGF3YWl0IHByb21wdHMuZ2V0UHJvbXB0KEdSRUVUSU5HKSkucmVuZGVyKFZBUlMpKTtcbiAgY29uc3QgbGFuZ2Z1c2VPcHMgPSBhd2FpdCBvcHNQZXJTZWNvbmQoYXN5bmMgKCkgPT4gKGF3YWl0IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpKS5jb21waWxlKFZBUlMpKTtcbiAgcm93cy5wdXNoKFtcbiAgICAnMS4gY2FjaGUtaGl0IGdldCArIHJlbmRlciAob3BzL3MpJyxcbiAgICBmbXQocHJvbXB0b3BzT3BzKSxcbiAgICBmbXQobGFuZ2Z1c2VPcHMpLFxuICAgIGAke2ZtdChwcm9tcHRvcHNPcHMgLyBsYW5nZnVzZU9wcywgMSl9XHUwMEQ3ICh0YXJnZXQgXHUyMjY1IDRcdTAwRDc7IHByb21wdG9wcyB2YWxpZGF0ZXMgdGhlIGlucHV0KWAsXG4gIF0pO1xuICBhd2FpdCBwcm9tcHRzLmNsb3NlKCk7XG59XG5cbi8vIDIuIDEsMDAwIGNvbmN1cnJlbnQgY29sZCBnZXRzIG9mIG9uZSBuYW1lXG57XG4gIHJlcXVlc3RzLnByb21wdG9wcyA9IDA7XG4gIHJlcXVlc3RzLmxhbmdmdXNlID0gMDtcbiAgY29uc3QgcHJvbXB0cyA9IGNyZWF0ZVByb21wdENsaWVudCh7IHN0b3JlOiBodHRwU3RvcmUoeyB1cmwgfSkgfSk7XG4gIGNvbnN0IGxhbmdmdXNlID0gbmV3IExhbmdmdXNlQ2xpZW50KGxhbmdmdXNlT3B0aW9ucyh1cmwpKTtcbiAgY29uc3Qgb3VycyA9IGF3YWl0IFByb21pc2UuYWxsKEFycmF5LmZyb20oeyBsZW5ndGg6IENPTkNVUlJFTlRfQ09MRCB9LCAoKSA9PiBwcm9tcHRzLmdldFByb21wdChHUkVFVElORykpKTtcbiAgY29uc3QgdGhlaXJzID0gYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogQ09OQ1VSUkVOVF9DT0xEIH0sICgpID0+IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpKSk7XG4gIGlmIChvdXJzLmxlbmd0aCAhPT0gQ09OQ1VSUkVOVF9DT0xEIHx8IHRoZWlycy5sZW5ndGggIT09IENPTkNVUlJFTlRfQ09MRCkgdGhyb3cgbmV3IEVycm9yKCdtaXNzaW5nIGFuc3dlcnMnKTtcbiAgcm93cy5wdXNoKFtcbiAgICBgMi4gJHtmbXQoQ09OQ1VSUkVOVF9DT0xEKX0gY29uY3VycmVudCBjb2xkIGdldHM6IHNlcnZlciByZXF1ZXN0c2AsXG4gICAgZm10KHJlcXVlc3RzLnByb21wdG9wcyksXG4gICAgZm10KHJlcXVlc3RzLmxhbmdmdXNlKSxcbiAgICAndGFyZ2V0OiAxJyxcbiAgXSk7XG4gIGF3YWl0IHByb21wdHMuY2xvc2UoKTtcbn1cblxuLy8gMy4gaGVhcCBhZnRlciAxMDAsMDAwIGRpc3RpbmN0IG5hbWUvdmVyc2lvbiBrZXlzXG57XG4gIGNvbnN0IGJhc2UgPSBoZWFwVXNlZCgpO1xuICBsZXQgcHJvbXB0czogUmV0dXJuVHlwZTx0eXBlb2YgY3JlYXRlUHJvbXB0Q2xpZW50PiB8IHVuZGVmaW5lZCA9IGNyZWF0ZVByb21wdENsaWVudCh7XG4gICAgc3RvcmU6IGh0dHBTdG9yZSh7IHVybCB9KSxcbiAgICBjYWNoZTogeyBtYXg6IDEwMDAgfSxcbiAgfSk7XG4gIGNvbnN0IHN0YXJ0ZWQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgYXdhaXQgaW5CYXRjaGVzKERJU1RJTkNUX0tFWVMsIDEwMCwgKGkpID0+IChwcm9tcHRzIGFzIE5vbk51bGxhYmxlPHR5cGVvZiBwcm9tcHRzPikuZ2V0UHJvbXB0KGAke01BTll9QCR7aX0uMC4wYCkpO1xuICBjb25zdCBwcm9tcHRvcHNTZWNvbmRzID0gKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZCkgLyAxMDAwO1xuICBjb25zdCBwcm9tcHRvcHNIZWFwID0gaGVhcFVzZWQoKSAtIGJhc2U7XG4gIGF3YWl0IHByb21wdHMuY2xvc2UoKTtcbiAgcHJvbXB0cyA9IHVuZGVmaW5lZDtcblxuICBjb25zdCBiYXNlMiA9IGhlYXBVc2VkKCk7XG4gIGxldCBsYW5nZnVzZTogTGFuZ2Z1c2VDbGllbnQgfCB1bmRlZmluZWQgPSBuZXcgTGFuZ2Z1c2VDbGllbnQobGFuZ2Z1c2VPcHRpb25zKHVybCkpO1xuICBjb25zdCBzdGFydGVkMiA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBhd2FpdCBpbkJhdGNoZXMoRElTVElOQ1RfS0VZUywgMTAwLCAoaSkgPT4gKGxhbmdmdXNlIGFzIExhbmdmdXNlQ2xpZW50KS5wcm9tcHQuZ2V0KE1BTlksIHsgdmVyc2lvbjogaSB9KSk7XG4gIGNvbnN0IGxhbmdmdXNlU2Vjb25kcyA9IChwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQyKSAvIDEwMDA7XG4gIGNvbnN0IGxhbmdmdXNlSGVhcCA9IGhlYXBVc2VkKCkgLSBiYXNlMjtcbiAgaWYgKGxhbmdmdXNlLnByb21wdCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgRXJyb3IoJ3VucmVhY2hhYmxlJyk7XG4gIGxhbmdmdXNlID0gdW5kZWZpbmVkO1xuICByb3dzLnB1c2goW1xuICAgIGAzLiBoZWFwIGhlbGQgYWZ0ZXIgJHtmbXQoRElTVElOQ1RfS0VZUyl9IGRpc3RpbmN0IGtleXNgLFxuICAgIGAke21iKHByb21wdG9wc0hlYXApfSAobWF4OiAxMDAwOyAke2ZtdChwcm9tcHRvcHNTZWNvbmRzLCAxKX0gcylgLFxuICAgIGAke21iKGxhbmdmdXNlSGVhcCl9ICh1bmJvdW5kZWQgbWFwOyAke2ZtdChsYW5nZnVzZVNlY29uZHMsIDEpfSBzKWAsXG4gICAgYCR7Zm10KGxhbmdmdXNlSGVhcCAvIE1hdGgubWF4KHByb21wdG9wc0hlYXAsIDEpLCAxKX1cdTAwRDcgbGVzc2AsXG4gIF0pO1xufVxuXG4vLyA0LiBjb2xkIHN0YXJ0LCBzZXJ2ZXIgZG93biwgc25hcHNob3QgcHJlc2VudFxue1xuICBjb25zdCBzbmFwc2hvdCA9IG1lbW9yeVNuYXBzaG90KCk7XG4gIGNvbnN0IHdhcm0gPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pLCBzbmFwc2hvdCB9KTtcbiAgYXdhaXQgd2FybS5nZXRQcm9tcHQoR1JFRVRJTkcpO1xuICBhd2FpdCB3YXJtLmNsb3NlKCk7XG4gIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiBzZXJ2ZXIuY2xvc2UoKCkgPT4gcmVzb2x2ZSgpKSk7XG4gIHNlcnZlci5jbG9zZUFsbENvbm5lY3Rpb25zKCk7XG5cbiAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBjb25zdCBjb2xkID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmU6IGh0dHBTdG9yZSh7IHVybCB9KSwgc25hcHNob3QgfSk7XG4gIGxldCBvdXJzOiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgY29uc3QgcCA9IGF3YWl0IGNvbGQuZ2V0UHJvbXB0KEdSRUVUSU5HKTtcbiAgICBvdXJzID0gYHNlcnZlZCAoc291cmNlOiAke3Auc291cmNlfSwgJHtwLnJlbmRlcihWQVJTKSA9PT0gRVhQRUNURUQgPyAncmVuZGVycycgOiAnV1JPTkcgVEVYVCd9KSBpbiAke2ZtdChwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQpfSBtc2A7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgb3VycyA9IGBlcnJvcjogJHsoZXJyb3IgYXMgRXJyb3IpLm1lc3NhZ2Uuc2xpY2UoMCwgNjApfWA7XG4gIH1cbiAgYXdhaXQgY29sZC5jbG9zZSgpO1xuXG4gIGNvbnNvbGUud2FybiA9ICgpID0+IHVuZGVmaW5lZDsgLy8gTGFuZ2Z1c2UgbG9ncyBpdHMgZmFpbHVyZVxuICBjb25zdCBzdGFydGVkMiA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBjb25zdCBsYW5nZnVzZSA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGxldCB0aGVpcnM6IHN0cmluZztcbiAgdHJ5IHtcbiAgICBjb25zdCBwID0gYXdhaXQgbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORyk7XG4gICAgdGhlaXJzID0gYHNlcnZlZCAoJHtwLmlzRmFsbGJhY2sgPyAnZmFsbGJhY2snIDogJ2ZldGNoZWQnfSlgO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRoZWlycyA9IGB0aHJvd3MgKCR7KGVycm9yIGFzIEVycm9yKS5jb25zdHJ1Y3Rvci5uYW1lfSkgYWZ0ZXIgJHtmbXQocGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkMil9IG1zOyBvbmx5IGFuIGluLWNvZGUgZmFsbGJhY2sgaGVscHNgO1xuICB9XG4gIGNvbnNvbGUud2FybiA9IHNpbGVuY2U7XG4gIHJvd3MucHVzaChbJzQuIGNvbGQgc3RhcnQsIHNlcnZlciBkb3duLCBzbmFwc2hvdCBwcmVzZW50Jywgb3VycywgdGhlaXJzLCAndGFyZ2V0OiBzZXJ2ZWQsIG5vIGVycm9yJ10pO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcmVwb3J0XG5cbmNvbnN0IGhlYWRlcjogW3N0cmluZywgc3RyaW5nLCBzdHJpbmcsIHN0cmluZ10gPSBbJ3NjZW5hcmlvJywgJ3Byb21wdG9wcycsICdAbGFuZ2Z1c2UvY2xpZW50JywgJ3Jlc3VsdCddO1xuY29uc3Qgd2lkdGhzID0gaGVhZGVyLm1hcCgoaCwgaSkgPT4gTWF0aC5tYXgoaC5sZW5ndGgsIC4uLnJvd3MubWFwKChyKSA9PiByW2ldPy5sZW5ndGggPz8gMCkpKTtcbmNvbnN0IGxpbmUgPSAoY2VsbHM6IHJlYWRvbmx5IHN0cmluZ1tdKSA9PiBgfCAke2NlbGxzLm1hcCgoYywgaSkgPT4gYy5wYWRFbmQod2lkdGhzW2ldID8/IDApKS5qb2luKCcgfCAnKX0gfGA7XG5jb25zb2xlLmxvZyhgXFxubm9kZSAke3Byb2Nlc3MudmVyc2lvbn0sICR7cHJvY2Vzcy5wbGF0Zm9ybX0vJHtwcm9jZXNzLmFyY2h9YCk7XG5jb25zb2xlLmxvZyhsaW5lKGhlYWRlcikpO1xuY29uc29sZS5sb2coYHwke3dpZHRocy5tYXAoKHcpID0+ICctJy5yZXBlYXQodyArIDIpKS5qb2luKCd8Jyl9fGApO1xuZm9yIChjb25zdCByb3cgb2Ygcm93cykgY29uc29sZS5sb2cobGluZShyb3cpKTtcbnByb2Nlc3MuZXhpdCgwKTtcbiIsICIvKipcbiAqIFRoZSBwcm9tcHRvcHMgZXJyb3IgaGllcmFyY2h5LiBFdmVyeSBlcnJvciB0aGUgU0RLIHRocm93cyBvbiBwdXJwb3NlIGV4dGVuZHNcbiAqIHtAbGluayBQcm9tcHRPcHNFcnJvcn0sIGNhcnJpZXMgYSBzdGFibGUgYGNvZGVgLCBrZWVwcyB0aGUgb3JpZ2luYWwgZmFpbHVyZSBpbiBgY2F1c2VgLFxuICogYW5kIGhhcyBhIG1lc3NhZ2UgdGhhdCBzYXlzIHdoYXQgZmFpbGVkLCB3aGVyZSwgYW5kIGhvdyB0byBmaXggaXQuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBpbXBvcnQgeyBQcm9tcHRJbnB1dEVycm9yLCBpc1Byb21wdE9wc0Vycm9yIH0gZnJvbSAncHJvbXB0b3BzJztcbiAqIHRyeSB7XG4gKiAgIHAucmVuZGVyKHsgY29tcGFueTogJ0FjbWUnIH0pO1xuICogfSBjYXRjaCAoZXJyb3IpIHtcbiAqICAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0SW5wdXRFcnJvcikgY29uc29sZS5lcnJvcihlcnJvci5pc3N1ZXMpO1xuICogICBlbHNlIGlmIChpc1Byb21wdE9wc0Vycm9yKGVycm9yKSkgY29uc29sZS5lcnJvcihlcnJvci5jb2RlLCBlcnJvci5tZXNzYWdlKTtcbiAqICAgZWxzZSB0aHJvdyBlcnJvcjtcbiAqIH1cbiAqIGBgYFxuICogQG1vZHVsZVxuICovXG5cbi8qKiBTdGFibGUgbWFjaGluZS1yZWFkYWJsZSBjb2Rlcywgb25lIHBlciBlcnJvciBjbGFzcy4gKi9cbmV4cG9ydCB0eXBlIFByb21wdE9wc0Vycm9yQ29kZSA9XG4gIHwgJ1BST01QVE9QU19FUlJPUidcbiAgfCAnUFJPTVBUX05PVF9GT1VORCdcbiAgfCAnVkVSU0lPTl9OT1RfRk9VTkQnXG4gIHwgJ1BST01QVF9JTlBVVCdcbiAgfCAnUFJPTVBUX0ZPUk1BVCdcbiAgfCAnU1RPUkVfRVJST1InXG4gIHwgJ0lOVEVHUklUWSdcbiAgfCAnQ09ORklHJztcblxuLyoqIE9wdGlvbnMgYWNjZXB0ZWQgYnkgZXZlcnkgZXJyb3IgY29uc3RydWN0b3IuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdE9wc0Vycm9yT3B0aW9ucyB7XG4gIC8qKiBUaGUgdW5kZXJseWluZyBmYWlsdXJlLCBrZXB0IGFzIHRoZSBzdGFuZGFyZCBgRXJyb3IuY2F1c2VgLiAqL1xuICBjYXVzZT86IHVua25vd247XG59XG5cbmNvbnN0IEJSQU5EID0gU3ltYm9sLmZvcigncHJvbXB0b3BzLmVycm9yJyk7XG5cbi8qKlxuICogQmFzZSBjbGFzcyBvZiBldmVyeSBwcm9tcHRvcHMgZXJyb3IuXG4gKlxuICogVXNlIHtAbGluayBpc1Byb21wdE9wc0Vycm9yfSByYXRoZXIgdGhhbiBgaW5zdGFuY2VvZmAgd2hlbiB0aGUgRVNNIGFuZCBDSlMgYnVpbGRzIG1heSBib3RoIGJlXG4gKiBsb2FkZWQgaW4gb25lIHByb2Nlc3MgKHRoZSBjaGVjayB3b3JrcyBhY3Jvc3MgdGhlIHR3byBjb3BpZXMpLlxuICovXG5leHBvcnQgY2xhc3MgUHJvbXB0T3BzRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIC8qKiBTdGFibGUgY29kZSBvZiB0aGUgZXJyb3IgY2xhc3MsIGUuZy4gYCdQUk9NUFRfTk9UX0ZPVU5EJ2AuICovXG4gIHJlYWRvbmx5IGNvZGU6IFByb21wdE9wc0Vycm9yQ29kZTtcblxuICBjb25zdHJ1Y3RvcihtZXNzYWdlOiBzdHJpbmcsIG9wdGlvbnM6IFByb21wdE9wc0Vycm9yT3B0aW9ucyA9IHt9LCBjb2RlOiBQcm9tcHRPcHNFcnJvckNvZGUgPSAnUFJPTVBUT1BTX0VSUk9SJykge1xuICAgIHN1cGVyKG1lc3NhZ2UsIG9wdGlvbnMuY2F1c2UgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHsgY2F1c2U6IG9wdGlvbnMuY2F1c2UgfSk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdE9wc0Vycm9yJztcbiAgICB0aGlzLmNvZGUgPSBjb2RlO1xuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eSh0aGlzLCBCUkFORCwgeyB2YWx1ZTogdHJ1ZSB9KTtcbiAgfVxufVxuXG4vKiogVHJ1ZSBmb3IgYW55IGVycm9yIHRocm93biBieSBwcm9tcHRvcHMsIGZyb20gZWl0aGVyIHRoZSBFU00gb3IgdGhlIENKUyBidWlsZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1Byb21wdE9wc0Vycm9yKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgUHJvbXB0T3BzRXJyb3Ige1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiAodmFsdWUgYXMgUmVjb3JkPHN5bWJvbCwgdW5rbm93bj4pW0JSQU5EXSA9PT0gdHJ1ZTtcbn1cblxuLyoqIE5vIHByb21wdCBvZiB0aGF0IG5hbWUgZXhpc3RzIGluIHRoZSBzdG9yZS4gYHN1Z2dlc3Rpb25zYCBsaXN0cyBjbG9zZSBuYW1lcy4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHROb3RGb3VuZEVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICAvKiogVGhlIHByb21wdCBuYW1lIHRoYXQgd2FzIGFza2VkIGZvci4gKi9cbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICAvKiogRXhpc3RpbmcgbmFtZXMgY2xvc2UgdG8gdGhlIG9uZSBhc2tlZCBmb3IgKG1heSBiZSBlbXB0eSkuICovXG4gIHJlYWRvbmx5IHN1Z2dlc3Rpb25zOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIE5hbWUgb2YgdGhlIHN0b3JlIHRoYXQgd2FzIGFza2VkLiAqL1xuICByZWFkb25seSBzdG9yZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByb21wdE5hbWU6IHN0cmluZyxcbiAgICBkZXRhaWxzOiB7IHN1Z2dlc3Rpb25zPzogcmVhZG9ubHkgc3RyaW5nW107IHN0b3JlPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0gPSB7fSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCBzdWdnZXN0aW9ucyA9IGRldGFpbHMuc3VnZ2VzdGlvbnMgPz8gW107XG4gICAgY29uc3Qgd2hlcmUgPSBkZXRhaWxzLnN0b3JlID8gYCBpbiB0aGUgJHtkZXRhaWxzLnN0b3JlfSBzdG9yZWAgOiAnJztcbiAgICBjb25zdCBoaW50ID1cbiAgICAgIHN1Z2dlc3Rpb25zLmxlbmd0aCA+IDBcbiAgICAgICAgPyBgIERpZCB5b3UgbWVhbiAke3N1Z2dlc3Rpb25zLm1hcCgocykgPT4gYFwiJHtzfVwiYCkuam9pbignLCAnKX0/YFxuICAgICAgICA6ICcgQ2hlY2sgdGhlIG5hbWUgKHNlZ21lbnRzIG9mIFthLXowLTkuXy1dIGpvaW5lZCBieSBcIi9cIikgYW5kIHRoYXQgdGhlIHByb21wdCB3YXMgYWRkZWQgdG8gdGhlIHN0b3JlLic7XG4gICAgc3VwZXIoZGV0YWlscy5tZXNzYWdlID8/IGBQcm9tcHQgXCIke3Byb21wdE5hbWV9XCIgd2FzIG5vdCBmb3VuZCR7d2hlcmV9LiR7aGludH1gLCBvcHRpb25zLCAnUFJPTVBUX05PVF9GT1VORCcpO1xuICAgIHRoaXMubmFtZSA9ICdQcm9tcHROb3RGb3VuZEVycm9yJztcbiAgICB0aGlzLnByb21wdE5hbWUgPSBwcm9tcHROYW1lO1xuICAgIHRoaXMuc3VnZ2VzdGlvbnMgPSBzdWdnZXN0aW9ucztcbiAgICB0aGlzLnN0b3JlID0gZGV0YWlscy5zdG9yZTtcbiAgfVxufVxuXG4vKiogVGhlIHByb21wdCBleGlzdHMgYnV0IG5vIHZlcnNpb24gc2F0aXNmaWVzIHRoZSBzZWxlY3Rvci4gTGlzdHMgd2hhdCBleGlzdHMuICovXG5leHBvcnQgY2xhc3MgVmVyc2lvbk5vdEZvdW5kRXJyb3IgZXh0ZW5kcyBQcm9tcHRPcHNFcnJvciB7XG4gIHJlYWRvbmx5IHByb21wdE5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBzZWxlY3RvciB0aGF0IG1hdGNoZWQgbm90aGluZzogYW4gZXhhY3QgdmVyc2lvbiwgYSByYW5nZSBvciBhIGxhYmVsLiAqL1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICAvKiogVmVyc2lvbnMgdGhhdCBleGlzdCwgaGlnaGVzdCBmaXJzdC4gKi9cbiAgcmVhZG9ubHkgdmVyc2lvbnM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTGFiZWxzIHRoYXQgZXhpc3QsIHdpdGggdGhlIHZlcnNpb24gZWFjaCBwb2ludHMgdG8uICovXG4gIHJlYWRvbmx5IGxhYmVsczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIHNlbGVjdG9yOiBzdHJpbmcsXG4gICAgYXZhaWxhYmxlOiB7IHZlcnNpb25zPzogcmVhZG9ubHkgc3RyaW5nW107IGxhYmVscz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+IH0gPSB7fSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCB2ZXJzaW9ucyA9IGF2YWlsYWJsZS52ZXJzaW9ucyA/PyBbXTtcbiAgICBjb25zdCBsYWJlbHMgPSBhdmFpbGFibGUubGFiZWxzID8/IHt9O1xuICAgIGNvbnN0IGxhYmVsVGV4dCA9IE9iamVjdC5lbnRyaWVzKGxhYmVscylcbiAgICAgIC5tYXAoKFtsYWJlbCwgdmVyc2lvbl0pID0+IGAke2xhYmVsfSBcdTIxOTIgJHt2ZXJzaW9ufWApXG4gICAgICAuam9pbignLCAnKTtcbiAgICBzdXBlcihcbiAgICAgIGBObyB2ZXJzaW9uIG9mIHByb21wdCBcIiR7cHJvbXB0TmFtZX1cIiBtYXRjaGVzIFwiJHtzZWxlY3Rvcn1cIi4gYCArXG4gICAgICAgIGBWZXJzaW9uczogJHt2ZXJzaW9ucy5sZW5ndGggPiAwID8gdmVyc2lvbnMuam9pbignLCAnKSA6ICcobm9uZSknfTsgYCArXG4gICAgICAgIGBsYWJlbHM6ICR7bGFiZWxUZXh0IHx8ICcobm9uZSknfS4gUGljayBvbmUgb2YgdGhlc2UsIG9yIHB1Ymxpc2ggYSBtYXRjaGluZyB2ZXJzaW9uLmAsXG4gICAgICBvcHRpb25zLFxuICAgICAgJ1ZFUlNJT05fTk9UX0ZPVU5EJyxcbiAgICApO1xuICAgIHRoaXMubmFtZSA9ICdWZXJzaW9uTm90Rm91bmRFcnJvcic7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gcHJvbXB0TmFtZTtcbiAgICB0aGlzLnNlbGVjdG9yID0gc2VsZWN0b3I7XG4gICAgdGhpcy52ZXJzaW9ucyA9IHZlcnNpb25zO1xuICAgIHRoaXMubGFiZWxzID0gbGFiZWxzO1xuICB9XG59XG5cbi8qKiBPbmUgcHJvYmxlbSBmb3VuZCBpbiBhIGNhbGxlcidzIHZhcmlhYmxlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIC8qKiBQYXRoIHRvIHRoZSBvZmZlbmRpbmcgdmFsdWUsIGUuZy4gYFsnY3VzdG9tZXInXWAgb3IgYFsnaXRlbXMnLCAyLCAnc2t1J11gLiAqL1xuICByZWFkb25seSBwYXRoOiBSZWFkb25seUFycmF5PHN0cmluZyB8IG51bWJlcj47XG4gIC8qKiBXaGF0IGlzIHdyb25nLCBpbiBwbGFpbiB3b3Jkcy4gKi9cbiAgcmVhZG9ubHkgbWVzc2FnZTogc3RyaW5nO1xuICAvKiogQSBzaG9ydCBtYWNoaW5lIGNvZGUsIGUuZy4gYCdtaXNzaW5nJ2AsIGAnaW52YWxpZF90eXBlJ2AsIGAndW5rbm93bl9rZXknYC4gKi9cbiAgcmVhZG9ubHkgY29kZTogc3RyaW5nO1xufVxuXG4vKiogVGhlIHZhcmlhYmxlcyBwYXNzZWQgdG8gYHJlbmRlcigpYCBkbyBub3QgZml0IHRoZSBwcm9tcHQncyBpbnB1dCBzY2hlbWEuIEV2ZXJ5IHByb2JsZW0gaXMgbGlzdGVkIGF0IG9uY2UuICovXG5leHBvcnQgY2xhc3MgUHJvbXB0SW5wdXRFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBFdmVyeSBwcm9ibGVtIGZvdW5kLCBpbiBzY2hlbWEgb3JkZXIuICovXG4gIHJlYWRvbmx5IGlzc3VlczogcmVhZG9ubHkgUHJvbXB0SW5wdXRJc3N1ZVtdO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByb21wdE5hbWU6IHN0cmluZyxcbiAgICB2ZXJzaW9uOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gICAgaXNzdWVzOiByZWFkb25seSBQcm9tcHRJbnB1dElzc3VlW10sXG4gICAgb3B0aW9ucz86IFByb21wdE9wc0Vycm9yT3B0aW9ucyxcbiAgKSB7XG4gICAgY29uc3QgYXQgPSB2ZXJzaW9uID8gYCR7cHJvbXB0TmFtZX1AJHt2ZXJzaW9ufWAgOiBwcm9tcHROYW1lO1xuICAgIGNvbnN0IGxpbmVzID0gaXNzdWVzLm1hcCgoaSkgPT4gYCAgLSAke2kucGF0aC5sZW5ndGggPiAwID8gaS5wYXRoLmpvaW4oJy4nKSA6ICcoaW5wdXQpJ306ICR7aS5tZXNzYWdlfWApO1xuICAgIHN1cGVyKFxuICAgICAgYEludmFsaWQgaW5wdXQgZm9yIHByb21wdCBcIiR7YXR9XCIgKCR7aXNzdWVzLmxlbmd0aH0gcHJvYmxlbSR7aXNzdWVzLmxlbmd0aCA9PT0gMSA/ICcnIDogJ3MnfSk6XFxuJHtsaW5lcy5qb2luKCdcXG4nKX1cXG5gICtcbiAgICAgICAgJ1Bhc3MgdGhlIGxpc3RlZCB2YXJpYWJsZXMgd2l0aCB0aGUgZGVjbGFyZWQgdHlwZXMsIG9yIGFkZCBkZWZhdWx0cyB0byB0aGUgcHJvbXB0XFwncyBcImlucHV0LmRlZmF1bHRcIi4nLFxuICAgICAgb3B0aW9ucyxcbiAgICAgICdQUk9NUFRfSU5QVVQnLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdElucHV0RXJyb3InO1xuICAgIHRoaXMucHJvbXB0TmFtZSA9IHByb21wdE5hbWU7XG4gICAgdGhpcy52ZXJzaW9uID0gdmVyc2lvbjtcbiAgICB0aGlzLmlzc3VlcyA9IGlzc3VlcztcbiAgfVxufVxuXG4vKiogV2hlcmUgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IHdhcyBmb3VuZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0Rm9ybWF0TG9jYXRpb24ge1xuICAvKiogRmlsZSBwYXRoLCBVUkwgb3Igb3RoZXIgb3JpZ2luIG9mIHRoZSBwcm9tcHQgdGV4dC4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgLyoqIDEtYmFzZWQgbGluZSBpbiB0aGF0IGZpbGUuICovXG4gIGxpbmU/OiBudW1iZXI7XG4gIC8qKiAxLWJhc2VkIGNvbHVtbiBpbiB0aGF0IGxpbmUuICovXG4gIGNvbHVtbj86IG51bWJlcjtcbiAgLyoqIFRoZSByZWNvcmQgZmllbGQgYXQgZmF1bHQsIGUuZy4gYCd2ZXJzaW9uJ2Agb3IgYCdpbnB1dC5zY2hlbWEudG9uZSdgLiAqL1xuICBmaWVsZD86IHN0cmluZztcbiAgLyoqIFRoZSBwcm9tcHQncyBuYW1lLCB3aGVuIGtub3duLiAqL1xuICBwcm9tcHROYW1lPzogc3RyaW5nO1xufVxuXG4vKipcbiAqIEEgcHJvbXB0IGZpbGUgb3IgcmVjb3JkIGlzIG1hbGZvcm1lZDogYmFkIFlBTUwsIGEgbWlzc2luZyBmaWVsZCwgYSB0ZW1wbGF0ZSB0aGF0IGRvZXMgbm90IGZpdCBpdHNcbiAqIHNjaGVtYSwgYSBtaXNzaW5nIHBhcnRpYWwuIFRoZSBtZXNzYWdlIHN0YXJ0cyB3aXRoIGBmaWxlOmxpbmVgIHdoZW4gdGhleSBhcmUga25vd24uXG4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRGb3JtYXRFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgZmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBsaW5lOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGNvbHVtbjogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBmaWVsZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIC8qKiBUaGUgYmFyZSBwcm9ibGVtIGFuZCBmaXgsIHdpdGhvdXQgdGhlIGxvY2F0aW9uIHByZWZpeC4gKi9cbiAgcmVhZG9ubHkgZGV0YWlsOiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3IoZGV0YWlsOiBzdHJpbmcsIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9LCBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zKSB7XG4gICAgc3VwZXIoYCR7Zm9ybWF0TG9jYXRpb24obG9jYXRpb24pfSR7ZGV0YWlsfWAsIG9wdGlvbnMsICdQUk9NUFRfRk9STUFUJyk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdEZvcm1hdEVycm9yJztcbiAgICB0aGlzLmZpbGUgPSBsb2NhdGlvbi5maWxlO1xuICAgIHRoaXMubGluZSA9IGxvY2F0aW9uLmxpbmU7XG4gICAgdGhpcy5jb2x1bW4gPSBsb2NhdGlvbi5jb2x1bW47XG4gICAgdGhpcy5maWVsZCA9IGxvY2F0aW9uLmZpZWxkO1xuICAgIHRoaXMucHJvbXB0TmFtZSA9IGxvY2F0aW9uLnByb21wdE5hbWU7XG4gICAgdGhpcy5kZXRhaWwgPSBkZXRhaWw7XG4gIH1cbn1cblxuZnVuY3Rpb24gZm9ybWF0TG9jYXRpb24obDogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBzdHJpbmcge1xuICBjb25zdCBwYXJ0czogc3RyaW5nW10gPSBbXTtcbiAgaWYgKGwuZmlsZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcGFydHMucHVzaChsLmxpbmUgPT09IHVuZGVmaW5lZCA/IGwuZmlsZSA6IGAke2wuZmlsZX06JHtsLmxpbmV9JHtsLmNvbHVtbiA9PT0gdW5kZWZpbmVkID8gJycgOiBgOiR7bC5jb2x1bW59YH1gKTtcbiAgfSBlbHNlIGlmIChsLnByb21wdE5hbWUgIT09IHVuZGVmaW5lZCkge1xuICAgIHBhcnRzLnB1c2goYHByb21wdCBcIiR7bC5wcm9tcHROYW1lfVwiYCk7XG4gIH1cbiAgaWYgKGwuZmllbGQgIT09IHVuZGVmaW5lZCkgcGFydHMucHVzaChgZmllbGQgXCIke2wuZmllbGR9XCJgKTtcbiAgcmV0dXJuIHBhcnRzLmxlbmd0aCA+IDAgPyBgJHtwYXJ0cy5qb2luKCcsICcpfTogYCA6ICcnO1xufVxuXG4vKiogQSBzdG9yZSBjb3VsZCBub3QgYW5zd2VyOiBuZXR3b3JrIGZhaWx1cmUsIEhUVFAgZXJyb3IsIG1hbGZvcm1lZCByZXNwb25zZS4gKi9cbmV4cG9ydCBjbGFzcyBTdG9yZUVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICAvKiogTmFtZSBvZiB0aGUgc3RvcmUsIGUuZy4gYCdodHRwJ2AuICovXG4gIHJlYWRvbmx5IHN0b3JlOiBzdHJpbmc7XG4gIC8qKiBIVFRQIHN0YXR1cywgd2hlbiB0aGUgZmFpbHVyZSB3YXMgYW4gSFRUUCBhbnN3ZXIuICovXG4gIHJlYWRvbmx5IHN0YXR1czogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICAvKiogVHJ1ZSB3aGVuIHRyeWluZyBhZ2FpbiBsYXRlciBtYXkgc3VjY2VlZCAodGltZW91dHMsIDQwOCwgNDI5LCA1eHgsIG5ldHdvcmsgZXJyb3JzKS4gKi9cbiAgcmVhZG9ubHkgcmV0cnlhYmxlOiBib29sZWFuO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIG1lc3NhZ2U6IHN0cmluZyxcbiAgICBkZXRhaWxzOiB7IHN0b3JlOiBzdHJpbmc7IHN0YXR1cz86IG51bWJlcjsgcmV0cnlhYmxlPzogYm9vbGVhbiB9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UsIG9wdGlvbnMsICdTVE9SRV9FUlJPUicpO1xuICAgIHRoaXMubmFtZSA9ICdTdG9yZUVycm9yJztcbiAgICB0aGlzLnN0b3JlID0gZGV0YWlscy5zdG9yZTtcbiAgICB0aGlzLnN0YXR1cyA9IGRldGFpbHMuc3RhdHVzO1xuICAgIHRoaXMucmV0cnlhYmxlID0gZGV0YWlscy5yZXRyeWFibGUgPz8gZmFsc2U7XG4gIH1cbn1cblxuLyoqIEEgcmVjb3JkJ3MgY29udGVudCBkb2VzIG5vdCBtYXRjaCBpdHMgaGFzaCwgb3IgYSBsb2NrZWQgaGFzaC4gU3VjaCBhIHJlY29yZCBpcyBuZXZlciByZW5kZXJlZC4gKi9cbmV4cG9ydCBjbGFzcyBJbnRlZ3JpdHlFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGV4cGVjdGVkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGFjdHVhbDogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByb21wdE5hbWU6IHN0cmluZyxcbiAgICB2ZXJzaW9uOiBzdHJpbmcsXG4gICAgaGFzaGVzOiB7IGV4cGVjdGVkOiBzdHJpbmc7IGFjdHVhbDogc3RyaW5nOyByZWFzb24/OiBzdHJpbmcgfSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBzdXBlcihcbiAgICAgIGBJbnRlZ3JpdHkgY2hlY2sgZmFpbGVkIGZvciBwcm9tcHQgXCIke3Byb21wdE5hbWV9QCR7dmVyc2lvbn1cIjogJHtoYXNoZXMucmVhc29uID8/ICdleHBlY3RlZCBoYXNoJ30gJHtoYXNoZXMuZXhwZWN0ZWR9LCBgICtcbiAgICAgICAgYGdvdCAke2hhc2hlcy5hY3R1YWx9LiBUaGUgcmVjb3JkIHdhcyBjaGFuZ2VkIGFmdGVyIGl0IHdhcyBwdWJsaXNoZWQgb3IgbG9ja2VkOyBgICtcbiAgICAgICAgJ3B1Ymxpc2ggYSBuZXcgdmVyc2lvbiBpbnN0ZWFkIG9mIGVkaXRpbmcgb25lLCBvciByZS1ydW4gXCJwcm9tcHRvcHMgbG9ja1wiIGlmIHRoZSBjaGFuZ2UgaXMgaW50ZW5kZWQuJyxcbiAgICAgIG9wdGlvbnMsXG4gICAgICAnSU5URUdSSVRZJyxcbiAgICApO1xuICAgIHRoaXMubmFtZSA9ICdJbnRlZ3JpdHlFcnJvcic7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gcHJvbXB0TmFtZTtcbiAgICB0aGlzLnZlcnNpb24gPSB2ZXJzaW9uO1xuICAgIHRoaXMuZXhwZWN0ZWQgPSBoYXNoZXMuZXhwZWN0ZWQ7XG4gICAgdGhpcy5hY3R1YWwgPSBoYXNoZXMuYWN0dWFsO1xuICB9XG59XG5cbi8qKiBBIGNsaWVudCBvcHRpb24sIGNvbmZpZyBmaWxlIG9yIENMSSBhcmd1bWVudCBpcyBpbnZhbGlkLiBgb3B0aW9uYCBuYW1lcyBpdC4gKi9cbmV4cG9ydCBjbGFzcyBDb25maWdFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgLyoqIFRoZSBvcHRpb24gYXQgZmF1bHQsIGUuZy4gYCdjYWNoZS50dGxNcydgLiAqL1xuICByZWFkb25seSBvcHRpb246IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBjb25maWcgZmlsZSwgd2hlbiB0aGUgb3B0aW9uIGNhbWUgZnJvbSBvbmUuICovXG4gIHJlYWRvbmx5IGZpbGU6IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihtZXNzYWdlOiBzdHJpbmcsIGRldGFpbHM6IHsgb3B0aW9uPzogc3RyaW5nOyBmaWxlPzogc3RyaW5nIH0gPSB7fSwgb3B0aW9ucz86IFByb21wdE9wc0Vycm9yT3B0aW9ucykge1xuICAgIGNvbnN0IHdoZXJlID0gW2RldGFpbHMuZmlsZSwgZGV0YWlscy5vcHRpb24gPyBgb3B0aW9uIFwiJHtkZXRhaWxzLm9wdGlvbn1cImAgOiB1bmRlZmluZWRdLmZpbHRlcihCb29sZWFuKS5qb2luKCcsICcpO1xuICAgIHN1cGVyKHdoZXJlID8gYCR7d2hlcmV9OiAke21lc3NhZ2V9YCA6IG1lc3NhZ2UsIG9wdGlvbnMsICdDT05GSUcnKTtcbiAgICB0aGlzLm5hbWUgPSAnQ29uZmlnRXJyb3InO1xuICAgIHRoaXMub3B0aW9uID0gZGV0YWlscy5vcHRpb247XG4gICAgdGhpcy5maWxlID0gZGV0YWlscy5maWxlO1xuICB9XG59XG4iLCAiLyoqXG4gKiBGaWVsZCBwYXRocyBpbiBlcnJvciBsb2NhdGlvbnM6IGAnaW5wdXQuc2NoZW1hLnRvbmU/KGVudW0pJ2AsIGAnbWVzc2FnZXNbMV0ucm9sZSdgLlxuICogQG1vZHVsZVxuICovXG5cbi8qKiBPbmUgc3RlcCBvZiBhIGZpZWxkIHBhdGg6IGFuIG9iamVjdCBrZXkgb3IgYW4gYXJyYXkgaW5kZXguICovXG5leHBvcnQgdHlwZSBGaWVsZFNlZ21lbnQgPSBzdHJpbmcgfCBudW1iZXI7XG5cbi8qKlxuICogSm9pbiBzZWdtZW50cyBpbnRvIHRoZSBgZmllbGRgIG9mIGEgYFByb21wdEZvcm1hdEVycm9yYDoga2V5cyBqb2luZWQgYnkgYC5gLCBpbmRpY2VzIGFzIGBbbl1gLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogZm9ybWF0RmllbGRQYXRoKFsnbWVzc2FnZXMnLCAxLCAncm9sZSddKTsgLy8gJ21lc3NhZ2VzWzFdLnJvbGUnXG4gKiBmb3JtYXRGaWVsZFBhdGgoWydpbnB1dC5zY2hlbWEnLCAndG9uZSddKTsgLy8gJ2lucHV0LnNjaGVtYS50b25lJ1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRGaWVsZFBhdGgoc2VnbWVudHM6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKTogc3RyaW5nIHtcbiAgbGV0IG91dCA9ICcnO1xuICBmb3IgKGNvbnN0IHNlZ21lbnQgb2Ygc2VnbWVudHMpIHtcbiAgICBpZiAodHlwZW9mIHNlZ21lbnQgPT09ICdudW1iZXInKSBvdXQgKz0gYFske3NlZ21lbnR9XWA7XG4gICAgZWxzZSBvdXQgKz0gb3V0ID09PSAnJyA/IHNlZ21lbnQgOiBgLiR7c2VnbWVudH1gO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKlxuICogU3BsaXQgYSBmaWVsZCBwYXRoIG1hZGUgYnkge0BsaW5rIGZvcm1hdEZpZWxkUGF0aH0gYmFjayBpbnRvIHNlZ21lbnRzLiBLZXlzIHRoYXQgdGhlbXNlbHZlc1xuICogY29udGFpbiBgLmAgY29tZSBiYWNrIHNwbGl0OyBjYWxsZXJzIHRoYXQgbG9vayBrZXlzIHVwIHNob3VsZCB0cnkgam9pbmluZyBuZWlnaGJvdXJzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRGaWVsZFBhdGgoZmllbGQ6IHN0cmluZyk6IEZpZWxkU2VnbWVudFtdIHtcbiAgY29uc3Qgc2VnbWVudHM6IEZpZWxkU2VnbWVudFtdID0gW107XG4gIGZvciAoY29uc3QgcGFydCBvZiBmaWVsZC5zcGxpdCgnLicpKSB7XG4gICAgY29uc3QgbWF0Y2ggPSAvXiguKj8pKCg/OlxcW1xcZCtcXF0pKykkLy5leGVjKHBhcnQpO1xuICAgIGlmIChtYXRjaCA9PT0gbnVsbCkge1xuICAgICAgc2VnbWVudHMucHVzaChwYXJ0KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAobWF0Y2hbMV0gIT09ICcnKSBzZWdtZW50cy5wdXNoKG1hdGNoWzFdISk7XG4gICAgZm9yIChjb25zdCBpbmRleCBvZiBtYXRjaFsyXSEubWF0Y2hBbGwoL1xcWyhcXGQrKVxcXS9nKSkgc2VnbWVudHMucHVzaChOdW1iZXIoaW5kZXhbMV0pKTtcbiAgfVxuICByZXR1cm4gc2VnbWVudHM7XG59XG4iLCAiLyoqXG4gKiBcIkRpZCB5b3UgbWVhbiBcdTIwMjY/XCIgc3VnZ2VzdGlvbnMgZm9yIG1pc3NwZWx0IG5hbWVzOiB0eXBlcywga2V5d29yZHMsIGZpZWxkcywgdmFyaWFibGVzLlxuICogQG1vZHVsZVxuICovXG5cbi8qKiBEYW1lcmF1XHUyMDEzTGV2ZW5zaHRlaW4gZGlzdGFuY2UgKG9wdGltYWwgc3RyaW5nIGFsaWdubWVudCkgYmV0d2VlbiBgYWAgYW5kIGBiYCwgY2FzZS1pbnNlbnNpdGl2ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlZGl0RGlzdGFuY2UoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBzID0gYS50b0xvd2VyQ2FzZSgpO1xuICBjb25zdCB0ID0gYi50b0xvd2VyQ2FzZSgpO1xuICBpZiAocyA9PT0gdCkgcmV0dXJuIDA7XG4gIGlmIChzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHQubGVuZ3RoO1xuICBpZiAodC5sZW5ndGggPT09IDApIHJldHVybiBzLmxlbmd0aDtcbiAgLy8gVGhyZWUgcm9sbGluZyByb3dzIGFyZSBlbm91Z2ggZm9yIGFkamFjZW50IHRyYW5zcG9zaXRpb25zLlxuICBsZXQgYmVmb3JlOiBudW1iZXJbXSA9IFtdO1xuICBsZXQgcHJldmlvdXM6IG51bWJlcltdID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogdC5sZW5ndGggKyAxIH0sIChfLCBqKSA9PiBqKTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gcy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGN1cnJlbnQ6IG51bWJlcltdID0gW2ldO1xuICAgIGZvciAobGV0IGogPSAxOyBqIDw9IHQubGVuZ3RoOyBqKyspIHtcbiAgICAgIGNvbnN0IGNvc3QgPSBzW2kgLSAxXSA9PT0gdFtqIC0gMV0gPyAwIDogMTtcbiAgICAgIGxldCBiZXN0ID0gTWF0aC5taW4ocHJldmlvdXNbal0hICsgMSwgY3VycmVudFtqIC0gMV0hICsgMSwgcHJldmlvdXNbaiAtIDFdISArIGNvc3QpO1xuICAgICAgaWYgKGkgPiAxICYmIGogPiAxICYmIHNbaSAtIDFdID09PSB0W2ogLSAyXSAmJiBzW2kgLSAyXSA9PT0gdFtqIC0gMV0pIGJlc3QgPSBNYXRoLm1pbihiZXN0LCBiZWZvcmVbaiAtIDJdISArIDEpO1xuICAgICAgY3VycmVudC5wdXNoKGJlc3QpO1xuICAgIH1cbiAgICBiZWZvcmUgPSBwcmV2aW91cztcbiAgICBwcmV2aW91cyA9IGN1cnJlbnQ7XG4gIH1cbiAgcmV0dXJuIHByZXZpb3VzW3QubGVuZ3RoXSE7XG59XG5cbi8qKlxuICogVGhlIGNhbmRpZGF0ZSBjbG9zZXN0IHRvIGBpbnB1dGAsIHdoZW4gaXQgaXMgY2xvc2UgZW5vdWdoIHRvIGJlIGEgbGlrZWx5IHR5cG8gKGF0IG1vc3QgYSB0aGlyZCBvZlxuICogdGhlIGxvbmdlciB3b3JkJ3MgbGVuZ3RoLCBhbmQgYXQgbW9zdCAzIGVkaXRzKTsgYHVuZGVmaW5lZGAgb3RoZXJ3aXNlLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY2xvc2VzdE1hdGNoKCdzdHJuZycsIFsnc3RyaW5nJywgJ251bWJlciddKTsgLy8gJ3N0cmluZydcbiAqIGNsb3Nlc3RNYXRjaCgnenp6JywgWydzdHJpbmcnLCAnbnVtYmVyJ10pOyAgIC8vIHVuZGVmaW5lZFxuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjbG9zZXN0TWF0Y2goaW5wdXQ6IHN0cmluZywgY2FuZGlkYXRlczogSXRlcmFibGU8c3RyaW5nPik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGxldCBiZXN0OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGxldCBiZXN0RGlzdGFuY2UgPSBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFk7XG4gIGZvciAoY29uc3QgY2FuZGlkYXRlIG9mIGNhbmRpZGF0ZXMpIHtcbiAgICBjb25zdCBkaXN0YW5jZSA9IGVkaXREaXN0YW5jZShpbnB1dCwgY2FuZGlkYXRlKTtcbiAgICBjb25zdCBsaW1pdCA9IE1hdGgubWluKDMsIE1hdGgubWF4KDEsIE1hdGguZmxvb3IoTWF0aC5tYXgoaW5wdXQubGVuZ3RoLCBjYW5kaWRhdGUubGVuZ3RoKSAvIDMpKSk7XG4gICAgaWYgKGRpc3RhbmNlIDw9IGxpbWl0ICYmIGRpc3RhbmNlIDwgYmVzdERpc3RhbmNlKSB7XG4gICAgICBiZXN0ID0gY2FuZGlkYXRlO1xuICAgICAgYmVzdERpc3RhbmNlID0gZGlzdGFuY2U7XG4gICAgfVxuICB9XG4gIHJldHVybiBiZXN0O1xufVxuXG4vKiogYCcgRGlkIHlvdSBtZWFuIFwieFwiPydgIHdoZW4gYSBjbG9zZSBjYW5kaWRhdGUgZXhpc3RzLCBlbHNlIGAnJ2AuICovXG5leHBvcnQgZnVuY3Rpb24gZGlkWW91TWVhbihpbnB1dDogc3RyaW5nLCBjYW5kaWRhdGVzOiBJdGVyYWJsZTxzdHJpbmc+KTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSBjbG9zZXN0TWF0Y2goaW5wdXQsIGNhbmRpZGF0ZXMpO1xuICByZXR1cm4gbWF0Y2ggPT09IHVuZGVmaW5lZCA/ICcnIDogYCBEaWQgeW91IG1lYW4gXCIke21hdGNofVwiP2A7XG59XG5cbi8qKiBTaG9ydCBodW1hbiBkZXNjcmlwdGlvbiBvZiBhIHZhbHVlLCBlLmcuIGBudW1iZXIgNDJgLCBgc3RyaW5nIFwiYWJjXCJgLCBgYXJyYXlgLCBgbnVsbGAuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVWYWx1ZSh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiAndW5kZWZpbmVkJztcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gJ2FuIGFycmF5JztcbiAgc3dpdGNoICh0eXBlb2YgdmFsdWUpIHtcbiAgICBjYXNlICdzdHJpbmcnOiB7XG4gICAgICBjb25zdCBzaG93biA9IHZhbHVlLmxlbmd0aCA+IDQwID8gYCR7dmFsdWUuc2xpY2UoMCwgNDApfVx1MjAyNmAgOiB2YWx1ZTtcbiAgICAgIHJldHVybiBgc3RyaW5nICR7SlNPTi5zdHJpbmdpZnkoc2hvd24pfWA7XG4gICAgfVxuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgY2FzZSAnYmlnaW50JzpcbiAgICAgIHJldHVybiBgJHt0eXBlb2YgdmFsdWV9ICR7U3RyaW5nKHZhbHVlKX1gO1xuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gJ2FuIG9iamVjdCc7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBgYSAke3R5cGVvZiB2YWx1ZX1gO1xuICB9XG59XG4iLCAiLyoqXG4gKiBQaWNvc2NoZW1hIFx1MjE5MiBKU09OIFNjaGVtYSwgYXMgRG90cHJvbXB0IGRlZmluZXMgaXQgKGh0dHBzOi8vZ29vZ2xlLmdpdGh1Yi5pby9kb3Rwcm9tcHQvcmVmZXJlbmNlL3BpY29zY2hlbWEvKS5cbiAqXG4gKiAtIGBuYW1lOiB0eXBlYCBhbmQgYG5hbWU6IHR5cGUsIGRlc2NyaXB0aW9uYDsgc2NhbGFyIHR5cGVzIGBzdHJpbmdgLCBgbnVtYmVyYCwgYGludGVnZXJgLFxuICogICBgYm9vbGVhbmAsIGBudWxsYCwgYGFueWAgKGBhbnlgIGJlY29tZXMgYHt9YCkuXG4gKiAtIGBuYW1lPzogdHlwZWA6IG9wdGlvbmFsLCBhbmQgYWxzbyBudWxsYWJsZSAoYHR5cGU6IFtULCAnbnVsbCddYDsgYW4gb3B0aW9uYWwgZW51bSBnYWlucyBgbnVsbGApLlxuICogLSBgbmFtZShhcnJheVssIGRlc2NyaXB0aW9uXSk6IGl0ZW1UeXBlIHwgeyBuZXN0ZWQgZmllbGRzIH1gLlxuICogLSBgbmFtZShvYmplY3RbLCBkZXNjcmlwdGlvbl0pOiB7IG5lc3RlZCBmaWVsZHMgfWA7IGEgcGxhaW4gYG5hbWU6IHsgbmVzdGVkIGZpZWxkcyB9YCBpcyBhbiBvYmplY3QgdG9vLlxuICogLSBgbmFtZShlbnVtWywgZGVzY3JpcHRpb25dKTogW0EsIEIsIFx1MjAyNl1gLlxuICogLSBgKCopOiB0eXBlYDogYWRkaXRpb25hbCBwcm9wZXJ0aWVzIG9mIHRoYXQgdHlwZSAob2JqZWN0cyBhcmUgY2xvc2VkIG90aGVyd2lzZSkuXG4gKiAtIEEgc2NoZW1hIHdpdGggYSB0b3AtbGV2ZWwgYHR5cGVgIChhIEpTT04gU2NoZW1hIHR5cGUgbmFtZSkgb3IgYSBgcHJvcGVydGllc2Agb2JqZWN0IGlzIEpTT04gU2NoZW1hXG4gKiAgIGFuZCBpcyByZXR1cm5lZCB1bmNoYW5nZWQgKHdpdGggYHR5cGU6ICdvYmplY3QnYCBhZGRlZCBpbiB0aGUgc2Vjb25kIGNhc2UpLlxuICpcbiAqIERpZmZlcmVuY2VzIGZyb20gRG90cHJvbXB0LCBhbGwgc3RyaWN0ZXI6IG5hbWVkIHNjaGVtYXMgKGBuYW1lOiBNeVR5cGVgKSBhcmUgbm90IHN1cHBvcnRlZCAodGhlcmVcbiAqIGlzIG5vIHNjaGVtYSByZWdpc3RyeSkgYW5kIGFyZSByZXBvcnRlZCBhcyB1bmtub3duIHR5cGVzIHdpdGggYSBzdWdnZXN0aW9uOyBgKG9iamVjdClgIG5lZWRzIG5lc3RlZFxuICogZmllbGRzOyBhIGZpZWxkIHdpdGhvdXQgYSB0eXBlIChgbmFtZTpgIHdpdGggbm90aGluZyBhZnRlciBpdCkgYW5kIGEgZmllbGQgZGVjbGFyZWQgdHdpY2VcbiAqIChgdG9uZWAgYW5kIGB0b25lP2ApIGFyZSBlcnJvcnMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgRmllbGRTZWdtZW50LCBmb3JtYXRGaWVsZFBhdGggfSBmcm9tICcuL2ZpZWxkLXBhdGguanMnO1xuaW1wb3J0IHsgY2xvc2VzdE1hdGNoLCBkZXNjcmliZVZhbHVlIH0gZnJvbSAnLi9zdWdnZXN0LmpzJztcbmltcG9ydCB0eXBlIHsgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKiogU2NhbGFyIHR5cGUgbmFtZXMgb2YgUGljb3NjaGVtYS4gKi9cbmV4cG9ydCBjb25zdCBQSUNPU0NIRU1BX1NDQUxBUl9UWVBFUyA9IFsnc3RyaW5nJywgJ251bWJlcicsICdpbnRlZ2VyJywgJ2Jvb2xlYW4nLCAnbnVsbCcsICdhbnknXSBhcyBjb25zdDtcblxuLyoqIEpTT04gU2NoZW1hIGB0eXBlYCB2YWx1ZXMgdGhhdCBtYXJrIGEgdG9wLWxldmVsIHNjaGVtYSBhcyBKU09OIFNjaGVtYSByYXRoZXIgdGhhbiBQaWNvc2NoZW1hLiAqL1xuY29uc3QgSlNPTl9TQ0hFTUFfTUFSS0VSX1RZUEVTID0gbmV3IFNldDxzdHJpbmc+KFsuLi5QSUNPU0NIRU1BX1NDQUxBUl9UWVBFUywgJ29iamVjdCcsICdhcnJheSddKTtcblxuY29uc3QgUEFSRU5USEVUSUNBTF9UWVBFUyA9IFsnYXJyYXknLCAnb2JqZWN0JywgJ2VudW0nXSBhcyBjb25zdDtcblxuY29uc3QgV0lMRENBUkQgPSAnKCopJztcblxuLyoqIENvbW1vbiBzcGVsbGluZ3MgZnJvbSBvdGhlciBsYW5ndWFnZXMsIG1hcHBlZCB0byB0aGUgUGljb3NjaGVtYSB0eXBlIHRoZXkgbWVhbi4gKi9cbmNvbnN0IFRZUEVfQUxJQVNFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7XG4gIHN0cjogJ3N0cmluZycsXG4gIHRleHQ6ICdzdHJpbmcnLFxuICBpbnQ6ICdpbnRlZ2VyJyxcbiAgbG9uZzogJ2ludGVnZXInLFxuICBmbG9hdDogJ251bWJlcicsXG4gIGRvdWJsZTogJ251bWJlcicsXG4gIGRlY2ltYWw6ICdudW1iZXInLFxuICBib29sOiAnYm9vbGVhbicsXG4gIHVua25vd246ICdhbnknLFxuICBub25lOiAnbnVsbCcsXG59O1xuXG4vKiogRGVlcGVzdCBuZXN0aW5nIG9mIFBpY29zY2hlbWEgb2JqZWN0cyBhY2NlcHRlZC4gKi9cbmNvbnN0IE1BWF9ERVBUSCA9IDMyO1xuXG4vKipcbiAqIENvbnZlcnQgYSBQaWNvc2NoZW1hIChvciBwYXNzIHRocm91Z2ggYSBKU09OIFNjaGVtYSkgdG8gSlNPTiBTY2hlbWEuXG4gKlxuICogYGxvY2F0aW9uLmZpZWxkYCBpcyB0aGUgcGF0aCBvZiB0aGUgc2NoZW1hIGluIGl0cyByZWNvcmQgKGUuZy4gYCdpbnB1dC5zY2hlbWEnYCk7IGVycm9ycyBuYW1lIHRoZVxuICogb2ZmZW5kaW5nIGtleSBiZWxvdyBpdCwgZS5nLiBgJ2lucHV0LnNjaGVtYS50b25lPyhlbnVtKSdgLlxuICpcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSBmb3IgbWFsZm9ybWVkIFBpY29zY2hlbWE6IHVua25vd24gdHlwZXMgKHdpdGggYSBzdWdnZXN0aW9uKSwgdmFsdWVzXG4gKiAgIHRoYXQgYXJlIG5laXRoZXIgdHlwZSBzdHJpbmdzIG5vciBuZXN0ZWQgb2JqZWN0cywgYChlbnVtKWAgd2l0aG91dCBhIGxpc3QsIHVua25vd24gcGFyZW50aGV0aWNhbFxuICogICB0eXBlcywgZW1wdHkgc2NoZW1hcy5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogcGljb3NjaGVtYVRvSnNvblNjaGVtYSh7IGN1c3RvbWVyOiAnc3RyaW5nLCBmaXJzdCBuYW1lJywgJ3RvbmU/KGVudW0pJzogWydmb3JtYWwnLCAnZnJpZW5kbHknXSB9KTtcbiAqIC8vIHsgdHlwZTogJ29iamVjdCcsIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSwgcmVxdWlyZWQ6IFsnY3VzdG9tZXInXSwgcHJvcGVydGllczoge1xuICogLy8gICBjdXN0b21lcjogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdmaXJzdCBuYW1lJyB9LFxuICogLy8gICB0b25lOiB7IGVudW06IFsnZm9ybWFsJywgJ2ZyaWVuZGx5JywgbnVsbF0gfSB9IH1cbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gcGljb3NjaGVtYVRvSnNvblNjaGVtYShzY2hlbWE6IHVua25vd24sIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9KTogSnNvblNjaGVtYSB7XG4gIGNvbnN0IGJhc2U6IEZpZWxkU2VnbWVudFtdID0gbG9jYXRpb24uZmllbGQgPT09IHVuZGVmaW5lZCA/IFtdIDogW2xvY2F0aW9uLmZpZWxkXTtcbiAgY29uc3QgZmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBuZXZlciA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBmb3JtYXRGaWVsZFBhdGgoWy4uLmJhc2UsIC4uLnBhdGhdKTtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoZGV0YWlsLCB7IC4uLmxvY2F0aW9uLCBmaWVsZDogZmllbGQgPT09ICcnID8gdW5kZWZpbmVkIDogZmllbGQgfSk7XG4gIH07XG5cbiAgaWYgKHNjaGVtYSA9PT0gbnVsbCB8fCBzY2hlbWEgPT09IHVuZGVmaW5lZCkge1xuICAgIHJldHVybiBmYWlsKCd0aGUgc2NoZW1hIGlzIGVtcHR5OiBkZWNsYXJlIGZpZWxkcyBzdWNoIGFzIGBjdXN0b21lcjogc3RyaW5nYCwgb3IgcmVtb3ZlIHRoZSBzY2hlbWEnLCBbXSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBzY2hlbWEgPT09ICdzdHJpbmcnKSByZXR1cm4gcGFyc2VTY2FsYXIoc2NoZW1hLCBbXSwgZmFpbCk7XG4gIGlmICghaXNQbGFpblJlY29yZChzY2hlbWEpKSB7XG4gICAgcmV0dXJuIGZhaWwoXG4gICAgICBgYSBzY2hlbWEgbXVzdCBiZSBQaWNvc2NoZW1hIGZpZWxkcyAoYW4gb2JqZWN0IHN1Y2ggYXMgXFxgY3VzdG9tZXI6IHN0cmluZ1xcYCkgb3IgSlNPTiBTY2hlbWEsIGdvdCAke2Rlc2NyaWJlVmFsdWUoc2NoZW1hKX1gLFxuICAgICAgW10sXG4gICAgKTtcbiAgfVxuICBjb25zdCB0eXBlID0gc2NoZW1hLnR5cGU7XG4gIGlmICh0eXBlb2YgdHlwZSA9PT0gJ3N0cmluZycgJiYgSlNPTl9TQ0hFTUFfTUFSS0VSX1RZUEVTLmhhcyh0eXBlKSkgcmV0dXJuIHsgLi4uc2NoZW1hIH07XG4gIGlmIChBcnJheS5pc0FycmF5KHR5cGUpICYmIHR5cGUuZXZlcnkoKHQpID0+IHR5cGVvZiB0ID09PSAnc3RyaW5nJyAmJiBKU09OX1NDSEVNQV9NQVJLRVJfVFlQRVMuaGFzKHQpKSkge1xuICAgIHJldHVybiB7IC4uLnNjaGVtYSB9O1xuICB9XG4gIGlmIChpc1BsYWluUmVjb3JkKHNjaGVtYS5wcm9wZXJ0aWVzKSkgcmV0dXJuIHsgLi4uc2NoZW1hLCB0eXBlOiAnb2JqZWN0JyB9O1xuICByZXR1cm4gcGFyc2VPYmplY3Qoc2NoZW1hLCBbXSwgZmFpbCwgMCk7XG59XG5cbnR5cGUgRmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pID0+IG5ldmVyO1xuXG4vKiogQSBwYXJzZWQgUGljb3NjaGVtYSBrZXk6IGBuYW1lYCwgYG5hbWU/YCwgYG5hbWUodHlwZSwgZGVzY3JpcHRpb24pYCwgYG5hbWU/KHR5cGUpYC4gKi9cbmludGVyZmFjZSBQYXJzZWRLZXkge1xuICBuYW1lOiBzdHJpbmc7XG4gIG9wdGlvbmFsOiBib29sZWFuO1xuICAvKiogVGhlIHBhcmVudGhldGljYWwgdHlwZSAoYGFycmF5YCwgYG9iamVjdGAsIGBlbnVtYCksIHdoZW4gcHJlc2VudC4gKi9cbiAga2luZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBkZXNjcmlwdGlvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBwYXJzZUtleShrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiBQYXJzZWRLZXkge1xuICBjb25zdCBvcGVuID0ga2V5LmluZGV4T2YoJygnKTtcbiAgbGV0IGhlYWQgPSBrZXk7XG4gIGxldCBraW5kOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGxldCBkZXNjcmlwdGlvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBpZiAob3BlbiAhPT0gLTEpIHtcbiAgICBpZiAoIWtleS5lbmRzV2l0aCgnKScpKSB7XG4gICAgICBmYWlsKFxuICAgICAgICBgZmllbGQgXCIke2tleX1cIiBoYXMgYW4gdW5jbG9zZWQgXCIoXCI6IHdyaXRlIFxcYG5hbWUoYXJyYXkpOiB0eXBlXFxgLCBcXGBuYW1lKG9iamVjdCk6XFxgIG9yIFxcYG5hbWUoZW51bSk6IFthLCBiXVxcYGAsXG4gICAgICAgIHBhdGgsXG4gICAgICApO1xuICAgIH1cbiAgICBoZWFkID0ga2V5LnNsaWNlKDAsIG9wZW4pO1xuICAgIFtraW5kLCBkZXNjcmlwdGlvbl0gPSBzcGxpdERlc2NyaXB0aW9uKGtleS5zbGljZShvcGVuICsgMSwgLTEpKTtcbiAgfVxuICBjb25zdCBvcHRpb25hbCA9IGhlYWQuZW5kc1dpdGgoJz8nKTtcbiAgY29uc3QgbmFtZSA9IG9wdGlvbmFsID8gaGVhZC5zbGljZSgwLCAtMSkgOiBoZWFkO1xuICBpZiAobmFtZS50cmltKCkgPT09ICcnKSBmYWlsKGBmaWVsZCBcIiR7a2V5fVwiIGhhcyBubyBuYW1lOiB3cml0ZSBcXGBuYW1lOiB0eXBlXFxgYCwgcGF0aCk7XG4gIGlmIChuYW1lICE9PSBuYW1lLnRyaW0oKSkgZmFpbChgZmllbGQgbmFtZSBcIiR7bmFtZX1cIiBoYXMgbGVhZGluZyBvciB0cmFpbGluZyBzcGFjZXM6IHJlbW92ZSB0aGVtYCwgcGF0aCk7XG4gIHJldHVybiB7IG5hbWUsIG9wdGlvbmFsLCBraW5kLCBkZXNjcmlwdGlvbiB9O1xufVxuXG4vKiogYCdzdHJpbmcsIHRoZSBuYW1lJ2AgXHUyMTkyIGBbJ3N0cmluZycsICd0aGUgbmFtZSddYDsgYCdzdHJpbmcnYCBcdTIxOTIgYFsnc3RyaW5nJywgdW5kZWZpbmVkXWAuICovXG5mdW5jdGlvbiBzcGxpdERlc2NyaXB0aW9uKHRleHQ6IHN0cmluZyk6IFtzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZF0ge1xuICBjb25zdCBjb21tYSA9IHRleHQuaW5kZXhPZignLCcpO1xuICBpZiAoY29tbWEgPT09IC0xKSByZXR1cm4gW3RleHQudHJpbSgpLCB1bmRlZmluZWRdO1xuICBjb25zdCBkZXNjcmlwdGlvbiA9IHRleHQuc2xpY2UoY29tbWEgKyAxKS50cmltKCk7XG4gIHJldHVybiBbdGV4dC5zbGljZSgwLCBjb21tYSkudHJpbSgpLCBkZXNjcmlwdGlvbiA9PT0gJycgPyB1bmRlZmluZWQgOiBkZXNjcmlwdGlvbl07XG59XG5cbmZ1bmN0aW9uIHBhcnNlT2JqZWN0KFxuICBvYmo6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LFxuICBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSxcbiAgZmFpbDogRmFpbCxcbiAgZGVwdGg6IG51bWJlcixcbik6IEpzb25TY2hlbWEge1xuICBpZiAoZGVwdGggPiBNQVhfREVQVEgpIGZhaWwoYHRoZSBzY2hlbWEgbmVzdHMgb2JqZWN0cyBtb3JlIHRoYW4gJHtNQVhfREVQVEh9IGxldmVscyBkZWVwOiBmbGF0dGVuIGl0YCwgcGF0aCk7XG4gIGNvbnN0IHByb3BlcnRpZXM6IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+ID0ge307XG4gIGNvbnN0IHJlcXVpcmVkOiBzdHJpbmdbXSA9IFtdO1xuICBsZXQgYWRkaXRpb25hbFByb3BlcnRpZXM6IGJvb2xlYW4gfCBKc29uU2NoZW1hID0gZmFsc2U7XG4gIGNvbnN0IGRlY2xhcmVkQnkgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuXG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKG9iaikpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCBrZXldO1xuICAgIGlmIChrZXkgPT09IFdJTERDQVJEKSB7XG4gICAgICBhZGRpdGlvbmFsUHJvcGVydGllcyA9IHBhcnNlVmFsdWUodmFsdWUsIHVuZGVmaW5lZCwgYXQsIGZhaWwsIGRlcHRoKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBwYXJzZWQgPSBwYXJzZUtleShrZXksIGF0LCBmYWlsKTtcbiAgICBjb25zdCBwcmV2aW91cyA9IGRlY2xhcmVkQnkuZ2V0KHBhcnNlZC5uYW1lKTtcbiAgICBpZiAocHJldmlvdXMgIT09IHVuZGVmaW5lZClcbiAgICAgIGZhaWwoYGZpZWxkIFwiJHtwYXJzZWQubmFtZX1cIiBpcyBkZWNsYXJlZCB0d2ljZSAoXCIke3ByZXZpb3VzfVwiIGFuZCBcIiR7a2V5fVwiKToga2VlcCBvbmVgLCBhdCk7XG4gICAgZGVjbGFyZWRCeS5zZXQocGFyc2VkLm5hbWUsIGtleSk7XG4gICAgaWYgKCFwYXJzZWQub3B0aW9uYWwpIHJlcXVpcmVkLnB1c2gocGFyc2VkLm5hbWUpO1xuICAgIGNvbnN0IHByb3BlcnR5ID0gcGFyc2VWYWx1ZSh2YWx1ZSwgcGFyc2VkLmtpbmQsIGF0LCBmYWlsLCBkZXB0aCk7XG4gICAgaWYgKHBhcnNlZC5vcHRpb25hbCkgbWFrZU51bGxhYmxlKHByb3BlcnR5KTtcbiAgICBpZiAocGFyc2VkLmRlc2NyaXB0aW9uICE9PSB1bmRlZmluZWQpIHByb3BlcnR5LmRlc2NyaXB0aW9uID0gcGFyc2VkLmRlc2NyaXB0aW9uO1xuICAgIHByb3BlcnRpZXNbcGFyc2VkLm5hbWVdID0gcHJvcGVydHk7XG4gIH1cblxuICBjb25zdCBvdXQ6IEpzb25TY2hlbWEgPSB7IHR5cGU6ICdvYmplY3QnLCBwcm9wZXJ0aWVzIH07XG4gIGlmIChyZXF1aXJlZC5sZW5ndGggPiAwKSBvdXQucmVxdWlyZWQgPSByZXF1aXJlZDtcbiAgb3V0LmFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHBhcnNlVmFsdWUoXG4gIHZhbHVlOiB1bmtub3duLFxuICBraW5kOiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLFxuICBmYWlsOiBGYWlsLFxuICBkZXB0aDogbnVtYmVyLFxuKTogSnNvblNjaGVtYSB7XG4gIHN3aXRjaCAoa2luZCkge1xuICAgIGNhc2UgdW5kZWZpbmVkOlxuICAgICAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiBwYXJzZVNjYWxhcih2YWx1ZSwgcGF0aCwgZmFpbCk7XG4gICAgICBpZiAoaXNQbGFpblJlY29yZCh2YWx1ZSkpIHJldHVybiBwYXJzZU9iamVjdCh2YWx1ZSwgcGF0aCwgZmFpbCwgZGVwdGggKyAxKTtcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgICByZXR1cm4gZmFpbCgnYSBsaXN0IG9mIHZhbHVlcyBuZWVkcyB0aGUgKGVudW0pIHR5cGU6IHdyaXRlIGBuYW1lKGVudW0pOiBbYSwgYl1gJywgcGF0aCk7XG4gICAgICB9XG4gICAgICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICByZXR1cm4gZmFpbCgndGhlIGZpZWxkIGhhcyBubyB0eXBlOiB3cml0ZSBgbmFtZTogc3RyaW5nYCAob3IgbnVtYmVyLCBpbnRlZ2VyLCBib29sZWFuLCBudWxsLCBhbnkpJywgcGF0aCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgYGV4cGVjdGVkIGEgdHlwZSBuYW1lIHN1Y2ggYXMgXCJzdHJpbmdcIiBvciBuZXN0ZWQgZmllbGRzLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX07IHF1b3RlIGl0IGlmIGl0IGlzIGEgZGVzY3JpcHRpb25gLFxuICAgICAgICBwYXRoLFxuICAgICAgKTtcbiAgICBjYXNlICdhcnJheSc6IHtcbiAgICAgIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4geyB0eXBlOiAnYXJyYXknLCBpdGVtczogcGFyc2VTY2FsYXIodmFsdWUsIHBhdGgsIGZhaWwpIH07XG4gICAgICBpZiAoaXNQbGFpblJlY29yZCh2YWx1ZSkpIHJldHVybiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBwYXJzZU9iamVjdCh2YWx1ZSwgcGF0aCwgZmFpbCwgZGVwdGggKyAxKSB9O1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIHJldHVybiBmYWlsKFxuICAgICAgICAgICdQaWNvc2NoZW1hIGhhcyBubyBhcnJheS1vZi1lbnVtIGZvcm06IHVzZSBKU09OIFNjaGVtYSBmb3IgdGhpcyBpbnB1dCwgZS5nLiAnICtcbiAgICAgICAgICAgICdgeyB0eXBlOiBhcnJheSwgaXRlbXM6IHsgZW51bTogW2EsIGJdIH0gfWAsIG9yIG1ha2UgdGhlIGZpZWxkIGBuYW1lKGVudW0pOiBbYSwgYl1gJyxcbiAgICAgICAgICBwYXRoLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgcmV0dXJuIGZhaWwoYChhcnJheSkgdGFrZXMgdGhlIGl0ZW0gdHlwZSwgZS5nLiBcXGBuYW1lKGFycmF5KTogc3RyaW5nXFxgLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBwYXRoKTtcbiAgICB9XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHBhcnNlT2JqZWN0KHZhbHVlLCBwYXRoLCBmYWlsLCBkZXB0aCArIDEpO1xuICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgIGAob2JqZWN0KSB0YWtlcyBuZXN0ZWQgZmllbGRzLCBlLmcuIFxcYG5hbWUob2JqZWN0KTogeyBzdHJlZXQ6IHN0cmluZyB9XFxgLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLFxuICAgICAgICBwYXRoLFxuICAgICAgKTtcbiAgICBjYXNlICdlbnVtJzoge1xuICAgICAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlKSB8fCB2YWx1ZS5sZW5ndGggPT09IDApIHtcbiAgICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgICAgYChlbnVtKSB0YWtlcyBhIG5vbi1lbXB0eSBsaXN0IG9mIHZhbHVlcywgZS5nLiBcXGBuYW1lKGVudW0pOiBbYSwgYl1cXGAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsXG4gICAgICAgICAgcGF0aCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGZvciAoY29uc3QgW2luZGV4LCBpdGVtXSBvZiB2YWx1ZS5lbnRyaWVzKCkpIHtcbiAgICAgICAgaWYgKGl0ZW0gIT09IG51bGwgJiYgIVsnc3RyaW5nJywgJ251bWJlcicsICdib29sZWFuJ10uaW5jbHVkZXModHlwZW9mIGl0ZW0pKSB7XG4gICAgICAgICAgZmFpbChgZW51bSB2YWx1ZXMgbXVzdCBiZSBzdHJpbmdzLCBudW1iZXJzLCBib29sZWFucyBvciBudWxsLCBnb3QgJHtkZXNjcmliZVZhbHVlKGl0ZW0pfWAsIFsuLi5wYXRoLCBpbmRleF0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICByZXR1cm4geyBlbnVtOiBbLi4udmFsdWVdIH07XG4gICAgfVxuICAgIGRlZmF1bHQ6IHtcbiAgICAgIGNvbnN0IGd1ZXNzID0gY2xvc2VzdE1hdGNoKGtpbmQsIFBBUkVOVEhFVElDQUxfVFlQRVMpO1xuICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgIGB1bmtub3duIHR5cGUgXCIoJHtraW5kfSlcIjogcGFyZW50aGV0aWNhbCB0eXBlcyBhcmUgKGFycmF5KSwgKG9iamVjdCkgYW5kIChlbnVtKWAgK1xuICAgICAgICAgIChndWVzcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgOyBkaWQgeW91IG1lYW4gXCIoJHtndWVzc30pXCI/YCkgK1xuICAgICAgICAgIChpc1NjYWxhclR5cGUoa2luZCkgPyBgOyBmb3IgYSAke2tpbmR9LCB3cml0ZSBcXGBuYW1lOiAke2tpbmR9XFxgYCA6ICcnKSxcbiAgICAgICAgcGF0aCxcbiAgICAgICk7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIHBhcnNlU2NhbGFyKHRleHQ6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiBKc29uU2NoZW1hIHtcbiAgY29uc3QgW3R5cGUsIGRlc2NyaXB0aW9uXSA9IHNwbGl0RGVzY3JpcHRpb24odGV4dCk7XG4gIGlmICghaXNTY2FsYXJUeXBlKHR5cGUpKSByZXR1cm4gZmFpbChleHBsYWluVW5rbm93blR5cGUodHlwZSksIHBhdGgpO1xuICBjb25zdCBvdXQ6IEpzb25TY2hlbWEgPSB0eXBlID09PSAnYW55JyA/IHt9IDogeyB0eXBlIH07XG4gIGlmIChkZXNjcmlwdGlvbiAhPT0gdW5kZWZpbmVkKSBvdXQuZGVzY3JpcHRpb24gPSBkZXNjcmlwdGlvbjtcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gZXhwbGFpblVua25vd25UeXBlKHR5cGU6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGxpc3QgPSBQSUNPU0NIRU1BX1NDQUxBUl9UWVBFUy5qb2luKCcsICcpO1xuICBpZiAodHlwZSA9PT0gJycpIHJldHVybiBgdGhlIGZpZWxkIGhhcyBubyB0eXBlOiB3cml0ZSBcXGBuYW1lOiBzdHJpbmdcXGAgKHR5cGVzOiAke2xpc3R9KWA7XG4gIGNvbnN0IGFsaWFzID0gVFlQRV9BTElBU0VTW3R5cGUudG9Mb3dlckNhc2UoKV07XG4gIGNvbnN0IGd1ZXNzID0gYWxpYXMgPz8gY2xvc2VzdE1hdGNoKHR5cGUsIFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTKTtcbiAgaWYgKHR5cGUgPT09ICdhcnJheScgfHwgdHlwZSA9PT0gJ29iamVjdCcgfHwgdHlwZSA9PT0gJ2VudW0nKSB7XG4gICAgY29uc3QgZXhhbXBsZSA9XG4gICAgICB0eXBlID09PSAnYXJyYXknXG4gICAgICAgID8gJ2BuYW1lKGFycmF5KTogc3RyaW5nYCdcbiAgICAgICAgOiB0eXBlID09PSAnb2JqZWN0J1xuICAgICAgICAgID8gJ2BuYW1lKG9iamVjdCk6IHsgZmllbGQ6IHN0cmluZyB9YCdcbiAgICAgICAgICA6ICdgbmFtZShlbnVtKTogW2EsIGJdYCc7XG4gICAgcmV0dXJuIGBcIiR7dHlwZX1cIiBnb2VzIGluIHBhcmVudGhlc2VzIGFmdGVyIHRoZSBmaWVsZCBuYW1lOiB3cml0ZSAke2V4YW1wbGV9YDtcbiAgfVxuICByZXR1cm4gKFxuICAgIGB1bmtub3duIHR5cGUgXCIke3R5cGV9XCIke2d1ZXNzID09PSB1bmRlZmluZWQgPyAnJyA6IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YH0gYCArXG4gICAgYFBpY29zY2hlbWEgdHlwZXMgYXJlICR7bGlzdH0sIHBsdXMgbmFtZShhcnJheSksIG5hbWUob2JqZWN0KSBhbmQgbmFtZShlbnVtKS4gYCArXG4gICAgJ05hbWVkIHNjaGVtYXMgYXJlIG5vdCBzdXBwb3J0ZWQ6IGRlc2NyaWJlIHRoZSBmaWVsZHMgaW5saW5lJ1xuICApO1xufVxuXG5mdW5jdGlvbiBpc1NjYWxhclR5cGUodHlwZTogc3RyaW5nKTogdHlwZSBpcyAodHlwZW9mIFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTKVtudW1iZXJdIHtcbiAgcmV0dXJuIChQSUNPU0NIRU1BX1NDQUxBUl9UWVBFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXModHlwZSk7XG59XG5cbi8qKiBEb3Rwcm9tcHQ6IGFuIG9wdGlvbmFsIGZpZWxkIGlzIGFsc28gbnVsbGFibGUuICovXG5mdW5jdGlvbiBtYWtlTnVsbGFibGUocHJvcGVydHk6IEpzb25TY2hlbWEpOiB2b2lkIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkocHJvcGVydHkuZW51bSkpIHtcbiAgICBpZiAoIXByb3BlcnR5LmVudW0uaW5jbHVkZXMobnVsbCkpIHByb3BlcnR5LmVudW0gPSBbLi4ucHJvcGVydHkuZW51bSwgbnVsbF07XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICh0eXBlb2YgcHJvcGVydHkudHlwZSA9PT0gJ3N0cmluZycgJiYgcHJvcGVydHkudHlwZSAhPT0gJ251bGwnKSBwcm9wZXJ0eS50eXBlID0gW3Byb3BlcnR5LnR5cGUsICdudWxsJ107XG59XG5cbi8qKiBBIG5vbi1udWxsLCBub24tYXJyYXkgb2JqZWN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUGxhaW5SZWNvcmQodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHZhbHVlKTtcbn1cbiIsICIvKipcbiAqIENoZWNraW5nIGFuZCBub3JtYWxpemluZyB0aGUgSlNPTiBTY2hlbWEgc3Vic2V0IHRoYXQgaW5wdXQgc2NoZW1hcyBtYXkgdXNlLlxuICpcbiAqIFN1cHBvcnRlZCBrZXl3b3JkcyAodGhleSBhcmUgZW5mb3JjZWQgYXQgcnVuIHRpbWUpOlxuICogYHR5cGVgIChhIG5hbWUgb3IgYSBsaXN0OyBgbnVsbGAgaW4gdGhlIGxpc3QgbWFrZXMgYSB2YWx1ZSBudWxsYWJsZSksIGBwcm9wZXJ0aWVzYCwgYHJlcXVpcmVkYCxcbiAqIGBhZGRpdGlvbmFsUHJvcGVydGllc2AgKGJvb2xlYW4gb3Igc2NoZW1hKSwgYGl0ZW1zYCAob25lIHNjaGVtYSksIGBtaW5JdGVtc2AsIGBtYXhJdGVtc2AsIGBlbnVtYCxcbiAqIGBjb25zdGAsIGBhbnlPZmAsIGBvbmVPZmAgKGV4YWN0bHkgb25lIGFsdGVybmF0aXZlIG11c3QgbWF0Y2gpLCBgYWxsT2ZgIChtZXJnZWQgaW50byBvbmUgc2NoZW1hKSxcbiAqIGBudWxsYWJsZWAgKE9wZW5BUEkgMy4wKSwgYG1pbkxlbmd0aGAsIGBtYXhMZW5ndGhgLCBgcGF0dGVybmAsIGBtaW5pbXVtYCwgYG1heGltdW1gLFxuICogYGV4Y2x1c2l2ZU1pbmltdW1gLCBgZXhjbHVzaXZlTWF4aW11bWAgKG51bWJlciwgb3IgdGhlIGRyYWZ0LTQgYm9vbGVhbiBmb3JtKSwgYG11bHRpcGxlT2ZgLlxuICpcbiAqIEFubm90YXRpb25zIGFyZSBrZXB0IGFuZCBub3QgZW5mb3JjZWQ6IGB0aXRsZWAsIGBkZXNjcmlwdGlvbmAsIGBkZWZhdWx0YCwgYGV4YW1wbGVzYCwgYGZvcm1hdGAsXG4gKiBgJHNjaGVtYWAsIGAkaWRgLCBgJGNvbW1lbnRgLCBgJGRlZnNgLCBgZGVmaW5pdGlvbnNgLCBgZGVwcmVjYXRlZGAsIGByZWFkT25seWAsIGB3cml0ZU9ubHlgLFxuICogYGNvbnRlbnRNZWRpYVR5cGVgLCBgY29udGVudEVuY29kaW5nYCwgYW5kIGFueSBgeC1cdTIwMjZgIGV4dGVuc2lvbi5cbiAqXG4gKiBFdmVyeSBvdGhlciBrZXl3b3JkIGlzIGFuIGVycm9yIG5hbWluZyBpdDogYSB2YWxpZGF0aW9uIGtleXdvcmQgdGhhdCBwcm9tcHRvcHMgd291bGQgc2tpcFxuICogKGAkcmVmYCwgYG5vdGAsIGBpZmAsIGB1bmlxdWVJdGVtc2AsIGBwYXR0ZXJuUHJvcGVydGllc2AsIFx1MjAyNikgd291bGQgbGV0IGJhZCBpbnB1dCB0aHJvdWdoXG4gKiBzaWxlbnRseSwgYW5kIGFuIHVua25vd24gd29yZCBpcyB1c3VhbGx5IGEgdHlwbyAoYHByb3BlcnRlc2ApLiBLZXl3b3JkcyB0aGF0IG9ubHkgYXBwbHkgdG8gb25lXG4gKiB0eXBlIChgbWluTGVuZ3RoYCBvbiBhIG51bWJlcikgYXJlIGVycm9ycyB0b28uXG4gKlxuICogVGhlIHRvcCBsZXZlbCBtdXN0IGJlIGFuIG9iamVjdCBzY2hlbWEuIFVubGlrZSBwbGFpbiBKU09OIFNjaGVtYSwgYSB0b3AgbGV2ZWwgd2l0aG91dFxuICogYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYCBpcyBjbG9zZWQgKGBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2VgIGlzIHdyaXR0ZW4gaW50byB0aGUgbm9ybWFsaXplZFxuICogc2NoZW1hKTogYW4gdW5rbm93biB2YXJpYWJsZSBpcyBhbG1vc3QgYWx3YXlzIGEgdHlwby4gTmVzdGVkIG9iamVjdHMgZm9sbG93IEpTT04gU2NoZW1hIChvcGVuXG4gKiB1bmxlc3MgdGhleSBzYXkgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWApLiBgZGVmYXVsdGAgaXMgYW4gYW5ub3RhdGlvbjogZGVmYXVsdHMgdGhhdCBhcHBseVxuICogYXQgcmVuZGVyIHRpbWUgYmVsb25nIGluIHRoZSByZWNvcmQncyBgaW5wdXQuZGVmYXVsdGAuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgRmllbGRTZWdtZW50LCBmb3JtYXRGaWVsZFBhdGggfSBmcm9tICcuL2ZpZWxkLXBhdGguanMnO1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCB9IGZyb20gJy4vcGljb3NjaGVtYS5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUgfSBmcm9tICcuL3N1Z2dlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBKU09OIFNjaGVtYSB0eXBlIG5hbWVzIGFjY2VwdGVkIGluIGB0eXBlYC4gKi9cbmV4cG9ydCBjb25zdCBKU09OX1NDSEVNQV9UWVBFUyA9IFsnc3RyaW5nJywgJ251bWJlcicsICdpbnRlZ2VyJywgJ2Jvb2xlYW4nLCAnbnVsbCcsICdvYmplY3QnLCAnYXJyYXknXSBhcyBjb25zdDtcblxuY29uc3QgU1RSSU5HX0tFWVdPUkRTID0gWydtaW5MZW5ndGgnLCAnbWF4TGVuZ3RoJywgJ3BhdHRlcm4nXSBhcyBjb25zdDtcbmNvbnN0IE5VTUJFUl9LRVlXT1JEUyA9IFsnbWluaW11bScsICdtYXhpbXVtJywgJ2V4Y2x1c2l2ZU1pbmltdW0nLCAnZXhjbHVzaXZlTWF4aW11bScsICdtdWx0aXBsZU9mJ10gYXMgY29uc3Q7XG5jb25zdCBBUlJBWV9LRVlXT1JEUyA9IFsnaXRlbXMnLCAnbWluSXRlbXMnLCAnbWF4SXRlbXMnXSBhcyBjb25zdDtcbmNvbnN0IE9CSkVDVF9LRVlXT1JEUyA9IFsncHJvcGVydGllcycsICdyZXF1aXJlZCcsICdhZGRpdGlvbmFsUHJvcGVydGllcyddIGFzIGNvbnN0O1xuXG5jb25zdCBWQUxJREFUSU9OX0tFWVdPUkRTID0gbmV3IFNldDxzdHJpbmc+KFtcbiAgJ3R5cGUnLFxuICAnZW51bScsXG4gICdjb25zdCcsXG4gICdhbnlPZicsXG4gICdvbmVPZicsXG4gICdhbGxPZicsXG4gICdudWxsYWJsZScsXG4gIC4uLlNUUklOR19LRVlXT1JEUyxcbiAgLi4uTlVNQkVSX0tFWVdPUkRTLFxuICAuLi5BUlJBWV9LRVlXT1JEUyxcbiAgLi4uT0JKRUNUX0tFWVdPUkRTLFxuXSk7XG5cbmNvbnN0IEFOTk9UQVRJT05fS0VZV09SRFMgPSBuZXcgU2V0PHN0cmluZz4oW1xuICAndGl0bGUnLFxuICAnZGVzY3JpcHRpb24nLFxuICAnZGVmYXVsdCcsXG4gICdleGFtcGxlcycsXG4gICdmb3JtYXQnLFxuICAnJHNjaGVtYScsXG4gICckaWQnLFxuICAnJGNvbW1lbnQnLFxuICAnJGRlZnMnLFxuICAnZGVmaW5pdGlvbnMnLFxuICAnZGVwcmVjYXRlZCcsXG4gICdyZWFkT25seScsXG4gICd3cml0ZU9ubHknLFxuICAnY29udGVudE1lZGlhVHlwZScsXG4gICdjb250ZW50RW5jb2RpbmcnLFxuXSk7XG5cbi8qKiBLbm93biBKU09OIFNjaGVtYSBrZXl3b3JkcyB0aGF0IGlucHV0IHNjaGVtYXMgZG8gbm90IHN1cHBvcnQsIHdpdGggYSBoaW50IGVhY2guICovXG5jb25zdCBVTlNVUFBPUlRFRF9LRVlXT1JEUzogUmVhZG9ubHlNYXA8c3RyaW5nLCBzdHJpbmc+ID0gbmV3IE1hcChbXG4gIFsnJHJlZicsICdpbmxpbmUgdGhlIHJlZmVyZW5jZWQgc2NoZW1hJ10sXG4gIFsnJGR5bmFtaWNSZWYnLCAnaW5saW5lIHRoZSByZWZlcmVuY2VkIHNjaGVtYSddLFxuICBbJyRhbmNob3InLCAnaW5saW5lIHRoZSByZWZlcmVuY2VkIHNjaGVtYSddLFxuICBbJ25vdCcsICdleHByZXNzIHRoZSBydWxlIHdpdGggZW51bSwgYW55T2Ygb3IgYSBwYXR0ZXJuLCBvciBjaGVjayBpdCBpbiBjb2RlJ10sXG4gIFsnaWYnLCAndXNlIGFueU9mL29uZU9mLCBvciBjaGVjayBpdCBpbiBjb2RlJ10sXG4gIFsndGhlbicsICd1c2UgYW55T2Yvb25lT2YsIG9yIGNoZWNrIGl0IGluIGNvZGUnXSxcbiAgWydlbHNlJywgJ3VzZSBhbnlPZi9vbmVPZiwgb3IgY2hlY2sgaXQgaW4gY29kZSddLFxuICBbJ3VuaXF1ZUl0ZW1zJywgJ2NoZWNrIHVuaXF1ZW5lc3MgaW4gY29kZSddLFxuICBbJ2NvbnRhaW5zJywgJ2NoZWNrIGl0IGluIGNvZGUnXSxcbiAgWydtaW5Db250YWlucycsICdjaGVjayBpdCBpbiBjb2RlJ10sXG4gIFsnbWF4Q29udGFpbnMnLCAnY2hlY2sgaXQgaW4gY29kZSddLFxuICBbJ3ByZWZpeEl0ZW1zJywgJ3VzZSBvbmUgaXRlbSBzY2hlbWEgaW4gaXRlbXMgKGFueU9mIGZvciBtaXhlZCBpdGVtcyknXSxcbiAgWydhZGRpdGlvbmFsSXRlbXMnLCAndXNlIG9uZSBpdGVtIHNjaGVtYSBpbiBpdGVtcyddLFxuICBbJ3VuZXZhbHVhdGVkSXRlbXMnLCAndXNlIGl0ZW1zJ10sXG4gIFsndW5ldmFsdWF0ZWRQcm9wZXJ0aWVzJywgJ3VzZSBhZGRpdGlvbmFsUHJvcGVydGllcyddLFxuICBbJ3BhdHRlcm5Qcm9wZXJ0aWVzJywgJ2RlY2xhcmUgdGhlIHByb3BlcnRpZXMsIG9yIHVzZSBhZGRpdGlvbmFsUHJvcGVydGllcyB3aXRoIGEgc2NoZW1hJ10sXG4gIFsncHJvcGVydHlOYW1lcycsICdjaGVjayBrZXkgbmFtZXMgaW4gY29kZSddLFxuICBbJ21pblByb3BlcnRpZXMnLCAnbWFyayB0aGUgcHJvcGVydGllcyByZXF1aXJlZCBpbnN0ZWFkJ10sXG4gIFsnbWF4UHJvcGVydGllcycsICdzZXQgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlIGluc3RlYWQnXSxcbiAgWydkZXBlbmRlbmNpZXMnLCAnY2hlY2sgaXQgaW4gY29kZSddLFxuICBbJ2RlcGVuZGVudFJlcXVpcmVkJywgJ2NoZWNrIGl0IGluIGNvZGUnXSxcbiAgWydkZXBlbmRlbnRTY2hlbWFzJywgJ2NoZWNrIGl0IGluIGNvZGUnXSxcbl0pO1xuXG5jb25zdCBUWVBFX0FMSUFTRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICBzdHI6ICdzdHJpbmcnLFxuICBpbnQ6ICdpbnRlZ2VyJyxcbiAgZmxvYXQ6ICdudW1iZXInLFxuICBkb3VibGU6ICdudW1iZXInLFxuICBib29sOiAnYm9vbGVhbicsXG4gIGxpc3Q6ICdhcnJheScsXG4gIGRpY3Q6ICdvYmplY3QnLFxuICBtYXA6ICdvYmplY3QnLFxufTtcblxuY29uc3QgTUFYX0RFUFRIID0gMzI7XG5cbi8qKlxuICogQ2hlY2sgYSBKU09OIFNjaGVtYSBhZ2FpbnN0IHRoZSBzdXBwb3J0ZWQgc3Vic2V0IGFuZCByZXR1cm4gYSBub3JtYWxpemVkIGNvcHk6IGBhbGxPZmAgbWVyZ2VkLFxuICogYG51bGxhYmxlOiB0cnVlYCB0dXJuZWQgaW50byBhIGAnbnVsbCdgIHR5cGUsIGRyYWZ0LTQgYm9vbGVhbiBgZXhjbHVzaXZlTWluaW11bWAvYGV4Y2x1c2l2ZU1heGltdW1gXG4gKiB0dXJuZWQgaW50byBudW1iZXJzLCBgdHlwZTogJ29iamVjdCdgL2AnYXJyYXknYCBhZGRlZCB3aGVyZSBgcHJvcGVydGllc2AvYGl0ZW1zYCBpbXBseSBpdCwgYW5kIChmb3JcbiAqIGB0b3BgKSBgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlYCBhZGRlZCB3aGVuIGFic2VudC5cbiAqXG4gKiBAcGFyYW0gc2NoZW1hIFRoZSBKU09OIFNjaGVtYS5cbiAqIEBwYXJhbSBsb2NhdGlvbiBXaGVyZSB0aGUgc2NoZW1hIHNpdHM7IGBsb2NhdGlvbi5maWVsZGAgKGUuZy4gYCdpbnB1dC5zY2hlbWEnYCkgcHJlZml4ZXMgZXJyb3IgZmllbGRzLlxuICogQHBhcmFtIG9wdGlvbnMgYHRvcDogdHJ1ZWAgKGRlZmF1bHQpIHJlcXVpcmVzIGFuIG9iamVjdCBzY2hlbWEsIGFzIGlucHV0IHNjaGVtYXMgYXJlLlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IG5hbWluZyB0aGUga2V5d29yZCBwYXRoLCBlLmcuIGBpbnB1dC5zY2hlbWEucHJvcGVydGllcy50b25lLnR5cGVgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplSnNvblNjaGVtYShcbiAgc2NoZW1hOiB1bmtub3duLFxuICBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7fSxcbiAgb3B0aW9uczogeyB0b3A/OiBib29sZWFuIH0gPSB7fSxcbik6IEpzb25TY2hlbWEge1xuICBjb25zdCBiYXNlOiBGaWVsZFNlZ21lbnRbXSA9IGxvY2F0aW9uLmZpZWxkID09PSB1bmRlZmluZWQgPyBbXSA6IFtsb2NhdGlvbi5maWVsZF07XG4gIGNvbnN0IGZhaWwgPSAoZGV0YWlsOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKTogbmV2ZXIgPT4ge1xuICAgIGNvbnN0IGZpZWxkID0gZm9ybWF0RmllbGRQYXRoKFsuLi5iYXNlLCAuLi5wYXRoXSk7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGRldGFpbCwgeyAuLi5sb2NhdGlvbiwgZmllbGQ6IGZpZWxkID09PSAnJyA/IHVuZGVmaW5lZCA6IGZpZWxkIH0pO1xuICB9O1xuICBjb25zdCBub3JtYWxpemVkID0gbm9ybWFsaXplTm9kZShzY2hlbWEsIFtdLCBmYWlsLCAwKTtcbiAgaWYgKG9wdGlvbnMudG9wID8/IHRydWUpIHtcbiAgICBpZiAobm9ybWFsaXplZC50eXBlICE9PSAnb2JqZWN0Jykge1xuICAgICAgY29uc3QgZ290ID0gbm9ybWFsaXplZC50eXBlID09PSB1bmRlZmluZWQgPyAnbm8gb2JqZWN0IHR5cGUnIDogYHR5cGUgJHtKU09OLnN0cmluZ2lmeShub3JtYWxpemVkLnR5cGUpfWA7XG4gICAgICBmYWlsKFxuICAgICAgICBgYW4gaW5wdXQgc2NoZW1hIG11c3QgZGVzY3JpYmUgYW4gb2JqZWN0IG9mIHZhcmlhYmxlcyAodHlwZTogb2JqZWN0IHdpdGggcHJvcGVydGllcyksIGdvdCAke2dvdH0uIGAgK1xuICAgICAgICAgICdEZWNsYXJlIGVhY2ggdmFyaWFibGUgYXMgYSBwcm9wZXJ0eScsXG4gICAgICAgIFsndHlwZSddLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKG5vcm1hbGl6ZWQuYWRkaXRpb25hbFByb3BlcnRpZXMgPT09IHVuZGVmaW5lZCkgbm9ybWFsaXplZC5hZGRpdGlvbmFsUHJvcGVydGllcyA9IGZhbHNlO1xuICB9XG4gIHJldHVybiBub3JtYWxpemVkO1xufVxuXG50eXBlIEZhaWwgPSAoZGV0YWlsOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdKSA9PiBuZXZlcjtcblxuZnVuY3Rpb24gbm9ybWFsaXplTm9kZShub2RlOiB1bmtub3duLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCwgZGVwdGg6IG51bWJlcik6IEpzb25TY2hlbWEge1xuICBpZiAoZGVwdGggPiBNQVhfREVQVEgpIGZhaWwoYHRoZSBzY2hlbWEgbmVzdHMgbW9yZSB0aGFuICR7TUFYX0RFUFRIfSBsZXZlbHMgZGVlcDogZmxhdHRlbiBpdGAsIHBhdGgpO1xuICBpZiAobm9kZSA9PT0gdHJ1ZSkgcmV0dXJuIHt9O1xuICBpZiAobm9kZSA9PT0gZmFsc2UpIHJldHVybiBmYWlsKCd0aGUgc2NoZW1hIGBmYWxzZWAgYWNjZXB0cyBubyB2YWx1ZTogcmVtb3ZlIHRoZSBwcm9wZXJ0eSBpbnN0ZWFkJywgcGF0aCk7XG4gIGlmICghaXNQbGFpblJlY29yZChub2RlKSkgcmV0dXJuIGZhaWwoYGV4cGVjdGVkIGEgc2NoZW1hIG9iamVjdCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShub2RlKX1gLCBwYXRoKTtcblxuICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyhub2RlKSkgY2hlY2tLZXl3b3JkKGtleSwgcGF0aCwgZmFpbCk7XG5cbiAgbGV0IG91dDogSnNvblNjaGVtYSA9IHt9O1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhub2RlKSkge1xuICAgIGlmIChrZXkgPT09ICdhbGxPZicgfHwga2V5ID09PSAnbnVsbGFibGUnKSBjb250aW51ZTtcbiAgICBvdXRba2V5XSA9IHZhbHVlO1xuICB9XG5cbiAgaWYgKG5vZGUuYWxsT2YgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IG1lbWJlcnMgPSBzY2hlbWFMaXN0KG5vZGUuYWxsT2YsIFsuLi5wYXRoLCAnYWxsT2YnXSwgZmFpbCwgZGVwdGgpO1xuICAgIGZvciAoY29uc3QgW2luZGV4LCBtZW1iZXJdIG9mIG1lbWJlcnMuZW50cmllcygpKSBvdXQgPSBtZXJnZVNjaGVtYXMob3V0LCBtZW1iZXIsIFsuLi5wYXRoLCAnYWxsT2YnLCBpbmRleF0sIGZhaWwpO1xuICB9XG5cbiAgbm9ybWFsaXplVHlwZShvdXQsIHBhdGgsIGZhaWwpO1xuICBpZiAobm9kZS5udWxsYWJsZSA9PT0gdHJ1ZSkgYWRkTnVsbChvdXQsIHBhdGgsIGZhaWwpO1xuICBlbHNlIGlmIChub2RlLm51bGxhYmxlICE9PSB1bmRlZmluZWQgJiYgbm9kZS5udWxsYWJsZSAhPT0gZmFsc2UpIHtcbiAgICBmYWlsKGBcIm51bGxhYmxlXCIgbXVzdCBiZSB0cnVlIG9yIGZhbHNlLCBnb3QgJHtkZXNjcmliZVZhbHVlKG5vZGUubnVsbGFibGUpfWAsIFsuLi5wYXRoLCAnbnVsbGFibGUnXSk7XG4gIH1cblxuICBjaGVja0FwcGxpY2FiaWxpdHkob3V0LCBwYXRoLCBmYWlsKTtcbiAgbm9ybWFsaXplU3RyaW5nS2V5d29yZHMob3V0LCBwYXRoLCBmYWlsKTtcbiAgbm9ybWFsaXplTnVtYmVyS2V5d29yZHMob3V0LCBwYXRoLCBmYWlsKTtcbiAgbm9ybWFsaXplQXJyYXlLZXl3b3JkcyhvdXQsIHBhdGgsIGZhaWwsIGRlcHRoKTtcbiAgbm9ybWFsaXplT2JqZWN0S2V5d29yZHMob3V0LCBwYXRoLCBmYWlsLCBkZXB0aCk7XG4gIG5vcm1hbGl6ZVZhbHVlS2V5d29yZHMob3V0LCBwYXRoLCBmYWlsKTtcbiAgZm9yIChjb25zdCBrZXkgb2YgWydhbnlPZicsICdvbmVPZiddIGFzIGNvbnN0KSB7XG4gICAgaWYgKG91dFtrZXldID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIG91dFtrZXldID0gc2NoZW1hTGlzdChvdXRba2V5XSwgWy4uLnBhdGgsIGtleV0sIGZhaWwsIGRlcHRoKTtcbiAgICBjb25zdCBvdGhlciA9IE9iamVjdC5rZXlzKG91dCkuZmluZCgoaykgPT4gayAhPT0ga2V5ICYmIFZBTElEQVRJT05fS0VZV09SRFMuaGFzKGspKTtcbiAgICBpZiAob3RoZXIgIT09IHVuZGVmaW5lZCkge1xuICAgICAgZmFpbChgXCIke2tleX1cIiBjYW5ub3QgYmUgY29tYmluZWQgd2l0aCBcIiR7b3RoZXJ9XCIgaGVyZTogbW92ZSBcIiR7b3RoZXJ9XCIgaW50byBlYWNoIGFsdGVybmF0aXZlYCwgWy4uLnBhdGgsIG90aGVyXSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGNoZWNrS2V5d29yZChrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgaWYgKFZBTElEQVRJT05fS0VZV09SRFMuaGFzKGtleSkgfHwgQU5OT1RBVElPTl9LRVlXT1JEUy5oYXMoa2V5KSB8fCBrZXkuc3RhcnRzV2l0aCgneC0nKSkgcmV0dXJuO1xuICBjb25zdCBoaW50ID0gVU5TVVBQT1JURURfS0VZV09SRFMuZ2V0KGtleSk7XG4gIGlmIChoaW50ICE9PSB1bmRlZmluZWQpIHtcbiAgICBmYWlsKGB0aGUgSlNPTiBTY2hlbWEga2V5d29yZCBcIiR7a2V5fVwiIGlzIG5vdCBzdXBwb3J0ZWQgaW4gaW5wdXQgc2NoZW1hczogJHtoaW50fWAsIFsuLi5wYXRoLCBrZXldKTtcbiAgfVxuICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChrZXksIFsuLi5WQUxJREFUSU9OX0tFWVdPUkRTLCAuLi5BTk5PVEFUSU9OX0tFWVdPUkRTXSk7XG4gIGZhaWwoXG4gICAgYHVua25vd24gSlNPTiBTY2hlbWEga2V5d29yZCBcIiR7a2V5fVwiJHtndWVzcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2B9IGAgK1xuICAgICAgJyh2ZW5kb3IgZXh0ZW5zaW9ucyBtdXN0IHN0YXJ0IHdpdGggXCJ4LVwiKScsXG4gICAgWy4uLnBhdGgsIGtleV0sXG4gICk7XG59XG5cbmZ1bmN0aW9uIHNjaGVtYUxpc3QodmFsdWU6IHVua25vd24sIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsLCBkZXB0aDogbnVtYmVyKTogSnNvblNjaGVtYVtdIHtcbiAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlKSB8fCB2YWx1ZS5sZW5ndGggPT09IDApIHtcbiAgICByZXR1cm4gZmFpbChgZXhwZWN0ZWQgYSBub24tZW1wdHkgbGlzdCBvZiBzY2hlbWFzLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBwYXRoKTtcbiAgfVxuICByZXR1cm4gdmFsdWUubWFwKChtZW1iZXIsIGluZGV4KSA9PiBub3JtYWxpemVOb2RlKG1lbWJlciwgWy4uLnBhdGgsIGluZGV4XSwgZmFpbCwgZGVwdGggKyAxKSk7XG59XG5cbmZ1bmN0aW9uIHR5cGVMaXN0KHNjaGVtYTogSnNvblNjaGVtYSk6IHN0cmluZ1tdIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdHlwZSA9IHNjaGVtYS50eXBlO1xuICBpZiAodHlwZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gQXJyYXkuaXNBcnJheSh0eXBlKSA/ICh0eXBlIGFzIHN0cmluZ1tdKSA6IFt0eXBlIGFzIHN0cmluZ107XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZVR5cGUob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCBhdCA9IFsuLi5wYXRoLCAndHlwZSddO1xuICBpZiAob3V0LnR5cGUgPT09IHVuZGVmaW5lZCkge1xuICAgIGlmIChPQkpFQ1RfS0VZV09SRFMuc29tZSgoaykgPT4gb3V0W2tdICE9PSB1bmRlZmluZWQpKSBvdXQudHlwZSA9ICdvYmplY3QnO1xuICAgIGVsc2UgaWYgKG91dC5pdGVtcyAhPT0gdW5kZWZpbmVkKSBvdXQudHlwZSA9ICdhcnJheSc7XG4gICAgaWYgKG91dC50eXBlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIC8vIEtlZXAgYHR5cGVgIGZpcnN0LCBhcyBhIHJlYWRlciBleHBlY3RzLlxuICAgICAgY29uc3QgeyB0eXBlLCAuLi5yZXN0IH0gPSBvdXQ7XG4gICAgICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyhvdXQpKSBkZWxldGUgb3V0W2tleV07XG4gICAgICBPYmplY3QuYXNzaWduKG91dCwgeyB0eXBlIH0sIHJlc3QpO1xuICAgIH1cbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgdHlwZXMgPSBBcnJheS5pc0FycmF5KG91dC50eXBlKSA/IG91dC50eXBlIDogW291dC50eXBlXTtcbiAgaWYgKHR5cGVzLmxlbmd0aCA9PT0gMCkgZmFpbCgnXCJ0eXBlXCIgaXMgYW4gZW1wdHkgbGlzdDogbmFtZSBhdCBsZWFzdCBvbmUgdHlwZScsIGF0KTtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHR5cGUgb2YgdHlwZXMpIHtcbiAgICBpZiAodHlwZW9mIHR5cGUgIT09ICdzdHJpbmcnKSBmYWlsKGBhIHR5cGUgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZSh0eXBlKX1gLCBhdCk7XG4gICAgaWYgKCEoSlNPTl9TQ0hFTUFfVFlQRVMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHR5cGUpKSB7XG4gICAgICBjb25zdCBndWVzcyA9IFRZUEVfQUxJQVNFU1t0eXBlLnRvTG93ZXJDYXNlKCldID8/IGNsb3Nlc3RNYXRjaCh0eXBlLCBKU09OX1NDSEVNQV9UWVBFUyk7XG4gICAgICBjb25zdCBhbnlIaW50ID0gdHlwZSA9PT0gJ2FueScgPyAnOyBmb3IgYW55IHZhbHVlLCBsZWF2ZSBcInR5cGVcIiBvdXQnIDogJyc7XG4gICAgICBmYWlsKFxuICAgICAgICBgdW5rbm93biB0eXBlIFwiJHt0eXBlfVwiJHtndWVzcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2B9JHthbnlIaW50fSBgICtcbiAgICAgICAgICBgKHR5cGVzOiAke0pTT05fU0NIRU1BX1RZUEVTLmpvaW4oJywgJyl9KWAsXG4gICAgICAgIGF0LFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKHNlZW4uaGFzKHR5cGUpKSBmYWlsKGB0eXBlIFwiJHt0eXBlfVwiIGlzIGxpc3RlZCB0d2ljZWAsIGF0KTtcbiAgICBzZWVuLmFkZCh0eXBlKTtcbiAgfVxuICBvdXQudHlwZSA9IHR5cGVzLmxlbmd0aCA9PT0gMSA/IHR5cGVzWzBdIDogWy4uLnR5cGVzXTtcbn1cblxuZnVuY3Rpb24gYWRkTnVsbChvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHR5cGVzID0gdHlwZUxpc3Qob3V0KTtcbiAgaWYgKHR5cGVzICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoIXR5cGVzLmluY2x1ZGVzKCdudWxsJykpIG91dC50eXBlID0gWy4uLnR5cGVzLCAnbnVsbCddO1xuICB9IGVsc2UgaWYgKEFycmF5LmlzQXJyYXkob3V0LmVudW0pKSB7XG4gICAgaWYgKCFvdXQuZW51bS5pbmNsdWRlcyhudWxsKSkgb3V0LmVudW0gPSBbLi4ub3V0LmVudW0sIG51bGxdO1xuICB9IGVsc2UgaWYgKEFycmF5LmlzQXJyYXkob3V0LmFueU9mKSkge1xuICAgIG91dC5hbnlPZiA9IFsuLi5vdXQuYW55T2YsIHsgdHlwZTogJ251bGwnIH1dO1xuICB9IGVsc2UgaWYgKEFycmF5LmlzQXJyYXkob3V0Lm9uZU9mKSkge1xuICAgIG91dC5vbmVPZiA9IFsuLi5vdXQub25lT2YsIHsgdHlwZTogJ251bGwnIH1dO1xuICB9IGVsc2UgaWYgKG91dC5jb25zdCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgZmFpbCgnXCJudWxsYWJsZTogdHJ1ZVwiIHdpdGggXCJjb25zdFwiOiB1c2UgXCJlbnVtXCI6IFt2YWx1ZSwgbnVsbF0gaW5zdGVhZCcsIFsuLi5wYXRoLCAnbnVsbGFibGUnXSk7XG4gIH1cbiAgLy8gTm8gdHlwZSBhbmQgbm8gYWx0ZXJuYXRpdmVzOiBhbnkgdmFsdWUsIG51bGwgaW5jbHVkZWQuXG59XG5cbmZ1bmN0aW9uIGNoZWNrQXBwbGljYWJpbGl0eShvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHR5cGVzID0gdHlwZUxpc3Qob3V0KTtcbiAgY29uc3QgZ3JvdXBzOiBBcnJheTxbcmVhZG9ubHkgc3RyaW5nW10sIHJlYWRvbmx5IHN0cmluZ1tdLCBzdHJpbmddPiA9IFtcbiAgICBbU1RSSU5HX0tFWVdPUkRTLCBbJ3N0cmluZyddLCAnc3RyaW5nJ10sXG4gICAgW05VTUJFUl9LRVlXT1JEUywgWydudW1iZXInLCAnaW50ZWdlciddLCAnbnVtYmVyJ10sXG4gICAgW0FSUkFZX0tFWVdPUkRTLCBbJ2FycmF5J10sICdhcnJheSddLFxuICAgIFtPQkpFQ1RfS0VZV09SRFMsIFsnb2JqZWN0J10sICdvYmplY3QnXSxcbiAgXTtcbiAgZm9yIChjb25zdCBba2V5d29yZHMsIGFwcGxpZXMsIG5hbWVdIG9mIGdyb3Vwcykge1xuICAgIGZvciAoY29uc3Qga2V5d29yZCBvZiBrZXl3b3Jkcykge1xuICAgICAgaWYgKG91dFtrZXl3b3JkXSA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICAgIGlmICh0eXBlcyA9PT0gdW5kZWZpbmVkKSBmYWlsKGBcIiR7a2V5d29yZH1cIiBuZWVkcyBcInR5cGVcIjogXCIke25hbWV9XCJgLCBbLi4ucGF0aCwga2V5d29yZF0pO1xuICAgICAgZWxzZSBpZiAoIXR5cGVzLnNvbWUoKHQpID0+IGFwcGxpZXMuaW5jbHVkZXModCkpKSB7XG4gICAgICAgIGZhaWwoYFwiJHtrZXl3b3JkfVwiIGFwcGxpZXMgdG8gJHtuYW1lfXMsIGJ1dCB0aGUgdHlwZSBpcyAke0pTT04uc3RyaW5naWZ5KG91dC50eXBlKX1gLCBbLi4ucGF0aCwga2V5d29yZF0pO1xuICAgICAgfVxuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBub25OZWdhdGl2ZUludGVnZXIob3V0OiBKc29uU2NoZW1hLCBrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgdmFsdWUgPSBvdXRba2V5XTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0ludGVnZXIodmFsdWUpIHx8IHZhbHVlIDwgMCkge1xuICAgIGZhaWwoYFwiJHtrZXl9XCIgbXVzdCBiZSBhIHdob2xlIG51bWJlciA+PSAwLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbLi4ucGF0aCwga2V5XSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gZmluaXRlTnVtYmVyKG91dDogSnNvblNjaGVtYSwga2V5OiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHZhbHVlID0gb3V0W2tleV07XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpKSB7XG4gICAgZmFpbChgXCIke2tleX1cIiBtdXN0IGJlIGEgbnVtYmVyLCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbLi4ucGF0aCwga2V5XSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplU3RyaW5nS2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBub25OZWdhdGl2ZUludGVnZXIob3V0LCAnbWluTGVuZ3RoJywgcGF0aCwgZmFpbCk7XG4gIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQsICdtYXhMZW5ndGgnLCBwYXRoLCBmYWlsKTtcbiAgaWYgKG91dC5wYXR0ZXJuICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAodHlwZW9mIG91dC5wYXR0ZXJuICE9PSAnc3RyaW5nJykge1xuICAgICAgZmFpbChgXCJwYXR0ZXJuXCIgbXVzdCBiZSBhIHJlZ3VsYXIgZXhwcmVzc2lvbiBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LnBhdHRlcm4pfWAsIFsuLi5wYXRoLCAncGF0dGVybiddKTtcbiAgICB9XG4gICAgaWYgKGNvbXBpbGVQYXR0ZXJuKG91dC5wYXR0ZXJuKSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBmYWlsKGBcInBhdHRlcm5cIiAke0pTT04uc3RyaW5naWZ5KG91dC5wYXR0ZXJuKX0gaXMgbm90IGEgdmFsaWQgcmVndWxhciBleHByZXNzaW9uYCwgWy4uLnBhdGgsICdwYXR0ZXJuJ10pO1xuICAgIH1cbiAgfVxufVxuXG4vKiogQ29tcGlsZSBhIEpTT04gU2NoZW1hIGBwYXR0ZXJuYCAoRUNNQS0yNjIsIFVuaWNvZGUgbW9kZSB3aGVuIHRoZSBwYXR0ZXJuIGFsbG93cyBpdCkuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVBhdHRlcm4ocGF0dGVybjogc3RyaW5nKTogUmVnRXhwIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICByZXR1cm4gbmV3IFJlZ0V4cChwYXR0ZXJuLCAndScpO1xuICB9IGNhdGNoIHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIG5ldyBSZWdFeHAocGF0dGVybik7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBub3JtYWxpemVOdW1iZXJLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGZvciAoY29uc3QgW2V4Y2x1c2l2ZSwgaW5jbHVzaXZlXSBvZiBbXG4gICAgWydleGNsdXNpdmVNaW5pbXVtJywgJ21pbmltdW0nXSxcbiAgICBbJ2V4Y2x1c2l2ZU1heGltdW0nLCAnbWF4aW11bSddLFxuICBdIGFzIGNvbnN0KSB7XG4gICAgLy8gRHJhZnQgNDogYSBib29sZWFuIHRoYXQgbWFrZXMgbWluaW11bS9tYXhpbXVtIGV4Y2x1c2l2ZS5cbiAgICBpZiAodHlwZW9mIG91dFtleGNsdXNpdmVdID09PSAnYm9vbGVhbicpIHtcbiAgICAgIGlmIChvdXRbZXhjbHVzaXZlXSA9PT0gdHJ1ZSkge1xuICAgICAgICBpZiAob3V0W2luY2x1c2l2ZV0gPT09IHVuZGVmaW5lZCkgZmFpbChgXCIke2V4Y2x1c2l2ZX06IHRydWVcIiBuZWVkcyBcIiR7aW5jbHVzaXZlfVwiYCwgWy4uLnBhdGgsIGV4Y2x1c2l2ZV0pO1xuICAgICAgICBvdXRbZXhjbHVzaXZlXSA9IG91dFtpbmNsdXNpdmVdO1xuICAgICAgICBkZWxldGUgb3V0W2luY2x1c2l2ZV07XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBkZWxldGUgb3V0W2V4Y2x1c2l2ZV07XG4gICAgICB9XG4gICAgfVxuICB9XG4gIGZvciAoY29uc3Qga2V5IG9mIE5VTUJFUl9LRVlXT1JEUykgZmluaXRlTnVtYmVyKG91dCwga2V5LCBwYXRoLCBmYWlsKTtcbiAgaWYgKHR5cGVvZiBvdXQubXVsdGlwbGVPZiA9PT0gJ251bWJlcicgJiYgb3V0Lm11bHRpcGxlT2YgPD0gMCkge1xuICAgIGZhaWwoYFwibXVsdGlwbGVPZlwiIG11c3QgYmUgZ3JlYXRlciB0aGFuIDAsIGdvdCAke291dC5tdWx0aXBsZU9mfWAsIFsuLi5wYXRoLCAnbXVsdGlwbGVPZiddKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBub3JtYWxpemVBcnJheUtleXdvcmRzKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwsIGRlcHRoOiBudW1iZXIpOiB2b2lkIHtcbiAgbm9uTmVnYXRpdmVJbnRlZ2VyKG91dCwgJ21pbkl0ZW1zJywgcGF0aCwgZmFpbCk7XG4gIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQsICdtYXhJdGVtcycsIHBhdGgsIGZhaWwpO1xuICBpZiAob3V0Lml0ZW1zID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKEFycmF5LmlzQXJyYXkob3V0Lml0ZW1zKSkge1xuICAgIGZhaWwoJ3R1cGxlIFwiaXRlbXNcIiAoYSBsaXN0IG9mIHNjaGVtYXMpIGlzIG5vdCBzdXBwb3J0ZWQ6IGdpdmUgb25lIGl0ZW0gc2NoZW1hIChhbnlPZiBmb3IgbWl4ZWQgaXRlbXMpJywgW1xuICAgICAgLi4ucGF0aCxcbiAgICAgICdpdGVtcycsXG4gICAgXSk7XG4gIH1cbiAgb3V0Lml0ZW1zID0gbm9ybWFsaXplTm9kZShvdXQuaXRlbXMsIFsuLi5wYXRoLCAnaXRlbXMnXSwgZmFpbCwgZGVwdGggKyAxKTtcbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplT2JqZWN0S2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCwgZGVwdGg6IG51bWJlcik6IHZvaWQge1xuICBpZiAob3V0LnByb3BlcnRpZXMgIT09IHVuZGVmaW5lZCkge1xuICAgIGlmICghaXNQbGFpblJlY29yZChvdXQucHJvcGVydGllcykpIHtcbiAgICAgIGZhaWwoYFwicHJvcGVydGllc1wiIG11c3QgbWFwIG5hbWVzIHRvIHNjaGVtYXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LnByb3BlcnRpZXMpfWAsIFsuLi5wYXRoLCAncHJvcGVydGllcyddKTtcbiAgICB9XG4gICAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBwcm9wZXJ0eV0gb2YgT2JqZWN0LmVudHJpZXMob3V0LnByb3BlcnRpZXMpKSB7XG4gICAgICBwcm9wZXJ0aWVzW25hbWVdID0gbm9ybWFsaXplTm9kZShwcm9wZXJ0eSwgWy4uLnBhdGgsICdwcm9wZXJ0aWVzJywgbmFtZV0sIGZhaWwsIGRlcHRoICsgMSk7XG4gICAgfVxuICAgIG91dC5wcm9wZXJ0aWVzID0gcHJvcGVydGllcztcbiAgfVxuICBpZiAob3V0LnJlcXVpcmVkICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCAncmVxdWlyZWQnXTtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkob3V0LnJlcXVpcmVkKSlcbiAgICAgIGZhaWwoYFwicmVxdWlyZWRcIiBtdXN0IGJlIGEgbGlzdCBvZiBwcm9wZXJ0eSBuYW1lcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQucmVxdWlyZWQpfWAsIGF0KTtcbiAgICBjb25zdCBkZWNsYXJlZCA9IGlzUGxhaW5SZWNvcmQob3V0LnByb3BlcnRpZXMpID8gT2JqZWN0LmtleXMob3V0LnByb3BlcnRpZXMpIDogW107XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBvdXQucmVxdWlyZWQgYXMgdW5rbm93bltdKSB7XG4gICAgICBpZiAodHlwZW9mIG5hbWUgIT09ICdzdHJpbmcnKSBmYWlsKGBcInJlcXVpcmVkXCIgbXVzdCBsaXN0IHByb3BlcnR5IG5hbWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKG5hbWUpfWAsIGF0KTtcbiAgICAgIGlmIChzZWVuLmhhcyhuYW1lKSkgZmFpbChgXCIke25hbWV9XCIgaXMgbGlzdGVkIHR3aWNlIGluIFwicmVxdWlyZWRcImAsIGF0KTtcbiAgICAgIHNlZW4uYWRkKG5hbWUpO1xuICAgICAgaWYgKCFkZWNsYXJlZC5pbmNsdWRlcyhuYW1lKSkge1xuICAgICAgICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChuYW1lLCBkZWNsYXJlZCk7XG4gICAgICAgIGZhaWwoXG4gICAgICAgICAgYFwicmVxdWlyZWRcIiBsaXN0cyBcIiR7bmFtZX1cIiwgd2hpY2ggXCJwcm9wZXJ0aWVzXCIgZG9lcyBub3QgZGVjbGFyZWAgK1xuICAgICAgICAgICAgKGd1ZXNzID09PSB1bmRlZmluZWQgPyAnOyBhZGQgaXQgdG8gXCJwcm9wZXJ0aWVzXCInIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gKSxcbiAgICAgICAgICBhdCxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9XG4gICAgb3V0LnJlcXVpcmVkID0gWy4uLnNlZW5dO1xuICB9XG4gIGNvbnN0IGV4dHJhID0gb3V0LmFkZGl0aW9uYWxQcm9wZXJ0aWVzO1xuICBpZiAoZXh0cmEgIT09IHVuZGVmaW5lZCAmJiB0eXBlb2YgZXh0cmEgIT09ICdib29sZWFuJykge1xuICAgIG91dC5hZGRpdGlvbmFsUHJvcGVydGllcyA9IG5vcm1hbGl6ZU5vZGUoZXh0cmEsIFsuLi5wYXRoLCAnYWRkaXRpb25hbFByb3BlcnRpZXMnXSwgZmFpbCwgZGVwdGggKyAxKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBpc1ByaW1pdGl2ZSh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIHN0cmluZyB8IG51bWJlciB8IGJvb2xlYW4gfCBudWxsIHtcbiAgcmV0dXJuIHZhbHVlID09PSBudWxsIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicgfHwgTnVtYmVyLmlzRmluaXRlKHZhbHVlKTtcbn1cblxuZnVuY3Rpb24gZml0c1R5cGVzKHZhbHVlOiBzdHJpbmcgfCBudW1iZXIgfCBib29sZWFuIHwgbnVsbCwgdHlwZXM6IHJlYWRvbmx5IHN0cmluZ1tdKTogYm9vbGVhbiB7XG4gIHJldHVybiB0eXBlcy5zb21lKCh0eXBlKSA9PiB7XG4gICAgc3dpdGNoICh0eXBlKSB7XG4gICAgICBjYXNlICdudWxsJzpcbiAgICAgICAgcmV0dXJuIHZhbHVlID09PSBudWxsO1xuICAgICAgY2FzZSAnaW50ZWdlcic6XG4gICAgICAgIHJldHVybiBOdW1iZXIuaXNJbnRlZ2VyKHZhbHVlKTtcbiAgICAgIGNhc2UgJ251bWJlcic6XG4gICAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgY2FzZSAnYm9vbGVhbic6XG4gICAgICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09IHR5cGU7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICByZXR1cm4gZmFsc2U7XG4gICAgfVxuICB9KTtcbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplVmFsdWVLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IHR5cGVzID0gdHlwZUxpc3Qob3V0KTtcbiAgaWYgKG91dC5lbnVtICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBhdCA9IFsuLi5wYXRoLCAnZW51bSddO1xuICAgIGlmICghQXJyYXkuaXNBcnJheShvdXQuZW51bSkgfHwgb3V0LmVudW0ubGVuZ3RoID09PSAwKSB7XG4gICAgICBmYWlsKGBcImVudW1cIiBtdXN0IGJlIGEgbm9uLWVtcHR5IGxpc3Qgb2YgdmFsdWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKG91dC5lbnVtKX1gLCBhdCk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgW2luZGV4LCB2YWx1ZV0gb2YgKG91dC5lbnVtIGFzIHVua25vd25bXSkuZW50cmllcygpKSB7XG4gICAgICBpZiAoIWlzUHJpbWl0aXZlKHZhbHVlKSkge1xuICAgICAgICBmYWlsKGBlbnVtIHZhbHVlcyBtdXN0IGJlIHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zIG9yIG51bGwsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIFsuLi5hdCwgaW5kZXhdKTtcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlcyAhPT0gdW5kZWZpbmVkICYmICFmaXRzVHlwZXModmFsdWUsIHR5cGVzKSkge1xuICAgICAgICBmYWlsKGBlbnVtIHZhbHVlICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfSBkb2VzIG5vdCBmaXQgdHlwZSAke0pTT04uc3RyaW5naWZ5KG91dC50eXBlKX1gLCBbLi4uYXQsIGluZGV4XSk7XG4gICAgICB9XG4gICAgfVxuICB9XG4gIGlmIChvdXQuY29uc3QgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGF0ID0gWy4uLnBhdGgsICdjb25zdCddO1xuICAgIGlmICghaXNQcmltaXRpdmUob3V0LmNvbnN0KSlcbiAgICAgIGZhaWwoYFwiY29uc3RcIiBtdXN0IGJlIGEgc3RyaW5nLCBudW1iZXIsIGJvb2xlYW4gb3IgbnVsbCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQuY29uc3QpfWAsIGF0KTtcbiAgICBpZiAodHlwZXMgIT09IHVuZGVmaW5lZCAmJiAhZml0c1R5cGVzKG91dC5jb25zdCwgdHlwZXMpKSB7XG4gICAgICBmYWlsKGBjb25zdCAke0pTT04uc3RyaW5naWZ5KG91dC5jb25zdCl9IGRvZXMgbm90IGZpdCB0eXBlICR7SlNPTi5zdHJpbmdpZnkob3V0LnR5cGUpfWAsIGF0KTtcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gc2FtZUpzb24oYTogdW5rbm93biwgYjogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkoYSkgPT09IEpTT04uc3RyaW5naWZ5KGIpO1xufVxuXG4vKiogTWVyZ2Ugb25lIChub3JtYWxpemVkKSBgYWxsT2ZgIG1lbWJlciBpbnRvIGB0YXJnZXRgLiBDb25mbGljdGluZyBrZXl3b3JkcyBhcmUgYW4gZXJyb3IuICovXG5mdW5jdGlvbiBtZXJnZVNjaGVtYXModGFyZ2V0OiBKc29uU2NoZW1hLCBtZW1iZXI6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogSnNvblNjaGVtYSB7XG4gIGNvbnN0IG91dDogSnNvblNjaGVtYSA9IHsgLi4udGFyZ2V0IH07XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKG1lbWJlcikpIHtcbiAgICBjb25zdCBjdXJyZW50ID0gb3V0W2tleV07XG4gICAgaWYgKGN1cnJlbnQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgb3V0W2tleV0gPSB2YWx1ZTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoa2V5ID09PSAncHJvcGVydGllcycgJiYgaXNQbGFpblJlY29yZChjdXJyZW50KSAmJiBpc1BsYWluUmVjb3JkKHZhbHVlKSkge1xuICAgICAgY29uc3QgbWVyZ2VkOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgLi4uY3VycmVudCB9O1xuICAgICAgZm9yIChjb25zdCBbbmFtZSwgcHJvcGVydHldIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlKSkge1xuICAgICAgICBpZiAobWVyZ2VkW25hbWVdICE9PSB1bmRlZmluZWQgJiYgIXNhbWVKc29uKG1lcmdlZFtuYW1lXSwgcHJvcGVydHkpKSB7XG4gICAgICAgICAgZmFpbChgcHJvcGVydHkgXCIke25hbWV9XCIgaXMgZGVmaW5lZCBkaWZmZXJlbnRseSBpbiB0d28gYWxsT2YgbWVtYmVyczogZGVmaW5lIGl0IG9uY2VgLCBbXG4gICAgICAgICAgICAuLi5wYXRoLFxuICAgICAgICAgICAgJ3Byb3BlcnRpZXMnLFxuICAgICAgICAgICAgbmFtZSxcbiAgICAgICAgICBdKTtcbiAgICAgICAgfVxuICAgICAgICBtZXJnZWRbbmFtZV0gPSBwcm9wZXJ0eTtcbiAgICAgIH1cbiAgICAgIG91dC5wcm9wZXJ0aWVzID0gbWVyZ2VkO1xuICAgIH0gZWxzZSBpZiAoa2V5ID09PSAncmVxdWlyZWQnICYmIEFycmF5LmlzQXJyYXkoY3VycmVudCkgJiYgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgIG91dC5yZXF1aXJlZCA9IFsuLi5uZXcgU2V0KFsuLi5jdXJyZW50LCAuLi52YWx1ZV0pXTtcbiAgICB9IGVsc2UgaWYgKGtleSA9PT0gJ3R5cGUnKSB7XG4gICAgICBjb25zdCBib3RoID0gaW50ZXJzZWN0VHlwZXMoQXJyYXkuaXNBcnJheShjdXJyZW50KSA/IGN1cnJlbnQgOiBbY3VycmVudF0sIEFycmF5LmlzQXJyYXkodmFsdWUpID8gdmFsdWUgOiBbdmFsdWVdKTtcbiAgICAgIGlmIChib3RoLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICBmYWlsKGBhbGxPZiBtZW1iZXJzIHJlcXVpcmUgdHlwZXMgJHtKU09OLnN0cmluZ2lmeShjdXJyZW50KX0gYW5kICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfSBhdCBvbmNlYCwgcGF0aCk7XG4gICAgICB9XG4gICAgICBvdXQudHlwZSA9IGJvdGgubGVuZ3RoID09PSAxID8gYm90aFswXSA6IGJvdGg7XG4gICAgfSBlbHNlIGlmIChBTk5PVEFUSU9OX0tFWVdPUkRTLmhhcyhrZXkpIHx8IGtleS5zdGFydHNXaXRoKCd4LScpKSB7XG4gICAgICAvLyBUaGUgZmlyc3QgYW5ub3RhdGlvbiB3aW5zLlxuICAgIH0gZWxzZSBpZiAoIXNhbWVKc29uKGN1cnJlbnQsIHZhbHVlKSkge1xuICAgICAgZmFpbChgYWxsT2YgbWVtYmVycyBnaXZlIFwiJHtrZXl9XCIgZGlmZmVyZW50IHZhbHVlczogbWVyZ2UgdGhlbSBpbnRvIG9uZSBzY2hlbWFgLCBbLi4ucGF0aCwga2V5XSk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBUeXBlcyBhbGxvd2VkIGJ5IGJvdGggbGlzdHM7IGBpbnRlZ2VyYCBpcyB0aGUgY29tbW9uIHBhcnQgb2YgYG51bWJlcmAgYW5kIGBpbnRlZ2VyYC4gKi9cbmZ1bmN0aW9uIGludGVyc2VjdFR5cGVzKG1pbmU6IHJlYWRvbmx5IHVua25vd25bXSwgdGhlaXJzOiByZWFkb25seSB1bmtub3duW10pOiB1bmtub3duW10ge1xuICBjb25zdCBib3RoID0gbmV3IFNldDx1bmtub3duPigpO1xuICBmb3IgKGNvbnN0IHR5cGUgb2YgbWluZSkge1xuICAgIGlmICh0aGVpcnMuaW5jbHVkZXModHlwZSkpIGJvdGguYWRkKHR5cGUpO1xuICAgIGVsc2UgaWYgKCh0eXBlID09PSAnaW50ZWdlcicgJiYgdGhlaXJzLmluY2x1ZGVzKCdudW1iZXInKSkgfHwgKHR5cGUgPT09ICdudW1iZXInICYmIHRoZWlycy5pbmNsdWRlcygnaW50ZWdlcicpKSkge1xuICAgICAgYm90aC5hZGQoJ2ludGVnZXInKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5ib3RoXTtcbn1cbiIsICIvKipcbiAqIEEgcHJlY29tcGlsZWQgYWNjZXB0YW5jZSBjaGVjayBmb3IgdGhlIGhvdCBwYXRoIG9mIGB2YWxpZGF0ZSgpYC5cbiAqXG4gKiB6b2QvbWluaSdzIGBzYWZlUGFyc2VgIGNvc3RzIGFib3V0IDIwMCBucyBmb3IgYW4gb2JqZWN0IG9mIGZvdXIgc3RyaW5nczsgdGhpcyBjaGVjayBjb3N0cyBhXG4gKiBmcmFjdGlvbiBvZiB0aGF0LiBJdCBhbnN3ZXJzIGB0cnVlYCBvbmx5IGZvciB2YWx1ZXMgdGhlIHpvZCBzY2hlbWEgY2VydGFpbmx5IGFjY2VwdHMsIGFuZCBgZmFsc2VgXG4gKiBmb3IgZXZlcnl0aGluZyBlbHNlIChcIm5vdCBzdXJlXCIpOiB0aGUgY2FsbGVyIHRoZW4gcnVucyB6b2QsIHdoaWNoIHN0YXlzIHRoZSBhdXRob3JpdHkgb24gd2hhdFxuICogaXMgaW52YWxpZCBhbmQgb24gdGhlIHdvcmRpbmcgb2YgZXZlcnkgaXNzdWUuIEl0IHVzZXMgY2xvc3VyZXMsIG5vdCBnZW5lcmF0ZWQgY29kZSwgc28gaXQgYWxzb1xuICogcnVucyB3aGVyZSBgbmV3IEZ1bmN0aW9uYCBpcyBmb3JiaWRkZW4gKENsb3VkZmxhcmUgV29ya2Vycywgc3RyaWN0IENTUCkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNvbXBpbGVQYXR0ZXJuIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIGB0cnVlYCB3aGVuIHRoZSB2YWx1ZSBjZXJ0YWlubHkgcGFzc2VzIHRoZSB6b2Qgc2NoZW1hOyBgZmFsc2VgIHdoZW4gdW5zdXJlLiAqL1xuZXhwb3J0IHR5cGUgRmFzdENoZWNrID0gKHZhbHVlOiB1bmtub3duKSA9PiBib29sZWFuO1xuXG5jb25zdCBuZXZlcjogRmFzdENoZWNrID0gKCkgPT4gZmFsc2U7XG5jb25zdCBhbHdheXM6IEZhc3RDaGVjayA9ICgpID0+IHRydWU7XG5cbi8qKiBDb21waWxlIHRoZSBmYXN0IGFjY2VwdGFuY2UgY2hlY2sgb2YgYSBzY2hlbWEgbm9ybWFsaXplZCBieSBgbm9ybWFsaXplSnNvblNjaGVtYWAuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZUZhc3RDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBpZiAoc2NoZW1hLmNvbnN0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBleHBlY3RlZCA9IHNjaGVtYS5jb25zdDtcbiAgICByZXR1cm4gKHZhbHVlKSA9PiB2YWx1ZSA9PT0gZXhwZWN0ZWQ7XG4gIH1cbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmVudW0pKSB7XG4gICAgY29uc3QgYWxsb3dlZCA9IG5ldyBTZXQ8dW5rbm93bj4oc2NoZW1hLmVudW0pO1xuICAgIHJldHVybiAodmFsdWUpID0+IGFsbG93ZWQuaGFzKHZhbHVlKTtcbiAgfVxuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuYW55T2YpKSB7XG4gICAgY29uc3QgbWVtYmVycyA9IChzY2hlbWEuYW55T2YgYXMgSnNvblNjaGVtYVtdKS5tYXAoY29tcGlsZUZhc3RDaGVjayk7XG4gICAgcmV0dXJuICh2YWx1ZSkgPT4gbWVtYmVycy5zb21lKChtZW1iZXIpID0+IG1lbWJlcih2YWx1ZSkpO1xuICB9XG4gIC8vIG9uZU9mIG5lZWRzIFwiZXhhY3RseSBvbmUgbWF0Y2hlc1wiLCB3aGljaCBcImNlcnRhaW5seSBhY2NlcHRzXCIgY2hlY2tzIGNhbm5vdCB0ZWxsOiB1c2Ugem9kLlxuICBpZiAoc2NoZW1hLm9uZU9mICE9PSB1bmRlZmluZWQpIHJldHVybiBuZXZlcjtcbiAgaWYgKHNjaGVtYS50eXBlID09PSB1bmRlZmluZWQpIHJldHVybiBhbHdheXM7XG4gIGNvbnN0IHR5cGVzID0gQXJyYXkuaXNBcnJheShzY2hlbWEudHlwZSkgPyAoc2NoZW1hLnR5cGUgYXMgc3RyaW5nW10pIDogW3NjaGVtYS50eXBlIGFzIHN0cmluZ107XG4gIGNvbnN0IG51bGxhYmxlID0gdHlwZXMuaW5jbHVkZXMoJ251bGwnKTtcbiAgY29uc3QgbWVtYmVycyA9IHR5cGVzLmZpbHRlcigodCkgPT4gdCAhPT0gJ251bGwnKS5tYXAoKHQpID0+IHR5cGVkKHQsIHNjaGVtYSkpO1xuICBpZiAobWVtYmVycy5sZW5ndGggPT09IDApIHJldHVybiAodmFsdWUpID0+IHZhbHVlID09PSBudWxsO1xuICBjb25zdCBiYXNlID0gbWVtYmVycy5sZW5ndGggPT09IDEgPyBtZW1iZXJzWzBdISA6ICh2YWx1ZTogdW5rbm93bikgPT4gbWVtYmVycy5zb21lKChtZW1iZXIpID0+IG1lbWJlcih2YWx1ZSkpO1xuICByZXR1cm4gbnVsbGFibGUgPyAodmFsdWUpID0+IHZhbHVlID09PSBudWxsIHx8IGJhc2UodmFsdWUpIDogYmFzZTtcbn1cblxuZnVuY3Rpb24gdHlwZWQodHlwZTogc3RyaW5nLCBzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBzd2l0Y2ggKHR5cGUpIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgcmV0dXJuIHN0cmluZ0NoZWNrKHNjaGVtYSk7XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdpbnRlZ2VyJzpcbiAgICAgIHJldHVybiBudW1iZXJDaGVjayh0eXBlLCBzY2hlbWEpO1xuICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgICAgcmV0dXJuICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbic7XG4gICAgY2FzZSAnYXJyYXknOlxuICAgICAgcmV0dXJuIGFycmF5Q2hlY2soc2NoZW1hKTtcbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgcmV0dXJuIG9iamVjdENoZWNrKHNjaGVtYSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBuZXZlcjtcbiAgfVxufVxuXG5mdW5jdGlvbiBzdHJpbmdDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBjb25zdCBtaW4gPSB0eXBlb2Ygc2NoZW1hLm1pbkxlbmd0aCA9PT0gJ251bWJlcicgPyBzY2hlbWEubWluTGVuZ3RoIDogMDtcbiAgY29uc3QgbWF4ID0gdHlwZW9mIHNjaGVtYS5tYXhMZW5ndGggPT09ICdudW1iZXInID8gc2NoZW1hLm1heExlbmd0aCA6IE51bWJlci5QT1NJVElWRV9JTkZJTklUWTtcbiAgY29uc3QgcGF0dGVybiA9IHR5cGVvZiBzY2hlbWEucGF0dGVybiA9PT0gJ3N0cmluZycgPyBjb21waWxlUGF0dGVybihzY2hlbWEucGF0dGVybikgOiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLnBhdHRlcm4gPT09ICdzdHJpbmcnICYmIHBhdHRlcm4gPT09IHVuZGVmaW5lZCkgcmV0dXJuIG5ldmVyO1xuICBpZiAocGF0dGVybiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyAmJiB2YWx1ZS5sZW5ndGggPj0gbWluICYmIHZhbHVlLmxlbmd0aCA8PSBtYXggJiYgcGF0dGVybi50ZXN0KHZhbHVlKTtcbiAgfVxuICBpZiAobWluID09PSAwICYmIG1heCA9PT0gTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZKSByZXR1cm4gKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnO1xuICByZXR1cm4gKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmIHZhbHVlLmxlbmd0aCA+PSBtaW4gJiYgdmFsdWUubGVuZ3RoIDw9IG1heDtcbn1cblxuZnVuY3Rpb24gbnVtYmVyQ2hlY2sodHlwZTogJ251bWJlcicgfCAnaW50ZWdlcicsIHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIGNvbnN0IGJvdW5kID0gKGtleTogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyKTogbnVtYmVyID0+XG4gICAgdHlwZW9mIHNjaGVtYVtrZXldID09PSAnbnVtYmVyJyA/IChzY2hlbWFba2V5XSBhcyBudW1iZXIpIDogZmFsbGJhY2s7XG4gIGNvbnN0IG1pbiA9IGJvdW5kKCdtaW5pbXVtJywgTnVtYmVyLk5FR0FUSVZFX0lORklOSVRZKTtcbiAgY29uc3QgbWF4ID0gYm91bmQoJ21heGltdW0nLCBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkpO1xuICBjb25zdCBhYm92ZSA9IGJvdW5kKCdleGNsdXNpdmVNaW5pbXVtJywgTnVtYmVyLk5FR0FUSVZFX0lORklOSVRZKTtcbiAgY29uc3QgYmVsb3cgPSBib3VuZCgnZXhjbHVzaXZlTWF4aW11bScsIE51bWJlci5QT1NJVElWRV9JTkZJTklUWSk7XG4gIGNvbnN0IHN0ZXAgPSB0eXBlb2Ygc2NoZW1hLm11bHRpcGxlT2YgPT09ICdudW1iZXInID8gc2NoZW1hLm11bHRpcGxlT2YgOiB1bmRlZmluZWQ7XG4gIC8vIHpvZCdzIGZsb2F0LXNhZmUgcmVtYWluZGVyIGlzIG9ubHkgY2VydGFpbmx5IG1hdGNoZWQgZm9yIHdob2xlIG51bWJlcnMuXG4gIGlmIChzdGVwICE9PSB1bmRlZmluZWQgJiYgIU51bWJlci5pc1NhZmVJbnRlZ2VyKHN0ZXApKSByZXR1cm4gbmV2ZXI7XG4gIGNvbnN0IGtpbmQ6IEZhc3RDaGVjayA9XG4gICAgdHlwZSA9PT0gJ2ludGVnZXInXG4gICAgICA/ICh2YWx1ZSkgPT4gTnVtYmVyLmlzU2FmZUludGVnZXIodmFsdWUpXG4gICAgICA6ICh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBOdW1iZXIuaXNGaW5pdGUodmFsdWUpO1xuICByZXR1cm4gKHZhbHVlKSA9PlxuICAgIGtpbmQodmFsdWUpICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPj0gbWluICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPD0gbWF4ICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPiBhYm92ZSAmJlxuICAgICh2YWx1ZSBhcyBudW1iZXIpIDwgYmVsb3cgJiZcbiAgICAoc3RlcCA9PT0gdW5kZWZpbmVkIHx8IChOdW1iZXIuaXNTYWZlSW50ZWdlcih2YWx1ZSkgJiYgKHZhbHVlIGFzIG51bWJlcikgJSBzdGVwID09PSAwKSk7XG59XG5cbmZ1bmN0aW9uIGFycmF5Q2hlY2soc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgY29uc3QgaXRlbSA9IHNjaGVtYS5pdGVtcyA9PT0gdW5kZWZpbmVkID8gYWx3YXlzIDogY29tcGlsZUZhc3RDaGVjayhzY2hlbWEuaXRlbXMgYXMgSnNvblNjaGVtYSk7XG4gIGNvbnN0IG1pbiA9IHR5cGVvZiBzY2hlbWEubWluSXRlbXMgPT09ICdudW1iZXInID8gc2NoZW1hLm1pbkl0ZW1zIDogMDtcbiAgY29uc3QgbWF4ID0gdHlwZW9mIHNjaGVtYS5tYXhJdGVtcyA9PT0gJ251bWJlcicgPyBzY2hlbWEubWF4SXRlbXMgOiBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFk7XG4gIHJldHVybiAodmFsdWUpID0+IHtcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWUpIHx8IHZhbHVlLmxlbmd0aCA8IG1pbiB8fCB2YWx1ZS5sZW5ndGggPiBtYXgpIHJldHVybiBmYWxzZTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHZhbHVlLmxlbmd0aDsgaSsrKSBpZiAoIWl0ZW0odmFsdWVbaV0pKSByZXR1cm4gZmFsc2U7XG4gICAgcmV0dXJuIHRydWU7XG4gIH07XG59XG5cbi8qKiBQcm9wZXJ0aWVzIHRoZSBvYmplY3QgY2hlY2sgdmlzaXRzLCBpbiBkZWNsYXJhdGlvbiBvcmRlci4gKi9cbmludGVyZmFjZSBQcm9wZXJ0eUNoZWNrIHtcbiAgcmVhZG9ubHkga2V5OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJlcXVpcmVkOiBib29sZWFuO1xuICByZWFkb25seSBjaGVjazogRmFzdENoZWNrO1xufVxuXG5mdW5jdGlvbiBvYmplY3RDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBjb25zdCByZXF1aXJlZE5hbWVzID0gbmV3IFNldCgoc2NoZW1hLnJlcXVpcmVkID8/IFtdKSBhcyBzdHJpbmdbXSk7XG4gIGNvbnN0IHByb3BlcnRpZXM6IFByb3BlcnR5Q2hlY2tbXSA9IE9iamVjdC5lbnRyaWVzKChzY2hlbWEucHJvcGVydGllcyA/PyB7fSkgYXMgUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4pLm1hcChcbiAgICAoW2tleSwgcHJvcGVydHldKSA9PiAoeyBrZXksIHJlcXVpcmVkOiByZXF1aXJlZE5hbWVzLmhhcyhrZXkpLCBjaGVjazogY29tcGlsZUZhc3RDaGVjayhwcm9wZXJ0eSkgfSksXG4gICk7XG4gIGNvbnN0IGRlY2xhcmVkOiBSZWNvcmQ8c3RyaW5nLCB0cnVlPiA9IE9iamVjdC5jcmVhdGUobnVsbCk7XG4gIGZvciAoY29uc3QgeyBrZXkgfSBvZiBwcm9wZXJ0aWVzKSBkZWNsYXJlZFtrZXldID0gdHJ1ZTtcbiAgY29uc3QgZXh0cmEgPSBzY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIGNvbnN0IG1vZGUgPSBleHRyYSA9PT0gZmFsc2UgPyAnc3RyaWN0JyA6IGV4dHJhID09PSB1bmRlZmluZWQgfHwgZXh0cmEgPT09IHRydWUgPyAnbG9vc2UnIDogJ2NhdGNoYWxsJztcbiAgY29uc3QgZXh0cmFDaGVjayA9IG1vZGUgPT09ICdjYXRjaGFsbCcgPyBjb21waWxlRmFzdENoZWNrKGV4dHJhIGFzIEpzb25TY2hlbWEpIDogYWx3YXlzO1xuICBjb25zdCBjb3VudCA9IHByb3BlcnRpZXMubGVuZ3RoO1xuXG4gIHJldHVybiAodmFsdWUpID0+IHtcbiAgICBpZiAodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyB8fCB2YWx1ZSA9PT0gbnVsbCB8fCBBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgICBpZiAocHJvdG8gIT09IE9iamVjdC5wcm90b3R5cGUgJiYgcHJvdG8gIT09IG51bGwpIHJldHVybiBmYWxzZTtcbiAgICBjb25zdCByZWNvcmQgPSB2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICBsZXQgcHJlc2VudCA9IDA7XG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSB7XG4gICAgICBjb25zdCBwcm9wZXJ0eSA9IHByb3BlcnRpZXNbaV0hO1xuICAgICAgY29uc3QgaXRlbSA9IHJlY29yZFtwcm9wZXJ0eS5rZXldO1xuICAgICAgaWYgKGl0ZW0gPT09IHVuZGVmaW5lZCkge1xuICAgICAgICBpZiAocHJvcGVydHkucmVxdWlyZWQpIHJldHVybiBmYWxzZTtcbiAgICAgICAgaWYgKE9iamVjdC5oYXNPd24ocmVjb3JkLCBwcm9wZXJ0eS5rZXkpKSBwcmVzZW50Kys7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKCFwcm9wZXJ0eS5jaGVjayhpdGVtKSkgcmV0dXJuIGZhbHNlO1xuICAgICAgcHJlc2VudCsrO1xuICAgIH1cbiAgICBpZiAobW9kZSA9PT0gJ2xvb3NlJykgcmV0dXJuIHRydWU7XG4gICAgaWYgKG1vZGUgPT09ICdzdHJpY3QnKSB7XG4gICAgICBsZXQga2V5cyA9IDA7XG4gICAgICBmb3IgKGNvbnN0IF8gaW4gcmVjb3JkKSBrZXlzKys7XG4gICAgICByZXR1cm4ga2V5cyA9PT0gcHJlc2VudDtcbiAgICB9XG4gICAgZm9yIChjb25zdCBrZXkgaW4gcmVjb3JkKSB7XG4gICAgICBpZiAoZGVjbGFyZWRba2V5XSAhPT0gdHJ1ZSAmJiAoa2V5ID09PSAnX19wcm90b19fJyB8fCAhZXh0cmFDaGVjayhyZWNvcmRba2V5XSkpKSByZXR1cm4gZmFsc2U7XG4gICAgfVxuICAgIHJldHVybiB0cnVlO1xuICB9O1xufVxuIiwgIi8qKlxuICogSlNPTiBTY2hlbWEgXHUyMTkyIFR5cGVTY3JpcHQgdHlwZSB0ZXh0LCBmb3IgYHByb21wdG9wcyB0eXBlZ2VuYCBhbmQgZm9yIGVycm9yIG1lc3NhZ2VzLlxuICpcbiAqIERldGVybWluaXN0aWM6IHRoZSBzYW1lIHNjaGVtYSBhbHdheXMgZ2l2ZXMgdGhlIHNhbWUgdGV4dC4gT2JqZWN0cyBsaXN0IHByb3BlcnRpZXMgaW5cbiAqIGRlY2xhcmF0aW9uIG9yZGVyLCBvbmUgcGVyIGxpbmUsIHdpdGggZGVzY3JpcHRpb25zIGFzIFRTRG9jIGNvbW1lbnRzOyBhIHByb3BlcnR5IG5vdCBpblxuICogYHJlcXVpcmVkYCBpcyBgPzpgOyBgJ251bGwnYCBpbiBhIHR5cGUgbGlzdCAoaG93IFBpY29zY2hlbWEgd3JpdGVzIGFuIG9wdGlvbmFsIGZpZWxkKSBhZGRzXG4gKiBgfCBudWxsYDsgZW51bXMgYW5kIGNvbnN0cyBhcmUgdW5pb25zIG9mIGxpdGVyYWxzOyBhcnJheXMgYXJlIGBBcnJheTxcdTIwMjY+YDsgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYFxuICogd2l0aCBhIHNjaGVtYSBpcyBhbiBpbmRleCBzaWduYXR1cmU7IGEgc2NoZW1hIHdpdGhvdXQgYSB0eXBlIChQaWNvc2NoZW1hIGBhbnlgKSBpcyBgdW5rbm93bmAuXG4gKiBLZXl3b3JkcyBpdCBkb2VzIG5vdCBtb2RlbCAoYCRyZWZgLCBgbm90YCwgXHUyMDI2KSBnaXZlIGB1bmtub3duYCByYXRoZXIgdGhhbiBhIHdyb25nIHR5cGUuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGlzUGxhaW5SZWNvcmQgfSBmcm9tICcuL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbmNvbnN0IElERU5USUZJRVIgPSAvXltBLVphLXpfJF1bQS1aYS16MC05XyRdKiQvO1xuY29uc3QgSU5ERU5UID0gJyAgJztcblxuLyoqXG4gKiBUaGUgVHlwZVNjcmlwdCB0eXBlIG9mIHZhbHVlcyB0aGF0IGZpdCBgc2NoZW1hYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGpzb25TY2hlbWFUb1R5cGVTY3JpcHQoe1xuICogICB0eXBlOiAnb2JqZWN0JyxcbiAqICAgcHJvcGVydGllczogeyBjdXN0b21lcjogeyB0eXBlOiAnc3RyaW5nJywgZGVzY3JpcHRpb246ICdmaXJzdCBuYW1lJyB9LCB0b25lOiB7IGVudW06IFsnZm9ybWFsJywgbnVsbF0gfSB9LFxuICogICByZXF1aXJlZDogWydjdXN0b21lciddLFxuICogfSk7XG4gKiAvLyAne1xcbiAgLyoqIGZpcnN0IG5hbWUgKlxcL1xcbiAgY3VzdG9tZXI6IHN0cmluZztcXG4gIHRvbmU/OiBcImZvcm1hbFwiIHwgbnVsbDtcXG59J1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBqc29uU2NoZW1hVG9UeXBlU2NyaXB0KHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBzdHJpbmcge1xuICByZXR1cm4gcmVuZGVyKHNjaGVtYSwgJycsIGZhbHNlKTtcbn1cblxuLyoqXG4gKiBPbmUtbGluZSB0eXBlIHRleHQgZm9yIG1lc3NhZ2VzLCBlLmcuIGBzdHJpbmdgLCBgaW50ZWdlcmAsIGBcImZvcm1hbFwiIHwgXCJmcmllbmRseVwiIHwgbnVsbGA7IGxvbmcgdHlwZXNcbiAqIGFyZSBjdXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbmxpbmVUeXBlVGV4dChzY2hlbWE6IEpzb25TY2hlbWEpOiBzdHJpbmcge1xuICBjb25zdCB0ZXh0ID0gcmVuZGVyKHNjaGVtYSwgJycsIHRydWUpO1xuICByZXR1cm4gdGV4dC5sZW5ndGggPiA4MCA/IGAke3RleHQuc2xpY2UoMCwgNzcpfS4uLmAgOiB0ZXh0O1xufVxuXG5mdW5jdGlvbiByZW5kZXIoc2NoZW1hOiB1bmtub3duLCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nIHtcbiAgcmV0dXJuIG1lbWJlcnMoc2NoZW1hLCBpbmRlbnQsIGlubGluZSkuam9pbignIHwgJyk7XG59XG5cbi8qKiBUaGUgbWVtYmVycyBvZiB0aGUgdW5pb24gdHlwZSBvZiBgc2NoZW1hYCwgd2l0aG91dCBkdXBsaWNhdGVzOyBgdW5rbm93bmAgYWJzb3JicyB0aGUgcmVzdC4gKi9cbmZ1bmN0aW9uIG1lbWJlcnMoc2NoZW1hOiB1bmtub3duLCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQgPSBbLi4ubmV3IFNldChyYXdNZW1iZXJzKHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpKV07XG4gIHJldHVybiBvdXQuaW5jbHVkZXMoJ3Vua25vd24nKSA/IFsndW5rbm93biddIDogb3V0O1xufVxuXG5mdW5jdGlvbiByYXdNZW1iZXJzKHNjaGVtYTogdW5rbm93biwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZ1tdIHtcbiAgaWYgKHNjaGVtYSA9PT0gZmFsc2UpIHJldHVybiBbJ25ldmVyJ107XG4gIGlmICghaXNQbGFpblJlY29yZChzY2hlbWEpKSByZXR1cm4gWyd1bmtub3duJ107XG4gIGlmIChzY2hlbWEuY29uc3QgIT09IHVuZGVmaW5lZCkgcmV0dXJuIFtsaXRlcmFsKHNjaGVtYS5jb25zdCldO1xuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuZW51bSkpIHJldHVybiBzY2hlbWEuZW51bS5tYXAobGl0ZXJhbCk7XG4gIGZvciAoY29uc3Qga2V5IG9mIFsnYW55T2YnLCAnb25lT2YnXSBhcyBjb25zdCkge1xuICAgIGNvbnN0IGFsdGVybmF0aXZlcyA9IHNjaGVtYVtrZXldO1xuICAgIGlmIChBcnJheS5pc0FycmF5KGFsdGVybmF0aXZlcykgJiYgYWx0ZXJuYXRpdmVzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IGJhc2UgPSB3aXRob3V0S2V5cyhzY2hlbWEsIFtrZXksICdudWxsYWJsZSddKTtcbiAgICAgIGNvbnN0IG91dCA9IGFsdGVybmF0aXZlcy5mbGF0TWFwKChtZW1iZXIpID0+IG1lbWJlcnMoeyAuLi5iYXNlLCAuLi5hc1JlY29yZChtZW1iZXIpIH0sIGluZGVudCwgaW5saW5lKSk7XG4gICAgICByZXR1cm4gc2NoZW1hLm51bGxhYmxlID09PSB0cnVlID8gWy4uLm91dCwgJ251bGwnXSA6IG91dDtcbiAgICB9XG4gIH1cbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmFsbE9mKSAmJiBzY2hlbWEuYWxsT2YubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IGJhc2UgPSB3aXRob3V0S2V5cyhzY2hlbWEsIFsnYWxsT2YnXSk7XG4gICAgY29uc3QgcGFydHMgPSBbYmFzZSwgLi4uc2NoZW1hLmFsbE9mXVxuICAgICAgLmZpbHRlcigocGFydCkgPT4gIWlzRW1wdHlBbm5vdGF0aW9uKHBhcnQpKVxuICAgICAgLm1hcCgocGFydCkgPT4gbWVtYmVycyhwYXJ0LCBpbmRlbnQsIGlubGluZSkpXG4gICAgICAubWFwKCh1bmlvbikgPT4gKHVuaW9uLmxlbmd0aCA+IDEgPyBgKCR7dW5pb24uam9pbignIHwgJyl9KWAgOiB1bmlvblswXSEpKTtcbiAgICBjb25zdCB1bmlxdWUgPSBbLi4ubmV3IFNldChwYXJ0cyldLmZpbHRlcigocGFydCkgPT4gcGFydCAhPT0gJ3Vua25vd24nKTtcbiAgICByZXR1cm4gW3VuaXF1ZS5sZW5ndGggPT09IDAgPyAndW5rbm93bicgOiB1bmlxdWUuam9pbignICYgJyldO1xuICB9XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgY29uc3QgdHlwZXMgPSBBcnJheS5pc0FycmF5KHR5cGUpID8gdHlwZSA6IHR5cGUgPT09IHVuZGVmaW5lZCA/IGluZmVyVHlwZXMoc2NoZW1hKSA6IFt0eXBlXTtcbiAgaWYgKHR5cGVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIFsndW5rbm93biddO1xuICBjb25zdCBvdXQgPSB0eXBlcy5tYXAoKHQpID0+IHR5cGVkKFN0cmluZyh0KSwgc2NoZW1hLCBpbmRlbnQsIGlubGluZSkpO1xuICBpZiAoc2NoZW1hLm51bGxhYmxlID09PSB0cnVlKSBvdXQucHVzaCgnbnVsbCcpO1xuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBpbmZlclR5cGVzKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBzdHJpbmdbXSB7XG4gIGlmIChzY2hlbWEucHJvcGVydGllcyAhPT0gdW5kZWZpbmVkIHx8IHNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gWydvYmplY3QnXTtcbiAgaWYgKHNjaGVtYS5pdGVtcyAhPT0gdW5kZWZpbmVkIHx8IHNjaGVtYS5wcmVmaXhJdGVtcyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gWydhcnJheSddO1xuICByZXR1cm4gW107XG59XG5cbmZ1bmN0aW9uIHR5cGVkKHR5cGU6IHN0cmluZywgc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZyB7XG4gIHN3aXRjaCAodHlwZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICBjYXNlICdudWxsJzpcbiAgICAgIHJldHVybiB0eXBlO1xuICAgIGNhc2UgJ2ludGVnZXInOlxuICAgICAgLy8gTWVzc2FnZXMgc2F5IHdoYXQgSlNPTiBTY2hlbWEgc2F5czsgVHlwZVNjcmlwdCBoYXMgbm8gaW50ZWdlciB0eXBlLlxuICAgICAgcmV0dXJuIGlubGluZSA/ICdpbnRlZ2VyJyA6ICdudW1iZXInO1xuICAgIGNhc2UgJ2FycmF5JzpcbiAgICAgIHJldHVybiBhcnJheVR5cGUoc2NoZW1hLCBpbmRlbnQsIGlubGluZSk7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiBvYmplY3RUeXBlKHNjaGVtYSwgaW5kZW50LCBpbmxpbmUpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gJ3Vua25vd24nO1xuICB9XG59XG5cbmZ1bmN0aW9uIGFycmF5VHlwZShzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nIHtcbiAgY29uc3QgdHVwbGUgPSBBcnJheS5pc0FycmF5KHNjaGVtYS5wcmVmaXhJdGVtcylcbiAgICA/IHNjaGVtYS5wcmVmaXhJdGVtc1xuICAgIDogQXJyYXkuaXNBcnJheShzY2hlbWEuaXRlbXMpXG4gICAgICA/IHNjaGVtYS5pdGVtc1xuICAgICAgOiB1bmRlZmluZWQ7XG4gIGlmICh0dXBsZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYFske3R1cGxlLm1hcCgoaXRlbSkgPT4gcmVuZGVyKGl0ZW0sIGluZGVudCwgaW5saW5lKSkuam9pbignLCAnKX1dYDtcbiAgcmV0dXJuIGBBcnJheTwke3NjaGVtYS5pdGVtcyA9PT0gdW5kZWZpbmVkID8gJ3Vua25vd24nIDogcmVuZGVyKHNjaGVtYS5pdGVtcywgaW5kZW50LCBpbmxpbmUpfT5gO1xufVxuXG5mdW5jdGlvbiBvYmplY3RUeXBlKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmcge1xuICBjb25zdCBwcm9wZXJ0aWVzID0gaXNQbGFpblJlY29yZChzY2hlbWEucHJvcGVydGllcykgPyBzY2hlbWEucHJvcGVydGllcyA6IHt9O1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQoQXJyYXkuaXNBcnJheShzY2hlbWEucmVxdWlyZWQpID8gc2NoZW1hLnJlcXVpcmVkIDogW10pO1xuICBjb25zdCBuYW1lcyA9IE9iamVjdC5rZXlzKHByb3BlcnRpZXMpO1xuICBjb25zdCBleHRyYSA9IHNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcztcbiAgY29uc3QgaW5uZXIgPSBpbmRlbnQgKyBJTkRFTlQ7XG4gIGNvbnN0IGxpbmVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCBtZW1iZXJUeXBlczogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIG5hbWVzKSB7XG4gICAgY29uc3Qgb3B0aW9uYWwgPSAhcmVxdWlyZWQuaGFzKG5hbWUpO1xuICAgIGNvbnN0IHRleHQgPSByZW5kZXIocHJvcGVydGllc1tuYW1lXSwgaW5uZXIsIGlubGluZSk7XG4gICAgbWVtYmVyVHlwZXMucHVzaCguLi5tZW1iZXJzKHByb3BlcnRpZXNbbmFtZV0sIGlubmVyLCBpbmxpbmUpKTtcbiAgICBpZiAob3B0aW9uYWwpIG1lbWJlclR5cGVzLnB1c2goJ3VuZGVmaW5lZCcpO1xuICAgIGNvbnN0IHByb3BlcnR5ID0gcHJvcGVydGllc1tuYW1lXTtcbiAgICBjb25zdCBkZXNjcmlwdGlvbiA9XG4gICAgICBpc1BsYWluUmVjb3JkKHByb3BlcnR5KSAmJiB0eXBlb2YgcHJvcGVydHkuZGVzY3JpcHRpb24gPT09ICdzdHJpbmcnID8gcHJvcGVydHkuZGVzY3JpcHRpb24gOiB1bmRlZmluZWQ7XG4gICAgY29uc3QgZG9jID0gaW5saW5lIHx8IGRlc2NyaXB0aW9uID09PSB1bmRlZmluZWQgPyAnJyA6IGRvY0NvbW1lbnQoZGVzY3JpcHRpb24sIGlubmVyKTtcbiAgICBsaW5lcy5wdXNoKGAke2RvY30ke3Byb3BlcnR5S2V5KG5hbWUpfSR7b3B0aW9uYWwgPyAnPycgOiAnJ306ICR7dGV4dH07YCk7XG4gIH1cbiAgbGV0IGluZGV4VHlwZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBpZiAoZXh0cmEgIT09IHVuZGVmaW5lZCAmJiBleHRyYSAhPT0gZmFsc2UgJiYgIShuYW1lcy5sZW5ndGggPT09IDAgJiYgZXh0cmEgPT09IHRydWUpKSB7XG4gICAgaW5kZXhUeXBlID0gcmVuZGVyKGV4dHJhLCBpbm5lciwgaW5saW5lKTtcbiAgICAvLyBFdmVyeSBkZWNsYXJlZCBwcm9wZXJ0eSBtdXN0IGZpdCB0aGUgaW5kZXggc2lnbmF0dXJlLlxuICAgIGlmIChpbmRleFR5cGUgIT09ICd1bmtub3duJyAmJiBuYW1lcy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBhbGwgPSBuZXcgU2V0KFtpbmRleFR5cGUsIC4uLm1lbWJlclR5cGVzXSk7XG4gICAgICBpbmRleFR5cGUgPSBhbGwuaGFzKCd1bmtub3duJykgPyAndW5rbm93bicgOiBbLi4uYWxsXS5qb2luKCcgfCAnKTtcbiAgICB9XG4gIH1cbiAgaWYgKG5hbWVzLmxlbmd0aCA9PT0gMCkge1xuICAgIGlmIChleHRyYSA9PT0gZmFsc2UpIHJldHVybiAnUmVjb3JkPHN0cmluZywgbmV2ZXI+JztcbiAgICBpZiAoZXh0cmEgPT09IHVuZGVmaW5lZCB8fCBleHRyYSA9PT0gdHJ1ZSkgcmV0dXJuICdSZWNvcmQ8c3RyaW5nLCB1bmtub3duPic7XG4gICAgcmV0dXJuIGBSZWNvcmQ8c3RyaW5nLCAke3JlbmRlcihleHRyYSwgaW5kZW50LCBpbmxpbmUpfT5gO1xuICB9XG4gIGlmIChpbmRleFR5cGUgIT09IHVuZGVmaW5lZCkgbGluZXMucHVzaChgW2tleTogc3RyaW5nXTogJHtpbmRleFR5cGV9O2ApO1xuICBpZiAoaW5saW5lKSByZXR1cm4gYHsgJHtsaW5lcy5qb2luKCcgJyl9IH1gO1xuICByZXR1cm4gYHtcXG4ke2xpbmVzLm1hcCgobGluZSkgPT4gYCR7aW5uZXJ9JHtsaW5lfWApLmpvaW4oJ1xcbicpfVxcbiR7aW5kZW50fX1gO1xufVxuXG5mdW5jdGlvbiBkb2NDb21tZW50KGRlc2NyaXB0aW9uOiBzdHJpbmcsIGluZGVudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbGluZXMgPSBkZXNjcmlwdGlvbi5yZXBsYWNlKC9cXCpcXC8vZywgJypcXFxcLycpLnNwbGl0KC9cXHI/XFxuLyk7XG4gIGlmIChsaW5lcy5sZW5ndGggPT09IDEpIHJldHVybiBgLyoqICR7bGluZXNbMF19ICovXFxuJHtpbmRlbnR9YDtcbiAgcmV0dXJuIGAvKipcXG4ke2xpbmVzLm1hcCgobGluZSkgPT4gYCR7aW5kZW50fSAqJHtsaW5lID09PSAnJyA/ICcnIDogYCAke2xpbmV9YH1gKS5qb2luKCdcXG4nKX1cXG4ke2luZGVudH0gKi9cXG4ke2luZGVudH1gO1xufVxuXG5mdW5jdGlvbiBwcm9wZXJ0eUtleShuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gSURFTlRJRklFUi50ZXN0KG5hbWUpID8gbmFtZSA6IEpTT04uc3RyaW5naWZ5KG5hbWUpO1xufVxuXG5mdW5jdGlvbiBsaXRlcmFsKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKVxuICAgIHJldHVybiBKU09OLnN0cmluZ2lmeSh2YWx1ZSk7XG4gIHJldHVybiAndW5rbm93bic7XG59XG5cbmZ1bmN0aW9uIGFzUmVjb3JkKHZhbHVlOiB1bmtub3duKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICByZXR1cm4gaXNQbGFpblJlY29yZCh2YWx1ZSkgPyB2YWx1ZSA6IHt9O1xufVxuXG5mdW5jdGlvbiB3aXRob3V0S2V5cyhzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBrZXlzOiByZWFkb25seSBzdHJpbmdbXSk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtrZXksIHZhbHVlXSBvZiBPYmplY3QuZW50cmllcyhzY2hlbWEpKSBpZiAoIWtleXMuaW5jbHVkZXMoa2V5KSkgb3V0W2tleV0gPSB2YWx1ZTtcbiAgcmV0dXJuIG91dDtcbn1cblxuY29uc3QgQU5OT1RBVElPTlMgPSBuZXcgU2V0KFtcbiAgJ2Rlc2NyaXB0aW9uJyxcbiAgJ3RpdGxlJyxcbiAgJ2RlZmF1bHQnLFxuICAnZXhhbXBsZXMnLFxuICAnJHNjaGVtYScsXG4gICckaWQnLFxuICAnJGNvbW1lbnQnLFxuICAnJGRlZnMnLFxuICAnZGVmaW5pdGlvbnMnLFxuXSk7XG5cbmZ1bmN0aW9uIGlzRW1wdHlBbm5vdGF0aW9uKHNjaGVtYTogdW5rbm93bik6IGJvb2xlYW4ge1xuICByZXR1cm4gaXNQbGFpblJlY29yZChzY2hlbWEpICYmIE9iamVjdC5rZXlzKHNjaGVtYSkuZXZlcnkoKGtleSkgPT4gQU5OT1RBVElPTlMuaGFzKGtleSkpO1xufVxuIiwgIi8qKlxuICogem9kIGlzc3VlcyBcdTIxOTIge0BsaW5rIFByb21wdElucHV0SXNzdWV9cyBpbiBwbGFpbiB3b3JkczogYG1pc3NpbmcgcmVxdWlyZWQgdmFyaWFibGUgXCJjdXN0b21lclwiIChzdHJpbmcpYCxcbiAqIGBleHBlY3RlZCBvbmUgb2YgXCJmb3JtYWxcIiwgXCJmcmllbmRseVwiLCBnb3Qgc3RyaW5nIFwicnVkZVwiYCwgYHVua25vd24gdmFyaWFibGUgXCJjdXN0bWVyXCI7IGRpZCB5b3UgbWVhbiBcImN1c3RvbWVyXCI/YC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0SW5wdXRJc3N1ZSB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUgfSBmcm9tICcuL3N1Z2dlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5pbXBvcnQgeyBpbmxpbmVUeXBlVGV4dCB9IGZyb20gJy4vdHlwZXNjcmlwdC5qcyc7XG5cbnR5cGUgUGF0aCA9IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgbnVtYmVyPjtcblxuLyoqXG4gKiBUcmFuc2xhdGUgdGhlIGlzc3VlcyBvZiBhIGZhaWxlZCB6b2QgcGFyc2Ugb2YgYGlucHV0YCBhZ2FpbnN0IHRoZSB6b2QgZm9ybSBvZiBgc2NoZW1hYC5cbiAqIE9yZGVyIGlzIGtlcHQgKHpvZCByZXBvcnRzIGluIHNjaGVtYSBvcmRlciwgdW5rbm93biBrZXlzIG9mIGFuIG9iamVjdCBhZnRlciBpdHMgZGVjbGFyZWQgb25lcykuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzKFxuICBpc3N1ZXM6IHJlYWRvbmx5IHouY29yZS4kWm9kSXNzdWVbXSxcbiAgaW5wdXQ6IHVua25vd24sXG4gIHNjaGVtYTogSnNvblNjaGVtYSxcbik6IFByb21wdElucHV0SXNzdWVbXSB7XG4gIGNvbnN0IG91dDogUHJvbXB0SW5wdXRJc3N1ZVtdID0gW107XG4gIGZvciAoY29uc3QgaXNzdWUgb2YgaXNzdWVzKSB7XG4gICAgY29uc3QgcGF0aDogUGF0aCA9IGlzc3VlLnBhdGgubWFwKChzZWdtZW50KSA9PiAodHlwZW9mIHNlZ21lbnQgPT09ICdzeW1ib2wnID8gU3RyaW5nKHNlZ21lbnQpIDogc2VnbWVudCkpO1xuICAgIGlmIChpc3N1ZS5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnKSB7XG4gICAgICBjb25zdCBwYXJlbnQgPSBzY2hlbWFBdChzY2hlbWEsIHBhdGgpO1xuICAgICAgY29uc3QgZGVjbGFyZWQgPSBwYXJlbnQgPT09IHVuZGVmaW5lZCA/IFtdIDogT2JqZWN0LmtleXMoKHBhcmVudC5wcm9wZXJ0aWVzID8/IHt9KSBhcyBvYmplY3QpO1xuICAgICAgZm9yIChjb25zdCBrZXkgb2YgaXNzdWUua2V5cykgb3V0LnB1c2godW5rbm93bktleUlzc3VlKFsuLi5wYXRoLCBrZXldLCBrZXksIGRlY2xhcmVkKSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgb3V0LnB1c2godHJhbnNsYXRlKGlzc3VlLCBwYXRoLCB2YWx1ZUF0KGlucHV0LCBwYXRoKSwgc2NoZW1hQXQoc2NoZW1hLCBwYXRoKSkpO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHVua25vd25LZXlJc3N1ZShwYXRoOiBQYXRoLCBrZXk6IHN0cmluZywgZGVjbGFyZWQ6IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIGNvbnN0IHdoYXQgPSBwYXRoLmxlbmd0aCA9PT0gMSA/ICd2YXJpYWJsZScgOiAnZmllbGQnO1xuICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChrZXksIGRlY2xhcmVkKTtcbiAgY29uc3QgaGludCA9XG4gICAgZ3Vlc3MgIT09IHVuZGVmaW5lZFxuICAgICAgPyBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2BcbiAgICAgIDogZGVjbGFyZWQubGVuZ3RoID09PSAwXG4gICAgICAgID8gYDsgbm8gJHt3aGF0fXMgYXJlIGRlY2xhcmVkIGhlcmVgXG4gICAgICAgIDogYCAoZGVjbGFyZWQ6ICR7ZGVjbGFyZWQuam9pbignLCAnKX0pYDtcbiAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ3Vua25vd25fa2V5JywgbWVzc2FnZTogYHVua25vd24gJHt3aGF0fSBcIiR7a2V5fVwiOiBpdCBpcyBub3QgaW4gdGhlIGlucHV0IHNjaGVtYSR7aGludH1gIH07XG59XG5cbmZ1bmN0aW9uIHRyYW5zbGF0ZShpc3N1ZTogei5jb3JlLiRab2RJc3N1ZSwgcGF0aDogUGF0aCwgdmFsdWU6IHVua25vd24sIGF0OiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkKTogUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIGNvbnN0IGV4cGVjdGVkID0gYXQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGlubGluZVR5cGVUZXh0KGF0KTtcbiAgY29uc3QgZ290ID0gZGVzY3JpYmVWYWx1ZSh2YWx1ZSk7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkICYmIHBhdGgubGVuZ3RoID4gMCAmJiBpc1R5cGVQcm9ibGVtKGlzc3VlKSkge1xuICAgIGNvbnN0IGxhc3QgPSBwYXRoW3BhdGgubGVuZ3RoIC0gMV0hO1xuICAgIGNvbnN0IHdoYXQgPSB0eXBlb2YgbGFzdCA9PT0gJ251bWJlcicgPyAnaXRlbScgOiBwYXRoLmxlbmd0aCA9PT0gMSA/ICd2YXJpYWJsZScgOiAnZmllbGQnO1xuICAgIGNvbnN0IG5hbWUgPSB0eXBlb2YgbGFzdCA9PT0gJ251bWJlcicgPyBgJHtsYXN0fWAgOiBgXCIke2xhc3R9XCJgO1xuICAgIGNvbnN0IHR5cGUgPSBleHBlY3RlZCA9PT0gdW5kZWZpbmVkIHx8IGV4cGVjdGVkID09PSAndW5rbm93bicgPyAnJyA6IGAgKCR7ZXhwZWN0ZWR9KWA7XG4gICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ21pc3NpbmcnLCBtZXNzYWdlOiBgbWlzc2luZyByZXF1aXJlZCAke3doYXR9ICR7bmFtZX0ke3R5cGV9YCB9O1xuICB9XG4gIHN3aXRjaCAoaXNzdWUuY29kZSkge1xuICAgIGNhc2UgJ2ludmFsaWRfdHlwZSc6IHtcbiAgICAgIGlmIChwYXRoLmxlbmd0aCA9PT0gMClcbiAgICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGBleHBlY3RlZCBhbiBvYmplY3Qgb2YgdmFyaWFibGVzLCBnb3QgJHtnb3R9YCB9O1xuICAgICAgY29uc3Qgd2FudGVkID0gZXhwZWN0ZWQgPz8gKGlzc3VlLmV4cGVjdGVkID09PSAnaW50JyA/ICdpbnRlZ2VyJyA6IGlzc3VlLmV4cGVjdGVkKTtcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgZXhwZWN0ZWQgJHt3YW50ZWR9LCBnb3QgJHtnb3R9YCB9O1xuICAgIH1cbiAgICBjYXNlICdpbnZhbGlkX3ZhbHVlJzoge1xuICAgICAgY29uc3QgdmFsdWVzID0gaXNzdWUudmFsdWVzLm1hcCgodikgPT4gKHR5cGVvZiB2ID09PSAnc3RyaW5nJyA/IEpTT04uc3RyaW5naWZ5KHYpIDogU3RyaW5nKHYpKSk7XG4gICAgICBjb25zdCB3YW50ZWQgPSB2YWx1ZXMubGVuZ3RoID09PSAxID8gdmFsdWVzWzBdIDogYG9uZSBvZiAke3ZhbHVlcy5qb2luKCcsICcpfWA7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF92YWx1ZScsIG1lc3NhZ2U6IGBleHBlY3RlZCAke3dhbnRlZH0sIGdvdCAke2dvdH1gIH07XG4gICAgfVxuICAgIGNhc2UgJ3Rvb19zbWFsbCc6XG4gICAgY2FzZSAndG9vX2JpZyc6XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiBpc3N1ZS5jb2RlLCBtZXNzYWdlOiBgJHtzaXplUnVsZShpc3N1ZSl9LCBnb3QgJHtzaXplT2YoaXNzdWUub3JpZ2luLCB2YWx1ZSwgZ290KX1gIH07XG4gICAgY2FzZSAnaW52YWxpZF9mb3JtYXQnOiB7XG4gICAgICBjb25zdCBwYXR0ZXJuID0gJ3BhdHRlcm4nIGluIGlzc3VlICYmIHR5cGVvZiBpc3N1ZS5wYXR0ZXJuID09PSAnc3RyaW5nJyA/IGlzc3VlLnBhdHRlcm4gOiB1bmRlZmluZWQ7XG4gICAgICBjb25zdCBydWxlID0gcGF0dGVybiA9PT0gdW5kZWZpbmVkID8gYG11c3QgYmUgYSB2YWxpZCAke2lzc3VlLmZvcm1hdH1gIDogYG11c3QgbWF0Y2ggdGhlIHBhdHRlcm4gJHtwYXR0ZXJufWA7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF9mb3JtYXQnLCBtZXNzYWdlOiBgJHtydWxlfSwgZ290ICR7Z290fWAgfTtcbiAgICB9XG4gICAgY2FzZSAnbm90X211bHRpcGxlX29mJzpcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdub3RfbXVsdGlwbGVfb2YnLCBtZXNzYWdlOiBgbXVzdCBiZSBhIG11bHRpcGxlIG9mICR7U3RyaW5nKGlzc3VlLmRpdmlzb3IpfSwgZ290ICR7Z290fWAgfTtcbiAgICBjYXNlICdpbnZhbGlkX3VuaW9uJzoge1xuICAgICAgaWYgKGlzc3VlLmVycm9ycy5sZW5ndGggPT09IDApIHtcbiAgICAgICAgcmV0dXJuIHtcbiAgICAgICAgICBwYXRoLFxuICAgICAgICAgIGNvZGU6ICdpbnZhbGlkX3VuaW9uJyxcbiAgICAgICAgICBtZXNzYWdlOiBgbWF0Y2hlcyBtb3JlIHRoYW4gb25lIG9mIHRoZSBcIm9uZU9mXCIgYWx0ZXJuYXRpdmVzLCBnb3QgJHtnb3R9OyBpdCBtdXN0IG1hdGNoIGV4YWN0bHkgb25lYCxcbiAgICAgICAgfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHdhbnRlZCA9IGV4cGVjdGVkID09PSB1bmRlZmluZWQgPyAnYSB2YWx1ZSBvZiBvbmUgb2YgdGhlIGFsbG93ZWQgdHlwZXMnIDogZXhwZWN0ZWQ7XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF91bmlvbicsIG1lc3NhZ2U6IGBleHBlY3RlZCAke3dhbnRlZH0sIGdvdCAke2dvdH1gIH07XG4gICAgfVxuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZCcsIG1lc3NhZ2U6IGlzc3VlLm1lc3NhZ2UgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiBpc1R5cGVQcm9ibGVtKGlzc3VlOiB6LmNvcmUuJFpvZElzc3VlKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc3N1ZS5jb2RlID09PSAnaW52YWxpZF90eXBlJyB8fCBpc3N1ZS5jb2RlID09PSAnaW52YWxpZF92YWx1ZScgfHwgaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdW5pb24nO1xufVxuXG5mdW5jdGlvbiBzaXplUnVsZShpc3N1ZTogei5jb3JlLiRab2RJc3N1ZVRvb1NtYWxsIHwgei5jb3JlLiRab2RJc3N1ZVRvb0JpZyk6IHN0cmluZyB7XG4gIGNvbnN0IHNtYWxsID0gaXNzdWUuY29kZSA9PT0gJ3Rvb19zbWFsbCc7XG4gIGNvbnN0IGxpbWl0ID0gc21hbGwgPyAoaXNzdWUgYXMgei5jb3JlLiRab2RJc3N1ZVRvb1NtYWxsKS5taW5pbXVtIDogKGlzc3VlIGFzIHouY29yZS4kWm9kSXNzdWVUb29CaWcpLm1heGltdW07XG4gIGNvbnN0IGJvdW5kID0gU3RyaW5nKGxpbWl0KTtcbiAgY29uc3QgaW5jbHVzaXZlID0gaXNzdWUuaW5jbHVzaXZlICE9PSBmYWxzZTtcbiAgc3dpdGNoIChpc3N1ZS5vcmlnaW4pIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgICAgcmV0dXJuIGBtdXN0IGJlICR7c21hbGwgPyAnYXQgbGVhc3QnIDogJ2F0IG1vc3QnfSAke2JvdW5kfSBjaGFyYWN0ZXJzIGxvbmdgO1xuICAgIGNhc2UgJ2FycmF5JzpcbiAgICAgIHJldHVybiBgbXVzdCBoYXZlICR7c21hbGwgPyAnYXQgbGVhc3QnIDogJ2F0IG1vc3QnfSAke2JvdW5kfSBpdGVtc2A7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBgbXVzdCBiZSAke3NtYWxsID8gKGluY2x1c2l2ZSA/ICc+PScgOiAnPicpIDogaW5jbHVzaXZlID8gJzw9JyA6ICc8J30gJHtib3VuZH1gO1xuICB9XG59XG5cbmZ1bmN0aW9uIHNpemVPZihvcmlnaW46IHN0cmluZywgdmFsdWU6IHVua25vd24sIGdvdDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKG9yaWdpbiA9PT0gJ3N0cmluZycgJiYgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIGAke3ZhbHVlLmxlbmd0aH0gY2hhcmFjdGVyc2A7XG4gIGlmIChvcmlnaW4gPT09ICdhcnJheScgJiYgQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiBgJHt2YWx1ZS5sZW5ndGh9IGl0ZW1zYDtcbiAgcmV0dXJuIGdvdDtcbn1cblxuLyoqIFRoZSBpbnB1dCB2YWx1ZSBhdCBgcGF0aGAsIHJlYWRpbmcgb3duIHByb3BlcnRpZXMgb25seS4gKi9cbmZ1bmN0aW9uIHZhbHVlQXQoaW5wdXQ6IHVua25vd24sIHBhdGg6IFBhdGgpOiB1bmtub3duIHtcbiAgbGV0IHZhbHVlID0gaW5wdXQ7XG4gIGZvciAoY29uc3Qgc2VnbWVudCBvZiBwYXRoKSB7XG4gICAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcgfHwgdmFsdWUgPT09IG51bGwgfHwgIU9iamVjdC5oYXNPd24odmFsdWUsIHNlZ21lbnQpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHZhbHVlID0gKHZhbHVlIGFzIFJlY29yZDxzdHJpbmcgfCBudW1iZXIsIHVua25vd24+KVtzZWdtZW50XTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKiBUaGUgKG5vcm1hbGl6ZWQpIHN1Yi1zY2hlbWEgYXQgYHBhdGhgLCB3aGVuIHRoZSBwYXRoIGxlYWRzIHRocm91Z2ggcGxhaW4gb2JqZWN0cyBhbmQgYXJyYXlzLiAqL1xuZnVuY3Rpb24gc2NoZW1hQXQoc2NoZW1hOiBKc29uU2NoZW1hLCBwYXRoOiBQYXRoKTogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCB7XG4gIGxldCBub2RlOiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkID0gc2NoZW1hO1xuICBmb3IgKGNvbnN0IHNlZ21lbnQgb2YgcGF0aCkge1xuICAgIGlmIChub2RlID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgaWYgKHR5cGVvZiBzZWdtZW50ID09PSAnbnVtYmVyJykge1xuICAgICAgbm9kZSA9IG5vZGUuaXRlbXMgYXMgSnNvblNjaGVtYSB8IHVuZGVmaW5lZDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBwcm9wZXJ0aWVzID0gbm9kZS5wcm9wZXJ0aWVzIGFzIFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+IHwgdW5kZWZpbmVkO1xuICAgIGlmIChwcm9wZXJ0aWVzICE9PSB1bmRlZmluZWQgJiYgT2JqZWN0Lmhhc093bihwcm9wZXJ0aWVzLCBzZWdtZW50KSkgbm9kZSA9IHByb3BlcnRpZXNbc2VnbWVudF07XG4gICAgZWxzZSBpZiAodHlwZW9mIG5vZGUuYWRkaXRpb25hbFByb3BlcnRpZXMgPT09ICdvYmplY3QnKSBub2RlID0gbm9kZS5hZGRpdGlvbmFsUHJvcGVydGllcyBhcyBKc29uU2NoZW1hO1xuICAgIGVsc2UgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICByZXR1cm4gbm9kZTtcbn1cbiIsICIvKipcbiAqIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3JzICh6b2QsIHZhbGlib3QsIGFya3R5cGUsIFx1MjAyNiBcdTIwMTQgaHR0cHM6Ly9zdGFuZGFyZHNjaGVtYS5kZXYpIGFzIGlucHV0IHNjaGVtYXMuXG4gKiBAbW9kdWxlXG4gKi9cblxuaW1wb3J0IHR5cGUgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uLCB0eXBlIFByb21wdElucHV0SXNzdWUgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgem9kSXNzdWVzVG9JbnB1dElzc3VlcyB9IGZyb20gJy4vaXNzdWVzLmpzJztcbmltcG9ydCB7IGlzUGxhaW5SZWNvcmQgfSBmcm9tICcuL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHR5cGUgeyBJbnB1dFNjaGVtYSwgSW5wdXRWYWxpZGF0aW9uUmVzdWx0LCBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5pbXBvcnQgeyBqc29uU2NoZW1hVG9UeXBlU2NyaXB0IH0gZnJvbSAnLi90eXBlc2NyaXB0LmpzJztcblxuLyoqIFRoZSBwYXJ0IG9mIHRoZSBTdGFuZGFyZCBTY2hlbWEgdjEgaW50ZXJmYWNlIHRoYXQgcHJvbXB0b3BzIHVzZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIFN0YW5kYXJkU2NoZW1hTGlrZSB7XG4gIHJlYWRvbmx5ICd+c3RhbmRhcmQnOiB7XG4gICAgcmVhZG9ubHkgdmVyc2lvbjogbnVtYmVyO1xuICAgIHJlYWRvbmx5IHZlbmRvcjogc3RyaW5nO1xuICAgIHJlYWRvbmx5IHZhbGlkYXRlOiAodmFsdWU6IHVua25vd24pID0+IFN0YW5kYXJkUmVzdWx0IHwgUHJvbWlzZUxpa2U8U3RhbmRhcmRSZXN1bHQ+O1xuICAgIHJlYWRvbmx5IGpzb25TY2hlbWE/OiB7IHJlYWRvbmx5IGlucHV0PzogKG9wdGlvbnM6IHsgdGFyZ2V0OiBzdHJpbmcgfSkgPT4gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfTtcbiAgfTtcbn1cblxudHlwZSBTdGFuZGFyZFJlc3VsdCA9XG4gIHwgeyByZWFkb25seSB2YWx1ZTogdW5rbm93bjsgcmVhZG9ubHkgaXNzdWVzPzogdW5kZWZpbmVkIH1cbiAgfCB7IHJlYWRvbmx5IGlzc3VlczogUmVhZG9ubHlBcnJheTxTdGFuZGFyZElzc3VlPiB9O1xuXG4vKiogVHJ1ZSB3aGVuIGB2YWx1ZWAgaXMgYSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIChoYXMgYCd+c3RhbmRhcmQnYCB3aXRoIGEgYHZhbGlkYXRlYCBmdW5jdGlvbikuICovXG5leHBvcnQgZnVuY3Rpb24gaXNTdGFuZGFyZFNjaGVtYSh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFN0YW5kYXJkU2NoZW1hTGlrZSB7XG4gIGlmICgodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyAmJiB0eXBlb2YgdmFsdWUgIT09ICdmdW5jdGlvbicpIHx8IHZhbHVlID09PSBudWxsKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHN0YW5kYXJkID0gKHZhbHVlIGFzIHsgJ35zdGFuZGFyZCc/OiB1bmtub3duIH0pWyd+c3RhbmRhcmQnXTtcbiAgcmV0dXJuIGlzUGxhaW5SZWNvcmRPck9iamVjdChzdGFuZGFyZCkgJiYgdHlwZW9mIChzdGFuZGFyZCBhcyB7IHZhbGlkYXRlPzogdW5rbm93biB9KS52YWxpZGF0ZSA9PT0gJ2Z1bmN0aW9uJztcbn1cblxuZnVuY3Rpb24gaXNQbGFpblJlY29yZE9yT2JqZWN0KHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgb2JqZWN0IHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGw7XG59XG5cbi8qKlxuICogVGhlIEpTT04gU2NoZW1hIG9mIGEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvcidzIGlucHV0LCB3aGVuIGl0IGNhbiBzYXk6IHRocm91Z2ggdGhlIFN0YW5kYXJkXG4gKiBKU09OIFNjaGVtYSBpbnRlcmZhY2UgKGAnfnN0YW5kYXJkJy5qc29uU2NoZW1hLmlucHV0YCwgem9kIDQgY2xhc3NpYywgYXJrdHlwZVx1MjAyNiksIGFcbiAqIGB0b0pTT05TY2hlbWEoKWAgbWV0aG9kLCBvciwgZm9yIHpvZC9taW5pIG9iamVjdHMsIHRoZSBrZXlzIG9mIHRoZWlyIHNoYXBlIChlYWNoIHR5cGVkIGB7fWApLlxuICogYHVuZGVmaW5lZGAgd2hlbiBub25lIHdvcmtzLiBOZXZlciB0aHJvd3MuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYShzY2hlbWE6IFN0YW5kYXJkU2NoZW1hTGlrZSk6IEpzb25TY2hlbWEgfCB1bmRlZmluZWQge1xuICBjb25zdCBhdHRlbXB0czogQXJyYXk8KCkgPT4gdW5rbm93bj4gPSBbXG4gICAgKCkgPT4gc2NoZW1hWyd+c3RhbmRhcmQnXS5qc29uU2NoZW1hPy5pbnB1dD8uKHsgdGFyZ2V0OiAnZHJhZnQtMjAyMC0xMicgfSksXG4gICAgKCkgPT4ge1xuICAgICAgY29uc3QgbWV0aG9kID0gKHNjaGVtYSBhcyB7IHRvSlNPTlNjaGVtYT86IHVua25vd24gfSkudG9KU09OU2NoZW1hO1xuICAgICAgcmV0dXJuIHR5cGVvZiBtZXRob2QgPT09ICdmdW5jdGlvbicgPyBtZXRob2QuY2FsbChzY2hlbWEpIDogdW5kZWZpbmVkO1xuICAgIH0sXG4gICAgKCkgPT4gc2hhcGVKc29uU2NoZW1hKHNjaGVtYSksXG4gIF07XG4gIGZvciAoY29uc3QgYXR0ZW1wdCBvZiBhdHRlbXB0cykge1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByZXN1bHQgPSBhdHRlbXB0KCk7XG4gICAgICBpZiAoaXNQbGFpblJlY29yZChyZXN1bHQpKSByZXR1cm4gcmVzdWx0O1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gQ29udmVyc2lvbiBpcyBvcHRpb25hbDogdHJ5IHRoZSBuZXh0IHdheS5cbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIHpvZCBvYmplY3RzIGV4cG9zZSBgLnNoYXBlYDsgb3B0aW9uYWwgbWVtYmVycyBzYXkgc28gaW4gYF96b2Qub3B0aW5gLiAqL1xuZnVuY3Rpb24gc2hhcGVKc29uU2NoZW1hKHNjaGVtYTogU3RhbmRhcmRTY2hlbWFMaWtlKTogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNoYXBlID0gKHNjaGVtYSBhcyB7IHNoYXBlPzogdW5rbm93biB9KS5zaGFwZTtcbiAgaWYgKCFpc1BsYWluUmVjb3JkKHNoYXBlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgY29uc3QgcmVxdWlyZWQ6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgW2tleSwgbWVtYmVyXSBvZiBPYmplY3QuZW50cmllcyhzaGFwZSkpIHtcbiAgICBwcm9wZXJ0aWVzW2tleV0gPSB7fTtcbiAgICBjb25zdCBvcHRpbiA9IChtZW1iZXIgYXMgeyBfem9kPzogeyBvcHRpbj86IHVua25vd24gfSB9IHwgdW5kZWZpbmVkKT8uX3pvZD8ub3B0aW47XG4gICAgaWYgKG9wdGluICE9PSAnb3B0aW9uYWwnKSByZXF1aXJlZC5wdXNoKGtleSk7XG4gIH1cbiAgcmV0dXJuIHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXMsIHJlcXVpcmVkIH07XG59XG5cbi8qKlxuICogV3JhcCBhIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgYXMgYW4ge0BsaW5rIElucHV0U2NoZW1hfS4gVmFsaWRhdGlvbiBtdXN0IGJlIHN5bmNocm9ub3VzXG4gKiAocHJvbXB0b3BzIHJlbmRlcnMgc3luY2hyb25vdXNseSk6IGEgdmFsaWRhdG9yIHRoYXQgYW5zd2VycyB3aXRoIGEgcHJvbWlzZSBpcyBhXG4gKiB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9LCBmb3VuZCB3aGVuIHRoZSBzY2hlbWEgaXMgY29tcGlsZWQgKG9uZSBwcm9iZSB3aXRoIGB7fWApIG9yLCBhdCB0aGVcbiAqIGxhdGVzdCwgb24gdGhlIGZpcnN0IHJlbmRlci5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVTdGFuZGFyZFNjaGVtYShzY2hlbWE6IFN0YW5kYXJkU2NoZW1hTGlrZSwgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IHN0YW5kYXJkID0gc2NoZW1hWyd+c3RhbmRhcmQnXTtcbiAgY29uc3QgYXN5bmNFcnJvciA9ICgpID0+XG4gICAgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYHRoZSBpbnB1dCBzY2hlbWEgKCR7c3RhbmRhcmQudmVuZG9yfSkgdmFsaWRhdGVzIGFzeW5jaHJvbm91c2x5LCBidXQgcHJvbXB0cyByZW5kZXIgc3luY2hyb25vdXNseTogYCArXG4gICAgICAgICdyZW1vdmUgYXN5bmMgcmVmaW5lbWVudHMgb3IgdHJhbnNmb3JtcyBmcm9tIGl0JyxcbiAgICAgIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAnaW5wdXQuc2NoZW1hJyB9LFxuICAgICk7XG4gIGNvbnN0IHByb2JlID0gc3RhbmRhcmQudmFsaWRhdGUoe30pO1xuICBpZiAoaXNUaGVuYWJsZShwcm9iZSkpIHtcbiAgICBQcm9taXNlLnJlc29sdmUocHJvYmUpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgdGhyb3cgYXN5bmNFcnJvcigpO1xuICB9XG5cbiAgY29uc3QgZGVyaXZlZCA9IHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSk7XG4gIGNvbnN0IGpzb25TY2hlbWE6IEpzb25TY2hlbWEgPSBkZXJpdmVkID8/IHsgdHlwZTogJ29iamVjdCcgfTtcbiAgY29uc3QgcHJvcGVydHlNYXAgPSBpc1BsYWluUmVjb3JkKGpzb25TY2hlbWEucHJvcGVydGllcykgPyBqc29uU2NoZW1hLnByb3BlcnRpZXMgOiB7fTtcbiAgY29uc3QgcHJvcGVydGllcyA9IE9iamVjdC5rZXlzKHByb3BlcnR5TWFwKTtcbiAgY29uc3QgcmVxdWlyZWQgPSBBcnJheS5pc0FycmF5KGpzb25TY2hlbWEucmVxdWlyZWQpXG4gICAgPyBqc29uU2NoZW1hLnJlcXVpcmVkLmZpbHRlcigobmFtZSk6IG5hbWUgaXMgc3RyaW5nID0+IHR5cGVvZiBuYW1lID09PSAnc3RyaW5nJylcbiAgICA6IFtdO1xuICBsZXQgdHlwZVRleHQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuICBjb25zdCBjb21waWxlZDogSW5wdXRTY2hlbWEgPSB7XG4gICAganNvblNjaGVtYSxcbiAgICBwcm9wZXJ0aWVzLFxuICAgIHJlcXVpcmVkLFxuICAgIHZhbGlkYXRlKHZhbHVlOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IElucHV0VmFsaWRhdGlvblJlc3VsdCB7XG4gICAgICBjb25zdCByZXN1bHQgPSBzdGFuZGFyZC52YWxpZGF0ZSh2YWx1ZSk7XG4gICAgICBpZiAoaXNUaGVuYWJsZShyZXN1bHQpKSB7XG4gICAgICAgIFByb21pc2UucmVzb2x2ZShyZXN1bHQpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIHRocm93IGFzeW5jRXJyb3IoKTtcbiAgICAgIH1cbiAgICAgIGlmIChyZXN1bHQuaXNzdWVzID09PSB1bmRlZmluZWQpIHJldHVybiB7IG9rOiB0cnVlLCB2YWx1ZTogcmVzdWx0LnZhbHVlIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IH07XG4gICAgICByZXR1cm4geyBvazogZmFsc2UsIGlzc3VlczogcmVzdWx0Lmlzc3Vlcy5mbGF0TWFwKChpc3N1ZSkgPT4gdG9JbnB1dElzc3Vlcyhpc3N1ZSwgdmFsdWUpKSB9O1xuICAgIH0sXG4gICAgdG9UeXBlU2NyaXB0KCk6IHN0cmluZyB7XG4gICAgICB0eXBlVGV4dCA/Pz0ganNvblNjaGVtYVRvVHlwZVNjcmlwdChqc29uU2NoZW1hKTtcbiAgICAgIHJldHVybiB0eXBlVGV4dDtcbiAgICB9LFxuICB9O1xuICByZXR1cm4gY29tcGlsZWQ7XG5cbiAgLyoqIHpvZC9taW5pIGNhcnJpZXMgbm8gbWVzc2FnZSB0ZXh0cyAoXCJJbnZhbGlkIGlucHV0XCIpOiB3b3JkIHRob3NlIGlzc3VlcyBsaWtlIHByb21wdG9wcydzIG93bi4gKi9cbiAgZnVuY3Rpb24gdG9JbnB1dElzc3Vlcyhpc3N1ZTogU3RhbmRhcmRJc3N1ZSwgdmFsdWU6IHVua25vd24pOiBQcm9tcHRJbnB1dElzc3VlW10ge1xuICAgIGlmIChzdGFuZGFyZC52ZW5kb3IgPT09ICd6b2QnICYmIGlzc3VlLm1lc3NhZ2UgPT09ICdJbnZhbGlkIGlucHV0JyAmJiB0eXBlb2YgaXNzdWUuY29kZSA9PT0gJ3N0cmluZycpIHtcbiAgICAgIHJldHVybiB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzKFtpc3N1ZSBhcyB1bmtub3duIGFzIHouY29yZS4kWm9kSXNzdWVdLCB2YWx1ZSwganNvblNjaGVtYSk7XG4gICAgfVxuICAgIHJldHVybiBbdG9JbnB1dElzc3VlKGlzc3VlKV07XG4gIH1cbn1cblxudHlwZSBTdGFuZGFyZElzc3VlID0ge1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBhdGg/OiBSZWFkb25seUFycmF5PFByb3BlcnR5S2V5IHwgeyByZWFkb25seSBrZXk6IFByb3BlcnR5S2V5IH0+IHwgdW5kZWZpbmVkO1xuICByZWFkb25seSBjb2RlPzogdW5rbm93bjtcbn07XG5cbmZ1bmN0aW9uIHRvSW5wdXRJc3N1ZShpc3N1ZTogU3RhbmRhcmRJc3N1ZSk6IFByb21wdElucHV0SXNzdWUge1xuICBjb25zdCBwYXRoID0gKGlzc3VlLnBhdGggPz8gW10pLm1hcCgoc2VnbWVudCkgPT4ge1xuICAgIGNvbnN0IGtleSA9IHR5cGVvZiBzZWdtZW50ID09PSAnb2JqZWN0JyAmJiBzZWdtZW50ICE9PSBudWxsID8gc2VnbWVudC5rZXkgOiBzZWdtZW50O1xuICAgIHJldHVybiB0eXBlb2Yga2V5ID09PSAnbnVtYmVyJyA/IGtleSA6IFN0cmluZyhrZXkpO1xuICB9KTtcbiAgcmV0dXJuIHsgcGF0aCwgbWVzc2FnZTogaXNzdWUubWVzc2FnZSwgY29kZTogdHlwZW9mIGlzc3VlLmNvZGUgPT09ICdzdHJpbmcnID8gaXNzdWUuY29kZSA6ICdpbnZhbGlkJyB9O1xufVxuXG5mdW5jdGlvbiBpc1RoZW5hYmxlKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgUHJvbWlzZUxpa2U8dW5rbm93bj4ge1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiB0eXBlb2YgKHZhbHVlIGFzIHsgdGhlbj86IHVua25vd24gfSkudGhlbiA9PT0gJ2Z1bmN0aW9uJztcbn1cbiIsICIvKipcbiAqIE5vcm1hbGl6ZWQgSlNPTiBTY2hlbWEgXHUyMTkyIHpvZC9taW5pIHNjaGVtYTogdGhlIGF1dGhvcml0eSBvbiB3aGF0IGlucHV0IGlzIHZhbGlkLlxuICogT25seSBgem9kL21pbmlgIGlzIGltcG9ydGVkIGhlcmUsIHRvIGtlZXAgdGhlIGJyb3dzZXIgYnVuZGxlIHNtYWxsLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IGNvbXBpbGVQYXR0ZXJuIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIEEgem9kL21pbmkgc2NoZW1hIG9mIGFueSBzaGFwZS4gKi9cbmV4cG9ydCB0eXBlIFpvZE1pbmlTY2hlbWEgPSB6LlpvZE1pbmlUeXBlO1xuXG4vKipcbiAqIEJ1aWxkIHRoZSB6b2QvbWluaSBzY2hlbWEgZm9yIGEgc2NoZW1hIG5vcm1hbGl6ZWQgYnkgYG5vcm1hbGl6ZUpzb25TY2hlbWFgLlxuICogT2JqZWN0cyBhcmUgc3RyaWN0IHdpdGggYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWAsIHRha2UgYSBjYXRjaC1hbGwgd2l0aCBhIHNjaGVtYSwgYW5kIGFyZVxuICogbG9vc2Ugb3RoZXJ3aXNlIChleHRyYSBrZXlzIGFyZSBrZXB0LCBuZXZlciBzdHJpcHBlZDogdGhleSBtYXkgYmUgcmVuZGVyZWQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24ganNvblNjaGVtYVRvWm9kKHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBpZiAoc2NoZW1hLmNvbnN0ICE9PSB1bmRlZmluZWQpIHJldHVybiB6LmxpdGVyYWwoc2NoZW1hLmNvbnN0IGFzIHouY29yZS51dGlsLkxpdGVyYWwpO1xuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuZW51bSkpIHJldHVybiB6LmxpdGVyYWwoc2NoZW1hLmVudW0gYXMgei5jb3JlLnV0aWwuTGl0ZXJhbFtdKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLmFueU9mKSkgcmV0dXJuIHoudW5pb24oKHNjaGVtYS5hbnlPZiBhcyBKc29uU2NoZW1hW10pLm1hcChqc29uU2NoZW1hVG9ab2QpKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkoc2NoZW1hLm9uZU9mKSkgcmV0dXJuIHoueG9yKChzY2hlbWEub25lT2YgYXMgSnNvblNjaGVtYVtdKS5tYXAoanNvblNjaGVtYVRvWm9kKSk7XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgaWYgKHR5cGUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHoudW5rbm93bigpO1xuICBjb25zdCB0eXBlcyA9IEFycmF5LmlzQXJyYXkodHlwZSkgPyAodHlwZSBhcyBzdHJpbmdbXSkgOiBbdHlwZSBhcyBzdHJpbmddO1xuICBjb25zdCBudWxsYWJsZSA9IHR5cGVzLmluY2x1ZGVzKCdudWxsJyk7XG4gIGNvbnN0IG1lbWJlcnMgPSB0eXBlcy5maWx0ZXIoKHQpID0+IHQgIT09ICdudWxsJykubWFwKCh0KSA9PiB0eXBlZCh0LCBzY2hlbWEpKTtcbiAgaWYgKG1lbWJlcnMubGVuZ3RoID09PSAwKSByZXR1cm4gei5udWxsKCk7XG4gIGNvbnN0IGJhc2UgPSBtZW1iZXJzLmxlbmd0aCA9PT0gMSA/IG1lbWJlcnNbMF0hIDogei51bmlvbihtZW1iZXJzKTtcbiAgcmV0dXJuIG51bGxhYmxlID8gei5udWxsYWJsZShiYXNlKSA6IGJhc2U7XG59XG5cbmZ1bmN0aW9uIHR5cGVkKHR5cGU6IHN0cmluZywgc2NoZW1hOiBKc29uU2NoZW1hKTogWm9kTWluaVNjaGVtYSB7XG4gIHN3aXRjaCAodHlwZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgICByZXR1cm4gc3RyaW5nU2NoZW1hKHNjaGVtYSk7XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdpbnRlZ2VyJzpcbiAgICAgIHJldHVybiBudW1iZXJTY2hlbWEodHlwZSwgc2NoZW1hKTtcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICAgIHJldHVybiB6LmJvb2xlYW4oKTtcbiAgICBjYXNlICdhcnJheSc6IHtcbiAgICAgIGNvbnN0IGl0ZW1zID0gc2NoZW1hLml0ZW1zID09PSB1bmRlZmluZWQgPyB6LnVua25vd24oKSA6IGpzb25TY2hlbWFUb1pvZChzY2hlbWEuaXRlbXMgYXMgSnNvblNjaGVtYSk7XG4gICAgICBjb25zdCBjaGVja3M6IEFycmF5PHouY29yZS5DaGVja0ZuPHVua25vd25bXT4gfCB6LmNvcmUuJFpvZENoZWNrPHVua25vd25bXT4+ID0gW107XG4gICAgICBpZiAodHlwZW9mIHNjaGVtYS5taW5JdGVtcyA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubWluTGVuZ3RoKHNjaGVtYS5taW5JdGVtcykpO1xuICAgICAgaWYgKHR5cGVvZiBzY2hlbWEubWF4SXRlbXMgPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm1heExlbmd0aChzY2hlbWEubWF4SXRlbXMpKTtcbiAgICAgIGNvbnN0IGFycmF5ID0gei5hcnJheShpdGVtcyk7XG4gICAgICByZXR1cm4gY2hlY2tzLmxlbmd0aCA+IDAgPyBhcnJheS5jaGVjayguLi5jaGVja3MpIDogYXJyYXk7XG4gICAgfVxuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gb2JqZWN0U2NoZW1hKHNjaGVtYSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHRocm93IG5ldyBUeXBlRXJyb3IoYHVubm9ybWFsaXplZCBKU09OIFNjaGVtYSB0eXBlICR7SlNPTi5zdHJpbmdpZnkodHlwZSl9YCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RyaW5nU2NoZW1hKHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBjb25zdCBjaGVja3M6IEFycmF5PHouY29yZS4kWm9kQ2hlY2s8c3RyaW5nPj4gPSBbXTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubWluTGVuZ3RoID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5taW5MZW5ndGgoc2NoZW1hLm1pbkxlbmd0aCkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5tYXhMZW5ndGggPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm1heExlbmd0aChzY2hlbWEubWF4TGVuZ3RoKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLnBhdHRlcm4gPT09ICdzdHJpbmcnKSB7XG4gICAgY29uc3QgcmVnZXggPSBjb21waWxlUGF0dGVybihzY2hlbWEucGF0dGVybik7XG4gICAgaWYgKHJlZ2V4ICE9PSB1bmRlZmluZWQpIGNoZWNrcy5wdXNoKHoucmVnZXgocmVnZXgpKTtcbiAgfVxuICBjb25zdCBzdHJpbmcgPSB6LnN0cmluZygpO1xuICByZXR1cm4gY2hlY2tzLmxlbmd0aCA+IDAgPyBzdHJpbmcuY2hlY2soLi4uY2hlY2tzKSA6IHN0cmluZztcbn1cblxuZnVuY3Rpb24gbnVtYmVyU2NoZW1hKHR5cGU6ICdudW1iZXInIHwgJ2ludGVnZXInLCBzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgY29uc3QgY2hlY2tzOiBBcnJheTx6LmNvcmUuJFpvZENoZWNrPG51bWJlcj4+ID0gW107XG4gIGlmICh0eXBlb2Ygc2NoZW1hLm1pbmltdW0gPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lmd0ZShzY2hlbWEubWluaW11bSkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5tYXhpbXVtID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5sdGUoc2NoZW1hLm1heGltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEuZXhjbHVzaXZlTWluaW11bSA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHouZ3Qoc2NoZW1hLmV4Y2x1c2l2ZU1pbmltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEuZXhjbHVzaXZlTWF4aW11bSA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubHQoc2NoZW1hLmV4Y2x1c2l2ZU1heGltdW0pKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubXVsdGlwbGVPZiA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubXVsdGlwbGVPZihzY2hlbWEubXVsdGlwbGVPZikpO1xuICBjb25zdCBudW1iZXIgPSB0eXBlID09PSAnaW50ZWdlcicgPyB6LmludCgpIDogei5udW1iZXIoKTtcbiAgcmV0dXJuIGNoZWNrcy5sZW5ndGggPiAwID8gbnVtYmVyLmNoZWNrKC4uLmNoZWNrcykgOiBudW1iZXI7XG59XG5cbmZ1bmN0aW9uIG9iamVjdFNjaGVtYShzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgY29uc3QgcHJvcGVydGllcyA9IChzY2hlbWEucHJvcGVydGllcyA/PyB7fSkgYXMgUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT47XG4gIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldCgoc2NoZW1hLnJlcXVpcmVkID8/IFtdKSBhcyBzdHJpbmdbXSk7XG4gIGNvbnN0IHNoYXBlOiBSZWNvcmQ8c3RyaW5nLCBab2RNaW5pU2NoZW1hPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtuYW1lLCBwcm9wZXJ0eV0gb2YgT2JqZWN0LmVudHJpZXMocHJvcGVydGllcykpIHtcbiAgICBjb25zdCBpbm5lciA9IGpzb25TY2hlbWFUb1pvZChwcm9wZXJ0eSk7XG4gICAgaWYgKCFyZXF1aXJlZC5oYXMobmFtZSkpIHNoYXBlW25hbWVdID0gei5vcHRpb25hbChpbm5lcik7XG4gICAgLy8gQSByZXF1aXJlZCBwcm9wZXJ0eSBtdXN0IGJlIHByZXNlbnQgZXZlbiB3aGVuIGl0cyBzY2hlbWEgYWNjZXB0cyBhbnl0aGluZy5cbiAgICBlbHNlIHNoYXBlW25hbWVdID0gYWNjZXB0c1VuZGVmaW5lZChwcm9wZXJ0eSkgPyB6Lm5vbm9wdGlvbmFsKGlubmVyKSA6IGlubmVyO1xuICB9XG4gIGNvbnN0IGV4dHJhID0gc2NoZW1hLmFkZGl0aW9uYWxQcm9wZXJ0aWVzO1xuICBpZiAoZXh0cmEgPT09IGZhbHNlKSByZXR1cm4gei5zdHJpY3RPYmplY3Qoc2hhcGUpO1xuICBpZiAoZXh0cmEgPT09IHVuZGVmaW5lZCB8fCBleHRyYSA9PT0gdHJ1ZSkgcmV0dXJuIHoubG9vc2VPYmplY3Qoc2hhcGUpO1xuICByZXR1cm4gei5jYXRjaGFsbCh6Lm9iamVjdChzaGFwZSksIGpzb25TY2hlbWFUb1pvZChleHRyYSBhcyBKc29uU2NoZW1hKSk7XG59XG5cbi8qKiBUcnVlIHdoZW4gdGhlIHNjaGVtYSdzIHpvZCBmb3JtIGFjY2VwdHMgYHVuZGVmaW5lZGAgKGFuIGBhbnlgIHNjaGVtYSwgb3IgYWx0ZXJuYXRpdmVzIHdpdGggb25lKS4gKi9cbmZ1bmN0aW9uIGFjY2VwdHNVbmRlZmluZWQoc2NoZW1hOiBKc29uU2NoZW1hKTogYm9vbGVhbiB7XG4gIGlmIChzY2hlbWEuY29uc3QgIT09IHVuZGVmaW5lZCB8fCBzY2hlbWEuZW51bSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IGFsdGVybmF0aXZlcyA9IChzY2hlbWEuYW55T2YgPz8gc2NoZW1hLm9uZU9mKSBhcyBKc29uU2NoZW1hW10gfCB1bmRlZmluZWQ7XG4gIGlmIChhbHRlcm5hdGl2ZXMgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGFsdGVybmF0aXZlcy5zb21lKGFjY2VwdHNVbmRlZmluZWQpO1xuICByZXR1cm4gc2NoZW1hLnR5cGUgPT09IHVuZGVmaW5lZDtcbn1cbiIsICIvKipcbiAqIElucHV0IHNjaGVtYXM6IFBpY29zY2hlbWEsIEpTT04gU2NoZW1hLCBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9ycywgb3IgaW5mZXJyZWQgZnJvbSBhIHRlbXBsYXRlJ3NcbiAqIHZhcmlhYmxlcywgY29tcGlsZWQgb25jZSBpbnRvIGFuIHtAbGluayBJbnB1dFNjaGVtYX0gKHpvZC9taW5pIHZhbGlkYXRpb24sIGEgcHJlY29tcGlsZWQgZmFzdFxuICogcGF0aCwgVHlwZVNjcmlwdCB0ZXh0KS5cbiAqXG4gKiBEZWNpc2lvbnM6XG4gKiAtIFVua25vd24gdG9wLWxldmVsIHZhcmlhYmxlcyBhcmUgcmVqZWN0ZWQgKGB1bmtub3duX2tleWAsIHdpdGggYSBcImRpZCB5b3UgbWVhblwiKSwgdW5sZXNzIHRoZVxuICogICBzY2hlbWEgb3B0cyBpbiB3aXRoIFBpY29zY2hlbWEgYCgqKWAgb3IgSlNPTiBTY2hlbWEgYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYDogYSBtaXNzcGVsdCB2YXJpYWJsZVxuICogICBpcyBhIHR5cG8gZ3VhcmQsIGFuZCB0aGUgY2FsbGVyIGNhbiBhbHdheXMgcGFzcyBgc3RyaWN0OiBmYWxzZWAuIFRoaXMgYWxzbyBob2xkcyBmb3Igc2NoZW1hc1xuICogICBpbmZlcnJlZCBmcm9tIHRlbXBsYXRlcy5cbiAqIC0gQXMgaW4gRG90cHJvbXB0LCBhbiBvcHRpb25hbCBQaWNvc2NoZW1hIGZpZWxkIGlzIGFsc28gbnVsbGFibGU7IEpTT04gU2NoZW1hIGlzIHRha2VuIGFzIHdyaXR0ZW4uXG4gKiAtIEEgcmVxdWlyZWQgdmFyaWFibGUgbXVzdCBub3QgYmUgYHVuZGVmaW5lZGA7IGBudWxsYCBpcyBhIHZhbHVlIChhbGxvd2VkIHdoZXJlIHRoZSB0eXBlIHNheXMgc28pLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjb21waWxlRmFzdENoZWNrLCB0eXBlIEZhc3RDaGVjayB9IGZyb20gJy4vZmFzdC1wYXRoLmpzJztcbmltcG9ydCB7IHpvZElzc3Vlc1RvSW5wdXRJc3N1ZXMgfSBmcm9tICcuL2lzc3Vlcy5qcyc7XG5pbXBvcnQgeyBub3JtYWxpemVKc29uU2NoZW1hIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkLCBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB7IGNvbXBpbGVTdGFuZGFyZFNjaGVtYSwgaXNTdGFuZGFyZFNjaGVtYSB9IGZyb20gJy4vc3RhbmRhcmQuanMnO1xuaW1wb3J0IHsgZGVzY3JpYmVWYWx1ZSB9IGZyb20gJy4vc3VnZ2VzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IElucHV0U2NoZW1hLCBJbnB1dFZhbGlkYXRpb25SZXN1bHQsIEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcbmltcG9ydCB7IGpzb25TY2hlbWFUb1R5cGVTY3JpcHQgfSBmcm9tICcuL3R5cGVzY3JpcHQuanMnO1xuaW1wb3J0IHsganNvblNjaGVtYVRvWm9kIH0gZnJvbSAnLi96b2QuanMnO1xuXG5leHBvcnQgeyBub3JtYWxpemVKc29uU2NoZW1hIH0gZnJvbSAnLi9qc29uLXNjaGVtYS5qcyc7XG5leHBvcnQgeyBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmV4cG9ydCB7IGlzU3RhbmRhcmRTY2hlbWEsIHR5cGUgU3RhbmRhcmRTY2hlbWFMaWtlLCBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vc3RhbmRhcmQuanMnO1xuZXhwb3J0IHR5cGUgeyBJbnB1dFNjaGVtYSwgSW5wdXRWYWxpZGF0aW9uUmVzdWx0LCBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5leHBvcnQgeyBqc29uU2NoZW1hVG9UeXBlU2NyaXB0IH0gZnJvbSAnLi90eXBlc2NyaXB0LmpzJztcblxuLyoqIENvbXBpbGVkIHNjaGVtYXMgYnkgc291cmNlIG9iamVjdDogYSByZWNvcmQncyBzY2hlbWEgaXMgY29tcGlsZWQgb25jZSBob3dldmVyIG9mdGVuIGl0IGlzIGNoZWNrZWQuICovXG5jb25zdCBjYWNoZSA9IG5ldyBXZWFrTWFwPG9iamVjdCwgSW5wdXRTY2hlbWE+KCk7XG5cbi8qKlxuICogQ29tcGlsZSBhIHByb21wdCdzIGRlY2xhcmVkIGlucHV0IHNjaGVtYS5cbiAqXG4gKiAtIEEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvciAoYW4gb2JqZWN0IHdpdGggYCd+c3RhbmRhcmQnLnZhbGlkYXRlYCwgZS5nLiBhIHpvZCBvYmplY3QpIGlzXG4gKiAgIHdyYXBwZWQ6IGl0cyBgdmFsaWRhdGVgIG11c3QgYmUgc3luY2hyb25vdXMuXG4gKiAtIEFuIG9iamVjdCB3aXRoIGEgdG9wLWxldmVsIGB0eXBlYCAob3IgYHByb3BlcnRpZXNgKSBpcyBKU09OIFNjaGVtYTsgYW55IG90aGVyIG9iamVjdCBpc1xuICogICBQaWNvc2NoZW1hLiBFaXRoZXIgd2F5IHRoZSByZXN1bHQgbXVzdCBkZXNjcmliZSBhbiBvYmplY3Qgb2YgdmFyaWFibGVzLlxuICpcbiAqIFN1Y2Nlc3NmdWwgY29tcGlsYXRpb25zIGFyZSBjYWNoZWQgcGVyIHNjaGVtYSBvYmplY3QgKHNjaGVtYXMgYXJlIHRyZWF0ZWQgYXMgaW1tdXRhYmxlKS5cbiAqXG4gKiBAcGFyYW0gc2NoZW1hIFRoZSBgaW5wdXQuc2NoZW1hYCBvZiBhIHJlY29yZC5cbiAqIEBwYXJhbSBsb2NhdGlvbiBXaGVyZSB0aGUgc2NoZW1hIGNvbWVzIGZyb207IGBsb2NhdGlvbi5maWVsZGAgZGVmYXVsdHMgdG8gYCdpbnB1dC5zY2hlbWEnYC5cbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIHRoZSBzY2hlbWEgaXMgbWFsZm9ybWVkLCBuYW1pbmcgdGhlIGZpZWxkIHBhdGggYW5kIHRoZSBmaXguXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHNjaGVtYSA9IGNvbXBpbGVJbnB1dFNjaGVtYSh7IGNvbXBhbnk6ICdzdHJpbmcnLCAnY3VzdG9tZXInOiBcInN0cmluZywgdGhlIGN1c3RvbWVyJ3MgZmlyc3QgbmFtZVwiIH0pO1xuICogc2NoZW1hLnZhbGlkYXRlKHsgY29tcGFueTogJ0FjbWUnIH0pLm9rOyAvLyBmYWxzZTogbWlzc2luZyByZXF1aXJlZCB2YXJpYWJsZSBcImN1c3RvbWVyXCIgKHN0cmluZylcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZUlucHV0U2NoZW1hKHNjaGVtYTogdW5rbm93biwgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IHdoZXJlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAnaW5wdXQuc2NoZW1hJyB9O1xuICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ29iamVjdCcgJiYgc2NoZW1hICE9PSBudWxsKSB7XG4gICAgY29uc3QgY2FjaGVkID0gY2FjaGUuZ2V0KHNjaGVtYSk7XG4gICAgaWYgKGNhY2hlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gY2FjaGVkO1xuICB9XG4gIGxldCBjb21waWxlZDogSW5wdXRTY2hlbWE7XG4gIGlmIChpc1N0YW5kYXJkU2NoZW1hKHNjaGVtYSkpIHtcbiAgICBjb21waWxlZCA9IGNvbXBpbGVTdGFuZGFyZFNjaGVtYShzY2hlbWEsIHdoZXJlKTtcbiAgfSBlbHNlIHtcbiAgICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ3N0cmluZycpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgYGFuIGlucHV0IHNjaGVtYSBtdXN0IGRlY2xhcmUgbmFtZWQgdmFyaWFibGVzIChlLmcuIFxcYGN1c3RvbWVyOiBzdHJpbmdcXGApLCBnb3QgdGhlIHNpbmdsZSB0eXBlICR7SlNPTi5zdHJpbmdpZnkoc2NoZW1hKX1gLFxuICAgICAgICB3aGVyZSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmICghaXNQbGFpblJlY29yZChzY2hlbWEpKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICAgIGBhbiBpbnB1dCBzY2hlbWEgbXVzdCBiZSBQaWNvc2NoZW1hIGZpZWxkcyAoZS5nLiBcXGBjdXN0b21lcjogc3RyaW5nXFxgKSBvciBhIEpTT04gU2NoZW1hIG9iamVjdCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShzY2hlbWEpfWAsXG4gICAgICAgIHdoZXJlLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgY29udmVydGVkID0gcGljb3NjaGVtYVRvSnNvblNjaGVtYShzY2hlbWEsIHdoZXJlKTtcbiAgICBjb21waWxlZCA9IGZyb21Ob3JtYWxpemVkKG5vcm1hbGl6ZUpzb25TY2hlbWEoY29udmVydGVkLCB3aGVyZSwgeyB0b3A6IHRydWUgfSkpO1xuICB9XG4gIGlmICh0eXBlb2Ygc2NoZW1hID09PSAnb2JqZWN0JyAmJiBzY2hlbWEgIT09IG51bGwpIGNhY2hlLnNldChzY2hlbWEsIGNvbXBpbGVkKTtcbiAgcmV0dXJuIGNvbXBpbGVkO1xufVxuXG4vKipcbiAqIFRoZSBzY2hlbWEgb2YgYSBwcm9tcHQgd2l0aG91dCBhIGRlY2xhcmVkIG9uZSwgaW5mZXJyZWQgZnJvbSBpdHMgdGVtcGxhdGU6IGV2ZXJ5IGByZXF1aXJlZGBcbiAqIHZhcmlhYmxlIG11c3QgYmUgcHJlc2VudCAobm90IGB1bmRlZmluZWRgKSwgb2YgYW55IHR5cGU7IGBvcHRpb25hbGAgb25lcyBtYXkgYmUgZ2l2ZW47IG5vdGhpbmdcbiAqIGVsc2UgbWF5ICh0eXBvIGd1YXJkKS4gRG90dGVkIG5hbWVzIGNvdW50IGJ5IHRoZWlyIGZpcnN0IHNlZ21lbnQgKGBjdXN0b21lci5uYW1lYCBcdTIxOTIgYGN1c3RvbWVyYCkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzY2hlbWEgPSBzY2hlbWFGcm9tVmFyaWFibGVzKFsnY29tcGFueScsICdjdXN0b21lciddLCBbJ3RvbmUnXSk7XG4gKiBzY2hlbWEudG9UeXBlU2NyaXB0KCk7IC8vICd7XFxuICBjb21wYW55OiB1bmtub3duO1xcbiAgY3VzdG9tZXI6IHVua25vd247XFxuICB0b25lPzogdW5rbm93bjtcXG59J1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFGcm9tVmFyaWFibGVzKHJlcXVpcmVkOiByZWFkb25seSBzdHJpbmdbXSwgb3B0aW9uYWw6IHJlYWRvbmx5IHN0cmluZ1tdKTogSW5wdXRTY2hlbWEge1xuICBjb25zdCBwcm9wZXJ0aWVzOiBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPiA9IHt9O1xuICBjb25zdCByZXF1aXJlZE5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgbmFtZSBvZiByZXF1aXJlZCkge1xuICAgIGNvbnN0IHJvb3QgPSByb290TmFtZShuYW1lKTtcbiAgICBpZiAocm9vdCA9PT0gdW5kZWZpbmVkKSBjb250aW51ZTtcbiAgICBwcm9wZXJ0aWVzW3Jvb3RdID0ge307XG4gICAgcmVxdWlyZWROYW1lcy5hZGQocm9vdCk7XG4gIH1cbiAgZm9yIChjb25zdCBuYW1lIG9mIG9wdGlvbmFsKSB7XG4gICAgY29uc3Qgcm9vdCA9IHJvb3ROYW1lKG5hbWUpO1xuICAgIGlmIChyb290ICE9PSB1bmRlZmluZWQgJiYgcHJvcGVydGllc1tyb290XSA9PT0gdW5kZWZpbmVkKSBwcm9wZXJ0aWVzW3Jvb3RdID0ge307XG4gIH1cbiAgY29uc3QganNvblNjaGVtYTogSnNvblNjaGVtYSA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXMgfTtcbiAgaWYgKHJlcXVpcmVkTmFtZXMuc2l6ZSA+IDApIGpzb25TY2hlbWEucmVxdWlyZWQgPSBbLi4ucmVxdWlyZWROYW1lc107XG4gIGpzb25TY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXMgPSBmYWxzZTtcbiAgcmV0dXJuIGZyb21Ob3JtYWxpemVkKGpzb25TY2hlbWEpO1xufVxuXG5mdW5jdGlvbiByb290TmFtZShuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAobmFtZSA9PT0gJy4nIHx8IG5hbWUgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gbmFtZS5zcGxpdCgnLicpWzBdIHx8IHVuZGVmaW5lZDtcbn1cblxuLyoqIEJ1aWxkIHRoZSBjb21waWxlZCBzY2hlbWEgZnJvbSBhIG5vcm1hbGl6ZWQgdG9wLWxldmVsIG9iamVjdCBzY2hlbWEuICovXG5mdW5jdGlvbiBmcm9tTm9ybWFsaXplZChqc29uU2NoZW1hOiBKc29uU2NoZW1hKTogSW5wdXRTY2hlbWEge1xuICBjb25zdCB6b2RTY2hlbWEgPSBqc29uU2NoZW1hVG9ab2QoanNvblNjaGVtYSk7XG4gIGNvbnN0IGZhc3Q6IEZhc3RDaGVjayA9IGNvbXBpbGVGYXN0Q2hlY2soanNvblNjaGVtYSk7XG4gIGNvbnN0IHByb3BlcnRpZXMgPSBPYmplY3Qua2V5cygoanNvblNjaGVtYS5wcm9wZXJ0aWVzID8/IHt9KSBhcyBvYmplY3QpO1xuICBjb25zdCByZXF1aXJlZCA9ICgoanNvblNjaGVtYS5yZXF1aXJlZCA/PyBbXSkgYXMgc3RyaW5nW10pLnNsaWNlKCk7XG4gIGxldCB0eXBlVGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICByZXR1cm4ge1xuICAgIGpzb25TY2hlbWEsXG4gICAgcHJvcGVydGllcyxcbiAgICByZXF1aXJlZCxcbiAgICB2YWxpZGF0ZSh2YWx1ZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBJbnB1dFZhbGlkYXRpb25SZXN1bHQge1xuICAgICAgaWYgKGZhc3QodmFsdWUpKSByZXR1cm4geyBvazogdHJ1ZSwgdmFsdWUgfTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IHpvZFNjaGVtYS5zYWZlUGFyc2UodmFsdWUsIHsgcmVwb3J0SW5wdXQ6IHRydWUgfSk7XG4gICAgICBpZiAocmVzdWx0LnN1Y2Nlc3MpIHJldHVybiB7IG9rOiB0cnVlLCB2YWx1ZTogcmVzdWx0LmRhdGEgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfTtcbiAgICAgIHJldHVybiB7IG9rOiBmYWxzZSwgaXNzdWVzOiB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzKHJlc3VsdC5lcnJvci5pc3N1ZXMsIHZhbHVlLCBqc29uU2NoZW1hKSB9O1xuICAgIH0sXG4gICAgdG9UeXBlU2NyaXB0KCk6IHN0cmluZyB7XG4gICAgICB0eXBlVGV4dCA/Pz0ganNvblNjaGVtYVRvVHlwZVNjcmlwdChqc29uU2NoZW1hKTtcbiAgICAgIHJldHVybiB0eXBlVGV4dDtcbiAgICB9LFxuICB9O1xufVxuIiwgIi8qKlxuICogUGFyc2luZzogYG11c3RhY2hlYCdzIHBhcnNlciB0dXJucyB0aGUgdGVtcGxhdGUgaW50byB0b2tlbnM7IHRoaXMgbW9kdWxlIHR1cm5zIHRob3NlIHRva2VucyBpbnRvIGEgc21hbGxcbiAqIHR5cGVkIHN5bnRheCB0cmVlICh7QGxpbmsgVGVtcGxhdGVOb2RlfSkuIENvbW1lbnRzIGFuZCBzZXQtZGVsaW1pdGVyIHRhZ3MgZGlzYXBwZWFyIGhlcmU7IHN0YW5kYWxvbmUtbGluZVxuICogd2hpdGVzcGFjZSBoYXMgYWxyZWFkeSBiZWVuIHJlbW92ZWQgYnkgdGhlIHBhcnNlci5cbiAqXG4gKiBUaGUgcGFyc2VyIHJ1bnMgb24gYSBwcml2YXRlIGBNdXN0YWNoZS5Xcml0ZXJgIHdpdGggaXRzIHRlbXBsYXRlIGNhY2hlIHN3aXRjaGVkIG9mZiBhbmQgdGhlIGRlZmF1bHQgdGFnc1xuICogcGFzc2VkIGV4cGxpY2l0bHksIHNvIG5vIGdsb2JhbCBvZiBgbXVzdGFjaGVgIGlzIHJlYWQgb3Igd3JpdHRlbiAodGhlIGhvc3QgYXBwbGljYXRpb24gbWF5IHVzZSBtdXN0YWNoZVxuICogdG9vLCB3aXRoIGl0cyBvd24gYE11c3RhY2hlLnRhZ3NgIG9yIGBNdXN0YWNoZS5lc2NhcGVgKS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IE11c3RhY2hlIGZyb20gJ211c3RhY2hlJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgTmFtZVBhdGgsIHBhcnNlTmFtZVBhdGggfSBmcm9tICcuL2xvb2t1cC5qcyc7XG5cbi8qKiBMaXRlcmFsIHRleHQuICovXG5leHBvcnQgaW50ZXJmYWNlIFRleHROb2RlIHtcbiAgcmVhZG9ubHkga2luZDogJ3RleHQnO1xuICByZWFkb25seSB0ZXh0OiBzdHJpbmc7XG59XG5cbi8qKiBge3tuYW1lfX1gIChlc2NhcGVkIHdoZW4gYW4gYGVzY2FwZWAgZnVuY3Rpb24gaXMgc2V0KSBvciBge3t7bmFtZX19fWAgLyBge3smbmFtZX19YCAobmV2ZXIgZXNjYXBlZCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFZhcmlhYmxlTm9kZSB7XG4gIHJlYWRvbmx5IGtpbmQ6ICd2YXJpYWJsZSc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgcGF0aDogTmFtZVBhdGg7XG4gIHJlYWRvbmx5IGVzY2FwZWQ6IGJvb2xlYW47XG59XG5cbi8qKiBge3sjbmFtZX19XHUyMDI2e3svbmFtZX19YCBvciwgd2hlbiBgaW52ZXJ0ZWRgLCBge3tebmFtZX19XHUyMDI2e3svbmFtZX19YC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2VjdGlvbk5vZGUge1xuICByZWFkb25seSBraW5kOiAnc2VjdGlvbic7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgcGF0aDogTmFtZVBhdGg7XG4gIHJlYWRvbmx5IGludmVydGVkOiBib29sZWFuO1xuICByZWFkb25seSBjaGlsZHJlbjogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW107XG59XG5cbi8qKiBge3s+IG5hbWV9fWAuIGBpbmRlbnRhdGlvbmAgaXMgdGhlIHdoaXRlc3BhY2UgYmVmb3JlIGEgc3RhbmRhbG9uZSBwYXJ0aWFsIHRhZyAoJycgb3RoZXJ3aXNlKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFydGlhbE5vZGUge1xuICByZWFkb25seSBraW5kOiAncGFydGlhbCc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgaW5kZW50YXRpb246IHN0cmluZztcbn1cblxuLyoqIE9uZSBub2RlIG9mIGEgcGFyc2VkIHRlbXBsYXRlLiAqL1xuZXhwb3J0IHR5cGUgVGVtcGxhdGVOb2RlID0gVGV4dE5vZGUgfCBWYXJpYWJsZU5vZGUgfCBTZWN0aW9uTm9kZSB8IFBhcnRpYWxOb2RlO1xuXG4vKiogVGhlIHRhZ3MgZXZlcnkgdGVtcGxhdGUgc3RhcnRzIHdpdGguIFBhc3NlZCBleHBsaWNpdGx5IHNvIGBNdXN0YWNoZS50YWdzYCBpcyBuZXZlciBjb25zdWx0ZWQuICovXG5jb25zdCBERUZBVUxUX1RBR1M6IFtzdHJpbmcsIHN0cmluZ10gPSBbJ3t7JywgJ319J107XG5cbmludGVyZmFjZSBUb2tlblBhcnNlciB7XG4gIHBhcnNlKHRlbXBsYXRlOiBzdHJpbmcsIHRhZ3M/OiBbc3RyaW5nLCBzdHJpbmddKTogdW5rbm93bjtcbn1cblxubGV0IHBhcnNlcjogVG9rZW5QYXJzZXIgfCB1bmRlZmluZWQ7XG5cbmZ1bmN0aW9uIHRva2VuUGFyc2VyKCk6IFRva2VuUGFyc2VyIHtcbiAgaWYgKHBhcnNlciA9PT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3Qgd3JpdGVyID0gbmV3IE11c3RhY2hlLldyaXRlcigpO1xuICAgIC8vIEEgcHJpdmF0ZSB3cml0ZXIgd2l0aG91dCBhIGNhY2hlOiBwYXJzZWQgdGVtcGxhdGVzIGFyZSBub3Qga2VwdCAoYW5kIG5ldmVyIHNoYXJlZCB3aXRoIG90aGVyIGNvZGUpLlxuICAgICh3cml0ZXIgYXMgdW5rbm93biBhcyB7IHRlbXBsYXRlQ2FjaGU6IHVua25vd24gfSkudGVtcGxhdGVDYWNoZSA9IHVuZGVmaW5lZDtcbiAgICBwYXJzZXIgPSB3cml0ZXI7XG4gIH1cbiAgcmV0dXJuIHBhcnNlcjtcbn1cblxuLyoqXG4gKiBQYXJzZSBhIHRlbXBsYXRlIGludG8gbm9kZXMuXG4gKlxuICogQHBhcmFtIHNvdXJjZSAtIHRoZSBtdXN0YWNoZSB0ZW1wbGF0ZVxuICogQHBhcmFtIGxvY2F0aW9uIC0gd2hlcmUgdGhlIHRlbXBsYXRlIGNvbWVzIGZyb20sIGZvciBlcnJvcnMuIFdoZW4gYGxvY2F0aW9uLmxpbmVgIGlzIHNldCBpdCBpcyB0aGUgbGluZSBvZlxuICogICB0aGUgZmlsZSBvbiB3aGljaCB0aGUgdGVtcGxhdGUgc3RhcnRzLCBhbmQgZXJyb3JzIHBvaW50IGF0IHRoZSBleGFjdCBmaWxlIGxpbmUuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gb24gYSBzeW50YXggZXJyb3IgKHVuY2xvc2VkIHRhZyBvciBzZWN0aW9uLCBhIHN0cmF5IGNsb3NpbmcgdGFnLCBiYWQgZGVsaW1pdGVycylcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlVGVtcGxhdGUoc291cmNlOiBzdHJpbmcsIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9KTogVGVtcGxhdGVOb2RlW10ge1xuICBsZXQgdG9rZW5zOiB1bmtub3duO1xuICB0cnkge1xuICAgIHRva2VucyA9IHRva2VuUGFyc2VyKCkucGFyc2Uoc291cmNlLCBERUZBVUxUX1RBR1MpO1xuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IHN5bnRheEVycm9yKGVycm9yLCBzb3VyY2UsIGxvY2F0aW9uKTtcbiAgfVxuICByZXR1cm4gY29udmVydFRva2Vucyhhc1Rva2VuTGlzdCh0b2tlbnMpKTtcbn1cblxudHlwZSBUb2tlbiA9IHJlYWRvbmx5IHVua25vd25bXTtcblxuZnVuY3Rpb24gYXNUb2tlbkxpc3QodmFsdWU6IHVua25vd24pOiByZWFkb25seSBUb2tlbltdIHtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodmFsdWUpID8gKHZhbHVlIGFzIFRva2VuW10pIDogW107XG59XG5cbmZ1bmN0aW9uIGNvbnZlcnRUb2tlbnModG9rZW5zOiByZWFkb25seSBUb2tlbltdKTogVGVtcGxhdGVOb2RlW10ge1xuICBjb25zdCBub2RlczogVGVtcGxhdGVOb2RlW10gPSBbXTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB0b2tlbnMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCB0b2tlbiA9IHRva2Vuc1tpXSBhcyBUb2tlbjtcbiAgICBjb25zdCB0eXBlID0gdG9rZW5bMF07XG4gICAgY29uc3QgdmFsdWUgPSBTdHJpbmcodG9rZW5bMV0gPz8gJycpO1xuICAgIHN3aXRjaCAodHlwZSkge1xuICAgICAgY2FzZSAndGV4dCc6IHtcbiAgICAgICAgY29uc3QgbGFzdCA9IG5vZGVzW25vZGVzLmxlbmd0aCAtIDFdO1xuICAgICAgICBpZiAobGFzdD8ua2luZCA9PT0gJ3RleHQnKSBub2Rlc1tub2Rlcy5sZW5ndGggLSAxXSA9IHsga2luZDogJ3RleHQnLCB0ZXh0OiBsYXN0LnRleHQgKyB2YWx1ZSB9O1xuICAgICAgICBlbHNlIG5vZGVzLnB1c2goeyBraW5kOiAndGV4dCcsIHRleHQ6IHZhbHVlIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGNhc2UgJ25hbWUnOlxuICAgICAgY2FzZSAnJic6XG4gICAgICAgIG5vZGVzLnB1c2goeyBraW5kOiAndmFyaWFibGUnLCBuYW1lOiB2YWx1ZSwgcGF0aDogcGFyc2VOYW1lUGF0aCh2YWx1ZSksIGVzY2FwZWQ6IHR5cGUgPT09ICduYW1lJyB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICcjJzpcbiAgICAgIGNhc2UgJ14nOlxuICAgICAgICBub2Rlcy5wdXNoKHtcbiAgICAgICAgICBraW5kOiAnc2VjdGlvbicsXG4gICAgICAgICAgbmFtZTogdmFsdWUsXG4gICAgICAgICAgcGF0aDogcGFyc2VOYW1lUGF0aCh2YWx1ZSksXG4gICAgICAgICAgaW52ZXJ0ZWQ6IHR5cGUgPT09ICdeJyxcbiAgICAgICAgICBjaGlsZHJlbjogY29udmVydFRva2Vucyhhc1Rva2VuTGlzdCh0b2tlbls0XSkpLFxuICAgICAgICB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICc+JzpcbiAgICAgICAgbm9kZXMucHVzaCh7IGtpbmQ6ICdwYXJ0aWFsJywgbmFtZTogdmFsdWUsIGluZGVudGF0aW9uOiBzdGFuZGFsb25lSW5kZW50YXRpb24odG9rZW4sIHRva2Vuc1tpIC0gMV0pIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIC8vICchJyBjb21tZW50cyBhbmQgJz0nIHNldC1kZWxpbWl0ZXIgdGFncyByZW5kZXIgbm90aGluZy5cbiAgICAgICAgYnJlYWs7XG4gICAgfVxuICB9XG4gIHJldHVybiBub2Rlcztcbn1cblxuLyoqXG4gKiBUaGUgaW5kZW50YXRpb24gdG8gYXBwbHkgdG8gYSBwYXJ0aWFsOiB0aGUgd2hpdGVzcGFjZSBiZWZvcmUgdGhlIHRhZyB3aGVuIHRoZSB0YWcgc3RhbmRzIGFsb25lIG9uIGl0cyBsaW5lXG4gKiAoc3BlYyBcIlN0YW5kYWxvbmUgSW5kZW50YXRpb25cIiksICcnIG90aGVyd2lzZS4gbXVzdGFjaGUncyBwYXJ0aWFsIHRva2VuIGlzXG4gKiBgWyc+JywgbmFtZSwgc3RhcnQsIGVuZCwgaW5kZW50YXRpb24sIHRhZ0luZGV4LCBsaW5lSGFzTm9uU3BhY2VdYC4gVGhlIHRhZyBpcyBzdGFuZGFsb25lIHdoZW4gaXQgaXMgdGhlIGZpcnN0XG4gKiB0YWcgb2YgYSBsaW5lIGhvbGRpbmcgb25seSB3aGl0ZXNwYWNlIGJlZm9yZSBpdCwgYW5kIHRoZSBwYXJzZXIgcmVtb3ZlZCB0aGF0IHdoaXRlc3BhY2UgKHNvIHRoZSBwcmV2aW91c1xuICogdGV4dCB0b2tlbiBkb2VzIG5vdCBlbmQgcmlnaHQgd2hlcmUgdGhlIHRhZyBzdGFydHMpLlxuICovXG5mdW5jdGlvbiBzdGFuZGFsb25lSW5kZW50YXRpb24odG9rZW46IFRva2VuLCBwcmV2aW91czogVG9rZW4gfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICBjb25zdCBpbmRlbnRhdGlvbiA9IHR5cGVvZiB0b2tlbls0XSA9PT0gJ3N0cmluZycgPyB0b2tlbls0XSA6ICcnO1xuICBpZiAoaW5kZW50YXRpb24gPT09ICcnIHx8IHRva2VuWzVdICE9PSAwIHx8IHRva2VuWzZdID09PSB0cnVlKSByZXR1cm4gJyc7XG4gIGlmIChwcmV2aW91cyAhPT0gdW5kZWZpbmVkICYmIHByZXZpb3VzWzBdID09PSAndGV4dCcgJiYgcHJldmlvdXNbM10gPT09IHRva2VuWzJdKSByZXR1cm4gJyc7XG4gIHJldHVybiBpbmRlbnRhdGlvbi5yZXBsYWNlKC9bXiBcXHRdL2csICcnKTtcbn1cblxuY29uc3QgTUVTU0FHRV9PRkZTRVQgPSAvXFxiYXQgKFxcZCspJC87XG5cbmZ1bmN0aW9uIHN5bnRheEVycm9yKGVycm9yOiB1bmtub3duLCBzb3VyY2U6IHN0cmluZywgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uKTogUHJvbXB0Rm9ybWF0RXJyb3Ige1xuICBjb25zdCByYXcgPSBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gZXJyb3IubWVzc2FnZSA6IFN0cmluZyhlcnJvcik7XG4gIGNvbnN0IG9mZnNldE1hdGNoID0gTUVTU0FHRV9PRkZTRVQuZXhlYyhyYXcpO1xuICBjb25zdCBvZmZzZXQgPSBvZmZzZXRNYXRjaCA/IE51bWJlcihvZmZzZXRNYXRjaFsxXSkgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IHByb2JsZW0gPSBkZXNjcmliZVN5bnRheEVycm9yKHJhdyk7XG4gIGNvbnN0IHdoZXJlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAndGVtcGxhdGUnIH07XG4gIGxldCBhdCA9ICcnO1xuICBpZiAob2Zmc2V0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCB7IGxpbmUsIGNvbHVtbiB9ID0gbGluZUFuZENvbHVtbihzb3VyY2UsIG9mZnNldCk7XG4gICAgaWYgKGxvY2F0aW9uLmxpbmUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgd2hlcmUubGluZSA9IGxvY2F0aW9uLmxpbmUgKyBsaW5lIC0gMTtcbiAgICAgIHdoZXJlLmNvbHVtbiA9IGxpbmUgPT09IDEgJiYgbG9jYXRpb24uY29sdW1uICE9PSB1bmRlZmluZWQgPyBsb2NhdGlvbi5jb2x1bW4gKyBjb2x1bW4gLSAxIDogY29sdW1uO1xuICAgIH0gZWxzZSB7XG4gICAgICBhdCA9IGAgKHRlbXBsYXRlIGxpbmUgJHtsaW5lfSwgY29sdW1uICR7Y29sdW1ufSlgO1xuICAgIH1cbiAgfVxuICByZXR1cm4gbmV3IFByb21wdEZvcm1hdEVycm9yKGBpbnZhbGlkIG11c3RhY2hlIHRlbXBsYXRlJHthdH06ICR7cHJvYmxlbX1gLCB3aGVyZSwgeyBjYXVzZTogZXJyb3IgfSk7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlU3ludGF4RXJyb3IocmF3OiBzdHJpbmcpOiBzdHJpbmcge1xuICBsZXQgbSA9IC9eVW5jbG9zZWQgdGFnLy5leGVjKHJhdyk7XG4gIGlmIChtKSByZXR1cm4gJ2EgdGFnIGlzIG9wZW5lZCBidXQgbmV2ZXIgY2xvc2VkOyBjbG9zZSBpdCAoZS5nLiBcInt7bmFtZX19XCIpJztcbiAgbSA9IC9eVW5vcGVuZWQgc2VjdGlvbiBcIiguKilcIi8uZXhlYyhyYXcpO1xuICBpZiAobSkgcmV0dXJuIGBcInt7LyR7bVsxXX19fVwiIGNsb3NlcyBhIHNlY3Rpb24gdGhhdCB3YXMgbmV2ZXIgb3BlbmVkOyBhZGQgXCJ7eyMke21bMV19fX1cIiBiZWZvcmUgaXQgb3IgcmVtb3ZlIGl0YDtcbiAgbSA9IC9eVW5jbG9zZWQgc2VjdGlvbiBcIiguKilcIi8uZXhlYyhyYXcpO1xuICBpZiAobSkgcmV0dXJuIGBzZWN0aW9uIFwie3sjJHttWzFdfX19XCIgaXMgbm90IGNsb3NlZDsgYWRkIFwie3svJHttWzFdfX19XCIgYXQgaXRzIGVuZCAoc2VjdGlvbnMgY2xvc2UgaW4gbmVzdGluZyBvcmRlcilgO1xuICBtID0gL15JbnZhbGlkIHRhZ3M6ICguKikvLmV4ZWMocmF3KTtcbiAgaWYgKG0pIHJldHVybiBgaW52YWxpZCBzZXQtZGVsaW1pdGVyIHRhZyBcIiR7bVsxXX1cIjsgdXNlIHR3byBkZWxpbWl0ZXJzIHNlcGFyYXRlZCBieSBhIHNwYWNlLCBlLmcuIFwie3s9PCUgJT49fX1cImA7XG4gIHJldHVybiBgJHtyYXd9OyBmaXggdGhlIHRlbXBsYXRlIHN5bnRheGA7XG59XG5cbmZ1bmN0aW9uIGxpbmVBbmRDb2x1bW4oc291cmNlOiBzdHJpbmcsIG9mZnNldDogbnVtYmVyKTogeyBsaW5lOiBudW1iZXI7IGNvbHVtbjogbnVtYmVyIH0ge1xuICBsZXQgbGluZSA9IDE7XG4gIGxldCBsaW5lU3RhcnQgPSAwO1xuICBjb25zdCBlbmQgPSBNYXRoLm1pbihvZmZzZXQsIHNvdXJjZS5sZW5ndGgpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGVuZDsgaSsrKSB7XG4gICAgaWYgKHNvdXJjZS5jaGFyQ29kZUF0KGkpID09PSAxMCkge1xuICAgICAgbGluZSsrO1xuICAgICAgbGluZVN0YXJ0ID0gaSArIDE7XG4gICAgfVxuICB9XG4gIHJldHVybiB7IGxpbmUsIGNvbHVtbjogZW5kIC0gbGluZVN0YXJ0ICsgMSB9O1xufVxuIiwgIi8qKlxuICogQ29udGV4dCBsb29rdXAgb3ZlciBhIHN0YWNrIG9mIGZyYW1lcywgYXMgdGhlIE11c3RhY2hlIHNwZWMgZGVzY3JpYmVzIGl0LCByZWFkaW5nIG93biBwcm9wZXJ0aWVzIG9ubHkuXG4gKlxuICogLSBgLmAgaXMgdGhlIHRvcCBmcmFtZSAodGhlIGltcGxpY2l0IGl0ZXJhdG9yKS5cbiAqIC0gQSBuYW1lIGlzIHNlYXJjaGVkIGZyb20gdGhlIHRvcCBmcmFtZSBkb3duOyB0aGUgZmlyc3QgZnJhbWUgdGhhdCBPV05TIHRoZSBwcm9wZXJ0eSB3aW5zLCBldmVuIHdoZW4gaXRzXG4gKiAgIHZhbHVlIGlzIGB1bmRlZmluZWRgLlxuICogLSBBIGRvdHRlZCBuYW1lIGBhLmIuY2AgbG9va3MgdXAgb25seSBgYWAgdGhyb3VnaCB0aGUgc3RhY2ssIHRoZW4gcmVhZHMgYGJgIGFuZCBgY2AgaW5zaWRlIHRoYXQgdmFsdWUgYWxvbmVcbiAqICAgKHNwZWMgXCJEb3R0ZWQgTmFtZXMgLSBDb250ZXh0IFByZWNlZGVuY2VcIjogYSBtaXNzIG9uIGBiYCBpcyBhIG1pc3MsIGl0IGRvZXMgbm90IGZhbGwgYmFjayB0byBvdXRlciBmcmFtZXMpLlxuICogLSBPbmx5IG93biBwcm9wZXJ0aWVzIG9mIG9iamVjdHMgYXJlIHJlYWQgKGBPYmplY3QuaGFzT3duYCk6IGB7e2NvbnN0cnVjdG9yfX1gLCBge3tfX3Byb3RvX199fWAgYW5kXG4gKiAgIGB7e3RvU3RyaW5nfX1gIGFyZSBtaXNzZXMsIGFuZCBwcmltaXRpdmVzIGhhdmUgbm8gcHJvcGVydGllcyAoYHt7bmFtZS5sZW5ndGh9fWAgb24gYSBzdHJpbmcgaXMgYSBtaXNzKS5cbiAqIEBtb2R1bGVcbiAqL1xuXG4vKiogQSBwYXJzZWQgdmFyaWFibGUgbmFtZTogYFtdYCBmb3IgYC5gLCBvdGhlcndpc2UgdGhlIGRvdC1zZXBhcmF0ZWQgc2VnbWVudHMuICovXG5leHBvcnQgdHlwZSBOYW1lUGF0aCA9IHJlYWRvbmx5IHN0cmluZ1tdO1xuXG4vKiogU3BsaXQgYSB0YWcgbmFtZSBpbnRvIGl0cyBwYXRoOiBgJy4nYCBcdTIxOTIgYFtdYCwgYCdhLmInYCBcdTIxOTIgYFsnYScsICdiJ11gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlTmFtZVBhdGgobmFtZTogc3RyaW5nKTogTmFtZVBhdGgge1xuICByZXR1cm4gbmFtZSA9PT0gJy4nID8gW10gOiBuYW1lLnNwbGl0KCcuJyk7XG59XG5cbi8qKiBSZWFkIGFuIG93biBwcm9wZXJ0eSBvZiBhbiBvYmplY3QgdmFsdWUsIG9yIGB1bmRlZmluZWRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRPd24odmFsdWU6IHVua25vd24sIGtleTogc3RyaW5nKTogdW5rbm93biB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmIE9iamVjdC5oYXNPd24odmFsdWUsIGtleSlcbiAgICA/ICh2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba2V5XVxuICAgIDogdW5kZWZpbmVkO1xufVxuXG4vKiogUmVhZCBhIHBhdGggb2Ygb3duIHByb3BlcnRpZXMgc3RhcnRpbmcgYXQgYHZhbHVlYCAobm8gc3RhY2spOiBgW11gIGlzIGB2YWx1ZWAgaXRzZWxmLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRPd25QYXRoKHZhbHVlOiB1bmtub3duLCBwYXRoOiBOYW1lUGF0aCk6IHVua25vd24ge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHBhdGgubGVuZ3RoICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7IGkrKykgdmFsdWUgPSByZWFkT3duKHZhbHVlLCBwYXRoW2ldIGFzIHN0cmluZyk7XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqIExvb2sgYSBzaW5nbGUgKHVuZG90dGVkKSBuYW1lIHVwIHRocm91Z2ggdGhlIGZyYW1lcywgdG9wIGZpcnN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvb2t1cE5hbWUoZnJhbWVzOiByZWFkb25seSB1bmtub3duW10sIGtleTogc3RyaW5nKTogdW5rbm93biB7XG4gIGZvciAobGV0IGkgPSBmcmFtZXMubGVuZ3RoIC0gMTsgaSA+PSAwOyBpLS0pIHtcbiAgICBjb25zdCBmcmFtZSA9IGZyYW1lc1tpXTtcbiAgICBpZiAodHlwZW9mIGZyYW1lID09PSAnb2JqZWN0JyAmJiBmcmFtZSAhPT0gbnVsbCAmJiBPYmplY3QuaGFzT3duKGZyYW1lLCBrZXkpKSB7XG4gICAgICByZXR1cm4gKGZyYW1lIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KVtrZXldO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogTG9vayBhIHBhcnNlZCBuYW1lIHBhdGggdXAgdGhyb3VnaCB0aGUgZnJhbWVzIChzZWUgdGhlIG1vZHVsZSBjb21tZW50IGZvciB0aGUgcnVsZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvb2t1cFBhdGgoZnJhbWVzOiByZWFkb25seSB1bmtub3duW10sIHBhdGg6IE5hbWVQYXRoKTogdW5rbm93biB7XG4gIGNvbnN0IGZpcnN0ID0gcGF0aFswXTtcbiAgaWYgKGZpcnN0ID09PSB1bmRlZmluZWQpIHJldHVybiBmcmFtZXNbZnJhbWVzLmxlbmd0aCAtIDFdO1xuICBsZXQgdmFsdWUgPSBsb29rdXBOYW1lKGZyYW1lcywgZmlyc3QpO1xuICBmb3IgKGxldCBpID0gMTsgaSA8IHBhdGgubGVuZ3RoICYmIHZhbHVlICE9PSB1bmRlZmluZWQ7IGkrKykge1xuICAgIHZhbHVlID0gcmVhZE93bih2YWx1ZSwgcGF0aFtpXSBhcyBzdHJpbmcpO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cbiIsICIvKipcbiAqIFN0YXRpYyBhbmFseXNpcyBvZiBhIHRlbXBsYXRlOiB3aGljaCB0b3AtbGV2ZWwgdmFyaWFibGVzIGl0IHJlYWRzLCB3aGljaCBpdCBhbHdheXMgcmVhZHMsIGFuZCB3aGljaFxuICogcGFydGlhbHMgaXQgaW5jbHVkZXMuIEZlZWRzIHRoZSBpbmZlcnJlZCBpbnB1dCBzY2hlbWEgYW5kIHRoZSB0ZW1wbGF0ZSBcdTIxQzQgc2NoZW1hIGNoZWNrLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSB7IFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHBhcnNlVGVtcGxhdGUsIHR5cGUgVGVtcGxhdGVOb2RlIH0gZnJvbSAnLi9wYXJzZS5qcyc7XG5cbi8qKlxuICogV2hlcmUgYSB0YWcgc2l0cywgd2hpY2ggZGVjaWRlcyB3aGljaCBjb250ZXh0IGl0IHJlYWRzOlxuICogLSBgJ3Jvb3QnYDogb3V0c2lkZSBhbnkgc2VjdGlvbiwgcmVhZCBmcm9tIHRoZSBpbnB1dCBpdHNlbGYgb24gZXZlcnkgcmVuZGVyO1xuICogLSBgJ2NvbmRpdGlvbmFsJ2A6IGluc2lkZSBpbnZlcnRlZCBzZWN0aW9ucyBvbmx5ICh0aGV5IHB1c2ggbm8gY29udGV4dCksIHJlYWQgZnJvbSB0aGUgaW5wdXQgd2hlbiByZW5kZXJlZDtcbiAqIC0gYCduZXN0ZWQnYDogaW5zaWRlIGEgYHt7I3NlY3Rpb259fWAsIHdoaWNoIG1heSByZXNvbHZlIGl0IGZyb20gdGhlIHNlY3Rpb24ncyB2YWx1ZSBpbnN0ZWFkLlxuICovXG5leHBvcnQgdHlwZSBUYWdTY29wZSA9ICdyb290JyB8ICdjb25kaXRpb25hbCcgfCAnbmVzdGVkJztcblxuLyoqIEEgYHt7PiBuYW1lfX1gIGluY2x1ZGUgYW5kIHRoZSBzY29wZSBpdCBzaXRzIGluLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJ0aWFsUmVmZXJlbmNlIHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzY29wZTogVGFnU2NvcGU7XG59XG5cbi8qKiBXaGF0IGEgdGVtcGxhdGUgcmVhZHMuIE5hbWVzIGFyZSB0aGUgRklSU1Qgc2VnbWVudCBvZiBkb3R0ZWQgbmFtZXMgKGB7e3VzZXIubmFtZX19YCBcdTIxOTIgYHVzZXJgKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGVtcGxhdGVBbmFseXNpcyB7XG4gIC8qKiBOYW1lcyByZWFkIG9uIGV2ZXJ5IHJlbmRlciBhdCB0aGUgaW5wdXQgbGV2ZWwgKG91dHNpZGUgYW55IHNlY3Rpb24pOiB0aGUgaW5mZXJyZWQgcmVxdWlyZWQgaW5wdXRzLiAqL1xuICByZWFkb25seSByZXF1aXJlZDogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKlxuICAgKiBFdmVyeSBuYW1lIHJlYWQgYXQgdGhlIGlucHV0IGxldmVsOiBgcmVxdWlyZWRgLCBzZWN0aW9uIG5hbWVzIGF0IHRoZSBpbnB1dCBsZXZlbCwgYW5kIG5hbWVzIGluc2lkZVxuICAgKiBpbnZlcnRlZCBzZWN0aW9ucy4gTmFtZXMgaW5zaWRlIGB7eyNzZWN0aW9ufX1gIGFyZSBsZWZ0IG91dDogdGhleSBtYXkgY29tZSBmcm9tIHRoZSBzZWN0aW9uJ3MgdmFsdWUuXG4gICAqL1xuICByZWFkb25seSBhbGw6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKipcbiAgICogTmFtZXMgcmVhZCBvbmx5IGluc2lkZSBge3sjc2VjdGlvbn19YHMgKG5vdCBpbiBgYWxsYCk6IGVhY2ggbWF5IGNvbWUgZnJvbSB0aGUgc2VjdGlvbidzIHZhbHVlIG9yLCB0aHJvdWdoXG4gICAqIHRoZSBjb250ZXh0IHN0YWNrLCBmcm9tIHRoZSBpbnB1dC4gQW4gaW5mZXJyZWQgc2NoZW1hIGFjY2VwdHMgdGhlbSBhcyBvcHRpb25hbCBpbnB1dHM7IHRoZSB0ZW1wbGF0ZSBcdTIxQzRcbiAgICogc2NoZW1hIGNoZWNrIGlnbm9yZXMgdGhlbS5cbiAgICovXG4gIHJlYWRvbmx5IG5lc3RlZDogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBOYW1lcyBvZiB0aGUgcGFydGlhbHMgaW5jbHVkZWQgKGRpcmVjdGx5KSwgaW4gb3JkZXIgb2YgZmlyc3QgdXNlLiAqL1xuICByZWFkb25seSBwYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW107XG59XG5cbi8qKiBUaGUgYW5hbHlzaXMgb2Ygb25lIHRlbXBsYXRlJ3Mgb3duIG5vZGVzLCBiZWZvcmUgaXRzIHBhcnRpYWxzIGFyZSB0YWtlbiBpbnRvIGFjY291bnQuICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2FsQW5hbHlzaXMgZXh0ZW5kcyBUZW1wbGF0ZUFuYWx5c2lzIHtcbiAgLyoqIEV2ZXJ5IGluY2x1ZGUgd2l0aCBpdHMgc2NvcGUgKG9uZSBlbnRyeSBwZXIgdGFnKS4gKi9cbiAgcmVhZG9ubHkgcmVmZXJlbmNlczogcmVhZG9ubHkgUGFydGlhbFJlZmVyZW5jZVtdO1xufVxuXG4vKiogQW5hbHlzZSBwYXJzZWQgbm9kZXMgKHBhcnRpYWxzIGFyZSBsaXN0ZWQsIG5vdCBmb2xsb3dlZCkuICovXG5leHBvcnQgZnVuY3Rpb24gYW5hbHl6ZU5vZGVzKG5vZGVzOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXSk6IExvY2FsQW5hbHlzaXMge1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhbGwgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgbmVzdGVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHJlZmVyZW5jZXM6IFBhcnRpYWxSZWZlcmVuY2VbXSA9IFtdO1xuICB3YWxrKG5vZGVzLCAncm9vdCcsIHsgcmVxdWlyZWQsIGFsbCwgbmVzdGVkIH0sIHJlZmVyZW5jZXMpO1xuICByZXR1cm4ge1xuICAgIHJlcXVpcmVkOiBbLi4ucmVxdWlyZWRdLFxuICAgIGFsbDogWy4uLmFsbF0sXG4gICAgbmVzdGVkOiBbLi4ubmVzdGVkXS5maWx0ZXIoKG5hbWUpID0+ICFhbGwuaGFzKG5hbWUpKSxcbiAgICBwYXJ0aWFsczogWy4uLm5ldyBTZXQocmVmZXJlbmNlcy5tYXAoKHIpID0+IHIubmFtZSkpXSxcbiAgICByZWZlcmVuY2VzLFxuICB9O1xufVxuXG4vKipcbiAqIEFuYWx5c2UgYSB0ZW1wbGF0ZSBzb3VyY2Ugb24gaXRzIG93biAocGFydGlhbHMgYXJlIGxpc3RlZCwgbm90IGZvbGxvd2VkKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGFuYWx5emVUZW1wbGF0ZSgnSGkge3t1c2VyLm5hbWV9fXt7I3ZpcH19ICh7e3RpZXJ9fSl7ey92aXB9fXt7XnZpcH19e3s+IHVwc2VsbH19e3svdmlwfX0nKTtcbiAqIC8vIHsgcmVxdWlyZWQ6IFsndXNlciddLCBhbGw6IFsndXNlcicsICd2aXAnXSwgbmVzdGVkOiBbJ3RpZXInXSwgcGFydGlhbHM6IFsndXBzZWxsJ10gfVxuICogYGBgXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiB0aGUgdGVtcGxhdGUgZG9lcyBub3QgcGFyc2VcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFuYWx5emVUZW1wbGF0ZShzb3VyY2U6IHN0cmluZywgbG9jYXRpb24/OiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IFRlbXBsYXRlQW5hbHlzaXMge1xuICBjb25zdCB7IHJlcXVpcmVkLCBhbGwsIG5lc3RlZCwgcGFydGlhbHMgfSA9IGFuYWx5emVOb2RlcyhwYXJzZVRlbXBsYXRlKHNvdXJjZSwgbG9jYXRpb24pKTtcbiAgcmV0dXJuIHsgcmVxdWlyZWQsIGFsbCwgbmVzdGVkLCBwYXJ0aWFscyB9O1xufVxuXG5pbnRlcmZhY2UgTmFtZVNldHMge1xuICByZWFkb25seSByZXF1aXJlZDogU2V0PHN0cmluZz47XG4gIHJlYWRvbmx5IGFsbDogU2V0PHN0cmluZz47XG4gIHJlYWRvbmx5IG5lc3RlZDogU2V0PHN0cmluZz47XG59XG5cbmZ1bmN0aW9uIHdhbGsobm9kZXM6IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdLCBzY29wZTogVGFnU2NvcGUsIG5hbWVzOiBOYW1lU2V0cywgcmVmZXJlbmNlczogUGFydGlhbFJlZmVyZW5jZVtdKTogdm9pZCB7XG4gIGZvciAoY29uc3Qgbm9kZSBvZiBub2Rlcykge1xuICAgIHN3aXRjaCAobm9kZS5raW5kKSB7XG4gICAgICBjYXNlICd2YXJpYWJsZSc6XG4gICAgICAgIGFkZE5hbWUobm9kZS5wYXRoWzBdLCBzY29wZSwgZmFsc2UsIG5hbWVzKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlICdzZWN0aW9uJzoge1xuICAgICAgICBhZGROYW1lKG5vZGUucGF0aFswXSwgc2NvcGUsIHRydWUsIG5hbWVzKTtcbiAgICAgICAgY29uc3QgaW5uZXI6IFRhZ1Njb3BlID0gbm9kZS5pbnZlcnRlZCAmJiBzY29wZSAhPT0gJ25lc3RlZCcgPyAnY29uZGl0aW9uYWwnIDogJ25lc3RlZCc7XG4gICAgICAgIHdhbGsobm9kZS5jaGlsZHJlbiwgaW5uZXIsIG5hbWVzLCByZWZlcmVuY2VzKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICBjYXNlICdwYXJ0aWFsJzpcbiAgICAgICAgcmVmZXJlbmNlcy5wdXNoKHsgbmFtZTogbm9kZS5uYW1lLCBzY29wZSB9KTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICBicmVhaztcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gYWRkTmFtZShmaXJzdDogc3RyaW5nIHwgdW5kZWZpbmVkLCBzY29wZTogVGFnU2NvcGUsIGlzU2VjdGlvbjogYm9vbGVhbiwgbmFtZXM6IE5hbWVTZXRzKTogdm9pZCB7XG4gIGlmIChmaXJzdCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmIChzY29wZSA9PT0gJ25lc3RlZCcpIHtcbiAgICBuYW1lcy5uZXN0ZWQuYWRkKGZpcnN0KTtcbiAgICByZXR1cm47XG4gIH1cbiAgbmFtZXMuYWxsLmFkZChmaXJzdCk7XG4gIGlmIChzY29wZSA9PT0gJ3Jvb3QnICYmICFpc1NlY3Rpb24pIG5hbWVzLnJlcXVpcmVkLmFkZChmaXJzdCk7XG59XG4iLCAiLyoqXG4gKiBQYXJ0aWFscyBhdCBjb21waWxlIHRpbWU6IGZldGNoIGV2ZXJ5IHBhcnRpYWwgcmVhY2hhYmxlIGZyb20gYSB0ZW1wbGF0ZSB0aHJvdWdoIHRoZSBjYWxsZXIncyByZXNvbHZlciwgcGFyc2VcbiAqIGVhY2ggb25jZSwgcmVwb3J0IG1pc3Npbmcgb25lcywgcmVqZWN0IGluY2x1ZGUgY3ljbGVzIHRoYXQgY2FuIG5ldmVyIGVuZCwgYW5kIGZvbGQgdGhlIHBhcnRpYWxzJyB2YXJpYWJsZXNcbiAqIGludG8gdGhlIGluY2x1ZGluZyB0ZW1wbGF0ZSdzIGFuYWx5c2lzLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgdHlwZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBhbmFseXplTm9kZXMsIHR5cGUgTG9jYWxBbmFseXNpcywgdHlwZSBUYWdTY29wZSwgdHlwZSBUZW1wbGF0ZUFuYWx5c2lzIH0gZnJvbSAnLi9hbmFseXplLmpzJztcbmltcG9ydCB7IHBhcnNlVGVtcGxhdGUsIHR5cGUgVGVtcGxhdGVOb2RlIH0gZnJvbSAnLi9wYXJzZS5qcyc7XG5cbi8qKiBSZXR1cm5zIHRoZSB0ZW1wbGF0ZSB0ZXh0IG9mIHRoZSBwYXJ0aWFsIG9mIHRoYXQgbmFtZSwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lLiAqL1xuZXhwb3J0IHR5cGUgUGFydGlhbFJlc29sdmVyID0gKG5hbWU6IHN0cmluZykgPT4gc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4vKiogQSBwYXJ0aWFsIGZvdW5kIGFuZCBwYXJzZWQgYXQgY29tcGlsZSB0aW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNvbHZlZFBhcnRpYWwge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNvdXJjZTogc3RyaW5nO1xuICByZWFkb25seSBub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW107XG4gIHJlYWRvbmx5IGFuYWx5c2lzOiBMb2NhbEFuYWx5c2lzO1xufVxuXG4vKiogRXZlcnkgcGFydGlhbCByZWFjaGFibGUgZnJvbSBvbmUgdGVtcGxhdGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFBhcnRpYWxHcmFwaCB7XG4gIC8qKiBUaGUgcGFydGlhbHMgZm91bmQsIGJ5IG5hbWUuICovXG4gIHJlYWRvbmx5IGZvdW5kOiBSZWFkb25seU1hcDxzdHJpbmcsIFJlc29sdmVkUGFydGlhbD47XG4gIC8qKiBOYW1lcyBpbmNsdWRlZCBzb21ld2hlcmUgYnV0IG5vdCBmb3VuZCAob25seSBwb3NzaWJsZSB3aGVuIG5vdCBzdHJpY3QpLiAqL1xuICByZWFkb25seSBtaXNzaW5nOiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIHJlc29sdmVQYXJ0aWFsR3JhcGh9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNvbHZlUGFydGlhbHNPcHRpb25zIHtcbiAgcmVhZG9ubHkgcmVzb2x2ZTogUGFydGlhbFJlc29sdmVyIHwgdW5kZWZpbmVkO1xuICAvKiogTWlzc2luZyBwYXJ0aWFscyBhcmUgZXJyb3JzIHdoZW4gdHJ1ZS4gKi9cbiAgcmVhZG9ubHkgc3RyaWN0OiBib29sZWFuO1xuICAvKiogTG9jYXRpb24gb2YgdGhlIGluY2x1ZGluZyB0ZW1wbGF0ZSwgZm9yIGVycm9ycy4gKi9cbiAgcmVhZG9ubHkgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uO1xufVxuXG4vKipcbiAqIEZldGNoIGFuZCBwYXJzZSBldmVyeSBwYXJ0aWFsIHJlYWNoYWJsZSBmcm9tIGByb290YCwgdGhlbiBjaGVjayBmb3IgZW5kbGVzcyBpbmNsdWRlIGN5Y2xlcy5cbiAqXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiBhIHBhcnRpYWwgaXMgbWlzc2luZyAoc3RyaWN0KSwgZG9lcyBub3QgcGFyc2UsIG9yIGEgY3ljbGUgb2YgaW5jbHVkZXMgc2l0c1xuICogICBvdXRzaWRlIGFueSBzZWN0aW9uIChpdCBjb3VsZCBuZXZlciBlbmQpXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlUGFydGlhbEdyYXBoKHJvb3Q6IExvY2FsQW5hbHlzaXMsIG9wdGlvbnM6IFJlc29sdmVQYXJ0aWFsc09wdGlvbnMpOiBQYXJ0aWFsR3JhcGgge1xuICBjb25zdCBmb3VuZCA9IG5ldyBNYXA8c3RyaW5nLCBSZXNvbHZlZFBhcnRpYWw+KCk7XG4gIGNvbnN0IG1pc3Npbmc6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgcXVldWU6IEFycmF5PHsgbmFtZTogc3RyaW5nOyBpbmNsdWRlcjogc3RyaW5nIHwgdW5kZWZpbmVkIH0+ID0gcm9vdC5wYXJ0aWFscy5tYXAoKG5hbWUpID0+ICh7XG4gICAgbmFtZSxcbiAgICBpbmNsdWRlcjogb3B0aW9ucy5sb2NhdGlvbi5wcm9tcHROYW1lLFxuICB9KSk7XG4gIGZvciAobGV0IGl0ZW0gPSBxdWV1ZS5zaGlmdCgpOyBpdGVtICE9PSB1bmRlZmluZWQ7IGl0ZW0gPSBxdWV1ZS5zaGlmdCgpKSB7XG4gICAgY29uc3QgeyBuYW1lLCBpbmNsdWRlciB9ID0gaXRlbTtcbiAgICBpZiAoc2Vlbi5oYXMobmFtZSkpIGNvbnRpbnVlO1xuICAgIHNlZW4uYWRkKG5hbWUpO1xuICAgIGNvbnN0IHNvdXJjZSA9IG9wdGlvbnMucmVzb2x2ZT8uKG5hbWUpO1xuICAgIGlmIChzb3VyY2UgPT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKG9wdGlvbnMuc3RyaWN0KSB0aHJvdyBtaXNzaW5nUGFydGlhbEVycm9yKG5hbWUsIGluY2x1ZGVyLCBvcHRpb25zLmxvY2F0aW9uKTtcbiAgICAgIG1pc3NpbmcucHVzaChuYW1lKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBub2RlcyA9IHBhcnNlVGVtcGxhdGUoc291cmNlLCB7IHByb21wdE5hbWU6IG5hbWUsIGZpZWxkOiAndGVtcGxhdGUnIH0pO1xuICAgIGNvbnN0IGFuYWx5c2lzID0gYW5hbHl6ZU5vZGVzKG5vZGVzKTtcbiAgICBmb3VuZC5zZXQobmFtZSwgeyBuYW1lLCBzb3VyY2UsIG5vZGVzLCBhbmFseXNpcyB9KTtcbiAgICBmb3IgKGNvbnN0IG5leHQgb2YgYW5hbHlzaXMucGFydGlhbHMpIHF1ZXVlLnB1c2goeyBuYW1lOiBuZXh0LCBpbmNsdWRlcjogbmFtZSB9KTtcbiAgfVxuICBjb25zdCBjeWNsZSA9IGZpbmRFbmRsZXNzQ3ljbGUocm9vdCwgZm91bmQpO1xuICBpZiAoY3ljbGUgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGxhc3QgPSBjeWNsZVtjeWNsZS5sZW5ndGggLSAxXSBhcyBzdHJpbmc7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYHBhcnRpYWwgaW5jbHVkZSBjeWNsZSAke2N5Y2xlLm1hcCgobikgPT4gYFwiJHtufVwiYCkuam9pbignIFx1MjE5MiAnKX0gaXMgb3V0c2lkZSBhbnkgc2VjdGlvbiwgc28gcmVuZGVyaW5nIGl0IGAgK1xuICAgICAgICBgY291bGQgbmV2ZXIgZW5kOyBwdXQgdGhlIHJlY3Vyc2l2ZSBcInt7PiAke2xhc3R9fX1cIiBpbnNpZGUgYSBzZWN0aW9uIHRoYXQgZW5kcyBgICtcbiAgICAgICAgYChlLmcuIFwie3sjY2hpbGRyZW59fXt7PiAke2xhc3R9fX17ey9jaGlsZHJlbn19XCIpIG9yIHJlbW92ZSBpdGAsXG4gICAgICB7IC4uLm9wdGlvbnMubG9jYXRpb24sIGZpZWxkOiBvcHRpb25zLmxvY2F0aW9uLmZpZWxkID8/ICd0ZW1wbGF0ZScgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiB7IGZvdW5kLCBtaXNzaW5nIH07XG59XG5cbmZ1bmN0aW9uIG1pc3NpbmdQYXJ0aWFsRXJyb3IoXG4gIG5hbWU6IHN0cmluZyxcbiAgaW5jbHVkZXI6IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uLFxuKTogUHJvbXB0Rm9ybWF0RXJyb3Ige1xuICBjb25zdCBieSA9IGluY2x1ZGVyID09PSB1bmRlZmluZWQgPyAnJyA6IGAgKGluY2x1ZGVkIGJ5IFwiJHtpbmNsdWRlcn1cIilgO1xuICByZXR1cm4gbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgIGBwYXJ0aWFsIFwiJHtuYW1lfVwiIG5vdCBmb3VuZCR7Ynl9OyBjcmVhdGUgaXQgKGUuZy4gJHtuYW1lfS5wcm9tcHQubWQ7IHNoYXJlZCBzbmlwcGV0cyB1c3VhbGx5IGxpdmUgYCArXG4gICAgICBgdW5kZXIgcGFydGlhbHMvKSBvciBmaXggdGhlIG5hbWUgaW4gXCJ7ez4gJHtuYW1lfX19XCJgLFxuICAgIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBsb2NhdGlvbi5maWVsZCA/PyAndGVtcGxhdGUnIH0sXG4gICk7XG59XG5cbi8qKlxuICogQSBjeWNsZSBtYWRlIG9ubHkgb2YgaW5jbHVkZXMgdGhhdCBzaXQgb3V0c2lkZSBhbnkgc2VjdGlvbiAoc2NvcGUgYCdyb290J2ApIHJlbmRlcnMgZm9yZXZlciBvbmNlIGVudGVyZWQuXG4gKiBSZXR1cm5zIHRoZSBuYW1lcyBhbG9uZyB0aGUgZmlyc3Qgc3VjaCBjeWNsZSBmb3VuZCAoZmlyc3QgbmFtZSByZXBlYXRlZCBhdCB0aGUgZW5kKSwgb3IgYHVuZGVmaW5lZGAuXG4gKi9cbmZ1bmN0aW9uIGZpbmRFbmRsZXNzQ3ljbGUocm9vdDogTG9jYWxBbmFseXNpcywgZm91bmQ6IFJlYWRvbmx5TWFwPHN0cmluZywgUmVzb2x2ZWRQYXJ0aWFsPik6IHN0cmluZ1tdIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdW5jb25kaXRpb25hbCA9IChhbmFseXNpczogTG9jYWxBbmFseXNpcyk6IHN0cmluZ1tdID0+XG4gICAgYW5hbHlzaXMucmVmZXJlbmNlcy5maWx0ZXIoKHIpID0+IHIuc2NvcGUgPT09ICdyb290JykubWFwKChyKSA9PiByLm5hbWUpO1xuICBjb25zdCBkb25lID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG9uUGF0aDogc3RyaW5nW10gPSBbXTtcblxuICBjb25zdCB2aXNpdCA9IChuYW1lOiBzdHJpbmcpOiBzdHJpbmdbXSB8IHVuZGVmaW5lZCA9PiB7XG4gICAgY29uc3QgYXQgPSBvblBhdGguaW5kZXhPZihuYW1lKTtcbiAgICBpZiAoYXQgPj0gMCkgcmV0dXJuIFsuLi5vblBhdGguc2xpY2UoYXQpLCBuYW1lXTtcbiAgICBpZiAoZG9uZS5oYXMobmFtZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3QgcGFydGlhbCA9IGZvdW5kLmdldChuYW1lKTtcbiAgICBpZiAocGFydGlhbCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIG9uUGF0aC5wdXNoKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmV4dCBvZiB1bmNvbmRpdGlvbmFsKHBhcnRpYWwuYW5hbHlzaXMpKSB7XG4gICAgICBjb25zdCBjeWNsZSA9IHZpc2l0KG5leHQpO1xuICAgICAgaWYgKGN5Y2xlICE9PSB1bmRlZmluZWQpIHJldHVybiBjeWNsZTtcbiAgICB9XG4gICAgb25QYXRoLnBvcCgpO1xuICAgIGRvbmUuYWRkKG5hbWUpO1xuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH07XG5cbiAgZm9yIChjb25zdCBuYW1lIG9mIFsuLi51bmNvbmRpdGlvbmFsKHJvb3QpLCAuLi5mb3VuZC5rZXlzKCldKSB7XG4gICAgY29uc3QgY3ljbGUgPSB2aXNpdChuYW1lKTtcbiAgICBpZiAoY3ljbGUgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGN5Y2xlO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBIb3cgYSBwYXJ0aWFsJ3MgbmFtZXMgY291bnQgZm9yIHRoZSB0ZW1wbGF0ZSBpbmNsdWRpbmcgaXQuICovXG50eXBlIEluY2x1c2lvbiA9ICdyZXF1aXJlZCcgfCAnY29uZGl0aW9uYWwnIHwgJ25lc3RlZCc7XG5cbi8qKlxuICogVGhlIGFuYWx5c2lzIG9mIGEgdGVtcGxhdGUgdG9nZXRoZXIgd2l0aCB0aGUgcGFydGlhbHMgaXQgaW5jbHVkZXM6IGEgcGFydGlhbCBpbmNsdWRlZCBvdXRzaWRlIGFueSBzZWN0aW9uXG4gKiBhZGRzIGl0cyByZXF1aXJlZCBuYW1lcyB0byBgcmVxdWlyZWRgOyBvbmUgaW5zaWRlIGludmVydGVkIHNlY3Rpb25zIG9ubHkgYWRkcyB0aGVtIHRvIGBhbGxgOyBvbmUgaW5zaWRlIGFcbiAqIGB7eyNzZWN0aW9ufX1gIGFkZHMgYWxsIGl0cyBuYW1lcyB0byBgbmVzdGVkYC4gYHBhcnRpYWxzYCBzdGF5cyB0aGUgZGlyZWN0IGluY2x1ZGVzIG9mIHRoZSB0ZW1wbGF0ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lcmdlUGFydGlhbEFuYWx5c2lzKHJvb3Q6IExvY2FsQW5hbHlzaXMsIGdyYXBoOiBQYXJ0aWFsR3JhcGgpOiBUZW1wbGF0ZUFuYWx5c2lzIHtcbiAgY29uc3QgcmVxdWlyZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYWxsID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IG5lc3RlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAvLyBFYWNoIChwYXJ0aWFsLCBpbmNsdXNpb24pIHBhaXIgaXMgZm9sZGVkIGluIG9uY2U6IGhhbmRsZXMgcmVjdXJzaXZlIHBhcnRpYWxzIGFuZCBkaWFtb25kcy5cbiAgY29uc3QgYWRkZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcblxuICBjb25zdCBhZGQgPSAoYW5hbHlzaXM6IExvY2FsQW5hbHlzaXMsIGluY2x1c2lvbjogSW5jbHVzaW9uKTogdm9pZCA9PiB7XG4gICAgaWYgKGluY2x1c2lvbiA9PT0gJ3JlcXVpcmVkJykgZm9yIChjb25zdCBuYW1lIG9mIGFuYWx5c2lzLnJlcXVpcmVkKSByZXF1aXJlZC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGFuYWx5c2lzLmFsbCkgKGluY2x1c2lvbiA9PT0gJ25lc3RlZCcgPyBuZXN0ZWQgOiBhbGwpLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYW5hbHlzaXMubmVzdGVkKSBuZXN0ZWQuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgcmVmIG9mIGFuYWx5c2lzLnJlZmVyZW5jZXMpIHtcbiAgICAgIGNvbnN0IHBhcnRpYWwgPSBncmFwaC5mb3VuZC5nZXQocmVmLm5hbWUpO1xuICAgICAgY29uc3QgaW5uZXIgPSBjb21iaW5lKGluY2x1c2lvbiwgcmVmLnNjb3BlKTtcbiAgICAgIGNvbnN0IGtleSA9IGAke2lubmVyfToke3JlZi5uYW1lfWA7XG4gICAgICBpZiAocGFydGlhbCA9PT0gdW5kZWZpbmVkIHx8IGFkZGVkLmhhcyhrZXkpKSBjb250aW51ZTtcbiAgICAgIGFkZGVkLmFkZChrZXkpO1xuICAgICAgYWRkKHBhcnRpYWwuYW5hbHlzaXMsIGlubmVyKTtcbiAgICB9XG4gIH07XG4gIGFkZChyb290LCAncmVxdWlyZWQnKTtcbiAgcmV0dXJuIHtcbiAgICByZXF1aXJlZDogWy4uLnJlcXVpcmVkXSxcbiAgICBhbGw6IFsuLi5hbGxdLFxuICAgIG5lc3RlZDogWy4uLm5lc3RlZF0uZmlsdGVyKChuYW1lKSA9PiAhYWxsLmhhcyhuYW1lKSksXG4gICAgcGFydGlhbHM6IHJvb3QucGFydGlhbHMsXG4gIH07XG59XG5cbmZ1bmN0aW9uIGNvbWJpbmUob3V0ZXI6IEluY2x1c2lvbiwgc2NvcGU6IFRhZ1Njb3BlKTogSW5jbHVzaW9uIHtcbiAgaWYgKG91dGVyID09PSAnbmVzdGVkJyB8fCBzY29wZSA9PT0gJ25lc3RlZCcpIHJldHVybiAnbmVzdGVkJztcbiAgaWYgKG91dGVyID09PSAnY29uZGl0aW9uYWwnIHx8IHNjb3BlID09PSAnY29uZGl0aW9uYWwnKSByZXR1cm4gJ2NvbmRpdGlvbmFsJztcbiAgcmV0dXJuICdyZXF1aXJlZCc7XG59XG4iLCAiLyoqXG4gKiBIb3cgdmFsdWVzIGZyb20gdGhlIHZpZXcgYmVjb21lIHRleHQsIGFuZCB3aGljaCB2YWx1ZXMgY291bnQgYXMgXCJlbXB0eVwiIGZvciBzZWN0aW9ucy5cbiAqIEBtb2R1bGVcbiAqL1xuXG4vKipcbiAqIFR1cm4gYW4gaW50ZXJwb2xhdGVkIHZhbHVlIGludG8gdGV4dC5cbiAqXG4gKiAtIHN0cmluZ3MgYXMgdGhleSBhcmU7IG51bWJlcnMsIGJvb2xlYW5zIGFuZCBiaWdpbnRzIHRocm91Z2ggYFN0cmluZ2A7XG4gKiAtIGBudWxsYCwgYHVuZGVmaW5lZGAsIGZ1bmN0aW9ucyBhbmQgc3ltYm9scyBhcyBgJydgIChmdW5jdGlvbnMgYXJlIG5ldmVyIGNhbGxlZDogcHJvbXB0cyBoYXZlIG5vIGxhbWJkYXMpO1xuICogLSBgRGF0ZWAgYXMgaXRzIElTTyBzdHJpbmc7XG4gKiAtIG90aGVyIG9iamVjdHMgYW5kIGFycmF5cyBhcyBKU09OIChuZXZlciBgW29iamVjdCBPYmplY3RdYCkuIEEgdmFsdWUgSlNPTiBjYW5ub3QgZW5jb2RlIChhIGN5Y2xlLCBhIGJpZ2ludFxuICogICBpbnNpZGUpIHN0aWxsIHJlbmRlcnM6IGN5Y2xlcyBiZWNvbWUgYFwiW0NpcmN1bGFyXVwiYCwgYmlnaW50cyB0aGVpciBkZWNpbWFsIHN0cmluZy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRvVGV4dCh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gdmFsdWU7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gJyc7XG4gIHN3aXRjaCAodHlwZW9mIHZhbHVlKSB7XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICBjYXNlICdiaWdpbnQnOlxuICAgICAgcmV0dXJuIFN0cmluZyh2YWx1ZSk7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiBvYmplY3RUb1RleHQodmFsdWUpO1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gJyc7XG4gIH1cbn1cblxuZnVuY3Rpb24gb2JqZWN0VG9UZXh0KHZhbHVlOiBvYmplY3QpOiBzdHJpbmcge1xuICBpZiAodmFsdWUgaW5zdGFuY2VvZiBEYXRlKSByZXR1cm4gTnVtYmVyLmlzTmFOKHZhbHVlLmdldFRpbWUoKSkgPyAnJyA6IHZhbHVlLnRvSVNPU3RyaW5nKCk7XG4gIHRyeSB7XG4gICAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHZhbHVlKSA/PyAnJztcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHNhZmVTdHJpbmdpZnkodmFsdWUpO1xuICB9XG59XG5cbmZ1bmN0aW9uIHNhZmVTdHJpbmdpZnkodmFsdWU6IG9iamVjdCk6IHN0cmluZyB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgV2Vha1NldDxvYmplY3Q+KCk7XG4gIHJldHVybiAoXG4gICAgSlNPTi5zdHJpbmdpZnkodmFsdWUsIChfa2V5LCBpdGVtOiB1bmtub3duKSA9PiB7XG4gICAgICBpZiAodHlwZW9mIGl0ZW0gPT09ICdiaWdpbnQnKSByZXR1cm4gaXRlbS50b1N0cmluZygpO1xuICAgICAgaWYgKHR5cGVvZiBpdGVtID09PSAnb2JqZWN0JyAmJiBpdGVtICE9PSBudWxsKSB7XG4gICAgICAgIGlmIChzZWVuLmhhcyhpdGVtKSkgcmV0dXJuICdbQ2lyY3VsYXJdJztcbiAgICAgICAgc2Vlbi5hZGQoaXRlbSk7XG4gICAgICB9XG4gICAgICByZXR1cm4gaXRlbTtcbiAgICB9KSA/PyAnJ1xuICApO1xufVxuXG4vKipcbiAqIFRydWUgd2hlbiBhIHNlY3Rpb24gbXVzdCBiZSBza2lwcGVkIChhbmQgYW4gaW52ZXJ0ZWQgc2VjdGlvbiByZW5kZXJlZCk6IEphdmFTY3JpcHQtZmFsc3kgdmFsdWVzXG4gKiAoYGZhbHNlYCwgYG51bGxgLCBgdW5kZWZpbmVkYCwgYDBgLCBgTmFOYCwgYCcnYCwgYXMgdGhlIHNwZWMncyBgISFkYXRhYCBydWxlIHNheXMpLCBlbXB0eSBhcnJheXMsIGFuZFxuICogZnVuY3Rpb25zIChuZXZlciBjYWxsZWQ7IHRyZWF0ZWQgYXMgZW1wdHkpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaXNFbXB0eVZhbHVlKHZhbHVlOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiAhdmFsdWUgfHwgdHlwZW9mIHZhbHVlID09PSAnZnVuY3Rpb24nIHx8IChBcnJheS5pc0FycmF5KHZhbHVlKSAmJiB2YWx1ZS5sZW5ndGggPT09IDApO1xufVxuXG5jb25zdCBIVE1MX0VOVElUSUVTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgJyYnOiAnJmFtcDsnLFxuICAnPCc6ICcmbHQ7JyxcbiAgJz4nOiAnJmd0OycsXG4gICdcIic6ICcmcXVvdDsnLFxuICBcIidcIjogJyYjMzk7Jyxcbn07XG5cbmNvbnN0IEhUTUxfU1BFQ0lBTCA9IC9bJjw+XCInXS9nO1xuXG4vKipcbiAqIEhUTUwtZXNjYXBlIGAmYCwgYDxgLCBgPmAsIGBcImAgYW5kIGAnYC4gUGFzcyBpdCBhcyB0aGUgYGVzY2FwZWAgb3B0aW9uIHRvIGdldCB0aGUgTXVzdGFjaGUgc3BlYydzXG4gKiBiZWhhdmlvdXIgKGB7e3h9fWAgZXNjYXBlZCwgYHt7e3h9fX1gIGFuZCBge3smeH19YCByYXcpLiBQcm9tcHRzIGRvIG5vdCBlc2NhcGUgYnkgZGVmYXVsdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZUh0bWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQucmVwbGFjZShIVE1MX1NQRUNJQUwsIChjaGFyKSA9PiBIVE1MX0VOVElUSUVTW2NoYXJdID8/IGNoYXIpO1xufVxuIiwgIi8qKlxuICogVGhlIHRlbXBsYXRlIGNvbXBpbGVyOiBwYXJzZXMgYSB0ZW1wbGF0ZSBvbmNlICh3aXRoIGBtdXN0YWNoZWAncyBwYXJzZXIpIGFuZCB0dXJucyB0aGUgdHJlZSBpbnRvIG5lc3RlZFxuICogY2xvc3VyZXMgdGhhdCBkbyB0aGVpciBvd24gY29udGV4dCBsb29rdXAuIFJlbmRlcmluZyBkb2VzIG5vIHBhcnNpbmcgYW5kIG5vIGdsb2JhbCBzdGF0ZSBpcyB0b3VjaGVkO1xuICogbm8gY29kZSBpcyBnZW5lcmF0ZWQgYXQgcnVuIHRpbWUgKGBuZXcgRnVuY3Rpb25gIGlzIGJhbm5lZCBvbiBzb21lIGVkZ2UgcnVudGltZXMpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgdCA9IGNvbXBpbGVUZW1wbGF0ZSgnSGVsbG8ge3t1c2VyLm5hbWV9fXt7I3RhZ3N9fSwge3sufX17ey90YWdzfX0nKTtcbiAqIHQucmVuZGVyKHsgdXNlcjogeyBuYW1lOiAnQWRhJyB9LCB0YWdzOiBbJ2EnLCAnYiddIH0pOyAvLyAnSGVsbG8gQWRhLCBhLCBiJ1xuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGFuYWx5emVOb2RlcywgdHlwZSBUZW1wbGF0ZUFuYWx5c2lzIH0gZnJvbSAnLi9hbmFseXplLmpzJztcbmltcG9ydCB7IGxvb2t1cE5hbWUsIGxvb2t1cFBhdGgsIHJlYWRPd24sIHJlYWRPd25QYXRoIH0gZnJvbSAnLi9sb29rdXAuanMnO1xuaW1wb3J0IHsgcGFyc2VUZW1wbGF0ZSwgdHlwZSBUZW1wbGF0ZU5vZGUgfSBmcm9tICcuL3BhcnNlLmpzJztcbmltcG9ydCB7IG1lcmdlUGFydGlhbEFuYWx5c2lzLCB0eXBlIFBhcnRpYWxHcmFwaCwgdHlwZSBQYXJ0aWFsUmVzb2x2ZXIsIHJlc29sdmVQYXJ0aWFsR3JhcGggfSBmcm9tICcuL3BhcnRpYWxzLmpzJztcbmltcG9ydCB7IGlzRW1wdHlWYWx1ZSwgdG9UZXh0IH0gZnJvbSAnLi92YWx1ZS5qcyc7XG5cbi8qKiBEZWVwZXN0IG5lc3Rpbmcgb2YgcGFydGlhbHMgd2hpbGUgcmVuZGVyaW5nOyBkZWVwZXIgcmVjdXJzaW9uIGlzIGFuIGVycm9yLCBuZXZlciBhIHN0YWNrIG92ZXJmbG93LiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9QQVJUSUFMX0RFUFRIID0gNjQ7XG5cbi8qKiBNb3N0IHBhcnRpYWwgaW5jbHVzaW9ucyBpbiBvbmUgcmVuZGVyOyBtb3JlIGlzIGFuIGVycm9yLCBuZXZlciBhIGhhbmcgKGUuZy4gYSB3aWRlIHJlY3Vyc2l2ZSBwYXJ0aWFsKS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfUEFSVElBTF9SRU5ERVJTID0gMTAwXzAwMDtcblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIGNvbXBpbGVUZW1wbGF0ZX0uICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVUZW1wbGF0ZU9wdGlvbnMge1xuICAvKipcbiAgICogUmV0dXJucyB0aGUgdGVtcGxhdGUgdGV4dCBvZiBhIHBhcnRpYWwgYnkgbmFtZSwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lLiBDYWxsZWQgYXQgY29tcGlsZSB0aW1lXG4gICAqIG9ubHksIG9uY2UgcGVyIG5hbWUgcmVhY2hhYmxlIGZyb20gdGhlIHRlbXBsYXRlLlxuICAgKi9cbiAgcGFydGlhbD86IFBhcnRpYWxSZXNvbHZlcjtcbiAgLyoqXG4gICAqIEVzY2FwZXMgdGhlIHRleHQgb2YgYHt7bmFtZX19YCB0YWdzIChuZXZlciBvZiBge3t7bmFtZX19fWAgb3IgYHt7Jm5hbWV9fWApLiBVbnNldCBieSBkZWZhdWx0OiBwcm9tcHRzIGFyZVxuICAgKiBub3QgSFRNTC4gUGFzcyBgZXNjYXBlSHRtbGAgZm9yIHRoZSBNdXN0YWNoZSBzcGVjJ3MgYmVoYXZpb3VyLlxuICAgKi9cbiAgZXNjYXBlPzogKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nO1xuICAvKipcbiAgICogV2hlbiB0cnVlICh0aGUgZGVmYXVsdCkgYSBtaXNzaW5nIHBhcnRpYWwgaXMgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IGF0IGNvbXBpbGUgdGltZTsgd2hlbiBmYWxzZSBpdFxuICAgKiByZW5kZXJzIGFzIGVtcHR5LCBhcyB0aGUgTXVzdGFjaGUgc3BlYyBzYXlzLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xuICAvKiogV2hlcmUgdGhlIHRlbXBsYXRlIGNvbWVzIGZyb20gKGZpbGUsIHByb21wdCBuYW1lLCBmaWVsZCwgc3RhcnQgbGluZSksIGZvciBlcnJvciBtZXNzYWdlcy4gKi9cbiAgbG9jYXRpb24/OiBQcm9tcHRGb3JtYXRMb2NhdGlvbjtcbn1cblxuLyoqIEEgdGVtcGxhdGUgY29tcGlsZWQgb25jZSBpbnRvIGEgcmVuZGVyIGZ1bmN0aW9uLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlZFRlbXBsYXRlIHtcbiAgLyoqIFRoZSB0ZW1wbGF0ZSB0ZXh0LiAqL1xuICByZWFkb25seSBzb3VyY2U6IHN0cmluZztcbiAgLyoqIFdoYXQgdGhlIHRlbXBsYXRlIHJlYWRzLCBpbmNsdWRpbmcgd2hhdCBpdHMgcGFydGlhbHMgcmVhZCAoc2VlIHtAbGluayBUZW1wbGF0ZUFuYWx5c2lzfSkuICovXG4gIHJlYWRvbmx5IGFuYWx5c2lzOiBUZW1wbGF0ZUFuYWx5c2lzO1xuICAvKiogUGFydGlhbHMgaW5jbHVkZWQgc29tZXdoZXJlIGJ1dCBub3QgZm91bmQgKG9ubHkgd2hlbiBjb21waWxlZCB3aXRoIGBzdHJpY3Q6IGZhbHNlYCk7IHRoZXkgcmVuZGVyIGVtcHR5LiAqL1xuICByZWFkb25seSBtaXNzaW5nUGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKipcbiAgICogUmVuZGVyIHdpdGggYHZpZXdgIGFzIHRoZSByb290IGNvbnRleHQuIE5ldmVyIGNhbGxzIGZ1bmN0aW9ucyBmb3VuZCBpbiB0aGUgdmlldy5cbiAgICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gcGFydGlhbHMgbmVzdCBkZWVwZXIgdGhhbiB7QGxpbmsgTUFYX1BBUlRJQUxfREVQVEh9IG9yIGFyZSBpbmNsdWRlZCBtb3JlXG4gICAqICAgdGhhbiB7QGxpbmsgTUFYX1BBUlRJQUxfUkVOREVSU30gdGltZXNcbiAgICovXG4gIHJlbmRlcih2aWV3OiB1bmtub3duKTogc3RyaW5nO1xufVxuXG4vKiogTXV0YWJsZSBzdGF0ZSBvZiBvbmUgcmVuZGVyIGNhbGwuICovXG5pbnRlcmZhY2UgUmVuZGVyU3RhdGUge1xuICAvKiogVGhlIGNvbnRleHQgc3RhY2ssIHJvb3QgZmlyc3QuICovXG4gIHJlYWRvbmx5IGZyYW1lczogdW5rbm93bltdO1xuICAvKiogQ3VycmVudCBwYXJ0aWFsIG5lc3RpbmcgZGVwdGguICovXG4gIGRlcHRoOiBudW1iZXI7XG4gIC8qKiBQYXJ0aWFsIGluY2x1c2lvbnMgc28gZmFyLiAqL1xuICBpbmNsdWRlczogbnVtYmVyO1xufVxuXG50eXBlIFJlbmRlckZuID0gKHN0YXRlOiBSZW5kZXJTdGF0ZSkgPT4gc3RyaW5nO1xuXG4vKipcbiAqIENvbXBpbGUgYSB0ZW1wbGF0ZSBpbnRvIGEgcmVuZGVyIGZ1bmN0aW9uLlxuICpcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIHRoZSB0ZW1wbGF0ZSBvciBhIHBhcnRpYWwgZG9lcyBub3QgcGFyc2UsIGEgcGFydGlhbCBpcyBtaXNzaW5nIChzdHJpY3QpLCBvclxuICogICBwYXJ0aWFscyBpbmNsdWRlIGVhY2ggb3RoZXIgaW4gYSBjeWNsZSBvdXRzaWRlIGFueSBzZWN0aW9uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlVGVtcGxhdGUoc291cmNlOiBzdHJpbmcsIG9wdGlvbnM6IENvbXBpbGVUZW1wbGF0ZU9wdGlvbnMgPSB7fSk6IENvbXBpbGVkVGVtcGxhdGUge1xuICBjb25zdCBsb2NhdGlvbiA9IG9wdGlvbnMubG9jYXRpb24gPz8ge307XG4gIGNvbnN0IG5vZGVzID0gcGFyc2VUZW1wbGF0ZShzb3VyY2UsIGxvY2F0aW9uKTtcbiAgY29uc3QgbG9jYWwgPSBhbmFseXplTm9kZXMobm9kZXMpO1xuICBjb25zdCBncmFwaCA9IHJlc29sdmVQYXJ0aWFsR3JhcGgobG9jYWwsIHtcbiAgICByZXNvbHZlOiBvcHRpb25zLnBhcnRpYWwsXG4gICAgc3RyaWN0OiBvcHRpb25zLnN0cmljdCA/PyB0cnVlLFxuICAgIGxvY2F0aW9uLFxuICB9KTtcbiAgY29uc3QgYW5hbHlzaXMgPSBtZXJnZVBhcnRpYWxBbmFseXNpcyhsb2NhbCwgZ3JhcGgpO1xuICBjb25zdCBmbGF0ID0gY29tcGlsZUZsYXQobm9kZXMsIG9wdGlvbnMuZXNjYXBlKTtcbiAgaWYgKGZsYXQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgc291cmNlLCBhbmFseXNpcywgbWlzc2luZ1BhcnRpYWxzOiBncmFwaC5taXNzaW5nLCByZW5kZXI6IGZsYXQgfTtcbiAgY29uc3Qgcm9vdCA9IG5ldyBOb2RlQ29tcGlsZXIoZ3JhcGgsIG9wdGlvbnMuZXNjYXBlLCBsb2NhdGlvbikuY29tcGlsZShub2Rlcyk7XG4gIHJldHVybiB7XG4gICAgc291cmNlLFxuICAgIGFuYWx5c2lzLFxuICAgIG1pc3NpbmdQYXJ0aWFsczogZ3JhcGgubWlzc2luZyxcbiAgICByZW5kZXIodmlldzogdW5rbm93bik6IHN0cmluZyB7XG4gICAgICByZXR1cm4gcm9vdCh7IGZyYW1lczogW3ZpZXddLCBkZXB0aDogMCwgaW5jbHVkZXM6IDAgfSk7XG4gICAgfSxcbiAgfTtcbn1cblxuLyoqXG4gKiBUaGUgZmFzdCBwYXRoIG9mIHRoZSBjb21tb24gcHJvbXB0OiBhIHRlbXBsYXRlIG9mIHRleHQgYW5kIHZhcmlhYmxlcyBvbmx5IChubyBzZWN0aW9ucywgbm8gcGFydGlhbHMpIHJlYWRzXG4gKiBldmVyeSBuYW1lIGZyb20gdGhlIGlucHV0IGl0c2VsZiwgc28gaXQgbmVlZHMgbm8gY29udGV4dCBzdGFjayBhbmQgYWxsb2NhdGVzIG5vdGhpbmcgYnV0IGl0cyBvdXRwdXQuXG4gKiBgdW5kZWZpbmVkYCB3aGVuIHRoZSB0ZW1wbGF0ZSBoYXMgc2VjdGlvbnMgb3IgcGFydGlhbHMuXG4gKi9cbmZ1bmN0aW9uIGNvbXBpbGVGbGF0KFxuICBub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10sXG4gIGVzY2FwZVRleHQ6ICgodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkLFxuKTogKCh2aWV3OiB1bmtub3duKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdGV4dHM6IHN0cmluZ1tdID0gWycnXTtcbiAgY29uc3QgcGFydHM6IEFycmF5PCh2aWV3OiB1bmtub3duKSA9PiBzdHJpbmc+ID0gW107XG4gIGZvciAoY29uc3Qgbm9kZSBvZiBub2Rlcykge1xuICAgIGlmIChub2RlLmtpbmQgPT09ICd0ZXh0Jykge1xuICAgICAgdGV4dHNbdGV4dHMubGVuZ3RoIC0gMV0gKz0gbm9kZS50ZXh0O1xuICAgIH0gZWxzZSBpZiAobm9kZS5raW5kID09PSAndmFyaWFibGUnKSB7XG4gICAgICBwYXJ0cy5wdXNoKGZsYXRWYXJpYWJsZShub2RlLnBhdGgsIG5vZGUuZXNjYXBlZCA/IGVzY2FwZVRleHQgOiB1bmRlZmluZWQpKTtcbiAgICAgIHRleHRzLnB1c2goJycpO1xuICAgIH0gZWxzZSB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfVxuICByZXR1cm4gc2VxdWVuY2UodGV4dHMsIHBhcnRzKTtcbn1cblxuZnVuY3Rpb24gZmxhdFZhcmlhYmxlKFxuICBwYXRoOiByZWFkb25seSBzdHJpbmdbXSxcbiAgZXNjYXBlVGV4dDogKCh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZykgfCB1bmRlZmluZWQsXG4pOiAodmlldzogdW5rbm93bikgPT4gc3RyaW5nIHtcbiAgY29uc3Qga2V5ID0gcGF0aFswXTtcbiAgaWYgKHBhdGgubGVuZ3RoID09PSAxICYmIGtleSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuIGVzY2FwZVRleHQgPT09IHVuZGVmaW5lZFxuICAgICAgPyAodmlldykgPT4gdG9UZXh0KHJlYWRPd24odmlldywga2V5KSlcbiAgICAgIDogKHZpZXcpID0+IGVzY2FwZVRleHQodG9UZXh0KHJlYWRPd24odmlldywga2V5KSkpO1xuICB9XG4gIHJldHVybiBlc2NhcGVUZXh0ID09PSB1bmRlZmluZWRcbiAgICA/ICh2aWV3KSA9PiB0b1RleHQocmVhZE93blBhdGgodmlldywgcGF0aCkpXG4gICAgOiAodmlldykgPT4gZXNjYXBlVGV4dCh0b1RleHQocmVhZE93blBhdGgodmlldywgcGF0aCkpKTtcbn1cblxuLyoqIENvbXBpbGVzIG5vZGVzIGludG8gY2xvc3VyZXM7IG93bnMgdGhlIGNhY2hlIG9mIHBhcnRpYWxzIGNvbXBpbGVkIHBlciAobmFtZSwgaW5kZW50YXRpb24pLiAqL1xuY2xhc3MgTm9kZUNvbXBpbGVyIHtcbiAgcHJpdmF0ZSByZWFkb25seSBwYXJ0aWFsQ2FjaGUgPSBuZXcgTWFwPHN0cmluZywgUmVuZGVyRm4gfCBudWxsPigpO1xuXG4gIGNvbnN0cnVjdG9yKFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZ3JhcGg6IFBhcnRpYWxHcmFwaCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IGVzY2FwZVRleHQ6ICgodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uLFxuICApIHt9XG5cbiAgY29tcGlsZShub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10pOiBSZW5kZXJGbiB7XG4gICAgLy8gU2hhcGU6IHRleHRzWzBdICsgcGFydHNbMF0ocykgKyB0ZXh0c1sxXSArIHBhcnRzWzFdKHMpICsgXHUyMDI2ICsgdGV4dHNbbl0sIGxpa2UgYSB0ZW1wbGF0ZSBsaXRlcmFsLlxuICAgIGNvbnN0IHRleHRzOiBzdHJpbmdbXSA9IFsnJ107XG4gICAgY29uc3QgcGFydHM6IFJlbmRlckZuW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IG5vZGUgb2Ygbm9kZXMpIHtcbiAgICAgIGlmIChub2RlLmtpbmQgPT09ICd0ZXh0Jykge1xuICAgICAgICB0ZXh0c1t0ZXh0cy5sZW5ndGggLSAxXSArPSBub2RlLnRleHQ7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBwYXJ0cy5wdXNoKHRoaXMuY29tcGlsZU5vZGUobm9kZSkpO1xuICAgICAgICB0ZXh0cy5wdXNoKCcnKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHNlcXVlbmNlKHRleHRzLCBwYXJ0cyk7XG4gIH1cblxuICBwcml2YXRlIGNvbXBpbGVOb2RlKG5vZGU6IEV4Y2x1ZGU8VGVtcGxhdGVOb2RlLCB7IGtpbmQ6ICd0ZXh0JyB9Pik6IFJlbmRlckZuIHtcbiAgICBzd2l0Y2ggKG5vZGUua2luZCkge1xuICAgICAgY2FzZSAndmFyaWFibGUnOlxuICAgICAgICByZXR1cm4gdGhpcy52YXJpYWJsZShub2RlLnBhdGgsIG5vZGUuZXNjYXBlZCA/IHRoaXMuZXNjYXBlVGV4dCA6IHVuZGVmaW5lZCk7XG4gICAgICBjYXNlICdzZWN0aW9uJzpcbiAgICAgICAgcmV0dXJuIG5vZGUuaW52ZXJ0ZWQgPyB0aGlzLmludmVydGVkKG5vZGUucGF0aCwgdGhpcy5jb21waWxlKG5vZGUuY2hpbGRyZW4pKSA6IHRoaXMuc2VjdGlvbihub2RlLnBhdGgsIG5vZGUpO1xuICAgICAgY2FzZSAncGFydGlhbCc6XG4gICAgICAgIHJldHVybiB0aGlzLnBhcnRpYWwobm9kZS5uYW1lLCBub2RlLmluZGVudGF0aW9uKTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIHZhcmlhYmxlKHBhdGg6IHJlYWRvbmx5IHN0cmluZ1tdLCBlc2NhcGVUZXh0OiAoKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZCk6IFJlbmRlckZuIHtcbiAgICBjb25zdCBrZXkgPSBwYXRoWzBdO1xuICAgIGlmIChwYXRoLmxlbmd0aCA9PT0gMSAmJiBrZXkgIT09IHVuZGVmaW5lZCkge1xuICAgICAgcmV0dXJuIGVzY2FwZVRleHQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/IChzKSA9PiB0b1RleHQobG9va3VwTmFtZShzLmZyYW1lcywga2V5KSlcbiAgICAgICAgOiAocykgPT4gZXNjYXBlVGV4dCh0b1RleHQobG9va3VwTmFtZShzLmZyYW1lcywga2V5KSkpO1xuICAgIH1cbiAgICByZXR1cm4gZXNjYXBlVGV4dCA9PT0gdW5kZWZpbmVkXG4gICAgICA/IChzKSA9PiB0b1RleHQobG9va3VwUGF0aChzLmZyYW1lcywgcGF0aCkpXG4gICAgICA6IChzKSA9PiBlc2NhcGVUZXh0KHRvVGV4dChsb29rdXBQYXRoKHMuZnJhbWVzLCBwYXRoKSkpO1xuICB9XG5cbiAgcHJpdmF0ZSBpbnZlcnRlZChwYXRoOiByZWFkb25seSBzdHJpbmdbXSwgYm9keTogUmVuZGVyRm4pOiBSZW5kZXJGbiB7XG4gICAgcmV0dXJuIChzKSA9PiAoaXNFbXB0eVZhbHVlKGxvb2t1cFBhdGgocy5mcmFtZXMsIHBhdGgpKSA/IGJvZHkocykgOiAnJyk7XG4gIH1cblxuICBwcml2YXRlIHNlY3Rpb24ocGF0aDogcmVhZG9ubHkgc3RyaW5nW10sIG5vZGU6IHsgcmVhZG9ubHkgY2hpbGRyZW46IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdIH0pOiBSZW5kZXJGbiB7XG4gICAgY29uc3QgYm9keSA9IHRoaXMuY29tcGlsZShub2RlLmNoaWxkcmVuKTtcbiAgICByZXR1cm4gKHMpID0+IHtcbiAgICAgIGNvbnN0IHZhbHVlID0gbG9va3VwUGF0aChzLmZyYW1lcywgcGF0aCk7XG4gICAgICBpZiAoaXNFbXB0eVZhbHVlKHZhbHVlKSkgcmV0dXJuICcnO1xuICAgICAgY29uc3QgZnJhbWVzID0gcy5mcmFtZXM7XG4gICAgICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgICAgbGV0IG91dCA9ICcnO1xuICAgICAgICBmb3IgKGxldCBpID0gMDsgaSA8IHZhbHVlLmxlbmd0aDsgaSsrKSB7XG4gICAgICAgICAgZnJhbWVzLnB1c2godmFsdWVbaV0pO1xuICAgICAgICAgIG91dCArPSBib2R5KHMpO1xuICAgICAgICAgIGZyYW1lcy5wb3AoKTtcbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gb3V0O1xuICAgICAgfVxuICAgICAgZnJhbWVzLnB1c2godmFsdWUpO1xuICAgICAgY29uc3Qgb3V0ID0gYm9keShzKTtcbiAgICAgIGZyYW1lcy5wb3AoKTtcbiAgICAgIHJldHVybiBvdXQ7XG4gICAgfTtcbiAgfVxuXG4gIHByaXZhdGUgcGFydGlhbChuYW1lOiBzdHJpbmcsIGluZGVudGF0aW9uOiBzdHJpbmcpOiBSZW5kZXJGbiB7XG4gICAgLy8gUmVzb2x2ZWQgb24gZmlyc3QgdXNlLCB0aGVuIGtlcHQgaW4gdGhlIGNsb3N1cmU6IG5vIG1hcCBsb29rdXAgb24gbGF0ZXIgcmVuZGVycy5cbiAgICBsZXQgY29tcGlsZWQ6IFJlbmRlckZuIHwgbnVsbCB8IHVuZGVmaW5lZDtcbiAgICByZXR1cm4gKHMpID0+IHtcbiAgICAgIGlmIChjb21waWxlZCA9PT0gdW5kZWZpbmVkKSBjb21waWxlZCA9IHRoaXMucGFydGlhbEZuKG5hbWUsIGluZGVudGF0aW9uKTtcbiAgICAgIGlmIChjb21waWxlZCA9PT0gbnVsbCkgcmV0dXJuICcnO1xuICAgICAgaWYgKHMuZGVwdGggPj0gTUFYX1BBUlRJQUxfREVQVEgpIHRocm93IHRoaXMubGltaXRFcnJvcihuYW1lLCBgbmVzdCBkZWVwZXIgdGhhbiAke01BWF9QQVJUSUFMX0RFUFRIfSBsZXZlbHNgKTtcbiAgICAgIGlmICgrK3MuaW5jbHVkZXMgPiBNQVhfUEFSVElBTF9SRU5ERVJTKSB7XG4gICAgICAgIHRocm93IHRoaXMubGltaXRFcnJvcihuYW1lLCBgYXJlIGluY2x1ZGVkIG1vcmUgdGhhbiAke01BWF9QQVJUSUFMX1JFTkRFUlN9IHRpbWVzIGluIG9uZSByZW5kZXJgKTtcbiAgICAgIH1cbiAgICAgIHMuZGVwdGgrKztcbiAgICAgIGNvbnN0IG91dCA9IGNvbXBpbGVkKHMpO1xuICAgICAgcy5kZXB0aC0tO1xuICAgICAgcmV0dXJuIG91dDtcbiAgICB9O1xuICB9XG5cbiAgLyoqIFRoZSByZW5kZXIgZnVuY3Rpb24gb2YgYSBwYXJ0aWFsIHdpdGggdGhlIGdpdmVuIHN0YW5kYWxvbmUgaW5kZW50YXRpb24sIGNvbXBpbGVkIG9uY2UsIG9yIG51bGwgaWYgbWlzc2luZy4gKi9cbiAgcHJpdmF0ZSBwYXJ0aWFsRm4obmFtZTogc3RyaW5nLCBpbmRlbnRhdGlvbjogc3RyaW5nKTogUmVuZGVyRm4gfCBudWxsIHtcbiAgICBjb25zdCBrZXkgPSBgJHtpbmRlbnRhdGlvbn1cXHUwMDAwJHtuYW1lfWA7XG4gICAgY29uc3QgY2FjaGVkID0gdGhpcy5wYXJ0aWFsQ2FjaGUuZ2V0KGtleSk7XG4gICAgaWYgKGNhY2hlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gY2FjaGVkO1xuICAgIGNvbnN0IHJlc29sdmVkID0gdGhpcy5ncmFwaC5mb3VuZC5nZXQobmFtZSk7XG4gICAgbGV0IGZuOiBSZW5kZXJGbiB8IG51bGwgPSBudWxsO1xuICAgIGlmIChyZXNvbHZlZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBub2RlcyA9XG4gICAgICAgIGluZGVudGF0aW9uID09PSAnJ1xuICAgICAgICAgID8gcmVzb2x2ZWQubm9kZXNcbiAgICAgICAgICA6IHBhcnNlVGVtcGxhdGUoaW5kZW50TGluZXMocmVzb2x2ZWQuc291cmNlLCBpbmRlbnRhdGlvbiksIHsgcHJvbXB0TmFtZTogbmFtZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSk7XG4gICAgICBmbiA9IHRoaXMuY29tcGlsZShub2Rlcyk7XG4gICAgfVxuICAgIHRoaXMucGFydGlhbENhY2hlLnNldChrZXksIGZuKTtcbiAgICByZXR1cm4gZm47XG4gIH1cblxuICBwcml2YXRlIGxpbWl0RXJyb3IobmFtZTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiBQcm9tcHRGb3JtYXRFcnJvciB7XG4gICAgcmV0dXJuIG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGBwYXJ0aWFscyAke3doYXR9IChhdCBcInt7PiAke25hbWV9fX1cIik7IGEgcmVjdXJzaXZlIHBhcnRpYWwgbXVzdCBzdG9wOiBpbmNsdWRlIGl0IGluc2lkZSBhIHNlY3Rpb24gYCArXG4gICAgICAgICdvdmVyIGRhdGEgdGhhdCBlbmRzIChlLmcuIFwie3sjY2hpbGRyZW59fXt7PiBub2RlfX17ey9jaGlsZHJlbn19XCIpLCBhbmQgY2hlY2sgdGhlIGRhdGEgaGFzIG5vIGN5Y2xlcycsXG4gICAgICB7IC4uLnRoaXMubG9jYXRpb24sIGZpZWxkOiB0aGlzLmxvY2F0aW9uLmZpZWxkID8/ICd0ZW1wbGF0ZScgfSxcbiAgICApO1xuICB9XG59XG5cbi8qKlxuICogQnVpbGQgdGhlIHJlbmRlciBmdW5jdGlvbiBvZiBhIHNlcXVlbmNlIG9mIHRleHRzIGFuZCBwYXJ0cy4gU2hvcnQgc2VxdWVuY2VzICh0aGUgY29tbW9uIHByb21wdCkgYXJlIHVucm9sbGVkXG4gKiBpbnRvIG9uZSBjb25jYXRlbmF0aW9uIGV4cHJlc3Npb24sIHdoaWNoIFY4IHJ1bnMgYWJvdXQgYSB0aGlyZCBmYXN0ZXIgdGhhbiB0aGUgbG9vcC5cbiAqL1xuZnVuY3Rpb24gc2VxdWVuY2U8QT4odGV4dHM6IHJlYWRvbmx5IHN0cmluZ1tdLCBwYXJ0czogUmVhZG9ubHlBcnJheTwoYXJnOiBBKSA9PiBzdHJpbmc+KTogKGFyZzogQSkgPT4gc3RyaW5nIHtcbiAgdHlwZSBQYXJ0ID0gKGFyZzogQSkgPT4gc3RyaW5nO1xuICBjb25zdCBbdDAgPSAnJywgdDEgPSAnJywgdDIgPSAnJywgdDMgPSAnJywgdDQgPSAnJywgdDUgPSAnJywgdDYgPSAnJ10gPSB0ZXh0cztcbiAgY29uc3QgW3AwLCBwMSwgcDIsIHAzLCBwNCwgcDVdID0gcGFydHM7XG4gIHN3aXRjaCAocGFydHMubGVuZ3RoKSB7XG4gICAgY2FzZSAwOlxuICAgICAgcmV0dXJuICgpID0+IHQwO1xuICAgIGNhc2UgMTpcbiAgICAgIHJldHVybiB0MCA9PT0gJycgJiYgdDEgPT09ICcnID8gKHAwIGFzIFBhcnQpIDogKHMpID0+IHQwICsgKHAwIGFzIFBhcnQpKHMpICsgdDE7XG4gICAgY2FzZSAyOlxuICAgICAgcmV0dXJuIChzKSA9PiB0MCArIChwMCBhcyBQYXJ0KShzKSArIHQxICsgKHAxIGFzIFBhcnQpKHMpICsgdDI7XG4gICAgY2FzZSAzOlxuICAgICAgcmV0dXJuIChzKSA9PiB0MCArIChwMCBhcyBQYXJ0KShzKSArIHQxICsgKHAxIGFzIFBhcnQpKHMpICsgdDIgKyAocDIgYXMgUGFydCkocykgKyB0MztcbiAgICBjYXNlIDQ6XG4gICAgICByZXR1cm4gKHMpID0+IHQwICsgKHAwIGFzIFBhcnQpKHMpICsgdDEgKyAocDEgYXMgUGFydCkocykgKyB0MiArIChwMiBhcyBQYXJ0KShzKSArIHQzICsgKHAzIGFzIFBhcnQpKHMpICsgdDQ7XG4gICAgY2FzZSA1OlxuICAgICAgcmV0dXJuIChzKSA9PlxuICAgICAgICB0MCArXG4gICAgICAgIChwMCBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQxICtcbiAgICAgICAgKHAxIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDIgK1xuICAgICAgICAocDIgYXMgUGFydCkocykgK1xuICAgICAgICB0MyArXG4gICAgICAgIChwMyBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ0ICtcbiAgICAgICAgKHA0IGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDU7XG4gICAgY2FzZSA2OlxuICAgICAgcmV0dXJuIChzKSA9PlxuICAgICAgICB0MCArXG4gICAgICAgIChwMCBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQxICtcbiAgICAgICAgKHAxIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDIgK1xuICAgICAgICAocDIgYXMgUGFydCkocykgK1xuICAgICAgICB0MyArXG4gICAgICAgIChwMyBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ0ICtcbiAgICAgICAgKHA0IGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDUgK1xuICAgICAgICAocDUgYXMgUGFydCkocykgK1xuICAgICAgICB0NjtcbiAgICBkZWZhdWx0OiB7XG4gICAgICBjb25zdCBjb3VudCA9IHBhcnRzLmxlbmd0aDtcbiAgICAgIHJldHVybiAocykgPT4ge1xuICAgICAgICBsZXQgb3V0ID0gdDA7XG4gICAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgY291bnQ7IGkrKykgb3V0ICs9IChwYXJ0c1tpXSBhcyBQYXJ0KShzKSArIHRleHRzW2kgKyAxXTtcbiAgICAgICAgcmV0dXJuIG91dDtcbiAgICAgIH07XG4gICAgfVxuICB9XG59XG5cbi8qKiBQcmVmaXggZXZlcnkgbm9uLWVtcHR5IGxpbmUgb2YgYSBwYXJ0aWFsJ3Mgc291cmNlIHdpdGggdGhlIGluZGVudGF0aW9uIG9mIGl0cyBzdGFuZGFsb25lIHRhZy4gKi9cbmZ1bmN0aW9uIGluZGVudExpbmVzKHNvdXJjZTogc3RyaW5nLCBpbmRlbnRhdGlvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHNvdXJjZVxuICAgIC5zcGxpdCgnXFxuJylcbiAgICAubWFwKChsaW5lKSA9PiAobGluZS5sZW5ndGggPiAwID8gaW5kZW50YXRpb24gKyBsaW5lIDogbGluZSkpXG4gICAgLmpvaW4oJ1xcbicpO1xufVxuIiwgIi8qKlxuICogVGhlIGNvbXBpbGVkIHByb21wdDogYSB7QGxpbmsgUHJvbXB0UmVjb3JkfSB3aG9zZSB0ZW1wbGF0ZXMgYXJlIGNvbXBpbGVkIG9uY2UsIHdob3NlIGlucHV0IHNjaGVtYSBpcyBjb21waWxlZFxuICogKG9yIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlcykgb25jZSwgYW5kIHdoaWNoIHRoZW4gcmVuZGVycyB0ZXh0IG9yIGNoYXQgbWVzc2FnZXMgb24gdGhlIHJlcXVlc3QgcGF0aFxuICogd2l0aG91dCBwYXJzaW5nIGFueXRoaW5nLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcHJvbXB0ID0gY29tcGlsZVByb21wdCh7XG4gKiAgIG5hbWU6ICdzdXBwb3J0L2dyZWV0aW5nJywgdmVyc2lvbjogJzEuMC4wJywgdHlwZTogJ3RleHQnLFxuICogICB0ZW1wbGF0ZTogJ0hlbGxvIHt7Y3VzdG9tZXJ9fSBmcm9tIHt7Y29tcGFueX19JyxcbiAqICAgaW5wdXQ6IHsgc2NoZW1hOiB7IGN1c3RvbWVyOiAnc3RyaW5nJywgY29tcGFueTogJ3N0cmluZycgfSB9LFxuICogfSk7XG4gKiBwcm9tcHQucmVuZGVyKHsgY3VzdG9tZXI6ICdBZGEnLCBjb21wYW55OiAnQWNtZScgfSk7IC8vICdIZWxsbyBBZGEgZnJvbSBBY21lJ1xuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7XG4gIFByb21wdEZvcm1hdEVycm9yLFxuICB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uLFxuICBQcm9tcHRJbnB1dEVycm9yLFxuICB0eXBlIFByb21wdElucHV0SXNzdWUsXG4gIFByb21wdE9wc0Vycm9yLFxufSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBDaGF0TWVzc2FnZSwgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi9yZWNvcmQuanMnO1xuaW1wb3J0IHsgY29tcGlsZUlucHV0U2NoZW1hLCB0eXBlIElucHV0U2NoZW1hLCBzY2hlbWFGcm9tVmFyaWFibGVzIH0gZnJvbSAnLi9zY2hlbWEvaW5kZXguanMnO1xuaW1wb3J0IHsgYW5hbHl6ZVRlbXBsYXRlLCB0eXBlIENvbXBpbGVkVGVtcGxhdGUsIGNvbXBpbGVUZW1wbGF0ZSwgdHlwZSBQYXJ0aWFsUmVzb2x2ZXIgfSBmcm9tICcuL3RlbXBsYXRlL2luZGV4LmpzJztcblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIGNvbXBpbGVQcm9tcHR9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlUHJvbXB0T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBgdHJ1ZWA6IGV2ZXJ5IHJlbmRlciB2YWxpZGF0ZXMgdGhlIGlucHV0IChkZWZhdWx0cyArIHZhcmlhYmxlcykgYWdhaW5zdCB0aGUgaW5wdXQgc2NoZW1hLCBhbmQgYSBtaXNzaW5nXG4gICAqIHBhcnRpYWwgaXMgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IGF0IGNvbXBpbGUgdGltZS4gYGZhbHNlYDogbm8gdmFsaWRhdGlvbiwgbWlzc2luZyB2YXJpYWJsZXMgYW5kXG4gICAqIG1pc3NpbmcgcGFydGlhbHMgcmVuZGVyIGVtcHR5LiBBIHJlbmRlciBjYWxsIG1heSBvdmVycmlkZSB0aGUgZmlyc3QgcGFydCB3aXRoIGl0cyBvd24gYHN0cmljdGAuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHN0cmljdD86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBTeW5jIGxvb2t1cCBvZiBhIHBhcnRpYWwncyByZWNvcmQgYnkgbmFtZSAodGhlIGNhbGxlciBwcmVsb2FkZWQgdGhlIGxhdGVzdCB2ZXJzaW9uIG9mIGVhY2ggbmFtZSB0aGF0XG4gICAqIHtAbGluayBwYXJ0aWFsTmFtZXNPZn0gbGlzdHMsIHJlY3Vyc2l2ZWx5KS4gT25seSB0ZXh0IHByb21wdHMgY2FuIGJlIHBhcnRpYWxzLlxuICAgKi9cbiAgcGFydGlhbHM/OiAobmFtZTogc3RyaW5nKSA9PiBQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ7XG4gIC8qKiBUaGUgZmlsZSB0aGUgcmVjb3JkIGNhbWUgZnJvbSwgZm9yIGVycm9yIGxvY2F0aW9ucy4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgLyoqIDEtYmFzZWQgbGluZSBvZiBgZmlsZWAgb24gd2hpY2ggdGhlIHRleHQgdGVtcGxhdGUgc3RhcnRzICh0aGUgYm9keSBvZiBhIGAucHJvbXB0Lm1kYCksIGZvciBleGFjdCBlcnJvciBsaW5lcy4gKi9cbiAgdGVtcGxhdGVMaW5lPzogbnVtYmVyO1xufVxuXG4vKiogT3B0aW9ucyBvZiBvbmUgcmVuZGVyIGNhbGwuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbmRlck9wdGlvbnMge1xuICAvKiogT3ZlcnJpZGVzIHRoZSBwcm9tcHQncyBgc3RyaWN0YDogYGZhbHNlYCBza2lwcyB2YWxpZGF0aW9uIGFuZCByZW5kZXJzIG1pc3NpbmcgdmFyaWFibGVzIGFzIGVtcHR5LiAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xufVxuXG4vKiogQSBwcm9tcHQgY29tcGlsZWQgb25jZSBwZXIgdmVyc2lvbiwgcmVhZHkgdG8gcmVuZGVyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21waWxlZFByb21wdCB7XG4gIC8qKiBUaGUgcmVjb3JkIGl0IHdhcyBjb21waWxlZCBmcm9tIChuZXZlciBtdXRhdGVkKS4gKi9cbiAgcmVhZG9ubHkgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gIC8qKlxuICAgKiBJbnB1dCBuYW1lczogdGhlIGRlY2xhcmVkIHNjaGVtYSdzIHByb3BlcnRpZXMgb3IsIHdpdGhvdXQgb25lLCB0aGUgbmFtZXMgdGhlIHRlbXBsYXRlcyByZWFkIGF0IHRoZSBpbnB1dFxuICAgKiBsZXZlbCAob3V0c2lkZSBge3sjc2VjdGlvbnN9fWA7IHRoZSBpbmZlcnJlZCBzY2hlbWEgYWxzbyBhY2NlcHRzIG5hbWVzIHJlYWQgaW5zaWRlIHNlY3Rpb25zKS5cbiAgICovXG4gIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBOYW1lcyBvZiB0aGUgcGFydGlhbHMgdGhlIHByb21wdCBpbmNsdWRlcyBkaXJlY3RseS4gKi9cbiAgcmVhZG9ubHkgcGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogVGhlIGlucHV0IHNjaGVtYTogdGhlIGRlY2xhcmVkIG9uZSwgb3Igb25lIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlcy4gKi9cbiAgcmVhZG9ubHkgaW5wdXRTY2hlbWE6IElucHV0U2NoZW1hO1xuICAvKipcbiAgICogUmVuZGVyIGEgdGV4dCBwcm9tcHQuIElucHV0IGlzIGB7IC4uLnJlY29yZC5pbnB1dC5kZWZhdWx0LCAuLi52YXJzIH1gIChhIHZhcmlhYmxlIHBhc3NlZCBhcyBgdW5kZWZpbmVkYCBrZWVwc1xuICAgKiBpdHMgZGVmYXVsdCksIHZhbGlkYXRlZCB3aGVuIHN0cmljdC5cbiAgICogQHRocm93cyB7UHJvbXB0SW5wdXRFcnJvcn0gd2hlbiBzdHJpY3QgYW5kIHRoZSBpbnB1dCBkb2VzIG5vdCBmaXQgdGhlIHNjaGVtYSAoZXZlcnkgcHJvYmxlbSBhdCBvbmNlKVxuICAgKiBAdGhyb3dzIHtQcm9tcHRPcHNFcnJvcn0gd2hlbiB0aGUgcHJvbXB0IGlzIGEgY2hhdCBwcm9tcHQgKGNhbGwgYHJlbmRlck1lc3NhZ2VzYClcbiAgICovXG4gIHJlbmRlcih2YXJzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogc3RyaW5nO1xuICAvKipcbiAgICogUmVuZGVyIGEgY2hhdCBwcm9tcHQ6IG9uZSBgeyByb2xlLCBjb250ZW50IH1gIHBlciBtZXNzYWdlLCBlYWNoIGNvbnRlbnQgcmVuZGVyZWQgb24gaXRzIG93biAoYSB2YXJpYWJsZSdzXG4gICAqIHZhbHVlIGNhbiBuZXZlciBjcmVhdGUsIGVuZCBvciByZS1yb2xlIGEgbWVzc2FnZSk7IGVhY2ggYHsgcGxhY2Vob2xkZXIgfWAgaXMgcmVwbGFjZWQgYnkgdGhlIG1lc3NhZ2VzIHBhc3NlZFxuICAgKiBmb3IgaXQgaW4gYHBsYWNlaG9sZGVyc2AuXG4gICAqIEB0aHJvd3Mge1Byb21wdElucHV0RXJyb3J9IHdoZW4gc3RyaWN0IGFuZCB0aGUgaW5wdXQgZG9lcyBub3QgZml0IHRoZSBzY2hlbWEgb3IgYSBwbGFjZWhvbGRlciBpcyBtaXNzaW5nLCBhbmRcbiAgICogICBhbHdheXMgd2hlbiBhIHBsYWNlaG9sZGVyJ3MgdmFsdWUgaXMgbm90IGFuIGFycmF5IG9mIGB7IHJvbGU6IHN0cmluZywgY29udGVudDogc3RyaW5nIH1gXG4gICAqIEB0aHJvd3Mge1Byb21wdE9wc0Vycm9yfSB3aGVuIHRoZSBwcm9tcHQgaXMgYSB0ZXh0IHByb21wdCAoY2FsbCBgcmVuZGVyYClcbiAgICovXG4gIHJlbmRlck1lc3NhZ2VzKFxuICAgIHZhcnM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPixcbiAgICBwbGFjZWhvbGRlcnM/OiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPixcbiAgICBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyxcbiAgKTogQ2hhdE1lc3NhZ2VbXTtcbn1cblxudHlwZSBDb21waWxlZE1lc3NhZ2UgPVxuICB8IHsgcmVhZG9ubHkga2luZDogJ21lc3NhZ2UnOyByZWFkb25seSByb2xlOiBzdHJpbmc7IHJlYWRvbmx5IHRlbXBsYXRlOiBDb21waWxlZFRlbXBsYXRlIH1cbiAgfCB7IHJlYWRvbmx5IGtpbmQ6ICdwbGFjZWhvbGRlcic7IHJlYWRvbmx5IG5hbWU6IHN0cmluZyB9O1xuXG5jb25zdCBOT19WQVJJQUJMRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9IE9iamVjdC5mcmVlemUoe30pO1xuXG4vKipcbiAqIENvbXBpbGUgYSBwcm9tcHQgcmVjb3JkOiBwYXJzZSBpdHMgdGVtcGxhdGVzIGFuZCBwYXJ0aWFscywgY29tcGlsZSBpdHMgaW5wdXQgc2NoZW1hIChvciBpbmZlciBvbmUgZnJvbSB0aGVcbiAqIHRlbXBsYXRlcyksIGFuZCBjaGVjayB0aGUgdGVtcGxhdGVzIGFnYWluc3QgYSBkZWNsYXJlZCBzY2hlbWEuXG4gKlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gYSB0ZW1wbGF0ZSBkb2VzIG5vdCBwYXJzZSwgYSBwYXJ0aWFsIGlzIG1pc3NpbmcgKHN0cmljdCkgb3IgY3ljbGVzIG91dHNpZGUgYW55XG4gKiAgIHNlY3Rpb24sIHRoZSBzY2hlbWEgaXMgaW52YWxpZCwgb3IgYSB0ZW1wbGF0ZSByZWFkcyBhIHZhcmlhYmxlIHRoZSBkZWNsYXJlZCBzY2hlbWEgZG9lcyBub3QgZGVjbGFyZVxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVByb21wdChyZWNvcmQ6IFByb21wdFJlY29yZCwgb3B0aW9uczogQ29tcGlsZVByb21wdE9wdGlvbnMgPSB7fSk6IENvbXBpbGVkUHJvbXB0IHtcbiAgY29uc3Qgc3RyaWN0ID0gb3B0aW9ucy5zdHJpY3QgPz8gdHJ1ZTtcbiAgY29uc3QgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7IHByb21wdE5hbWU6IHJlY29yZC5uYW1lIH07XG4gIGlmIChvcHRpb25zLmZpbGUgIT09IHVuZGVmaW5lZCkgYmFzZS5maWxlID0gb3B0aW9ucy5maWxlO1xuICBjb25zdCByZXNvbHZlID0gcGFydGlhbFJlc29sdmVyKG9wdGlvbnMucGFydGlhbHMsIGJhc2UpO1xuICBjb25zdCBjb21waWxlID0gKHNvdXJjZTogc3RyaW5nLCBmaWVsZDogc3RyaW5nLCBsaW5lPzogbnVtYmVyKTogQ29tcGlsZWRUZW1wbGF0ZSA9PiB7XG4gICAgY29uc3QgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0geyAuLi5iYXNlLCBmaWVsZCB9O1xuICAgIGlmIChsaW5lICE9PSB1bmRlZmluZWQpIGxvY2F0aW9uLmxpbmUgPSBsaW5lO1xuICAgIHJldHVybiBjb21waWxlVGVtcGxhdGUoc291cmNlLCB7IHBhcnRpYWw6IHJlc29sdmUsIHN0cmljdCwgbG9jYXRpb24gfSk7XG4gIH07XG5cbiAgbGV0IHRleHQ6IENvbXBpbGVkVGVtcGxhdGUgfCB1bmRlZmluZWQ7XG4gIGxldCBtZXNzYWdlczogQ29tcGlsZWRNZXNzYWdlW10gfCB1bmRlZmluZWQ7XG4gIGlmIChyZWNvcmQudHlwZSA9PT0gJ3RleHQnKSB7XG4gICAgaWYgKHR5cGVvZiByZWNvcmQudGVtcGxhdGUgIT09ICdzdHJpbmcnKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoJ2EgdGV4dCBwcm9tcHQgbmVlZHMgYSBcInRlbXBsYXRlXCIgc3RyaW5nOyBhZGQgdGhlIHRlbXBsYXRlIHRleHQnLCB7XG4gICAgICAgIC4uLmJhc2UsXG4gICAgICAgIGZpZWxkOiAndGVtcGxhdGUnLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHRleHQgPSBjb21waWxlKHJlY29yZC50ZW1wbGF0ZSwgJ3RlbXBsYXRlJywgb3B0aW9ucy50ZW1wbGF0ZUxpbmUpO1xuICB9IGVsc2UgaWYgKHJlY29yZC50eXBlID09PSAnY2hhdCcpIHtcbiAgICBtZXNzYWdlcyA9IGNvbXBpbGVNZXNzYWdlcyhyZWNvcmQubWVzc2FnZXMsIGJhc2UsIGNvbXBpbGUpO1xuICB9IGVsc2Uge1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihgdW5rbm93biBwcm9tcHQgdHlwZSAke0pTT04uc3RyaW5naWZ5KHJlY29yZC50eXBlKX07IHVzZSBcInRleHRcIiBvciBcImNoYXRcImAsIHtcbiAgICAgIC4uLmJhc2UsXG4gICAgICBmaWVsZDogJ3R5cGUnLFxuICAgIH0pO1xuICB9XG5cbiAgY29uc3QgdGVtcGxhdGVzID0gdGV4dCAhPT0gdW5kZWZpbmVkID8gW3RleHRdIDogdGVtcGxhdGVzT2YobWVzc2FnZXMgPz8gW10pO1xuICBjb25zdCB1c2VkID0gdW5pb25BbmFseXNpcyh0ZW1wbGF0ZXMpO1xuICBjb25zdCBkZWNsYXJlZCA9IHJlY29yZC5pbnB1dD8uc2NoZW1hICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLmlucHV0Py5zY2hlbWEgIT09IG51bGw7XG4gIGNvbnN0IGlucHV0U2NoZW1hID0gaW5wdXRTY2hlbWFPZihyZWNvcmQsIHVzZWQsIGJhc2UpO1xuICBjb25zdCB2YXJpYWJsZXMgPSBkZWNsYXJlZCAmJiBsaXN0c1Byb3BlcnRpZXMoaW5wdXRTY2hlbWEpID8gaW5wdXRTY2hlbWEucHJvcGVydGllcyA6IHVzZWQuYWxsO1xuICBjb25zdCBkZWZhdWx0cyA9IGRlZmF1bHRzT2YocmVjb3JkLCBiYXNlKTtcbiAgcmV0dXJuIG5ldyBQcm9tcHQocmVjb3JkLCBpbnB1dFNjaGVtYSwgdmFyaWFibGVzLCB1c2VkLnBhcnRpYWxzLCBzdHJpY3QsIGRlZmF1bHRzLCB0ZXh0LCBtZXNzYWdlcyk7XG59XG5cbi8qKlxuICogVGhlIHBhcnRpYWwgbmFtZXMgYSByZWNvcmQncyB0ZW1wbGF0ZXMgaW5jbHVkZSBkaXJlY3RseSwgc28gdGhhdCBhIGxvYWRlciBjYW4gZmV0Y2ggdGhlbSAoYW5kIHRoZWlycyxcbiAqIHJlY3Vyc2l2ZWx5KSBiZWZvcmUgY2FsbGluZyB7QGxpbmsgY29tcGlsZVByb21wdH0uIE1hbGZvcm1lZCBtZXNzYWdlIGVudHJpZXMgYXJlIHNraXBwZWQgKGNvbXBpbGVQcm9tcHQgcmVwb3J0c1xuICogdGhlbSkuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiBhIHRlbXBsYXRlIGRvZXMgbm90IHBhcnNlXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJ0aWFsTmFtZXNPZihyZWNvcmQ6IFByb21wdFJlY29yZCk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbmFtZXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgYWRkID0gKHNvdXJjZTogdW5rbm93biwgZmllbGQ6IHN0cmluZyk6IHZvaWQgPT4ge1xuICAgIGlmICh0eXBlb2Ygc291cmNlICE9PSAnc3RyaW5nJykgcmV0dXJuO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBhbmFseXplVGVtcGxhdGUoc291cmNlLCB7IHByb21wdE5hbWU6IHJlY29yZC5uYW1lLCBmaWVsZCB9KS5wYXJ0aWFscykgbmFtZXMuYWRkKG5hbWUpO1xuICB9O1xuICBhZGQocmVjb3JkLnRlbXBsYXRlLCAndGVtcGxhdGUnKTtcbiAgaWYgKEFycmF5LmlzQXJyYXkocmVjb3JkLm1lc3NhZ2VzKSkge1xuICAgIHJlY29yZC5tZXNzYWdlcy5mb3JFYWNoKChtZXNzYWdlLCBpKSA9PiB7XG4gICAgICBpZiAodHlwZW9mIG1lc3NhZ2UgPT09ICdvYmplY3QnICYmIG1lc3NhZ2UgIT09IG51bGwgJiYgJ2NvbnRlbnQnIGluIG1lc3NhZ2UpIHtcbiAgICAgICAgYWRkKG1lc3NhZ2UuY29udGVudCwgYG1lc3NhZ2VzWyR7aX1dLmNvbnRlbnRgKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxuICByZXR1cm4gWy4uLm5hbWVzXTtcbn1cblxuY2xhc3MgUHJvbXB0IGltcGxlbWVudHMgQ29tcGlsZWRQcm9tcHQge1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSByZWNvcmQ6IFByb21wdFJlY29yZCxcbiAgICByZWFkb25seSBpbnB1dFNjaGVtYTogSW5wdXRTY2hlbWEsXG4gICAgcmVhZG9ubHkgdmFyaWFibGVzOiByZWFkb25seSBzdHJpbmdbXSxcbiAgICByZWFkb25seSBwYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW10sXG4gICAgcHJpdmF0ZSByZWFkb25seSBzdHJpY3Q6IGJvb2xlYW4sXG4gICAgcHJpdmF0ZSByZWFkb25seSBkZWZhdWx0czogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+IHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgdGV4dDogQ29tcGlsZWRUZW1wbGF0ZSB8IHVuZGVmaW5lZCxcbiAgICBwcml2YXRlIHJlYWRvbmx5IG1lc3NhZ2VzOiByZWFkb25seSBDb21waWxlZE1lc3NhZ2VbXSB8IHVuZGVmaW5lZCxcbiAgKSB7fVxuXG4gIHJlbmRlcih2YXJzPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogc3RyaW5nIHtcbiAgICBjb25zdCB0ZXh0ID0gdGhpcy50ZXh0O1xuICAgIGlmICh0ZXh0ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRPcHNFcnJvcihcbiAgICAgICAgYHByb21wdCBcIiR7dGhpcy5sYWJlbCgpfVwiIGlzIGEgY2hhdCBwcm9tcHQ6IGNhbGwgcmVuZGVyTWVzc2FnZXModmFycywgcGxhY2Vob2xkZXJzKSBpbnN0ZWFkIG9mIHJlbmRlcigpYCxcbiAgICAgICk7XG4gICAgfVxuICAgIGNvbnN0IGlucHV0ID0gdGhpcy5pbnB1dCh2YXJzLCBvcHRpb25zPy5zdHJpY3QgPz8gdGhpcy5zdHJpY3QsIHVuZGVmaW5lZCk7XG4gICAgcmV0dXJuIHRleHQucmVuZGVyKGlucHV0KTtcbiAgfVxuXG4gIHJlbmRlck1lc3NhZ2VzKFxuICAgIHZhcnM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPixcbiAgICBwbGFjZWhvbGRlcnM/OiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPixcbiAgICBvcHRpb25zPzogUmVuZGVyT3B0aW9ucyxcbiAgKTogQ2hhdE1lc3NhZ2VbXSB7XG4gICAgY29uc3QgbWVzc2FnZXMgPSB0aGlzLm1lc3NhZ2VzO1xuICAgIGlmIChtZXNzYWdlcyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgUHJvbXB0T3BzRXJyb3IoXG4gICAgICAgIGBwcm9tcHQgXCIke3RoaXMubGFiZWwoKX1cIiBpcyBhIHRleHQgcHJvbXB0OiBjYWxsIHJlbmRlcih2YXJzKSBpbnN0ZWFkIG9mIHJlbmRlck1lc3NhZ2VzKClgLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3Qgc3RyaWN0ID0gb3B0aW9ucz8uc3RyaWN0ID8/IHRoaXMuc3RyaWN0O1xuICAgIGNvbnN0IGlzc3VlczogUHJvbXB0SW5wdXRJc3N1ZVtdID0gW107XG4gICAgY29uc3QgaW5zZXJ0ZWQgPSBwbGFjZWhvbGRlclZhbHVlcyhtZXNzYWdlcywgcGxhY2Vob2xkZXJzLCBzdHJpY3QsIGlzc3Vlcyk7XG4gICAgY29uc3QgaW5wdXQgPSB0aGlzLmlucHV0KHZhcnMsIHN0cmljdCwgaXNzdWVzKTtcbiAgICBjb25zdCBvdXQ6IENoYXRNZXNzYWdlW10gPSBbXTtcbiAgICBmb3IgKGNvbnN0IG1lc3NhZ2Ugb2YgbWVzc2FnZXMpIHtcbiAgICAgIGlmIChtZXNzYWdlLmtpbmQgPT09ICdtZXNzYWdlJykge1xuICAgICAgICBvdXQucHVzaCh7IHJvbGU6IG1lc3NhZ2Uucm9sZSwgY29udGVudDogbWVzc2FnZS50ZW1wbGF0ZS5yZW5kZXIoaW5wdXQpIH0pO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgZm9yIChjb25zdCBtIG9mIGluc2VydGVkLmdldChtZXNzYWdlLm5hbWUpID8/IFtdKSBvdXQucHVzaCh7IHJvbGU6IG0ucm9sZSwgY29udGVudDogbS5jb250ZW50IH0pO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9XG5cbiAgLyoqXG4gICAqIE1lcmdlIGRlZmF1bHRzIGFuZCB2YXJpYWJsZXMsIHZhbGlkYXRlIHdoZW4gc3RyaWN0LCBhbmQgdGhyb3cgZXZlcnkgcHJvYmxlbSBmb3VuZCAodG9nZXRoZXIgd2l0aCB0aGVcbiAgICogYGV4dHJhSXNzdWVzYCBmb3VuZCBiZWZvcmUsIGUuZy4gcGxhY2Vob2xkZXIgcHJvYmxlbXMpIGluIG9uZSB7QGxpbmsgUHJvbXB0SW5wdXRFcnJvcn0uXG4gICAqL1xuICBwcml2YXRlIGlucHV0KFxuICAgIHZhcnM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHwgdW5kZWZpbmVkLFxuICAgIHN0cmljdDogYm9vbGVhbixcbiAgICBleHRyYUlzc3VlczogUHJvbXB0SW5wdXRJc3N1ZVtdIHwgdW5kZWZpbmVkLFxuICApOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gICAgaWYgKHZhcnMgIT09IHVuZGVmaW5lZCAmJiAodHlwZW9mIHZhcnMgIT09ICdvYmplY3QnIHx8IHZhcnMgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheSh2YXJzKSkpIHtcbiAgICAgIGNvbnN0IGlzc3VlID0geyBwYXRoOiBbXSwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGB2YXJpYWJsZXMgbXVzdCBiZSBhbiBvYmplY3QsIGdvdCAke2Rlc2NyaWJlKHZhcnMpfWAgfTtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRJbnB1dEVycm9yKHRoaXMucmVjb3JkLm5hbWUsIHRoaXMucmVjb3JkLnZlcnNpb24sIFsuLi4oZXh0cmFJc3N1ZXMgPz8gW10pLCBpc3N1ZV0pO1xuICAgIH1cbiAgICBjb25zdCBpbnB1dCA9IHRoaXMuZGVmYXVsdHMgPT09IHVuZGVmaW5lZCA/ICh2YXJzID8/IE5PX1ZBUklBQkxFUykgOiB3aXRoRGVmYXVsdHModGhpcy5kZWZhdWx0cywgdmFycyk7XG4gICAgbGV0IHZhbHVlID0gaW5wdXQ7XG4gICAgbGV0IGlzc3VlcyA9IGV4dHJhSXNzdWVzO1xuICAgIGlmIChzdHJpY3QpIHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IHRoaXMuaW5wdXRTY2hlbWEudmFsaWRhdGUoaW5wdXQpO1xuICAgICAgaWYgKHJlc3VsdC5vaykgdmFsdWUgPSByZXN1bHQudmFsdWU7XG4gICAgICBlbHNlIGlzc3VlcyA9IGlzc3VlcyA9PT0gdW5kZWZpbmVkID8gcmVzdWx0Lmlzc3VlcyA6IFsuLi5yZXN1bHQuaXNzdWVzLCAuLi5pc3N1ZXNdO1xuICAgIH1cbiAgICBpZiAoaXNzdWVzICE9PSB1bmRlZmluZWQgJiYgaXNzdWVzLmxlbmd0aCA+IDApIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRJbnB1dEVycm9yKHRoaXMucmVjb3JkLm5hbWUsIHRoaXMucmVjb3JkLnZlcnNpb24sIGlzc3Vlcyk7XG4gICAgfVxuICAgIHJldHVybiB2YWx1ZTtcbiAgfVxuXG4gIHByaXZhdGUgbGFiZWwoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gYCR7dGhpcy5yZWNvcmQubmFtZX1AJHt0aGlzLnJlY29yZC52ZXJzaW9ufWA7XG4gIH1cbn1cblxuZnVuY3Rpb24gcGFydGlhbFJlc29sdmVyKFxuICBsb29rdXA6IENvbXBpbGVQcm9tcHRPcHRpb25zWydwYXJ0aWFscyddLFxuICBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbik6IFBhcnRpYWxSZXNvbHZlciB8IHVuZGVmaW5lZCB7XG4gIGlmIChsb29rdXAgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIChuYW1lKSA9PiB7XG4gICAgY29uc3QgcGFydGlhbCA9IGxvb2t1cChuYW1lKTtcbiAgICBpZiAocGFydGlhbCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmIChwYXJ0aWFsLnR5cGUgIT09ICd0ZXh0JyB8fCB0eXBlb2YgcGFydGlhbC50ZW1wbGF0ZSAhPT0gJ3N0cmluZycpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgYHBhcnRpYWwgXCIke25hbWV9XCIgaXMgYSAke1N0cmluZyhwYXJ0aWFsLnR5cGUpfSBwcm9tcHQgd2l0aG91dCBhIHRlbXBsYXRlOyBvbmx5IHRleHQgcHJvbXB0cyBjYW4gYmUgYCArXG4gICAgICAgICAgYGluY2x1ZGVkIHdpdGggXCJ7ez4gJHtuYW1lfX19XCI6IGluY2x1ZGUgYSB0ZXh0IHByb21wdCBvciByZW1vdmUgdGhlIHRhZ2AsXG4gICAgICAgIHsgLi4uYmFzZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIHJldHVybiBwYXJ0aWFsLnRlbXBsYXRlO1xuICB9O1xufVxuXG5mdW5jdGlvbiBjb21waWxlTWVzc2FnZXMoXG4gIG1lc3NhZ2VzOiB1bmtub3duLFxuICBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbixcbiAgY29tcGlsZTogKHNvdXJjZTogc3RyaW5nLCBmaWVsZDogc3RyaW5nKSA9PiBDb21waWxlZFRlbXBsYXRlLFxuKTogQ29tcGlsZWRNZXNzYWdlW10ge1xuICBpZiAoIUFycmF5LmlzQXJyYXkobWVzc2FnZXMpKSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgJ2EgY2hhdCBwcm9tcHQgbmVlZHMgYSBcIm1lc3NhZ2VzXCIgbGlzdCBvZiB7IHJvbGUsIGNvbnRlbnQgfSBvciB7IHBsYWNlaG9sZGVyIH0gZW50cmllczsgYWRkIG9uZScsXG4gICAgICB7IC4uLmJhc2UsIGZpZWxkOiAnbWVzc2FnZXMnIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4gbWVzc2FnZXMubWFwKChlbnRyeTogdW5rbm93biwgaSk6IENvbXBpbGVkTWVzc2FnZSA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBgbWVzc2FnZXNbJHtpfV1gO1xuICAgIGlmICh0eXBlb2YgZW50cnkgPT09ICdvYmplY3QnICYmIGVudHJ5ICE9PSBudWxsKSB7XG4gICAgICBjb25zdCBtID0gZW50cnkgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICBpZiAodHlwZW9mIG0ucGxhY2Vob2xkZXIgPT09ICdzdHJpbmcnICYmIG0uY29udGVudCA9PT0gdW5kZWZpbmVkICYmIG0ucm9sZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdwbGFjZWhvbGRlcicsIG5hbWU6IG0ucGxhY2Vob2xkZXIgfTtcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2YgbS5yb2xlID09PSAnc3RyaW5nJyAmJiBtLnJvbGUgIT09ICcnICYmIHR5cGVvZiBtLmNvbnRlbnQgPT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdtZXNzYWdlJywgcm9sZTogbS5yb2xlLCB0ZW1wbGF0ZTogY29tcGlsZShtLmNvbnRlbnQsIGAke2ZpZWxkfS5jb250ZW50YCkgfTtcbiAgICAgIH1cbiAgICB9XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYGEgbWVzc2FnZSBtdXN0IGJlIHsgcm9sZTogc3RyaW5nLCBjb250ZW50OiBzdHJpbmcgfSBvciB7IHBsYWNlaG9sZGVyOiBzdHJpbmcgfSwgZ290ICR7ZGVzY3JpYmUoZW50cnkpfTsgYCArXG4gICAgICAgICdmaXggdGhlIGVudHJ5JyxcbiAgICAgIHsgLi4uYmFzZSwgZmllbGQgfSxcbiAgICApO1xuICB9KTtcbn1cblxuZnVuY3Rpb24gdGVtcGxhdGVzT2YobWVzc2FnZXM6IHJlYWRvbmx5IENvbXBpbGVkTWVzc2FnZVtdKTogQ29tcGlsZWRUZW1wbGF0ZVtdIHtcbiAgY29uc3QgdGVtcGxhdGVzOiBDb21waWxlZFRlbXBsYXRlW10gPSBbXTtcbiAgZm9yIChjb25zdCBtIG9mIG1lc3NhZ2VzKSBpZiAobS5raW5kID09PSAnbWVzc2FnZScpIHRlbXBsYXRlcy5wdXNoKG0udGVtcGxhdGUpO1xuICByZXR1cm4gdGVtcGxhdGVzO1xufVxuXG5pbnRlcmZhY2UgVXNlZFZhcmlhYmxlcyB7XG4gIHJlYWRvbmx5IHJlcXVpcmVkOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIE5hbWVzIGFuIGluZmVycmVkIHNjaGVtYSBhY2NlcHRzIGJ1dCBkb2VzIG5vdCByZXF1aXJlOiBpbnB1dC1sZXZlbCBvcHRpb25hbCBvbmVzIGFuZCBzZWN0aW9uLW5lc3RlZCBvbmVzLiAqL1xuICByZWFkb25seSBvcHRpb25hbDogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IGFsbDogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IHBhcnRpYWxzOiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuZnVuY3Rpb24gdW5pb25BbmFseXNpcyh0ZW1wbGF0ZXM6IHJlYWRvbmx5IENvbXBpbGVkVGVtcGxhdGVbXSk6IFVzZWRWYXJpYWJsZXMge1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhbGwgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgbmVzdGVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IHBhcnRpYWxzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgdCBvZiB0ZW1wbGF0ZXMpIHtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdC5hbmFseXNpcy5yZXF1aXJlZCkgcmVxdWlyZWQuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiB0LmFuYWx5c2lzLmFsbCkgYWxsLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdC5hbmFseXNpcy5uZXN0ZWQpIG5lc3RlZC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIHQuYW5hbHlzaXMucGFydGlhbHMpIHBhcnRpYWxzLmFkZChuYW1lKTtcbiAgfVxuICAvLyBOYW1lcyBpbnNpZGUge3sjc2VjdGlvbnN9fSBtYXkgcmVzb2x2ZSBmcm9tIHRoZSBpbnB1dCB0aHJvdWdoIHRoZSBjb250ZXh0IHN0YWNrLCBzbyBhbiBpbmZlcnJlZCBzY2hlbWFcbiAgLy8gKHdoaWNoIHJlamVjdHMgdW5rbm93biB2YXJpYWJsZXMpIG11c3QgYWNjZXB0IHRoZW0uXG4gIGNvbnN0IG9wdGlvbmFsID0gWy4uLm5ldyBTZXQoWy4uLmFsbCwgLi4ubmVzdGVkXSldLmZpbHRlcigobmFtZSkgPT4gIXJlcXVpcmVkLmhhcyhuYW1lKSk7XG4gIHJldHVybiB7IHJlcXVpcmVkOiBbLi4ucmVxdWlyZWRdLCBvcHRpb25hbCwgYWxsOiBbLi4uYWxsXSwgcGFydGlhbHM6IFsuLi5wYXJ0aWFsc10gfTtcbn1cblxuLyoqIFRoZSBkZWNsYXJlZCBzY2hlbWEsIGNoZWNrZWQgYWdhaW5zdCB0aGUgdGVtcGxhdGVzLCBvciBhIHNjaGVtYSBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZXMuICovXG5mdW5jdGlvbiBpbnB1dFNjaGVtYU9mKHJlY29yZDogUHJvbXB0UmVjb3JkLCB1c2VkOiBVc2VkVmFyaWFibGVzLCBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IElucHV0U2NoZW1hIHtcbiAgY29uc3QgZGVjbGFyZWQgPSByZWNvcmQuaW5wdXQ/LnNjaGVtYTtcbiAgaWYgKGRlY2xhcmVkID09PSB1bmRlZmluZWQgfHwgZGVjbGFyZWQgPT09IG51bGwpIHJldHVybiBzY2hlbWFGcm9tVmFyaWFibGVzKHVzZWQucmVxdWlyZWQsIHVzZWQub3B0aW9uYWwpO1xuICBjb25zdCBzY2hlbWEgPSBjb21waWxlSW5wdXRTY2hlbWEoZGVjbGFyZWQsIHsgLi4uYmFzZSwgZmllbGQ6ICdpbnB1dC5zY2hlbWEnIH0pO1xuICAvLyBBIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgdGhhdCBjYW5ub3QgYmUgaW50cm9zcGVjdGVkIGhhcyBubyBgcHJvcGVydGllc2A6IG5vdGhpbmcgdG8gY2hlY2sgYWdhaW5zdC5cbiAgaWYgKCFsaXN0c1Byb3BlcnRpZXMoc2NoZW1hKSkgcmV0dXJuIHNjaGVtYTtcbiAgY29uc3Qga25vd24gPSBuZXcgU2V0KHNjaGVtYS5wcm9wZXJ0aWVzKTtcbiAgY29uc3QgdW5kZWNsYXJlZCA9IHVzZWQuYWxsLmZpbHRlcigobmFtZSkgPT4gIWtub3duLmhhcyhuYW1lKSk7XG4gIGlmICh1bmRlY2xhcmVkLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBsaXN0ID0gdW5kZWNsYXJlZC5tYXAoKG4pID0+IGBcIiR7bn1cImApLmpvaW4oJywgJyk7XG4gICAgY29uc3QgW2l0LCB0aGVtXSA9IHVuZGVjbGFyZWQubGVuZ3RoID09PSAxID8gWyd2YXJpYWJsZScsICdpdCddIDogWyd2YXJpYWJsZXMnLCAndGhlbSddO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgIGB0aGUgdGVtcGxhdGUgdXNlcyAke2l0fSAke2xpc3R9IHRoYXQgaW5wdXQuc2NoZW1hIGRvZXMgbm90IGRlY2xhcmU7IGRlY2xhcmUgJHt0aGVtfSB1bmRlciBpbnB1dC5zY2hlbWEgYCArXG4gICAgICAgIGBvciByZW1vdmUgJHt0aGVtfSBmcm9tIHRoZSB0ZW1wbGF0ZWAsXG4gICAgICB7IC4uLmJhc2UsIGZpZWxkOiAnaW5wdXQuc2NoZW1hJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHNjaGVtYTtcbn1cblxuLyoqXG4gKiBgeyAuLi5kZWZhdWx0cywgLi4udmFycyB9YCwgd2hlcmUgYSB2YXJpYWJsZSBwYXNzZWQgYXMgYHVuZGVmaW5lZGAga2VlcHMgaXRzIGRlZmF1bHQgKGFzIHdoZW4gaXQgaXMgbGVmdCBvdXQpLlxuICogU3ByZWFkaW5nIGRlZmluZXMgb3duIHByb3BlcnRpZXMsIHNvIGEgYFwiX19wcm90b19fXCJgIGtleSBuZXZlciByZWFjaGVzIHRoZSBwcm90b3R5cGUuXG4gKi9cbmZ1bmN0aW9uIHdpdGhEZWZhdWx0cyhcbiAgZGVmYXVsdHM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PixcbiAgdmFyczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCB1bmRlZmluZWQsXG4pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGNvbnN0IGlucHV0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgLi4uZGVmYXVsdHMsIC4uLnZhcnMgfTtcbiAgaWYgKHZhcnMgIT09IHVuZGVmaW5lZCkge1xuICAgIGZvciAoY29uc3Qga2V5IGluIGRlZmF1bHRzKSB7XG4gICAgICBpZiAoaW5wdXRba2V5XSA9PT0gdW5kZWZpbmVkICYmIE9iamVjdC5oYXNPd24oZGVmYXVsdHMsIGtleSkpIGlucHV0W2tleV0gPSBkZWZhdWx0c1trZXldO1xuICAgIH1cbiAgfVxuICByZXR1cm4gaW5wdXQ7XG59XG5cbi8qKiBGYWxzZSBmb3IgYSBzY2hlbWEgd2hvc2UgcHJvcGVydGllcyBhcmUgdW5rbm93biAoYW4gb3BhcXVlIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IpLiAqL1xuZnVuY3Rpb24gbGlzdHNQcm9wZXJ0aWVzKHNjaGVtYTogSW5wdXRTY2hlbWEpOiBib29sZWFuIHtcbiAgY29uc3QgcHJvcGVydGllcyA9IHNjaGVtYS5qc29uU2NoZW1hLnByb3BlcnRpZXM7XG4gIHJldHVybiB0eXBlb2YgcHJvcGVydGllcyA9PT0gJ29iamVjdCcgJiYgcHJvcGVydGllcyAhPT0gbnVsbDtcbn1cblxuZnVuY3Rpb24gZGVmYXVsdHNPZihyZWNvcmQ6IFByb21wdFJlY29yZCwgYmFzZTogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4gfCB1bmRlZmluZWQge1xuICBjb25zdCBkZWZhdWx0czogdW5rbm93biA9IHJlY29yZC5pbnB1dD8uZGVmYXVsdDtcbiAgaWYgKGRlZmF1bHRzID09PSB1bmRlZmluZWQgfHwgZGVmYXVsdHMgPT09IG51bGwpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmICh0eXBlb2YgZGVmYXVsdHMgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkoZGVmYXVsdHMpKSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGBpbnB1dC5kZWZhdWx0IG11c3QgYmUgYW4gb2JqZWN0IG9mIHZhcmlhYmxlIHZhbHVlcywgZ290ICR7ZGVzY3JpYmUoZGVmYXVsdHMpfWAsIHtcbiAgICAgIC4uLmJhc2UsXG4gICAgICBmaWVsZDogJ2lucHV0LmRlZmF1bHQnLFxuICAgIH0pO1xuICB9XG4gIHJldHVybiBPYmplY3Qua2V5cyhkZWZhdWx0cykubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogKGRlZmF1bHRzIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KTtcbn1cblxuLyoqIE1lc3NhZ2VzIHBhc3NlZCBmb3IgZWFjaCBwbGFjZWhvbGRlciwgY2hlY2tlZDsgcHJvYmxlbXMgYXJlIGFkZGVkIHRvIGBpc3N1ZXNgLiAqL1xuZnVuY3Rpb24gcGxhY2Vob2xkZXJWYWx1ZXMoXG4gIG1lc3NhZ2VzOiByZWFkb25seSBDb21waWxlZE1lc3NhZ2VbXSxcbiAgcGxhY2Vob2xkZXJzOiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPiB8IHVuZGVmaW5lZCxcbiAgc3RyaWN0OiBib29sZWFuLFxuICBpc3N1ZXM6IFByb21wdElucHV0SXNzdWVbXSxcbik6IE1hcDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+IHtcbiAgY29uc3QgdmFsdWVzID0gbmV3IE1hcDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+KCk7XG4gIGZvciAoY29uc3QgbWVzc2FnZSBvZiBtZXNzYWdlcykge1xuICAgIGlmIChtZXNzYWdlLmtpbmQgIT09ICdwbGFjZWhvbGRlcicgfHwgdmFsdWVzLmhhcyhtZXNzYWdlLm5hbWUpKSBjb250aW51ZTtcbiAgICBjb25zdCBuYW1lID0gbWVzc2FnZS5uYW1lO1xuICAgIGNvbnN0IHZhbHVlOiB1bmtub3duID1cbiAgICAgIHBsYWNlaG9sZGVycyAhPT0gdW5kZWZpbmVkICYmIHBsYWNlaG9sZGVycyAhPT0gbnVsbCAmJiBPYmplY3QuaGFzT3duKHBsYWNlaG9sZGVycywgbmFtZSlcbiAgICAgICAgPyBwbGFjZWhvbGRlcnNbbmFtZV1cbiAgICAgICAgOiB1bmRlZmluZWQ7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmIChzdHJpY3QpIHtcbiAgICAgICAgaXNzdWVzLnB1c2goe1xuICAgICAgICAgIHBhdGg6IFtuYW1lXSxcbiAgICAgICAgICBjb2RlOiAnbWlzc2luZycsXG4gICAgICAgICAgbWVzc2FnZTogYHBsYWNlaG9sZGVyIFwiJHtuYW1lfVwiIG5lZWRzIGFuIGFycmF5IG9mIHsgcm9sZSwgY29udGVudCB9IG1lc3NhZ2VzIChwYXNzIFtdIGZvciBub25lKWAsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmICghQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgIGlzc3Vlcy5wdXNoKHtcbiAgICAgICAgcGF0aDogW25hbWVdLFxuICAgICAgICBjb2RlOiAnaW52YWxpZF90eXBlJyxcbiAgICAgICAgbWVzc2FnZTogYHBsYWNlaG9sZGVyIFwiJHtuYW1lfVwiIG11c3QgYmUgYW4gYXJyYXkgb2YgeyByb2xlLCBjb250ZW50IH0gbWVzc2FnZXMsIGdvdCAke2Rlc2NyaWJlKHZhbHVlKX1gLFxuICAgICAgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgbGV0IHZhbGlkID0gdHJ1ZTtcbiAgICB2YWx1ZS5mb3JFYWNoKChtOiB1bmtub3duLCBpKSA9PiB7XG4gICAgICBpZiAodHlwZW9mIG0gIT09ICdvYmplY3QnIHx8IG0gPT09IG51bGwpIHtcbiAgICAgICAgdmFsaWQgPSBmYWxzZTtcbiAgICAgICAgaXNzdWVzLnB1c2goe1xuICAgICAgICAgIHBhdGg6IFtuYW1lLCBpXSxcbiAgICAgICAgICBjb2RlOiAnaW52YWxpZF90eXBlJyxcbiAgICAgICAgICBtZXNzYWdlOiBgbXVzdCBiZSB7IHJvbGUsIGNvbnRlbnQgfSwgZ290ICR7ZGVzY3JpYmUobSl9YCxcbiAgICAgICAgfSk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHsgcm9sZSwgY29udGVudCB9ID0gbSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgIGlmICh0eXBlb2Ygcm9sZSAhPT0gJ3N0cmluZycgfHwgcm9sZSA9PT0gJycpIHtcbiAgICAgICAgdmFsaWQgPSBmYWxzZTtcbiAgICAgICAgaXNzdWVzLnB1c2goeyBwYXRoOiBbbmFtZSwgaSwgJ3JvbGUnXSwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGBtdXN0IGJlIGEgbm9uLWVtcHR5IHN0cmluZ2AgfSk7XG4gICAgICB9XG4gICAgICBpZiAodHlwZW9mIGNvbnRlbnQgIT09ICdzdHJpbmcnKSB7XG4gICAgICAgIHZhbGlkID0gZmFsc2U7XG4gICAgICAgIGlzc3Vlcy5wdXNoKHsgcGF0aDogW25hbWUsIGksICdjb250ZW50J10sIGNvZGU6ICdpbnZhbGlkX3R5cGUnLCBtZXNzYWdlOiBgbXVzdCBiZSBhIHN0cmluZ2AgfSk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgaWYgKHZhbGlkKSB2YWx1ZXMuc2V0KG5hbWUsIHZhbHVlIGFzIHJlYWRvbmx5IENoYXRNZXNzYWdlW10pO1xuICB9XG4gIHJldHVybiB2YWx1ZXM7XG59XG5cbi8qKiBUaGUga2luZCBvZiBhIHZhbHVlLCBmb3IgbWVzc2FnZXMgKG5ldmVyIHRoZSB2YWx1ZSBpdHNlbGY6IGlucHV0cyBtYXkgYmUgcHJpdmF0ZSkuICovXG5mdW5jdGlvbiBkZXNjcmliZSh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gJ2FuIGFycmF5JztcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgPyAnYW4gb2JqZWN0JyA6IGBhICR7dHlwZW9mIHZhbHVlfWA7XG59XG4iLCAiLyoqXG4gKiBUaGUgc3RydWN0dXJlIGNoZWNrIG9mIGEge0BsaW5rIFByb21wdFJlY29yZH06IGV2ZXJ5IHJlY29yZCB0aGF0IGVudGVycyBwcm9tcHRvcHMgKGZyb20gYSBzdG9yZSxcbiAqIGEgZmlsZSwgYSBmYWxsYmFjaywgYGRlZmluZVByb21wdGApIGdvZXMgdGhyb3VnaCB7QGxpbmsgcGFyc2VSZWNvcmR9LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSwgaXNWYWxpZE5hbWUgfSBmcm9tICcuL25hbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBDaGF0TWVzc2FnZVRlbXBsYXRlLCBQcm9tcHRNZXRhZGF0YSwgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi9yZWNvcmQuanMnO1xuaW1wb3J0IHsgdHlwZSBGaWVsZFNlZ21lbnQsIGZvcm1hdEZpZWxkUGF0aCB9IGZyb20gJy4vc2NoZW1hL2ZpZWxkLXBhdGguanMnO1xuaW1wb3J0IHsgY29tcGlsZUlucHV0U2NoZW1hIH0gZnJvbSAnLi9zY2hlbWEvaW5kZXguanMnO1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCwgcGljb3NjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHsgaXNTdGFuZGFyZFNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL3N0YW5kYXJkLmpzJztcbmltcG9ydCB7IGNsb3Nlc3RNYXRjaCwgZGVzY3JpYmVWYWx1ZSB9IGZyb20gJy4vc2NoZW1hL3N1Z2dlc3QuanMnO1xuXG4vKiogVG9wLWxldmVsIGZpZWxkcyBvZiBhIHJlY29yZCwgaW4gdGhlaXIgY2Fub25pY2FsIG9yZGVyLiAqL1xuZXhwb3J0IGNvbnN0IFJFQ09SRF9GSUVMRFMgPSBbXG4gICduYW1lJyxcbiAgJ3ZlcnNpb24nLFxuICAnbGFiZWxzJyxcbiAgJ3R5cGUnLFxuICAndGVtcGxhdGUnLFxuICAnbWVzc2FnZXMnLFxuICAnaW5wdXQnLFxuICAnb3V0cHV0JyxcbiAgJ21vZGVsJyxcbiAgJ21ldGFkYXRhJyxcbiAgJ2hhc2gnLFxuXSBhcyBjb25zdDtcblxuLyoqIEEgbGFiZWw6IGBbYS16QS1aXVthLXpBLVowLTkuXy1dKmAsIGUuZy4gYHByb2R1Y3Rpb25gLCBgc3RhZ2luZ2AsIGBleHAuYi0yYC4gKi9cbmV4cG9ydCBjb25zdCBMQUJFTF9QQVRURVJOID0gL15bYS16QS1aXVthLXpBLVowLTkuXy1dKiQvO1xuXG4vKiogYHNoYTI1Ni1gIGFuZCA2NCBsb3dlcmNhc2UgaGV4IGRpZ2l0cy4gKi9cbmV4cG9ydCBjb25zdCBIQVNIX1BBVFRFUk4gPSAvXnNoYTI1Ni1bMC05YS1mXXs2NH0kLztcblxuLyoqIFBsYWNlaG9sZGVyIG5hbWVzIG9mIGNoYXQgbWVzc2FnZXM6IGBbQS1aYS16X11bQS1aYS16MC05Xy4tXSpgLiAqL1xuZXhwb3J0IGNvbnN0IFBMQUNFSE9MREVSX1BBVFRFUk4gPSAvXltBLVphLXpfXVtBLVphLXowLTlfLi1dKiQvO1xuXG4vKiogRGVlcGVzdCBuZXN0aW5nIGFjY2VwdGVkIGluIGZyZWUtZm9ybSBkYXRhIChgbW9kZWxgLCBgbWV0YWRhdGFgLCBgaW5wdXQuZGVmYXVsdGApLiAqL1xuY29uc3QgTUFYX0RBVEFfREVQVEggPSA2NDtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBUaGUgem9kL21pbmkgc2NoZW1hLiBFYWNoIGZpZWxkIHNheXMgd2hhdCBpcyB3cm9uZyB3aXRoIGl0IGluIGl0cyBvd24gd29yZHM7IHRoZSBmaXJzdCBpc3N1ZSB3aW5zLlxuXG50eXBlIElzc3VlID0gei5jb3JlLiRab2RSYXdJc3N1ZTtcblxuY29uc3QgaXNFeGFjdFNlbXZlciA9ICh2YWx1ZTogc3RyaW5nKTogYm9vbGVhbiA9PiB2YWxpZCh2YWx1ZSkgPT09IHZhbHVlO1xuXG5jb25zdCBuYW1lU2NoZW1hID0gelxuICAuc3RyaW5nKHtcbiAgICBlcnJvcjogKGlzcykgPT5cbiAgICAgIGlzcy5pbnB1dCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gJ21pc3NpbmcgXCJuYW1lXCI6IGdpdmUgdGhlIHByb21wdCBhIG5hbWUgc3VjaCBhcyBcInN1cHBvcnQvZ3JlZXRpbmdcIidcbiAgICAgICAgOiBleHBsYWluSW52YWxpZE5hbWUoaXNzLmlucHV0KSxcbiAgfSlcbiAgLmNoZWNrKHoucmVmaW5lKGlzVmFsaWROYW1lLCB7IGVycm9yOiAoaXNzKSA9PiBleHBsYWluSW52YWxpZE5hbWUoaXNzLmlucHV0KSB9KSk7XG5cbmNvbnN0IHZlcnNpb25TY2hlbWEgPSB6XG4gIC5zdHJpbmcoe1xuICAgIGVycm9yOiAoaXNzKSA9PlxuICAgICAgaXNzLmlucHV0ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAnbWlzc2luZyBcInZlcnNpb25cIjogZXZlcnkgcHJvbXB0IG5lZWRzIGEgc2VtdmVyIHZlcnNpb24gc3VjaCBhcyBgdmVyc2lvbjogMS4wLjBgJ1xuICAgICAgICA6IHR5cGVvZiBpc3MuaW5wdXQgPT09ICdudW1iZXInXG4gICAgICAgICAgPyBgXCJ2ZXJzaW9uXCIgbXVzdCBiZSBhIHNlbXZlciBzdHJpbmcgc3VjaCBhcyBcIjEuMC4wXCIsIGdvdCB0aGUgbnVtYmVyICR7U3RyaW5nKGlzcy5pbnB1dCl9OiB3cml0ZSBhbGwgdGhyZWUgcGFydHMgKCR7dmVyc2lvbkd1ZXNzKGlzcy5pbnB1dCl9KSBvciBxdW90ZSBpdGBcbiAgICAgICAgICA6IGBcInZlcnNpb25cIiBtdXN0IGJlIGEgc2VtdmVyIHN0cmluZyBzdWNoIGFzIFwiMS4wLjBcIiwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG4gIH0pXG4gIC5jaGVjayhcbiAgICB6LnJlZmluZShpc0V4YWN0U2VtdmVyLCB7XG4gICAgICBlcnJvcjogKGlzcykgPT4ge1xuICAgICAgICBjb25zdCBjbGVhbmVkID0gdHlwZW9mIGlzcy5pbnB1dCA9PT0gJ3N0cmluZycgPyB2YWxpZChpc3MuaW5wdXQpIDogbnVsbDtcbiAgICAgICAgcmV0dXJuIChcbiAgICAgICAgICBgXCJ2ZXJzaW9uXCIgbXVzdCBiZSBhIHNlbXZlciB2ZXJzaW9uIE1BSk9SLk1JTk9SLlBBVENIWy1wcmVyZWxlYXNlXSwgZS5nLiBcIjEuMC4wXCIsIGdvdCAke0pTT04uc3RyaW5naWZ5KGlzcy5pbnB1dCl9YCArXG4gICAgICAgICAgKGNsZWFuZWQgPT09IG51bGwgPyAnJyA6IGA7IHdyaXRlIFwiJHtjbGVhbmVkfVwiYClcbiAgICAgICAgKTtcbiAgICAgIH0sXG4gICAgfSksXG4gICk7XG5cbmZ1bmN0aW9uIHZlcnNpb25HdWVzcyh2YWx1ZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgdGV4dCA9IFN0cmluZyh2YWx1ZSk7XG4gIHJldHVybiB0ZXh0LmluY2x1ZGVzKCcuJykgPyBgJHt0ZXh0fS4wYCA6IGAke3RleHR9LjAuMGA7XG59XG5cbmNvbnN0IGxhYmVsc1NjaGVtYSA9IHouYXJyYXkoXG4gIHouc3RyaW5nKHsgZXJyb3I6IChpc3MpID0+IGBhIGxhYmVsIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pLmNoZWNrKFxuICAgIHoucmVmaW5lKChsYWJlbCkgPT4gTEFCRUxfUEFUVEVSTi50ZXN0KGxhYmVsKSwge1xuICAgICAgZXJyb3I6IChpc3MpID0+XG4gICAgICAgIGBpbnZhbGlkIGxhYmVsICR7SlNPTi5zdHJpbmdpZnkoaXNzLmlucHV0KX06IGEgbGFiZWwgaXMgYSBsZXR0ZXIgZm9sbG93ZWQgYnkgbGV0dGVycywgZGlnaXRzLCBcIi5cIiwgXCJfXCIgb3IgXCItXCIgKGUuZy4gXCJwcm9kdWN0aW9uXCIpYCxcbiAgICB9KSxcbiAgKSxcbiAge1xuICAgIGVycm9yOiAoaXNzKSA9PiBgXCJsYWJlbHNcIiBtdXN0IGJlIGEgbGlzdCBvZiBsYWJlbHMgc3VjaCBhcyBbcHJvZHVjdGlvbiwgc3RhZ2luZ10sIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxuICB9LFxuKTtcblxuY29uc3QgdHlwZVNjaGVtYSA9IHouZW51bShbJ3RleHQnLCAnY2hhdCddLCB7XG4gIGVycm9yOiAoaXNzKSA9PlxuICAgIGB1bmtub3duIHByb21wdCB0eXBlICR7SlNPTi5zdHJpbmdpZnkoaXNzLmlucHV0KX06IHVzZSBcInRleHRcIiAod2l0aCBhIHRlbXBsYXRlKSBvciBcImNoYXRcIiAod2l0aCBtZXNzYWdlcylgICtcbiAgICAodHlwZW9mIGlzcy5pbnB1dCA9PT0gJ3N0cmluZycgPyBoaW50KGlzcy5pbnB1dCwgWyd0ZXh0JywgJ2NoYXQnXSkgOiAnJyksXG59KTtcblxuY29uc3QgdGVtcGxhdGVTY2hlbWEgPSB6LnN0cmluZyh7XG4gIGVycm9yOiAoaXNzKSA9PlxuICAgIGBcInRlbXBsYXRlXCIgbXVzdCBiZSBhIHN0cmluZyAoYSBtdXN0YWNoZSB0ZW1wbGF0ZSksIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gICtcbiAgICAoQXJyYXkuaXNBcnJheShpc3MuaW5wdXQpID8gJzsgZm9yIGEgbGlzdCBvZiBtZXNzYWdlcyB1c2UgXCJtZXNzYWdlc1wiIGFuZCB0eXBlOiBjaGF0JyA6ICc7IHF1b3RlIGl0IGluIFlBTUwnKSxcbn0pO1xuXG5jb25zdCBtZXNzYWdlU2NoZW1hID0gei51bmtub3duKCkuY2hlY2soXG4gIHouc3VwZXJSZWZpbmUoKHZhbHVlLCBjdHgpID0+IHtcbiAgICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbk1lc3NhZ2VQcm9ibGVtKHZhbHVlKTtcbiAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKVxuICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogJ2N1c3RvbScsIG1lc3NhZ2U6IHByb2JsZW0ubWVzc2FnZSwgcGF0aDogcHJvYmxlbS5wYXRoLCBpbnB1dDogdmFsdWUgfSk7XG4gIH0pLFxuKTtcblxuY29uc3QgbWVzc2FnZXNTY2hlbWEgPSB6LmFycmF5KG1lc3NhZ2VTY2hlbWEsIHtcbiAgZXJyb3I6IChpc3MpID0+XG4gICAgYFwibWVzc2FnZXNcIiBtdXN0IGJlIGEgbGlzdCBvZiB7IHJvbGUsIGNvbnRlbnQgfSBvciB7IHBsYWNlaG9sZGVyIH0gZW50cmllcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG59KTtcblxuY29uc3QganNvbkRhdGEgPSAod2hhdDogc3RyaW5nKSA9PlxuICB6LnVua25vd24oKS5jaGVjayhcbiAgICB6LnN1cGVyUmVmaW5lKCh2YWx1ZSwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24odmFsdWUsIFtdLCAwKTtcbiAgICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHtcbiAgICAgICAgICBjb2RlOiAnY3VzdG9tJyxcbiAgICAgICAgICBtZXNzYWdlOiBgJHt3aGF0fSBtdXN0IGJlIHBsYWluIGRhdGEgKHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zLCBudWxsLCBsaXN0cywgb2JqZWN0cyk6ICR7cHJvYmxlbS5tZXNzYWdlfWAsXG4gICAgICAgICAgcGF0aDogcHJvYmxlbS5wYXRoLFxuICAgICAgICAgIGlucHV0OiB2YWx1ZSxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgfSksXG4gICk7XG5cbmNvbnN0IGRlZmF1bHRzU2NoZW1hID0gei5yZWNvcmQoei5zdHJpbmcoKSwgei51bmtub3duKCksIHtcbiAgZXJyb3I6IChpc3MpID0+IGBcImlucHV0LmRlZmF1bHRcIiBtdXN0IG1hcCB2YXJpYWJsZSBuYW1lcyB0byB2YWx1ZXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxufSk7XG5cbmNvbnN0IGlucHV0U2NoZW1hID0gei5zdHJpY3RPYmplY3QoXG4gIHsgc2NoZW1hOiB6Lm9wdGlvbmFsKHoudW5rbm93bigpKSwgZGVmYXVsdDogei5vcHRpb25hbChkZWZhdWx0c1NjaGVtYSkgfSxcbiAgeyBlcnJvcjogKGlzcykgPT4gb2JqZWN0RXJyb3IoaXNzLCAnXCJpbnB1dFwiJywgWydzY2hlbWEnLCAnZGVmYXVsdCddKSB9LFxuKTtcblxuY29uc3Qgb3V0cHV0U2NoZW1hID0gei5zdHJpY3RPYmplY3QoXG4gIHsgc2NoZW1hOiB6Lm9wdGlvbmFsKHoudW5rbm93bigpKSB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBvYmplY3RFcnJvcihpc3MsICdcIm91dHB1dFwiJywgWydzY2hlbWEnXSkgfSxcbik7XG5cbmNvbnN0IG9wdGlvbmFsU3RyaW5nID0gKGZpZWxkOiBzdHJpbmcpID0+XG4gIHoub3B0aW9uYWwoei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYFwiJHtmaWVsZH1cIiBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCB9KSk7XG5cbmNvbnN0IG1ldGFkYXRhU2NoZW1hID0gei5sb29zZU9iamVjdChcbiAge1xuICAgIGRlc2NyaXB0aW9uOiBvcHRpb25hbFN0cmluZygnbWV0YWRhdGEuZGVzY3JpcHRpb24nKSxcbiAgICBvd25lcjogb3B0aW9uYWxTdHJpbmcoJ21ldGFkYXRhLm93bmVyJyksXG4gICAgdGFnczogei5vcHRpb25hbChcbiAgICAgIHouYXJyYXkoei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYGEgdGFnIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pLCB7XG4gICAgICAgIGVycm9yOiAoaXNzKSA9PiBgXCJtZXRhZGF0YS50YWdzXCIgbXVzdCBiZSBhIGxpc3Qgb2Ygc3RyaW5ncywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG4gICAgICB9KSxcbiAgICApLFxuICB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBgXCJtZXRhZGF0YVwiIG11c3QgYmUgYW4gb2JqZWN0IChkZXNjcmlwdGlvbiwgb3duZXIsIHRhZ3MsIFx1MjAyNiksIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0sXG4pO1xuXG5jb25zdCBoYXNoU2NoZW1hID0gei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYFwiaGFzaFwiIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pLmNoZWNrKFxuICB6LnJlZmluZSgoaGFzaCkgPT4gSEFTSF9QQVRURVJOLnRlc3QoaGFzaCksIHtcbiAgICBlcnJvcjogKGlzcykgPT5cbiAgICAgIGBcImhhc2hcIiBtdXN0IGJlIFwic2hhMjU2LVwiIGZvbGxvd2VkIGJ5IDY0IGxvd2VyY2FzZSBoZXggZGlnaXRzLCBnb3QgJHtKU09OLnN0cmluZ2lmeShpc3MuaW5wdXQpfTsgYCArXG4gICAgICAncmVtb3ZlIGl0IHRvIGxldCBwcm9tcHRvcHMgY29tcHV0ZSBpdCcsXG4gIH0pLFxuKTtcblxuY29uc3QgcmVjb3JkU2NoZW1hID0gei5zdHJpY3RPYmplY3QoXG4gIHtcbiAgICBuYW1lOiBuYW1lU2NoZW1hLFxuICAgIHZlcnNpb246IHZlcnNpb25TY2hlbWEsXG4gICAgbGFiZWxzOiB6Lm9wdGlvbmFsKGxhYmVsc1NjaGVtYSksXG4gICAgdHlwZTogei5vcHRpb25hbCh0eXBlU2NoZW1hKSxcbiAgICB0ZW1wbGF0ZTogei5vcHRpb25hbCh0ZW1wbGF0ZVNjaGVtYSksXG4gICAgbWVzc2FnZXM6IHoub3B0aW9uYWwobWVzc2FnZXNTY2hlbWEpLFxuICAgIGlucHV0OiB6Lm9wdGlvbmFsKGlucHV0U2NoZW1hKSxcbiAgICBvdXRwdXQ6IHoub3B0aW9uYWwob3V0cHV0U2NoZW1hKSxcbiAgICBtb2RlbDogei5vcHRpb25hbChqc29uRGF0YSgnXCJtb2RlbFwiJykpLFxuICAgIG1ldGFkYXRhOiB6Lm9wdGlvbmFsKG1ldGFkYXRhU2NoZW1hKSxcbiAgICBoYXNoOiB6Lm9wdGlvbmFsKGhhc2hTY2hlbWEpLFxuICB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBvYmplY3RFcnJvcihpc3MsICdhIHByb21wdCByZWNvcmQnLCBSRUNPUkRfRklFTERTKSB9LFxuKTtcblxuZnVuY3Rpb24gb2JqZWN0RXJyb3IoaXNzOiBJc3N1ZSwgd2hhdDogc3RyaW5nLCBhbGxvd2VkOiByZWFkb25seSBzdHJpbmdbXSk6IHN0cmluZyB7XG4gIGlmIChpc3MuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJykge1xuICAgIGNvbnN0IGtleSA9IChpc3MgYXMgeyBrZXlzOiBzdHJpbmdbXSB9KS5rZXlzWzBdID8/ICcnO1xuICAgIHJldHVybiBgdW5rbm93biBmaWVsZCBcIiR7a2V5fVwiIGluICR7d2hhdH0ke2hpbnQoa2V5LCBhbGxvd2VkKX0gQWxsb3dlZCBmaWVsZHM6ICR7YWxsb3dlZC5qb2luKCcsICcpfS5gO1xuICB9XG4gIHJldHVybiBgJHt3aGF0fSBtdXN0IGJlIGFuIG9iamVjdCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWA7XG59XG5cbmZ1bmN0aW9uIGhpbnQoaW5wdXQ6IHN0cmluZywgY2FuZGlkYXRlczogcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcge1xuICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChpbnB1dCwgY2FuZGlkYXRlcyk7XG4gIHJldHVybiBndWVzcyA9PT0gdW5kZWZpbmVkID8gJy4nIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuLyoqIFdoZXJlIGEgcmVjb3JkIGNvbWVzIGZyb206IGEgZmlsZSBwYXRoIG9yIFVSTCwgb3IgYSBkZXNjcmlwdGlvbiBzdWNoIGFzIGAnbWVtb3J5IHN0b3JlIHJlY29yZCAjMidgLiAqL1xuZXhwb3J0IHR5cGUgUmVjb3JkTG9jYXRpb24gPSBzdHJpbmcgfCB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfTtcblxuLyoqXG4gKiBDaGVjayBhIHJlY29yZCdzIHN0cnVjdHVyZSBhbmQgcmV0dXJuIGEgY2xlYW4gY29weTogZmllbGRzIGluIGNhbm9uaWNhbCBvcmRlciwgYHR5cGVgIGZpbGxlZCBpbixcbiAqIHVua25vd24gZmllbGRzIHJlamVjdGVkLlxuICpcbiAqIFJ1bGVzOlxuICogLSBgbmFtZWAgKHNlZSBgbmFtZS50c2ApIGFuZCBgdmVyc2lvbmAgKGV4YWN0IHNlbXZlciwgYE1BSk9SLk1JTk9SLlBBVENIWy1wcmVdYDsgYHYxLjAuMGAgYW5kXG4gKiAgIGAxLjBgIGFyZSByZWplY3RlZCB3aXRoIHRoZSBmaXgpIGFyZSByZXF1aXJlZC5cbiAqIC0gYHR5cGVgIG1heSBiZSBsZWZ0IG91dDogaXQgaXMgYCd0ZXh0J2Agd2hlbiB0aGUgcmVjb3JkIGhhcyBhIGB0ZW1wbGF0ZWAgYW5kIGAnY2hhdCdgIHdoZW4gaXQgaGFzXG4gKiAgIGBtZXNzYWdlc2AuIEEgdGV4dCBwcm9tcHQgbXVzdCBoYXZlIGEgYHRlbXBsYXRlYCBhbmQgbm8gYG1lc3NhZ2VzYDsgYSBjaGF0IHByb21wdCBtdXN0IGhhdmUgYVxuICogICBub24tZW1wdHkgYG1lc3NhZ2VzYCBsaXN0IGFuZCBubyBgdGVtcGxhdGVgLlxuICogLSBBIG1lc3NhZ2UgaXMgYHsgcm9sZSwgY29udGVudCB9YCAoc3RyaW5ncywgcm9sZSBub24tZW1wdHkpIG9yIGB7IHBsYWNlaG9sZGVyIH1gIChhIG5hbWUgb2ZcbiAqICAgYFtBLVphLXpfXVtBLVphLXowLTlfLi1dKmApLCBub3RoaW5nIGVsc2UuXG4gKiAtIGBsYWJlbHNgOiB1bmlxdWUgbGFiZWxzIG9mIGBbYS16QS1aXVthLXpBLVowLTkuXy1dKmAuIGBoYXNoYDogYHNoYTI1Ni1gICsgNjQgbG93ZXJjYXNlIGhleC5cbiAqIC0gYGlucHV0YCBoYXMgb25seSBgc2NoZW1hYCBhbmQgYGRlZmF1bHRgOyB0aGUgc2NoZW1hIG11c3QgY29tcGlsZSAoUGljb3NjaGVtYSwgSlNPTiBTY2hlbWEgb3IgYVxuICogICBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yKSBhbmQgdGhlIGRlZmF1bHRzIG11c3QgZml0IGl0LiBgb3V0cHV0YCBoYXMgb25seSBgc2NoZW1hYDsgYSBQaWNvc2NoZW1hXG4gKiAgIG91dHB1dCBzY2hlbWEgbXVzdCBiZSB3ZWxsLWZvcm1lZCwgYSBKU09OIFNjaGVtYSBvbmUgaXMgdGFrZW4gYXMgaXMuXG4gKiAtIEFuIG9wdGlvbmFsIGZpZWxkIHNldCB0byBgbnVsbGAgY291bnRzIGFzIG5vdCBnaXZlbi5cbiAqIC0gYG1vZGVsYCwgYG1ldGFkYXRhYCAoYW5kIGBpbnB1dC5kZWZhdWx0YCkgbXVzdCBiZSBwbGFpbiBKU09OIGRhdGE7IGBtZXRhZGF0YS5kZXNjcmlwdGlvbmAgYW5kXG4gKiAgIGBtZXRhZGF0YS5vd25lcmAgYXJlIHN0cmluZ3MsIGBtZXRhZGF0YS50YWdzYCBhIGxpc3Qgb2Ygc3RyaW5ncy5cbiAqXG4gKiBAcGFyYW0gdmFsdWUgVGhlIHJlY29yZCBhcyByZWNlaXZlZCAocGFyc2VkIEpTT04sIFlBTUwsIGFuIG9iamVjdCBsaXRlcmFsKS5cbiAqIEBwYXJhbSBsb2NhdGlvbiBUaGUgb3JpZ2luLCBmb3IgZXJyb3IgbWVzc2FnZXM6IGEgcGF0aCBvciBVUkwsIG9yIGB7IGZpbGUsIGxpbmUgfWAuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gZm9yIHRoZSBmaXJzdCBwcm9ibGVtIGZvdW5kLCBuYW1pbmcgdGhlIGZpbGUsIHRoZSBmaWVsZCAoZS5nLlxuICogICBgbWVzc2FnZXNbMV0ucm9sZWApIGFuZCB0aGUgZml4LlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCByZWNvcmQgPSBwYXJzZVJlY29yZChhd2FpdCByZXNwb25zZS5qc29uKCksIHsgZmlsZTogdXJsIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVJlY29yZCh2YWx1ZTogdW5rbm93biwgbG9jYXRpb24/OiBSZWNvcmRMb2NhdGlvbik6IFByb21wdFJlY29yZCB7XG4gIGNvbnN0IHdoZXJlID0gdHlwZW9mIGxvY2F0aW9uID09PSAnc3RyaW5nJyA/IHsgZmlsZTogbG9jYXRpb24gfSA6IHsgLi4ubG9jYXRpb24gfTtcbiAgY29uc3QgcHJvbXB0TmFtZSA9IGlzUGxhaW5SZWNvcmQodmFsdWUpICYmIGlzVmFsaWROYW1lKHZhbHVlLm5hbWUpID8gdmFsdWUubmFtZSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgZmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBuZXZlciA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBmb3JtYXRGaWVsZFBhdGgocGF0aCk7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGRldGFpbCwgeyAuLi53aGVyZSwgZmllbGQ6IGZpZWxkID09PSAnJyA/IHVuZGVmaW5lZCA6IGZpZWxkLCBwcm9tcHROYW1lIH0pO1xuICB9O1xuXG4gIGlmICghaXNQbGFpblJlY29yZCh2YWx1ZSkpIHtcbiAgICByZXR1cm4gZmFpbChgYSBwcm9tcHQgcmVjb3JkIG11c3QgYmUgYW4gb2JqZWN0IHdpdGggbmFtZSwgdmVyc2lvbiwgdHlwZSwgXHUyMDI2LCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbXSk7XG4gIH1cbiAgY29uc3QgcmVzdWx0ID0gcmVjb3JkU2NoZW1hLnNhZmVQYXJzZSh3aXRob3V0TnVsbHModmFsdWUpKTtcbiAgaWYgKCFyZXN1bHQuc3VjY2Vzcykge1xuICAgIGNvbnN0IGlzc3VlID0gcmVzdWx0LmVycm9yLmlzc3Vlc1swXSE7XG4gICAgY29uc3QgcGF0aCA9IGlzc3VlLnBhdGgubWFwKChzZWdtZW50KSA9PiAodHlwZW9mIHNlZ21lbnQgPT09ICdzeW1ib2wnID8gU3RyaW5nKHNlZ21lbnQpIDogc2VnbWVudCkpO1xuICAgIGlmIChpc3N1ZS5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnKSBwYXRoLnB1c2goaXNzdWUua2V5c1swXSA/PyAnJyk7XG4gICAgcmV0dXJuIGZhaWwoaXNzdWUubWVzc2FnZSwgcGF0aCk7XG4gIH1cbiAgY29uc3QgZGF0YSA9IHJlc3VsdC5kYXRhO1xuICBjb25zdCB0eXBlID0gcmVzb2x2ZVR5cGUoZGF0YSwgZmFpbCk7XG5cbiAgY29uc3QgbGFiZWxzID0gZGF0YS5sYWJlbHM7XG4gIGlmIChsYWJlbHMgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IFtpbmRleCwgbGFiZWxdIG9mIGxhYmVscy5lbnRyaWVzKCkpIHtcbiAgICAgIGlmIChzZWVuLmhhcyhsYWJlbCkpIGZhaWwoYGxhYmVsIFwiJHtsYWJlbH1cIiBpcyBsaXN0ZWQgdHdpY2U6IGxpc3QgZWFjaCBsYWJlbCBvbmNlYCwgWydsYWJlbHMnLCBpbmRleF0pO1xuICAgICAgc2Vlbi5hZGQobGFiZWwpO1xuICAgIH1cbiAgfVxuICBpZiAoZGF0YS5tZXRhZGF0YSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKGRhdGEubWV0YWRhdGEsIFtdLCAwKTtcbiAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBmYWlsKGBcIm1ldGFkYXRhXCIgbXVzdCBiZSBwbGFpbiBkYXRhIChzdHJpbmdzLCBudW1iZXJzLCBib29sZWFucywgbnVsbCwgbGlzdHMsIG9iamVjdHMpOiAke3Byb2JsZW0ubWVzc2FnZX1gLCBbXG4gICAgICAgICdtZXRhZGF0YScsXG4gICAgICAgIC4uLnByb2JsZW0ucGF0aCxcbiAgICAgIF0pO1xuICAgIH1cbiAgfVxuICBjaGVja0lucHV0KGRhdGEuaW5wdXQsIHdoZXJlLCBwcm9tcHROYW1lLCBmYWlsKTtcbiAgY2hlY2tPdXRwdXQoZGF0YS5vdXRwdXQsIHdoZXJlLCBwcm9tcHROYW1lKTtcblxuICBjb25zdCByZWNvcmQ6IFByb21wdFJlY29yZCA9IHsgbmFtZTogZGF0YS5uYW1lLCB2ZXJzaW9uOiBkYXRhLnZlcnNpb24gfSBhcyBQcm9tcHRSZWNvcmQ7XG4gIGlmIChsYWJlbHMgIT09IHVuZGVmaW5lZCkgcmVjb3JkLmxhYmVscyA9IFsuLi5sYWJlbHNdO1xuICByZWNvcmQudHlwZSA9IHR5cGU7XG4gIGlmICh0eXBlID09PSAndGV4dCcpIHJlY29yZC50ZW1wbGF0ZSA9IGRhdGEudGVtcGxhdGUhO1xuICBlbHNlIHJlY29yZC5tZXNzYWdlcyA9IChkYXRhLm1lc3NhZ2VzIGFzIENoYXRNZXNzYWdlVGVtcGxhdGVbXSkubWFwKChtZXNzYWdlKSA9PiAoeyAuLi5tZXNzYWdlIH0pKTtcbiAgaWYgKGRhdGEuaW5wdXQgIT09IHVuZGVmaW5lZCkgcmVjb3JkLmlucHV0ID0geyAuLi5kYXRhLmlucHV0IH0gYXMgUHJvbXB0UmVjb3JkWydpbnB1dCddO1xuICBpZiAoZGF0YS5vdXRwdXQgIT09IHVuZGVmaW5lZCkgcmVjb3JkLm91dHB1dCA9IHsgLi4uZGF0YS5vdXRwdXQgfTtcbiAgaWYgKGRhdGEubW9kZWwgIT09IHVuZGVmaW5lZCkgcmVjb3JkLm1vZGVsID0gZGF0YS5tb2RlbDtcbiAgaWYgKGRhdGEubWV0YWRhdGEgIT09IHVuZGVmaW5lZCkgcmVjb3JkLm1ldGFkYXRhID0geyAuLi5kYXRhLm1ldGFkYXRhIH0gYXMgUHJvbXB0TWV0YWRhdGE7XG4gIGlmIChkYXRhLmhhc2ggIT09IHVuZGVmaW5lZCkgcmVjb3JkLmhhc2ggPSBkYXRhLmhhc2g7XG4gIHJldHVybiByZWNvcmQ7XG59XG5cbnR5cGUgRmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pID0+IG5ldmVyO1xuXG4vKiogT3B0aW9uYWwgdG9wLWxldmVsIGZpZWxkcyBzZXQgdG8gYG51bGxgIGNvdW50IGFzIG5vdCBnaXZlbiAoSlNPTiBBUElzIGFuZCBibGFuayBZQU1MIGZpZWxkcyBzYXkgbnVsbCkuICovXG5mdW5jdGlvbiB3aXRob3V0TnVsbHModmFsdWU6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBsZXQgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB8IHVuZGVmaW5lZDtcbiAgZm9yIChjb25zdCBba2V5LCBpdGVtXSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICBpZiAoaXRlbSAhPT0gbnVsbCB8fCBrZXkgPT09ICduYW1lJyB8fCBrZXkgPT09ICd2ZXJzaW9uJykgY29udGludWU7XG4gICAgb3V0ID8/PSB7IC4uLnZhbHVlIH07XG4gICAgZGVsZXRlIG91dFtrZXldO1xuICB9XG4gIHJldHVybiBvdXQgPz8gdmFsdWU7XG59XG5cbmZ1bmN0aW9uIHJlc29sdmVUeXBlKGRhdGE6IHouaW5mZXI8dHlwZW9mIHJlY29yZFNjaGVtYT4sIGZhaWw6IEZhaWwpOiAndGV4dCcgfCAnY2hhdCcge1xuICBjb25zdCBoYXNUZW1wbGF0ZSA9IGRhdGEudGVtcGxhdGUgIT09IHVuZGVmaW5lZDtcbiAgY29uc3QgaGFzTWVzc2FnZXMgPSBkYXRhLm1lc3NhZ2VzICE9PSB1bmRlZmluZWQ7XG4gIGxldCB0eXBlID0gZGF0YS50eXBlO1xuICBpZiAodHlwZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKGhhc1RlbXBsYXRlICYmIGhhc01lc3NhZ2VzKSB7XG4gICAgICBmYWlsKFxuICAgICAgICAndGhlIHJlY29yZCBoYXMgYm90aCBcInRlbXBsYXRlXCIgYW5kIFwibWVzc2FnZXNcIjogc2V0IHR5cGU6IHRleHQgKHRlbXBsYXRlKSBvciB0eXBlOiBjaGF0IChtZXNzYWdlcykgYW5kIHJlbW92ZSB0aGUgb3RoZXInLFxuICAgICAgICBbJ3R5cGUnXSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmICghaGFzVGVtcGxhdGUgJiYgIWhhc01lc3NhZ2VzKSB7XG4gICAgICBmYWlsKCd0aGUgcHJvbXB0IGhhcyBubyBjb250ZW50OiBnaXZlIGEgXCJ0ZW1wbGF0ZVwiIChhIHRleHQgcHJvbXB0KSBvciBcIm1lc3NhZ2VzXCIgKGEgY2hhdCBwcm9tcHQpJywgWyd0ZW1wbGF0ZSddKTtcbiAgICB9XG4gICAgdHlwZSA9IGhhc1RlbXBsYXRlID8gJ3RleHQnIDogJ2NoYXQnO1xuICB9XG4gIGlmICh0eXBlID09PSAndGV4dCcpIHtcbiAgICBpZiAoIWhhc1RlbXBsYXRlKSB7XG4gICAgICBmYWlsKFxuICAgICAgICBoYXNNZXNzYWdlc1xuICAgICAgICAgID8gJ2EgdGV4dCBwcm9tcHQgdGFrZXMgYSBcInRlbXBsYXRlXCIsIG5vdCBcIm1lc3NhZ2VzXCI6IHNldCB0eXBlOiBjaGF0LCBvciByZXBsYWNlIG1lc3NhZ2VzIHdpdGggYSB0ZW1wbGF0ZSdcbiAgICAgICAgICA6ICdhIHRleHQgcHJvbXB0IG5lZWRzIGEgXCJ0ZW1wbGF0ZVwiIChhIG11c3RhY2hlIHRlbXBsYXRlIHN0cmluZyknLFxuICAgICAgICBbaGFzTWVzc2FnZXMgPyAnbWVzc2FnZXMnIDogJ3RlbXBsYXRlJ10sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoaGFzTWVzc2FnZXMpXG4gICAgICBmYWlsKCdhIHRleHQgcHJvbXB0IGhhcyBubyBcIm1lc3NhZ2VzXCI6IHJlbW92ZSB0aGVtLCBvciBzZXQgdHlwZTogY2hhdCBhbmQgcmVtb3ZlIHRoZSB0ZW1wbGF0ZScsIFsnbWVzc2FnZXMnXSk7XG4gIH0gZWxzZSB7XG4gICAgaWYgKGhhc1RlbXBsYXRlKSB7XG4gICAgICBmYWlsKCdhIGNoYXQgcHJvbXB0IHRha2VzIFwibWVzc2FnZXNcIiwgbm90IGEgXCJ0ZW1wbGF0ZVwiOiBtb3ZlIHRoZSB0ZXh0IGludG8gYSBtZXNzYWdlLCBvciBzZXQgdHlwZTogdGV4dCcsIFtcbiAgICAgICAgJ3RlbXBsYXRlJyxcbiAgICAgIF0pO1xuICAgIH1cbiAgICBpZiAoIWhhc01lc3NhZ2VzKSB7XG4gICAgICBmYWlsKCdhIGNoYXQgcHJvbXB0IG5lZWRzIFwibWVzc2FnZXNcIjogYSBsaXN0IG9mIHsgcm9sZSwgY29udGVudCB9IG9yIHsgcGxhY2Vob2xkZXIgfSBlbnRyaWVzJywgWydtZXNzYWdlcyddKTtcbiAgICB9XG4gICAgaWYgKGRhdGEubWVzc2FnZXMhLmxlbmd0aCA9PT0gMCkgZmFpbCgnYSBjaGF0IHByb21wdCBuZWVkcyBhdCBsZWFzdCBvbmUgbWVzc2FnZScsIFsnbWVzc2FnZXMnXSk7XG4gIH1cbiAgcmV0dXJuIHR5cGU7XG59XG5cbmZ1bmN0aW9uIGV4cGxhaW5NZXNzYWdlUHJvYmxlbSh2YWx1ZTogdW5rbm93bik6IHsgbWVzc2FnZTogc3RyaW5nOyBwYXRoOiBGaWVsZFNlZ21lbnRbXSB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2hhcGUgPSAnYSBtZXNzYWdlIGlzIHsgcm9sZSwgY29udGVudCB9IG9yIHsgcGxhY2Vob2xkZXIgfSc7XG4gIGlmICghaXNQbGFpblJlY29yZCh2YWx1ZSkpIHJldHVybiB7IG1lc3NhZ2U6IGAke3NoYXBlfSwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgcGF0aDogW10gfTtcbiAgaWYgKCdwbGFjZWhvbGRlcicgaW4gdmFsdWUpIHtcbiAgICBjb25zdCBvdGhlciA9IE9iamVjdC5rZXlzKHZhbHVlKS5maW5kKChrZXkpID0+IGtleSAhPT0gJ3BsYWNlaG9sZGVyJyk7XG4gICAgaWYgKG90aGVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGBhIHBsYWNlaG9sZGVyIG1lc3NhZ2UgaGFzIG9ubHkgXCJwbGFjZWhvbGRlclwiLCBidXQgdGhpcyBvbmUgYWxzbyBoYXMgXCIke290aGVyfVwiOiBzcGxpdCBpdCBpbiB0d28gbWVzc2FnZXNgLFxuICAgICAgICBwYXRoOiBbb3RoZXJdLFxuICAgICAgfTtcbiAgICB9XG4gICAgaWYgKHR5cGVvZiB2YWx1ZS5wbGFjZWhvbGRlciAhPT0gJ3N0cmluZycgfHwgIVBMQUNFSE9MREVSX1BBVFRFUk4udGVzdCh2YWx1ZS5wbGFjZWhvbGRlcikpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGBcInBsYWNlaG9sZGVyXCIgbXVzdCBiZSBhIG5hbWUgc3VjaCBhcyBcImhpc3RvcnlcIiAobGV0dGVycywgZGlnaXRzLCBcIl9cIiwgXCIuXCIsIFwiLVwiKSwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZS5wbGFjZWhvbGRlcil9YCxcbiAgICAgICAgcGF0aDogWydwbGFjZWhvbGRlciddLFxuICAgICAgfTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyh2YWx1ZSkpIHtcbiAgICBpZiAoa2V5ICE9PSAncm9sZScgJiYga2V5ICE9PSAnY29udGVudCcpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGB1bmtub3duIGZpZWxkIFwiJHtrZXl9XCIgaW4gYSBtZXNzYWdlJHtoaW50KGtleSwgWydyb2xlJywgJ2NvbnRlbnQnLCAncGxhY2Vob2xkZXInXSl9ICR7c2hhcGV9LmAsXG4gICAgICAgIHBhdGg6IFtrZXldLFxuICAgICAgfTtcbiAgICB9XG4gIH1cbiAgaWYgKHZhbHVlLnJvbGUgPT09IHVuZGVmaW5lZClcbiAgICByZXR1cm4geyBtZXNzYWdlOiBgdGhlIG1lc3NhZ2UgaGFzIG5vIFwicm9sZVwiIChzeXN0ZW0sIHVzZXIsIGFzc2lzdGFudCwgXHUyMDI2KTogJHtzaGFwZX1gLCBwYXRoOiBbJ3JvbGUnXSB9O1xuICBpZiAodHlwZW9mIHZhbHVlLnJvbGUgIT09ICdzdHJpbmcnIHx8IHZhbHVlLnJvbGUudHJpbSgpID09PSAnJykge1xuICAgIHJldHVybiB7XG4gICAgICBtZXNzYWdlOiBgXCJyb2xlXCIgbXVzdCBiZSBhIG5vbi1lbXB0eSBzdHJpbmcgc3VjaCBhcyBcInVzZXJcIiwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZS5yb2xlKX1gLFxuICAgICAgcGF0aDogWydyb2xlJ10sXG4gICAgfTtcbiAgfVxuICBpZiAodmFsdWUuY29udGVudCA9PT0gdW5kZWZpbmVkKVxuICAgIHJldHVybiB7IG1lc3NhZ2U6IGB0aGUgbWVzc2FnZSBoYXMgbm8gXCJjb250ZW50XCIgKGl0cyBtdXN0YWNoZSB0ZW1wbGF0ZSk6ICR7c2hhcGV9YCwgcGF0aDogWydjb250ZW50J10gfTtcbiAgaWYgKHR5cGVvZiB2YWx1ZS5jb250ZW50ICE9PSAnc3RyaW5nJykge1xuICAgIHJldHVybiB7XG4gICAgICBtZXNzYWdlOiBgXCJjb250ZW50XCIgbXVzdCBiZSBhIHN0cmluZyAoYSBtdXN0YWNoZSB0ZW1wbGF0ZSksIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUuY29udGVudCl9OyBxdW90ZSBpdCBpbiBZQU1MYCxcbiAgICAgIHBhdGg6IFsnY29udGVudCddLFxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gY2hlY2tJbnB1dChcbiAgaW5wdXQ6IHsgc2NoZW1hPzogdW5rbm93bjsgZGVmYXVsdD86IFJlY29yZDxzdHJpbmcsIHVua25vd24+IH0gfCB1bmRlZmluZWQsXG4gIHdoZXJlOiB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfSxcbiAgcHJvbXB0TmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkLFxuICBmYWlsOiBGYWlsLFxuKTogdm9pZCB7XG4gIGlmIChpbnB1dCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmIChpbnB1dC5kZWZhdWx0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24oaW5wdXQuZGVmYXVsdCwgW10sIDApO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZhaWwoYFwiaW5wdXQuZGVmYXVsdFwiIG11c3QgYmUgcGxhaW4gZGF0YTogJHtwcm9ibGVtLm1lc3NhZ2V9YCwgWydpbnB1dCcsICdkZWZhdWx0JywgLi4ucHJvYmxlbS5wYXRoXSk7XG4gICAgfVxuICB9XG4gIGlmIChpbnB1dC5zY2hlbWEgPT09IHVuZGVmaW5lZCB8fCBpbnB1dC5zY2hlbWEgPT09IG51bGwpIHJldHVybjtcbiAgY29uc3Qgc2NoZW1hID0gY29tcGlsZUlucHV0U2NoZW1hKGlucHV0LnNjaGVtYSwgeyAuLi53aGVyZSwgcHJvbXB0TmFtZSwgZmllbGQ6ICdpbnB1dC5zY2hlbWEnIH0pO1xuICBpZiAoaW5wdXQuZGVmYXVsdCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGNvbnN0IHJlc3VsdCA9IHNjaGVtYS52YWxpZGF0ZShpbnB1dC5kZWZhdWx0KTtcbiAgaWYgKHJlc3VsdC5vaykgcmV0dXJuO1xuICBjb25zdCBpc3N1ZSA9IHJlc3VsdC5pc3N1ZXMuZmluZCgoaSkgPT4gaS5jb2RlICE9PSAnbWlzc2luZycpO1xuICBpZiAoaXNzdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBmYWlsKGB0aGUgZGVmYXVsdCB2YWx1ZSBkb2VzIG5vdCBmaXQgdGhlIGlucHV0IHNjaGVtYTogJHtpc3N1ZS5tZXNzYWdlfWAsIFsnaW5wdXQnLCAnZGVmYXVsdCcsIC4uLmlzc3VlLnBhdGhdKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tPdXRwdXQoXG4gIG91dHB1dDogeyBzY2hlbWE/OiB1bmtub3duIH0gfCB1bmRlZmluZWQsXG4gIHdoZXJlOiB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfSxcbiAgcHJvbXB0TmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkLFxuKTogdm9pZCB7XG4gIGNvbnN0IHNjaGVtYSA9IG91dHB1dD8uc2NoZW1hO1xuICBpZiAoc2NoZW1hID09PSB1bmRlZmluZWQgfHwgc2NoZW1hID09PSBudWxsIHx8IGlzU3RhbmRhcmRTY2hlbWEoc2NoZW1hKSkgcmV0dXJuO1xuICBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSwgeyAuLi53aGVyZSwgcHJvbXB0TmFtZSwgZmllbGQ6ICdvdXRwdXQuc2NoZW1hJyB9KTtcbn1cblxuLyoqIFRoZSBmaXJzdCB2YWx1ZSB0aGF0IEpTT04gY2Fubm90IGNhcnJ5IChmdW5jdGlvbnMsIGB1bmRlZmluZWRgIGluIGxpc3RzLCBOYU4sIGNsYXNzIGluc3RhbmNlc1x1MjAyNikuICovXG5mdW5jdGlvbiBmaW5kTm9uSnNvbihcbiAgdmFsdWU6IHVua25vd24sXG4gIHBhdGg6IEZpZWxkU2VnbWVudFtdLFxuICBkZXB0aDogbnVtYmVyLFxuKTogeyBtZXNzYWdlOiBzdHJpbmc7IHBhdGg6IEZpZWxkU2VnbWVudFtdIH0gfCB1bmRlZmluZWQge1xuICBpZiAoZGVwdGggPiBNQVhfREFUQV9ERVBUSCkgcmV0dXJuIHsgbWVzc2FnZTogYG5lc3RlZCBtb3JlIHRoYW4gJHtNQVhfREFUQV9ERVBUSH0gbGV2ZWxzIGRlZXBgLCBwYXRoIH07XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJylcbiAgICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHVuZGVmaW5lZCA6IHsgbWVzc2FnZTogYCR7U3RyaW5nKHZhbHVlKX0gaXMgbm90IGEgSlNPTiBudW1iZXJgLCBwYXRoIH07XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgIGZvciAobGV0IGluZGV4ID0gMDsgaW5kZXggPCB2YWx1ZS5sZW5ndGg7IGluZGV4KyspIHtcbiAgICAgIGNvbnN0IHByb2JsZW0gPSBmaW5kTm9uSnNvbih2YWx1ZVtpbmRleF0sIFsuLi5wYXRoLCBpbmRleF0sIGRlcHRoICsgMSk7XG4gICAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcHJvYmxlbTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICBpZiAodHlwZW9mIHZhbHVlID09PSAnb2JqZWN0Jykge1xuICAgIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgICBpZiAocHJvdG8gIT09IE9iamVjdC5wcm90b3R5cGUgJiYgcHJvdG8gIT09IG51bGwpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGBmb3VuZCBhICR7KHZhbHVlIGFzIG9iamVjdCkuY29uc3RydWN0b3I/Lm5hbWUgPz8gJ25vbi1wbGFpbid9IG9iamVjdDsgdXNlIHBsYWluIG9iamVjdHNgLFxuICAgICAgICBwYXRoLFxuICAgICAgfTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBba2V5LCBpdGVtXSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICAgIGlmIChpdGVtID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKGl0ZW0sIFsuLi5wYXRoLCBrZXldLCBkZXB0aCArIDEpO1xuICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgcmV0dXJuIHByb2JsZW07XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgcmV0dXJuIHsgbWVzc2FnZTogYGZvdW5kICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgcGF0aCB9O1xufVxuIiwgIi8qKlxuICogUHJvbXB0IG5hbWVzOiBzZWdtZW50cyBvZiBgW2EtejAtOV1bYS16MC05Ll8tXSpgIGpvaW5lZCBieSBgL2AuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcblxuLyoqIExvbmdlc3QgYWNjZXB0ZWQgcHJvbXB0IG5hbWUsIGluIGNoYXJhY3RlcnMuICovXG5leHBvcnQgY29uc3QgTUFYX05BTUVfTEVOR1RIID0gMjAwO1xuXG5jb25zdCBOQU1FX1BBVFRFUk4gPSAvXlthLXowLTldW2EtejAtOS5fLV0qKD86XFwvW2EtejAtOV1bYS16MC05Ll8tXSopKiQvO1xuXG4vKiogVHJ1ZSB3aGVuIGBuYW1lYCBpcyBhIHZhbGlkIHByb21wdCBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVmFsaWROYW1lKG5hbWU6IHVua25vd24pOiBuYW1lIGlzIHN0cmluZyB7XG4gIHJldHVybiB0eXBlb2YgbmFtZSA9PT0gJ3N0cmluZycgJiYgbmFtZS5sZW5ndGggPD0gTUFYX05BTUVfTEVOR1RIICYmIE5BTUVfUEFUVEVSTi50ZXN0KG5hbWUpO1xufVxuXG4vKiogRGVzY3JpYmUgd2hhdCBpcyB3cm9uZyB3aXRoIGEgcHJvbXB0IG5hbWUsIG9yIGB1bmRlZmluZWRgIHdoZW4gaXQgaXMgdmFsaWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwbGFpbkludmFsaWROYW1lKG5hbWU6IHVua25vd24pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAodHlwZW9mIG5hbWUgIT09ICdzdHJpbmcnKSByZXR1cm4gYGEgcHJvbXB0IG5hbWUgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7dHlwZW9mIG5hbWV9YDtcbiAgaWYgKG5hbWUubGVuZ3RoID09PSAwKSByZXR1cm4gJ2EgcHJvbXB0IG5hbWUgbXVzdCBub3QgYmUgZW1wdHknO1xuICBpZiAobmFtZS5sZW5ndGggPiBNQVhfTkFNRV9MRU5HVEgpXG4gICAgcmV0dXJuIGBhIHByb21wdCBuYW1lIG11c3QgYmUgYXQgbW9zdCAke01BWF9OQU1FX0xFTkdUSH0gY2hhcmFjdGVycywgZ290ICR7bmFtZS5sZW5ndGh9YDtcbiAgaWYgKE5BTUVfUEFUVEVSTi50ZXN0KG5hbWUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBzaG93biA9IEpTT04uc3RyaW5naWZ5KG5hbWUubGVuZ3RoID4gNjAgPyBgJHtuYW1lLnNsaWNlKDAsIDYwKX1cdTIwMjZgIDogbmFtZSk7XG4gIHJldHVybiAoXG4gICAgYGludmFsaWQgcHJvbXB0IG5hbWUgJHtzaG93bn06IHVzZSBsb3dlcmNhc2Ugc2VnbWVudHMgb2YgW2EtejAtOV1bYS16MC05Ll8tXSogam9pbmVkIGJ5IFwiL1wiIGAgK1xuICAgIGAoZS5nLiBcInN1cHBvcnQvZ3JlZXRpbmdcIik7IG5vIGxlYWRpbmcgXCIvXCIsIG5vIGVtcHR5LCBcIi5cIiBvciBcIi4uXCIgc2VnbWVudHNgXG4gICk7XG59XG5cbi8qKiBUaHJvdyBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gdW5sZXNzIGBuYW1lYCBpcyB2YWxpZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRWYWxpZE5hbWUoXG4gIG5hbWU6IHVua25vd24sXG4gIGxvY2F0aW9uOiB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfSA9IHt9LFxuKTogYXNzZXJ0cyBuYW1lIGlzIHN0cmluZyB7XG4gIGNvbnN0IHByb2JsZW0gPSBleHBsYWluSW52YWxpZE5hbWUobmFtZSk7XG4gIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihwcm9ibGVtLCB7IC4uLmxvY2F0aW9uLCBmaWVsZDogJ25hbWUnIH0pO1xufVxuIiwgIi8qKlxuICogUHJvbXB0IHNwZWNzIChgbmFtZUBzZWxlY3RvcmApIGFuZCBzZWxlY3RvciByZXNvbHV0aW9uIG92ZXIgYSBsaXN0IG9mIHZlcnNpb25zLlxuICogU2VlIERFU0lHTi5tZCBzZWN0aW9uIDUuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCBzZW12ZXJDb21wYXJlIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvY29tcGFyZS5qcyc7XG5pbXBvcnQgc2VtdmVyUHJlcmVsZWFzZSBmcm9tICdzZW12ZXIvZnVuY3Rpb25zL3ByZXJlbGVhc2UuanMnO1xuaW1wb3J0IHNlbXZlclZhbGlkIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvdmFsaWQuanMnO1xuaW1wb3J0IHNlbXZlck1heFNhdGlzZnlpbmcgZnJvbSAnc2VtdmVyL3Jhbmdlcy9tYXgtc2F0aXNmeWluZy5qcyc7XG5pbXBvcnQgc2VtdmVyVmFsaWRSYW5nZSBmcm9tICdzZW12ZXIvcmFuZ2VzL3ZhbGlkLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyc2lvbkluZm8gfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi9uYW1lLmpzJztcblxuLyoqIEEgcGFyc2VkIGBuYW1lQHNlbGVjdG9yYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0U3BlYyB7XG4gIC8qKiBUaGUgcHJvbXB0IG5hbWUuICovXG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBzZWxlY3RvciBhZnRlciBgQGAsIG9yIGB1bmRlZmluZWRgIGZvciBhIGJhcmUgbmFtZS4gKi9cbiAgc2VsZWN0b3I6IHN0cmluZyB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIEhvdyBhIHNlbGVjdG9yIHBpY2tzIGEgdmVyc2lvbi4gKi9cbmV4cG9ydCB0eXBlIFNlbGVjdG9yS2luZCA9ICdleGFjdCcgfCAncmFuZ2UnIHwgJ2xhYmVsJyB8ICdsYXRlc3QnO1xuXG5jb25zdCBMQUJFTF9QQVRURVJOID0gL15bYS16QS1aXVthLXpBLVowLTkuXy1dKiQvO1xuXG4vKipcbiAqIFNwbGl0IGAnc3VwcG9ydC9ncmVldGluZ0BeMS4yJ2AgaW50byBuYW1lIGFuZCBzZWxlY3Rvci4gVGhyb3dzIGEge0BsaW5rIENvbmZpZ0Vycm9yfSBuYW1pbmcgdGhlXG4gKiBwcm9ibGVtIGZvciBhbiBpbnZhbGlkIG5hbWUgb3IgYW4gZW1wdHkgc2VsZWN0b3IuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVNwZWMoc3BlYzogc3RyaW5nKTogUHJvbXB0U3BlYyB7XG4gIGlmICh0eXBlb2Ygc3BlYyAhPT0gJ3N0cmluZycpIHRocm93IG5ldyBDb25maWdFcnJvcihgYSBwcm9tcHQgc3BlYyBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHt0eXBlb2Ygc3BlY31gKTtcbiAgY29uc3QgYXQgPSBzcGVjLmluZGV4T2YoJ0AnKTtcbiAgY29uc3QgbmFtZSA9IGF0ID09PSAtMSA/IHNwZWMgOiBzcGVjLnNsaWNlKDAsIGF0KTtcbiAgY29uc3Qgc2VsZWN0b3IgPSBhdCA9PT0gLTEgPyB1bmRlZmluZWQgOiBzcGVjLnNsaWNlKGF0ICsgMSk7XG4gIGNvbnN0IHByb2JsZW0gPSBleHBsYWluSW52YWxpZE5hbWUobmFtZSk7XG4gIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHRocm93IG5ldyBDb25maWdFcnJvcihgJHtwcm9ibGVtfSAoaW4gc3BlYyAke0pTT04uc3RyaW5naWZ5KHNwZWMpfSlgKTtcbiAgaWYgKHNlbGVjdG9yICE9PSB1bmRlZmluZWQpIGFzc2VydFZhbGlkU2VsZWN0b3Ioc2VsZWN0b3IsIHNwZWMpO1xuICByZXR1cm4geyBuYW1lLCBzZWxlY3RvciB9O1xufVxuXG4vKiogVGhyb3cgYSB7QGxpbmsgQ29uZmlnRXJyb3J9IHVubGVzcyBgc2VsZWN0b3JgIGlzIGFuIGV4YWN0IHZlcnNpb24sIGEgcmFuZ2UsIGEgbGFiZWwgb3IgYGxhdGVzdGAuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VmFsaWRTZWxlY3RvcihzZWxlY3Rvcjogc3RyaW5nLCBjb250ZXh0OiBzdHJpbmcgPSBzZWxlY3Rvcik6IHZvaWQge1xuICBpZiAoc2VsZWN0b3IubGVuZ3RoID09PSAwIHx8IHNlbGVjdG9yLmxlbmd0aCA+IDI1NiB8fCBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBgaW52YWxpZCBzZWxlY3RvciAke0pTT04uc3RyaW5naWZ5KHNlbGVjdG9yKX0gaW4gJHtKU09OLnN0cmluZ2lmeShjb250ZXh0KX06IHVzZSBhbiBleGFjdCB2ZXJzaW9uIChcIjEuMi4zXCIpLCBgICtcbiAgICAgICAgJ2FuIG5wbSBzZW12ZXIgcmFuZ2UgKFwiXjEuMlwiLCBcIn4xLjIuMFwiLCBcIjEueFwiKSwgYSBsYWJlbCAoXCJwcm9kdWN0aW9uXCIpIG9yIFwibGF0ZXN0XCInLFxuICAgICk7XG4gIH1cbn1cblxuLyoqIENsYXNzaWZ5IGEgc2VsZWN0b3I7IGB1bmRlZmluZWRgIHdoZW4gaXQgaXMgbm9uZSBvZiB0aGUgZm91ciBraW5kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZWxlY3RvcktpbmQoc2VsZWN0b3I6IHN0cmluZyk6IFNlbGVjdG9yS2luZCB8IHVuZGVmaW5lZCB7XG4gIGlmIChzZWxlY3RvciA9PT0gJ2xhdGVzdCcpIHJldHVybiAnbGF0ZXN0JztcbiAgaWYgKHNlbXZlclZhbGlkKHNlbGVjdG9yKSA9PT0gc2VsZWN0b3IpIHJldHVybiAnZXhhY3QnO1xuICBpZiAoc2VtdmVyVmFsaWRSYW5nZShzZWxlY3RvcikgIT09IG51bGwpIHJldHVybiAncmFuZ2UnO1xuICBpZiAoTEFCRUxfUEFUVEVSTi50ZXN0KHNlbGVjdG9yKSkgcmV0dXJuICdsYWJlbCc7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBUcnVlIHdoZW4gYSBzZWxlY3RvciBhbHdheXMgcGlja3MgdGhlIHNhbWUgdmVyc2lvbiAoYW4gZXhhY3QgdmVyc2lvbikuICovXG5leHBvcnQgZnVuY3Rpb24gaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIHNlbGVjdG9yS2luZChzZWxlY3RvcikgPT09ICdleGFjdCc7XG59XG5cbi8qKiBTb3J0IHZlcnNpb25zIGhpZ2hlc3QgZmlyc3QgKHNlbXZlciBwcmVjZWRlbmNlKS4gUmV0dXJucyBhIG5ldyBhcnJheS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nPFQgZXh0ZW5kcyB7IHZlcnNpb246IHN0cmluZyB9Pih2ZXJzaW9uczogcmVhZG9ubHkgVFtdKTogVFtdIHtcbiAgcmV0dXJuIFsuLi52ZXJzaW9uc10uc29ydCgoYSwgYikgPT4gc2VtdmVyQ29tcGFyZShiLnZlcnNpb24sIGEudmVyc2lvbikpO1xufVxuXG4vKipcbiAqIFBpY2sgdGhlIHZlcnNpb24gYSBzZWxlY3RvciBjaG9vc2VzIGFtb25nIGB2ZXJzaW9uc2A6XG4gKiAtIGV4YWN0IGAxLjIuM2A6IHRoYXQgdmVyc2lvbjtcbiAqIC0gYSByYW5nZSAoYF4xLjJgLCBgfjEuMi4wYCwgYDEueGAsIGA+PTEgPDNgKTogdGhlIGhpZ2hlc3Qgc2F0aXNmeWluZyB2ZXJzaW9uOyBwcmVyZWxlYXNlcyBvbmx5IHdoZW5cbiAqICAgdGhlIHJhbmdlIG5hbWVzIGEgcHJlcmVsZWFzZSBvZiB0aGUgc2FtZSBgTUFKT1IuTUlOT1IuUEFUQ0hgIChucG0ncyBydWxlKTtcbiAqIC0gYGxhdGVzdGA6IHRoZSBoaWdoZXN0IHZlcnNpb24gdGhhdCBpcyBub3QgYSBwcmVyZWxlYXNlO1xuICogLSBhbnl0aGluZyBlbHNlOiB0aGUgdmVyc2lvbiBjYXJyeWluZyB0aGF0IGxhYmVsLlxuICpcbiAqIFJldHVybnMgYHVuZGVmaW5lZGAgd2hlbiBub3RoaW5nIG1hdGNoZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlU2VsZWN0b3I8VCBleHRlbmRzIFZlcnNpb25JbmZvPih2ZXJzaW9uczogcmVhZG9ubHkgVFtdLCBzZWxlY3Rvcjogc3RyaW5nKTogVCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGtpbmQgPSBzZWxlY3RvcktpbmQoc2VsZWN0b3IpO1xuICBzd2l0Y2ggKGtpbmQpIHtcbiAgICBjYXNlICdleGFjdCc6XG4gICAgICByZXR1cm4gdmVyc2lvbnMuZmluZCgodikgPT4gdi52ZXJzaW9uID09PSBzZWxlY3Rvcik7XG4gICAgY2FzZSAnbGF0ZXN0Jzoge1xuICAgICAgbGV0IGJlc3Q6IFQgfCB1bmRlZmluZWQ7XG4gICAgICBmb3IgKGNvbnN0IHYgb2YgdmVyc2lvbnMpIHtcbiAgICAgICAgaWYgKHNlbXZlclByZXJlbGVhc2Uodi52ZXJzaW9uKSAhPT0gbnVsbCkgY29udGludWU7XG4gICAgICAgIGlmIChiZXN0ID09PSB1bmRlZmluZWQgfHwgc2VtdmVyQ29tcGFyZSh2LnZlcnNpb24sIGJlc3QudmVyc2lvbikgPiAwKSBiZXN0ID0gdjtcbiAgICAgIH1cbiAgICAgIHJldHVybiBiZXN0O1xuICAgIH1cbiAgICBjYXNlICdyYW5nZSc6IHtcbiAgICAgIGNvbnN0IGNob3NlbiA9IHNlbXZlck1heFNhdGlzZnlpbmcoXG4gICAgICAgIHZlcnNpb25zLm1hcCgodikgPT4gdi52ZXJzaW9uKSxcbiAgICAgICAgc2VsZWN0b3IsXG4gICAgICApO1xuICAgICAgcmV0dXJuIGNob3NlbiA9PT0gbnVsbCA/IHVuZGVmaW5lZCA6IHZlcnNpb25zLmZpbmQoKHYpID0+IHYudmVyc2lvbiA9PT0gY2hvc2VuKTtcbiAgICB9XG4gICAgY2FzZSAnbGFiZWwnOlxuICAgICAgcmV0dXJuIHZlcnNpb25zLmZpbmQoKHYpID0+IHYubGFiZWxzLmluY2x1ZGVzKHNlbGVjdG9yKSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIExhYmVscyBvZiBhIHZlcnNpb24gbGlzdCBhcyBgeyBsYWJlbDogdmVyc2lvbiB9YCwgZm9yIGVycm9yIG1lc3NhZ2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhYmVsTWFwKHZlcnNpb25zOiByZWFkb25seSBWZXJzaW9uSW5mb1tdKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9O1xuICBmb3IgKGNvbnN0IHYgb2YgdmVyc2lvbnMpIGZvciAoY29uc3QgbGFiZWwgb2Ygdi5sYWJlbHMpIG91dFtsYWJlbF0gPSB2LnZlcnNpb247XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLyoqXG4gKiBBIHNtYWxsIHR5cGVkIGV2ZW50IGVtaXR0ZXIgZm9yIHtAbGluayBQcm9tcHRFdmVudH1zLlxuICpcbiAqIC0gTGlzdGVuZXJzIHN1YnNjcmliZSBwZXIgZXZlbnQgdHlwZSAoYG9uKCdyZW5kZXInLCBcdTIwMjYpYCkgb3IgdG8gZXZlcnkgZXZlbnQgKGBvbkV2ZW50KFx1MjAyNilgKS5cbiAqIC0gQSBsaXN0ZW5lciB0aGF0IHRocm93cyBvciByZWplY3RzIG5ldmVyIGJyZWFrcyB0aGUgY2FsbGVyOiB0aGUgZmFpbHVyZSBpcyBoYW5kZWQgdG8gdGhlXG4gKiAgIGBvbkVycm9yYCBvcHRpb24gKGVhY2ggZmFpbHVyZSBvbmNlKSwgb3IsIHdpdGhvdXQgaXQsIHdyaXR0ZW4gd2l0aCBgY29uc29sZS53YXJuYCB0aGUgZmlyc3RcbiAqICAgdGltZSBlYWNoIGxpc3RlbmVyIGZhaWxzIChsYXRlciBmYWlsdXJlcyBvZiB0aGF0IGxpc3RlbmVyIHN0YXkgc2lsZW50LCBzbyBhIGJyb2tlbiBsaXN0ZW5lciBvblxuICogICBhIGhvdCBwYXRoIGNhbm5vdCBmbG9vZCB0aGUgbG9nKS5cbiAqIC0gV2l0aCBubyBsaXN0ZW5lciwgZW1pdHRpbmcgY29zdHMgb25lIGJyYW5jaDogY2FsbGVycyBjaGVjayB7QGxpbmsgUHJvbXB0RW1pdHRlci5hY3RpdmV9IChvclxuICogICB7QGxpbmsgUHJvbXB0RW1pdHRlci53YW50c30pIGJlZm9yZSB0aGV5IGV2ZW4gYnVpbGQgdGhlIGV2ZW50IG9iamVjdC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IGVtaXR0ZXIgPSBuZXcgUHJvbXB0RW1pdHRlcigpO1xuICogY29uc3Qgb2ZmID0gZW1pdHRlci5vbigncmVuZGVyJywgKGUpID0+IGNvbnNvbGUubG9nKGUubmFtZSwgZS5kdXJhdGlvbk1zKSk7XG4gKiBpZiAoZW1pdHRlci53YW50cygncmVuZGVyJykpIGVtaXR0ZXIuZW1pdCh7IHR5cGU6ICdyZW5kZXInLCBuYW1lOiAneCcsIHZlcnNpb246ICcxLjAuMCcsIGhhc2gsIGR1cmF0aW9uTXM6IDAuMSwgY2hhcnM6IDEyLCBpbnB1dEtleXM6IFtdIH0pO1xuICogb2ZmKCk7XG4gKiBgYGBcbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgeyBFdmVudE9mLCBQcm9tcHRFdmVudCwgUHJvbXB0RXZlbnRMaXN0ZW5lciwgUHJvbXB0RXZlbnRUeXBlIH0gZnJvbSAnLi9ldmVudHMuanMnO1xuXG4vKiogQ2FsbGVkIHdoZW4gYSBsaXN0ZW5lciB0aHJvd3Mgb3IgcmVqZWN0cy4gKi9cbmV4cG9ydCB0eXBlIExpc3RlbmVyRXJyb3JIYW5kbGVyID0gKGVycm9yOiB1bmtub3duLCBldmVudDogUHJvbXB0RXZlbnQpID0+IHZvaWQ7XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBQcm9tcHRFbWl0dGVyfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0RW1pdHRlck9wdGlvbnMge1xuICAvKipcbiAgICogUmVjZWl2ZXMgZXZlcnkgZXJyb3IgdGhyb3duIChvciBwcm9taXNlIHJlamVjdGVkKSBieSBhIGxpc3RlbmVyLCBvbmNlIHBlciBmYWlsdXJlLiBBbiBlcnJvclxuICAgKiB0aHJvd24gYnkgdGhpcyBoYW5kbGVyIGl0c2VsZiBpcyBpZ25vcmVkLlxuICAgKiBAZGVmYXVsdCBhIGBjb25zb2xlLndhcm5gIHRoZSBmaXJzdCB0aW1lIGVhY2ggbGlzdGVuZXIgZmFpbHNcbiAgICovXG4gIG9uRXJyb3I/OiBMaXN0ZW5lckVycm9ySGFuZGxlcjtcbn1cblxudHlwZSBBbnlMaXN0ZW5lciA9IChldmVudDogUHJvbXB0RXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuXG4vKiogVHlwZWQgZW1pdHRlciBvZiBwcm9tcHRvcHMgZXZlbnRzLiBTZWUgdGhlIG1vZHVsZSBkb2N1bWVudGF0aW9uLiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdEVtaXR0ZXIge1xuICAvKipcbiAgICogVHJ1ZSB3aGVuIGF0IGxlYXN0IG9uZSBsaXN0ZW5lciBpcyBzdWJzY3JpYmVkICh0byBhbnkgdHlwZSkuIFJlYWQgaXQgYmVmb3JlIGJ1aWxkaW5nIGFuIGV2ZW50OlxuICAgKiBgaWYgKGVtaXR0ZXIuYWN0aXZlKSBlbWl0dGVyLmVtaXQoeyBcdTIwMjYgfSlgLlxuICAgKi9cbiAgYWN0aXZlID0gZmFsc2U7XG5cbiAgcmVhZG9ubHkgI2J5VHlwZSA9IG5ldyBNYXA8UHJvbXB0RXZlbnRUeXBlLCBBbnlMaXN0ZW5lcltdPigpO1xuICAjYW55OiBBbnlMaXN0ZW5lcltdID0gW107XG4gIHJlYWRvbmx5ICNvbkVycm9yOiBMaXN0ZW5lckVycm9ySGFuZGxlciB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgI3dhcm5lZCA9IG5ldyBXZWFrU2V0PEFueUxpc3RlbmVyPigpO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IFByb21wdEVtaXR0ZXJPcHRpb25zID0ge30pIHtcbiAgICB0aGlzLiNvbkVycm9yID0gb3B0aW9ucy5vbkVycm9yO1xuICB9XG5cbiAgLyoqIFRydWUgd2hlbiBhbiBldmVudCBvZiBgdHlwZWAgd291bGQgcmVhY2ggYXQgbGVhc3Qgb25lIGxpc3RlbmVyLiAqL1xuICB3YW50cyh0eXBlOiBQcm9tcHRFdmVudFR5cGUpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5hY3RpdmUgJiYgKHRoaXMuI2FueS5sZW5ndGggPiAwIHx8IHRoaXMuI2J5VHlwZS5oYXModHlwZSkpO1xuICB9XG5cbiAgLyoqXG4gICAqIFN1YnNjcmliZSB0byBvbmUgZXZlbnQgdHlwZS4gUmV0dXJucyBhIGZ1bmN0aW9uIHRoYXQgdW5zdWJzY3JpYmVzIChjYWxsaW5nIGl0IHR3aWNlIGlzIGhhcm1sZXNzKS5cbiAgICogU3Vic2NyaWJpbmcgdGhlIHNhbWUgZnVuY3Rpb24gdHdpY2UgbWFrZXMgdHdvIHN1YnNjcmlwdGlvbnMuXG4gICAqL1xuICBvbjxUIGV4dGVuZHMgUHJvbXB0RXZlbnRUeXBlPih0eXBlOiBULCBsaXN0ZW5lcjogUHJvbXB0RXZlbnRMaXN0ZW5lcjxUPik6ICgpID0+IHZvaWQge1xuICAgIGNvbnN0IGZuID0gbGlzdGVuZXIgYXMgQW55TGlzdGVuZXI7XG4gICAgdGhpcy4jYnlUeXBlLnNldCh0eXBlLCBbLi4uKHRoaXMuI2J5VHlwZS5nZXQodHlwZSkgPz8gW10pLCBmbl0pO1xuICAgIHRoaXMuYWN0aXZlID0gdHJ1ZTtcbiAgICBsZXQgc3Vic2NyaWJlZCA9IHRydWU7XG4gICAgcmV0dXJuICgpID0+IHtcbiAgICAgIGlmICghc3Vic2NyaWJlZCkgcmV0dXJuO1xuICAgICAgc3Vic2NyaWJlZCA9IGZhbHNlO1xuICAgICAgY29uc3QgcmVzdCA9IHJlbW92ZU9uZSh0aGlzLiNieVR5cGUuZ2V0KHR5cGUpID8/IFtdLCBmbik7XG4gICAgICBpZiAocmVzdC5sZW5ndGggPT09IDApIHRoaXMuI2J5VHlwZS5kZWxldGUodHlwZSk7XG4gICAgICBlbHNlIHRoaXMuI2J5VHlwZS5zZXQodHlwZSwgcmVzdCk7XG4gICAgICB0aGlzLiN1cGRhdGVBY3RpdmUoKTtcbiAgICB9O1xuICB9XG5cbiAgLyoqIFN1YnNjcmliZSB0byBldmVyeSBldmVudC4gUmV0dXJucyBhIGZ1bmN0aW9uIHRoYXQgdW5zdWJzY3JpYmVzLiAqL1xuICBvbkV2ZW50KGxpc3RlbmVyOiAoZXZlbnQ6IFByb21wdEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPik6ICgpID0+IHZvaWQge1xuICAgIHRoaXMuI2FueSA9IFsuLi50aGlzLiNhbnksIGxpc3RlbmVyXTtcbiAgICB0aGlzLmFjdGl2ZSA9IHRydWU7XG4gICAgbGV0IHN1YnNjcmliZWQgPSB0cnVlO1xuICAgIHJldHVybiAoKSA9PiB7XG4gICAgICBpZiAoIXN1YnNjcmliZWQpIHJldHVybjtcbiAgICAgIHN1YnNjcmliZWQgPSBmYWxzZTtcbiAgICAgIHRoaXMuI2FueSA9IHJlbW92ZU9uZSh0aGlzLiNhbnksIGxpc3RlbmVyKTtcbiAgICAgIHRoaXMuI3VwZGF0ZUFjdGl2ZSgpO1xuICAgIH07XG4gIH1cblxuICAvKiogUmVtb3ZlIGV2ZXJ5IGxpc3RlbmVyLiAqL1xuICBjbGVhcigpOiB2b2lkIHtcbiAgICB0aGlzLiNieVR5cGUuY2xlYXIoKTtcbiAgICB0aGlzLiNhbnkgPSBbXTtcbiAgICB0aGlzLmFjdGl2ZSA9IGZhbHNlO1xuICB9XG5cbiAgLyoqXG4gICAqIERlbGl2ZXIgYGV2ZW50YCB0byB0aGUgbGlzdGVuZXJzIG9mIGl0cyB0eXBlLCB0aGVuIHRvIHRoZSBgb25FdmVudGAgbGlzdGVuZXJzLCBzeW5jaHJvbm91c2x5XG4gICAqIGFuZCBpbiBzdWJzY3JpcHRpb24gb3JkZXIuIE5ldmVyIHRocm93cy5cbiAgICovXG4gIGVtaXQ8VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4oZXZlbnQ6IEV2ZW50T2Y8VD4pOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuYWN0aXZlKSByZXR1cm47XG4gICAgY29uc3QgdHlwZWQgPSB0aGlzLiNieVR5cGUuZ2V0KGV2ZW50LnR5cGUpO1xuICAgIGlmICh0eXBlZCAhPT0gdW5kZWZpbmVkKSBmb3IgKGNvbnN0IGxpc3RlbmVyIG9mIHR5cGVkKSB0aGlzLiNjYWxsKGxpc3RlbmVyLCBldmVudCk7XG4gICAgZm9yIChjb25zdCBsaXN0ZW5lciBvZiB0aGlzLiNhbnkpIHRoaXMuI2NhbGwobGlzdGVuZXIsIGV2ZW50KTtcbiAgfVxuXG4gICNjYWxsKGxpc3RlbmVyOiBBbnlMaXN0ZW5lciwgZXZlbnQ6IFByb21wdEV2ZW50KTogdm9pZCB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGxpc3RlbmVyKGV2ZW50KTtcbiAgICAgIGlmIChyZXN1bHQgIT09IHVuZGVmaW5lZCAmJiB0eXBlb2YgKHJlc3VsdCBhcyBQcm9taXNlPHZvaWQ+KS50aGVuID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICAgIChyZXN1bHQgYXMgUHJvbWlzZTx2b2lkPikudGhlbih1bmRlZmluZWQsIChlcnJvcjogdW5rbm93bikgPT4gdGhpcy4jcmVwb3J0KGxpc3RlbmVyLCBlcnJvciwgZXZlbnQpKTtcbiAgICAgIH1cbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgdGhpcy4jcmVwb3J0KGxpc3RlbmVyLCBlcnJvciwgZXZlbnQpO1xuICAgIH1cbiAgfVxuXG4gICNyZXBvcnQobGlzdGVuZXI6IEFueUxpc3RlbmVyLCBlcnJvcjogdW5rbm93biwgZXZlbnQ6IFByb21wdEV2ZW50KTogdm9pZCB7XG4gICAgaWYgKHRoaXMuI29uRXJyb3IgIT09IHVuZGVmaW5lZCkge1xuICAgICAgdHJ5IHtcbiAgICAgICAgdGhpcy4jb25FcnJvcihlcnJvciwgZXZlbnQpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIC8vIEFuIGVycm9yIGhhbmRsZXIgdGhhdCBmYWlscyBoYXMgbm93aGVyZSBsZWZ0IHRvIHJlcG9ydCB0by5cbiAgICAgIH1cbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKHRoaXMuI3dhcm5lZC5oYXMobGlzdGVuZXIpKSByZXR1cm47XG4gICAgdGhpcy4jd2FybmVkLmFkZChsaXN0ZW5lcik7XG4gICAgY29uc29sZS53YXJuKFxuICAgICAgYHByb21wdG9wczogYSBcIiR7ZXZlbnQudHlwZX1cIiBldmVudCBsaXN0ZW5lciBmYWlsZWQgKGZ1cnRoZXIgZmFpbHVyZXMgb2YgdGhpcyBsaXN0ZW5lciBhcmUgbm90IHNob3duKTpgLFxuICAgICAgZXJyb3IsXG4gICAgKTtcbiAgfVxuXG4gICN1cGRhdGVBY3RpdmUoKTogdm9pZCB7XG4gICAgdGhpcy5hY3RpdmUgPSB0aGlzLiNhbnkubGVuZ3RoID4gMCB8fCB0aGlzLiNieVR5cGUuc2l6ZSA+IDA7XG4gIH1cbn1cblxuZnVuY3Rpb24gcmVtb3ZlT25lPFQ+KGxpc3Q6IHJlYWRvbmx5IFRbXSwgaXRlbTogVCk6IFRbXSB7XG4gIGNvbnN0IGluZGV4ID0gbGlzdC5pbmRleE9mKGl0ZW0pO1xuICByZXR1cm4gaW5kZXggPT09IC0xID8gWy4uLmxpc3RdIDogWy4uLmxpc3Quc2xpY2UoMCwgaW5kZXgpLCAuLi5saXN0LnNsaWNlKGluZGV4ICsgMSldO1xufVxuIiwgIi8qKlxuICogVGhlIGNsaWVudCdzIHR3byBjYWNoZSB0aWVycyBhbmQgaXRzIGluLWZsaWdodCBsb2FkcyAoREVTSUdOLm1kIHNlY3Rpb24gNiwgXCJDYWNoaW5nIGFuZCBmYWlsdXJlXCIpLlxuICpcbiAqIC0gVGllciAxLCBgbmFtZUB2ZXJzaW9uYCBcdTIxOTIgY29tcGlsZWQgcHJvbXB0OiBhbiBMUlUgYm91bmRlZCBieSBgbWF4YCwgbm8gVFRMIChhIHZlcnNpb24gaXMgaW1tdXRhYmxlKS5cbiAqIC0gVGllciAyLCBgbmFtZUBzZWxlY3RvcmAgXHUyMTkyIHJlc29sdmVkIHJlY29yZCAodmVyc2lvbiArIGhhc2gpOiBmcmVzaCBmb3IgYHR0bE1zYCwgdGhlbiBzdGFsZSBmb3IgdXBcbiAqICAgdG8gYG1heFN0YWxlTXNgICh0aGUgY2xpZW50IHNlcnZlcyBpdCB3aGlsZSBvbmUgYmFja2dyb3VuZCByZWZyZXNoIHJ1bnMpLCB0aGVuIGV4cGlyZWQuIEV4YWN0XG4gKiAgIHNlbGVjdG9ycyBuZXZlciBnbyBzdGFsZS4gQWxzbyBhbiBMUlUgYm91bmRlZCBieSBgbWF4YC5cbiAqIC0gSW4tZmxpZ2h0IGxvYWRzIGFyZSBzaGFyZWQgcGVyIGtleSAoYXQgYm90aCB0aWVycyksIHNvIGNvbmN1cnJlbnQgaWRlbnRpY2FsIHJlcXVlc3RzIG1ha2Ugb25lXG4gKiAgIHN0b3JlIGNhbGwuIEludmFsaWRhdGluZyBhIG5hbWUgY2FuY2VscyBpdHMgaW4tZmxpZ2h0IGxvYWRzOiB0aGVpciByZXN1bHRzIHJlYWNoIHRoZSBjYWxsZXJzXG4gKiAgIHRoYXQgd2FpdGVkIGZvciB0aGVtIGJ1dCBhcmUgbm90IGNhY2hlZC5cbiAqXG4gKiBUaW1lIGNvbWVzIGZyb20gYW4gaW5qZWN0ZWQgYG5vdygpYDsgbm90aGluZyBoZXJlIHNldHMgYSB0aW1lci5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgTFJVQ2FjaGUgfSBmcm9tICdscnUtY2FjaGUnO1xuaW1wb3J0IHR5cGUgeyBDb21waWxlZFByb21wdCB9IGZyb20gJy4uL2VuZ2luZS9wcm9tcHQuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB0eXBlIHsgQ2FjaGVPcHRpb25zIH0gZnJvbSAnLi9vcHRpb25zLmpzJztcblxuLyoqIEEgY29tcGlsZWQgcHJvbXB0IHZlcnNpb24gKHRpZXIgMSkuICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVkRW50cnkge1xuICByZWFkb25seSByZWNvcmQ6IFByb21wdFJlY29yZDtcbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nO1xuICByZWFkb25seSBjb21waWxlZDogQ29tcGlsZWRQcm9tcHQ7XG4gIC8qKiBFdmVyeSBwYXJ0aWFsIGNvbXBpbGVkIGluICh0cmFuc2l0aXZlbHkpOiBuYW1lIFx1MjE5MiB2ZXJzaW9uLiAqL1xuICByZWFkb25seSBkZXBzOiBSZWFkb25seU1hcDxzdHJpbmcsIHN0cmluZz47XG59XG5cbi8qKiBXaGF0IGEgc2VsZWN0b3IgcmVzb2x2ZWQgdG8gKHRpZXIgMikuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc29sdXRpb24ge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHJlY29yZDogUHJvbXB0UmVjb3JkO1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGhhc2g6IHN0cmluZztcbiAgLyoqIFdoZXJlIHRoZSByZWNvcmQgY2FtZSBmcm9tLiBBIHNuYXBzaG90IGVudHJ5IHN0YXJ0cyBzdGFsZSwgc28gdGhhdCBhIHJlZnJlc2ggaXMgdHJpZWQgYXQgb25jZS4gKi9cbiAgcmVhZG9ubHkgb3JpZ2luOiAnc3RvcmUnIHwgJ3NuYXBzaG90JztcbiAgLyoqIENsb2NrIHRpbWUgdGhlIHJlc29sdXRpb24gY291bnRzIGFzIGxvYWRlZCBhdC4gKi9cbiAgcmVhZG9ubHkgbG9hZGVkQXQ6IG51bWJlcjtcbiAgLyoqIEVhcmxpZXN0IGNsb2NrIHRpbWUgb2YgdGhlIG5leHQgYmFja2dyb3VuZCByZWZyZXNoIChzZXQgYWZ0ZXIgYSBmYWlsZWQgb25lKS4gKi9cbiAgcmV0cnlBdDogbnVtYmVyO1xuICAvKiogVGhlIHByb21wdCBjb21waWxlZCB3aXRoIHRoZSBjbGllbnQncyBkZWZhdWx0IHN0cmljdG5lc3MsIG9uY2Uga25vd24uICovXG4gIGNvbXBpbGVkOiBDb21waWxlZEVudHJ5IHwgdW5kZWZpbmVkO1xufVxuXG4vKiogQWdlIG9mIGEgdGllci0yIGVudHJ5LiAqL1xuZXhwb3J0IHR5cGUgRnJlc2huZXNzID0gJ2ZyZXNoJyB8ICdzdGFsZScgfCAnZXhwaXJlZCc7XG5cbi8qKiBBIGxvYWQgdW5kZXIgd2F5LCBzaGFyZWQgYnkgZXZlcnkgY2FsbGVyIG9mIHRoZSBzYW1lIGtleS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmxpZ2h0PFQ+IHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICBwcm9taXNlOiBQcm9taXNlPFQ+O1xuICAvKiogU2V0IHdoZW4gdGhlIG5hbWUgd2FzIGludmFsaWRhdGVkIGR1cmluZyB0aGUgbG9hZDogdGhlIHJlc3VsdCBtdXN0IG5vdCBiZSBjYWNoZWQuICovXG4gIGNhbmNlbGxlZDogYm9vbGVhbjtcbn1cblxuLyoqIEtleSBvZiBhIG5hbWUgYW5kIGEgc2VsZWN0b3Igb3IgdmVyc2lvbjogYG5hbWVAc2VsZWN0b3JgLiBOYW1lcyBuZXZlciBjb250YWluIGBAYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjYWNoZUtleShuYW1lOiBzdHJpbmcsIHNlbGVjdG9yT3JWZXJzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bmFtZX1AJHtzZWxlY3Rvck9yVmVyc2lvbn1gO1xufVxuXG5mdW5jdGlvbiBuYW1lT2ZLZXkoa2V5OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4ga2V5LnNsaWNlKDAsIGtleS5pbmRleE9mKCdAJykpO1xufVxuXG4vKiogVHdvLXRpZXIgY2FjaGUgd2l0aCBpbi1mbGlnaHQgc2hhcmluZy4gSW50ZXJuYWwgdG8gdGhlIGNsaWVudC4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRDYWNoZSB7XG4gIC8qKiBGYWxzZSB3aXRoIGBjYWNoZTogZmFsc2VgOiBub3RoaW5nIGlzIHN0b3JlZCwgaW4tZmxpZ2h0IGxvYWRzIGFyZSBzdGlsbCBzaGFyZWQuICovXG4gIHJlYWRvbmx5IGVuYWJsZWQ6IGJvb2xlYW47XG4gIHJlYWRvbmx5IHR0bE1zOiBudW1iZXI7XG4gIHJlYWRvbmx5IG1heFN0YWxlTXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgI25vdzogKCkgPT4gbnVtYmVyO1xuICByZWFkb25seSAjY29tcGlsZWQ6IExSVUNhY2hlPHN0cmluZywgQ29tcGlsZWRFbnRyeT4gfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5ICNyZXNvbHZlZDogTFJVQ2FjaGU8c3RyaW5nLCBSZXNvbHV0aW9uPiB8IHVuZGVmaW5lZDtcbiAgLyoqIFRpZXItMiBsb2FkcyB1bmRlciB3YXkuICovXG4gIHJlYWRvbmx5IGxvYWRpbmcgPSBuZXcgTWFwPHN0cmluZywgRmxpZ2h0PHsgcmVzb2x1dGlvbjogUmVzb2x1dGlvbjsgc291cmNlOiAnc3RvcmUnIHwgJ3N0YWxlJyB8ICdzbmFwc2hvdCcgfT4+KCk7XG4gIC8qKiBUaWVyLTEgY29tcGlsYXRpb25zIHVuZGVyIHdheS4gKi9cbiAgcmVhZG9ubHkgY29tcGlsaW5nID0gbmV3IE1hcDxzdHJpbmcsIEZsaWdodDxDb21waWxlZEVudHJ5Pj4oKTtcbiAgLyoqIEJhY2tncm91bmQgcmVmcmVzaGVzIHVuZGVyIHdheSAob25lIHBlciB0aWVyLTIga2V5KS4gKi9cbiAgcmVhZG9ubHkgcmVmcmVzaGluZyA9IG5ldyBNYXA8c3RyaW5nLCBGbGlnaHQ8dm9pZD4+KCk7XG5cbiAgY29uc3RydWN0b3Iob3B0aW9uczogUmVxdWlyZWQ8Q2FjaGVPcHRpb25zPiB8IGZhbHNlLCBub3c6ICgpID0+IG51bWJlcikge1xuICAgIHRoaXMuI25vdyA9IG5vdztcbiAgICB0aGlzLmVuYWJsZWQgPSBvcHRpb25zICE9PSBmYWxzZTtcbiAgICB0aGlzLnR0bE1zID0gb3B0aW9ucyA9PT0gZmFsc2UgPyAwIDogb3B0aW9ucy50dGxNcztcbiAgICB0aGlzLm1heFN0YWxlTXMgPSBvcHRpb25zID09PSBmYWxzZSA/IDAgOiBvcHRpb25zLm1heFN0YWxlTXM7XG4gICAgaWYgKG9wdGlvbnMgIT09IGZhbHNlKSB7XG4gICAgICB0aGlzLiNjb21waWxlZCA9IG5ldyBMUlVDYWNoZSh7IG1heDogb3B0aW9ucy5tYXggfSk7XG4gICAgICB0aGlzLiNyZXNvbHZlZCA9IG5ldyBMUlVDYWNoZSh7IG1heDogb3B0aW9ucy5tYXggfSk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRpZXIgMjogdGhlIGVudHJ5IG9mIGBrZXlgIGFuZCBob3cgb2xkIGl0IGlzLCBvciBgdW5kZWZpbmVkYC4gRG9lcyBub3QgZHJvcCBleHBpcmVkIGVudHJpZXMuICovXG4gIHJlc29sdXRpb24oa2V5OiBzdHJpbmcpOiBSZXNvbHV0aW9uIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy4jcmVzb2x2ZWQ/LmdldChrZXkpO1xuICB9XG5cbiAgLyoqIEhvdyBvbGQgYSB0aWVyLTIgZW50cnkgaXMgKGV4YWN0IHNlbGVjdG9ycyBuZXZlciBhZ2UpLiAqL1xuICBmcmVzaG5lc3MoZW50cnk6IFJlc29sdXRpb24sIGV4YWN0OiBib29sZWFuKTogRnJlc2huZXNzIHtcbiAgICBpZiAoZXhhY3QpIHJldHVybiAnZnJlc2gnO1xuICAgIGNvbnN0IGFnZSA9IHRoaXMuI25vdygpIC0gZW50cnkubG9hZGVkQXQ7XG4gICAgaWYgKGFnZSA8IHRoaXMudHRsTXMpIHJldHVybiAnZnJlc2gnO1xuICAgIHJldHVybiBhZ2UgPCB0aGlzLnR0bE1zICsgdGhpcy5tYXhTdGFsZU1zID8gJ3N0YWxlJyA6ICdleHBpcmVkJztcbiAgfVxuXG4gIC8qKiBUaWVyIDI6IHJlbWVtYmVyIHdoYXQgYGtleWAgcmVzb2x2ZWQgdG8uICovXG4gIHNldFJlc29sdXRpb24oa2V5OiBzdHJpbmcsIGVudHJ5OiBSZXNvbHV0aW9uKTogdm9pZCB7XG4gICAgdGhpcy4jcmVzb2x2ZWQ/LnNldChrZXksIGVudHJ5KTtcbiAgfVxuXG4gIC8qKiBUaWVyIDI6IGZvcmdldCBga2V5YCwgb25seSBpZiBpdCBzdGlsbCBob2xkcyBgZW50cnlgICh3aGVuIGdpdmVuKS4gKi9cbiAgZGVsZXRlUmVzb2x1dGlvbihrZXk6IHN0cmluZywgZW50cnk/OiBSZXNvbHV0aW9uKTogdm9pZCB7XG4gICAgaWYgKGVudHJ5ID09PSB1bmRlZmluZWQgfHwgdGhpcy4jcmVzb2x2ZWQ/LmdldChrZXkpID09PSBlbnRyeSkgdGhpcy4jcmVzb2x2ZWQ/LmRlbGV0ZShrZXkpO1xuICB9XG5cbiAgLyoqIFRpZXIgMTogdGhlIGNvbXBpbGVkIHByb21wdCBvZiBga2V5YCAoYG5hbWVAdmVyc2lvbmAsIG1heWJlIHdpdGggYSBzdHJpY3RuZXNzIHN1ZmZpeCkuICovXG4gIGNvbXBpbGVkRW50cnkoa2V5OiBzdHJpbmcpOiBDb21waWxlZEVudHJ5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy4jY29tcGlsZWQ/LmdldChrZXkpO1xuICB9XG5cbiAgLyoqIFRpZXIgMTogcmVtZW1iZXIgYSBjb21waWxlZCBwcm9tcHQuICovXG4gIHNldENvbXBpbGVkKGtleTogc3RyaW5nLCBlbnRyeTogQ29tcGlsZWRFbnRyeSk6IHZvaWQge1xuICAgIHRoaXMuI2NvbXBpbGVkPy5zZXQoa2V5LCBlbnRyeSk7XG4gIH1cblxuICAvKiogTnVtYmVyIG9mIGVudHJpZXMgaW4gZWFjaCB0aWVyIChmb3IgdGVzdHMgYW5kIGRpYWdub3N0aWNzKS4gKi9cbiAgZ2V0IHNpemUoKTogeyBjb21waWxlZDogbnVtYmVyOyByZXNvbHZlZDogbnVtYmVyIH0ge1xuICAgIHJldHVybiB7IGNvbXBpbGVkOiB0aGlzLiNjb21waWxlZD8uc2l6ZSA/PyAwLCByZXNvbHZlZDogdGhpcy4jcmVzb2x2ZWQ/LnNpemUgPz8gMCB9O1xuICB9XG5cbiAgLyoqXG4gICAqIEpvaW4gdGhlIGxvYWQgb2YgYGtleWAgdW5kZXIgd2F5IGluIGBmbGlnaHRzYCwgb3Igc3RhcnQgb25lIHdpdGggYHN0YXJ0YC5cbiAgICogQHJldHVybnMgdGhlIHNoYXJlZCBwcm9taXNlLCBhbmQgd2hldGhlciBhbiBleGlzdGluZyBsb2FkIHdhcyBqb2luZWQuXG4gICAqL1xuICBzaGFyZTxUPihcbiAgICBmbGlnaHRzOiBNYXA8c3RyaW5nLCBGbGlnaHQ8VD4+LFxuICAgIGtleTogc3RyaW5nLFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBzdGFydDogKGZsaWdodDogRmxpZ2h0PFQ+KSA9PiBQcm9taXNlPFQ+LFxuICApOiB7IHByb21pc2U6IFByb21pc2U8VD47IGpvaW5lZDogYm9vbGVhbiB9IHtcbiAgICBjb25zdCBleGlzdGluZyA9IGZsaWdodHMuZ2V0KGtleSk7XG4gICAgaWYgKGV4aXN0aW5nICE9PSB1bmRlZmluZWQpIHJldHVybiB7IHByb21pc2U6IGV4aXN0aW5nLnByb21pc2UsIGpvaW5lZDogdHJ1ZSB9O1xuICAgIGNvbnN0IGZsaWdodDogRmxpZ2h0PFQ+ID0geyBuYW1lLCBjYW5jZWxsZWQ6IGZhbHNlLCBwcm9taXNlOiBQcm9taXNlLnJlc29sdmUodW5kZWZpbmVkIGFzIFQpIH07XG4gICAgZmxpZ2h0cy5zZXQoa2V5LCBmbGlnaHQpO1xuICAgIGZsaWdodC5wcm9taXNlID0gc3RhcnQoZmxpZ2h0KS5maW5hbGx5KCgpID0+IHtcbiAgICAgIGlmIChmbGlnaHRzLmdldChrZXkpID09PSBmbGlnaHQpIGZsaWdodHMuZGVsZXRlKGtleSk7XG4gICAgfSk7XG4gICAgcmV0dXJuIHsgcHJvbWlzZTogZmxpZ2h0LnByb21pc2UsIGpvaW5lZDogZmFsc2UgfTtcbiAgfVxuXG4gIC8qKiBGb3JnZXQgYSBmaW5pc2hlZCBmbGlnaHQgbm93IChiZWZvcmUgaXRzIGNhbGxlcnMgcmVzdW1lKSwgaWYgaXQgaXMgc3RpbGwgdGhlIG9uZSB1bmRlciBga2V5YC4gKi9cbiAgbGFuZDxUPihmbGlnaHRzOiBNYXA8c3RyaW5nLCBGbGlnaHQ8VD4+LCBrZXk6IHN0cmluZywgZmxpZ2h0OiBGbGlnaHQ8VD4pOiB2b2lkIHtcbiAgICBpZiAoZmxpZ2h0cy5nZXQoa2V5KSA9PT0gZmxpZ2h0KSBmbGlnaHRzLmRlbGV0ZShrZXkpO1xuICB9XG5cbiAgLyoqXG4gICAqIERyb3AgZXZlcnl0aGluZyBjYWNoZWQgZm9yIGV4YWN0bHkgYG5hbWVgIChldmVyeSBzZWxlY3RvciBhbmQgdmVyc2lvbjsgYCdhJ2AgbmV2ZXIgdG91Y2hlc1xuICAgKiBgJ2FiJ2Agb3IgYCdhL2InYCksIHRoZSBjb21waWxlZCBwcm9tcHRzIHRoYXQgaW5jbHVkZSBgbmFtZWAgYXMgYSBwYXJ0aWFsLCBhbmQgY2FuY2VsIGl0c1xuICAgKiBsb2FkcyB1bmRlciB3YXkuIFdpdGhvdXQgYSBuYW1lLCBkcm9wIGV2ZXJ5dGhpbmcuXG4gICAqL1xuICBpbnZhbGlkYXRlKG5hbWU/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBtYXRjaGVzID0gKGtleTogc3RyaW5nKTogYm9vbGVhbiA9PiBuYW1lID09PSB1bmRlZmluZWQgfHwgbmFtZU9mS2V5KGtleSkgPT09IG5hbWU7XG4gICAgaWYgKHRoaXMuI3Jlc29sdmVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZW50cnldIG9mIFsuLi50aGlzLiNyZXNvbHZlZC5lbnRyaWVzKCldKSB7XG4gICAgICAgIGlmIChtYXRjaGVzKGtleSkpIHRoaXMuI3Jlc29sdmVkLmRlbGV0ZShrZXkpO1xuICAgICAgICBlbHNlIGlmIChuYW1lICE9PSB1bmRlZmluZWQgJiYgZW50cnkuY29tcGlsZWQ/LmRlcHMuaGFzKG5hbWUpKSBlbnRyeS5jb21waWxlZCA9IHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHRoaXMuI2NvbXBpbGVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZW50cnldIG9mIFsuLi50aGlzLiNjb21waWxlZC5lbnRyaWVzKCldKSB7XG4gICAgICAgIGlmIChtYXRjaGVzKGtleSkgfHwgKG5hbWUgIT09IHVuZGVmaW5lZCAmJiBlbnRyeS5kZXBzLmhhcyhuYW1lKSkpIHRoaXMuI2NvbXBpbGVkLmRlbGV0ZShrZXkpO1xuICAgICAgfVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IGZsaWdodHMgb2YgW3RoaXMubG9hZGluZywgdGhpcy5jb21waWxpbmcsIHRoaXMucmVmcmVzaGluZ10gYXMgQXJyYXk8TWFwPHN0cmluZywgRmxpZ2h0PHVua25vd24+Pj4pIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZmxpZ2h0XSBvZiBbLi4uZmxpZ2h0c10pIHtcbiAgICAgICAgaWYgKG5hbWUgPT09IHVuZGVmaW5lZCB8fCBmbGlnaHQubmFtZSA9PT0gbmFtZSkge1xuICAgICAgICAgIGZsaWdodC5jYW5jZWxsZWQgPSB0cnVlO1xuICAgICAgICAgIGZsaWdodHMuZGVsZXRlKGtleSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cbiIsICIvKipcbiAqIEZhbGxiYWNrczogYSB0ZW1wbGF0ZSBzdHJpbmcgb3IgYSByZWNvcmQgZ2l2ZW4gdG8gYGdldFByb21wdChzcGVjLCB7IGZhbGxiYWNrIH0pYCwgdXNlZCBvbmx5IHdoZW5cbiAqIG5vdGhpbmcgZWxzZSBjYW4gYmUgaGFkIChzdG9yZSB1bnJlYWNoYWJsZSBvciB0aGUgbmFtZSB1bmtub3duLCBubyBzdGFsZSBjb3B5LCBubyBzbmFwc2hvdCkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcblxuLyoqIEEgZmFsbGJhY2s6IGEgbXVzdGFjaGUgdGVtcGxhdGUgZm9yIGEgdGV4dCBwcm9tcHQsIG9yIGEgd2hvbGUgcmVjb3JkIChjaGF0IHByb21wdHMgaW5jbHVkZWQpLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0RmFsbGJhY2sgPSBzdHJpbmcgfCBQcm9tcHRSZWNvcmQ7XG5cbi8qKiBUaGUgdmVyc2lvbiBhIGZhbGxiYWNrIG1hZGUgZnJvbSBhIHRlbXBsYXRlIHN0cmluZyBnZXRzLiAqL1xuZXhwb3J0IGNvbnN0IEZBTExCQUNLX1ZFUlNJT04gPSAnMC4wLjAnO1xuXG4vKipcbiAqIFRoZSByZWNvcmQgYSBmYWxsYmFjayBzdGFuZHMgZm9yLiBBIHN0cmluZyBiZWNvbWVzIHRoZSB0ZXh0IHByb21wdCBgeyBuYW1lLCB2ZXJzaW9uOiAnMC4wLjAnLFxuICogdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZSB9YCAoaXRzIGlucHV0IHNjaGVtYSBpcyBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZSk7IGEgcmVjb3JkIG11c3QgY2FycnlcbiAqIHRoZSBuYW1lIGFza2VkIGZvci5cbiAqXG4gKiBAdGhyb3dzIHtAbGluayBDb25maWdFcnJvcn0gZm9yIGEgZmFsbGJhY2sgdGhhdCBpcyBuZWl0aGVyLCBvciBhIHJlY29yZCBvZiBhbm90aGVyIG5hbWU7XG4gKiAgIGBQcm9tcHRGb3JtYXRFcnJvcmAgZm9yIGEgbWFsZm9ybWVkIHJlY29yZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZhbGxiYWNrUmVjb3JkKG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFByb21wdEZhbGxiYWNrKTogUHJvbXB0UmVjb3JkIHtcbiAgaWYgKHR5cGVvZiBmYWxsYmFjayA9PT0gJ3N0cmluZycpIHJldHVybiB7IG5hbWUsIHZlcnNpb246IEZBTExCQUNLX1ZFUlNJT04sIHR5cGU6ICd0ZXh0JywgdGVtcGxhdGU6IGZhbGxiYWNrIH07XG4gIGlmICh0eXBlb2YgZmFsbGJhY2sgIT09ICdvYmplY3QnIHx8IGZhbGxiYWNrID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkoZmFsbGJhY2spKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgdGVtcGxhdGUgc3RyaW5nIG9yIGEgcHJvbXB0IHJlY29yZCwgZ290ICR7dHlwZW9mIGZhbGxiYWNrfWAsIHtcbiAgICAgIG9wdGlvbjogJ2ZhbGxiYWNrJyxcbiAgICB9KTtcbiAgfVxuICBjb25zdCByZWNvcmQgPSBwYXJzZVJlY29yZChmYWxsYmFjaywgYGZhbGxiYWNrIG9mIFwiJHtuYW1lfVwiYCk7XG4gIGlmIChyZWNvcmQubmFtZSAhPT0gbmFtZSkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIGBpcyBhIHJlY29yZCBvZiBcIiR7cmVjb3JkLm5hbWV9XCIgYnV0IFwiJHtuYW1lfVwiIHdhcyBhc2tlZCBmb3I7IGdpdmUgYSBmYWxsYmFjayByZWNvcmQgb2YgdGhlIHNhbWUgbmFtZWAsXG4gICAgICB7IG9wdGlvbjogJ2ZhbGxiYWNrJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHJlY29yZDtcbn1cbiIsICIvKipcbiAqIFRoZSBjb250ZW50IGhhc2ggb2YgYSBwcm9tcHQgcmVjb3JkOiBgc2hhMjU2LTxoZXg+YCBvZiB0aGUgY2Fub25pY2FsIEpTT04gb2YgZXZlcnl0aGluZyBidXRcbiAqIGBsYWJlbHNgIGFuZCBgaGFzaGAuIFVzZXMgV2ViIENyeXB0byAoYGNyeXB0by5zdWJ0bGVgKSwgYXZhaWxhYmxlIG9uIE5vZGUgMjArLCBicm93c2VycywgRGVubyxcbiAqIEJ1biBhbmQgV29ya2Vycy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgSW50ZWdyaXR5RXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBpc1N0YW5kYXJkU2NoZW1hLCBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL3N0YW5kYXJkLmpzJztcblxuLyoqXG4gKiBDYW5vbmljYWwgSlNPTjogb2JqZWN0IGtleXMgc29ydGVkIChieSBVVEYtMTYgY29kZSB1bml0cywgYXMgUkZDIDg3ODUpIGF0IGV2ZXJ5IGxldmVsLCBub1xuICogd2hpdGVzcGFjZS4gT3RoZXJ3aXNlIGFzIGBKU09OLnN0cmluZ2lmeWA6IGB0b0pTT04oKWAgaXMgaG9ub3VyZWQsIGB1bmRlZmluZWRgLCBmdW5jdGlvbnMgYW5kXG4gKiBzeW1ib2xzIGFyZSBkcm9wcGVkIGZyb20gb2JqZWN0cyBhbmQgYmVjb21lIGBudWxsYCBpbiBhcnJheXMsIG5vbi1maW5pdGUgbnVtYmVycyBiZWNvbWUgYG51bGxgLlxuICpcbiAqIEB0aHJvd3Mge1R5cGVFcnJvcn0gb24gYSBjaXJjdWxhciBzdHJ1Y3R1cmUgb3IgYSBgYmlnaW50YCwgYXMgYEpTT04uc3RyaW5naWZ5YCBkb2VzLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjYW5vbmljYWxKc29uKHsgYjogMSwgYTogW3RydWUsIHsgZDogbnVsbCwgYzogJ3gnIH1dIH0pOyAvLyAne1wiYVwiOlt0cnVlLHtcImNcIjpcInhcIixcImRcIjpudWxsfV0sXCJiXCI6MX0nXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhbm9uaWNhbEpzb24odmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gd3JpdGUodmFsdWUsIG5ldyBTZXQoKSkgPz8gJ251bGwnO1xufVxuXG5mdW5jdGlvbiB3cml0ZSh2YWx1ZTogdW5rbm93biwgYW5jZXN0b3JzOiBTZXQ8b2JqZWN0Pik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmIHR5cGVvZiAodmFsdWUgYXMgeyB0b0pTT04/OiB1bmtub3duIH0pLnRvSlNPTiA9PT0gJ2Z1bmN0aW9uJykge1xuICAgIHZhbHVlID0gKHZhbHVlIGFzIHsgdG9KU09OKCk6IHVua25vd24gfSkudG9KU09OKCk7XG4gIH1cbiAgc3dpdGNoICh0eXBlb2YgdmFsdWUpIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodmFsdWUpO1xuICAgIGNhc2UgJ2JpZ2ludCc6XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdjYW5vbmljYWxKc29uOiBhIGJpZ2ludCBjYW5ub3QgYmUgc2VyaWFsaXplZCB0byBKU09OJyk7XG4gICAgY2FzZSAnb2JqZWN0Jzoge1xuICAgICAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICAgICAgaWYgKGFuY2VzdG9ycy5oYXModmFsdWUpKSB0aHJvdyBuZXcgVHlwZUVycm9yKCdjYW5vbmljYWxKc29uOiB0aGUgdmFsdWUgY29udGFpbnMgYSBjaXJjdWxhciByZWZlcmVuY2UnKTtcbiAgICAgIGFuY2VzdG9ycy5hZGQodmFsdWUpO1xuICAgICAgbGV0IG91dDogc3RyaW5nO1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIG91dCA9IGBbJHt2YWx1ZS5tYXAoKGl0ZW0pID0+IHdyaXRlKGl0ZW0sIGFuY2VzdG9ycykgPz8gJ251bGwnKS5qb2luKCcsJyl9XWA7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCByZWNvcmQgPSB2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgICAgY29uc3QgcGFydHM6IHN0cmluZ1tdID0gW107XG4gICAgICAgIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKHJlY29yZCkuc29ydCgpKSB7XG4gICAgICAgICAgY29uc3QgdGV4dCA9IHdyaXRlKHJlY29yZFtrZXldLCBhbmNlc3RvcnMpO1xuICAgICAgICAgIGlmICh0ZXh0ICE9PSB1bmRlZmluZWQpIHBhcnRzLnB1c2goYCR7SlNPTi5zdHJpbmdpZnkoa2V5KX06JHt0ZXh0fWApO1xuICAgICAgICB9XG4gICAgICAgIG91dCA9IGB7JHtwYXJ0cy5qb2luKCcsJyl9fWA7XG4gICAgICB9XG4gICAgICBhbmNlc3RvcnMuZGVsZXRlKHZhbHVlKTtcbiAgICAgIHJldHVybiBvdXQ7XG4gICAgfVxuICAgIGRlZmF1bHQ6XG4gICAgICAvLyB1bmRlZmluZWQsIGZ1bmN0aW9ucywgc3ltYm9sc1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIFRoZSBjb250ZW50IHRoYXQgdGhlIGhhc2ggY292ZXJzOiB0aGUgcmVjb3JkIHdpdGhvdXQgYGxhYmVsc2AgYW5kIGBoYXNoYC4gQW4gaW5wdXQgb3Igb3V0cHV0XG4gKiBzY2hlbWEgZ2l2ZW4gYXMgYSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIChlLmcuIGEgem9kIG9iamVjdCBmcm9tIGBkZWZpbmVQcm9tcHRgKSBpcyByZXBsYWNlZCBieVxuICogaXRzIEpTT04gU2NoZW1hIHdoZW4gdGhlIHZhbGlkYXRvciBjYW4gcHJvZHVjZSBvbmU7IG90aGVyd2lzZSBieSBgeyBcIn5zdGFuZGFyZFwiOiBcIjx2ZW5kb3I+XCIgfWAsIHNvXG4gKiB0aGUgaGFzaCB0aGVuIGRvZXMgbm90IGNoYW5nZSB3aGVuIG9ubHkgc3VjaCBhIHNjaGVtYSBjaGFuZ2VzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaGFzaGVkQ29udGVudChyZWNvcmQ6IFByb21wdFJlY29yZCk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3QgeyBsYWJlbHM6IF9sYWJlbHMsIGhhc2g6IF9oYXNoLCAuLi5jb250ZW50IH0gPSByZWNvcmQ7XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSBjb250ZW50O1xuICBpZiAocmVjb3JkLmlucHV0ICE9PSB1bmRlZmluZWQgJiYgaXNTdGFuZGFyZFNjaGVtYShyZWNvcmQuaW5wdXQuc2NoZW1hKSkge1xuICAgIG91dC5pbnB1dCA9IHsgLi4ucmVjb3JkLmlucHV0LCBzY2hlbWE6IHNjaGVtYUZvckhhc2gocmVjb3JkLmlucHV0LnNjaGVtYSkgfTtcbiAgfVxuICBpZiAocmVjb3JkLm91dHB1dCAhPT0gdW5kZWZpbmVkICYmIGlzU3RhbmRhcmRTY2hlbWEocmVjb3JkLm91dHB1dC5zY2hlbWEpKSB7XG4gICAgb3V0Lm91dHB1dCA9IHsgLi4ucmVjb3JkLm91dHB1dCwgc2NoZW1hOiBzY2hlbWFGb3JIYXNoKHJlY29yZC5vdXRwdXQuc2NoZW1hKSB9O1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHNjaGVtYUZvckhhc2goc2NoZW1hOiBQYXJhbWV0ZXJzPHR5cGVvZiBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYT5bMF0pOiB1bmtub3duIHtcbiAgcmV0dXJuIHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSkgPz8geyAnfnN0YW5kYXJkJzogc2NoZW1hWyd+c3RhbmRhcmQnXS52ZW5kb3IgfTtcbn1cblxuLyoqXG4gKiBgJ3NoYTI1Ni08NjQgaGV4PidgIG9mIHRoZSBjYW5vbmljYWwgSlNPTiBvZiB0aGUgcmVjb3JkJ3MgY29udGVudCAoc2VlIHtAbGluayBoYXNoZWRDb250ZW50fSkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBhd2FpdCBjb21wdXRlSGFzaCh7IG5hbWU6ICdncmVldGluZycsIHZlcnNpb246ICcxLjAuMCcsIHR5cGU6ICd0ZXh0JywgdGVtcGxhdGU6ICdIaSB7e25hbWV9fScgfSk7XG4gKiAvLyAnc2hhMjU2LVx1MjAyNidcbiAqIGBgYFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY29tcHV0ZUhhc2gocmVjb3JkOiBQcm9tcHRSZWNvcmQpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBzdWJ0bGUgPSBnbG9iYWxUaGlzLmNyeXB0bz8uc3VidGxlO1xuICBpZiAoc3VidGxlID09PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAncHJvbXB0b3BzIG5lZWRzIFdlYiBDcnlwdG8gKGdsb2JhbFRoaXMuY3J5cHRvLnN1YnRsZSkgdG8gaGFzaCBwcm9tcHRzOyB1c2UgTm9kZSAyMCsgb3IgYSBtb2Rlcm4gcnVudGltZScsXG4gICAgKTtcbiAgfVxuICBjb25zdCBieXRlcyA9IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShjYW5vbmljYWxKc29uKGhhc2hlZENvbnRlbnQocmVjb3JkKSkpO1xuICBjb25zdCBkaWdlc3QgPSBuZXcgVWludDhBcnJheShhd2FpdCBzdWJ0bGUuZGlnZXN0KCdTSEEtMjU2JywgYnl0ZXMpKTtcbiAgbGV0IGhleCA9ICcnO1xuICBmb3IgKGNvbnN0IGJ5dGUgb2YgZGlnZXN0KSBoZXggKz0gYnl0ZS50b1N0cmluZygxNikucGFkU3RhcnQoMiwgJzAnKTtcbiAgcmV0dXJuIGBzaGEyNTYtJHtoZXh9YDtcbn1cblxuLyoqXG4gKiBDb21wdXRlIHRoZSByZWNvcmQncyBoYXNoIGFuZCBjaGVjayBpdCBhZ2FpbnN0IHRoZSBvbmUgdGhlIHJlY29yZCBjYXJyaWVzLCBpZiBhbnkuXG4gKlxuICogQHJldHVybnMgVGhlIGNvbXB1dGVkIGhhc2guXG4gKiBAdGhyb3dzIHtJbnRlZ3JpdHlFcnJvcn0gd2hlbiBgcmVjb3JkLmhhc2hgIGlzIHByZXNlbnQgYW5kIGRpZmZlcnMgZnJvbSB0aGUgY29udGVudCdzIGhhc2guXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB2ZXJpZnlSZWNvcmRIYXNoKHJlY29yZDogUHJvbXB0UmVjb3JkKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgYWN0dWFsID0gYXdhaXQgY29tcHV0ZUhhc2gocmVjb3JkKTtcbiAgaWYgKHJlY29yZC5oYXNoICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLmhhc2ggIT09IGFjdHVhbCkge1xuICAgIHRocm93IG5ldyBJbnRlZ3JpdHlFcnJvcihyZWNvcmQubmFtZSwgcmVjb3JkLnZlcnNpb24sIHsgZXhwZWN0ZWQ6IHJlY29yZC5oYXNoLCBhY3R1YWwsIHJlYXNvbjogJ3RoZSByZWNvcmQgc2F5cycgfSk7XG4gIH1cbiAgcmV0dXJuIGFjdHVhbDtcbn1cbiIsICIvKipcbiAqIEhlbHBlcnMgc2hhcmVkIGJ5IHRoZSBidWlsdC1pbiBzdG9yZXM6IGxvY2FsIHNlbGVjdG9yIHJlc29sdXRpb24gb3ZlciBgbGlzdFZlcnNpb25zYCArXG4gKiBgZ2V0VmVyc2lvbmAsIGNsb3NlLW5hbWUgc3VnZ2VzdGlvbnMgZm9yIHtAbGluayBQcm9tcHROb3RGb3VuZEVycm9yfSwgYXJndW1lbnQgY2hlY2tzLCBhbmQgdGhlXG4gKiBkZWVwIGNvcHkgKyBmcmVlemUgdGhhdCBtYWtlcyB0aGUgcmVjb3JkcyBhIHN0b3JlIGhhbmRzIG91dCByZWFkLW9ubHkuXG4gKlxuICogTm90aGluZyBoZXJlIGltcG9ydHMgYG5vZGU6KmA6IHRoaXMgbW9kdWxlIGlzIHBhcnQgb2YgdGhlIGNvcmUgZW50cnkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUgfSBmcm9tICcuLi9lbmdpbmUvbmFtZS5qcyc7XG5pbXBvcnQgeyByZXNvbHZlU2VsZWN0b3IsIHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBQcm9tcHRGb3JtYXRFcnJvciwgU3RvcmVFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKipcbiAqIFJlc29sdmUgYHNlbGVjdG9yYCBmb3IgYG5hbWVgIHRoZSBzbG93IHdheTogbGlzdCB0aGUgdmVyc2lvbnMsIHBpY2sgb25lIGxvY2FsbHkgd2l0aFxuICogYHJlc29sdmVTZWxlY3RvcmAsIHRoZW4gbG9hZCBpdC4gU3RvcmVzIHdpdGhvdXQgYSBuYXRpdmUgb25lLXJvdW5kLXRyaXAgYHJlc29sdmVgIHVzZSB0aGlzLCBhbmRcbiAqIGB2ZXJpZnlTdG9yZWAgdXNlcyBpdCBhcyB0aGUgcmVmZXJlbmNlIGEgbmF0aXZlIGByZXNvbHZlYCBtdXN0IGFncmVlIHdpdGguXG4gKlxuICogQHJldHVybnMgdGhlIHJlY29yZCwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGUgbmFtZSBpcyB1bmtub3duIG9yIG5vdGhpbmcgbWF0Y2hlcy5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcmVjb3JkID0gYXdhaXQgcmVzb2x2ZUxvY2FsbHkoc3RvcmUsICdzdXBwb3J0L2dyZWV0aW5nJywgJ14xLjInKTtcbiAqIGBgYFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVzb2x2ZUxvY2FsbHkoXG4gIHN0b3JlOiBQaWNrPFByb21wdFN0b3JlLCAnbGlzdFZlcnNpb25zJyB8ICdnZXRWZXJzaW9uJz4sXG4gIG5hbWU6IHN0cmluZyxcbiAgc2VsZWN0b3I6IHN0cmluZyxcbik6IFByb21pc2U8UHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkPiB7XG4gIGNvbnN0IHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICBjb25zdCBjaG9zZW4gPSByZXNvbHZlU2VsZWN0b3IodmVyc2lvbnMsIHNlbGVjdG9yKTtcbiAgcmV0dXJuIGNob3NlbiA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCBjaG9zZW4udmVyc2lvbik7XG59XG5cbi8qKlxuICogTGV2ZW5zaHRlaW4gZWRpdCBkaXN0YW5jZSBiZXR3ZWVuIHR3byBzdHJpbmdzIChpbnNlcnRpb25zLCBkZWxldGlvbnMsIHN1YnN0aXR1dGlvbnMpLCBjb21wdXRlZFxuICogd2l0aCBvbmUgcm93IG9mIG1lbW9yeS4gU3RvcHMgZWFybHkgYW5kIHJldHVybnMgYGxpbWl0ICsgMWAgb25jZSB0aGUgZGlzdGFuY2UgbXVzdCBleGNlZWQgYGxpbWl0YC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVkaXREaXN0YW5jZShhOiBzdHJpbmcsIGI6IHN0cmluZywgbGltaXQgPSBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkpOiBudW1iZXIge1xuICBpZiAoYSA9PT0gYikgcmV0dXJuIDA7XG4gIGlmIChNYXRoLmFicyhhLmxlbmd0aCAtIGIubGVuZ3RoKSA+IGxpbWl0KSByZXR1cm4gbGltaXQgKyAxO1xuICBpZiAoYS5sZW5ndGggPT09IDApIHJldHVybiBiLmxlbmd0aDtcbiAgaWYgKGIubGVuZ3RoID09PSAwKSByZXR1cm4gYS5sZW5ndGg7XG4gIGxldCBwcmV2aW91cyA9IEFycmF5LmZyb20oeyBsZW5ndGg6IGIubGVuZ3RoICsgMSB9LCAoXywgaSkgPT4gaSk7XG4gIGZvciAobGV0IGkgPSAxOyBpIDw9IGEubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjdXJyZW50ID0gW2ldO1xuICAgIGxldCByb3dNaW4gPSBpO1xuICAgIGZvciAobGV0IGogPSAxOyBqIDw9IGIubGVuZ3RoOyBqKyspIHtcbiAgICAgIGNvbnN0IGNvc3QgPSBhW2kgLSAxXSA9PT0gYltqIC0gMV0gPyAwIDogMTtcbiAgICAgIGNvbnN0IHZhbHVlID0gTWF0aC5taW4oKHByZXZpb3VzW2pdID8/IDApICsgMSwgKGN1cnJlbnRbaiAtIDFdID8/IDApICsgMSwgKHByZXZpb3VzW2ogLSAxXSA/PyAwKSArIGNvc3QpO1xuICAgICAgY3VycmVudC5wdXNoKHZhbHVlKTtcbiAgICAgIGlmICh2YWx1ZSA8IHJvd01pbikgcm93TWluID0gdmFsdWU7XG4gICAgfVxuICAgIGlmIChyb3dNaW4gPiBsaW1pdCkgcmV0dXJuIGxpbWl0ICsgMTtcbiAgICBwcmV2aW91cyA9IGN1cnJlbnQ7XG4gIH1cbiAgcmV0dXJuIHByZXZpb3VzW2IubGVuZ3RoXSA/PyAwO1xufVxuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgc3VnZ2VzdE5hbWVzfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3VnZ2VzdE5hbWVzT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBNb3N0IHN1Z2dlc3Rpb25zIHJldHVybmVkLlxuICAgKiBAZGVmYXVsdCAzXG4gICAqL1xuICBtYXg/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBMYXJnZXN0IGVkaXQgZGlzdGFuY2UgYWNjZXB0ZWQsIGFzIGEgZnJhY3Rpb24gb2YgdGhlIGxvbmdlciBuYW1lJ3MgbGVuZ3RoIChhdCBsZWFzdCAxIGVkaXQpLlxuICAgKiBAZGVmYXVsdCAwLjRcbiAgICovXG4gIG1heERpc3RhbmNlUmF0aW8/OiBudW1iZXI7XG59XG5cbi8qKlxuICogTmFtZXMgYW1vbmcgYGNhbmRpZGF0ZXNgIGNsb3NlIHRvIGBuYW1lYCwgY2xvc2VzdCBmaXJzdDogc21hbGwgZWRpdCBkaXN0YW5jZSwgb3IgdGhlIHNhbWUgbGFzdFxuICogc2VnbWVudCB1bmRlciBhbm90aGVyIGZvbGRlciAoYGdyZWV0aW5nYCBcdTIxOTIgYHN1cHBvcnQvZ3JlZXRpbmdgKS4gRmVlZHMgdGhlIGBzdWdnZXN0aW9uc2Agb2YgYVxuICoge0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9LlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogc3VnZ2VzdE5hbWVzKCdzdXBwb3J0L2dyZXRpbmcnLCBbJ3N1cHBvcnQvZ3JlZXRpbmcnLCAnc2FsZXMvaW50cm8nXSk7IC8vIFsnc3VwcG9ydC9ncmVldGluZyddXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN1Z2dlc3ROYW1lcyhuYW1lOiBzdHJpbmcsIGNhbmRpZGF0ZXM6IEl0ZXJhYmxlPHN0cmluZz4sIG9wdGlvbnM6IFN1Z2dlc3ROYW1lc09wdGlvbnMgPSB7fSk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbWF4ID0gb3B0aW9ucy5tYXggPz8gMztcbiAgY29uc3QgcmF0aW8gPSBvcHRpb25zLm1heERpc3RhbmNlUmF0aW8gPz8gMC40O1xuICBjb25zdCBsYXN0U2VnbWVudCA9IG5hbWUuc2xpY2UobmFtZS5sYXN0SW5kZXhPZignLycpICsgMSk7XG4gIGNvbnN0IHNjb3JlZDogQXJyYXk8eyBjYW5kaWRhdGU6IHN0cmluZzsgc2NvcmU6IG51bWJlciB9PiA9IFtdO1xuICBmb3IgKGNvbnN0IGNhbmRpZGF0ZSBvZiBjYW5kaWRhdGVzKSB7XG4gICAgaWYgKGNhbmRpZGF0ZSA9PT0gbmFtZSkgY29udGludWU7XG4gICAgY29uc3QgbGltaXQgPSBNYXRoLm1heCgxLCBNYXRoLmZsb29yKE1hdGgubWF4KG5hbWUubGVuZ3RoLCBjYW5kaWRhdGUubGVuZ3RoKSAqIHJhdGlvKSk7XG4gICAgY29uc3QgZGlzdGFuY2UgPSBlZGl0RGlzdGFuY2UobmFtZSwgY2FuZGlkYXRlLCBsaW1pdCk7XG4gICAgaWYgKGRpc3RhbmNlIDw9IGxpbWl0KSB7XG4gICAgICBzY29yZWQucHVzaCh7IGNhbmRpZGF0ZSwgc2NvcmU6IGRpc3RhbmNlIH0pO1xuICAgIH0gZWxzZSBpZiAoY2FuZGlkYXRlID09PSBsYXN0U2VnbWVudCB8fCBjYW5kaWRhdGUuZW5kc1dpdGgoYC8ke2xhc3RTZWdtZW50fWApKSB7XG4gICAgICBzY29yZWQucHVzaCh7IGNhbmRpZGF0ZSwgc2NvcmU6IGxpbWl0ICsgMSB9KTtcbiAgICB9XG4gIH1cbiAgc2NvcmVkLnNvcnQoKHgsIHkpID0+IHguc2NvcmUgLSB5LnNjb3JlIHx8IHguY2FuZGlkYXRlLmxvY2FsZUNvbXBhcmUoeS5jYW5kaWRhdGUpKTtcbiAgcmV0dXJuIHNjb3JlZC5zbGljZSgwLCBtYXgpLm1hcCgocykgPT4gcy5jYW5kaWRhdGUpO1xufVxuXG4vKipcbiAqIFRocm93IGEge0BsaW5rIFByb21wdEZvcm1hdEVycm9yfSAoZmllbGQgYG5hbWVgKSB1bmxlc3MgYG5hbWVgIGlzIGEgdmFsaWQgcHJvbXB0IG5hbWUuIFN0b3JlcyBjYWxsXG4gKiBpdCBiZWZvcmUgdG91Y2hpbmcgdGhlaXIgYmFja2VuZCwgc28gYC4uL3hgLCBgJTJlJTJlYCwgYC9hYnNgLCBOVUwgYnl0ZXMgYW5kIHRoZSBsaWtlIG5ldmVyIHJlYWNoXG4gKiBhIGZpbGUgc3lzdGVtIG9yIGEgVVJMLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0UHJvbXB0TmFtZShuYW1lOiB1bmtub3duLCBzdG9yZU5hbWU6IHN0cmluZyk6IGFzc2VydHMgbmFtZSBpcyBzdHJpbmcge1xuICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGAke3Byb2JsZW19IChhc2tlZCBvZiB0aGUgJHtzdG9yZU5hbWV9IHN0b3JlKTsgbm90aGluZyB3YXMgcmVhZGAsIHtcbiAgICAgIGZpZWxkOiAnbmFtZScsXG4gICAgfSk7XG4gIH1cbn1cblxuLyoqXG4gKiBUaHJvdyBhIHtAbGluayBTdG9yZUVycm9yfSB1bmxlc3MgYGxhYmVsYCBjYW4gbmFtZSBhIGxhYmVsOiBpdCBtdXN0IGJlIGEgbGFiZWwgc2VsZWN0b3JcbiAqIChgW2EtekEtWl1bYS16QS1aMC05Ll8tXSpgKSBhbmQgbm90IHRoZSByZXNlcnZlZCB3b3JkIGBsYXRlc3RgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0TGFiZWxOYW1lKGxhYmVsOiB1bmtub3duLCBzdG9yZU5hbWU6IHN0cmluZyk6IGFzc2VydHMgbGFiZWwgaXMgc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiBsYWJlbCAhPT0gJ3N0cmluZycgfHwgc2VsZWN0b3JLaW5kKGxhYmVsKSAhPT0gJ2xhYmVsJykge1xuICAgIGNvbnN0IHNob3duID0gdHlwZW9mIGxhYmVsID09PSAnc3RyaW5nJyA/IEpTT04uc3RyaW5naWZ5KGxhYmVsKSA6IHR5cGVvZiBsYWJlbDtcbiAgICBjb25zdCByZXNlcnZlZCA9IGxhYmVsID09PSAnbGF0ZXN0JyA/ICcgKFwibGF0ZXN0XCIgaXMgcmVzZXJ2ZWQ6IGl0IGFsd2F5cyBtZWFucyB0aGUgaGlnaGVzdCByZWxlYXNlKScgOiAnJztcbiAgICB0aHJvdyBuZXcgU3RvcmVFcnJvcihcbiAgICAgIGBJbnZhbGlkIGxhYmVsICR7c2hvd259JHtyZXNlcnZlZH06IGEgbGFiZWwgc3RhcnRzIHdpdGggYSBsZXR0ZXIgYW5kIGNvbnRpbnVlcyB3aXRoIGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiIG9yIFwiLVwiIChlLmcuIFwicHJvZHVjdGlvblwiKS5gLFxuICAgICAgeyBzdG9yZTogc3RvcmVOYW1lLCBzdGF0dXM6IDQwMCB9LFxuICAgICk7XG4gIH1cbn1cblxuLyoqXG4gKiBMYWJlbHMgb2YgYSB2ZXJzaW9uIGxpc3QsIGNoZWNraW5nIHRoYXQgZWFjaCBsYWJlbCBzaXRzIG9uIG9uZSB2ZXJzaW9uIG9ubHkuXG4gKiBAcmV0dXJucyB0aGUgZmlyc3QgbGFiZWwgZm91bmQgb24gdHdvIHZlcnNpb25zLCB3aXRoIGJvdGggdmVyc2lvbnMsIG9yIGB1bmRlZmluZWRgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZmluZER1cGxpY2F0ZUxhYmVsKFxuICB2ZXJzaW9uczogcmVhZG9ubHkgVmVyc2lvbkluZm9bXSxcbik6IHsgbGFiZWw6IHN0cmluZzsgdmVyc2lvbnM6IFtzdHJpbmcsIHN0cmluZ10gfSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHYgb2YgdmVyc2lvbnMpIHtcbiAgICBmb3IgKGNvbnN0IGxhYmVsIG9mIHYubGFiZWxzKSB7XG4gICAgICBjb25zdCBvdGhlciA9IHNlZW4uZ2V0KGxhYmVsKTtcbiAgICAgIGlmIChvdGhlciAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyBsYWJlbCwgdmVyc2lvbnM6IFtvdGhlciwgdi52ZXJzaW9uXSB9O1xuICAgICAgc2Vlbi5zZXQobGFiZWwsIHYudmVyc2lvbik7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGlzUGxhaW5PYmplY3QodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnIHx8IHZhbHVlID09PSBudWxsKSByZXR1cm4gZmFsc2U7XG4gIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgcmV0dXJuIHByb3RvID09PSBPYmplY3QucHJvdG90eXBlIHx8IHByb3RvID09PSBudWxsO1xufVxuXG4vKipcbiAqIERlZXAgY29weSBvZiB0aGUgcGxhaW4gZGF0YSBpbiBgdmFsdWVgIChwbGFpbiBvYmplY3RzIGFuZCBhcnJheXMpOyBhbnkgb3RoZXIgb2JqZWN0IChhIGNsYXNzXG4gKiBpbnN0YW5jZSBzdWNoIGFzIGEgem9kIHNjaGVtYSkgaXMga2VwdCBieSByZWZlcmVuY2UsIG5laXRoZXIgY29waWVkIG5vciBmcm96ZW4uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb3B5UGxhaW5EYXRhPFQ+KHZhbHVlOiBUKTogVCB7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuIHZhbHVlLm1hcCgoaXRlbSkgPT4gY29weVBsYWluRGF0YShpdGVtKSkgYXMgVDtcbiAgaWYgKGlzUGxhaW5PYmplY3QodmFsdWUpKSB7XG4gICAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICAgIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKHZhbHVlKSkgb3V0W2tleV0gPSBjb3B5UGxhaW5EYXRhKHZhbHVlW2tleV0pO1xuICAgIHJldHVybiBvdXQgYXMgVDtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKlxuICogRnJlZXplIHRoZSBwbGFpbiBkYXRhIGluIGB2YWx1ZWAgKHBsYWluIG9iamVjdHMgYW5kIGFycmF5cyksIHJlY3Vyc2l2ZWx5LCBhbmQgcmV0dXJuIGl0LlxuICogQ2xhc3MgaW5zdGFuY2VzIGFyZSBsZWZ0IGFsb25lOiBmcmVlemluZyB0aGVtIGNvdWxkIGJyZWFrIHRoZWlyIG93biBsYXp5IGNhY2hlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlZXBGcmVlemU8VD4odmFsdWU6IFQpOiBUIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpIHx8IGlzUGxhaW5PYmplY3QodmFsdWUpKSB7XG4gICAgaWYgKE9iamVjdC5pc0Zyb3plbih2YWx1ZSkpIHJldHVybiB2YWx1ZTtcbiAgICBPYmplY3QuZnJlZXplKHZhbHVlKTtcbiAgICBmb3IgKGNvbnN0IGl0ZW0gb2YgT2JqZWN0LnZhbHVlcyh2YWx1ZSBhcyBvYmplY3QpKSBkZWVwRnJlZXplKGl0ZW0pO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqXG4gKiBBIHJlYWQtb25seSBjb3B5IG9mIGByZWNvcmRgIGNhcnJ5aW5nIGBsYWJlbHNgIGFuZCBgaGFzaGA6IHdoYXQgc3RvcmVzIGhhbmQgb3V0LCBzbyB0aGF0IG5vIGNhbGxlclxuICogY2FuIGNoYW5nZSBhIHN0b3JlJ3MgZGF0YSB0aHJvdWdoIGEgcmV0dXJuZWQgb2JqZWN0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZnJvemVuUmVjb3JkKHJlY29yZDogUHJvbXB0UmVjb3JkLCBsYWJlbHM6IHJlYWRvbmx5IHN0cmluZ1tdLCBoYXNoOiBzdHJpbmcpOiBQcm9tcHRSZWNvcmQge1xuICBjb25zdCB7IGxhYmVsczogX2xhYmVscywgaGFzaDogX2hhc2gsIC4uLmNvbnRlbnQgfSA9IHJlY29yZDtcbiAgcmV0dXJuIGRlZXBGcmVlemUoeyAuLi5jb3B5UGxhaW5EYXRhKGNvbnRlbnQpLCBsYWJlbHM6IFsuLi5sYWJlbHNdLnNvcnQoKSwgaGFzaCB9KTtcbn1cbiIsICIvKipcbiAqIExvYWRpbmcgb25lIHJlY29yZCBmcm9tIGEgc3RvcmU6IHNlbGVjdG9yIHJlc29sdXRpb24gKG9uZSByb3VuZCB0cmlwIHdpdGggYHN0b3JlLnJlc29sdmVgLCBlbHNlXG4gKiBgbGlzdFZlcnNpb25zYCArIGByZXNvbHZlU2VsZWN0b3JgICsgYGdldFZlcnNpb25gKSwgdGhlIG5vdC1mb3VuZCBlcnJvcnMgdGhhdCBsaXN0IHdoYXQgZXhpc3RzLFxuICogdGhlIGludGVncml0eSBjaGVja3MgKHJlY29yZCBoYXNoLCBsb2NrZWQgaGFzaCksIGFuZCB0aGUgd3JhcHBpbmcgb2YgdW5leHBlY3RlZCBzdG9yZSBmYWlsdXJlcy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgY29tcHV0ZUhhc2gsIHZlcmlmeVJlY29yZEhhc2ggfSBmcm9tICcuLi9lbmdpbmUvaGFzaC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcGFyc2VSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBpc0V4YWN0U2VsZWN0b3IsIGxhYmVsTWFwLCByZXNvbHZlU2VsZWN0b3IsIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgSW50ZWdyaXR5RXJyb3IsIGlzUHJvbXB0T3BzRXJyb3IsIFByb21wdE5vdEZvdW5kRXJyb3IsIFN0b3JlRXJyb3IsIFZlcnNpb25Ob3RGb3VuZEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHN1Z2dlc3ROYW1lcyB9IGZyb20gJy4uL3N0b3Jlcy9yZXNvbHZlLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUsIFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcblxuLyoqXG4gKiBMb2FkIHRoZSByZWNvcmQgYHNlbGVjdG9yYCBwaWNrcyBmb3IgYG5hbWVgLlxuICpcbiAqIEB0aHJvd3Mge0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9IHdoZW4gdGhlIHN0b3JlIGhhcyBubyBzdWNoIG5hbWUgKHdpdGggY2xvc2UgbmFtZXMpLFxuICogICB7QGxpbmsgVmVyc2lvbk5vdEZvdW5kRXJyb3J9IHdoZW4gbm90aGluZyBzYXRpc2ZpZXMgdGhlIHNlbGVjdG9yICh3aXRoIHZlcnNpb25zIGFuZCBsYWJlbHMpLFxuICogICB7QGxpbmsgU3RvcmVFcnJvcn0gd2hlbiB0aGUgc3RvcmUgZmFpbGVkLCBgUHJvbXB0Rm9ybWF0RXJyb3JgIHdoZW4gaXQgYW5zd2VyZWQgYSBtYWxmb3JtZWQgcmVjb3JkLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZmV0Y2hSZWNvcmQoc3RvcmU6IFByb21wdFN0b3JlLCBuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcpOiBQcm9taXNlPFByb21wdFJlY29yZD4ge1xuICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ7XG4gIGxldCB2ZXJzaW9uczogVmVyc2lvbkluZm9bXSB8IHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICBpZiAoaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yKSkge1xuICAgICAgcmVjb3JkID0gYXdhaXQgc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCBzZWxlY3Rvcik7XG4gICAgfSBlbHNlIGlmICh0eXBlb2Ygc3RvcmUucmVzb2x2ZSA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgcmVjb3JkID0gYXdhaXQgc3RvcmUucmVzb2x2ZShuYW1lLCBzZWxlY3Rvcik7XG4gICAgfSBlbHNlIHtcbiAgICAgIHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICAgICAgY29uc3QgY2hvc2VuID0gcmVzb2x2ZVNlbGVjdG9yKHZlcnNpb25zLCBzZWxlY3Rvcik7XG4gICAgICBpZiAoY2hvc2VuICE9PSB1bmRlZmluZWQpIHJlY29yZCA9IGF3YWl0IHN0b3JlLmdldFZlcnNpb24obmFtZSwgY2hvc2VuLnZlcnNpb24pO1xuICAgIH1cbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICB0aHJvdyBhc1N0b3JlRXJyb3IoZXJyb3IsIHN0b3JlLCBgbG9hZGluZyBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cImApO1xuICB9XG4gIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgdGhyb3cgYXdhaXQgbm90Rm91bmRFcnJvcihzdG9yZSwgbmFtZSwgc2VsZWN0b3IsIHZlcnNpb25zKTtcbiAgcmV0dXJuIGNoZWNrQW5zd2VyKHN0b3JlLCBuYW1lLCBzZWxlY3RvciwgcmVjb3JkKTtcbn1cblxuLyoqIFRydWUgZm9yIHRoZSBlcnJvcnMgdGhhdCBtZWFuIFwidGhlIHN0b3JlIGFuc3dlcmVkOiB0aGlzIGRvZXMgbm90IGV4aXN0XCIuICovXG5leHBvcnQgZnVuY3Rpb24gaXNOb3RGb3VuZChlcnJvcjogdW5rbm93bik6IGVycm9yIGlzIFByb21wdE5vdEZvdW5kRXJyb3IgfCBWZXJzaW9uTm90Rm91bmRFcnJvciB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIFByb21wdE5vdEZvdW5kRXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBWZXJzaW9uTm90Rm91bmRFcnJvcjtcbn1cblxuLyoqXG4gKiBCdWlsZCB0aGUgZXJyb3IgZm9yIGEgc2VsZWN0b3IgdGhhdCBwaWNrZWQgbm90aGluZzoge0BsaW5rIFByb21wdE5vdEZvdW5kRXJyb3J9ICh3aXRoIGNsb3NlIG5hbWVzXG4gKiBmcm9tIGBzdG9yZS5saXN0KClgLCB3aGVuIHByZXNlbnQpIGlmIHRoZSBuYW1lIGhhcyBubyB2ZXJzaW9uLCBlbHNlIHtAbGluayBWZXJzaW9uTm90Rm91bmRFcnJvcn0uXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBub3RGb3VuZEVycm9yKFxuICBzdG9yZTogUHJvbXB0U3RvcmUsXG4gIG5hbWU6IHN0cmluZyxcbiAgc2VsZWN0b3I6IHN0cmluZyxcbiAga25vd24/OiBWZXJzaW9uSW5mb1tdLFxuKTogUHJvbWlzZTxQcm9tcHROb3RGb3VuZEVycm9yIHwgVmVyc2lvbk5vdEZvdW5kRXJyb3I+IHtcbiAgbGV0IHZlcnNpb25zID0ga25vd247XG4gIGlmICh2ZXJzaW9ucyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgdHJ5IHtcbiAgICAgIHZlcnNpb25zID0gYXdhaXQgc3RvcmUubGlzdFZlcnNpb25zKG5hbWUpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICB0aHJvdyBhc1N0b3JlRXJyb3IoZXJyb3IsIHN0b3JlLCBgbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCIke25hbWV9XCJgKTtcbiAgICB9XG4gIH1cbiAgaWYgKHZlcnNpb25zLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBzb3J0ZWQgPSBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKHZlcnNpb25zKTtcbiAgICByZXR1cm4gbmV3IFZlcnNpb25Ob3RGb3VuZEVycm9yKG5hbWUsIHNlbGVjdG9yLCB7XG4gICAgICB2ZXJzaW9uczogc29ydGVkLm1hcCgodikgPT4gdi52ZXJzaW9uKSxcbiAgICAgIGxhYmVsczogbGFiZWxNYXAoc29ydGVkKSxcbiAgICB9KTtcbiAgfVxuICBsZXQgc3VnZ2VzdGlvbnM6IHN0cmluZ1tdID0gW107XG4gIGlmICh0eXBlb2Ygc3RvcmUubGlzdCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgIHRyeSB7XG4gICAgICBzdWdnZXN0aW9ucyA9IHN1Z2dlc3ROYW1lcyhuYW1lLCBhd2FpdCBzdG9yZS5saXN0KCkpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgLy8gU3VnZ2VzdGlvbnMgYXJlIGEgY291cnRlc3k6IGEgZmFpbGluZyBsaXN0KCkgbXVzdCBub3QgaGlkZSB0aGUgcmVhbCBhbnN3ZXIuXG4gICAgfVxuICB9XG4gIHJldHVybiBuZXcgUHJvbXB0Tm90Rm91bmRFcnJvcihuYW1lLCB7IHN1Z2dlc3Rpb25zLCBzdG9yZTogc3RvcmUubmFtZSB9KTtcbn1cblxuLyoqXG4gKiBQYXNzIHByb21wdG9wcyBlcnJvcnMgdGhyb3VnaDsgd3JhcCBhbnl0aGluZyBlbHNlIGEgc3RvcmUgdGhyZXcgaW50byBhIHtAbGluayBTdG9yZUVycm9yfVxuICogKG5vdCByZXRyeWFibGU6IGFuIHVuZXhwZWN0ZWQgZXhjZXB0aW9uIGlzIGEgYnVnIG9mIHRoZSBhZGFwdGVyLCBub3QgYSB0cmFuc2llbnQgZmFpbHVyZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc1N0b3JlRXJyb3IoZXJyb3I6IHVua25vd24sIHN0b3JlOiBQcm9tcHRTdG9yZSwgZG9pbmc6IHN0cmluZyk6IEVycm9yIHtcbiAgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSByZXR1cm4gZXJyb3I7XG4gIGNvbnN0IGRldGFpbCA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBgJHtlcnJvci5uYW1lfTogJHtlcnJvci5tZXNzYWdlfWAgOiBTdHJpbmcoZXJyb3IpO1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IoXG4gICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGZhaWxlZCB3aGlsZSAke2RvaW5nfTogJHtkZXRhaWx9YCxcbiAgICB7IHN0b3JlOiBzdG9yZS5uYW1lIH0sXG4gICAgeyBjYXVzZTogZXJyb3IgfSxcbiAgKTtcbn1cblxuLyoqXG4gKiBDaGVjayBhIHJlY29yZCdzIGludGVncml0eSBhbmQgcmV0dXJuIGl0cyBoYXNoOiBhIHJlY29yZCBjYXJyeWluZyBgaGFzaGAgbXVzdCBtYXRjaCBpdHMgY29udGVudDtcbiAqIHdoZW4gYGxvY2tlZEhhc2hgIGlzIGdpdmVuIHRoZSByZWNvcmQgbXVzdCBoYXZlIGV4YWN0bHkgdGhhdCBoYXNoLlxuICpcbiAqIEB0aHJvd3Mge0BsaW5rIEludGVncml0eUVycm9yfSBvbiBhbnkgbWlzbWF0Y2guXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjaGVja0ludGVncml0eShyZWNvcmQ6IFByb21wdFJlY29yZCwgbG9ja2VkSGFzaD86IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IGhhc2ggPSByZWNvcmQuaGFzaCA9PT0gdW5kZWZpbmVkID8gYXdhaXQgY29tcHV0ZUhhc2gocmVjb3JkKSA6IGF3YWl0IHZlcmlmeVJlY29yZEhhc2gocmVjb3JkKTtcbiAgaWYgKGxvY2tlZEhhc2ggIT09IHVuZGVmaW5lZCAmJiBoYXNoICE9PSBsb2NrZWRIYXNoKSB7XG4gICAgdGhyb3cgbmV3IEludGVncml0eUVycm9yKHJlY29yZC5uYW1lLCByZWNvcmQudmVyc2lvbiwge1xuICAgICAgZXhwZWN0ZWQ6IGxvY2tlZEhhc2gsXG4gICAgICBhY3R1YWw6IGhhc2gsXG4gICAgICByZWFzb246ICd0aGUgbG9ja2ZpbGUgcGlucyBoYXNoJyxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gaGFzaDtcbn1cblxuZnVuY3Rpb24gY2hlY2tBbnN3ZXIoc3RvcmU6IFByb21wdFN0b3JlLCBuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcsIGFuc3dlcjogUHJvbXB0UmVjb3JkKTogUHJvbXB0UmVjb3JkIHtcbiAgY29uc3QgcmVjb3JkID0gcGFyc2VSZWNvcmQoYW5zd2VyLCBgJHtzdG9yZS5uYW1lfSBzdG9yZTogJHtuYW1lfUAke3NlbGVjdG9yfWApO1xuICBpZiAocmVjb3JkLm5hbWUgIT09IG5hbWUgfHwgKGlzRXhhY3RTZWxlY3RvcihzZWxlY3RvcikgJiYgcmVjb3JkLnZlcnNpb24gIT09IHNlbGVjdG9yKSkge1xuICAgIHRocm93IG5ldyBTdG9yZUVycm9yKFxuICAgICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGFuc3dlcmVkIFwiJHtyZWNvcmQubmFtZX1AJHtyZWNvcmQudmVyc2lvbn1cIiB3aGVuIGFza2VkIGZvciBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cIi4gYCArXG4gICAgICAgICdGaXggdGhlIHN0b3JlIGFkYXB0ZXI6IGl0IG11c3QgcmV0dXJuIHRoZSByZWNvcmQgb2YgdGhlIG5hbWUgKGFuZCBleGFjdCB2ZXJzaW9uKSBhc2tlZCBmb3IuJyxcbiAgICAgIHsgc3RvcmU6IHN0b3JlLm5hbWUgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiByZWNvcmQ7XG59XG4iLCAiLyoqXG4gKiBUaGUgbG9ja2ZpbGUgKGBwcm9tcHRvcHMubG9jay5qc29uYCk6IHRoZSBleGFjdCB2ZXJzaW9uIGFuZCBoYXNoIGV2ZXJ5IGJhcmUgbmFtZSBsb2Fkcy5cbiAqXG4gKiBgYGBqc29uXG4gKiB7IFwibG9ja2ZpbGVWZXJzaW9uXCI6IDEsXG4gKiAgIFwicHJvbXB0c1wiOiB7IFwic3VwcG9ydC9ncmVldGluZ1wiOiB7IFwic2VsZWN0b3JcIjogXCJeMS4yLjBcIiwgXCJ2ZXJzaW9uXCI6IFwiMS4yLjNcIiwgXCJoYXNoXCI6IFwic2hhMjU2LVx1MjAyNlwiIH0gfSB9XG4gKiBgYGBcbiAqXG4gKiBXaXRoIGEgbG9ja2ZpbGUsIGEgbG9ja2VkIG5hbWUgbG9hZHMgZXhhY3RseSB0aGUgbG9ja2VkIHZlcnNpb24sIGFuZCBhIHJlY29yZCB3aG9zZSBoYXNoIGRpZmZlcnNcbiAqIGlzIGFuIGBJbnRlZ3JpdHlFcnJvcmAsIG5ldmVyIHJlbmRlcmVkIG9yIGNhY2hlZC4gU2VlIERFU0lHTi5tZCBzZWN0aW9uIDUuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHsgcGFydGlhbE5hbWVzT2YgfSBmcm9tICcuLi9lbmdpbmUvcHJvbXB0LmpzJztcbmltcG9ydCB7IHBhcnNlU3BlYywgc2VsZWN0b3JLaW5kIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUgfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgY2hlY2tJbnRlZ3JpdHksIGZldGNoUmVjb3JkIH0gZnJvbSAnLi9sb2FkZXIuanMnO1xuaW1wb3J0IHsgdmFsaWRhdGVPclRocm93IH0gZnJvbSAnLi92YWxpZGF0ZS5qcyc7XG5cbi8qKiBDb252ZW50aW9uYWwgZmlsZSBuYW1lIG9mIHRoZSBsb2NrZmlsZS4gKi9cbmV4cG9ydCBjb25zdCBMT0NLRklMRV9OQU1FID0gJ3Byb21wdG9wcy5sb2NrLmpzb24nO1xuXG4vKiogV2hhdCB0aGUgbG9ja2ZpbGUgaG9sZHMgZm9yIG9uZSBuYW1lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMb2NrZWRQcm9tcHQge1xuICAvKiogVGhlIHNlbGVjdG9yIHRoYXQgd2FzIHJlc29sdmVkIHdoZW4gbG9ja2luZyAoZnJvbSBgcGluc2AsIG9yIGAnbGF0ZXN0J2ApLiAqL1xuICBzZWxlY3Rvcjogc3RyaW5nO1xuICAvKiogVGhlIGV4YWN0IHZlcnNpb24gYSBiYXJlIG5hbWUgbG9hZHMuICovXG4gIHZlcnNpb246IHN0cmluZztcbiAgLyoqIFRoZSBgJ3NoYTI1Ni08aGV4PidgIGhhc2ggdGhlIGxvYWRlZCByZWNvcmQgbXVzdCBoYXZlLiAqL1xuICBoYXNoOiBzdHJpbmc7XG59XG5cbi8qKiBDb250ZW50cyBvZiBgcHJvbXB0b3BzLmxvY2suanNvbmAuICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2tmaWxlIHtcbiAgLyoqIEZvcm1hdCB2ZXJzaW9uOyBhbHdheXMgYDFgLiAqL1xuICBsb2NrZmlsZVZlcnNpb246IDE7XG4gIC8qKiBMb2NrZWQgcHJvbXB0cyBieSBuYW1lLCBzb3J0ZWQgYnkgbmFtZSB3aGVuIHdyaXR0ZW4gYnkge0BsaW5rIGNyZWF0ZUxvY2tmaWxlfS4gKi9cbiAgcHJvbXB0czogUmVjb3JkPHN0cmluZywgTG9ja2VkUHJvbXB0Pjtcbn1cblxuY29uc3QgSEFTSF9QQVRURVJOID0gL15zaGEyNTYtWzAtOWEtZl17NjR9JC87XG5cbmNvbnN0IGxvY2tlZFByb21wdFNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgc2VsZWN0b3I6IHouc3RyaW5nKCkuY2hlY2soXG4gICAgei5yZWZpbmUoKHMpID0+IHNlbGVjdG9yS2luZChzKSAhPT0gdW5kZWZpbmVkLCB7XG4gICAgICBlcnJvcjogJ211c3QgYmUgYW4gZXhhY3QgdmVyc2lvbiwgYSBzZW12ZXIgcmFuZ2UsIGEgbGFiZWwgb3IgXCJsYXRlc3RcIicsXG4gICAgfSksXG4gICksXG4gIHZlcnNpb246IHpcbiAgICAuc3RyaW5nKClcbiAgICAuY2hlY2soei5yZWZpbmUoKHMpID0+IHNlbGVjdG9yS2luZChzKSA9PT0gJ2V4YWN0JywgeyBlcnJvcjogJ211c3QgYmUgYW4gZXhhY3Qgc2VtdmVyIHZlcnNpb24gc3VjaCBhcyBcIjEuMi4zXCInIH0pKSxcbiAgaGFzaDogei5zdHJpbmcoKS5jaGVjayh6LnJlZ2V4KEhBU0hfUEFUVEVSTiwgeyBlcnJvcjogJ211c3QgYmUgXCJzaGEyNTYtXCIgZm9sbG93ZWQgYnkgNjQgbG93ZXJjYXNlIGhleCBkaWdpdHMnIH0pKSxcbn0pO1xuXG5jb25zdCBsb2NrZmlsZVNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgbG9ja2ZpbGVWZXJzaW9uOiB6LmxpdGVyYWwoMSwgeyBlcnJvcjogJ211c3QgYmUgMSAodGhlIG9ubHkgbG9ja2ZpbGUgZm9ybWF0IHRoZXJlIGlzKScgfSksXG4gIHByb21wdHM6IHoucmVjb3JkKFxuICAgIHpcbiAgICAgIC5zdHJpbmcoKVxuICAgICAgLmNoZWNrKHoucmVmaW5lKChuYW1lKSA9PiBleHBsYWluSW52YWxpZE5hbWUobmFtZSkgPT09IHVuZGVmaW5lZCwgeyBlcnJvcjogJ2lzIG5vdCBhIHZhbGlkIHByb21wdCBuYW1lJyB9KSksXG4gICAgbG9ja2VkUHJvbXB0U2NoZW1hLFxuICApLFxufSk7XG5cbi8qKlxuICogVmFsaWRhdGUgcGFyc2VkIEpTT04gYXMgYSBsb2NrZmlsZS5cbiAqXG4gKiBAcGFyYW0gZmlsZSAtIHdoZXJlIHRoZSBKU09OIGNhbWUgZnJvbSwgbmFtZWQgaW4gZXJyb3JzLlxuICogQHRocm93cyB7QGxpbmsgQ29uZmlnRXJyb3J9IG5hbWluZyB0aGUgZmlsZSBhbmQgZmllbGQsIGUuZy4gYHByb21wdHNbXCJhXCJdLmhhc2hgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VMb2NrZmlsZSh2YWx1ZTogdW5rbm93biwgZmlsZT86IHN0cmluZyk6IExvY2tmaWxlIHtcbiAgY29uc3QgY29udGV4dCA9IHtcbiAgICByb290OiBmaWxlID09PSB1bmRlZmluZWQgPyAnbG9ja2ZpbGUnIDogJycsXG4gICAgLi4uKGZpbGUgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBmaWxlIH0pLFxuICAgIGhpbnRzOiB7ICcnOiAncnVuIFwicHJvbXB0b3BzIGxvY2tcIiB0byB3cml0ZSBhIGZyZXNoIGxvY2tmaWxlJyB9LFxuICAgIGtub3duS2V5czogeyAnJzogWydsb2NrZmlsZVZlcnNpb24nLCAncHJvbXB0cyddIH0sXG4gIH07XG4gIHJldHVybiB2YWxpZGF0ZU9yVGhyb3cobG9ja2ZpbGVTY2hlbWEsIHZhbHVlLCBjb250ZXh0KSBhcyBMb2NrZmlsZTtcbn1cblxuLyoqIE9wdGlvbnMgb2Yge0BsaW5rIGNyZWF0ZUxvY2tmaWxlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ3JlYXRlTG9ja2ZpbGVPcHRpb25zIHtcbiAgLyoqXG4gICAqIFNlbGVjdG9yIGZvciBuYW1lcyB0aGF0IGhhdmUgbm8gcGluLlxuICAgKiBAZGVmYXVsdCAnbGF0ZXN0J1xuICAgKi9cbiAgZGVmYXVsdFNlbGVjdG9yPzogc3RyaW5nO1xuICAvKipcbiAgICogQWxzbyBsb2NrIHRoZSBwYXJ0aWFscyB0aGUgbG9ja2VkIHByb21wdHMgaW5jbHVkZSAodGhlaXIgcGluIG9yIGAnbGF0ZXN0J2ApLCByZWN1cnNpdmVseSwgc29cbiAgICogdGhhdCBhIGxvY2tlZCBwcm9tcHQgcmVuZGVycyB0aGUgc2FtZSB0ZXh0IGV2ZXJ5d2hlcmUuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIGluY2x1ZGVQYXJ0aWFscz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogUmVzb2x2ZSBldmVyeSBuYW1lIGFnYWluc3QgdGhlIHN0b3JlIGFuZCB3cml0ZSBkb3duIHRoZSB2ZXJzaW9uIGFuZCBoYXNoIGl0IHBpY2tzOiB3aGF0XG4gKiBgcHJvbXB0b3BzIGxvY2tgIHNhdmVzIGFzIGBwcm9tcHRvcHMubG9jay5qc29uYC5cbiAqXG4gKiBAcGFyYW0gc3RvcmUgLSB0aGUgc3RvcmUgdG8gcmVzb2x2ZSBhZ2FpbnN0LlxuICogQHBhcmFtIHBpbnMgLSBzZWxlY3RvcnMgYnkgbmFtZSAoYHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9YCk7IG5hbWVzIHdpdGhvdXQgYSBwaW4gdXNlXG4gKiAgIGBvcHRpb25zLmRlZmF1bHRTZWxlY3RvcmAuXG4gKiBAcGFyYW0gbmFtZXMgLSBuYW1lcyAob3IgYG5hbWVAc2VsZWN0b3JgIHNwZWNzKSB0byBsb2NrLiBEZWZhdWx0OiBldmVyeSBuYW1lIG9mIGBzdG9yZS5saXN0KClgXG4gKiAgIHBsdXMgdGhlIHBpbm5lZCBuYW1lczsgYSBzdG9yZSB3aXRob3V0IGBsaXN0KClgIGxvY2tzIHRoZSBwaW5uZWQgbmFtZXMgb25seS5cbiAqIEB0aHJvd3MgdGhlIHN0b3JlJ3MgZXJyb3JzIChgUHJvbXB0Tm90Rm91bmRFcnJvcmAsIGBWZXJzaW9uTm90Rm91bmRFcnJvcmAsIGBTdG9yZUVycm9yYCxcbiAqICAgYEludGVncml0eUVycm9yYCBmb3IgYSByZWNvcmQgd2hvc2UgaGFzaCBkb2VzIG5vdCBtYXRjaCBpdHMgY29udGVudCksIG9yIGEgYENvbmZpZ0Vycm9yYCB3aGVuXG4gKiAgIHRoZXJlIGlzIG5vdGhpbmcgdG8gbG9jay5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgbG9jayA9IGF3YWl0IGNyZWF0ZUxvY2tmaWxlKHN0b3JlLCB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfSk7XG4gKiBhd2FpdCB3cml0ZUZpbGUoJ3Byb21wdG9wcy5sb2NrLmpzb24nLCBgJHtKU09OLnN0cmluZ2lmeShsb2NrLCBudWxsLCAyKX1cXG5gKTtcbiAqIGBgYFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY3JlYXRlTG9ja2ZpbGUoXG4gIHN0b3JlOiBQcm9tcHRTdG9yZSxcbiAgcGluczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7fSxcbiAgbmFtZXM/OiByZWFkb25seSBzdHJpbmdbXSxcbiAgb3B0aW9uczogQ3JlYXRlTG9ja2ZpbGVPcHRpb25zID0ge30sXG4pOiBQcm9taXNlPExvY2tmaWxlPiB7XG4gIGNvbnN0IGRlZmF1bHRTZWxlY3RvciA9IG9wdGlvbnMuZGVmYXVsdFNlbGVjdG9yID8/ICdsYXRlc3QnO1xuICBjb25zdCBpbmNsdWRlUGFydGlhbHMgPSBvcHRpb25zLmluY2x1ZGVQYXJ0aWFscyA/PyB0cnVlO1xuICBjb25zdCBzcGVjcyA9IG5hbWVzID09PSB1bmRlZmluZWQgPyBhd2FpdCBkZWZhdWx0TmFtZXMoc3RvcmUsIHBpbnMpIDogWy4uLm5hbWVzXTtcbiAgY29uc3Qgd2FudGVkID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBzcGVjIG9mIHNwZWNzKSB7XG4gICAgY29uc3QgeyBuYW1lLCBzZWxlY3RvciB9ID0gcGFyc2VTcGVjKHNwZWMpO1xuICAgIHdhbnRlZC5zZXQobmFtZSwgc2VsZWN0b3IgPz8gb3duVmFsdWUocGlucywgbmFtZSkgPz8gZGVmYXVsdFNlbGVjdG9yKTtcbiAgfVxuICBjb25zdCBsb2NrZWQgPSBuZXcgTWFwPHN0cmluZywgTG9ja2VkUHJvbXB0PigpO1xuICBsZXQgcXVldWUgPSBbLi4ud2FudGVkLmVudHJpZXMoKV07XG4gIHdoaWxlIChxdWV1ZS5sZW5ndGggPiAwKSB7XG4gICAgY29uc3QgcmVzdWx0cyA9IGF3YWl0IFByb21pc2UuYWxsKFxuICAgICAgcXVldWUubWFwKGFzeW5jIChbbmFtZSwgc2VsZWN0b3JdKSA9PiB7XG4gICAgICAgIGNvbnN0IHJlY29yZCA9IGF3YWl0IGZldGNoUmVjb3JkKHN0b3JlLCBuYW1lLCBzZWxlY3Rvcik7XG4gICAgICAgIGNvbnN0IGhhc2ggPSBhd2FpdCBjaGVja0ludGVncml0eShyZWNvcmQpO1xuICAgICAgICByZXR1cm4geyBuYW1lLCBzZWxlY3RvciwgcmVjb3JkLCBoYXNoIH07XG4gICAgICB9KSxcbiAgICApO1xuICAgIGNvbnN0IG5leHQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICAgIGZvciAoY29uc3QgeyBuYW1lLCBzZWxlY3RvciwgcmVjb3JkLCBoYXNoIH0gb2YgcmVzdWx0cykge1xuICAgICAgbG9ja2VkLnNldChuYW1lLCB7IHNlbGVjdG9yLCB2ZXJzaW9uOiByZWNvcmQudmVyc2lvbiwgaGFzaCB9KTtcbiAgICAgIGlmICghaW5jbHVkZVBhcnRpYWxzKSBjb250aW51ZTtcbiAgICAgIGZvciAoY29uc3QgcGFydGlhbCBvZiBwYXJ0aWFsTmFtZXNPZihyZWNvcmQpKSB7XG4gICAgICAgIGlmICghbG9ja2VkLmhhcyhwYXJ0aWFsKSAmJiAhd2FudGVkLmhhcyhwYXJ0aWFsKSkgbmV4dC5zZXQocGFydGlhbCwgb3duVmFsdWUocGlucywgcGFydGlhbCkgPz8gJ2xhdGVzdCcpO1xuICAgICAgfVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBzZWxlY3Rvcl0gb2YgbmV4dCkgd2FudGVkLnNldChuYW1lLCBzZWxlY3Rvcik7XG4gICAgcXVldWUgPSBbLi4ubmV4dC5lbnRyaWVzKCldO1xuICB9XG4gIGNvbnN0IHByb21wdHM6IFJlY29yZDxzdHJpbmcsIExvY2tlZFByb21wdD4gPSB7fTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIFsuLi5sb2NrZWQua2V5cygpXS5zb3J0KCkpIHtcbiAgICBjb25zdCBlbnRyeSA9IGxvY2tlZC5nZXQobmFtZSk7XG4gICAgaWYgKGVudHJ5ICE9PSB1bmRlZmluZWQpIHByb21wdHNbbmFtZV0gPSBlbnRyeTtcbiAgfVxuICByZXR1cm4geyBsb2NrZmlsZVZlcnNpb246IDEsIHByb21wdHMgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gZGVmYXVsdE5hbWVzKHN0b3JlOiBQcm9tcHRTdG9yZSwgcGluczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4pOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGNvbnN0IG5hbWVzID0gbmV3IFNldChPYmplY3Qua2V5cyhwaW5zKSk7XG4gIGlmICh0eXBlb2Ygc3RvcmUubGlzdCA9PT0gJ2Z1bmN0aW9uJykgZm9yIChjb25zdCBuYW1lIG9mIGF3YWl0IHN0b3JlLmxpc3QoKSkgbmFtZXMuYWRkKG5hbWUpO1xuICBpZiAobmFtZXMuc2l6ZSA9PT0gMCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIGBub3RoaW5nIHRvIGxvY2s6IHRoZSAke3N0b3JlLm5hbWV9IHN0b3JlICR7dHlwZW9mIHN0b3JlLmxpc3QgPT09ICdmdW5jdGlvbicgPyAnaXMgZW1wdHknIDogJ2Nhbm5vdCBsaXN0IGl0cyBuYW1lcyd9IGFuZCBubyBwaW5zIGFyZSBnaXZlbjsgYCArXG4gICAgICAgICdwYXNzIHRoZSBuYW1lcyB0byBsb2NrLCBvciBhZGQgcGlucycsXG4gICAgICB7IG9wdGlvbjogJ25hbWVzJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIFsuLi5uYW1lc10uc29ydCgpO1xufVxuXG4vKiogVGhlIGxvY2tlZCBoYXNoIGZvciBgbmFtZUB2ZXJzaW9uYCwgd2hlbiB0aGUgbG9ja2ZpbGUgbG9ja3MgdGhhdCB2ZXJ5IHZlcnNpb24uICovXG5leHBvcnQgZnVuY3Rpb24gbG9ja2VkSGFzaChsb2NrZmlsZTogTG9ja2ZpbGUgfCB1bmRlZmluZWQsIG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZW50cnkgPSBsb2NrZmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogb3duVmFsdWUobG9ja2ZpbGUucHJvbXB0cywgbmFtZSk7XG4gIHJldHVybiBlbnRyeSAhPT0gdW5kZWZpbmVkICYmIGVudHJ5LnZlcnNpb24gPT09IHZlcnNpb24gPyBlbnRyeS5oYXNoIDogdW5kZWZpbmVkO1xufVxuXG4vKipcbiAqIGByZWNvcmRba2V5XWAgd2hlbiBga2V5YCBpcyB0aGUgcmVjb3JkJ3Mgb3duIHByb3BlcnR5OiBwcm9tcHQgbmFtZXMgc3VjaCBhcyBgY29uc3RydWN0b3JgIG11c3RcbiAqIG5ldmVyIHJlYWQgYE9iamVjdC5wcm90b3R5cGVgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gb3duVmFsdWU8VD4ocmVjb3JkOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBUPj4sIGtleTogc3RyaW5nKTogVCB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBPYmplY3QuaGFzT3duKHJlY29yZCwga2V5KSA/IHJlY29yZFtrZXldIDogdW5kZWZpbmVkO1xufVxuIiwgIi8qKlxuICogVHVybnMgYHpvZC9taW5pYCB2YWxpZGF0aW9uIGlzc3VlcyBpbnRvIG9uZSB7QGxpbmsgQ29uZmlnRXJyb3J9IHRoYXQgbmFtZXMgdGhlIG9wdGlvbiBwYXRoIGFuZFxuICogc2F5cyBob3cgdG8gZml4IGl0LiBgem9kL21pbmlgIHNoaXBzIG5vIEVuZ2xpc2ggbWVzc2FnZXMsIHNvIHRoZSB3b3JkaW5nIGlzIG91cnMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBzdWdnZXN0TmFtZXMgfSBmcm9tICcuLi9zdG9yZXMvcmVzb2x2ZS5qcyc7XG5cbnR5cGUgSXNzdWUgPSB6LmNvcmUuJFpvZElzc3VlO1xuXG4vKiogV2hhdCBgem9kL21pbmlgIHNheXMgd2hlbiBubyBtZXNzYWdlIHdhcyBjb25maWd1cmVkLiAqL1xuY29uc3QgREVGQVVMVF9NRVNTQUdFID0gJ0ludmFsaWQgaW5wdXQnO1xuXG4vKiogSG93IHRvIGRlc2NyaWJlIG9uZSBzY2hlbWEgaW4gZXJyb3IgbWVzc2FnZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIFZhbGlkYXRpb25Db250ZXh0IHtcbiAgLyoqIFByZWZpeCBvZiBldmVyeSBvcHRpb24gcGF0aCwgZS5nLiBgJ3NuYXBzaG90J2AuICovXG4gIHJvb3Q/OiBzdHJpbmc7XG4gIC8qKiBUaGUgY29uZmlnIGZpbGUgdGhlIHZhbHVlIGNhbWUgZnJvbS4gKi9cbiAgZmlsZT86IHN0cmluZztcbiAgLyoqIEZpeCBoaW50cyBieSBvcHRpb24gcGF0aCAoYCdjYWNoZS50dGxNcydgKSwgc2hvd24gYWZ0ZXIgdGhlIHByb2JsZW0uICovXG4gIGhpbnRzPzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj47XG4gIC8qKiBLbm93biBrZXlzIGJ5IG9iamVjdCBwYXRoIChgJydgIGZvciB0aGUgcm9vdCksIHVzZWQgdG8gc3VnZ2VzdCBhIGZpeCBmb3IgYW4gdW5rbm93biBrZXkuICovXG4gIGtub3duS2V5cz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IHN0cmluZ1tdPj47XG59XG5cbi8qKiBQYXJzZSBgdmFsdWVgIHdpdGggYHNjaGVtYWAsIG9yIHRocm93IGEge0BsaW5rIENvbmZpZ0Vycm9yfSBkZXNjcmliaW5nIGV2ZXJ5IHByb2JsZW0uICovXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVPclRocm93PFQ+KHNjaGVtYTogei5ab2RNaW5pVHlwZTxUPiwgdmFsdWU6IHVua25vd24sIGNvbnRleHQ6IFZhbGlkYXRpb25Db250ZXh0KTogVCB7XG4gIGNvbnN0IHJlc3VsdCA9IHNjaGVtYS5zYWZlUGFyc2UodmFsdWUsIHsgcmVwb3J0SW5wdXQ6IHRydWUgfSk7XG4gIGlmIChyZXN1bHQuc3VjY2VzcykgcmV0dXJuIHJlc3VsdC5kYXRhO1xuICB0aHJvdyBpc3N1ZXNUb0NvbmZpZ0Vycm9yKHJlc3VsdC5lcnJvci5pc3N1ZXMsIGNvbnRleHQpO1xufVxuXG4vKiogQnVpbGQgdGhlIHtAbGluayBDb25maWdFcnJvcn0gZm9yIGEgbGlzdCBvZiBpc3N1ZXM6IHRoZSBmaXJzdCBvbmUgbmFtZXMgdGhlIG9wdGlvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc3N1ZXNUb0NvbmZpZ0Vycm9yKGlzc3VlczogcmVhZG9ubHkgSXNzdWVbXSwgY29udGV4dDogVmFsaWRhdGlvbkNvbnRleHQpOiBDb25maWdFcnJvciB7XG4gIGNvbnN0IGZsYXQgPSBmbGF0dGVuKGlzc3VlcywgW10pO1xuICBjb25zdCBkZXNjcmliZWQgPSBmbGF0Lm1hcCgoZikgPT4gZGVzY3JpYmUoZi5pc3N1ZSwgZi5wYXRoLCBjb250ZXh0KSk7XG4gIGNvbnN0IGZpcnN0ID0gZGVzY3JpYmVkWzBdID8/IHsgb3B0aW9uOiBjb250ZXh0LnJvb3QgPz8gJyhvcHRpb25zKScsIHRleHQ6ICdpcyBpbnZhbGlkJyB9O1xuICBjb25zdCBtb3JlID0gZGVzY3JpYmVkLnNsaWNlKDEpLm1hcCgoZCkgPT4gYDsgb3B0aW9uIFwiJHtkLm9wdGlvbn1cIjogJHtkLnRleHR9YCk7XG4gIHJldHVybiBuZXcgQ29uZmlnRXJyb3IoYCR7Zmlyc3QudGV4dH0ke21vcmUuam9pbignJyl9YCwgeyBvcHRpb246IGZpcnN0Lm9wdGlvbiwgZmlsZTogY29udGV4dC5maWxlIH0pO1xufVxuXG5pbnRlcmZhY2UgRmxhdElzc3VlIHtcbiAgaXNzdWU6IElzc3VlO1xuICBwYXRoOiBQcm9wZXJ0eUtleVtdO1xufVxuXG4vKiogVW5pb25zIHJlcG9ydCBvbmUgaXNzdWUgcGVyIGJyYW5jaDoga2VlcCB0aGUgYnJhbmNoIHRoYXQgZ290IGZ1cnRoZXN0IChkZWVwZXN0IHBhdGgpLiAqL1xuZnVuY3Rpb24gZmxhdHRlbihpc3N1ZXM6IHJlYWRvbmx5IElzc3VlW10sIHByZWZpeDogUHJvcGVydHlLZXlbXSk6IEZsYXRJc3N1ZVtdIHtcbiAgY29uc3Qgb3V0OiBGbGF0SXNzdWVbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGlzc3VlIG9mIGlzc3Vlcykge1xuICAgIGNvbnN0IHBhdGggPSBbLi4ucHJlZml4LCAuLi5pc3N1ZS5wYXRoXTtcbiAgICBpZiAoaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdW5pb24nICYmIGlzc3VlLmVycm9ycy5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBiZXN0ID0gWy4uLmlzc3VlLmVycm9yc10uc29ydCgoYSwgYikgPT4gZGVwdGgoYikgLSBkZXB0aChhKSlbMF0gPz8gW107XG4gICAgICBpZiAoZGVwdGgoYmVzdCkgPiAwKSB7XG4gICAgICAgIG91dC5wdXNoKC4uLmZsYXR0ZW4oYmVzdCwgcGF0aCkpO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICB9XG4gICAgb3V0LnB1c2goeyBpc3N1ZSwgcGF0aCB9KTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBkZXB0aChpc3N1ZXM6IHJlYWRvbmx5IElzc3VlW10pOiBudW1iZXIge1xuICBsZXQgbWF4ID0gMDtcbiAgZm9yIChjb25zdCBpc3N1ZSBvZiBpc3N1ZXMpIHtcbiAgICBjb25zdCBkID0gaXNzdWUucGF0aC5sZW5ndGggKyAoaXNzdWUuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJyA/IDEgOiAwKTtcbiAgICBpZiAoZCA+IG1heCkgbWF4ID0gZDtcbiAgfVxuICByZXR1cm4gbWF4O1xufVxuXG5mdW5jdGlvbiBqb2luUGF0aChyb290OiBzdHJpbmcgfCB1bmRlZmluZWQsIHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gcm9vdCA/PyAnJztcbiAgZm9yIChjb25zdCBrZXkgb2YgcGF0aCkge1xuICAgIGNvbnN0IHRleHQgPSBTdHJpbmcoa2V5KTtcbiAgICBpZiAodHlwZW9mIGtleSA9PT0gJ251bWJlcicpIG91dCArPSBgWyR7dGV4dH1dYDtcbiAgICBlbHNlIGlmICgvXltBLVphLXpfJF1bXFx3JF0qJC8udGVzdCh0ZXh0KSkgb3V0ICs9IG91dCA9PT0gJycgPyB0ZXh0IDogYC4ke3RleHR9YDtcbiAgICBlbHNlIG91dCArPSBgWyR7SlNPTi5zdHJpbmdpZnkodGV4dCl9XWA7XG4gIH1cbiAgcmV0dXJuIG91dCA9PT0gJycgPyAnKG9wdGlvbnMpJyA6IG91dDtcbn1cblxuZnVuY3Rpb24gZGVzY3JpYmUoaXNzdWU6IElzc3VlLCBwYXRoOiBQcm9wZXJ0eUtleVtdLCBjb250ZXh0OiBWYWxpZGF0aW9uQ29udGV4dCk6IHsgb3B0aW9uOiBzdHJpbmc7IHRleHQ6IHN0cmluZyB9IHtcbiAgY29uc3Qgb3B0aW9uID0gam9pblBhdGgoY29udGV4dC5yb290LCBwYXRoKTtcbiAgY29uc3QgaGludCA9IGNvbnRleHQuaGludHM/LltzdHJpcFJvb3Qob3B0aW9uLCBjb250ZXh0LnJvb3QpXSA/PyBjb250ZXh0LmhpbnRzPy5bZ2VuZXJpY1BhdGgocGF0aCldO1xuICBjb25zdCBzdWZmaXggPSBoaW50ID8gYDogJHtoaW50fWAgOiAnJztcbiAgaWYgKGlzc3VlLmNvZGUgPT09ICdpbnZhbGlkX2tleScgJiYgaXNzdWUuaXNzdWVzLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCBpbm5lciA9IGlzc3VlLmlzc3Vlc1swXTtcbiAgICBjb25zdCBtZXNzYWdlID0gaW5uZXI/Lm1lc3NhZ2UgJiYgaW5uZXIubWVzc2FnZSAhPT0gREVGQVVMVF9NRVNTQUdFID8gaW5uZXIubWVzc2FnZSA6ICdpcyBub3QgYSB2YWxpZCBrZXknO1xuICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYCR7bWVzc2FnZX0ke3N1ZmZpeH1gIH07XG4gIH1cbiAgaWYgKGlzc3VlLmNvZGUgIT09ICd1bnJlY29nbml6ZWRfa2V5cycgJiYgaXNzdWUubWVzc2FnZSAmJiBpc3N1ZS5tZXNzYWdlICE9PSBERUZBVUxUX01FU1NBR0UpIHtcbiAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGAke2lzc3VlLm1lc3NhZ2V9JHtzdWZmaXh9YCB9O1xuICB9XG4gIHN3aXRjaCAoaXNzdWUuY29kZSkge1xuICAgIGNhc2UgJ3VucmVjb2duaXplZF9rZXlzJzoge1xuICAgICAgY29uc3Qga25vd24gPSBjb250ZXh0Lmtub3duS2V5cz8uW3BhdGgubWFwKFN0cmluZykuam9pbignLicpXSA/PyBbXTtcbiAgICAgIGNvbnN0IHBhcnRzID0gaXNzdWUua2V5cy5tYXAoKGtleSkgPT4ge1xuICAgICAgICBjb25zdCBjbG9zZSA9IHN1Z2dlc3ROYW1lcyhrZXkudG9Mb3dlckNhc2UoKSwga25vd24sIHsgbWF4OiAxLCBtYXhEaXN0YW5jZVJhdGlvOiAwLjUgfSk7XG4gICAgICAgIHJldHVybiBjbG9zZVswXSA/IGBcIiR7a2V5fVwiIChkaWQgeW91IG1lYW4gXCIke2Nsb3NlWzBdfVwiPylgIDogYFwiJHtrZXl9XCJgO1xuICAgICAgfSk7XG4gICAgICBjb25zdCBsaXN0ID0ga25vd24ubGVuZ3RoID4gMCA/IGAgS25vd24gb3B0aW9uczogJHtrbm93bi5qb2luKCcsICcpfS5gIDogJyc7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBvcHRpb246IGpvaW5QYXRoKGNvbnRleHQucm9vdCwgWy4uLnBhdGgsIGlzc3VlLmtleXNbMF0gPz8gJyddKSxcbiAgICAgICAgdGV4dDogYHVua25vd24gb3B0aW9uJHtpc3N1ZS5rZXlzLmxlbmd0aCA+IDEgPyAncycgOiAnJ30gJHtwYXJ0cy5qb2luKCcsICcpfTsgcmVtb3ZlIGl0IG9yIGZpeCBpdHMgc3BlbGxpbmcuJHtsaXN0fWAsXG4gICAgICB9O1xuICAgIH1cbiAgICBjYXNlICdpbnZhbGlkX3R5cGUnOiB7XG4gICAgICBjb25zdCBnb3QgPSAnaW5wdXQnIGluIGlzc3VlID8gdHlwZU5hbWUoaXNzdWUuaW5wdXQpIDogJ2Fub3RoZXIgdHlwZSc7XG4gICAgICBjb25zdCB3aGF0ID0gaXNzdWUuaW5wdXQgPT09IHVuZGVmaW5lZCA/ICdpcyByZXF1aXJlZCcgOiBgbXVzdCBiZSAke2FydGljbGUoaXNzdWUuZXhwZWN0ZWQpfSwgZ290ICR7Z290fWA7XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGAke3doYXR9JHtzdWZmaXh9YCB9O1xuICAgIH1cbiAgICBjYXNlICd0b29fc21hbGwnOlxuICAgICAgcmV0dXJuIHtcbiAgICAgICAgb3B0aW9uLFxuICAgICAgICB0ZXh0OiBgbXVzdCBiZSAke2lzc3VlLmluY2x1c2l2ZSA9PT0gZmFsc2UgPyAnZ3JlYXRlciB0aGFuJyA6ICdhdCBsZWFzdCd9ICR7U3RyaW5nKGlzc3VlLm1pbmltdW0pfSR7c3VmZml4fWAsXG4gICAgICB9O1xuICAgIGNhc2UgJ3Rvb19iaWcnOlxuICAgICAgcmV0dXJuIHtcbiAgICAgICAgb3B0aW9uLFxuICAgICAgICB0ZXh0OiBgbXVzdCBiZSAke2lzc3VlLmluY2x1c2l2ZSA9PT0gZmFsc2UgPyAnbGVzcyB0aGFuJyA6ICdhdCBtb3N0J30gJHtTdHJpbmcoaXNzdWUubWF4aW11bSl9JHtzdWZmaXh9YCxcbiAgICAgIH07XG4gICAgY2FzZSAnaW52YWxpZF92YWx1ZSc6XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGBtdXN0IGJlIG9uZSBvZiAke2lzc3VlLnZhbHVlcy5tYXAoKHYpID0+IEpTT04uc3RyaW5naWZ5KHYpKS5qb2luKCcsICcpfSR7c3VmZml4fWAgfTtcbiAgICBjYXNlICdpbnZhbGlkX2Zvcm1hdCc6XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGBtdXN0IGJlIGEgdmFsaWQgJHtpc3N1ZS5mb3JtYXR9JHtzdWZmaXh9YCB9O1xuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4geyBvcHRpb24sIHRleHQ6IGBpcyBpbnZhbGlkJHtzdWZmaXh9YCB9O1xuICB9XG59XG5cbmZ1bmN0aW9uIHN0cmlwUm9vdChvcHRpb246IHN0cmluZywgcm9vdDogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHtcbiAgaWYgKHJvb3QgPT09IHVuZGVmaW5lZCB8fCByb290ID09PSAnJykgcmV0dXJuIG9wdGlvbjtcbiAgcmV0dXJuIG9wdGlvbi5zdGFydHNXaXRoKGAke3Jvb3R9LmApID8gb3B0aW9uLnNsaWNlKHJvb3QubGVuZ3RoICsgMSkgOiBvcHRpb247XG59XG5cbi8qKiBgcGluc1tcImEvYlwiXWAgXHUyMTkyIGBwaW5zLipgLCBzbyB0aGF0IG9uZSBoaW50IGNhbiBhZGRyZXNzIGV2ZXJ5IGtleSBvZiBhIHJlY29yZC4gKi9cbmZ1bmN0aW9uIGdlbmVyaWNQYXRoKHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBzdHJpbmcge1xuICByZXR1cm4gcGF0aC5tYXAoKGtleSwgaSkgPT4gKGkgPT09IHBhdGgubGVuZ3RoIC0gMSAmJiBpID4gMCA/ICcqJyA6IFN0cmluZyhrZXkpKSkuam9pbignLicpO1xufVxuXG5mdW5jdGlvbiBhcnRpY2xlKGV4cGVjdGVkOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoZXhwZWN0ZWQgPT09ICdvYmplY3QnIHx8IGV4cGVjdGVkID09PSAnYXJyYXknIHx8IGV4cGVjdGVkID09PSAnaW50JylcbiAgICByZXR1cm4gYGFuICR7ZXhwZWN0ZWQgPT09ICdpbnQnID8gJ2ludGVnZXInIDogZXhwZWN0ZWR9YDtcbiAgcmV0dXJuIGBhICR7ZXhwZWN0ZWR9YDtcbn1cblxuLyoqIGB0eXBlb2ZgLCB3aXRoIGBudWxsYCBhbmQgYXJyYXlzIHRvbGQgYXBhcnQuICovXG5leHBvcnQgZnVuY3Rpb24gdHlwZU5hbWUodmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwpIHJldHVybiAnbnVsbCc7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuICdhbiBhcnJheSc7XG4gIHJldHVybiB0eXBlb2YgdmFsdWU7XG59XG4iLCAiLyoqXG4gKiBPcHRpb25zIG9mIGBjcmVhdGVQcm9tcHRDbGllbnRgLCBhbmQgdGhlaXIgdmFsaWRhdGlvbiAod2l0aCBgem9kL21pbmlgLCBhdCBjb25zdHJ1Y3Rpb246IGEgYmFkXG4gKiBvcHRpb24gaXMgYSBgQ29uZmlnRXJyb3JgIG5hbWluZyB0aGUgb3B0aW9uIHBhdGggYW5kIHRoZSBmaXgpLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB7IHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcbmltcG9ydCB0eXBlIHsgTGlzdGVuZXJFcnJvckhhbmRsZXIgfSBmcm9tICcuLi90ZWxlbWV0cnkvZW1pdHRlci5qcyc7XG5pbXBvcnQgdHlwZSB7XG4gIEFzc2lnbm1lbnRFdmVudCxcbiAgRXJyb3JFdmVudCxcbiAgRmV0Y2hFdmVudCxcbiAgT3V0Y29tZUV2ZW50LFxuICBQcm9tcHRFdmVudCxcbiAgUmVmcmVzaEV2ZW50LFxuICBSZW5kZXJFdmVudCxcbn0gZnJvbSAnLi4vdGVsZW1ldHJ5L2V2ZW50cy5qcyc7XG5pbXBvcnQgeyB0eXBlIExvY2tmaWxlLCBwYXJzZUxvY2tmaWxlIH0gZnJvbSAnLi9sb2NrZmlsZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFNuYXBzaG90QWRhcHRlciB9IGZyb20gJy4vc25hcHNob3QuanMnO1xuaW1wb3J0IHsgdmFsaWRhdGVPclRocm93IH0gZnJvbSAnLi92YWxpZGF0ZS5qcyc7XG5cbi8qKiBDYWNoZSBzZXR0aW5ncy4gU2VlIERFU0lHTi5tZCBzZWN0aW9uIDYsIFwiQ2FjaGluZyBhbmQgZmFpbHVyZVwiLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDYWNoZU9wdGlvbnMge1xuICAvKipcbiAgICogTW9zdCBjb21waWxlZCBwcm9tcHQgdmVyc2lvbnMga2VwdCAoYG5hbWVAdmVyc2lvbmAsIGxlYXN0IHJlY2VudGx5IHVzZWQgZHJvcHBlZCBmaXJzdCk7IGFsc29cbiAgICogdGhlIG1vc3QgZmxvYXRpbmcgc2VsZWN0b3JzIChgbmFtZUBzZWxlY3RvcmAgXHUyMTkyIHZlcnNpb24pIHJlbWVtYmVyZWQuXG4gICAqIEBkZWZhdWx0IDEwMDBcbiAgICovXG4gIG1heD86IG51bWJlcjtcbiAgLyoqXG4gICAqIEhvdyBsb25nIGEgZmxvYXRpbmcgc2VsZWN0b3IgKHJhbmdlLCBsYWJlbCwgYGxhdGVzdGAsIGJhcmUgbmFtZSkgc3RheXMgZnJlc2gsIGluIG1zLiBBZnRlclxuICAgKiB0aGF0IGl0IGlzIHNlcnZlZCBzdGFsZSB3aGlsZSBvbmUgYmFja2dyb3VuZCByZWZyZXNoIHJ1bnMuIEV4YWN0IHZlcnNpb25zIG5ldmVyIGdvIHN0YWxlLlxuICAgKiBAZGVmYXVsdCA2MF8wMDBcbiAgICovXG4gIHR0bE1zPzogbnVtYmVyO1xuICAvKipcbiAgICogSG93IGxvbmcgYSBzZWxlY3RvciBtYXkgYmUgc2VydmVkIHN0YWxlIGFmdGVyIGl0IHdlbnQgc3RhbGUsIGluIG1zLCB3aGlsZSByZWZyZXNoZXMgZmFpbC5cbiAgICogUGFzdCB0aGF0LCB0aGUgbmV4dCBjYWxsIGdvZXMgdG8gdGhlIHN0b3JlIGluIHRoZSBmb3JlZ3JvdW5kIChhbmQgZmFpbHMgaWYgdGhlIHN0b3JlIGRvZXMpLlxuICAgKiBAZGVmYXVsdCA4Nl80MDBfMDAwIChvbmUgZGF5KVxuICAgKi9cbiAgbWF4U3RhbGVNcz86IG51bWJlcjtcbn1cblxuLyoqIEEgc291cmNlIG9mIHRpbWUgaW4gbXM7IGluamVjdCBhIGZha2Ugb25lIGluIHRlc3RzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDbG9jayB7XG4gIC8qKiBDdXJyZW50IHRpbWUgaW4gbXMgKG9ubHkgZGlmZmVyZW5jZXMgbWF0dGVyKS4gKi9cbiAgbm93KCk6IG51bWJlcjtcbn1cblxuLyoqIFRpbWVyIGZ1bmN0aW9uczsgaW5qZWN0IGZha2VzIGluIHRlc3RzLiBIYW5kbGVzIHdpdGggYW4gYHVucmVmKClgIG1ldGhvZCBhcmUgdW5yZWYnZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGltZXJzIHtcbiAgLyoqIENhbGwgYGNhbGxiYWNrYCBvbmNlIGFmdGVyIGBtc2A7IHJldHVybnMgYSBoYW5kbGUgZm9yIGBjbGVhclRpbWVvdXRgLiAqL1xuICBzZXRUaW1lb3V0KGNhbGxiYWNrOiAoKSA9PiB2b2lkLCBtczogbnVtYmVyKTogdW5rbm93bjtcbiAgLyoqIENhbmNlbCBhIHBlbmRpbmcgYHNldFRpbWVvdXRgLiAqL1xuICBjbGVhclRpbWVvdXQoaGFuZGxlOiB1bmtub3duKTogdm9pZDtcbn1cblxuLyoqXG4gKiBFdmVudCBob29rcywgcmVnaXN0ZXJlZCBhdCBjb25zdHJ1Y3Rpb24uIGBvbkV2ZW50YCByZWNlaXZlcyBldmVyeSBldmVudDsgdGhlIHBlci10eXBlIGhvb2tzXG4gKiByZWNlaXZlIHRoZWlyIHR5cGUgb25seS4gQSBob29rIHRoYXQgdGhyb3dzIG9yIHJlamVjdHMgbmV2ZXIgYnJlYWtzIHRoZSBjYWxsZXIuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2xpZW50SG9va3Mge1xuICAvKiogRXZlcnkgZXZlbnQuICovXG4gIG9uRXZlbnQ/OiAoZXZlbnQ6IFByb21wdEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEEgYGdldFByb21wdGAgY2FsbCBzdWNjZWVkZWQuICovXG4gIG9uRmV0Y2g/OiAoZXZlbnQ6IEZldGNoRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQSBwcm9tcHQgd2FzIHJlbmRlcmVkLiAqL1xuICBvblJlbmRlcj86IChldmVudDogUmVuZGVyRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQSBiYWNrZ3JvdW5kIHJlZnJlc2ggZmluaXNoZWQgKGBva2Agc2F5cyBob3cpLiAqL1xuICBvblJlZnJlc2g/OiAoZXZlbnQ6IFJlZnJlc2hFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBbiBvcGVyYXRpb24gZmFpbGVkIChgZ2V0UHJvbXB0YCwgYHJlbmRlcmAsIGEgcmVmcmVzaCwgYSBzbmFwc2hvdCB3cml0ZVx1MjAyNikuICovXG4gIG9uRXJyb3I/OiAoZXZlbnQ6IEVycm9yRXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQW4gZXhwZXJpbWVudCBhc3NpZ25lZCBhIHZhcmlhbnQgKGV4cGVyaW1lbnRzIGFyZSBub3QgY29uZmlndXJhYmxlIHlldCkuICovXG4gIG9uQXNzaWdubWVudD86IChldmVudDogQXNzaWdubWVudEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEFuIG91dGNvbWUgd2FzIHJlY29yZGVkIChub3QgZW1pdHRlZCB5ZXQpLiAqL1xuICBvbk91dGNvbWU/OiAoZXZlbnQ6IE91dGNvbWVFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKlxuICAgKiBDYWxsZWQgd2l0aCB0aGUgZXJyb3Igd2hlbiBhIGhvb2sgb3IgbGlzdGVuZXIgdGhyb3dzIG9yIHJlamVjdHMsIG9uY2UgcGVyIGZhaWx1cmUuXG4gICAqIEBkZWZhdWx0IGEgYGNvbnNvbGUud2FybmAgdGhlIGZpcnN0IHRpbWUgZWFjaCBsaXN0ZW5lciBmYWlsc1xuICAgKi9cbiAgb25MaXN0ZW5lckVycm9yPzogTGlzdGVuZXJFcnJvckhhbmRsZXI7XG59XG5cbi8qKiBUZWxlbWV0cnkgc2V0dGluZ3MuICovXG5leHBvcnQgaW50ZXJmYWNlIFRlbGVtZXRyeU9wdGlvbnMge1xuICAvKipcbiAgICogUHV0IHRoZSB2YXJpYWJsZXMgcGFzc2VkIHRvIGByZW5kZXJgIGludG8gYHJlbmRlcmAgZXZlbnRzIChgaW5wdXRzYCkuIE9mZiBieSBkZWZhdWx0OiBpbnB1dHNcbiAgICogb2Z0ZW4gaG9sZCBwZXJzb25hbCBkYXRhLiBFdmVudCBgaW5wdXRLZXlzYCBhbHdheXMgbGlzdHMgdGhlIG5hbWVzLlxuICAgKiBAZGVmYXVsdCBmYWxzZVxuICAgKi9cbiAgaW5jbHVkZUlucHV0cz86IGJvb2xlYW47XG59XG5cbi8qKlxuICogT3B0aW9ucyBvZiBgY3JlYXRlUHJvbXB0Q2xpZW50YC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoe1xuICogICBzdG9yZTogbWVtb3J5U3RvcmUoW2dyZWV0aW5nXSksXG4gKiAgIHBpbnM6IHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9LFxuICogICBjYWNoZTogeyB0dGxNczogMzBfMDAwIH0sXG4gKiAgIGhvb2tzOiB7IG9uRXJyb3I6IChlKSA9PiBsb2cud2FybihlLmVycm9yKSB9LFxuICogfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRDbGllbnRPcHRpb25zIHtcbiAgLyoqIFdoZXJlIHByb21wdHMgY29tZSBmcm9tOiBgbWVtb3J5U3RvcmVgLCBgaHR0cFN0b3JlYCwgYGxhbmdmdXNlU3RvcmVgLCBgZmlsZVN0b3JlYCAoYHByb21wdG9wcy9mc2ApIG9yIHlvdXIgb3duLiAqL1xuICBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIC8qKlxuICAgKiBTZWxlY3RvciBwZXIgbmFtZSBmb3IgYmFyZSBuYW1lcyAoYGdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpYCk6IGB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfWAuXG4gICAqIEEgbG9ja2ZpbGUgZW50cnkgd2lucyBvdmVyIGEgcGluLlxuICAgKiBAZGVmYXVsdCB7fVxuICAgKi9cbiAgcGlucz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKlxuICAgKiBTZWxlY3RvciBmb3IgYmFyZSBuYW1lcyB0aGF0IGFyZSBuZWl0aGVyIGxvY2tlZCBub3IgcGlubmVkOiBhbiBleGFjdCB2ZXJzaW9uLCBhIHNlbXZlciByYW5nZSxcbiAgICogYSBsYWJlbCBvciBgJ2xhdGVzdCdgICh0aGUgaGlnaGVzdCBub24tcHJlcmVsZWFzZSB2ZXJzaW9uKS5cbiAgICogQGRlZmF1bHQgJ2xhdGVzdCdcbiAgICovXG4gIGRlZmF1bHRTZWxlY3Rvcj86IHN0cmluZztcbiAgLyoqXG4gICAqIEEgcGFyc2VkIGBwcm9tcHRvcHMubG9jay5qc29uYCAoc2VlIGBwYXJzZUxvY2tmaWxlYCkuIEEgbG9ja2VkIG5hbWUgbG9hZHMgZXhhY3RseSB0aGUgbG9ja2VkXG4gICAqIHZlcnNpb24gYW5kIG11c3QgaGF2ZSB0aGUgbG9ja2VkIGhhc2guIChBIHBhdGggaXMgYWNjZXB0ZWQgYnkgdGhlIE5vZGUgZW50cnkgb25seS4pXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gbG9ja2ZpbGUpXG4gICAqL1xuICBsb2NrZmlsZT86IExvY2tmaWxlO1xuICAvKipcbiAgICogQ2FjaGUgc2V0dGluZ3MsIG9yIGBmYWxzZWAgdG8gYXNrIHRoZSBzdG9yZSBvbiBldmVyeSBjYWxsIChjb25jdXJyZW50IGlkZW50aWNhbCBjYWxscyBzdGlsbCBzaGFyZSBvbmUgbG9hZCkuXG4gICAqIEBkZWZhdWx0IHsgbWF4OiAxMDAwLCB0dGxNczogNjBfMDAwLCBtYXhTdGFsZU1zOiA4Nl80MDBfMDAwIH1cbiAgICovXG4gIGNhY2hlPzogQ2FjaGVPcHRpb25zIHwgZmFsc2U7XG4gIC8qKlxuICAgKiBWYWxpZGF0ZSB2YXJpYWJsZXMgYmVmb3JlIHJlbmRlcmluZyAob25lIGBQcm9tcHRJbnB1dEVycm9yYCBsaXN0aW5nIGV2ZXJ5IHByb2JsZW0pLCBhbmQgdHJlYXQgYVxuICAgKiBtaXNzaW5nIHBhcnRpYWwgYXMgYSBgUHJvbXB0Rm9ybWF0RXJyb3JgLiBgZmFsc2VgIHJlbmRlcnMgbWlzc2luZyB2YXJpYWJsZXMgYW5kIHBhcnRpYWxzIGFzIGVtcHR5LlxuICAgKiBBIGBnZXRQcm9tcHRgIG9yIGByZW5kZXJgIGNhbGwgbWF5IG92ZXJyaWRlIGl0LlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xuICAvKipcbiAgICogRXZlbnQgaG9va3MuIE1vcmUgbGlzdGVuZXJzIGNhbiBiZSBhZGRlZCBsYXRlciB3aXRoIGBjbGllbnQub24odHlwZSwgbGlzdGVuZXIpYC5cbiAgICogQGRlZmF1bHQge31cbiAgICovXG4gIGhvb2tzPzogQ2xpZW50SG9va3M7XG4gIC8qKlxuICAgKiBUZWxlbWV0cnkgc2V0dGluZ3MuXG4gICAqIEBkZWZhdWx0IHsgaW5jbHVkZUlucHV0czogZmFsc2UgfVxuICAgKi9cbiAgdGVsZW1ldHJ5PzogVGVsZW1ldHJ5T3B0aW9ucztcbiAgLyoqXG4gICAqIFdoZXJlIHRvIHBlcnNpc3QgdGhlIGxhc3Qga25vd24gZ29vZCByZWNvcmRzLCB1c2VkIG9uIGEgY29sZCBzdGFydCB3aGVuIHRoZSBzdG9yZSBjYW5ub3QgYmVcbiAgICogcmVhY2hlZDogYW55IGB7IHJlYWQsIHdyaXRlIH1gIChlLmcuIGBtZW1vcnlTbmFwc2hvdCgpYCk7IHRoZSBOb2RlIGVudHJ5IGFsc28gdGFrZXMgYHsgcGF0aCB9YC5cbiAgICogQGRlZmF1bHQgdW5kZWZpbmVkIChubyBzbmFwc2hvdClcbiAgICovXG4gIHNuYXBzaG90PzogU25hcHNob3RBZGFwdGVyO1xuICAvKipcbiAgICogVGhlIGNsb2NrIHRoYXQgYWdlcyBjYWNoZSBlbnRyaWVzIGFuZCB0aW1lcyBldmVudHMuXG4gICAqIEBkZWZhdWx0IHsgbm93OiBEYXRlLm5vdyB9IChldmVudCBkdXJhdGlvbnMgdXNlIGBwZXJmb3JtYW5jZS5ub3coKWAgd2hlbiBubyBjbG9jayBpcyBnaXZlbilcbiAgICovXG4gIGNsb2NrPzogQ2xvY2s7XG4gIC8qKlxuICAgKiBUaW1lcnMgZm9yIHRoZSBiYXRjaGVkIHNuYXBzaG90IHdyaXRlcy5cbiAgICogQGRlZmF1bHQgZ2xvYmFsVGhpcy5zZXRUaW1lb3V0IC8gY2xlYXJUaW1lb3V0XG4gICAqL1xuICB0aW1lcnM/OiBUaW1lcnM7XG59XG5cbi8qKiBPcHRpb25zIGFmdGVyIHZhbGlkYXRpb24gYW5kIGRlZmF1bHRzLiBJbnRlcm5hbC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x2ZWRDbGllbnRPcHRpb25zIHtcbiAgc3RvcmU6IFByb21wdFN0b3JlO1xuICBwaW5zOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PjtcbiAgZGVmYXVsdFNlbGVjdG9yOiBzdHJpbmc7XG4gIGxvY2tmaWxlOiBMb2NrZmlsZSB8IHVuZGVmaW5lZDtcbiAgY2FjaGU6IFJlcXVpcmVkPENhY2hlT3B0aW9ucz4gfCBmYWxzZTtcbiAgc3RyaWN0OiBib29sZWFuO1xuICBob29rczogQ2xpZW50SG9va3M7XG4gIGluY2x1ZGVJbnB1dHM6IGJvb2xlYW47XG4gIHNuYXBzaG90OiBTbmFwc2hvdEFkYXB0ZXIgfCB1bmRlZmluZWQ7XG4gIGNsb2NrOiBDbG9jayB8IHVuZGVmaW5lZDtcbiAgdGltZXJzOiBUaW1lcnM7XG59XG5cbi8qKiBEZWZhdWx0IGNhY2hlIHNldHRpbmdzLiAqL1xuZXhwb3J0IGNvbnN0IERFRkFVTFRfQ0FDSEU6IFJlYWRvbmx5PFJlcXVpcmVkPENhY2hlT3B0aW9ucz4+ID0gT2JqZWN0LmZyZWV6ZSh7XG4gIG1heDogMTAwMCxcbiAgdHRsTXM6IDYwXzAwMCxcbiAgbWF4U3RhbGVNczogODZfNDAwXzAwMCxcbn0pO1xuXG5jb25zdCBmbiA9IChmaXg6IHN0cmluZykgPT5cbiAgei5jdXN0b208KC4uLmFyZ3M6IG5ldmVyW10pID0+IHVua25vd24+KCh2KSA9PiB0eXBlb2YgdiA9PT0gJ2Z1bmN0aW9uJywgeyBlcnJvcjogYG11c3QgYmUgYSBmdW5jdGlvbjsgJHtmaXh9YCB9KTtcblxuY29uc3QgdmFsaWRTZWxlY3RvciA9IHouc3RyaW5nKCkuY2hlY2soXG4gIHoucmVmaW5lKChzKSA9PiBzLmxlbmd0aCA+IDAgJiYgc2VsZWN0b3JLaW5kKHMpICE9PSB1bmRlZmluZWQsIHtcbiAgICBlcnJvcjpcbiAgICAgICdpcyBub3QgYSBzZWxlY3RvcjsgdXNlIGFuIGV4YWN0IHZlcnNpb24gKFwiMS4yLjNcIiksIGEgc2VtdmVyIHJhbmdlIChcIl4xLjJcIiksIGEgbGFiZWwgKFwicHJvZHVjdGlvblwiKSBvciBcImxhdGVzdFwiJyxcbiAgfSksXG4pO1xuXG5jb25zdCBtc1NjaGVtYSA9IHoubnVtYmVyKCkuY2hlY2soei5pbnQoKSwgei5ub25uZWdhdGl2ZSgpKTtcblxuY29uc3Qgb3B0aW9uc1NjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgc3RvcmU6IHouY3VzdG9tPFByb21wdFN0b3JlPihcbiAgICAodikgPT5cbiAgICAgIHR5cGVvZiB2ID09PSAnb2JqZWN0JyAmJlxuICAgICAgdiAhPT0gbnVsbCAmJlxuICAgICAgdHlwZW9mICh2IGFzIFByb21wdFN0b3JlKS5uYW1lID09PSAnc3RyaW5nJyAmJlxuICAgICAgdHlwZW9mICh2IGFzIFByb21wdFN0b3JlKS5saXN0VmVyc2lvbnMgPT09ICdmdW5jdGlvbicgJiZcbiAgICAgIHR5cGVvZiAodiBhcyBQcm9tcHRTdG9yZSkuZ2V0VmVyc2lvbiA9PT0gJ2Z1bmN0aW9uJyxcbiAgICB7XG4gICAgICBlcnJvcjpcbiAgICAgICAgJ211c3QgYmUgYSBwcm9tcHQgc3RvcmUgKHsgbmFtZSwgbGlzdFZlcnNpb25zKCksIGdldFZlcnNpb24oKSB9KTsgcGFzcyBtZW1vcnlTdG9yZShbLi4uXSksIGh0dHBTdG9yZSh7IHVybCB9KSwgJyArXG4gICAgICAgIFwiZmlsZVN0b3JlKHsgZGlyIH0pIGZyb20gJ3Byb21wdG9wcy9mcycsIG9yIHlvdXIgb3duIGFkYXB0ZXJcIixcbiAgICB9LFxuICApLFxuICBwaW5zOiB6Lm9wdGlvbmFsKFxuICAgIHoucmVjb3JkKFxuICAgICAgei5zdHJpbmcoKS5jaGVjayhcbiAgICAgICAgei5yZWZpbmUoKG5hbWUpID0+IGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lKSA9PT0gdW5kZWZpbmVkLCB7XG4gICAgICAgICAgZXJyb3I6ICdoYXMgYSBrZXkgdGhhdCBpcyBub3QgYSBwcm9tcHQgbmFtZTsga2V5cyBhcmUgbmFtZXMgc3VjaCBhcyBcInN1cHBvcnQvZ3JlZXRpbmdcIicsXG4gICAgICAgIH0pLFxuICAgICAgKSxcbiAgICAgIHZhbGlkU2VsZWN0b3IsXG4gICAgKSxcbiAgKSxcbiAgZGVmYXVsdFNlbGVjdG9yOiB6Lm9wdGlvbmFsKHZhbGlkU2VsZWN0b3IpLFxuICBsb2NrZmlsZTogei5vcHRpb25hbCh6LnVua25vd24oKSksXG4gIGNhY2hlOiB6Lm9wdGlvbmFsKFxuICAgIHoudW5pb24oW1xuICAgICAgei5saXRlcmFsKGZhbHNlKSxcbiAgICAgIHouc3RyaWN0T2JqZWN0KHtcbiAgICAgICAgbWF4OiB6Lm9wdGlvbmFsKHoubnVtYmVyKCkuY2hlY2soei5pbnQoKSwgei5wb3NpdGl2ZSgpKSksXG4gICAgICAgIHR0bE1zOiB6Lm9wdGlvbmFsKG1zU2NoZW1hKSxcbiAgICAgICAgbWF4U3RhbGVNczogei5vcHRpb25hbChtc1NjaGVtYSksXG4gICAgICB9KSxcbiAgICBdKSxcbiAgKSxcbiAgc3RyaWN0OiB6Lm9wdGlvbmFsKHouYm9vbGVhbigpKSxcbiAgaG9va3M6IHoub3B0aW9uYWwoXG4gICAgei5zdHJpY3RPYmplY3Qoe1xuICAgICAgb25FdmVudDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbkZldGNoOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uUmVuZGVyOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uUmVmcmVzaDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbkVycm9yOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uQXNzaWdubWVudDogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbk91dGNvbWU6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25MaXN0ZW5lckVycm9yOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChlcnJvciwgZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgfSksXG4gICksXG4gIHRlbGVtZXRyeTogei5vcHRpb25hbCh6LnN0cmljdE9iamVjdCh7IGluY2x1ZGVJbnB1dHM6IHoub3B0aW9uYWwoei5ib29sZWFuKCkpIH0pKSxcbiAgc25hcHNob3Q6IHoub3B0aW9uYWwoXG4gICAgei5vYmplY3Qoe1xuICAgICAgcmVhZDogZm4oJ2Egc25hcHNob3QgaXMgeyByZWFkKCksIHdyaXRlKGRhdGEpIH0sIGUuZy4gbWVtb3J5U25hcHNob3QoKScpLFxuICAgICAgd3JpdGU6IGZuKCdhIHNuYXBzaG90IGlzIHsgcmVhZCgpLCB3cml0ZShkYXRhKSB9LCBlLmcuIG1lbW9yeVNuYXBzaG90KCknKSxcbiAgICAgIHdyaXRlRGVsYXlNczogei5vcHRpb25hbChtc1NjaGVtYSksXG4gICAgfSksXG4gICksXG4gIGNsb2NrOiB6Lm9wdGlvbmFsKHoub2JqZWN0KHsgbm93OiBmbigncGFzcyB7IG5vdzogKCkgPT4gbWlsbGlzZWNvbmRzIH0nKSB9KSksXG4gIHRpbWVyczogei5vcHRpb25hbChcbiAgICB6Lm9iamVjdCh7XG4gICAgICBzZXRUaW1lb3V0OiBmbigncGFzcyB7IHNldFRpbWVvdXQoY2FsbGJhY2ssIG1zKSwgY2xlYXJUaW1lb3V0KGhhbmRsZSkgfScpLFxuICAgICAgY2xlYXJUaW1lb3V0OiBmbigncGFzcyB7IHNldFRpbWVvdXQoY2FsbGJhY2ssIG1zKSwgY2xlYXJUaW1lb3V0KGhhbmRsZSkgfScpLFxuICAgIH0pLFxuICApLFxufSk7XG5cbmNvbnN0IEtOT1dOX0tFWVM6IFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IHN0cmluZ1tdPiA9IHtcbiAgJyc6IE9iamVjdC5rZXlzKG9wdGlvbnNTY2hlbWEuZGVmLnNoYXBlKSxcbiAgY2FjaGU6IFsnbWF4JywgJ3R0bE1zJywgJ21heFN0YWxlTXMnXSxcbiAgaG9va3M6IFsnb25FdmVudCcsICdvbkZldGNoJywgJ29uUmVuZGVyJywgJ29uUmVmcmVzaCcsICdvbkVycm9yJywgJ29uQXNzaWdubWVudCcsICdvbk91dGNvbWUnLCAnb25MaXN0ZW5lckVycm9yJ10sXG4gIHRlbGVtZXRyeTogWydpbmNsdWRlSW5wdXRzJ10sXG59O1xuXG5jb25zdCBISU5UUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgY2FjaGU6ICdwYXNzIGZhbHNlLCBvciB7IG1heCwgdHRsTXMsIG1heFN0YWxlTXMgfScsXG4gICdjYWNoZS5tYXgnOiAnYSBwb3NpdGl2ZSBpbnRlZ2VyIGNvdW50IG9mIHByb21wdCB2ZXJzaW9ucycsXG4gICdjYWNoZS50dGxNcyc6ICdhIHdob2xlIG51bWJlciBvZiBtaWxsaXNlY29uZHMsIGUuZy4gNjBfMDAwJyxcbiAgJ2NhY2hlLm1heFN0YWxlTXMnOiAnYSB3aG9sZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzLCBlLmcuIDg2XzQwMF8wMDAnLFxuICAnc25hcHNob3Qud3JpdGVEZWxheU1zJzogJ2Egd2hvbGUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kcycsXG4gIHN0cmljdDogJ3Bhc3MgdHJ1ZSBvciBmYWxzZScsXG4gIHBpbnM6IFwicGFzcyB7ICdzdXBwb3J0L2dyZWV0aW5nJzogJ14xLjIuMCcgfVwiLFxuICAndGVsZW1ldHJ5LmluY2x1ZGVJbnB1dHMnOiAncGFzcyB0cnVlIG9yIGZhbHNlJyxcbn07XG5cbi8qKlxuICogVmFsaWRhdGUgY2xpZW50IG9wdGlvbnMgYW5kIGFwcGx5IGRlZmF1bHRzLlxuICogQHRocm93cyBgQ29uZmlnRXJyb3JgIG5hbWluZyB0aGUgb3B0aW9uLCBlLmcuIGBjYWNoZS50dGxNczogbXVzdCBiZSBhdCBsZWFzdCAwOiBcdTIwMjZgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZUNsaWVudE9wdGlvbnMob3B0aW9uczogUHJvbXB0Q2xpZW50T3B0aW9ucyk6IFJlc29sdmVkQ2xpZW50T3B0aW9ucyB7XG4gIGlmICh0eXBlb2Ygb3B0aW9ucyAhPT0gJ29iamVjdCcgfHwgb3B0aW9ucyA9PT0gbnVsbCB8fCBBcnJheS5pc0FycmF5KG9wdGlvbnMpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdjcmVhdGVQcm9tcHRDbGllbnQgbmVlZHMgYW4gb3B0aW9ucyBvYmplY3Qgc3VjaCBhcyB7IHN0b3JlOiBtZW1vcnlTdG9yZShbLi4uXSkgfScsIHtcbiAgICAgIG9wdGlvbjogJyhvcHRpb25zKScsXG4gICAgfSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBvcHRpb25zLmxvY2tmaWxlID09PSAnc3RyaW5nJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIFwiaXMgYSBwYXRoLCB3aGljaCBvbmx5IHRoZSBOb2RlIGVudHJ5IHJlYWRzIChpbXBvcnQgZnJvbSAncHJvbXB0b3BzJyB1bmRlciBOb2RlKTsgZWxzZXdoZXJlIHBhc3MgdGhlIHBhcnNlZCBcIiArXG4gICAgICAgICdsb2NrZmlsZSBvYmplY3QgKHBhcnNlTG9ja2ZpbGUoSlNPTi5wYXJzZSh0ZXh0KSkpJyxcbiAgICAgIHsgb3B0aW9uOiAnbG9ja2ZpbGUnIH0sXG4gICAgKTtcbiAgfVxuICBjb25zdCBzbmFwc2hvdDogdW5rbm93biA9IG9wdGlvbnMuc25hcHNob3Q7XG4gIGlmICh0eXBlb2Ygc25hcHNob3QgPT09ICdvYmplY3QnICYmIHNuYXBzaG90ICE9PSBudWxsICYmICdwYXRoJyBpbiBzbmFwc2hvdCAmJiAhKCdyZWFkJyBpbiBzbmFwc2hvdCkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBcInsgcGF0aCB9IGlzIGEgZmlsZSBzbmFwc2hvdCwgd2hpY2ggb25seSB0aGUgTm9kZSBlbnRyeSBwcm92aWRlcyAoaW1wb3J0IGZyb20gJ3Byb21wdG9wcycgdW5kZXIgTm9kZSk7IFwiICtcbiAgICAgICAgJ2Vsc2V3aGVyZSBwYXNzIHsgcmVhZCgpLCB3cml0ZShkYXRhKSB9LCBlLmcuIG1lbW9yeVNuYXBzaG90KCknLFxuICAgICAgeyBvcHRpb246ICdzbmFwc2hvdCcgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHBhcnNlZCA9IHZhbGlkYXRlT3JUaHJvdyhvcHRpb25zU2NoZW1hLCBvcHRpb25zLCB7IGhpbnRzOiBISU5UUywga25vd25LZXlzOiBLTk9XTl9LRVlTIH0pO1xuICBjb25zdCBsb2NrZmlsZSA9IHBhcnNlZC5sb2NrZmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogcGFyc2VMb2NrZmlsZShwYXJzZWQubG9ja2ZpbGUpO1xuICByZXR1cm4ge1xuICAgIHN0b3JlOiBvcHRpb25zLnN0b3JlLFxuICAgIHBpbnM6IG9wdGlvbnMucGlucyA/PyB7fSxcbiAgICBkZWZhdWx0U2VsZWN0b3I6IG9wdGlvbnMuZGVmYXVsdFNlbGVjdG9yID8/ICdsYXRlc3QnLFxuICAgIGxvY2tmaWxlLFxuICAgIGNhY2hlOiBvcHRpb25zLmNhY2hlID09PSBmYWxzZSA/IGZhbHNlIDogeyAuLi5ERUZBVUxUX0NBQ0hFLCAuLi5zdHJpcFVuZGVmaW5lZChvcHRpb25zLmNhY2hlID8/IHt9KSB9LFxuICAgIHN0cmljdDogb3B0aW9ucy5zdHJpY3QgPz8gdHJ1ZSxcbiAgICBob29rczogb3B0aW9ucy5ob29rcyA/PyB7fSxcbiAgICBpbmNsdWRlSW5wdXRzOiBvcHRpb25zLnRlbGVtZXRyeT8uaW5jbHVkZUlucHV0cyA/PyBmYWxzZSxcbiAgICBzbmFwc2hvdDogb3B0aW9ucy5zbmFwc2hvdCxcbiAgICBjbG9jazogb3B0aW9ucy5jbG9jayxcbiAgICB0aW1lcnM6IG9wdGlvbnMudGltZXJzID8/IHtcbiAgICAgIHNldFRpbWVvdXQ6IChjYWxsYmFjaywgbXMpID0+IGdsb2JhbFRoaXMuc2V0VGltZW91dChjYWxsYmFjaywgbXMpLFxuICAgICAgY2xlYXJUaW1lb3V0OiAoaGFuZGxlKSA9PiBnbG9iYWxUaGlzLmNsZWFyVGltZW91dChoYW5kbGUgYXMgUmV0dXJuVHlwZTx0eXBlb2Ygc2V0VGltZW91dD4pLFxuICAgIH0sXG4gIH07XG59XG5cbmZ1bmN0aW9uIHN0cmlwVW5kZWZpbmVkPFQgZXh0ZW5kcyBvYmplY3Q+KHZhbHVlOiBUKTogUGFydGlhbDxUPiB7XG4gIGNvbnN0IG91dDogUGFydGlhbDxUPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIGlmICh2ICE9PSB1bmRlZmluZWQpIChvdXQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tdID0gdjtcbiAgcmV0dXJuIG91dDtcbn1cbiIsICIvKipcbiAqIFRoZSBwdWJsaWMgYFByb21wdGAgb2JqZWN0IGBnZXRQcm9tcHRgIHJldHVybnM6IG9uZSBjb21waWxlZCBwcm9tcHQgdmVyc2lvbiBwbHVzIGhvdyBpdCB3YXNcbiAqIHNlcnZlZCwgd2l0aCBhIHN5bmMsIHZhbGlkYXRlZCBgcmVuZGVyYC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgeyBSZW5kZXJPcHRpb25zIH0gZnJvbSAnLi4vZW5naW5lL3Byb21wdC5qcyc7XG5pbXBvcnQgdHlwZSB7IENoYXRNZXNzYWdlLCBQcm9tcHRNZXRhZGF0YSwgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdEVtaXR0ZXIgfSBmcm9tICcuLi90ZWxlbWV0cnkvZW1pdHRlci5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFNvdXJjZSwgUmVuZGVyRXZlbnQgfSBmcm9tICcuLi90ZWxlbWV0cnkvZXZlbnRzLmpzJztcbmltcG9ydCB0eXBlIHsgQ29tcGlsZWRFbnRyeSB9IGZyb20gJy4vY2FjaGUuanMnO1xuXG4vKiogVmFyaWFibGVzIG9mIGEgcHJvbXB0IHdob3NlIHR5cGUgaXMgbm90IGtub3duIChub3QgaW4ge0BsaW5rIFByb21wdFJlZ2lzdHJ5fSkuICovXG5leHBvcnQgdHlwZSBQcm9tcHRWYXJpYWJsZXMgPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcblxuLyoqXG4gKiBSZWdpc3RyeSBvZiBrbm93biBwcm9tcHRzOiBgcHJvbXB0b3BzIHR5cGVnZW5gIGF1Z21lbnRzIGl0IHNvIHRoYXQgYGdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpYFxuICogYXV0b2NvbXBsZXRlcyBuYW1lcyBhbmQgdHlwZXMgYHJlbmRlcigpYCdzIGFyZ3VtZW50LiBFYWNoIGVudHJ5IG1hcHMgYSBuYW1lIHRvIGl0cyB2YXJpYWJsZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBkZWNsYXJlIG1vZHVsZSAncHJvbXB0b3BzJyB7XG4gKiAgIGludGVyZmFjZSBQcm9tcHRSZWdpc3RyeSB7XG4gKiAgICAgJ3N1cHBvcnQvZ3JlZXRpbmcnOiB7IGNvbXBhbnk6IHN0cmluZzsgY3VzdG9tZXI6IHN0cmluZzsgdG9uZT86ICdmb3JtYWwnIHwgJ2ZyaWVuZGx5JyB8IG51bGwgfTtcbiAqICAgfVxuICogfVxuICogYGBgXG4gKi9cbi8vIGJpb21lLWlnbm9yZSBsaW50L3N1c3BpY2lvdXMvbm9FbXB0eUludGVyZmFjZTogYXVnbWVudGVkIGJ5IGBwcm9tcHRvcHMgdHlwZWdlbmAgZGVjbGFyYXRpb25zLlxuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRSZWdpc3RyeSB7fVxuXG4vKiogTmFtZXMgcmVnaXN0ZXJlZCBpbiB7QGxpbmsgUHJvbXB0UmVnaXN0cnl9LiAqL1xuZXhwb3J0IHR5cGUgUmVnaXN0ZXJlZFByb21wdE5hbWUgPSBFeHRyYWN0PGtleW9mIFByb21wdFJlZ2lzdHJ5LCBzdHJpbmc+O1xuXG4vKiogQSBwcm9tcHQgc3BlYzogYSByZWdpc3RlcmVkIG5hbWUgKGF1dG9jb21wbGV0ZWQpLCBgbmFtZUBzZWxlY3RvcmAsIG9yIGFueSBzdHJpbmcuICovXG5leHBvcnQgdHlwZSBQcm9tcHRTcGVjU3RyaW5nID0gUmVnaXN0ZXJlZFByb21wdE5hbWUgfCBgJHtSZWdpc3RlcmVkUHJvbXB0TmFtZX1AJHtzdHJpbmd9YCB8IChzdHJpbmcgJiB7fSk7XG5cbi8qKiBUaGUgdmFyaWFibGVzIHR5cGUgb2YgYSBzcGVjOiB0aGUgcmVnaXN0cnkgZW50cnkgb2YgaXRzIG5hbWUsIGVsc2Uge0BsaW5rIFByb21wdFZhcmlhYmxlc30uICovXG5leHBvcnQgdHlwZSBWYXJpYWJsZXNPZjxTIGV4dGVuZHMgc3RyaW5nPiA9IChTIGV4dGVuZHMgYCR7aW5mZXIgTn1AJHtzdHJpbmd9YCA/IE4gOiBTKSBleHRlbmRzIGluZmVyIE5cbiAgPyBOIGV4dGVuZHMgUmVnaXN0ZXJlZFByb21wdE5hbWVcbiAgICA/IFByb21wdFJlZ2lzdHJ5W05dIGV4dGVuZHMgb2JqZWN0XG4gICAgICA/IFByb21wdFJlZ2lzdHJ5W05dXG4gICAgICA6IFByb21wdFZhcmlhYmxlc1xuICAgIDogUHJvbXB0VmFyaWFibGVzXG4gIDogUHJvbXB0VmFyaWFibGVzO1xuXG4vKiogTWVzc2FnZXMgcGFzc2VkIGZvciB0aGUgcGxhY2Vob2xkZXJzIG9mIGEgY2hhdCBwcm9tcHQsIGJ5IHBsYWNlaG9sZGVyIG5hbWUuICovXG5leHBvcnQgdHlwZSBQbGFjZWhvbGRlcnMgPSBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPjtcblxuLyoqIEFyZ3VtZW50cyBvZiBgcmVuZGVyYDogYHZhcnNgIGlzIG9wdGlvbmFsIHdoZW4gZXZlcnkgdmFyaWFibGUgaXMuICovXG5leHBvcnQgdHlwZSBSZW5kZXJBcmdzPFY+ID1cbiAgUGFydGlhbDxWPiBleHRlbmRzIFYgPyBbdmFycz86IFYsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zXSA6IFt2YXJzOiBWLCBvcHRpb25zPzogUmVuZGVyT3B0aW9uc107XG5cbi8qKiBBcmd1bWVudHMgb2YgYHJlbmRlck1lc3NhZ2VzYDogYHZhcnNgIGlzIG9wdGlvbmFsIHdoZW4gZXZlcnkgdmFyaWFibGUgaXMuICovXG5leHBvcnQgdHlwZSBSZW5kZXJNZXNzYWdlc0FyZ3M8Vj4gPVxuICBQYXJ0aWFsPFY+IGV4dGVuZHMgVlxuICAgID8gW3ZhcnM/OiBWLCBwbGFjZWhvbGRlcnM/OiBQbGFjZWhvbGRlcnMsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zXVxuICAgIDogW3ZhcnM6IFYsIHBsYWNlaG9sZGVycz86IFBsYWNlaG9sZGVycywgb3B0aW9ucz86IFJlbmRlck9wdGlvbnNdO1xuXG4vKipcbiAqIE9uZSB2ZXJzaW9uIG9mIGEgcHJvbXB0LCByZWFkeSB0byByZW5kZXIuIFJldHVybmVkIGJ5IGBnZXRQcm9tcHRgOyBjaGVhcCB0byBjcmVhdGUsIHNhZmUgdG8ga2VlcC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHAgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpO1xuICogcC52ZXJzaW9uOyAvLyAnMS4yLjMnXG4gKiBwLnNvdXJjZTsgIC8vICdzdG9yZScgfCAnY2FjaGUnIHwgJ3N0YWxlJyB8ICdzbmFwc2hvdCcgfCAnZmFsbGJhY2snXG4gKiBjb25zdCB0ZXh0ID0gcC5yZW5kZXIoeyBjb21wYW55OiAnQWNtZScsIGN1c3RvbWVyOiAnQWRhJyB9KTtcbiAqIGBgYFxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdDxWIGV4dGVuZHMgb2JqZWN0ID0gUHJvbXB0VmFyaWFibGVzPiB7XG4gIC8qKiBUaGUgcHJvbXB0IG5hbWUsIGUuZy4gYCdzdXBwb3J0L2dyZWV0aW5nJ2AuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBleGFjdCB2ZXJzaW9uIHNlcnZlZCwgZS5nLiBgJzEuMi4zJ2AgKGAnMC4wLjAnYCBmb3IgYSB0ZW1wbGF0ZS1zdHJpbmcgZmFsbGJhY2spLiAqL1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIC8qKiBgJ3NoYTI1Ni08aGV4PidgIG9mIHRoZSBjb250ZW50LiAqL1xuICByZWFkb25seSBoYXNoOiBzdHJpbmc7XG4gIC8qKiBMYWJlbHMgdGhlIHZlcnNpb24gY2FycmllZCB3aGVuIGl0IHdhcyBsb2FkZWQuICovXG4gIHJlYWRvbmx5IGxhYmVsczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBgJ3RleHQnYCAodXNlIGByZW5kZXJgKSBvciBgJ2NoYXQnYCAodXNlIGByZW5kZXJNZXNzYWdlc2ApLiAqL1xuICByZWFkb25seSB0eXBlOiAndGV4dCcgfCAnY2hhdCc7XG4gIC8qKiBUaGUgbW9kZWwgY29uZmlndXJhdGlvbiBvZiB0aGUgcmVjb3JkLCBmcmVlLWZvcm0uICovXG4gIHJlYWRvbmx5IG1vZGVsOiB1bmtub3duO1xuICAvKiogRGVzY3JpcHRpb24sIG93bmVyLCB0YWdzXHUyMDI2IG9mIHRoZSByZWNvcmQuICovXG4gIHJlYWRvbmx5IG1ldGFkYXRhOiBQcm9tcHRNZXRhZGF0YSB8IHVuZGVmaW5lZDtcbiAgLyoqIFdoYXQgc2VydmVkIHRoaXMgY2FsbDogdGhlIHN0b3JlLCB0aGUgY2FjaGUsIGEgc3RhbGUgY2FjaGUgZW50cnksIHRoZSBzbmFwc2hvdCBvciB0aGUgZmFsbGJhY2suICovXG4gIHJlYWRvbmx5IHNvdXJjZTogUHJvbXB0U291cmNlO1xuICAvKiogSW5wdXQgdmFyaWFibGUgbmFtZXMgKGRlY2xhcmVkLCBvciBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZSkuICovXG4gIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBUaGUgZXhwZXJpbWVudCB2YXJpYW50LCB3aGVuIGFuIGV4cGVyaW1lbnQgcGlja2VkIHRoaXMgdmVyc2lvbi4gKi9cbiAgcmVhZG9ubHkgdmFyaWFudD86IHN0cmluZztcbiAgLyoqIFRoZSBzZWxlY3RvciB0aGF0IHdhcyByZXNvbHZlZCAoYWZ0ZXIgbG9ja2ZpbGUgYW5kIHBpbnMpLCBlLmcuIGAnXjEuMi4wJ2AuICovXG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBSZW5kZXIgYSB0ZXh0IHByb21wdDogZGVmYXVsdHMgKyBgdmFyc2AsIHZhbGlkYXRlZCBhZ2FpbnN0IHRoZSBpbnB1dCBzY2hlbWEgd2hlbiBzdHJpY3QgKG9uZVxuICAgKiBgUHJvbXB0SW5wdXRFcnJvcmAgbGlzdGluZyBldmVyeSBwcm9ibGVtKS4gU3luYzsgZW1pdHMgYSBgcmVuZGVyYCBldmVudC5cbiAgICovXG4gIHJlbmRlciguLi5hcmdzOiBSZW5kZXJBcmdzPFY+KTogc3RyaW5nO1xuICAvKiogUmVuZGVyIGEgY2hhdCBwcm9tcHQgdG8gYHsgcm9sZSwgY29udGVudCB9YCBtZXNzYWdlczsgcGxhY2Vob2xkZXJzIHRha2UgdGhlIG1lc3NhZ2VzIHBhc3NlZCBmb3IgdGhlbS4gKi9cbiAgcmVuZGVyTWVzc2FnZXMoLi4uYXJnczogUmVuZGVyTWVzc2FnZXNBcmdzPFY+KTogQ2hhdE1lc3NhZ2VbXTtcbiAgLyoqIFRoZSByZWNvcmQgKHdpdGggaXRzIGBoYXNoYCksIGZvciBgSlNPTi5zdHJpbmdpZnlgLiAqL1xuICB0b0pTT04oKTogUHJvbXB0UmVjb3JkO1xufVxuXG4vKiogV2hhdCBhIHtAbGluayBQcm9tcHRIYW5kbGV9IG5lZWRzIGZyb20gaXRzIGNsaWVudC4gSW50ZXJuYWwuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdENvbnRleHQge1xuICByZWFkb25seSBlbWl0dGVyOiBQcm9tcHRFbWl0dGVyO1xuICByZWFkb25seSBpbmNsdWRlSW5wdXRzOiBib29sZWFuO1xuICAvKiogTW9ub3RvbmljLWlzaCBtcywgZm9yIGR1cmF0aW9ucy4gKi9cbiAgcmVhZG9ubHkgZWxhcHNlZDogKCkgPT4gbnVtYmVyO1xufVxuXG4vKiogVGhlIHtAbGluayBQcm9tcHR9IGltcGxlbWVudGF0aW9uLiBJbnRlcm5hbDogYnVpbGQgaXQgd2l0aCBgbmV3IFByb21wdEhhbmRsZSguLi4pYCBpbiB0aGUgY2xpZW50LiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdEhhbmRsZTxWIGV4dGVuZHMgb2JqZWN0ID0gUHJvbXB0VmFyaWFibGVzPiBpbXBsZW1lbnRzIFByb21wdDxWPiB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgdmVyc2lvbjogc3RyaW5nO1xuICByZWFkb25seSBoYXNoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxhYmVsczogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IHR5cGU6ICd0ZXh0JyB8ICdjaGF0JztcbiAgcmVhZG9ubHkgbW9kZWw6IHVua25vd247XG4gIHJlYWRvbmx5IG1ldGFkYXRhOiBQcm9tcHRNZXRhZGF0YSB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgc291cmNlOiBQcm9tcHRTb3VyY2U7XG4gIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIHJlYWRvbmx5ICNlbnRyeTogQ29tcGlsZWRFbnRyeTtcbiAgcmVhZG9ubHkgI2N0eDogUHJvbXB0Q29udGV4dDtcbiAgcmVhZG9ubHkgI29wdGlvbnM6IFJlbmRlck9wdGlvbnM7XG5cbiAgY29uc3RydWN0b3IoZW50cnk6IENvbXBpbGVkRW50cnksIHNvdXJjZTogUHJvbXB0U291cmNlLCBzZWxlY3Rvcjogc3RyaW5nLCBzdHJpY3Q6IGJvb2xlYW4sIGN0eDogUHJvbXB0Q29udGV4dCkge1xuICAgIGNvbnN0IHJlY29yZCA9IGVudHJ5LnJlY29yZDtcbiAgICB0aGlzLm5hbWUgPSByZWNvcmQubmFtZTtcbiAgICB0aGlzLnZlcnNpb24gPSByZWNvcmQudmVyc2lvbjtcbiAgICB0aGlzLmhhc2ggPSBlbnRyeS5oYXNoO1xuICAgIHRoaXMubGFiZWxzID0gcmVjb3JkLmxhYmVscyA/PyBbXTtcbiAgICB0aGlzLnR5cGUgPSByZWNvcmQudHlwZTtcbiAgICB0aGlzLm1vZGVsID0gcmVjb3JkLm1vZGVsO1xuICAgIHRoaXMubWV0YWRhdGEgPSByZWNvcmQubWV0YWRhdGE7XG4gICAgdGhpcy5zb3VyY2UgPSBzb3VyY2U7XG4gICAgdGhpcy52YXJpYWJsZXMgPSBlbnRyeS5jb21waWxlZC52YXJpYWJsZXM7XG4gICAgdGhpcy5zZWxlY3RvciA9IHNlbGVjdG9yO1xuICAgIHRoaXMuI2VudHJ5ID0gZW50cnk7XG4gICAgdGhpcy4jY3R4ID0gY3R4O1xuICAgIHRoaXMuI29wdGlvbnMgPSB7IHN0cmljdCB9O1xuICB9XG5cbiAgcmVuZGVyKC4uLmFyZ3M6IFJlbmRlckFyZ3M8Vj4pOiBzdHJpbmcge1xuICAgIGNvbnN0IFt2YXJzLCBvcHRpb25zXSA9IGFyZ3MgYXMgW1Byb21wdFZhcmlhYmxlcyB8IHVuZGVmaW5lZCwgUmVuZGVyT3B0aW9ucyB8IHVuZGVmaW5lZF07XG4gICAgY29uc3QgcmVuZGVyT3B0aW9ucyA9IG9wdGlvbnM/LnN0cmljdCA9PT0gdW5kZWZpbmVkID8gdGhpcy4jb3B0aW9ucyA6IG9wdGlvbnM7XG4gICAgaWYgKCF0aGlzLiNjdHguZW1pdHRlci5hY3RpdmUpIHJldHVybiB0aGlzLiNlbnRyeS5jb21waWxlZC5yZW5kZXIodmFycywgcmVuZGVyT3B0aW9ucyk7XG4gICAgcmV0dXJuIHRoaXMuI29ic2VydmUoXG4gICAgICB2YXJzLFxuICAgICAgKCkgPT4gdGhpcy4jZW50cnkuY29tcGlsZWQucmVuZGVyKHZhcnMsIHJlbmRlck9wdGlvbnMpLFxuICAgICAgKHRleHQpID0+IHRleHQubGVuZ3RoLFxuICAgICk7XG4gIH1cblxuICByZW5kZXJNZXNzYWdlcyguLi5hcmdzOiBSZW5kZXJNZXNzYWdlc0FyZ3M8Vj4pOiBDaGF0TWVzc2FnZVtdIHtcbiAgICBjb25zdCBbdmFycywgcGxhY2Vob2xkZXJzLCBvcHRpb25zXSA9IGFyZ3MgYXMgW1xuICAgICAgUHJvbXB0VmFyaWFibGVzIHwgdW5kZWZpbmVkLFxuICAgICAgUGxhY2Vob2xkZXJzIHwgdW5kZWZpbmVkLFxuICAgICAgUmVuZGVyT3B0aW9ucyB8IHVuZGVmaW5lZCxcbiAgICBdO1xuICAgIGNvbnN0IHJlbmRlck9wdGlvbnMgPSBvcHRpb25zPy5zdHJpY3QgPT09IHVuZGVmaW5lZCA/IHRoaXMuI29wdGlvbnMgOiBvcHRpb25zO1xuICAgIGlmICghdGhpcy4jY3R4LmVtaXR0ZXIuYWN0aXZlKSByZXR1cm4gdGhpcy4jZW50cnkuY29tcGlsZWQucmVuZGVyTWVzc2FnZXModmFycywgcGxhY2Vob2xkZXJzLCByZW5kZXJPcHRpb25zKTtcbiAgICByZXR1cm4gdGhpcy4jb2JzZXJ2ZShcbiAgICAgIHZhcnMsXG4gICAgICAoKSA9PiB0aGlzLiNlbnRyeS5jb21waWxlZC5yZW5kZXJNZXNzYWdlcyh2YXJzLCBwbGFjZWhvbGRlcnMsIHJlbmRlck9wdGlvbnMpLFxuICAgICAgKG1lc3NhZ2VzKSA9PiBtZXNzYWdlcy5yZWR1Y2UoKHN1bSwgbSkgPT4gc3VtICsgbS5jb250ZW50Lmxlbmd0aCwgMCksXG4gICAgKTtcbiAgfVxuXG4gIHRvSlNPTigpOiBQcm9tcHRSZWNvcmQge1xuICAgIGNvbnN0IHJlY29yZCA9IHRoaXMuI2VudHJ5LnJlY29yZDtcbiAgICByZXR1cm4gcmVjb3JkLmhhc2ggPT09IHRoaXMuaGFzaCA/IHsgLi4ucmVjb3JkIH0gOiB7IC4uLnJlY29yZCwgaGFzaDogdGhpcy5oYXNoIH07XG4gIH1cblxuICAjb2JzZXJ2ZTxUPih2YXJzOiBQcm9tcHRWYXJpYWJsZXMgfCB1bmRlZmluZWQsIHJ1bjogKCkgPT4gVCwgY2hhcnM6IChvdXQ6IFQpID0+IG51bWJlcik6IFQge1xuICAgIGNvbnN0IHsgZW1pdHRlciwgZWxhcHNlZCwgaW5jbHVkZUlucHV0cyB9ID0gdGhpcy4jY3R4O1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSBlbGFwc2VkKCk7XG4gICAgbGV0IG91dDogVDtcbiAgICB0cnkge1xuICAgICAgb3V0ID0gcnVuKCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlbWl0dGVyLndhbnRzKCdlcnJvcicpKSB7XG4gICAgICAgIGVtaXR0ZXIuZW1pdCh7IHR5cGU6ICdlcnJvcicsIG5hbWU6IHRoaXMubmFtZSwgc2VsZWN0b3I6IHRoaXMuc2VsZWN0b3IsIGVycm9yOiBhc0Vycm9yKGVycm9yKSB9KTtcbiAgICAgIH1cbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICBpZiAoZW1pdHRlci53YW50cygncmVuZGVyJykpIHtcbiAgICAgIGNvbnN0IGV2ZW50OiBSZW5kZXJFdmVudCA9IHtcbiAgICAgICAgdHlwZTogJ3JlbmRlcicsXG4gICAgICAgIG5hbWU6IHRoaXMubmFtZSxcbiAgICAgICAgdmVyc2lvbjogdGhpcy52ZXJzaW9uLFxuICAgICAgICBoYXNoOiB0aGlzLmhhc2gsXG4gICAgICAgIGR1cmF0aW9uTXM6IGVsYXBzZWQoKSAtIHN0YXJ0ZWQsXG4gICAgICAgIGNoYXJzOiBjaGFycyhvdXQpLFxuICAgICAgICBpbnB1dEtleXM6IHZhcnMgPT09IHVuZGVmaW5lZCB8fCB2YXJzID09PSBudWxsID8gW10gOiBPYmplY3Qua2V5cyh2YXJzKSxcbiAgICAgIH07XG4gICAgICBpZiAoaW5jbHVkZUlucHV0cyAmJiB2YXJzICE9PSB1bmRlZmluZWQpIGV2ZW50LmlucHV0cyA9IHsgLi4udmFycyB9O1xuICAgICAgZW1pdHRlci5lbWl0KGV2ZW50KTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfVxufVxuXG4vKiogYGVycm9yYCBhcyBhbiBgRXJyb3JgICh3cmFwcGluZyBhbnl0aGluZyBlbHNlIHRocm93bikuICovXG5leHBvcnQgZnVuY3Rpb24gYXNFcnJvcihlcnJvcjogdW5rbm93bik6IEVycm9yIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvciA6IG5ldyBFcnJvcihTdHJpbmcoZXJyb3IpKTtcbn1cbiIsICIvKipcbiAqIFNuYXBzaG90czogdGhlIGxhc3Qga25vd24gZ29vZCByZWNvcmRzLCBwZXJzaXN0ZWQgc28gdGhhdCBhIGNvbGQgc3RhcnQgY2FuIHNlcnZlIHByb21wdHMgd2hpbGVcbiAqIHRoZSBzdG9yZSBjYW5ub3QgYmUgcmVhY2hlZC4gQW55IGB7IHJlYWQsIHdyaXRlIH1gIHBhaXIgaXMgYSBzbmFwc2hvdCBhZGFwdGVyOyBgcHJvbXB0b3BzYCBzaGlwc1xuICoge0BsaW5rIG1lbW9yeVNuYXBzaG90fSwgYW5kIHRoZSBOb2RlIGVudHJ5IGEgZmlsZSBzbmFwc2hvdCAoYHNuYXBzaG90OiB7IHBhdGggfWApLlxuICpcbiAqIFdyaXRlcyBhcmUgYmF0Y2hlZDogbG9hZHMgZnJvbSB0aGUgc3RvcmUgYXJlIG5vdGVkLCBhbmQgb25lIHdyaXRlIGhhcHBlbnMgYHdyaXRlRGVsYXlNc2AgYWZ0ZXJcbiAqIHRoZSBmaXJzdCB1bnNhdmVkIG5vdGUgKG9yIGF0IGBjbG9zZSgpYCkuIEVhY2ggd3JpdGUgbWVyZ2VzIHdpdGggd2hhdCB0aGUgYWRhcHRlciBoZWxkIGJlZm9yZSwgc29cbiAqIGVudHJpZXMgb2YgZWFybGllciBydW5zIHN1cnZpdmU7IGEgcmVjb3JkIG5vIHNlbGVjdG9yIHBvaW50cyBhdCBhbnkgbW9yZSBpcyBkcm9wcGVkLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBpc0V4YWN0U2VsZWN0b3IsIHJlc29sdmVTZWxlY3RvciB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcbmltcG9ydCB7IG93blZhbHVlIH0gZnJvbSAnLi9sb2NrZmlsZS5qcyc7XG5pbXBvcnQgeyB2YWxpZGF0ZU9yVGhyb3cgfSBmcm9tICcuL3ZhbGlkYXRlLmpzJztcblxuLyoqIFdoYXQgYSBzbmFwc2hvdCBob2xkcy4gUGxhaW4gSlNPTi4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU25hcHNob3REYXRhIHtcbiAgLyoqIEZvcm1hdCB2ZXJzaW9uOyBhbHdheXMgYDFgLiAqL1xuICBzbmFwc2hvdFZlcnNpb246IDE7XG4gIC8qKiBJU08gdGltZSBvZiB0aGUgbGFzdCB3cml0ZS4gKi9cbiAgc2F2ZWRBdDogc3RyaW5nO1xuICAvKiogYG5hbWVAc2VsZWN0b3JgIFx1MjE5MiB0aGUgdmVyc2lvbiAoYW5kIGhhc2gpIGl0IHJlc29sdmVkIHRvIHdoZW4gbGFzdCBsb2FkZWQgZnJvbSB0aGUgc3RvcmUuICovXG4gIHNlbGVjdG9yczogUmVjb3JkPHN0cmluZywgeyB2ZXJzaW9uOiBzdHJpbmc7IGhhc2g6IHN0cmluZyB9PjtcbiAgLyoqIGBuYW1lQHZlcnNpb25gIFx1MjE5MiB0aGUgcmVjb3JkICh3aXRoIGl0cyBgaGFzaGApLiAqL1xuICByZWNvcmRzOiBSZWNvcmQ8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+O1xufVxuXG4vKipcbiAqIFdoZXJlIHNuYXBzaG90cyBsaXZlLiBgcmVhZGAgcmVzb2x2ZXMgdG8gYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lIHlldDsgYSByZWplY3Rpb24gaXNcbiAqIHJlcG9ydGVkIGFzIGFuIGBlcnJvcmAgZXZlbnQgYW5kIHRoZSBzbmFwc2hvdCBpcyB0aGVuIHRyZWF0ZWQgYXMgZW1wdHkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzbmFwc2hvdDogU25hcHNob3RBZGFwdGVyID0ge1xuICogICByZWFkOiBhc3luYyAoKSA9PiBKU09OLnBhcnNlKChhd2FpdCBrdi5nZXQoJ3Byb21wdG9wcy1zbmFwc2hvdCcpKSA/PyAnbnVsbCcpID8/IHVuZGVmaW5lZCxcbiAqICAgd3JpdGU6IChkYXRhKSA9PiBrdi5wdXQoJ3Byb21wdG9wcy1zbmFwc2hvdCcsIEpTT04uc3RyaW5naWZ5KGRhdGEpKSxcbiAqIH07XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTbmFwc2hvdEFkYXB0ZXIge1xuICAvKiogTG9hZCB0aGUgc2F2ZWQgc25hcHNob3QsIG9yIGB1bmRlZmluZWRgIHdoZW4gdGhlcmUgaXMgbm9uZS4gKi9cbiAgcmVhZCgpOiBQcm9taXNlPFNuYXBzaG90RGF0YSB8IHVuZGVmaW5lZD47XG4gIC8qKiBSZXBsYWNlIHRoZSBzYXZlZCBzbmFwc2hvdC4gKi9cbiAgd3JpdGUoZGF0YTogU25hcHNob3REYXRhKTogUHJvbWlzZTx2b2lkPjtcbiAgLyoqXG4gICAqIERlbGF5IGJldHdlZW4gdGhlIGZpcnN0IHVuc2F2ZWQgbG9hZCBhbmQgdGhlIHdyaXRlIHRoYXQgc2F2ZXMgaXQgKGxhdGVyIGxvYWRzIHdpdGhpbiB0aGUgZGVsYXlcbiAgICogam9pbiB0aGUgc2FtZSB3cml0ZSkuXG4gICAqIEBkZWZhdWx0IDEwMDBcbiAgICovXG4gIHdyaXRlRGVsYXlNcz86IG51bWJlcjtcbn1cblxuY29uc3Qgc25hcHNob3RTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHNuYXBzaG90VmVyc2lvbjogei5saXRlcmFsKDEsIHsgZXJyb3I6ICdtdXN0IGJlIDEnIH0pLFxuICBzYXZlZEF0OiB6LnN0cmluZygpLFxuICBzZWxlY3RvcnM6IHoucmVjb3JkKHouc3RyaW5nKCksIHoub2JqZWN0KHsgdmVyc2lvbjogei5zdHJpbmcoKSwgaGFzaDogei5zdHJpbmcoKSB9KSksXG4gIHJlY29yZHM6IHoucmVjb3JkKFxuICAgIHouc3RyaW5nKCksXG4gICAgei5jdXN0b208UHJvbXB0UmVjb3JkPigodikgPT4gdHlwZW9mIHYgPT09ICdvYmplY3QnICYmIHYgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodikpLFxuICApLFxufSk7XG5cbi8qKlxuICogVmFsaWRhdGUgcGFyc2VkIEpTT04gYXMge0BsaW5rIFNuYXBzaG90RGF0YX0gKHJlY29yZHMgdGhlbXNlbHZlcyBhcmUgY2hlY2tlZCB3aGVuIHVzZWQpLlxuICogQHRocm93cyBgQ29uZmlnRXJyb3JgIG5hbWluZyBgd2hlcmVgIGFuZCB0aGUgZmllbGQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVNuYXBzaG90KHZhbHVlOiB1bmtub3duLCB3aGVyZT86IHN0cmluZyk6IFNuYXBzaG90RGF0YSB7XG4gIHJldHVybiB2YWxpZGF0ZU9yVGhyb3coc25hcHNob3RTY2hlbWEsIHZhbHVlLCB7XG4gICAgcm9vdDogd2hlcmUgPT09IHVuZGVmaW5lZCA/ICdzbmFwc2hvdCcgOiAnJyxcbiAgICAuLi4od2hlcmUgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBmaWxlOiB3aGVyZSB9KSxcbiAgICBoaW50czogeyAnJzogJ2RlbGV0ZSB0aGUgc25hcHNob3QgZmlsZTsgaXQgaXMgcmV3cml0dGVuIGFmdGVyIHRoZSBuZXh0IHN1Y2Nlc3NmdWwgbG9hZCcgfSxcbiAgfSkgYXMgU25hcHNob3REYXRhO1xufVxuXG4vKiogQSBzbmFwc2hvdCBhZGFwdGVyIGtlcHQgaW4gbWVtb3J5ICh0ZXN0cywgb3IgdG8gaGFuZCBhIHNuYXBzaG90IGJldHdlZW4gY2xpZW50cykuICovXG5leHBvcnQgaW50ZXJmYWNlIE1lbW9yeVNuYXBzaG90IGV4dGVuZHMgU25hcHNob3RBZGFwdGVyIHtcbiAgLyoqIFRoZSBsYXN0IGRhdGEgd3JpdHRlbiAob3IgZ2l2ZW4pLCBpZiBhbnkuICovXG4gIGRhdGE6IFNuYXBzaG90RGF0YSB8IHVuZGVmaW5lZDtcbiAgLyoqIEhvdyBtYW55IHRpbWVzIGB3cml0ZWAgd2FzIGNhbGxlZC4gKi9cbiAgd3JpdGVzOiBudW1iZXI7XG59XG5cbi8qKlxuICogQSB7QGxpbmsgU25hcHNob3RBZGFwdGVyfSBoZWxkIGluIG1lbW9yeS5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc25hcHNob3QgPSBtZW1vcnlTbmFwc2hvdCgpO1xuICogY29uc3QgY2xpZW50ID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmUsIHNuYXBzaG90IH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZW1vcnlTbmFwc2hvdChpbml0aWFsPzogU25hcHNob3REYXRhLCBvcHRpb25zOiB7IHdyaXRlRGVsYXlNcz86IG51bWJlciB9ID0ge30pOiBNZW1vcnlTbmFwc2hvdCB7XG4gIGNvbnN0IHNuYXA6IE1lbW9yeVNuYXBzaG90ID0ge1xuICAgIGRhdGE6IGluaXRpYWwsXG4gICAgd3JpdGVzOiAwLFxuICAgIGFzeW5jIHJlYWQoKSB7XG4gICAgICByZXR1cm4gc25hcC5kYXRhID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzdHJ1Y3R1cmVkQ2xvbmUoc25hcC5kYXRhKTtcbiAgICB9LFxuICAgIGFzeW5jIHdyaXRlKGRhdGEpIHtcbiAgICAgIHNuYXAud3JpdGVzKys7XG4gICAgICBzbmFwLmRhdGEgPSBzdHJ1Y3R1cmVkQ2xvbmUoZGF0YSk7XG4gICAgfSxcbiAgfTtcbiAgaWYgKG9wdGlvbnMud3JpdGVEZWxheU1zICE9PSB1bmRlZmluZWQpIHNuYXAud3JpdGVEZWxheU1zID0gb3B0aW9ucy53cml0ZURlbGF5TXM7XG4gIHJldHVybiBzbmFwO1xufVxuXG4vKiogVGltZXIgZnVuY3Rpb25zLCBpbmplY3RhYmxlIGZvciB0ZXN0cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU25hcHNob3RUaW1lcnMge1xuICBzZXRUaW1lb3V0KGNhbGxiYWNrOiAoKSA9PiB2b2lkLCBtczogbnVtYmVyKTogdW5rbm93bjtcbiAgY2xlYXJUaW1lb3V0KGhhbmRsZTogdW5rbm93bik6IHZvaWQ7XG59XG5cbi8qKiBSZXN1bHQgb2Yge0BsaW5rIFNuYXBzaG90S2VlcGVyLmxvb2t1cH0uICovXG5leHBvcnQgdHlwZSBTbmFwc2hvdExvb2t1cCA9IHsgZm91bmQ6IHRydWU7IHJlY29yZDogUHJvbXB0UmVjb3JkOyBoYXNoOiBzdHJpbmcgfSB8IHsgZm91bmQ6IGZhbHNlOyByZWFzb246IHN0cmluZyB9O1xuXG4vKiogQmF0Y2hlcyBzbmFwc2hvdCB3cml0ZXMgYW5kIGFuc3dlcnMgbG9va3Vwcy4gSW50ZXJuYWwgdG8gdGhlIGNsaWVudC4gKi9cbmV4cG9ydCBjbGFzcyBTbmFwc2hvdEtlZXBlciB7XG4gIHJlYWRvbmx5ICNhZGFwdGVyOiBTbmFwc2hvdEFkYXB0ZXI7XG4gIHJlYWRvbmx5ICN0aW1lcnM6IFNuYXBzaG90VGltZXJzO1xuICByZWFkb25seSAjZGVsYXlNczogbnVtYmVyO1xuICByZWFkb25seSAjb25FcnJvcjogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkO1xuICAjc2F2ZWQ6IFByb21pc2U8U25hcHNob3REYXRhIHwgdW5kZWZpbmVkPiB8IHVuZGVmaW5lZDtcbiAgI3JlYWRFcnJvcjogdW5rbm93bjtcbiAgI3BlbmRpbmdTZWxlY3RvcnMgPSBuZXcgTWFwPHN0cmluZywgeyB2ZXJzaW9uOiBzdHJpbmc7IGhhc2g6IHN0cmluZyB9PigpO1xuICAjcGVuZGluZ1JlY29yZHMgPSBuZXcgTWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPigpO1xuICAjdGltZXI6IHVua25vd247XG4gICN3cml0aW5nOiBQcm9taXNlPHZvaWQ+ID0gUHJvbWlzZS5yZXNvbHZlKCk7XG5cbiAgY29uc3RydWN0b3IoYWRhcHRlcjogU25hcHNob3RBZGFwdGVyLCB0aW1lcnM6IFNuYXBzaG90VGltZXJzLCBvbkVycm9yOiAoZXJyb3I6IHVua25vd24pID0+IHZvaWQpIHtcbiAgICB0aGlzLiNhZGFwdGVyID0gYWRhcHRlcjtcbiAgICB0aGlzLiN0aW1lcnMgPSB0aW1lcnM7XG4gICAgdGhpcy4jZGVsYXlNcyA9IGFkYXB0ZXIud3JpdGVEZWxheU1zID8/IDEwMDA7XG4gICAgdGhpcy4jb25FcnJvciA9IG9uRXJyb3I7XG4gIH1cblxuICAvKiogUmVtZW1iZXIgdGhhdCBgbmFtZUBzZWxlY3RvcmAgcmVzb2x2ZWQgdG8gYHJlY29yZGAgKGxvYWRlZCBmcm9tIHRoZSBzdG9yZSksIGFuZCBzY2hlZHVsZSBhIHdyaXRlLiAqL1xuICBub3RlKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZywgcmVjb3JkOiBQcm9tcHRSZWNvcmQsIGhhc2g6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IHJlY29yZEtleSA9IGAke25hbWV9QCR7cmVjb3JkLnZlcnNpb259YDtcbiAgICBjb25zdCBwcmV2aW91cyA9IHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuZ2V0KGAke25hbWV9QCR7c2VsZWN0b3J9YCk7XG4gICAgaWYgKHByZXZpb3VzPy52ZXJzaW9uID09PSByZWNvcmQudmVyc2lvbiAmJiBwcmV2aW91cy5oYXNoID09PSBoYXNoICYmIHRoaXMuI3BlbmRpbmdSZWNvcmRzLmhhcyhyZWNvcmRLZXkpKSByZXR1cm47XG4gICAgdGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5zZXQoYCR7bmFtZX1AJHtzZWxlY3Rvcn1gLCB7IHZlcnNpb246IHJlY29yZC52ZXJzaW9uLCBoYXNoIH0pO1xuICAgIHRoaXMuI3BlbmRpbmdSZWNvcmRzLnNldChyZWNvcmRLZXksIHJlY29yZC5oYXNoID09PSBoYXNoID8gcmVjb3JkIDogeyAuLi5yZWNvcmQsIGhhc2ggfSk7XG4gICAgaWYgKHRoaXMuI3RpbWVyID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuI3RpbWVyID0gdGhpcy4jdGltZXJzLnNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgICB0aGlzLiN0aW1lciA9IHVuZGVmaW5lZDtcbiAgICAgICAgdm9pZCB0aGlzLmZsdXNoKCk7XG4gICAgICB9LCB0aGlzLiNkZWxheU1zKTtcbiAgICAgIHVucmVmKHRoaXMuI3RpbWVyKTtcbiAgICB9XG4gIH1cblxuICAvKiogRmluZCB3aGF0IHRoZSBzbmFwc2hvdCBob2xkcyBmb3IgYG5hbWVAc2VsZWN0b3JgIChub3RlcyBub3QgeWV0IHdyaXR0ZW4gaW5jbHVkZWQpLiAqL1xuICBhc3luYyBsb29rdXAobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nKTogUHJvbWlzZTxTbmFwc2hvdExvb2t1cD4ge1xuICAgIGNvbnN0IHBlbmRpbmcgPSB0aGlzLiNmaW5kKHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMsIHRoaXMuI3BlbmRpbmdSZWNvcmRzLCBuYW1lLCBzZWxlY3Rvcik7XG4gICAgaWYgKHBlbmRpbmcgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHBlbmRpbmc7XG4gICAgY29uc3Qgc2F2ZWQgPSBhd2FpdCB0aGlzLiNsb2FkKCk7XG4gICAgaWYgKHNhdmVkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIGZvdW5kOiBmYWxzZSxcbiAgICAgICAgcmVhc29uOlxuICAgICAgICAgIHRoaXMuI3JlYWRFcnJvciA9PT0gdW5kZWZpbmVkXG4gICAgICAgICAgICA/ICd0aGUgc25hcHNob3QgaXMgZW1wdHknXG4gICAgICAgICAgICA6IGB0aGUgc25hcHNob3QgY291bGQgbm90IGJlIHJlYWQgKCR7ZXJyb3JUZXh0KHRoaXMuI3JlYWRFcnJvcil9KWAsXG4gICAgICB9O1xuICAgIH1cbiAgICBjb25zdCBmb3VuZCA9IHRoaXMuI2ZpbmQoXG4gICAgICBuZXcgTWFwKE9iamVjdC5lbnRyaWVzKHNhdmVkLnNlbGVjdG9ycykpLFxuICAgICAgbmV3IE1hcChPYmplY3QuZW50cmllcyhzYXZlZC5yZWNvcmRzKSksXG4gICAgICBuYW1lLFxuICAgICAgc2VsZWN0b3IsXG4gICAgKTtcbiAgICByZXR1cm4gZm91bmQgPz8geyBmb3VuZDogZmFsc2UsIHJlYXNvbjogYHRoZSBzbmFwc2hvdCBoYXMgbm8gZW50cnkgZm9yIFwiJHtuYW1lfUAke3NlbGVjdG9yfVwiYCB9O1xuICB9XG5cbiAgLyoqIFdyaXRlIHRoZSBwZW5kaW5nIG5vdGVzIG5vdyAobWVyZ2VkIHdpdGggdGhlIHNhdmVkIHNuYXBzaG90KS4gTmV2ZXIgcmVqZWN0cy4gKi9cbiAgZmx1c2goKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI3RpbWVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuI3RpbWVycy5jbGVhclRpbWVvdXQodGhpcy4jdGltZXIpO1xuICAgICAgdGhpcy4jdGltZXIgPSB1bmRlZmluZWQ7XG4gICAgfVxuICAgIHRoaXMuI3dyaXRpbmcgPSB0aGlzLiN3cml0aW5nLnRoZW4oKCkgPT4gdGhpcy4jd3JpdGUoKSk7XG4gICAgcmV0dXJuIHRoaXMuI3dyaXRpbmc7XG4gIH1cblxuICBhc3luYyAjd3JpdGUoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuc2l6ZSA9PT0gMCkgcmV0dXJuO1xuICAgIGNvbnN0IHNlbGVjdG9ycyA9IHRoaXMuI3BlbmRpbmdTZWxlY3RvcnM7XG4gICAgY29uc3QgcmVjb3JkcyA9IHRoaXMuI3BlbmRpbmdSZWNvcmRzO1xuICAgIHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMgPSBuZXcgTWFwKCk7XG4gICAgdGhpcy4jcGVuZGluZ1JlY29yZHMgPSBuZXcgTWFwKCk7XG4gICAgY29uc3Qgc2F2ZWQgPSBhd2FpdCB0aGlzLiNsb2FkKCk7XG4gICAgY29uc3QgbWVyZ2VkOiBTbmFwc2hvdERhdGEgPSB7XG4gICAgICBzbmFwc2hvdFZlcnNpb246IDEsXG4gICAgICBzYXZlZEF0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICBzZWxlY3RvcnM6IHsgLi4uc2F2ZWQ/LnNlbGVjdG9ycywgLi4uT2JqZWN0LmZyb21FbnRyaWVzKHNlbGVjdG9ycykgfSxcbiAgICAgIHJlY29yZHM6IHt9LFxuICAgIH07XG4gICAgZm9yIChjb25zdCBba2V5LCB7IHZlcnNpb24gfV0gb2YgT2JqZWN0LmVudHJpZXMobWVyZ2VkLnNlbGVjdG9ycykpIHtcbiAgICAgIGNvbnN0IHJlY29yZEtleSA9IGAke2tleS5zbGljZSgwLCBrZXkuaW5kZXhPZignQCcpKX1AJHt2ZXJzaW9ufWA7XG4gICAgICBjb25zdCByZWNvcmQgPSByZWNvcmRzLmdldChyZWNvcmRLZXkpID8/IChzYXZlZCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogb3duVmFsdWUoc2F2ZWQucmVjb3JkcywgcmVjb3JkS2V5KSk7XG4gICAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIGRlbGV0ZSBtZXJnZWQuc2VsZWN0b3JzW2tleV07XG4gICAgICBlbHNlIG1lcmdlZC5yZWNvcmRzW3JlY29yZEtleV0gPSByZWNvcmQ7XG4gICAgfVxuICAgIHRyeSB7XG4gICAgICBhd2FpdCB0aGlzLiNhZGFwdGVyLndyaXRlKG1lcmdlZCk7XG4gICAgICB0aGlzLiNzYXZlZCA9IFByb21pc2UucmVzb2x2ZShtZXJnZWQpO1xuICAgICAgdGhpcy4jcmVhZEVycm9yID0gdW5kZWZpbmVkO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAvLyBLZWVwIHRoZSBub3RlcyBmb3IgdGhlIG5leHQgd3JpdGUuXG4gICAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBzZWxlY3RvcnMpIGlmICghdGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5oYXMoaykpIHRoaXMuI3BlbmRpbmdTZWxlY3RvcnMuc2V0KGssIHYpO1xuICAgICAgZm9yIChjb25zdCBbaywgdl0gb2YgcmVjb3JkcykgaWYgKCF0aGlzLiNwZW5kaW5nUmVjb3Jkcy5oYXMoaykpIHRoaXMuI3BlbmRpbmdSZWNvcmRzLnNldChrLCB2KTtcbiAgICAgIHRoaXMuI29uRXJyb3IoZXJyb3IpO1xuICAgIH1cbiAgfVxuXG4gICNsb2FkKCk6IFByb21pc2U8U25hcHNob3REYXRhIHwgdW5kZWZpbmVkPiB7XG4gICAgaWYgKHRoaXMuI3NhdmVkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRoaXMuI3NhdmVkID0gKGFzeW5jICgpID0+IHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBjb25zdCBkYXRhID0gYXdhaXQgdGhpcy4jYWRhcHRlci5yZWFkKCk7XG4gICAgICAgICAgcmV0dXJuIGRhdGEgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHBhcnNlU25hcHNob3QoZGF0YSk7XG4gICAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgICAgdGhpcy4jcmVhZEVycm9yID0gZXJyb3I7XG4gICAgICAgICAgdGhpcy4jb25FcnJvcihlcnJvcik7XG4gICAgICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgICAgfVxuICAgICAgfSkoKTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMuI3NhdmVkO1xuICB9XG5cbiAgI2ZpbmQoXG4gICAgc2VsZWN0b3JzOiBSZWFkb25seU1hcDxzdHJpbmcsIHsgdmVyc2lvbjogc3RyaW5nOyBoYXNoOiBzdHJpbmcgfT4sXG4gICAgcmVjb3JkczogUmVhZG9ubHlNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+LFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBzZWxlY3Rvcjogc3RyaW5nLFxuICApOiBTbmFwc2hvdExvb2t1cCB8IHVuZGVmaW5lZCB7XG4gICAgbGV0IHZlcnNpb24gPSBzZWxlY3RvcnMuZ2V0KGAke25hbWV9QCR7c2VsZWN0b3J9YCk/LnZlcnNpb247XG4gICAgaWYgKHZlcnNpb24gPT09IHVuZGVmaW5lZCAmJiAhaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yKSkge1xuICAgICAgY29uc3QgdmVyc2lvbnM6IEFycmF5PFZlcnNpb25JbmZvICYgeyByZWNvcmQ6IFByb21wdFJlY29yZCB9PiA9IFtdO1xuICAgICAgZm9yIChjb25zdCBba2V5LCByZWNvcmRdIG9mIHJlY29yZHMpIHtcbiAgICAgICAgaWYgKGtleS5zdGFydHNXaXRoKGAke25hbWV9QGApICYmIGtleS5pbmRleE9mKCdAJykgPT09IG5hbWUubGVuZ3RoKSB7XG4gICAgICAgICAgdmVyc2lvbnMucHVzaCh7IHZlcnNpb246IHJlY29yZC52ZXJzaW9uLCBsYWJlbHM6IHJlY29yZC5sYWJlbHMgPz8gW10sIHJlY29yZCB9KTtcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgdmVyc2lvbiA9IHJlc29sdmVTZWxlY3Rvcih2ZXJzaW9ucywgc2VsZWN0b3IpPy52ZXJzaW9uO1xuICAgIH1cbiAgICBjb25zdCByZWNvcmQgPSByZWNvcmRzLmdldChgJHtuYW1lfUAke3ZlcnNpb24gPz8gc2VsZWN0b3J9YCk7XG4gICAgaWYgKHJlY29yZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHJldHVybiB7IGZvdW5kOiB0cnVlLCByZWNvcmQsIGhhc2g6IHJlY29yZC5oYXNoID8/ICcnIH07XG4gIH1cbn1cblxuZnVuY3Rpb24gdW5yZWYoaGFuZGxlOiB1bmtub3duKTogdm9pZCB7XG4gIGNvbnN0IG1heWJlID0gaGFuZGxlIGFzIHsgdW5yZWY/OiAoKSA9PiB2b2lkIH0gfCBudWxsO1xuICBpZiAodHlwZW9mIG1heWJlID09PSAnb2JqZWN0JyAmJiBtYXliZSAhPT0gbnVsbCAmJiB0eXBlb2YgbWF5YmUudW5yZWYgPT09ICdmdW5jdGlvbicpIG1heWJlLnVucmVmKCk7XG59XG5cbmZ1bmN0aW9uIGVycm9yVGV4dChlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gYCR7ZXJyb3IubmFtZX06ICR7ZXJyb3IubWVzc2FnZX1gIDogU3RyaW5nKGVycm9yKTtcbn1cbiIsICIvKipcbiAqIGBjcmVhdGVQcm9tcHRDbGllbnRgOiByZXNvbHZlcyBzcGVjcyAobG9ja2ZpbGUgXHUyMTkyIHBpbnMgXHUyMTkyIGRlZmF1bHQgc2VsZWN0b3IpLCBsb2FkcyByZWNvcmRzIHRocm91Z2hcbiAqIHRoZSB0d28gY2FjaGUgdGllcnMsIGNoZWNrcyBpbnRlZ3JpdHksIHByZWxvYWRzIHBhcnRpYWxzLCBjb21waWxlcywgYW5kIHJlcG9ydHMgd2hhdCBpdCBkaWQuXG4gKiBTZWUgREVTSUdOLm1kIHNlY3Rpb25zIDUsIDYgYW5kIDguXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNvbXBpbGVQcm9tcHQsIHBhcnRpYWxOYW1lc09mIH0gZnJvbSAnLi4vZW5naW5lL3Byb21wdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcGFyc2VSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBwYXJzZVNwZWMsIHNlbGVjdG9yS2luZCB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciwgUHJvbXB0Rm9ybWF0RXJyb3IsIFByb21wdE5vdEZvdW5kRXJyb3IsIFN0b3JlRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5pbXBvcnQgeyBQcm9tcHRFbWl0dGVyIH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2VtaXR0ZXIuanMnO1xuaW1wb3J0IHR5cGUgeyBDYWNoZVJlc3VsdCwgUHJvbXB0RXZlbnRMaXN0ZW5lciwgUHJvbXB0RXZlbnRUeXBlLCBQcm9tcHRTb3VyY2UgfSBmcm9tICcuLi90ZWxlbWV0cnkvZXZlbnRzLmpzJztcbmltcG9ydCB7IHR5cGUgQ29tcGlsZWRFbnRyeSwgY2FjaGVLZXksIHR5cGUgRmxpZ2h0LCBQcm9tcHRDYWNoZSwgdHlwZSBSZXNvbHV0aW9uIH0gZnJvbSAnLi9jYWNoZS5qcyc7XG5pbXBvcnQgeyBmYWxsYmFja1JlY29yZCwgdHlwZSBQcm9tcHRGYWxsYmFjayB9IGZyb20gJy4vZmFsbGJhY2suanMnO1xuaW1wb3J0IHsgY2hlY2tJbnRlZ3JpdHksIGZldGNoUmVjb3JkLCBpc05vdEZvdW5kIH0gZnJvbSAnLi9sb2FkZXIuanMnO1xuaW1wb3J0IHsgbG9ja2VkSGFzaCwgb3duVmFsdWUgfSBmcm9tICcuL2xvY2tmaWxlLmpzJztcbmltcG9ydCB7IHR5cGUgUHJvbXB0Q2xpZW50T3B0aW9ucywgdHlwZSBSZXNvbHZlZENsaWVudE9wdGlvbnMsIHJlc29sdmVDbGllbnRPcHRpb25zIH0gZnJvbSAnLi9vcHRpb25zLmpzJztcbmltcG9ydCB7XG4gIGFzRXJyb3IsXG4gIHR5cGUgUHJvbXB0LFxuICB0eXBlIFByb21wdENvbnRleHQsXG4gIFByb21wdEhhbmRsZSxcbiAgdHlwZSBQcm9tcHRTcGVjU3RyaW5nLFxuICB0eXBlIFZhcmlhYmxlc09mLFxufSBmcm9tICcuL3Byb21wdC5qcyc7XG5pbXBvcnQgeyBTbmFwc2hvdEtlZXBlciB9IGZyb20gJy4vc25hcHNob3QuanMnO1xuXG4vKiogT3B0aW9ucyBvZiBvbmUgYGdldFByb21wdGAgY2FsbC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR2V0UHJvbXB0T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBVc2VkIG9ubHkgd2hlbiBub3RoaW5nIGVsc2UgY2FuIGJlIGhhZCAodGhlIHN0b3JlIGlzIHVucmVhY2hhYmxlIG9yIGRvZXMgbm90IGtub3cgdGhlIG5hbWUsIGFuZFxuICAgKiB0aGVyZSBpcyBubyBzdGFsZSBjb3B5IGFuZCBubyBzbmFwc2hvdCBlbnRyeSk6IGEgdGVtcGxhdGUgc3RyaW5nIChhIHRleHQgcHJvbXB0IG9mIHZlcnNpb25cbiAgICogYCcwLjAuMCdgKSBvciBhIHJlY29yZCBvZiB0aGUgc2FtZSBuYW1lLiBUaGUgcHJvbXB0IHRoZW4gc2F5cyBgc291cmNlOiAnZmFsbGJhY2snYC4gTmV2ZXIgdXNlZFxuICAgKiBmb3IgYW4gYEludGVncml0eUVycm9yYCBvciBhIG1hbGZvcm1lZCByZWNvcmQuXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZFxuICAgKi9cbiAgZmFsbGJhY2s/OiBQcm9tcHRGYWxsYmFjaztcbiAgLyoqXG4gICAqIE92ZXJyaWRlcyB0aGUgY2xpZW50J3MgYHN0cmljdGAgZm9yIHRoaXMgcHJvbXB0IChjb21waWxhdGlvbiBhbmQgZXZlcnkgcmVuZGVyKS5cbiAgICogQGRlZmF1bHQgdGhlIGNsaWVudCdzIGBzdHJpY3RgXG4gICAqL1xuICBzdHJpY3Q/OiBib29sZWFuO1xufVxuXG4vKiogT25lIHNwZWMgdGhhdCBgcHJlZmV0Y2hgIGNvdWxkIG5vdCBsb2FkLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcmVmZXRjaEZhaWx1cmUge1xuICBzcGVjOiBzdHJpbmc7XG4gIGVycm9yOiBFcnJvcjtcbn1cblxuLyoqIFdoYXQgYHByZWZldGNoYCBkaWQuIEl0IG5ldmVyIHJlamVjdHM6IGZhaWx1cmVzIGFyZSBsaXN0ZWQgKGFuZCBlbWl0dGVkIGFzIGBlcnJvcmAgZXZlbnRzKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJlZmV0Y2hSZXBvcnQge1xuICAvKiogU3BlY3MgbG9hZGVkIChvciBhbHJlYWR5IGNhY2hlZCksIHdpdGggdGhlIHZlcnNpb24gZWFjaCByZXNvbHZlZCB0byBhbmQgd2hhdCBzZXJ2ZWQgaXQuICovXG4gIGxvYWRlZDogQXJyYXk8eyBzcGVjOiBzdHJpbmc7IG5hbWU6IHN0cmluZzsgdmVyc2lvbjogc3RyaW5nOyBzb3VyY2U6IFByb21wdFNvdXJjZSB9PjtcbiAgLyoqIFNwZWNzIHRoYXQgZmFpbGVkLiAqL1xuICBmYWlsZWQ6IFByZWZldGNoRmFpbHVyZVtdO1xufVxuXG4vKiogVGhlIHByb21wdCBjbGllbnQuIFNlZSB7QGxpbmsgY3JlYXRlUHJvbXB0Q2xpZW50fS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0Q2xpZW50IHtcbiAgLyoqIFRoZSBzdG9yZSBwcm9tcHRzIGNvbWUgZnJvbS4gKi9cbiAgcmVhZG9ubHkgc3RvcmU6IFByb21wdFN0b3JlO1xuICAvKipcbiAgICogTG9hZCBhIHByb21wdDogYCduYW1lJ2AgKGxvY2tmaWxlIFx1MjE5MiBwaW5zIFx1MjE5MiBgZGVmYXVsdFNlbGVjdG9yYCkgb3IgYCduYW1lQHNlbGVjdG9yJ2AgKGV4YWN0XG4gICAqIHZlcnNpb24sIHNlbXZlciByYW5nZSwgbGFiZWwgb3IgYGxhdGVzdGApLlxuICAgKlxuICAgKiBPcmRlciBvbiBhIG1pc3M6IGNhY2hlIFx1MjE5MiBpbi1mbGlnaHQgbG9hZCBcdTIxOTIgc3RvcmUgXHUyMTkyIHN0YWxlIGNvcHkgXHUyMTkyIHNuYXBzaG90IFx1MjE5MiBmYWxsYmFjayBcdTIxOTIgdGhyb3cuXG4gICAqIEB0aHJvd3MgYFByb21wdE5vdEZvdW5kRXJyb3JgICh3aXRoIGNsb3NlIG5hbWVzKSwgYFZlcnNpb25Ob3RGb3VuZEVycm9yYCAod2l0aCB2ZXJzaW9ucyBhbmRcbiAgICogICBsYWJlbHMpLCBgSW50ZWdyaXR5RXJyb3JgLCBgUHJvbXB0Rm9ybWF0RXJyb3JgLCBgQ29uZmlnRXJyb3JgIChiYWQgc3BlYyksIG9yIGEgYFN0b3JlRXJyb3JgXG4gICAqICAgc2F5aW5nIHdoYXQgd2FzIHRyaWVkLlxuICAgKi9cbiAgZ2V0UHJvbXB0PFMgZXh0ZW5kcyBQcm9tcHRTcGVjU3RyaW5nPihzcGVjOiBTLCBvcHRpb25zPzogR2V0UHJvbXB0T3B0aW9ucyk6IFByb21pc2U8UHJvbXB0PFZhcmlhYmxlc09mPFM+Pj47XG4gIC8qKlxuICAgKiBXYXJtIHRoZSBjYWNoZSBpbiBvbmUgYmF0Y2ggKGFsbCBzcGVjcyBsb2FkIGNvbmN1cnJlbnRseSkuIFdpdGhvdXQgc3BlY3M6IGV2ZXJ5IGxvY2tlZCBhbmRcbiAgICogcGlubmVkIG5hbWUsIG9yLCB3aGVuIHRoZXJlIGFyZSBub25lLCBldmVyeSBuYW1lIG9mIGBzdG9yZS5saXN0KClgLlxuICAgKi9cbiAgcHJlZmV0Y2goc3BlY3M/OiByZWFkb25seSBzdHJpbmdbXSk6IFByb21pc2U8UHJlZmV0Y2hSZXBvcnQ+O1xuICAvKipcbiAgICogRHJvcCBldmVyeXRoaW5nIGNhY2hlZCBmb3IgZXhhY3RseSBgbmFtZWAgKGV2ZXJ5IHNlbGVjdG9yIGFuZCB2ZXJzaW9uOyBgJ2EnYCBuZXZlciBkcm9wc1xuICAgKiBgJ2FiJ2Agb3IgYCdhL2InYCkgYW5kIHRoZSBjb21waWxlZCBwcm9tcHRzIHRoYXQgaW5jbHVkZSBpdCBhcyBhIHBhcnRpYWwuIFdpdGhvdXQgYSBuYW1lLCBkcm9wXG4gICAqIGV2ZXJ5dGhpbmcuXG4gICAqL1xuICBpbnZhbGlkYXRlKG5hbWU/OiBzdHJpbmcpOiB2b2lkO1xuICAvKiogTGlzdGVuIHRvIG9uZSBldmVudCB0eXBlLiBSZXR1cm5zIGEgZnVuY3Rpb24gdGhhdCB1bnN1YnNjcmliZXMuICovXG4gIG9uPFQgZXh0ZW5kcyBQcm9tcHRFdmVudFR5cGU+KHR5cGU6IFQsIGxpc3RlbmVyOiBQcm9tcHRFdmVudExpc3RlbmVyPFQ+KTogKCkgPT4gdm9pZDtcbiAgLyoqXG4gICAqIFN0b3Agd2F0Y2hpbmcgdGhlIHN0b3JlLCB3cml0ZSBwZW5kaW5nIHNuYXBzaG90IGRhdGEsIGFuZCByZWZ1c2UgZnVydGhlciBgZ2V0UHJvbXB0YCBjYWxscy5cbiAgICogUHJvbXB0cyBhbHJlYWR5IHJldHVybmVkIGtlZXAgcmVuZGVyaW5nLiBEb2VzIG5vdCBjbG9zZSB0aGUgc3RvcmUgKGl0IGlzIHlvdXJzKS5cbiAgICovXG4gIGNsb3NlKCk6IFByb21pc2U8dm9pZD47XG59XG5cbi8qKiBBIHNwZWMgYWZ0ZXIgcGFyc2luZyBhbmQgYmFyZS1uYW1lIHJlc29sdXRpb24uICovXG5pbnRlcmZhY2UgUmVxdWVzdCB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgc2VsZWN0b3I6IHN0cmluZztcbiAgcmVhZG9ubHkga2V5OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGV4YWN0OiBib29sZWFuO1xufVxuXG5pbnRlcmZhY2UgU2VydmVkIHtcbiAgZW50cnk6IENvbXBpbGVkRW50cnk7XG4gIGNhY2hlOiBDYWNoZVJlc3VsdDtcbiAgc291cmNlOiBQcm9tcHRTb3VyY2U7XG59XG5cbnR5cGUgTG9hZGVkID0geyByZXNvbHV0aW9uOiBSZXNvbHV0aW9uOyBzb3VyY2U6ICdzdG9yZScgfCAnc3RhbGUnIHwgJ3NuYXBzaG90JyB9O1xuXG4vKiogTW9zdCBkaXN0aW5jdCBwYXJ0aWFscyBvbmUgcHJvbXB0IG1heSBpbmNsdWRlICh0cmFuc2l0aXZlbHkpLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9QQVJUSUFMUyA9IDEwMDtcbi8qKiBMb25nZXN0IHdhaXQgYmV0d2VlbiBmYWlsZWQgYmFja2dyb3VuZCByZWZyZXNoZXMgb2Ygb25lIHNlbGVjdG9yLCBpbiBtcyAoY2FwcGVkIGJ5IGB0dGxNc2ApLiAqL1xuZXhwb3J0IGNvbnN0IFJFRlJFU0hfUkVUUllfTVMgPSA1XzAwMDtcbmNvbnN0IFNQRUNfTUVNT19TSVpFID0gMV8wMDA7XG5jb25zdCBGQUxMQkFDS19NRU1PX1NJWkUgPSAxMDA7XG5jb25zdCBTTkFQU0hPVF9FVkVOVF9OQU1FID0gJyhzbmFwc2hvdCknO1xuXG4vKipcbiAqIENyZWF0ZSBhIHByb21wdCBjbGllbnQuXG4gKlxuICogQHRocm93cyBgQ29uZmlnRXJyb3JgIG5hbWluZyB0aGUgb3B0aW9uIGF0IGZhdWx0LCBlLmcuIGBvcHRpb24gXCJjYWNoZS50dGxNc1wiOiBtdXN0IGJlIGF0IGxlYXN0IDBgLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBwcm9tcHRzID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmU6IG1lbW9yeVN0b3JlKFtncmVldGluZ10pIH0pO1xuICogY29uc3QgcCA9IGF3YWl0IHByb21wdHMuZ2V0UHJvbXB0KCdzdXBwb3J0L2dyZWV0aW5nJyk7XG4gKiBwLnJlbmRlcih7IGNvbXBhbnk6ICdBY21lJywgY3VzdG9tZXI6ICdBZGEnIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVQcm9tcHRDbGllbnQob3B0aW9uczogUHJvbXB0Q2xpZW50T3B0aW9ucyk6IFByb21wdENsaWVudCB7XG4gIHJldHVybiBuZXcgQ2xpZW50KHJlc29sdmVDbGllbnRPcHRpb25zKG9wdGlvbnMpKTtcbn1cblxuY2xhc3MgQ2xpZW50IGltcGxlbWVudHMgUHJvbXB0Q2xpZW50IHtcbiAgcmVhZG9ubHkgc3RvcmU6IFByb21wdFN0b3JlO1xuICByZWFkb25seSAjbzogUmVzb2x2ZWRDbGllbnRPcHRpb25zO1xuICByZWFkb25seSAjZW1pdHRlcjogUHJvbXB0RW1pdHRlcjtcbiAgcmVhZG9ubHkgI2NhY2hlOiBQcm9tcHRDYWNoZTtcbiAgcmVhZG9ubHkgI3NuYXBzaG90OiBTbmFwc2hvdEtlZXBlciB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgI25vdzogKCkgPT4gbnVtYmVyO1xuICByZWFkb25seSAjY3R4OiBQcm9tcHRDb250ZXh0O1xuICByZWFkb25seSAjc3BlY3MgPSBuZXcgTWFwPHN0cmluZywgUmVxdWVzdD4oKTtcbiAgcmVhZG9ubHkgI2ZhbGxiYWNrcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9taXNlPENvbXBpbGVkRW50cnk+PigpO1xuICAjdW53YXRjaDogKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkO1xuICAjY2xvc2VkID0gZmFsc2U7XG5cbiAgY29uc3RydWN0b3Iob3B0aW9uczogUmVzb2x2ZWRDbGllbnRPcHRpb25zKSB7XG4gICAgdGhpcy4jbyA9IG9wdGlvbnM7XG4gICAgdGhpcy5zdG9yZSA9IG9wdGlvbnMuc3RvcmU7XG4gICAgY29uc3QgY2xvY2sgPSBvcHRpb25zLmNsb2NrO1xuICAgIHRoaXMuI25vdyA9IGNsb2NrID09PSB1bmRlZmluZWQgPyBEYXRlLm5vdyA6ICgpID0+IGNsb2NrLm5vdygpO1xuICAgIGNvbnN0IHBlcmYgPSBnbG9iYWxUaGlzLnBlcmZvcm1hbmNlO1xuICAgIGNvbnN0IGVsYXBzZWQgPSBjbG9jayAhPT0gdW5kZWZpbmVkIHx8IHBlcmYgPT09IHVuZGVmaW5lZCA/IHRoaXMuI25vdyA6ICgpID0+IHBlcmYubm93KCk7XG4gICAgdGhpcy4jZW1pdHRlciA9IG5ldyBQcm9tcHRFbWl0dGVyKFxuICAgICAgb3B0aW9ucy5ob29rcy5vbkxpc3RlbmVyRXJyb3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBvbkVycm9yOiBvcHRpb25zLmhvb2tzLm9uTGlzdGVuZXJFcnJvciB9LFxuICAgICk7XG4gICAgdGhpcy4jcmVnaXN0ZXJIb29rcygpO1xuICAgIHRoaXMuI2N0eCA9IHsgZW1pdHRlcjogdGhpcy4jZW1pdHRlciwgaW5jbHVkZUlucHV0czogb3B0aW9ucy5pbmNsdWRlSW5wdXRzLCBlbGFwc2VkIH07XG4gICAgdGhpcy4jY2FjaGUgPSBuZXcgUHJvbXB0Q2FjaGUob3B0aW9ucy5jYWNoZSwgdGhpcy4jbm93KTtcbiAgICB0aGlzLiNzbmFwc2hvdCA9XG4gICAgICBvcHRpb25zLnNuYXBzaG90ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyB1bmRlZmluZWRcbiAgICAgICAgOiBuZXcgU25hcHNob3RLZWVwZXIob3B0aW9ucy5zbmFwc2hvdCwgb3B0aW9ucy50aW1lcnMsIChlcnJvcikgPT5cbiAgICAgICAgICAgIHRoaXMuI2VtaXRFcnJvcihTTkFQU0hPVF9FVkVOVF9OQU1FLCB1bmRlZmluZWQsIGVycm9yKSxcbiAgICAgICAgICApO1xuICAgIGlmICh0eXBlb2YgdGhpcy5zdG9yZS53YXRjaCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgdGhpcy4jdW53YXRjaCA9IHRoaXMuc3RvcmUud2F0Y2goKG5hbWUpID0+IHRoaXMuaW52YWxpZGF0ZShuYW1lKSk7XG4gICAgfVxuICB9XG5cbiAgb248VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4odHlwZTogVCwgbGlzdGVuZXI6IFByb21wdEV2ZW50TGlzdGVuZXI8VD4pOiAoKSA9PiB2b2lkIHtcbiAgICByZXR1cm4gdGhpcy4jZW1pdHRlci5vbih0eXBlLCBsaXN0ZW5lcik7XG4gIH1cblxuICBpbnZhbGlkYXRlKG5hbWU/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLiNjYWNoZS5pbnZhbGlkYXRlKG5hbWUpO1xuICB9XG5cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI2Nsb3NlZCkgcmV0dXJuO1xuICAgIHRoaXMuI2Nsb3NlZCA9IHRydWU7XG4gICAgdGhpcy4jdW53YXRjaD8uKCk7XG4gICAgdGhpcy4jdW53YXRjaCA9IHVuZGVmaW5lZDtcbiAgICB0aGlzLiNjYWNoZS5pbnZhbGlkYXRlKCk7XG4gICAgYXdhaXQgdGhpcy4jc25hcHNob3Q/LmZsdXNoKCk7XG4gIH1cblxuICBhc3luYyBnZXRQcm9tcHQ8UyBleHRlbmRzIFByb21wdFNwZWNTdHJpbmc+KFxuICAgIHNwZWM6IFMsXG4gICAgb3B0aW9uczogR2V0UHJvbXB0T3B0aW9ucyA9IHt9LFxuICApOiBQcm9taXNlPFByb21wdDxWYXJpYWJsZXNPZjxTPj4+IHtcbiAgICBjb25zdCBzdGFydGVkID0gdGhpcy4jZW1pdHRlci5hY3RpdmUgPyB0aGlzLiNjdHguZWxhcHNlZCgpIDogMDtcbiAgICBsZXQgcmVxdWVzdDogUmVxdWVzdCB8IHVuZGVmaW5lZDtcbiAgICBjb25zdCBzdHJpY3QgPSBvcHRpb25zLnN0cmljdCA/PyB0aGlzLiNvLnN0cmljdDtcbiAgICB0cnkge1xuICAgICAgaWYgKHRoaXMuI2Nsb3NlZClcbiAgICAgICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCd0aGlzIHByb21wdCBjbGllbnQgd2FzIGNsb3NlZDsgY3JlYXRlIGEgbmV3IG9uZSB3aXRoIGNyZWF0ZVByb21wdENsaWVudCgpJyk7XG4gICAgICByZXF1ZXN0ID0gdGhpcy4jcmVxdWVzdChzcGVjKTtcbiAgICAgIGNvbnN0IHNlcnZlZCA9IHRoaXMuI3NlcnZlQ2FjaGVkKHJlcXVlc3QsIHN0cmljdCkgPz8gKGF3YWl0IHRoaXMuI3NlcnZlKHJlcXVlc3QsIHN0cmljdCkpO1xuICAgICAgdGhpcy4jZW1pdEZldGNoKHJlcXVlc3QsIHNlcnZlZCwgc3RhcnRlZCk7XG4gICAgICByZXR1cm4gbmV3IFByb21wdEhhbmRsZShzZXJ2ZWQuZW50cnksIHNlcnZlZC5zb3VyY2UsIHJlcXVlc3Quc2VsZWN0b3IsIHN0cmljdCwgdGhpcy4jY3R4KTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKHJlcXVlc3QgIT09IHVuZGVmaW5lZCAmJiBvcHRpb25zLmZhbGxiYWNrICE9PSB1bmRlZmluZWQgJiYgY2FuRmFsbEJhY2soZXJyb3IpKSB7XG4gICAgICAgIHRoaXMuI2VtaXRFcnJvcihyZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IsIGVycm9yKTtcbiAgICAgICAgbGV0IGVudHJ5OiBDb21waWxlZEVudHJ5O1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGVudHJ5ID0gYXdhaXQgdGhpcy4jZmFsbGJhY2socmVxdWVzdCwgb3B0aW9ucy5mYWxsYmFjaywgc3RyaWN0KTtcbiAgICAgICAgfSBjYXRjaCAoZmFsbGJhY2tFcnJvcikge1xuICAgICAgICAgIHRoaXMuI2VtaXRFcnJvcihyZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IsIGZhbGxiYWNrRXJyb3IpO1xuICAgICAgICAgIHRocm93IGZhbGxiYWNrRXJyb3I7XG4gICAgICAgIH1cbiAgICAgICAgdGhpcy4jZW1pdEZldGNoKHJlcXVlc3QsIHsgZW50cnksIGNhY2hlOiAnbWlzcycsIHNvdXJjZTogJ2ZhbGxiYWNrJyB9LCBzdGFydGVkKTtcbiAgICAgICAgcmV0dXJuIG5ldyBQcm9tcHRIYW5kbGUoZW50cnksICdmYWxsYmFjaycsIHJlcXVlc3Quc2VsZWN0b3IsIHN0cmljdCwgdGhpcy4jY3R4KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGZpbmFsID0gcmVxdWVzdCAhPT0gdW5kZWZpbmVkICYmIGlzVW5hdmFpbGFibGUoZXJyb3IpID8gd2l0aE5vRmFsbGJhY2soZXJyb3IpIDogZXJyb3I7XG4gICAgICB0aGlzLiNlbWl0RXJyb3IocmVxdWVzdD8ubmFtZSA/PyBTdHJpbmcoc3BlYyksIHJlcXVlc3Q/LnNlbGVjdG9yLCBmaW5hbCk7XG4gICAgICB0aHJvdyBmaW5hbDtcbiAgICB9XG4gIH1cblxuICBhc3luYyBwcmVmZXRjaChzcGVjcz86IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbWlzZTxQcmVmZXRjaFJlcG9ydD4ge1xuICAgIGNvbnN0IGxpc3QgPSBzcGVjcyA/PyAoYXdhaXQgdGhpcy4jZGVmYXVsdFByZWZldGNoU3BlY3MoKSk7XG4gICAgY29uc3QgcmVzdWx0cyA9IGF3YWl0IFByb21pc2UuYWxsU2V0dGxlZChsaXN0Lm1hcCgoc3BlYykgPT4gdGhpcy5nZXRQcm9tcHQoc3BlYykpKTtcbiAgICBjb25zdCByZXBvcnQ6IFByZWZldGNoUmVwb3J0ID0geyBsb2FkZWQ6IFtdLCBmYWlsZWQ6IFtdIH07XG4gICAgcmVzdWx0cy5mb3JFYWNoKChyZXN1bHQsIGkpID0+IHtcbiAgICAgIGNvbnN0IHNwZWMgPSBsaXN0W2ldID8/ICcnO1xuICAgICAgaWYgKHJlc3VsdC5zdGF0dXMgPT09ICdmdWxmaWxsZWQnKSB7XG4gICAgICAgIGNvbnN0IHAgPSByZXN1bHQudmFsdWU7XG4gICAgICAgIHJlcG9ydC5sb2FkZWQucHVzaCh7IHNwZWMsIG5hbWU6IHAubmFtZSwgdmVyc2lvbjogcC52ZXJzaW9uLCBzb3VyY2U6IHAuc291cmNlIH0pO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgcmVwb3J0LmZhaWxlZC5wdXNoKHsgc3BlYywgZXJyb3I6IGFzRXJyb3IocmVzdWx0LnJlYXNvbikgfSk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgcmV0dXJuIHJlcG9ydDtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gcmVzb2x1dGlvblxuXG4gICNyZXF1ZXN0KHNwZWM6IHN0cmluZyk6IFJlcXVlc3Qge1xuICAgIGNvbnN0IG1lbW8gPSB0aGlzLiNzcGVjcy5nZXQoc3BlYyk7XG4gICAgaWYgKG1lbW8gIT09IHVuZGVmaW5lZCkgcmV0dXJuIG1lbW87XG4gICAgY29uc3QgeyBuYW1lLCBzZWxlY3RvciB9ID0gcGFyc2VTcGVjKHNwZWMpO1xuICAgIGNvbnN0IGVmZmVjdGl2ZSA9IHNlbGVjdG9yID8/IHRoaXMuI2JhcmVTZWxlY3RvcihuYW1lKTtcbiAgICBjb25zdCByZXF1ZXN0ID0gdGhpcy4jbWFrZVJlcXVlc3QobmFtZSwgZWZmZWN0aXZlKTtcbiAgICBpZiAodGhpcy4jc3BlY3Muc2l6ZSA+PSBTUEVDX01FTU9fU0laRSkgdGhpcy4jc3BlY3MuY2xlYXIoKTtcbiAgICB0aGlzLiNzcGVjcy5zZXQoc3BlYywgcmVxdWVzdCk7XG4gICAgcmV0dXJuIHJlcXVlc3Q7XG4gIH1cblxuICAjbWFrZVJlcXVlc3QobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nKTogUmVxdWVzdCB7XG4gICAgcmV0dXJuIHsgbmFtZSwgc2VsZWN0b3IsIGtleTogY2FjaGVLZXkobmFtZSwgc2VsZWN0b3IpLCBleGFjdDogc2VsZWN0b3JLaW5kKHNlbGVjdG9yKSA9PT0gJ2V4YWN0JyB9O1xuICB9XG5cbiAgLyoqIEJhcmUgbmFtZXM6IHRoZSBsb2NrZmlsZSwgdGhlbiB0aGUgcGlucywgdGhlbiBgZGVmYXVsdFNlbGVjdG9yYC4gKi9cbiAgI2JhcmVTZWxlY3RvcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIGNvbnN0IGxvY2tmaWxlID0gdGhpcy4jby5sb2NrZmlsZTtcbiAgICBjb25zdCBsb2NrZWQgPSBsb2NrZmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogb3duVmFsdWUobG9ja2ZpbGUucHJvbXB0cywgbmFtZSk7XG4gICAgcmV0dXJuIGxvY2tlZD8udmVyc2lvbiA/PyBvd25WYWx1ZSh0aGlzLiNvLnBpbnMsIG5hbWUpID8/IHRoaXMuI28uZGVmYXVsdFNlbGVjdG9yO1xuICB9XG5cbiAgLyoqIFBhcnRpYWxzOiB0aGUgbG9ja2ZpbGUsIHRoZW4gdGhlIHBpbnMsIHRoZW4gYCdsYXRlc3QnYCAoREVTSUdOLm1kOiBhIHBhcnRpYWwgaXMgaXRzIGxhdGVzdCB2ZXJzaW9uKS4gKi9cbiAgI3BhcnRpYWxTZWxlY3RvcihuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIGNvbnN0IGxvY2tmaWxlID0gdGhpcy4jby5sb2NrZmlsZTtcbiAgICBjb25zdCBsb2NrZWQgPSBsb2NrZmlsZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogb3duVmFsdWUobG9ja2ZpbGUucHJvbXB0cywgbmFtZSk7XG4gICAgcmV0dXJuIGxvY2tlZD8udmVyc2lvbiA/PyBvd25WYWx1ZSh0aGlzLiNvLnBpbnMsIG5hbWUpID8/ICdsYXRlc3QnO1xuICB9XG5cbiAgYXN5bmMgI2RlZmF1bHRQcmVmZXRjaFNwZWNzKCk6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgICBjb25zdCBuYW1lcyA9IG5ldyBTZXQoWy4uLk9iamVjdC5rZXlzKHRoaXMuI28ubG9ja2ZpbGU/LnByb21wdHMgPz8ge30pLCAuLi5PYmplY3Qua2V5cyh0aGlzLiNvLnBpbnMpXSk7XG4gICAgaWYgKG5hbWVzLnNpemUgPT09IDAgJiYgdHlwZW9mIHRoaXMuc3RvcmUubGlzdCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgZm9yIChjb25zdCBuYW1lIG9mIGF3YWl0IHRoaXMuc3RvcmUubGlzdCgpKSBuYW1lcy5hZGQobmFtZSk7XG4gICAgfVxuICAgIHJldHVybiBbLi4ubmFtZXNdLnNvcnQoKTtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gc2VydmluZ1xuXG4gIC8qKiBUaGUgZmFzdCBwYXRoOiBhIGNhY2hlZCByZXNvbHV0aW9uIHdpdGggaXRzIGNvbXBpbGVkIHByb21wdCwgc2VydmVkIHdpdGhvdXQgYXdhaXRpbmcgYW55dGhpbmcuICovXG4gICNzZXJ2ZUNhY2hlZChyZXF1ZXN0OiBSZXF1ZXN0LCBzdHJpY3Q6IGJvb2xlYW4pOiBTZXJ2ZWQgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHJlc29sdXRpb24gPSB0aGlzLiNjYWNoZS5yZXNvbHV0aW9uKHJlcXVlc3Qua2V5KTtcbiAgICBjb25zdCBjb21waWxlZCA9IHJlc29sdXRpb24gPT09IHVuZGVmaW5lZCB8fCBzdHJpY3QgIT09IHRoaXMuI28uc3RyaWN0ID8gdW5kZWZpbmVkIDogcmVzb2x1dGlvbi5jb21waWxlZDtcbiAgICBpZiAocmVzb2x1dGlvbiA9PT0gdW5kZWZpbmVkIHx8IGNvbXBpbGVkID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3QgZnJlc2huZXNzID0gdGhpcy4jY2FjaGUuZnJlc2huZXNzKHJlc29sdXRpb24sIHJlcXVlc3QuZXhhY3QpO1xuICAgIGlmIChmcmVzaG5lc3MgPT09ICdmcmVzaCcpIHtcbiAgICAgIHJldHVybiB7IGVudHJ5OiBjb21waWxlZCwgY2FjaGU6ICdoaXQnLCBzb3VyY2U6IHJlc29sdXRpb24ub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdjYWNoZScgfTtcbiAgICB9XG4gICAgaWYgKGZyZXNobmVzcyA9PT0gJ2V4cGlyZWQnKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHRoaXMuI3JlZnJlc2gocmVxdWVzdCwgcmVzb2x1dGlvbik7XG4gICAgcmV0dXJuIHsgZW50cnk6IGNvbXBpbGVkLCBjYWNoZTogJ3N0YWxlJywgc291cmNlOiByZXNvbHV0aW9uLm9yaWdpbiA9PT0gJ3NuYXBzaG90JyA/ICdzbmFwc2hvdCcgOiAnc3RhbGUnIH07XG4gIH1cblxuICBhc3luYyAjc2VydmUocmVxdWVzdDogUmVxdWVzdCwgc3RyaWN0OiBib29sZWFuKTogUHJvbWlzZTxTZXJ2ZWQ+IHtcbiAgICBjb25zdCB7IHJlc29sdXRpb24sIGNhY2hlLCBzb3VyY2UgfSA9IGF3YWl0IHRoaXMuI3Jlc29sdmUocmVxdWVzdCk7XG4gICAgY29uc3QgY29tcGlsZWQgPSBzdHJpY3QgPT09IHRoaXMuI28uc3RyaWN0ID8gcmVzb2x1dGlvbi5jb21waWxlZCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoY29tcGlsZWQgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgZW50cnk6IGNvbXBpbGVkLCBjYWNoZSwgc291cmNlIH07XG4gICAgY29uc3QgYnVpbHQgPSBhd2FpdCB0aGlzLiNjb21waWxlKHJlc29sdXRpb24sIHN0cmljdCk7XG4gICAgcmV0dXJuIHsgZW50cnk6IGJ1aWx0LmVudHJ5LCBjYWNoZTogYnVpbHQuam9pbmVkICYmIGNhY2hlID09PSAnaGl0JyA/ICdpbmZsaWdodCcgOiBjYWNoZSwgc291cmNlIH07XG4gIH1cblxuICAvKiogVGllciAyOiB3aGF0IGByZXF1ZXN0YCByZXNvbHZlcyB0bywgZnJvbSB0aGUgY2FjaGUsIGEgc2hhcmVkIGxvYWQsIG9yIGEgbmV3IGxvYWQuICovXG4gIGFzeW5jICNyZXNvbHZlKHJlcXVlc3Q6IFJlcXVlc3QpOiBQcm9taXNlPHsgcmVzb2x1dGlvbjogUmVzb2x1dGlvbjsgY2FjaGU6IENhY2hlUmVzdWx0OyBzb3VyY2U6IFByb21wdFNvdXJjZSB9PiB7XG4gICAgY29uc3QgY2FjaGVkID0gdGhpcy4jY2FjaGUucmVzb2x1dGlvbihyZXF1ZXN0LmtleSk7XG4gICAgbGV0IGV4cGlyZWQ6IFJlc29sdXRpb24gfCB1bmRlZmluZWQ7XG4gICAgaWYgKGNhY2hlZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBmcmVzaG5lc3MgPSB0aGlzLiNjYWNoZS5mcmVzaG5lc3MoY2FjaGVkLCByZXF1ZXN0LmV4YWN0KTtcbiAgICAgIGlmIChmcmVzaG5lc3MgPT09ICdmcmVzaCcpIHtcbiAgICAgICAgcmV0dXJuIHsgcmVzb2x1dGlvbjogY2FjaGVkLCBjYWNoZTogJ2hpdCcsIHNvdXJjZTogY2FjaGVkLm9yaWdpbiA9PT0gJ3NuYXBzaG90JyA/ICdzbmFwc2hvdCcgOiAnY2FjaGUnIH07XG4gICAgICB9XG4gICAgICBpZiAoZnJlc2huZXNzID09PSAnc3RhbGUnKSB7XG4gICAgICAgIHRoaXMuI3JlZnJlc2gocmVxdWVzdCwgY2FjaGVkKTtcbiAgICAgICAgcmV0dXJuIHsgcmVzb2x1dGlvbjogY2FjaGVkLCBjYWNoZTogJ3N0YWxlJywgc291cmNlOiBjYWNoZWQub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdzdGFsZScgfTtcbiAgICAgIH1cbiAgICAgIGV4cGlyZWQgPSBjYWNoZWQ7XG4gICAgICB0aGlzLiNjYWNoZS5kZWxldGVSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCBjYWNoZWQpO1xuICAgIH1cbiAgICBjb25zdCB7IHByb21pc2UsIGpvaW5lZCB9ID0gdGhpcy4jY2FjaGUuc2hhcmUodGhpcy4jY2FjaGUubG9hZGluZywgcmVxdWVzdC5rZXksIHJlcXVlc3QubmFtZSwgKGZsaWdodCkgPT5cbiAgICAgIHRoaXMuI2xvYWQocmVxdWVzdCwgZmxpZ2h0LCBleHBpcmVkKSxcbiAgICApO1xuICAgIGNvbnN0IHsgcmVzb2x1dGlvbiwgc291cmNlIH0gPSBhd2FpdCBwcm9taXNlO1xuICAgIHJldHVybiB7IHJlc29sdXRpb24sIGNhY2hlOiBqb2luZWQgPyAnaW5mbGlnaHQnIDogJ21pc3MnLCBzb3VyY2UgfTtcbiAgfVxuXG4gIC8qKiBBIGZvcmVncm91bmQgbG9hZDogc3RvcmUgXHUyMTkyIHN0YWxlIGNvcHkgXHUyMTkyIHNuYXBzaG90LCBvciBhIGBTdG9yZUVycm9yYCBzYXlpbmcgd2hhdCB3YXMgdHJpZWQuICovXG4gIGFzeW5jICNsb2FkKHJlcXVlc3Q6IFJlcXVlc3QsIGZsaWdodDogRmxpZ2h0PExvYWRlZD4sIGV4cGlyZWQ6IFJlc29sdXRpb24gfCB1bmRlZmluZWQpOiBQcm9taXNlPExvYWRlZD4ge1xuICAgIGxldCBzdG9yZUVycm9yOiB1bmtub3duO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCByZXNvbHV0aW9uID0gYXdhaXQgdGhpcy4jbG9hZEZyb21TdG9yZShyZXF1ZXN0KTtcbiAgICAgIGlmICghZmxpZ2h0LmNhbmNlbGxlZCkgdGhpcy4jY2FjaGUuc2V0UmVzb2x1dGlvbihyZXF1ZXN0LmtleSwgcmVzb2x1dGlvbik7XG4gICAgICByZXR1cm4geyByZXNvbHV0aW9uLCBzb3VyY2U6ICdzdG9yZScgfTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKCFpc1VuYXZhaWxhYmxlKGVycm9yKSkgdGhyb3cgZXJyb3I7XG4gICAgICBzdG9yZUVycm9yID0gZXJyb3I7XG4gICAgfVxuICAgIGNvbnN0IHRyaWVkID0gW2B0aGUgJHt0aGlzLnN0b3JlLm5hbWV9IHN0b3JlIGZhaWxlZCAoJHtlcnJvclRleHQoc3RvcmVFcnJvcil9KWBdO1xuXG4gICAgLy8gQSBzdGFsZSBjb3B5IHN0aWxsIHdpdGhpbiBtYXhTdGFsZU1zIChvbmUgY2FuIGFwcGVhciB3aGlsZSB0aGlzIGxvYWQgcmFuKS5cbiAgICBjb25zdCBjdXJyZW50ID0gdGhpcy4jY2FjaGUucmVzb2x1dGlvbihyZXF1ZXN0LmtleSk7XG4gICAgaWYgKGN1cnJlbnQgIT09IHVuZGVmaW5lZCAmJiB0aGlzLiNjYWNoZS5mcmVzaG5lc3MoY3VycmVudCwgcmVxdWVzdC5leGFjdCkgIT09ICdleHBpcmVkJykge1xuICAgICAgcmV0dXJuIHsgcmVzb2x1dGlvbjogY3VycmVudCwgc291cmNlOiAnc3RhbGUnIH07XG4gICAgfVxuICAgIHRyaWVkLnB1c2goXG4gICAgICBleHBpcmVkID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAnbm8gc3RhbGUgY29weSdcbiAgICAgICAgOiBgdGhlIHN0YWxlIGNvcHkgKCR7ZXhwaXJlZC52ZXJzaW9ufSkgaXMgb2xkZXIgdGhhbiBjYWNoZS5tYXhTdGFsZU1zICgke3RoaXMuI2NhY2hlLm1heFN0YWxlTXN9IG1zKWAsXG4gICAgKTtcblxuICAgIGlmICh0aGlzLiNzbmFwc2hvdCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0cmllZC5wdXNoKCdubyBzbmFwc2hvdCBjb25maWd1cmVkJyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IGZvdW5kID0gYXdhaXQgdGhpcy4jc25hcHNob3QubG9va3VwKHJlcXVlc3QubmFtZSwgcmVxdWVzdC5zZWxlY3Rvcik7XG4gICAgICBpZiAoZm91bmQuZm91bmQpIHtcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBjb25zdCByZWNvcmQgPSBwYXJzZVJlY29yZChmb3VuZC5yZWNvcmQsIGBzbmFwc2hvdCBlbnRyeSAke3JlcXVlc3Qua2V5fWApO1xuICAgICAgICAgIGlmIChyZWNvcmQubmFtZSAhPT0gcmVxdWVzdC5uYW1lKSB0aHJvdyBuZXcgRXJyb3IoYGl0IGhvbGRzIFwiJHtyZWNvcmQubmFtZX1cImApO1xuICAgICAgICAgIGNvbnN0IGhhc2ggPSBhd2FpdCBjaGVja0ludGVncml0eShyZWNvcmQsIGxvY2tlZEhhc2godGhpcy4jby5sb2NrZmlsZSwgcmVxdWVzdC5uYW1lLCByZWNvcmQudmVyc2lvbikpO1xuICAgICAgICAgIGNvbnN0IHJlc29sdXRpb246IFJlc29sdXRpb24gPSB7XG4gICAgICAgICAgICBuYW1lOiByZXF1ZXN0Lm5hbWUsXG4gICAgICAgICAgICBzZWxlY3RvcjogcmVxdWVzdC5zZWxlY3RvcixcbiAgICAgICAgICAgIHJlY29yZCxcbiAgICAgICAgICAgIHZlcnNpb246IHJlY29yZC52ZXJzaW9uLFxuICAgICAgICAgICAgaGFzaCxcbiAgICAgICAgICAgIG9yaWdpbjogJ3NuYXBzaG90JyxcbiAgICAgICAgICAgIC8vIFN0YWxlIGZyb20gdGhlIHN0YXJ0OiBzZXJ2ZWQgd2hpbGUgYSByZWZyZXNoIHRyaWVzIHRoZSBzdG9yZSBhZ2Fpbi5cbiAgICAgICAgICAgIGxvYWRlZEF0OiB0aGlzLiNub3coKSAtIHRoaXMuI2NhY2hlLnR0bE1zLFxuICAgICAgICAgICAgcmV0cnlBdDogMCxcbiAgICAgICAgICAgIGNvbXBpbGVkOiB1bmRlZmluZWQsXG4gICAgICAgICAgfTtcbiAgICAgICAgICBpZiAoIWZsaWdodC5jYW5jZWxsZWQpIHRoaXMuI2NhY2hlLnNldFJlc29sdXRpb24ocmVxdWVzdC5rZXksIHJlc29sdXRpb24pO1xuICAgICAgICAgIHJldHVybiB7IHJlc29sdXRpb24sIHNvdXJjZTogJ3NuYXBzaG90JyB9O1xuICAgICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICAgIHRyaWVkLnB1c2goYHRoZSBzbmFwc2hvdCBlbnRyeSB3YXMgcmVqZWN0ZWQgKCR7ZXJyb3JUZXh0KGVycm9yKX0pYCk7XG4gICAgICAgIH1cbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIHRyaWVkLnB1c2goZm91bmQucmVhc29uKTtcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgY2F1c2UgPSBzdG9yZUVycm9yIGluc3RhbmNlb2YgU3RvcmVFcnJvciA/IHN0b3JlRXJyb3IgOiB1bmRlZmluZWQ7XG4gICAgdGhyb3cgbmV3IFN0b3JlRXJyb3IoXG4gICAgICBgQ291bGQgbm90IGxvYWQgcHJvbXB0IFwiJHtyZXF1ZXN0LmtleX1cIjogJHt0cmllZC5qb2luKCc7ICcpfWAsXG4gICAgICB7XG4gICAgICAgIHN0b3JlOiB0aGlzLnN0b3JlLm5hbWUsXG4gICAgICAgIC4uLihjYXVzZT8uc3RhdHVzID09PSB1bmRlZmluZWQgPyB7fSA6IHsgc3RhdHVzOiBjYXVzZS5zdGF0dXMgfSksXG4gICAgICAgIHJldHJ5YWJsZTogY2F1c2U/LnJldHJ5YWJsZSA/PyBmYWxzZSxcbiAgICAgIH0sXG4gICAgICB7IGNhdXNlOiBzdG9yZUVycm9yIH0sXG4gICAgKTtcbiAgfVxuXG4gIGFzeW5jICNsb2FkRnJvbVN0b3JlKHJlcXVlc3Q6IFJlcXVlc3QpOiBQcm9taXNlPFJlc29sdXRpb24+IHtcbiAgICBjb25zdCByZWNvcmQgPSBhd2FpdCBmZXRjaFJlY29yZCh0aGlzLnN0b3JlLCByZXF1ZXN0Lm5hbWUsIHJlcXVlc3Quc2VsZWN0b3IpO1xuICAgIGNvbnN0IGhhc2ggPSBhd2FpdCBjaGVja0ludGVncml0eShyZWNvcmQsIGxvY2tlZEhhc2godGhpcy4jby5sb2NrZmlsZSwgcmVxdWVzdC5uYW1lLCByZWNvcmQudmVyc2lvbikpO1xuICAgIHRoaXMuI3NuYXBzaG90Py5ub3RlKHJlcXVlc3QubmFtZSwgcmVxdWVzdC5zZWxlY3RvciwgcmVjb3JkLCBoYXNoKTtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZTogcmVxdWVzdC5uYW1lLFxuICAgICAgc2VsZWN0b3I6IHJlcXVlc3Quc2VsZWN0b3IsXG4gICAgICByZWNvcmQsXG4gICAgICB2ZXJzaW9uOiByZWNvcmQudmVyc2lvbixcbiAgICAgIGhhc2gsXG4gICAgICBvcmlnaW46ICdzdG9yZScsXG4gICAgICBsb2FkZWRBdDogdGhpcy4jbm93KCksXG4gICAgICByZXRyeUF0OiAwLFxuICAgICAgY29tcGlsZWQ6IHVuZGVmaW5lZCxcbiAgICB9O1xuICB9XG5cbiAgLyoqIFN0YXJ0IG9uZSBiYWNrZ3JvdW5kIHJlZnJlc2ggb2YgYSBzdGFsZSBzZWxlY3RvciwgdW5sZXNzIG9uZSBydW5zIG9yIGEgZmFpbGVkIG9uZSBpcyB0b28gcmVjZW50LiAqL1xuICAjcmVmcmVzaChyZXF1ZXN0OiBSZXF1ZXN0LCBzdGFsZTogUmVzb2x1dGlvbik6IHZvaWQge1xuICAgIGlmICh0aGlzLiNjYWNoZS5yZWZyZXNoaW5nLmhhcyhyZXF1ZXN0LmtleSkgfHwgdGhpcy4jbm93KCkgPCBzdGFsZS5yZXRyeUF0KSByZXR1cm47XG4gICAgY29uc3QgcmVmcmVzaGluZyA9IHRoaXMuI2NhY2hlLnJlZnJlc2hpbmc7XG4gICAgdGhpcy4jY2FjaGUuc2hhcmUocmVmcmVzaGluZywgcmVxdWVzdC5rZXksIHJlcXVlc3QubmFtZSwgYXN5bmMgKGZsaWdodCkgPT4ge1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3QgZnJlc2ggPSBhd2FpdCB0aGlzLiNsb2FkRnJvbVN0b3JlKHJlcXVlc3QpO1xuICAgICAgICBmcmVzaC5jb21waWxlZCA9IChhd2FpdCB0aGlzLiNjb21waWxlKGZyZXNoLCB0aGlzLiNvLnN0cmljdCwgc3RhbGUuY29tcGlsZWQpKS5lbnRyeTtcbiAgICAgICAgdGhpcy4jY2FjaGUubGFuZChyZWZyZXNoaW5nLCByZXF1ZXN0LmtleSwgZmxpZ2h0KTtcbiAgICAgICAgaWYgKGZsaWdodC5jYW5jZWxsZWQpIHJldHVybjtcbiAgICAgICAgdGhpcy4jY2FjaGUuc2V0UmVzb2x1dGlvbihyZXF1ZXN0LmtleSwgZnJlc2gpO1xuICAgICAgICB0aGlzLiNlbWl0UmVmcmVzaChyZXF1ZXN0LCB0cnVlLCBzdGFsZS52ZXJzaW9uLCBmcmVzaC52ZXJzaW9uKTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIHRoaXMuI2NhY2hlLmxhbmQocmVmcmVzaGluZywgcmVxdWVzdC5rZXksIGZsaWdodCk7XG4gICAgICAgIGlmIChmbGlnaHQuY2FuY2VsbGVkKSByZXR1cm47XG4gICAgICAgIGlmIChpc05vdEZvdW5kKGVycm9yKSkge1xuICAgICAgICAgIC8vIFRoZSBzdG9yZSBzYXlzIHRoZSBuYW1lIG9yIGxhYmVsIGlzIGdvbmU6IHNlcnZlIGl0IG5vIG1vcmUuXG4gICAgICAgICAgdGhpcy4jY2FjaGUuZGVsZXRlUmVzb2x1dGlvbihyZXF1ZXN0LmtleSwgc3RhbGUpO1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIHN0YWxlLnJldHJ5QXQgPSB0aGlzLiNub3coKSArIE1hdGgubWluKHRoaXMuI2NhY2hlLnR0bE1zLCBSRUZSRVNIX1JFVFJZX01TKTtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLiNlbWl0UmVmcmVzaChyZXF1ZXN0LCBmYWxzZSwgc3RhbGUudmVyc2lvbiwgdW5kZWZpbmVkLCBlcnJvcik7XG4gICAgICB9XG4gICAgfSk7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGNvbXBpbGF0aW9uXG5cbiAgLyoqXG4gICAqIFRpZXIgMTogdGhlIGNvbXBpbGVkIHByb21wdCBvZiBhIHJlc29sdXRpb24sIHNoYXJlZCBwZXIgYG5hbWVAdmVyc2lvbmAuIFdpdGggYHByZXZpb3VzYCwgdGhlXG4gICAqIHBhcnRpYWxzIGFyZSByZXNvbHZlZCBhZ2FpbiBhbmQgYHByZXZpb3VzYCBpcyBrZXB0IHdoZW4gbm9uZSBjaGFuZ2VkLlxuICAgKi9cbiAgI2NvbXBpbGUoXG4gICAgcmVzb2x1dGlvbjogUmVzb2x1dGlvbixcbiAgICBzdHJpY3Q6IGJvb2xlYW4sXG4gICAgcHJldmlvdXM/OiBDb21waWxlZEVudHJ5LFxuICApOiBQcm9taXNlPHsgZW50cnk6IENvbXBpbGVkRW50cnk7IGpvaW5lZDogYm9vbGVhbiB9PiB8IHsgZW50cnk6IENvbXBpbGVkRW50cnk7IGpvaW5lZDogYm9vbGVhbiB9IHtcbiAgICBjb25zdCBpc0RlZmF1bHQgPSBzdHJpY3QgPT09IHRoaXMuI28uc3RyaWN0O1xuICAgIGNvbnN0IGtleSA9IGlzRGVmYXVsdFxuICAgICAgPyBjYWNoZUtleShyZXNvbHV0aW9uLm5hbWUsIHJlc29sdXRpb24udmVyc2lvbilcbiAgICAgIDogYCR7Y2FjaGVLZXkocmVzb2x1dGlvbi5uYW1lLCByZXNvbHV0aW9uLnZlcnNpb24pfSMke3N0cmljdCA/ICdzdHJpY3QnIDogJ2xvb3NlJ31gO1xuICAgIGNvbnN0IGhpdCA9IHRoaXMuI2NhY2hlLmNvbXBpbGVkRW50cnkoa2V5KTtcbiAgICBpZiAoaGl0ICE9PSB1bmRlZmluZWQgJiYgaGl0Lmhhc2ggPT09IHJlc29sdXRpb24uaGFzaCAmJiAocHJldmlvdXMgPT09IHVuZGVmaW5lZCB8fCBoaXQuZGVwcy5zaXplID09PSAwKSkge1xuICAgICAgaWYgKGlzRGVmYXVsdCkgcmVzb2x1dGlvbi5jb21waWxlZCA9IGhpdDtcbiAgICAgIHJldHVybiB7IGVudHJ5OiBoaXQsIGpvaW5lZDogZmFsc2UgfTtcbiAgICB9XG4gICAgY29uc3QgeyBwcm9taXNlLCBqb2luZWQgfSA9IHRoaXMuI2NhY2hlLnNoYXJlKHRoaXMuI2NhY2hlLmNvbXBpbGluZywga2V5LCByZXNvbHV0aW9uLm5hbWUsIGFzeW5jIChmbGlnaHQpID0+IHtcbiAgICAgIGNvbnN0IHsgcmVjb3JkcywgZGVwcyB9ID0gYXdhaXQgdGhpcy4jZ2F0aGVyUGFydGlhbHMocmVzb2x1dGlvbi5yZWNvcmQpO1xuICAgICAgY29uc3QgZXhpc3RpbmcgPSB0aGlzLiNjYWNoZS5jb21waWxlZEVudHJ5KGtleSkgPz8gcHJldmlvdXM7XG4gICAgICBjb25zdCBlbnRyeSA9XG4gICAgICAgIGV4aXN0aW5nICE9PSB1bmRlZmluZWQgJiYgZXhpc3RpbmcuaGFzaCA9PT0gcmVzb2x1dGlvbi5oYXNoICYmIHNhbWVEZXBzKGV4aXN0aW5nLmRlcHMsIGRlcHMpXG4gICAgICAgICAgPyBleGlzdGluZ1xuICAgICAgICAgIDoge1xuICAgICAgICAgICAgICByZWNvcmQ6IHJlc29sdXRpb24ucmVjb3JkLFxuICAgICAgICAgICAgICBoYXNoOiByZXNvbHV0aW9uLmhhc2gsXG4gICAgICAgICAgICAgIGNvbXBpbGVkOiBjb21waWxlUHJvbXB0KHJlc29sdXRpb24ucmVjb3JkLCB7IHN0cmljdCwgcGFydGlhbHM6IChuYW1lKSA9PiByZWNvcmRzLmdldChuYW1lKSB9KSxcbiAgICAgICAgICAgICAgZGVwcyxcbiAgICAgICAgICAgIH07XG4gICAgICBpZiAoIWZsaWdodC5jYW5jZWxsZWQpIHRoaXMuI2NhY2hlLnNldENvbXBpbGVkKGtleSwgZW50cnkpO1xuICAgICAgcmV0dXJuIGVudHJ5O1xuICAgIH0pO1xuICAgIHJldHVybiBwcm9taXNlLnRoZW4oKGVudHJ5KSA9PiB7XG4gICAgICBpZiAoaXNEZWZhdWx0KSByZXNvbHV0aW9uLmNvbXBpbGVkID0gZW50cnk7XG4gICAgICByZXR1cm4geyBlbnRyeSwgam9pbmVkIH07XG4gICAgfSk7XG4gIH1cblxuICAvKiogTG9hZCB0aGUgcmVjb3JkcyBvZiBldmVyeSBwYXJ0aWFsIGByb290YCBpbmNsdWRlcywgcmVjdXJzaXZlbHkgKGJvdW5kZWQpLCB0aHJvdWdoIHRoZSBjYWNoZS4gKi9cbiAgYXN5bmMgI2dhdGhlclBhcnRpYWxzKFxuICAgIHJvb3Q6IFByb21wdFJlY29yZCxcbiAgKTogUHJvbWlzZTx7IHJlY29yZHM6IE1hcDxzdHJpbmcsIFByb21wdFJlY29yZD47IGRlcHM6IE1hcDxzdHJpbmcsIHN0cmluZz4gfT4ge1xuICAgIGNvbnN0IHJlY29yZHMgPSBuZXcgTWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPigpO1xuICAgIGNvbnN0IGRlcHMgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICAgIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBsZXQgbGV2ZWwgPSBwYXJ0aWFsTmFtZXNPZihyb290KTtcbiAgICB3aGlsZSAobGV2ZWwubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgbmFtZXMgPSBsZXZlbC5maWx0ZXIoKG5hbWUpID0+ICFzZWVuLmhhcyhuYW1lKSk7XG4gICAgICBmb3IgKGNvbnN0IG5hbWUgb2YgbmFtZXMpIHNlZW4uYWRkKG5hbWUpO1xuICAgICAgaWYgKHNlZW4uc2l6ZSA+IE1BWF9QQVJUSUFMUykge1xuICAgICAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICAgICAgYGluY2x1ZGVzIG1vcmUgdGhhbiAke01BWF9QQVJUSUFMU30gZGlzdGluY3QgcGFydGlhbHMgKHJlY3Vyc2l2ZWx5KTsgc3BsaXQgdGhlIHByb21wdCBvciBmbGF0dGVuIGl0cyBwYXJ0aWFsc2AsXG4gICAgICAgICAgeyBwcm9tcHROYW1lOiByb290Lm5hbWUsIGZpZWxkOiAndGVtcGxhdGUnIH0sXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBjb25zdCBsb2FkZWQgPSBhd2FpdCBQcm9taXNlLmFsbChuYW1lcy5tYXAoKG5hbWUpID0+IHRoaXMuI3BhcnRpYWxSZWNvcmQocm9vdCwgbmFtZSkpKTtcbiAgICAgIGxldmVsID0gW107XG4gICAgICBsb2FkZWQuZm9yRWFjaCgocmVjb3JkLCBpKSA9PiB7XG4gICAgICAgIGNvbnN0IG5hbWUgPSBuYW1lc1tpXSA/PyAnJztcbiAgICAgICAgaWYgKHJlY29yZCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gICAgICAgIHJlY29yZHMuc2V0KG5hbWUsIHJlY29yZCk7XG4gICAgICAgIGRlcHMuc2V0KG5hbWUsIHJlY29yZC52ZXJzaW9uKTtcbiAgICAgICAgaWYgKHJlY29yZCAhPT0gcm9vdCkgbGV2ZWwucHVzaCguLi5wYXJ0aWFsTmFtZXNPZihyZWNvcmQpKTtcbiAgICAgIH0pO1xuICAgIH1cbiAgICByZXR1cm4geyByZWNvcmRzLCBkZXBzIH07XG4gIH1cblxuICAvKiogQSBwYXJ0aWFsJ3MgcmVjb3JkOiB0aGUgcm9vdCBpdHNlbGYgZm9yIGEgc2VsZi1pbmNsdXNpb24sIGB1bmRlZmluZWRgIHdoZW4gdGhlIHN0b3JlIGhhcyBubyBzdWNoIG5hbWUuICovXG4gIGFzeW5jICNwYXJ0aWFsUmVjb3JkKHJvb3Q6IFByb21wdFJlY29yZCwgbmFtZTogc3RyaW5nKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ+IHtcbiAgICBpZiAobmFtZSA9PT0gcm9vdC5uYW1lKSByZXR1cm4gcm9vdDtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIChhd2FpdCB0aGlzLiNyZXNvbHZlKHRoaXMuI21ha2VSZXF1ZXN0KG5hbWUsIHRoaXMuI3BhcnRpYWxTZWxlY3RvcihuYW1lKSkpKS5yZXNvbHV0aW9uLnJlY29yZDtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Tm90Rm91bmRFcnJvcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gZmFsbGJhY2tcblxuICBhc3luYyAjZmFsbGJhY2socmVxdWVzdDogUmVxdWVzdCwgZmFsbGJhY2s6IFByb21wdEZhbGxiYWNrLCBzdHJpY3Q6IGJvb2xlYW4pOiBQcm9taXNlPENvbXBpbGVkRW50cnk+IHtcbiAgICBjb25zdCBtZW1vS2V5ID0gdHlwZW9mIGZhbGxiYWNrID09PSAnc3RyaW5nJyA/IGAke3JlcXVlc3QubmFtZX1cXHUwMDAwJHtzdHJpY3R9XFx1MDAwMCR7ZmFsbGJhY2t9YCA6IHVuZGVmaW5lZDtcbiAgICBjb25zdCBtZW1vID0gbWVtb0tleSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogdGhpcy4jZmFsbGJhY2tzLmdldChtZW1vS2V5KTtcbiAgICBpZiAobWVtbyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gbWVtbztcbiAgICBjb25zdCBidWlsdCA9IChhc3luYyAoKTogUHJvbWlzZTxDb21waWxlZEVudHJ5PiA9PiB7XG4gICAgICBjb25zdCByZWNvcmQgPSBmYWxsYmFja1JlY29yZChyZXF1ZXN0Lm5hbWUsIGZhbGxiYWNrKTtcbiAgICAgIGNvbnN0IGhhc2ggPSBhd2FpdCBjaGVja0ludGVncml0eShyZWNvcmQpO1xuICAgICAgY29uc3QgcmVjb3JkcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+KCk7XG4gICAgICBmb3IgKGNvbnN0IG5hbWUgb2YgcGFydGlhbE5hbWVzT2YocmVjb3JkKSkge1xuICAgICAgICBjb25zdCBjYWNoZWQgPSB0aGlzLiNjYWNoZS5yZXNvbHV0aW9uKGNhY2hlS2V5KG5hbWUsIHRoaXMuI3BhcnRpYWxTZWxlY3RvcihuYW1lKSkpO1xuICAgICAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHJlY29yZHMuc2V0KG5hbWUsIGNhY2hlZC5yZWNvcmQpO1xuICAgICAgfVxuICAgICAgY29uc3QgY29tcGlsZWQgPSBjb21waWxlUHJvbXB0KHJlY29yZCwgeyBzdHJpY3QsIHBhcnRpYWxzOiAobmFtZSkgPT4gcmVjb3Jkcy5nZXQobmFtZSkgfSk7XG4gICAgICByZXR1cm4geyByZWNvcmQsIGhhc2gsIGNvbXBpbGVkLCBkZXBzOiBuZXcgTWFwKCkgfTtcbiAgICB9KSgpO1xuICAgIGlmIChtZW1vS2V5ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmICh0aGlzLiNmYWxsYmFja3Muc2l6ZSA+PSBGQUxMQkFDS19NRU1PX1NJWkUpIHRoaXMuI2ZhbGxiYWNrcy5jbGVhcigpO1xuICAgICAgdGhpcy4jZmFsbGJhY2tzLnNldChtZW1vS2V5LCBidWlsdCk7XG4gICAgICBidWlsdC5jYXRjaCgoKSA9PiB0aGlzLiNmYWxsYmFja3MuZGVsZXRlKG1lbW9LZXkpKTtcbiAgICB9XG4gICAgcmV0dXJuIGJ1aWx0O1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBldmVudHNcblxuICAjcmVnaXN0ZXJIb29rcygpOiB2b2lkIHtcbiAgICBjb25zdCBoID0gdGhpcy4jby5ob29rcztcbiAgICBpZiAoaC5vbkZldGNoKSB0aGlzLiNlbWl0dGVyLm9uKCdmZXRjaCcsIGgub25GZXRjaCk7XG4gICAgaWYgKGgub25SZW5kZXIpIHRoaXMuI2VtaXR0ZXIub24oJ3JlbmRlcicsIGgub25SZW5kZXIpO1xuICAgIGlmIChoLm9uUmVmcmVzaCkgdGhpcy4jZW1pdHRlci5vbigncmVmcmVzaCcsIGgub25SZWZyZXNoKTtcbiAgICBpZiAoaC5vbkVycm9yKSB0aGlzLiNlbWl0dGVyLm9uKCdlcnJvcicsIGgub25FcnJvcik7XG4gICAgaWYgKGgub25Bc3NpZ25tZW50KSB0aGlzLiNlbWl0dGVyLm9uKCdhc3NpZ25tZW50JywgaC5vbkFzc2lnbm1lbnQpO1xuICAgIGlmIChoLm9uT3V0Y29tZSkgdGhpcy4jZW1pdHRlci5vbignb3V0Y29tZScsIGgub25PdXRjb21lKTtcbiAgICBpZiAoaC5vbkV2ZW50KSB0aGlzLiNlbWl0dGVyLm9uRXZlbnQoaC5vbkV2ZW50KTtcbiAgfVxuXG4gICNlbWl0RmV0Y2gocmVxdWVzdDogUmVxdWVzdCwgc2VydmVkOiBTZXJ2ZWQsIHN0YXJ0ZWQ6IG51bWJlcik6IHZvaWQge1xuICAgIGlmICghdGhpcy4jZW1pdHRlci53YW50cygnZmV0Y2gnKSkgcmV0dXJuO1xuICAgIHRoaXMuI2VtaXR0ZXIuZW1pdCh7XG4gICAgICB0eXBlOiAnZmV0Y2gnLFxuICAgICAgbmFtZTogcmVxdWVzdC5uYW1lLFxuICAgICAgc2VsZWN0b3I6IHJlcXVlc3Quc2VsZWN0b3IsXG4gICAgICB2ZXJzaW9uOiBzZXJ2ZWQuZW50cnkucmVjb3JkLnZlcnNpb24sXG4gICAgICBoYXNoOiBzZXJ2ZWQuZW50cnkuaGFzaCxcbiAgICAgIHN0b3JlOiB0aGlzLnN0b3JlLm5hbWUsXG4gICAgICBjYWNoZTogc2VydmVkLmNhY2hlLFxuICAgICAgc291cmNlOiBzZXJ2ZWQuc291cmNlLFxuICAgICAgZHVyYXRpb25Nczogc3RhcnRlZCA9PT0gMCA/IDAgOiB0aGlzLiNjdHguZWxhcHNlZCgpIC0gc3RhcnRlZCxcbiAgICB9KTtcbiAgfVxuXG4gICNlbWl0UmVmcmVzaChyZXF1ZXN0OiBSZXF1ZXN0LCBvazogYm9vbGVhbiwgZnJvbVZlcnNpb246IHN0cmluZywgdG9WZXJzaW9uPzogc3RyaW5nLCBlcnJvcj86IHVua25vd24pOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuI2VtaXR0ZXIud2FudHMoJ3JlZnJlc2gnKSkgcmV0dXJuO1xuICAgIHRoaXMuI2VtaXR0ZXIuZW1pdCh7XG4gICAgICB0eXBlOiAncmVmcmVzaCcsXG4gICAgICBuYW1lOiByZXF1ZXN0Lm5hbWUsXG4gICAgICBzZWxlY3RvcjogcmVxdWVzdC5zZWxlY3RvcixcbiAgICAgIG9rLFxuICAgICAgZnJvbVZlcnNpb24sXG4gICAgICAuLi4odG9WZXJzaW9uID09PSB1bmRlZmluZWQgPyB7fSA6IHsgdG9WZXJzaW9uIH0pLFxuICAgICAgLi4uKGVycm9yID09PSB1bmRlZmluZWQgPyB7fSA6IHsgZXJyb3I6IGFzRXJyb3IoZXJyb3IpIH0pLFxuICAgIH0pO1xuICB9XG5cbiAgI2VtaXRFcnJvcihuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcgfCB1bmRlZmluZWQsIGVycm9yOiB1bmtub3duKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLiNlbWl0dGVyLndhbnRzKCdlcnJvcicpKSByZXR1cm47XG4gICAgdGhpcy4jZW1pdHRlci5lbWl0KHtcbiAgICAgIHR5cGU6ICdlcnJvcicsXG4gICAgICBuYW1lLFxuICAgICAgLi4uKHNlbGVjdG9yID09PSB1bmRlZmluZWQgPyB7fSA6IHsgc2VsZWN0b3IgfSksXG4gICAgICBlcnJvcjogYXNFcnJvcihlcnJvciksXG4gICAgfSk7XG4gIH1cbn1cblxuLyoqIEZhaWx1cmVzIG9mIGF2YWlsYWJpbGl0eTogdGhlIHN0b3JlIGNvdWxkIG5vdCBhbnN3ZXIgKGFzIG9wcG9zZWQgdG8gYW5zd2VyaW5nIFwibm9cIiBvciBcImJhZFwiKS4gKi9cbmZ1bmN0aW9uIGlzVW5hdmFpbGFibGUoZXJyb3I6IHVua25vd24pOiBlcnJvciBpcyBTdG9yZUVycm9yIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgU3RvcmVFcnJvcjtcbn1cblxuLyoqIEEgZmFsbGJhY2sgc3RhbmRzIGluIHdoZW4gdGhlIHN0b3JlIGlzIHVuYXZhaWxhYmxlIG9yIGRvZXMgbm90IGtub3cgdGhlIHByb21wdC4gKi9cbmZ1bmN0aW9uIGNhbkZhbGxCYWNrKGVycm9yOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc1VuYXZhaWxhYmxlKGVycm9yKSB8fCBpc05vdEZvdW5kKGVycm9yKTtcbn1cblxuZnVuY3Rpb24gd2l0aE5vRmFsbGJhY2soZXJyb3I6IFN0b3JlRXJyb3IpOiBTdG9yZUVycm9yIHtcbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKFxuICAgIGAke2Vycm9yLm1lc3NhZ2V9OyBubyBmYWxsYmFjayBnaXZlbi4gUGFzcyBnZXRQcm9tcHQoc3BlYywgeyBmYWxsYmFjayB9KSBvciBjb25maWd1cmUgYSBzbmFwc2hvdCB0byBzZXJ2ZSBwcm9tcHRzIHdoaWxlIHRoZSBzdG9yZSBpcyBkb3duLmAsXG4gICAgeyBzdG9yZTogZXJyb3Iuc3RvcmUsIC4uLihlcnJvci5zdGF0dXMgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBzdGF0dXM6IGVycm9yLnN0YXR1cyB9KSwgcmV0cnlhYmxlOiBlcnJvci5yZXRyeWFibGUgfSxcbiAgICB7IGNhdXNlOiBlcnJvci5jYXVzZSA/PyBlcnJvciB9LFxuICApO1xufVxuXG5mdW5jdGlvbiBzYW1lRGVwcyhhOiBSZWFkb25seU1hcDxzdHJpbmcsIHN0cmluZz4sIGI6IFJlYWRvbmx5TWFwPHN0cmluZywgc3RyaW5nPik6IGJvb2xlYW4ge1xuICBpZiAoYS5zaXplICE9PSBiLnNpemUpIHJldHVybiBmYWxzZTtcbiAgZm9yIChjb25zdCBbbmFtZSwgdmVyc2lvbl0gb2YgYSkgaWYgKGIuZ2V0KG5hbWUpICE9PSB2ZXJzaW9uKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiB0cnVlO1xufVxuXG5mdW5jdGlvbiBlcnJvclRleHQoZXJyb3I6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGAke2Vycm9yLm5hbWV9OiAke2Vycm9yLm1lc3NhZ2V9YCA6IFN0cmluZyhlcnJvcik7XG59XG4iLCAiLyoqXG4gKiBUaGUgcmVxdWVzdCBoYW5kbGVyIG9mIHRoZSByZWZlcmVuY2Ugc2VydmVyOiBIVFRQIHByb3RvY29sIHYxIChERVNJR04ubWQgc2VjdGlvbiA3KSBvdmVyIGFueVxuICogYFByb21wdFN0b3JlYCwgb24gcGxhaW4gYG5vZGU6aHR0cGAgcmVxdWVzdC9yZXNwb25zZSBvYmplY3RzLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoLCB0aW1pbmdTYWZlRXF1YWwgfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgdHlwZSB7IEluY29taW5nTWVzc2FnZSwgU2VydmVyUmVzcG9uc2UgfSBmcm9tICdub2RlOmh0dHAnO1xuaW1wb3J0IHNlbXZlclZhbGlkIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvdmFsaWQuanMnO1xuaW1wb3J0IHsgY29tcHV0ZUhhc2gsIHZlcmlmeVJlY29yZEhhc2ggfSBmcm9tICcuLi9lbmdpbmUvaGFzaC5qcyc7XG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUgfSBmcm9tICcuLi9lbmdpbmUvbmFtZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQuanMnO1xuaW1wb3J0IHsgcGFyc2VSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLXNjaGVtYS5qcyc7XG5pbXBvcnQgeyBsYWJlbE1hcCwgc2VsZWN0b3JLaW5kLCBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB7XG4gIENvbmZpZ0Vycm9yLFxuICBJbnRlZ3JpdHlFcnJvcixcbiAgaXNQcm9tcHRPcHNFcnJvcixcbiAgUHJvbXB0Rm9ybWF0RXJyb3IsXG4gIFByb21wdE5vdEZvdW5kRXJyb3IsXG4gIFN0b3JlRXJyb3IsXG4gIFZlcnNpb25Ob3RGb3VuZEVycm9yLFxufSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm90b2NvbEVycm9yQ29kZSB9IGZyb20gJy4uL3N0b3Jlcy9odHRwL3Byb3RvY29sLmpzJztcbmltcG9ydCB7IHNldExhYmVsQm9keVNjaGVtYSB9IGZyb20gJy4uL3N0b3Jlcy9odHRwL3Byb3RvY29sLmpzJztcbmltcG9ydCB7IHJlc29sdmVMb2NhbGx5LCBzdWdnZXN0TmFtZXMgfSBmcm9tICcuLi9zdG9yZXMvcmVzb2x2ZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5cbi8qKiBPcHRpb25zIG9mIHRoZSByZXF1ZXN0IGhhbmRsZXIgKHNlZSBgY3JlYXRlUHJvbXB0U2VydmVyYCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdFJlcXVlc3RIYW5kbGVyT3B0aW9ucyB7XG4gIC8qKiBUaGUgc3RvcmUgdG8gc2VydmUuICovXG4gIHN0b3JlOiBQcm9tcHRTdG9yZTtcbiAgLyoqXG4gICAqIEJlYXJlciB0b2tlbiBldmVyeSByZXF1ZXN0IG11c3QgY2FycnkgKGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmApLCBjb21wYXJlZCBpbiBjb25zdGFudCB0aW1lLlxuICAgKiBAZGVmYXVsdCB1bmRlZmluZWQgKG5vIGF1dGhlbnRpY2F0aW9uKVxuICAgKi9cbiAgdG9rZW4/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBBY2NlcHQgYFBVVCAvdjEvcHJvbXB0cy97bmFtZX0vdmVyc2lvbnMve3ZlcnNpb259YCBhbmQgYFBVVCAvdjEvcHJvbXB0cy97bmFtZX0vbGFiZWxzL3tsYWJlbH1gLlxuICAgKiBAZGVmYXVsdCBmYWxzZVxuICAgKi9cbiAgd3JpdGFibGU/OiBib29sZWFuO1xuICAvKipcbiAgICogTGFyZ2VzdCBhY2NlcHRlZCByZXF1ZXN0IGJvZHkgaW4gYnl0ZXMgKGEgbGFyZ2VyIG9uZSBpcyBhbnN3ZXJlZCB3aXRoIDQxMykuXG4gICAqIEBkZWZhdWx0IDEwNDg1NzYgKDEgTUIpXG4gICAqL1xuICBtYXhCb2R5Qnl0ZXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBDYWxsZWQgd2l0aCBldmVyeSB1bmV4cGVjdGVkIGVycm9yIChhIGJ1ZyBvciBhIHN0b3JlIGZhaWx1cmUgYW5zd2VyZWQgd2l0aCA1eHgpOyB0aGUgY2xpZW50IG9ubHlcbiAgICogc2VlcyBhIGdlbmVyaWMgbWVzc2FnZSBmb3Igbm9uLXByb21wdG9wcyBlcnJvcnMuXG4gICAqIEBkZWZhdWx0IGxvZ3MgdG8gY29uc29sZS5lcnJvclxuICAgKi9cbiAgb25FcnJvcj86IChlcnJvcjogdW5rbm93bikgPT4gdm9pZDtcbn1cblxuLyoqIEEgYG5vZGU6aHR0cGAgcmVxdWVzdCBsaXN0ZW5lci4gKi9cbmV4cG9ydCB0eXBlIFByb21wdFJlcXVlc3RIYW5kbGVyID0gKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlKSA9PiB2b2lkO1xuXG4vKiogQW4gZXJyb3IgYW5zd2VyOiBzdGF0dXMsIHByb3RvY29sIGNvZGUgYW5kIG1lc3NhZ2UuICovXG5jbGFzcyBIdHRwRmFpbHVyZSBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIsXG4gICAgcmVhZG9ubHkgY29kZTogUHJvdG9jb2xFcnJvckNvZGUsXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIHJlYWRvbmx5IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fSxcbiAgKSB7XG4gICAgc3VwZXIobWVzc2FnZSk7XG4gIH1cbn1cblxuY29uc3QgSU1NVVRBQkxFID0gJ3B1YmxpYywgbWF4LWFnZT0zMTUzNjAwMCwgaW1tdXRhYmxlJztcblxuZnVuY3Rpb24gc2hhMjU2KHRleHQ6IHN0cmluZyk6IEJ1ZmZlciB7XG4gIHJldHVybiBjcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUodGV4dCwgJ3V0ZjgnKS5kaWdlc3QoKTtcbn1cblxuLyoqXG4gKiBNYWtlIGEgcmVxdWVzdCBsaXN0ZW5lciBzZXJ2aW5nIHByb3RvY29sIHYxIG92ZXIgYG9wdGlvbnMuc3RvcmVgLiBNb3VudCBpdCBvbiB5b3VyIG93blxuICogYG5vZGU6aHR0cGAgc2VydmVyLCBvciB1c2UgYGNyZWF0ZVByb21wdFNlcnZlcmAsIHdoaWNoIGRvZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBpbXBvcnQgeyBjcmVhdGVTZXJ2ZXIgfSBmcm9tICdub2RlOmh0dHAnO1xuICogY3JlYXRlU2VydmVyKGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyKHsgc3RvcmU6IGZpbGVTdG9yZSh7IGRpcjogJy4vcHJvbXB0cycgfSkgfSkpLmxpc3Rlbig4MDgwKTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlUHJvbXB0UmVxdWVzdEhhbmRsZXIob3B0aW9uczogUHJvbXB0UmVxdWVzdEhhbmRsZXJPcHRpb25zKTogUHJvbXB0UmVxdWVzdEhhbmRsZXIge1xuICBjb25zdCB7IHN0b3JlIH0gPSBvcHRpb25zO1xuICBpZiAodHlwZW9mIHN0b3JlICE9PSAnb2JqZWN0JyB8fCBzdG9yZSA9PT0gbnVsbCB8fCB0eXBlb2Ygc3RvcmUubGlzdFZlcnNpb25zICE9PSAnZnVuY3Rpb24nKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdtdXN0IGJlIGEgUHJvbXB0U3RvcmUgKGFuIG9iamVjdCB3aXRoIGxpc3RWZXJzaW9ucyBhbmQgZ2V0VmVyc2lvbiknLCB7IG9wdGlvbjogJ3N0b3JlJyB9KTtcbiAgfVxuICBpZiAob3B0aW9ucy50b2tlbiAhPT0gdW5kZWZpbmVkICYmICh0eXBlb2Ygb3B0aW9ucy50b2tlbiAhPT0gJ3N0cmluZycgfHwgb3B0aW9ucy50b2tlbiA9PT0gJycpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdtdXN0IGJlIGEgbm9uLWVtcHR5IHN0cmluZyAob3IgbGVmdCBvdXQgdG8gc2VydmUgd2l0aG91dCBhdXRoZW50aWNhdGlvbiknLCB7XG4gICAgICBvcHRpb246ICd0b2tlbicsXG4gICAgfSk7XG4gIH1cbiAgY29uc3Qgb25FcnJvciA9XG4gICAgb3B0aW9ucy5vbkVycm9yID8/XG4gICAgKChlcnJvcjogdW5rbm93bikgPT4ge1xuICAgICAgY29uc29sZS5lcnJvcignW3Byb21wdG9wcyBzZXJ2ZXJdJywgZXJyb3IpO1xuICAgIH0pO1xuICBjb25zdCB0b2tlbkRpZ2VzdCA9IG9wdGlvbnMudG9rZW4gPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHNoYTI1NihvcHRpb25zLnRva2VuKTtcbiAgY29uc3Qgd3JpdGFibGUgPSBvcHRpb25zLndyaXRhYmxlID09PSB0cnVlO1xuICBjb25zdCBtYXhCb2R5Qnl0ZXMgPSBvcHRpb25zLm1heEJvZHlCeXRlcyA/PyAxMDI0ICogMTAyNDtcbiAgaWYgKCFOdW1iZXIuaXNGaW5pdGUobWF4Qm9keUJ5dGVzKSB8fCBtYXhCb2R5Qnl0ZXMgPD0gMCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciwgZ290ICR7U3RyaW5nKG1heEJvZHlCeXRlcyl9YCwgeyBvcHRpb246ICdtYXhCb2R5Qnl0ZXMnIH0pO1xuICB9XG5cbiAgZnVuY3Rpb24gY2hlY2tBdXRoKHJlcTogSW5jb21pbmdNZXNzYWdlKTogdm9pZCB7XG4gICAgaWYgKHRva2VuRGlnZXN0ID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgICBjb25zdCBoZWFkZXIgPSByZXEuaGVhZGVycy5hdXRob3JpemF0aW9uO1xuICAgIGNvbnN0IGNoYWxsZW5nZSA9IHsgJ3d3dy1hdXRoZW50aWNhdGUnOiAnQmVhcmVyIHJlYWxtPVwicHJvbXB0b3BzXCInIH07XG4gICAgY29uc3QgbWF0Y2ggPSB0eXBlb2YgaGVhZGVyID09PSAnc3RyaW5nJyA/IC9eQmVhcmVyWyBcXHRdKyhcXFMrKVsgXFx0XSokL2kuZXhlYyhoZWFkZXIpIDogbnVsbDtcbiAgICBpZiAobWF0Y2g/LlsxXSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMSxcbiAgICAgICAgJ3VuYXV0aG9yaXplZCcsXG4gICAgICAgICdNaXNzaW5nIGJlYXJlciB0b2tlbjogc2VuZCBcIkF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+XCIgd2l0aCB0aGUgdG9rZW4gdGhlIHNlcnZlciB3YXMgc3RhcnRlZCB3aXRoLicsXG4gICAgICAgIGNoYWxsZW5nZSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmICghdGltaW5nU2FmZUVxdWFsKHNoYTI1NihtYXRjaFsxXSksIHRva2VuRGlnZXN0KSkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDEsXG4gICAgICAgICd1bmF1dGhvcml6ZWQnLFxuICAgICAgICAnSW52YWxpZCBiZWFyZXIgdG9rZW46IHNlbmQgdGhlIHRva2VuIHRoZSBzZXJ2ZXIgd2FzIHN0YXJ0ZWQgd2l0aC4nLFxuICAgICAgICBjaGFsbGVuZ2UsXG4gICAgICApO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIG5vdEZvdW5kKG5hbWU6IHN0cmluZywgc2VsZWN0b3I/OiBzdHJpbmcpOiBQcm9taXNlPEh0dHBGYWlsdXJlPiB7XG4gICAgY29uc3QgdmVyc2lvbnMgPSBhd2FpdCBzdG9yZS5saXN0VmVyc2lvbnMobmFtZSkuY2F0Y2goKCkgPT4gW10gYXMgVmVyc2lvbkluZm9bXSk7XG4gICAgaWYgKHZlcnNpb25zLmxlbmd0aCA9PT0gMCkge1xuICAgICAgY29uc3QgbmFtZXMgPSBzdG9yZS5saXN0ID09PSB1bmRlZmluZWQgPyBbXSA6IGF3YWl0IHN0b3JlLmxpc3QoKS5jYXRjaCgoKSA9PiBbXSBhcyBzdHJpbmdbXSk7XG4gICAgICBjb25zdCBlcnJvciA9IG5ldyBQcm9tcHROb3RGb3VuZEVycm9yKG5hbWUsIHsgc3RvcmU6IHN0b3JlLm5hbWUsIHN1Z2dlc3Rpb25zOiBzdWdnZXN0TmFtZXMobmFtZSwgbmFtZXMpIH0pO1xuICAgICAgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBlcnJvci5tZXNzYWdlKTtcbiAgICB9XG4gICAgY29uc3Qgc29ydGVkID0gc29ydFZlcnNpb25zRGVzY2VuZGluZyh2ZXJzaW9ucyk7XG4gICAgY29uc3QgZXJyb3IgPSBuZXcgVmVyc2lvbk5vdEZvdW5kRXJyb3IobmFtZSwgc2VsZWN0b3IgPz8gJyhub25lKScsIHtcbiAgICAgIHZlcnNpb25zOiBzb3J0ZWQubWFwKCh2KSA9PiB2LnZlcnNpb24pLFxuICAgICAgbGFiZWxzOiBsYWJlbE1hcChzb3J0ZWQpLFxuICAgIH0pO1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByb3V0ZShyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IG1ldGhvZCA9IHJlcS5tZXRob2QgPz8gJ0dFVCc7XG4gICAgY29uc3QgcmF3VXJsID0gcmVxLnVybCA/PyAnLyc7XG4gICAgY29uc3QgcSA9IHJhd1VybC5pbmRleE9mKCc/Jyk7XG4gICAgY29uc3QgcmF3UGF0aCA9IHEgPT09IC0xID8gcmF3VXJsIDogcmF3VXJsLnNsaWNlKDAsIHEpO1xuICAgIGNvbnN0IHF1ZXJ5ID0gbmV3IFVSTFNlYXJjaFBhcmFtcyhxID09PSAtMSA/ICcnIDogcmF3VXJsLnNsaWNlKHEgKyAxKSk7XG4gICAgY29uc3Qgc2VnbWVudHMgPSByYXdQYXRoLnNwbGl0KCcvJykuc2xpY2UoMSk7XG4gICAgaWYgKHNlZ21lbnRzWzBdICE9PSAndjEnIHx8IHNlZ21lbnRzWzFdICE9PSAncHJvbXB0cycpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBgTm8gc3VjaCBlbmRwb2ludDogJHttZXRob2R9ICR7cmF3UGF0aC5zbGljZSgwLCAyMDApfS4gVGhlIEFQSSBsaXZlcyB1bmRlciAvdjEvcHJvbXB0cy5gKTtcbiAgICB9XG4gICAgY2hlY2tBdXRoKHJlcSk7XG4gICAgY29uc3QgcmVzdCA9IHNlZ21lbnRzLnNsaWNlKDIpO1xuICAgIGlmIChyZXN0Lmxlbmd0aCA9PT0gMCB8fCAocmVzdC5sZW5ndGggPT09IDEgJiYgcmVzdFswXSA9PT0gJycpKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnR0VUJywgJ0hFQUQnXSk7XG4gICAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgYXdhaXQgbGlzdEFsbCgpLCB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9KTtcbiAgICB9XG4gICAgY29uc3QgZGVjb2RlZCA9IHJlc3QubWFwKGRlY29kZVNlZ21lbnQpO1xuICAgIGNvbnN0IG5hbWUgPSBkZWNvZGVkWzBdIGFzIHN0cmluZztcbiAgICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsIGAke3Byb2JsZW19LiBFbmNvZGUgdGhlIHdob2xlIG5hbWUgYXMgb25lIHBhdGggc2VnbWVudCAoXCIvXCIgYXMgJTJGKS5gKTtcbiAgICB9XG4gICAgaWYgKGRlY29kZWQubGVuZ3RoID09PSAxKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnR0VUJywgJ0hFQUQnXSk7XG4gICAgICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKTtcbiAgICAgIGlmICh2ZXJzaW9ucy5sZW5ndGggPT09IDApIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUpO1xuICAgICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIHsgbmFtZSwgdmVyc2lvbnM6IHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcodmVyc2lvbnMpIH0sIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tY2FjaGUnIH0pO1xuICAgIH1cbiAgICBjb25zdCBbLCBraW5kLCBhcmddID0gZGVjb2RlZDtcbiAgICBpZiAoa2luZCA9PT0gJ3ZlcnNpb25zJyAmJiBhcmcgIT09IHVuZGVmaW5lZCAmJiBkZWNvZGVkLmxlbmd0aCA9PT0gMykge1xuICAgICAgYWxsb3cobWV0aG9kLCBbJ0dFVCcsICdIRUFEJywgJ1BVVCddKTtcbiAgICAgIGlmIChzZW12ZXJWYWxpZChhcmcpICE9PSBhcmcpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgYEludmFsaWQgdmVyc2lvbiAke0pTT04uc3RyaW5naWZ5KGFyZy5zbGljZSgwLCAxMDApKX06IHVzZSBhIHNlbXZlciB2ZXJzaW9uIHN1Y2ggYXMgMS4yLjMuYCk7XG4gICAgICB9XG4gICAgICBpZiAobWV0aG9kID09PSAnUFVUJykgcmV0dXJuIHB1dFZlcnNpb24ocmVxLCByZXMsIG5hbWUsIGFyZyk7XG4gICAgICByZXR1cm4gZ2V0VmVyc2lvbihyZXEsIHJlcywgbmFtZSwgYXJnKTtcbiAgICB9XG4gICAgaWYgKGtpbmQgPT09ICdyZXNvbHZlJyAmJiBkZWNvZGVkLmxlbmd0aCA9PT0gMikge1xuICAgICAgYWxsb3cobWV0aG9kLCBbJ0dFVCcsICdIRUFEJ10pO1xuICAgICAgY29uc3Qgc2VsZWN0b3IgPSBxdWVyeS5nZXQoJ3NlbGVjdG9yJyk7XG4gICAgICBpZiAoc2VsZWN0b3IgPT09IG51bGwgfHwgc2VsZWN0b3IgPT09ICcnIHx8IHNlbGVjdG9yLmxlbmd0aCA+IDI1NiB8fCBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICAgIDQwMCxcbiAgICAgICAgICAnYmFkX3JlcXVlc3QnLFxuICAgICAgICAgICdNaXNzaW5nIG9yIGludmFsaWQgP3NlbGVjdG9yPTogdXNlIGFuIGV4YWN0IHZlcnNpb24gKDEuMi4zKSwgYSBzZW12ZXIgcmFuZ2UgKF4xLjIpLCBhIGxhYmVsIChwcm9kdWN0aW9uKSBvciBsYXRlc3QuJyxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHJlY29yZCA9XG4gICAgICAgIHN0b3JlLnJlc29sdmUgPT09IHVuZGVmaW5lZCA/IGF3YWl0IHJlc29sdmVMb2NhbGx5KHN0b3JlLCBuYW1lLCBzZWxlY3RvcikgOiBhd2FpdCBzdG9yZS5yZXNvbHZlKG5hbWUsIHNlbGVjdG9yKTtcbiAgICAgIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgdGhyb3cgYXdhaXQgbm90Rm91bmQobmFtZSwgc2VsZWN0b3IpO1xuICAgICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIGF3YWl0IHdpdGhIYXNoKHJlY29yZCksIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tY2FjaGUnIH0pO1xuICAgIH1cbiAgICBpZiAoa2luZCA9PT0gJ2xhYmVscycgJiYgYXJnICE9PSB1bmRlZmluZWQgJiYgZGVjb2RlZC5sZW5ndGggPT09IDMpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydQVVQnXSk7XG4gICAgICByZXR1cm4gcHV0TGFiZWwocmVxLCByZXMsIG5hbWUsIGFyZyk7XG4gICAgfVxuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBgTm8gc3VjaCBlbmRwb2ludDogJHttZXRob2R9ICR7cmF3UGF0aC5zbGljZSgwLCAyMDApfS5gKTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIGxpc3RBbGwoKTogUHJvbWlzZTx7IHByb21wdHM6IEFycmF5PHsgbmFtZTogc3RyaW5nOyB2ZXJzaW9uczogVmVyc2lvbkluZm9bXSB9PiB9PiB7XG4gICAgaWYgKHN0b3JlLmxpc3QgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDUwMSwgJ25vdF9pbXBsZW1lbnRlZCcsIGBUaGUgJHtzdG9yZS5uYW1lfSBzdG9yZSBjYW5ub3QgbGlzdCBpdHMgcHJvbXB0cyAoaXQgaGFzIG5vIGxpc3QoKSkuYCk7XG4gICAgfVxuICAgIGNvbnN0IG5hbWVzID0gYXdhaXQgc3RvcmUubGlzdCgpO1xuICAgIGNvbnN0IHByb21wdHM6IEFycmF5PHsgbmFtZTogc3RyaW5nOyB2ZXJzaW9uczogVmVyc2lvbkluZm9bXSB9PiA9IG5ldyBBcnJheShuYW1lcy5sZW5ndGgpO1xuICAgIGxldCBuZXh0ID0gMDtcbiAgICBjb25zdCB3b3JrZXIgPSBhc3luYyAoKTogUHJvbWlzZTx2b2lkPiA9PiB7XG4gICAgICB3aGlsZSAobmV4dCA8IG5hbWVzLmxlbmd0aCkge1xuICAgICAgICBjb25zdCBpID0gbmV4dCsrO1xuICAgICAgICBjb25zdCBuYW1lID0gbmFtZXNbaV0gYXMgc3RyaW5nO1xuICAgICAgICBwcm9tcHRzW2ldID0geyBuYW1lLCB2ZXJzaW9uczogc29ydFZlcnNpb25zRGVzY2VuZGluZyhhd2FpdCBzdG9yZS5saXN0VmVyc2lvbnMobmFtZSkpIH07XG4gICAgICB9XG4gICAgfTtcbiAgICBhd2FpdCBQcm9taXNlLmFsbChBcnJheS5mcm9tKHsgbGVuZ3RoOiBNYXRoLm1pbigxNiwgbmFtZXMubGVuZ3RoKSB9LCB3b3JrZXIpKTtcbiAgICByZXR1cm4geyBwcm9tcHRzIH07XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBnZXRWZXJzaW9uKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlLCBuYW1lOiBzdHJpbmcsIHZlcnNpb246IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IHJlY29yZCA9IGF3YWl0IHN0b3JlLmdldFZlcnNpb24obmFtZSwgdmVyc2lvbik7XG4gICAgaWYgKHJlY29yZCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBhd2FpdCBub3RGb3VuZChuYW1lLCB2ZXJzaW9uKTtcbiAgICBjb25zdCBib2R5ID0gYXdhaXQgd2l0aEhhc2gocmVjb3JkKTtcbiAgICBjb25zdCBldGFnID0gYFwiJHtib2R5Lmhhc2h9XCJgO1xuICAgIGNvbnN0IGhlYWRlcnMgPSB7IGV0YWcsICdjYWNoZS1jb250cm9sJzogSU1NVVRBQkxFIH07XG4gICAgaWYgKGV0YWdNYXRjaGVzKHJlcS5oZWFkZXJzWydpZi1ub25lLW1hdGNoJ10sIGV0YWcpKSB7XG4gICAgICByZXMud3JpdGVIZWFkKDMwNCwgaGVhZGVycyk7XG4gICAgICByZXMuZW5kKCk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIHJldHVybiBzZW5kSnNvbihyZXEsIHJlcywgMjAwLCBib2R5LCBoZWFkZXJzKTtcbiAgfVxuXG4gIGZ1bmN0aW9uIHJlcXVpcmVXcml0YWJsZShjYXBhYmlsaXR5OiAncHV0VmVyc2lvbicgfCAnc2V0TGFiZWwnKTogdm9pZCB7XG4gICAgaWYgKCF3cml0YWJsZSkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDUsXG4gICAgICAgICdtZXRob2Rfbm90X2FsbG93ZWQnLFxuICAgICAgICAnVGhpcyBzZXJ2ZXIgaXMgcmVhZC1vbmx5OiBzdGFydCBpdCB3aXRoIHdyaXRhYmxlOiB0cnVlIHRvIGFjY2VwdCBQVVQgcmVxdWVzdHMuJyxcbiAgICAgICAgeyBhbGxvdzogJ0dFVCwgSEVBRCcgfSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmIChzdG9yZVtjYXBhYmlsaXR5XSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNTAxLCAnbm90X2ltcGxlbWVudGVkJywgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGNhbm5vdCBiZSB3cml0dGVuIChpdCBoYXMgbm8gJHtjYXBhYmlsaXR5fSgpKS5gKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBwdXRWZXJzaW9uKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlLCBuYW1lOiBzdHJpbmcsIHZlcnNpb246IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJlcXVpcmVXcml0YWJsZSgncHV0VmVyc2lvbicpO1xuICAgIGNvbnN0IGJvZHkgPSBhd2FpdCByZWFkSnNvbkJvZHkocmVxKTtcbiAgICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gICAgbGV0IGhhc2g6IHN0cmluZztcbiAgICB0cnkge1xuICAgICAgcmVjb3JkID0gcGFyc2VSZWNvcmQoYm9keSwgeyBmaWxlOiAncmVxdWVzdCBib2R5JyB9KTtcbiAgICAgIGhhc2ggPSBhd2FpdCB2ZXJpZnlSZWNvcmRIYXNoKHJlY29yZCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdEZvcm1hdEVycm9yIHx8IGVycm9yIGluc3RhbmNlb2YgSW50ZWdyaXR5RXJyb3IpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgYEludmFsaWQgcmVjb3JkOiAke2Vycm9yLm1lc3NhZ2V9YCk7XG4gICAgICB9XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgaWYgKHJlY29yZC5uYW1lICE9PSBuYW1lIHx8IHJlY29yZC52ZXJzaW9uICE9PSB2ZXJzaW9uKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMCxcbiAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgYFRoZSByZWNvcmQgaXMgXCIke3JlY29yZC5uYW1lfUAke3JlY29yZC52ZXJzaW9ufVwiIGJ1dCB0aGUgVVJMIHNheXMgXCIke25hbWV9QCR7dmVyc2lvbn1cIjogdGhleSBtdXN0IG1hdGNoLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBhd2FpdCBzdG9yZS5wdXRWZXJzaW9uPy4ocmVjb3JkKTtcbiAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgeyBuYW1lLCB2ZXJzaW9uLCBoYXNoIH0sIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tc3RvcmUnIH0pO1xuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gcHV0TGFiZWwocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIG5hbWU6IHN0cmluZywgbGFiZWw6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJlcXVpcmVXcml0YWJsZSgnc2V0TGFiZWwnKTtcbiAgICBpZiAoc2VsZWN0b3JLaW5kKGxhYmVsKSAhPT0gJ2xhYmVsJykge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDAsXG4gICAgICAgICdiYWRfcmVxdWVzdCcsXG4gICAgICAgIGBJbnZhbGlkIGxhYmVsICR7SlNPTi5zdHJpbmdpZnkobGFiZWwuc2xpY2UoMCwgMTAwKSl9OiBzdGFydCB3aXRoIGEgbGV0dGVyLCB0aGVuIGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiIG9yIFwiLVwiOyBcImxhdGVzdFwiIGlzIHJlc2VydmVkLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBwYXJzZWQgPSBzZXRMYWJlbEJvZHlTY2hlbWEuc2FmZVBhcnNlKGF3YWl0IHJlYWRKc29uQm9keShyZXEpKTtcbiAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnVGhlIGJvZHkgbXVzdCBiZSB7XCJ2ZXJzaW9uXCI6IFwiPHNlbXZlcj5cIn0uJyk7XG4gICAgYXdhaXQgc3RvcmUuc2V0TGFiZWw/LihuYW1lLCBsYWJlbCwgcGFyc2VkLmRhdGEudmVyc2lvbik7XG4gICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIHsgbmFtZSwgbGFiZWwsIHZlcnNpb246IHBhcnNlZC5kYXRhLnZlcnNpb24gfSwgeyAnY2FjaGUtY29udHJvbCc6ICduby1zdG9yZScgfSk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByZWFkSnNvbkJvZHkocmVxOiBJbmNvbWluZ01lc3NhZ2UpOiBQcm9taXNlPHVua25vd24+IHtcbiAgICBjb25zdCB0eXBlID0gcmVxLmhlYWRlcnNbJ2NvbnRlbnQtdHlwZSddID8/ICcnO1xuICAgIGlmICghL15hcHBsaWNhdGlvblxcLyg/OltcXHcuLV0rXFwrKT9qc29uXFxiL2kudGVzdCh0eXBlKSkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQxNSwgJ3Vuc3VwcG9ydGVkX21lZGlhX3R5cGUnLCAnU2VuZCB0aGUgYm9keSBhcyBKU09OIChDb250ZW50LVR5cGU6IGFwcGxpY2F0aW9uL2pzb24pLicpO1xuICAgIH1cbiAgICBjb25zdCBkZWNsYXJlZCA9IE51bWJlcihyZXEuaGVhZGVyc1snY29udGVudC1sZW5ndGgnXSk7XG4gICAgY29uc3QgdG9vTGFyZ2UgPSBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICA0MTMsXG4gICAgICAncGF5bG9hZF90b29fbGFyZ2UnLFxuICAgICAgYFRoZSByZXF1ZXN0IGJvZHkgaXMgbGFyZ2VyIHRoYW4gdGhlICR7bWF4Qm9keUJ5dGVzfS1ieXRlIGxpbWl0IG9mIHRoaXMgc2VydmVyLmAsXG4gICAgICB7IGNvbm5lY3Rpb246ICdjbG9zZScgfSxcbiAgICApO1xuICAgIGlmIChOdW1iZXIuaXNGaW5pdGUoZGVjbGFyZWQpICYmIGRlY2xhcmVkID4gbWF4Qm9keUJ5dGVzKSB0aHJvdyB0b29MYXJnZTtcbiAgICBjb25zdCBjaHVua3M6IEJ1ZmZlcltdID0gW107XG4gICAgbGV0IHRvdGFsID0gMDtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHJlcSkge1xuICAgICAgY29uc3QgYnVmZmVyID0gY2h1bmsgYXMgQnVmZmVyO1xuICAgICAgdG90YWwgKz0gYnVmZmVyLmxlbmd0aDtcbiAgICAgIGlmICh0b3RhbCA+IG1heEJvZHlCeXRlcykgdGhyb3cgdG9vTGFyZ2U7XG4gICAgICBjaHVua3MucHVzaChidWZmZXIpO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgcmV0dXJuIEpTT04ucGFyc2UoQnVmZmVyLmNvbmNhdChjaHVua3MpLnRvU3RyaW5nKCd1dGY4JykpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgJ1RoZSByZXF1ZXN0IGJvZHkgaXMgbm90IHZhbGlkIEpTT04uJyk7XG4gICAgfVxuICB9XG5cbiAgcmV0dXJuIChyZXEsIHJlcykgPT4ge1xuICAgIHJvdXRlKHJlcSwgcmVzKS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIGNvbnN0IGZhaWx1cmUgPSB0b0ZhaWx1cmUoZXJyb3IpO1xuICAgICAgaWYgKGZhaWx1cmUuc3RhdHVzID49IDUwMCAmJiBmYWlsdXJlLnN0YXR1cyAhPT0gNTAxKSBvbkVycm9yKGVycm9yKTtcbiAgICAgIGlmICghcmVzLmhlYWRlcnNTZW50KSBzZW5kRXJyb3IocmVxLCByZXMsIGZhaWx1cmUpO1xuICAgICAgZWxzZSByZXMuZGVzdHJveSgpO1xuICAgICAgaWYgKGZhaWx1cmUuc3RhdHVzID09PSA0MTMpIHJlcy5vbignZmluaXNoJywgKCkgPT4gcmVxLmRlc3Ryb3koKSk7XG4gICAgfSk7XG4gIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHdpdGhIYXNoKHJlY29yZDogUHJvbXB0UmVjb3JkKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgJiB7IGhhc2g6IHN0cmluZyB9PiB7XG4gIHJldHVybiB7IC4uLnJlY29yZCwgaGFzaDogcmVjb3JkLmhhc2ggPz8gKGF3YWl0IGNvbXB1dGVIYXNoKHJlY29yZCkpIH07XG59XG5cbmZ1bmN0aW9uIGRlY29kZVNlZ21lbnQoc2VnbWVudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgbGV0IHZhbHVlOiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgdmFsdWUgPSBkZWNvZGVVUklDb21wb25lbnQoc2VnbWVudCk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsICdNYWxmb3JtZWQgcGVyY2VudC1lbmNvZGluZyBpbiB0aGUgcGF0aC4nKTtcbiAgfVxuICBpZiAodmFsdWUgPT09ICcuJyB8fCB2YWx1ZSA9PT0gJy4uJyB8fCB2YWx1ZS5pbmNsdWRlcygnXFwwJykpIHtcbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnUGF0aCBzZWdtZW50cyBcIi5cIiBhbmQgXCIuLlwiIGFuZCBOVUwgYnl0ZXMgYXJlIHJlZnVzZWQuJyk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBhbGxvdyhtZXRob2Q6IHN0cmluZywgbWV0aG9kczogcmVhZG9ubHkgc3RyaW5nW10pOiB2b2lkIHtcbiAgaWYgKCFtZXRob2RzLmluY2x1ZGVzKG1ldGhvZCkpIHtcbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDA1LCAnbWV0aG9kX25vdF9hbGxvd2VkJywgYCR7bWV0aG9kfSBpcyBub3QgYWxsb3dlZCBoZXJlOyB1c2UgJHttZXRob2RzLmpvaW4oJyBvciAnKX0uYCwge1xuICAgICAgYWxsb3c6IG1ldGhvZHMuam9pbignLCAnKSxcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogVHJ1ZSB3aGVuIGFuIGBJZi1Ob25lLU1hdGNoYCBoZWFkZXIgbGlzdHMgYGV0YWdgICh3ZWFrIG9yIHN0cm9uZykgb3IgYCpgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV0YWdNYXRjaGVzKGhlYWRlcjogc3RyaW5nIHwgdW5kZWZpbmVkLCBldGFnOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKGhlYWRlciA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiBoZWFkZXIuc3BsaXQoJywnKS5zb21lKChwYXJ0KSA9PiB7XG4gICAgY29uc3QgdGFnID0gcGFydC50cmltKCkucmVwbGFjZSgvXldcXC8vLCAnJyk7XG4gICAgcmV0dXJuIHRhZyA9PT0gJyonIHx8IHRhZyA9PT0gZXRhZztcbiAgfSk7XG59XG5cbi8qKiBUdXJuIGFueXRoaW5nIHRocm93biB3aGlsZSBhbnN3ZXJpbmcgaW50byBhbiBlcnJvciBhbnN3ZXIsIHdpdGhvdXQgbGVha2luZyBpbnRlcm5hbHMuICovXG5mdW5jdGlvbiB0b0ZhaWx1cmUoZXJyb3I6IHVua25vd24pOiBIdHRwRmFpbHVyZSB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEh0dHBGYWlsdXJlKSByZXR1cm4gZXJyb3I7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdE5vdEZvdW5kRXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBWZXJzaW9uTm90Rm91bmRFcnJvcikge1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Rm9ybWF0RXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBJbnRlZ3JpdHlFcnJvcikge1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDIyLCAnaW52YWxpZF9wcm9tcHQnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBDb25maWdFcnJvcikgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsIGVycm9yLm1lc3NhZ2UpO1xuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yKSB7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDA5KSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwOSwgJ2NvbmZsaWN0JywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDAwKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDA0KSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwNCwgJ25vdF9mb3VuZCcsIGVycm9yLm1lc3NhZ2UpO1xuICAgIGlmIChlcnJvci5yZXRyeWFibGUpIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAzLCAnc3RvcmVfdW5hdmFpbGFibGUnLCBlcnJvci5tZXNzYWdlLCB7ICdyZXRyeS1hZnRlcic6ICcxJyB9KTtcbiAgICByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDUwMCwgJ2ludGVybmFsJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cbiAgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDUwMCwgJ2ludGVybmFsJywgZXJyb3IubWVzc2FnZSk7XG4gIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAwLCAnaW50ZXJuYWwnLCAnSW50ZXJuYWwgc2VydmVyIGVycm9yOiBzZWUgdGhlIHNlcnZlciBsb2cuJyk7XG59XG5cbmZ1bmN0aW9uIHNlbmRFcnJvcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSwgZmFpbHVyZTogSHR0cEZhaWx1cmUpOiB2b2lkIHtcbiAgc2VuZEpzb24ocmVxLCByZXMsIGZhaWx1cmUuc3RhdHVzLCB7IGVycm9yOiB7IGNvZGU6IGZhaWx1cmUuY29kZSwgbWVzc2FnZTogZmFpbHVyZS5tZXNzYWdlIH0gfSwge1xuICAgICdjYWNoZS1jb250cm9sJzogJ25vLXN0b3JlJyxcbiAgICAuLi5mYWlsdXJlLmhlYWRlcnMsXG4gIH0pO1xufVxuXG5mdW5jdGlvbiBzZW5kSnNvbihcbiAgcmVxOiBJbmNvbWluZ01lc3NhZ2UsXG4gIHJlczogU2VydmVyUmVzcG9uc2UsXG4gIHN0YXR1czogbnVtYmVyLFxuICBib2R5OiB1bmtub3duLFxuICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge30sXG4pOiB2b2lkIHtcbiAgY29uc3QgdGV4dCA9IEpTT04uc3RyaW5naWZ5KGJvZHkpO1xuICByZXMud3JpdGVIZWFkKHN0YXR1cywge1xuICAgICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbjsgY2hhcnNldD11dGYtOCcsXG4gICAgJ2NvbnRlbnQtbGVuZ3RoJzogU3RyaW5nKEJ1ZmZlci5ieXRlTGVuZ3RoKHRleHQpKSxcbiAgICAneC1jb250ZW50LXR5cGUtb3B0aW9ucyc6ICdub3NuaWZmJyxcbiAgICAuLi5oZWFkZXJzLFxuICB9KTtcbiAgcmVzLmVuZChyZXEubWV0aG9kID09PSAnSEVBRCcgPyB1bmRlZmluZWQgOiB0ZXh0KTtcbn1cbiIsICIvKipcbiAqIEhUVFAgcHJvdG9jb2wgdjEgKERFU0lHTi5tZCBzZWN0aW9uIDcpOiBwYXRocywgYm9keSBzaGFwZXMgKHpvZCBtaW5pIHNjaGVtYXMsIHNvIHRoZSBjb3JlIGVudHJ5XG4gKiBzdGF5cyBzbWFsbCkgYW5kIGVycm9yIGNvZGVzLCBzaGFyZWQgYnkgYGh0dHBTdG9yZWAgYW5kIHRoZSByZWZlcmVuY2Ugc2VydmVyLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcblxuLyoqIFZlcnNpb24gb2YgdGhlIHByb3RvY29sOyB0aGUgcGF0aCBwcmVmaXggaXMgYC92e1BST1RPQ09MX1ZFUlNJT059YC4gKi9cbmV4cG9ydCBjb25zdCBQUk9UT0NPTF9WRVJTSU9OID0gMTtcblxuLyoqIGB7IHZlcnNpb24sIGxhYmVscywgaGFzaD8gfWAgYXMgbGlzdGVkIGJ5IHRoZSBzZXJ2ZXIuICovXG5leHBvcnQgY29uc3QgdmVyc2lvbkluZm9TY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHZlcnNpb246IHouc3RyaW5nKCksXG4gIGxhYmVsczogei5hcnJheSh6LnN0cmluZygpKSxcbiAgaGFzaDogei5vcHRpb25hbCh6LnN0cmluZygpKSxcbn0pO1xuXG4vKiogQW5zd2VyIG9mIGBHRVQgL3YxL3Byb21wdHMve25hbWV9YC4gKi9cbmV4cG9ydCBjb25zdCB2ZXJzaW9uTGlzdFNjaGVtYSA9IHoub2JqZWN0KHtcbiAgbmFtZTogei5zdHJpbmcoKSxcbiAgdmVyc2lvbnM6IHouYXJyYXkodmVyc2lvbkluZm9TY2hlbWEpLFxufSk7XG5cbi8qKiBBbnN3ZXIgb2YgYEdFVCAvdjEvcHJvbXB0c2AuICovXG5leHBvcnQgY29uc3QgcHJvbXB0TGlzdFNjaGVtYSA9IHoub2JqZWN0KHtcbiAgcHJvbXB0czogei5hcnJheShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBuYW1lOiB6LnN0cmluZygpLFxuICAgICAgdmVyc2lvbnM6IHoub3B0aW9uYWwoei5hcnJheSh2ZXJzaW9uSW5mb1NjaGVtYSkpLFxuICAgIH0pLFxuICApLFxufSk7XG5cbi8qKiBCb2R5IG9mIGBQVVQgL3YxL3Byb21wdHMve25hbWV9L2xhYmVscy97bGFiZWx9YC4gKi9cbmV4cG9ydCBjb25zdCBzZXRMYWJlbEJvZHlTY2hlbWEgPSB6Lm9iamVjdCh7IHZlcnNpb246IHouc3RyaW5nKCkgfSk7XG5cbi8qKiBFcnJvciBjb2RlcyBvZiBgeyBcImVycm9yXCI6IHsgXCJjb2RlXCIsIFwibWVzc2FnZVwiIH0gfWAgYm9kaWVzLiAqL1xuZXhwb3J0IHR5cGUgUHJvdG9jb2xFcnJvckNvZGUgPVxuICB8ICdub3RfZm91bmQnXG4gIHwgJ3VuYXV0aG9yaXplZCdcbiAgfCAnYmFkX3JlcXVlc3QnXG4gIHwgJ2NvbmZsaWN0J1xuICB8ICdtZXRob2Rfbm90X2FsbG93ZWQnXG4gIHwgJ3BheWxvYWRfdG9vX2xhcmdlJ1xuICB8ICd1bnN1cHBvcnRlZF9tZWRpYV90eXBlJ1xuICB8ICdpbnZhbGlkX3Byb21wdCdcbiAgfCAnbm90X2ltcGxlbWVudGVkJ1xuICB8ICdzdG9yZV91bmF2YWlsYWJsZSdcbiAgfCAnaW50ZXJuYWwnO1xuXG4vKiogVGhlIGVycm9yIGJvZHkgb2YgZXZlcnkgZmFpbGVkIHJlcXVlc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb3RvY29sRXJyb3JCb2R5IHtcbiAgZXJyb3I6IHsgY29kZTogUHJvdG9jb2xFcnJvckNvZGU7IG1lc3NhZ2U6IHN0cmluZyB9O1xufVxuXG4vKiogYC92MS9wcm9tcHRzL3tlbmNvZGVVUklDb21wb25lbnQobmFtZSl9YCAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByb21wdFBhdGgobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAvdiR7UFJPVE9DT0xfVkVSU0lPTn0vcHJvbXB0cy8ke2VuY29kZVVSSUNvbXBvbmVudChuYW1lKX1gO1xufVxuXG4vKiogYC92MS9wcm9tcHRzL3tuYW1lfS92ZXJzaW9ucy97dmVyc2lvbn1gICovXG5leHBvcnQgZnVuY3Rpb24gdmVyc2lvblBhdGgobmFtZTogc3RyaW5nLCB2ZXJzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cHJvbXB0UGF0aChuYW1lKX0vdmVyc2lvbnMvJHtlbmNvZGVVUklDb21wb25lbnQodmVyc2lvbil9YDtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97bmFtZX0vcmVzb2x2ZWAgKHRoZSBzZWxlY3RvciBnb2VzIGluIGA/c2VsZWN0b3I9YCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVBhdGgobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Byb21wdFBhdGgobmFtZSl9L3Jlc29sdmVgO1xufVxuXG4vKiogYC92MS9wcm9tcHRzL3tuYW1lfS9sYWJlbHMve2xhYmVsfWAgKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJlbFBhdGgobmFtZTogc3RyaW5nLCBsYWJlbDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Byb21wdFBhdGgobmFtZSl9L2xhYmVscy8ke2VuY29kZVVSSUNvbXBvbmVudChsYWJlbCl9YDtcbn1cblxuLyoqIEEgem9kIGlzc3VlIGxpc3QgYXMgb25lIGxpbmUsIGZvciBtZXNzYWdlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXNjcmliZUlzc3VlcyhlcnJvcjogeyBpc3N1ZXM6IFJlYWRvbmx5QXJyYXk8eyBwYXRoOiBQcm9wZXJ0eUtleVtdOyBtZXNzYWdlOiBzdHJpbmcgfT4gfSk6IHN0cmluZyB7XG4gIHJldHVybiBlcnJvci5pc3N1ZXNcbiAgICAuc2xpY2UoMCwgNSlcbiAgICAubWFwKChpc3N1ZSkgPT4gYCR7aXNzdWUucGF0aC5sZW5ndGggPiAwID8gaXNzdWUucGF0aC5tYXAoU3RyaW5nKS5qb2luKCcuJykgOiAnKGJvZHkpJ306ICR7aXNzdWUubWVzc2FnZX1gKVxuICAgIC5qb2luKCc7ICcpO1xufVxuIiwgIi8qKlxuICogYGh0dHBTdG9yZWA6IHJlYWRzIHByb21wdHMgZnJvbSBhIHNlcnZlciBzcGVha2luZyBwcm9tcHRvcHMgSFRUUCBwcm90b2NvbCB2MSAoREVTSUdOLm1kIHNlY3Rpb24gNyksXG4gKiBzdWNoIGFzIGBwcm9tcHRvcHMgc2VydmVgIG9yIGBjcmVhdGVQcm9tcHRTZXJ2ZXJgLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBMUlVDYWNoZSB9IGZyb20gJ2xydS1jYWNoZSc7XG5pbXBvcnQgc2VtdmVyVmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgeyB2ZXJpZnlSZWNvcmRIYXNoIH0gZnJvbSAnLi4vZW5naW5lL2hhc2guanMnO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgYXNzZXJ0VmFsaWRTZWxlY3Rvciwgc29ydFZlcnNpb25zRGVzY2VuZGluZyB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBDb25maWdFcnJvciwgUHJvbXB0Rm9ybWF0RXJyb3IsIFN0b3JlRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBGYWlsdXJlQ29udGV4dCwgbWFsZm9ybWVkRXJyb3IsIHJlZGFjdG9yLCBzdGF0dXNFcnJvciB9IGZyb20gJy4vaHR0cC9lcnJvcnMuanMnO1xuaW1wb3J0IHtcbiAgZGVzY3JpYmVJc3N1ZXMsXG4gIGxhYmVsUGF0aCxcbiAgcHJvbXB0TGlzdFNjaGVtYSxcbiAgcHJvbXB0UGF0aCxcbiAgcmVzb2x2ZVBhdGgsXG4gIHZlcnNpb25MaXN0U2NoZW1hLFxuICB2ZXJzaW9uUGF0aCxcbn0gZnJvbSAnLi9odHRwL3Byb3RvY29sLmpzJztcbmltcG9ydCB7IG5vcm1hbGl6ZUJhc2VVcmwsIHBvc2l0aXZlTnVtYmVyIH0gZnJvbSAnLi9odHRwL29wdGlvbnMuanMnO1xuaW1wb3J0IHsgdHlwZSBSZXRyeU9wdGlvbnMsIHJlc29sdmVSZXRyeU9wdGlvbnMgfSBmcm9tICcuL2h0dHAvcmV0cnkuanMnO1xuaW1wb3J0IHsgY3JlYXRlVHJhbnNwb3J0LCBERUZBVUxUX01BWF9CT0RZX0JZVEVTLCB0eXBlIFRyYW5zcG9ydFJlc3BvbnNlIH0gZnJvbSAnLi9odHRwL3RyYW5zcG9ydC5qcyc7XG5pbXBvcnQgeyBhc3NlcnRMYWJlbE5hbWUsIGFzc2VydFByb21wdE5hbWUsIGZyb3plblJlY29yZCB9IGZyb20gJy4vcmVzb2x2ZS5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG5leHBvcnQgdHlwZSB7IFJldHJ5T3B0aW9ucyB9IGZyb20gJy4vaHR0cC9yZXRyeS5qcyc7XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBodHRwU3RvcmV9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBIdHRwU3RvcmVPcHRpb25zIHtcbiAgLyoqXG4gICAqIEJhc2UgVVJMIG9mIHRoZSBzZXJ2ZXIsIHdpdGhvdXQgdGhlIGAvdjFgIHBhdGg6IGAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJ2AuXG4gICAqIEEgcGF0aCBwcmVmaXggaXMga2VwdCAoYCdodHRwczovL2V4YW1wbGUuY29tL3Byb21wdG9wcydgIHJlcXVlc3RzIGAvcHJvbXB0b3BzL3YxLy4uLmApLlxuICAgKi9cbiAgdXJsOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBCZWFyZXIgdG9rZW4gc2VudCBhcyBgQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5gLiBOZXZlciBhcHBlYXJzIGluIGVycm9ycyBvciBldmVudHMuXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gQXV0aG9yaXphdGlvbiBoZWFkZXIpXG4gICAqL1xuICB0b2tlbj86IHN0cmluZztcbiAgLyoqXG4gICAqIEV4dHJhIGhlYWRlcnMgc2VudCB3aXRoIGV2ZXJ5IHJlcXVlc3QuIFRoZWlyIHZhbHVlcyBhcmUgcmVkYWN0ZWQgZnJvbSBlcnJvciBtZXNzYWdlcyB0b28uXG4gICAqIEBkZWZhdWx0IHt9XG4gICAqL1xuICBoZWFkZXJzPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqXG4gICAqIFRpbWVvdXQgb2Ygb25lIGF0dGVtcHQgaW4gbWlsbGlzZWNvbmRzLCBmcm9tIHNlbmRpbmcgdGhlIHJlcXVlc3QgdG8gdGhlIGVuZCBvZiB0aGUgYm9keS5cbiAgICogQGRlZmF1bHQgNTAwMFxuICAgKi9cbiAgdGltZW91dE1zPzogbnVtYmVyO1xuICAvKipcbiAgICogUmV0cnkgcG9saWN5IGZvciBuZXR3b3JrIGVycm9ycywgdGltZW91dHMsIDQwOCwgNDI5IGFuZCA1eHg6IGEgbnVtYmVyIHNldHMgYGxpbWl0YCwgYGZhbHNlYFxuICAgKiBkaXNhYmxlcyByZXRyaWVzLlxuICAgKiBAZGVmYXVsdCB7IGxpbWl0OiAyLCBiYWNrb2ZmTXM6IDI1MCwgbWF4QmFja29mZk1zOiA1MDAwLCBtYXhSZXRyeUFmdGVyTXM6IDMwMDAwIH1cbiAgICovXG4gIHJldHJ5PzogUmV0cnlPcHRpb25zIHwgbnVtYmVyIHwgZmFsc2U7XG4gIC8qKlxuICAgKiBgZmV0Y2hgIGltcGxlbWVudGF0aW9uIChhIHByb3h5IGFnZW50LCBhIHRlc3QgZG91YmxlLi4uKS5cbiAgICogQGRlZmF1bHQgZ2xvYmFsVGhpcy5mZXRjaCwgbG9va2VkIHVwIGF0IGVhY2ggcmVxdWVzdFxuICAgKi9cbiAgZmV0Y2g/OiB0eXBlb2YgZ2xvYmFsVGhpcy5mZXRjaDtcbiAgLyoqXG4gICAqIExhcmdlc3QgYWNjZXB0ZWQgcmVzcG9uc2UgYm9keSBpbiBieXRlczsgYSBsYXJnZXIgb25lIGlzIHJlZnVzZWQgKGEgYFN0b3JlRXJyb3JgKSB3aGlsZVxuICAgKiBzdHJlYW1pbmcsIHdpdGhvdXQgYmVpbmcgcmVhZCBmdXJ0aGVyLlxuICAgKiBAZGVmYXVsdCAxMDQ4NTc2MCAoMTAgTUIpXG4gICAqL1xuICBtYXhCb2R5Qnl0ZXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBBZGQgYHB1dFZlcnNpb25gIGFuZCBgc2V0TGFiZWxgIChgUFVUYCByZXF1ZXN0czsgdGhlIHNlcnZlciBtdXN0IHJ1biB3aXRoIGB3cml0YWJsZTogdHJ1ZWApLlxuICAgKiBAZGVmYXVsdCBmYWxzZVxuICAgKi9cbiAgd3JpdGFibGU/OiBib29sZWFuO1xuICAvKipcbiAgICogSG93IG1hbnkgYEVUYWcgXHUyMTkyIHJlY29yZGAgZW50cmllcyB0byBrZWVwIGZvciBjb25kaXRpb25hbCBgZ2V0VmVyc2lvbmAgcmVxdWVzdHNcbiAgICogKGBJZi1Ob25lLU1hdGNoYDsgYSBgMzA0YCByZXVzZXMgdGhlIGNhY2hlZCByZWNvcmQpLlxuICAgKiBAZGVmYXVsdCAxMDAwXG4gICAqL1xuICBldGFnQ2FjaGVTaXplPzogbnVtYmVyO1xuICAvKipcbiAgICogTmFtZSBvZiB0aGUgc3RvcmUgaW4gZXZlbnRzIGFuZCBlcnJvciBtZXNzYWdlcy5cbiAgICogQGRlZmF1bHQgJ2h0dHAnXG4gICAqL1xuICBuYW1lPzogc3RyaW5nO1xufVxuXG4vKiogQSB7QGxpbmsgUHJvbXB0U3RvcmV9IGJhY2tlZCBieSBhbiBIVFRQIHNlcnZlcjsgYGxpc3RgIGFuZCBgcmVzb2x2ZWAgYXJlIGFsd2F5cyBwcmVzZW50LiAqL1xuZXhwb3J0IGludGVyZmFjZSBIdHRwU3RvcmUgZXh0ZW5kcyBQcm9tcHRTdG9yZSB7XG4gIGxpc3QoKTogUHJvbWlzZTxzdHJpbmdbXT47XG4gIHJlc29sdmUobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ+O1xuICBjbG9zZSgpOiBQcm9taXNlPHZvaWQ+O1xufVxuXG4vKipcbiAqIEEgc3RvcmUgdGhhdCByZWFkcyBwcm9tcHRzIGZyb20gYSBwcm9tcHRvcHMgSFRUUCBzZXJ2ZXIgKHByb3RvY29sIHYxKS5cbiAqXG4gKiAtIGBsaXN0VmVyc2lvbnNgIFx1MjE5MiBgR0VUIC92MS9wcm9tcHRzL3tuYW1lfWA7IGBnZXRWZXJzaW9uYCBcdTIxOTIgYEdFVCAvdjEvcHJvbXB0cy97bmFtZX0vdmVyc2lvbnMve3Z9YFxuICogICB3aXRoIGBJZi1Ob25lLU1hdGNoYCAoYSBgMzA0YCByZXVzZXMgdGhlIHJlY29yZCBjYWNoZWQgZm9yIHRoYXQgVVJMKTsgYHJlc29sdmVgIFx1MjE5MlxuICogICBgR0VUIC92MS9wcm9tcHRzL3tuYW1lfS9yZXNvbHZlP3NlbGVjdG9yPVNgIChvbmUgcm91bmQgdHJpcCk7IGBsaXN0YCBcdTIxOTIgYEdFVCAvdjEvcHJvbXB0c2AuXG4gKiAtIEEgYDQwNGAgd2hvc2UgYm9keSBzYXlzIGBub3RfZm91bmRgIG1lYW5zIFwidW5rbm93blwiOiBgW11gIC8gYHVuZGVmaW5lZGAuIE90aGVyIGZhaWx1cmVzIHJlamVjdFxuICogICB3aXRoIGEgYFN0b3JlRXJyb3JgIGNhcnJ5aW5nIGBzdGF0dXNgIGFuZCBgcmV0cnlhYmxlYCAodHJ1ZSBmb3IgbmV0d29yayBlcnJvcnMsIHRpbWVvdXRzLCA0MDgsXG4gKiAgIDQyOSBhbmQgNXh4LCB3aGljaCBhcmUgZmlyc3QgcmV0cmllZCB3aXRoIGNhcHBlZCwgaml0dGVyZWQgYmFja29mZiBob25vdXJpbmcgYFJldHJ5LUFmdGVyYCkuXG4gKiAtIEV2ZXJ5IGJvZHkgaXMgY2hlY2tlZDogSlNPTiBjb250ZW50IHR5cGUsIHNpemUgbGltaXQsIHNoYXBlOyByZWNvcmRzIGdvIHRocm91Z2ggdGhlIHJlY29yZFxuICogICBzY2hlbWEgYW5kIHRoZWlyIGhhc2ggaXMgdmVyaWZpZWQgKGEgbWlzbWF0Y2ggaXMgYW4gYEludGVncml0eUVycm9yYDsgdGhlIHJlY29yZCBpcyBuZXZlciByZXR1cm5lZCkuXG4gKiAtIFRoZSB0b2tlbiBpcyBuZXZlciBwYXJ0IG9mIGEgbWVzc2FnZSwgYW4gZXJyb3IncyBwcm9wZXJ0aWVzIG9yIGl0cyBgY2F1c2VgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc3RvcmUgPSBodHRwU3RvcmUoeyB1cmw6ICdodHRwczovL3Byb21wdHMuZXhhbXBsZS5jb20nLCB0b2tlbjogcHJvY2Vzcy5lbnYuUFJPTVBUU19UT0tFTiB9KTtcbiAqIGNvbnN0IHJlY29yZCA9IGF3YWl0IHN0b3JlLnJlc29sdmUoJ3N1cHBvcnQvZ3JlZXRpbmcnLCAncHJvZHVjdGlvbicpO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBodHRwU3RvcmUob3B0aW9uczogSHR0cFN0b3JlT3B0aW9ucyk6IEh0dHBTdG9yZSB7XG4gIGlmICh0eXBlb2Ygb3B0aW9ucyAhPT0gJ29iamVjdCcgfHwgb3B0aW9ucyA9PT0gbnVsbCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignaHR0cFN0b3JlKG9wdGlvbnMpIG5lZWRzIGFuIG9wdGlvbnMgb2JqZWN0IHdpdGggYXQgbGVhc3QgXCJ1cmxcIicsIHsgb3B0aW9uOiAnb3B0aW9ucycgfSk7XG4gIH1cbiAgY29uc3Qgc3RvcmVOYW1lID0gb3B0aW9ucy5uYW1lID8/ICdodHRwJztcbiAgY29uc3QgYmFzZVVybCA9IG5vcm1hbGl6ZUJhc2VVcmwob3B0aW9ucy51cmwsICd1cmwnKTtcbiAgaWYgKC9cXC92XFxkKyQvLnRlc3QoYmFzZVVybCkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBgc2hvdWxkIGJlIHRoZSBzZXJ2ZXIncyBiYXNlIFVSTCB3aXRob3V0IHRoZSBwcm90b2NvbCBwYXRoOiB1c2UgJHtKU09OLnN0cmluZ2lmeShiYXNlVXJsLnJlcGxhY2UoL1xcL3ZcXGQrJC8sICcnKSl9YCxcbiAgICAgIHsgb3B0aW9uOiAndXJsJyB9LFxuICAgICk7XG4gIH1cbiAgY29uc3QgdG9rZW4gPSBvcHRpb25zLnRva2VuO1xuICBpZiAodG9rZW4gIT09IHVuZGVmaW5lZCAmJiAodHlwZW9mIHRva2VuICE9PSAnc3RyaW5nJyB8fCB0b2tlbiA9PT0gJycgfHwgL1tcXHJcXG5dLy50ZXN0KHRva2VuKSkpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nIHdpdGhvdXQgbGluZSBicmVha3MgKG9yIGxlZnQgb3V0KScsIHsgb3B0aW9uOiAndG9rZW4nIH0pO1xuICB9XG4gIGNvbnN0IHVzZXJIZWFkZXJzID0gb3B0aW9ucy5oZWFkZXJzID8/IHt9O1xuICBpZiAodHlwZW9mIHVzZXJIZWFkZXJzICE9PSAnb2JqZWN0JyB8fCB1c2VySGVhZGVycyA9PT0gbnVsbCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignbXVzdCBiZSBhbiBvYmplY3Qgb2YgaGVhZGVyIG5hbWVzIHRvIHZhbHVlcycsIHsgb3B0aW9uOiAnaGVhZGVycycgfSk7XG4gIH1cbiAgY29uc3QgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHsgLi4udXNlckhlYWRlcnMgfTtcbiAgaWYgKHRva2VuICE9PSB1bmRlZmluZWQpIGhlYWRlcnMuYXV0aG9yaXphdGlvbiA9IGBCZWFyZXIgJHt0b2tlbn1gO1xuICBjb25zdCByZWRhY3QgPSByZWRhY3RvcihbdG9rZW4sIC4uLk9iamVjdC52YWx1ZXModXNlckhlYWRlcnMpXSk7XG4gIGNvbnN0IHRyYW5zcG9ydCA9IGNyZWF0ZVRyYW5zcG9ydCh7XG4gICAgc3RvcmU6IHN0b3JlTmFtZSxcbiAgICBiYXNlVXJsLFxuICAgIGhlYWRlcnMsXG4gICAgc2VjcmV0czogW3Rva2VuXSxcbiAgICBhdXRoSGludDpcbiAgICAgIHRva2VuID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAnbm8gdG9rZW4gd2FzIHNlbnQ6IHBhc3MgdGhlIHNlcnZlclxcJ3MgdG9rZW4gYXMgdGhlIFwidG9rZW5cIiBvcHRpb24gb2YgaHR0cFN0b3JlIChvciBzZXQgdGhlIHZhcmlhYmxlIG5hbWVkIGJ5IFwidG9rZW5FbnZcIiBpbiBwcm9tcHRvcHMuY29uZmlnLmpzb24pJ1xuICAgICAgICA6ICd0aGUgdG9rZW4gdGhhdCB3YXMgc2VudCB3YXMgcmVmdXNlZDogY2hlY2sgdGhhdCB0aGUgXCJ0b2tlblwiIG9wdGlvbiBvZiBodHRwU3RvcmUgbWF0Y2hlcyB0aGUgdG9rZW4gdGhlIHNlcnZlciB3YXMgc3RhcnRlZCB3aXRoJyxcbiAgICB0aW1lb3V0TXM6IHBvc2l0aXZlTnVtYmVyKG9wdGlvbnMudGltZW91dE1zLCAndGltZW91dE1zJywgNTAwMCksXG4gICAgcmV0cnk6IHJlc29sdmVSZXRyeU9wdGlvbnMob3B0aW9ucy5yZXRyeSksXG4gICAgbWF4Qm9keUJ5dGVzOiBwb3NpdGl2ZU51bWJlcihvcHRpb25zLm1heEJvZHlCeXRlcywgJ21heEJvZHlCeXRlcycsIERFRkFVTFRfTUFYX0JPRFlfQllURVMpLFxuICAgIC4uLihvcHRpb25zLmZldGNoID09PSB1bmRlZmluZWQgPyB7fSA6IHsgZmV0Y2g6IG9wdGlvbnMuZmV0Y2ggfSksXG4gICAgcmVkYWN0LFxuICB9KTtcbiAgY29uc3QgZXRhZ3MgPSBuZXcgTFJVQ2FjaGU8c3RyaW5nLCB7IGV0YWc6IHN0cmluZzsgcmVjb3JkOiBQcm9tcHRSZWNvcmQgfT4oe1xuICAgIG1heDogcG9zaXRpdmVOdW1iZXIob3B0aW9ucy5ldGFnQ2FjaGVTaXplLCAnZXRhZ0NhY2hlU2l6ZScsIDEwMDApLFxuICB9KTtcblxuICAvKiogQ2hlY2sgYSByZWNvcmQgYm9keSBhbmQgdHVybiBpdCBpbnRvIGEgZnJvemVuIHJlY29yZCB3aXRoIGEgdmVyaWZpZWQgaGFzaC4gKi9cbiAgYXN5bmMgZnVuY3Rpb24gdG9SZWNvcmQoXG4gICAgcmVzOiBUcmFuc3BvcnRSZXNwb25zZSxcbiAgICBleHBlY3RlZDogeyBuYW1lOiBzdHJpbmc7IHZlcnNpb24/OiBzdHJpbmcgfSxcbiAgKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQ+IHtcbiAgICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gICAgdHJ5IHtcbiAgICAgIHJlY29yZCA9IHBhcnNlUmVjb3JkKHJlcy5ib2R5LCB7IGZpbGU6IHJlcy5jdHgudXJsIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHRGb3JtYXRFcnJvcikgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHRoZSByZWNvcmQgaXMgaW52YWxpZCAoJHtlcnJvci5tZXNzYWdlfSlgKTtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICBpZiAocmVjb3JkLm5hbWUgIT09IGV4cGVjdGVkLm5hbWUpIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGBhc2tlZCBmb3IgcHJvbXB0IFwiJHtleHBlY3RlZC5uYW1lfVwiLCBnb3QgYSByZWNvcmQgbmFtZWQgXCIke3JlY29yZC5uYW1lfVwiYCk7XG4gICAgfVxuICAgIGlmIChleHBlY3RlZC52ZXJzaW9uICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLnZlcnNpb24gIT09IGV4cGVjdGVkLnZlcnNpb24pIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGBhc2tlZCBmb3IgdmVyc2lvbiAke2V4cGVjdGVkLnZlcnNpb259LCBnb3QgJHtyZWNvcmQudmVyc2lvbn1gKTtcbiAgICB9XG4gICAgY29uc3QgaGFzaCA9IGF3YWl0IHZlcmlmeVJlY29yZEhhc2gocmVjb3JkKTtcbiAgICByZXR1cm4gZnJvemVuUmVjb3JkKHJlY29yZCwgcmVjb3JkLmxhYmVscyA/PyBbXSwgaGFzaCk7XG4gIH1cblxuICBmdW5jdGlvbiBub3RGb3VuZChyZXM6IFRyYW5zcG9ydFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gICAgaWYgKHJlcy5zdGF0dXMgIT09IDQwNCkgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChyZXMuZXJyb3IuY29kZSA9PT0gJ25vdF9mb3VuZCcpIHJldHVybiB0cnVlO1xuICAgIHRocm93IHN0YXR1c0Vycm9yKDQwNCwgcmVzLmN0eCwgcmVzLmVycm9yKTtcbiAgfVxuXG4gIGZ1bmN0aW9uIHZlcnNpb25JbmZvcyhyZXM6IFRyYW5zcG9ydFJlc3BvbnNlLCBuYW1lOiBzdHJpbmcpOiBWZXJzaW9uSW5mb1tdIHtcbiAgICBjb25zdCBwYXJzZWQgPSB2ZXJzaW9uTGlzdFNjaGVtYS5zYWZlUGFyc2UocmVzLmJvZHkpO1xuICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGB1bmV4cGVjdGVkIHZlcnNpb24gbGlzdCAoJHtkZXNjcmliZUlzc3VlcyhwYXJzZWQuZXJyb3IpfSlgKTtcbiAgICBpZiAocGFyc2VkLmRhdGEubmFtZSAhPT0gbmFtZSkge1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYGFza2VkIGZvciB0aGUgdmVyc2lvbnMgb2YgXCIke25hbWV9XCIsIGdvdCB0aG9zZSBvZiBcIiR7cGFyc2VkLmRhdGEubmFtZX1cImApO1xuICAgIH1cbiAgICByZXR1cm4gY2hlY2tWZXJzaW9ucyhwYXJzZWQuZGF0YS52ZXJzaW9ucywgcmVzLmN0eCk7XG4gIH1cblxuICBjb25zdCBzdG9yZTogSHR0cFN0b3JlID0ge1xuICAgIG5hbWU6IHN0b3JlTmFtZSxcblxuICAgIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIHBhdGg6IHByb21wdFBhdGgobmFtZSksXG4gICAgICAgIGFjdGlvbjogYGxpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwiJHtuYW1lfVwiYCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKG5vdEZvdW5kKHJlcykpIHJldHVybiBbXTtcbiAgICAgIHJldHVybiB2ZXJzaW9uSW5mb3MocmVzLCBuYW1lKTtcbiAgICB9LFxuXG4gICAgYXN5bmMgZ2V0VmVyc2lvbihuYW1lLCB2ZXJzaW9uKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBpZiAodHlwZW9mIHZlcnNpb24gIT09ICdzdHJpbmcnIHx8IHNlbXZlclZhbGlkKHZlcnNpb24pICE9PSB2ZXJzaW9uKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgY29uc3QgcGF0aCA9IHZlcnNpb25QYXRoKG5hbWUsIHZlcnNpb24pO1xuICAgICAgY29uc3QgY2FjaGVkID0gZXRhZ3MuZ2V0KHBhdGgpO1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBwYXRoLFxuICAgICAgICBoZWFkZXJzOiBjYWNoZWQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyAnaWYtbm9uZS1tYXRjaCc6IGNhY2hlZC5ldGFnIH0sXG4gICAgICAgIGFjdGlvbjogYGxvYWRpbmcgXCIke25hbWV9QCR7dmVyc2lvbn1cImAsXG4gICAgICAgIHBhc3NTdGF0dXNlczogWzQwNCwgMzA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDMwNCkge1xuICAgICAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHJldHVybiBjYWNoZWQucmVjb3JkO1xuICAgICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCAnZ290IDMwNCBOb3QgTW9kaWZpZWQgdG8gYSByZXF1ZXN0IHdpdGhvdXQgSWYtTm9uZS1NYXRjaCcsIDMwNCk7XG4gICAgICB9XG4gICAgICBpZiAobm90Rm91bmQocmVzKSkge1xuICAgICAgICBldGFncy5kZWxldGUocGF0aCk7XG4gICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB9XG4gICAgICBjb25zdCByZWNvcmQgPSBhd2FpdCB0b1JlY29yZChyZXMsIHsgbmFtZSwgdmVyc2lvbiB9KTtcbiAgICAgIGV0YWdzLnNldChwYXRoLCB7IGV0YWc6IHJlcy5oZWFkZXJzLmdldCgnZXRhZycpID8/IGBcIiR7cmVjb3JkLmhhc2h9XCJgLCByZWNvcmQgfSk7XG4gICAgICByZXR1cm4gcmVjb3JkO1xuICAgIH0sXG5cbiAgICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBhc3NlcnRWYWxpZFNlbGVjdG9yKHNlbGVjdG9yLCBgJHtuYW1lfUAke3NlbGVjdG9yfWApO1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBwYXRoOiByZXNvbHZlUGF0aChuYW1lKSxcbiAgICAgICAgc2VhcmNoUGFyYW1zOiB7IHNlbGVjdG9yIH0sXG4gICAgICAgIGFjdGlvbjogYHJlc29sdmluZyBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cImAsXG4gICAgICAgIHBhc3NTdGF0dXNlczogWzQwNF0sXG4gICAgICB9KTtcbiAgICAgIGlmIChub3RGb3VuZChyZXMpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgcmV0dXJuIHRvUmVjb3JkKHJlcywgeyBuYW1lLCAuLi4oc2VtdmVyVmFsaWQoc2VsZWN0b3IpID09PSBzZWxlY3RvciA/IHsgdmVyc2lvbjogc2VsZWN0b3IgfSA6IHt9KSB9KTtcbiAgICB9LFxuXG4gICAgYXN5bmMgbGlzdCgpIHtcbiAgICAgIGNvbnN0IHJlcyA9IGF3YWl0IHRyYW5zcG9ydC5yZXF1ZXN0KHsgcGF0aDogJy92MS9wcm9tcHRzJywgYWN0aW9uOiAnbGlzdGluZyB0aGUgcHJvbXB0cycgfSk7XG4gICAgICBjb25zdCBwYXJzZWQgPSBwcm9tcHRMaXN0U2NoZW1hLnNhZmVQYXJzZShyZXMuYm9keSk7XG4gICAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCBgdW5leHBlY3RlZCBwcm9tcHQgbGlzdCAoJHtkZXNjcmliZUlzc3VlcyhwYXJzZWQuZXJyb3IpfSlgKTtcbiAgICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgICBmb3IgKGNvbnN0IGVudHJ5IG9mIHBhcnNlZC5kYXRhLnByb21wdHMpIHtcbiAgICAgICAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5JbnZhbGlkTmFtZShlbnRyeS5uYW1lKTtcbiAgICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHRoZSBwcm9tcHQgbGlzdCBob2xkcyBhbiAke3Byb2JsZW19YCk7XG4gICAgICAgIG5hbWVzLmFkZChlbnRyeS5uYW1lKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBbLi4ubmFtZXNdLnNvcnQoKTtcbiAgICB9LFxuXG4gICAgYXN5bmMgY2xvc2UoKSB7XG4gICAgICBldGFncy5jbGVhcigpO1xuICAgIH0sXG4gIH07XG5cbiAgaWYgKG9wdGlvbnMud3JpdGFibGUgPT09IHRydWUpIHtcbiAgICBzdG9yZS5wdXRWZXJzaW9uID0gYXN5bmMgKHJlY29yZCkgPT4ge1xuICAgICAgY29uc3QgcGFyc2VkID0gcGFyc2VSZWNvcmQocmVjb3JkLCB7IGZpbGU6IGAke3N0b3JlTmFtZX0gc3RvcmUgcHV0VmVyc2lvbmAgfSk7XG4gICAgICBjb25zdCBoYXNoID0gYXdhaXQgdmVyaWZ5UmVjb3JkSGFzaChwYXJzZWQpO1xuICAgICAgYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBtZXRob2Q6ICdQVVQnLFxuICAgICAgICBwYXRoOiB2ZXJzaW9uUGF0aChwYXJzZWQubmFtZSwgcGFyc2VkLnZlcnNpb24pLFxuICAgICAgICBqc29uOiB7IC4uLnBhcnNlZCwgaGFzaCB9LFxuICAgICAgICBhY3Rpb246IGBwdWJsaXNoaW5nIFwiJHtwYXJzZWQubmFtZX1AJHtwYXJzZWQudmVyc2lvbn1cImAsXG4gICAgICB9KTtcbiAgICB9O1xuICAgIHN0b3JlLnNldExhYmVsID0gYXN5bmMgKG5hbWUsIGxhYmVsLCB2ZXJzaW9uKSA9PiB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBhc3NlcnRMYWJlbE5hbWUobGFiZWwsIHN0b3JlTmFtZSk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIG1ldGhvZDogJ1BVVCcsXG4gICAgICAgIHBhdGg6IGxhYmVsUGF0aChuYW1lLCBsYWJlbCksXG4gICAgICAgIGpzb246IHsgdmVyc2lvbiB9LFxuICAgICAgICBhY3Rpb246IGBzZXR0aW5nIGxhYmVsIFwiJHtsYWJlbH1cIiBvZiBcIiR7bmFtZX1cIiB0byAke3ZlcnNpb259YCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDQwNCkge1xuICAgICAgICBjb25zdCBzYWlkID0gcmVzLmVycm9yLm1lc3NhZ2UgPT09IHVuZGVmaW5lZCA/ICcnIDogYDogJHtyZWRhY3QocmVzLmVycm9yLm1lc3NhZ2UpLnNsaWNlKDAsIDMwMCl9YDtcbiAgICAgICAgdGhyb3cgbmV3IFN0b3JlRXJyb3IoXG4gICAgICAgICAgYENhbm5vdCBzZXQgbGFiZWwgXCIke2xhYmVsfVwiIG9mIFwiJHtuYW1lfVwiIHRvICR7dmVyc2lvbn0gaW4gdGhlICR7c3RvcmVOYW1lfSBzdG9yZSR7c2FpZH0uIGAgK1xuICAgICAgICAgICAgJ1B1Ymxpc2ggdGhhdCB2ZXJzaW9uIGZpcnN0LCBvciBwaWNrIG9uZSB0aGF0IGV4aXN0cy4nLFxuICAgICAgICAgIHsgc3RvcmU6IHN0b3JlTmFtZSwgc3RhdHVzOiA0MDQgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9O1xuICB9XG4gIHJldHVybiBzdG9yZTtcbn1cblxuLyoqIENoZWNrIGxpc3RlZCB2ZXJzaW9uczogc2VtdmVyLCBzdHJpbmcgbGFiZWxzLCBubyBkdXBsaWNhdGUgdmVyc2lvbjsgaGlnaGVzdCBmaXJzdC4gKi9cbmZ1bmN0aW9uIGNoZWNrVmVyc2lvbnModmVyc2lvbnM6IFJlYWRvbmx5QXJyYXk8VmVyc2lvbkluZm8+LCBjdHg6IEZhaWx1cmVDb250ZXh0KTogVmVyc2lvbkluZm9bXSB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qgb3V0OiBWZXJzaW9uSW5mb1tdID0gW107XG4gIGZvciAoY29uc3QgdiBvZiB2ZXJzaW9ucykge1xuICAgIGlmIChzZW12ZXJWYWxpZCh2LnZlcnNpb24pICE9PSB2LnZlcnNpb24pIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHZlcnNpb24gJHtKU09OLnN0cmluZ2lmeSh2LnZlcnNpb24uc2xpY2UoMCwgNTApKX0gaXMgbm90IGEgc2VtdmVyIHZlcnNpb25gKTtcbiAgICB9XG4gICAgaWYgKHNlZW4uaGFzKHYudmVyc2lvbikpIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHZlcnNpb24gJHt2LnZlcnNpb259IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKHYudmVyc2lvbik7XG4gICAgb3V0LnB1c2goeyB2ZXJzaW9uOiB2LnZlcnNpb24sIGxhYmVsczogWy4uLnYubGFiZWxzXSwgLi4uKHYuaGFzaCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGhhc2g6IHYuaGFzaCB9KSB9KTtcbiAgfVxuICByZXR1cm4gc29ydFZlcnNpb25zRGVzY2VuZGluZyhvdXQpO1xufVxuXG4iLCAiLyoqXG4gKiBSZXRyeSBwb2xpY3kgb2YgdGhlIEhUVFAtYmFzZWQgc3RvcmVzOiB3aGljaCBmYWlsdXJlcyBhcmUgcmV0cmllZCwgY2FwcGVkIGV4cG9uZW50aWFsIGJhY2tvZmZcbiAqIHdpdGggZnVsbCBqaXR0ZXIsIGFuZCBgUmV0cnktQWZ0ZXJgIChzZWNvbmRzIG9yIGFuIEhUVFAgZGF0ZSkuIFRpbWUgaXMgaW5qZWN0YWJsZSAoYHNsZWVwYCwgYG5vd2AsXG4gKiBgcmFuZG9tYCkgc28gdGhhdCB0ZXN0cyBuZXZlciB3YWl0LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBDb25maWdFcnJvciB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5cbi8qKiBSZXRyeSBvcHRpb25zIG9mIGBodHRwU3RvcmVgIGFuZCBgbGFuZ2Z1c2VTdG9yZWAuICovXG5leHBvcnQgaW50ZXJmYWNlIFJldHJ5T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBSZXRyaWVzIGFmdGVyIHRoZSBmaXJzdCBhdHRlbXB0IChzbyBgbGltaXQgKyAxYCBhdHRlbXB0cyBhdCBtb3N0KS4gYDBgIGRpc2FibGVzIHJldHJpZXMuXG4gICAqIEBkZWZhdWx0IDJcbiAgICovXG4gIGxpbWl0PzogbnVtYmVyO1xuICAvKipcbiAgICogQmFzZSBvZiB0aGUgZXhwb25lbnRpYWwgYmFja29mZjogYXR0ZW1wdCBgbmAgKGZyb20gMCkgd2FpdHMgYSByYW5kb20gdGltZSBpblxuICAgKiBgWzAsIG1pbihtYXhCYWNrb2ZmTXMsIGJhY2tvZmZNcyAqIDJebikpYCAoXCJmdWxsIGppdHRlclwiKS5cbiAgICogQGRlZmF1bHQgMjUwXG4gICAqL1xuICBiYWNrb2ZmTXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBDYXAgb2Ygb25lIGJhY2tvZmYgZGVsYXkgY29tcHV0ZWQgZnJvbSBgYmFja29mZk1zYC5cbiAgICogQGRlZmF1bHQgNTAwMFxuICAgKi9cbiAgbWF4QmFja29mZk1zPzogbnVtYmVyO1xuICAvKipcbiAgICogTG9uZ2VzdCBgUmV0cnktQWZ0ZXJgIHRoZSBzdG9yZSB3aWxsIGhvbm91ci4gV2hlbiBhIHNlcnZlciBhc2tzIGZvciBhIGxvbmdlciB3YWl0LCB0aGUgcmVxdWVzdFxuICAgKiBmYWlscyBhdCBvbmNlIHdpdGggYSByZXRyeWFibGUgYFN0b3JlRXJyb3JgIGluc3RlYWQgb2YgaGFuZ2luZy5cbiAgICogQGRlZmF1bHQgMzAwMDBcbiAgICovXG4gIG1heFJldHJ5QWZ0ZXJNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFdhaXRzIGBtc2AgbWlsbGlzZWNvbmRzLiBJbmplY3QgaXQgaW4gdGVzdHMgdG8gcmVjb3JkIHRoZSBkZWxheXMgaW5zdGVhZCBvZiB3YWl0aW5nLlxuICAgKiBAZGVmYXVsdCBzZXRUaW1lb3V0LWJhc2VkIHNsZWVwXG4gICAqL1xuICBzbGVlcD86IChtczogbnVtYmVyKSA9PiBQcm9taXNlPHZvaWQ+O1xuICAvKipcbiAgICogUmFuZG9tIG51bWJlciBpbiBgWzAsIDEpYCB1c2VkIGZvciBqaXR0ZXIuXG4gICAqIEBkZWZhdWx0IE1hdGgucmFuZG9tXG4gICAqL1xuICByYW5kb20/OiAoKSA9PiBudW1iZXI7XG4gIC8qKlxuICAgKiBDdXJyZW50IHRpbWUgaW4gbWlsbGlzZWNvbmRzIHNpbmNlIHRoZSBlcG9jaCwgdXNlZCB0byB0dXJuIGEgYFJldHJ5LUFmdGVyYCBIVFRQIGRhdGUgaW50byBhIGRlbGF5LlxuICAgKiBAZGVmYXVsdCBEYXRlLm5vd1xuICAgKi9cbiAgbm93PzogKCkgPT4gbnVtYmVyO1xufVxuXG4vKioge0BsaW5rIFJldHJ5T3B0aW9uc30gd2l0aCBldmVyeSBkZWZhdWx0IGZpbGxlZCBpbi4gKi9cbmV4cG9ydCB0eXBlIFJlc29sdmVkUmV0cnlPcHRpb25zID0gUmVxdWlyZWQ8UmV0cnlPcHRpb25zPjtcblxuY29uc3QgZGVmYXVsdFNsZWVwID0gKG1zOiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+ID0+IG5ldyBQcm9taXNlKChyZXNvbHZlKSA9PiBzZXRUaW1lb3V0KHJlc29sdmUsIG1zKSk7XG5cbmZ1bmN0aW9uIGNoZWNrTnVtYmVyKHZhbHVlOiB1bmtub3duLCBvcHRpb246IHN0cmluZywgbWluOiBudW1iZXIsIGZhbGxiYWNrOiBudW1iZXIpOiBudW1iZXIge1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbGxiYWNrO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnbnVtYmVyJyB8fCAhTnVtYmVyLmlzRmluaXRlKHZhbHVlKSB8fCB2YWx1ZSA8IG1pbikge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIGZpbml0ZSBudW1iZXIgPj0gJHttaW59LCBnb3QgJHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9YCwgeyBvcHRpb24gfSk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBjaGVja0Z1bmN0aW9uPFQ+KHZhbHVlOiBUIHwgdW5kZWZpbmVkLCBvcHRpb246IHN0cmluZywgZmFsbGJhY2s6IFQpOiBUIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ2Z1bmN0aW9uJykgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgZnVuY3Rpb24sIGdvdCAke3R5cGVvZiB2YWx1ZX1gLCB7IG9wdGlvbiB9KTtcbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKipcbiAqIEZpbGwgaW4gdGhlIGRlZmF1bHRzIG9mIGByZXRyeWAsIGNoZWNraW5nIGVhY2ggb3B0aW9uIChhIHtAbGluayBDb25maWdFcnJvcn0gbmFtZXMgdGhlIGJhZCBvbmUpLlxuICogYHJldHJ5OiBmYWxzZWAgb3IgYDBgIGRpc2FibGVzIHJldHJpZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlUmV0cnlPcHRpb25zKHJldHJ5OiBSZXRyeU9wdGlvbnMgfCBudW1iZXIgfCBmYWxzZSB8IHVuZGVmaW5lZCk6IFJlc29sdmVkUmV0cnlPcHRpb25zIHtcbiAgY29uc3Qgb3B0aW9uczogUmV0cnlPcHRpb25zID0gcmV0cnkgPT09IGZhbHNlID8geyBsaW1pdDogMCB9IDogdHlwZW9mIHJldHJ5ID09PSAnbnVtYmVyJyA/IHsgbGltaXQ6IHJldHJ5IH0gOiAocmV0cnkgPz8ge30pO1xuICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYW4gb2JqZWN0LCBhIG51bWJlciBvciBmYWxzZSwgZ290ICR7dHlwZW9mIG9wdGlvbnN9YCwgeyBvcHRpb246ICdyZXRyeScgfSk7XG4gIH1cbiAgY29uc3QgbGltaXQgPSBjaGVja051bWJlcihvcHRpb25zLmxpbWl0LCAncmV0cnkubGltaXQnLCAwLCAyKTtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGxpbWl0KSkgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGFuIGludGVnZXIsIGdvdCAke2xpbWl0fWAsIHsgb3B0aW9uOiAncmV0cnkubGltaXQnIH0pO1xuICByZXR1cm4ge1xuICAgIGxpbWl0LFxuICAgIGJhY2tvZmZNczogY2hlY2tOdW1iZXIob3B0aW9ucy5iYWNrb2ZmTXMsICdyZXRyeS5iYWNrb2ZmTXMnLCAwLCAyNTApLFxuICAgIG1heEJhY2tvZmZNczogY2hlY2tOdW1iZXIob3B0aW9ucy5tYXhCYWNrb2ZmTXMsICdyZXRyeS5tYXhCYWNrb2ZmTXMnLCAwLCA1MDAwKSxcbiAgICBtYXhSZXRyeUFmdGVyTXM6IGNoZWNrTnVtYmVyKG9wdGlvbnMubWF4UmV0cnlBZnRlck1zLCAncmV0cnkubWF4UmV0cnlBZnRlck1zJywgMCwgMzBfMDAwKSxcbiAgICBzbGVlcDogY2hlY2tGdW5jdGlvbihvcHRpb25zLnNsZWVwLCAncmV0cnkuc2xlZXAnLCBkZWZhdWx0U2xlZXApLFxuICAgIHJhbmRvbTogY2hlY2tGdW5jdGlvbihvcHRpb25zLnJhbmRvbSwgJ3JldHJ5LnJhbmRvbScsIE1hdGgucmFuZG9tKSxcbiAgICBub3c6IGNoZWNrRnVuY3Rpb24ob3B0aW9ucy5ub3csICdyZXRyeS5ub3cnLCBEYXRlLm5vdyksXG4gIH07XG59XG5cbi8qKiBUcnVlIGZvciB0aGUgSFRUUCBzdGF0dXNlcyB3b3J0aCByZXRyeWluZzogNDA4LCA0MjkgYW5kIDV4eCBleGNlcHQgNTAxIChOb3QgSW1wbGVtZW50ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUmV0cnlhYmxlU3RhdHVzKHN0YXR1czogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBzdGF0dXMgPT09IDQwOCB8fCBzdGF0dXMgPT09IDQyOSB8fCAoc3RhdHVzID49IDUwMCAmJiBzdGF0dXMgPD0gNTk5ICYmIHN0YXR1cyAhPT0gNTAxKTtcbn1cblxuLyoqXG4gKiBEZWxheSBhc2tlZCBmb3IgYnkgYSBgUmV0cnktQWZ0ZXJgIGhlYWRlciwgaW4gbWlsbGlzZWNvbmRzOiBkZWx0YS1zZWNvbmRzIChgXCIxMjBcImAsIGBcIjEuNVwiYCkgb3IgYW5cbiAqIEhUVFAgZGF0ZS4gYHVuZGVmaW5lZGAgd2hlbiB0aGUgaGVhZGVyIGlzIG1pc3Npbmcgb3IgdW5yZWFkYWJsZTsgYSBkYXRlIGluIHRoZSBwYXN0IGdpdmVzIGAwYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUmV0cnlBZnRlcih2YWx1ZTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgbm93OiBudW1iZXIpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdGV4dCA9IHZhbHVlLnRyaW0oKTtcbiAgaWYgKHRleHQgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoL15cXGQrKFxcLlxcZCspPyQvLnRlc3QodGV4dCkpIHJldHVybiBNYXRoLnJvdW5kKE51bWJlcih0ZXh0KSAqIDEwMDApO1xuICBjb25zdCBkYXRlID0gRGF0ZS5wYXJzZSh0ZXh0KTtcbiAgaWYgKE51bWJlci5pc05hTihkYXRlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIE1hdGgubWF4KDAsIGRhdGUgLSBub3cpO1xufVxuXG4vKiogRnVsbC1qaXR0ZXIgYmFja29mZiBmb3IgcmV0cnkgbnVtYmVyIGBhdHRlbXB0YCAoMCBmb3IgdGhlIGZpcnN0IHJldHJ5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBiYWNrb2ZmRGVsYXkoYXR0ZW1wdDogbnVtYmVyLCBvcHRpb25zOiBSZXNvbHZlZFJldHJ5T3B0aW9ucyk6IG51bWJlciB7XG4gIGNvbnN0IGNlaWxpbmcgPSBNYXRoLm1pbihvcHRpb25zLm1heEJhY2tvZmZNcywgb3B0aW9ucy5iYWNrb2ZmTXMgKiAyICoqIGF0dGVtcHQpO1xuICByZXR1cm4gTWF0aC5mbG9vcihvcHRpb25zLnJhbmRvbSgpICogY2VpbGluZyk7XG59XG4iLCAiLyoqXG4gKiBUdXJuaW5nIEhUVFAgZmFpbHVyZXMgaW50byB7QGxpbmsgU3RvcmVFcnJvcn1zOiBvbmUgZnVuY3Rpb24gbWFwcyBhIHN0YXR1cyAoYW5kIHRoZSBzZXJ2ZXIncyBlcnJvclxuICogYm9keSwgaWYgYW55KSB0byBhIG1lc3NhZ2UgdGhhdCBzYXlzIHdoYXQgZmFpbGVkLCB3aGVyZSBhbmQgaG93IHRvIGZpeCBpdCwgYW5kIG5ldmVyIGNvbnRhaW5zIGFcbiAqIGNyZWRlbnRpYWwuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFN0b3JlRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgaXNSZXRyeWFibGVTdGF0dXMgfSBmcm9tICcuL3JldHJ5LmpzJztcblxuLyoqIFdoYXQgYSBzdG9yZSBzYXlzIGFib3V0IGEgZmFpbGVkIHJlcXVlc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIEZhaWx1cmVDb250ZXh0IHtcbiAgLyoqIFN0b3JlIG5hbWUsIGUuZy4gYCdodHRwJ2AuICovXG4gIHN0b3JlOiBzdHJpbmc7XG4gIC8qKiBXaGF0IHdhcyBiZWluZyBkb25lLCBlLmcuIGAnbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCJzdXBwb3J0L2dyZWV0aW5nXCInYC4gKi9cbiAgYWN0aW9uOiBzdHJpbmc7XG4gIC8qKiBUaGUgcmVxdWVzdCBVUkwsIHdpdGhvdXQgY3JlZGVudGlhbHMgKHNlZSB7QGxpbmsgZGlzcGxheVVybH0pLiAqL1xuICB1cmw6IHN0cmluZztcbiAgLyoqIEhvdyB0byBmaXggYSA0MDEvNDAzLCBlLmcuIFwicGFzcyB0aGUgcmlnaHQgYHRva2VuYCB0byBodHRwU3RvcmVcIi4gKi9cbiAgYXV0aEhpbnQ6IHN0cmluZztcbiAgLyoqIFJlbW92ZXMgc2VjcmV0cyBmcm9tIGFueSB0ZXh0IHRoYXQgZ29lcyBpbnRvIGEgbWVzc2FnZS4gKi9cbiAgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG59XG5cbi8qKiBBIHNlcnZlcidzIGVycm9yIG1lc3NhZ2UsIGtlcHQgc2hvcnQuICovXG5mdW5jdGlvbiBzaG9ydE1lc3NhZ2UodGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkLCByZWRhY3Q6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICh0ZXh0ID09PSB1bmRlZmluZWQgfHwgdGV4dC50cmltKCkgPT09ICcnKSByZXR1cm4gJyc7XG4gIGNvbnN0IGNsZWFuID0gcmVkYWN0KHRleHQpLnJlcGxhY2UoL1xccysvZywgJyAnKS50cmltKCk7XG4gIHJldHVybiBjbGVhbi5sZW5ndGggPiAzMDAgPyBgJHtjbGVhbi5zbGljZSgwLCAzMDApfVx1MjAyNmAgOiBjbGVhbjtcbn1cblxuLyoqXG4gKiBNYXAgYSBub24tc3VjY2VzcyBIVFRQIHN0YXR1cyB0byBhIHtAbGluayBTdG9yZUVycm9yfS4gNDAxLzQwMyBhcmUgbmV2ZXIgcmV0cnlhYmxlOyA0MDgsIDQyOSBhbmRcbiAqIDV4eCAoYnV0IDUwMSkgYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhdHVzRXJyb3IoXG4gIHN0YXR1czogbnVtYmVyLFxuICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICBkZXRhaWxzOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmc7IHJldHJ5QWZ0ZXJNcz86IG51bWJlcjsgYXR0ZW1wdHM/OiBudW1iZXIgfSA9IHt9LFxuKTogU3RvcmVFcnJvciB7XG4gIGNvbnN0IHNlcnZlciA9IHNob3J0TWVzc2FnZShkZXRhaWxzLm1lc3NhZ2UsIGN0eC5yZWRhY3QpO1xuICBjb25zdCBzYWlkID0gc2VydmVyID09PSAnJyA/ICcnIDogYCBUaGUgc2VydmVyIHNhaWQ6IFwiJHtzZXJ2ZXJ9XCIuYDtcbiAgY29uc3QgdHJpZXMgPSBkZXRhaWxzLmF0dGVtcHRzICE9PSB1bmRlZmluZWQgJiYgZGV0YWlscy5hdHRlbXB0cyA+IDEgPyBgIGFmdGVyICR7ZGV0YWlscy5hdHRlbXB0c30gYXR0ZW1wdHNgIDogJyc7XG4gIGxldCBtZXNzYWdlOiBzdHJpbmc7XG4gIGlmIChzdGF0dXMgPT09IDQwMSB8fCBzdGF0dXMgPT09IDQwMykge1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgd2FzIHJlZnVzZWQgKEhUVFAgJHtzdGF0dXN9ICR7c3RhdHVzID09PSA0MDEgPyAndW5hdXRob3JpemVkJyA6ICdmb3JiaWRkZW4nfSkgYCArXG4gICAgICBgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9OiB0aGUgY3JlZGVudGlhbHMgYXJlIG1pc3Npbmcgb3Igd3JvbmcuJHtzYWlkfSBGaXg6ICR7Y3R4LmF1dGhIaW50fS5gO1xuICB9IGVsc2UgaWYgKHN0YXR1cyA9PT0gNDA0KSB7XG4gICAgbWVzc2FnZSA9XG4gICAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSBnb3QgSFRUUCA0MDQgd2l0aG91dCBhIFwibm90IGZvdW5kXCIgZXJyb3IgYm9keSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0uJHtzYWlkfSBgICtcbiAgICAgICdDaGVjayB0aGF0IHRoZSBzdG9yZSBVUkwgcG9pbnRzIGF0IHRoZSBwcm9tcHQgc2VydmVyICh0aGUgYmFzZSBVUkwsIHdpdGhvdXQgdGhlIC92MSBwYXRoKS4nO1xuICB9IGVsc2UgaWYgKHN0YXR1cyA9PT0gNDI5KSB7XG4gICAgY29uc3Qgd2FpdCA9IGRldGFpbHMucmV0cnlBZnRlck1zID09PSB1bmRlZmluZWQgPyAnJyA6IGAgKGl0IGFza2VkIHRvIHdhaXQgJHtNYXRoLmNlaWwoZGV0YWlscy5yZXRyeUFmdGVyTXMgLyAxMDAwKX0gcylgO1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgd2FzIHJhdGUgbGltaXRlZCAoSFRUUCA0MjkpJHt3YWl0fSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0ke3RyaWVzfS4ke3NhaWR9IGAgK1xuICAgICAgJ1RyeSBhZ2FpbiBsYXRlciwgb3IgbG93ZXIgdGhlIHJlcXVlc3QgcmF0ZSAoZS5nLiBhIGxvbmdlciBjYWNoZSB0dGxNcykuJztcbiAgfSBlbHNlIGlmIChzdGF0dXMgPT09IDQwOCB8fCBzdGF0dXMgPj0gNTAwKSB7XG4gICAgbWVzc2FnZSA9XG4gICAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSdzIHNlcnZlciBmYWlsZWQgKEhUVFAgJHtzdGF0dXN9KSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0ke3RyaWVzfS4ke3NhaWR9IGAgK1xuICAgICAgJ1RoaXMgaXMgdXN1YWxseSB0ZW1wb3Jhcnk6IHRyeSBhZ2FpbiBsYXRlciwgYW5kIGNoZWNrIHRoZSBzZXJ2ZXIgaWYgaXQgcGVyc2lzdHMuJztcbiAgfSBlbHNlIHtcbiAgICBjb25zdCBjb2RlID0gZGV0YWlscy5jb2RlID09PSB1bmRlZmluZWQgPyAnJyA6IGAgJHtkZXRhaWxzLmNvZGV9YDtcbiAgICBtZXNzYWdlID0gYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgZ290IEhUVFAgJHtzdGF0dXN9JHtjb2RlfSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0uJHtzYWlkfWA7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDAwKSBtZXNzYWdlICs9ICcgVGhlIHJlcXVlc3Qgd2FzIHJlamVjdGVkIGFzIGludmFsaWQ6IGNoZWNrIHRoZSBuYW1lLCB2ZXJzaW9uIG9yIHNlbGVjdG9yLic7XG4gICAgaWYgKHN0YXR1cyA9PT0gNDA5KSBtZXNzYWdlICs9ICcgVmVyc2lvbnMgYXJlIGltbXV0YWJsZTogcHVibGlzaCBhIG5ldyB2ZXJzaW9uIGluc3RlYWQgb2YgY2hhbmdpbmcgdGhpcyBvbmUuJztcbiAgfVxuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IobWVzc2FnZSwgeyBzdG9yZTogY3R4LnN0b3JlLCBzdGF0dXMsIHJldHJ5YWJsZTogaXNSZXRyeWFibGVTdGF0dXMoc3RhdHVzKSB9KTtcbn1cblxuLyoqIEEgbmV0d29yayBmYWlsdXJlIChETlMsIHJlZnVzZWQgY29ubmVjdGlvbiwgcmVzZXQpIG9yIGEgdGltZW91dDogYWx3YXlzIHJldHJ5YWJsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXR3b3JrRXJyb3IoY3R4OiBGYWlsdXJlQ29udGV4dCwgY2F1c2U6IHVua25vd24sIHRpbWVvdXRNczogbnVtYmVyIHwgdW5kZWZpbmVkLCBhdHRlbXB0czogbnVtYmVyKTogU3RvcmVFcnJvciB7XG4gIGNvbnN0IHRyaWVzID0gYXR0ZW1wdHMgPiAxID8gYCAoJHthdHRlbXB0c30gYXR0ZW1wdHMpYCA6ICcnO1xuICBjb25zdCBtZXNzYWdlID1cbiAgICB0aW1lb3V0TXMgIT09IHVuZGVmaW5lZFxuICAgICAgPyBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSB0aW1lZCBvdXQgYWZ0ZXIgJHt0aW1lb3V0TXN9IG1zIHdoaWxlICR7Y3R4LmFjdGlvbn0gYXQgJHtjdHgudXJsfSR7dHJpZXN9LiBgICtcbiAgICAgICAgJ0NoZWNrIHRoYXQgdGhlIHNlcnZlciBpcyByZWFjaGFibGUsIG9yIHJhaXNlIHRoZSBzdG9yZVxcJ3MgXCJ0aW1lb3V0TXNcIi4nXG4gICAgICA6IGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIGNvdWxkIG5vdCByZWFjaCAke2N0eC51cmx9IHdoaWxlICR7Y3R4LmFjdGlvbn0ke3RyaWVzfTogYCArXG4gICAgICAgIGAke2N0eC5yZWRhY3QoZGVzY3JpYmVDYXVzZShjYXVzZSkpfS4gQ2hlY2sgdGhlIFVSTCBhbmQgdGhlIG5ldHdvcmsuYDtcbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKG1lc3NhZ2UsIHsgc3RvcmU6IGN0eC5zdG9yZSwgcmV0cnlhYmxlOiB0cnVlIH0sIHsgY2F1c2U6IHNhbml0aXplQ2F1c2UoY2F1c2UsIGN0eC5yZWRhY3QpIH0pO1xufVxuXG4vKiogQSByZXNwb25zZSB0aGF0IGlzIG5vdCB3aGF0IHRoZSBwcm90b2NvbCBwcm9taXNlcyAoYmFkIEpTT04sIHdyb25nIGNvbnRlbnQgdHlwZSwgdG9vIGJpZywgd3Jvbmcgc2hhcGUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hbGZvcm1lZEVycm9yKGN0eDogRmFpbHVyZUNvbnRleHQsIHByb2JsZW06IHN0cmluZywgc3RhdHVzPzogbnVtYmVyKTogU3RvcmVFcnJvciB7XG4gIHJldHVybiBuZXcgU3RvcmVFcnJvcihcbiAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSBnb3QgYSBtYWxmb3JtZWQgcmVzcG9uc2Ugd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9OiAke2N0eC5yZWRhY3QocHJvYmxlbSl9LiBgICtcbiAgICAgICdDaGVjayB0aGF0IHRoZSBVUkwgcG9pbnRzIGF0IGEgcHJvbXB0b3BzLWNvbXBhdGlibGUgc2VydmVyIChwcm90b2NvbCB2MSkuJyxcbiAgICB7IHN0b3JlOiBjdHguc3RvcmUsIHN0YXR1cywgcmV0cnlhYmxlOiBmYWxzZSB9LFxuICApO1xufVxuXG5mdW5jdGlvbiBkZXNjcmliZUNhdXNlKGNhdXNlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKGNhdXNlIGluc3RhbmNlb2YgRXJyb3IpIHtcbiAgICBjb25zdCBpbm5lciA9IGNhdXNlLmNhdXNlIGluc3RhbmNlb2YgRXJyb3IgPyBgICgke2NhdXNlLmNhdXNlLm1lc3NhZ2V9KWAgOiAnJztcbiAgICByZXR1cm4gYCR7Y2F1c2UubWVzc2FnZX0ke2lubmVyfWA7XG4gIH1cbiAgcmV0dXJuIFN0cmluZyhjYXVzZSk7XG59XG5cbi8qKlxuICogQSBwbGFpbiBFcnJvciBjb3B5IG9mIGEgdHJhbnNwb3J0IGZhaWx1cmUsIGtlZXBpbmcgb25seSBpdHMgbmFtZSBhbmQgcmVkYWN0ZWQgbWVzc2FnZSAoYW5kIHRoZVxuICogc2FtZSBvZiBpdHMgb3duIGNhdXNlKTogdGhlIG9yaWdpbmFsIG1heSBob2xkIHRoZSByZXF1ZXN0LCBhbmQgc28gaXRzIGhlYWRlcnMuXG4gKi9cbmZ1bmN0aW9uIHNhbml0aXplQ2F1c2UoY2F1c2U6IHVua25vd24sIHJlZGFjdDogKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKTogRXJyb3IgfCB1bmRlZmluZWQge1xuICBpZiAoIShjYXVzZSBpbnN0YW5jZW9mIEVycm9yKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgaW5uZXIgPSBjYXVzZS5jYXVzZSBpbnN0YW5jZW9mIEVycm9yID8gbmV3IEVycm9yKHJlZGFjdChjYXVzZS5jYXVzZS5tZXNzYWdlKSkgOiB1bmRlZmluZWQ7XG4gIGNvbnN0IGNvcHkgPSBuZXcgRXJyb3IocmVkYWN0KGNhdXNlLm1lc3NhZ2UpLCBpbm5lciA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogeyBjYXVzZTogaW5uZXIgfSk7XG4gIGNvcHkubmFtZSA9IGNhdXNlLm5hbWU7XG4gIHJldHVybiBjb3B5O1xufVxuXG4vKiogYHVybGAgd2l0aG91dCB1c2VyIGluZm8gKGB1c2VyOnBhc3NAYCksIGZvciBtZXNzYWdlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkaXNwbGF5VXJsKHVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgdHJ5IHtcbiAgICBjb25zdCB1ID0gbmV3IFVSTCh1cmwpO1xuICAgIHJldHVybiBgJHt1Lm9yaWdpbn0ke3UucGF0aG5hbWV9JHt1LnNlYXJjaH1gO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gJyhpbnZhbGlkIFVSTCknO1xuICB9XG59XG5cbi8qKiBBIGZ1bmN0aW9uIHRoYXQgcmVwbGFjZXMgZXZlcnkgb2NjdXJyZW5jZSBvZiB0aGUgZ2l2ZW4gc2VjcmV0cyB3aXRoIGBbcmVkYWN0ZWRdYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWRhY3RvcihzZWNyZXRzOiBSZWFkb25seUFycmF5PHN0cmluZyB8IHVuZGVmaW5lZD4pOiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcge1xuICBjb25zdCBsaXN0ID0gc2VjcmV0cy5maWx0ZXIoKHMpOiBzIGlzIHN0cmluZyA9PiB0eXBlb2YgcyA9PT0gJ3N0cmluZycgJiYgcy5sZW5ndGggPiAwKTtcbiAgcmV0dXJuICh0ZXh0KSA9PiB7XG4gICAgbGV0IG91dCA9IHRleHQ7XG4gICAgZm9yIChjb25zdCBzZWNyZXQgb2YgbGlzdCkgb3V0ID0gb3V0LnNwbGl0KHNlY3JldCkuam9pbignW3JlZGFjdGVkXScpO1xuICAgIHJldHVybiBvdXQ7XG4gIH07XG59XG4iLCAiLyoqXG4gKiBPcHRpb24gY2hlY2tzIHNoYXJlZCBieSB0aGUgSFRUUC1iYXNlZCBzdG9yZXM6IGVhY2ggcHJvYmxlbSBpcyBhIGBDb25maWdFcnJvcmAgbmFtaW5nIHRoZSBvcHRpb24uXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcblxuLyoqIEEgcG9zaXRpdmUgZmluaXRlIG51bWJlciwgb3IgYGZhbGxiYWNrYCB3aGVuIGB2YWx1ZWAgaXMgdW5kZWZpbmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvc2l0aXZlTnVtYmVyKHZhbHVlOiB1bmtub3duLCBvcHRpb246IHN0cmluZywgZmFsbGJhY2s6IG51bWJlcik6IG51bWJlciB7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNGaW5pdGUodmFsdWUpIHx8IHZhbHVlIDw9IDApIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYSBwb3NpdGl2ZSBudW1iZXIsIGdvdCAke0pTT04uc3RyaW5naWZ5KHZhbHVlKX1gLCB7IG9wdGlvbiB9KTtcbiAgfVxuICByZXR1cm4gdmFsdWU7XG59XG5cbi8qKiBWYWxpZGF0ZSBhIGJhc2UgVVJMIG9wdGlvbiBhbmQgcmV0dXJuIGl0IHdpdGhvdXQgYSB0cmFpbGluZyBzbGFzaC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVCYXNlVXJsKHZhbHVlOiB1bmtub3duLCBvcHRpb246IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdzdHJpbmcnIHx8IHZhbHVlLnRyaW0oKSA9PT0gJycpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ2lzIHJlcXVpcmVkOiB0aGUgYmFzZSBVUkwgb2YgdGhlIHNlcnZlciwgZS5nLiBcImh0dHBzOi8vcHJvbXB0cy5leGFtcGxlLmNvbVwiJywgeyBvcHRpb24gfSk7XG4gIH1cbiAgbGV0IHVybDogVVJMO1xuICB0cnkge1xuICAgIHVybCA9IG5ldyBVUkwodmFsdWUpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYGlzIG5vdCBhIHZhbGlkIFVSTDogJHtKU09OLnN0cmluZ2lmeSh2YWx1ZS5zbGljZSgwLCAyMDApKX1gLCB7IG9wdGlvbiB9KTtcbiAgfVxuICBpZiAodXJsLnByb3RvY29sICE9PSAnaHR0cDonICYmIHVybC5wcm90b2NvbCAhPT0gJ2h0dHBzOicpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYW4gaHR0cDogb3IgaHR0cHM6IFVSTCwgZ290ICR7dXJsLnByb3RvY29sfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIGlmICh1cmwuc2VhcmNoICE9PSAnJyB8fCB1cmwuaGFzaCAhPT0gJycpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3Qgbm90IGhhdmUgYSBxdWVyeSBzdHJpbmcgb3IgYSBmcmFnbWVudCcsIHsgb3B0aW9uIH0pO1xuICB9XG4gIHJldHVybiBgJHt1cmwub3JpZ2lufSR7dXJsLnBhdGhuYW1lfWAucmVwbGFjZSgvXFwvKyQvLCAnJyk7XG59XG5cbiIsICIvKipcbiAqIFRoZSBIVFRQIHRyYW5zcG9ydCBzaGFyZWQgYnkgYGh0dHBTdG9yZWAgYW5kIGBsYW5nZnVzZVN0b3JlYDogb25lIHJlcXVlc3Qgb24gYGt5YCwgd2l0aCBhIHRpbWVvdXRcbiAqIHBlciBhdHRlbXB0IChoZWFkZXJzIGFuZCBib2R5KSwgcmV0cmllcyB3aXRoIGNhcHBlZCBqaXR0ZXJlZCBiYWNrb2ZmIGhvbm91cmluZyBgUmV0cnktQWZ0ZXJgLCBhXG4gKiBieXRlIGxpbWl0IG9uIHJlc3BvbnNlIGJvZGllcyAoY291bnRlZCB3aGlsZSBzdHJlYW1pbmcsIG5ldmVyIGJ1ZmZlcmVkIHBhc3QgdGhlIGxpbWl0KSwgSlNPTlxuICogZGVjb2RpbmcsIGFuZCBlcnJvciBtYXBwaW5nIHdpdGggY3JlZGVudGlhbHMgcmVkYWN0ZWQuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCBreSBmcm9tICdreSc7XG5pbXBvcnQgeyB0eXBlIEZhaWx1cmVDb250ZXh0LCBtYWxmb3JtZWRFcnJvciwgbmV0d29ya0Vycm9yLCBzdGF0dXNFcnJvciB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGJhY2tvZmZEZWxheSwgaXNSZXRyeWFibGVTdGF0dXMsIHBhcnNlUmV0cnlBZnRlciwgdHlwZSBSZXNvbHZlZFJldHJ5T3B0aW9ucyB9IGZyb20gJy4vcmV0cnkuanMnO1xuXG4vKiogTGFyZ2VzdCBlcnJvciBib2R5IHJlYWQgdG8gZXh0cmFjdCB0aGUgc2VydmVyJ3MgbWVzc2FnZS4gKi9cbmNvbnN0IEVSUk9SX0JPRFlfTElNSVQgPSA2NCAqIDEwMjQ7XG5cbi8qKiBEZWZhdWx0IGxpbWl0IG9mIGEgcmVzcG9uc2UgYm9keTogMTAgTUIuICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9NQVhfQk9EWV9CWVRFUyA9IDEwICogMTAyNCAqIDEwMjQ7XG5cbi8qKiBTZXR0aW5ncyBvZiBhIHRyYW5zcG9ydCwgZml4ZWQgd2hlbiBhIHN0b3JlIGlzIGNyZWF0ZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFRyYW5zcG9ydE9wdGlvbnMge1xuICAvKiogU3RvcmUgbmFtZSBmb3IgZXJyb3JzLiAqL1xuICBzdG9yZTogc3RyaW5nO1xuICAvKiogQmFzZSBVUkwgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoLCBlLmcuIGAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJ2AuICovXG4gIGJhc2VVcmw6IHN0cmluZztcbiAgLyoqIEhlYWRlcnMgc2VudCB3aXRoIGV2ZXJ5IHJlcXVlc3QgKGF1dGhvcml6YXRpb24gaW5jbHVkZWQpLiAqL1xuICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogVmFsdWVzIHRoYXQgbXVzdCBuZXZlciBhcHBlYXIgaW4gYSBtZXNzYWdlICh0b2tlbnMsIGtleXMsIGVuY29kZWQgY3JlZGVudGlhbHMpLiAqL1xuICBzZWNyZXRzOiBSZWFkb25seUFycmF5PHN0cmluZyB8IHVuZGVmaW5lZD47XG4gIC8qKiBIb3cgdG8gZml4IGEgNDAxLzQwMy4gKi9cbiAgYXV0aEhpbnQ6IHN0cmluZztcbiAgLyoqIFRpbWVvdXQgb2Ygb25lIGF0dGVtcHQsIGZyb20gc2VuZGluZyB0aGUgcmVxdWVzdCB0byB0aGUgZW5kIG9mIHRoZSBib2R5LiAqL1xuICB0aW1lb3V0TXM6IG51bWJlcjtcbiAgLyoqIFJldHJ5IHBvbGljeS4gKi9cbiAgcmV0cnk6IFJlc29sdmVkUmV0cnlPcHRpb25zO1xuICAvKiogTGFyZ2VzdCBhY2NlcHRlZCByZXNwb25zZSBib2R5LCBpbiBieXRlcy4gKi9cbiAgbWF4Qm9keUJ5dGVzOiBudW1iZXI7XG4gIC8qKiBgZmV0Y2hgIGltcGxlbWVudGF0aW9uOyBgZ2xvYmFsVGhpcy5mZXRjaGAgKGxvb2tlZCB1cCBhdCByZXF1ZXN0IHRpbWUpIHdoZW4gYWJzZW50LiAqL1xuICBmZXRjaD86IHR5cGVvZiBnbG9iYWxUaGlzLmZldGNoO1xuICAvKiogUmVtb3ZlcyBzZWNyZXRzIGZyb20gdGV4dC4gKi9cbiAgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgcmVxdWVzdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVHJhbnNwb3J0UmVxdWVzdCB7XG4gIC8qKiBAZGVmYXVsdCAnR0VUJyAqL1xuICBtZXRob2Q/OiAnR0VUJyB8ICdQVVQnO1xuICAvKiogUGF0aCBhZnRlciB0aGUgYmFzZSBVUkwsIGFscmVhZHkgZW5jb2RlZCwgc3RhcnRpbmcgd2l0aCBgL2AuICovXG4gIHBhdGg6IHN0cmluZztcbiAgLyoqIFF1ZXJ5IHBhcmFtZXRlcnMuICovXG4gIHNlYXJjaFBhcmFtcz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBFeHRyYSBoZWFkZXJzIGZvciB0aGlzIHJlcXVlc3QuICovXG4gIGhlYWRlcnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogSlNPTiBib2R5LiAqL1xuICBqc29uPzogdW5rbm93bjtcbiAgLyoqIFdoYXQgaXMgYmVpbmcgZG9uZSwgZm9yIG1lc3NhZ2VzOiBgJ2xpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwieFwiJ2AuICovXG4gIGFjdGlvbjogc3RyaW5nO1xuICAvKiogTm9uLTJ4eCBzdGF0dXNlcyBoYW5kZWQgYmFjayB0byB0aGUgY2FsbGVyIGluc3RlYWQgb2YgdGhyb3duIChlLmcuIDQwNCwgMzA0KS4gKi9cbiAgcGFzc1N0YXR1c2VzPzogcmVhZG9ubHkgbnVtYmVyW107XG59XG5cbi8qKiBBIGRlY29kZWQgYW5zd2VyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnRSZXNwb25zZSB7XG4gIHN0YXR1czogbnVtYmVyO1xuICBoZWFkZXJzOiBIZWFkZXJzO1xuICAvKiogVGhlIEpTT04gYm9keSBvZiBhIDJ4eCBhbnN3ZXIgKGB1bmRlZmluZWRgIGZvciAyMDQvMzA0KTsgdGhlIGRlY29kZWQgZXJyb3IgYm9keSwgaWYgSlNPTiwgb3RoZXJ3aXNlLiAqL1xuICBib2R5OiB1bmtub3duO1xuICAvKiogYGVycm9yLmNvZGVgIC8gYGVycm9yLm1lc3NhZ2VgIGZvdW5kIGluIGFuIGVycm9yIGJvZHkgKHByb3RvY29sIHYxIG9yIExhbmdmdXNlIHNoYXBlcykuICovXG4gIGVycm9yOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfTtcbiAgLyoqIFRoZSBmYWlsdXJlIGNvbnRleHQsIHRvIGJ1aWxkIGVycm9ycyBhYm91dCB0aGlzIGFuc3dlci4gKi9cbiAgY3R4OiBGYWlsdXJlQ29udGV4dDtcbn1cblxuLyoqIEEgdHJhbnNwb3J0IGJvdW5kIHRvIGl0cyBvcHRpb25zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnQge1xuICByZXF1ZXN0KHJlcXVlc3Q6IFRyYW5zcG9ydFJlcXVlc3QpOiBQcm9taXNlPFRyYW5zcG9ydFJlc3BvbnNlPjtcbn1cblxuY2xhc3MgQm9keVRvb0xhcmdlIGV4dGVuZHMgRXJyb3Ige31cblxuY29uc3QgSlNPTl9UWVBFID0gL15hcHBsaWNhdGlvblxcLyg/OltcXHcuLV0rXFwrKT9qc29uKD86XFxzKjt8XFxzKiQpL2k7XG5cbi8qKiBDcmVhdGUgdGhlIHRyYW5zcG9ydCBvZiBvbmUgc3RvcmUuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlVHJhbnNwb3J0KG9wdGlvbnM6IFRyYW5zcG9ydE9wdGlvbnMpOiBUcmFuc3BvcnQge1xuICBjb25zdCBmZXRjaEltcGwgPSAoaW5wdXQ6IFJlcXVlc3QgfCBVUkwgfCBzdHJpbmcsIGluaXQ/OiBSZXF1ZXN0SW5pdCk6IFByb21pc2U8UmVzcG9uc2U+ID0+XG4gICAgKG9wdGlvbnMuZmV0Y2ggPz8gZ2xvYmFsVGhpcy5mZXRjaCkoaW5wdXQsIGluaXQpO1xuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlcXVlc3QocmVxOiBUcmFuc3BvcnRSZXF1ZXN0KTogUHJvbWlzZTxUcmFuc3BvcnRSZXNwb25zZT4ge1xuICAgIGNvbnN0IHVybCA9IG5ldyBVUkwoYCR7b3B0aW9ucy5iYXNlVXJsfSR7cmVxLnBhdGh9YCk7XG4gICAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMocmVxLnNlYXJjaFBhcmFtcyA/PyB7fSkpIHVybC5zZWFyY2hQYXJhbXMuc2V0KGtleSwgdmFsdWUpO1xuICAgIGNvbnN0IGN0eDogRmFpbHVyZUNvbnRleHQgPSB7XG4gICAgICBzdG9yZTogb3B0aW9ucy5zdG9yZSxcbiAgICAgIGFjdGlvbjogcmVxLmFjdGlvbixcbiAgICAgIHVybDogZGlzcGxheVVybE9mKHVybCksXG4gICAgICBhdXRoSGludDogb3B0aW9ucy5hdXRoSGludCxcbiAgICAgIHJlZGFjdDogb3B0aW9ucy5yZWRhY3QsXG4gICAgfTtcbiAgICBjb25zdCB7IHJldHJ5IH0gPSBvcHRpb25zO1xuICAgIGZvciAobGV0IGF0dGVtcHQgPSAwOyA7IGF0dGVtcHQrKykge1xuICAgICAgY29uc3QgY2FuUmV0cnkgPSBhdHRlbXB0IDwgcmV0cnkubGltaXQ7XG4gICAgICBsZXQgb3V0Y29tZTogQXR0ZW1wdE91dGNvbWU7XG4gICAgICB0cnkge1xuICAgICAgICBvdXRjb21lID0gYXdhaXQgYXR0ZW1wdE9uY2UodXJsLCByZXEsIGN0eCwgY2FuUmV0cnksIGF0dGVtcHQgKyAxKTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICghKGVycm9yIGluc3RhbmNlb2YgTmV0d29ya0ZhaWx1cmUpKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgaWYgKCFjYW5SZXRyeSkge1xuICAgICAgICAgIHRocm93IG5ldHdvcmtFcnJvcihjdHgsIGVycm9yLm9yaWdpbmFsLCBlcnJvci50aW1lZE91dCA/IG9wdGlvbnMudGltZW91dE1zIDogdW5kZWZpbmVkLCBhdHRlbXB0ICsgMSk7XG4gICAgICAgIH1cbiAgICAgICAgYXdhaXQgcmV0cnkuc2xlZXAoYmFja29mZkRlbGF5KGF0dGVtcHQsIHJldHJ5KSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKG91dGNvbWUua2luZCA9PT0gJ2RvbmUnKSByZXR1cm4gb3V0Y29tZS5yZXNwb25zZTtcbiAgICAgIGF3YWl0IHJldHJ5LnNsZWVwKG91dGNvbWUucmV0cnlBZnRlck1zID8/IGJhY2tvZmZEZWxheShhdHRlbXB0LCByZXRyeSkpO1xuICAgIH1cbiAgfVxuXG4gIHR5cGUgQXR0ZW1wdE91dGNvbWUgPSB7IGtpbmQ6ICdkb25lJzsgcmVzcG9uc2U6IFRyYW5zcG9ydFJlc3BvbnNlIH0gfCB7IGtpbmQ6ICdyZXRyeSc7IHJldHJ5QWZ0ZXJNcz86IG51bWJlciB9O1xuXG4gIGFzeW5jIGZ1bmN0aW9uIGF0dGVtcHRPbmNlKFxuICAgIHVybDogVVJMLFxuICAgIHJlcTogVHJhbnNwb3J0UmVxdWVzdCxcbiAgICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICAgIGNhblJldHJ5OiBib29sZWFuLFxuICAgIGF0dGVtcHRzOiBudW1iZXIsXG4gICk6IFByb21pc2U8QXR0ZW1wdE91dGNvbWU+IHtcbiAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGxldCB0aW1lZE91dCA9IGZhbHNlO1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICB0aW1lZE91dCA9IHRydWU7XG4gICAgICBjb250cm9sbGVyLmFib3J0KG5ldyBFcnJvcihgdGltZWQgb3V0IGFmdGVyICR7b3B0aW9ucy50aW1lb3V0TXN9IG1zYCkpO1xuICAgIH0sIG9wdGlvbnMudGltZW91dE1zKTtcbiAgICB0cnkge1xuICAgICAgbGV0IHJlc3BvbnNlOiBSZXNwb25zZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlc3BvbnNlID0gYXdhaXQga3kodXJsLCB7XG4gICAgICAgICAgbWV0aG9kOiByZXEubWV0aG9kID8/ICdHRVQnLFxuICAgICAgICAgIGhlYWRlcnM6IHsgYWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicsIC4uLm9wdGlvbnMuaGVhZGVycywgLi4ucmVxLmhlYWRlcnMgfSxcbiAgICAgICAgICAuLi4ocmVxLmpzb24gPT09IHVuZGVmaW5lZCA/IHt9IDogeyBqc29uOiByZXEuanNvbiB9KSxcbiAgICAgICAgICBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsLFxuICAgICAgICAgIHRpbWVvdXQ6IGZhbHNlLFxuICAgICAgICAgIHJldHJ5OiAwLFxuICAgICAgICAgIHRocm93SHR0cEVycm9yczogZmFsc2UsXG4gICAgICAgICAgZmV0Y2g6IGZldGNoSW1wbCxcbiAgICAgICAgfSk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0aHJvdyBuZXcgTmV0d29ya0ZhaWx1cmUoZXJyb3IsIHRpbWVkT3V0KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHsgc3RhdHVzLCBoZWFkZXJzIH0gPSByZXNwb25zZTtcbiAgICAgIGlmIChpc1JldHJ5YWJsZVN0YXR1cyhzdGF0dXMpICYmIGNhblJldHJ5KSB7XG4gICAgICAgIGNvbnN0IHJldHJ5QWZ0ZXJNcyA9IHBhcnNlUmV0cnlBZnRlcihoZWFkZXJzLmdldCgncmV0cnktYWZ0ZXInKSwgb3B0aW9ucy5yZXRyeS5ub3coKSk7XG4gICAgICAgIGlmIChyZXRyeUFmdGVyTXMgPT09IHVuZGVmaW5lZCB8fCByZXRyeUFmdGVyTXMgPD0gb3B0aW9ucy5yZXRyeS5tYXhSZXRyeUFmdGVyTXMpIHtcbiAgICAgICAgICBkaXNjYXJkKHJlc3BvbnNlLmJvZHkpO1xuICAgICAgICAgIHJldHVybiB7IGtpbmQ6ICdyZXRyeScsIHJldHJ5QWZ0ZXJNcyB9O1xuICAgICAgICB9XG4gICAgICAgIC8vIFRoZSBzZXJ2ZXIgYXNrcyBmb3IgYSBsb25nZXIgd2FpdCB0aGFuIHdlIGFjY2VwdDogZmFpbCBub3csIHJldHJ5YWJsZSBsYXRlci5cbiAgICAgICAgY29uc3QgZXJyb3IgPSBhd2FpdCByZWFkRXJyb3JCb2R5KHJlc3BvbnNlLCBjb250cm9sbGVyLnNpZ25hbCk7XG4gICAgICAgIHRocm93IHN0YXR1c0Vycm9yKHN0YXR1cywgY3R4LCB7IC4uLmVycm9yLCByZXRyeUFmdGVyTXMsIGF0dGVtcHRzIH0pO1xuICAgICAgfVxuICAgICAgY29uc3QgcGFzc2VkID0gcmVxLnBhc3NTdGF0dXNlcz8uaW5jbHVkZXMoc3RhdHVzKSA9PT0gdHJ1ZTtcbiAgICAgIGlmIChzdGF0dXMgPj0gMjAwICYmIHN0YXR1cyA8IDMwMCkge1xuICAgICAgICBjb25zdCBib2R5ID0gc3RhdHVzID09PSAyMDQgPyB1bmRlZmluZWQgOiBhd2FpdCByZWFkSnNvbihyZXNwb25zZSwgY3R4LCBjb250cm9sbGVyLnNpZ25hbCk7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCBib2R5LCBlcnJvcjoge30sIGN0eCB9IH07XG4gICAgICB9XG4gICAgICBpZiAoc3RhdHVzID09PSAzMDQgJiYgcGFzc2VkKSB7XG4gICAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCBib2R5OiB1bmRlZmluZWQsIGVycm9yOiB7fSwgY3R4IH0gfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGVycm9yQm9keSA9IGF3YWl0IHJlYWRFcnJvckJvZHkocmVzcG9uc2UsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICAgIGlmIChwYXNzZWQpIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCAuLi5lcnJvckJvZHksIGN0eCB9IH07XG4gICAgICBjb25zdCByZXRyeUFmdGVyTXMgPSBwYXJzZVJldHJ5QWZ0ZXIoaGVhZGVycy5nZXQoJ3JldHJ5LWFmdGVyJyksIG9wdGlvbnMucmV0cnkubm93KCkpO1xuICAgICAgdGhyb3cgc3RhdHVzRXJyb3Ioc3RhdHVzLCBjdHgsIHsgLi4uZXJyb3JCb2R5LmVycm9yLCByZXRyeUFmdGVyTXMsIGF0dGVtcHRzIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBOZXR3b3JrRmFpbHVyZSkgdGhyb3cgZXJyb3I7XG4gICAgICBpZiAodGltZWRPdXQpIHRocm93IG5ldyBOZXR3b3JrRmFpbHVyZShlcnJvciwgdHJ1ZSk7XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByZWFkSnNvbihyZXNwb25zZTogUmVzcG9uc2UsIGN0eDogRmFpbHVyZUNvbnRleHQsIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPHVua25vd24+IHtcbiAgICBjb25zdCB0eXBlID0gcmVzcG9uc2UuaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpID8/ICcnO1xuICAgIGlmICghSlNPTl9UWVBFLnRlc3QodHlwZSkpIHtcbiAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihcbiAgICAgICAgY3R4LFxuICAgICAgICBgZXhwZWN0ZWQgYSBKU09OIGJvZHkgKGNvbnRlbnQtdHlwZSBhcHBsaWNhdGlvbi9qc29uKSwgZ290ICR7dHlwZSA9PT0gJycgPyAnbm8gY29udGVudC10eXBlJyA6IEpTT04uc3RyaW5naWZ5KHR5cGUuc2xpY2UoMCwgMTAwKSl9YCxcbiAgICAgICAgcmVzcG9uc2Uuc3RhdHVzLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGV0IGJ5dGVzOiBVaW50OEFycmF5O1xuICAgIHRyeSB7XG4gICAgICBieXRlcyA9IGF3YWl0IHJlYWRMaW1pdGVkKHJlc3BvbnNlLCBvcHRpb25zLm1heEJvZHlCeXRlcywgc2lnbmFsKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGVycm9yIGluc3RhbmNlb2YgQm9keVRvb0xhcmdlKSB7XG4gICAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKFxuICAgICAgICAgIGN0eCxcbiAgICAgICAgICBgdGhlIGJvZHkgaXMgbGFyZ2VyIHRoYW4gdGhlICR7Zm9ybWF0Qnl0ZXMob3B0aW9ucy5tYXhCb2R5Qnl0ZXMpfSBsaW1pdCAobWF4Qm9keUJ5dGVzKTsgaXQgd2FzIG5vdCByZWFkIGZ1cnRoZXJgLFxuICAgICAgICAgIHJlc3BvbnNlLnN0YXR1cyxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgcmV0dXJuIEpTT04ucGFyc2UobmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IHRydWUgfSkuZGVjb2RlKGJ5dGVzKSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGNvbnN0IHJlYXNvbiA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKTtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHRoZSBib2R5IGlzIG5vdCB2YWxpZCBKU09OICgke3JlYXNvbi5zbGljZSgwLCAyMDApfSlgLCByZXNwb25zZS5zdGF0dXMpO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlYWRFcnJvckJvZHkoXG4gICAgcmVzcG9uc2U6IFJlc3BvbnNlLFxuICAgIHNpZ25hbDogQWJvcnRTaWduYWwsXG4gICk6IFByb21pc2U8eyBib2R5OiB1bmtub3duOyBlcnJvcjogeyBjb2RlPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0gfT4ge1xuICAgIGxldCBib2R5OiB1bmtub3duO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBieXRlcyA9IGF3YWl0IHJlYWRMaW1pdGVkKHJlc3BvbnNlLCBFUlJPUl9CT0RZX0xJTUlULCBzaWduYWwpO1xuICAgICAgY29uc3QgdGV4dCA9IG5ldyBUZXh0RGVjb2RlcigpLmRlY29kZShieXRlcyk7XG4gICAgICB0cnkge1xuICAgICAgICBib2R5ID0gSlNPTi5wYXJzZSh0ZXh0KTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICByZXR1cm4geyBib2R5OiB1bmRlZmluZWQsIGVycm9yOiB7fSB9O1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBCb2R5VG9vTGFyZ2UpIHJldHVybiB7IGJvZHk6IHVuZGVmaW5lZCwgZXJyb3I6IHt9IH07XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgcmV0dXJuIHsgYm9keSwgZXJyb3I6IGVycm9yRmllbGRzKGJvZHkpIH07XG4gIH1cblxuICByZXR1cm4geyByZXF1ZXN0IH07XG59XG5cbi8qKiBUcmFuc3BvcnQtbGV2ZWwgZmFpbHVyZSBvZiBvbmUgYXR0ZW1wdCAobmV0d29yayBlcnJvciBvciB0aW1lb3V0KSwgYmVmb3JlIGl0IGJlY29tZXMgYSBTdG9yZUVycm9yLiAqL1xuY2xhc3MgTmV0d29ya0ZhaWx1cmUgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG9yaWdpbmFsOiB1bmtub3duLFxuICAgIHJlYWRvbmx5IHRpbWVkT3V0OiBib29sZWFuLFxuICApIHtcbiAgICBzdXBlcignbmV0d29yayBmYWlsdXJlJyk7XG4gIH1cbn1cblxuLyoqIGBlcnJvci5jb2RlYCAvIGBlcnJvci5tZXNzYWdlYCBvZiBwcm90b2NvbCB2MSAoYHtlcnJvcjp7Y29kZSxtZXNzYWdlfX1gKSBvciBMYW5nZnVzZSAoYHttZXNzYWdlLCBlcnJvcn1gKS4gKi9cbmZ1bmN0aW9uIGVycm9yRmllbGRzKGJvZHk6IHVua25vd24pOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfSB7XG4gIGlmICh0eXBlb2YgYm9keSAhPT0gJ29iamVjdCcgfHwgYm9keSA9PT0gbnVsbCkgcmV0dXJuIHt9O1xuICBjb25zdCByZWNvcmQgPSBib2R5IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBjb25zdCBuZXN0ZWQgPSByZWNvcmQuZXJyb3I7XG4gIGlmICh0eXBlb2YgbmVzdGVkID09PSAnb2JqZWN0JyAmJiBuZXN0ZWQgIT09IG51bGwpIHtcbiAgICBjb25zdCBlID0gbmVzdGVkIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIHJldHVybiB7XG4gICAgICAuLi4odHlwZW9mIGUuY29kZSA9PT0gJ3N0cmluZycgPyB7IGNvZGU6IGUuY29kZSB9IDoge30pLFxuICAgICAgLi4uKHR5cGVvZiBlLm1lc3NhZ2UgPT09ICdzdHJpbmcnID8geyBtZXNzYWdlOiBlLm1lc3NhZ2UgfSA6IHt9KSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7XG4gICAgLi4uKHR5cGVvZiBuZXN0ZWQgPT09ICdzdHJpbmcnID8geyBjb2RlOiBuZXN0ZWQgfSA6IHt9KSxcbiAgICAuLi4odHlwZW9mIHJlY29yZC5tZXNzYWdlID09PSAnc3RyaW5nJyA/IHsgbWVzc2FnZTogcmVjb3JkLm1lc3NhZ2UgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFJlYWQgYSBib2R5IHVwIHRvIGBsaW1pdGAgYnl0ZXM7IHRocm93IHtAbGluayBCb2R5VG9vTGFyZ2V9IChhbmQgc3RvcCByZWFkaW5nKSBwYXN0IGl0LiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVhZExpbWl0ZWQocmVzcG9uc2U6IFJlc3BvbnNlLCBsaW1pdDogbnVtYmVyLCBzaWduYWw6IEFib3J0U2lnbmFsKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGRlY2xhcmVkID0gTnVtYmVyKHJlc3BvbnNlLmhlYWRlcnMuZ2V0KCdjb250ZW50LWxlbmd0aCcpKTtcbiAgaWYgKE51bWJlci5pc0Zpbml0ZShkZWNsYXJlZCkgJiYgZGVjbGFyZWQgPiBsaW1pdCkge1xuICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgdGhyb3cgbmV3IEJvZHlUb29MYXJnZSgpO1xuICB9XG4gIGlmIChyZXNwb25zZS5ib2R5ID09PSBudWxsKSByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIGNvbnN0IHJlYWRlciA9IHJlc3BvbnNlLmJvZHkuZ2V0UmVhZGVyKCk7XG4gIGNvbnN0IGNodW5rczogVWludDhBcnJheVtdID0gW107XG4gIGxldCB0b3RhbCA9IDA7XG4gIHRyeSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgeyBkb25lLCB2YWx1ZSB9ID0gYXdhaXQgcmFjZUFib3J0KHJlYWRlci5yZWFkKCksIHNpZ25hbCk7XG4gICAgICBpZiAoZG9uZSkgYnJlYWs7XG4gICAgICB0b3RhbCArPSB2YWx1ZS5ieXRlTGVuZ3RoO1xuICAgICAgaWYgKHRvdGFsID4gbGltaXQpIHRocm93IG5ldyBCb2R5VG9vTGFyZ2UoKTtcbiAgICAgIGNodW5rcy5wdXNoKHZhbHVlKTtcbiAgICB9XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgcmVhZGVyLmNhbmNlbCgpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgdGhyb3cgZXJyb3I7XG4gIH1cbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkodG90YWwpO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChjb25zdCBjaHVuayBvZiBjaHVua3MpIHtcbiAgICBvdXQuc2V0KGNodW5rLCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSBjaHVuay5ieXRlTGVuZ3RoO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBTZXR0bGUgd2l0aCBgcHJvbWlzZWAsIG9yIHJlamVjdCBhcyBzb29uIGFzIGBzaWduYWxgIGFib3J0cyAoc29tZSBib2RpZXMgaWdub3JlIHRoZSBzaWduYWwpLiAqL1xuZnVuY3Rpb24gcmFjZUFib3J0PFQ+KHByb21pc2U6IFByb21pc2U8VD4sIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPFQ+IHtcbiAgaWYgKHNpZ25hbC5hYm9ydGVkKSByZXR1cm4gUHJvbWlzZS5yZWplY3Qoc2lnbmFsLnJlYXNvbik7XG4gIHJldHVybiBuZXcgUHJvbWlzZTxUPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgb25BYm9ydCA9ICgpOiB2b2lkID0+IHJlamVjdChzaWduYWwucmVhc29uKTtcbiAgICBzaWduYWwuYWRkRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0LCB7IG9uY2U6IHRydWUgfSk7XG4gICAgcHJvbWlzZS50aGVuKFxuICAgICAgKHZhbHVlKSA9PiB7XG4gICAgICAgIHNpZ25hbC5yZW1vdmVFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQpO1xuICAgICAgICByZXNvbHZlKHZhbHVlKTtcbiAgICAgIH0sXG4gICAgICAoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgICAgc2lnbmFsLnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCk7XG4gICAgICAgIHJlamVjdChlcnJvcik7XG4gICAgICB9LFxuICAgICk7XG4gIH0pO1xufVxuXG5mdW5jdGlvbiBkaXNwbGF5VXJsT2YodXJsOiBVUkwpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7dXJsLm9yaWdpbn0ke3VybC5wYXRobmFtZX0ke3VybC5zZWFyY2h9YDtcbn1cblxuZnVuY3Rpb24gZm9ybWF0Qnl0ZXMoYnl0ZXM6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmIChieXRlcyA+PSAxMDI0ICogMTAyNCkgcmV0dXJuIGAke01hdGgucm91bmQoKGJ5dGVzIC8gKDEwMjQgKiAxMDI0KSkgKiAxMCkgLyAxMH0gTUJgO1xuICBpZiAoYnl0ZXMgPj0gMTAyNCkgcmV0dXJuIGAke01hdGgucm91bmQoKGJ5dGVzIC8gMTAyNCkgKiAxMCkgLyAxMH0gS0JgO1xuICByZXR1cm4gYCR7Ynl0ZXN9IGJ5dGVzYDtcbn1cblxuLyoqXG4gKiBDYW5jZWwgYSBib2R5IHdlIHdpbGwgbm90IHJlYWQsIHdpdGhvdXQgd2FpdGluZzogc29tZSBzdHJlYW1zIG9ubHkgc2V0dGxlIHRoZSBjYW5jZWwgcHJvbWlzZSBvbmNlXG4gKiB0aGVpciBzb3VyY2UgZW5kcywgd2hpY2ggbWF5IGJlIG5ldmVyLlxuICovXG5mdW5jdGlvbiBkaXNjYXJkKGJvZHk6IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+IHwgbnVsbCk6IHZvaWQge1xuICBib2R5Py5jYW5jZWwoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQVlBLFNBQVMsb0JBQTRFO0FBRXJGLFNBQVMsMEJBQTBCO0FBQ25DLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsc0JBQXNCOzs7QUNvQi9CLElBQU0sUUFBUSx1QkFBTyxJQUFJLGlCQUFpQjtBQVFuQyxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQTtBQUFBLEVBRS9CO0FBQUEsRUFFVCxZQUFZLFNBQWlCLFVBQWlDLENBQUMsR0FBRyxPQUEyQixtQkFBbUI7QUFDOUcsVUFBTSxTQUFTLFFBQVEsVUFBVSxTQUFZLFNBQVksRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQ2pGLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTztBQUNaLFdBQU8sZUFBZSxNQUFNLE9BQU8sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3BEO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQixPQUF5QztBQUN4RSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUyxNQUFrQyxLQUFLLE1BQU07QUFDdEc7QUFHTyxJQUFNLHNCQUFOLGNBQWtDLGVBQWU7QUFBQTtBQUFBLEVBRTdDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsVUFBaUYsQ0FBQyxHQUNsRixTQUNBO0FBQ0EsVUFBTSxjQUFjLFFBQVEsZUFBZSxDQUFDO0FBQzVDLFVBQU0sUUFBUSxRQUFRLFFBQVEsV0FBVyxRQUFRLEtBQUssV0FBVztBQUNqRSxVQUFNQSxRQUNKLFlBQVksU0FBUyxJQUNqQixpQkFBaUIsWUFBWSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQzVEO0FBQ04sVUFBTSxRQUFRLFdBQVcsV0FBVyxVQUFVLGtCQUFrQixLQUFLLElBQUlBLEtBQUksSUFBSSxTQUFTLGtCQUFrQjtBQUM1RyxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxjQUFjO0FBQ25CLFNBQUssUUFBUSxRQUFRO0FBQUEsRUFDdkI7QUFDRjtBQUdPLElBQU0sdUJBQU4sY0FBbUMsZUFBZTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsVUFDQSxZQUF5RixDQUFDLEdBQzFGLFNBQ0E7QUFDQSxVQUFNLFdBQVcsVUFBVSxZQUFZLENBQUM7QUFDeEMsVUFBTSxTQUFTLFVBQVUsVUFBVSxDQUFDO0FBQ3BDLFVBQU0sWUFBWSxPQUFPLFFBQVEsTUFBTSxFQUNwQyxJQUFJLENBQUMsQ0FBQyxPQUFPLE9BQU8sTUFBTSxHQUFHLEtBQUssV0FBTSxPQUFPLEVBQUUsRUFDakQsS0FBSyxJQUFJO0FBQ1o7QUFBQSxNQUNFLHlCQUF5QixVQUFVLGNBQWMsUUFBUSxnQkFDMUMsU0FBUyxTQUFTLElBQUksU0FBUyxLQUFLLElBQUksSUFBSSxRQUFRLGFBQ3RELGFBQWEsUUFBUTtBQUFBLE1BQ2xDO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssV0FBVztBQUNoQixTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUNGO0FBYU8sSUFBTSxtQkFBTixjQUErQixlQUFlO0FBQUEsRUFDMUM7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsU0FDQSxRQUNBLFNBQ0E7QUFDQSxVQUFNLEtBQUssVUFBVSxHQUFHLFVBQVUsSUFBSSxPQUFPLEtBQUs7QUFDbEQsVUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssU0FBUyxJQUFJLEVBQUUsS0FBSyxLQUFLLEdBQUcsSUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPLEVBQUU7QUFDdkc7QUFBQSxNQUNFLDZCQUE2QixFQUFFLE1BQU0sT0FBTyxNQUFNLFdBQVcsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsRUFBTyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUE7QUFBQSxNQUVsSDtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQ0EsU0FBSyxPQUFPO0FBQ1osU0FBSyxhQUFhO0FBQ2xCLFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFvQk8sSUFBTSxvQkFBTixjQUFnQyxlQUFlO0FBQUEsRUFDM0M7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUFZLFFBQWdCLFdBQWlDLENBQUMsR0FBRyxTQUFpQztBQUNoRyxVQUFNLEdBQUcsZUFBZSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksU0FBUyxlQUFlO0FBQ3RFLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssU0FBUyxTQUFTO0FBQ3ZCLFNBQUssUUFBUSxTQUFTO0FBQ3RCLFNBQUssYUFBYSxTQUFTO0FBQzNCLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFFQSxTQUFTLGVBQWUsR0FBaUM7QUFDdkQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksRUFBRSxTQUFTLFFBQVc7QUFDeEIsVUFBTSxLQUFLLEVBQUUsU0FBUyxTQUFZLEVBQUUsT0FBTyxHQUFHLEVBQUUsSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLEVBQUUsV0FBVyxTQUFZLEtBQUssSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFO0FBQUEsRUFDakgsV0FBVyxFQUFFLGVBQWUsUUFBVztBQUNyQyxVQUFNLEtBQUssV0FBVyxFQUFFLFVBQVUsR0FBRztBQUFBLEVBQ3ZDO0FBQ0EsTUFBSSxFQUFFLFVBQVUsT0FBVyxPQUFNLEtBQUssVUFBVSxFQUFFLEtBQUssR0FBRztBQUMxRCxTQUFPLE1BQU0sU0FBUyxJQUFJLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQyxPQUFPO0FBQ3REO0FBR08sSUFBTSxhQUFOLGNBQXlCLGVBQWU7QUFBQTtBQUFBLEVBRXBDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFNBQ0EsU0FDQSxTQUNBO0FBQ0EsVUFBTSxTQUFTLFNBQVMsYUFBYTtBQUNyQyxTQUFLLE9BQU87QUFDWixTQUFLLFFBQVEsUUFBUTtBQUNyQixTQUFLLFNBQVMsUUFBUTtBQUN0QixTQUFLLFlBQVksUUFBUSxhQUFhO0FBQUEsRUFDeEM7QUFDRjtBQUdPLElBQU0saUJBQU4sY0FBNkIsZUFBZTtBQUFBLEVBQ3hDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsU0FDQSxRQUNBLFNBQ0E7QUFDQTtBQUFBLE1BQ0Usc0NBQXNDLFVBQVUsSUFBSSxPQUFPLE1BQU0sT0FBTyxVQUFVLGVBQWUsSUFBSSxPQUFPLFFBQVEsU0FDM0csT0FBTyxNQUFNO0FBQUEsTUFFdEI7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFNBQUssT0FBTztBQUNaLFNBQUssYUFBYTtBQUNsQixTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVcsT0FBTztBQUN2QixTQUFLLFNBQVMsT0FBTztBQUFBLEVBQ3ZCO0FBQ0Y7QUFHTyxJQUFNLGNBQU4sY0FBMEIsZUFBZTtBQUFBO0FBQUEsRUFFckM7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQVksU0FBaUIsVUFBOEMsQ0FBQyxHQUFHLFNBQWlDO0FBQzlHLFVBQU0sUUFBUSxDQUFDLFFBQVEsTUFBTSxRQUFRLFNBQVMsV0FBVyxRQUFRLE1BQU0sTUFBTSxNQUFTLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ2pILFVBQU0sUUFBUSxHQUFHLEtBQUssS0FBSyxPQUFPLEtBQUssU0FBUyxTQUFTLFFBQVE7QUFDakUsU0FBSyxPQUFPO0FBQ1osU0FBSyxTQUFTLFFBQVE7QUFDdEIsU0FBSyxPQUFPLFFBQVE7QUFBQSxFQUN0QjtBQUNGOzs7QUNwUU8sU0FBUyxnQkFBZ0IsVUFBMkM7QUFDekUsTUFBSSxNQUFNO0FBQ1YsYUFBVyxXQUFXLFVBQVU7QUFDOUIsUUFBSSxPQUFPLFlBQVksU0FBVSxRQUFPLElBQUksT0FBTztBQUFBLFFBQzlDLFFBQU8sUUFBUSxLQUFLLFVBQVUsSUFBSSxPQUFPO0FBQUEsRUFDaEQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ2xCTyxTQUFTLGFBQWEsR0FBVyxHQUFtQjtBQUN6RCxRQUFNLElBQUksRUFBRSxZQUFZO0FBQ3hCLFFBQU0sSUFBSSxFQUFFLFlBQVk7QUFDeEIsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUM3QixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUU3QixNQUFJLFNBQW1CLENBQUM7QUFDeEIsTUFBSSxXQUFxQixNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLEdBQUcsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN6RSxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sVUFBb0IsQ0FBQyxDQUFDO0FBQzVCLGFBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsWUFBTSxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxJQUFJO0FBQ3pDLFVBQUksT0FBTyxLQUFLLElBQUksU0FBUyxDQUFDLElBQUssR0FBRyxRQUFRLElBQUksQ0FBQyxJQUFLLEdBQUcsU0FBUyxJQUFJLENBQUMsSUFBSyxJQUFJO0FBQ2xGLFVBQUksSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFHLFFBQU8sS0FBSyxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsSUFBSyxDQUFDO0FBQzlHLGNBQVEsS0FBSyxJQUFJO0FBQUEsSUFDbkI7QUFDQSxhQUFTO0FBQ1QsZUFBVztBQUFBLEVBQ2I7QUFDQSxTQUFPLFNBQVMsRUFBRSxNQUFNO0FBQzFCO0FBWU8sU0FBUyxhQUFhLE9BQWUsWUFBa0Q7QUFDNUYsTUFBSTtBQUNKLE1BQUksZUFBZSxPQUFPO0FBQzFCLGFBQVcsYUFBYSxZQUFZO0FBQ2xDLFVBQU0sV0FBVyxhQUFhLE9BQU8sU0FBUztBQUM5QyxVQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsVUFBVSxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDL0YsUUFBSSxZQUFZLFNBQVMsV0FBVyxjQUFjO0FBQ2hELGFBQU87QUFDUCxxQkFBZTtBQUFBLElBQ2pCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVNPLFNBQVMsY0FBYyxPQUF3QjtBQUNwRCxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU87QUFDakMsVUFBUSxPQUFPLE9BQU87QUFBQSxJQUNwQixLQUFLLFVBQVU7QUFDYixZQUFNLFFBQVEsTUFBTSxTQUFTLEtBQUssR0FBRyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsV0FBTTtBQUM3RCxhQUFPLFVBQVUsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUFBLElBQ3hDO0FBQUEsSUFDQSxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sS0FBSyxJQUFJLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU87QUFBQSxJQUNUO0FBQ0UsYUFBTyxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzVCO0FBQ0Y7OztBQ3JETyxJQUFNLDBCQUEwQixDQUFDLFVBQVUsVUFBVSxXQUFXLFdBQVcsUUFBUSxLQUFLO0FBRy9GLElBQU0sMkJBQTJCLG9CQUFJLElBQVksQ0FBQyxHQUFHLHlCQUF5QixVQUFVLE9BQU8sQ0FBQztBQUVoRyxJQUFNLHNCQUFzQixDQUFDLFNBQVMsVUFBVSxNQUFNO0FBRXRELElBQU0sV0FBVztBQUdqQixJQUFNLGVBQWlEO0FBQUEsRUFDckQsS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsU0FBUztBQUFBLEVBQ1QsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1QsTUFBTTtBQUNSO0FBR0EsSUFBTSxZQUFZO0FBbUJYLFNBQVMsdUJBQXVCLFFBQWlCLFdBQWlDLENBQUMsR0FBZTtBQUN2RyxRQUFNLE9BQXVCLFNBQVMsVUFBVSxTQUFZLENBQUMsSUFBSSxDQUFDLFNBQVMsS0FBSztBQUNoRixRQUFNLE9BQU8sQ0FBQyxRQUFnQixTQUF5QztBQUNyRSxVQUFNLFFBQVEsZ0JBQWdCLENBQUMsR0FBRyxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQ2hELFVBQU0sSUFBSSxrQkFBa0IsUUFBUSxFQUFFLEdBQUcsVUFBVSxPQUFPLFVBQVUsS0FBSyxTQUFZLE1BQU0sQ0FBQztBQUFBLEVBQzlGO0FBRUEsTUFBSSxXQUFXLFFBQVEsV0FBVyxRQUFXO0FBQzNDLFdBQU8sS0FBSyx3RkFBd0YsQ0FBQyxDQUFDO0FBQUEsRUFDeEc7QUFDQSxNQUFJLE9BQU8sV0FBVyxTQUFVLFFBQU8sWUFBWSxRQUFRLENBQUMsR0FBRyxJQUFJO0FBQ25FLE1BQUksQ0FBQyxjQUFjLE1BQU0sR0FBRztBQUMxQixXQUFPO0FBQUEsTUFDTCxtR0FBbUcsY0FBYyxNQUFNLENBQUM7QUFBQSxNQUN4SCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sT0FBTztBQUNwQixNQUFJLE9BQU8sU0FBUyxZQUFZLHlCQUF5QixJQUFJLElBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxPQUFPO0FBQ3ZGLE1BQUksTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxNQUFNLE9BQU8sTUFBTSxZQUFZLHlCQUF5QixJQUFJLENBQUMsQ0FBQyxHQUFHO0FBQ3RHLFdBQU8sRUFBRSxHQUFHLE9BQU87QUFBQSxFQUNyQjtBQUNBLE1BQUksY0FBYyxPQUFPLFVBQVUsRUFBRyxRQUFPLEVBQUUsR0FBRyxRQUFRLE1BQU0sU0FBUztBQUN6RSxTQUFPLFlBQVksUUFBUSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3hDO0FBYUEsU0FBUyxTQUFTLEtBQWEsTUFBK0IsTUFBdUI7QUFDbkYsUUFBTSxPQUFPLElBQUksUUFBUSxHQUFHO0FBQzVCLE1BQUksT0FBTztBQUNYLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSSxTQUFTLElBQUk7QUFDZixRQUFJLENBQUMsSUFBSSxTQUFTLEdBQUcsR0FBRztBQUN0QjtBQUFBLFFBQ0UsVUFBVSxHQUFHO0FBQUEsUUFDYjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsV0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJO0FBQ3hCLEtBQUMsTUFBTSxXQUFXLElBQUksaUJBQWlCLElBQUksTUFBTSxPQUFPLEdBQUcsRUFBRSxDQUFDO0FBQUEsRUFDaEU7QUFDQSxRQUFNQyxZQUFXLEtBQUssU0FBUyxHQUFHO0FBQ2xDLFFBQU0sT0FBT0EsWUFBVyxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUk7QUFDNUMsTUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJLE1BQUssVUFBVSxHQUFHLHVDQUF1QyxJQUFJO0FBQ3JGLE1BQUksU0FBUyxLQUFLLEtBQUssRUFBRyxNQUFLLGVBQWUsSUFBSSxpREFBaUQsSUFBSTtBQUN2RyxTQUFPLEVBQUUsTUFBTSxVQUFBQSxXQUFVLE1BQU0sWUFBWTtBQUM3QztBQUdBLFNBQVMsaUJBQWlCLE1BQTRDO0FBQ3BFLFFBQU0sUUFBUSxLQUFLLFFBQVEsR0FBRztBQUM5QixNQUFJLFVBQVUsR0FBSSxRQUFPLENBQUMsS0FBSyxLQUFLLEdBQUcsTUFBUztBQUNoRCxRQUFNLGNBQWMsS0FBSyxNQUFNLFFBQVEsQ0FBQyxFQUFFLEtBQUs7QUFDL0MsU0FBTyxDQUFDLEtBQUssTUFBTSxHQUFHLEtBQUssRUFBRSxLQUFLLEdBQUcsZ0JBQWdCLEtBQUssU0FBWSxXQUFXO0FBQ25GO0FBRUEsU0FBUyxZQUNQLEtBQ0EsTUFDQSxNQUNBQyxRQUNZO0FBQ1osTUFBSUEsU0FBUSxVQUFXLE1BQUssc0NBQXNDLFNBQVMsNEJBQTRCLElBQUk7QUFDM0csUUFBTSxhQUF5QyxDQUFDO0FBQ2hELFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLHVCQUE2QztBQUNqRCxRQUFNLGFBQWEsb0JBQUksSUFBb0I7QUFFM0MsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxHQUFHLEdBQUc7QUFDOUMsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFDeEIsUUFBSSxRQUFRLFVBQVU7QUFDcEIsNkJBQXVCLFdBQVcsT0FBTyxRQUFXLElBQUksTUFBTUEsTUFBSztBQUNuRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFNBQVMsU0FBUyxLQUFLLElBQUksSUFBSTtBQUNyQyxVQUFNLFdBQVcsV0FBVyxJQUFJLE9BQU8sSUFBSTtBQUMzQyxRQUFJLGFBQWE7QUFDZixXQUFLLFVBQVUsT0FBTyxJQUFJLHlCQUF5QixRQUFRLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRTtBQUM1RixlQUFXLElBQUksT0FBTyxNQUFNLEdBQUc7QUFDL0IsUUFBSSxDQUFDLE9BQU8sU0FBVSxVQUFTLEtBQUssT0FBTyxJQUFJO0FBQy9DLFVBQU0sV0FBVyxXQUFXLE9BQU8sT0FBTyxNQUFNLElBQUksTUFBTUEsTUFBSztBQUMvRCxRQUFJLE9BQU8sU0FBVSxjQUFhLFFBQVE7QUFDMUMsUUFBSSxPQUFPLGdCQUFnQixPQUFXLFVBQVMsY0FBYyxPQUFPO0FBQ3BFLGVBQVcsT0FBTyxJQUFJLElBQUk7QUFBQSxFQUM1QjtBQUVBLFFBQU0sTUFBa0IsRUFBRSxNQUFNLFVBQVUsV0FBVztBQUNyRCxNQUFJLFNBQVMsU0FBUyxFQUFHLEtBQUksV0FBVztBQUN4QyxNQUFJLHVCQUF1QjtBQUMzQixTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQ1AsT0FDQSxNQUNBLE1BQ0EsTUFDQUEsUUFDWTtBQUNaLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxZQUFZLE9BQU8sTUFBTSxJQUFJO0FBQ25FLFVBQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFDekUsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGVBQU8sS0FBSyxzRUFBc0UsSUFBSTtBQUFBLE1BQ3hGO0FBQ0EsVUFBSSxVQUFVLFFBQVEsVUFBVSxRQUFXO0FBQ3pDLGVBQU8sS0FBSyx3RkFBd0YsSUFBSTtBQUFBLE1BQzFHO0FBQ0EsYUFBTztBQUFBLFFBQ0wsK0RBQStELGNBQWMsS0FBSyxDQUFDO0FBQUEsUUFDbkY7QUFBQSxNQUNGO0FBQUEsSUFDRixLQUFLLFNBQVM7QUFDWixVQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxZQUFZLE9BQU8sTUFBTSxJQUFJLEVBQUU7QUFDN0YsVUFBSSxjQUFjLEtBQUssRUFBRyxRQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sWUFBWSxPQUFPLE1BQU0sTUFBTUEsU0FBUSxDQUFDLEVBQUU7QUFDbkcsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGVBQU87QUFBQSxVQUNMO0FBQUEsVUFFQTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsYUFBTyxLQUFLLGtFQUFrRSxjQUFjLEtBQUssQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUM1RztBQUFBLElBQ0EsS0FBSztBQUNILFVBQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFDekUsYUFBTztBQUFBLFFBQ0wsZ0ZBQWdGLGNBQWMsS0FBSyxDQUFDO0FBQUEsUUFDcEc7QUFBQSxNQUNGO0FBQUEsSUFDRixLQUFLLFFBQVE7QUFDWCxVQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsR0FBRztBQUMvQyxlQUFPO0FBQUEsVUFDTCw2RUFBNkUsY0FBYyxLQUFLLENBQUM7QUFBQSxVQUNqRztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsaUJBQVcsQ0FBQyxPQUFPLElBQUksS0FBSyxNQUFNLFFBQVEsR0FBRztBQUMzQyxZQUFJLFNBQVMsUUFBUSxDQUFDLENBQUMsVUFBVSxVQUFVLFNBQVMsRUFBRSxTQUFTLE9BQU8sSUFBSSxHQUFHO0FBQzNFLGVBQUssK0RBQStELGNBQWMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsUUFDN0c7QUFBQSxNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQU0sQ0FBQyxHQUFHLEtBQUssRUFBRTtBQUFBLElBQzVCO0FBQUEsSUFDQSxTQUFTO0FBQ1AsWUFBTSxRQUFRLGFBQWEsTUFBTSxtQkFBbUI7QUFDcEQsYUFBTztBQUFBLFFBQ0wsa0JBQWtCLElBQUksOERBQ25CLFVBQVUsU0FBWSxLQUFLLG9CQUFvQixLQUFLLFVBQ3BELGFBQWEsSUFBSSxJQUFJLFdBQVcsSUFBSSxtQkFBbUIsSUFBSSxPQUFPO0FBQUEsUUFDckU7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsWUFBWSxNQUFjLE1BQStCLE1BQXdCO0FBQ3hGLFFBQU0sQ0FBQyxNQUFNLFdBQVcsSUFBSSxpQkFBaUIsSUFBSTtBQUNqRCxNQUFJLENBQUMsYUFBYSxJQUFJLEVBQUcsUUFBTyxLQUFLLG1CQUFtQixJQUFJLEdBQUcsSUFBSTtBQUNuRSxRQUFNLE1BQWtCLFNBQVMsUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLO0FBQ3JELE1BQUksZ0JBQWdCLE9BQVcsS0FBSSxjQUFjO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsbUJBQW1CLE1BQXNCO0FBQ2hELFFBQU0sT0FBTyx3QkFBd0IsS0FBSyxJQUFJO0FBQzlDLE1BQUksU0FBUyxHQUFJLFFBQU8seURBQXlELElBQUk7QUFDckYsUUFBTSxRQUFRLGFBQWEsS0FBSyxZQUFZLENBQUM7QUFDN0MsUUFBTSxRQUFRLFNBQVMsYUFBYSxNQUFNLHVCQUF1QjtBQUNqRSxNQUFJLFNBQVMsV0FBVyxTQUFTLFlBQVksU0FBUyxRQUFRO0FBQzVELFVBQU0sVUFDSixTQUFTLFVBQ0wsMEJBQ0EsU0FBUyxXQUNQLHNDQUNBO0FBQ1IsV0FBTyxJQUFJLElBQUkscURBQXFELE9BQU87QUFBQSxFQUM3RTtBQUNBLFNBQ0UsaUJBQWlCLElBQUksSUFBSSxVQUFVLFNBQVksS0FBSyxtQkFBbUIsS0FBSyxJQUFJLHlCQUN4RCxJQUFJO0FBR2hDO0FBRUEsU0FBUyxhQUFhLE1BQWdFO0FBQ3BGLFNBQVEsd0JBQThDLFNBQVMsSUFBSTtBQUNyRTtBQUdBLFNBQVMsYUFBYSxVQUE0QjtBQUNoRCxNQUFJLE1BQU0sUUFBUSxTQUFTLElBQUksR0FBRztBQUNoQyxRQUFJLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxFQUFHLFVBQVMsT0FBTyxDQUFDLEdBQUcsU0FBUyxNQUFNLElBQUk7QUFDMUU7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLFNBQVMsU0FBUyxZQUFZLFNBQVMsU0FBUyxPQUFRLFVBQVMsT0FBTyxDQUFDLFNBQVMsTUFBTSxNQUFNO0FBQzNHO0FBR08sU0FBUyxjQUFjLE9BQWtEO0FBQzlFLFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFDNUU7OztBQ3hQTyxJQUFNLG9CQUFvQixDQUFDLFVBQVUsVUFBVSxXQUFXLFdBQVcsUUFBUSxVQUFVLE9BQU87QUFFckcsSUFBTSxrQkFBa0IsQ0FBQyxhQUFhLGFBQWEsU0FBUztBQUM1RCxJQUFNLGtCQUFrQixDQUFDLFdBQVcsV0FBVyxvQkFBb0Isb0JBQW9CLFlBQVk7QUFDbkcsSUFBTSxpQkFBaUIsQ0FBQyxTQUFTLFlBQVksVUFBVTtBQUN2RCxJQUFNLGtCQUFrQixDQUFDLGNBQWMsWUFBWSxzQkFBc0I7QUFFekUsSUFBTSxzQkFBc0Isb0JBQUksSUFBWTtBQUFBLEVBQzFDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQ0wsQ0FBQztBQUVELElBQU0sc0JBQXNCLG9CQUFJLElBQVk7QUFBQSxFQUMxQztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUdELElBQU0sdUJBQW9ELG9CQUFJLElBQUk7QUFBQSxFQUNoRSxDQUFDLFFBQVEsOEJBQThCO0FBQUEsRUFDdkMsQ0FBQyxlQUFlLDhCQUE4QjtBQUFBLEVBQzlDLENBQUMsV0FBVyw4QkFBOEI7QUFBQSxFQUMxQyxDQUFDLE9BQU8scUVBQXFFO0FBQUEsRUFDN0UsQ0FBQyxNQUFNLHNDQUFzQztBQUFBLEVBQzdDLENBQUMsUUFBUSxzQ0FBc0M7QUFBQSxFQUMvQyxDQUFDLFFBQVEsc0NBQXNDO0FBQUEsRUFDL0MsQ0FBQyxlQUFlLDBCQUEwQjtBQUFBLEVBQzFDLENBQUMsWUFBWSxrQkFBa0I7QUFBQSxFQUMvQixDQUFDLGVBQWUsa0JBQWtCO0FBQUEsRUFDbEMsQ0FBQyxlQUFlLGtCQUFrQjtBQUFBLEVBQ2xDLENBQUMsZUFBZSxzREFBc0Q7QUFBQSxFQUN0RSxDQUFDLG1CQUFtQiw4QkFBOEI7QUFBQSxFQUNsRCxDQUFDLG9CQUFvQixXQUFXO0FBQUEsRUFDaEMsQ0FBQyx5QkFBeUIsMEJBQTBCO0FBQUEsRUFDcEQsQ0FBQyxxQkFBcUIsbUVBQW1FO0FBQUEsRUFDekYsQ0FBQyxpQkFBaUIseUJBQXlCO0FBQUEsRUFDM0MsQ0FBQyxpQkFBaUIsc0NBQXNDO0FBQUEsRUFDeEQsQ0FBQyxpQkFBaUIseUNBQXlDO0FBQUEsRUFDM0QsQ0FBQyxnQkFBZ0Isa0JBQWtCO0FBQUEsRUFDbkMsQ0FBQyxxQkFBcUIsa0JBQWtCO0FBQUEsRUFDeEMsQ0FBQyxvQkFBb0Isa0JBQWtCO0FBQ3pDLENBQUM7QUFFRCxJQUFNQyxnQkFBaUQ7QUFBQSxFQUNyRCxLQUFLO0FBQUEsRUFDTCxLQUFLO0FBQUEsRUFDTCxPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixLQUFLO0FBQ1A7QUFFQSxJQUFNQyxhQUFZO0FBYVgsU0FBUyxvQkFDZCxRQUNBLFdBQWlDLENBQUMsR0FDbEMsVUFBNkIsQ0FBQyxHQUNsQjtBQUNaLFFBQU0sT0FBdUIsU0FBUyxVQUFVLFNBQVksQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLO0FBQ2hGLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQXlDO0FBQ3JFLFVBQU0sUUFBUSxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFDaEQsVUFBTSxJQUFJLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxVQUFVLE9BQU8sVUFBVSxLQUFLLFNBQVksTUFBTSxDQUFDO0FBQUEsRUFDOUY7QUFDQSxRQUFNLGFBQWEsY0FBYyxRQUFRLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDcEQsTUFBSSxRQUFRLE9BQU8sTUFBTTtBQUN2QixRQUFJLFdBQVcsU0FBUyxVQUFVO0FBQ2hDLFlBQU0sTUFBTSxXQUFXLFNBQVMsU0FBWSxtQkFBbUIsUUFBUSxLQUFLLFVBQVUsV0FBVyxJQUFJLENBQUM7QUFDdEc7QUFBQSxRQUNFLDRGQUE0RixHQUFHO0FBQUEsUUFFL0YsQ0FBQyxNQUFNO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFdBQVcseUJBQXlCLE9BQVcsWUFBVyx1QkFBdUI7QUFBQSxFQUN2RjtBQUNBLFNBQU87QUFDVDtBQUlBLFNBQVMsY0FBYyxNQUFlLE1BQStCLE1BQVlDLFFBQTJCO0FBQzFHLE1BQUlBLFNBQVFELFdBQVcsTUFBSyw4QkFBOEJBLFVBQVMsNEJBQTRCLElBQUk7QUFDbkcsTUFBSSxTQUFTLEtBQU0sUUFBTyxDQUFDO0FBQzNCLE1BQUksU0FBUyxNQUFPLFFBQU8sS0FBSyxvRUFBb0UsSUFBSTtBQUN4RyxNQUFJLENBQUMsY0FBYyxJQUFJLEVBQUcsUUFBTyxLQUFLLGlDQUFpQyxjQUFjLElBQUksQ0FBQyxJQUFJLElBQUk7QUFFbEcsYUFBVyxPQUFPLE9BQU8sS0FBSyxJQUFJLEVBQUcsY0FBYSxLQUFLLE1BQU0sSUFBSTtBQUVqRSxNQUFJLE1BQWtCLENBQUM7QUFDdkIsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDL0MsUUFBSSxRQUFRLFdBQVcsUUFBUSxXQUFZO0FBQzNDLFFBQUksR0FBRyxJQUFJO0FBQUEsRUFDYjtBQUVBLE1BQUksS0FBSyxVQUFVLFFBQVc7QUFDNUIsVUFBTUUsV0FBVSxXQUFXLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLEdBQUcsTUFBTUQsTUFBSztBQUN0RSxlQUFXLENBQUMsT0FBTyxNQUFNLEtBQUtDLFNBQVEsUUFBUSxFQUFHLE9BQU0sYUFBYSxLQUFLLFFBQVEsQ0FBQyxHQUFHLE1BQU0sU0FBUyxLQUFLLEdBQUcsSUFBSTtBQUFBLEVBQ2xIO0FBRUEsZ0JBQWMsS0FBSyxNQUFNLElBQUk7QUFDN0IsTUFBSSxLQUFLLGFBQWEsS0FBTSxTQUFRLEtBQUssTUFBTSxJQUFJO0FBQUEsV0FDMUMsS0FBSyxhQUFhLFVBQWEsS0FBSyxhQUFhLE9BQU87QUFDL0QsU0FBSyx5Q0FBeUMsY0FBYyxLQUFLLFFBQVEsQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLFVBQVUsQ0FBQztBQUFBLEVBQ3JHO0FBRUEscUJBQW1CLEtBQUssTUFBTSxJQUFJO0FBQ2xDLDBCQUF3QixLQUFLLE1BQU0sSUFBSTtBQUN2QywwQkFBd0IsS0FBSyxNQUFNLElBQUk7QUFDdkMseUJBQXVCLEtBQUssTUFBTSxNQUFNRCxNQUFLO0FBQzdDLDBCQUF3QixLQUFLLE1BQU0sTUFBTUEsTUFBSztBQUM5Qyx5QkFBdUIsS0FBSyxNQUFNLElBQUk7QUFDdEMsYUFBVyxPQUFPLENBQUMsU0FBUyxPQUFPLEdBQVk7QUFDN0MsUUFBSSxJQUFJLEdBQUcsTUFBTSxPQUFXO0FBQzVCLFFBQUksR0FBRyxJQUFJLFdBQVcsSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLE1BQU1BLE1BQUs7QUFDM0QsVUFBTSxRQUFRLE9BQU8sS0FBSyxHQUFHLEVBQUUsS0FBSyxDQUFDLE1BQU0sTUFBTSxPQUFPLG9CQUFvQixJQUFJLENBQUMsQ0FBQztBQUNsRixRQUFJLFVBQVUsUUFBVztBQUN2QixXQUFLLElBQUksR0FBRyw4QkFBOEIsS0FBSyxpQkFBaUIsS0FBSywyQkFBMkIsQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQWEsTUFBK0IsTUFBa0I7QUFDbEYsTUFBSSxvQkFBb0IsSUFBSSxHQUFHLEtBQUssb0JBQW9CLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxJQUFJLEVBQUc7QUFDMUYsUUFBTUUsUUFBTyxxQkFBcUIsSUFBSSxHQUFHO0FBQ3pDLE1BQUlBLFVBQVMsUUFBVztBQUN0QixTQUFLLDRCQUE0QixHQUFHLHdDQUF3Q0EsS0FBSSxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQ3BHO0FBQ0EsUUFBTSxRQUFRLGFBQWEsS0FBSyxDQUFDLEdBQUcscUJBQXFCLEdBQUcsbUJBQW1CLENBQUM7QUFDaEY7QUFBQSxJQUNFLGdDQUFnQyxHQUFHLElBQUksVUFBVSxTQUFZLEtBQUssbUJBQW1CLEtBQUssSUFBSTtBQUFBLElBRTlGLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsT0FBZ0IsTUFBK0IsTUFBWUYsUUFBNkI7QUFDMUcsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxXQUFXLEdBQUc7QUFDL0MsV0FBTyxLQUFLLDZDQUE2QyxjQUFjLEtBQUssQ0FBQyxJQUFJLElBQUk7QUFBQSxFQUN2RjtBQUNBLFNBQU8sTUFBTSxJQUFJLENBQUMsUUFBUSxVQUFVLGNBQWMsUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLLEdBQUcsTUFBTUEsU0FBUSxDQUFDLENBQUM7QUFDOUY7QUFFQSxTQUFTLFNBQVMsUUFBMEM7QUFDMUQsUUFBTSxPQUFPLE9BQU87QUFDcEIsTUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixTQUFPLE1BQU0sUUFBUSxJQUFJLElBQUssT0FBb0IsQ0FBQyxJQUFjO0FBQ25FO0FBRUEsU0FBUyxjQUFjLEtBQWlCLE1BQStCLE1BQWtCO0FBQ3ZGLFFBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNO0FBQzNCLE1BQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsUUFBSSxnQkFBZ0IsS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBUyxFQUFHLEtBQUksT0FBTztBQUFBLGFBQ3pELElBQUksVUFBVSxPQUFXLEtBQUksT0FBTztBQUM3QyxRQUFJLElBQUksU0FBUyxRQUFXO0FBRTFCLFlBQU0sRUFBRSxNQUFNLEdBQUcsS0FBSyxJQUFJO0FBQzFCLGlCQUFXLE9BQU8sT0FBTyxLQUFLLEdBQUcsRUFBRyxRQUFPLElBQUksR0FBRztBQUNsRCxhQUFPLE9BQU8sS0FBSyxFQUFFLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFDbkM7QUFDQTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSSxJQUFJLElBQUksT0FBTyxDQUFDLElBQUksSUFBSTtBQUM1RCxNQUFJLE1BQU0sV0FBVyxFQUFHLE1BQUssbURBQW1ELEVBQUU7QUFDbEYsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLFNBQVMsU0FBVSxNQUFLLGdDQUFnQyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDNUYsUUFBSSxDQUFFLGtCQUF3QyxTQUFTLElBQUksR0FBRztBQUM1RCxZQUFNLFFBQVFGLGNBQWEsS0FBSyxZQUFZLENBQUMsS0FBSyxhQUFhLE1BQU0saUJBQWlCO0FBQ3RGLFlBQU0sVUFBVSxTQUFTLFFBQVEsc0NBQXNDO0FBQ3ZFO0FBQUEsUUFDRSxpQkFBaUIsSUFBSSxJQUFJLFVBQVUsU0FBWSxLQUFLLG1CQUFtQixLQUFLLElBQUksR0FBRyxPQUFPLFlBQzdFLGtCQUFrQixLQUFLLElBQUksQ0FBQztBQUFBLFFBQ3pDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsTUFBSyxTQUFTLElBQUkscUJBQXFCLEVBQUU7QUFDN0QsU0FBSyxJQUFJLElBQUk7QUFBQSxFQUNmO0FBQ0EsTUFBSSxPQUFPLE1BQU0sV0FBVyxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLO0FBQ3REO0FBRUEsU0FBUyxRQUFRLEtBQWlCLE1BQStCLE1BQWtCO0FBQ2pGLFFBQU0sUUFBUSxTQUFTLEdBQUc7QUFDMUIsTUFBSSxVQUFVLFFBQVc7QUFDdkIsUUFBSSxDQUFDLE1BQU0sU0FBUyxNQUFNLEVBQUcsS0FBSSxPQUFPLENBQUMsR0FBRyxPQUFPLE1BQU07QUFBQSxFQUMzRCxXQUFXLE1BQU0sUUFBUSxJQUFJLElBQUksR0FBRztBQUNsQyxRQUFJLENBQUMsSUFBSSxLQUFLLFNBQVMsSUFBSSxFQUFHLEtBQUksT0FBTyxDQUFDLEdBQUcsSUFBSSxNQUFNLElBQUk7QUFBQSxFQUM3RCxXQUFXLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRztBQUNuQyxRQUFJLFFBQVEsQ0FBQyxHQUFHLElBQUksT0FBTyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQUEsRUFDN0MsV0FBVyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUc7QUFDbkMsUUFBSSxRQUFRLENBQUMsR0FBRyxJQUFJLE9BQU8sRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQzdDLFdBQVcsSUFBSSxVQUFVLFFBQVc7QUFDbEMsU0FBSyxvRUFBb0UsQ0FBQyxHQUFHLE1BQU0sVUFBVSxDQUFDO0FBQUEsRUFDaEc7QUFFRjtBQUVBLFNBQVMsbUJBQW1CLEtBQWlCLE1BQStCLE1BQWtCO0FBQzVGLFFBQU0sUUFBUSxTQUFTLEdBQUc7QUFDMUIsUUFBTSxTQUFnRTtBQUFBLElBQ3BFLENBQUMsaUJBQWlCLENBQUMsUUFBUSxHQUFHLFFBQVE7QUFBQSxJQUN0QyxDQUFDLGlCQUFpQixDQUFDLFVBQVUsU0FBUyxHQUFHLFFBQVE7QUFBQSxJQUNqRCxDQUFDLGdCQUFnQixDQUFDLE9BQU8sR0FBRyxPQUFPO0FBQUEsSUFDbkMsQ0FBQyxpQkFBaUIsQ0FBQyxRQUFRLEdBQUcsUUFBUTtBQUFBLEVBQ3hDO0FBQ0EsYUFBVyxDQUFDLFVBQVUsU0FBUyxJQUFJLEtBQUssUUFBUTtBQUM5QyxlQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFJLElBQUksT0FBTyxNQUFNLE9BQVc7QUFDaEMsVUFBSSxVQUFVLE9BQVcsTUFBSyxJQUFJLE9BQU8sb0JBQW9CLElBQUksS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFBQSxlQUMvRSxDQUFDLE1BQU0sS0FBSyxDQUFDLE1BQU0sUUFBUSxTQUFTLENBQUMsQ0FBQyxHQUFHO0FBQ2hELGFBQUssSUFBSSxPQUFPLGdCQUFnQixJQUFJLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLG1CQUFtQixLQUFpQixLQUFhLE1BQStCLE1BQWtCO0FBQ3pHLFFBQU0sUUFBUSxJQUFJLEdBQUc7QUFDckIsTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxPQUFPLFVBQVUsWUFBWSxDQUFDLE9BQU8sVUFBVSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQ3RFLFNBQUssSUFBSSxHQUFHLHNDQUFzQyxjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQzFGO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsS0FBaUIsS0FBYSxNQUErQixNQUFrQjtBQUNuRyxRQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3JCLE1BQUksVUFBVSxPQUFXO0FBQ3pCLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxHQUFHO0FBQ3hELFNBQUssSUFBSSxHQUFHLDJCQUEyQixjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQy9FO0FBQ0Y7QUFFQSxTQUFTLHdCQUF3QixLQUFpQixNQUErQixNQUFrQjtBQUNqRyxxQkFBbUIsS0FBSyxhQUFhLE1BQU0sSUFBSTtBQUMvQyxxQkFBbUIsS0FBSyxhQUFhLE1BQU0sSUFBSTtBQUMvQyxNQUFJLElBQUksWUFBWSxRQUFXO0FBQzdCLFFBQUksT0FBTyxJQUFJLFlBQVksVUFBVTtBQUNuQyxXQUFLLHNEQUFzRCxjQUFjLElBQUksT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sU0FBUyxDQUFDO0FBQUEsSUFDL0c7QUFDQSxRQUFJLGVBQWUsSUFBSSxPQUFPLE1BQU0sUUFBVztBQUM3QyxXQUFLLGFBQWEsS0FBSyxVQUFVLElBQUksT0FBTyxDQUFDLHNDQUFzQyxDQUFDLEdBQUcsTUFBTSxTQUFTLENBQUM7QUFBQSxJQUN6RztBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxTQUFxQztBQUNsRSxNQUFJO0FBQ0YsV0FBTyxJQUFJLE9BQU8sU0FBUyxHQUFHO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFFBQUk7QUFDRixhQUFPLElBQUksT0FBTyxPQUFPO0FBQUEsSUFDM0IsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyx3QkFBd0IsS0FBaUIsTUFBK0IsTUFBa0I7QUFDakcsYUFBVyxDQUFDLFdBQVcsU0FBUyxLQUFLO0FBQUEsSUFDbkMsQ0FBQyxvQkFBb0IsU0FBUztBQUFBLElBQzlCLENBQUMsb0JBQW9CLFNBQVM7QUFBQSxFQUNoQyxHQUFZO0FBRVYsUUFBSSxPQUFPLElBQUksU0FBUyxNQUFNLFdBQVc7QUFDdkMsVUFBSSxJQUFJLFNBQVMsTUFBTSxNQUFNO0FBQzNCLFlBQUksSUFBSSxTQUFTLE1BQU0sT0FBVyxNQUFLLElBQUksU0FBUyxrQkFBa0IsU0FBUyxLQUFLLENBQUMsR0FBRyxNQUFNLFNBQVMsQ0FBQztBQUN4RyxZQUFJLFNBQVMsSUFBSSxJQUFJLFNBQVM7QUFDOUIsZUFBTyxJQUFJLFNBQVM7QUFBQSxNQUN0QixPQUFPO0FBQ0wsZUFBTyxJQUFJLFNBQVM7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxPQUFPLGdCQUFpQixjQUFhLEtBQUssS0FBSyxNQUFNLElBQUk7QUFDcEUsTUFBSSxPQUFPLElBQUksZUFBZSxZQUFZLElBQUksY0FBYyxHQUFHO0FBQzdELFNBQUssNENBQTRDLElBQUksVUFBVSxJQUFJLENBQUMsR0FBRyxNQUFNLFlBQVksQ0FBQztBQUFBLEVBQzVGO0FBQ0Y7QUFFQSxTQUFTLHVCQUF1QixLQUFpQixNQUErQixNQUFZRSxRQUFxQjtBQUMvRyxxQkFBbUIsS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUM5QyxxQkFBbUIsS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUM5QyxNQUFJLElBQUksVUFBVSxPQUFXO0FBQzdCLE1BQUksTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQzVCLFNBQUssb0dBQW9HO0FBQUEsTUFDdkcsR0FBRztBQUFBLE1BQ0g7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxRQUFRLGNBQWMsSUFBSSxPQUFPLENBQUMsR0FBRyxNQUFNLE9BQU8sR0FBRyxNQUFNQSxTQUFRLENBQUM7QUFDMUU7QUFFQSxTQUFTLHdCQUF3QixLQUFpQixNQUErQixNQUFZQSxRQUFxQjtBQUNoSCxNQUFJLElBQUksZUFBZSxRQUFXO0FBQ2hDLFFBQUksQ0FBQyxjQUFjLElBQUksVUFBVSxHQUFHO0FBQ2xDLFdBQUssK0NBQStDLGNBQWMsSUFBSSxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUM5RztBQUNBLFVBQU0sYUFBeUMsQ0FBQztBQUNoRCxlQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLElBQUksVUFBVSxHQUFHO0FBQzdELGlCQUFXLElBQUksSUFBSSxjQUFjLFVBQVUsQ0FBQyxHQUFHLE1BQU0sY0FBYyxJQUFJLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQUEsSUFDM0Y7QUFDQSxRQUFJLGFBQWE7QUFBQSxFQUNuQjtBQUNBLE1BQUksSUFBSSxhQUFhLFFBQVc7QUFDOUIsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLFVBQVU7QUFDL0IsUUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLFFBQVE7QUFDN0IsV0FBSyxvREFBb0QsY0FBYyxJQUFJLFFBQVEsQ0FBQyxJQUFJLEVBQUU7QUFDNUYsVUFBTSxXQUFXLGNBQWMsSUFBSSxVQUFVLElBQUksT0FBTyxLQUFLLElBQUksVUFBVSxJQUFJLENBQUM7QUFDaEYsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsZUFBVyxRQUFRLElBQUksVUFBdUI7QUFDNUMsVUFBSSxPQUFPLFNBQVMsU0FBVSxNQUFLLDRDQUE0QyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDeEcsVUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE1BQUssSUFBSSxJQUFJLG1DQUFtQyxFQUFFO0FBQ3RFLFdBQUssSUFBSSxJQUFJO0FBQ2IsVUFBSSxDQUFDLFNBQVMsU0FBUyxJQUFJLEdBQUc7QUFDNUIsY0FBTSxRQUFRLGFBQWEsTUFBTSxRQUFRO0FBQ3pDO0FBQUEsVUFDRSxxQkFBcUIsSUFBSSw0Q0FDdEIsVUFBVSxTQUFZLDZCQUE2QixtQkFBbUIsS0FBSztBQUFBLFVBQzlFO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxXQUFXLENBQUMsR0FBRyxJQUFJO0FBQUEsRUFDekI7QUFDQSxRQUFNLFFBQVEsSUFBSTtBQUNsQixNQUFJLFVBQVUsVUFBYSxPQUFPLFVBQVUsV0FBVztBQUNyRCxRQUFJLHVCQUF1QixjQUFjLE9BQU8sQ0FBQyxHQUFHLE1BQU0sc0JBQXNCLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQUEsRUFDcEc7QUFDRjtBQUVBLFNBQVMsWUFBWSxPQUEyRDtBQUM5RSxTQUFPLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsYUFBYSxPQUFPLFNBQVMsS0FBSztBQUMzRztBQUVBLFNBQVMsVUFBVSxPQUF5QyxPQUFtQztBQUM3RixTQUFPLE1BQU0sS0FBSyxDQUFDLFNBQVM7QUFDMUIsWUFBUSxNQUFNO0FBQUEsTUFDWixLQUFLO0FBQ0gsZUFBTyxVQUFVO0FBQUEsTUFDbkIsS0FBSztBQUNILGVBQU8sT0FBTyxVQUFVLEtBQUs7QUFBQSxNQUMvQixLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsZUFBTyxPQUFPLFVBQVU7QUFBQSxNQUMxQjtBQUNFLGVBQU87QUFBQSxJQUNYO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLHVCQUF1QixLQUFpQixNQUErQixNQUFrQjtBQUNoRyxRQUFNLFFBQVEsU0FBUyxHQUFHO0FBQzFCLE1BQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU07QUFDM0IsUUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLElBQUksS0FBSyxJQUFJLEtBQUssV0FBVyxHQUFHO0FBQ3JELFdBQUssa0RBQWtELGNBQWMsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQUEsSUFDdEY7QUFDQSxlQUFXLENBQUMsT0FBTyxLQUFLLEtBQU0sSUFBSSxLQUFtQixRQUFRLEdBQUc7QUFDOUQsVUFBSSxDQUFDLFlBQVksS0FBSyxHQUFHO0FBQ3ZCLGFBQUssK0RBQStELGNBQWMsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksS0FBSyxDQUFDO0FBQUEsTUFDNUc7QUFDQSxVQUFJLFVBQVUsVUFBYSxDQUFDLFVBQVUsT0FBTyxLQUFLLEdBQUc7QUFDbkQsYUFBSyxjQUFjLEtBQUssVUFBVSxLQUFLLENBQUMsc0JBQXNCLEtBQUssVUFBVSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLEtBQUssQ0FBQztBQUFBLE1BQzFHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksVUFBVSxRQUFXO0FBQzNCLFVBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPO0FBQzVCLFFBQUksQ0FBQyxZQUFZLElBQUksS0FBSztBQUN4QixXQUFLLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDLElBQUksRUFBRTtBQUMvRixRQUFJLFVBQVUsVUFBYSxDQUFDLFVBQVUsSUFBSSxPQUFPLEtBQUssR0FBRztBQUN2RCxXQUFLLFNBQVMsS0FBSyxVQUFVLElBQUksS0FBSyxDQUFDLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQUEsSUFDN0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsR0FBWSxHQUFxQjtBQUNqRCxTQUFPLEtBQUssVUFBVSxDQUFDLE1BQU0sS0FBSyxVQUFVLENBQUM7QUFDL0M7QUFHQSxTQUFTLGFBQWEsUUFBb0IsUUFBb0IsTUFBK0IsTUFBd0I7QUFDbkgsUUFBTSxNQUFrQixFQUFFLEdBQUcsT0FBTztBQUNwQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssT0FBTyxRQUFRLE1BQU0sR0FBRztBQUNqRCxVQUFNLFVBQVUsSUFBSSxHQUFHO0FBQ3ZCLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFVBQUksR0FBRyxJQUFJO0FBQ1g7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixjQUFjLE9BQU8sS0FBSyxjQUFjLEtBQUssR0FBRztBQUMxRSxZQUFNLFNBQWtDLEVBQUUsR0FBRyxRQUFRO0FBQ3JELGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLEtBQUssR0FBRztBQUNwRCxZQUFJLE9BQU8sSUFBSSxNQUFNLFVBQWEsQ0FBQyxTQUFTLE9BQU8sSUFBSSxHQUFHLFFBQVEsR0FBRztBQUNuRSxlQUFLLGFBQWEsSUFBSSxpRUFBaUU7QUFBQSxZQUNyRixHQUFHO0FBQUEsWUFDSDtBQUFBLFlBQ0E7QUFBQSxVQUNGLENBQUM7QUFBQSxRQUNIO0FBQ0EsZUFBTyxJQUFJLElBQUk7QUFBQSxNQUNqQjtBQUNBLFVBQUksYUFBYTtBQUFBLElBQ25CLFdBQVcsUUFBUSxjQUFjLE1BQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLEtBQUssR0FBRztBQUMvRSxVQUFJLFdBQVcsQ0FBQyxHQUFHLG9CQUFJLElBQUksQ0FBQyxHQUFHLFNBQVMsR0FBRyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3BELFdBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sT0FBTyxlQUFlLE1BQU0sUUFBUSxPQUFPLElBQUksVUFBVSxDQUFDLE9BQU8sR0FBRyxNQUFNLFFBQVEsS0FBSyxJQUFJLFFBQVEsQ0FBQyxLQUFLLENBQUM7QUFDaEgsVUFBSSxLQUFLLFdBQVcsR0FBRztBQUNyQixhQUFLLCtCQUErQixLQUFLLFVBQVUsT0FBTyxDQUFDLFFBQVEsS0FBSyxVQUFVLEtBQUssQ0FBQyxZQUFZLElBQUk7QUFBQSxNQUMxRztBQUNBLFVBQUksT0FBTyxLQUFLLFdBQVcsSUFBSSxLQUFLLENBQUMsSUFBSTtBQUFBLElBQzNDLFdBQVcsb0JBQW9CLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxJQUFJLEdBQUc7QUFBQSxJQUVqRSxXQUFXLENBQUMsU0FBUyxTQUFTLEtBQUssR0FBRztBQUNwQyxXQUFLLHVCQUF1QixHQUFHLGtEQUFrRCxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGVBQWUsTUFBMEIsUUFBdUM7QUFDdkYsUUFBTSxPQUFPLG9CQUFJLElBQWE7QUFDOUIsYUFBVyxRQUFRLE1BQU07QUFDdkIsUUFBSSxPQUFPLFNBQVMsSUFBSSxFQUFHLE1BQUssSUFBSSxJQUFJO0FBQUEsYUFDOUIsU0FBUyxhQUFhLE9BQU8sU0FBUyxRQUFRLEtBQU8sU0FBUyxZQUFZLE9BQU8sU0FBUyxTQUFTLEdBQUk7QUFDL0csV0FBSyxJQUFJLFNBQVM7QUFBQSxJQUNwQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxJQUFJO0FBQ2pCOzs7QUNyZUEsSUFBTSxRQUFtQixNQUFNO0FBQy9CLElBQU0sU0FBb0IsTUFBTTtBQUd6QixTQUFTLGlCQUFpQixRQUErQjtBQUM5RCxNQUFJLE9BQU8sVUFBVSxRQUFXO0FBQzlCLFVBQU0sV0FBVyxPQUFPO0FBQ3hCLFdBQU8sQ0FBQyxVQUFVLFVBQVU7QUFBQSxFQUM5QjtBQUNBLE1BQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxHQUFHO0FBQzlCLFVBQU0sVUFBVSxJQUFJLElBQWEsT0FBTyxJQUFJO0FBQzVDLFdBQU8sQ0FBQyxVQUFVLFFBQVEsSUFBSSxLQUFLO0FBQUEsRUFDckM7QUFDQSxNQUFJLE1BQU0sUUFBUSxPQUFPLEtBQUssR0FBRztBQUMvQixVQUFNRyxXQUFXLE9BQU8sTUFBdUIsSUFBSSxnQkFBZ0I7QUFDbkUsV0FBTyxDQUFDLFVBQVVBLFNBQVEsS0FBSyxDQUFDLFdBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUMxRDtBQUVBLE1BQUksT0FBTyxVQUFVLE9BQVcsUUFBTztBQUN2QyxNQUFJLE9BQU8sU0FBUyxPQUFXLFFBQU87QUFDdEMsUUFBTSxRQUFRLE1BQU0sUUFBUSxPQUFPLElBQUksSUFBSyxPQUFPLE9BQW9CLENBQUMsT0FBTyxJQUFjO0FBQzdGLFFBQU1DLFlBQVcsTUFBTSxTQUFTLE1BQU07QUFDdEMsUUFBTUQsV0FBVSxNQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUM7QUFDN0UsTUFBSUEsU0FBUSxXQUFXLEVBQUcsUUFBTyxDQUFDLFVBQVUsVUFBVTtBQUN0RCxRQUFNLE9BQU9BLFNBQVEsV0FBVyxJQUFJQSxTQUFRLENBQUMsSUFBSyxDQUFDLFVBQW1CQSxTQUFRLEtBQUssQ0FBQyxXQUFXLE9BQU8sS0FBSyxDQUFDO0FBQzVHLFNBQU9DLFlBQVcsQ0FBQyxVQUFVLFVBQVUsUUFBUSxLQUFLLEtBQUssSUFBSTtBQUMvRDtBQUVBLFNBQVMsTUFBTSxNQUFjLFFBQStCO0FBQzFELFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNO0FBQUEsSUFDM0IsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNLE1BQU07QUFBQSxJQUNqQyxLQUFLO0FBQ0gsYUFBTyxDQUFDLFVBQVUsT0FBTyxVQUFVO0FBQUEsSUFDckMsS0FBSztBQUNILGFBQU8sV0FBVyxNQUFNO0FBQUEsSUFDMUIsS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNO0FBQUEsSUFDM0I7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxZQUFZLFFBQStCO0FBQ2xELFFBQU0sTUFBTSxPQUFPLE9BQU8sY0FBYyxXQUFXLE9BQU8sWUFBWTtBQUN0RSxRQUFNLE1BQU0sT0FBTyxPQUFPLGNBQWMsV0FBVyxPQUFPLFlBQVksT0FBTztBQUM3RSxRQUFNLFVBQVUsT0FBTyxPQUFPLFlBQVksV0FBVyxlQUFlLE9BQU8sT0FBTyxJQUFJO0FBQ3RGLE1BQUksT0FBTyxPQUFPLFlBQVksWUFBWSxZQUFZLE9BQVcsUUFBTztBQUN4RSxNQUFJLFlBQVksUUFBVztBQUN6QixXQUFPLENBQUMsVUFBVSxPQUFPLFVBQVUsWUFBWSxNQUFNLFVBQVUsT0FBTyxNQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssS0FBSztBQUFBLEVBQ2pIO0FBQ0EsTUFBSSxRQUFRLEtBQUssUUFBUSxPQUFPLGtCQUFtQixRQUFPLENBQUMsVUFBVSxPQUFPLFVBQVU7QUFDdEYsU0FBTyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksTUFBTSxVQUFVLE9BQU8sTUFBTSxVQUFVO0FBQ3hGO0FBRUEsU0FBUyxZQUFZLE1BQTRCLFFBQStCO0FBQzlFLFFBQU0sUUFBUSxDQUFDLEtBQWEsYUFDMUIsT0FBTyxPQUFPLEdBQUcsTUFBTSxXQUFZLE9BQU8sR0FBRyxJQUFlO0FBQzlELFFBQU0sTUFBTSxNQUFNLFdBQVcsT0FBTyxpQkFBaUI7QUFDckQsUUFBTSxNQUFNLE1BQU0sV0FBVyxPQUFPLGlCQUFpQjtBQUNyRCxRQUFNLFFBQVEsTUFBTSxvQkFBb0IsT0FBTyxpQkFBaUI7QUFDaEUsUUFBTSxRQUFRLE1BQU0sb0JBQW9CLE9BQU8saUJBQWlCO0FBQ2hFLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxXQUFXLE9BQU8sYUFBYTtBQUV6RSxNQUFJLFNBQVMsVUFBYSxDQUFDLE9BQU8sY0FBYyxJQUFJLEVBQUcsUUFBTztBQUM5RCxRQUFNLE9BQ0osU0FBUyxZQUNMLENBQUMsVUFBVSxPQUFPLGNBQWMsS0FBSyxJQUNyQyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUs7QUFDbkUsU0FBTyxDQUFDLFVBQ04sS0FBSyxLQUFLLEtBQ1QsU0FBb0IsT0FDcEIsU0FBb0IsT0FDcEIsUUFBbUIsU0FDbkIsUUFBbUIsVUFDbkIsU0FBUyxVQUFjLE9BQU8sY0FBYyxLQUFLLEtBQU0sUUFBbUIsU0FBUztBQUN4RjtBQUVBLFNBQVMsV0FBVyxRQUErQjtBQUNqRCxRQUFNLE9BQU8sT0FBTyxVQUFVLFNBQVksU0FBUyxpQkFBaUIsT0FBTyxLQUFtQjtBQUM5RixRQUFNLE1BQU0sT0FBTyxPQUFPLGFBQWEsV0FBVyxPQUFPLFdBQVc7QUFDcEUsUUFBTSxNQUFNLE9BQU8sT0FBTyxhQUFhLFdBQVcsT0FBTyxXQUFXLE9BQU87QUFDM0UsU0FBTyxDQUFDLFVBQVU7QUFDaEIsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxTQUFTLE9BQU8sTUFBTSxTQUFTLElBQUssUUFBTztBQUM5RSxhQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLEtBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUNuRSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU0EsU0FBUyxZQUFZLFFBQStCO0FBQ2xELFFBQU0sZ0JBQWdCLElBQUksSUFBSyxPQUFPLFlBQVksQ0FBQyxDQUFjO0FBQ2pFLFFBQU0sYUFBOEIsT0FBTyxRQUFTLE9BQU8sY0FBYyxDQUFDLENBQWdDLEVBQUU7QUFBQSxJQUMxRyxDQUFDLENBQUMsS0FBSyxRQUFRLE9BQU8sRUFBRSxLQUFLLFVBQVUsY0FBYyxJQUFJLEdBQUcsR0FBRyxPQUFPLGlCQUFpQixRQUFRLEVBQUU7QUFBQSxFQUNuRztBQUNBLFFBQU0sV0FBaUMsdUJBQU8sT0FBTyxJQUFJO0FBQ3pELGFBQVcsRUFBRSxJQUFJLEtBQUssV0FBWSxVQUFTLEdBQUcsSUFBSTtBQUNsRCxRQUFNLFFBQVEsT0FBTztBQUNyQixRQUFNLE9BQU8sVUFBVSxRQUFRLFdBQVcsVUFBVSxVQUFhLFVBQVUsT0FBTyxVQUFVO0FBQzVGLFFBQU0sYUFBYSxTQUFTLGFBQWEsaUJBQWlCLEtBQW1CLElBQUk7QUFDakYsUUFBTSxRQUFRLFdBQVc7QUFFekIsU0FBTyxDQUFDLFVBQVU7QUFDaEIsUUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2hGLFVBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxRQUFJLFVBQVUsT0FBTyxhQUFhLFVBQVUsS0FBTSxRQUFPO0FBQ3pELFVBQU1DLFVBQVM7QUFDZixRQUFJLFVBQVU7QUFDZCxhQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixZQUFNLFdBQVcsV0FBVyxDQUFDO0FBQzdCLFlBQU0sT0FBT0EsUUFBTyxTQUFTLEdBQUc7QUFDaEMsVUFBSSxTQUFTLFFBQVc7QUFDdEIsWUFBSSxTQUFTLFNBQVUsUUFBTztBQUM5QixZQUFJLE9BQU8sT0FBT0EsU0FBUSxTQUFTLEdBQUcsRUFBRztBQUN6QztBQUFBLE1BQ0Y7QUFDQSxVQUFJLENBQUMsU0FBUyxNQUFNLElBQUksRUFBRyxRQUFPO0FBQ2xDO0FBQUEsSUFDRjtBQUNBLFFBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsUUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBSSxPQUFPO0FBQ1gsaUJBQVcsS0FBS0EsUUFBUTtBQUN4QixhQUFPLFNBQVM7QUFBQSxJQUNsQjtBQUNBLGVBQVcsT0FBT0EsU0FBUTtBQUN4QixVQUFJLFNBQVMsR0FBRyxNQUFNLFNBQVMsUUFBUSxlQUFlLENBQUMsV0FBV0EsUUFBTyxHQUFHLENBQUMsR0FBSSxRQUFPO0FBQUEsSUFDMUY7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUM3SUEsSUFBTSxhQUFhO0FBQ25CLElBQU0sU0FBUztBQWVSLFNBQVMsdUJBQXVCLFFBQXlDO0FBQzlFLFNBQU8sT0FBTyxRQUFRLElBQUksS0FBSztBQUNqQztBQU1PLFNBQVMsZUFBZSxRQUE0QjtBQUN6RCxRQUFNLE9BQU8sT0FBTyxRQUFRLElBQUksSUFBSTtBQUNwQyxTQUFPLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVE7QUFDeEQ7QUFFQSxTQUFTLE9BQU8sUUFBaUIsUUFBZ0IsUUFBeUI7QUFDeEUsU0FBTyxRQUFRLFFBQVEsUUFBUSxNQUFNLEVBQUUsS0FBSyxLQUFLO0FBQ25EO0FBR0EsU0FBUyxRQUFRLFFBQWlCLFFBQWdCLFFBQTJCO0FBQzNFLFFBQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLFdBQVcsUUFBUSxRQUFRLE1BQU0sQ0FBQyxDQUFDO0FBQzNELFNBQU8sSUFBSSxTQUFTLFNBQVMsSUFBSSxDQUFDLFNBQVMsSUFBSTtBQUNqRDtBQUVBLFNBQVMsV0FBVyxRQUFpQixRQUFnQixRQUEyQjtBQUM5RSxNQUFJLFdBQVcsTUFBTyxRQUFPLENBQUMsT0FBTztBQUNyQyxNQUFJLENBQUMsY0FBYyxNQUFNLEVBQUcsUUFBTyxDQUFDLFNBQVM7QUFDN0MsTUFBSSxPQUFPLFVBQVUsT0FBVyxRQUFPLENBQUMsUUFBUSxPQUFPLEtBQUssQ0FBQztBQUM3RCxNQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksRUFBRyxRQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU87QUFDOUQsYUFBVyxPQUFPLENBQUMsU0FBUyxPQUFPLEdBQVk7QUFDN0MsVUFBTSxlQUFlLE9BQU8sR0FBRztBQUMvQixRQUFJLE1BQU0sUUFBUSxZQUFZLEtBQUssYUFBYSxTQUFTLEdBQUc7QUFDMUQsWUFBTSxPQUFPLFlBQVksUUFBUSxDQUFDLEtBQUssVUFBVSxDQUFDO0FBQ2xELFlBQU1DLE9BQU0sYUFBYSxRQUFRLENBQUMsV0FBVyxRQUFRLEVBQUUsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEVBQUUsR0FBRyxRQUFRLE1BQU0sQ0FBQztBQUN0RyxhQUFPLE9BQU8sYUFBYSxPQUFPLENBQUMsR0FBR0EsTUFBSyxNQUFNLElBQUlBO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFFBQVEsT0FBTyxLQUFLLEtBQUssT0FBTyxNQUFNLFNBQVMsR0FBRztBQUMxRCxVQUFNLE9BQU8sWUFBWSxRQUFRLENBQUMsT0FBTyxDQUFDO0FBQzFDLFVBQU0sUUFBUSxDQUFDLE1BQU0sR0FBRyxPQUFPLEtBQUssRUFDakMsT0FBTyxDQUFDLFNBQVMsQ0FBQyxrQkFBa0IsSUFBSSxDQUFDLEVBQ3pDLElBQUksQ0FBQyxTQUFTLFFBQVEsTUFBTSxRQUFRLE1BQU0sQ0FBQyxFQUMzQyxJQUFJLENBQUNDLFdBQVdBLE9BQU0sU0FBUyxJQUFJLElBQUlBLE9BQU0sS0FBSyxLQUFLLENBQUMsTUFBTUEsT0FBTSxDQUFDLENBQUc7QUFDM0UsVUFBTSxTQUFTLENBQUMsR0FBRyxJQUFJLElBQUksS0FBSyxDQUFDLEVBQUUsT0FBTyxDQUFDLFNBQVMsU0FBUyxTQUFTO0FBQ3RFLFdBQU8sQ0FBQyxPQUFPLFdBQVcsSUFBSSxZQUFZLE9BQU8sS0FBSyxLQUFLLENBQUM7QUFBQSxFQUM5RDtBQUNBLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLFFBQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU8sU0FBUyxTQUFZLFdBQVcsTUFBTSxJQUFJLENBQUMsSUFBSTtBQUMxRixNQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sQ0FBQyxTQUFTO0FBQ3pDLFFBQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNQyxPQUFNLE9BQU8sQ0FBQyxHQUFHLFFBQVEsUUFBUSxNQUFNLENBQUM7QUFDckUsTUFBSSxPQUFPLGFBQWEsS0FBTSxLQUFJLEtBQUssTUFBTTtBQUM3QyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQVcsUUFBMkM7QUFDN0QsTUFBSSxPQUFPLGVBQWUsVUFBYSxPQUFPLHlCQUF5QixPQUFXLFFBQU8sQ0FBQyxRQUFRO0FBQ2xHLE1BQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxnQkFBZ0IsT0FBVyxRQUFPLENBQUMsT0FBTztBQUNuRixTQUFPLENBQUM7QUFDVjtBQUVBLFNBQVNBLE9BQU0sTUFBYyxRQUFpQyxRQUFnQixRQUF5QjtBQUNyRyxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBRUgsYUFBTyxTQUFTLFlBQVk7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxVQUFVLFFBQVEsUUFBUSxNQUFNO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU8sV0FBVyxRQUFRLFFBQVEsTUFBTTtBQUFBLElBQzFDO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsVUFBVSxRQUFpQyxRQUFnQixRQUF5QjtBQUMzRixRQUFNLFFBQVEsTUFBTSxRQUFRLE9BQU8sV0FBVyxJQUMxQyxPQUFPLGNBQ1AsTUFBTSxRQUFRLE9BQU8sS0FBSyxJQUN4QixPQUFPLFFBQ1A7QUFDTixNQUFJLFVBQVUsT0FBVyxRQUFPLElBQUksTUFBTSxJQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sUUFBUSxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQztBQUNoRyxTQUFPLFNBQVMsT0FBTyxVQUFVLFNBQVksWUFBWSxPQUFPLE9BQU8sT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUMvRjtBQUVBLFNBQVMsV0FBVyxRQUFpQyxRQUFnQixRQUF5QjtBQUM1RixRQUFNLGFBQWEsY0FBYyxPQUFPLFVBQVUsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUMzRSxRQUFNLFdBQVcsSUFBSSxJQUFJLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQzlFLFFBQU0sUUFBUSxPQUFPLEtBQUssVUFBVTtBQUNwQyxRQUFNLFFBQVEsT0FBTztBQUNyQixRQUFNLFFBQVEsU0FBUztBQUN2QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxjQUF3QixDQUFDO0FBQy9CLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU1DLFlBQVcsQ0FBQyxTQUFTLElBQUksSUFBSTtBQUNuQyxVQUFNLE9BQU8sT0FBTyxXQUFXLElBQUksR0FBRyxPQUFPLE1BQU07QUFDbkQsZ0JBQVksS0FBSyxHQUFHLFFBQVEsV0FBVyxJQUFJLEdBQUcsT0FBTyxNQUFNLENBQUM7QUFDNUQsUUFBSUEsVUFBVSxhQUFZLEtBQUssV0FBVztBQUMxQyxVQUFNLFdBQVcsV0FBVyxJQUFJO0FBQ2hDLFVBQU0sY0FDSixjQUFjLFFBQVEsS0FBSyxPQUFPLFNBQVMsZ0JBQWdCLFdBQVcsU0FBUyxjQUFjO0FBQy9GLFVBQU0sTUFBTSxVQUFVLGdCQUFnQixTQUFZLEtBQUssV0FBVyxhQUFhLEtBQUs7QUFDcEYsVUFBTSxLQUFLLEdBQUcsR0FBRyxHQUFHLFlBQVksSUFBSSxDQUFDLEdBQUdBLFlBQVcsTUFBTSxFQUFFLEtBQUssSUFBSSxHQUFHO0FBQUEsRUFDekU7QUFDQSxNQUFJO0FBQ0osTUFBSSxVQUFVLFVBQWEsVUFBVSxTQUFTLEVBQUUsTUFBTSxXQUFXLEtBQUssVUFBVSxPQUFPO0FBQ3JGLGdCQUFZLE9BQU8sT0FBTyxPQUFPLE1BQU07QUFFdkMsUUFBSSxjQUFjLGFBQWEsTUFBTSxTQUFTLEdBQUc7QUFDL0MsWUFBTSxNQUFNLG9CQUFJLElBQUksQ0FBQyxXQUFXLEdBQUcsV0FBVyxDQUFDO0FBQy9DLGtCQUFZLElBQUksSUFBSSxTQUFTLElBQUksWUFBWSxDQUFDLEdBQUcsR0FBRyxFQUFFLEtBQUssS0FBSztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxXQUFXLEdBQUc7QUFDdEIsUUFBSSxVQUFVLE1BQU8sUUFBTztBQUM1QixRQUFJLFVBQVUsVUFBYSxVQUFVLEtBQU0sUUFBTztBQUNsRCxXQUFPLGtCQUFrQixPQUFPLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFBQSxFQUN4RDtBQUNBLE1BQUksY0FBYyxPQUFXLE9BQU0sS0FBSyxrQkFBa0IsU0FBUyxHQUFHO0FBQ3RFLE1BQUksT0FBUSxRQUFPLEtBQUssTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUN2QyxTQUFPO0FBQUEsRUFBTSxNQUFNLElBQUksQ0FBQ0MsVUFBUyxHQUFHLEtBQUssR0FBR0EsS0FBSSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUFLLE1BQU07QUFDM0U7QUFFQSxTQUFTLFdBQVcsYUFBcUIsUUFBd0I7QUFDL0QsUUFBTSxRQUFRLFlBQVksUUFBUSxTQUFTLE1BQU0sRUFBRSxNQUFNLE9BQU87QUFDaEUsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUFRLE1BQU07QUFDNUQsU0FBTztBQUFBLEVBQVEsTUFBTSxJQUFJLENBQUNBLFVBQVMsR0FBRyxNQUFNLEtBQUtBLFVBQVMsS0FBSyxLQUFLLElBQUlBLEtBQUksRUFBRSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUFLLE1BQU07QUFBQSxFQUFRLE1BQU07QUFDdkg7QUFFQSxTQUFTLFlBQVksTUFBc0I7QUFDekMsU0FBTyxXQUFXLEtBQUssSUFBSSxJQUFJLE9BQU8sS0FBSyxVQUFVLElBQUk7QUFDM0Q7QUFFQSxTQUFTLFFBQVEsT0FBd0I7QUFDdkMsTUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixNQUFJLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVTtBQUM3RSxXQUFPLEtBQUssVUFBVSxLQUFLO0FBQzdCLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxPQUF5QztBQUN6RCxTQUFPLGNBQWMsS0FBSyxJQUFJLFFBQVEsQ0FBQztBQUN6QztBQUVBLFNBQVMsWUFBWSxRQUFpQyxNQUFrRDtBQUN0RyxRQUFNLE1BQStCLENBQUM7QUFDdEMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxNQUFNLEVBQUcsS0FBSSxDQUFDLEtBQUssU0FBUyxHQUFHLEVBQUcsS0FBSSxHQUFHLElBQUk7QUFDdkYsU0FBTztBQUNUO0FBRUEsSUFBTSxjQUFjLG9CQUFJLElBQUk7QUFBQSxFQUMxQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUVELFNBQVMsa0JBQWtCLFFBQTBCO0FBQ25ELFNBQU8sY0FBYyxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sRUFBRSxNQUFNLENBQUMsUUFBUSxZQUFZLElBQUksR0FBRyxDQUFDO0FBQ3pGOzs7QUNwTE8sU0FBUyx1QkFDZCxRQUNBLE9BQ0EsUUFDb0I7QUFDcEIsUUFBTSxNQUEwQixDQUFDO0FBQ2pDLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sT0FBYSxNQUFNLEtBQUssSUFBSSxDQUFDLFlBQWEsT0FBTyxZQUFZLFdBQVcsT0FBTyxPQUFPLElBQUksT0FBUTtBQUN4RyxRQUFJLE1BQU0sU0FBUyxxQkFBcUI7QUFDdEMsWUFBTSxTQUFTLFNBQVMsUUFBUSxJQUFJO0FBQ3BDLFlBQU0sV0FBVyxXQUFXLFNBQVksQ0FBQyxJQUFJLE9BQU8sS0FBTSxPQUFPLGNBQWMsQ0FBQyxDQUFZO0FBQzVGLGlCQUFXLE9BQU8sTUFBTSxLQUFNLEtBQUksS0FBSyxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLEtBQUssUUFBUSxDQUFDO0FBQ3JGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLE9BQU8sSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQy9FO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsTUFBWSxLQUFhLFVBQStDO0FBQy9GLFFBQU0sT0FBTyxLQUFLLFdBQVcsSUFBSSxhQUFhO0FBQzlDLFFBQU0sUUFBUSxhQUFhLEtBQUssUUFBUTtBQUN4QyxRQUFNQyxRQUNKLFVBQVUsU0FDTixtQkFBbUIsS0FBSyxPQUN4QixTQUFTLFdBQVcsSUFDbEIsUUFBUSxJQUFJLHdCQUNaLGVBQWUsU0FBUyxLQUFLLElBQUksQ0FBQztBQUMxQyxTQUFPLEVBQUUsTUFBTSxNQUFNLGVBQWUsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHLG1DQUFtQ0EsS0FBSSxHQUFHO0FBQ2hIO0FBRUEsU0FBUyxVQUFVLE9BQXlCLE1BQVksT0FBZ0IsSUFBOEM7QUFDcEgsUUFBTSxXQUFXLE9BQU8sU0FBWSxTQUFZLGVBQWUsRUFBRTtBQUNqRSxRQUFNLE1BQU0sY0FBYyxLQUFLO0FBQy9CLE1BQUksVUFBVSxVQUFhLEtBQUssU0FBUyxLQUFLLGNBQWMsS0FBSyxHQUFHO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLEtBQUssU0FBUyxDQUFDO0FBQ2pDLFVBQU0sT0FBTyxPQUFPLFNBQVMsV0FBVyxTQUFTLEtBQUssV0FBVyxJQUFJLGFBQWE7QUFDbEYsVUFBTSxPQUFPLE9BQU8sU0FBUyxXQUFXLEdBQUcsSUFBSSxLQUFLLElBQUksSUFBSTtBQUM1RCxVQUFNLE9BQU8sYUFBYSxVQUFhLGFBQWEsWUFBWSxLQUFLLEtBQUssUUFBUTtBQUNsRixXQUFPLEVBQUUsTUFBTSxNQUFNLFdBQVcsU0FBUyxvQkFBb0IsSUFBSSxJQUFJLElBQUksR0FBRyxJQUFJLEdBQUc7QUFBQSxFQUNyRjtBQUNBLFVBQVEsTUFBTSxNQUFNO0FBQUEsSUFDbEIsS0FBSyxnQkFBZ0I7QUFDbkIsVUFBSSxLQUFLLFdBQVc7QUFDbEIsZUFBTyxFQUFFLE1BQU0sTUFBTSxnQkFBZ0IsU0FBUyx3Q0FBd0MsR0FBRyxHQUFHO0FBQzlGLFlBQU0sU0FBUyxhQUFhLE1BQU0sYUFBYSxRQUFRLFlBQVksTUFBTTtBQUN6RSxhQUFPLEVBQUUsTUFBTSxNQUFNLGdCQUFnQixTQUFTLFlBQVksTUFBTSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2pGO0FBQUEsSUFDQSxLQUFLLGlCQUFpQjtBQUNwQixZQUFNLFNBQVMsTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFPLE9BQU8sTUFBTSxXQUFXLEtBQUssVUFBVSxDQUFDLElBQUksT0FBTyxDQUFDLENBQUU7QUFDOUYsWUFBTSxTQUFTLE9BQU8sV0FBVyxJQUFJLE9BQU8sQ0FBQyxJQUFJLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUM1RSxhQUFPLEVBQUUsTUFBTSxNQUFNLGlCQUFpQixTQUFTLFlBQVksTUFBTSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2xGO0FBQUEsSUFDQSxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxFQUFFLE1BQU0sTUFBTSxNQUFNLE1BQU0sU0FBUyxHQUFHLFNBQVMsS0FBSyxDQUFDLFNBQVMsT0FBTyxNQUFNLFFBQVEsT0FBTyxHQUFHLENBQUMsR0FBRztBQUFBLElBQzFHLEtBQUssa0JBQWtCO0FBQ3JCLFlBQU0sVUFBVSxhQUFhLFNBQVMsT0FBTyxNQUFNLFlBQVksV0FBVyxNQUFNLFVBQVU7QUFDMUYsWUFBTSxPQUFPLFlBQVksU0FBWSxtQkFBbUIsTUFBTSxNQUFNLEtBQUssMEJBQTBCLE9BQU87QUFDMUcsYUFBTyxFQUFFLE1BQU0sTUFBTSxrQkFBa0IsU0FBUyxHQUFHLElBQUksU0FBUyxHQUFHLEdBQUc7QUFBQSxJQUN4RTtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sRUFBRSxNQUFNLE1BQU0sbUJBQW1CLFNBQVMseUJBQXlCLE9BQU8sTUFBTSxPQUFPLENBQUMsU0FBUyxHQUFHLEdBQUc7QUFBQSxJQUNoSCxLQUFLLGlCQUFpQjtBQUNwQixVQUFJLE1BQU0sT0FBTyxXQUFXLEdBQUc7QUFDN0IsZUFBTztBQUFBLFVBQ0w7QUFBQSxVQUNBLE1BQU07QUFBQSxVQUNOLFNBQVMsMERBQTBELEdBQUc7QUFBQSxRQUN4RTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLFNBQVMsYUFBYSxTQUFZLHdDQUF3QztBQUNoRixhQUFPLEVBQUUsTUFBTSxNQUFNLGlCQUFpQixTQUFTLFlBQVksTUFBTSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2xGO0FBQUEsSUFDQTtBQUNFLGFBQU8sRUFBRSxNQUFNLE1BQU0sV0FBVyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzNEO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsT0FBa0M7QUFDdkQsU0FBTyxNQUFNLFNBQVMsa0JBQWtCLE1BQU0sU0FBUyxtQkFBbUIsTUFBTSxTQUFTO0FBQzNGO0FBRUEsU0FBUyxTQUFTLE9BQWtFO0FBQ2xGLFFBQU0sUUFBUSxNQUFNLFNBQVM7QUFDN0IsUUFBTSxRQUFRLFFBQVMsTUFBbUMsVUFBVyxNQUFpQztBQUN0RyxRQUFNLFFBQVEsT0FBTyxLQUFLO0FBQzFCLFFBQU0sWUFBWSxNQUFNLGNBQWM7QUFDdEMsVUFBUSxNQUFNLFFBQVE7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFFBQVEsYUFBYSxTQUFTLElBQUksS0FBSztBQUFBLElBQzNELEtBQUs7QUFDSCxhQUFPLGFBQWEsUUFBUSxhQUFhLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDN0Q7QUFDRSxhQUFPLFdBQVcsUUFBUyxZQUFZLE9BQU8sTUFBTyxZQUFZLE9BQU8sR0FBRyxJQUFJLEtBQUs7QUFBQSxFQUN4RjtBQUNGO0FBRUEsU0FBUyxPQUFPLFFBQWdCLE9BQWdCLEtBQXFCO0FBQ25FLE1BQUksV0FBVyxZQUFZLE9BQU8sVUFBVSxTQUFVLFFBQU8sR0FBRyxNQUFNLE1BQU07QUFDNUUsTUFBSSxXQUFXLFdBQVcsTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPLEdBQUcsTUFBTSxNQUFNO0FBQ3RFLFNBQU87QUFDVDtBQUdBLFNBQVMsUUFBUSxPQUFnQixNQUFxQjtBQUNwRCxNQUFJLFFBQVE7QUFDWixhQUFXLFdBQVcsTUFBTTtBQUMxQixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sRUFBRyxRQUFPO0FBQzFGLFlBQVMsTUFBMkMsT0FBTztBQUFBLEVBQzdEO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxTQUFTLFFBQW9CLE1BQW9DO0FBQ3hFLE1BQUksT0FBK0I7QUFDbkMsYUFBVyxXQUFXLE1BQU07QUFDMUIsUUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixRQUFJLE9BQU8sWUFBWSxVQUFVO0FBQy9CLGFBQU8sS0FBSztBQUNaO0FBQUEsSUFDRjtBQUNBLFVBQU0sYUFBYSxLQUFLO0FBQ3hCLFFBQUksZUFBZSxVQUFhLE9BQU8sT0FBTyxZQUFZLE9BQU8sRUFBRyxRQUFPLFdBQVcsT0FBTztBQUFBLGFBQ3BGLE9BQU8sS0FBSyx5QkFBeUIsU0FBVSxRQUFPLEtBQUs7QUFBQSxRQUMvRCxRQUFPO0FBQUEsRUFDZDtBQUNBLFNBQU87QUFDVDs7O0FDdkhPLFNBQVMsaUJBQWlCLE9BQTZDO0FBQzVFLE1BQUssT0FBTyxVQUFVLFlBQVksT0FBTyxVQUFVLGNBQWUsVUFBVSxLQUFNLFFBQU87QUFDekYsUUFBTSxXQUFZLE1BQW9DLFdBQVc7QUFDakUsU0FBTyxzQkFBc0IsUUFBUSxLQUFLLE9BQVEsU0FBb0MsYUFBYTtBQUNyRztBQUVBLFNBQVMsc0JBQXNCLE9BQWlDO0FBQzlELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUNoRDtBQVFPLFNBQVMsMkJBQTJCLFFBQW9EO0FBQzdGLFFBQU0sV0FBaUM7QUFBQSxJQUNyQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFlBQVksUUFBUSxFQUFFLFFBQVEsZ0JBQWdCLENBQUM7QUFBQSxJQUN6RSxNQUFNO0FBQ0osWUFBTSxTQUFVLE9BQXNDO0FBQ3RELGFBQU8sT0FBTyxXQUFXLGFBQWEsT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLElBQzlEO0FBQUEsSUFDQSxNQUFNLGdCQUFnQixNQUFNO0FBQUEsRUFDOUI7QUFDQSxhQUFXLFdBQVcsVUFBVTtBQUM5QixRQUFJO0FBQ0YsWUFBTSxTQUFTLFFBQVE7QUFDdkIsVUFBSSxjQUFjLE1BQU0sRUFBRyxRQUFPO0FBQUEsSUFDcEMsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsUUFBb0Q7QUFDM0UsUUFBTSxRQUFTLE9BQStCO0FBQzlDLE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxRQUFPO0FBQ2xDLFFBQU0sYUFBeUMsQ0FBQztBQUNoRCxRQUFNLFdBQXFCLENBQUM7QUFDNUIsYUFBVyxDQUFDLEtBQUssTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDakQsZUFBVyxHQUFHLElBQUksQ0FBQztBQUNuQixVQUFNLFFBQVMsUUFBdUQsTUFBTTtBQUM1RSxRQUFJLFVBQVUsV0FBWSxVQUFTLEtBQUssR0FBRztBQUFBLEVBQzdDO0FBQ0EsU0FBTyxFQUFFLE1BQU0sVUFBVSxZQUFZLFNBQVM7QUFDaEQ7QUFRTyxTQUFTLHNCQUFzQixRQUE0QixXQUFpQyxDQUFDLEdBQWdCO0FBQ2xILFFBQU0sV0FBVyxPQUFPLFdBQVc7QUFDbkMsUUFBTSxhQUFhLE1BQ2pCLElBQUk7QUFBQSxJQUNGLHFCQUFxQixTQUFTLE1BQU07QUFBQSxJQUVwQyxFQUFFLEdBQUcsVUFBVSxPQUFPLFNBQVMsU0FBUyxlQUFlO0FBQUEsRUFDekQ7QUFDRixRQUFNLFFBQVEsU0FBUyxTQUFTLENBQUMsQ0FBQztBQUNsQyxNQUFJLFdBQVcsS0FBSyxHQUFHO0FBQ3JCLFlBQVEsUUFBUSxLQUFLLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDNUMsVUFBTSxXQUFXO0FBQUEsRUFDbkI7QUFFQSxRQUFNLFVBQVUsMkJBQTJCLE1BQU07QUFDakQsUUFBTSxhQUF5QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQzNELFFBQU0sY0FBYyxjQUFjLFdBQVcsVUFBVSxJQUFJLFdBQVcsYUFBYSxDQUFDO0FBQ3BGLFFBQU0sYUFBYSxPQUFPLEtBQUssV0FBVztBQUMxQyxRQUFNLFdBQVcsTUFBTSxRQUFRLFdBQVcsUUFBUSxJQUM5QyxXQUFXLFNBQVMsT0FBTyxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQzdFLENBQUM7QUFDTCxNQUFJO0FBRUosUUFBTSxXQUF3QjtBQUFBLElBQzVCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFNBQVMsT0FBdUQ7QUFDOUQsWUFBTSxTQUFTLFNBQVMsU0FBUyxLQUFLO0FBQ3RDLFVBQUksV0FBVyxNQUFNLEdBQUc7QUFDdEIsZ0JBQVEsUUFBUSxNQUFNLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDN0MsY0FBTSxXQUFXO0FBQUEsTUFDbkI7QUFDQSxVQUFJLE9BQU8sV0FBVyxPQUFXLFFBQU8sRUFBRSxJQUFJLE1BQU0sT0FBTyxPQUFPLE1BQWlDO0FBQ25HLGFBQU8sRUFBRSxJQUFJLE9BQU8sUUFBUSxPQUFPLE9BQU8sUUFBUSxDQUFDLFVBQVUsY0FBYyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDNUY7QUFBQSxJQUNBLGVBQXVCO0FBQ3JCLG1CQUFhLHVCQUF1QixVQUFVO0FBQzlDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFHUCxXQUFTLGNBQWMsT0FBc0IsT0FBb0M7QUFDL0UsUUFBSSxTQUFTLFdBQVcsU0FBUyxNQUFNLFlBQVksbUJBQW1CLE9BQU8sTUFBTSxTQUFTLFVBQVU7QUFDcEcsYUFBTyx1QkFBdUIsQ0FBQyxLQUFvQyxHQUFHLE9BQU8sVUFBVTtBQUFBLElBQ3pGO0FBQ0EsV0FBTyxDQUFDLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDN0I7QUFDRjtBQVFBLFNBQVMsYUFBYSxPQUF3QztBQUM1RCxRQUFNLFFBQVEsTUFBTSxRQUFRLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWTtBQUMvQyxVQUFNLE1BQU0sT0FBTyxZQUFZLFlBQVksWUFBWSxPQUFPLFFBQVEsTUFBTTtBQUM1RSxXQUFPLE9BQU8sUUFBUSxXQUFXLE1BQU0sT0FBTyxHQUFHO0FBQUEsRUFDbkQsQ0FBQztBQUNELFNBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxTQUFTLE1BQU0sT0FBTyxNQUFNLFNBQVMsV0FBVyxNQUFNLE9BQU8sVUFBVTtBQUN2RztBQUVBLFNBQVMsV0FBVyxPQUErQztBQUNqRSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFRLE1BQTZCLFNBQVM7QUFDdEc7OztBQ2xKQSxZQUFZLE9BQU87QUFZWixTQUFTLGdCQUFnQixRQUFtQztBQUNqRSxNQUFJLE9BQU8sVUFBVSxPQUFXLFFBQVMsVUFBUSxPQUFPLEtBQTRCO0FBQ3BGLE1BQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxFQUFHLFFBQVMsVUFBUSxPQUFPLElBQTZCO0FBQ3JGLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxFQUFHLFFBQVMsUUFBTyxPQUFPLE1BQXVCLElBQUksZUFBZSxDQUFDO0FBQ25HLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxFQUFHLFFBQVMsTUFBSyxPQUFPLE1BQXVCLElBQUksZUFBZSxDQUFDO0FBQ2pHLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLE1BQUksU0FBUyxPQUFXLFFBQVMsVUFBUTtBQUN6QyxRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSyxPQUFvQixDQUFDLElBQWM7QUFDeEUsUUFBTUMsWUFBVyxNQUFNLFNBQVMsTUFBTTtBQUN0QyxRQUFNQyxXQUFVLE1BQU0sT0FBTyxDQUFDLE1BQU0sTUFBTSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU1DLE9BQU0sR0FBRyxNQUFNLENBQUM7QUFDN0UsTUFBSUQsU0FBUSxXQUFXLEVBQUcsUUFBUyxPQUFLO0FBQ3hDLFFBQU0sT0FBT0EsU0FBUSxXQUFXLElBQUlBLFNBQVEsQ0FBQyxJQUFPLFFBQU1BLFFBQU87QUFDakUsU0FBT0QsWUFBYSxXQUFTLElBQUksSUFBSTtBQUN2QztBQUVBLFNBQVNFLE9BQU0sTUFBYyxRQUFtQztBQUM5RCxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFDSCxhQUFPLGFBQWEsTUFBTTtBQUFBLElBQzVCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLGFBQWEsTUFBTSxNQUFNO0FBQUEsSUFDbEMsS0FBSztBQUNILGFBQVMsVUFBUTtBQUFBLElBQ25CLEtBQUssU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLFVBQVUsU0FBYyxVQUFRLElBQUksZ0JBQWdCLE9BQU8sS0FBbUI7QUFDbkcsWUFBTSxTQUF5RSxDQUFDO0FBQ2hGLFVBQUksT0FBTyxPQUFPLGFBQWEsU0FBVSxRQUFPLEtBQU8sWUFBVSxPQUFPLFFBQVEsQ0FBQztBQUNqRixVQUFJLE9BQU8sT0FBTyxhQUFhLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxRQUFRLENBQUM7QUFDakYsWUFBTUMsU0FBVSxRQUFNLEtBQUs7QUFDM0IsYUFBTyxPQUFPLFNBQVMsSUFBSUEsT0FBTSxNQUFNLEdBQUcsTUFBTSxJQUFJQTtBQUFBLElBQ3REO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxhQUFhLE1BQU07QUFBQSxJQUM1QjtBQUNFLFlBQU0sSUFBSSxVQUFVLGlDQUFpQyxLQUFLLFVBQVUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUMvRTtBQUNGO0FBRUEsU0FBUyxhQUFhLFFBQW1DO0FBQ3ZELFFBQU0sU0FBMEMsQ0FBQztBQUNqRCxNQUFJLE9BQU8sT0FBTyxjQUFjLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxTQUFTLENBQUM7QUFDbkYsTUFBSSxPQUFPLE9BQU8sY0FBYyxTQUFVLFFBQU8sS0FBTyxZQUFVLE9BQU8sU0FBUyxDQUFDO0FBQ25GLE1BQUksT0FBTyxPQUFPLFlBQVksVUFBVTtBQUN0QyxVQUFNQyxTQUFRLGVBQWUsT0FBTyxPQUFPO0FBQzNDLFFBQUlBLFdBQVUsT0FBVyxRQUFPLEtBQU8sUUFBTUEsTUFBSyxDQUFDO0FBQUEsRUFDckQ7QUFDQSxRQUFNQyxVQUFXLFNBQU87QUFDeEIsU0FBTyxPQUFPLFNBQVMsSUFBSUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxJQUFJQTtBQUN2RDtBQUVBLFNBQVMsYUFBYSxNQUE0QixRQUFtQztBQUNuRixRQUFNLFNBQTBDLENBQUM7QUFDakQsTUFBSSxPQUFPLE9BQU8sWUFBWSxTQUFVLFFBQU8sS0FBTyxNQUFJLE9BQU8sT0FBTyxDQUFDO0FBQ3pFLE1BQUksT0FBTyxPQUFPLFlBQVksU0FBVSxRQUFPLEtBQU8sTUFBSSxPQUFPLE9BQU8sQ0FBQztBQUN6RSxNQUFJLE9BQU8sT0FBTyxxQkFBcUIsU0FBVSxRQUFPLEtBQU8sS0FBRyxPQUFPLGdCQUFnQixDQUFDO0FBQzFGLE1BQUksT0FBTyxPQUFPLHFCQUFxQixTQUFVLFFBQU8sS0FBTyxLQUFHLE9BQU8sZ0JBQWdCLENBQUM7QUFDMUYsTUFBSSxPQUFPLE9BQU8sZUFBZSxTQUFVLFFBQU8sS0FBTyxhQUFXLE9BQU8sVUFBVSxDQUFDO0FBQ3RGLFFBQU1DLFVBQVMsU0FBUyxZQUFjLE1BQUksSUFBTSxTQUFPO0FBQ3ZELFNBQU8sT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxHQUFHLE1BQU0sSUFBSUE7QUFDdkQ7QUFFQSxTQUFTLGFBQWEsUUFBbUM7QUFDdkQsUUFBTSxhQUFjLE9BQU8sY0FBYyxDQUFDO0FBQzFDLFFBQU0sV0FBVyxJQUFJLElBQUssT0FBTyxZQUFZLENBQUMsQ0FBYztBQUM1RCxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQUc7QUFDekQsVUFBTSxRQUFRLGdCQUFnQixRQUFRO0FBQ3RDLFFBQUksQ0FBQyxTQUFTLElBQUksSUFBSSxFQUFHLE9BQU0sSUFBSSxJQUFNLFdBQVMsS0FBSztBQUFBLFFBRWxELE9BQU0sSUFBSSxJQUFJLGlCQUFpQixRQUFRLElBQU0sY0FBWSxLQUFLLElBQUk7QUFBQSxFQUN6RTtBQUNBLFFBQU0sUUFBUSxPQUFPO0FBQ3JCLE1BQUksVUFBVSxNQUFPLFFBQVMsZUFBYSxLQUFLO0FBQ2hELE1BQUksVUFBVSxVQUFhLFVBQVUsS0FBTSxRQUFTLGNBQVksS0FBSztBQUNyRSxTQUFTLFdBQVcsU0FBTyxLQUFLLEdBQUcsZ0JBQWdCLEtBQW1CLENBQUM7QUFDekU7QUFHQSxTQUFTLGlCQUFpQixRQUE2QjtBQUNyRCxNQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sU0FBUyxPQUFXLFFBQU87QUFDcEUsUUFBTSxlQUFnQixPQUFPLFNBQVMsT0FBTztBQUM3QyxNQUFJLGlCQUFpQixPQUFXLFFBQU8sYUFBYSxLQUFLLGdCQUFnQjtBQUN6RSxTQUFPLE9BQU8sU0FBUztBQUN6Qjs7O0FDckVBLElBQU0sUUFBUSxvQkFBSSxRQUE2QjtBQXFCeEMsU0FBUyxtQkFBbUIsUUFBaUIsV0FBaUMsQ0FBQyxHQUFnQjtBQUNwRyxRQUFNLFFBQThCLEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLGVBQWU7QUFDM0YsTUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLE1BQU07QUFDakQsVUFBTSxTQUFTLE1BQU0sSUFBSSxNQUFNO0FBQy9CLFFBQUksV0FBVyxPQUFXLFFBQU87QUFBQSxFQUNuQztBQUNBLE1BQUk7QUFDSixNQUFJLGlCQUFpQixNQUFNLEdBQUc7QUFDNUIsZUFBVyxzQkFBc0IsUUFBUSxLQUFLO0FBQUEsRUFDaEQsT0FBTztBQUNMLFFBQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsWUFBTSxJQUFJO0FBQUEsUUFDUixpR0FBaUcsS0FBSyxVQUFVLE1BQU0sQ0FBQztBQUFBLFFBQ3ZIO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsY0FBYyxNQUFNLEdBQUc7QUFDMUIsWUFBTSxJQUFJO0FBQUEsUUFDUixzR0FBc0csY0FBYyxNQUFNLENBQUM7QUFBQSxRQUMzSDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxZQUFZLHVCQUF1QixRQUFRLEtBQUs7QUFDdEQsZUFBVyxlQUFlLG9CQUFvQixXQUFXLE9BQU8sRUFBRSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDaEY7QUFDQSxNQUFJLE9BQU8sV0FBVyxZQUFZLFdBQVcsS0FBTSxPQUFNLElBQUksUUFBUSxRQUFRO0FBQzdFLFNBQU87QUFDVDtBQWFPLFNBQVMsb0JBQW9CLFVBQTZCQyxXQUEwQztBQUN6RyxRQUFNLGFBQXlDLENBQUM7QUFDaEQsUUFBTSxnQkFBZ0Isb0JBQUksSUFBWTtBQUN0QyxhQUFXLFFBQVEsVUFBVTtBQUMzQixVQUFNLE9BQU8sU0FBUyxJQUFJO0FBQzFCLFFBQUksU0FBUyxPQUFXO0FBQ3hCLGVBQVcsSUFBSSxJQUFJLENBQUM7QUFDcEIsa0JBQWMsSUFBSSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxhQUFXLFFBQVFBLFdBQVU7QUFDM0IsVUFBTSxPQUFPLFNBQVMsSUFBSTtBQUMxQixRQUFJLFNBQVMsVUFBYSxXQUFXLElBQUksTUFBTSxPQUFXLFlBQVcsSUFBSSxJQUFJLENBQUM7QUFBQSxFQUNoRjtBQUNBLFFBQU0sYUFBeUIsRUFBRSxNQUFNLFVBQVUsV0FBVztBQUM1RCxNQUFJLGNBQWMsT0FBTyxFQUFHLFlBQVcsV0FBVyxDQUFDLEdBQUcsYUFBYTtBQUNuRSxhQUFXLHVCQUF1QjtBQUNsQyxTQUFPLGVBQWUsVUFBVTtBQUNsQztBQUVBLFNBQVMsU0FBUyxNQUFrQztBQUNsRCxNQUFJLFNBQVMsT0FBTyxTQUFTLEdBQUksUUFBTztBQUN4QyxTQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLO0FBQy9CO0FBR0EsU0FBUyxlQUFlLFlBQXFDO0FBQzNELFFBQU0sWUFBWSxnQkFBZ0IsVUFBVTtBQUM1QyxRQUFNLE9BQWtCLGlCQUFpQixVQUFVO0FBQ25ELFFBQU0sYUFBYSxPQUFPLEtBQU0sV0FBVyxjQUFjLENBQUMsQ0FBWTtBQUN0RSxRQUFNLFlBQWEsV0FBVyxZQUFZLENBQUMsR0FBZ0IsTUFBTTtBQUNqRSxNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUyxPQUF1RDtBQUM5RCxVQUFJLEtBQUssS0FBSyxFQUFHLFFBQU8sRUFBRSxJQUFJLE1BQU0sTUFBTTtBQUMxQyxZQUFNLFNBQVMsVUFBVSxVQUFVLE9BQU8sRUFBRSxhQUFhLEtBQUssQ0FBQztBQUMvRCxVQUFJLE9BQU8sUUFBUyxRQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sT0FBTyxLQUFnQztBQUNyRixhQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsdUJBQXVCLE9BQU8sTUFBTSxRQUFRLE9BQU8sVUFBVSxFQUFFO0FBQUEsSUFDN0Y7QUFBQSxJQUNBLGVBQXVCO0FBQ3JCLG1CQUFhLHVCQUF1QixVQUFVO0FBQzlDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGOzs7QUNqSUEsT0FBTyxjQUFjOzs7QUNPZCxTQUFTLGNBQWMsTUFBd0I7QUFDcEQsU0FBTyxTQUFTLE1BQU0sQ0FBQyxJQUFJLEtBQUssTUFBTSxHQUFHO0FBQzNDO0FBR08sU0FBUyxRQUFRLE9BQWdCLEtBQXNCO0FBQzVELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE9BQU8sT0FBTyxPQUFPLEdBQUcsSUFDekUsTUFBa0MsR0FBRyxJQUN0QztBQUNOO0FBR08sU0FBUyxZQUFZLE9BQWdCLE1BQXlCO0FBQ25FLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxVQUFVLFVBQVUsUUFBVyxJQUFLLFNBQVEsUUFBUSxPQUFPLEtBQUssQ0FBQyxDQUFXO0FBQ3JHLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBVyxRQUE0QixLQUFzQjtBQUMzRSxXQUFTLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxHQUFHLEtBQUs7QUFDM0MsVUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE9BQU8sT0FBTyxHQUFHLEdBQUc7QUFDNUUsYUFBUSxNQUFrQyxHQUFHO0FBQUEsSUFDL0M7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXLFFBQTRCLE1BQXlCO0FBQzlFLFFBQU0sUUFBUSxLQUFLLENBQUM7QUFDcEIsTUFBSSxVQUFVLE9BQVcsUUFBTyxPQUFPLE9BQU8sU0FBUyxDQUFDO0FBQ3hELE1BQUksUUFBUSxXQUFXLFFBQVEsS0FBSztBQUNwQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssVUFBVSxVQUFVLFFBQVcsS0FBSztBQUMzRCxZQUFRLFFBQVEsT0FBTyxLQUFLLENBQUMsQ0FBVztBQUFBLEVBQzFDO0FBQ0EsU0FBTztBQUNUOzs7QUROQSxJQUFNLGVBQWlDLENBQUMsTUFBTSxJQUFJO0FBTWxELElBQUk7QUFFSixTQUFTLGNBQTJCO0FBQ2xDLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sU0FBUyxJQUFJLFNBQVMsT0FBTztBQUVuQyxJQUFDLE9BQWlELGdCQUFnQjtBQUNsRSxhQUFTO0FBQUEsRUFDWDtBQUNBLFNBQU87QUFDVDtBQVVPLFNBQVMsY0FBYyxRQUFnQixXQUFpQyxDQUFDLEdBQW1CO0FBQ2pHLE1BQUk7QUFDSixNQUFJO0FBQ0YsYUFBUyxZQUFZLEVBQUUsTUFBTSxRQUFRLFlBQVk7QUFBQSxFQUNuRCxTQUFTLE9BQU87QUFDZCxVQUFNLFlBQVksT0FBTyxRQUFRLFFBQVE7QUFBQSxFQUMzQztBQUNBLFNBQU8sY0FBYyxZQUFZLE1BQU0sQ0FBQztBQUMxQztBQUlBLFNBQVMsWUFBWSxPQUFrQztBQUNyRCxTQUFPLE1BQU0sUUFBUSxLQUFLLElBQUssUUFBb0IsQ0FBQztBQUN0RDtBQUVBLFNBQVMsY0FBYyxRQUEwQztBQUMvRCxRQUFNLFFBQXdCLENBQUM7QUFDL0IsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLFFBQVEsT0FBTyxDQUFDO0FBQ3RCLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsVUFBTSxRQUFRLE9BQU8sTUFBTSxDQUFDLEtBQUssRUFBRTtBQUNuQyxZQUFRLE1BQU07QUFBQSxNQUNaLEtBQUssUUFBUTtBQUNYLGNBQU0sT0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ25DLFlBQUksTUFBTSxTQUFTLE9BQVEsT0FBTSxNQUFNLFNBQVMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxRQUFRLE1BQU0sS0FBSyxPQUFPLE1BQU07QUFBQSxZQUN4RixPQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxNQUFNLENBQUM7QUFDN0M7QUFBQSxNQUNGO0FBQUEsTUFDQSxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsY0FBTSxLQUFLLEVBQUUsTUFBTSxZQUFZLE1BQU0sT0FBTyxNQUFNLGNBQWMsS0FBSyxHQUFHLFNBQVMsU0FBUyxPQUFPLENBQUM7QUFDbEc7QUFBQSxNQUNGLEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFDSCxjQUFNLEtBQUs7QUFBQSxVQUNULE1BQU07QUFBQSxVQUNOLE1BQU07QUFBQSxVQUNOLE1BQU0sY0FBYyxLQUFLO0FBQUEsVUFDekIsVUFBVSxTQUFTO0FBQUEsVUFDbkIsVUFBVSxjQUFjLFlBQVksTUFBTSxDQUFDLENBQUMsQ0FBQztBQUFBLFFBQy9DLENBQUM7QUFDRDtBQUFBLE1BQ0YsS0FBSztBQUNILGNBQU0sS0FBSyxFQUFFLE1BQU0sV0FBVyxNQUFNLE9BQU8sYUFBYSxzQkFBc0IsT0FBTyxPQUFPLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUNyRztBQUFBLE1BQ0Y7QUFFRTtBQUFBLElBQ0o7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBU0EsU0FBUyxzQkFBc0IsT0FBYyxVQUFxQztBQUNoRixRQUFNLGNBQWMsT0FBTyxNQUFNLENBQUMsTUFBTSxXQUFXLE1BQU0sQ0FBQyxJQUFJO0FBQzlELE1BQUksZ0JBQWdCLE1BQU0sTUFBTSxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxLQUFNLFFBQU87QUFDdEUsTUFBSSxhQUFhLFVBQWEsU0FBUyxDQUFDLE1BQU0sVUFBVSxTQUFTLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQ3pGLFNBQU8sWUFBWSxRQUFRLFdBQVcsRUFBRTtBQUMxQztBQUVBLElBQU0saUJBQWlCO0FBRXZCLFNBQVMsWUFBWSxPQUFnQixRQUFnQixVQUFtRDtBQUN0RyxRQUFNLE1BQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSztBQUNqRSxRQUFNLGNBQWMsZUFBZSxLQUFLLEdBQUc7QUFDM0MsUUFBTSxTQUFTLGNBQWMsT0FBTyxZQUFZLENBQUMsQ0FBQyxJQUFJO0FBQ3RELFFBQU0sVUFBVSxvQkFBb0IsR0FBRztBQUN2QyxRQUFNLFFBQThCLEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLFdBQVc7QUFDdkYsTUFBSSxLQUFLO0FBQ1QsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxFQUFFLE1BQUFDLE9BQU0sT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNO0FBQ3JELFFBQUksU0FBUyxTQUFTLFFBQVc7QUFDL0IsWUFBTSxPQUFPLFNBQVMsT0FBT0EsUUFBTztBQUNwQyxZQUFNLFNBQVNBLFVBQVMsS0FBSyxTQUFTLFdBQVcsU0FBWSxTQUFTLFNBQVMsU0FBUyxJQUFJO0FBQUEsSUFDOUYsT0FBTztBQUNMLFdBQUssbUJBQW1CQSxLQUFJLFlBQVksTUFBTTtBQUFBLElBQ2hEO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxrQkFBa0IsNEJBQTRCLEVBQUUsS0FBSyxPQUFPLElBQUksT0FBTyxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBQ3BHO0FBRUEsU0FBUyxvQkFBb0IsS0FBcUI7QUFDaEQsTUFBSSxJQUFJLGdCQUFnQixLQUFLLEdBQUc7QUFDaEMsTUFBSSxFQUFHLFFBQU87QUFDZCxNQUFJLDJCQUEyQixLQUFLLEdBQUc7QUFDdkMsTUFBSSxFQUFHLFFBQU8sT0FBTyxFQUFFLENBQUMsQ0FBQyx1REFBdUQsRUFBRSxDQUFDLENBQUM7QUFDcEYsTUFBSSwyQkFBMkIsS0FBSyxHQUFHO0FBQ3ZDLE1BQUksRUFBRyxRQUFPLGVBQWUsRUFBRSxDQUFDLENBQUMsOEJBQThCLEVBQUUsQ0FBQyxDQUFDO0FBQ25FLE1BQUksc0JBQXNCLEtBQUssR0FBRztBQUNsQyxNQUFJLEVBQUcsUUFBTyw4QkFBOEIsRUFBRSxDQUFDLENBQUM7QUFDaEQsU0FBTyxHQUFHLEdBQUc7QUFDZjtBQUVBLFNBQVMsY0FBYyxRQUFnQixRQUFrRDtBQUN2RixNQUFJQSxRQUFPO0FBQ1gsTUFBSSxZQUFZO0FBQ2hCLFFBQU0sTUFBTSxLQUFLLElBQUksUUFBUSxPQUFPLE1BQU07QUFDMUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUs7QUFDNUIsUUFBSSxPQUFPLFdBQVcsQ0FBQyxNQUFNLElBQUk7QUFDL0IsTUFBQUE7QUFDQSxrQkFBWSxJQUFJO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUSxNQUFNLFlBQVksRUFBRTtBQUM3Qzs7O0FFMUlPLFNBQVMsYUFBYSxPQUErQztBQUMxRSxRQUFNLFdBQVcsb0JBQUksSUFBWTtBQUNqQyxRQUFNLE1BQU0sb0JBQUksSUFBWTtBQUM1QixRQUFNLFNBQVMsb0JBQUksSUFBWTtBQUMvQixRQUFNLGFBQWlDLENBQUM7QUFDeEMsT0FBSyxPQUFPLFFBQVEsRUFBRSxVQUFVLEtBQUssT0FBTyxHQUFHLFVBQVU7QUFDekQsU0FBTztBQUFBLElBQ0wsVUFBVSxDQUFDLEdBQUcsUUFBUTtBQUFBLElBQ3RCLEtBQUssQ0FBQyxHQUFHLEdBQUc7QUFBQSxJQUNaLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUNuRCxVQUFVLENBQUMsR0FBRyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQUEsSUFDcEQ7QUFBQSxFQUNGO0FBQ0Y7QUFZTyxTQUFTLGdCQUFnQixRQUFnQixVQUFtRDtBQUNqRyxRQUFNLEVBQUUsVUFBVSxLQUFLLFFBQVEsU0FBUyxJQUFJLGFBQWEsY0FBYyxRQUFRLFFBQVEsQ0FBQztBQUN4RixTQUFPLEVBQUUsVUFBVSxLQUFLLFFBQVEsU0FBUztBQUMzQztBQVFBLFNBQVMsS0FBSyxPQUFnQyxPQUFpQixPQUFpQixZQUFzQztBQUNwSCxhQUFXLFFBQVEsT0FBTztBQUN4QixZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFDSCxnQkFBUSxLQUFLLEtBQUssQ0FBQyxHQUFHLE9BQU8sT0FBTyxLQUFLO0FBQ3pDO0FBQUEsTUFDRixLQUFLLFdBQVc7QUFDZCxnQkFBUSxLQUFLLEtBQUssQ0FBQyxHQUFHLE9BQU8sTUFBTSxLQUFLO0FBQ3hDLGNBQU0sUUFBa0IsS0FBSyxZQUFZLFVBQVUsV0FBVyxnQkFBZ0I7QUFDOUUsYUFBSyxLQUFLLFVBQVUsT0FBTyxPQUFPLFVBQVU7QUFDNUM7QUFBQSxNQUNGO0FBQUEsTUFDQSxLQUFLO0FBQ0gsbUJBQVcsS0FBSyxFQUFFLE1BQU0sS0FBSyxNQUFNLE1BQU0sQ0FBQztBQUMxQztBQUFBLE1BQ0Y7QUFDRTtBQUFBLElBQ0o7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsT0FBMkIsT0FBaUIsV0FBb0IsT0FBdUI7QUFDdEcsTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxVQUFVLFVBQVU7QUFDdEIsVUFBTSxPQUFPLElBQUksS0FBSztBQUN0QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLElBQUksSUFBSSxLQUFLO0FBQ25CLE1BQUksVUFBVSxVQUFVLENBQUMsVUFBVyxPQUFNLFNBQVMsSUFBSSxLQUFLO0FBQzlEOzs7QUNyRU8sU0FBUyxvQkFBb0IsTUFBcUIsU0FBK0M7QUFDdEcsUUFBTSxRQUFRLG9CQUFJLElBQTZCO0FBQy9DLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLFFBQStELEtBQUssU0FBUyxJQUFJLENBQUMsVUFBVTtBQUFBLElBQ2hHO0FBQUEsSUFDQSxVQUFVLFFBQVEsU0FBUztBQUFBLEVBQzdCLEVBQUU7QUFDRixXQUFTLE9BQU8sTUFBTSxNQUFNLEdBQUcsU0FBUyxRQUFXLE9BQU8sTUFBTSxNQUFNLEdBQUc7QUFDdkUsVUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJO0FBQzNCLFFBQUksS0FBSyxJQUFJLElBQUksRUFBRztBQUNwQixTQUFLLElBQUksSUFBSTtBQUNiLFVBQU0sU0FBUyxRQUFRLFVBQVUsSUFBSTtBQUNyQyxRQUFJLFdBQVcsUUFBVztBQUN4QixVQUFJLFFBQVEsT0FBUSxPQUFNLG9CQUFvQixNQUFNLFVBQVUsUUFBUSxRQUFRO0FBQzlFLGNBQVEsS0FBSyxJQUFJO0FBQ2pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxjQUFjLFFBQVEsRUFBRSxZQUFZLE1BQU0sT0FBTyxXQUFXLENBQUM7QUFDM0UsVUFBTSxXQUFXLGFBQWEsS0FBSztBQUNuQyxVQUFNLElBQUksTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLFNBQVMsQ0FBQztBQUNqRCxlQUFXLFFBQVEsU0FBUyxTQUFVLE9BQU0sS0FBSyxFQUFFLE1BQU0sTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLEVBQ2pGO0FBQ0EsUUFBTSxRQUFRLGlCQUFpQixNQUFNLEtBQUs7QUFDMUMsTUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDbkMsVUFBTSxJQUFJO0FBQUEsTUFDUix5QkFBeUIsTUFBTSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssVUFBSyxDQUFDLG9GQUNsQixJQUFJLDBEQUNwQixJQUFJO0FBQUEsTUFDakMsRUFBRSxHQUFHLFFBQVEsVUFBVSxPQUFPLFFBQVEsU0FBUyxTQUFTLFdBQVc7QUFBQSxJQUNyRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsT0FBTyxRQUFRO0FBQzFCO0FBRUEsU0FBUyxvQkFDUCxNQUNBLFVBQ0EsVUFDbUI7QUFDbkIsUUFBTSxLQUFLLGFBQWEsU0FBWSxLQUFLLGtCQUFrQixRQUFRO0FBQ25FLFNBQU8sSUFBSTtBQUFBLElBQ1QsWUFBWSxJQUFJLGNBQWMsRUFBRSxxQkFBcUIsSUFBSSxxRkFDWCxJQUFJO0FBQUEsSUFDbEQsRUFBRSxHQUFHLFVBQVUsT0FBTyxTQUFTLFNBQVMsV0FBVztBQUFBLEVBQ3JEO0FBQ0Y7QUFNQSxTQUFTLGlCQUFpQixNQUFxQixPQUFtRTtBQUNoSCxRQUFNLGdCQUFnQixDQUFDLGFBQ3JCLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUN6RSxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLFNBQW1CLENBQUM7QUFFMUIsUUFBTSxRQUFRLENBQUMsU0FBdUM7QUFDcEQsVUFBTSxLQUFLLE9BQU8sUUFBUSxJQUFJO0FBQzlCLFFBQUksTUFBTSxFQUFHLFFBQU8sQ0FBQyxHQUFHLE9BQU8sTUFBTSxFQUFFLEdBQUcsSUFBSTtBQUM5QyxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsUUFBTztBQUMzQixVQUFNLFVBQVUsTUFBTSxJQUFJLElBQUk7QUFDOUIsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxXQUFPLEtBQUssSUFBSTtBQUNoQixlQUFXLFFBQVEsY0FBYyxRQUFRLFFBQVEsR0FBRztBQUNsRCxZQUFNLFFBQVEsTUFBTSxJQUFJO0FBQ3hCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFBQSxJQUNsQztBQUNBLFdBQU8sSUFBSTtBQUNYLFNBQUssSUFBSSxJQUFJO0FBQ2IsV0FBTztBQUFBLEVBQ1Q7QUFFQSxhQUFXLFFBQVEsQ0FBQyxHQUFHLGNBQWMsSUFBSSxHQUFHLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRztBQUM1RCxVQUFNLFFBQVEsTUFBTSxJQUFJO0FBQ3hCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFBQSxFQUNsQztBQUNBLFNBQU87QUFDVDtBQVVPLFNBQVMscUJBQXFCLE1BQXFCLE9BQXVDO0FBQy9GLFFBQU0sV0FBVyxvQkFBSSxJQUFZO0FBQ2pDLFFBQU0sTUFBTSxvQkFBSSxJQUFZO0FBQzVCLFFBQU0sU0FBUyxvQkFBSSxJQUFZO0FBRS9CLFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBRTlCLFFBQU0sTUFBTSxDQUFDLFVBQXlCLGNBQStCO0FBQ25FLFFBQUksY0FBYyxXQUFZLFlBQVcsUUFBUSxTQUFTLFNBQVUsVUFBUyxJQUFJLElBQUk7QUFDckYsZUFBVyxRQUFRLFNBQVMsSUFBSyxFQUFDLGNBQWMsV0FBVyxTQUFTLEtBQUssSUFBSSxJQUFJO0FBQ2pGLGVBQVcsUUFBUSxTQUFTLE9BQVEsUUFBTyxJQUFJLElBQUk7QUFDbkQsZUFBVyxPQUFPLFNBQVMsWUFBWTtBQUNyQyxZQUFNLFVBQVUsTUFBTSxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ3hDLFlBQU0sUUFBUSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQzFDLFlBQU0sTUFBTSxHQUFHLEtBQUssSUFBSSxJQUFJLElBQUk7QUFDaEMsVUFBSSxZQUFZLFVBQWEsTUFBTSxJQUFJLEdBQUcsRUFBRztBQUM3QyxZQUFNLElBQUksR0FBRztBQUNiLFVBQUksUUFBUSxVQUFVLEtBQUs7QUFBQSxJQUM3QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sVUFBVTtBQUNwQixTQUFPO0FBQUEsSUFDTCxVQUFVLENBQUMsR0FBRyxRQUFRO0FBQUEsSUFDdEIsS0FBSyxDQUFDLEdBQUcsR0FBRztBQUFBLElBQ1osUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sQ0FBQyxTQUFTLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQztBQUFBLElBQ25ELFVBQVUsS0FBSztBQUFBLEVBQ2pCO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsT0FBa0IsT0FBNEI7QUFDN0QsTUFBSSxVQUFVLFlBQVksVUFBVSxTQUFVLFFBQU87QUFDckQsTUFBSSxVQUFVLGlCQUFpQixVQUFVLGNBQWUsUUFBTztBQUMvRCxTQUFPO0FBQ1Q7OztBQ3pKTyxTQUFTLE9BQU8sT0FBd0I7QUFDN0MsTUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBVyxRQUFPO0FBQ2xELFVBQVEsT0FBTyxPQUFPO0FBQUEsSUFDcEIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sT0FBTyxLQUFLO0FBQUEsSUFDckIsS0FBSztBQUNILGFBQU8sYUFBYSxLQUFLO0FBQUEsSUFDM0I7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxhQUFhLE9BQXVCO0FBQzNDLE1BQUksaUJBQWlCLEtBQU0sUUFBTyxPQUFPLE1BQU0sTUFBTSxRQUFRLENBQUMsSUFBSSxLQUFLLE1BQU0sWUFBWTtBQUN6RixNQUFJO0FBQ0YsV0FBTyxLQUFLLFVBQVUsS0FBSyxLQUFLO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU8sY0FBYyxLQUFLO0FBQUEsRUFDNUI7QUFDRjtBQUVBLFNBQVMsY0FBYyxPQUF1QjtBQUM1QyxRQUFNLE9BQU8sb0JBQUksUUFBZ0I7QUFDakMsU0FDRSxLQUFLLFVBQVUsT0FBTyxDQUFDLE1BQU0sU0FBa0I7QUFDN0MsUUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLEtBQUssU0FBUztBQUNuRCxRQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsTUFBTTtBQUM3QyxVQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsUUFBTztBQUMzQixXQUFLLElBQUksSUFBSTtBQUFBLElBQ2Y7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDLEtBQUs7QUFFVjtBQU9PLFNBQVMsYUFBYSxPQUF5QjtBQUNwRCxTQUFPLENBQUMsU0FBUyxPQUFPLFVBQVUsY0FBZSxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sV0FBVztBQUM1Rjs7O0FDdkNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sc0JBQXNCO0FBMEQ1QixTQUFTLGdCQUFnQixRQUFnQixVQUFrQyxDQUFDLEdBQXFCO0FBQ3RHLFFBQU0sV0FBVyxRQUFRLFlBQVksQ0FBQztBQUN0QyxRQUFNLFFBQVEsY0FBYyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxRQUFRLGFBQWEsS0FBSztBQUNoQyxRQUFNLFFBQVEsb0JBQW9CLE9BQU87QUFBQSxJQUN2QyxTQUFTLFFBQVE7QUFBQSxJQUNqQixRQUFRLFFBQVEsVUFBVTtBQUFBLElBQzFCO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxXQUFXLHFCQUFxQixPQUFPLEtBQUs7QUFDbEQsUUFBTSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU07QUFDOUMsTUFBSSxTQUFTLE9BQVcsUUFBTyxFQUFFLFFBQVEsVUFBVSxpQkFBaUIsTUFBTSxTQUFTLFFBQVEsS0FBSztBQUNoRyxRQUFNLE9BQU8sSUFBSSxhQUFhLE9BQU8sUUFBUSxRQUFRLFFBQVEsRUFBRSxRQUFRLEtBQUs7QUFDNUUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTTtBQUFBLElBQ3ZCLE9BQU8sTUFBdUI7QUFDNUIsYUFBTyxLQUFLLEVBQUUsUUFBUSxDQUFDLElBQUksR0FBRyxPQUFPLEdBQUcsVUFBVSxFQUFFLENBQUM7QUFBQSxJQUN2RDtBQUFBLEVBQ0Y7QUFDRjtBQU9BLFNBQVMsWUFDUCxPQUNBLFlBQ3lDO0FBQ3pDLFFBQU0sUUFBa0IsQ0FBQyxFQUFFO0FBQzNCLFFBQU0sUUFBMEMsQ0FBQztBQUNqRCxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLEtBQUssU0FBUyxRQUFRO0FBQ3hCLFlBQU0sTUFBTSxTQUFTLENBQUMsS0FBSyxLQUFLO0FBQUEsSUFDbEMsV0FBVyxLQUFLLFNBQVMsWUFBWTtBQUNuQyxZQUFNLEtBQUssYUFBYSxLQUFLLE1BQU0sS0FBSyxVQUFVLGFBQWEsTUFBUyxDQUFDO0FBQ3pFLFlBQU0sS0FBSyxFQUFFO0FBQUEsSUFDZixPQUFPO0FBQ0wsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0EsU0FBTyxTQUFTLE9BQU8sS0FBSztBQUM5QjtBQUVBLFNBQVMsYUFDUCxNQUNBLFlBQzJCO0FBQzNCLFFBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsTUFBSSxLQUFLLFdBQVcsS0FBSyxRQUFRLFFBQVc7QUFDMUMsV0FBTyxlQUFlLFNBQ2xCLENBQUMsU0FBUyxPQUFPLFFBQVEsTUFBTSxHQUFHLENBQUMsSUFDbkMsQ0FBQyxTQUFTLFdBQVcsT0FBTyxRQUFRLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNyRDtBQUNBLFNBQU8sZUFBZSxTQUNsQixDQUFDLFNBQVMsT0FBTyxZQUFZLE1BQU0sSUFBSSxDQUFDLElBQ3hDLENBQUMsU0FBUyxXQUFXLE9BQU8sWUFBWSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQzFEO0FBR0EsSUFBTSxlQUFOLE1BQW1CO0FBQUEsRUFHakIsWUFDbUIsT0FDQSxZQUNBLFVBQ2pCO0FBSGlCO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFIZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBTEYsZUFBZSxvQkFBSSxJQUE2QjtBQUFBLEVBUWpFLFFBQVEsT0FBMEM7QUFFaEQsVUFBTSxRQUFrQixDQUFDLEVBQUU7QUFDM0IsVUFBTSxRQUFvQixDQUFDO0FBQzNCLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxTQUFTLFFBQVE7QUFDeEIsY0FBTSxNQUFNLFNBQVMsQ0FBQyxLQUFLLEtBQUs7QUFBQSxNQUNsQyxPQUFPO0FBQ0wsY0FBTSxLQUFLLEtBQUssWUFBWSxJQUFJLENBQUM7QUFDakMsY0FBTSxLQUFLLEVBQUU7QUFBQSxNQUNmO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUyxPQUFPLEtBQUs7QUFBQSxFQUM5QjtBQUFBLEVBRVEsWUFBWSxNQUF5RDtBQUMzRSxZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFDSCxlQUFPLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxVQUFVLEtBQUssYUFBYSxNQUFTO0FBQUEsTUFDNUUsS0FBSztBQUNILGVBQU8sS0FBSyxXQUFXLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxRQUFRLEtBQUssUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLEtBQUssTUFBTSxJQUFJO0FBQUEsTUFDN0csS0FBSztBQUNILGVBQU8sS0FBSyxRQUFRLEtBQUssTUFBTSxLQUFLLFdBQVc7QUFBQSxJQUNuRDtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFNBQVMsTUFBeUIsWUFBOEQ7QUFDdEcsVUFBTSxNQUFNLEtBQUssQ0FBQztBQUNsQixRQUFJLEtBQUssV0FBVyxLQUFLLFFBQVEsUUFBVztBQUMxQyxhQUFPLGVBQWUsU0FDbEIsQ0FBQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFFBQVEsR0FBRyxDQUFDLElBQ3ZDLENBQUMsTUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFFBQVEsR0FBRyxDQUFDLENBQUM7QUFBQSxJQUN6RDtBQUNBLFdBQU8sZUFBZSxTQUNsQixDQUFDLE1BQU0sT0FBTyxXQUFXLEVBQUUsUUFBUSxJQUFJLENBQUMsSUFDeEMsQ0FBQyxNQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzFEO0FBQUEsRUFFUSxTQUFTLE1BQXlCLE1BQTBCO0FBQ2xFLFdBQU8sQ0FBQyxNQUFPLGFBQWEsV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDLElBQUksS0FBSyxDQUFDLElBQUk7QUFBQSxFQUN0RTtBQUFBLEVBRVEsUUFBUSxNQUF5QixNQUFnRTtBQUN2RyxVQUFNLE9BQU8sS0FBSyxRQUFRLEtBQUssUUFBUTtBQUN2QyxXQUFPLENBQUMsTUFBTTtBQUNaLFlBQU0sUUFBUSxXQUFXLEVBQUUsUUFBUSxJQUFJO0FBQ3ZDLFVBQUksYUFBYSxLQUFLLEVBQUcsUUFBTztBQUNoQyxZQUFNLFNBQVMsRUFBRTtBQUNqQixVQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsWUFBSUMsT0FBTTtBQUNWLGlCQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGlCQUFPLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDcEIsVUFBQUEsUUFBTyxLQUFLLENBQUM7QUFDYixpQkFBTyxJQUFJO0FBQUEsUUFDYjtBQUNBLGVBQU9BO0FBQUEsTUFDVDtBQUNBLGFBQU8sS0FBSyxLQUFLO0FBQ2pCLFlBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsYUFBTyxJQUFJO0FBQ1gsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFFUSxRQUFRLE1BQWMsYUFBK0I7QUFFM0QsUUFBSTtBQUNKLFdBQU8sQ0FBQyxNQUFNO0FBQ1osVUFBSSxhQUFhLE9BQVcsWUFBVyxLQUFLLFVBQVUsTUFBTSxXQUFXO0FBQ3ZFLFVBQUksYUFBYSxLQUFNLFFBQU87QUFDOUIsVUFBSSxFQUFFLFNBQVMsa0JBQW1CLE9BQU0sS0FBSyxXQUFXLE1BQU0sb0JBQW9CLGlCQUFpQixTQUFTO0FBQzVHLFVBQUksRUFBRSxFQUFFLFdBQVcscUJBQXFCO0FBQ3RDLGNBQU0sS0FBSyxXQUFXLE1BQU0sMEJBQTBCLG1CQUFtQixzQkFBc0I7QUFBQSxNQUNqRztBQUNBLFFBQUU7QUFDRixZQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ3RCLFFBQUU7QUFDRixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR1EsVUFBVSxNQUFjLGFBQXNDO0FBQ3BFLFVBQU0sTUFBTSxHQUFHLFdBQVcsS0FBUyxJQUFJO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLGFBQWEsSUFBSSxHQUFHO0FBQ3hDLFFBQUksV0FBVyxPQUFXLFFBQU87QUFDakMsVUFBTSxXQUFXLEtBQUssTUFBTSxNQUFNLElBQUksSUFBSTtBQUMxQyxRQUFJQyxNQUFzQjtBQUMxQixRQUFJLGFBQWEsUUFBVztBQUMxQixZQUFNLFFBQ0osZ0JBQWdCLEtBQ1osU0FBUyxRQUNULGNBQWMsWUFBWSxTQUFTLFFBQVEsV0FBVyxHQUFHLEVBQUUsWUFBWSxNQUFNLE9BQU8sV0FBVyxDQUFDO0FBQ3RHLE1BQUFBLE1BQUssS0FBSyxRQUFRLEtBQUs7QUFBQSxJQUN6QjtBQUNBLFNBQUssYUFBYSxJQUFJLEtBQUtBLEdBQUU7QUFDN0IsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxXQUFXLE1BQWMsTUFBaUM7QUFDaEUsV0FBTyxJQUFJO0FBQUEsTUFDVCxZQUFZLElBQUksYUFBYSxJQUFJO0FBQUEsTUFFakMsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPLEtBQUssU0FBUyxTQUFTLFdBQVc7QUFBQSxJQUMvRDtBQUFBLEVBQ0Y7QUFDRjtBQU1BLFNBQVMsU0FBWSxPQUEwQixPQUE4RDtBQUUzRyxRQUFNLENBQUMsS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUk7QUFDeEUsUUFBTSxDQUFDLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxFQUFFLElBQUk7QUFDakMsVUFBUSxNQUFNLFFBQVE7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxNQUFNO0FBQUEsSUFDZixLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sT0FBTyxLQUFNLEtBQWMsQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUk7QUFBQSxJQUMvRSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQU0sS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDOUQsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDckYsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJLEtBQU0sR0FBWSxDQUFDLElBQUk7QUFBQSxJQUM1RyxLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQ04sS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkO0FBQUEsSUFDSixLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQ04sS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2Q7QUFBQSxJQUNKLFNBQVM7QUFDUCxZQUFNLFFBQVEsTUFBTTtBQUNwQixhQUFPLENBQUMsTUFBTTtBQUNaLFlBQUksTUFBTTtBQUNWLGlCQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sSUFBSyxRQUFRLE1BQU0sQ0FBQyxFQUFXLENBQUMsSUFBSSxNQUFNLElBQUksQ0FBQztBQUMxRSxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFlBQVksUUFBZ0IsYUFBNkI7QUFDaEUsU0FBTyxPQUNKLE1BQU0sSUFBSSxFQUNWLElBQUksQ0FBQ0MsVUFBVUEsTUFBSyxTQUFTLElBQUksY0FBY0EsUUFBT0EsS0FBSyxFQUMzRCxLQUFLLElBQUk7QUFDZDs7O0FDek9BLElBQU0sZUFBa0QsT0FBTyxPQUFPLENBQUMsQ0FBQztBQVNqRSxTQUFTLGNBQWNDLFNBQXNCLFVBQWdDLENBQUMsR0FBbUI7QUFDdEcsUUFBTSxTQUFTLFFBQVEsVUFBVTtBQUNqQyxRQUFNLE9BQTZCLEVBQUUsWUFBWUEsUUFBTyxLQUFLO0FBQzdELE1BQUksUUFBUSxTQUFTLE9BQVcsTUFBSyxPQUFPLFFBQVE7QUFDcEQsUUFBTSxVQUFVLGdCQUFnQixRQUFRLFVBQVUsSUFBSTtBQUN0RCxRQUFNLFVBQVUsQ0FBQyxRQUFnQixPQUFlQyxVQUFvQztBQUNsRixVQUFNLFdBQWlDLEVBQUUsR0FBRyxNQUFNLE1BQU07QUFDeEQsUUFBSUEsVUFBUyxPQUFXLFVBQVMsT0FBT0E7QUFDeEMsV0FBTyxnQkFBZ0IsUUFBUSxFQUFFLFNBQVMsU0FBUyxRQUFRLFNBQVMsQ0FBQztBQUFBLEVBQ3ZFO0FBRUEsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJRCxRQUFPLFNBQVMsUUFBUTtBQUMxQixRQUFJLE9BQU9BLFFBQU8sYUFBYSxVQUFVO0FBQ3ZDLFlBQU0sSUFBSSxrQkFBa0Isa0VBQWtFO0FBQUEsUUFDNUYsR0FBRztBQUFBLFFBQ0gsT0FBTztBQUFBLE1BQ1QsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLFFBQVFBLFFBQU8sVUFBVSxZQUFZLFFBQVEsWUFBWTtBQUFBLEVBQ2xFLFdBQVdBLFFBQU8sU0FBUyxRQUFRO0FBQ2pDLGVBQVcsZ0JBQWdCQSxRQUFPLFVBQVUsTUFBTSxPQUFPO0FBQUEsRUFDM0QsT0FBTztBQUNMLFVBQU0sSUFBSSxrQkFBa0IsdUJBQXVCLEtBQUssVUFBVUEsUUFBTyxJQUFJLENBQUMsMEJBQTBCO0FBQUEsTUFDdEcsR0FBRztBQUFBLE1BQ0gsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFFQSxRQUFNLFlBQVksU0FBUyxTQUFZLENBQUMsSUFBSSxJQUFJLFlBQVksWUFBWSxDQUFDLENBQUM7QUFDMUUsUUFBTSxPQUFPLGNBQWMsU0FBUztBQUNwQyxRQUFNLFdBQVdBLFFBQU8sT0FBTyxXQUFXLFVBQWFBLFFBQU8sT0FBTyxXQUFXO0FBQ2hGLFFBQU1FLGVBQWMsY0FBY0YsU0FBUSxNQUFNLElBQUk7QUFDcEQsUUFBTSxZQUFZLFlBQVksZ0JBQWdCRSxZQUFXLElBQUlBLGFBQVksYUFBYSxLQUFLO0FBQzNGLFFBQU0sV0FBVyxXQUFXRixTQUFRLElBQUk7QUFDeEMsU0FBTyxJQUFJLE9BQU9BLFNBQVFFLGNBQWEsV0FBVyxLQUFLLFVBQVUsUUFBUSxVQUFVLE1BQU0sUUFBUTtBQUNuRztBQVFPLFNBQVMsZUFBZUYsU0FBZ0M7QUFDN0QsUUFBTSxRQUFRLG9CQUFJLElBQVk7QUFDOUIsUUFBTSxNQUFNLENBQUMsUUFBaUIsVUFBd0I7QUFDcEQsUUFBSSxPQUFPLFdBQVcsU0FBVTtBQUNoQyxlQUFXLFFBQVEsZ0JBQWdCLFFBQVEsRUFBRSxZQUFZQSxRQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUUsU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLEVBQ3pHO0FBQ0EsTUFBSUEsUUFBTyxVQUFVLFVBQVU7QUFDL0IsTUFBSSxNQUFNLFFBQVFBLFFBQU8sUUFBUSxHQUFHO0FBQ2xDLElBQUFBLFFBQU8sU0FBUyxRQUFRLENBQUMsU0FBUyxNQUFNO0FBQ3RDLFVBQUksT0FBTyxZQUFZLFlBQVksWUFBWSxRQUFRLGFBQWEsU0FBUztBQUMzRSxZQUFJLFFBQVEsU0FBUyxZQUFZLENBQUMsV0FBVztBQUFBLE1BQy9DO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUs7QUFDbEI7QUFFQSxJQUFNLFNBQU4sTUFBdUM7QUFBQSxFQUNyQyxZQUNXQSxTQUNBRSxjQUNBLFdBQ0EsVUFDUSxRQUNBLFVBQ0EsTUFDQSxVQUNqQjtBQVJTLGtCQUFBRjtBQUNBLHVCQUFBRTtBQUNBO0FBQ0E7QUFDUTtBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFSUTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUduQixPQUFPLE1BQWdDLFNBQWlDO0FBQ3RFLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFFBQUksU0FBUyxRQUFXO0FBQ3RCLFlBQU0sSUFBSTtBQUFBLFFBQ1IsV0FBVyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxLQUFLLE1BQU0sTUFBTSxTQUFTLFVBQVUsS0FBSyxRQUFRLE1BQVM7QUFDeEUsV0FBTyxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzFCO0FBQUEsRUFFQSxlQUNFLE1BQ0EsY0FDQSxTQUNlO0FBQ2YsVUFBTSxXQUFXLEtBQUs7QUFDdEIsUUFBSSxhQUFhLFFBQVc7QUFDMUIsWUFBTSxJQUFJO0FBQUEsUUFDUixXQUFXLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDekI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLFNBQVMsVUFBVSxLQUFLO0FBQ3ZDLFVBQU0sU0FBNkIsQ0FBQztBQUNwQyxVQUFNLFdBQVcsa0JBQWtCLFVBQVUsY0FBYyxRQUFRLE1BQU07QUFDekUsVUFBTSxRQUFRLEtBQUssTUFBTSxNQUFNLFFBQVEsTUFBTTtBQUM3QyxVQUFNLE1BQXFCLENBQUM7QUFDNUIsZUFBVyxXQUFXLFVBQVU7QUFDOUIsVUFBSSxRQUFRLFNBQVMsV0FBVztBQUM5QixZQUFJLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxTQUFTLFFBQVEsU0FBUyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQUEsTUFDMUUsT0FBTztBQUNMLG1CQUFXLEtBQUssU0FBUyxJQUFJLFFBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFJLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsUUFBUSxDQUFDO0FBQUEsTUFDakc7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTVEsTUFDTixNQUNBLFFBQ0EsYUFDeUI7QUFDekIsUUFBSSxTQUFTLFdBQWMsT0FBTyxTQUFTLFlBQVksU0FBUyxRQUFRLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDNUYsWUFBTSxRQUFRLEVBQUUsTUFBTSxDQUFDLEdBQUcsTUFBTSxnQkFBZ0IsU0FBUyxvQ0FBb0MsU0FBUyxJQUFJLENBQUMsR0FBRztBQUM5RyxZQUFNLElBQUksaUJBQWlCLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxTQUFTLENBQUMsR0FBSSxlQUFlLENBQUMsR0FBSSxLQUFLLENBQUM7QUFBQSxJQUNuRztBQUNBLFVBQU0sUUFBUSxLQUFLLGFBQWEsU0FBYSxRQUFRLGVBQWdCLGFBQWEsS0FBSyxVQUFVLElBQUk7QUFDckcsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxRQUFRO0FBQ1YsWUFBTSxTQUFTLEtBQUssWUFBWSxTQUFTLEtBQUs7QUFDOUMsVUFBSSxPQUFPLEdBQUksU0FBUSxPQUFPO0FBQUEsVUFDekIsVUFBUyxXQUFXLFNBQVksT0FBTyxTQUFTLENBQUMsR0FBRyxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQUEsSUFDbkY7QUFDQSxRQUFJLFdBQVcsVUFBYSxPQUFPLFNBQVMsR0FBRztBQUM3QyxZQUFNLElBQUksaUJBQWlCLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxTQUFTLE1BQU07QUFBQSxJQUMxRTtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxRQUFnQjtBQUN0QixXQUFPLEdBQUcsS0FBSyxPQUFPLElBQUksSUFBSSxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ25EO0FBQ0Y7QUFFQSxTQUFTLGdCQUNQLFFBQ0EsTUFDNkI7QUFDN0IsTUFBSSxXQUFXLE9BQVcsUUFBTztBQUNqQyxTQUFPLENBQUMsU0FBUztBQUNmLFVBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxRQUFJLFFBQVEsU0FBUyxVQUFVLE9BQU8sUUFBUSxhQUFhLFVBQVU7QUFDbkUsWUFBTSxJQUFJO0FBQUEsUUFDUixZQUFZLElBQUksVUFBVSxPQUFPLFFBQVEsSUFBSSxDQUFDLDJFQUN0QixJQUFJO0FBQUEsUUFDNUIsRUFBRSxHQUFHLE1BQU0sT0FBTyxXQUFXO0FBQUEsTUFDL0I7QUFBQSxJQUNGO0FBQ0EsV0FBTyxRQUFRO0FBQUEsRUFDakI7QUFDRjtBQUVBLFNBQVMsZ0JBQ1AsVUFDQSxNQUNBLFNBQ21CO0FBQ25CLE1BQUksQ0FBQyxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzVCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLEVBQUUsR0FBRyxNQUFNLE9BQU8sV0FBVztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUNBLFNBQU8sU0FBUyxJQUFJLENBQUMsT0FBZ0IsTUFBdUI7QUFDMUQsVUFBTSxRQUFRLFlBQVksQ0FBQztBQUMzQixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsTUFBTTtBQUMvQyxZQUFNLElBQUk7QUFDVixVQUFJLE9BQU8sRUFBRSxnQkFBZ0IsWUFBWSxFQUFFLFlBQVksVUFBYSxFQUFFLFNBQVMsUUFBVztBQUN4RixlQUFPLEVBQUUsTUFBTSxlQUFlLE1BQU0sRUFBRSxZQUFZO0FBQUEsTUFDcEQ7QUFDQSxVQUFJLE9BQU8sRUFBRSxTQUFTLFlBQVksRUFBRSxTQUFTLE1BQU0sT0FBTyxFQUFFLFlBQVksVUFBVTtBQUNoRixlQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sRUFBRSxNQUFNLFVBQVUsUUFBUSxFQUFFLFNBQVMsR0FBRyxLQUFLLFVBQVUsRUFBRTtBQUFBLE1BQzNGO0FBQUEsSUFDRjtBQUNBLFVBQU0sSUFBSTtBQUFBLE1BQ1IsdUZBQXVGLFNBQVMsS0FBSyxDQUFDO0FBQUEsTUFFdEcsRUFBRSxHQUFHLE1BQU0sTUFBTTtBQUFBLElBQ25CO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLFlBQVksVUFBMEQ7QUFDN0UsUUFBTSxZQUFnQyxDQUFDO0FBQ3ZDLGFBQVcsS0FBSyxTQUFVLEtBQUksRUFBRSxTQUFTLFVBQVcsV0FBVSxLQUFLLEVBQUUsUUFBUTtBQUM3RSxTQUFPO0FBQ1Q7QUFVQSxTQUFTLGNBQWMsV0FBdUQ7QUFDNUUsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsUUFBTSxNQUFNLG9CQUFJLElBQVk7QUFDNUIsUUFBTSxTQUFTLG9CQUFJLElBQVk7QUFDL0IsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsYUFBVyxLQUFLLFdBQVc7QUFDekIsZUFBVyxRQUFRLEVBQUUsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQ3pELGVBQVcsUUFBUSxFQUFFLFNBQVMsSUFBSyxLQUFJLElBQUksSUFBSTtBQUMvQyxlQUFXLFFBQVEsRUFBRSxTQUFTLE9BQVEsUUFBTyxJQUFJLElBQUk7QUFDckQsZUFBVyxRQUFRLEVBQUUsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQUEsRUFDM0Q7QUFHQSxRQUFNQyxZQUFXLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsR0FBRyxLQUFLLEdBQUcsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLFNBQVMsSUFBSSxJQUFJLENBQUM7QUFDdkYsU0FBTyxFQUFFLFVBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxVQUFBQSxXQUFVLEtBQUssQ0FBQyxHQUFHLEdBQUcsR0FBRyxVQUFVLENBQUMsR0FBRyxRQUFRLEVBQUU7QUFDckY7QUFHQSxTQUFTLGNBQWNILFNBQXNCLE1BQXFCLE1BQXlDO0FBQ3pHLFFBQU0sV0FBV0EsUUFBTyxPQUFPO0FBQy9CLE1BQUksYUFBYSxVQUFhLGFBQWEsS0FBTSxRQUFPLG9CQUFvQixLQUFLLFVBQVUsS0FBSyxRQUFRO0FBQ3hHLFFBQU0sU0FBUyxtQkFBbUIsVUFBVSxFQUFFLEdBQUcsTUFBTSxPQUFPLGVBQWUsQ0FBQztBQUU5RSxNQUFJLENBQUMsZ0JBQWdCLE1BQU0sRUFBRyxRQUFPO0FBQ3JDLFFBQU0sUUFBUSxJQUFJLElBQUksT0FBTyxVQUFVO0FBQ3ZDLFFBQU0sYUFBYSxLQUFLLElBQUksT0FBTyxDQUFDLFNBQVMsQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQzdELE1BQUksV0FBVyxTQUFTLEdBQUc7QUFDekIsVUFBTSxPQUFPLFdBQVcsSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFDdEQsVUFBTSxDQUFDLElBQUksSUFBSSxJQUFJLFdBQVcsV0FBVyxJQUFJLENBQUMsWUFBWSxJQUFJLElBQUksQ0FBQyxhQUFhLE1BQU07QUFDdEYsVUFBTSxJQUFJO0FBQUEsTUFDUixxQkFBcUIsRUFBRSxJQUFJLElBQUksZ0RBQWdELElBQUksaUNBQ3BFLElBQUk7QUFBQSxNQUNuQixFQUFFLEdBQUcsTUFBTSxPQUFPLGVBQWU7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFNQSxTQUFTLGFBQ1AsVUFDQSxNQUN5QjtBQUN6QixRQUFNLFFBQWlDLEVBQUUsR0FBRyxVQUFVLEdBQUcsS0FBSztBQUM5RCxNQUFJLFNBQVMsUUFBVztBQUN0QixlQUFXLE9BQU8sVUFBVTtBQUMxQixVQUFJLE1BQU0sR0FBRyxNQUFNLFVBQWEsT0FBTyxPQUFPLFVBQVUsR0FBRyxFQUFHLE9BQU0sR0FBRyxJQUFJLFNBQVMsR0FBRztBQUFBLElBQ3pGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFFBQThCO0FBQ3JELFFBQU0sYUFBYSxPQUFPLFdBQVc7QUFDckMsU0FBTyxPQUFPLGVBQWUsWUFBWSxlQUFlO0FBQzFEO0FBRUEsU0FBUyxXQUFXQSxTQUFzQixNQUEyRTtBQUNuSCxRQUFNLFdBQW9CQSxRQUFPLE9BQU87QUFDeEMsTUFBSSxhQUFhLFVBQWEsYUFBYSxLQUFNLFFBQU87QUFDeEQsTUFBSSxPQUFPLGFBQWEsWUFBWSxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzNELFVBQU0sSUFBSSxrQkFBa0IsMkRBQTJELFNBQVMsUUFBUSxDQUFDLElBQUk7QUFBQSxNQUMzRyxHQUFHO0FBQUEsTUFDSCxPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sT0FBTyxLQUFLLFFBQVEsRUFBRSxXQUFXLElBQUksU0FBYTtBQUMzRDtBQUdBLFNBQVMsa0JBQ1AsVUFDQSxjQUNBLFFBQ0EsUUFDcUM7QUFDckMsUUFBTSxTQUFTLG9CQUFJLElBQW9DO0FBQ3ZELGFBQVcsV0FBVyxVQUFVO0FBQzlCLFFBQUksUUFBUSxTQUFTLGlCQUFpQixPQUFPLElBQUksUUFBUSxJQUFJLEVBQUc7QUFDaEUsVUFBTSxPQUFPLFFBQVE7QUFDckIsVUFBTSxRQUNKLGlCQUFpQixVQUFhLGlCQUFpQixRQUFRLE9BQU8sT0FBTyxjQUFjLElBQUksSUFDbkYsYUFBYSxJQUFJLElBQ2pCO0FBQ04sUUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBSSxRQUFRO0FBQ1YsZUFBTyxLQUFLO0FBQUEsVUFDVixNQUFNLENBQUMsSUFBSTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sU0FBUyxnQkFBZ0IsSUFBSTtBQUFBLFFBQy9CLENBQUM7QUFBQSxNQUNIO0FBQ0E7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDekIsYUFBTyxLQUFLO0FBQUEsUUFDVixNQUFNLENBQUMsSUFBSTtBQUFBLFFBQ1gsTUFBTTtBQUFBLFFBQ04sU0FBUyxnQkFBZ0IsSUFBSSx5REFBeUQsU0FBUyxLQUFLLENBQUM7QUFBQSxNQUN2RyxDQUFDO0FBQ0Q7QUFBQSxJQUNGO0FBQ0EsUUFBSUksU0FBUTtBQUNaLFVBQU0sUUFBUSxDQUFDLEdBQVksTUFBTTtBQUMvQixVQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sTUFBTTtBQUN2QyxRQUFBQSxTQUFRO0FBQ1IsZUFBTyxLQUFLO0FBQUEsVUFDVixNQUFNLENBQUMsTUFBTSxDQUFDO0FBQUEsVUFDZCxNQUFNO0FBQUEsVUFDTixTQUFTLGtDQUFrQyxTQUFTLENBQUMsQ0FBQztBQUFBLFFBQ3hELENBQUM7QUFDRDtBQUFBLE1BQ0Y7QUFDQSxZQUFNLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDMUIsVUFBSSxPQUFPLFNBQVMsWUFBWSxTQUFTLElBQUk7QUFDM0MsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsTUFBTSxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsNkJBQTZCLENBQUM7QUFBQSxNQUN0RztBQUNBLFVBQUksT0FBTyxZQUFZLFVBQVU7QUFDL0IsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsU0FBUyxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsbUJBQW1CLENBQUM7QUFBQSxNQUMvRjtBQUFBLElBQ0YsQ0FBQztBQUNELFFBQUlBLE9BQU8sUUFBTyxJQUFJLE1BQU0sS0FBK0I7QUFBQSxFQUM3RDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsU0FBUyxPQUF3QjtBQUN4QyxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2pDLFNBQU8sT0FBTyxVQUFVLFdBQVcsY0FBYyxLQUFLLE9BQU8sS0FBSztBQUNwRTs7O0FDdmJBLE9BQU8sV0FBVztBQUNsQixZQUFZQyxRQUFPOzs7QUNDWixJQUFNLGtCQUFrQjtBQUUvQixJQUFNLGVBQWU7QUFHZCxTQUFTLFlBQVksTUFBK0I7QUFDekQsU0FBTyxPQUFPLFNBQVMsWUFBWSxLQUFLLFVBQVUsbUJBQW1CLGFBQWEsS0FBSyxJQUFJO0FBQzdGO0FBR08sU0FBUyxtQkFBbUIsTUFBbUM7QUFDcEUsTUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLHVDQUF1QyxPQUFPLElBQUk7QUFDdkYsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLE1BQUksS0FBSyxTQUFTO0FBQ2hCLFdBQU8saUNBQWlDLGVBQWUsb0JBQW9CLEtBQUssTUFBTTtBQUN4RixNQUFJLGFBQWEsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFdBQU0sSUFBSTtBQUM5RSxTQUNFLHVCQUF1QixLQUFLO0FBR2hDOzs7QURYTyxJQUFNLGdCQUFnQjtBQUFBLEVBQzNCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBR08sSUFBTSxnQkFBZ0I7QUFHdEIsSUFBTSxlQUFlO0FBR3JCLElBQU0sc0JBQXNCO0FBR25DLElBQU0saUJBQWlCO0FBT3ZCLElBQU0sZ0JBQWdCLENBQUMsVUFBMkIsTUFBTSxLQUFLLE1BQU07QUFFbkUsSUFBTSxhQUNILFVBQU87QUFBQSxFQUNOLE9BQU8sQ0FBQyxRQUNOLElBQUksVUFBVSxTQUNWLHNFQUNBLG1CQUFtQixJQUFJLEtBQUs7QUFDcEMsQ0FBQyxFQUNBLE1BQVEsVUFBTyxhQUFhLEVBQUUsT0FBTyxDQUFDLFFBQVEsbUJBQW1CLElBQUksS0FBSyxFQUFFLENBQUMsQ0FBQztBQUVqRixJQUFNLGdCQUNILFVBQU87QUFBQSxFQUNOLE9BQU8sQ0FBQyxRQUNOLElBQUksVUFBVSxTQUNWLG9GQUNBLE9BQU8sSUFBSSxVQUFVLFdBQ25CLHFFQUFxRSxPQUFPLElBQUksS0FBSyxDQUFDLDRCQUE0QixhQUFhLElBQUksS0FBSyxDQUFDLGtCQUN6SSwwREFBMEQsY0FBYyxJQUFJLEtBQUssQ0FBQztBQUM1RixDQUFDLEVBQ0E7QUFBQSxFQUNHLFVBQU8sZUFBZTtBQUFBLElBQ3RCLE9BQU8sQ0FBQyxRQUFRO0FBQ2QsWUFBTSxVQUFVLE9BQU8sSUFBSSxVQUFVLFdBQVcsTUFBTSxJQUFJLEtBQUssSUFBSTtBQUNuRSxhQUNFLHdGQUF3RixLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUMsTUFDaEgsWUFBWSxPQUFPLEtBQUssWUFBWSxPQUFPO0FBQUEsSUFFaEQ7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVGLFNBQVMsYUFBYSxPQUF1QjtBQUMzQyxRQUFNLE9BQU8sT0FBTyxLQUFLO0FBQ3pCLFNBQU8sS0FBSyxTQUFTLEdBQUcsSUFBSSxHQUFHLElBQUksT0FBTyxHQUFHLElBQUk7QUFDbkQ7QUFFQSxJQUFNLGVBQWlCO0FBQUEsRUFDbkIsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLGlDQUFpQyxjQUFjLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxFQUFFO0FBQUEsSUFDdEYsVUFBTyxDQUFDLFVBQVUsY0FBYyxLQUFLLEtBQUssR0FBRztBQUFBLE1BQzdDLE9BQU8sQ0FBQyxRQUNOLGlCQUFpQixLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUM7QUFBQSxJQUM5QyxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0E7QUFBQSxJQUNFLE9BQU8sQ0FBQyxRQUFRLHdFQUF3RSxjQUFjLElBQUksS0FBSyxDQUFDO0FBQUEsRUFDbEg7QUFDRjtBQUVBLElBQU0sYUFBZSxRQUFLLENBQUMsUUFBUSxNQUFNLEdBQUc7QUFBQSxFQUMxQyxPQUFPLENBQUMsUUFDTix1QkFBdUIsS0FBSyxVQUFVLElBQUksS0FBSyxDQUFDLDhEQUMvQyxPQUFPLElBQUksVUFBVSxXQUFXLEtBQUssSUFBSSxPQUFPLENBQUMsUUFBUSxNQUFNLENBQUMsSUFBSTtBQUN6RSxDQUFDO0FBRUQsSUFBTSxpQkFBbUIsVUFBTztBQUFBLEVBQzlCLE9BQU8sQ0FBQyxRQUNOLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDLE1BQ2pGLE1BQU0sUUFBUSxJQUFJLEtBQUssSUFBSSwyREFBMkQ7QUFDM0YsQ0FBQztBQUVELElBQU0sZ0JBQWtCLFdBQVEsRUFBRTtBQUFBLEVBQzlCLGVBQVksQ0FBQyxPQUFPLFFBQVE7QUFDNUIsVUFBTSxVQUFVLHNCQUFzQixLQUFLO0FBQzNDLFFBQUksWUFBWTtBQUNkLFVBQUksU0FBUyxFQUFFLE1BQU0sVUFBVSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsTUFBTSxPQUFPLE1BQU0sQ0FBQztBQUFBLEVBQy9GLENBQUM7QUFDSDtBQUVBLElBQU0saUJBQW1CLFNBQU0sZUFBZTtBQUFBLEVBQzVDLE9BQU8sQ0FBQyxRQUNOLGtGQUFrRixjQUFjLElBQUksS0FBSyxDQUFDO0FBQzlHLENBQUM7QUFFRCxJQUFNLFdBQVcsQ0FBQyxTQUNkLFdBQVEsRUFBRTtBQUFBLEVBQ1IsZUFBWSxDQUFDLE9BQU8sUUFBUTtBQUM1QixVQUFNLFVBQVUsWUFBWSxPQUFPLENBQUMsR0FBRyxDQUFDO0FBQ3hDLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFVBQUksU0FBUztBQUFBLFFBQ1gsTUFBTTtBQUFBLFFBQ04sU0FBUyxHQUFHLElBQUksMkVBQTJFLFFBQVEsT0FBTztBQUFBLFFBQzFHLE1BQU0sUUFBUTtBQUFBLFFBQ2QsT0FBTztBQUFBLE1BQ1QsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVGLElBQU0saUJBQW1CLFVBQVMsVUFBTyxHQUFLLFdBQVEsR0FBRztBQUFBLEVBQ3ZELE9BQU8sQ0FBQyxRQUFRLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDO0FBQ3BHLENBQUM7QUFFRCxJQUFNLGNBQWdCO0FBQUEsRUFDcEIsRUFBRSxRQUFVLFlBQVcsV0FBUSxDQUFDLEdBQUcsU0FBVyxZQUFTLGNBQWMsRUFBRTtBQUFBLEVBQ3ZFLEVBQUUsT0FBTyxDQUFDLFFBQVEsWUFBWSxLQUFLLFdBQVcsQ0FBQyxVQUFVLFNBQVMsQ0FBQyxFQUFFO0FBQ3ZFO0FBRUEsSUFBTSxlQUFpQjtBQUFBLEVBQ3JCLEVBQUUsUUFBVSxZQUFXLFdBQVEsQ0FBQyxFQUFFO0FBQUEsRUFDbEMsRUFBRSxPQUFPLENBQUMsUUFBUSxZQUFZLEtBQUssWUFBWSxDQUFDLFFBQVEsQ0FBQyxFQUFFO0FBQzdEO0FBRUEsSUFBTSxpQkFBaUIsQ0FBQyxVQUNwQixZQUFXLFVBQU8sRUFBRSxPQUFPLENBQUMsUUFBUSxJQUFJLEtBQUssMkJBQTJCLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUM7QUFFekcsSUFBTSxpQkFBbUI7QUFBQSxFQUN2QjtBQUFBLElBQ0UsYUFBYSxlQUFlLHNCQUFzQjtBQUFBLElBQ2xELE9BQU8sZUFBZSxnQkFBZ0I7QUFBQSxJQUN0QyxNQUFRO0FBQUEsTUFDSixTQUFRLFVBQU8sRUFBRSxPQUFPLENBQUMsUUFBUSwrQkFBK0IsY0FBYyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRztBQUFBLFFBQy9GLE9BQU8sQ0FBQyxRQUFRLGtEQUFrRCxjQUFjLElBQUksS0FBSyxDQUFDO0FBQUEsTUFDNUYsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQUEsRUFDQSxFQUFFLE9BQU8sQ0FBQyxRQUFRLHdFQUFtRSxjQUFjLElBQUksS0FBSyxDQUFDLEdBQUc7QUFDbEg7QUFFQSxJQUFNLGFBQWUsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLGdDQUFnQyxjQUFjLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDeEcsVUFBTyxDQUFDLFNBQVMsYUFBYSxLQUFLLElBQUksR0FBRztBQUFBLElBQzFDLE9BQU8sQ0FBQyxRQUNOLHFFQUFxRSxLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUM7QUFBQSxFQUVsRyxDQUFDO0FBQ0g7QUFFQSxJQUFNLGVBQWlCO0FBQUEsRUFDckI7QUFBQSxJQUNFLE1BQU07QUFBQSxJQUNOLFNBQVM7QUFBQSxJQUNULFFBQVUsWUFBUyxZQUFZO0FBQUEsSUFDL0IsTUFBUSxZQUFTLFVBQVU7QUFBQSxJQUMzQixVQUFZLFlBQVMsY0FBYztBQUFBLElBQ25DLFVBQVksWUFBUyxjQUFjO0FBQUEsSUFDbkMsT0FBUyxZQUFTLFdBQVc7QUFBQSxJQUM3QixRQUFVLFlBQVMsWUFBWTtBQUFBLElBQy9CLE9BQVMsWUFBUyxTQUFTLFNBQVMsQ0FBQztBQUFBLElBQ3JDLFVBQVksWUFBUyxjQUFjO0FBQUEsSUFDbkMsTUFBUSxZQUFTLFVBQVU7QUFBQSxFQUM3QjtBQUFBLEVBQ0EsRUFBRSxPQUFPLENBQUMsUUFBUSxZQUFZLEtBQUssbUJBQW1CLGFBQWEsRUFBRTtBQUN2RTtBQUVBLFNBQVMsWUFBWSxLQUFZLE1BQWMsU0FBb0M7QUFDakYsTUFBSSxJQUFJLFNBQVMscUJBQXFCO0FBQ3BDLFVBQU0sTUFBTyxJQUEyQixLQUFLLENBQUMsS0FBSztBQUNuRCxXQUFPLGtCQUFrQixHQUFHLFFBQVEsSUFBSSxHQUFHLEtBQUssS0FBSyxPQUFPLENBQUMsb0JBQW9CLFFBQVEsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUNyRztBQUNBLFNBQU8sR0FBRyxJQUFJLDJCQUEyQixjQUFjLElBQUksS0FBSyxDQUFDO0FBQ25FO0FBRUEsU0FBUyxLQUFLLE9BQWUsWUFBdUM7QUFDbEUsUUFBTSxRQUFRLGFBQWEsT0FBTyxVQUFVO0FBQzVDLFNBQU8sVUFBVSxTQUFZLE1BQU0sbUJBQW1CLEtBQUs7QUFDN0Q7QUFvQ08sU0FBUyxZQUFZLE9BQWdCLFVBQXlDO0FBQ25GLFFBQU0sUUFBUSxPQUFPLGFBQWEsV0FBVyxFQUFFLE1BQU0sU0FBUyxJQUFJLEVBQUUsR0FBRyxTQUFTO0FBQ2hGLFFBQU0sYUFBYSxjQUFjLEtBQUssS0FBSyxZQUFZLE1BQU0sSUFBSSxJQUFJLE1BQU0sT0FBTztBQUNsRixRQUFNLE9BQU8sQ0FBQyxRQUFnQixTQUF5QztBQUNyRSxVQUFNLFFBQVEsZ0JBQWdCLElBQUk7QUFDbEMsVUFBTSxJQUFJLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxPQUFPLE9BQU8sVUFBVSxLQUFLLFNBQVksT0FBTyxXQUFXLENBQUM7QUFBQSxFQUN2RztBQUVBLE1BQUksQ0FBQyxjQUFjLEtBQUssR0FBRztBQUN6QixXQUFPLEtBQUssMkVBQXNFLGNBQWMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQUEsRUFDOUc7QUFDQSxRQUFNLFNBQVMsYUFBYSxVQUFVLGFBQWEsS0FBSyxDQUFDO0FBQ3pELE1BQUksQ0FBQyxPQUFPLFNBQVM7QUFDbkIsVUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLENBQUM7QUFDbkMsVUFBTSxPQUFPLE1BQU0sS0FBSyxJQUFJLENBQUMsWUFBYSxPQUFPLFlBQVksV0FBVyxPQUFPLE9BQU8sSUFBSSxPQUFRO0FBQ2xHLFFBQUksTUFBTSxTQUFTLG9CQUFxQixNQUFLLEtBQUssTUFBTSxLQUFLLENBQUMsS0FBSyxFQUFFO0FBQ3JFLFdBQU8sS0FBSyxNQUFNLFNBQVMsSUFBSTtBQUFBLEVBQ2pDO0FBQ0EsUUFBTSxPQUFPLE9BQU87QUFDcEIsUUFBTSxPQUFPLFlBQVksTUFBTSxJQUFJO0FBRW5DLFFBQU0sU0FBUyxLQUFLO0FBQ3BCLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLGVBQVcsQ0FBQyxPQUFPLEtBQUssS0FBSyxPQUFPLFFBQVEsR0FBRztBQUM3QyxVQUFJLEtBQUssSUFBSSxLQUFLLEVBQUcsTUFBSyxVQUFVLEtBQUssMkNBQTJDLENBQUMsVUFBVSxLQUFLLENBQUM7QUFDckcsV0FBSyxJQUFJLEtBQUs7QUFBQSxJQUNoQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLEtBQUssYUFBYSxRQUFXO0FBQy9CLFVBQU0sVUFBVSxZQUFZLEtBQUssVUFBVSxDQUFDLEdBQUcsQ0FBQztBQUNoRCxRQUFJLFlBQVksUUFBVztBQUN6QixXQUFLLHFGQUFxRixRQUFRLE9BQU8sSUFBSTtBQUFBLFFBQzNHO0FBQUEsUUFDQSxHQUFHLFFBQVE7QUFBQSxNQUNiLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLGFBQVcsS0FBSyxPQUFPLE9BQU8sWUFBWSxJQUFJO0FBQzlDLGNBQVksS0FBSyxRQUFRLE9BQU8sVUFBVTtBQUUxQyxRQUFNQyxVQUF1QixFQUFFLE1BQU0sS0FBSyxNQUFNLFNBQVMsS0FBSyxRQUFRO0FBQ3RFLE1BQUksV0FBVyxPQUFXLENBQUFBLFFBQU8sU0FBUyxDQUFDLEdBQUcsTUFBTTtBQUNwRCxFQUFBQSxRQUFPLE9BQU87QUFDZCxNQUFJLFNBQVMsT0FBUSxDQUFBQSxRQUFPLFdBQVcsS0FBSztBQUFBLE1BQ3ZDLENBQUFBLFFBQU8sV0FBWSxLQUFLLFNBQW1DLElBQUksQ0FBQyxhQUFhLEVBQUUsR0FBRyxRQUFRLEVBQUU7QUFDakcsTUFBSSxLQUFLLFVBQVUsT0FBVyxDQUFBQSxRQUFPLFFBQVEsRUFBRSxHQUFHLEtBQUssTUFBTTtBQUM3RCxNQUFJLEtBQUssV0FBVyxPQUFXLENBQUFBLFFBQU8sU0FBUyxFQUFFLEdBQUcsS0FBSyxPQUFPO0FBQ2hFLE1BQUksS0FBSyxVQUFVLE9BQVcsQ0FBQUEsUUFBTyxRQUFRLEtBQUs7QUFDbEQsTUFBSSxLQUFLLGFBQWEsT0FBVyxDQUFBQSxRQUFPLFdBQVcsRUFBRSxHQUFHLEtBQUssU0FBUztBQUN0RSxNQUFJLEtBQUssU0FBUyxPQUFXLENBQUFBLFFBQU8sT0FBTyxLQUFLO0FBQ2hELFNBQU9BO0FBQ1Q7QUFLQSxTQUFTLGFBQWEsT0FBeUQ7QUFDN0UsTUFBSTtBQUNKLGFBQVcsQ0FBQyxLQUFLLElBQUksS0FBSyxPQUFPLFFBQVEsS0FBSyxHQUFHO0FBQy9DLFFBQUksU0FBUyxRQUFRLFFBQVEsVUFBVSxRQUFRLFVBQVc7QUFDMUQsWUFBUSxFQUFFLEdBQUcsTUFBTTtBQUNuQixXQUFPLElBQUksR0FBRztBQUFBLEVBQ2hCO0FBQ0EsU0FBTyxPQUFPO0FBQ2hCO0FBRUEsU0FBUyxZQUFZLE1BQW9DLE1BQTZCO0FBQ3BGLFFBQU0sY0FBYyxLQUFLLGFBQWE7QUFDdEMsUUFBTSxjQUFjLEtBQUssYUFBYTtBQUN0QyxNQUFJLE9BQU8sS0FBSztBQUNoQixNQUFJLFNBQVMsUUFBVztBQUN0QixRQUFJLGVBQWUsYUFBYTtBQUM5QjtBQUFBLFFBQ0U7QUFBQSxRQUNBLENBQUMsTUFBTTtBQUFBLE1BQ1Q7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLGVBQWUsQ0FBQyxhQUFhO0FBQ2hDLFdBQUssOEZBQThGLENBQUMsVUFBVSxDQUFDO0FBQUEsSUFDakg7QUFDQSxXQUFPLGNBQWMsU0FBUztBQUFBLEVBQ2hDO0FBQ0EsTUFBSSxTQUFTLFFBQVE7QUFDbkIsUUFBSSxDQUFDLGFBQWE7QUFDaEI7QUFBQSxRQUNFLGNBQ0ksMEdBQ0E7QUFBQSxRQUNKLENBQUMsY0FBYyxhQUFhLFVBQVU7QUFBQSxNQUN4QztBQUFBLElBQ0Y7QUFDQSxRQUFJO0FBQ0YsV0FBSywyRkFBMkYsQ0FBQyxVQUFVLENBQUM7QUFBQSxFQUNoSCxPQUFPO0FBQ0wsUUFBSSxhQUFhO0FBQ2YsV0FBSyxxR0FBcUc7QUFBQSxRQUN4RztBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0g7QUFDQSxRQUFJLENBQUMsYUFBYTtBQUNoQixXQUFLLDBGQUEwRixDQUFDLFVBQVUsQ0FBQztBQUFBLElBQzdHO0FBQ0EsUUFBSSxLQUFLLFNBQVUsV0FBVyxFQUFHLE1BQUssNENBQTRDLENBQUMsVUFBVSxDQUFDO0FBQUEsRUFDaEc7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLHNCQUFzQixPQUF1RTtBQUNwRyxRQUFNLFFBQVE7QUFDZCxNQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsUUFBTyxFQUFFLFNBQVMsR0FBRyxLQUFLLFNBQVMsY0FBYyxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsRUFBRTtBQUMvRixNQUFJLGlCQUFpQixPQUFPO0FBQzFCLFVBQU0sUUFBUSxPQUFPLEtBQUssS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLFFBQVEsYUFBYTtBQUNwRSxRQUFJLFVBQVUsUUFBVztBQUN2QixhQUFPO0FBQUEsUUFDTCxTQUFTLHdFQUF3RSxLQUFLO0FBQUEsUUFDdEYsTUFBTSxDQUFDLEtBQUs7QUFBQSxNQUNkO0FBQUEsSUFDRjtBQUNBLFFBQUksT0FBTyxNQUFNLGdCQUFnQixZQUFZLENBQUMsb0JBQW9CLEtBQUssTUFBTSxXQUFXLEdBQUc7QUFDekYsYUFBTztBQUFBLFFBQ0wsU0FBUyx3RkFBd0YsY0FBYyxNQUFNLFdBQVcsQ0FBQztBQUFBLFFBQ2pJLE1BQU0sQ0FBQyxhQUFhO0FBQUEsTUFDdEI7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxhQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssR0FBRztBQUNwQyxRQUFJLFFBQVEsVUFBVSxRQUFRLFdBQVc7QUFDdkMsYUFBTztBQUFBLFFBQ0wsU0FBUyxrQkFBa0IsR0FBRyxpQkFBaUIsS0FBSyxLQUFLLENBQUMsUUFBUSxXQUFXLGFBQWEsQ0FBQyxDQUFDLElBQUksS0FBSztBQUFBLFFBQ3JHLE1BQU0sQ0FBQyxHQUFHO0FBQUEsTUFDWjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFNBQVM7QUFDakIsV0FBTyxFQUFFLFNBQVMsZ0VBQTJELEtBQUssSUFBSSxNQUFNLENBQUMsTUFBTSxFQUFFO0FBQ3ZHLE1BQUksT0FBTyxNQUFNLFNBQVMsWUFBWSxNQUFNLEtBQUssS0FBSyxNQUFNLElBQUk7QUFDOUQsV0FBTztBQUFBLE1BQ0wsU0FBUyx5REFBeUQsY0FBYyxNQUFNLElBQUksQ0FBQztBQUFBLE1BQzNGLE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDZjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sWUFBWTtBQUNwQixXQUFPLEVBQUUsU0FBUyx5REFBeUQsS0FBSyxJQUFJLE1BQU0sQ0FBQyxTQUFTLEVBQUU7QUFDeEcsTUFBSSxPQUFPLE1BQU0sWUFBWSxVQUFVO0FBQ3JDLFdBQU87QUFBQSxNQUNMLFNBQVMseURBQXlELGNBQWMsTUFBTSxPQUFPLENBQUM7QUFBQSxNQUM5RixNQUFNLENBQUMsU0FBUztBQUFBLElBQ2xCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FDUCxPQUNBLE9BQ0EsWUFDQSxNQUNNO0FBQ04sTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxNQUFNLFlBQVksUUFBVztBQUMvQixVQUFNLFVBQVUsWUFBWSxNQUFNLFNBQVMsQ0FBQyxHQUFHLENBQUM7QUFDaEQsUUFBSSxZQUFZLFFBQVc7QUFDekIsV0FBSyx1Q0FBdUMsUUFBUSxPQUFPLElBQUksQ0FBQyxTQUFTLFdBQVcsR0FBRyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3RHO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxXQUFXLFVBQWEsTUFBTSxXQUFXLEtBQU07QUFDekQsUUFBTSxTQUFTLG1CQUFtQixNQUFNLFFBQVEsRUFBRSxHQUFHLE9BQU8sWUFBWSxPQUFPLGVBQWUsQ0FBQztBQUMvRixNQUFJLE1BQU0sWUFBWSxPQUFXO0FBQ2pDLFFBQU0sU0FBUyxPQUFPLFNBQVMsTUFBTSxPQUFPO0FBQzVDLE1BQUksT0FBTyxHQUFJO0FBQ2YsUUFBTSxRQUFRLE9BQU8sT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsU0FBUztBQUM1RCxNQUFJLFVBQVUsT0FBVztBQUN6QixPQUFLLG9EQUFvRCxNQUFNLE9BQU8sSUFBSSxDQUFDLFNBQVMsV0FBVyxHQUFHLE1BQU0sSUFBSSxDQUFDO0FBQy9HO0FBRUEsU0FBUyxZQUNQLFFBQ0EsT0FDQSxZQUNNO0FBQ04sUUFBTSxTQUFTLFFBQVE7QUFDdkIsTUFBSSxXQUFXLFVBQWEsV0FBVyxRQUFRLGlCQUFpQixNQUFNLEVBQUc7QUFDekUseUJBQXVCLFFBQVEsRUFBRSxHQUFHLE9BQU8sWUFBWSxPQUFPLGdCQUFnQixDQUFDO0FBQ2pGO0FBR0EsU0FBUyxZQUNQLE9BQ0EsTUFDQUMsUUFDdUQ7QUFDdkQsTUFBSUEsU0FBUSxlQUFnQixRQUFPLEVBQUUsU0FBUyxvQkFBb0IsY0FBYyxnQkFBZ0IsS0FBSztBQUNyRyxNQUFJLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsVUFBVyxRQUFPO0FBQ3RGLE1BQUksT0FBTyxVQUFVO0FBQ25CLFdBQU8sT0FBTyxTQUFTLEtBQUssSUFBSSxTQUFZLEVBQUUsU0FBUyxHQUFHLE9BQU8sS0FBSyxDQUFDLHlCQUF5QixLQUFLO0FBQ3ZHLE1BQUksTUFBTSxRQUFRLEtBQUssR0FBRztBQUN4QixhQUFTLFFBQVEsR0FBRyxRQUFRLE1BQU0sUUFBUSxTQUFTO0FBQ2pELFlBQU0sVUFBVSxZQUFZLE1BQU0sS0FBSyxHQUFHLENBQUMsR0FBRyxNQUFNLEtBQUssR0FBR0EsU0FBUSxDQUFDO0FBQ3JFLFVBQUksWUFBWSxPQUFXLFFBQU87QUFBQSxJQUNwQztBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxPQUFPLFVBQVUsVUFBVTtBQUM3QixVQUFNLFFBQVEsT0FBTyxlQUFlLEtBQUs7QUFDekMsUUFBSSxVQUFVLE9BQU8sYUFBYSxVQUFVLE1BQU07QUFDaEQsYUFBTztBQUFBLFFBQ0wsU0FBUyxXQUFZLE1BQWlCLGFBQWEsUUFBUSxXQUFXO0FBQUEsUUFDdEU7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLGVBQVcsQ0FBQyxLQUFLLElBQUksS0FBSyxPQUFPLFFBQVEsS0FBSyxHQUFHO0FBQy9DLFVBQUksU0FBUyxPQUFXO0FBQ3hCLFlBQU0sVUFBVSxZQUFZLE1BQU0sQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHQSxTQUFRLENBQUM7QUFDM0QsVUFBSSxZQUFZLE9BQVcsUUFBTztBQUFBLElBQ3BDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLEVBQUUsU0FBUyxTQUFTLGNBQWMsS0FBSyxDQUFDLElBQUksS0FBSztBQUMxRDs7O0FFdGNBLE9BQU8sbUJBQW1CO0FBQzFCLE9BQU8sc0JBQXNCO0FBQzdCLE9BQU8saUJBQWlCO0FBQ3hCLE9BQU8seUJBQXlCO0FBQ2hDLE9BQU8sc0JBQXNCO0FBZ0I3QixJQUFNQyxpQkFBZ0I7QUFNZixTQUFTLFVBQVUsTUFBMEI7QUFDbEQsTUFBSSxPQUFPLFNBQVMsU0FBVSxPQUFNLElBQUksWUFBWSx1Q0FBdUMsT0FBTyxJQUFJLEVBQUU7QUFDeEcsUUFBTSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQzNCLFFBQU0sT0FBTyxPQUFPLEtBQUssT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQ2hELFFBQU0sV0FBVyxPQUFPLEtBQUssU0FBWSxLQUFLLE1BQU0sS0FBSyxDQUFDO0FBQzFELFFBQU0sVUFBVSxtQkFBbUIsSUFBSTtBQUN2QyxNQUFJLFlBQVksT0FBVyxPQUFNLElBQUksWUFBWSxHQUFHLE9BQU8sYUFBYSxLQUFLLFVBQVUsSUFBSSxDQUFDLEdBQUc7QUFDL0YsTUFBSSxhQUFhLE9BQVcscUJBQW9CLFVBQVUsSUFBSTtBQUM5RCxTQUFPLEVBQUUsTUFBTSxTQUFTO0FBQzFCO0FBR08sU0FBUyxvQkFBb0IsVUFBa0IsVUFBa0IsVUFBZ0I7QUFDdEYsTUFBSSxTQUFTLFdBQVcsS0FBSyxTQUFTLFNBQVMsT0FBTyxhQUFhLFFBQVEsTUFBTSxRQUFXO0FBQzFGLFVBQU0sSUFBSTtBQUFBLE1BQ1Isb0JBQW9CLEtBQUssVUFBVSxRQUFRLENBQUMsT0FBTyxLQUFLLFVBQVUsT0FBTyxDQUFDO0FBQUEsSUFFNUU7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLGFBQWEsVUFBNEM7QUFDdkUsTUFBSSxhQUFhLFNBQVUsUUFBTztBQUNsQyxNQUFJLFlBQVksUUFBUSxNQUFNLFNBQVUsUUFBTztBQUMvQyxNQUFJLGlCQUFpQixRQUFRLE1BQU0sS0FBTSxRQUFPO0FBQ2hELE1BQUlBLGVBQWMsS0FBSyxRQUFRLEVBQUcsUUFBTztBQUN6QyxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGdCQUFnQixVQUEyQjtBQUN6RCxTQUFPLGFBQWEsUUFBUSxNQUFNO0FBQ3BDO0FBR08sU0FBUyx1QkFBc0QsVUFBNkI7QUFDakcsU0FBTyxDQUFDLEdBQUcsUUFBUSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sY0FBYyxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUM7QUFDekU7QUFZTyxTQUFTLGdCQUF1QyxVQUF3QixVQUFpQztBQUM5RyxRQUFNLE9BQU8sYUFBYSxRQUFRO0FBQ2xDLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU8sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLFlBQVksUUFBUTtBQUFBLElBQ3BELEtBQUssVUFBVTtBQUNiLFVBQUk7QUFDSixpQkFBVyxLQUFLLFVBQVU7QUFDeEIsWUFBSSxpQkFBaUIsRUFBRSxPQUFPLE1BQU0sS0FBTTtBQUMxQyxZQUFJLFNBQVMsVUFBYSxjQUFjLEVBQUUsU0FBUyxLQUFLLE9BQU8sSUFBSSxFQUFHLFFBQU87QUFBQSxNQUMvRTtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUEsSUFDQSxLQUFLLFNBQVM7QUFDWixZQUFNLFNBQVM7QUFBQSxRQUNiLFNBQVMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQUEsUUFDN0I7QUFBQSxNQUNGO0FBQ0EsYUFBTyxXQUFXLE9BQU8sU0FBWSxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxNQUFNO0FBQUEsSUFDaEY7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxPQUFPLFNBQVMsUUFBUSxDQUFDO0FBQUEsSUFDekQ7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBR08sU0FBUyxTQUFTLFVBQTBEO0FBQ2pGLFFBQU0sTUFBOEIsQ0FBQztBQUNyQyxhQUFXLEtBQUssU0FBVSxZQUFXLFNBQVMsRUFBRSxPQUFRLEtBQUksS0FBSyxJQUFJLEVBQUU7QUFDdkUsU0FBTztBQUNUOzs7QUMzRU8sSUFBTSxnQkFBTixNQUFvQjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFLekIsU0FBUztBQUFBLEVBRUEsVUFBVSxvQkFBSSxJQUFvQztBQUFBLEVBQzNELE9BQXNCLENBQUM7QUFBQSxFQUNkO0FBQUEsRUFDQSxVQUFVLG9CQUFJLFFBQXFCO0FBQUEsRUFFNUMsWUFBWSxVQUFnQyxDQUFDLEdBQUc7QUFDOUMsU0FBSyxXQUFXLFFBQVE7QUFBQSxFQUMxQjtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQWdDO0FBQ3BDLFdBQU8sS0FBSyxXQUFXLEtBQUssS0FBSyxTQUFTLEtBQUssS0FBSyxRQUFRLElBQUksSUFBSTtBQUFBLEVBQ3RFO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLEdBQThCLE1BQVMsVUFBOEM7QUFDbkYsVUFBTUMsTUFBSztBQUNYLFNBQUssUUFBUSxJQUFJLE1BQU0sQ0FBQyxHQUFJLEtBQUssUUFBUSxJQUFJLElBQUksS0FBSyxDQUFDLEdBQUlBLEdBQUUsQ0FBQztBQUM5RCxTQUFLLFNBQVM7QUFDZCxRQUFJLGFBQWE7QUFDakIsV0FBTyxNQUFNO0FBQ1gsVUFBSSxDQUFDLFdBQVk7QUFDakIsbUJBQWE7QUFDYixZQUFNLE9BQU8sVUFBVSxLQUFLLFFBQVEsSUFBSSxJQUFJLEtBQUssQ0FBQyxHQUFHQSxHQUFFO0FBQ3ZELFVBQUksS0FBSyxXQUFXLEVBQUcsTUFBSyxRQUFRLE9BQU8sSUFBSTtBQUFBLFVBQzFDLE1BQUssUUFBUSxJQUFJLE1BQU0sSUFBSTtBQUNoQyxXQUFLLGNBQWM7QUFBQSxJQUNyQjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsUUFBUSxVQUFvRTtBQUMxRSxTQUFLLE9BQU8sQ0FBQyxHQUFHLEtBQUssTUFBTSxRQUFRO0FBQ25DLFNBQUssU0FBUztBQUNkLFFBQUksYUFBYTtBQUNqQixXQUFPLE1BQU07QUFDWCxVQUFJLENBQUMsV0FBWTtBQUNqQixtQkFBYTtBQUNiLFdBQUssT0FBTyxVQUFVLEtBQUssTUFBTSxRQUFRO0FBQ3pDLFdBQUssY0FBYztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxRQUFjO0FBQ1osU0FBSyxRQUFRLE1BQU07QUFDbkIsU0FBSyxPQUFPLENBQUM7QUFDYixTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxLQUFnQyxPQUF5QjtBQUN2RCxRQUFJLENBQUMsS0FBSyxPQUFRO0FBQ2xCLFVBQU1DLFNBQVEsS0FBSyxRQUFRLElBQUksTUFBTSxJQUFJO0FBQ3pDLFFBQUlBLFdBQVUsT0FBVyxZQUFXLFlBQVlBLE9BQU8sTUFBSyxNQUFNLFVBQVUsS0FBSztBQUNqRixlQUFXLFlBQVksS0FBSyxLQUFNLE1BQUssTUFBTSxVQUFVLEtBQUs7QUFBQSxFQUM5RDtBQUFBLEVBRUEsTUFBTSxVQUF1QixPQUEwQjtBQUNyRCxRQUFJO0FBQ0YsWUFBTSxTQUFTLFNBQVMsS0FBSztBQUM3QixVQUFJLFdBQVcsVUFBYSxPQUFRLE9BQXlCLFNBQVMsWUFBWTtBQUNoRixRQUFDLE9BQXlCLEtBQUssUUFBVyxDQUFDLFVBQW1CLEtBQUssUUFBUSxVQUFVLE9BQU8sS0FBSyxDQUFDO0FBQUEsTUFDcEc7QUFBQSxJQUNGLFNBQVMsT0FBTztBQUNkLFdBQUssUUFBUSxVQUFVLE9BQU8sS0FBSztBQUFBLElBQ3JDO0FBQUEsRUFDRjtBQUFBLEVBRUEsUUFBUSxVQUF1QixPQUFnQixPQUEwQjtBQUN2RSxRQUFJLEtBQUssYUFBYSxRQUFXO0FBQy9CLFVBQUk7QUFDRixhQUFLLFNBQVMsT0FBTyxLQUFLO0FBQUEsTUFDNUIsUUFBUTtBQUFBLE1BRVI7QUFDQTtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssUUFBUSxJQUFJLFFBQVEsRUFBRztBQUNoQyxTQUFLLFFBQVEsSUFBSSxRQUFRO0FBQ3pCLFlBQVE7QUFBQSxNQUNOLGlCQUFpQixNQUFNLElBQUk7QUFBQSxNQUMzQjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFFQSxnQkFBc0I7QUFDcEIsU0FBSyxTQUFTLEtBQUssS0FBSyxTQUFTLEtBQUssS0FBSyxRQUFRLE9BQU87QUFBQSxFQUM1RDtBQUNGO0FBRUEsU0FBUyxVQUFhLE1BQW9CLE1BQWM7QUFDdEQsUUFBTSxRQUFRLEtBQUssUUFBUSxJQUFJO0FBQy9CLFNBQU8sVUFBVSxLQUFLLENBQUMsR0FBRyxJQUFJLElBQUksQ0FBQyxHQUFHLEtBQUssTUFBTSxHQUFHLEtBQUssR0FBRyxHQUFHLEtBQUssTUFBTSxRQUFRLENBQUMsQ0FBQztBQUN0Rjs7O0FDbklBLFNBQVMsZ0JBQWdCO0FBMkNsQixTQUFTLFNBQVMsTUFBYyxtQkFBbUM7QUFDeEUsU0FBTyxHQUFHLElBQUksSUFBSSxpQkFBaUI7QUFDckM7QUFFQSxTQUFTLFVBQVUsS0FBcUI7QUFDdEMsU0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsR0FBRyxDQUFDO0FBQ3RDO0FBR08sSUFBTSxjQUFOLE1BQWtCO0FBQUE7QUFBQSxFQUVkO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQTtBQUFBLEVBRUEsVUFBVSxvQkFBSSxJQUF3RjtBQUFBO0FBQUEsRUFFdEcsWUFBWSxvQkFBSSxJQUFtQztBQUFBO0FBQUEsRUFFbkQsYUFBYSxvQkFBSSxJQUEwQjtBQUFBLEVBRXBELFlBQVksU0FBeUMsS0FBbUI7QUFDdEUsU0FBSyxPQUFPO0FBQ1osU0FBSyxVQUFVLFlBQVk7QUFDM0IsU0FBSyxRQUFRLFlBQVksUUFBUSxJQUFJLFFBQVE7QUFDN0MsU0FBSyxhQUFhLFlBQVksUUFBUSxJQUFJLFFBQVE7QUFDbEQsUUFBSSxZQUFZLE9BQU87QUFDckIsV0FBSyxZQUFZLElBQUksU0FBUyxFQUFFLEtBQUssUUFBUSxJQUFJLENBQUM7QUFDbEQsV0FBSyxZQUFZLElBQUksU0FBUyxFQUFFLEtBQUssUUFBUSxJQUFJLENBQUM7QUFBQSxJQUNwRDtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsV0FBVyxLQUFxQztBQUM5QyxXQUFPLEtBQUssV0FBVyxJQUFJLEdBQUc7QUFBQSxFQUNoQztBQUFBO0FBQUEsRUFHQSxVQUFVLE9BQW1CLE9BQTJCO0FBQ3RELFFBQUksTUFBTyxRQUFPO0FBQ2xCLFVBQU0sTUFBTSxLQUFLLEtBQUssSUFBSSxNQUFNO0FBQ2hDLFFBQUksTUFBTSxLQUFLLE1BQU8sUUFBTztBQUM3QixXQUFPLE1BQU0sS0FBSyxRQUFRLEtBQUssYUFBYSxVQUFVO0FBQUEsRUFDeEQ7QUFBQTtBQUFBLEVBR0EsY0FBYyxLQUFhLE9BQXlCO0FBQ2xELFNBQUssV0FBVyxJQUFJLEtBQUssS0FBSztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLGlCQUFpQixLQUFhLE9BQTBCO0FBQ3RELFFBQUksVUFBVSxVQUFhLEtBQUssV0FBVyxJQUFJLEdBQUcsTUFBTSxNQUFPLE1BQUssV0FBVyxPQUFPLEdBQUc7QUFBQSxFQUMzRjtBQUFBO0FBQUEsRUFHQSxjQUFjLEtBQXdDO0FBQ3BELFdBQU8sS0FBSyxXQUFXLElBQUksR0FBRztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLFlBQVksS0FBYSxPQUE0QjtBQUNuRCxTQUFLLFdBQVcsSUFBSSxLQUFLLEtBQUs7QUFBQSxFQUNoQztBQUFBO0FBQUEsRUFHQSxJQUFJLE9BQStDO0FBQ2pELFdBQU8sRUFBRSxVQUFVLEtBQUssV0FBVyxRQUFRLEdBQUcsVUFBVSxLQUFLLFdBQVcsUUFBUSxFQUFFO0FBQUEsRUFDcEY7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsTUFDRSxTQUNBLEtBQ0EsTUFDQSxPQUMwQztBQUMxQyxVQUFNLFdBQVcsUUFBUSxJQUFJLEdBQUc7QUFDaEMsUUFBSSxhQUFhLE9BQVcsUUFBTyxFQUFFLFNBQVMsU0FBUyxTQUFTLFFBQVEsS0FBSztBQUM3RSxVQUFNLFNBQW9CLEVBQUUsTUFBTSxXQUFXLE9BQU8sU0FBUyxRQUFRLFFBQVEsTUFBYyxFQUFFO0FBQzdGLFlBQVEsSUFBSSxLQUFLLE1BQU07QUFDdkIsV0FBTyxVQUFVLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTTtBQUMzQyxVQUFJLFFBQVEsSUFBSSxHQUFHLE1BQU0sT0FBUSxTQUFRLE9BQU8sR0FBRztBQUFBLElBQ3JELENBQUM7QUFDRCxXQUFPLEVBQUUsU0FBUyxPQUFPLFNBQVMsUUFBUSxNQUFNO0FBQUEsRUFDbEQ7QUFBQTtBQUFBLEVBR0EsS0FBUSxTQUFpQyxLQUFhLFFBQXlCO0FBQzdFLFFBQUksUUFBUSxJQUFJLEdBQUcsTUFBTSxPQUFRLFNBQVEsT0FBTyxHQUFHO0FBQUEsRUFDckQ7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFPQSxXQUFXLE1BQXFCO0FBQzlCLFVBQU0sVUFBVSxDQUFDLFFBQXlCLFNBQVMsVUFBYSxVQUFVLEdBQUcsTUFBTTtBQUNuRixRQUFJLEtBQUssY0FBYyxRQUFXO0FBQ2hDLGlCQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssQ0FBQyxHQUFHLEtBQUssVUFBVSxRQUFRLENBQUMsR0FBRztBQUN4RCxZQUFJLFFBQVEsR0FBRyxFQUFHLE1BQUssVUFBVSxPQUFPLEdBQUc7QUFBQSxpQkFDbEMsU0FBUyxVQUFhLE1BQU0sVUFBVSxLQUFLLElBQUksSUFBSSxFQUFHLE9BQU0sV0FBVztBQUFBLE1BQ2xGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxDQUFDLEdBQUcsS0FBSyxVQUFVLFFBQVEsQ0FBQyxHQUFHO0FBQ3hELFlBQUksUUFBUSxHQUFHLEtBQU0sU0FBUyxVQUFhLE1BQU0sS0FBSyxJQUFJLElBQUksRUFBSSxNQUFLLFVBQVUsT0FBTyxHQUFHO0FBQUEsTUFDN0Y7QUFBQSxJQUNGO0FBQ0EsZUFBVyxXQUFXLENBQUMsS0FBSyxTQUFTLEtBQUssV0FBVyxLQUFLLFVBQVUsR0FBMEM7QUFDNUcsaUJBQVcsQ0FBQyxLQUFLLE1BQU0sS0FBSyxDQUFDLEdBQUcsT0FBTyxHQUFHO0FBQ3hDLFlBQUksU0FBUyxVQUFhLE9BQU8sU0FBUyxNQUFNO0FBQzlDLGlCQUFPLFlBQVk7QUFDbkIsa0JBQVEsT0FBTyxHQUFHO0FBQUEsUUFDcEI7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjs7O0FDektPLElBQU0sbUJBQW1CO0FBVXpCLFNBQVMsZUFBZSxNQUFjLFVBQXdDO0FBQ25GLE1BQUksT0FBTyxhQUFhLFNBQVUsUUFBTyxFQUFFLE1BQU0sU0FBUyxrQkFBa0IsTUFBTSxRQUFRLFVBQVUsU0FBUztBQUM3RyxNQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsUUFBUSxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQ2hGLFVBQU0sSUFBSSxZQUFZLHFEQUFxRCxPQUFPLFFBQVEsSUFBSTtBQUFBLE1BQzVGLFFBQVE7QUFBQSxJQUNWLENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTUMsVUFBUyxZQUFZLFVBQVUsZ0JBQWdCLElBQUksR0FBRztBQUM1RCxNQUFJQSxRQUFPLFNBQVMsTUFBTTtBQUN4QixVQUFNLElBQUk7QUFBQSxNQUNSLG1CQUFtQkEsUUFBTyxJQUFJLFVBQVUsSUFBSTtBQUFBLE1BQzVDLEVBQUUsUUFBUSxXQUFXO0FBQUEsSUFDdkI7QUFBQSxFQUNGO0FBQ0EsU0FBT0E7QUFDVDs7O0FDakJPLFNBQVMsY0FBYyxPQUF3QjtBQUNwRCxTQUFPLE1BQU0sT0FBTyxvQkFBSSxJQUFJLENBQUMsS0FBSztBQUNwQztBQUVBLFNBQVMsTUFBTSxPQUFnQixXQUE0QztBQUN6RSxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFRLE1BQStCLFdBQVcsWUFBWTtBQUMvRyxZQUFTLE1BQWdDLE9BQU87QUFBQSxFQUNsRDtBQUNBLFVBQVEsT0FBTyxPQUFPO0FBQUEsSUFDcEIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sS0FBSyxVQUFVLEtBQUs7QUFBQSxJQUM3QixLQUFLO0FBQ0gsWUFBTSxJQUFJLFVBQVUsc0RBQXNEO0FBQUEsSUFDNUUsS0FBSyxVQUFVO0FBQ2IsVUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixVQUFJLFVBQVUsSUFBSSxLQUFLLEVBQUcsT0FBTSxJQUFJLFVBQVUsd0RBQXdEO0FBQ3RHLGdCQUFVLElBQUksS0FBSztBQUNuQixVQUFJO0FBQ0osVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGNBQU0sSUFBSSxNQUFNLElBQUksQ0FBQyxTQUFTLE1BQU0sTUFBTSxTQUFTLEtBQUssTUFBTSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDM0UsT0FBTztBQUNMLGNBQU1DLFVBQVM7QUFDZixjQUFNLFFBQWtCLENBQUM7QUFDekIsbUJBQVcsT0FBTyxPQUFPLEtBQUtBLE9BQU0sRUFBRSxLQUFLLEdBQUc7QUFDNUMsZ0JBQU0sT0FBTyxNQUFNQSxRQUFPLEdBQUcsR0FBRyxTQUFTO0FBQ3pDLGNBQUksU0FBUyxPQUFXLE9BQU0sS0FBSyxHQUFHLEtBQUssVUFBVSxHQUFHLENBQUMsSUFBSSxJQUFJLEVBQUU7QUFBQSxRQUNyRTtBQUNBLGNBQU0sSUFBSSxNQUFNLEtBQUssR0FBRyxDQUFDO0FBQUEsTUFDM0I7QUFDQSxnQkFBVSxPQUFPLEtBQUs7QUFDdEIsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBRUUsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQVFPLFNBQVMsY0FBY0EsU0FBK0M7QUFDM0UsUUFBTSxFQUFFLFFBQVEsU0FBUyxNQUFNLE9BQU8sR0FBRyxRQUFRLElBQUlBO0FBQ3JELFFBQU0sTUFBK0I7QUFDckMsTUFBSUEsUUFBTyxVQUFVLFVBQWEsaUJBQWlCQSxRQUFPLE1BQU0sTUFBTSxHQUFHO0FBQ3ZFLFFBQUksUUFBUSxFQUFFLEdBQUdBLFFBQU8sT0FBTyxRQUFRLGNBQWNBLFFBQU8sTUFBTSxNQUFNLEVBQUU7QUFBQSxFQUM1RTtBQUNBLE1BQUlBLFFBQU8sV0FBVyxVQUFhLGlCQUFpQkEsUUFBTyxPQUFPLE1BQU0sR0FBRztBQUN6RSxRQUFJLFNBQVMsRUFBRSxHQUFHQSxRQUFPLFFBQVEsUUFBUSxjQUFjQSxRQUFPLE9BQU8sTUFBTSxFQUFFO0FBQUEsRUFDL0U7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLGNBQWMsUUFBbUU7QUFDeEYsU0FBTywyQkFBMkIsTUFBTSxLQUFLLEVBQUUsYUFBYSxPQUFPLFdBQVcsRUFBRSxPQUFPO0FBQ3pGO0FBV0EsZUFBc0IsWUFBWUEsU0FBdUM7QUFDdkUsUUFBTSxTQUFTLFdBQVcsUUFBUTtBQUNsQyxNQUFJLFdBQVcsUUFBVztBQUN4QixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsSUFBSSxZQUFZLEVBQUUsT0FBTyxjQUFjLGNBQWNBLE9BQU0sQ0FBQyxDQUFDO0FBQzNFLFFBQU0sU0FBUyxJQUFJLFdBQVcsTUFBTSxPQUFPLE9BQU8sV0FBVyxLQUFLLENBQUM7QUFDbkUsTUFBSSxNQUFNO0FBQ1YsYUFBVyxRQUFRLE9BQVEsUUFBTyxLQUFLLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQ25FLFNBQU8sVUFBVSxHQUFHO0FBQ3RCO0FBUUEsZUFBc0IsaUJBQWlCQSxTQUF1QztBQUM1RSxRQUFNLFNBQVMsTUFBTSxZQUFZQSxPQUFNO0FBQ3ZDLE1BQUlBLFFBQU8sU0FBUyxVQUFhQSxRQUFPLFNBQVMsUUFBUTtBQUN2RCxVQUFNLElBQUksZUFBZUEsUUFBTyxNQUFNQSxRQUFPLFNBQVMsRUFBRSxVQUFVQSxRQUFPLE1BQU0sUUFBUSxRQUFRLGtCQUFrQixDQUFDO0FBQUEsRUFDcEg7QUFDQSxTQUFPO0FBQ1Q7OztBQzdGQSxlQUFzQixlQUNwQixPQUNBLE1BQ0EsVUFDbUM7QUFDbkMsUUFBTSxXQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFDOUMsUUFBTSxTQUFTLGdCQUFnQixVQUFVLFFBQVE7QUFDakQsU0FBTyxXQUFXLFNBQVksU0FBWSxNQUFNLFdBQVcsTUFBTSxPQUFPLE9BQU87QUFDakY7QUFNTyxTQUFTQyxjQUFhLEdBQVcsR0FBVyxRQUFRLE9BQU8sbUJBQTJCO0FBQzNGLE1BQUksTUFBTSxFQUFHLFFBQU87QUFDcEIsTUFBSSxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsTUFBTSxJQUFJLE1BQU8sUUFBTyxRQUFRO0FBQzFELE1BQUksRUFBRSxXQUFXLEVBQUcsUUFBTyxFQUFFO0FBQzdCLE1BQUksRUFBRSxXQUFXLEVBQUcsUUFBTyxFQUFFO0FBQzdCLE1BQUksV0FBVyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLEdBQUcsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUMvRCxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sVUFBVSxDQUFDLENBQUM7QUFDbEIsUUFBSSxTQUFTO0FBQ2IsYUFBUyxJQUFJLEdBQUcsS0FBSyxFQUFFLFFBQVEsS0FBSztBQUNsQyxZQUFNLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxJQUFJLElBQUk7QUFDekMsWUFBTSxRQUFRLEtBQUssS0FBSyxTQUFTLENBQUMsS0FBSyxLQUFLLElBQUksUUFBUSxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksU0FBUyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUk7QUFDdkcsY0FBUSxLQUFLLEtBQUs7QUFDbEIsVUFBSSxRQUFRLE9BQVEsVUFBUztBQUFBLElBQy9CO0FBQ0EsUUFBSSxTQUFTLE1BQU8sUUFBTyxRQUFRO0FBQ25DLGVBQVc7QUFBQSxFQUNiO0FBQ0EsU0FBTyxTQUFTLEVBQUUsTUFBTSxLQUFLO0FBQy9CO0FBMEJPLFNBQVMsYUFBYSxNQUFjLFlBQThCLFVBQStCLENBQUMsR0FBYTtBQUNwSCxRQUFNLE1BQU0sUUFBUSxPQUFPO0FBQzNCLFFBQU0sUUFBUSxRQUFRLG9CQUFvQjtBQUMxQyxRQUFNLGNBQWMsS0FBSyxNQUFNLEtBQUssWUFBWSxHQUFHLElBQUksQ0FBQztBQUN4RCxRQUFNLFNBQXNELENBQUM7QUFDN0QsYUFBVyxhQUFhLFlBQVk7QUFDbEMsUUFBSSxjQUFjLEtBQU07QUFDeEIsVUFBTSxRQUFRLEtBQUssSUFBSSxHQUFHLEtBQUssTUFBTSxLQUFLLElBQUksS0FBSyxRQUFRLFVBQVUsTUFBTSxJQUFJLEtBQUssQ0FBQztBQUNyRixVQUFNLFdBQVdBLGNBQWEsTUFBTSxXQUFXLEtBQUs7QUFDcEQsUUFBSSxZQUFZLE9BQU87QUFDckIsYUFBTyxLQUFLLEVBQUUsV0FBVyxPQUFPLFNBQVMsQ0FBQztBQUFBLElBQzVDLFdBQVcsY0FBYyxlQUFlLFVBQVUsU0FBUyxJQUFJLFdBQVcsRUFBRSxHQUFHO0FBQzdFLGFBQU8sS0FBSyxFQUFFLFdBQVcsT0FBTyxRQUFRLEVBQUUsQ0FBQztBQUFBLElBQzdDO0FBQUEsRUFDRjtBQUNBLFNBQU8sS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsVUFBVSxjQUFjLEVBQUUsU0FBUyxDQUFDO0FBQ2pGLFNBQU8sT0FBTyxNQUFNLEdBQUcsR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUztBQUNwRDtBQU9PLFNBQVMsaUJBQWlCLE1BQWUsV0FBMkM7QUFDekYsUUFBTSxVQUFVLG1CQUFtQixJQUFJO0FBQ3ZDLE1BQUksWUFBWSxRQUFXO0FBQ3pCLFVBQU0sSUFBSSxrQkFBa0IsR0FBRyxPQUFPLGtCQUFrQixTQUFTLDZCQUE2QjtBQUFBLE1BQzVGLE9BQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFNTyxTQUFTLGdCQUFnQixPQUFnQixXQUE0QztBQUMxRixNQUFJLE9BQU8sVUFBVSxZQUFZLGFBQWEsS0FBSyxNQUFNLFNBQVM7QUFDaEUsVUFBTSxRQUFRLE9BQU8sVUFBVSxXQUFXLEtBQUssVUFBVSxLQUFLLElBQUksT0FBTztBQUN6RSxVQUFNLFdBQVcsVUFBVSxXQUFXLGlFQUFpRTtBQUN2RyxVQUFNLElBQUk7QUFBQSxNQUNSLGlCQUFpQixLQUFLLEdBQUcsUUFBUTtBQUFBLE1BQ2pDLEVBQUUsT0FBTyxXQUFXLFFBQVEsSUFBSTtBQUFBLElBQ2xDO0FBQUEsRUFDRjtBQUNGO0FBb0JBLFNBQVMsY0FBYyxPQUFrRDtBQUN2RSxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsS0FBTSxRQUFPO0FBQ3hELFFBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxTQUFPLFVBQVUsT0FBTyxhQUFhLFVBQVU7QUFDakQ7QUFNTyxTQUFTLGNBQWlCLE9BQWE7QUFDNUMsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU8sTUFBTSxJQUFJLENBQUMsU0FBUyxjQUFjLElBQUksQ0FBQztBQUN4RSxNQUFJLGNBQWMsS0FBSyxHQUFHO0FBQ3hCLFVBQU0sTUFBK0IsQ0FBQztBQUN0QyxlQUFXLE9BQU8sT0FBTyxLQUFLLEtBQUssRUFBRyxLQUFJLEdBQUcsSUFBSSxjQUFjLE1BQU0sR0FBRyxDQUFDO0FBQ3pFLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxXQUFjLE9BQWE7QUFDekMsTUFBSSxNQUFNLFFBQVEsS0FBSyxLQUFLLGNBQWMsS0FBSyxHQUFHO0FBQ2hELFFBQUksT0FBTyxTQUFTLEtBQUssRUFBRyxRQUFPO0FBQ25DLFdBQU8sT0FBTyxLQUFLO0FBQ25CLGVBQVcsUUFBUSxPQUFPLE9BQU8sS0FBZSxFQUFHLFlBQVcsSUFBSTtBQUFBLEVBQ3BFO0FBQ0EsU0FBTztBQUNUO0FBTU8sU0FBUyxhQUFhQyxTQUFzQixRQUEyQixNQUE0QjtBQUN4RyxRQUFNLEVBQUUsUUFBUSxTQUFTLE1BQU0sT0FBTyxHQUFHLFFBQVEsSUFBSUE7QUFDckQsU0FBTyxXQUFXLEVBQUUsR0FBRyxjQUFjLE9BQU8sR0FBRyxRQUFRLENBQUMsR0FBRyxNQUFNLEVBQUUsS0FBSyxHQUFHLEtBQUssQ0FBQztBQUNuRjs7O0FDektBLGVBQXNCLFlBQVksT0FBb0IsTUFBYyxVQUF5QztBQUMzRyxNQUFJQztBQUNKLE1BQUk7QUFDSixNQUFJO0FBQ0YsUUFBSSxnQkFBZ0IsUUFBUSxHQUFHO0FBQzdCLE1BQUFBLFVBQVMsTUFBTSxNQUFNLFdBQVcsTUFBTSxRQUFRO0FBQUEsSUFDaEQsV0FBVyxPQUFPLE1BQU0sWUFBWSxZQUFZO0FBQzlDLE1BQUFBLFVBQVMsTUFBTSxNQUFNLFFBQVEsTUFBTSxRQUFRO0FBQUEsSUFDN0MsT0FBTztBQUNMLGlCQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFDeEMsWUFBTSxTQUFTLGdCQUFnQixVQUFVLFFBQVE7QUFDakQsVUFBSSxXQUFXLE9BQVcsQ0FBQUEsVUFBUyxNQUFNLE1BQU0sV0FBVyxNQUFNLE9BQU8sT0FBTztBQUFBLElBQ2hGO0FBQUEsRUFDRixTQUFTLE9BQU87QUFDZCxVQUFNLGFBQWEsT0FBTyxPQUFPLFlBQVksSUFBSSxJQUFJLFFBQVEsR0FBRztBQUFBLEVBQ2xFO0FBQ0EsTUFBSUEsWUFBVyxPQUFXLE9BQU0sTUFBTSxjQUFjLE9BQU8sTUFBTSxVQUFVLFFBQVE7QUFDbkYsU0FBTyxZQUFZLE9BQU8sTUFBTSxVQUFVQSxPQUFNO0FBQ2xEO0FBR08sU0FBUyxXQUFXLE9BQXFFO0FBQzlGLFNBQU8saUJBQWlCLHVCQUF1QixpQkFBaUI7QUFDbEU7QUFNQSxlQUFzQixjQUNwQixPQUNBLE1BQ0EsVUFDQSxPQUNxRDtBQUNyRCxNQUFJLFdBQVc7QUFDZixNQUFJLGFBQWEsUUFBVztBQUMxQixRQUFJO0FBQ0YsaUJBQVcsTUFBTSxNQUFNLGFBQWEsSUFBSTtBQUFBLElBQzFDLFNBQVMsT0FBTztBQUNkLFlBQU0sYUFBYSxPQUFPLE9BQU8sNEJBQTRCLElBQUksR0FBRztBQUFBLElBQ3RFO0FBQUEsRUFDRjtBQUNBLE1BQUksU0FBUyxTQUFTLEdBQUc7QUFDdkIsVUFBTSxTQUFTLHVCQUF1QixRQUFRO0FBQzlDLFdBQU8sSUFBSSxxQkFBcUIsTUFBTSxVQUFVO0FBQUEsTUFDOUMsVUFBVSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTztBQUFBLE1BQ3JDLFFBQVEsU0FBUyxNQUFNO0FBQUEsSUFDekIsQ0FBQztBQUFBLEVBQ0g7QUFDQSxNQUFJLGNBQXdCLENBQUM7QUFDN0IsTUFBSSxPQUFPLE1BQU0sU0FBUyxZQUFZO0FBQ3BDLFFBQUk7QUFDRixvQkFBYyxhQUFhLE1BQU0sTUFBTSxNQUFNLEtBQUssQ0FBQztBQUFBLElBQ3JELFFBQVE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxvQkFBb0IsTUFBTSxFQUFFLGFBQWEsT0FBTyxNQUFNLEtBQUssQ0FBQztBQUN6RTtBQU1PLFNBQVMsYUFBYSxPQUFnQixPQUFvQixPQUFzQjtBQUNyRixNQUFJLGlCQUFpQixLQUFLLEVBQUcsUUFBTztBQUNwQyxRQUFNLFNBQVMsaUJBQWlCLFFBQVEsR0FBRyxNQUFNLElBQUksS0FBSyxNQUFNLE9BQU8sS0FBSyxPQUFPLEtBQUs7QUFDeEYsU0FBTyxJQUFJO0FBQUEsSUFDVCxPQUFPLE1BQU0sSUFBSSx1QkFBdUIsS0FBSyxLQUFLLE1BQU07QUFBQSxJQUN4RCxFQUFFLE9BQU8sTUFBTSxLQUFLO0FBQUEsSUFDcEIsRUFBRSxPQUFPLE1BQU07QUFBQSxFQUNqQjtBQUNGO0FBUUEsZUFBc0IsZUFBZUEsU0FBc0JDLGFBQXNDO0FBQy9GLFFBQU0sT0FBT0QsUUFBTyxTQUFTLFNBQVksTUFBTSxZQUFZQSxPQUFNLElBQUksTUFBTSxpQkFBaUJBLE9BQU07QUFDbEcsTUFBSUMsZ0JBQWUsVUFBYSxTQUFTQSxhQUFZO0FBQ25ELFVBQU0sSUFBSSxlQUFlRCxRQUFPLE1BQU1BLFFBQU8sU0FBUztBQUFBLE1BQ3BELFVBQVVDO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsWUFBWSxPQUFvQixNQUFjLFVBQWtCLFFBQW9DO0FBQzNHLFFBQU1ELFVBQVMsWUFBWSxRQUFRLEdBQUcsTUFBTSxJQUFJLFdBQVcsSUFBSSxJQUFJLFFBQVEsRUFBRTtBQUM3RSxNQUFJQSxRQUFPLFNBQVMsUUFBUyxnQkFBZ0IsUUFBUSxLQUFLQSxRQUFPLFlBQVksVUFBVztBQUN0RixVQUFNLElBQUk7QUFBQSxNQUNSLE9BQU8sTUFBTSxJQUFJLG9CQUFvQkEsUUFBTyxJQUFJLElBQUlBLFFBQU8sT0FBTyxxQkFBcUIsSUFBSSxJQUFJLFFBQVE7QUFBQSxNQUV2RyxFQUFFLE9BQU8sTUFBTSxLQUFLO0FBQUEsSUFDdEI7QUFBQSxFQUNGO0FBQ0EsU0FBT0E7QUFDVDs7O0FDaEhBLFlBQVlFLFFBQU87OztBQ0FuQixJQUFNLGtCQUFrQjtBQWVqQixTQUFTLGdCQUFtQixRQUEwQixPQUFnQixTQUErQjtBQUMxRyxRQUFNLFNBQVMsT0FBTyxVQUFVLE9BQU8sRUFBRSxhQUFhLEtBQUssQ0FBQztBQUM1RCxNQUFJLE9BQU8sUUFBUyxRQUFPLE9BQU87QUFDbEMsUUFBTSxvQkFBb0IsT0FBTyxNQUFNLFFBQVEsT0FBTztBQUN4RDtBQUdPLFNBQVMsb0JBQW9CLFFBQTBCLFNBQXlDO0FBQ3JHLFFBQU0sT0FBTyxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQy9CLFFBQU0sWUFBWSxLQUFLLElBQUksQ0FBQyxNQUFNQyxVQUFTLEVBQUUsT0FBTyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQ3BFLFFBQU0sUUFBUSxVQUFVLENBQUMsS0FBSyxFQUFFLFFBQVEsUUFBUSxRQUFRLGFBQWEsTUFBTSxhQUFhO0FBQ3hGLFFBQU0sT0FBTyxVQUFVLE1BQU0sQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLGFBQWEsRUFBRSxNQUFNLE1BQU0sRUFBRSxJQUFJLEVBQUU7QUFDOUUsU0FBTyxJQUFJLFlBQVksR0FBRyxNQUFNLElBQUksR0FBRyxLQUFLLEtBQUssRUFBRSxDQUFDLElBQUksRUFBRSxRQUFRLE1BQU0sUUFBUSxNQUFNLFFBQVEsS0FBSyxDQUFDO0FBQ3RHO0FBUUEsU0FBUyxRQUFRLFFBQTBCLFFBQW9DO0FBQzdFLFFBQU0sTUFBbUIsQ0FBQztBQUMxQixhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLE9BQU8sQ0FBQyxHQUFHLFFBQVEsR0FBRyxNQUFNLElBQUk7QUFDdEMsUUFBSSxNQUFNLFNBQVMsbUJBQW1CLE1BQU0sT0FBTyxTQUFTLEdBQUc7QUFDN0QsWUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNLE1BQU0sRUFBRSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUM7QUFDMUUsVUFBSSxNQUFNLElBQUksSUFBSSxHQUFHO0FBQ25CLFlBQUksS0FBSyxHQUFHLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDL0I7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDMUI7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLE1BQU0sUUFBa0M7QUFDL0MsTUFBSSxNQUFNO0FBQ1YsYUFBVyxTQUFTLFFBQVE7QUFDMUIsVUFBTSxJQUFJLE1BQU0sS0FBSyxVQUFVLE1BQU0sU0FBUyxzQkFBc0IsSUFBSTtBQUN4RSxRQUFJLElBQUksSUFBSyxPQUFNO0FBQUEsRUFDckI7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFNBQVMsTUFBMEIsTUFBc0M7QUFDaEYsTUFBSSxNQUFNLFFBQVE7QUFDbEIsYUFBVyxPQUFPLE1BQU07QUFDdEIsVUFBTSxPQUFPLE9BQU8sR0FBRztBQUN2QixRQUFJLE9BQU8sUUFBUSxTQUFVLFFBQU8sSUFBSSxJQUFJO0FBQUEsYUFDbkMscUJBQXFCLEtBQUssSUFBSSxFQUFHLFFBQU8sUUFBUSxLQUFLLE9BQU8sSUFBSSxJQUFJO0FBQUEsUUFDeEUsUUFBTyxJQUFJLEtBQUssVUFBVSxJQUFJLENBQUM7QUFBQSxFQUN0QztBQUNBLFNBQU8sUUFBUSxLQUFLLGNBQWM7QUFDcEM7QUFFQSxTQUFTQSxVQUFTLE9BQWMsTUFBcUIsU0FBOEQ7QUFDakgsUUFBTSxTQUFTLFNBQVMsUUFBUSxNQUFNLElBQUk7QUFDMUMsUUFBTUMsUUFBTyxRQUFRLFFBQVEsVUFBVSxRQUFRLFFBQVEsSUFBSSxDQUFDLEtBQUssUUFBUSxRQUFRLFlBQVksSUFBSSxDQUFDO0FBQ2xHLFFBQU0sU0FBU0EsUUFBTyxLQUFLQSxLQUFJLEtBQUs7QUFDcEMsTUFBSSxNQUFNLFNBQVMsaUJBQWlCLE1BQU0sT0FBTyxTQUFTLEdBQUc7QUFDM0QsVUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDO0FBQzVCLFVBQU0sVUFBVSxPQUFPLFdBQVcsTUFBTSxZQUFZLGtCQUFrQixNQUFNLFVBQVU7QUFDdEYsV0FBTyxFQUFFLFFBQVEsTUFBTSxHQUFHLE9BQU8sR0FBRyxNQUFNLEdBQUc7QUFBQSxFQUMvQztBQUNBLE1BQUksTUFBTSxTQUFTLHVCQUF1QixNQUFNLFdBQVcsTUFBTSxZQUFZLGlCQUFpQjtBQUM1RixXQUFPLEVBQUUsUUFBUSxNQUFNLEdBQUcsTUFBTSxPQUFPLEdBQUcsTUFBTSxHQUFHO0FBQUEsRUFDckQ7QUFDQSxVQUFRLE1BQU0sTUFBTTtBQUFBLElBQ2xCLEtBQUsscUJBQXFCO0FBQ3hCLFlBQU0sUUFBUSxRQUFRLFlBQVksS0FBSyxJQUFJLE1BQU0sRUFBRSxLQUFLLEdBQUcsQ0FBQyxLQUFLLENBQUM7QUFDbEUsWUFBTSxRQUFRLE1BQU0sS0FBSyxJQUFJLENBQUMsUUFBUTtBQUNwQyxjQUFNLFFBQVEsYUFBYSxJQUFJLFlBQVksR0FBRyxPQUFPLEVBQUUsS0FBSyxHQUFHLGtCQUFrQixJQUFJLENBQUM7QUFDdEYsZUFBTyxNQUFNLENBQUMsSUFBSSxJQUFJLEdBQUcsb0JBQW9CLE1BQU0sQ0FBQyxDQUFDLFFBQVEsSUFBSSxHQUFHO0FBQUEsTUFDdEUsQ0FBQztBQUNELFlBQU0sT0FBTyxNQUFNLFNBQVMsSUFBSSxtQkFBbUIsTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNO0FBQ3pFLGFBQU87QUFBQSxRQUNMLFFBQVEsU0FBUyxRQUFRLE1BQU0sQ0FBQyxHQUFHLE1BQU0sTUFBTSxLQUFLLENBQUMsS0FBSyxFQUFFLENBQUM7QUFBQSxRQUM3RCxNQUFNLGlCQUFpQixNQUFNLEtBQUssU0FBUyxJQUFJLE1BQU0sRUFBRSxJQUFJLE1BQU0sS0FBSyxJQUFJLENBQUMsbUNBQW1DLElBQUk7QUFBQSxNQUNwSDtBQUFBLElBQ0Y7QUFBQSxJQUNBLEtBQUssZ0JBQWdCO0FBQ25CLFlBQU0sTUFBTSxXQUFXLFFBQVEsU0FBUyxNQUFNLEtBQUssSUFBSTtBQUN2RCxZQUFNLE9BQU8sTUFBTSxVQUFVLFNBQVksZ0JBQWdCLFdBQVcsUUFBUSxNQUFNLFFBQVEsQ0FBQyxTQUFTLEdBQUc7QUFDdkcsYUFBTyxFQUFFLFFBQVEsTUFBTSxHQUFHLElBQUksR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUM1QztBQUFBLElBQ0EsS0FBSztBQUNILGFBQU87QUFBQSxRQUNMO0FBQUEsUUFDQSxNQUFNLFdBQVcsTUFBTSxjQUFjLFFBQVEsaUJBQWlCLFVBQVUsSUFBSSxPQUFPLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUFBLE1BQzVHO0FBQUEsSUFDRixLQUFLO0FBQ0gsYUFBTztBQUFBLFFBQ0w7QUFBQSxRQUNBLE1BQU0sV0FBVyxNQUFNLGNBQWMsUUFBUSxjQUFjLFNBQVMsSUFBSSxPQUFPLE1BQU0sT0FBTyxDQUFDLEdBQUcsTUFBTTtBQUFBLE1BQ3hHO0FBQUEsSUFDRixLQUFLO0FBQ0gsYUFBTyxFQUFFLFFBQVEsTUFBTSxrQkFBa0IsTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssVUFBVSxDQUFDLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQyxHQUFHLE1BQU0sR0FBRztBQUFBLElBQzVHLEtBQUs7QUFDSCxhQUFPLEVBQUUsUUFBUSxNQUFNLG1CQUFtQixNQUFNLE1BQU0sR0FBRyxNQUFNLEdBQUc7QUFBQSxJQUNwRTtBQUNFLGFBQU8sRUFBRSxRQUFRLE1BQU0sYUFBYSxNQUFNLEdBQUc7QUFBQSxFQUNqRDtBQUNGO0FBRUEsU0FBUyxVQUFVLFFBQWdCLE1BQWtDO0FBQ25FLE1BQUksU0FBUyxVQUFhLFNBQVMsR0FBSSxRQUFPO0FBQzlDLFNBQU8sT0FBTyxXQUFXLEdBQUcsSUFBSSxHQUFHLElBQUksT0FBTyxNQUFNLEtBQUssU0FBUyxDQUFDLElBQUk7QUFDekU7QUFHQSxTQUFTLFlBQVksTUFBc0M7QUFDekQsU0FBTyxLQUFLLElBQUksQ0FBQyxLQUFLLE1BQU8sTUFBTSxLQUFLLFNBQVMsS0FBSyxJQUFJLElBQUksTUFBTSxPQUFPLEdBQUcsQ0FBRSxFQUFFLEtBQUssR0FBRztBQUM1RjtBQUVBLFNBQVMsUUFBUSxVQUEwQjtBQUN6QyxNQUFJLGFBQWEsWUFBWSxhQUFhLFdBQVcsYUFBYTtBQUNoRSxXQUFPLE1BQU0sYUFBYSxRQUFRLFlBQVksUUFBUTtBQUN4RCxTQUFPLEtBQUssUUFBUTtBQUN0QjtBQUdPLFNBQVMsU0FBUyxPQUF3QjtBQUMvQyxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2pDLFNBQU8sT0FBTztBQUNoQjs7O0FEaEhBLElBQU1DLGdCQUFlO0FBRXJCLElBQU0scUJBQXVCLGdCQUFhO0FBQUEsRUFDeEMsVUFBWSxVQUFPLEVBQUU7QUFBQSxJQUNqQixVQUFPLENBQUMsTUFBTSxhQUFhLENBQUMsTUFBTSxRQUFXO0FBQUEsTUFDN0MsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUNBLFNBQ0csVUFBTyxFQUNQLE1BQVEsVUFBTyxDQUFDLE1BQU0sYUFBYSxDQUFDLE1BQU0sU0FBUyxFQUFFLE9BQU8sa0RBQWtELENBQUMsQ0FBQztBQUFBLEVBQ25ILE1BQVEsVUFBTyxFQUFFLE1BQVEsU0FBTUEsZUFBYyxFQUFFLE9BQU8sd0RBQXdELENBQUMsQ0FBQztBQUNsSCxDQUFDO0FBRUQsSUFBTSxpQkFBbUIsZ0JBQWE7QUFBQSxFQUNwQyxpQkFBbUIsV0FBUSxHQUFHLEVBQUUsT0FBTyxnREFBZ0QsQ0FBQztBQUFBLEVBQ3hGLFNBQVc7QUFBQSxJQUVOLFVBQU8sRUFDUCxNQUFRLFVBQU8sQ0FBQyxTQUFTLG1CQUFtQixJQUFJLE1BQU0sUUFBVyxFQUFFLE9BQU8sNkJBQTZCLENBQUMsQ0FBQztBQUFBLElBQzVHO0FBQUEsRUFDRjtBQUNGLENBQUM7QUFRTSxTQUFTLGNBQWMsT0FBZ0IsTUFBeUI7QUFDckUsUUFBTSxVQUFVO0FBQUEsSUFDZCxNQUFNLFNBQVMsU0FBWSxhQUFhO0FBQUEsSUFDeEMsR0FBSSxTQUFTLFNBQVksQ0FBQyxJQUFJLEVBQUUsS0FBSztBQUFBLElBQ3JDLE9BQU8sRUFBRSxJQUFJLGlEQUFpRDtBQUFBLElBQzlELFdBQVcsRUFBRSxJQUFJLENBQUMsbUJBQW1CLFNBQVMsRUFBRTtBQUFBLEVBQ2xEO0FBQ0EsU0FBTyxnQkFBZ0IsZ0JBQWdCLE9BQU8sT0FBTztBQUN2RDtBQTRGTyxTQUFTLFdBQVcsVUFBZ0MsTUFBYyxTQUFxQztBQUM1RyxRQUFNLFFBQVEsYUFBYSxTQUFZLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUNsRixTQUFPLFVBQVUsVUFBYSxNQUFNLFlBQVksVUFBVSxNQUFNLE9BQU87QUFDekU7QUFNTyxTQUFTLFNBQVlDLFNBQXFDLEtBQTRCO0FBQzNGLFNBQU8sT0FBTyxPQUFPQSxTQUFRLEdBQUcsSUFBSUEsUUFBTyxHQUFHLElBQUk7QUFDcEQ7OztBRWxMQSxZQUFZQyxRQUFPO0FBcUxaLElBQU0sZ0JBQWtELE9BQU8sT0FBTztBQUFBLEVBQzNFLEtBQUs7QUFBQSxFQUNMLE9BQU87QUFBQSxFQUNQLFlBQVk7QUFDZCxDQUFDO0FBRUQsSUFBTSxLQUFLLENBQUMsUUFDUixVQUFzQyxDQUFDLE1BQU0sT0FBTyxNQUFNLFlBQVksRUFBRSxPQUFPLHVCQUF1QixHQUFHLEdBQUcsQ0FBQztBQUVqSCxJQUFNLGdCQUFrQixVQUFPLEVBQUU7QUFBQSxFQUM3QixVQUFPLENBQUMsTUFBTSxFQUFFLFNBQVMsS0FBSyxhQUFhLENBQUMsTUFBTSxRQUFXO0FBQUEsSUFDN0QsT0FDRTtBQUFBLEVBQ0osQ0FBQztBQUNIO0FBRUEsSUFBTSxXQUFhLFVBQU8sRUFBRSxNQUFRLE9BQUksR0FBSyxlQUFZLENBQUM7QUFFMUQsSUFBTSxnQkFBa0IsZ0JBQWE7QUFBQSxFQUNuQyxPQUFTO0FBQUEsSUFDUCxDQUFDLE1BQ0MsT0FBTyxNQUFNLFlBQ2IsTUFBTSxRQUNOLE9BQVEsRUFBa0IsU0FBUyxZQUNuQyxPQUFRLEVBQWtCLGlCQUFpQixjQUMzQyxPQUFRLEVBQWtCLGVBQWU7QUFBQSxJQUMzQztBQUFBLE1BQ0UsT0FDRTtBQUFBLElBRUo7QUFBQSxFQUNGO0FBQUEsRUFDQSxNQUFRO0FBQUEsSUFDSjtBQUFBLE1BQ0UsVUFBTyxFQUFFO0FBQUEsUUFDUCxVQUFPLENBQUMsU0FBUyxtQkFBbUIsSUFBSSxNQUFNLFFBQVc7QUFBQSxVQUN6RCxPQUFPO0FBQUEsUUFDVCxDQUFDO0FBQUEsTUFDSDtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBQ0EsaUJBQW1CLFlBQVMsYUFBYTtBQUFBLEVBQ3pDLFVBQVksWUFBVyxXQUFRLENBQUM7QUFBQSxFQUNoQyxPQUFTO0FBQUEsSUFDTCxTQUFNO0FBQUEsTUFDSixXQUFRLEtBQUs7QUFBQSxNQUNiLGdCQUFhO0FBQUEsUUFDYixLQUFPLFlBQVcsVUFBTyxFQUFFLE1BQVEsT0FBSSxHQUFLLFlBQVMsQ0FBQyxDQUFDO0FBQUEsUUFDdkQsT0FBUyxZQUFTLFFBQVE7QUFBQSxRQUMxQixZQUFjLFlBQVMsUUFBUTtBQUFBLE1BQ2pDLENBQUM7QUFBQSxJQUNILENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQSxRQUFVLFlBQVcsV0FBUSxDQUFDO0FBQUEsRUFDOUIsT0FBUztBQUFBLElBQ0wsZ0JBQWE7QUFBQSxNQUNiLFNBQVcsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDL0MsU0FBVyxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUMvQyxVQUFZLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQ2hELFdBQWEsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDakQsU0FBVyxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUMvQyxjQUFnQixZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUNwRCxXQUFhLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQ2pELGlCQUFtQixZQUFTLEdBQUcsbUNBQThCLENBQUM7QUFBQSxJQUNoRSxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0EsV0FBYSxZQUFXLGdCQUFhLEVBQUUsZUFBaUIsWUFBVyxXQUFRLENBQUMsRUFBRSxDQUFDLENBQUM7QUFBQSxFQUNoRixVQUFZO0FBQUEsSUFDUixVQUFPO0FBQUEsTUFDUCxNQUFNLEdBQUcsOERBQThEO0FBQUEsTUFDdkUsT0FBTyxHQUFHLDhEQUE4RDtBQUFBLE1BQ3hFLGNBQWdCLFlBQVMsUUFBUTtBQUFBLElBQ25DLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQSxPQUFTLFlBQVcsVUFBTyxFQUFFLEtBQUssR0FBRyxrQ0FBa0MsRUFBRSxDQUFDLENBQUM7QUFBQSxFQUMzRSxRQUFVO0FBQUEsSUFDTixVQUFPO0FBQUEsTUFDUCxZQUFZLEdBQUcseURBQXlEO0FBQUEsTUFDeEUsY0FBYyxHQUFHLHlEQUF5RDtBQUFBLElBQzVFLENBQUM7QUFBQSxFQUNIO0FBQ0YsQ0FBQztBQUVELElBQU0sYUFBZ0Q7QUFBQSxFQUNwRCxJQUFJLE9BQU8sS0FBSyxjQUFjLElBQUksS0FBSztBQUFBLEVBQ3ZDLE9BQU8sQ0FBQyxPQUFPLFNBQVMsWUFBWTtBQUFBLEVBQ3BDLE9BQU8sQ0FBQyxXQUFXLFdBQVcsWUFBWSxhQUFhLFdBQVcsZ0JBQWdCLGFBQWEsaUJBQWlCO0FBQUEsRUFDaEgsV0FBVyxDQUFDLGVBQWU7QUFDN0I7QUFFQSxJQUFNLFFBQWdDO0FBQUEsRUFDcEMsT0FBTztBQUFBLEVBQ1AsYUFBYTtBQUFBLEVBQ2IsZUFBZTtBQUFBLEVBQ2Ysb0JBQW9CO0FBQUEsRUFDcEIseUJBQXlCO0FBQUEsRUFDekIsUUFBUTtBQUFBLEVBQ1IsTUFBTTtBQUFBLEVBQ04sMkJBQTJCO0FBQzdCO0FBTU8sU0FBUyxxQkFBcUIsU0FBcUQ7QUFDeEYsTUFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLFFBQVEsTUFBTSxRQUFRLE9BQU8sR0FBRztBQUM3RSxVQUFNLElBQUksWUFBWSxvRkFBb0Y7QUFBQSxNQUN4RyxRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksT0FBTyxRQUFRLGFBQWEsVUFBVTtBQUN4QyxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFFQSxFQUFFLFFBQVEsV0FBVztBQUFBLElBQ3ZCO0FBQUEsRUFDRjtBQUNBLFFBQU0sV0FBb0IsUUFBUTtBQUNsQyxNQUFJLE9BQU8sYUFBYSxZQUFZLGFBQWEsUUFBUSxVQUFVLFlBQVksRUFBRSxVQUFVLFdBQVc7QUFDcEcsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BRUEsRUFBRSxRQUFRLFdBQVc7QUFBQSxJQUN2QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFNBQVMsZ0JBQWdCLGVBQWUsU0FBUyxFQUFFLE9BQU8sT0FBTyxXQUFXLFdBQVcsQ0FBQztBQUM5RixRQUFNLFdBQVcsT0FBTyxhQUFhLFNBQVksU0FBWSxjQUFjLE9BQU8sUUFBUTtBQUMxRixTQUFPO0FBQUEsSUFDTCxPQUFPLFFBQVE7QUFBQSxJQUNmLE1BQU0sUUFBUSxRQUFRLENBQUM7QUFBQSxJQUN2QixpQkFBaUIsUUFBUSxtQkFBbUI7QUFBQSxJQUM1QztBQUFBLElBQ0EsT0FBTyxRQUFRLFVBQVUsUUFBUSxRQUFRLEVBQUUsR0FBRyxlQUFlLEdBQUcsZUFBZSxRQUFRLFNBQVMsQ0FBQyxDQUFDLEVBQUU7QUFBQSxJQUNwRyxRQUFRLFFBQVEsVUFBVTtBQUFBLElBQzFCLE9BQU8sUUFBUSxTQUFTLENBQUM7QUFBQSxJQUN6QixlQUFlLFFBQVEsV0FBVyxpQkFBaUI7QUFBQSxJQUNuRCxVQUFVLFFBQVE7QUFBQSxJQUNsQixPQUFPLFFBQVE7QUFBQSxJQUNmLFFBQVEsUUFBUSxVQUFVO0FBQUEsTUFDeEIsWUFBWSxDQUFDLFVBQVUsT0FBTyxXQUFXLFdBQVcsVUFBVSxFQUFFO0FBQUEsTUFDaEUsY0FBYyxDQUFDLFdBQVcsV0FBVyxhQUFhLE1BQXVDO0FBQUEsSUFDM0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGVBQWlDLE9BQXNCO0FBQzlELFFBQU0sTUFBa0IsQ0FBQztBQUN6QixhQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssT0FBTyxRQUFRLEtBQUssRUFBRyxLQUFJLE1BQU0sT0FBVyxDQUFDLElBQWdDLENBQUMsSUFBSTtBQUN2RyxTQUFPO0FBQ1Q7OztBQ2pPTyxJQUFNLGVBQU4sTUFBNEU7QUFBQSxFQUN4RTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBRVQsWUFBWSxPQUFzQixRQUFzQixVQUFrQixRQUFpQixLQUFvQjtBQUM3RyxVQUFNQyxVQUFTLE1BQU07QUFDckIsU0FBSyxPQUFPQSxRQUFPO0FBQ25CLFNBQUssVUFBVUEsUUFBTztBQUN0QixTQUFLLE9BQU8sTUFBTTtBQUNsQixTQUFLLFNBQVNBLFFBQU8sVUFBVSxDQUFDO0FBQ2hDLFNBQUssT0FBT0EsUUFBTztBQUNuQixTQUFLLFFBQVFBLFFBQU87QUFDcEIsU0FBSyxXQUFXQSxRQUFPO0FBQ3ZCLFNBQUssU0FBUztBQUNkLFNBQUssWUFBWSxNQUFNLFNBQVM7QUFDaEMsU0FBSyxXQUFXO0FBQ2hCLFNBQUssU0FBUztBQUNkLFNBQUssT0FBTztBQUNaLFNBQUssV0FBVyxFQUFFLE9BQU87QUFBQSxFQUMzQjtBQUFBLEVBRUEsVUFBVSxNQUE2QjtBQUNyQyxVQUFNLENBQUMsTUFBTSxPQUFPLElBQUk7QUFDeEIsVUFBTSxnQkFBZ0IsU0FBUyxXQUFXLFNBQVksS0FBSyxXQUFXO0FBQ3RFLFFBQUksQ0FBQyxLQUFLLEtBQUssUUFBUSxPQUFRLFFBQU8sS0FBSyxPQUFPLFNBQVMsT0FBTyxNQUFNLGFBQWE7QUFDckYsV0FBTyxLQUFLO0FBQUEsTUFDVjtBQUFBLE1BQ0EsTUFBTSxLQUFLLE9BQU8sU0FBUyxPQUFPLE1BQU0sYUFBYTtBQUFBLE1BQ3JELENBQUMsU0FBUyxLQUFLO0FBQUEsSUFDakI7QUFBQSxFQUNGO0FBQUEsRUFFQSxrQkFBa0IsTUFBNEM7QUFDNUQsVUFBTSxDQUFDLE1BQU0sY0FBYyxPQUFPLElBQUk7QUFLdEMsVUFBTSxnQkFBZ0IsU0FBUyxXQUFXLFNBQVksS0FBSyxXQUFXO0FBQ3RFLFFBQUksQ0FBQyxLQUFLLEtBQUssUUFBUSxPQUFRLFFBQU8sS0FBSyxPQUFPLFNBQVMsZUFBZSxNQUFNLGNBQWMsYUFBYTtBQUMzRyxXQUFPLEtBQUs7QUFBQSxNQUNWO0FBQUEsTUFDQSxNQUFNLEtBQUssT0FBTyxTQUFTLGVBQWUsTUFBTSxjQUFjLGFBQWE7QUFBQSxNQUMzRSxDQUFDLGFBQWEsU0FBUyxPQUFPLENBQUMsS0FBSyxNQUFNLE1BQU0sRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLElBQ3JFO0FBQUEsRUFDRjtBQUFBLEVBRUEsU0FBdUI7QUFDckIsVUFBTUEsVUFBUyxLQUFLLE9BQU87QUFDM0IsV0FBT0EsUUFBTyxTQUFTLEtBQUssT0FBTyxFQUFFLEdBQUdBLFFBQU8sSUFBSSxFQUFFLEdBQUdBLFNBQVEsTUFBTSxLQUFLLEtBQUs7QUFBQSxFQUNsRjtBQUFBLEVBRUEsU0FBWSxNQUFtQyxLQUFjLE9BQThCO0FBQ3pGLFVBQU0sRUFBRSxTQUFTLFNBQVMsY0FBYyxJQUFJLEtBQUs7QUFDakQsVUFBTSxVQUFVLFFBQVE7QUFDeEIsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLElBQUk7QUFBQSxJQUNaLFNBQVMsT0FBTztBQUNkLFVBQUksUUFBUSxNQUFNLE9BQU8sR0FBRztBQUMxQixnQkFBUSxLQUFLLEVBQUUsTUFBTSxTQUFTLE1BQU0sS0FBSyxNQUFNLFVBQVUsS0FBSyxVQUFVLE9BQU8sUUFBUSxLQUFLLEVBQUUsQ0FBQztBQUFBLE1BQ2pHO0FBQ0EsWUFBTTtBQUFBLElBQ1I7QUFDQSxRQUFJLFFBQVEsTUFBTSxRQUFRLEdBQUc7QUFDM0IsWUFBTSxRQUFxQjtBQUFBLFFBQ3pCLE1BQU07QUFBQSxRQUNOLE1BQU0sS0FBSztBQUFBLFFBQ1gsU0FBUyxLQUFLO0FBQUEsUUFDZCxNQUFNLEtBQUs7QUFBQSxRQUNYLFlBQVksUUFBUSxJQUFJO0FBQUEsUUFDeEIsT0FBTyxNQUFNLEdBQUc7QUFBQSxRQUNoQixXQUFXLFNBQVMsVUFBYSxTQUFTLE9BQU8sQ0FBQyxJQUFJLE9BQU8sS0FBSyxJQUFJO0FBQUEsTUFDeEU7QUFDQSxVQUFJLGlCQUFpQixTQUFTLE9BQVcsT0FBTSxTQUFTLEVBQUUsR0FBRyxLQUFLO0FBQ2xFLGNBQVEsS0FBSyxLQUFLO0FBQUEsSUFDcEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxRQUFRLE9BQXVCO0FBQzdDLFNBQU8saUJBQWlCLFFBQVEsUUFBUSxJQUFJLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFDakU7OztBQ3JNQSxZQUFZQyxRQUFPO0FBNENuQixJQUFNLGlCQUFtQixVQUFPO0FBQUEsRUFDOUIsaUJBQW1CLFdBQVEsR0FBRyxFQUFFLE9BQU8sWUFBWSxDQUFDO0FBQUEsRUFDcEQsU0FBVyxVQUFPO0FBQUEsRUFDbEIsV0FBYSxVQUFTLFVBQU8sR0FBSyxVQUFPLEVBQUUsU0FBVyxVQUFPLEdBQUcsTUFBUSxVQUFPLEVBQUUsQ0FBQyxDQUFDO0FBQUEsRUFDbkYsU0FBVztBQUFBLElBQ1AsVUFBTztBQUFBLElBQ1AsVUFBcUIsQ0FBQyxNQUFNLE9BQU8sTUFBTSxZQUFZLE1BQU0sUUFBUSxDQUFDLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFBQSxFQUN4RjtBQUNGLENBQUM7QUFNTSxTQUFTLGNBQWMsT0FBZ0IsT0FBOEI7QUFDMUUsU0FBTyxnQkFBZ0IsZ0JBQWdCLE9BQU87QUFBQSxJQUM1QyxNQUFNLFVBQVUsU0FBWSxhQUFhO0FBQUEsSUFDekMsR0FBSSxVQUFVLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxNQUFNO0FBQUEsSUFDN0MsT0FBTyxFQUFFLElBQUksMkVBQTJFO0FBQUEsRUFDMUYsQ0FBQztBQUNIO0FBa0JPLFNBQVMsZUFBZSxTQUF3QixVQUFxQyxDQUFDLEdBQW1CO0FBQzlHLFFBQU0sT0FBdUI7QUFBQSxJQUMzQixNQUFNO0FBQUEsSUFDTixRQUFRO0FBQUEsSUFDUixNQUFNLE9BQU87QUFDWCxhQUFPLEtBQUssU0FBUyxTQUFZLFNBQVksZ0JBQWdCLEtBQUssSUFBSTtBQUFBLElBQ3hFO0FBQUEsSUFDQSxNQUFNLE1BQU0sTUFBTTtBQUNoQixXQUFLO0FBQ0wsV0FBSyxPQUFPLGdCQUFnQixJQUFJO0FBQUEsSUFDbEM7QUFBQSxFQUNGO0FBQ0EsTUFBSSxRQUFRLGlCQUFpQixPQUFXLE1BQUssZUFBZSxRQUFRO0FBQ3BFLFNBQU87QUFDVDtBQVlPLElBQU0saUJBQU4sTUFBcUI7QUFBQSxFQUNqQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1Q7QUFBQSxFQUNBO0FBQUEsRUFDQSxvQkFBb0Isb0JBQUksSUFBK0M7QUFBQSxFQUN2RSxrQkFBa0Isb0JBQUksSUFBMEI7QUFBQSxFQUNoRDtBQUFBLEVBQ0EsV0FBMEIsUUFBUSxRQUFRO0FBQUEsRUFFMUMsWUFBWSxTQUEwQixRQUF3QixTQUFtQztBQUMvRixTQUFLLFdBQVc7QUFDaEIsU0FBSyxVQUFVO0FBQ2YsU0FBSyxXQUFXLFFBQVEsZ0JBQWdCO0FBQ3hDLFNBQUssV0FBVztBQUFBLEVBQ2xCO0FBQUE7QUFBQSxFQUdBLEtBQUssTUFBYyxVQUFrQkMsU0FBc0IsTUFBb0I7QUFDN0UsVUFBTSxZQUFZLEdBQUcsSUFBSSxJQUFJQSxRQUFPLE9BQU87QUFDM0MsVUFBTSxXQUFXLEtBQUssa0JBQWtCLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxFQUFFO0FBQ2pFLFFBQUksVUFBVSxZQUFZQSxRQUFPLFdBQVcsU0FBUyxTQUFTLFFBQVEsS0FBSyxnQkFBZ0IsSUFBSSxTQUFTLEVBQUc7QUFDM0csU0FBSyxrQkFBa0IsSUFBSSxHQUFHLElBQUksSUFBSSxRQUFRLElBQUksRUFBRSxTQUFTQSxRQUFPLFNBQVMsS0FBSyxDQUFDO0FBQ25GLFNBQUssZ0JBQWdCLElBQUksV0FBV0EsUUFBTyxTQUFTLE9BQU9BLFVBQVMsRUFBRSxHQUFHQSxTQUFRLEtBQUssQ0FBQztBQUN2RixRQUFJLEtBQUssV0FBVyxRQUFXO0FBQzdCLFdBQUssU0FBUyxLQUFLLFFBQVEsV0FBVyxNQUFNO0FBQzFDLGFBQUssU0FBUztBQUNkLGFBQUssS0FBSyxNQUFNO0FBQUEsTUFDbEIsR0FBRyxLQUFLLFFBQVE7QUFDaEIsWUFBTSxLQUFLLE1BQU07QUFBQSxJQUNuQjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsTUFBTSxPQUFPLE1BQWMsVUFBMkM7QUFDcEUsVUFBTSxVQUFVLEtBQUssTUFBTSxLQUFLLG1CQUFtQixLQUFLLGlCQUFpQixNQUFNLFFBQVE7QUFDdkYsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxVQUFNLFFBQVEsTUFBTSxLQUFLLE1BQU07QUFDL0IsUUFBSSxVQUFVLFFBQVc7QUFDdkIsYUFBTztBQUFBLFFBQ0wsT0FBTztBQUFBLFFBQ1AsUUFDRSxLQUFLLGVBQWUsU0FDaEIsMEJBQ0EsbUNBQW1DLFVBQVUsS0FBSyxVQUFVLENBQUM7QUFBQSxNQUNyRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsS0FBSztBQUFBLE1BQ2pCLElBQUksSUFBSSxPQUFPLFFBQVEsTUFBTSxTQUFTLENBQUM7QUFBQSxNQUN2QyxJQUFJLElBQUksT0FBTyxRQUFRLE1BQU0sT0FBTyxDQUFDO0FBQUEsTUFDckM7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUyxFQUFFLE9BQU8sT0FBTyxRQUFRLGtDQUFrQyxJQUFJLElBQUksUUFBUSxJQUFJO0FBQUEsRUFDaEc7QUFBQTtBQUFBLEVBR0EsUUFBdUI7QUFDckIsUUFBSSxLQUFLLFdBQVcsUUFBVztBQUM3QixXQUFLLFFBQVEsYUFBYSxLQUFLLE1BQU07QUFDckMsV0FBSyxTQUFTO0FBQUEsSUFDaEI7QUFDQSxTQUFLLFdBQVcsS0FBSyxTQUFTLEtBQUssTUFBTSxLQUFLLE9BQU8sQ0FBQztBQUN0RCxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxNQUFNLFNBQXdCO0FBQzVCLFFBQUksS0FBSyxrQkFBa0IsU0FBUyxFQUFHO0FBQ3ZDLFVBQU0sWUFBWSxLQUFLO0FBQ3ZCLFVBQU0sVUFBVSxLQUFLO0FBQ3JCLFNBQUssb0JBQW9CLG9CQUFJLElBQUk7QUFDakMsU0FBSyxrQkFBa0Isb0JBQUksSUFBSTtBQUMvQixVQUFNLFFBQVEsTUFBTSxLQUFLLE1BQU07QUFDL0IsVUFBTSxTQUF1QjtBQUFBLE1BQzNCLGlCQUFpQjtBQUFBLE1BQ2pCLFVBQVMsb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxNQUNoQyxXQUFXLEVBQUUsR0FBRyxPQUFPLFdBQVcsR0FBRyxPQUFPLFlBQVksU0FBUyxFQUFFO0FBQUEsTUFDbkUsU0FBUyxDQUFDO0FBQUEsSUFDWjtBQUNBLGVBQVcsQ0FBQyxLQUFLLEVBQUUsUUFBUSxDQUFDLEtBQUssT0FBTyxRQUFRLE9BQU8sU0FBUyxHQUFHO0FBQ2pFLFlBQU0sWUFBWSxHQUFHLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxHQUFHLENBQUMsQ0FBQyxJQUFJLE9BQU87QUFDOUQsWUFBTUEsVUFBUyxRQUFRLElBQUksU0FBUyxNQUFNLFVBQVUsU0FBWSxTQUFZLFNBQVMsTUFBTSxTQUFTLFNBQVM7QUFDN0csVUFBSUEsWUFBVyxPQUFXLFFBQU8sT0FBTyxVQUFVLEdBQUc7QUFBQSxVQUNoRCxRQUFPLFFBQVEsU0FBUyxJQUFJQTtBQUFBLElBQ25DO0FBQ0EsUUFBSTtBQUNGLFlBQU0sS0FBSyxTQUFTLE1BQU0sTUFBTTtBQUNoQyxXQUFLLFNBQVMsUUFBUSxRQUFRLE1BQU07QUFDcEMsV0FBSyxhQUFhO0FBQUEsSUFDcEIsU0FBUyxPQUFPO0FBRWQsaUJBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxVQUFXLEtBQUksQ0FBQyxLQUFLLGtCQUFrQixJQUFJLENBQUMsRUFBRyxNQUFLLGtCQUFrQixJQUFJLEdBQUcsQ0FBQztBQUNuRyxpQkFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFLLFFBQVMsS0FBSSxDQUFDLEtBQUssZ0JBQWdCLElBQUksQ0FBQyxFQUFHLE1BQUssZ0JBQWdCLElBQUksR0FBRyxDQUFDO0FBQzdGLFdBQUssU0FBUyxLQUFLO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQUEsRUFFQSxRQUEyQztBQUN6QyxRQUFJLEtBQUssV0FBVyxRQUFXO0FBQzdCLFdBQUssVUFBVSxZQUFZO0FBQ3pCLFlBQUk7QUFDRixnQkFBTSxPQUFPLE1BQU0sS0FBSyxTQUFTLEtBQUs7QUFDdEMsaUJBQU8sU0FBUyxTQUFZLFNBQVksY0FBYyxJQUFJO0FBQUEsUUFDNUQsU0FBUyxPQUFPO0FBQ2QsZUFBSyxhQUFhO0FBQ2xCLGVBQUssU0FBUyxLQUFLO0FBQ25CLGlCQUFPO0FBQUEsUUFDVDtBQUFBLE1BQ0YsR0FBRztBQUFBLElBQ0w7QUFDQSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxNQUNFLFdBQ0EsU0FDQSxNQUNBLFVBQzRCO0FBQzVCLFFBQUksVUFBVSxVQUFVLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxFQUFFLEdBQUc7QUFDcEQsUUFBSSxZQUFZLFVBQWEsQ0FBQyxnQkFBZ0IsUUFBUSxHQUFHO0FBQ3ZELFlBQU0sV0FBMEQsQ0FBQztBQUNqRSxpQkFBVyxDQUFDLEtBQUtBLE9BQU0sS0FBSyxTQUFTO0FBQ25DLFlBQUksSUFBSSxXQUFXLEdBQUcsSUFBSSxHQUFHLEtBQUssSUFBSSxRQUFRLEdBQUcsTUFBTSxLQUFLLFFBQVE7QUFDbEUsbUJBQVMsS0FBSyxFQUFFLFNBQVNBLFFBQU8sU0FBUyxRQUFRQSxRQUFPLFVBQVUsQ0FBQyxHQUFHLFFBQUFBLFFBQU8sQ0FBQztBQUFBLFFBQ2hGO0FBQUEsTUFDRjtBQUNBLGdCQUFVLGdCQUFnQixVQUFVLFFBQVEsR0FBRztBQUFBLElBQ2pEO0FBQ0EsVUFBTUEsVUFBUyxRQUFRLElBQUksR0FBRyxJQUFJLElBQUksV0FBVyxRQUFRLEVBQUU7QUFDM0QsUUFBSUEsWUFBVyxPQUFXLFFBQU87QUFDakMsV0FBTyxFQUFFLE9BQU8sTUFBTSxRQUFBQSxTQUFRLE1BQU1BLFFBQU8sUUFBUSxHQUFHO0FBQUEsRUFDeEQ7QUFDRjtBQUVBLFNBQVMsTUFBTSxRQUF1QjtBQUNwQyxRQUFNLFFBQVE7QUFDZCxNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE1BQU0sVUFBVSxXQUFZLE9BQU0sTUFBTTtBQUNwRztBQUVBLFNBQVMsVUFBVSxPQUF3QjtBQUN6QyxTQUFPLGlCQUFpQixRQUFRLEdBQUcsTUFBTSxJQUFJLEtBQUssTUFBTSxPQUFPLEtBQUssT0FBTyxLQUFLO0FBQ2xGOzs7QUN2Sk8sSUFBTSxlQUFlO0FBRXJCLElBQU0sbUJBQW1CO0FBQ2hDLElBQU0saUJBQWlCO0FBQ3ZCLElBQU0scUJBQXFCO0FBQzNCLElBQU0sc0JBQXNCO0FBYXJCLFNBQVMsbUJBQW1CLFNBQTRDO0FBQzdFLFNBQU8sSUFBSSxPQUFPLHFCQUFxQixPQUFPLENBQUM7QUFDakQ7QUFFQSxJQUFNLFNBQU4sTUFBcUM7QUFBQSxFQUMxQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0EsU0FBUyxvQkFBSSxJQUFxQjtBQUFBLEVBQ2xDLGFBQWEsb0JBQUksSUFBb0M7QUFBQSxFQUM5RDtBQUFBLEVBQ0EsVUFBVTtBQUFBLEVBRVYsWUFBWSxTQUFnQztBQUMxQyxTQUFLLEtBQUs7QUFDVixTQUFLLFFBQVEsUUFBUTtBQUNyQixVQUFNLFFBQVEsUUFBUTtBQUN0QixTQUFLLE9BQU8sVUFBVSxTQUFZLEtBQUssTUFBTSxNQUFNLE1BQU0sSUFBSTtBQUM3RCxVQUFNLE9BQU8sV0FBVztBQUN4QixVQUFNLFVBQVUsVUFBVSxVQUFhLFNBQVMsU0FBWSxLQUFLLE9BQU8sTUFBTSxLQUFLLElBQUk7QUFDdkYsU0FBSyxXQUFXLElBQUk7QUFBQSxNQUNsQixRQUFRLE1BQU0sb0JBQW9CLFNBQVksQ0FBQyxJQUFJLEVBQUUsU0FBUyxRQUFRLE1BQU0sZ0JBQWdCO0FBQUEsSUFDOUY7QUFDQSxTQUFLLGVBQWU7QUFDcEIsU0FBSyxPQUFPLEVBQUUsU0FBUyxLQUFLLFVBQVUsZUFBZSxRQUFRLGVBQWUsUUFBUTtBQUNwRixTQUFLLFNBQVMsSUFBSSxZQUFZLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDdEQsU0FBSyxZQUNILFFBQVEsYUFBYSxTQUNqQixTQUNBLElBQUk7QUFBQSxNQUFlLFFBQVE7QUFBQSxNQUFVLFFBQVE7QUFBQSxNQUFRLENBQUMsVUFDcEQsS0FBSyxXQUFXLHFCQUFxQixRQUFXLEtBQUs7QUFBQSxJQUN2RDtBQUNOLFFBQUksT0FBTyxLQUFLLE1BQU0sVUFBVSxZQUFZO0FBQzFDLFdBQUssV0FBVyxLQUFLLE1BQU0sTUFBTSxDQUFDLFNBQVMsS0FBSyxXQUFXLElBQUksQ0FBQztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUFBLEVBRUEsR0FBOEIsTUFBUyxVQUE4QztBQUNuRixXQUFPLEtBQUssU0FBUyxHQUFHLE1BQU0sUUFBUTtBQUFBLEVBQ3hDO0FBQUEsRUFFQSxXQUFXLE1BQXFCO0FBQzlCLFNBQUssT0FBTyxXQUFXLElBQUk7QUFBQSxFQUM3QjtBQUFBLEVBRUEsTUFBTSxRQUF1QjtBQUMzQixRQUFJLEtBQUssUUFBUztBQUNsQixTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVc7QUFDaEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssT0FBTyxXQUFXO0FBQ3ZCLFVBQU0sS0FBSyxXQUFXLE1BQU07QUFBQSxFQUM5QjtBQUFBLEVBRUEsTUFBTSxVQUNKLE1BQ0EsVUFBNEIsQ0FBQyxHQUNJO0FBQ2pDLFVBQU0sVUFBVSxLQUFLLFNBQVMsU0FBUyxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQzdELFFBQUk7QUFDSixVQUFNLFNBQVMsUUFBUSxVQUFVLEtBQUssR0FBRztBQUN6QyxRQUFJO0FBQ0YsVUFBSSxLQUFLO0FBQ1AsY0FBTSxJQUFJLFlBQVksMkVBQTJFO0FBQ25HLGdCQUFVLEtBQUssU0FBUyxJQUFJO0FBQzVCLFlBQU0sU0FBUyxLQUFLLGFBQWEsU0FBUyxNQUFNLEtBQU0sTUFBTSxLQUFLLE9BQU8sU0FBUyxNQUFNO0FBQ3ZGLFdBQUssV0FBVyxTQUFTLFFBQVEsT0FBTztBQUN4QyxhQUFPLElBQUksYUFBYSxPQUFPLE9BQU8sT0FBTyxRQUFRLFFBQVEsVUFBVSxRQUFRLEtBQUssSUFBSTtBQUFBLElBQzFGLFNBQVMsT0FBTztBQUNkLFVBQUksWUFBWSxVQUFhLFFBQVEsYUFBYSxVQUFhLFlBQVksS0FBSyxHQUFHO0FBQ2pGLGFBQUssV0FBVyxRQUFRLE1BQU0sUUFBUSxVQUFVLEtBQUs7QUFDckQsWUFBSTtBQUNKLFlBQUk7QUFDRixrQkFBUSxNQUFNLEtBQUssVUFBVSxTQUFTLFFBQVEsVUFBVSxNQUFNO0FBQUEsUUFDaEUsU0FBUyxlQUFlO0FBQ3RCLGVBQUssV0FBVyxRQUFRLE1BQU0sUUFBUSxVQUFVLGFBQWE7QUFDN0QsZ0JBQU07QUFBQSxRQUNSO0FBQ0EsYUFBSyxXQUFXLFNBQVMsRUFBRSxPQUFPLE9BQU8sUUFBUSxRQUFRLFdBQVcsR0FBRyxPQUFPO0FBQzlFLGVBQU8sSUFBSSxhQUFhLE9BQU8sWUFBWSxRQUFRLFVBQVUsUUFBUSxLQUFLLElBQUk7QUFBQSxNQUNoRjtBQUNBLFlBQU0sUUFBUSxZQUFZLFVBQWEsY0FBYyxLQUFLLElBQUksZUFBZSxLQUFLLElBQUk7QUFDdEYsV0FBSyxXQUFXLFNBQVMsUUFBUSxPQUFPLElBQUksR0FBRyxTQUFTLFVBQVUsS0FBSztBQUN2RSxZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLE1BQU0sU0FBUyxPQUFvRDtBQUNqRSxVQUFNLE9BQU8sU0FBVSxNQUFNLEtBQUssc0JBQXNCO0FBQ3hELFVBQU0sVUFBVSxNQUFNLFFBQVEsV0FBVyxLQUFLLElBQUksQ0FBQyxTQUFTLEtBQUssVUFBVSxJQUFJLENBQUMsQ0FBQztBQUNqRixVQUFNLFNBQXlCLEVBQUUsUUFBUSxDQUFDLEdBQUcsUUFBUSxDQUFDLEVBQUU7QUFDeEQsWUFBUSxRQUFRLENBQUMsUUFBUSxNQUFNO0FBQzdCLFlBQU0sT0FBTyxLQUFLLENBQUMsS0FBSztBQUN4QixVQUFJLE9BQU8sV0FBVyxhQUFhO0FBQ2pDLGNBQU0sSUFBSSxPQUFPO0FBQ2pCLGVBQU8sT0FBTyxLQUFLLEVBQUUsTUFBTSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsU0FBUyxRQUFRLEVBQUUsT0FBTyxDQUFDO0FBQUEsTUFDakYsT0FBTztBQUNMLGVBQU8sT0FBTyxLQUFLLEVBQUUsTUFBTSxPQUFPLFFBQVEsT0FBTyxNQUFNLEVBQUUsQ0FBQztBQUFBLE1BQzVEO0FBQUEsSUFDRixDQUFDO0FBQ0QsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBSUEsU0FBUyxNQUF1QjtBQUM5QixVQUFNLE9BQU8sS0FBSyxPQUFPLElBQUksSUFBSTtBQUNqQyxRQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLFVBQU0sRUFBRSxNQUFNLFNBQVMsSUFBSSxVQUFVLElBQUk7QUFDekMsVUFBTSxZQUFZLFlBQVksS0FBSyxjQUFjLElBQUk7QUFDckQsVUFBTSxVQUFVLEtBQUssYUFBYSxNQUFNLFNBQVM7QUFDakQsUUFBSSxLQUFLLE9BQU8sUUFBUSxlQUFnQixNQUFLLE9BQU8sTUFBTTtBQUMxRCxTQUFLLE9BQU8sSUFBSSxNQUFNLE9BQU87QUFDN0IsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLGFBQWEsTUFBYyxVQUEyQjtBQUNwRCxXQUFPLEVBQUUsTUFBTSxVQUFVLEtBQUssU0FBUyxNQUFNLFFBQVEsR0FBRyxPQUFPLGFBQWEsUUFBUSxNQUFNLFFBQVE7QUFBQSxFQUNwRztBQUFBO0FBQUEsRUFHQSxjQUFjLE1BQXNCO0FBQ2xDLFVBQU0sV0FBVyxLQUFLLEdBQUc7QUFDekIsVUFBTSxTQUFTLGFBQWEsU0FBWSxTQUFZLFNBQVMsU0FBUyxTQUFTLElBQUk7QUFDbkYsV0FBTyxRQUFRLFdBQVcsU0FBUyxLQUFLLEdBQUcsTUFBTSxJQUFJLEtBQUssS0FBSyxHQUFHO0FBQUEsRUFDcEU7QUFBQTtBQUFBLEVBR0EsaUJBQWlCLE1BQXNCO0FBQ3JDLFVBQU0sV0FBVyxLQUFLLEdBQUc7QUFDekIsVUFBTSxTQUFTLGFBQWEsU0FBWSxTQUFZLFNBQVMsU0FBUyxTQUFTLElBQUk7QUFDbkYsV0FBTyxRQUFRLFdBQVcsU0FBUyxLQUFLLEdBQUcsTUFBTSxJQUFJLEtBQUs7QUFBQSxFQUM1RDtBQUFBLEVBRUEsTUFBTSx3QkFBMkM7QUFDL0MsVUFBTSxRQUFRLG9CQUFJLElBQUksQ0FBQyxHQUFHLE9BQU8sS0FBSyxLQUFLLEdBQUcsVUFBVSxXQUFXLENBQUMsQ0FBQyxHQUFHLEdBQUcsT0FBTyxLQUFLLEtBQUssR0FBRyxJQUFJLENBQUMsQ0FBQztBQUNyRyxRQUFJLE1BQU0sU0FBUyxLQUFLLE9BQU8sS0FBSyxNQUFNLFNBQVMsWUFBWTtBQUM3RCxpQkFBVyxRQUFRLE1BQU0sS0FBSyxNQUFNLEtBQUssRUFBRyxPQUFNLElBQUksSUFBSTtBQUFBLElBQzVEO0FBQ0EsV0FBTyxDQUFDLEdBQUcsS0FBSyxFQUFFLEtBQUs7QUFBQSxFQUN6QjtBQUFBO0FBQUE7QUFBQSxFQUtBLGFBQWEsU0FBa0IsUUFBcUM7QUFDbEUsVUFBTSxhQUFhLEtBQUssT0FBTyxXQUFXLFFBQVEsR0FBRztBQUNyRCxVQUFNLFdBQVcsZUFBZSxVQUFhLFdBQVcsS0FBSyxHQUFHLFNBQVMsU0FBWSxXQUFXO0FBQ2hHLFFBQUksZUFBZSxVQUFhLGFBQWEsT0FBVyxRQUFPO0FBQy9ELFVBQU0sWUFBWSxLQUFLLE9BQU8sVUFBVSxZQUFZLFFBQVEsS0FBSztBQUNqRSxRQUFJLGNBQWMsU0FBUztBQUN6QixhQUFPLEVBQUUsT0FBTyxVQUFVLE9BQU8sT0FBTyxRQUFRLFdBQVcsV0FBVyxhQUFhLGFBQWEsUUFBUTtBQUFBLElBQzFHO0FBQ0EsUUFBSSxjQUFjLFVBQVcsUUFBTztBQUNwQyxTQUFLLFNBQVMsU0FBUyxVQUFVO0FBQ2pDLFdBQU8sRUFBRSxPQUFPLFVBQVUsT0FBTyxTQUFTLFFBQVEsV0FBVyxXQUFXLGFBQWEsYUFBYSxRQUFRO0FBQUEsRUFDNUc7QUFBQSxFQUVBLE1BQU0sT0FBTyxTQUFrQixRQUFrQztBQUMvRCxVQUFNLEVBQUUsWUFBWSxPQUFBQyxRQUFPLE9BQU8sSUFBSSxNQUFNLEtBQUssU0FBUyxPQUFPO0FBQ2pFLFVBQU0sV0FBVyxXQUFXLEtBQUssR0FBRyxTQUFTLFdBQVcsV0FBVztBQUNuRSxRQUFJLGFBQWEsT0FBVyxRQUFPLEVBQUUsT0FBTyxVQUFVLE9BQUFBLFFBQU8sT0FBTztBQUNwRSxVQUFNLFFBQVEsTUFBTSxLQUFLLFNBQVMsWUFBWSxNQUFNO0FBQ3BELFdBQU8sRUFBRSxPQUFPLE1BQU0sT0FBTyxPQUFPLE1BQU0sVUFBVUEsV0FBVSxRQUFRLGFBQWFBLFFBQU8sT0FBTztBQUFBLEVBQ25HO0FBQUE7QUFBQSxFQUdBLE1BQU0sU0FBUyxTQUFpRztBQUM5RyxVQUFNLFNBQVMsS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ2pELFFBQUk7QUFDSixRQUFJLFdBQVcsUUFBVztBQUN4QixZQUFNLFlBQVksS0FBSyxPQUFPLFVBQVUsUUFBUSxRQUFRLEtBQUs7QUFDN0QsVUFBSSxjQUFjLFNBQVM7QUFDekIsZUFBTyxFQUFFLFlBQVksUUFBUSxPQUFPLE9BQU8sUUFBUSxPQUFPLFdBQVcsYUFBYSxhQUFhLFFBQVE7QUFBQSxNQUN6RztBQUNBLFVBQUksY0FBYyxTQUFTO0FBQ3pCLGFBQUssU0FBUyxTQUFTLE1BQU07QUFDN0IsZUFBTyxFQUFFLFlBQVksUUFBUSxPQUFPLFNBQVMsUUFBUSxPQUFPLFdBQVcsYUFBYSxhQUFhLFFBQVE7QUFBQSxNQUMzRztBQUNBLGdCQUFVO0FBQ1YsV0FBSyxPQUFPLGlCQUFpQixRQUFRLEtBQUssTUFBTTtBQUFBLElBQ2xEO0FBQ0EsVUFBTSxFQUFFLFNBQVMsT0FBTyxJQUFJLEtBQUssT0FBTztBQUFBLE1BQU0sS0FBSyxPQUFPO0FBQUEsTUFBUyxRQUFRO0FBQUEsTUFBSyxRQUFRO0FBQUEsTUFBTSxDQUFDLFdBQzdGLEtBQUssTUFBTSxTQUFTLFFBQVEsT0FBTztBQUFBLElBQ3JDO0FBQ0EsVUFBTSxFQUFFLFlBQVksT0FBTyxJQUFJLE1BQU07QUFDckMsV0FBTyxFQUFFLFlBQVksT0FBTyxTQUFTLGFBQWEsUUFBUSxPQUFPO0FBQUEsRUFDbkU7QUFBQTtBQUFBLEVBR0EsTUFBTSxNQUFNLFNBQWtCLFFBQXdCLFNBQWtEO0FBQ3RHLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxhQUFhLE1BQU0sS0FBSyxlQUFlLE9BQU87QUFDcEQsVUFBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE9BQU8sY0FBYyxRQUFRLEtBQUssVUFBVTtBQUN4RSxhQUFPLEVBQUUsWUFBWSxRQUFRLFFBQVE7QUFBQSxJQUN2QyxTQUFTLE9BQU87QUFDZCxVQUFJLENBQUMsY0FBYyxLQUFLLEVBQUcsT0FBTTtBQUNqQyxtQkFBYTtBQUFBLElBQ2Y7QUFDQSxVQUFNLFFBQVEsQ0FBQyxPQUFPLEtBQUssTUFBTSxJQUFJLGtCQUFrQkMsV0FBVSxVQUFVLENBQUMsR0FBRztBQUcvRSxVQUFNLFVBQVUsS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ2xELFFBQUksWUFBWSxVQUFhLEtBQUssT0FBTyxVQUFVLFNBQVMsUUFBUSxLQUFLLE1BQU0sV0FBVztBQUN4RixhQUFPLEVBQUUsWUFBWSxTQUFTLFFBQVEsUUFBUTtBQUFBLElBQ2hEO0FBQ0EsVUFBTTtBQUFBLE1BQ0osWUFBWSxTQUNSLGtCQUNBLG1CQUFtQixRQUFRLE9BQU8scUNBQXFDLEtBQUssT0FBTyxVQUFVO0FBQUEsSUFDbkc7QUFFQSxRQUFJLEtBQUssY0FBYyxRQUFXO0FBQ2hDLFlBQU0sS0FBSyx3QkFBd0I7QUFBQSxJQUNyQyxPQUFPO0FBQ0wsWUFBTSxRQUFRLE1BQU0sS0FBSyxVQUFVLE9BQU8sUUFBUSxNQUFNLFFBQVEsUUFBUTtBQUN4RSxVQUFJLE1BQU0sT0FBTztBQUNmLFlBQUk7QUFDRixnQkFBTUMsVUFBUyxZQUFZLE1BQU0sUUFBUSxrQkFBa0IsUUFBUSxHQUFHLEVBQUU7QUFDeEUsY0FBSUEsUUFBTyxTQUFTLFFBQVEsS0FBTSxPQUFNLElBQUksTUFBTSxhQUFhQSxRQUFPLElBQUksR0FBRztBQUM3RSxnQkFBTSxPQUFPLE1BQU0sZUFBZUEsU0FBUSxXQUFXLEtBQUssR0FBRyxVQUFVLFFBQVEsTUFBTUEsUUFBTyxPQUFPLENBQUM7QUFDcEcsZ0JBQU0sYUFBeUI7QUFBQSxZQUM3QixNQUFNLFFBQVE7QUFBQSxZQUNkLFVBQVUsUUFBUTtBQUFBLFlBQ2xCLFFBQUFBO0FBQUEsWUFDQSxTQUFTQSxRQUFPO0FBQUEsWUFDaEI7QUFBQSxZQUNBLFFBQVE7QUFBQTtBQUFBLFlBRVIsVUFBVSxLQUFLLEtBQUssSUFBSSxLQUFLLE9BQU87QUFBQSxZQUNwQyxTQUFTO0FBQUEsWUFDVCxVQUFVO0FBQUEsVUFDWjtBQUNBLGNBQUksQ0FBQyxPQUFPLFVBQVcsTUFBSyxPQUFPLGNBQWMsUUFBUSxLQUFLLFVBQVU7QUFDeEUsaUJBQU8sRUFBRSxZQUFZLFFBQVEsV0FBVztBQUFBLFFBQzFDLFNBQVMsT0FBTztBQUNkLGdCQUFNLEtBQUssb0NBQW9DRCxXQUFVLEtBQUssQ0FBQyxHQUFHO0FBQUEsUUFDcEU7QUFBQSxNQUNGLE9BQU87QUFDTCxjQUFNLEtBQUssTUFBTSxNQUFNO0FBQUEsTUFDekI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLHNCQUFzQixhQUFhLGFBQWE7QUFDOUQsVUFBTSxJQUFJO0FBQUEsTUFDUiwwQkFBMEIsUUFBUSxHQUFHLE1BQU0sTUFBTSxLQUFLLElBQUksQ0FBQztBQUFBLE1BQzNEO0FBQUEsUUFDRSxPQUFPLEtBQUssTUFBTTtBQUFBLFFBQ2xCLEdBQUksT0FBTyxXQUFXLFNBQVksQ0FBQyxJQUFJLEVBQUUsUUFBUSxNQUFNLE9BQU87QUFBQSxRQUM5RCxXQUFXLE9BQU8sYUFBYTtBQUFBLE1BQ2pDO0FBQUEsTUFDQSxFQUFFLE9BQU8sV0FBVztBQUFBLElBQ3RCO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxlQUFlLFNBQXVDO0FBQzFELFVBQU1DLFVBQVMsTUFBTSxZQUFZLEtBQUssT0FBTyxRQUFRLE1BQU0sUUFBUSxRQUFRO0FBQzNFLFVBQU0sT0FBTyxNQUFNLGVBQWVBLFNBQVEsV0FBVyxLQUFLLEdBQUcsVUFBVSxRQUFRLE1BQU1BLFFBQU8sT0FBTyxDQUFDO0FBQ3BHLFNBQUssV0FBVyxLQUFLLFFBQVEsTUFBTSxRQUFRLFVBQVVBLFNBQVEsSUFBSTtBQUNqRSxXQUFPO0FBQUEsTUFDTCxNQUFNLFFBQVE7QUFBQSxNQUNkLFVBQVUsUUFBUTtBQUFBLE1BQ2xCLFFBQUFBO0FBQUEsTUFDQSxTQUFTQSxRQUFPO0FBQUEsTUFDaEI7QUFBQSxNQUNBLFFBQVE7QUFBQSxNQUNSLFVBQVUsS0FBSyxLQUFLO0FBQUEsTUFDcEIsU0FBUztBQUFBLE1BQ1QsVUFBVTtBQUFBLElBQ1o7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLFNBQVMsU0FBa0IsT0FBeUI7QUFDbEQsUUFBSSxLQUFLLE9BQU8sV0FBVyxJQUFJLFFBQVEsR0FBRyxLQUFLLEtBQUssS0FBSyxJQUFJLE1BQU0sUUFBUztBQUM1RSxVQUFNLGFBQWEsS0FBSyxPQUFPO0FBQy9CLFNBQUssT0FBTyxNQUFNLFlBQVksUUFBUSxLQUFLLFFBQVEsTUFBTSxPQUFPLFdBQVc7QUFDekUsVUFBSTtBQUNGLGNBQU0sUUFBUSxNQUFNLEtBQUssZUFBZSxPQUFPO0FBQy9DLGNBQU0sWUFBWSxNQUFNLEtBQUssU0FBUyxPQUFPLEtBQUssR0FBRyxRQUFRLE1BQU0sUUFBUSxHQUFHO0FBQzlFLGFBQUssT0FBTyxLQUFLLFlBQVksUUFBUSxLQUFLLE1BQU07QUFDaEQsWUFBSSxPQUFPLFVBQVc7QUFDdEIsYUFBSyxPQUFPLGNBQWMsUUFBUSxLQUFLLEtBQUs7QUFDNUMsYUFBSyxhQUFhLFNBQVMsTUFBTSxNQUFNLFNBQVMsTUFBTSxPQUFPO0FBQUEsTUFDL0QsU0FBUyxPQUFPO0FBQ2QsYUFBSyxPQUFPLEtBQUssWUFBWSxRQUFRLEtBQUssTUFBTTtBQUNoRCxZQUFJLE9BQU8sVUFBVztBQUN0QixZQUFJLFdBQVcsS0FBSyxHQUFHO0FBRXJCLGVBQUssT0FBTyxpQkFBaUIsUUFBUSxLQUFLLEtBQUs7QUFBQSxRQUNqRCxPQUFPO0FBQ0wsZ0JBQU0sVUFBVSxLQUFLLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxPQUFPLE9BQU8sZ0JBQWdCO0FBQUEsUUFDNUU7QUFDQSxhQUFLLGFBQWEsU0FBUyxPQUFPLE1BQU0sU0FBUyxRQUFXLEtBQUs7QUFBQSxNQUNuRTtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0g7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFRQSxTQUNFLFlBQ0EsUUFDQSxVQUNnRztBQUNoRyxVQUFNLFlBQVksV0FBVyxLQUFLLEdBQUc7QUFDckMsVUFBTSxNQUFNLFlBQ1IsU0FBUyxXQUFXLE1BQU0sV0FBVyxPQUFPLElBQzVDLEdBQUcsU0FBUyxXQUFXLE1BQU0sV0FBVyxPQUFPLENBQUMsSUFBSSxTQUFTLFdBQVcsT0FBTztBQUNuRixVQUFNLE1BQU0sS0FBSyxPQUFPLGNBQWMsR0FBRztBQUN6QyxRQUFJLFFBQVEsVUFBYSxJQUFJLFNBQVMsV0FBVyxTQUFTLGFBQWEsVUFBYSxJQUFJLEtBQUssU0FBUyxJQUFJO0FBQ3hHLFVBQUksVUFBVyxZQUFXLFdBQVc7QUFDckMsYUFBTyxFQUFFLE9BQU8sS0FBSyxRQUFRLE1BQU07QUFBQSxJQUNyQztBQUNBLFVBQU0sRUFBRSxTQUFTLE9BQU8sSUFBSSxLQUFLLE9BQU8sTUFBTSxLQUFLLE9BQU8sV0FBVyxLQUFLLFdBQVcsTUFBTSxPQUFPLFdBQVc7QUFDM0csWUFBTSxFQUFFLFNBQVMsS0FBSyxJQUFJLE1BQU0sS0FBSyxnQkFBZ0IsV0FBVyxNQUFNO0FBQ3RFLFlBQU0sV0FBVyxLQUFLLE9BQU8sY0FBYyxHQUFHLEtBQUs7QUFDbkQsWUFBTSxRQUNKLGFBQWEsVUFBYSxTQUFTLFNBQVMsV0FBVyxRQUFRLFNBQVMsU0FBUyxNQUFNLElBQUksSUFDdkYsV0FDQTtBQUFBLFFBQ0UsUUFBUSxXQUFXO0FBQUEsUUFDbkIsTUFBTSxXQUFXO0FBQUEsUUFDakIsVUFBVSxjQUFjLFdBQVcsUUFBUSxFQUFFLFFBQVEsVUFBVSxDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksRUFBRSxDQUFDO0FBQUEsUUFDNUY7QUFBQSxNQUNGO0FBQ04sVUFBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE9BQU8sWUFBWSxLQUFLLEtBQUs7QUFDekQsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUNELFdBQU8sUUFBUSxLQUFLLENBQUMsVUFBVTtBQUM3QixVQUFJLFVBQVcsWUFBVyxXQUFXO0FBQ3JDLGFBQU8sRUFBRSxPQUFPLE9BQU87QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUEsRUFHQSxNQUFNLGdCQUNKLE1BQzRFO0FBQzVFLFVBQU0sVUFBVSxvQkFBSSxJQUEwQjtBQUM5QyxVQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBSSxRQUFRLGVBQWUsSUFBSTtBQUMvQixXQUFPLE1BQU0sU0FBUyxHQUFHO0FBQ3ZCLFlBQU0sUUFBUSxNQUFNLE9BQU8sQ0FBQyxTQUFTLENBQUMsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNwRCxpQkFBVyxRQUFRLE1BQU8sTUFBSyxJQUFJLElBQUk7QUFDdkMsVUFBSSxLQUFLLE9BQU8sY0FBYztBQUM1QixjQUFNLElBQUk7QUFBQSxVQUNSLHNCQUFzQixZQUFZO0FBQUEsVUFDbEMsRUFBRSxZQUFZLEtBQUssTUFBTSxPQUFPLFdBQVc7QUFBQSxRQUM3QztBQUFBLE1BQ0Y7QUFDQSxZQUFNLFNBQVMsTUFBTSxRQUFRLElBQUksTUFBTSxJQUFJLENBQUMsU0FBUyxLQUFLLGVBQWUsTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNyRixjQUFRLENBQUM7QUFDVCxhQUFPLFFBQVEsQ0FBQ0EsU0FBUSxNQUFNO0FBQzVCLGNBQU0sT0FBTyxNQUFNLENBQUMsS0FBSztBQUN6QixZQUFJQSxZQUFXLE9BQVc7QUFDMUIsZ0JBQVEsSUFBSSxNQUFNQSxPQUFNO0FBQ3hCLGFBQUssSUFBSSxNQUFNQSxRQUFPLE9BQU87QUFDN0IsWUFBSUEsWUFBVyxLQUFNLE9BQU0sS0FBSyxHQUFHLGVBQWVBLE9BQU0sQ0FBQztBQUFBLE1BQzNELENBQUM7QUFBQSxJQUNIO0FBQ0EsV0FBTyxFQUFFLFNBQVMsS0FBSztBQUFBLEVBQ3pCO0FBQUE7QUFBQSxFQUdBLE1BQU0sZUFBZSxNQUFvQixNQUFpRDtBQUN4RixRQUFJLFNBQVMsS0FBSyxLQUFNLFFBQU87QUFDL0IsUUFBSTtBQUNGLGNBQVEsTUFBTSxLQUFLLFNBQVMsS0FBSyxhQUFhLE1BQU0sS0FBSyxpQkFBaUIsSUFBSSxDQUFDLENBQUMsR0FBRyxXQUFXO0FBQUEsSUFDaEcsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsb0JBQXFCLFFBQU87QUFDakQsWUFBTTtBQUFBLElBQ1I7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUlBLE1BQU0sVUFBVSxTQUFrQixVQUEwQixRQUF5QztBQUNuRyxVQUFNLFVBQVUsT0FBTyxhQUFhLFdBQVcsR0FBRyxRQUFRLElBQUksS0FBUyxNQUFNLEtBQVMsUUFBUSxLQUFLO0FBQ25HLFVBQU0sT0FBTyxZQUFZLFNBQVksU0FBWSxLQUFLLFdBQVcsSUFBSSxPQUFPO0FBQzVFLFFBQUksU0FBUyxPQUFXLFFBQU87QUFDL0IsVUFBTSxTQUFTLFlBQW9DO0FBQ2pELFlBQU1BLFVBQVMsZUFBZSxRQUFRLE1BQU0sUUFBUTtBQUNwRCxZQUFNLE9BQU8sTUFBTSxlQUFlQSxPQUFNO0FBQ3hDLFlBQU0sVUFBVSxvQkFBSSxJQUEwQjtBQUM5QyxpQkFBVyxRQUFRLGVBQWVBLE9BQU0sR0FBRztBQUN6QyxjQUFNLFNBQVMsS0FBSyxPQUFPLFdBQVcsU0FBUyxNQUFNLEtBQUssaUJBQWlCLElBQUksQ0FBQyxDQUFDO0FBQ2pGLFlBQUksV0FBVyxPQUFXLFNBQVEsSUFBSSxNQUFNLE9BQU8sTUFBTTtBQUFBLE1BQzNEO0FBQ0EsWUFBTSxXQUFXLGNBQWNBLFNBQVEsRUFBRSxRQUFRLFVBQVUsQ0FBQyxTQUFTLFFBQVEsSUFBSSxJQUFJLEVBQUUsQ0FBQztBQUN4RixhQUFPLEVBQUUsUUFBQUEsU0FBUSxNQUFNLFVBQVUsTUFBTSxvQkFBSSxJQUFJLEVBQUU7QUFBQSxJQUNuRCxHQUFHO0FBQ0gsUUFBSSxZQUFZLFFBQVc7QUFDekIsVUFBSSxLQUFLLFdBQVcsUUFBUSxtQkFBb0IsTUFBSyxXQUFXLE1BQU07QUFDdEUsV0FBSyxXQUFXLElBQUksU0FBUyxLQUFLO0FBQ2xDLFlBQU0sTUFBTSxNQUFNLEtBQUssV0FBVyxPQUFPLE9BQU8sQ0FBQztBQUFBLElBQ25EO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBSUEsaUJBQXVCO0FBQ3JCLFVBQU0sSUFBSSxLQUFLLEdBQUc7QUFDbEIsUUFBSSxFQUFFLFFBQVMsTUFBSyxTQUFTLEdBQUcsU0FBUyxFQUFFLE9BQU87QUFDbEQsUUFBSSxFQUFFLFNBQVUsTUFBSyxTQUFTLEdBQUcsVUFBVSxFQUFFLFFBQVE7QUFDckQsUUFBSSxFQUFFLFVBQVcsTUFBSyxTQUFTLEdBQUcsV0FBVyxFQUFFLFNBQVM7QUFDeEQsUUFBSSxFQUFFLFFBQVMsTUFBSyxTQUFTLEdBQUcsU0FBUyxFQUFFLE9BQU87QUFDbEQsUUFBSSxFQUFFLGFBQWMsTUFBSyxTQUFTLEdBQUcsY0FBYyxFQUFFLFlBQVk7QUFDakUsUUFBSSxFQUFFLFVBQVcsTUFBSyxTQUFTLEdBQUcsV0FBVyxFQUFFLFNBQVM7QUFDeEQsUUFBSSxFQUFFLFFBQVMsTUFBSyxTQUFTLFFBQVEsRUFBRSxPQUFPO0FBQUEsRUFDaEQ7QUFBQSxFQUVBLFdBQVcsU0FBa0IsUUFBZ0IsU0FBdUI7QUFDbEUsUUFBSSxDQUFDLEtBQUssU0FBUyxNQUFNLE9BQU8sRUFBRztBQUNuQyxTQUFLLFNBQVMsS0FBSztBQUFBLE1BQ2pCLE1BQU07QUFBQSxNQUNOLE1BQU0sUUFBUTtBQUFBLE1BQ2QsVUFBVSxRQUFRO0FBQUEsTUFDbEIsU0FBUyxPQUFPLE1BQU0sT0FBTztBQUFBLE1BQzdCLE1BQU0sT0FBTyxNQUFNO0FBQUEsTUFDbkIsT0FBTyxLQUFLLE1BQU07QUFBQSxNQUNsQixPQUFPLE9BQU87QUFBQSxNQUNkLFFBQVEsT0FBTztBQUFBLE1BQ2YsWUFBWSxZQUFZLElBQUksSUFBSSxLQUFLLEtBQUssUUFBUSxJQUFJO0FBQUEsSUFDeEQsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLGFBQWEsU0FBa0IsSUFBYSxhQUFxQixXQUFvQixPQUF1QjtBQUMxRyxRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sU0FBUyxFQUFHO0FBQ3JDLFNBQUssU0FBUyxLQUFLO0FBQUEsTUFDakIsTUFBTTtBQUFBLE1BQ04sTUFBTSxRQUFRO0FBQUEsTUFDZCxVQUFVLFFBQVE7QUFBQSxNQUNsQjtBQUFBLE1BQ0E7QUFBQSxNQUNBLEdBQUksY0FBYyxTQUFZLENBQUMsSUFBSSxFQUFFLFVBQVU7QUFBQSxNQUMvQyxHQUFJLFVBQVUsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLFFBQVEsS0FBSyxFQUFFO0FBQUEsSUFDekQsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUVBLFdBQVcsTUFBYyxVQUE4QixPQUFzQjtBQUMzRSxRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sT0FBTyxFQUFHO0FBQ25DLFNBQUssU0FBUyxLQUFLO0FBQUEsTUFDakIsTUFBTTtBQUFBLE1BQ047QUFBQSxNQUNBLEdBQUksYUFBYSxTQUFZLENBQUMsSUFBSSxFQUFFLFNBQVM7QUFBQSxNQUM3QyxPQUFPLFFBQVEsS0FBSztBQUFBLElBQ3RCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHQSxTQUFTLGNBQWMsT0FBcUM7QUFDMUQsU0FBTyxpQkFBaUI7QUFDMUI7QUFHQSxTQUFTLFlBQVksT0FBeUI7QUFDNUMsU0FBTyxjQUFjLEtBQUssS0FBSyxXQUFXLEtBQUs7QUFDakQ7QUFFQSxTQUFTLGVBQWUsT0FBK0I7QUFDckQsU0FBTyxJQUFJO0FBQUEsSUFDVCxHQUFHLE1BQU0sT0FBTztBQUFBLElBQ2hCLEVBQUUsT0FBTyxNQUFNLE9BQU8sR0FBSSxNQUFNLFdBQVcsU0FBWSxDQUFDLElBQUksRUFBRSxRQUFRLE1BQU0sT0FBTyxHQUFJLFdBQVcsTUFBTSxVQUFVO0FBQUEsSUFDbEgsRUFBRSxPQUFPLE1BQU0sU0FBUyxNQUFNO0FBQUEsRUFDaEM7QUFDRjtBQUVBLFNBQVMsU0FBUyxHQUFnQyxHQUF5QztBQUN6RixNQUFJLEVBQUUsU0FBUyxFQUFFLEtBQU0sUUFBTztBQUM5QixhQUFXLENBQUMsTUFBTSxPQUFPLEtBQUssRUFBRyxLQUFJLEVBQUUsSUFBSSxJQUFJLE1BQU0sUUFBUyxRQUFPO0FBQ3JFLFNBQU87QUFDVDtBQUVBLFNBQVNELFdBQVUsT0FBd0I7QUFDekMsU0FBTyxpQkFBaUIsUUFBUSxHQUFHLE1BQU0sSUFBSSxLQUFLLE1BQU0sT0FBTyxLQUFLLE9BQU8sS0FBSztBQUNsRjs7O0FDbm1CQSxTQUFTLFlBQVksdUJBQXVCO0FBRTVDLE9BQU9FLGtCQUFpQjs7O0FDRnhCLFlBQVlDLFFBQU87QUFHWixJQUFNLG1CQUFtQjtBQUd6QixJQUFNLG9CQUFzQixVQUFPO0FBQUEsRUFDeEMsU0FBVyxVQUFPO0FBQUEsRUFDbEIsUUFBVSxTQUFRLFVBQU8sQ0FBQztBQUFBLEVBQzFCLE1BQVEsWUFBVyxVQUFPLENBQUM7QUFDN0IsQ0FBQztBQUdNLElBQU0sb0JBQXNCLFVBQU87QUFBQSxFQUN4QyxNQUFRLFVBQU87QUFBQSxFQUNmLFVBQVksU0FBTSxpQkFBaUI7QUFDckMsQ0FBQztBQUdNLElBQU0sbUJBQXFCLFVBQU87QUFBQSxFQUN2QyxTQUFXO0FBQUEsSUFDUCxVQUFPO0FBQUEsTUFDUCxNQUFRLFVBQU87QUFBQSxNQUNmLFVBQVksWUFBVyxTQUFNLGlCQUFpQixDQUFDO0FBQUEsSUFDakQsQ0FBQztBQUFBLEVBQ0g7QUFDRixDQUFDO0FBR00sSUFBTSxxQkFBdUIsVUFBTyxFQUFFLFNBQVcsVUFBTyxFQUFFLENBQUM7QUFzQjNELFNBQVMsV0FBVyxNQUFzQjtBQUMvQyxTQUFPLEtBQUssZ0JBQWdCLFlBQVksbUJBQW1CLElBQUksQ0FBQztBQUNsRTtBQUdPLFNBQVMsWUFBWSxNQUFjLFNBQXlCO0FBQ2pFLFNBQU8sR0FBRyxXQUFXLElBQUksQ0FBQyxhQUFhLG1CQUFtQixPQUFPLENBQUM7QUFDcEU7QUFHTyxTQUFTLFlBQVksTUFBc0I7QUFDaEQsU0FBTyxHQUFHLFdBQVcsSUFBSSxDQUFDO0FBQzVCO0FBR08sU0FBUyxVQUFVLE1BQWMsT0FBdUI7QUFDN0QsU0FBTyxHQUFHLFdBQVcsSUFBSSxDQUFDLFdBQVcsbUJBQW1CLEtBQUssQ0FBQztBQUNoRTtBQUdPLFNBQVMsZUFBZSxPQUFvRjtBQUNqSCxTQUFPLE1BQU0sT0FDVixNQUFNLEdBQUcsQ0FBQyxFQUNWLElBQUksQ0FBQyxVQUFVLEdBQUcsTUFBTSxLQUFLLFNBQVMsSUFBSSxNQUFNLEtBQUssSUFBSSxNQUFNLEVBQUUsS0FBSyxHQUFHLElBQUksUUFBUSxLQUFLLE1BQU0sT0FBTyxFQUFFLEVBQ3pHLEtBQUssSUFBSTtBQUNkOzs7QUR2QkEsSUFBTSxjQUFOLGNBQTBCLE1BQU07QUFBQSxFQUM5QixZQUNXLFFBQ0EsTUFDVCxTQUNTLFVBQWtDLENBQUMsR0FDNUM7QUFDQSxVQUFNLE9BQU87QUFMSjtBQUNBO0FBRUE7QUFBQSxFQUdYO0FBQUEsRUFOVztBQUFBLEVBQ0E7QUFBQSxFQUVBO0FBSWI7QUFFQSxJQUFNLFlBQVk7QUFFbEIsU0FBUyxPQUFPLE1BQXNCO0FBQ3BDLFNBQU8sV0FBVyxRQUFRLEVBQUUsT0FBTyxNQUFNLE1BQU0sRUFBRSxPQUFPO0FBQzFEO0FBWU8sU0FBUywyQkFBMkIsU0FBNEQ7QUFDckcsUUFBTSxFQUFFLE1BQU0sSUFBSTtBQUNsQixNQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE1BQU0saUJBQWlCLFlBQVk7QUFDM0YsVUFBTSxJQUFJLFlBQVksc0VBQXNFLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFBQSxFQUNqSDtBQUNBLE1BQUksUUFBUSxVQUFVLFdBQWMsT0FBTyxRQUFRLFVBQVUsWUFBWSxRQUFRLFVBQVUsS0FBSztBQUM5RixVQUFNLElBQUksWUFBWSw0RUFBNEU7QUFBQSxNQUNoRyxRQUFRO0FBQUEsSUFDVixDQUFDO0FBQUEsRUFDSDtBQUNBLFFBQU0sVUFDSixRQUFRLFlBQ1AsQ0FBQyxVQUFtQjtBQUNuQixZQUFRLE1BQU0sc0JBQXNCLEtBQUs7QUFBQSxFQUMzQztBQUNGLFFBQU0sY0FBYyxRQUFRLFVBQVUsU0FBWSxTQUFZLE9BQU8sUUFBUSxLQUFLO0FBQ2xGLFFBQU0sV0FBVyxRQUFRLGFBQWE7QUFDdEMsUUFBTSxlQUFlLFFBQVEsZ0JBQWdCLE9BQU87QUFDcEQsTUFBSSxDQUFDLE9BQU8sU0FBUyxZQUFZLEtBQUssZ0JBQWdCLEdBQUc7QUFDdkQsVUFBTSxJQUFJLFlBQVksa0NBQWtDLE9BQU8sWUFBWSxDQUFDLElBQUksRUFBRSxRQUFRLGVBQWUsQ0FBQztBQUFBLEVBQzVHO0FBRUEsV0FBUyxVQUFVLEtBQTRCO0FBQzdDLFFBQUksZ0JBQWdCLE9BQVc7QUFDL0IsVUFBTUMsVUFBUyxJQUFJLFFBQVE7QUFDM0IsVUFBTSxZQUFZLEVBQUUsb0JBQW9CLDJCQUEyQjtBQUNuRSxVQUFNLFFBQVEsT0FBT0EsWUFBVyxXQUFXLDZCQUE2QixLQUFLQSxPQUFNLElBQUk7QUFDdkYsUUFBSSxRQUFRLENBQUMsTUFBTSxRQUFXO0FBQzVCLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUNBLFFBQUksQ0FBQyxnQkFBZ0IsT0FBTyxNQUFNLENBQUMsQ0FBQyxHQUFHLFdBQVcsR0FBRztBQUNuRCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsaUJBQWUsU0FBUyxNQUFjLFVBQXlDO0FBQzdFLFVBQU0sV0FBVyxNQUFNLE1BQU0sYUFBYSxJQUFJLEVBQUUsTUFBTSxNQUFNLENBQUMsQ0FBa0I7QUFDL0UsUUFBSSxTQUFTLFdBQVcsR0FBRztBQUN6QixZQUFNLFFBQVEsTUFBTSxTQUFTLFNBQVksQ0FBQyxJQUFJLE1BQU0sTUFBTSxLQUFLLEVBQUUsTUFBTSxNQUFNLENBQUMsQ0FBYTtBQUMzRixZQUFNQyxTQUFRLElBQUksb0JBQW9CLE1BQU0sRUFBRSxPQUFPLE1BQU0sTUFBTSxhQUFhLGFBQWEsTUFBTSxLQUFLLEVBQUUsQ0FBQztBQUN6RyxhQUFPLElBQUksWUFBWSxLQUFLLGFBQWFBLE9BQU0sT0FBTztBQUFBLElBQ3hEO0FBQ0EsVUFBTSxTQUFTLHVCQUF1QixRQUFRO0FBQzlDLFVBQU0sUUFBUSxJQUFJLHFCQUFxQixNQUFNLFlBQVksVUFBVTtBQUFBLE1BQ2pFLFVBQVUsT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU87QUFBQSxNQUNyQyxRQUFRLFNBQVMsTUFBTTtBQUFBLElBQ3pCLENBQUM7QUFDRCxXQUFPLElBQUksWUFBWSxLQUFLLGFBQWEsTUFBTSxPQUFPO0FBQUEsRUFDeEQ7QUFFQSxpQkFBZSxNQUFNLEtBQXNCLEtBQW9DO0FBQzdFLFVBQU0sU0FBUyxJQUFJLFVBQVU7QUFDN0IsVUFBTSxTQUFTLElBQUksT0FBTztBQUMxQixVQUFNLElBQUksT0FBTyxRQUFRLEdBQUc7QUFDNUIsVUFBTSxVQUFVLE1BQU0sS0FBSyxTQUFTLE9BQU8sTUFBTSxHQUFHLENBQUM7QUFDckQsVUFBTSxRQUFRLElBQUksZ0JBQWdCLE1BQU0sS0FBSyxLQUFLLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNyRSxVQUFNLFdBQVcsUUFBUSxNQUFNLEdBQUcsRUFBRSxNQUFNLENBQUM7QUFDM0MsUUFBSSxTQUFTLENBQUMsTUFBTSxRQUFRLFNBQVMsQ0FBQyxNQUFNLFdBQVc7QUFDckQsWUFBTSxJQUFJLFlBQVksS0FBSyxhQUFhLHFCQUFxQixNQUFNLElBQUksUUFBUSxNQUFNLEdBQUcsR0FBRyxDQUFDLG9DQUFvQztBQUFBLElBQ2xJO0FBQ0EsY0FBVSxHQUFHO0FBQ2IsVUFBTSxPQUFPLFNBQVMsTUFBTSxDQUFDO0FBQzdCLFFBQUksS0FBSyxXQUFXLEtBQU0sS0FBSyxXQUFXLEtBQUssS0FBSyxDQUFDLE1BQU0sSUFBSztBQUM5RCxZQUFNLFFBQVEsQ0FBQyxPQUFPLE1BQU0sQ0FBQztBQUM3QixhQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssTUFBTSxRQUFRLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsSUFDakY7QUFDQSxVQUFNLFVBQVUsS0FBSyxJQUFJLGFBQWE7QUFDdEMsVUFBTSxPQUFPLFFBQVEsQ0FBQztBQUN0QixVQUFNLFVBQVUsbUJBQW1CLElBQUk7QUFDdkMsUUFBSSxZQUFZLFFBQVc7QUFDekIsWUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLEdBQUcsT0FBTywyREFBMkQ7QUFBQSxJQUNqSDtBQUNBLFFBQUksUUFBUSxXQUFXLEdBQUc7QUFDeEIsWUFBTSxRQUFRLENBQUMsT0FBTyxNQUFNLENBQUM7QUFDN0IsWUFBTSxXQUFXLE1BQU0sTUFBTSxhQUFhLElBQUk7QUFDOUMsVUFBSSxTQUFTLFdBQVcsRUFBRyxPQUFNLE1BQU0sU0FBUyxJQUFJO0FBQ3BELGFBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxFQUFFLE1BQU0sVUFBVSx1QkFBdUIsUUFBUSxFQUFFLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsSUFDdEg7QUFDQSxVQUFNLENBQUMsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUN0QixRQUFJLFNBQVMsY0FBYyxRQUFRLFVBQWEsUUFBUSxXQUFXLEdBQUc7QUFDcEUsWUFBTSxRQUFRLENBQUMsT0FBTyxRQUFRLEtBQUssQ0FBQztBQUNwQyxVQUFJQyxhQUFZLEdBQUcsTUFBTSxLQUFLO0FBQzVCLGNBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSxtQkFBbUIsS0FBSyxVQUFVLElBQUksTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLHVDQUF1QztBQUFBLE1BQ3ZJO0FBQ0EsVUFBSSxXQUFXLE1BQU8sUUFBTyxXQUFXLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDM0QsYUFBTyxXQUFXLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFBQSxJQUN2QztBQUNBLFFBQUksU0FBUyxhQUFhLFFBQVEsV0FBVyxHQUFHO0FBQzlDLFlBQU0sUUFBUSxDQUFDLE9BQU8sTUFBTSxDQUFDO0FBQzdCLFlBQU0sV0FBVyxNQUFNLElBQUksVUFBVTtBQUNyQyxVQUFJLGFBQWEsUUFBUSxhQUFhLE1BQU0sU0FBUyxTQUFTLE9BQU8sYUFBYSxRQUFRLE1BQU0sUUFBVztBQUN6RyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQTtBQUFBLFVBQ0E7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLFlBQU1DLFVBQ0osTUFBTSxZQUFZLFNBQVksTUFBTSxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksTUFBTSxNQUFNLFFBQVEsTUFBTSxRQUFRO0FBQ2hILFVBQUlBLFlBQVcsT0FBVyxPQUFNLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFDN0QsYUFBTyxTQUFTLEtBQUssS0FBSyxLQUFLLE1BQU0sU0FBU0EsT0FBTSxHQUFHLEVBQUUsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLElBQ3hGO0FBQ0EsUUFBSSxTQUFTLFlBQVksUUFBUSxVQUFhLFFBQVEsV0FBVyxHQUFHO0FBQ2xFLFlBQU0sUUFBUSxDQUFDLEtBQUssQ0FBQztBQUNyQixhQUFPLFNBQVMsS0FBSyxLQUFLLE1BQU0sR0FBRztBQUFBLElBQ3JDO0FBQ0EsVUFBTSxJQUFJLFlBQVksS0FBSyxhQUFhLHFCQUFxQixNQUFNLElBQUksUUFBUSxNQUFNLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFBQSxFQUNqRztBQUVBLGlCQUFlLFVBQWtGO0FBQy9GLFFBQUksTUFBTSxTQUFTLFFBQVc7QUFDNUIsWUFBTSxJQUFJLFlBQVksS0FBSyxtQkFBbUIsT0FBTyxNQUFNLElBQUksb0RBQW9EO0FBQUEsSUFDckg7QUFDQSxVQUFNLFFBQVEsTUFBTSxNQUFNLEtBQUs7QUFDL0IsVUFBTSxVQUE0RCxJQUFJLE1BQU0sTUFBTSxNQUFNO0FBQ3hGLFFBQUksT0FBTztBQUNYLFVBQU0sU0FBUyxZQUEyQjtBQUN4QyxhQUFPLE9BQU8sTUFBTSxRQUFRO0FBQzFCLGNBQU0sSUFBSTtBQUNWLGNBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsZ0JBQVEsQ0FBQyxJQUFJLEVBQUUsTUFBTSxVQUFVLHVCQUF1QixNQUFNLE1BQU0sYUFBYSxJQUFJLENBQUMsRUFBRTtBQUFBLE1BQ3hGO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxJQUFJLE1BQU0sS0FBSyxFQUFFLFFBQVEsS0FBSyxJQUFJLElBQUksTUFBTSxNQUFNLEVBQUUsR0FBRyxNQUFNLENBQUM7QUFDNUUsV0FBTyxFQUFFLFFBQVE7QUFBQSxFQUNuQjtBQUVBLGlCQUFlLFdBQVcsS0FBc0IsS0FBcUIsTUFBYyxTQUFnQztBQUNqSCxVQUFNQSxVQUFTLE1BQU0sTUFBTSxXQUFXLE1BQU0sT0FBTztBQUNuRCxRQUFJQSxZQUFXLE9BQVcsT0FBTSxNQUFNLFNBQVMsTUFBTSxPQUFPO0FBQzVELFVBQU0sT0FBTyxNQUFNLFNBQVNBLE9BQU07QUFDbEMsVUFBTSxPQUFPLElBQUksS0FBSyxJQUFJO0FBQzFCLFVBQU0sVUFBVSxFQUFFLE1BQU0saUJBQWlCLFVBQVU7QUFDbkQsUUFBSSxZQUFZLElBQUksUUFBUSxlQUFlLEdBQUcsSUFBSSxHQUFHO0FBQ25ELFVBQUksVUFBVSxLQUFLLE9BQU87QUFDMUIsVUFBSSxJQUFJO0FBQ1I7QUFBQSxJQUNGO0FBQ0EsV0FBTyxTQUFTLEtBQUssS0FBSyxLQUFLLE1BQU0sT0FBTztBQUFBLEVBQzlDO0FBRUEsV0FBUyxnQkFBZ0IsWUFBNkM7QUFDcEUsUUFBSSxDQUFDLFVBQVU7QUFDYixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBLEVBQUUsT0FBTyxZQUFZO0FBQUEsTUFDdkI7QUFBQSxJQUNGO0FBQ0EsUUFBSSxNQUFNLFVBQVUsTUFBTSxRQUFXO0FBQ25DLFlBQU0sSUFBSSxZQUFZLEtBQUssbUJBQW1CLE9BQU8sTUFBTSxJQUFJLHVDQUF1QyxVQUFVLE1BQU07QUFBQSxJQUN4SDtBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxXQUFXLEtBQXNCLEtBQXFCLE1BQWMsU0FBZ0M7QUFDakgsb0JBQWdCLFlBQVk7QUFDNUIsVUFBTSxPQUFPLE1BQU0sYUFBYSxHQUFHO0FBQ25DLFFBQUlBO0FBQ0osUUFBSTtBQUNKLFFBQUk7QUFDRixNQUFBQSxVQUFTLFlBQVksTUFBTSxFQUFFLE1BQU0sZUFBZSxDQUFDO0FBQ25ELGFBQU8sTUFBTSxpQkFBaUJBLE9BQU07QUFBQSxJQUN0QyxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixxQkFBcUIsaUJBQWlCLGdCQUFnQjtBQUN6RSxjQUFNLElBQUksWUFBWSxLQUFLLGVBQWUsbUJBQW1CLE1BQU0sT0FBTyxFQUFFO0FBQUEsTUFDOUU7QUFDQSxZQUFNO0FBQUEsSUFDUjtBQUNBLFFBQUlBLFFBQU8sU0FBUyxRQUFRQSxRQUFPLFlBQVksU0FBUztBQUN0RCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0Esa0JBQWtCQSxRQUFPLElBQUksSUFBSUEsUUFBTyxPQUFPLHVCQUF1QixJQUFJLElBQUksT0FBTztBQUFBLE1BQ3ZGO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxhQUFhQSxPQUFNO0FBQy9CLFdBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxFQUFFLE1BQU0sU0FBUyxLQUFLLEdBQUcsRUFBRSxpQkFBaUIsV0FBVyxDQUFDO0FBQUEsRUFDekY7QUFFQSxpQkFBZSxTQUFTLEtBQXNCLEtBQXFCLE1BQWMsT0FBOEI7QUFDN0csb0JBQWdCLFVBQVU7QUFDMUIsUUFBSSxhQUFhLEtBQUssTUFBTSxTQUFTO0FBQ25DLFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQSxpQkFBaUIsS0FBSyxVQUFVLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQUEsTUFDdEQ7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLG1CQUFtQixVQUFVLE1BQU0sYUFBYSxHQUFHLENBQUM7QUFDbkUsUUFBSSxDQUFDLE9BQU8sUUFBUyxPQUFNLElBQUksWUFBWSxLQUFLLGVBQWUsMkNBQTJDO0FBQzFHLFVBQU0sTUFBTSxXQUFXLE1BQU0sT0FBTyxPQUFPLEtBQUssT0FBTztBQUN2RCxXQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssRUFBRSxNQUFNLE9BQU8sU0FBUyxPQUFPLEtBQUssUUFBUSxHQUFHLEVBQUUsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLEVBQy9HO0FBRUEsaUJBQWUsYUFBYSxLQUF3QztBQUNsRSxVQUFNLE9BQU8sSUFBSSxRQUFRLGNBQWMsS0FBSztBQUM1QyxRQUFJLENBQUMsc0NBQXNDLEtBQUssSUFBSSxHQUFHO0FBQ3JELFlBQU0sSUFBSSxZQUFZLEtBQUssMEJBQTBCLHlEQUF5RDtBQUFBLElBQ2hIO0FBQ0EsVUFBTSxXQUFXLE9BQU8sSUFBSSxRQUFRLGdCQUFnQixDQUFDO0FBQ3JELFVBQU0sV0FBVyxJQUFJO0FBQUEsTUFDbkI7QUFBQSxNQUNBO0FBQUEsTUFDQSx1Q0FBdUMsWUFBWTtBQUFBLE1BQ25ELEVBQUUsWUFBWSxRQUFRO0FBQUEsSUFDeEI7QUFDQSxRQUFJLE9BQU8sU0FBUyxRQUFRLEtBQUssV0FBVyxhQUFjLE9BQU07QUFDaEUsVUFBTSxTQUFtQixDQUFDO0FBQzFCLFFBQUksUUFBUTtBQUNaLHFCQUFpQixTQUFTLEtBQUs7QUFDN0IsWUFBTSxTQUFTO0FBQ2YsZUFBUyxPQUFPO0FBQ2hCLFVBQUksUUFBUSxhQUFjLE9BQU07QUFDaEMsYUFBTyxLQUFLLE1BQU07QUFBQSxJQUNwQjtBQUNBLFFBQUk7QUFDRixhQUFPLEtBQUssTUFBTSxPQUFPLE9BQU8sTUFBTSxFQUFFLFNBQVMsTUFBTSxDQUFDO0FBQUEsSUFDMUQsUUFBUTtBQUNOLFlBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSxxQ0FBcUM7QUFBQSxJQUNqRjtBQUFBLEVBQ0Y7QUFFQSxTQUFPLENBQUMsS0FBSyxRQUFRO0FBQ25CLFVBQU0sS0FBSyxHQUFHLEVBQUUsTUFBTSxDQUFDLFVBQW1CO0FBQ3hDLFlBQU0sVUFBVSxVQUFVLEtBQUs7QUFDL0IsVUFBSSxRQUFRLFVBQVUsT0FBTyxRQUFRLFdBQVcsSUFBSyxTQUFRLEtBQUs7QUFDbEUsVUFBSSxDQUFDLElBQUksWUFBYSxXQUFVLEtBQUssS0FBSyxPQUFPO0FBQUEsVUFDNUMsS0FBSSxRQUFRO0FBQ2pCLFVBQUksUUFBUSxXQUFXLElBQUssS0FBSSxHQUFHLFVBQVUsTUFBTSxJQUFJLFFBQVEsQ0FBQztBQUFBLElBQ2xFLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFFQSxlQUFlLFNBQVNBLFNBQWdFO0FBQ3RGLFNBQU8sRUFBRSxHQUFHQSxTQUFRLE1BQU1BLFFBQU8sUUFBUyxNQUFNLFlBQVlBLE9BQU0sRUFBRztBQUN2RTtBQUVBLFNBQVMsY0FBYyxTQUF5QjtBQUM5QyxNQUFJO0FBQ0osTUFBSTtBQUNGLFlBQVEsbUJBQW1CLE9BQU87QUFBQSxFQUNwQyxRQUFRO0FBQ04sVUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLHlDQUF5QztBQUFBLEVBQ3JGO0FBQ0EsTUFBSSxVQUFVLE9BQU8sVUFBVSxRQUFRLE1BQU0sU0FBUyxJQUFJLEdBQUc7QUFDM0QsVUFBTSxJQUFJLFlBQVksS0FBSyxlQUFlLHVEQUF1RDtBQUFBLEVBQ25HO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxNQUFNLFFBQWdCLFNBQWtDO0FBQy9ELE1BQUksQ0FBQyxRQUFRLFNBQVMsTUFBTSxHQUFHO0FBQzdCLFVBQU0sSUFBSSxZQUFZLEtBQUssc0JBQXNCLEdBQUcsTUFBTSw2QkFBNkIsUUFBUSxLQUFLLE1BQU0sQ0FBQyxLQUFLO0FBQUEsTUFDOUcsT0FBTyxRQUFRLEtBQUssSUFBSTtBQUFBLElBQzFCLENBQUM7QUFBQSxFQUNIO0FBQ0Y7QUFHTyxTQUFTLFlBQVlILFNBQTRCLE1BQXVCO0FBQzdFLE1BQUlBLFlBQVcsT0FBVyxRQUFPO0FBQ2pDLFNBQU9BLFFBQU8sTUFBTSxHQUFHLEVBQUUsS0FBSyxDQUFDLFNBQVM7QUFDdEMsVUFBTSxNQUFNLEtBQUssS0FBSyxFQUFFLFFBQVEsUUFBUSxFQUFFO0FBQzFDLFdBQU8sUUFBUSxPQUFPLFFBQVE7QUFBQSxFQUNoQyxDQUFDO0FBQ0g7QUFHQSxTQUFTLFVBQVUsT0FBNkI7QUFDOUMsTUFBSSxpQkFBaUIsWUFBYSxRQUFPO0FBQ3pDLE1BQUksaUJBQWlCLHVCQUF1QixpQkFBaUIsc0JBQXNCO0FBQ2pGLFdBQU8sSUFBSSxZQUFZLEtBQUssYUFBYSxNQUFNLE9BQU87QUFBQSxFQUN4RDtBQUNBLE1BQUksaUJBQWlCLHFCQUFxQixpQkFBaUIsZ0JBQWdCO0FBQ3pFLFdBQU8sSUFBSSxZQUFZLEtBQUssa0JBQWtCLE1BQU0sT0FBTztBQUFBLEVBQzdEO0FBQ0EsTUFBSSxpQkFBaUIsWUFBYSxRQUFPLElBQUksWUFBWSxLQUFLLGVBQWUsTUFBTSxPQUFPO0FBQzFGLE1BQUksaUJBQWlCLFlBQVk7QUFDL0IsUUFBSSxNQUFNLFdBQVcsSUFBSyxRQUFPLElBQUksWUFBWSxLQUFLLFlBQVksTUFBTSxPQUFPO0FBQy9FLFFBQUksTUFBTSxXQUFXLElBQUssUUFBTyxJQUFJLFlBQVksS0FBSyxlQUFlLE1BQU0sT0FBTztBQUNsRixRQUFJLE1BQU0sV0FBVyxJQUFLLFFBQU8sSUFBSSxZQUFZLEtBQUssYUFBYSxNQUFNLE9BQU87QUFDaEYsUUFBSSxNQUFNLFVBQVcsUUFBTyxJQUFJLFlBQVksS0FBSyxxQkFBcUIsTUFBTSxTQUFTLEVBQUUsZUFBZSxJQUFJLENBQUM7QUFDM0csV0FBTyxJQUFJLFlBQVksS0FBSyxZQUFZLE1BQU0sT0FBTztBQUFBLEVBQ3ZEO0FBQ0EsTUFBSSxpQkFBaUIsS0FBSyxFQUFHLFFBQU8sSUFBSSxZQUFZLEtBQUssWUFBWSxNQUFNLE9BQU87QUFDbEYsU0FBTyxJQUFJLFlBQVksS0FBSyxZQUFZLDRDQUE0QztBQUN0RjtBQUVBLFNBQVMsVUFBVSxLQUFzQixLQUFxQixTQUE0QjtBQUN4RixXQUFTLEtBQUssS0FBSyxRQUFRLFFBQVEsRUFBRSxPQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFFBQVEsRUFBRSxHQUFHO0FBQUEsSUFDOUYsaUJBQWlCO0FBQUEsSUFDakIsR0FBRyxRQUFRO0FBQUEsRUFDYixDQUFDO0FBQ0g7QUFFQSxTQUFTLFNBQ1AsS0FDQSxLQUNBLFFBQ0EsTUFDQSxVQUFrQyxDQUFDLEdBQzdCO0FBQ04sUUFBTSxPQUFPLEtBQUssVUFBVSxJQUFJO0FBQ2hDLE1BQUksVUFBVSxRQUFRO0FBQUEsSUFDcEIsZ0JBQWdCO0FBQUEsSUFDaEIsa0JBQWtCLE9BQU8sT0FBTyxXQUFXLElBQUksQ0FBQztBQUFBLElBQ2hELDBCQUEwQjtBQUFBLElBQzFCLEdBQUc7QUFBQSxFQUNMLENBQUM7QUFDRCxNQUFJLElBQUksSUFBSSxXQUFXLFNBQVMsU0FBWSxJQUFJO0FBQ2xEOzs7QUVqWkEsU0FBUyxZQUFBSSxpQkFBZ0I7QUFDekIsT0FBT0Msa0JBQWlCOzs7QUM4Q3hCLElBQU0sZUFBZSxDQUFDLE9BQThCLElBQUksUUFBUSxDQUFDLFlBQVksV0FBVyxTQUFTLEVBQUUsQ0FBQztBQUVwRyxTQUFTLFlBQVksT0FBZ0IsUUFBZ0IsS0FBYSxVQUEwQjtBQUMxRixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLFFBQVEsS0FBSztBQUN2RSxVQUFNLElBQUksWUFBWSw4QkFBOEIsR0FBRyxTQUFTLEtBQUssVUFBVSxLQUFLLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ3JHO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxjQUFpQixPQUFzQixRQUFnQixVQUFnQjtBQUM5RSxNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksT0FBTyxVQUFVLFdBQVksT0FBTSxJQUFJLFlBQVksMkJBQTJCLE9BQU8sS0FBSyxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQzVHLFNBQU87QUFDVDtBQU1PLFNBQVMsb0JBQW9CLE9BQXdFO0FBQzFHLFFBQU0sVUFBd0IsVUFBVSxRQUFRLEVBQUUsT0FBTyxFQUFFLElBQUksT0FBTyxVQUFVLFdBQVcsRUFBRSxPQUFPLE1BQU0sSUFBSyxTQUFTLENBQUM7QUFDekgsTUFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLE1BQU07QUFDbkQsVUFBTSxJQUFJLFlBQVksNkNBQTZDLE9BQU8sT0FBTyxJQUFJLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFBQSxFQUMxRztBQUNBLFFBQU0sUUFBUSxZQUFZLFFBQVEsT0FBTyxlQUFlLEdBQUcsQ0FBQztBQUM1RCxNQUFJLENBQUMsT0FBTyxVQUFVLEtBQUssRUFBRyxPQUFNLElBQUksWUFBWSwyQkFBMkIsS0FBSyxJQUFJLEVBQUUsUUFBUSxjQUFjLENBQUM7QUFDakgsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFdBQVcsWUFBWSxRQUFRLFdBQVcsbUJBQW1CLEdBQUcsR0FBRztBQUFBLElBQ25FLGNBQWMsWUFBWSxRQUFRLGNBQWMsc0JBQXNCLEdBQUcsR0FBSTtBQUFBLElBQzdFLGlCQUFpQixZQUFZLFFBQVEsaUJBQWlCLHlCQUF5QixHQUFHLEdBQU07QUFBQSxJQUN4RixPQUFPLGNBQWMsUUFBUSxPQUFPLGVBQWUsWUFBWTtBQUFBLElBQy9ELFFBQVEsY0FBYyxRQUFRLFFBQVEsZ0JBQWdCLEtBQUssTUFBTTtBQUFBLElBQ2pFLEtBQUssY0FBYyxRQUFRLEtBQUssYUFBYSxLQUFLLEdBQUc7QUFBQSxFQUN2RDtBQUNGO0FBR08sU0FBUyxrQkFBa0IsUUFBeUI7QUFDekQsU0FBTyxXQUFXLE9BQU8sV0FBVyxPQUFRLFVBQVUsT0FBTyxVQUFVLE9BQU8sV0FBVztBQUMzRjtBQU1PLFNBQVMsZ0JBQWdCLE9BQWtDLEtBQWlDO0FBQ2pHLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBVyxRQUFPO0FBQ2xELFFBQU0sT0FBTyxNQUFNLEtBQUs7QUFDeEIsTUFBSSxTQUFTLEdBQUksUUFBTztBQUN4QixNQUFJLGdCQUFnQixLQUFLLElBQUksRUFBRyxRQUFPLEtBQUssTUFBTSxPQUFPLElBQUksSUFBSSxHQUFJO0FBQ3JFLFFBQU0sT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUM1QixNQUFJLE9BQU8sTUFBTSxJQUFJLEVBQUcsUUFBTztBQUMvQixTQUFPLEtBQUssSUFBSSxHQUFHLE9BQU8sR0FBRztBQUMvQjtBQUdPLFNBQVMsYUFBYSxTQUFpQixTQUF1QztBQUNuRixRQUFNLFVBQVUsS0FBSyxJQUFJLFFBQVEsY0FBYyxRQUFRLFlBQVksS0FBSyxPQUFPO0FBQy9FLFNBQU8sS0FBSyxNQUFNLFFBQVEsT0FBTyxJQUFJLE9BQU87QUFDOUM7OztBQ3pGQSxTQUFTLGFBQWEsTUFBMEIsUUFBMEM7QUFDeEYsTUFBSSxTQUFTLFVBQWEsS0FBSyxLQUFLLE1BQU0sR0FBSSxRQUFPO0FBQ3JELFFBQU0sUUFBUSxPQUFPLElBQUksRUFBRSxRQUFRLFFBQVEsR0FBRyxFQUFFLEtBQUs7QUFDckQsU0FBTyxNQUFNLFNBQVMsTUFBTSxHQUFHLE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxXQUFNO0FBQzFEO0FBTU8sU0FBUyxZQUNkLFFBQ0EsS0FDQSxVQUF5RixDQUFDLEdBQzlFO0FBQ1osUUFBTUMsVUFBUyxhQUFhLFFBQVEsU0FBUyxJQUFJLE1BQU07QUFDdkQsUUFBTSxPQUFPQSxZQUFXLEtBQUssS0FBSyxzQkFBc0JBLE9BQU07QUFDOUQsUUFBTSxRQUFRLFFBQVEsYUFBYSxVQUFhLFFBQVEsV0FBVyxJQUFJLFVBQVUsUUFBUSxRQUFRLGNBQWM7QUFDL0csTUFBSTtBQUNKLE1BQUksV0FBVyxPQUFPLFdBQVcsS0FBSztBQUNwQyxjQUNFLE9BQU8sSUFBSSxLQUFLLDRCQUE0QixNQUFNLElBQUksV0FBVyxNQUFNLGlCQUFpQixXQUFXLFdBQzFGLElBQUksTUFBTSxPQUFPLElBQUksR0FBRywwQ0FBMEMsSUFBSSxTQUFTLElBQUksUUFBUTtBQUFBLEVBQ3hHLFdBQVcsV0FBVyxLQUFLO0FBQ3pCLGNBQ0UsT0FBTyxJQUFJLEtBQUssOERBQThELElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxJQUFJLElBQUk7QUFBQSxFQUVsSCxXQUFXLFdBQVcsS0FBSztBQUN6QixVQUFNLE9BQU8sUUFBUSxpQkFBaUIsU0FBWSxLQUFLLHNCQUFzQixLQUFLLEtBQUssUUFBUSxlQUFlLEdBQUksQ0FBQztBQUNuSCxjQUNFLE9BQU8sSUFBSSxLQUFLLHFDQUFxQyxJQUFJLFVBQVUsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLEdBQUcsS0FBSyxJQUFJLElBQUk7QUFBQSxFQUUvRyxXQUFXLFdBQVcsT0FBTyxVQUFVLEtBQUs7QUFDMUMsY0FDRSxPQUFPLElBQUksS0FBSyxnQ0FBZ0MsTUFBTSxXQUFXLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxHQUFHLEtBQUssSUFBSSxJQUFJO0FBQUEsRUFFN0csT0FBTztBQUNMLFVBQU0sT0FBTyxRQUFRLFNBQVMsU0FBWSxLQUFLLElBQUksUUFBUSxJQUFJO0FBQy9ELGNBQVUsT0FBTyxJQUFJLEtBQUssbUJBQW1CLE1BQU0sR0FBRyxJQUFJLFVBQVUsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLElBQUksSUFBSTtBQUNwRyxRQUFJLFdBQVcsSUFBSyxZQUFXO0FBQy9CLFFBQUksV0FBVyxJQUFLLFlBQVc7QUFBQSxFQUNqQztBQUNBLFNBQU8sSUFBSSxXQUFXLFNBQVMsRUFBRSxPQUFPLElBQUksT0FBTyxRQUFRLFdBQVcsa0JBQWtCLE1BQU0sRUFBRSxDQUFDO0FBQ25HO0FBR08sU0FBUyxhQUFhLEtBQXFCLE9BQWdCLFdBQStCLFVBQThCO0FBQzdILFFBQU0sUUFBUSxXQUFXLElBQUksS0FBSyxRQUFRLGVBQWU7QUFDekQsUUFBTSxVQUNKLGNBQWMsU0FDVixPQUFPLElBQUksS0FBSywwQkFBMEIsU0FBUyxhQUFhLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxHQUFHLEtBQUssNEVBRWhHLE9BQU8sSUFBSSxLQUFLLDBCQUEwQixJQUFJLEdBQUcsVUFBVSxJQUFJLE1BQU0sR0FBRyxLQUFLLEtBQzFFLElBQUksT0FBTyxjQUFjLEtBQUssQ0FBQyxDQUFDO0FBQ3pDLFNBQU8sSUFBSSxXQUFXLFNBQVMsRUFBRSxPQUFPLElBQUksT0FBTyxXQUFXLEtBQUssR0FBRyxFQUFFLE9BQU8sY0FBYyxPQUFPLElBQUksTUFBTSxFQUFFLENBQUM7QUFDbkg7QUFHTyxTQUFTLGVBQWUsS0FBcUIsU0FBaUIsUUFBNkI7QUFDaEcsU0FBTyxJQUFJO0FBQUEsSUFDVCxPQUFPLElBQUksS0FBSyx5Q0FBeUMsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLEtBQUssSUFBSSxPQUFPLE9BQU8sQ0FBQztBQUFBLElBRXpHLEVBQUUsT0FBTyxJQUFJLE9BQU8sUUFBUSxXQUFXLE1BQU07QUFBQSxFQUMvQztBQUNGO0FBRUEsU0FBUyxjQUFjLE9BQXdCO0FBQzdDLE1BQUksaUJBQWlCLE9BQU87QUFDMUIsVUFBTSxRQUFRLE1BQU0saUJBQWlCLFFBQVEsS0FBSyxNQUFNLE1BQU0sT0FBTyxNQUFNO0FBQzNFLFdBQU8sR0FBRyxNQUFNLE9BQU8sR0FBRyxLQUFLO0FBQUEsRUFDakM7QUFDQSxTQUFPLE9BQU8sS0FBSztBQUNyQjtBQU1BLFNBQVMsY0FBYyxPQUFnQixRQUFxRDtBQUMxRixNQUFJLEVBQUUsaUJBQWlCLE9BQVEsUUFBTztBQUN0QyxRQUFNLFFBQVEsTUFBTSxpQkFBaUIsUUFBUSxJQUFJLE1BQU0sT0FBTyxNQUFNLE1BQU0sT0FBTyxDQUFDLElBQUk7QUFDdEYsUUFBTSxPQUFPLElBQUksTUFBTSxPQUFPLE1BQU0sT0FBTyxHQUFHLFVBQVUsU0FBWSxTQUFZLEVBQUUsT0FBTyxNQUFNLENBQUM7QUFDaEcsT0FBSyxPQUFPLE1BQU07QUFDbEIsU0FBTztBQUNUO0FBYU8sU0FBUyxTQUFTLFNBQXNFO0FBQzdGLFFBQU0sT0FBTyxRQUFRLE9BQU8sQ0FBQyxNQUFtQixPQUFPLE1BQU0sWUFBWSxFQUFFLFNBQVMsQ0FBQztBQUNyRixTQUFPLENBQUMsU0FBUztBQUNmLFFBQUksTUFBTTtBQUNWLGVBQVcsVUFBVSxLQUFNLE9BQU0sSUFBSSxNQUFNLE1BQU0sRUFBRSxLQUFLLFlBQVk7QUFDcEUsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDekhPLFNBQVMsZUFBZSxPQUFnQixRQUFnQixVQUEwQjtBQUN2RixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLFNBQVMsR0FBRztBQUN0RSxVQUFNLElBQUksWUFBWSxrQ0FBa0MsS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDN0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGlCQUFpQixPQUFnQixRQUF3QjtBQUN2RSxNQUFJLE9BQU8sVUFBVSxZQUFZLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDcEQsVUFBTSxJQUFJLFlBQVksK0VBQStFLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDakg7QUFDQSxNQUFJQztBQUNKLE1BQUk7QUFDRixJQUFBQSxPQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsRUFDckIsUUFBUTtBQUNOLFVBQU0sSUFBSSxZQUFZLHVCQUF1QixLQUFLLFVBQVUsTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2hHO0FBQ0EsTUFBSUEsS0FBSSxhQUFhLFdBQVdBLEtBQUksYUFBYSxVQUFVO0FBQ3pELFVBQU0sSUFBSSxZQUFZLHVDQUF1Q0EsS0FBSSxRQUFRLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxFQUN6RjtBQUNBLE1BQUlBLEtBQUksV0FBVyxNQUFNQSxLQUFJLFNBQVMsSUFBSTtBQUN4QyxVQUFNLElBQUksWUFBWSw4Q0FBOEMsRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNoRjtBQUNBLFNBQU8sR0FBR0EsS0FBSSxNQUFNLEdBQUdBLEtBQUksUUFBUSxHQUFHLFFBQVEsUUFBUSxFQUFFO0FBQzFEOzs7QUMxQkEsT0FBTyxRQUFRO0FBS2YsSUFBTSxtQkFBbUIsS0FBSztBQUd2QixJQUFNLHlCQUF5QixLQUFLLE9BQU87QUE2RGxELElBQU0sZUFBTixjQUEyQixNQUFNO0FBQUM7QUFFbEMsSUFBTSxZQUFZO0FBR1gsU0FBUyxnQkFBZ0IsU0FBc0M7QUFDcEUsUUFBTSxZQUFZLENBQUMsT0FBK0IsVUFDL0MsUUFBUSxTQUFTLFdBQVcsT0FBTyxPQUFPLElBQUk7QUFFakQsaUJBQWUsUUFBUSxLQUFtRDtBQUN4RSxVQUFNQyxPQUFNLElBQUksSUFBSSxHQUFHLFFBQVEsT0FBTyxHQUFHLElBQUksSUFBSSxFQUFFO0FBQ25ELGVBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxPQUFPLFFBQVEsSUFBSSxnQkFBZ0IsQ0FBQyxDQUFDLEVBQUcsQ0FBQUEsS0FBSSxhQUFhLElBQUksS0FBSyxLQUFLO0FBQ2xHLFVBQU0sTUFBc0I7QUFBQSxNQUMxQixPQUFPLFFBQVE7QUFBQSxNQUNmLFFBQVEsSUFBSTtBQUFBLE1BQ1osS0FBSyxhQUFhQSxJQUFHO0FBQUEsTUFDckIsVUFBVSxRQUFRO0FBQUEsTUFDbEIsUUFBUSxRQUFRO0FBQUEsSUFDbEI7QUFDQSxVQUFNLEVBQUUsTUFBTSxJQUFJO0FBQ2xCLGFBQVMsVUFBVSxLQUFLLFdBQVc7QUFDakMsWUFBTSxXQUFXLFVBQVUsTUFBTTtBQUNqQyxVQUFJO0FBQ0osVUFBSTtBQUNGLGtCQUFVLE1BQU0sWUFBWUEsTUFBSyxLQUFLLEtBQUssVUFBVSxVQUFVLENBQUM7QUFBQSxNQUNsRSxTQUFTLE9BQU87QUFDZCxZQUFJLEVBQUUsaUJBQWlCLGdCQUFpQixPQUFNO0FBQzlDLFlBQUksQ0FBQyxVQUFVO0FBQ2IsZ0JBQU0sYUFBYSxLQUFLLE1BQU0sVUFBVSxNQUFNLFdBQVcsUUFBUSxZQUFZLFFBQVcsVUFBVSxDQUFDO0FBQUEsUUFDckc7QUFDQSxjQUFNLE1BQU0sTUFBTSxhQUFhLFNBQVMsS0FBSyxDQUFDO0FBQzlDO0FBQUEsTUFDRjtBQUNBLFVBQUksUUFBUSxTQUFTLE9BQVEsUUFBTyxRQUFRO0FBQzVDLFlBQU0sTUFBTSxNQUFNLFFBQVEsZ0JBQWdCLGFBQWEsU0FBUyxLQUFLLENBQUM7QUFBQSxJQUN4RTtBQUFBLEVBQ0Y7QUFJQSxpQkFBZSxZQUNiQSxNQUNBLEtBQ0EsS0FDQSxVQUNBLFVBQ3lCO0FBQ3pCLFVBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxRQUFJLFdBQVc7QUFDZixVQUFNLFFBQVEsV0FBVyxNQUFNO0FBQzdCLGlCQUFXO0FBQ1gsaUJBQVcsTUFBTSxJQUFJLE1BQU0sbUJBQW1CLFFBQVEsU0FBUyxLQUFLLENBQUM7QUFBQSxJQUN2RSxHQUFHLFFBQVEsU0FBUztBQUNwQixRQUFJO0FBQ0YsVUFBSTtBQUNKLFVBQUk7QUFDRixtQkFBVyxNQUFNLEdBQUdBLE1BQUs7QUFBQSxVQUN2QixRQUFRLElBQUksVUFBVTtBQUFBLFVBQ3RCLFNBQVMsRUFBRSxRQUFRLG9CQUFvQixHQUFHLFFBQVEsU0FBUyxHQUFHLElBQUksUUFBUTtBQUFBLFVBQzFFLEdBQUksSUFBSSxTQUFTLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxJQUFJLEtBQUs7QUFBQSxVQUNuRCxRQUFRLFdBQVc7QUFBQSxVQUNuQixTQUFTO0FBQUEsVUFDVCxPQUFPO0FBQUEsVUFDUCxpQkFBaUI7QUFBQSxVQUNqQixPQUFPO0FBQUEsUUFDVCxDQUFDO0FBQUEsTUFDSCxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUksZUFBZSxPQUFPLFFBQVE7QUFBQSxNQUMxQztBQUNBLFlBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSTtBQUM1QixVQUFJLGtCQUFrQixNQUFNLEtBQUssVUFBVTtBQUN6QyxjQUFNQyxnQkFBZSxnQkFBZ0IsUUFBUSxJQUFJLGFBQWEsR0FBRyxRQUFRLE1BQU0sSUFBSSxDQUFDO0FBQ3BGLFlBQUlBLGtCQUFpQixVQUFhQSxpQkFBZ0IsUUFBUSxNQUFNLGlCQUFpQjtBQUMvRSxrQkFBUSxTQUFTLElBQUk7QUFDckIsaUJBQU8sRUFBRSxNQUFNLFNBQVMsY0FBQUEsY0FBYTtBQUFBLFFBQ3ZDO0FBRUEsY0FBTSxRQUFRLE1BQU0sY0FBYyxVQUFVLFdBQVcsTUFBTTtBQUM3RCxjQUFNLFlBQVksUUFBUSxLQUFLLEVBQUUsR0FBRyxPQUFPLGNBQUFBLGVBQWMsU0FBUyxDQUFDO0FBQUEsTUFDckU7QUFDQSxZQUFNLFNBQVMsSUFBSSxjQUFjLFNBQVMsTUFBTSxNQUFNO0FBQ3RELFVBQUksVUFBVSxPQUFPLFNBQVMsS0FBSztBQUNqQyxjQUFNLE9BQU8sV0FBVyxNQUFNLFNBQVksTUFBTSxTQUFTLFVBQVUsS0FBSyxXQUFXLE1BQU07QUFDekYsZUFBTyxFQUFFLE1BQU0sUUFBUSxVQUFVLEVBQUUsUUFBUSxTQUFTLE1BQU0sT0FBTyxDQUFDLEdBQUcsSUFBSSxFQUFFO0FBQUEsTUFDN0U7QUFDQSxVQUFJLFdBQVcsT0FBTyxRQUFRO0FBQzVCLGdCQUFRLFNBQVMsSUFBSTtBQUNyQixlQUFPLEVBQUUsTUFBTSxRQUFRLFVBQVUsRUFBRSxRQUFRLFNBQVMsTUFBTSxRQUFXLE9BQU8sQ0FBQyxHQUFHLElBQUksRUFBRTtBQUFBLE1BQ3hGO0FBQ0EsWUFBTSxZQUFZLE1BQU0sY0FBYyxVQUFVLFdBQVcsTUFBTTtBQUNqRSxVQUFJLE9BQVEsUUFBTyxFQUFFLE1BQU0sUUFBUSxVQUFVLEVBQUUsUUFBUSxTQUFTLEdBQUcsV0FBVyxJQUFJLEVBQUU7QUFDcEYsWUFBTSxlQUFlLGdCQUFnQixRQUFRLElBQUksYUFBYSxHQUFHLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDcEYsWUFBTSxZQUFZLFFBQVEsS0FBSyxFQUFFLEdBQUcsVUFBVSxPQUFPLGNBQWMsU0FBUyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsZUFBZ0IsT0FBTTtBQUMzQyxVQUFJLFNBQVUsT0FBTSxJQUFJLGVBQWUsT0FBTyxJQUFJO0FBQ2xELFlBQU07QUFBQSxJQUNSLFVBQUU7QUFDQSxtQkFBYSxLQUFLO0FBQUEsSUFDcEI7QUFBQSxFQUNGO0FBRUEsaUJBQWUsU0FBUyxVQUFvQixLQUFxQixRQUF1QztBQUN0RyxVQUFNLE9BQU8sU0FBUyxRQUFRLElBQUksY0FBYyxLQUFLO0FBQ3JELFFBQUksQ0FBQyxVQUFVLEtBQUssSUFBSSxHQUFHO0FBQ3pCLGNBQVEsU0FBUyxJQUFJO0FBQ3JCLFlBQU07QUFBQSxRQUNKO0FBQUEsUUFDQSw2REFBNkQsU0FBUyxLQUFLLG9CQUFvQixLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFBQSxRQUNqSSxTQUFTO0FBQUEsTUFDWDtBQUFBLElBQ0Y7QUFDQSxRQUFJO0FBQ0osUUFBSTtBQUNGLGNBQVEsTUFBTSxZQUFZLFVBQVUsUUFBUSxjQUFjLE1BQU07QUFBQSxJQUNsRSxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixjQUFjO0FBQ2pDLGNBQU07QUFBQSxVQUNKO0FBQUEsVUFDQSwrQkFBK0IsWUFBWSxRQUFRLFlBQVksQ0FBQztBQUFBLFVBQ2hFLFNBQVM7QUFBQSxRQUNYO0FBQUEsTUFDRjtBQUNBLFlBQU07QUFBQSxJQUNSO0FBQ0EsUUFBSTtBQUNGLGFBQU8sS0FBSyxNQUFNLElBQUksWUFBWSxTQUFTLEVBQUUsT0FBTyxLQUFLLENBQUMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzNFLFNBQVMsT0FBTztBQUNkLFlBQU0sU0FBUyxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLO0FBQ3BFLFlBQU0sZUFBZSxLQUFLLCtCQUErQixPQUFPLE1BQU0sR0FBRyxHQUFHLENBQUMsS0FBSyxTQUFTLE1BQU07QUFBQSxJQUNuRztBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxjQUNiLFVBQ0EsUUFDd0U7QUFDeEUsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLFFBQVEsTUFBTSxZQUFZLFVBQVUsa0JBQWtCLE1BQU07QUFDbEUsWUFBTSxPQUFPLElBQUksWUFBWSxFQUFFLE9BQU8sS0FBSztBQUMzQyxVQUFJO0FBQ0YsZUFBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLE1BQ3hCLFFBQVE7QUFDTixlQUFPLEVBQUUsTUFBTSxRQUFXLE9BQU8sQ0FBQyxFQUFFO0FBQUEsTUFDdEM7QUFBQSxJQUNGLFNBQVMsT0FBTztBQUNkLFVBQUksaUJBQWlCLGFBQWMsUUFBTyxFQUFFLE1BQU0sUUFBVyxPQUFPLENBQUMsRUFBRTtBQUN2RSxZQUFNO0FBQUEsSUFDUjtBQUNBLFdBQU8sRUFBRSxNQUFNLE9BQU8sWUFBWSxJQUFJLEVBQUU7QUFBQSxFQUMxQztBQUVBLFNBQU8sRUFBRSxRQUFRO0FBQ25CO0FBR0EsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDakMsWUFDVyxVQUNBLFVBQ1Q7QUFDQSxVQUFNLGlCQUFpQjtBQUhkO0FBQ0E7QUFBQSxFQUdYO0FBQUEsRUFKVztBQUFBLEVBQ0E7QUFJYjtBQUdBLFNBQVMsWUFBWSxNQUFvRDtBQUN2RSxNQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsS0FBTSxRQUFPLENBQUM7QUFDdkQsUUFBTUMsVUFBUztBQUNmLFFBQU0sU0FBU0EsUUFBTztBQUN0QixNQUFJLE9BQU8sV0FBVyxZQUFZLFdBQVcsTUFBTTtBQUNqRCxVQUFNLElBQUk7QUFDVixXQUFPO0FBQUEsTUFDTCxHQUFJLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxNQUFNLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxNQUNyRCxHQUFJLE9BQU8sRUFBRSxZQUFZLFdBQVcsRUFBRSxTQUFTLEVBQUUsUUFBUSxJQUFJLENBQUM7QUFBQSxJQUNoRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxHQUFJLE9BQU8sV0FBVyxXQUFXLEVBQUUsTUFBTSxPQUFPLElBQUksQ0FBQztBQUFBLElBQ3JELEdBQUksT0FBT0EsUUFBTyxZQUFZLFdBQVcsRUFBRSxTQUFTQSxRQUFPLFFBQVEsSUFBSSxDQUFDO0FBQUEsRUFDMUU7QUFDRjtBQUdBLGVBQWUsWUFBWSxVQUFvQixPQUFlLFFBQTBDO0FBQ3RHLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUSxJQUFJLGdCQUFnQixDQUFDO0FBQzlELE1BQUksT0FBTyxTQUFTLFFBQVEsS0FBSyxXQUFXLE9BQU87QUFDakQsWUFBUSxTQUFTLElBQUk7QUFDckIsVUFBTSxJQUFJLGFBQWE7QUFBQSxFQUN6QjtBQUNBLE1BQUksU0FBUyxTQUFTLEtBQU0sUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNuRCxRQUFNLFNBQVMsU0FBUyxLQUFLLFVBQVU7QUFDdkMsUUFBTSxTQUF1QixDQUFDO0FBQzlCLE1BQUksUUFBUTtBQUNaLE1BQUk7QUFDRixlQUFTO0FBQ1AsWUFBTSxFQUFFLE1BQU0sTUFBTSxJQUFJLE1BQU0sVUFBVSxPQUFPLEtBQUssR0FBRyxNQUFNO0FBQzdELFVBQUksS0FBTTtBQUNWLGVBQVMsTUFBTTtBQUNmLFVBQUksUUFBUSxNQUFPLE9BQU0sSUFBSSxhQUFhO0FBQzFDLGFBQU8sS0FBSyxLQUFLO0FBQUEsSUFDbkI7QUFBQSxFQUNGLFNBQVMsT0FBTztBQUNkLFdBQU8sT0FBTyxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQ3JDLFVBQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxNQUFNLElBQUksV0FBVyxLQUFLO0FBQ2hDLE1BQUksU0FBUztBQUNiLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFFBQUksSUFBSSxPQUFPLE1BQU07QUFDckIsY0FBVSxNQUFNO0FBQUEsRUFDbEI7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFVBQWEsU0FBcUIsUUFBaUM7QUFDMUUsTUFBSSxPQUFPLFFBQVMsUUFBTyxRQUFRLE9BQU8sT0FBTyxNQUFNO0FBQ3ZELFNBQU8sSUFBSSxRQUFXLENBQUMsU0FBUyxXQUFXO0FBQ3pDLFVBQU0sVUFBVSxNQUFZLE9BQU8sT0FBTyxNQUFNO0FBQ2hELFdBQU8saUJBQWlCLFNBQVMsU0FBUyxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3hELFlBQVE7QUFBQSxNQUNOLENBQUMsVUFBVTtBQUNULGVBQU8sb0JBQW9CLFNBQVMsT0FBTztBQUMzQyxnQkFBUSxLQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsQ0FBQyxVQUFtQjtBQUNsQixlQUFPLG9CQUFvQixTQUFTLE9BQU87QUFDM0MsZUFBTyxLQUFLO0FBQUEsTUFDZDtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVBLFNBQVMsYUFBYUYsTUFBa0I7QUFDdEMsU0FBTyxHQUFHQSxLQUFJLE1BQU0sR0FBR0EsS0FBSSxRQUFRLEdBQUdBLEtBQUksTUFBTTtBQUNsRDtBQUVBLFNBQVMsWUFBWSxPQUF1QjtBQUMxQyxNQUFJLFNBQVMsT0FBTyxLQUFNLFFBQU8sR0FBRyxLQUFLLE1BQU8sU0FBUyxPQUFPLFFBQVMsRUFBRSxJQUFJLEVBQUU7QUFDakYsTUFBSSxTQUFTLEtBQU0sUUFBTyxHQUFHLEtBQUssTUFBTyxRQUFRLE9BQVEsRUFBRSxJQUFJLEVBQUU7QUFDakUsU0FBTyxHQUFHLEtBQUs7QUFDakI7QUFNQSxTQUFTLFFBQVEsTUFBK0M7QUFDOUQsUUFBTSxPQUFPLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDdEM7OztBSnJOTyxTQUFTLFVBQVUsU0FBc0M7QUFDOUQsTUFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLE1BQU07QUFDbkQsVUFBTSxJQUFJLFlBQVksa0VBQWtFLEVBQUUsUUFBUSxVQUFVLENBQUM7QUFBQSxFQUMvRztBQUNBLFFBQU0sWUFBWSxRQUFRLFFBQVE7QUFDbEMsUUFBTSxVQUFVLGlCQUFpQixRQUFRLEtBQUssS0FBSztBQUNuRCxNQUFJLFVBQVUsS0FBSyxPQUFPLEdBQUc7QUFDM0IsVUFBTSxJQUFJO0FBQUEsTUFDUixrRUFBa0UsS0FBSyxVQUFVLFFBQVEsUUFBUSxXQUFXLEVBQUUsQ0FBQyxDQUFDO0FBQUEsTUFDaEgsRUFBRSxRQUFRLE1BQU07QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsUUFBUTtBQUN0QixNQUFJLFVBQVUsV0FBYyxPQUFPLFVBQVUsWUFBWSxVQUFVLE1BQU0sU0FBUyxLQUFLLEtBQUssSUFBSTtBQUM5RixVQUFNLElBQUksWUFBWSxnRUFBZ0UsRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQzNHO0FBQ0EsUUFBTSxjQUFjLFFBQVEsV0FBVyxDQUFDO0FBQ3hDLE1BQUksT0FBTyxnQkFBZ0IsWUFBWSxnQkFBZ0IsTUFBTTtBQUMzRCxVQUFNLElBQUksWUFBWSwrQ0FBK0MsRUFBRSxRQUFRLFVBQVUsQ0FBQztBQUFBLEVBQzVGO0FBQ0EsUUFBTSxVQUFrQyxFQUFFLEdBQUcsWUFBWTtBQUN6RCxNQUFJLFVBQVUsT0FBVyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDaEUsUUFBTSxTQUFTLFNBQVMsQ0FBQyxPQUFPLEdBQUcsT0FBTyxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQzlELFFBQU0sWUFBWSxnQkFBZ0I7QUFBQSxJQUNoQyxPQUFPO0FBQUEsSUFDUDtBQUFBLElBQ0E7QUFBQSxJQUNBLFNBQVMsQ0FBQyxLQUFLO0FBQUEsSUFDZixVQUNFLFVBQVUsU0FDTixxSkFDQTtBQUFBLElBQ04sV0FBVyxlQUFlLFFBQVEsV0FBVyxhQUFhLEdBQUk7QUFBQSxJQUM5RCxPQUFPLG9CQUFvQixRQUFRLEtBQUs7QUFBQSxJQUN4QyxjQUFjLGVBQWUsUUFBUSxjQUFjLGdCQUFnQixzQkFBc0I7QUFBQSxJQUN6RixHQUFJLFFBQVEsVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sUUFBUSxNQUFNO0FBQUEsSUFDOUQ7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFFBQVEsSUFBSUcsVUFBeUQ7QUFBQSxJQUN6RSxLQUFLLGVBQWUsUUFBUSxlQUFlLGlCQUFpQixHQUFJO0FBQUEsRUFDbEUsQ0FBQztBQUdELGlCQUFlLFNBQ2IsS0FDQSxVQUN1QjtBQUN2QixRQUFJQztBQUNKLFFBQUk7QUFDRixNQUFBQSxVQUFTLFlBQVksSUFBSSxNQUFNLEVBQUUsTUFBTSxJQUFJLElBQUksSUFBSSxDQUFDO0FBQUEsSUFDdEQsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsa0JBQW1CLE9BQU0sZUFBZSxJQUFJLEtBQUssMEJBQTBCLE1BQU0sT0FBTyxHQUFHO0FBQ2hILFlBQU07QUFBQSxJQUNSO0FBQ0EsUUFBSUEsUUFBTyxTQUFTLFNBQVMsTUFBTTtBQUNqQyxZQUFNLGVBQWUsSUFBSSxLQUFLLHFCQUFxQixTQUFTLElBQUksMEJBQTBCQSxRQUFPLElBQUksR0FBRztBQUFBLElBQzFHO0FBQ0EsUUFBSSxTQUFTLFlBQVksVUFBYUEsUUFBTyxZQUFZLFNBQVMsU0FBUztBQUN6RSxZQUFNLGVBQWUsSUFBSSxLQUFLLHFCQUFxQixTQUFTLE9BQU8sU0FBU0EsUUFBTyxPQUFPLEVBQUU7QUFBQSxJQUM5RjtBQUNBLFVBQU0sT0FBTyxNQUFNLGlCQUFpQkEsT0FBTTtBQUMxQyxXQUFPLGFBQWFBLFNBQVFBLFFBQU8sVUFBVSxDQUFDLEdBQUcsSUFBSTtBQUFBLEVBQ3ZEO0FBRUEsV0FBUyxTQUFTLEtBQWlDO0FBQ2pELFFBQUksSUFBSSxXQUFXLElBQUssUUFBTztBQUMvQixRQUFJLElBQUksTUFBTSxTQUFTLFlBQWEsUUFBTztBQUMzQyxVQUFNLFlBQVksS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLO0FBQUEsRUFDM0M7QUFFQSxXQUFTLGFBQWEsS0FBd0IsTUFBNkI7QUFDekUsVUFBTSxTQUFTLGtCQUFrQixVQUFVLElBQUksSUFBSTtBQUNuRCxRQUFJLENBQUMsT0FBTyxRQUFTLE9BQU0sZUFBZSxJQUFJLEtBQUssNEJBQTRCLGVBQWUsT0FBTyxLQUFLLENBQUMsR0FBRztBQUM5RyxRQUFJLE9BQU8sS0FBSyxTQUFTLE1BQU07QUFDN0IsWUFBTSxlQUFlLElBQUksS0FBSyw4QkFBOEIsSUFBSSxvQkFBb0IsT0FBTyxLQUFLLElBQUksR0FBRztBQUFBLElBQ3pHO0FBQ0EsV0FBTyxjQUFjLE9BQU8sS0FBSyxVQUFVLElBQUksR0FBRztBQUFBLEVBQ3BEO0FBRUEsUUFBTSxRQUFtQjtBQUFBLElBQ3ZCLE1BQU07QUFBQSxJQUVOLE1BQU0sYUFBYSxNQUFNO0FBQ3ZCLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEMsTUFBTSxXQUFXLElBQUk7QUFBQSxRQUNyQixRQUFRLDRCQUE0QixJQUFJO0FBQUEsUUFDeEMsY0FBYyxDQUFDLEdBQUc7QUFBQSxNQUNwQixDQUFDO0FBQ0QsVUFBSSxTQUFTLEdBQUcsRUFBRyxRQUFPLENBQUM7QUFDM0IsYUFBTyxhQUFhLEtBQUssSUFBSTtBQUFBLElBQy9CO0FBQUEsSUFFQSxNQUFNLFdBQVcsTUFBTSxTQUFTO0FBQzlCLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsVUFBSSxPQUFPLFlBQVksWUFBWUMsYUFBWSxPQUFPLE1BQU0sUUFBUyxRQUFPO0FBQzVFLFlBQU0sT0FBTyxZQUFZLE1BQU0sT0FBTztBQUN0QyxZQUFNLFNBQVMsTUFBTSxJQUFJLElBQUk7QUFDN0IsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEM7QUFBQSxRQUNBLFNBQVMsV0FBVyxTQUFZLENBQUMsSUFBSSxFQUFFLGlCQUFpQixPQUFPLEtBQUs7QUFBQSxRQUNwRSxRQUFRLFlBQVksSUFBSSxJQUFJLE9BQU87QUFBQSxRQUNuQyxjQUFjLENBQUMsS0FBSyxHQUFHO0FBQUEsTUFDekIsQ0FBQztBQUNELFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsWUFBSSxXQUFXLE9BQVcsUUFBTyxPQUFPO0FBQ3hDLGNBQU0sZUFBZSxJQUFJLEtBQUssMkRBQTJELEdBQUc7QUFBQSxNQUM5RjtBQUNBLFVBQUksU0FBUyxHQUFHLEdBQUc7QUFDakIsY0FBTSxPQUFPLElBQUk7QUFDakIsZUFBTztBQUFBLE1BQ1Q7QUFDQSxZQUFNRCxVQUFTLE1BQU0sU0FBUyxLQUFLLEVBQUUsTUFBTSxRQUFRLENBQUM7QUFDcEQsWUFBTSxJQUFJLE1BQU0sRUFBRSxNQUFNLElBQUksUUFBUSxJQUFJLE1BQU0sS0FBSyxJQUFJQSxRQUFPLElBQUksS0FBSyxRQUFBQSxRQUFPLENBQUM7QUFDL0UsYUFBT0E7QUFBQSxJQUNUO0FBQUEsSUFFQSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQzVCLHVCQUFpQixNQUFNLFNBQVM7QUFDaEMsMEJBQW9CLFVBQVUsR0FBRyxJQUFJLElBQUksUUFBUSxFQUFFO0FBQ25ELFlBQU0sTUFBTSxNQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ2xDLE1BQU0sWUFBWSxJQUFJO0FBQUEsUUFDdEIsY0FBYyxFQUFFLFNBQVM7QUFBQSxRQUN6QixRQUFRLGNBQWMsSUFBSSxJQUFJLFFBQVE7QUFBQSxRQUN0QyxjQUFjLENBQUMsR0FBRztBQUFBLE1BQ3BCLENBQUM7QUFDRCxVQUFJLFNBQVMsR0FBRyxFQUFHLFFBQU87QUFDMUIsYUFBTyxTQUFTLEtBQUssRUFBRSxNQUFNLEdBQUlDLGFBQVksUUFBUSxNQUFNLFdBQVcsRUFBRSxTQUFTLFNBQVMsSUFBSSxDQUFDLEVBQUcsQ0FBQztBQUFBLElBQ3JHO0FBQUEsSUFFQSxNQUFNLE9BQU87QUFDWCxZQUFNLE1BQU0sTUFBTSxVQUFVLFFBQVEsRUFBRSxNQUFNLGVBQWUsUUFBUSxzQkFBc0IsQ0FBQztBQUMxRixZQUFNLFNBQVMsaUJBQWlCLFVBQVUsSUFBSSxJQUFJO0FBQ2xELFVBQUksQ0FBQyxPQUFPLFFBQVMsT0FBTSxlQUFlLElBQUksS0FBSywyQkFBMkIsZUFBZSxPQUFPLEtBQUssQ0FBQyxHQUFHO0FBQzdHLFlBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLGlCQUFXLFNBQVMsT0FBTyxLQUFLLFNBQVM7QUFDdkMsY0FBTSxVQUFVLG1CQUFtQixNQUFNLElBQUk7QUFDN0MsWUFBSSxZQUFZLE9BQVcsT0FBTSxlQUFlLElBQUksS0FBSyw0QkFBNEIsT0FBTyxFQUFFO0FBQzlGLGNBQU0sSUFBSSxNQUFNLElBQUk7QUFBQSxNQUN0QjtBQUNBLGFBQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxLQUFLO0FBQUEsSUFDekI7QUFBQSxJQUVBLE1BQU0sUUFBUTtBQUNaLFlBQU0sTUFBTTtBQUFBLElBQ2Q7QUFBQSxFQUNGO0FBRUEsTUFBSSxRQUFRLGFBQWEsTUFBTTtBQUM3QixVQUFNLGFBQWEsT0FBT0QsWUFBVztBQUNuQyxZQUFNLFNBQVMsWUFBWUEsU0FBUSxFQUFFLE1BQU0sR0FBRyxTQUFTLG9CQUFvQixDQUFDO0FBQzVFLFlBQU0sT0FBTyxNQUFNLGlCQUFpQixNQUFNO0FBQzFDLFlBQU0sVUFBVSxRQUFRO0FBQUEsUUFDdEIsUUFBUTtBQUFBLFFBQ1IsTUFBTSxZQUFZLE9BQU8sTUFBTSxPQUFPLE9BQU87QUFBQSxRQUM3QyxNQUFNLEVBQUUsR0FBRyxRQUFRLEtBQUs7QUFBQSxRQUN4QixRQUFRLGVBQWUsT0FBTyxJQUFJLElBQUksT0FBTyxPQUFPO0FBQUEsTUFDdEQsQ0FBQztBQUFBLElBQ0g7QUFDQSxVQUFNLFdBQVcsT0FBTyxNQUFNLE9BQU8sWUFBWTtBQUMvQyx1QkFBaUIsTUFBTSxTQUFTO0FBQ2hDLHNCQUFnQixPQUFPLFNBQVM7QUFDaEMsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRO0FBQUEsUUFDbEMsUUFBUTtBQUFBLFFBQ1IsTUFBTSxVQUFVLE1BQU0sS0FBSztBQUFBLFFBQzNCLE1BQU0sRUFBRSxRQUFRO0FBQUEsUUFDaEIsUUFBUSxrQkFBa0IsS0FBSyxTQUFTLElBQUksUUFBUSxPQUFPO0FBQUEsUUFDM0QsY0FBYyxDQUFDLEdBQUc7QUFBQSxNQUNwQixDQUFDO0FBQ0QsVUFBSSxJQUFJLFdBQVcsS0FBSztBQUN0QixjQUFNLE9BQU8sSUFBSSxNQUFNLFlBQVksU0FBWSxLQUFLLEtBQUssT0FBTyxJQUFJLE1BQU0sT0FBTyxFQUFFLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFDaEcsY0FBTSxJQUFJO0FBQUEsVUFDUixxQkFBcUIsS0FBSyxTQUFTLElBQUksUUFBUSxPQUFPLFdBQVcsU0FBUyxTQUFTLElBQUk7QUFBQSxVQUV2RixFQUFFLE9BQU8sV0FBVyxRQUFRLElBQUk7QUFBQSxRQUNsQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsY0FBYyxVQUFzQyxLQUFvQztBQUMvRixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLE1BQXFCLENBQUM7QUFDNUIsYUFBVyxLQUFLLFVBQVU7QUFDeEIsUUFBSUMsYUFBWSxFQUFFLE9BQU8sTUFBTSxFQUFFLFNBQVM7QUFDeEMsWUFBTSxlQUFlLEtBQUssV0FBVyxLQUFLLFVBQVUsRUFBRSxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQywwQkFBMEI7QUFBQSxJQUN2RztBQUNBLFFBQUksS0FBSyxJQUFJLEVBQUUsT0FBTyxFQUFHLE9BQU0sZUFBZSxLQUFLLFdBQVcsRUFBRSxPQUFPLGtCQUFrQjtBQUN6RixTQUFLLElBQUksRUFBRSxPQUFPO0FBQ2xCLFFBQUksS0FBSyxFQUFFLFNBQVMsRUFBRSxTQUFTLFFBQVEsQ0FBQyxHQUFHLEVBQUUsTUFBTSxHQUFHLEdBQUksRUFBRSxTQUFTLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRyxDQUFDO0FBQUEsRUFDM0c7QUFDQSxTQUFPLHVCQUF1QixHQUFHO0FBQ25DOzs7QXBDN1JBLElBQU0sV0FBVztBQUNqQixJQUFNLE9BQU87QUFDYixJQUFNLFdBQVc7QUFDakIsSUFBTSxPQUFPLEVBQUUsU0FBUyxRQUFRLFVBQVUsT0FBTyxNQUFNLFlBQVksT0FBTyxVQUFVO0FBQ3BGLElBQU0sV0FBVztBQUNqQixJQUFNLGdCQUFnQjtBQUN0QixJQUFNLGtCQUFrQjtBQUV4QixtQkFBbUIsYUFBYTtBQUNoQyxJQUFNLEtBQWtCLFdBQW1DLE1BQU8sZ0JBQWdCLElBQUk7QUFLdEYsU0FBU0MsUUFBTyxNQUFjLFNBQTJDO0FBQ3ZFLE1BQUksU0FBUyxZQUFZLFlBQVksU0FBUztBQUM1QyxXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLFFBQVEsQ0FBQyxZQUFZO0FBQUEsTUFDckIsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLFVBQVUsVUFBVSxVQUFVLE1BQU0sVUFBVSxPQUFPLFNBQVMsRUFBRTtBQUFBLElBQzlGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxxQkFBcUIsS0FBSyxPQUFPLElBQUksQ0FBQztBQUNwRCxNQUFJLFNBQVMsUUFBUSxVQUFVLFVBQWEsT0FBTyxLQUFLLEtBQUssZUFBZTtBQUMxRSxXQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sUUFBUSxVQUFVLGlCQUFpQixLQUFLLHFCQUFxQjtBQUFBLEVBQzdGO0FBQ0EsU0FBTztBQUNUO0FBRUEsSUFBTSxZQUF5QjtBQUFBLEVBQzdCLE1BQU07QUFBQSxFQUNOLE1BQU0sYUFBYSxNQUE4QjtBQUMvQyxXQUFPLFNBQVMsV0FBVyxDQUFDLEVBQUUsU0FBUyxTQUFTLFFBQVEsQ0FBQyxZQUFZLEVBQUUsQ0FBQyxJQUFJLENBQUM7QUFBQSxFQUMvRTtBQUFBLEVBQ0EsTUFBTSxXQUFXLE1BQU0sU0FBUztBQUM5QixXQUFPQSxRQUFPLE1BQU0sT0FBTztBQUFBLEVBQzdCO0FBQUEsRUFDQSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQzVCLFFBQUksU0FBUyxhQUFhLGFBQWEsWUFBWSxhQUFhLGdCQUFnQixhQUFhLFVBQVU7QUFDckcsYUFBT0EsUUFBTyxNQUFNLE9BQU87QUFBQSxJQUM3QjtBQUNBLFdBQU9BLFFBQU8sTUFBTSxRQUFRO0FBQUEsRUFDOUI7QUFDRjtBQUVBLElBQU0sV0FBVyxFQUFFLFdBQVcsR0FBRyxVQUFVLEVBQUU7QUFDN0MsSUFBTSxtQkFBbUIsMkJBQTJCLEVBQUUsT0FBTyxVQUFVLENBQUM7QUFFeEUsU0FBUyxnQkFBZ0IsS0FBc0IsS0FBMkI7QUFDeEUsUUFBTUMsT0FBTSxJQUFJLElBQUksSUFBSSxPQUFPLEtBQUssa0JBQWtCO0FBQ3RELFFBQU0sT0FBTyxtQkFBbUJBLEtBQUksU0FBUyxNQUFNLDBCQUEwQixNQUFNLENBQUM7QUFDcEYsUUFBTSxVQUFVQSxLQUFJLGFBQWEsSUFBSSxTQUFTO0FBQzlDLFFBQU0sUUFBUUQsUUFBTyxNQUFNLFlBQVksT0FBTyxVQUFVLEdBQUcsT0FBTyxNQUFNO0FBQ3hFLE1BQUksVUFBVSxRQUFXO0FBQ3ZCLFFBQUksVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLG1CQUFtQixDQUFDLEVBQUUsSUFBSSxLQUFLLFVBQVUsRUFBRSxTQUFTLG1CQUFtQixDQUFDLENBQUM7QUFDOUc7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPO0FBQUEsSUFDWCxJQUFJLEdBQUcsSUFBSSxJQUFJLE1BQU0sT0FBTztBQUFBLElBQzVCO0FBQUEsSUFDQSxTQUFTLE9BQU8sTUFBTSxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQztBQUFBLElBQzNDLE1BQU07QUFBQSxJQUNOLFFBQVEsTUFBTTtBQUFBLElBQ2QsUUFBUSxDQUFDO0FBQUEsSUFDVCxRQUFRLE1BQU0sVUFBVSxDQUFDO0FBQUEsSUFDekIsTUFBTSxDQUFDO0FBQUEsSUFDUCxlQUFlO0FBQUEsRUFDakI7QUFDQSxNQUFJLFVBQVUsS0FBSyxFQUFFLGdCQUFnQixtQkFBbUIsQ0FBQyxFQUFFLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQztBQUNyRjtBQUVBLGVBQWUsY0FBd0Q7QUFDckUsUUFBTUUsVUFBUyxhQUFhLENBQUMsS0FBSyxRQUFRO0FBQ3hDLFFBQUksSUFBSSxLQUFLLFdBQVcsY0FBYyxHQUFHO0FBQ3ZDLGVBQVM7QUFDVCxzQkFBZ0IsS0FBSyxHQUFHO0FBQUEsSUFDMUIsT0FBTztBQUNMLGVBQVM7QUFDVCx1QkFBaUIsS0FBSyxHQUFHO0FBQUEsSUFDM0I7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLElBQUksUUFBYyxDQUFDLFlBQVlBLFFBQU8sT0FBTyxHQUFHLGFBQWEsT0FBTyxDQUFDO0FBQzNFLFFBQU0sRUFBRSxLQUFLLElBQUlBLFFBQU8sUUFBUTtBQUNoQyxTQUFPLEVBQUUsUUFBQUEsU0FBUSxLQUFLLG9CQUFvQixJQUFJLEdBQUc7QUFDbkQ7QUFJQSxJQUFNLGtCQUFrQixDQUFDLGFBQXFCLEVBQUUsV0FBVyxlQUFlLFdBQVcsZUFBZSxRQUFRO0FBRzVHLGVBQWUsYUFBYUMsS0FBNEIsU0FBUyxHQUFHLEtBQUssS0FBc0I7QUFDN0YsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFPLElBQUssT0FBTUEsSUFBRztBQUN6QyxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsS0FBSztBQUMvQixRQUFJLFFBQVE7QUFDWixVQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzlCLFFBQUksTUFBTTtBQUNWLFdBQU8sTUFBTSxRQUFRLElBQUk7QUFDdkIsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssT0FBTUEsSUFBRztBQUN2QyxlQUFTO0FBQ1QsWUFBTSxZQUFZLElBQUk7QUFBQSxJQUN4QjtBQUNBLFdBQU8sS0FBSyxJQUFJLE1BQU8sUUFBUSxPQUFTLE1BQU0sTUFBTTtBQUFBLEVBQ3REO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFtQjtBQUMxQixLQUFHO0FBQ0gsS0FBRztBQUNILFNBQU8sUUFBUSxZQUFZLEVBQUU7QUFDL0I7QUFFQSxlQUFlLFVBQVUsT0FBZSxNQUFjLEtBQXFEO0FBQ3pHLFdBQVMsUUFBUSxHQUFHLFNBQVMsT0FBTyxTQUFTLE1BQU07QUFDakQsVUFBTSxRQUFpQyxDQUFDO0FBQ3hDLGFBQVMsSUFBSSxPQUFPLElBQUksUUFBUSxRQUFRLEtBQUssT0FBTyxJQUFLLE9BQU0sS0FBSyxJQUFJLENBQUMsQ0FBQztBQUMxRSxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQUEsRUFDekI7QUFDRjtBQUVBLElBQU0sTUFBTSxDQUFDLEdBQVcsU0FBUyxNQUFNLEVBQUUsZUFBZSxTQUFTLEVBQUUsdUJBQXVCLE9BQU8sQ0FBQztBQUNsRyxJQUFNLEtBQUssQ0FBQyxVQUFrQixHQUFHLElBQUksUUFBUSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzVELElBQU0sT0FBZ0QsQ0FBQztBQUl2RCxJQUFNLEVBQUUsUUFBUSxJQUFJLElBQUksTUFBTSxZQUFZO0FBQzFDLElBQU0sVUFBVSxRQUFRO0FBR3hCO0FBQ0UsUUFBTSxVQUFVLG1CQUFtQixFQUFFLE9BQU8sVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUM7QUFDaEUsUUFBTSxXQUFXLElBQUksZUFBZSxnQkFBZ0IsR0FBRyxDQUFDO0FBQ3hELFFBQU0sT0FBTyxNQUFNLFFBQVEsVUFBVSxRQUFRO0FBQzdDLFFBQU0sU0FBUyxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVE7QUFDakQsTUFBSSxLQUFLLE9BQU8sSUFBSSxNQUFNLFlBQVksT0FBTyxRQUFRLElBQUksTUFBTSxTQUFVLE9BQU0sSUFBSSxNQUFNLGdCQUFnQjtBQUN6RyxRQUFNLGVBQWUsTUFBTSxhQUFhLGFBQWEsTUFBTSxRQUFRLFVBQVUsUUFBUSxHQUFHLE9BQU8sSUFBSSxDQUFDO0FBQ3BHLFFBQU0sY0FBYyxNQUFNLGFBQWEsYUFBYSxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVEsR0FBRyxRQUFRLElBQUksQ0FBQztBQUN0RyxPQUFLLEtBQUs7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFlBQVk7QUFBQSxJQUNoQixJQUFJLFdBQVc7QUFBQSxJQUNmLEdBQUcsSUFBSSxlQUFlLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDdkMsQ0FBQztBQUNELFFBQU0sUUFBUSxNQUFNO0FBQ3RCO0FBR0E7QUFDRSxXQUFTLFlBQVk7QUFDckIsV0FBUyxXQUFXO0FBQ3BCLFFBQU0sVUFBVSxtQkFBbUIsRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsRUFBRSxDQUFDO0FBQ2hFLFFBQU0sV0FBVyxJQUFJLGVBQWUsZ0JBQWdCLEdBQUcsQ0FBQztBQUN4RCxRQUFNLE9BQU8sTUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsUUFBUSxnQkFBZ0IsR0FBRyxNQUFNLFFBQVEsVUFBVSxRQUFRLENBQUMsQ0FBQztBQUN6RyxRQUFNLFNBQVMsTUFBTSxRQUFRLElBQUksTUFBTSxLQUFLLEVBQUUsUUFBUSxnQkFBZ0IsR0FBRyxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVEsQ0FBQyxDQUFDO0FBQzdHLE1BQUksS0FBSyxXQUFXLG1CQUFtQixPQUFPLFdBQVcsZ0JBQWlCLE9BQU0sSUFBSSxNQUFNLGlCQUFpQjtBQUMzRyxPQUFLLEtBQUs7QUFBQSxJQUNSLE1BQU0sSUFBSSxlQUFlLENBQUM7QUFBQSxJQUMxQixJQUFJLFNBQVMsU0FBUztBQUFBLElBQ3RCLElBQUksU0FBUyxRQUFRO0FBQUEsSUFDckI7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFFBQVEsTUFBTTtBQUN0QjtBQUdBO0FBQ0UsUUFBTSxPQUFPLFNBQVM7QUFDdEIsTUFBSSxVQUE2RCxtQkFBbUI7QUFBQSxJQUNsRixPQUFPLFVBQVUsRUFBRSxJQUFJLENBQUM7QUFBQSxJQUN4QixPQUFPLEVBQUUsS0FBSyxJQUFLO0FBQUEsRUFDckIsQ0FBQztBQUNELFFBQU0sVUFBVSxZQUFZLElBQUk7QUFDaEMsUUFBTSxVQUFVLGVBQWUsS0FBSyxDQUFDLE1BQU8sUUFBd0MsVUFBVSxHQUFHLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQztBQUNqSCxRQUFNLG9CQUFvQixZQUFZLElBQUksSUFBSSxXQUFXO0FBQ3pELFFBQU0sZ0JBQWdCLFNBQVMsSUFBSTtBQUNuQyxRQUFNLFFBQVEsTUFBTTtBQUNwQixZQUFVO0FBRVYsUUFBTSxRQUFRLFNBQVM7QUFDdkIsTUFBSSxXQUF1QyxJQUFJLGVBQWUsZ0JBQWdCLEdBQUcsQ0FBQztBQUNsRixRQUFNLFdBQVcsWUFBWSxJQUFJO0FBQ2pDLFFBQU0sVUFBVSxlQUFlLEtBQUssQ0FBQyxNQUFPLFNBQTRCLE9BQU8sSUFBSSxNQUFNLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQztBQUN4RyxRQUFNLG1CQUFtQixZQUFZLElBQUksSUFBSSxZQUFZO0FBQ3pELFFBQU0sZUFBZSxTQUFTLElBQUk7QUFDbEMsTUFBSSxTQUFTLFdBQVcsT0FBVyxPQUFNLElBQUksTUFBTSxhQUFhO0FBQ2hFLGFBQVc7QUFDWCxPQUFLLEtBQUs7QUFBQSxJQUNSLHNCQUFzQixJQUFJLGFBQWEsQ0FBQztBQUFBLElBQ3hDLEdBQUcsR0FBRyxhQUFhLENBQUMsZ0JBQWdCLElBQUksa0JBQWtCLENBQUMsQ0FBQztBQUFBLElBQzVELEdBQUcsR0FBRyxZQUFZLENBQUMsb0JBQW9CLElBQUksaUJBQWlCLENBQUMsQ0FBQztBQUFBLElBQzlELEdBQUcsSUFBSSxlQUFlLEtBQUssSUFBSSxlQUFlLENBQUMsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUN0RCxDQUFDO0FBQ0g7QUFHQTtBQUNFLFFBQU0sV0FBVyxlQUFlO0FBQ2hDLFFBQU0sT0FBTyxtQkFBbUIsRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsR0FBRyxTQUFTLENBQUM7QUFDdkUsUUFBTSxLQUFLLFVBQVUsUUFBUTtBQUM3QixRQUFNLEtBQUssTUFBTTtBQUNqQixRQUFNLElBQUksUUFBYyxDQUFDLFlBQVksT0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsU0FBTyxvQkFBb0I7QUFFM0IsUUFBTSxVQUFVLFlBQVksSUFBSTtBQUNoQyxRQUFNLE9BQU8sbUJBQW1CLEVBQUUsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLEdBQUcsU0FBUyxDQUFDO0FBQ3ZFLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxJQUFJLE1BQU0sS0FBSyxVQUFVLFFBQVE7QUFDdkMsV0FBTyxtQkFBbUIsRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPLElBQUksTUFBTSxXQUFXLFlBQVksWUFBWSxRQUFRLElBQUksWUFBWSxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDdkksU0FBUyxPQUFPO0FBQ2QsV0FBTyxVQUFXLE1BQWdCLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ3hEO0FBQ0EsUUFBTSxLQUFLLE1BQU07QUFFakIsVUFBUSxPQUFPLE1BQU07QUFDckIsUUFBTSxXQUFXLFlBQVksSUFBSTtBQUNqQyxRQUFNLFdBQVcsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDeEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLElBQUksTUFBTSxTQUFTLE9BQU8sSUFBSSxRQUFRO0FBQzVDLGFBQVMsV0FBVyxFQUFFLGFBQWEsYUFBYSxTQUFTO0FBQUEsRUFDM0QsU0FBUyxPQUFPO0FBQ2QsYUFBUyxXQUFZLE1BQWdCLFlBQVksSUFBSSxXQUFXLElBQUksWUFBWSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQUEsRUFDbkc7QUFDQSxVQUFRLE9BQU87QUFDZixPQUFLLEtBQUssQ0FBQyxnREFBZ0QsTUFBTSxRQUFRLDBCQUEwQixDQUFDO0FBQ3RHO0FBSUEsSUFBTSxTQUEyQyxDQUFDLFlBQVksYUFBYSxvQkFBb0IsUUFBUTtBQUN2RyxJQUFNLFNBQVMsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLEtBQUssSUFBSSxFQUFFLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFDN0YsSUFBTSxPQUFPLENBQUMsVUFBNkIsS0FBSyxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssS0FBSyxDQUFDO0FBQ3pHLFFBQVEsSUFBSTtBQUFBLE9BQVUsUUFBUSxPQUFPLEtBQUssUUFBUSxRQUFRLElBQUksUUFBUSxJQUFJLEVBQUU7QUFDNUUsUUFBUSxJQUFJLEtBQUssTUFBTSxDQUFDO0FBQ3hCLFFBQVEsSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sSUFBSSxPQUFPLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsR0FBRztBQUNqRSxXQUFXLE9BQU8sS0FBTSxTQUFRLElBQUksS0FBSyxHQUFHLENBQUM7QUFDN0MsUUFBUSxLQUFLLENBQUM7IiwKICAibmFtZXMiOiBbImhpbnQiLCAib3B0aW9uYWwiLCAiZGVwdGgiLCAiVFlQRV9BTElBU0VTIiwgIk1BWF9ERVBUSCIsICJkZXB0aCIsICJtZW1iZXJzIiwgImhpbnQiLCAibWVtYmVycyIsICJudWxsYWJsZSIsICJyZWNvcmQiLCAib3V0IiwgInVuaW9uIiwgInR5cGVkIiwgIm9wdGlvbmFsIiwgImxpbmUiLCAiaGludCIsICJudWxsYWJsZSIsICJtZW1iZXJzIiwgInR5cGVkIiwgImFycmF5IiwgInJlZ2V4IiwgInN0cmluZyIsICJudW1iZXIiLCAib3B0aW9uYWwiLCAibGluZSIsICJvdXQiLCAiZm4iLCAibGluZSIsICJyZWNvcmQiLCAibGluZSIsICJpbnB1dFNjaGVtYSIsICJvcHRpb25hbCIsICJ2YWxpZCIsICJ6IiwgInJlY29yZCIsICJkZXB0aCIsICJMQUJFTF9QQVRURVJOIiwgImZuIiwgInR5cGVkIiwgInJlY29yZCIsICJyZWNvcmQiLCAiZWRpdERpc3RhbmNlIiwgInJlY29yZCIsICJyZWNvcmQiLCAibG9ja2VkSGFzaCIsICJ6IiwgImRlc2NyaWJlIiwgImhpbnQiLCAiSEFTSF9QQVRURVJOIiwgInJlY29yZCIsICJ6IiwgInJlY29yZCIsICJ6IiwgInJlY29yZCIsICJjYWNoZSIsICJlcnJvclRleHQiLCAicmVjb3JkIiwgInNlbXZlclZhbGlkIiwgInoiLCAiaGVhZGVyIiwgImVycm9yIiwgInNlbXZlclZhbGlkIiwgInJlY29yZCIsICJMUlVDYWNoZSIsICJzZW12ZXJWYWxpZCIsICJzZXJ2ZXIiLCAidXJsIiwgInVybCIsICJyZXRyeUFmdGVyTXMiLCAicmVjb3JkIiwgIkxSVUNhY2hlIiwgInJlY29yZCIsICJzZW12ZXJWYWxpZCIsICJyZWNvcmQiLCAidXJsIiwgInNlcnZlciIsICJmbiJdCn0K
