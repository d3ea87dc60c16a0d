import { describe, expect, it } from "vitest";
import {
  PluginConfigCredentialSource,
  type SecretRefResolver,
} from "../../src/adapters/openclaw/auth/plugin-config-credential-source.js";
import { pluginConfigSyntheticAuth } from "../../src/adapters/openclaw/auth/plugin-config-synthetic-auth.js";
import { describeCredentialSourceContract } from "./credential-source.contract.js";

/** The source as the key path asks it: with the config a hook received. */
const place = (source: PluginConfigCredentialSource) => ({ source, request: { config: {} } });

const ENV_REF = { source: "env", provider: "default", id: "TAAS_OPERATOR_KEY" };
/** An OpenClaw config whose plugin entry holds `apiKey`. */
const hostConfig = (apiKey: unknown) => ({
  plugins: { entries: { cloudsigma: { enabled: true, config: { apiKey } } } },
});
/** A resolver that records its calls and answers `value`. */
function resolver(value: string | undefined, calls: unknown[] = []): SecretRefResolver {
  return async (params) => {
    calls.push(params);
    return value === undefined ? {} : { value };
  };
}
const noResolver: SecretRefResolver = async () => {
  throw new Error("no reference expected");
};

describeCredentialSourceContract("PluginConfigCredentialSource (key in api.pluginConfig)", {
  withKey: (secret) =>
    place(new PluginConfigCredentialSource(() => ({ apiKey: secret }), noResolver)),
  withoutKey: () =>
    place(new PluginConfigCredentialSource(() => ({ browserOrigin: "http://a:1" }), noResolver)),
  broken: () =>
    place(
      new PluginConfigCredentialSource(() => {
        throw new Error("pluginConfig unavailable");
      }, noResolver),
    ),
});

describeCredentialSourceContract("PluginConfigCredentialSource (SecretRef the host resolves)", {
  withKey: (secret) =>
    place(new PluginConfigCredentialSource(() => ({ apiKey: ENV_REF }), resolver(secret))),
  withoutKey: () =>
    place(new PluginConfigCredentialSource(() => ({ apiKey: ENV_REF }), resolver(undefined))),
  broken: () =>
    place(
      new PluginConfigCredentialSource(
        () => ({ apiKey: ENV_REF }),
        async () => {
          throw new Error('Environment variable "TAAS_OPERATOR_KEY" is missing or empty.');
        },
      ),
    ),
});

describe("PluginConfigCredentialSource specifics", () => {
  it("prefers the resolved key in the config a hook receives over the registration's", async () => {
    const source = new PluginConfigCredentialSource(
      () => ({ apiKey: "sk-at-register" }),
      noResolver,
    );
    expect(await source.secret(hostConfig("sk-runtime"))).toBe("sk-runtime");
  });

  it("uses the registration's key when the hook's config still holds the reference", async () => {
    const source = new PluginConfigCredentialSource(
      () => ({ apiKey: "sk-at-register" }),
      noResolver,
    );
    expect(await source.secret(hostConfig(ENV_REF))).toBe("sk-at-register");
  });

  it("resolves a reference with the host's resolver, the host's config, the call's environment and the key's path", async () => {
    const calls: unknown[] = [];
    const source = new PluginConfigCredentialSource(
      () => ({ apiKey: ENV_REF }),
      resolver(" sk-ref ", calls),
      () => ({ TAAS_OPERATOR_KEY: "from-process" }),
    );
    const config = hostConfig(ENV_REF);
    expect(await source.secret(config, { TAAS_OPERATOR_KEY: "from-call" })).toBe("sk-ref");
    expect(calls).toEqual([
      {
        config,
        env: { TAAS_OPERATOR_KEY: "from-call" },
        value: ENV_REF,
        path: "plugins.entries.cloudsigma.config.apiKey",
      },
    ]);
    await source.secret(undefined);
    expect(calls[1]).toMatchObject({ config: {}, env: { TAAS_OPERATOR_KEY: "from-process" } });
  });

  it("reuses a resolved exec reference for a minute, and asks for an env one every time", async () => {
    const EXEC_REF = { source: "exec", provider: "vault", id: "cloudsigma" };
    const calls: unknown[] = [];
    let now = 0;
    const exec = new PluginConfigCredentialSource(
      () => ({ apiKey: EXEC_REF }),
      resolver("sk-exec", calls),
      () => ({}),
      () => now,
    );
    await exec.secret({});
    now = 59_999;
    expect(await exec.secret({})).toBe("sk-exec");
    expect(calls).toHaveLength(1);
    now = 60_000;
    await exec.secret({});
    expect(calls).toHaveLength(2);
    const envCalls: unknown[] = [];
    const env = new PluginConfigCredentialSource(
      () => ({ apiKey: ENV_REF }),
      resolver("sk-env", envCalls),
    );
    await env.secret({});
    await env.secret({});
    expect(envCalls).toHaveLength(2);
  });

  it("never asks the resolver when there is no reference", async () => {
    const source = new PluginConfigCredentialSource(() => undefined, noResolver);
    expect(await source.secret(hostConfig(undefined))).toBeUndefined();
    expect(source.hasReference(hostConfig(undefined))).toBe(false);
    expect(source.hasReference(hostConfig(ENV_REF))).toBe(true);
  });
});

describe("pluginConfigSyntheticAuth (chat, when the host has no key)", () => {
  const hooks = (registered: unknown, resolve: SecretRefResolver = noResolver) =>
    pluginConfigSyntheticAuth(new PluginConfigCredentialSource(() => registered, resolve));
  const ctx = (config: unknown) => ({ provider: "cloudsigma", config }) as never;
  const answer = (apiKey: string) => ({
    apiKey,
    source: "plugins.entries.cloudsigma.config.apiKey",
    mode: "api-key",
  });

  it("resolveSyntheticAuth answers a resolved key as an api-key credential named after its path", () => {
    expect(hooks(undefined).resolveSyntheticAuth(ctx(hostConfig(" sk-runtime ")))).toEqual(
      answer("sk-runtime"),
    );
    expect(hooks({ apiKey: "sk-at-register" }).resolveSyntheticAuth(ctx(undefined))).toEqual(
      answer("sk-at-register"),
    );
  });

  it("resolveSyntheticAuth answers the host's managed-SecretRef marker for a reference", () => {
    // The host then asks again with its resolved runtime config, and never sends the marker.
    expect(hooks({ apiKey: ENV_REF }).resolveSyntheticAuth(ctx(hostConfig(ENV_REF)))).toEqual(
      answer("secretref-managed"),
    );
  });

  it("prepareSyntheticAuth resolves the reference with the environment the host passes", async () => {
    const calls: unknown[] = [];
    const prepared = await hooks(
      { apiKey: ENV_REF },
      resolver("sk-ref", calls),
    ).prepareSyntheticAuth({
      provider: "cloudsigma",
      config: hostConfig(ENV_REF),
      env: { TAAS_OPERATOR_KEY: "sk-ref" },
    } as never);
    expect(prepared).toEqual(answer("sk-ref"));
    expect(calls).toMatchObject([{ env: { TAAS_OPERATOR_KEY: "sk-ref" } }]);
  });

  it("prepareRuntimeAuth puts the plugin-config key before the key the host found", async () => {
    const prepare = hooks({ apiKey: ENV_REF }, resolver("sk-ref")).prepareRuntimeAuth;
    expect(await prepare({ config: hostConfig(ENV_REF), apiKey: "sk-host-own" })).toEqual({
      apiKey: "sk-ref",
    });
    // Nothing to change: the same key, or no plugin-config key (the host's key stays).
    expect(await prepare({ config: {}, apiKey: "sk-ref" })).toBeUndefined();
    expect(
      await hooks(undefined, resolver(undefined)).prepareRuntimeAuth({ apiKey: "sk-host-own" }),
    ).toBeUndefined();
  });

  it("hands the key only to a base URL the plugin would send it to itself", async () => {
    const registered = hooks({ apiKey: "sk-plugin" }, resolver(undefined));
    const elsewhere = { models: { providers: { cloudsigma: { baseUrl: "http://10.0.0.9/v1" } } } };
    expect(
      await registered.prepareRuntimeAuth({
        config: {},
        apiKey: "sk-host-own",
        model: { baseUrl: "http://proxy.example.com/v1" },
      }),
    ).toBeUndefined();
    expect(
      await registered.prepareRuntimeAuth({
        config: {},
        apiKey: "sk-host-own",
        model: { baseUrl: "https://eu.example.com/v1" },
      }),
    ).toEqual({ apiKey: "sk-plugin" });
    expect(registered.resolveSyntheticAuth(ctx(elsewhere))).toBeUndefined();
    expect(await registered.prepareSyntheticAuth(ctx(elsewhere))).toBeUndefined();
    expect(
      registered.resolveSyntheticAuth({
        provider: "cloudsigma",
        config: {},
        providerConfig: { baseUrl: "https://user:pw@taas.cloudsigma.com/v1" },
      } as never),
    ).toBeUndefined();
  });

  it("answers nothing without a plugin-config key, and never throws", async () => {
    const none = hooks(undefined, resolver(undefined));
    expect(none.resolveSyntheticAuth(ctx({}))).toBeUndefined();
    expect(await none.prepareSyntheticAuth(ctx({}))).toBeUndefined();
    // Without a config the marker would be stored as a key (2026.6\'s model discovery): none.
    expect(
      hooks({ apiKey: ENV_REF }, resolver(undefined)).resolveSyntheticAuth(undefined as never),
    ).toBeUndefined();
    expect(
      await hooks({ apiKey: ENV_REF }, resolver("")).prepareSyntheticAuth(ctx({})),
    ).toBeUndefined();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(none.resolveSyntheticAuth(ctx({ plugins: hostile }))).toBeUndefined();
    expect(await none.prepareSyntheticAuth(ctx({ plugins: hostile }))).toBeUndefined();
  });
});

describe("hostSecretRefResolver (2026.6.6's SDK)", () => {
  it("resolves an env reference through the host and says nothing when the variable is unset", async () => {
    const { hostSecretRefResolver } = await import(
      "../../src/adapters/openclaw/auth/plugin-config-credential-source.js"
    );
    const params = { config: {}, value: ENV_REF, path: "plugins.entries.cloudsigma.config.apiKey" };
    expect(
      (await hostSecretRefResolver({ ...params, env: { TAAS_OPERATOR_KEY: "sk-host-resolved" } }))
        .value,
    ).toBe("sk-host-resolved");
    // An unset variable is an answer without a value (the reason names the reference, not a key).
    const unset = await hostSecretRefResolver({ ...params, env: {} });
    expect(unset.value).toBeUndefined();
    expect(unset).toHaveProperty("unresolvedRefReason");
  });
});
