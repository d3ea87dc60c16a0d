import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../../src/domain/catalog/dynamic-model.js";
import { isUsableModelId } from "../../../src/domain/shared/values.js";
import { modelRow, realSeed } from "../fakes.js";

const seed = realSeed();

describe("resolveModel", () => {
  it("returns the catalog row for a known id", () => {
    const row = resolveModel("qwen3-vl", seed);
    expect(row).toBe(seed.find((r) => r.id === "qwen3-vl"));
    expect(row?.input).toEqual(["text", "image"]);
  });

  it.each([
    ["spaces", "  gpt-5.5 "],
    ["a leading space", " gpt-5.5"],
    ["a trailing newline", "gpt-5.5\n"],
    ["tabs", "\tgpt-5.5\t"],
    ["non-breaking and em spaces", "\u00a0gpt-5.5\u2003"],
  ])("finds a known id despite surrounding %s", (_label, id) => {
    expect(resolveModel(id, seed)).toBe(seed[0]);
  });

  it("gives an unknown padded id the conservative row under its trimmed id", () => {
    expect(resolveModel("  brand-new ", seed)).toMatchObject({
      id: "brand-new",
      name: "brand-new",
    });
  });

  it("gives an unknown id a conservative text-only row", () => {
    expect(resolveModel("brand-new-model", seed)).toEqual({
      id: "brand-new-model",
      name: "brand-new-model",
      reasoning: false,
      input: ["text"],
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 128_000,
      maxTokens: 8_192,
    });
  });

  it("resolves against whatever catalog it is given", () => {
    const live = modelRow("live-only", { reasoning: true });
    expect(resolveModel("live-only", [...seed, live])).toBe(live);
    expect(resolveModel("live-only", seed)?.reasoning).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["whitespace-only", "  \t "],
    ["non-breaking spaces only", "\u00a0\u00a0"],
    ["padded but with a control character inside", " gpt\u00005 "],
    ["longer than 256 characters once trimmed", ` ${"m".repeat(257)} `],
    ["a NUL character", "gpt\u00005"],
    ["a newline", "gpt-5.5\nrm -rf"],
    ["an escape sequence", "\u001b[31mred"],
    ["a C1 control", "gpt\u0085"],
    ["longer than 256 characters", "m".repeat(257)],
    ["a number", 5],
    ["null", null],
    ["undefined", undefined],
    ["an object", { id: "gpt-5.5" }],
  ])("refuses an id that is %s", (_label, id) => {
    expect(resolveModel(id, seed)).toBeNull();
  });

  it("accepts a padded id of 256 characters once trimmed", () => {
    const id = "m".repeat(256);
    expect(resolveModel(`  ${id}  `, seed)?.id).toBe(id);
  });

  it("resolves every id that is usable once trimmed, under the trimmed id, and refuses everything else", () => {
    const padding = fc.constantFrom("", " ", "  ", "\t", "\n", "\u00a0", "\u2003");
    const padded = fc
      .tuple(padding, fc.oneof(fc.string(), fc.constantFrom("gpt-5.5", "qwen3-vl")), padding)
      .map(([before, id, after]) => before + id + after);
    const anyId = fc.oneof(padded, fc.string({ unit: "binary" }), fc.anything());
    fc.assert(
      fc.property(anyId, (id) => {
        const row = resolveModel(id, seed);
        if (typeof id !== "string" || !isUsableModelId(id.trim())) {
          expect(row).toBeNull();
          return;
        }
        expect(row?.id).toBe(id.trim());
        const known = seed.find((r) => r.id === id.trim());
        if (known) expect(row).toBe(known);
      }),
      { numRuns: 500 },
    );
  });
});
