import { describe, expect, it } from "vitest";
import { CredentialStoreKey } from "../../src/adapters/openclaw/auth/credential-store-key.js";
import { EnvironmentKey } from "../../src/adapters/openclaw/auth/environment-key.js";
import { HostContextKey } from "../../src/adapters/openclaw/auth/host-context-key.js";
import type { HostCallContext } from "../../src/ports/credential-source.port.js";
import { describeCredentialSourceContract } from "./credential-source.contract.js";

type ModelAuth = ConstructorParameters<typeof CredentialStoreKey>[0];

/** OpenClaw's `runtime.modelAuth` with the key in its credential store (after onboarding). */
function storeWith(apiKey: string | undefined, calls: unknown[] = []): ModelAuth {
  return () =>
    ({
      resolveApiKeyForProvider: async (params: unknown) => {
        calls.push(params);
        if (apiKey === undefined) throw new Error('No API key found for provider "cloudsigma"');
        return { apiKey, source: "profile:cloudsigma:default", mode: "api-key" };
      },
    }) as unknown as ReturnType<ModelAuth>;
}

/** OpenClaw's catalog context as 2026.6.6 builds it. */
function contextAnswering(answer: { apiKey?: string; discoveryApiKey?: string }): HostCallContext {
  return { config: {}, env: {}, resolveProviderApiKey: () => answer } as HostCallContext;
}

/** An env key as both hosts report it: the var's name as the marker, the key for discovery. */
function envKeyAnswer(secret: string) {
  return secret.trim() ? { apiKey: "CLOUDSIGMA_API_KEY", discoveryApiKey: secret } : {};
}

const inContext = (context: HostCallContext) => ({
  source: new HostContextKey(),
  request: { config: {}, context },
});

describeCredentialSourceContract("HostContextKey (resolveProviderApiKey, 2026.6.6)", {
  withKey: (secret) => inContext(contextAnswering(envKeyAnswer(secret))),
  withoutKey: () => inContext(contextAnswering({})),
  broken: () =>
    inContext({
      resolveProviderApiKey: () => {
        throw new Error("auth store locked");
      },
    } as HostCallContext),
});

describeCredentialSourceContract("HostContextKey (resolveProviderAuth, 2026.9.6)", {
  withKey: (secret) =>
    inContext({
      config: {},
      resolveProviderAuth: () => ({ ...envKeyAnswer(secret), mode: "api_key", source: "env" }),
      resolveProviderApiKey: () => ({ apiKey: "WRONG", discoveryApiKey: "WRONG" }),
    } as HostCallContext),
  withoutKey: () =>
    inContext({
      config: {},
      resolveProviderAuth: () => ({ apiKey: undefined, mode: "none", source: "none" }),
    } as HostCallContext),
  broken: () => ({ source: new HostContextKey(), request: { config: {} } }),
});

describeCredentialSourceContract("CredentialStoreKey (host credential store)", {
  withKey: (secret) => ({
    source: new CredentialStoreKey(storeWith(secret)),
    request: { config: {} },
  }),
  withoutKey: () => ({
    source: new CredentialStoreKey(storeWith(undefined)),
    request: { config: {} },
  }),
  broken: () => ({
    source: new CredentialStoreKey(() => {
      throw new Error("runtime unavailable during cli-metadata registration");
    }),
    request: { config: undefined },
  }),
});

describeCredentialSourceContract("EnvironmentKey", {
  withKey: (secret) => ({
    source: new EnvironmentKey(() => ({ CLOUDSIGMA_API_KEY: secret })),
    request: { config: {} },
  }),
  withoutKey: () => ({
    source: new EnvironmentKey(() => ({ OTHER: "x" })),
    request: { config: {} },
  }),
  broken: () => ({
    source: new EnvironmentKey(() => {
      throw new Error("no env");
    }),
    request: { config: {} },
  }),
});

describe("HostContextKey specifics", () => {
  const source = new HostContextKey();
  const ask = (context: HostCallContext) => source.credentials({ config: {}, context });

  it("returns the env var's name as the config marker beside the key", async () => {
    expect(await ask(contextAnswering(envKeyAnswer("sk-live-123")))).toEqual({
      secret: "sk-live-123",
      configMarker: "CLOUDSIGMA_API_KEY",
    });
  });

  it("asks the host for the cloudsigma provider", async () => {
    const asked: string[] = [];
    await ask({
      resolveProviderApiKey: (id: string) => {
        asked.push(id);
        return {};
      },
    } as HostCallContext);
    expect(asked).toEqual(["cloudsigma"]);
  });

  it("keeps a stored plaintext key out of the provider config", async () => {
    const answer = { apiKey: "sk-stored", discoveryApiKey: "sk-stored" };
    expect(await ask(contextAnswering(answer))).toEqual({ secret: "sk-stored" });
  });

  it("passes a non-env secret-ref marker through without a discovery secret", async () => {
    const answer = { apiKey: "secretref-managed", discoveryApiKey: undefined };
    expect(await ask(contextAnswering(answer))).toEqual({ configMarker: "secretref-managed" });
  });

  it("finds nothing on hooks whose host call has no context", async () => {
    expect(await source.credentials({ config: {} })).toEqual({});
  });
});

describe("CredentialStoreKey specifics", () => {
  it("asks the host for the cloudsigma provider with the config it was given", async () => {
    const calls: unknown[] = [];
    const config = { models: {} };
    await new CredentialStoreKey(storeWith("sk-1", calls)).credentials({ config });
    expect(calls).toEqual([{ provider: "cloudsigma", cfg: config }]);
  });

  it("finds nothing when the host has no runtime (yet)", async () => {
    expect(await new CredentialStoreKey(() => undefined).credentials({ config: {} })).toEqual({});
  });
});

describe("EnvironmentKey specifics", () => {
  it("reads the environment at the moment a key is needed", async () => {
    let env: Record<string, string> = {};
    const source = new EnvironmentKey(() => env);
    expect(await source.credentials()).toEqual({});
    env = { CLOUDSIGMA_API_KEY: "sk-late" };
    expect(await source.credentials()).toEqual({ secret: "sk-late" });
  });
});
