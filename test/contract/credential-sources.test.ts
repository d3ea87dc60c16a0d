import { describe, expect, it } from "vitest";
import { HostCredentialSource } from "../../src/adapters/openclaw/auth/host-credential-source.js";
import { describeCredentialSourceContract } from "./credential-source.contract.js";

type ModelAuth = ConstructorParameters<typeof HostCredentialSource>[0];

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

describeCredentialSourceContract("HostCredentialSource (host credential store)", {
  withKey: (secret) => new HostCredentialSource(storeWith(secret), () => ({})),
  withoutKey: () => new HostCredentialSource(storeWith(undefined), () => ({})),
  broken: () =>
    new HostCredentialSource(
      () => {
        throw new Error("runtime unavailable during cli-metadata registration");
      },
      () => ({}),
    ),
});

describeCredentialSourceContract("HostCredentialSource (environment only, no runtime)", {
  withKey: (secret) =>
    new HostCredentialSource(
      () => undefined,
      () => ({ CLOUDSIGMA_API_KEY: secret }),
    ),
  withoutKey: () =>
    new HostCredentialSource(
      () => undefined,
      () => ({ OTHER: "x" }),
    ),
  broken: () =>
    new HostCredentialSource(
      () => undefined,
      () => {
        throw new Error("no env");
      },
    ),
});

describe("HostCredentialSource specifics", () => {
  it("asks the host for the cloudsigma provider with the config it was given", async () => {
    const calls: unknown[] = [];
    const config = { models: {} };
    await new HostCredentialSource(storeWith("sk-1", calls), () => ({})).secret(config);
    expect(calls).toEqual([{ provider: "cloudsigma", cfg: config }]);
  });

  it("prefers the host's answer (stored key first) over the environment", async () => {
    const source = new HostCredentialSource(storeWith("sk-stored"), () => ({
      CLOUDSIGMA_API_KEY: "sk-env",
    }));
    expect(await source.secret({})).toBe("sk-stored");
  });

  it("falls back to the environment when the host has no key or no runtime", async () => {
    const env = () => ({ CLOUDSIGMA_API_KEY: "sk-env" });
    expect(await new HostCredentialSource(storeWith(undefined), env).secret({})).toBe("sk-env");
    expect(await new HostCredentialSource(storeWith("custom-local"), env).secret({})).toBe(
      "sk-env",
    );
    expect(await new HostCredentialSource(() => undefined, env).secret({})).toBe("sk-env");
  });
});
