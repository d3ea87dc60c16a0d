import { resolveBaseUrl, taasRequestTarget } from "../../../domain/shared/base-url.js";
import { MANAGED_SECRET_REF_MARKER } from "../../../domain/shared/secret-value.js";
import type { ProviderPlugin } from "../host-types.js";
import {
  API_KEY_PATH,
  type PluginConfigCredentialSource,
} from "./plugin-config-credential-source.js";

type SyntheticAuthContext = Parameters<NonNullable<ProviderPlugin["resolveSyntheticAuth"]>>[0];
type SyntheticAuth = { apiKey: string; source: string; mode: "api-key" };

/**
 * Chat's ways to the plugin-config key (test/e2e/HOST-BEHAVIOUR.md, "The plugin's own config"):
 * - `prepareRuntimeAuth` runs once the host found a key of its own and swaps in the
 *   plugin-config key, so it comes first, as in the listing;
 * - the synthetic-auth hooks are the hosts' last resort when they found none. 2026.9 calls
 *   `prepareSyntheticAuth` (async, so a SecretRef can be resolved through the host's
 *   resolver) only for a manifest's `syntheticAuthRefs`, which we do not declare (on 2026.6 they
 *   make `models list` call every row available without a key), and its chat runs skip them
 *   (so a turn there still needs a host key); 2026.6 calls `resolveSyntheticAuth`.
 */
export function pluginConfigSyntheticAuth(source: PluginConfigCredentialSource) {
  const answer = (apiKey: string): SyntheticAuth => ({
    apiKey,
    source: API_KEY_PATH,
    mode: "api-key",
  });
  return {
    resolveSyntheticAuth(ctx: SyntheticAuthContext): SyntheticAuth | undefined {
      const config = ctx?.config;
      if (!keySafeFor(ctx?.providerConfig?.baseUrl, config)) return undefined;
      const key = source.current(config);
      if (key) return answer(key);
      // The marker asks the host to resolve the reference with its runtime config. A caller
      // without a config (2026.6's model discovery) would store the marker as a key: none.
      return config && source.hasReference(config) ? answer(MANAGED_SECRET_REF_MARKER) : undefined;
    },
    // Without a plugin-config key (or with the same one) the host's key stays.
    async prepareRuntimeAuth(ctx: {
      config?: unknown;
      env?: NodeJS.ProcessEnv;
      apiKey?: string;
      model?: { baseUrl?: unknown };
    }): Promise<{ apiKey: string } | undefined> {
      if (!keySafeFor(ctx?.model?.baseUrl, ctx?.config)) return undefined;
      const key = await source.secret(ctx?.config, ctx?.env);
      return key && key !== ctx?.apiKey ? { apiKey: key } : undefined;
    },
    async prepareSyntheticAuth(
      ctx: SyntheticAuthContext & { env?: NodeJS.ProcessEnv },
    ): Promise<SyntheticAuth | undefined> {
      if (!keySafeFor(ctx?.providerConfig?.baseUrl, ctx?.config)) return undefined;
      const key = await source.secret(ctx?.config, ctx?.env);
      return key ? answer(key) : undefined;
    },
  };
}

/**
 * The plugin hands its key only where it would send it itself (the rule every TaaS request of
 * ours follows: https, plain http only for loopback, no embedded credentials); the host's own
 * key for a provider the operator pointed elsewhere is the host's business.
 */
function keySafeFor(baseUrl: unknown, config: unknown): boolean {
  const url =
    typeof baseUrl === "string" && baseUrl.trim() ? baseUrl.trim() : resolveBaseUrl(config);
  return taasRequestTarget(url) !== null;
}
