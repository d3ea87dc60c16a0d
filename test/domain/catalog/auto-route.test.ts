import { describe, expect, it } from "vitest";
import {
  AUTO_CONTEXT_WINDOW,
  AUTO_MAX_TOKENS,
  AUTO_MODEL_ID,
  autoRouteModel,
  isAutoRoute,
} from "../../../src/domain/catalog/auto-route.js";
import { projectLiveModel } from "../../../src/domain/catalog/capability-policy.js";
import { resolveModel } from "../../../src/domain/catalog/dynamic-model.js";
import { realSeed } from "../fakes.js";

const seed = realSeed();

describe("what `auto` advertises", () => {
  it("claims no more than every seed chat route supports", () => {
    expect(AUTO_CONTEXT_WINDOW).toBe(Math.min(...seed.map((row) => row.contextWindow)));
    expect(AUTO_MAX_TOKENS).toBe(Math.min(...seed.map((row) => row.maxTokens)));
    expect(seed.some((row) => !row.input.includes("image"))).toBe(true);
    expect(seed.some((row) => !row.reasoning)).toBe(true);
  });

  it("is a text-only, non-reasoning row of unknown price when TaaS lists none", () => {
    expect(autoRouteModel(AUTO_MODEL_ID)).toEqual({
      id: "auto",
      name: "AutoRouter",
      reasoning: false,
      input: ["text"],
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 32_768,
      maxTokens: 4_096,
    });
  });

  it("takes only a listed row's name and price, cached tokens at the input price", () => {
    const listed = { name: "Auto", cost: { input: 2, output: 8, cacheRead: 0, cacheWrite: 0 } };
    expect(autoRouteModel("auto", listed)).toMatchObject({
      name: "Auto",
      cost: { input: 2, output: 8, cacheRead: 2, cacheWrite: 2 },
      input: ["text"],
      reasoning: false,
    });
  });

  it("knows the route by its family", () => {
    expect(isAutoRoute("auto")).toBe(true);
    expect(isAutoRoute("AUTO")).toBe(true);
    expect(isAutoRoute("gpt-5.5")).toBe(false);
  });
});

describe("resolving and listing `auto`", () => {
  it("resolves dynamically: not in the seed, yet always the AutoRouter row", () => {
    expect(seed.some((row) => row.id === "auto")).toBe(false);
    expect(resolveModel("auto", seed)).toEqual(autoRouteModel("auto"));
    expect(resolveModel(" auto ", seed)?.id).toBe("auto");
  });

  it("keeps a listed auto's price but never its claims", () => {
    const live = projectLiveModel({
      id: "auto",
      name: "TaaS AutoRouter",
      type: "chat",
      capabilities: { vision: true, reasoning: true },
      contextWindow: 2_000_000,
      maxOutputTokens: 128_000,
      pricing: { input: 1, output: 4 },
    });
    expect(live).toEqual({
      id: "auto",
      name: "TaaS AutoRouter",
      reasoning: false,
      input: ["text"],
      cost: { input: 1, output: 4, cacheRead: 1, cacheWrite: 1 },
      contextWindow: AUTO_CONTEXT_WINDOW,
      maxTokens: AUTO_MAX_TOKENS,
    });
    expect(live).not.toBeNull();
    expect(resolveModel("auto", live ? [...seed, live] : seed)).toEqual(live);
  });

  it("names a listed auto by its id when it has no name, and prices a bad price as unknown", () => {
    expect(
      projectLiveModel({ id: "auto", type: "chat", pricing: { input: -1, output: "x" } }),
    ).toMatchObject({ name: "auto", cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } });
  });
});
