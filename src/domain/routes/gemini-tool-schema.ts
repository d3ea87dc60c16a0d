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
 * Anything that is not a schema object is returned as it is.
 */
export function toGeminiSchema(schema: unknown): unknown {
  if (!isPlainObject(schema)) return schema;
  const source = inlineSingleAllOf(schema);
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    const translated = translateKeyword(key, value, source);
    if (translated) out[translated[0]] = translated[1];
  }
  if (Array.isArray(source.type) && source.type.includes("null")) out.nullable = true;
  if (Array.isArray(out.required)) {
    const declared = isPlainObject(out.properties) ? out.properties : {};
    const required = out.required.filter((name) => typeof name === "string" && name in declared);
    if (required.length > 0) out.required = required;
    else delete out.required;
  }
  return out;
}

function translateKeyword(key: string, value: unknown, source: Schema): [string, unknown] | null {
  switch (key) {
    case "properties":
      return isPlainObject(value) ? [key, mapValues(value, toGeminiSchema)] : null;
    case "items": {
      const item = Array.isArray(value) ? value[0] : value; // a tuple keeps its first item
      return item === undefined ? null : [key, toGeminiSchema(item)];
    }
    case "anyOf":
    case "oneOf":
      return Array.isArray(value) ? ["anyOf", value.map(toGeminiSchema)] : null;
    case "type":
      return geminiType(value);
    case "const":
      return typeof value === "string" && source.enum === undefined ? ["enum", [value]] : null;
    case "enum":
      return Array.isArray(value) && value.every((v) => typeof v === "string")
        ? [key, value]
        : null;
    case "format":
      return typeof value === "string" && GEMINI_FORMATS.has(value) ? [key, value] : null;
    default:
      return GEMINI_SCHEMA_FIELDS.has(key) ? [key, value] : null;
  }
}

/** `["string", "null"]` → `string` (the caller sets `nullable`). */
function geminiType(value: unknown): [string, unknown] | null {
  if (!Array.isArray(value)) return ["type", value];
  const concrete = value.filter((t) => t !== "null");
  return concrete.length > 0 ? ["type", concrete[0]] : null;
}

/** `allOf: [x]` is just `x`; a longer `allOf` has no faithful Gemini form and is dropped. */
function inlineSingleAllOf(schema: Schema): Schema {
  const { allOf, ...rest } = schema;
  return Array.isArray(allOf) && allOf.length === 1 && isPlainObject(allOf[0])
    ? { ...allOf[0], ...rest }
    : rest;
}

function mapValues(record: Schema, map: (value: unknown) => unknown): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(record)) out[key] = map(value);
  return out;
}

/** Paths (`root.properties.x.additionalProperties`) of keywords Gemini would refuse. */
export function geminiSchemaViolations(schema: unknown, path = "parameters"): string[] {
  if (!isPlainObject(schema)) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    const at = `${path}.${key}`;
    if (!GEMINI_SCHEMA_FIELDS.has(key)) found.push(at);
    else if (key === "properties" && isPlainObject(value)) {
      for (const [name, child] of Object.entries(value)) {
        found.push(...geminiSchemaViolations(child, `${at}.${name}`));
      }
    } else if (key === "items") found.push(...geminiSchemaViolations(value, at));
    else if (key === "anyOf" && Array.isArray(value)) {
      value.forEach((child, i) => {
        found.push(...geminiSchemaViolations(child, `${at}.${i}`));
      });
    } else if (key === "format" && !GEMINI_FORMATS.has(String(value))) found.push(at);
  }
  return found;
}
