import { describe, expect, it } from "vitest";
import { HostContextAuthResolver } from "../../src/adapters/openclaw/auth/host-auth-resolver.js";
import type { HostCallContext } from "../../src/ports/auth-resolver.port.js";
import { describeAuthResolverContract } from "./auth-resolver.contract.js";

/** OpenClaw's catalog context as both supported hosts build it for an env key. */
function hostContext(answer: { apiKey?: string; discoveryApiKey?: string }): HostCallContext {
  return { config: {}, env: {}, resolveProviderApiKey: () => answer } as HostCallContext;
}

function envKeyAnswer(secret: string) {
  return secret.trim() ? { apiKey: "CLOUDSIGMA_API_KEY", discoveryApiKey: secret } : {};
}

describeAuthResolverContract("HostContextAuthResolver (resolveProviderApiKey, 2026.6.6)", {
  resolver: new HostContextAuthResolver(),
  withEnvKey: (secret) => hostContext(envKeyAnswer(secret)),
  withoutKey: () => hostContext({ apiKey: undefined, discoveryApiKey: undefined }),
});

describeAuthResolverContract("HostContextAuthResolver (resolveProviderAuth, 2026.9.6)", {
  resolver: new HostContextAuthResolver(),
  withEnvKey: (secret) =>
    ({
      config: {},
      resolveProviderAuth: () => ({ ...envKeyAnswer(secret), mode: "api_key", source: "env" }),
      resolveProviderApiKey: () => ({ apiKey: "WRONG", discoveryApiKey: "WRONG" }),
    }) as HostCallContext,
  withoutKey: () =>
    ({
      config: {},
      resolveProviderAuth: () => ({ apiKey: undefined, mode: "none", source: "none" }),
    }) as HostCallContext,
});

describe("HostContextAuthResolver specifics", () => {
  const resolver = new HostContextAuthResolver();

  it("asks the host for the cloudsigma provider", () => {
    const asked: string[] = [];
    resolver.resolve({
      resolveProviderApiKey: (id: string) => {
        asked.push(id);
        return {};
      },
    } as HostCallContext);
    expect(asked).toEqual(["cloudsigma"]);
  });

  it("keeps a stored plaintext key out of the provider config", () => {
    const answer = { apiKey: "sk-stored", discoveryApiKey: "sk-stored" };
    expect(resolver.resolve(hostContext(answer))).toEqual({ secret: "sk-stored" });
  });

  it("passes a non-env secret-ref marker through without a discovery secret", () => {
    const answer = { apiKey: "secretref-managed", discoveryApiKey: undefined };
    expect(resolver.resolve(hostContext(answer))).toEqual({ configMarker: "secretref-managed" });
  });

  it("resolves nothing when the host's resolver throws", () => {
    const context = {
      resolveProviderApiKey: () => {
        throw new Error("auth store locked");
      },
    } as HostCallContext;
    expect(resolver.resolve(context)).toEqual({});
  });
});
