import { describe, expect, it } from "vitest";
import * as gemini from "../../../src/domain/routes/gemini-tool-schema.js";
import { deepFreeze } from "../fakes.js";

describe("toGeminiSchema", () => {
  it("drops keywords Gemini refuses, at every depth, keeping what it knows", () => {
    const schema = deepFreeze({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      additionalProperties: false,
      description: "d",
      properties: {
        path: { type: "string", minLength: 1, examples: ["a"] },
        limit: { type: "integer", minimum: 1, exclusiveMinimum: 0, multipleOf: 1 },
        tags: { type: "array", items: { type: "string", $comment: "c" }, uniqueItems: true },
        meta: { type: "object", patternProperties: { "^.*$": { type: "string" } } },
      },
      required: ["path"],
    });
    expect(gemini.toGeminiSchema(schema)).toEqual({
      type: "object",
      description: "d",
      properties: {
        path: { type: "string", minLength: 1 },
        limit: { type: "integer", minimum: 1 },
        tags: { type: "array", items: { type: "string" } },
        meta: { type: "object" },
      },
      required: ["path"],
    });
  });

  it("translates const, oneOf, type lists, a single allOf and tuple items", () => {
    expect(
      gemini.toGeminiSchema({
        type: "object",
        properties: {
          mode: { const: "fast" },
          choice: { oneOf: [{ const: "a" }, { type: ["string", "null"] }] },
          wrapped: { allOf: [{ type: "string", pattern: "^x" }], description: "w" },
          pair: { type: "array", items: [{ type: "number" }, { type: "string" }] },
          nothing: { type: ["null"] },
        },
      }),
    ).toEqual({
      type: "object",
      properties: {
        mode: { enum: ["fast"] },
        choice: { anyOf: [{ enum: ["a"] }, { type: "string", nullable: true }] },
        wrapped: { type: "string", pattern: "^x", description: "w" },
        pair: { type: "array", items: { type: "number" } },
        nothing: { nullable: true },
      },
    });
  });

  it("drops what has no faithful Gemini form", () => {
    expect(
      gemini.toGeminiSchema({
        type: "object",
        properties: {
          n: { type: "integer", enum: [1, 2] },
          k: { const: 3 },
          both: { const: "a", enum: ["a", "b"] },
          url: { type: "string", format: "uri" },
          when: { type: "string", format: "date-time" },
          many: { allOf: [{ type: "string" }, { minLength: 2 }] },
          empty: { type: "array", items: [] },
          bad: { properties: "nope", anyOf: "nope" },
        },
        required: ["n", "ghost", 7],
      }),
    ).toEqual({
      type: "object",
      properties: {
        n: { type: "integer" },
        k: {},
        both: { enum: ["a", "b"] },
        url: { type: "string" },
        when: { type: "string", format: "date-time" },
        many: {},
        empty: { type: "array" },
        bad: {},
      },
      required: ["n"],
    });
  });

  it("drops `required` when nothing it names is declared", () => {
    expect(gemini.toGeminiSchema({ type: "object", required: ["x"] })).toEqual({ type: "object" });
  });

  it("returns non-objects as they are", () => {
    for (const value of [undefined, null, true, "s", 3, [1]]) {
      expect(gemini.toGeminiSchema(value)).toBe(value);
    }
  });

  it("produces schemas with no violations, for any schema", () => {
    const messy = {
      type: ["object", "null"],
      additionalProperties: {},
      properties: { a: { anyOf: [{ not: {} }, { type: "string", format: "email" }] } },
    };
    expect(gemini.geminiSchemaViolations(gemini.toGeminiSchema(messy))).toEqual([]);
  });
});

describe("geminiSchemaViolations", () => {
  it("names each refused keyword by its path, looking inside properties, items and anyOf", () => {
    expect(
      gemini.geminiSchemaViolations(
        {
          type: "object",
          $schema: "x",
          properties: {
            a: { type: "string", format: "uri" },
            b: { type: "array", items: { const: 1 } },
            c: { anyOf: [{ type: "string" }, { additionalProperties: false }] },
          },
        },
        "read.parameters",
      ),
    ).toEqual([
      "read.parameters.$schema",
      "read.parameters.properties.a.format",
      "read.parameters.properties.b.items.const",
      "read.parameters.properties.c.anyOf.1.additionalProperties",
    ]);
  });

  it("finds nothing in a clean schema or a non-object", () => {
    expect(
      gemini.geminiSchemaViolations({ type: "object", properties: { x: { type: "string" } } }),
    ).toEqual([]);
    expect(gemini.geminiSchemaViolations("x")).toEqual([]);
    expect(gemini.geminiSchemaViolations({ properties: "x", anyOf: "y" })).toEqual([]);
  });

  it("knows Google's documented Schema fields", () => {
    expect(gemini.GEMINI_SCHEMA_FIELDS.has("propertyOrdering")).toBe(true);
    expect(gemini.GEMINI_SCHEMA_FIELDS.has("additionalProperties")).toBe(false);
  });
});
