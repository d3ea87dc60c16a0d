import { describe, expect, it } from "vitest";
import { hostProfileOf, providerAuthLookup } from "../../../src/adapters/openclaw/host-profile.js";

const fn = () => undefined;

describe("hostProfileOf", () => {
  it("offers every surface the api has (2026.6.6 has all three)", () => {
    expect(
      hostProfileOf({
        registerEmbeddingProvider: fn,
        registerMemoryEmbeddingProvider: fn,
        registerMediaUnderstandingProvider: fn,
      }),
    ).toEqual({
      embeddingProviders: true,
      memoryEmbeddingProviders: true,
      mediaUnderstanding: true,
    });
  });

  it("leaves out what the api lacks (2026.9.6 has no memory embedding registry)", () => {
    expect(
      hostProfileOf({ registerEmbeddingProvider: fn, registerMediaUnderstandingProvider: fn }),
    ).toEqual({
      embeddingProviders: true,
      memoryEmbeddingProviders: false,
      mediaUnderstanding: true,
    });
  });

  it("counts only functions, not fields of the same name", () => {
    const api = { registerEmbeddingProvider: "yes", registerMediaUnderstandingProvider: null };
    expect(hostProfileOf(api as never)).toEqual({
      embeddingProviders: false,
      memoryEmbeddingProviders: false,
      mediaUnderstanding: false,
    });
  });
});

describe("providerAuthLookup", () => {
  it("prefers resolveProviderAuth where the context has both (2026.9.6)", () => {
    const lookup = providerAuthLookup({
      resolveProviderAuth: (id: string) => ({ apiKey: `auth:${id}` }),
      resolveProviderApiKey: (id: string) => ({ apiKey: `old:${id}` }),
    });
    expect(lookup?.("cloudsigma")).toEqual({ apiKey: "auth:cloudsigma" });
  });

  it("falls back to resolveProviderApiKey (2026.6.6), called on the context", () => {
    const context = {
      marker: "ctx",
      resolveProviderApiKey(this: { marker: string }, id: string) {
        return { apiKey: `${this.marker}:${id}` };
      },
    };
    expect(providerAuthLookup(context)?.("cloudsigma")).toEqual({ apiKey: "ctx:cloudsigma" });
  });

  it("is undefined for a context without a key lookup", () => {
    expect(providerAuthLookup({ config: {} })).toBeUndefined();
  });
});
