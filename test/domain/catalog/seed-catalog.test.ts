import { describe, expect, it } from "vitest";
import { seedCatalogFromManifest } from "../../../src/domain/catalog/seed-catalog.js";
import { readManifest } from "../fakes.js";

/** The spec's table: id, name, input, reasoning, context, max output, $ in, $ out. */
const SPEC: [string, string, string[], boolean, number, number, number, number][] = [
  ["gpt-5.5", "GPT-5.5", ["text"], false, 400000, 128000, 1.75, 14],
  ["gpt-5.4", "GPT-5.4", ["text"], false, 1050000, 128000, 1.75, 14],
  ["claude-fable-5", "Claude Fable 5", ["text"], true, 1000000, 128000, 10, 50],
  ["claude-opus-4.8", "Claude Opus 4.8", ["text"], true, 200000, 32000, 5, 25],
  ["claude-sonnet-4.6", "Claude Sonnet 4.6", ["text"], false, 1000000, 64000, 3, 15],
  [
    "gemini-3.1-flash-lite",
    "Gemini 3.1 Flash Lite",
    ["text", "image"],
    true,
    1000000,
    65536,
    0.25,
    1.5,
  ],
  ["kimi-k2.6", "Kimi K2.6", ["text"], false, 262144, 262144, 0.9, 4],
  ["qwen3-vl", "Qwen3 VL", ["text", "image"], false, 262000, 8192, 0.25, 1],
  ["pixtral-large", "Pixtral Large", ["text", "image"], false, 128000, 4096, 2, 6],
  ["qwen2.5-vl-72b", "Qwen2.5 VL 72B", ["text", "image"], false, 32768, 8192, 0.4, 1.2],
  ["llama-3.3-70b", "Llama 3.3 70B", ["text"], false, 128000, 8192, 0.08, 0.256],
  ["qwen3-235b", "Qwen3 235B", ["text"], false, 256000, 8192, 0.0568, 0.08],
  ["glm-4.5-air", "GLM 4.5 Air", ["text"], false, 128000, 8192, 0.05, 0.1],
];

describe("seedCatalogFromManifest on the real openclaw.plugin.json", () => {
  const seed = seedCatalogFromManifest(readManifest());

  it("reads the spec's 13 rows, in order, with every value", () => {
    expect(seed).toEqual(
      SPEC.map(([id, name, input, reasoning, contextWindow, maxTokens, inPrice, outPrice]) => ({
        id,
        name,
        input,
        reasoning,
        contextWindow,
        maxTokens,
        cost: { input: inPrice, output: outPrice, cacheRead: 0, cacheWrite: 0 },
      })),
    );
  });

  it("grants image input to exactly the four verified vision routes", () => {
    const vision = seed.filter((row) => row.input.includes("image")).map((row) => row.id);
    expect(vision).toEqual([
      "gemini-3.1-flash-lite",
      "qwen3-vl",
      "pixtral-large",
      "qwen2.5-vl-72b",
    ]);
  });

  it("copies rows out of the manifest rather than sharing its arrays", () => {
    const manifest = readManifest();
    const [first] = seedCatalogFromManifest(manifest);
    (first?.input as string[] | undefined)?.push("image");
    expect(first?.input).toEqual(["text", "image"]);
    expect(seedCatalogFromManifest(manifest)[0]?.input).toEqual(["text"]);
  });
});

const good = {
  id: "m",
  name: "M",
  reasoning: false,
  input: ["text"],
  contextWindow: 1000,
  maxTokens: 100,
  cost: { input: 1, output: 2, cacheRead: 0, cacheWrite: 0 },
};
const manifestWith = (models: unknown) => ({
  modelCatalog: { providers: { cloudsigma: { models } } },
});
const withRow = (overrides: Record<string, unknown>) => manifestWith([{ ...good, ...overrides }]);

describe("seedCatalogFromManifest on a malformed manifest", () => {
  it("accepts a minimal well-formed row", () => {
    expect(seedCatalogFromManifest(manifestWith([good]))).toEqual([good]);
  });

  it.each([
    ["nothing", undefined],
    ["no modelCatalog", { id: "cloudsigma" }],
    ["another provider only", { modelCatalog: { providers: { openai: { models: [good] } } } }],
    ["a non-object provider", { modelCatalog: { providers: { cloudsigma: "rows" } } }],
    ["no models", manifestWith(undefined)],
    ["models as an object", manifestWith({ 0: good })],
    ["no rows", manifestWith([])],
  ])("fails when it has %s", (_label, manifest) => {
    expect(() => seedCatalogFromManifest(manifest)).toThrow(
      "Manifest has no modelCatalog.providers.cloudsigma.models rows",
    );
  });

  it.each([
    ["not an object", manifestWith(["gpt-5.5"]), "not an object"],
    ["an array row", manifestWith([[good]]), "not an object"],
    ["a missing id", withRow({ id: undefined }), "bad id"],
    ["a blank id", withRow({ id: "  " }), "bad id"],
    ["an id with surrounding whitespace", withRow({ id: " m " }), "bad id"],
    ["a control character in the id", withRow({ id: "m\u0007" }), "bad id"],
    ["an overlong id", withRow({ id: "m".repeat(257) }), "bad id"],
    ["a missing name", withRow({ name: undefined }), "bad name"],
    ["an empty name", withRow({ name: "" }), "bad name"],
    ["a string reasoning flag", withRow({ reasoning: "false" }), "bad reasoning flag"],
    ["input not a list", withRow({ input: "text" }), "bad input list"],
    ["an unknown input kind", withRow({ input: ["text", "audio"] }), "bad input list"],
    ["no text input", withRow({ input: ["image"] }), "bad input list"],
    ["a zero context window", withRow({ contextWindow: 0 }), "bad limits"],
    ["a fractional context window", withRow({ contextWindow: 1.5 }), "bad limits"],
    ["a string max output", withRow({ maxTokens: "8192" }), "bad limits"],
    ["a negative max output", withRow({ maxTokens: -1 }), "bad limits"],
    ["cost not an object", withRow({ cost: 3 }), "bad cost"],
    ["a missing cache price", withRow({ cost: { input: 1, output: 2, cacheRead: 0 } }), "bad cost"],
    ["a negative price", withRow({ cost: { ...good.cost, output: -2 } }), "bad cost"],
    ["an infinite price", withRow({ cost: { ...good.cost, input: Infinity } }), "bad cost"],
    ["a string price", withRow({ cost: { ...good.cost, cacheWrite: "0" } }), "bad cost"],
  ])("names the row and the defect for %s", (_label, manifest, what) => {
    expect(() => seedCatalogFromManifest(manifest)).toThrow(`Manifest seed row 0: ${what}`);
  });

  it("names the index of the bad row", () => {
    expect(() => seedCatalogFromManifest(manifestWith([good, { ...good, id: "" }]))).toThrow(
      "Manifest seed row 1: bad id",
    );
  });

  it("fails on duplicate ids", () => {
    expect(() => seedCatalogFromManifest(manifestWith([good, { ...good, name: "Again" }]))).toThrow(
      "Manifest seed catalog has duplicate model ids",
    );
  });
});
