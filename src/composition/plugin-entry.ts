import { buildJsonPluginConfigSchema, definePluginEntry } from "openclaw/plugin-sdk/plugin-entry";
import { PluginConfigCredentialSource } from "../adapters/openclaw/auth/plugin-config-credential-source.js";
import { pluginConfigSyntheticAuth } from "../adapters/openclaw/auth/plugin-config-synthetic-auth.js";
import { hostProfileOf } from "../adapters/openclaw/host-profile.js";
import type { PluginEntry } from "../adapters/openclaw/host-types.js";
import { readPluginManifest } from "../adapters/openclaw/plugin-manifest.js";
import { SettingsReport } from "../domain/settings/settings-report.js";
import { PLUGIN_LOG, type PluginLog } from "../ports/plugin-log.port.js";
import {
  buildEmbeddingAdapter,
  buildMemoryEmbeddingAdapter,
} from "./capabilities/embedding-adapter.js";
import { buildMediaProvider } from "./capabilities/media-provider.js";
import { createEntryScope, createRegistrationScope, type Override } from "./container.js";
import { buildModelCatalogProvider } from "./model-catalog-provider.js";
import { buildProviderPlugin } from "./provider-plugin.js";

export interface PluginOptions {
  /** Registrations over the defaults, in every registration's container; production passes none. */
  readonly override?: Override;
}

/**
 * The plugin entry. `register()` runs many times per process (up to ten in one agent
 * turn), so it is cheap and idempotent: a fresh child container each time, no I/O beyond
 * the once-per-process manifest read. What every registration shares (the discovery
 * store, the rate-limit gate) lives in this entry's own container.
 */
export function createCloudSigmaPlugin(options: PluginOptions = {}): PluginEntry {
  const entry = createEntryScope();
  return definePluginEntry({
    id: "cloudsigma",
    name: "CloudSigma TaaS",
    description:
      "CloudSigma TaaS (OpenAI-compatible multi-model gateway) as an OpenClaw model provider, memory-search embeddings and image understanding.",
    // The manifest's schema, so the entry validates what the host validates.
    configSchema: () => buildJsonPluginConfigSchema(manifestConfigSchema()),
    register(api) {
      const inputs = {
        logger: api.logger,
        modelAuth: () => api.runtime?.modelAuth,
        pluginConfig: () => api.pluginConfig,
      };
      const scope = createRegistrationScope(entry, inputs, options.override);
      // Ignored and not-yet-used settings are reported once per entry, i.e. once per process.
      entry.resolve(SettingsReport).report(api.pluginConfig, scope.resolve<PluginLog>(PLUGIN_LOG));
      api.registerProvider({
        ...buildProviderPlugin(scope),
        // 2026.6's types lack prepareSyntheticAuth (2026.9 calls it).
        ...(pluginConfigSyntheticAuth(scope.resolve(PluginConfigCredentialSource)) as object),
      });
      api.registerModelCatalogProvider(buildModelCatalogProvider(scope));
      // Hosts without these surfaces still get the text provider.
      const host = hostProfileOf(api);
      if (host.embeddingProviders) api.registerEmbeddingProvider(buildEmbeddingAdapter(scope));
      if (host.memoryEmbeddingProviders) {
        api.registerMemoryEmbeddingProvider(buildMemoryEmbeddingAdapter(scope));
      }
      if (host.mediaUnderstanding) {
        api.registerMediaUnderstandingProvider(buildMediaProvider(scope));
      }
    },
  });
}

// The JSON schema the host validates plugins.entries.cloudsigma.config with.
function manifestConfigSchema(): Parameters<typeof buildJsonPluginConfigSchema>[0] {
  return (
    readPluginManifest() as { configSchema: Parameters<typeof buildJsonPluginConfigSchema>[0] }
  ).configSchema;
}
