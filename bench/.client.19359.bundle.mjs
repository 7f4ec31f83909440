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
        let prompt = resolution.prompt;
        if (prompt === void 0) {
          prompt = new PromptHandle(resolution.compiled, "cache", request.selector, this.#o.strict, this.#ctx);
          resolution.prompt = prompt;
        }
        if (this.#emitter.active) this.#emitFetch(request, { entry: resolution.compiled, cache: "hit", source: "cache" }, 0);
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
if (wanted(1)) {
  const prompts = createPromptClient({ store: httpStore({ url }) });
  const langfuse = new LangfuseClient(langfuseOptions(url));
  const ours = await prompts.getPrompt(GREETING);
  const theirs = await langfuse.prompt.get(GREETING);
  if (ours.render(VARS) !== EXPECTED || theirs.compile(VARS) !== EXPECTED) throw new Error("outputs differ");
  const promptopsGet = await opsPerSecond(() => prompts.getPrompt(GREETING));
  const langfuseGet = await opsPerSecond(() => langfuse.prompt.get(GREETING));
  rows.push([
    "1a. cache-hit get only (ops/s)",
    fmt(promptopsGet),
    fmt(langfuseGet),
    `${fmt(promptopsGet / langfuseGet, 1)}\xD7`
  ]);
  const promptopsOps = await opsPerSecond(async () => (await prompts.getPrompt(GREETING)).render(VARS));
  const langfuseOps = await opsPerSecond(async () => (await langfuse.prompt.get(GREETING)).compile(VARS));
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiY2xpZW50LnRzIiwgIi4uL3NyYy9lcnJvcnMudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmllbGQtcGF0aC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9zdWdnZXN0LnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3BpY29zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvanNvbi1zY2hlbWEudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvZmFzdC1wYXRoLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3R5cGVzY3JpcHQudHMiLCAiLi4vc3JjL2VuZ2luZS9zY2hlbWEvaXNzdWVzLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3N0YW5kYXJkLnRzIiwgIi4uL3NyYy9lbmdpbmUvc2NoZW1hL3pvZC50cyIsICIuLi9zcmMvZW5naW5lL3NjaGVtYS9pbmRleC50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnNlLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvbG9va3VwLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvYW5hbHl6ZS50cyIsICIuLi9zcmMvZW5naW5lL3RlbXBsYXRlL3BhcnRpYWxzLnRzIiwgIi4uL3NyYy9lbmdpbmUvdGVtcGxhdGUvdmFsdWUudHMiLCAiLi4vc3JjL2VuZ2luZS90ZW1wbGF0ZS9jb21waWxlLnRzIiwgIi4uL3NyYy9lbmdpbmUvcHJvbXB0LnRzIiwgIi4uL3NyYy9lbmdpbmUvcmVjb3JkLXNjaGVtYS50cyIsICIuLi9zcmMvZW5naW5lL25hbWUudHMiLCAiLi4vc3JjL2VuZ2luZS9zZWxlY3Rvci50cyIsICIuLi9zcmMvdGVsZW1ldHJ5L2VtaXR0ZXIudHMiLCAiLi4vc3JjL2NsaWVudC9jYWNoZS50cyIsICIuLi9zcmMvY2xpZW50L2ZhbGxiYWNrLnRzIiwgIi4uL3NyYy9lbmdpbmUvaGFzaC50cyIsICIuLi9zcmMvc3RvcmVzL3Jlc29sdmUudHMiLCAiLi4vc3JjL2NsaWVudC9sb2FkZXIudHMiLCAiLi4vc3JjL2NsaWVudC9sb2NrZmlsZS50cyIsICIuLi9zcmMvY2xpZW50L3ZhbGlkYXRlLnRzIiwgIi4uL3NyYy9jbGllbnQvb3B0aW9ucy50cyIsICIuLi9zcmMvY2xpZW50L3Byb21wdC50cyIsICIuLi9zcmMvY2xpZW50L3NuYXBzaG90LnRzIiwgIi4uL3NyYy9jbGllbnQvY2xvY2sudHMiLCAiLi4vc3JjL2NsaWVudC9jbGllbnQudHMiLCAiLi4vc3JjL3NlcnZlci9oYW5kbGVyLnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9wcm90b2NvbC50cyIsICIuLi9zcmMvc3RvcmVzL2h0dHAudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL3JldHJ5LnRzIiwgIi4uL3NyYy9zdG9yZXMvaHR0cC9lcnJvcnMudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL29wdGlvbnMudHMiLCAiLi4vc3JjL3N0b3Jlcy9odHRwL3RyYW5zcG9ydC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBUaGUgcHJvbXB0IGNsaWVudCBzaWRlIGJ5IHNpZGUgd2l0aCBgQGxhbmdmdXNlL2NsaWVudGAsIGluIG9uZSBwcm9jZXNzLCBib3RoIHRhbGtpbmcgSFRUUCB0byBvbmVcbiAqIGxvb3BiYWNrIHNlcnZlciAoMTI3LjAuMC4xLCBwb3J0IDApIHRoYXQgc3BlYWtzIHByb21wdG9wcyBwcm90b2NvbCB2MSAoYGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyYClcbiAqIGFuZCBMYW5nZnVzZSdzIHByb21wdCBBUEkgKGBHRVQgL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy97bmFtZX1gKTpcbiAqXG4gKiAxLiBjYWNoZS1oaXQgYGdldGAgKyByZW5kZXIsIG9wcy9zICh0YXJnZXQ6IHByb21wdG9wcyBcdTIyNjUgNFx1MDBENyBMYW5nZnVzZSk7XG4gKiAyLiAxLDAwMCBjb25jdXJyZW50IGNvbGQgZ2V0cyBvZiBvbmUgbmFtZTogcmVxdWVzdHMgdGhlIHNlcnZlciBzYXcgKHRhcmdldDogMSk7XG4gKiAzLiBoZWFwIGhlbGQgYWZ0ZXIgZmV0Y2hpbmcgMTAwLDAwMCBkaXN0aW5jdCBuYW1lL3ZlcnNpb24ga2V5cyAocHJvbXB0b3BzIGBjYWNoZS5tYXg6IDEwMDBgKTtcbiAqIDQuIGNvbGQgc3RhcnQgd2l0aCB0aGUgc2VydmVyIGRvd24gYW5kIGEgc25hcHNob3QgcHJlc2VudC5cbiAqXG4gKiBSdW46IGBub2RlIGJlbmNoL3J1bi5tanMgY2xpZW50YCAoZ2xvYmFsLmdjIGlzIHN3aXRjaGVkIG9uIGF0IHJ1biB0aW1lIHdoZW4gYC0tZXhwb3NlLWdjYCBpcyBub3QgZ2l2ZW4pO1xuICogYG5vZGUgYmVuY2gvcnVuLm1qcyBjbGllbnQgMSwyYCBydW5zIHRoZSBsaXN0ZWQgc2NlbmFyaW9zIG9ubHkuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVNlcnZlciwgdHlwZSBJbmNvbWluZ01lc3NhZ2UsIHR5cGUgU2VydmVyLCB0eXBlIFNlcnZlclJlc3BvbnNlIH0gZnJvbSAnbm9kZTpodHRwJztcbmltcG9ydCB0eXBlIHsgQWRkcmVzc0luZm8gfSBmcm9tICdub2RlOm5ldCc7XG5pbXBvcnQgeyBzZXRGbGFnc0Zyb21TdHJpbmcgfSBmcm9tICdub2RlOnY4JztcbmltcG9ydCB7IHJ1bkluTmV3Q29udGV4dCB9IGZyb20gJ25vZGU6dm0nO1xuaW1wb3J0IHsgTGFuZ2Z1c2VDbGllbnQgfSBmcm9tICdAbGFuZ2Z1c2UvY2xpZW50JztcbmltcG9ydCB7IGNyZWF0ZVByb21wdENsaWVudCB9IGZyb20gJy4uL3NyYy9jbGllbnQvY2xpZW50LmpzJztcbmltcG9ydCB7IG1lbW9yeVNuYXBzaG90IH0gZnJvbSAnLi4vc3JjL2NsaWVudC9zbmFwc2hvdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFJlY29yZCB9IGZyb20gJy4uL3NyYy9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IGNyZWF0ZVByb21wdFJlcXVlc3RIYW5kbGVyIH0gZnJvbSAnLi4vc3JjL3NlcnZlci9oYW5kbGVyLmpzJztcbmltcG9ydCB7IGh0dHBTdG9yZSB9IGZyb20gJy4uL3NyYy9zdG9yZXMvaHR0cC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFN0b3JlLCBWZXJzaW9uSW5mbyB9IGZyb20gJy4uL3NyYy9zdG9yZXMvdHlwZXMuanMnO1xuXG5jb25zdCBHUkVFVElORyA9ICdiZW5jaC9ncmVldGluZyc7XG5jb25zdCBNQU5ZID0gJ2JlbmNoL21hbnknO1xuY29uc3QgVEVNUExBVEUgPSAnWW91IGFyZSBhIHN1cHBvcnQgYWdlbnQgZm9yIHt7Y29tcGFueX19LiBHcmVldCB7e2N1c3RvbWVyfX0gaW4gYSB7e3RvbmV9fSB0b25lIGFib3V0IHt7dG9waWN9fS4nO1xuY29uc3QgVkFSUyA9IHsgY29tcGFueTogJ0FjbWUnLCBjdXN0b21lcjogJ0FkYScsIHRvbmU6ICdmcmllbmRseScsIHRvcGljOiAnYmlsbGluZycgfTtcbmNvbnN0IEVYUEVDVEVEID0gJ1lvdSBhcmUgYSBzdXBwb3J0IGFnZW50IGZvciBBY21lLiBHcmVldCBBZGEgaW4gYSBmcmllbmRseSB0b25lIGFib3V0IGJpbGxpbmcuJztcbmNvbnN0IERJU1RJTkNUX0tFWVMgPSAxMDBfMDAwO1xuY29uc3Qgb25seSA9IHByb2Nlc3MuYXJndlszXT8uc3BsaXQoJywnKS5tYXAoTnVtYmVyKTtcbmNvbnN0IHdhbnRlZCA9IChzY2VuYXJpbzogbnVtYmVyKTogYm9vbGVhbiA9PiBvbmx5ID09PSB1bmRlZmluZWQgfHwgb25seS5pbmNsdWRlcyhzY2VuYXJpbyk7XG5jb25zdCBDT05DVVJSRU5UX0NPTEQgPSAxXzAwMDtcblxuc2V0RmxhZ3NGcm9tU3RyaW5nKCctLWV4cG9zZS1nYycpO1xuY29uc3QgZ2M6ICgpID0+IHZvaWQgPSAoZ2xvYmFsVGhpcyBhcyB7IGdjPzogKCkgPT4gdm9pZCB9KS5nYyA/PyAocnVuSW5OZXdDb250ZXh0KCdnYycpIGFzICgpID0+IHZvaWQpO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gdGhlIHNlcnZlclxuXG4vKiogYGJlbmNoL2dyZWV0aW5nQDEuMC4wYCAobGFiZWwgcHJvZHVjdGlvbiksIGFuZCBgYmVuY2gvbWFueUBOLjAuMGAgZm9yIGV2ZXJ5IE4sIG1hZGUgb24gZGVtYW5kLiAqL1xuZnVuY3Rpb24gcmVjb3JkKG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkIHtcbiAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIHZlcnNpb24gPT09ICcxLjAuMCcpIHtcbiAgICByZXR1cm4ge1xuICAgICAgbmFtZSxcbiAgICAgIHZlcnNpb24sXG4gICAgICBsYWJlbHM6IFsncHJvZHVjdGlvbiddLFxuICAgICAgdHlwZTogJ3RleHQnLFxuICAgICAgdGVtcGxhdGU6IFRFTVBMQVRFLFxuICAgICAgaW5wdXQ6IHsgc2NoZW1hOiB7IGNvbXBhbnk6ICdzdHJpbmcnLCBjdXN0b21lcjogJ3N0cmluZycsIHRvbmU6ICdzdHJpbmcnLCB0b3BpYzogJ3N0cmluZycgfSB9LFxuICAgIH07XG4gIH1cbiAgY29uc3QgbWFqb3IgPSAvXihbMS05XVxcZCopXFwuMFxcLjAkLy5leGVjKHZlcnNpb24pPy5bMV07XG4gIGlmIChuYW1lID09PSBNQU5ZICYmIG1ham9yICE9PSB1bmRlZmluZWQgJiYgTnVtYmVyKG1ham9yKSA8PSBESVNUSU5DVF9LRVlTKSB7XG4gICAgcmV0dXJuIHsgbmFtZSwgdmVyc2lvbiwgdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZTogYFByb21wdCBudW1iZXIgJHttYWpvcn0gZm9yIHt7Y3VzdG9tZXJ9fS5gIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuY29uc3QgZ2VuZXJhdGVkOiBQcm9tcHRTdG9yZSA9IHtcbiAgbmFtZTogJ2dlbmVyYXRlZCcsXG4gIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKTogUHJvbWlzZTxWZXJzaW9uSW5mb1tdPiB7XG4gICAgcmV0dXJuIG5hbWUgPT09IEdSRUVUSU5HID8gW3sgdmVyc2lvbjogJzEuMC4wJywgbGFiZWxzOiBbJ3Byb2R1Y3Rpb24nXSB9XSA6IFtdO1xuICB9LFxuICBhc3luYyBnZXRWZXJzaW9uKG5hbWUsIHZlcnNpb24pIHtcbiAgICByZXR1cm4gcmVjb3JkKG5hbWUsIHZlcnNpb24pO1xuICB9LFxuICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgaWYgKG5hbWUgPT09IEdSRUVUSU5HICYmIChzZWxlY3RvciA9PT0gJ2xhdGVzdCcgfHwgc2VsZWN0b3IgPT09ICdwcm9kdWN0aW9uJyB8fCBzZWxlY3RvciA9PT0gJzEuMC4wJykpIHtcbiAgICAgIHJldHVybiByZWNvcmQobmFtZSwgJzEuMC4wJyk7XG4gICAgfVxuICAgIHJldHVybiByZWNvcmQobmFtZSwgc2VsZWN0b3IpO1xuICB9LFxufTtcblxuY29uc3QgcmVxdWVzdHMgPSB7IHByb21wdG9wczogMCwgbGFuZ2Z1c2U6IDAgfTtcbmNvbnN0IHByb21wdG9wc0hhbmRsZXIgPSBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcih7IHN0b3JlOiBnZW5lcmF0ZWQgfSk7XG5cbmZ1bmN0aW9uIGxhbmdmdXNlSGFuZGxlcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSk6IHZvaWQge1xuICBjb25zdCB1cmwgPSBuZXcgVVJMKHJlcS51cmwgPz8gJy8nLCAnaHR0cDovLzEyNy4wLjAuMScpO1xuICBjb25zdCBuYW1lID0gZGVjb2RlVVJJQ29tcG9uZW50KHVybC5wYXRobmFtZS5zbGljZSgnL2FwaS9wdWJsaWMvdjIvcHJvbXB0cy8nLmxlbmd0aCkpO1xuICBjb25zdCB2ZXJzaW9uID0gdXJsLnNlYXJjaFBhcmFtcy5nZXQoJ3ZlcnNpb24nKTtcbiAgY29uc3QgZm91bmQgPSByZWNvcmQobmFtZSwgdmVyc2lvbiA9PT0gbnVsbCA/ICcxLjAuMCcgOiBgJHt2ZXJzaW9ufS4wLjBgKTtcbiAgaWYgKGZvdW5kID09PSB1bmRlZmluZWQpIHtcbiAgICByZXMud3JpdGVIZWFkKDQwNCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeSh7IG1lc3NhZ2U6ICdQcm9tcHQgbm90IGZvdW5kJyB9KSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGNvbnN0IGJvZHkgPSB7XG4gICAgaWQ6IGAke25hbWV9LSR7Zm91bmQudmVyc2lvbn1gLFxuICAgIG5hbWUsXG4gICAgdmVyc2lvbjogTnVtYmVyKGZvdW5kLnZlcnNpb24uc3BsaXQoJy4nKVswXSksXG4gICAgdHlwZTogJ3RleHQnLFxuICAgIHByb21wdDogZm91bmQudGVtcGxhdGUsXG4gICAgY29uZmlnOiB7fSxcbiAgICBsYWJlbHM6IGZvdW5kLmxhYmVscyA/PyBbXSxcbiAgICB0YWdzOiBbXSxcbiAgICBjb21taXRNZXNzYWdlOiBudWxsLFxuICB9O1xuICByZXMud3JpdGVIZWFkKDIwMCwgeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmVuZChKU09OLnN0cmluZ2lmeShib2R5KSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN0YXJ0U2VydmVyKCk6IFByb21pc2U8eyBzZXJ2ZXI6IFNlcnZlcjsgdXJsOiBzdHJpbmcgfT4ge1xuICBjb25zdCBzZXJ2ZXIgPSBjcmVhdGVTZXJ2ZXIoKHJlcSwgcmVzKSA9PiB7XG4gICAgaWYgKHJlcS51cmw/LnN0YXJ0c1dpdGgoJy9hcGkvcHVibGljLycpKSB7XG4gICAgICByZXF1ZXN0cy5sYW5nZnVzZSsrO1xuICAgICAgbGFuZ2Z1c2VIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9IGVsc2Uge1xuICAgICAgcmVxdWVzdHMucHJvbXB0b3BzKys7XG4gICAgICBwcm9tcHRvcHNIYW5kbGVyKHJlcSwgcmVzKTtcbiAgICB9XG4gIH0pO1xuICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gc2VydmVyLmxpc3RlbigwLCAnMTI3LjAuMC4xJywgcmVzb2x2ZSkpO1xuICBjb25zdCB7IHBvcnQgfSA9IHNlcnZlci5hZGRyZXNzKCkgYXMgQWRkcmVzc0luZm87XG4gIHJldHVybiB7IHNlcnZlciwgdXJsOiBgaHR0cDovLzEyNy4wLjAuMToke3BvcnR9YCB9O1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gaGVscGVyc1xuXG5jb25zdCBsYW5nZnVzZU9wdGlvbnMgPSAoYmFzZVVybDogc3RyaW5nKSA9PiAoeyBwdWJsaWNLZXk6ICdway1sZi1iZW5jaCcsIHNlY3JldEtleTogJ3NrLWxmLWJlbmNoJywgYmFzZVVybCB9KTtcblxuLyoqIG9wcy9zIG9mIGBmbmAsIGJlc3Qgb2YgYHJvdW5kc2Agcm91bmRzIG9mIGFib3V0IGBtc2AgZWFjaC4gKi9cbmFzeW5jIGZ1bmN0aW9uIG9wc1BlclNlY29uZChmbjogKCkgPT4gUHJvbWlzZTx1bmtub3duPiwgcm91bmRzID0gNSwgbXMgPSA0MDApOiBQcm9taXNlPG51bWJlcj4ge1xuICBmb3IgKGxldCBpID0gMDsgaSA8IDJfMDAwOyBpKyspIGF3YWl0IGZuKCk7XG4gIGxldCBiZXN0ID0gMDtcbiAgZm9yIChsZXQgciA9IDA7IHIgPCByb3VuZHM7IHIrKykge1xuICAgIGxldCBjb3VudCA9IDA7XG4gICAgY29uc3Qgc3RhcnQgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICBsZXQgbm93ID0gc3RhcnQ7XG4gICAgd2hpbGUgKG5vdyAtIHN0YXJ0IDwgbXMpIHtcbiAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgNTAwOyBpKyspIGF3YWl0IGZuKCk7XG4gICAgICBjb3VudCArPSA1MDA7XG4gICAgICBub3cgPSBwZXJmb3JtYW5jZS5ub3coKTtcbiAgICB9XG4gICAgYmVzdCA9IE1hdGgubWF4KGJlc3QsIChjb3VudCAqIDEwMDApIC8gKG5vdyAtIHN0YXJ0KSk7XG4gIH1cbiAgcmV0dXJuIGJlc3Q7XG59XG5cbmZ1bmN0aW9uIGhlYXBVc2VkKCk6IG51bWJlciB7XG4gIGdjKCk7XG4gIGdjKCk7XG4gIHJldHVybiBwcm9jZXNzLm1lbW9yeVVzYWdlKCkuaGVhcFVzZWQ7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGluQmF0Y2hlcyhjb3VudDogbnVtYmVyLCBzaXplOiBudW1iZXIsIHJ1bjogKGk6IG51bWJlcikgPT4gUHJvbWlzZTx1bmtub3duPik6IFByb21pc2U8dm9pZD4ge1xuICBmb3IgKGxldCBzdGFydCA9IDE7IHN0YXJ0IDw9IGNvdW50OyBzdGFydCArPSBzaXplKSB7XG4gICAgY29uc3QgYmF0Y2g6IEFycmF5PFByb21pc2U8dW5rbm93bj4+ID0gW107XG4gICAgZm9yIChsZXQgaSA9IHN0YXJ0OyBpIDwgc3RhcnQgKyBzaXplICYmIGkgPD0gY291bnQ7IGkrKykgYmF0Y2gucHVzaChydW4oaSkpO1xuICAgIGF3YWl0IFByb21pc2UuYWxsKGJhdGNoKTtcbiAgfVxufVxuXG5jb25zdCBmbXQgPSAobjogbnVtYmVyLCBkaWdpdHMgPSAwKSA9PiBuLnRvTG9jYWxlU3RyaW5nKCdlbi1VUycsIHsgbWF4aW11bUZyYWN0aW9uRGlnaXRzOiBkaWdpdHMgfSk7XG5jb25zdCBtYiA9IChieXRlczogbnVtYmVyKSA9PiBgJHtmbXQoYnl0ZXMgLyAxMDI0IC8gMTAyNCwgMSl9IE1CYDtcbmNvbnN0IHJvd3M6IEFycmF5PFtzdHJpbmcsIHN0cmluZywgc3RyaW5nLCBzdHJpbmddPiA9IFtdO1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gc2NlbmFyaW9zXG5cbmNvbnN0IHsgc2VydmVyLCB1cmwgfSA9IGF3YWl0IHN0YXJ0U2VydmVyKCk7XG5jb25zdCBzaWxlbmNlID0gY29uc29sZS53YXJuO1xuXG4vLyAxLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyXG5pZiAod2FudGVkKDEpKSB7XG4gIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pIH0pO1xuICBjb25zdCBsYW5nZnVzZSA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGNvbnN0IG91cnMgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORyk7XG4gIGNvbnN0IHRoZWlycyA9IGF3YWl0IGxhbmdmdXNlLnByb21wdC5nZXQoR1JFRVRJTkcpO1xuICBpZiAob3Vycy5yZW5kZXIoVkFSUykgIT09IEVYUEVDVEVEIHx8IHRoZWlycy5jb21waWxlKFZBUlMpICE9PSBFWFBFQ1RFRCkgdGhyb3cgbmV3IEVycm9yKCdvdXRwdXRzIGRpZmZlcicpO1xuICBjb25zdCBwcm9tcHRvcHNHZXQgPSBhd2FpdCBvcHNQZXJTZWNvbmQoKCkgPT4gcHJvbXB0cy5nZXRQcm9tcHQoR1JFRVRJTkcpKTtcbiAgY29uc3QgbGFuZ2Z1c2VHZXQgPSBhd2FpdCBvcHNQZXJTZWNvbmQoKCkgPT4gbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORykpO1xuICByb3dzLnB1c2goW1xuICAgICcxYS4gY2FjaGUtaGl0IGdldCBvbmx5IChvcHMvcyknLFxuICAgIGZtdChwcm9tcHRvcHNHZXQpLFxuICAgIGZtdChsYW5nZnVzZUdldCksXG4gICAgYCR7Zm10KHByb21wdG9wc0dldCAvIGxhbmdmdXNlR2V0LCAxKX1cdTAwRDdgLFxuICBdKTtcbiAgY29uc3QgcHJvbXB0b3BzT3BzID0gYXdhaXQgb3BzUGVyU2Vjb25kKGFzeW5jICgpID0+IChhd2FpdCBwcm9tcHRzLmdldFByb21wdChHUkVFVElORykpLnJlbmRlcihWQVJTKSk7XG4gIGNvbnN0IGxhbmdmdXNlT3BzID0gYXdhaXQgb3BzUGVyU2Vjb25kKGFzeW5jICgpID0+IChhd2FpdCBsYW5nZnVzZS5wcm9tcHQuZ2V0KEdSRUVUSU5HKSkuY29tcGlsZShWQVJTKSk7XG4gIHJvd3MucHVzaChbXG4gICAgJzFiLiBjYWNoZS1oaXQgZ2V0ICsgcmVuZGVyIChvcHMvcyknLFxuICAgIGZtdChwcm9tcHRvcHNPcHMpLFxuICAgIGZtdChsYW5nZnVzZU9wcyksXG4gICAgYCR7Zm10KHByb21wdG9wc09wcyAvIGxhbmdmdXNlT3BzLCAxKX1cdTAwRDcgKHRhcmdldCBcdTIyNjUgNFx1MDBENzsgcHJvbXB0b3BzIHZhbGlkYXRlcyB0aGUgaW5wdXQpYCxcbiAgXSk7XG4gIGF3YWl0IHByb21wdHMuY2xvc2UoKTtcbn1cblxuLy8gMi4gMSwwMDAgY29uY3VycmVudCBjb2xkIGdldHMgb2Ygb25lIG5hbWVcbmlmICh3YW50ZWQoMikpIHtcbiAgcmVxdWVzdHMucHJvbXB0b3BzID0gMDtcbiAgcmVxdWVzdHMubGFuZ2Z1c2UgPSAwO1xuICBjb25zdCBwcm9tcHRzID0gY3JlYXRlUHJvbXB0Q2xpZW50KHsgc3RvcmU6IGh0dHBTdG9yZSh7IHVybCB9KSB9KTtcbiAgY29uc3QgbGFuZ2Z1c2UgPSBuZXcgTGFuZ2Z1c2VDbGllbnQobGFuZ2Z1c2VPcHRpb25zKHVybCkpO1xuICBjb25zdCBvdXJzID0gYXdhaXQgUHJvbWlzZS5hbGwoQXJyYXkuZnJvbSh7IGxlbmd0aDogQ09OQ1VSUkVOVF9DT0xEIH0sICgpID0+IHByb21wdHMuZ2V0UHJvbXB0KEdSRUVUSU5HKSkpO1xuICBjb25zdCB0aGVpcnMgPSBhd2FpdCBQcm9taXNlLmFsbChBcnJheS5mcm9tKHsgbGVuZ3RoOiBDT05DVVJSRU5UX0NPTEQgfSwgKCkgPT4gbGFuZ2Z1c2UucHJvbXB0LmdldChHUkVFVElORykpKTtcbiAgaWYgKG91cnMubGVuZ3RoICE9PSBDT05DVVJSRU5UX0NPTEQgfHwgdGhlaXJzLmxlbmd0aCAhPT0gQ09OQ1VSUkVOVF9DT0xEKSB0aHJvdyBuZXcgRXJyb3IoJ21pc3NpbmcgYW5zd2VycycpO1xuICByb3dzLnB1c2goW1xuICAgIGAyLiAke2ZtdChDT05DVVJSRU5UX0NPTEQpfSBjb25jdXJyZW50IGNvbGQgZ2V0czogc2VydmVyIHJlcXVlc3RzYCxcbiAgICBmbXQocmVxdWVzdHMucHJvbXB0b3BzKSxcbiAgICBmbXQocmVxdWVzdHMubGFuZ2Z1c2UpLFxuICAgICd0YXJnZXQ6IDEnLFxuICBdKTtcbiAgYXdhaXQgcHJvbXB0cy5jbG9zZSgpO1xufVxuXG4vLyAzLiBoZWFwIGFmdGVyIDEwMCwwMDAgZGlzdGluY3QgbmFtZS92ZXJzaW9uIGtleXNcbmlmICh3YW50ZWQoMykpIHtcbiAgY29uc3QgYmFzZSA9IGhlYXBVc2VkKCk7XG4gIGxldCBwcm9tcHRzOiBSZXR1cm5UeXBlPHR5cGVvZiBjcmVhdGVQcm9tcHRDbGllbnQ+IHwgdW5kZWZpbmVkID0gY3JlYXRlUHJvbXB0Q2xpZW50KHtcbiAgICBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pLFxuICAgIGNhY2hlOiB7IG1heDogMTAwMCB9LFxuICB9KTtcbiAgY29uc3Qgc3RhcnRlZCA9IHBlcmZvcm1hbmNlLm5vdygpO1xuICBhd2FpdCBpbkJhdGNoZXMoRElTVElOQ1RfS0VZUywgMTAwLCAoaSkgPT4gKHByb21wdHMgYXMgTm9uTnVsbGFibGU8dHlwZW9mIHByb21wdHM+KS5nZXRQcm9tcHQoYCR7TUFOWX1AJHtpfS4wLjBgKSk7XG4gIGNvbnN0IHByb21wdG9wc1NlY29uZHMgPSAocGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkKSAvIDEwMDA7XG4gIGNvbnN0IHByb21wdG9wc0hlYXAgPSBoZWFwVXNlZCgpIC0gYmFzZTtcbiAgYXdhaXQgcHJvbXB0cy5jbG9zZSgpO1xuICBwcm9tcHRzID0gdW5kZWZpbmVkO1xuXG4gIGNvbnN0IGJhc2UyID0gaGVhcFVzZWQoKTtcbiAgbGV0IGxhbmdmdXNlOiBMYW5nZnVzZUNsaWVudCB8IHVuZGVmaW5lZCA9IG5ldyBMYW5nZnVzZUNsaWVudChsYW5nZnVzZU9wdGlvbnModXJsKSk7XG4gIGNvbnN0IHN0YXJ0ZWQyID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGF3YWl0IGluQmF0Y2hlcyhESVNUSU5DVF9LRVlTLCAxMDAsIChpKSA9PiAobGFuZ2Z1c2UgYXMgTGFuZ2Z1c2VDbGllbnQpLnByb21wdC5nZXQoTUFOWSwgeyB2ZXJzaW9uOiBpIH0pKTtcbiAgY29uc3QgbGFuZ2Z1c2VTZWNvbmRzID0gKHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZDIpIC8gMTAwMDtcbiAgY29uc3QgbGFuZ2Z1c2VIZWFwID0gaGVhcFVzZWQoKSAtIGJhc2UyO1xuICBpZiAobGFuZ2Z1c2UucHJvbXB0ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcigndW5yZWFjaGFibGUnKTtcbiAgbGFuZ2Z1c2UgPSB1bmRlZmluZWQ7XG4gIHJvd3MucHVzaChbXG4gICAgYDMuIGhlYXAgaGVsZCBhZnRlciAke2ZtdChESVNUSU5DVF9LRVlTKX0gZGlzdGluY3Qga2V5c2AsXG4gICAgYCR7bWIocHJvbXB0b3BzSGVhcCl9IChtYXg6IDEwMDA7ICR7Zm10KHByb21wdG9wc1NlY29uZHMsIDEpfSBzKWAsXG4gICAgYCR7bWIobGFuZ2Z1c2VIZWFwKX0gKHVuYm91bmRlZCBtYXA7ICR7Zm10KGxhbmdmdXNlU2Vjb25kcywgMSl9IHMpYCxcbiAgICBgJHtmbXQobGFuZ2Z1c2VIZWFwIC8gTWF0aC5tYXgocHJvbXB0b3BzSGVhcCwgMSksIDEpfVx1MDBENyBsZXNzYCxcbiAgXSk7XG59XG5cbi8vIDQuIGNvbGQgc3RhcnQsIHNlcnZlciBkb3duLCBzbmFwc2hvdCBwcmVzZW50XG5pZiAod2FudGVkKDQpKSB7XG4gIGNvbnN0IHNuYXBzaG90ID0gbWVtb3J5U25hcHNob3QoKTtcbiAgY29uc3Qgd2FybSA9IGNyZWF0ZVByb21wdENsaWVudCh7IHN0b3JlOiBodHRwU3RvcmUoeyB1cmwgfSksIHNuYXBzaG90IH0pO1xuICBhd2FpdCB3YXJtLmdldFByb21wdChHUkVFVElORyk7XG4gIGF3YWl0IHdhcm0uY2xvc2UoKTtcbiAgYXdhaXQgbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHNlcnZlci5jbG9zZSgoKSA9PiByZXNvbHZlKCkpKTtcbiAgc2VydmVyLmNsb3NlQWxsQ29ubmVjdGlvbnMoKTtcblxuICBjb25zdCBzdGFydGVkID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGNvbnN0IGNvbGQgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogaHR0cFN0b3JlKHsgdXJsIH0pLCBzbmFwc2hvdCB9KTtcbiAgbGV0IG91cnM6IHN0cmluZztcbiAgdHJ5IHtcbiAgICBjb25zdCBwID0gYXdhaXQgY29sZC5nZXRQcm9tcHQoR1JFRVRJTkcpO1xuICAgIG91cnMgPSBgc2VydmVkIChzb3VyY2U6ICR7cC5zb3VyY2V9LCAke3AucmVuZGVyKFZBUlMpID09PSBFWFBFQ1RFRCA/ICdyZW5kZXJzJyA6ICdXUk9ORyBURVhUJ30pIGluICR7Zm10KHBlcmZvcm1hbmNlLm5vdygpIC0gc3RhcnRlZCl9IG1zYDtcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICBvdXJzID0gYGVycm9yOiAkeyhlcnJvciBhcyBFcnJvcikubWVzc2FnZS5zbGljZSgwLCA2MCl9YDtcbiAgfVxuICBhd2FpdCBjb2xkLmNsb3NlKCk7XG5cbiAgY29uc29sZS53YXJuID0gKCkgPT4gdW5kZWZpbmVkOyAvLyBMYW5nZnVzZSBsb2dzIGl0cyBmYWlsdXJlXG4gIGNvbnN0IHN0YXJ0ZWQyID0gcGVyZm9ybWFuY2Uubm93KCk7XG4gIGNvbnN0IGxhbmdmdXNlID0gbmV3IExhbmdmdXNlQ2xpZW50KGxhbmdmdXNlT3B0aW9ucyh1cmwpKTtcbiAgbGV0IHRoZWlyczogc3RyaW5nO1xuICB0cnkge1xuICAgIGNvbnN0IHAgPSBhd2FpdCBsYW5nZnVzZS5wcm9tcHQuZ2V0KEdSRUVUSU5HKTtcbiAgICB0aGVpcnMgPSBgc2VydmVkICgke3AuaXNGYWxsYmFjayA/ICdmYWxsYmFjaycgOiAnZmV0Y2hlZCd9KWA7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhlaXJzID0gYHRocm93cyAoJHsoZXJyb3IgYXMgRXJyb3IpLmNvbnN0cnVjdG9yLm5hbWV9KSBhZnRlciAke2ZtdChwZXJmb3JtYW5jZS5ub3coKSAtIHN0YXJ0ZWQyKX0gbXM7IG9ubHkgYW4gaW4tY29kZSBmYWxsYmFjayBoZWxwc2A7XG4gIH1cbiAgY29uc29sZS53YXJuID0gc2lsZW5jZTtcbiAgcm93cy5wdXNoKFsnNC4gY29sZCBzdGFydCwgc2VydmVyIGRvd24sIHNuYXBzaG90IHByZXNlbnQnLCBvdXJzLCB0aGVpcnMsICd0YXJnZXQ6IHNlcnZlZCwgbm8gZXJyb3InXSk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSByZXBvcnRcblxuY29uc3QgaGVhZGVyOiBbc3RyaW5nLCBzdHJpbmcsIHN0cmluZywgc3RyaW5nXSA9IFsnc2NlbmFyaW8nLCAncHJvbXB0b3BzJywgJ0BsYW5nZnVzZS9jbGllbnQnLCAncmVzdWx0J107XG5jb25zdCB3aWR0aHMgPSBoZWFkZXIubWFwKChoLCBpKSA9PiBNYXRoLm1heChoLmxlbmd0aCwgLi4ucm93cy5tYXAoKHIpID0+IHJbaV0/Lmxlbmd0aCA/PyAwKSkpO1xuY29uc3QgbGluZSA9IChjZWxsczogcmVhZG9ubHkgc3RyaW5nW10pID0+IGB8ICR7Y2VsbHMubWFwKChjLCBpKSA9PiBjLnBhZEVuZCh3aWR0aHNbaV0gPz8gMCkpLmpvaW4oJyB8ICcpfSB8YDtcbmNvbnNvbGUubG9nKGBcXG5ub2RlICR7cHJvY2Vzcy52ZXJzaW9ufSwgJHtwcm9jZXNzLnBsYXRmb3JtfS8ke3Byb2Nlc3MuYXJjaH1gKTtcbmNvbnNvbGUubG9nKGxpbmUoaGVhZGVyKSk7XG5jb25zb2xlLmxvZyhgfCR7d2lkdGhzLm1hcCgodykgPT4gJy0nLnJlcGVhdCh3ICsgMikpLmpvaW4oJ3wnKX18YCk7XG5mb3IgKGNvbnN0IHJvdyBvZiByb3dzKSBjb25zb2xlLmxvZyhsaW5lKHJvdykpO1xucHJvY2Vzcy5leGl0KDApO1xuIiwgIi8qKlxuICogVGhlIHByb21wdG9wcyBlcnJvciBoaWVyYXJjaHkuIEV2ZXJ5IGVycm9yIHRoZSBTREsgdGhyb3dzIG9uIHB1cnBvc2UgZXh0ZW5kc1xuICoge0BsaW5rIFByb21wdE9wc0Vycm9yfSwgY2FycmllcyBhIHN0YWJsZSBgY29kZWAsIGtlZXBzIHRoZSBvcmlnaW5hbCBmYWlsdXJlIGluIGBjYXVzZWAsXG4gKiBhbmQgaGFzIGEgbWVzc2FnZSB0aGF0IHNheXMgd2hhdCBmYWlsZWQsIHdoZXJlLCBhbmQgaG93IHRvIGZpeCBpdC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGltcG9ydCB7IFByb21wdElucHV0RXJyb3IsIGlzUHJvbXB0T3BzRXJyb3IgfSBmcm9tICdwcm9tcHRvcHMnO1xuICogdHJ5IHtcbiAqICAgcC5yZW5kZXIoeyBjb21wYW55OiAnQWNtZScgfSk7XG4gKiB9IGNhdGNoIChlcnJvcikge1xuICogICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHRJbnB1dEVycm9yKSBjb25zb2xlLmVycm9yKGVycm9yLmlzc3Vlcyk7XG4gKiAgIGVsc2UgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSBjb25zb2xlLmVycm9yKGVycm9yLmNvZGUsIGVycm9yLm1lc3NhZ2UpO1xuICogICBlbHNlIHRocm93IGVycm9yO1xuICogfVxuICogYGBgXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIFN0YWJsZSBtYWNoaW5lLXJlYWRhYmxlIGNvZGVzLCBvbmUgcGVyIGVycm9yIGNsYXNzLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0T3BzRXJyb3JDb2RlID1cbiAgfCAnUFJPTVBUT1BTX0VSUk9SJ1xuICB8ICdQUk9NUFRfTk9UX0ZPVU5EJ1xuICB8ICdWRVJTSU9OX05PVF9GT1VORCdcbiAgfCAnUFJPTVBUX0lOUFVUJ1xuICB8ICdQUk9NUFRfRk9STUFUJ1xuICB8ICdTVE9SRV9FUlJPUidcbiAgfCAnSU5URUdSSVRZJ1xuICB8ICdDT05GSUcnO1xuXG4vKiogT3B0aW9ucyBhY2NlcHRlZCBieSBldmVyeSBlcnJvciBjb25zdHJ1Y3Rvci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0T3BzRXJyb3JPcHRpb25zIHtcbiAgLyoqIFRoZSB1bmRlcmx5aW5nIGZhaWx1cmUsIGtlcHQgYXMgdGhlIHN0YW5kYXJkIGBFcnJvci5jYXVzZWAuICovXG4gIGNhdXNlPzogdW5rbm93bjtcbn1cblxuY29uc3QgQlJBTkQgPSBTeW1ib2wuZm9yKCdwcm9tcHRvcHMuZXJyb3InKTtcblxuLyoqXG4gKiBCYXNlIGNsYXNzIG9mIGV2ZXJ5IHByb21wdG9wcyBlcnJvci5cbiAqXG4gKiBVc2Uge0BsaW5rIGlzUHJvbXB0T3BzRXJyb3J9IHJhdGhlciB0aGFuIGBpbnN0YW5jZW9mYCB3aGVuIHRoZSBFU00gYW5kIENKUyBidWlsZHMgbWF5IGJvdGggYmVcbiAqIGxvYWRlZCBpbiBvbmUgcHJvY2VzcyAodGhlIGNoZWNrIHdvcmtzIGFjcm9zcyB0aGUgdHdvIGNvcGllcykuXG4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRPcHNFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgLyoqIFN0YWJsZSBjb2RlIG9mIHRoZSBlcnJvciBjbGFzcywgZS5nLiBgJ1BST01QVF9OT1RfRk9VTkQnYC4gKi9cbiAgcmVhZG9ubHkgY29kZTogUHJvbXB0T3BzRXJyb3JDb2RlO1xuXG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZywgb3B0aW9uczogUHJvbXB0T3BzRXJyb3JPcHRpb25zID0ge30sIGNvZGU6IFByb21wdE9wc0Vycm9yQ29kZSA9ICdQUk9NUFRPUFNfRVJST1InKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucy5jYXVzZSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogeyBjYXVzZTogb3B0aW9ucy5jYXVzZSB9KTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvbXB0T3BzRXJyb3InO1xuICAgIHRoaXMuY29kZSA9IGNvZGU7XG4gICAgT2JqZWN0LmRlZmluZVByb3BlcnR5KHRoaXMsIEJSQU5ELCB7IHZhbHVlOiB0cnVlIH0pO1xuICB9XG59XG5cbi8qKiBUcnVlIGZvciBhbnkgZXJyb3IgdGhyb3duIGJ5IHByb21wdG9wcywgZnJvbSBlaXRoZXIgdGhlIEVTTSBvciB0aGUgQ0pTIGJ1aWxkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUHJvbXB0T3BzRXJyb3IodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBQcm9tcHRPcHNFcnJvciB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmICh2YWx1ZSBhcyBSZWNvcmQ8c3ltYm9sLCB1bmtub3duPilbQlJBTkRdID09PSB0cnVlO1xufVxuXG4vKiogTm8gcHJvbXB0IG9mIHRoYXQgbmFtZSBleGlzdHMgaW4gdGhlIHN0b3JlLiBgc3VnZ2VzdGlvbnNgIGxpc3RzIGNsb3NlIG5hbWVzLiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdE5vdEZvdW5kRXJyb3IgZXh0ZW5kcyBQcm9tcHRPcHNFcnJvciB7XG4gIC8qKiBUaGUgcHJvbXB0IG5hbWUgdGhhdCB3YXMgYXNrZWQgZm9yLiAqL1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmc7XG4gIC8qKiBFeGlzdGluZyBuYW1lcyBjbG9zZSB0byB0aGUgb25lIGFza2VkIGZvciAobWF5IGJlIGVtcHR5KS4gKi9cbiAgcmVhZG9ubHkgc3VnZ2VzdGlvbnM6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTmFtZSBvZiB0aGUgc3RvcmUgdGhhdCB3YXMgYXNrZWQuICovXG4gIHJlYWRvbmx5IHN0b3JlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIGRldGFpbHM6IHsgc3VnZ2VzdGlvbnM/OiByZWFkb25seSBzdHJpbmdbXTsgc3RvcmU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfSA9IHt9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIGNvbnN0IHN1Z2dlc3Rpb25zID0gZGV0YWlscy5zdWdnZXN0aW9ucyA/PyBbXTtcbiAgICBjb25zdCB3aGVyZSA9IGRldGFpbHMuc3RvcmUgPyBgIGluIHRoZSAke2RldGFpbHMuc3RvcmV9IHN0b3JlYCA6ICcnO1xuICAgIGNvbnN0IGhpbnQgPVxuICAgICAgc3VnZ2VzdGlvbnMubGVuZ3RoID4gMFxuICAgICAgICA/IGAgRGlkIHlvdSBtZWFuICR7c3VnZ2VzdGlvbnMubWFwKChzKSA9PiBgXCIke3N9XCJgKS5qb2luKCcsICcpfT9gXG4gICAgICAgIDogJyBDaGVjayB0aGUgbmFtZSAoc2VnbWVudHMgb2YgW2EtejAtOS5fLV0gam9pbmVkIGJ5IFwiL1wiKSBhbmQgdGhhdCB0aGUgcHJvbXB0IHdhcyBhZGRlZCB0byB0aGUgc3RvcmUuJztcbiAgICBzdXBlcihkZXRhaWxzLm1lc3NhZ2UgPz8gYFByb21wdCBcIiR7cHJvbXB0TmFtZX1cIiB3YXMgbm90IGZvdW5kJHt3aGVyZX0uJHtoaW50fWAsIG9wdGlvbnMsICdQUk9NUFRfTk9UX0ZPVU5EJyk7XG4gICAgdGhpcy5uYW1lID0gJ1Byb21wdE5vdEZvdW5kRXJyb3InO1xuICAgIHRoaXMucHJvbXB0TmFtZSA9IHByb21wdE5hbWU7XG4gICAgdGhpcy5zdWdnZXN0aW9ucyA9IHN1Z2dlc3Rpb25zO1xuICAgIHRoaXMuc3RvcmUgPSBkZXRhaWxzLnN0b3JlO1xuICB9XG59XG5cbi8qKiBUaGUgcHJvbXB0IGV4aXN0cyBidXQgbm8gdmVyc2lvbiBzYXRpc2ZpZXMgdGhlIHNlbGVjdG9yLiBMaXN0cyB3aGF0IGV4aXN0cy4gKi9cbmV4cG9ydCBjbGFzcyBWZXJzaW9uTm90Rm91bmRFcnJvciBleHRlbmRzIFByb21wdE9wc0Vycm9yIHtcbiAgcmVhZG9ubHkgcHJvbXB0TmFtZTogc3RyaW5nO1xuICAvKiogVGhlIHNlbGVjdG9yIHRoYXQgbWF0Y2hlZCBub3RoaW5nOiBhbiBleGFjdCB2ZXJzaW9uLCBhIHJhbmdlIG9yIGEgbGFiZWwuICovXG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIC8qKiBWZXJzaW9ucyB0aGF0IGV4aXN0LCBoaWdoZXN0IGZpcnN0LiAqL1xuICByZWFkb25seSB2ZXJzaW9uczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBMYWJlbHMgdGhhdCBleGlzdCwgd2l0aCB0aGUgdmVyc2lvbiBlYWNoIHBvaW50cyB0by4gKi9cbiAgcmVhZG9ubHkgbGFiZWxzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PjtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcm9tcHROYW1lOiBzdHJpbmcsXG4gICAgc2VsZWN0b3I6IHN0cmluZyxcbiAgICBhdmFpbGFibGU6IHsgdmVyc2lvbnM/OiByZWFkb25seSBzdHJpbmdbXTsgbGFiZWxzPzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gfSA9IHt9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIGNvbnN0IHZlcnNpb25zID0gYXZhaWxhYmxlLnZlcnNpb25zID8/IFtdO1xuICAgIGNvbnN0IGxhYmVscyA9IGF2YWlsYWJsZS5sYWJlbHMgPz8ge307XG4gICAgY29uc3QgbGFiZWxUZXh0ID0gT2JqZWN0LmVudHJpZXMobGFiZWxzKVxuICAgICAgLm1hcCgoW2xhYmVsLCB2ZXJzaW9uXSkgPT4gYCR7bGFiZWx9IFx1MjE5MiAke3ZlcnNpb259YClcbiAgICAgIC5qb2luKCcsICcpO1xuICAgIHN1cGVyKFxuICAgICAgYE5vIHZlcnNpb24gb2YgcHJvbXB0IFwiJHtwcm9tcHROYW1lfVwiIG1hdGNoZXMgXCIke3NlbGVjdG9yfVwiLiBgICtcbiAgICAgICAgYFZlcnNpb25zOiAke3ZlcnNpb25zLmxlbmd0aCA+IDAgPyB2ZXJzaW9ucy5qb2luKCcsICcpIDogJyhub25lKSd9OyBgICtcbiAgICAgICAgYGxhYmVsczogJHtsYWJlbFRleHQgfHwgJyhub25lKSd9LiBQaWNrIG9uZSBvZiB0aGVzZSwgb3IgcHVibGlzaCBhIG1hdGNoaW5nIHZlcnNpb24uYCxcbiAgICAgIG9wdGlvbnMsXG4gICAgICAnVkVSU0lPTl9OT1RfRk9VTkQnLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gJ1ZlcnNpb25Ob3RGb3VuZEVycm9yJztcbiAgICB0aGlzLnByb21wdE5hbWUgPSBwcm9tcHROYW1lO1xuICAgIHRoaXMuc2VsZWN0b3IgPSBzZWxlY3RvcjtcbiAgICB0aGlzLnZlcnNpb25zID0gdmVyc2lvbnM7XG4gICAgdGhpcy5sYWJlbHMgPSBsYWJlbHM7XG4gIH1cbn1cblxuLyoqIE9uZSBwcm9ibGVtIGZvdW5kIGluIGEgY2FsbGVyJ3MgdmFyaWFibGVzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRJbnB1dElzc3VlIHtcbiAgLyoqIFBhdGggdG8gdGhlIG9mZmVuZGluZyB2YWx1ZSwgZS5nLiBgWydjdXN0b21lciddYCBvciBgWydpdGVtcycsIDIsICdza3UnXWAuICovXG4gIHJlYWRvbmx5IHBhdGg6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgbnVtYmVyPjtcbiAgLyoqIFdoYXQgaXMgd3JvbmcsIGluIHBsYWluIHdvcmRzLiAqL1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIC8qKiBBIHNob3J0IG1hY2hpbmUgY29kZSwgZS5nLiBgJ21pc3NpbmcnYCwgYCdpbnZhbGlkX3R5cGUnYCwgYCd1bmtub3duX2tleSdgLiAqL1xuICByZWFkb25seSBjb2RlOiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgdmFyaWFibGVzIHBhc3NlZCB0byBgcmVuZGVyKClgIGRvIG5vdCBmaXQgdGhlIHByb21wdCdzIGlucHV0IHNjaGVtYS4gRXZlcnkgcHJvYmxlbSBpcyBsaXN0ZWQgYXQgb25jZS4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRJbnB1dEVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIEV2ZXJ5IHByb2JsZW0gZm91bmQsIGluIHNjaGVtYSBvcmRlci4gKi9cbiAgcmVhZG9ubHkgaXNzdWVzOiByZWFkb25seSBQcm9tcHRJbnB1dElzc3VlW107XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIHZlcnNpb246IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgICBpc3N1ZXM6IHJlYWRvbmx5IFByb21wdElucHV0SXNzdWVbXSxcbiAgICBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCBhdCA9IHZlcnNpb24gPyBgJHtwcm9tcHROYW1lfUAke3ZlcnNpb259YCA6IHByb21wdE5hbWU7XG4gICAgY29uc3QgbGluZXMgPSBpc3N1ZXMubWFwKChpKSA9PiBgICAtICR7aS5wYXRoLmxlbmd0aCA+IDAgPyBpLnBhdGguam9pbignLicpIDogJyhpbnB1dCknfTogJHtpLm1lc3NhZ2V9YCk7XG4gICAgc3VwZXIoXG4gICAgICBgSW52YWxpZCBpbnB1dCBmb3IgcHJvbXB0IFwiJHthdH1cIiAoJHtpc3N1ZXMubGVuZ3RofSBwcm9ibGVtJHtpc3N1ZXMubGVuZ3RoID09PSAxID8gJycgOiAncyd9KTpcXG4ke2xpbmVzLmpvaW4oJ1xcbicpfVxcbmAgK1xuICAgICAgICAnUGFzcyB0aGUgbGlzdGVkIHZhcmlhYmxlcyB3aXRoIHRoZSBkZWNsYXJlZCB0eXBlcywgb3IgYWRkIGRlZmF1bHRzIHRvIHRoZSBwcm9tcHRcXCdzIFwiaW5wdXQuZGVmYXVsdFwiLicsXG4gICAgICBvcHRpb25zLFxuICAgICAgJ1BST01QVF9JTlBVVCcsXG4gICAgKTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvbXB0SW5wdXRFcnJvcic7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gcHJvbXB0TmFtZTtcbiAgICB0aGlzLnZlcnNpb24gPSB2ZXJzaW9uO1xuICAgIHRoaXMuaXNzdWVzID0gaXNzdWVzO1xuICB9XG59XG5cbi8qKiBXaGVyZSBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gd2FzIGZvdW5kLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRGb3JtYXRMb2NhdGlvbiB7XG4gIC8qKiBGaWxlIHBhdGgsIFVSTCBvciBvdGhlciBvcmlnaW4gb2YgdGhlIHByb21wdCB0ZXh0LiAqL1xuICBmaWxlPzogc3RyaW5nO1xuICAvKiogMS1iYXNlZCBsaW5lIGluIHRoYXQgZmlsZS4gKi9cbiAgbGluZT86IG51bWJlcjtcbiAgLyoqIDEtYmFzZWQgY29sdW1uIGluIHRoYXQgbGluZS4gKi9cbiAgY29sdW1uPzogbnVtYmVyO1xuICAvKiogVGhlIHJlY29yZCBmaWVsZCBhdCBmYXVsdCwgZS5nLiBgJ3ZlcnNpb24nYCBvciBgJ2lucHV0LnNjaGVtYS50b25lJ2AuICovXG4gIGZpZWxkPzogc3RyaW5nO1xuICAvKiogVGhlIHByb21wdCdzIG5hbWUsIHdoZW4ga25vd24uICovXG4gIHByb21wdE5hbWU/OiBzdHJpbmc7XG59XG5cbi8qKlxuICogQSBwcm9tcHQgZmlsZSBvciByZWNvcmQgaXMgbWFsZm9ybWVkOiBiYWQgWUFNTCwgYSBtaXNzaW5nIGZpZWxkLCBhIHRlbXBsYXRlIHRoYXQgZG9lcyBub3QgZml0IGl0c1xuICogc2NoZW1hLCBhIG1pc3NpbmcgcGFydGlhbC4gVGhlIG1lc3NhZ2Ugc3RhcnRzIHdpdGggYGZpbGU6bGluZWAgd2hlbiB0aGV5IGFyZSBrbm93bi5cbiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdEZvcm1hdEVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICByZWFkb25seSBmaWxlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGxpbmU6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgY29sdW1uOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGZpZWxkOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IHByb21wdE5hbWU6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBiYXJlIHByb2JsZW0gYW5kIGZpeCwgd2l0aG91dCB0aGUgbG9jYXRpb24gcHJlZml4LiAqL1xuICByZWFkb25seSBkZXRhaWw6IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihkZXRhaWw6IHN0cmluZywgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30sIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMpIHtcbiAgICBzdXBlcihgJHtmb3JtYXRMb2NhdGlvbihsb2NhdGlvbil9JHtkZXRhaWx9YCwgb3B0aW9ucywgJ1BST01QVF9GT1JNQVQnKTtcbiAgICB0aGlzLm5hbWUgPSAnUHJvbXB0Rm9ybWF0RXJyb3InO1xuICAgIHRoaXMuZmlsZSA9IGxvY2F0aW9uLmZpbGU7XG4gICAgdGhpcy5saW5lID0gbG9jYXRpb24ubGluZTtcbiAgICB0aGlzLmNvbHVtbiA9IGxvY2F0aW9uLmNvbHVtbjtcbiAgICB0aGlzLmZpZWxkID0gbG9jYXRpb24uZmllbGQ7XG4gICAgdGhpcy5wcm9tcHROYW1lID0gbG9jYXRpb24ucHJvbXB0TmFtZTtcbiAgICB0aGlzLmRldGFpbCA9IGRldGFpbDtcbiAgfVxufVxuXG5mdW5jdGlvbiBmb3JtYXRMb2NhdGlvbihsOiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IHN0cmluZyB7XG4gIGNvbnN0IHBhcnRzOiBzdHJpbmdbXSA9IFtdO1xuICBpZiAobC5maWxlICE9PSB1bmRlZmluZWQpIHtcbiAgICBwYXJ0cy5wdXNoKGwubGluZSA9PT0gdW5kZWZpbmVkID8gbC5maWxlIDogYCR7bC5maWxlfToke2wubGluZX0ke2wuY29sdW1uID09PSB1bmRlZmluZWQgPyAnJyA6IGA6JHtsLmNvbHVtbn1gfWApO1xuICB9IGVsc2UgaWYgKGwucHJvbXB0TmFtZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgcGFydHMucHVzaChgcHJvbXB0IFwiJHtsLnByb21wdE5hbWV9XCJgKTtcbiAgfVxuICBpZiAobC5maWVsZCAhPT0gdW5kZWZpbmVkKSBwYXJ0cy5wdXNoKGBmaWVsZCBcIiR7bC5maWVsZH1cImApO1xuICByZXR1cm4gcGFydHMubGVuZ3RoID4gMCA/IGAke3BhcnRzLmpvaW4oJywgJyl9OiBgIDogJyc7XG59XG5cbi8qKiBBIHN0b3JlIGNvdWxkIG5vdCBhbnN3ZXI6IG5ldHdvcmsgZmFpbHVyZSwgSFRUUCBlcnJvciwgbWFsZm9ybWVkIHJlc3BvbnNlLiAqL1xuZXhwb3J0IGNsYXNzIFN0b3JlRXJyb3IgZXh0ZW5kcyBQcm9tcHRPcHNFcnJvciB7XG4gIC8qKiBOYW1lIG9mIHRoZSBzdG9yZSwgZS5nLiBgJ2h0dHAnYC4gKi9cbiAgcmVhZG9ubHkgc3RvcmU6IHN0cmluZztcbiAgLyoqIEhUVFAgc3RhdHVzLCB3aGVuIHRoZSBmYWlsdXJlIHdhcyBhbiBIVFRQIGFuc3dlci4gKi9cbiAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBUcnVlIHdoZW4gdHJ5aW5nIGFnYWluIGxhdGVyIG1heSBzdWNjZWVkICh0aW1lb3V0cywgNDA4LCA0MjksIDV4eCwgbmV0d29yayBlcnJvcnMpLiAqL1xuICByZWFkb25seSByZXRyeWFibGU6IGJvb2xlYW47XG5cbiAgY29uc3RydWN0b3IoXG4gICAgbWVzc2FnZTogc3RyaW5nLFxuICAgIGRldGFpbHM6IHsgc3RvcmU6IHN0cmluZzsgc3RhdHVzPzogbnVtYmVyOyByZXRyeWFibGU/OiBib29sZWFuIH0sXG4gICAgb3B0aW9ucz86IFByb21wdE9wc0Vycm9yT3B0aW9ucyxcbiAgKSB7XG4gICAgc3VwZXIobWVzc2FnZSwgb3B0aW9ucywgJ1NUT1JFX0VSUk9SJyk7XG4gICAgdGhpcy5uYW1lID0gJ1N0b3JlRXJyb3InO1xuICAgIHRoaXMuc3RvcmUgPSBkZXRhaWxzLnN0b3JlO1xuICAgIHRoaXMuc3RhdHVzID0gZGV0YWlscy5zdGF0dXM7XG4gICAgdGhpcy5yZXRyeWFibGUgPSBkZXRhaWxzLnJldHJ5YWJsZSA/PyBmYWxzZTtcbiAgfVxufVxuXG4vKiogQSByZWNvcmQncyBjb250ZW50IGRvZXMgbm90IG1hdGNoIGl0cyBoYXNoLCBvciBhIGxvY2tlZCBoYXNoLiBTdWNoIGEgcmVjb3JkIGlzIG5ldmVyIHJlbmRlcmVkLiAqL1xuZXhwb3J0IGNsYXNzIEludGVncml0eUVycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICByZWFkb25seSBwcm9tcHROYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgcmVhZG9ubHkgZXhwZWN0ZWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgYWN0dWFsOiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJvbXB0TmFtZTogc3RyaW5nLFxuICAgIHZlcnNpb246IHN0cmluZyxcbiAgICBoYXNoZXM6IHsgZXhwZWN0ZWQ6IHN0cmluZzsgYWN0dWFsOiBzdHJpbmc7IHJlYXNvbj86IHN0cmluZyB9LFxuICAgIG9wdGlvbnM/OiBQcm9tcHRPcHNFcnJvck9wdGlvbnMsXG4gICkge1xuICAgIHN1cGVyKFxuICAgICAgYEludGVncml0eSBjaGVjayBmYWlsZWQgZm9yIHByb21wdCBcIiR7cHJvbXB0TmFtZX1AJHt2ZXJzaW9ufVwiOiAke2hhc2hlcy5yZWFzb24gPz8gJ2V4cGVjdGVkIGhhc2gnfSAke2hhc2hlcy5leHBlY3RlZH0sIGAgK1xuICAgICAgICBgZ290ICR7aGFzaGVzLmFjdHVhbH0uIFRoZSByZWNvcmQgd2FzIGNoYW5nZWQgYWZ0ZXIgaXQgd2FzIHB1Ymxpc2hlZCBvciBsb2NrZWQ7IGAgK1xuICAgICAgICAncHVibGlzaCBhIG5ldyB2ZXJzaW9uIGluc3RlYWQgb2YgZWRpdGluZyBvbmUsIG9yIHJlLXJ1biBcInByb21wdG9wcyBsb2NrXCIgaWYgdGhlIGNoYW5nZSBpcyBpbnRlbmRlZC4nLFxuICAgICAgb3B0aW9ucyxcbiAgICAgICdJTlRFR1JJVFknLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gJ0ludGVncml0eUVycm9yJztcbiAgICB0aGlzLnByb21wdE5hbWUgPSBwcm9tcHROYW1lO1xuICAgIHRoaXMudmVyc2lvbiA9IHZlcnNpb247XG4gICAgdGhpcy5leHBlY3RlZCA9IGhhc2hlcy5leHBlY3RlZDtcbiAgICB0aGlzLmFjdHVhbCA9IGhhc2hlcy5hY3R1YWw7XG4gIH1cbn1cblxuLyoqIEEgY2xpZW50IG9wdGlvbiwgY29uZmlnIGZpbGUgb3IgQ0xJIGFyZ3VtZW50IGlzIGludmFsaWQuIGBvcHRpb25gIG5hbWVzIGl0LiAqL1xuZXhwb3J0IGNsYXNzIENvbmZpZ0Vycm9yIGV4dGVuZHMgUHJvbXB0T3BzRXJyb3Ige1xuICAvKiogVGhlIG9wdGlvbiBhdCBmYXVsdCwgZS5nLiBgJ2NhY2hlLnR0bE1zJ2AuICovXG4gIHJlYWRvbmx5IG9wdGlvbjogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKiogVGhlIGNvbmZpZyBmaWxlLCB3aGVuIHRoZSBvcHRpb24gY2FtZSBmcm9tIG9uZS4gKi9cbiAgcmVhZG9ubHkgZmlsZTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKG1lc3NhZ2U6IHN0cmluZywgZGV0YWlsczogeyBvcHRpb24/OiBzdHJpbmc7IGZpbGU/OiBzdHJpbmcgfSA9IHt9LCBvcHRpb25zPzogUHJvbXB0T3BzRXJyb3JPcHRpb25zKSB7XG4gICAgY29uc3Qgd2hlcmUgPSBbZGV0YWlscy5maWxlLCBkZXRhaWxzLm9wdGlvbiA/IGBvcHRpb24gXCIke2RldGFpbHMub3B0aW9ufVwiYCA6IHVuZGVmaW5lZF0uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJywgJyk7XG4gICAgc3VwZXIod2hlcmUgPyBgJHt3aGVyZX06ICR7bWVzc2FnZX1gIDogbWVzc2FnZSwgb3B0aW9ucywgJ0NPTkZJRycpO1xuICAgIHRoaXMubmFtZSA9ICdDb25maWdFcnJvcic7XG4gICAgdGhpcy5vcHRpb24gPSBkZXRhaWxzLm9wdGlvbjtcbiAgICB0aGlzLmZpbGUgPSBkZXRhaWxzLmZpbGU7XG4gIH1cbn1cbiIsICIvKipcbiAqIEZpZWxkIHBhdGhzIGluIGVycm9yIGxvY2F0aW9uczogYCdpbnB1dC5zY2hlbWEudG9uZT8oZW51bSknYCwgYCdtZXNzYWdlc1sxXS5yb2xlJ2AuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIE9uZSBzdGVwIG9mIGEgZmllbGQgcGF0aDogYW4gb2JqZWN0IGtleSBvciBhbiBhcnJheSBpbmRleC4gKi9cbmV4cG9ydCB0eXBlIEZpZWxkU2VnbWVudCA9IHN0cmluZyB8IG51bWJlcjtcblxuLyoqXG4gKiBKb2luIHNlZ21lbnRzIGludG8gdGhlIGBmaWVsZGAgb2YgYSBgUHJvbXB0Rm9ybWF0RXJyb3JgOiBrZXlzIGpvaW5lZCBieSBgLmAsIGluZGljZXMgYXMgYFtuXWAuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBmb3JtYXRGaWVsZFBhdGgoWydtZXNzYWdlcycsIDEsICdyb2xlJ10pOyAvLyAnbWVzc2FnZXNbMV0ucm9sZSdcbiAqIGZvcm1hdEZpZWxkUGF0aChbJ2lucHV0LnNjaGVtYScsICd0b25lJ10pOyAvLyAnaW5wdXQuc2NoZW1hLnRvbmUnXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdEZpZWxkUGF0aChzZWdtZW50czogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBzdHJpbmcge1xuICBsZXQgb3V0ID0gJyc7XG4gIGZvciAoY29uc3Qgc2VnbWVudCBvZiBzZWdtZW50cykge1xuICAgIGlmICh0eXBlb2Ygc2VnbWVudCA9PT0gJ251bWJlcicpIG91dCArPSBgWyR7c2VnbWVudH1dYDtcbiAgICBlbHNlIG91dCArPSBvdXQgPT09ICcnID8gc2VnbWVudCA6IGAuJHtzZWdtZW50fWA7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqXG4gKiBTcGxpdCBhIGZpZWxkIHBhdGggbWFkZSBieSB7QGxpbmsgZm9ybWF0RmllbGRQYXRofSBiYWNrIGludG8gc2VnbWVudHMuIEtleXMgdGhhdCB0aGVtc2VsdmVzXG4gKiBjb250YWluIGAuYCBjb21lIGJhY2sgc3BsaXQ7IGNhbGxlcnMgdGhhdCBsb29rIGtleXMgdXAgc2hvdWxkIHRyeSBqb2luaW5nIG5laWdoYm91cnMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcGxpdEZpZWxkUGF0aChmaWVsZDogc3RyaW5nKTogRmllbGRTZWdtZW50W10ge1xuICBjb25zdCBzZWdtZW50czogRmllbGRTZWdtZW50W10gPSBbXTtcbiAgZm9yIChjb25zdCBwYXJ0IG9mIGZpZWxkLnNwbGl0KCcuJykpIHtcbiAgICBjb25zdCBtYXRjaCA9IC9eKC4qPykoKD86XFxbXFxkK1xcXSkrKSQvLmV4ZWMocGFydCk7XG4gICAgaWYgKG1hdGNoID09PSBudWxsKSB7XG4gICAgICBzZWdtZW50cy5wdXNoKHBhcnQpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChtYXRjaFsxXSAhPT0gJycpIHNlZ21lbnRzLnB1c2gobWF0Y2hbMV0hKTtcbiAgICBmb3IgKGNvbnN0IGluZGV4IG9mIG1hdGNoWzJdIS5tYXRjaEFsbCgvXFxbKFxcZCspXFxdL2cpKSBzZWdtZW50cy5wdXNoKE51bWJlcihpbmRleFsxXSkpO1xuICB9XG4gIHJldHVybiBzZWdtZW50cztcbn1cbiIsICIvKipcbiAqIFwiRGlkIHlvdSBtZWFuIFx1MjAyNj9cIiBzdWdnZXN0aW9ucyBmb3IgbWlzc3BlbHQgbmFtZXM6IHR5cGVzLCBrZXl3b3JkcywgZmllbGRzLCB2YXJpYWJsZXMuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqIERhbWVyYXVcdTIwMTNMZXZlbnNodGVpbiBkaXN0YW5jZSAob3B0aW1hbCBzdHJpbmcgYWxpZ25tZW50KSBiZXR3ZWVuIGBhYCBhbmQgYGJgLCBjYXNlLWluc2Vuc2l0aXZlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVkaXREaXN0YW5jZShhOiBzdHJpbmcsIGI6IHN0cmluZyk6IG51bWJlciB7XG4gIGNvbnN0IHMgPSBhLnRvTG93ZXJDYXNlKCk7XG4gIGNvbnN0IHQgPSBiLnRvTG93ZXJDYXNlKCk7XG4gIGlmIChzID09PSB0KSByZXR1cm4gMDtcbiAgaWYgKHMubGVuZ3RoID09PSAwKSByZXR1cm4gdC5sZW5ndGg7XG4gIGlmICh0Lmxlbmd0aCA9PT0gMCkgcmV0dXJuIHMubGVuZ3RoO1xuICAvLyBUaHJlZSByb2xsaW5nIHJvd3MgYXJlIGVub3VnaCBmb3IgYWRqYWNlbnQgdHJhbnNwb3NpdGlvbnMuXG4gIGxldCBiZWZvcmU6IG51bWJlcltdID0gW107XG4gIGxldCBwcmV2aW91czogbnVtYmVyW10gPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiB0Lmxlbmd0aCArIDEgfSwgKF8sIGopID0+IGopO1xuICBmb3IgKGxldCBpID0gMTsgaSA8PSBzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3QgY3VycmVudDogbnVtYmVyW10gPSBbaV07XG4gICAgZm9yIChsZXQgaiA9IDE7IGogPD0gdC5sZW5ndGg7IGorKykge1xuICAgICAgY29uc3QgY29zdCA9IHNbaSAtIDFdID09PSB0W2ogLSAxXSA/IDAgOiAxO1xuICAgICAgbGV0IGJlc3QgPSBNYXRoLm1pbihwcmV2aW91c1tqXSEgKyAxLCBjdXJyZW50W2ogLSAxXSEgKyAxLCBwcmV2aW91c1tqIC0gMV0hICsgY29zdCk7XG4gICAgICBpZiAoaSA+IDEgJiYgaiA+IDEgJiYgc1tpIC0gMV0gPT09IHRbaiAtIDJdICYmIHNbaSAtIDJdID09PSB0W2ogLSAxXSkgYmVzdCA9IE1hdGgubWluKGJlc3QsIGJlZm9yZVtqIC0gMl0hICsgMSk7XG4gICAgICBjdXJyZW50LnB1c2goYmVzdCk7XG4gICAgfVxuICAgIGJlZm9yZSA9IHByZXZpb3VzO1xuICAgIHByZXZpb3VzID0gY3VycmVudDtcbiAgfVxuICByZXR1cm4gcHJldmlvdXNbdC5sZW5ndGhdITtcbn1cblxuLyoqXG4gKiBUaGUgY2FuZGlkYXRlIGNsb3Nlc3QgdG8gYGlucHV0YCwgd2hlbiBpdCBpcyBjbG9zZSBlbm91Z2ggdG8gYmUgYSBsaWtlbHkgdHlwbyAoYXQgbW9zdCBhIHRoaXJkIG9mXG4gKiB0aGUgbG9uZ2VyIHdvcmQncyBsZW5ndGgsIGFuZCBhdCBtb3N0IDMgZWRpdHMpOyBgdW5kZWZpbmVkYCBvdGhlcndpc2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjbG9zZXN0TWF0Y2goJ3N0cm5nJywgWydzdHJpbmcnLCAnbnVtYmVyJ10pOyAvLyAnc3RyaW5nJ1xuICogY2xvc2VzdE1hdGNoKCd6enonLCBbJ3N0cmluZycsICdudW1iZXInXSk7ICAgLy8gdW5kZWZpbmVkXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsb3Nlc3RNYXRjaChpbnB1dDogc3RyaW5nLCBjYW5kaWRhdGVzOiBJdGVyYWJsZTxzdHJpbmc+KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgbGV0IGJlc3Q6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGJlc3REaXN0YW5jZSA9IE51bWJlci5QT1NJVElWRV9JTkZJTklUWTtcbiAgZm9yIChjb25zdCBjYW5kaWRhdGUgb2YgY2FuZGlkYXRlcykge1xuICAgIGNvbnN0IGRpc3RhbmNlID0gZWRpdERpc3RhbmNlKGlucHV0LCBjYW5kaWRhdGUpO1xuICAgIGNvbnN0IGxpbWl0ID0gTWF0aC5taW4oMywgTWF0aC5tYXgoMSwgTWF0aC5mbG9vcihNYXRoLm1heChpbnB1dC5sZW5ndGgsIGNhbmRpZGF0ZS5sZW5ndGgpIC8gMykpKTtcbiAgICBpZiAoZGlzdGFuY2UgPD0gbGltaXQgJiYgZGlzdGFuY2UgPCBiZXN0RGlzdGFuY2UpIHtcbiAgICAgIGJlc3QgPSBjYW5kaWRhdGU7XG4gICAgICBiZXN0RGlzdGFuY2UgPSBkaXN0YW5jZTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGJlc3Q7XG59XG5cbi8qKiBgJyBEaWQgeW91IG1lYW4gXCJ4XCI/J2Agd2hlbiBhIGNsb3NlIGNhbmRpZGF0ZSBleGlzdHMsIGVsc2UgYCcnYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkaWRZb3VNZWFuKGlucHV0OiBzdHJpbmcsIGNhbmRpZGF0ZXM6IEl0ZXJhYmxlPHN0cmluZz4pOiBzdHJpbmcge1xuICBjb25zdCBtYXRjaCA9IGNsb3Nlc3RNYXRjaChpbnB1dCwgY2FuZGlkYXRlcyk7XG4gIHJldHVybiBtYXRjaCA9PT0gdW5kZWZpbmVkID8gJycgOiBgIERpZCB5b3UgbWVhbiBcIiR7bWF0Y2h9XCI/YDtcbn1cblxuLyoqIFNob3J0IGh1bWFuIGRlc2NyaXB0aW9uIG9mIGEgdmFsdWUsIGUuZy4gYG51bWJlciA0MmAsIGBzdHJpbmcgXCJhYmNcImAsIGBhcnJheWAsIGBudWxsYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZXNjcmliZVZhbHVlKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuICd1bmRlZmluZWQnO1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiAnYW4gYXJyYXknO1xuICBzd2l0Y2ggKHR5cGVvZiB2YWx1ZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6IHtcbiAgICAgIGNvbnN0IHNob3duID0gdmFsdWUubGVuZ3RoID4gNDAgPyBgJHt2YWx1ZS5zbGljZSgwLCA0MCl9XHUyMDI2YCA6IHZhbHVlO1xuICAgICAgcmV0dXJuIGBzdHJpbmcgJHtKU09OLnN0cmluZ2lmeShzaG93bil9YDtcbiAgICB9XG4gICAgY2FzZSAnbnVtYmVyJzpcbiAgICBjYXNlICdib29sZWFuJzpcbiAgICBjYXNlICdiaWdpbnQnOlxuICAgICAgcmV0dXJuIGAke3R5cGVvZiB2YWx1ZX0gJHtTdHJpbmcodmFsdWUpfWA7XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiAnYW4gb2JqZWN0JztcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIGBhICR7dHlwZW9mIHZhbHVlfWA7XG4gIH1cbn1cbiIsICIvKipcbiAqIFBpY29zY2hlbWEgXHUyMTkyIEpTT04gU2NoZW1hLCBhcyBEb3Rwcm9tcHQgZGVmaW5lcyBpdCAoaHR0cHM6Ly9nb29nbGUuZ2l0aHViLmlvL2RvdHByb21wdC9yZWZlcmVuY2UvcGljb3NjaGVtYS8pLlxuICpcbiAqIC0gYG5hbWU6IHR5cGVgIGFuZCBgbmFtZTogdHlwZSwgZGVzY3JpcHRpb25gOyBzY2FsYXIgdHlwZXMgYHN0cmluZ2AsIGBudW1iZXJgLCBgaW50ZWdlcmAsXG4gKiAgIGBib29sZWFuYCwgYG51bGxgLCBgYW55YCAoYGFueWAgYmVjb21lcyBge31gKS5cbiAqIC0gYG5hbWU/OiB0eXBlYDogb3B0aW9uYWwsIGFuZCBhbHNvIG51bGxhYmxlIChgdHlwZTogW1QsICdudWxsJ11gOyBhbiBvcHRpb25hbCBlbnVtIGdhaW5zIGBudWxsYCkuXG4gKiAtIGBuYW1lKGFycmF5WywgZGVzY3JpcHRpb25dKTogaXRlbVR5cGUgfCB7IG5lc3RlZCBmaWVsZHMgfWAuXG4gKiAtIGBuYW1lKG9iamVjdFssIGRlc2NyaXB0aW9uXSk6IHsgbmVzdGVkIGZpZWxkcyB9YDsgYSBwbGFpbiBgbmFtZTogeyBuZXN0ZWQgZmllbGRzIH1gIGlzIGFuIG9iamVjdCB0b28uXG4gKiAtIGBuYW1lKGVudW1bLCBkZXNjcmlwdGlvbl0pOiBbQSwgQiwgXHUyMDI2XWAuXG4gKiAtIGAoKik6IHR5cGVgOiBhZGRpdGlvbmFsIHByb3BlcnRpZXMgb2YgdGhhdCB0eXBlIChvYmplY3RzIGFyZSBjbG9zZWQgb3RoZXJ3aXNlKS5cbiAqIC0gQSBzY2hlbWEgd2l0aCBhIHRvcC1sZXZlbCBgdHlwZWAgKGEgSlNPTiBTY2hlbWEgdHlwZSBuYW1lKSBvciBhIGBwcm9wZXJ0aWVzYCBvYmplY3QgaXMgSlNPTiBTY2hlbWFcbiAqICAgYW5kIGlzIHJldHVybmVkIHVuY2hhbmdlZCAod2l0aCBgdHlwZTogJ29iamVjdCdgIGFkZGVkIGluIHRoZSBzZWNvbmQgY2FzZSkuXG4gKlxuICogRGlmZmVyZW5jZXMgZnJvbSBEb3Rwcm9tcHQsIGFsbCBzdHJpY3RlcjogbmFtZWQgc2NoZW1hcyAoYG5hbWU6IE15VHlwZWApIGFyZSBub3Qgc3VwcG9ydGVkICh0aGVyZVxuICogaXMgbm8gc2NoZW1hIHJlZ2lzdHJ5KSBhbmQgYXJlIHJlcG9ydGVkIGFzIHVua25vd24gdHlwZXMgd2l0aCBhIHN1Z2dlc3Rpb247IGAob2JqZWN0KWAgbmVlZHMgbmVzdGVkXG4gKiBmaWVsZHM7IGEgZmllbGQgd2l0aG91dCBhIHR5cGUgKGBuYW1lOmAgd2l0aCBub3RoaW5nIGFmdGVyIGl0KSBhbmQgYSBmaWVsZCBkZWNsYXJlZCB0d2ljZVxuICogKGB0b25lYCBhbmQgYHRvbmU/YCkgYXJlIGVycm9ycy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBGaWVsZFNlZ21lbnQsIGZvcm1hdEZpZWxkUGF0aCB9IGZyb20gJy4vZmllbGQtcGF0aC5qcyc7XG5pbXBvcnQgeyBjbG9zZXN0TWF0Y2gsIGRlc2NyaWJlVmFsdWUgfSBmcm9tICcuL3N1Z2dlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBKc29uU2NoZW1hIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBTY2FsYXIgdHlwZSBuYW1lcyBvZiBQaWNvc2NoZW1hLiAqL1xuZXhwb3J0IGNvbnN0IFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTID0gWydzdHJpbmcnLCAnbnVtYmVyJywgJ2ludGVnZXInLCAnYm9vbGVhbicsICdudWxsJywgJ2FueSddIGFzIGNvbnN0O1xuXG4vKiogSlNPTiBTY2hlbWEgYHR5cGVgIHZhbHVlcyB0aGF0IG1hcmsgYSB0b3AtbGV2ZWwgc2NoZW1hIGFzIEpTT04gU2NoZW1hIHJhdGhlciB0aGFuIFBpY29zY2hlbWEuICovXG5jb25zdCBKU09OX1NDSEVNQV9NQVJLRVJfVFlQRVMgPSBuZXcgU2V0PHN0cmluZz4oWy4uLlBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTLCAnb2JqZWN0JywgJ2FycmF5J10pO1xuXG5jb25zdCBQQVJFTlRIRVRJQ0FMX1RZUEVTID0gWydhcnJheScsICdvYmplY3QnLCAnZW51bSddIGFzIGNvbnN0O1xuXG5jb25zdCBXSUxEQ0FSRCA9ICcoKiknO1xuXG4vKiogQ29tbW9uIHNwZWxsaW5ncyBmcm9tIG90aGVyIGxhbmd1YWdlcywgbWFwcGVkIHRvIHRoZSBQaWNvc2NoZW1hIHR5cGUgdGhleSBtZWFuLiAqL1xuY29uc3QgVFlQRV9BTElBU0VTOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgc3RyOiAnc3RyaW5nJyxcbiAgdGV4dDogJ3N0cmluZycsXG4gIGludDogJ2ludGVnZXInLFxuICBsb25nOiAnaW50ZWdlcicsXG4gIGZsb2F0OiAnbnVtYmVyJyxcbiAgZG91YmxlOiAnbnVtYmVyJyxcbiAgZGVjaW1hbDogJ251bWJlcicsXG4gIGJvb2w6ICdib29sZWFuJyxcbiAgdW5rbm93bjogJ2FueScsXG4gIG5vbmU6ICdudWxsJyxcbn07XG5cbi8qKiBEZWVwZXN0IG5lc3Rpbmcgb2YgUGljb3NjaGVtYSBvYmplY3RzIGFjY2VwdGVkLiAqL1xuY29uc3QgTUFYX0RFUFRIID0gMzI7XG5cbi8qKlxuICogQ29udmVydCBhIFBpY29zY2hlbWEgKG9yIHBhc3MgdGhyb3VnaCBhIEpTT04gU2NoZW1hKSB0byBKU09OIFNjaGVtYS5cbiAqXG4gKiBgbG9jYXRpb24uZmllbGRgIGlzIHRoZSBwYXRoIG9mIHRoZSBzY2hlbWEgaW4gaXRzIHJlY29yZCAoZS5nLiBgJ2lucHV0LnNjaGVtYSdgKTsgZXJyb3JzIG5hbWUgdGhlXG4gKiBvZmZlbmRpbmcga2V5IGJlbG93IGl0LCBlLmcuIGAnaW5wdXQuc2NoZW1hLnRvbmU/KGVudW0pJ2AuXG4gKlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IGZvciBtYWxmb3JtZWQgUGljb3NjaGVtYTogdW5rbm93biB0eXBlcyAod2l0aCBhIHN1Z2dlc3Rpb24pLCB2YWx1ZXNcbiAqICAgdGhhdCBhcmUgbmVpdGhlciB0eXBlIHN0cmluZ3Mgbm9yIG5lc3RlZCBvYmplY3RzLCBgKGVudW0pYCB3aXRob3V0IGEgbGlzdCwgdW5rbm93biBwYXJlbnRoZXRpY2FsXG4gKiAgIHR5cGVzLCBlbXB0eSBzY2hlbWFzLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHsgY3VzdG9tZXI6ICdzdHJpbmcsIGZpcnN0IG5hbWUnLCAndG9uZT8oZW51bSknOiBbJ2Zvcm1hbCcsICdmcmllbmRseSddIH0pO1xuICogLy8geyB0eXBlOiAnb2JqZWN0JywgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLCByZXF1aXJlZDogWydjdXN0b21lciddLCBwcm9wZXJ0aWVzOiB7XG4gKiAvLyAgIGN1c3RvbWVyOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ2ZpcnN0IG5hbWUnIH0sXG4gKiAvLyAgIHRvbmU6IHsgZW51bTogWydmb3JtYWwnLCAnZnJpZW5kbHknLCBudWxsXSB9IH0gfVxuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYTogdW5rbm93biwgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBKc29uU2NoZW1hIHtcbiAgY29uc3QgYmFzZTogRmllbGRTZWdtZW50W10gPSBsb2NhdGlvbi5maWVsZCA9PT0gdW5kZWZpbmVkID8gW10gOiBbbG9jYXRpb24uZmllbGRdO1xuICBjb25zdCBmYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSk6IG5ldmVyID0+IHtcbiAgICBjb25zdCBmaWVsZCA9IGZvcm1hdEZpZWxkUGF0aChbLi4uYmFzZSwgLi4ucGF0aF0pO1xuICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihkZXRhaWwsIHsgLi4ubG9jYXRpb24sIGZpZWxkOiBmaWVsZCA9PT0gJycgPyB1bmRlZmluZWQgOiBmaWVsZCB9KTtcbiAgfTtcblxuICBpZiAoc2NoZW1hID09PSBudWxsIHx8IHNjaGVtYSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgcmV0dXJuIGZhaWwoJ3RoZSBzY2hlbWEgaXMgZW1wdHk6IGRlY2xhcmUgZmllbGRzIHN1Y2ggYXMgYGN1c3RvbWVyOiBzdHJpbmdgLCBvciByZW1vdmUgdGhlIHNjaGVtYScsIFtdKTtcbiAgfVxuICBpZiAodHlwZW9mIHNjaGVtYSA9PT0gJ3N0cmluZycpIHJldHVybiBwYXJzZVNjYWxhcihzY2hlbWEsIFtdLCBmYWlsKTtcbiAgaWYgKCFpc1BsYWluUmVjb3JkKHNjaGVtYSkpIHtcbiAgICByZXR1cm4gZmFpbChcbiAgICAgIGBhIHNjaGVtYSBtdXN0IGJlIFBpY29zY2hlbWEgZmllbGRzIChhbiBvYmplY3Qgc3VjaCBhcyBcXGBjdXN0b21lcjogc3RyaW5nXFxgKSBvciBKU09OIFNjaGVtYSwgZ290ICR7ZGVzY3JpYmVWYWx1ZShzY2hlbWEpfWAsXG4gICAgICBbXSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHR5cGUgPSBzY2hlbWEudHlwZTtcbiAgaWYgKHR5cGVvZiB0eXBlID09PSAnc3RyaW5nJyAmJiBKU09OX1NDSEVNQV9NQVJLRVJfVFlQRVMuaGFzKHR5cGUpKSByZXR1cm4geyAuLi5zY2hlbWEgfTtcbiAgaWYgKEFycmF5LmlzQXJyYXkodHlwZSkgJiYgdHlwZS5ldmVyeSgodCkgPT4gdHlwZW9mIHQgPT09ICdzdHJpbmcnICYmIEpTT05fU0NIRU1BX01BUktFUl9UWVBFUy5oYXModCkpKSB7XG4gICAgcmV0dXJuIHsgLi4uc2NoZW1hIH07XG4gIH1cbiAgaWYgKGlzUGxhaW5SZWNvcmQoc2NoZW1hLnByb3BlcnRpZXMpKSByZXR1cm4geyAuLi5zY2hlbWEsIHR5cGU6ICdvYmplY3QnIH07XG4gIHJldHVybiBwYXJzZU9iamVjdChzY2hlbWEsIFtdLCBmYWlsLCAwKTtcbn1cblxudHlwZSBGYWlsID0gKGRldGFpbDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSkgPT4gbmV2ZXI7XG5cbi8qKiBBIHBhcnNlZCBQaWNvc2NoZW1hIGtleTogYG5hbWVgLCBgbmFtZT9gLCBgbmFtZSh0eXBlLCBkZXNjcmlwdGlvbilgLCBgbmFtZT8odHlwZSlgLiAqL1xuaW50ZXJmYWNlIFBhcnNlZEtleSB7XG4gIG5hbWU6IHN0cmluZztcbiAgb3B0aW9uYWw6IGJvb2xlYW47XG4gIC8qKiBUaGUgcGFyZW50aGV0aWNhbCB0eXBlIChgYXJyYXlgLCBgb2JqZWN0YCwgYGVudW1gKSwgd2hlbiBwcmVzZW50LiAqL1xuICBraW5kOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGRlc2NyaXB0aW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIHBhcnNlS2V5KGtleTogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IFBhcnNlZEtleSB7XG4gIGNvbnN0IG9wZW4gPSBrZXkuaW5kZXhPZignKCcpO1xuICBsZXQgaGVhZCA9IGtleTtcbiAgbGV0IGtpbmQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgbGV0IGRlc2NyaXB0aW9uOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGlmIChvcGVuICE9PSAtMSkge1xuICAgIGlmICgha2V5LmVuZHNXaXRoKCcpJykpIHtcbiAgICAgIGZhaWwoXG4gICAgICAgIGBmaWVsZCBcIiR7a2V5fVwiIGhhcyBhbiB1bmNsb3NlZCBcIihcIjogd3JpdGUgXFxgbmFtZShhcnJheSk6IHR5cGVcXGAsIFxcYG5hbWUob2JqZWN0KTpcXGAgb3IgXFxgbmFtZShlbnVtKTogW2EsIGJdXFxgYCxcbiAgICAgICAgcGF0aCxcbiAgICAgICk7XG4gICAgfVxuICAgIGhlYWQgPSBrZXkuc2xpY2UoMCwgb3Blbik7XG4gICAgW2tpbmQsIGRlc2NyaXB0aW9uXSA9IHNwbGl0RGVzY3JpcHRpb24oa2V5LnNsaWNlKG9wZW4gKyAxLCAtMSkpO1xuICB9XG4gIGNvbnN0IG9wdGlvbmFsID0gaGVhZC5lbmRzV2l0aCgnPycpO1xuICBjb25zdCBuYW1lID0gb3B0aW9uYWwgPyBoZWFkLnNsaWNlKDAsIC0xKSA6IGhlYWQ7XG4gIGlmIChuYW1lLnRyaW0oKSA9PT0gJycpIGZhaWwoYGZpZWxkIFwiJHtrZXl9XCIgaGFzIG5vIG5hbWU6IHdyaXRlIFxcYG5hbWU6IHR5cGVcXGBgLCBwYXRoKTtcbiAgaWYgKG5hbWUgIT09IG5hbWUudHJpbSgpKSBmYWlsKGBmaWVsZCBuYW1lIFwiJHtuYW1lfVwiIGhhcyBsZWFkaW5nIG9yIHRyYWlsaW5nIHNwYWNlczogcmVtb3ZlIHRoZW1gLCBwYXRoKTtcbiAgcmV0dXJuIHsgbmFtZSwgb3B0aW9uYWwsIGtpbmQsIGRlc2NyaXB0aW9uIH07XG59XG5cbi8qKiBgJ3N0cmluZywgdGhlIG5hbWUnYCBcdTIxOTIgYFsnc3RyaW5nJywgJ3RoZSBuYW1lJ11gOyBgJ3N0cmluZydgIFx1MjE5MiBgWydzdHJpbmcnLCB1bmRlZmluZWRdYC4gKi9cbmZ1bmN0aW9uIHNwbGl0RGVzY3JpcHRpb24odGV4dDogc3RyaW5nKTogW3N0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkXSB7XG4gIGNvbnN0IGNvbW1hID0gdGV4dC5pbmRleE9mKCcsJyk7XG4gIGlmIChjb21tYSA9PT0gLTEpIHJldHVybiBbdGV4dC50cmltKCksIHVuZGVmaW5lZF07XG4gIGNvbnN0IGRlc2NyaXB0aW9uID0gdGV4dC5zbGljZShjb21tYSArIDEpLnRyaW0oKTtcbiAgcmV0dXJuIFt0ZXh0LnNsaWNlKDAsIGNvbW1hKS50cmltKCksIGRlc2NyaXB0aW9uID09PSAnJyA/IHVuZGVmaW5lZCA6IGRlc2NyaXB0aW9uXTtcbn1cblxuZnVuY3Rpb24gcGFyc2VPYmplY3QoXG4gIG9iajogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sXG4gIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLFxuICBmYWlsOiBGYWlsLFxuICBkZXB0aDogbnVtYmVyLFxuKTogSnNvblNjaGVtYSB7XG4gIGlmIChkZXB0aCA+IE1BWF9ERVBUSCkgZmFpbChgdGhlIHNjaGVtYSBuZXN0cyBvYmplY3RzIG1vcmUgdGhhbiAke01BWF9ERVBUSH0gbGV2ZWxzIGRlZXA6IGZsYXR0ZW4gaXRgLCBwYXRoKTtcbiAgY29uc3QgcHJvcGVydGllczogUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gPSB7fTtcbiAgY29uc3QgcmVxdWlyZWQ6IHN0cmluZ1tdID0gW107XG4gIGxldCBhZGRpdGlvbmFsUHJvcGVydGllczogYm9vbGVhbiB8IEpzb25TY2hlbWEgPSBmYWxzZTtcbiAgY29uc3QgZGVjbGFyZWRCeSA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG5cbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMob2JqKSkge1xuICAgIGNvbnN0IGF0ID0gWy4uLnBhdGgsIGtleV07XG4gICAgaWYgKGtleSA9PT0gV0lMRENBUkQpIHtcbiAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gcGFyc2VWYWx1ZSh2YWx1ZSwgdW5kZWZpbmVkLCBhdCwgZmFpbCwgZGVwdGgpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IHBhcnNlZCA9IHBhcnNlS2V5KGtleSwgYXQsIGZhaWwpO1xuICAgIGNvbnN0IHByZXZpb3VzID0gZGVjbGFyZWRCeS5nZXQocGFyc2VkLm5hbWUpO1xuICAgIGlmIChwcmV2aW91cyAhPT0gdW5kZWZpbmVkKVxuICAgICAgZmFpbChgZmllbGQgXCIke3BhcnNlZC5uYW1lfVwiIGlzIGRlY2xhcmVkIHR3aWNlIChcIiR7cHJldmlvdXN9XCIgYW5kIFwiJHtrZXl9XCIpOiBrZWVwIG9uZWAsIGF0KTtcbiAgICBkZWNsYXJlZEJ5LnNldChwYXJzZWQubmFtZSwga2V5KTtcbiAgICBpZiAoIXBhcnNlZC5vcHRpb25hbCkgcmVxdWlyZWQucHVzaChwYXJzZWQubmFtZSk7XG4gICAgY29uc3QgcHJvcGVydHkgPSBwYXJzZVZhbHVlKHZhbHVlLCBwYXJzZWQua2luZCwgYXQsIGZhaWwsIGRlcHRoKTtcbiAgICBpZiAocGFyc2VkLm9wdGlvbmFsKSBtYWtlTnVsbGFibGUocHJvcGVydHkpO1xuICAgIGlmIChwYXJzZWQuZGVzY3JpcHRpb24gIT09IHVuZGVmaW5lZCkgcHJvcGVydHkuZGVzY3JpcHRpb24gPSBwYXJzZWQuZGVzY3JpcHRpb247XG4gICAgcHJvcGVydGllc1twYXJzZWQubmFtZV0gPSBwcm9wZXJ0eTtcbiAgfVxuXG4gIGNvbnN0IG91dDogSnNvblNjaGVtYSA9IHsgdHlwZTogJ29iamVjdCcsIHByb3BlcnRpZXMgfTtcbiAgaWYgKHJlcXVpcmVkLmxlbmd0aCA+IDApIG91dC5yZXF1aXJlZCA9IHJlcXVpcmVkO1xuICBvdXQuYWRkaXRpb25hbFByb3BlcnRpZXMgPSBhZGRpdGlvbmFsUHJvcGVydGllcztcbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gcGFyc2VWYWx1ZShcbiAgdmFsdWU6IHVua25vd24sXG4gIGtpbmQ6IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sXG4gIGZhaWw6IEZhaWwsXG4gIGRlcHRoOiBudW1iZXIsXG4pOiBKc29uU2NoZW1hIHtcbiAgc3dpdGNoIChraW5kKSB7XG4gICAgY2FzZSB1bmRlZmluZWQ6XG4gICAgICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJykgcmV0dXJuIHBhcnNlU2NhbGFyKHZhbHVlLCBwYXRoLCBmYWlsKTtcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHBhcnNlT2JqZWN0KHZhbHVlLCBwYXRoLCBmYWlsLCBkZXB0aCArIDEpO1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIHJldHVybiBmYWlsKCdhIGxpc3Qgb2YgdmFsdWVzIG5lZWRzIHRoZSAoZW51bSkgdHlwZTogd3JpdGUgYG5hbWUoZW51bSk6IFthLCBiXWAnLCBwYXRoKTtcbiAgICAgIH1cbiAgICAgIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHJldHVybiBmYWlsKCd0aGUgZmllbGQgaGFzIG5vIHR5cGU6IHdyaXRlIGBuYW1lOiBzdHJpbmdgIChvciBudW1iZXIsIGludGVnZXIsIGJvb2xlYW4sIG51bGwsIGFueSknLCBwYXRoKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBmYWlsKFxuICAgICAgICBgZXhwZWN0ZWQgYSB0eXBlIG5hbWUgc3VjaCBhcyBcInN0cmluZ1wiIG9yIG5lc3RlZCBmaWVsZHMsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfTsgcXVvdGUgaXQgaWYgaXQgaXMgYSBkZXNjcmlwdGlvbmAsXG4gICAgICAgIHBhdGgsXG4gICAgICApO1xuICAgIGNhc2UgJ2FycmF5Jzoge1xuICAgICAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiB7IHR5cGU6ICdhcnJheScsIGl0ZW1zOiBwYXJzZVNjYWxhcih2YWx1ZSwgcGF0aCwgZmFpbCkgfTtcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHZhbHVlKSkgcmV0dXJuIHsgdHlwZTogJ2FycmF5JywgaXRlbXM6IHBhcnNlT2JqZWN0KHZhbHVlLCBwYXRoLCBmYWlsLCBkZXB0aCArIDEpIH07XG4gICAgICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgICAgcmV0dXJuIGZhaWwoXG4gICAgICAgICAgJ1BpY29zY2hlbWEgaGFzIG5vIGFycmF5LW9mLWVudW0gZm9ybTogdXNlIEpTT04gU2NoZW1hIGZvciB0aGlzIGlucHV0LCBlLmcuICcgK1xuICAgICAgICAgICAgJ2B7IHR5cGU6IGFycmF5LCBpdGVtczogeyBlbnVtOiBbYSwgYl0gfSB9YCwgb3IgbWFrZSB0aGUgZmllbGQgYG5hbWUoZW51bSk6IFthLCBiXWAnLFxuICAgICAgICAgIHBhdGgsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICByZXR1cm4gZmFpbChgKGFycmF5KSB0YWtlcyB0aGUgaXRlbSB0eXBlLCBlLmcuIFxcYG5hbWUoYXJyYXkpOiBzdHJpbmdcXGAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIHBhdGgpO1xuICAgIH1cbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgaWYgKGlzUGxhaW5SZWNvcmQodmFsdWUpKSByZXR1cm4gcGFyc2VPYmplY3QodmFsdWUsIHBhdGgsIGZhaWwsIGRlcHRoICsgMSk7XG4gICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgYChvYmplY3QpIHRha2VzIG5lc3RlZCBmaWVsZHMsIGUuZy4gXFxgbmFtZShvYmplY3QpOiB7IHN0cmVldDogc3RyaW5nIH1cXGAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsXG4gICAgICAgIHBhdGgsXG4gICAgICApO1xuICAgIGNhc2UgJ2VudW0nOiB7XG4gICAgICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWUpIHx8IHZhbHVlLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgICBgKGVudW0pIHRha2VzIGEgbm9uLWVtcHR5IGxpc3Qgb2YgdmFsdWVzLCBlLmcuIFxcYG5hbWUoZW51bSk6IFthLCBiXVxcYCwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCxcbiAgICAgICAgICBwYXRoLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgZm9yIChjb25zdCBbaW5kZXgsIGl0ZW1dIG9mIHZhbHVlLmVudHJpZXMoKSkge1xuICAgICAgICBpZiAoaXRlbSAhPT0gbnVsbCAmJiAhWydzdHJpbmcnLCAnbnVtYmVyJywgJ2Jvb2xlYW4nXS5pbmNsdWRlcyh0eXBlb2YgaXRlbSkpIHtcbiAgICAgICAgICBmYWlsKGBlbnVtIHZhbHVlcyBtdXN0IGJlIHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zIG9yIG51bGwsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXRlbSl9YCwgWy4uLnBhdGgsIGluZGV4XSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIHJldHVybiB7IGVudW06IFsuLi52YWx1ZV0gfTtcbiAgICB9XG4gICAgZGVmYXVsdDoge1xuICAgICAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0TWF0Y2goa2luZCwgUEFSRU5USEVUSUNBTF9UWVBFUyk7XG4gICAgICByZXR1cm4gZmFpbChcbiAgICAgICAgYHVua25vd24gdHlwZSBcIigke2tpbmR9KVwiOiBwYXJlbnRoZXRpY2FsIHR5cGVzIGFyZSAoYXJyYXkpLCAob2JqZWN0KSBhbmQgKGVudW0pYCArXG4gICAgICAgICAgKGd1ZXNzID09PSB1bmRlZmluZWQgPyAnJyA6IGA7IGRpZCB5b3UgbWVhbiBcIigke2d1ZXNzfSlcIj9gKSArXG4gICAgICAgICAgKGlzU2NhbGFyVHlwZShraW5kKSA/IGA7IGZvciBhICR7a2luZH0sIHdyaXRlIFxcYG5hbWU6ICR7a2luZH1cXGBgIDogJycpLFxuICAgICAgICBwYXRoLFxuICAgICAgKTtcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gcGFyc2VTY2FsYXIodGV4dDogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IEpzb25TY2hlbWEge1xuICBjb25zdCBbdHlwZSwgZGVzY3JpcHRpb25dID0gc3BsaXREZXNjcmlwdGlvbih0ZXh0KTtcbiAgaWYgKCFpc1NjYWxhclR5cGUodHlwZSkpIHJldHVybiBmYWlsKGV4cGxhaW5Vbmtub3duVHlwZSh0eXBlKSwgcGF0aCk7XG4gIGNvbnN0IG91dDogSnNvblNjaGVtYSA9IHR5cGUgPT09ICdhbnknID8ge30gOiB7IHR5cGUgfTtcbiAgaWYgKGRlc2NyaXB0aW9uICE9PSB1bmRlZmluZWQpIG91dC5kZXNjcmlwdGlvbiA9IGRlc2NyaXB0aW9uO1xuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBleHBsYWluVW5rbm93blR5cGUodHlwZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbGlzdCA9IFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTLmpvaW4oJywgJyk7XG4gIGlmICh0eXBlID09PSAnJykgcmV0dXJuIGB0aGUgZmllbGQgaGFzIG5vIHR5cGU6IHdyaXRlIFxcYG5hbWU6IHN0cmluZ1xcYCAodHlwZXM6ICR7bGlzdH0pYDtcbiAgY29uc3QgYWxpYXMgPSBUWVBFX0FMSUFTRVNbdHlwZS50b0xvd2VyQ2FzZSgpXTtcbiAgY29uc3QgZ3Vlc3MgPSBhbGlhcyA/PyBjbG9zZXN0TWF0Y2godHlwZSwgUElDT1NDSEVNQV9TQ0FMQVJfVFlQRVMpO1xuICBpZiAodHlwZSA9PT0gJ2FycmF5JyB8fCB0eXBlID09PSAnb2JqZWN0JyB8fCB0eXBlID09PSAnZW51bScpIHtcbiAgICBjb25zdCBleGFtcGxlID1cbiAgICAgIHR5cGUgPT09ICdhcnJheSdcbiAgICAgICAgPyAnYG5hbWUoYXJyYXkpOiBzdHJpbmdgJ1xuICAgICAgICA6IHR5cGUgPT09ICdvYmplY3QnXG4gICAgICAgICAgPyAnYG5hbWUob2JqZWN0KTogeyBmaWVsZDogc3RyaW5nIH1gJ1xuICAgICAgICAgIDogJ2BuYW1lKGVudW0pOiBbYSwgYl1gJztcbiAgICByZXR1cm4gYFwiJHt0eXBlfVwiIGdvZXMgaW4gcGFyZW50aGVzZXMgYWZ0ZXIgdGhlIGZpZWxkIG5hbWU6IHdyaXRlICR7ZXhhbXBsZX1gO1xuICB9XG4gIHJldHVybiAoXG4gICAgYHVua25vd24gdHlwZSBcIiR7dHlwZX1cIiR7Z3Vlc3MgPT09IHVuZGVmaW5lZCA/ICcnIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gfSBgICtcbiAgICBgUGljb3NjaGVtYSB0eXBlcyBhcmUgJHtsaXN0fSwgcGx1cyBuYW1lKGFycmF5KSwgbmFtZShvYmplY3QpIGFuZCBuYW1lKGVudW0pLiBgICtcbiAgICAnTmFtZWQgc2NoZW1hcyBhcmUgbm90IHN1cHBvcnRlZDogZGVzY3JpYmUgdGhlIGZpZWxkcyBpbmxpbmUnXG4gICk7XG59XG5cbmZ1bmN0aW9uIGlzU2NhbGFyVHlwZSh0eXBlOiBzdHJpbmcpOiB0eXBlIGlzICh0eXBlb2YgUElDT1NDSEVNQV9TQ0FMQVJfVFlQRVMpW251bWJlcl0ge1xuICByZXR1cm4gKFBJQ09TQ0hFTUFfU0NBTEFSX1RZUEVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyh0eXBlKTtcbn1cblxuLyoqIERvdHByb21wdDogYW4gb3B0aW9uYWwgZmllbGQgaXMgYWxzbyBudWxsYWJsZS4gKi9cbmZ1bmN0aW9uIG1ha2VOdWxsYWJsZShwcm9wZXJ0eTogSnNvblNjaGVtYSk6IHZvaWQge1xuICBpZiAoQXJyYXkuaXNBcnJheShwcm9wZXJ0eS5lbnVtKSkge1xuICAgIGlmICghcHJvcGVydHkuZW51bS5pbmNsdWRlcyhudWxsKSkgcHJvcGVydHkuZW51bSA9IFsuLi5wcm9wZXJ0eS5lbnVtLCBudWxsXTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiBwcm9wZXJ0eS50eXBlID09PSAnc3RyaW5nJyAmJiBwcm9wZXJ0eS50eXBlICE9PSAnbnVsbCcpIHByb3BlcnR5LnR5cGUgPSBbcHJvcGVydHkudHlwZSwgJ251bGwnXTtcbn1cblxuLyoqIEEgbm9uLW51bGwsIG5vbi1hcnJheSBvYmplY3QuICovXG5leHBvcnQgZnVuY3Rpb24gaXNQbGFpblJlY29yZCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgIUFycmF5LmlzQXJyYXkodmFsdWUpO1xufVxuIiwgIi8qKlxuICogQ2hlY2tpbmcgYW5kIG5vcm1hbGl6aW5nIHRoZSBKU09OIFNjaGVtYSBzdWJzZXQgdGhhdCBpbnB1dCBzY2hlbWFzIG1heSB1c2UuXG4gKlxuICogU3VwcG9ydGVkIGtleXdvcmRzICh0aGV5IGFyZSBlbmZvcmNlZCBhdCBydW4gdGltZSk6XG4gKiBgdHlwZWAgKGEgbmFtZSBvciBhIGxpc3Q7IGBudWxsYCBpbiB0aGUgbGlzdCBtYWtlcyBhIHZhbHVlIG51bGxhYmxlKSwgYHByb3BlcnRpZXNgLCBgcmVxdWlyZWRgLFxuICogYGFkZGl0aW9uYWxQcm9wZXJ0aWVzYCAoYm9vbGVhbiBvciBzY2hlbWEpLCBgaXRlbXNgIChvbmUgc2NoZW1hKSwgYG1pbkl0ZW1zYCwgYG1heEl0ZW1zYCwgYGVudW1gLFxuICogYGNvbnN0YCwgYGFueU9mYCwgYG9uZU9mYCAoZXhhY3RseSBvbmUgYWx0ZXJuYXRpdmUgbXVzdCBtYXRjaCksIGBhbGxPZmAgKG1lcmdlZCBpbnRvIG9uZSBzY2hlbWEpLFxuICogYG51bGxhYmxlYCAoT3BlbkFQSSAzLjApLCBgbWluTGVuZ3RoYCwgYG1heExlbmd0aGAsIGBwYXR0ZXJuYCwgYG1pbmltdW1gLCBgbWF4aW11bWAsXG4gKiBgZXhjbHVzaXZlTWluaW11bWAsIGBleGNsdXNpdmVNYXhpbXVtYCAobnVtYmVyLCBvciB0aGUgZHJhZnQtNCBib29sZWFuIGZvcm0pLCBgbXVsdGlwbGVPZmAuXG4gKlxuICogQW5ub3RhdGlvbnMgYXJlIGtlcHQgYW5kIG5vdCBlbmZvcmNlZDogYHRpdGxlYCwgYGRlc2NyaXB0aW9uYCwgYGRlZmF1bHRgLCBgZXhhbXBsZXNgLCBgZm9ybWF0YCxcbiAqIGAkc2NoZW1hYCwgYCRpZGAsIGAkY29tbWVudGAsIGAkZGVmc2AsIGBkZWZpbml0aW9uc2AsIGBkZXByZWNhdGVkYCwgYHJlYWRPbmx5YCwgYHdyaXRlT25seWAsXG4gKiBgY29udGVudE1lZGlhVHlwZWAsIGBjb250ZW50RW5jb2RpbmdgLCBhbmQgYW55IGB4LVx1MjAyNmAgZXh0ZW5zaW9uLlxuICpcbiAqIEV2ZXJ5IG90aGVyIGtleXdvcmQgaXMgYW4gZXJyb3IgbmFtaW5nIGl0OiBhIHZhbGlkYXRpb24ga2V5d29yZCB0aGF0IHByb21wdG9wcyB3b3VsZCBza2lwXG4gKiAoYCRyZWZgLCBgbm90YCwgYGlmYCwgYHVuaXF1ZUl0ZW1zYCwgYHBhdHRlcm5Qcm9wZXJ0aWVzYCwgXHUyMDI2KSB3b3VsZCBsZXQgYmFkIGlucHV0IHRocm91Z2hcbiAqIHNpbGVudGx5LCBhbmQgYW4gdW5rbm93biB3b3JkIGlzIHVzdWFsbHkgYSB0eXBvIChgcHJvcGVydGVzYCkuIEtleXdvcmRzIHRoYXQgb25seSBhcHBseSB0byBvbmVcbiAqIHR5cGUgKGBtaW5MZW5ndGhgIG9uIGEgbnVtYmVyKSBhcmUgZXJyb3JzIHRvby5cbiAqXG4gKiBUaGUgdG9wIGxldmVsIG11c3QgYmUgYW4gb2JqZWN0IHNjaGVtYS4gVW5saWtlIHBsYWluIEpTT04gU2NoZW1hLCBhIHRvcCBsZXZlbCB3aXRob3V0XG4gKiBgYWRkaXRpb25hbFByb3BlcnRpZXNgIGlzIGNsb3NlZCAoYGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZWAgaXMgd3JpdHRlbiBpbnRvIHRoZSBub3JtYWxpemVkXG4gKiBzY2hlbWEpOiBhbiB1bmtub3duIHZhcmlhYmxlIGlzIGFsbW9zdCBhbHdheXMgYSB0eXBvLiBOZXN0ZWQgb2JqZWN0cyBmb2xsb3cgSlNPTiBTY2hlbWEgKG9wZW5cbiAqIHVubGVzcyB0aGV5IHNheSBgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlYCkuIGBkZWZhdWx0YCBpcyBhbiBhbm5vdGF0aW9uOiBkZWZhdWx0cyB0aGF0IGFwcGx5XG4gKiBhdCByZW5kZXIgdGltZSBiZWxvbmcgaW4gdGhlIHJlY29yZCdzIGBpbnB1dC5kZWZhdWx0YC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBGaWVsZFNlZ21lbnQsIGZvcm1hdEZpZWxkUGF0aCB9IGZyb20gJy4vZmllbGQtcGF0aC5qcyc7XG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkIH0gZnJvbSAnLi9waWNvc2NoZW1hLmpzJztcbmltcG9ydCB7IGNsb3Nlc3RNYXRjaCwgZGVzY3JpYmVWYWx1ZSB9IGZyb20gJy4vc3VnZ2VzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIEpTT04gU2NoZW1hIHR5cGUgbmFtZXMgYWNjZXB0ZWQgaW4gYHR5cGVgLiAqL1xuZXhwb3J0IGNvbnN0IEpTT05fU0NIRU1BX1RZUEVTID0gWydzdHJpbmcnLCAnbnVtYmVyJywgJ2ludGVnZXInLCAnYm9vbGVhbicsICdudWxsJywgJ29iamVjdCcsICdhcnJheSddIGFzIGNvbnN0O1xuXG5jb25zdCBTVFJJTkdfS0VZV09SRFMgPSBbJ21pbkxlbmd0aCcsICdtYXhMZW5ndGgnLCAncGF0dGVybiddIGFzIGNvbnN0O1xuY29uc3QgTlVNQkVSX0tFWVdPUkRTID0gWydtaW5pbXVtJywgJ21heGltdW0nLCAnZXhjbHVzaXZlTWluaW11bScsICdleGNsdXNpdmVNYXhpbXVtJywgJ211bHRpcGxlT2YnXSBhcyBjb25zdDtcbmNvbnN0IEFSUkFZX0tFWVdPUkRTID0gWydpdGVtcycsICdtaW5JdGVtcycsICdtYXhJdGVtcyddIGFzIGNvbnN0O1xuY29uc3QgT0JKRUNUX0tFWVdPUkRTID0gWydwcm9wZXJ0aWVzJywgJ3JlcXVpcmVkJywgJ2FkZGl0aW9uYWxQcm9wZXJ0aWVzJ10gYXMgY29uc3Q7XG5cbmNvbnN0IFZBTElEQVRJT05fS0VZV09SRFMgPSBuZXcgU2V0PHN0cmluZz4oW1xuICAndHlwZScsXG4gICdlbnVtJyxcbiAgJ2NvbnN0JyxcbiAgJ2FueU9mJyxcbiAgJ29uZU9mJyxcbiAgJ2FsbE9mJyxcbiAgJ251bGxhYmxlJyxcbiAgLi4uU1RSSU5HX0tFWVdPUkRTLFxuICAuLi5OVU1CRVJfS0VZV09SRFMsXG4gIC4uLkFSUkFZX0tFWVdPUkRTLFxuICAuLi5PQkpFQ1RfS0VZV09SRFMsXG5dKTtcblxuY29uc3QgQU5OT1RBVElPTl9LRVlXT1JEUyA9IG5ldyBTZXQ8c3RyaW5nPihbXG4gICd0aXRsZScsXG4gICdkZXNjcmlwdGlvbicsXG4gICdkZWZhdWx0JyxcbiAgJ2V4YW1wbGVzJyxcbiAgJ2Zvcm1hdCcsXG4gICckc2NoZW1hJyxcbiAgJyRpZCcsXG4gICckY29tbWVudCcsXG4gICckZGVmcycsXG4gICdkZWZpbml0aW9ucycsXG4gICdkZXByZWNhdGVkJyxcbiAgJ3JlYWRPbmx5JyxcbiAgJ3dyaXRlT25seScsXG4gICdjb250ZW50TWVkaWFUeXBlJyxcbiAgJ2NvbnRlbnRFbmNvZGluZycsXG5dKTtcblxuLyoqIEtub3duIEpTT04gU2NoZW1hIGtleXdvcmRzIHRoYXQgaW5wdXQgc2NoZW1hcyBkbyBub3Qgc3VwcG9ydCwgd2l0aCBhIGhpbnQgZWFjaC4gKi9cbmNvbnN0IFVOU1VQUE9SVEVEX0tFWVdPUkRTOiBSZWFkb25seU1hcDxzdHJpbmcsIHN0cmluZz4gPSBuZXcgTWFwKFtcbiAgWyckcmVmJywgJ2lubGluZSB0aGUgcmVmZXJlbmNlZCBzY2hlbWEnXSxcbiAgWyckZHluYW1pY1JlZicsICdpbmxpbmUgdGhlIHJlZmVyZW5jZWQgc2NoZW1hJ10sXG4gIFsnJGFuY2hvcicsICdpbmxpbmUgdGhlIHJlZmVyZW5jZWQgc2NoZW1hJ10sXG4gIFsnbm90JywgJ2V4cHJlc3MgdGhlIHJ1bGUgd2l0aCBlbnVtLCBhbnlPZiBvciBhIHBhdHRlcm4sIG9yIGNoZWNrIGl0IGluIGNvZGUnXSxcbiAgWydpZicsICd1c2UgYW55T2Yvb25lT2YsIG9yIGNoZWNrIGl0IGluIGNvZGUnXSxcbiAgWyd0aGVuJywgJ3VzZSBhbnlPZi9vbmVPZiwgb3IgY2hlY2sgaXQgaW4gY29kZSddLFxuICBbJ2Vsc2UnLCAndXNlIGFueU9mL29uZU9mLCBvciBjaGVjayBpdCBpbiBjb2RlJ10sXG4gIFsndW5pcXVlSXRlbXMnLCAnY2hlY2sgdW5pcXVlbmVzcyBpbiBjb2RlJ10sXG4gIFsnY29udGFpbnMnLCAnY2hlY2sgaXQgaW4gY29kZSddLFxuICBbJ21pbkNvbnRhaW5zJywgJ2NoZWNrIGl0IGluIGNvZGUnXSxcbiAgWydtYXhDb250YWlucycsICdjaGVjayBpdCBpbiBjb2RlJ10sXG4gIFsncHJlZml4SXRlbXMnLCAndXNlIG9uZSBpdGVtIHNjaGVtYSBpbiBpdGVtcyAoYW55T2YgZm9yIG1peGVkIGl0ZW1zKSddLFxuICBbJ2FkZGl0aW9uYWxJdGVtcycsICd1c2Ugb25lIGl0ZW0gc2NoZW1hIGluIGl0ZW1zJ10sXG4gIFsndW5ldmFsdWF0ZWRJdGVtcycsICd1c2UgaXRlbXMnXSxcbiAgWyd1bmV2YWx1YXRlZFByb3BlcnRpZXMnLCAndXNlIGFkZGl0aW9uYWxQcm9wZXJ0aWVzJ10sXG4gIFsncGF0dGVyblByb3BlcnRpZXMnLCAnZGVjbGFyZSB0aGUgcHJvcGVydGllcywgb3IgdXNlIGFkZGl0aW9uYWxQcm9wZXJ0aWVzIHdpdGggYSBzY2hlbWEnXSxcbiAgWydwcm9wZXJ0eU5hbWVzJywgJ2NoZWNrIGtleSBuYW1lcyBpbiBjb2RlJ10sXG4gIFsnbWluUHJvcGVydGllcycsICdtYXJrIHRoZSBwcm9wZXJ0aWVzIHJlcXVpcmVkIGluc3RlYWQnXSxcbiAgWydtYXhQcm9wZXJ0aWVzJywgJ3NldCBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UgaW5zdGVhZCddLFxuICBbJ2RlcGVuZGVuY2llcycsICdjaGVjayBpdCBpbiBjb2RlJ10sXG4gIFsnZGVwZW5kZW50UmVxdWlyZWQnLCAnY2hlY2sgaXQgaW4gY29kZSddLFxuICBbJ2RlcGVuZGVudFNjaGVtYXMnLCAnY2hlY2sgaXQgaW4gY29kZSddLFxuXSk7XG5cbmNvbnN0IFRZUEVfQUxJQVNFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7XG4gIHN0cjogJ3N0cmluZycsXG4gIGludDogJ2ludGVnZXInLFxuICBmbG9hdDogJ251bWJlcicsXG4gIGRvdWJsZTogJ251bWJlcicsXG4gIGJvb2w6ICdib29sZWFuJyxcbiAgbGlzdDogJ2FycmF5JyxcbiAgZGljdDogJ29iamVjdCcsXG4gIG1hcDogJ29iamVjdCcsXG59O1xuXG5jb25zdCBNQVhfREVQVEggPSAzMjtcblxuLyoqXG4gKiBDaGVjayBhIEpTT04gU2NoZW1hIGFnYWluc3QgdGhlIHN1cHBvcnRlZCBzdWJzZXQgYW5kIHJldHVybiBhIG5vcm1hbGl6ZWQgY29weTogYGFsbE9mYCBtZXJnZWQsXG4gKiBgbnVsbGFibGU6IHRydWVgIHR1cm5lZCBpbnRvIGEgYCdudWxsJ2AgdHlwZSwgZHJhZnQtNCBib29sZWFuIGBleGNsdXNpdmVNaW5pbXVtYC9gZXhjbHVzaXZlTWF4aW11bWBcbiAqIHR1cm5lZCBpbnRvIG51bWJlcnMsIGB0eXBlOiAnb2JqZWN0J2AvYCdhcnJheSdgIGFkZGVkIHdoZXJlIGBwcm9wZXJ0aWVzYC9gaXRlbXNgIGltcGx5IGl0LCBhbmQgKGZvclxuICogYHRvcGApIGBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2VgIGFkZGVkIHdoZW4gYWJzZW50LlxuICpcbiAqIEBwYXJhbSBzY2hlbWEgVGhlIEpTT04gU2NoZW1hLlxuICogQHBhcmFtIGxvY2F0aW9uIFdoZXJlIHRoZSBzY2hlbWEgc2l0czsgYGxvY2F0aW9uLmZpZWxkYCAoZS5nLiBgJ2lucHV0LnNjaGVtYSdgKSBwcmVmaXhlcyBlcnJvciBmaWVsZHMuXG4gKiBAcGFyYW0gb3B0aW9ucyBgdG9wOiB0cnVlYCAoZGVmYXVsdCkgcmVxdWlyZXMgYW4gb2JqZWN0IHNjaGVtYSwgYXMgaW5wdXQgc2NoZW1hcyBhcmUuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gbmFtaW5nIHRoZSBrZXl3b3JkIHBhdGgsIGUuZy4gYGlucHV0LnNjaGVtYS5wcm9wZXJ0aWVzLnRvbmUudHlwZWAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVKc29uU2NoZW1hKFxuICBzY2hlbWE6IHVua25vd24sXG4gIGxvY2F0aW9uOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHt9LFxuICBvcHRpb25zOiB7IHRvcD86IGJvb2xlYW4gfSA9IHt9LFxuKTogSnNvblNjaGVtYSB7XG4gIGNvbnN0IGJhc2U6IEZpZWxkU2VnbWVudFtdID0gbG9jYXRpb24uZmllbGQgPT09IHVuZGVmaW5lZCA/IFtdIDogW2xvY2F0aW9uLmZpZWxkXTtcbiAgY29uc3QgZmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBuZXZlciA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBmb3JtYXRGaWVsZFBhdGgoWy4uLmJhc2UsIC4uLnBhdGhdKTtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoZGV0YWlsLCB7IC4uLmxvY2F0aW9uLCBmaWVsZDogZmllbGQgPT09ICcnID8gdW5kZWZpbmVkIDogZmllbGQgfSk7XG4gIH07XG4gIGNvbnN0IG5vcm1hbGl6ZWQgPSBub3JtYWxpemVOb2RlKHNjaGVtYSwgW10sIGZhaWwsIDApO1xuICBpZiAob3B0aW9ucy50b3AgPz8gdHJ1ZSkge1xuICAgIGlmIChub3JtYWxpemVkLnR5cGUgIT09ICdvYmplY3QnKSB7XG4gICAgICBjb25zdCBnb3QgPSBub3JtYWxpemVkLnR5cGUgPT09IHVuZGVmaW5lZCA/ICdubyBvYmplY3QgdHlwZScgOiBgdHlwZSAke0pTT04uc3RyaW5naWZ5KG5vcm1hbGl6ZWQudHlwZSl9YDtcbiAgICAgIGZhaWwoXG4gICAgICAgIGBhbiBpbnB1dCBzY2hlbWEgbXVzdCBkZXNjcmliZSBhbiBvYmplY3Qgb2YgdmFyaWFibGVzICh0eXBlOiBvYmplY3Qgd2l0aCBwcm9wZXJ0aWVzKSwgZ290ICR7Z290fS4gYCArXG4gICAgICAgICAgJ0RlY2xhcmUgZWFjaCB2YXJpYWJsZSBhcyBhIHByb3BlcnR5JyxcbiAgICAgICAgWyd0eXBlJ10sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAobm9ybWFsaXplZC5hZGRpdGlvbmFsUHJvcGVydGllcyA9PT0gdW5kZWZpbmVkKSBub3JtYWxpemVkLmFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gZmFsc2U7XG4gIH1cbiAgcmV0dXJuIG5vcm1hbGl6ZWQ7XG59XG5cbnR5cGUgRmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pID0+IG5ldmVyO1xuXG5mdW5jdGlvbiBub3JtYWxpemVOb2RlKG5vZGU6IHVua25vd24sIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsLCBkZXB0aDogbnVtYmVyKTogSnNvblNjaGVtYSB7XG4gIGlmIChkZXB0aCA+IE1BWF9ERVBUSCkgZmFpbChgdGhlIHNjaGVtYSBuZXN0cyBtb3JlIHRoYW4gJHtNQVhfREVQVEh9IGxldmVscyBkZWVwOiBmbGF0dGVuIGl0YCwgcGF0aCk7XG4gIGlmIChub2RlID09PSB0cnVlKSByZXR1cm4ge307XG4gIGlmIChub2RlID09PSBmYWxzZSkgcmV0dXJuIGZhaWwoJ3RoZSBzY2hlbWEgYGZhbHNlYCBhY2NlcHRzIG5vIHZhbHVlOiByZW1vdmUgdGhlIHByb3BlcnR5IGluc3RlYWQnLCBwYXRoKTtcbiAgaWYgKCFpc1BsYWluUmVjb3JkKG5vZGUpKSByZXR1cm4gZmFpbChgZXhwZWN0ZWQgYSBzY2hlbWEgb2JqZWN0LCBnb3QgJHtkZXNjcmliZVZhbHVlKG5vZGUpfWAsIHBhdGgpO1xuXG4gIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKG5vZGUpKSBjaGVja0tleXdvcmQoa2V5LCBwYXRoLCBmYWlsKTtcblxuICBsZXQgb3V0OiBKc29uU2NoZW1hID0ge307XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKG5vZGUpKSB7XG4gICAgaWYgKGtleSA9PT0gJ2FsbE9mJyB8fCBrZXkgPT09ICdudWxsYWJsZScpIGNvbnRpbnVlO1xuICAgIG91dFtrZXldID0gdmFsdWU7XG4gIH1cblxuICBpZiAobm9kZS5hbGxPZiAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgbWVtYmVycyA9IHNjaGVtYUxpc3Qobm9kZS5hbGxPZiwgWy4uLnBhdGgsICdhbGxPZiddLCBmYWlsLCBkZXB0aCk7XG4gICAgZm9yIChjb25zdCBbaW5kZXgsIG1lbWJlcl0gb2YgbWVtYmVycy5lbnRyaWVzKCkpIG91dCA9IG1lcmdlU2NoZW1hcyhvdXQsIG1lbWJlciwgWy4uLnBhdGgsICdhbGxPZicsIGluZGV4XSwgZmFpbCk7XG4gIH1cblxuICBub3JtYWxpemVUeXBlKG91dCwgcGF0aCwgZmFpbCk7XG4gIGlmIChub2RlLm51bGxhYmxlID09PSB0cnVlKSBhZGROdWxsKG91dCwgcGF0aCwgZmFpbCk7XG4gIGVsc2UgaWYgKG5vZGUubnVsbGFibGUgIT09IHVuZGVmaW5lZCAmJiBub2RlLm51bGxhYmxlICE9PSBmYWxzZSkge1xuICAgIGZhaWwoYFwibnVsbGFibGVcIiBtdXN0IGJlIHRydWUgb3IgZmFsc2UsIGdvdCAke2Rlc2NyaWJlVmFsdWUobm9kZS5udWxsYWJsZSl9YCwgWy4uLnBhdGgsICdudWxsYWJsZSddKTtcbiAgfVxuXG4gIGNoZWNrQXBwbGljYWJpbGl0eShvdXQsIHBhdGgsIGZhaWwpO1xuICBub3JtYWxpemVTdHJpbmdLZXl3b3JkcyhvdXQsIHBhdGgsIGZhaWwpO1xuICBub3JtYWxpemVOdW1iZXJLZXl3b3JkcyhvdXQsIHBhdGgsIGZhaWwpO1xuICBub3JtYWxpemVBcnJheUtleXdvcmRzKG91dCwgcGF0aCwgZmFpbCwgZGVwdGgpO1xuICBub3JtYWxpemVPYmplY3RLZXl3b3JkcyhvdXQsIHBhdGgsIGZhaWwsIGRlcHRoKTtcbiAgbm9ybWFsaXplVmFsdWVLZXl3b3JkcyhvdXQsIHBhdGgsIGZhaWwpO1xuICBmb3IgKGNvbnN0IGtleSBvZiBbJ2FueU9mJywgJ29uZU9mJ10gYXMgY29uc3QpIHtcbiAgICBpZiAob3V0W2tleV0gPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgb3V0W2tleV0gPSBzY2hlbWFMaXN0KG91dFtrZXldLCBbLi4ucGF0aCwga2V5XSwgZmFpbCwgZGVwdGgpO1xuICAgIGNvbnN0IG90aGVyID0gT2JqZWN0LmtleXMob3V0KS5maW5kKChrKSA9PiBrICE9PSBrZXkgJiYgVkFMSURBVElPTl9LRVlXT1JEUy5oYXMoaykpO1xuICAgIGlmIChvdGhlciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBmYWlsKGBcIiR7a2V5fVwiIGNhbm5vdCBiZSBjb21iaW5lZCB3aXRoIFwiJHtvdGhlcn1cIiBoZXJlOiBtb3ZlIFwiJHtvdGhlcn1cIiBpbnRvIGVhY2ggYWx0ZXJuYXRpdmVgLCBbLi4ucGF0aCwgb3RoZXJdKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gY2hlY2tLZXl3b3JkKGtleTogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBpZiAoVkFMSURBVElPTl9LRVlXT1JEUy5oYXMoa2V5KSB8fCBBTk5PVEFUSU9OX0tFWVdPUkRTLmhhcyhrZXkpIHx8IGtleS5zdGFydHNXaXRoKCd4LScpKSByZXR1cm47XG4gIGNvbnN0IGhpbnQgPSBVTlNVUFBPUlRFRF9LRVlXT1JEUy5nZXQoa2V5KTtcbiAgaWYgKGhpbnQgIT09IHVuZGVmaW5lZCkge1xuICAgIGZhaWwoYHRoZSBKU09OIFNjaGVtYSBrZXl3b3JkIFwiJHtrZXl9XCIgaXMgbm90IHN1cHBvcnRlZCBpbiBpbnB1dCBzY2hlbWFzOiAke2hpbnR9YCwgWy4uLnBhdGgsIGtleV0pO1xuICB9XG4gIGNvbnN0IGd1ZXNzID0gY2xvc2VzdE1hdGNoKGtleSwgWy4uLlZBTElEQVRJT05fS0VZV09SRFMsIC4uLkFOTk9UQVRJT05fS0VZV09SRFNdKTtcbiAgZmFpbChcbiAgICBgdW5rbm93biBKU09OIFNjaGVtYSBrZXl3b3JkIFwiJHtrZXl9XCIke2d1ZXNzID09PSB1bmRlZmluZWQgPyAnJyA6IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YH0gYCArXG4gICAgICAnKHZlbmRvciBleHRlbnNpb25zIG11c3Qgc3RhcnQgd2l0aCBcIngtXCIpJyxcbiAgICBbLi4ucGF0aCwga2V5XSxcbiAgKTtcbn1cblxuZnVuY3Rpb24gc2NoZW1hTGlzdCh2YWx1ZTogdW5rbm93biwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwsIGRlcHRoOiBudW1iZXIpOiBKc29uU2NoZW1hW10ge1xuICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWUpIHx8IHZhbHVlLmxlbmd0aCA9PT0gMCkge1xuICAgIHJldHVybiBmYWlsKGBleHBlY3RlZCBhIG5vbi1lbXB0eSBsaXN0IG9mIHNjaGVtYXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIHBhdGgpO1xuICB9XG4gIHJldHVybiB2YWx1ZS5tYXAoKG1lbWJlciwgaW5kZXgpID0+IG5vcm1hbGl6ZU5vZGUobWVtYmVyLCBbLi4ucGF0aCwgaW5kZXhdLCBmYWlsLCBkZXB0aCArIDEpKTtcbn1cblxuZnVuY3Rpb24gdHlwZUxpc3Qoc2NoZW1hOiBKc29uU2NoZW1hKTogc3RyaW5nW10gfCB1bmRlZmluZWQge1xuICBjb25zdCB0eXBlID0gc2NoZW1hLnR5cGU7XG4gIGlmICh0eXBlID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiBBcnJheS5pc0FycmF5KHR5cGUpID8gKHR5cGUgYXMgc3RyaW5nW10pIDogW3R5cGUgYXMgc3RyaW5nXTtcbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplVHlwZShvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIGNvbnN0IGF0ID0gWy4uLnBhdGgsICd0eXBlJ107XG4gIGlmIChvdXQudHlwZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKE9CSkVDVF9LRVlXT1JEUy5zb21lKChrKSA9PiBvdXRba10gIT09IHVuZGVmaW5lZCkpIG91dC50eXBlID0gJ29iamVjdCc7XG4gICAgZWxzZSBpZiAob3V0Lml0ZW1zICE9PSB1bmRlZmluZWQpIG91dC50eXBlID0gJ2FycmF5JztcbiAgICBpZiAob3V0LnR5cGUgIT09IHVuZGVmaW5lZCkge1xuICAgICAgLy8gS2VlcCBgdHlwZWAgZmlyc3QsIGFzIGEgcmVhZGVyIGV4cGVjdHMuXG4gICAgICBjb25zdCB7IHR5cGUsIC4uLnJlc3QgfSA9IG91dDtcbiAgICAgIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKG91dCkpIGRlbGV0ZSBvdXRba2V5XTtcbiAgICAgIE9iamVjdC5hc3NpZ24ob3V0LCB7IHR5cGUgfSwgcmVzdCk7XG4gICAgfVxuICAgIHJldHVybjtcbiAgfVxuICBjb25zdCB0eXBlcyA9IEFycmF5LmlzQXJyYXkob3V0LnR5cGUpID8gb3V0LnR5cGUgOiBbb3V0LnR5cGVdO1xuICBpZiAodHlwZXMubGVuZ3RoID09PSAwKSBmYWlsKCdcInR5cGVcIiBpcyBhbiBlbXB0eSBsaXN0OiBuYW1lIGF0IGxlYXN0IG9uZSB0eXBlJywgYXQpO1xuICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgdHlwZSBvZiB0eXBlcykge1xuICAgIGlmICh0eXBlb2YgdHlwZSAhPT0gJ3N0cmluZycpIGZhaWwoYGEgdHlwZSBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKHR5cGUpfWAsIGF0KTtcbiAgICBpZiAoIShKU09OX1NDSEVNQV9UWVBFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXModHlwZSkpIHtcbiAgICAgIGNvbnN0IGd1ZXNzID0gVFlQRV9BTElBU0VTW3R5cGUudG9Mb3dlckNhc2UoKV0gPz8gY2xvc2VzdE1hdGNoKHR5cGUsIEpTT05fU0NIRU1BX1RZUEVTKTtcbiAgICAgIGNvbnN0IGFueUhpbnQgPSB0eXBlID09PSAnYW55JyA/ICc7IGZvciBhbnkgdmFsdWUsIGxlYXZlIFwidHlwZVwiIG91dCcgOiAnJztcbiAgICAgIGZhaWwoXG4gICAgICAgIGB1bmtub3duIHR5cGUgXCIke3R5cGV9XCIke2d1ZXNzID09PSB1bmRlZmluZWQgPyAnJyA6IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YH0ke2FueUhpbnR9IGAgK1xuICAgICAgICAgIGAodHlwZXM6ICR7SlNPTl9TQ0hFTUFfVFlQRVMuam9pbignLCAnKX0pYCxcbiAgICAgICAgYXQsXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoc2Vlbi5oYXModHlwZSkpIGZhaWwoYHR5cGUgXCIke3R5cGV9XCIgaXMgbGlzdGVkIHR3aWNlYCwgYXQpO1xuICAgIHNlZW4uYWRkKHR5cGUpO1xuICB9XG4gIG91dC50eXBlID0gdHlwZXMubGVuZ3RoID09PSAxID8gdHlwZXNbMF0gOiBbLi4udHlwZXNdO1xufVxuXG5mdW5jdGlvbiBhZGROdWxsKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgdHlwZXMgPSB0eXBlTGlzdChvdXQpO1xuICBpZiAodHlwZXMgIT09IHVuZGVmaW5lZCkge1xuICAgIGlmICghdHlwZXMuaW5jbHVkZXMoJ251bGwnKSkgb3V0LnR5cGUgPSBbLi4udHlwZXMsICdudWxsJ107XG4gIH0gZWxzZSBpZiAoQXJyYXkuaXNBcnJheShvdXQuZW51bSkpIHtcbiAgICBpZiAoIW91dC5lbnVtLmluY2x1ZGVzKG51bGwpKSBvdXQuZW51bSA9IFsuLi5vdXQuZW51bSwgbnVsbF07XG4gIH0gZWxzZSBpZiAoQXJyYXkuaXNBcnJheShvdXQuYW55T2YpKSB7XG4gICAgb3V0LmFueU9mID0gWy4uLm91dC5hbnlPZiwgeyB0eXBlOiAnbnVsbCcgfV07XG4gIH0gZWxzZSBpZiAoQXJyYXkuaXNBcnJheShvdXQub25lT2YpKSB7XG4gICAgb3V0Lm9uZU9mID0gWy4uLm91dC5vbmVPZiwgeyB0eXBlOiAnbnVsbCcgfV07XG4gIH0gZWxzZSBpZiAob3V0LmNvbnN0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBmYWlsKCdcIm51bGxhYmxlOiB0cnVlXCIgd2l0aCBcImNvbnN0XCI6IHVzZSBcImVudW1cIjogW3ZhbHVlLCBudWxsXSBpbnN0ZWFkJywgWy4uLnBhdGgsICdudWxsYWJsZSddKTtcbiAgfVxuICAvLyBObyB0eXBlIGFuZCBubyBhbHRlcm5hdGl2ZXM6IGFueSB2YWx1ZSwgbnVsbCBpbmNsdWRlZC5cbn1cblxuZnVuY3Rpb24gY2hlY2tBcHBsaWNhYmlsaXR5KG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgdHlwZXMgPSB0eXBlTGlzdChvdXQpO1xuICBjb25zdCBncm91cHM6IEFycmF5PFtyZWFkb25seSBzdHJpbmdbXSwgcmVhZG9ubHkgc3RyaW5nW10sIHN0cmluZ10+ID0gW1xuICAgIFtTVFJJTkdfS0VZV09SRFMsIFsnc3RyaW5nJ10sICdzdHJpbmcnXSxcbiAgICBbTlVNQkVSX0tFWVdPUkRTLCBbJ251bWJlcicsICdpbnRlZ2VyJ10sICdudW1iZXInXSxcbiAgICBbQVJSQVlfS0VZV09SRFMsIFsnYXJyYXknXSwgJ2FycmF5J10sXG4gICAgW09CSkVDVF9LRVlXT1JEUywgWydvYmplY3QnXSwgJ29iamVjdCddLFxuICBdO1xuICBmb3IgKGNvbnN0IFtrZXl3b3JkcywgYXBwbGllcywgbmFtZV0gb2YgZ3JvdXBzKSB7XG4gICAgZm9yIChjb25zdCBrZXl3b3JkIG9mIGtleXdvcmRzKSB7XG4gICAgICBpZiAob3V0W2tleXdvcmRdID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgICAgaWYgKHR5cGVzID09PSB1bmRlZmluZWQpIGZhaWwoYFwiJHtrZXl3b3JkfVwiIG5lZWRzIFwidHlwZVwiOiBcIiR7bmFtZX1cImAsIFsuLi5wYXRoLCBrZXl3b3JkXSk7XG4gICAgICBlbHNlIGlmICghdHlwZXMuc29tZSgodCkgPT4gYXBwbGllcy5pbmNsdWRlcyh0KSkpIHtcbiAgICAgICAgZmFpbChgXCIke2tleXdvcmR9XCIgYXBwbGllcyB0byAke25hbWV9cywgYnV0IHRoZSB0eXBlIGlzICR7SlNPTi5zdHJpbmdpZnkob3V0LnR5cGUpfWAsIFsuLi5wYXRoLCBrZXl3b3JkXSk7XG4gICAgICB9XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQ6IEpzb25TY2hlbWEsIGtleTogc3RyaW5nLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCk6IHZvaWQge1xuICBjb25zdCB2YWx1ZSA9IG91dFtrZXldO1xuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSAnbnVtYmVyJyB8fCAhTnVtYmVyLmlzSW50ZWdlcih2YWx1ZSkgfHwgdmFsdWUgPCAwKSB7XG4gICAgZmFpbChgXCIke2tleX1cIiBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyID49IDAsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIFsuLi5wYXRoLCBrZXldKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBmaW5pdGVOdW1iZXIob3V0OiBKc29uU2NoZW1hLCBrZXk6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgdmFsdWUgPSBvdXRba2V5XTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkpIHtcbiAgICBmYWlsKGBcIiR7a2V5fVwiIG11c3QgYmUgYSBudW1iZXIsIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUpfWAsIFsuLi5wYXRoLCBrZXldKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBub3JtYWxpemVTdHJpbmdLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsKTogdm9pZCB7XG4gIG5vbk5lZ2F0aXZlSW50ZWdlcihvdXQsICdtaW5MZW5ndGgnLCBwYXRoLCBmYWlsKTtcbiAgbm9uTmVnYXRpdmVJbnRlZ2VyKG91dCwgJ21heExlbmd0aCcsIHBhdGgsIGZhaWwpO1xuICBpZiAob3V0LnBhdHRlcm4gIT09IHVuZGVmaW5lZCkge1xuICAgIGlmICh0eXBlb2Ygb3V0LnBhdHRlcm4gIT09ICdzdHJpbmcnKSB7XG4gICAgICBmYWlsKGBcInBhdHRlcm5cIiBtdXN0IGJlIGEgcmVndWxhciBleHByZXNzaW9uIHN0cmluZywgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQucGF0dGVybil9YCwgWy4uLnBhdGgsICdwYXR0ZXJuJ10pO1xuICAgIH1cbiAgICBpZiAoY29tcGlsZVBhdHRlcm4ob3V0LnBhdHRlcm4pID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGZhaWwoYFwicGF0dGVyblwiICR7SlNPTi5zdHJpbmdpZnkob3V0LnBhdHRlcm4pfSBpcyBub3QgYSB2YWxpZCByZWd1bGFyIGV4cHJlc3Npb25gLCBbLi4ucGF0aCwgJ3BhdHRlcm4nXSk7XG4gICAgfVxuICB9XG59XG5cbi8qKiBDb21waWxlIGEgSlNPTiBTY2hlbWEgYHBhdHRlcm5gIChFQ01BLTI2MiwgVW5pY29kZSBtb2RlIHdoZW4gdGhlIHBhdHRlcm4gYWxsb3dzIGl0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlUGF0dGVybihwYXR0ZXJuOiBzdHJpbmcpOiBSZWdFeHAgfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIHJldHVybiBuZXcgUmVnRXhwKHBhdHRlcm4sICd1Jyk7XG4gIH0gY2F0Y2gge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gbmV3IFJlZ0V4cChwYXR0ZXJuKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZU51bWJlcktleXdvcmRzKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgZm9yIChjb25zdCBbZXhjbHVzaXZlLCBpbmNsdXNpdmVdIG9mIFtcbiAgICBbJ2V4Y2x1c2l2ZU1pbmltdW0nLCAnbWluaW11bSddLFxuICAgIFsnZXhjbHVzaXZlTWF4aW11bScsICdtYXhpbXVtJ10sXG4gIF0gYXMgY29uc3QpIHtcbiAgICAvLyBEcmFmdCA0OiBhIGJvb2xlYW4gdGhhdCBtYWtlcyBtaW5pbXVtL21heGltdW0gZXhjbHVzaXZlLlxuICAgIGlmICh0eXBlb2Ygb3V0W2V4Y2x1c2l2ZV0gPT09ICdib29sZWFuJykge1xuICAgICAgaWYgKG91dFtleGNsdXNpdmVdID09PSB0cnVlKSB7XG4gICAgICAgIGlmIChvdXRbaW5jbHVzaXZlXSA9PT0gdW5kZWZpbmVkKSBmYWlsKGBcIiR7ZXhjbHVzaXZlfTogdHJ1ZVwiIG5lZWRzIFwiJHtpbmNsdXNpdmV9XCJgLCBbLi4ucGF0aCwgZXhjbHVzaXZlXSk7XG4gICAgICAgIG91dFtleGNsdXNpdmVdID0gb3V0W2luY2x1c2l2ZV07XG4gICAgICAgIGRlbGV0ZSBvdXRbaW5jbHVzaXZlXTtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGRlbGV0ZSBvdXRbZXhjbHVzaXZlXTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgZm9yIChjb25zdCBrZXkgb2YgTlVNQkVSX0tFWVdPUkRTKSBmaW5pdGVOdW1iZXIob3V0LCBrZXksIHBhdGgsIGZhaWwpO1xuICBpZiAodHlwZW9mIG91dC5tdWx0aXBsZU9mID09PSAnbnVtYmVyJyAmJiBvdXQubXVsdGlwbGVPZiA8PSAwKSB7XG4gICAgZmFpbChgXCJtdWx0aXBsZU9mXCIgbXVzdCBiZSBncmVhdGVyIHRoYW4gMCwgZ290ICR7b3V0Lm11bHRpcGxlT2Z9YCwgWy4uLnBhdGgsICdtdWx0aXBsZU9mJ10pO1xuICB9XG59XG5cbmZ1bmN0aW9uIG5vcm1hbGl6ZUFycmF5S2V5d29yZHMob3V0OiBKc29uU2NoZW1hLCBwYXRoOiByZWFkb25seSBGaWVsZFNlZ21lbnRbXSwgZmFpbDogRmFpbCwgZGVwdGg6IG51bWJlcik6IHZvaWQge1xuICBub25OZWdhdGl2ZUludGVnZXIob3V0LCAnbWluSXRlbXMnLCBwYXRoLCBmYWlsKTtcbiAgbm9uTmVnYXRpdmVJbnRlZ2VyKG91dCwgJ21heEl0ZW1zJywgcGF0aCwgZmFpbCk7XG4gIGlmIChvdXQuaXRlbXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBpZiAoQXJyYXkuaXNBcnJheShvdXQuaXRlbXMpKSB7XG4gICAgZmFpbCgndHVwbGUgXCJpdGVtc1wiIChhIGxpc3Qgb2Ygc2NoZW1hcykgaXMgbm90IHN1cHBvcnRlZDogZ2l2ZSBvbmUgaXRlbSBzY2hlbWEgKGFueU9mIGZvciBtaXhlZCBpdGVtcyknLCBbXG4gICAgICAuLi5wYXRoLFxuICAgICAgJ2l0ZW1zJyxcbiAgICBdKTtcbiAgfVxuICBvdXQuaXRlbXMgPSBub3JtYWxpemVOb2RlKG91dC5pdGVtcywgWy4uLnBhdGgsICdpdGVtcyddLCBmYWlsLCBkZXB0aCArIDEpO1xufVxuXG5mdW5jdGlvbiBub3JtYWxpemVPYmplY3RLZXl3b3JkcyhvdXQ6IEpzb25TY2hlbWEsIHBhdGg6IHJlYWRvbmx5IEZpZWxkU2VnbWVudFtdLCBmYWlsOiBGYWlsLCBkZXB0aDogbnVtYmVyKTogdm9pZCB7XG4gIGlmIChvdXQucHJvcGVydGllcyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKCFpc1BsYWluUmVjb3JkKG91dC5wcm9wZXJ0aWVzKSkge1xuICAgICAgZmFpbChgXCJwcm9wZXJ0aWVzXCIgbXVzdCBtYXAgbmFtZXMgdG8gc2NoZW1hcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShvdXQucHJvcGVydGllcyl9YCwgWy4uLnBhdGgsICdwcm9wZXJ0aWVzJ10pO1xuICAgIH1cbiAgICBjb25zdCBwcm9wZXJ0aWVzOiBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPiA9IHt9O1xuICAgIGZvciAoY29uc3QgW25hbWUsIHByb3BlcnR5XSBvZiBPYmplY3QuZW50cmllcyhvdXQucHJvcGVydGllcykpIHtcbiAgICAgIHByb3BlcnRpZXNbbmFtZV0gPSBub3JtYWxpemVOb2RlKHByb3BlcnR5LCBbLi4ucGF0aCwgJ3Byb3BlcnRpZXMnLCBuYW1lXSwgZmFpbCwgZGVwdGggKyAxKTtcbiAgICB9XG4gICAgb3V0LnByb3BlcnRpZXMgPSBwcm9wZXJ0aWVzO1xuICB9XG4gIGlmIChvdXQucmVxdWlyZWQgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGF0ID0gWy4uLnBhdGgsICdyZXF1aXJlZCddO1xuICAgIGlmICghQXJyYXkuaXNBcnJheShvdXQucmVxdWlyZWQpKVxuICAgICAgZmFpbChgXCJyZXF1aXJlZFwiIG11c3QgYmUgYSBsaXN0IG9mIHByb3BlcnR5IG5hbWVzLCBnb3QgJHtkZXNjcmliZVZhbHVlKG91dC5yZXF1aXJlZCl9YCwgYXQpO1xuICAgIGNvbnN0IGRlY2xhcmVkID0gaXNQbGFpblJlY29yZChvdXQucHJvcGVydGllcykgPyBPYmplY3Qua2V5cyhvdXQucHJvcGVydGllcykgOiBbXTtcbiAgICBjb25zdCBzZWVuID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIG91dC5yZXF1aXJlZCBhcyB1bmtub3duW10pIHtcbiAgICAgIGlmICh0eXBlb2YgbmFtZSAhPT0gJ3N0cmluZycpIGZhaWwoYFwicmVxdWlyZWRcIiBtdXN0IGxpc3QgcHJvcGVydHkgbmFtZXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUobmFtZSl9YCwgYXQpO1xuICAgICAgaWYgKHNlZW4uaGFzKG5hbWUpKSBmYWlsKGBcIiR7bmFtZX1cIiBpcyBsaXN0ZWQgdHdpY2UgaW4gXCJyZXF1aXJlZFwiYCwgYXQpO1xuICAgICAgc2Vlbi5hZGQobmFtZSk7XG4gICAgICBpZiAoIWRlY2xhcmVkLmluY2x1ZGVzKG5hbWUpKSB7XG4gICAgICAgIGNvbnN0IGd1ZXNzID0gY2xvc2VzdE1hdGNoKG5hbWUsIGRlY2xhcmVkKTtcbiAgICAgICAgZmFpbChcbiAgICAgICAgICBgXCJyZXF1aXJlZFwiIGxpc3RzIFwiJHtuYW1lfVwiLCB3aGljaCBcInByb3BlcnRpZXNcIiBkb2VzIG5vdCBkZWNsYXJlYCArXG4gICAgICAgICAgICAoZ3Vlc3MgPT09IHVuZGVmaW5lZCA/ICc7IGFkZCBpdCB0byBcInByb3BlcnRpZXNcIicgOiBgOyBkaWQgeW91IG1lYW4gXCIke2d1ZXNzfVwiP2ApLFxuICAgICAgICAgIGF0LFxuICAgICAgICApO1xuICAgICAgfVxuICAgIH1cbiAgICBvdXQucmVxdWlyZWQgPSBbLi4uc2Vlbl07XG4gIH1cbiAgY29uc3QgZXh0cmEgPSBvdXQuYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIGlmIChleHRyYSAhPT0gdW5kZWZpbmVkICYmIHR5cGVvZiBleHRyYSAhPT0gJ2Jvb2xlYW4nKSB7XG4gICAgb3V0LmFkZGl0aW9uYWxQcm9wZXJ0aWVzID0gbm9ybWFsaXplTm9kZShleHRyYSwgWy4uLnBhdGgsICdhZGRpdGlvbmFsUHJvcGVydGllcyddLCBmYWlsLCBkZXB0aCArIDEpO1xuICB9XG59XG5cbmZ1bmN0aW9uIGlzUHJpbWl0aXZlKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IG51bGwge1xuICByZXR1cm4gdmFsdWUgPT09IG51bGwgfHwgdHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdib29sZWFuJyB8fCBOdW1iZXIuaXNGaW5pdGUodmFsdWUpO1xufVxuXG5mdW5jdGlvbiBmaXRzVHlwZXModmFsdWU6IHN0cmluZyB8IG51bWJlciB8IGJvb2xlYW4gfCBudWxsLCB0eXBlczogcmVhZG9ubHkgc3RyaW5nW10pOiBib29sZWFuIHtcbiAgcmV0dXJuIHR5cGVzLnNvbWUoKHR5cGUpID0+IHtcbiAgICBzd2l0Y2ggKHR5cGUpIHtcbiAgICAgIGNhc2UgJ251bGwnOlxuICAgICAgICByZXR1cm4gdmFsdWUgPT09IG51bGw7XG4gICAgICBjYXNlICdpbnRlZ2VyJzpcbiAgICAgICAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIodmFsdWUpO1xuICAgICAgY2FzZSAnbnVtYmVyJzpcbiAgICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgICBjYXNlICdib29sZWFuJzpcbiAgICAgICAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gdHlwZTtcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIHJldHVybiBmYWxzZTtcbiAgICB9XG4gIH0pO1xufVxuXG5mdW5jdGlvbiBub3JtYWxpemVWYWx1ZUtleXdvcmRzKG91dDogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiB2b2lkIHtcbiAgY29uc3QgdHlwZXMgPSB0eXBlTGlzdChvdXQpO1xuICBpZiAob3V0LmVudW0gIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGF0ID0gWy4uLnBhdGgsICdlbnVtJ107XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KG91dC5lbnVtKSB8fCBvdXQuZW51bS5sZW5ndGggPT09IDApIHtcbiAgICAgIGZhaWwoYFwiZW51bVwiIG11c3QgYmUgYSBub24tZW1wdHkgbGlzdCBvZiB2YWx1ZXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUob3V0LmVudW0pfWAsIGF0KTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBbaW5kZXgsIHZhbHVlXSBvZiAob3V0LmVudW0gYXMgdW5rbm93bltdKS5lbnRyaWVzKCkpIHtcbiAgICAgIGlmICghaXNQcmltaXRpdmUodmFsdWUpKSB7XG4gICAgICAgIGZhaWwoYGVudW0gdmFsdWVzIG11c3QgYmUgc3RyaW5ncywgbnVtYmVycywgYm9vbGVhbnMgb3IgbnVsbCwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgWy4uLmF0LCBpbmRleF0pO1xuICAgICAgfVxuICAgICAgaWYgKHR5cGVzICE9PSB1bmRlZmluZWQgJiYgIWZpdHNUeXBlcyh2YWx1ZSwgdHlwZXMpKSB7XG4gICAgICAgIGZhaWwoYGVudW0gdmFsdWUgJHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9IGRvZXMgbm90IGZpdCB0eXBlICR7SlNPTi5zdHJpbmdpZnkob3V0LnR5cGUpfWAsIFsuLi5hdCwgaW5kZXhdKTtcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgaWYgKG91dC5jb25zdCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgYXQgPSBbLi4ucGF0aCwgJ2NvbnN0J107XG4gICAgaWYgKCFpc1ByaW1pdGl2ZShvdXQuY29uc3QpKVxuICAgICAgZmFpbChgXCJjb25zdFwiIG11c3QgYmUgYSBzdHJpbmcsIG51bWJlciwgYm9vbGVhbiBvciBudWxsLCBnb3QgJHtkZXNjcmliZVZhbHVlKG91dC5jb25zdCl9YCwgYXQpO1xuICAgIGlmICh0eXBlcyAhPT0gdW5kZWZpbmVkICYmICFmaXRzVHlwZXMob3V0LmNvbnN0LCB0eXBlcykpIHtcbiAgICAgIGZhaWwoYGNvbnN0ICR7SlNPTi5zdHJpbmdpZnkob3V0LmNvbnN0KX0gZG9lcyBub3QgZml0IHR5cGUgJHtKU09OLnN0cmluZ2lmeShvdXQudHlwZSl9YCwgYXQpO1xuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBzYW1lSnNvbihhOiB1bmtub3duLCBiOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiBKU09OLnN0cmluZ2lmeShhKSA9PT0gSlNPTi5zdHJpbmdpZnkoYik7XG59XG5cbi8qKiBNZXJnZSBvbmUgKG5vcm1hbGl6ZWQpIGBhbGxPZmAgbWVtYmVyIGludG8gYHRhcmdldGAuIENvbmZsaWN0aW5nIGtleXdvcmRzIGFyZSBhbiBlcnJvci4gKi9cbmZ1bmN0aW9uIG1lcmdlU2NoZW1hcyh0YXJnZXQ6IEpzb25TY2hlbWEsIG1lbWJlcjogSnNvblNjaGVtYSwgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10sIGZhaWw6IEZhaWwpOiBKc29uU2NoZW1hIHtcbiAgY29uc3Qgb3V0OiBKc29uU2NoZW1hID0geyAuLi50YXJnZXQgfTtcbiAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMobWVtYmVyKSkge1xuICAgIGNvbnN0IGN1cnJlbnQgPSBvdXRba2V5XTtcbiAgICBpZiAoY3VycmVudCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBvdXRba2V5XSA9IHZhbHVlO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChrZXkgPT09ICdwcm9wZXJ0aWVzJyAmJiBpc1BsYWluUmVjb3JkKGN1cnJlbnQpICYmIGlzUGxhaW5SZWNvcmQodmFsdWUpKSB7XG4gICAgICBjb25zdCBtZXJnZWQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0geyAuLi5jdXJyZW50IH07XG4gICAgICBmb3IgKGNvbnN0IFtuYW1lLCBwcm9wZXJ0eV0gb2YgT2JqZWN0LmVudHJpZXModmFsdWUpKSB7XG4gICAgICAgIGlmIChtZXJnZWRbbmFtZV0gIT09IHVuZGVmaW5lZCAmJiAhc2FtZUpzb24obWVyZ2VkW25hbWVdLCBwcm9wZXJ0eSkpIHtcbiAgICAgICAgICBmYWlsKGBwcm9wZXJ0eSBcIiR7bmFtZX1cIiBpcyBkZWZpbmVkIGRpZmZlcmVudGx5IGluIHR3byBhbGxPZiBtZW1iZXJzOiBkZWZpbmUgaXQgb25jZWAsIFtcbiAgICAgICAgICAgIC4uLnBhdGgsXG4gICAgICAgICAgICAncHJvcGVydGllcycsXG4gICAgICAgICAgICBuYW1lLFxuICAgICAgICAgIF0pO1xuICAgICAgICB9XG4gICAgICAgIG1lcmdlZFtuYW1lXSA9IHByb3BlcnR5O1xuICAgICAgfVxuICAgICAgb3V0LnByb3BlcnRpZXMgPSBtZXJnZWQ7XG4gICAgfSBlbHNlIGlmIChrZXkgPT09ICdyZXF1aXJlZCcgJiYgQXJyYXkuaXNBcnJheShjdXJyZW50KSAmJiBBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgb3V0LnJlcXVpcmVkID0gWy4uLm5ldyBTZXQoWy4uLmN1cnJlbnQsIC4uLnZhbHVlXSldO1xuICAgIH0gZWxzZSBpZiAoa2V5ID09PSAndHlwZScpIHtcbiAgICAgIGNvbnN0IGJvdGggPSBpbnRlcnNlY3RUeXBlcyhBcnJheS5pc0FycmF5KGN1cnJlbnQpID8gY3VycmVudCA6IFtjdXJyZW50XSwgQXJyYXkuaXNBcnJheSh2YWx1ZSkgPyB2YWx1ZSA6IFt2YWx1ZV0pO1xuICAgICAgaWYgKGJvdGgubGVuZ3RoID09PSAwKSB7XG4gICAgICAgIGZhaWwoYGFsbE9mIG1lbWJlcnMgcmVxdWlyZSB0eXBlcyAke0pTT04uc3RyaW5naWZ5KGN1cnJlbnQpfSBhbmQgJHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9IGF0IG9uY2VgLCBwYXRoKTtcbiAgICAgIH1cbiAgICAgIG91dC50eXBlID0gYm90aC5sZW5ndGggPT09IDEgPyBib3RoWzBdIDogYm90aDtcbiAgICB9IGVsc2UgaWYgKEFOTk9UQVRJT05fS0VZV09SRFMuaGFzKGtleSkgfHwga2V5LnN0YXJ0c1dpdGgoJ3gtJykpIHtcbiAgICAgIC8vIFRoZSBmaXJzdCBhbm5vdGF0aW9uIHdpbnMuXG4gICAgfSBlbHNlIGlmICghc2FtZUpzb24oY3VycmVudCwgdmFsdWUpKSB7XG4gICAgICBmYWlsKGBhbGxPZiBtZW1iZXJzIGdpdmUgXCIke2tleX1cIiBkaWZmZXJlbnQgdmFsdWVzOiBtZXJnZSB0aGVtIGludG8gb25lIHNjaGVtYWAsIFsuLi5wYXRoLCBrZXldKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFR5cGVzIGFsbG93ZWQgYnkgYm90aCBsaXN0czsgYGludGVnZXJgIGlzIHRoZSBjb21tb24gcGFydCBvZiBgbnVtYmVyYCBhbmQgYGludGVnZXJgLiAqL1xuZnVuY3Rpb24gaW50ZXJzZWN0VHlwZXMobWluZTogcmVhZG9ubHkgdW5rbm93bltdLCB0aGVpcnM6IHJlYWRvbmx5IHVua25vd25bXSk6IHVua25vd25bXSB7XG4gIGNvbnN0IGJvdGggPSBuZXcgU2V0PHVua25vd24+KCk7XG4gIGZvciAoY29uc3QgdHlwZSBvZiBtaW5lKSB7XG4gICAgaWYgKHRoZWlycy5pbmNsdWRlcyh0eXBlKSkgYm90aC5hZGQodHlwZSk7XG4gICAgZWxzZSBpZiAoKHR5cGUgPT09ICdpbnRlZ2VyJyAmJiB0aGVpcnMuaW5jbHVkZXMoJ251bWJlcicpKSB8fCAodHlwZSA9PT0gJ251bWJlcicgJiYgdGhlaXJzLmluY2x1ZGVzKCdpbnRlZ2VyJykpKSB7XG4gICAgICBib3RoLmFkZCgnaW50ZWdlcicpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gWy4uLmJvdGhdO1xufVxuIiwgIi8qKlxuICogQSBwcmVjb21waWxlZCBhY2NlcHRhbmNlIGNoZWNrIGZvciB0aGUgaG90IHBhdGggb2YgYHZhbGlkYXRlKClgLlxuICpcbiAqIHpvZC9taW5pJ3MgYHNhZmVQYXJzZWAgY29zdHMgYWJvdXQgMjAwIG5zIGZvciBhbiBvYmplY3Qgb2YgZm91ciBzdHJpbmdzOyB0aGlzIGNoZWNrIGNvc3RzIGFcbiAqIGZyYWN0aW9uIG9mIHRoYXQuIEl0IGFuc3dlcnMgYHRydWVgIG9ubHkgZm9yIHZhbHVlcyB0aGUgem9kIHNjaGVtYSBjZXJ0YWlubHkgYWNjZXB0cywgYW5kIGBmYWxzZWBcbiAqIGZvciBldmVyeXRoaW5nIGVsc2UgKFwibm90IHN1cmVcIik6IHRoZSBjYWxsZXIgdGhlbiBydW5zIHpvZCwgd2hpY2ggc3RheXMgdGhlIGF1dGhvcml0eSBvbiB3aGF0XG4gKiBpcyBpbnZhbGlkIGFuZCBvbiB0aGUgd29yZGluZyBvZiBldmVyeSBpc3N1ZS4gSXQgdXNlcyBjbG9zdXJlcywgbm90IGdlbmVyYXRlZCBjb2RlLCBzbyBpdCBhbHNvXG4gKiBydW5zIHdoZXJlIGBuZXcgRnVuY3Rpb25gIGlzIGZvcmJpZGRlbiAoQ2xvdWRmbGFyZSBXb3JrZXJzLCBzdHJpY3QgQ1NQKS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgY29tcGlsZVBhdHRlcm4gfSBmcm9tICcuL2pzb24tc2NoZW1hLmpzJztcbmltcG9ydCB0eXBlIHsgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKiogYHRydWVgIHdoZW4gdGhlIHZhbHVlIGNlcnRhaW5seSBwYXNzZXMgdGhlIHpvZCBzY2hlbWE7IGBmYWxzZWAgd2hlbiB1bnN1cmUuICovXG5leHBvcnQgdHlwZSBGYXN0Q2hlY2sgPSAodmFsdWU6IHVua25vd24pID0+IGJvb2xlYW47XG5cbmNvbnN0IG5ldmVyOiBGYXN0Q2hlY2sgPSAoKSA9PiBmYWxzZTtcbmNvbnN0IGFsd2F5czogRmFzdENoZWNrID0gKCkgPT4gdHJ1ZTtcblxuLyoqIENvbXBpbGUgdGhlIGZhc3QgYWNjZXB0YW5jZSBjaGVjayBvZiBhIHNjaGVtYSBub3JtYWxpemVkIGJ5IGBub3JtYWxpemVKc29uU2NoZW1hYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlRmFzdENoZWNrKHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIGlmIChzY2hlbWEuY29uc3QgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IGV4cGVjdGVkID0gc2NoZW1hLmNvbnN0O1xuICAgIHJldHVybiAodmFsdWUpID0+IHZhbHVlID09PSBleHBlY3RlZDtcbiAgfVxuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuZW51bSkpIHtcbiAgICBjb25zdCBhbGxvd2VkID0gbmV3IFNldDx1bmtub3duPihzY2hlbWEuZW51bSk7XG4gICAgcmV0dXJuICh2YWx1ZSkgPT4gYWxsb3dlZC5oYXModmFsdWUpO1xuICB9XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5hbnlPZikpIHtcbiAgICBjb25zdCBtZW1iZXJzID0gKHNjaGVtYS5hbnlPZiBhcyBKc29uU2NoZW1hW10pLm1hcChjb21waWxlRmFzdENoZWNrKTtcbiAgICByZXR1cm4gKHZhbHVlKSA9PiBtZW1iZXJzLnNvbWUoKG1lbWJlcikgPT4gbWVtYmVyKHZhbHVlKSk7XG4gIH1cbiAgLy8gb25lT2YgbmVlZHMgXCJleGFjdGx5IG9uZSBtYXRjaGVzXCIsIHdoaWNoIFwiY2VydGFpbmx5IGFjY2VwdHNcIiBjaGVja3MgY2Fubm90IHRlbGw6IHVzZSB6b2QuXG4gIGlmIChzY2hlbWEub25lT2YgIT09IHVuZGVmaW5lZCkgcmV0dXJuIG5ldmVyO1xuICBpZiAoc2NoZW1hLnR5cGUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGFsd2F5cztcbiAgY29uc3QgdHlwZXMgPSBBcnJheS5pc0FycmF5KHNjaGVtYS50eXBlKSA/IChzY2hlbWEudHlwZSBhcyBzdHJpbmdbXSkgOiBbc2NoZW1hLnR5cGUgYXMgc3RyaW5nXTtcbiAgY29uc3QgbnVsbGFibGUgPSB0eXBlcy5pbmNsdWRlcygnbnVsbCcpO1xuICBjb25zdCBtZW1iZXJzID0gdHlwZXMuZmlsdGVyKCh0KSA9PiB0ICE9PSAnbnVsbCcpLm1hcCgodCkgPT4gdHlwZWQodCwgc2NoZW1hKSk7XG4gIGlmIChtZW1iZXJzLmxlbmd0aCA9PT0gMCkgcmV0dXJuICh2YWx1ZSkgPT4gdmFsdWUgPT09IG51bGw7XG4gIGNvbnN0IGJhc2UgPSBtZW1iZXJzLmxlbmd0aCA9PT0gMSA/IG1lbWJlcnNbMF0hIDogKHZhbHVlOiB1bmtub3duKSA9PiBtZW1iZXJzLnNvbWUoKG1lbWJlcikgPT4gbWVtYmVyKHZhbHVlKSk7XG4gIHJldHVybiBudWxsYWJsZSA/ICh2YWx1ZSkgPT4gdmFsdWUgPT09IG51bGwgfHwgYmFzZSh2YWx1ZSkgOiBiYXNlO1xufVxuXG5mdW5jdGlvbiB0eXBlZCh0eXBlOiBzdHJpbmcsIHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIHN3aXRjaCAodHlwZSkge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgICByZXR1cm4gc3RyaW5nQ2hlY2soc2NoZW1hKTtcbiAgICBjYXNlICdudW1iZXInOlxuICAgIGNhc2UgJ2ludGVnZXInOlxuICAgICAgcmV0dXJuIG51bWJlckNoZWNrKHR5cGUsIHNjaGVtYSk7XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgICByZXR1cm4gKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdib29sZWFuJztcbiAgICBjYXNlICdhcnJheSc6XG4gICAgICByZXR1cm4gYXJyYXlDaGVjayhzY2hlbWEpO1xuICAgIGNhc2UgJ29iamVjdCc6XG4gICAgICByZXR1cm4gb2JqZWN0Q2hlY2soc2NoZW1hKTtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIG5ldmVyO1xuICB9XG59XG5cbmZ1bmN0aW9uIHN0cmluZ0NoZWNrKHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIGNvbnN0IG1pbiA9IHR5cGVvZiBzY2hlbWEubWluTGVuZ3RoID09PSAnbnVtYmVyJyA/IHNjaGVtYS5taW5MZW5ndGggOiAwO1xuICBjb25zdCBtYXggPSB0eXBlb2Ygc2NoZW1hLm1heExlbmd0aCA9PT0gJ251bWJlcicgPyBzY2hlbWEubWF4TGVuZ3RoIDogTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZO1xuICBjb25zdCBwYXR0ZXJuID0gdHlwZW9mIHNjaGVtYS5wYXR0ZXJuID09PSAnc3RyaW5nJyA/IGNvbXBpbGVQYXR0ZXJuKHNjaGVtYS5wYXR0ZXJuKSA6IHVuZGVmaW5lZDtcbiAgaWYgKHR5cGVvZiBzY2hlbWEucGF0dGVybiA9PT0gJ3N0cmluZycgJiYgcGF0dGVybiA9PT0gdW5kZWZpbmVkKSByZXR1cm4gbmV2ZXI7XG4gIGlmIChwYXR0ZXJuICE9PSB1bmRlZmluZWQpIHtcbiAgICByZXR1cm4gKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmIHZhbHVlLmxlbmd0aCA+PSBtaW4gJiYgdmFsdWUubGVuZ3RoIDw9IG1heCAmJiBwYXR0ZXJuLnRlc3QodmFsdWUpO1xuICB9XG4gIGlmIChtaW4gPT09IDAgJiYgbWF4ID09PSBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkpIHJldHVybiAodmFsdWUpID0+IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZyc7XG4gIHJldHVybiAodmFsdWUpID0+IHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgJiYgdmFsdWUubGVuZ3RoID49IG1pbiAmJiB2YWx1ZS5sZW5ndGggPD0gbWF4O1xufVxuXG5mdW5jdGlvbiBudW1iZXJDaGVjayh0eXBlOiAnbnVtYmVyJyB8ICdpbnRlZ2VyJywgc2NoZW1hOiBKc29uU2NoZW1hKTogRmFzdENoZWNrIHtcbiAgY29uc3QgYm91bmQgPSAoa2V5OiBzdHJpbmcsIGZhbGxiYWNrOiBudW1iZXIpOiBudW1iZXIgPT5cbiAgICB0eXBlb2Ygc2NoZW1hW2tleV0gPT09ICdudW1iZXInID8gKHNjaGVtYVtrZXldIGFzIG51bWJlcikgOiBmYWxsYmFjaztcbiAgY29uc3QgbWluID0gYm91bmQoJ21pbmltdW0nLCBOdW1iZXIuTkVHQVRJVkVfSU5GSU5JVFkpO1xuICBjb25zdCBtYXggPSBib3VuZCgnbWF4aW11bScsIE51bWJlci5QT1NJVElWRV9JTkZJTklUWSk7XG4gIGNvbnN0IGFib3ZlID0gYm91bmQoJ2V4Y2x1c2l2ZU1pbmltdW0nLCBOdW1iZXIuTkVHQVRJVkVfSU5GSU5JVFkpO1xuICBjb25zdCBiZWxvdyA9IGJvdW5kKCdleGNsdXNpdmVNYXhpbXVtJywgTnVtYmVyLlBPU0lUSVZFX0lORklOSVRZKTtcbiAgY29uc3Qgc3RlcCA9IHR5cGVvZiBzY2hlbWEubXVsdGlwbGVPZiA9PT0gJ251bWJlcicgPyBzY2hlbWEubXVsdGlwbGVPZiA6IHVuZGVmaW5lZDtcbiAgLy8gem9kJ3MgZmxvYXQtc2FmZSByZW1haW5kZXIgaXMgb25seSBjZXJ0YWlubHkgbWF0Y2hlZCBmb3Igd2hvbGUgbnVtYmVycy5cbiAgaWYgKHN0ZXAgIT09IHVuZGVmaW5lZCAmJiAhTnVtYmVyLmlzU2FmZUludGVnZXIoc3RlcCkpIHJldHVybiBuZXZlcjtcbiAgY29uc3Qga2luZDogRmFzdENoZWNrID1cbiAgICB0eXBlID09PSAnaW50ZWdlcidcbiAgICAgID8gKHZhbHVlKSA9PiBOdW1iZXIuaXNTYWZlSW50ZWdlcih2YWx1ZSlcbiAgICAgIDogKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInICYmIE51bWJlci5pc0Zpbml0ZSh2YWx1ZSk7XG4gIHJldHVybiAodmFsdWUpID0+XG4gICAga2luZCh2YWx1ZSkgJiZcbiAgICAodmFsdWUgYXMgbnVtYmVyKSA+PSBtaW4gJiZcbiAgICAodmFsdWUgYXMgbnVtYmVyKSA8PSBtYXggJiZcbiAgICAodmFsdWUgYXMgbnVtYmVyKSA+IGFib3ZlICYmXG4gICAgKHZhbHVlIGFzIG51bWJlcikgPCBiZWxvdyAmJlxuICAgIChzdGVwID09PSB1bmRlZmluZWQgfHwgKE51bWJlci5pc1NhZmVJbnRlZ2VyKHZhbHVlKSAmJiAodmFsdWUgYXMgbnVtYmVyKSAlIHN0ZXAgPT09IDApKTtcbn1cblxuZnVuY3Rpb24gYXJyYXlDaGVjayhzY2hlbWE6IEpzb25TY2hlbWEpOiBGYXN0Q2hlY2sge1xuICBjb25zdCBpdGVtID0gc2NoZW1hLml0ZW1zID09PSB1bmRlZmluZWQgPyBhbHdheXMgOiBjb21waWxlRmFzdENoZWNrKHNjaGVtYS5pdGVtcyBhcyBKc29uU2NoZW1hKTtcbiAgY29uc3QgbWluID0gdHlwZW9mIHNjaGVtYS5taW5JdGVtcyA9PT0gJ251bWJlcicgPyBzY2hlbWEubWluSXRlbXMgOiAwO1xuICBjb25zdCBtYXggPSB0eXBlb2Ygc2NoZW1hLm1heEl0ZW1zID09PSAnbnVtYmVyJyA/IHNjaGVtYS5tYXhJdGVtcyA6IE51bWJlci5QT1NJVElWRV9JTkZJTklUWTtcbiAgcmV0dXJuICh2YWx1ZSkgPT4ge1xuICAgIGlmICghQXJyYXkuaXNBcnJheSh2YWx1ZSkgfHwgdmFsdWUubGVuZ3RoIDwgbWluIHx8IHZhbHVlLmxlbmd0aCA+IG1heCkgcmV0dXJuIGZhbHNlO1xuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgdmFsdWUubGVuZ3RoOyBpKyspIGlmICghaXRlbSh2YWx1ZVtpXSkpIHJldHVybiBmYWxzZTtcbiAgICByZXR1cm4gdHJ1ZTtcbiAgfTtcbn1cblxuLyoqIFByb3BlcnRpZXMgdGhlIG9iamVjdCBjaGVjayB2aXNpdHMsIGluIGRlY2xhcmF0aW9uIG9yZGVyLiAqL1xuaW50ZXJmYWNlIFByb3BlcnR5Q2hlY2sge1xuICByZWFkb25seSBrZXk6IHN0cmluZztcbiAgcmVhZG9ubHkgcmVxdWlyZWQ6IGJvb2xlYW47XG4gIHJlYWRvbmx5IGNoZWNrOiBGYXN0Q2hlY2s7XG59XG5cbmZ1bmN0aW9uIG9iamVjdENoZWNrKHNjaGVtYTogSnNvblNjaGVtYSk6IEZhc3RDaGVjayB7XG4gIGNvbnN0IHJlcXVpcmVkTmFtZXMgPSBuZXcgU2V0KChzY2hlbWEucmVxdWlyZWQgPz8gW10pIGFzIHN0cmluZ1tdKTtcbiAgY29uc3QgcHJvcGVydGllczogUHJvcGVydHlDaGVja1tdID0gT2JqZWN0LmVudHJpZXMoKHNjaGVtYS5wcm9wZXJ0aWVzID8/IHt9KSBhcyBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPikubWFwKFxuICAgIChba2V5LCBwcm9wZXJ0eV0pID0+ICh7IGtleSwgcmVxdWlyZWQ6IHJlcXVpcmVkTmFtZXMuaGFzKGtleSksIGNoZWNrOiBjb21waWxlRmFzdENoZWNrKHByb3BlcnR5KSB9KSxcbiAgKTtcbiAgY29uc3QgZGVjbGFyZWQ6IFJlY29yZDxzdHJpbmcsIHRydWU+ID0gT2JqZWN0LmNyZWF0ZShudWxsKTtcbiAgZm9yIChjb25zdCB7IGtleSB9IG9mIHByb3BlcnRpZXMpIGRlY2xhcmVkW2tleV0gPSB0cnVlO1xuICBjb25zdCBleHRyYSA9IHNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcztcbiAgY29uc3QgbW9kZSA9IGV4dHJhID09PSBmYWxzZSA/ICdzdHJpY3QnIDogZXh0cmEgPT09IHVuZGVmaW5lZCB8fCBleHRyYSA9PT0gdHJ1ZSA/ICdsb29zZScgOiAnY2F0Y2hhbGwnO1xuICBjb25zdCBleHRyYUNoZWNrID0gbW9kZSA9PT0gJ2NhdGNoYWxsJyA/IGNvbXBpbGVGYXN0Q2hlY2soZXh0cmEgYXMgSnNvblNjaGVtYSkgOiBhbHdheXM7XG4gIGNvbnN0IGNvdW50ID0gcHJvcGVydGllcy5sZW5ndGg7XG5cbiAgcmV0dXJuICh2YWx1ZSkgPT4ge1xuICAgIGlmICh0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnIHx8IHZhbHVlID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gZmFsc2U7XG4gICAgY29uc3QgcHJvdG8gPSBPYmplY3QuZ2V0UHJvdG90eXBlT2YodmFsdWUpO1xuICAgIGlmIChwcm90byAhPT0gT2JqZWN0LnByb3RvdHlwZSAmJiBwcm90byAhPT0gbnVsbCkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IHJlY29yZCA9IHZhbHVlIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIGxldCBwcmVzZW50ID0gMDtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGNvdW50OyBpKyspIHtcbiAgICAgIGNvbnN0IHByb3BlcnR5ID0gcHJvcGVydGllc1tpXSE7XG4gICAgICBjb25zdCBpdGVtID0gcmVjb3JkW3Byb3BlcnR5LmtleV07XG4gICAgICBpZiAoaXRlbSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGlmIChwcm9wZXJ0eS5yZXF1aXJlZCkgcmV0dXJuIGZhbHNlO1xuICAgICAgICBpZiAoT2JqZWN0Lmhhc093bihyZWNvcmQsIHByb3BlcnR5LmtleSkpIHByZXNlbnQrKztcbiAgICAgICAgY29udGludWU7XG4gICAgICB9XG4gICAgICBpZiAoIXByb3BlcnR5LmNoZWNrKGl0ZW0pKSByZXR1cm4gZmFsc2U7XG4gICAgICBwcmVzZW50Kys7XG4gICAgfVxuICAgIGlmIChtb2RlID09PSAnbG9vc2UnKSByZXR1cm4gdHJ1ZTtcbiAgICBpZiAobW9kZSA9PT0gJ3N0cmljdCcpIHtcbiAgICAgIGxldCBrZXlzID0gMDtcbiAgICAgIGZvciAoY29uc3QgXyBpbiByZWNvcmQpIGtleXMrKztcbiAgICAgIHJldHVybiBrZXlzID09PSBwcmVzZW50O1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IGtleSBpbiByZWNvcmQpIHtcbiAgICAgIGlmIChkZWNsYXJlZFtrZXldICE9PSB0cnVlICYmIChrZXkgPT09ICdfX3Byb3RvX18nIHx8ICFleHRyYUNoZWNrKHJlY29yZFtrZXldKSkpIHJldHVybiBmYWxzZTtcbiAgICB9XG4gICAgcmV0dXJuIHRydWU7XG4gIH07XG59XG4iLCAiLyoqXG4gKiBKU09OIFNjaGVtYSBcdTIxOTIgVHlwZVNjcmlwdCB0eXBlIHRleHQsIGZvciBgcHJvbXB0b3BzIHR5cGVnZW5gIGFuZCBmb3IgZXJyb3IgbWVzc2FnZXMuXG4gKlxuICogRGV0ZXJtaW5pc3RpYzogdGhlIHNhbWUgc2NoZW1hIGFsd2F5cyBnaXZlcyB0aGUgc2FtZSB0ZXh0LiBPYmplY3RzIGxpc3QgcHJvcGVydGllcyBpblxuICogZGVjbGFyYXRpb24gb3JkZXIsIG9uZSBwZXIgbGluZSwgd2l0aCBkZXNjcmlwdGlvbnMgYXMgVFNEb2MgY29tbWVudHM7IGEgcHJvcGVydHkgbm90IGluXG4gKiBgcmVxdWlyZWRgIGlzIGA/OmA7IGAnbnVsbCdgIGluIGEgdHlwZSBsaXN0IChob3cgUGljb3NjaGVtYSB3cml0ZXMgYW4gb3B0aW9uYWwgZmllbGQpIGFkZHNcbiAqIGB8IG51bGxgOyBlbnVtcyBhbmQgY29uc3RzIGFyZSB1bmlvbnMgb2YgbGl0ZXJhbHM7IGFycmF5cyBhcmUgYEFycmF5PFx1MjAyNj5gOyBgYWRkaXRpb25hbFByb3BlcnRpZXNgXG4gKiB3aXRoIGEgc2NoZW1hIGlzIGFuIGluZGV4IHNpZ25hdHVyZTsgYSBzY2hlbWEgd2l0aG91dCBhIHR5cGUgKFBpY29zY2hlbWEgYGFueWApIGlzIGB1bmtub3duYC5cbiAqIEtleXdvcmRzIGl0IGRvZXMgbm90IG1vZGVsIChgJHJlZmAsIGBub3RgLCBcdTIwMjYpIGdpdmUgYHVua25vd25gIHJhdGhlciB0aGFuIGEgd3JvbmcgdHlwZS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCB9IGZyb20gJy4vcGljb3NjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuY29uc3QgSURFTlRJRklFUiA9IC9eW0EtWmEtel8kXVtBLVphLXowLTlfJF0qJC87XG5jb25zdCBJTkRFTlQgPSAnICAnO1xuXG4vKipcbiAqIFRoZSBUeXBlU2NyaXB0IHR5cGUgb2YgdmFsdWVzIHRoYXQgZml0IGBzY2hlbWFgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICoganNvblNjaGVtYVRvVHlwZVNjcmlwdCh7XG4gKiAgIHR5cGU6ICdvYmplY3QnLFxuICogICBwcm9wZXJ0aWVzOiB7IGN1c3RvbWVyOiB7IHR5cGU6ICdzdHJpbmcnLCBkZXNjcmlwdGlvbjogJ2ZpcnN0IG5hbWUnIH0sIHRvbmU6IHsgZW51bTogWydmb3JtYWwnLCBudWxsXSB9IH0sXG4gKiAgIHJlcXVpcmVkOiBbJ2N1c3RvbWVyJ10sXG4gKiB9KTtcbiAqIC8vICd7XFxuICAvKiogZmlyc3QgbmFtZSAqXFwvXFxuICBjdXN0b21lcjogc3RyaW5nO1xcbiAgdG9uZT86IFwiZm9ybWFsXCIgfCBudWxsO1xcbn0nXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGpzb25TY2hlbWFUb1R5cGVTY3JpcHQoc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHN0cmluZyB7XG4gIHJldHVybiByZW5kZXIoc2NoZW1hLCAnJywgZmFsc2UpO1xufVxuXG4vKipcbiAqIE9uZS1saW5lIHR5cGUgdGV4dCBmb3IgbWVzc2FnZXMsIGUuZy4gYHN0cmluZ2AsIGBpbnRlZ2VyYCwgYFwiZm9ybWFsXCIgfCBcImZyaWVuZGx5XCIgfCBudWxsYDsgbG9uZyB0eXBlc1xuICogYXJlIGN1dC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlubGluZVR5cGVUZXh0KHNjaGVtYTogSnNvblNjaGVtYSk6IHN0cmluZyB7XG4gIGNvbnN0IHRleHQgPSByZW5kZXIoc2NoZW1hLCAnJywgdHJ1ZSk7XG4gIHJldHVybiB0ZXh0Lmxlbmd0aCA+IDgwID8gYCR7dGV4dC5zbGljZSgwLCA3Nyl9Li4uYCA6IHRleHQ7XG59XG5cbmZ1bmN0aW9uIHJlbmRlcihzY2hlbWE6IHVua25vd24sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmcge1xuICByZXR1cm4gbWVtYmVycyhzY2hlbWEsIGluZGVudCwgaW5saW5lKS5qb2luKCcgfCAnKTtcbn1cblxuLyoqIFRoZSBtZW1iZXJzIG9mIHRoZSB1bmlvbiB0eXBlIG9mIGBzY2hlbWFgLCB3aXRob3V0IGR1cGxpY2F0ZXM7IGB1bmtub3duYCBhYnNvcmJzIHRoZSByZXN0LiAqL1xuZnVuY3Rpb24gbWVtYmVycyhzY2hlbWE6IHVua25vd24sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmdbXSB7XG4gIGNvbnN0IG91dCA9IFsuLi5uZXcgU2V0KHJhd01lbWJlcnMoc2NoZW1hLCBpbmRlbnQsIGlubGluZSkpXTtcbiAgcmV0dXJuIG91dC5pbmNsdWRlcygndW5rbm93bicpID8gWyd1bmtub3duJ10gOiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHJhd01lbWJlcnMoc2NoZW1hOiB1bmtub3duLCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nW10ge1xuICBpZiAoc2NoZW1hID09PSBmYWxzZSkgcmV0dXJuIFsnbmV2ZXInXTtcbiAgaWYgKCFpc1BsYWluUmVjb3JkKHNjaGVtYSkpIHJldHVybiBbJ3Vua25vd24nXTtcbiAgaWYgKHNjaGVtYS5jb25zdCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gW2xpdGVyYWwoc2NoZW1hLmNvbnN0KV07XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5lbnVtKSkgcmV0dXJuIHNjaGVtYS5lbnVtLm1hcChsaXRlcmFsKTtcbiAgZm9yIChjb25zdCBrZXkgb2YgWydhbnlPZicsICdvbmVPZiddIGFzIGNvbnN0KSB7XG4gICAgY29uc3QgYWx0ZXJuYXRpdmVzID0gc2NoZW1hW2tleV07XG4gICAgaWYgKEFycmF5LmlzQXJyYXkoYWx0ZXJuYXRpdmVzKSAmJiBhbHRlcm5hdGl2ZXMubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgYmFzZSA9IHdpdGhvdXRLZXlzKHNjaGVtYSwgW2tleSwgJ251bGxhYmxlJ10pO1xuICAgICAgY29uc3Qgb3V0ID0gYWx0ZXJuYXRpdmVzLmZsYXRNYXAoKG1lbWJlcikgPT4gbWVtYmVycyh7IC4uLmJhc2UsIC4uLmFzUmVjb3JkKG1lbWJlcikgfSwgaW5kZW50LCBpbmxpbmUpKTtcbiAgICAgIHJldHVybiBzY2hlbWEubnVsbGFibGUgPT09IHRydWUgPyBbLi4ub3V0LCAnbnVsbCddIDogb3V0O1xuICAgIH1cbiAgfVxuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuYWxsT2YpICYmIHNjaGVtYS5hbGxPZi5sZW5ndGggPiAwKSB7XG4gICAgY29uc3QgYmFzZSA9IHdpdGhvdXRLZXlzKHNjaGVtYSwgWydhbGxPZiddKTtcbiAgICBjb25zdCBwYXJ0cyA9IFtiYXNlLCAuLi5zY2hlbWEuYWxsT2ZdXG4gICAgICAuZmlsdGVyKChwYXJ0KSA9PiAhaXNFbXB0eUFubm90YXRpb24ocGFydCkpXG4gICAgICAubWFwKChwYXJ0KSA9PiBtZW1iZXJzKHBhcnQsIGluZGVudCwgaW5saW5lKSlcbiAgICAgIC5tYXAoKHVuaW9uKSA9PiAodW5pb24ubGVuZ3RoID4gMSA/IGAoJHt1bmlvbi5qb2luKCcgfCAnKX0pYCA6IHVuaW9uWzBdISkpO1xuICAgIGNvbnN0IHVuaXF1ZSA9IFsuLi5uZXcgU2V0KHBhcnRzKV0uZmlsdGVyKChwYXJ0KSA9PiBwYXJ0ICE9PSAndW5rbm93bicpO1xuICAgIHJldHVybiBbdW5pcXVlLmxlbmd0aCA9PT0gMCA/ICd1bmtub3duJyA6IHVuaXF1ZS5qb2luKCcgJiAnKV07XG4gIH1cbiAgY29uc3QgdHlwZSA9IHNjaGVtYS50eXBlO1xuICBjb25zdCB0eXBlcyA9IEFycmF5LmlzQXJyYXkodHlwZSkgPyB0eXBlIDogdHlwZSA9PT0gdW5kZWZpbmVkID8gaW5mZXJUeXBlcyhzY2hlbWEpIDogW3R5cGVdO1xuICBpZiAodHlwZXMubGVuZ3RoID09PSAwKSByZXR1cm4gWyd1bmtub3duJ107XG4gIGNvbnN0IG91dCA9IHR5cGVzLm1hcCgodCkgPT4gdHlwZWQoU3RyaW5nKHQpLCBzY2hlbWEsIGluZGVudCwgaW5saW5lKSk7XG4gIGlmIChzY2hlbWEubnVsbGFibGUgPT09IHRydWUpIG91dC5wdXNoKCdudWxsJyk7XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGluZmVyVHlwZXMoc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHN0cmluZ1tdIHtcbiAgaWYgKHNjaGVtYS5wcm9wZXJ0aWVzICE9PSB1bmRlZmluZWQgfHwgc2NoZW1hLmFkZGl0aW9uYWxQcm9wZXJ0aWVzICE9PSB1bmRlZmluZWQpIHJldHVybiBbJ29iamVjdCddO1xuICBpZiAoc2NoZW1hLml0ZW1zICE9PSB1bmRlZmluZWQgfHwgc2NoZW1hLnByZWZpeEl0ZW1zICE9PSB1bmRlZmluZWQpIHJldHVybiBbJ2FycmF5J107XG4gIHJldHVybiBbXTtcbn1cblxuZnVuY3Rpb24gdHlwZWQodHlwZTogc3RyaW5nLCBzY2hlbWE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBpbmRlbnQ6IHN0cmluZywgaW5saW5lOiBib29sZWFuKTogc3RyaW5nIHtcbiAgc3dpdGNoICh0eXBlKSB7XG4gICAgY2FzZSAnc3RyaW5nJzpcbiAgICBjYXNlICdudW1iZXInOlxuICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgIGNhc2UgJ251bGwnOlxuICAgICAgcmV0dXJuIHR5cGU7XG4gICAgY2FzZSAnaW50ZWdlcic6XG4gICAgICAvLyBNZXNzYWdlcyBzYXkgd2hhdCBKU09OIFNjaGVtYSBzYXlzOyBUeXBlU2NyaXB0IGhhcyBubyBpbnRlZ2VyIHR5cGUuXG4gICAgICByZXR1cm4gaW5saW5lID8gJ2ludGVnZXInIDogJ251bWJlcic7XG4gICAgY2FzZSAnYXJyYXknOlxuICAgICAgcmV0dXJuIGFycmF5VHlwZShzY2hlbWEsIGluZGVudCwgaW5saW5lKTtcbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgcmV0dXJuIG9iamVjdFR5cGUoc2NoZW1hLCBpbmRlbnQsIGlubGluZSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiAndW5rbm93bic7XG4gIH1cbn1cblxuZnVuY3Rpb24gYXJyYXlUeXBlKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGluZGVudDogc3RyaW5nLCBpbmxpbmU6IGJvb2xlYW4pOiBzdHJpbmcge1xuICBjb25zdCB0dXBsZSA9IEFycmF5LmlzQXJyYXkoc2NoZW1hLnByZWZpeEl0ZW1zKVxuICAgID8gc2NoZW1hLnByZWZpeEl0ZW1zXG4gICAgOiBBcnJheS5pc0FycmF5KHNjaGVtYS5pdGVtcylcbiAgICAgID8gc2NoZW1hLml0ZW1zXG4gICAgICA6IHVuZGVmaW5lZDtcbiAgaWYgKHR1cGxlICE9PSB1bmRlZmluZWQpIHJldHVybiBgWyR7dHVwbGUubWFwKChpdGVtKSA9PiByZW5kZXIoaXRlbSwgaW5kZW50LCBpbmxpbmUpKS5qb2luKCcsICcpfV1gO1xuICByZXR1cm4gYEFycmF5PCR7c2NoZW1hLml0ZW1zID09PSB1bmRlZmluZWQgPyAndW5rbm93bicgOiByZW5kZXIoc2NoZW1hLml0ZW1zLCBpbmRlbnQsIGlubGluZSl9PmA7XG59XG5cbmZ1bmN0aW9uIG9iamVjdFR5cGUoc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgaW5kZW50OiBzdHJpbmcsIGlubGluZTogYm9vbGVhbik6IHN0cmluZyB7XG4gIGNvbnN0IHByb3BlcnRpZXMgPSBpc1BsYWluUmVjb3JkKHNjaGVtYS5wcm9wZXJ0aWVzKSA/IHNjaGVtYS5wcm9wZXJ0aWVzIDoge307XG4gIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldChBcnJheS5pc0FycmF5KHNjaGVtYS5yZXF1aXJlZCkgPyBzY2hlbWEucmVxdWlyZWQgOiBbXSk7XG4gIGNvbnN0IG5hbWVzID0gT2JqZWN0LmtleXMocHJvcGVydGllcyk7XG4gIGNvbnN0IGV4dHJhID0gc2NoZW1hLmFkZGl0aW9uYWxQcm9wZXJ0aWVzO1xuICBjb25zdCBpbm5lciA9IGluZGVudCArIElOREVOVDtcbiAgY29uc3QgbGluZXM6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IG1lbWJlclR5cGVzOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgbmFtZXMpIHtcbiAgICBjb25zdCBvcHRpb25hbCA9ICFyZXF1aXJlZC5oYXMobmFtZSk7XG4gICAgY29uc3QgdGV4dCA9IHJlbmRlcihwcm9wZXJ0aWVzW25hbWVdLCBpbm5lciwgaW5saW5lKTtcbiAgICBtZW1iZXJUeXBlcy5wdXNoKC4uLm1lbWJlcnMocHJvcGVydGllc1tuYW1lXSwgaW5uZXIsIGlubGluZSkpO1xuICAgIGlmIChvcHRpb25hbCkgbWVtYmVyVHlwZXMucHVzaCgndW5kZWZpbmVkJyk7XG4gICAgY29uc3QgcHJvcGVydHkgPSBwcm9wZXJ0aWVzW25hbWVdO1xuICAgIGNvbnN0IGRlc2NyaXB0aW9uID1cbiAgICAgIGlzUGxhaW5SZWNvcmQocHJvcGVydHkpICYmIHR5cGVvZiBwcm9wZXJ0eS5kZXNjcmlwdGlvbiA9PT0gJ3N0cmluZycgPyBwcm9wZXJ0eS5kZXNjcmlwdGlvbiA6IHVuZGVmaW5lZDtcbiAgICBjb25zdCBkb2MgPSBpbmxpbmUgfHwgZGVzY3JpcHRpb24gPT09IHVuZGVmaW5lZCA/ICcnIDogZG9jQ29tbWVudChkZXNjcmlwdGlvbiwgaW5uZXIpO1xuICAgIGxpbmVzLnB1c2goYCR7ZG9jfSR7cHJvcGVydHlLZXkobmFtZSl9JHtvcHRpb25hbCA/ICc/JyA6ICcnfTogJHt0ZXh0fTtgKTtcbiAgfVxuICBsZXQgaW5kZXhUeXBlOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGlmIChleHRyYSAhPT0gdW5kZWZpbmVkICYmIGV4dHJhICE9PSBmYWxzZSAmJiAhKG5hbWVzLmxlbmd0aCA9PT0gMCAmJiBleHRyYSA9PT0gdHJ1ZSkpIHtcbiAgICBpbmRleFR5cGUgPSByZW5kZXIoZXh0cmEsIGlubmVyLCBpbmxpbmUpO1xuICAgIC8vIEV2ZXJ5IGRlY2xhcmVkIHByb3BlcnR5IG11c3QgZml0IHRoZSBpbmRleCBzaWduYXR1cmUuXG4gICAgaWYgKGluZGV4VHlwZSAhPT0gJ3Vua25vd24nICYmIG5hbWVzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IGFsbCA9IG5ldyBTZXQoW2luZGV4VHlwZSwgLi4ubWVtYmVyVHlwZXNdKTtcbiAgICAgIGluZGV4VHlwZSA9IGFsbC5oYXMoJ3Vua25vd24nKSA/ICd1bmtub3duJyA6IFsuLi5hbGxdLmpvaW4oJyB8ICcpO1xuICAgIH1cbiAgfVxuICBpZiAobmFtZXMubGVuZ3RoID09PSAwKSB7XG4gICAgaWYgKGV4dHJhID09PSBmYWxzZSkgcmV0dXJuICdSZWNvcmQ8c3RyaW5nLCBuZXZlcj4nO1xuICAgIGlmIChleHRyYSA9PT0gdW5kZWZpbmVkIHx8IGV4dHJhID09PSB0cnVlKSByZXR1cm4gJ1JlY29yZDxzdHJpbmcsIHVua25vd24+JztcbiAgICByZXR1cm4gYFJlY29yZDxzdHJpbmcsICR7cmVuZGVyKGV4dHJhLCBpbmRlbnQsIGlubGluZSl9PmA7XG4gIH1cbiAgaWYgKGluZGV4VHlwZSAhPT0gdW5kZWZpbmVkKSBsaW5lcy5wdXNoKGBba2V5OiBzdHJpbmddOiAke2luZGV4VHlwZX07YCk7XG4gIGlmIChpbmxpbmUpIHJldHVybiBgeyAke2xpbmVzLmpvaW4oJyAnKX0gfWA7XG4gIHJldHVybiBge1xcbiR7bGluZXMubWFwKChsaW5lKSA9PiBgJHtpbm5lcn0ke2xpbmV9YCkuam9pbignXFxuJyl9XFxuJHtpbmRlbnR9fWA7XG59XG5cbmZ1bmN0aW9uIGRvY0NvbW1lbnQoZGVzY3JpcHRpb246IHN0cmluZywgaW5kZW50OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBsaW5lcyA9IGRlc2NyaXB0aW9uLnJlcGxhY2UoL1xcKlxcLy9nLCAnKlxcXFwvJykuc3BsaXQoL1xccj9cXG4vKTtcbiAgaWYgKGxpbmVzLmxlbmd0aCA9PT0gMSkgcmV0dXJuIGAvKiogJHtsaW5lc1swXX0gKi9cXG4ke2luZGVudH1gO1xuICByZXR1cm4gYC8qKlxcbiR7bGluZXMubWFwKChsaW5lKSA9PiBgJHtpbmRlbnR9ICoke2xpbmUgPT09ICcnID8gJycgOiBgICR7bGluZX1gfWApLmpvaW4oJ1xcbicpfVxcbiR7aW5kZW50fSAqL1xcbiR7aW5kZW50fWA7XG59XG5cbmZ1bmN0aW9uIHByb3BlcnR5S2V5KG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBJREVOVElGSUVSLnRlc3QobmFtZSkgPyBuYW1lIDogSlNPTi5zdHJpbmdpZnkobmFtZSk7XG59XG5cbmZ1bmN0aW9uIGxpdGVyYWwodmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAodmFsdWUgPT09IG51bGwpIHJldHVybiAnbnVsbCc7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ251bWJlcicgfHwgdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicpXG4gICAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHZhbHVlKTtcbiAgcmV0dXJuICd1bmtub3duJztcbn1cblxuZnVuY3Rpb24gYXNSZWNvcmQodmFsdWU6IHVua25vd24pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIHJldHVybiBpc1BsYWluUmVjb3JkKHZhbHVlKSA/IHZhbHVlIDoge307XG59XG5cbmZ1bmN0aW9uIHdpdGhvdXRLZXlzKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGtleXM6IHJlYWRvbmx5IHN0cmluZ1tdKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge307XG4gIGZvciAoY29uc3QgW2tleSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKHNjaGVtYSkpIGlmICgha2V5cy5pbmNsdWRlcyhrZXkpKSBvdXRba2V5XSA9IHZhbHVlO1xuICByZXR1cm4gb3V0O1xufVxuXG5jb25zdCBBTk5PVEFUSU9OUyA9IG5ldyBTZXQoW1xuICAnZGVzY3JpcHRpb24nLFxuICAndGl0bGUnLFxuICAnZGVmYXVsdCcsXG4gICdleGFtcGxlcycsXG4gICckc2NoZW1hJyxcbiAgJyRpZCcsXG4gICckY29tbWVudCcsXG4gICckZGVmcycsXG4gICdkZWZpbml0aW9ucycsXG5dKTtcblxuZnVuY3Rpb24gaXNFbXB0eUFubm90YXRpb24oc2NoZW1hOiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc1BsYWluUmVjb3JkKHNjaGVtYSkgJiYgT2JqZWN0LmtleXMoc2NoZW1hKS5ldmVyeSgoa2V5KSA9PiBBTk5PVEFUSU9OUy5oYXMoa2V5KSk7XG59XG4iLCAiLyoqXG4gKiB6b2QgaXNzdWVzIFx1MjE5MiB7QGxpbmsgUHJvbXB0SW5wdXRJc3N1ZX1zIGluIHBsYWluIHdvcmRzOiBgbWlzc2luZyByZXF1aXJlZCB2YXJpYWJsZSBcImN1c3RvbWVyXCIgKHN0cmluZylgLFxuICogYGV4cGVjdGVkIG9uZSBvZiBcImZvcm1hbFwiLCBcImZyaWVuZGx5XCIsIGdvdCBzdHJpbmcgXCJydWRlXCJgLCBgdW5rbm93biB2YXJpYWJsZSBcImN1c3RtZXJcIjsgZGlkIHlvdSBtZWFuIFwiY3VzdG9tZXJcIj9gLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRJbnB1dElzc3VlIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGNsb3Nlc3RNYXRjaCwgZGVzY3JpYmVWYWx1ZSB9IGZyb20gJy4vc3VnZ2VzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcbmltcG9ydCB7IGlubGluZVR5cGVUZXh0IH0gZnJvbSAnLi90eXBlc2NyaXB0LmpzJztcblxudHlwZSBQYXRoID0gUmVhZG9ubHlBcnJheTxzdHJpbmcgfCBudW1iZXI+O1xuXG4vKipcbiAqIFRyYW5zbGF0ZSB0aGUgaXNzdWVzIG9mIGEgZmFpbGVkIHpvZCBwYXJzZSBvZiBgaW5wdXRgIGFnYWluc3QgdGhlIHpvZCBmb3JtIG9mIGBzY2hlbWFgLlxuICogT3JkZXIgaXMga2VwdCAoem9kIHJlcG9ydHMgaW4gc2NoZW1hIG9yZGVyLCB1bmtub3duIGtleXMgb2YgYW4gb2JqZWN0IGFmdGVyIGl0cyBkZWNsYXJlZCBvbmVzKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHpvZElzc3Vlc1RvSW5wdXRJc3N1ZXMoXG4gIGlzc3VlczogcmVhZG9ubHkgei5jb3JlLiRab2RJc3N1ZVtdLFxuICBpbnB1dDogdW5rbm93bixcbiAgc2NoZW1hOiBKc29uU2NoZW1hLFxuKTogUHJvbXB0SW5wdXRJc3N1ZVtdIHtcbiAgY29uc3Qgb3V0OiBQcm9tcHRJbnB1dElzc3VlW10gPSBbXTtcbiAgZm9yIChjb25zdCBpc3N1ZSBvZiBpc3N1ZXMpIHtcbiAgICBjb25zdCBwYXRoOiBQYXRoID0gaXNzdWUucGF0aC5tYXAoKHNlZ21lbnQpID0+ICh0eXBlb2Ygc2VnbWVudCA9PT0gJ3N5bWJvbCcgPyBTdHJpbmcoc2VnbWVudCkgOiBzZWdtZW50KSk7XG4gICAgaWYgKGlzc3VlLmNvZGUgPT09ICd1bnJlY29nbml6ZWRfa2V5cycpIHtcbiAgICAgIGNvbnN0IHBhcmVudCA9IHNjaGVtYUF0KHNjaGVtYSwgcGF0aCk7XG4gICAgICBjb25zdCBkZWNsYXJlZCA9IHBhcmVudCA9PT0gdW5kZWZpbmVkID8gW10gOiBPYmplY3Qua2V5cygocGFyZW50LnByb3BlcnRpZXMgPz8ge30pIGFzIG9iamVjdCk7XG4gICAgICBmb3IgKGNvbnN0IGtleSBvZiBpc3N1ZS5rZXlzKSBvdXQucHVzaCh1bmtub3duS2V5SXNzdWUoWy4uLnBhdGgsIGtleV0sIGtleSwgZGVjbGFyZWQpKTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBvdXQucHVzaCh0cmFuc2xhdGUoaXNzdWUsIHBhdGgsIHZhbHVlQXQoaW5wdXQsIHBhdGgpLCBzY2hlbWFBdChzY2hlbWEsIHBhdGgpKSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuZnVuY3Rpb24gdW5rbm93bktleUlzc3VlKHBhdGg6IFBhdGgsIGtleTogc3RyaW5nLCBkZWNsYXJlZDogcmVhZG9ubHkgc3RyaW5nW10pOiBQcm9tcHRJbnB1dElzc3VlIHtcbiAgY29uc3Qgd2hhdCA9IHBhdGgubGVuZ3RoID09PSAxID8gJ3ZhcmlhYmxlJyA6ICdmaWVsZCc7XG4gIGNvbnN0IGd1ZXNzID0gY2xvc2VzdE1hdGNoKGtleSwgZGVjbGFyZWQpO1xuICBjb25zdCBoaW50ID1cbiAgICBndWVzcyAhPT0gdW5kZWZpbmVkXG4gICAgICA/IGA7IGRpZCB5b3UgbWVhbiBcIiR7Z3Vlc3N9XCI/YFxuICAgICAgOiBkZWNsYXJlZC5sZW5ndGggPT09IDBcbiAgICAgICAgPyBgOyBubyAke3doYXR9cyBhcmUgZGVjbGFyZWQgaGVyZWBcbiAgICAgICAgOiBgIChkZWNsYXJlZDogJHtkZWNsYXJlZC5qb2luKCcsICcpfSlgO1xuICByZXR1cm4geyBwYXRoLCBjb2RlOiAndW5rbm93bl9rZXknLCBtZXNzYWdlOiBgdW5rbm93biAke3doYXR9IFwiJHtrZXl9XCI6IGl0IGlzIG5vdCBpbiB0aGUgaW5wdXQgc2NoZW1hJHtoaW50fWAgfTtcbn1cblxuZnVuY3Rpb24gdHJhbnNsYXRlKGlzc3VlOiB6LmNvcmUuJFpvZElzc3VlLCBwYXRoOiBQYXRoLCB2YWx1ZTogdW5rbm93biwgYXQ6IEpzb25TY2hlbWEgfCB1bmRlZmluZWQpOiBQcm9tcHRJbnB1dElzc3VlIHtcbiAgY29uc3QgZXhwZWN0ZWQgPSBhdCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogaW5saW5lVHlwZVRleHQoYXQpO1xuICBjb25zdCBnb3QgPSBkZXNjcmliZVZhbHVlKHZhbHVlKTtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgJiYgcGF0aC5sZW5ndGggPiAwICYmIGlzVHlwZVByb2JsZW0oaXNzdWUpKSB7XG4gICAgY29uc3QgbGFzdCA9IHBhdGhbcGF0aC5sZW5ndGggLSAxXSE7XG4gICAgY29uc3Qgd2hhdCA9IHR5cGVvZiBsYXN0ID09PSAnbnVtYmVyJyA/ICdpdGVtJyA6IHBhdGgubGVuZ3RoID09PSAxID8gJ3ZhcmlhYmxlJyA6ICdmaWVsZCc7XG4gICAgY29uc3QgbmFtZSA9IHR5cGVvZiBsYXN0ID09PSAnbnVtYmVyJyA/IGAke2xhc3R9YCA6IGBcIiR7bGFzdH1cImA7XG4gICAgY29uc3QgdHlwZSA9IGV4cGVjdGVkID09PSB1bmRlZmluZWQgfHwgZXhwZWN0ZWQgPT09ICd1bmtub3duJyA/ICcnIDogYCAoJHtleHBlY3RlZH0pYDtcbiAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnbWlzc2luZycsIG1lc3NhZ2U6IGBtaXNzaW5nIHJlcXVpcmVkICR7d2hhdH0gJHtuYW1lfSR7dHlwZX1gIH07XG4gIH1cbiAgc3dpdGNoIChpc3N1ZS5jb2RlKSB7XG4gICAgY2FzZSAnaW52YWxpZF90eXBlJzoge1xuICAgICAgaWYgKHBhdGgubGVuZ3RoID09PSAwKVxuICAgICAgICByZXR1cm4geyBwYXRoLCBjb2RlOiAnaW52YWxpZF90eXBlJywgbWVzc2FnZTogYGV4cGVjdGVkIGFuIG9iamVjdCBvZiB2YXJpYWJsZXMsIGdvdCAke2dvdH1gIH07XG4gICAgICBjb25zdCB3YW50ZWQgPSBleHBlY3RlZCA/PyAoaXNzdWUuZXhwZWN0ZWQgPT09ICdpbnQnID8gJ2ludGVnZXInIDogaXNzdWUuZXhwZWN0ZWQpO1xuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGBleHBlY3RlZCAke3dhbnRlZH0sIGdvdCAke2dvdH1gIH07XG4gICAgfVxuICAgIGNhc2UgJ2ludmFsaWRfdmFsdWUnOiB7XG4gICAgICBjb25zdCB2YWx1ZXMgPSBpc3N1ZS52YWx1ZXMubWFwKCh2KSA9PiAodHlwZW9mIHYgPT09ICdzdHJpbmcnID8gSlNPTi5zdHJpbmdpZnkodikgOiBTdHJpbmcodikpKTtcbiAgICAgIGNvbnN0IHdhbnRlZCA9IHZhbHVlcy5sZW5ndGggPT09IDEgPyB2YWx1ZXNbMF0gOiBgb25lIG9mICR7dmFsdWVzLmpvaW4oJywgJyl9YDtcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkX3ZhbHVlJywgbWVzc2FnZTogYGV4cGVjdGVkICR7d2FudGVkfSwgZ290ICR7Z290fWAgfTtcbiAgICB9XG4gICAgY2FzZSAndG9vX3NtYWxsJzpcbiAgICBjYXNlICd0b29fYmlnJzpcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6IGlzc3VlLmNvZGUsIG1lc3NhZ2U6IGAke3NpemVSdWxlKGlzc3VlKX0sIGdvdCAke3NpemVPZihpc3N1ZS5vcmlnaW4sIHZhbHVlLCBnb3QpfWAgfTtcbiAgICBjYXNlICdpbnZhbGlkX2Zvcm1hdCc6IHtcbiAgICAgIGNvbnN0IHBhdHRlcm4gPSAncGF0dGVybicgaW4gaXNzdWUgJiYgdHlwZW9mIGlzc3VlLnBhdHRlcm4gPT09ICdzdHJpbmcnID8gaXNzdWUucGF0dGVybiA6IHVuZGVmaW5lZDtcbiAgICAgIGNvbnN0IHJ1bGUgPSBwYXR0ZXJuID09PSB1bmRlZmluZWQgPyBgbXVzdCBiZSBhIHZhbGlkICR7aXNzdWUuZm9ybWF0fWAgOiBgbXVzdCBtYXRjaCB0aGUgcGF0dGVybiAke3BhdHRlcm59YDtcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkX2Zvcm1hdCcsIG1lc3NhZ2U6IGAke3J1bGV9LCBnb3QgJHtnb3R9YCB9O1xuICAgIH1cbiAgICBjYXNlICdub3RfbXVsdGlwbGVfb2YnOlxuICAgICAgcmV0dXJuIHsgcGF0aCwgY29kZTogJ25vdF9tdWx0aXBsZV9vZicsIG1lc3NhZ2U6IGBtdXN0IGJlIGEgbXVsdGlwbGUgb2YgJHtTdHJpbmcoaXNzdWUuZGl2aXNvcil9LCBnb3QgJHtnb3R9YCB9O1xuICAgIGNhc2UgJ2ludmFsaWRfdW5pb24nOiB7XG4gICAgICBpZiAoaXNzdWUuZXJyb3JzLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIHBhdGgsXG4gICAgICAgICAgY29kZTogJ2ludmFsaWRfdW5pb24nLFxuICAgICAgICAgIG1lc3NhZ2U6IGBtYXRjaGVzIG1vcmUgdGhhbiBvbmUgb2YgdGhlIFwib25lT2ZcIiBhbHRlcm5hdGl2ZXMsIGdvdCAke2dvdH07IGl0IG11c3QgbWF0Y2ggZXhhY3RseSBvbmVgLFxuICAgICAgICB9O1xuICAgICAgfVxuICAgICAgY29uc3Qgd2FudGVkID0gZXhwZWN0ZWQgPT09IHVuZGVmaW5lZCA/ICdhIHZhbHVlIG9mIG9uZSBvZiB0aGUgYWxsb3dlZCB0eXBlcycgOiBleHBlY3RlZDtcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkX3VuaW9uJywgbWVzc2FnZTogYGV4cGVjdGVkICR7d2FudGVkfSwgZ290ICR7Z290fWAgfTtcbiAgICB9XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB7IHBhdGgsIGNvZGU6ICdpbnZhbGlkJywgbWVzc2FnZTogaXNzdWUubWVzc2FnZSB9O1xuICB9XG59XG5cbmZ1bmN0aW9uIGlzVHlwZVByb2JsZW0oaXNzdWU6IHouY29yZS4kWm9kSXNzdWUpOiBib29sZWFuIHtcbiAgcmV0dXJuIGlzc3VlLmNvZGUgPT09ICdpbnZhbGlkX3R5cGUnIHx8IGlzc3VlLmNvZGUgPT09ICdpbnZhbGlkX3ZhbHVlJyB8fCBpc3N1ZS5jb2RlID09PSAnaW52YWxpZF91bmlvbic7XG59XG5cbmZ1bmN0aW9uIHNpemVSdWxlKGlzc3VlOiB6LmNvcmUuJFpvZElzc3VlVG9vU21hbGwgfCB6LmNvcmUuJFpvZElzc3VlVG9vQmlnKTogc3RyaW5nIHtcbiAgY29uc3Qgc21hbGwgPSBpc3N1ZS5jb2RlID09PSAndG9vX3NtYWxsJztcbiAgY29uc3QgbGltaXQgPSBzbWFsbCA/IChpc3N1ZSBhcyB6LmNvcmUuJFpvZElzc3VlVG9vU21hbGwpLm1pbmltdW0gOiAoaXNzdWUgYXMgei5jb3JlLiRab2RJc3N1ZVRvb0JpZykubWF4aW11bTtcbiAgY29uc3QgYm91bmQgPSBTdHJpbmcobGltaXQpO1xuICBjb25zdCBpbmNsdXNpdmUgPSBpc3N1ZS5pbmNsdXNpdmUgIT09IGZhbHNlO1xuICBzd2l0Y2ggKGlzc3VlLm9yaWdpbikge1xuICAgIGNhc2UgJ3N0cmluZyc6XG4gICAgICByZXR1cm4gYG11c3QgYmUgJHtzbWFsbCA/ICdhdCBsZWFzdCcgOiAnYXQgbW9zdCd9ICR7Ym91bmR9IGNoYXJhY3RlcnMgbG9uZ2A7XG4gICAgY2FzZSAnYXJyYXknOlxuICAgICAgcmV0dXJuIGBtdXN0IGhhdmUgJHtzbWFsbCA/ICdhdCBsZWFzdCcgOiAnYXQgbW9zdCd9ICR7Ym91bmR9IGl0ZW1zYDtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIGBtdXN0IGJlICR7c21hbGwgPyAoaW5jbHVzaXZlID8gJz49JyA6ICc+JykgOiBpbmNsdXNpdmUgPyAnPD0nIDogJzwnfSAke2JvdW5kfWA7XG4gIH1cbn1cblxuZnVuY3Rpb24gc2l6ZU9mKG9yaWdpbjogc3RyaW5nLCB2YWx1ZTogdW5rbm93biwgZ290OiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAob3JpZ2luID09PSAnc3RyaW5nJyAmJiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gYCR7dmFsdWUubGVuZ3RofSBjaGFyYWN0ZXJzYDtcbiAgaWYgKG9yaWdpbiA9PT0gJ2FycmF5JyAmJiBBcnJheS5pc0FycmF5KHZhbHVlKSkgcmV0dXJuIGAke3ZhbHVlLmxlbmd0aH0gaXRlbXNgO1xuICByZXR1cm4gZ290O1xufVxuXG4vKiogVGhlIGlucHV0IHZhbHVlIGF0IGBwYXRoYCwgcmVhZGluZyBvd24gcHJvcGVydGllcyBvbmx5LiAqL1xuZnVuY3Rpb24gdmFsdWVBdChpbnB1dDogdW5rbm93biwgcGF0aDogUGF0aCk6IHVua25vd24ge1xuICBsZXQgdmFsdWUgPSBpbnB1dDtcbiAgZm9yIChjb25zdCBzZWdtZW50IG9mIHBhdGgpIHtcbiAgICBpZiAodHlwZW9mIHZhbHVlICE9PSAnb2JqZWN0JyB8fCB2YWx1ZSA9PT0gbnVsbCB8fCAhT2JqZWN0Lmhhc093bih2YWx1ZSwgc2VnbWVudCkpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgdmFsdWUgPSAodmFsdWUgYXMgUmVjb3JkPHN0cmluZyB8IG51bWJlciwgdW5rbm93bj4pW3NlZ21lbnRdO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqIFRoZSAobm9ybWFsaXplZCkgc3ViLXNjaGVtYSBhdCBgcGF0aGAsIHdoZW4gdGhlIHBhdGggbGVhZHMgdGhyb3VnaCBwbGFpbiBvYmplY3RzIGFuZCBhcnJheXMuICovXG5mdW5jdGlvbiBzY2hlbWFBdChzY2hlbWE6IEpzb25TY2hlbWEsIHBhdGg6IFBhdGgpOiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkIHtcbiAgbGV0IG5vZGU6IEpzb25TY2hlbWEgfCB1bmRlZmluZWQgPSBzY2hlbWE7XG4gIGZvciAoY29uc3Qgc2VnbWVudCBvZiBwYXRoKSB7XG4gICAgaWYgKG5vZGUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBpZiAodHlwZW9mIHNlZ21lbnQgPT09ICdudW1iZXInKSB7XG4gICAgICBub2RlID0gbm9kZS5pdGVtcyBhcyBKc29uU2NoZW1hIHwgdW5kZWZpbmVkO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IHByb3BlcnRpZXMgPSBub2RlLnByb3BlcnRpZXMgYXMgUmVjb3JkPHN0cmluZywgSnNvblNjaGVtYT4gfCB1bmRlZmluZWQ7XG4gICAgaWYgKHByb3BlcnRpZXMgIT09IHVuZGVmaW5lZCAmJiBPYmplY3QuaGFzT3duKHByb3BlcnRpZXMsIHNlZ21lbnQpKSBub2RlID0gcHJvcGVydGllc1tzZWdtZW50XTtcbiAgICBlbHNlIGlmICh0eXBlb2Ygbm9kZS5hZGRpdGlvbmFsUHJvcGVydGllcyA9PT0gJ29iamVjdCcpIG5vZGUgPSBub2RlLmFkZGl0aW9uYWxQcm9wZXJ0aWVzIGFzIEpzb25TY2hlbWE7XG4gICAgZWxzZSByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIHJldHVybiBub2RlO1xufVxuIiwgIi8qKlxuICogU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvcnMgKHpvZCwgdmFsaWJvdCwgYXJrdHlwZSwgXHUyMDI2IFx1MjAxNCBodHRwczovL3N0YW5kYXJkc2NoZW1hLmRldikgYXMgaW5wdXQgc2NoZW1hcy5cbiAqIEBtb2R1bGVcbiAqL1xuXG5pbXBvcnQgdHlwZSAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24sIHR5cGUgUHJvbXB0SW5wdXRJc3N1ZSB9IGZyb20gJy4uLy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyB6b2RJc3N1ZXNUb0lucHV0SXNzdWVzIH0gZnJvbSAnLi9pc3N1ZXMuanMnO1xuaW1wb3J0IHsgaXNQbGFpblJlY29yZCB9IGZyb20gJy4vcGljb3NjaGVtYS5qcyc7XG5pbXBvcnQgdHlwZSB7IElucHV0U2NoZW1hLCBJbnB1dFZhbGlkYXRpb25SZXN1bHQsIEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcbmltcG9ydCB7IGpzb25TY2hlbWFUb1R5cGVTY3JpcHQgfSBmcm9tICcuL3R5cGVzY3JpcHQuanMnO1xuXG4vKiogVGhlIHBhcnQgb2YgdGhlIFN0YW5kYXJkIFNjaGVtYSB2MSBpbnRlcmZhY2UgdGhhdCBwcm9tcHRvcHMgdXNlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU3RhbmRhcmRTY2hlbWFMaWtlIHtcbiAgcmVhZG9ubHkgJ35zdGFuZGFyZCc6IHtcbiAgICByZWFkb25seSB2ZXJzaW9uOiBudW1iZXI7XG4gICAgcmVhZG9ubHkgdmVuZG9yOiBzdHJpbmc7XG4gICAgcmVhZG9ubHkgdmFsaWRhdGU6ICh2YWx1ZTogdW5rbm93bikgPT4gU3RhbmRhcmRSZXN1bHQgfCBQcm9taXNlTGlrZTxTdGFuZGFyZFJlc3VsdD47XG4gICAgcmVhZG9ubHkganNvblNjaGVtYT86IHsgcmVhZG9ubHkgaW5wdXQ/OiAob3B0aW9uczogeyB0YXJnZXQ6IHN0cmluZyB9KSA9PiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9O1xuICB9O1xufVxuXG50eXBlIFN0YW5kYXJkUmVzdWx0ID1cbiAgfCB7IHJlYWRvbmx5IHZhbHVlOiB1bmtub3duOyByZWFkb25seSBpc3N1ZXM/OiB1bmRlZmluZWQgfVxuICB8IHsgcmVhZG9ubHkgaXNzdWVzOiBSZWFkb25seUFycmF5PFN0YW5kYXJkSXNzdWU+IH07XG5cbi8qKiBUcnVlIHdoZW4gYHZhbHVlYCBpcyBhIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3IgKGhhcyBgJ35zdGFuZGFyZCdgIHdpdGggYSBgdmFsaWRhdGVgIGZ1bmN0aW9uKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1N0YW5kYXJkU2NoZW1hKHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgU3RhbmRhcmRTY2hlbWFMaWtlIHtcbiAgaWYgKCh0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnICYmIHR5cGVvZiB2YWx1ZSAhPT0gJ2Z1bmN0aW9uJykgfHwgdmFsdWUgPT09IG51bGwpIHJldHVybiBmYWxzZTtcbiAgY29uc3Qgc3RhbmRhcmQgPSAodmFsdWUgYXMgeyAnfnN0YW5kYXJkJz86IHVua25vd24gfSlbJ35zdGFuZGFyZCddO1xuICByZXR1cm4gaXNQbGFpblJlY29yZE9yT2JqZWN0KHN0YW5kYXJkKSAmJiB0eXBlb2YgKHN0YW5kYXJkIGFzIHsgdmFsaWRhdGU/OiB1bmtub3duIH0pLnZhbGlkYXRlID09PSAnZnVuY3Rpb24nO1xufVxuXG5mdW5jdGlvbiBpc1BsYWluUmVjb3JkT3JPYmplY3QodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBvYmplY3Qge1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbDtcbn1cblxuLyoqXG4gKiBUaGUgSlNPTiBTY2hlbWEgb2YgYSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yJ3MgaW5wdXQsIHdoZW4gaXQgY2FuIHNheTogdGhyb3VnaCB0aGUgU3RhbmRhcmRcbiAqIEpTT04gU2NoZW1hIGludGVyZmFjZSAoYCd+c3RhbmRhcmQnLmpzb25TY2hlbWEuaW5wdXRgLCB6b2QgNCBjbGFzc2ljLCBhcmt0eXBlXHUyMDI2KSwgYVxuICogYHRvSlNPTlNjaGVtYSgpYCBtZXRob2QsIG9yLCBmb3Igem9kL21pbmkgb2JqZWN0cywgdGhlIGtleXMgb2YgdGhlaXIgc2hhcGUgKGVhY2ggdHlwZWQgYHt9YCkuXG4gKiBgdW5kZWZpbmVkYCB3aGVuIG5vbmUgd29ya3MuIE5ldmVyIHRocm93cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYTogU3RhbmRhcmRTY2hlbWFMaWtlKTogSnNvblNjaGVtYSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGF0dGVtcHRzOiBBcnJheTwoKSA9PiB1bmtub3duPiA9IFtcbiAgICAoKSA9PiBzY2hlbWFbJ35zdGFuZGFyZCddLmpzb25TY2hlbWE/LmlucHV0Py4oeyB0YXJnZXQ6ICdkcmFmdC0yMDIwLTEyJyB9KSxcbiAgICAoKSA9PiB7XG4gICAgICBjb25zdCBtZXRob2QgPSAoc2NoZW1hIGFzIHsgdG9KU09OU2NoZW1hPzogdW5rbm93biB9KS50b0pTT05TY2hlbWE7XG4gICAgICByZXR1cm4gdHlwZW9mIG1ldGhvZCA9PT0gJ2Z1bmN0aW9uJyA/IG1ldGhvZC5jYWxsKHNjaGVtYSkgOiB1bmRlZmluZWQ7XG4gICAgfSxcbiAgICAoKSA9PiBzaGFwZUpzb25TY2hlbWEoc2NoZW1hKSxcbiAgXTtcbiAgZm9yIChjb25zdCBhdHRlbXB0IG9mIGF0dGVtcHRzKSB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF0dGVtcHQoKTtcbiAgICAgIGlmIChpc1BsYWluUmVjb3JkKHJlc3VsdCkpIHJldHVybiByZXN1bHQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBDb252ZXJzaW9uIGlzIG9wdGlvbmFsOiB0cnkgdGhlIG5leHQgd2F5LlxuICAgIH1cbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG4vKiogem9kIG9iamVjdHMgZXhwb3NlIGAuc2hhcGVgOyBvcHRpb25hbCBtZW1iZXJzIHNheSBzbyBpbiBgX3pvZC5vcHRpbmAuICovXG5mdW5jdGlvbiBzaGFwZUpzb25TY2hlbWEoc2NoZW1hOiBTdGFuZGFyZFNjaGVtYUxpa2UpOiBKc29uU2NoZW1hIHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2hhcGUgPSAoc2NoZW1hIGFzIHsgc2hhcGU/OiB1bmtub3duIH0pLnNoYXBlO1xuICBpZiAoIWlzUGxhaW5SZWNvcmQoc2hhcGUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBwcm9wZXJ0aWVzOiBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPiA9IHt9O1xuICBjb25zdCByZXF1aXJlZDogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBba2V5LCBtZW1iZXJdIG9mIE9iamVjdC5lbnRyaWVzKHNoYXBlKSkge1xuICAgIHByb3BlcnRpZXNba2V5XSA9IHt9O1xuICAgIGNvbnN0IG9wdGluID0gKG1lbWJlciBhcyB7IF96b2Q/OiB7IG9wdGluPzogdW5rbm93biB9IH0gfCB1bmRlZmluZWQpPy5fem9kPy5vcHRpbjtcbiAgICBpZiAob3B0aW4gIT09ICdvcHRpb25hbCcpIHJlcXVpcmVkLnB1c2goa2V5KTtcbiAgfVxuICByZXR1cm4geyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllcywgcmVxdWlyZWQgfTtcbn1cblxuLyoqXG4gKiBXcmFwIGEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvciBhcyBhbiB7QGxpbmsgSW5wdXRTY2hlbWF9LiBWYWxpZGF0aW9uIG11c3QgYmUgc3luY2hyb25vdXNcbiAqIChwcm9tcHRvcHMgcmVuZGVycyBzeW5jaHJvbm91c2x5KTogYSB2YWxpZGF0b3IgdGhhdCBhbnN3ZXJzIHdpdGggYSBwcm9taXNlIGlzIGFcbiAqIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0sIGZvdW5kIHdoZW4gdGhlIHNjaGVtYSBpcyBjb21waWxlZCAob25lIHByb2JlIHdpdGggYHt9YCkgb3IsIGF0IHRoZVxuICogbGF0ZXN0LCBvbiB0aGUgZmlyc3QgcmVuZGVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tcGlsZVN0YW5kYXJkU2NoZW1hKHNjaGVtYTogU3RhbmRhcmRTY2hlbWFMaWtlLCBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7fSk6IElucHV0U2NoZW1hIHtcbiAgY29uc3Qgc3RhbmRhcmQgPSBzY2hlbWFbJ35zdGFuZGFyZCddO1xuICBjb25zdCBhc3luY0Vycm9yID0gKCkgPT5cbiAgICBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICBgdGhlIGlucHV0IHNjaGVtYSAoJHtzdGFuZGFyZC52ZW5kb3J9KSB2YWxpZGF0ZXMgYXN5bmNocm9ub3VzbHksIGJ1dCBwcm9tcHRzIHJlbmRlciBzeW5jaHJvbm91c2x5OiBgICtcbiAgICAgICAgJ3JlbW92ZSBhc3luYyByZWZpbmVtZW50cyBvciB0cmFuc2Zvcm1zIGZyb20gaXQnLFxuICAgICAgeyAuLi5sb2NhdGlvbiwgZmllbGQ6IGxvY2F0aW9uLmZpZWxkID8/ICdpbnB1dC5zY2hlbWEnIH0sXG4gICAgKTtcbiAgY29uc3QgcHJvYmUgPSBzdGFuZGFyZC52YWxpZGF0ZSh7fSk7XG4gIGlmIChpc1RoZW5hYmxlKHByb2JlKSkge1xuICAgIFByb21pc2UucmVzb2x2ZShwcm9iZSkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICB0aHJvdyBhc3luY0Vycm9yKCk7XG4gIH1cblxuICBjb25zdCBkZXJpdmVkID0gc3RhbmRhcmRTY2hlbWFUb0pzb25TY2hlbWEoc2NoZW1hKTtcbiAgY29uc3QganNvblNjaGVtYTogSnNvblNjaGVtYSA9IGRlcml2ZWQgPz8geyB0eXBlOiAnb2JqZWN0JyB9O1xuICBjb25zdCBwcm9wZXJ0eU1hcCA9IGlzUGxhaW5SZWNvcmQoanNvblNjaGVtYS5wcm9wZXJ0aWVzKSA/IGpzb25TY2hlbWEucHJvcGVydGllcyA6IHt9O1xuICBjb25zdCBwcm9wZXJ0aWVzID0gT2JqZWN0LmtleXMocHJvcGVydHlNYXApO1xuICBjb25zdCByZXF1aXJlZCA9IEFycmF5LmlzQXJyYXkoanNvblNjaGVtYS5yZXF1aXJlZClcbiAgICA/IGpzb25TY2hlbWEucmVxdWlyZWQuZmlsdGVyKChuYW1lKTogbmFtZSBpcyBzdHJpbmcgPT4gdHlwZW9mIG5hbWUgPT09ICdzdHJpbmcnKVxuICAgIDogW107XG4gIGxldCB0eXBlVGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0IGNvbXBpbGVkOiBJbnB1dFNjaGVtYSA9IHtcbiAgICBqc29uU2NoZW1hLFxuICAgIHByb3BlcnRpZXMsXG4gICAgcmVxdWlyZWQsXG4gICAgdmFsaWRhdGUodmFsdWU6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogSW5wdXRWYWxpZGF0aW9uUmVzdWx0IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IHN0YW5kYXJkLnZhbGlkYXRlKHZhbHVlKTtcbiAgICAgIGlmIChpc1RoZW5hYmxlKHJlc3VsdCkpIHtcbiAgICAgICAgUHJvbWlzZS5yZXNvbHZlKHJlc3VsdCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICAgICAgdGhyb3cgYXN5bmNFcnJvcigpO1xuICAgICAgfVxuICAgICAgaWYgKHJlc3VsdC5pc3N1ZXMgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHsgb2s6IHRydWUsIHZhbHVlOiByZXN1bHQudmFsdWUgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfTtcbiAgICAgIHJldHVybiB7IG9rOiBmYWxzZSwgaXNzdWVzOiByZXN1bHQuaXNzdWVzLmZsYXRNYXAoKGlzc3VlKSA9PiB0b0lucHV0SXNzdWVzKGlzc3VlLCB2YWx1ZSkpIH07XG4gICAgfSxcbiAgICB0b1R5cGVTY3JpcHQoKTogc3RyaW5nIHtcbiAgICAgIHR5cGVUZXh0ID8/PSBqc29uU2NoZW1hVG9UeXBlU2NyaXB0KGpzb25TY2hlbWEpO1xuICAgICAgcmV0dXJuIHR5cGVUZXh0O1xuICAgIH0sXG4gIH07XG4gIHJldHVybiBjb21waWxlZDtcblxuICAvKiogem9kL21pbmkgY2FycmllcyBubyBtZXNzYWdlIHRleHRzIChcIkludmFsaWQgaW5wdXRcIik6IHdvcmQgdGhvc2UgaXNzdWVzIGxpa2UgcHJvbXB0b3BzJ3Mgb3duLiAqL1xuICBmdW5jdGlvbiB0b0lucHV0SXNzdWVzKGlzc3VlOiBTdGFuZGFyZElzc3VlLCB2YWx1ZTogdW5rbm93bik6IFByb21wdElucHV0SXNzdWVbXSB7XG4gICAgaWYgKHN0YW5kYXJkLnZlbmRvciA9PT0gJ3pvZCcgJiYgaXNzdWUubWVzc2FnZSA9PT0gJ0ludmFsaWQgaW5wdXQnICYmIHR5cGVvZiBpc3N1ZS5jb2RlID09PSAnc3RyaW5nJykge1xuICAgICAgcmV0dXJuIHpvZElzc3Vlc1RvSW5wdXRJc3N1ZXMoW2lzc3VlIGFzIHVua25vd24gYXMgei5jb3JlLiRab2RJc3N1ZV0sIHZhbHVlLCBqc29uU2NoZW1hKTtcbiAgICB9XG4gICAgcmV0dXJuIFt0b0lucHV0SXNzdWUoaXNzdWUpXTtcbiAgfVxufVxuXG50eXBlIFN0YW5kYXJkSXNzdWUgPSB7XG4gIHJlYWRvbmx5IG1lc3NhZ2U6IHN0cmluZztcbiAgcmVhZG9ubHkgcGF0aD86IFJlYWRvbmx5QXJyYXk8UHJvcGVydHlLZXkgfCB7IHJlYWRvbmx5IGtleTogUHJvcGVydHlLZXkgfT4gfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5IGNvZGU/OiB1bmtub3duO1xufTtcblxuZnVuY3Rpb24gdG9JbnB1dElzc3VlKGlzc3VlOiBTdGFuZGFyZElzc3VlKTogUHJvbXB0SW5wdXRJc3N1ZSB7XG4gIGNvbnN0IHBhdGggPSAoaXNzdWUucGF0aCA/PyBbXSkubWFwKChzZWdtZW50KSA9PiB7XG4gICAgY29uc3Qga2V5ID0gdHlwZW9mIHNlZ21lbnQgPT09ICdvYmplY3QnICYmIHNlZ21lbnQgIT09IG51bGwgPyBzZWdtZW50LmtleSA6IHNlZ21lbnQ7XG4gICAgcmV0dXJuIHR5cGVvZiBrZXkgPT09ICdudW1iZXInID8ga2V5IDogU3RyaW5nKGtleSk7XG4gIH0pO1xuICByZXR1cm4geyBwYXRoLCBtZXNzYWdlOiBpc3N1ZS5tZXNzYWdlLCBjb2RlOiB0eXBlb2YgaXNzdWUuY29kZSA9PT0gJ3N0cmluZycgPyBpc3N1ZS5jb2RlIDogJ2ludmFsaWQnIH07XG59XG5cbmZ1bmN0aW9uIGlzVGhlbmFibGUodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBQcm9taXNlTGlrZTx1bmtub3duPiB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmIHR5cGVvZiAodmFsdWUgYXMgeyB0aGVuPzogdW5rbm93biB9KS50aGVuID09PSAnZnVuY3Rpb24nO1xufVxuIiwgIi8qKlxuICogTm9ybWFsaXplZCBKU09OIFNjaGVtYSBcdTIxOTIgem9kL21pbmkgc2NoZW1hOiB0aGUgYXV0aG9yaXR5IG9uIHdoYXQgaW5wdXQgaXMgdmFsaWQuXG4gKiBPbmx5IGB6b2QvbWluaWAgaXMgaW1wb3J0ZWQgaGVyZSwgdG8ga2VlcCB0aGUgYnJvd3NlciBidW5kbGUgc21hbGwuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgY29tcGlsZVBhdHRlcm4gfSBmcm9tICcuL2pzb24tc2NoZW1hLmpzJztcbmltcG9ydCB0eXBlIHsgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKiogQSB6b2QvbWluaSBzY2hlbWEgb2YgYW55IHNoYXBlLiAqL1xuZXhwb3J0IHR5cGUgWm9kTWluaVNjaGVtYSA9IHouWm9kTWluaVR5cGU7XG5cbi8qKlxuICogQnVpbGQgdGhlIHpvZC9taW5pIHNjaGVtYSBmb3IgYSBzY2hlbWEgbm9ybWFsaXplZCBieSBgbm9ybWFsaXplSnNvblNjaGVtYWAuXG4gKiBPYmplY3RzIGFyZSBzdHJpY3Qgd2l0aCBgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlYCwgdGFrZSBhIGNhdGNoLWFsbCB3aXRoIGEgc2NoZW1hLCBhbmQgYXJlXG4gKiBsb29zZSBvdGhlcndpc2UgKGV4dHJhIGtleXMgYXJlIGtlcHQsIG5ldmVyIHN0cmlwcGVkOiB0aGV5IG1heSBiZSByZW5kZXJlZCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBqc29uU2NoZW1hVG9ab2Qoc2NoZW1hOiBKc29uU2NoZW1hKTogWm9kTWluaVNjaGVtYSB7XG4gIGlmIChzY2hlbWEuY29uc3QgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHoubGl0ZXJhbChzY2hlbWEuY29uc3QgYXMgei5jb3JlLnV0aWwuTGl0ZXJhbCk7XG4gIGlmIChBcnJheS5pc0FycmF5KHNjaGVtYS5lbnVtKSkgcmV0dXJuIHoubGl0ZXJhbChzY2hlbWEuZW51bSBhcyB6LmNvcmUudXRpbC5MaXRlcmFsW10pO1xuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEuYW55T2YpKSByZXR1cm4gei51bmlvbigoc2NoZW1hLmFueU9mIGFzIEpzb25TY2hlbWFbXSkubWFwKGpzb25TY2hlbWFUb1pvZCkpO1xuICBpZiAoQXJyYXkuaXNBcnJheShzY2hlbWEub25lT2YpKSByZXR1cm4gei54b3IoKHNjaGVtYS5vbmVPZiBhcyBKc29uU2NoZW1hW10pLm1hcChqc29uU2NoZW1hVG9ab2QpKTtcbiAgY29uc3QgdHlwZSA9IHNjaGVtYS50eXBlO1xuICBpZiAodHlwZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gei51bmtub3duKCk7XG4gIGNvbnN0IHR5cGVzID0gQXJyYXkuaXNBcnJheSh0eXBlKSA/ICh0eXBlIGFzIHN0cmluZ1tdKSA6IFt0eXBlIGFzIHN0cmluZ107XG4gIGNvbnN0IG51bGxhYmxlID0gdHlwZXMuaW5jbHVkZXMoJ251bGwnKTtcbiAgY29uc3QgbWVtYmVycyA9IHR5cGVzLmZpbHRlcigodCkgPT4gdCAhPT0gJ251bGwnKS5tYXAoKHQpID0+IHR5cGVkKHQsIHNjaGVtYSkpO1xuICBpZiAobWVtYmVycy5sZW5ndGggPT09IDApIHJldHVybiB6Lm51bGwoKTtcbiAgY29uc3QgYmFzZSA9IG1lbWJlcnMubGVuZ3RoID09PSAxID8gbWVtYmVyc1swXSEgOiB6LnVuaW9uKG1lbWJlcnMpO1xuICByZXR1cm4gbnVsbGFibGUgPyB6Lm51bGxhYmxlKGJhc2UpIDogYmFzZTtcbn1cblxuZnVuY3Rpb24gdHlwZWQodHlwZTogc3RyaW5nLCBzY2hlbWE6IEpzb25TY2hlbWEpOiBab2RNaW5pU2NoZW1hIHtcbiAgc3dpdGNoICh0eXBlKSB7XG4gICAgY2FzZSAnc3RyaW5nJzpcbiAgICAgIHJldHVybiBzdHJpbmdTY2hlbWEoc2NoZW1hKTtcbiAgICBjYXNlICdudW1iZXInOlxuICAgIGNhc2UgJ2ludGVnZXInOlxuICAgICAgcmV0dXJuIG51bWJlclNjaGVtYSh0eXBlLCBzY2hlbWEpO1xuICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgICAgcmV0dXJuIHouYm9vbGVhbigpO1xuICAgIGNhc2UgJ2FycmF5Jzoge1xuICAgICAgY29uc3QgaXRlbXMgPSBzY2hlbWEuaXRlbXMgPT09IHVuZGVmaW5lZCA/IHoudW5rbm93bigpIDoganNvblNjaGVtYVRvWm9kKHNjaGVtYS5pdGVtcyBhcyBKc29uU2NoZW1hKTtcbiAgICAgIGNvbnN0IGNoZWNrczogQXJyYXk8ei5jb3JlLkNoZWNrRm48dW5rbm93bltdPiB8IHouY29yZS4kWm9kQ2hlY2s8dW5rbm93bltdPj4gPSBbXTtcbiAgICAgIGlmICh0eXBlb2Ygc2NoZW1hLm1pbkl0ZW1zID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5taW5MZW5ndGgoc2NoZW1hLm1pbkl0ZW1zKSk7XG4gICAgICBpZiAodHlwZW9mIHNjaGVtYS5tYXhJdGVtcyA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubWF4TGVuZ3RoKHNjaGVtYS5tYXhJdGVtcykpO1xuICAgICAgY29uc3QgYXJyYXkgPSB6LmFycmF5KGl0ZW1zKTtcbiAgICAgIHJldHVybiBjaGVja3MubGVuZ3RoID4gMCA/IGFycmF5LmNoZWNrKC4uLmNoZWNrcykgOiBhcnJheTtcbiAgICB9XG4gICAgY2FzZSAnb2JqZWN0JzpcbiAgICAgIHJldHVybiBvYmplY3RTY2hlbWEoc2NoZW1hKTtcbiAgICBkZWZhdWx0OlxuICAgICAgdGhyb3cgbmV3IFR5cGVFcnJvcihgdW5ub3JtYWxpemVkIEpTT04gU2NoZW1hIHR5cGUgJHtKU09OLnN0cmluZ2lmeSh0eXBlKX1gKTtcbiAgfVxufVxuXG5mdW5jdGlvbiBzdHJpbmdTY2hlbWEoc2NoZW1hOiBKc29uU2NoZW1hKTogWm9kTWluaVNjaGVtYSB7XG4gIGNvbnN0IGNoZWNrczogQXJyYXk8ei5jb3JlLiRab2RDaGVjazxzdHJpbmc+PiA9IFtdO1xuICBpZiAodHlwZW9mIHNjaGVtYS5taW5MZW5ndGggPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lm1pbkxlbmd0aChzY2hlbWEubWluTGVuZ3RoKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLm1heExlbmd0aCA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHoubWF4TGVuZ3RoKHNjaGVtYS5tYXhMZW5ndGgpKTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEucGF0dGVybiA9PT0gJ3N0cmluZycpIHtcbiAgICBjb25zdCByZWdleCA9IGNvbXBpbGVQYXR0ZXJuKHNjaGVtYS5wYXR0ZXJuKTtcbiAgICBpZiAocmVnZXggIT09IHVuZGVmaW5lZCkgY2hlY2tzLnB1c2goei5yZWdleChyZWdleCkpO1xuICB9XG4gIGNvbnN0IHN0cmluZyA9IHouc3RyaW5nKCk7XG4gIHJldHVybiBjaGVja3MubGVuZ3RoID4gMCA/IHN0cmluZy5jaGVjayguLi5jaGVja3MpIDogc3RyaW5nO1xufVxuXG5mdW5jdGlvbiBudW1iZXJTY2hlbWEodHlwZTogJ251bWJlcicgfCAnaW50ZWdlcicsIHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBjb25zdCBjaGVja3M6IEFycmF5PHouY29yZS4kWm9kQ2hlY2s8bnVtYmVyPj4gPSBbXTtcbiAgaWYgKHR5cGVvZiBzY2hlbWEubWluaW11bSA9PT0gJ251bWJlcicpIGNoZWNrcy5wdXNoKHouZ3RlKHNjaGVtYS5taW5pbXVtKSk7XG4gIGlmICh0eXBlb2Ygc2NoZW1hLm1heGltdW0gPT09ICdudW1iZXInKSBjaGVja3MucHVzaCh6Lmx0ZShzY2hlbWEubWF4aW11bSkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5leGNsdXNpdmVNaW5pbXVtID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5ndChzY2hlbWEuZXhjbHVzaXZlTWluaW11bSkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5leGNsdXNpdmVNYXhpbXVtID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5sdChzY2hlbWEuZXhjbHVzaXZlTWF4aW11bSkpO1xuICBpZiAodHlwZW9mIHNjaGVtYS5tdWx0aXBsZU9mID09PSAnbnVtYmVyJykgY2hlY2tzLnB1c2goei5tdWx0aXBsZU9mKHNjaGVtYS5tdWx0aXBsZU9mKSk7XG4gIGNvbnN0IG51bWJlciA9IHR5cGUgPT09ICdpbnRlZ2VyJyA/IHouaW50KCkgOiB6Lm51bWJlcigpO1xuICByZXR1cm4gY2hlY2tzLmxlbmd0aCA+IDAgPyBudW1iZXIuY2hlY2soLi4uY2hlY2tzKSA6IG51bWJlcjtcbn1cblxuZnVuY3Rpb24gb2JqZWN0U2NoZW1hKHNjaGVtYTogSnNvblNjaGVtYSk6IFpvZE1pbmlTY2hlbWEge1xuICBjb25zdCBwcm9wZXJ0aWVzID0gKHNjaGVtYS5wcm9wZXJ0aWVzID8/IHt9KSBhcyBSZWNvcmQ8c3RyaW5nLCBKc29uU2NoZW1hPjtcbiAgY29uc3QgcmVxdWlyZWQgPSBuZXcgU2V0KChzY2hlbWEucmVxdWlyZWQgPz8gW10pIGFzIHN0cmluZ1tdKTtcbiAgY29uc3Qgc2hhcGU6IFJlY29yZDxzdHJpbmcsIFpvZE1pbmlTY2hlbWE+ID0ge307XG4gIGZvciAoY29uc3QgW25hbWUsIHByb3BlcnR5XSBvZiBPYmplY3QuZW50cmllcyhwcm9wZXJ0aWVzKSkge1xuICAgIGNvbnN0IGlubmVyID0ganNvblNjaGVtYVRvWm9kKHByb3BlcnR5KTtcbiAgICBpZiAoIXJlcXVpcmVkLmhhcyhuYW1lKSkgc2hhcGVbbmFtZV0gPSB6Lm9wdGlvbmFsKGlubmVyKTtcbiAgICAvLyBBIHJlcXVpcmVkIHByb3BlcnR5IG11c3QgYmUgcHJlc2VudCBldmVuIHdoZW4gaXRzIHNjaGVtYSBhY2NlcHRzIGFueXRoaW5nLlxuICAgIGVsc2Ugc2hhcGVbbmFtZV0gPSBhY2NlcHRzVW5kZWZpbmVkKHByb3BlcnR5KSA/IHoubm9ub3B0aW9uYWwoaW5uZXIpIDogaW5uZXI7XG4gIH1cbiAgY29uc3QgZXh0cmEgPSBzY2hlbWEuYWRkaXRpb25hbFByb3BlcnRpZXM7XG4gIGlmIChleHRyYSA9PT0gZmFsc2UpIHJldHVybiB6LnN0cmljdE9iamVjdChzaGFwZSk7XG4gIGlmIChleHRyYSA9PT0gdW5kZWZpbmVkIHx8IGV4dHJhID09PSB0cnVlKSByZXR1cm4gei5sb29zZU9iamVjdChzaGFwZSk7XG4gIHJldHVybiB6LmNhdGNoYWxsKHoub2JqZWN0KHNoYXBlKSwganNvblNjaGVtYVRvWm9kKGV4dHJhIGFzIEpzb25TY2hlbWEpKTtcbn1cblxuLyoqIFRydWUgd2hlbiB0aGUgc2NoZW1hJ3Mgem9kIGZvcm0gYWNjZXB0cyBgdW5kZWZpbmVkYCAoYW4gYGFueWAgc2NoZW1hLCBvciBhbHRlcm5hdGl2ZXMgd2l0aCBvbmUpLiAqL1xuZnVuY3Rpb24gYWNjZXB0c1VuZGVmaW5lZChzY2hlbWE6IEpzb25TY2hlbWEpOiBib29sZWFuIHtcbiAgaWYgKHNjaGVtYS5jb25zdCAhPT0gdW5kZWZpbmVkIHx8IHNjaGVtYS5lbnVtICE9PSB1bmRlZmluZWQpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgYWx0ZXJuYXRpdmVzID0gKHNjaGVtYS5hbnlPZiA/PyBzY2hlbWEub25lT2YpIGFzIEpzb25TY2hlbWFbXSB8IHVuZGVmaW5lZDtcbiAgaWYgKGFsdGVybmF0aXZlcyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYWx0ZXJuYXRpdmVzLnNvbWUoYWNjZXB0c1VuZGVmaW5lZCk7XG4gIHJldHVybiBzY2hlbWEudHlwZSA9PT0gdW5kZWZpbmVkO1xufVxuIiwgIi8qKlxuICogSW5wdXQgc2NoZW1hczogUGljb3NjaGVtYSwgSlNPTiBTY2hlbWEsIFN0YW5kYXJkIFNjaGVtYSB2YWxpZGF0b3JzLCBvciBpbmZlcnJlZCBmcm9tIGEgdGVtcGxhdGUnc1xuICogdmFyaWFibGVzLCBjb21waWxlZCBvbmNlIGludG8gYW4ge0BsaW5rIElucHV0U2NoZW1hfSAoem9kL21pbmkgdmFsaWRhdGlvbiwgYSBwcmVjb21waWxlZCBmYXN0XG4gKiBwYXRoLCBUeXBlU2NyaXB0IHRleHQpLlxuICpcbiAqIERlY2lzaW9uczpcbiAqIC0gVW5rbm93biB0b3AtbGV2ZWwgdmFyaWFibGVzIGFyZSByZWplY3RlZCAoYHVua25vd25fa2V5YCwgd2l0aCBhIFwiZGlkIHlvdSBtZWFuXCIpLCB1bmxlc3MgdGhlXG4gKiAgIHNjaGVtYSBvcHRzIGluIHdpdGggUGljb3NjaGVtYSBgKCopYCBvciBKU09OIFNjaGVtYSBgYWRkaXRpb25hbFByb3BlcnRpZXNgOiBhIG1pc3NwZWx0IHZhcmlhYmxlXG4gKiAgIGlzIGEgdHlwbyBndWFyZCwgYW5kIHRoZSBjYWxsZXIgY2FuIGFsd2F5cyBwYXNzIGBzdHJpY3Q6IGZhbHNlYC4gVGhpcyBhbHNvIGhvbGRzIGZvciBzY2hlbWFzXG4gKiAgIGluZmVycmVkIGZyb20gdGVtcGxhdGVzLlxuICogLSBBcyBpbiBEb3Rwcm9tcHQsIGFuIG9wdGlvbmFsIFBpY29zY2hlbWEgZmllbGQgaXMgYWxzbyBudWxsYWJsZTsgSlNPTiBTY2hlbWEgaXMgdGFrZW4gYXMgd3JpdHRlbi5cbiAqIC0gQSByZXF1aXJlZCB2YXJpYWJsZSBtdXN0IG5vdCBiZSBgdW5kZWZpbmVkYDsgYG51bGxgIGlzIGEgdmFsdWUgKGFsbG93ZWQgd2hlcmUgdGhlIHR5cGUgc2F5cyBzbykuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGNvbXBpbGVGYXN0Q2hlY2ssIHR5cGUgRmFzdENoZWNrIH0gZnJvbSAnLi9mYXN0LXBhdGguanMnO1xuaW1wb3J0IHsgem9kSXNzdWVzVG9JbnB1dElzc3VlcyB9IGZyb20gJy4vaXNzdWVzLmpzJztcbmltcG9ydCB7IG5vcm1hbGl6ZUpzb25TY2hlbWEgfSBmcm9tICcuL2pzb24tc2NoZW1hLmpzJztcbmltcG9ydCB7IGlzUGxhaW5SZWNvcmQsIHBpY29zY2hlbWFUb0pzb25TY2hlbWEgfSBmcm9tICcuL3BpY29zY2hlbWEuanMnO1xuaW1wb3J0IHsgY29tcGlsZVN0YW5kYXJkU2NoZW1hLCBpc1N0YW5kYXJkU2NoZW1hIH0gZnJvbSAnLi9zdGFuZGFyZC5qcyc7XG5pbXBvcnQgeyBkZXNjcmliZVZhbHVlIH0gZnJvbSAnLi9zdWdnZXN0LmpzJztcbmltcG9ydCB0eXBlIHsgSW5wdXRTY2hlbWEsIElucHV0VmFsaWRhdGlvblJlc3VsdCwgSnNvblNjaGVtYSB9IGZyb20gJy4vdHlwZXMuanMnO1xuaW1wb3J0IHsganNvblNjaGVtYVRvVHlwZVNjcmlwdCB9IGZyb20gJy4vdHlwZXNjcmlwdC5qcyc7XG5pbXBvcnQgeyBqc29uU2NoZW1hVG9ab2QgfSBmcm9tICcuL3pvZC5qcyc7XG5cbmV4cG9ydCB7IG5vcm1hbGl6ZUpzb25TY2hlbWEgfSBmcm9tICcuL2pzb24tc2NoZW1hLmpzJztcbmV4cG9ydCB7IHBpY29zY2hlbWFUb0pzb25TY2hlbWEgfSBmcm9tICcuL3BpY29zY2hlbWEuanMnO1xuZXhwb3J0IHsgaXNTdGFuZGFyZFNjaGVtYSwgdHlwZSBTdGFuZGFyZFNjaGVtYUxpa2UsIHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9zdGFuZGFyZC5qcyc7XG5leHBvcnQgdHlwZSB7IElucHV0U2NoZW1hLCBJbnB1dFZhbGlkYXRpb25SZXN1bHQsIEpzb25TY2hlbWEgfSBmcm9tICcuL3R5cGVzLmpzJztcbmV4cG9ydCB7IGpzb25TY2hlbWFUb1R5cGVTY3JpcHQgfSBmcm9tICcuL3R5cGVzY3JpcHQuanMnO1xuXG4vKiogQ29tcGlsZWQgc2NoZW1hcyBieSBzb3VyY2Ugb2JqZWN0OiBhIHJlY29yZCdzIHNjaGVtYSBpcyBjb21waWxlZCBvbmNlIGhvd2V2ZXIgb2Z0ZW4gaXQgaXMgY2hlY2tlZC4gKi9cbmNvbnN0IGNhY2hlID0gbmV3IFdlYWtNYXA8b2JqZWN0LCBJbnB1dFNjaGVtYT4oKTtcblxuLyoqXG4gKiBDb21waWxlIGEgcHJvbXB0J3MgZGVjbGFyZWQgaW5wdXQgc2NoZW1hLlxuICpcbiAqIC0gQSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIChhbiBvYmplY3Qgd2l0aCBgJ35zdGFuZGFyZCcudmFsaWRhdGVgLCBlLmcuIGEgem9kIG9iamVjdCkgaXNcbiAqICAgd3JhcHBlZDogaXRzIGB2YWxpZGF0ZWAgbXVzdCBiZSBzeW5jaHJvbm91cy5cbiAqIC0gQW4gb2JqZWN0IHdpdGggYSB0b3AtbGV2ZWwgYHR5cGVgIChvciBgcHJvcGVydGllc2ApIGlzIEpTT04gU2NoZW1hOyBhbnkgb3RoZXIgb2JqZWN0IGlzXG4gKiAgIFBpY29zY2hlbWEuIEVpdGhlciB3YXkgdGhlIHJlc3VsdCBtdXN0IGRlc2NyaWJlIGFuIG9iamVjdCBvZiB2YXJpYWJsZXMuXG4gKlxuICogU3VjY2Vzc2Z1bCBjb21waWxhdGlvbnMgYXJlIGNhY2hlZCBwZXIgc2NoZW1hIG9iamVjdCAoc2NoZW1hcyBhcmUgdHJlYXRlZCBhcyBpbW11dGFibGUpLlxuICpcbiAqIEBwYXJhbSBzY2hlbWEgVGhlIGBpbnB1dC5zY2hlbWFgIG9mIGEgcmVjb3JkLlxuICogQHBhcmFtIGxvY2F0aW9uIFdoZXJlIHRoZSBzY2hlbWEgY29tZXMgZnJvbTsgYGxvY2F0aW9uLmZpZWxkYCBkZWZhdWx0cyB0byBgJ2lucHV0LnNjaGVtYSdgLlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gdGhlIHNjaGVtYSBpcyBtYWxmb3JtZWQsIG5hbWluZyB0aGUgZmllbGQgcGF0aCBhbmQgdGhlIGZpeC5cbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3Qgc2NoZW1hID0gY29tcGlsZUlucHV0U2NoZW1hKHsgY29tcGFueTogJ3N0cmluZycsICdjdXN0b21lcic6IFwic3RyaW5nLCB0aGUgY3VzdG9tZXIncyBmaXJzdCBuYW1lXCIgfSk7XG4gKiBzY2hlbWEudmFsaWRhdGUoeyBjb21wYW55OiAnQWNtZScgfSkub2s7IC8vIGZhbHNlOiBtaXNzaW5nIHJlcXVpcmVkIHZhcmlhYmxlIFwiY3VzdG9tZXJcIiAoc3RyaW5nKVxuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlSW5wdXRTY2hlbWEoc2NoZW1hOiB1bmtub3duLCBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7fSk6IElucHV0U2NoZW1hIHtcbiAgY29uc3Qgd2hlcmU6IFByb21wdEZvcm1hdExvY2F0aW9uID0geyAuLi5sb2NhdGlvbiwgZmllbGQ6IGxvY2F0aW9uLmZpZWxkID8/ICdpbnB1dC5zY2hlbWEnIH07XG4gIGlmICh0eXBlb2Ygc2NoZW1hID09PSAnb2JqZWN0JyAmJiBzY2hlbWEgIT09IG51bGwpIHtcbiAgICBjb25zdCBjYWNoZWQgPSBjYWNoZS5nZXQoc2NoZW1hKTtcbiAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHJldHVybiBjYWNoZWQ7XG4gIH1cbiAgbGV0IGNvbXBpbGVkOiBJbnB1dFNjaGVtYTtcbiAgaWYgKGlzU3RhbmRhcmRTY2hlbWEoc2NoZW1hKSkge1xuICAgIGNvbXBpbGVkID0gY29tcGlsZVN0YW5kYXJkU2NoZW1hKHNjaGVtYSwgd2hlcmUpO1xuICB9IGVsc2Uge1xuICAgIGlmICh0eXBlb2Ygc2NoZW1hID09PSAnc3RyaW5nJykge1xuICAgICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgICBgYW4gaW5wdXQgc2NoZW1hIG11c3QgZGVjbGFyZSBuYW1lZCB2YXJpYWJsZXMgKGUuZy4gXFxgY3VzdG9tZXI6IHN0cmluZ1xcYCksIGdvdCB0aGUgc2luZ2xlIHR5cGUgJHtKU09OLnN0cmluZ2lmeShzY2hlbWEpfWAsXG4gICAgICAgIHdoZXJlLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKCFpc1BsYWluUmVjb3JkKHNjaGVtYSkpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgYGFuIGlucHV0IHNjaGVtYSBtdXN0IGJlIFBpY29zY2hlbWEgZmllbGRzIChlLmcuIFxcYGN1c3RvbWVyOiBzdHJpbmdcXGApIG9yIGEgSlNPTiBTY2hlbWEgb2JqZWN0LCBnb3QgJHtkZXNjcmliZVZhbHVlKHNjaGVtYSl9YCxcbiAgICAgICAgd2hlcmUsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBjb252ZXJ0ZWQgPSBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSwgd2hlcmUpO1xuICAgIGNvbXBpbGVkID0gZnJvbU5vcm1hbGl6ZWQobm9ybWFsaXplSnNvblNjaGVtYShjb252ZXJ0ZWQsIHdoZXJlLCB7IHRvcDogdHJ1ZSB9KSk7XG4gIH1cbiAgaWYgKHR5cGVvZiBzY2hlbWEgPT09ICdvYmplY3QnICYmIHNjaGVtYSAhPT0gbnVsbCkgY2FjaGUuc2V0KHNjaGVtYSwgY29tcGlsZWQpO1xuICByZXR1cm4gY29tcGlsZWQ7XG59XG5cbi8qKlxuICogVGhlIHNjaGVtYSBvZiBhIHByb21wdCB3aXRob3V0IGEgZGVjbGFyZWQgb25lLCBpbmZlcnJlZCBmcm9tIGl0cyB0ZW1wbGF0ZTogZXZlcnkgYHJlcXVpcmVkYFxuICogdmFyaWFibGUgbXVzdCBiZSBwcmVzZW50IChub3QgYHVuZGVmaW5lZGApLCBvZiBhbnkgdHlwZTsgYG9wdGlvbmFsYCBvbmVzIG1heSBiZSBnaXZlbjsgbm90aGluZ1xuICogZWxzZSBtYXkgKHR5cG8gZ3VhcmQpLiBEb3R0ZWQgbmFtZXMgY291bnQgYnkgdGhlaXIgZmlyc3Qgc2VnbWVudCAoYGN1c3RvbWVyLm5hbWVgIFx1MjE5MiBgY3VzdG9tZXJgKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHNjaGVtYSA9IHNjaGVtYUZyb21WYXJpYWJsZXMoWydjb21wYW55JywgJ2N1c3RvbWVyJ10sIFsndG9uZSddKTtcbiAqIHNjaGVtYS50b1R5cGVTY3JpcHQoKTsgLy8gJ3tcXG4gIGNvbXBhbnk6IHVua25vd247XFxuICBjdXN0b21lcjogdW5rbm93bjtcXG4gIHRvbmU/OiB1bmtub3duO1xcbn0nXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjaGVtYUZyb21WYXJpYWJsZXMocmVxdWlyZWQ6IHJlYWRvbmx5IHN0cmluZ1tdLCBvcHRpb25hbDogcmVhZG9ubHkgc3RyaW5nW10pOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IHByb3BlcnRpZXM6IFJlY29yZDxzdHJpbmcsIEpzb25TY2hlbWE+ID0ge307XG4gIGNvbnN0IHJlcXVpcmVkTmFtZXMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIHJlcXVpcmVkKSB7XG4gICAgY29uc3Qgcm9vdCA9IHJvb3ROYW1lKG5hbWUpO1xuICAgIGlmIChyb290ID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIHByb3BlcnRpZXNbcm9vdF0gPSB7fTtcbiAgICByZXF1aXJlZE5hbWVzLmFkZChyb290KTtcbiAgfVxuICBmb3IgKGNvbnN0IG5hbWUgb2Ygb3B0aW9uYWwpIHtcbiAgICBjb25zdCByb290ID0gcm9vdE5hbWUobmFtZSk7XG4gICAgaWYgKHJvb3QgIT09IHVuZGVmaW5lZCAmJiBwcm9wZXJ0aWVzW3Jvb3RdID09PSB1bmRlZmluZWQpIHByb3BlcnRpZXNbcm9vdF0gPSB7fTtcbiAgfVxuICBjb25zdCBqc29uU2NoZW1hOiBKc29uU2NoZW1hID0geyB0eXBlOiAnb2JqZWN0JywgcHJvcGVydGllcyB9O1xuICBpZiAocmVxdWlyZWROYW1lcy5zaXplID4gMCkganNvblNjaGVtYS5yZXF1aXJlZCA9IFsuLi5yZXF1aXJlZE5hbWVzXTtcbiAganNvblNjaGVtYS5hZGRpdGlvbmFsUHJvcGVydGllcyA9IGZhbHNlO1xuICByZXR1cm4gZnJvbU5vcm1hbGl6ZWQoanNvblNjaGVtYSk7XG59XG5cbmZ1bmN0aW9uIHJvb3ROYW1lKG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmIChuYW1lID09PSAnLicgfHwgbmFtZSA9PT0gJycpIHJldHVybiB1bmRlZmluZWQ7XG4gIHJldHVybiBuYW1lLnNwbGl0KCcuJylbMF0gfHwgdW5kZWZpbmVkO1xufVxuXG4vKiogQnVpbGQgdGhlIGNvbXBpbGVkIHNjaGVtYSBmcm9tIGEgbm9ybWFsaXplZCB0b3AtbGV2ZWwgb2JqZWN0IHNjaGVtYS4gKi9cbmZ1bmN0aW9uIGZyb21Ob3JtYWxpemVkKGpzb25TY2hlbWE6IEpzb25TY2hlbWEpOiBJbnB1dFNjaGVtYSB7XG4gIGNvbnN0IHpvZFNjaGVtYSA9IGpzb25TY2hlbWFUb1pvZChqc29uU2NoZW1hKTtcbiAgY29uc3QgZmFzdDogRmFzdENoZWNrID0gY29tcGlsZUZhc3RDaGVjayhqc29uU2NoZW1hKTtcbiAgY29uc3QgcHJvcGVydGllcyA9IE9iamVjdC5rZXlzKChqc29uU2NoZW1hLnByb3BlcnRpZXMgPz8ge30pIGFzIG9iamVjdCk7XG4gIGNvbnN0IHJlcXVpcmVkID0gKChqc29uU2NoZW1hLnJlcXVpcmVkID8/IFtdKSBhcyBzdHJpbmdbXSkuc2xpY2UoKTtcbiAgbGV0IHR5cGVUZXh0OiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIHJldHVybiB7XG4gICAganNvblNjaGVtYSxcbiAgICBwcm9wZXJ0aWVzLFxuICAgIHJlcXVpcmVkLFxuICAgIHZhbGlkYXRlKHZhbHVlOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IElucHV0VmFsaWRhdGlvblJlc3VsdCB7XG4gICAgICBpZiAoZmFzdCh2YWx1ZSkpIHJldHVybiB7IG9rOiB0cnVlLCB2YWx1ZSB9O1xuICAgICAgY29uc3QgcmVzdWx0ID0gem9kU2NoZW1hLnNhZmVQYXJzZSh2YWx1ZSwgeyByZXBvcnRJbnB1dDogdHJ1ZSB9KTtcbiAgICAgIGlmIChyZXN1bHQuc3VjY2VzcykgcmV0dXJuIHsgb2s6IHRydWUsIHZhbHVlOiByZXN1bHQuZGF0YSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9O1xuICAgICAgcmV0dXJuIHsgb2s6IGZhbHNlLCBpc3N1ZXM6IHpvZElzc3Vlc1RvSW5wdXRJc3N1ZXMocmVzdWx0LmVycm9yLmlzc3VlcywgdmFsdWUsIGpzb25TY2hlbWEpIH07XG4gICAgfSxcbiAgICB0b1R5cGVTY3JpcHQoKTogc3RyaW5nIHtcbiAgICAgIHR5cGVUZXh0ID8/PSBqc29uU2NoZW1hVG9UeXBlU2NyaXB0KGpzb25TY2hlbWEpO1xuICAgICAgcmV0dXJuIHR5cGVUZXh0O1xuICAgIH0sXG4gIH07XG59XG4iLCAiLyoqXG4gKiBQYXJzaW5nOiBgbXVzdGFjaGVgJ3MgcGFyc2VyIHR1cm5zIHRoZSB0ZW1wbGF0ZSBpbnRvIHRva2VuczsgdGhpcyBtb2R1bGUgdHVybnMgdGhvc2UgdG9rZW5zIGludG8gYSBzbWFsbFxuICogdHlwZWQgc3ludGF4IHRyZWUgKHtAbGluayBUZW1wbGF0ZU5vZGV9KS4gQ29tbWVudHMgYW5kIHNldC1kZWxpbWl0ZXIgdGFncyBkaXNhcHBlYXIgaGVyZTsgc3RhbmRhbG9uZS1saW5lXG4gKiB3aGl0ZXNwYWNlIGhhcyBhbHJlYWR5IGJlZW4gcmVtb3ZlZCBieSB0aGUgcGFyc2VyLlxuICpcbiAqIFRoZSBwYXJzZXIgcnVucyBvbiBhIHByaXZhdGUgYE11c3RhY2hlLldyaXRlcmAgd2l0aCBpdHMgdGVtcGxhdGUgY2FjaGUgc3dpdGNoZWQgb2ZmIGFuZCB0aGUgZGVmYXVsdCB0YWdzXG4gKiBwYXNzZWQgZXhwbGljaXRseSwgc28gbm8gZ2xvYmFsIG9mIGBtdXN0YWNoZWAgaXMgcmVhZCBvciB3cml0dGVuICh0aGUgaG9zdCBhcHBsaWNhdGlvbiBtYXkgdXNlIG11c3RhY2hlXG4gKiB0b28sIHdpdGggaXRzIG93biBgTXVzdGFjaGUudGFnc2Agb3IgYE11c3RhY2hlLmVzY2FwZWApLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgTXVzdGFjaGUgZnJvbSAnbXVzdGFjaGUnO1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgdHlwZSBOYW1lUGF0aCwgcGFyc2VOYW1lUGF0aCB9IGZyb20gJy4vbG9va3VwLmpzJztcblxuLyoqIExpdGVyYWwgdGV4dC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGV4dE5vZGUge1xuICByZWFkb25seSBraW5kOiAndGV4dCc7XG4gIHJlYWRvbmx5IHRleHQ6IHN0cmluZztcbn1cblxuLyoqIGB7e25hbWV9fWAgKGVzY2FwZWQgd2hlbiBhbiBgZXNjYXBlYCBmdW5jdGlvbiBpcyBzZXQpIG9yIGB7e3tuYW1lfX19YCAvIGB7eyZuYW1lfX1gIChuZXZlciBlc2NhcGVkKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmFyaWFibGVOb2RlIHtcbiAgcmVhZG9ubHkga2luZDogJ3ZhcmlhYmxlJztcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBwYXRoOiBOYW1lUGF0aDtcbiAgcmVhZG9ubHkgZXNjYXBlZDogYm9vbGVhbjtcbn1cblxuLyoqIGB7eyNuYW1lfX1cdTIwMjZ7ey9uYW1lfX1gIG9yLCB3aGVuIGBpbnZlcnRlZGAsIGB7e15uYW1lfX1cdTIwMjZ7ey9uYW1lfX1gLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTZWN0aW9uTm9kZSB7XG4gIHJlYWRvbmx5IGtpbmQ6ICdzZWN0aW9uJztcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBwYXRoOiBOYW1lUGF0aDtcbiAgcmVhZG9ubHkgaW52ZXJ0ZWQ6IGJvb2xlYW47XG4gIHJlYWRvbmx5IGNoaWxkcmVuOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXTtcbn1cblxuLyoqIGB7ez4gbmFtZX19YC4gYGluZGVudGF0aW9uYCBpcyB0aGUgd2hpdGVzcGFjZSBiZWZvcmUgYSBzdGFuZGFsb25lIHBhcnRpYWwgdGFnICgnJyBvdGhlcndpc2UpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYXJ0aWFsTm9kZSB7XG4gIHJlYWRvbmx5IGtpbmQ6ICdwYXJ0aWFsJztcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBpbmRlbnRhdGlvbjogc3RyaW5nO1xufVxuXG4vKiogT25lIG5vZGUgb2YgYSBwYXJzZWQgdGVtcGxhdGUuICovXG5leHBvcnQgdHlwZSBUZW1wbGF0ZU5vZGUgPSBUZXh0Tm9kZSB8IFZhcmlhYmxlTm9kZSB8IFNlY3Rpb25Ob2RlIHwgUGFydGlhbE5vZGU7XG5cbi8qKiBUaGUgdGFncyBldmVyeSB0ZW1wbGF0ZSBzdGFydHMgd2l0aC4gUGFzc2VkIGV4cGxpY2l0bHkgc28gYE11c3RhY2hlLnRhZ3NgIGlzIG5ldmVyIGNvbnN1bHRlZC4gKi9cbmNvbnN0IERFRkFVTFRfVEFHUzogW3N0cmluZywgc3RyaW5nXSA9IFsne3snLCAnfX0nXTtcblxuaW50ZXJmYWNlIFRva2VuUGFyc2VyIHtcbiAgcGFyc2UodGVtcGxhdGU6IHN0cmluZywgdGFncz86IFtzdHJpbmcsIHN0cmluZ10pOiB1bmtub3duO1xufVxuXG5sZXQgcGFyc2VyOiBUb2tlblBhcnNlciB8IHVuZGVmaW5lZDtcblxuZnVuY3Rpb24gdG9rZW5QYXJzZXIoKTogVG9rZW5QYXJzZXIge1xuICBpZiAocGFyc2VyID09PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCB3cml0ZXIgPSBuZXcgTXVzdGFjaGUuV3JpdGVyKCk7XG4gICAgLy8gQSBwcml2YXRlIHdyaXRlciB3aXRob3V0IGEgY2FjaGU6IHBhcnNlZCB0ZW1wbGF0ZXMgYXJlIG5vdCBrZXB0IChhbmQgbmV2ZXIgc2hhcmVkIHdpdGggb3RoZXIgY29kZSkuXG4gICAgKHdyaXRlciBhcyB1bmtub3duIGFzIHsgdGVtcGxhdGVDYWNoZTogdW5rbm93biB9KS50ZW1wbGF0ZUNhY2hlID0gdW5kZWZpbmVkO1xuICAgIHBhcnNlciA9IHdyaXRlcjtcbiAgfVxuICByZXR1cm4gcGFyc2VyO1xufVxuXG4vKipcbiAqIFBhcnNlIGEgdGVtcGxhdGUgaW50byBub2Rlcy5cbiAqXG4gKiBAcGFyYW0gc291cmNlIC0gdGhlIG11c3RhY2hlIHRlbXBsYXRlXG4gKiBAcGFyYW0gbG9jYXRpb24gLSB3aGVyZSB0aGUgdGVtcGxhdGUgY29tZXMgZnJvbSwgZm9yIGVycm9ycy4gV2hlbiBgbG9jYXRpb24ubGluZWAgaXMgc2V0IGl0IGlzIHRoZSBsaW5lIG9mXG4gKiAgIHRoZSBmaWxlIG9uIHdoaWNoIHRoZSB0ZW1wbGF0ZSBzdGFydHMsIGFuZCBlcnJvcnMgcG9pbnQgYXQgdGhlIGV4YWN0IGZpbGUgbGluZS5cbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSBvbiBhIHN5bnRheCBlcnJvciAodW5jbG9zZWQgdGFnIG9yIHNlY3Rpb24sIGEgc3RyYXkgY2xvc2luZyB0YWcsIGJhZCBkZWxpbWl0ZXJzKVxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VUZW1wbGF0ZShzb3VyY2U6IHN0cmluZywgbG9jYXRpb246IFByb21wdEZvcm1hdExvY2F0aW9uID0ge30pOiBUZW1wbGF0ZU5vZGVbXSB7XG4gIGxldCB0b2tlbnM6IHVua25vd247XG4gIHRyeSB7XG4gICAgdG9rZW5zID0gdG9rZW5QYXJzZXIoKS5wYXJzZShzb3VyY2UsIERFRkFVTFRfVEFHUyk7XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgdGhyb3cgc3ludGF4RXJyb3IoZXJyb3IsIHNvdXJjZSwgbG9jYXRpb24pO1xuICB9XG4gIHJldHVybiBjb252ZXJ0VG9rZW5zKGFzVG9rZW5MaXN0KHRva2VucykpO1xufVxuXG50eXBlIFRva2VuID0gcmVhZG9ubHkgdW5rbm93bltdO1xuXG5mdW5jdGlvbiBhc1Rva2VuTGlzdCh2YWx1ZTogdW5rbm93bik6IHJlYWRvbmx5IFRva2VuW10ge1xuICByZXR1cm4gQXJyYXkuaXNBcnJheSh2YWx1ZSkgPyAodmFsdWUgYXMgVG9rZW5bXSkgOiBbXTtcbn1cblxuZnVuY3Rpb24gY29udmVydFRva2Vucyh0b2tlbnM6IHJlYWRvbmx5IFRva2VuW10pOiBUZW1wbGF0ZU5vZGVbXSB7XG4gIGNvbnN0IG5vZGVzOiBUZW1wbGF0ZU5vZGVbXSA9IFtdO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IHRva2Vucy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IHRva2VuID0gdG9rZW5zW2ldIGFzIFRva2VuO1xuICAgIGNvbnN0IHR5cGUgPSB0b2tlblswXTtcbiAgICBjb25zdCB2YWx1ZSA9IFN0cmluZyh0b2tlblsxXSA/PyAnJyk7XG4gICAgc3dpdGNoICh0eXBlKSB7XG4gICAgICBjYXNlICd0ZXh0Jzoge1xuICAgICAgICBjb25zdCBsYXN0ID0gbm9kZXNbbm9kZXMubGVuZ3RoIC0gMV07XG4gICAgICAgIGlmIChsYXN0Py5raW5kID09PSAndGV4dCcpIG5vZGVzW25vZGVzLmxlbmd0aCAtIDFdID0geyBraW5kOiAndGV4dCcsIHRleHQ6IGxhc3QudGV4dCArIHZhbHVlIH07XG4gICAgICAgIGVsc2Ugbm9kZXMucHVzaCh7IGtpbmQ6ICd0ZXh0JywgdGV4dDogdmFsdWUgfSk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgfVxuICAgICAgY2FzZSAnbmFtZSc6XG4gICAgICBjYXNlICcmJzpcbiAgICAgICAgbm9kZXMucHVzaCh7IGtpbmQ6ICd2YXJpYWJsZScsIG5hbWU6IHZhbHVlLCBwYXRoOiBwYXJzZU5hbWVQYXRoKHZhbHVlKSwgZXNjYXBlZDogdHlwZSA9PT0gJ25hbWUnIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgJyMnOlxuICAgICAgY2FzZSAnXic6XG4gICAgICAgIG5vZGVzLnB1c2goe1xuICAgICAgICAgIGtpbmQ6ICdzZWN0aW9uJyxcbiAgICAgICAgICBuYW1lOiB2YWx1ZSxcbiAgICAgICAgICBwYXRoOiBwYXJzZU5hbWVQYXRoKHZhbHVlKSxcbiAgICAgICAgICBpbnZlcnRlZDogdHlwZSA9PT0gJ14nLFxuICAgICAgICAgIGNoaWxkcmVuOiBjb252ZXJ0VG9rZW5zKGFzVG9rZW5MaXN0KHRva2VuWzRdKSksXG4gICAgICAgIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgJz4nOlxuICAgICAgICBub2Rlcy5wdXNoKHsga2luZDogJ3BhcnRpYWwnLCBuYW1lOiB2YWx1ZSwgaW5kZW50YXRpb246IHN0YW5kYWxvbmVJbmRlbnRhdGlvbih0b2tlbiwgdG9rZW5zW2kgLSAxXSkgfSk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgLy8gJyEnIGNvbW1lbnRzIGFuZCAnPScgc2V0LWRlbGltaXRlciB0YWdzIHJlbmRlciBub3RoaW5nLlxuICAgICAgICBicmVhaztcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG5vZGVzO1xufVxuXG4vKipcbiAqIFRoZSBpbmRlbnRhdGlvbiB0byBhcHBseSB0byBhIHBhcnRpYWw6IHRoZSB3aGl0ZXNwYWNlIGJlZm9yZSB0aGUgdGFnIHdoZW4gdGhlIHRhZyBzdGFuZHMgYWxvbmUgb24gaXRzIGxpbmVcbiAqIChzcGVjIFwiU3RhbmRhbG9uZSBJbmRlbnRhdGlvblwiKSwgJycgb3RoZXJ3aXNlLiBtdXN0YWNoZSdzIHBhcnRpYWwgdG9rZW4gaXNcbiAqIGBbJz4nLCBuYW1lLCBzdGFydCwgZW5kLCBpbmRlbnRhdGlvbiwgdGFnSW5kZXgsIGxpbmVIYXNOb25TcGFjZV1gLiBUaGUgdGFnIGlzIHN0YW5kYWxvbmUgd2hlbiBpdCBpcyB0aGUgZmlyc3RcbiAqIHRhZyBvZiBhIGxpbmUgaG9sZGluZyBvbmx5IHdoaXRlc3BhY2UgYmVmb3JlIGl0LCBhbmQgdGhlIHBhcnNlciByZW1vdmVkIHRoYXQgd2hpdGVzcGFjZSAoc28gdGhlIHByZXZpb3VzXG4gKiB0ZXh0IHRva2VuIGRvZXMgbm90IGVuZCByaWdodCB3aGVyZSB0aGUgdGFnIHN0YXJ0cykuXG4gKi9cbmZ1bmN0aW9uIHN0YW5kYWxvbmVJbmRlbnRhdGlvbih0b2tlbjogVG9rZW4sIHByZXZpb3VzOiBUb2tlbiB8IHVuZGVmaW5lZCk6IHN0cmluZyB7XG4gIGNvbnN0IGluZGVudGF0aW9uID0gdHlwZW9mIHRva2VuWzRdID09PSAnc3RyaW5nJyA/IHRva2VuWzRdIDogJyc7XG4gIGlmIChpbmRlbnRhdGlvbiA9PT0gJycgfHwgdG9rZW5bNV0gIT09IDAgfHwgdG9rZW5bNl0gPT09IHRydWUpIHJldHVybiAnJztcbiAgaWYgKHByZXZpb3VzICE9PSB1bmRlZmluZWQgJiYgcHJldmlvdXNbMF0gPT09ICd0ZXh0JyAmJiBwcmV2aW91c1szXSA9PT0gdG9rZW5bMl0pIHJldHVybiAnJztcbiAgcmV0dXJuIGluZGVudGF0aW9uLnJlcGxhY2UoL1teIFxcdF0vZywgJycpO1xufVxuXG5jb25zdCBNRVNTQUdFX09GRlNFVCA9IC9cXGJhdCAoXFxkKykkLztcblxuZnVuY3Rpb24gc3ludGF4RXJyb3IoZXJyb3I6IHVua25vd24sIHNvdXJjZTogc3RyaW5nLCBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24pOiBQcm9tcHRGb3JtYXRFcnJvciB7XG4gIGNvbnN0IHJhdyA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKTtcbiAgY29uc3Qgb2Zmc2V0TWF0Y2ggPSBNRVNTQUdFX09GRlNFVC5leGVjKHJhdyk7XG4gIGNvbnN0IG9mZnNldCA9IG9mZnNldE1hdGNoID8gTnVtYmVyKG9mZnNldE1hdGNoWzFdKSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgcHJvYmxlbSA9IGRlc2NyaWJlU3ludGF4RXJyb3IocmF3KTtcbiAgY29uc3Qgd2hlcmU6IFByb21wdEZvcm1hdExvY2F0aW9uID0geyAuLi5sb2NhdGlvbiwgZmllbGQ6IGxvY2F0aW9uLmZpZWxkID8/ICd0ZW1wbGF0ZScgfTtcbiAgbGV0IGF0ID0gJyc7XG4gIGlmIChvZmZzZXQgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHsgbGluZSwgY29sdW1uIH0gPSBsaW5lQW5kQ29sdW1uKHNvdXJjZSwgb2Zmc2V0KTtcbiAgICBpZiAobG9jYXRpb24ubGluZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICB3aGVyZS5saW5lID0gbG9jYXRpb24ubGluZSArIGxpbmUgLSAxO1xuICAgICAgd2hlcmUuY29sdW1uID0gbGluZSA9PT0gMSAmJiBsb2NhdGlvbi5jb2x1bW4gIT09IHVuZGVmaW5lZCA/IGxvY2F0aW9uLmNvbHVtbiArIGNvbHVtbiAtIDEgOiBjb2x1bW47XG4gICAgfSBlbHNlIHtcbiAgICAgIGF0ID0gYCAodGVtcGxhdGUgbGluZSAke2xpbmV9LCBjb2x1bW4gJHtjb2x1bW59KWA7XG4gICAgfVxuICB9XG4gIHJldHVybiBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoYGludmFsaWQgbXVzdGFjaGUgdGVtcGxhdGUke2F0fTogJHtwcm9ibGVtfWAsIHdoZXJlLCB7IGNhdXNlOiBlcnJvciB9KTtcbn1cblxuZnVuY3Rpb24gZGVzY3JpYmVTeW50YXhFcnJvcihyYXc6IHN0cmluZyk6IHN0cmluZyB7XG4gIGxldCBtID0gL15VbmNsb3NlZCB0YWcvLmV4ZWMocmF3KTtcbiAgaWYgKG0pIHJldHVybiAnYSB0YWcgaXMgb3BlbmVkIGJ1dCBuZXZlciBjbG9zZWQ7IGNsb3NlIGl0IChlLmcuIFwie3tuYW1lfX1cIiknO1xuICBtID0gL15Vbm9wZW5lZCBzZWN0aW9uIFwiKC4qKVwiLy5leGVjKHJhdyk7XG4gIGlmIChtKSByZXR1cm4gYFwie3svJHttWzFdfX19XCIgY2xvc2VzIGEgc2VjdGlvbiB0aGF0IHdhcyBuZXZlciBvcGVuZWQ7IGFkZCBcInt7IyR7bVsxXX19fVwiIGJlZm9yZSBpdCBvciByZW1vdmUgaXRgO1xuICBtID0gL15VbmNsb3NlZCBzZWN0aW9uIFwiKC4qKVwiLy5leGVjKHJhdyk7XG4gIGlmIChtKSByZXR1cm4gYHNlY3Rpb24gXCJ7eyMke21bMV19fX1cIiBpcyBub3QgY2xvc2VkOyBhZGQgXCJ7ey8ke21bMV19fX1cIiBhdCBpdHMgZW5kIChzZWN0aW9ucyBjbG9zZSBpbiBuZXN0aW5nIG9yZGVyKWA7XG4gIG0gPSAvXkludmFsaWQgdGFnczogKC4qKS8uZXhlYyhyYXcpO1xuICBpZiAobSkgcmV0dXJuIGBpbnZhbGlkIHNldC1kZWxpbWl0ZXIgdGFnIFwiJHttWzFdfVwiOyB1c2UgdHdvIGRlbGltaXRlcnMgc2VwYXJhdGVkIGJ5IGEgc3BhY2UsIGUuZy4gXCJ7ez08JSAlPj19fVwiYDtcbiAgcmV0dXJuIGAke3Jhd307IGZpeCB0aGUgdGVtcGxhdGUgc3ludGF4YDtcbn1cblxuZnVuY3Rpb24gbGluZUFuZENvbHVtbihzb3VyY2U6IHN0cmluZywgb2Zmc2V0OiBudW1iZXIpOiB7IGxpbmU6IG51bWJlcjsgY29sdW1uOiBudW1iZXIgfSB7XG4gIGxldCBsaW5lID0gMTtcbiAgbGV0IGxpbmVTdGFydCA9IDA7XG4gIGNvbnN0IGVuZCA9IE1hdGgubWluKG9mZnNldCwgc291cmNlLmxlbmd0aCk7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZW5kOyBpKyspIHtcbiAgICBpZiAoc291cmNlLmNoYXJDb2RlQXQoaSkgPT09IDEwKSB7XG4gICAgICBsaW5lKys7XG4gICAgICBsaW5lU3RhcnQgPSBpICsgMTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgbGluZSwgY29sdW1uOiBlbmQgLSBsaW5lU3RhcnQgKyAxIH07XG59XG4iLCAiLyoqXG4gKiBDb250ZXh0IGxvb2t1cCBvdmVyIGEgc3RhY2sgb2YgZnJhbWVzLCBhcyB0aGUgTXVzdGFjaGUgc3BlYyBkZXNjcmliZXMgaXQsIHJlYWRpbmcgb3duIHByb3BlcnRpZXMgb25seS5cbiAqXG4gKiAtIGAuYCBpcyB0aGUgdG9wIGZyYW1lICh0aGUgaW1wbGljaXQgaXRlcmF0b3IpLlxuICogLSBBIG5hbWUgaXMgc2VhcmNoZWQgZnJvbSB0aGUgdG9wIGZyYW1lIGRvd247IHRoZSBmaXJzdCBmcmFtZSB0aGF0IE9XTlMgdGhlIHByb3BlcnR5IHdpbnMsIGV2ZW4gd2hlbiBpdHNcbiAqICAgdmFsdWUgaXMgYHVuZGVmaW5lZGAuXG4gKiAtIEEgZG90dGVkIG5hbWUgYGEuYi5jYCBsb29rcyB1cCBvbmx5IGBhYCB0aHJvdWdoIHRoZSBzdGFjaywgdGhlbiByZWFkcyBgYmAgYW5kIGBjYCBpbnNpZGUgdGhhdCB2YWx1ZSBhbG9uZVxuICogICAoc3BlYyBcIkRvdHRlZCBOYW1lcyAtIENvbnRleHQgUHJlY2VkZW5jZVwiOiBhIG1pc3Mgb24gYGJgIGlzIGEgbWlzcywgaXQgZG9lcyBub3QgZmFsbCBiYWNrIHRvIG91dGVyIGZyYW1lcykuXG4gKiAtIE9ubHkgb3duIHByb3BlcnRpZXMgb2Ygb2JqZWN0cyBhcmUgcmVhZCAoYE9iamVjdC5oYXNPd25gKTogYHt7Y29uc3RydWN0b3J9fWAsIGB7e19fcHJvdG9fX319YCBhbmRcbiAqICAgYHt7dG9TdHJpbmd9fWAgYXJlIG1pc3NlcywgYW5kIHByaW1pdGl2ZXMgaGF2ZSBubyBwcm9wZXJ0aWVzIChge3tuYW1lLmxlbmd0aH19YCBvbiBhIHN0cmluZyBpcyBhIG1pc3MpLlxuICogQG1vZHVsZVxuICovXG5cbi8qKiBBIHBhcnNlZCB2YXJpYWJsZSBuYW1lOiBgW11gIGZvciBgLmAsIG90aGVyd2lzZSB0aGUgZG90LXNlcGFyYXRlZCBzZWdtZW50cy4gKi9cbmV4cG9ydCB0eXBlIE5hbWVQYXRoID0gcmVhZG9ubHkgc3RyaW5nW107XG5cbi8qKiBTcGxpdCBhIHRhZyBuYW1lIGludG8gaXRzIHBhdGg6IGAnLidgIFx1MjE5MiBgW11gLCBgJ2EuYidgIFx1MjE5MiBgWydhJywgJ2InXWAuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VOYW1lUGF0aChuYW1lOiBzdHJpbmcpOiBOYW1lUGF0aCB7XG4gIHJldHVybiBuYW1lID09PSAnLicgPyBbXSA6IG5hbWUuc3BsaXQoJy4nKTtcbn1cblxuLyoqIFJlYWQgYW4gb3duIHByb3BlcnR5IG9mIGFuIG9iamVjdCB2YWx1ZSwgb3IgYHVuZGVmaW5lZGAuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZE93bih2YWx1ZTogdW5rbm93biwga2V5OiBzdHJpbmcpOiB1bmtub3duIHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgT2JqZWN0Lmhhc093bih2YWx1ZSwga2V5KVxuICAgID8gKHZhbHVlIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+KVtrZXldXG4gICAgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBSZWFkIGEgcGF0aCBvZiBvd24gcHJvcGVydGllcyBzdGFydGluZyBhdCBgdmFsdWVgIChubyBzdGFjayk6IGBbXWAgaXMgYHZhbHVlYCBpdHNlbGYuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZE93blBhdGgodmFsdWU6IHVua25vd24sIHBhdGg6IE5hbWVQYXRoKTogdW5rbm93biB7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgcGF0aC5sZW5ndGggJiYgdmFsdWUgIT09IHVuZGVmaW5lZDsgaSsrKSB2YWx1ZSA9IHJlYWRPd24odmFsdWUsIHBhdGhbaV0gYXMgc3RyaW5nKTtcbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKiogTG9vayBhIHNpbmdsZSAodW5kb3R0ZWQpIG5hbWUgdXAgdGhyb3VnaCB0aGUgZnJhbWVzLCB0b3AgZmlyc3QuICovXG5leHBvcnQgZnVuY3Rpb24gbG9va3VwTmFtZShmcmFtZXM6IHJlYWRvbmx5IHVua25vd25bXSwga2V5OiBzdHJpbmcpOiB1bmtub3duIHtcbiAgZm9yIChsZXQgaSA9IGZyYW1lcy5sZW5ndGggLSAxOyBpID49IDA7IGktLSkge1xuICAgIGNvbnN0IGZyYW1lID0gZnJhbWVzW2ldO1xuICAgIGlmICh0eXBlb2YgZnJhbWUgPT09ICdvYmplY3QnICYmIGZyYW1lICE9PSBudWxsICYmIE9iamVjdC5oYXNPd24oZnJhbWUsIGtleSkpIHtcbiAgICAgIHJldHVybiAoZnJhbWUgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tleV07XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBMb29rIGEgcGFyc2VkIG5hbWUgcGF0aCB1cCB0aHJvdWdoIHRoZSBmcmFtZXMgKHNlZSB0aGUgbW9kdWxlIGNvbW1lbnQgZm9yIHRoZSBydWxlcykuICovXG5leHBvcnQgZnVuY3Rpb24gbG9va3VwUGF0aChmcmFtZXM6IHJlYWRvbmx5IHVua25vd25bXSwgcGF0aDogTmFtZVBhdGgpOiB1bmtub3duIHtcbiAgY29uc3QgZmlyc3QgPSBwYXRoWzBdO1xuICBpZiAoZmlyc3QgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGZyYW1lc1tmcmFtZXMubGVuZ3RoIC0gMV07XG4gIGxldCB2YWx1ZSA9IGxvb2t1cE5hbWUoZnJhbWVzLCBmaXJzdCk7XG4gIGZvciAobGV0IGkgPSAxOyBpIDwgcGF0aC5sZW5ndGggJiYgdmFsdWUgIT09IHVuZGVmaW5lZDsgaSsrKSB7XG4gICAgdmFsdWUgPSByZWFkT3duKHZhbHVlLCBwYXRoW2ldIGFzIHN0cmluZyk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuIiwgIi8qKlxuICogU3RhdGljIGFuYWx5c2lzIG9mIGEgdGVtcGxhdGU6IHdoaWNoIHRvcC1sZXZlbCB2YXJpYWJsZXMgaXQgcmVhZHMsIHdoaWNoIGl0IGFsd2F5cyByZWFkcywgYW5kIHdoaWNoXG4gKiBwYXJ0aWFscyBpdCBpbmNsdWRlcy4gRmVlZHMgdGhlIGluZmVycmVkIGlucHV0IHNjaGVtYSBhbmQgdGhlIHRlbXBsYXRlIFx1MjFDNCBzY2hlbWEgY2hlY2suXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlIHsgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgcGFyc2VUZW1wbGF0ZSwgdHlwZSBUZW1wbGF0ZU5vZGUgfSBmcm9tICcuL3BhcnNlLmpzJztcblxuLyoqXG4gKiBXaGVyZSBhIHRhZyBzaXRzLCB3aGljaCBkZWNpZGVzIHdoaWNoIGNvbnRleHQgaXQgcmVhZHM6XG4gKiAtIGAncm9vdCdgOiBvdXRzaWRlIGFueSBzZWN0aW9uLCByZWFkIGZyb20gdGhlIGlucHV0IGl0c2VsZiBvbiBldmVyeSByZW5kZXI7XG4gKiAtIGAnY29uZGl0aW9uYWwnYDogaW5zaWRlIGludmVydGVkIHNlY3Rpb25zIG9ubHkgKHRoZXkgcHVzaCBubyBjb250ZXh0KSwgcmVhZCBmcm9tIHRoZSBpbnB1dCB3aGVuIHJlbmRlcmVkO1xuICogLSBgJ25lc3RlZCdgOiBpbnNpZGUgYSBge3sjc2VjdGlvbn19YCwgd2hpY2ggbWF5IHJlc29sdmUgaXQgZnJvbSB0aGUgc2VjdGlvbidzIHZhbHVlIGluc3RlYWQuXG4gKi9cbmV4cG9ydCB0eXBlIFRhZ1Njb3BlID0gJ3Jvb3QnIHwgJ2NvbmRpdGlvbmFsJyB8ICduZXN0ZWQnO1xuXG4vKiogQSBge3s+IG5hbWV9fWAgaW5jbHVkZSBhbmQgdGhlIHNjb3BlIGl0IHNpdHMgaW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFBhcnRpYWxSZWZlcmVuY2Uge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNjb3BlOiBUYWdTY29wZTtcbn1cblxuLyoqIFdoYXQgYSB0ZW1wbGF0ZSByZWFkcy4gTmFtZXMgYXJlIHRoZSBGSVJTVCBzZWdtZW50IG9mIGRvdHRlZCBuYW1lcyAoYHt7dXNlci5uYW1lfX1gIFx1MjE5MiBgdXNlcmApLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUZW1wbGF0ZUFuYWx5c2lzIHtcbiAgLyoqIE5hbWVzIHJlYWQgb24gZXZlcnkgcmVuZGVyIGF0IHRoZSBpbnB1dCBsZXZlbCAob3V0c2lkZSBhbnkgc2VjdGlvbik6IHRoZSBpbmZlcnJlZCByZXF1aXJlZCBpbnB1dHMuICovXG4gIHJlYWRvbmx5IHJlcXVpcmVkOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqXG4gICAqIEV2ZXJ5IG5hbWUgcmVhZCBhdCB0aGUgaW5wdXQgbGV2ZWw6IGByZXF1aXJlZGAsIHNlY3Rpb24gbmFtZXMgYXQgdGhlIGlucHV0IGxldmVsLCBhbmQgbmFtZXMgaW5zaWRlXG4gICAqIGludmVydGVkIHNlY3Rpb25zLiBOYW1lcyBpbnNpZGUgYHt7I3NlY3Rpb259fWAgYXJlIGxlZnQgb3V0OiB0aGV5IG1heSBjb21lIGZyb20gdGhlIHNlY3Rpb24ncyB2YWx1ZS5cbiAgICovXG4gIHJlYWRvbmx5IGFsbDogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKlxuICAgKiBOYW1lcyByZWFkIG9ubHkgaW5zaWRlIGB7eyNzZWN0aW9ufX1gcyAobm90IGluIGBhbGxgKTogZWFjaCBtYXkgY29tZSBmcm9tIHRoZSBzZWN0aW9uJ3MgdmFsdWUgb3IsIHRocm91Z2hcbiAgICogdGhlIGNvbnRleHQgc3RhY2ssIGZyb20gdGhlIGlucHV0LiBBbiBpbmZlcnJlZCBzY2hlbWEgYWNjZXB0cyB0aGVtIGFzIG9wdGlvbmFsIGlucHV0czsgdGhlIHRlbXBsYXRlIFx1MjFDNFxuICAgKiBzY2hlbWEgY2hlY2sgaWdub3JlcyB0aGVtLlxuICAgKi9cbiAgcmVhZG9ubHkgbmVzdGVkOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIE5hbWVzIG9mIHRoZSBwYXJ0aWFscyBpbmNsdWRlZCAoZGlyZWN0bHkpLCBpbiBvcmRlciBvZiBmaXJzdCB1c2UuICovXG4gIHJlYWRvbmx5IHBhcnRpYWxzOiByZWFkb25seSBzdHJpbmdbXTtcbn1cblxuLyoqIFRoZSBhbmFseXNpcyBvZiBvbmUgdGVtcGxhdGUncyBvd24gbm9kZXMsIGJlZm9yZSBpdHMgcGFydGlhbHMgYXJlIHRha2VuIGludG8gYWNjb3VudC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9jYWxBbmFseXNpcyBleHRlbmRzIFRlbXBsYXRlQW5hbHlzaXMge1xuICAvKiogRXZlcnkgaW5jbHVkZSB3aXRoIGl0cyBzY29wZSAob25lIGVudHJ5IHBlciB0YWcpLiAqL1xuICByZWFkb25seSByZWZlcmVuY2VzOiByZWFkb25seSBQYXJ0aWFsUmVmZXJlbmNlW107XG59XG5cbi8qKiBBbmFseXNlIHBhcnNlZCBub2RlcyAocGFydGlhbHMgYXJlIGxpc3RlZCwgbm90IGZvbGxvd2VkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbmFseXplTm9kZXMobm9kZXM6IHJlYWRvbmx5IFRlbXBsYXRlTm9kZVtdKTogTG9jYWxBbmFseXNpcyB7XG4gIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGFsbCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBuZXN0ZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgcmVmZXJlbmNlczogUGFydGlhbFJlZmVyZW5jZVtdID0gW107XG4gIHdhbGsobm9kZXMsICdyb290JywgeyByZXF1aXJlZCwgYWxsLCBuZXN0ZWQgfSwgcmVmZXJlbmNlcyk7XG4gIHJldHVybiB7XG4gICAgcmVxdWlyZWQ6IFsuLi5yZXF1aXJlZF0sXG4gICAgYWxsOiBbLi4uYWxsXSxcbiAgICBuZXN0ZWQ6IFsuLi5uZXN0ZWRdLmZpbHRlcigobmFtZSkgPT4gIWFsbC5oYXMobmFtZSkpLFxuICAgIHBhcnRpYWxzOiBbLi4ubmV3IFNldChyZWZlcmVuY2VzLm1hcCgocikgPT4gci5uYW1lKSldLFxuICAgIHJlZmVyZW5jZXMsXG4gIH07XG59XG5cbi8qKlxuICogQW5hbHlzZSBhIHRlbXBsYXRlIHNvdXJjZSBvbiBpdHMgb3duIChwYXJ0aWFscyBhcmUgbGlzdGVkLCBub3QgZm9sbG93ZWQpLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogYW5hbHl6ZVRlbXBsYXRlKCdIaSB7e3VzZXIubmFtZX19e3sjdmlwfX0gKHt7dGllcn19KXt7L3ZpcH19e3tedmlwfX17ez4gdXBzZWxsfX17ey92aXB9fScpO1xuICogLy8geyByZXF1aXJlZDogWyd1c2VyJ10sIGFsbDogWyd1c2VyJywgJ3ZpcCddLCBuZXN0ZWQ6IFsndGllciddLCBwYXJ0aWFsczogWyd1cHNlbGwnXSB9XG4gKiBgYGBcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIHRoZSB0ZW1wbGF0ZSBkb2VzIG5vdCBwYXJzZVxuICovXG5leHBvcnQgZnVuY3Rpb24gYW5hbHl6ZVRlbXBsYXRlKHNvdXJjZTogc3RyaW5nLCBsb2NhdGlvbj86IFByb21wdEZvcm1hdExvY2F0aW9uKTogVGVtcGxhdGVBbmFseXNpcyB7XG4gIGNvbnN0IHsgcmVxdWlyZWQsIGFsbCwgbmVzdGVkLCBwYXJ0aWFscyB9ID0gYW5hbHl6ZU5vZGVzKHBhcnNlVGVtcGxhdGUoc291cmNlLCBsb2NhdGlvbikpO1xuICByZXR1cm4geyByZXF1aXJlZCwgYWxsLCBuZXN0ZWQsIHBhcnRpYWxzIH07XG59XG5cbmludGVyZmFjZSBOYW1lU2V0cyB7XG4gIHJlYWRvbmx5IHJlcXVpcmVkOiBTZXQ8c3RyaW5nPjtcbiAgcmVhZG9ubHkgYWxsOiBTZXQ8c3RyaW5nPjtcbiAgcmVhZG9ubHkgbmVzdGVkOiBTZXQ8c3RyaW5nPjtcbn1cblxuZnVuY3Rpb24gd2Fsayhub2RlczogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10sIHNjb3BlOiBUYWdTY29wZSwgbmFtZXM6IE5hbWVTZXRzLCByZWZlcmVuY2VzOiBQYXJ0aWFsUmVmZXJlbmNlW10pOiB2b2lkIHtcbiAgZm9yIChjb25zdCBub2RlIG9mIG5vZGVzKSB7XG4gICAgc3dpdGNoIChub2RlLmtpbmQpIHtcbiAgICAgIGNhc2UgJ3ZhcmlhYmxlJzpcbiAgICAgICAgYWRkTmFtZShub2RlLnBhdGhbMF0sIHNjb3BlLCBmYWxzZSwgbmFtZXMpO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgJ3NlY3Rpb24nOiB7XG4gICAgICAgIGFkZE5hbWUobm9kZS5wYXRoWzBdLCBzY29wZSwgdHJ1ZSwgbmFtZXMpO1xuICAgICAgICBjb25zdCBpbm5lcjogVGFnU2NvcGUgPSBub2RlLmludmVydGVkICYmIHNjb3BlICE9PSAnbmVzdGVkJyA/ICdjb25kaXRpb25hbCcgOiAnbmVzdGVkJztcbiAgICAgICAgd2Fsayhub2RlLmNoaWxkcmVuLCBpbm5lciwgbmFtZXMsIHJlZmVyZW5jZXMpO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGNhc2UgJ3BhcnRpYWwnOlxuICAgICAgICByZWZlcmVuY2VzLnB1c2goeyBuYW1lOiBub2RlLm5hbWUsIHNjb3BlIH0pO1xuICAgICAgICBicmVhaztcbiAgICAgIGRlZmF1bHQ6XG4gICAgICAgIGJyZWFrO1xuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBhZGROYW1lKGZpcnN0OiBzdHJpbmcgfCB1bmRlZmluZWQsIHNjb3BlOiBUYWdTY29wZSwgaXNTZWN0aW9uOiBib29sZWFuLCBuYW1lczogTmFtZVNldHMpOiB2b2lkIHtcbiAgaWYgKGZpcnN0ID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgaWYgKHNjb3BlID09PSAnbmVzdGVkJykge1xuICAgIG5hbWVzLm5lc3RlZC5hZGQoZmlyc3QpO1xuICAgIHJldHVybjtcbiAgfVxuICBuYW1lcy5hbGwuYWRkKGZpcnN0KTtcbiAgaWYgKHNjb3BlID09PSAncm9vdCcgJiYgIWlzU2VjdGlvbikgbmFtZXMucmVxdWlyZWQuYWRkKGZpcnN0KTtcbn1cbiIsICIvKipcbiAqIFBhcnRpYWxzIGF0IGNvbXBpbGUgdGltZTogZmV0Y2ggZXZlcnkgcGFydGlhbCByZWFjaGFibGUgZnJvbSBhIHRlbXBsYXRlIHRocm91Z2ggdGhlIGNhbGxlcidzIHJlc29sdmVyLCBwYXJzZVxuICogZWFjaCBvbmNlLCByZXBvcnQgbWlzc2luZyBvbmVzLCByZWplY3QgaW5jbHVkZSBjeWNsZXMgdGhhdCBjYW4gbmV2ZXIgZW5kLCBhbmQgZm9sZCB0aGUgcGFydGlhbHMnIHZhcmlhYmxlc1xuICogaW50byB0aGUgaW5jbHVkaW5nIHRlbXBsYXRlJ3MgYW5hbHlzaXMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCB0eXBlIFByb21wdEZvcm1hdExvY2F0aW9uIH0gZnJvbSAnLi4vLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGFuYWx5emVOb2RlcywgdHlwZSBMb2NhbEFuYWx5c2lzLCB0eXBlIFRhZ1Njb3BlLCB0eXBlIFRlbXBsYXRlQW5hbHlzaXMgfSBmcm9tICcuL2FuYWx5emUuanMnO1xuaW1wb3J0IHsgcGFyc2VUZW1wbGF0ZSwgdHlwZSBUZW1wbGF0ZU5vZGUgfSBmcm9tICcuL3BhcnNlLmpzJztcblxuLyoqIFJldHVybnMgdGhlIHRlbXBsYXRlIHRleHQgb2YgdGhlIHBhcnRpYWwgb2YgdGhhdCBuYW1lLCBvciBgdW5kZWZpbmVkYCB3aGVuIHRoZXJlIGlzIG5vbmUuICovXG5leHBvcnQgdHlwZSBQYXJ0aWFsUmVzb2x2ZXIgPSAobmFtZTogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQ7XG5cbi8qKiBBIHBhcnRpYWwgZm91bmQgYW5kIHBhcnNlZCBhdCBjb21waWxlIHRpbWUuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc29sdmVkUGFydGlhbCB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgc291cmNlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG5vZGVzOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXTtcbiAgcmVhZG9ubHkgYW5hbHlzaXM6IExvY2FsQW5hbHlzaXM7XG59XG5cbi8qKiBFdmVyeSBwYXJ0aWFsIHJlYWNoYWJsZSBmcm9tIG9uZSB0ZW1wbGF0ZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFydGlhbEdyYXBoIHtcbiAgLyoqIFRoZSBwYXJ0aWFscyBmb3VuZCwgYnkgbmFtZS4gKi9cbiAgcmVhZG9ubHkgZm91bmQ6IFJlYWRvbmx5TWFwPHN0cmluZywgUmVzb2x2ZWRQYXJ0aWFsPjtcbiAgLyoqIE5hbWVzIGluY2x1ZGVkIHNvbWV3aGVyZSBidXQgbm90IGZvdW5kIChvbmx5IHBvc3NpYmxlIHdoZW4gbm90IHN0cmljdCkuICovXG4gIHJlYWRvbmx5IG1pc3Npbmc6IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgcmVzb2x2ZVBhcnRpYWxHcmFwaH0uICovXG5leHBvcnQgaW50ZXJmYWNlIFJlc29sdmVQYXJ0aWFsc09wdGlvbnMge1xuICByZWFkb25seSByZXNvbHZlOiBQYXJ0aWFsUmVzb2x2ZXIgfCB1bmRlZmluZWQ7XG4gIC8qKiBNaXNzaW5nIHBhcnRpYWxzIGFyZSBlcnJvcnMgd2hlbiB0cnVlLiAqL1xuICByZWFkb25seSBzdHJpY3Q6IGJvb2xlYW47XG4gIC8qKiBMb2NhdGlvbiBvZiB0aGUgaW5jbHVkaW5nIHRlbXBsYXRlLCBmb3IgZXJyb3JzLiAqL1xuICByZWFkb25seSBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb247XG59XG5cbi8qKlxuICogRmV0Y2ggYW5kIHBhcnNlIGV2ZXJ5IHBhcnRpYWwgcmVhY2hhYmxlIGZyb20gYHJvb3RgLCB0aGVuIGNoZWNrIGZvciBlbmRsZXNzIGluY2x1ZGUgY3ljbGVzLlxuICpcbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIGEgcGFydGlhbCBpcyBtaXNzaW5nIChzdHJpY3QpLCBkb2VzIG5vdCBwYXJzZSwgb3IgYSBjeWNsZSBvZiBpbmNsdWRlcyBzaXRzXG4gKiAgIG91dHNpZGUgYW55IHNlY3Rpb24gKGl0IGNvdWxkIG5ldmVyIGVuZClcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVQYXJ0aWFsR3JhcGgocm9vdDogTG9jYWxBbmFseXNpcywgb3B0aW9uczogUmVzb2x2ZVBhcnRpYWxzT3B0aW9ucyk6IFBhcnRpYWxHcmFwaCB7XG4gIGNvbnN0IGZvdW5kID0gbmV3IE1hcDxzdHJpbmcsIFJlc29sdmVkUGFydGlhbD4oKTtcbiAgY29uc3QgbWlzc2luZzogc3RyaW5nW10gPSBbXTtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBxdWV1ZTogQXJyYXk8eyBuYW1lOiBzdHJpbmc7IGluY2x1ZGVyOiBzdHJpbmcgfCB1bmRlZmluZWQgfT4gPSByb290LnBhcnRpYWxzLm1hcCgobmFtZSkgPT4gKHtcbiAgICBuYW1lLFxuICAgIGluY2x1ZGVyOiBvcHRpb25zLmxvY2F0aW9uLnByb21wdE5hbWUsXG4gIH0pKTtcbiAgZm9yIChsZXQgaXRlbSA9IHF1ZXVlLnNoaWZ0KCk7IGl0ZW0gIT09IHVuZGVmaW5lZDsgaXRlbSA9IHF1ZXVlLnNoaWZ0KCkpIHtcbiAgICBjb25zdCB7IG5hbWUsIGluY2x1ZGVyIH0gPSBpdGVtO1xuICAgIGlmIChzZWVuLmhhcyhuYW1lKSkgY29udGludWU7XG4gICAgc2Vlbi5hZGQobmFtZSk7XG4gICAgY29uc3Qgc291cmNlID0gb3B0aW9ucy5yZXNvbHZlPy4obmFtZSk7XG4gICAgaWYgKHNvdXJjZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBpZiAob3B0aW9ucy5zdHJpY3QpIHRocm93IG1pc3NpbmdQYXJ0aWFsRXJyb3IobmFtZSwgaW5jbHVkZXIsIG9wdGlvbnMubG9jYXRpb24pO1xuICAgICAgbWlzc2luZy5wdXNoKG5hbWUpO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGNvbnN0IG5vZGVzID0gcGFyc2VUZW1wbGF0ZShzb3VyY2UsIHsgcHJvbXB0TmFtZTogbmFtZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSk7XG4gICAgY29uc3QgYW5hbHlzaXMgPSBhbmFseXplTm9kZXMobm9kZXMpO1xuICAgIGZvdW5kLnNldChuYW1lLCB7IG5hbWUsIHNvdXJjZSwgbm9kZXMsIGFuYWx5c2lzIH0pO1xuICAgIGZvciAoY29uc3QgbmV4dCBvZiBhbmFseXNpcy5wYXJ0aWFscykgcXVldWUucHVzaCh7IG5hbWU6IG5leHQsIGluY2x1ZGVyOiBuYW1lIH0pO1xuICB9XG4gIGNvbnN0IGN5Y2xlID0gZmluZEVuZGxlc3NDeWNsZShyb290LCBmb3VuZCk7XG4gIGlmIChjeWNsZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgbGFzdCA9IGN5Y2xlW2N5Y2xlLmxlbmd0aCAtIDFdIGFzIHN0cmluZztcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICBgcGFydGlhbCBpbmNsdWRlIGN5Y2xlICR7Y3ljbGUubWFwKChuKSA9PiBgXCIke259XCJgKS5qb2luKCcgXHUyMTkyICcpfSBpcyBvdXRzaWRlIGFueSBzZWN0aW9uLCBzbyByZW5kZXJpbmcgaXQgYCArXG4gICAgICAgIGBjb3VsZCBuZXZlciBlbmQ7IHB1dCB0aGUgcmVjdXJzaXZlIFwie3s+ICR7bGFzdH19fVwiIGluc2lkZSBhIHNlY3Rpb24gdGhhdCBlbmRzIGAgK1xuICAgICAgICBgKGUuZy4gXCJ7eyNjaGlsZHJlbn19e3s+ICR7bGFzdH19fXt7L2NoaWxkcmVufX1cIikgb3IgcmVtb3ZlIGl0YCxcbiAgICAgIHsgLi4ub3B0aW9ucy5sb2NhdGlvbiwgZmllbGQ6IG9wdGlvbnMubG9jYXRpb24uZmllbGQgPz8gJ3RlbXBsYXRlJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHsgZm91bmQsIG1pc3NpbmcgfTtcbn1cblxuZnVuY3Rpb24gbWlzc2luZ1BhcnRpYWxFcnJvcihcbiAgbmFtZTogc3RyaW5nLFxuICBpbmNsdWRlcjogc3RyaW5nIHwgdW5kZWZpbmVkLFxuICBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24sXG4pOiBQcm9tcHRGb3JtYXRFcnJvciB7XG4gIGNvbnN0IGJ5ID0gaW5jbHVkZXIgPT09IHVuZGVmaW5lZCA/ICcnIDogYCAoaW5jbHVkZWQgYnkgXCIke2luY2x1ZGVyfVwiKWA7XG4gIHJldHVybiBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgYHBhcnRpYWwgXCIke25hbWV9XCIgbm90IGZvdW5kJHtieX07IGNyZWF0ZSBpdCAoZS5nLiAke25hbWV9LnByb21wdC5tZDsgc2hhcmVkIHNuaXBwZXRzIHVzdWFsbHkgbGl2ZSBgICtcbiAgICAgIGB1bmRlciBwYXJ0aWFscy8pIG9yIGZpeCB0aGUgbmFtZSBpbiBcInt7PiAke25hbWV9fX1cImAsXG4gICAgeyAuLi5sb2NhdGlvbiwgZmllbGQ6IGxvY2F0aW9uLmZpZWxkID8/ICd0ZW1wbGF0ZScgfSxcbiAgKTtcbn1cblxuLyoqXG4gKiBBIGN5Y2xlIG1hZGUgb25seSBvZiBpbmNsdWRlcyB0aGF0IHNpdCBvdXRzaWRlIGFueSBzZWN0aW9uIChzY29wZSBgJ3Jvb3QnYCkgcmVuZGVycyBmb3JldmVyIG9uY2UgZW50ZXJlZC5cbiAqIFJldHVybnMgdGhlIG5hbWVzIGFsb25nIHRoZSBmaXJzdCBzdWNoIGN5Y2xlIGZvdW5kIChmaXJzdCBuYW1lIHJlcGVhdGVkIGF0IHRoZSBlbmQpLCBvciBgdW5kZWZpbmVkYC5cbiAqL1xuZnVuY3Rpb24gZmluZEVuZGxlc3NDeWNsZShyb290OiBMb2NhbEFuYWx5c2lzLCBmb3VuZDogUmVhZG9ubHlNYXA8c3RyaW5nLCBSZXNvbHZlZFBhcnRpYWw+KTogc3RyaW5nW10gfCB1bmRlZmluZWQge1xuICBjb25zdCB1bmNvbmRpdGlvbmFsID0gKGFuYWx5c2lzOiBMb2NhbEFuYWx5c2lzKTogc3RyaW5nW10gPT5cbiAgICBhbmFseXNpcy5yZWZlcmVuY2VzLmZpbHRlcigocikgPT4gci5zY29wZSA9PT0gJ3Jvb3QnKS5tYXAoKHIpID0+IHIubmFtZSk7XG4gIGNvbnN0IGRvbmUgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qgb25QYXRoOiBzdHJpbmdbXSA9IFtdO1xuXG4gIGNvbnN0IHZpc2l0ID0gKG5hbWU6IHN0cmluZyk6IHN0cmluZ1tdIHwgdW5kZWZpbmVkID0+IHtcbiAgICBjb25zdCBhdCA9IG9uUGF0aC5pbmRleE9mKG5hbWUpO1xuICAgIGlmIChhdCA+PSAwKSByZXR1cm4gWy4uLm9uUGF0aC5zbGljZShhdCksIG5hbWVdO1xuICAgIGlmIChkb25lLmhhcyhuYW1lKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBwYXJ0aWFsID0gZm91bmQuZ2V0KG5hbWUpO1xuICAgIGlmIChwYXJ0aWFsID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgb25QYXRoLnB1c2gobmFtZSk7XG4gICAgZm9yIChjb25zdCBuZXh0IG9mIHVuY29uZGl0aW9uYWwocGFydGlhbC5hbmFseXNpcykpIHtcbiAgICAgIGNvbnN0IGN5Y2xlID0gdmlzaXQobmV4dCk7XG4gICAgICBpZiAoY3ljbGUgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGN5Y2xlO1xuICAgIH1cbiAgICBvblBhdGgucG9wKCk7XG4gICAgZG9uZS5hZGQobmFtZSk7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfTtcblxuICBmb3IgKGNvbnN0IG5hbWUgb2YgWy4uLnVuY29uZGl0aW9uYWwocm9vdCksIC4uLmZvdW5kLmtleXMoKV0pIHtcbiAgICBjb25zdCBjeWNsZSA9IHZpc2l0KG5hbWUpO1xuICAgIGlmIChjeWNsZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gY3ljbGU7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuLyoqIEhvdyBhIHBhcnRpYWwncyBuYW1lcyBjb3VudCBmb3IgdGhlIHRlbXBsYXRlIGluY2x1ZGluZyBpdC4gKi9cbnR5cGUgSW5jbHVzaW9uID0gJ3JlcXVpcmVkJyB8ICdjb25kaXRpb25hbCcgfCAnbmVzdGVkJztcblxuLyoqXG4gKiBUaGUgYW5hbHlzaXMgb2YgYSB0ZW1wbGF0ZSB0b2dldGhlciB3aXRoIHRoZSBwYXJ0aWFscyBpdCBpbmNsdWRlczogYSBwYXJ0aWFsIGluY2x1ZGVkIG91dHNpZGUgYW55IHNlY3Rpb25cbiAqIGFkZHMgaXRzIHJlcXVpcmVkIG5hbWVzIHRvIGByZXF1aXJlZGA7IG9uZSBpbnNpZGUgaW52ZXJ0ZWQgc2VjdGlvbnMgb25seSBhZGRzIHRoZW0gdG8gYGFsbGA7IG9uZSBpbnNpZGUgYVxuICogYHt7I3NlY3Rpb259fWAgYWRkcyBhbGwgaXRzIG5hbWVzIHRvIGBuZXN0ZWRgLiBgcGFydGlhbHNgIHN0YXlzIHRoZSBkaXJlY3QgaW5jbHVkZXMgb2YgdGhlIHRlbXBsYXRlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWVyZ2VQYXJ0aWFsQW5hbHlzaXMocm9vdDogTG9jYWxBbmFseXNpcywgZ3JhcGg6IFBhcnRpYWxHcmFwaCk6IFRlbXBsYXRlQW5hbHlzaXMge1xuICBjb25zdCByZXF1aXJlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhbGwgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgbmVzdGVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIC8vIEVhY2ggKHBhcnRpYWwsIGluY2x1c2lvbikgcGFpciBpcyBmb2xkZWQgaW4gb25jZTogaGFuZGxlcyByZWN1cnNpdmUgcGFydGlhbHMgYW5kIGRpYW1vbmRzLlxuICBjb25zdCBhZGRlZCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuXG4gIGNvbnN0IGFkZCA9IChhbmFseXNpczogTG9jYWxBbmFseXNpcywgaW5jbHVzaW9uOiBJbmNsdXNpb24pOiB2b2lkID0+IHtcbiAgICBpZiAoaW5jbHVzaW9uID09PSAncmVxdWlyZWQnKSBmb3IgKGNvbnN0IG5hbWUgb2YgYW5hbHlzaXMucmVxdWlyZWQpIHJlcXVpcmVkLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYW5hbHlzaXMuYWxsKSAoaW5jbHVzaW9uID09PSAnbmVzdGVkJyA/IG5lc3RlZCA6IGFsbCkuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiBhbmFseXNpcy5uZXN0ZWQpIG5lc3RlZC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCByZWYgb2YgYW5hbHlzaXMucmVmZXJlbmNlcykge1xuICAgICAgY29uc3QgcGFydGlhbCA9IGdyYXBoLmZvdW5kLmdldChyZWYubmFtZSk7XG4gICAgICBjb25zdCBpbm5lciA9IGNvbWJpbmUoaW5jbHVzaW9uLCByZWYuc2NvcGUpO1xuICAgICAgY29uc3Qga2V5ID0gYCR7aW5uZXJ9OiR7cmVmLm5hbWV9YDtcbiAgICAgIGlmIChwYXJ0aWFsID09PSB1bmRlZmluZWQgfHwgYWRkZWQuaGFzKGtleSkpIGNvbnRpbnVlO1xuICAgICAgYWRkZWQuYWRkKGtleSk7XG4gICAgICBhZGQocGFydGlhbC5hbmFseXNpcywgaW5uZXIpO1xuICAgIH1cbiAgfTtcbiAgYWRkKHJvb3QsICdyZXF1aXJlZCcpO1xuICByZXR1cm4ge1xuICAgIHJlcXVpcmVkOiBbLi4ucmVxdWlyZWRdLFxuICAgIGFsbDogWy4uLmFsbF0sXG4gICAgbmVzdGVkOiBbLi4ubmVzdGVkXS5maWx0ZXIoKG5hbWUpID0+ICFhbGwuaGFzKG5hbWUpKSxcbiAgICBwYXJ0aWFsczogcm9vdC5wYXJ0aWFscyxcbiAgfTtcbn1cblxuZnVuY3Rpb24gY29tYmluZShvdXRlcjogSW5jbHVzaW9uLCBzY29wZTogVGFnU2NvcGUpOiBJbmNsdXNpb24ge1xuICBpZiAob3V0ZXIgPT09ICduZXN0ZWQnIHx8IHNjb3BlID09PSAnbmVzdGVkJykgcmV0dXJuICduZXN0ZWQnO1xuICBpZiAob3V0ZXIgPT09ICdjb25kaXRpb25hbCcgfHwgc2NvcGUgPT09ICdjb25kaXRpb25hbCcpIHJldHVybiAnY29uZGl0aW9uYWwnO1xuICByZXR1cm4gJ3JlcXVpcmVkJztcbn1cbiIsICIvKipcbiAqIEhvdyB2YWx1ZXMgZnJvbSB0aGUgdmlldyBiZWNvbWUgdGV4dCwgYW5kIHdoaWNoIHZhbHVlcyBjb3VudCBhcyBcImVtcHR5XCIgZm9yIHNlY3Rpb25zLlxuICogQG1vZHVsZVxuICovXG5cbi8qKlxuICogVHVybiBhbiBpbnRlcnBvbGF0ZWQgdmFsdWUgaW50byB0ZXh0LlxuICpcbiAqIC0gc3RyaW5ncyBhcyB0aGV5IGFyZTsgbnVtYmVycywgYm9vbGVhbnMgYW5kIGJpZ2ludHMgdGhyb3VnaCBgU3RyaW5nYDtcbiAqIC0gYG51bGxgLCBgdW5kZWZpbmVkYCwgZnVuY3Rpb25zIGFuZCBzeW1ib2xzIGFzIGAnJ2AgKGZ1bmN0aW9ucyBhcmUgbmV2ZXIgY2FsbGVkOiBwcm9tcHRzIGhhdmUgbm8gbGFtYmRhcyk7XG4gKiAtIGBEYXRlYCBhcyBpdHMgSVNPIHN0cmluZztcbiAqIC0gb3RoZXIgb2JqZWN0cyBhbmQgYXJyYXlzIGFzIEpTT04gKG5ldmVyIGBbb2JqZWN0IE9iamVjdF1gKS4gQSB2YWx1ZSBKU09OIGNhbm5vdCBlbmNvZGUgKGEgY3ljbGUsIGEgYmlnaW50XG4gKiAgIGluc2lkZSkgc3RpbGwgcmVuZGVyczogY3ljbGVzIGJlY29tZSBgXCJbQ2lyY3VsYXJdXCJgLCBiaWdpbnRzIHRoZWlyIGRlY2ltYWwgc3RyaW5nLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdG9UZXh0KHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiB2YWx1ZTtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiAnJztcbiAgc3dpdGNoICh0eXBlb2YgdmFsdWUpIHtcbiAgICBjYXNlICdudW1iZXInOlxuICAgIGNhc2UgJ2Jvb2xlYW4nOlxuICAgIGNhc2UgJ2JpZ2ludCc6XG4gICAgICByZXR1cm4gU3RyaW5nKHZhbHVlKTtcbiAgICBjYXNlICdvYmplY3QnOlxuICAgICAgcmV0dXJuIG9iamVjdFRvVGV4dCh2YWx1ZSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiAnJztcbiAgfVxufVxuXG5mdW5jdGlvbiBvYmplY3RUb1RleHQodmFsdWU6IG9iamVjdCk6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSBpbnN0YW5jZW9mIERhdGUpIHJldHVybiBOdW1iZXIuaXNOYU4odmFsdWUuZ2V0VGltZSgpKSA/ICcnIDogdmFsdWUudG9JU09TdHJpbmcoKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodmFsdWUpID8/ICcnO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gc2FmZVN0cmluZ2lmeSh2YWx1ZSk7XG4gIH1cbn1cblxuZnVuY3Rpb24gc2FmZVN0cmluZ2lmeSh2YWx1ZTogb2JqZWN0KTogc3RyaW5nIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBXZWFrU2V0PG9iamVjdD4oKTtcbiAgcmV0dXJuIChcbiAgICBKU09OLnN0cmluZ2lmeSh2YWx1ZSwgKF9rZXksIGl0ZW06IHVua25vd24pID0+IHtcbiAgICAgIGlmICh0eXBlb2YgaXRlbSA9PT0gJ2JpZ2ludCcpIHJldHVybiBpdGVtLnRvU3RyaW5nKCk7XG4gICAgICBpZiAodHlwZW9mIGl0ZW0gPT09ICdvYmplY3QnICYmIGl0ZW0gIT09IG51bGwpIHtcbiAgICAgICAgaWYgKHNlZW4uaGFzKGl0ZW0pKSByZXR1cm4gJ1tDaXJjdWxhcl0nO1xuICAgICAgICBzZWVuLmFkZChpdGVtKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBpdGVtO1xuICAgIH0pID8/ICcnXG4gICk7XG59XG5cbi8qKlxuICogVHJ1ZSB3aGVuIGEgc2VjdGlvbiBtdXN0IGJlIHNraXBwZWQgKGFuZCBhbiBpbnZlcnRlZCBzZWN0aW9uIHJlbmRlcmVkKTogSmF2YVNjcmlwdC1mYWxzeSB2YWx1ZXNcbiAqIChgZmFsc2VgLCBgbnVsbGAsIGB1bmRlZmluZWRgLCBgMGAsIGBOYU5gLCBgJydgLCBhcyB0aGUgc3BlYydzIGAhIWRhdGFgIHJ1bGUgc2F5cyksIGVtcHR5IGFycmF5cywgYW5kXG4gKiBmdW5jdGlvbnMgKG5ldmVyIGNhbGxlZDsgdHJlYXRlZCBhcyBlbXB0eSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0VtcHR5VmFsdWUodmFsdWU6IHVua25vd24pOiBib29sZWFuIHtcbiAgcmV0dXJuICF2YWx1ZSB8fCB0eXBlb2YgdmFsdWUgPT09ICdmdW5jdGlvbicgfHwgKEFycmF5LmlzQXJyYXkodmFsdWUpICYmIHZhbHVlLmxlbmd0aCA9PT0gMCk7XG59XG5cbmNvbnN0IEhUTUxfRU5USVRJRVM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICAnJic6ICcmYW1wOycsXG4gICc8JzogJyZsdDsnLFxuICAnPic6ICcmZ3Q7JyxcbiAgJ1wiJzogJyZxdW90OycsXG4gIFwiJ1wiOiAnJiMzOTsnLFxufTtcblxuY29uc3QgSFRNTF9TUEVDSUFMID0gL1smPD5cIiddL2c7XG5cbi8qKlxuICogSFRNTC1lc2NhcGUgYCZgLCBgPGAsIGA+YCwgYFwiYCBhbmQgYCdgLiBQYXNzIGl0IGFzIHRoZSBgZXNjYXBlYCBvcHRpb24gdG8gZ2V0IHRoZSBNdXN0YWNoZSBzcGVjJ3NcbiAqIGJlaGF2aW91ciAoYHt7eH19YCBlc2NhcGVkLCBge3t7eH19fWAgYW5kIGB7eyZ4fX1gIHJhdykuIFByb21wdHMgZG8gbm90IGVzY2FwZSBieSBkZWZhdWx0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlSHRtbCh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdGV4dC5yZXBsYWNlKEhUTUxfU1BFQ0lBTCwgKGNoYXIpID0+IEhUTUxfRU5USVRJRVNbY2hhcl0gPz8gY2hhcik7XG59XG4iLCAiLyoqXG4gKiBUaGUgdGVtcGxhdGUgY29tcGlsZXI6IHBhcnNlcyBhIHRlbXBsYXRlIG9uY2UgKHdpdGggYG11c3RhY2hlYCdzIHBhcnNlcikgYW5kIHR1cm5zIHRoZSB0cmVlIGludG8gbmVzdGVkXG4gKiBjbG9zdXJlcyB0aGF0IGRvIHRoZWlyIG93biBjb250ZXh0IGxvb2t1cC4gUmVuZGVyaW5nIGRvZXMgbm8gcGFyc2luZyBhbmQgbm8gZ2xvYmFsIHN0YXRlIGlzIHRvdWNoZWQ7XG4gKiBubyBjb2RlIGlzIGdlbmVyYXRlZCBhdCBydW4gdGltZSAoYG5ldyBGdW5jdGlvbmAgaXMgYmFubmVkIG9uIHNvbWUgZWRnZSBydW50aW1lcykuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCB0ID0gY29tcGlsZVRlbXBsYXRlKCdIZWxsbyB7e3VzZXIubmFtZX19e3sjdGFnc319LCB7ey59fXt7L3RhZ3N9fScpO1xuICogdC5yZW5kZXIoeyB1c2VyOiB7IG5hbWU6ICdBZGEnIH0sIHRhZ3M6IFsnYScsICdiJ10gfSk7IC8vICdIZWxsbyBBZGEsIGEsIGInXG4gKiBgYGBcbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IsIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24gfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgYW5hbHl6ZU5vZGVzLCB0eXBlIFRlbXBsYXRlQW5hbHlzaXMgfSBmcm9tICcuL2FuYWx5emUuanMnO1xuaW1wb3J0IHsgbG9va3VwTmFtZSwgbG9va3VwUGF0aCwgcmVhZE93biwgcmVhZE93blBhdGggfSBmcm9tICcuL2xvb2t1cC5qcyc7XG5pbXBvcnQgeyBwYXJzZVRlbXBsYXRlLCB0eXBlIFRlbXBsYXRlTm9kZSB9IGZyb20gJy4vcGFyc2UuanMnO1xuaW1wb3J0IHsgbWVyZ2VQYXJ0aWFsQW5hbHlzaXMsIHR5cGUgUGFydGlhbEdyYXBoLCB0eXBlIFBhcnRpYWxSZXNvbHZlciwgcmVzb2x2ZVBhcnRpYWxHcmFwaCB9IGZyb20gJy4vcGFydGlhbHMuanMnO1xuaW1wb3J0IHsgaXNFbXB0eVZhbHVlLCB0b1RleHQgfSBmcm9tICcuL3ZhbHVlLmpzJztcblxuLyoqIERlZXBlc3QgbmVzdGluZyBvZiBwYXJ0aWFscyB3aGlsZSByZW5kZXJpbmc7IGRlZXBlciByZWN1cnNpb24gaXMgYW4gZXJyb3IsIG5ldmVyIGEgc3RhY2sgb3ZlcmZsb3cuICovXG5leHBvcnQgY29uc3QgTUFYX1BBUlRJQUxfREVQVEggPSA2NDtcblxuLyoqIE1vc3QgcGFydGlhbCBpbmNsdXNpb25zIGluIG9uZSByZW5kZXI7IG1vcmUgaXMgYW4gZXJyb3IsIG5ldmVyIGEgaGFuZyAoZS5nLiBhIHdpZGUgcmVjdXJzaXZlIHBhcnRpYWwpLiAqL1xuZXhwb3J0IGNvbnN0IE1BWF9QQVJUSUFMX1JFTkRFUlMgPSAxMDBfMDAwO1xuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgY29tcGlsZVRlbXBsYXRlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGlsZVRlbXBsYXRlT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBSZXR1cm5zIHRoZSB0ZW1wbGF0ZSB0ZXh0IG9mIGEgcGFydGlhbCBieSBuYW1lLCBvciBgdW5kZWZpbmVkYCB3aGVuIHRoZXJlIGlzIG5vbmUuIENhbGxlZCBhdCBjb21waWxlIHRpbWVcbiAgICogb25seSwgb25jZSBwZXIgbmFtZSByZWFjaGFibGUgZnJvbSB0aGUgdGVtcGxhdGUuXG4gICAqL1xuICBwYXJ0aWFsPzogUGFydGlhbFJlc29sdmVyO1xuICAvKipcbiAgICogRXNjYXBlcyB0aGUgdGV4dCBvZiBge3tuYW1lfX1gIHRhZ3MgKG5ldmVyIG9mIGB7e3tuYW1lfX19YCBvciBge3smbmFtZX19YCkuIFVuc2V0IGJ5IGRlZmF1bHQ6IHByb21wdHMgYXJlXG4gICAqIG5vdCBIVE1MLiBQYXNzIGBlc2NhcGVIdG1sYCBmb3IgdGhlIE11c3RhY2hlIHNwZWMncyBiZWhhdmlvdXIuXG4gICAqL1xuICBlc2NhcGU/OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG4gIC8qKlxuICAgKiBXaGVuIHRydWUgKHRoZSBkZWZhdWx0KSBhIG1pc3NpbmcgcGFydGlhbCBpcyBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gYXQgY29tcGlsZSB0aW1lOyB3aGVuIGZhbHNlIGl0XG4gICAqIHJlbmRlcnMgYXMgZW1wdHksIGFzIHRoZSBNdXN0YWNoZSBzcGVjIHNheXMuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHN0cmljdD86IGJvb2xlYW47XG4gIC8qKiBXaGVyZSB0aGUgdGVtcGxhdGUgY29tZXMgZnJvbSAoZmlsZSwgcHJvbXB0IG5hbWUsIGZpZWxkLCBzdGFydCBsaW5lKSwgZm9yIGVycm9yIG1lc3NhZ2VzLiAqL1xuICBsb2NhdGlvbj86IFByb21wdEZvcm1hdExvY2F0aW9uO1xufVxuXG4vKiogQSB0ZW1wbGF0ZSBjb21waWxlZCBvbmNlIGludG8gYSByZW5kZXIgZnVuY3Rpb24uICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVkVGVtcGxhdGUge1xuICAvKiogVGhlIHRlbXBsYXRlIHRleHQuICovXG4gIHJlYWRvbmx5IHNvdXJjZTogc3RyaW5nO1xuICAvKiogV2hhdCB0aGUgdGVtcGxhdGUgcmVhZHMsIGluY2x1ZGluZyB3aGF0IGl0cyBwYXJ0aWFscyByZWFkIChzZWUge0BsaW5rIFRlbXBsYXRlQW5hbHlzaXN9KS4gKi9cbiAgcmVhZG9ubHkgYW5hbHlzaXM6IFRlbXBsYXRlQW5hbHlzaXM7XG4gIC8qKiBQYXJ0aWFscyBpbmNsdWRlZCBzb21ld2hlcmUgYnV0IG5vdCBmb3VuZCAob25seSB3aGVuIGNvbXBpbGVkIHdpdGggYHN0cmljdDogZmFsc2VgKTsgdGhleSByZW5kZXIgZW1wdHkuICovXG4gIHJlYWRvbmx5IG1pc3NpbmdQYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKlxuICAgKiBSZW5kZXIgd2l0aCBgdmlld2AgYXMgdGhlIHJvb3QgY29udGV4dC4gTmV2ZXIgY2FsbHMgZnVuY3Rpb25zIGZvdW5kIGluIHRoZSB2aWV3LlxuICAgKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiBwYXJ0aWFscyBuZXN0IGRlZXBlciB0aGFuIHtAbGluayBNQVhfUEFSVElBTF9ERVBUSH0gb3IgYXJlIGluY2x1ZGVkIG1vcmVcbiAgICogICB0aGFuIHtAbGluayBNQVhfUEFSVElBTF9SRU5ERVJTfSB0aW1lc1xuICAgKi9cbiAgcmVuZGVyKHZpZXc6IHVua25vd24pOiBzdHJpbmc7XG59XG5cbi8qKiBNdXRhYmxlIHN0YXRlIG9mIG9uZSByZW5kZXIgY2FsbC4gKi9cbmludGVyZmFjZSBSZW5kZXJTdGF0ZSB7XG4gIC8qKiBUaGUgY29udGV4dCBzdGFjaywgcm9vdCBmaXJzdC4gKi9cbiAgcmVhZG9ubHkgZnJhbWVzOiB1bmtub3duW107XG4gIC8qKiBDdXJyZW50IHBhcnRpYWwgbmVzdGluZyBkZXB0aC4gKi9cbiAgZGVwdGg6IG51bWJlcjtcbiAgLyoqIFBhcnRpYWwgaW5jbHVzaW9ucyBzbyBmYXIuICovXG4gIGluY2x1ZGVzOiBudW1iZXI7XG59XG5cbnR5cGUgUmVuZGVyRm4gPSAoc3RhdGU6IFJlbmRlclN0YXRlKSA9PiBzdHJpbmc7XG5cbi8qKlxuICogQ29tcGlsZSBhIHRlbXBsYXRlIGludG8gYSByZW5kZXIgZnVuY3Rpb24uXG4gKlxuICogQHRocm93cyB7UHJvbXB0Rm9ybWF0RXJyb3J9IHdoZW4gdGhlIHRlbXBsYXRlIG9yIGEgcGFydGlhbCBkb2VzIG5vdCBwYXJzZSwgYSBwYXJ0aWFsIGlzIG1pc3NpbmcgKHN0cmljdCksIG9yXG4gKiAgIHBhcnRpYWxzIGluY2x1ZGUgZWFjaCBvdGhlciBpbiBhIGN5Y2xlIG91dHNpZGUgYW55IHNlY3Rpb25cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbXBpbGVUZW1wbGF0ZShzb3VyY2U6IHN0cmluZywgb3B0aW9uczogQ29tcGlsZVRlbXBsYXRlT3B0aW9ucyA9IHt9KTogQ29tcGlsZWRUZW1wbGF0ZSB7XG4gIGNvbnN0IGxvY2F0aW9uID0gb3B0aW9ucy5sb2NhdGlvbiA/PyB7fTtcbiAgY29uc3Qgbm9kZXMgPSBwYXJzZVRlbXBsYXRlKHNvdXJjZSwgbG9jYXRpb24pO1xuICBjb25zdCBsb2NhbCA9IGFuYWx5emVOb2Rlcyhub2Rlcyk7XG4gIGNvbnN0IGdyYXBoID0gcmVzb2x2ZVBhcnRpYWxHcmFwaChsb2NhbCwge1xuICAgIHJlc29sdmU6IG9wdGlvbnMucGFydGlhbCxcbiAgICBzdHJpY3Q6IG9wdGlvbnMuc3RyaWN0ID8/IHRydWUsXG4gICAgbG9jYXRpb24sXG4gIH0pO1xuICBjb25zdCBhbmFseXNpcyA9IG1lcmdlUGFydGlhbEFuYWx5c2lzKGxvY2FsLCBncmFwaCk7XG4gIGNvbnN0IGZsYXQgPSBjb21waWxlRmxhdChub2Rlcywgb3B0aW9ucy5lc2NhcGUpO1xuICBpZiAoZmxhdCAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyBzb3VyY2UsIGFuYWx5c2lzLCBtaXNzaW5nUGFydGlhbHM6IGdyYXBoLm1pc3NpbmcsIHJlbmRlcjogZmxhdCB9O1xuICBjb25zdCByb290ID0gbmV3IE5vZGVDb21waWxlcihncmFwaCwgb3B0aW9ucy5lc2NhcGUsIGxvY2F0aW9uKS5jb21waWxlKG5vZGVzKTtcbiAgcmV0dXJuIHtcbiAgICBzb3VyY2UsXG4gICAgYW5hbHlzaXMsXG4gICAgbWlzc2luZ1BhcnRpYWxzOiBncmFwaC5taXNzaW5nLFxuICAgIHJlbmRlcih2aWV3OiB1bmtub3duKTogc3RyaW5nIHtcbiAgICAgIHJldHVybiByb290KHsgZnJhbWVzOiBbdmlld10sIGRlcHRoOiAwLCBpbmNsdWRlczogMCB9KTtcbiAgICB9LFxuICB9O1xufVxuXG4vKipcbiAqIFRoZSBmYXN0IHBhdGggb2YgdGhlIGNvbW1vbiBwcm9tcHQ6IGEgdGVtcGxhdGUgb2YgdGV4dCBhbmQgdmFyaWFibGVzIG9ubHkgKG5vIHNlY3Rpb25zLCBubyBwYXJ0aWFscykgcmVhZHNcbiAqIGV2ZXJ5IG5hbWUgZnJvbSB0aGUgaW5wdXQgaXRzZWxmLCBzbyBpdCBuZWVkcyBubyBjb250ZXh0IHN0YWNrIGFuZCBhbGxvY2F0ZXMgbm90aGluZyBidXQgaXRzIG91dHB1dC5cbiAqIGB1bmRlZmluZWRgIHdoZW4gdGhlIHRlbXBsYXRlIGhhcyBzZWN0aW9ucyBvciBwYXJ0aWFscy5cbiAqL1xuZnVuY3Rpb24gY29tcGlsZUZsYXQoXG4gIG5vZGVzOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXSxcbiAgZXNjYXBlVGV4dDogKCh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZykgfCB1bmRlZmluZWQsXG4pOiAoKHZpZXc6IHVua25vd24pID0+IHN0cmluZykgfCB1bmRlZmluZWQge1xuICBjb25zdCB0ZXh0czogc3RyaW5nW10gPSBbJyddO1xuICBjb25zdCBwYXJ0czogQXJyYXk8KHZpZXc6IHVua25vd24pID0+IHN0cmluZz4gPSBbXTtcbiAgZm9yIChjb25zdCBub2RlIG9mIG5vZGVzKSB7XG4gICAgaWYgKG5vZGUua2luZCA9PT0gJ3RleHQnKSB7XG4gICAgICB0ZXh0c1t0ZXh0cy5sZW5ndGggLSAxXSArPSBub2RlLnRleHQ7XG4gICAgfSBlbHNlIGlmIChub2RlLmtpbmQgPT09ICd2YXJpYWJsZScpIHtcbiAgICAgIHBhcnRzLnB1c2goZmxhdFZhcmlhYmxlKG5vZGUucGF0aCwgbm9kZS5lc2NhcGVkID8gZXNjYXBlVGV4dCA6IHVuZGVmaW5lZCkpO1xuICAgICAgdGV4dHMucHVzaCgnJyk7XG4gICAgfSBlbHNlIHtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG4gIHJldHVybiBzZXF1ZW5jZSh0ZXh0cywgcGFydHMpO1xufVxuXG5mdW5jdGlvbiBmbGF0VmFyaWFibGUoXG4gIHBhdGg6IHJlYWRvbmx5IHN0cmluZ1tdLFxuICBlc2NhcGVUZXh0OiAoKHRleHQ6IHN0cmluZykgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZCxcbik6ICh2aWV3OiB1bmtub3duKSA9PiBzdHJpbmcge1xuICBjb25zdCBrZXkgPSBwYXRoWzBdO1xuICBpZiAocGF0aC5sZW5ndGggPT09IDEgJiYga2V5ICE9PSB1bmRlZmluZWQpIHtcbiAgICByZXR1cm4gZXNjYXBlVGV4dCA9PT0gdW5kZWZpbmVkXG4gICAgICA/ICh2aWV3KSA9PiB0b1RleHQocmVhZE93bih2aWV3LCBrZXkpKVxuICAgICAgOiAodmlldykgPT4gZXNjYXBlVGV4dCh0b1RleHQocmVhZE93bih2aWV3LCBrZXkpKSk7XG4gIH1cbiAgcmV0dXJuIGVzY2FwZVRleHQgPT09IHVuZGVmaW5lZFxuICAgID8gKHZpZXcpID0+IHRvVGV4dChyZWFkT3duUGF0aCh2aWV3LCBwYXRoKSlcbiAgICA6ICh2aWV3KSA9PiBlc2NhcGVUZXh0KHRvVGV4dChyZWFkT3duUGF0aCh2aWV3LCBwYXRoKSkpO1xufVxuXG4vKiogQ29tcGlsZXMgbm9kZXMgaW50byBjbG9zdXJlczsgb3ducyB0aGUgY2FjaGUgb2YgcGFydGlhbHMgY29tcGlsZWQgcGVyIChuYW1lLCBpbmRlbnRhdGlvbikuICovXG5jbGFzcyBOb2RlQ29tcGlsZXIge1xuICBwcml2YXRlIHJlYWRvbmx5IHBhcnRpYWxDYWNoZSA9IG5ldyBNYXA8c3RyaW5nLCBSZW5kZXJGbiB8IG51bGw+KCk7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBncmFwaDogUGFydGlhbEdyYXBoLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgZXNjYXBlVGV4dDogKCh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZykgfCB1bmRlZmluZWQsXG4gICAgcHJpdmF0ZSByZWFkb25seSBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24sXG4gICkge31cblxuICBjb21waWxlKG5vZGVzOiByZWFkb25seSBUZW1wbGF0ZU5vZGVbXSk6IFJlbmRlckZuIHtcbiAgICAvLyBTaGFwZTogdGV4dHNbMF0gKyBwYXJ0c1swXShzKSArIHRleHRzWzFdICsgcGFydHNbMV0ocykgKyBcdTIwMjYgKyB0ZXh0c1tuXSwgbGlrZSBhIHRlbXBsYXRlIGxpdGVyYWwuXG4gICAgY29uc3QgdGV4dHM6IHN0cmluZ1tdID0gWycnXTtcbiAgICBjb25zdCBwYXJ0czogUmVuZGVyRm5bXSA9IFtdO1xuICAgIGZvciAoY29uc3Qgbm9kZSBvZiBub2Rlcykge1xuICAgICAgaWYgKG5vZGUua2luZCA9PT0gJ3RleHQnKSB7XG4gICAgICAgIHRleHRzW3RleHRzLmxlbmd0aCAtIDFdICs9IG5vZGUudGV4dDtcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIHBhcnRzLnB1c2godGhpcy5jb21waWxlTm9kZShub2RlKSk7XG4gICAgICAgIHRleHRzLnB1c2goJycpO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gc2VxdWVuY2UodGV4dHMsIHBhcnRzKTtcbiAgfVxuXG4gIHByaXZhdGUgY29tcGlsZU5vZGUobm9kZTogRXhjbHVkZTxUZW1wbGF0ZU5vZGUsIHsga2luZDogJ3RleHQnIH0+KTogUmVuZGVyRm4ge1xuICAgIHN3aXRjaCAobm9kZS5raW5kKSB7XG4gICAgICBjYXNlICd2YXJpYWJsZSc6XG4gICAgICAgIHJldHVybiB0aGlzLnZhcmlhYmxlKG5vZGUucGF0aCwgbm9kZS5lc2NhcGVkID8gdGhpcy5lc2NhcGVUZXh0IDogdW5kZWZpbmVkKTtcbiAgICAgIGNhc2UgJ3NlY3Rpb24nOlxuICAgICAgICByZXR1cm4gbm9kZS5pbnZlcnRlZCA/IHRoaXMuaW52ZXJ0ZWQobm9kZS5wYXRoLCB0aGlzLmNvbXBpbGUobm9kZS5jaGlsZHJlbikpIDogdGhpcy5zZWN0aW9uKG5vZGUucGF0aCwgbm9kZSk7XG4gICAgICBjYXNlICdwYXJ0aWFsJzpcbiAgICAgICAgcmV0dXJuIHRoaXMucGFydGlhbChub2RlLm5hbWUsIG5vZGUuaW5kZW50YXRpb24pO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgdmFyaWFibGUocGF0aDogcmVhZG9ubHkgc3RyaW5nW10sIGVzY2FwZVRleHQ6ICgodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpIHwgdW5kZWZpbmVkKTogUmVuZGVyRm4ge1xuICAgIGNvbnN0IGtleSA9IHBhdGhbMF07XG4gICAgaWYgKHBhdGgubGVuZ3RoID09PSAxICYmIGtleSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICByZXR1cm4gZXNjYXBlVGV4dCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gKHMpID0+IHRvVGV4dChsb29rdXBOYW1lKHMuZnJhbWVzLCBrZXkpKVxuICAgICAgICA6IChzKSA9PiBlc2NhcGVUZXh0KHRvVGV4dChsb29rdXBOYW1lKHMuZnJhbWVzLCBrZXkpKSk7XG4gICAgfVxuICAgIHJldHVybiBlc2NhcGVUZXh0ID09PSB1bmRlZmluZWRcbiAgICAgID8gKHMpID0+IHRvVGV4dChsb29rdXBQYXRoKHMuZnJhbWVzLCBwYXRoKSlcbiAgICAgIDogKHMpID0+IGVzY2FwZVRleHQodG9UZXh0KGxvb2t1cFBhdGgocy5mcmFtZXMsIHBhdGgpKSk7XG4gIH1cblxuICBwcml2YXRlIGludmVydGVkKHBhdGg6IHJlYWRvbmx5IHN0cmluZ1tdLCBib2R5OiBSZW5kZXJGbik6IFJlbmRlckZuIHtcbiAgICByZXR1cm4gKHMpID0+IChpc0VtcHR5VmFsdWUobG9va3VwUGF0aChzLmZyYW1lcywgcGF0aCkpID8gYm9keShzKSA6ICcnKTtcbiAgfVxuXG4gIHByaXZhdGUgc2VjdGlvbihwYXRoOiByZWFkb25seSBzdHJpbmdbXSwgbm9kZTogeyByZWFkb25seSBjaGlsZHJlbjogcmVhZG9ubHkgVGVtcGxhdGVOb2RlW10gfSk6IFJlbmRlckZuIHtcbiAgICBjb25zdCBib2R5ID0gdGhpcy5jb21waWxlKG5vZGUuY2hpbGRyZW4pO1xuICAgIHJldHVybiAocykgPT4ge1xuICAgICAgY29uc3QgdmFsdWUgPSBsb29rdXBQYXRoKHMuZnJhbWVzLCBwYXRoKTtcbiAgICAgIGlmIChpc0VtcHR5VmFsdWUodmFsdWUpKSByZXR1cm4gJyc7XG4gICAgICBjb25zdCBmcmFtZXMgPSBzLmZyYW1lcztcbiAgICAgIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgICBsZXQgb3V0ID0gJyc7XG4gICAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgdmFsdWUubGVuZ3RoOyBpKyspIHtcbiAgICAgICAgICBmcmFtZXMucHVzaCh2YWx1ZVtpXSk7XG4gICAgICAgICAgb3V0ICs9IGJvZHkocyk7XG4gICAgICAgICAgZnJhbWVzLnBvcCgpO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiBvdXQ7XG4gICAgICB9XG4gICAgICBmcmFtZXMucHVzaCh2YWx1ZSk7XG4gICAgICBjb25zdCBvdXQgPSBib2R5KHMpO1xuICAgICAgZnJhbWVzLnBvcCgpO1xuICAgICAgcmV0dXJuIG91dDtcbiAgICB9O1xuICB9XG5cbiAgcHJpdmF0ZSBwYXJ0aWFsKG5hbWU6IHN0cmluZywgaW5kZW50YXRpb246IHN0cmluZyk6IFJlbmRlckZuIHtcbiAgICAvLyBSZXNvbHZlZCBvbiBmaXJzdCB1c2UsIHRoZW4ga2VwdCBpbiB0aGUgY2xvc3VyZTogbm8gbWFwIGxvb2t1cCBvbiBsYXRlciByZW5kZXJzLlxuICAgIGxldCBjb21waWxlZDogUmVuZGVyRm4gfCBudWxsIHwgdW5kZWZpbmVkO1xuICAgIHJldHVybiAocykgPT4ge1xuICAgICAgaWYgKGNvbXBpbGVkID09PSB1bmRlZmluZWQpIGNvbXBpbGVkID0gdGhpcy5wYXJ0aWFsRm4obmFtZSwgaW5kZW50YXRpb24pO1xuICAgICAgaWYgKGNvbXBpbGVkID09PSBudWxsKSByZXR1cm4gJyc7XG4gICAgICBpZiAocy5kZXB0aCA+PSBNQVhfUEFSVElBTF9ERVBUSCkgdGhyb3cgdGhpcy5saW1pdEVycm9yKG5hbWUsIGBuZXN0IGRlZXBlciB0aGFuICR7TUFYX1BBUlRJQUxfREVQVEh9IGxldmVsc2ApO1xuICAgICAgaWYgKCsrcy5pbmNsdWRlcyA+IE1BWF9QQVJUSUFMX1JFTkRFUlMpIHtcbiAgICAgICAgdGhyb3cgdGhpcy5saW1pdEVycm9yKG5hbWUsIGBhcmUgaW5jbHVkZWQgbW9yZSB0aGFuICR7TUFYX1BBUlRJQUxfUkVOREVSU30gdGltZXMgaW4gb25lIHJlbmRlcmApO1xuICAgICAgfVxuICAgICAgcy5kZXB0aCsrO1xuICAgICAgY29uc3Qgb3V0ID0gY29tcGlsZWQocyk7XG4gICAgICBzLmRlcHRoLS07XG4gICAgICByZXR1cm4gb3V0O1xuICAgIH07XG4gIH1cblxuICAvKiogVGhlIHJlbmRlciBmdW5jdGlvbiBvZiBhIHBhcnRpYWwgd2l0aCB0aGUgZ2l2ZW4gc3RhbmRhbG9uZSBpbmRlbnRhdGlvbiwgY29tcGlsZWQgb25jZSwgb3IgbnVsbCBpZiBtaXNzaW5nLiAqL1xuICBwcml2YXRlIHBhcnRpYWxGbihuYW1lOiBzdHJpbmcsIGluZGVudGF0aW9uOiBzdHJpbmcpOiBSZW5kZXJGbiB8IG51bGwge1xuICAgIGNvbnN0IGtleSA9IGAke2luZGVudGF0aW9ufVxcdTAwMDAke25hbWV9YDtcbiAgICBjb25zdCBjYWNoZWQgPSB0aGlzLnBhcnRpYWxDYWNoZS5nZXQoa2V5KTtcbiAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHJldHVybiBjYWNoZWQ7XG4gICAgY29uc3QgcmVzb2x2ZWQgPSB0aGlzLmdyYXBoLmZvdW5kLmdldChuYW1lKTtcbiAgICBsZXQgZm46IFJlbmRlckZuIHwgbnVsbCA9IG51bGw7XG4gICAgaWYgKHJlc29sdmVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IG5vZGVzID1cbiAgICAgICAgaW5kZW50YXRpb24gPT09ICcnXG4gICAgICAgICAgPyByZXNvbHZlZC5ub2Rlc1xuICAgICAgICAgIDogcGFyc2VUZW1wbGF0ZShpbmRlbnRMaW5lcyhyZXNvbHZlZC5zb3VyY2UsIGluZGVudGF0aW9uKSwgeyBwcm9tcHROYW1lOiBuYW1lLCBmaWVsZDogJ3RlbXBsYXRlJyB9KTtcbiAgICAgIGZuID0gdGhpcy5jb21waWxlKG5vZGVzKTtcbiAgICB9XG4gICAgdGhpcy5wYXJ0aWFsQ2FjaGUuc2V0KGtleSwgZm4pO1xuICAgIHJldHVybiBmbjtcbiAgfVxuXG4gIHByaXZhdGUgbGltaXRFcnJvcihuYW1lOiBzdHJpbmcsIHdoYXQ6IHN0cmluZyk6IFByb21wdEZvcm1hdEVycm9yIHtcbiAgICByZXR1cm4gbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYHBhcnRpYWxzICR7d2hhdH0gKGF0IFwie3s+ICR7bmFtZX19fVwiKTsgYSByZWN1cnNpdmUgcGFydGlhbCBtdXN0IHN0b3A6IGluY2x1ZGUgaXQgaW5zaWRlIGEgc2VjdGlvbiBgICtcbiAgICAgICAgJ292ZXIgZGF0YSB0aGF0IGVuZHMgKGUuZy4gXCJ7eyNjaGlsZHJlbn19e3s+IG5vZGV9fXt7L2NoaWxkcmVufX1cIiksIGFuZCBjaGVjayB0aGUgZGF0YSBoYXMgbm8gY3ljbGVzJyxcbiAgICAgIHsgLi4udGhpcy5sb2NhdGlvbiwgZmllbGQ6IHRoaXMubG9jYXRpb24uZmllbGQgPz8gJ3RlbXBsYXRlJyB9LFxuICAgICk7XG4gIH1cbn1cblxuLyoqXG4gKiBCdWlsZCB0aGUgcmVuZGVyIGZ1bmN0aW9uIG9mIGEgc2VxdWVuY2Ugb2YgdGV4dHMgYW5kIHBhcnRzLiBTaG9ydCBzZXF1ZW5jZXMgKHRoZSBjb21tb24gcHJvbXB0KSBhcmUgdW5yb2xsZWRcbiAqIGludG8gb25lIGNvbmNhdGVuYXRpb24gZXhwcmVzc2lvbiwgd2hpY2ggVjggcnVucyBhYm91dCBhIHRoaXJkIGZhc3RlciB0aGFuIHRoZSBsb29wLlxuICovXG5mdW5jdGlvbiBzZXF1ZW5jZTxBPih0ZXh0czogcmVhZG9ubHkgc3RyaW5nW10sIHBhcnRzOiBSZWFkb25seUFycmF5PChhcmc6IEEpID0+IHN0cmluZz4pOiAoYXJnOiBBKSA9PiBzdHJpbmcge1xuICB0eXBlIFBhcnQgPSAoYXJnOiBBKSA9PiBzdHJpbmc7XG4gIGNvbnN0IFt0MCA9ICcnLCB0MSA9ICcnLCB0MiA9ICcnLCB0MyA9ICcnLCB0NCA9ICcnLCB0NSA9ICcnLCB0NiA9ICcnXSA9IHRleHRzO1xuICBjb25zdCBbcDAsIHAxLCBwMiwgcDMsIHA0LCBwNV0gPSBwYXJ0cztcbiAgc3dpdGNoIChwYXJ0cy5sZW5ndGgpIHtcbiAgICBjYXNlIDA6XG4gICAgICByZXR1cm4gKCkgPT4gdDA7XG4gICAgY2FzZSAxOlxuICAgICAgcmV0dXJuIHQwID09PSAnJyAmJiB0MSA9PT0gJycgPyAocDAgYXMgUGFydCkgOiAocykgPT4gdDAgKyAocDAgYXMgUGFydCkocykgKyB0MTtcbiAgICBjYXNlIDI6XG4gICAgICByZXR1cm4gKHMpID0+IHQwICsgKHAwIGFzIFBhcnQpKHMpICsgdDEgKyAocDEgYXMgUGFydCkocykgKyB0MjtcbiAgICBjYXNlIDM6XG4gICAgICByZXR1cm4gKHMpID0+IHQwICsgKHAwIGFzIFBhcnQpKHMpICsgdDEgKyAocDEgYXMgUGFydCkocykgKyB0MiArIChwMiBhcyBQYXJ0KShzKSArIHQzO1xuICAgIGNhc2UgNDpcbiAgICAgIHJldHVybiAocykgPT4gdDAgKyAocDAgYXMgUGFydCkocykgKyB0MSArIChwMSBhcyBQYXJ0KShzKSArIHQyICsgKHAyIGFzIFBhcnQpKHMpICsgdDMgKyAocDMgYXMgUGFydCkocykgKyB0NDtcbiAgICBjYXNlIDU6XG4gICAgICByZXR1cm4gKHMpID0+XG4gICAgICAgIHQwICtcbiAgICAgICAgKHAwIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDEgK1xuICAgICAgICAocDEgYXMgUGFydCkocykgK1xuICAgICAgICB0MiArXG4gICAgICAgIChwMiBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQzICtcbiAgICAgICAgKHAzIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDQgK1xuICAgICAgICAocDQgYXMgUGFydCkocykgK1xuICAgICAgICB0NTtcbiAgICBjYXNlIDY6XG4gICAgICByZXR1cm4gKHMpID0+XG4gICAgICAgIHQwICtcbiAgICAgICAgKHAwIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDEgK1xuICAgICAgICAocDEgYXMgUGFydCkocykgK1xuICAgICAgICB0MiArXG4gICAgICAgIChwMiBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQzICtcbiAgICAgICAgKHAzIGFzIFBhcnQpKHMpICtcbiAgICAgICAgdDQgK1xuICAgICAgICAocDQgYXMgUGFydCkocykgK1xuICAgICAgICB0NSArXG4gICAgICAgIChwNSBhcyBQYXJ0KShzKSArXG4gICAgICAgIHQ2O1xuICAgIGRlZmF1bHQ6IHtcbiAgICAgIGNvbnN0IGNvdW50ID0gcGFydHMubGVuZ3RoO1xuICAgICAgcmV0dXJuIChzKSA9PiB7XG4gICAgICAgIGxldCBvdXQgPSB0MDtcbiAgICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCBjb3VudDsgaSsrKSBvdXQgKz0gKHBhcnRzW2ldIGFzIFBhcnQpKHMpICsgdGV4dHNbaSArIDFdO1xuICAgICAgICByZXR1cm4gb3V0O1xuICAgICAgfTtcbiAgICB9XG4gIH1cbn1cblxuLyoqIFByZWZpeCBldmVyeSBub24tZW1wdHkgbGluZSBvZiBhIHBhcnRpYWwncyBzb3VyY2Ugd2l0aCB0aGUgaW5kZW50YXRpb24gb2YgaXRzIHN0YW5kYWxvbmUgdGFnLiAqL1xuZnVuY3Rpb24gaW5kZW50TGluZXMoc291cmNlOiBzdHJpbmcsIGluZGVudGF0aW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gc291cmNlXG4gICAgLnNwbGl0KCdcXG4nKVxuICAgIC5tYXAoKGxpbmUpID0+IChsaW5lLmxlbmd0aCA+IDAgPyBpbmRlbnRhdGlvbiArIGxpbmUgOiBsaW5lKSlcbiAgICAuam9pbignXFxuJyk7XG59XG4iLCAiLyoqXG4gKiBUaGUgY29tcGlsZWQgcHJvbXB0OiBhIHtAbGluayBQcm9tcHRSZWNvcmR9IHdob3NlIHRlbXBsYXRlcyBhcmUgY29tcGlsZWQgb25jZSwgd2hvc2UgaW5wdXQgc2NoZW1hIGlzIGNvbXBpbGVkXG4gKiAob3IgaW5mZXJyZWQgZnJvbSB0aGUgdGVtcGxhdGVzKSBvbmNlLCBhbmQgd2hpY2ggdGhlbiByZW5kZXJzIHRleHQgb3IgY2hhdCBtZXNzYWdlcyBvbiB0aGUgcmVxdWVzdCBwYXRoXG4gKiB3aXRob3V0IHBhcnNpbmcgYW55dGhpbmcuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBwcm9tcHQgPSBjb21waWxlUHJvbXB0KHtcbiAqICAgbmFtZTogJ3N1cHBvcnQvZ3JlZXRpbmcnLCB2ZXJzaW9uOiAnMS4wLjAnLCB0eXBlOiAndGV4dCcsXG4gKiAgIHRlbXBsYXRlOiAnSGVsbG8ge3tjdXN0b21lcn19IGZyb20ge3tjb21wYW55fX0nLFxuICogICBpbnB1dDogeyBzY2hlbWE6IHsgY3VzdG9tZXI6ICdzdHJpbmcnLCBjb21wYW55OiAnc3RyaW5nJyB9IH0sXG4gKiB9KTtcbiAqIHByb21wdC5yZW5kZXIoeyBjdXN0b21lcjogJ0FkYScsIGNvbXBhbnk6ICdBY21lJyB9KTsgLy8gJ0hlbGxvIEFkYSBmcm9tIEFjbWUnXG4gKiBgYGBcbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHtcbiAgUHJvbXB0Rm9ybWF0RXJyb3IsXG4gIHR5cGUgUHJvbXB0Rm9ybWF0TG9jYXRpb24sXG4gIFByb21wdElucHV0RXJyb3IsXG4gIHR5cGUgUHJvbXB0SW5wdXRJc3N1ZSxcbiAgUHJvbXB0T3BzRXJyb3IsXG59IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IENoYXRNZXNzYWdlLCBQcm9tcHRSZWNvcmQgfSBmcm9tICcuL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBjb21waWxlSW5wdXRTY2hlbWEsIHR5cGUgSW5wdXRTY2hlbWEsIHNjaGVtYUZyb21WYXJpYWJsZXMgfSBmcm9tICcuL3NjaGVtYS9pbmRleC5qcyc7XG5pbXBvcnQgeyBhbmFseXplVGVtcGxhdGUsIHR5cGUgQ29tcGlsZWRUZW1wbGF0ZSwgY29tcGlsZVRlbXBsYXRlLCB0eXBlIFBhcnRpYWxSZXNvbHZlciB9IGZyb20gJy4vdGVtcGxhdGUvaW5kZXguanMnO1xuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgY29tcGlsZVByb21wdH0uICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVQcm9tcHRPcHRpb25zIHtcbiAgLyoqXG4gICAqIGB0cnVlYDogZXZlcnkgcmVuZGVyIHZhbGlkYXRlcyB0aGUgaW5wdXQgKGRlZmF1bHRzICsgdmFyaWFibGVzKSBhZ2FpbnN0IHRoZSBpbnB1dCBzY2hlbWEsIGFuZCBhIG1pc3NpbmdcbiAgICogcGFydGlhbCBpcyBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gYXQgY29tcGlsZSB0aW1lLiBgZmFsc2VgOiBubyB2YWxpZGF0aW9uLCBtaXNzaW5nIHZhcmlhYmxlcyBhbmRcbiAgICogbWlzc2luZyBwYXJ0aWFscyByZW5kZXIgZW1wdHkuIEEgcmVuZGVyIGNhbGwgbWF5IG92ZXJyaWRlIHRoZSBmaXJzdCBwYXJ0IHdpdGggaXRzIG93biBgc3RyaWN0YC5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgc3RyaWN0PzogYm9vbGVhbjtcbiAgLyoqXG4gICAqIFN5bmMgbG9va3VwIG9mIGEgcGFydGlhbCdzIHJlY29yZCBieSBuYW1lICh0aGUgY2FsbGVyIHByZWxvYWRlZCB0aGUgbGF0ZXN0IHZlcnNpb24gb2YgZWFjaCBuYW1lIHRoYXRcbiAgICoge0BsaW5rIHBhcnRpYWxOYW1lc09mfSBsaXN0cywgcmVjdXJzaXZlbHkpLiBPbmx5IHRleHQgcHJvbXB0cyBjYW4gYmUgcGFydGlhbHMuXG4gICAqL1xuICBwYXJ0aWFscz86IChuYW1lOiBzdHJpbmcpID0+IFByb21wdFJlY29yZCB8IHVuZGVmaW5lZDtcbiAgLyoqIFRoZSBmaWxlIHRoZSByZWNvcmQgY2FtZSBmcm9tLCBmb3IgZXJyb3IgbG9jYXRpb25zLiAqL1xuICBmaWxlPzogc3RyaW5nO1xuICAvKiogMS1iYXNlZCBsaW5lIG9mIGBmaWxlYCBvbiB3aGljaCB0aGUgdGV4dCB0ZW1wbGF0ZSBzdGFydHMgKHRoZSBib2R5IG9mIGEgYC5wcm9tcHQubWRgKSwgZm9yIGV4YWN0IGVycm9yIGxpbmVzLiAqL1xuICB0ZW1wbGF0ZUxpbmU/OiBudW1iZXI7XG59XG5cbi8qKiBPcHRpb25zIG9mIG9uZSByZW5kZXIgY2FsbC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVuZGVyT3B0aW9ucyB7XG4gIC8qKiBPdmVycmlkZXMgdGhlIHByb21wdCdzIGBzdHJpY3RgOiBgZmFsc2VgIHNraXBzIHZhbGlkYXRpb24gYW5kIHJlbmRlcnMgbWlzc2luZyB2YXJpYWJsZXMgYXMgZW1wdHkuICovXG4gIHN0cmljdD86IGJvb2xlYW47XG59XG5cbi8qKiBBIHByb21wdCBjb21waWxlZCBvbmNlIHBlciB2ZXJzaW9uLCByZWFkeSB0byByZW5kZXIuICovXG5leHBvcnQgaW50ZXJmYWNlIENvbXBpbGVkUHJvbXB0IHtcbiAgLyoqIFRoZSByZWNvcmQgaXQgd2FzIGNvbXBpbGVkIGZyb20gKG5ldmVyIG11dGF0ZWQpLiAqL1xuICByZWFkb25seSByZWNvcmQ6IFByb21wdFJlY29yZDtcbiAgLyoqXG4gICAqIElucHV0IG5hbWVzOiB0aGUgZGVjbGFyZWQgc2NoZW1hJ3MgcHJvcGVydGllcyBvciwgd2l0aG91dCBvbmUsIHRoZSBuYW1lcyB0aGUgdGVtcGxhdGVzIHJlYWQgYXQgdGhlIGlucHV0XG4gICAqIGxldmVsIChvdXRzaWRlIGB7eyNzZWN0aW9uc319YDsgdGhlIGluZmVycmVkIHNjaGVtYSBhbHNvIGFjY2VwdHMgbmFtZXMgcmVhZCBpbnNpZGUgc2VjdGlvbnMpLlxuICAgKi9cbiAgcmVhZG9ubHkgdmFyaWFibGVzOiByZWFkb25seSBzdHJpbmdbXTtcbiAgLyoqIE5hbWVzIG9mIHRoZSBwYXJ0aWFscyB0aGUgcHJvbXB0IGluY2x1ZGVzIGRpcmVjdGx5LiAqL1xuICByZWFkb25seSBwYXJ0aWFsczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBUaGUgaW5wdXQgc2NoZW1hOiB0aGUgZGVjbGFyZWQgb25lLCBvciBvbmUgaW5mZXJyZWQgZnJvbSB0aGUgdGVtcGxhdGVzLiAqL1xuICByZWFkb25seSBpbnB1dFNjaGVtYTogSW5wdXRTY2hlbWE7XG4gIC8qKlxuICAgKiBSZW5kZXIgYSB0ZXh0IHByb21wdC4gSW5wdXQgaXMgYHsgLi4ucmVjb3JkLmlucHV0LmRlZmF1bHQsIC4uLnZhcnMgfWAgKGEgdmFyaWFibGUgcGFzc2VkIGFzIGB1bmRlZmluZWRgIGtlZXBzXG4gICAqIGl0cyBkZWZhdWx0KSwgdmFsaWRhdGVkIHdoZW4gc3RyaWN0LlxuICAgKiBAdGhyb3dzIHtQcm9tcHRJbnB1dEVycm9yfSB3aGVuIHN0cmljdCBhbmQgdGhlIGlucHV0IGRvZXMgbm90IGZpdCB0aGUgc2NoZW1hIChldmVyeSBwcm9ibGVtIGF0IG9uY2UpXG4gICAqIEB0aHJvd3Mge1Byb21wdE9wc0Vycm9yfSB3aGVuIHRoZSBwcm9tcHQgaXMgYSBjaGF0IHByb21wdCAoY2FsbCBgcmVuZGVyTWVzc2FnZXNgKVxuICAgKi9cbiAgcmVuZGVyKHZhcnM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMpOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBSZW5kZXIgYSBjaGF0IHByb21wdDogb25lIGB7IHJvbGUsIGNvbnRlbnQgfWAgcGVyIG1lc3NhZ2UsIGVhY2ggY29udGVudCByZW5kZXJlZCBvbiBpdHMgb3duIChhIHZhcmlhYmxlJ3NcbiAgICogdmFsdWUgY2FuIG5ldmVyIGNyZWF0ZSwgZW5kIG9yIHJlLXJvbGUgYSBtZXNzYWdlKTsgZWFjaCBgeyBwbGFjZWhvbGRlciB9YCBpcyByZXBsYWNlZCBieSB0aGUgbWVzc2FnZXMgcGFzc2VkXG4gICAqIGZvciBpdCBpbiBgcGxhY2Vob2xkZXJzYC5cbiAgICogQHRocm93cyB7UHJvbXB0SW5wdXRFcnJvcn0gd2hlbiBzdHJpY3QgYW5kIHRoZSBpbnB1dCBkb2VzIG5vdCBmaXQgdGhlIHNjaGVtYSBvciBhIHBsYWNlaG9sZGVyIGlzIG1pc3NpbmcsIGFuZFxuICAgKiAgIGFsd2F5cyB3aGVuIGEgcGxhY2Vob2xkZXIncyB2YWx1ZSBpcyBub3QgYW4gYXJyYXkgb2YgYHsgcm9sZTogc3RyaW5nLCBjb250ZW50OiBzdHJpbmcgfWBcbiAgICogQHRocm93cyB7UHJvbXB0T3BzRXJyb3J9IHdoZW4gdGhlIHByb21wdCBpcyBhIHRleHQgcHJvbXB0IChjYWxsIGByZW5kZXJgKVxuICAgKi9cbiAgcmVuZGVyTWVzc2FnZXMoXG4gICAgdmFycz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+LFxuICAgIHBsYWNlaG9sZGVycz86IFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+LFxuICAgIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zLFxuICApOiBDaGF0TWVzc2FnZVtdO1xufVxuXG50eXBlIENvbXBpbGVkTWVzc2FnZSA9XG4gIHwgeyByZWFkb25seSBraW5kOiAnbWVzc2FnZSc7IHJlYWRvbmx5IHJvbGU6IHN0cmluZzsgcmVhZG9ubHkgdGVtcGxhdGU6IENvbXBpbGVkVGVtcGxhdGUgfVxuICB8IHsgcmVhZG9ubHkga2luZDogJ3BsYWNlaG9sZGVyJzsgcmVhZG9ubHkgbmFtZTogc3RyaW5nIH07XG5cbmNvbnN0IE5PX1ZBUklBQkxFUzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+ID0gT2JqZWN0LmZyZWV6ZSh7fSk7XG5cbi8qKlxuICogQ29tcGlsZSBhIHByb21wdCByZWNvcmQ6IHBhcnNlIGl0cyB0ZW1wbGF0ZXMgYW5kIHBhcnRpYWxzLCBjb21waWxlIGl0cyBpbnB1dCBzY2hlbWEgKG9yIGluZmVyIG9uZSBmcm9tIHRoZVxuICogdGVtcGxhdGVzKSwgYW5kIGNoZWNrIHRoZSB0ZW1wbGF0ZXMgYWdhaW5zdCBhIGRlY2xhcmVkIHNjaGVtYS5cbiAqXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gd2hlbiBhIHRlbXBsYXRlIGRvZXMgbm90IHBhcnNlLCBhIHBhcnRpYWwgaXMgbWlzc2luZyAoc3RyaWN0KSBvciBjeWNsZXMgb3V0c2lkZSBhbnlcbiAqICAgc2VjdGlvbiwgdGhlIHNjaGVtYSBpcyBpbnZhbGlkLCBvciBhIHRlbXBsYXRlIHJlYWRzIGEgdmFyaWFibGUgdGhlIGRlY2xhcmVkIHNjaGVtYSBkb2VzIG5vdCBkZWNsYXJlXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb21waWxlUHJvbXB0KHJlY29yZDogUHJvbXB0UmVjb3JkLCBvcHRpb25zOiBDb21waWxlUHJvbXB0T3B0aW9ucyA9IHt9KTogQ29tcGlsZWRQcm9tcHQge1xuICBjb25zdCBzdHJpY3QgPSBvcHRpb25zLnN0cmljdCA/PyB0cnVlO1xuICBjb25zdCBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbiA9IHsgcHJvbXB0TmFtZTogcmVjb3JkLm5hbWUgfTtcbiAgaWYgKG9wdGlvbnMuZmlsZSAhPT0gdW5kZWZpbmVkKSBiYXNlLmZpbGUgPSBvcHRpb25zLmZpbGU7XG4gIGNvbnN0IHJlc29sdmUgPSBwYXJ0aWFsUmVzb2x2ZXIob3B0aW9ucy5wYXJ0aWFscywgYmFzZSk7XG4gIGNvbnN0IGNvbXBpbGUgPSAoc291cmNlOiBzdHJpbmcsIGZpZWxkOiBzdHJpbmcsIGxpbmU/OiBudW1iZXIpOiBDb21waWxlZFRlbXBsYXRlID0+IHtcbiAgICBjb25zdCBsb2NhdGlvbjogUHJvbXB0Rm9ybWF0TG9jYXRpb24gPSB7IC4uLmJhc2UsIGZpZWxkIH07XG4gICAgaWYgKGxpbmUgIT09IHVuZGVmaW5lZCkgbG9jYXRpb24ubGluZSA9IGxpbmU7XG4gICAgcmV0dXJuIGNvbXBpbGVUZW1wbGF0ZShzb3VyY2UsIHsgcGFydGlhbDogcmVzb2x2ZSwgc3RyaWN0LCBsb2NhdGlvbiB9KTtcbiAgfTtcblxuICBsZXQgdGV4dDogQ29tcGlsZWRUZW1wbGF0ZSB8IHVuZGVmaW5lZDtcbiAgbGV0IG1lc3NhZ2VzOiBDb21waWxlZE1lc3NhZ2VbXSB8IHVuZGVmaW5lZDtcbiAgaWYgKHJlY29yZC50eXBlID09PSAndGV4dCcpIHtcbiAgICBpZiAodHlwZW9mIHJlY29yZC50ZW1wbGF0ZSAhPT0gJ3N0cmluZycpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcignYSB0ZXh0IHByb21wdCBuZWVkcyBhIFwidGVtcGxhdGVcIiBzdHJpbmc7IGFkZCB0aGUgdGVtcGxhdGUgdGV4dCcsIHtcbiAgICAgICAgLi4uYmFzZSxcbiAgICAgICAgZmllbGQ6ICd0ZW1wbGF0ZScsXG4gICAgICB9KTtcbiAgICB9XG4gICAgdGV4dCA9IGNvbXBpbGUocmVjb3JkLnRlbXBsYXRlLCAndGVtcGxhdGUnLCBvcHRpb25zLnRlbXBsYXRlTGluZSk7XG4gIH0gZWxzZSBpZiAocmVjb3JkLnR5cGUgPT09ICdjaGF0Jykge1xuICAgIG1lc3NhZ2VzID0gY29tcGlsZU1lc3NhZ2VzKHJlY29yZC5tZXNzYWdlcywgYmFzZSwgY29tcGlsZSk7XG4gIH0gZWxzZSB7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGB1bmtub3duIHByb21wdCB0eXBlICR7SlNPTi5zdHJpbmdpZnkocmVjb3JkLnR5cGUpfTsgdXNlIFwidGV4dFwiIG9yIFwiY2hhdFwiYCwge1xuICAgICAgLi4uYmFzZSxcbiAgICAgIGZpZWxkOiAndHlwZScsXG4gICAgfSk7XG4gIH1cblxuICBjb25zdCB0ZW1wbGF0ZXMgPSB0ZXh0ICE9PSB1bmRlZmluZWQgPyBbdGV4dF0gOiB0ZW1wbGF0ZXNPZihtZXNzYWdlcyA/PyBbXSk7XG4gIGNvbnN0IHVzZWQgPSB1bmlvbkFuYWx5c2lzKHRlbXBsYXRlcyk7XG4gIGNvbnN0IGRlY2xhcmVkID0gcmVjb3JkLmlucHV0Py5zY2hlbWEgIT09IHVuZGVmaW5lZCAmJiByZWNvcmQuaW5wdXQ/LnNjaGVtYSAhPT0gbnVsbDtcbiAgY29uc3QgaW5wdXRTY2hlbWEgPSBpbnB1dFNjaGVtYU9mKHJlY29yZCwgdXNlZCwgYmFzZSk7XG4gIGNvbnN0IHZhcmlhYmxlcyA9IGRlY2xhcmVkICYmIGxpc3RzUHJvcGVydGllcyhpbnB1dFNjaGVtYSkgPyBpbnB1dFNjaGVtYS5wcm9wZXJ0aWVzIDogdXNlZC5hbGw7XG4gIGNvbnN0IGRlZmF1bHRzID0gZGVmYXVsdHNPZihyZWNvcmQsIGJhc2UpO1xuICByZXR1cm4gbmV3IFByb21wdChyZWNvcmQsIGlucHV0U2NoZW1hLCB2YXJpYWJsZXMsIHVzZWQucGFydGlhbHMsIHN0cmljdCwgZGVmYXVsdHMsIHRleHQsIG1lc3NhZ2VzKTtcbn1cblxuLyoqXG4gKiBUaGUgcGFydGlhbCBuYW1lcyBhIHJlY29yZCdzIHRlbXBsYXRlcyBpbmNsdWRlIGRpcmVjdGx5LCBzbyB0aGF0IGEgbG9hZGVyIGNhbiBmZXRjaCB0aGVtIChhbmQgdGhlaXJzLFxuICogcmVjdXJzaXZlbHkpIGJlZm9yZSBjYWxsaW5nIHtAbGluayBjb21waWxlUHJvbXB0fS4gTWFsZm9ybWVkIG1lc3NhZ2UgZW50cmllcyBhcmUgc2tpcHBlZCAoY29tcGlsZVByb21wdCByZXBvcnRzXG4gKiB0aGVtKS5cbiAqIEB0aHJvd3Mge1Byb21wdEZvcm1hdEVycm9yfSB3aGVuIGEgdGVtcGxhdGUgZG9lcyBub3QgcGFyc2VcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnRpYWxOYW1lc09mKHJlY29yZDogUHJvbXB0UmVjb3JkKTogc3RyaW5nW10ge1xuICBjb25zdCBuYW1lcyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBhZGQgPSAoc291cmNlOiB1bmtub3duLCBmaWVsZDogc3RyaW5nKTogdm9pZCA9PiB7XG4gICAgaWYgKHR5cGVvZiBzb3VyY2UgIT09ICdzdHJpbmcnKSByZXR1cm47XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIGFuYWx5emVUZW1wbGF0ZShzb3VyY2UsIHsgcHJvbXB0TmFtZTogcmVjb3JkLm5hbWUsIGZpZWxkIH0pLnBhcnRpYWxzKSBuYW1lcy5hZGQobmFtZSk7XG4gIH07XG4gIGFkZChyZWNvcmQudGVtcGxhdGUsICd0ZW1wbGF0ZScpO1xuICBpZiAoQXJyYXkuaXNBcnJheShyZWNvcmQubWVzc2FnZXMpKSB7XG4gICAgcmVjb3JkLm1lc3NhZ2VzLmZvckVhY2goKG1lc3NhZ2UsIGkpID0+IHtcbiAgICAgIGlmICh0eXBlb2YgbWVzc2FnZSA9PT0gJ29iamVjdCcgJiYgbWVzc2FnZSAhPT0gbnVsbCAmJiAnY29udGVudCcgaW4gbWVzc2FnZSkge1xuICAgICAgICBhZGQobWVzc2FnZS5jb250ZW50LCBgbWVzc2FnZXNbJHtpfV0uY29udGVudGApO1xuICAgICAgfVxuICAgIH0pO1xuICB9XG4gIHJldHVybiBbLi4ubmFtZXNdO1xufVxuXG5jbGFzcyBQcm9tcHQgaW1wbGVtZW50cyBDb21waWxlZFByb21wdCB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IHJlY29yZDogUHJvbXB0UmVjb3JkLFxuICAgIHJlYWRvbmx5IGlucHV0U2NoZW1hOiBJbnB1dFNjaGVtYSxcbiAgICByZWFkb25seSB2YXJpYWJsZXM6IHJlYWRvbmx5IHN0cmluZ1tdLFxuICAgIHJlYWRvbmx5IHBhcnRpYWxzOiByZWFkb25seSBzdHJpbmdbXSxcbiAgICBwcml2YXRlIHJlYWRvbmx5IHN0cmljdDogYm9vbGVhbixcbiAgICBwcml2YXRlIHJlYWRvbmx5IGRlZmF1bHRzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCB1bmtub3duPj4gfCB1bmRlZmluZWQsXG4gICAgcHJpdmF0ZSByZWFkb25seSB0ZXh0OiBDb21waWxlZFRlbXBsYXRlIHwgdW5kZWZpbmVkLFxuICAgIHByaXZhdGUgcmVhZG9ubHkgbWVzc2FnZXM6IHJlYWRvbmx5IENvbXBpbGVkTWVzc2FnZVtdIHwgdW5kZWZpbmVkLFxuICApIHt9XG5cbiAgcmVuZGVyKHZhcnM/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMpOiBzdHJpbmcge1xuICAgIGNvbnN0IHRleHQgPSB0aGlzLnRleHQ7XG4gICAgaWYgKHRleHQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IFByb21wdE9wc0Vycm9yKFxuICAgICAgICBgcHJvbXB0IFwiJHt0aGlzLmxhYmVsKCl9XCIgaXMgYSBjaGF0IHByb21wdDogY2FsbCByZW5kZXJNZXNzYWdlcyh2YXJzLCBwbGFjZWhvbGRlcnMpIGluc3RlYWQgb2YgcmVuZGVyKClgLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgaW5wdXQgPSB0aGlzLmlucHV0KHZhcnMsIG9wdGlvbnM/LnN0cmljdCA/PyB0aGlzLnN0cmljdCwgdW5kZWZpbmVkKTtcbiAgICByZXR1cm4gdGV4dC5yZW5kZXIoaW5wdXQpO1xuICB9XG5cbiAgcmVuZGVyTWVzc2FnZXMoXG4gICAgdmFycz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+LFxuICAgIHBsYWNlaG9sZGVycz86IFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+LFxuICAgIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zLFxuICApOiBDaGF0TWVzc2FnZVtdIHtcbiAgICBjb25zdCBtZXNzYWdlcyA9IHRoaXMubWVzc2FnZXM7XG4gICAgaWYgKG1lc3NhZ2VzID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBQcm9tcHRPcHNFcnJvcihcbiAgICAgICAgYHByb21wdCBcIiR7dGhpcy5sYWJlbCgpfVwiIGlzIGEgdGV4dCBwcm9tcHQ6IGNhbGwgcmVuZGVyKHZhcnMpIGluc3RlYWQgb2YgcmVuZGVyTWVzc2FnZXMoKWAsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBzdHJpY3QgPSBvcHRpb25zPy5zdHJpY3QgPz8gdGhpcy5zdHJpY3Q7XG4gICAgY29uc3QgaXNzdWVzOiBQcm9tcHRJbnB1dElzc3VlW10gPSBbXTtcbiAgICBjb25zdCBpbnNlcnRlZCA9IHBsYWNlaG9sZGVyVmFsdWVzKG1lc3NhZ2VzLCBwbGFjZWhvbGRlcnMsIHN0cmljdCwgaXNzdWVzKTtcbiAgICBjb25zdCBpbnB1dCA9IHRoaXMuaW5wdXQodmFycywgc3RyaWN0LCBpc3N1ZXMpO1xuICAgIGNvbnN0IG91dDogQ2hhdE1lc3NhZ2VbXSA9IFtdO1xuICAgIGZvciAoY29uc3QgbWVzc2FnZSBvZiBtZXNzYWdlcykge1xuICAgICAgaWYgKG1lc3NhZ2Uua2luZCA9PT0gJ21lc3NhZ2UnKSB7XG4gICAgICAgIG91dC5wdXNoKHsgcm9sZTogbWVzc2FnZS5yb2xlLCBjb250ZW50OiBtZXNzYWdlLnRlbXBsYXRlLnJlbmRlcihpbnB1dCkgfSk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBmb3IgKGNvbnN0IG0gb2YgaW5zZXJ0ZWQuZ2V0KG1lc3NhZ2UubmFtZSkgPz8gW10pIG91dC5wdXNoKHsgcm9sZTogbS5yb2xlLCBjb250ZW50OiBtLmNvbnRlbnQgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBvdXQ7XG4gIH1cblxuICAvKipcbiAgICogTWVyZ2UgZGVmYXVsdHMgYW5kIHZhcmlhYmxlcywgdmFsaWRhdGUgd2hlbiBzdHJpY3QsIGFuZCB0aHJvdyBldmVyeSBwcm9ibGVtIGZvdW5kICh0b2dldGhlciB3aXRoIHRoZVxuICAgKiBgZXh0cmFJc3N1ZXNgIGZvdW5kIGJlZm9yZSwgZS5nLiBwbGFjZWhvbGRlciBwcm9ibGVtcykgaW4gb25lIHtAbGluayBQcm9tcHRJbnB1dEVycm9yfS5cbiAgICovXG4gIHByaXZhdGUgaW5wdXQoXG4gICAgdmFyczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCB1bmRlZmluZWQsXG4gICAgc3RyaWN0OiBib29sZWFuLFxuICAgIGV4dHJhSXNzdWVzOiBQcm9tcHRJbnB1dElzc3VlW10gfCB1bmRlZmluZWQsXG4gICk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgICBpZiAodmFycyAhPT0gdW5kZWZpbmVkICYmICh0eXBlb2YgdmFycyAhPT0gJ29iamVjdCcgfHwgdmFycyA9PT0gbnVsbCB8fCBBcnJheS5pc0FycmF5KHZhcnMpKSkge1xuICAgICAgY29uc3QgaXNzdWUgPSB7IHBhdGg6IFtdLCBjb2RlOiAnaW52YWxpZF90eXBlJywgbWVzc2FnZTogYHZhcmlhYmxlcyBtdXN0IGJlIGFuIG9iamVjdCwgZ290ICR7ZGVzY3JpYmUodmFycyl9YCB9O1xuICAgICAgdGhyb3cgbmV3IFByb21wdElucHV0RXJyb3IodGhpcy5yZWNvcmQubmFtZSwgdGhpcy5yZWNvcmQudmVyc2lvbiwgWy4uLihleHRyYUlzc3VlcyA/PyBbXSksIGlzc3VlXSk7XG4gICAgfVxuICAgIGNvbnN0IGlucHV0ID0gdGhpcy5kZWZhdWx0cyA9PT0gdW5kZWZpbmVkID8gKHZhcnMgPz8gTk9fVkFSSUFCTEVTKSA6IHdpdGhEZWZhdWx0cyh0aGlzLmRlZmF1bHRzLCB2YXJzKTtcbiAgICBsZXQgdmFsdWUgPSBpbnB1dDtcbiAgICBsZXQgaXNzdWVzID0gZXh0cmFJc3N1ZXM7XG4gICAgaWYgKHN0cmljdCkge1xuICAgICAgY29uc3QgcmVzdWx0ID0gdGhpcy5pbnB1dFNjaGVtYS52YWxpZGF0ZShpbnB1dCk7XG4gICAgICBpZiAocmVzdWx0Lm9rKSB2YWx1ZSA9IHJlc3VsdC52YWx1ZTtcbiAgICAgIGVsc2UgaXNzdWVzID0gaXNzdWVzID09PSB1bmRlZmluZWQgPyByZXN1bHQuaXNzdWVzIDogWy4uLnJlc3VsdC5pc3N1ZXMsIC4uLmlzc3Vlc107XG4gICAgfVxuICAgIGlmIChpc3N1ZXMgIT09IHVuZGVmaW5lZCAmJiBpc3N1ZXMubGVuZ3RoID4gMCkge1xuICAgICAgdGhyb3cgbmV3IFByb21wdElucHV0RXJyb3IodGhpcy5yZWNvcmQubmFtZSwgdGhpcy5yZWNvcmQudmVyc2lvbiwgaXNzdWVzKTtcbiAgICB9XG4gICAgcmV0dXJuIHZhbHVlO1xuICB9XG5cbiAgcHJpdmF0ZSBsYWJlbCgpOiBzdHJpbmcge1xuICAgIHJldHVybiBgJHt0aGlzLnJlY29yZC5uYW1lfUAke3RoaXMucmVjb3JkLnZlcnNpb259YDtcbiAgfVxufVxuXG5mdW5jdGlvbiBwYXJ0aWFsUmVzb2x2ZXIoXG4gIGxvb2t1cDogQ29tcGlsZVByb21wdE9wdGlvbnNbJ3BhcnRpYWxzJ10sXG4gIGJhc2U6IFByb21wdEZvcm1hdExvY2F0aW9uLFxuKTogUGFydGlhbFJlc29sdmVyIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGxvb2t1cCA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4gKG5hbWUpID0+IHtcbiAgICBjb25zdCBwYXJ0aWFsID0gbG9va3VwKG5hbWUpO1xuICAgIGlmIChwYXJ0aWFsID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgaWYgKHBhcnRpYWwudHlwZSAhPT0gJ3RleHQnIHx8IHR5cGVvZiBwYXJ0aWFsLnRlbXBsYXRlICE9PSAnc3RyaW5nJykge1xuICAgICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgICBgcGFydGlhbCBcIiR7bmFtZX1cIiBpcyBhICR7U3RyaW5nKHBhcnRpYWwudHlwZSl9IHByb21wdCB3aXRob3V0IGEgdGVtcGxhdGU7IG9ubHkgdGV4dCBwcm9tcHRzIGNhbiBiZSBgICtcbiAgICAgICAgICBgaW5jbHVkZWQgd2l0aCBcInt7PiAke25hbWV9fX1cIjogaW5jbHVkZSBhIHRleHQgcHJvbXB0IG9yIHJlbW92ZSB0aGUgdGFnYCxcbiAgICAgICAgeyAuLi5iYXNlLCBmaWVsZDogJ3RlbXBsYXRlJyB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgcmV0dXJuIHBhcnRpYWwudGVtcGxhdGU7XG4gIH07XG59XG5cbmZ1bmN0aW9uIGNvbXBpbGVNZXNzYWdlcyhcbiAgbWVzc2FnZXM6IHVua25vd24sXG4gIGJhc2U6IFByb21wdEZvcm1hdExvY2F0aW9uLFxuICBjb21waWxlOiAoc291cmNlOiBzdHJpbmcsIGZpZWxkOiBzdHJpbmcpID0+IENvbXBpbGVkVGVtcGxhdGUsXG4pOiBDb21waWxlZE1lc3NhZ2VbXSB7XG4gIGlmICghQXJyYXkuaXNBcnJheShtZXNzYWdlcykpIHtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICAnYSBjaGF0IHByb21wdCBuZWVkcyBhIFwibWVzc2FnZXNcIiBsaXN0IG9mIHsgcm9sZSwgY29udGVudCB9IG9yIHsgcGxhY2Vob2xkZXIgfSBlbnRyaWVzOyBhZGQgb25lJyxcbiAgICAgIHsgLi4uYmFzZSwgZmllbGQ6ICdtZXNzYWdlcycgfSxcbiAgICApO1xuICB9XG4gIHJldHVybiBtZXNzYWdlcy5tYXAoKGVudHJ5OiB1bmtub3duLCBpKTogQ29tcGlsZWRNZXNzYWdlID0+IHtcbiAgICBjb25zdCBmaWVsZCA9IGBtZXNzYWdlc1ske2l9XWA7XG4gICAgaWYgKHR5cGVvZiBlbnRyeSA9PT0gJ29iamVjdCcgJiYgZW50cnkgIT09IG51bGwpIHtcbiAgICAgIGNvbnN0IG0gPSBlbnRyeSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgIGlmICh0eXBlb2YgbS5wbGFjZWhvbGRlciA9PT0gJ3N0cmluZycgJiYgbS5jb250ZW50ID09PSB1bmRlZmluZWQgJiYgbS5yb2xlID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcmV0dXJuIHsga2luZDogJ3BsYWNlaG9sZGVyJywgbmFtZTogbS5wbGFjZWhvbGRlciB9O1xuICAgICAgfVxuICAgICAgaWYgKHR5cGVvZiBtLnJvbGUgPT09ICdzdHJpbmcnICYmIG0ucm9sZSAhPT0gJycgJiYgdHlwZW9mIG0uY29udGVudCA9PT0gJ3N0cmluZycpIHtcbiAgICAgICAgcmV0dXJuIHsga2luZDogJ21lc3NhZ2UnLCByb2xlOiBtLnJvbGUsIHRlbXBsYXRlOiBjb21waWxlKG0uY29udGVudCwgYCR7ZmllbGR9LmNvbnRlbnRgKSB9O1xuICAgICAgfVxuICAgIH1cbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoXG4gICAgICBgYSBtZXNzYWdlIG11c3QgYmUgeyByb2xlOiBzdHJpbmcsIGNvbnRlbnQ6IHN0cmluZyB9IG9yIHsgcGxhY2Vob2xkZXI6IHN0cmluZyB9LCBnb3QgJHtkZXNjcmliZShlbnRyeSl9OyBgICtcbiAgICAgICAgJ2ZpeCB0aGUgZW50cnknLFxuICAgICAgeyAuLi5iYXNlLCBmaWVsZCB9LFxuICAgICk7XG4gIH0pO1xufVxuXG5mdW5jdGlvbiB0ZW1wbGF0ZXNPZihtZXNzYWdlczogcmVhZG9ubHkgQ29tcGlsZWRNZXNzYWdlW10pOiBDb21waWxlZFRlbXBsYXRlW10ge1xuICBjb25zdCB0ZW1wbGF0ZXM6IENvbXBpbGVkVGVtcGxhdGVbXSA9IFtdO1xuICBmb3IgKGNvbnN0IG0gb2YgbWVzc2FnZXMpIGlmIChtLmtpbmQgPT09ICdtZXNzYWdlJykgdGVtcGxhdGVzLnB1c2gobS50ZW1wbGF0ZSk7XG4gIHJldHVybiB0ZW1wbGF0ZXM7XG59XG5cbmludGVyZmFjZSBVc2VkVmFyaWFibGVzIHtcbiAgcmVhZG9ubHkgcmVxdWlyZWQ6IHJlYWRvbmx5IHN0cmluZ1tdO1xuICAvKiogTmFtZXMgYW4gaW5mZXJyZWQgc2NoZW1hIGFjY2VwdHMgYnV0IGRvZXMgbm90IHJlcXVpcmU6IGlucHV0LWxldmVsIG9wdGlvbmFsIG9uZXMgYW5kIHNlY3Rpb24tbmVzdGVkIG9uZXMuICovXG4gIHJlYWRvbmx5IG9wdGlvbmFsOiByZWFkb25seSBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgYWxsOiByZWFkb25seSBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgcGFydGlhbHM6IHJlYWRvbmx5IHN0cmluZ1tdO1xufVxuXG5mdW5jdGlvbiB1bmlvbkFuYWx5c2lzKHRlbXBsYXRlczogcmVhZG9ubHkgQ29tcGlsZWRUZW1wbGF0ZVtdKTogVXNlZFZhcmlhYmxlcyB7XG4gIGNvbnN0IHJlcXVpcmVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGFsbCA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBjb25zdCBuZXN0ZWQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3QgcGFydGlhbHMgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCB0IG9mIHRlbXBsYXRlcykge1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiB0LmFuYWx5c2lzLnJlcXVpcmVkKSByZXF1aXJlZC5hZGQobmFtZSk7XG4gICAgZm9yIChjb25zdCBuYW1lIG9mIHQuYW5hbHlzaXMuYWxsKSBhbGwuYWRkKG5hbWUpO1xuICAgIGZvciAoY29uc3QgbmFtZSBvZiB0LmFuYWx5c2lzLm5lc3RlZCkgbmVzdGVkLmFkZChuYW1lKTtcbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdC5hbmFseXNpcy5wYXJ0aWFscykgcGFydGlhbHMuYWRkKG5hbWUpO1xuICB9XG4gIC8vIE5hbWVzIGluc2lkZSB7eyNzZWN0aW9uc319IG1heSByZXNvbHZlIGZyb20gdGhlIGlucHV0IHRocm91Z2ggdGhlIGNvbnRleHQgc3RhY2ssIHNvIGFuIGluZmVycmVkIHNjaGVtYVxuICAvLyAod2hpY2ggcmVqZWN0cyB1bmtub3duIHZhcmlhYmxlcykgbXVzdCBhY2NlcHQgdGhlbS5cbiAgY29uc3Qgb3B0aW9uYWwgPSBbLi4ubmV3IFNldChbLi4uYWxsLCAuLi5uZXN0ZWRdKV0uZmlsdGVyKChuYW1lKSA9PiAhcmVxdWlyZWQuaGFzKG5hbWUpKTtcbiAgcmV0dXJuIHsgcmVxdWlyZWQ6IFsuLi5yZXF1aXJlZF0sIG9wdGlvbmFsLCBhbGw6IFsuLi5hbGxdLCBwYXJ0aWFsczogWy4uLnBhcnRpYWxzXSB9O1xufVxuXG4vKiogVGhlIGRlY2xhcmVkIHNjaGVtYSwgY2hlY2tlZCBhZ2FpbnN0IHRoZSB0ZW1wbGF0ZXMsIG9yIGEgc2NoZW1hIGluZmVycmVkIGZyb20gdGhlIHRlbXBsYXRlcy4gKi9cbmZ1bmN0aW9uIGlucHV0U2NoZW1hT2YocmVjb3JkOiBQcm9tcHRSZWNvcmQsIHVzZWQ6IFVzZWRWYXJpYWJsZXMsIGJhc2U6IFByb21wdEZvcm1hdExvY2F0aW9uKTogSW5wdXRTY2hlbWEge1xuICBjb25zdCBkZWNsYXJlZCA9IHJlY29yZC5pbnB1dD8uc2NoZW1hO1xuICBpZiAoZGVjbGFyZWQgPT09IHVuZGVmaW5lZCB8fCBkZWNsYXJlZCA9PT0gbnVsbCkgcmV0dXJuIHNjaGVtYUZyb21WYXJpYWJsZXModXNlZC5yZXF1aXJlZCwgdXNlZC5vcHRpb25hbCk7XG4gIGNvbnN0IHNjaGVtYSA9IGNvbXBpbGVJbnB1dFNjaGVtYShkZWNsYXJlZCwgeyAuLi5iYXNlLCBmaWVsZDogJ2lucHV0LnNjaGVtYScgfSk7XG4gIC8vIEEgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvciB0aGF0IGNhbm5vdCBiZSBpbnRyb3NwZWN0ZWQgaGFzIG5vIGBwcm9wZXJ0aWVzYDogbm90aGluZyB0byBjaGVjayBhZ2FpbnN0LlxuICBpZiAoIWxpc3RzUHJvcGVydGllcyhzY2hlbWEpKSByZXR1cm4gc2NoZW1hO1xuICBjb25zdCBrbm93biA9IG5ldyBTZXQoc2NoZW1hLnByb3BlcnRpZXMpO1xuICBjb25zdCB1bmRlY2xhcmVkID0gdXNlZC5hbGwuZmlsdGVyKChuYW1lKSA9PiAha25vd24uaGFzKG5hbWUpKTtcbiAgaWYgKHVuZGVjbGFyZWQubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IGxpc3QgPSB1bmRlY2xhcmVkLm1hcCgobikgPT4gYFwiJHtufVwiYCkuam9pbignLCAnKTtcbiAgICBjb25zdCBbaXQsIHRoZW1dID0gdW5kZWNsYXJlZC5sZW5ndGggPT09IDEgPyBbJ3ZhcmlhYmxlJywgJ2l0J10gOiBbJ3ZhcmlhYmxlcycsICd0aGVtJ107XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKFxuICAgICAgYHRoZSB0ZW1wbGF0ZSB1c2VzICR7aXR9ICR7bGlzdH0gdGhhdCBpbnB1dC5zY2hlbWEgZG9lcyBub3QgZGVjbGFyZTsgZGVjbGFyZSAke3RoZW19IHVuZGVyIGlucHV0LnNjaGVtYSBgICtcbiAgICAgICAgYG9yIHJlbW92ZSAke3RoZW19IGZyb20gdGhlIHRlbXBsYXRlYCxcbiAgICAgIHsgLi4uYmFzZSwgZmllbGQ6ICdpbnB1dC5zY2hlbWEnIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4gc2NoZW1hO1xufVxuXG4vKipcbiAqIGB7IC4uLmRlZmF1bHRzLCAuLi52YXJzIH1gLCB3aGVyZSBhIHZhcmlhYmxlIHBhc3NlZCBhcyBgdW5kZWZpbmVkYCBrZWVwcyBpdHMgZGVmYXVsdCAoYXMgd2hlbiBpdCBpcyBsZWZ0IG91dCkuXG4gKiBTcHJlYWRpbmcgZGVmaW5lcyBvd24gcHJvcGVydGllcywgc28gYSBgXCJfX3Byb3RvX19cImAga2V5IG5ldmVyIHJlYWNoZXMgdGhlIHByb3RvdHlwZS5cbiAqL1xuZnVuY3Rpb24gd2l0aERlZmF1bHRzKFxuICBkZWZhdWx0czogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+LFxuICB2YXJzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB8IHVuZGVmaW5lZCxcbik6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3QgaW5wdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0geyAuLi5kZWZhdWx0cywgLi4udmFycyB9O1xuICBpZiAodmFycyAhPT0gdW5kZWZpbmVkKSB7XG4gICAgZm9yIChjb25zdCBrZXkgaW4gZGVmYXVsdHMpIHtcbiAgICAgIGlmIChpbnB1dFtrZXldID09PSB1bmRlZmluZWQgJiYgT2JqZWN0Lmhhc093bihkZWZhdWx0cywga2V5KSkgaW5wdXRba2V5XSA9IGRlZmF1bHRzW2tleV07XG4gICAgfVxuICB9XG4gIHJldHVybiBpbnB1dDtcbn1cblxuLyoqIEZhbHNlIGZvciBhIHNjaGVtYSB3aG9zZSBwcm9wZXJ0aWVzIGFyZSB1bmtub3duIChhbiBvcGFxdWUgU3RhbmRhcmQgU2NoZW1hIHZhbGlkYXRvcikuICovXG5mdW5jdGlvbiBsaXN0c1Byb3BlcnRpZXMoc2NoZW1hOiBJbnB1dFNjaGVtYSk6IGJvb2xlYW4ge1xuICBjb25zdCBwcm9wZXJ0aWVzID0gc2NoZW1hLmpzb25TY2hlbWEucHJvcGVydGllcztcbiAgcmV0dXJuIHR5cGVvZiBwcm9wZXJ0aWVzID09PSAnb2JqZWN0JyAmJiBwcm9wZXJ0aWVzICE9PSBudWxsO1xufVxuXG5mdW5jdGlvbiBkZWZhdWx0c09mKHJlY29yZDogUHJvbXB0UmVjb3JkLCBiYXNlOiBQcm9tcHRGb3JtYXRMb2NhdGlvbik6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGRlZmF1bHRzOiB1bmtub3duID0gcmVjb3JkLmlucHV0Py5kZWZhdWx0O1xuICBpZiAoZGVmYXVsdHMgPT09IHVuZGVmaW5lZCB8fCBkZWZhdWx0cyA9PT0gbnVsbCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKHR5cGVvZiBkZWZhdWx0cyAhPT0gJ29iamVjdCcgfHwgQXJyYXkuaXNBcnJheShkZWZhdWx0cykpIHtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoYGlucHV0LmRlZmF1bHQgbXVzdCBiZSBhbiBvYmplY3Qgb2YgdmFyaWFibGUgdmFsdWVzLCBnb3QgJHtkZXNjcmliZShkZWZhdWx0cyl9YCwge1xuICAgICAgLi4uYmFzZSxcbiAgICAgIGZpZWxkOiAnaW5wdXQuZGVmYXVsdCcsXG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIE9iamVjdC5rZXlzKGRlZmF1bHRzKS5sZW5ndGggPT09IDAgPyB1bmRlZmluZWQgOiAoZGVmYXVsdHMgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pO1xufVxuXG4vKiogTWVzc2FnZXMgcGFzc2VkIGZvciBlYWNoIHBsYWNlaG9sZGVyLCBjaGVja2VkOyBwcm9ibGVtcyBhcmUgYWRkZWQgdG8gYGlzc3Vlc2AuICovXG5mdW5jdGlvbiBwbGFjZWhvbGRlclZhbHVlcyhcbiAgbWVzc2FnZXM6IHJlYWRvbmx5IENvbXBpbGVkTWVzc2FnZVtdLFxuICBwbGFjZWhvbGRlcnM6IFJlY29yZDxzdHJpbmcsIHJlYWRvbmx5IENoYXRNZXNzYWdlW10+IHwgdW5kZWZpbmVkLFxuICBzdHJpY3Q6IGJvb2xlYW4sXG4gIGlzc3VlczogUHJvbXB0SW5wdXRJc3N1ZVtdLFxuKTogTWFwPHN0cmluZywgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXT4ge1xuICBjb25zdCB2YWx1ZXMgPSBuZXcgTWFwPHN0cmluZywgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXT4oKTtcbiAgZm9yIChjb25zdCBtZXNzYWdlIG9mIG1lc3NhZ2VzKSB7XG4gICAgaWYgKG1lc3NhZ2Uua2luZCAhPT0gJ3BsYWNlaG9sZGVyJyB8fCB2YWx1ZXMuaGFzKG1lc3NhZ2UubmFtZSkpIGNvbnRpbnVlO1xuICAgIGNvbnN0IG5hbWUgPSBtZXNzYWdlLm5hbWU7XG4gICAgY29uc3QgdmFsdWU6IHVua25vd24gPVxuICAgICAgcGxhY2Vob2xkZXJzICE9PSB1bmRlZmluZWQgJiYgcGxhY2Vob2xkZXJzICE9PSBudWxsICYmIE9iamVjdC5oYXNPd24ocGxhY2Vob2xkZXJzLCBuYW1lKVxuICAgICAgICA/IHBsYWNlaG9sZGVyc1tuYW1lXVxuICAgICAgICA6IHVuZGVmaW5lZDtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKHN0cmljdCkge1xuICAgICAgICBpc3N1ZXMucHVzaCh7XG4gICAgICAgICAgcGF0aDogW25hbWVdLFxuICAgICAgICAgIGNvZGU6ICdtaXNzaW5nJyxcbiAgICAgICAgICBtZXNzYWdlOiBgcGxhY2Vob2xkZXIgXCIke25hbWV9XCIgbmVlZHMgYW4gYXJyYXkgb2YgeyByb2xlLCBjb250ZW50IH0gbWVzc2FnZXMgKHBhc3MgW10gZm9yIG5vbmUpYCxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKCFBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgaXNzdWVzLnB1c2goe1xuICAgICAgICBwYXRoOiBbbmFtZV0sXG4gICAgICAgIGNvZGU6ICdpbnZhbGlkX3R5cGUnLFxuICAgICAgICBtZXNzYWdlOiBgcGxhY2Vob2xkZXIgXCIke25hbWV9XCIgbXVzdCBiZSBhbiBhcnJheSBvZiB7IHJvbGUsIGNvbnRlbnQgfSBtZXNzYWdlcywgZ290ICR7ZGVzY3JpYmUodmFsdWUpfWAsXG4gICAgICB9KTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBsZXQgdmFsaWQgPSB0cnVlO1xuICAgIHZhbHVlLmZvckVhY2goKG06IHVua25vd24sIGkpID0+IHtcbiAgICAgIGlmICh0eXBlb2YgbSAhPT0gJ29iamVjdCcgfHwgbSA9PT0gbnVsbCkge1xuICAgICAgICB2YWxpZCA9IGZhbHNlO1xuICAgICAgICBpc3N1ZXMucHVzaCh7XG4gICAgICAgICAgcGF0aDogW25hbWUsIGldLFxuICAgICAgICAgIGNvZGU6ICdpbnZhbGlkX3R5cGUnLFxuICAgICAgICAgIG1lc3NhZ2U6IGBtdXN0IGJlIHsgcm9sZSwgY29udGVudCB9LCBnb3QgJHtkZXNjcmliZShtKX1gLFxuICAgICAgICB9KTtcbiAgICAgICAgcmV0dXJuO1xuICAgICAgfVxuICAgICAgY29uc3QgeyByb2xlLCBjb250ZW50IH0gPSBtIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgICAgaWYgKHR5cGVvZiByb2xlICE9PSAnc3RyaW5nJyB8fCByb2xlID09PSAnJykge1xuICAgICAgICB2YWxpZCA9IGZhbHNlO1xuICAgICAgICBpc3N1ZXMucHVzaCh7IHBhdGg6IFtuYW1lLCBpLCAncm9sZSddLCBjb2RlOiAnaW52YWxpZF90eXBlJywgbWVzc2FnZTogYG11c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nYCB9KTtcbiAgICAgIH1cbiAgICAgIGlmICh0eXBlb2YgY29udGVudCAhPT0gJ3N0cmluZycpIHtcbiAgICAgICAgdmFsaWQgPSBmYWxzZTtcbiAgICAgICAgaXNzdWVzLnB1c2goeyBwYXRoOiBbbmFtZSwgaSwgJ2NvbnRlbnQnXSwgY29kZTogJ2ludmFsaWRfdHlwZScsIG1lc3NhZ2U6IGBtdXN0IGJlIGEgc3RyaW5nYCB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICBpZiAodmFsaWQpIHZhbHVlcy5zZXQobmFtZSwgdmFsdWUgYXMgcmVhZG9ubHkgQ2hhdE1lc3NhZ2VbXSk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlcztcbn1cblxuLyoqIFRoZSBraW5kIG9mIGEgdmFsdWUsIGZvciBtZXNzYWdlcyAobmV2ZXIgdGhlIHZhbHVlIGl0c2VsZjogaW5wdXRzIG1heSBiZSBwcml2YXRlKS4gKi9cbmZ1bmN0aW9uIGRlc2NyaWJlKHZhbHVlOiB1bmtub3duKTogc3RyaW5nIHtcbiAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiAnYW4gYXJyYXknO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyA/ICdhbiBvYmplY3QnIDogYGEgJHt0eXBlb2YgdmFsdWV9YDtcbn1cbiIsICIvKipcbiAqIFRoZSBzdHJ1Y3R1cmUgY2hlY2sgb2YgYSB7QGxpbmsgUHJvbXB0UmVjb3JkfTogZXZlcnkgcmVjb3JkIHRoYXQgZW50ZXJzIHByb21wdG9wcyAoZnJvbSBhIHN0b3JlLFxuICogYSBmaWxlLCBhIGZhbGxiYWNrLCBgZGVmaW5lUHJvbXB0YCkgZ29lcyB0aHJvdWdoIHtAbGluayBwYXJzZVJlY29yZH0uXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB2YWxpZCBmcm9tICdzZW12ZXIvZnVuY3Rpb25zL3ZhbGlkLmpzJztcbmltcG9ydCAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgUHJvbXB0Rm9ybWF0RXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lLCBpc1ZhbGlkTmFtZSB9IGZyb20gJy4vbmFtZS5qcyc7XG5pbXBvcnQgdHlwZSB7IENoYXRNZXNzYWdlVGVtcGxhdGUsIFByb21wdE1ldGFkYXRhLCBQcm9tcHRSZWNvcmQgfSBmcm9tICcuL3JlY29yZC5qcyc7XG5pbXBvcnQgeyB0eXBlIEZpZWxkU2VnbWVudCwgZm9ybWF0RmllbGRQYXRoIH0gZnJvbSAnLi9zY2hlbWEvZmllbGQtcGF0aC5qcyc7XG5pbXBvcnQgeyBjb21waWxlSW5wdXRTY2hlbWEgfSBmcm9tICcuL3NjaGVtYS9pbmRleC5qcyc7XG5pbXBvcnQgeyBpc1BsYWluUmVjb3JkLCBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hIH0gZnJvbSAnLi9zY2hlbWEvcGljb3NjaGVtYS5qcyc7XG5pbXBvcnQgeyBpc1N0YW5kYXJkU2NoZW1hIH0gZnJvbSAnLi9zY2hlbWEvc3RhbmRhcmQuanMnO1xuaW1wb3J0IHsgY2xvc2VzdE1hdGNoLCBkZXNjcmliZVZhbHVlIH0gZnJvbSAnLi9zY2hlbWEvc3VnZ2VzdC5qcyc7XG5cbi8qKiBUb3AtbGV2ZWwgZmllbGRzIG9mIGEgcmVjb3JkLCBpbiB0aGVpciBjYW5vbmljYWwgb3JkZXIuICovXG5leHBvcnQgY29uc3QgUkVDT1JEX0ZJRUxEUyA9IFtcbiAgJ25hbWUnLFxuICAndmVyc2lvbicsXG4gICdsYWJlbHMnLFxuICAndHlwZScsXG4gICd0ZW1wbGF0ZScsXG4gICdtZXNzYWdlcycsXG4gICdpbnB1dCcsXG4gICdvdXRwdXQnLFxuICAnbW9kZWwnLFxuICAnbWV0YWRhdGEnLFxuICAnaGFzaCcsXG5dIGFzIGNvbnN0O1xuXG4vKiogQSBsYWJlbDogYFthLXpBLVpdW2EtekEtWjAtOS5fLV0qYCwgZS5nLiBgcHJvZHVjdGlvbmAsIGBzdGFnaW5nYCwgYGV4cC5iLTJgLiAqL1xuZXhwb3J0IGNvbnN0IExBQkVMX1BBVFRFUk4gPSAvXlthLXpBLVpdW2EtekEtWjAtOS5fLV0qJC87XG5cbi8qKiBgc2hhMjU2LWAgYW5kIDY0IGxvd2VyY2FzZSBoZXggZGlnaXRzLiAqL1xuZXhwb3J0IGNvbnN0IEhBU0hfUEFUVEVSTiA9IC9ec2hhMjU2LVswLTlhLWZdezY0fSQvO1xuXG4vKiogUGxhY2Vob2xkZXIgbmFtZXMgb2YgY2hhdCBtZXNzYWdlczogYFtBLVphLXpfXVtBLVphLXowLTlfLi1dKmAuICovXG5leHBvcnQgY29uc3QgUExBQ0VIT0xERVJfUEFUVEVSTiA9IC9eW0EtWmEtel9dW0EtWmEtejAtOV8uLV0qJC87XG5cbi8qKiBEZWVwZXN0IG5lc3RpbmcgYWNjZXB0ZWQgaW4gZnJlZS1mb3JtIGRhdGEgKGBtb2RlbGAsIGBtZXRhZGF0YWAsIGBpbnB1dC5kZWZhdWx0YCkuICovXG5jb25zdCBNQVhfREFUQV9ERVBUSCA9IDY0O1xuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFRoZSB6b2QvbWluaSBzY2hlbWEuIEVhY2ggZmllbGQgc2F5cyB3aGF0IGlzIHdyb25nIHdpdGggaXQgaW4gaXRzIG93biB3b3JkczsgdGhlIGZpcnN0IGlzc3VlIHdpbnMuXG5cbnR5cGUgSXNzdWUgPSB6LmNvcmUuJFpvZFJhd0lzc3VlO1xuXG5jb25zdCBpc0V4YWN0U2VtdmVyID0gKHZhbHVlOiBzdHJpbmcpOiBib29sZWFuID0+IHZhbGlkKHZhbHVlKSA9PT0gdmFsdWU7XG5cbmNvbnN0IG5hbWVTY2hlbWEgPSB6XG4gIC5zdHJpbmcoe1xuICAgIGVycm9yOiAoaXNzKSA9PlxuICAgICAgaXNzLmlucHV0ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyAnbWlzc2luZyBcIm5hbWVcIjogZ2l2ZSB0aGUgcHJvbXB0IGEgbmFtZSBzdWNoIGFzIFwic3VwcG9ydC9ncmVldGluZ1wiJ1xuICAgICAgICA6IGV4cGxhaW5JbnZhbGlkTmFtZShpc3MuaW5wdXQpLFxuICB9KVxuICAuY2hlY2soei5yZWZpbmUoaXNWYWxpZE5hbWUsIHsgZXJyb3I6IChpc3MpID0+IGV4cGxhaW5JbnZhbGlkTmFtZShpc3MuaW5wdXQpIH0pKTtcblxuY29uc3QgdmVyc2lvblNjaGVtYSA9IHpcbiAgLnN0cmluZyh7XG4gICAgZXJyb3I6IChpc3MpID0+XG4gICAgICBpc3MuaW5wdXQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/ICdtaXNzaW5nIFwidmVyc2lvblwiOiBldmVyeSBwcm9tcHQgbmVlZHMgYSBzZW12ZXIgdmVyc2lvbiBzdWNoIGFzIGB2ZXJzaW9uOiAxLjAuMGAnXG4gICAgICAgIDogdHlwZW9mIGlzcy5pbnB1dCA9PT0gJ251bWJlcidcbiAgICAgICAgICA/IGBcInZlcnNpb25cIiBtdXN0IGJlIGEgc2VtdmVyIHN0cmluZyBzdWNoIGFzIFwiMS4wLjBcIiwgZ290IHRoZSBudW1iZXIgJHtTdHJpbmcoaXNzLmlucHV0KX0gYCArXG4gICAgICAgICAgICBgKFlBTUwgcmVhZHMgYW4gdW5xdW90ZWQgMS4wIG9yIDIgYXMgYSBudW1iZXIpOiB3cml0ZSBhbGwgdGhyZWUgcGFydHMgKCR7dmVyc2lvbkd1ZXNzKGlzcy5pbnB1dCl9KSBvciBxdW90ZSBpdGBcbiAgICAgICAgICA6IGBcInZlcnNpb25cIiBtdXN0IGJlIGEgc2VtdmVyIHN0cmluZyBzdWNoIGFzIFwiMS4wLjBcIiwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG4gIH0pXG4gIC5jaGVjayhcbiAgICB6LnJlZmluZShpc0V4YWN0U2VtdmVyLCB7XG4gICAgICBlcnJvcjogKGlzcykgPT4ge1xuICAgICAgICBjb25zdCBjbGVhbmVkID0gdHlwZW9mIGlzcy5pbnB1dCA9PT0gJ3N0cmluZycgPyB2YWxpZChpc3MuaW5wdXQpIDogbnVsbDtcbiAgICAgICAgcmV0dXJuIChcbiAgICAgICAgICBgXCJ2ZXJzaW9uXCIgbXVzdCBiZSBhIHNlbXZlciB2ZXJzaW9uIE1BSk9SLk1JTk9SLlBBVENIWy1wcmVyZWxlYXNlXSwgZS5nLiBcIjEuMC4wXCIsIGdvdCAke0pTT04uc3RyaW5naWZ5KGlzcy5pbnB1dCl9YCArXG4gICAgICAgICAgKGNsZWFuZWQgPT09IG51bGwgPyAnJyA6IGA7IHdyaXRlIFwiJHtjbGVhbmVkfVwiYClcbiAgICAgICAgKTtcbiAgICAgIH0sXG4gICAgfSksXG4gICk7XG5cbmZ1bmN0aW9uIHZlcnNpb25HdWVzcyh2YWx1ZTogbnVtYmVyKTogc3RyaW5nIHtcbiAgY29uc3QgdGV4dCA9IFN0cmluZyh2YWx1ZSk7XG4gIHJldHVybiB0ZXh0LmluY2x1ZGVzKCcuJykgPyBgJHt0ZXh0fS4wYCA6IGAke3RleHR9LjAuMGA7XG59XG5cbmNvbnN0IGxhYmVsc1NjaGVtYSA9IHouYXJyYXkoXG4gIHouc3RyaW5nKHsgZXJyb3I6IChpc3MpID0+IGBhIGxhYmVsIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pLmNoZWNrKFxuICAgIHoucmVmaW5lKChsYWJlbCkgPT4gTEFCRUxfUEFUVEVSTi50ZXN0KGxhYmVsKSwge1xuICAgICAgZXJyb3I6IChpc3MpID0+XG4gICAgICAgIGBpbnZhbGlkIGxhYmVsICR7SlNPTi5zdHJpbmdpZnkoaXNzLmlucHV0KX06IGEgbGFiZWwgaXMgYSBsZXR0ZXIgZm9sbG93ZWQgYnkgbGV0dGVycywgZGlnaXRzLCBcIi5cIiwgXCJfXCIgb3IgXCItXCIgKGUuZy4gXCJwcm9kdWN0aW9uXCIpYCxcbiAgICB9KSxcbiAgKSxcbiAge1xuICAgIGVycm9yOiAoaXNzKSA9PiBgXCJsYWJlbHNcIiBtdXN0IGJlIGEgbGlzdCBvZiBsYWJlbHMgc3VjaCBhcyBbcHJvZHVjdGlvbiwgc3RhZ2luZ10sIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxuICB9LFxuKTtcblxuY29uc3QgdHlwZVNjaGVtYSA9IHouZW51bShbJ3RleHQnLCAnY2hhdCddLCB7XG4gIGVycm9yOiAoaXNzKSA9PlxuICAgIGB1bmtub3duIHByb21wdCB0eXBlICR7SlNPTi5zdHJpbmdpZnkoaXNzLmlucHV0KX06IHVzZSBcInRleHRcIiAod2l0aCBhIHRlbXBsYXRlKSBvciBcImNoYXRcIiAod2l0aCBtZXNzYWdlcylgICtcbiAgICAodHlwZW9mIGlzcy5pbnB1dCA9PT0gJ3N0cmluZycgPyBoaW50KGlzcy5pbnB1dCwgWyd0ZXh0JywgJ2NoYXQnXSkgOiAnJyksXG59KTtcblxuY29uc3QgdGVtcGxhdGVTY2hlbWEgPSB6LnN0cmluZyh7XG4gIGVycm9yOiAoaXNzKSA9PlxuICAgIGBcInRlbXBsYXRlXCIgbXVzdCBiZSBhIHN0cmluZyAoYSBtdXN0YWNoZSB0ZW1wbGF0ZSksIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gICtcbiAgICAoQXJyYXkuaXNBcnJheShpc3MuaW5wdXQpID8gJzsgZm9yIGEgbGlzdCBvZiBtZXNzYWdlcyB1c2UgXCJtZXNzYWdlc1wiIGFuZCB0eXBlOiBjaGF0JyA6ICc7IHF1b3RlIGl0IGluIFlBTUwnKSxcbn0pO1xuXG5jb25zdCBtZXNzYWdlU2NoZW1hID0gei51bmtub3duKCkuY2hlY2soXG4gIHouc3VwZXJSZWZpbmUoKHZhbHVlLCBjdHgpID0+IHtcbiAgICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbk1lc3NhZ2VQcm9ibGVtKHZhbHVlKTtcbiAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKVxuICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogJ2N1c3RvbScsIG1lc3NhZ2U6IHByb2JsZW0ubWVzc2FnZSwgcGF0aDogcHJvYmxlbS5wYXRoLCBpbnB1dDogdmFsdWUgfSk7XG4gIH0pLFxuKTtcblxuY29uc3QgbWVzc2FnZXNTY2hlbWEgPSB6LmFycmF5KG1lc3NhZ2VTY2hlbWEsIHtcbiAgZXJyb3I6IChpc3MpID0+XG4gICAgYFwibWVzc2FnZXNcIiBtdXN0IGJlIGEgbGlzdCBvZiB7IHJvbGUsIGNvbnRlbnQgfSBvciB7IHBsYWNlaG9sZGVyIH0gZW50cmllcywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG59KTtcblxuY29uc3QganNvbkRhdGEgPSAod2hhdDogc3RyaW5nKSA9PlxuICB6LnVua25vd24oKS5jaGVjayhcbiAgICB6LnN1cGVyUmVmaW5lKCh2YWx1ZSwgY3R4KSA9PiB7XG4gICAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24odmFsdWUsIFtdLCAwKTtcbiAgICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHtcbiAgICAgICAgICBjb2RlOiAnY3VzdG9tJyxcbiAgICAgICAgICBtZXNzYWdlOiBgJHt3aGF0fSBtdXN0IGJlIHBsYWluIGRhdGEgKHN0cmluZ3MsIG51bWJlcnMsIGJvb2xlYW5zLCBudWxsLCBsaXN0cywgb2JqZWN0cyk6ICR7cHJvYmxlbS5tZXNzYWdlfWAsXG4gICAgICAgICAgcGF0aDogcHJvYmxlbS5wYXRoLFxuICAgICAgICAgIGlucHV0OiB2YWx1ZSxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgfSksXG4gICk7XG5cbmNvbnN0IGRlZmF1bHRzU2NoZW1hID0gei5yZWNvcmQoei5zdHJpbmcoKSwgei51bmtub3duKCksIHtcbiAgZXJyb3I6IChpc3MpID0+IGBcImlucHV0LmRlZmF1bHRcIiBtdXN0IG1hcCB2YXJpYWJsZSBuYW1lcyB0byB2YWx1ZXMsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gLFxufSk7XG5cbmNvbnN0IGlucHV0U2NoZW1hID0gei5zdHJpY3RPYmplY3QoXG4gIHsgc2NoZW1hOiB6Lm9wdGlvbmFsKHoudW5rbm93bigpKSwgZGVmYXVsdDogei5vcHRpb25hbChkZWZhdWx0c1NjaGVtYSkgfSxcbiAgeyBlcnJvcjogKGlzcykgPT4gb2JqZWN0RXJyb3IoaXNzLCAnXCJpbnB1dFwiJywgWydzY2hlbWEnLCAnZGVmYXVsdCddKSB9LFxuKTtcblxuY29uc3Qgb3V0cHV0U2NoZW1hID0gei5zdHJpY3RPYmplY3QoXG4gIHsgc2NoZW1hOiB6Lm9wdGlvbmFsKHoudW5rbm93bigpKSB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBvYmplY3RFcnJvcihpc3MsICdcIm91dHB1dFwiJywgWydzY2hlbWEnXSkgfSxcbik7XG5cbmNvbnN0IG9wdGlvbmFsU3RyaW5nID0gKGZpZWxkOiBzdHJpbmcpID0+XG4gIHoub3B0aW9uYWwoei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYFwiJHtmaWVsZH1cIiBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHtkZXNjcmliZVZhbHVlKGlzcy5pbnB1dCl9YCB9KSk7XG5cbmNvbnN0IG1ldGFkYXRhU2NoZW1hID0gei5sb29zZU9iamVjdChcbiAge1xuICAgIGRlc2NyaXB0aW9uOiBvcHRpb25hbFN0cmluZygnbWV0YWRhdGEuZGVzY3JpcHRpb24nKSxcbiAgICBvd25lcjogb3B0aW9uYWxTdHJpbmcoJ21ldGFkYXRhLm93bmVyJyksXG4gICAgdGFnczogei5vcHRpb25hbChcbiAgICAgIHouYXJyYXkoei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYGEgdGFnIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pLCB7XG4gICAgICAgIGVycm9yOiAoaXNzKSA9PiBgXCJtZXRhZGF0YS50YWdzXCIgbXVzdCBiZSBhIGxpc3Qgb2Ygc3RyaW5ncywgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWAsXG4gICAgICB9KSxcbiAgICApLFxuICB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBgXCJtZXRhZGF0YVwiIG11c3QgYmUgYW4gb2JqZWN0IChkZXNjcmlwdGlvbiwgb3duZXIsIHRhZ3MsIFx1MjAyNiksIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0sXG4pO1xuXG5jb25zdCBoYXNoU2NoZW1hID0gei5zdHJpbmcoeyBlcnJvcjogKGlzcykgPT4gYFwiaGFzaFwiIG11c3QgYmUgYSBzdHJpbmcsIGdvdCAke2Rlc2NyaWJlVmFsdWUoaXNzLmlucHV0KX1gIH0pLmNoZWNrKFxuICB6LnJlZmluZSgoaGFzaCkgPT4gSEFTSF9QQVRURVJOLnRlc3QoaGFzaCksIHtcbiAgICBlcnJvcjogKGlzcykgPT5cbiAgICAgIGBcImhhc2hcIiBtdXN0IGJlIFwic2hhMjU2LVwiIGZvbGxvd2VkIGJ5IDY0IGxvd2VyY2FzZSBoZXggZGlnaXRzLCBnb3QgJHtKU09OLnN0cmluZ2lmeShpc3MuaW5wdXQpfTsgYCArXG4gICAgICAncmVtb3ZlIGl0IHRvIGxldCBwcm9tcHRvcHMgY29tcHV0ZSBpdCcsXG4gIH0pLFxuKTtcblxuY29uc3QgcmVjb3JkU2NoZW1hID0gei5zdHJpY3RPYmplY3QoXG4gIHtcbiAgICBuYW1lOiBuYW1lU2NoZW1hLFxuICAgIHZlcnNpb246IHZlcnNpb25TY2hlbWEsXG4gICAgbGFiZWxzOiB6Lm9wdGlvbmFsKGxhYmVsc1NjaGVtYSksXG4gICAgdHlwZTogei5vcHRpb25hbCh0eXBlU2NoZW1hKSxcbiAgICB0ZW1wbGF0ZTogei5vcHRpb25hbCh0ZW1wbGF0ZVNjaGVtYSksXG4gICAgbWVzc2FnZXM6IHoub3B0aW9uYWwobWVzc2FnZXNTY2hlbWEpLFxuICAgIGlucHV0OiB6Lm9wdGlvbmFsKGlucHV0U2NoZW1hKSxcbiAgICBvdXRwdXQ6IHoub3B0aW9uYWwob3V0cHV0U2NoZW1hKSxcbiAgICBtb2RlbDogei5vcHRpb25hbChqc29uRGF0YSgnXCJtb2RlbFwiJykpLFxuICAgIG1ldGFkYXRhOiB6Lm9wdGlvbmFsKG1ldGFkYXRhU2NoZW1hKSxcbiAgICBoYXNoOiB6Lm9wdGlvbmFsKGhhc2hTY2hlbWEpLFxuICB9LFxuICB7IGVycm9yOiAoaXNzKSA9PiBvYmplY3RFcnJvcihpc3MsICdhIHByb21wdCByZWNvcmQnLCBSRUNPUkRfRklFTERTKSB9LFxuKTtcblxuZnVuY3Rpb24gb2JqZWN0RXJyb3IoaXNzOiBJc3N1ZSwgd2hhdDogc3RyaW5nLCBhbGxvd2VkOiByZWFkb25seSBzdHJpbmdbXSk6IHN0cmluZyB7XG4gIGlmIChpc3MuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJykge1xuICAgIGNvbnN0IGtleSA9IChpc3MgYXMgeyBrZXlzOiBzdHJpbmdbXSB9KS5rZXlzWzBdID8/ICcnO1xuICAgIHJldHVybiBgdW5rbm93biBmaWVsZCBcIiR7a2V5fVwiIGluICR7d2hhdH0ke2hpbnQoa2V5LCBhbGxvd2VkKX0gQWxsb3dlZCBmaWVsZHM6ICR7YWxsb3dlZC5qb2luKCcsICcpfS5gO1xuICB9XG4gIHJldHVybiBgJHt3aGF0fSBtdXN0IGJlIGFuIG9iamVjdCwgZ290ICR7ZGVzY3JpYmVWYWx1ZShpc3MuaW5wdXQpfWA7XG59XG5cbmZ1bmN0aW9uIGhpbnQoaW5wdXQ6IHN0cmluZywgY2FuZGlkYXRlczogcmVhZG9ubHkgc3RyaW5nW10pOiBzdHJpbmcge1xuICBjb25zdCBndWVzcyA9IGNsb3Nlc3RNYXRjaChpbnB1dCwgY2FuZGlkYXRlcyk7XG4gIHJldHVybiBndWVzcyA9PT0gdW5kZWZpbmVkID8gJy4nIDogYDsgZGlkIHlvdSBtZWFuIFwiJHtndWVzc31cIj9gO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuLyoqIFdoZXJlIGEgcmVjb3JkIGNvbWVzIGZyb206IGEgZmlsZSBwYXRoIG9yIFVSTCwgb3IgYSBkZXNjcmlwdGlvbiBzdWNoIGFzIGAnbWVtb3J5IHN0b3JlIHJlY29yZCAjMidgLiAqL1xuZXhwb3J0IHR5cGUgUmVjb3JkTG9jYXRpb24gPSBzdHJpbmcgfCB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfTtcblxuLyoqXG4gKiBDaGVjayBhIHJlY29yZCdzIHN0cnVjdHVyZSBhbmQgcmV0dXJuIGEgY2xlYW4gY29weTogZmllbGRzIGluIGNhbm9uaWNhbCBvcmRlciwgYHR5cGVgIGZpbGxlZCBpbixcbiAqIHVua25vd24gZmllbGRzIHJlamVjdGVkLlxuICpcbiAqIFJ1bGVzOlxuICogLSBgbmFtZWAgKHNlZSBgbmFtZS50c2ApIGFuZCBgdmVyc2lvbmAgKGV4YWN0IHNlbXZlciwgYE1BSk9SLk1JTk9SLlBBVENIWy1wcmVdYDsgYHYxLjAuMGAgYW5kXG4gKiAgIGAxLjBgIGFyZSByZWplY3RlZCB3aXRoIHRoZSBmaXgpIGFyZSByZXF1aXJlZC5cbiAqIC0gYHR5cGVgIG1heSBiZSBsZWZ0IG91dDogaXQgaXMgYCd0ZXh0J2Agd2hlbiB0aGUgcmVjb3JkIGhhcyBhIGB0ZW1wbGF0ZWAgYW5kIGAnY2hhdCdgIHdoZW4gaXQgaGFzXG4gKiAgIGBtZXNzYWdlc2AuIEEgdGV4dCBwcm9tcHQgbXVzdCBoYXZlIGEgYHRlbXBsYXRlYCBhbmQgbm8gYG1lc3NhZ2VzYDsgYSBjaGF0IHByb21wdCBtdXN0IGhhdmUgYVxuICogICBub24tZW1wdHkgYG1lc3NhZ2VzYCBsaXN0IGFuZCBubyBgdGVtcGxhdGVgLlxuICogLSBBIG1lc3NhZ2UgaXMgYHsgcm9sZSwgY29udGVudCB9YCAoc3RyaW5ncywgcm9sZSBub24tZW1wdHkpIG9yIGB7IHBsYWNlaG9sZGVyIH1gIChhIG5hbWUgb2ZcbiAqICAgYFtBLVphLXpfXVtBLVphLXowLTlfLi1dKmApLCBub3RoaW5nIGVsc2UuXG4gKiAtIGBsYWJlbHNgOiB1bmlxdWUgbGFiZWxzIG9mIGBbYS16QS1aXVthLXpBLVowLTkuXy1dKmAuIGBoYXNoYDogYHNoYTI1Ni1gICsgNjQgbG93ZXJjYXNlIGhleC5cbiAqIC0gYGlucHV0YCBoYXMgb25seSBgc2NoZW1hYCBhbmQgYGRlZmF1bHRgOyB0aGUgc2NoZW1hIG11c3QgY29tcGlsZSAoUGljb3NjaGVtYSwgSlNPTiBTY2hlbWEgb3IgYVxuICogICBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yKSBhbmQgdGhlIGRlZmF1bHRzIG11c3QgZml0IGl0LiBgb3V0cHV0YCBoYXMgb25seSBgc2NoZW1hYDsgYSBQaWNvc2NoZW1hXG4gKiAgIG91dHB1dCBzY2hlbWEgbXVzdCBiZSB3ZWxsLWZvcm1lZCwgYSBKU09OIFNjaGVtYSBvbmUgaXMgdGFrZW4gYXMgaXMuXG4gKiAtIEFuIG9wdGlvbmFsIGZpZWxkIHNldCB0byBgbnVsbGAgY291bnRzIGFzIG5vdCBnaXZlbi5cbiAqIC0gYG1vZGVsYCwgYG1ldGFkYXRhYCAoYW5kIGBpbnB1dC5kZWZhdWx0YCkgbXVzdCBiZSBwbGFpbiBKU09OIGRhdGE7IGBtZXRhZGF0YS5kZXNjcmlwdGlvbmAgYW5kXG4gKiAgIGBtZXRhZGF0YS5vd25lcmAgYXJlIHN0cmluZ3MsIGBtZXRhZGF0YS50YWdzYCBhIGxpc3Qgb2Ygc3RyaW5ncy5cbiAqXG4gKiBAcGFyYW0gdmFsdWUgVGhlIHJlY29yZCBhcyByZWNlaXZlZCAocGFyc2VkIEpTT04sIFlBTUwsIGFuIG9iamVjdCBsaXRlcmFsKS5cbiAqIEBwYXJhbSBsb2NhdGlvbiBUaGUgb3JpZ2luLCBmb3IgZXJyb3IgbWVzc2FnZXM6IGEgcGF0aCBvciBVUkwsIG9yIGB7IGZpbGUsIGxpbmUgfWAuXG4gKiBAdGhyb3dzIHtQcm9tcHRGb3JtYXRFcnJvcn0gZm9yIHRoZSBmaXJzdCBwcm9ibGVtIGZvdW5kLCBuYW1pbmcgdGhlIGZpbGUsIHRoZSBmaWVsZCAoZS5nLlxuICogICBgbWVzc2FnZXNbMV0ucm9sZWApIGFuZCB0aGUgZml4LlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCByZWNvcmQgPSBwYXJzZVJlY29yZChhd2FpdCByZXNwb25zZS5qc29uKCksIHsgZmlsZTogdXJsIH0pO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVJlY29yZCh2YWx1ZTogdW5rbm93biwgbG9jYXRpb24/OiBSZWNvcmRMb2NhdGlvbik6IFByb21wdFJlY29yZCB7XG4gIGNvbnN0IHdoZXJlID0gdHlwZW9mIGxvY2F0aW9uID09PSAnc3RyaW5nJyA/IHsgZmlsZTogbG9jYXRpb24gfSA6IHsgLi4ubG9jYXRpb24gfTtcbiAgY29uc3QgcHJvbXB0TmFtZSA9IGlzUGxhaW5SZWNvcmQodmFsdWUpICYmIGlzVmFsaWROYW1lKHZhbHVlLm5hbWUpID8gdmFsdWUubmFtZSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgZmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pOiBuZXZlciA9PiB7XG4gICAgY29uc3QgZmllbGQgPSBmb3JtYXRGaWVsZFBhdGgocGF0aCk7XG4gICAgdGhyb3cgbmV3IFByb21wdEZvcm1hdEVycm9yKGRldGFpbCwgeyAuLi53aGVyZSwgZmllbGQ6IGZpZWxkID09PSAnJyA/IHVuZGVmaW5lZCA6IGZpZWxkLCBwcm9tcHROYW1lIH0pO1xuICB9O1xuXG4gIGlmICghaXNQbGFpblJlY29yZCh2YWx1ZSkpIHtcbiAgICByZXR1cm4gZmFpbChgYSBwcm9tcHQgcmVjb3JkIG11c3QgYmUgYW4gb2JqZWN0IHdpdGggbmFtZSwgdmVyc2lvbiwgdHlwZSwgXHUyMDI2LCBnb3QgJHtkZXNjcmliZVZhbHVlKHZhbHVlKX1gLCBbXSk7XG4gIH1cbiAgY29uc3QgcmVzdWx0ID0gcmVjb3JkU2NoZW1hLnNhZmVQYXJzZSh3aXRob3V0TnVsbHModmFsdWUpKTtcbiAgaWYgKCFyZXN1bHQuc3VjY2Vzcykge1xuICAgIGNvbnN0IGlzc3VlID0gcmVzdWx0LmVycm9yLmlzc3Vlc1swXSE7XG4gICAgY29uc3QgcGF0aCA9IGlzc3VlLnBhdGgubWFwKChzZWdtZW50KSA9PiAodHlwZW9mIHNlZ21lbnQgPT09ICdzeW1ib2wnID8gU3RyaW5nKHNlZ21lbnQpIDogc2VnbWVudCkpO1xuICAgIGlmIChpc3N1ZS5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnKSBwYXRoLnB1c2goaXNzdWUua2V5c1swXSA/PyAnJyk7XG4gICAgcmV0dXJuIGZhaWwoaXNzdWUubWVzc2FnZSwgcGF0aCk7XG4gIH1cbiAgY29uc3QgZGF0YSA9IHJlc3VsdC5kYXRhO1xuICBjb25zdCB0eXBlID0gcmVzb2x2ZVR5cGUoZGF0YSwgZmFpbCk7XG5cbiAgY29uc3QgbGFiZWxzID0gZGF0YS5sYWJlbHM7XG4gIGlmIChsYWJlbHMgIT09IHVuZGVmaW5lZCkge1xuICAgIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBmb3IgKGNvbnN0IFtpbmRleCwgbGFiZWxdIG9mIGxhYmVscy5lbnRyaWVzKCkpIHtcbiAgICAgIGlmIChzZWVuLmhhcyhsYWJlbCkpIGZhaWwoYGxhYmVsIFwiJHtsYWJlbH1cIiBpcyBsaXN0ZWQgdHdpY2U6IGxpc3QgZWFjaCBsYWJlbCBvbmNlYCwgWydsYWJlbHMnLCBpbmRleF0pO1xuICAgICAgc2Vlbi5hZGQobGFiZWwpO1xuICAgIH1cbiAgfVxuICBpZiAoZGF0YS5tZXRhZGF0YSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKGRhdGEubWV0YWRhdGEsIFtdLCAwKTtcbiAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBmYWlsKGBcIm1ldGFkYXRhXCIgbXVzdCBiZSBwbGFpbiBkYXRhIChzdHJpbmdzLCBudW1iZXJzLCBib29sZWFucywgbnVsbCwgbGlzdHMsIG9iamVjdHMpOiAke3Byb2JsZW0ubWVzc2FnZX1gLCBbXG4gICAgICAgICdtZXRhZGF0YScsXG4gICAgICAgIC4uLnByb2JsZW0ucGF0aCxcbiAgICAgIF0pO1xuICAgIH1cbiAgfVxuICBjaGVja0lucHV0KGRhdGEuaW5wdXQsIHdoZXJlLCBwcm9tcHROYW1lLCBmYWlsKTtcbiAgY2hlY2tPdXRwdXQoZGF0YS5vdXRwdXQsIHdoZXJlLCBwcm9tcHROYW1lKTtcblxuICBjb25zdCByZWNvcmQ6IFByb21wdFJlY29yZCA9IHsgbmFtZTogZGF0YS5uYW1lLCB2ZXJzaW9uOiBkYXRhLnZlcnNpb24gfSBhcyBQcm9tcHRSZWNvcmQ7XG4gIGlmIChsYWJlbHMgIT09IHVuZGVmaW5lZCkgcmVjb3JkLmxhYmVscyA9IFsuLi5sYWJlbHNdO1xuICByZWNvcmQudHlwZSA9IHR5cGU7XG4gIGlmICh0eXBlID09PSAndGV4dCcpIHJlY29yZC50ZW1wbGF0ZSA9IGRhdGEudGVtcGxhdGUhO1xuICBlbHNlIHJlY29yZC5tZXNzYWdlcyA9IChkYXRhLm1lc3NhZ2VzIGFzIENoYXRNZXNzYWdlVGVtcGxhdGVbXSkubWFwKChtZXNzYWdlKSA9PiAoeyAuLi5tZXNzYWdlIH0pKTtcbiAgaWYgKGRhdGEuaW5wdXQgIT09IHVuZGVmaW5lZCkgcmVjb3JkLmlucHV0ID0geyAuLi5kYXRhLmlucHV0IH0gYXMgUHJvbXB0UmVjb3JkWydpbnB1dCddO1xuICBpZiAoZGF0YS5vdXRwdXQgIT09IHVuZGVmaW5lZCkgcmVjb3JkLm91dHB1dCA9IHsgLi4uZGF0YS5vdXRwdXQgfTtcbiAgaWYgKGRhdGEubW9kZWwgIT09IHVuZGVmaW5lZCkgcmVjb3JkLm1vZGVsID0gZGF0YS5tb2RlbDtcbiAgaWYgKGRhdGEubWV0YWRhdGEgIT09IHVuZGVmaW5lZCkgcmVjb3JkLm1ldGFkYXRhID0geyAuLi5kYXRhLm1ldGFkYXRhIH0gYXMgUHJvbXB0TWV0YWRhdGE7XG4gIGlmIChkYXRhLmhhc2ggIT09IHVuZGVmaW5lZCkgcmVjb3JkLmhhc2ggPSBkYXRhLmhhc2g7XG4gIHJldHVybiByZWNvcmQ7XG59XG5cbnR5cGUgRmFpbCA9IChkZXRhaWw6IHN0cmluZywgcGF0aDogcmVhZG9ubHkgRmllbGRTZWdtZW50W10pID0+IG5ldmVyO1xuXG4vKiogT3B0aW9uYWwgdG9wLWxldmVsIGZpZWxkcyBzZXQgdG8gYG51bGxgIGNvdW50IGFzIG5vdCBnaXZlbiAoSlNPTiBBUElzIGFuZCBibGFuayBZQU1MIGZpZWxkcyBzYXkgbnVsbCkuICovXG5mdW5jdGlvbiB3aXRob3V0TnVsbHModmFsdWU6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4ge1xuICBsZXQgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB8IHVuZGVmaW5lZDtcbiAgZm9yIChjb25zdCBba2V5LCBpdGVtXSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICBpZiAoaXRlbSAhPT0gbnVsbCB8fCBrZXkgPT09ICduYW1lJyB8fCBrZXkgPT09ICd2ZXJzaW9uJykgY29udGludWU7XG4gICAgb3V0ID8/PSB7IC4uLnZhbHVlIH07XG4gICAgZGVsZXRlIG91dFtrZXldO1xuICB9XG4gIHJldHVybiBvdXQgPz8gdmFsdWU7XG59XG5cbmZ1bmN0aW9uIHJlc29sdmVUeXBlKGRhdGE6IHouaW5mZXI8dHlwZW9mIHJlY29yZFNjaGVtYT4sIGZhaWw6IEZhaWwpOiAndGV4dCcgfCAnY2hhdCcge1xuICBjb25zdCBoYXNUZW1wbGF0ZSA9IGRhdGEudGVtcGxhdGUgIT09IHVuZGVmaW5lZDtcbiAgY29uc3QgaGFzTWVzc2FnZXMgPSBkYXRhLm1lc3NhZ2VzICE9PSB1bmRlZmluZWQ7XG4gIGxldCB0eXBlID0gZGF0YS50eXBlO1xuICBpZiAodHlwZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgaWYgKGhhc1RlbXBsYXRlICYmIGhhc01lc3NhZ2VzKSB7XG4gICAgICBmYWlsKFxuICAgICAgICAndGhlIHJlY29yZCBoYXMgYm90aCBcInRlbXBsYXRlXCIgYW5kIFwibWVzc2FnZXNcIjogc2V0IHR5cGU6IHRleHQgKHRlbXBsYXRlKSBvciB0eXBlOiBjaGF0IChtZXNzYWdlcykgYW5kIHJlbW92ZSB0aGUgb3RoZXInLFxuICAgICAgICBbJ3R5cGUnXSxcbiAgICAgICk7XG4gICAgfVxuICAgIGlmICghaGFzVGVtcGxhdGUgJiYgIWhhc01lc3NhZ2VzKSB7XG4gICAgICBmYWlsKCd0aGUgcHJvbXB0IGhhcyBubyBjb250ZW50OiBnaXZlIGEgXCJ0ZW1wbGF0ZVwiIChhIHRleHQgcHJvbXB0KSBvciBcIm1lc3NhZ2VzXCIgKGEgY2hhdCBwcm9tcHQpJywgWyd0ZW1wbGF0ZSddKTtcbiAgICB9XG4gICAgdHlwZSA9IGhhc1RlbXBsYXRlID8gJ3RleHQnIDogJ2NoYXQnO1xuICB9XG4gIGlmICh0eXBlID09PSAndGV4dCcpIHtcbiAgICBpZiAoIWhhc1RlbXBsYXRlKSB7XG4gICAgICBmYWlsKFxuICAgICAgICBoYXNNZXNzYWdlc1xuICAgICAgICAgID8gJ2EgdGV4dCBwcm9tcHQgdGFrZXMgYSBcInRlbXBsYXRlXCIsIG5vdCBcIm1lc3NhZ2VzXCI6IHNldCB0eXBlOiBjaGF0LCBvciByZXBsYWNlIG1lc3NhZ2VzIHdpdGggYSB0ZW1wbGF0ZSdcbiAgICAgICAgICA6ICdhIHRleHQgcHJvbXB0IG5lZWRzIGEgXCJ0ZW1wbGF0ZVwiIChhIG11c3RhY2hlIHRlbXBsYXRlIHN0cmluZyknLFxuICAgICAgICBbaGFzTWVzc2FnZXMgPyAnbWVzc2FnZXMnIDogJ3RlbXBsYXRlJ10sXG4gICAgICApO1xuICAgIH1cbiAgICBpZiAoaGFzTWVzc2FnZXMpXG4gICAgICBmYWlsKCdhIHRleHQgcHJvbXB0IGhhcyBubyBcIm1lc3NhZ2VzXCI6IHJlbW92ZSB0aGVtLCBvciBzZXQgdHlwZTogY2hhdCBhbmQgcmVtb3ZlIHRoZSB0ZW1wbGF0ZScsIFsnbWVzc2FnZXMnXSk7XG4gIH0gZWxzZSB7XG4gICAgaWYgKGhhc1RlbXBsYXRlKSB7XG4gICAgICBmYWlsKCdhIGNoYXQgcHJvbXB0IHRha2VzIFwibWVzc2FnZXNcIiwgbm90IGEgXCJ0ZW1wbGF0ZVwiOiBtb3ZlIHRoZSB0ZXh0IGludG8gYSBtZXNzYWdlLCBvciBzZXQgdHlwZTogdGV4dCcsIFtcbiAgICAgICAgJ3RlbXBsYXRlJyxcbiAgICAgIF0pO1xuICAgIH1cbiAgICBpZiAoIWhhc01lc3NhZ2VzKSB7XG4gICAgICBmYWlsKCdhIGNoYXQgcHJvbXB0IG5lZWRzIFwibWVzc2FnZXNcIjogYSBsaXN0IG9mIHsgcm9sZSwgY29udGVudCB9IG9yIHsgcGxhY2Vob2xkZXIgfSBlbnRyaWVzJywgWydtZXNzYWdlcyddKTtcbiAgICB9XG4gICAgaWYgKGRhdGEubWVzc2FnZXMhLmxlbmd0aCA9PT0gMCkgZmFpbCgnYSBjaGF0IHByb21wdCBuZWVkcyBhdCBsZWFzdCBvbmUgbWVzc2FnZScsIFsnbWVzc2FnZXMnXSk7XG4gIH1cbiAgcmV0dXJuIHR5cGU7XG59XG5cbmZ1bmN0aW9uIGV4cGxhaW5NZXNzYWdlUHJvYmxlbSh2YWx1ZTogdW5rbm93bik6IHsgbWVzc2FnZTogc3RyaW5nOyBwYXRoOiBGaWVsZFNlZ21lbnRbXSB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2hhcGUgPSAnYSBtZXNzYWdlIGlzIHsgcm9sZSwgY29udGVudCB9IG9yIHsgcGxhY2Vob2xkZXIgfSc7XG4gIGlmICghaXNQbGFpblJlY29yZCh2YWx1ZSkpIHJldHVybiB7IG1lc3NhZ2U6IGAke3NoYXBlfSwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgcGF0aDogW10gfTtcbiAgaWYgKCdwbGFjZWhvbGRlcicgaW4gdmFsdWUpIHtcbiAgICBjb25zdCBvdGhlciA9IE9iamVjdC5rZXlzKHZhbHVlKS5maW5kKChrZXkpID0+IGtleSAhPT0gJ3BsYWNlaG9sZGVyJyk7XG4gICAgaWYgKG90aGVyICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGBhIHBsYWNlaG9sZGVyIG1lc3NhZ2UgaGFzIG9ubHkgXCJwbGFjZWhvbGRlclwiLCBidXQgdGhpcyBvbmUgYWxzbyBoYXMgXCIke290aGVyfVwiOiBzcGxpdCBpdCBpbiB0d28gbWVzc2FnZXNgLFxuICAgICAgICBwYXRoOiBbb3RoZXJdLFxuICAgICAgfTtcbiAgICB9XG4gICAgaWYgKHR5cGVvZiB2YWx1ZS5wbGFjZWhvbGRlciAhPT0gJ3N0cmluZycgfHwgIVBMQUNFSE9MREVSX1BBVFRFUk4udGVzdCh2YWx1ZS5wbGFjZWhvbGRlcikpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGBcInBsYWNlaG9sZGVyXCIgbXVzdCBiZSBhIG5hbWUgc3VjaCBhcyBcImhpc3RvcnlcIiAobGV0dGVycywgZGlnaXRzLCBcIl9cIiwgXCIuXCIsIFwiLVwiKSwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZS5wbGFjZWhvbGRlcil9YCxcbiAgICAgICAgcGF0aDogWydwbGFjZWhvbGRlciddLFxuICAgICAgfTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICBmb3IgKGNvbnN0IGtleSBvZiBPYmplY3Qua2V5cyh2YWx1ZSkpIHtcbiAgICBpZiAoa2V5ICE9PSAncm9sZScgJiYga2V5ICE9PSAnY29udGVudCcpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGB1bmtub3duIGZpZWxkIFwiJHtrZXl9XCIgaW4gYSBtZXNzYWdlJHtoaW50KGtleSwgWydyb2xlJywgJ2NvbnRlbnQnLCAncGxhY2Vob2xkZXInXSl9ICR7c2hhcGV9LmAsXG4gICAgICAgIHBhdGg6IFtrZXldLFxuICAgICAgfTtcbiAgICB9XG4gIH1cbiAgaWYgKHZhbHVlLnJvbGUgPT09IHVuZGVmaW5lZClcbiAgICByZXR1cm4geyBtZXNzYWdlOiBgdGhlIG1lc3NhZ2UgaGFzIG5vIFwicm9sZVwiIChzeXN0ZW0sIHVzZXIsIGFzc2lzdGFudCwgXHUyMDI2KTogJHtzaGFwZX1gLCBwYXRoOiBbJ3JvbGUnXSB9O1xuICBpZiAodHlwZW9mIHZhbHVlLnJvbGUgIT09ICdzdHJpbmcnIHx8IHZhbHVlLnJvbGUudHJpbSgpID09PSAnJykge1xuICAgIHJldHVybiB7XG4gICAgICBtZXNzYWdlOiBgXCJyb2xlXCIgbXVzdCBiZSBhIG5vbi1lbXB0eSBzdHJpbmcgc3VjaCBhcyBcInVzZXJcIiwgZ290ICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZS5yb2xlKX1gLFxuICAgICAgcGF0aDogWydyb2xlJ10sXG4gICAgfTtcbiAgfVxuICBpZiAodmFsdWUuY29udGVudCA9PT0gdW5kZWZpbmVkKVxuICAgIHJldHVybiB7IG1lc3NhZ2U6IGB0aGUgbWVzc2FnZSBoYXMgbm8gXCJjb250ZW50XCIgKGl0cyBtdXN0YWNoZSB0ZW1wbGF0ZSk6ICR7c2hhcGV9YCwgcGF0aDogWydjb250ZW50J10gfTtcbiAgaWYgKHR5cGVvZiB2YWx1ZS5jb250ZW50ICE9PSAnc3RyaW5nJykge1xuICAgIHJldHVybiB7XG4gICAgICBtZXNzYWdlOiBgXCJjb250ZW50XCIgbXVzdCBiZSBhIHN0cmluZyAoYSBtdXN0YWNoZSB0ZW1wbGF0ZSksIGdvdCAke2Rlc2NyaWJlVmFsdWUodmFsdWUuY29udGVudCl9OyBxdW90ZSBpdCBpbiBZQU1MYCxcbiAgICAgIHBhdGg6IFsnY29udGVudCddLFxuICAgIH07XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gY2hlY2tJbnB1dChcbiAgaW5wdXQ6IHsgc2NoZW1hPzogdW5rbm93bjsgZGVmYXVsdD86IFJlY29yZDxzdHJpbmcsIHVua25vd24+IH0gfCB1bmRlZmluZWQsXG4gIHdoZXJlOiB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfSxcbiAgcHJvbXB0TmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkLFxuICBmYWlsOiBGYWlsLFxuKTogdm9pZCB7XG4gIGlmIChpbnB1dCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGlmIChpbnB1dC5kZWZhdWx0ICE9PSB1bmRlZmluZWQpIHtcbiAgICBjb25zdCBwcm9ibGVtID0gZmluZE5vbkpzb24oaW5wdXQuZGVmYXVsdCwgW10sIDApO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZhaWwoYFwiaW5wdXQuZGVmYXVsdFwiIG11c3QgYmUgcGxhaW4gZGF0YTogJHtwcm9ibGVtLm1lc3NhZ2V9YCwgWydpbnB1dCcsICdkZWZhdWx0JywgLi4ucHJvYmxlbS5wYXRoXSk7XG4gICAgfVxuICB9XG4gIGlmIChpbnB1dC5zY2hlbWEgPT09IHVuZGVmaW5lZCB8fCBpbnB1dC5zY2hlbWEgPT09IG51bGwpIHJldHVybjtcbiAgY29uc3Qgc2NoZW1hID0gY29tcGlsZUlucHV0U2NoZW1hKGlucHV0LnNjaGVtYSwgeyAuLi53aGVyZSwgcHJvbXB0TmFtZSwgZmllbGQ6ICdpbnB1dC5zY2hlbWEnIH0pO1xuICBpZiAoaW5wdXQuZGVmYXVsdCA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGNvbnN0IHJlc3VsdCA9IHNjaGVtYS52YWxpZGF0ZShpbnB1dC5kZWZhdWx0KTtcbiAgaWYgKHJlc3VsdC5vaykgcmV0dXJuO1xuICBjb25zdCBpc3N1ZSA9IHJlc3VsdC5pc3N1ZXMuZmluZCgoaSkgPT4gaS5jb2RlICE9PSAnbWlzc2luZycpO1xuICBpZiAoaXNzdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICBmYWlsKGB0aGUgZGVmYXVsdCB2YWx1ZSBkb2VzIG5vdCBmaXQgdGhlIGlucHV0IHNjaGVtYTogJHtpc3N1ZS5tZXNzYWdlfWAsIFsnaW5wdXQnLCAnZGVmYXVsdCcsIC4uLmlzc3VlLnBhdGhdKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tPdXRwdXQoXG4gIG91dHB1dDogeyBzY2hlbWE/OiB1bmtub3duIH0gfCB1bmRlZmluZWQsXG4gIHdoZXJlOiB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfSxcbiAgcHJvbXB0TmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkLFxuKTogdm9pZCB7XG4gIGNvbnN0IHNjaGVtYSA9IG91dHB1dD8uc2NoZW1hO1xuICBpZiAoc2NoZW1hID09PSB1bmRlZmluZWQgfHwgc2NoZW1hID09PSBudWxsIHx8IGlzU3RhbmRhcmRTY2hlbWEoc2NoZW1hKSkgcmV0dXJuO1xuICBwaWNvc2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSwgeyAuLi53aGVyZSwgcHJvbXB0TmFtZSwgZmllbGQ6ICdvdXRwdXQuc2NoZW1hJyB9KTtcbn1cblxuLyoqIFRoZSBmaXJzdCB2YWx1ZSB0aGF0IEpTT04gY2Fubm90IGNhcnJ5IChmdW5jdGlvbnMsIGB1bmRlZmluZWRgIGluIGxpc3RzLCBOYU4sIGNsYXNzIGluc3RhbmNlc1x1MjAyNikuICovXG5mdW5jdGlvbiBmaW5kTm9uSnNvbihcbiAgdmFsdWU6IHVua25vd24sXG4gIHBhdGg6IEZpZWxkU2VnbWVudFtdLFxuICBkZXB0aDogbnVtYmVyLFxuKTogeyBtZXNzYWdlOiBzdHJpbmc7IHBhdGg6IEZpZWxkU2VnbWVudFtdIH0gfCB1bmRlZmluZWQge1xuICBpZiAoZGVwdGggPiBNQVhfREFUQV9ERVBUSCkgcmV0dXJuIHsgbWVzc2FnZTogYG5lc3RlZCBtb3JlIHRoYW4gJHtNQVhfREFUQV9ERVBUSH0gbGV2ZWxzIGRlZXBgLCBwYXRoIH07XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJylcbiAgICByZXR1cm4gTnVtYmVyLmlzRmluaXRlKHZhbHVlKSA/IHVuZGVmaW5lZCA6IHsgbWVzc2FnZTogYCR7U3RyaW5nKHZhbHVlKX0gaXMgbm90IGEgSlNPTiBudW1iZXJgLCBwYXRoIH07XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgIGZvciAobGV0IGluZGV4ID0gMDsgaW5kZXggPCB2YWx1ZS5sZW5ndGg7IGluZGV4KyspIHtcbiAgICAgIGNvbnN0IHByb2JsZW0gPSBmaW5kTm9uSnNvbih2YWx1ZVtpbmRleF0sIFsuLi5wYXRoLCBpbmRleF0sIGRlcHRoICsgMSk7XG4gICAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcHJvYmxlbTtcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxuICBpZiAodHlwZW9mIHZhbHVlID09PSAnb2JqZWN0Jykge1xuICAgIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgICBpZiAocHJvdG8gIT09IE9iamVjdC5wcm90b3R5cGUgJiYgcHJvdG8gIT09IG51bGwpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG1lc3NhZ2U6IGBmb3VuZCBhICR7KHZhbHVlIGFzIG9iamVjdCkuY29uc3RydWN0b3I/Lm5hbWUgPz8gJ25vbi1wbGFpbid9IG9iamVjdDsgdXNlIHBsYWluIG9iamVjdHNgLFxuICAgICAgICBwYXRoLFxuICAgICAgfTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBba2V5LCBpdGVtXSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICAgIGlmIChpdGVtID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgICAgY29uc3QgcHJvYmxlbSA9IGZpbmROb25Kc29uKGl0ZW0sIFsuLi5wYXRoLCBrZXldLCBkZXB0aCArIDEpO1xuICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgcmV0dXJuIHByb2JsZW07XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbiAgcmV0dXJuIHsgbWVzc2FnZTogYGZvdW5kICR7ZGVzY3JpYmVWYWx1ZSh2YWx1ZSl9YCwgcGF0aCB9O1xufVxuIiwgIi8qKlxuICogUHJvbXB0IG5hbWVzOiBzZWdtZW50cyBvZiBgW2EtejAtOV1bYS16MC05Ll8tXSpgIGpvaW5lZCBieSBgL2AuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcblxuLyoqIExvbmdlc3QgYWNjZXB0ZWQgcHJvbXB0IG5hbWUsIGluIGNoYXJhY3RlcnMuICovXG5leHBvcnQgY29uc3QgTUFYX05BTUVfTEVOR1RIID0gMjAwO1xuXG5jb25zdCBOQU1FX1BBVFRFUk4gPSAvXlthLXowLTldW2EtejAtOS5fLV0qKD86XFwvW2EtejAtOV1bYS16MC05Ll8tXSopKiQvO1xuXG4vKiogVHJ1ZSB3aGVuIGBuYW1lYCBpcyBhIHZhbGlkIHByb21wdCBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzVmFsaWROYW1lKG5hbWU6IHVua25vd24pOiBuYW1lIGlzIHN0cmluZyB7XG4gIHJldHVybiB0eXBlb2YgbmFtZSA9PT0gJ3N0cmluZycgJiYgbmFtZS5sZW5ndGggPD0gTUFYX05BTUVfTEVOR1RIICYmIE5BTUVfUEFUVEVSTi50ZXN0KG5hbWUpO1xufVxuXG4vKiogRGVzY3JpYmUgd2hhdCBpcyB3cm9uZyB3aXRoIGEgcHJvbXB0IG5hbWUsIG9yIGB1bmRlZmluZWRgIHdoZW4gaXQgaXMgdmFsaWQuICovXG5leHBvcnQgZnVuY3Rpb24gZXhwbGFpbkludmFsaWROYW1lKG5hbWU6IHVua25vd24pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAodHlwZW9mIG5hbWUgIT09ICdzdHJpbmcnKSByZXR1cm4gYGEgcHJvbXB0IG5hbWUgbXVzdCBiZSBhIHN0cmluZywgZ290ICR7dHlwZW9mIG5hbWV9YDtcbiAgaWYgKG5hbWUubGVuZ3RoID09PSAwKSByZXR1cm4gJ2EgcHJvbXB0IG5hbWUgbXVzdCBub3QgYmUgZW1wdHknO1xuICBpZiAobmFtZS5sZW5ndGggPiBNQVhfTkFNRV9MRU5HVEgpXG4gICAgcmV0dXJuIGBhIHByb21wdCBuYW1lIG11c3QgYmUgYXQgbW9zdCAke01BWF9OQU1FX0xFTkdUSH0gY2hhcmFjdGVycywgZ290ICR7bmFtZS5sZW5ndGh9YDtcbiAgaWYgKE5BTUVfUEFUVEVSTi50ZXN0KG5hbWUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBzaG93biA9IEpTT04uc3RyaW5naWZ5KG5hbWUubGVuZ3RoID4gNjAgPyBgJHtuYW1lLnNsaWNlKDAsIDYwKX1cdTIwMjZgIDogbmFtZSk7XG4gIHJldHVybiAoXG4gICAgYGludmFsaWQgcHJvbXB0IG5hbWUgJHtzaG93bn06IHVzZSBsb3dlcmNhc2Ugc2VnbWVudHMgb2YgW2EtejAtOV1bYS16MC05Ll8tXSogam9pbmVkIGJ5IFwiL1wiIGAgK1xuICAgIGAoZS5nLiBcInN1cHBvcnQvZ3JlZXRpbmdcIik7IG5vIGxlYWRpbmcgXCIvXCIsIG5vIGVtcHR5LCBcIi5cIiBvciBcIi4uXCIgc2VnbWVudHNgXG4gICk7XG59XG5cbi8qKiBUaHJvdyBhIHtAbGluayBQcm9tcHRGb3JtYXRFcnJvcn0gdW5sZXNzIGBuYW1lYCBpcyB2YWxpZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRWYWxpZE5hbWUoXG4gIG5hbWU6IHVua25vd24sXG4gIGxvY2F0aW9uOiB7IGZpbGU/OiBzdHJpbmc7IGxpbmU/OiBudW1iZXIgfSA9IHt9LFxuKTogYXNzZXJ0cyBuYW1lIGlzIHN0cmluZyB7XG4gIGNvbnN0IHByb2JsZW0gPSBleHBsYWluSW52YWxpZE5hbWUobmFtZSk7XG4gIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihwcm9ibGVtLCB7IC4uLmxvY2F0aW9uLCBmaWVsZDogJ25hbWUnIH0pO1xufVxuIiwgIi8qKlxuICogUHJvbXB0IHNwZWNzIChgbmFtZUBzZWxlY3RvcmApIGFuZCBzZWxlY3RvciByZXNvbHV0aW9uIG92ZXIgYSBsaXN0IG9mIHZlcnNpb25zLlxuICogU2VlIERFU0lHTi5tZCBzZWN0aW9uIDUuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCBzZW12ZXJDb21wYXJlIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvY29tcGFyZS5qcyc7XG5pbXBvcnQgc2VtdmVyUHJlcmVsZWFzZSBmcm9tICdzZW12ZXIvZnVuY3Rpb25zL3ByZXJlbGVhc2UuanMnO1xuaW1wb3J0IHNlbXZlclZhbGlkIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvdmFsaWQuanMnO1xuaW1wb3J0IHNlbXZlck1heFNhdGlzZnlpbmcgZnJvbSAnc2VtdmVyL3Jhbmdlcy9tYXgtc2F0aXNmeWluZy5qcyc7XG5pbXBvcnQgc2VtdmVyVmFsaWRSYW5nZSBmcm9tICdzZW12ZXIvcmFuZ2VzL3ZhbGlkLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyc2lvbkluZm8gfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi9uYW1lLmpzJztcblxuLyoqIEEgcGFyc2VkIGBuYW1lQHNlbGVjdG9yYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0U3BlYyB7XG4gIC8qKiBUaGUgcHJvbXB0IG5hbWUuICovXG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBzZWxlY3RvciBhZnRlciBgQGAsIG9yIGB1bmRlZmluZWRgIGZvciBhIGJhcmUgbmFtZS4gKi9cbiAgc2VsZWN0b3I6IHN0cmluZyB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIEhvdyBhIHNlbGVjdG9yIHBpY2tzIGEgdmVyc2lvbi4gKi9cbmV4cG9ydCB0eXBlIFNlbGVjdG9yS2luZCA9ICdleGFjdCcgfCAncmFuZ2UnIHwgJ2xhYmVsJyB8ICdsYXRlc3QnO1xuXG5jb25zdCBMQUJFTF9QQVRURVJOID0gL15bYS16QS1aXVthLXpBLVowLTkuXy1dKiQvO1xuXG4vKipcbiAqIFNwbGl0IGAnc3VwcG9ydC9ncmVldGluZ0BeMS4yJ2AgaW50byBuYW1lIGFuZCBzZWxlY3Rvci4gVGhyb3dzIGEge0BsaW5rIENvbmZpZ0Vycm9yfSBuYW1pbmcgdGhlXG4gKiBwcm9ibGVtIGZvciBhbiBpbnZhbGlkIG5hbWUgb3IgYW4gZW1wdHkgc2VsZWN0b3IuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZVNwZWMoc3BlYzogc3RyaW5nKTogUHJvbXB0U3BlYyB7XG4gIGlmICh0eXBlb2Ygc3BlYyAhPT0gJ3N0cmluZycpIHRocm93IG5ldyBDb25maWdFcnJvcihgYSBwcm9tcHQgc3BlYyBtdXN0IGJlIGEgc3RyaW5nLCBnb3QgJHt0eXBlb2Ygc3BlY31gKTtcbiAgY29uc3QgYXQgPSBzcGVjLmluZGV4T2YoJ0AnKTtcbiAgY29uc3QgbmFtZSA9IGF0ID09PSAtMSA/IHNwZWMgOiBzcGVjLnNsaWNlKDAsIGF0KTtcbiAgY29uc3Qgc2VsZWN0b3IgPSBhdCA9PT0gLTEgPyB1bmRlZmluZWQgOiBzcGVjLnNsaWNlKGF0ICsgMSk7XG4gIGNvbnN0IHByb2JsZW0gPSBleHBsYWluSW52YWxpZE5hbWUobmFtZSk7XG4gIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHRocm93IG5ldyBDb25maWdFcnJvcihgJHtwcm9ibGVtfSAoaW4gc3BlYyAke0pTT04uc3RyaW5naWZ5KHNwZWMpfSlgKTtcbiAgaWYgKHNlbGVjdG9yICE9PSB1bmRlZmluZWQpIGFzc2VydFZhbGlkU2VsZWN0b3Ioc2VsZWN0b3IsIHNwZWMpO1xuICByZXR1cm4geyBuYW1lLCBzZWxlY3RvciB9O1xufVxuXG4vKiogVGhyb3cgYSB7QGxpbmsgQ29uZmlnRXJyb3J9IHVubGVzcyBgc2VsZWN0b3JgIGlzIGFuIGV4YWN0IHZlcnNpb24sIGEgcmFuZ2UsIGEgbGFiZWwgb3IgYGxhdGVzdGAuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VmFsaWRTZWxlY3RvcihzZWxlY3Rvcjogc3RyaW5nLCBjb250ZXh0OiBzdHJpbmcgPSBzZWxlY3Rvcik6IHZvaWQge1xuICBpZiAoc2VsZWN0b3IubGVuZ3RoID09PSAwIHx8IHNlbGVjdG9yLmxlbmd0aCA+IDI1NiB8fCBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoXG4gICAgICBgaW52YWxpZCBzZWxlY3RvciAke0pTT04uc3RyaW5naWZ5KHNlbGVjdG9yKX0gaW4gJHtKU09OLnN0cmluZ2lmeShjb250ZXh0KX06IHVzZSBhbiBleGFjdCB2ZXJzaW9uIChcIjEuMi4zXCIpLCBgICtcbiAgICAgICAgJ2FuIG5wbSBzZW12ZXIgcmFuZ2UgKFwiXjEuMlwiLCBcIn4xLjIuMFwiLCBcIjEueFwiKSwgYSBsYWJlbCAoXCJwcm9kdWN0aW9uXCIpIG9yIFwibGF0ZXN0XCInLFxuICAgICk7XG4gIH1cbn1cblxuLyoqIENsYXNzaWZ5IGEgc2VsZWN0b3I7IGB1bmRlZmluZWRgIHdoZW4gaXQgaXMgbm9uZSBvZiB0aGUgZm91ciBraW5kcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZWxlY3RvcktpbmQoc2VsZWN0b3I6IHN0cmluZyk6IFNlbGVjdG9yS2luZCB8IHVuZGVmaW5lZCB7XG4gIGlmIChzZWxlY3RvciA9PT0gJ2xhdGVzdCcpIHJldHVybiAnbGF0ZXN0JztcbiAgaWYgKHNlbXZlclZhbGlkKHNlbGVjdG9yKSA9PT0gc2VsZWN0b3IpIHJldHVybiAnZXhhY3QnO1xuICBpZiAoc2VtdmVyVmFsaWRSYW5nZShzZWxlY3RvcikgIT09IG51bGwpIHJldHVybiAncmFuZ2UnO1xuICBpZiAoTEFCRUxfUEFUVEVSTi50ZXN0KHNlbGVjdG9yKSkgcmV0dXJuICdsYWJlbCc7XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbi8qKiBUcnVlIHdoZW4gYSBzZWxlY3RvciBhbHdheXMgcGlja3MgdGhlIHNhbWUgdmVyc2lvbiAoYW4gZXhhY3QgdmVyc2lvbikuICovXG5leHBvcnQgZnVuY3Rpb24gaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIHNlbGVjdG9yS2luZChzZWxlY3RvcikgPT09ICdleGFjdCc7XG59XG5cbi8qKiBTb3J0IHZlcnNpb25zIGhpZ2hlc3QgZmlyc3QgKHNlbXZlciBwcmVjZWRlbmNlKS4gUmV0dXJucyBhIG5ldyBhcnJheS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nPFQgZXh0ZW5kcyB7IHZlcnNpb246IHN0cmluZyB9Pih2ZXJzaW9uczogcmVhZG9ubHkgVFtdKTogVFtdIHtcbiAgcmV0dXJuIFsuLi52ZXJzaW9uc10uc29ydCgoYSwgYikgPT4gc2VtdmVyQ29tcGFyZShiLnZlcnNpb24sIGEudmVyc2lvbikpO1xufVxuXG4vKipcbiAqIFBpY2sgdGhlIHZlcnNpb24gYSBzZWxlY3RvciBjaG9vc2VzIGFtb25nIGB2ZXJzaW9uc2A6XG4gKiAtIGV4YWN0IGAxLjIuM2A6IHRoYXQgdmVyc2lvbjtcbiAqIC0gYSByYW5nZSAoYF4xLjJgLCBgfjEuMi4wYCwgYDEueGAsIGA+PTEgPDNgKTogdGhlIGhpZ2hlc3Qgc2F0aXNmeWluZyB2ZXJzaW9uOyBwcmVyZWxlYXNlcyBvbmx5IHdoZW5cbiAqICAgdGhlIHJhbmdlIG5hbWVzIGEgcHJlcmVsZWFzZSBvZiB0aGUgc2FtZSBgTUFKT1IuTUlOT1IuUEFUQ0hgIChucG0ncyBydWxlKTtcbiAqIC0gYGxhdGVzdGA6IHRoZSBoaWdoZXN0IHZlcnNpb24gdGhhdCBpcyBub3QgYSBwcmVyZWxlYXNlO1xuICogLSBhbnl0aGluZyBlbHNlOiB0aGUgdmVyc2lvbiBjYXJyeWluZyB0aGF0IGxhYmVsLlxuICpcbiAqIFJldHVybnMgYHVuZGVmaW5lZGAgd2hlbiBub3RoaW5nIG1hdGNoZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlU2VsZWN0b3I8VCBleHRlbmRzIFZlcnNpb25JbmZvPih2ZXJzaW9uczogcmVhZG9ubHkgVFtdLCBzZWxlY3Rvcjogc3RyaW5nKTogVCB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGtpbmQgPSBzZWxlY3RvcktpbmQoc2VsZWN0b3IpO1xuICBzd2l0Y2ggKGtpbmQpIHtcbiAgICBjYXNlICdleGFjdCc6XG4gICAgICByZXR1cm4gdmVyc2lvbnMuZmluZCgodikgPT4gdi52ZXJzaW9uID09PSBzZWxlY3Rvcik7XG4gICAgY2FzZSAnbGF0ZXN0Jzoge1xuICAgICAgbGV0IGJlc3Q6IFQgfCB1bmRlZmluZWQ7XG4gICAgICBmb3IgKGNvbnN0IHYgb2YgdmVyc2lvbnMpIHtcbiAgICAgICAgaWYgKHNlbXZlclByZXJlbGVhc2Uodi52ZXJzaW9uKSAhPT0gbnVsbCkgY29udGludWU7XG4gICAgICAgIGlmIChiZXN0ID09PSB1bmRlZmluZWQgfHwgc2VtdmVyQ29tcGFyZSh2LnZlcnNpb24sIGJlc3QudmVyc2lvbikgPiAwKSBiZXN0ID0gdjtcbiAgICAgIH1cbiAgICAgIHJldHVybiBiZXN0O1xuICAgIH1cbiAgICBjYXNlICdyYW5nZSc6IHtcbiAgICAgIGNvbnN0IGNob3NlbiA9IHNlbXZlck1heFNhdGlzZnlpbmcoXG4gICAgICAgIHZlcnNpb25zLm1hcCgodikgPT4gdi52ZXJzaW9uKSxcbiAgICAgICAgc2VsZWN0b3IsXG4gICAgICApO1xuICAgICAgcmV0dXJuIGNob3NlbiA9PT0gbnVsbCA/IHVuZGVmaW5lZCA6IHZlcnNpb25zLmZpbmQoKHYpID0+IHYudmVyc2lvbiA9PT0gY2hvc2VuKTtcbiAgICB9XG4gICAgY2FzZSAnbGFiZWwnOlxuICAgICAgcmV0dXJuIHZlcnNpb25zLmZpbmQoKHYpID0+IHYubGFiZWxzLmluY2x1ZGVzKHNlbGVjdG9yKSk7XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cblxuLyoqIExhYmVscyBvZiBhIHZlcnNpb24gbGlzdCBhcyBgeyBsYWJlbDogdmVyc2lvbiB9YCwgZm9yIGVycm9yIG1lc3NhZ2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhYmVsTWFwKHZlcnNpb25zOiByZWFkb25seSBWZXJzaW9uSW5mb1tdKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9O1xuICBmb3IgKGNvbnN0IHYgb2YgdmVyc2lvbnMpIGZvciAoY29uc3QgbGFiZWwgb2Ygdi5sYWJlbHMpIG91dFtsYWJlbF0gPSB2LnZlcnNpb247XG4gIHJldHVybiBvdXQ7XG59XG4iLCAiLyoqXG4gKiBBIHNtYWxsIHR5cGVkIGV2ZW50IGVtaXR0ZXIgZm9yIHtAbGluayBQcm9tcHRFdmVudH1zLlxuICpcbiAqIC0gTGlzdGVuZXJzIHN1YnNjcmliZSBwZXIgZXZlbnQgdHlwZSAoYG9uKCdyZW5kZXInLCBcdTIwMjYpYCkgb3IgdG8gZXZlcnkgZXZlbnQgKGBvbkV2ZW50KFx1MjAyNilgKS5cbiAqIC0gQSBsaXN0ZW5lciB0aGF0IHRocm93cyBvciByZWplY3RzIG5ldmVyIGJyZWFrcyB0aGUgY2FsbGVyOiB0aGUgZmFpbHVyZSBpcyBoYW5kZWQgdG8gdGhlXG4gKiAgIGBvbkVycm9yYCBvcHRpb24gKGVhY2ggZmFpbHVyZSBvbmNlKSwgb3IsIHdpdGhvdXQgaXQsIHdyaXR0ZW4gd2l0aCBgY29uc29sZS53YXJuYCB0aGUgZmlyc3RcbiAqICAgdGltZSBlYWNoIGxpc3RlbmVyIGZhaWxzIChsYXRlciBmYWlsdXJlcyBvZiB0aGF0IGxpc3RlbmVyIHN0YXkgc2lsZW50LCBzbyBhIGJyb2tlbiBsaXN0ZW5lciBvblxuICogICBhIGhvdCBwYXRoIGNhbm5vdCBmbG9vZCB0aGUgbG9nKS5cbiAqIC0gV2l0aCBubyBsaXN0ZW5lciwgZW1pdHRpbmcgY29zdHMgb25lIGJyYW5jaDogY2FsbGVycyBjaGVjayB7QGxpbmsgUHJvbXB0RW1pdHRlci5hY3RpdmV9IChvclxuICogICB7QGxpbmsgUHJvbXB0RW1pdHRlci53YW50c30pIGJlZm9yZSB0aGV5IGV2ZW4gYnVpbGQgdGhlIGV2ZW50IG9iamVjdC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IGVtaXR0ZXIgPSBuZXcgUHJvbXB0RW1pdHRlcigpO1xuICogY29uc3Qgb2ZmID0gZW1pdHRlci5vbigncmVuZGVyJywgKGUpID0+IGNvbnNvbGUubG9nKGUubmFtZSwgZS5kdXJhdGlvbk1zKSk7XG4gKiBpZiAoZW1pdHRlci53YW50cygncmVuZGVyJykpIGVtaXR0ZXIuZW1pdCh7IHR5cGU6ICdyZW5kZXInLCBuYW1lOiAneCcsIHZlcnNpb246ICcxLjAuMCcsIGhhc2gsIGR1cmF0aW9uTXM6IDAuMSwgY2hhcnM6IDEyLCBpbnB1dEtleXM6IFtdIH0pO1xuICogb2ZmKCk7XG4gKiBgYGBcbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgeyBFdmVudE9mLCBQcm9tcHRFdmVudCwgUHJvbXB0RXZlbnRMaXN0ZW5lciwgUHJvbXB0RXZlbnRUeXBlIH0gZnJvbSAnLi9ldmVudHMuanMnO1xuXG4vKiogQ2FsbGVkIHdoZW4gYSBsaXN0ZW5lciB0aHJvd3Mgb3IgcmVqZWN0cy4gKi9cbmV4cG9ydCB0eXBlIExpc3RlbmVyRXJyb3JIYW5kbGVyID0gKGVycm9yOiB1bmtub3duLCBldmVudDogUHJvbXB0RXZlbnQpID0+IHZvaWQ7XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBQcm9tcHRFbWl0dGVyfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0RW1pdHRlck9wdGlvbnMge1xuICAvKipcbiAgICogUmVjZWl2ZXMgZXZlcnkgZXJyb3IgdGhyb3duIChvciBwcm9taXNlIHJlamVjdGVkKSBieSBhIGxpc3RlbmVyLCBvbmNlIHBlciBmYWlsdXJlLiBBbiBlcnJvclxuICAgKiB0aHJvd24gYnkgdGhpcyBoYW5kbGVyIGl0c2VsZiBpcyBpZ25vcmVkLlxuICAgKiBAZGVmYXVsdCBhIGBjb25zb2xlLndhcm5gIHRoZSBmaXJzdCB0aW1lIGVhY2ggbGlzdGVuZXIgZmFpbHNcbiAgICovXG4gIG9uRXJyb3I/OiBMaXN0ZW5lckVycm9ySGFuZGxlcjtcbn1cblxudHlwZSBBbnlMaXN0ZW5lciA9IChldmVudDogUHJvbXB0RXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuXG4vKiogVHlwZWQgZW1pdHRlciBvZiBwcm9tcHRvcHMgZXZlbnRzLiBTZWUgdGhlIG1vZHVsZSBkb2N1bWVudGF0aW9uLiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdEVtaXR0ZXIge1xuICAvKipcbiAgICogVHJ1ZSB3aGVuIGF0IGxlYXN0IG9uZSBsaXN0ZW5lciBpcyBzdWJzY3JpYmVkICh0byBhbnkgdHlwZSkuIFJlYWQgaXQgYmVmb3JlIGJ1aWxkaW5nIGFuIGV2ZW50OlxuICAgKiBgaWYgKGVtaXR0ZXIuYWN0aXZlKSBlbWl0dGVyLmVtaXQoeyBcdTIwMjYgfSlgLlxuICAgKi9cbiAgYWN0aXZlID0gZmFsc2U7XG5cbiAgcmVhZG9ubHkgI2J5VHlwZSA9IG5ldyBNYXA8UHJvbXB0RXZlbnRUeXBlLCBBbnlMaXN0ZW5lcltdPigpO1xuICAjYW55OiBBbnlMaXN0ZW5lcltdID0gW107XG4gIHJlYWRvbmx5ICNvbkVycm9yOiBMaXN0ZW5lckVycm9ySGFuZGxlciB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgI3dhcm5lZCA9IG5ldyBXZWFrU2V0PEFueUxpc3RlbmVyPigpO1xuXG4gIGNvbnN0cnVjdG9yKG9wdGlvbnM6IFByb21wdEVtaXR0ZXJPcHRpb25zID0ge30pIHtcbiAgICB0aGlzLiNvbkVycm9yID0gb3B0aW9ucy5vbkVycm9yO1xuICB9XG5cbiAgLyoqIFRydWUgd2hlbiBhbiBldmVudCBvZiBgdHlwZWAgd291bGQgcmVhY2ggYXQgbGVhc3Qgb25lIGxpc3RlbmVyLiAqL1xuICB3YW50cyh0eXBlOiBQcm9tcHRFdmVudFR5cGUpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5hY3RpdmUgJiYgKHRoaXMuI2FueS5sZW5ndGggPiAwIHx8IHRoaXMuI2J5VHlwZS5oYXModHlwZSkpO1xuICB9XG5cbiAgLyoqXG4gICAqIFN1YnNjcmliZSB0byBvbmUgZXZlbnQgdHlwZS4gUmV0dXJucyBhIGZ1bmN0aW9uIHRoYXQgdW5zdWJzY3JpYmVzIChjYWxsaW5nIGl0IHR3aWNlIGlzIGhhcm1sZXNzKS5cbiAgICogU3Vic2NyaWJpbmcgdGhlIHNhbWUgZnVuY3Rpb24gdHdpY2UgbWFrZXMgdHdvIHN1YnNjcmlwdGlvbnMuXG4gICAqL1xuICBvbjxUIGV4dGVuZHMgUHJvbXB0RXZlbnRUeXBlPih0eXBlOiBULCBsaXN0ZW5lcjogUHJvbXB0RXZlbnRMaXN0ZW5lcjxUPik6ICgpID0+IHZvaWQge1xuICAgIGNvbnN0IGZuID0gbGlzdGVuZXIgYXMgQW55TGlzdGVuZXI7XG4gICAgdGhpcy4jYnlUeXBlLnNldCh0eXBlLCBbLi4uKHRoaXMuI2J5VHlwZS5nZXQodHlwZSkgPz8gW10pLCBmbl0pO1xuICAgIHRoaXMuYWN0aXZlID0gdHJ1ZTtcbiAgICBsZXQgc3Vic2NyaWJlZCA9IHRydWU7XG4gICAgcmV0dXJuICgpID0+IHtcbiAgICAgIGlmICghc3Vic2NyaWJlZCkgcmV0dXJuO1xuICAgICAgc3Vic2NyaWJlZCA9IGZhbHNlO1xuICAgICAgY29uc3QgcmVzdCA9IHJlbW92ZU9uZSh0aGlzLiNieVR5cGUuZ2V0KHR5cGUpID8/IFtdLCBmbik7XG4gICAgICBpZiAocmVzdC5sZW5ndGggPT09IDApIHRoaXMuI2J5VHlwZS5kZWxldGUodHlwZSk7XG4gICAgICBlbHNlIHRoaXMuI2J5VHlwZS5zZXQodHlwZSwgcmVzdCk7XG4gICAgICB0aGlzLiN1cGRhdGVBY3RpdmUoKTtcbiAgICB9O1xuICB9XG5cbiAgLyoqIFN1YnNjcmliZSB0byBldmVyeSBldmVudC4gUmV0dXJucyBhIGZ1bmN0aW9uIHRoYXQgdW5zdWJzY3JpYmVzLiAqL1xuICBvbkV2ZW50KGxpc3RlbmVyOiAoZXZlbnQ6IFByb21wdEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPik6ICgpID0+IHZvaWQge1xuICAgIHRoaXMuI2FueSA9IFsuLi50aGlzLiNhbnksIGxpc3RlbmVyXTtcbiAgICB0aGlzLmFjdGl2ZSA9IHRydWU7XG4gICAgbGV0IHN1YnNjcmliZWQgPSB0cnVlO1xuICAgIHJldHVybiAoKSA9PiB7XG4gICAgICBpZiAoIXN1YnNjcmliZWQpIHJldHVybjtcbiAgICAgIHN1YnNjcmliZWQgPSBmYWxzZTtcbiAgICAgIHRoaXMuI2FueSA9IHJlbW92ZU9uZSh0aGlzLiNhbnksIGxpc3RlbmVyKTtcbiAgICAgIHRoaXMuI3VwZGF0ZUFjdGl2ZSgpO1xuICAgIH07XG4gIH1cblxuICAvKiogUmVtb3ZlIGV2ZXJ5IGxpc3RlbmVyLiAqL1xuICBjbGVhcigpOiB2b2lkIHtcbiAgICB0aGlzLiNieVR5cGUuY2xlYXIoKTtcbiAgICB0aGlzLiNhbnkgPSBbXTtcbiAgICB0aGlzLmFjdGl2ZSA9IGZhbHNlO1xuICB9XG5cbiAgLyoqXG4gICAqIERlbGl2ZXIgYGV2ZW50YCB0byB0aGUgbGlzdGVuZXJzIG9mIGl0cyB0eXBlLCB0aGVuIHRvIHRoZSBgb25FdmVudGAgbGlzdGVuZXJzLCBzeW5jaHJvbm91c2x5XG4gICAqIGFuZCBpbiBzdWJzY3JpcHRpb24gb3JkZXIuIE5ldmVyIHRocm93cy5cbiAgICovXG4gIGVtaXQ8VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4oZXZlbnQ6IEV2ZW50T2Y8VD4pOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuYWN0aXZlKSByZXR1cm47XG4gICAgY29uc3QgdHlwZWQgPSB0aGlzLiNieVR5cGUuZ2V0KGV2ZW50LnR5cGUpO1xuICAgIGlmICh0eXBlZCAhPT0gdW5kZWZpbmVkKSBmb3IgKGNvbnN0IGxpc3RlbmVyIG9mIHR5cGVkKSB0aGlzLiNjYWxsKGxpc3RlbmVyLCBldmVudCk7XG4gICAgZm9yIChjb25zdCBsaXN0ZW5lciBvZiB0aGlzLiNhbnkpIHRoaXMuI2NhbGwobGlzdGVuZXIsIGV2ZW50KTtcbiAgfVxuXG4gICNjYWxsKGxpc3RlbmVyOiBBbnlMaXN0ZW5lciwgZXZlbnQ6IFByb21wdEV2ZW50KTogdm9pZCB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGxpc3RlbmVyKGV2ZW50KTtcbiAgICAgIGlmIChyZXN1bHQgIT09IHVuZGVmaW5lZCAmJiB0eXBlb2YgKHJlc3VsdCBhcyBQcm9taXNlPHZvaWQ+KS50aGVuID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICAgIChyZXN1bHQgYXMgUHJvbWlzZTx2b2lkPikudGhlbih1bmRlZmluZWQsIChlcnJvcjogdW5rbm93bikgPT4gdGhpcy4jcmVwb3J0KGxpc3RlbmVyLCBlcnJvciwgZXZlbnQpKTtcbiAgICAgIH1cbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgdGhpcy4jcmVwb3J0KGxpc3RlbmVyLCBlcnJvciwgZXZlbnQpO1xuICAgIH1cbiAgfVxuXG4gICNyZXBvcnQobGlzdGVuZXI6IEFueUxpc3RlbmVyLCBlcnJvcjogdW5rbm93biwgZXZlbnQ6IFByb21wdEV2ZW50KTogdm9pZCB7XG4gICAgaWYgKHRoaXMuI29uRXJyb3IgIT09IHVuZGVmaW5lZCkge1xuICAgICAgdHJ5IHtcbiAgICAgICAgdGhpcy4jb25FcnJvcihlcnJvciwgZXZlbnQpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIC8vIEFuIGVycm9yIGhhbmRsZXIgdGhhdCBmYWlscyBoYXMgbm93aGVyZSBsZWZ0IHRvIHJlcG9ydCB0by5cbiAgICAgIH1cbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKHRoaXMuI3dhcm5lZC5oYXMobGlzdGVuZXIpKSByZXR1cm47XG4gICAgdGhpcy4jd2FybmVkLmFkZChsaXN0ZW5lcik7XG4gICAgY29uc29sZS53YXJuKFxuICAgICAgYHByb21wdG9wczogYSBcIiR7ZXZlbnQudHlwZX1cIiBldmVudCBsaXN0ZW5lciBmYWlsZWQgKGZ1cnRoZXIgZmFpbHVyZXMgb2YgdGhpcyBsaXN0ZW5lciBhcmUgbm90IHNob3duKTpgLFxuICAgICAgZXJyb3IsXG4gICAgKTtcbiAgfVxuXG4gICN1cGRhdGVBY3RpdmUoKTogdm9pZCB7XG4gICAgdGhpcy5hY3RpdmUgPSB0aGlzLiNhbnkubGVuZ3RoID4gMCB8fCB0aGlzLiNieVR5cGUuc2l6ZSA+IDA7XG4gIH1cbn1cblxuZnVuY3Rpb24gcmVtb3ZlT25lPFQ+KGxpc3Q6IHJlYWRvbmx5IFRbXSwgaXRlbTogVCk6IFRbXSB7XG4gIGNvbnN0IGluZGV4ID0gbGlzdC5pbmRleE9mKGl0ZW0pO1xuICByZXR1cm4gaW5kZXggPT09IC0xID8gWy4uLmxpc3RdIDogWy4uLmxpc3Quc2xpY2UoMCwgaW5kZXgpLCAuLi5saXN0LnNsaWNlKGluZGV4ICsgMSldO1xufVxuIiwgIi8qKlxuICogVGhlIGNsaWVudCdzIHR3byBjYWNoZSB0aWVycyBhbmQgaXRzIGluLWZsaWdodCBsb2FkcyAoREVTSUdOLm1kIHNlY3Rpb24gNiwgXCJDYWNoaW5nIGFuZCBmYWlsdXJlXCIpLlxuICpcbiAqIC0gVGllciAxLCBgbmFtZUB2ZXJzaW9uYCBcdTIxOTIgY29tcGlsZWQgcHJvbXB0OiBhbiBMUlUgYm91bmRlZCBieSBgbWF4YCwgbm8gVFRMIChhIHZlcnNpb24gaXMgaW1tdXRhYmxlKS5cbiAqIC0gVGllciAyLCBgbmFtZUBzZWxlY3RvcmAgXHUyMTkyIHJlc29sdmVkIHJlY29yZCAodmVyc2lvbiArIGhhc2gpOiBmcmVzaCBmb3IgYHR0bE1zYCwgdGhlbiBzdGFsZSBmb3IgdXBcbiAqICAgdG8gYG1heFN0YWxlTXNgICh0aGUgY2xpZW50IHNlcnZlcyBpdCB3aGlsZSBvbmUgYmFja2dyb3VuZCByZWZyZXNoIHJ1bnMpLCB0aGVuIGV4cGlyZWQuIEV4YWN0XG4gKiAgIHNlbGVjdG9ycyBuZXZlciBnbyBzdGFsZS4gQWxzbyBhbiBMUlUgYm91bmRlZCBieSBgbWF4YC5cbiAqIC0gSW4tZmxpZ2h0IGxvYWRzIGFyZSBzaGFyZWQgcGVyIGtleSAoYXQgYm90aCB0aWVycyksIHNvIGNvbmN1cnJlbnQgaWRlbnRpY2FsIHJlcXVlc3RzIG1ha2Ugb25lXG4gKiAgIHN0b3JlIGNhbGwuIEludmFsaWRhdGluZyBhIG5hbWUgY2FuY2VscyBpdHMgaW4tZmxpZ2h0IGxvYWRzOiB0aGVpciByZXN1bHRzIHJlYWNoIHRoZSBjYWxsZXJzXG4gKiAgIHRoYXQgd2FpdGVkIGZvciB0aGVtIGJ1dCBhcmUgbm90IGNhY2hlZC5cbiAqXG4gKiBUaW1lIGNvbWVzIGZyb20gYW4gaW5qZWN0ZWQgYG5vdygpYDsgbm90aGluZyBoZXJlIHNldHMgYSB0aW1lci5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgTFJVQ2FjaGUgfSBmcm9tICdscnUtY2FjaGUnO1xuaW1wb3J0IHR5cGUgeyBDb21waWxlZFByb21wdCB9IGZyb20gJy4uL2VuZ2luZS9wcm9tcHQuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB0eXBlIHsgQ2FjaGVPcHRpb25zIH0gZnJvbSAnLi9vcHRpb25zLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0SGFuZGxlIH0gZnJvbSAnLi9wcm9tcHQuanMnO1xuXG4vKiogQSBjb21waWxlZCBwcm9tcHQgdmVyc2lvbiAodGllciAxKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29tcGlsZWRFbnRyeSB7XG4gIHJlYWRvbmx5IHJlY29yZDogUHJvbXB0UmVjb3JkO1xuICByZWFkb25seSBoYXNoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGNvbXBpbGVkOiBDb21waWxlZFByb21wdDtcbiAgLyoqIEV2ZXJ5IHBhcnRpYWwgY29tcGlsZWQgaW4gKHRyYW5zaXRpdmVseSk6IG5hbWUgXHUyMTkyIHZlcnNpb24uICovXG4gIHJlYWRvbmx5IGRlcHM6IFJlYWRvbmx5TWFwPHN0cmluZywgc3RyaW5nPjtcbn1cblxuLyoqIFdoYXQgYSBzZWxlY3RvciByZXNvbHZlZCB0byAodGllciAyKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVzb2x1dGlvbiB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgc2VsZWN0b3I6IHN0cmluZztcbiAgcmVhZG9ubHkgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nO1xuICAvKiogV2hlcmUgdGhlIHJlY29yZCBjYW1lIGZyb20uIEEgc25hcHNob3QgZW50cnkgc3RhcnRzIHN0YWxlLCBzbyB0aGF0IGEgcmVmcmVzaCBpcyB0cmllZCBhdCBvbmNlLiAqL1xuICByZWFkb25seSBvcmlnaW46ICdzdG9yZScgfCAnc25hcHNob3QnO1xuICAvKiogQ2xvY2sgdGltZSB0aGUgcmVzb2x1dGlvbiBjb3VudHMgYXMgbG9hZGVkIGF0LiAqL1xuICByZWFkb25seSBsb2FkZWRBdDogbnVtYmVyO1xuICAvKiogRWFybGllc3QgY2xvY2sgdGltZSBvZiB0aGUgbmV4dCBiYWNrZ3JvdW5kIHJlZnJlc2ggKHNldCBhZnRlciBhIGZhaWxlZCBvbmUpLiAqL1xuICByZXRyeUF0OiBudW1iZXI7XG4gIC8qKiBUaGUgcHJvbXB0IGNvbXBpbGVkIHdpdGggdGhlIGNsaWVudCdzIGRlZmF1bHQgc3RyaWN0bmVzcywgb25jZSBrbm93bi4gKi9cbiAgY29tcGlsZWQ6IENvbXBpbGVkRW50cnkgfCB1bmRlZmluZWQ7XG4gIC8qKiBUaGUgYFByb21wdGAgaGFuZGVkIG91dCBmb3IgZnJlc2ggaGl0cyAoc291cmNlIGAnY2FjaGUnYCwgZGVmYXVsdCBzdHJpY3RuZXNzKSwgYnVpbHQgb24gdGhlIGZpcnN0IG9uZS4gKi9cbiAgcHJvbXB0PzogUHJvbXB0SGFuZGxlO1xufVxuXG4vKiogQWdlIG9mIGEgdGllci0yIGVudHJ5LiAqL1xuZXhwb3J0IHR5cGUgRnJlc2huZXNzID0gJ2ZyZXNoJyB8ICdzdGFsZScgfCAnZXhwaXJlZCc7XG5cbi8qKiBBIGxvYWQgdW5kZXIgd2F5LCBzaGFyZWQgYnkgZXZlcnkgY2FsbGVyIG9mIHRoZSBzYW1lIGtleS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmxpZ2h0PFQ+IHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICBwcm9taXNlOiBQcm9taXNlPFQ+O1xuICAvKiogU2V0IHdoZW4gdGhlIG5hbWUgd2FzIGludmFsaWRhdGVkIGR1cmluZyB0aGUgbG9hZDogdGhlIHJlc3VsdCBtdXN0IG5vdCBiZSBjYWNoZWQuICovXG4gIGNhbmNlbGxlZDogYm9vbGVhbjtcbn1cblxuLyoqIEtleSBvZiBhIG5hbWUgYW5kIGEgc2VsZWN0b3Igb3IgdmVyc2lvbjogYG5hbWVAc2VsZWN0b3JgLiBOYW1lcyBuZXZlciBjb250YWluIGBAYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjYWNoZUtleShuYW1lOiBzdHJpbmcsIHNlbGVjdG9yT3JWZXJzaW9uOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bmFtZX1AJHtzZWxlY3Rvck9yVmVyc2lvbn1gO1xufVxuXG5mdW5jdGlvbiBuYW1lT2ZLZXkoa2V5OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4ga2V5LnNsaWNlKDAsIGtleS5pbmRleE9mKCdAJykpO1xufVxuXG4vKiogVHdvLXRpZXIgY2FjaGUgd2l0aCBpbi1mbGlnaHQgc2hhcmluZy4gSW50ZXJuYWwgdG8gdGhlIGNsaWVudC4gKi9cbmV4cG9ydCBjbGFzcyBQcm9tcHRDYWNoZSB7XG4gIC8qKiBGYWxzZSB3aXRoIGBjYWNoZTogZmFsc2VgOiBub3RoaW5nIGlzIHN0b3JlZCwgaW4tZmxpZ2h0IGxvYWRzIGFyZSBzdGlsbCBzaGFyZWQuICovXG4gIHJlYWRvbmx5IGVuYWJsZWQ6IGJvb2xlYW47XG4gIHJlYWRvbmx5IHR0bE1zOiBudW1iZXI7XG4gIHJlYWRvbmx5IG1heFN0YWxlTXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgI25vdzogKCkgPT4gbnVtYmVyO1xuICByZWFkb25seSAjY29tcGlsZWQ6IExSVUNhY2hlPHN0cmluZywgQ29tcGlsZWRFbnRyeT4gfCB1bmRlZmluZWQ7XG4gIHJlYWRvbmx5ICNyZXNvbHZlZDogTFJVQ2FjaGU8c3RyaW5nLCBSZXNvbHV0aW9uPiB8IHVuZGVmaW5lZDtcbiAgLyoqIFRpZXItMiBsb2FkcyB1bmRlciB3YXkuICovXG4gIHJlYWRvbmx5IGxvYWRpbmcgPSBuZXcgTWFwPHN0cmluZywgRmxpZ2h0PHsgcmVzb2x1dGlvbjogUmVzb2x1dGlvbjsgc291cmNlOiAnc3RvcmUnIHwgJ3N0YWxlJyB8ICdzbmFwc2hvdCcgfT4+KCk7XG4gIC8qKiBUaWVyLTEgY29tcGlsYXRpb25zIHVuZGVyIHdheS4gKi9cbiAgcmVhZG9ubHkgY29tcGlsaW5nID0gbmV3IE1hcDxzdHJpbmcsIEZsaWdodDxDb21waWxlZEVudHJ5Pj4oKTtcbiAgLyoqIEJhY2tncm91bmQgcmVmcmVzaGVzIHVuZGVyIHdheSAob25lIHBlciB0aWVyLTIga2V5KS4gKi9cbiAgcmVhZG9ubHkgcmVmcmVzaGluZyA9IG5ldyBNYXA8c3RyaW5nLCBGbGlnaHQ8dm9pZD4+KCk7XG5cbiAgY29uc3RydWN0b3Iob3B0aW9uczogUmVxdWlyZWQ8Q2FjaGVPcHRpb25zPiB8IGZhbHNlLCBub3c6ICgpID0+IG51bWJlcikge1xuICAgIHRoaXMuI25vdyA9IG5vdztcbiAgICB0aGlzLmVuYWJsZWQgPSBvcHRpb25zICE9PSBmYWxzZTtcbiAgICB0aGlzLnR0bE1zID0gb3B0aW9ucyA9PT0gZmFsc2UgPyAwIDogb3B0aW9ucy50dGxNcztcbiAgICB0aGlzLm1heFN0YWxlTXMgPSBvcHRpb25zID09PSBmYWxzZSA/IDAgOiBvcHRpb25zLm1heFN0YWxlTXM7XG4gICAgaWYgKG9wdGlvbnMgIT09IGZhbHNlKSB7XG4gICAgICB0aGlzLiNjb21waWxlZCA9IG5ldyBMUlVDYWNoZSh7IG1heDogb3B0aW9ucy5tYXggfSk7XG4gICAgICB0aGlzLiNyZXNvbHZlZCA9IG5ldyBMUlVDYWNoZSh7IG1heDogb3B0aW9ucy5tYXggfSk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRpZXIgMjogdGhlIGVudHJ5IG9mIGBrZXlgIGFuZCBob3cgb2xkIGl0IGlzLCBvciBgdW5kZWZpbmVkYC4gRG9lcyBub3QgZHJvcCBleHBpcmVkIGVudHJpZXMuICovXG4gIHJlc29sdXRpb24oa2V5OiBzdHJpbmcpOiBSZXNvbHV0aW9uIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy4jcmVzb2x2ZWQ/LmdldChrZXkpO1xuICB9XG5cbiAgLyoqIEhvdyBvbGQgYSB0aWVyLTIgZW50cnkgaXMgKGV4YWN0IHNlbGVjdG9ycyBuZXZlciBhZ2UpLiAqL1xuICBmcmVzaG5lc3MoZW50cnk6IFJlc29sdXRpb24sIGV4YWN0OiBib29sZWFuKTogRnJlc2huZXNzIHtcbiAgICBpZiAoZXhhY3QpIHJldHVybiAnZnJlc2gnO1xuICAgIGNvbnN0IGFnZSA9IHRoaXMuI25vdygpIC0gZW50cnkubG9hZGVkQXQ7XG4gICAgaWYgKGFnZSA8IHRoaXMudHRsTXMpIHJldHVybiAnZnJlc2gnO1xuICAgIHJldHVybiBhZ2UgPCB0aGlzLnR0bE1zICsgdGhpcy5tYXhTdGFsZU1zID8gJ3N0YWxlJyA6ICdleHBpcmVkJztcbiAgfVxuXG4gIC8qKiBUaWVyIDI6IHJlbWVtYmVyIHdoYXQgYGtleWAgcmVzb2x2ZWQgdG8uICovXG4gIHNldFJlc29sdXRpb24oa2V5OiBzdHJpbmcsIGVudHJ5OiBSZXNvbHV0aW9uKTogdm9pZCB7XG4gICAgdGhpcy4jcmVzb2x2ZWQ/LnNldChrZXksIGVudHJ5KTtcbiAgfVxuXG4gIC8qKiBUaWVyIDI6IGZvcmdldCBga2V5YCwgb25seSBpZiBpdCBzdGlsbCBob2xkcyBgZW50cnlgICh3aGVuIGdpdmVuKS4gKi9cbiAgZGVsZXRlUmVzb2x1dGlvbihrZXk6IHN0cmluZywgZW50cnk/OiBSZXNvbHV0aW9uKTogdm9pZCB7XG4gICAgaWYgKGVudHJ5ID09PSB1bmRlZmluZWQgfHwgdGhpcy4jcmVzb2x2ZWQ/LmdldChrZXkpID09PSBlbnRyeSkgdGhpcy4jcmVzb2x2ZWQ/LmRlbGV0ZShrZXkpO1xuICB9XG5cbiAgLyoqIFRpZXIgMTogdGhlIGNvbXBpbGVkIHByb21wdCBvZiBga2V5YCAoYG5hbWVAdmVyc2lvbmAsIG1heWJlIHdpdGggYSBzdHJpY3RuZXNzIHN1ZmZpeCkuICovXG4gIGNvbXBpbGVkRW50cnkoa2V5OiBzdHJpbmcpOiBDb21waWxlZEVudHJ5IHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gdGhpcy4jY29tcGlsZWQ/LmdldChrZXkpO1xuICB9XG5cbiAgLyoqIFRpZXIgMTogcmVtZW1iZXIgYSBjb21waWxlZCBwcm9tcHQuICovXG4gIHNldENvbXBpbGVkKGtleTogc3RyaW5nLCBlbnRyeTogQ29tcGlsZWRFbnRyeSk6IHZvaWQge1xuICAgIHRoaXMuI2NvbXBpbGVkPy5zZXQoa2V5LCBlbnRyeSk7XG4gIH1cblxuICAvKiogTnVtYmVyIG9mIGVudHJpZXMgaW4gZWFjaCB0aWVyIChmb3IgdGVzdHMgYW5kIGRpYWdub3N0aWNzKS4gKi9cbiAgZ2V0IHNpemUoKTogeyBjb21waWxlZDogbnVtYmVyOyByZXNvbHZlZDogbnVtYmVyIH0ge1xuICAgIHJldHVybiB7IGNvbXBpbGVkOiB0aGlzLiNjb21waWxlZD8uc2l6ZSA/PyAwLCByZXNvbHZlZDogdGhpcy4jcmVzb2x2ZWQ/LnNpemUgPz8gMCB9O1xuICB9XG5cbiAgLyoqXG4gICAqIEpvaW4gdGhlIGxvYWQgb2YgYGtleWAgdW5kZXIgd2F5IGluIGBmbGlnaHRzYCwgb3Igc3RhcnQgb25lIHdpdGggYHN0YXJ0YC5cbiAgICogQHJldHVybnMgdGhlIHNoYXJlZCBwcm9taXNlLCBhbmQgd2hldGhlciBhbiBleGlzdGluZyBsb2FkIHdhcyBqb2luZWQuXG4gICAqL1xuICBzaGFyZTxUPihcbiAgICBmbGlnaHRzOiBNYXA8c3RyaW5nLCBGbGlnaHQ8VD4+LFxuICAgIGtleTogc3RyaW5nLFxuICAgIG5hbWU6IHN0cmluZyxcbiAgICBzdGFydDogKGZsaWdodDogRmxpZ2h0PFQ+KSA9PiBQcm9taXNlPFQ+LFxuICApOiB7IHByb21pc2U6IFByb21pc2U8VD47IGpvaW5lZDogYm9vbGVhbiB9IHtcbiAgICBjb25zdCBleGlzdGluZyA9IGZsaWdodHMuZ2V0KGtleSk7XG4gICAgaWYgKGV4aXN0aW5nICE9PSB1bmRlZmluZWQpIHJldHVybiB7IHByb21pc2U6IGV4aXN0aW5nLnByb21pc2UsIGpvaW5lZDogdHJ1ZSB9O1xuICAgIGNvbnN0IGZsaWdodDogRmxpZ2h0PFQ+ID0geyBuYW1lLCBjYW5jZWxsZWQ6IGZhbHNlLCBwcm9taXNlOiBQcm9taXNlLnJlc29sdmUodW5kZWZpbmVkIGFzIFQpIH07XG4gICAgZmxpZ2h0cy5zZXQoa2V5LCBmbGlnaHQpO1xuICAgIGZsaWdodC5wcm9taXNlID0gc3RhcnQoZmxpZ2h0KS5maW5hbGx5KCgpID0+IHtcbiAgICAgIGlmIChmbGlnaHRzLmdldChrZXkpID09PSBmbGlnaHQpIGZsaWdodHMuZGVsZXRlKGtleSk7XG4gICAgfSk7XG4gICAgcmV0dXJuIHsgcHJvbWlzZTogZmxpZ2h0LnByb21pc2UsIGpvaW5lZDogZmFsc2UgfTtcbiAgfVxuXG4gIC8qKiBGb3JnZXQgYSBmaW5pc2hlZCBmbGlnaHQgbm93IChiZWZvcmUgaXRzIGNhbGxlcnMgcmVzdW1lKSwgaWYgaXQgaXMgc3RpbGwgdGhlIG9uZSB1bmRlciBga2V5YC4gKi9cbiAgbGFuZDxUPihmbGlnaHRzOiBNYXA8c3RyaW5nLCBGbGlnaHQ8VD4+LCBrZXk6IHN0cmluZywgZmxpZ2h0OiBGbGlnaHQ8VD4pOiB2b2lkIHtcbiAgICBpZiAoZmxpZ2h0cy5nZXQoa2V5KSA9PT0gZmxpZ2h0KSBmbGlnaHRzLmRlbGV0ZShrZXkpO1xuICB9XG5cbiAgLyoqXG4gICAqIERyb3AgZXZlcnl0aGluZyBjYWNoZWQgZm9yIGV4YWN0bHkgYG5hbWVgIChldmVyeSBzZWxlY3RvciBhbmQgdmVyc2lvbjsgYCdhJ2AgbmV2ZXIgdG91Y2hlc1xuICAgKiBgJ2FiJ2Agb3IgYCdhL2InYCksIHRoZSBjb21waWxlZCBwcm9tcHRzIHRoYXQgaW5jbHVkZSBgbmFtZWAgYXMgYSBwYXJ0aWFsLCBhbmQgY2FuY2VsIGl0c1xuICAgKiBsb2FkcyB1bmRlciB3YXkuIFdpdGhvdXQgYSBuYW1lLCBkcm9wIGV2ZXJ5dGhpbmcuXG4gICAqL1xuICBpbnZhbGlkYXRlKG5hbWU/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBtYXRjaGVzID0gKGtleTogc3RyaW5nKTogYm9vbGVhbiA9PiBuYW1lID09PSB1bmRlZmluZWQgfHwgbmFtZU9mS2V5KGtleSkgPT09IG5hbWU7XG4gICAgaWYgKHRoaXMuI3Jlc29sdmVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZW50cnldIG9mIFsuLi50aGlzLiNyZXNvbHZlZC5lbnRyaWVzKCldKSB7XG4gICAgICAgIGlmIChtYXRjaGVzKGtleSkpIHRoaXMuI3Jlc29sdmVkLmRlbGV0ZShrZXkpO1xuICAgICAgICBlbHNlIGlmIChuYW1lICE9PSB1bmRlZmluZWQgJiYgZW50cnkuY29tcGlsZWQ/LmRlcHMuaGFzKG5hbWUpKSBlbnRyeS5jb21waWxlZCA9IHVuZGVmaW5lZDtcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKHRoaXMuI2NvbXBpbGVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZW50cnldIG9mIFsuLi50aGlzLiNjb21waWxlZC5lbnRyaWVzKCldKSB7XG4gICAgICAgIGlmIChtYXRjaGVzKGtleSkgfHwgKG5hbWUgIT09IHVuZGVmaW5lZCAmJiBlbnRyeS5kZXBzLmhhcyhuYW1lKSkpIHRoaXMuI2NvbXBpbGVkLmRlbGV0ZShrZXkpO1xuICAgICAgfVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IGZsaWdodHMgb2YgW3RoaXMubG9hZGluZywgdGhpcy5jb21waWxpbmcsIHRoaXMucmVmcmVzaGluZ10gYXMgQXJyYXk8TWFwPHN0cmluZywgRmxpZ2h0PHVua25vd24+Pj4pIHtcbiAgICAgIGZvciAoY29uc3QgW2tleSwgZmxpZ2h0XSBvZiBbLi4uZmxpZ2h0c10pIHtcbiAgICAgICAgaWYgKG5hbWUgPT09IHVuZGVmaW5lZCB8fCBmbGlnaHQubmFtZSA9PT0gbmFtZSkge1xuICAgICAgICAgIGZsaWdodC5jYW5jZWxsZWQgPSB0cnVlO1xuICAgICAgICAgIGZsaWdodHMuZGVsZXRlKGtleSk7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gIH1cbn1cbiIsICIvKipcbiAqIEZhbGxiYWNrczogYSB0ZW1wbGF0ZSBzdHJpbmcgb3IgYSByZWNvcmQgZ2l2ZW4gdG8gYGdldFByb21wdChzcGVjLCB7IGZhbGxiYWNrIH0pYCwgdXNlZCBvbmx5IHdoZW5cbiAqIG5vdGhpbmcgZWxzZSBjYW4gYmUgaGFkIChzdG9yZSB1bnJlYWNoYWJsZSBvciB0aGUgbmFtZSB1bmtub3duLCBubyBzdGFsZSBjb3B5LCBubyBzbmFwc2hvdCkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcblxuLyoqIEEgZmFsbGJhY2s6IGEgbXVzdGFjaGUgdGVtcGxhdGUgZm9yIGEgdGV4dCBwcm9tcHQsIG9yIGEgd2hvbGUgcmVjb3JkIChjaGF0IHByb21wdHMgaW5jbHVkZWQpLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0RmFsbGJhY2sgPSBzdHJpbmcgfCBQcm9tcHRSZWNvcmQ7XG5cbi8qKiBUaGUgdmVyc2lvbiBhIGZhbGxiYWNrIG1hZGUgZnJvbSBhIHRlbXBsYXRlIHN0cmluZyBnZXRzLiAqL1xuZXhwb3J0IGNvbnN0IEZBTExCQUNLX1ZFUlNJT04gPSAnMC4wLjAnO1xuXG4vKipcbiAqIFRoZSByZWNvcmQgYSBmYWxsYmFjayBzdGFuZHMgZm9yLiBBIHN0cmluZyBiZWNvbWVzIHRoZSB0ZXh0IHByb21wdCBgeyBuYW1lLCB2ZXJzaW9uOiAnMC4wLjAnLFxuICogdHlwZTogJ3RleHQnLCB0ZW1wbGF0ZSB9YCAoaXRzIGlucHV0IHNjaGVtYSBpcyBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZSk7IGEgcmVjb3JkIG11c3QgY2FycnlcbiAqIHRoZSBuYW1lIGFza2VkIGZvci5cbiAqXG4gKiBAdGhyb3dzIHtAbGluayBDb25maWdFcnJvcn0gZm9yIGEgZmFsbGJhY2sgdGhhdCBpcyBuZWl0aGVyLCBvciBhIHJlY29yZCBvZiBhbm90aGVyIG5hbWU7XG4gKiAgIGBQcm9tcHRGb3JtYXRFcnJvcmAgZm9yIGEgbWFsZm9ybWVkIHJlY29yZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZhbGxiYWNrUmVjb3JkKG5hbWU6IHN0cmluZywgZmFsbGJhY2s6IFByb21wdEZhbGxiYWNrKTogUHJvbXB0UmVjb3JkIHtcbiAgaWYgKHR5cGVvZiBmYWxsYmFjayA9PT0gJ3N0cmluZycpIHJldHVybiB7IG5hbWUsIHZlcnNpb246IEZBTExCQUNLX1ZFUlNJT04sIHR5cGU6ICd0ZXh0JywgdGVtcGxhdGU6IGZhbGxiYWNrIH07XG4gIGlmICh0eXBlb2YgZmFsbGJhY2sgIT09ICdvYmplY3QnIHx8IGZhbGxiYWNrID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkoZmFsbGJhY2spKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgdGVtcGxhdGUgc3RyaW5nIG9yIGEgcHJvbXB0IHJlY29yZCwgZ290ICR7dHlwZW9mIGZhbGxiYWNrfWAsIHtcbiAgICAgIG9wdGlvbjogJ2ZhbGxiYWNrJyxcbiAgICB9KTtcbiAgfVxuICBjb25zdCByZWNvcmQgPSBwYXJzZVJlY29yZChmYWxsYmFjaywgYGZhbGxiYWNrIG9mIFwiJHtuYW1lfVwiYCk7XG4gIGlmIChyZWNvcmQubmFtZSAhPT0gbmFtZSkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIGBpcyBhIHJlY29yZCBvZiBcIiR7cmVjb3JkLm5hbWV9XCIgYnV0IFwiJHtuYW1lfVwiIHdhcyBhc2tlZCBmb3I7IGdpdmUgYSBmYWxsYmFjayByZWNvcmQgb2YgdGhlIHNhbWUgbmFtZWAsXG4gICAgICB7IG9wdGlvbjogJ2ZhbGxiYWNrJyB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHJlY29yZDtcbn1cbiIsICIvKipcbiAqIFRoZSBjb250ZW50IGhhc2ggb2YgYSBwcm9tcHQgcmVjb3JkOiBgc2hhMjU2LTxoZXg+YCBvZiB0aGUgY2Fub25pY2FsIEpTT04gb2YgZXZlcnl0aGluZyBidXRcbiAqIGBsYWJlbHNgIGFuZCBgaGFzaGAuIFVzZXMgV2ViIENyeXB0byAoYGNyeXB0by5zdWJ0bGVgKSwgYXZhaWxhYmxlIG9uIE5vZGUgMjArLCBicm93c2VycywgRGVubyxcbiAqIEJ1biBhbmQgV29ya2Vycy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgSW50ZWdyaXR5RXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBpc1N0YW5kYXJkU2NoZW1hLCBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYSB9IGZyb20gJy4vc2NoZW1hL3N0YW5kYXJkLmpzJztcblxuLyoqXG4gKiBDYW5vbmljYWwgSlNPTjogb2JqZWN0IGtleXMgc29ydGVkIChieSBVVEYtMTYgY29kZSB1bml0cywgYXMgUkZDIDg3ODUpIGF0IGV2ZXJ5IGxldmVsLCBub1xuICogd2hpdGVzcGFjZS4gT3RoZXJ3aXNlIGFzIGBKU09OLnN0cmluZ2lmeWA6IGB0b0pTT04oKWAgaXMgaG9ub3VyZWQsIGB1bmRlZmluZWRgLCBmdW5jdGlvbnMgYW5kXG4gKiBzeW1ib2xzIGFyZSBkcm9wcGVkIGZyb20gb2JqZWN0cyBhbmQgYmVjb21lIGBudWxsYCBpbiBhcnJheXMsIG5vbi1maW5pdGUgbnVtYmVycyBiZWNvbWUgYG51bGxgLlxuICpcbiAqIEB0aHJvd3Mge1R5cGVFcnJvcn0gb24gYSBjaXJjdWxhciBzdHJ1Y3R1cmUgb3IgYSBgYmlnaW50YCwgYXMgYEpTT04uc3RyaW5naWZ5YCBkb2VzLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjYW5vbmljYWxKc29uKHsgYjogMSwgYTogW3RydWUsIHsgZDogbnVsbCwgYzogJ3gnIH1dIH0pOyAvLyAne1wiYVwiOlt0cnVlLHtcImNcIjpcInhcIixcImRcIjpudWxsfV0sXCJiXCI6MX0nXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNhbm9uaWNhbEpzb24odmFsdWU6IHVua25vd24pOiBzdHJpbmcge1xuICByZXR1cm4gd3JpdGUodmFsdWUsIG5ldyBTZXQoKSkgPz8gJ251bGwnO1xufVxuXG5mdW5jdGlvbiB3cml0ZSh2YWx1ZTogdW5rbm93biwgYW5jZXN0b3JzOiBTZXQ8b2JqZWN0Pik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmIHR5cGVvZiAodmFsdWUgYXMgeyB0b0pTT04/OiB1bmtub3duIH0pLnRvSlNPTiA9PT0gJ2Z1bmN0aW9uJykge1xuICAgIHZhbHVlID0gKHZhbHVlIGFzIHsgdG9KU09OKCk6IHVua25vd24gfSkudG9KU09OKCk7XG4gIH1cbiAgc3dpdGNoICh0eXBlb2YgdmFsdWUpIHtcbiAgICBjYXNlICdzdHJpbmcnOlxuICAgIGNhc2UgJ251bWJlcic6XG4gICAgY2FzZSAnYm9vbGVhbic6XG4gICAgICByZXR1cm4gSlNPTi5zdHJpbmdpZnkodmFsdWUpO1xuICAgIGNhc2UgJ2JpZ2ludCc6XG4gICAgICB0aHJvdyBuZXcgVHlwZUVycm9yKCdjYW5vbmljYWxKc29uOiBhIGJpZ2ludCBjYW5ub3QgYmUgc2VyaWFsaXplZCB0byBKU09OJyk7XG4gICAgY2FzZSAnb2JqZWN0Jzoge1xuICAgICAgaWYgKHZhbHVlID09PSBudWxsKSByZXR1cm4gJ251bGwnO1xuICAgICAgaWYgKGFuY2VzdG9ycy5oYXModmFsdWUpKSB0aHJvdyBuZXcgVHlwZUVycm9yKCdjYW5vbmljYWxKc29uOiB0aGUgdmFsdWUgY29udGFpbnMgYSBjaXJjdWxhciByZWZlcmVuY2UnKTtcbiAgICAgIGFuY2VzdG9ycy5hZGQodmFsdWUpO1xuICAgICAgbGV0IG91dDogc3RyaW5nO1xuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgICAgIG91dCA9IGBbJHt2YWx1ZS5tYXAoKGl0ZW0pID0+IHdyaXRlKGl0ZW0sIGFuY2VzdG9ycykgPz8gJ251bGwnKS5qb2luKCcsJyl9XWA7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICBjb25zdCByZWNvcmQgPSB2YWx1ZSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgICAgICAgY29uc3QgcGFydHM6IHN0cmluZ1tdID0gW107XG4gICAgICAgIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKHJlY29yZCkuc29ydCgpKSB7XG4gICAgICAgICAgY29uc3QgdGV4dCA9IHdyaXRlKHJlY29yZFtrZXldLCBhbmNlc3RvcnMpO1xuICAgICAgICAgIGlmICh0ZXh0ICE9PSB1bmRlZmluZWQpIHBhcnRzLnB1c2goYCR7SlNPTi5zdHJpbmdpZnkoa2V5KX06JHt0ZXh0fWApO1xuICAgICAgICB9XG4gICAgICAgIG91dCA9IGB7JHtwYXJ0cy5qb2luKCcsJyl9fWA7XG4gICAgICB9XG4gICAgICBhbmNlc3RvcnMuZGVsZXRlKHZhbHVlKTtcbiAgICAgIHJldHVybiBvdXQ7XG4gICAgfVxuICAgIGRlZmF1bHQ6XG4gICAgICAvLyB1bmRlZmluZWQsIGZ1bmN0aW9ucywgc3ltYm9sc1xuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKipcbiAqIFRoZSBjb250ZW50IHRoYXQgdGhlIGhhc2ggY292ZXJzOiB0aGUgcmVjb3JkIHdpdGhvdXQgYGxhYmVsc2AgYW5kIGBoYXNoYC4gQW4gaW5wdXQgb3Igb3V0cHV0XG4gKiBzY2hlbWEgZ2l2ZW4gYXMgYSBTdGFuZGFyZCBTY2hlbWEgdmFsaWRhdG9yIChlLmcuIGEgem9kIG9iamVjdCBmcm9tIGBkZWZpbmVQcm9tcHRgKSBpcyByZXBsYWNlZCBieVxuICogaXRzIEpTT04gU2NoZW1hIHdoZW4gdGhlIHZhbGlkYXRvciBjYW4gcHJvZHVjZSBvbmU7IG90aGVyd2lzZSBieSBgeyBcIn5zdGFuZGFyZFwiOiBcIjx2ZW5kb3I+XCIgfWAsIHNvXG4gKiB0aGUgaGFzaCB0aGVuIGRvZXMgbm90IGNoYW5nZSB3aGVuIG9ubHkgc3VjaCBhIHNjaGVtYSBjaGFuZ2VzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gaGFzaGVkQ29udGVudChyZWNvcmQ6IFByb21wdFJlY29yZCk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgY29uc3QgeyBsYWJlbHM6IF9sYWJlbHMsIGhhc2g6IF9oYXNoLCAuLi5jb250ZW50IH0gPSByZWNvcmQ7XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSBjb250ZW50O1xuICBpZiAocmVjb3JkLmlucHV0ICE9PSB1bmRlZmluZWQgJiYgaXNTdGFuZGFyZFNjaGVtYShyZWNvcmQuaW5wdXQuc2NoZW1hKSkge1xuICAgIG91dC5pbnB1dCA9IHsgLi4ucmVjb3JkLmlucHV0LCBzY2hlbWE6IHNjaGVtYUZvckhhc2gocmVjb3JkLmlucHV0LnNjaGVtYSkgfTtcbiAgfVxuICBpZiAocmVjb3JkLm91dHB1dCAhPT0gdW5kZWZpbmVkICYmIGlzU3RhbmRhcmRTY2hlbWEocmVjb3JkLm91dHB1dC5zY2hlbWEpKSB7XG4gICAgb3V0Lm91dHB1dCA9IHsgLi4ucmVjb3JkLm91dHB1dCwgc2NoZW1hOiBzY2hlbWFGb3JIYXNoKHJlY29yZC5vdXRwdXQuc2NoZW1hKSB9O1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHNjaGVtYUZvckhhc2goc2NoZW1hOiBQYXJhbWV0ZXJzPHR5cGVvZiBzdGFuZGFyZFNjaGVtYVRvSnNvblNjaGVtYT5bMF0pOiB1bmtub3duIHtcbiAgcmV0dXJuIHN0YW5kYXJkU2NoZW1hVG9Kc29uU2NoZW1hKHNjaGVtYSkgPz8geyAnfnN0YW5kYXJkJzogc2NoZW1hWyd+c3RhbmRhcmQnXS52ZW5kb3IgfTtcbn1cblxuLyoqXG4gKiBgJ3NoYTI1Ni08NjQgaGV4PidgIG9mIHRoZSBjYW5vbmljYWwgSlNPTiBvZiB0aGUgcmVjb3JkJ3MgY29udGVudCAoc2VlIHtAbGluayBoYXNoZWRDb250ZW50fSkuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBhd2FpdCBjb21wdXRlSGFzaCh7IG5hbWU6ICdncmVldGluZycsIHZlcnNpb246ICcxLjAuMCcsIHR5cGU6ICd0ZXh0JywgdGVtcGxhdGU6ICdIaSB7e25hbWV9fScgfSk7XG4gKiAvLyAnc2hhMjU2LVx1MjAyNidcbiAqIGBgYFxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY29tcHV0ZUhhc2gocmVjb3JkOiBQcm9tcHRSZWNvcmQpOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBzdWJ0bGUgPSBnbG9iYWxUaGlzLmNyeXB0bz8uc3VidGxlO1xuICBpZiAoc3VidGxlID09PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAncHJvbXB0b3BzIG5lZWRzIFdlYiBDcnlwdG8gKGdsb2JhbFRoaXMuY3J5cHRvLnN1YnRsZSkgdG8gaGFzaCBwcm9tcHRzOyB1c2UgTm9kZSAyMCsgb3IgYSBtb2Rlcm4gcnVudGltZScsXG4gICAgKTtcbiAgfVxuICBjb25zdCBieXRlcyA9IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShjYW5vbmljYWxKc29uKGhhc2hlZENvbnRlbnQocmVjb3JkKSkpO1xuICBjb25zdCBkaWdlc3QgPSBuZXcgVWludDhBcnJheShhd2FpdCBzdWJ0bGUuZGlnZXN0KCdTSEEtMjU2JywgYnl0ZXMpKTtcbiAgbGV0IGhleCA9ICcnO1xuICBmb3IgKGNvbnN0IGJ5dGUgb2YgZGlnZXN0KSBoZXggKz0gYnl0ZS50b1N0cmluZygxNikucGFkU3RhcnQoMiwgJzAnKTtcbiAgcmV0dXJuIGBzaGEyNTYtJHtoZXh9YDtcbn1cblxuLyoqXG4gKiBDb21wdXRlIHRoZSByZWNvcmQncyBoYXNoIGFuZCBjaGVjayBpdCBhZ2FpbnN0IHRoZSBvbmUgdGhlIHJlY29yZCBjYXJyaWVzLCBpZiBhbnkuXG4gKlxuICogQHJldHVybnMgVGhlIGNvbXB1dGVkIGhhc2guXG4gKiBAdGhyb3dzIHtJbnRlZ3JpdHlFcnJvcn0gd2hlbiBgcmVjb3JkLmhhc2hgIGlzIHByZXNlbnQgYW5kIGRpZmZlcnMgZnJvbSB0aGUgY29udGVudCdzIGhhc2guXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB2ZXJpZnlSZWNvcmRIYXNoKHJlY29yZDogUHJvbXB0UmVjb3JkKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgYWN0dWFsID0gYXdhaXQgY29tcHV0ZUhhc2gocmVjb3JkKTtcbiAgaWYgKHJlY29yZC5oYXNoICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLmhhc2ggIT09IGFjdHVhbCkge1xuICAgIHRocm93IG5ldyBJbnRlZ3JpdHlFcnJvcihyZWNvcmQubmFtZSwgcmVjb3JkLnZlcnNpb24sIHsgZXhwZWN0ZWQ6IHJlY29yZC5oYXNoLCBhY3R1YWwsIHJlYXNvbjogJ3RoZSByZWNvcmQgc2F5cycgfSk7XG4gIH1cbiAgcmV0dXJuIGFjdHVhbDtcbn1cbiIsICIvKipcbiAqIEhlbHBlcnMgc2hhcmVkIGJ5IHRoZSBidWlsdC1pbiBzdG9yZXM6IGxvY2FsIHNlbGVjdG9yIHJlc29sdXRpb24gb3ZlciBgbGlzdFZlcnNpb25zYCArXG4gKiBgZ2V0VmVyc2lvbmAsIGNsb3NlLW5hbWUgc3VnZ2VzdGlvbnMgZm9yIHtAbGluayBQcm9tcHROb3RGb3VuZEVycm9yfSwgYXJndW1lbnQgY2hlY2tzLCBhbmQgdGhlXG4gKiBkZWVwIGNvcHkgKyBmcmVlemUgdGhhdCBtYWtlcyB0aGUgcmVjb3JkcyBhIHN0b3JlIGhhbmRzIG91dCByZWFkLW9ubHkuXG4gKlxuICogTm90aGluZyBoZXJlIGltcG9ydHMgYG5vZGU6KmA6IHRoaXMgbW9kdWxlIGlzIHBhcnQgb2YgdGhlIGNvcmUgZW50cnkuXG4gKiBAbW9kdWxlXG4gKi9cblxuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHJlc29sdmVTZWxlY3Rvciwgc2VsZWN0b3JLaW5kIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB7IFByb21wdEZvcm1hdEVycm9yLCBTdG9yZUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUsIFZlcnNpb25JbmZvIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKlxuICogUmVzb2x2ZSBgc2VsZWN0b3JgIGZvciBgbmFtZWAgdGhlIHNsb3cgd2F5OiBsaXN0IHRoZSB2ZXJzaW9ucywgcGljayBvbmUgbG9jYWxseSB3aXRoXG4gKiBgcmVzb2x2ZVNlbGVjdG9yYCwgdGhlbiBsb2FkIGl0LiBTdG9yZXMgd2l0aG91dCBhIG5hdGl2ZSBvbmUtcm91bmQtdHJpcCBgcmVzb2x2ZWAgdXNlIHRoaXMsIGFuZFxuICogYHZlcmlmeVN0b3JlYCB1c2VzIGl0IGFzIHRoZSByZWZlcmVuY2UgYSBuYXRpdmUgYHJlc29sdmVgIG11c3QgYWdyZWUgd2l0aC5cbiAqXG4gKiBAcmV0dXJucyB0aGUgcmVjb3JkLCBvciBgdW5kZWZpbmVkYCB3aGVuIHRoZSBuYW1lIGlzIHVua25vd24gb3Igbm90aGluZyBtYXRjaGVzLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCByZWNvcmQgPSBhd2FpdCByZXNvbHZlTG9jYWxseShzdG9yZSwgJ3N1cHBvcnQvZ3JlZXRpbmcnLCAnXjEuMicpO1xuICogYGBgXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiByZXNvbHZlTG9jYWxseShcbiAgc3RvcmU6IFBpY2s8UHJvbXB0U3RvcmUsICdsaXN0VmVyc2lvbnMnIHwgJ2dldFZlcnNpb24nPixcbiAgbmFtZTogc3RyaW5nLFxuICBzZWxlY3Rvcjogc3RyaW5nLFxuKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgfCB1bmRlZmluZWQ+IHtcbiAgY29uc3QgdmVyc2lvbnMgPSBhd2FpdCBzdG9yZS5saXN0VmVyc2lvbnMobmFtZSk7XG4gIGNvbnN0IGNob3NlbiA9IHJlc29sdmVTZWxlY3Rvcih2ZXJzaW9ucywgc2VsZWN0b3IpO1xuICByZXR1cm4gY2hvc2VuID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBzdG9yZS5nZXRWZXJzaW9uKG5hbWUsIGNob3Nlbi52ZXJzaW9uKTtcbn1cblxuLyoqXG4gKiBMZXZlbnNodGVpbiBlZGl0IGRpc3RhbmNlIGJldHdlZW4gdHdvIHN0cmluZ3MgKGluc2VydGlvbnMsIGRlbGV0aW9ucywgc3Vic3RpdHV0aW9ucyksIGNvbXB1dGVkXG4gKiB3aXRoIG9uZSByb3cgb2YgbWVtb3J5LiBTdG9wcyBlYXJseSBhbmQgcmV0dXJucyBgbGltaXQgKyAxYCBvbmNlIHRoZSBkaXN0YW5jZSBtdXN0IGV4Y2VlZCBgbGltaXRgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZWRpdERpc3RhbmNlKGE6IHN0cmluZywgYjogc3RyaW5nLCBsaW1pdCA9IE51bWJlci5QT1NJVElWRV9JTkZJTklUWSk6IG51bWJlciB7XG4gIGlmIChhID09PSBiKSByZXR1cm4gMDtcbiAgaWYgKE1hdGguYWJzKGEubGVuZ3RoIC0gYi5sZW5ndGgpID4gbGltaXQpIHJldHVybiBsaW1pdCArIDE7XG4gIGlmIChhLmxlbmd0aCA9PT0gMCkgcmV0dXJuIGIubGVuZ3RoO1xuICBpZiAoYi5sZW5ndGggPT09IDApIHJldHVybiBhLmxlbmd0aDtcbiAgbGV0IHByZXZpb3VzID0gQXJyYXkuZnJvbSh7IGxlbmd0aDogYi5sZW5ndGggKyAxIH0sIChfLCBpKSA9PiBpKTtcbiAgZm9yIChsZXQgaSA9IDE7IGkgPD0gYS5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IGN1cnJlbnQgPSBbaV07XG4gICAgbGV0IHJvd01pbiA9IGk7XG4gICAgZm9yIChsZXQgaiA9IDE7IGogPD0gYi5sZW5ndGg7IGorKykge1xuICAgICAgY29uc3QgY29zdCA9IGFbaSAtIDFdID09PSBiW2ogLSAxXSA/IDAgOiAxO1xuICAgICAgY29uc3QgdmFsdWUgPSBNYXRoLm1pbigocHJldmlvdXNbal0gPz8gMCkgKyAxLCAoY3VycmVudFtqIC0gMV0gPz8gMCkgKyAxLCAocHJldmlvdXNbaiAtIDFdID8/IDApICsgY29zdCk7XG4gICAgICBjdXJyZW50LnB1c2godmFsdWUpO1xuICAgICAgaWYgKHZhbHVlIDwgcm93TWluKSByb3dNaW4gPSB2YWx1ZTtcbiAgICB9XG4gICAgaWYgKHJvd01pbiA+IGxpbWl0KSByZXR1cm4gbGltaXQgKyAxO1xuICAgIHByZXZpb3VzID0gY3VycmVudDtcbiAgfVxuICByZXR1cm4gcHJldmlvdXNbYi5sZW5ndGhdID8/IDA7XG59XG5cbi8qKiBPcHRpb25zIG9mIHtAbGluayBzdWdnZXN0TmFtZXN9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBTdWdnZXN0TmFtZXNPcHRpb25zIHtcbiAgLyoqXG4gICAqIE1vc3Qgc3VnZ2VzdGlvbnMgcmV0dXJuZWQuXG4gICAqIEBkZWZhdWx0IDNcbiAgICovXG4gIG1heD86IG51bWJlcjtcbiAgLyoqXG4gICAqIExhcmdlc3QgZWRpdCBkaXN0YW5jZSBhY2NlcHRlZCwgYXMgYSBmcmFjdGlvbiBvZiB0aGUgbG9uZ2VyIG5hbWUncyBsZW5ndGggKGF0IGxlYXN0IDEgZWRpdCkuXG4gICAqIEBkZWZhdWx0IDAuM1xuICAgKi9cbiAgbWF4RGlzdGFuY2VSYXRpbz86IG51bWJlcjtcbn1cblxuLyoqXG4gKiBOYW1lcyBhbW9uZyBgY2FuZGlkYXRlc2AgY2xvc2UgdG8gYG5hbWVgLCBjbG9zZXN0IGZpcnN0OiBzbWFsbCBlZGl0IGRpc3RhbmNlLCBvciB0aGUgc2FtZSBsYXN0XG4gKiBzZWdtZW50IHVuZGVyIGFub3RoZXIgZm9sZGVyIChgZ3JlZXRpbmdgIFx1MjE5MiBgc3VwcG9ydC9ncmVldGluZ2ApLiBGZWVkcyB0aGUgYHN1Z2dlc3Rpb25zYCBvZiBhXG4gKiB7QGxpbmsgUHJvbXB0Tm90Rm91bmRFcnJvcn0uXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBzdWdnZXN0TmFtZXMoJ3N1cHBvcnQvZ3JldGluZycsIFsnc3VwcG9ydC9ncmVldGluZycsICdzYWxlcy9pbnRybyddKTsgLy8gWydzdXBwb3J0L2dyZWV0aW5nJ11cbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gc3VnZ2VzdE5hbWVzKG5hbWU6IHN0cmluZywgY2FuZGlkYXRlczogSXRlcmFibGU8c3RyaW5nPiwgb3B0aW9uczogU3VnZ2VzdE5hbWVzT3B0aW9ucyA9IHt9KTogc3RyaW5nW10ge1xuICBjb25zdCBtYXggPSBvcHRpb25zLm1heCA/PyAzO1xuICBjb25zdCByYXRpbyA9IG9wdGlvbnMubWF4RGlzdGFuY2VSYXRpbyA/PyAwLjM7XG4gIGNvbnN0IGxhc3RTZWdtZW50ID0gbmFtZS5zbGljZShuYW1lLmxhc3RJbmRleE9mKCcvJykgKyAxKTtcbiAgY29uc3Qgc2NvcmVkOiBBcnJheTx7IGNhbmRpZGF0ZTogc3RyaW5nOyBzY29yZTogbnVtYmVyIH0+ID0gW107XG4gIGZvciAoY29uc3QgY2FuZGlkYXRlIG9mIGNhbmRpZGF0ZXMpIHtcbiAgICBpZiAoY2FuZGlkYXRlID09PSBuYW1lKSBjb250aW51ZTtcbiAgICBjb25zdCBsaW1pdCA9IE1hdGgubWF4KDEsIE1hdGguZmxvb3IoTWF0aC5tYXgobmFtZS5sZW5ndGgsIGNhbmRpZGF0ZS5sZW5ndGgpICogcmF0aW8pKTtcbiAgICBjb25zdCBkaXN0YW5jZSA9IGVkaXREaXN0YW5jZShuYW1lLCBjYW5kaWRhdGUsIGxpbWl0KTtcbiAgICBpZiAoZGlzdGFuY2UgPD0gbGltaXQpIHtcbiAgICAgIHNjb3JlZC5wdXNoKHsgY2FuZGlkYXRlLCBzY29yZTogZGlzdGFuY2UgfSk7XG4gICAgfSBlbHNlIGlmIChjYW5kaWRhdGUgPT09IGxhc3RTZWdtZW50IHx8IGNhbmRpZGF0ZS5lbmRzV2l0aChgLyR7bGFzdFNlZ21lbnR9YCkpIHtcbiAgICAgIHNjb3JlZC5wdXNoKHsgY2FuZGlkYXRlLCBzY29yZTogbGltaXQgKyAxIH0pO1xuICAgIH1cbiAgfVxuICBzY29yZWQuc29ydCgoeCwgeSkgPT4geC5zY29yZSAtIHkuc2NvcmUgfHwgeC5jYW5kaWRhdGUubG9jYWxlQ29tcGFyZSh5LmNhbmRpZGF0ZSkpO1xuICByZXR1cm4gc2NvcmVkLnNsaWNlKDAsIG1heCkubWFwKChzKSA9PiBzLmNhbmRpZGF0ZSk7XG59XG5cbi8qKlxuICogVGhyb3cgYSB7QGxpbmsgUHJvbXB0Rm9ybWF0RXJyb3J9IChmaWVsZCBgbmFtZWApIHVubGVzcyBgbmFtZWAgaXMgYSB2YWxpZCBwcm9tcHQgbmFtZS4gU3RvcmVzIGNhbGxcbiAqIGl0IGJlZm9yZSB0b3VjaGluZyB0aGVpciBiYWNrZW5kLCBzbyBgLi4veGAsIGAlMmUlMmVgLCBgL2Fic2AsIE5VTCBieXRlcyBhbmQgdGhlIGxpa2UgbmV2ZXIgcmVhY2hcbiAqIGEgZmlsZSBzeXN0ZW0gb3IgYSBVUkwuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRQcm9tcHROYW1lKG5hbWU6IHVua25vd24sIHN0b3JlTmFtZTogc3RyaW5nKTogYXNzZXJ0cyBuYW1lIGlzIHN0cmluZyB7XG4gIGNvbnN0IHByb2JsZW0gPSBleHBsYWluSW52YWxpZE5hbWUobmFtZSk7XG4gIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgUHJvbXB0Rm9ybWF0RXJyb3IoYCR7cHJvYmxlbX0gKGFza2VkIG9mIHRoZSAke3N0b3JlTmFtZX0gc3RvcmUpOyBub3RoaW5nIHdhcyByZWFkYCwge1xuICAgICAgZmllbGQ6ICduYW1lJyxcbiAgICB9KTtcbiAgfVxufVxuXG4vKipcbiAqIFRocm93IGEge0BsaW5rIFN0b3JlRXJyb3J9IHVubGVzcyBgbGFiZWxgIGNhbiBuYW1lIGEgbGFiZWw6IGl0IG11c3QgYmUgYSBsYWJlbCBzZWxlY3RvclxuICogKGBbYS16QS1aXVthLXpBLVowLTkuXy1dKmApIGFuZCBub3QgdGhlIHJlc2VydmVkIHdvcmQgYGxhdGVzdGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc3NlcnRMYWJlbE5hbWUobGFiZWw6IHVua25vd24sIHN0b3JlTmFtZTogc3RyaW5nKTogYXNzZXJ0cyBsYWJlbCBpcyBzdHJpbmcge1xuICBpZiAodHlwZW9mIGxhYmVsICE9PSAnc3RyaW5nJyB8fCBzZWxlY3RvcktpbmQobGFiZWwpICE9PSAnbGFiZWwnKSB7XG4gICAgY29uc3Qgc2hvd24gPSB0eXBlb2YgbGFiZWwgPT09ICdzdHJpbmcnID8gSlNPTi5zdHJpbmdpZnkobGFiZWwpIDogdHlwZW9mIGxhYmVsO1xuICAgIGNvbnN0IHJlc2VydmVkID0gbGFiZWwgPT09ICdsYXRlc3QnID8gJyAoXCJsYXRlc3RcIiBpcyByZXNlcnZlZDogaXQgYWx3YXlzIG1lYW5zIHRoZSBoaWdoZXN0IHJlbGVhc2UpJyA6ICcnO1xuICAgIHRocm93IG5ldyBTdG9yZUVycm9yKFxuICAgICAgYEludmFsaWQgbGFiZWwgJHtzaG93bn0ke3Jlc2VydmVkfTogYSBsYWJlbCBzdGFydHMgd2l0aCBhIGxldHRlciBhbmQgY29udGludWVzIHdpdGggbGV0dGVycywgZGlnaXRzLCBcIi5cIiwgXCJfXCIgb3IgXCItXCIgKGUuZy4gXCJwcm9kdWN0aW9uXCIpLmAsXG4gICAgICB7IHN0b3JlOiBzdG9yZU5hbWUsIHN0YXR1czogNDAwIH0sXG4gICAgKTtcbiAgfVxufVxuXG4vKipcbiAqIExhYmVscyBvZiBhIHZlcnNpb24gbGlzdCwgY2hlY2tpbmcgdGhhdCBlYWNoIGxhYmVsIHNpdHMgb24gb25lIHZlcnNpb24gb25seS5cbiAqIEByZXR1cm5zIHRoZSBmaXJzdCBsYWJlbCBmb3VuZCBvbiB0d28gdmVyc2lvbnMsIHdpdGggYm90aCB2ZXJzaW9ucywgb3IgYHVuZGVmaW5lZGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaW5kRHVwbGljYXRlTGFiZWwoXG4gIHZlcnNpb25zOiByZWFkb25seSBWZXJzaW9uSW5mb1tdLFxuKTogeyBsYWJlbDogc3RyaW5nOyB2ZXJzaW9uczogW3N0cmluZywgc3RyaW5nXSB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgdiBvZiB2ZXJzaW9ucykge1xuICAgIGZvciAoY29uc3QgbGFiZWwgb2Ygdi5sYWJlbHMpIHtcbiAgICAgIGNvbnN0IG90aGVyID0gc2Vlbi5nZXQobGFiZWwpO1xuICAgICAgaWYgKG90aGVyICE9PSB1bmRlZmluZWQpIHJldHVybiB7IGxhYmVsLCB2ZXJzaW9uczogW290aGVyLCB2LnZlcnNpb25dIH07XG4gICAgICBzZWVuLnNldChsYWJlbCwgdi52ZXJzaW9uKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gaXNQbGFpbk9iamVjdCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcgfHwgdmFsdWUgPT09IG51bGwpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgcHJvdG8gPSBPYmplY3QuZ2V0UHJvdG90eXBlT2YodmFsdWUpO1xuICByZXR1cm4gcHJvdG8gPT09IE9iamVjdC5wcm90b3R5cGUgfHwgcHJvdG8gPT09IG51bGw7XG59XG5cbi8qKlxuICogRGVlcCBjb3B5IG9mIHRoZSBwbGFpbiBkYXRhIGluIGB2YWx1ZWAgKHBsYWluIG9iamVjdHMgYW5kIGFycmF5cyk7IGFueSBvdGhlciBvYmplY3QgKGEgY2xhc3NcbiAqIGluc3RhbmNlIHN1Y2ggYXMgYSB6b2Qgc2NoZW1hKSBpcyBrZXB0IGJ5IHJlZmVyZW5jZSwgbmVpdGhlciBjb3BpZWQgbm9yIGZyb3plbi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvcHlQbGFpbkRhdGE8VD4odmFsdWU6IFQpOiBUIHtcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gdmFsdWUubWFwKChpdGVtKSA9PiBjb3B5UGxhaW5EYXRhKGl0ZW0pKSBhcyBUO1xuICBpZiAoaXNQbGFpbk9iamVjdCh2YWx1ZSkpIHtcbiAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge307XG4gICAgZm9yIChjb25zdCBrZXkgb2YgT2JqZWN0LmtleXModmFsdWUpKSBvdXRba2V5XSA9IGNvcHlQbGFpbkRhdGEodmFsdWVba2V5XSk7XG4gICAgcmV0dXJuIG91dCBhcyBUO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqXG4gKiBGcmVlemUgdGhlIHBsYWluIGRhdGEgaW4gYHZhbHVlYCAocGxhaW4gb2JqZWN0cyBhbmQgYXJyYXlzKSwgcmVjdXJzaXZlbHksIGFuZCByZXR1cm4gaXQuXG4gKiBDbGFzcyBpbnN0YW5jZXMgYXJlIGxlZnQgYWxvbmU6IGZyZWV6aW5nIHRoZW0gY291bGQgYnJlYWsgdGhlaXIgb3duIGxhenkgY2FjaGVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVlcEZyZWV6ZTxUPih2YWx1ZTogVCk6IFQge1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkgfHwgaXNQbGFpbk9iamVjdCh2YWx1ZSkpIHtcbiAgICBpZiAoT2JqZWN0LmlzRnJvemVuKHZhbHVlKSkgcmV0dXJuIHZhbHVlO1xuICAgIE9iamVjdC5mcmVlemUodmFsdWUpO1xuICAgIGZvciAoY29uc3QgaXRlbSBvZiBPYmplY3QudmFsdWVzKHZhbHVlIGFzIG9iamVjdCkpIGRlZXBGcmVlemUoaXRlbSk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG4vKipcbiAqIEEgcmVhZC1vbmx5IGNvcHkgb2YgYHJlY29yZGAgY2FycnlpbmcgYGxhYmVsc2AgYW5kIGBoYXNoYDogd2hhdCBzdG9yZXMgaGFuZCBvdXQsIHNvIHRoYXQgbm8gY2FsbGVyXG4gKiBjYW4gY2hhbmdlIGEgc3RvcmUncyBkYXRhIHRocm91Z2ggYSByZXR1cm5lZCBvYmplY3QuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmcm96ZW5SZWNvcmQocmVjb3JkOiBQcm9tcHRSZWNvcmQsIGxhYmVsczogcmVhZG9ubHkgc3RyaW5nW10sIGhhc2g6IHN0cmluZyk6IFByb21wdFJlY29yZCB7XG4gIGNvbnN0IHsgbGFiZWxzOiBfbGFiZWxzLCBoYXNoOiBfaGFzaCwgLi4uY29udGVudCB9ID0gcmVjb3JkO1xuICByZXR1cm4gZGVlcEZyZWV6ZSh7IC4uLmNvcHlQbGFpbkRhdGEoY29udGVudCksIGxhYmVsczogWy4uLmxhYmVsc10uc29ydCgpLCBoYXNoIH0pO1xufVxuIiwgIi8qKlxuICogTG9hZGluZyBvbmUgcmVjb3JkIGZyb20gYSBzdG9yZTogc2VsZWN0b3IgcmVzb2x1dGlvbiAob25lIHJvdW5kIHRyaXAgd2l0aCBgc3RvcmUucmVzb2x2ZWAsIGVsc2VcbiAqIGBsaXN0VmVyc2lvbnNgICsgYHJlc29sdmVTZWxlY3RvcmAgKyBgZ2V0VmVyc2lvbmApLCB0aGUgbm90LWZvdW5kIGVycm9ycyB0aGF0IGxpc3Qgd2hhdCBleGlzdHMsXG4gKiB0aGUgaW50ZWdyaXR5IGNoZWNrcyAocmVjb3JkIGhhc2gsIGxvY2tlZCBoYXNoKSwgYW5kIHRoZSB3cmFwcGluZyBvZiB1bmV4cGVjdGVkIHN0b3JlIGZhaWx1cmVzLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBjb21wdXRlSGFzaCwgdmVyaWZ5UmVjb3JkSGFzaCB9IGZyb20gJy4uL2VuZ2luZS9oYXNoLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IGlzRXhhY3RTZWxlY3RvciwgbGFiZWxNYXAsIHJlc29sdmVTZWxlY3Rvciwgc29ydFZlcnNpb25zRGVzY2VuZGluZyB9IGZyb20gJy4uL2VuZ2luZS9zZWxlY3Rvci5qcyc7XG5pbXBvcnQgeyBJbnRlZ3JpdHlFcnJvciwgaXNQcm9tcHRPcHNFcnJvciwgUHJvbXB0Tm90Rm91bmRFcnJvciwgU3RvcmVFcnJvciwgVmVyc2lvbk5vdEZvdW5kRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgc3VnZ2VzdE5hbWVzIH0gZnJvbSAnLi4vc3RvcmVzL3Jlc29sdmUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSwgVmVyc2lvbkluZm8gfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuXG4vKipcbiAqIExvYWQgdGhlIHJlY29yZCBgc2VsZWN0b3JgIHBpY2tzIGZvciBgbmFtZWAuXG4gKlxuICogQHRocm93cyB7QGxpbmsgUHJvbXB0Tm90Rm91bmRFcnJvcn0gd2hlbiB0aGUgc3RvcmUgaGFzIG5vIHN1Y2ggbmFtZSAod2l0aCBjbG9zZSBuYW1lcyksXG4gKiAgIHtAbGluayBWZXJzaW9uTm90Rm91bmRFcnJvcn0gd2hlbiBub3RoaW5nIHNhdGlzZmllcyB0aGUgc2VsZWN0b3IgKHdpdGggdmVyc2lvbnMgYW5kIGxhYmVscyksXG4gKiAgIHtAbGluayBTdG9yZUVycm9yfSB3aGVuIHRoZSBzdG9yZSBmYWlsZWQsIGBQcm9tcHRGb3JtYXRFcnJvcmAgd2hlbiBpdCBhbnN3ZXJlZCBhIG1hbGZvcm1lZCByZWNvcmQuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBmZXRjaFJlY29yZChzdG9yZTogUHJvbXB0U3RvcmUsIG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyk6IFByb21pc2U8UHJvbXB0UmVjb3JkPiB7XG4gIGxldCByZWNvcmQ6IFByb21wdFJlY29yZCB8IHVuZGVmaW5lZDtcbiAgbGV0IHZlcnNpb25zOiBWZXJzaW9uSW5mb1tdIHwgdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIGlmIChpc0V4YWN0U2VsZWN0b3Ioc2VsZWN0b3IpKSB7XG4gICAgICByZWNvcmQgPSBhd2FpdCBzdG9yZS5nZXRWZXJzaW9uKG5hbWUsIHNlbGVjdG9yKTtcbiAgICB9IGVsc2UgaWYgKHR5cGVvZiBzdG9yZS5yZXNvbHZlID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICByZWNvcmQgPSBhd2FpdCBzdG9yZS5yZXNvbHZlKG5hbWUsIHNlbGVjdG9yKTtcbiAgICB9IGVsc2Uge1xuICAgICAgdmVyc2lvbnMgPSBhd2FpdCBzdG9yZS5saXN0VmVyc2lvbnMobmFtZSk7XG4gICAgICBjb25zdCBjaG9zZW4gPSByZXNvbHZlU2VsZWN0b3IodmVyc2lvbnMsIHNlbGVjdG9yKTtcbiAgICAgIGlmIChjaG9zZW4gIT09IHVuZGVmaW5lZCkgcmVjb3JkID0gYXdhaXQgc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCBjaG9zZW4udmVyc2lvbik7XG4gICAgfVxuICB9IGNhdGNoIChlcnJvcikge1xuICAgIHRocm93IGFzU3RvcmVFcnJvcihlcnJvciwgc3RvcmUsIGBsb2FkaW5nIFwiJHtuYW1lfUAke3NlbGVjdG9yfVwiYCk7XG4gIH1cbiAgaWYgKHJlY29yZCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBhd2FpdCBub3RGb3VuZEVycm9yKHN0b3JlLCBuYW1lLCBzZWxlY3RvciwgdmVyc2lvbnMpO1xuICByZXR1cm4gY2hlY2tBbnN3ZXIoc3RvcmUsIG5hbWUsIHNlbGVjdG9yLCByZWNvcmQpO1xufVxuXG4vKiogVHJ1ZSBmb3IgdGhlIGVycm9ycyB0aGF0IG1lYW4gXCJ0aGUgc3RvcmUgYW5zd2VyZWQ6IHRoaXMgZG9lcyBub3QgZXhpc3RcIi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc05vdEZvdW5kKGVycm9yOiB1bmtub3duKTogZXJyb3IgaXMgUHJvbXB0Tm90Rm91bmRFcnJvciB8IFZlcnNpb25Ob3RGb3VuZEVycm9yIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Tm90Rm91bmRFcnJvciB8fCBlcnJvciBpbnN0YW5jZW9mIFZlcnNpb25Ob3RGb3VuZEVycm9yO1xufVxuXG4vKipcbiAqIEJ1aWxkIHRoZSBlcnJvciBmb3IgYSBzZWxlY3RvciB0aGF0IHBpY2tlZCBub3RoaW5nOiB7QGxpbmsgUHJvbXB0Tm90Rm91bmRFcnJvcn0gKHdpdGggY2xvc2UgbmFtZXNcbiAqIGZyb20gYHN0b3JlLmxpc3QoKWAsIHdoZW4gcHJlc2VudCkgaWYgdGhlIG5hbWUgaGFzIG5vIHZlcnNpb24sIGVsc2Uge0BsaW5rIFZlcnNpb25Ob3RGb3VuZEVycm9yfS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG5vdEZvdW5kRXJyb3IoXG4gIHN0b3JlOiBQcm9tcHRTdG9yZSxcbiAgbmFtZTogc3RyaW5nLFxuICBzZWxlY3Rvcjogc3RyaW5nLFxuICBrbm93bj86IFZlcnNpb25JbmZvW10sXG4pOiBQcm9taXNlPFByb21wdE5vdEZvdW5kRXJyb3IgfCBWZXJzaW9uTm90Rm91bmRFcnJvcj4ge1xuICBsZXQgdmVyc2lvbnMgPSBrbm93bjtcbiAgaWYgKHZlcnNpb25zID09PSB1bmRlZmluZWQpIHtcbiAgICB0cnkge1xuICAgICAgdmVyc2lvbnMgPSBhd2FpdCBzdG9yZS5saXN0VmVyc2lvbnMobmFtZSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIHRocm93IGFzU3RvcmVFcnJvcihlcnJvciwgc3RvcmUsIGBsaXN0aW5nIHRoZSB2ZXJzaW9ucyBvZiBcIiR7bmFtZX1cImApO1xuICAgIH1cbiAgfVxuICBpZiAodmVyc2lvbnMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IHNvcnRlZCA9IHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcodmVyc2lvbnMpO1xuICAgIHJldHVybiBuZXcgVmVyc2lvbk5vdEZvdW5kRXJyb3IobmFtZSwgc2VsZWN0b3IsIHtcbiAgICAgIHZlcnNpb25zOiBzb3J0ZWQubWFwKCh2KSA9PiB2LnZlcnNpb24pLFxuICAgICAgbGFiZWxzOiBsYWJlbE1hcChzb3J0ZWQpLFxuICAgIH0pO1xuICB9XG4gIGxldCBzdWdnZXN0aW9uczogc3RyaW5nW10gPSBbXTtcbiAgaWYgKHR5cGVvZiBzdG9yZS5saXN0ID09PSAnZnVuY3Rpb24nKSB7XG4gICAgdHJ5IHtcbiAgICAgIHN1Z2dlc3Rpb25zID0gc3VnZ2VzdE5hbWVzKG5hbWUsIGF3YWl0IHN0b3JlLmxpc3QoKSk7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvLyBTdWdnZXN0aW9ucyBhcmUgYSBjb3VydGVzeTogYSBmYWlsaW5nIGxpc3QoKSBtdXN0IG5vdCBoaWRlIHRoZSByZWFsIGFuc3dlci5cbiAgICB9XG4gIH1cbiAgcmV0dXJuIG5ldyBQcm9tcHROb3RGb3VuZEVycm9yKG5hbWUsIHsgc3VnZ2VzdGlvbnMsIHN0b3JlOiBzdG9yZS5uYW1lIH0pO1xufVxuXG4vKipcbiAqIFBhc3MgcHJvbXB0b3BzIGVycm9ycyB0aHJvdWdoOyB3cmFwIGFueXRoaW5nIGVsc2UgYSBzdG9yZSB0aHJldyBpbnRvIGEge0BsaW5rIFN0b3JlRXJyb3J9XG4gKiAobm90IHJldHJ5YWJsZTogYW4gdW5leHBlY3RlZCBleGNlcHRpb24gaXMgYSBidWcgb2YgdGhlIGFkYXB0ZXIsIG5vdCBhIHRyYW5zaWVudCBmYWlsdXJlKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFzU3RvcmVFcnJvcihlcnJvcjogdW5rbm93biwgc3RvcmU6IFByb21wdFN0b3JlLCBkb2luZzogc3RyaW5nKTogRXJyb3Ige1xuICBpZiAoaXNQcm9tcHRPcHNFcnJvcihlcnJvcikpIHJldHVybiBlcnJvcjtcbiAgY29uc3QgZGV0YWlsID0gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGAke2Vycm9yLm5hbWV9OiAke2Vycm9yLm1lc3NhZ2V9YCA6IFN0cmluZyhlcnJvcik7XG4gIHJldHVybiBuZXcgU3RvcmVFcnJvcihcbiAgICBgVGhlICR7c3RvcmUubmFtZX0gc3RvcmUgZmFpbGVkIHdoaWxlICR7ZG9pbmd9OiAke2RldGFpbH1gLFxuICAgIHsgc3RvcmU6IHN0b3JlLm5hbWUgfSxcbiAgICB7IGNhdXNlOiBlcnJvciB9LFxuICApO1xufVxuXG4vKipcbiAqIENoZWNrIGEgcmVjb3JkJ3MgaW50ZWdyaXR5IGFuZCByZXR1cm4gaXRzIGhhc2g6IGEgcmVjb3JkIGNhcnJ5aW5nIGBoYXNoYCBtdXN0IG1hdGNoIGl0cyBjb250ZW50O1xuICogd2hlbiBgbG9ja2VkSGFzaGAgaXMgZ2l2ZW4gdGhlIHJlY29yZCBtdXN0IGhhdmUgZXhhY3RseSB0aGF0IGhhc2guXG4gKlxuICogQHRocm93cyB7QGxpbmsgSW50ZWdyaXR5RXJyb3J9IG9uIGFueSBtaXNtYXRjaC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNoZWNrSW50ZWdyaXR5KHJlY29yZDogUHJvbXB0UmVjb3JkLCBsb2NrZWRIYXNoPzogc3RyaW5nKTogUHJvbWlzZTxzdHJpbmc+IHtcbiAgY29uc3QgaGFzaCA9IHJlY29yZC5oYXNoID09PSB1bmRlZmluZWQgPyBhd2FpdCBjb21wdXRlSGFzaChyZWNvcmQpIDogYXdhaXQgdmVyaWZ5UmVjb3JkSGFzaChyZWNvcmQpO1xuICBpZiAobG9ja2VkSGFzaCAhPT0gdW5kZWZpbmVkICYmIGhhc2ggIT09IGxvY2tlZEhhc2gpIHtcbiAgICB0aHJvdyBuZXcgSW50ZWdyaXR5RXJyb3IocmVjb3JkLm5hbWUsIHJlY29yZC52ZXJzaW9uLCB7XG4gICAgICBleHBlY3RlZDogbG9ja2VkSGFzaCxcbiAgICAgIGFjdHVhbDogaGFzaCxcbiAgICAgIHJlYXNvbjogJ3RoZSBsb2NrZmlsZSBwaW5zIGhhc2gnLFxuICAgIH0pO1xuICB9XG4gIHJldHVybiBoYXNoO1xufVxuXG5mdW5jdGlvbiBjaGVja0Fuc3dlcihzdG9yZTogUHJvbXB0U3RvcmUsIG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZywgYW5zd2VyOiBQcm9tcHRSZWNvcmQpOiBQcm9tcHRSZWNvcmQge1xuICBjb25zdCByZWNvcmQgPSBwYXJzZVJlY29yZChhbnN3ZXIsIGAke3N0b3JlLm5hbWV9IHN0b3JlOiAke25hbWV9QCR7c2VsZWN0b3J9YCk7XG4gIGlmIChyZWNvcmQubmFtZSAhPT0gbmFtZSB8fCAoaXNFeGFjdFNlbGVjdG9yKHNlbGVjdG9yKSAmJiByZWNvcmQudmVyc2lvbiAhPT0gc2VsZWN0b3IpKSB7XG4gICAgdGhyb3cgbmV3IFN0b3JlRXJyb3IoXG4gICAgICBgVGhlICR7c3RvcmUubmFtZX0gc3RvcmUgYW5zd2VyZWQgXCIke3JlY29yZC5uYW1lfUAke3JlY29yZC52ZXJzaW9ufVwiIHdoZW4gYXNrZWQgZm9yIFwiJHtuYW1lfUAke3NlbGVjdG9yfVwiLiBgICtcbiAgICAgICAgJ0ZpeCB0aGUgc3RvcmUgYWRhcHRlcjogaXQgbXVzdCByZXR1cm4gdGhlIHJlY29yZCBvZiB0aGUgbmFtZSAoYW5kIGV4YWN0IHZlcnNpb24pIGFza2VkIGZvci4nLFxuICAgICAgeyBzdG9yZTogc3RvcmUubmFtZSB9LFxuICAgICk7XG4gIH1cbiAgcmV0dXJuIHJlY29yZDtcbn1cbiIsICIvKipcbiAqIFRoZSBsb2NrZmlsZSAoYHByb21wdG9wcy5sb2NrLmpzb25gKTogdGhlIGV4YWN0IHZlcnNpb24gYW5kIGhhc2ggZXZlcnkgYmFyZSBuYW1lIGxvYWRzLlxuICpcbiAqIGBgYGpzb25cbiAqIHsgXCJsb2NrZmlsZVZlcnNpb25cIjogMSxcbiAqICAgXCJwcm9tcHRzXCI6IHsgXCJzdXBwb3J0L2dyZWV0aW5nXCI6IHsgXCJzZWxlY3RvclwiOiBcIl4xLjIuMFwiLCBcInZlcnNpb25cIjogXCIxLjIuM1wiLCBcImhhc2hcIjogXCJzaGEyNTYtXHUyMDI2XCIgfSB9IH1cbiAqIGBgYFxuICpcbiAqIFdpdGggYSBsb2NrZmlsZSwgYSBsb2NrZWQgbmFtZSBsb2FkcyBleGFjdGx5IHRoZSBsb2NrZWQgdmVyc2lvbiwgYW5kIGEgcmVjb3JkIHdob3NlIGhhc2ggZGlmZmVyc1xuICogaXMgYW4gYEludGVncml0eUVycm9yYCwgbmV2ZXIgcmVuZGVyZWQgb3IgY2FjaGVkLiBTZWUgREVTSUdOLm1kIHNlY3Rpb24gNS5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5pbXBvcnQgeyBleHBsYWluSW52YWxpZE5hbWUgfSBmcm9tICcuLi9lbmdpbmUvbmFtZS5qcyc7XG5pbXBvcnQgeyBwYXJ0aWFsTmFtZXNPZiB9IGZyb20gJy4uL2VuZ2luZS9wcm9tcHQuanMnO1xuaW1wb3J0IHsgcGFyc2VTcGVjLCBzZWxlY3RvcktpbmQgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSB9IGZyb20gJy4uL3N0b3Jlcy90eXBlcy5qcyc7XG5pbXBvcnQgeyBjaGVja0ludGVncml0eSwgZmV0Y2hSZWNvcmQgfSBmcm9tICcuL2xvYWRlci5qcyc7XG5pbXBvcnQgeyB2YWxpZGF0ZU9yVGhyb3cgfSBmcm9tICcuL3ZhbGlkYXRlLmpzJztcblxuLyoqIENvbnZlbnRpb25hbCBmaWxlIG5hbWUgb2YgdGhlIGxvY2tmaWxlLiAqL1xuZXhwb3J0IGNvbnN0IExPQ0tGSUxFX05BTUUgPSAncHJvbXB0b3BzLmxvY2suanNvbic7XG5cbi8qKiBXaGF0IHRoZSBsb2NrZmlsZSBob2xkcyBmb3Igb25lIG5hbWUuICovXG5leHBvcnQgaW50ZXJmYWNlIExvY2tlZFByb21wdCB7XG4gIC8qKiBUaGUgc2VsZWN0b3IgdGhhdCB3YXMgcmVzb2x2ZWQgd2hlbiBsb2NraW5nIChmcm9tIGBwaW5zYCwgb3IgYCdsYXRlc3QnYCkuICovXG4gIHNlbGVjdG9yOiBzdHJpbmc7XG4gIC8qKiBUaGUgZXhhY3QgdmVyc2lvbiBhIGJhcmUgbmFtZSBsb2Fkcy4gKi9cbiAgdmVyc2lvbjogc3RyaW5nO1xuICAvKiogVGhlIGAnc2hhMjU2LTxoZXg+J2AgaGFzaCB0aGUgbG9hZGVkIHJlY29yZCBtdXN0IGhhdmUuICovXG4gIGhhc2g6IHN0cmluZztcbn1cblxuLyoqIENvbnRlbnRzIG9mIGBwcm9tcHRvcHMubG9jay5qc29uYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9ja2ZpbGUge1xuICAvKiogRm9ybWF0IHZlcnNpb247IGFsd2F5cyBgMWAuICovXG4gIGxvY2tmaWxlVmVyc2lvbjogMTtcbiAgLyoqIExvY2tlZCBwcm9tcHRzIGJ5IG5hbWUsIHNvcnRlZCBieSBuYW1lIHdoZW4gd3JpdHRlbiBieSB7QGxpbmsgY3JlYXRlTG9ja2ZpbGV9LiAqL1xuICBwcm9tcHRzOiBSZWNvcmQ8c3RyaW5nLCBMb2NrZWRQcm9tcHQ+O1xufVxuXG5jb25zdCBIQVNIX1BBVFRFUk4gPSAvXnNoYTI1Ni1bMC05YS1mXXs2NH0kLztcblxuY29uc3QgbG9ja2VkUHJvbXB0U2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICBzZWxlY3Rvcjogei5zdHJpbmcoKS5jaGVjayhcbiAgICB6LnJlZmluZSgocykgPT4gc2VsZWN0b3JLaW5kKHMpICE9PSB1bmRlZmluZWQsIHtcbiAgICAgIGVycm9yOiAnbXVzdCBiZSBhbiBleGFjdCB2ZXJzaW9uLCBhIHNlbXZlciByYW5nZSwgYSBsYWJlbCBvciBcImxhdGVzdFwiJyxcbiAgICB9KSxcbiAgKSxcbiAgdmVyc2lvbjogelxuICAgIC5zdHJpbmcoKVxuICAgIC5jaGVjayh6LnJlZmluZSgocykgPT4gc2VsZWN0b3JLaW5kKHMpID09PSAnZXhhY3QnLCB7IGVycm9yOiAnbXVzdCBiZSBhbiBleGFjdCBzZW12ZXIgdmVyc2lvbiBzdWNoIGFzIFwiMS4yLjNcIicgfSkpLFxuICBoYXNoOiB6LnN0cmluZygpLmNoZWNrKHoucmVnZXgoSEFTSF9QQVRURVJOLCB7IGVycm9yOiAnbXVzdCBiZSBcInNoYTI1Ni1cIiBmb2xsb3dlZCBieSA2NCBsb3dlcmNhc2UgaGV4IGRpZ2l0cycgfSkpLFxufSk7XG5cbmNvbnN0IGxvY2tmaWxlU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICBsb2NrZmlsZVZlcnNpb246IHoubGl0ZXJhbCgxLCB7IGVycm9yOiAnbXVzdCBiZSAxICh0aGUgb25seSBsb2NrZmlsZSBmb3JtYXQgdGhlcmUgaXMpJyB9KSxcbiAgcHJvbXB0czogei5yZWNvcmQoXG4gICAgelxuICAgICAgLnN0cmluZygpXG4gICAgICAuY2hlY2soei5yZWZpbmUoKG5hbWUpID0+IGV4cGxhaW5JbnZhbGlkTmFtZShuYW1lKSA9PT0gdW5kZWZpbmVkLCB7IGVycm9yOiAnaXMgbm90IGEgdmFsaWQgcHJvbXB0IG5hbWUnIH0pKSxcbiAgICBsb2NrZWRQcm9tcHRTY2hlbWEsXG4gICksXG59KTtcblxuLyoqXG4gKiBWYWxpZGF0ZSBwYXJzZWQgSlNPTiBhcyBhIGxvY2tmaWxlLlxuICpcbiAqIEBwYXJhbSBmaWxlIC0gd2hlcmUgdGhlIEpTT04gY2FtZSBmcm9tLCBuYW1lZCBpbiBlcnJvcnMuXG4gKiBAdGhyb3dzIHtAbGluayBDb25maWdFcnJvcn0gbmFtaW5nIHRoZSBmaWxlIGFuZCBmaWVsZCwgZS5nLiBgcHJvbXB0c1tcImFcIl0uaGFzaGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUxvY2tmaWxlKHZhbHVlOiB1bmtub3duLCBmaWxlPzogc3RyaW5nKTogTG9ja2ZpbGUge1xuICBjb25zdCBjb250ZXh0ID0ge1xuICAgIHJvb3Q6IGZpbGUgPT09IHVuZGVmaW5lZCA/ICdsb2NrZmlsZScgOiAnJyxcbiAgICAuLi4oZmlsZSA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGZpbGUgfSksXG4gICAgaGludHM6IHsgJyc6ICdydW4gXCJwcm9tcHRvcHMgbG9ja1wiIHRvIHdyaXRlIGEgZnJlc2ggbG9ja2ZpbGUnIH0sXG4gICAga25vd25LZXlzOiB7ICcnOiBbJ2xvY2tmaWxlVmVyc2lvbicsICdwcm9tcHRzJ10gfSxcbiAgfTtcbiAgcmV0dXJuIHZhbGlkYXRlT3JUaHJvdyhsb2NrZmlsZVNjaGVtYSwgdmFsdWUsIGNvbnRleHQpIGFzIExvY2tmaWxlO1xufVxuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgY3JlYXRlTG9ja2ZpbGV9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBDcmVhdGVMb2NrZmlsZU9wdGlvbnMge1xuICAvKipcbiAgICogU2VsZWN0b3IgZm9yIG5hbWVzIHRoYXQgaGF2ZSBubyBwaW4uXG4gICAqIEBkZWZhdWx0ICdsYXRlc3QnXG4gICAqL1xuICBkZWZhdWx0U2VsZWN0b3I/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBBbHNvIGxvY2sgdGhlIHBhcnRpYWxzIHRoZSBsb2NrZWQgcHJvbXB0cyBpbmNsdWRlICh0aGVpciBwaW4gb3IgYCdsYXRlc3QnYCksIHJlY3Vyc2l2ZWx5LCBzb1xuICAgKiB0aGF0IGEgbG9ja2VkIHByb21wdCByZW5kZXJzIHRoZSBzYW1lIHRleHQgZXZlcnl3aGVyZS5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgaW5jbHVkZVBhcnRpYWxzPzogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBSZXNvbHZlIGV2ZXJ5IG5hbWUgYWdhaW5zdCB0aGUgc3RvcmUgYW5kIHdyaXRlIGRvd24gdGhlIHZlcnNpb24gYW5kIGhhc2ggaXQgcGlja3M6IHdoYXRcbiAqIGBwcm9tcHRvcHMgbG9ja2Agc2F2ZXMgYXMgYHByb21wdG9wcy5sb2NrLmpzb25gLlxuICpcbiAqIEBwYXJhbSBzdG9yZSAtIHRoZSBzdG9yZSB0byByZXNvbHZlIGFnYWluc3QuXG4gKiBAcGFyYW0gcGlucyAtIHNlbGVjdG9ycyBieSBuYW1lIChgeyAnc3VwcG9ydC9ncmVldGluZyc6ICdeMS4yLjAnIH1gKTsgbmFtZXMgd2l0aG91dCBhIHBpbiB1c2VcbiAqICAgYG9wdGlvbnMuZGVmYXVsdFNlbGVjdG9yYC5cbiAqIEBwYXJhbSBuYW1lcyAtIG5hbWVzIChvciBgbmFtZUBzZWxlY3RvcmAgc3BlY3MpIHRvIGxvY2suIERlZmF1bHQ6IGV2ZXJ5IG5hbWUgb2YgYHN0b3JlLmxpc3QoKWBcbiAqICAgcGx1cyB0aGUgcGlubmVkIG5hbWVzOyBhIHN0b3JlIHdpdGhvdXQgYGxpc3QoKWAgbG9ja3MgdGhlIHBpbm5lZCBuYW1lcyBvbmx5LlxuICogQHRocm93cyB0aGUgc3RvcmUncyBlcnJvcnMgKGBQcm9tcHROb3RGb3VuZEVycm9yYCwgYFZlcnNpb25Ob3RGb3VuZEVycm9yYCwgYFN0b3JlRXJyb3JgLFxuICogICBgSW50ZWdyaXR5RXJyb3JgIGZvciBhIHJlY29yZCB3aG9zZSBoYXNoIGRvZXMgbm90IG1hdGNoIGl0cyBjb250ZW50KSwgb3IgYSBgQ29uZmlnRXJyb3JgIHdoZW5cbiAqICAgdGhlcmUgaXMgbm90aGluZyB0byBsb2NrLlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBsb2NrID0gYXdhaXQgY3JlYXRlTG9ja2ZpbGUoc3RvcmUsIHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9KTtcbiAqIGF3YWl0IHdyaXRlRmlsZSgncHJvbXB0b3BzLmxvY2suanNvbicsIGAke0pTT04uc3RyaW5naWZ5KGxvY2ssIG51bGwsIDIpfVxcbmApO1xuICogYGBgXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjcmVhdGVMb2NrZmlsZShcbiAgc3RvcmU6IFByb21wdFN0b3JlLFxuICBwaW5zOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHt9LFxuICBuYW1lcz86IHJlYWRvbmx5IHN0cmluZ1tdLFxuICBvcHRpb25zOiBDcmVhdGVMb2NrZmlsZU9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8TG9ja2ZpbGU+IHtcbiAgY29uc3QgZGVmYXVsdFNlbGVjdG9yID0gb3B0aW9ucy5kZWZhdWx0U2VsZWN0b3IgPz8gJ2xhdGVzdCc7XG4gIGNvbnN0IGluY2x1ZGVQYXJ0aWFscyA9IG9wdGlvbnMuaW5jbHVkZVBhcnRpYWxzID8/IHRydWU7XG4gIGNvbnN0IHNwZWNzID0gbmFtZXMgPT09IHVuZGVmaW5lZCA/IGF3YWl0IGRlZmF1bHROYW1lcyhzdG9yZSwgcGlucykgOiBbLi4ubmFtZXNdO1xuICBjb25zdCB3YW50ZWQgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHNwZWMgb2Ygc3BlY3MpIHtcbiAgICBjb25zdCB7IG5hbWUsIHNlbGVjdG9yIH0gPSBwYXJzZVNwZWMoc3BlYyk7XG4gICAgd2FudGVkLnNldChuYW1lLCBzZWxlY3RvciA/PyBvd25WYWx1ZShwaW5zLCBuYW1lKSA/PyBkZWZhdWx0U2VsZWN0b3IpO1xuICB9XG4gIGNvbnN0IGxvY2tlZCA9IG5ldyBNYXA8c3RyaW5nLCBMb2NrZWRQcm9tcHQ+KCk7XG4gIGxldCBxdWV1ZSA9IFsuLi53YW50ZWQuZW50cmllcygpXTtcbiAgd2hpbGUgKHF1ZXVlLmxlbmd0aCA+IDApIHtcbiAgICBjb25zdCByZXN1bHRzID0gYXdhaXQgUHJvbWlzZS5hbGwoXG4gICAgICBxdWV1ZS5tYXAoYXN5bmMgKFtuYW1lLCBzZWxlY3Rvcl0pID0+IHtcbiAgICAgICAgY29uc3QgcmVjb3JkID0gYXdhaXQgZmV0Y2hSZWNvcmQoc3RvcmUsIG5hbWUsIHNlbGVjdG9yKTtcbiAgICAgICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCk7XG4gICAgICAgIHJldHVybiB7IG5hbWUsIHNlbGVjdG9yLCByZWNvcmQsIGhhc2ggfTtcbiAgICAgIH0pLFxuICAgICk7XG4gICAgY29uc3QgbmV4dCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gICAgZm9yIChjb25zdCB7IG5hbWUsIHNlbGVjdG9yLCByZWNvcmQsIGhhc2ggfSBvZiByZXN1bHRzKSB7XG4gICAgICBsb2NrZWQuc2V0KG5hbWUsIHsgc2VsZWN0b3IsIHZlcnNpb246IHJlY29yZC52ZXJzaW9uLCBoYXNoIH0pO1xuICAgICAgaWYgKCFpbmNsdWRlUGFydGlhbHMpIGNvbnRpbnVlO1xuICAgICAgZm9yIChjb25zdCBwYXJ0aWFsIG9mIHBhcnRpYWxOYW1lc09mKHJlY29yZCkpIHtcbiAgICAgICAgaWYgKCFsb2NrZWQuaGFzKHBhcnRpYWwpICYmICF3YW50ZWQuaGFzKHBhcnRpYWwpKSBuZXh0LnNldChwYXJ0aWFsLCBvd25WYWx1ZShwaW5zLCBwYXJ0aWFsKSA/PyAnbGF0ZXN0Jyk7XG4gICAgICB9XG4gICAgfVxuICAgIGZvciAoY29uc3QgW25hbWUsIHNlbGVjdG9yXSBvZiBuZXh0KSB3YW50ZWQuc2V0KG5hbWUsIHNlbGVjdG9yKTtcbiAgICBxdWV1ZSA9IFsuLi5uZXh0LmVudHJpZXMoKV07XG4gIH1cbiAgY29uc3QgcHJvbXB0czogUmVjb3JkPHN0cmluZywgTG9ja2VkUHJvbXB0PiA9IHt9O1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgWy4uLmxvY2tlZC5rZXlzKCldLnNvcnQoKSkge1xuICAgIGNvbnN0IGVudHJ5ID0gbG9ja2VkLmdldChuYW1lKTtcbiAgICBpZiAoZW50cnkgIT09IHVuZGVmaW5lZCkgcHJvbXB0c1tuYW1lXSA9IGVudHJ5O1xuICB9XG4gIHJldHVybiB7IGxvY2tmaWxlVmVyc2lvbjogMSwgcHJvbXB0cyB9O1xufVxuXG5hc3luYyBmdW5jdGlvbiBkZWZhdWx0TmFtZXMoc3RvcmU6IFByb21wdFN0b3JlLCBwaW5zOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+Pik6IFByb21pc2U8c3RyaW5nW10+IHtcbiAgY29uc3QgbmFtZXMgPSBuZXcgU2V0KE9iamVjdC5rZXlzKHBpbnMpKTtcbiAgaWYgKHR5cGVvZiBzdG9yZS5saXN0ID09PSAnZnVuY3Rpb24nKSBmb3IgKGNvbnN0IG5hbWUgb2YgYXdhaXQgc3RvcmUubGlzdCgpKSBuYW1lcy5hZGQobmFtZSk7XG4gIGlmIChuYW1lcy5zaXplID09PSAwKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgYG5vdGhpbmcgdG8gbG9jazogdGhlICR7c3RvcmUubmFtZX0gc3RvcmUgJHt0eXBlb2Ygc3RvcmUubGlzdCA9PT0gJ2Z1bmN0aW9uJyA/ICdpcyBlbXB0eScgOiAnY2Fubm90IGxpc3QgaXRzIG5hbWVzJ30gYW5kIG5vIHBpbnMgYXJlIGdpdmVuOyBgICtcbiAgICAgICAgJ3Bhc3MgdGhlIG5hbWVzIHRvIGxvY2ssIG9yIGFkZCBwaW5zJyxcbiAgICAgIHsgb3B0aW9uOiAnbmFtZXMnIH0sXG4gICAgKTtcbiAgfVxuICByZXR1cm4gWy4uLm5hbWVzXS5zb3J0KCk7XG59XG5cbi8qKiBUaGUgbG9ja2VkIGhhc2ggZm9yIGBuYW1lQHZlcnNpb25gLCB3aGVuIHRoZSBsb2NrZmlsZSBsb2NrcyB0aGF0IHZlcnkgdmVyc2lvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2NrZWRIYXNoKGxvY2tmaWxlOiBMb2NrZmlsZSB8IHVuZGVmaW5lZCwgbmFtZTogc3RyaW5nLCB2ZXJzaW9uOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBlbnRyeSA9IGxvY2tmaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBvd25WYWx1ZShsb2NrZmlsZS5wcm9tcHRzLCBuYW1lKTtcbiAgcmV0dXJuIGVudHJ5ICE9PSB1bmRlZmluZWQgJiYgZW50cnkudmVyc2lvbiA9PT0gdmVyc2lvbiA/IGVudHJ5Lmhhc2ggOiB1bmRlZmluZWQ7XG59XG5cbi8qKlxuICogYHJlY29yZFtrZXldYCB3aGVuIGBrZXlgIGlzIHRoZSByZWNvcmQncyBvd24gcHJvcGVydHk6IHByb21wdCBuYW1lcyBzdWNoIGFzIGBjb25zdHJ1Y3RvcmAgbXVzdFxuICogbmV2ZXIgcmVhZCBgT2JqZWN0LnByb3RvdHlwZWAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvd25WYWx1ZTxUPihyZWNvcmQ6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIFQ+Piwga2V5OiBzdHJpbmcpOiBUIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIE9iamVjdC5oYXNPd24ocmVjb3JkLCBrZXkpID8gcmVjb3JkW2tleV0gOiB1bmRlZmluZWQ7XG59XG4iLCAiLyoqXG4gKiBUdXJucyBgem9kL21pbmlgIHZhbGlkYXRpb24gaXNzdWVzIGludG8gb25lIHtAbGluayBDb25maWdFcnJvcn0gdGhhdCBuYW1lcyB0aGUgb3B0aW9uIHBhdGggYW5kXG4gKiBzYXlzIGhvdyB0byBmaXggaXQuIGB6b2QvbWluaWAgc2hpcHMgbm8gRW5nbGlzaCBtZXNzYWdlcywgc28gdGhlIHdvcmRpbmcgaXMgb3Vycy5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHR5cGUgKiBhcyB6IGZyb20gJ3pvZC9taW5pJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHN1Z2dlc3ROYW1lcyB9IGZyb20gJy4uL3N0b3Jlcy9yZXNvbHZlLmpzJztcblxudHlwZSBJc3N1ZSA9IHouY29yZS4kWm9kSXNzdWU7XG5cbi8qKiBXaGF0IGB6b2QvbWluaWAgc2F5cyB3aGVuIG5vIG1lc3NhZ2Ugd2FzIGNvbmZpZ3VyZWQuICovXG5jb25zdCBERUZBVUxUX01FU1NBR0UgPSAnSW52YWxpZCBpbnB1dCc7XG5cbi8qKiBIb3cgdG8gZGVzY3JpYmUgb25lIHNjaGVtYSBpbiBlcnJvciBtZXNzYWdlcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmFsaWRhdGlvbkNvbnRleHQge1xuICAvKiogUHJlZml4IG9mIGV2ZXJ5IG9wdGlvbiBwYXRoLCBlLmcuIGAnc25hcHNob3QnYC4gKi9cbiAgcm9vdD86IHN0cmluZztcbiAgLyoqIFRoZSBjb25maWcgZmlsZSB0aGUgdmFsdWUgY2FtZSBmcm9tLiAqL1xuICBmaWxlPzogc3RyaW5nO1xuICAvKiogRml4IGhpbnRzIGJ5IG9wdGlvbiBwYXRoIChgJ2NhY2hlLnR0bE1zJ2ApLCBzaG93biBhZnRlciB0aGUgcHJvYmxlbS4gKi9cbiAgaGludHM/OiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PjtcbiAgLyoqIEtub3duIGtleXMgYnkgb2JqZWN0IHBhdGggKGAnJ2AgZm9yIHRoZSByb290KSwgdXNlZCB0byBzdWdnZXN0IGEgZml4IGZvciBhbiB1bmtub3duIGtleS4gKi9cbiAga25vd25LZXlzPzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgcmVhZG9ubHkgc3RyaW5nW10+Pjtcbn1cblxuLyoqIFBhcnNlIGB2YWx1ZWAgd2l0aCBgc2NoZW1hYCwgb3IgdGhyb3cgYSB7QGxpbmsgQ29uZmlnRXJyb3J9IGRlc2NyaWJpbmcgZXZlcnkgcHJvYmxlbS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0ZU9yVGhyb3c8VD4oc2NoZW1hOiB6LlpvZE1pbmlUeXBlPFQ+LCB2YWx1ZTogdW5rbm93biwgY29udGV4dDogVmFsaWRhdGlvbkNvbnRleHQpOiBUIHtcbiAgY29uc3QgcmVzdWx0ID0gc2NoZW1hLnNhZmVQYXJzZSh2YWx1ZSwgeyByZXBvcnRJbnB1dDogdHJ1ZSB9KTtcbiAgaWYgKHJlc3VsdC5zdWNjZXNzKSByZXR1cm4gcmVzdWx0LmRhdGE7XG4gIHRocm93IGlzc3Vlc1RvQ29uZmlnRXJyb3IocmVzdWx0LmVycm9yLmlzc3VlcywgY29udGV4dCk7XG59XG5cbi8qKiBCdWlsZCB0aGUge0BsaW5rIENvbmZpZ0Vycm9yfSBmb3IgYSBsaXN0IG9mIGlzc3VlczogdGhlIGZpcnN0IG9uZSBuYW1lcyB0aGUgb3B0aW9uLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzc3Vlc1RvQ29uZmlnRXJyb3IoaXNzdWVzOiByZWFkb25seSBJc3N1ZVtdLCBjb250ZXh0OiBWYWxpZGF0aW9uQ29udGV4dCk6IENvbmZpZ0Vycm9yIHtcbiAgY29uc3QgZmxhdCA9IGZsYXR0ZW4oaXNzdWVzLCBbXSk7XG4gIGNvbnN0IGRlc2NyaWJlZCA9IGZsYXQubWFwKChmKSA9PiBkZXNjcmliZShmLmlzc3VlLCBmLnBhdGgsIGNvbnRleHQpKTtcbiAgY29uc3QgZmlyc3QgPSBkZXNjcmliZWRbMF0gPz8geyBvcHRpb246IGNvbnRleHQucm9vdCA/PyAnKG9wdGlvbnMpJywgdGV4dDogJ2lzIGludmFsaWQnIH07XG4gIGNvbnN0IG1vcmUgPSBkZXNjcmliZWQuc2xpY2UoMSkubWFwKChkKSA9PiBgOyBvcHRpb24gXCIke2Qub3B0aW9ufVwiOiAke2QudGV4dH1gKTtcbiAgcmV0dXJuIG5ldyBDb25maWdFcnJvcihgJHtmaXJzdC50ZXh0fSR7bW9yZS5qb2luKCcnKX1gLCB7IG9wdGlvbjogZmlyc3Qub3B0aW9uLCBmaWxlOiBjb250ZXh0LmZpbGUgfSk7XG59XG5cbmludGVyZmFjZSBGbGF0SXNzdWUge1xuICBpc3N1ZTogSXNzdWU7XG4gIHBhdGg6IFByb3BlcnR5S2V5W107XG59XG5cbi8qKiBVbmlvbnMgcmVwb3J0IG9uZSBpc3N1ZSBwZXIgYnJhbmNoOiBrZWVwIHRoZSBicmFuY2ggdGhhdCBnb3QgZnVydGhlc3QgKGRlZXBlc3QgcGF0aCkuICovXG5mdW5jdGlvbiBmbGF0dGVuKGlzc3VlczogcmVhZG9ubHkgSXNzdWVbXSwgcHJlZml4OiBQcm9wZXJ0eUtleVtdKTogRmxhdElzc3VlW10ge1xuICBjb25zdCBvdXQ6IEZsYXRJc3N1ZVtdID0gW107XG4gIGZvciAoY29uc3QgaXNzdWUgb2YgaXNzdWVzKSB7XG4gICAgY29uc3QgcGF0aCA9IFsuLi5wcmVmaXgsIC4uLmlzc3VlLnBhdGhdO1xuICAgIGlmIChpc3N1ZS5jb2RlID09PSAnaW52YWxpZF91bmlvbicgJiYgaXNzdWUuZXJyb3JzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IGJlc3QgPSBbLi4uaXNzdWUuZXJyb3JzXS5zb3J0KChhLCBiKSA9PiBkZXB0aChiKSAtIGRlcHRoKGEpKVswXSA/PyBbXTtcbiAgICAgIGlmIChkZXB0aChiZXN0KSA+IDApIHtcbiAgICAgICAgb3V0LnB1c2goLi4uZmxhdHRlbihiZXN0LCBwYXRoKSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgIH1cbiAgICBvdXQucHVzaCh7IGlzc3VlLCBwYXRoIH0pO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIGRlcHRoKGlzc3VlczogcmVhZG9ubHkgSXNzdWVbXSk6IG51bWJlciB7XG4gIGxldCBtYXggPSAwO1xuICBmb3IgKGNvbnN0IGlzc3VlIG9mIGlzc3Vlcykge1xuICAgIGNvbnN0IGQgPSBpc3N1ZS5wYXRoLmxlbmd0aCArIChpc3N1ZS5jb2RlID09PSAndW5yZWNvZ25pemVkX2tleXMnID8gMSA6IDApO1xuICAgIGlmIChkID4gbWF4KSBtYXggPSBkO1xuICB9XG4gIHJldHVybiBtYXg7XG59XG5cbmZ1bmN0aW9uIGpvaW5QYXRoKHJvb3Q6IHN0cmluZyB8IHVuZGVmaW5lZCwgcGF0aDogcmVhZG9ubHkgUHJvcGVydHlLZXlbXSk6IHN0cmluZyB7XG4gIGxldCBvdXQgPSByb290ID8/ICcnO1xuICBmb3IgKGNvbnN0IGtleSBvZiBwYXRoKSB7XG4gICAgY29uc3QgdGV4dCA9IFN0cmluZyhrZXkpO1xuICAgIGlmICh0eXBlb2Yga2V5ID09PSAnbnVtYmVyJykgb3V0ICs9IGBbJHt0ZXh0fV1gO1xuICAgIGVsc2UgaWYgKC9eW0EtWmEtel8kXVtcXHckXSokLy50ZXN0KHRleHQpKSBvdXQgKz0gb3V0ID09PSAnJyA/IHRleHQgOiBgLiR7dGV4dH1gO1xuICAgIGVsc2Ugb3V0ICs9IGBbJHtKU09OLnN0cmluZ2lmeSh0ZXh0KX1dYDtcbiAgfVxuICByZXR1cm4gb3V0ID09PSAnJyA/ICcob3B0aW9ucyknIDogb3V0O1xufVxuXG5mdW5jdGlvbiBkZXNjcmliZShpc3N1ZTogSXNzdWUsIHBhdGg6IFByb3BlcnR5S2V5W10sIGNvbnRleHQ6IFZhbGlkYXRpb25Db250ZXh0KTogeyBvcHRpb246IHN0cmluZzsgdGV4dDogc3RyaW5nIH0ge1xuICBjb25zdCBvcHRpb24gPSBqb2luUGF0aChjb250ZXh0LnJvb3QsIHBhdGgpO1xuICBjb25zdCBoaW50ID0gY29udGV4dC5oaW50cz8uW3N0cmlwUm9vdChvcHRpb24sIGNvbnRleHQucm9vdCldID8/IGNvbnRleHQuaGludHM/LltnZW5lcmljUGF0aChwYXRoKV07XG4gIGNvbnN0IHN1ZmZpeCA9IGhpbnQgPyBgOiAke2hpbnR9YCA6ICcnO1xuICBpZiAoaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfa2V5JyAmJiBpc3N1ZS5pc3N1ZXMubGVuZ3RoID4gMCkge1xuICAgIGNvbnN0IGlubmVyID0gaXNzdWUuaXNzdWVzWzBdO1xuICAgIGNvbnN0IG1lc3NhZ2UgPSBpbm5lcj8ubWVzc2FnZSAmJiBpbm5lci5tZXNzYWdlICE9PSBERUZBVUxUX01FU1NBR0UgPyBpbm5lci5tZXNzYWdlIDogJ2lzIG5vdCBhIHZhbGlkIGtleSc7XG4gICAgcmV0dXJuIHsgb3B0aW9uLCB0ZXh0OiBgJHttZXNzYWdlfSR7c3VmZml4fWAgfTtcbiAgfVxuICBpZiAoaXNzdWUuY29kZSAhPT0gJ3VucmVjb2duaXplZF9rZXlzJyAmJiBpc3N1ZS5tZXNzYWdlICYmIGlzc3VlLm1lc3NhZ2UgIT09IERFRkFVTFRfTUVTU0FHRSkge1xuICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYCR7aXNzdWUubWVzc2FnZX0ke3N1ZmZpeH1gIH07XG4gIH1cbiAgc3dpdGNoIChpc3N1ZS5jb2RlKSB7XG4gICAgY2FzZSAndW5yZWNvZ25pemVkX2tleXMnOiB7XG4gICAgICBjb25zdCBrbm93biA9IGNvbnRleHQua25vd25LZXlzPy5bcGF0aC5tYXAoU3RyaW5nKS5qb2luKCcuJyldID8/IFtdO1xuICAgICAgY29uc3QgcGFydHMgPSBpc3N1ZS5rZXlzLm1hcCgoa2V5KSA9PiB7XG4gICAgICAgIGNvbnN0IGNsb3NlID0gc3VnZ2VzdE5hbWVzKGtleS50b0xvd2VyQ2FzZSgpLCBrbm93biwgeyBtYXg6IDEsIG1heERpc3RhbmNlUmF0aW86IDAuNSB9KTtcbiAgICAgICAgcmV0dXJuIGNsb3NlWzBdID8gYFwiJHtrZXl9XCIgKGRpZCB5b3UgbWVhbiBcIiR7Y2xvc2VbMF19XCI/KWAgOiBgXCIke2tleX1cImA7XG4gICAgICB9KTtcbiAgICAgIGNvbnN0IGxpc3QgPSBrbm93bi5sZW5ndGggPiAwID8gYCBLbm93biBvcHRpb25zOiAke2tub3duLmpvaW4oJywgJyl9LmAgOiAnJztcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG9wdGlvbjogam9pblBhdGgoY29udGV4dC5yb290LCBbLi4ucGF0aCwgaXNzdWUua2V5c1swXSA/PyAnJ10pLFxuICAgICAgICB0ZXh0OiBgdW5rbm93biBvcHRpb24ke2lzc3VlLmtleXMubGVuZ3RoID4gMSA/ICdzJyA6ICcnfSAke3BhcnRzLmpvaW4oJywgJyl9OyByZW1vdmUgaXQgb3IgZml4IGl0cyBzcGVsbGluZy4ke2xpc3R9YCxcbiAgICAgIH07XG4gICAgfVxuICAgIGNhc2UgJ2ludmFsaWRfdHlwZSc6IHtcbiAgICAgIGNvbnN0IGdvdCA9ICdpbnB1dCcgaW4gaXNzdWUgPyB0eXBlTmFtZShpc3N1ZS5pbnB1dCkgOiAnYW5vdGhlciB0eXBlJztcbiAgICAgIGNvbnN0IHdoYXQgPSBpc3N1ZS5pbnB1dCA9PT0gdW5kZWZpbmVkID8gJ2lzIHJlcXVpcmVkJyA6IGBtdXN0IGJlICR7YXJ0aWNsZShpc3N1ZS5leHBlY3RlZCl9LCBnb3QgJHtnb3R9YDtcbiAgICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYCR7d2hhdH0ke3N1ZmZpeH1gIH07XG4gICAgfVxuICAgIGNhc2UgJ3Rvb19zbWFsbCc6XG4gICAgICByZXR1cm4ge1xuICAgICAgICBvcHRpb24sXG4gICAgICAgIHRleHQ6IGBtdXN0IGJlICR7aXNzdWUuaW5jbHVzaXZlID09PSBmYWxzZSA/ICdncmVhdGVyIHRoYW4nIDogJ2F0IGxlYXN0J30gJHtTdHJpbmcoaXNzdWUubWluaW11bSl9JHtzdWZmaXh9YCxcbiAgICAgIH07XG4gICAgY2FzZSAndG9vX2JpZyc6XG4gICAgICByZXR1cm4ge1xuICAgICAgICBvcHRpb24sXG4gICAgICAgIHRleHQ6IGBtdXN0IGJlICR7aXNzdWUuaW5jbHVzaXZlID09PSBmYWxzZSA/ICdsZXNzIHRoYW4nIDogJ2F0IG1vc3QnfSAke1N0cmluZyhpc3N1ZS5tYXhpbXVtKX0ke3N1ZmZpeH1gLFxuICAgICAgfTtcbiAgICBjYXNlICdpbnZhbGlkX3ZhbHVlJzpcbiAgICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYG11c3QgYmUgb25lIG9mICR7aXNzdWUudmFsdWVzLm1hcCgodikgPT4gSlNPTi5zdHJpbmdpZnkodikpLmpvaW4oJywgJyl9JHtzdWZmaXh9YCB9O1xuICAgIGNhc2UgJ2ludmFsaWRfZm9ybWF0JzpcbiAgICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYG11c3QgYmUgYSB2YWxpZCAke2lzc3VlLmZvcm1hdH0ke3N1ZmZpeH1gIH07XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiB7IG9wdGlvbiwgdGV4dDogYGlzIGludmFsaWQke3N1ZmZpeH1gIH07XG4gIH1cbn1cblxuZnVuY3Rpb24gc3RyaXBSb290KG9wdGlvbjogc3RyaW5nLCByb290OiBzdHJpbmcgfCB1bmRlZmluZWQpOiBzdHJpbmcge1xuICBpZiAocm9vdCA9PT0gdW5kZWZpbmVkIHx8IHJvb3QgPT09ICcnKSByZXR1cm4gb3B0aW9uO1xuICByZXR1cm4gb3B0aW9uLnN0YXJ0c1dpdGgoYCR7cm9vdH0uYCkgPyBvcHRpb24uc2xpY2Uocm9vdC5sZW5ndGggKyAxKSA6IG9wdGlvbjtcbn1cblxuLyoqIGBwaW5zW1wiYS9iXCJdYCBcdTIxOTIgYHBpbnMuKmAsIHNvIHRoYXQgb25lIGhpbnQgY2FuIGFkZHJlc3MgZXZlcnkga2V5IG9mIGEgcmVjb3JkLiAqL1xuZnVuY3Rpb24gZ2VuZXJpY1BhdGgocGF0aDogcmVhZG9ubHkgUHJvcGVydHlLZXlbXSk6IHN0cmluZyB7XG4gIHJldHVybiBwYXRoLm1hcCgoa2V5LCBpKSA9PiAoaSA9PT0gcGF0aC5sZW5ndGggLSAxICYmIGkgPiAwID8gJyonIDogU3RyaW5nKGtleSkpKS5qb2luKCcuJyk7XG59XG5cbmZ1bmN0aW9uIGFydGljbGUoZXhwZWN0ZWQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmIChleHBlY3RlZCA9PT0gJ29iamVjdCcgfHwgZXhwZWN0ZWQgPT09ICdhcnJheScgfHwgZXhwZWN0ZWQgPT09ICdpbnQnKVxuICAgIHJldHVybiBgYW4gJHtleHBlY3RlZCA9PT0gJ2ludCcgPyAnaW50ZWdlcicgOiBleHBlY3RlZH1gO1xuICByZXR1cm4gYGEgJHtleHBlY3RlZH1gO1xufVxuXG4vKiogYHR5cGVvZmAsIHdpdGggYG51bGxgIGFuZCBhcnJheXMgdG9sZCBhcGFydC4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0eXBlTmFtZSh2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkgcmV0dXJuICdudWxsJztcbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSByZXR1cm4gJ2FuIGFycmF5JztcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZTtcbn1cbiIsICIvKipcbiAqIE9wdGlvbnMgb2YgYGNyZWF0ZVByb21wdENsaWVudGAsIGFuZCB0aGVpciB2YWxpZGF0aW9uICh3aXRoIGB6b2QvbWluaWAsIGF0IGNvbnN0cnVjdGlvbjogYSBiYWRcbiAqIG9wdGlvbiBpcyBhIGBDb25maWdFcnJvcmAgbmFtaW5nIHRoZSBvcHRpb24gcGF0aCBhbmQgdGhlIGZpeCkuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHsgZXhwbGFpbkludmFsaWROYW1lIH0gZnJvbSAnLi4vZW5naW5lL25hbWUuanMnO1xuaW1wb3J0IHsgc2VsZWN0b3JLaW5kIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB7IENvbmZpZ0Vycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUgfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHR5cGUgeyBMaXN0ZW5lckVycm9ySGFuZGxlciB9IGZyb20gJy4uL3RlbGVtZXRyeS9lbWl0dGVyLmpzJztcbmltcG9ydCB0eXBlIHtcbiAgQXNzaWdubWVudEV2ZW50LFxuICBFcnJvckV2ZW50LFxuICBGZXRjaEV2ZW50LFxuICBPdXRjb21lRXZlbnQsXG4gIFByb21wdEV2ZW50LFxuICBSZWZyZXNoRXZlbnQsXG4gIFJlbmRlckV2ZW50LFxufSBmcm9tICcuLi90ZWxlbWV0cnkvZXZlbnRzLmpzJztcbmltcG9ydCB7IHR5cGUgTG9ja2ZpbGUsIHBhcnNlTG9ja2ZpbGUgfSBmcm9tICcuL2xvY2tmaWxlLmpzJztcbmltcG9ydCB0eXBlIHsgU25hcHNob3RBZGFwdGVyIH0gZnJvbSAnLi9zbmFwc2hvdC5qcyc7XG5pbXBvcnQgeyB2YWxpZGF0ZU9yVGhyb3cgfSBmcm9tICcuL3ZhbGlkYXRlLmpzJztcblxuLyoqIENhY2hlIHNldHRpbmdzLiBTZWUgREVTSUdOLm1kIHNlY3Rpb24gNiwgXCJDYWNoaW5nIGFuZCBmYWlsdXJlXCIuICovXG5leHBvcnQgaW50ZXJmYWNlIENhY2hlT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBNb3N0IGNvbXBpbGVkIHByb21wdCB2ZXJzaW9ucyBrZXB0IChgbmFtZUB2ZXJzaW9uYCwgbGVhc3QgcmVjZW50bHkgdXNlZCBkcm9wcGVkIGZpcnN0KTsgYWxzb1xuICAgKiB0aGUgbW9zdCBmbG9hdGluZyBzZWxlY3RvcnMgKGBuYW1lQHNlbGVjdG9yYCBcdTIxOTIgdmVyc2lvbikgcmVtZW1iZXJlZC5cbiAgICogQGRlZmF1bHQgMTAwMFxuICAgKi9cbiAgbWF4PzogbnVtYmVyO1xuICAvKipcbiAgICogSG93IGxvbmcgYSBmbG9hdGluZyBzZWxlY3RvciAocmFuZ2UsIGxhYmVsLCBgbGF0ZXN0YCwgYmFyZSBuYW1lKSBzdGF5cyBmcmVzaCwgaW4gbXMuIEFmdGVyXG4gICAqIHRoYXQgaXQgaXMgc2VydmVkIHN0YWxlIHdoaWxlIG9uZSBiYWNrZ3JvdW5kIHJlZnJlc2ggcnVucy4gRXhhY3QgdmVyc2lvbnMgbmV2ZXIgZ28gc3RhbGUuXG4gICAqIEBkZWZhdWx0IDYwXzAwMFxuICAgKi9cbiAgdHRsTXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBIb3cgbG9uZyBhIHNlbGVjdG9yIG1heSBiZSBzZXJ2ZWQgc3RhbGUgYWZ0ZXIgaXQgd2VudCBzdGFsZSwgaW4gbXMsIHdoaWxlIHJlZnJlc2hlcyBmYWlsLlxuICAgKiBQYXN0IHRoYXQsIHRoZSBuZXh0IGNhbGwgZ29lcyB0byB0aGUgc3RvcmUgaW4gdGhlIGZvcmVncm91bmQgKGFuZCBmYWlscyBpZiB0aGUgc3RvcmUgZG9lcykuXG4gICAqIEBkZWZhdWx0IDg2XzQwMF8wMDAgKG9uZSBkYXkpXG4gICAqL1xuICBtYXhTdGFsZU1zPzogbnVtYmVyO1xufVxuXG4vKiogQSBzb3VyY2Ugb2YgdGltZSBpbiBtczsgaW5qZWN0IGEgZmFrZSBvbmUgaW4gdGVzdHMuICovXG5leHBvcnQgaW50ZXJmYWNlIENsb2NrIHtcbiAgLyoqIEN1cnJlbnQgdGltZSBpbiBtcyAob25seSBkaWZmZXJlbmNlcyBtYXR0ZXIpLiAqL1xuICBub3coKTogbnVtYmVyO1xufVxuXG4vKiogVGltZXIgZnVuY3Rpb25zOyBpbmplY3QgZmFrZXMgaW4gdGVzdHMuIEhhbmRsZXMgd2l0aCBhbiBgdW5yZWYoKWAgbWV0aG9kIGFyZSB1bnJlZidkLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUaW1lcnMge1xuICAvKiogQ2FsbCBgY2FsbGJhY2tgIG9uY2UgYWZ0ZXIgYG1zYDsgcmV0dXJucyBhIGhhbmRsZSBmb3IgYGNsZWFyVGltZW91dGAuICovXG4gIHNldFRpbWVvdXQoY2FsbGJhY2s6ICgpID0+IHZvaWQsIG1zOiBudW1iZXIpOiB1bmtub3duO1xuICAvKiogQ2FuY2VsIGEgcGVuZGluZyBgc2V0VGltZW91dGAuICovXG4gIGNsZWFyVGltZW91dChoYW5kbGU6IHVua25vd24pOiB2b2lkO1xufVxuXG4vKipcbiAqIEV2ZW50IGhvb2tzLCByZWdpc3RlcmVkIGF0IGNvbnN0cnVjdGlvbi4gYG9uRXZlbnRgIHJlY2VpdmVzIGV2ZXJ5IGV2ZW50OyB0aGUgcGVyLXR5cGUgaG9va3NcbiAqIHJlY2VpdmUgdGhlaXIgdHlwZSBvbmx5LiBBIGhvb2sgdGhhdCB0aHJvd3Mgb3IgcmVqZWN0cyBuZXZlciBicmVha3MgdGhlIGNhbGxlci5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDbGllbnRIb29rcyB7XG4gIC8qKiBFdmVyeSBldmVudC4gKi9cbiAgb25FdmVudD86IChldmVudDogUHJvbXB0RXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQSBgZ2V0UHJvbXB0YCBjYWxsIHN1Y2NlZWRlZC4gKi9cbiAgb25GZXRjaD86IChldmVudDogRmV0Y2hFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBIHByb21wdCB3YXMgcmVuZGVyZWQuICovXG4gIG9uUmVuZGVyPzogKGV2ZW50OiBSZW5kZXJFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBIGJhY2tncm91bmQgcmVmcmVzaCBmaW5pc2hlZCAoYG9rYCBzYXlzIGhvdykuICovXG4gIG9uUmVmcmVzaD86IChldmVudDogUmVmcmVzaEV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqIEFuIG9wZXJhdGlvbiBmYWlsZWQgKGBnZXRQcm9tcHRgLCBgcmVuZGVyYCwgYSByZWZyZXNoLCBhIHNuYXBzaG90IHdyaXRlXHUyMDI2KS4gKi9cbiAgb25FcnJvcj86IChldmVudDogRXJyb3JFdmVudCkgPT4gdm9pZCB8IFByb21pc2U8dm9pZD47XG4gIC8qKiBBbiBleHBlcmltZW50IGFzc2lnbmVkIGEgdmFyaWFudCAoZXhwZXJpbWVudHMgYXJlIG5vdCBjb25maWd1cmFibGUgeWV0KS4gKi9cbiAgb25Bc3NpZ25tZW50PzogKGV2ZW50OiBBc3NpZ25tZW50RXZlbnQpID0+IHZvaWQgfCBQcm9taXNlPHZvaWQ+O1xuICAvKiogQW4gb3V0Y29tZSB3YXMgcmVjb3JkZWQgKG5vdCBlbWl0dGVkIHlldCkuICovXG4gIG9uT3V0Y29tZT86IChldmVudDogT3V0Y29tZUV2ZW50KSA9PiB2b2lkIHwgUHJvbWlzZTx2b2lkPjtcbiAgLyoqXG4gICAqIENhbGxlZCB3aXRoIHRoZSBlcnJvciB3aGVuIGEgaG9vayBvciBsaXN0ZW5lciB0aHJvd3Mgb3IgcmVqZWN0cywgb25jZSBwZXIgZmFpbHVyZS5cbiAgICogQGRlZmF1bHQgYSBgY29uc29sZS53YXJuYCB0aGUgZmlyc3QgdGltZSBlYWNoIGxpc3RlbmVyIGZhaWxzXG4gICAqL1xuICBvbkxpc3RlbmVyRXJyb3I/OiBMaXN0ZW5lckVycm9ySGFuZGxlcjtcbn1cblxuLyoqIFRlbGVtZXRyeSBzZXR0aW5ncy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGVsZW1ldHJ5T3B0aW9ucyB7XG4gIC8qKlxuICAgKiBQdXQgdGhlIHZhcmlhYmxlcyBwYXNzZWQgdG8gYHJlbmRlcmAgaW50byBgcmVuZGVyYCBldmVudHMgKGBpbnB1dHNgKS4gT2ZmIGJ5IGRlZmF1bHQ6IGlucHV0c1xuICAgKiBvZnRlbiBob2xkIHBlcnNvbmFsIGRhdGEuIEV2ZW50IGBpbnB1dEtleXNgIGFsd2F5cyBsaXN0cyB0aGUgbmFtZXMuXG4gICAqIEBkZWZhdWx0IGZhbHNlXG4gICAqL1xuICBpbmNsdWRlSW5wdXRzPzogYm9vbGVhbjtcbn1cblxuLyoqXG4gKiBPcHRpb25zIG9mIGBjcmVhdGVQcm9tcHRDbGllbnRgLlxuICpcbiAqIEBleGFtcGxlXG4gKiBgYGB0c1xuICogY29uc3QgcHJvbXB0cyA9IGNyZWF0ZVByb21wdENsaWVudCh7XG4gKiAgIHN0b3JlOiBtZW1vcnlTdG9yZShbZ3JlZXRpbmddKSxcbiAqICAgcGluczogeyAnc3VwcG9ydC9ncmVldGluZyc6ICdeMS4yLjAnIH0sXG4gKiAgIGNhY2hlOiB7IHR0bE1zOiAzMF8wMDAgfSxcbiAqICAgaG9va3M6IHsgb25FcnJvcjogKGUpID0+IGxvZy53YXJuKGUuZXJyb3IpIH0sXG4gKiB9KTtcbiAqIGBgYFxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdENsaWVudE9wdGlvbnMge1xuICAvKiogV2hlcmUgcHJvbXB0cyBjb21lIGZyb206IGBtZW1vcnlTdG9yZWAsIGBodHRwU3RvcmVgLCBgbGFuZ2Z1c2VTdG9yZWAsIGBmaWxlU3RvcmVgIChgcHJvbXB0b3BzL2ZzYCkgb3IgeW91ciBvd24uICovXG4gIHN0b3JlOiBQcm9tcHRTdG9yZTtcbiAgLyoqXG4gICAqIFNlbGVjdG9yIHBlciBuYW1lIGZvciBiYXJlIG5hbWVzIChgZ2V0UHJvbXB0KCdzdXBwb3J0L2dyZWV0aW5nJylgKTogYHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9YC5cbiAgICogQSBsb2NrZmlsZSBlbnRyeSB3aW5zIG92ZXIgYSBwaW4uXG4gICAqIEBkZWZhdWx0IHt9XG4gICAqL1xuICBwaW5zPzogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqXG4gICAqIFNlbGVjdG9yIGZvciBiYXJlIG5hbWVzIHRoYXQgYXJlIG5laXRoZXIgbG9ja2VkIG5vciBwaW5uZWQ6IGFuIGV4YWN0IHZlcnNpb24sIGEgc2VtdmVyIHJhbmdlLFxuICAgKiBhIGxhYmVsIG9yIGAnbGF0ZXN0J2AgKHRoZSBoaWdoZXN0IG5vbi1wcmVyZWxlYXNlIHZlcnNpb24pLlxuICAgKiBAZGVmYXVsdCAnbGF0ZXN0J1xuICAgKi9cbiAgZGVmYXVsdFNlbGVjdG9yPzogc3RyaW5nO1xuICAvKipcbiAgICogQSBwYXJzZWQgYHByb21wdG9wcy5sb2NrLmpzb25gIChzZWUgYHBhcnNlTG9ja2ZpbGVgKS4gQSBsb2NrZWQgbmFtZSBsb2FkcyBleGFjdGx5IHRoZSBsb2NrZWRcbiAgICogdmVyc2lvbiBhbmQgbXVzdCBoYXZlIHRoZSBsb2NrZWQgaGFzaC4gKEEgcGF0aCBpcyBhY2NlcHRlZCBieSB0aGUgTm9kZSBlbnRyeSBvbmx5LilcbiAgICogQGRlZmF1bHQgdW5kZWZpbmVkIChubyBsb2NrZmlsZSlcbiAgICovXG4gIGxvY2tmaWxlPzogTG9ja2ZpbGU7XG4gIC8qKlxuICAgKiBDYWNoZSBzZXR0aW5ncywgb3IgYGZhbHNlYCB0byBhc2sgdGhlIHN0b3JlIG9uIGV2ZXJ5IGNhbGwgKGNvbmN1cnJlbnQgaWRlbnRpY2FsIGNhbGxzIHN0aWxsIHNoYXJlIG9uZSBsb2FkKS5cbiAgICogQGRlZmF1bHQgeyBtYXg6IDEwMDAsIHR0bE1zOiA2MF8wMDAsIG1heFN0YWxlTXM6IDg2XzQwMF8wMDAgfVxuICAgKi9cbiAgY2FjaGU/OiBDYWNoZU9wdGlvbnMgfCBmYWxzZTtcbiAgLyoqXG4gICAqIFZhbGlkYXRlIHZhcmlhYmxlcyBiZWZvcmUgcmVuZGVyaW5nIChvbmUgYFByb21wdElucHV0RXJyb3JgIGxpc3RpbmcgZXZlcnkgcHJvYmxlbSksIGFuZCB0cmVhdCBhXG4gICAqIG1pc3NpbmcgcGFydGlhbCBhcyBhIGBQcm9tcHRGb3JtYXRFcnJvcmAuIGBmYWxzZWAgcmVuZGVycyBtaXNzaW5nIHZhcmlhYmxlcyBhbmQgcGFydGlhbHMgYXMgZW1wdHkuXG4gICAqIEEgYGdldFByb21wdGAgb3IgYHJlbmRlcmAgY2FsbCBtYXkgb3ZlcnJpZGUgaXQuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHN0cmljdD86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBFdmVudCBob29rcy4gTW9yZSBsaXN0ZW5lcnMgY2FuIGJlIGFkZGVkIGxhdGVyIHdpdGggYGNsaWVudC5vbih0eXBlLCBsaXN0ZW5lcilgLlxuICAgKiBAZGVmYXVsdCB7fVxuICAgKi9cbiAgaG9va3M/OiBDbGllbnRIb29rcztcbiAgLyoqXG4gICAqIFRlbGVtZXRyeSBzZXR0aW5ncy5cbiAgICogQGRlZmF1bHQgeyBpbmNsdWRlSW5wdXRzOiBmYWxzZSB9XG4gICAqL1xuICB0ZWxlbWV0cnk/OiBUZWxlbWV0cnlPcHRpb25zO1xuICAvKipcbiAgICogV2hlcmUgdG8gcGVyc2lzdCB0aGUgbGFzdCBrbm93biBnb29kIHJlY29yZHMsIHVzZWQgb24gYSBjb2xkIHN0YXJ0IHdoZW4gdGhlIHN0b3JlIGNhbm5vdCBiZVxuICAgKiByZWFjaGVkOiBhbnkgYHsgcmVhZCwgd3JpdGUgfWAgKGUuZy4gYG1lbW9yeVNuYXBzaG90KClgKTsgdGhlIE5vZGUgZW50cnkgYWxzbyB0YWtlcyBgeyBwYXRoIH1gLlxuICAgKiBAZGVmYXVsdCB1bmRlZmluZWQgKG5vIHNuYXBzaG90KVxuICAgKi9cbiAgc25hcHNob3Q/OiBTbmFwc2hvdEFkYXB0ZXI7XG4gIC8qKlxuICAgKiBUaGUgY2xvY2sgdGhhdCBhZ2VzIGNhY2hlIGVudHJpZXMgYW5kIHRpbWVzIGV2ZW50cy5cbiAgICogQGRlZmF1bHQgeyBub3c6IERhdGUubm93IH0gKGV2ZW50IGR1cmF0aW9ucyB1c2UgYHBlcmZvcm1hbmNlLm5vdygpYCB3aGVuIG5vIGNsb2NrIGlzIGdpdmVuKVxuICAgKi9cbiAgY2xvY2s/OiBDbG9jaztcbiAgLyoqXG4gICAqIFRpbWVycyBmb3IgdGhlIGJhdGNoZWQgc25hcHNob3Qgd3JpdGVzLlxuICAgKiBAZGVmYXVsdCBnbG9iYWxUaGlzLnNldFRpbWVvdXQgLyBjbGVhclRpbWVvdXRcbiAgICovXG4gIHRpbWVycz86IFRpbWVycztcbn1cblxuLyoqIE9wdGlvbnMgYWZ0ZXIgdmFsaWRhdGlvbiBhbmQgZGVmYXVsdHMuIEludGVybmFsLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXNvbHZlZENsaWVudE9wdGlvbnMge1xuICBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIHBpbnM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+O1xuICBkZWZhdWx0U2VsZWN0b3I6IHN0cmluZztcbiAgbG9ja2ZpbGU6IExvY2tmaWxlIHwgdW5kZWZpbmVkO1xuICBjYWNoZTogUmVxdWlyZWQ8Q2FjaGVPcHRpb25zPiB8IGZhbHNlO1xuICBzdHJpY3Q6IGJvb2xlYW47XG4gIGhvb2tzOiBDbGllbnRIb29rcztcbiAgaW5jbHVkZUlucHV0czogYm9vbGVhbjtcbiAgc25hcHNob3Q6IFNuYXBzaG90QWRhcHRlciB8IHVuZGVmaW5lZDtcbiAgY2xvY2s6IENsb2NrIHwgdW5kZWZpbmVkO1xuICB0aW1lcnM6IFRpbWVycztcbn1cblxuLyoqIERlZmF1bHQgY2FjaGUgc2V0dGluZ3MuICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9DQUNIRTogUmVhZG9ubHk8UmVxdWlyZWQ8Q2FjaGVPcHRpb25zPj4gPSBPYmplY3QuZnJlZXplKHtcbiAgbWF4OiAxMDAwLFxuICB0dGxNczogNjBfMDAwLFxuICBtYXhTdGFsZU1zOiA4Nl80MDBfMDAwLFxufSk7XG5cbmNvbnN0IGZuID0gKGZpeDogc3RyaW5nKSA9PlxuICB6LmN1c3RvbTwoLi4uYXJnczogbmV2ZXJbXSkgPT4gdW5rbm93bj4oKHYpID0+IHR5cGVvZiB2ID09PSAnZnVuY3Rpb24nLCB7IGVycm9yOiBgbXVzdCBiZSBhIGZ1bmN0aW9uOyAke2ZpeH1gIH0pO1xuXG5jb25zdCB2YWxpZFNlbGVjdG9yID0gei5zdHJpbmcoKS5jaGVjayhcbiAgei5yZWZpbmUoKHMpID0+IHMubGVuZ3RoID4gMCAmJiBzZWxlY3RvcktpbmQocykgIT09IHVuZGVmaW5lZCwge1xuICAgIGVycm9yOlxuICAgICAgJ2lzIG5vdCBhIHNlbGVjdG9yOyB1c2UgYW4gZXhhY3QgdmVyc2lvbiAoXCIxLjIuM1wiKSwgYSBzZW12ZXIgcmFuZ2UgKFwiXjEuMlwiKSwgYSBsYWJlbCAoXCJwcm9kdWN0aW9uXCIpIG9yIFwibGF0ZXN0XCInLFxuICB9KSxcbik7XG5cbmNvbnN0IG1zU2NoZW1hID0gei5udW1iZXIoKS5jaGVjayh6LmludCgpLCB6Lm5vbm5lZ2F0aXZlKCkpO1xuXG5jb25zdCBvcHRpb25zU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICBzdG9yZTogei5jdXN0b208UHJvbXB0U3RvcmU+KFxuICAgICh2KSA9PlxuICAgICAgdHlwZW9mIHYgPT09ICdvYmplY3QnICYmXG4gICAgICB2ICE9PSBudWxsICYmXG4gICAgICB0eXBlb2YgKHYgYXMgUHJvbXB0U3RvcmUpLm5hbWUgPT09ICdzdHJpbmcnICYmXG4gICAgICB0eXBlb2YgKHYgYXMgUHJvbXB0U3RvcmUpLmxpc3RWZXJzaW9ucyA9PT0gJ2Z1bmN0aW9uJyAmJlxuICAgICAgdHlwZW9mICh2IGFzIFByb21wdFN0b3JlKS5nZXRWZXJzaW9uID09PSAnZnVuY3Rpb24nLFxuICAgIHtcbiAgICAgIGVycm9yOlxuICAgICAgICAnbXVzdCBiZSBhIHByb21wdCBzdG9yZSAoeyBuYW1lLCBsaXN0VmVyc2lvbnMoKSwgZ2V0VmVyc2lvbigpIH0pOyBwYXNzIG1lbW9yeVN0b3JlKFsuLi5dKSwgaHR0cFN0b3JlKHsgdXJsIH0pLCAnICtcbiAgICAgICAgXCJmaWxlU3RvcmUoeyBkaXIgfSkgZnJvbSAncHJvbXB0b3BzL2ZzJywgb3IgeW91ciBvd24gYWRhcHRlclwiLFxuICAgIH0sXG4gICksXG4gIHBpbnM6IHoub3B0aW9uYWwoXG4gICAgei5yZWNvcmQoXG4gICAgICB6LnN0cmluZygpLmNoZWNrKFxuICAgICAgICB6LnJlZmluZSgobmFtZSkgPT4gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpID09PSB1bmRlZmluZWQsIHtcbiAgICAgICAgICBlcnJvcjogJ2hhcyBhIGtleSB0aGF0IGlzIG5vdCBhIHByb21wdCBuYW1lOyBrZXlzIGFyZSBuYW1lcyBzdWNoIGFzIFwic3VwcG9ydC9ncmVldGluZ1wiJyxcbiAgICAgICAgfSksXG4gICAgICApLFxuICAgICAgdmFsaWRTZWxlY3RvcixcbiAgICApLFxuICApLFxuICBkZWZhdWx0U2VsZWN0b3I6IHoub3B0aW9uYWwodmFsaWRTZWxlY3RvciksXG4gIGxvY2tmaWxlOiB6Lm9wdGlvbmFsKHoudW5rbm93bigpKSxcbiAgY2FjaGU6IHoub3B0aW9uYWwoXG4gICAgei51bmlvbihbXG4gICAgICB6LmxpdGVyYWwoZmFsc2UpLFxuICAgICAgei5zdHJpY3RPYmplY3Qoe1xuICAgICAgICBtYXg6IHoub3B0aW9uYWwoei5udW1iZXIoKS5jaGVjayh6LmludCgpLCB6LnBvc2l0aXZlKCkpKSxcbiAgICAgICAgdHRsTXM6IHoub3B0aW9uYWwobXNTY2hlbWEpLFxuICAgICAgICBtYXhTdGFsZU1zOiB6Lm9wdGlvbmFsKG1zU2NoZW1hKSxcbiAgICAgIH0pLFxuICAgIF0pLFxuICApLFxuICBzdHJpY3Q6IHoub3B0aW9uYWwoei5ib29sZWFuKCkpLFxuICBob29rczogei5vcHRpb25hbChcbiAgICB6LnN0cmljdE9iamVjdCh7XG4gICAgICBvbkV2ZW50OiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uRmV0Y2g6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25SZW5kZXI6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25SZWZyZXNoOiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uRXJyb3I6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGV2ZW50KSA9PiB7IFx1MjAyNiB9JykpLFxuICAgICAgb25Bc3NpZ25tZW50OiB6Lm9wdGlvbmFsKGZuKCdwYXNzIChldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICAgIG9uT3V0Y29tZTogei5vcHRpb25hbChmbigncGFzcyAoZXZlbnQpID0+IHsgXHUyMDI2IH0nKSksXG4gICAgICBvbkxpc3RlbmVyRXJyb3I6IHoub3B0aW9uYWwoZm4oJ3Bhc3MgKGVycm9yLCBldmVudCkgPT4geyBcdTIwMjYgfScpKSxcbiAgICB9KSxcbiAgKSxcbiAgdGVsZW1ldHJ5OiB6Lm9wdGlvbmFsKHouc3RyaWN0T2JqZWN0KHsgaW5jbHVkZUlucHV0czogei5vcHRpb25hbCh6LmJvb2xlYW4oKSkgfSkpLFxuICBzbmFwc2hvdDogei5vcHRpb25hbChcbiAgICB6Lm9iamVjdCh7XG4gICAgICByZWFkOiBmbignYSBzbmFwc2hvdCBpcyB7IHJlYWQoKSwgd3JpdGUoZGF0YSkgfSwgZS5nLiBtZW1vcnlTbmFwc2hvdCgpJyksXG4gICAgICB3cml0ZTogZm4oJ2Egc25hcHNob3QgaXMgeyByZWFkKCksIHdyaXRlKGRhdGEpIH0sIGUuZy4gbWVtb3J5U25hcHNob3QoKScpLFxuICAgICAgd3JpdGVEZWxheU1zOiB6Lm9wdGlvbmFsKG1zU2NoZW1hKSxcbiAgICB9KSxcbiAgKSxcbiAgY2xvY2s6IHoub3B0aW9uYWwoei5vYmplY3QoeyBub3c6IGZuKCdwYXNzIHsgbm93OiAoKSA9PiBtaWxsaXNlY29uZHMgfScpIH0pKSxcbiAgdGltZXJzOiB6Lm9wdGlvbmFsKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIHNldFRpbWVvdXQ6IGZuKCdwYXNzIHsgc2V0VGltZW91dChjYWxsYmFjaywgbXMpLCBjbGVhclRpbWVvdXQoaGFuZGxlKSB9JyksXG4gICAgICBjbGVhclRpbWVvdXQ6IGZuKCdwYXNzIHsgc2V0VGltZW91dChjYWxsYmFjaywgbXMpLCBjbGVhclRpbWVvdXQoaGFuZGxlKSB9JyksXG4gICAgfSksXG4gICksXG59KTtcblxuY29uc3QgS05PV05fS0VZUzogUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgc3RyaW5nW10+ID0ge1xuICAnJzogT2JqZWN0LmtleXMob3B0aW9uc1NjaGVtYS5kZWYuc2hhcGUpLFxuICBjYWNoZTogWydtYXgnLCAndHRsTXMnLCAnbWF4U3RhbGVNcyddLFxuICBob29rczogWydvbkV2ZW50JywgJ29uRmV0Y2gnLCAnb25SZW5kZXInLCAnb25SZWZyZXNoJywgJ29uRXJyb3InLCAnb25Bc3NpZ25tZW50JywgJ29uT3V0Y29tZScsICdvbkxpc3RlbmVyRXJyb3InXSxcbiAgdGVsZW1ldHJ5OiBbJ2luY2x1ZGVJbnB1dHMnXSxcbn07XG5cbmNvbnN0IEhJTlRTOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge1xuICBjYWNoZTogJ3Bhc3MgZmFsc2UsIG9yIHsgbWF4LCB0dGxNcywgbWF4U3RhbGVNcyB9JyxcbiAgJ2NhY2hlLm1heCc6ICdhIHBvc2l0aXZlIGludGVnZXIgY291bnQgb2YgcHJvbXB0IHZlcnNpb25zJyxcbiAgJ2NhY2hlLnR0bE1zJzogJ2Egd2hvbGUgbnVtYmVyIG9mIG1pbGxpc2Vjb25kcywgZS5nLiA2MF8wMDAnLFxuICAnY2FjaGUubWF4U3RhbGVNcyc6ICdhIHdob2xlIG51bWJlciBvZiBtaWxsaXNlY29uZHMsIGUuZy4gODZfNDAwXzAwMCcsXG4gICdzbmFwc2hvdC53cml0ZURlbGF5TXMnOiAnYSB3aG9sZSBudW1iZXIgb2YgbWlsbGlzZWNvbmRzJyxcbiAgc3RyaWN0OiAncGFzcyB0cnVlIG9yIGZhbHNlJyxcbiAgcGluczogXCJwYXNzIHsgJ3N1cHBvcnQvZ3JlZXRpbmcnOiAnXjEuMi4wJyB9XCIsXG4gICd0ZWxlbWV0cnkuaW5jbHVkZUlucHV0cyc6ICdwYXNzIHRydWUgb3IgZmFsc2UnLFxufTtcblxuLyoqXG4gKiBWYWxpZGF0ZSBjbGllbnQgb3B0aW9ucyBhbmQgYXBwbHkgZGVmYXVsdHMuXG4gKiBAdGhyb3dzIGBDb25maWdFcnJvcmAgbmFtaW5nIHRoZSBvcHRpb24sIGUuZy4gYGNhY2hlLnR0bE1zOiBtdXN0IGJlIGF0IGxlYXN0IDA6IFx1MjAyNmAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlQ2xpZW50T3B0aW9ucyhvcHRpb25zOiBQcm9tcHRDbGllbnRPcHRpb25zKTogUmVzb2x2ZWRDbGllbnRPcHRpb25zIHtcbiAgaWYgKHR5cGVvZiBvcHRpb25zICE9PSAnb2JqZWN0JyB8fCBvcHRpb25zID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkob3B0aW9ucykpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ2NyZWF0ZVByb21wdENsaWVudCBuZWVkcyBhbiBvcHRpb25zIG9iamVjdCBzdWNoIGFzIHsgc3RvcmU6IG1lbW9yeVN0b3JlKFsuLi5dKSB9Jywge1xuICAgICAgb3B0aW9uOiAnKG9wdGlvbnMpJyxcbiAgICB9KTtcbiAgfVxuICBpZiAodHlwZW9mIG9wdGlvbnMubG9ja2ZpbGUgPT09ICdzdHJpbmcnKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgXCJpcyBhIHBhdGgsIHdoaWNoIG9ubHkgdGhlIE5vZGUgZW50cnkgcmVhZHMgKGltcG9ydCBmcm9tICdwcm9tcHRvcHMnIHVuZGVyIE5vZGUpOyBlbHNld2hlcmUgcGFzcyB0aGUgcGFyc2VkIFwiICtcbiAgICAgICAgJ2xvY2tmaWxlIG9iamVjdCAocGFyc2VMb2NrZmlsZShKU09OLnBhcnNlKHRleHQpKSknLFxuICAgICAgeyBvcHRpb246ICdsb2NrZmlsZScgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHNuYXBzaG90OiB1bmtub3duID0gb3B0aW9ucy5zbmFwc2hvdDtcbiAgaWYgKHR5cGVvZiBzbmFwc2hvdCA9PT0gJ29iamVjdCcgJiYgc25hcHNob3QgIT09IG51bGwgJiYgJ3BhdGgnIGluIHNuYXBzaG90ICYmICEoJ3JlYWQnIGluIHNuYXBzaG90KSkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihcbiAgICAgIFwieyBwYXRoIH0gaXMgYSBmaWxlIHNuYXBzaG90LCB3aGljaCBvbmx5IHRoZSBOb2RlIGVudHJ5IHByb3ZpZGVzIChpbXBvcnQgZnJvbSAncHJvbXB0b3BzJyB1bmRlciBOb2RlKTsgXCIgK1xuICAgICAgICAnZWxzZXdoZXJlIHBhc3MgeyByZWFkKCksIHdyaXRlKGRhdGEpIH0sIGUuZy4gbWVtb3J5U25hcHNob3QoKScsXG4gICAgICB7IG9wdGlvbjogJ3NuYXBzaG90JyB9LFxuICAgICk7XG4gIH1cbiAgY29uc3QgcGFyc2VkID0gdmFsaWRhdGVPclRocm93KG9wdGlvbnNTY2hlbWEsIG9wdGlvbnMsIHsgaGludHM6IEhJTlRTLCBrbm93bktleXM6IEtOT1dOX0tFWVMgfSk7XG4gIGNvbnN0IGxvY2tmaWxlID0gcGFyc2VkLmxvY2tmaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXJzZUxvY2tmaWxlKHBhcnNlZC5sb2NrZmlsZSk7XG4gIHJldHVybiB7XG4gICAgc3RvcmU6IG9wdGlvbnMuc3RvcmUsXG4gICAgcGluczogb3B0aW9ucy5waW5zID8/IHt9LFxuICAgIGRlZmF1bHRTZWxlY3Rvcjogb3B0aW9ucy5kZWZhdWx0U2VsZWN0b3IgPz8gJ2xhdGVzdCcsXG4gICAgbG9ja2ZpbGUsXG4gICAgY2FjaGU6IG9wdGlvbnMuY2FjaGUgPT09IGZhbHNlID8gZmFsc2UgOiB7IC4uLkRFRkFVTFRfQ0FDSEUsIC4uLnN0cmlwVW5kZWZpbmVkKG9wdGlvbnMuY2FjaGUgPz8ge30pIH0sXG4gICAgc3RyaWN0OiBvcHRpb25zLnN0cmljdCA/PyB0cnVlLFxuICAgIGhvb2tzOiBvcHRpb25zLmhvb2tzID8/IHt9LFxuICAgIGluY2x1ZGVJbnB1dHM6IG9wdGlvbnMudGVsZW1ldHJ5Py5pbmNsdWRlSW5wdXRzID8/IGZhbHNlLFxuICAgIHNuYXBzaG90OiBvcHRpb25zLnNuYXBzaG90LFxuICAgIGNsb2NrOiBvcHRpb25zLmNsb2NrLFxuICAgIHRpbWVyczogb3B0aW9ucy50aW1lcnMgPz8ge1xuICAgICAgc2V0VGltZW91dDogKGNhbGxiYWNrLCBtcykgPT4gZ2xvYmFsVGhpcy5zZXRUaW1lb3V0KGNhbGxiYWNrLCBtcyksXG4gICAgICBjbGVhclRpbWVvdXQ6IChoYW5kbGUpID0+IGdsb2JhbFRoaXMuY2xlYXJUaW1lb3V0KGhhbmRsZSBhcyBSZXR1cm5UeXBlPHR5cGVvZiBzZXRUaW1lb3V0PiksXG4gICAgfSxcbiAgfTtcbn1cblxuZnVuY3Rpb24gc3RyaXBVbmRlZmluZWQ8VCBleHRlbmRzIG9iamVjdD4odmFsdWU6IFQpOiBQYXJ0aWFsPFQ+IHtcbiAgY29uc3Qgb3V0OiBQYXJ0aWFsPFQ+ID0ge307XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKHZhbHVlKSkgaWYgKHYgIT09IHVuZGVmaW5lZCkgKG91dCBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPilba10gPSB2O1xuICByZXR1cm4gb3V0O1xufVxuIiwgIi8qKlxuICogVGhlIHB1YmxpYyBgUHJvbXB0YCBvYmplY3QgYGdldFByb21wdGAgcmV0dXJuczogb25lIGNvbXBpbGVkIHByb21wdCB2ZXJzaW9uIHBsdXMgaG93IGl0IHdhc1xuICogc2VydmVkLCB3aXRoIGEgc3luYywgdmFsaWRhdGVkIGByZW5kZXJgLlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgdHlwZSB7IENvbXBpbGVkUHJvbXB0LCBSZW5kZXJPcHRpb25zIH0gZnJvbSAnLi4vZW5naW5lL3Byb21wdC5qcyc7XG5pbXBvcnQgdHlwZSB7IENoYXRNZXNzYWdlLCBQcm9tcHRNZXRhZGF0YSwgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdEVtaXR0ZXIgfSBmcm9tICcuLi90ZWxlbWV0cnkvZW1pdHRlci5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb21wdFNvdXJjZSwgUmVuZGVyRXZlbnQgfSBmcm9tICcuLi90ZWxlbWV0cnkvZXZlbnRzLmpzJztcbmltcG9ydCB0eXBlIHsgQ29tcGlsZWRFbnRyeSB9IGZyb20gJy4vY2FjaGUuanMnO1xuXG4vKiogVmFyaWFibGVzIG9mIGEgcHJvbXB0IHdob3NlIHR5cGUgaXMgbm90IGtub3duIChub3QgaW4ge0BsaW5rIFByb21wdFJlZ2lzdHJ5fSkuICovXG5leHBvcnQgdHlwZSBQcm9tcHRWYXJpYWJsZXMgPSBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcblxuLyoqXG4gKiBSZWdpc3RyeSBvZiBrbm93biBwcm9tcHRzOiBgcHJvbXB0b3BzIHR5cGVnZW5gIGF1Z21lbnRzIGl0IHNvIHRoYXQgYGdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpYFxuICogYXV0b2NvbXBsZXRlcyBuYW1lcyBhbmQgdHlwZXMgYHJlbmRlcigpYCdzIGFyZ3VtZW50LiBFYWNoIGVudHJ5IG1hcHMgYSBuYW1lIHRvIGl0cyB2YXJpYWJsZXMuXG4gKlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBkZWNsYXJlIG1vZHVsZSAncHJvbXB0b3BzJyB7XG4gKiAgIGludGVyZmFjZSBQcm9tcHRSZWdpc3RyeSB7XG4gKiAgICAgJ3N1cHBvcnQvZ3JlZXRpbmcnOiB7IGNvbXBhbnk6IHN0cmluZzsgY3VzdG9tZXI6IHN0cmluZzsgdG9uZT86ICdmb3JtYWwnIHwgJ2ZyaWVuZGx5JyB8IG51bGwgfTtcbiAqICAgfVxuICogfVxuICogYGBgXG4gKi9cbi8vIGJpb21lLWlnbm9yZSBsaW50L3N1c3BpY2lvdXMvbm9FbXB0eUludGVyZmFjZTogYXVnbWVudGVkIGJ5IGBwcm9tcHRvcHMgdHlwZWdlbmAgZGVjbGFyYXRpb25zLlxuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRSZWdpc3RyeSB7fVxuXG4vKiogTmFtZXMgcmVnaXN0ZXJlZCBpbiB7QGxpbmsgUHJvbXB0UmVnaXN0cnl9LiAqL1xuZXhwb3J0IHR5cGUgUmVnaXN0ZXJlZFByb21wdE5hbWUgPSBFeHRyYWN0PGtleW9mIFByb21wdFJlZ2lzdHJ5LCBzdHJpbmc+O1xuXG4vKiogQSBwcm9tcHQgc3BlYzogYSByZWdpc3RlcmVkIG5hbWUgKGF1dG9jb21wbGV0ZWQpLCBgbmFtZUBzZWxlY3RvcmAsIG9yIGFueSBzdHJpbmcuICovXG5leHBvcnQgdHlwZSBQcm9tcHRTcGVjU3RyaW5nID0gUmVnaXN0ZXJlZFByb21wdE5hbWUgfCBgJHtSZWdpc3RlcmVkUHJvbXB0TmFtZX1AJHtzdHJpbmd9YCB8IChzdHJpbmcgJiB7fSk7XG5cbi8qKiBUaGUgdmFyaWFibGVzIHR5cGUgb2YgYSBzcGVjOiB0aGUgcmVnaXN0cnkgZW50cnkgb2YgaXRzIG5hbWUsIGVsc2Uge0BsaW5rIFByb21wdFZhcmlhYmxlc30uICovXG5leHBvcnQgdHlwZSBWYXJpYWJsZXNPZjxTIGV4dGVuZHMgc3RyaW5nPiA9IChTIGV4dGVuZHMgYCR7aW5mZXIgTn1AJHtzdHJpbmd9YCA/IE4gOiBTKSBleHRlbmRzIGluZmVyIE5cbiAgPyBOIGV4dGVuZHMgUmVnaXN0ZXJlZFByb21wdE5hbWVcbiAgICA/IFByb21wdFJlZ2lzdHJ5W05dIGV4dGVuZHMgb2JqZWN0XG4gICAgICA/IFByb21wdFJlZ2lzdHJ5W05dXG4gICAgICA6IFByb21wdFZhcmlhYmxlc1xuICAgIDogUHJvbXB0VmFyaWFibGVzXG4gIDogUHJvbXB0VmFyaWFibGVzO1xuXG4vKiogTWVzc2FnZXMgcGFzc2VkIGZvciB0aGUgcGxhY2Vob2xkZXJzIG9mIGEgY2hhdCBwcm9tcHQsIGJ5IHBsYWNlaG9sZGVyIG5hbWUuICovXG5leHBvcnQgdHlwZSBQbGFjZWhvbGRlcnMgPSBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBDaGF0TWVzc2FnZVtdPjtcblxuLyoqIEFyZ3VtZW50cyBvZiBgcmVuZGVyYDogYHZhcnNgIGlzIG9wdGlvbmFsIHdoZW4gZXZlcnkgdmFyaWFibGUgaXMuICovXG5leHBvcnQgdHlwZSBSZW5kZXJBcmdzPFY+ID1cbiAgUGFydGlhbDxWPiBleHRlbmRzIFYgPyBbdmFycz86IFYsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zXSA6IFt2YXJzOiBWLCBvcHRpb25zPzogUmVuZGVyT3B0aW9uc107XG5cbi8qKiBBcmd1bWVudHMgb2YgYHJlbmRlck1lc3NhZ2VzYDogYHZhcnNgIGlzIG9wdGlvbmFsIHdoZW4gZXZlcnkgdmFyaWFibGUgaXMuICovXG5leHBvcnQgdHlwZSBSZW5kZXJNZXNzYWdlc0FyZ3M8Vj4gPVxuICBQYXJ0aWFsPFY+IGV4dGVuZHMgVlxuICAgID8gW3ZhcnM/OiBWLCBwbGFjZWhvbGRlcnM/OiBQbGFjZWhvbGRlcnMsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zXVxuICAgIDogW3ZhcnM6IFYsIHBsYWNlaG9sZGVycz86IFBsYWNlaG9sZGVycywgb3B0aW9ucz86IFJlbmRlck9wdGlvbnNdO1xuXG4vKipcbiAqIE9uZSB2ZXJzaW9uIG9mIGEgcHJvbXB0LCByZWFkeSB0byByZW5kZXIuIFJldHVybmVkIGJ5IGBnZXRQcm9tcHRgOyBjaGVhcCB0byBjcmVhdGUsIHNhZmUgdG8ga2VlcC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHAgPSBhd2FpdCBwcm9tcHRzLmdldFByb21wdCgnc3VwcG9ydC9ncmVldGluZycpO1xuICogcC52ZXJzaW9uOyAvLyAnMS4yLjMnXG4gKiBwLnNvdXJjZTsgIC8vICdzdG9yZScgfCAnY2FjaGUnIHwgJ3N0YWxlJyB8ICdzbmFwc2hvdCcgfCAnZmFsbGJhY2snXG4gKiBjb25zdCB0ZXh0ID0gcC5yZW5kZXIoeyBjb21wYW55OiAnQWNtZScsIGN1c3RvbWVyOiAnQWRhJyB9KTtcbiAqIGBgYFxuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdDxWIGV4dGVuZHMgb2JqZWN0ID0gUHJvbXB0VmFyaWFibGVzPiB7XG4gIC8qKiBUaGUgcHJvbXB0IG5hbWUsIGUuZy4gYCdzdXBwb3J0L2dyZWV0aW5nJ2AuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBleGFjdCB2ZXJzaW9uIHNlcnZlZCwgZS5nLiBgJzEuMi4zJ2AgKGAnMC4wLjAnYCBmb3IgYSB0ZW1wbGF0ZS1zdHJpbmcgZmFsbGJhY2spLiAqL1xuICByZWFkb25seSB2ZXJzaW9uOiBzdHJpbmc7XG4gIC8qKiBgJ3NoYTI1Ni08aGV4PidgIG9mIHRoZSBjb250ZW50LiAqL1xuICByZWFkb25seSBoYXNoOiBzdHJpbmc7XG4gIC8qKiBMYWJlbHMgdGhlIHZlcnNpb24gY2FycmllZCB3aGVuIGl0IHdhcyBsb2FkZWQuICovXG4gIHJlYWRvbmx5IGxhYmVsczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBgJ3RleHQnYCAodXNlIGByZW5kZXJgKSBvciBgJ2NoYXQnYCAodXNlIGByZW5kZXJNZXNzYWdlc2ApLiAqL1xuICByZWFkb25seSB0eXBlOiAndGV4dCcgfCAnY2hhdCc7XG4gIC8qKiBUaGUgbW9kZWwgY29uZmlndXJhdGlvbiBvZiB0aGUgcmVjb3JkLCBmcmVlLWZvcm0uICovXG4gIHJlYWRvbmx5IG1vZGVsOiB1bmtub3duO1xuICAvKiogRGVzY3JpcHRpb24sIG93bmVyLCB0YWdzXHUyMDI2IG9mIHRoZSByZWNvcmQuICovXG4gIHJlYWRvbmx5IG1ldGFkYXRhOiBQcm9tcHRNZXRhZGF0YSB8IHVuZGVmaW5lZDtcbiAgLyoqIFdoYXQgc2VydmVkIHRoaXMgY2FsbDogdGhlIHN0b3JlLCB0aGUgY2FjaGUsIGEgc3RhbGUgY2FjaGUgZW50cnksIHRoZSBzbmFwc2hvdCBvciB0aGUgZmFsbGJhY2suICovXG4gIHJlYWRvbmx5IHNvdXJjZTogUHJvbXB0U291cmNlO1xuICAvKiogSW5wdXQgdmFyaWFibGUgbmFtZXMgKGRlY2xhcmVkLCBvciBpbmZlcnJlZCBmcm9tIHRoZSB0ZW1wbGF0ZSkuICovXG4gIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIC8qKiBUaGUgZXhwZXJpbWVudCB2YXJpYW50LCB3aGVuIGFuIGV4cGVyaW1lbnQgcGlja2VkIHRoaXMgdmVyc2lvbi4gKi9cbiAgcmVhZG9ubHkgdmFyaWFudD86IHN0cmluZztcbiAgLyoqIFRoZSBzZWxlY3RvciB0aGF0IHdhcyByZXNvbHZlZCAoYWZ0ZXIgbG9ja2ZpbGUgYW5kIHBpbnMpLCBlLmcuIGAnXjEuMi4wJ2AuICovXG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBSZW5kZXIgYSB0ZXh0IHByb21wdDogZGVmYXVsdHMgKyBgdmFyc2AsIHZhbGlkYXRlZCBhZ2FpbnN0IHRoZSBpbnB1dCBzY2hlbWEgd2hlbiBzdHJpY3QgKG9uZVxuICAgKiBgUHJvbXB0SW5wdXRFcnJvcmAgbGlzdGluZyBldmVyeSBwcm9ibGVtKS4gU3luYzsgZW1pdHMgYSBgcmVuZGVyYCBldmVudC5cbiAgICovXG4gIHJlbmRlciguLi5hcmdzOiBSZW5kZXJBcmdzPFY+KTogc3RyaW5nO1xuICAvKiogUmVuZGVyIGEgY2hhdCBwcm9tcHQgdG8gYHsgcm9sZSwgY29udGVudCB9YCBtZXNzYWdlczsgcGxhY2Vob2xkZXJzIHRha2UgdGhlIG1lc3NhZ2VzIHBhc3NlZCBmb3IgdGhlbS4gKi9cbiAgcmVuZGVyTWVzc2FnZXMoLi4uYXJnczogUmVuZGVyTWVzc2FnZXNBcmdzPFY+KTogQ2hhdE1lc3NhZ2VbXTtcbiAgLyoqIFRoZSByZWNvcmQgKHdpdGggaXRzIGBoYXNoYCksIGZvciBgSlNPTi5zdHJpbmdpZnlgLiAqL1xuICB0b0pTT04oKTogUHJvbXB0UmVjb3JkO1xufVxuXG4vKiogV2hhdCBhIHtAbGluayBQcm9tcHRIYW5kbGV9IG5lZWRzIGZyb20gaXRzIGNsaWVudC4gSW50ZXJuYWwuICovXG5leHBvcnQgaW50ZXJmYWNlIFByb21wdENvbnRleHQge1xuICByZWFkb25seSBlbWl0dGVyOiBQcm9tcHRFbWl0dGVyO1xuICByZWFkb25seSBpbmNsdWRlSW5wdXRzOiBib29sZWFuO1xuICAvKiogTW9ub3RvbmljLWlzaCBtcywgZm9yIGR1cmF0aW9ucy4gKi9cbiAgcmVhZG9ubHkgZWxhcHNlZDogKCkgPT4gbnVtYmVyO1xufVxuXG4vKiogVGhlIHtAbGluayBQcm9tcHR9IGltcGxlbWVudGF0aW9uLiBJbnRlcm5hbDogYnVpbGQgaXQgd2l0aCBgbmV3IFByb21wdEhhbmRsZSguLi4pYCBpbiB0aGUgY2xpZW50LiAqL1xuZXhwb3J0IGNsYXNzIFByb21wdEhhbmRsZTxWIGV4dGVuZHMgb2JqZWN0ID0gUHJvbXB0VmFyaWFibGVzPiBpbXBsZW1lbnRzIFByb21wdDxWPiB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgdmVyc2lvbjogc3RyaW5nO1xuICByZWFkb25seSBoYXNoOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxhYmVsczogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IHR5cGU6ICd0ZXh0JyB8ICdjaGF0JztcbiAgcmVhZG9ubHkgbW9kZWw6IHVua25vd247XG4gIHJlYWRvbmx5IG1ldGFkYXRhOiBQcm9tcHRNZXRhZGF0YSB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgc291cmNlOiBQcm9tcHRTb3VyY2U7XG4gIHJlYWRvbmx5IHZhcmlhYmxlczogcmVhZG9ubHkgc3RyaW5nW107XG4gIHJlYWRvbmx5IHNlbGVjdG9yOiBzdHJpbmc7XG4gIHJlYWRvbmx5ICNlbnRyeTogQ29tcGlsZWRFbnRyeTtcbiAgcmVhZG9ubHkgI2NvbXBpbGVkOiBDb21waWxlZFByb21wdDtcbiAgcmVhZG9ubHkgI2VtaXR0ZXI6IFByb21wdEVtaXR0ZXI7XG4gIHJlYWRvbmx5ICNjdHg6IFByb21wdENvbnRleHQ7XG4gIHJlYWRvbmx5ICNvcHRpb25zOiBSZW5kZXJPcHRpb25zO1xuXG4gIGNvbnN0cnVjdG9yKGVudHJ5OiBDb21waWxlZEVudHJ5LCBzb3VyY2U6IFByb21wdFNvdXJjZSwgc2VsZWN0b3I6IHN0cmluZywgc3RyaWN0OiBib29sZWFuLCBjdHg6IFByb21wdENvbnRleHQpIHtcbiAgICBjb25zdCByZWNvcmQgPSBlbnRyeS5yZWNvcmQ7XG4gICAgdGhpcy5uYW1lID0gcmVjb3JkLm5hbWU7XG4gICAgdGhpcy52ZXJzaW9uID0gcmVjb3JkLnZlcnNpb247XG4gICAgdGhpcy5oYXNoID0gZW50cnkuaGFzaDtcbiAgICB0aGlzLmxhYmVscyA9IHJlY29yZC5sYWJlbHMgPz8gW107XG4gICAgdGhpcy50eXBlID0gcmVjb3JkLnR5cGU7XG4gICAgdGhpcy5tb2RlbCA9IHJlY29yZC5tb2RlbDtcbiAgICB0aGlzLm1ldGFkYXRhID0gcmVjb3JkLm1ldGFkYXRhO1xuICAgIHRoaXMuc291cmNlID0gc291cmNlO1xuICAgIHRoaXMudmFyaWFibGVzID0gZW50cnkuY29tcGlsZWQudmFyaWFibGVzO1xuICAgIHRoaXMuc2VsZWN0b3IgPSBzZWxlY3RvcjtcbiAgICB0aGlzLiNlbnRyeSA9IGVudHJ5O1xuICAgIHRoaXMuI2NvbXBpbGVkID0gZW50cnkuY29tcGlsZWQ7XG4gICAgdGhpcy4jZW1pdHRlciA9IGN0eC5lbWl0dGVyO1xuICAgIHRoaXMuI2N0eCA9IGN0eDtcbiAgICB0aGlzLiNvcHRpb25zID0geyBzdHJpY3QgfTtcbiAgfVxuXG4gIHJlbmRlcih2YXJzPzogViwgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMpOiBzdHJpbmc7XG4gIHJlbmRlcihpbnB1dD86IG9iamVjdCwgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMpOiBzdHJpbmcge1xuICAgIGNvbnN0IHZhcnMgPSBpbnB1dCBhcyBQcm9tcHRWYXJpYWJsZXMgfCB1bmRlZmluZWQ7XG4gICAgY29uc3QgcmVuZGVyT3B0aW9ucyA9IG9wdGlvbnM/LnN0cmljdCA9PT0gdW5kZWZpbmVkID8gdGhpcy4jb3B0aW9ucyA6IG9wdGlvbnM7XG4gICAgaWYgKCF0aGlzLiNlbWl0dGVyLmFjdGl2ZSkgcmV0dXJuIHRoaXMuI2NvbXBpbGVkLnJlbmRlcih2YXJzLCByZW5kZXJPcHRpb25zKTtcbiAgICByZXR1cm4gdGhpcy4jb2JzZXJ2ZShcbiAgICAgIHZhcnMsXG4gICAgICAoKSA9PiB0aGlzLiNjb21waWxlZC5yZW5kZXIodmFycywgcmVuZGVyT3B0aW9ucyksXG4gICAgICAodGV4dCkgPT4gdGV4dC5sZW5ndGgsXG4gICAgKTtcbiAgfVxuXG4gIHJlbmRlck1lc3NhZ2VzKHZhcnM/OiBWLCBwbGFjZWhvbGRlcnM/OiBQbGFjZWhvbGRlcnMsIG9wdGlvbnM/OiBSZW5kZXJPcHRpb25zKTogQ2hhdE1lc3NhZ2VbXTtcbiAgcmVuZGVyTWVzc2FnZXMoaW5wdXQ/OiBvYmplY3QsIHBsYWNlaG9sZGVycz86IFBsYWNlaG9sZGVycywgb3B0aW9ucz86IFJlbmRlck9wdGlvbnMpOiBDaGF0TWVzc2FnZVtdIHtcbiAgICBjb25zdCB2YXJzID0gaW5wdXQgYXMgUHJvbXB0VmFyaWFibGVzIHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IHJlbmRlck9wdGlvbnMgPSBvcHRpb25zPy5zdHJpY3QgPT09IHVuZGVmaW5lZCA/IHRoaXMuI29wdGlvbnMgOiBvcHRpb25zO1xuICAgIGlmICghdGhpcy4jZW1pdHRlci5hY3RpdmUpIHJldHVybiB0aGlzLiNjb21waWxlZC5yZW5kZXJNZXNzYWdlcyh2YXJzLCBwbGFjZWhvbGRlcnMsIHJlbmRlck9wdGlvbnMpO1xuICAgIHJldHVybiB0aGlzLiNvYnNlcnZlKFxuICAgICAgdmFycyxcbiAgICAgICgpID0+IHRoaXMuI2NvbXBpbGVkLnJlbmRlck1lc3NhZ2VzKHZhcnMsIHBsYWNlaG9sZGVycywgcmVuZGVyT3B0aW9ucyksXG4gICAgICAobWVzc2FnZXMpID0+IG1lc3NhZ2VzLnJlZHVjZSgoc3VtLCBtKSA9PiBzdW0gKyBtLmNvbnRlbnQubGVuZ3RoLCAwKSxcbiAgICApO1xuICB9XG5cbiAgdG9KU09OKCk6IFByb21wdFJlY29yZCB7XG4gICAgY29uc3QgcmVjb3JkID0gdGhpcy4jZW50cnkucmVjb3JkO1xuICAgIHJldHVybiByZWNvcmQuaGFzaCA9PT0gdGhpcy5oYXNoID8geyAuLi5yZWNvcmQgfSA6IHsgLi4ucmVjb3JkLCBoYXNoOiB0aGlzLmhhc2ggfTtcbiAgfVxuXG4gICNvYnNlcnZlPFQ+KHZhcnM6IFByb21wdFZhcmlhYmxlcyB8IHVuZGVmaW5lZCwgcnVuOiAoKSA9PiBULCBjaGFyczogKG91dDogVCkgPT4gbnVtYmVyKTogVCB7XG4gICAgY29uc3QgeyBlbWl0dGVyLCBlbGFwc2VkLCBpbmNsdWRlSW5wdXRzIH0gPSB0aGlzLiNjdHg7XG4gICAgY29uc3Qgc3RhcnRlZCA9IGVsYXBzZWQoKTtcbiAgICBsZXQgb3V0OiBUO1xuICAgIHRyeSB7XG4gICAgICBvdXQgPSBydW4oKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGVtaXR0ZXIud2FudHMoJ2Vycm9yJykpIHtcbiAgICAgICAgZW1pdHRlci5lbWl0KHsgdHlwZTogJ2Vycm9yJywgbmFtZTogdGhpcy5uYW1lLCBzZWxlY3RvcjogdGhpcy5zZWxlY3RvciwgZXJyb3I6IGFzRXJyb3IoZXJyb3IpIH0pO1xuICAgICAgfVxuICAgICAgdGhyb3cgZXJyb3I7XG4gICAgfVxuICAgIGlmIChlbWl0dGVyLndhbnRzKCdyZW5kZXInKSkge1xuICAgICAgY29uc3QgZXZlbnQ6IFJlbmRlckV2ZW50ID0ge1xuICAgICAgICB0eXBlOiAncmVuZGVyJyxcbiAgICAgICAgbmFtZTogdGhpcy5uYW1lLFxuICAgICAgICB2ZXJzaW9uOiB0aGlzLnZlcnNpb24sXG4gICAgICAgIGhhc2g6IHRoaXMuaGFzaCxcbiAgICAgICAgZHVyYXRpb25NczogZWxhcHNlZCgpIC0gc3RhcnRlZCxcbiAgICAgICAgY2hhcnM6IGNoYXJzKG91dCksXG4gICAgICAgIGlucHV0S2V5czogdmFycyA9PT0gdW5kZWZpbmVkIHx8IHZhcnMgPT09IG51bGwgPyBbXSA6IE9iamVjdC5rZXlzKHZhcnMpLFxuICAgICAgfTtcbiAgICAgIGlmIChpbmNsdWRlSW5wdXRzICYmIHZhcnMgIT09IHVuZGVmaW5lZCkgZXZlbnQuaW5wdXRzID0geyAuLi52YXJzIH07XG4gICAgICBlbWl0dGVyLmVtaXQoZXZlbnQpO1xuICAgIH1cbiAgICByZXR1cm4gb3V0O1xuICB9XG59XG5cbi8qKiBgZXJyb3JgIGFzIGFuIGBFcnJvcmAgKHdyYXBwaW5nIGFueXRoaW5nIGVsc2UgdGhyb3duKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhc0Vycm9yKGVycm9yOiB1bmtub3duKTogRXJyb3Ige1xuICByZXR1cm4gZXJyb3IgaW5zdGFuY2VvZiBFcnJvciA/IGVycm9yIDogbmV3IEVycm9yKFN0cmluZyhlcnJvcikpO1xufVxuIiwgIi8qKlxuICogU25hcHNob3RzOiB0aGUgbGFzdCBrbm93biBnb29kIHJlY29yZHMsIHBlcnNpc3RlZCBzbyB0aGF0IGEgY29sZCBzdGFydCBjYW4gc2VydmUgcHJvbXB0cyB3aGlsZVxuICogdGhlIHN0b3JlIGNhbm5vdCBiZSByZWFjaGVkLiBBbnkgYHsgcmVhZCwgd3JpdGUgfWAgcGFpciBpcyBhIHNuYXBzaG90IGFkYXB0ZXI7IGBwcm9tcHRvcHNgIHNoaXBzXG4gKiB7QGxpbmsgbWVtb3J5U25hcHNob3R9LCBhbmQgdGhlIE5vZGUgZW50cnkgYSBmaWxlIHNuYXBzaG90IChgc25hcHNob3Q6IHsgcGF0aCB9YCkuXG4gKlxuICogV3JpdGVzIGFyZSBiYXRjaGVkOiBsb2FkcyBmcm9tIHRoZSBzdG9yZSBhcmUgbm90ZWQsIGFuZCBvbmUgd3JpdGUgaGFwcGVucyBgd3JpdGVEZWxheU1zYCBhZnRlclxuICogdGhlIGZpcnN0IHVuc2F2ZWQgbm90ZSAob3IgYXQgYGNsb3NlKClgKS4gRWFjaCB3cml0ZSBtZXJnZXMgd2l0aCB3aGF0IHRoZSBhZGFwdGVyIGhlbGQgYmVmb3JlLCBzb1xuICogZW50cmllcyBvZiBlYXJsaWVyIHJ1bnMgc3Vydml2ZTsgYSByZWNvcmQgbm8gc2VsZWN0b3IgcG9pbnRzIGF0IGFueSBtb3JlIGlzIGRyb3BwZWQuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCAqIGFzIHogZnJvbSAnem9kL21pbmknO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IGlzRXhhY3RTZWxlY3RvciwgcmVzb2x2ZVNlbGVjdG9yIH0gZnJvbSAnLi4vZW5naW5lL3NlbGVjdG9yLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyc2lvbkluZm8gfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgb3duVmFsdWUgfSBmcm9tICcuL2xvY2tmaWxlLmpzJztcbmltcG9ydCB7IHZhbGlkYXRlT3JUaHJvdyB9IGZyb20gJy4vdmFsaWRhdGUuanMnO1xuXG4vKiogV2hhdCBhIHNuYXBzaG90IGhvbGRzLiBQbGFpbiBKU09OLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTbmFwc2hvdERhdGEge1xuICAvKiogRm9ybWF0IHZlcnNpb247IGFsd2F5cyBgMWAuICovXG4gIHNuYXBzaG90VmVyc2lvbjogMTtcbiAgLyoqIElTTyB0aW1lIG9mIHRoZSBsYXN0IHdyaXRlLiAqL1xuICBzYXZlZEF0OiBzdHJpbmc7XG4gIC8qKiBgbmFtZUBzZWxlY3RvcmAgXHUyMTkyIHRoZSB2ZXJzaW9uIChhbmQgaGFzaCkgaXQgcmVzb2x2ZWQgdG8gd2hlbiBsYXN0IGxvYWRlZCBmcm9tIHRoZSBzdG9yZS4gKi9cbiAgc2VsZWN0b3JzOiBSZWNvcmQ8c3RyaW5nLCB7IHZlcnNpb246IHN0cmluZzsgaGFzaDogc3RyaW5nIH0+O1xuICAvKiogYG5hbWVAdmVyc2lvbmAgXHUyMTkyIHRoZSByZWNvcmQgKHdpdGggaXRzIGBoYXNoYCkuICovXG4gIHJlY29yZHM6IFJlY29yZDxzdHJpbmcsIFByb21wdFJlY29yZD47XG59XG5cbi8qKlxuICogV2hlcmUgc25hcHNob3RzIGxpdmUuIGByZWFkYCByZXNvbHZlcyB0byBgdW5kZWZpbmVkYCB3aGVuIHRoZXJlIGlzIG5vbmUgeWV0OyBhIHJlamVjdGlvbiBpc1xuICogcmVwb3J0ZWQgYXMgYW4gYGVycm9yYCBldmVudCBhbmQgdGhlIHNuYXBzaG90IGlzIHRoZW4gdHJlYXRlZCBhcyBlbXB0eS5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHNuYXBzaG90OiBTbmFwc2hvdEFkYXB0ZXIgPSB7XG4gKiAgIHJlYWQ6IGFzeW5jICgpID0+IEpTT04ucGFyc2UoKGF3YWl0IGt2LmdldCgncHJvbXB0b3BzLXNuYXBzaG90JykpID8/ICdudWxsJykgPz8gdW5kZWZpbmVkLFxuICogICB3cml0ZTogKGRhdGEpID0+IGt2LnB1dCgncHJvbXB0b3BzLXNuYXBzaG90JywgSlNPTi5zdHJpbmdpZnkoZGF0YSkpLFxuICogfTtcbiAqIGBgYFxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNuYXBzaG90QWRhcHRlciB7XG4gIC8qKiBMb2FkIHRoZSBzYXZlZCBzbmFwc2hvdCwgb3IgYHVuZGVmaW5lZGAgd2hlbiB0aGVyZSBpcyBub25lLiAqL1xuICByZWFkKCk6IFByb21pc2U8U25hcHNob3REYXRhIHwgdW5kZWZpbmVkPjtcbiAgLyoqIFJlcGxhY2UgdGhlIHNhdmVkIHNuYXBzaG90LiAqL1xuICB3cml0ZShkYXRhOiBTbmFwc2hvdERhdGEpOiBQcm9taXNlPHZvaWQ+O1xuICAvKipcbiAgICogRGVsYXkgYmV0d2VlbiB0aGUgZmlyc3QgdW5zYXZlZCBsb2FkIGFuZCB0aGUgd3JpdGUgdGhhdCBzYXZlcyBpdCAobGF0ZXIgbG9hZHMgd2l0aGluIHRoZSBkZWxheVxuICAgKiBqb2luIHRoZSBzYW1lIHdyaXRlKS5cbiAgICogQGRlZmF1bHQgMTAwMFxuICAgKi9cbiAgd3JpdGVEZWxheU1zPzogbnVtYmVyO1xufVxuXG5jb25zdCBzbmFwc2hvdFNjaGVtYSA9IHoub2JqZWN0KHtcbiAgc25hcHNob3RWZXJzaW9uOiB6LmxpdGVyYWwoMSwgeyBlcnJvcjogJ211c3QgYmUgMScgfSksXG4gIHNhdmVkQXQ6IHouc3RyaW5nKCksXG4gIHNlbGVjdG9yczogei5yZWNvcmQoei5zdHJpbmcoKSwgei5vYmplY3QoeyB2ZXJzaW9uOiB6LnN0cmluZygpLCBoYXNoOiB6LnN0cmluZygpIH0pKSxcbiAgcmVjb3Jkczogei5yZWNvcmQoXG4gICAgei5zdHJpbmcoKSxcbiAgICB6LmN1c3RvbTxQcm9tcHRSZWNvcmQ+KCh2KSA9PiB0eXBlb2YgdiA9PT0gJ29iamVjdCcgJiYgdiAhPT0gbnVsbCAmJiAhQXJyYXkuaXNBcnJheSh2KSksXG4gICksXG59KTtcblxuLyoqXG4gKiBWYWxpZGF0ZSBwYXJzZWQgSlNPTiBhcyB7QGxpbmsgU25hcHNob3REYXRhfSAocmVjb3JkcyB0aGVtc2VsdmVzIGFyZSBjaGVja2VkIHdoZW4gdXNlZCkuXG4gKiBAdGhyb3dzIGBDb25maWdFcnJvcmAgbmFtaW5nIGB3aGVyZWAgYW5kIHRoZSBmaWVsZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlU25hcHNob3QodmFsdWU6IHVua25vd24sIHdoZXJlPzogc3RyaW5nKTogU25hcHNob3REYXRhIHtcbiAgcmV0dXJuIHZhbGlkYXRlT3JUaHJvdyhzbmFwc2hvdFNjaGVtYSwgdmFsdWUsIHtcbiAgICByb290OiB3aGVyZSA9PT0gdW5kZWZpbmVkID8gJ3NuYXBzaG90JyA6ICcnLFxuICAgIC4uLih3aGVyZSA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGZpbGU6IHdoZXJlIH0pLFxuICAgIGhpbnRzOiB7ICcnOiAnZGVsZXRlIHRoZSBzbmFwc2hvdCBmaWxlOyBpdCBpcyByZXdyaXR0ZW4gYWZ0ZXIgdGhlIG5leHQgc3VjY2Vzc2Z1bCBsb2FkJyB9LFxuICB9KSBhcyBTbmFwc2hvdERhdGE7XG59XG5cbi8qKiBBIHNuYXBzaG90IGFkYXB0ZXIga2VwdCBpbiBtZW1vcnkgKHRlc3RzLCBvciB0byBoYW5kIGEgc25hcHNob3QgYmV0d2VlbiBjbGllbnRzKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWVtb3J5U25hcHNob3QgZXh0ZW5kcyBTbmFwc2hvdEFkYXB0ZXIge1xuICAvKiogVGhlIGxhc3QgZGF0YSB3cml0dGVuIChvciBnaXZlbiksIGlmIGFueS4gKi9cbiAgZGF0YTogU25hcHNob3REYXRhIHwgdW5kZWZpbmVkO1xuICAvKiogSG93IG1hbnkgdGltZXMgYHdyaXRlYCB3YXMgY2FsbGVkLiAqL1xuICB3cml0ZXM6IG51bWJlcjtcbn1cblxuLyoqXG4gKiBBIHtAbGluayBTbmFwc2hvdEFkYXB0ZXJ9IGhlbGQgaW4gbWVtb3J5LlxuICogQGV4YW1wbGVcbiAqIGBgYHRzXG4gKiBjb25zdCBzbmFwc2hvdCA9IG1lbW9yeVNuYXBzaG90KCk7XG4gKiBjb25zdCBjbGllbnQgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZSwgc25hcHNob3QgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lbW9yeVNuYXBzaG90KGluaXRpYWw/OiBTbmFwc2hvdERhdGEsIG9wdGlvbnM6IHsgd3JpdGVEZWxheU1zPzogbnVtYmVyIH0gPSB7fSk6IE1lbW9yeVNuYXBzaG90IHtcbiAgY29uc3Qgc25hcDogTWVtb3J5U25hcHNob3QgPSB7XG4gICAgZGF0YTogaW5pdGlhbCxcbiAgICB3cml0ZXM6IDAsXG4gICAgYXN5bmMgcmVhZCgpIHtcbiAgICAgIHJldHVybiBzbmFwLmRhdGEgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHN0cnVjdHVyZWRDbG9uZShzbmFwLmRhdGEpO1xuICAgIH0sXG4gICAgYXN5bmMgd3JpdGUoZGF0YSkge1xuICAgICAgc25hcC53cml0ZXMrKztcbiAgICAgIHNuYXAuZGF0YSA9IHN0cnVjdHVyZWRDbG9uZShkYXRhKTtcbiAgICB9LFxuICB9O1xuICBpZiAob3B0aW9ucy53cml0ZURlbGF5TXMgIT09IHVuZGVmaW5lZCkgc25hcC53cml0ZURlbGF5TXMgPSBvcHRpb25zLndyaXRlRGVsYXlNcztcbiAgcmV0dXJuIHNuYXA7XG59XG5cbi8qKiBUaW1lciBmdW5jdGlvbnMsIGluamVjdGFibGUgZm9yIHRlc3RzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTbmFwc2hvdFRpbWVycyB7XG4gIHNldFRpbWVvdXQoY2FsbGJhY2s6ICgpID0+IHZvaWQsIG1zOiBudW1iZXIpOiB1bmtub3duO1xuICBjbGVhclRpbWVvdXQoaGFuZGxlOiB1bmtub3duKTogdm9pZDtcbn1cblxuLyoqIFJlc3VsdCBvZiB7QGxpbmsgU25hcHNob3RLZWVwZXIubG9va3VwfS4gKi9cbmV4cG9ydCB0eXBlIFNuYXBzaG90TG9va3VwID0geyBmb3VuZDogdHJ1ZTsgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7IGhhc2g6IHN0cmluZyB9IHwgeyBmb3VuZDogZmFsc2U7IHJlYXNvbjogc3RyaW5nIH07XG5cbi8qKiBCYXRjaGVzIHNuYXBzaG90IHdyaXRlcyBhbmQgYW5zd2VycyBsb29rdXBzLiBJbnRlcm5hbCB0byB0aGUgY2xpZW50LiAqL1xuZXhwb3J0IGNsYXNzIFNuYXBzaG90S2VlcGVyIHtcbiAgcmVhZG9ubHkgI2FkYXB0ZXI6IFNuYXBzaG90QWRhcHRlcjtcbiAgcmVhZG9ubHkgI3RpbWVyczogU25hcHNob3RUaW1lcnM7XG4gIHJlYWRvbmx5ICNkZWxheU1zOiBudW1iZXI7XG4gIHJlYWRvbmx5ICNvbkVycm9yOiAoZXJyb3I6IHVua25vd24pID0+IHZvaWQ7XG4gICNzYXZlZDogUHJvbWlzZTxTbmFwc2hvdERhdGEgfCB1bmRlZmluZWQ+IHwgdW5kZWZpbmVkO1xuICAjcmVhZEVycm9yOiB1bmtub3duO1xuICAjcGVuZGluZ1NlbGVjdG9ycyA9IG5ldyBNYXA8c3RyaW5nLCB7IHZlcnNpb246IHN0cmluZzsgaGFzaDogc3RyaW5nIH0+KCk7XG4gICNwZW5kaW5nUmVjb3JkcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+KCk7XG4gICN0aW1lcjogdW5rbm93bjtcbiAgI3dyaXRpbmc6IFByb21pc2U8dm9pZD4gPSBQcm9taXNlLnJlc29sdmUoKTtcblxuICBjb25zdHJ1Y3RvcihhZGFwdGVyOiBTbmFwc2hvdEFkYXB0ZXIsIHRpbWVyczogU25hcHNob3RUaW1lcnMsIG9uRXJyb3I6IChlcnJvcjogdW5rbm93bikgPT4gdm9pZCkge1xuICAgIHRoaXMuI2FkYXB0ZXIgPSBhZGFwdGVyO1xuICAgIHRoaXMuI3RpbWVycyA9IHRpbWVycztcbiAgICB0aGlzLiNkZWxheU1zID0gYWRhcHRlci53cml0ZURlbGF5TXMgPz8gMTAwMDtcbiAgICB0aGlzLiNvbkVycm9yID0gb25FcnJvcjtcbiAgfVxuXG4gIC8qKiBSZW1lbWJlciB0aGF0IGBuYW1lQHNlbGVjdG9yYCByZXNvbHZlZCB0byBgcmVjb3JkYCAobG9hZGVkIGZyb20gdGhlIHN0b3JlKSwgYW5kIHNjaGVkdWxlIGEgd3JpdGUuICovXG4gIG5vdGUobmFtZTogc3RyaW5nLCBzZWxlY3Rvcjogc3RyaW5nLCByZWNvcmQ6IFByb21wdFJlY29yZCwgaGFzaDogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3QgcmVjb3JkS2V5ID0gYCR7bmFtZX1AJHtyZWNvcmQudmVyc2lvbn1gO1xuICAgIGNvbnN0IHByZXZpb3VzID0gdGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5nZXQoYCR7bmFtZX1AJHtzZWxlY3Rvcn1gKTtcbiAgICBpZiAocHJldmlvdXM/LnZlcnNpb24gPT09IHJlY29yZC52ZXJzaW9uICYmIHByZXZpb3VzLmhhc2ggPT09IGhhc2ggJiYgdGhpcy4jcGVuZGluZ1JlY29yZHMuaGFzKHJlY29yZEtleSkpIHJldHVybjtcbiAgICB0aGlzLiNwZW5kaW5nU2VsZWN0b3JzLnNldChgJHtuYW1lfUAke3NlbGVjdG9yfWAsIHsgdmVyc2lvbjogcmVjb3JkLnZlcnNpb24sIGhhc2ggfSk7XG4gICAgdGhpcy4jcGVuZGluZ1JlY29yZHMuc2V0KHJlY29yZEtleSwgcmVjb3JkLmhhc2ggPT09IGhhc2ggPyByZWNvcmQgOiB7IC4uLnJlY29yZCwgaGFzaCB9KTtcbiAgICBpZiAodGhpcy4jdGltZXIgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhpcy4jdGltZXIgPSB0aGlzLiN0aW1lcnMuc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICAgIHRoaXMuI3RpbWVyID0gdW5kZWZpbmVkO1xuICAgICAgICB2b2lkIHRoaXMuZmx1c2goKTtcbiAgICAgIH0sIHRoaXMuI2RlbGF5TXMpO1xuICAgICAgdW5yZWYodGhpcy4jdGltZXIpO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBGaW5kIHdoYXQgdGhlIHNuYXBzaG90IGhvbGRzIGZvciBgbmFtZUBzZWxlY3RvcmAgKG5vdGVzIG5vdCB5ZXQgd3JpdHRlbiBpbmNsdWRlZCkuICovXG4gIGFzeW5jIGxvb2t1cChuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcpOiBQcm9taXNlPFNuYXBzaG90TG9va3VwPiB7XG4gICAgY29uc3QgcGVuZGluZyA9IHRoaXMuI2ZpbmQodGhpcy4jcGVuZGluZ1NlbGVjdG9ycywgdGhpcy4jcGVuZGluZ1JlY29yZHMsIG5hbWUsIHNlbGVjdG9yKTtcbiAgICBpZiAocGVuZGluZyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcGVuZGluZztcbiAgICBjb25zdCBzYXZlZCA9IGF3YWl0IHRoaXMuI2xvYWQoKTtcbiAgICBpZiAoc2F2ZWQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgZm91bmQ6IGZhbHNlLFxuICAgICAgICByZWFzb246XG4gICAgICAgICAgdGhpcy4jcmVhZEVycm9yID09PSB1bmRlZmluZWRcbiAgICAgICAgICAgID8gJ3RoZSBzbmFwc2hvdCBpcyBlbXB0eSdcbiAgICAgICAgICAgIDogYHRoZSBzbmFwc2hvdCBjb3VsZCBub3QgYmUgcmVhZCAoJHtlcnJvclRleHQodGhpcy4jcmVhZEVycm9yKX0pYCxcbiAgICAgIH07XG4gICAgfVxuICAgIGNvbnN0IGZvdW5kID0gdGhpcy4jZmluZChcbiAgICAgIG5ldyBNYXAoT2JqZWN0LmVudHJpZXMoc2F2ZWQuc2VsZWN0b3JzKSksXG4gICAgICBuZXcgTWFwKE9iamVjdC5lbnRyaWVzKHNhdmVkLnJlY29yZHMpKSxcbiAgICAgIG5hbWUsXG4gICAgICBzZWxlY3RvcixcbiAgICApO1xuICAgIHJldHVybiBmb3VuZCA/PyB7IGZvdW5kOiBmYWxzZSwgcmVhc29uOiBgdGhlIHNuYXBzaG90IGhhcyBubyBlbnRyeSBmb3IgXCIke25hbWV9QCR7c2VsZWN0b3J9XCJgIH07XG4gIH1cblxuICAvKiogV3JpdGUgdGhlIHBlbmRpbmcgbm90ZXMgbm93IChtZXJnZWQgd2l0aCB0aGUgc2F2ZWQgc25hcHNob3QpLiBOZXZlciByZWplY3RzLiAqL1xuICBmbHVzaCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAodGhpcy4jdGltZXIgIT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhpcy4jdGltZXJzLmNsZWFyVGltZW91dCh0aGlzLiN0aW1lcik7XG4gICAgICB0aGlzLiN0aW1lciA9IHVuZGVmaW5lZDtcbiAgICB9XG4gICAgdGhpcy4jd3JpdGluZyA9IHRoaXMuI3dyaXRpbmcudGhlbigoKSA9PiB0aGlzLiN3cml0ZSgpKTtcbiAgICByZXR1cm4gdGhpcy4jd3JpdGluZztcbiAgfVxuXG4gIGFzeW5jICN3cml0ZSgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBpZiAodGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5zaXplID09PSAwKSByZXR1cm47XG4gICAgY29uc3Qgc2VsZWN0b3JzID0gdGhpcy4jcGVuZGluZ1NlbGVjdG9ycztcbiAgICBjb25zdCByZWNvcmRzID0gdGhpcy4jcGVuZGluZ1JlY29yZHM7XG4gICAgdGhpcy4jcGVuZGluZ1NlbGVjdG9ycyA9IG5ldyBNYXAoKTtcbiAgICB0aGlzLiNwZW5kaW5nUmVjb3JkcyA9IG5ldyBNYXAoKTtcbiAgICBjb25zdCBzYXZlZCA9IGF3YWl0IHRoaXMuI2xvYWQoKTtcbiAgICBjb25zdCBtZXJnZWQ6IFNuYXBzaG90RGF0YSA9IHtcbiAgICAgIHNuYXBzaG90VmVyc2lvbjogMSxcbiAgICAgIHNhdmVkQXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgIHNlbGVjdG9yczogeyAuLi5zYXZlZD8uc2VsZWN0b3JzLCAuLi5PYmplY3QuZnJvbUVudHJpZXMoc2VsZWN0b3JzKSB9LFxuICAgICAgcmVjb3Jkczoge30sXG4gICAgfTtcbiAgICBmb3IgKGNvbnN0IFtrZXksIHsgdmVyc2lvbiB9XSBvZiBPYmplY3QuZW50cmllcyhtZXJnZWQuc2VsZWN0b3JzKSkge1xuICAgICAgY29uc3QgcmVjb3JkS2V5ID0gYCR7a2V5LnNsaWNlKDAsIGtleS5pbmRleE9mKCdAJykpfUAke3ZlcnNpb259YDtcbiAgICAgIGNvbnN0IHJlY29yZCA9IHJlY29yZHMuZ2V0KHJlY29yZEtleSkgPz8gKHNhdmVkID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBvd25WYWx1ZShzYXZlZC5yZWNvcmRzLCByZWNvcmRLZXkpKTtcbiAgICAgIGlmIChyZWNvcmQgPT09IHVuZGVmaW5lZCkgZGVsZXRlIG1lcmdlZC5zZWxlY3RvcnNba2V5XTtcbiAgICAgIGVsc2UgbWVyZ2VkLnJlY29yZHNbcmVjb3JkS2V5XSA9IHJlY29yZDtcbiAgICB9XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHRoaXMuI2FkYXB0ZXIud3JpdGUobWVyZ2VkKTtcbiAgICAgIHRoaXMuI3NhdmVkID0gUHJvbWlzZS5yZXNvbHZlKG1lcmdlZCk7XG4gICAgICB0aGlzLiNyZWFkRXJyb3IgPSB1bmRlZmluZWQ7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIC8vIEtlZXAgdGhlIG5vdGVzIGZvciB0aGUgbmV4dCB3cml0ZS5cbiAgICAgIGZvciAoY29uc3QgW2ssIHZdIG9mIHNlbGVjdG9ycykgaWYgKCF0aGlzLiNwZW5kaW5nU2VsZWN0b3JzLmhhcyhrKSkgdGhpcy4jcGVuZGluZ1NlbGVjdG9ycy5zZXQoaywgdik7XG4gICAgICBmb3IgKGNvbnN0IFtrLCB2XSBvZiByZWNvcmRzKSBpZiAoIXRoaXMuI3BlbmRpbmdSZWNvcmRzLmhhcyhrKSkgdGhpcy4jcGVuZGluZ1JlY29yZHMuc2V0KGssIHYpO1xuICAgICAgdGhpcy4jb25FcnJvcihlcnJvcik7XG4gICAgfVxuICB9XG5cbiAgI2xvYWQoKTogUHJvbWlzZTxTbmFwc2hvdERhdGEgfCB1bmRlZmluZWQ+IHtcbiAgICBpZiAodGhpcy4jc2F2ZWQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhpcy4jc2F2ZWQgPSAoYXN5bmMgKCkgPT4ge1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGNvbnN0IGRhdGEgPSBhd2FpdCB0aGlzLiNhZGFwdGVyLnJlYWQoKTtcbiAgICAgICAgICByZXR1cm4gZGF0YSA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogcGFyc2VTbmFwc2hvdChkYXRhKTtcbiAgICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgICB0aGlzLiNyZWFkRXJyb3IgPSBlcnJvcjtcbiAgICAgICAgICB0aGlzLiNvbkVycm9yKGVycm9yKTtcbiAgICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgICB9XG4gICAgICB9KSgpO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy4jc2F2ZWQ7XG4gIH1cblxuICAjZmluZChcbiAgICBzZWxlY3RvcnM6IFJlYWRvbmx5TWFwPHN0cmluZywgeyB2ZXJzaW9uOiBzdHJpbmc7IGhhc2g6IHN0cmluZyB9PixcbiAgICByZWNvcmRzOiBSZWFkb25seU1hcDxzdHJpbmcsIFByb21wdFJlY29yZD4sXG4gICAgbmFtZTogc3RyaW5nLFxuICAgIHNlbGVjdG9yOiBzdHJpbmcsXG4gICk6IFNuYXBzaG90TG9va3VwIHwgdW5kZWZpbmVkIHtcbiAgICBsZXQgdmVyc2lvbiA9IHNlbGVjdG9ycy5nZXQoYCR7bmFtZX1AJHtzZWxlY3Rvcn1gKT8udmVyc2lvbjtcbiAgICBpZiAodmVyc2lvbiA9PT0gdW5kZWZpbmVkICYmICFpc0V4YWN0U2VsZWN0b3Ioc2VsZWN0b3IpKSB7XG4gICAgICBjb25zdCB2ZXJzaW9uczogQXJyYXk8VmVyc2lvbkluZm8gJiB7IHJlY29yZDogUHJvbXB0UmVjb3JkIH0+ID0gW107XG4gICAgICBmb3IgKGNvbnN0IFtrZXksIHJlY29yZF0gb2YgcmVjb3Jkcykge1xuICAgICAgICBpZiAoa2V5LnN0YXJ0c1dpdGgoYCR7bmFtZX1AYCkgJiYga2V5LmluZGV4T2YoJ0AnKSA9PT0gbmFtZS5sZW5ndGgpIHtcbiAgICAgICAgICB2ZXJzaW9ucy5wdXNoKHsgdmVyc2lvbjogcmVjb3JkLnZlcnNpb24sIGxhYmVsczogcmVjb3JkLmxhYmVscyA/PyBbXSwgcmVjb3JkIH0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICB2ZXJzaW9uID0gcmVzb2x2ZVNlbGVjdG9yKHZlcnNpb25zLCBzZWxlY3Rvcik/LnZlcnNpb247XG4gICAgfVxuICAgIGNvbnN0IHJlY29yZCA9IHJlY29yZHMuZ2V0KGAke25hbWV9QCR7dmVyc2lvbiA/PyBzZWxlY3Rvcn1gKTtcbiAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuIHsgZm91bmQ6IHRydWUsIHJlY29yZCwgaGFzaDogcmVjb3JkLmhhc2ggPz8gJycgfTtcbiAgfVxufVxuXG5mdW5jdGlvbiB1bnJlZihoYW5kbGU6IHVua25vd24pOiB2b2lkIHtcbiAgY29uc3QgbWF5YmUgPSBoYW5kbGUgYXMgeyB1bnJlZj86ICgpID0+IHZvaWQgfSB8IG51bGw7XG4gIGlmICh0eXBlb2YgbWF5YmUgPT09ICdvYmplY3QnICYmIG1heWJlICE9PSBudWxsICYmIHR5cGVvZiBtYXliZS51bnJlZiA9PT0gJ2Z1bmN0aW9uJykgbWF5YmUudW5yZWYoKTtcbn1cblxuZnVuY3Rpb24gZXJyb3JUZXh0KGVycm9yOiB1bmtub3duKTogc3RyaW5nIHtcbiAgcmV0dXJuIGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBgJHtlcnJvci5uYW1lfTogJHtlcnJvci5tZXNzYWdlfWAgOiBTdHJpbmcoZXJyb3IpO1xufVxuIiwgIi8qKlxuICogQSBjaGVhcCBcIm5vd1wiIGZvciB0aGUgY2FjaGUncyBob3QgcGF0aC4gUmVhZGluZyB0aGUgc3lzdGVtIGNsb2NrIGNvc3RzIH4xMDAgbnMgb24gc29tZSBob3N0cyxcbiAqIG1vcmUgdGhhbiB0aGUgcmVzdCBvZiBhIGNhY2hlIGhpdCwgc28gdGhlIHRpbWUgcmVhZCBpcyByZXVzZWQgZm9yIHVwIHRvIGByZXNvbHV0aW9uTXNgIChhIHRpbWVyXG4gKiBjbGVhcnMgaXQpIGFuZCBmb3IgYXQgbW9zdCBgbWF4UmV1c2VzYCBjYWxscyAod2hpY2ggYm91bmRzIHRoZSBkcmlmdCB3aGlsZSBhIGxvbmcgY2hhaW4gb2ZcbiAqIG1pY3JvdGFza3Mga2VlcHMgdGltZXJzIGZyb20gZmlyaW5nKS4gVGhlIHNhbWUgaWRlYSBhcyBscnUtY2FjaGUncyBgdHRsUmVzb2x1dGlvbmAuXG4gKiBAbW9kdWxlXG4gKi9cblxuLyoqXG4gKiBNYWtlIGEgY2xvY2sgZnVuY3Rpb24gcmVhZGluZyBgcmVhZCgpYCBhdCBtb3N0IG9uY2UgcGVyIGByZXNvbHV0aW9uTXNgIGFuZCBgbWF4UmV1c2VzYCBjYWxscy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IG5vdyA9IGNvYXJzZUNsb2NrKERhdGUubm93KTtcbiAqIG5vdygpOyAvLyBEYXRlLm5vdygpLCB0aGVuIHRoZSBzYW1lIHZhbHVlIGZvciB1cCB0byAxIG1zIG9yIDEsMDAwIGNhbGxzXG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvYXJzZUNsb2NrKHJlYWQ6ICgpID0+IG51bWJlciwgcmVzb2x1dGlvbk1zID0gMSwgbWF4UmV1c2VzID0gMV8wMDApOiAoKSA9PiBudW1iZXIge1xuICBsZXQgY2FjaGVkID0gMDtcbiAgbGV0IHJldXNlcyA9IDA7XG4gIGNvbnN0IGNsZWFyID0gKCk6IHZvaWQgPT4ge1xuICAgIGNhY2hlZCA9IDA7XG4gIH07XG4gIHJldHVybiAoKSA9PiB7XG4gICAgaWYgKGNhY2hlZCAhPT0gMCAmJiByZXVzZXMtLSA+IDApIHJldHVybiBjYWNoZWQ7XG4gICAgY2FjaGVkID0gcmVhZCgpO1xuICAgIHJldXNlcyA9IG1heFJldXNlcztcbiAgICBjb25zdCBoYW5kbGUgPSBzZXRUaW1lb3V0KGNsZWFyLCByZXNvbHV0aW9uTXMpIGFzIHVua25vd24gYXMgeyB1bnJlZj86ICgpID0+IHZvaWQgfTtcbiAgICBpZiAodHlwZW9mIGhhbmRsZSA9PT0gJ29iamVjdCcgJiYgaGFuZGxlICE9PSBudWxsICYmIHR5cGVvZiBoYW5kbGUudW5yZWYgPT09ICdmdW5jdGlvbicpIGhhbmRsZS51bnJlZigpO1xuICAgIHJldHVybiBjYWNoZWQ7XG4gIH07XG59XG4iLCAiLyoqXG4gKiBgY3JlYXRlUHJvbXB0Q2xpZW50YDogcmVzb2x2ZXMgc3BlY3MgKGxvY2tmaWxlIFx1MjE5MiBwaW5zIFx1MjE5MiBkZWZhdWx0IHNlbGVjdG9yKSwgbG9hZHMgcmVjb3JkcyB0aHJvdWdoXG4gKiB0aGUgdHdvIGNhY2hlIHRpZXJzLCBjaGVja3MgaW50ZWdyaXR5LCBwcmVsb2FkcyBwYXJ0aWFscywgY29tcGlsZXMsIGFuZCByZXBvcnRzIHdoYXQgaXQgZGlkLlxuICogU2VlIERFU0lHTi5tZCBzZWN0aW9ucyA1LCA2IGFuZCA4LlxuICogQG1vZHVsZVxuICovXG5pbXBvcnQgeyBjb21waWxlUHJvbXB0LCBwYXJ0aWFsTmFtZXNPZiB9IGZyb20gJy4uL2VuZ2luZS9wcm9tcHQuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRSZWNvcmQgfSBmcm9tICcuLi9lbmdpbmUvcmVjb3JkLmpzJztcbmltcG9ydCB7IHBhcnNlUmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC1zY2hlbWEuanMnO1xuaW1wb3J0IHsgcGFyc2VTcGVjLCBzZWxlY3RvcktpbmQgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IsIFByb21wdEZvcm1hdEVycm9yLCBQcm9tcHROb3RGb3VuZEVycm9yLCBTdG9yZUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUgfSBmcm9tICcuLi9zdG9yZXMvdHlwZXMuanMnO1xuaW1wb3J0IHsgUHJvbXB0RW1pdHRlciB9IGZyb20gJy4uL3RlbGVtZXRyeS9lbWl0dGVyLmpzJztcbmltcG9ydCB0eXBlIHsgQ2FjaGVSZXN1bHQsIFByb21wdEV2ZW50TGlzdGVuZXIsIFByb21wdEV2ZW50VHlwZSwgUHJvbXB0U291cmNlIH0gZnJvbSAnLi4vdGVsZW1ldHJ5L2V2ZW50cy5qcyc7XG5pbXBvcnQgeyB0eXBlIENvbXBpbGVkRW50cnksIGNhY2hlS2V5LCB0eXBlIEZsaWdodCwgUHJvbXB0Q2FjaGUsIHR5cGUgUmVzb2x1dGlvbiB9IGZyb20gJy4vY2FjaGUuanMnO1xuaW1wb3J0IHsgZmFsbGJhY2tSZWNvcmQsIHR5cGUgUHJvbXB0RmFsbGJhY2sgfSBmcm9tICcuL2ZhbGxiYWNrLmpzJztcbmltcG9ydCB7IGNoZWNrSW50ZWdyaXR5LCBmZXRjaFJlY29yZCwgaXNOb3RGb3VuZCB9IGZyb20gJy4vbG9hZGVyLmpzJztcbmltcG9ydCB7IGxvY2tlZEhhc2gsIG93blZhbHVlIH0gZnJvbSAnLi9sb2NrZmlsZS5qcyc7XG5pbXBvcnQgeyB0eXBlIFByb21wdENsaWVudE9wdGlvbnMsIHR5cGUgUmVzb2x2ZWRDbGllbnRPcHRpb25zLCByZXNvbHZlQ2xpZW50T3B0aW9ucyB9IGZyb20gJy4vb3B0aW9ucy5qcyc7XG5pbXBvcnQge1xuICBhc0Vycm9yLFxuICB0eXBlIFByb21wdCxcbiAgdHlwZSBQcm9tcHRDb250ZXh0LFxuICBQcm9tcHRIYW5kbGUsXG4gIHR5cGUgUHJvbXB0U3BlY1N0cmluZyxcbiAgdHlwZSBWYXJpYWJsZXNPZixcbn0gZnJvbSAnLi9wcm9tcHQuanMnO1xuaW1wb3J0IHsgU25hcHNob3RLZWVwZXIgfSBmcm9tICcuL3NuYXBzaG90LmpzJztcbmltcG9ydCB7IGNvYXJzZUNsb2NrIH0gZnJvbSAnLi9jbG9jay5qcyc7XG5cbi8qKiBPcHRpb25zIG9mIG9uZSBgZ2V0UHJvbXB0YCBjYWxsLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHZXRQcm9tcHRPcHRpb25zIHtcbiAgLyoqXG4gICAqIFVzZWQgb25seSB3aGVuIG5vdGhpbmcgZWxzZSBjYW4gYmUgaGFkICh0aGUgc3RvcmUgaXMgdW5yZWFjaGFibGUgb3IgZG9lcyBub3Qga25vdyB0aGUgbmFtZSwgYW5kXG4gICAqIHRoZXJlIGlzIG5vIHN0YWxlIGNvcHkgYW5kIG5vIHNuYXBzaG90IGVudHJ5KTogYSB0ZW1wbGF0ZSBzdHJpbmcgKGEgdGV4dCBwcm9tcHQgb2YgdmVyc2lvblxuICAgKiBgJzAuMC4wJ2ApIG9yIGEgcmVjb3JkIG9mIHRoZSBzYW1lIG5hbWUuIFRoZSBwcm9tcHQgdGhlbiBzYXlzIGBzb3VyY2U6ICdmYWxsYmFjaydgLiBOZXZlciB1c2VkXG4gICAqIGZvciBhbiBgSW50ZWdyaXR5RXJyb3JgIG9yIGEgbWFsZm9ybWVkIHJlY29yZC5cbiAgICogQGRlZmF1bHQgdW5kZWZpbmVkXG4gICAqL1xuICBmYWxsYmFjaz86IFByb21wdEZhbGxiYWNrO1xuICAvKipcbiAgICogT3ZlcnJpZGVzIHRoZSBjbGllbnQncyBgc3RyaWN0YCBmb3IgdGhpcyBwcm9tcHQgKGNvbXBpbGF0aW9uIGFuZCBldmVyeSByZW5kZXIpLlxuICAgKiBAZGVmYXVsdCB0aGUgY2xpZW50J3MgYHN0cmljdGBcbiAgICovXG4gIHN0cmljdD86IGJvb2xlYW47XG59XG5cbi8qKiBPbmUgc3BlYyB0aGF0IGBwcmVmZXRjaGAgY291bGQgbm90IGxvYWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFByZWZldGNoRmFpbHVyZSB7XG4gIHNwZWM6IHN0cmluZztcbiAgZXJyb3I6IEVycm9yO1xufVxuXG4vKiogV2hhdCBgcHJlZmV0Y2hgIGRpZC4gSXQgbmV2ZXIgcmVqZWN0czogZmFpbHVyZXMgYXJlIGxpc3RlZCAoYW5kIGVtaXR0ZWQgYXMgYGVycm9yYCBldmVudHMpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcmVmZXRjaFJlcG9ydCB7XG4gIC8qKiBTcGVjcyBsb2FkZWQgKG9yIGFscmVhZHkgY2FjaGVkKSwgd2l0aCB0aGUgdmVyc2lvbiBlYWNoIHJlc29sdmVkIHRvIGFuZCB3aGF0IHNlcnZlZCBpdC4gKi9cbiAgbG9hZGVkOiBBcnJheTx7IHNwZWM6IHN0cmluZzsgbmFtZTogc3RyaW5nOyB2ZXJzaW9uOiBzdHJpbmc7IHNvdXJjZTogUHJvbXB0U291cmNlIH0+O1xuICAvKiogU3BlY3MgdGhhdCBmYWlsZWQuICovXG4gIGZhaWxlZDogUHJlZmV0Y2hGYWlsdXJlW107XG59XG5cbi8qKiBUaGUgcHJvbXB0IGNsaWVudC4gU2VlIHtAbGluayBjcmVhdGVQcm9tcHRDbGllbnR9LiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm9tcHRDbGllbnQge1xuICAvKiogVGhlIHN0b3JlIHByb21wdHMgY29tZSBmcm9tLiAqL1xuICByZWFkb25seSBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIC8qKlxuICAgKiBMb2FkIGEgcHJvbXB0OiBgJ25hbWUnYCAobG9ja2ZpbGUgXHUyMTkyIHBpbnMgXHUyMTkyIGBkZWZhdWx0U2VsZWN0b3JgKSBvciBgJ25hbWVAc2VsZWN0b3InYCAoZXhhY3RcbiAgICogdmVyc2lvbiwgc2VtdmVyIHJhbmdlLCBsYWJlbCBvciBgbGF0ZXN0YCkuXG4gICAqXG4gICAqIE9yZGVyIG9uIGEgbWlzczogY2FjaGUgXHUyMTkyIGluLWZsaWdodCBsb2FkIFx1MjE5MiBzdG9yZSBcdTIxOTIgc3RhbGUgY29weSBcdTIxOTIgc25hcHNob3QgXHUyMTkyIGZhbGxiYWNrIFx1MjE5MiB0aHJvdy5cbiAgICogQHRocm93cyBgUHJvbXB0Tm90Rm91bmRFcnJvcmAgKHdpdGggY2xvc2UgbmFtZXMpLCBgVmVyc2lvbk5vdEZvdW5kRXJyb3JgICh3aXRoIHZlcnNpb25zIGFuZFxuICAgKiAgIGxhYmVscyksIGBJbnRlZ3JpdHlFcnJvcmAsIGBQcm9tcHRGb3JtYXRFcnJvcmAsIGBDb25maWdFcnJvcmAgKGJhZCBzcGVjKSwgb3IgYSBgU3RvcmVFcnJvcmBcbiAgICogICBzYXlpbmcgd2hhdCB3YXMgdHJpZWQuXG4gICAqL1xuICBnZXRQcm9tcHQ8UyBleHRlbmRzIFByb21wdFNwZWNTdHJpbmc+KHNwZWM6IFMsIG9wdGlvbnM/OiBHZXRQcm9tcHRPcHRpb25zKTogUHJvbWlzZTxQcm9tcHQ8VmFyaWFibGVzT2Y8Uz4+PjtcbiAgLyoqXG4gICAqIFdhcm0gdGhlIGNhY2hlIGluIG9uZSBiYXRjaCAoYWxsIHNwZWNzIGxvYWQgY29uY3VycmVudGx5KS4gV2l0aG91dCBzcGVjczogZXZlcnkgbG9ja2VkIGFuZFxuICAgKiBwaW5uZWQgbmFtZSwgb3IsIHdoZW4gdGhlcmUgYXJlIG5vbmUsIGV2ZXJ5IG5hbWUgb2YgYHN0b3JlLmxpc3QoKWAuXG4gICAqL1xuICBwcmVmZXRjaChzcGVjcz86IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbWlzZTxQcmVmZXRjaFJlcG9ydD47XG4gIC8qKlxuICAgKiBEcm9wIGV2ZXJ5dGhpbmcgY2FjaGVkIGZvciBleGFjdGx5IGBuYW1lYCAoZXZlcnkgc2VsZWN0b3IgYW5kIHZlcnNpb247IGAnYSdgIG5ldmVyIGRyb3BzXG4gICAqIGAnYWInYCBvciBgJ2EvYidgKSBhbmQgdGhlIGNvbXBpbGVkIHByb21wdHMgdGhhdCBpbmNsdWRlIGl0IGFzIGEgcGFydGlhbC4gV2l0aG91dCBhIG5hbWUsIGRyb3BcbiAgICogZXZlcnl0aGluZy5cbiAgICovXG4gIGludmFsaWRhdGUobmFtZT86IHN0cmluZyk6IHZvaWQ7XG4gIC8qKiBMaXN0ZW4gdG8gb25lIGV2ZW50IHR5cGUuIFJldHVybnMgYSBmdW5jdGlvbiB0aGF0IHVuc3Vic2NyaWJlcy4gKi9cbiAgb248VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4odHlwZTogVCwgbGlzdGVuZXI6IFByb21wdEV2ZW50TGlzdGVuZXI8VD4pOiAoKSA9PiB2b2lkO1xuICAvKipcbiAgICogU3RvcCB3YXRjaGluZyB0aGUgc3RvcmUsIHdyaXRlIHBlbmRpbmcgc25hcHNob3QgZGF0YSwgYW5kIHJlZnVzZSBmdXJ0aGVyIGBnZXRQcm9tcHRgIGNhbGxzLlxuICAgKiBQcm9tcHRzIGFscmVhZHkgcmV0dXJuZWQga2VlcCByZW5kZXJpbmcuIERvZXMgbm90IGNsb3NlIHRoZSBzdG9yZSAoaXQgaXMgeW91cnMpLlxuICAgKi9cbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuLyoqIEEgc3BlYyBhZnRlciBwYXJzaW5nIGFuZCBiYXJlLW5hbWUgcmVzb2x1dGlvbi4gKi9cbmludGVyZmFjZSBSZXF1ZXN0IHtcbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICByZWFkb25seSBzZWxlY3Rvcjogc3RyaW5nO1xuICByZWFkb25seSBrZXk6IHN0cmluZztcbiAgcmVhZG9ubHkgZXhhY3Q6IGJvb2xlYW47XG59XG5cbmludGVyZmFjZSBTZXJ2ZWQge1xuICBlbnRyeTogQ29tcGlsZWRFbnRyeTtcbiAgY2FjaGU6IENhY2hlUmVzdWx0O1xuICBzb3VyY2U6IFByb21wdFNvdXJjZTtcbn1cblxudHlwZSBMb2FkZWQgPSB7IHJlc29sdXRpb246IFJlc29sdXRpb247IHNvdXJjZTogJ3N0b3JlJyB8ICdzdGFsZScgfCAnc25hcHNob3QnIH07XG5cbi8qKiBNb3N0IGRpc3RpbmN0IHBhcnRpYWxzIG9uZSBwcm9tcHQgbWF5IGluY2x1ZGUgKHRyYW5zaXRpdmVseSkuICovXG5leHBvcnQgY29uc3QgTUFYX1BBUlRJQUxTID0gMTAwO1xuLyoqIExvbmdlc3Qgd2FpdCBiZXR3ZWVuIGZhaWxlZCBiYWNrZ3JvdW5kIHJlZnJlc2hlcyBvZiBvbmUgc2VsZWN0b3IsIGluIG1zIChjYXBwZWQgYnkgYHR0bE1zYCkuICovXG5leHBvcnQgY29uc3QgUkVGUkVTSF9SRVRSWV9NUyA9IDVfMDAwO1xuY29uc3QgU1BFQ19NRU1PX1NJWkUgPSAxXzAwMDtcbmNvbnN0IEZBTExCQUNLX01FTU9fU0laRSA9IDEwMDtcbmNvbnN0IFNOQVBTSE9UX0VWRU5UX05BTUUgPSAnKHNuYXBzaG90KSc7XG5cbi8qKlxuICogQ3JlYXRlIGEgcHJvbXB0IGNsaWVudC5cbiAqXG4gKiBAdGhyb3dzIGBDb25maWdFcnJvcmAgbmFtaW5nIHRoZSBvcHRpb24gYXQgZmF1bHQsIGUuZy4gYG9wdGlvbiBcImNhY2hlLnR0bE1zXCI6IG11c3QgYmUgYXQgbGVhc3QgMGAuXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHByb21wdHMgPSBjcmVhdGVQcm9tcHRDbGllbnQoeyBzdG9yZTogbWVtb3J5U3RvcmUoW2dyZWV0aW5nXSkgfSk7XG4gKiBjb25zdCBwID0gYXdhaXQgcHJvbXB0cy5nZXRQcm9tcHQoJ3N1cHBvcnQvZ3JlZXRpbmcnKTtcbiAqIHAucmVuZGVyKHsgY29tcGFueTogJ0FjbWUnLCBjdXN0b21lcjogJ0FkYScgfSk7XG4gKiBgYGBcbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZVByb21wdENsaWVudChvcHRpb25zOiBQcm9tcHRDbGllbnRPcHRpb25zKTogUHJvbXB0Q2xpZW50IHtcbiAgcmV0dXJuIG5ldyBDbGllbnQocmVzb2x2ZUNsaWVudE9wdGlvbnMob3B0aW9ucykpO1xufVxuXG5jbGFzcyBDbGllbnQgaW1wbGVtZW50cyBQcm9tcHRDbGllbnQge1xuICByZWFkb25seSBzdG9yZTogUHJvbXB0U3RvcmU7XG4gIHJlYWRvbmx5ICNvOiBSZXNvbHZlZENsaWVudE9wdGlvbnM7XG4gIHJlYWRvbmx5ICNlbWl0dGVyOiBQcm9tcHRFbWl0dGVyO1xuICByZWFkb25seSAjY2FjaGU6IFByb21wdENhY2hlO1xuICByZWFkb25seSAjc25hcHNob3Q6IFNuYXBzaG90S2VlcGVyIHwgdW5kZWZpbmVkO1xuICByZWFkb25seSAjbm93OiAoKSA9PiBudW1iZXI7XG4gIHJlYWRvbmx5ICNjdHg6IFByb21wdENvbnRleHQ7XG4gIHJlYWRvbmx5ICNzcGVjcyA9IG5ldyBNYXA8c3RyaW5nLCBSZXF1ZXN0PigpO1xuICByZWFkb25seSAjZmFsbGJhY2tzID0gbmV3IE1hcDxzdHJpbmcsIFByb21pc2U8Q29tcGlsZWRFbnRyeT4+KCk7XG4gICN1bndhdGNoOiAoKCkgPT4gdm9pZCkgfCB1bmRlZmluZWQ7XG4gICNjbG9zZWQgPSBmYWxzZTtcblxuICBjb25zdHJ1Y3RvcihvcHRpb25zOiBSZXNvbHZlZENsaWVudE9wdGlvbnMpIHtcbiAgICB0aGlzLiNvID0gb3B0aW9ucztcbiAgICB0aGlzLnN0b3JlID0gb3B0aW9ucy5zdG9yZTtcbiAgICBjb25zdCBjbG9jayA9IG9wdGlvbnMuY2xvY2s7XG4gICAgdGhpcy4jbm93ID0gY2xvY2sgPT09IHVuZGVmaW5lZCA/IGNvYXJzZUNsb2NrKERhdGUubm93KSA6ICgpID0+IGNsb2NrLm5vdygpO1xuICAgIGNvbnN0IHBlcmYgPSBnbG9iYWxUaGlzLnBlcmZvcm1hbmNlO1xuICAgIGNvbnN0IGVsYXBzZWQgPSBjbG9jayAhPT0gdW5kZWZpbmVkIHx8IHBlcmYgPT09IHVuZGVmaW5lZCA/IHRoaXMuI25vdyA6ICgpID0+IHBlcmYubm93KCk7XG4gICAgdGhpcy4jZW1pdHRlciA9IG5ldyBQcm9tcHRFbWl0dGVyKFxuICAgICAgb3B0aW9ucy5ob29rcy5vbkxpc3RlbmVyRXJyb3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBvbkVycm9yOiBvcHRpb25zLmhvb2tzLm9uTGlzdGVuZXJFcnJvciB9LFxuICAgICk7XG4gICAgdGhpcy4jcmVnaXN0ZXJIb29rcygpO1xuICAgIHRoaXMuI2N0eCA9IHsgZW1pdHRlcjogdGhpcy4jZW1pdHRlciwgaW5jbHVkZUlucHV0czogb3B0aW9ucy5pbmNsdWRlSW5wdXRzLCBlbGFwc2VkIH07XG4gICAgdGhpcy4jY2FjaGUgPSBuZXcgUHJvbXB0Q2FjaGUob3B0aW9ucy5jYWNoZSwgdGhpcy4jbm93KTtcbiAgICB0aGlzLiNzbmFwc2hvdCA9XG4gICAgICBvcHRpb25zLnNuYXBzaG90ID09PSB1bmRlZmluZWRcbiAgICAgICAgPyB1bmRlZmluZWRcbiAgICAgICAgOiBuZXcgU25hcHNob3RLZWVwZXIob3B0aW9ucy5zbmFwc2hvdCwgb3B0aW9ucy50aW1lcnMsIChlcnJvcikgPT5cbiAgICAgICAgICAgIHRoaXMuI2VtaXRFcnJvcihTTkFQU0hPVF9FVkVOVF9OQU1FLCB1bmRlZmluZWQsIGVycm9yKSxcbiAgICAgICAgICApO1xuICAgIGlmICh0eXBlb2YgdGhpcy5zdG9yZS53YXRjaCA9PT0gJ2Z1bmN0aW9uJykge1xuICAgICAgdGhpcy4jdW53YXRjaCA9IHRoaXMuc3RvcmUud2F0Y2goKG5hbWUpID0+IHRoaXMuaW52YWxpZGF0ZShuYW1lKSk7XG4gICAgfVxuICB9XG5cbiAgb248VCBleHRlbmRzIFByb21wdEV2ZW50VHlwZT4odHlwZTogVCwgbGlzdGVuZXI6IFByb21wdEV2ZW50TGlzdGVuZXI8VD4pOiAoKSA9PiB2b2lkIHtcbiAgICByZXR1cm4gdGhpcy4jZW1pdHRlci5vbih0eXBlLCBsaXN0ZW5lcik7XG4gIH1cblxuICBpbnZhbGlkYXRlKG5hbWU/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICB0aGlzLiNjYWNoZS5pbnZhbGlkYXRlKG5hbWUpO1xuICB9XG5cbiAgYXN5bmMgY2xvc2UoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgaWYgKHRoaXMuI2Nsb3NlZCkgcmV0dXJuO1xuICAgIHRoaXMuI2Nsb3NlZCA9IHRydWU7XG4gICAgdGhpcy4jdW53YXRjaD8uKCk7XG4gICAgdGhpcy4jdW53YXRjaCA9IHVuZGVmaW5lZDtcbiAgICB0aGlzLiNjYWNoZS5pbnZhbGlkYXRlKCk7XG4gICAgYXdhaXQgdGhpcy4jc25hcHNob3Q/LmZsdXNoKCk7XG4gIH1cblxuICBnZXRQcm9tcHQ8UyBleHRlbmRzIFByb21wdFNwZWNTdHJpbmc+KHNwZWM6IFMsIG9wdGlvbnM/OiBHZXRQcm9tcHRPcHRpb25zKTogUHJvbWlzZTxQcm9tcHQ8VmFyaWFibGVzT2Y8Uz4+PiB7XG4gICAgLy8gVGhlIGhvdCBwYXRoOiBhIGZyZXNoIGNhY2hlIGhpdCB3aXRoIHRoZSBkZWZhdWx0IHN0cmljdG5lc3MgcmV0dXJucyB0aGUgcHJvbXB0IG9iamVjdCBidWlsdFxuICAgIC8vIGZvciBpdCwgd2l0aG91dCBhbiBhc3luYyBmdW5jdGlvbiwgYW4gYWxsb2NhdGlvbiBvciAodXN1YWxseSkgYSBjbG9jayByZWFkLlxuICAgIGlmICgob3B0aW9ucz8uc3RyaWN0ID09PSB1bmRlZmluZWQgfHwgb3B0aW9ucy5zdHJpY3QgPT09IHRoaXMuI28uc3RyaWN0KSAmJiAhdGhpcy4jY2xvc2VkKSB7XG4gICAgICBjb25zdCByZXF1ZXN0ID0gdGhpcy4jc3BlY3MuZ2V0KHNwZWMpO1xuICAgICAgY29uc3QgcmVzb2x1dGlvbiA9IHJlcXVlc3QgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHRoaXMuI2NhY2hlLnJlc29sdXRpb24ocmVxdWVzdC5rZXkpO1xuICAgICAgaWYgKFxuICAgICAgICByZXNvbHV0aW9uPy5jb21waWxlZCAhPT0gdW5kZWZpbmVkICYmXG4gICAgICAgIHJlcXVlc3QgIT09IHVuZGVmaW5lZCAmJlxuICAgICAgICAocmVxdWVzdC5leGFjdCB8fCB0aGlzLiNub3coKSAtIHJlc29sdXRpb24ubG9hZGVkQXQgPCB0aGlzLiNjYWNoZS50dGxNcylcbiAgICAgICkge1xuICAgICAgICBsZXQgcHJvbXB0ID0gcmVzb2x1dGlvbi5wcm9tcHQ7XG4gICAgICAgIGlmIChwcm9tcHQgPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgIHByb21wdCA9IG5ldyBQcm9tcHRIYW5kbGUocmVzb2x1dGlvbi5jb21waWxlZCwgJ2NhY2hlJywgcmVxdWVzdC5zZWxlY3RvciwgdGhpcy4jby5zdHJpY3QsIHRoaXMuI2N0eCk7XG4gICAgICAgICAgcmVzb2x1dGlvbi5wcm9tcHQgPSBwcm9tcHQ7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKHRoaXMuI2VtaXR0ZXIuYWN0aXZlKSB0aGlzLiNlbWl0RmV0Y2gocmVxdWVzdCwgeyBlbnRyeTogcmVzb2x1dGlvbi5jb21waWxlZCwgY2FjaGU6ICdoaXQnLCBzb3VyY2U6ICdjYWNoZScgfSwgMCk7XG4gICAgICAgIHJldHVybiBQcm9taXNlLnJlc29sdmUocHJvbXB0IGFzIFByb21wdDxWYXJpYWJsZXNPZjxTPj4pO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gdGhpcy4jZ2V0UHJvbXB0KHNwZWMsIG9wdGlvbnMgPz8ge30pO1xuICB9XG5cbiAgYXN5bmMgI2dldFByb21wdDxTIGV4dGVuZHMgUHJvbXB0U3BlY1N0cmluZz4oc3BlYzogUywgb3B0aW9uczogR2V0UHJvbXB0T3B0aW9ucyk6IFByb21pc2U8UHJvbXB0PFZhcmlhYmxlc09mPFM+Pj4ge1xuICAgIGNvbnN0IHN0YXJ0ZWQgPSB0aGlzLiNlbWl0dGVyLmFjdGl2ZSA/IHRoaXMuI2N0eC5lbGFwc2VkKCkgOiAwO1xuICAgIGxldCByZXF1ZXN0OiBSZXF1ZXN0IHwgdW5kZWZpbmVkO1xuICAgIGNvbnN0IHN0cmljdCA9IG9wdGlvbnMuc3RyaWN0ID8/IHRoaXMuI28uc3RyaWN0O1xuICAgIHRyeSB7XG4gICAgICBpZiAodGhpcy4jY2xvc2VkKVxuICAgICAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ3RoaXMgcHJvbXB0IGNsaWVudCB3YXMgY2xvc2VkOyBjcmVhdGUgYSBuZXcgb25lIHdpdGggY3JlYXRlUHJvbXB0Q2xpZW50KCknKTtcbiAgICAgIHJlcXVlc3QgPSB0aGlzLiNyZXF1ZXN0KHNwZWMpO1xuICAgICAgY29uc3Qgc2VydmVkID0gdGhpcy4jc2VydmVDYWNoZWQocmVxdWVzdCwgc3RyaWN0KSA/PyAoYXdhaXQgdGhpcy4jc2VydmUocmVxdWVzdCwgc3RyaWN0KSk7XG4gICAgICB0aGlzLiNlbWl0RmV0Y2gocmVxdWVzdCwgc2VydmVkLCBzdGFydGVkKTtcbiAgICAgIHJldHVybiBuZXcgUHJvbXB0SGFuZGxlKHNlcnZlZC5lbnRyeSwgc2VydmVkLnNvdXJjZSwgcmVxdWVzdC5zZWxlY3Rvciwgc3RyaWN0LCB0aGlzLiNjdHgpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAocmVxdWVzdCAhPT0gdW5kZWZpbmVkICYmIG9wdGlvbnMuZmFsbGJhY2sgIT09IHVuZGVmaW5lZCAmJiBjYW5GYWxsQmFjayhlcnJvcikpIHtcbiAgICAgICAgdGhpcy4jZW1pdEVycm9yKHJlcXVlc3QubmFtZSwgcmVxdWVzdC5zZWxlY3RvciwgZXJyb3IpO1xuICAgICAgICBsZXQgZW50cnk6IENvbXBpbGVkRW50cnk7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgZW50cnkgPSBhd2FpdCB0aGlzLiNmYWxsYmFjayhyZXF1ZXN0LCBvcHRpb25zLmZhbGxiYWNrLCBzdHJpY3QpO1xuICAgICAgICB9IGNhdGNoIChmYWxsYmFja0Vycm9yKSB7XG4gICAgICAgICAgdGhpcy4jZW1pdEVycm9yKHJlcXVlc3QubmFtZSwgcmVxdWVzdC5zZWxlY3RvciwgZmFsbGJhY2tFcnJvcik7XG4gICAgICAgICAgdGhyb3cgZmFsbGJhY2tFcnJvcjtcbiAgICAgICAgfVxuICAgICAgICB0aGlzLiNlbWl0RmV0Y2gocmVxdWVzdCwgeyBlbnRyeSwgY2FjaGU6ICdtaXNzJywgc291cmNlOiAnZmFsbGJhY2snIH0sIHN0YXJ0ZWQpO1xuICAgICAgICByZXR1cm4gbmV3IFByb21wdEhhbmRsZShlbnRyeSwgJ2ZhbGxiYWNrJywgcmVxdWVzdC5zZWxlY3Rvciwgc3RyaWN0LCB0aGlzLiNjdHgpO1xuICAgICAgfVxuICAgICAgY29uc3QgZmluYWwgPSByZXF1ZXN0ICE9PSB1bmRlZmluZWQgJiYgaXNVbmF2YWlsYWJsZShlcnJvcikgPyB3aXRoTm9GYWxsYmFjayhlcnJvcikgOiBlcnJvcjtcbiAgICAgIHRoaXMuI2VtaXRFcnJvcihyZXF1ZXN0Py5uYW1lID8/IFN0cmluZyhzcGVjKSwgcmVxdWVzdD8uc2VsZWN0b3IsIGZpbmFsKTtcbiAgICAgIHRocm93IGZpbmFsO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIHByZWZldGNoKHNwZWNzPzogcmVhZG9ubHkgc3RyaW5nW10pOiBQcm9taXNlPFByZWZldGNoUmVwb3J0PiB7XG4gICAgY29uc3QgbGlzdCA9IHNwZWNzID8/IChhd2FpdCB0aGlzLiNkZWZhdWx0UHJlZmV0Y2hTcGVjcygpKTtcbiAgICBjb25zdCByZXN1bHRzID0gYXdhaXQgUHJvbWlzZS5hbGxTZXR0bGVkKGxpc3QubWFwKChzcGVjKSA9PiB0aGlzLmdldFByb21wdChzcGVjKSkpO1xuICAgIGNvbnN0IHJlcG9ydDogUHJlZmV0Y2hSZXBvcnQgPSB7IGxvYWRlZDogW10sIGZhaWxlZDogW10gfTtcbiAgICByZXN1bHRzLmZvckVhY2goKHJlc3VsdCwgaSkgPT4ge1xuICAgICAgY29uc3Qgc3BlYyA9IGxpc3RbaV0gPz8gJyc7XG4gICAgICBpZiAocmVzdWx0LnN0YXR1cyA9PT0gJ2Z1bGZpbGxlZCcpIHtcbiAgICAgICAgY29uc3QgcCA9IHJlc3VsdC52YWx1ZTtcbiAgICAgICAgcmVwb3J0LmxvYWRlZC5wdXNoKHsgc3BlYywgbmFtZTogcC5uYW1lLCB2ZXJzaW9uOiBwLnZlcnNpb24sIHNvdXJjZTogcC5zb3VyY2UgfSk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICByZXBvcnQuZmFpbGVkLnB1c2goeyBzcGVjLCBlcnJvcjogYXNFcnJvcihyZXN1bHQucmVhc29uKSB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICByZXR1cm4gcmVwb3J0O1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSByZXNvbHV0aW9uXG5cbiAgI3JlcXVlc3Qoc3BlYzogc3RyaW5nKTogUmVxdWVzdCB7XG4gICAgY29uc3QgbWVtbyA9IHRoaXMuI3NwZWNzLmdldChzcGVjKTtcbiAgICBpZiAobWVtbyAhPT0gdW5kZWZpbmVkKSByZXR1cm4gbWVtbztcbiAgICBjb25zdCB7IG5hbWUsIHNlbGVjdG9yIH0gPSBwYXJzZVNwZWMoc3BlYyk7XG4gICAgY29uc3QgZWZmZWN0aXZlID0gc2VsZWN0b3IgPz8gdGhpcy4jYmFyZVNlbGVjdG9yKG5hbWUpO1xuICAgIGNvbnN0IHJlcXVlc3QgPSB0aGlzLiNtYWtlUmVxdWVzdChuYW1lLCBlZmZlY3RpdmUpO1xuICAgIGlmICh0aGlzLiNzcGVjcy5zaXplID49IFNQRUNfTUVNT19TSVpFKSB0aGlzLiNzcGVjcy5jbGVhcigpO1xuICAgIHRoaXMuI3NwZWNzLnNldChzcGVjLCByZXF1ZXN0KTtcbiAgICByZXR1cm4gcmVxdWVzdDtcbiAgfVxuXG4gICNtYWtlUmVxdWVzdChuYW1lOiBzdHJpbmcsIHNlbGVjdG9yOiBzdHJpbmcpOiBSZXF1ZXN0IHtcbiAgICByZXR1cm4geyBuYW1lLCBzZWxlY3Rvciwga2V5OiBjYWNoZUtleShuYW1lLCBzZWxlY3RvciksIGV4YWN0OiBzZWxlY3RvcktpbmQoc2VsZWN0b3IpID09PSAnZXhhY3QnIH07XG4gIH1cblxuICAvKiogQmFyZSBuYW1lczogdGhlIGxvY2tmaWxlLCB0aGVuIHRoZSBwaW5zLCB0aGVuIGBkZWZhdWx0U2VsZWN0b3JgLiAqL1xuICAjYmFyZVNlbGVjdG9yKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgbG9ja2ZpbGUgPSB0aGlzLiNvLmxvY2tmaWxlO1xuICAgIGNvbnN0IGxvY2tlZCA9IGxvY2tmaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBvd25WYWx1ZShsb2NrZmlsZS5wcm9tcHRzLCBuYW1lKTtcbiAgICByZXR1cm4gbG9ja2VkPy52ZXJzaW9uID8/IG93blZhbHVlKHRoaXMuI28ucGlucywgbmFtZSkgPz8gdGhpcy4jby5kZWZhdWx0U2VsZWN0b3I7XG4gIH1cblxuICAvKiogUGFydGlhbHM6IHRoZSBsb2NrZmlsZSwgdGhlbiB0aGUgcGlucywgdGhlbiBgJ2xhdGVzdCdgIChERVNJR04ubWQ6IGEgcGFydGlhbCBpcyBpdHMgbGF0ZXN0IHZlcnNpb24pLiAqL1xuICAjcGFydGlhbFNlbGVjdG9yKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgY29uc3QgbG9ja2ZpbGUgPSB0aGlzLiNvLmxvY2tmaWxlO1xuICAgIGNvbnN0IGxvY2tlZCA9IGxvY2tmaWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBvd25WYWx1ZShsb2NrZmlsZS5wcm9tcHRzLCBuYW1lKTtcbiAgICByZXR1cm4gbG9ja2VkPy52ZXJzaW9uID8/IG93blZhbHVlKHRoaXMuI28ucGlucywgbmFtZSkgPz8gJ2xhdGVzdCc7XG4gIH1cblxuICBhc3luYyAjZGVmYXVsdFByZWZldGNoU3BlY3MoKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldChbLi4uT2JqZWN0LmtleXModGhpcy4jby5sb2NrZmlsZT8ucHJvbXB0cyA/PyB7fSksIC4uLk9iamVjdC5rZXlzKHRoaXMuI28ucGlucyldKTtcbiAgICBpZiAobmFtZXMuc2l6ZSA9PT0gMCAmJiB0eXBlb2YgdGhpcy5zdG9yZS5saXN0ID09PSAnZnVuY3Rpb24nKSB7XG4gICAgICBmb3IgKGNvbnN0IG5hbWUgb2YgYXdhaXQgdGhpcy5zdG9yZS5saXN0KCkpIG5hbWVzLmFkZChuYW1lKTtcbiAgICB9XG4gICAgcmV0dXJuIFsuLi5uYW1lc10uc29ydCgpO1xuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBzZXJ2aW5nXG5cbiAgLyoqIFRoZSBmYXN0IHBhdGg6IGEgY2FjaGVkIHJlc29sdXRpb24gd2l0aCBpdHMgY29tcGlsZWQgcHJvbXB0LCBzZXJ2ZWQgd2l0aG91dCBhd2FpdGluZyBhbnl0aGluZy4gKi9cbiAgI3NlcnZlQ2FjaGVkKHJlcXVlc3Q6IFJlcXVlc3QsIHN0cmljdDogYm9vbGVhbik6IFNlcnZlZCB8IHVuZGVmaW5lZCB7XG4gICAgY29uc3QgcmVzb2x1dGlvbiA9IHRoaXMuI2NhY2hlLnJlc29sdXRpb24ocmVxdWVzdC5rZXkpO1xuICAgIGNvbnN0IGNvbXBpbGVkID0gcmVzb2x1dGlvbiA9PT0gdW5kZWZpbmVkIHx8IHN0cmljdCAhPT0gdGhpcy4jby5zdHJpY3QgPyB1bmRlZmluZWQgOiByZXNvbHV0aW9uLmNvbXBpbGVkO1xuICAgIGlmIChyZXNvbHV0aW9uID09PSB1bmRlZmluZWQgfHwgY29tcGlsZWQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBmcmVzaG5lc3MgPSB0aGlzLiNjYWNoZS5mcmVzaG5lc3MocmVzb2x1dGlvbiwgcmVxdWVzdC5leGFjdCk7XG4gICAgaWYgKGZyZXNobmVzcyA9PT0gJ2ZyZXNoJykge1xuICAgICAgcmV0dXJuIHsgZW50cnk6IGNvbXBpbGVkLCBjYWNoZTogJ2hpdCcsIHNvdXJjZTogcmVzb2x1dGlvbi5vcmlnaW4gPT09ICdzbmFwc2hvdCcgPyAnc25hcHNob3QnIDogJ2NhY2hlJyB9O1xuICAgIH1cbiAgICBpZiAoZnJlc2huZXNzID09PSAnZXhwaXJlZCcpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgdGhpcy4jcmVmcmVzaChyZXF1ZXN0LCByZXNvbHV0aW9uKTtcbiAgICByZXR1cm4geyBlbnRyeTogY29tcGlsZWQsIGNhY2hlOiAnc3RhbGUnLCBzb3VyY2U6IHJlc29sdXRpb24ub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdzdGFsZScgfTtcbiAgfVxuXG4gIGFzeW5jICNzZXJ2ZShyZXF1ZXN0OiBSZXF1ZXN0LCBzdHJpY3Q6IGJvb2xlYW4pOiBQcm9taXNlPFNlcnZlZD4ge1xuICAgIGNvbnN0IHsgcmVzb2x1dGlvbiwgY2FjaGUsIHNvdXJjZSB9ID0gYXdhaXQgdGhpcy4jcmVzb2x2ZShyZXF1ZXN0KTtcbiAgICBjb25zdCBjb21waWxlZCA9IHN0cmljdCA9PT0gdGhpcy4jby5zdHJpY3QgPyByZXNvbHV0aW9uLmNvbXBpbGVkIDogdW5kZWZpbmVkO1xuICAgIGlmIChjb21waWxlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4geyBlbnRyeTogY29tcGlsZWQsIGNhY2hlLCBzb3VyY2UgfTtcbiAgICBjb25zdCBidWlsdCA9IGF3YWl0IHRoaXMuI2NvbXBpbGUocmVzb2x1dGlvbiwgc3RyaWN0KTtcbiAgICByZXR1cm4geyBlbnRyeTogYnVpbHQuZW50cnksIGNhY2hlOiBidWlsdC5qb2luZWQgJiYgY2FjaGUgPT09ICdoaXQnID8gJ2luZmxpZ2h0JyA6IGNhY2hlLCBzb3VyY2UgfTtcbiAgfVxuXG4gIC8qKiBUaWVyIDI6IHdoYXQgYHJlcXVlc3RgIHJlc29sdmVzIHRvLCBmcm9tIHRoZSBjYWNoZSwgYSBzaGFyZWQgbG9hZCwgb3IgYSBuZXcgbG9hZC4gKi9cbiAgYXN5bmMgI3Jlc29sdmUocmVxdWVzdDogUmVxdWVzdCk6IFByb21pc2U8eyByZXNvbHV0aW9uOiBSZXNvbHV0aW9uOyBjYWNoZTogQ2FjaGVSZXN1bHQ7IHNvdXJjZTogUHJvbXB0U291cmNlIH0+IHtcbiAgICBjb25zdCBjYWNoZWQgPSB0aGlzLiNjYWNoZS5yZXNvbHV0aW9uKHJlcXVlc3Qua2V5KTtcbiAgICBsZXQgZXhwaXJlZDogUmVzb2x1dGlvbiB8IHVuZGVmaW5lZDtcbiAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IGZyZXNobmVzcyA9IHRoaXMuI2NhY2hlLmZyZXNobmVzcyhjYWNoZWQsIHJlcXVlc3QuZXhhY3QpO1xuICAgICAgaWYgKGZyZXNobmVzcyA9PT0gJ2ZyZXNoJykge1xuICAgICAgICByZXR1cm4geyByZXNvbHV0aW9uOiBjYWNoZWQsIGNhY2hlOiAnaGl0Jywgc291cmNlOiBjYWNoZWQub3JpZ2luID09PSAnc25hcHNob3QnID8gJ3NuYXBzaG90JyA6ICdjYWNoZScgfTtcbiAgICAgIH1cbiAgICAgIGlmIChmcmVzaG5lc3MgPT09ICdzdGFsZScpIHtcbiAgICAgICAgdGhpcy4jcmVmcmVzaChyZXF1ZXN0LCBjYWNoZWQpO1xuICAgICAgICByZXR1cm4geyByZXNvbHV0aW9uOiBjYWNoZWQsIGNhY2hlOiAnc3RhbGUnLCBzb3VyY2U6IGNhY2hlZC5vcmlnaW4gPT09ICdzbmFwc2hvdCcgPyAnc25hcHNob3QnIDogJ3N0YWxlJyB9O1xuICAgICAgfVxuICAgICAgZXhwaXJlZCA9IGNhY2hlZDtcbiAgICAgIHRoaXMuI2NhY2hlLmRlbGV0ZVJlc29sdXRpb24ocmVxdWVzdC5rZXksIGNhY2hlZCk7XG4gICAgfVxuICAgIGNvbnN0IHsgcHJvbWlzZSwgam9pbmVkIH0gPSB0aGlzLiNjYWNoZS5zaGFyZSh0aGlzLiNjYWNoZS5sb2FkaW5nLCByZXF1ZXN0LmtleSwgcmVxdWVzdC5uYW1lLCAoZmxpZ2h0KSA9PlxuICAgICAgdGhpcy4jbG9hZChyZXF1ZXN0LCBmbGlnaHQsIGV4cGlyZWQpLFxuICAgICk7XG4gICAgY29uc3QgeyByZXNvbHV0aW9uLCBzb3VyY2UgfSA9IGF3YWl0IHByb21pc2U7XG4gICAgcmV0dXJuIHsgcmVzb2x1dGlvbiwgY2FjaGU6IGpvaW5lZCA/ICdpbmZsaWdodCcgOiAnbWlzcycsIHNvdXJjZSB9O1xuICB9XG5cbiAgLyoqIEEgZm9yZWdyb3VuZCBsb2FkOiBzdG9yZSBcdTIxOTIgc3RhbGUgY29weSBcdTIxOTIgc25hcHNob3QsIG9yIGEgYFN0b3JlRXJyb3JgIHNheWluZyB3aGF0IHdhcyB0cmllZC4gKi9cbiAgYXN5bmMgI2xvYWQocmVxdWVzdDogUmVxdWVzdCwgZmxpZ2h0OiBGbGlnaHQ8TG9hZGVkPiwgZXhwaXJlZDogUmVzb2x1dGlvbiB8IHVuZGVmaW5lZCk6IFByb21pc2U8TG9hZGVkPiB7XG4gICAgbGV0IHN0b3JlRXJyb3I6IHVua25vd247XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJlc29sdXRpb24gPSBhd2FpdCB0aGlzLiNsb2FkRnJvbVN0b3JlKHJlcXVlc3QpO1xuICAgICAgaWYgKCFmbGlnaHQuY2FuY2VsbGVkKSB0aGlzLiNjYWNoZS5zZXRSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCByZXNvbHV0aW9uKTtcbiAgICAgIHJldHVybiB7IHJlc29sdXRpb24sIHNvdXJjZTogJ3N0b3JlJyB9O1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoIWlzVW5hdmFpbGFibGUoZXJyb3IpKSB0aHJvdyBlcnJvcjtcbiAgICAgIHN0b3JlRXJyb3IgPSBlcnJvcjtcbiAgICB9XG4gICAgY29uc3QgdHJpZWQgPSBbYHRoZSAke3RoaXMuc3RvcmUubmFtZX0gc3RvcmUgZmFpbGVkICgke2Vycm9yVGV4dChzdG9yZUVycm9yKX0pYF07XG5cbiAgICAvLyBBIHN0YWxlIGNvcHkgc3RpbGwgd2l0aGluIG1heFN0YWxlTXMgKG9uZSBjYW4gYXBwZWFyIHdoaWxlIHRoaXMgbG9hZCByYW4pLlxuICAgIGNvbnN0IGN1cnJlbnQgPSB0aGlzLiNjYWNoZS5yZXNvbHV0aW9uKHJlcXVlc3Qua2V5KTtcbiAgICBpZiAoY3VycmVudCAhPT0gdW5kZWZpbmVkICYmIHRoaXMuI2NhY2hlLmZyZXNobmVzcyhjdXJyZW50LCByZXF1ZXN0LmV4YWN0KSAhPT0gJ2V4cGlyZWQnKSB7XG4gICAgICByZXR1cm4geyByZXNvbHV0aW9uOiBjdXJyZW50LCBzb3VyY2U6ICdzdGFsZScgfTtcbiAgICB9XG4gICAgdHJpZWQucHVzaChcbiAgICAgIGV4cGlyZWQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/ICdubyBzdGFsZSBjb3B5J1xuICAgICAgICA6IGB0aGUgc3RhbGUgY29weSAoJHtleHBpcmVkLnZlcnNpb259KSBpcyBvbGRlciB0aGFuIGNhY2hlLm1heFN0YWxlTXMgKCR7dGhpcy4jY2FjaGUubWF4U3RhbGVNc30gbXMpYCxcbiAgICApO1xuXG4gICAgaWYgKHRoaXMuI3NuYXBzaG90ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRyaWVkLnB1c2goJ25vIHNuYXBzaG90IGNvbmZpZ3VyZWQnKTtcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgZm91bmQgPSBhd2FpdCB0aGlzLiNzbmFwc2hvdC5sb29rdXAocmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yKTtcbiAgICAgIGlmIChmb3VuZC5mb3VuZCkge1xuICAgICAgICB0cnkge1xuICAgICAgICAgIGNvbnN0IHJlY29yZCA9IHBhcnNlUmVjb3JkKGZvdW5kLnJlY29yZCwgYHNuYXBzaG90IGVudHJ5ICR7cmVxdWVzdC5rZXl9YCk7XG4gICAgICAgICAgaWYgKHJlY29yZC5uYW1lICE9PSByZXF1ZXN0Lm5hbWUpIHRocm93IG5ldyBFcnJvcihgaXQgaG9sZHMgXCIke3JlY29yZC5uYW1lfVwiYCk7XG4gICAgICAgICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCwgbG9ja2VkSGFzaCh0aGlzLiNvLmxvY2tmaWxlLCByZXF1ZXN0Lm5hbWUsIHJlY29yZC52ZXJzaW9uKSk7XG4gICAgICAgICAgY29uc3QgcmVzb2x1dGlvbjogUmVzb2x1dGlvbiA9IHtcbiAgICAgICAgICAgIG5hbWU6IHJlcXVlc3QubmFtZSxcbiAgICAgICAgICAgIHNlbGVjdG9yOiByZXF1ZXN0LnNlbGVjdG9yLFxuICAgICAgICAgICAgcmVjb3JkLFxuICAgICAgICAgICAgdmVyc2lvbjogcmVjb3JkLnZlcnNpb24sXG4gICAgICAgICAgICBoYXNoLFxuICAgICAgICAgICAgb3JpZ2luOiAnc25hcHNob3QnLFxuICAgICAgICAgICAgLy8gU3RhbGUgZnJvbSB0aGUgc3RhcnQ6IHNlcnZlZCB3aGlsZSBhIHJlZnJlc2ggdHJpZXMgdGhlIHN0b3JlIGFnYWluLlxuICAgICAgICAgICAgbG9hZGVkQXQ6IHRoaXMuI25vdygpIC0gdGhpcy4jY2FjaGUudHRsTXMsXG4gICAgICAgICAgICByZXRyeUF0OiAwLFxuICAgICAgICAgICAgY29tcGlsZWQ6IHVuZGVmaW5lZCxcbiAgICAgICAgICB9O1xuICAgICAgICAgIGlmICghZmxpZ2h0LmNhbmNlbGxlZCkgdGhpcy4jY2FjaGUuc2V0UmVzb2x1dGlvbihyZXF1ZXN0LmtleSwgcmVzb2x1dGlvbik7XG4gICAgICAgICAgcmV0dXJuIHsgcmVzb2x1dGlvbiwgc291cmNlOiAnc25hcHNob3QnIH07XG4gICAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgICAgdHJpZWQucHVzaChgdGhlIHNuYXBzaG90IGVudHJ5IHdhcyByZWplY3RlZCAoJHtlcnJvclRleHQoZXJyb3IpfSlgKTtcbiAgICAgICAgfVxuICAgICAgfSBlbHNlIHtcbiAgICAgICAgdHJpZWQucHVzaChmb3VuZC5yZWFzb24pO1xuICAgICAgfVxuICAgIH1cbiAgICBjb25zdCBjYXVzZSA9IHN0b3JlRXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yID8gc3RvcmVFcnJvciA6IHVuZGVmaW5lZDtcbiAgICB0aHJvdyBuZXcgU3RvcmVFcnJvcihcbiAgICAgIGBDb3VsZCBub3QgbG9hZCBwcm9tcHQgXCIke3JlcXVlc3Qua2V5fVwiOiAke3RyaWVkLmpvaW4oJzsgJyl9YCxcbiAgICAgIHtcbiAgICAgICAgc3RvcmU6IHRoaXMuc3RvcmUubmFtZSxcbiAgICAgICAgLi4uKGNhdXNlPy5zdGF0dXMgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBzdGF0dXM6IGNhdXNlLnN0YXR1cyB9KSxcbiAgICAgICAgcmV0cnlhYmxlOiBjYXVzZT8ucmV0cnlhYmxlID8/IGZhbHNlLFxuICAgICAgfSxcbiAgICAgIHsgY2F1c2U6IHN0b3JlRXJyb3IgfSxcbiAgICApO1xuICB9XG5cbiAgYXN5bmMgI2xvYWRGcm9tU3RvcmUocmVxdWVzdDogUmVxdWVzdCk6IFByb21pc2U8UmVzb2x1dGlvbj4ge1xuICAgIGNvbnN0IHJlY29yZCA9IGF3YWl0IGZldGNoUmVjb3JkKHRoaXMuc3RvcmUsIHJlcXVlc3QubmFtZSwgcmVxdWVzdC5zZWxlY3Rvcik7XG4gICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCwgbG9ja2VkSGFzaCh0aGlzLiNvLmxvY2tmaWxlLCByZXF1ZXN0Lm5hbWUsIHJlY29yZC52ZXJzaW9uKSk7XG4gICAgdGhpcy4jc25hcHNob3Q/Lm5vdGUocmVxdWVzdC5uYW1lLCByZXF1ZXN0LnNlbGVjdG9yLCByZWNvcmQsIGhhc2gpO1xuICAgIHJldHVybiB7XG4gICAgICBuYW1lOiByZXF1ZXN0Lm5hbWUsXG4gICAgICBzZWxlY3RvcjogcmVxdWVzdC5zZWxlY3RvcixcbiAgICAgIHJlY29yZCxcbiAgICAgIHZlcnNpb246IHJlY29yZC52ZXJzaW9uLFxuICAgICAgaGFzaCxcbiAgICAgIG9yaWdpbjogJ3N0b3JlJyxcbiAgICAgIGxvYWRlZEF0OiB0aGlzLiNub3coKSxcbiAgICAgIHJldHJ5QXQ6IDAsXG4gICAgICBjb21waWxlZDogdW5kZWZpbmVkLFxuICAgIH07XG4gIH1cblxuICAvKiogU3RhcnQgb25lIGJhY2tncm91bmQgcmVmcmVzaCBvZiBhIHN0YWxlIHNlbGVjdG9yLCB1bmxlc3Mgb25lIHJ1bnMgb3IgYSBmYWlsZWQgb25lIGlzIHRvbyByZWNlbnQuICovXG4gICNyZWZyZXNoKHJlcXVlc3Q6IFJlcXVlc3QsIHN0YWxlOiBSZXNvbHV0aW9uKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuI2NhY2hlLnJlZnJlc2hpbmcuaGFzKHJlcXVlc3Qua2V5KSB8fCB0aGlzLiNub3coKSA8IHN0YWxlLnJldHJ5QXQpIHJldHVybjtcbiAgICBjb25zdCByZWZyZXNoaW5nID0gdGhpcy4jY2FjaGUucmVmcmVzaGluZztcbiAgICB0aGlzLiNjYWNoZS5zaGFyZShyZWZyZXNoaW5nLCByZXF1ZXN0LmtleSwgcmVxdWVzdC5uYW1lLCBhc3luYyAoZmxpZ2h0KSA9PiB7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBmcmVzaCA9IGF3YWl0IHRoaXMuI2xvYWRGcm9tU3RvcmUocmVxdWVzdCk7XG4gICAgICAgIGZyZXNoLmNvbXBpbGVkID0gKGF3YWl0IHRoaXMuI2NvbXBpbGUoZnJlc2gsIHRoaXMuI28uc3RyaWN0LCBzdGFsZS5jb21waWxlZCkpLmVudHJ5O1xuICAgICAgICB0aGlzLiNjYWNoZS5sYW5kKHJlZnJlc2hpbmcsIHJlcXVlc3Qua2V5LCBmbGlnaHQpO1xuICAgICAgICBpZiAoZmxpZ2h0LmNhbmNlbGxlZCkgcmV0dXJuO1xuICAgICAgICB0aGlzLiNjYWNoZS5zZXRSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCBmcmVzaCk7XG4gICAgICAgIHRoaXMuI2VtaXRSZWZyZXNoKHJlcXVlc3QsIHRydWUsIHN0YWxlLnZlcnNpb24sIGZyZXNoLnZlcnNpb24pO1xuICAgICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgICAgdGhpcy4jY2FjaGUubGFuZChyZWZyZXNoaW5nLCByZXF1ZXN0LmtleSwgZmxpZ2h0KTtcbiAgICAgICAgaWYgKGZsaWdodC5jYW5jZWxsZWQpIHJldHVybjtcbiAgICAgICAgaWYgKGlzTm90Rm91bmQoZXJyb3IpKSB7XG4gICAgICAgICAgLy8gVGhlIHN0b3JlIHNheXMgdGhlIG5hbWUgb3IgbGFiZWwgaXMgZ29uZTogc2VydmUgaXQgbm8gbW9yZS5cbiAgICAgICAgICB0aGlzLiNjYWNoZS5kZWxldGVSZXNvbHV0aW9uKHJlcXVlc3Qua2V5LCBzdGFsZSk7XG4gICAgICAgIH0gZWxzZSB7XG4gICAgICAgICAgc3RhbGUucmV0cnlBdCA9IHRoaXMuI25vdygpICsgTWF0aC5taW4odGhpcy4jY2FjaGUudHRsTXMsIFJFRlJFU0hfUkVUUllfTVMpO1xuICAgICAgICB9XG4gICAgICAgIHRoaXMuI2VtaXRSZWZyZXNoKHJlcXVlc3QsIGZhbHNlLCBzdGFsZS52ZXJzaW9uLCB1bmRlZmluZWQsIGVycm9yKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxuXG4gIC8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0gY29tcGlsYXRpb25cblxuICAvKipcbiAgICogVGllciAxOiB0aGUgY29tcGlsZWQgcHJvbXB0IG9mIGEgcmVzb2x1dGlvbiwgc2hhcmVkIHBlciBgbmFtZUB2ZXJzaW9uYC4gV2l0aCBgcHJldmlvdXNgLCB0aGVcbiAgICogcGFydGlhbHMgYXJlIHJlc29sdmVkIGFnYWluIGFuZCBgcHJldmlvdXNgIGlzIGtlcHQgd2hlbiBub25lIGNoYW5nZWQuXG4gICAqL1xuICAjY29tcGlsZShcbiAgICByZXNvbHV0aW9uOiBSZXNvbHV0aW9uLFxuICAgIHN0cmljdDogYm9vbGVhbixcbiAgICBwcmV2aW91cz86IENvbXBpbGVkRW50cnksXG4gICk6IFByb21pc2U8eyBlbnRyeTogQ29tcGlsZWRFbnRyeTsgam9pbmVkOiBib29sZWFuIH0+IHwgeyBlbnRyeTogQ29tcGlsZWRFbnRyeTsgam9pbmVkOiBib29sZWFuIH0ge1xuICAgIGNvbnN0IGlzRGVmYXVsdCA9IHN0cmljdCA9PT0gdGhpcy4jby5zdHJpY3Q7XG4gICAgY29uc3Qga2V5ID0gaXNEZWZhdWx0XG4gICAgICA/IGNhY2hlS2V5KHJlc29sdXRpb24ubmFtZSwgcmVzb2x1dGlvbi52ZXJzaW9uKVxuICAgICAgOiBgJHtjYWNoZUtleShyZXNvbHV0aW9uLm5hbWUsIHJlc29sdXRpb24udmVyc2lvbil9IyR7c3RyaWN0ID8gJ3N0cmljdCcgOiAnbG9vc2UnfWA7XG4gICAgY29uc3QgaGl0ID0gdGhpcy4jY2FjaGUuY29tcGlsZWRFbnRyeShrZXkpO1xuICAgIGlmIChoaXQgIT09IHVuZGVmaW5lZCAmJiBoaXQuaGFzaCA9PT0gcmVzb2x1dGlvbi5oYXNoICYmIChwcmV2aW91cyA9PT0gdW5kZWZpbmVkIHx8IGhpdC5kZXBzLnNpemUgPT09IDApKSB7XG4gICAgICBpZiAoaXNEZWZhdWx0KSByZXNvbHV0aW9uLmNvbXBpbGVkID0gaGl0O1xuICAgICAgcmV0dXJuIHsgZW50cnk6IGhpdCwgam9pbmVkOiBmYWxzZSB9O1xuICAgIH1cbiAgICBjb25zdCB7IHByb21pc2UsIGpvaW5lZCB9ID0gdGhpcy4jY2FjaGUuc2hhcmUodGhpcy4jY2FjaGUuY29tcGlsaW5nLCBrZXksIHJlc29sdXRpb24ubmFtZSwgYXN5bmMgKGZsaWdodCkgPT4ge1xuICAgICAgY29uc3QgeyByZWNvcmRzLCBkZXBzIH0gPSBhd2FpdCB0aGlzLiNnYXRoZXJQYXJ0aWFscyhyZXNvbHV0aW9uLnJlY29yZCk7XG4gICAgICBjb25zdCBleGlzdGluZyA9IHRoaXMuI2NhY2hlLmNvbXBpbGVkRW50cnkoa2V5KSA/PyBwcmV2aW91cztcbiAgICAgIGNvbnN0IGVudHJ5ID1cbiAgICAgICAgZXhpc3RpbmcgIT09IHVuZGVmaW5lZCAmJiBleGlzdGluZy5oYXNoID09PSByZXNvbHV0aW9uLmhhc2ggJiYgc2FtZURlcHMoZXhpc3RpbmcuZGVwcywgZGVwcylcbiAgICAgICAgICA/IGV4aXN0aW5nXG4gICAgICAgICAgOiB7XG4gICAgICAgICAgICAgIHJlY29yZDogcmVzb2x1dGlvbi5yZWNvcmQsXG4gICAgICAgICAgICAgIGhhc2g6IHJlc29sdXRpb24uaGFzaCxcbiAgICAgICAgICAgICAgY29tcGlsZWQ6IGNvbXBpbGVQcm9tcHQocmVzb2x1dGlvbi5yZWNvcmQsIHsgc3RyaWN0LCBwYXJ0aWFsczogKG5hbWUpID0+IHJlY29yZHMuZ2V0KG5hbWUpIH0pLFxuICAgICAgICAgICAgICBkZXBzLFxuICAgICAgICAgICAgfTtcbiAgICAgIGlmICghZmxpZ2h0LmNhbmNlbGxlZCkgdGhpcy4jY2FjaGUuc2V0Q29tcGlsZWQoa2V5LCBlbnRyeSk7XG4gICAgICByZXR1cm4gZW50cnk7XG4gICAgfSk7XG4gICAgcmV0dXJuIHByb21pc2UudGhlbigoZW50cnkpID0+IHtcbiAgICAgIGlmIChpc0RlZmF1bHQpIHJlc29sdXRpb24uY29tcGlsZWQgPSBlbnRyeTtcbiAgICAgIHJldHVybiB7IGVudHJ5LCBqb2luZWQgfTtcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBMb2FkIHRoZSByZWNvcmRzIG9mIGV2ZXJ5IHBhcnRpYWwgYHJvb3RgIGluY2x1ZGVzLCByZWN1cnNpdmVseSAoYm91bmRlZCksIHRocm91Z2ggdGhlIGNhY2hlLiAqL1xuICBhc3luYyAjZ2F0aGVyUGFydGlhbHMoXG4gICAgcm9vdDogUHJvbXB0UmVjb3JkLFxuICApOiBQcm9taXNlPHsgcmVjb3JkczogTWFwPHN0cmluZywgUHJvbXB0UmVjb3JkPjsgZGVwczogTWFwPHN0cmluZywgc3RyaW5nPiB9PiB7XG4gICAgY29uc3QgcmVjb3JkcyA9IG5ldyBNYXA8c3RyaW5nLCBQcm9tcHRSZWNvcmQ+KCk7XG4gICAgY29uc3QgZGVwcyA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gICAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICAgIGxldCBsZXZlbCA9IHBhcnRpYWxOYW1lc09mKHJvb3QpO1xuICAgIHdoaWxlIChsZXZlbC5sZW5ndGggPiAwKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IGxldmVsLmZpbHRlcigobmFtZSkgPT4gIXNlZW4uaGFzKG5hbWUpKTtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykgc2Vlbi5hZGQobmFtZSk7XG4gICAgICBpZiAoc2Vlbi5zaXplID4gTUFYX1BBUlRJQUxTKSB7XG4gICAgICAgIHRocm93IG5ldyBQcm9tcHRGb3JtYXRFcnJvcihcbiAgICAgICAgICBgaW5jbHVkZXMgbW9yZSB0aGFuICR7TUFYX1BBUlRJQUxTfSBkaXN0aW5jdCBwYXJ0aWFscyAocmVjdXJzaXZlbHkpOyBzcGxpdCB0aGUgcHJvbXB0IG9yIGZsYXR0ZW4gaXRzIHBhcnRpYWxzYCxcbiAgICAgICAgICB7IHByb21wdE5hbWU6IHJvb3QubmFtZSwgZmllbGQ6ICd0ZW1wbGF0ZScgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGxvYWRlZCA9IGF3YWl0IFByb21pc2UuYWxsKG5hbWVzLm1hcCgobmFtZSkgPT4gdGhpcy4jcGFydGlhbFJlY29yZChyb290LCBuYW1lKSkpO1xuICAgICAgbGV2ZWwgPSBbXTtcbiAgICAgIGxvYWRlZC5mb3JFYWNoKChyZWNvcmQsIGkpID0+IHtcbiAgICAgICAgY29uc3QgbmFtZSA9IG5hbWVzW2ldID8/ICcnO1xuICAgICAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHJldHVybjtcbiAgICAgICAgcmVjb3Jkcy5zZXQobmFtZSwgcmVjb3JkKTtcbiAgICAgICAgZGVwcy5zZXQobmFtZSwgcmVjb3JkLnZlcnNpb24pO1xuICAgICAgICBpZiAocmVjb3JkICE9PSByb290KSBsZXZlbC5wdXNoKC4uLnBhcnRpYWxOYW1lc09mKHJlY29yZCkpO1xuICAgICAgfSk7XG4gICAgfVxuICAgIHJldHVybiB7IHJlY29yZHMsIGRlcHMgfTtcbiAgfVxuXG4gIC8qKiBBIHBhcnRpYWwncyByZWNvcmQ6IHRoZSByb290IGl0c2VsZiBmb3IgYSBzZWxmLWluY2x1c2lvbiwgYHVuZGVmaW5lZGAgd2hlbiB0aGUgc3RvcmUgaGFzIG5vIHN1Y2ggbmFtZS4gKi9cbiAgYXN5bmMgI3BhcnRpYWxSZWNvcmQocm9vdDogUHJvbXB0UmVjb3JkLCBuYW1lOiBzdHJpbmcpOiBQcm9taXNlPFByb21wdFJlY29yZCB8IHVuZGVmaW5lZD4ge1xuICAgIGlmIChuYW1lID09PSByb290Lm5hbWUpIHJldHVybiByb290O1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gKGF3YWl0IHRoaXMuI3Jlc29sdmUodGhpcy4jbWFrZVJlcXVlc3QobmFtZSwgdGhpcy4jcGFydGlhbFNlbGVjdG9yKG5hbWUpKSkpLnJlc29sdXRpb24ucmVjb3JkO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHROb3RGb3VuZEVycm9yKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgdGhyb3cgZXJyb3I7XG4gICAgfVxuICB9XG5cbiAgLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLSBmYWxsYmFja1xuXG4gIGFzeW5jICNmYWxsYmFjayhyZXF1ZXN0OiBSZXF1ZXN0LCBmYWxsYmFjazogUHJvbXB0RmFsbGJhY2ssIHN0cmljdDogYm9vbGVhbik6IFByb21pc2U8Q29tcGlsZWRFbnRyeT4ge1xuICAgIGNvbnN0IG1lbW9LZXkgPSB0eXBlb2YgZmFsbGJhY2sgPT09ICdzdHJpbmcnID8gYCR7cmVxdWVzdC5uYW1lfVxcdTAwMDAke3N0cmljdH1cXHUwMDAwJHtmYWxsYmFja31gIDogdW5kZWZpbmVkO1xuICAgIGNvbnN0IG1lbW8gPSBtZW1vS2V5ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB0aGlzLiNmYWxsYmFja3MuZ2V0KG1lbW9LZXkpO1xuICAgIGlmIChtZW1vICE9PSB1bmRlZmluZWQpIHJldHVybiBtZW1vO1xuICAgIGNvbnN0IGJ1aWx0ID0gKGFzeW5jICgpOiBQcm9taXNlPENvbXBpbGVkRW50cnk+ID0+IHtcbiAgICAgIGNvbnN0IHJlY29yZCA9IGZhbGxiYWNrUmVjb3JkKHJlcXVlc3QubmFtZSwgZmFsbGJhY2spO1xuICAgICAgY29uc3QgaGFzaCA9IGF3YWl0IGNoZWNrSW50ZWdyaXR5KHJlY29yZCk7XG4gICAgICBjb25zdCByZWNvcmRzID0gbmV3IE1hcDxzdHJpbmcsIFByb21wdFJlY29yZD4oKTtcbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBwYXJ0aWFsTmFtZXNPZihyZWNvcmQpKSB7XG4gICAgICAgIGNvbnN0IGNhY2hlZCA9IHRoaXMuI2NhY2hlLnJlc29sdXRpb24oY2FjaGVLZXkobmFtZSwgdGhpcy4jcGFydGlhbFNlbGVjdG9yKG5hbWUpKSk7XG4gICAgICAgIGlmIChjYWNoZWQgIT09IHVuZGVmaW5lZCkgcmVjb3Jkcy5zZXQobmFtZSwgY2FjaGVkLnJlY29yZCk7XG4gICAgICB9XG4gICAgICBjb25zdCBjb21waWxlZCA9IGNvbXBpbGVQcm9tcHQocmVjb3JkLCB7IHN0cmljdCwgcGFydGlhbHM6IChuYW1lKSA9PiByZWNvcmRzLmdldChuYW1lKSB9KTtcbiAgICAgIHJldHVybiB7IHJlY29yZCwgaGFzaCwgY29tcGlsZWQsIGRlcHM6IG5ldyBNYXAoKSB9O1xuICAgIH0pKCk7XG4gICAgaWYgKG1lbW9LZXkgIT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKHRoaXMuI2ZhbGxiYWNrcy5zaXplID49IEZBTExCQUNLX01FTU9fU0laRSkgdGhpcy4jZmFsbGJhY2tzLmNsZWFyKCk7XG4gICAgICB0aGlzLiNmYWxsYmFja3Muc2V0KG1lbW9LZXksIGJ1aWx0KTtcbiAgICAgIGJ1aWx0LmNhdGNoKCgpID0+IHRoaXMuI2ZhbGxiYWNrcy5kZWxldGUobWVtb0tleSkpO1xuICAgIH1cbiAgICByZXR1cm4gYnVpbHQ7XG4gIH1cblxuICAvLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tIGV2ZW50c1xuXG4gICNyZWdpc3Rlckhvb2tzKCk6IHZvaWQge1xuICAgIGNvbnN0IGggPSB0aGlzLiNvLmhvb2tzO1xuICAgIGlmIChoLm9uRmV0Y2gpIHRoaXMuI2VtaXR0ZXIub24oJ2ZldGNoJywgaC5vbkZldGNoKTtcbiAgICBpZiAoaC5vblJlbmRlcikgdGhpcy4jZW1pdHRlci5vbigncmVuZGVyJywgaC5vblJlbmRlcik7XG4gICAgaWYgKGgub25SZWZyZXNoKSB0aGlzLiNlbWl0dGVyLm9uKCdyZWZyZXNoJywgaC5vblJlZnJlc2gpO1xuICAgIGlmIChoLm9uRXJyb3IpIHRoaXMuI2VtaXR0ZXIub24oJ2Vycm9yJywgaC5vbkVycm9yKTtcbiAgICBpZiAoaC5vbkFzc2lnbm1lbnQpIHRoaXMuI2VtaXR0ZXIub24oJ2Fzc2lnbm1lbnQnLCBoLm9uQXNzaWdubWVudCk7XG4gICAgaWYgKGgub25PdXRjb21lKSB0aGlzLiNlbWl0dGVyLm9uKCdvdXRjb21lJywgaC5vbk91dGNvbWUpO1xuICAgIGlmIChoLm9uRXZlbnQpIHRoaXMuI2VtaXR0ZXIub25FdmVudChoLm9uRXZlbnQpO1xuICB9XG5cbiAgI2VtaXRGZXRjaChyZXF1ZXN0OiBSZXF1ZXN0LCBzZXJ2ZWQ6IFNlcnZlZCwgc3RhcnRlZDogbnVtYmVyKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLiNlbWl0dGVyLndhbnRzKCdmZXRjaCcpKSByZXR1cm47XG4gICAgdGhpcy4jZW1pdHRlci5lbWl0KHtcbiAgICAgIHR5cGU6ICdmZXRjaCcsXG4gICAgICBuYW1lOiByZXF1ZXN0Lm5hbWUsXG4gICAgICBzZWxlY3RvcjogcmVxdWVzdC5zZWxlY3RvcixcbiAgICAgIHZlcnNpb246IHNlcnZlZC5lbnRyeS5yZWNvcmQudmVyc2lvbixcbiAgICAgIGhhc2g6IHNlcnZlZC5lbnRyeS5oYXNoLFxuICAgICAgc3RvcmU6IHRoaXMuc3RvcmUubmFtZSxcbiAgICAgIGNhY2hlOiBzZXJ2ZWQuY2FjaGUsXG4gICAgICBzb3VyY2U6IHNlcnZlZC5zb3VyY2UsXG4gICAgICBkdXJhdGlvbk1zOiBzdGFydGVkID09PSAwID8gMCA6IHRoaXMuI2N0eC5lbGFwc2VkKCkgLSBzdGFydGVkLFxuICAgIH0pO1xuICB9XG5cbiAgI2VtaXRSZWZyZXNoKHJlcXVlc3Q6IFJlcXVlc3QsIG9rOiBib29sZWFuLCBmcm9tVmVyc2lvbjogc3RyaW5nLCB0b1ZlcnNpb24/OiBzdHJpbmcsIGVycm9yPzogdW5rbm93bik6IHZvaWQge1xuICAgIGlmICghdGhpcy4jZW1pdHRlci53YW50cygncmVmcmVzaCcpKSByZXR1cm47XG4gICAgdGhpcy4jZW1pdHRlci5lbWl0KHtcbiAgICAgIHR5cGU6ICdyZWZyZXNoJyxcbiAgICAgIG5hbWU6IHJlcXVlc3QubmFtZSxcbiAgICAgIHNlbGVjdG9yOiByZXF1ZXN0LnNlbGVjdG9yLFxuICAgICAgb2ssXG4gICAgICBmcm9tVmVyc2lvbixcbiAgICAgIC4uLih0b1ZlcnNpb24gPT09IHVuZGVmaW5lZCA/IHt9IDogeyB0b1ZlcnNpb24gfSksXG4gICAgICAuLi4oZXJyb3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBlcnJvcjogYXNFcnJvcihlcnJvcikgfSksXG4gICAgfSk7XG4gIH1cblxuICAjZW1pdEVycm9yKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyB8IHVuZGVmaW5lZCwgZXJyb3I6IHVua25vd24pOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMuI2VtaXR0ZXIud2FudHMoJ2Vycm9yJykpIHJldHVybjtcbiAgICB0aGlzLiNlbWl0dGVyLmVtaXQoe1xuICAgICAgdHlwZTogJ2Vycm9yJyxcbiAgICAgIG5hbWUsXG4gICAgICAuLi4oc2VsZWN0b3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBzZWxlY3RvciB9KSxcbiAgICAgIGVycm9yOiBhc0Vycm9yKGVycm9yKSxcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogRmFpbHVyZXMgb2YgYXZhaWxhYmlsaXR5OiB0aGUgc3RvcmUgY291bGQgbm90IGFuc3dlciAoYXMgb3Bwb3NlZCB0byBhbnN3ZXJpbmcgXCJub1wiIG9yIFwiYmFkXCIpLiAqL1xuZnVuY3Rpb24gaXNVbmF2YWlsYWJsZShlcnJvcjogdW5rbm93bik6IGVycm9yIGlzIFN0b3JlRXJyb3Ige1xuICByZXR1cm4gZXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yO1xufVxuXG4vKiogQSBmYWxsYmFjayBzdGFuZHMgaW4gd2hlbiB0aGUgc3RvcmUgaXMgdW5hdmFpbGFibGUgb3IgZG9lcyBub3Qga25vdyB0aGUgcHJvbXB0LiAqL1xuZnVuY3Rpb24gY2FuRmFsbEJhY2soZXJyb3I6IHVua25vd24pOiBib29sZWFuIHtcbiAgcmV0dXJuIGlzVW5hdmFpbGFibGUoZXJyb3IpIHx8IGlzTm90Rm91bmQoZXJyb3IpO1xufVxuXG5mdW5jdGlvbiB3aXRoTm9GYWxsYmFjayhlcnJvcjogU3RvcmVFcnJvcik6IFN0b3JlRXJyb3Ige1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IoXG4gICAgYCR7ZXJyb3IubWVzc2FnZX07IG5vIGZhbGxiYWNrIGdpdmVuLiBQYXNzIGdldFByb21wdChzcGVjLCB7IGZhbGxiYWNrIH0pIG9yIGNvbmZpZ3VyZSBhIHNuYXBzaG90IHRvIHNlcnZlIHByb21wdHMgd2hpbGUgdGhlIHN0b3JlIGlzIGRvd24uYCxcbiAgICB7IHN0b3JlOiBlcnJvci5zdG9yZSwgLi4uKGVycm9yLnN0YXR1cyA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHN0YXR1czogZXJyb3Iuc3RhdHVzIH0pLCByZXRyeWFibGU6IGVycm9yLnJldHJ5YWJsZSB9LFxuICAgIHsgY2F1c2U6IGVycm9yLmNhdXNlID8/IGVycm9yIH0sXG4gICk7XG59XG5cbmZ1bmN0aW9uIHNhbWVEZXBzKGE6IFJlYWRvbmx5TWFwPHN0cmluZywgc3RyaW5nPiwgYjogUmVhZG9ubHlNYXA8c3RyaW5nLCBzdHJpbmc+KTogYm9vbGVhbiB7XG4gIGlmIChhLnNpemUgIT09IGIuc2l6ZSkgcmV0dXJuIGZhbHNlO1xuICBmb3IgKGNvbnN0IFtuYW1lLCB2ZXJzaW9uXSBvZiBhKSBpZiAoYi5nZXQobmFtZSkgIT09IHZlcnNpb24pIHJldHVybiBmYWxzZTtcbiAgcmV0dXJuIHRydWU7XG59XG5cbmZ1bmN0aW9uIGVycm9yVGV4dChlcnJvcjogdW5rbm93bik6IHN0cmluZyB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yID8gYCR7ZXJyb3IubmFtZX06ICR7ZXJyb3IubWVzc2FnZX1gIDogU3RyaW5nKGVycm9yKTtcbn1cbiIsICIvKipcbiAqIFRoZSByZXF1ZXN0IGhhbmRsZXIgb2YgdGhlIHJlZmVyZW5jZSBzZXJ2ZXI6IEhUVFAgcHJvdG9jb2wgdjEgKERFU0lHTi5tZCBzZWN0aW9uIDcpIG92ZXIgYW55XG4gKiBgUHJvbXB0U3RvcmVgLCBvbiBwbGFpbiBgbm9kZTpodHRwYCByZXF1ZXN0L3Jlc3BvbnNlIG9iamVjdHMuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2gsIHRpbWluZ1NhZmVFcXVhbCB9IGZyb20gJ25vZGU6Y3J5cHRvJztcbmltcG9ydCB0eXBlIHsgSW5jb21pbmdNZXNzYWdlLCBTZXJ2ZXJSZXNwb25zZSB9IGZyb20gJ25vZGU6aHR0cCc7XG5pbXBvcnQgc2VtdmVyVmFsaWQgZnJvbSAnc2VtdmVyL2Z1bmN0aW9ucy92YWxpZC5qcyc7XG5pbXBvcnQgeyBjb21wdXRlSGFzaCwgdmVyaWZ5UmVjb3JkSGFzaCB9IGZyb20gJy4uL2VuZ2luZS9oYXNoLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IGxhYmVsTWFwLCBzZWxlY3RvcktpbmQsIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHtcbiAgQ29uZmlnRXJyb3IsXG4gIEludGVncml0eUVycm9yLFxuICBpc1Byb21wdE9wc0Vycm9yLFxuICBQcm9tcHRGb3JtYXRFcnJvcixcbiAgUHJvbXB0Tm90Rm91bmRFcnJvcixcbiAgU3RvcmVFcnJvcixcbiAgVmVyc2lvbk5vdEZvdW5kRXJyb3IsXG59IGZyb20gJy4uL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFByb3RvY29sRXJyb3JDb2RlIH0gZnJvbSAnLi4vc3RvcmVzL2h0dHAvcHJvdG9jb2wuanMnO1xuaW1wb3J0IHsgc2V0TGFiZWxCb2R5U2NoZW1hIH0gZnJvbSAnLi4vc3RvcmVzL2h0dHAvcHJvdG9jb2wuanMnO1xuaW1wb3J0IHsgcmVzb2x2ZUxvY2FsbHksIHN1Z2dlc3ROYW1lcyB9IGZyb20gJy4uL3N0b3Jlcy9yZXNvbHZlLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0U3RvcmUsIFZlcnNpb25JbmZvIH0gZnJvbSAnLi4vc3RvcmVzL3R5cGVzLmpzJztcblxuLyoqIE9wdGlvbnMgb2YgdGhlIHJlcXVlc3QgaGFuZGxlciAoc2VlIGBjcmVhdGVQcm9tcHRTZXJ2ZXJgKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHJvbXB0UmVxdWVzdEhhbmRsZXJPcHRpb25zIHtcbiAgLyoqIFRoZSBzdG9yZSB0byBzZXJ2ZS4gKi9cbiAgc3RvcmU6IFByb21wdFN0b3JlO1xuICAvKipcbiAgICogQmVhcmVyIHRva2VuIGV2ZXJ5IHJlcXVlc3QgbXVzdCBjYXJyeSAoYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YCksIGNvbXBhcmVkIGluIGNvbnN0YW50IHRpbWUuXG4gICAqIEBkZWZhdWx0IHVuZGVmaW5lZCAobm8gYXV0aGVudGljYXRpb24pXG4gICAqL1xuICB0b2tlbj86IHN0cmluZztcbiAgLyoqXG4gICAqIEFjY2VwdCBgUFVUIC92MS9wcm9tcHRzL3tuYW1lfS92ZXJzaW9ucy97dmVyc2lvbn1gIGFuZCBgUFVUIC92MS9wcm9tcHRzL3tuYW1lfS9sYWJlbHMve2xhYmVsfWAuXG4gICAqIEBkZWZhdWx0IGZhbHNlXG4gICAqL1xuICB3cml0YWJsZT86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBMYXJnZXN0IGFjY2VwdGVkIHJlcXVlc3QgYm9keSBpbiBieXRlcyAoYSBsYXJnZXIgb25lIGlzIGFuc3dlcmVkIHdpdGggNDEzKS5cbiAgICogQGRlZmF1bHQgMTA0ODU3NiAoMSBNQilcbiAgICovXG4gIG1heEJvZHlCeXRlcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIENhbGxlZCB3aXRoIGV2ZXJ5IHVuZXhwZWN0ZWQgZXJyb3IgKGEgYnVnIG9yIGEgc3RvcmUgZmFpbHVyZSBhbnN3ZXJlZCB3aXRoIDV4eCk7IHRoZSBjbGllbnQgb25seVxuICAgKiBzZWVzIGEgZ2VuZXJpYyBtZXNzYWdlIGZvciBub24tcHJvbXB0b3BzIGVycm9ycy5cbiAgICogQGRlZmF1bHQgbG9ncyB0byBjb25zb2xlLmVycm9yXG4gICAqL1xuICBvbkVycm9yPzogKGVycm9yOiB1bmtub3duKSA9PiB2b2lkO1xufVxuXG4vKiogQSBgbm9kZTpodHRwYCByZXF1ZXN0IGxpc3RlbmVyLiAqL1xuZXhwb3J0IHR5cGUgUHJvbXB0UmVxdWVzdEhhbmRsZXIgPSAocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UpID0+IHZvaWQ7XG5cbi8qKiBBbiBlcnJvciBhbnN3ZXI6IHN0YXR1cywgcHJvdG9jb2wgY29kZSBhbmQgbWVzc2FnZS4gKi9cbmNsYXNzIEh0dHBGYWlsdXJlIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBzdGF0dXM6IG51bWJlcixcbiAgICByZWFkb25seSBjb2RlOiBQcm90b2NvbEVycm9yQ29kZSxcbiAgICBtZXNzYWdlOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9LFxuICApIHtcbiAgICBzdXBlcihtZXNzYWdlKTtcbiAgfVxufVxuXG5jb25zdCBJTU1VVEFCTEUgPSAncHVibGljLCBtYXgtYWdlPTMxNTM2MDAwLCBpbW11dGFibGUnO1xuXG5mdW5jdGlvbiBzaGEyNTYodGV4dDogc3RyaW5nKTogQnVmZmVyIHtcbiAgcmV0dXJuIGNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZSh0ZXh0LCAndXRmOCcpLmRpZ2VzdCgpO1xufVxuXG4vKipcbiAqIE1ha2UgYSByZXF1ZXN0IGxpc3RlbmVyIHNlcnZpbmcgcHJvdG9jb2wgdjEgb3ZlciBgb3B0aW9ucy5zdG9yZWAuIE1vdW50IGl0IG9uIHlvdXIgb3duXG4gKiBgbm9kZTpodHRwYCBzZXJ2ZXIsIG9yIHVzZSBgY3JlYXRlUHJvbXB0U2VydmVyYCwgd2hpY2ggZG9lcy5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGltcG9ydCB7IGNyZWF0ZVNlcnZlciB9IGZyb20gJ25vZGU6aHR0cCc7XG4gKiBjcmVhdGVTZXJ2ZXIoY3JlYXRlUHJvbXB0UmVxdWVzdEhhbmRsZXIoeyBzdG9yZTogZmlsZVN0b3JlKHsgZGlyOiAnLi9wcm9tcHRzJyB9KSB9KSkubGlzdGVuKDgwODApO1xuICogYGBgXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVQcm9tcHRSZXF1ZXN0SGFuZGxlcihvcHRpb25zOiBQcm9tcHRSZXF1ZXN0SGFuZGxlck9wdGlvbnMpOiBQcm9tcHRSZXF1ZXN0SGFuZGxlciB7XG4gIGNvbnN0IHsgc3RvcmUgfSA9IG9wdGlvbnM7XG4gIGlmICh0eXBlb2Ygc3RvcmUgIT09ICdvYmplY3QnIHx8IHN0b3JlID09PSBudWxsIHx8IHR5cGVvZiBzdG9yZS5saXN0VmVyc2lvbnMgIT09ICdmdW5jdGlvbicpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYSBQcm9tcHRTdG9yZSAoYW4gb2JqZWN0IHdpdGggbGlzdFZlcnNpb25zIGFuZCBnZXRWZXJzaW9uKScsIHsgb3B0aW9uOiAnc3RvcmUnIH0pO1xuICB9XG4gIGlmIChvcHRpb25zLnRva2VuICE9PSB1bmRlZmluZWQgJiYgKHR5cGVvZiBvcHRpb25zLnRva2VuICE9PSAnc3RyaW5nJyB8fCBvcHRpb25zLnRva2VuID09PSAnJykpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nIChvciBsZWZ0IG91dCB0byBzZXJ2ZSB3aXRob3V0IGF1dGhlbnRpY2F0aW9uKScsIHtcbiAgICAgIG9wdGlvbjogJ3Rva2VuJyxcbiAgICB9KTtcbiAgfVxuICBjb25zdCBvbkVycm9yID1cbiAgICBvcHRpb25zLm9uRXJyb3IgPz9cbiAgICAoKGVycm9yOiB1bmtub3duKSA9PiB7XG4gICAgICBjb25zb2xlLmVycm9yKCdbcHJvbXB0b3BzIHNlcnZlcl0nLCBlcnJvcik7XG4gICAgfSk7XG4gIGNvbnN0IHRva2VuRGlnZXN0ID0gb3B0aW9ucy50b2tlbiA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogc2hhMjU2KG9wdGlvbnMudG9rZW4pO1xuICBjb25zdCB3cml0YWJsZSA9IG9wdGlvbnMud3JpdGFibGUgPT09IHRydWU7XG4gIGNvbnN0IG1heEJvZHlCeXRlcyA9IG9wdGlvbnMubWF4Qm9keUJ5dGVzID8/IDEwMjQgKiAxMDI0O1xuICBpZiAoIU51bWJlci5pc0Zpbml0ZShtYXhCb2R5Qnl0ZXMpIHx8IG1heEJvZHlCeXRlcyA8PSAwKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGEgcG9zaXRpdmUgbnVtYmVyLCBnb3QgJHtTdHJpbmcobWF4Qm9keUJ5dGVzKX1gLCB7IG9wdGlvbjogJ21heEJvZHlCeXRlcycgfSk7XG4gIH1cblxuICBmdW5jdGlvbiBjaGVja0F1dGgocmVxOiBJbmNvbWluZ01lc3NhZ2UpOiB2b2lkIHtcbiAgICBpZiAodG9rZW5EaWdlc3QgPT09IHVuZGVmaW5lZCkgcmV0dXJuO1xuICAgIGNvbnN0IGhlYWRlciA9IHJlcS5oZWFkZXJzLmF1dGhvcml6YXRpb247XG4gICAgY29uc3QgY2hhbGxlbmdlID0geyAnd3d3LWF1dGhlbnRpY2F0ZSc6ICdCZWFyZXIgcmVhbG09XCJwcm9tcHRvcHNcIicgfTtcbiAgICBjb25zdCBtYXRjaCA9IHR5cGVvZiBoZWFkZXIgPT09ICdzdHJpbmcnID8gL15CZWFyZXJbIFxcdF0rKFxcUyspWyBcXHRdKiQvaS5leGVjKGhlYWRlcikgOiBudWxsO1xuICAgIGlmIChtYXRjaD8uWzFdID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNDAxLFxuICAgICAgICAndW5hdXRob3JpemVkJyxcbiAgICAgICAgJ01pc3NpbmcgYmVhcmVyIHRva2VuOiBzZW5kIFwiQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5cIiB3aXRoIHRoZSB0b2tlbiB0aGUgc2VydmVyIHdhcyBzdGFydGVkIHdpdGguJyxcbiAgICAgICAgY2hhbGxlbmdlLFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKCF0aW1pbmdTYWZlRXF1YWwoc2hhMjU2KG1hdGNoWzFdKSwgdG9rZW5EaWdlc3QpKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMSxcbiAgICAgICAgJ3VuYXV0aG9yaXplZCcsXG4gICAgICAgICdJbnZhbGlkIGJlYXJlciB0b2tlbjogc2VuZCB0aGUgdG9rZW4gdGhlIHNlcnZlciB3YXMgc3RhcnRlZCB3aXRoLicsXG4gICAgICAgIGNoYWxsZW5nZSxcbiAgICAgICk7XG4gICAgfVxuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gbm90Rm91bmQobmFtZTogc3RyaW5nLCBzZWxlY3Rvcj86IHN0cmluZyk6IFByb21pc2U8SHR0cEZhaWx1cmU+IHtcbiAgICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKS5jYXRjaCgoKSA9PiBbXSBhcyBWZXJzaW9uSW5mb1tdKTtcbiAgICBpZiAodmVyc2lvbnMubGVuZ3RoID09PSAwKSB7XG4gICAgICBjb25zdCBuYW1lcyA9IHN0b3JlLmxpc3QgPT09IHVuZGVmaW5lZCA/IFtdIDogYXdhaXQgc3RvcmUubGlzdCgpLmNhdGNoKCgpID0+IFtdIGFzIHN0cmluZ1tdKTtcbiAgICAgIGNvbnN0IGVycm9yID0gbmV3IFByb21wdE5vdEZvdW5kRXJyb3IobmFtZSwgeyBzdG9yZTogc3RvcmUubmFtZSwgc3VnZ2VzdGlvbnM6IHN1Z2dlc3ROYW1lcyhuYW1lLCBuYW1lcykgfSk7XG4gICAgICByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwNCwgJ25vdF9mb3VuZCcsIGVycm9yLm1lc3NhZ2UpO1xuICAgIH1cbiAgICBjb25zdCBzb3J0ZWQgPSBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKHZlcnNpb25zKTtcbiAgICBjb25zdCBlcnJvciA9IG5ldyBWZXJzaW9uTm90Rm91bmRFcnJvcihuYW1lLCBzZWxlY3RvciA/PyAnKG5vbmUpJywge1xuICAgICAgdmVyc2lvbnM6IHNvcnRlZC5tYXAoKHYpID0+IHYudmVyc2lvbiksXG4gICAgICBsYWJlbHM6IGxhYmVsTWFwKHNvcnRlZCksXG4gICAgfSk7XG4gICAgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDQsICdub3RfZm91bmQnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJvdXRlKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgbWV0aG9kID0gcmVxLm1ldGhvZCA/PyAnR0VUJztcbiAgICBjb25zdCByYXdVcmwgPSByZXEudXJsID8/ICcvJztcbiAgICBjb25zdCBxID0gcmF3VXJsLmluZGV4T2YoJz8nKTtcbiAgICBjb25zdCByYXdQYXRoID0gcSA9PT0gLTEgPyByYXdVcmwgOiByYXdVcmwuc2xpY2UoMCwgcSk7XG4gICAgY29uc3QgcXVlcnkgPSBuZXcgVVJMU2VhcmNoUGFyYW1zKHEgPT09IC0xID8gJycgOiByYXdVcmwuc2xpY2UocSArIDEpKTtcbiAgICBjb25zdCBzZWdtZW50cyA9IHJhd1BhdGguc3BsaXQoJy8nKS5zbGljZSgxKTtcbiAgICBpZiAoc2VnbWVudHNbMF0gIT09ICd2MScgfHwgc2VnbWVudHNbMV0gIT09ICdwcm9tcHRzJykge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDQsXG4gICAgICAgICdub3RfZm91bmQnLFxuICAgICAgICBgTm8gc3VjaCBlbmRwb2ludDogJHttZXRob2R9ICR7cmF3UGF0aC5zbGljZSgwLCAyMDApfS4gVGhlIEFQSSBsaXZlcyB1bmRlciAvdjEvcHJvbXB0cy5gLFxuICAgICAgKTtcbiAgICB9XG4gICAgY2hlY2tBdXRoKHJlcSk7XG4gICAgY29uc3QgcmVzdCA9IHNlZ21lbnRzLnNsaWNlKDIpO1xuICAgIGlmIChyZXN0Lmxlbmd0aCA9PT0gMCB8fCAocmVzdC5sZW5ndGggPT09IDEgJiYgcmVzdFswXSA9PT0gJycpKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnR0VUJywgJ0hFQUQnXSk7XG4gICAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgYXdhaXQgbGlzdEFsbCgpLCB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9KTtcbiAgICB9XG4gICAgY29uc3QgZGVjb2RlZCA9IHJlc3QubWFwKGRlY29kZVNlZ21lbnQpO1xuICAgIGNvbnN0IG5hbWUgPSBkZWNvZGVkWzBdIGFzIHN0cmluZztcbiAgICBjb25zdCBwcm9ibGVtID0gZXhwbGFpbkludmFsaWROYW1lKG5hbWUpO1xuICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsIGAke3Byb2JsZW19LiBFbmNvZGUgdGhlIHdob2xlIG5hbWUgYXMgb25lIHBhdGggc2VnbWVudCAoXCIvXCIgYXMgJTJGKS5gKTtcbiAgICB9XG4gICAgaWYgKGRlY29kZWQubGVuZ3RoID09PSAxKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnR0VUJywgJ0hFQUQnXSk7XG4gICAgICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKTtcbiAgICAgIGlmICh2ZXJzaW9ucy5sZW5ndGggPT09IDApIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUpO1xuICAgICAgcmV0dXJuIHNlbmRKc29uKFxuICAgICAgICByZXEsXG4gICAgICAgIHJlcyxcbiAgICAgICAgMjAwLFxuICAgICAgICB7IG5hbWUsIHZlcnNpb25zOiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKHZlcnNpb25zKSB9LFxuICAgICAgICB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgWywga2luZCwgYXJnXSA9IGRlY29kZWQ7XG4gICAgaWYgKGtpbmQgPT09ICd2ZXJzaW9ucycgJiYgYXJnICE9PSB1bmRlZmluZWQgJiYgZGVjb2RlZC5sZW5ndGggPT09IDMpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydHRVQnLCAnSEVBRCcsICdQVVQnXSk7XG4gICAgICBpZiAoc2VtdmVyVmFsaWQoYXJnKSAhPT0gYXJnKSB7XG4gICAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgICA0MDAsXG4gICAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgICBgSW52YWxpZCB2ZXJzaW9uICR7SlNPTi5zdHJpbmdpZnkoYXJnLnNsaWNlKDAsIDEwMCkpfTogdXNlIGEgc2VtdmVyIHZlcnNpb24gc3VjaCBhcyAxLjIuMy5gLFxuICAgICAgICApO1xuICAgICAgfVxuICAgICAgaWYgKG1ldGhvZCA9PT0gJ1BVVCcpIHJldHVybiBwdXRWZXJzaW9uKHJlcSwgcmVzLCBuYW1lLCBhcmcpO1xuICAgICAgcmV0dXJuIGdldFZlcnNpb24ocmVxLCByZXMsIG5hbWUsIGFyZyk7XG4gICAgfVxuICAgIGlmIChraW5kID09PSAncmVzb2x2ZScgJiYgZGVjb2RlZC5sZW5ndGggPT09IDIpIHtcbiAgICAgIGFsbG93KG1ldGhvZCwgWydHRVQnLCAnSEVBRCddKTtcbiAgICAgIGNvbnN0IHNlbGVjdG9yID0gcXVlcnkuZ2V0KCdzZWxlY3RvcicpO1xuICAgICAgaWYgKHNlbGVjdG9yID09PSBudWxsIHx8IHNlbGVjdG9yID09PSAnJyB8fCBzZWxlY3Rvci5sZW5ndGggPiAyNTYgfHwgc2VsZWN0b3JLaW5kKHNlbGVjdG9yKSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgICA0MDAsXG4gICAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgICAnTWlzc2luZyBvciBpbnZhbGlkID9zZWxlY3Rvcj06IHVzZSBhbiBleGFjdCB2ZXJzaW9uICgxLjIuMyksIGEgc2VtdmVyIHJhbmdlICheMS4yKSwgYSBsYWJlbCAocHJvZHVjdGlvbikgb3IgbGF0ZXN0LicsXG4gICAgICAgICk7XG4gICAgICB9XG4gICAgICBjb25zdCByZWNvcmQgPVxuICAgICAgICBzdG9yZS5yZXNvbHZlID09PSB1bmRlZmluZWQgPyBhd2FpdCByZXNvbHZlTG9jYWxseShzdG9yZSwgbmFtZSwgc2VsZWN0b3IpIDogYXdhaXQgc3RvcmUucmVzb2x2ZShuYW1lLCBzZWxlY3Rvcik7XG4gICAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUsIHNlbGVjdG9yKTtcbiAgICAgIHJldHVybiBzZW5kSnNvbihyZXEsIHJlcywgMjAwLCBhd2FpdCB3aXRoSGFzaChyZWNvcmQpLCB7ICdjYWNoZS1jb250cm9sJzogJ25vLWNhY2hlJyB9KTtcbiAgICB9XG4gICAgaWYgKGtpbmQgPT09ICdsYWJlbHMnICYmIGFyZyAhPT0gdW5kZWZpbmVkICYmIGRlY29kZWQubGVuZ3RoID09PSAzKSB7XG4gICAgICBhbGxvdyhtZXRob2QsIFsnUFVUJ10pO1xuICAgICAgcmV0dXJuIHB1dExhYmVsKHJlcSwgcmVzLCBuYW1lLCBhcmcpO1xuICAgIH1cbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgYE5vIHN1Y2ggZW5kcG9pbnQ6ICR7bWV0aG9kfSAke3Jhd1BhdGguc2xpY2UoMCwgMjAwKX0uYCk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBsaXN0QWxsKCk6IFByb21pc2U8eyBwcm9tcHRzOiBBcnJheTx7IG5hbWU6IHN0cmluZzsgdmVyc2lvbnM6IFZlcnNpb25JbmZvW10gfT4gfT4ge1xuICAgIGlmIChzdG9yZS5saXN0ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNTAxLFxuICAgICAgICAnbm90X2ltcGxlbWVudGVkJyxcbiAgICAgICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGNhbm5vdCBsaXN0IGl0cyBwcm9tcHRzIChpdCBoYXMgbm8gbGlzdCgpKS5gLFxuICAgICAgKTtcbiAgICB9XG4gICAgY29uc3QgbmFtZXMgPSBhd2FpdCBzdG9yZS5saXN0KCk7XG4gICAgY29uc3QgcHJvbXB0czogQXJyYXk8eyBuYW1lOiBzdHJpbmc7IHZlcnNpb25zOiBWZXJzaW9uSW5mb1tdIH0+ID0gbmV3IEFycmF5KG5hbWVzLmxlbmd0aCk7XG4gICAgbGV0IG5leHQgPSAwO1xuICAgIGNvbnN0IHdvcmtlciA9IGFzeW5jICgpOiBQcm9taXNlPHZvaWQ+ID0+IHtcbiAgICAgIHdoaWxlIChuZXh0IDwgbmFtZXMubGVuZ3RoKSB7XG4gICAgICAgIGNvbnN0IGkgPSBuZXh0Kys7XG4gICAgICAgIGNvbnN0IG5hbWUgPSBuYW1lc1tpXSBhcyBzdHJpbmc7XG4gICAgICAgIHByb21wdHNbaV0gPSB7IG5hbWUsIHZlcnNpb25zOiBzb3J0VmVyc2lvbnNEZXNjZW5kaW5nKGF3YWl0IHN0b3JlLmxpc3RWZXJzaW9ucyhuYW1lKSkgfTtcbiAgICAgIH1cbiAgICB9O1xuICAgIGF3YWl0IFByb21pc2UuYWxsKEFycmF5LmZyb20oeyBsZW5ndGg6IE1hdGgubWluKDE2LCBuYW1lcy5sZW5ndGgpIH0sIHdvcmtlcikpO1xuICAgIHJldHVybiB7IHByb21wdHMgfTtcbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIGdldFZlcnNpb24ocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgcmVjb3JkID0gYXdhaXQgc3RvcmUuZ2V0VmVyc2lvbihuYW1lLCB2ZXJzaW9uKTtcbiAgICBpZiAocmVjb3JkID09PSB1bmRlZmluZWQpIHRocm93IGF3YWl0IG5vdEZvdW5kKG5hbWUsIHZlcnNpb24pO1xuICAgIGNvbnN0IGJvZHkgPSBhd2FpdCB3aXRoSGFzaChyZWNvcmQpO1xuICAgIGNvbnN0IGV0YWcgPSBgXCIke2JvZHkuaGFzaH1cImA7XG4gICAgY29uc3QgaGVhZGVycyA9IHsgZXRhZywgJ2NhY2hlLWNvbnRyb2wnOiBJTU1VVEFCTEUgfTtcbiAgICBpZiAoZXRhZ01hdGNoZXMocmVxLmhlYWRlcnNbJ2lmLW5vbmUtbWF0Y2gnXSwgZXRhZykpIHtcbiAgICAgIHJlcy53cml0ZUhlYWQoMzA0LCBoZWFkZXJzKTtcbiAgICAgIHJlcy5lbmQoKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIGJvZHksIGhlYWRlcnMpO1xuICB9XG5cbiAgZnVuY3Rpb24gcmVxdWlyZVdyaXRhYmxlKGNhcGFiaWxpdHk6ICdwdXRWZXJzaW9uJyB8ICdzZXRMYWJlbCcpOiB2b2lkIHtcbiAgICBpZiAoIXdyaXRhYmxlKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwNSxcbiAgICAgICAgJ21ldGhvZF9ub3RfYWxsb3dlZCcsXG4gICAgICAgICdUaGlzIHNlcnZlciBpcyByZWFkLW9ubHk6IHN0YXJ0IGl0IHdpdGggd3JpdGFibGU6IHRydWUgdG8gYWNjZXB0IFBVVCByZXF1ZXN0cy4nLFxuICAgICAgICB7IGFsbG93OiAnR0VULCBIRUFEJyB9LFxuICAgICAgKTtcbiAgICB9XG4gICAgaWYgKHN0b3JlW2NhcGFiaWxpdHldID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZShcbiAgICAgICAgNTAxLFxuICAgICAgICAnbm90X2ltcGxlbWVudGVkJyxcbiAgICAgICAgYFRoZSAke3N0b3JlLm5hbWV9IHN0b3JlIGNhbm5vdCBiZSB3cml0dGVuIChpdCBoYXMgbm8gJHtjYXBhYmlsaXR5fSgpKS5gLFxuICAgICAgKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiBwdXRWZXJzaW9uKHJlcTogSW5jb21pbmdNZXNzYWdlLCByZXM6IFNlcnZlclJlc3BvbnNlLCBuYW1lOiBzdHJpbmcsIHZlcnNpb246IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJlcXVpcmVXcml0YWJsZSgncHV0VmVyc2lvbicpO1xuICAgIGNvbnN0IGJvZHkgPSBhd2FpdCByZWFkSnNvbkJvZHkocmVxKTtcbiAgICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gICAgbGV0IGhhc2g6IHN0cmluZztcbiAgICB0cnkge1xuICAgICAgcmVjb3JkID0gcGFyc2VSZWNvcmQoYm9keSwgeyBmaWxlOiAncmVxdWVzdCBib2R5JyB9KTtcbiAgICAgIGhhc2ggPSBhd2FpdCB2ZXJpZnlSZWNvcmRIYXNoKHJlY29yZCk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdEZvcm1hdEVycm9yIHx8IGVycm9yIGluc3RhbmNlb2YgSW50ZWdyaXR5RXJyb3IpIHtcbiAgICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgYEludmFsaWQgcmVjb3JkOiAke2Vycm9yLm1lc3NhZ2V9YCk7XG4gICAgICB9XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgaWYgKHJlY29yZC5uYW1lICE9PSBuYW1lIHx8IHJlY29yZC52ZXJzaW9uICE9PSB2ZXJzaW9uKSB7XG4gICAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICAgIDQwMCxcbiAgICAgICAgJ2JhZF9yZXF1ZXN0JyxcbiAgICAgICAgYFRoZSByZWNvcmQgaXMgXCIke3JlY29yZC5uYW1lfUAke3JlY29yZC52ZXJzaW9ufVwiIGJ1dCB0aGUgVVJMIHNheXMgXCIke25hbWV9QCR7dmVyc2lvbn1cIjogdGhleSBtdXN0IG1hdGNoLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBhd2FpdCBzdG9yZS5wdXRWZXJzaW9uPy4ocmVjb3JkKTtcbiAgICByZXR1cm4gc2VuZEpzb24ocmVxLCByZXMsIDIwMCwgeyBuYW1lLCB2ZXJzaW9uLCBoYXNoIH0sIHsgJ2NhY2hlLWNvbnRyb2wnOiAnbm8tc3RvcmUnIH0pO1xuICB9XG5cbiAgYXN5bmMgZnVuY3Rpb24gcHV0TGFiZWwocmVxOiBJbmNvbWluZ01lc3NhZ2UsIHJlczogU2VydmVyUmVzcG9uc2UsIG5hbWU6IHN0cmluZywgbGFiZWw6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJlcXVpcmVXcml0YWJsZSgnc2V0TGFiZWwnKTtcbiAgICBpZiAoc2VsZWN0b3JLaW5kKGxhYmVsKSAhPT0gJ2xhYmVsJykge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKFxuICAgICAgICA0MDAsXG4gICAgICAgICdiYWRfcmVxdWVzdCcsXG4gICAgICAgIGBJbnZhbGlkIGxhYmVsICR7SlNPTi5zdHJpbmdpZnkobGFiZWwuc2xpY2UoMCwgMTAwKSl9OiBzdGFydCB3aXRoIGEgbGV0dGVyLCB0aGVuIGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiIG9yIFwiLVwiOyBcImxhdGVzdFwiIGlzIHJlc2VydmVkLmAsXG4gICAgICApO1xuICAgIH1cbiAgICBjb25zdCBwYXJzZWQgPSBzZXRMYWJlbEJvZHlTY2hlbWEuc2FmZVBhcnNlKGF3YWl0IHJlYWRKc29uQm9keShyZXEpKTtcbiAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnVGhlIGJvZHkgbXVzdCBiZSB7XCJ2ZXJzaW9uXCI6IFwiPHNlbXZlcj5cIn0uJyk7XG4gICAgYXdhaXQgc3RvcmUuc2V0TGFiZWw/LihuYW1lLCBsYWJlbCwgcGFyc2VkLmRhdGEudmVyc2lvbik7XG4gICAgcmV0dXJuIHNlbmRKc29uKHJlcSwgcmVzLCAyMDAsIHsgbmFtZSwgbGFiZWwsIHZlcnNpb246IHBhcnNlZC5kYXRhLnZlcnNpb24gfSwgeyAnY2FjaGUtY29udHJvbCc6ICduby1zdG9yZScgfSk7XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByZWFkSnNvbkJvZHkocmVxOiBJbmNvbWluZ01lc3NhZ2UpOiBQcm9taXNlPHVua25vd24+IHtcbiAgICBjb25zdCB0eXBlID0gcmVxLmhlYWRlcnNbJ2NvbnRlbnQtdHlwZSddID8/ICcnO1xuICAgIGlmICghL15hcHBsaWNhdGlvblxcLyg/OltcXHcuLV0rXFwrKT9qc29uXFxiL2kudGVzdCh0eXBlKSkge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQxNSwgJ3Vuc3VwcG9ydGVkX21lZGlhX3R5cGUnLCAnU2VuZCB0aGUgYm9keSBhcyBKU09OIChDb250ZW50LVR5cGU6IGFwcGxpY2F0aW9uL2pzb24pLicpO1xuICAgIH1cbiAgICBjb25zdCBkZWNsYXJlZCA9IE51bWJlcihyZXEuaGVhZGVyc1snY29udGVudC1sZW5ndGgnXSk7XG4gICAgY29uc3QgdG9vTGFyZ2UgPSBuZXcgSHR0cEZhaWx1cmUoXG4gICAgICA0MTMsXG4gICAgICAncGF5bG9hZF90b29fbGFyZ2UnLFxuICAgICAgYFRoZSByZXF1ZXN0IGJvZHkgaXMgbGFyZ2VyIHRoYW4gdGhlICR7bWF4Qm9keUJ5dGVzfS1ieXRlIGxpbWl0IG9mIHRoaXMgc2VydmVyLmAsXG4gICAgICB7IGNvbm5lY3Rpb246ICdjbG9zZScgfSxcbiAgICApO1xuICAgIGlmIChOdW1iZXIuaXNGaW5pdGUoZGVjbGFyZWQpICYmIGRlY2xhcmVkID4gbWF4Qm9keUJ5dGVzKSB0aHJvdyB0b29MYXJnZTtcbiAgICBjb25zdCBjaHVua3M6IEJ1ZmZlcltdID0gW107XG4gICAgbGV0IHRvdGFsID0gMDtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIHJlcSkge1xuICAgICAgY29uc3QgYnVmZmVyID0gY2h1bmsgYXMgQnVmZmVyO1xuICAgICAgdG90YWwgKz0gYnVmZmVyLmxlbmd0aDtcbiAgICAgIGlmICh0b3RhbCA+IG1heEJvZHlCeXRlcykgdGhyb3cgdG9vTGFyZ2U7XG4gICAgICBjaHVua3MucHVzaChidWZmZXIpO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgcmV0dXJuIEpTT04ucGFyc2UoQnVmZmVyLmNvbmNhdChjaHVua3MpLnRvU3RyaW5nKCd1dGY4JykpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgdGhyb3cgbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgJ1RoZSByZXF1ZXN0IGJvZHkgaXMgbm90IHZhbGlkIEpTT04uJyk7XG4gICAgfVxuICB9XG5cbiAgcmV0dXJuIChyZXEsIHJlcykgPT4ge1xuICAgIHJvdXRlKHJlcSwgcmVzKS5jYXRjaCgoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgIGNvbnN0IGZhaWx1cmUgPSB0b0ZhaWx1cmUoZXJyb3IpO1xuICAgICAgaWYgKGZhaWx1cmUuc3RhdHVzID49IDUwMCAmJiBmYWlsdXJlLnN0YXR1cyAhPT0gNTAxKSBvbkVycm9yKGVycm9yKTtcbiAgICAgIGlmICghcmVzLmhlYWRlcnNTZW50KSBzZW5kRXJyb3IocmVxLCByZXMsIGZhaWx1cmUpO1xuICAgICAgZWxzZSByZXMuZGVzdHJveSgpO1xuICAgICAgaWYgKGZhaWx1cmUuc3RhdHVzID09PSA0MTMpIHJlcy5vbignZmluaXNoJywgKCkgPT4gcmVxLmRlc3Ryb3koKSk7XG4gICAgfSk7XG4gIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHdpdGhIYXNoKHJlY29yZDogUHJvbXB0UmVjb3JkKTogUHJvbWlzZTxQcm9tcHRSZWNvcmQgJiB7IGhhc2g6IHN0cmluZyB9PiB7XG4gIHJldHVybiB7IC4uLnJlY29yZCwgaGFzaDogcmVjb3JkLmhhc2ggPz8gKGF3YWl0IGNvbXB1dGVIYXNoKHJlY29yZCkpIH07XG59XG5cbmZ1bmN0aW9uIGRlY29kZVNlZ21lbnQoc2VnbWVudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgbGV0IHZhbHVlOiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgdmFsdWUgPSBkZWNvZGVVUklDb21wb25lbnQoc2VnbWVudCk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsICdNYWxmb3JtZWQgcGVyY2VudC1lbmNvZGluZyBpbiB0aGUgcGF0aC4nKTtcbiAgfVxuICBpZiAodmFsdWUgPT09ICcuJyB8fCB2YWx1ZSA9PT0gJy4uJyB8fCB2YWx1ZS5pbmNsdWRlcygnXFwwJykpIHtcbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDAwLCAnYmFkX3JlcXVlc3QnLCAnUGF0aCBzZWdtZW50cyBcIi5cIiBhbmQgXCIuLlwiIGFuZCBOVUwgYnl0ZXMgYXJlIHJlZnVzZWQuJyk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlO1xufVxuXG5mdW5jdGlvbiBhbGxvdyhtZXRob2Q6IHN0cmluZywgbWV0aG9kczogcmVhZG9ubHkgc3RyaW5nW10pOiB2b2lkIHtcbiAgaWYgKCFtZXRob2RzLmluY2x1ZGVzKG1ldGhvZCkpIHtcbiAgICB0aHJvdyBuZXcgSHR0cEZhaWx1cmUoNDA1LCAnbWV0aG9kX25vdF9hbGxvd2VkJywgYCR7bWV0aG9kfSBpcyBub3QgYWxsb3dlZCBoZXJlOyB1c2UgJHttZXRob2RzLmpvaW4oJyBvciAnKX0uYCwge1xuICAgICAgYWxsb3c6IG1ldGhvZHMuam9pbignLCAnKSxcbiAgICB9KTtcbiAgfVxufVxuXG4vKiogVHJ1ZSB3aGVuIGFuIGBJZi1Ob25lLU1hdGNoYCBoZWFkZXIgbGlzdHMgYGV0YWdgICh3ZWFrIG9yIHN0cm9uZykgb3IgYCpgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGV0YWdNYXRjaGVzKGhlYWRlcjogc3RyaW5nIHwgdW5kZWZpbmVkLCBldGFnOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKGhlYWRlciA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gIHJldHVybiBoZWFkZXIuc3BsaXQoJywnKS5zb21lKChwYXJ0KSA9PiB7XG4gICAgY29uc3QgdGFnID0gcGFydC50cmltKCkucmVwbGFjZSgvXldcXC8vLCAnJyk7XG4gICAgcmV0dXJuIHRhZyA9PT0gJyonIHx8IHRhZyA9PT0gZXRhZztcbiAgfSk7XG59XG5cbi8qKiBUdXJuIGFueXRoaW5nIHRocm93biB3aGlsZSBhbnN3ZXJpbmcgaW50byBhbiBlcnJvciBhbnN3ZXIsIHdpdGhvdXQgbGVha2luZyBpbnRlcm5hbHMuICovXG5mdW5jdGlvbiB0b0ZhaWx1cmUoZXJyb3I6IHVua25vd24pOiBIdHRwRmFpbHVyZSB7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIEh0dHBGYWlsdXJlKSByZXR1cm4gZXJyb3I7XG4gIGlmIChlcnJvciBpbnN0YW5jZW9mIFByb21wdE5vdEZvdW5kRXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBWZXJzaW9uTm90Rm91bmRFcnJvcikge1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDA0LCAnbm90X2ZvdW5kJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cbiAgaWYgKGVycm9yIGluc3RhbmNlb2YgUHJvbXB0Rm9ybWF0RXJyb3IgfHwgZXJyb3IgaW5zdGFuY2VvZiBJbnRlZ3JpdHlFcnJvcikge1xuICAgIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNDIyLCAnaW52YWxpZF9wcm9tcHQnLCBlcnJvci5tZXNzYWdlKTtcbiAgfVxuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBDb25maWdFcnJvcikgcmV0dXJuIG5ldyBIdHRwRmFpbHVyZSg0MDAsICdiYWRfcmVxdWVzdCcsIGVycm9yLm1lc3NhZ2UpO1xuICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBTdG9yZUVycm9yKSB7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDA5KSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwOSwgJ2NvbmZsaWN0JywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDAwKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwMCwgJ2JhZF9yZXF1ZXN0JywgZXJyb3IubWVzc2FnZSk7XG4gICAgaWYgKGVycm9yLnN0YXR1cyA9PT0gNDA0KSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDQwNCwgJ25vdF9mb3VuZCcsIGVycm9yLm1lc3NhZ2UpO1xuICAgIGlmIChlcnJvci5yZXRyeWFibGUpIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAzLCAnc3RvcmVfdW5hdmFpbGFibGUnLCBlcnJvci5tZXNzYWdlLCB7ICdyZXRyeS1hZnRlcic6ICcxJyB9KTtcbiAgICByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDUwMCwgJ2ludGVybmFsJywgZXJyb3IubWVzc2FnZSk7XG4gIH1cbiAgaWYgKGlzUHJvbXB0T3BzRXJyb3IoZXJyb3IpKSByZXR1cm4gbmV3IEh0dHBGYWlsdXJlKDUwMCwgJ2ludGVybmFsJywgZXJyb3IubWVzc2FnZSk7XG4gIHJldHVybiBuZXcgSHR0cEZhaWx1cmUoNTAwLCAnaW50ZXJuYWwnLCAnSW50ZXJuYWwgc2VydmVyIGVycm9yOiBzZWUgdGhlIHNlcnZlciBsb2cuJyk7XG59XG5cbmZ1bmN0aW9uIHNlbmRFcnJvcihyZXE6IEluY29taW5nTWVzc2FnZSwgcmVzOiBTZXJ2ZXJSZXNwb25zZSwgZmFpbHVyZTogSHR0cEZhaWx1cmUpOiB2b2lkIHtcbiAgc2VuZEpzb24oXG4gICAgcmVxLFxuICAgIHJlcyxcbiAgICBmYWlsdXJlLnN0YXR1cyxcbiAgICB7IGVycm9yOiB7IGNvZGU6IGZhaWx1cmUuY29kZSwgbWVzc2FnZTogZmFpbHVyZS5tZXNzYWdlIH0gfSxcbiAgICB7XG4gICAgICAnY2FjaGUtY29udHJvbCc6ICduby1zdG9yZScsXG4gICAgICAuLi5mYWlsdXJlLmhlYWRlcnMsXG4gICAgfSxcbiAgKTtcbn1cblxuZnVuY3Rpb24gc2VuZEpzb24oXG4gIHJlcTogSW5jb21pbmdNZXNzYWdlLFxuICByZXM6IFNlcnZlclJlc3BvbnNlLFxuICBzdGF0dXM6IG51bWJlcixcbiAgYm9keTogdW5rbm93bixcbiAgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHt9LFxuKTogdm9pZCB7XG4gIGNvbnN0IHRleHQgPSBKU09OLnN0cmluZ2lmeShib2R5KTtcbiAgcmVzLndyaXRlSGVhZChzdGF0dXMsIHtcbiAgICAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb247IGNoYXJzZXQ9dXRmLTgnLFxuICAgICdjb250ZW50LWxlbmd0aCc6IFN0cmluZyhCdWZmZXIuYnl0ZUxlbmd0aCh0ZXh0KSksXG4gICAgJ3gtY29udGVudC10eXBlLW9wdGlvbnMnOiAnbm9zbmlmZicsXG4gICAgLi4uaGVhZGVycyxcbiAgfSk7XG4gIHJlcy5lbmQocmVxLm1ldGhvZCA9PT0gJ0hFQUQnID8gdW5kZWZpbmVkIDogdGV4dCk7XG59XG4iLCAiLyoqXG4gKiBIVFRQIHByb3RvY29sIHYxIChERVNJR04ubWQgc2VjdGlvbiA3KTogcGF0aHMsIGJvZHkgc2hhcGVzICh6b2QgbWluaSBzY2hlbWFzLCBzbyB0aGUgY29yZSBlbnRyeVxuICogc3RheXMgc21hbGwpIGFuZCBlcnJvciBjb2Rlcywgc2hhcmVkIGJ5IGBodHRwU3RvcmVgIGFuZCB0aGUgcmVmZXJlbmNlIHNlcnZlci5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0ICogYXMgeiBmcm9tICd6b2QvbWluaSc7XG5cbi8qKiBWZXJzaW9uIG9mIHRoZSBwcm90b2NvbDsgdGhlIHBhdGggcHJlZml4IGlzIGAvdntQUk9UT0NPTF9WRVJTSU9OfWAuICovXG5leHBvcnQgY29uc3QgUFJPVE9DT0xfVkVSU0lPTiA9IDE7XG5cbi8qKiBgeyB2ZXJzaW9uLCBsYWJlbHMsIGhhc2g/IH1gIGFzIGxpc3RlZCBieSB0aGUgc2VydmVyLiAqL1xuZXhwb3J0IGNvbnN0IHZlcnNpb25JbmZvU2NoZW1hID0gei5vYmplY3Qoe1xuICB2ZXJzaW9uOiB6LnN0cmluZygpLFxuICBsYWJlbHM6IHouYXJyYXkoei5zdHJpbmcoKSksXG4gIGhhc2g6IHoub3B0aW9uYWwoei5zdHJpbmcoKSksXG59KTtcblxuLyoqIEFuc3dlciBvZiBgR0VUIC92MS9wcm9tcHRzL3tuYW1lfWAuICovXG5leHBvcnQgY29uc3QgdmVyc2lvbkxpc3RTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIG5hbWU6IHouc3RyaW5nKCksXG4gIHZlcnNpb25zOiB6LmFycmF5KHZlcnNpb25JbmZvU2NoZW1hKSxcbn0pO1xuXG4vKiogQW5zd2VyIG9mIGBHRVQgL3YxL3Byb21wdHNgLiAqL1xuZXhwb3J0IGNvbnN0IHByb21wdExpc3RTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIHByb21wdHM6IHouYXJyYXkoXG4gICAgei5vYmplY3Qoe1xuICAgICAgbmFtZTogei5zdHJpbmcoKSxcbiAgICAgIHZlcnNpb25zOiB6Lm9wdGlvbmFsKHouYXJyYXkodmVyc2lvbkluZm9TY2hlbWEpKSxcbiAgICB9KSxcbiAgKSxcbn0pO1xuXG4vKiogQm9keSBvZiBgUFVUIC92MS9wcm9tcHRzL3tuYW1lfS9sYWJlbHMve2xhYmVsfWAuICovXG5leHBvcnQgY29uc3Qgc2V0TGFiZWxCb2R5U2NoZW1hID0gei5vYmplY3QoeyB2ZXJzaW9uOiB6LnN0cmluZygpIH0pO1xuXG4vKiogRXJyb3IgY29kZXMgb2YgYHsgXCJlcnJvclwiOiB7IFwiY29kZVwiLCBcIm1lc3NhZ2VcIiB9IH1gIGJvZGllcy4gKi9cbmV4cG9ydCB0eXBlIFByb3RvY29sRXJyb3JDb2RlID1cbiAgfCAnbm90X2ZvdW5kJ1xuICB8ICd1bmF1dGhvcml6ZWQnXG4gIHwgJ2JhZF9yZXF1ZXN0J1xuICB8ICdjb25mbGljdCdcbiAgfCAnbWV0aG9kX25vdF9hbGxvd2VkJ1xuICB8ICdwYXlsb2FkX3Rvb19sYXJnZSdcbiAgfCAndW5zdXBwb3J0ZWRfbWVkaWFfdHlwZSdcbiAgfCAnaW52YWxpZF9wcm9tcHQnXG4gIHwgJ25vdF9pbXBsZW1lbnRlZCdcbiAgfCAnc3RvcmVfdW5hdmFpbGFibGUnXG4gIHwgJ2ludGVybmFsJztcblxuLyoqIFRoZSBlcnJvciBib2R5IG9mIGV2ZXJ5IGZhaWxlZCByZXF1ZXN0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm90b2NvbEVycm9yQm9keSB7XG4gIGVycm9yOiB7IGNvZGU6IFByb3RvY29sRXJyb3JDb2RlOyBtZXNzYWdlOiBzdHJpbmcgfTtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97ZW5jb2RlVVJJQ29tcG9uZW50KG5hbWUpfWAgKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm9tcHRQYXRoKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgL3Yke1BST1RPQ09MX1ZFUlNJT059L3Byb21wdHMvJHtlbmNvZGVVUklDb21wb25lbnQobmFtZSl9YDtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97bmFtZX0vdmVyc2lvbnMve3ZlcnNpb259YCAqL1xuZXhwb3J0IGZ1bmN0aW9uIHZlcnNpb25QYXRoKG5hbWU6IHN0cmluZywgdmVyc2lvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Byb21wdFBhdGgobmFtZSl9L3ZlcnNpb25zLyR7ZW5jb2RlVVJJQ29tcG9uZW50KHZlcnNpb24pfWA7XG59XG5cbi8qKiBgL3YxL3Byb21wdHMve25hbWV9L3Jlc29sdmVgICh0aGUgc2VsZWN0b3IgZ29lcyBpbiBgP3NlbGVjdG9yPWApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVQYXRoKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwcm9tcHRQYXRoKG5hbWUpfS9yZXNvbHZlYDtcbn1cblxuLyoqIGAvdjEvcHJvbXB0cy97bmFtZX0vbGFiZWxzL3tsYWJlbH1gICovXG5leHBvcnQgZnVuY3Rpb24gbGFiZWxQYXRoKG5hbWU6IHN0cmluZywgbGFiZWw6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtwcm9tcHRQYXRoKG5hbWUpfS9sYWJlbHMvJHtlbmNvZGVVUklDb21wb25lbnQobGFiZWwpfWA7XG59XG5cbi8qKiBBIHpvZCBpc3N1ZSBsaXN0IGFzIG9uZSBsaW5lLCBmb3IgbWVzc2FnZXMuICovXG5leHBvcnQgZnVuY3Rpb24gZGVzY3JpYmVJc3N1ZXMoZXJyb3I6IHsgaXNzdWVzOiBSZWFkb25seUFycmF5PHsgcGF0aDogUHJvcGVydHlLZXlbXTsgbWVzc2FnZTogc3RyaW5nIH0+IH0pOiBzdHJpbmcge1xuICByZXR1cm4gZXJyb3IuaXNzdWVzXG4gICAgLnNsaWNlKDAsIDUpXG4gICAgLm1hcCgoaXNzdWUpID0+IGAke2lzc3VlLnBhdGgubGVuZ3RoID4gMCA/IGlzc3VlLnBhdGgubWFwKFN0cmluZykuam9pbignLicpIDogJyhib2R5KSd9OiAke2lzc3VlLm1lc3NhZ2V9YClcbiAgICAuam9pbignOyAnKTtcbn1cbiIsICIvKipcbiAqIGBodHRwU3RvcmVgOiByZWFkcyBwcm9tcHRzIGZyb20gYSBzZXJ2ZXIgc3BlYWtpbmcgcHJvbXB0b3BzIEhUVFAgcHJvdG9jb2wgdjEgKERFU0lHTi5tZCBzZWN0aW9uIDcpLFxuICogc3VjaCBhcyBgcHJvbXB0b3BzIHNlcnZlYCBvciBgY3JlYXRlUHJvbXB0U2VydmVyYC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgTFJVQ2FjaGUgfSBmcm9tICdscnUtY2FjaGUnO1xuaW1wb3J0IHNlbXZlclZhbGlkIGZyb20gJ3NlbXZlci9mdW5jdGlvbnMvdmFsaWQuanMnO1xuaW1wb3J0IHsgdmVyaWZ5UmVjb3JkSGFzaCB9IGZyb20gJy4uL2VuZ2luZS9oYXNoLmpzJztcbmltcG9ydCB7IGV4cGxhaW5JbnZhbGlkTmFtZSB9IGZyb20gJy4uL2VuZ2luZS9uYW1lLmpzJztcbmltcG9ydCB0eXBlIHsgUHJvbXB0UmVjb3JkIH0gZnJvbSAnLi4vZW5naW5lL3JlY29yZC5qcyc7XG5pbXBvcnQgeyBwYXJzZVJlY29yZCB9IGZyb20gJy4uL2VuZ2luZS9yZWNvcmQtc2NoZW1hLmpzJztcbmltcG9ydCB7IGFzc2VydFZhbGlkU2VsZWN0b3IsIHNvcnRWZXJzaW9uc0Rlc2NlbmRpbmcgfSBmcm9tICcuLi9lbmdpbmUvc2VsZWN0b3IuanMnO1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IsIFByb21wdEZvcm1hdEVycm9yLCBTdG9yZUVycm9yIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHR5cGUgRmFpbHVyZUNvbnRleHQsIG1hbGZvcm1lZEVycm9yLCByZWRhY3Rvciwgc3RhdHVzRXJyb3IgfSBmcm9tICcuL2h0dHAvZXJyb3JzLmpzJztcbmltcG9ydCB7IG5vcm1hbGl6ZUJhc2VVcmwsIHBvc2l0aXZlTnVtYmVyIH0gZnJvbSAnLi9odHRwL29wdGlvbnMuanMnO1xuaW1wb3J0IHtcbiAgZGVzY3JpYmVJc3N1ZXMsXG4gIGxhYmVsUGF0aCxcbiAgcHJvbXB0TGlzdFNjaGVtYSxcbiAgcHJvbXB0UGF0aCxcbiAgcmVzb2x2ZVBhdGgsXG4gIHZlcnNpb25MaXN0U2NoZW1hLFxuICB2ZXJzaW9uUGF0aCxcbn0gZnJvbSAnLi9odHRwL3Byb3RvY29sLmpzJztcbmltcG9ydCB7IHR5cGUgUmV0cnlPcHRpb25zLCByZXNvbHZlUmV0cnlPcHRpb25zIH0gZnJvbSAnLi9odHRwL3JldHJ5LmpzJztcbmltcG9ydCB7IGNyZWF0ZVRyYW5zcG9ydCwgREVGQVVMVF9NQVhfQk9EWV9CWVRFUywgdHlwZSBUcmFuc3BvcnRSZXNwb25zZSB9IGZyb20gJy4vaHR0cC90cmFuc3BvcnQuanMnO1xuaW1wb3J0IHsgYXNzZXJ0TGFiZWxOYW1lLCBhc3NlcnRQcm9tcHROYW1lLCBmcm96ZW5SZWNvcmQgfSBmcm9tICcuL3Jlc29sdmUuanMnO1xuaW1wb3J0IHR5cGUgeyBQcm9tcHRTdG9yZSwgVmVyc2lvbkluZm8gfSBmcm9tICcuL3R5cGVzLmpzJztcblxuZXhwb3J0IHR5cGUgeyBSZXRyeU9wdGlvbnMgfSBmcm9tICcuL2h0dHAvcmV0cnkuanMnO1xuXG4vKiogT3B0aW9ucyBvZiB7QGxpbmsgaHR0cFN0b3JlfS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSHR0cFN0b3JlT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBCYXNlIFVSTCBvZiB0aGUgc2VydmVyLCB3aXRob3V0IHRoZSBgL3YxYCBwYXRoOiBgJ2h0dHBzOi8vcHJvbXB0cy5leGFtcGxlLmNvbSdgLlxuICAgKiBBIHBhdGggcHJlZml4IGlzIGtlcHQgKGAnaHR0cHM6Ly9leGFtcGxlLmNvbS9wcm9tcHRvcHMnYCByZXF1ZXN0cyBgL3Byb21wdG9wcy92MS8uLi5gKS5cbiAgICovXG4gIHVybDogc3RyaW5nO1xuICAvKipcbiAgICogQmVhcmVyIHRva2VuIHNlbnQgYXMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YC4gTmV2ZXIgYXBwZWFycyBpbiBlcnJvcnMgb3IgZXZlbnRzLlxuICAgKiBAZGVmYXVsdCB1bmRlZmluZWQgKG5vIEF1dGhvcml6YXRpb24gaGVhZGVyKVxuICAgKi9cbiAgdG9rZW4/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBFeHRyYSBoZWFkZXJzIHNlbnQgd2l0aCBldmVyeSByZXF1ZXN0LiBUaGVpciB2YWx1ZXMgYXJlIHJlZGFjdGVkIGZyb20gZXJyb3IgbWVzc2FnZXMgdG9vLlxuICAgKiBAZGVmYXVsdCB7fVxuICAgKi9cbiAgaGVhZGVycz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKlxuICAgKiBUaW1lb3V0IG9mIG9uZSBhdHRlbXB0IGluIG1pbGxpc2Vjb25kcywgZnJvbSBzZW5kaW5nIHRoZSByZXF1ZXN0IHRvIHRoZSBlbmQgb2YgdGhlIGJvZHkuXG4gICAqIEBkZWZhdWx0IDUwMDBcbiAgICovXG4gIHRpbWVvdXRNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFJldHJ5IHBvbGljeSBmb3IgbmV0d29yayBlcnJvcnMsIHRpbWVvdXRzLCA0MDgsIDQyOSBhbmQgNXh4OiBhIG51bWJlciBzZXRzIGBsaW1pdGAsIGBmYWxzZWBcbiAgICogZGlzYWJsZXMgcmV0cmllcy5cbiAgICogQGRlZmF1bHQgeyBsaW1pdDogMiwgYmFja29mZk1zOiAyNTAsIG1heEJhY2tvZmZNczogNTAwMCwgbWF4UmV0cnlBZnRlck1zOiAzMDAwMCB9XG4gICAqL1xuICByZXRyeT86IFJldHJ5T3B0aW9ucyB8IG51bWJlciB8IGZhbHNlO1xuICAvKipcbiAgICogYGZldGNoYCBpbXBsZW1lbnRhdGlvbiAoYSBwcm94eSBhZ2VudCwgYSB0ZXN0IGRvdWJsZS4uLikuXG4gICAqIEBkZWZhdWx0IGdsb2JhbFRoaXMuZmV0Y2gsIGxvb2tlZCB1cCBhdCBlYWNoIHJlcXVlc3RcbiAgICovXG4gIGZldGNoPzogdHlwZW9mIGdsb2JhbFRoaXMuZmV0Y2g7XG4gIC8qKlxuICAgKiBMYXJnZXN0IGFjY2VwdGVkIHJlc3BvbnNlIGJvZHkgaW4gYnl0ZXM7IGEgbGFyZ2VyIG9uZSBpcyByZWZ1c2VkIChhIGBTdG9yZUVycm9yYCkgd2hpbGVcbiAgICogc3RyZWFtaW5nLCB3aXRob3V0IGJlaW5nIHJlYWQgZnVydGhlci5cbiAgICogQGRlZmF1bHQgMTA0ODU3NjAgKDEwIE1CKVxuICAgKi9cbiAgbWF4Qm9keUJ5dGVzPzogbnVtYmVyO1xuICAvKipcbiAgICogQWRkIGBwdXRWZXJzaW9uYCBhbmQgYHNldExhYmVsYCAoYFBVVGAgcmVxdWVzdHM7IHRoZSBzZXJ2ZXIgbXVzdCBydW4gd2l0aCBgd3JpdGFibGU6IHRydWVgKS5cbiAgICogQGRlZmF1bHQgZmFsc2VcbiAgICovXG4gIHdyaXRhYmxlPzogYm9vbGVhbjtcbiAgLyoqXG4gICAqIEhvdyBtYW55IGBFVGFnIFx1MjE5MiByZWNvcmRgIGVudHJpZXMgdG8ga2VlcCBmb3IgY29uZGl0aW9uYWwgYGdldFZlcnNpb25gIHJlcXVlc3RzXG4gICAqIChgSWYtTm9uZS1NYXRjaGA7IGEgYDMwNGAgcmV1c2VzIHRoZSBjYWNoZWQgcmVjb3JkKS5cbiAgICogQGRlZmF1bHQgMTAwMFxuICAgKi9cbiAgZXRhZ0NhY2hlU2l6ZT86IG51bWJlcjtcbiAgLyoqXG4gICAqIE5hbWUgb2YgdGhlIHN0b3JlIGluIGV2ZW50cyBhbmQgZXJyb3IgbWVzc2FnZXMuXG4gICAqIEBkZWZhdWx0ICdodHRwJ1xuICAgKi9cbiAgbmFtZT86IHN0cmluZztcbn1cblxuLyoqIEEge0BsaW5rIFByb21wdFN0b3JlfSBiYWNrZWQgYnkgYW4gSFRUUCBzZXJ2ZXI7IGBsaXN0YCBhbmQgYHJlc29sdmVgIGFyZSBhbHdheXMgcHJlc2VudC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSHR0cFN0b3JlIGV4dGVuZHMgUHJvbXB0U3RvcmUge1xuICBsaXN0KCk6IFByb21pc2U8c3RyaW5nW10+O1xuICByZXNvbHZlKG5hbWU6IHN0cmluZywgc2VsZWN0b3I6IHN0cmluZyk6IFByb21pc2U8UHJvbXB0UmVjb3JkIHwgdW5kZWZpbmVkPjtcbiAgY2xvc2UoKTogUHJvbWlzZTx2b2lkPjtcbn1cblxuLyoqXG4gKiBBIHN0b3JlIHRoYXQgcmVhZHMgcHJvbXB0cyBmcm9tIGEgcHJvbXB0b3BzIEhUVFAgc2VydmVyIChwcm90b2NvbCB2MSkuXG4gKlxuICogLSBgbGlzdFZlcnNpb25zYCBcdTIxOTIgYEdFVCAvdjEvcHJvbXB0cy97bmFtZX1gOyBgZ2V0VmVyc2lvbmAgXHUyMTkyIGBHRVQgL3YxL3Byb21wdHMve25hbWV9L3ZlcnNpb25zL3t2fWBcbiAqICAgd2l0aCBgSWYtTm9uZS1NYXRjaGAgKGEgYDMwNGAgcmV1c2VzIHRoZSByZWNvcmQgY2FjaGVkIGZvciB0aGF0IFVSTCk7IGByZXNvbHZlYCBcdTIxOTJcbiAqICAgYEdFVCAvdjEvcHJvbXB0cy97bmFtZX0vcmVzb2x2ZT9zZWxlY3Rvcj1TYCAob25lIHJvdW5kIHRyaXApOyBgbGlzdGAgXHUyMTkyIGBHRVQgL3YxL3Byb21wdHNgLlxuICogLSBBIGA0MDRgIHdob3NlIGJvZHkgc2F5cyBgbm90X2ZvdW5kYCBtZWFucyBcInVua25vd25cIjogYFtdYCAvIGB1bmRlZmluZWRgLiBPdGhlciBmYWlsdXJlcyByZWplY3RcbiAqICAgd2l0aCBhIGBTdG9yZUVycm9yYCBjYXJyeWluZyBgc3RhdHVzYCBhbmQgYHJldHJ5YWJsZWAgKHRydWUgZm9yIG5ldHdvcmsgZXJyb3JzLCB0aW1lb3V0cywgNDA4LFxuICogICA0MjkgYW5kIDV4eCwgd2hpY2ggYXJlIGZpcnN0IHJldHJpZWQgd2l0aCBjYXBwZWQsIGppdHRlcmVkIGJhY2tvZmYgaG9ub3VyaW5nIGBSZXRyeS1BZnRlcmApLlxuICogLSBFdmVyeSBib2R5IGlzIGNoZWNrZWQ6IEpTT04gY29udGVudCB0eXBlLCBzaXplIGxpbWl0LCBzaGFwZTsgcmVjb3JkcyBnbyB0aHJvdWdoIHRoZSByZWNvcmRcbiAqICAgc2NoZW1hIGFuZCB0aGVpciBoYXNoIGlzIHZlcmlmaWVkIChhIG1pc21hdGNoIGlzIGFuIGBJbnRlZ3JpdHlFcnJvcmA7IHRoZSByZWNvcmQgaXMgbmV2ZXIgcmV0dXJuZWQpLlxuICogLSBUaGUgdG9rZW4gaXMgbmV2ZXIgcGFydCBvZiBhIG1lc3NhZ2UsIGFuIGVycm9yJ3MgcHJvcGVydGllcyBvciBpdHMgYGNhdXNlYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogYGBgdHNcbiAqIGNvbnN0IHN0b3JlID0gaHR0cFN0b3JlKHsgdXJsOiAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJywgdG9rZW46IHByb2Nlc3MuZW52LlBST01QVFNfVE9LRU4gfSk7XG4gKiBjb25zdCByZWNvcmQgPSBhd2FpdCBzdG9yZS5yZXNvbHZlKCdzdXBwb3J0L2dyZWV0aW5nJywgJ3Byb2R1Y3Rpb24nKTtcbiAqIGBgYFxuICovXG5leHBvcnQgZnVuY3Rpb24gaHR0cFN0b3JlKG9wdGlvbnM6IEh0dHBTdG9yZU9wdGlvbnMpOiBIdHRwU3RvcmUge1xuICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ2h0dHBTdG9yZShvcHRpb25zKSBuZWVkcyBhbiBvcHRpb25zIG9iamVjdCB3aXRoIGF0IGxlYXN0IFwidXJsXCInLCB7IG9wdGlvbjogJ29wdGlvbnMnIH0pO1xuICB9XG4gIGNvbnN0IHN0b3JlTmFtZSA9IG9wdGlvbnMubmFtZSA/PyAnaHR0cCc7XG4gIGNvbnN0IGJhc2VVcmwgPSBub3JtYWxpemVCYXNlVXJsKG9wdGlvbnMudXJsLCAndXJsJyk7XG4gIGlmICgvXFwvdlxcZCskLy50ZXN0KGJhc2VVcmwpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKFxuICAgICAgYHNob3VsZCBiZSB0aGUgc2VydmVyJ3MgYmFzZSBVUkwgd2l0aG91dCB0aGUgcHJvdG9jb2wgcGF0aDogdXNlICR7SlNPTi5zdHJpbmdpZnkoYmFzZVVybC5yZXBsYWNlKC9cXC92XFxkKyQvLCAnJykpfWAsXG4gICAgICB7IG9wdGlvbjogJ3VybCcgfSxcbiAgICApO1xuICB9XG4gIGNvbnN0IHRva2VuID0gb3B0aW9ucy50b2tlbjtcbiAgaWYgKHRva2VuICE9PSB1bmRlZmluZWQgJiYgKHR5cGVvZiB0b2tlbiAhPT0gJ3N0cmluZycgfHwgdG9rZW4gPT09ICcnIHx8IC9bXFxyXFxuXS8udGVzdCh0b2tlbikpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKCdtdXN0IGJlIGEgbm9uLWVtcHR5IHN0cmluZyB3aXRob3V0IGxpbmUgYnJlYWtzIChvciBsZWZ0IG91dCknLCB7IG9wdGlvbjogJ3Rva2VuJyB9KTtcbiAgfVxuICBjb25zdCB1c2VySGVhZGVycyA9IG9wdGlvbnMuaGVhZGVycyA/PyB7fTtcbiAgaWYgKHR5cGVvZiB1c2VySGVhZGVycyAhPT0gJ29iamVjdCcgfHwgdXNlckhlYWRlcnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoJ211c3QgYmUgYW4gb2JqZWN0IG9mIGhlYWRlciBuYW1lcyB0byB2YWx1ZXMnLCB7IG9wdGlvbjogJ2hlYWRlcnMnIH0pO1xuICB9XG4gIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IC4uLnVzZXJIZWFkZXJzIH07XG4gIGlmICh0b2tlbiAhPT0gdW5kZWZpbmVkKSBoZWFkZXJzLmF1dGhvcml6YXRpb24gPSBgQmVhcmVyICR7dG9rZW59YDtcbiAgY29uc3QgcmVkYWN0ID0gcmVkYWN0b3IoW3Rva2VuLCAuLi5PYmplY3QudmFsdWVzKHVzZXJIZWFkZXJzKV0pO1xuICBjb25zdCB0cmFuc3BvcnQgPSBjcmVhdGVUcmFuc3BvcnQoe1xuICAgIHN0b3JlOiBzdG9yZU5hbWUsXG4gICAgYmFzZVVybCxcbiAgICBoZWFkZXJzLFxuICAgIHNlY3JldHM6IFt0b2tlbl0sXG4gICAgYXV0aEhpbnQ6XG4gICAgICB0b2tlbiA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8gJ25vIHRva2VuIHdhcyBzZW50OiBwYXNzIHRoZSBzZXJ2ZXJcXCdzIHRva2VuIGFzIHRoZSBcInRva2VuXCIgb3B0aW9uIG9mIGh0dHBTdG9yZSAob3Igc2V0IHRoZSB2YXJpYWJsZSBuYW1lZCBieSBcInRva2VuRW52XCIgaW4gcHJvbXB0b3BzLmNvbmZpZy5qc29uKSdcbiAgICAgICAgOiAndGhlIHRva2VuIHRoYXQgd2FzIHNlbnQgd2FzIHJlZnVzZWQ6IGNoZWNrIHRoYXQgdGhlIFwidG9rZW5cIiBvcHRpb24gb2YgaHR0cFN0b3JlIG1hdGNoZXMgdGhlIHRva2VuIHRoZSBzZXJ2ZXIgd2FzIHN0YXJ0ZWQgd2l0aCcsXG4gICAgdGltZW91dE1zOiBwb3NpdGl2ZU51bWJlcihvcHRpb25zLnRpbWVvdXRNcywgJ3RpbWVvdXRNcycsIDUwMDApLFxuICAgIHJldHJ5OiByZXNvbHZlUmV0cnlPcHRpb25zKG9wdGlvbnMucmV0cnkpLFxuICAgIG1heEJvZHlCeXRlczogcG9zaXRpdmVOdW1iZXIob3B0aW9ucy5tYXhCb2R5Qnl0ZXMsICdtYXhCb2R5Qnl0ZXMnLCBERUZBVUxUX01BWF9CT0RZX0JZVEVTKSxcbiAgICAuLi4ob3B0aW9ucy5mZXRjaCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGZldGNoOiBvcHRpb25zLmZldGNoIH0pLFxuICAgIHJlZGFjdCxcbiAgfSk7XG4gIGNvbnN0IGV0YWdzID0gbmV3IExSVUNhY2hlPHN0cmluZywgeyBldGFnOiBzdHJpbmc7IHJlY29yZDogUHJvbXB0UmVjb3JkIH0+KHtcbiAgICBtYXg6IHBvc2l0aXZlTnVtYmVyKG9wdGlvbnMuZXRhZ0NhY2hlU2l6ZSwgJ2V0YWdDYWNoZVNpemUnLCAxMDAwKSxcbiAgfSk7XG5cbiAgLyoqIENoZWNrIGEgcmVjb3JkIGJvZHkgYW5kIHR1cm4gaXQgaW50byBhIGZyb3plbiByZWNvcmQgd2l0aCBhIHZlcmlmaWVkIGhhc2guICovXG4gIGFzeW5jIGZ1bmN0aW9uIHRvUmVjb3JkKHJlczogVHJhbnNwb3J0UmVzcG9uc2UsIGV4cGVjdGVkOiB7IG5hbWU6IHN0cmluZzsgdmVyc2lvbj86IHN0cmluZyB9KTogUHJvbWlzZTxQcm9tcHRSZWNvcmQ+IHtcbiAgICBsZXQgcmVjb3JkOiBQcm9tcHRSZWNvcmQ7XG4gICAgdHJ5IHtcbiAgICAgIHJlY29yZCA9IHBhcnNlUmVjb3JkKHJlcy5ib2R5LCB7IGZpbGU6IHJlcy5jdHgudXJsIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBQcm9tcHRGb3JtYXRFcnJvcikgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHRoZSByZWNvcmQgaXMgaW52YWxpZCAoJHtlcnJvci5tZXNzYWdlfSlgKTtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICBpZiAocmVjb3JkLm5hbWUgIT09IGV4cGVjdGVkLm5hbWUpIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGBhc2tlZCBmb3IgcHJvbXB0IFwiJHtleHBlY3RlZC5uYW1lfVwiLCBnb3QgYSByZWNvcmQgbmFtZWQgXCIke3JlY29yZC5uYW1lfVwiYCk7XG4gICAgfVxuICAgIGlmIChleHBlY3RlZC52ZXJzaW9uICE9PSB1bmRlZmluZWQgJiYgcmVjb3JkLnZlcnNpb24gIT09IGV4cGVjdGVkLnZlcnNpb24pIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGBhc2tlZCBmb3IgdmVyc2lvbiAke2V4cGVjdGVkLnZlcnNpb259LCBnb3QgJHtyZWNvcmQudmVyc2lvbn1gKTtcbiAgICB9XG4gICAgY29uc3QgaGFzaCA9IGF3YWl0IHZlcmlmeVJlY29yZEhhc2gocmVjb3JkKTtcbiAgICByZXR1cm4gZnJvemVuUmVjb3JkKHJlY29yZCwgcmVjb3JkLmxhYmVscyA/PyBbXSwgaGFzaCk7XG4gIH1cblxuICBmdW5jdGlvbiBub3RGb3VuZChyZXM6IFRyYW5zcG9ydFJlc3BvbnNlKTogYm9vbGVhbiB7XG4gICAgaWYgKHJlcy5zdGF0dXMgIT09IDQwNCkgcmV0dXJuIGZhbHNlO1xuICAgIGlmIChyZXMuZXJyb3IuY29kZSA9PT0gJ25vdF9mb3VuZCcpIHJldHVybiB0cnVlO1xuICAgIHRocm93IHN0YXR1c0Vycm9yKDQwNCwgcmVzLmN0eCwgcmVzLmVycm9yKTtcbiAgfVxuXG4gIGZ1bmN0aW9uIHZlcnNpb25JbmZvcyhyZXM6IFRyYW5zcG9ydFJlc3BvbnNlLCBuYW1lOiBzdHJpbmcpOiBWZXJzaW9uSW5mb1tdIHtcbiAgICBjb25zdCBwYXJzZWQgPSB2ZXJzaW9uTGlzdFNjaGVtYS5zYWZlUGFyc2UocmVzLmJvZHkpO1xuICAgIGlmICghcGFyc2VkLnN1Y2Nlc3MpIHRocm93IG1hbGZvcm1lZEVycm9yKHJlcy5jdHgsIGB1bmV4cGVjdGVkIHZlcnNpb24gbGlzdCAoJHtkZXNjcmliZUlzc3VlcyhwYXJzZWQuZXJyb3IpfSlgKTtcbiAgICBpZiAocGFyc2VkLmRhdGEubmFtZSAhPT0gbmFtZSkge1xuICAgICAgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYGFza2VkIGZvciB0aGUgdmVyc2lvbnMgb2YgXCIke25hbWV9XCIsIGdvdCB0aG9zZSBvZiBcIiR7cGFyc2VkLmRhdGEubmFtZX1cImApO1xuICAgIH1cbiAgICByZXR1cm4gY2hlY2tWZXJzaW9ucyhwYXJzZWQuZGF0YS52ZXJzaW9ucywgcmVzLmN0eCk7XG4gIH1cblxuICBjb25zdCBzdG9yZTogSHR0cFN0b3JlID0ge1xuICAgIG5hbWU6IHN0b3JlTmFtZSxcblxuICAgIGFzeW5jIGxpc3RWZXJzaW9ucyhuYW1lKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIHBhdGg6IHByb21wdFBhdGgobmFtZSksXG4gICAgICAgIGFjdGlvbjogYGxpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwiJHtuYW1lfVwiYCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKG5vdEZvdW5kKHJlcykpIHJldHVybiBbXTtcbiAgICAgIHJldHVybiB2ZXJzaW9uSW5mb3MocmVzLCBuYW1lKTtcbiAgICB9LFxuXG4gICAgYXN5bmMgZ2V0VmVyc2lvbihuYW1lLCB2ZXJzaW9uKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBpZiAodHlwZW9mIHZlcnNpb24gIT09ICdzdHJpbmcnIHx8IHNlbXZlclZhbGlkKHZlcnNpb24pICE9PSB2ZXJzaW9uKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgY29uc3QgcGF0aCA9IHZlcnNpb25QYXRoKG5hbWUsIHZlcnNpb24pO1xuICAgICAgY29uc3QgY2FjaGVkID0gZXRhZ3MuZ2V0KHBhdGgpO1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBwYXRoLFxuICAgICAgICBoZWFkZXJzOiBjYWNoZWQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyAnaWYtbm9uZS1tYXRjaCc6IGNhY2hlZC5ldGFnIH0sXG4gICAgICAgIGFjdGlvbjogYGxvYWRpbmcgXCIke25hbWV9QCR7dmVyc2lvbn1cImAsXG4gICAgICAgIHBhc3NTdGF0dXNlczogWzQwNCwgMzA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDMwNCkge1xuICAgICAgICBpZiAoY2FjaGVkICE9PSB1bmRlZmluZWQpIHJldHVybiBjYWNoZWQucmVjb3JkO1xuICAgICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCAnZ290IDMwNCBOb3QgTW9kaWZpZWQgdG8gYSByZXF1ZXN0IHdpdGhvdXQgSWYtTm9uZS1NYXRjaCcsIDMwNCk7XG4gICAgICB9XG4gICAgICBpZiAobm90Rm91bmQocmVzKSkge1xuICAgICAgICBldGFncy5kZWxldGUocGF0aCk7XG4gICAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICB9XG4gICAgICBjb25zdCByZWNvcmQgPSBhd2FpdCB0b1JlY29yZChyZXMsIHsgbmFtZSwgdmVyc2lvbiB9KTtcbiAgICAgIGV0YWdzLnNldChwYXRoLCB7IGV0YWc6IHJlcy5oZWFkZXJzLmdldCgnZXRhZycpID8/IGBcIiR7cmVjb3JkLmhhc2h9XCJgLCByZWNvcmQgfSk7XG4gICAgICByZXR1cm4gcmVjb3JkO1xuICAgIH0sXG5cbiAgICBhc3luYyByZXNvbHZlKG5hbWUsIHNlbGVjdG9yKSB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBhc3NlcnRWYWxpZFNlbGVjdG9yKHNlbGVjdG9yLCBgJHtuYW1lfUAke3NlbGVjdG9yfWApO1xuICAgICAgY29uc3QgcmVzID0gYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBwYXRoOiByZXNvbHZlUGF0aChuYW1lKSxcbiAgICAgICAgc2VhcmNoUGFyYW1zOiB7IHNlbGVjdG9yIH0sXG4gICAgICAgIGFjdGlvbjogYHJlc29sdmluZyBcIiR7bmFtZX1AJHtzZWxlY3Rvcn1cImAsXG4gICAgICAgIHBhc3NTdGF0dXNlczogWzQwNF0sXG4gICAgICB9KTtcbiAgICAgIGlmIChub3RGb3VuZChyZXMpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgcmV0dXJuIHRvUmVjb3JkKHJlcywgeyBuYW1lLCAuLi4oc2VtdmVyVmFsaWQoc2VsZWN0b3IpID09PSBzZWxlY3RvciA/IHsgdmVyc2lvbjogc2VsZWN0b3IgfSA6IHt9KSB9KTtcbiAgICB9LFxuXG4gICAgYXN5bmMgbGlzdCgpIHtcbiAgICAgIGNvbnN0IHJlcyA9IGF3YWl0IHRyYW5zcG9ydC5yZXF1ZXN0KHsgcGF0aDogJy92MS9wcm9tcHRzJywgYWN0aW9uOiAnbGlzdGluZyB0aGUgcHJvbXB0cycgfSk7XG4gICAgICBjb25zdCBwYXJzZWQgPSBwcm9tcHRMaXN0U2NoZW1hLnNhZmVQYXJzZShyZXMuYm9keSk7XG4gICAgICBpZiAoIXBhcnNlZC5zdWNjZXNzKSB0aHJvdyBtYWxmb3JtZWRFcnJvcihyZXMuY3R4LCBgdW5leHBlY3RlZCBwcm9tcHQgbGlzdCAoJHtkZXNjcmliZUlzc3VlcyhwYXJzZWQuZXJyb3IpfSlgKTtcbiAgICAgIGNvbnN0IG5hbWVzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgICBmb3IgKGNvbnN0IGVudHJ5IG9mIHBhcnNlZC5kYXRhLnByb21wdHMpIHtcbiAgICAgICAgY29uc3QgcHJvYmxlbSA9IGV4cGxhaW5JbnZhbGlkTmFtZShlbnRyeS5uYW1lKTtcbiAgICAgICAgaWYgKHByb2JsZW0gIT09IHVuZGVmaW5lZCkgdGhyb3cgbWFsZm9ybWVkRXJyb3IocmVzLmN0eCwgYHRoZSBwcm9tcHQgbGlzdCBob2xkcyBhbiAke3Byb2JsZW19YCk7XG4gICAgICAgIG5hbWVzLmFkZChlbnRyeS5uYW1lKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBbLi4ubmFtZXNdLnNvcnQoKTtcbiAgICB9LFxuXG4gICAgYXN5bmMgY2xvc2UoKSB7XG4gICAgICBldGFncy5jbGVhcigpO1xuICAgIH0sXG4gIH07XG5cbiAgaWYgKG9wdGlvbnMud3JpdGFibGUgPT09IHRydWUpIHtcbiAgICBzdG9yZS5wdXRWZXJzaW9uID0gYXN5bmMgKHJlY29yZCkgPT4ge1xuICAgICAgY29uc3QgcGFyc2VkID0gcGFyc2VSZWNvcmQocmVjb3JkLCB7IGZpbGU6IGAke3N0b3JlTmFtZX0gc3RvcmUgcHV0VmVyc2lvbmAgfSk7XG4gICAgICBjb25zdCBoYXNoID0gYXdhaXQgdmVyaWZ5UmVjb3JkSGFzaChwYXJzZWQpO1xuICAgICAgYXdhaXQgdHJhbnNwb3J0LnJlcXVlc3Qoe1xuICAgICAgICBtZXRob2Q6ICdQVVQnLFxuICAgICAgICBwYXRoOiB2ZXJzaW9uUGF0aChwYXJzZWQubmFtZSwgcGFyc2VkLnZlcnNpb24pLFxuICAgICAgICBqc29uOiB7IC4uLnBhcnNlZCwgaGFzaCB9LFxuICAgICAgICBhY3Rpb246IGBwdWJsaXNoaW5nIFwiJHtwYXJzZWQubmFtZX1AJHtwYXJzZWQudmVyc2lvbn1cImAsXG4gICAgICB9KTtcbiAgICB9O1xuICAgIHN0b3JlLnNldExhYmVsID0gYXN5bmMgKG5hbWUsIGxhYmVsLCB2ZXJzaW9uKSA9PiB7XG4gICAgICBhc3NlcnRQcm9tcHROYW1lKG5hbWUsIHN0b3JlTmFtZSk7XG4gICAgICBhc3NlcnRMYWJlbE5hbWUobGFiZWwsIHN0b3JlTmFtZSk7XG4gICAgICBjb25zdCByZXMgPSBhd2FpdCB0cmFuc3BvcnQucmVxdWVzdCh7XG4gICAgICAgIG1ldGhvZDogJ1BVVCcsXG4gICAgICAgIHBhdGg6IGxhYmVsUGF0aChuYW1lLCBsYWJlbCksXG4gICAgICAgIGpzb246IHsgdmVyc2lvbiB9LFxuICAgICAgICBhY3Rpb246IGBzZXR0aW5nIGxhYmVsIFwiJHtsYWJlbH1cIiBvZiBcIiR7bmFtZX1cIiB0byAke3ZlcnNpb259YCxcbiAgICAgICAgcGFzc1N0YXR1c2VzOiBbNDA0XSxcbiAgICAgIH0pO1xuICAgICAgaWYgKHJlcy5zdGF0dXMgPT09IDQwNCkge1xuICAgICAgICBjb25zdCBzYWlkID0gcmVzLmVycm9yLm1lc3NhZ2UgPT09IHVuZGVmaW5lZCA/ICcnIDogYDogJHtyZWRhY3QocmVzLmVycm9yLm1lc3NhZ2UpLnNsaWNlKDAsIDMwMCl9YDtcbiAgICAgICAgdGhyb3cgbmV3IFN0b3JlRXJyb3IoXG4gICAgICAgICAgYENhbm5vdCBzZXQgbGFiZWwgXCIke2xhYmVsfVwiIG9mIFwiJHtuYW1lfVwiIHRvICR7dmVyc2lvbn0gaW4gdGhlICR7c3RvcmVOYW1lfSBzdG9yZSR7c2FpZH0uIGAgK1xuICAgICAgICAgICAgJ1B1Ymxpc2ggdGhhdCB2ZXJzaW9uIGZpcnN0LCBvciBwaWNrIG9uZSB0aGF0IGV4aXN0cy4nLFxuICAgICAgICAgIHsgc3RvcmU6IHN0b3JlTmFtZSwgc3RhdHVzOiA0MDQgfSxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICB9O1xuICB9XG4gIHJldHVybiBzdG9yZTtcbn1cblxuLyoqIENoZWNrIGxpc3RlZCB2ZXJzaW9uczogc2VtdmVyLCBzdHJpbmcgbGFiZWxzLCBubyBkdXBsaWNhdGUgdmVyc2lvbjsgaGlnaGVzdCBmaXJzdC4gKi9cbmZ1bmN0aW9uIGNoZWNrVmVyc2lvbnModmVyc2lvbnM6IFJlYWRvbmx5QXJyYXk8VmVyc2lvbkluZm8+LCBjdHg6IEZhaWx1cmVDb250ZXh0KTogVmVyc2lvbkluZm9bXSB7XG4gIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgY29uc3Qgb3V0OiBWZXJzaW9uSW5mb1tdID0gW107XG4gIGZvciAoY29uc3QgdiBvZiB2ZXJzaW9ucykge1xuICAgIGlmIChzZW12ZXJWYWxpZCh2LnZlcnNpb24pICE9PSB2LnZlcnNpb24pIHtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHZlcnNpb24gJHtKU09OLnN0cmluZ2lmeSh2LnZlcnNpb24uc2xpY2UoMCwgNTApKX0gaXMgbm90IGEgc2VtdmVyIHZlcnNpb25gKTtcbiAgICB9XG4gICAgaWYgKHNlZW4uaGFzKHYudmVyc2lvbikpIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHZlcnNpb24gJHt2LnZlcnNpb259IGlzIGxpc3RlZCB0d2ljZWApO1xuICAgIHNlZW4uYWRkKHYudmVyc2lvbik7XG4gICAgb3V0LnB1c2goeyB2ZXJzaW9uOiB2LnZlcnNpb24sIGxhYmVsczogWy4uLnYubGFiZWxzXSwgLi4uKHYuaGFzaCA9PT0gdW5kZWZpbmVkID8ge30gOiB7IGhhc2g6IHYuaGFzaCB9KSB9KTtcbiAgfVxuICByZXR1cm4gc29ydFZlcnNpb25zRGVzY2VuZGluZyhvdXQpO1xufVxuIiwgIi8qKlxuICogUmV0cnkgcG9saWN5IG9mIHRoZSBIVFRQLWJhc2VkIHN0b3Jlczogd2hpY2ggZmFpbHVyZXMgYXJlIHJldHJpZWQsIGNhcHBlZCBleHBvbmVudGlhbCBiYWNrb2ZmXG4gKiB3aXRoIGZ1bGwgaml0dGVyLCBhbmQgYFJldHJ5LUFmdGVyYCAoc2Vjb25kcyBvciBhbiBIVFRQIGRhdGUpLiBUaW1lIGlzIGluamVjdGFibGUgKGBzbGVlcGAsIGBub3dgLFxuICogYHJhbmRvbWApIHNvIHRoYXQgdGVzdHMgbmV2ZXIgd2FpdC5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuXG4vKiogUmV0cnkgb3B0aW9ucyBvZiBgaHR0cFN0b3JlYCBhbmQgYGxhbmdmdXNlU3RvcmVgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXRyeU9wdGlvbnMge1xuICAvKipcbiAgICogUmV0cmllcyBhZnRlciB0aGUgZmlyc3QgYXR0ZW1wdCAoc28gYGxpbWl0ICsgMWAgYXR0ZW1wdHMgYXQgbW9zdCkuIGAwYCBkaXNhYmxlcyByZXRyaWVzLlxuICAgKiBAZGVmYXVsdCAyXG4gICAqL1xuICBsaW1pdD86IG51bWJlcjtcbiAgLyoqXG4gICAqIEJhc2Ugb2YgdGhlIGV4cG9uZW50aWFsIGJhY2tvZmY6IGF0dGVtcHQgYG5gIChmcm9tIDApIHdhaXRzIGEgcmFuZG9tIHRpbWUgaW5cbiAgICogYFswLCBtaW4obWF4QmFja29mZk1zLCBiYWNrb2ZmTXMgKiAyXm4pKWAgKFwiZnVsbCBqaXR0ZXJcIikuXG4gICAqIEBkZWZhdWx0IDI1MFxuICAgKi9cbiAgYmFja29mZk1zPzogbnVtYmVyO1xuICAvKipcbiAgICogQ2FwIG9mIG9uZSBiYWNrb2ZmIGRlbGF5IGNvbXB1dGVkIGZyb20gYGJhY2tvZmZNc2AuXG4gICAqIEBkZWZhdWx0IDUwMDBcbiAgICovXG4gIG1heEJhY2tvZmZNcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIExvbmdlc3QgYFJldHJ5LUFmdGVyYCB0aGUgc3RvcmUgd2lsbCBob25vdXIuIFdoZW4gYSBzZXJ2ZXIgYXNrcyBmb3IgYSBsb25nZXIgd2FpdCwgdGhlIHJlcXVlc3RcbiAgICogZmFpbHMgYXQgb25jZSB3aXRoIGEgcmV0cnlhYmxlIGBTdG9yZUVycm9yYCBpbnN0ZWFkIG9mIGhhbmdpbmcuXG4gICAqIEBkZWZhdWx0IDMwMDAwXG4gICAqL1xuICBtYXhSZXRyeUFmdGVyTXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBXYWl0cyBgbXNgIG1pbGxpc2Vjb25kcy4gSW5qZWN0IGl0IGluIHRlc3RzIHRvIHJlY29yZCB0aGUgZGVsYXlzIGluc3RlYWQgb2Ygd2FpdGluZy5cbiAgICogQGRlZmF1bHQgc2V0VGltZW91dC1iYXNlZCBzbGVlcFxuICAgKi9cbiAgc2xlZXA/OiAobXM6IG51bWJlcikgPT4gUHJvbWlzZTx2b2lkPjtcbiAgLyoqXG4gICAqIFJhbmRvbSBudW1iZXIgaW4gYFswLCAxKWAgdXNlZCBmb3Igaml0dGVyLlxuICAgKiBAZGVmYXVsdCBNYXRoLnJhbmRvbVxuICAgKi9cbiAgcmFuZG9tPzogKCkgPT4gbnVtYmVyO1xuICAvKipcbiAgICogQ3VycmVudCB0aW1lIGluIG1pbGxpc2Vjb25kcyBzaW5jZSB0aGUgZXBvY2gsIHVzZWQgdG8gdHVybiBhIGBSZXRyeS1BZnRlcmAgSFRUUCBkYXRlIGludG8gYSBkZWxheS5cbiAgICogQGRlZmF1bHQgRGF0ZS5ub3dcbiAgICovXG4gIG5vdz86ICgpID0+IG51bWJlcjtcbn1cblxuLyoqIHtAbGluayBSZXRyeU9wdGlvbnN9IHdpdGggZXZlcnkgZGVmYXVsdCBmaWxsZWQgaW4uICovXG5leHBvcnQgdHlwZSBSZXNvbHZlZFJldHJ5T3B0aW9ucyA9IFJlcXVpcmVkPFJldHJ5T3B0aW9ucz47XG5cbmNvbnN0IGRlZmF1bHRTbGVlcCA9IChtczogbnVtYmVyKTogUHJvbWlzZTx2b2lkPiA9PiBuZXcgUHJvbWlzZSgocmVzb2x2ZSkgPT4gc2V0VGltZW91dChyZXNvbHZlLCBtcykpO1xuXG5mdW5jdGlvbiBjaGVja051bWJlcih2YWx1ZTogdW5rbm93biwgb3B0aW9uOiBzdHJpbmcsIG1pbjogbnVtYmVyLCBmYWxsYmFjazogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgfHwgdmFsdWUgPCBtaW4pIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYSBmaW5pdGUgbnVtYmVyID49ICR7bWlufSwgZ290ICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuZnVuY3Rpb24gY2hlY2tGdW5jdGlvbjxUPih2YWx1ZTogVCB8IHVuZGVmaW5lZCwgb3B0aW9uOiBzdHJpbmcsIGZhbGxiYWNrOiBUKTogVCB7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsbGJhY2s7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdmdW5jdGlvbicpIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIGZ1bmN0aW9uLCBnb3QgJHt0eXBlb2YgdmFsdWV9YCwgeyBvcHRpb24gfSk7XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqXG4gKiBGaWxsIGluIHRoZSBkZWZhdWx0cyBvZiBgcmV0cnlgLCBjaGVja2luZyBlYWNoIG9wdGlvbiAoYSB7QGxpbmsgQ29uZmlnRXJyb3J9IG5hbWVzIHRoZSBiYWQgb25lKS5cbiAqIGByZXRyeTogZmFsc2VgIG9yIGAwYCBkaXNhYmxlcyByZXRyaWVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVJldHJ5T3B0aW9ucyhyZXRyeTogUmV0cnlPcHRpb25zIHwgbnVtYmVyIHwgZmFsc2UgfCB1bmRlZmluZWQpOiBSZXNvbHZlZFJldHJ5T3B0aW9ucyB7XG4gIGNvbnN0IG9wdGlvbnM6IFJldHJ5T3B0aW9ucyA9XG4gICAgcmV0cnkgPT09IGZhbHNlID8geyBsaW1pdDogMCB9IDogdHlwZW9mIHJldHJ5ID09PSAnbnVtYmVyJyA/IHsgbGltaXQ6IHJldHJ5IH0gOiAocmV0cnkgPz8ge30pO1xuICBpZiAodHlwZW9mIG9wdGlvbnMgIT09ICdvYmplY3QnIHx8IG9wdGlvbnMgPT09IG51bGwpIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlnRXJyb3IoYG11c3QgYmUgYW4gb2JqZWN0LCBhIG51bWJlciBvciBmYWxzZSwgZ290ICR7dHlwZW9mIG9wdGlvbnN9YCwgeyBvcHRpb246ICdyZXRyeScgfSk7XG4gIH1cbiAgY29uc3QgbGltaXQgPSBjaGVja051bWJlcihvcHRpb25zLmxpbWl0LCAncmV0cnkubGltaXQnLCAwLCAyKTtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGxpbWl0KSkgdGhyb3cgbmV3IENvbmZpZ0Vycm9yKGBtdXN0IGJlIGFuIGludGVnZXIsIGdvdCAke2xpbWl0fWAsIHsgb3B0aW9uOiAncmV0cnkubGltaXQnIH0pO1xuICByZXR1cm4ge1xuICAgIGxpbWl0LFxuICAgIGJhY2tvZmZNczogY2hlY2tOdW1iZXIob3B0aW9ucy5iYWNrb2ZmTXMsICdyZXRyeS5iYWNrb2ZmTXMnLCAwLCAyNTApLFxuICAgIG1heEJhY2tvZmZNczogY2hlY2tOdW1iZXIob3B0aW9ucy5tYXhCYWNrb2ZmTXMsICdyZXRyeS5tYXhCYWNrb2ZmTXMnLCAwLCA1MDAwKSxcbiAgICBtYXhSZXRyeUFmdGVyTXM6IGNoZWNrTnVtYmVyKG9wdGlvbnMubWF4UmV0cnlBZnRlck1zLCAncmV0cnkubWF4UmV0cnlBZnRlck1zJywgMCwgMzBfMDAwKSxcbiAgICBzbGVlcDogY2hlY2tGdW5jdGlvbihvcHRpb25zLnNsZWVwLCAncmV0cnkuc2xlZXAnLCBkZWZhdWx0U2xlZXApLFxuICAgIHJhbmRvbTogY2hlY2tGdW5jdGlvbihvcHRpb25zLnJhbmRvbSwgJ3JldHJ5LnJhbmRvbScsIE1hdGgucmFuZG9tKSxcbiAgICBub3c6IGNoZWNrRnVuY3Rpb24ob3B0aW9ucy5ub3csICdyZXRyeS5ub3cnLCBEYXRlLm5vdyksXG4gIH07XG59XG5cbi8qKiBUcnVlIGZvciB0aGUgSFRUUCBzdGF0dXNlcyB3b3J0aCByZXRyeWluZzogNDA4LCA0MjkgYW5kIDV4eCBleGNlcHQgNTAxIChOb3QgSW1wbGVtZW50ZWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUmV0cnlhYmxlU3RhdHVzKHN0YXR1czogbnVtYmVyKTogYm9vbGVhbiB7XG4gIHJldHVybiBzdGF0dXMgPT09IDQwOCB8fCBzdGF0dXMgPT09IDQyOSB8fCAoc3RhdHVzID49IDUwMCAmJiBzdGF0dXMgPD0gNTk5ICYmIHN0YXR1cyAhPT0gNTAxKTtcbn1cblxuLyoqXG4gKiBEZWxheSBhc2tlZCBmb3IgYnkgYSBgUmV0cnktQWZ0ZXJgIGhlYWRlciwgaW4gbWlsbGlzZWNvbmRzOiBkZWx0YS1zZWNvbmRzIChgXCIxMjBcImAsIGBcIjEuNVwiYCkgb3IgYW5cbiAqIEhUVFAgZGF0ZS4gYHVuZGVmaW5lZGAgd2hlbiB0aGUgaGVhZGVyIGlzIG1pc3Npbmcgb3IgdW5yZWFkYWJsZTsgYSBkYXRlIGluIHRoZSBwYXN0IGdpdmVzIGAwYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUmV0cnlBZnRlcih2YWx1ZTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgbm93OiBudW1iZXIpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgdGV4dCA9IHZhbHVlLnRyaW0oKTtcbiAgaWYgKHRleHQgPT09ICcnKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoL15cXGQrKFxcLlxcZCspPyQvLnRlc3QodGV4dCkpIHJldHVybiBNYXRoLnJvdW5kKE51bWJlcih0ZXh0KSAqIDEwMDApO1xuICAvLyBBbiBIVFRQIGRhdGUgbmFtZXMgaXRzIGRheSBvciBtb250aCAoXCJUdWUsIDAxIEphbiAyMDMwIDAwOjAwOjMwIEdNVFwiKTsgcmVmdXNlIGJhcmUgbnVtYmVycyBsaWtlIFwiLTVcIi5cbiAgaWYgKCEvW2Etel17M30vaS50ZXN0KHRleHQpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBkYXRlID0gRGF0ZS5wYXJzZSh0ZXh0KTtcbiAgaWYgKE51bWJlci5pc05hTihkYXRlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIE1hdGgubWF4KDAsIGRhdGUgLSBub3cpO1xufVxuXG4vKiogRnVsbC1qaXR0ZXIgYmFja29mZiBmb3IgcmV0cnkgbnVtYmVyIGBhdHRlbXB0YCAoMCBmb3IgdGhlIGZpcnN0IHJldHJ5KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBiYWNrb2ZmRGVsYXkoYXR0ZW1wdDogbnVtYmVyLCBvcHRpb25zOiBSZXNvbHZlZFJldHJ5T3B0aW9ucyk6IG51bWJlciB7XG4gIGNvbnN0IGNlaWxpbmcgPSBNYXRoLm1pbihvcHRpb25zLm1heEJhY2tvZmZNcywgb3B0aW9ucy5iYWNrb2ZmTXMgKiAyICoqIGF0dGVtcHQpO1xuICByZXR1cm4gTWF0aC5mbG9vcihvcHRpb25zLnJhbmRvbSgpICogY2VpbGluZyk7XG59XG4iLCAiLyoqXG4gKiBUdXJuaW5nIEhUVFAgZmFpbHVyZXMgaW50byB7QGxpbmsgU3RvcmVFcnJvcn1zOiBvbmUgZnVuY3Rpb24gbWFwcyBhIHN0YXR1cyAoYW5kIHRoZSBzZXJ2ZXIncyBlcnJvclxuICogYm9keSwgaWYgYW55KSB0byBhIG1lc3NhZ2UgdGhhdCBzYXlzIHdoYXQgZmFpbGVkLCB3aGVyZSBhbmQgaG93IHRvIGZpeCBpdCwgYW5kIG5ldmVyIGNvbnRhaW5zIGFcbiAqIGNyZWRlbnRpYWwuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCB7IFN0b3JlRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuaW1wb3J0IHsgaXNSZXRyeWFibGVTdGF0dXMgfSBmcm9tICcuL3JldHJ5LmpzJztcblxuLyoqIFdoYXQgYSBzdG9yZSBzYXlzIGFib3V0IGEgZmFpbGVkIHJlcXVlc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIEZhaWx1cmVDb250ZXh0IHtcbiAgLyoqIFN0b3JlIG5hbWUsIGUuZy4gYCdodHRwJ2AuICovXG4gIHN0b3JlOiBzdHJpbmc7XG4gIC8qKiBXaGF0IHdhcyBiZWluZyBkb25lLCBlLmcuIGAnbGlzdGluZyB0aGUgdmVyc2lvbnMgb2YgXCJzdXBwb3J0L2dyZWV0aW5nXCInYC4gKi9cbiAgYWN0aW9uOiBzdHJpbmc7XG4gIC8qKiBUaGUgcmVxdWVzdCBVUkwsIHdpdGhvdXQgY3JlZGVudGlhbHMgKHNlZSB7QGxpbmsgZGlzcGxheVVybH0pLiAqL1xuICB1cmw6IHN0cmluZztcbiAgLyoqIEhvdyB0byBmaXggYSA0MDEvNDAzLCBlLmcuIFwicGFzcyB0aGUgcmlnaHQgYHRva2VuYCB0byBodHRwU3RvcmVcIi4gKi9cbiAgYXV0aEhpbnQ6IHN0cmluZztcbiAgLyoqIFJlbW92ZXMgc2VjcmV0cyBmcm9tIGFueSB0ZXh0IHRoYXQgZ29lcyBpbnRvIGEgbWVzc2FnZS4gKi9cbiAgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG59XG5cbi8qKiBBIHNlcnZlcidzIGVycm9yIG1lc3NhZ2UsIGtlcHQgc2hvcnQuICovXG5mdW5jdGlvbiBzaG9ydE1lc3NhZ2UodGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkLCByZWRhY3Q6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICh0ZXh0ID09PSB1bmRlZmluZWQgfHwgdGV4dC50cmltKCkgPT09ICcnKSByZXR1cm4gJyc7XG4gIGNvbnN0IGNsZWFuID0gcmVkYWN0KHRleHQpLnJlcGxhY2UoL1xccysvZywgJyAnKS50cmltKCk7XG4gIHJldHVybiBjbGVhbi5sZW5ndGggPiAzMDAgPyBgJHtjbGVhbi5zbGljZSgwLCAzMDApfVx1MjAyNmAgOiBjbGVhbjtcbn1cblxuLyoqXG4gKiBNYXAgYSBub24tc3VjY2VzcyBIVFRQIHN0YXR1cyB0byBhIHtAbGluayBTdG9yZUVycm9yfS4gNDAxLzQwMyBhcmUgbmV2ZXIgcmV0cnlhYmxlOyA0MDgsIDQyOSBhbmRcbiAqIDV4eCAoYnV0IDUwMSkgYXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhdHVzRXJyb3IoXG4gIHN0YXR1czogbnVtYmVyLFxuICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICBkZXRhaWxzOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmc7IHJldHJ5QWZ0ZXJNcz86IG51bWJlcjsgYXR0ZW1wdHM/OiBudW1iZXIgfSA9IHt9LFxuKTogU3RvcmVFcnJvciB7XG4gIGNvbnN0IHNlcnZlciA9IHNob3J0TWVzc2FnZShkZXRhaWxzLm1lc3NhZ2UsIGN0eC5yZWRhY3QpO1xuICBjb25zdCBzYWlkID0gc2VydmVyID09PSAnJyA/ICcnIDogYCBUaGUgc2VydmVyIHNhaWQ6IFwiJHtzZXJ2ZXJ9XCIuYDtcbiAgY29uc3QgdHJpZXMgPSBkZXRhaWxzLmF0dGVtcHRzICE9PSB1bmRlZmluZWQgJiYgZGV0YWlscy5hdHRlbXB0cyA+IDEgPyBgIGFmdGVyICR7ZGV0YWlscy5hdHRlbXB0c30gYXR0ZW1wdHNgIDogJyc7XG4gIGxldCBtZXNzYWdlOiBzdHJpbmc7XG4gIGlmIChzdGF0dXMgPT09IDQwMSB8fCBzdGF0dXMgPT09IDQwMykge1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgd2FzIHJlZnVzZWQgKEhUVFAgJHtzdGF0dXN9ICR7c3RhdHVzID09PSA0MDEgPyAndW5hdXRob3JpemVkJyA6ICdmb3JiaWRkZW4nfSkgYCArXG4gICAgICBgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9OiB0aGUgY3JlZGVudGlhbHMgYXJlIG1pc3Npbmcgb3Igd3JvbmcuJHtzYWlkfSBGaXg6ICR7Y3R4LmF1dGhIaW50fS5gO1xuICB9IGVsc2UgaWYgKHN0YXR1cyA9PT0gNDA0KSB7XG4gICAgbWVzc2FnZSA9XG4gICAgICBgVGhlICR7Y3R4LnN0b3JlfSBzdG9yZSBnb3QgSFRUUCA0MDQgd2l0aG91dCBhIFwibm90IGZvdW5kXCIgZXJyb3IgYm9keSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH0uJHtzYWlkfSBgICtcbiAgICAgICdDaGVjayB0aGF0IHRoZSBzdG9yZSBVUkwgcG9pbnRzIGF0IHRoZSBwcm9tcHQgc2VydmVyICh0aGUgYmFzZSBVUkwsIHdpdGhvdXQgdGhlIC92MSBwYXRoKS4nO1xuICB9IGVsc2UgaWYgKHN0YXR1cyA9PT0gNDI5KSB7XG4gICAgY29uc3Qgd2FpdCA9XG4gICAgICBkZXRhaWxzLnJldHJ5QWZ0ZXJNcyA9PT0gdW5kZWZpbmVkID8gJycgOiBgIChpdCBhc2tlZCB0byB3YWl0ICR7TWF0aC5jZWlsKGRldGFpbHMucmV0cnlBZnRlck1zIC8gMTAwMCl9IHMpYDtcbiAgICBtZXNzYWdlID1cbiAgICAgIGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIHdhcyByYXRlIGxpbWl0ZWQgKEhUVFAgNDI5KSR7d2FpdH0gd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9JHt0cmllc30uJHtzYWlkfSBgICtcbiAgICAgICdUcnkgYWdhaW4gbGF0ZXIsIG9yIGxvd2VyIHRoZSByZXF1ZXN0IHJhdGUgKGUuZy4gYSBsb25nZXIgY2FjaGUgdHRsTXMpLic7XG4gIH0gZWxzZSBpZiAoc3RhdHVzID09PSA0MDggfHwgc3RhdHVzID49IDUwMCkge1xuICAgIG1lc3NhZ2UgPVxuICAgICAgYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUncyBzZXJ2ZXIgZmFpbGVkIChIVFRQICR7c3RhdHVzfSkgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9JHt0cmllc30uJHtzYWlkfSBgICtcbiAgICAgICdUaGlzIGlzIHVzdWFsbHkgdGVtcG9yYXJ5OiB0cnkgYWdhaW4gbGF0ZXIsIGFuZCBjaGVjayB0aGUgc2VydmVyIGlmIGl0IHBlcnNpc3RzLic7XG4gIH0gZWxzZSB7XG4gICAgY29uc3QgY29kZSA9IGRldGFpbHMuY29kZSA9PT0gdW5kZWZpbmVkID8gJycgOiBgICR7ZGV0YWlscy5jb2RlfWA7XG4gICAgbWVzc2FnZSA9IGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIGdvdCBIVFRQICR7c3RhdHVzfSR7Y29kZX0gd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9LiR7c2FpZH1gO1xuICAgIGlmIChzdGF0dXMgPT09IDQwMCkgbWVzc2FnZSArPSAnIFRoZSByZXF1ZXN0IHdhcyByZWplY3RlZCBhcyBpbnZhbGlkOiBjaGVjayB0aGUgbmFtZSwgdmVyc2lvbiBvciBzZWxlY3Rvci4nO1xuICAgIGlmIChzdGF0dXMgPT09IDQwOSkgbWVzc2FnZSArPSAnIFZlcnNpb25zIGFyZSBpbW11dGFibGU6IHB1Ymxpc2ggYSBuZXcgdmVyc2lvbiBpbnN0ZWFkIG9mIGNoYW5naW5nIHRoaXMgb25lLic7XG4gIH1cbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKG1lc3NhZ2UsIHsgc3RvcmU6IGN0eC5zdG9yZSwgc3RhdHVzLCByZXRyeWFibGU6IGlzUmV0cnlhYmxlU3RhdHVzKHN0YXR1cykgfSk7XG59XG5cbi8qKiBBIG5ldHdvcmsgZmFpbHVyZSAoRE5TLCByZWZ1c2VkIGNvbm5lY3Rpb24sIHJlc2V0KSBvciBhIHRpbWVvdXQ6IGFsd2F5cyByZXRyeWFibGUuICovXG5leHBvcnQgZnVuY3Rpb24gbmV0d29ya0Vycm9yKFxuICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICBjYXVzZTogdW5rbm93bixcbiAgdGltZW91dE1zOiBudW1iZXIgfCB1bmRlZmluZWQsXG4gIGF0dGVtcHRzOiBudW1iZXIsXG4pOiBTdG9yZUVycm9yIHtcbiAgY29uc3QgdHJpZXMgPSBhdHRlbXB0cyA+IDEgPyBgICgke2F0dGVtcHRzfSBhdHRlbXB0cylgIDogJyc7XG4gIGNvbnN0IG1lc3NhZ2UgPVxuICAgIHRpbWVvdXRNcyAhPT0gdW5kZWZpbmVkXG4gICAgICA/IGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIHRpbWVkIG91dCBhZnRlciAke3RpbWVvdXRNc30gbXMgd2hpbGUgJHtjdHguYWN0aW9ufSBhdCAke2N0eC51cmx9JHt0cmllc30uIGAgK1xuICAgICAgICAnQ2hlY2sgdGhhdCB0aGUgc2VydmVyIGlzIHJlYWNoYWJsZSwgb3IgcmFpc2UgdGhlIHN0b3JlXFwncyBcInRpbWVvdXRNc1wiLidcbiAgICAgIDogYFRoZSAke2N0eC5zdG9yZX0gc3RvcmUgY291bGQgbm90IHJlYWNoICR7Y3R4LnVybH0gd2hpbGUgJHtjdHguYWN0aW9ufSR7dHJpZXN9OiBgICtcbiAgICAgICAgYCR7Y3R4LnJlZGFjdChkZXNjcmliZUNhdXNlKGNhdXNlKSl9LiBDaGVjayB0aGUgVVJMIGFuZCB0aGUgbmV0d29yay5gO1xuICByZXR1cm4gbmV3IFN0b3JlRXJyb3IobWVzc2FnZSwgeyBzdG9yZTogY3R4LnN0b3JlLCByZXRyeWFibGU6IHRydWUgfSwgeyBjYXVzZTogc2FuaXRpemVDYXVzZShjYXVzZSwgY3R4LnJlZGFjdCkgfSk7XG59XG5cbi8qKiBBIHJlc3BvbnNlIHRoYXQgaXMgbm90IHdoYXQgdGhlIHByb3RvY29sIHByb21pc2VzIChiYWQgSlNPTiwgd3JvbmcgY29udGVudCB0eXBlLCB0b28gYmlnLCB3cm9uZyBzaGFwZSkuICovXG5leHBvcnQgZnVuY3Rpb24gbWFsZm9ybWVkRXJyb3IoY3R4OiBGYWlsdXJlQ29udGV4dCwgcHJvYmxlbTogc3RyaW5nLCBzdGF0dXM/OiBudW1iZXIpOiBTdG9yZUVycm9yIHtcbiAgcmV0dXJuIG5ldyBTdG9yZUVycm9yKFxuICAgIGBUaGUgJHtjdHguc3RvcmV9IHN0b3JlIGdvdCBhIG1hbGZvcm1lZCByZXNwb25zZSB3aGlsZSAke2N0eC5hY3Rpb259IGF0ICR7Y3R4LnVybH06ICR7Y3R4LnJlZGFjdChwcm9ibGVtKX0uIGAgK1xuICAgICAgJ0NoZWNrIHRoYXQgdGhlIFVSTCBwb2ludHMgYXQgYSBwcm9tcHRvcHMtY29tcGF0aWJsZSBzZXJ2ZXIgKHByb3RvY29sIHYxKS4nLFxuICAgIHsgc3RvcmU6IGN0eC5zdG9yZSwgc3RhdHVzLCByZXRyeWFibGU6IGZhbHNlIH0sXG4gICk7XG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlQ2F1c2UoY2F1c2U6IHVua25vd24pOiBzdHJpbmcge1xuICBpZiAoY2F1c2UgaW5zdGFuY2VvZiBFcnJvcikge1xuICAgIGNvbnN0IGlubmVyID0gY2F1c2UuY2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IGAgKCR7Y2F1c2UuY2F1c2UubWVzc2FnZX0pYCA6ICcnO1xuICAgIHJldHVybiBgJHtjYXVzZS5tZXNzYWdlfSR7aW5uZXJ9YDtcbiAgfVxuICByZXR1cm4gU3RyaW5nKGNhdXNlKTtcbn1cblxuLyoqXG4gKiBBIHBsYWluIEVycm9yIGNvcHkgb2YgYSB0cmFuc3BvcnQgZmFpbHVyZSwga2VlcGluZyBvbmx5IGl0cyBuYW1lIGFuZCByZWRhY3RlZCBtZXNzYWdlIChhbmQgdGhlXG4gKiBzYW1lIG9mIGl0cyBvd24gY2F1c2UpOiB0aGUgb3JpZ2luYWwgbWF5IGhvbGQgdGhlIHJlcXVlc3QsIGFuZCBzbyBpdHMgaGVhZGVycy5cbiAqL1xuZnVuY3Rpb24gc2FuaXRpemVDYXVzZShjYXVzZTogdW5rbm93biwgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmcpOiBFcnJvciB8IHVuZGVmaW5lZCB7XG4gIGlmICghKGNhdXNlIGluc3RhbmNlb2YgRXJyb3IpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBpbm5lciA9IGNhdXNlLmNhdXNlIGluc3RhbmNlb2YgRXJyb3IgPyBuZXcgRXJyb3IocmVkYWN0KGNhdXNlLmNhdXNlLm1lc3NhZ2UpKSA6IHVuZGVmaW5lZDtcbiAgY29uc3QgY29weSA9IG5ldyBFcnJvcihyZWRhY3QoY2F1c2UubWVzc2FnZSksIGlubmVyID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiB7IGNhdXNlOiBpbm5lciB9KTtcbiAgY29weS5uYW1lID0gY2F1c2UubmFtZTtcbiAgcmV0dXJuIGNvcHk7XG59XG5cbi8qKiBgdXJsYCB3aXRob3V0IHVzZXIgaW5mbyAoYHVzZXI6cGFzc0BgKSwgZm9yIG1lc3NhZ2VzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRpc3BsYXlVcmwodXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICB0cnkge1xuICAgIGNvbnN0IHUgPSBuZXcgVVJMKHVybCk7XG4gICAgcmV0dXJuIGAke3Uub3JpZ2lufSR7dS5wYXRobmFtZX0ke3Uuc2VhcmNofWA7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiAnKGludmFsaWQgVVJMKSc7XG4gIH1cbn1cblxuLyoqIEEgZnVuY3Rpb24gdGhhdCByZXBsYWNlcyBldmVyeSBvY2N1cnJlbmNlIG9mIHRoZSBnaXZlbiBzZWNyZXRzIHdpdGggYFtyZWRhY3RlZF1gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlZGFjdG9yKHNlY3JldHM6IFJlYWRvbmx5QXJyYXk8c3RyaW5nIHwgdW5kZWZpbmVkPik6ICh0ZXh0OiBzdHJpbmcpID0+IHN0cmluZyB7XG4gIGNvbnN0IGxpc3QgPSBzZWNyZXRzLmZpbHRlcigocyk6IHMgaXMgc3RyaW5nID0+IHR5cGVvZiBzID09PSAnc3RyaW5nJyAmJiBzLmxlbmd0aCA+IDApO1xuICByZXR1cm4gKHRleHQpID0+IHtcbiAgICBsZXQgb3V0ID0gdGV4dDtcbiAgICBmb3IgKGNvbnN0IHNlY3JldCBvZiBsaXN0KSBvdXQgPSBvdXQuc3BsaXQoc2VjcmV0KS5qb2luKCdbcmVkYWN0ZWRdJyk7XG4gICAgcmV0dXJuIG91dDtcbiAgfTtcbn1cbiIsICIvKipcbiAqIE9wdGlvbiBjaGVja3Mgc2hhcmVkIGJ5IHRoZSBIVFRQLWJhc2VkIHN0b3JlczogZWFjaCBwcm9ibGVtIGlzIGEgYENvbmZpZ0Vycm9yYCBuYW1pbmcgdGhlIG9wdGlvbi5cbiAqIEBtb2R1bGVcbiAqL1xuaW1wb3J0IHsgQ29uZmlnRXJyb3IgfSBmcm9tICcuLi8uLi9lcnJvcnMuanMnO1xuXG4vKiogQSBwb3NpdGl2ZSBmaW5pdGUgbnVtYmVyLCBvciBgZmFsbGJhY2tgIHdoZW4gYHZhbHVlYCBpcyB1bmRlZmluZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcG9zaXRpdmVOdW1iZXIodmFsdWU6IHVua25vd24sIG9wdGlvbjogc3RyaW5nLCBmYWxsYmFjazogbnVtYmVyKTogbnVtYmVyIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHJldHVybiBmYWxsYmFjaztcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0Zpbml0ZSh2YWx1ZSkgfHwgdmFsdWUgPD0gMCkge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhIHBvc2l0aXZlIG51bWJlciwgZ290ICR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuLyoqIFZhbGlkYXRlIGEgYmFzZSBVUkwgb3B0aW9uIGFuZCByZXR1cm4gaXQgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG5vcm1hbGl6ZUJhc2VVcmwodmFsdWU6IHVua25vd24sIG9wdGlvbjogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ3N0cmluZycgfHwgdmFsdWUudHJpbSgpID09PSAnJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignaXMgcmVxdWlyZWQ6IHRoZSBiYXNlIFVSTCBvZiB0aGUgc2VydmVyLCBlLmcuIFwiaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tXCInLCB7IG9wdGlvbiB9KTtcbiAgfVxuICBsZXQgdXJsOiBVUkw7XG4gIHRyeSB7XG4gICAgdXJsID0gbmV3IFVSTCh2YWx1ZSk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgaXMgbm90IGEgdmFsaWQgVVJMOiAke0pTT04uc3RyaW5naWZ5KHZhbHVlLnNsaWNlKDAsIDIwMCkpfWAsIHsgb3B0aW9uIH0pO1xuICB9XG4gIGlmICh1cmwucHJvdG9jb2wgIT09ICdodHRwOicgJiYgdXJsLnByb3RvY29sICE9PSAnaHR0cHM6Jykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcihgbXVzdCBiZSBhbiBodHRwOiBvciBodHRwczogVVJMLCBnb3QgJHt1cmwucHJvdG9jb2x9YCwgeyBvcHRpb24gfSk7XG4gIH1cbiAgaWYgKHVybC5zZWFyY2ggIT09ICcnIHx8IHVybC5oYXNoICE9PSAnJykge1xuICAgIHRocm93IG5ldyBDb25maWdFcnJvcignbXVzdCBub3QgaGF2ZSBhIHF1ZXJ5IHN0cmluZyBvciBhIGZyYWdtZW50JywgeyBvcHRpb24gfSk7XG4gIH1cbiAgcmV0dXJuIGAke3VybC5vcmlnaW59JHt1cmwucGF0aG5hbWV9YC5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cbiIsICIvKipcbiAqIFRoZSBIVFRQIHRyYW5zcG9ydCBzaGFyZWQgYnkgYGh0dHBTdG9yZWAgYW5kIGBsYW5nZnVzZVN0b3JlYDogb25lIHJlcXVlc3Qgb24gYGt5YCwgd2l0aCBhIHRpbWVvdXRcbiAqIHBlciBhdHRlbXB0IChoZWFkZXJzIGFuZCBib2R5KSwgcmV0cmllcyB3aXRoIGNhcHBlZCBqaXR0ZXJlZCBiYWNrb2ZmIGhvbm91cmluZyBgUmV0cnktQWZ0ZXJgLCBhXG4gKiBieXRlIGxpbWl0IG9uIHJlc3BvbnNlIGJvZGllcyAoY291bnRlZCB3aGlsZSBzdHJlYW1pbmcsIG5ldmVyIGJ1ZmZlcmVkIHBhc3QgdGhlIGxpbWl0KSwgSlNPTlxuICogZGVjb2RpbmcsIGFuZCBlcnJvciBtYXBwaW5nIHdpdGggY3JlZGVudGlhbHMgcmVkYWN0ZWQuXG4gKiBAbW9kdWxlXG4gKi9cbmltcG9ydCBreSBmcm9tICdreSc7XG5pbXBvcnQgeyB0eXBlIEZhaWx1cmVDb250ZXh0LCBtYWxmb3JtZWRFcnJvciwgbmV0d29ya0Vycm9yLCBzdGF0dXNFcnJvciB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGJhY2tvZmZEZWxheSwgaXNSZXRyeWFibGVTdGF0dXMsIHBhcnNlUmV0cnlBZnRlciwgdHlwZSBSZXNvbHZlZFJldHJ5T3B0aW9ucyB9IGZyb20gJy4vcmV0cnkuanMnO1xuXG4vKiogTGFyZ2VzdCBlcnJvciBib2R5IHJlYWQgdG8gZXh0cmFjdCB0aGUgc2VydmVyJ3MgbWVzc2FnZS4gKi9cbmNvbnN0IEVSUk9SX0JPRFlfTElNSVQgPSA2NCAqIDEwMjQ7XG5cbi8qKiBEZWZhdWx0IGxpbWl0IG9mIGEgcmVzcG9uc2UgYm9keTogMTAgTUIuICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9NQVhfQk9EWV9CWVRFUyA9IDEwICogMTAyNCAqIDEwMjQ7XG5cbi8qKiBTZXR0aW5ncyBvZiBhIHRyYW5zcG9ydCwgZml4ZWQgd2hlbiBhIHN0b3JlIGlzIGNyZWF0ZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIFRyYW5zcG9ydE9wdGlvbnMge1xuICAvKiogU3RvcmUgbmFtZSBmb3IgZXJyb3JzLiAqL1xuICBzdG9yZTogc3RyaW5nO1xuICAvKiogQmFzZSBVUkwgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoLCBlLmcuIGAnaHR0cHM6Ly9wcm9tcHRzLmV4YW1wbGUuY29tJ2AuICovXG4gIGJhc2VVcmw6IHN0cmluZztcbiAgLyoqIEhlYWRlcnMgc2VudCB3aXRoIGV2ZXJ5IHJlcXVlc3QgKGF1dGhvcml6YXRpb24gaW5jbHVkZWQpLiAqL1xuICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogVmFsdWVzIHRoYXQgbXVzdCBuZXZlciBhcHBlYXIgaW4gYSBtZXNzYWdlICh0b2tlbnMsIGtleXMsIGVuY29kZWQgY3JlZGVudGlhbHMpLiAqL1xuICBzZWNyZXRzOiBSZWFkb25seUFycmF5PHN0cmluZyB8IHVuZGVmaW5lZD47XG4gIC8qKiBIb3cgdG8gZml4IGEgNDAxLzQwMy4gKi9cbiAgYXV0aEhpbnQ6IHN0cmluZztcbiAgLyoqIFRpbWVvdXQgb2Ygb25lIGF0dGVtcHQsIGZyb20gc2VuZGluZyB0aGUgcmVxdWVzdCB0byB0aGUgZW5kIG9mIHRoZSBib2R5LiAqL1xuICB0aW1lb3V0TXM6IG51bWJlcjtcbiAgLyoqIFJldHJ5IHBvbGljeS4gKi9cbiAgcmV0cnk6IFJlc29sdmVkUmV0cnlPcHRpb25zO1xuICAvKiogTGFyZ2VzdCBhY2NlcHRlZCByZXNwb25zZSBib2R5LCBpbiBieXRlcy4gKi9cbiAgbWF4Qm9keUJ5dGVzOiBudW1iZXI7XG4gIC8qKiBgZmV0Y2hgIGltcGxlbWVudGF0aW9uOyBgZ2xvYmFsVGhpcy5mZXRjaGAgKGxvb2tlZCB1cCBhdCByZXF1ZXN0IHRpbWUpIHdoZW4gYWJzZW50LiAqL1xuICBmZXRjaD86IHR5cGVvZiBnbG9iYWxUaGlzLmZldGNoO1xuICAvKiogUmVtb3ZlcyBzZWNyZXRzIGZyb20gdGV4dC4gKi9cbiAgcmVkYWN0OiAodGV4dDogc3RyaW5nKSA9PiBzdHJpbmc7XG59XG5cbi8qKiBPbmUgcmVxdWVzdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVHJhbnNwb3J0UmVxdWVzdCB7XG4gIC8qKiBAZGVmYXVsdCAnR0VUJyAqL1xuICBtZXRob2Q/OiAnR0VUJyB8ICdQVVQnO1xuICAvKiogUGF0aCBhZnRlciB0aGUgYmFzZSBVUkwsIGFscmVhZHkgZW5jb2RlZCwgc3RhcnRpbmcgd2l0aCBgL2AuICovXG4gIHBhdGg6IHN0cmluZztcbiAgLyoqIFF1ZXJ5IHBhcmFtZXRlcnMuICovXG4gIHNlYXJjaFBhcmFtcz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBFeHRyYSBoZWFkZXJzIGZvciB0aGlzIHJlcXVlc3QuICovXG4gIGhlYWRlcnM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogSlNPTiBib2R5LiAqL1xuICBqc29uPzogdW5rbm93bjtcbiAgLyoqIFdoYXQgaXMgYmVpbmcgZG9uZSwgZm9yIG1lc3NhZ2VzOiBgJ2xpc3RpbmcgdGhlIHZlcnNpb25zIG9mIFwieFwiJ2AuICovXG4gIGFjdGlvbjogc3RyaW5nO1xuICAvKiogTm9uLTJ4eCBzdGF0dXNlcyBoYW5kZWQgYmFjayB0byB0aGUgY2FsbGVyIGluc3RlYWQgb2YgdGhyb3duIChlLmcuIDQwNCwgMzA0KS4gKi9cbiAgcGFzc1N0YXR1c2VzPzogcmVhZG9ubHkgbnVtYmVyW107XG59XG5cbi8qKiBBIGRlY29kZWQgYW5zd2VyLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnRSZXNwb25zZSB7XG4gIHN0YXR1czogbnVtYmVyO1xuICBoZWFkZXJzOiBIZWFkZXJzO1xuICAvKiogVGhlIEpTT04gYm9keSBvZiBhIDJ4eCBhbnN3ZXIgKGB1bmRlZmluZWRgIGZvciAyMDQvMzA0KTsgdGhlIGRlY29kZWQgZXJyb3IgYm9keSwgaWYgSlNPTiwgb3RoZXJ3aXNlLiAqL1xuICBib2R5OiB1bmtub3duO1xuICAvKiogYGVycm9yLmNvZGVgIC8gYGVycm9yLm1lc3NhZ2VgIGZvdW5kIGluIGFuIGVycm9yIGJvZHkgKHByb3RvY29sIHYxIG9yIExhbmdmdXNlIHNoYXBlcykuICovXG4gIGVycm9yOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfTtcbiAgLyoqIFRoZSBmYWlsdXJlIGNvbnRleHQsIHRvIGJ1aWxkIGVycm9ycyBhYm91dCB0aGlzIGFuc3dlci4gKi9cbiAgY3R4OiBGYWlsdXJlQ29udGV4dDtcbn1cblxuLyoqIEEgdHJhbnNwb3J0IGJvdW5kIHRvIGl0cyBvcHRpb25zLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc3BvcnQge1xuICByZXF1ZXN0KHJlcXVlc3Q6IFRyYW5zcG9ydFJlcXVlc3QpOiBQcm9taXNlPFRyYW5zcG9ydFJlc3BvbnNlPjtcbn1cblxuY2xhc3MgQm9keVRvb0xhcmdlIGV4dGVuZHMgRXJyb3Ige31cblxuY29uc3QgSlNPTl9UWVBFID0gL15hcHBsaWNhdGlvblxcLyg/OltcXHcuLV0rXFwrKT9qc29uKD86XFxzKjt8XFxzKiQpL2k7XG5cbi8qKiBDcmVhdGUgdGhlIHRyYW5zcG9ydCBvZiBvbmUgc3RvcmUuICovXG5leHBvcnQgZnVuY3Rpb24gY3JlYXRlVHJhbnNwb3J0KG9wdGlvbnM6IFRyYW5zcG9ydE9wdGlvbnMpOiBUcmFuc3BvcnQge1xuICBjb25zdCBmZXRjaEltcGwgPSAoaW5wdXQ6IFJlcXVlc3QgfCBVUkwgfCBzdHJpbmcsIGluaXQ/OiBSZXF1ZXN0SW5pdCk6IFByb21pc2U8UmVzcG9uc2U+ID0+XG4gICAgKG9wdGlvbnMuZmV0Y2ggPz8gZ2xvYmFsVGhpcy5mZXRjaCkoaW5wdXQsIGluaXQpO1xuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlcXVlc3QocmVxOiBUcmFuc3BvcnRSZXF1ZXN0KTogUHJvbWlzZTxUcmFuc3BvcnRSZXNwb25zZT4ge1xuICAgIGNvbnN0IHVybCA9IG5ldyBVUkwoYCR7b3B0aW9ucy5iYXNlVXJsfSR7cmVxLnBhdGh9YCk7XG4gICAgZm9yIChjb25zdCBba2V5LCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMocmVxLnNlYXJjaFBhcmFtcyA/PyB7fSkpIHVybC5zZWFyY2hQYXJhbXMuc2V0KGtleSwgdmFsdWUpO1xuICAgIGNvbnN0IGN0eDogRmFpbHVyZUNvbnRleHQgPSB7XG4gICAgICBzdG9yZTogb3B0aW9ucy5zdG9yZSxcbiAgICAgIGFjdGlvbjogcmVxLmFjdGlvbixcbiAgICAgIHVybDogZGlzcGxheVVybE9mKHVybCksXG4gICAgICBhdXRoSGludDogb3B0aW9ucy5hdXRoSGludCxcbiAgICAgIHJlZGFjdDogb3B0aW9ucy5yZWRhY3QsXG4gICAgfTtcbiAgICBjb25zdCB7IHJldHJ5IH0gPSBvcHRpb25zO1xuICAgIGZvciAobGV0IGF0dGVtcHQgPSAwOyA7IGF0dGVtcHQrKykge1xuICAgICAgY29uc3QgY2FuUmV0cnkgPSBhdHRlbXB0IDwgcmV0cnkubGltaXQ7XG4gICAgICBsZXQgb3V0Y29tZTogQXR0ZW1wdE91dGNvbWU7XG4gICAgICB0cnkge1xuICAgICAgICBvdXRjb21lID0gYXdhaXQgYXR0ZW1wdE9uY2UodXJsLCByZXEsIGN0eCwgY2FuUmV0cnksIGF0dGVtcHQgKyAxKTtcbiAgICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICAgIGlmICghKGVycm9yIGluc3RhbmNlb2YgTmV0d29ya0ZhaWx1cmUpKSB0aHJvdyBlcnJvcjtcbiAgICAgICAgaWYgKCFjYW5SZXRyeSkge1xuICAgICAgICAgIHRocm93IG5ldHdvcmtFcnJvcihjdHgsIGVycm9yLm9yaWdpbmFsLCBlcnJvci50aW1lZE91dCA/IG9wdGlvbnMudGltZW91dE1zIDogdW5kZWZpbmVkLCBhdHRlbXB0ICsgMSk7XG4gICAgICAgIH1cbiAgICAgICAgYXdhaXQgcmV0cnkuc2xlZXAoYmFja29mZkRlbGF5KGF0dGVtcHQsIHJldHJ5KSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgaWYgKG91dGNvbWUua2luZCA9PT0gJ2RvbmUnKSByZXR1cm4gb3V0Y29tZS5yZXNwb25zZTtcbiAgICAgIGF3YWl0IHJldHJ5LnNsZWVwKG91dGNvbWUucmV0cnlBZnRlck1zID8/IGJhY2tvZmZEZWxheShhdHRlbXB0LCByZXRyeSkpO1xuICAgIH1cbiAgfVxuXG4gIHR5cGUgQXR0ZW1wdE91dGNvbWUgPSB7IGtpbmQ6ICdkb25lJzsgcmVzcG9uc2U6IFRyYW5zcG9ydFJlc3BvbnNlIH0gfCB7IGtpbmQ6ICdyZXRyeSc7IHJldHJ5QWZ0ZXJNcz86IG51bWJlciB9O1xuXG4gIGFzeW5jIGZ1bmN0aW9uIGF0dGVtcHRPbmNlKFxuICAgIHVybDogVVJMLFxuICAgIHJlcTogVHJhbnNwb3J0UmVxdWVzdCxcbiAgICBjdHg6IEZhaWx1cmVDb250ZXh0LFxuICAgIGNhblJldHJ5OiBib29sZWFuLFxuICAgIGF0dGVtcHRzOiBudW1iZXIsXG4gICk6IFByb21pc2U8QXR0ZW1wdE91dGNvbWU+IHtcbiAgICBjb25zdCBjb250cm9sbGVyID0gbmV3IEFib3J0Q29udHJvbGxlcigpO1xuICAgIGxldCB0aW1lZE91dCA9IGZhbHNlO1xuICAgIGNvbnN0IHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiB7XG4gICAgICB0aW1lZE91dCA9IHRydWU7XG4gICAgICBjb250cm9sbGVyLmFib3J0KG5ldyBFcnJvcihgdGltZWQgb3V0IGFmdGVyICR7b3B0aW9ucy50aW1lb3V0TXN9IG1zYCkpO1xuICAgIH0sIG9wdGlvbnMudGltZW91dE1zKTtcbiAgICB0cnkge1xuICAgICAgbGV0IHJlc3BvbnNlOiBSZXNwb25zZTtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlc3BvbnNlID0gYXdhaXQga3kodXJsLCB7XG4gICAgICAgICAgbWV0aG9kOiByZXEubWV0aG9kID8/ICdHRVQnLFxuICAgICAgICAgIGhlYWRlcnM6IHsgYWNjZXB0OiAnYXBwbGljYXRpb24vanNvbicsIC4uLm9wdGlvbnMuaGVhZGVycywgLi4ucmVxLmhlYWRlcnMgfSxcbiAgICAgICAgICAuLi4ocmVxLmpzb24gPT09IHVuZGVmaW5lZCA/IHt9IDogeyBqc29uOiByZXEuanNvbiB9KSxcbiAgICAgICAgICBzaWduYWw6IGNvbnRyb2xsZXIuc2lnbmFsLFxuICAgICAgICAgIHRpbWVvdXQ6IGZhbHNlLFxuICAgICAgICAgIHJldHJ5OiAwLFxuICAgICAgICAgIHRocm93SHR0cEVycm9yczogZmFsc2UsXG4gICAgICAgICAgZmV0Y2g6IGZldGNoSW1wbCxcbiAgICAgICAgfSk7XG4gICAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgICB0aHJvdyBuZXcgTmV0d29ya0ZhaWx1cmUoZXJyb3IsIHRpbWVkT3V0KTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHsgc3RhdHVzLCBoZWFkZXJzIH0gPSByZXNwb25zZTtcbiAgICAgIGlmIChpc1JldHJ5YWJsZVN0YXR1cyhzdGF0dXMpICYmIGNhblJldHJ5KSB7XG4gICAgICAgIGNvbnN0IHJldHJ5QWZ0ZXJNcyA9IHBhcnNlUmV0cnlBZnRlcihoZWFkZXJzLmdldCgncmV0cnktYWZ0ZXInKSwgb3B0aW9ucy5yZXRyeS5ub3coKSk7XG4gICAgICAgIGlmIChyZXRyeUFmdGVyTXMgPT09IHVuZGVmaW5lZCB8fCByZXRyeUFmdGVyTXMgPD0gb3B0aW9ucy5yZXRyeS5tYXhSZXRyeUFmdGVyTXMpIHtcbiAgICAgICAgICBkaXNjYXJkKHJlc3BvbnNlLmJvZHkpO1xuICAgICAgICAgIHJldHVybiB7IGtpbmQ6ICdyZXRyeScsIHJldHJ5QWZ0ZXJNcyB9O1xuICAgICAgICB9XG4gICAgICAgIC8vIFRoZSBzZXJ2ZXIgYXNrcyBmb3IgYSBsb25nZXIgd2FpdCB0aGFuIHdlIGFjY2VwdDogZmFpbCBub3csIHJldHJ5YWJsZSBsYXRlci5cbiAgICAgICAgY29uc3QgZXJyb3IgPSBhd2FpdCByZWFkRXJyb3JCb2R5KHJlc3BvbnNlLCBjb250cm9sbGVyLnNpZ25hbCk7XG4gICAgICAgIHRocm93IHN0YXR1c0Vycm9yKHN0YXR1cywgY3R4LCB7IC4uLmVycm9yLCByZXRyeUFmdGVyTXMsIGF0dGVtcHRzIH0pO1xuICAgICAgfVxuICAgICAgY29uc3QgcGFzc2VkID0gcmVxLnBhc3NTdGF0dXNlcz8uaW5jbHVkZXMoc3RhdHVzKSA9PT0gdHJ1ZTtcbiAgICAgIGlmIChzdGF0dXMgPj0gMjAwICYmIHN0YXR1cyA8IDMwMCkge1xuICAgICAgICBjb25zdCBib2R5ID0gc3RhdHVzID09PSAyMDQgPyB1bmRlZmluZWQgOiBhd2FpdCByZWFkSnNvbihyZXNwb25zZSwgY3R4LCBjb250cm9sbGVyLnNpZ25hbCk7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCBib2R5LCBlcnJvcjoge30sIGN0eCB9IH07XG4gICAgICB9XG4gICAgICBpZiAoc3RhdHVzID09PSAzMDQgJiYgcGFzc2VkKSB7XG4gICAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICAgIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCBib2R5OiB1bmRlZmluZWQsIGVycm9yOiB7fSwgY3R4IH0gfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGVycm9yQm9keSA9IGF3YWl0IHJlYWRFcnJvckJvZHkocmVzcG9uc2UsIGNvbnRyb2xsZXIuc2lnbmFsKTtcbiAgICAgIGlmIChwYXNzZWQpIHJldHVybiB7IGtpbmQ6ICdkb25lJywgcmVzcG9uc2U6IHsgc3RhdHVzLCBoZWFkZXJzLCAuLi5lcnJvckJvZHksIGN0eCB9IH07XG4gICAgICBjb25zdCByZXRyeUFmdGVyTXMgPSBwYXJzZVJldHJ5QWZ0ZXIoaGVhZGVycy5nZXQoJ3JldHJ5LWFmdGVyJyksIG9wdGlvbnMucmV0cnkubm93KCkpO1xuICAgICAgdGhyb3cgc3RhdHVzRXJyb3Ioc3RhdHVzLCBjdHgsIHsgLi4uZXJyb3JCb2R5LmVycm9yLCByZXRyeUFmdGVyTXMsIGF0dGVtcHRzIH0pO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBOZXR3b3JrRmFpbHVyZSkgdGhyb3cgZXJyb3I7XG4gICAgICBpZiAodGltZWRPdXQpIHRocm93IG5ldyBOZXR3b3JrRmFpbHVyZShlcnJvciwgdHJ1ZSk7XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICB9XG4gIH1cblxuICBhc3luYyBmdW5jdGlvbiByZWFkSnNvbihyZXNwb25zZTogUmVzcG9uc2UsIGN0eDogRmFpbHVyZUNvbnRleHQsIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPHVua25vd24+IHtcbiAgICBjb25zdCB0eXBlID0gcmVzcG9uc2UuaGVhZGVycy5nZXQoJ2NvbnRlbnQtdHlwZScpID8/ICcnO1xuICAgIGlmICghSlNPTl9UWVBFLnRlc3QodHlwZSkpIHtcbiAgICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgICB0aHJvdyBtYWxmb3JtZWRFcnJvcihcbiAgICAgICAgY3R4LFxuICAgICAgICBgZXhwZWN0ZWQgYSBKU09OIGJvZHkgKGNvbnRlbnQtdHlwZSBhcHBsaWNhdGlvbi9qc29uKSwgZ290ICR7dHlwZSA9PT0gJycgPyAnbm8gY29udGVudC10eXBlJyA6IEpTT04uc3RyaW5naWZ5KHR5cGUuc2xpY2UoMCwgMTAwKSl9YCxcbiAgICAgICAgcmVzcG9uc2Uuc3RhdHVzLFxuICAgICAgKTtcbiAgICB9XG4gICAgbGV0IGJ5dGVzOiBVaW50OEFycmF5O1xuICAgIHRyeSB7XG4gICAgICBieXRlcyA9IGF3YWl0IHJlYWRMaW1pdGVkKHJlc3BvbnNlLCBvcHRpb25zLm1heEJvZHlCeXRlcywgc2lnbmFsKTtcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKGVycm9yIGluc3RhbmNlb2YgQm9keVRvb0xhcmdlKSB7XG4gICAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKFxuICAgICAgICAgIGN0eCxcbiAgICAgICAgICBgdGhlIGJvZHkgaXMgbGFyZ2VyIHRoYW4gdGhlICR7Zm9ybWF0Qnl0ZXMob3B0aW9ucy5tYXhCb2R5Qnl0ZXMpfSBsaW1pdCAobWF4Qm9keUJ5dGVzKTsgaXQgd2FzIG5vdCByZWFkIGZ1cnRoZXJgLFxuICAgICAgICAgIHJlc3BvbnNlLnN0YXR1cyxcbiAgICAgICAgKTtcbiAgICAgIH1cbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgcmV0dXJuIEpTT04ucGFyc2UobmV3IFRleHREZWNvZGVyKCd1dGYtOCcsIHsgZmF0YWw6IHRydWUgfSkuZGVjb2RlKGJ5dGVzKSk7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGNvbnN0IHJlYXNvbiA9IGVycm9yIGluc3RhbmNlb2YgRXJyb3IgPyBlcnJvci5tZXNzYWdlIDogU3RyaW5nKGVycm9yKTtcbiAgICAgIHRocm93IG1hbGZvcm1lZEVycm9yKGN0eCwgYHRoZSBib2R5IGlzIG5vdCB2YWxpZCBKU09OICgke3JlYXNvbi5zbGljZSgwLCAyMDApfSlgLCByZXNwb25zZS5zdGF0dXMpO1xuICAgIH1cbiAgfVxuXG4gIGFzeW5jIGZ1bmN0aW9uIHJlYWRFcnJvckJvZHkoXG4gICAgcmVzcG9uc2U6IFJlc3BvbnNlLFxuICAgIHNpZ25hbDogQWJvcnRTaWduYWwsXG4gICk6IFByb21pc2U8eyBib2R5OiB1bmtub3duOyBlcnJvcjogeyBjb2RlPzogc3RyaW5nOyBtZXNzYWdlPzogc3RyaW5nIH0gfT4ge1xuICAgIGxldCBib2R5OiB1bmtub3duO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCBieXRlcyA9IGF3YWl0IHJlYWRMaW1pdGVkKHJlc3BvbnNlLCBFUlJPUl9CT0RZX0xJTUlULCBzaWduYWwpO1xuICAgICAgY29uc3QgdGV4dCA9IG5ldyBUZXh0RGVjb2RlcigpLmRlY29kZShieXRlcyk7XG4gICAgICB0cnkge1xuICAgICAgICBib2R5ID0gSlNPTi5wYXJzZSh0ZXh0KTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICByZXR1cm4geyBib2R5OiB1bmRlZmluZWQsIGVycm9yOiB7fSB9O1xuICAgICAgfVxuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBCb2R5VG9vTGFyZ2UpIHJldHVybiB7IGJvZHk6IHVuZGVmaW5lZCwgZXJyb3I6IHt9IH07XG4gICAgICB0aHJvdyBlcnJvcjtcbiAgICB9XG4gICAgcmV0dXJuIHsgYm9keSwgZXJyb3I6IGVycm9yRmllbGRzKGJvZHkpIH07XG4gIH1cblxuICByZXR1cm4geyByZXF1ZXN0IH07XG59XG5cbi8qKiBUcmFuc3BvcnQtbGV2ZWwgZmFpbHVyZSBvZiBvbmUgYXR0ZW1wdCAobmV0d29yayBlcnJvciBvciB0aW1lb3V0KSwgYmVmb3JlIGl0IGJlY29tZXMgYSBTdG9yZUVycm9yLiAqL1xuY2xhc3MgTmV0d29ya0ZhaWx1cmUgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG9yaWdpbmFsOiB1bmtub3duLFxuICAgIHJlYWRvbmx5IHRpbWVkT3V0OiBib29sZWFuLFxuICApIHtcbiAgICBzdXBlcignbmV0d29yayBmYWlsdXJlJyk7XG4gIH1cbn1cblxuLyoqIGBlcnJvci5jb2RlYCAvIGBlcnJvci5tZXNzYWdlYCBvZiBwcm90b2NvbCB2MSAoYHtlcnJvcjp7Y29kZSxtZXNzYWdlfX1gKSBvciBMYW5nZnVzZSAoYHttZXNzYWdlLCBlcnJvcn1gKS4gKi9cbmZ1bmN0aW9uIGVycm9yRmllbGRzKGJvZHk6IHVua25vd24pOiB7IGNvZGU/OiBzdHJpbmc7IG1lc3NhZ2U/OiBzdHJpbmcgfSB7XG4gIGlmICh0eXBlb2YgYm9keSAhPT0gJ29iamVjdCcgfHwgYm9keSA9PT0gbnVsbCkgcmV0dXJuIHt9O1xuICBjb25zdCByZWNvcmQgPSBib2R5IGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBjb25zdCBuZXN0ZWQgPSByZWNvcmQuZXJyb3I7XG4gIGlmICh0eXBlb2YgbmVzdGVkID09PSAnb2JqZWN0JyAmJiBuZXN0ZWQgIT09IG51bGwpIHtcbiAgICBjb25zdCBlID0gbmVzdGVkIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIHJldHVybiB7XG4gICAgICAuLi4odHlwZW9mIGUuY29kZSA9PT0gJ3N0cmluZycgPyB7IGNvZGU6IGUuY29kZSB9IDoge30pLFxuICAgICAgLi4uKHR5cGVvZiBlLm1lc3NhZ2UgPT09ICdzdHJpbmcnID8geyBtZXNzYWdlOiBlLm1lc3NhZ2UgfSA6IHt9KSxcbiAgICB9O1xuICB9XG4gIHJldHVybiB7XG4gICAgLi4uKHR5cGVvZiBuZXN0ZWQgPT09ICdzdHJpbmcnID8geyBjb2RlOiBuZXN0ZWQgfSA6IHt9KSxcbiAgICAuLi4odHlwZW9mIHJlY29yZC5tZXNzYWdlID09PSAnc3RyaW5nJyA/IHsgbWVzc2FnZTogcmVjb3JkLm1lc3NhZ2UgfSA6IHt9KSxcbiAgfTtcbn1cblxuLyoqIFJlYWQgYSBib2R5IHVwIHRvIGBsaW1pdGAgYnl0ZXM7IHRocm93IHtAbGluayBCb2R5VG9vTGFyZ2V9IChhbmQgc3RvcCByZWFkaW5nKSBwYXN0IGl0LiAqL1xuYXN5bmMgZnVuY3Rpb24gcmVhZExpbWl0ZWQocmVzcG9uc2U6IFJlc3BvbnNlLCBsaW1pdDogbnVtYmVyLCBzaWduYWw6IEFib3J0U2lnbmFsKTogUHJvbWlzZTxVaW50OEFycmF5PiB7XG4gIGNvbnN0IGRlY2xhcmVkID0gTnVtYmVyKHJlc3BvbnNlLmhlYWRlcnMuZ2V0KCdjb250ZW50LWxlbmd0aCcpKTtcbiAgaWYgKE51bWJlci5pc0Zpbml0ZShkZWNsYXJlZCkgJiYgZGVjbGFyZWQgPiBsaW1pdCkge1xuICAgIGRpc2NhcmQocmVzcG9uc2UuYm9keSk7XG4gICAgdGhyb3cgbmV3IEJvZHlUb29MYXJnZSgpO1xuICB9XG4gIGlmIChyZXNwb25zZS5ib2R5ID09PSBudWxsKSByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIGNvbnN0IHJlYWRlciA9IHJlc3BvbnNlLmJvZHkuZ2V0UmVhZGVyKCk7XG4gIGNvbnN0IGNodW5rczogVWludDhBcnJheVtdID0gW107XG4gIGxldCB0b3RhbCA9IDA7XG4gIHRyeSB7XG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgeyBkb25lLCB2YWx1ZSB9ID0gYXdhaXQgcmFjZUFib3J0KHJlYWRlci5yZWFkKCksIHNpZ25hbCk7XG4gICAgICBpZiAoZG9uZSkgYnJlYWs7XG4gICAgICB0b3RhbCArPSB2YWx1ZS5ieXRlTGVuZ3RoO1xuICAgICAgaWYgKHRvdGFsID4gbGltaXQpIHRocm93IG5ldyBCb2R5VG9vTGFyZ2UoKTtcbiAgICAgIGNodW5rcy5wdXNoKHZhbHVlKTtcbiAgICB9XG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgcmVhZGVyLmNhbmNlbCgpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgdGhyb3cgZXJyb3I7XG4gIH1cbiAgY29uc3Qgb3V0ID0gbmV3IFVpbnQ4QXJyYXkodG90YWwpO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChjb25zdCBjaHVuayBvZiBjaHVua3MpIHtcbiAgICBvdXQuc2V0KGNodW5rLCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSBjaHVuay5ieXRlTGVuZ3RoO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBTZXR0bGUgd2l0aCBgcHJvbWlzZWAsIG9yIHJlamVjdCBhcyBzb29uIGFzIGBzaWduYWxgIGFib3J0cyAoc29tZSBib2RpZXMgaWdub3JlIHRoZSBzaWduYWwpLiAqL1xuZnVuY3Rpb24gcmFjZUFib3J0PFQ+KHByb21pc2U6IFByb21pc2U8VD4sIHNpZ25hbDogQWJvcnRTaWduYWwpOiBQcm9taXNlPFQ+IHtcbiAgaWYgKHNpZ25hbC5hYm9ydGVkKSByZXR1cm4gUHJvbWlzZS5yZWplY3Qoc2lnbmFsLnJlYXNvbik7XG4gIHJldHVybiBuZXcgUHJvbWlzZTxUPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgY29uc3Qgb25BYm9ydCA9ICgpOiB2b2lkID0+IHJlamVjdChzaWduYWwucmVhc29uKTtcbiAgICBzaWduYWwuYWRkRXZlbnRMaXN0ZW5lcignYWJvcnQnLCBvbkFib3J0LCB7IG9uY2U6IHRydWUgfSk7XG4gICAgcHJvbWlzZS50aGVuKFxuICAgICAgKHZhbHVlKSA9PiB7XG4gICAgICAgIHNpZ25hbC5yZW1vdmVFdmVudExpc3RlbmVyKCdhYm9ydCcsIG9uQWJvcnQpO1xuICAgICAgICByZXNvbHZlKHZhbHVlKTtcbiAgICAgIH0sXG4gICAgICAoZXJyb3I6IHVua25vd24pID0+IHtcbiAgICAgICAgc2lnbmFsLnJlbW92ZUV2ZW50TGlzdGVuZXIoJ2Fib3J0Jywgb25BYm9ydCk7XG4gICAgICAgIHJlamVjdChlcnJvcik7XG4gICAgICB9LFxuICAgICk7XG4gIH0pO1xufVxuXG5mdW5jdGlvbiBkaXNwbGF5VXJsT2YodXJsOiBVUkwpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7dXJsLm9yaWdpbn0ke3VybC5wYXRobmFtZX0ke3VybC5zZWFyY2h9YDtcbn1cblxuZnVuY3Rpb24gZm9ybWF0Qnl0ZXMoYnl0ZXM6IG51bWJlcik6IHN0cmluZyB7XG4gIGlmIChieXRlcyA+PSAxMDI0ICogMTAyNCkgcmV0dXJuIGAke01hdGgucm91bmQoKGJ5dGVzIC8gKDEwMjQgKiAxMDI0KSkgKiAxMCkgLyAxMH0gTUJgO1xuICBpZiAoYnl0ZXMgPj0gMTAyNCkgcmV0dXJuIGAke01hdGgucm91bmQoKGJ5dGVzIC8gMTAyNCkgKiAxMCkgLyAxMH0gS0JgO1xuICByZXR1cm4gYCR7Ynl0ZXN9IGJ5dGVzYDtcbn1cblxuLyoqXG4gKiBDYW5jZWwgYSBib2R5IHdlIHdpbGwgbm90IHJlYWQsIHdpdGhvdXQgd2FpdGluZzogc29tZSBzdHJlYW1zIG9ubHkgc2V0dGxlIHRoZSBjYW5jZWwgcHJvbWlzZSBvbmNlXG4gKiB0aGVpciBzb3VyY2UgZW5kcywgd2hpY2ggbWF5IGJlIG5ldmVyLlxuICovXG5mdW5jdGlvbiBkaXNjYXJkKGJvZHk6IFJlYWRhYmxlU3RyZWFtPFVpbnQ4QXJyYXk+IHwgbnVsbCk6IHZvaWQge1xuICBib2R5Py5jYW5jZWwoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQWFBLFNBQVMsb0JBQTRFO0FBRXJGLFNBQVMsMEJBQTBCO0FBQ25DLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMsc0JBQXNCOzs7QUNtQi9CLElBQU0sUUFBUSx1QkFBTyxJQUFJLGlCQUFpQjtBQVFuQyxJQUFNLGlCQUFOLGNBQTZCLE1BQU07QUFBQTtBQUFBLEVBRS9CO0FBQUEsRUFFVCxZQUFZLFNBQWlCLFVBQWlDLENBQUMsR0FBRyxPQUEyQixtQkFBbUI7QUFDOUcsVUFBTSxTQUFTLFFBQVEsVUFBVSxTQUFZLFNBQVksRUFBRSxPQUFPLFFBQVEsTUFBTSxDQUFDO0FBQ2pGLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTztBQUNaLFdBQU8sZUFBZSxNQUFNLE9BQU8sRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLEVBQ3BEO0FBQ0Y7QUFHTyxTQUFTLGlCQUFpQixPQUF5QztBQUN4RSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUyxNQUFrQyxLQUFLLE1BQU07QUFDdEc7QUFHTyxJQUFNLHNCQUFOLGNBQWtDLGVBQWU7QUFBQTtBQUFBLEVBRTdDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsVUFBaUYsQ0FBQyxHQUNsRixTQUNBO0FBQ0EsVUFBTSxjQUFjLFFBQVEsZUFBZSxDQUFDO0FBQzVDLFVBQU0sUUFBUSxRQUFRLFFBQVEsV0FBVyxRQUFRLEtBQUssV0FBVztBQUNqRSxVQUFNQSxRQUNKLFlBQVksU0FBUyxJQUNqQixpQkFBaUIsWUFBWSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDLE1BQzVEO0FBQ04sVUFBTSxRQUFRLFdBQVcsV0FBVyxVQUFVLGtCQUFrQixLQUFLLElBQUlBLEtBQUksSUFBSSxTQUFTLGtCQUFrQjtBQUM1RyxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxjQUFjO0FBQ25CLFNBQUssUUFBUSxRQUFRO0FBQUEsRUFDdkI7QUFDRjtBQUdPLElBQU0sdUJBQU4sY0FBbUMsZUFBZTtBQUFBLEVBQzlDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsVUFDQSxZQUF5RixDQUFDLEdBQzFGLFNBQ0E7QUFDQSxVQUFNLFdBQVcsVUFBVSxZQUFZLENBQUM7QUFDeEMsVUFBTSxTQUFTLFVBQVUsVUFBVSxDQUFDO0FBQ3BDLFVBQU0sWUFBWSxPQUFPLFFBQVEsTUFBTSxFQUNwQyxJQUFJLENBQUMsQ0FBQyxPQUFPLE9BQU8sTUFBTSxHQUFHLEtBQUssV0FBTSxPQUFPLEVBQUUsRUFDakQsS0FBSyxJQUFJO0FBQ1o7QUFBQSxNQUNFLHlCQUF5QixVQUFVLGNBQWMsUUFBUSxnQkFDMUMsU0FBUyxTQUFTLElBQUksU0FBUyxLQUFLLElBQUksSUFBSSxRQUFRLGFBQ3RELGFBQWEsUUFBUTtBQUFBLE1BQ2xDO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxTQUFLLE9BQU87QUFDWixTQUFLLGFBQWE7QUFDbEIsU0FBSyxXQUFXO0FBQ2hCLFNBQUssV0FBVztBQUNoQixTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUNGO0FBYU8sSUFBTSxtQkFBTixjQUErQixlQUFlO0FBQUEsRUFDMUM7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsU0FDQSxRQUNBLFNBQ0E7QUFDQSxVQUFNLEtBQUssVUFBVSxHQUFHLFVBQVUsSUFBSSxPQUFPLEtBQUs7QUFDbEQsVUFBTSxRQUFRLE9BQU8sSUFBSSxDQUFDLE1BQU0sT0FBTyxFQUFFLEtBQUssU0FBUyxJQUFJLEVBQUUsS0FBSyxLQUFLLEdBQUcsSUFBSSxTQUFTLEtBQUssRUFBRSxPQUFPLEVBQUU7QUFDdkc7QUFBQSxNQUNFLDZCQUE2QixFQUFFLE1BQU0sT0FBTyxNQUFNLFdBQVcsT0FBTyxXQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsRUFBTyxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUE7QUFBQSxNQUVsSDtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQ0EsU0FBSyxPQUFPO0FBQ1osU0FBSyxhQUFhO0FBQ2xCLFNBQUssVUFBVTtBQUNmLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFvQk8sSUFBTSxvQkFBTixjQUFnQyxlQUFlO0FBQUEsRUFDM0M7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUFZLFFBQWdCLFdBQWlDLENBQUMsR0FBRyxTQUFpQztBQUNoRyxVQUFNLEdBQUcsZUFBZSxRQUFRLENBQUMsR0FBRyxNQUFNLElBQUksU0FBUyxlQUFlO0FBQ3RFLFNBQUssT0FBTztBQUNaLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssT0FBTyxTQUFTO0FBQ3JCLFNBQUssU0FBUyxTQUFTO0FBQ3ZCLFNBQUssUUFBUSxTQUFTO0FBQ3RCLFNBQUssYUFBYSxTQUFTO0FBQzNCLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQ0Y7QUFFQSxTQUFTLGVBQWUsR0FBaUM7QUFDdkQsUUFBTSxRQUFrQixDQUFDO0FBQ3pCLE1BQUksRUFBRSxTQUFTLFFBQVc7QUFDeEIsVUFBTSxLQUFLLEVBQUUsU0FBUyxTQUFZLEVBQUUsT0FBTyxHQUFHLEVBQUUsSUFBSSxJQUFJLEVBQUUsSUFBSSxHQUFHLEVBQUUsV0FBVyxTQUFZLEtBQUssSUFBSSxFQUFFLE1BQU0sRUFBRSxFQUFFO0FBQUEsRUFDakgsV0FBVyxFQUFFLGVBQWUsUUFBVztBQUNyQyxVQUFNLEtBQUssV0FBVyxFQUFFLFVBQVUsR0FBRztBQUFBLEVBQ3ZDO0FBQ0EsTUFBSSxFQUFFLFVBQVUsT0FBVyxPQUFNLEtBQUssVUFBVSxFQUFFLEtBQUssR0FBRztBQUMxRCxTQUFPLE1BQU0sU0FBUyxJQUFJLEdBQUcsTUFBTSxLQUFLLElBQUksQ0FBQyxPQUFPO0FBQ3REO0FBR08sSUFBTSxhQUFOLGNBQXlCLGVBQWU7QUFBQTtBQUFBLEVBRXBDO0FBQUE7QUFBQSxFQUVBO0FBQUE7QUFBQSxFQUVBO0FBQUEsRUFFVCxZQUNFLFNBQ0EsU0FDQSxTQUNBO0FBQ0EsVUFBTSxTQUFTLFNBQVMsYUFBYTtBQUNyQyxTQUFLLE9BQU87QUFDWixTQUFLLFFBQVEsUUFBUTtBQUNyQixTQUFLLFNBQVMsUUFBUTtBQUN0QixTQUFLLFlBQVksUUFBUSxhQUFhO0FBQUEsRUFDeEM7QUFDRjtBQUdPLElBQU0saUJBQU4sY0FBNkIsZUFBZTtBQUFBLEVBQ3hDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFFVCxZQUNFLFlBQ0EsU0FDQSxRQUNBLFNBQ0E7QUFDQTtBQUFBLE1BQ0Usc0NBQXNDLFVBQVUsSUFBSSxPQUFPLE1BQU0sT0FBTyxVQUFVLGVBQWUsSUFBSSxPQUFPLFFBQVEsU0FDM0csT0FBTyxNQUFNO0FBQUEsTUFFdEI7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUNBLFNBQUssT0FBTztBQUNaLFNBQUssYUFBYTtBQUNsQixTQUFLLFVBQVU7QUFDZixTQUFLLFdBQVcsT0FBTztBQUN2QixTQUFLLFNBQVMsT0FBTztBQUFBLEVBQ3ZCO0FBQ0Y7QUFHTyxJQUFNLGNBQU4sY0FBMEIsZUFBZTtBQUFBO0FBQUEsRUFFckM7QUFBQTtBQUFBLEVBRUE7QUFBQSxFQUVULFlBQVksU0FBaUIsVUFBOEMsQ0FBQyxHQUFHLFNBQWlDO0FBQzlHLFVBQU0sUUFBUSxDQUFDLFFBQVEsTUFBTSxRQUFRLFNBQVMsV0FBVyxRQUFRLE1BQU0sTUFBTSxNQUFTLEVBQUUsT0FBTyxPQUFPLEVBQUUsS0FBSyxJQUFJO0FBQ2pILFVBQU0sUUFBUSxHQUFHLEtBQUssS0FBSyxPQUFPLEtBQUssU0FBUyxTQUFTLFFBQVE7QUFDakUsU0FBSyxPQUFPO0FBQ1osU0FBSyxTQUFTLFFBQVE7QUFDdEIsU0FBSyxPQUFPLFFBQVE7QUFBQSxFQUN0QjtBQUNGOzs7QUNwUU8sU0FBUyxnQkFBZ0IsVUFBMkM7QUFDekUsTUFBSSxNQUFNO0FBQ1YsYUFBVyxXQUFXLFVBQVU7QUFDOUIsUUFBSSxPQUFPLFlBQVksU0FBVSxRQUFPLElBQUksT0FBTztBQUFBLFFBQzlDLFFBQU8sUUFBUSxLQUFLLFVBQVUsSUFBSSxPQUFPO0FBQUEsRUFDaEQ7QUFDQSxTQUFPO0FBQ1Q7OztBQ2xCTyxTQUFTLGFBQWEsR0FBVyxHQUFtQjtBQUN6RCxRQUFNLElBQUksRUFBRSxZQUFZO0FBQ3hCLFFBQU0sSUFBSSxFQUFFLFlBQVk7QUFDeEIsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUM3QixNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU8sRUFBRTtBQUU3QixNQUFJLFNBQW1CLENBQUM7QUFDeEIsTUFBSSxXQUFxQixNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLEdBQUcsQ0FBQyxHQUFHLE1BQU0sQ0FBQztBQUN6RSxXQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFVBQU0sVUFBb0IsQ0FBQyxDQUFDO0FBQzVCLGFBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsWUFBTSxPQUFPLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUMsSUFBSSxJQUFJO0FBQ3pDLFVBQUksT0FBTyxLQUFLLElBQUksU0FBUyxDQUFDLElBQUssR0FBRyxRQUFRLElBQUksQ0FBQyxJQUFLLEdBQUcsU0FBUyxJQUFJLENBQUMsSUFBSyxJQUFJO0FBQ2xGLFVBQUksSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxFQUFHLFFBQU8sS0FBSyxJQUFJLE1BQU0sT0FBTyxJQUFJLENBQUMsSUFBSyxDQUFDO0FBQzlHLGNBQVEsS0FBSyxJQUFJO0FBQUEsSUFDbkI7QUFDQSxhQUFTO0FBQ1QsZUFBVztBQUFBLEVBQ2I7QUFDQSxTQUFPLFNBQVMsRUFBRSxNQUFNO0FBQzFCO0FBWU8sU0FBUyxhQUFhLE9BQWUsWUFBa0Q7QUFDNUYsTUFBSTtBQUNKLE1BQUksZUFBZSxPQUFPO0FBQzFCLGFBQVcsYUFBYSxZQUFZO0FBQ2xDLFVBQU0sV0FBVyxhQUFhLE9BQU8sU0FBUztBQUM5QyxVQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxNQUFNLFFBQVEsVUFBVSxNQUFNLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDL0YsUUFBSSxZQUFZLFNBQVMsV0FBVyxjQUFjO0FBQ2hELGFBQU87QUFDUCxxQkFBZTtBQUFBLElBQ2pCO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQVNPLFNBQVMsY0FBYyxPQUF3QjtBQUNwRCxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksVUFBVSxPQUFXLFFBQU87QUFDaEMsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU87QUFDakMsVUFBUSxPQUFPLE9BQU87QUFBQSxJQUNwQixLQUFLLFVBQVU7QUFDYixZQUFNLFFBQVEsTUFBTSxTQUFTLEtBQUssR0FBRyxNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsV0FBTTtBQUM3RCxhQUFPLFVBQVUsS0FBSyxVQUFVLEtBQUssQ0FBQztBQUFBLElBQ3hDO0FBQUEsSUFDQSxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLE9BQU8sS0FBSyxJQUFJLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU87QUFBQSxJQUNUO0FBQ0UsYUFBTyxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzVCO0FBQ0Y7OztBQ3JETyxJQUFNLDBCQUEwQixDQUFDLFVBQVUsVUFBVSxXQUFXLFdBQVcsUUFBUSxLQUFLO0FBRy9GLElBQU0sMkJBQTJCLG9CQUFJLElBQVksQ0FBQyxHQUFHLHlCQUF5QixVQUFVLE9BQU8sQ0FBQztBQUVoRyxJQUFNLHNCQUFzQixDQUFDLFNBQVMsVUFBVSxNQUFNO0FBRXRELElBQU0sV0FBVztBQUdqQixJQUFNLGVBQWlEO0FBQUEsRUFDckQsS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sT0FBTztBQUFBLEVBQ1AsUUFBUTtBQUFBLEVBQ1IsU0FBUztBQUFBLEVBQ1QsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1QsTUFBTTtBQUNSO0FBR0EsSUFBTSxZQUFZO0FBbUJYLFNBQVMsdUJBQXVCLFFBQWlCLFdBQWlDLENBQUMsR0FBZTtBQUN2RyxRQUFNLE9BQXVCLFNBQVMsVUFBVSxTQUFZLENBQUMsSUFBSSxDQUFDLFNBQVMsS0FBSztBQUNoRixRQUFNLE9BQU8sQ0FBQyxRQUFnQixTQUF5QztBQUNyRSxVQUFNLFFBQVEsZ0JBQWdCLENBQUMsR0FBRyxNQUFNLEdBQUcsSUFBSSxDQUFDO0FBQ2hELFVBQU0sSUFBSSxrQkFBa0IsUUFBUSxFQUFFLEdBQUcsVUFBVSxPQUFPLFVBQVUsS0FBSyxTQUFZLE1BQU0sQ0FBQztBQUFBLEVBQzlGO0FBRUEsTUFBSSxXQUFXLFFBQVEsV0FBVyxRQUFXO0FBQzNDLFdBQU8sS0FBSyx3RkFBd0YsQ0FBQyxDQUFDO0FBQUEsRUFDeEc7QUFDQSxNQUFJLE9BQU8sV0FBVyxTQUFVLFFBQU8sWUFBWSxRQUFRLENBQUMsR0FBRyxJQUFJO0FBQ25FLE1BQUksQ0FBQyxjQUFjLE1BQU0sR0FBRztBQUMxQixXQUFPO0FBQUEsTUFDTCxtR0FBbUcsY0FBYyxNQUFNLENBQUM7QUFBQSxNQUN4SCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sT0FBTztBQUNwQixNQUFJLE9BQU8sU0FBUyxZQUFZLHlCQUF5QixJQUFJLElBQUksRUFBRyxRQUFPLEVBQUUsR0FBRyxPQUFPO0FBQ3ZGLE1BQUksTUFBTSxRQUFRLElBQUksS0FBSyxLQUFLLE1BQU0sQ0FBQyxNQUFNLE9BQU8sTUFBTSxZQUFZLHlCQUF5QixJQUFJLENBQUMsQ0FBQyxHQUFHO0FBQ3RHLFdBQU8sRUFBRSxHQUFHLE9BQU87QUFBQSxFQUNyQjtBQUNBLE1BQUksY0FBYyxPQUFPLFVBQVUsRUFBRyxRQUFPLEVBQUUsR0FBRyxRQUFRLE1BQU0sU0FBUztBQUN6RSxTQUFPLFlBQVksUUFBUSxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQ3hDO0FBYUEsU0FBUyxTQUFTLEtBQWEsTUFBK0IsTUFBdUI7QUFDbkYsUUFBTSxPQUFPLElBQUksUUFBUSxHQUFHO0FBQzVCLE1BQUksT0FBTztBQUNYLE1BQUk7QUFDSixNQUFJO0FBQ0osTUFBSSxTQUFTLElBQUk7QUFDZixRQUFJLENBQUMsSUFBSSxTQUFTLEdBQUcsR0FBRztBQUN0QjtBQUFBLFFBQ0UsVUFBVSxHQUFHO0FBQUEsUUFDYjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsV0FBTyxJQUFJLE1BQU0sR0FBRyxJQUFJO0FBQ3hCLEtBQUMsTUFBTSxXQUFXLElBQUksaUJBQWlCLElBQUksTUFBTSxPQUFPLEdBQUcsRUFBRSxDQUFDO0FBQUEsRUFDaEU7QUFDQSxRQUFNQyxZQUFXLEtBQUssU0FBUyxHQUFHO0FBQ2xDLFFBQU0sT0FBT0EsWUFBVyxLQUFLLE1BQU0sR0FBRyxFQUFFLElBQUk7QUFDNUMsTUFBSSxLQUFLLEtBQUssTUFBTSxHQUFJLE1BQUssVUFBVSxHQUFHLHVDQUF1QyxJQUFJO0FBQ3JGLE1BQUksU0FBUyxLQUFLLEtBQUssRUFBRyxNQUFLLGVBQWUsSUFBSSxpREFBaUQsSUFBSTtBQUN2RyxTQUFPLEVBQUUsTUFBTSxVQUFBQSxXQUFVLE1BQU0sWUFBWTtBQUM3QztBQUdBLFNBQVMsaUJBQWlCLE1BQTRDO0FBQ3BFLFFBQU0sUUFBUSxLQUFLLFFBQVEsR0FBRztBQUM5QixNQUFJLFVBQVUsR0FBSSxRQUFPLENBQUMsS0FBSyxLQUFLLEdBQUcsTUFBUztBQUNoRCxRQUFNLGNBQWMsS0FBSyxNQUFNLFFBQVEsQ0FBQyxFQUFFLEtBQUs7QUFDL0MsU0FBTyxDQUFDLEtBQUssTUFBTSxHQUFHLEtBQUssRUFBRSxLQUFLLEdBQUcsZ0JBQWdCLEtBQUssU0FBWSxXQUFXO0FBQ25GO0FBRUEsU0FBUyxZQUNQLEtBQ0EsTUFDQSxNQUNBQyxRQUNZO0FBQ1osTUFBSUEsU0FBUSxVQUFXLE1BQUssc0NBQXNDLFNBQVMsNEJBQTRCLElBQUk7QUFDM0csUUFBTSxhQUF5QyxDQUFDO0FBQ2hELFFBQU0sV0FBcUIsQ0FBQztBQUM1QixNQUFJLHVCQUE2QztBQUNqRCxRQUFNLGFBQWEsb0JBQUksSUFBb0I7QUFFM0MsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxHQUFHLEdBQUc7QUFDOUMsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFDeEIsUUFBSSxRQUFRLFVBQVU7QUFDcEIsNkJBQXVCLFdBQVcsT0FBTyxRQUFXLElBQUksTUFBTUEsTUFBSztBQUNuRTtBQUFBLElBQ0Y7QUFDQSxVQUFNLFNBQVMsU0FBUyxLQUFLLElBQUksSUFBSTtBQUNyQyxVQUFNLFdBQVcsV0FBVyxJQUFJLE9BQU8sSUFBSTtBQUMzQyxRQUFJLGFBQWE7QUFDZixXQUFLLFVBQVUsT0FBTyxJQUFJLHlCQUF5QixRQUFRLFVBQVUsR0FBRyxnQkFBZ0IsRUFBRTtBQUM1RixlQUFXLElBQUksT0FBTyxNQUFNLEdBQUc7QUFDL0IsUUFBSSxDQUFDLE9BQU8sU0FBVSxVQUFTLEtBQUssT0FBTyxJQUFJO0FBQy9DLFVBQU0sV0FBVyxXQUFXLE9BQU8sT0FBTyxNQUFNLElBQUksTUFBTUEsTUFBSztBQUMvRCxRQUFJLE9BQU8sU0FBVSxjQUFhLFFBQVE7QUFDMUMsUUFBSSxPQUFPLGdCQUFnQixPQUFXLFVBQVMsY0FBYyxPQUFPO0FBQ3BFLGVBQVcsT0FBTyxJQUFJLElBQUk7QUFBQSxFQUM1QjtBQUVBLFFBQU0sTUFBa0IsRUFBRSxNQUFNLFVBQVUsV0FBVztBQUNyRCxNQUFJLFNBQVMsU0FBUyxFQUFHLEtBQUksV0FBVztBQUN4QyxNQUFJLHVCQUF1QjtBQUMzQixTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQ1AsT0FDQSxNQUNBLE1BQ0EsTUFDQUEsUUFDWTtBQUNaLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILFVBQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxZQUFZLE9BQU8sTUFBTSxJQUFJO0FBQ25FLFVBQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFDekUsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGVBQU8sS0FBSyxzRUFBc0UsSUFBSTtBQUFBLE1BQ3hGO0FBQ0EsVUFBSSxVQUFVLFFBQVEsVUFBVSxRQUFXO0FBQ3pDLGVBQU8sS0FBSyx3RkFBd0YsSUFBSTtBQUFBLE1BQzFHO0FBQ0EsYUFBTztBQUFBLFFBQ0wsK0RBQStELGNBQWMsS0FBSyxDQUFDO0FBQUEsUUFDbkY7QUFBQSxNQUNGO0FBQUEsSUFDRixLQUFLLFNBQVM7QUFDWixVQUFJLE9BQU8sVUFBVSxTQUFVLFFBQU8sRUFBRSxNQUFNLFNBQVMsT0FBTyxZQUFZLE9BQU8sTUFBTSxJQUFJLEVBQUU7QUFDN0YsVUFBSSxjQUFjLEtBQUssRUFBRyxRQUFPLEVBQUUsTUFBTSxTQUFTLE9BQU8sWUFBWSxPQUFPLE1BQU0sTUFBTUEsU0FBUSxDQUFDLEVBQUU7QUFDbkcsVUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGVBQU87QUFBQSxVQUNMO0FBQUEsVUFFQTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsYUFBTyxLQUFLLGtFQUFrRSxjQUFjLEtBQUssQ0FBQyxJQUFJLElBQUk7QUFBQSxJQUM1RztBQUFBLElBQ0EsS0FBSztBQUNILFVBQUksY0FBYyxLQUFLLEVBQUcsUUFBTyxZQUFZLE9BQU8sTUFBTSxNQUFNQSxTQUFRLENBQUM7QUFDekUsYUFBTztBQUFBLFFBQ0wsZ0ZBQWdGLGNBQWMsS0FBSyxDQUFDO0FBQUEsUUFDcEc7QUFBQSxNQUNGO0FBQUEsSUFDRixLQUFLLFFBQVE7QUFDWCxVQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFdBQVcsR0FBRztBQUMvQyxlQUFPO0FBQUEsVUFDTCw2RUFBNkUsY0FBYyxLQUFLLENBQUM7QUFBQSxVQUNqRztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsaUJBQVcsQ0FBQyxPQUFPLElBQUksS0FBSyxNQUFNLFFBQVEsR0FBRztBQUMzQyxZQUFJLFNBQVMsUUFBUSxDQUFDLENBQUMsVUFBVSxVQUFVLFNBQVMsRUFBRSxTQUFTLE9BQU8sSUFBSSxHQUFHO0FBQzNFLGVBQUssK0RBQStELGNBQWMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsUUFDN0c7QUFBQSxNQUNGO0FBQ0EsYUFBTyxFQUFFLE1BQU0sQ0FBQyxHQUFHLEtBQUssRUFBRTtBQUFBLElBQzVCO0FBQUEsSUFDQSxTQUFTO0FBQ1AsWUFBTSxRQUFRLGFBQWEsTUFBTSxtQkFBbUI7QUFDcEQsYUFBTztBQUFBLFFBQ0wsa0JBQWtCLElBQUksOERBQ25CLFVBQVUsU0FBWSxLQUFLLG9CQUFvQixLQUFLLFVBQ3BELGFBQWEsSUFBSSxJQUFJLFdBQVcsSUFBSSxtQkFBbUIsSUFBSSxPQUFPO0FBQUEsUUFDckU7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsWUFBWSxNQUFjLE1BQStCLE1BQXdCO0FBQ3hGLFFBQU0sQ0FBQyxNQUFNLFdBQVcsSUFBSSxpQkFBaUIsSUFBSTtBQUNqRCxNQUFJLENBQUMsYUFBYSxJQUFJLEVBQUcsUUFBTyxLQUFLLG1CQUFtQixJQUFJLEdBQUcsSUFBSTtBQUNuRSxRQUFNLE1BQWtCLFNBQVMsUUFBUSxDQUFDLElBQUksRUFBRSxLQUFLO0FBQ3JELE1BQUksZ0JBQWdCLE9BQVcsS0FBSSxjQUFjO0FBQ2pELFNBQU87QUFDVDtBQUVBLFNBQVMsbUJBQW1CLE1BQXNCO0FBQ2hELFFBQU0sT0FBTyx3QkFBd0IsS0FBSyxJQUFJO0FBQzlDLE1BQUksU0FBUyxHQUFJLFFBQU8seURBQXlELElBQUk7QUFDckYsUUFBTSxRQUFRLGFBQWEsS0FBSyxZQUFZLENBQUM7QUFDN0MsUUFBTSxRQUFRLFNBQVMsYUFBYSxNQUFNLHVCQUF1QjtBQUNqRSxNQUFJLFNBQVMsV0FBVyxTQUFTLFlBQVksU0FBUyxRQUFRO0FBQzVELFVBQU0sVUFDSixTQUFTLFVBQ0wsMEJBQ0EsU0FBUyxXQUNQLHNDQUNBO0FBQ1IsV0FBTyxJQUFJLElBQUkscURBQXFELE9BQU87QUFBQSxFQUM3RTtBQUNBLFNBQ0UsaUJBQWlCLElBQUksSUFBSSxVQUFVLFNBQVksS0FBSyxtQkFBbUIsS0FBSyxJQUFJLHlCQUN4RCxJQUFJO0FBR2hDO0FBRUEsU0FBUyxhQUFhLE1BQWdFO0FBQ3BGLFNBQVEsd0JBQThDLFNBQVMsSUFBSTtBQUNyRTtBQUdBLFNBQVMsYUFBYSxVQUE0QjtBQUNoRCxNQUFJLE1BQU0sUUFBUSxTQUFTLElBQUksR0FBRztBQUNoQyxRQUFJLENBQUMsU0FBUyxLQUFLLFNBQVMsSUFBSSxFQUFHLFVBQVMsT0FBTyxDQUFDLEdBQUcsU0FBUyxNQUFNLElBQUk7QUFDMUU7QUFBQSxFQUNGO0FBQ0EsTUFBSSxPQUFPLFNBQVMsU0FBUyxZQUFZLFNBQVMsU0FBUyxPQUFRLFVBQVMsT0FBTyxDQUFDLFNBQVMsTUFBTSxNQUFNO0FBQzNHO0FBR08sU0FBUyxjQUFjLE9BQWtEO0FBQzlFLFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLENBQUMsTUFBTSxRQUFRLEtBQUs7QUFDNUU7OztBQ3hQTyxJQUFNLG9CQUFvQixDQUFDLFVBQVUsVUFBVSxXQUFXLFdBQVcsUUFBUSxVQUFVLE9BQU87QUFFckcsSUFBTSxrQkFBa0IsQ0FBQyxhQUFhLGFBQWEsU0FBUztBQUM1RCxJQUFNLGtCQUFrQixDQUFDLFdBQVcsV0FBVyxvQkFBb0Isb0JBQW9CLFlBQVk7QUFDbkcsSUFBTSxpQkFBaUIsQ0FBQyxTQUFTLFlBQVksVUFBVTtBQUN2RCxJQUFNLGtCQUFrQixDQUFDLGNBQWMsWUFBWSxzQkFBc0I7QUFFekUsSUFBTSxzQkFBc0Isb0JBQUksSUFBWTtBQUFBLEVBQzFDO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQSxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQUEsRUFDSCxHQUFHO0FBQ0wsQ0FBQztBQUVELElBQU0sc0JBQXNCLG9CQUFJLElBQVk7QUFBQSxFQUMxQztBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUdELElBQU0sdUJBQW9ELG9CQUFJLElBQUk7QUFBQSxFQUNoRSxDQUFDLFFBQVEsOEJBQThCO0FBQUEsRUFDdkMsQ0FBQyxlQUFlLDhCQUE4QjtBQUFBLEVBQzlDLENBQUMsV0FBVyw4QkFBOEI7QUFBQSxFQUMxQyxDQUFDLE9BQU8scUVBQXFFO0FBQUEsRUFDN0UsQ0FBQyxNQUFNLHNDQUFzQztBQUFBLEVBQzdDLENBQUMsUUFBUSxzQ0FBc0M7QUFBQSxFQUMvQyxDQUFDLFFBQVEsc0NBQXNDO0FBQUEsRUFDL0MsQ0FBQyxlQUFlLDBCQUEwQjtBQUFBLEVBQzFDLENBQUMsWUFBWSxrQkFBa0I7QUFBQSxFQUMvQixDQUFDLGVBQWUsa0JBQWtCO0FBQUEsRUFDbEMsQ0FBQyxlQUFlLGtCQUFrQjtBQUFBLEVBQ2xDLENBQUMsZUFBZSxzREFBc0Q7QUFBQSxFQUN0RSxDQUFDLG1CQUFtQiw4QkFBOEI7QUFBQSxFQUNsRCxDQUFDLG9CQUFvQixXQUFXO0FBQUEsRUFDaEMsQ0FBQyx5QkFBeUIsMEJBQTBCO0FBQUEsRUFDcEQsQ0FBQyxxQkFBcUIsbUVBQW1FO0FBQUEsRUFDekYsQ0FBQyxpQkFBaUIseUJBQXlCO0FBQUEsRUFDM0MsQ0FBQyxpQkFBaUIsc0NBQXNDO0FBQUEsRUFDeEQsQ0FBQyxpQkFBaUIseUNBQXlDO0FBQUEsRUFDM0QsQ0FBQyxnQkFBZ0Isa0JBQWtCO0FBQUEsRUFDbkMsQ0FBQyxxQkFBcUIsa0JBQWtCO0FBQUEsRUFDeEMsQ0FBQyxvQkFBb0Isa0JBQWtCO0FBQ3pDLENBQUM7QUFFRCxJQUFNQyxnQkFBaUQ7QUFBQSxFQUNyRCxLQUFLO0FBQUEsRUFDTCxLQUFLO0FBQUEsRUFDTCxPQUFPO0FBQUEsRUFDUCxRQUFRO0FBQUEsRUFDUixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixNQUFNO0FBQUEsRUFDTixLQUFLO0FBQ1A7QUFFQSxJQUFNQyxhQUFZO0FBYVgsU0FBUyxvQkFDZCxRQUNBLFdBQWlDLENBQUMsR0FDbEMsVUFBNkIsQ0FBQyxHQUNsQjtBQUNaLFFBQU0sT0FBdUIsU0FBUyxVQUFVLFNBQVksQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLO0FBQ2hGLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQXlDO0FBQ3JFLFVBQU0sUUFBUSxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxJQUFJLENBQUM7QUFDaEQsVUFBTSxJQUFJLGtCQUFrQixRQUFRLEVBQUUsR0FBRyxVQUFVLE9BQU8sVUFBVSxLQUFLLFNBQVksTUFBTSxDQUFDO0FBQUEsRUFDOUY7QUFDQSxRQUFNLGFBQWEsY0FBYyxRQUFRLENBQUMsR0FBRyxNQUFNLENBQUM7QUFDcEQsTUFBSSxRQUFRLE9BQU8sTUFBTTtBQUN2QixRQUFJLFdBQVcsU0FBUyxVQUFVO0FBQ2hDLFlBQU0sTUFBTSxXQUFXLFNBQVMsU0FBWSxtQkFBbUIsUUFBUSxLQUFLLFVBQVUsV0FBVyxJQUFJLENBQUM7QUFDdEc7QUFBQSxRQUNFLDRGQUE0RixHQUFHO0FBQUEsUUFFL0YsQ0FBQyxNQUFNO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFDQSxRQUFJLFdBQVcseUJBQXlCLE9BQVcsWUFBVyx1QkFBdUI7QUFBQSxFQUN2RjtBQUNBLFNBQU87QUFDVDtBQUlBLFNBQVMsY0FBYyxNQUFlLE1BQStCLE1BQVlDLFFBQTJCO0FBQzFHLE1BQUlBLFNBQVFELFdBQVcsTUFBSyw4QkFBOEJBLFVBQVMsNEJBQTRCLElBQUk7QUFDbkcsTUFBSSxTQUFTLEtBQU0sUUFBTyxDQUFDO0FBQzNCLE1BQUksU0FBUyxNQUFPLFFBQU8sS0FBSyxvRUFBb0UsSUFBSTtBQUN4RyxNQUFJLENBQUMsY0FBYyxJQUFJLEVBQUcsUUFBTyxLQUFLLGlDQUFpQyxjQUFjLElBQUksQ0FBQyxJQUFJLElBQUk7QUFFbEcsYUFBVyxPQUFPLE9BQU8sS0FBSyxJQUFJLEVBQUcsY0FBYSxLQUFLLE1BQU0sSUFBSTtBQUVqRSxNQUFJLE1BQWtCLENBQUM7QUFDdkIsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxJQUFJLEdBQUc7QUFDL0MsUUFBSSxRQUFRLFdBQVcsUUFBUSxXQUFZO0FBQzNDLFFBQUksR0FBRyxJQUFJO0FBQUEsRUFDYjtBQUVBLE1BQUksS0FBSyxVQUFVLFFBQVc7QUFDNUIsVUFBTUUsV0FBVSxXQUFXLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxPQUFPLEdBQUcsTUFBTUQsTUFBSztBQUN0RSxlQUFXLENBQUMsT0FBTyxNQUFNLEtBQUtDLFNBQVEsUUFBUSxFQUFHLE9BQU0sYUFBYSxLQUFLLFFBQVEsQ0FBQyxHQUFHLE1BQU0sU0FBUyxLQUFLLEdBQUcsSUFBSTtBQUFBLEVBQ2xIO0FBRUEsZ0JBQWMsS0FBSyxNQUFNLElBQUk7QUFDN0IsTUFBSSxLQUFLLGFBQWEsS0FBTSxTQUFRLEtBQUssTUFBTSxJQUFJO0FBQUEsV0FDMUMsS0FBSyxhQUFhLFVBQWEsS0FBSyxhQUFhLE9BQU87QUFDL0QsU0FBSyx5Q0FBeUMsY0FBYyxLQUFLLFFBQVEsQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLFVBQVUsQ0FBQztBQUFBLEVBQ3JHO0FBRUEscUJBQW1CLEtBQUssTUFBTSxJQUFJO0FBQ2xDLDBCQUF3QixLQUFLLE1BQU0sSUFBSTtBQUN2QywwQkFBd0IsS0FBSyxNQUFNLElBQUk7QUFDdkMseUJBQXVCLEtBQUssTUFBTSxNQUFNRCxNQUFLO0FBQzdDLDBCQUF3QixLQUFLLE1BQU0sTUFBTUEsTUFBSztBQUM5Qyx5QkFBdUIsS0FBSyxNQUFNLElBQUk7QUFDdEMsYUFBVyxPQUFPLENBQUMsU0FBUyxPQUFPLEdBQVk7QUFDN0MsUUFBSSxJQUFJLEdBQUcsTUFBTSxPQUFXO0FBQzVCLFFBQUksR0FBRyxJQUFJLFdBQVcsSUFBSSxHQUFHLEdBQUcsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLE1BQU1BLE1BQUs7QUFDM0QsVUFBTSxRQUFRLE9BQU8sS0FBSyxHQUFHLEVBQUUsS0FBSyxDQUFDLE1BQU0sTUFBTSxPQUFPLG9CQUFvQixJQUFJLENBQUMsQ0FBQztBQUNsRixRQUFJLFVBQVUsUUFBVztBQUN2QixXQUFLLElBQUksR0FBRyw4QkFBOEIsS0FBSyxpQkFBaUIsS0FBSywyQkFBMkIsQ0FBQyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDbEg7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxhQUFhLEtBQWEsTUFBK0IsTUFBa0I7QUFDbEYsTUFBSSxvQkFBb0IsSUFBSSxHQUFHLEtBQUssb0JBQW9CLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxJQUFJLEVBQUc7QUFDMUYsUUFBTUUsUUFBTyxxQkFBcUIsSUFBSSxHQUFHO0FBQ3pDLE1BQUlBLFVBQVMsUUFBVztBQUN0QixTQUFLLDRCQUE0QixHQUFHLHdDQUF3Q0EsS0FBSSxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQ3BHO0FBQ0EsUUFBTSxRQUFRLGFBQWEsS0FBSyxDQUFDLEdBQUcscUJBQXFCLEdBQUcsbUJBQW1CLENBQUM7QUFDaEY7QUFBQSxJQUNFLGdDQUFnQyxHQUFHLElBQUksVUFBVSxTQUFZLEtBQUssbUJBQW1CLEtBQUssSUFBSTtBQUFBLElBRTlGLENBQUMsR0FBRyxNQUFNLEdBQUc7QUFBQSxFQUNmO0FBQ0Y7QUFFQSxTQUFTLFdBQVcsT0FBZ0IsTUFBK0IsTUFBWUYsUUFBNkI7QUFDMUcsTUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxXQUFXLEdBQUc7QUFDL0MsV0FBTyxLQUFLLDZDQUE2QyxjQUFjLEtBQUssQ0FBQyxJQUFJLElBQUk7QUFBQSxFQUN2RjtBQUNBLFNBQU8sTUFBTSxJQUFJLENBQUMsUUFBUSxVQUFVLGNBQWMsUUFBUSxDQUFDLEdBQUcsTUFBTSxLQUFLLEdBQUcsTUFBTUEsU0FBUSxDQUFDLENBQUM7QUFDOUY7QUFFQSxTQUFTLFNBQVMsUUFBMEM7QUFDMUQsUUFBTSxPQUFPLE9BQU87QUFDcEIsTUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixTQUFPLE1BQU0sUUFBUSxJQUFJLElBQUssT0FBb0IsQ0FBQyxJQUFjO0FBQ25FO0FBRUEsU0FBUyxjQUFjLEtBQWlCLE1BQStCLE1BQWtCO0FBQ3ZGLFFBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxNQUFNO0FBQzNCLE1BQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsUUFBSSxnQkFBZ0IsS0FBSyxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sTUFBUyxFQUFHLEtBQUksT0FBTztBQUFBLGFBQ3pELElBQUksVUFBVSxPQUFXLEtBQUksT0FBTztBQUM3QyxRQUFJLElBQUksU0FBUyxRQUFXO0FBRTFCLFlBQU0sRUFBRSxNQUFNLEdBQUcsS0FBSyxJQUFJO0FBQzFCLGlCQUFXLE9BQU8sT0FBTyxLQUFLLEdBQUcsRUFBRyxRQUFPLElBQUksR0FBRztBQUNsRCxhQUFPLE9BQU8sS0FBSyxFQUFFLEtBQUssR0FBRyxJQUFJO0FBQUEsSUFDbkM7QUFDQTtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSSxJQUFJLElBQUksT0FBTyxDQUFDLElBQUksSUFBSTtBQUM1RCxNQUFJLE1BQU0sV0FBVyxFQUFHLE1BQUssbURBQW1ELEVBQUU7QUFDbEYsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsYUFBVyxRQUFRLE9BQU87QUFDeEIsUUFBSSxPQUFPLFNBQVMsU0FBVSxNQUFLLGdDQUFnQyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDNUYsUUFBSSxDQUFFLGtCQUF3QyxTQUFTLElBQUksR0FBRztBQUM1RCxZQUFNLFFBQVFGLGNBQWEsS0FBSyxZQUFZLENBQUMsS0FBSyxhQUFhLE1BQU0saUJBQWlCO0FBQ3RGLFlBQU0sVUFBVSxTQUFTLFFBQVEsc0NBQXNDO0FBQ3ZFO0FBQUEsUUFDRSxpQkFBaUIsSUFBSSxJQUFJLFVBQVUsU0FBWSxLQUFLLG1CQUFtQixLQUFLLElBQUksR0FBRyxPQUFPLFlBQzdFLGtCQUFrQixLQUFLLElBQUksQ0FBQztBQUFBLFFBQ3pDO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsTUFBSyxTQUFTLElBQUkscUJBQXFCLEVBQUU7QUFDN0QsU0FBSyxJQUFJLElBQUk7QUFBQSxFQUNmO0FBQ0EsTUFBSSxPQUFPLE1BQU0sV0FBVyxJQUFJLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLO0FBQ3REO0FBRUEsU0FBUyxRQUFRLEtBQWlCLE1BQStCLE1BQWtCO0FBQ2pGLFFBQU0sUUFBUSxTQUFTLEdBQUc7QUFDMUIsTUFBSSxVQUFVLFFBQVc7QUFDdkIsUUFBSSxDQUFDLE1BQU0sU0FBUyxNQUFNLEVBQUcsS0FBSSxPQUFPLENBQUMsR0FBRyxPQUFPLE1BQU07QUFBQSxFQUMzRCxXQUFXLE1BQU0sUUFBUSxJQUFJLElBQUksR0FBRztBQUNsQyxRQUFJLENBQUMsSUFBSSxLQUFLLFNBQVMsSUFBSSxFQUFHLEtBQUksT0FBTyxDQUFDLEdBQUcsSUFBSSxNQUFNLElBQUk7QUFBQSxFQUM3RCxXQUFXLE1BQU0sUUFBUSxJQUFJLEtBQUssR0FBRztBQUNuQyxRQUFJLFFBQVEsQ0FBQyxHQUFHLElBQUksT0FBTyxFQUFFLE1BQU0sT0FBTyxDQUFDO0FBQUEsRUFDN0MsV0FBVyxNQUFNLFFBQVEsSUFBSSxLQUFLLEdBQUc7QUFDbkMsUUFBSSxRQUFRLENBQUMsR0FBRyxJQUFJLE9BQU8sRUFBRSxNQUFNLE9BQU8sQ0FBQztBQUFBLEVBQzdDLFdBQVcsSUFBSSxVQUFVLFFBQVc7QUFDbEMsU0FBSyxvRUFBb0UsQ0FBQyxHQUFHLE1BQU0sVUFBVSxDQUFDO0FBQUEsRUFDaEc7QUFFRjtBQUVBLFNBQVMsbUJBQW1CLEtBQWlCLE1BQStCLE1BQWtCO0FBQzVGLFFBQU0sUUFBUSxTQUFTLEdBQUc7QUFDMUIsUUFBTSxTQUFnRTtBQUFBLElBQ3BFLENBQUMsaUJBQWlCLENBQUMsUUFBUSxHQUFHLFFBQVE7QUFBQSxJQUN0QyxDQUFDLGlCQUFpQixDQUFDLFVBQVUsU0FBUyxHQUFHLFFBQVE7QUFBQSxJQUNqRCxDQUFDLGdCQUFnQixDQUFDLE9BQU8sR0FBRyxPQUFPO0FBQUEsSUFDbkMsQ0FBQyxpQkFBaUIsQ0FBQyxRQUFRLEdBQUcsUUFBUTtBQUFBLEVBQ3hDO0FBQ0EsYUFBVyxDQUFDLFVBQVUsU0FBUyxJQUFJLEtBQUssUUFBUTtBQUM5QyxlQUFXLFdBQVcsVUFBVTtBQUM5QixVQUFJLElBQUksT0FBTyxNQUFNLE9BQVc7QUFDaEMsVUFBSSxVQUFVLE9BQVcsTUFBSyxJQUFJLE9BQU8sb0JBQW9CLElBQUksS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFBQSxlQUMvRSxDQUFDLE1BQU0sS0FBSyxDQUFDLE1BQU0sUUFBUSxTQUFTLENBQUMsQ0FBQyxHQUFHO0FBQ2hELGFBQUssSUFBSSxPQUFPLGdCQUFnQixJQUFJLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxPQUFPLENBQUM7QUFBQSxNQUMxRztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLG1CQUFtQixLQUFpQixLQUFhLE1BQStCLE1BQWtCO0FBQ3pHLFFBQU0sUUFBUSxJQUFJLEdBQUc7QUFDckIsTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxPQUFPLFVBQVUsWUFBWSxDQUFDLE9BQU8sVUFBVSxLQUFLLEtBQUssUUFBUSxHQUFHO0FBQ3RFLFNBQUssSUFBSSxHQUFHLHNDQUFzQyxjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQzFGO0FBQ0Y7QUFFQSxTQUFTLGFBQWEsS0FBaUIsS0FBYSxNQUErQixNQUFrQjtBQUNuRyxRQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3JCLE1BQUksVUFBVSxPQUFXO0FBQ3pCLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxHQUFHO0FBQ3hELFNBQUssSUFBSSxHQUFHLDJCQUEyQixjQUFjLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLEdBQUcsQ0FBQztBQUFBLEVBQy9FO0FBQ0Y7QUFFQSxTQUFTLHdCQUF3QixLQUFpQixNQUErQixNQUFrQjtBQUNqRyxxQkFBbUIsS0FBSyxhQUFhLE1BQU0sSUFBSTtBQUMvQyxxQkFBbUIsS0FBSyxhQUFhLE1BQU0sSUFBSTtBQUMvQyxNQUFJLElBQUksWUFBWSxRQUFXO0FBQzdCLFFBQUksT0FBTyxJQUFJLFlBQVksVUFBVTtBQUNuQyxXQUFLLHNEQUFzRCxjQUFjLElBQUksT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLE1BQU0sU0FBUyxDQUFDO0FBQUEsSUFDL0c7QUFDQSxRQUFJLGVBQWUsSUFBSSxPQUFPLE1BQU0sUUFBVztBQUM3QyxXQUFLLGFBQWEsS0FBSyxVQUFVLElBQUksT0FBTyxDQUFDLHNDQUFzQyxDQUFDLEdBQUcsTUFBTSxTQUFTLENBQUM7QUFBQSxJQUN6RztBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsZUFBZSxTQUFxQztBQUNsRSxNQUFJO0FBQ0YsV0FBTyxJQUFJLE9BQU8sU0FBUyxHQUFHO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFFBQUk7QUFDRixhQUFPLElBQUksT0FBTyxPQUFPO0FBQUEsSUFDM0IsUUFBUTtBQUNOLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyx3QkFBd0IsS0FBaUIsTUFBK0IsTUFBa0I7QUFDakcsYUFBVyxDQUFDLFdBQVcsU0FBUyxLQUFLO0FBQUEsSUFDbkMsQ0FBQyxvQkFBb0IsU0FBUztBQUFBLElBQzlCLENBQUMsb0JBQW9CLFNBQVM7QUFBQSxFQUNoQyxHQUFZO0FBRVYsUUFBSSxPQUFPLElBQUksU0FBUyxNQUFNLFdBQVc7QUFDdkMsVUFBSSxJQUFJLFNBQVMsTUFBTSxNQUFNO0FBQzNCLFlBQUksSUFBSSxTQUFTLE1BQU0sT0FBVyxNQUFLLElBQUksU0FBUyxrQkFBa0IsU0FBUyxLQUFLLENBQUMsR0FBRyxNQUFNLFNBQVMsQ0FBQztBQUN4RyxZQUFJLFNBQVMsSUFBSSxJQUFJLFNBQVM7QUFDOUIsZUFBTyxJQUFJLFNBQVM7QUFBQSxNQUN0QixPQUFPO0FBQ0wsZUFBTyxJQUFJLFNBQVM7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsYUFBVyxPQUFPLGdCQUFpQixjQUFhLEtBQUssS0FBSyxNQUFNLElBQUk7QUFDcEUsTUFBSSxPQUFPLElBQUksZUFBZSxZQUFZLElBQUksY0FBYyxHQUFHO0FBQzdELFNBQUssNENBQTRDLElBQUksVUFBVSxJQUFJLENBQUMsR0FBRyxNQUFNLFlBQVksQ0FBQztBQUFBLEVBQzVGO0FBQ0Y7QUFFQSxTQUFTLHVCQUF1QixLQUFpQixNQUErQixNQUFZRSxRQUFxQjtBQUMvRyxxQkFBbUIsS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUM5QyxxQkFBbUIsS0FBSyxZQUFZLE1BQU0sSUFBSTtBQUM5QyxNQUFJLElBQUksVUFBVSxPQUFXO0FBQzdCLE1BQUksTUFBTSxRQUFRLElBQUksS0FBSyxHQUFHO0FBQzVCLFNBQUssb0dBQW9HO0FBQUEsTUFDdkcsR0FBRztBQUFBLE1BQ0g7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxRQUFRLGNBQWMsSUFBSSxPQUFPLENBQUMsR0FBRyxNQUFNLE9BQU8sR0FBRyxNQUFNQSxTQUFRLENBQUM7QUFDMUU7QUFFQSxTQUFTLHdCQUF3QixLQUFpQixNQUErQixNQUFZQSxRQUFxQjtBQUNoSCxNQUFJLElBQUksZUFBZSxRQUFXO0FBQ2hDLFFBQUksQ0FBQyxjQUFjLElBQUksVUFBVSxHQUFHO0FBQ2xDLFdBQUssK0NBQStDLGNBQWMsSUFBSSxVQUFVLENBQUMsSUFBSSxDQUFDLEdBQUcsTUFBTSxZQUFZLENBQUM7QUFBQSxJQUM5RztBQUNBLFVBQU0sYUFBeUMsQ0FBQztBQUNoRCxlQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLElBQUksVUFBVSxHQUFHO0FBQzdELGlCQUFXLElBQUksSUFBSSxjQUFjLFVBQVUsQ0FBQyxHQUFHLE1BQU0sY0FBYyxJQUFJLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQUEsSUFDM0Y7QUFDQSxRQUFJLGFBQWE7QUFBQSxFQUNuQjtBQUNBLE1BQUksSUFBSSxhQUFhLFFBQVc7QUFDOUIsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLFVBQVU7QUFDL0IsUUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLFFBQVE7QUFDN0IsV0FBSyxvREFBb0QsY0FBYyxJQUFJLFFBQVEsQ0FBQyxJQUFJLEVBQUU7QUFDNUYsVUFBTSxXQUFXLGNBQWMsSUFBSSxVQUFVLElBQUksT0FBTyxLQUFLLElBQUksVUFBVSxJQUFJLENBQUM7QUFDaEYsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsZUFBVyxRQUFRLElBQUksVUFBdUI7QUFDNUMsVUFBSSxPQUFPLFNBQVMsU0FBVSxNQUFLLDRDQUE0QyxjQUFjLElBQUksQ0FBQyxJQUFJLEVBQUU7QUFDeEcsVUFBSSxLQUFLLElBQUksSUFBSSxFQUFHLE1BQUssSUFBSSxJQUFJLG1DQUFtQyxFQUFFO0FBQ3RFLFdBQUssSUFBSSxJQUFJO0FBQ2IsVUFBSSxDQUFDLFNBQVMsU0FBUyxJQUFJLEdBQUc7QUFDNUIsY0FBTSxRQUFRLGFBQWEsTUFBTSxRQUFRO0FBQ3pDO0FBQUEsVUFDRSxxQkFBcUIsSUFBSSw0Q0FDdEIsVUFBVSxTQUFZLDZCQUE2QixtQkFBbUIsS0FBSztBQUFBLFVBQzlFO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxXQUFXLENBQUMsR0FBRyxJQUFJO0FBQUEsRUFDekI7QUFDQSxRQUFNLFFBQVEsSUFBSTtBQUNsQixNQUFJLFVBQVUsVUFBYSxPQUFPLFVBQVUsV0FBVztBQUNyRCxRQUFJLHVCQUF1QixjQUFjLE9BQU8sQ0FBQyxHQUFHLE1BQU0sc0JBQXNCLEdBQUcsTUFBTUEsU0FBUSxDQUFDO0FBQUEsRUFDcEc7QUFDRjtBQUVBLFNBQVMsWUFBWSxPQUEyRDtBQUM5RSxTQUFPLFVBQVUsUUFBUSxPQUFPLFVBQVUsWUFBWSxPQUFPLFVBQVUsYUFBYSxPQUFPLFNBQVMsS0FBSztBQUMzRztBQUVBLFNBQVMsVUFBVSxPQUF5QyxPQUFtQztBQUM3RixTQUFPLE1BQU0sS0FBSyxDQUFDLFNBQVM7QUFDMUIsWUFBUSxNQUFNO0FBQUEsTUFDWixLQUFLO0FBQ0gsZUFBTyxVQUFVO0FBQUEsTUFDbkIsS0FBSztBQUNILGVBQU8sT0FBTyxVQUFVLEtBQUs7QUFBQSxNQUMvQixLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsZUFBTyxPQUFPLFVBQVU7QUFBQSxNQUMxQjtBQUNFLGVBQU87QUFBQSxJQUNYO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLHVCQUF1QixLQUFpQixNQUErQixNQUFrQjtBQUNoRyxRQUFNLFFBQVEsU0FBUyxHQUFHO0FBQzFCLE1BQUksSUFBSSxTQUFTLFFBQVc7QUFDMUIsVUFBTSxLQUFLLENBQUMsR0FBRyxNQUFNLE1BQU07QUFDM0IsUUFBSSxDQUFDLE1BQU0sUUFBUSxJQUFJLElBQUksS0FBSyxJQUFJLEtBQUssV0FBVyxHQUFHO0FBQ3JELFdBQUssa0RBQWtELGNBQWMsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQUEsSUFDdEY7QUFDQSxlQUFXLENBQUMsT0FBTyxLQUFLLEtBQU0sSUFBSSxLQUFtQixRQUFRLEdBQUc7QUFDOUQsVUFBSSxDQUFDLFlBQVksS0FBSyxHQUFHO0FBQ3ZCLGFBQUssK0RBQStELGNBQWMsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksS0FBSyxDQUFDO0FBQUEsTUFDNUc7QUFDQSxVQUFJLFVBQVUsVUFBYSxDQUFDLFVBQVUsT0FBTyxLQUFLLEdBQUc7QUFDbkQsYUFBSyxjQUFjLEtBQUssVUFBVSxLQUFLLENBQUMsc0JBQXNCLEtBQUssVUFBVSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLEtBQUssQ0FBQztBQUFBLE1BQzFHO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLElBQUksVUFBVSxRQUFXO0FBQzNCLFVBQU0sS0FBSyxDQUFDLEdBQUcsTUFBTSxPQUFPO0FBQzVCLFFBQUksQ0FBQyxZQUFZLElBQUksS0FBSztBQUN4QixXQUFLLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDLElBQUksRUFBRTtBQUMvRixRQUFJLFVBQVUsVUFBYSxDQUFDLFVBQVUsSUFBSSxPQUFPLEtBQUssR0FBRztBQUN2RCxXQUFLLFNBQVMsS0FBSyxVQUFVLElBQUksS0FBSyxDQUFDLHNCQUFzQixLQUFLLFVBQVUsSUFBSSxJQUFJLENBQUMsSUFBSSxFQUFFO0FBQUEsSUFDN0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFNBQVMsR0FBWSxHQUFxQjtBQUNqRCxTQUFPLEtBQUssVUFBVSxDQUFDLE1BQU0sS0FBSyxVQUFVLENBQUM7QUFDL0M7QUFHQSxTQUFTLGFBQWEsUUFBb0IsUUFBb0IsTUFBK0IsTUFBd0I7QUFDbkgsUUFBTSxNQUFrQixFQUFFLEdBQUcsT0FBTztBQUNwQyxhQUFXLENBQUMsS0FBSyxLQUFLLEtBQUssT0FBTyxRQUFRLE1BQU0sR0FBRztBQUNqRCxVQUFNLFVBQVUsSUFBSSxHQUFHO0FBQ3ZCLFFBQUksWUFBWSxRQUFXO0FBQ3pCLFVBQUksR0FBRyxJQUFJO0FBQ1g7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLGdCQUFnQixjQUFjLE9BQU8sS0FBSyxjQUFjLEtBQUssR0FBRztBQUMxRSxZQUFNLFNBQWtDLEVBQUUsR0FBRyxRQUFRO0FBQ3JELGlCQUFXLENBQUMsTUFBTSxRQUFRLEtBQUssT0FBTyxRQUFRLEtBQUssR0FBRztBQUNwRCxZQUFJLE9BQU8sSUFBSSxNQUFNLFVBQWEsQ0FBQyxTQUFTLE9BQU8sSUFBSSxHQUFHLFFBQVEsR0FBRztBQUNuRSxlQUFLLGFBQWEsSUFBSSxpRUFBaUU7QUFBQSxZQUNyRixHQUFHO0FBQUEsWUFDSDtBQUFBLFlBQ0E7QUFBQSxVQUNGLENBQUM7QUFBQSxRQUNIO0FBQ0EsZUFBTyxJQUFJLElBQUk7QUFBQSxNQUNqQjtBQUNBLFVBQUksYUFBYTtBQUFBLElBQ25CLFdBQVcsUUFBUSxjQUFjLE1BQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxRQUFRLEtBQUssR0FBRztBQUMvRSxVQUFJLFdBQVcsQ0FBQyxHQUFHLG9CQUFJLElBQUksQ0FBQyxHQUFHLFNBQVMsR0FBRyxLQUFLLENBQUMsQ0FBQztBQUFBLElBQ3BELFdBQVcsUUFBUSxRQUFRO0FBQ3pCLFlBQU0sT0FBTyxlQUFlLE1BQU0sUUFBUSxPQUFPLElBQUksVUFBVSxDQUFDLE9BQU8sR0FBRyxNQUFNLFFBQVEsS0FBSyxJQUFJLFFBQVEsQ0FBQyxLQUFLLENBQUM7QUFDaEgsVUFBSSxLQUFLLFdBQVcsR0FBRztBQUNyQixhQUFLLCtCQUErQixLQUFLLFVBQVUsT0FBTyxDQUFDLFFBQVEsS0FBSyxVQUFVLEtBQUssQ0FBQyxZQUFZLElBQUk7QUFBQSxNQUMxRztBQUNBLFVBQUksT0FBTyxLQUFLLFdBQVcsSUFBSSxLQUFLLENBQUMsSUFBSTtBQUFBLElBQzNDLFdBQVcsb0JBQW9CLElBQUksR0FBRyxLQUFLLElBQUksV0FBVyxJQUFJLEdBQUc7QUFBQSxJQUVqRSxXQUFXLENBQUMsU0FBUyxTQUFTLEtBQUssR0FBRztBQUNwQyxXQUFLLHVCQUF1QixHQUFHLGtEQUFrRCxDQUFDLEdBQUcsTUFBTSxHQUFHLENBQUM7QUFBQSxJQUNqRztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGVBQWUsTUFBMEIsUUFBdUM7QUFDdkYsUUFBTSxPQUFPLG9CQUFJLElBQWE7QUFDOUIsYUFBVyxRQUFRLE1BQU07QUFDdkIsUUFBSSxPQUFPLFNBQVMsSUFBSSxFQUFHLE1BQUssSUFBSSxJQUFJO0FBQUEsYUFDOUIsU0FBUyxhQUFhLE9BQU8sU0FBUyxRQUFRLEtBQU8sU0FBUyxZQUFZLE9BQU8sU0FBUyxTQUFTLEdBQUk7QUFDL0csV0FBSyxJQUFJLFNBQVM7QUFBQSxJQUNwQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxJQUFJO0FBQ2pCOzs7QUNyZUEsSUFBTSxRQUFtQixNQUFNO0FBQy9CLElBQU0sU0FBb0IsTUFBTTtBQUd6QixTQUFTLGlCQUFpQixRQUErQjtBQUM5RCxNQUFJLE9BQU8sVUFBVSxRQUFXO0FBQzlCLFVBQU0sV0FBVyxPQUFPO0FBQ3hCLFdBQU8sQ0FBQyxVQUFVLFVBQVU7QUFBQSxFQUM5QjtBQUNBLE1BQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxHQUFHO0FBQzlCLFVBQU0sVUFBVSxJQUFJLElBQWEsT0FBTyxJQUFJO0FBQzVDLFdBQU8sQ0FBQyxVQUFVLFFBQVEsSUFBSSxLQUFLO0FBQUEsRUFDckM7QUFDQSxNQUFJLE1BQU0sUUFBUSxPQUFPLEtBQUssR0FBRztBQUMvQixVQUFNRyxXQUFXLE9BQU8sTUFBdUIsSUFBSSxnQkFBZ0I7QUFDbkUsV0FBTyxDQUFDLFVBQVVBLFNBQVEsS0FBSyxDQUFDLFdBQVcsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUMxRDtBQUVBLE1BQUksT0FBTyxVQUFVLE9BQVcsUUFBTztBQUN2QyxNQUFJLE9BQU8sU0FBUyxPQUFXLFFBQU87QUFDdEMsUUFBTSxRQUFRLE1BQU0sUUFBUSxPQUFPLElBQUksSUFBSyxPQUFPLE9BQW9CLENBQUMsT0FBTyxJQUFjO0FBQzdGLFFBQU1DLFlBQVcsTUFBTSxTQUFTLE1BQU07QUFDdEMsUUFBTUQsV0FBVSxNQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUM7QUFDN0UsTUFBSUEsU0FBUSxXQUFXLEVBQUcsUUFBTyxDQUFDLFVBQVUsVUFBVTtBQUN0RCxRQUFNLE9BQU9BLFNBQVEsV0FBVyxJQUFJQSxTQUFRLENBQUMsSUFBSyxDQUFDLFVBQW1CQSxTQUFRLEtBQUssQ0FBQyxXQUFXLE9BQU8sS0FBSyxDQUFDO0FBQzVHLFNBQU9DLFlBQVcsQ0FBQyxVQUFVLFVBQVUsUUFBUSxLQUFLLEtBQUssSUFBSTtBQUMvRDtBQUVBLFNBQVMsTUFBTSxNQUFjLFFBQStCO0FBQzFELFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNO0FBQUEsSUFDM0IsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNLE1BQU07QUFBQSxJQUNqQyxLQUFLO0FBQ0gsYUFBTyxDQUFDLFVBQVUsT0FBTyxVQUFVO0FBQUEsSUFDckMsS0FBSztBQUNILGFBQU8sV0FBVyxNQUFNO0FBQUEsSUFDMUIsS0FBSztBQUNILGFBQU8sWUFBWSxNQUFNO0FBQUEsSUFDM0I7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxZQUFZLFFBQStCO0FBQ2xELFFBQU0sTUFBTSxPQUFPLE9BQU8sY0FBYyxXQUFXLE9BQU8sWUFBWTtBQUN0RSxRQUFNLE1BQU0sT0FBTyxPQUFPLGNBQWMsV0FBVyxPQUFPLFlBQVksT0FBTztBQUM3RSxRQUFNLFVBQVUsT0FBTyxPQUFPLFlBQVksV0FBVyxlQUFlLE9BQU8sT0FBTyxJQUFJO0FBQ3RGLE1BQUksT0FBTyxPQUFPLFlBQVksWUFBWSxZQUFZLE9BQVcsUUFBTztBQUN4RSxNQUFJLFlBQVksUUFBVztBQUN6QixXQUFPLENBQUMsVUFBVSxPQUFPLFVBQVUsWUFBWSxNQUFNLFVBQVUsT0FBTyxNQUFNLFVBQVUsT0FBTyxRQUFRLEtBQUssS0FBSztBQUFBLEVBQ2pIO0FBQ0EsTUFBSSxRQUFRLEtBQUssUUFBUSxPQUFPLGtCQUFtQixRQUFPLENBQUMsVUFBVSxPQUFPLFVBQVU7QUFDdEYsU0FBTyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksTUFBTSxVQUFVLE9BQU8sTUFBTSxVQUFVO0FBQ3hGO0FBRUEsU0FBUyxZQUFZLE1BQTRCLFFBQStCO0FBQzlFLFFBQU0sUUFBUSxDQUFDLEtBQWEsYUFDMUIsT0FBTyxPQUFPLEdBQUcsTUFBTSxXQUFZLE9BQU8sR0FBRyxJQUFlO0FBQzlELFFBQU0sTUFBTSxNQUFNLFdBQVcsT0FBTyxpQkFBaUI7QUFDckQsUUFBTSxNQUFNLE1BQU0sV0FBVyxPQUFPLGlCQUFpQjtBQUNyRCxRQUFNLFFBQVEsTUFBTSxvQkFBb0IsT0FBTyxpQkFBaUI7QUFDaEUsUUFBTSxRQUFRLE1BQU0sb0JBQW9CLE9BQU8saUJBQWlCO0FBQ2hFLFFBQU0sT0FBTyxPQUFPLE9BQU8sZUFBZSxXQUFXLE9BQU8sYUFBYTtBQUV6RSxNQUFJLFNBQVMsVUFBYSxDQUFDLE9BQU8sY0FBYyxJQUFJLEVBQUcsUUFBTztBQUM5RCxRQUFNLE9BQ0osU0FBUyxZQUNMLENBQUMsVUFBVSxPQUFPLGNBQWMsS0FBSyxJQUNyQyxDQUFDLFVBQVUsT0FBTyxVQUFVLFlBQVksT0FBTyxTQUFTLEtBQUs7QUFDbkUsU0FBTyxDQUFDLFVBQ04sS0FBSyxLQUFLLEtBQ1QsU0FBb0IsT0FDcEIsU0FBb0IsT0FDcEIsUUFBbUIsU0FDbkIsUUFBbUIsVUFDbkIsU0FBUyxVQUFjLE9BQU8sY0FBYyxLQUFLLEtBQU0sUUFBbUIsU0FBUztBQUN4RjtBQUVBLFNBQVMsV0FBVyxRQUErQjtBQUNqRCxRQUFNLE9BQU8sT0FBTyxVQUFVLFNBQVksU0FBUyxpQkFBaUIsT0FBTyxLQUFtQjtBQUM5RixRQUFNLE1BQU0sT0FBTyxPQUFPLGFBQWEsV0FBVyxPQUFPLFdBQVc7QUFDcEUsUUFBTSxNQUFNLE9BQU8sT0FBTyxhQUFhLFdBQVcsT0FBTyxXQUFXLE9BQU87QUFDM0UsU0FBTyxDQUFDLFVBQVU7QUFDaEIsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEtBQUssTUFBTSxTQUFTLE9BQU8sTUFBTSxTQUFTLElBQUssUUFBTztBQUM5RSxhQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxJQUFLLEtBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUNuRSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBU0EsU0FBUyxZQUFZLFFBQStCO0FBQ2xELFFBQU0sZ0JBQWdCLElBQUksSUFBSyxPQUFPLFlBQVksQ0FBQyxDQUFjO0FBQ2pFLFFBQU0sYUFBOEIsT0FBTyxRQUFTLE9BQU8sY0FBYyxDQUFDLENBQWdDLEVBQUU7QUFBQSxJQUMxRyxDQUFDLENBQUMsS0FBSyxRQUFRLE9BQU8sRUFBRSxLQUFLLFVBQVUsY0FBYyxJQUFJLEdBQUcsR0FBRyxPQUFPLGlCQUFpQixRQUFRLEVBQUU7QUFBQSxFQUNuRztBQUNBLFFBQU0sV0FBaUMsdUJBQU8sT0FBTyxJQUFJO0FBQ3pELGFBQVcsRUFBRSxJQUFJLEtBQUssV0FBWSxVQUFTLEdBQUcsSUFBSTtBQUNsRCxRQUFNLFFBQVEsT0FBTztBQUNyQixRQUFNLE9BQU8sVUFBVSxRQUFRLFdBQVcsVUFBVSxVQUFhLFVBQVUsT0FBTyxVQUFVO0FBQzVGLFFBQU0sYUFBYSxTQUFTLGFBQWEsaUJBQWlCLEtBQW1CLElBQUk7QUFDakYsUUFBTSxRQUFRLFdBQVc7QUFFekIsU0FBTyxDQUFDLFVBQVU7QUFDaEIsUUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2hGLFVBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxRQUFJLFVBQVUsT0FBTyxhQUFhLFVBQVUsS0FBTSxRQUFPO0FBQ3pELFVBQU1DLFVBQVM7QUFDZixRQUFJLFVBQVU7QUFDZCxhQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sS0FBSztBQUM5QixZQUFNLFdBQVcsV0FBVyxDQUFDO0FBQzdCLFlBQU0sT0FBT0EsUUFBTyxTQUFTLEdBQUc7QUFDaEMsVUFBSSxTQUFTLFFBQVc7QUFDdEIsWUFBSSxTQUFTLFNBQVUsUUFBTztBQUM5QixZQUFJLE9BQU8sT0FBT0EsU0FBUSxTQUFTLEdBQUcsRUFBRztBQUN6QztBQUFBLE1BQ0Y7QUFDQSxVQUFJLENBQUMsU0FBUyxNQUFNLElBQUksRUFBRyxRQUFPO0FBQ2xDO0FBQUEsSUFDRjtBQUNBLFFBQUksU0FBUyxRQUFTLFFBQU87QUFDN0IsUUFBSSxTQUFTLFVBQVU7QUFDckIsVUFBSSxPQUFPO0FBQ1gsaUJBQVcsS0FBS0EsUUFBUTtBQUN4QixhQUFPLFNBQVM7QUFBQSxJQUNsQjtBQUNBLGVBQVcsT0FBT0EsU0FBUTtBQUN4QixVQUFJLFNBQVMsR0FBRyxNQUFNLFNBQVMsUUFBUSxlQUFlLENBQUMsV0FBV0EsUUFBTyxHQUFHLENBQUMsR0FBSSxRQUFPO0FBQUEsSUFDMUY7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUM3SUEsSUFBTSxhQUFhO0FBQ25CLElBQU0sU0FBUztBQWVSLFNBQVMsdUJBQXVCLFFBQXlDO0FBQzlFLFNBQU8sT0FBTyxRQUFRLElBQUksS0FBSztBQUNqQztBQU1PLFNBQVMsZUFBZSxRQUE0QjtBQUN6RCxRQUFNLE9BQU8sT0FBTyxRQUFRLElBQUksSUFBSTtBQUNwQyxTQUFPLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFFBQVE7QUFDeEQ7QUFFQSxTQUFTLE9BQU8sUUFBaUIsUUFBZ0IsUUFBeUI7QUFDeEUsU0FBTyxRQUFRLFFBQVEsUUFBUSxNQUFNLEVBQUUsS0FBSyxLQUFLO0FBQ25EO0FBR0EsU0FBUyxRQUFRLFFBQWlCLFFBQWdCLFFBQTJCO0FBQzNFLFFBQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLFdBQVcsUUFBUSxRQUFRLE1BQU0sQ0FBQyxDQUFDO0FBQzNELFNBQU8sSUFBSSxTQUFTLFNBQVMsSUFBSSxDQUFDLFNBQVMsSUFBSTtBQUNqRDtBQUVBLFNBQVMsV0FBVyxRQUFpQixRQUFnQixRQUEyQjtBQUM5RSxNQUFJLFdBQVcsTUFBTyxRQUFPLENBQUMsT0FBTztBQUNyQyxNQUFJLENBQUMsY0FBYyxNQUFNLEVBQUcsUUFBTyxDQUFDLFNBQVM7QUFDN0MsTUFBSSxPQUFPLFVBQVUsT0FBVyxRQUFPLENBQUMsUUFBUSxPQUFPLEtBQUssQ0FBQztBQUM3RCxNQUFJLE1BQU0sUUFBUSxPQUFPLElBQUksRUFBRyxRQUFPLE9BQU8sS0FBSyxJQUFJLE9BQU87QUFDOUQsYUFBVyxPQUFPLENBQUMsU0FBUyxPQUFPLEdBQVk7QUFDN0MsVUFBTSxlQUFlLE9BQU8sR0FBRztBQUMvQixRQUFJLE1BQU0sUUFBUSxZQUFZLEtBQUssYUFBYSxTQUFTLEdBQUc7QUFDMUQsWUFBTSxPQUFPLFlBQVksUUFBUSxDQUFDLEtBQUssVUFBVSxDQUFDO0FBQ2xELFlBQU1DLE9BQU0sYUFBYSxRQUFRLENBQUMsV0FBVyxRQUFRLEVBQUUsR0FBRyxNQUFNLEdBQUcsU0FBUyxNQUFNLEVBQUUsR0FBRyxRQUFRLE1BQU0sQ0FBQztBQUN0RyxhQUFPLE9BQU8sYUFBYSxPQUFPLENBQUMsR0FBR0EsTUFBSyxNQUFNLElBQUlBO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFFBQVEsT0FBTyxLQUFLLEtBQUssT0FBTyxNQUFNLFNBQVMsR0FBRztBQUMxRCxVQUFNLE9BQU8sWUFBWSxRQUFRLENBQUMsT0FBTyxDQUFDO0FBQzFDLFVBQU0sUUFBUSxDQUFDLE1BQU0sR0FBRyxPQUFPLEtBQUssRUFDakMsT0FBTyxDQUFDLFNBQVMsQ0FBQyxrQkFBa0IsSUFBSSxDQUFDLEVBQ3pDLElBQUksQ0FBQyxTQUFTLFFBQVEsTUFBTSxRQUFRLE1BQU0sQ0FBQyxFQUMzQyxJQUFJLENBQUNDLFdBQVdBLE9BQU0sU0FBUyxJQUFJLElBQUlBLE9BQU0sS0FBSyxLQUFLLENBQUMsTUFBTUEsT0FBTSxDQUFDLENBQUc7QUFDM0UsVUFBTSxTQUFTLENBQUMsR0FBRyxJQUFJLElBQUksS0FBSyxDQUFDLEVBQUUsT0FBTyxDQUFDLFNBQVMsU0FBUyxTQUFTO0FBQ3RFLFdBQU8sQ0FBQyxPQUFPLFdBQVcsSUFBSSxZQUFZLE9BQU8sS0FBSyxLQUFLLENBQUM7QUFBQSxFQUM5RDtBQUNBLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLFFBQU0sUUFBUSxNQUFNLFFBQVEsSUFBSSxJQUFJLE9BQU8sU0FBUyxTQUFZLFdBQVcsTUFBTSxJQUFJLENBQUMsSUFBSTtBQUMxRixNQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sQ0FBQyxTQUFTO0FBQ3pDLFFBQU0sTUFBTSxNQUFNLElBQUksQ0FBQyxNQUFNQyxPQUFNLE9BQU8sQ0FBQyxHQUFHLFFBQVEsUUFBUSxNQUFNLENBQUM7QUFDckUsTUFBSSxPQUFPLGFBQWEsS0FBTSxLQUFJLEtBQUssTUFBTTtBQUM3QyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQVcsUUFBMkM7QUFDN0QsTUFBSSxPQUFPLGVBQWUsVUFBYSxPQUFPLHlCQUF5QixPQUFXLFFBQU8sQ0FBQyxRQUFRO0FBQ2xHLE1BQUksT0FBTyxVQUFVLFVBQWEsT0FBTyxnQkFBZ0IsT0FBVyxRQUFPLENBQUMsT0FBTztBQUNuRixTQUFPLENBQUM7QUFDVjtBQUVBLFNBQVNBLE9BQU0sTUFBYyxRQUFpQyxRQUFnQixRQUF5QjtBQUNyRyxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPO0FBQUEsSUFDVCxLQUFLO0FBRUgsYUFBTyxTQUFTLFlBQVk7QUFBQSxJQUM5QixLQUFLO0FBQ0gsYUFBTyxVQUFVLFFBQVEsUUFBUSxNQUFNO0FBQUEsSUFDekMsS0FBSztBQUNILGFBQU8sV0FBVyxRQUFRLFFBQVEsTUFBTTtBQUFBLElBQzFDO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUVBLFNBQVMsVUFBVSxRQUFpQyxRQUFnQixRQUF5QjtBQUMzRixRQUFNLFFBQVEsTUFBTSxRQUFRLE9BQU8sV0FBVyxJQUMxQyxPQUFPLGNBQ1AsTUFBTSxRQUFRLE9BQU8sS0FBSyxJQUN4QixPQUFPLFFBQ1A7QUFDTixNQUFJLFVBQVUsT0FBVyxRQUFPLElBQUksTUFBTSxJQUFJLENBQUMsU0FBUyxPQUFPLE1BQU0sUUFBUSxNQUFNLENBQUMsRUFBRSxLQUFLLElBQUksQ0FBQztBQUNoRyxTQUFPLFNBQVMsT0FBTyxVQUFVLFNBQVksWUFBWSxPQUFPLE9BQU8sT0FBTyxRQUFRLE1BQU0sQ0FBQztBQUMvRjtBQUVBLFNBQVMsV0FBVyxRQUFpQyxRQUFnQixRQUF5QjtBQUM1RixRQUFNLGFBQWEsY0FBYyxPQUFPLFVBQVUsSUFBSSxPQUFPLGFBQWEsQ0FBQztBQUMzRSxRQUFNLFdBQVcsSUFBSSxJQUFJLE1BQU0sUUFBUSxPQUFPLFFBQVEsSUFBSSxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQzlFLFFBQU0sUUFBUSxPQUFPLEtBQUssVUFBVTtBQUNwQyxRQUFNLFFBQVEsT0FBTztBQUNyQixRQUFNLFFBQVEsU0FBUztBQUN2QixRQUFNLFFBQWtCLENBQUM7QUFDekIsUUFBTSxjQUF3QixDQUFDO0FBQy9CLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU1DLFlBQVcsQ0FBQyxTQUFTLElBQUksSUFBSTtBQUNuQyxVQUFNLE9BQU8sT0FBTyxXQUFXLElBQUksR0FBRyxPQUFPLE1BQU07QUFDbkQsZ0JBQVksS0FBSyxHQUFHLFFBQVEsV0FBVyxJQUFJLEdBQUcsT0FBTyxNQUFNLENBQUM7QUFDNUQsUUFBSUEsVUFBVSxhQUFZLEtBQUssV0FBVztBQUMxQyxVQUFNLFdBQVcsV0FBVyxJQUFJO0FBQ2hDLFVBQU0sY0FDSixjQUFjLFFBQVEsS0FBSyxPQUFPLFNBQVMsZ0JBQWdCLFdBQVcsU0FBUyxjQUFjO0FBQy9GLFVBQU0sTUFBTSxVQUFVLGdCQUFnQixTQUFZLEtBQUssV0FBVyxhQUFhLEtBQUs7QUFDcEYsVUFBTSxLQUFLLEdBQUcsR0FBRyxHQUFHLFlBQVksSUFBSSxDQUFDLEdBQUdBLFlBQVcsTUFBTSxFQUFFLEtBQUssSUFBSSxHQUFHO0FBQUEsRUFDekU7QUFDQSxNQUFJO0FBQ0osTUFBSSxVQUFVLFVBQWEsVUFBVSxTQUFTLEVBQUUsTUFBTSxXQUFXLEtBQUssVUFBVSxPQUFPO0FBQ3JGLGdCQUFZLE9BQU8sT0FBTyxPQUFPLE1BQU07QUFFdkMsUUFBSSxjQUFjLGFBQWEsTUFBTSxTQUFTLEdBQUc7QUFDL0MsWUFBTSxNQUFNLG9CQUFJLElBQUksQ0FBQyxXQUFXLEdBQUcsV0FBVyxDQUFDO0FBQy9DLGtCQUFZLElBQUksSUFBSSxTQUFTLElBQUksWUFBWSxDQUFDLEdBQUcsR0FBRyxFQUFFLEtBQUssS0FBSztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxXQUFXLEdBQUc7QUFDdEIsUUFBSSxVQUFVLE1BQU8sUUFBTztBQUM1QixRQUFJLFVBQVUsVUFBYSxVQUFVLEtBQU0sUUFBTztBQUNsRCxXQUFPLGtCQUFrQixPQUFPLE9BQU8sUUFBUSxNQUFNLENBQUM7QUFBQSxFQUN4RDtBQUNBLE1BQUksY0FBYyxPQUFXLE9BQU0sS0FBSyxrQkFBa0IsU0FBUyxHQUFHO0FBQ3RFLE1BQUksT0FBUSxRQUFPLEtBQUssTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUN2QyxTQUFPO0FBQUEsRUFBTSxNQUFNLElBQUksQ0FBQ0MsVUFBUyxHQUFHLEtBQUssR0FBR0EsS0FBSSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUFLLE1BQU07QUFDM0U7QUFFQSxTQUFTLFdBQVcsYUFBcUIsUUFBd0I7QUFDL0QsUUFBTSxRQUFRLFlBQVksUUFBUSxTQUFTLE1BQU0sRUFBRSxNQUFNLE9BQU87QUFDaEUsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFBQSxFQUFRLE1BQU07QUFDNUQsU0FBTztBQUFBLEVBQVEsTUFBTSxJQUFJLENBQUNBLFVBQVMsR0FBRyxNQUFNLEtBQUtBLFVBQVMsS0FBSyxLQUFLLElBQUlBLEtBQUksRUFBRSxFQUFFLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxFQUFLLE1BQU07QUFBQSxFQUFRLE1BQU07QUFDdkg7QUFFQSxTQUFTLFlBQVksTUFBc0I7QUFDekMsU0FBTyxXQUFXLEtBQUssSUFBSSxJQUFJLE9BQU8sS0FBSyxVQUFVLElBQUk7QUFDM0Q7QUFFQSxTQUFTLFFBQVEsT0FBd0I7QUFDdkMsTUFBSSxVQUFVLEtBQU0sUUFBTztBQUMzQixNQUFJLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVTtBQUM3RSxXQUFPLEtBQUssVUFBVSxLQUFLO0FBQzdCLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxPQUF5QztBQUN6RCxTQUFPLGNBQWMsS0FBSyxJQUFJLFFBQVEsQ0FBQztBQUN6QztBQUVBLFNBQVMsWUFBWSxRQUFpQyxNQUFrRDtBQUN0RyxRQUFNLE1BQStCLENBQUM7QUFDdEMsYUFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLE9BQU8sUUFBUSxNQUFNLEVBQUcsS0FBSSxDQUFDLEtBQUssU0FBUyxHQUFHLEVBQUcsS0FBSSxHQUFHLElBQUk7QUFDdkYsU0FBTztBQUNUO0FBRUEsSUFBTSxjQUFjLG9CQUFJLElBQUk7QUFBQSxFQUMxQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0YsQ0FBQztBQUVELFNBQVMsa0JBQWtCLFFBQTBCO0FBQ25ELFNBQU8sY0FBYyxNQUFNLEtBQUssT0FBTyxLQUFLLE1BQU0sRUFBRSxNQUFNLENBQUMsUUFBUSxZQUFZLElBQUksR0FBRyxDQUFDO0FBQ3pGOzs7QUNwTE8sU0FBUyx1QkFDZCxRQUNBLE9BQ0EsUUFDb0I7QUFDcEIsUUFBTSxNQUEwQixDQUFDO0FBQ2pDLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sT0FBYSxNQUFNLEtBQUssSUFBSSxDQUFDLFlBQWEsT0FBTyxZQUFZLFdBQVcsT0FBTyxPQUFPLElBQUksT0FBUTtBQUN4RyxRQUFJLE1BQU0sU0FBUyxxQkFBcUI7QUFDdEMsWUFBTSxTQUFTLFNBQVMsUUFBUSxJQUFJO0FBQ3BDLFlBQU0sV0FBVyxXQUFXLFNBQVksQ0FBQyxJQUFJLE9BQU8sS0FBTSxPQUFPLGNBQWMsQ0FBQyxDQUFZO0FBQzVGLGlCQUFXLE9BQU8sTUFBTSxLQUFNLEtBQUksS0FBSyxnQkFBZ0IsQ0FBQyxHQUFHLE1BQU0sR0FBRyxHQUFHLEtBQUssUUFBUSxDQUFDO0FBQ3JGO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxVQUFVLE9BQU8sTUFBTSxRQUFRLE9BQU8sSUFBSSxHQUFHLFNBQVMsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQy9FO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsTUFBWSxLQUFhLFVBQStDO0FBQy9GLFFBQU0sT0FBTyxLQUFLLFdBQVcsSUFBSSxhQUFhO0FBQzlDLFFBQU0sUUFBUSxhQUFhLEtBQUssUUFBUTtBQUN4QyxRQUFNQyxRQUNKLFVBQVUsU0FDTixtQkFBbUIsS0FBSyxPQUN4QixTQUFTLFdBQVcsSUFDbEIsUUFBUSxJQUFJLHdCQUNaLGVBQWUsU0FBUyxLQUFLLElBQUksQ0FBQztBQUMxQyxTQUFPLEVBQUUsTUFBTSxNQUFNLGVBQWUsU0FBUyxXQUFXLElBQUksS0FBSyxHQUFHLG1DQUFtQ0EsS0FBSSxHQUFHO0FBQ2hIO0FBRUEsU0FBUyxVQUFVLE9BQXlCLE1BQVksT0FBZ0IsSUFBOEM7QUFDcEgsUUFBTSxXQUFXLE9BQU8sU0FBWSxTQUFZLGVBQWUsRUFBRTtBQUNqRSxRQUFNLE1BQU0sY0FBYyxLQUFLO0FBQy9CLE1BQUksVUFBVSxVQUFhLEtBQUssU0FBUyxLQUFLLGNBQWMsS0FBSyxHQUFHO0FBQ2xFLFVBQU0sT0FBTyxLQUFLLEtBQUssU0FBUyxDQUFDO0FBQ2pDLFVBQU0sT0FBTyxPQUFPLFNBQVMsV0FBVyxTQUFTLEtBQUssV0FBVyxJQUFJLGFBQWE7QUFDbEYsVUFBTSxPQUFPLE9BQU8sU0FBUyxXQUFXLEdBQUcsSUFBSSxLQUFLLElBQUksSUFBSTtBQUM1RCxVQUFNLE9BQU8sYUFBYSxVQUFhLGFBQWEsWUFBWSxLQUFLLEtBQUssUUFBUTtBQUNsRixXQUFPLEVBQUUsTUFBTSxNQUFNLFdBQVcsU0FBUyxvQkFBb0IsSUFBSSxJQUFJLElBQUksR0FBRyxJQUFJLEdBQUc7QUFBQSxFQUNyRjtBQUNBLFVBQVEsTUFBTSxNQUFNO0FBQUEsSUFDbEIsS0FBSyxnQkFBZ0I7QUFDbkIsVUFBSSxLQUFLLFdBQVc7QUFDbEIsZUFBTyxFQUFFLE1BQU0sTUFBTSxnQkFBZ0IsU0FBUyx3Q0FBd0MsR0FBRyxHQUFHO0FBQzlGLFlBQU1DLFVBQVMsYUFBYSxNQUFNLGFBQWEsUUFBUSxZQUFZLE1BQU07QUFDekUsYUFBTyxFQUFFLE1BQU0sTUFBTSxnQkFBZ0IsU0FBUyxZQUFZQSxPQUFNLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDakY7QUFBQSxJQUNBLEtBQUssaUJBQWlCO0FBQ3BCLFlBQU0sU0FBUyxNQUFNLE9BQU8sSUFBSSxDQUFDLE1BQU8sT0FBTyxNQUFNLFdBQVcsS0FBSyxVQUFVLENBQUMsSUFBSSxPQUFPLENBQUMsQ0FBRTtBQUM5RixZQUFNQSxVQUFTLE9BQU8sV0FBVyxJQUFJLE9BQU8sQ0FBQyxJQUFJLFVBQVUsT0FBTyxLQUFLLElBQUksQ0FBQztBQUM1RSxhQUFPLEVBQUUsTUFBTSxNQUFNLGlCQUFpQixTQUFTLFlBQVlBLE9BQU0sU0FBUyxHQUFHLEdBQUc7QUFBQSxJQUNsRjtBQUFBLElBQ0EsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sRUFBRSxNQUFNLE1BQU0sTUFBTSxNQUFNLFNBQVMsR0FBRyxTQUFTLEtBQUssQ0FBQyxTQUFTLE9BQU8sTUFBTSxRQUFRLE9BQU8sR0FBRyxDQUFDLEdBQUc7QUFBQSxJQUMxRyxLQUFLLGtCQUFrQjtBQUNyQixZQUFNLFVBQVUsYUFBYSxTQUFTLE9BQU8sTUFBTSxZQUFZLFdBQVcsTUFBTSxVQUFVO0FBQzFGLFlBQU0sT0FBTyxZQUFZLFNBQVksbUJBQW1CLE1BQU0sTUFBTSxLQUFLLDBCQUEwQixPQUFPO0FBQzFHLGFBQU8sRUFBRSxNQUFNLE1BQU0sa0JBQWtCLFNBQVMsR0FBRyxJQUFJLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDeEU7QUFBQSxJQUNBLEtBQUs7QUFDSCxhQUFPLEVBQUUsTUFBTSxNQUFNLG1CQUFtQixTQUFTLHlCQUF5QixPQUFPLE1BQU0sT0FBTyxDQUFDLFNBQVMsR0FBRyxHQUFHO0FBQUEsSUFDaEgsS0FBSyxpQkFBaUI7QUFDcEIsVUFBSSxNQUFNLE9BQU8sV0FBVyxHQUFHO0FBQzdCLGVBQU87QUFBQSxVQUNMO0FBQUEsVUFDQSxNQUFNO0FBQUEsVUFDTixTQUFTLDBEQUEwRCxHQUFHO0FBQUEsUUFDeEU7QUFBQSxNQUNGO0FBQ0EsWUFBTUEsVUFBUyxhQUFhLFNBQVksd0NBQXdDO0FBQ2hGLGFBQU8sRUFBRSxNQUFNLE1BQU0saUJBQWlCLFNBQVMsWUFBWUEsT0FBTSxTQUFTLEdBQUcsR0FBRztBQUFBLElBQ2xGO0FBQUEsSUFDQTtBQUNFLGFBQU8sRUFBRSxNQUFNLE1BQU0sV0FBVyxTQUFTLE1BQU0sUUFBUTtBQUFBLEVBQzNEO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsT0FBa0M7QUFDdkQsU0FBTyxNQUFNLFNBQVMsa0JBQWtCLE1BQU0sU0FBUyxtQkFBbUIsTUFBTSxTQUFTO0FBQzNGO0FBRUEsU0FBUyxTQUFTLE9BQWtFO0FBQ2xGLFFBQU0sUUFBUSxNQUFNLFNBQVM7QUFDN0IsUUFBTSxRQUFRLFFBQVMsTUFBbUMsVUFBVyxNQUFpQztBQUN0RyxRQUFNLFFBQVEsT0FBTyxLQUFLO0FBQzFCLFFBQU0sWUFBWSxNQUFNLGNBQWM7QUFDdEMsVUFBUSxNQUFNLFFBQVE7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxXQUFXLFFBQVEsYUFBYSxTQUFTLElBQUksS0FBSztBQUFBLElBQzNELEtBQUs7QUFDSCxhQUFPLGFBQWEsUUFBUSxhQUFhLFNBQVMsSUFBSSxLQUFLO0FBQUEsSUFDN0Q7QUFDRSxhQUFPLFdBQVcsUUFBUyxZQUFZLE9BQU8sTUFBTyxZQUFZLE9BQU8sR0FBRyxJQUFJLEtBQUs7QUFBQSxFQUN4RjtBQUNGO0FBRUEsU0FBUyxPQUFPLFFBQWdCLE9BQWdCLEtBQXFCO0FBQ25FLE1BQUksV0FBVyxZQUFZLE9BQU8sVUFBVSxTQUFVLFFBQU8sR0FBRyxNQUFNLE1BQU07QUFDNUUsTUFBSSxXQUFXLFdBQVcsTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPLEdBQUcsTUFBTSxNQUFNO0FBQ3RFLFNBQU87QUFDVDtBQUdBLFNBQVMsUUFBUSxPQUFnQixNQUFxQjtBQUNwRCxNQUFJLFFBQVE7QUFDWixhQUFXLFdBQVcsTUFBTTtBQUMxQixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sRUFBRyxRQUFPO0FBQzFGLFlBQVMsTUFBMkMsT0FBTztBQUFBLEVBQzdEO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxTQUFTLFFBQW9CLE1BQW9DO0FBQ3hFLE1BQUksT0FBK0I7QUFDbkMsYUFBVyxXQUFXLE1BQU07QUFDMUIsUUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixRQUFJLE9BQU8sWUFBWSxVQUFVO0FBQy9CLGFBQU8sS0FBSztBQUNaO0FBQUEsSUFDRjtBQUNBLFVBQU0sYUFBYSxLQUFLO0FBQ3hCLFFBQUksZUFBZSxVQUFhLE9BQU8sT0FBTyxZQUFZLE9BQU8sRUFBRyxRQUFPLFdBQVcsT0FBTztBQUFBLGFBQ3BGLE9BQU8sS0FBSyx5QkFBeUIsU0FBVSxRQUFPLEtBQUs7QUFBQSxRQUMvRCxRQUFPO0FBQUEsRUFDZDtBQUNBLFNBQU87QUFDVDs7O0FDdkhPLFNBQVMsaUJBQWlCLE9BQTZDO0FBQzVFLE1BQUssT0FBTyxVQUFVLFlBQVksT0FBTyxVQUFVLGNBQWUsVUFBVSxLQUFNLFFBQU87QUFDekYsUUFBTSxXQUFZLE1BQW9DLFdBQVc7QUFDakUsU0FBTyxzQkFBc0IsUUFBUSxLQUFLLE9BQVEsU0FBb0MsYUFBYTtBQUNyRztBQUVBLFNBQVMsc0JBQXNCLE9BQWlDO0FBQzlELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVTtBQUNoRDtBQVFPLFNBQVMsMkJBQTJCLFFBQW9EO0FBQzdGLFFBQU0sV0FBaUM7QUFBQSxJQUNyQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFlBQVksUUFBUSxFQUFFLFFBQVEsZ0JBQWdCLENBQUM7QUFBQSxJQUN6RSxNQUFNO0FBQ0osWUFBTSxTQUFVLE9BQXNDO0FBQ3RELGFBQU8sT0FBTyxXQUFXLGFBQWEsT0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLElBQzlEO0FBQUEsSUFDQSxNQUFNLGdCQUFnQixNQUFNO0FBQUEsRUFDOUI7QUFDQSxhQUFXLFdBQVcsVUFBVTtBQUM5QixRQUFJO0FBQ0YsWUFBTSxTQUFTLFFBQVE7QUFDdkIsVUFBSSxjQUFjLE1BQU0sRUFBRyxRQUFPO0FBQUEsSUFDcEMsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR0EsU0FBUyxnQkFBZ0IsUUFBb0Q7QUFDM0UsUUFBTSxRQUFTLE9BQStCO0FBQzlDLE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxRQUFPO0FBQ2xDLFFBQU0sYUFBeUMsQ0FBQztBQUNoRCxRQUFNLFdBQXFCLENBQUM7QUFDNUIsYUFBVyxDQUFDLEtBQUssTUFBTSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDakQsZUFBVyxHQUFHLElBQUksQ0FBQztBQUNuQixVQUFNLFFBQVMsUUFBdUQsTUFBTTtBQUM1RSxRQUFJLFVBQVUsV0FBWSxVQUFTLEtBQUssR0FBRztBQUFBLEVBQzdDO0FBQ0EsU0FBTyxFQUFFLE1BQU0sVUFBVSxZQUFZLFNBQVM7QUFDaEQ7QUFRTyxTQUFTLHNCQUFzQixRQUE0QixXQUFpQyxDQUFDLEdBQWdCO0FBQ2xILFFBQU0sV0FBVyxPQUFPLFdBQVc7QUFDbkMsUUFBTSxhQUFhLE1BQ2pCLElBQUk7QUFBQSxJQUNGLHFCQUFxQixTQUFTLE1BQU07QUFBQSxJQUVwQyxFQUFFLEdBQUcsVUFBVSxPQUFPLFNBQVMsU0FBUyxlQUFlO0FBQUEsRUFDekQ7QUFDRixRQUFNLFFBQVEsU0FBUyxTQUFTLENBQUMsQ0FBQztBQUNsQyxNQUFJLFdBQVcsS0FBSyxHQUFHO0FBQ3JCLFlBQVEsUUFBUSxLQUFLLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDNUMsVUFBTSxXQUFXO0FBQUEsRUFDbkI7QUFFQSxRQUFNLFVBQVUsMkJBQTJCLE1BQU07QUFDakQsUUFBTSxhQUF5QixXQUFXLEVBQUUsTUFBTSxTQUFTO0FBQzNELFFBQU0sY0FBYyxjQUFjLFdBQVcsVUFBVSxJQUFJLFdBQVcsYUFBYSxDQUFDO0FBQ3BGLFFBQU0sYUFBYSxPQUFPLEtBQUssV0FBVztBQUMxQyxRQUFNLFdBQVcsTUFBTSxRQUFRLFdBQVcsUUFBUSxJQUM5QyxXQUFXLFNBQVMsT0FBTyxDQUFDLFNBQXlCLE9BQU8sU0FBUyxRQUFRLElBQzdFLENBQUM7QUFDTCxNQUFJO0FBRUosUUFBTSxXQUF3QjtBQUFBLElBQzVCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFNBQVMsT0FBdUQ7QUFDOUQsWUFBTSxTQUFTLFNBQVMsU0FBUyxLQUFLO0FBQ3RDLFVBQUksV0FBVyxNQUFNLEdBQUc7QUFDdEIsZ0JBQVEsUUFBUSxNQUFNLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDN0MsY0FBTSxXQUFXO0FBQUEsTUFDbkI7QUFDQSxVQUFJLE9BQU8sV0FBVyxPQUFXLFFBQU8sRUFBRSxJQUFJLE1BQU0sT0FBTyxPQUFPLE1BQWlDO0FBQ25HLGFBQU8sRUFBRSxJQUFJLE9BQU8sUUFBUSxPQUFPLE9BQU8sUUFBUSxDQUFDLFVBQVUsY0FBYyxPQUFPLEtBQUssQ0FBQyxFQUFFO0FBQUEsSUFDNUY7QUFBQSxJQUNBLGVBQXVCO0FBQ3JCLG1CQUFhLHVCQUF1QixVQUFVO0FBQzlDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFHUCxXQUFTLGNBQWMsT0FBc0IsT0FBb0M7QUFDL0UsUUFBSSxTQUFTLFdBQVcsU0FBUyxNQUFNLFlBQVksbUJBQW1CLE9BQU8sTUFBTSxTQUFTLFVBQVU7QUFDcEcsYUFBTyx1QkFBdUIsQ0FBQyxLQUFvQyxHQUFHLE9BQU8sVUFBVTtBQUFBLElBQ3pGO0FBQ0EsV0FBTyxDQUFDLGFBQWEsS0FBSyxDQUFDO0FBQUEsRUFDN0I7QUFDRjtBQVFBLFNBQVMsYUFBYSxPQUF3QztBQUM1RCxRQUFNLFFBQVEsTUFBTSxRQUFRLENBQUMsR0FBRyxJQUFJLENBQUMsWUFBWTtBQUMvQyxVQUFNLE1BQU0sT0FBTyxZQUFZLFlBQVksWUFBWSxPQUFPLFFBQVEsTUFBTTtBQUM1RSxXQUFPLE9BQU8sUUFBUSxXQUFXLE1BQU0sT0FBTyxHQUFHO0FBQUEsRUFDbkQsQ0FBQztBQUNELFNBQU8sRUFBRSxNQUFNLFNBQVMsTUFBTSxTQUFTLE1BQU0sT0FBTyxNQUFNLFNBQVMsV0FBVyxNQUFNLE9BQU8sVUFBVTtBQUN2RztBQUVBLFNBQVMsV0FBVyxPQUErQztBQUNqRSxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFRLE1BQTZCLFNBQVM7QUFDdEc7OztBQ2xKQSxZQUFZLE9BQU87QUFZWixTQUFTLGdCQUFnQixRQUFtQztBQUNqRSxNQUFJLE9BQU8sVUFBVSxPQUFXLFFBQVMsVUFBUSxPQUFPLEtBQTRCO0FBQ3BGLE1BQUksTUFBTSxRQUFRLE9BQU8sSUFBSSxFQUFHLFFBQVMsVUFBUSxPQUFPLElBQTZCO0FBQ3JGLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxFQUFHLFFBQVMsUUFBTyxPQUFPLE1BQXVCLElBQUksZUFBZSxDQUFDO0FBQ25HLE1BQUksTUFBTSxRQUFRLE9BQU8sS0FBSyxFQUFHLFFBQVMsTUFBSyxPQUFPLE1BQXVCLElBQUksZUFBZSxDQUFDO0FBQ2pHLFFBQU0sT0FBTyxPQUFPO0FBQ3BCLE1BQUksU0FBUyxPQUFXLFFBQVMsVUFBUTtBQUN6QyxRQUFNLFFBQVEsTUFBTSxRQUFRLElBQUksSUFBSyxPQUFvQixDQUFDLElBQWM7QUFDeEUsUUFBTUMsWUFBVyxNQUFNLFNBQVMsTUFBTTtBQUN0QyxRQUFNQyxXQUFVLE1BQU0sT0FBTyxDQUFDLE1BQU0sTUFBTSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU1DLE9BQU0sR0FBRyxNQUFNLENBQUM7QUFDN0UsTUFBSUQsU0FBUSxXQUFXLEVBQUcsUUFBUyxPQUFLO0FBQ3hDLFFBQU0sT0FBT0EsU0FBUSxXQUFXLElBQUlBLFNBQVEsQ0FBQyxJQUFPLFFBQU1BLFFBQU87QUFDakUsU0FBT0QsWUFBYSxXQUFTLElBQUksSUFBSTtBQUN2QztBQUVBLFNBQVNFLE9BQU0sTUFBYyxRQUFtQztBQUM5RCxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFDSCxhQUFPLGFBQWEsTUFBTTtBQUFBLElBQzVCLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLGFBQWEsTUFBTSxNQUFNO0FBQUEsSUFDbEMsS0FBSztBQUNILGFBQVMsVUFBUTtBQUFBLElBQ25CLEtBQUssU0FBUztBQUNaLFlBQU0sUUFBUSxPQUFPLFVBQVUsU0FBYyxVQUFRLElBQUksZ0JBQWdCLE9BQU8sS0FBbUI7QUFDbkcsWUFBTSxTQUF5RSxDQUFDO0FBQ2hGLFVBQUksT0FBTyxPQUFPLGFBQWEsU0FBVSxRQUFPLEtBQU8sWUFBVSxPQUFPLFFBQVEsQ0FBQztBQUNqRixVQUFJLE9BQU8sT0FBTyxhQUFhLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxRQUFRLENBQUM7QUFDakYsWUFBTUMsU0FBVSxRQUFNLEtBQUs7QUFDM0IsYUFBTyxPQUFPLFNBQVMsSUFBSUEsT0FBTSxNQUFNLEdBQUcsTUFBTSxJQUFJQTtBQUFBLElBQ3REO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTyxhQUFhLE1BQU07QUFBQSxJQUM1QjtBQUNFLFlBQU0sSUFBSSxVQUFVLGlDQUFpQyxLQUFLLFVBQVUsSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUMvRTtBQUNGO0FBRUEsU0FBUyxhQUFhLFFBQW1DO0FBQ3ZELFFBQU0sU0FBMEMsQ0FBQztBQUNqRCxNQUFJLE9BQU8sT0FBTyxjQUFjLFNBQVUsUUFBTyxLQUFPLFlBQVUsT0FBTyxTQUFTLENBQUM7QUFDbkYsTUFBSSxPQUFPLE9BQU8sY0FBYyxTQUFVLFFBQU8sS0FBTyxZQUFVLE9BQU8sU0FBUyxDQUFDO0FBQ25GLE1BQUksT0FBTyxPQUFPLFlBQVksVUFBVTtBQUN0QyxVQUFNQyxTQUFRLGVBQWUsT0FBTyxPQUFPO0FBQzNDLFFBQUlBLFdBQVUsT0FBVyxRQUFPLEtBQU8sUUFBTUEsTUFBSyxDQUFDO0FBQUEsRUFDckQ7QUFDQSxRQUFNQyxVQUFXLFNBQU87QUFDeEIsU0FBTyxPQUFPLFNBQVMsSUFBSUEsUUFBTyxNQUFNLEdBQUcsTUFBTSxJQUFJQTtBQUN2RDtBQUVBLFNBQVMsYUFBYSxNQUE0QixRQUFtQztBQUNuRixRQUFNLFNBQTBDLENBQUM7QUFDakQsTUFBSSxPQUFPLE9BQU8sWUFBWSxTQUFVLFFBQU8sS0FBTyxNQUFJLE9BQU8sT0FBTyxDQUFDO0FBQ3pFLE1BQUksT0FBTyxPQUFPLFlBQVksU0FBVSxRQUFPLEtBQU8sTUFBSSxPQUFPLE9BQU8sQ0FBQztBQUN6RSxNQUFJLE9BQU8sT0FBTyxxQkFBcUIsU0FBVSxRQUFPLEtBQU8sS0FBRyxPQUFPLGdCQUFnQixDQUFDO0FBQzFGLE1BQUksT0FBTyxPQUFPLHFCQUFxQixTQUFVLFFBQU8sS0FBTyxLQUFHLE9BQU8sZ0JBQWdCLENBQUM7QUFDMUYsTUFBSSxPQUFPLE9BQU8sZUFBZSxTQUFVLFFBQU8sS0FBTyxhQUFXLE9BQU8sVUFBVSxDQUFDO0FBQ3RGLFFBQU1DLFVBQVMsU0FBUyxZQUFjLE1BQUksSUFBTSxTQUFPO0FBQ3ZELFNBQU8sT0FBTyxTQUFTLElBQUlBLFFBQU8sTUFBTSxHQUFHLE1BQU0sSUFBSUE7QUFDdkQ7QUFFQSxTQUFTLGFBQWEsUUFBbUM7QUFDdkQsUUFBTSxhQUFjLE9BQU8sY0FBYyxDQUFDO0FBQzFDLFFBQU0sV0FBVyxJQUFJLElBQUssT0FBTyxZQUFZLENBQUMsQ0FBYztBQUM1RCxRQUFNLFFBQXVDLENBQUM7QUFDOUMsYUFBVyxDQUFDLE1BQU0sUUFBUSxLQUFLLE9BQU8sUUFBUSxVQUFVLEdBQUc7QUFDekQsVUFBTSxRQUFRLGdCQUFnQixRQUFRO0FBQ3RDLFFBQUksQ0FBQyxTQUFTLElBQUksSUFBSSxFQUFHLE9BQU0sSUFBSSxJQUFNLFdBQVMsS0FBSztBQUFBLFFBRWxELE9BQU0sSUFBSSxJQUFJLGlCQUFpQixRQUFRLElBQU0sY0FBWSxLQUFLLElBQUk7QUFBQSxFQUN6RTtBQUNBLFFBQU0sUUFBUSxPQUFPO0FBQ3JCLE1BQUksVUFBVSxNQUFPLFFBQVMsZUFBYSxLQUFLO0FBQ2hELE1BQUksVUFBVSxVQUFhLFVBQVUsS0FBTSxRQUFTLGNBQVksS0FBSztBQUNyRSxTQUFTLFdBQVcsU0FBTyxLQUFLLEdBQUcsZ0JBQWdCLEtBQW1CLENBQUM7QUFDekU7QUFHQSxTQUFTLGlCQUFpQixRQUE2QjtBQUNyRCxNQUFJLE9BQU8sVUFBVSxVQUFhLE9BQU8sU0FBUyxPQUFXLFFBQU87QUFDcEUsUUFBTSxlQUFnQixPQUFPLFNBQVMsT0FBTztBQUM3QyxNQUFJLGlCQUFpQixPQUFXLFFBQU8sYUFBYSxLQUFLLGdCQUFnQjtBQUN6RSxTQUFPLE9BQU8sU0FBUztBQUN6Qjs7O0FDckVBLElBQU0sUUFBUSxvQkFBSSxRQUE2QjtBQXFCeEMsU0FBUyxtQkFBbUIsUUFBaUIsV0FBaUMsQ0FBQyxHQUFnQjtBQUNwRyxRQUFNLFFBQThCLEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLGVBQWU7QUFDM0YsTUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLE1BQU07QUFDakQsVUFBTSxTQUFTLE1BQU0sSUFBSSxNQUFNO0FBQy9CLFFBQUksV0FBVyxPQUFXLFFBQU87QUFBQSxFQUNuQztBQUNBLE1BQUk7QUFDSixNQUFJLGlCQUFpQixNQUFNLEdBQUc7QUFDNUIsZUFBVyxzQkFBc0IsUUFBUSxLQUFLO0FBQUEsRUFDaEQsT0FBTztBQUNMLFFBQUksT0FBTyxXQUFXLFVBQVU7QUFDOUIsWUFBTSxJQUFJO0FBQUEsUUFDUixpR0FBaUcsS0FBSyxVQUFVLE1BQU0sQ0FBQztBQUFBLFFBQ3ZIO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsY0FBYyxNQUFNLEdBQUc7QUFDMUIsWUFBTSxJQUFJO0FBQUEsUUFDUixzR0FBc0csY0FBYyxNQUFNLENBQUM7QUFBQSxRQUMzSDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxZQUFZLHVCQUF1QixRQUFRLEtBQUs7QUFDdEQsZUFBVyxlQUFlLG9CQUFvQixXQUFXLE9BQU8sRUFBRSxLQUFLLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDaEY7QUFDQSxNQUFJLE9BQU8sV0FBVyxZQUFZLFdBQVcsS0FBTSxPQUFNLElBQUksUUFBUSxRQUFRO0FBQzdFLFNBQU87QUFDVDtBQWFPLFNBQVMsb0JBQW9CLFVBQTZCQyxXQUEwQztBQUN6RyxRQUFNLGFBQXlDLENBQUM7QUFDaEQsUUFBTSxnQkFBZ0Isb0JBQUksSUFBWTtBQUN0QyxhQUFXLFFBQVEsVUFBVTtBQUMzQixVQUFNLE9BQU8sU0FBUyxJQUFJO0FBQzFCLFFBQUksU0FBUyxPQUFXO0FBQ3hCLGVBQVcsSUFBSSxJQUFJLENBQUM7QUFDcEIsa0JBQWMsSUFBSSxJQUFJO0FBQUEsRUFDeEI7QUFDQSxhQUFXLFFBQVFBLFdBQVU7QUFDM0IsVUFBTSxPQUFPLFNBQVMsSUFBSTtBQUMxQixRQUFJLFNBQVMsVUFBYSxXQUFXLElBQUksTUFBTSxPQUFXLFlBQVcsSUFBSSxJQUFJLENBQUM7QUFBQSxFQUNoRjtBQUNBLFFBQU0sYUFBeUIsRUFBRSxNQUFNLFVBQVUsV0FBVztBQUM1RCxNQUFJLGNBQWMsT0FBTyxFQUFHLFlBQVcsV0FBVyxDQUFDLEdBQUcsYUFBYTtBQUNuRSxhQUFXLHVCQUF1QjtBQUNsQyxTQUFPLGVBQWUsVUFBVTtBQUNsQztBQUVBLFNBQVMsU0FBUyxNQUFrQztBQUNsRCxNQUFJLFNBQVMsT0FBTyxTQUFTLEdBQUksUUFBTztBQUN4QyxTQUFPLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQyxLQUFLO0FBQy9CO0FBR0EsU0FBUyxlQUFlLFlBQXFDO0FBQzNELFFBQU0sWUFBWSxnQkFBZ0IsVUFBVTtBQUM1QyxRQUFNLE9BQWtCLGlCQUFpQixVQUFVO0FBQ25ELFFBQU0sYUFBYSxPQUFPLEtBQU0sV0FBVyxjQUFjLENBQUMsQ0FBWTtBQUN0RSxRQUFNLFlBQWEsV0FBVyxZQUFZLENBQUMsR0FBZ0IsTUFBTTtBQUNqRSxNQUFJO0FBQ0osU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0EsU0FBUyxPQUF1RDtBQUM5RCxVQUFJLEtBQUssS0FBSyxFQUFHLFFBQU8sRUFBRSxJQUFJLE1BQU0sTUFBTTtBQUMxQyxZQUFNLFNBQVMsVUFBVSxVQUFVLE9BQU8sRUFBRSxhQUFhLEtBQUssQ0FBQztBQUMvRCxVQUFJLE9BQU8sUUFBUyxRQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sT0FBTyxLQUFnQztBQUNyRixhQUFPLEVBQUUsSUFBSSxPQUFPLFFBQVEsdUJBQXVCLE9BQU8sTUFBTSxRQUFRLE9BQU8sVUFBVSxFQUFFO0FBQUEsSUFDN0Y7QUFBQSxJQUNBLGVBQXVCO0FBQ3JCLG1CQUFhLHVCQUF1QixVQUFVO0FBQzlDLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNGOzs7QUNqSUEsT0FBTyxjQUFjOzs7QUNPZCxTQUFTLGNBQWMsTUFBd0I7QUFDcEQsU0FBTyxTQUFTLE1BQU0sQ0FBQyxJQUFJLEtBQUssTUFBTSxHQUFHO0FBQzNDO0FBR08sU0FBUyxRQUFRLE9BQWdCLEtBQXNCO0FBQzVELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE9BQU8sT0FBTyxPQUFPLEdBQUcsSUFDekUsTUFBa0MsR0FBRyxJQUN0QztBQUNOO0FBR08sU0FBUyxZQUFZLE9BQWdCLE1BQXlCO0FBQ25FLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBSyxVQUFVLFVBQVUsUUFBVyxJQUFLLFNBQVEsUUFBUSxPQUFPLEtBQUssQ0FBQyxDQUFXO0FBQ3JHLFNBQU87QUFDVDtBQUdPLFNBQVMsV0FBVyxRQUE0QixLQUFzQjtBQUMzRSxXQUFTLElBQUksT0FBTyxTQUFTLEdBQUcsS0FBSyxHQUFHLEtBQUs7QUFDM0MsVUFBTSxRQUFRLE9BQU8sQ0FBQztBQUN0QixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUSxPQUFPLE9BQU8sT0FBTyxHQUFHLEdBQUc7QUFDNUUsYUFBUSxNQUFrQyxHQUFHO0FBQUEsSUFDL0M7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxXQUFXLFFBQTRCLE1BQXlCO0FBQzlFLFFBQU0sUUFBUSxLQUFLLENBQUM7QUFDcEIsTUFBSSxVQUFVLE9BQVcsUUFBTyxPQUFPLE9BQU8sU0FBUyxDQUFDO0FBQ3hELE1BQUksUUFBUSxXQUFXLFFBQVEsS0FBSztBQUNwQyxXQUFTLElBQUksR0FBRyxJQUFJLEtBQUssVUFBVSxVQUFVLFFBQVcsS0FBSztBQUMzRCxZQUFRLFFBQVEsT0FBTyxLQUFLLENBQUMsQ0FBVztBQUFBLEVBQzFDO0FBQ0EsU0FBTztBQUNUOzs7QUROQSxJQUFNLGVBQWlDLENBQUMsTUFBTSxJQUFJO0FBTWxELElBQUk7QUFFSixTQUFTLGNBQTJCO0FBQ2xDLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sU0FBUyxJQUFJLFNBQVMsT0FBTztBQUVuQyxJQUFDLE9BQWlELGdCQUFnQjtBQUNsRSxhQUFTO0FBQUEsRUFDWDtBQUNBLFNBQU87QUFDVDtBQVVPLFNBQVMsY0FBYyxRQUFnQixXQUFpQyxDQUFDLEdBQW1CO0FBQ2pHLE1BQUk7QUFDSixNQUFJO0FBQ0YsYUFBUyxZQUFZLEVBQUUsTUFBTSxRQUFRLFlBQVk7QUFBQSxFQUNuRCxTQUFTLE9BQU87QUFDZCxVQUFNLFlBQVksT0FBTyxRQUFRLFFBQVE7QUFBQSxFQUMzQztBQUNBLFNBQU8sY0FBYyxZQUFZLE1BQU0sQ0FBQztBQUMxQztBQUlBLFNBQVMsWUFBWSxPQUFrQztBQUNyRCxTQUFPLE1BQU0sUUFBUSxLQUFLLElBQUssUUFBb0IsQ0FBQztBQUN0RDtBQUVBLFNBQVMsY0FBYyxRQUEwQztBQUMvRCxRQUFNLFFBQXdCLENBQUM7QUFDL0IsV0FBUyxJQUFJLEdBQUcsSUFBSSxPQUFPLFFBQVEsS0FBSztBQUN0QyxVQUFNLFFBQVEsT0FBTyxDQUFDO0FBQ3RCLFVBQU0sT0FBTyxNQUFNLENBQUM7QUFDcEIsVUFBTSxRQUFRLE9BQU8sTUFBTSxDQUFDLEtBQUssRUFBRTtBQUNuQyxZQUFRLE1BQU07QUFBQSxNQUNaLEtBQUssUUFBUTtBQUNYLGNBQU0sT0FBTyxNQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ25DLFlBQUksTUFBTSxTQUFTLE9BQVEsT0FBTSxNQUFNLFNBQVMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxRQUFRLE1BQU0sS0FBSyxPQUFPLE1BQU07QUFBQSxZQUN4RixPQUFNLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxNQUFNLENBQUM7QUFDN0M7QUFBQSxNQUNGO0FBQUEsTUFDQSxLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsY0FBTSxLQUFLLEVBQUUsTUFBTSxZQUFZLE1BQU0sT0FBTyxNQUFNLGNBQWMsS0FBSyxHQUFHLFNBQVMsU0FBUyxPQUFPLENBQUM7QUFDbEc7QUFBQSxNQUNGLEtBQUs7QUFBQSxNQUNMLEtBQUs7QUFDSCxjQUFNLEtBQUs7QUFBQSxVQUNULE1BQU07QUFBQSxVQUNOLE1BQU07QUFBQSxVQUNOLE1BQU0sY0FBYyxLQUFLO0FBQUEsVUFDekIsVUFBVSxTQUFTO0FBQUEsVUFDbkIsVUFBVSxjQUFjLFlBQVksTUFBTSxDQUFDLENBQUMsQ0FBQztBQUFBLFFBQy9DLENBQUM7QUFDRDtBQUFBLE1BQ0YsS0FBSztBQUNILGNBQU0sS0FBSyxFQUFFLE1BQU0sV0FBVyxNQUFNLE9BQU8sYUFBYSxzQkFBc0IsT0FBTyxPQUFPLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUNyRztBQUFBLE1BQ0Y7QUFFRTtBQUFBLElBQ0o7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBU0EsU0FBUyxzQkFBc0IsT0FBYyxVQUFxQztBQUNoRixRQUFNLGNBQWMsT0FBTyxNQUFNLENBQUMsTUFBTSxXQUFXLE1BQU0sQ0FBQyxJQUFJO0FBQzlELE1BQUksZ0JBQWdCLE1BQU0sTUFBTSxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxLQUFNLFFBQU87QUFDdEUsTUFBSSxhQUFhLFVBQWEsU0FBUyxDQUFDLE1BQU0sVUFBVSxTQUFTLENBQUMsTUFBTSxNQUFNLENBQUMsRUFBRyxRQUFPO0FBQ3pGLFNBQU8sWUFBWSxRQUFRLFdBQVcsRUFBRTtBQUMxQztBQUVBLElBQU0saUJBQWlCO0FBRXZCLFNBQVMsWUFBWSxPQUFnQixRQUFnQixVQUFtRDtBQUN0RyxRQUFNLE1BQU0saUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSztBQUNqRSxRQUFNLGNBQWMsZUFBZSxLQUFLLEdBQUc7QUFDM0MsUUFBTSxTQUFTLGNBQWMsT0FBTyxZQUFZLENBQUMsQ0FBQyxJQUFJO0FBQ3RELFFBQU0sVUFBVSxvQkFBb0IsR0FBRztBQUN2QyxRQUFNLFFBQThCLEVBQUUsR0FBRyxVQUFVLE9BQU8sU0FBUyxTQUFTLFdBQVc7QUFDdkYsTUFBSSxLQUFLO0FBQ1QsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxFQUFFLE1BQUFDLE9BQU0sT0FBTyxJQUFJLGNBQWMsUUFBUSxNQUFNO0FBQ3JELFFBQUksU0FBUyxTQUFTLFFBQVc7QUFDL0IsWUFBTSxPQUFPLFNBQVMsT0FBT0EsUUFBTztBQUNwQyxZQUFNLFNBQVNBLFVBQVMsS0FBSyxTQUFTLFdBQVcsU0FBWSxTQUFTLFNBQVMsU0FBUyxJQUFJO0FBQUEsSUFDOUYsT0FBTztBQUNMLFdBQUssbUJBQW1CQSxLQUFJLFlBQVksTUFBTTtBQUFBLElBQ2hEO0FBQUEsRUFDRjtBQUNBLFNBQU8sSUFBSSxrQkFBa0IsNEJBQTRCLEVBQUUsS0FBSyxPQUFPLElBQUksT0FBTyxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBQ3BHO0FBRUEsU0FBUyxvQkFBb0IsS0FBcUI7QUFDaEQsTUFBSSxJQUFJLGdCQUFnQixLQUFLLEdBQUc7QUFDaEMsTUFBSSxFQUFHLFFBQU87QUFDZCxNQUFJLDJCQUEyQixLQUFLLEdBQUc7QUFDdkMsTUFBSSxFQUFHLFFBQU8sT0FBTyxFQUFFLENBQUMsQ0FBQyx1REFBdUQsRUFBRSxDQUFDLENBQUM7QUFDcEYsTUFBSSwyQkFBMkIsS0FBSyxHQUFHO0FBQ3ZDLE1BQUksRUFBRyxRQUFPLGVBQWUsRUFBRSxDQUFDLENBQUMsOEJBQThCLEVBQUUsQ0FBQyxDQUFDO0FBQ25FLE1BQUksc0JBQXNCLEtBQUssR0FBRztBQUNsQyxNQUFJLEVBQUcsUUFBTyw4QkFBOEIsRUFBRSxDQUFDLENBQUM7QUFDaEQsU0FBTyxHQUFHLEdBQUc7QUFDZjtBQUVBLFNBQVMsY0FBYyxRQUFnQixRQUFrRDtBQUN2RixNQUFJQSxRQUFPO0FBQ1gsTUFBSSxZQUFZO0FBQ2hCLFFBQU0sTUFBTSxLQUFLLElBQUksUUFBUSxPQUFPLE1BQU07QUFDMUMsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLEtBQUs7QUFDNUIsUUFBSSxPQUFPLFdBQVcsQ0FBQyxNQUFNLElBQUk7QUFDL0IsTUFBQUE7QUFDQSxrQkFBWSxJQUFJO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLE1BQUFBLE9BQU0sUUFBUSxNQUFNLFlBQVksRUFBRTtBQUM3Qzs7O0FFMUlPLFNBQVMsYUFBYSxPQUErQztBQUMxRSxRQUFNLFdBQVcsb0JBQUksSUFBWTtBQUNqQyxRQUFNLE1BQU0sb0JBQUksSUFBWTtBQUM1QixRQUFNLFNBQVMsb0JBQUksSUFBWTtBQUMvQixRQUFNLGFBQWlDLENBQUM7QUFDeEMsT0FBSyxPQUFPLFFBQVEsRUFBRSxVQUFVLEtBQUssT0FBTyxHQUFHLFVBQVU7QUFDekQsU0FBTztBQUFBLElBQ0wsVUFBVSxDQUFDLEdBQUcsUUFBUTtBQUFBLElBQ3RCLEtBQUssQ0FBQyxHQUFHLEdBQUc7QUFBQSxJQUNaLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLElBQUksSUFBSSxJQUFJLENBQUM7QUFBQSxJQUNuRCxVQUFVLENBQUMsR0FBRyxJQUFJLElBQUksV0FBVyxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDO0FBQUEsSUFDcEQ7QUFBQSxFQUNGO0FBQ0Y7QUFZTyxTQUFTLGdCQUFnQixRQUFnQixVQUFtRDtBQUNqRyxRQUFNLEVBQUUsVUFBVSxLQUFLLFFBQVEsU0FBUyxJQUFJLGFBQWEsY0FBYyxRQUFRLFFBQVEsQ0FBQztBQUN4RixTQUFPLEVBQUUsVUFBVSxLQUFLLFFBQVEsU0FBUztBQUMzQztBQVFBLFNBQVMsS0FBSyxPQUFnQyxPQUFpQixPQUFpQixZQUFzQztBQUNwSCxhQUFXLFFBQVEsT0FBTztBQUN4QixZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFDSCxnQkFBUSxLQUFLLEtBQUssQ0FBQyxHQUFHLE9BQU8sT0FBTyxLQUFLO0FBQ3pDO0FBQUEsTUFDRixLQUFLLFdBQVc7QUFDZCxnQkFBUSxLQUFLLEtBQUssQ0FBQyxHQUFHLE9BQU8sTUFBTSxLQUFLO0FBQ3hDLGNBQU0sUUFBa0IsS0FBSyxZQUFZLFVBQVUsV0FBVyxnQkFBZ0I7QUFDOUUsYUFBSyxLQUFLLFVBQVUsT0FBTyxPQUFPLFVBQVU7QUFDNUM7QUFBQSxNQUNGO0FBQUEsTUFDQSxLQUFLO0FBQ0gsbUJBQVcsS0FBSyxFQUFFLE1BQU0sS0FBSyxNQUFNLE1BQU0sQ0FBQztBQUMxQztBQUFBLE1BQ0Y7QUFDRTtBQUFBLElBQ0o7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsT0FBMkIsT0FBaUIsV0FBb0IsT0FBdUI7QUFDdEcsTUFBSSxVQUFVLE9BQVc7QUFDekIsTUFBSSxVQUFVLFVBQVU7QUFDdEIsVUFBTSxPQUFPLElBQUksS0FBSztBQUN0QjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLElBQUksSUFBSSxLQUFLO0FBQ25CLE1BQUksVUFBVSxVQUFVLENBQUMsVUFBVyxPQUFNLFNBQVMsSUFBSSxLQUFLO0FBQzlEOzs7QUNyRU8sU0FBUyxvQkFBb0IsTUFBcUIsU0FBK0M7QUFDdEcsUUFBTSxRQUFRLG9CQUFJLElBQTZCO0FBQy9DLFFBQU0sVUFBb0IsQ0FBQztBQUMzQixRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLFFBQStELEtBQUssU0FBUyxJQUFJLENBQUMsVUFBVTtBQUFBLElBQ2hHO0FBQUEsSUFDQSxVQUFVLFFBQVEsU0FBUztBQUFBLEVBQzdCLEVBQUU7QUFDRixXQUFTLE9BQU8sTUFBTSxNQUFNLEdBQUcsU0FBUyxRQUFXLE9BQU8sTUFBTSxNQUFNLEdBQUc7QUFDdkUsVUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJO0FBQzNCLFFBQUksS0FBSyxJQUFJLElBQUksRUFBRztBQUNwQixTQUFLLElBQUksSUFBSTtBQUNiLFVBQU0sU0FBUyxRQUFRLFVBQVUsSUFBSTtBQUNyQyxRQUFJLFdBQVcsUUFBVztBQUN4QixVQUFJLFFBQVEsT0FBUSxPQUFNLG9CQUFvQixNQUFNLFVBQVUsUUFBUSxRQUFRO0FBQzlFLGNBQVEsS0FBSyxJQUFJO0FBQ2pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxjQUFjLFFBQVEsRUFBRSxZQUFZLE1BQU0sT0FBTyxXQUFXLENBQUM7QUFDM0UsVUFBTSxXQUFXLGFBQWEsS0FBSztBQUNuQyxVQUFNLElBQUksTUFBTSxFQUFFLE1BQU0sUUFBUSxPQUFPLFNBQVMsQ0FBQztBQUNqRCxlQUFXLFFBQVEsU0FBUyxTQUFVLE9BQU0sS0FBSyxFQUFFLE1BQU0sTUFBTSxVQUFVLEtBQUssQ0FBQztBQUFBLEVBQ2pGO0FBQ0EsUUFBTSxRQUFRLGlCQUFpQixNQUFNLEtBQUs7QUFDMUMsTUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBTSxPQUFPLE1BQU0sTUFBTSxTQUFTLENBQUM7QUFDbkMsVUFBTSxJQUFJO0FBQUEsTUFDUix5QkFBeUIsTUFBTSxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxFQUFFLEtBQUssVUFBSyxDQUFDLG9GQUNsQixJQUFJLDBEQUNwQixJQUFJO0FBQUEsTUFDakMsRUFBRSxHQUFHLFFBQVEsVUFBVSxPQUFPLFFBQVEsU0FBUyxTQUFTLFdBQVc7QUFBQSxJQUNyRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsT0FBTyxRQUFRO0FBQzFCO0FBRUEsU0FBUyxvQkFDUCxNQUNBLFVBQ0EsVUFDbUI7QUFDbkIsUUFBTSxLQUFLLGFBQWEsU0FBWSxLQUFLLGtCQUFrQixRQUFRO0FBQ25FLFNBQU8sSUFBSTtBQUFBLElBQ1QsWUFBWSxJQUFJLGNBQWMsRUFBRSxxQkFBcUIsSUFBSSxxRkFDWCxJQUFJO0FBQUEsSUFDbEQsRUFBRSxHQUFHLFVBQVUsT0FBTyxTQUFTLFNBQVMsV0FBVztBQUFBLEVBQ3JEO0FBQ0Y7QUFNQSxTQUFTLGlCQUFpQixNQUFxQixPQUFtRTtBQUNoSCxRQUFNLGdCQUFnQixDQUFDLGFBQ3JCLFNBQVMsV0FBVyxPQUFPLENBQUMsTUFBTSxFQUFFLFVBQVUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSTtBQUN6RSxRQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFNLFNBQW1CLENBQUM7QUFFMUIsUUFBTSxRQUFRLENBQUMsU0FBdUM7QUFDcEQsVUFBTSxLQUFLLE9BQU8sUUFBUSxJQUFJO0FBQzlCLFFBQUksTUFBTSxFQUFHLFFBQU8sQ0FBQyxHQUFHLE9BQU8sTUFBTSxFQUFFLEdBQUcsSUFBSTtBQUM5QyxRQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsUUFBTztBQUMzQixVQUFNLFVBQVUsTUFBTSxJQUFJLElBQUk7QUFDOUIsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxXQUFPLEtBQUssSUFBSTtBQUNoQixlQUFXLFFBQVEsY0FBYyxRQUFRLFFBQVEsR0FBRztBQUNsRCxZQUFNLFFBQVEsTUFBTSxJQUFJO0FBQ3hCLFVBQUksVUFBVSxPQUFXLFFBQU87QUFBQSxJQUNsQztBQUNBLFdBQU8sSUFBSTtBQUNYLFNBQUssSUFBSSxJQUFJO0FBQ2IsV0FBTztBQUFBLEVBQ1Q7QUFFQSxhQUFXLFFBQVEsQ0FBQyxHQUFHLGNBQWMsSUFBSSxHQUFHLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRztBQUM1RCxVQUFNLFFBQVEsTUFBTSxJQUFJO0FBQ3hCLFFBQUksVUFBVSxPQUFXLFFBQU87QUFBQSxFQUNsQztBQUNBLFNBQU87QUFDVDtBQVVPLFNBQVMscUJBQXFCLE1BQXFCLE9BQXVDO0FBQy9GLFFBQU0sV0FBVyxvQkFBSSxJQUFZO0FBQ2pDLFFBQU0sTUFBTSxvQkFBSSxJQUFZO0FBQzVCLFFBQU0sU0FBUyxvQkFBSSxJQUFZO0FBRS9CLFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBRTlCLFFBQU0sTUFBTSxDQUFDLFVBQXlCLGNBQStCO0FBQ25FLFFBQUksY0FBYyxXQUFZLFlBQVcsUUFBUSxTQUFTLFNBQVUsVUFBUyxJQUFJLElBQUk7QUFDckYsZUFBVyxRQUFRLFNBQVMsSUFBSyxFQUFDLGNBQWMsV0FBVyxTQUFTLEtBQUssSUFBSSxJQUFJO0FBQ2pGLGVBQVcsUUFBUSxTQUFTLE9BQVEsUUFBTyxJQUFJLElBQUk7QUFDbkQsZUFBVyxPQUFPLFNBQVMsWUFBWTtBQUNyQyxZQUFNLFVBQVUsTUFBTSxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ3hDLFlBQU0sUUFBUSxRQUFRLFdBQVcsSUFBSSxLQUFLO0FBQzFDLFlBQU0sTUFBTSxHQUFHLEtBQUssSUFBSSxJQUFJLElBQUk7QUFDaEMsVUFBSSxZQUFZLFVBQWEsTUFBTSxJQUFJLEdBQUcsRUFBRztBQUM3QyxZQUFNLElBQUksR0FBRztBQUNiLFVBQUksUUFBUSxVQUFVLEtBQUs7QUFBQSxJQUM3QjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sVUFBVTtBQUNwQixTQUFPO0FBQUEsSUFDTCxVQUFVLENBQUMsR0FBRyxRQUFRO0FBQUEsSUFDdEIsS0FBSyxDQUFDLEdBQUcsR0FBRztBQUFBLElBQ1osUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLE9BQU8sQ0FBQyxTQUFTLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQztBQUFBLElBQ25ELFVBQVUsS0FBSztBQUFBLEVBQ2pCO0FBQ0Y7QUFFQSxTQUFTLFFBQVEsT0FBa0IsT0FBNEI7QUFDN0QsTUFBSSxVQUFVLFlBQVksVUFBVSxTQUFVLFFBQU87QUFDckQsTUFBSSxVQUFVLGlCQUFpQixVQUFVLGNBQWUsUUFBTztBQUMvRCxTQUFPO0FBQ1Q7OztBQ3pKTyxTQUFTLE9BQU8sT0FBd0I7QUFDN0MsTUFBSSxPQUFPLFVBQVUsU0FBVSxRQUFPO0FBQ3RDLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBVyxRQUFPO0FBQ2xELFVBQVEsT0FBTyxPQUFPO0FBQUEsSUFDcEIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sT0FBTyxLQUFLO0FBQUEsSUFDckIsS0FBSztBQUNILGFBQU8sYUFBYSxLQUFLO0FBQUEsSUFDM0I7QUFDRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBRUEsU0FBUyxhQUFhLE9BQXVCO0FBQzNDLE1BQUksaUJBQWlCLEtBQU0sUUFBTyxPQUFPLE1BQU0sTUFBTSxRQUFRLENBQUMsSUFBSSxLQUFLLE1BQU0sWUFBWTtBQUN6RixNQUFJO0FBQ0YsV0FBTyxLQUFLLFVBQVUsS0FBSyxLQUFLO0FBQUEsRUFDbEMsUUFBUTtBQUNOLFdBQU8sY0FBYyxLQUFLO0FBQUEsRUFDNUI7QUFDRjtBQUVBLFNBQVMsY0FBYyxPQUF1QjtBQUM1QyxRQUFNLE9BQU8sb0JBQUksUUFBZ0I7QUFDakMsU0FDRSxLQUFLLFVBQVUsT0FBTyxDQUFDLE1BQU0sU0FBa0I7QUFDN0MsUUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLEtBQUssU0FBUztBQUNuRCxRQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsTUFBTTtBQUM3QyxVQUFJLEtBQUssSUFBSSxJQUFJLEVBQUcsUUFBTztBQUMzQixXQUFLLElBQUksSUFBSTtBQUFBLElBQ2Y7QUFDQSxXQUFPO0FBQUEsRUFDVCxDQUFDLEtBQUs7QUFFVjtBQU9PLFNBQVMsYUFBYSxPQUF5QjtBQUNwRCxTQUFPLENBQUMsU0FBUyxPQUFPLFVBQVUsY0FBZSxNQUFNLFFBQVEsS0FBSyxLQUFLLE1BQU0sV0FBVztBQUM1Rjs7O0FDdkNPLElBQU0sb0JBQW9CO0FBRzFCLElBQU0sc0JBQXNCO0FBMEQ1QixTQUFTLGdCQUFnQixRQUFnQixVQUFrQyxDQUFDLEdBQXFCO0FBQ3RHLFFBQU0sV0FBVyxRQUFRLFlBQVksQ0FBQztBQUN0QyxRQUFNLFFBQVEsY0FBYyxRQUFRLFFBQVE7QUFDNUMsUUFBTSxRQUFRLGFBQWEsS0FBSztBQUNoQyxRQUFNLFFBQVEsb0JBQW9CLE9BQU87QUFBQSxJQUN2QyxTQUFTLFFBQVE7QUFBQSxJQUNqQixRQUFRLFFBQVEsVUFBVTtBQUFBLElBQzFCO0FBQUEsRUFDRixDQUFDO0FBQ0QsUUFBTSxXQUFXLHFCQUFxQixPQUFPLEtBQUs7QUFDbEQsUUFBTSxPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU07QUFDOUMsTUFBSSxTQUFTLE9BQVcsUUFBTyxFQUFFLFFBQVEsVUFBVSxpQkFBaUIsTUFBTSxTQUFTLFFBQVEsS0FBSztBQUNoRyxRQUFNLE9BQU8sSUFBSSxhQUFhLE9BQU8sUUFBUSxRQUFRLFFBQVEsRUFBRSxRQUFRLEtBQUs7QUFDNUUsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBO0FBQUEsSUFDQSxpQkFBaUIsTUFBTTtBQUFBLElBQ3ZCLE9BQU8sTUFBdUI7QUFDNUIsYUFBTyxLQUFLLEVBQUUsUUFBUSxDQUFDLElBQUksR0FBRyxPQUFPLEdBQUcsVUFBVSxFQUFFLENBQUM7QUFBQSxJQUN2RDtBQUFBLEVBQ0Y7QUFDRjtBQU9BLFNBQVMsWUFDUCxPQUNBLFlBQ3lDO0FBQ3pDLFFBQU0sUUFBa0IsQ0FBQyxFQUFFO0FBQzNCLFFBQU0sUUFBMEMsQ0FBQztBQUNqRCxhQUFXLFFBQVEsT0FBTztBQUN4QixRQUFJLEtBQUssU0FBUyxRQUFRO0FBQ3hCLFlBQU0sTUFBTSxTQUFTLENBQUMsS0FBSyxLQUFLO0FBQUEsSUFDbEMsV0FBVyxLQUFLLFNBQVMsWUFBWTtBQUNuQyxZQUFNLEtBQUssYUFBYSxLQUFLLE1BQU0sS0FBSyxVQUFVLGFBQWEsTUFBUyxDQUFDO0FBQ3pFLFlBQU0sS0FBSyxFQUFFO0FBQUEsSUFDZixPQUFPO0FBQ0wsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0EsU0FBTyxTQUFTLE9BQU8sS0FBSztBQUM5QjtBQUVBLFNBQVMsYUFDUCxNQUNBLFlBQzJCO0FBQzNCLFFBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsTUFBSSxLQUFLLFdBQVcsS0FBSyxRQUFRLFFBQVc7QUFDMUMsV0FBTyxlQUFlLFNBQ2xCLENBQUMsU0FBUyxPQUFPLFFBQVEsTUFBTSxHQUFHLENBQUMsSUFDbkMsQ0FBQyxTQUFTLFdBQVcsT0FBTyxRQUFRLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNyRDtBQUNBLFNBQU8sZUFBZSxTQUNsQixDQUFDLFNBQVMsT0FBTyxZQUFZLE1BQU0sSUFBSSxDQUFDLElBQ3hDLENBQUMsU0FBUyxXQUFXLE9BQU8sWUFBWSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQzFEO0FBR0EsSUFBTSxlQUFOLE1BQW1CO0FBQUEsRUFHakIsWUFDbUIsT0FDQSxZQUNBLFVBQ2pCO0FBSGlCO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFIZ0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBTEYsZUFBZSxvQkFBSSxJQUE2QjtBQUFBLEVBUWpFLFFBQVEsT0FBMEM7QUFFaEQsVUFBTSxRQUFrQixDQUFDLEVBQUU7QUFDM0IsVUFBTSxRQUFvQixDQUFDO0FBQzNCLGVBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQUksS0FBSyxTQUFTLFFBQVE7QUFDeEIsY0FBTSxNQUFNLFNBQVMsQ0FBQyxLQUFLLEtBQUs7QUFBQSxNQUNsQyxPQUFPO0FBQ0wsY0FBTSxLQUFLLEtBQUssWUFBWSxJQUFJLENBQUM7QUFDakMsY0FBTSxLQUFLLEVBQUU7QUFBQSxNQUNmO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUyxPQUFPLEtBQUs7QUFBQSxFQUM5QjtBQUFBLEVBRVEsWUFBWSxNQUF5RDtBQUMzRSxZQUFRLEtBQUssTUFBTTtBQUFBLE1BQ2pCLEtBQUs7QUFDSCxlQUFPLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxVQUFVLEtBQUssYUFBYSxNQUFTO0FBQUEsTUFDNUUsS0FBSztBQUNILGVBQU8sS0FBSyxXQUFXLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxRQUFRLEtBQUssUUFBUSxDQUFDLElBQUksS0FBSyxRQUFRLEtBQUssTUFBTSxJQUFJO0FBQUEsTUFDN0csS0FBSztBQUNILGVBQU8sS0FBSyxRQUFRLEtBQUssTUFBTSxLQUFLLFdBQVc7QUFBQSxJQUNuRDtBQUFBLEVBQ0Y7QUFBQSxFQUVRLFNBQVMsTUFBeUIsWUFBOEQ7QUFDdEcsVUFBTSxNQUFNLEtBQUssQ0FBQztBQUNsQixRQUFJLEtBQUssV0FBVyxLQUFLLFFBQVEsUUFBVztBQUMxQyxhQUFPLGVBQWUsU0FDbEIsQ0FBQyxNQUFNLE9BQU8sV0FBVyxFQUFFLFFBQVEsR0FBRyxDQUFDLElBQ3ZDLENBQUMsTUFBTSxXQUFXLE9BQU8sV0FBVyxFQUFFLFFBQVEsR0FBRyxDQUFDLENBQUM7QUFBQSxJQUN6RDtBQUNBLFdBQU8sZUFBZSxTQUNsQixDQUFDLE1BQU0sT0FBTyxXQUFXLEVBQUUsUUFBUSxJQUFJLENBQUMsSUFDeEMsQ0FBQyxNQUFNLFdBQVcsT0FBTyxXQUFXLEVBQUUsUUFBUSxJQUFJLENBQUMsQ0FBQztBQUFBLEVBQzFEO0FBQUEsRUFFUSxTQUFTLE1BQXlCLE1BQTBCO0FBQ2xFLFdBQU8sQ0FBQyxNQUFPLGFBQWEsV0FBVyxFQUFFLFFBQVEsSUFBSSxDQUFDLElBQUksS0FBSyxDQUFDLElBQUk7QUFBQSxFQUN0RTtBQUFBLEVBRVEsUUFBUSxNQUF5QixNQUFnRTtBQUN2RyxVQUFNLE9BQU8sS0FBSyxRQUFRLEtBQUssUUFBUTtBQUN2QyxXQUFPLENBQUMsTUFBTTtBQUNaLFlBQU0sUUFBUSxXQUFXLEVBQUUsUUFBUSxJQUFJO0FBQ3ZDLFVBQUksYUFBYSxLQUFLLEVBQUcsUUFBTztBQUNoQyxZQUFNLFNBQVMsRUFBRTtBQUNqQixVQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsWUFBSUMsT0FBTTtBQUNWLGlCQUFTLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0FBQ3JDLGlCQUFPLEtBQUssTUFBTSxDQUFDLENBQUM7QUFDcEIsVUFBQUEsUUFBTyxLQUFLLENBQUM7QUFDYixpQkFBTyxJQUFJO0FBQUEsUUFDYjtBQUNBLGVBQU9BO0FBQUEsTUFDVDtBQUNBLGFBQU8sS0FBSyxLQUFLO0FBQ2pCLFlBQU0sTUFBTSxLQUFLLENBQUM7QUFDbEIsYUFBTyxJQUFJO0FBQ1gsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFFUSxRQUFRLE1BQWMsYUFBK0I7QUFFM0QsUUFBSTtBQUNKLFdBQU8sQ0FBQyxNQUFNO0FBQ1osVUFBSSxhQUFhLE9BQVcsWUFBVyxLQUFLLFVBQVUsTUFBTSxXQUFXO0FBQ3ZFLFVBQUksYUFBYSxLQUFNLFFBQU87QUFDOUIsVUFBSSxFQUFFLFNBQVMsa0JBQW1CLE9BQU0sS0FBSyxXQUFXLE1BQU0sb0JBQW9CLGlCQUFpQixTQUFTO0FBQzVHLFVBQUksRUFBRSxFQUFFLFdBQVcscUJBQXFCO0FBQ3RDLGNBQU0sS0FBSyxXQUFXLE1BQU0sMEJBQTBCLG1CQUFtQixzQkFBc0I7QUFBQSxNQUNqRztBQUNBLFFBQUU7QUFDRixZQUFNLE1BQU0sU0FBUyxDQUFDO0FBQ3RCLFFBQUU7QUFDRixhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR1EsVUFBVSxNQUFjLGFBQXNDO0FBQ3BFLFVBQU0sTUFBTSxHQUFHLFdBQVcsS0FBUyxJQUFJO0FBQ3ZDLFVBQU0sU0FBUyxLQUFLLGFBQWEsSUFBSSxHQUFHO0FBQ3hDLFFBQUksV0FBVyxPQUFXLFFBQU87QUFDakMsVUFBTSxXQUFXLEtBQUssTUFBTSxNQUFNLElBQUksSUFBSTtBQUMxQyxRQUFJQyxNQUFzQjtBQUMxQixRQUFJLGFBQWEsUUFBVztBQUMxQixZQUFNLFFBQ0osZ0JBQWdCLEtBQ1osU0FBUyxRQUNULGNBQWMsWUFBWSxTQUFTLFFBQVEsV0FBVyxHQUFHLEVBQUUsWUFBWSxNQUFNLE9BQU8sV0FBVyxDQUFDO0FBQ3RHLE1BQUFBLE1BQUssS0FBSyxRQUFRLEtBQUs7QUFBQSxJQUN6QjtBQUNBLFNBQUssYUFBYSxJQUFJLEtBQUtBLEdBQUU7QUFDN0IsV0FBT0E7QUFBQSxFQUNUO0FBQUEsRUFFUSxXQUFXLE1BQWMsTUFBaUM7QUFDaEUsV0FBTyxJQUFJO0FBQUEsTUFDVCxZQUFZLElBQUksYUFBYSxJQUFJO0FBQUEsTUFFakMsRUFBRSxHQUFHLEtBQUssVUFBVSxPQUFPLEtBQUssU0FBUyxTQUFTLFdBQVc7QUFBQSxJQUMvRDtBQUFBLEVBQ0Y7QUFDRjtBQU1BLFNBQVMsU0FBWSxPQUEwQixPQUE4RDtBQUUzRyxRQUFNLENBQUMsS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSyxFQUFFLElBQUk7QUFDeEUsUUFBTSxDQUFDLElBQUksSUFBSSxJQUFJLElBQUksSUFBSSxFQUFFLElBQUk7QUFDakMsVUFBUSxNQUFNLFFBQVE7QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxNQUFNO0FBQUEsSUFDZixLQUFLO0FBQ0gsYUFBTyxPQUFPLE1BQU0sT0FBTyxLQUFNLEtBQWMsQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUk7QUFBQSxJQUMvRSxLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQU0sS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDOUQsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJO0FBQUEsSUFDckYsS0FBSztBQUNILGFBQU8sQ0FBQyxNQUFNLEtBQU0sR0FBWSxDQUFDLElBQUksS0FBTSxHQUFZLENBQUMsSUFBSSxLQUFNLEdBQVksQ0FBQyxJQUFJLEtBQU0sR0FBWSxDQUFDLElBQUk7QUFBQSxJQUM1RyxLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQ04sS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkO0FBQUEsSUFDSixLQUFLO0FBQ0gsYUFBTyxDQUFDLE1BQ04sS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2QsS0FDQyxHQUFZLENBQUMsSUFDZCxLQUNDLEdBQVksQ0FBQyxJQUNkLEtBQ0MsR0FBWSxDQUFDLElBQ2Q7QUFBQSxJQUNKLFNBQVM7QUFDUCxZQUFNLFFBQVEsTUFBTTtBQUNwQixhQUFPLENBQUMsTUFBTTtBQUNaLFlBQUksTUFBTTtBQUNWLGlCQUFTLElBQUksR0FBRyxJQUFJLE9BQU8sSUFBSyxRQUFRLE1BQU0sQ0FBQyxFQUFXLENBQUMsSUFBSSxNQUFNLElBQUksQ0FBQztBQUMxRSxlQUFPO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFlBQVksUUFBZ0IsYUFBNkI7QUFDaEUsU0FBTyxPQUNKLE1BQU0sSUFBSSxFQUNWLElBQUksQ0FBQ0MsVUFBVUEsTUFBSyxTQUFTLElBQUksY0FBY0EsUUFBT0EsS0FBSyxFQUMzRCxLQUFLLElBQUk7QUFDZDs7O0FDek9BLElBQU0sZUFBa0QsT0FBTyxPQUFPLENBQUMsQ0FBQztBQVNqRSxTQUFTLGNBQWNDLFNBQXNCLFVBQWdDLENBQUMsR0FBbUI7QUFDdEcsUUFBTSxTQUFTLFFBQVEsVUFBVTtBQUNqQyxRQUFNLE9BQTZCLEVBQUUsWUFBWUEsUUFBTyxLQUFLO0FBQzdELE1BQUksUUFBUSxTQUFTLE9BQVcsTUFBSyxPQUFPLFFBQVE7QUFDcEQsUUFBTSxVQUFVLGdCQUFnQixRQUFRLFVBQVUsSUFBSTtBQUN0RCxRQUFNLFVBQVUsQ0FBQyxRQUFnQixPQUFlQyxVQUFvQztBQUNsRixVQUFNLFdBQWlDLEVBQUUsR0FBRyxNQUFNLE1BQU07QUFDeEQsUUFBSUEsVUFBUyxPQUFXLFVBQVMsT0FBT0E7QUFDeEMsV0FBTyxnQkFBZ0IsUUFBUSxFQUFFLFNBQVMsU0FBUyxRQUFRLFNBQVMsQ0FBQztBQUFBLEVBQ3ZFO0FBRUEsTUFBSTtBQUNKLE1BQUk7QUFDSixNQUFJRCxRQUFPLFNBQVMsUUFBUTtBQUMxQixRQUFJLE9BQU9BLFFBQU8sYUFBYSxVQUFVO0FBQ3ZDLFlBQU0sSUFBSSxrQkFBa0Isa0VBQWtFO0FBQUEsUUFDNUYsR0FBRztBQUFBLFFBQ0gsT0FBTztBQUFBLE1BQ1QsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLFFBQVFBLFFBQU8sVUFBVSxZQUFZLFFBQVEsWUFBWTtBQUFBLEVBQ2xFLFdBQVdBLFFBQU8sU0FBUyxRQUFRO0FBQ2pDLGVBQVcsZ0JBQWdCQSxRQUFPLFVBQVUsTUFBTSxPQUFPO0FBQUEsRUFDM0QsT0FBTztBQUNMLFVBQU0sSUFBSSxrQkFBa0IsdUJBQXVCLEtBQUssVUFBVUEsUUFBTyxJQUFJLENBQUMsMEJBQTBCO0FBQUEsTUFDdEcsR0FBRztBQUFBLE1BQ0gsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFFQSxRQUFNLFlBQVksU0FBUyxTQUFZLENBQUMsSUFBSSxJQUFJLFlBQVksWUFBWSxDQUFDLENBQUM7QUFDMUUsUUFBTSxPQUFPLGNBQWMsU0FBUztBQUNwQyxRQUFNLFdBQVdBLFFBQU8sT0FBTyxXQUFXLFVBQWFBLFFBQU8sT0FBTyxXQUFXO0FBQ2hGLFFBQU1FLGVBQWMsY0FBY0YsU0FBUSxNQUFNLElBQUk7QUFDcEQsUUFBTSxZQUFZLFlBQVksZ0JBQWdCRSxZQUFXLElBQUlBLGFBQVksYUFBYSxLQUFLO0FBQzNGLFFBQU0sV0FBVyxXQUFXRixTQUFRLElBQUk7QUFDeEMsU0FBTyxJQUFJLE9BQU9BLFNBQVFFLGNBQWEsV0FBVyxLQUFLLFVBQVUsUUFBUSxVQUFVLE1BQU0sUUFBUTtBQUNuRztBQVFPLFNBQVMsZUFBZUYsU0FBZ0M7QUFDN0QsUUFBTSxRQUFRLG9CQUFJLElBQVk7QUFDOUIsUUFBTSxNQUFNLENBQUMsUUFBaUIsVUFBd0I7QUFDcEQsUUFBSSxPQUFPLFdBQVcsU0FBVTtBQUNoQyxlQUFXLFFBQVEsZ0JBQWdCLFFBQVEsRUFBRSxZQUFZQSxRQUFPLE1BQU0sTUFBTSxDQUFDLEVBQUUsU0FBVSxPQUFNLElBQUksSUFBSTtBQUFBLEVBQ3pHO0FBQ0EsTUFBSUEsUUFBTyxVQUFVLFVBQVU7QUFDL0IsTUFBSSxNQUFNLFFBQVFBLFFBQU8sUUFBUSxHQUFHO0FBQ2xDLElBQUFBLFFBQU8sU0FBUyxRQUFRLENBQUMsU0FBUyxNQUFNO0FBQ3RDLFVBQUksT0FBTyxZQUFZLFlBQVksWUFBWSxRQUFRLGFBQWEsU0FBUztBQUMzRSxZQUFJLFFBQVEsU0FBUyxZQUFZLENBQUMsV0FBVztBQUFBLE1BQy9DO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUs7QUFDbEI7QUFFQSxJQUFNLFNBQU4sTUFBdUM7QUFBQSxFQUNyQyxZQUNXQSxTQUNBRSxjQUNBLFdBQ0EsVUFDUSxRQUNBLFVBQ0EsTUFDQSxVQUNqQjtBQVJTLGtCQUFBRjtBQUNBLHVCQUFBRTtBQUNBO0FBQ0E7QUFDUTtBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBQ2hCO0FBQUEsRUFSUTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ1E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUduQixPQUFPLE1BQWdDLFNBQWlDO0FBQ3RFLFVBQU0sT0FBTyxLQUFLO0FBQ2xCLFFBQUksU0FBUyxRQUFXO0FBQ3RCLFlBQU0sSUFBSTtBQUFBLFFBQ1IsV0FBVyxLQUFLLE1BQU0sQ0FBQztBQUFBLE1BQ3pCO0FBQUEsSUFDRjtBQUNBLFVBQU0sUUFBUSxLQUFLLE1BQU0sTUFBTSxTQUFTLFVBQVUsS0FBSyxRQUFRLE1BQVM7QUFDeEUsV0FBTyxLQUFLLE9BQU8sS0FBSztBQUFBLEVBQzFCO0FBQUEsRUFFQSxlQUNFLE1BQ0EsY0FDQSxTQUNlO0FBQ2YsVUFBTSxXQUFXLEtBQUs7QUFDdEIsUUFBSSxhQUFhLFFBQVc7QUFDMUIsWUFBTSxJQUFJO0FBQUEsUUFDUixXQUFXLEtBQUssTUFBTSxDQUFDO0FBQUEsTUFDekI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxTQUFTLFNBQVMsVUFBVSxLQUFLO0FBQ3ZDLFVBQU0sU0FBNkIsQ0FBQztBQUNwQyxVQUFNLFdBQVcsa0JBQWtCLFVBQVUsY0FBYyxRQUFRLE1BQU07QUFDekUsVUFBTSxRQUFRLEtBQUssTUFBTSxNQUFNLFFBQVEsTUFBTTtBQUM3QyxVQUFNLE1BQXFCLENBQUM7QUFDNUIsZUFBVyxXQUFXLFVBQVU7QUFDOUIsVUFBSSxRQUFRLFNBQVMsV0FBVztBQUM5QixZQUFJLEtBQUssRUFBRSxNQUFNLFFBQVEsTUFBTSxTQUFTLFFBQVEsU0FBUyxPQUFPLEtBQUssRUFBRSxDQUFDO0FBQUEsTUFDMUUsT0FBTztBQUNMLG1CQUFXLEtBQUssU0FBUyxJQUFJLFFBQVEsSUFBSSxLQUFLLENBQUMsRUFBRyxLQUFJLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxTQUFTLEVBQUUsUUFBUSxDQUFDO0FBQUEsTUFDakc7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTVEsTUFDTixNQUNBLFFBQ0EsYUFDeUI7QUFDekIsUUFBSSxTQUFTLFdBQWMsT0FBTyxTQUFTLFlBQVksU0FBUyxRQUFRLE1BQU0sUUFBUSxJQUFJLElBQUk7QUFDNUYsWUFBTSxRQUFRLEVBQUUsTUFBTSxDQUFDLEdBQUcsTUFBTSxnQkFBZ0IsU0FBUyxvQ0FBb0MsU0FBUyxJQUFJLENBQUMsR0FBRztBQUM5RyxZQUFNLElBQUksaUJBQWlCLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxTQUFTLENBQUMsR0FBSSxlQUFlLENBQUMsR0FBSSxLQUFLLENBQUM7QUFBQSxJQUNuRztBQUNBLFVBQU0sUUFBUSxLQUFLLGFBQWEsU0FBYSxRQUFRLGVBQWdCLGFBQWEsS0FBSyxVQUFVLElBQUk7QUFDckcsUUFBSSxRQUFRO0FBQ1osUUFBSSxTQUFTO0FBQ2IsUUFBSSxRQUFRO0FBQ1YsWUFBTSxTQUFTLEtBQUssWUFBWSxTQUFTLEtBQUs7QUFDOUMsVUFBSSxPQUFPLEdBQUksU0FBUSxPQUFPO0FBQUEsVUFDekIsVUFBUyxXQUFXLFNBQVksT0FBTyxTQUFTLENBQUMsR0FBRyxPQUFPLFFBQVEsR0FBRyxNQUFNO0FBQUEsSUFDbkY7QUFDQSxRQUFJLFdBQVcsVUFBYSxPQUFPLFNBQVMsR0FBRztBQUM3QyxZQUFNLElBQUksaUJBQWlCLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxTQUFTLE1BQU07QUFBQSxJQUMxRTtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFUSxRQUFnQjtBQUN0QixXQUFPLEdBQUcsS0FBSyxPQUFPLElBQUksSUFBSSxLQUFLLE9BQU8sT0FBTztBQUFBLEVBQ25EO0FBQ0Y7QUFFQSxTQUFTLGdCQUNQLFFBQ0EsTUFDNkI7QUFDN0IsTUFBSSxXQUFXLE9BQVcsUUFBTztBQUNqQyxTQUFPLENBQUMsU0FBUztBQUNmLFVBQU0sVUFBVSxPQUFPLElBQUk7QUFDM0IsUUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxRQUFJLFFBQVEsU0FBUyxVQUFVLE9BQU8sUUFBUSxhQUFhLFVBQVU7QUFDbkUsWUFBTSxJQUFJO0FBQUEsUUFDUixZQUFZLElBQUksVUFBVSxPQUFPLFFBQVEsSUFBSSxDQUFDLDJFQUN0QixJQUFJO0FBQUEsUUFDNUIsRUFBRSxHQUFHLE1BQU0sT0FBTyxXQUFXO0FBQUEsTUFDL0I7QUFBQSxJQUNGO0FBQ0EsV0FBTyxRQUFRO0FBQUEsRUFDakI7QUFDRjtBQUVBLFNBQVMsZ0JBQ1AsVUFDQSxNQUNBLFNBQ21CO0FBQ25CLE1BQUksQ0FBQyxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzVCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLEVBQUUsR0FBRyxNQUFNLE9BQU8sV0FBVztBQUFBLElBQy9CO0FBQUEsRUFDRjtBQUNBLFNBQU8sU0FBUyxJQUFJLENBQUMsT0FBZ0IsTUFBdUI7QUFDMUQsVUFBTSxRQUFRLFlBQVksQ0FBQztBQUMzQixRQUFJLE9BQU8sVUFBVSxZQUFZLFVBQVUsTUFBTTtBQUMvQyxZQUFNLElBQUk7QUFDVixVQUFJLE9BQU8sRUFBRSxnQkFBZ0IsWUFBWSxFQUFFLFlBQVksVUFBYSxFQUFFLFNBQVMsUUFBVztBQUN4RixlQUFPLEVBQUUsTUFBTSxlQUFlLE1BQU0sRUFBRSxZQUFZO0FBQUEsTUFDcEQ7QUFDQSxVQUFJLE9BQU8sRUFBRSxTQUFTLFlBQVksRUFBRSxTQUFTLE1BQU0sT0FBTyxFQUFFLFlBQVksVUFBVTtBQUNoRixlQUFPLEVBQUUsTUFBTSxXQUFXLE1BQU0sRUFBRSxNQUFNLFVBQVUsUUFBUSxFQUFFLFNBQVMsR0FBRyxLQUFLLFVBQVUsRUFBRTtBQUFBLE1BQzNGO0FBQUEsSUFDRjtBQUNBLFVBQU0sSUFBSTtBQUFBLE1BQ1IsdUZBQXVGLFNBQVMsS0FBSyxDQUFDO0FBQUEsTUFFdEcsRUFBRSxHQUFHLE1BQU0sTUFBTTtBQUFBLElBQ25CO0FBQUEsRUFDRixDQUFDO0FBQ0g7QUFFQSxTQUFTLFlBQVksVUFBMEQ7QUFDN0UsUUFBTSxZQUFnQyxDQUFDO0FBQ3ZDLGFBQVcsS0FBSyxTQUFVLEtBQUksRUFBRSxTQUFTLFVBQVcsV0FBVSxLQUFLLEVBQUUsUUFBUTtBQUM3RSxTQUFPO0FBQ1Q7QUFVQSxTQUFTLGNBQWMsV0FBdUQ7QUFDNUUsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsUUFBTSxNQUFNLG9CQUFJLElBQVk7QUFDNUIsUUFBTSxTQUFTLG9CQUFJLElBQVk7QUFDL0IsUUFBTSxXQUFXLG9CQUFJLElBQVk7QUFDakMsYUFBVyxLQUFLLFdBQVc7QUFDekIsZUFBVyxRQUFRLEVBQUUsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQ3pELGVBQVcsUUFBUSxFQUFFLFNBQVMsSUFBSyxLQUFJLElBQUksSUFBSTtBQUMvQyxlQUFXLFFBQVEsRUFBRSxTQUFTLE9BQVEsUUFBTyxJQUFJLElBQUk7QUFDckQsZUFBVyxRQUFRLEVBQUUsU0FBUyxTQUFVLFVBQVMsSUFBSSxJQUFJO0FBQUEsRUFDM0Q7QUFHQSxRQUFNQyxZQUFXLENBQUMsR0FBRyxvQkFBSSxJQUFJLENBQUMsR0FBRyxLQUFLLEdBQUcsTUFBTSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsU0FBUyxDQUFDLFNBQVMsSUFBSSxJQUFJLENBQUM7QUFDdkYsU0FBTyxFQUFFLFVBQVUsQ0FBQyxHQUFHLFFBQVEsR0FBRyxVQUFBQSxXQUFVLEtBQUssQ0FBQyxHQUFHLEdBQUcsR0FBRyxVQUFVLENBQUMsR0FBRyxRQUFRLEVBQUU7QUFDckY7QUFHQSxTQUFTLGNBQWNILFNBQXNCLE1BQXFCLE1BQXlDO0FBQ3pHLFFBQU0sV0FBV0EsUUFBTyxPQUFPO0FBQy9CLE1BQUksYUFBYSxVQUFhLGFBQWEsS0FBTSxRQUFPLG9CQUFvQixLQUFLLFVBQVUsS0FBSyxRQUFRO0FBQ3hHLFFBQU0sU0FBUyxtQkFBbUIsVUFBVSxFQUFFLEdBQUcsTUFBTSxPQUFPLGVBQWUsQ0FBQztBQUU5RSxNQUFJLENBQUMsZ0JBQWdCLE1BQU0sRUFBRyxRQUFPO0FBQ3JDLFFBQU0sUUFBUSxJQUFJLElBQUksT0FBTyxVQUFVO0FBQ3ZDLFFBQU0sYUFBYSxLQUFLLElBQUksT0FBTyxDQUFDLFNBQVMsQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQzdELE1BQUksV0FBVyxTQUFTLEdBQUc7QUFDekIsVUFBTSxPQUFPLFdBQVcsSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFDdEQsVUFBTSxDQUFDLElBQUksSUFBSSxJQUFJLFdBQVcsV0FBVyxJQUFJLENBQUMsWUFBWSxJQUFJLElBQUksQ0FBQyxhQUFhLE1BQU07QUFDdEYsVUFBTSxJQUFJO0FBQUEsTUFDUixxQkFBcUIsRUFBRSxJQUFJLElBQUksZ0RBQWdELElBQUksaUNBQ3BFLElBQUk7QUFBQSxNQUNuQixFQUFFLEdBQUcsTUFBTSxPQUFPLGVBQWU7QUFBQSxJQUNuQztBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFNQSxTQUFTLGFBQ1AsVUFDQSxNQUN5QjtBQUN6QixRQUFNLFFBQWlDLEVBQUUsR0FBRyxVQUFVLEdBQUcsS0FBSztBQUM5RCxNQUFJLFNBQVMsUUFBVztBQUN0QixlQUFXLE9BQU8sVUFBVTtBQUMxQixVQUFJLE1BQU0sR0FBRyxNQUFNLFVBQWEsT0FBTyxPQUFPLFVBQVUsR0FBRyxFQUFHLE9BQU0sR0FBRyxJQUFJLFNBQVMsR0FBRztBQUFBLElBQ3pGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZ0JBQWdCLFFBQThCO0FBQ3JELFFBQU0sYUFBYSxPQUFPLFdBQVc7QUFDckMsU0FBTyxPQUFPLGVBQWUsWUFBWSxlQUFlO0FBQzFEO0FBRUEsU0FBUyxXQUFXQSxTQUFzQixNQUEyRTtBQUNuSCxRQUFNLFdBQW9CQSxRQUFPLE9BQU87QUFDeEMsTUFBSSxhQUFhLFVBQWEsYUFBYSxLQUFNLFFBQU87QUFDeEQsTUFBSSxPQUFPLGFBQWEsWUFBWSxNQUFNLFFBQVEsUUFBUSxHQUFHO0FBQzNELFVBQU0sSUFBSSxrQkFBa0IsMkRBQTJELFNBQVMsUUFBUSxDQUFDLElBQUk7QUFBQSxNQUMzRyxHQUFHO0FBQUEsTUFDSCxPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sT0FBTyxLQUFLLFFBQVEsRUFBRSxXQUFXLElBQUksU0FBYTtBQUMzRDtBQUdBLFNBQVMsa0JBQ1AsVUFDQSxjQUNBLFFBQ0EsUUFDcUM7QUFDckMsUUFBTSxTQUFTLG9CQUFJLElBQW9DO0FBQ3ZELGFBQVcsV0FBVyxVQUFVO0FBQzlCLFFBQUksUUFBUSxTQUFTLGlCQUFpQixPQUFPLElBQUksUUFBUSxJQUFJLEVBQUc7QUFDaEUsVUFBTSxPQUFPLFFBQVE7QUFDckIsVUFBTSxRQUNKLGlCQUFpQixVQUFhLGlCQUFpQixRQUFRLE9BQU8sT0FBTyxjQUFjLElBQUksSUFDbkYsYUFBYSxJQUFJLElBQ2pCO0FBQ04sUUFBSSxVQUFVLFFBQVc7QUFDdkIsVUFBSSxRQUFRO0FBQ1YsZUFBTyxLQUFLO0FBQUEsVUFDVixNQUFNLENBQUMsSUFBSTtBQUFBLFVBQ1gsTUFBTTtBQUFBLFVBQ04sU0FBUyxnQkFBZ0IsSUFBSTtBQUFBLFFBQy9CLENBQUM7QUFBQSxNQUNIO0FBQ0E7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDekIsYUFBTyxLQUFLO0FBQUEsUUFDVixNQUFNLENBQUMsSUFBSTtBQUFBLFFBQ1gsTUFBTTtBQUFBLFFBQ04sU0FBUyxnQkFBZ0IsSUFBSSx5REFBeUQsU0FBUyxLQUFLLENBQUM7QUFBQSxNQUN2RyxDQUFDO0FBQ0Q7QUFBQSxJQUNGO0FBQ0EsUUFBSUksU0FBUTtBQUNaLFVBQU0sUUFBUSxDQUFDLEdBQVksTUFBTTtBQUMvQixVQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sTUFBTTtBQUN2QyxRQUFBQSxTQUFRO0FBQ1IsZUFBTyxLQUFLO0FBQUEsVUFDVixNQUFNLENBQUMsTUFBTSxDQUFDO0FBQUEsVUFDZCxNQUFNO0FBQUEsVUFDTixTQUFTLGtDQUFrQyxTQUFTLENBQUMsQ0FBQztBQUFBLFFBQ3hELENBQUM7QUFDRDtBQUFBLE1BQ0Y7QUFDQSxZQUFNLEVBQUUsTUFBTSxRQUFRLElBQUk7QUFDMUIsVUFBSSxPQUFPLFNBQVMsWUFBWSxTQUFTLElBQUk7QUFDM0MsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsTUFBTSxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsNkJBQTZCLENBQUM7QUFBQSxNQUN0RztBQUNBLFVBQUksT0FBTyxZQUFZLFVBQVU7QUFDL0IsUUFBQUEsU0FBUTtBQUNSLGVBQU8sS0FBSyxFQUFFLE1BQU0sQ0FBQyxNQUFNLEdBQUcsU0FBUyxHQUFHLE1BQU0sZ0JBQWdCLFNBQVMsbUJBQW1CLENBQUM7QUFBQSxNQUMvRjtBQUFBLElBQ0YsQ0FBQztBQUNELFFBQUlBLE9BQU8sUUFBTyxJQUFJLE1BQU0sS0FBK0I7QUFBQSxFQUM3RDtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsU0FBUyxPQUF3QjtBQUN4QyxNQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLE1BQUksTUFBTSxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ2pDLFNBQU8sT0FBTyxVQUFVLFdBQVcsY0FBYyxLQUFLLE9BQU8sS0FBSztBQUNwRTs7O0FDdmJBLE9BQU8sV0FBVztBQUNsQixZQUFZQyxRQUFPOzs7QUNDWixJQUFNLGtCQUFrQjtBQUUvQixJQUFNLGVBQWU7QUFHZCxTQUFTLFlBQVksTUFBK0I7QUFDekQsU0FBTyxPQUFPLFNBQVMsWUFBWSxLQUFLLFVBQVUsbUJBQW1CLGFBQWEsS0FBSyxJQUFJO0FBQzdGO0FBR08sU0FBUyxtQkFBbUIsTUFBbUM7QUFDcEUsTUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLHVDQUF1QyxPQUFPLElBQUk7QUFDdkYsTUFBSSxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQzlCLE1BQUksS0FBSyxTQUFTO0FBQ2hCLFdBQU8saUNBQWlDLGVBQWUsb0JBQW9CLEtBQUssTUFBTTtBQUN4RixNQUFJLGFBQWEsS0FBSyxJQUFJLEVBQUcsUUFBTztBQUNwQyxRQUFNLFFBQVEsS0FBSyxVQUFVLEtBQUssU0FBUyxLQUFLLEdBQUcsS0FBSyxNQUFNLEdBQUcsRUFBRSxDQUFDLFdBQU0sSUFBSTtBQUM5RSxTQUNFLHVCQUF1QixLQUFLO0FBR2hDOzs7QURYTyxJQUFNLGdCQUFnQjtBQUFBLEVBQzNCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBR08sSUFBTSxnQkFBZ0I7QUFHdEIsSUFBTSxlQUFlO0FBR3JCLElBQU0sc0JBQXNCO0FBR25DLElBQU0saUJBQWlCO0FBT3ZCLElBQU0sZ0JBQWdCLENBQUMsVUFBMkIsTUFBTSxLQUFLLE1BQU07QUFFbkUsSUFBTSxhQUNILFVBQU87QUFBQSxFQUNOLE9BQU8sQ0FBQyxRQUNOLElBQUksVUFBVSxTQUNWLHNFQUNBLG1CQUFtQixJQUFJLEtBQUs7QUFDcEMsQ0FBQyxFQUNBLE1BQVEsVUFBTyxhQUFhLEVBQUUsT0FBTyxDQUFDLFFBQVEsbUJBQW1CLElBQUksS0FBSyxFQUFFLENBQUMsQ0FBQztBQUVqRixJQUFNLGdCQUNILFVBQU87QUFBQSxFQUNOLE9BQU8sQ0FBQyxRQUNOLElBQUksVUFBVSxTQUNWLG9GQUNBLE9BQU8sSUFBSSxVQUFVLFdBQ25CLHFFQUFxRSxPQUFPLElBQUksS0FBSyxDQUFDLDBFQUNiLGFBQWEsSUFBSSxLQUFLLENBQUMsa0JBQ2hHLDBEQUEwRCxjQUFjLElBQUksS0FBSyxDQUFDO0FBQzVGLENBQUMsRUFDQTtBQUFBLEVBQ0csVUFBTyxlQUFlO0FBQUEsSUFDdEIsT0FBTyxDQUFDLFFBQVE7QUFDZCxZQUFNLFVBQVUsT0FBTyxJQUFJLFVBQVUsV0FBVyxNQUFNLElBQUksS0FBSyxJQUFJO0FBQ25FLGFBQ0Usd0ZBQXdGLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQyxNQUNoSCxZQUFZLE9BQU8sS0FBSyxZQUFZLE9BQU87QUFBQSxJQUVoRDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUYsU0FBUyxhQUFhLE9BQXVCO0FBQzNDLFFBQU0sT0FBTyxPQUFPLEtBQUs7QUFDekIsU0FBTyxLQUFLLFNBQVMsR0FBRyxJQUFJLEdBQUcsSUFBSSxPQUFPLEdBQUcsSUFBSTtBQUNuRDtBQUVBLElBQU0sZUFBaUI7QUFBQSxFQUNuQixVQUFPLEVBQUUsT0FBTyxDQUFDLFFBQVEsaUNBQWlDLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUU7QUFBQSxJQUN0RixVQUFPLENBQUMsVUFBVSxjQUFjLEtBQUssS0FBSyxHQUFHO0FBQUEsTUFDN0MsT0FBTyxDQUFDLFFBQ04saUJBQWlCLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQztBQUFBLElBQzlDLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQTtBQUFBLElBQ0UsT0FBTyxDQUFDLFFBQVEsd0VBQXdFLGNBQWMsSUFBSSxLQUFLLENBQUM7QUFBQSxFQUNsSDtBQUNGO0FBRUEsSUFBTSxhQUFlLFFBQUssQ0FBQyxRQUFRLE1BQU0sR0FBRztBQUFBLEVBQzFDLE9BQU8sQ0FBQyxRQUNOLHVCQUF1QixLQUFLLFVBQVUsSUFBSSxLQUFLLENBQUMsOERBQy9DLE9BQU8sSUFBSSxVQUFVLFdBQVcsS0FBSyxJQUFJLE9BQU8sQ0FBQyxRQUFRLE1BQU0sQ0FBQyxJQUFJO0FBQ3pFLENBQUM7QUFFRCxJQUFNLGlCQUFtQixVQUFPO0FBQUEsRUFDOUIsT0FBTyxDQUFDLFFBQ04sMERBQTBELGNBQWMsSUFBSSxLQUFLLENBQUMsTUFDakYsTUFBTSxRQUFRLElBQUksS0FBSyxJQUFJLDJEQUEyRDtBQUMzRixDQUFDO0FBRUQsSUFBTSxnQkFBa0IsV0FBUSxFQUFFO0FBQUEsRUFDOUIsZUFBWSxDQUFDLE9BQU8sUUFBUTtBQUM1QixVQUFNLFVBQVUsc0JBQXNCLEtBQUs7QUFDM0MsUUFBSSxZQUFZO0FBQ2QsVUFBSSxTQUFTLEVBQUUsTUFBTSxVQUFVLFNBQVMsUUFBUSxTQUFTLE1BQU0sUUFBUSxNQUFNLE9BQU8sTUFBTSxDQUFDO0FBQUEsRUFDL0YsQ0FBQztBQUNIO0FBRUEsSUFBTSxpQkFBbUIsU0FBTSxlQUFlO0FBQUEsRUFDNUMsT0FBTyxDQUFDLFFBQ04sa0ZBQWtGLGNBQWMsSUFBSSxLQUFLLENBQUM7QUFDOUcsQ0FBQztBQUVELElBQU0sV0FBVyxDQUFDLFNBQ2QsV0FBUSxFQUFFO0FBQUEsRUFDUixlQUFZLENBQUMsT0FBTyxRQUFRO0FBQzVCLFVBQU0sVUFBVSxZQUFZLE9BQU8sQ0FBQyxHQUFHLENBQUM7QUFDeEMsUUFBSSxZQUFZLFFBQVc7QUFDekIsVUFBSSxTQUFTO0FBQUEsUUFDWCxNQUFNO0FBQUEsUUFDTixTQUFTLEdBQUcsSUFBSSwyRUFBMkUsUUFBUSxPQUFPO0FBQUEsUUFDMUcsTUFBTSxRQUFRO0FBQUEsUUFDZCxPQUFPO0FBQUEsTUFDVCxDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0YsQ0FBQztBQUNIO0FBRUYsSUFBTSxpQkFBbUIsVUFBUyxVQUFPLEdBQUssV0FBUSxHQUFHO0FBQUEsRUFDdkQsT0FBTyxDQUFDLFFBQVEsMERBQTBELGNBQWMsSUFBSSxLQUFLLENBQUM7QUFDcEcsQ0FBQztBQUVELElBQU0sY0FBZ0I7QUFBQSxFQUNwQixFQUFFLFFBQVUsWUFBVyxXQUFRLENBQUMsR0FBRyxTQUFXLFlBQVMsY0FBYyxFQUFFO0FBQUEsRUFDdkUsRUFBRSxPQUFPLENBQUMsUUFBUSxZQUFZLEtBQUssV0FBVyxDQUFDLFVBQVUsU0FBUyxDQUFDLEVBQUU7QUFDdkU7QUFFQSxJQUFNLGVBQWlCO0FBQUEsRUFDckIsRUFBRSxRQUFVLFlBQVcsV0FBUSxDQUFDLEVBQUU7QUFBQSxFQUNsQyxFQUFFLE9BQU8sQ0FBQyxRQUFRLFlBQVksS0FBSyxZQUFZLENBQUMsUUFBUSxDQUFDLEVBQUU7QUFDN0Q7QUFFQSxJQUFNLGlCQUFpQixDQUFDLFVBQ3BCLFlBQVcsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLElBQUksS0FBSywyQkFBMkIsY0FBYyxJQUFJLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUV6RyxJQUFNLGlCQUFtQjtBQUFBLEVBQ3ZCO0FBQUEsSUFDRSxhQUFhLGVBQWUsc0JBQXNCO0FBQUEsSUFDbEQsT0FBTyxlQUFlLGdCQUFnQjtBQUFBLElBQ3RDLE1BQVE7QUFBQSxNQUNKLFNBQVEsVUFBTyxFQUFFLE9BQU8sQ0FBQyxRQUFRLCtCQUErQixjQUFjLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHO0FBQUEsUUFDL0YsT0FBTyxDQUFDLFFBQVEsa0RBQWtELGNBQWMsSUFBSSxLQUFLLENBQUM7QUFBQSxNQUM1RixDQUFDO0FBQUEsSUFDSDtBQUFBLEVBQ0Y7QUFBQSxFQUNBLEVBQUUsT0FBTyxDQUFDLFFBQVEsd0VBQW1FLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRztBQUNsSDtBQUVBLElBQU0sYUFBZSxVQUFPLEVBQUUsT0FBTyxDQUFDLFFBQVEsZ0NBQWdDLGNBQWMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUU7QUFBQSxFQUN4RyxVQUFPLENBQUMsU0FBUyxhQUFhLEtBQUssSUFBSSxHQUFHO0FBQUEsSUFDMUMsT0FBTyxDQUFDLFFBQ04scUVBQXFFLEtBQUssVUFBVSxJQUFJLEtBQUssQ0FBQztBQUFBLEVBRWxHLENBQUM7QUFDSDtBQUVBLElBQU0sZUFBaUI7QUFBQSxFQUNyQjtBQUFBLElBQ0UsTUFBTTtBQUFBLElBQ04sU0FBUztBQUFBLElBQ1QsUUFBVSxZQUFTLFlBQVk7QUFBQSxJQUMvQixNQUFRLFlBQVMsVUFBVTtBQUFBLElBQzNCLFVBQVksWUFBUyxjQUFjO0FBQUEsSUFDbkMsVUFBWSxZQUFTLGNBQWM7QUFBQSxJQUNuQyxPQUFTLFlBQVMsV0FBVztBQUFBLElBQzdCLFFBQVUsWUFBUyxZQUFZO0FBQUEsSUFDL0IsT0FBUyxZQUFTLFNBQVMsU0FBUyxDQUFDO0FBQUEsSUFDckMsVUFBWSxZQUFTLGNBQWM7QUFBQSxJQUNuQyxNQUFRLFlBQVMsVUFBVTtBQUFBLEVBQzdCO0FBQUEsRUFDQSxFQUFFLE9BQU8sQ0FBQyxRQUFRLFlBQVksS0FBSyxtQkFBbUIsYUFBYSxFQUFFO0FBQ3ZFO0FBRUEsU0FBUyxZQUFZLEtBQVksTUFBYyxTQUFvQztBQUNqRixNQUFJLElBQUksU0FBUyxxQkFBcUI7QUFDcEMsVUFBTSxNQUFPLElBQTJCLEtBQUssQ0FBQyxLQUFLO0FBQ25ELFdBQU8sa0JBQWtCLEdBQUcsUUFBUSxJQUFJLEdBQUcsS0FBSyxLQUFLLE9BQU8sQ0FBQyxvQkFBb0IsUUFBUSxLQUFLLElBQUksQ0FBQztBQUFBLEVBQ3JHO0FBQ0EsU0FBTyxHQUFHLElBQUksMkJBQTJCLGNBQWMsSUFBSSxLQUFLLENBQUM7QUFDbkU7QUFFQSxTQUFTLEtBQUssT0FBZSxZQUF1QztBQUNsRSxRQUFNLFFBQVEsYUFBYSxPQUFPLFVBQVU7QUFDNUMsU0FBTyxVQUFVLFNBQVksTUFBTSxtQkFBbUIsS0FBSztBQUM3RDtBQW9DTyxTQUFTLFlBQVksT0FBZ0IsVUFBeUM7QUFDbkYsUUFBTSxRQUFRLE9BQU8sYUFBYSxXQUFXLEVBQUUsTUFBTSxTQUFTLElBQUksRUFBRSxHQUFHLFNBQVM7QUFDaEYsUUFBTSxhQUFhLGNBQWMsS0FBSyxLQUFLLFlBQVksTUFBTSxJQUFJLElBQUksTUFBTSxPQUFPO0FBQ2xGLFFBQU0sT0FBTyxDQUFDLFFBQWdCLFNBQXlDO0FBQ3JFLFVBQU0sUUFBUSxnQkFBZ0IsSUFBSTtBQUNsQyxVQUFNLElBQUksa0JBQWtCLFFBQVEsRUFBRSxHQUFHLE9BQU8sT0FBTyxVQUFVLEtBQUssU0FBWSxPQUFPLFdBQVcsQ0FBQztBQUFBLEVBQ3ZHO0FBRUEsTUFBSSxDQUFDLGNBQWMsS0FBSyxHQUFHO0FBQ3pCLFdBQU8sS0FBSywyRUFBc0UsY0FBYyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7QUFBQSxFQUM5RztBQUNBLFFBQU0sU0FBUyxhQUFhLFVBQVUsYUFBYSxLQUFLLENBQUM7QUFDekQsTUFBSSxDQUFDLE9BQU8sU0FBUztBQUNuQixVQUFNLFFBQVEsT0FBTyxNQUFNLE9BQU8sQ0FBQztBQUNuQyxVQUFNLE9BQU8sTUFBTSxLQUFLLElBQUksQ0FBQyxZQUFhLE9BQU8sWUFBWSxXQUFXLE9BQU8sT0FBTyxJQUFJLE9BQVE7QUFDbEcsUUFBSSxNQUFNLFNBQVMsb0JBQXFCLE1BQUssS0FBSyxNQUFNLEtBQUssQ0FBQyxLQUFLLEVBQUU7QUFDckUsV0FBTyxLQUFLLE1BQU0sU0FBUyxJQUFJO0FBQUEsRUFDakM7QUFDQSxRQUFNLE9BQU8sT0FBTztBQUNwQixRQUFNLE9BQU8sWUFBWSxNQUFNLElBQUk7QUFFbkMsUUFBTSxTQUFTLEtBQUs7QUFDcEIsTUFBSSxXQUFXLFFBQVc7QUFDeEIsVUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsZUFBVyxDQUFDLE9BQU8sS0FBSyxLQUFLLE9BQU8sUUFBUSxHQUFHO0FBQzdDLFVBQUksS0FBSyxJQUFJLEtBQUssRUFBRyxNQUFLLFVBQVUsS0FBSywyQ0FBMkMsQ0FBQyxVQUFVLEtBQUssQ0FBQztBQUNyRyxXQUFLLElBQUksS0FBSztBQUFBLElBQ2hCO0FBQUEsRUFDRjtBQUNBLE1BQUksS0FBSyxhQUFhLFFBQVc7QUFDL0IsVUFBTSxVQUFVLFlBQVksS0FBSyxVQUFVLENBQUMsR0FBRyxDQUFDO0FBQ2hELFFBQUksWUFBWSxRQUFXO0FBQ3pCLFdBQUsscUZBQXFGLFFBQVEsT0FBTyxJQUFJO0FBQUEsUUFDM0c7QUFBQSxRQUNBLEdBQUcsUUFBUTtBQUFBLE1BQ2IsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGO0FBQ0EsYUFBVyxLQUFLLE9BQU8sT0FBTyxZQUFZLElBQUk7QUFDOUMsY0FBWSxLQUFLLFFBQVEsT0FBTyxVQUFVO0FBRTFDLFFBQU1DLFVBQXVCLEVBQUUsTUFBTSxLQUFLLE1BQU0sU0FBUyxLQUFLLFFBQVE7QUFDdEUsTUFBSSxXQUFXLE9BQVcsQ0FBQUEsUUFBTyxTQUFTLENBQUMsR0FBRyxNQUFNO0FBQ3BELEVBQUFBLFFBQU8sT0FBTztBQUNkLE1BQUksU0FBUyxPQUFRLENBQUFBLFFBQU8sV0FBVyxLQUFLO0FBQUEsTUFDdkMsQ0FBQUEsUUFBTyxXQUFZLEtBQUssU0FBbUMsSUFBSSxDQUFDLGFBQWEsRUFBRSxHQUFHLFFBQVEsRUFBRTtBQUNqRyxNQUFJLEtBQUssVUFBVSxPQUFXLENBQUFBLFFBQU8sUUFBUSxFQUFFLEdBQUcsS0FBSyxNQUFNO0FBQzdELE1BQUksS0FBSyxXQUFXLE9BQVcsQ0FBQUEsUUFBTyxTQUFTLEVBQUUsR0FBRyxLQUFLLE9BQU87QUFDaEUsTUFBSSxLQUFLLFVBQVUsT0FBVyxDQUFBQSxRQUFPLFFBQVEsS0FBSztBQUNsRCxNQUFJLEtBQUssYUFBYSxPQUFXLENBQUFBLFFBQU8sV0FBVyxFQUFFLEdBQUcsS0FBSyxTQUFTO0FBQ3RFLE1BQUksS0FBSyxTQUFTLE9BQVcsQ0FBQUEsUUFBTyxPQUFPLEtBQUs7QUFDaEQsU0FBT0E7QUFDVDtBQUtBLFNBQVMsYUFBYSxPQUF5RDtBQUM3RSxNQUFJO0FBQ0osYUFBVyxDQUFDLEtBQUssSUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDL0MsUUFBSSxTQUFTLFFBQVEsUUFBUSxVQUFVLFFBQVEsVUFBVztBQUMxRCxZQUFRLEVBQUUsR0FBRyxNQUFNO0FBQ25CLFdBQU8sSUFBSSxHQUFHO0FBQUEsRUFDaEI7QUFDQSxTQUFPLE9BQU87QUFDaEI7QUFFQSxTQUFTLFlBQVksTUFBb0MsTUFBNkI7QUFDcEYsUUFBTSxjQUFjLEtBQUssYUFBYTtBQUN0QyxRQUFNLGNBQWMsS0FBSyxhQUFhO0FBQ3RDLE1BQUksT0FBTyxLQUFLO0FBQ2hCLE1BQUksU0FBUyxRQUFXO0FBQ3RCLFFBQUksZUFBZSxhQUFhO0FBQzlCO0FBQUEsUUFDRTtBQUFBLFFBQ0EsQ0FBQyxNQUFNO0FBQUEsTUFDVDtBQUFBLElBQ0Y7QUFDQSxRQUFJLENBQUMsZUFBZSxDQUFDLGFBQWE7QUFDaEMsV0FBSyw4RkFBOEYsQ0FBQyxVQUFVLENBQUM7QUFBQSxJQUNqSDtBQUNBLFdBQU8sY0FBYyxTQUFTO0FBQUEsRUFDaEM7QUFDQSxNQUFJLFNBQVMsUUFBUTtBQUNuQixRQUFJLENBQUMsYUFBYTtBQUNoQjtBQUFBLFFBQ0UsY0FDSSwwR0FDQTtBQUFBLFFBQ0osQ0FBQyxjQUFjLGFBQWEsVUFBVTtBQUFBLE1BQ3hDO0FBQUEsSUFDRjtBQUNBLFFBQUk7QUFDRixXQUFLLDJGQUEyRixDQUFDLFVBQVUsQ0FBQztBQUFBLEVBQ2hILE9BQU87QUFDTCxRQUFJLGFBQWE7QUFDZixXQUFLLHFHQUFxRztBQUFBLFFBQ3hHO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSDtBQUNBLFFBQUksQ0FBQyxhQUFhO0FBQ2hCLFdBQUssMEZBQTBGLENBQUMsVUFBVSxDQUFDO0FBQUEsSUFDN0c7QUFDQSxRQUFJLEtBQUssU0FBVSxXQUFXLEVBQUcsTUFBSyw0Q0FBNEMsQ0FBQyxVQUFVLENBQUM7QUFBQSxFQUNoRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsc0JBQXNCLE9BQXVFO0FBQ3BHLFFBQU0sUUFBUTtBQUNkLE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxRQUFPLEVBQUUsU0FBUyxHQUFHLEtBQUssU0FBUyxjQUFjLEtBQUssQ0FBQyxJQUFJLE1BQU0sQ0FBQyxFQUFFO0FBQy9GLE1BQUksaUJBQWlCLE9BQU87QUFDMUIsVUFBTSxRQUFRLE9BQU8sS0FBSyxLQUFLLEVBQUUsS0FBSyxDQUFDLFFBQVEsUUFBUSxhQUFhO0FBQ3BFLFFBQUksVUFBVSxRQUFXO0FBQ3ZCLGFBQU87QUFBQSxRQUNMLFNBQVMsd0VBQXdFLEtBQUs7QUFBQSxRQUN0RixNQUFNLENBQUMsS0FBSztBQUFBLE1BQ2Q7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLE1BQU0sZ0JBQWdCLFlBQVksQ0FBQyxvQkFBb0IsS0FBSyxNQUFNLFdBQVcsR0FBRztBQUN6RixhQUFPO0FBQUEsUUFDTCxTQUFTLHdGQUF3RixjQUFjLE1BQU0sV0FBVyxDQUFDO0FBQUEsUUFDakksTUFBTSxDQUFDLGFBQWE7QUFBQSxNQUN0QjtBQUFBLElBQ0Y7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLGFBQVcsT0FBTyxPQUFPLEtBQUssS0FBSyxHQUFHO0FBQ3BDLFFBQUksUUFBUSxVQUFVLFFBQVEsV0FBVztBQUN2QyxhQUFPO0FBQUEsUUFDTCxTQUFTLGtCQUFrQixHQUFHLGlCQUFpQixLQUFLLEtBQUssQ0FBQyxRQUFRLFdBQVcsYUFBYSxDQUFDLENBQUMsSUFBSSxLQUFLO0FBQUEsUUFDckcsTUFBTSxDQUFDLEdBQUc7QUFBQSxNQUNaO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sU0FBUztBQUNqQixXQUFPLEVBQUUsU0FBUyxnRUFBMkQsS0FBSyxJQUFJLE1BQU0sQ0FBQyxNQUFNLEVBQUU7QUFDdkcsTUFBSSxPQUFPLE1BQU0sU0FBUyxZQUFZLE1BQU0sS0FBSyxLQUFLLE1BQU0sSUFBSTtBQUM5RCxXQUFPO0FBQUEsTUFDTCxTQUFTLHlEQUF5RCxjQUFjLE1BQU0sSUFBSSxDQUFDO0FBQUEsTUFDM0YsTUFBTSxDQUFDLE1BQU07QUFBQSxJQUNmO0FBQUEsRUFDRjtBQUNBLE1BQUksTUFBTSxZQUFZO0FBQ3BCLFdBQU8sRUFBRSxTQUFTLHlEQUF5RCxLQUFLLElBQUksTUFBTSxDQUFDLFNBQVMsRUFBRTtBQUN4RyxNQUFJLE9BQU8sTUFBTSxZQUFZLFVBQVU7QUFDckMsV0FBTztBQUFBLE1BQ0wsU0FBUyx5REFBeUQsY0FBYyxNQUFNLE9BQU8sQ0FBQztBQUFBLE1BQzlGLE1BQU0sQ0FBQyxTQUFTO0FBQUEsSUFDbEI7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUNQLE9BQ0EsT0FDQSxZQUNBLE1BQ007QUFDTixNQUFJLFVBQVUsT0FBVztBQUN6QixNQUFJLE1BQU0sWUFBWSxRQUFXO0FBQy9CLFVBQU0sVUFBVSxZQUFZLE1BQU0sU0FBUyxDQUFDLEdBQUcsQ0FBQztBQUNoRCxRQUFJLFlBQVksUUFBVztBQUN6QixXQUFLLHVDQUF1QyxRQUFRLE9BQU8sSUFBSSxDQUFDLFNBQVMsV0FBVyxHQUFHLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDdEc7QUFBQSxFQUNGO0FBQ0EsTUFBSSxNQUFNLFdBQVcsVUFBYSxNQUFNLFdBQVcsS0FBTTtBQUN6RCxRQUFNLFNBQVMsbUJBQW1CLE1BQU0sUUFBUSxFQUFFLEdBQUcsT0FBTyxZQUFZLE9BQU8sZUFBZSxDQUFDO0FBQy9GLE1BQUksTUFBTSxZQUFZLE9BQVc7QUFDakMsUUFBTSxTQUFTLE9BQU8sU0FBUyxNQUFNLE9BQU87QUFDNUMsTUFBSSxPQUFPLEdBQUk7QUFDZixRQUFNLFFBQVEsT0FBTyxPQUFPLEtBQUssQ0FBQyxNQUFNLEVBQUUsU0FBUyxTQUFTO0FBQzVELE1BQUksVUFBVSxPQUFXO0FBQ3pCLE9BQUssb0RBQW9ELE1BQU0sT0FBTyxJQUFJLENBQUMsU0FBUyxXQUFXLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDL0c7QUFFQSxTQUFTLFlBQ1AsUUFDQSxPQUNBLFlBQ007QUFDTixRQUFNLFNBQVMsUUFBUTtBQUN2QixNQUFJLFdBQVcsVUFBYSxXQUFXLFFBQVEsaUJBQWlCLE1BQU0sRUFBRztBQUN6RSx5QkFBdUIsUUFBUSxFQUFFLEdBQUcsT0FBTyxZQUFZLE9BQU8sZ0JBQWdCLENBQUM7QUFDakY7QUFHQSxTQUFTLFlBQ1AsT0FDQSxNQUNBQyxRQUN1RDtBQUN2RCxNQUFJQSxTQUFRLGVBQWdCLFFBQU8sRUFBRSxTQUFTLG9CQUFvQixjQUFjLGdCQUFnQixLQUFLO0FBQ3JHLE1BQUksVUFBVSxRQUFRLE9BQU8sVUFBVSxZQUFZLE9BQU8sVUFBVSxVQUFXLFFBQU87QUFDdEYsTUFBSSxPQUFPLFVBQVU7QUFDbkIsV0FBTyxPQUFPLFNBQVMsS0FBSyxJQUFJLFNBQVksRUFBRSxTQUFTLEdBQUcsT0FBTyxLQUFLLENBQUMseUJBQXlCLEtBQUs7QUFDdkcsTUFBSSxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3hCLGFBQVMsUUFBUSxHQUFHLFFBQVEsTUFBTSxRQUFRLFNBQVM7QUFDakQsWUFBTSxVQUFVLFlBQVksTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLE1BQU0sS0FBSyxHQUFHQSxTQUFRLENBQUM7QUFDckUsVUFBSSxZQUFZLE9BQVcsUUFBTztBQUFBLElBQ3BDO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLE9BQU8sVUFBVSxVQUFVO0FBQzdCLFVBQU0sUUFBUSxPQUFPLGVBQWUsS0FBSztBQUN6QyxRQUFJLFVBQVUsT0FBTyxhQUFhLFVBQVUsTUFBTTtBQUNoRCxhQUFPO0FBQUEsUUFDTCxTQUFTLFdBQVksTUFBaUIsYUFBYSxRQUFRLFdBQVc7QUFBQSxRQUN0RTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsZUFBVyxDQUFDLEtBQUssSUFBSSxLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUc7QUFDL0MsVUFBSSxTQUFTLE9BQVc7QUFDeEIsWUFBTSxVQUFVLFlBQVksTUFBTSxDQUFDLEdBQUcsTUFBTSxHQUFHLEdBQUdBLFNBQVEsQ0FBQztBQUMzRCxVQUFJLFlBQVksT0FBVyxRQUFPO0FBQUEsSUFDcEM7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU8sRUFBRSxTQUFTLFNBQVMsY0FBYyxLQUFLLENBQUMsSUFBSSxLQUFLO0FBQzFEOzs7QUV2Y0EsT0FBTyxtQkFBbUI7QUFDMUIsT0FBTyxzQkFBc0I7QUFDN0IsT0FBTyxpQkFBaUI7QUFDeEIsT0FBTyx5QkFBeUI7QUFDaEMsT0FBTyxzQkFBc0I7QUFnQjdCLElBQU1DLGlCQUFnQjtBQU1mLFNBQVMsVUFBVSxNQUEwQjtBQUNsRCxNQUFJLE9BQU8sU0FBUyxTQUFVLE9BQU0sSUFBSSxZQUFZLHVDQUF1QyxPQUFPLElBQUksRUFBRTtBQUN4RyxRQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsUUFBTSxPQUFPLE9BQU8sS0FBSyxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUU7QUFDaEQsUUFBTSxXQUFXLE9BQU8sS0FBSyxTQUFZLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDMUQsUUFBTSxVQUFVLG1CQUFtQixJQUFJO0FBQ3ZDLE1BQUksWUFBWSxPQUFXLE9BQU0sSUFBSSxZQUFZLEdBQUcsT0FBTyxhQUFhLEtBQUssVUFBVSxJQUFJLENBQUMsR0FBRztBQUMvRixNQUFJLGFBQWEsT0FBVyxxQkFBb0IsVUFBVSxJQUFJO0FBQzlELFNBQU8sRUFBRSxNQUFNLFNBQVM7QUFDMUI7QUFHTyxTQUFTLG9CQUFvQixVQUFrQixVQUFrQixVQUFnQjtBQUN0RixNQUFJLFNBQVMsV0FBVyxLQUFLLFNBQVMsU0FBUyxPQUFPLGFBQWEsUUFBUSxNQUFNLFFBQVc7QUFDMUYsVUFBTSxJQUFJO0FBQUEsTUFDUixvQkFBb0IsS0FBSyxVQUFVLFFBQVEsQ0FBQyxPQUFPLEtBQUssVUFBVSxPQUFPLENBQUM7QUFBQSxJQUU1RTtBQUFBLEVBQ0Y7QUFDRjtBQUdPLFNBQVMsYUFBYSxVQUE0QztBQUN2RSxNQUFJLGFBQWEsU0FBVSxRQUFPO0FBQ2xDLE1BQUksWUFBWSxRQUFRLE1BQU0sU0FBVSxRQUFPO0FBQy9DLE1BQUksaUJBQWlCLFFBQVEsTUFBTSxLQUFNLFFBQU87QUFDaEQsTUFBSUEsZUFBYyxLQUFLLFFBQVEsRUFBRyxRQUFPO0FBQ3pDLFNBQU87QUFDVDtBQUdPLFNBQVMsZ0JBQWdCLFVBQTJCO0FBQ3pELFNBQU8sYUFBYSxRQUFRLE1BQU07QUFDcEM7QUFHTyxTQUFTLHVCQUFzRCxVQUE2QjtBQUNqRyxTQUFPLENBQUMsR0FBRyxRQUFRLEVBQUUsS0FBSyxDQUFDLEdBQUcsTUFBTSxjQUFjLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQztBQUN6RTtBQVlPLFNBQVMsZ0JBQXVDLFVBQXdCLFVBQWlDO0FBQzlHLFFBQU0sT0FBTyxhQUFhLFFBQVE7QUFDbEMsVUFBUSxNQUFNO0FBQUEsSUFDWixLQUFLO0FBQ0gsYUFBTyxTQUFTLEtBQUssQ0FBQyxNQUFNLEVBQUUsWUFBWSxRQUFRO0FBQUEsSUFDcEQsS0FBSyxVQUFVO0FBQ2IsVUFBSTtBQUNKLGlCQUFXLEtBQUssVUFBVTtBQUN4QixZQUFJLGlCQUFpQixFQUFFLE9BQU8sTUFBTSxLQUFNO0FBQzFDLFlBQUksU0FBUyxVQUFhLGNBQWMsRUFBRSxTQUFTLEtBQUssT0FBTyxJQUFJLEVBQUcsUUFBTztBQUFBLE1BQy9FO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBLEtBQUssU0FBUztBQUNaLFlBQU0sU0FBUztBQUFBLFFBQ2IsU0FBUyxJQUFJLENBQUMsTUFBTSxFQUFFLE9BQU87QUFBQSxRQUM3QjtBQUFBLE1BQ0Y7QUFDQSxhQUFPLFdBQVcsT0FBTyxTQUFZLFNBQVMsS0FBSyxDQUFDLE1BQU0sRUFBRSxZQUFZLE1BQU07QUFBQSxJQUNoRjtBQUFBLElBQ0EsS0FBSztBQUNILGFBQU8sU0FBUyxLQUFLLENBQUMsTUFBTSxFQUFFLE9BQU8sU0FBUyxRQUFRLENBQUM7QUFBQSxJQUN6RDtBQUNFLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFHTyxTQUFTLFNBQVMsVUFBMEQ7QUFDakYsUUFBTSxNQUE4QixDQUFDO0FBQ3JDLGFBQVcsS0FBSyxTQUFVLFlBQVcsU0FBUyxFQUFFLE9BQVEsS0FBSSxLQUFLLElBQUksRUFBRTtBQUN2RSxTQUFPO0FBQ1Q7OztBQzNFTyxJQUFNLGdCQUFOLE1BQW9CO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQUt6QixTQUFTO0FBQUEsRUFFQSxVQUFVLG9CQUFJLElBQW9DO0FBQUEsRUFDM0QsT0FBc0IsQ0FBQztBQUFBLEVBQ2Q7QUFBQSxFQUNBLFVBQVUsb0JBQUksUUFBcUI7QUFBQSxFQUU1QyxZQUFZLFVBQWdDLENBQUMsR0FBRztBQUM5QyxTQUFLLFdBQVcsUUFBUTtBQUFBLEVBQzFCO0FBQUE7QUFBQSxFQUdBLE1BQU0sTUFBZ0M7QUFDcEMsV0FBTyxLQUFLLFdBQVcsS0FBSyxLQUFLLFNBQVMsS0FBSyxLQUFLLFFBQVEsSUFBSSxJQUFJO0FBQUEsRUFDdEU7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBTUEsR0FBOEIsTUFBUyxVQUE4QztBQUNuRixVQUFNQyxNQUFLO0FBQ1gsU0FBSyxRQUFRLElBQUksTUFBTSxDQUFDLEdBQUksS0FBSyxRQUFRLElBQUksSUFBSSxLQUFLLENBQUMsR0FBSUEsR0FBRSxDQUFDO0FBQzlELFNBQUssU0FBUztBQUNkLFFBQUksYUFBYTtBQUNqQixXQUFPLE1BQU07QUFDWCxVQUFJLENBQUMsV0FBWTtBQUNqQixtQkFBYTtBQUNiLFlBQU0sT0FBTyxVQUFVLEtBQUssUUFBUSxJQUFJLElBQUksS0FBSyxDQUFDLEdBQUdBLEdBQUU7QUFDdkQsVUFBSSxLQUFLLFdBQVcsRUFBRyxNQUFLLFFBQVEsT0FBTyxJQUFJO0FBQUEsVUFDMUMsTUFBSyxRQUFRLElBQUksTUFBTSxJQUFJO0FBQ2hDLFdBQUssY0FBYztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxRQUFRLFVBQW9FO0FBQzFFLFNBQUssT0FBTyxDQUFDLEdBQUcsS0FBSyxNQUFNLFFBQVE7QUFDbkMsU0FBSyxTQUFTO0FBQ2QsUUFBSSxhQUFhO0FBQ2pCLFdBQU8sTUFBTTtBQUNYLFVBQUksQ0FBQyxXQUFZO0FBQ2pCLG1CQUFhO0FBQ2IsV0FBSyxPQUFPLFVBQVUsS0FBSyxNQUFNLFFBQVE7QUFDekMsV0FBSyxjQUFjO0FBQUEsSUFDckI7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLFFBQWM7QUFDWixTQUFLLFFBQVEsTUFBTTtBQUNuQixTQUFLLE9BQU8sQ0FBQztBQUNiLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU1BLEtBQWdDLE9BQXlCO0FBQ3ZELFFBQUksQ0FBQyxLQUFLLE9BQVE7QUFDbEIsVUFBTUMsU0FBUSxLQUFLLFFBQVEsSUFBSSxNQUFNLElBQUk7QUFDekMsUUFBSUEsV0FBVSxPQUFXLFlBQVcsWUFBWUEsT0FBTyxNQUFLLE1BQU0sVUFBVSxLQUFLO0FBQ2pGLGVBQVcsWUFBWSxLQUFLLEtBQU0sTUFBSyxNQUFNLFVBQVUsS0FBSztBQUFBLEVBQzlEO0FBQUEsRUFFQSxNQUFNLFVBQXVCLE9BQTBCO0FBQ3JELFFBQUk7QUFDRixZQUFNLFNBQVMsU0FBUyxLQUFLO0FBQzdCLFVBQUksV0FBVyxVQUFhLE9BQVEsT0FBeUIsU0FBUyxZQUFZO0FBQ2hGLFFBQUMsT0FBeUIsS0FBSyxRQUFXLENBQUMsVUFBbUIsS0FBSyxRQUFRLFVBQVUsT0FBTyxLQUFLLENBQUM7QUFBQSxNQUNwRztBQUFBLElBQ0YsU0FBUyxPQUFPO0FBQ2QsV0FBSyxRQUFRLFVBQVUsT0FBTyxLQUFLO0FBQUEsSUFDckM7QUFBQSxFQUNGO0FBQUEsRUFFQSxRQUFRLFVBQXVCLE9BQWdCLE9BQTBCO0FBQ3ZFLFFBQUksS0FBSyxhQUFhLFFBQVc7QUFDL0IsVUFBSTtBQUNGLGFBQUssU0FBUyxPQUFPLEtBQUs7QUFBQSxNQUM1QixRQUFRO0FBQUEsTUFFUjtBQUNBO0FBQUEsSUFDRjtBQUNBLFFBQUksS0FBSyxRQUFRLElBQUksUUFBUSxFQUFHO0FBQ2hDLFNBQUssUUFBUSxJQUFJLFFBQVE7QUFDekIsWUFBUTtBQUFBLE1BQ04saUJBQWlCLE1BQU0sSUFBSTtBQUFBLE1BQzNCO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLGdCQUFzQjtBQUNwQixTQUFLLFNBQVMsS0FBSyxLQUFLLFNBQVMsS0FBSyxLQUFLLFFBQVEsT0FBTztBQUFBLEVBQzVEO0FBQ0Y7QUFFQSxTQUFTLFVBQWEsTUFBb0IsTUFBYztBQUN0RCxRQUFNLFFBQVEsS0FBSyxRQUFRLElBQUk7QUFDL0IsU0FBTyxVQUFVLEtBQUssQ0FBQyxHQUFHLElBQUksSUFBSSxDQUFDLEdBQUcsS0FBSyxNQUFNLEdBQUcsS0FBSyxHQUFHLEdBQUcsS0FBSyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQ3RGOzs7QUNuSUEsU0FBUyxnQkFBZ0I7QUE4Q2xCLFNBQVMsU0FBUyxNQUFjLG1CQUFtQztBQUN4RSxTQUFPLEdBQUcsSUFBSSxJQUFJLGlCQUFpQjtBQUNyQztBQUVBLFNBQVMsVUFBVSxLQUFxQjtBQUN0QyxTQUFPLElBQUksTUFBTSxHQUFHLElBQUksUUFBUSxHQUFHLENBQUM7QUFDdEM7QUFHTyxJQUFNLGNBQU4sTUFBa0I7QUFBQTtBQUFBLEVBRWQ7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBO0FBQUEsRUFFQSxVQUFVLG9CQUFJLElBQXdGO0FBQUE7QUFBQSxFQUV0RyxZQUFZLG9CQUFJLElBQW1DO0FBQUE7QUFBQSxFQUVuRCxhQUFhLG9CQUFJLElBQTBCO0FBQUEsRUFFcEQsWUFBWSxTQUF5QyxLQUFtQjtBQUN0RSxTQUFLLE9BQU87QUFDWixTQUFLLFVBQVUsWUFBWTtBQUMzQixTQUFLLFFBQVEsWUFBWSxRQUFRLElBQUksUUFBUTtBQUM3QyxTQUFLLGFBQWEsWUFBWSxRQUFRLElBQUksUUFBUTtBQUNsRCxRQUFJLFlBQVksT0FBTztBQUNyQixXQUFLLFlBQVksSUFBSSxTQUFTLEVBQUUsS0FBSyxRQUFRLElBQUksQ0FBQztBQUNsRCxXQUFLLFlBQVksSUFBSSxTQUFTLEVBQUUsS0FBSyxRQUFRLElBQUksQ0FBQztBQUFBLElBQ3BEO0FBQUEsRUFDRjtBQUFBO0FBQUEsRUFHQSxXQUFXLEtBQXFDO0FBQzlDLFdBQU8sS0FBSyxXQUFXLElBQUksR0FBRztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLFVBQVUsT0FBbUIsT0FBMkI7QUFDdEQsUUFBSSxNQUFPLFFBQU87QUFDbEIsVUFBTSxNQUFNLEtBQUssS0FBSyxJQUFJLE1BQU07QUFDaEMsUUFBSSxNQUFNLEtBQUssTUFBTyxRQUFPO0FBQzdCLFdBQU8sTUFBTSxLQUFLLFFBQVEsS0FBSyxhQUFhLFVBQVU7QUFBQSxFQUN4RDtBQUFBO0FBQUEsRUFHQSxjQUFjLEtBQWEsT0FBeUI7QUFDbEQsU0FBSyxXQUFXLElBQUksS0FBSyxLQUFLO0FBQUEsRUFDaEM7QUFBQTtBQUFBLEVBR0EsaUJBQWlCLEtBQWEsT0FBMEI7QUFDdEQsUUFBSSxVQUFVLFVBQWEsS0FBSyxXQUFXLElBQUksR0FBRyxNQUFNLE1BQU8sTUFBSyxXQUFXLE9BQU8sR0FBRztBQUFBLEVBQzNGO0FBQUE7QUFBQSxFQUdBLGNBQWMsS0FBd0M7QUFDcEQsV0FBTyxLQUFLLFdBQVcsSUFBSSxHQUFHO0FBQUEsRUFDaEM7QUFBQTtBQUFBLEVBR0EsWUFBWSxLQUFhLE9BQTRCO0FBQ25ELFNBQUssV0FBVyxJQUFJLEtBQUssS0FBSztBQUFBLEVBQ2hDO0FBQUE7QUFBQSxFQUdBLElBQUksT0FBK0M7QUFDakQsV0FBTyxFQUFFLFVBQVUsS0FBSyxXQUFXLFFBQVEsR0FBRyxVQUFVLEtBQUssV0FBVyxRQUFRLEVBQUU7QUFBQSxFQUNwRjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsRUFNQSxNQUNFLFNBQ0EsS0FDQSxNQUNBLE9BQzBDO0FBQzFDLFVBQU0sV0FBVyxRQUFRLElBQUksR0FBRztBQUNoQyxRQUFJLGFBQWEsT0FBVyxRQUFPLEVBQUUsU0FBUyxTQUFTLFNBQVMsUUFBUSxLQUFLO0FBQzdFLFVBQU0sU0FBb0IsRUFBRSxNQUFNLFdBQVcsT0FBTyxTQUFTLFFBQVEsUUFBUSxNQUFjLEVBQUU7QUFDN0YsWUFBUSxJQUFJLEtBQUssTUFBTTtBQUN2QixXQUFPLFVBQVUsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNO0FBQzNDLFVBQUksUUFBUSxJQUFJLEdBQUcsTUFBTSxPQUFRLFNBQVEsT0FBTyxHQUFHO0FBQUEsSUFDckQsQ0FBQztBQUNELFdBQU8sRUFBRSxTQUFTLE9BQU8sU0FBUyxRQUFRLE1BQU07QUFBQSxFQUNsRDtBQUFBO0FBQUEsRUFHQSxLQUFRLFNBQWlDLEtBQWEsUUFBeUI7QUFDN0UsUUFBSSxRQUFRLElBQUksR0FBRyxNQUFNLE9BQVEsU0FBUSxPQUFPLEdBQUc7QUFBQSxFQUNyRDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLFdBQVcsTUFBcUI7QUFDOUIsVUFBTSxVQUFVLENBQUMsUUFBeUIsU0FBUyxVQUFhLFVBQVUsR0FBRyxNQUFNO0FBQ25GLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsaUJBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxDQUFDLEdBQUcsS0FBSyxVQUFVLFFBQVEsQ0FBQyxHQUFHO0FBQ3hELFlBQUksUUFBUSxHQUFHLEVBQUcsTUFBSyxVQUFVLE9BQU8sR0FBRztBQUFBLGlCQUNsQyxTQUFTLFVBQWEsTUFBTSxVQUFVLEtBQUssSUFBSSxJQUFJLEVBQUcsT0FBTSxXQUFXO0FBQUEsTUFDbEY7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLGNBQWMsUUFBVztBQUNoQyxpQkFBVyxDQUFDLEtBQUssS0FBSyxLQUFLLENBQUMsR0FBRyxLQUFLLFVBQVUsUUFBUSxDQUFDLEdBQUc7QUFDeEQsWUFBSSxRQUFRLEdBQUcsS0FBTSxTQUFTLFVBQWEsTUFBTSxLQUFLLElBQUksSUFBSSxFQUFJLE1BQUssVUFBVSxPQUFPLEdBQUc7QUFBQSxNQUM3RjtBQUFBLElBQ0Y7QUFDQSxlQUFXLFdBQVcsQ0FBQyxLQUFLLFNBQVMsS0FBSyxXQUFXLEtBQUssVUFBVSxHQUEwQztBQUM1RyxpQkFBVyxDQUFDLEtBQUssTUFBTSxLQUFLLENBQUMsR0FBRyxPQUFPLEdBQUc7QUFDeEMsWUFBSSxTQUFTLFVBQWEsT0FBTyxTQUFTLE1BQU07QUFDOUMsaUJBQU8sWUFBWTtBQUNuQixrQkFBUSxPQUFPLEdBQUc7QUFBQSxRQUNwQjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNGOzs7QUM1S08sSUFBTSxtQkFBbUI7QUFVekIsU0FBUyxlQUFlLE1BQWMsVUFBd0M7QUFDbkYsTUFBSSxPQUFPLGFBQWEsU0FBVSxRQUFPLEVBQUUsTUFBTSxTQUFTLGtCQUFrQixNQUFNLFFBQVEsVUFBVSxTQUFTO0FBQzdHLE1BQUksT0FBTyxhQUFhLFlBQVksYUFBYSxRQUFRLE1BQU0sUUFBUSxRQUFRLEdBQUc7QUFDaEYsVUFBTSxJQUFJLFlBQVkscURBQXFELE9BQU8sUUFBUSxJQUFJO0FBQUEsTUFDNUYsUUFBUTtBQUFBLElBQ1YsQ0FBQztBQUFBLEVBQ0g7QUFDQSxRQUFNQyxVQUFTLFlBQVksVUFBVSxnQkFBZ0IsSUFBSSxHQUFHO0FBQzVELE1BQUlBLFFBQU8sU0FBUyxNQUFNO0FBQ3hCLFVBQU0sSUFBSTtBQUFBLE1BQ1IsbUJBQW1CQSxRQUFPLElBQUksVUFBVSxJQUFJO0FBQUEsTUFDNUMsRUFBRSxRQUFRLFdBQVc7QUFBQSxJQUN2QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPQTtBQUNUOzs7QUNqQk8sU0FBUyxjQUFjLE9BQXdCO0FBQ3BELFNBQU8sTUFBTSxPQUFPLG9CQUFJLElBQUksQ0FBQyxLQUFLO0FBQ3BDO0FBRUEsU0FBUyxNQUFNLE9BQWdCLFdBQTRDO0FBQ3pFLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE9BQVEsTUFBK0IsV0FBVyxZQUFZO0FBQy9HLFlBQVMsTUFBZ0MsT0FBTztBQUFBLEVBQ2xEO0FBQ0EsVUFBUSxPQUFPLE9BQU87QUFBQSxJQUNwQixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxLQUFLLFVBQVUsS0FBSztBQUFBLElBQzdCLEtBQUs7QUFDSCxZQUFNLElBQUksVUFBVSxzREFBc0Q7QUFBQSxJQUM1RSxLQUFLLFVBQVU7QUFDYixVQUFJLFVBQVUsS0FBTSxRQUFPO0FBQzNCLFVBQUksVUFBVSxJQUFJLEtBQUssRUFBRyxPQUFNLElBQUksVUFBVSx3REFBd0Q7QUFDdEcsZ0JBQVUsSUFBSSxLQUFLO0FBQ25CLFVBQUk7QUFDSixVQUFJLE1BQU0sUUFBUSxLQUFLLEdBQUc7QUFDeEIsY0FBTSxJQUFJLE1BQU0sSUFBSSxDQUFDLFNBQVMsTUFBTSxNQUFNLFNBQVMsS0FBSyxNQUFNLEVBQUUsS0FBSyxHQUFHLENBQUM7QUFBQSxNQUMzRSxPQUFPO0FBQ0wsY0FBTUMsVUFBUztBQUNmLGNBQU0sUUFBa0IsQ0FBQztBQUN6QixtQkFBVyxPQUFPLE9BQU8sS0FBS0EsT0FBTSxFQUFFLEtBQUssR0FBRztBQUM1QyxnQkFBTSxPQUFPLE1BQU1BLFFBQU8sR0FBRyxHQUFHLFNBQVM7QUFDekMsY0FBSSxTQUFTLE9BQVcsT0FBTSxLQUFLLEdBQUcsS0FBSyxVQUFVLEdBQUcsQ0FBQyxJQUFJLElBQUksRUFBRTtBQUFBLFFBQ3JFO0FBQ0EsY0FBTSxJQUFJLE1BQU0sS0FBSyxHQUFHLENBQUM7QUFBQSxNQUMzQjtBQUNBLGdCQUFVLE9BQU8sS0FBSztBQUN0QixhQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0E7QUFFRSxhQUFPO0FBQUEsRUFDWDtBQUNGO0FBUU8sU0FBUyxjQUFjQSxTQUErQztBQUMzRSxRQUFNLEVBQUUsUUFBUSxTQUFTLE1BQU0sT0FBTyxHQUFHLFFBQVEsSUFBSUE7QUFDckQsUUFBTSxNQUErQjtBQUNyQyxNQUFJQSxRQUFPLFVBQVUsVUFBYSxpQkFBaUJBLFFBQU8sTUFBTSxNQUFNLEdBQUc7QUFDdkUsUUFBSSxRQUFRLEVBQUUsR0FBR0EsUUFBTyxPQUFPLFFBQVEsY0FBY0EsUUFBTyxNQUFNLE1BQU0sRUFBRTtBQUFBLEVBQzVFO0FBQ0EsTUFBSUEsUUFBTyxXQUFXLFVBQWEsaUJBQWlCQSxRQUFPLE9BQU8sTUFBTSxHQUFHO0FBQ3pFLFFBQUksU0FBUyxFQUFFLEdBQUdBLFFBQU8sUUFBUSxRQUFRLGNBQWNBLFFBQU8sT0FBTyxNQUFNLEVBQUU7QUFBQSxFQUMvRTtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsY0FBYyxRQUFtRTtBQUN4RixTQUFPLDJCQUEyQixNQUFNLEtBQUssRUFBRSxhQUFhLE9BQU8sV0FBVyxFQUFFLE9BQU87QUFDekY7QUFXQSxlQUFzQixZQUFZQSxTQUF1QztBQUN2RSxRQUFNLFNBQVMsV0FBVyxRQUFRO0FBQ2xDLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxJQUFJLFlBQVksRUFBRSxPQUFPLGNBQWMsY0FBY0EsT0FBTSxDQUFDLENBQUM7QUFDM0UsUUFBTSxTQUFTLElBQUksV0FBVyxNQUFNLE9BQU8sT0FBTyxXQUFXLEtBQUssQ0FBQztBQUNuRSxNQUFJLE1BQU07QUFDVixhQUFXLFFBQVEsT0FBUSxRQUFPLEtBQUssU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDbkUsU0FBTyxVQUFVLEdBQUc7QUFDdEI7QUFRQSxlQUFzQixpQkFBaUJBLFNBQXVDO0FBQzVFLFFBQU0sU0FBUyxNQUFNLFlBQVlBLE9BQU07QUFDdkMsTUFBSUEsUUFBTyxTQUFTLFVBQWFBLFFBQU8sU0FBUyxRQUFRO0FBQ3ZELFVBQU0sSUFBSSxlQUFlQSxRQUFPLE1BQU1BLFFBQU8sU0FBUyxFQUFFLFVBQVVBLFFBQU8sTUFBTSxRQUFRLFFBQVEsa0JBQWtCLENBQUM7QUFBQSxFQUNwSDtBQUNBLFNBQU87QUFDVDs7O0FDNUZBLGVBQXNCLGVBQ3BCLE9BQ0EsTUFDQSxVQUNtQztBQUNuQyxRQUFNLFdBQVcsTUFBTSxNQUFNLGFBQWEsSUFBSTtBQUM5QyxRQUFNLFNBQVMsZ0JBQWdCLFVBQVUsUUFBUTtBQUNqRCxTQUFPLFdBQVcsU0FBWSxTQUFZLE1BQU0sV0FBVyxNQUFNLE9BQU8sT0FBTztBQUNqRjtBQU1PLFNBQVNDLGNBQWEsR0FBVyxHQUFXLFFBQVEsT0FBTyxtQkFBMkI7QUFDM0YsTUFBSSxNQUFNLEVBQUcsUUFBTztBQUNwQixNQUFJLEtBQUssSUFBSSxFQUFFLFNBQVMsRUFBRSxNQUFNLElBQUksTUFBTyxRQUFPLFFBQVE7QUFDMUQsTUFBSSxFQUFFLFdBQVcsRUFBRyxRQUFPLEVBQUU7QUFDN0IsTUFBSSxFQUFFLFdBQVcsRUFBRyxRQUFPLEVBQUU7QUFDN0IsTUFBSSxXQUFXLE1BQU0sS0FBSyxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsR0FBRyxDQUFDLEdBQUcsTUFBTSxDQUFDO0FBQy9ELFdBQVMsSUFBSSxHQUFHLEtBQUssRUFBRSxRQUFRLEtBQUs7QUFDbEMsVUFBTSxVQUFVLENBQUMsQ0FBQztBQUNsQixRQUFJLFNBQVM7QUFDYixhQUFTLElBQUksR0FBRyxLQUFLLEVBQUUsUUFBUSxLQUFLO0FBQ2xDLFlBQU0sT0FBTyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLElBQUksSUFBSTtBQUN6QyxZQUFNLFFBQVEsS0FBSyxLQUFLLFNBQVMsQ0FBQyxLQUFLLEtBQUssSUFBSSxRQUFRLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSSxTQUFTLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSTtBQUN2RyxjQUFRLEtBQUssS0FBSztBQUNsQixVQUFJLFFBQVEsT0FBUSxVQUFTO0FBQUEsSUFDL0I7QUFDQSxRQUFJLFNBQVMsTUFBTyxRQUFPLFFBQVE7QUFDbkMsZUFBVztBQUFBLEVBQ2I7QUFDQSxTQUFPLFNBQVMsRUFBRSxNQUFNLEtBQUs7QUFDL0I7QUEwQk8sU0FBUyxhQUFhLE1BQWMsWUFBOEIsVUFBK0IsQ0FBQyxHQUFhO0FBQ3BILFFBQU0sTUFBTSxRQUFRLE9BQU87QUFDM0IsUUFBTSxRQUFRLFFBQVEsb0JBQW9CO0FBQzFDLFFBQU0sY0FBYyxLQUFLLE1BQU0sS0FBSyxZQUFZLEdBQUcsSUFBSSxDQUFDO0FBQ3hELFFBQU0sU0FBc0QsQ0FBQztBQUM3RCxhQUFXLGFBQWEsWUFBWTtBQUNsQyxRQUFJLGNBQWMsS0FBTTtBQUN4QixVQUFNLFFBQVEsS0FBSyxJQUFJLEdBQUcsS0FBSyxNQUFNLEtBQUssSUFBSSxLQUFLLFFBQVEsVUFBVSxNQUFNLElBQUksS0FBSyxDQUFDO0FBQ3JGLFVBQU0sV0FBV0EsY0FBYSxNQUFNLFdBQVcsS0FBSztBQUNwRCxRQUFJLFlBQVksT0FBTztBQUNyQixhQUFPLEtBQUssRUFBRSxXQUFXLE9BQU8sU0FBUyxDQUFDO0FBQUEsSUFDNUMsV0FBVyxjQUFjLGVBQWUsVUFBVSxTQUFTLElBQUksV0FBVyxFQUFFLEdBQUc7QUFDN0UsYUFBTyxLQUFLLEVBQUUsV0FBVyxPQUFPLFFBQVEsRUFBRSxDQUFDO0FBQUEsSUFDN0M7QUFBQSxFQUNGO0FBQ0EsU0FBTyxLQUFLLENBQUMsR0FBRyxNQUFNLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxVQUFVLGNBQWMsRUFBRSxTQUFTLENBQUM7QUFDakYsU0FBTyxPQUFPLE1BQU0sR0FBRyxHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxTQUFTO0FBQ3BEO0FBT08sU0FBUyxpQkFBaUIsTUFBZSxXQUEyQztBQUN6RixRQUFNLFVBQVUsbUJBQW1CLElBQUk7QUFDdkMsTUFBSSxZQUFZLFFBQVc7QUFDekIsVUFBTSxJQUFJLGtCQUFrQixHQUFHLE9BQU8sa0JBQWtCLFNBQVMsNkJBQTZCO0FBQUEsTUFDNUYsT0FBTztBQUFBLElBQ1QsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQU1PLFNBQVMsZ0JBQWdCLE9BQWdCLFdBQTRDO0FBQzFGLE1BQUksT0FBTyxVQUFVLFlBQVksYUFBYSxLQUFLLE1BQU0sU0FBUztBQUNoRSxVQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsS0FBSyxVQUFVLEtBQUssSUFBSSxPQUFPO0FBQ3pFLFVBQU0sV0FBVyxVQUFVLFdBQVcsaUVBQWlFO0FBQ3ZHLFVBQU0sSUFBSTtBQUFBLE1BQ1IsaUJBQWlCLEtBQUssR0FBRyxRQUFRO0FBQUEsTUFDakMsRUFBRSxPQUFPLFdBQVcsUUFBUSxJQUFJO0FBQUEsSUFDbEM7QUFBQSxFQUNGO0FBQ0Y7QUFvQkEsU0FBUyxjQUFjLE9BQWtEO0FBQ3ZFLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxLQUFNLFFBQU87QUFDeEQsUUFBTSxRQUFRLE9BQU8sZUFBZSxLQUFLO0FBQ3pDLFNBQU8sVUFBVSxPQUFPLGFBQWEsVUFBVTtBQUNqRDtBQU1PLFNBQVMsY0FBaUIsT0FBYTtBQUM1QyxNQUFJLE1BQU0sUUFBUSxLQUFLLEVBQUcsUUFBTyxNQUFNLElBQUksQ0FBQyxTQUFTLGNBQWMsSUFBSSxDQUFDO0FBQ3hFLE1BQUksY0FBYyxLQUFLLEdBQUc7QUFDeEIsVUFBTSxNQUErQixDQUFDO0FBQ3RDLGVBQVcsT0FBTyxPQUFPLEtBQUssS0FBSyxFQUFHLEtBQUksR0FBRyxJQUFJLGNBQWMsTUFBTSxHQUFHLENBQUM7QUFDekUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPO0FBQ1Q7QUFNTyxTQUFTLFdBQWMsT0FBYTtBQUN6QyxNQUFJLE1BQU0sUUFBUSxLQUFLLEtBQUssY0FBYyxLQUFLLEdBQUc7QUFDaEQsUUFBSSxPQUFPLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDbkMsV0FBTyxPQUFPLEtBQUs7QUFDbkIsZUFBVyxRQUFRLE9BQU8sT0FBTyxLQUFlLEVBQUcsWUFBVyxJQUFJO0FBQUEsRUFDcEU7QUFDQSxTQUFPO0FBQ1Q7QUFNTyxTQUFTLGFBQWFDLFNBQXNCLFFBQTJCLE1BQTRCO0FBQ3hHLFFBQU0sRUFBRSxRQUFRLFNBQVMsTUFBTSxPQUFPLEdBQUcsUUFBUSxJQUFJQTtBQUNyRCxTQUFPLFdBQVcsRUFBRSxHQUFHLGNBQWMsT0FBTyxHQUFHLFFBQVEsQ0FBQyxHQUFHLE1BQU0sRUFBRSxLQUFLLEdBQUcsS0FBSyxDQUFDO0FBQ25GOzs7QUMxS0EsZUFBc0IsWUFBWSxPQUFvQixNQUFjLFVBQXlDO0FBQzNHLE1BQUlDO0FBQ0osTUFBSTtBQUNKLE1BQUk7QUFDRixRQUFJLGdCQUFnQixRQUFRLEdBQUc7QUFDN0IsTUFBQUEsVUFBUyxNQUFNLE1BQU0sV0FBVyxNQUFNLFFBQVE7QUFBQSxJQUNoRCxXQUFXLE9BQU8sTUFBTSxZQUFZLFlBQVk7QUFDOUMsTUFBQUEsVUFBUyxNQUFNLE1BQU0sUUFBUSxNQUFNLFFBQVE7QUFBQSxJQUM3QyxPQUFPO0FBQ0wsaUJBQVcsTUFBTSxNQUFNLGFBQWEsSUFBSTtBQUN4QyxZQUFNLFNBQVMsZ0JBQWdCLFVBQVUsUUFBUTtBQUNqRCxVQUFJLFdBQVcsT0FBVyxDQUFBQSxVQUFTLE1BQU0sTUFBTSxXQUFXLE1BQU0sT0FBTyxPQUFPO0FBQUEsSUFDaEY7QUFBQSxFQUNGLFNBQVMsT0FBTztBQUNkLFVBQU0sYUFBYSxPQUFPLE9BQU8sWUFBWSxJQUFJLElBQUksUUFBUSxHQUFHO0FBQUEsRUFDbEU7QUFDQSxNQUFJQSxZQUFXLE9BQVcsT0FBTSxNQUFNLGNBQWMsT0FBTyxNQUFNLFVBQVUsUUFBUTtBQUNuRixTQUFPLFlBQVksT0FBTyxNQUFNLFVBQVVBLE9BQU07QUFDbEQ7QUFHTyxTQUFTLFdBQVcsT0FBcUU7QUFDOUYsU0FBTyxpQkFBaUIsdUJBQXVCLGlCQUFpQjtBQUNsRTtBQU1BLGVBQXNCLGNBQ3BCLE9BQ0EsTUFDQSxVQUNBLE9BQ3FEO0FBQ3JELE1BQUksV0FBVztBQUNmLE1BQUksYUFBYSxRQUFXO0FBQzFCLFFBQUk7QUFDRixpQkFBVyxNQUFNLE1BQU0sYUFBYSxJQUFJO0FBQUEsSUFDMUMsU0FBUyxPQUFPO0FBQ2QsWUFBTSxhQUFhLE9BQU8sT0FBTyw0QkFBNEIsSUFBSSxHQUFHO0FBQUEsSUFDdEU7QUFBQSxFQUNGO0FBQ0EsTUFBSSxTQUFTLFNBQVMsR0FBRztBQUN2QixVQUFNLFNBQVMsdUJBQXVCLFFBQVE7QUFDOUMsV0FBTyxJQUFJLHFCQUFxQixNQUFNLFVBQVU7QUFBQSxNQUM5QyxVQUFVLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPO0FBQUEsTUFDckMsUUFBUSxTQUFTLE1BQU07QUFBQSxJQUN6QixDQUFDO0FBQUEsRUFDSDtBQUNBLE1BQUksY0FBd0IsQ0FBQztBQUM3QixNQUFJLE9BQU8sTUFBTSxTQUFTLFlBQVk7QUFDcEMsUUFBSTtBQUNGLG9CQUFjLGFBQWEsTUFBTSxNQUFNLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDckQsUUFBUTtBQUFBLElBRVI7QUFBQSxFQUNGO0FBQ0EsU0FBTyxJQUFJLG9CQUFvQixNQUFNLEVBQUUsYUFBYSxPQUFPLE1BQU0sS0FBSyxDQUFDO0FBQ3pFO0FBTU8sU0FBUyxhQUFhLE9BQWdCLE9BQW9CLE9BQXNCO0FBQ3JGLE1BQUksaUJBQWlCLEtBQUssRUFBRyxRQUFPO0FBQ3BDLFFBQU0sU0FBUyxpQkFBaUIsUUFBUSxHQUFHLE1BQU0sSUFBSSxLQUFLLE1BQU0sT0FBTyxLQUFLLE9BQU8sS0FBSztBQUN4RixTQUFPLElBQUk7QUFBQSxJQUNULE9BQU8sTUFBTSxJQUFJLHVCQUF1QixLQUFLLEtBQUssTUFBTTtBQUFBLElBQ3hELEVBQUUsT0FBTyxNQUFNLEtBQUs7QUFBQSxJQUNwQixFQUFFLE9BQU8sTUFBTTtBQUFBLEVBQ2pCO0FBQ0Y7QUFRQSxlQUFzQixlQUFlQSxTQUFzQkMsYUFBc0M7QUFDL0YsUUFBTSxPQUFPRCxRQUFPLFNBQVMsU0FBWSxNQUFNLFlBQVlBLE9BQU0sSUFBSSxNQUFNLGlCQUFpQkEsT0FBTTtBQUNsRyxNQUFJQyxnQkFBZSxVQUFhLFNBQVNBLGFBQVk7QUFDbkQsVUFBTSxJQUFJLGVBQWVELFFBQU8sTUFBTUEsUUFBTyxTQUFTO0FBQUEsTUFDcEQsVUFBVUM7QUFBQSxNQUNWLFFBQVE7QUFBQSxNQUNSLFFBQVE7QUFBQSxJQUNWLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxZQUFZLE9BQW9CLE1BQWMsVUFBa0IsUUFBb0M7QUFDM0csUUFBTUQsVUFBUyxZQUFZLFFBQVEsR0FBRyxNQUFNLElBQUksV0FBVyxJQUFJLElBQUksUUFBUSxFQUFFO0FBQzdFLE1BQUlBLFFBQU8sU0FBUyxRQUFTLGdCQUFnQixRQUFRLEtBQUtBLFFBQU8sWUFBWSxVQUFXO0FBQ3RGLFVBQU0sSUFBSTtBQUFBLE1BQ1IsT0FBTyxNQUFNLElBQUksb0JBQW9CQSxRQUFPLElBQUksSUFBSUEsUUFBTyxPQUFPLHFCQUFxQixJQUFJLElBQUksUUFBUTtBQUFBLE1BRXZHLEVBQUUsT0FBTyxNQUFNLEtBQUs7QUFBQSxJQUN0QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPQTtBQUNUOzs7QUNoSEEsWUFBWUUsUUFBTzs7O0FDQW5CLElBQU0sa0JBQWtCO0FBZWpCLFNBQVMsZ0JBQW1CLFFBQTBCLE9BQWdCLFNBQStCO0FBQzFHLFFBQU0sU0FBUyxPQUFPLFVBQVUsT0FBTyxFQUFFLGFBQWEsS0FBSyxDQUFDO0FBQzVELE1BQUksT0FBTyxRQUFTLFFBQU8sT0FBTztBQUNsQyxRQUFNLG9CQUFvQixPQUFPLE1BQU0sUUFBUSxPQUFPO0FBQ3hEO0FBR08sU0FBUyxvQkFBb0IsUUFBMEIsU0FBeUM7QUFDckcsUUFBTSxPQUFPLFFBQVEsUUFBUSxDQUFDLENBQUM7QUFDL0IsUUFBTSxZQUFZLEtBQUssSUFBSSxDQUFDLE1BQU1DLFVBQVMsRUFBRSxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUM7QUFDcEUsUUFBTSxRQUFRLFVBQVUsQ0FBQyxLQUFLLEVBQUUsUUFBUSxRQUFRLFFBQVEsYUFBYSxNQUFNLGFBQWE7QUFDeEYsUUFBTSxPQUFPLFVBQVUsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDLE1BQU0sYUFBYSxFQUFFLE1BQU0sTUFBTSxFQUFFLElBQUksRUFBRTtBQUM5RSxTQUFPLElBQUksWUFBWSxHQUFHLE1BQU0sSUFBSSxHQUFHLEtBQUssS0FBSyxFQUFFLENBQUMsSUFBSSxFQUFFLFFBQVEsTUFBTSxRQUFRLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDdEc7QUFRQSxTQUFTLFFBQVEsUUFBMEIsUUFBb0M7QUFDN0UsUUFBTSxNQUFtQixDQUFDO0FBQzFCLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFVBQU0sT0FBTyxDQUFDLEdBQUcsUUFBUSxHQUFHLE1BQU0sSUFBSTtBQUN0QyxRQUFJLE1BQU0sU0FBUyxtQkFBbUIsTUFBTSxPQUFPLFNBQVMsR0FBRztBQUM3RCxZQUFNLE9BQU8sQ0FBQyxHQUFHLE1BQU0sTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLE1BQU0sTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQztBQUMxRSxVQUFJLE1BQU0sSUFBSSxJQUFJLEdBQUc7QUFDbkIsWUFBSSxLQUFLLEdBQUcsUUFBUSxNQUFNLElBQUksQ0FBQztBQUMvQjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxFQUMxQjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxRQUFrQztBQUMvQyxNQUFJLE1BQU07QUFDVixhQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFNLElBQUksTUFBTSxLQUFLLFVBQVUsTUFBTSxTQUFTLHNCQUFzQixJQUFJO0FBQ3hFLFFBQUksSUFBSSxJQUFLLE9BQU07QUFBQSxFQUNyQjtBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsU0FBUyxNQUEwQixNQUFzQztBQUNoRixNQUFJLE1BQU0sUUFBUTtBQUNsQixhQUFXLE9BQU8sTUFBTTtBQUN0QixVQUFNLE9BQU8sT0FBTyxHQUFHO0FBQ3ZCLFFBQUksT0FBTyxRQUFRLFNBQVUsUUFBTyxJQUFJLElBQUk7QUFBQSxhQUNuQyxxQkFBcUIsS0FBSyxJQUFJLEVBQUcsUUFBTyxRQUFRLEtBQUssT0FBTyxJQUFJLElBQUk7QUFBQSxRQUN4RSxRQUFPLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQztBQUFBLEVBQ3RDO0FBQ0EsU0FBTyxRQUFRLEtBQUssY0FBYztBQUNwQztBQUVBLFNBQVNBLFVBQVMsT0FBYyxNQUFxQixTQUE4RDtBQUNqSCxRQUFNLFNBQVMsU0FBUyxRQUFRLE1BQU0sSUFBSTtBQUMxQyxRQUFNQyxRQUFPLFFBQVEsUUFBUSxVQUFVLFFBQVEsUUFBUSxJQUFJLENBQUMsS0FBSyxRQUFRLFFBQVEsWUFBWSxJQUFJLENBQUM7QUFDbEcsUUFBTSxTQUFTQSxRQUFPLEtBQUtBLEtBQUksS0FBSztBQUNwQyxNQUFJLE1BQU0sU0FBUyxpQkFBaUIsTUFBTSxPQUFPLFNBQVMsR0FBRztBQUMzRCxVQUFNLFFBQVEsTUFBTSxPQUFPLENBQUM7QUFDNUIsVUFBTSxVQUFVLE9BQU8sV0FBVyxNQUFNLFlBQVksa0JBQWtCLE1BQU0sVUFBVTtBQUN0RixXQUFPLEVBQUUsUUFBUSxNQUFNLEdBQUcsT0FBTyxHQUFHLE1BQU0sR0FBRztBQUFBLEVBQy9DO0FBQ0EsTUFBSSxNQUFNLFNBQVMsdUJBQXVCLE1BQU0sV0FBVyxNQUFNLFlBQVksaUJBQWlCO0FBQzVGLFdBQU8sRUFBRSxRQUFRLE1BQU0sR0FBRyxNQUFNLE9BQU8sR0FBRyxNQUFNLEdBQUc7QUFBQSxFQUNyRDtBQUNBLFVBQVEsTUFBTSxNQUFNO0FBQUEsSUFDbEIsS0FBSyxxQkFBcUI7QUFDeEIsWUFBTSxRQUFRLFFBQVEsWUFBWSxLQUFLLElBQUksTUFBTSxFQUFFLEtBQUssR0FBRyxDQUFDLEtBQUssQ0FBQztBQUNsRSxZQUFNLFFBQVEsTUFBTSxLQUFLLElBQUksQ0FBQyxRQUFRO0FBQ3BDLGNBQU0sUUFBUSxhQUFhLElBQUksWUFBWSxHQUFHLE9BQU8sRUFBRSxLQUFLLEdBQUcsa0JBQWtCLElBQUksQ0FBQztBQUN0RixlQUFPLE1BQU0sQ0FBQyxJQUFJLElBQUksR0FBRyxvQkFBb0IsTUFBTSxDQUFDLENBQUMsUUFBUSxJQUFJLEdBQUc7QUFBQSxNQUN0RSxDQUFDO0FBQ0QsWUFBTSxPQUFPLE1BQU0sU0FBUyxJQUFJLG1CQUFtQixNQUFNLEtBQUssSUFBSSxDQUFDLE1BQU07QUFDekUsYUFBTztBQUFBLFFBQ0wsUUFBUSxTQUFTLFFBQVEsTUFBTSxDQUFDLEdBQUcsTUFBTSxNQUFNLEtBQUssQ0FBQyxLQUFLLEVBQUUsQ0FBQztBQUFBLFFBQzdELE1BQU0saUJBQWlCLE1BQU0sS0FBSyxTQUFTLElBQUksTUFBTSxFQUFFLElBQUksTUFBTSxLQUFLLElBQUksQ0FBQyxtQ0FBbUMsSUFBSTtBQUFBLE1BQ3BIO0FBQUEsSUFDRjtBQUFBLElBQ0EsS0FBSyxnQkFBZ0I7QUFDbkIsWUFBTSxNQUFNLFdBQVcsUUFBUSxTQUFTLE1BQU0sS0FBSyxJQUFJO0FBQ3ZELFlBQU0sT0FBTyxNQUFNLFVBQVUsU0FBWSxnQkFBZ0IsV0FBVyxRQUFRLE1BQU0sUUFBUSxDQUFDLFNBQVMsR0FBRztBQUN2RyxhQUFPLEVBQUUsUUFBUSxNQUFNLEdBQUcsSUFBSSxHQUFHLE1BQU0sR0FBRztBQUFBLElBQzVDO0FBQUEsSUFDQSxLQUFLO0FBQ0gsYUFBTztBQUFBLFFBQ0w7QUFBQSxRQUNBLE1BQU0sV0FBVyxNQUFNLGNBQWMsUUFBUSxpQkFBaUIsVUFBVSxJQUFJLE9BQU8sTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNO0FBQUEsTUFDNUc7QUFBQSxJQUNGLEtBQUs7QUFDSCxhQUFPO0FBQUEsUUFDTDtBQUFBLFFBQ0EsTUFBTSxXQUFXLE1BQU0sY0FBYyxRQUFRLGNBQWMsU0FBUyxJQUFJLE9BQU8sTUFBTSxPQUFPLENBQUMsR0FBRyxNQUFNO0FBQUEsTUFDeEc7QUFBQSxJQUNGLEtBQUs7QUFDSCxhQUFPLEVBQUUsUUFBUSxNQUFNLGtCQUFrQixNQUFNLE9BQU8sSUFBSSxDQUFDLE1BQU0sS0FBSyxVQUFVLENBQUMsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLEdBQUcsTUFBTSxHQUFHO0FBQUEsSUFDNUcsS0FBSztBQUNILGFBQU8sRUFBRSxRQUFRLE1BQU0sbUJBQW1CLE1BQU0sTUFBTSxHQUFHLE1BQU0sR0FBRztBQUFBLElBQ3BFO0FBQ0UsYUFBTyxFQUFFLFFBQVEsTUFBTSxhQUFhLE1BQU0sR0FBRztBQUFBLEVBQ2pEO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsUUFBZ0IsTUFBa0M7QUFDbkUsTUFBSSxTQUFTLFVBQWEsU0FBUyxHQUFJLFFBQU87QUFDOUMsU0FBTyxPQUFPLFdBQVcsR0FBRyxJQUFJLEdBQUcsSUFBSSxPQUFPLE1BQU0sS0FBSyxTQUFTLENBQUMsSUFBSTtBQUN6RTtBQUdBLFNBQVMsWUFBWSxNQUFzQztBQUN6RCxTQUFPLEtBQUssSUFBSSxDQUFDLEtBQUssTUFBTyxNQUFNLEtBQUssU0FBUyxLQUFLLElBQUksSUFBSSxNQUFNLE9BQU8sR0FBRyxDQUFFLEVBQUUsS0FBSyxHQUFHO0FBQzVGO0FBRUEsU0FBUyxRQUFRLFVBQTBCO0FBQ3pDLE1BQUksYUFBYSxZQUFZLGFBQWEsV0FBVyxhQUFhO0FBQ2hFLFdBQU8sTUFBTSxhQUFhLFFBQVEsWUFBWSxRQUFRO0FBQ3hELFNBQU8sS0FBSyxRQUFRO0FBQ3RCO0FBR08sU0FBUyxTQUFTLE9BQXdCO0FBQy9DLE1BQUksVUFBVSxLQUFNLFFBQU87QUFDM0IsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU87QUFDakMsU0FBTyxPQUFPO0FBQ2hCOzs7QURoSEEsSUFBTUMsZ0JBQWU7QUFFckIsSUFBTSxxQkFBdUIsZ0JBQWE7QUFBQSxFQUN4QyxVQUFZLFVBQU8sRUFBRTtBQUFBLElBQ2pCLFVBQU8sQ0FBQyxNQUFNLGFBQWEsQ0FBQyxNQUFNLFFBQVc7QUFBQSxNQUM3QyxPQUFPO0FBQUEsSUFDVCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBQ0EsU0FDRyxVQUFPLEVBQ1AsTUFBUSxVQUFPLENBQUMsTUFBTSxhQUFhLENBQUMsTUFBTSxTQUFTLEVBQUUsT0FBTyxrREFBa0QsQ0FBQyxDQUFDO0FBQUEsRUFDbkgsTUFBUSxVQUFPLEVBQUUsTUFBUSxTQUFNQSxlQUFjLEVBQUUsT0FBTyx3REFBd0QsQ0FBQyxDQUFDO0FBQ2xILENBQUM7QUFFRCxJQUFNLGlCQUFtQixnQkFBYTtBQUFBLEVBQ3BDLGlCQUFtQixXQUFRLEdBQUcsRUFBRSxPQUFPLGdEQUFnRCxDQUFDO0FBQUEsRUFDeEYsU0FBVztBQUFBLElBRU4sVUFBTyxFQUNQLE1BQVEsVUFBTyxDQUFDLFNBQVMsbUJBQW1CLElBQUksTUFBTSxRQUFXLEVBQUUsT0FBTyw2QkFBNkIsQ0FBQyxDQUFDO0FBQUEsSUFDNUc7QUFBQSxFQUNGO0FBQ0YsQ0FBQztBQVFNLFNBQVMsY0FBYyxPQUFnQixNQUF5QjtBQUNyRSxRQUFNLFVBQVU7QUFBQSxJQUNkLE1BQU0sU0FBUyxTQUFZLGFBQWE7QUFBQSxJQUN4QyxHQUFJLFNBQVMsU0FBWSxDQUFDLElBQUksRUFBRSxLQUFLO0FBQUEsSUFDckMsT0FBTyxFQUFFLElBQUksaURBQWlEO0FBQUEsSUFDOUQsV0FBVyxFQUFFLElBQUksQ0FBQyxtQkFBbUIsU0FBUyxFQUFFO0FBQUEsRUFDbEQ7QUFDQSxTQUFPLGdCQUFnQixnQkFBZ0IsT0FBTyxPQUFPO0FBQ3ZEO0FBNEZPLFNBQVMsV0FBVyxVQUFnQyxNQUFjLFNBQXFDO0FBQzVHLFFBQU0sUUFBUSxhQUFhLFNBQVksU0FBWSxTQUFTLFNBQVMsU0FBUyxJQUFJO0FBQ2xGLFNBQU8sVUFBVSxVQUFhLE1BQU0sWUFBWSxVQUFVLE1BQU0sT0FBTztBQUN6RTtBQU1PLFNBQVMsU0FBWUMsU0FBcUMsS0FBNEI7QUFDM0YsU0FBTyxPQUFPLE9BQU9BLFNBQVEsR0FBRyxJQUFJQSxRQUFPLEdBQUcsSUFBSTtBQUNwRDs7O0FFbExBLFlBQVlDLFFBQU87QUFxTFosSUFBTSxnQkFBa0QsT0FBTyxPQUFPO0FBQUEsRUFDM0UsS0FBSztBQUFBLEVBQ0wsT0FBTztBQUFBLEVBQ1AsWUFBWTtBQUNkLENBQUM7QUFFRCxJQUFNLEtBQUssQ0FBQyxRQUNSLFVBQXNDLENBQUMsTUFBTSxPQUFPLE1BQU0sWUFBWSxFQUFFLE9BQU8sdUJBQXVCLEdBQUcsR0FBRyxDQUFDO0FBRWpILElBQU0sZ0JBQWtCLFVBQU8sRUFBRTtBQUFBLEVBQzdCLFVBQU8sQ0FBQyxNQUFNLEVBQUUsU0FBUyxLQUFLLGFBQWEsQ0FBQyxNQUFNLFFBQVc7QUFBQSxJQUM3RCxPQUNFO0FBQUEsRUFDSixDQUFDO0FBQ0g7QUFFQSxJQUFNLFdBQWEsVUFBTyxFQUFFLE1BQVEsT0FBSSxHQUFLLGVBQVksQ0FBQztBQUUxRCxJQUFNLGdCQUFrQixnQkFBYTtBQUFBLEVBQ25DLE9BQVM7QUFBQSxJQUNQLENBQUMsTUFDQyxPQUFPLE1BQU0sWUFDYixNQUFNLFFBQ04sT0FBUSxFQUFrQixTQUFTLFlBQ25DLE9BQVEsRUFBa0IsaUJBQWlCLGNBQzNDLE9BQVEsRUFBa0IsZUFBZTtBQUFBLElBQzNDO0FBQUEsTUFDRSxPQUNFO0FBQUEsSUFFSjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLE1BQVE7QUFBQSxJQUNKO0FBQUEsTUFDRSxVQUFPLEVBQUU7QUFBQSxRQUNQLFVBQU8sQ0FBQyxTQUFTLG1CQUFtQixJQUFJLE1BQU0sUUFBVztBQUFBLFVBQ3pELE9BQU87QUFBQSxRQUNULENBQUM7QUFBQSxNQUNIO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQUEsRUFDQSxpQkFBbUIsWUFBUyxhQUFhO0FBQUEsRUFDekMsVUFBWSxZQUFXLFdBQVEsQ0FBQztBQUFBLEVBQ2hDLE9BQVM7QUFBQSxJQUNMLFNBQU07QUFBQSxNQUNKLFdBQVEsS0FBSztBQUFBLE1BQ2IsZ0JBQWE7QUFBQSxRQUNiLEtBQU8sWUFBVyxVQUFPLEVBQUUsTUFBUSxPQUFJLEdBQUssWUFBUyxDQUFDLENBQUM7QUFBQSxRQUN2RCxPQUFTLFlBQVMsUUFBUTtBQUFBLFFBQzFCLFlBQWMsWUFBUyxRQUFRO0FBQUEsTUFDakMsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUNBLFFBQVUsWUFBVyxXQUFRLENBQUM7QUFBQSxFQUM5QixPQUFTO0FBQUEsSUFDTCxnQkFBYTtBQUFBLE1BQ2IsU0FBVyxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUMvQyxTQUFXLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQy9DLFVBQVksWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDaEQsV0FBYSxZQUFTLEdBQUcsNEJBQXVCLENBQUM7QUFBQSxNQUNqRCxTQUFXLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQy9DLGNBQWdCLFlBQVMsR0FBRyw0QkFBdUIsQ0FBQztBQUFBLE1BQ3BELFdBQWEsWUFBUyxHQUFHLDRCQUF1QixDQUFDO0FBQUEsTUFDakQsaUJBQW1CLFlBQVMsR0FBRyxtQ0FBOEIsQ0FBQztBQUFBLElBQ2hFLENBQUM7QUFBQSxFQUNIO0FBQUEsRUFDQSxXQUFhLFlBQVcsZ0JBQWEsRUFBRSxlQUFpQixZQUFXLFdBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQ2hGLFVBQVk7QUFBQSxJQUNSLFVBQU87QUFBQSxNQUNQLE1BQU0sR0FBRyw4REFBOEQ7QUFBQSxNQUN2RSxPQUFPLEdBQUcsOERBQThEO0FBQUEsTUFDeEUsY0FBZ0IsWUFBUyxRQUFRO0FBQUEsSUFDbkMsQ0FBQztBQUFBLEVBQ0g7QUFBQSxFQUNBLE9BQVMsWUFBVyxVQUFPLEVBQUUsS0FBSyxHQUFHLGtDQUFrQyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQzNFLFFBQVU7QUFBQSxJQUNOLFVBQU87QUFBQSxNQUNQLFlBQVksR0FBRyx5REFBeUQ7QUFBQSxNQUN4RSxjQUFjLEdBQUcseURBQXlEO0FBQUEsSUFDNUUsQ0FBQztBQUFBLEVBQ0g7QUFDRixDQUFDO0FBRUQsSUFBTSxhQUFnRDtBQUFBLEVBQ3BELElBQUksT0FBTyxLQUFLLGNBQWMsSUFBSSxLQUFLO0FBQUEsRUFDdkMsT0FBTyxDQUFDLE9BQU8sU0FBUyxZQUFZO0FBQUEsRUFDcEMsT0FBTyxDQUFDLFdBQVcsV0FBVyxZQUFZLGFBQWEsV0FBVyxnQkFBZ0IsYUFBYSxpQkFBaUI7QUFBQSxFQUNoSCxXQUFXLENBQUMsZUFBZTtBQUM3QjtBQUVBLElBQU0sUUFBZ0M7QUFBQSxFQUNwQyxPQUFPO0FBQUEsRUFDUCxhQUFhO0FBQUEsRUFDYixlQUFlO0FBQUEsRUFDZixvQkFBb0I7QUFBQSxFQUNwQix5QkFBeUI7QUFBQSxFQUN6QixRQUFRO0FBQUEsRUFDUixNQUFNO0FBQUEsRUFDTiwyQkFBMkI7QUFDN0I7QUFNTyxTQUFTLHFCQUFxQixTQUFxRDtBQUN4RixNQUFJLE9BQU8sWUFBWSxZQUFZLFlBQVksUUFBUSxNQUFNLFFBQVEsT0FBTyxHQUFHO0FBQzdFLFVBQU0sSUFBSSxZQUFZLG9GQUFvRjtBQUFBLE1BQ3hHLFFBQVE7QUFBQSxJQUNWLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxPQUFPLFFBQVEsYUFBYSxVQUFVO0FBQ3hDLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUVBLEVBQUUsUUFBUSxXQUFXO0FBQUEsSUFDdkI7QUFBQSxFQUNGO0FBQ0EsUUFBTSxXQUFvQixRQUFRO0FBQ2xDLE1BQUksT0FBTyxhQUFhLFlBQVksYUFBYSxRQUFRLFVBQVUsWUFBWSxFQUFFLFVBQVUsV0FBVztBQUNwRyxVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFFQSxFQUFFLFFBQVEsV0FBVztBQUFBLElBQ3ZCO0FBQUEsRUFDRjtBQUNBLFFBQU0sU0FBUyxnQkFBZ0IsZUFBZSxTQUFTLEVBQUUsT0FBTyxPQUFPLFdBQVcsV0FBVyxDQUFDO0FBQzlGLFFBQU0sV0FBVyxPQUFPLGFBQWEsU0FBWSxTQUFZLGNBQWMsT0FBTyxRQUFRO0FBQzFGLFNBQU87QUFBQSxJQUNMLE9BQU8sUUFBUTtBQUFBLElBQ2YsTUFBTSxRQUFRLFFBQVEsQ0FBQztBQUFBLElBQ3ZCLGlCQUFpQixRQUFRLG1CQUFtQjtBQUFBLElBQzVDO0FBQUEsSUFDQSxPQUFPLFFBQVEsVUFBVSxRQUFRLFFBQVEsRUFBRSxHQUFHLGVBQWUsR0FBRyxlQUFlLFFBQVEsU0FBUyxDQUFDLENBQUMsRUFBRTtBQUFBLElBQ3BHLFFBQVEsUUFBUSxVQUFVO0FBQUEsSUFDMUIsT0FBTyxRQUFRLFNBQVMsQ0FBQztBQUFBLElBQ3pCLGVBQWUsUUFBUSxXQUFXLGlCQUFpQjtBQUFBLElBQ25ELFVBQVUsUUFBUTtBQUFBLElBQ2xCLE9BQU8sUUFBUTtBQUFBLElBQ2YsUUFBUSxRQUFRLFVBQVU7QUFBQSxNQUN4QixZQUFZLENBQUMsVUFBVSxPQUFPLFdBQVcsV0FBVyxVQUFVLEVBQUU7QUFBQSxNQUNoRSxjQUFjLENBQUMsV0FBVyxXQUFXLGFBQWEsTUFBdUM7QUFBQSxJQUMzRjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsZUFBaUMsT0FBc0I7QUFDOUQsUUFBTSxNQUFrQixDQUFDO0FBQ3pCLGFBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxPQUFPLFFBQVEsS0FBSyxFQUFHLEtBQUksTUFBTSxPQUFXLENBQUMsSUFBZ0MsQ0FBQyxJQUFJO0FBQ3ZHLFNBQU87QUFDVDs7O0FDak9PLElBQU0sZUFBTixNQUE0RTtBQUFBLEVBQ3hFO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUVULFlBQVksT0FBc0IsUUFBc0IsVUFBa0IsUUFBaUIsS0FBb0I7QUFDN0csVUFBTUMsVUFBUyxNQUFNO0FBQ3JCLFNBQUssT0FBT0EsUUFBTztBQUNuQixTQUFLLFVBQVVBLFFBQU87QUFDdEIsU0FBSyxPQUFPLE1BQU07QUFDbEIsU0FBSyxTQUFTQSxRQUFPLFVBQVUsQ0FBQztBQUNoQyxTQUFLLE9BQU9BLFFBQU87QUFDbkIsU0FBSyxRQUFRQSxRQUFPO0FBQ3BCLFNBQUssV0FBV0EsUUFBTztBQUN2QixTQUFLLFNBQVM7QUFDZCxTQUFLLFlBQVksTUFBTSxTQUFTO0FBQ2hDLFNBQUssV0FBVztBQUNoQixTQUFLLFNBQVM7QUFDZCxTQUFLLFlBQVksTUFBTTtBQUN2QixTQUFLLFdBQVcsSUFBSTtBQUNwQixTQUFLLE9BQU87QUFDWixTQUFLLFdBQVcsRUFBRSxPQUFPO0FBQUEsRUFDM0I7QUFBQSxFQUdBLE9BQU8sT0FBZ0IsU0FBaUM7QUFDdEQsVUFBTSxPQUFPO0FBQ2IsVUFBTSxnQkFBZ0IsU0FBUyxXQUFXLFNBQVksS0FBSyxXQUFXO0FBQ3RFLFFBQUksQ0FBQyxLQUFLLFNBQVMsT0FBUSxRQUFPLEtBQUssVUFBVSxPQUFPLE1BQU0sYUFBYTtBQUMzRSxXQUFPLEtBQUs7QUFBQSxNQUNWO0FBQUEsTUFDQSxNQUFNLEtBQUssVUFBVSxPQUFPLE1BQU0sYUFBYTtBQUFBLE1BQy9DLENBQUMsU0FBUyxLQUFLO0FBQUEsSUFDakI7QUFBQSxFQUNGO0FBQUEsRUFHQSxlQUFlLE9BQWdCLGNBQTZCLFNBQXdDO0FBQ2xHLFVBQU0sT0FBTztBQUNiLFVBQU0sZ0JBQWdCLFNBQVMsV0FBVyxTQUFZLEtBQUssV0FBVztBQUN0RSxRQUFJLENBQUMsS0FBSyxTQUFTLE9BQVEsUUFBTyxLQUFLLFVBQVUsZUFBZSxNQUFNLGNBQWMsYUFBYTtBQUNqRyxXQUFPLEtBQUs7QUFBQSxNQUNWO0FBQUEsTUFDQSxNQUFNLEtBQUssVUFBVSxlQUFlLE1BQU0sY0FBYyxhQUFhO0FBQUEsTUFDckUsQ0FBQyxhQUFhLFNBQVMsT0FBTyxDQUFDLEtBQUssTUFBTSxNQUFNLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFBQSxJQUNyRTtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQXVCO0FBQ3JCLFVBQU1BLFVBQVMsS0FBSyxPQUFPO0FBQzNCLFdBQU9BLFFBQU8sU0FBUyxLQUFLLE9BQU8sRUFBRSxHQUFHQSxRQUFPLElBQUksRUFBRSxHQUFHQSxTQUFRLE1BQU0sS0FBSyxLQUFLO0FBQUEsRUFDbEY7QUFBQSxFQUVBLFNBQVksTUFBbUMsS0FBYyxPQUE4QjtBQUN6RixVQUFNLEVBQUUsU0FBUyxTQUFTLGNBQWMsSUFBSSxLQUFLO0FBQ2pELFVBQU0sVUFBVSxRQUFRO0FBQ3hCLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxJQUFJO0FBQUEsSUFDWixTQUFTLE9BQU87QUFDZCxVQUFJLFFBQVEsTUFBTSxPQUFPLEdBQUc7QUFDMUIsZ0JBQVEsS0FBSyxFQUFFLE1BQU0sU0FBUyxNQUFNLEtBQUssTUFBTSxVQUFVLEtBQUssVUFBVSxPQUFPLFFBQVEsS0FBSyxFQUFFLENBQUM7QUFBQSxNQUNqRztBQUNBLFlBQU07QUFBQSxJQUNSO0FBQ0EsUUFBSSxRQUFRLE1BQU0sUUFBUSxHQUFHO0FBQzNCLFlBQU0sUUFBcUI7QUFBQSxRQUN6QixNQUFNO0FBQUEsUUFDTixNQUFNLEtBQUs7QUFBQSxRQUNYLFNBQVMsS0FBSztBQUFBLFFBQ2QsTUFBTSxLQUFLO0FBQUEsUUFDWCxZQUFZLFFBQVEsSUFBSTtBQUFBLFFBQ3hCLE9BQU8sTUFBTSxHQUFHO0FBQUEsUUFDaEIsV0FBVyxTQUFTLFVBQWEsU0FBUyxPQUFPLENBQUMsSUFBSSxPQUFPLEtBQUssSUFBSTtBQUFBLE1BQ3hFO0FBQ0EsVUFBSSxpQkFBaUIsU0FBUyxPQUFXLE9BQU0sU0FBUyxFQUFFLEdBQUcsS0FBSztBQUNsRSxjQUFRLEtBQUssS0FBSztBQUFBLElBQ3BCO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLFNBQVMsUUFBUSxPQUF1QjtBQUM3QyxTQUFPLGlCQUFpQixRQUFRLFFBQVEsSUFBSSxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQ2pFOzs7QUN2TUEsWUFBWUMsUUFBTztBQTRDbkIsSUFBTSxpQkFBbUIsVUFBTztBQUFBLEVBQzlCLGlCQUFtQixXQUFRLEdBQUcsRUFBRSxPQUFPLFlBQVksQ0FBQztBQUFBLEVBQ3BELFNBQVcsVUFBTztBQUFBLEVBQ2xCLFdBQWEsVUFBUyxVQUFPLEdBQUssVUFBTyxFQUFFLFNBQVcsVUFBTyxHQUFHLE1BQVEsVUFBTyxFQUFFLENBQUMsQ0FBQztBQUFBLEVBQ25GLFNBQVc7QUFBQSxJQUNQLFVBQU87QUFBQSxJQUNQLFVBQXFCLENBQUMsTUFBTSxPQUFPLE1BQU0sWUFBWSxNQUFNLFFBQVEsQ0FBQyxNQUFNLFFBQVEsQ0FBQyxDQUFDO0FBQUEsRUFDeEY7QUFDRixDQUFDO0FBTU0sU0FBUyxjQUFjLE9BQWdCLE9BQThCO0FBQzFFLFNBQU8sZ0JBQWdCLGdCQUFnQixPQUFPO0FBQUEsSUFDNUMsTUFBTSxVQUFVLFNBQVksYUFBYTtBQUFBLElBQ3pDLEdBQUksVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE1BQU0sTUFBTTtBQUFBLElBQzdDLE9BQU8sRUFBRSxJQUFJLDJFQUEyRTtBQUFBLEVBQzFGLENBQUM7QUFDSDtBQWtCTyxTQUFTLGVBQWUsU0FBd0IsVUFBcUMsQ0FBQyxHQUFtQjtBQUM5RyxRQUFNLE9BQXVCO0FBQUEsSUFDM0IsTUFBTTtBQUFBLElBQ04sUUFBUTtBQUFBLElBQ1IsTUFBTSxPQUFPO0FBQ1gsYUFBTyxLQUFLLFNBQVMsU0FBWSxTQUFZLGdCQUFnQixLQUFLLElBQUk7QUFBQSxJQUN4RTtBQUFBLElBQ0EsTUFBTSxNQUFNLE1BQU07QUFDaEIsV0FBSztBQUNMLFdBQUssT0FBTyxnQkFBZ0IsSUFBSTtBQUFBLElBQ2xDO0FBQUEsRUFDRjtBQUNBLE1BQUksUUFBUSxpQkFBaUIsT0FBVyxNQUFLLGVBQWUsUUFBUTtBQUNwRSxTQUFPO0FBQ1Q7QUFZTyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFDakI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNUO0FBQUEsRUFDQTtBQUFBLEVBQ0Esb0JBQW9CLG9CQUFJLElBQStDO0FBQUEsRUFDdkUsa0JBQWtCLG9CQUFJLElBQTBCO0FBQUEsRUFDaEQ7QUFBQSxFQUNBLFdBQTBCLFFBQVEsUUFBUTtBQUFBLEVBRTFDLFlBQVksU0FBMEIsUUFBd0IsU0FBbUM7QUFDL0YsU0FBSyxXQUFXO0FBQ2hCLFNBQUssVUFBVTtBQUNmLFNBQUssV0FBVyxRQUFRLGdCQUFnQjtBQUN4QyxTQUFLLFdBQVc7QUFBQSxFQUNsQjtBQUFBO0FBQUEsRUFHQSxLQUFLLE1BQWMsVUFBa0JDLFNBQXNCLE1BQW9CO0FBQzdFLFVBQU0sWUFBWSxHQUFHLElBQUksSUFBSUEsUUFBTyxPQUFPO0FBQzNDLFVBQU0sV0FBVyxLQUFLLGtCQUFrQixJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsRUFBRTtBQUNqRSxRQUFJLFVBQVUsWUFBWUEsUUFBTyxXQUFXLFNBQVMsU0FBUyxRQUFRLEtBQUssZ0JBQWdCLElBQUksU0FBUyxFQUFHO0FBQzNHLFNBQUssa0JBQWtCLElBQUksR0FBRyxJQUFJLElBQUksUUFBUSxJQUFJLEVBQUUsU0FBU0EsUUFBTyxTQUFTLEtBQUssQ0FBQztBQUNuRixTQUFLLGdCQUFnQixJQUFJLFdBQVdBLFFBQU8sU0FBUyxPQUFPQSxVQUFTLEVBQUUsR0FBR0EsU0FBUSxLQUFLLENBQUM7QUFDdkYsUUFBSSxLQUFLLFdBQVcsUUFBVztBQUM3QixXQUFLLFNBQVMsS0FBSyxRQUFRLFdBQVcsTUFBTTtBQUMxQyxhQUFLLFNBQVM7QUFDZCxhQUFLLEtBQUssTUFBTTtBQUFBLE1BQ2xCLEdBQUcsS0FBSyxRQUFRO0FBQ2hCLFlBQU0sS0FBSyxNQUFNO0FBQUEsSUFDbkI7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLE1BQU0sT0FBTyxNQUFjLFVBQTJDO0FBQ3BFLFVBQU0sVUFBVSxLQUFLLE1BQU0sS0FBSyxtQkFBbUIsS0FBSyxpQkFBaUIsTUFBTSxRQUFRO0FBQ3ZGLFFBQUksWUFBWSxPQUFXLFFBQU87QUFDbEMsVUFBTSxRQUFRLE1BQU0sS0FBSyxNQUFNO0FBQy9CLFFBQUksVUFBVSxRQUFXO0FBQ3ZCLGFBQU87QUFBQSxRQUNMLE9BQU87QUFBQSxRQUNQLFFBQ0UsS0FBSyxlQUFlLFNBQ2hCLDBCQUNBLG1DQUFtQyxVQUFVLEtBQUssVUFBVSxDQUFDO0FBQUEsTUFDckU7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLEtBQUs7QUFBQSxNQUNqQixJQUFJLElBQUksT0FBTyxRQUFRLE1BQU0sU0FBUyxDQUFDO0FBQUEsTUFDdkMsSUFBSSxJQUFJLE9BQU8sUUFBUSxNQUFNLE9BQU8sQ0FBQztBQUFBLE1BQ3JDO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxXQUFPLFNBQVMsRUFBRSxPQUFPLE9BQU8sUUFBUSxrQ0FBa0MsSUFBSSxJQUFJLFFBQVEsSUFBSTtBQUFBLEVBQ2hHO0FBQUE7QUFBQSxFQUdBLFFBQXVCO0FBQ3JCLFFBQUksS0FBSyxXQUFXLFFBQVc7QUFDN0IsV0FBSyxRQUFRLGFBQWEsS0FBSyxNQUFNO0FBQ3JDLFdBQUssU0FBUztBQUFBLElBQ2hCO0FBQ0EsU0FBSyxXQUFXLEtBQUssU0FBUyxLQUFLLE1BQU0sS0FBSyxPQUFPLENBQUM7QUFDdEQsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsTUFBTSxTQUF3QjtBQUM1QixRQUFJLEtBQUssa0JBQWtCLFNBQVMsRUFBRztBQUN2QyxVQUFNLFlBQVksS0FBSztBQUN2QixVQUFNLFVBQVUsS0FBSztBQUNyQixTQUFLLG9CQUFvQixvQkFBSSxJQUFJO0FBQ2pDLFNBQUssa0JBQWtCLG9CQUFJLElBQUk7QUFDL0IsVUFBTSxRQUFRLE1BQU0sS0FBSyxNQUFNO0FBQy9CLFVBQU0sU0FBdUI7QUFBQSxNQUMzQixpQkFBaUI7QUFBQSxNQUNqQixVQUFTLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsTUFDaEMsV0FBVyxFQUFFLEdBQUcsT0FBTyxXQUFXLEdBQUcsT0FBTyxZQUFZLFNBQVMsRUFBRTtBQUFBLE1BQ25FLFNBQVMsQ0FBQztBQUFBLElBQ1o7QUFDQSxlQUFXLENBQUMsS0FBSyxFQUFFLFFBQVEsQ0FBQyxLQUFLLE9BQU8sUUFBUSxPQUFPLFNBQVMsR0FBRztBQUNqRSxZQUFNLFlBQVksR0FBRyxJQUFJLE1BQU0sR0FBRyxJQUFJLFFBQVEsR0FBRyxDQUFDLENBQUMsSUFBSSxPQUFPO0FBQzlELFlBQU1BLFVBQVMsUUFBUSxJQUFJLFNBQVMsTUFBTSxVQUFVLFNBQVksU0FBWSxTQUFTLE1BQU0sU0FBUyxTQUFTO0FBQzdHLFVBQUlBLFlBQVcsT0FBVyxRQUFPLE9BQU8sVUFBVSxHQUFHO0FBQUEsVUFDaEQsUUFBTyxRQUFRLFNBQVMsSUFBSUE7QUFBQSxJQUNuQztBQUNBLFFBQUk7QUFDRixZQUFNLEtBQUssU0FBUyxNQUFNLE1BQU07QUFDaEMsV0FBSyxTQUFTLFFBQVEsUUFBUSxNQUFNO0FBQ3BDLFdBQUssYUFBYTtBQUFBLElBQ3BCLFNBQVMsT0FBTztBQUVkLGlCQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssVUFBVyxLQUFJLENBQUMsS0FBSyxrQkFBa0IsSUFBSSxDQUFDLEVBQUcsTUFBSyxrQkFBa0IsSUFBSSxHQUFHLENBQUM7QUFDbkcsaUJBQVcsQ0FBQyxHQUFHLENBQUMsS0FBSyxRQUFTLEtBQUksQ0FBQyxLQUFLLGdCQUFnQixJQUFJLENBQUMsRUFBRyxNQUFLLGdCQUFnQixJQUFJLEdBQUcsQ0FBQztBQUM3RixXQUFLLFNBQVMsS0FBSztBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUFBLEVBRUEsUUFBMkM7QUFDekMsUUFBSSxLQUFLLFdBQVcsUUFBVztBQUM3QixXQUFLLFVBQVUsWUFBWTtBQUN6QixZQUFJO0FBQ0YsZ0JBQU0sT0FBTyxNQUFNLEtBQUssU0FBUyxLQUFLO0FBQ3RDLGlCQUFPLFNBQVMsU0FBWSxTQUFZLGNBQWMsSUFBSTtBQUFBLFFBQzVELFNBQVMsT0FBTztBQUNkLGVBQUssYUFBYTtBQUNsQixlQUFLLFNBQVMsS0FBSztBQUNuQixpQkFBTztBQUFBLFFBQ1Q7QUFBQSxNQUNGLEdBQUc7QUFBQSxJQUNMO0FBQ0EsV0FBTyxLQUFLO0FBQUEsRUFDZDtBQUFBLEVBRUEsTUFDRSxXQUNBLFNBQ0EsTUFDQSxVQUM0QjtBQUM1QixRQUFJLFVBQVUsVUFBVSxJQUFJLEdBQUcsSUFBSSxJQUFJLFFBQVEsRUFBRSxHQUFHO0FBQ3BELFFBQUksWUFBWSxVQUFhLENBQUMsZ0JBQWdCLFFBQVEsR0FBRztBQUN2RCxZQUFNLFdBQTBELENBQUM7QUFDakUsaUJBQVcsQ0FBQyxLQUFLQSxPQUFNLEtBQUssU0FBUztBQUNuQyxZQUFJLElBQUksV0FBVyxHQUFHLElBQUksR0FBRyxLQUFLLElBQUksUUFBUSxHQUFHLE1BQU0sS0FBSyxRQUFRO0FBQ2xFLG1CQUFTLEtBQUssRUFBRSxTQUFTQSxRQUFPLFNBQVMsUUFBUUEsUUFBTyxVQUFVLENBQUMsR0FBRyxRQUFBQSxRQUFPLENBQUM7QUFBQSxRQUNoRjtBQUFBLE1BQ0Y7QUFDQSxnQkFBVSxnQkFBZ0IsVUFBVSxRQUFRLEdBQUc7QUFBQSxJQUNqRDtBQUNBLFVBQU1BLFVBQVMsUUFBUSxJQUFJLEdBQUcsSUFBSSxJQUFJLFdBQVcsUUFBUSxFQUFFO0FBQzNELFFBQUlBLFlBQVcsT0FBVyxRQUFPO0FBQ2pDLFdBQU8sRUFBRSxPQUFPLE1BQU0sUUFBQUEsU0FBUSxNQUFNQSxRQUFPLFFBQVEsR0FBRztBQUFBLEVBQ3hEO0FBQ0Y7QUFFQSxTQUFTLE1BQU0sUUFBdUI7QUFDcEMsUUFBTSxRQUFRO0FBQ2QsTUFBSSxPQUFPLFVBQVUsWUFBWSxVQUFVLFFBQVEsT0FBTyxNQUFNLFVBQVUsV0FBWSxPQUFNLE1BQU07QUFDcEc7QUFFQSxTQUFTLFVBQVUsT0FBd0I7QUFDekMsU0FBTyxpQkFBaUIsUUFBUSxHQUFHLE1BQU0sSUFBSSxLQUFLLE1BQU0sT0FBTyxLQUFLLE9BQU8sS0FBSztBQUNsRjs7O0FDclBPLFNBQVMsWUFBWSxNQUFvQixlQUFlLEdBQUcsWUFBWSxLQUFxQjtBQUNqRyxNQUFJLFNBQVM7QUFDYixNQUFJLFNBQVM7QUFDYixRQUFNLFFBQVEsTUFBWTtBQUN4QixhQUFTO0FBQUEsRUFDWDtBQUNBLFNBQU8sTUFBTTtBQUNYLFFBQUksV0FBVyxLQUFLLFdBQVcsRUFBRyxRQUFPO0FBQ3pDLGFBQVMsS0FBSztBQUNkLGFBQVM7QUFDVCxVQUFNLFNBQVMsV0FBVyxPQUFPLFlBQVk7QUFDN0MsUUFBSSxPQUFPLFdBQVcsWUFBWSxXQUFXLFFBQVEsT0FBTyxPQUFPLFVBQVUsV0FBWSxRQUFPLE1BQU07QUFDdEcsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDaUZPLElBQU0sZUFBZTtBQUVyQixJQUFNLG1CQUFtQjtBQUNoQyxJQUFNLGlCQUFpQjtBQUN2QixJQUFNLHFCQUFxQjtBQUMzQixJQUFNLHNCQUFzQjtBQWFyQixTQUFTLG1CQUFtQixTQUE0QztBQUM3RSxTQUFPLElBQUksT0FBTyxxQkFBcUIsT0FBTyxDQUFDO0FBQ2pEO0FBRUEsSUFBTSxTQUFOLE1BQXFDO0FBQUEsRUFDMUI7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBLFNBQVMsb0JBQUksSUFBcUI7QUFBQSxFQUNsQyxhQUFhLG9CQUFJLElBQW9DO0FBQUEsRUFDOUQ7QUFBQSxFQUNBLFVBQVU7QUFBQSxFQUVWLFlBQVksU0FBZ0M7QUFDMUMsU0FBSyxLQUFLO0FBQ1YsU0FBSyxRQUFRLFFBQVE7QUFDckIsVUFBTSxRQUFRLFFBQVE7QUFDdEIsU0FBSyxPQUFPLFVBQVUsU0FBWSxZQUFZLEtBQUssR0FBRyxJQUFJLE1BQU0sTUFBTSxJQUFJO0FBQzFFLFVBQU0sT0FBTyxXQUFXO0FBQ3hCLFVBQU0sVUFBVSxVQUFVLFVBQWEsU0FBUyxTQUFZLEtBQUssT0FBTyxNQUFNLEtBQUssSUFBSTtBQUN2RixTQUFLLFdBQVcsSUFBSTtBQUFBLE1BQ2xCLFFBQVEsTUFBTSxvQkFBb0IsU0FBWSxDQUFDLElBQUksRUFBRSxTQUFTLFFBQVEsTUFBTSxnQkFBZ0I7QUFBQSxJQUM5RjtBQUNBLFNBQUssZUFBZTtBQUNwQixTQUFLLE9BQU8sRUFBRSxTQUFTLEtBQUssVUFBVSxlQUFlLFFBQVEsZUFBZSxRQUFRO0FBQ3BGLFNBQUssU0FBUyxJQUFJLFlBQVksUUFBUSxPQUFPLEtBQUssSUFBSTtBQUN0RCxTQUFLLFlBQ0gsUUFBUSxhQUFhLFNBQ2pCLFNBQ0EsSUFBSTtBQUFBLE1BQWUsUUFBUTtBQUFBLE1BQVUsUUFBUTtBQUFBLE1BQVEsQ0FBQyxVQUNwRCxLQUFLLFdBQVcscUJBQXFCLFFBQVcsS0FBSztBQUFBLElBQ3ZEO0FBQ04sUUFBSSxPQUFPLEtBQUssTUFBTSxVQUFVLFlBQVk7QUFDMUMsV0FBSyxXQUFXLEtBQUssTUFBTSxNQUFNLENBQUMsU0FBUyxLQUFLLFdBQVcsSUFBSSxDQUFDO0FBQUEsSUFDbEU7QUFBQSxFQUNGO0FBQUEsRUFFQSxHQUE4QixNQUFTLFVBQThDO0FBQ25GLFdBQU8sS0FBSyxTQUFTLEdBQUcsTUFBTSxRQUFRO0FBQUEsRUFDeEM7QUFBQSxFQUVBLFdBQVcsTUFBcUI7QUFDOUIsU0FBSyxPQUFPLFdBQVcsSUFBSTtBQUFBLEVBQzdCO0FBQUEsRUFFQSxNQUFNLFFBQXVCO0FBQzNCLFFBQUksS0FBSyxRQUFTO0FBQ2xCLFNBQUssVUFBVTtBQUNmLFNBQUssV0FBVztBQUNoQixTQUFLLFdBQVc7QUFDaEIsU0FBSyxPQUFPLFdBQVc7QUFDdkIsVUFBTSxLQUFLLFdBQVcsTUFBTTtBQUFBLEVBQzlCO0FBQUEsRUFFQSxVQUFzQyxNQUFTLFNBQTZEO0FBRzFHLFNBQUssU0FBUyxXQUFXLFVBQWEsUUFBUSxXQUFXLEtBQUssR0FBRyxXQUFXLENBQUMsS0FBSyxTQUFTO0FBQ3pGLFlBQU0sVUFBVSxLQUFLLE9BQU8sSUFBSSxJQUFJO0FBQ3BDLFlBQU0sYUFBYSxZQUFZLFNBQVksU0FBWSxLQUFLLE9BQU8sV0FBVyxRQUFRLEdBQUc7QUFDekYsVUFDRSxZQUFZLGFBQWEsVUFDekIsWUFBWSxXQUNYLFFBQVEsU0FBUyxLQUFLLEtBQUssSUFBSSxXQUFXLFdBQVcsS0FBSyxPQUFPLFFBQ2xFO0FBQ0EsWUFBSSxTQUFTLFdBQVc7QUFDeEIsWUFBSSxXQUFXLFFBQVc7QUFDeEIsbUJBQVMsSUFBSSxhQUFhLFdBQVcsVUFBVSxTQUFTLFFBQVEsVUFBVSxLQUFLLEdBQUcsUUFBUSxLQUFLLElBQUk7QUFDbkcscUJBQVcsU0FBUztBQUFBLFFBQ3RCO0FBQ0EsWUFBSSxLQUFLLFNBQVMsT0FBUSxNQUFLLFdBQVcsU0FBUyxFQUFFLE9BQU8sV0FBVyxVQUFVLE9BQU8sT0FBTyxRQUFRLFFBQVEsR0FBRyxDQUFDO0FBQ25ILGVBQU8sUUFBUSxRQUFRLE1BQWdDO0FBQUEsTUFDekQ7QUFBQSxJQUNGO0FBQ0EsV0FBTyxLQUFLLFdBQVcsTUFBTSxXQUFXLENBQUMsQ0FBQztBQUFBLEVBQzVDO0FBQUEsRUFFQSxNQUFNLFdBQXVDLE1BQVMsU0FBNEQ7QUFDaEgsVUFBTSxVQUFVLEtBQUssU0FBUyxTQUFTLEtBQUssS0FBSyxRQUFRLElBQUk7QUFDN0QsUUFBSTtBQUNKLFVBQU0sU0FBUyxRQUFRLFVBQVUsS0FBSyxHQUFHO0FBQ3pDLFFBQUk7QUFDRixVQUFJLEtBQUs7QUFDUCxjQUFNLElBQUksWUFBWSwyRUFBMkU7QUFDbkcsZ0JBQVUsS0FBSyxTQUFTLElBQUk7QUFDNUIsWUFBTSxTQUFTLEtBQUssYUFBYSxTQUFTLE1BQU0sS0FBTSxNQUFNLEtBQUssT0FBTyxTQUFTLE1BQU07QUFDdkYsV0FBSyxXQUFXLFNBQVMsUUFBUSxPQUFPO0FBQ3hDLGFBQU8sSUFBSSxhQUFhLE9BQU8sT0FBTyxPQUFPLFFBQVEsUUFBUSxVQUFVLFFBQVEsS0FBSyxJQUFJO0FBQUEsSUFDMUYsU0FBUyxPQUFPO0FBQ2QsVUFBSSxZQUFZLFVBQWEsUUFBUSxhQUFhLFVBQWEsWUFBWSxLQUFLLEdBQUc7QUFDakYsYUFBSyxXQUFXLFFBQVEsTUFBTSxRQUFRLFVBQVUsS0FBSztBQUNyRCxZQUFJO0FBQ0osWUFBSTtBQUNGLGtCQUFRLE1BQU0sS0FBSyxVQUFVLFNBQVMsUUFBUSxVQUFVLE1BQU07QUFBQSxRQUNoRSxTQUFTLGVBQWU7QUFDdEIsZUFBSyxXQUFXLFFBQVEsTUFBTSxRQUFRLFVBQVUsYUFBYTtBQUM3RCxnQkFBTTtBQUFBLFFBQ1I7QUFDQSxhQUFLLFdBQVcsU0FBUyxFQUFFLE9BQU8sT0FBTyxRQUFRLFFBQVEsV0FBVyxHQUFHLE9BQU87QUFDOUUsZUFBTyxJQUFJLGFBQWEsT0FBTyxZQUFZLFFBQVEsVUFBVSxRQUFRLEtBQUssSUFBSTtBQUFBLE1BQ2hGO0FBQ0EsWUFBTSxRQUFRLFlBQVksVUFBYSxjQUFjLEtBQUssSUFBSSxlQUFlLEtBQUssSUFBSTtBQUN0RixXQUFLLFdBQVcsU0FBUyxRQUFRLE9BQU8sSUFBSSxHQUFHLFNBQVMsVUFBVSxLQUFLO0FBQ3ZFLFlBQU07QUFBQSxJQUNSO0FBQUEsRUFDRjtBQUFBLEVBRUEsTUFBTSxTQUFTLE9BQW9EO0FBQ2pFLFVBQU0sT0FBTyxTQUFVLE1BQU0sS0FBSyxzQkFBc0I7QUFDeEQsVUFBTSxVQUFVLE1BQU0sUUFBUSxXQUFXLEtBQUssSUFBSSxDQUFDLFNBQVMsS0FBSyxVQUFVLElBQUksQ0FBQyxDQUFDO0FBQ2pGLFVBQU0sU0FBeUIsRUFBRSxRQUFRLENBQUMsR0FBRyxRQUFRLENBQUMsRUFBRTtBQUN4RCxZQUFRLFFBQVEsQ0FBQyxRQUFRLE1BQU07QUFDN0IsWUFBTSxPQUFPLEtBQUssQ0FBQyxLQUFLO0FBQ3hCLFVBQUksT0FBTyxXQUFXLGFBQWE7QUFDakMsY0FBTSxJQUFJLE9BQU87QUFDakIsZUFBTyxPQUFPLEtBQUssRUFBRSxNQUFNLE1BQU0sRUFBRSxNQUFNLFNBQVMsRUFBRSxTQUFTLFFBQVEsRUFBRSxPQUFPLENBQUM7QUFBQSxNQUNqRixPQUFPO0FBQ0wsZUFBTyxPQUFPLEtBQUssRUFBRSxNQUFNLE9BQU8sUUFBUSxPQUFPLE1BQU0sRUFBRSxDQUFDO0FBQUEsTUFDNUQ7QUFBQSxJQUNGLENBQUM7QUFDRCxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFJQSxTQUFTLE1BQXVCO0FBQzlCLFVBQU0sT0FBTyxLQUFLLE9BQU8sSUFBSSxJQUFJO0FBQ2pDLFFBQUksU0FBUyxPQUFXLFFBQU87QUFDL0IsVUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJLFVBQVUsSUFBSTtBQUN6QyxVQUFNLFlBQVksWUFBWSxLQUFLLGNBQWMsSUFBSTtBQUNyRCxVQUFNLFVBQVUsS0FBSyxhQUFhLE1BQU0sU0FBUztBQUNqRCxRQUFJLEtBQUssT0FBTyxRQUFRLGVBQWdCLE1BQUssT0FBTyxNQUFNO0FBQzFELFNBQUssT0FBTyxJQUFJLE1BQU0sT0FBTztBQUM3QixXQUFPO0FBQUEsRUFDVDtBQUFBLEVBRUEsYUFBYSxNQUFjLFVBQTJCO0FBQ3BELFdBQU8sRUFBRSxNQUFNLFVBQVUsS0FBSyxTQUFTLE1BQU0sUUFBUSxHQUFHLE9BQU8sYUFBYSxRQUFRLE1BQU0sUUFBUTtBQUFBLEVBQ3BHO0FBQUE7QUFBQSxFQUdBLGNBQWMsTUFBc0I7QUFDbEMsVUFBTSxXQUFXLEtBQUssR0FBRztBQUN6QixVQUFNLFNBQVMsYUFBYSxTQUFZLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUNuRixXQUFPLFFBQVEsV0FBVyxTQUFTLEtBQUssR0FBRyxNQUFNLElBQUksS0FBSyxLQUFLLEdBQUc7QUFBQSxFQUNwRTtBQUFBO0FBQUEsRUFHQSxpQkFBaUIsTUFBc0I7QUFDckMsVUFBTSxXQUFXLEtBQUssR0FBRztBQUN6QixVQUFNLFNBQVMsYUFBYSxTQUFZLFNBQVksU0FBUyxTQUFTLFNBQVMsSUFBSTtBQUNuRixXQUFPLFFBQVEsV0FBVyxTQUFTLEtBQUssR0FBRyxNQUFNLElBQUksS0FBSztBQUFBLEVBQzVEO0FBQUEsRUFFQSxNQUFNLHdCQUEyQztBQUMvQyxVQUFNLFFBQVEsb0JBQUksSUFBSSxDQUFDLEdBQUcsT0FBTyxLQUFLLEtBQUssR0FBRyxVQUFVLFdBQVcsQ0FBQyxDQUFDLEdBQUcsR0FBRyxPQUFPLEtBQUssS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDO0FBQ3JHLFFBQUksTUFBTSxTQUFTLEtBQUssT0FBTyxLQUFLLE1BQU0sU0FBUyxZQUFZO0FBQzdELGlCQUFXLFFBQVEsTUFBTSxLQUFLLE1BQU0sS0FBSyxFQUFHLE9BQU0sSUFBSSxJQUFJO0FBQUEsSUFDNUQ7QUFDQSxXQUFPLENBQUMsR0FBRyxLQUFLLEVBQUUsS0FBSztBQUFBLEVBQ3pCO0FBQUE7QUFBQTtBQUFBLEVBS0EsYUFBYSxTQUFrQixRQUFxQztBQUNsRSxVQUFNLGFBQWEsS0FBSyxPQUFPLFdBQVcsUUFBUSxHQUFHO0FBQ3JELFVBQU0sV0FBVyxlQUFlLFVBQWEsV0FBVyxLQUFLLEdBQUcsU0FBUyxTQUFZLFdBQVc7QUFDaEcsUUFBSSxlQUFlLFVBQWEsYUFBYSxPQUFXLFFBQU87QUFDL0QsVUFBTSxZQUFZLEtBQUssT0FBTyxVQUFVLFlBQVksUUFBUSxLQUFLO0FBQ2pFLFFBQUksY0FBYyxTQUFTO0FBQ3pCLGFBQU8sRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsV0FBVyxXQUFXLGFBQWEsYUFBYSxRQUFRO0FBQUEsSUFDMUc7QUFDQSxRQUFJLGNBQWMsVUFBVyxRQUFPO0FBQ3BDLFNBQUssU0FBUyxTQUFTLFVBQVU7QUFDakMsV0FBTyxFQUFFLE9BQU8sVUFBVSxPQUFPLFNBQVMsUUFBUSxXQUFXLFdBQVcsYUFBYSxhQUFhLFFBQVE7QUFBQSxFQUM1RztBQUFBLEVBRUEsTUFBTSxPQUFPLFNBQWtCLFFBQWtDO0FBQy9ELFVBQU0sRUFBRSxZQUFZLE9BQUFDLFFBQU8sT0FBTyxJQUFJLE1BQU0sS0FBSyxTQUFTLE9BQU87QUFDakUsVUFBTSxXQUFXLFdBQVcsS0FBSyxHQUFHLFNBQVMsV0FBVyxXQUFXO0FBQ25FLFFBQUksYUFBYSxPQUFXLFFBQU8sRUFBRSxPQUFPLFVBQVUsT0FBQUEsUUFBTyxPQUFPO0FBQ3BFLFVBQU0sUUFBUSxNQUFNLEtBQUssU0FBUyxZQUFZLE1BQU07QUFDcEQsV0FBTyxFQUFFLE9BQU8sTUFBTSxPQUFPLE9BQU8sTUFBTSxVQUFVQSxXQUFVLFFBQVEsYUFBYUEsUUFBTyxPQUFPO0FBQUEsRUFDbkc7QUFBQTtBQUFBLEVBR0EsTUFBTSxTQUFTLFNBQWlHO0FBQzlHLFVBQU0sU0FBUyxLQUFLLE9BQU8sV0FBVyxRQUFRLEdBQUc7QUFDakQsUUFBSTtBQUNKLFFBQUksV0FBVyxRQUFXO0FBQ3hCLFlBQU0sWUFBWSxLQUFLLE9BQU8sVUFBVSxRQUFRLFFBQVEsS0FBSztBQUM3RCxVQUFJLGNBQWMsU0FBUztBQUN6QixlQUFPLEVBQUUsWUFBWSxRQUFRLE9BQU8sT0FBTyxRQUFRLE9BQU8sV0FBVyxhQUFhLGFBQWEsUUFBUTtBQUFBLE1BQ3pHO0FBQ0EsVUFBSSxjQUFjLFNBQVM7QUFDekIsYUFBSyxTQUFTLFNBQVMsTUFBTTtBQUM3QixlQUFPLEVBQUUsWUFBWSxRQUFRLE9BQU8sU0FBUyxRQUFRLE9BQU8sV0FBVyxhQUFhLGFBQWEsUUFBUTtBQUFBLE1BQzNHO0FBQ0EsZ0JBQVU7QUFDVixXQUFLLE9BQU8saUJBQWlCLFFBQVEsS0FBSyxNQUFNO0FBQUEsSUFDbEQ7QUFDQSxVQUFNLEVBQUUsU0FBUyxPQUFPLElBQUksS0FBSyxPQUFPO0FBQUEsTUFBTSxLQUFLLE9BQU87QUFBQSxNQUFTLFFBQVE7QUFBQSxNQUFLLFFBQVE7QUFBQSxNQUFNLENBQUMsV0FDN0YsS0FBSyxNQUFNLFNBQVMsUUFBUSxPQUFPO0FBQUEsSUFDckM7QUFDQSxVQUFNLEVBQUUsWUFBWSxPQUFPLElBQUksTUFBTTtBQUNyQyxXQUFPLEVBQUUsWUFBWSxPQUFPLFNBQVMsYUFBYSxRQUFRLE9BQU87QUFBQSxFQUNuRTtBQUFBO0FBQUEsRUFHQSxNQUFNLE1BQU0sU0FBa0IsUUFBd0IsU0FBa0Q7QUFDdEcsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLGFBQWEsTUFBTSxLQUFLLGVBQWUsT0FBTztBQUNwRCxVQUFJLENBQUMsT0FBTyxVQUFXLE1BQUssT0FBTyxjQUFjLFFBQVEsS0FBSyxVQUFVO0FBQ3hFLGFBQU8sRUFBRSxZQUFZLFFBQVEsUUFBUTtBQUFBLElBQ3ZDLFNBQVMsT0FBTztBQUNkLFVBQUksQ0FBQyxjQUFjLEtBQUssRUFBRyxPQUFNO0FBQ2pDLG1CQUFhO0FBQUEsSUFDZjtBQUNBLFVBQU0sUUFBUSxDQUFDLE9BQU8sS0FBSyxNQUFNLElBQUksa0JBQWtCQyxXQUFVLFVBQVUsQ0FBQyxHQUFHO0FBRy9FLFVBQU0sVUFBVSxLQUFLLE9BQU8sV0FBVyxRQUFRLEdBQUc7QUFDbEQsUUFBSSxZQUFZLFVBQWEsS0FBSyxPQUFPLFVBQVUsU0FBUyxRQUFRLEtBQUssTUFBTSxXQUFXO0FBQ3hGLGFBQU8sRUFBRSxZQUFZLFNBQVMsUUFBUSxRQUFRO0FBQUEsSUFDaEQ7QUFDQSxVQUFNO0FBQUEsTUFDSixZQUFZLFNBQ1Isa0JBQ0EsbUJBQW1CLFFBQVEsT0FBTyxxQ0FBcUMsS0FBSyxPQUFPLFVBQVU7QUFBQSxJQUNuRztBQUVBLFFBQUksS0FBSyxjQUFjLFFBQVc7QUFDaEMsWUFBTSxLQUFLLHdCQUF3QjtBQUFBLElBQ3JDLE9BQU87QUFDTCxZQUFNLFFBQVEsTUFBTSxLQUFLLFVBQVUsT0FBTyxRQUFRLE1BQU0sUUFBUSxRQUFRO0FBQ3hFLFVBQUksTUFBTSxPQUFPO0FBQ2YsWUFBSTtBQUNGLGdCQUFNQyxVQUFTLFlBQVksTUFBTSxRQUFRLGtCQUFrQixRQUFRLEdBQUcsRUFBRTtBQUN4RSxjQUFJQSxRQUFPLFNBQVMsUUFBUSxLQUFNLE9BQU0sSUFBSSxNQUFNLGFBQWFBLFFBQU8sSUFBSSxHQUFHO0FBQzdFLGdCQUFNLE9BQU8sTUFBTSxlQUFlQSxTQUFRLFdBQVcsS0FBSyxHQUFHLFVBQVUsUUFBUSxNQUFNQSxRQUFPLE9BQU8sQ0FBQztBQUNwRyxnQkFBTSxhQUF5QjtBQUFBLFlBQzdCLE1BQU0sUUFBUTtBQUFBLFlBQ2QsVUFBVSxRQUFRO0FBQUEsWUFDbEIsUUFBQUE7QUFBQSxZQUNBLFNBQVNBLFFBQU87QUFBQSxZQUNoQjtBQUFBLFlBQ0EsUUFBUTtBQUFBO0FBQUEsWUFFUixVQUFVLEtBQUssS0FBSyxJQUFJLEtBQUssT0FBTztBQUFBLFlBQ3BDLFNBQVM7QUFBQSxZQUNULFVBQVU7QUFBQSxVQUNaO0FBQ0EsY0FBSSxDQUFDLE9BQU8sVUFBVyxNQUFLLE9BQU8sY0FBYyxRQUFRLEtBQUssVUFBVTtBQUN4RSxpQkFBTyxFQUFFLFlBQVksUUFBUSxXQUFXO0FBQUEsUUFDMUMsU0FBUyxPQUFPO0FBQ2QsZ0JBQU0sS0FBSyxvQ0FBb0NELFdBQVUsS0FBSyxDQUFDLEdBQUc7QUFBQSxRQUNwRTtBQUFBLE1BQ0YsT0FBTztBQUNMLGNBQU0sS0FBSyxNQUFNLE1BQU07QUFBQSxNQUN6QjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsc0JBQXNCLGFBQWEsYUFBYTtBQUM5RCxVQUFNLElBQUk7QUFBQSxNQUNSLDBCQUEwQixRQUFRLEdBQUcsTUFBTSxNQUFNLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDM0Q7QUFBQSxRQUNFLE9BQU8sS0FBSyxNQUFNO0FBQUEsUUFDbEIsR0FBSSxPQUFPLFdBQVcsU0FBWSxDQUFDLElBQUksRUFBRSxRQUFRLE1BQU0sT0FBTztBQUFBLFFBQzlELFdBQVcsT0FBTyxhQUFhO0FBQUEsTUFDakM7QUFBQSxNQUNBLEVBQUUsT0FBTyxXQUFXO0FBQUEsSUFDdEI7QUFBQSxFQUNGO0FBQUEsRUFFQSxNQUFNLGVBQWUsU0FBdUM7QUFDMUQsVUFBTUMsVUFBUyxNQUFNLFlBQVksS0FBSyxPQUFPLFFBQVEsTUFBTSxRQUFRLFFBQVE7QUFDM0UsVUFBTSxPQUFPLE1BQU0sZUFBZUEsU0FBUSxXQUFXLEtBQUssR0FBRyxVQUFVLFFBQVEsTUFBTUEsUUFBTyxPQUFPLENBQUM7QUFDcEcsU0FBSyxXQUFXLEtBQUssUUFBUSxNQUFNLFFBQVEsVUFBVUEsU0FBUSxJQUFJO0FBQ2pFLFdBQU87QUFBQSxNQUNMLE1BQU0sUUFBUTtBQUFBLE1BQ2QsVUFBVSxRQUFRO0FBQUEsTUFDbEIsUUFBQUE7QUFBQSxNQUNBLFNBQVNBLFFBQU87QUFBQSxNQUNoQjtBQUFBLE1BQ0EsUUFBUTtBQUFBLE1BQ1IsVUFBVSxLQUFLLEtBQUs7QUFBQSxNQUNwQixTQUFTO0FBQUEsTUFDVCxVQUFVO0FBQUEsSUFDWjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBR0EsU0FBUyxTQUFrQixPQUF5QjtBQUNsRCxRQUFJLEtBQUssT0FBTyxXQUFXLElBQUksUUFBUSxHQUFHLEtBQUssS0FBSyxLQUFLLElBQUksTUFBTSxRQUFTO0FBQzVFLFVBQU0sYUFBYSxLQUFLLE9BQU87QUFDL0IsU0FBSyxPQUFPLE1BQU0sWUFBWSxRQUFRLEtBQUssUUFBUSxNQUFNLE9BQU8sV0FBVztBQUN6RSxVQUFJO0FBQ0YsY0FBTSxRQUFRLE1BQU0sS0FBSyxlQUFlLE9BQU87QUFDL0MsY0FBTSxZQUFZLE1BQU0sS0FBSyxTQUFTLE9BQU8sS0FBSyxHQUFHLFFBQVEsTUFBTSxRQUFRLEdBQUc7QUFDOUUsYUFBSyxPQUFPLEtBQUssWUFBWSxRQUFRLEtBQUssTUFBTTtBQUNoRCxZQUFJLE9BQU8sVUFBVztBQUN0QixhQUFLLE9BQU8sY0FBYyxRQUFRLEtBQUssS0FBSztBQUM1QyxhQUFLLGFBQWEsU0FBUyxNQUFNLE1BQU0sU0FBUyxNQUFNLE9BQU87QUFBQSxNQUMvRCxTQUFTLE9BQU87QUFDZCxhQUFLLE9BQU8sS0FBSyxZQUFZLFFBQVEsS0FBSyxNQUFNO0FBQ2hELFlBQUksT0FBTyxVQUFXO0FBQ3RCLFlBQUksV0FBVyxLQUFLLEdBQUc7QUFFckIsZUFBSyxPQUFPLGlCQUFpQixRQUFRLEtBQUssS0FBSztBQUFBLFFBQ2pELE9BQU87QUFDTCxnQkFBTSxVQUFVLEtBQUssS0FBSyxJQUFJLEtBQUssSUFBSSxLQUFLLE9BQU8sT0FBTyxnQkFBZ0I7QUFBQSxRQUM1RTtBQUNBLGFBQUssYUFBYSxTQUFTLE9BQU8sTUFBTSxTQUFTLFFBQVcsS0FBSztBQUFBLE1BQ25FO0FBQUEsSUFDRixDQUFDO0FBQUEsRUFDSDtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVFBLFNBQ0UsWUFDQSxRQUNBLFVBQ2dHO0FBQ2hHLFVBQU0sWUFBWSxXQUFXLEtBQUssR0FBRztBQUNyQyxVQUFNLE1BQU0sWUFDUixTQUFTLFdBQVcsTUFBTSxXQUFXLE9BQU8sSUFDNUMsR0FBRyxTQUFTLFdBQVcsTUFBTSxXQUFXLE9BQU8sQ0FBQyxJQUFJLFNBQVMsV0FBVyxPQUFPO0FBQ25GLFVBQU0sTUFBTSxLQUFLLE9BQU8sY0FBYyxHQUFHO0FBQ3pDLFFBQUksUUFBUSxVQUFhLElBQUksU0FBUyxXQUFXLFNBQVMsYUFBYSxVQUFhLElBQUksS0FBSyxTQUFTLElBQUk7QUFDeEcsVUFBSSxVQUFXLFlBQVcsV0FBVztBQUNyQyxhQUFPLEVBQUUsT0FBTyxLQUFLLFFBQVEsTUFBTTtBQUFBLElBQ3JDO0FBQ0EsVUFBTSxFQUFFLFNBQVMsT0FBTyxJQUFJLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxXQUFXLEtBQUssV0FBVyxNQUFNLE9BQU8sV0FBVztBQUMzRyxZQUFNLEVBQUUsU0FBUyxLQUFLLElBQUksTUFBTSxLQUFLLGdCQUFnQixXQUFXLE1BQU07QUFDdEUsWUFBTSxXQUFXLEtBQUssT0FBTyxjQUFjLEdBQUcsS0FBSztBQUNuRCxZQUFNLFFBQ0osYUFBYSxVQUFhLFNBQVMsU0FBUyxXQUFXLFFBQVEsU0FBUyxTQUFTLE1BQU0sSUFBSSxJQUN2RixXQUNBO0FBQUEsUUFDRSxRQUFRLFdBQVc7QUFBQSxRQUNuQixNQUFNLFdBQVc7QUFBQSxRQUNqQixVQUFVLGNBQWMsV0FBVyxRQUFRLEVBQUUsUUFBUSxVQUFVLENBQUMsU0FBUyxRQUFRLElBQUksSUFBSSxFQUFFLENBQUM7QUFBQSxRQUM1RjtBQUFBLE1BQ0Y7QUFDTixVQUFJLENBQUMsT0FBTyxVQUFXLE1BQUssT0FBTyxZQUFZLEtBQUssS0FBSztBQUN6RCxhQUFPO0FBQUEsSUFDVCxDQUFDO0FBQ0QsV0FBTyxRQUFRLEtBQUssQ0FBQyxVQUFVO0FBQzdCLFVBQUksVUFBVyxZQUFXLFdBQVc7QUFDckMsYUFBTyxFQUFFLE9BQU8sT0FBTztBQUFBLElBQ3pCLENBQUM7QUFBQSxFQUNIO0FBQUE7QUFBQSxFQUdBLE1BQU0sZ0JBQ0osTUFDNEU7QUFDNUUsVUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLFVBQU0sT0FBTyxvQkFBSSxJQUFvQjtBQUNyQyxVQUFNLE9BQU8sb0JBQUksSUFBWTtBQUM3QixRQUFJLFFBQVEsZUFBZSxJQUFJO0FBQy9CLFdBQU8sTUFBTSxTQUFTLEdBQUc7QUFDdkIsWUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLFNBQVMsQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDO0FBQ3BELGlCQUFXLFFBQVEsTUFBTyxNQUFLLElBQUksSUFBSTtBQUN2QyxVQUFJLEtBQUssT0FBTyxjQUFjO0FBQzVCLGNBQU0sSUFBSTtBQUFBLFVBQ1Isc0JBQXNCLFlBQVk7QUFBQSxVQUNsQyxFQUFFLFlBQVksS0FBSyxNQUFNLE9BQU8sV0FBVztBQUFBLFFBQzdDO0FBQUEsTUFDRjtBQUNBLFlBQU0sU0FBUyxNQUFNLFFBQVEsSUFBSSxNQUFNLElBQUksQ0FBQyxTQUFTLEtBQUssZUFBZSxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3JGLGNBQVEsQ0FBQztBQUNULGFBQU8sUUFBUSxDQUFDQSxTQUFRLE1BQU07QUFDNUIsY0FBTSxPQUFPLE1BQU0sQ0FBQyxLQUFLO0FBQ3pCLFlBQUlBLFlBQVcsT0FBVztBQUMxQixnQkFBUSxJQUFJLE1BQU1BLE9BQU07QUFDeEIsYUFBSyxJQUFJLE1BQU1BLFFBQU8sT0FBTztBQUM3QixZQUFJQSxZQUFXLEtBQU0sT0FBTSxLQUFLLEdBQUcsZUFBZUEsT0FBTSxDQUFDO0FBQUEsTUFDM0QsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLEVBQUUsU0FBUyxLQUFLO0FBQUEsRUFDekI7QUFBQTtBQUFBLEVBR0EsTUFBTSxlQUFlLE1BQW9CLE1BQWlEO0FBQ3hGLFFBQUksU0FBUyxLQUFLLEtBQU0sUUFBTztBQUMvQixRQUFJO0FBQ0YsY0FBUSxNQUFNLEtBQUssU0FBUyxLQUFLLGFBQWEsTUFBTSxLQUFLLGlCQUFpQixJQUFJLENBQUMsQ0FBQyxHQUFHLFdBQVc7QUFBQSxJQUNoRyxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixvQkFBcUIsUUFBTztBQUNqRCxZQUFNO0FBQUEsSUFDUjtBQUFBLEVBQ0Y7QUFBQTtBQUFBLEVBSUEsTUFBTSxVQUFVLFNBQWtCLFVBQTBCLFFBQXlDO0FBQ25HLFVBQU0sVUFBVSxPQUFPLGFBQWEsV0FBVyxHQUFHLFFBQVEsSUFBSSxLQUFTLE1BQU0sS0FBUyxRQUFRLEtBQUs7QUFDbkcsVUFBTSxPQUFPLFlBQVksU0FBWSxTQUFZLEtBQUssV0FBVyxJQUFJLE9BQU87QUFDNUUsUUFBSSxTQUFTLE9BQVcsUUFBTztBQUMvQixVQUFNLFNBQVMsWUFBb0M7QUFDakQsWUFBTUEsVUFBUyxlQUFlLFFBQVEsTUFBTSxRQUFRO0FBQ3BELFlBQU0sT0FBTyxNQUFNLGVBQWVBLE9BQU07QUFDeEMsWUFBTSxVQUFVLG9CQUFJLElBQTBCO0FBQzlDLGlCQUFXLFFBQVEsZUFBZUEsT0FBTSxHQUFHO0FBQ3pDLGNBQU0sU0FBUyxLQUFLLE9BQU8sV0FBVyxTQUFTLE1BQU0sS0FBSyxpQkFBaUIsSUFBSSxDQUFDLENBQUM7QUFDakYsWUFBSSxXQUFXLE9BQVcsU0FBUSxJQUFJLE1BQU0sT0FBTyxNQUFNO0FBQUEsTUFDM0Q7QUFDQSxZQUFNLFdBQVcsY0FBY0EsU0FBUSxFQUFFLFFBQVEsVUFBVSxDQUFDLFNBQVMsUUFBUSxJQUFJLElBQUksRUFBRSxDQUFDO0FBQ3hGLGFBQU8sRUFBRSxRQUFBQSxTQUFRLE1BQU0sVUFBVSxNQUFNLG9CQUFJLElBQUksRUFBRTtBQUFBLElBQ25ELEdBQUc7QUFDSCxRQUFJLFlBQVksUUFBVztBQUN6QixVQUFJLEtBQUssV0FBVyxRQUFRLG1CQUFvQixNQUFLLFdBQVcsTUFBTTtBQUN0RSxXQUFLLFdBQVcsSUFBSSxTQUFTLEtBQUs7QUFDbEMsWUFBTSxNQUFNLE1BQU0sS0FBSyxXQUFXLE9BQU8sT0FBTyxDQUFDO0FBQUEsSUFDbkQ7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUFBO0FBQUEsRUFJQSxpQkFBdUI7QUFDckIsVUFBTSxJQUFJLEtBQUssR0FBRztBQUNsQixRQUFJLEVBQUUsUUFBUyxNQUFLLFNBQVMsR0FBRyxTQUFTLEVBQUUsT0FBTztBQUNsRCxRQUFJLEVBQUUsU0FBVSxNQUFLLFNBQVMsR0FBRyxVQUFVLEVBQUUsUUFBUTtBQUNyRCxRQUFJLEVBQUUsVUFBVyxNQUFLLFNBQVMsR0FBRyxXQUFXLEVBQUUsU0FBUztBQUN4RCxRQUFJLEVBQUUsUUFBUyxNQUFLLFNBQVMsR0FBRyxTQUFTLEVBQUUsT0FBTztBQUNsRCxRQUFJLEVBQUUsYUFBYyxNQUFLLFNBQVMsR0FBRyxjQUFjLEVBQUUsWUFBWTtBQUNqRSxRQUFJLEVBQUUsVUFBVyxNQUFLLFNBQVMsR0FBRyxXQUFXLEVBQUUsU0FBUztBQUN4RCxRQUFJLEVBQUUsUUFBUyxNQUFLLFNBQVMsUUFBUSxFQUFFLE9BQU87QUFBQSxFQUNoRDtBQUFBLEVBRUEsV0FBVyxTQUFrQixRQUFnQixTQUF1QjtBQUNsRSxRQUFJLENBQUMsS0FBSyxTQUFTLE1BQU0sT0FBTyxFQUFHO0FBQ25DLFNBQUssU0FBUyxLQUFLO0FBQUEsTUFDakIsTUFBTTtBQUFBLE1BQ04sTUFBTSxRQUFRO0FBQUEsTUFDZCxVQUFVLFFBQVE7QUFBQSxNQUNsQixTQUFTLE9BQU8sTUFBTSxPQUFPO0FBQUEsTUFDN0IsTUFBTSxPQUFPLE1BQU07QUFBQSxNQUNuQixPQUFPLEtBQUssTUFBTTtBQUFBLE1BQ2xCLE9BQU8sT0FBTztBQUFBLE1BQ2QsUUFBUSxPQUFPO0FBQUEsTUFDZixZQUFZLFlBQVksSUFBSSxJQUFJLEtBQUssS0FBSyxRQUFRLElBQUk7QUFBQSxJQUN4RCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsYUFBYSxTQUFrQixJQUFhLGFBQXFCLFdBQW9CLE9BQXVCO0FBQzFHLFFBQUksQ0FBQyxLQUFLLFNBQVMsTUFBTSxTQUFTLEVBQUc7QUFDckMsU0FBSyxTQUFTLEtBQUs7QUFBQSxNQUNqQixNQUFNO0FBQUEsTUFDTixNQUFNLFFBQVE7QUFBQSxNQUNkLFVBQVUsUUFBUTtBQUFBLE1BQ2xCO0FBQUEsTUFDQTtBQUFBLE1BQ0EsR0FBSSxjQUFjLFNBQVksQ0FBQyxJQUFJLEVBQUUsVUFBVTtBQUFBLE1BQy9DLEdBQUksVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sUUFBUSxLQUFLLEVBQUU7QUFBQSxJQUN6RCxDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsV0FBVyxNQUFjLFVBQThCLE9BQXNCO0FBQzNFLFFBQUksQ0FBQyxLQUFLLFNBQVMsTUFBTSxPQUFPLEVBQUc7QUFDbkMsU0FBSyxTQUFTLEtBQUs7QUFBQSxNQUNqQixNQUFNO0FBQUEsTUFDTjtBQUFBLE1BQ0EsR0FBSSxhQUFhLFNBQVksQ0FBQyxJQUFJLEVBQUUsU0FBUztBQUFBLE1BQzdDLE9BQU8sUUFBUSxLQUFLO0FBQUEsSUFDdEIsQ0FBQztBQUFBLEVBQ0g7QUFDRjtBQUdBLFNBQVMsY0FBYyxPQUFxQztBQUMxRCxTQUFPLGlCQUFpQjtBQUMxQjtBQUdBLFNBQVMsWUFBWSxPQUF5QjtBQUM1QyxTQUFPLGNBQWMsS0FBSyxLQUFLLFdBQVcsS0FBSztBQUNqRDtBQUVBLFNBQVMsZUFBZSxPQUErQjtBQUNyRCxTQUFPLElBQUk7QUFBQSxJQUNULEdBQUcsTUFBTSxPQUFPO0FBQUEsSUFDaEIsRUFBRSxPQUFPLE1BQU0sT0FBTyxHQUFJLE1BQU0sV0FBVyxTQUFZLENBQUMsSUFBSSxFQUFFLFFBQVEsTUFBTSxPQUFPLEdBQUksV0FBVyxNQUFNLFVBQVU7QUFBQSxJQUNsSCxFQUFFLE9BQU8sTUFBTSxTQUFTLE1BQU07QUFBQSxFQUNoQztBQUNGO0FBRUEsU0FBUyxTQUFTLEdBQWdDLEdBQXlDO0FBQ3pGLE1BQUksRUFBRSxTQUFTLEVBQUUsS0FBTSxRQUFPO0FBQzlCLGFBQVcsQ0FBQyxNQUFNLE9BQU8sS0FBSyxFQUFHLEtBQUksRUFBRSxJQUFJLElBQUksTUFBTSxRQUFTLFFBQU87QUFDckUsU0FBTztBQUNUO0FBRUEsU0FBU0QsV0FBVSxPQUF3QjtBQUN6QyxTQUFPLGlCQUFpQixRQUFRLEdBQUcsTUFBTSxJQUFJLEtBQUssTUFBTSxPQUFPLEtBQUssT0FBTyxLQUFLO0FBQ2xGOzs7QUN4bkJBLFNBQVMsWUFBWSx1QkFBdUI7QUFFNUMsT0FBT0Usa0JBQWlCOzs7QUNGeEIsWUFBWUMsUUFBTztBQUdaLElBQU0sbUJBQW1CO0FBR3pCLElBQU0sb0JBQXNCLFVBQU87QUFBQSxFQUN4QyxTQUFXLFVBQU87QUFBQSxFQUNsQixRQUFVLFNBQVEsVUFBTyxDQUFDO0FBQUEsRUFDMUIsTUFBUSxZQUFXLFVBQU8sQ0FBQztBQUM3QixDQUFDO0FBR00sSUFBTSxvQkFBc0IsVUFBTztBQUFBLEVBQ3hDLE1BQVEsVUFBTztBQUFBLEVBQ2YsVUFBWSxTQUFNLGlCQUFpQjtBQUNyQyxDQUFDO0FBR00sSUFBTSxtQkFBcUIsVUFBTztBQUFBLEVBQ3ZDLFNBQVc7QUFBQSxJQUNQLFVBQU87QUFBQSxNQUNQLE1BQVEsVUFBTztBQUFBLE1BQ2YsVUFBWSxZQUFXLFNBQU0saUJBQWlCLENBQUM7QUFBQSxJQUNqRCxDQUFDO0FBQUEsRUFDSDtBQUNGLENBQUM7QUFHTSxJQUFNLHFCQUF1QixVQUFPLEVBQUUsU0FBVyxVQUFPLEVBQUUsQ0FBQztBQXNCM0QsU0FBUyxXQUFXLE1BQXNCO0FBQy9DLFNBQU8sS0FBSyxnQkFBZ0IsWUFBWSxtQkFBbUIsSUFBSSxDQUFDO0FBQ2xFO0FBR08sU0FBUyxZQUFZLE1BQWMsU0FBeUI7QUFDakUsU0FBTyxHQUFHLFdBQVcsSUFBSSxDQUFDLGFBQWEsbUJBQW1CLE9BQU8sQ0FBQztBQUNwRTtBQUdPLFNBQVMsWUFBWSxNQUFzQjtBQUNoRCxTQUFPLEdBQUcsV0FBVyxJQUFJLENBQUM7QUFDNUI7QUFHTyxTQUFTLFVBQVUsTUFBYyxPQUF1QjtBQUM3RCxTQUFPLEdBQUcsV0FBVyxJQUFJLENBQUMsV0FBVyxtQkFBbUIsS0FBSyxDQUFDO0FBQ2hFO0FBR08sU0FBUyxlQUFlLE9BQW9GO0FBQ2pILFNBQU8sTUFBTSxPQUNWLE1BQU0sR0FBRyxDQUFDLEVBQ1YsSUFBSSxDQUFDLFVBQVUsR0FBRyxNQUFNLEtBQUssU0FBUyxJQUFJLE1BQU0sS0FBSyxJQUFJLE1BQU0sRUFBRSxLQUFLLEdBQUcsSUFBSSxRQUFRLEtBQUssTUFBTSxPQUFPLEVBQUUsRUFDekcsS0FBSyxJQUFJO0FBQ2Q7OztBRHZCQSxJQUFNLGNBQU4sY0FBMEIsTUFBTTtBQUFBLEVBQzlCLFlBQ1csUUFDQSxNQUNULFNBQ1MsVUFBa0MsQ0FBQyxHQUM1QztBQUNBLFVBQU0sT0FBTztBQUxKO0FBQ0E7QUFFQTtBQUFBLEVBR1g7QUFBQSxFQU5XO0FBQUEsRUFDQTtBQUFBLEVBRUE7QUFJYjtBQUVBLElBQU0sWUFBWTtBQUVsQixTQUFTLE9BQU8sTUFBc0I7QUFDcEMsU0FBTyxXQUFXLFFBQVEsRUFBRSxPQUFPLE1BQU0sTUFBTSxFQUFFLE9BQU87QUFDMUQ7QUFZTyxTQUFTLDJCQUEyQixTQUE0RDtBQUNyRyxRQUFNLEVBQUUsTUFBTSxJQUFJO0FBQ2xCLE1BQUksT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFRLE9BQU8sTUFBTSxpQkFBaUIsWUFBWTtBQUMzRixVQUFNLElBQUksWUFBWSxzRUFBc0UsRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQ2pIO0FBQ0EsTUFBSSxRQUFRLFVBQVUsV0FBYyxPQUFPLFFBQVEsVUFBVSxZQUFZLFFBQVEsVUFBVSxLQUFLO0FBQzlGLFVBQU0sSUFBSSxZQUFZLDRFQUE0RTtBQUFBLE1BQ2hHLFFBQVE7QUFBQSxJQUNWLENBQUM7QUFBQSxFQUNIO0FBQ0EsUUFBTSxVQUNKLFFBQVEsWUFDUCxDQUFDLFVBQW1CO0FBQ25CLFlBQVEsTUFBTSxzQkFBc0IsS0FBSztBQUFBLEVBQzNDO0FBQ0YsUUFBTSxjQUFjLFFBQVEsVUFBVSxTQUFZLFNBQVksT0FBTyxRQUFRLEtBQUs7QUFDbEYsUUFBTSxXQUFXLFFBQVEsYUFBYTtBQUN0QyxRQUFNLGVBQWUsUUFBUSxnQkFBZ0IsT0FBTztBQUNwRCxNQUFJLENBQUMsT0FBTyxTQUFTLFlBQVksS0FBSyxnQkFBZ0IsR0FBRztBQUN2RCxVQUFNLElBQUksWUFBWSxrQ0FBa0MsT0FBTyxZQUFZLENBQUMsSUFBSSxFQUFFLFFBQVEsZUFBZSxDQUFDO0FBQUEsRUFDNUc7QUFFQSxXQUFTLFVBQVUsS0FBNEI7QUFDN0MsUUFBSSxnQkFBZ0IsT0FBVztBQUMvQixVQUFNQyxVQUFTLElBQUksUUFBUTtBQUMzQixVQUFNLFlBQVksRUFBRSxvQkFBb0IsMkJBQTJCO0FBQ25FLFVBQU0sUUFBUSxPQUFPQSxZQUFXLFdBQVcsNkJBQTZCLEtBQUtBLE9BQU0sSUFBSTtBQUN2RixRQUFJLFFBQVEsQ0FBQyxNQUFNLFFBQVc7QUFDNUIsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsUUFBSSxDQUFDLGdCQUFnQixPQUFPLE1BQU0sQ0FBQyxDQUFDLEdBQUcsV0FBVyxHQUFHO0FBQ25ELFlBQU0sSUFBSTtBQUFBLFFBQ1I7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxTQUFTLE1BQWMsVUFBeUM7QUFDN0UsVUFBTSxXQUFXLE1BQU0sTUFBTSxhQUFhLElBQUksRUFBRSxNQUFNLE1BQU0sQ0FBQyxDQUFrQjtBQUMvRSxRQUFJLFNBQVMsV0FBVyxHQUFHO0FBQ3pCLFlBQU0sUUFBUSxNQUFNLFNBQVMsU0FBWSxDQUFDLElBQUksTUFBTSxNQUFNLEtBQUssRUFBRSxNQUFNLE1BQU0sQ0FBQyxDQUFhO0FBQzNGLFlBQU1DLFNBQVEsSUFBSSxvQkFBb0IsTUFBTSxFQUFFLE9BQU8sTUFBTSxNQUFNLGFBQWEsYUFBYSxNQUFNLEtBQUssRUFBRSxDQUFDO0FBQ3pHLGFBQU8sSUFBSSxZQUFZLEtBQUssYUFBYUEsT0FBTSxPQUFPO0FBQUEsSUFDeEQ7QUFDQSxVQUFNLFNBQVMsdUJBQXVCLFFBQVE7QUFDOUMsVUFBTSxRQUFRLElBQUkscUJBQXFCLE1BQU0sWUFBWSxVQUFVO0FBQUEsTUFDakUsVUFBVSxPQUFPLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTztBQUFBLE1BQ3JDLFFBQVEsU0FBUyxNQUFNO0FBQUEsSUFDekIsQ0FBQztBQUNELFdBQU8sSUFBSSxZQUFZLEtBQUssYUFBYSxNQUFNLE9BQU87QUFBQSxFQUN4RDtBQUVBLGlCQUFlLE1BQU0sS0FBc0IsS0FBb0M7QUFDN0UsVUFBTSxTQUFTLElBQUksVUFBVTtBQUM3QixVQUFNLFNBQVMsSUFBSSxPQUFPO0FBQzFCLFVBQU0sSUFBSSxPQUFPLFFBQVEsR0FBRztBQUM1QixVQUFNLFVBQVUsTUFBTSxLQUFLLFNBQVMsT0FBTyxNQUFNLEdBQUcsQ0FBQztBQUNyRCxVQUFNLFFBQVEsSUFBSSxnQkFBZ0IsTUFBTSxLQUFLLEtBQUssT0FBTyxNQUFNLElBQUksQ0FBQyxDQUFDO0FBQ3JFLFVBQU0sV0FBVyxRQUFRLE1BQU0sR0FBRyxFQUFFLE1BQU0sQ0FBQztBQUMzQyxRQUFJLFNBQVMsQ0FBQyxNQUFNLFFBQVEsU0FBUyxDQUFDLE1BQU0sV0FBVztBQUNyRCxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0EscUJBQXFCLE1BQU0sSUFBSSxRQUFRLE1BQU0sR0FBRyxHQUFHLENBQUM7QUFBQSxNQUN0RDtBQUFBLElBQ0Y7QUFDQSxjQUFVLEdBQUc7QUFDYixVQUFNLE9BQU8sU0FBUyxNQUFNLENBQUM7QUFDN0IsUUFBSSxLQUFLLFdBQVcsS0FBTSxLQUFLLFdBQVcsS0FBSyxLQUFLLENBQUMsTUFBTSxJQUFLO0FBQzlELFlBQU0sUUFBUSxDQUFDLE9BQU8sTUFBTSxDQUFDO0FBQzdCLGFBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxNQUFNLFFBQVEsR0FBRyxFQUFFLGlCQUFpQixXQUFXLENBQUM7QUFBQSxJQUNqRjtBQUNBLFVBQU0sVUFBVSxLQUFLLElBQUksYUFBYTtBQUN0QyxVQUFNLE9BQU8sUUFBUSxDQUFDO0FBQ3RCLFVBQU0sVUFBVSxtQkFBbUIsSUFBSTtBQUN2QyxRQUFJLFlBQVksUUFBVztBQUN6QixZQUFNLElBQUksWUFBWSxLQUFLLGVBQWUsR0FBRyxPQUFPLDJEQUEyRDtBQUFBLElBQ2pIO0FBQ0EsUUFBSSxRQUFRLFdBQVcsR0FBRztBQUN4QixZQUFNLFFBQVEsQ0FBQyxPQUFPLE1BQU0sQ0FBQztBQUM3QixZQUFNLFdBQVcsTUFBTSxNQUFNLGFBQWEsSUFBSTtBQUM5QyxVQUFJLFNBQVMsV0FBVyxFQUFHLE9BQU0sTUFBTSxTQUFTLElBQUk7QUFDcEQsYUFBTztBQUFBLFFBQ0w7QUFBQSxRQUNBO0FBQUEsUUFDQTtBQUFBLFFBQ0EsRUFBRSxNQUFNLFVBQVUsdUJBQXVCLFFBQVEsRUFBRTtBQUFBLFFBQ25ELEVBQUUsaUJBQWlCLFdBQVc7QUFBQSxNQUNoQztBQUFBLElBQ0Y7QUFDQSxVQUFNLENBQUMsRUFBRSxNQUFNLEdBQUcsSUFBSTtBQUN0QixRQUFJLFNBQVMsY0FBYyxRQUFRLFVBQWEsUUFBUSxXQUFXLEdBQUc7QUFDcEUsWUFBTSxRQUFRLENBQUMsT0FBTyxRQUFRLEtBQUssQ0FBQztBQUNwQyxVQUFJQyxhQUFZLEdBQUcsTUFBTSxLQUFLO0FBQzVCLGNBQU0sSUFBSTtBQUFBLFVBQ1I7QUFBQSxVQUNBO0FBQUEsVUFDQSxtQkFBbUIsS0FBSyxVQUFVLElBQUksTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQUEsUUFDdEQ7QUFBQSxNQUNGO0FBQ0EsVUFBSSxXQUFXLE1BQU8sUUFBTyxXQUFXLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFDM0QsYUFBTyxXQUFXLEtBQUssS0FBSyxNQUFNLEdBQUc7QUFBQSxJQUN2QztBQUNBLFFBQUksU0FBUyxhQUFhLFFBQVEsV0FBVyxHQUFHO0FBQzlDLFlBQU0sUUFBUSxDQUFDLE9BQU8sTUFBTSxDQUFDO0FBQzdCLFlBQU0sV0FBVyxNQUFNLElBQUksVUFBVTtBQUNyQyxVQUFJLGFBQWEsUUFBUSxhQUFhLE1BQU0sU0FBUyxTQUFTLE9BQU8sYUFBYSxRQUFRLE1BQU0sUUFBVztBQUN6RyxjQUFNLElBQUk7QUFBQSxVQUNSO0FBQUEsVUFDQTtBQUFBLFVBQ0E7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLFlBQU1DLFVBQ0osTUFBTSxZQUFZLFNBQVksTUFBTSxlQUFlLE9BQU8sTUFBTSxRQUFRLElBQUksTUFBTSxNQUFNLFFBQVEsTUFBTSxRQUFRO0FBQ2hILFVBQUlBLFlBQVcsT0FBVyxPQUFNLE1BQU0sU0FBUyxNQUFNLFFBQVE7QUFDN0QsYUFBTyxTQUFTLEtBQUssS0FBSyxLQUFLLE1BQU0sU0FBU0EsT0FBTSxHQUFHLEVBQUUsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLElBQ3hGO0FBQ0EsUUFBSSxTQUFTLFlBQVksUUFBUSxVQUFhLFFBQVEsV0FBVyxHQUFHO0FBQ2xFLFlBQU0sUUFBUSxDQUFDLEtBQUssQ0FBQztBQUNyQixhQUFPLFNBQVMsS0FBSyxLQUFLLE1BQU0sR0FBRztBQUFBLElBQ3JDO0FBQ0EsVUFBTSxJQUFJLFlBQVksS0FBSyxhQUFhLHFCQUFxQixNQUFNLElBQUksUUFBUSxNQUFNLEdBQUcsR0FBRyxDQUFDLEdBQUc7QUFBQSxFQUNqRztBQUVBLGlCQUFlLFVBQWtGO0FBQy9GLFFBQUksTUFBTSxTQUFTLFFBQVc7QUFDNUIsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBLE9BQU8sTUFBTSxJQUFJO0FBQUEsTUFDbkI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLE1BQU0sTUFBTSxLQUFLO0FBQy9CLFVBQU0sVUFBNEQsSUFBSSxNQUFNLE1BQU0sTUFBTTtBQUN4RixRQUFJLE9BQU87QUFDWCxVQUFNLFNBQVMsWUFBMkI7QUFDeEMsYUFBTyxPQUFPLE1BQU0sUUFBUTtBQUMxQixjQUFNLElBQUk7QUFDVixjQUFNLE9BQU8sTUFBTSxDQUFDO0FBQ3BCLGdCQUFRLENBQUMsSUFBSSxFQUFFLE1BQU0sVUFBVSx1QkFBdUIsTUFBTSxNQUFNLGFBQWEsSUFBSSxDQUFDLEVBQUU7QUFBQSxNQUN4RjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLEtBQUssSUFBSSxJQUFJLE1BQU0sTUFBTSxFQUFFLEdBQUcsTUFBTSxDQUFDO0FBQzVFLFdBQU8sRUFBRSxRQUFRO0FBQUEsRUFDbkI7QUFFQSxpQkFBZSxXQUFXLEtBQXNCLEtBQXFCLE1BQWMsU0FBZ0M7QUFDakgsVUFBTUEsVUFBUyxNQUFNLE1BQU0sV0FBVyxNQUFNLE9BQU87QUFDbkQsUUFBSUEsWUFBVyxPQUFXLE9BQU0sTUFBTSxTQUFTLE1BQU0sT0FBTztBQUM1RCxVQUFNLE9BQU8sTUFBTSxTQUFTQSxPQUFNO0FBQ2xDLFVBQU0sT0FBTyxJQUFJLEtBQUssSUFBSTtBQUMxQixVQUFNLFVBQVUsRUFBRSxNQUFNLGlCQUFpQixVQUFVO0FBQ25ELFFBQUksWUFBWSxJQUFJLFFBQVEsZUFBZSxHQUFHLElBQUksR0FBRztBQUNuRCxVQUFJLFVBQVUsS0FBSyxPQUFPO0FBQzFCLFVBQUksSUFBSTtBQUNSO0FBQUEsSUFDRjtBQUNBLFdBQU8sU0FBUyxLQUFLLEtBQUssS0FBSyxNQUFNLE9BQU87QUFBQSxFQUM5QztBQUVBLFdBQVMsZ0JBQWdCLFlBQTZDO0FBQ3BFLFFBQUksQ0FBQyxVQUFVO0FBQ2IsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQSxFQUFFLE9BQU8sWUFBWTtBQUFBLE1BQ3ZCO0FBQUEsSUFDRjtBQUNBLFFBQUksTUFBTSxVQUFVLE1BQU0sUUFBVztBQUNuQyxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0EsT0FBTyxNQUFNLElBQUksdUNBQXVDLFVBQVU7QUFBQSxNQUNwRTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsaUJBQWUsV0FBVyxLQUFzQixLQUFxQixNQUFjLFNBQWdDO0FBQ2pILG9CQUFnQixZQUFZO0FBQzVCLFVBQU0sT0FBTyxNQUFNLGFBQWEsR0FBRztBQUNuQyxRQUFJQTtBQUNKLFFBQUk7QUFDSixRQUFJO0FBQ0YsTUFBQUEsVUFBUyxZQUFZLE1BQU0sRUFBRSxNQUFNLGVBQWUsQ0FBQztBQUNuRCxhQUFPLE1BQU0saUJBQWlCQSxPQUFNO0FBQUEsSUFDdEMsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIscUJBQXFCLGlCQUFpQixnQkFBZ0I7QUFDekUsY0FBTSxJQUFJLFlBQVksS0FBSyxlQUFlLG1CQUFtQixNQUFNLE9BQU8sRUFBRTtBQUFBLE1BQzlFO0FBQ0EsWUFBTTtBQUFBLElBQ1I7QUFDQSxRQUFJQSxRQUFPLFNBQVMsUUFBUUEsUUFBTyxZQUFZLFNBQVM7QUFDdEQsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0E7QUFBQSxRQUNBLGtCQUFrQkEsUUFBTyxJQUFJLElBQUlBLFFBQU8sT0FBTyx1QkFBdUIsSUFBSSxJQUFJLE9BQU87QUFBQSxNQUN2RjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE1BQU0sYUFBYUEsT0FBTTtBQUMvQixXQUFPLFNBQVMsS0FBSyxLQUFLLEtBQUssRUFBRSxNQUFNLFNBQVMsS0FBSyxHQUFHLEVBQUUsaUJBQWlCLFdBQVcsQ0FBQztBQUFBLEVBQ3pGO0FBRUEsaUJBQWUsU0FBUyxLQUFzQixLQUFxQixNQUFjLE9BQThCO0FBQzdHLG9CQUFnQixVQUFVO0FBQzFCLFFBQUksYUFBYSxLQUFLLE1BQU0sU0FBUztBQUNuQyxZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQTtBQUFBLFFBQ0EsaUJBQWlCLEtBQUssVUFBVSxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQztBQUFBLE1BQ3REO0FBQUEsSUFDRjtBQUNBLFVBQU0sU0FBUyxtQkFBbUIsVUFBVSxNQUFNLGFBQWEsR0FBRyxDQUFDO0FBQ25FLFFBQUksQ0FBQyxPQUFPLFFBQVMsT0FBTSxJQUFJLFlBQVksS0FBSyxlQUFlLDJDQUEyQztBQUMxRyxVQUFNLE1BQU0sV0FBVyxNQUFNLE9BQU8sT0FBTyxLQUFLLE9BQU87QUFDdkQsV0FBTyxTQUFTLEtBQUssS0FBSyxLQUFLLEVBQUUsTUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLLFFBQVEsR0FBRyxFQUFFLGlCQUFpQixXQUFXLENBQUM7QUFBQSxFQUMvRztBQUVBLGlCQUFlLGFBQWEsS0FBd0M7QUFDbEUsVUFBTSxPQUFPLElBQUksUUFBUSxjQUFjLEtBQUs7QUFDNUMsUUFBSSxDQUFDLHNDQUFzQyxLQUFLLElBQUksR0FBRztBQUNyRCxZQUFNLElBQUksWUFBWSxLQUFLLDBCQUEwQix5REFBeUQ7QUFBQSxJQUNoSDtBQUNBLFVBQU0sV0FBVyxPQUFPLElBQUksUUFBUSxnQkFBZ0IsQ0FBQztBQUNyRCxVQUFNLFdBQVcsSUFBSTtBQUFBLE1BQ25CO0FBQUEsTUFDQTtBQUFBLE1BQ0EsdUNBQXVDLFlBQVk7QUFBQSxNQUNuRCxFQUFFLFlBQVksUUFBUTtBQUFBLElBQ3hCO0FBQ0EsUUFBSSxPQUFPLFNBQVMsUUFBUSxLQUFLLFdBQVcsYUFBYyxPQUFNO0FBQ2hFLFVBQU0sU0FBbUIsQ0FBQztBQUMxQixRQUFJLFFBQVE7QUFDWixxQkFBaUIsU0FBUyxLQUFLO0FBQzdCLFlBQU0sU0FBUztBQUNmLGVBQVMsT0FBTztBQUNoQixVQUFJLFFBQVEsYUFBYyxPQUFNO0FBQ2hDLGFBQU8sS0FBSyxNQUFNO0FBQUEsSUFDcEI7QUFDQSxRQUFJO0FBQ0YsYUFBTyxLQUFLLE1BQU0sT0FBTyxPQUFPLE1BQU0sRUFBRSxTQUFTLE1BQU0sQ0FBQztBQUFBLElBQzFELFFBQVE7QUFDTixZQUFNLElBQUksWUFBWSxLQUFLLGVBQWUscUNBQXFDO0FBQUEsSUFDakY7QUFBQSxFQUNGO0FBRUEsU0FBTyxDQUFDLEtBQUssUUFBUTtBQUNuQixVQUFNLEtBQUssR0FBRyxFQUFFLE1BQU0sQ0FBQyxVQUFtQjtBQUN4QyxZQUFNLFVBQVUsVUFBVSxLQUFLO0FBQy9CLFVBQUksUUFBUSxVQUFVLE9BQU8sUUFBUSxXQUFXLElBQUssU0FBUSxLQUFLO0FBQ2xFLFVBQUksQ0FBQyxJQUFJLFlBQWEsV0FBVSxLQUFLLEtBQUssT0FBTztBQUFBLFVBQzVDLEtBQUksUUFBUTtBQUNqQixVQUFJLFFBQVEsV0FBVyxJQUFLLEtBQUksR0FBRyxVQUFVLE1BQU0sSUFBSSxRQUFRLENBQUM7QUFBQSxJQUNsRSxDQUFDO0FBQUEsRUFDSDtBQUNGO0FBRUEsZUFBZSxTQUFTQSxTQUFnRTtBQUN0RixTQUFPLEVBQUUsR0FBR0EsU0FBUSxNQUFNQSxRQUFPLFFBQVMsTUFBTSxZQUFZQSxPQUFNLEVBQUc7QUFDdkU7QUFFQSxTQUFTLGNBQWMsU0FBeUI7QUFDOUMsTUFBSTtBQUNKLE1BQUk7QUFDRixZQUFRLG1CQUFtQixPQUFPO0FBQUEsRUFDcEMsUUFBUTtBQUNOLFVBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSx5Q0FBeUM7QUFBQSxFQUNyRjtBQUNBLE1BQUksVUFBVSxPQUFPLFVBQVUsUUFBUSxNQUFNLFNBQVMsSUFBSSxHQUFHO0FBQzNELFVBQU0sSUFBSSxZQUFZLEtBQUssZUFBZSx1REFBdUQ7QUFBQSxFQUNuRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsTUFBTSxRQUFnQixTQUFrQztBQUMvRCxNQUFJLENBQUMsUUFBUSxTQUFTLE1BQU0sR0FBRztBQUM3QixVQUFNLElBQUksWUFBWSxLQUFLLHNCQUFzQixHQUFHLE1BQU0sNkJBQTZCLFFBQVEsS0FBSyxNQUFNLENBQUMsS0FBSztBQUFBLE1BQzlHLE9BQU8sUUFBUSxLQUFLLElBQUk7QUFBQSxJQUMxQixDQUFDO0FBQUEsRUFDSDtBQUNGO0FBR08sU0FBUyxZQUFZSCxTQUE0QixNQUF1QjtBQUM3RSxNQUFJQSxZQUFXLE9BQVcsUUFBTztBQUNqQyxTQUFPQSxRQUFPLE1BQU0sR0FBRyxFQUFFLEtBQUssQ0FBQyxTQUFTO0FBQ3RDLFVBQU0sTUFBTSxLQUFLLEtBQUssRUFBRSxRQUFRLFFBQVEsRUFBRTtBQUMxQyxXQUFPLFFBQVEsT0FBTyxRQUFRO0FBQUEsRUFDaEMsQ0FBQztBQUNIO0FBR0EsU0FBUyxVQUFVLE9BQTZCO0FBQzlDLE1BQUksaUJBQWlCLFlBQWEsUUFBTztBQUN6QyxNQUFJLGlCQUFpQix1QkFBdUIsaUJBQWlCLHNCQUFzQjtBQUNqRixXQUFPLElBQUksWUFBWSxLQUFLLGFBQWEsTUFBTSxPQUFPO0FBQUEsRUFDeEQ7QUFDQSxNQUFJLGlCQUFpQixxQkFBcUIsaUJBQWlCLGdCQUFnQjtBQUN6RSxXQUFPLElBQUksWUFBWSxLQUFLLGtCQUFrQixNQUFNLE9BQU87QUFBQSxFQUM3RDtBQUNBLE1BQUksaUJBQWlCLFlBQWEsUUFBTyxJQUFJLFlBQVksS0FBSyxlQUFlLE1BQU0sT0FBTztBQUMxRixNQUFJLGlCQUFpQixZQUFZO0FBQy9CLFFBQUksTUFBTSxXQUFXLElBQUssUUFBTyxJQUFJLFlBQVksS0FBSyxZQUFZLE1BQU0sT0FBTztBQUMvRSxRQUFJLE1BQU0sV0FBVyxJQUFLLFFBQU8sSUFBSSxZQUFZLEtBQUssZUFBZSxNQUFNLE9BQU87QUFDbEYsUUFBSSxNQUFNLFdBQVcsSUFBSyxRQUFPLElBQUksWUFBWSxLQUFLLGFBQWEsTUFBTSxPQUFPO0FBQ2hGLFFBQUksTUFBTSxVQUFXLFFBQU8sSUFBSSxZQUFZLEtBQUsscUJBQXFCLE1BQU0sU0FBUyxFQUFFLGVBQWUsSUFBSSxDQUFDO0FBQzNHLFdBQU8sSUFBSSxZQUFZLEtBQUssWUFBWSxNQUFNLE9BQU87QUFBQSxFQUN2RDtBQUNBLE1BQUksaUJBQWlCLEtBQUssRUFBRyxRQUFPLElBQUksWUFBWSxLQUFLLFlBQVksTUFBTSxPQUFPO0FBQ2xGLFNBQU8sSUFBSSxZQUFZLEtBQUssWUFBWSw0Q0FBNEM7QUFDdEY7QUFFQSxTQUFTLFVBQVUsS0FBc0IsS0FBcUIsU0FBNEI7QUFDeEY7QUFBQSxJQUNFO0FBQUEsSUFDQTtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsRUFBRSxPQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0sU0FBUyxRQUFRLFFBQVEsRUFBRTtBQUFBLElBQzFEO0FBQUEsTUFDRSxpQkFBaUI7QUFBQSxNQUNqQixHQUFHLFFBQVE7QUFBQSxJQUNiO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxTQUNQLEtBQ0EsS0FDQSxRQUNBLE1BQ0EsVUFBa0MsQ0FBQyxHQUM3QjtBQUNOLFFBQU0sT0FBTyxLQUFLLFVBQVUsSUFBSTtBQUNoQyxNQUFJLFVBQVUsUUFBUTtBQUFBLElBQ3BCLGdCQUFnQjtBQUFBLElBQ2hCLGtCQUFrQixPQUFPLE9BQU8sV0FBVyxJQUFJLENBQUM7QUFBQSxJQUNoRCwwQkFBMEI7QUFBQSxJQUMxQixHQUFHO0FBQUEsRUFDTCxDQUFDO0FBQ0QsTUFBSSxJQUFJLElBQUksV0FBVyxTQUFTLFNBQVksSUFBSTtBQUNsRDs7O0FFN2FBLFNBQVMsWUFBQUksaUJBQWdCO0FBQ3pCLE9BQU9DLGtCQUFpQjs7O0FDOEN4QixJQUFNLGVBQWUsQ0FBQyxPQUE4QixJQUFJLFFBQVEsQ0FBQyxZQUFZLFdBQVcsU0FBUyxFQUFFLENBQUM7QUFFcEcsU0FBUyxZQUFZLE9BQWdCLFFBQWdCLEtBQWEsVUFBMEI7QUFDMUYsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE9BQU8sVUFBVSxZQUFZLENBQUMsT0FBTyxTQUFTLEtBQUssS0FBSyxRQUFRLEtBQUs7QUFDdkUsVUFBTSxJQUFJLFlBQVksOEJBQThCLEdBQUcsU0FBUyxLQUFLLFVBQVUsS0FBSyxDQUFDLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNyRztBQUNBLFNBQU87QUFDVDtBQUVBLFNBQVMsY0FBaUIsT0FBc0IsUUFBZ0IsVUFBZ0I7QUFDOUUsTUFBSSxVQUFVLE9BQVcsUUFBTztBQUNoQyxNQUFJLE9BQU8sVUFBVSxXQUFZLE9BQU0sSUFBSSxZQUFZLDJCQUEyQixPQUFPLEtBQUssSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUM1RyxTQUFPO0FBQ1Q7QUFNTyxTQUFTLG9CQUFvQixPQUF3RTtBQUMxRyxRQUFNLFVBQ0osVUFBVSxRQUFRLEVBQUUsT0FBTyxFQUFFLElBQUksT0FBTyxVQUFVLFdBQVcsRUFBRSxPQUFPLE1BQU0sSUFBSyxTQUFTLENBQUM7QUFDN0YsTUFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLE1BQU07QUFDbkQsVUFBTSxJQUFJLFlBQVksNkNBQTZDLE9BQU8sT0FBTyxJQUFJLEVBQUUsUUFBUSxRQUFRLENBQUM7QUFBQSxFQUMxRztBQUNBLFFBQU0sUUFBUSxZQUFZLFFBQVEsT0FBTyxlQUFlLEdBQUcsQ0FBQztBQUM1RCxNQUFJLENBQUMsT0FBTyxVQUFVLEtBQUssRUFBRyxPQUFNLElBQUksWUFBWSwyQkFBMkIsS0FBSyxJQUFJLEVBQUUsUUFBUSxjQUFjLENBQUM7QUFDakgsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLFdBQVcsWUFBWSxRQUFRLFdBQVcsbUJBQW1CLEdBQUcsR0FBRztBQUFBLElBQ25FLGNBQWMsWUFBWSxRQUFRLGNBQWMsc0JBQXNCLEdBQUcsR0FBSTtBQUFBLElBQzdFLGlCQUFpQixZQUFZLFFBQVEsaUJBQWlCLHlCQUF5QixHQUFHLEdBQU07QUFBQSxJQUN4RixPQUFPLGNBQWMsUUFBUSxPQUFPLGVBQWUsWUFBWTtBQUFBLElBQy9ELFFBQVEsY0FBYyxRQUFRLFFBQVEsZ0JBQWdCLEtBQUssTUFBTTtBQUFBLElBQ2pFLEtBQUssY0FBYyxRQUFRLEtBQUssYUFBYSxLQUFLLEdBQUc7QUFBQSxFQUN2RDtBQUNGO0FBR08sU0FBUyxrQkFBa0IsUUFBeUI7QUFDekQsU0FBTyxXQUFXLE9BQU8sV0FBVyxPQUFRLFVBQVUsT0FBTyxVQUFVLE9BQU8sV0FBVztBQUMzRjtBQU1PLFNBQVMsZ0JBQWdCLE9BQWtDLEtBQWlDO0FBQ2pHLE1BQUksVUFBVSxRQUFRLFVBQVUsT0FBVyxRQUFPO0FBQ2xELFFBQU0sT0FBTyxNQUFNLEtBQUs7QUFDeEIsTUFBSSxTQUFTLEdBQUksUUFBTztBQUN4QixNQUFJLGdCQUFnQixLQUFLLElBQUksRUFBRyxRQUFPLEtBQUssTUFBTSxPQUFPLElBQUksSUFBSSxHQUFJO0FBRXJFLE1BQUksQ0FBQyxZQUFZLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDcEMsUUFBTSxPQUFPLEtBQUssTUFBTSxJQUFJO0FBQzVCLE1BQUksT0FBTyxNQUFNLElBQUksRUFBRyxRQUFPO0FBQy9CLFNBQU8sS0FBSyxJQUFJLEdBQUcsT0FBTyxHQUFHO0FBQy9CO0FBR08sU0FBUyxhQUFhLFNBQWlCLFNBQXVDO0FBQ25GLFFBQU0sVUFBVSxLQUFLLElBQUksUUFBUSxjQUFjLFFBQVEsWUFBWSxLQUFLLE9BQU87QUFDL0UsU0FBTyxLQUFLLE1BQU0sUUFBUSxPQUFPLElBQUksT0FBTztBQUM5Qzs7O0FDNUZBLFNBQVMsYUFBYSxNQUEwQixRQUEwQztBQUN4RixNQUFJLFNBQVMsVUFBYSxLQUFLLEtBQUssTUFBTSxHQUFJLFFBQU87QUFDckQsUUFBTSxRQUFRLE9BQU8sSUFBSSxFQUFFLFFBQVEsUUFBUSxHQUFHLEVBQUUsS0FBSztBQUNyRCxTQUFPLE1BQU0sU0FBUyxNQUFNLEdBQUcsTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLFdBQU07QUFDMUQ7QUFNTyxTQUFTLFlBQ2QsUUFDQSxLQUNBLFVBQXlGLENBQUMsR0FDOUU7QUFDWixRQUFNQyxVQUFTLGFBQWEsUUFBUSxTQUFTLElBQUksTUFBTTtBQUN2RCxRQUFNLE9BQU9BLFlBQVcsS0FBSyxLQUFLLHNCQUFzQkEsT0FBTTtBQUM5RCxRQUFNLFFBQVEsUUFBUSxhQUFhLFVBQWEsUUFBUSxXQUFXLElBQUksVUFBVSxRQUFRLFFBQVEsY0FBYztBQUMvRyxNQUFJO0FBQ0osTUFBSSxXQUFXLE9BQU8sV0FBVyxLQUFLO0FBQ3BDLGNBQ0UsT0FBTyxJQUFJLEtBQUssNEJBQTRCLE1BQU0sSUFBSSxXQUFXLE1BQU0saUJBQWlCLFdBQVcsV0FDMUYsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLDBDQUEwQyxJQUFJLFNBQVMsSUFBSSxRQUFRO0FBQUEsRUFDeEcsV0FBVyxXQUFXLEtBQUs7QUFDekIsY0FDRSxPQUFPLElBQUksS0FBSyw4REFBOEQsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLElBQUksSUFBSTtBQUFBLEVBRWxILFdBQVcsV0FBVyxLQUFLO0FBQ3pCLFVBQU0sT0FDSixRQUFRLGlCQUFpQixTQUFZLEtBQUssc0JBQXNCLEtBQUssS0FBSyxRQUFRLGVBQWUsR0FBSSxDQUFDO0FBQ3hHLGNBQ0UsT0FBTyxJQUFJLEtBQUsscUNBQXFDLElBQUksVUFBVSxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsR0FBRyxLQUFLLElBQUksSUFBSTtBQUFBLEVBRS9HLFdBQVcsV0FBVyxPQUFPLFVBQVUsS0FBSztBQUMxQyxjQUNFLE9BQU8sSUFBSSxLQUFLLGdDQUFnQyxNQUFNLFdBQVcsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLEdBQUcsS0FBSyxJQUFJLElBQUk7QUFBQSxFQUU3RyxPQUFPO0FBQ0wsVUFBTSxPQUFPLFFBQVEsU0FBUyxTQUFZLEtBQUssSUFBSSxRQUFRLElBQUk7QUFDL0QsY0FBVSxPQUFPLElBQUksS0FBSyxtQkFBbUIsTUFBTSxHQUFHLElBQUksVUFBVSxJQUFJLE1BQU0sT0FBTyxJQUFJLEdBQUcsSUFBSSxJQUFJO0FBQ3BHLFFBQUksV0FBVyxJQUFLLFlBQVc7QUFDL0IsUUFBSSxXQUFXLElBQUssWUFBVztBQUFBLEVBQ2pDO0FBQ0EsU0FBTyxJQUFJLFdBQVcsU0FBUyxFQUFFLE9BQU8sSUFBSSxPQUFPLFFBQVEsV0FBVyxrQkFBa0IsTUFBTSxFQUFFLENBQUM7QUFDbkc7QUFHTyxTQUFTLGFBQ2QsS0FDQSxPQUNBLFdBQ0EsVUFDWTtBQUNaLFFBQU0sUUFBUSxXQUFXLElBQUksS0FBSyxRQUFRLGVBQWU7QUFDekQsUUFBTSxVQUNKLGNBQWMsU0FDVixPQUFPLElBQUksS0FBSywwQkFBMEIsU0FBUyxhQUFhLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxHQUFHLEtBQUssNEVBRWhHLE9BQU8sSUFBSSxLQUFLLDBCQUEwQixJQUFJLEdBQUcsVUFBVSxJQUFJLE1BQU0sR0FBRyxLQUFLLEtBQzFFLElBQUksT0FBTyxjQUFjLEtBQUssQ0FBQyxDQUFDO0FBQ3pDLFNBQU8sSUFBSSxXQUFXLFNBQVMsRUFBRSxPQUFPLElBQUksT0FBTyxXQUFXLEtBQUssR0FBRyxFQUFFLE9BQU8sY0FBYyxPQUFPLElBQUksTUFBTSxFQUFFLENBQUM7QUFDbkg7QUFHTyxTQUFTLGVBQWUsS0FBcUIsU0FBaUIsUUFBNkI7QUFDaEcsU0FBTyxJQUFJO0FBQUEsSUFDVCxPQUFPLElBQUksS0FBSyx5Q0FBeUMsSUFBSSxNQUFNLE9BQU8sSUFBSSxHQUFHLEtBQUssSUFBSSxPQUFPLE9BQU8sQ0FBQztBQUFBLElBRXpHLEVBQUUsT0FBTyxJQUFJLE9BQU8sUUFBUSxXQUFXLE1BQU07QUFBQSxFQUMvQztBQUNGO0FBRUEsU0FBUyxjQUFjLE9BQXdCO0FBQzdDLE1BQUksaUJBQWlCLE9BQU87QUFDMUIsVUFBTSxRQUFRLE1BQU0saUJBQWlCLFFBQVEsS0FBSyxNQUFNLE1BQU0sT0FBTyxNQUFNO0FBQzNFLFdBQU8sR0FBRyxNQUFNLE9BQU8sR0FBRyxLQUFLO0FBQUEsRUFDakM7QUFDQSxTQUFPLE9BQU8sS0FBSztBQUNyQjtBQU1BLFNBQVMsY0FBYyxPQUFnQixRQUFxRDtBQUMxRixNQUFJLEVBQUUsaUJBQWlCLE9BQVEsUUFBTztBQUN0QyxRQUFNLFFBQVEsTUFBTSxpQkFBaUIsUUFBUSxJQUFJLE1BQU0sT0FBTyxNQUFNLE1BQU0sT0FBTyxDQUFDLElBQUk7QUFDdEYsUUFBTSxPQUFPLElBQUksTUFBTSxPQUFPLE1BQU0sT0FBTyxHQUFHLFVBQVUsU0FBWSxTQUFZLEVBQUUsT0FBTyxNQUFNLENBQUM7QUFDaEcsT0FBSyxPQUFPLE1BQU07QUFDbEIsU0FBTztBQUNUO0FBYU8sU0FBUyxTQUFTLFNBQXNFO0FBQzdGLFFBQU0sT0FBTyxRQUFRLE9BQU8sQ0FBQyxNQUFtQixPQUFPLE1BQU0sWUFBWSxFQUFFLFNBQVMsQ0FBQztBQUNyRixTQUFPLENBQUMsU0FBUztBQUNmLFFBQUksTUFBTTtBQUNWLGVBQVcsVUFBVSxLQUFNLE9BQU0sSUFBSSxNQUFNLE1BQU0sRUFBRSxLQUFLLFlBQVk7QUFDcEUsV0FBTztBQUFBLEVBQ1Q7QUFDRjs7O0FDL0hPLFNBQVMsZUFBZSxPQUFnQixRQUFnQixVQUEwQjtBQUN2RixNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLE1BQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFNBQVMsS0FBSyxLQUFLLFNBQVMsR0FBRztBQUN0RSxVQUFNLElBQUksWUFBWSxrQ0FBa0MsS0FBSyxVQUFVLEtBQUssQ0FBQyxJQUFJLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDN0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLGlCQUFpQixPQUFnQixRQUF3QjtBQUN2RSxNQUFJLE9BQU8sVUFBVSxZQUFZLE1BQU0sS0FBSyxNQUFNLElBQUk7QUFDcEQsVUFBTSxJQUFJLFlBQVksK0VBQStFLEVBQUUsT0FBTyxDQUFDO0FBQUEsRUFDakg7QUFDQSxNQUFJQztBQUNKLE1BQUk7QUFDRixJQUFBQSxPQUFNLElBQUksSUFBSSxLQUFLO0FBQUEsRUFDckIsUUFBUTtBQUNOLFVBQU0sSUFBSSxZQUFZLHVCQUF1QixLQUFLLFVBQVUsTUFBTSxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQztBQUFBLEVBQ2hHO0FBQ0EsTUFBSUEsS0FBSSxhQUFhLFdBQVdBLEtBQUksYUFBYSxVQUFVO0FBQ3pELFVBQU0sSUFBSSxZQUFZLHVDQUF1Q0EsS0FBSSxRQUFRLElBQUksRUFBRSxPQUFPLENBQUM7QUFBQSxFQUN6RjtBQUNBLE1BQUlBLEtBQUksV0FBVyxNQUFNQSxLQUFJLFNBQVMsSUFBSTtBQUN4QyxVQUFNLElBQUksWUFBWSw4Q0FBOEMsRUFBRSxPQUFPLENBQUM7QUFBQSxFQUNoRjtBQUNBLFNBQU8sR0FBR0EsS0FBSSxNQUFNLEdBQUdBLEtBQUksUUFBUSxHQUFHLFFBQVEsUUFBUSxFQUFFO0FBQzFEOzs7QUMxQkEsT0FBTyxRQUFRO0FBS2YsSUFBTSxtQkFBbUIsS0FBSztBQUd2QixJQUFNLHlCQUF5QixLQUFLLE9BQU87QUE2RGxELElBQU0sZUFBTixjQUEyQixNQUFNO0FBQUM7QUFFbEMsSUFBTSxZQUFZO0FBR1gsU0FBUyxnQkFBZ0IsU0FBc0M7QUFDcEUsUUFBTSxZQUFZLENBQUMsT0FBK0IsVUFDL0MsUUFBUSxTQUFTLFdBQVcsT0FBTyxPQUFPLElBQUk7QUFFakQsaUJBQWUsUUFBUSxLQUFtRDtBQUN4RSxVQUFNQyxPQUFNLElBQUksSUFBSSxHQUFHLFFBQVEsT0FBTyxHQUFHLElBQUksSUFBSSxFQUFFO0FBQ25ELGVBQVcsQ0FBQyxLQUFLLEtBQUssS0FBSyxPQUFPLFFBQVEsSUFBSSxnQkFBZ0IsQ0FBQyxDQUFDLEVBQUcsQ0FBQUEsS0FBSSxhQUFhLElBQUksS0FBSyxLQUFLO0FBQ2xHLFVBQU0sTUFBc0I7QUFBQSxNQUMxQixPQUFPLFFBQVE7QUFBQSxNQUNmLFFBQVEsSUFBSTtBQUFBLE1BQ1osS0FBSyxhQUFhQSxJQUFHO0FBQUEsTUFDckIsVUFBVSxRQUFRO0FBQUEsTUFDbEIsUUFBUSxRQUFRO0FBQUEsSUFDbEI7QUFDQSxVQUFNLEVBQUUsTUFBTSxJQUFJO0FBQ2xCLGFBQVMsVUFBVSxLQUFLLFdBQVc7QUFDakMsWUFBTSxXQUFXLFVBQVUsTUFBTTtBQUNqQyxVQUFJO0FBQ0osVUFBSTtBQUNGLGtCQUFVLE1BQU0sWUFBWUEsTUFBSyxLQUFLLEtBQUssVUFBVSxVQUFVLENBQUM7QUFBQSxNQUNsRSxTQUFTLE9BQU87QUFDZCxZQUFJLEVBQUUsaUJBQWlCLGdCQUFpQixPQUFNO0FBQzlDLFlBQUksQ0FBQyxVQUFVO0FBQ2IsZ0JBQU0sYUFBYSxLQUFLLE1BQU0sVUFBVSxNQUFNLFdBQVcsUUFBUSxZQUFZLFFBQVcsVUFBVSxDQUFDO0FBQUEsUUFDckc7QUFDQSxjQUFNLE1BQU0sTUFBTSxhQUFhLFNBQVMsS0FBSyxDQUFDO0FBQzlDO0FBQUEsTUFDRjtBQUNBLFVBQUksUUFBUSxTQUFTLE9BQVEsUUFBTyxRQUFRO0FBQzVDLFlBQU0sTUFBTSxNQUFNLFFBQVEsZ0JBQWdCLGFBQWEsU0FBUyxLQUFLLENBQUM7QUFBQSxJQUN4RTtBQUFBLEVBQ0Y7QUFJQSxpQkFBZSxZQUNiQSxNQUNBLEtBQ0EsS0FDQSxVQUNBLFVBQ3lCO0FBQ3pCLFVBQU0sYUFBYSxJQUFJLGdCQUFnQjtBQUN2QyxRQUFJLFdBQVc7QUFDZixVQUFNLFFBQVEsV0FBVyxNQUFNO0FBQzdCLGlCQUFXO0FBQ1gsaUJBQVcsTUFBTSxJQUFJLE1BQU0sbUJBQW1CLFFBQVEsU0FBUyxLQUFLLENBQUM7QUFBQSxJQUN2RSxHQUFHLFFBQVEsU0FBUztBQUNwQixRQUFJO0FBQ0YsVUFBSTtBQUNKLFVBQUk7QUFDRixtQkFBVyxNQUFNLEdBQUdBLE1BQUs7QUFBQSxVQUN2QixRQUFRLElBQUksVUFBVTtBQUFBLFVBQ3RCLFNBQVMsRUFBRSxRQUFRLG9CQUFvQixHQUFHLFFBQVEsU0FBUyxHQUFHLElBQUksUUFBUTtBQUFBLFVBQzFFLEdBQUksSUFBSSxTQUFTLFNBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxJQUFJLEtBQUs7QUFBQSxVQUNuRCxRQUFRLFdBQVc7QUFBQSxVQUNuQixTQUFTO0FBQUEsVUFDVCxPQUFPO0FBQUEsVUFDUCxpQkFBaUI7QUFBQSxVQUNqQixPQUFPO0FBQUEsUUFDVCxDQUFDO0FBQUEsTUFDSCxTQUFTLE9BQU87QUFDZCxjQUFNLElBQUksZUFBZSxPQUFPLFFBQVE7QUFBQSxNQUMxQztBQUNBLFlBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSTtBQUM1QixVQUFJLGtCQUFrQixNQUFNLEtBQUssVUFBVTtBQUN6QyxjQUFNQyxnQkFBZSxnQkFBZ0IsUUFBUSxJQUFJLGFBQWEsR0FBRyxRQUFRLE1BQU0sSUFBSSxDQUFDO0FBQ3BGLFlBQUlBLGtCQUFpQixVQUFhQSxpQkFBZ0IsUUFBUSxNQUFNLGlCQUFpQjtBQUMvRSxrQkFBUSxTQUFTLElBQUk7QUFDckIsaUJBQU8sRUFBRSxNQUFNLFNBQVMsY0FBQUEsY0FBYTtBQUFBLFFBQ3ZDO0FBRUEsY0FBTSxRQUFRLE1BQU0sY0FBYyxVQUFVLFdBQVcsTUFBTTtBQUM3RCxjQUFNLFlBQVksUUFBUSxLQUFLLEVBQUUsR0FBRyxPQUFPLGNBQUFBLGVBQWMsU0FBUyxDQUFDO0FBQUEsTUFDckU7QUFDQSxZQUFNLFNBQVMsSUFBSSxjQUFjLFNBQVMsTUFBTSxNQUFNO0FBQ3RELFVBQUksVUFBVSxPQUFPLFNBQVMsS0FBSztBQUNqQyxjQUFNLE9BQU8sV0FBVyxNQUFNLFNBQVksTUFBTSxTQUFTLFVBQVUsS0FBSyxXQUFXLE1BQU07QUFDekYsZUFBTyxFQUFFLE1BQU0sUUFBUSxVQUFVLEVBQUUsUUFBUSxTQUFTLE1BQU0sT0FBTyxDQUFDLEdBQUcsSUFBSSxFQUFFO0FBQUEsTUFDN0U7QUFDQSxVQUFJLFdBQVcsT0FBTyxRQUFRO0FBQzVCLGdCQUFRLFNBQVMsSUFBSTtBQUNyQixlQUFPLEVBQUUsTUFBTSxRQUFRLFVBQVUsRUFBRSxRQUFRLFNBQVMsTUFBTSxRQUFXLE9BQU8sQ0FBQyxHQUFHLElBQUksRUFBRTtBQUFBLE1BQ3hGO0FBQ0EsWUFBTSxZQUFZLE1BQU0sY0FBYyxVQUFVLFdBQVcsTUFBTTtBQUNqRSxVQUFJLE9BQVEsUUFBTyxFQUFFLE1BQU0sUUFBUSxVQUFVLEVBQUUsUUFBUSxTQUFTLEdBQUcsV0FBVyxJQUFJLEVBQUU7QUFDcEYsWUFBTSxlQUFlLGdCQUFnQixRQUFRLElBQUksYUFBYSxHQUFHLFFBQVEsTUFBTSxJQUFJLENBQUM7QUFDcEYsWUFBTSxZQUFZLFFBQVEsS0FBSyxFQUFFLEdBQUcsVUFBVSxPQUFPLGNBQWMsU0FBUyxDQUFDO0FBQUEsSUFDL0UsU0FBUyxPQUFPO0FBQ2QsVUFBSSxpQkFBaUIsZUFBZ0IsT0FBTTtBQUMzQyxVQUFJLFNBQVUsT0FBTSxJQUFJLGVBQWUsT0FBTyxJQUFJO0FBQ2xELFlBQU07QUFBQSxJQUNSLFVBQUU7QUFDQSxtQkFBYSxLQUFLO0FBQUEsSUFDcEI7QUFBQSxFQUNGO0FBRUEsaUJBQWUsU0FBUyxVQUFvQixLQUFxQixRQUF1QztBQUN0RyxVQUFNLE9BQU8sU0FBUyxRQUFRLElBQUksY0FBYyxLQUFLO0FBQ3JELFFBQUksQ0FBQyxVQUFVLEtBQUssSUFBSSxHQUFHO0FBQ3pCLGNBQVEsU0FBUyxJQUFJO0FBQ3JCLFlBQU07QUFBQSxRQUNKO0FBQUEsUUFDQSw2REFBNkQsU0FBUyxLQUFLLG9CQUFvQixLQUFLLFVBQVUsS0FBSyxNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUM7QUFBQSxRQUNqSSxTQUFTO0FBQUEsTUFDWDtBQUFBLElBQ0Y7QUFDQSxRQUFJO0FBQ0osUUFBSTtBQUNGLGNBQVEsTUFBTSxZQUFZLFVBQVUsUUFBUSxjQUFjLE1BQU07QUFBQSxJQUNsRSxTQUFTLE9BQU87QUFDZCxVQUFJLGlCQUFpQixjQUFjO0FBQ2pDLGNBQU07QUFBQSxVQUNKO0FBQUEsVUFDQSwrQkFBK0IsWUFBWSxRQUFRLFlBQVksQ0FBQztBQUFBLFVBQ2hFLFNBQVM7QUFBQSxRQUNYO0FBQUEsTUFDRjtBQUNBLFlBQU07QUFBQSxJQUNSO0FBQ0EsUUFBSTtBQUNGLGFBQU8sS0FBSyxNQUFNLElBQUksWUFBWSxTQUFTLEVBQUUsT0FBTyxLQUFLLENBQUMsRUFBRSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzNFLFNBQVMsT0FBTztBQUNkLFlBQU0sU0FBUyxpQkFBaUIsUUFBUSxNQUFNLFVBQVUsT0FBTyxLQUFLO0FBQ3BFLFlBQU0sZUFBZSxLQUFLLCtCQUErQixPQUFPLE1BQU0sR0FBRyxHQUFHLENBQUMsS0FBSyxTQUFTLE1BQU07QUFBQSxJQUNuRztBQUFBLEVBQ0Y7QUFFQSxpQkFBZSxjQUNiLFVBQ0EsUUFDd0U7QUFDeEUsUUFBSTtBQUNKLFFBQUk7QUFDRixZQUFNLFFBQVEsTUFBTSxZQUFZLFVBQVUsa0JBQWtCLE1BQU07QUFDbEUsWUFBTSxPQUFPLElBQUksWUFBWSxFQUFFLE9BQU8sS0FBSztBQUMzQyxVQUFJO0FBQ0YsZUFBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLE1BQ3hCLFFBQVE7QUFDTixlQUFPLEVBQUUsTUFBTSxRQUFXLE9BQU8sQ0FBQyxFQUFFO0FBQUEsTUFDdEM7QUFBQSxJQUNGLFNBQVMsT0FBTztBQUNkLFVBQUksaUJBQWlCLGFBQWMsUUFBTyxFQUFFLE1BQU0sUUFBVyxPQUFPLENBQUMsRUFBRTtBQUN2RSxZQUFNO0FBQUEsSUFDUjtBQUNBLFdBQU8sRUFBRSxNQUFNLE9BQU8sWUFBWSxJQUFJLEVBQUU7QUFBQSxFQUMxQztBQUVBLFNBQU8sRUFBRSxRQUFRO0FBQ25CO0FBR0EsSUFBTSxpQkFBTixjQUE2QixNQUFNO0FBQUEsRUFDakMsWUFDVyxVQUNBLFVBQ1Q7QUFDQSxVQUFNLGlCQUFpQjtBQUhkO0FBQ0E7QUFBQSxFQUdYO0FBQUEsRUFKVztBQUFBLEVBQ0E7QUFJYjtBQUdBLFNBQVMsWUFBWSxNQUFvRDtBQUN2RSxNQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsS0FBTSxRQUFPLENBQUM7QUFDdkQsUUFBTUMsVUFBUztBQUNmLFFBQU0sU0FBU0EsUUFBTztBQUN0QixNQUFJLE9BQU8sV0FBVyxZQUFZLFdBQVcsTUFBTTtBQUNqRCxVQUFNLElBQUk7QUFDVixXQUFPO0FBQUEsTUFDTCxHQUFJLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxNQUFNLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQSxNQUNyRCxHQUFJLE9BQU8sRUFBRSxZQUFZLFdBQVcsRUFBRSxTQUFTLEVBQUUsUUFBUSxJQUFJLENBQUM7QUFBQSxJQUNoRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxHQUFJLE9BQU8sV0FBVyxXQUFXLEVBQUUsTUFBTSxPQUFPLElBQUksQ0FBQztBQUFBLElBQ3JELEdBQUksT0FBT0EsUUFBTyxZQUFZLFdBQVcsRUFBRSxTQUFTQSxRQUFPLFFBQVEsSUFBSSxDQUFDO0FBQUEsRUFDMUU7QUFDRjtBQUdBLGVBQWUsWUFBWSxVQUFvQixPQUFlLFFBQTBDO0FBQ3RHLFFBQU0sV0FBVyxPQUFPLFNBQVMsUUFBUSxJQUFJLGdCQUFnQixDQUFDO0FBQzlELE1BQUksT0FBTyxTQUFTLFFBQVEsS0FBSyxXQUFXLE9BQU87QUFDakQsWUFBUSxTQUFTLElBQUk7QUFDckIsVUFBTSxJQUFJLGFBQWE7QUFBQSxFQUN6QjtBQUNBLE1BQUksU0FBUyxTQUFTLEtBQU0sUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNuRCxRQUFNLFNBQVMsU0FBUyxLQUFLLFVBQVU7QUFDdkMsUUFBTSxTQUF1QixDQUFDO0FBQzlCLE1BQUksUUFBUTtBQUNaLE1BQUk7QUFDRixlQUFTO0FBQ1AsWUFBTSxFQUFFLE1BQU0sTUFBTSxJQUFJLE1BQU0sVUFBVSxPQUFPLEtBQUssR0FBRyxNQUFNO0FBQzdELFVBQUksS0FBTTtBQUNWLGVBQVMsTUFBTTtBQUNmLFVBQUksUUFBUSxNQUFPLE9BQU0sSUFBSSxhQUFhO0FBQzFDLGFBQU8sS0FBSyxLQUFLO0FBQUEsSUFDbkI7QUFBQSxFQUNGLFNBQVMsT0FBTztBQUNkLFdBQU8sT0FBTyxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQ3JDLFVBQU07QUFBQSxFQUNSO0FBQ0EsUUFBTSxNQUFNLElBQUksV0FBVyxLQUFLO0FBQ2hDLE1BQUksU0FBUztBQUNiLGFBQVcsU0FBUyxRQUFRO0FBQzFCLFFBQUksSUFBSSxPQUFPLE1BQU07QUFDckIsY0FBVSxNQUFNO0FBQUEsRUFDbEI7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLFVBQWEsU0FBcUIsUUFBaUM7QUFDMUUsTUFBSSxPQUFPLFFBQVMsUUFBTyxRQUFRLE9BQU8sT0FBTyxNQUFNO0FBQ3ZELFNBQU8sSUFBSSxRQUFXLENBQUMsU0FBUyxXQUFXO0FBQ3pDLFVBQU0sVUFBVSxNQUFZLE9BQU8sT0FBTyxNQUFNO0FBQ2hELFdBQU8saUJBQWlCLFNBQVMsU0FBUyxFQUFFLE1BQU0sS0FBSyxDQUFDO0FBQ3hELFlBQVE7QUFBQSxNQUNOLENBQUMsVUFBVTtBQUNULGVBQU8sb0JBQW9CLFNBQVMsT0FBTztBQUMzQyxnQkFBUSxLQUFLO0FBQUEsTUFDZjtBQUFBLE1BQ0EsQ0FBQyxVQUFtQjtBQUNsQixlQUFPLG9CQUFvQixTQUFTLE9BQU87QUFDM0MsZUFBTyxLQUFLO0FBQUEsTUFDZDtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFDSDtBQUVBLFNBQVMsYUFBYUYsTUFBa0I7QUFDdEMsU0FBTyxHQUFHQSxLQUFJLE1BQU0sR0FBR0EsS0FBSSxRQUFRLEdBQUdBLEtBQUksTUFBTTtBQUNsRDtBQUVBLFNBQVMsWUFBWSxPQUF1QjtBQUMxQyxNQUFJLFNBQVMsT0FBTyxLQUFNLFFBQU8sR0FBRyxLQUFLLE1BQU8sU0FBUyxPQUFPLFFBQVMsRUFBRSxJQUFJLEVBQUU7QUFDakYsTUFBSSxTQUFTLEtBQU0sUUFBTyxHQUFHLEtBQUssTUFBTyxRQUFRLE9BQVEsRUFBRSxJQUFJLEVBQUU7QUFDakUsU0FBTyxHQUFHLEtBQUs7QUFDakI7QUFNQSxTQUFTLFFBQVEsTUFBK0M7QUFDOUQsUUFBTSxPQUFPLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDdEM7OztBSnJOTyxTQUFTLFVBQVUsU0FBc0M7QUFDOUQsTUFBSSxPQUFPLFlBQVksWUFBWSxZQUFZLE1BQU07QUFDbkQsVUFBTSxJQUFJLFlBQVksa0VBQWtFLEVBQUUsUUFBUSxVQUFVLENBQUM7QUFBQSxFQUMvRztBQUNBLFFBQU0sWUFBWSxRQUFRLFFBQVE7QUFDbEMsUUFBTSxVQUFVLGlCQUFpQixRQUFRLEtBQUssS0FBSztBQUNuRCxNQUFJLFVBQVUsS0FBSyxPQUFPLEdBQUc7QUFDM0IsVUFBTSxJQUFJO0FBQUEsTUFDUixrRUFBa0UsS0FBSyxVQUFVLFFBQVEsUUFBUSxXQUFXLEVBQUUsQ0FBQyxDQUFDO0FBQUEsTUFDaEgsRUFBRSxRQUFRLE1BQU07QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsUUFBUTtBQUN0QixNQUFJLFVBQVUsV0FBYyxPQUFPLFVBQVUsWUFBWSxVQUFVLE1BQU0sU0FBUyxLQUFLLEtBQUssSUFBSTtBQUM5RixVQUFNLElBQUksWUFBWSxnRUFBZ0UsRUFBRSxRQUFRLFFBQVEsQ0FBQztBQUFBLEVBQzNHO0FBQ0EsUUFBTSxjQUFjLFFBQVEsV0FBVyxDQUFDO0FBQ3hDLE1BQUksT0FBTyxnQkFBZ0IsWUFBWSxnQkFBZ0IsTUFBTTtBQUMzRCxVQUFNLElBQUksWUFBWSwrQ0FBK0MsRUFBRSxRQUFRLFVBQVUsQ0FBQztBQUFBLEVBQzVGO0FBQ0EsUUFBTSxVQUFrQyxFQUFFLEdBQUcsWUFBWTtBQUN6RCxNQUFJLFVBQVUsT0FBVyxTQUFRLGdCQUFnQixVQUFVLEtBQUs7QUFDaEUsUUFBTSxTQUFTLFNBQVMsQ0FBQyxPQUFPLEdBQUcsT0FBTyxPQUFPLFdBQVcsQ0FBQyxDQUFDO0FBQzlELFFBQU0sWUFBWSxnQkFBZ0I7QUFBQSxJQUNoQyxPQUFPO0FBQUEsSUFDUDtBQUFBLElBQ0E7QUFBQSxJQUNBLFNBQVMsQ0FBQyxLQUFLO0FBQUEsSUFDZixVQUNFLFVBQVUsU0FDTixxSkFDQTtBQUFBLElBQ04sV0FBVyxlQUFlLFFBQVEsV0FBVyxhQUFhLEdBQUk7QUFBQSxJQUM5RCxPQUFPLG9CQUFvQixRQUFRLEtBQUs7QUFBQSxJQUN4QyxjQUFjLGVBQWUsUUFBUSxjQUFjLGdCQUFnQixzQkFBc0I7QUFBQSxJQUN6RixHQUFJLFFBQVEsVUFBVSxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sUUFBUSxNQUFNO0FBQUEsSUFDOUQ7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFFBQVEsSUFBSUcsVUFBeUQ7QUFBQSxJQUN6RSxLQUFLLGVBQWUsUUFBUSxlQUFlLGlCQUFpQixHQUFJO0FBQUEsRUFDbEUsQ0FBQztBQUdELGlCQUFlLFNBQVMsS0FBd0IsVUFBcUU7QUFDbkgsUUFBSUM7QUFDSixRQUFJO0FBQ0YsTUFBQUEsVUFBUyxZQUFZLElBQUksTUFBTSxFQUFFLE1BQU0sSUFBSSxJQUFJLElBQUksQ0FBQztBQUFBLElBQ3RELFNBQVMsT0FBTztBQUNkLFVBQUksaUJBQWlCLGtCQUFtQixPQUFNLGVBQWUsSUFBSSxLQUFLLDBCQUEwQixNQUFNLE9BQU8sR0FBRztBQUNoSCxZQUFNO0FBQUEsSUFDUjtBQUNBLFFBQUlBLFFBQU8sU0FBUyxTQUFTLE1BQU07QUFDakMsWUFBTSxlQUFlLElBQUksS0FBSyxxQkFBcUIsU0FBUyxJQUFJLDBCQUEwQkEsUUFBTyxJQUFJLEdBQUc7QUFBQSxJQUMxRztBQUNBLFFBQUksU0FBUyxZQUFZLFVBQWFBLFFBQU8sWUFBWSxTQUFTLFNBQVM7QUFDekUsWUFBTSxlQUFlLElBQUksS0FBSyxxQkFBcUIsU0FBUyxPQUFPLFNBQVNBLFFBQU8sT0FBTyxFQUFFO0FBQUEsSUFDOUY7QUFDQSxVQUFNLE9BQU8sTUFBTSxpQkFBaUJBLE9BQU07QUFDMUMsV0FBTyxhQUFhQSxTQUFRQSxRQUFPLFVBQVUsQ0FBQyxHQUFHLElBQUk7QUFBQSxFQUN2RDtBQUVBLFdBQVMsU0FBUyxLQUFpQztBQUNqRCxRQUFJLElBQUksV0FBVyxJQUFLLFFBQU87QUFDL0IsUUFBSSxJQUFJLE1BQU0sU0FBUyxZQUFhLFFBQU87QUFDM0MsVUFBTSxZQUFZLEtBQUssSUFBSSxLQUFLLElBQUksS0FBSztBQUFBLEVBQzNDO0FBRUEsV0FBUyxhQUFhLEtBQXdCLE1BQTZCO0FBQ3pFLFVBQU0sU0FBUyxrQkFBa0IsVUFBVSxJQUFJLElBQUk7QUFDbkQsUUFBSSxDQUFDLE9BQU8sUUFBUyxPQUFNLGVBQWUsSUFBSSxLQUFLLDRCQUE0QixlQUFlLE9BQU8sS0FBSyxDQUFDLEdBQUc7QUFDOUcsUUFBSSxPQUFPLEtBQUssU0FBUyxNQUFNO0FBQzdCLFlBQU0sZUFBZSxJQUFJLEtBQUssOEJBQThCLElBQUksb0JBQW9CLE9BQU8sS0FBSyxJQUFJLEdBQUc7QUFBQSxJQUN6RztBQUNBLFdBQU8sY0FBYyxPQUFPLEtBQUssVUFBVSxJQUFJLEdBQUc7QUFBQSxFQUNwRDtBQUVBLFFBQU0sUUFBbUI7QUFBQSxJQUN2QixNQUFNO0FBQUEsSUFFTixNQUFNLGFBQWEsTUFBTTtBQUN2Qix1QkFBaUIsTUFBTSxTQUFTO0FBQ2hDLFlBQU0sTUFBTSxNQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ2xDLE1BQU0sV0FBVyxJQUFJO0FBQUEsUUFDckIsUUFBUSw0QkFBNEIsSUFBSTtBQUFBLFFBQ3hDLGNBQWMsQ0FBQyxHQUFHO0FBQUEsTUFDcEIsQ0FBQztBQUNELFVBQUksU0FBUyxHQUFHLEVBQUcsUUFBTyxDQUFDO0FBQzNCLGFBQU8sYUFBYSxLQUFLLElBQUk7QUFBQSxJQUMvQjtBQUFBLElBRUEsTUFBTSxXQUFXLE1BQU0sU0FBUztBQUM5Qix1QkFBaUIsTUFBTSxTQUFTO0FBQ2hDLFVBQUksT0FBTyxZQUFZLFlBQVlDLGFBQVksT0FBTyxNQUFNLFFBQVMsUUFBTztBQUM1RSxZQUFNLE9BQU8sWUFBWSxNQUFNLE9BQU87QUFDdEMsWUFBTSxTQUFTLE1BQU0sSUFBSSxJQUFJO0FBQzdCLFlBQU0sTUFBTSxNQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ2xDO0FBQUEsUUFDQSxTQUFTLFdBQVcsU0FBWSxDQUFDLElBQUksRUFBRSxpQkFBaUIsT0FBTyxLQUFLO0FBQUEsUUFDcEUsUUFBUSxZQUFZLElBQUksSUFBSSxPQUFPO0FBQUEsUUFDbkMsY0FBYyxDQUFDLEtBQUssR0FBRztBQUFBLE1BQ3pCLENBQUM7QUFDRCxVQUFJLElBQUksV0FBVyxLQUFLO0FBQ3RCLFlBQUksV0FBVyxPQUFXLFFBQU8sT0FBTztBQUN4QyxjQUFNLGVBQWUsSUFBSSxLQUFLLDJEQUEyRCxHQUFHO0FBQUEsTUFDOUY7QUFDQSxVQUFJLFNBQVMsR0FBRyxHQUFHO0FBQ2pCLGNBQU0sT0FBTyxJQUFJO0FBQ2pCLGVBQU87QUFBQSxNQUNUO0FBQ0EsWUFBTUQsVUFBUyxNQUFNLFNBQVMsS0FBSyxFQUFFLE1BQU0sUUFBUSxDQUFDO0FBQ3BELFlBQU0sSUFBSSxNQUFNLEVBQUUsTUFBTSxJQUFJLFFBQVEsSUFBSSxNQUFNLEtBQUssSUFBSUEsUUFBTyxJQUFJLEtBQUssUUFBQUEsUUFBTyxDQUFDO0FBQy9FLGFBQU9BO0FBQUEsSUFDVDtBQUFBLElBRUEsTUFBTSxRQUFRLE1BQU0sVUFBVTtBQUM1Qix1QkFBaUIsTUFBTSxTQUFTO0FBQ2hDLDBCQUFvQixVQUFVLEdBQUcsSUFBSSxJQUFJLFFBQVEsRUFBRTtBQUNuRCxZQUFNLE1BQU0sTUFBTSxVQUFVLFFBQVE7QUFBQSxRQUNsQyxNQUFNLFlBQVksSUFBSTtBQUFBLFFBQ3RCLGNBQWMsRUFBRSxTQUFTO0FBQUEsUUFDekIsUUFBUSxjQUFjLElBQUksSUFBSSxRQUFRO0FBQUEsUUFDdEMsY0FBYyxDQUFDLEdBQUc7QUFBQSxNQUNwQixDQUFDO0FBQ0QsVUFBSSxTQUFTLEdBQUcsRUFBRyxRQUFPO0FBQzFCLGFBQU8sU0FBUyxLQUFLLEVBQUUsTUFBTSxHQUFJQyxhQUFZLFFBQVEsTUFBTSxXQUFXLEVBQUUsU0FBUyxTQUFTLElBQUksQ0FBQyxFQUFHLENBQUM7QUFBQSxJQUNyRztBQUFBLElBRUEsTUFBTSxPQUFPO0FBQ1gsWUFBTSxNQUFNLE1BQU0sVUFBVSxRQUFRLEVBQUUsTUFBTSxlQUFlLFFBQVEsc0JBQXNCLENBQUM7QUFDMUYsWUFBTSxTQUFTLGlCQUFpQixVQUFVLElBQUksSUFBSTtBQUNsRCxVQUFJLENBQUMsT0FBTyxRQUFTLE9BQU0sZUFBZSxJQUFJLEtBQUssMkJBQTJCLGVBQWUsT0FBTyxLQUFLLENBQUMsR0FBRztBQUM3RyxZQUFNLFFBQVEsb0JBQUksSUFBWTtBQUM5QixpQkFBVyxTQUFTLE9BQU8sS0FBSyxTQUFTO0FBQ3ZDLGNBQU0sVUFBVSxtQkFBbUIsTUFBTSxJQUFJO0FBQzdDLFlBQUksWUFBWSxPQUFXLE9BQU0sZUFBZSxJQUFJLEtBQUssNEJBQTRCLE9BQU8sRUFBRTtBQUM5RixjQUFNLElBQUksTUFBTSxJQUFJO0FBQUEsTUFDdEI7QUFDQSxhQUFPLENBQUMsR0FBRyxLQUFLLEVBQUUsS0FBSztBQUFBLElBQ3pCO0FBQUEsSUFFQSxNQUFNLFFBQVE7QUFDWixZQUFNLE1BQU07QUFBQSxJQUNkO0FBQUEsRUFDRjtBQUVBLE1BQUksUUFBUSxhQUFhLE1BQU07QUFDN0IsVUFBTSxhQUFhLE9BQU9ELFlBQVc7QUFDbkMsWUFBTSxTQUFTLFlBQVlBLFNBQVEsRUFBRSxNQUFNLEdBQUcsU0FBUyxvQkFBb0IsQ0FBQztBQUM1RSxZQUFNLE9BQU8sTUFBTSxpQkFBaUIsTUFBTTtBQUMxQyxZQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ3RCLFFBQVE7QUFBQSxRQUNSLE1BQU0sWUFBWSxPQUFPLE1BQU0sT0FBTyxPQUFPO0FBQUEsUUFDN0MsTUFBTSxFQUFFLEdBQUcsUUFBUSxLQUFLO0FBQUEsUUFDeEIsUUFBUSxlQUFlLE9BQU8sSUFBSSxJQUFJLE9BQU8sT0FBTztBQUFBLE1BQ3RELENBQUM7QUFBQSxJQUNIO0FBQ0EsVUFBTSxXQUFXLE9BQU8sTUFBTSxPQUFPLFlBQVk7QUFDL0MsdUJBQWlCLE1BQU0sU0FBUztBQUNoQyxzQkFBZ0IsT0FBTyxTQUFTO0FBQ2hDLFlBQU0sTUFBTSxNQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ2xDLFFBQVE7QUFBQSxRQUNSLE1BQU0sVUFBVSxNQUFNLEtBQUs7QUFBQSxRQUMzQixNQUFNLEVBQUUsUUFBUTtBQUFBLFFBQ2hCLFFBQVEsa0JBQWtCLEtBQUssU0FBUyxJQUFJLFFBQVEsT0FBTztBQUFBLFFBQzNELGNBQWMsQ0FBQyxHQUFHO0FBQUEsTUFDcEIsQ0FBQztBQUNELFVBQUksSUFBSSxXQUFXLEtBQUs7QUFDdEIsY0FBTSxPQUFPLElBQUksTUFBTSxZQUFZLFNBQVksS0FBSyxLQUFLLE9BQU8sSUFBSSxNQUFNLE9BQU8sRUFBRSxNQUFNLEdBQUcsR0FBRyxDQUFDO0FBQ2hHLGNBQU0sSUFBSTtBQUFBLFVBQ1IscUJBQXFCLEtBQUssU0FBUyxJQUFJLFFBQVEsT0FBTyxXQUFXLFNBQVMsU0FBUyxJQUFJO0FBQUEsVUFFdkYsRUFBRSxPQUFPLFdBQVcsUUFBUSxJQUFJO0FBQUEsUUFDbEM7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWMsVUFBc0MsS0FBb0M7QUFDL0YsUUFBTSxPQUFPLG9CQUFJLElBQVk7QUFDN0IsUUFBTSxNQUFxQixDQUFDO0FBQzVCLGFBQVcsS0FBSyxVQUFVO0FBQ3hCLFFBQUlDLGFBQVksRUFBRSxPQUFPLE1BQU0sRUFBRSxTQUFTO0FBQ3hDLFlBQU0sZUFBZSxLQUFLLFdBQVcsS0FBSyxVQUFVLEVBQUUsUUFBUSxNQUFNLEdBQUcsRUFBRSxDQUFDLENBQUMsMEJBQTBCO0FBQUEsSUFDdkc7QUFDQSxRQUFJLEtBQUssSUFBSSxFQUFFLE9BQU8sRUFBRyxPQUFNLGVBQWUsS0FBSyxXQUFXLEVBQUUsT0FBTyxrQkFBa0I7QUFDekYsU0FBSyxJQUFJLEVBQUUsT0FBTztBQUNsQixRQUFJLEtBQUssRUFBRSxTQUFTLEVBQUUsU0FBUyxRQUFRLENBQUMsR0FBRyxFQUFFLE1BQU0sR0FBRyxHQUFJLEVBQUUsU0FBUyxTQUFZLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUcsQ0FBQztBQUFBLEVBQzNHO0FBQ0EsU0FBTyx1QkFBdUIsR0FBRztBQUNuQzs7O0FyQ3pSQSxJQUFNLFdBQVc7QUFDakIsSUFBTSxPQUFPO0FBQ2IsSUFBTSxXQUFXO0FBQ2pCLElBQU0sT0FBTyxFQUFFLFNBQVMsUUFBUSxVQUFVLE9BQU8sTUFBTSxZQUFZLE9BQU8sVUFBVTtBQUNwRixJQUFNLFdBQVc7QUFDakIsSUFBTSxnQkFBZ0I7QUFDdEIsSUFBTSxPQUFPLFFBQVEsS0FBSyxDQUFDLEdBQUcsTUFBTSxHQUFHLEVBQUUsSUFBSSxNQUFNO0FBQ25ELElBQU0sU0FBUyxDQUFDLGFBQThCLFNBQVMsVUFBYSxLQUFLLFNBQVMsUUFBUTtBQUMxRixJQUFNLGtCQUFrQjtBQUV4QixtQkFBbUIsYUFBYTtBQUNoQyxJQUFNLEtBQWtCLFdBQW1DLE1BQU8sZ0JBQWdCLElBQUk7QUFLdEYsU0FBU0MsUUFBTyxNQUFjLFNBQTJDO0FBQ3ZFLE1BQUksU0FBUyxZQUFZLFlBQVksU0FBUztBQUM1QyxXQUFPO0FBQUEsTUFDTDtBQUFBLE1BQ0E7QUFBQSxNQUNBLFFBQVEsQ0FBQyxZQUFZO0FBQUEsTUFDckIsTUFBTTtBQUFBLE1BQ04sVUFBVTtBQUFBLE1BQ1YsT0FBTyxFQUFFLFFBQVEsRUFBRSxTQUFTLFVBQVUsVUFBVSxVQUFVLE1BQU0sVUFBVSxPQUFPLFNBQVMsRUFBRTtBQUFBLElBQzlGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxxQkFBcUIsS0FBSyxPQUFPLElBQUksQ0FBQztBQUNwRCxNQUFJLFNBQVMsUUFBUSxVQUFVLFVBQWEsT0FBTyxLQUFLLEtBQUssZUFBZTtBQUMxRSxXQUFPLEVBQUUsTUFBTSxTQUFTLE1BQU0sUUFBUSxVQUFVLGlCQUFpQixLQUFLLHFCQUFxQjtBQUFBLEVBQzdGO0FBQ0EsU0FBTztBQUNUO0FBRUEsSUFBTSxZQUF5QjtBQUFBLEVBQzdCLE1BQU07QUFBQSxFQUNOLE1BQU0sYUFBYSxNQUE4QjtBQUMvQyxXQUFPLFNBQVMsV0FBVyxDQUFDLEVBQUUsU0FBUyxTQUFTLFFBQVEsQ0FBQyxZQUFZLEVBQUUsQ0FBQyxJQUFJLENBQUM7QUFBQSxFQUMvRTtBQUFBLEVBQ0EsTUFBTSxXQUFXLE1BQU0sU0FBUztBQUM5QixXQUFPQSxRQUFPLE1BQU0sT0FBTztBQUFBLEVBQzdCO0FBQUEsRUFDQSxNQUFNLFFBQVEsTUFBTSxVQUFVO0FBQzVCLFFBQUksU0FBUyxhQUFhLGFBQWEsWUFBWSxhQUFhLGdCQUFnQixhQUFhLFVBQVU7QUFDckcsYUFBT0EsUUFBTyxNQUFNLE9BQU87QUFBQSxJQUM3QjtBQUNBLFdBQU9BLFFBQU8sTUFBTSxRQUFRO0FBQUEsRUFDOUI7QUFDRjtBQUVBLElBQU0sV0FBVyxFQUFFLFdBQVcsR0FBRyxVQUFVLEVBQUU7QUFDN0MsSUFBTSxtQkFBbUIsMkJBQTJCLEVBQUUsT0FBTyxVQUFVLENBQUM7QUFFeEUsU0FBUyxnQkFBZ0IsS0FBc0IsS0FBMkI7QUFDeEUsUUFBTUMsT0FBTSxJQUFJLElBQUksSUFBSSxPQUFPLEtBQUssa0JBQWtCO0FBQ3RELFFBQU0sT0FBTyxtQkFBbUJBLEtBQUksU0FBUyxNQUFNLDBCQUEwQixNQUFNLENBQUM7QUFDcEYsUUFBTSxVQUFVQSxLQUFJLGFBQWEsSUFBSSxTQUFTO0FBQzlDLFFBQU0sUUFBUUQsUUFBTyxNQUFNLFlBQVksT0FBTyxVQUFVLEdBQUcsT0FBTyxNQUFNO0FBQ3hFLE1BQUksVUFBVSxRQUFXO0FBQ3ZCLFFBQUksVUFBVSxLQUFLLEVBQUUsZ0JBQWdCLG1CQUFtQixDQUFDLEVBQUUsSUFBSSxLQUFLLFVBQVUsRUFBRSxTQUFTLG1CQUFtQixDQUFDLENBQUM7QUFDOUc7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPO0FBQUEsSUFDWCxJQUFJLEdBQUcsSUFBSSxJQUFJLE1BQU0sT0FBTztBQUFBLElBQzVCO0FBQUEsSUFDQSxTQUFTLE9BQU8sTUFBTSxRQUFRLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQztBQUFBLElBQzNDLE1BQU07QUFBQSxJQUNOLFFBQVEsTUFBTTtBQUFBLElBQ2QsUUFBUSxDQUFDO0FBQUEsSUFDVCxRQUFRLE1BQU0sVUFBVSxDQUFDO0FBQUEsSUFDekIsTUFBTSxDQUFDO0FBQUEsSUFDUCxlQUFlO0FBQUEsRUFDakI7QUFDQSxNQUFJLFVBQVUsS0FBSyxFQUFFLGdCQUFnQixtQkFBbUIsQ0FBQyxFQUFFLElBQUksS0FBSyxVQUFVLElBQUksQ0FBQztBQUNyRjtBQUVBLGVBQWUsY0FBd0Q7QUFDckUsUUFBTUUsVUFBUyxhQUFhLENBQUMsS0FBSyxRQUFRO0FBQ3hDLFFBQUksSUFBSSxLQUFLLFdBQVcsY0FBYyxHQUFHO0FBQ3ZDLGVBQVM7QUFDVCxzQkFBZ0IsS0FBSyxHQUFHO0FBQUEsSUFDMUIsT0FBTztBQUNMLGVBQVM7QUFDVCx1QkFBaUIsS0FBSyxHQUFHO0FBQUEsSUFDM0I7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLElBQUksUUFBYyxDQUFDLFlBQVlBLFFBQU8sT0FBTyxHQUFHLGFBQWEsT0FBTyxDQUFDO0FBQzNFLFFBQU0sRUFBRSxLQUFLLElBQUlBLFFBQU8sUUFBUTtBQUNoQyxTQUFPLEVBQUUsUUFBQUEsU0FBUSxLQUFLLG9CQUFvQixJQUFJLEdBQUc7QUFDbkQ7QUFJQSxJQUFNLGtCQUFrQixDQUFDLGFBQXFCLEVBQUUsV0FBVyxlQUFlLFdBQVcsZUFBZSxRQUFRO0FBRzVHLGVBQWUsYUFBYUMsS0FBNEIsU0FBUyxHQUFHLEtBQUssS0FBc0I7QUFDN0YsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFPLElBQUssT0FBTUEsSUFBRztBQUN6QyxNQUFJLE9BQU87QUFDWCxXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsS0FBSztBQUMvQixRQUFJLFFBQVE7QUFDWixVQUFNLFFBQVEsWUFBWSxJQUFJO0FBQzlCLFFBQUksTUFBTTtBQUNWLFdBQU8sTUFBTSxRQUFRLElBQUk7QUFDdkIsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLElBQUssT0FBTUEsSUFBRztBQUN2QyxlQUFTO0FBQ1QsWUFBTSxZQUFZLElBQUk7QUFBQSxJQUN4QjtBQUNBLFdBQU8sS0FBSyxJQUFJLE1BQU8sUUFBUSxPQUFTLE1BQU0sTUFBTTtBQUFBLEVBQ3REO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxXQUFtQjtBQUMxQixLQUFHO0FBQ0gsS0FBRztBQUNILFNBQU8sUUFBUSxZQUFZLEVBQUU7QUFDL0I7QUFFQSxlQUFlLFVBQVUsT0FBZSxNQUFjLEtBQXFEO0FBQ3pHLFdBQVMsUUFBUSxHQUFHLFNBQVMsT0FBTyxTQUFTLE1BQU07QUFDakQsVUFBTSxRQUFpQyxDQUFDO0FBQ3hDLGFBQVMsSUFBSSxPQUFPLElBQUksUUFBUSxRQUFRLEtBQUssT0FBTyxJQUFLLE9BQU0sS0FBSyxJQUFJLENBQUMsQ0FBQztBQUMxRSxVQUFNLFFBQVEsSUFBSSxLQUFLO0FBQUEsRUFDekI7QUFDRjtBQUVBLElBQU0sTUFBTSxDQUFDLEdBQVcsU0FBUyxNQUFNLEVBQUUsZUFBZSxTQUFTLEVBQUUsdUJBQXVCLE9BQU8sQ0FBQztBQUNsRyxJQUFNLEtBQUssQ0FBQyxVQUFrQixHQUFHLElBQUksUUFBUSxPQUFPLE1BQU0sQ0FBQyxDQUFDO0FBQzVELElBQU0sT0FBZ0QsQ0FBQztBQUl2RCxJQUFNLEVBQUUsUUFBUSxJQUFJLElBQUksTUFBTSxZQUFZO0FBQzFDLElBQU0sVUFBVSxRQUFRO0FBR3hCLElBQUksT0FBTyxDQUFDLEdBQUc7QUFDYixRQUFNLFVBQVUsbUJBQW1CLEVBQUUsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQztBQUNoRSxRQUFNLFdBQVcsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDeEQsUUFBTSxPQUFPLE1BQU0sUUFBUSxVQUFVLFFBQVE7QUFDN0MsUUFBTSxTQUFTLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUTtBQUNqRCxNQUFJLEtBQUssT0FBTyxJQUFJLE1BQU0sWUFBWSxPQUFPLFFBQVEsSUFBSSxNQUFNLFNBQVUsT0FBTSxJQUFJLE1BQU0sZ0JBQWdCO0FBQ3pHLFFBQU0sZUFBZSxNQUFNLGFBQWEsTUFBTSxRQUFRLFVBQVUsUUFBUSxDQUFDO0FBQ3pFLFFBQU0sY0FBYyxNQUFNLGFBQWEsTUFBTSxTQUFTLE9BQU8sSUFBSSxRQUFRLENBQUM7QUFDMUUsT0FBSyxLQUFLO0FBQUEsSUFDUjtBQUFBLElBQ0EsSUFBSSxZQUFZO0FBQUEsSUFDaEIsSUFBSSxXQUFXO0FBQUEsSUFDZixHQUFHLElBQUksZUFBZSxhQUFhLENBQUMsQ0FBQztBQUFBLEVBQ3ZDLENBQUM7QUFDRCxRQUFNLGVBQWUsTUFBTSxhQUFhLGFBQWEsTUFBTSxRQUFRLFVBQVUsUUFBUSxHQUFHLE9BQU8sSUFBSSxDQUFDO0FBQ3BHLFFBQU0sY0FBYyxNQUFNLGFBQWEsYUFBYSxNQUFNLFNBQVMsT0FBTyxJQUFJLFFBQVEsR0FBRyxRQUFRLElBQUksQ0FBQztBQUN0RyxPQUFLLEtBQUs7QUFBQSxJQUNSO0FBQUEsSUFDQSxJQUFJLFlBQVk7QUFBQSxJQUNoQixJQUFJLFdBQVc7QUFBQSxJQUNmLEdBQUcsSUFBSSxlQUFlLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDdkMsQ0FBQztBQUNELFFBQU0sUUFBUSxNQUFNO0FBQ3RCO0FBR0EsSUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFdBQVMsWUFBWTtBQUNyQixXQUFTLFdBQVc7QUFDcEIsUUFBTSxVQUFVLG1CQUFtQixFQUFFLE9BQU8sVUFBVSxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUM7QUFDaEUsUUFBTSxXQUFXLElBQUksZUFBZSxnQkFBZ0IsR0FBRyxDQUFDO0FBQ3hELFFBQU0sT0FBTyxNQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLGdCQUFnQixHQUFHLE1BQU0sUUFBUSxVQUFVLFFBQVEsQ0FBQyxDQUFDO0FBQ3pHLFFBQU0sU0FBUyxNQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLGdCQUFnQixHQUFHLE1BQU0sU0FBUyxPQUFPLElBQUksUUFBUSxDQUFDLENBQUM7QUFDN0csTUFBSSxLQUFLLFdBQVcsbUJBQW1CLE9BQU8sV0FBVyxnQkFBaUIsT0FBTSxJQUFJLE1BQU0saUJBQWlCO0FBQzNHLE9BQUssS0FBSztBQUFBLElBQ1IsTUFBTSxJQUFJLGVBQWUsQ0FBQztBQUFBLElBQzFCLElBQUksU0FBUyxTQUFTO0FBQUEsSUFDdEIsSUFBSSxTQUFTLFFBQVE7QUFBQSxJQUNyQjtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sUUFBUSxNQUFNO0FBQ3RCO0FBR0EsSUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFFBQU0sT0FBTyxTQUFTO0FBQ3RCLE1BQUksVUFBNkQsbUJBQW1CO0FBQUEsSUFDbEYsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDO0FBQUEsSUFDeEIsT0FBTyxFQUFFLEtBQUssSUFBSztBQUFBLEVBQ3JCLENBQUM7QUFDRCxRQUFNLFVBQVUsWUFBWSxJQUFJO0FBQ2hDLFFBQU0sVUFBVSxlQUFlLEtBQUssQ0FBQyxNQUFPLFFBQXdDLFVBQVUsR0FBRyxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUM7QUFDakgsUUFBTSxvQkFBb0IsWUFBWSxJQUFJLElBQUksV0FBVztBQUN6RCxRQUFNLGdCQUFnQixTQUFTLElBQUk7QUFDbkMsUUFBTSxRQUFRLE1BQU07QUFDcEIsWUFBVTtBQUVWLFFBQU0sUUFBUSxTQUFTO0FBQ3ZCLE1BQUksV0FBdUMsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDbEYsUUFBTSxXQUFXLFlBQVksSUFBSTtBQUNqQyxRQUFNLFVBQVUsZUFBZSxLQUFLLENBQUMsTUFBTyxTQUE0QixPQUFPLElBQUksTUFBTSxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUM7QUFDeEcsUUFBTSxtQkFBbUIsWUFBWSxJQUFJLElBQUksWUFBWTtBQUN6RCxRQUFNLGVBQWUsU0FBUyxJQUFJO0FBQ2xDLE1BQUksU0FBUyxXQUFXLE9BQVcsT0FBTSxJQUFJLE1BQU0sYUFBYTtBQUNoRSxhQUFXO0FBQ1gsT0FBSyxLQUFLO0FBQUEsSUFDUixzQkFBc0IsSUFBSSxhQUFhLENBQUM7QUFBQSxJQUN4QyxHQUFHLEdBQUcsYUFBYSxDQUFDLGdCQUFnQixJQUFJLGtCQUFrQixDQUFDLENBQUM7QUFBQSxJQUM1RCxHQUFHLEdBQUcsWUFBWSxDQUFDLG9CQUFvQixJQUFJLGlCQUFpQixDQUFDLENBQUM7QUFBQSxJQUM5RCxHQUFHLElBQUksZUFBZSxLQUFLLElBQUksZUFBZSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQUEsRUFDdEQsQ0FBQztBQUNIO0FBR0EsSUFBSSxPQUFPLENBQUMsR0FBRztBQUNiLFFBQU0sV0FBVyxlQUFlO0FBQ2hDLFFBQU0sT0FBTyxtQkFBbUIsRUFBRSxPQUFPLFVBQVUsRUFBRSxJQUFJLENBQUMsR0FBRyxTQUFTLENBQUM7QUFDdkUsUUFBTSxLQUFLLFVBQVUsUUFBUTtBQUM3QixRQUFNLEtBQUssTUFBTTtBQUNqQixRQUFNLElBQUksUUFBYyxDQUFDLFlBQVksT0FBTyxNQUFNLE1BQU0sUUFBUSxDQUFDLENBQUM7QUFDbEUsU0FBTyxvQkFBb0I7QUFFM0IsUUFBTSxVQUFVLFlBQVksSUFBSTtBQUNoQyxRQUFNLE9BQU8sbUJBQW1CLEVBQUUsT0FBTyxVQUFVLEVBQUUsSUFBSSxDQUFDLEdBQUcsU0FBUyxDQUFDO0FBQ3ZFLE1BQUk7QUFDSixNQUFJO0FBQ0YsVUFBTSxJQUFJLE1BQU0sS0FBSyxVQUFVLFFBQVE7QUFDdkMsV0FBTyxtQkFBbUIsRUFBRSxNQUFNLEtBQUssRUFBRSxPQUFPLElBQUksTUFBTSxXQUFXLFlBQVksWUFBWSxRQUFRLElBQUksWUFBWSxJQUFJLElBQUksT0FBTyxDQUFDO0FBQUEsRUFDdkksU0FBUyxPQUFPO0FBQ2QsV0FBTyxVQUFXLE1BQWdCLFFBQVEsTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLEVBQ3hEO0FBQ0EsUUFBTSxLQUFLLE1BQU07QUFFakIsVUFBUSxPQUFPLE1BQU07QUFDckIsUUFBTSxXQUFXLFlBQVksSUFBSTtBQUNqQyxRQUFNLFdBQVcsSUFBSSxlQUFlLGdCQUFnQixHQUFHLENBQUM7QUFDeEQsTUFBSTtBQUNKLE1BQUk7QUFDRixVQUFNLElBQUksTUFBTSxTQUFTLE9BQU8sSUFBSSxRQUFRO0FBQzVDLGFBQVMsV0FBVyxFQUFFLGFBQWEsYUFBYSxTQUFTO0FBQUEsRUFDM0QsU0FBUyxPQUFPO0FBQ2QsYUFBUyxXQUFZLE1BQWdCLFlBQVksSUFBSSxXQUFXLElBQUksWUFBWSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQUEsRUFDbkc7QUFDQSxVQUFRLE9BQU87QUFDZixPQUFLLEtBQUssQ0FBQyxnREFBZ0QsTUFBTSxRQUFRLDBCQUEwQixDQUFDO0FBQ3RHO0FBSUEsSUFBTSxTQUEyQyxDQUFDLFlBQVksYUFBYSxvQkFBb0IsUUFBUTtBQUN2RyxJQUFNLFNBQVMsT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLEtBQUssSUFBSSxFQUFFLFFBQVEsR0FBRyxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxDQUFDLENBQUM7QUFDN0YsSUFBTSxPQUFPLENBQUMsVUFBNkIsS0FBSyxNQUFNLElBQUksQ0FBQyxHQUFHLE1BQU0sRUFBRSxPQUFPLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssS0FBSyxDQUFDO0FBQ3pHLFFBQVEsSUFBSTtBQUFBLE9BQVUsUUFBUSxPQUFPLEtBQUssUUFBUSxRQUFRLElBQUksUUFBUSxJQUFJLEVBQUU7QUFDNUUsUUFBUSxJQUFJLEtBQUssTUFBTSxDQUFDO0FBQ3hCLFFBQVEsSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sSUFBSSxPQUFPLElBQUksQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsR0FBRztBQUNqRSxXQUFXLE9BQU8sS0FBTSxTQUFRLElBQUksS0FBSyxHQUFHLENBQUM7QUFDN0MsUUFBUSxLQUFLLENBQUM7IiwKICAibmFtZXMiOiBbImhpbnQiLCAib3B0aW9uYWwiLCAiZGVwdGgiLCAiVFlQRV9BTElBU0VTIiwgIk1BWF9ERVBUSCIsICJkZXB0aCIsICJtZW1iZXJzIiwgImhpbnQiLCAibWVtYmVycyIsICJudWxsYWJsZSIsICJyZWNvcmQiLCAib3V0IiwgInVuaW9uIiwgInR5cGVkIiwgIm9wdGlvbmFsIiwgImxpbmUiLCAiaGludCIsICJ3YW50ZWQiLCAibnVsbGFibGUiLCAibWVtYmVycyIsICJ0eXBlZCIsICJhcnJheSIsICJyZWdleCIsICJzdHJpbmciLCAibnVtYmVyIiwgIm9wdGlvbmFsIiwgImxpbmUiLCAib3V0IiwgImZuIiwgImxpbmUiLCAicmVjb3JkIiwgImxpbmUiLCAiaW5wdXRTY2hlbWEiLCAib3B0aW9uYWwiLCAidmFsaWQiLCAieiIsICJyZWNvcmQiLCAiZGVwdGgiLCAiTEFCRUxfUEFUVEVSTiIsICJmbiIsICJ0eXBlZCIsICJyZWNvcmQiLCAicmVjb3JkIiwgImVkaXREaXN0YW5jZSIsICJyZWNvcmQiLCAicmVjb3JkIiwgImxvY2tlZEhhc2giLCAieiIsICJkZXNjcmliZSIsICJoaW50IiwgIkhBU0hfUEFUVEVSTiIsICJyZWNvcmQiLCAieiIsICJyZWNvcmQiLCAieiIsICJyZWNvcmQiLCAiY2FjaGUiLCAiZXJyb3JUZXh0IiwgInJlY29yZCIsICJzZW12ZXJWYWxpZCIsICJ6IiwgImhlYWRlciIsICJlcnJvciIsICJzZW12ZXJWYWxpZCIsICJyZWNvcmQiLCAiTFJVQ2FjaGUiLCAic2VtdmVyVmFsaWQiLCAic2VydmVyIiwgInVybCIsICJ1cmwiLCAicmV0cnlBZnRlck1zIiwgInJlY29yZCIsICJMUlVDYWNoZSIsICJyZWNvcmQiLCAic2VtdmVyVmFsaWQiLCAicmVjb3JkIiwgInVybCIsICJzZXJ2ZXIiLCAiZm4iXQp9Cg==
