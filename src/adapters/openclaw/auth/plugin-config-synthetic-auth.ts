import type { ProviderPlugin } from "../host-types.js";
import {
  API_KEY_PATH,
  type PluginConfigCredentialSource,
} from "./plugin-config-credential-source.js";

type SyntheticAuthContext = Parameters<NonNullable<ProviderPlugin["resolveSyntheticAuth"]>>[0];
type SyntheticAuth = { apiKey: string; source: string; mode: "api-key" };

/** The host's stand-in for a SecretRef not resolved yet: it asks again with its runtime config and never sends it. */
const MANAGED_SECRET_REF_MARKER = "secretref-managed";

/**
 * Chat's way to the plugin-config key. Both hosts ask a provider's synthetic auth only after
 * their auth profiles, environment and provider config found no key, so this fills the gap
 * and never overrides the host's own key (test/e2e/FINDINGS-listing-config.md). 2026.9 calls
 * `prepareSyntheticAuth` (async: it may resolve a SecretRef through the host's resolver) and
 * only with the manifest's `syntheticAuthRefs`; 2026.6 calls `resolveSyntheticAuth` only.
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
      const key = source.current(config);
      if (key) return answer(key);
      return source.hasReference(config) ? answer(MANAGED_SECRET_REF_MARKER) : undefined;
    },
    // Chat's key once the host found one of its own: the operator's statement for this plugin
    // comes first, as in the listing. Without a plugin-config key the host's key stays.
    async prepareRuntimeAuth(ctx: {
      config?: unknown;
      env?: NodeJS.ProcessEnv;
      apiKey?: string;
    }): Promise<{ apiKey: string } | undefined> {
      const key = await source.secret(ctx?.config, ctx?.env);
      return key && key !== ctx?.apiKey ? { apiKey: key } : undefined;
    },
    async prepareSyntheticAuth(
      ctx: SyntheticAuthContext & { env?: NodeJS.ProcessEnv },
    ): Promise<SyntheticAuth | undefined> {
      const key = await source.secret(ctx?.config, ctx?.env);
      return key ? answer(key) : undefined;
    },
  };
}
