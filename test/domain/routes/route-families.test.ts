import { describe, expect, it } from "vitest";
import {
  ROUTE_FAMILIES,
  type RouteFamilyId,
  requiresSignedToolCalls,
  routeFamilyOf,
  routeKey,
} from "../../../src/domain/routes/route-families.js";
import { readManifest } from "../fakes.js";

const seedIds = (
  readManifest() as { modelCatalog: { providers: { cloudsigma: { models: { id: string }[] } } } }
).modelCatalog.providers.cloudsigma.models.map((row) => row.id);

const family = (id: unknown, ownedBy?: unknown): RouteFamilyId => routeFamilyOf(id, ownedBy).id;

describe("routeFamilyOf: every seed route", () => {
  const expected: Record<string, RouteFamilyId> = {
    "gpt-5.5": "openai",
    "gpt-5.4": "openai",
    "claude-fable-5": "anthropic",
    "claude-opus-4.8": "anthropic",
    "claude-sonnet-4.6": "anthropic",
    "gemini-3.1-flash-lite": "gemini",
    "kimi-k2.6": "reasoning-content",
    "qwen3-vl": "reasoning-content",
    "pixtral-large": "mistral",
    "qwen2.5-vl-72b": "openai-compatible",
    "llama-3.3-70b": "openai-compatible",
    "qwen3-235b": "reasoning-content",
    "glm-4.5-air": "reasoning-content",
  };

  it("covers the manifest's seed exactly", () => {
    expect(seedIds.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s is %s", (id, want) => {
    expect(family(id)).toBe(want);
  });
});

describe("routeFamilyOf: live-only ids of each family", () => {
  it.each<[string, RouteFamilyId]>([
    ["gpt-6-astra", "openai"],
    ["chatgpt-4o-latest", "openai"],
    ["o3", "openai"],
    ["o4-mini", "openai"],
    ["claude-haiku-5", "anthropic"],
    ["gemini-2.5-pro", "gemini"],
    ["gemini-3-pro-preview", "gemini"],
    ["mistral-large-latest", "mistral"],
    ["magistral-medium-2509", "mistral"],
    ["codestral-2508", "mistral"],
    ["devstral-small", "mistral"],
    ["ministral-8b", "mistral"],
    ["pixtral-12b", "mistral"],
    ["deepseek-v4", "reasoning-content"],
    ["deepseek-r2", "reasoning-content"],
    ["kimi-k3-thinking", "reasoning-content"],
    ["glm-5", "reasoning-content"],
    ["qwen3-coder-480b", "reasoning-content"],
    ["llama-4-maverick", "openai-compatible"],
    ["qwen2.5-72b", "openai-compatible"],
    ["taas-live-only", "openai-compatible"],
  ])("%s is %s", (id, want) => {
    expect(family(id)).toBe(want);
  });
});

describe("routeFamilyOf: placement rules", () => {
  it("ignores case, surrounding whitespace and a vendor namespace", () => {
    expect(family("  GEMINI-3.1-Flash-Lite ")).toBe("gemini");
    expect(family("Pixtral-Large")).toBe("mistral");
    expect(family("google/gemini-3-pro")).toBe("gemini");
    expect(family("mistralai/Mistral-Small")).toBe("mistral");
    expect(family("\tO3-mini\n")).toBe("openai");
    expect(routeKey("  Vendor/Sub/Model-X ")).toBe("model-x");
  });

  it("needs the family's own prefix, not a substring or a look-alike", () => {
    expect(family("my-gemini-proxy")).toBe("openai-compatible");
    expect(family("gpt4all")).toBe("openai-compatible");
    expect(family("omni-1")).toBe("openai-compatible");
    expect(family("qwen3")).toBe("openai-compatible");
    expect(family("claude")).toBe("openai-compatible");
  });

  it("consults owned_by only when the id is unknown to the table", () => {
    expect(family("taas-router-1", "mistralai")).toBe("mistral");
    expect(family("taas-router-1", " Google ")).toBe("gemini");
    expect(family("taas-router-1", "DeepSeek")).toBe("reasoning-content");
    expect(family("taas-router-1", "anthropic")).toBe("anthropic");
    expect(family("taas-router-1", "openai")).toBe("openai");
    // The id decides when it can: an owner never moves a known prefix.
    expect(family("gpt-5.5", "mistralai")).toBe("openai");
    expect(family("pixtral-large", "openai")).toBe("mistral");
  });

  it("gives unknown ids, unknown owners and non-strings the conservative default", () => {
    expect(family("taas-live-only", "cloudsigma")).toBe("openai-compatible");
    expect(family("taas-live-only", "")).toBe("openai-compatible");
    expect(family("taas-live-only", 42)).toBe("openai-compatible");
    expect(family("")).toBe("openai-compatible");
    expect(family(undefined)).toBe("openai-compatible");
    expect(family(7, "openai")).toBe("openai-compatible");
  });

  it("ends with a catch-all default that claims nothing itself", () => {
    const last = ROUTE_FAMILIES.at(-1);
    expect(last?.id).toBe("openai-compatible");
    expect(last?.idPatterns).toEqual([]);
    expect(last?.owners).toEqual([]);
    expect(new Set(ROUTE_FAMILIES.map((f) => f.id)).size).toBe(ROUTE_FAMILIES.length);
  });
});

describe("the family table's behaviour per family", () => {
  const row = (id: RouteFamilyId) => ROUTE_FAMILIES.find((f) => f.id === id);

  it("gives Mistral (and auto) strict 9-character tool-call ids and everyone else strict ids", () => {
    for (const f of ROUTE_FAMILIES) {
      expect(f.toolCallIds, f.id).toBe(["mistral", "auto"].includes(f.id) ? "strict9" : "strict");
    }
  });

  it("replays reasoning only for the reasoning-content vendors (and auto)", () => {
    expect(ROUTE_FAMILIES.filter((f) => f.replaysReasoning).map((f) => f.id)).toEqual([
      "reasoning-content",
      "auto",
    ]);
  });

  it("signs tool calls and uses Gemini schemas only for Gemini (and auto)", () => {
    expect(ROUTE_FAMILIES.filter((f) => f.signsToolCalls).map((f) => f.id)).toEqual([
      "gemini",
      "auto",
    ]);
    expect(ROUTE_FAMILIES.filter((f) => f.toolSchemas === "gemini").map((f) => f.id)).toEqual([
      "gemini",
      "auto",
    ]);
  });

  it("omits the max-tokens field only on auto", () => {
    expect(ROUTE_FAMILIES.filter((f) => f.omitsMaxTokens).map((f) => f.id)).toEqual(["auto"]);
  });

  it("keeps OpenAI's max_completion_tokens and minimal effort to OpenAI", () => {
    expect(row("openai")?.maxTokensField).toBe("max_completion_tokens");
    expect(row("openai")?.reasoningEfforts).toEqual(["minimal", "low", "medium", "high"]);
    for (const f of ROUTE_FAMILIES.filter((x) => x.id !== "openai")) {
      expect(f.maxTokensField, f.id).toBe("max_tokens");
      expect(f.reasoningEfforts, f.id).toEqual(["low", "medium", "high"]);
    }
  });
});

describe("requiresSignedToolCalls", () => {
  const gemini = routeFamilyOf("gemini-3.1-flash-lite");

  it("is true for Gemini 3 and later, whatever the casing", () => {
    expect(requiresSignedToolCalls(gemini, "gemini-3.1-flash-lite")).toBe(true);
    expect(requiresSignedToolCalls(gemini, " Gemini-3-Pro ")).toBe(true);
    expect(requiresSignedToolCalls(gemini, "google/gemini-4-ultra")).toBe(true);
    expect(requiresSignedToolCalls(gemini, "gemini-10-flash")).toBe(true);
  });

  it("is false for earlier Gemini and for families that do not sign", () => {
    expect(requiresSignedToolCalls(gemini, "gemini-2.5-pro")).toBe(false);
    expect(requiresSignedToolCalls(gemini, "gemini-1.5-flash")).toBe(false);
    expect(requiresSignedToolCalls(routeFamilyOf("gpt-5.5"), "gemini-3-pro")).toBe(false);
  });
});

describe("routeFamilyOf: the AutoRouter", () => {
  it("places `auto` (any case, any namespace) in its own family, whatever the owner", () => {
    expect(family("auto")).toBe("auto");
    expect(family(" AUTO ")).toBe("auto");
    expect(family("cloudsigma/auto")).toBe("auto");
    expect(family("auto", "openai")).toBe("auto");
  });

  it("claims only the exact id", () => {
    expect(family("autopilot-1")).toBe("openai-compatible");
    expect(family("my-auto")).toBe("openai-compatible");
    expect(family("gpt-auto")).toBe("openai");
  });

  it("asks for the placeholder on unsigned calls: the router may land on Gemini 3", () => {
    expect(requiresSignedToolCalls(routeFamilyOf("auto"), "auto")).toBe(true);
  });
});
