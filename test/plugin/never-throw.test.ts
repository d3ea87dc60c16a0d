import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { registerPlugin } from "../support/recording-api.js";

function registered() {
  const { provider, modelCatalog, logs } = registerPlugin(plugin);
  if (!modelCatalog) throw new Error("no model catalog registered");
  return { provider, modelCatalog, logs };
}

/** A host context whose every read blows up, standing in for any defect on the hook path. */
const hostile = new Proxy(
  {},
  {
    get() {
      throw new TypeError("hostile context");
    },
  },
) as never;

const configThatThrows = {
  get models() {
    throw new RangeError("config getter");
  },
};

describe("hooks never throw into the host", () => {
  it("catalog.run answers null when not even the config can be read", async () => {
    const { provider, logs } = registered();
    // Discovery itself is defensive; a context hostile to every read reaches the safety net,
    // and since not even its config can be read, the host keeps its own config (null).
    const result = await provider.catalog?.run(hostile);
    expect(result).toBeNull();
    expect(logs).toEqual([
      "warn: CloudSigma TaaS: catalog.run failed unexpectedly (TypeError); using the safe fallback.",
    ]);
  });

  it("catalog.run falls back to the seed when only part of the context is broken", async () => {
    const { provider } = registered();
    const context = {
      config: { models: { providers: { cloudsigma: { baseUrl: "https://eu.example.org/v1" } } } },
      get resolveProviderAuth() {
        throw new Error("auth store");
      },
    };
    const result = (await provider.catalog?.run(context as never)) as {
      provider: { baseUrl: string; models: unknown[] };
    };
    expect(result.provider.baseUrl).toBe("https://eu.example.org/v1");
    expect(result.provider.models).toHaveLength(13);
  });

  it("liveCatalog answers null", async () => {
    const { modelCatalog, logs } = registered();
    expect(await modelCatalog.liveCatalog?.(hostile)).toBeNull();
    expect(logs[0]).toContain("liveCatalog failed unexpectedly (TypeError)");
  });

  it("resolveDynamicModel answers undefined and prepareDynamicModel resolves", async () => {
    const { provider, logs } = registered();
    expect(
      provider.resolveDynamicModel?.({ modelId: "x", config: configThatThrows } as never),
    ).toBeUndefined();
    await expect(provider.prepareDynamicModel?.(hostile)).resolves.toBeUndefined();
    expect(logs).toHaveLength(2);
  });

  it("survives a logger that throws too", async () => {
    const { provider } = registerPlugin(
      plugin,
      (api) =>
        new Proxy(api, {
          get(target, key) {
            if (key === "logger") {
              return {
                warn() {
                  throw new Error("logger down");
                },
              };
            }
            return Reflect.get(target, key);
          },
        }),
    );
    await expect(provider.catalog?.run(hostile)).resolves.toBeNull();
  });
});
