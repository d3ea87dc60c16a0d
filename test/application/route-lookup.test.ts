import { describe, expect, it } from "vitest";
import { RouteLookup } from "../../src/application/route-lookup.js";
import { CONFIG, catalogOver, FakeModelSource } from "./fakes.js";

async function lookupWithLiveRows() {
  const catalog = catalogOver(
    new FakeModelSource([
      { id: "house-blend", type: "chat", ownedBy: "anthropic" },
      { id: "deep-think", type: "chat", capabilities: { reasoning: true } },
    ]),
  );
  await catalog.providerCatalog(CONFIG, { secret: "sk-1" });
  return new RouteLookup(catalog);
}

describe("RouteLookup", () => {
  it("reads our refs in either provider spelling and keeps other providers' refs whole", async () => {
    const routes = await lookupWithLiveRows();
    expect(routes.routeOf("cloudsigma/bge-m3")).toBe("bge-m3");
    expect(routes.routeOf("CloudSigma-TaaS/bge-m3")).toBe("bge-m3");
    expect(routes.routeOf("openai/text-embedding-3")).toBe("openai/text-embedding-3");
    expect(routes.routeOf(undefined)).toBeUndefined();
  });

  it("knows its own provider ids, in any case, and nothing else", async () => {
    const routes = await lookupWithLiveRows();
    expect(routes.isOurs("cloudsigma")).toBe(true);
    expect(routes.isOurs("CLOUDSIGMA-TAAS")).toBe(true);
    expect(routes.isOurs("openai")).toBe(false);
    expect(routes.isOurs(undefined)).toBe(false);
  });

  it("places a route by its id, else by the owner of the live row the catalog knows", async () => {
    const routes = await lookupWithLiveRows();
    expect(routes.familyOf("claude-sonnet-4.6", CONFIG).id).toBe("anthropic");
    expect(routes.familyOf("house-blend", CONFIG).id).toBe("anthropic");
    expect(routes.familyOf("house-blend").id).toBe("anthropic");
    expect(routes.familyOf("never-listed", CONFIG).id).not.toBe("anthropic");
  });

  it("takes the host's reasoning flag when it gives one, else the catalog's row", async () => {
    const routes = await lookupWithLiveRows();
    expect(routes.reasons("house-blend", true)).toBe(true);
    expect(routes.reasons("deep-think", false)).toBe(false);
    expect(routes.reasons("deep-think", undefined)).toBe(true);
    expect(routes.reasons("house-blend", undefined)).toBe(false);
  });
});
