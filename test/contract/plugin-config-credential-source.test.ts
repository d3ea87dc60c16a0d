import { describe, expect, it } from "vitest";
import {
  PluginConfigCredentialSource,
  pluginConfigSyntheticAuth,
} from "../../src/adapters/openclaw/auth/plugin-config-credential-source.js";
import { describeCredentialSourceContract } from "./credential-source.contract.js";

const ENV_REF = { source: "env", provider: "default", id: "TAAS_OPERATOR_KEY" };
/** An OpenClaw config whose plugin entry holds `apiKey`. */
const hostConfig = (apiKey: unknown) => ({
  plugins: { entries: { cloudsigma: { enabled: true, config: { apiKey } } } },
});

describeCredentialSourceContract("PluginConfigCredentialSource (api.pluginConfig)", {
  withKey: (secret) => new PluginConfigCredentialSource(() => ({ apiKey: secret })),
  withoutKey: () => new PluginConfigCredentialSource(() => ({ browserOrigin: "http://a:1" })),
  broken: () =>
    new PluginConfigCredentialSource(() => {
      throw new Error("pluginConfig unavailable");
    }),
});

describe("PluginConfigCredentialSource specifics", () => {
  it("prefers the resolved key in the config a hook receives over the registration's", async () => {
    const source = new PluginConfigCredentialSource(() => ({ apiKey: "sk-at-register" }));
    expect(await source.secret(hostConfig("sk-runtime"))).toBe("sk-runtime");
  });

  it("uses the registration's key when the hook's config still holds the reference", async () => {
    const source = new PluginConfigCredentialSource(() => ({ apiKey: "sk-at-register" }));
    expect(await source.secret(hostConfig(ENV_REF))).toBe("sk-at-register");
  });

  it("has no key while the reference is unresolved everywhere", async () => {
    const source = new PluginConfigCredentialSource(() => ({ apiKey: ENV_REF }));
    expect(await source.secret(hostConfig(ENV_REF))).toBeUndefined();
  });
});

describe("pluginConfigSyntheticAuth (chat, when the host has no key)", () => {
  const hook = (registered: unknown) =>
    pluginConfigSyntheticAuth(new PluginConfigCredentialSource(() => registered));
  const ctx = (config: unknown) => ({ provider: "cloudsigma", config }) as never;

  it("answers the resolved key as an api-key credential named after its config path", () => {
    expect(hook(undefined)(ctx(hostConfig(" sk-runtime ")))).toEqual({
      apiKey: "sk-runtime",
      source: "plugins.entries.cloudsigma.config.apiKey",
      mode: "api-key",
    });
    expect(hook({ apiKey: "sk-at-register" })(ctx(undefined))?.apiKey).toBe("sk-at-register");
  });

  it("answers the host's managed-SecretRef marker for a reference not resolved yet", () => {
    // The host then asks again with its resolved runtime config, and never sends the marker.
    expect(hook({ apiKey: ENV_REF })(ctx(hostConfig(ENV_REF)))).toEqual({
      apiKey: "secretref-managed",
      source: "plugins.entries.cloudsigma.config.apiKey",
      mode: "api-key",
    });
  });

  it("answers nothing without a plugin-config key, and never throws", () => {
    expect(hook(undefined)(ctx({}))).toBeUndefined();
    expect(hook({ apiKey: "  " })(ctx(hostConfig("")))).toBeUndefined();
    expect(hook(undefined)(undefined as never)).toBeUndefined();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(hook(undefined)(ctx({ plugins: hostile }))).toBeUndefined();
  });
});
