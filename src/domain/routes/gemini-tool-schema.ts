// Why not the SDK's `cleanSchemaForGemini` / `normalizeGeminiToolSchemas`
// (`openclaw/plugin-sdk/provider-tools`, both hosts; measured in test/e2e/HOST-BEHAVIOUR.md,
// "Gemini tool schemas"): it is not the same job. It targets an older, narrower subset: it
// strips `minLength`, `minimum`, `pattern`, `format`, `minItems`, … that Gemini's documented
// `Schema` accepts, yet leaves `allOf`, `exclusiveMinimum`, `$comment`, tuple `items` and
// `type: []` that Gemini refuses; and 2026.6.6 and 2026.9.6 differ (9.6 turns integer enums
// into strings). The subpath has no types on 9.6 and is marked private-local there (design.md
// §1), and it costs 2.2× the per-turn hook time (p50 0.27 vs 0.125 ms) plus 3-50 ms to import.
// Where it does better: it inlines local `$ref`s, which this translation drops (a known gap).
import { isPlainObject } from "../shared/values.js";

/**
 * Gemini accepts a tool's parameters only in its own OpenAPI-style `Schema` subset and
 * rejects the whole request over any other keyword ("Unknown name ..."). These are the
 * fields Google documents for it; everything else is translated where a faithful
 * translation exists and dropped otherwise.
 */
export const GEMINI_SCHEMA_FIELDS: ReadonlySet<string> = new Set([
  "type",
  "format",
  "title",
  "description",
  "nullable",
  "enum",
  "maxItems",
  "minItems",
  "properties",
  "required",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "example",
  "anyOf",
  "propertyOrdering",
  "default",
  "items",
  "minimum",
  "maximum",
]);

/** `format` values Gemini knows; others (uri, email, ...) are refused. */
const GEMINI_FORMATS = new Set(["enum", "date-time", "int32", "int64", "float", "double"]);

type Schema = Record<string, unknown>;

/**
 * A copy of a JSON schema in Gemini's subset: `const` → `enum`, `oneOf` → `anyOf`, a type
 * list → one type plus `nullable`, a single `allOf` inlined, `required` limited to declared
 * properties, non-string enums and unknown formats dropped, unsupported keywords removed.
 * Anything that is not a schema object is returned as it is. (Runs on every tool of every
 * Gemini turn: one pass, no intermediate copies.)
 */
export function toGeminiSchema(schema: unknown): unknown {
  if (!isPlainObject(schema)) return schema;
  const source = schema.allOf === undefined ? schema : inlineSingleAllOf(schema);
  const out: Schema = {};
  for (const key of Object.keys(source)) copyKeyword(out, key, source[key], source);
  if (Array.isArray(source.type) && source.type.includes("null")) out.nullable = true;
  if (Array.isArray(out.required)) {
    const declared = isPlainObject(out.properties) ? out.properties : {};
    const required = out.required.filter((name) => typeof name === "string" && name in declared);
    if (required.length > 0) out.required = required;
    else delete out.required;
  }
  return out;
}

function copyKeyword(out: Schema, key: string, value: unknown, source: Schema): void {
  switch (key) {
    case "properties":
      if (isPlainObject(value)) {
        const properties: Schema = {};
        for (const name of Object.keys(value)) properties[name] = toGeminiSchema(value[name]);
        out.properties = properties;
      }
      return;
    case "items": {
      const item = Array.isArray(value) ? value[0] : value; // a tuple keeps its first item
      if (item !== undefined) out.items = toGeminiSchema(item);
      return;
    }
    case "anyOf":
    case "oneOf":
      if (Array.isArray(value)) out.anyOf = value.map(toGeminiSchema);
      return;
    case "type": {
      // `["string", "null"]` → `string` (`nullable` is set by the caller).
      const type = Array.isArray(value) ? value.find((t) => t !== "null") : value;
      if (type !== undefined) out.type = type;
      return;
    }
    case "const":
      if (typeof value === "string" && source.enum === undefined) out.enum = [value];
      return;
    case "enum":
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) out.enum = value;
      return;
    case "format":
      if (typeof value === "string" && GEMINI_FORMATS.has(value)) out.format = value;
      return;
    default:
      if (GEMINI_SCHEMA_FIELDS.has(key)) out[key] = value;
  }
}

/** `allOf: [x]` is just `x`; a longer `allOf` has no faithful Gemini form and is dropped. */
function inlineSingleAllOf(schema: Schema): Schema {
  const { allOf, ...rest } = schema;
  return Array.isArray(allOf) && allOf.length === 1 && isPlainObject(allOf[0])
    ? { ...allOf[0], ...rest }
    : rest;
}

/** Paths (`root.properties.x.additionalProperties`) of keywords Gemini would refuse. */
export function geminiSchemaViolations(schema: unknown, path = "parameters"): string[] {
  const found: string[] = [];
  collectViolations(schema, path, found);
  return found;
}

function collectViolations(schema: unknown, path: string, found: string[]): void {
  if (!isPlainObject(schema)) return;
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    if (!GEMINI_SCHEMA_FIELDS.has(key)) found.push(`${path}.${key}`);
    else if (key === "properties" && isPlainObject(value)) {
      for (const name of Object.keys(value)) {
        collectViolations(value[name], `${path}.properties.${name}`, found);
      }
    } else if (key === "items") collectViolations(value, `${path}.items`, found);
    else if (key === "anyOf" && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        collectViolations(value[i], `${path}.anyOf.${i}`, found);
    } else if (key === "format" && !GEMINI_FORMATS.has(String(value))) found.push(`${path}.${key}`);
  }
}
