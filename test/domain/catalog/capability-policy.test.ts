import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  conservativeModel,
  imageInputAllowed,
  isChatRoute,
  projectLiveModel,
  reasoningAllowed,
} from "../../../src/domain/catalog/capability-policy.js";
import type { LiveModelCandidate } from "../../../src/ports/model-source.port.js";
import { chatRow } from "../fakes.js";

const caps = (capabilities: LiveModelCandidate["capabilities"]): LiveModelCandidate => ({
  id: "m",
  capabilities,
});

describe("isChatRoute", () => {
  it.each([
    ["type chat", { id: "m", type: "chat" }],
    ["type vision", { id: "m", type: "vision" }],
    ["chat_completions true", caps({ chatCompletions: true })],
    [
      "type chat and chat_completions true",
      { id: "m", type: "chat", capabilities: { chatCompletions: true } },
    ],
  ])("is a chat route on evidence: %s", (_label, row: LiveModelCandidate) => {
    expect(isChatRoute(row)).toBe(true);
  });

  it.each([
    ["no metadata", { id: "m" }],
    ["empty capabilities", caps({})],
    ["chat_completions truthy but not true", caps({ chatCompletions: "yes" })],
    ["chat_completions false", caps({ chatCompletions: false })],
    [
      "type chat but chat_completions false",
      { id: "m", type: "chat", capabilities: { chatCompletions: false } },
    ],
    [
      "type vision but chat_completions false",
      { id: "m", type: "vision", capabilities: { chatCompletions: false } },
    ],
    ["a differently-cased type", { id: "m", type: "Chat" }],
  ])("is not a chat route with %s", (_label, row: LiveModelCandidate) => {
    expect(isChatRoute(row)).toBe(false);
  });

  it.each([
    "embedding",
    "rerank",
    "audio",
    "image_generation",
    "image-generation",
    "moderation",
    "tts",
  ])("never routes type %s to chat, even with chat_completions true", (type) => {
    expect(isChatRoute({ id: "m", type })).toBe(false);
    expect(isChatRoute({ id: "m", type, capabilities: { chatCompletions: true } })).toBe(false);
  });
});

describe("imageInputAllowed", () => {
  it("allows images only when capabilities.vision is exactly true", () => {
    expect(imageInputAllowed(caps({ vision: true }))).toBe(true);
    expect(imageInputAllowed(caps({ vision: "true" }))).toBe(false);
    expect(imageInputAllowed(caps({ vision: 1 }))).toBe(false);
    expect(imageInputAllowed(caps({}))).toBe(false);
    expect(imageInputAllowed({ id: "m" })).toBe(false);
  });

  it("does not take type vision alone as evidence", () => {
    expect(imageInputAllowed({ id: "m", type: "vision" })).toBe(false);
  });
});

describe("reasoningAllowed", () => {
  it("is true when capabilities.reasoning or capabilities.thinking is true", () => {
    expect(reasoningAllowed(caps({ reasoning: true }))).toBe(true);
    expect(reasoningAllowed(caps({ thinking: true }))).toBe(true);
    expect(reasoningAllowed(caps({ reasoning: false, thinking: true }))).toBe(true);
  });

  it("is false otherwise", () => {
    expect(reasoningAllowed(caps({ reasoning: "true", thinking: 1 }))).toBe(false);
    expect(reasoningAllowed(caps({ reasoning: false }))).toBe(false);
    expect(reasoningAllowed({ id: "m" })).toBe(false);
  });
});

describe("projectLiveModel", () => {
  it("maps a fully described chat row", () => {
    const row: LiveModelCandidate = {
      id: "live-vision",
      name: "Live Vision",
      type: "chat",
      capabilities: { chatCompletions: true, vision: true, thinking: true },
      contextWindow: 200_000,
      maxOutputTokens: 16_384,
      pricing: { input: 0.5, output: 2.25 },
    };
    expect(projectLiveModel(row)).toEqual({
      id: "live-vision",
      name: "Live Vision",
      reasoning: true,
      input: ["text", "image"],
      cost: { input: 0.5, output: 2.25, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 200_000,
      maxTokens: 16_384,
    });
  });

  it("gives a bare chat row conservative values: text only, 128000/8192, zero cost, id as name", () => {
    expect(projectLiveModel({ id: "bare", type: "chat" })).toEqual(conservativeModel("bare"));
  });

  it("keeps a type vision row text-only without capabilities.vision", () => {
    expect(projectLiveModel({ id: "v", type: "vision" })?.input).toEqual(["text"]);
  });

  it.each([
    ["zero", 0],
    ["negative", -5],
    ["fractional", 1.5],
    ["unsafe", 2 ** 60],
    ["a string", "200000"],
    ["NaN", Number.NaN],
  ])("falls back to 128000/8192 for %s limits", (_label, limit) => {
    const model = projectLiveModel(liveRow({ contextWindow: limit, maxOutputTokens: limit }));
    expect(model?.contextWindow).toBe(128_000);
    expect(model?.maxTokens).toBe(8_192);
  });

  it.each([
    ["negative", -1],
    ["infinite", Infinity],
    ["NaN", Number.NaN],
    ["a string", "1.75"],
    ["null", null],
  ])("prices %s as 0", (_label, price) => {
    const model = projectLiveModel(liveRow({ pricing: { input: price, output: price } }));
    expect(model?.cost).toEqual({ input: 0, output: 0, cacheRead: 0, cacheWrite: 0 });
  });

  it.each([
    ["empty", ""],
    ["blank", "  "],
    ["a number", 7],
    ["null", null],
  ])("names the row by its id when the name is %s", (_label, name) => {
    expect(projectLiveModel(liveRow({ name }))?.name).toBe("live");
  });

  it.each([
    ["too long", "m".repeat(257)],
    ["a control character", "gpt\u0000x"],
    ["a newline", "gpt\nx"],
    ["empty", ""],
    ["blank", "   "],
    ["padded with a leading space", " gpt-5.5"],
    ["padded with a trailing space", "gpt-5.5 "],
    ["padded with a non-breaking space", "\u00a0gpt-5.5"],
    ["not a string", 42],
    ["missing", undefined],
  ])("skips a row whose id is %s", (_label, id) => {
    expect(projectLiveModel({ id, type: "chat" })).toBeNull();
  });

  it("keeps the vendor it declares (owned_by) only when it is a usable name", () => {
    expect(projectLiveModel(chatRow("r", { ownedBy: "mistralai" }))?.ownedBy).toBe("mistralai");
    for (const ownedBy of ["", " padded", "a\u0000b", 7, null, "x".repeat(257)]) {
      expect(projectLiveModel(chatRow("r", { ownedBy })), String(ownedBy)).not.toHaveProperty(
        "ownedBy",
      );
    }
  });

  it("keeps an id of exactly 256 characters", () => {
    const id = "m".repeat(256);
    expect(projectLiveModel({ id, type: "chat" })?.id).toBe(id);
  });

  it("skips rows that are not chat routes", () => {
    expect(projectLiveModel({ id: "e", type: "embedding" })).toBeNull();
    expect(projectLiveModel({ id: "n" })).toBeNull();
    expect(projectLiveModel(caps({ chatCompletions: false, vision: true }))).toBeNull();
  });
});

describe("conservativeModel", () => {
  it("is text only, 128000/8192, no reasoning, zero cost, named by its id", () => {
    expect(conservativeModel("x")).toEqual({
      id: "x",
      name: "x",
      reasoning: false,
      input: ["text"],
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 128_000,
      maxTokens: 8_192,
    });
  });
});

function liveRow(overrides: Partial<LiveModelCandidate>): LiveModelCandidate {
  return { id: "live", type: "chat", ...overrides };
}

/** Rows with the wire-ish fields, each either a plausible value or anything at all. */
const wireishRow: fc.Arbitrary<LiveModelCandidate> = fc.record(
  {
    id: fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.anything()),
    name: fc.oneof(fc.string(), fc.anything()),
    type: fc.oneof(
      fc.constantFrom("chat", "vision", "embedding", "rerank", "audio", "moderation"),
      fc.anything(),
    ),
    capabilities: fc.oneof(
      fc.record(
        {
          chatCompletions: fc.oneof(fc.boolean(), fc.anything()),
          vision: fc.oneof(fc.boolean(), fc.anything()),
          reasoning: fc.oneof(fc.boolean(), fc.anything()),
          thinking: fc.oneof(fc.boolean(), fc.anything()),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    contextWindow: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    maxOutputTokens: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    pricing: fc.oneof(
      fc.record(
        { input: fc.oneof(fc.double(), fc.anything()), output: fc.double() },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<LiveModelCandidate>;

const anyRow = fc.oneof(
  wireishRow,
  fc.object() as fc.Arbitrary<unknown> as fc.Arbitrary<LiveModelCandidate>,
  fc
    .anything()
    .filter((v) => typeof v === "object" && v !== null) as fc.Arbitrary<LiveModelCandidate>,
);

describe("projectLiveModel on arbitrary rows", () => {
  it("never throws and yields only sane rows", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const model = projectLiveModel(row);
        if (model === null) return;
        expect(model.id).toBe(row.id);
        expect(model.id.trim()).toBe(model.id);
        expect(typeof model.name === "string" && model.name.trim().length > 0).toBe(true);
        for (const limit of [model.contextWindow, model.maxTokens]) {
          expect(Number.isSafeInteger(limit) && limit > 0).toBe(true);
        }
        for (const price of Object.values(model.cost)) {
          expect(Number.isFinite(price) && price >= 0).toBe(true);
        }
        expect(model.cost.cacheRead).toBe(0);
        expect(model.cost.cacheWrite).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("never grants image input without capabilities.vision === true", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const model = projectLiveModel(row);
        if (model?.input.includes("image")) expect(row.capabilities?.vision).toBe(true);
        if (model) expect(model.input[0]).toBe("text");
      }),
      { numRuns: 500 },
    );
  });

  it("never grants reasoning without reasoning or thinking === true", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        if (projectLiveModel(row)?.reasoning) {
          const c = row.capabilities;
          expect(c?.reasoning === true || c?.thinking === true).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never routes a row to chat when chat_completions is false or the type is another kind", () => {
    fc.assert(
      fc.property(anyRow, (row) => {
        const denied =
          row.capabilities?.chatCompletions === false ||
          (typeof row.type === "string" && row.type !== "chat" && row.type !== "vision");
        if (denied) expect(projectLiveModel(row)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every row that has a usable id and chat evidence", () => {
    fc.assert(
      fc.property(
        wireishRow,
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s),
        (row, id) => {
          const evidence = { ...row, id, type: "chat", capabilities: { chatCompletions: true } };
          expect(projectLiveModel(evidence)?.id).toBe(id);
        },
      ),
    );
  });
});
