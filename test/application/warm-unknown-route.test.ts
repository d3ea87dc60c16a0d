import { describe, expect, it } from "vitest";
import { OperatorKey } from "../../src/application/operator-key.js";
import { WarmUnknownRoute } from "../../src/application/warm-unknown-route.js";
import type { CatalogService } from "../../src/domain/catalog/catalog-service.js";
import { CONFIG, catalogOver, FakeModelSource, FixedKey } from "./fakes.js";

function warmer(secret: string | null = "sk-warm") {
  const source = new FakeModelSource([{ id: "live-only", type: "chat" }]);
  const catalog = catalogOver(source);
  const place = new FixedKey(secret ? { secret } : {});
  const warm = new WarmUnknownRoute(catalog, new OperatorKey([place]));
  return { source, catalog, place, warm };
}

describe("warming the catalog before judging a route", () => {
  it("costs nothing for a seed id: no key lookup, no request", async () => {
    const { source, place, warm } = warmer();
    await warm.warm("gpt-5.5", CONFIG);
    expect(place.requests).toEqual([]);
    expect(source.calls).toEqual([]);
  });

  it("ignores an id that is not one", async () => {
    const { source, place, warm } = warmer();
    for (const id of [undefined, 42, "  "]) await warm.warm(id, CONFIG);
    expect(place.requests).toEqual([]);
    expect(source.calls).toEqual([]);
  });

  it("waits for the listing when the id is unknown, so it resolves from it after", async () => {
    const { source, catalog, warm } = warmer();
    expect(catalog.isKnown("live-only", CONFIG)).toBe(false);
    await warm.warm("live-only", CONFIG);
    expect(source.calls).toEqual([{ baseUrl: "https://eu.taas.example/v1", secret: "sk-warm" }]);
    expect(catalog.isKnown("live-only", CONFIG)).toBe(true);
  });

  it("does not hold up an id it already knows: the refresh runs in the background", async () => {
    let fail: (error: Error) => void = () => undefined;
    const listing = new Promise<never>((_resolve, reject) => {
      fail = reject;
    });
    const known = {
      isSeedModel: () => false,
      isKnown: () => true,
      providerCatalog: () => listing,
    } as unknown as CatalogService;
    const warm = new WarmUnknownRoute(known, new OperatorKey([new FixedKey({ secret: "sk" })]));
    await expect(warm.warm("live-only", CONFIG)).resolves.toBeUndefined();
    // A refresh that fails later is nobody's error: the next turn asks again.
    fail(new Error("refresh failed"));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it("holds an unknown id until the listing has answered", async () => {
    const { source, warm } = warmer();
    source.hold();
    let done = false;
    const warming = warm.warm("live-only", CONFIG).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    source.release();
    await warming;
    expect(done).toBe(true);
  });

  it("sends nothing without a key", async () => {
    const { source, place, warm } = warmer(null);
    await warm.warm("live-only", CONFIG);
    expect(place.requests).toHaveLength(1);
    expect(source.calls).toEqual([]);
  });

  it("uses the key the caller already has instead of asking again", async () => {
    const { source, place, warm } = warmer(null);
    await warm.warm("live-only", CONFIG, "sk-given");
    expect(place.requests).toEqual([]);
    expect(source.calls[0]?.secret).toBe("sk-given");
  });
});
