import { pluginConfigApiKey, SETTINGS_PATH } from "../../../domain/settings/plugin-settings.js";
import { PROVIDER_ID } from "../../../domain/shared/model.js";
import { readPath } from "../../../domain/shared/values.js";
import type { CredentialSource } from "../../../ports/credential-source.port.js";
import type { ProviderPlugin } from "../host-types.js";

/**
 * `plugins.entries.cloudsigma.config.apiKey`: the operator's key stated for this plugin, the
 * first source of the key path (as in CloudSigma's listing 0.2.x). Hosts that read the
 * manifest's `configContracts.secretInputs` resolve a SecretRef there before the plugin sees
 * it; until then it is an object, which counts as no key.
 *
 * The config a hook receives wins when it holds a resolved key (the runtime snapshot, which
 * follows reloads); otherwise the `pluginConfig` given at registration.
 */
export class PluginConfigCredentialSource implements CredentialSource {
  constructor(private readonly registered: () => unknown) {}

  async secret(config: unknown): Promise<string | undefined> {
    return this.current(config);
  }

  /** The same lookup, synchronous, for hooks the host calls synchronously. */
  current(config: unknown): string | undefined {
    try {
      return (
        pluginConfigApiKey(readPath(config, ["plugins", "entries", PROVIDER_ID, "config"])) ??
        pluginConfigApiKey(this.registered())
      );
    } catch {
      return undefined;
    }
  }
}

type SyntheticAuthHook = NonNullable<ProviderPlugin["resolveSyntheticAuth"]>;

/** What the host puts where a SecretRef is not resolved yet; it then asks again with the runtime snapshot. */
const MANAGED_SECRET_REF_MARKER = "secretref-managed";
const KEY_SOURCE = `${SETTINGS_PATH}.apiKey`;

/**
 * The chat path's way to the plugin-config key. Both hosts consult `resolveSyntheticAuth`
 * only after their own auth profiles, environment and provider config found no key, so it
 * fills the gap without overriding the host's key (test/e2e/FINDINGS-listing-config.md).
 * A reference the host has not resolved yet answers the host's managed-SecretRef marker,
 * which makes the host repeat the question against its resolved runtime config.
 */
export function pluginConfigSyntheticAuth(source: PluginConfigCredentialSource): SyntheticAuthHook {
  return (ctx) => {
    try {
      const config = ctx?.config;
      const apiKey = source.current(config);
      if (apiKey) return { apiKey, source: KEY_SOURCE, mode: "api-key" };
      const raw = readPath(config, ["plugins", "entries", PROVIDER_ID, "config", "apiKey"]);
      if (raw !== null && typeof raw === "object") {
        return { apiKey: MANAGED_SECRET_REF_MARKER, source: KEY_SOURCE, mode: "api-key" };
      }
    } catch {
      // A config the plugin cannot read holds no key for it.
    }
    return undefined;
  };
}
