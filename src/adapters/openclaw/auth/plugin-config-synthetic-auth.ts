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
 * Chat's ways to the plugin-config key (test/e2e/HOST-BEHAVIOUR.md, "The plugin's own config"):
 * - `prepareRuntimeAuth` runs once the host found a key of its own and swaps in the
 *   plugin-config key, so it comes first, as in the listing;
 * - the synthetic-auth hooks are the hosts' last resort when they found none. 2026.9 calls
 *   `prepareSyntheticAuth` (async, so a SecretRef can be resolved through the host's
 *   resolver) and only with the manifest's `syntheticAuthRefs`, and its chat runs skip them
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
      const key = source.current(config);
      if (key) return answer(key);
      return source.hasReference(config) ? answer(MANAGED_SECRET_REF_MARKER) : undefined;
    },
    // Without a plugin-config key (or with the same one) the host's key stays.
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
