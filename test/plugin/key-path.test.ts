// The one key path, through the registered hooks: every hook that needs the operator's key
// asks the same ordered places, and a source registered in the plugin-config slot comes first.
import type { DependencyContainer } from "tsyringe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import {
  CREDENTIAL_STORE_KEY,
  type CredentialSource,
  ENVIRONMENT_KEY,
  PLUGIN_CONFIG_KEY,
} from "../../src/ports/credential-source.port.js";
import { envKeyContext } from "../support/host-context.js";
import { registerPlugin } from "../support/recording-api.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";

/** A place with `secret` (or none) that counts how often it was asked. */
function place(secret: string | undefined) {
  const counted = { asked: 0 };
  const source: CredentialSource = {
    credentials: async () => {
      counted.asked += 1;
      return secret ? { secret } : {};
    },
  };
  return Object.assign(counted, { source });
}

interface Places {
  readonly pluginConfig?: string;
  readonly store?: string;
  readonly env?: string;
}

function registered(places: Places) {
  const store = place(places.store);
  const override = (scope: DependencyContainer) => {
    if (places.pluginConfig) {
      scope.register(PLUGIN_CONFIG_KEY, { useValue: place(places.pluginConfig).source });
    }
    scope.register(CREDENTIAL_STORE_KEY, { useValue: store.source });
    scope.register(ENVIRONMENT_KEY, { useValue: place(places.env).source });
  };
  const { provider, embedding, media } = registerPlugin(createCloudSigmaPlugin({ override }));
  if (!embedding || !media) throw new Error("not registered");
  return { provider, embedding, media, store };
}

let double: TaasDouble;
beforeAll(async () => {
  double = await startTaasDouble({ embeddingModels: { "bge-m3": 8 } });
});
afterAll(() => double.close());
afterEach(() => {
  double.requests.length = 0;
});

const config = () => ({ models: { providers: { cloudsigma: { baseUrl: double.url } } } });
const bearers = () => double.requests.map((request) => request.headers.authorization);

describe("the key path, as every hook uses it", () => {
  it("puts a key registered in the plugin-config slot ahead of the host's context", async () => {
    const { provider, store } = registered({ pluginConfig: "sk-plugin", store: "sk-stored" });
    await provider.catalog?.run(envKeyContext("sk-context", config()));
    expect(bearers()).toEqual(["Bearer sk-plugin"]);
    expect(store.asked).toBe(0);
  });

  it("uses that key for the dynamic-model warm-up, embeddings and image descriptions too", async () => {
    const { provider, embedding, media } = registered({ pluginConfig: "sk-plugin", env: "sk-env" });
    await provider.prepareDynamicModel?.({ modelId: "taas-live-only", config: config() } as never);
    await embedding.create({ config: config(), model: "bge-m3", provider: "cloudsigma" } as never);
    const described = await media.describeImage?.({
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      fileName: "x.png",
      mime: "image/png",
      provider: "cloudsigma",
      model: "qwen3-vl",
      prompt: "What is this?",
      cfg: config(),
    } as never);
    expect(described?.text).toBeTruthy();
    expect(double.requests.map((r) => r.path)).toEqual([
      "/v1/models",
      "/v1/embeddings",
      "/v1/chat/completions",
    ]);
    expect(new Set(bearers())).toEqual(new Set(["Bearer sk-plugin"]));
  });

  it("takes the host context's key before the store, which it then never reads", async () => {
    const { provider, store } = registered({ store: "sk-stored", env: "sk-env" });
    await provider.catalog?.run(envKeyContext("sk-context", config()));
    expect(store.asked).toBe(0);
    expect(bearers()).toEqual(["Bearer sk-context"]);
  });

  it("reads the host's store only when the context has no key, and the environment last", async () => {
    const stored = registered({ store: "sk-stored", env: "sk-env" });
    await stored.provider.catalog?.run(envKeyContext(undefined, config()));
    expect(stored.store.asked).toBe(1);
    const fromEnv = registered({ env: "sk-env" });
    await fromEnv.provider.catalog?.run(envKeyContext(undefined, config()));
    expect(bearers()).toEqual(["Bearer sk-stored", "Bearer sk-env"]);
  });
});
