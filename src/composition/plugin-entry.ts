import { buildJsonPluginConfigSchema, definePluginEntry } from "openclaw/plugin-sdk/plugin-entry";
import { PluginConfigCredentialSource } from "../adapters/openclaw/auth/plugin-config-credential-source.js";
import { pluginConfigSyntheticAuth } from "../adapters/openclaw/auth/plugin-config-synthetic-auth.js";
import { HostDiscoveryLog } from "../adapters/openclaw/host-discovery-log.js";
import type { PluginEntry } from "../adapters/openclaw/host-types.js";
import { readPluginManifest } from "../adapters/openclaw/plugin-manifest.js";
import { DEFAULT_DISCOVERY_POLICY } from "../domain/catalog/discovery-policy.js";
import { DiscoveryStore } from "../domain/catalog/discovery-store.js";
import { RateLimitGate } from "../domain/rate-limits/rate-limit-gate.js";
import { SettingsReport } from "../domain/settings/settings-report.js";
import {
  buildEmbeddingAdapter,
  buildMemoryEmbeddingAdapter,
} from "./capabilities/embedding-adapter.js";
import { buildMediaProvider } from "./capabilities/media-provider.js";
import { createRegistrationContainer, type PluginSeams } from "./container.js";
import { buildModelCatalogProvider } from "./model-catalog-provider.js";
import { buildProviderPlugin } from "./provider-plugin.js";

/**
 * The plugin entry. `register()` runs many times per process (up to ten in one agent
 * turn), so it is cheap and idempotent: a fresh child container each time, no I/O beyond
 * the once-per-process manifest read. The discovery store belongs to this entry object,
 * so every registration of it shares one cache, and separate entries (tests) never do.
 */
export function createCloudSigmaPlugin(seams: PluginSeams = {}): PluginEntry {
  const policy = seams.discoveryPolicy ?? DEFAULT_DISCOVERY_POLICY;
  const store = new DiscoveryStore(policy.maxEntries);
  // Like the store, one per entry: every registration sees the same TaaS rate limit.
  const rateLimits = new RateLimitGate();
  // listing config: its notices are said once per entry, i.e. once per process.
  const settingsReport = new SettingsReport();
  return definePluginEntry({
    id: "cloudsigma",
    name: "CloudSigma TaaS",
    description:
      "CloudSigma TaaS (OpenAI-compatible multi-model gateway) as an OpenClaw model provider, memory-search embeddings and image understanding.",
    // listing config: the manifest's schema, so the entry validates what the host validates.
    configSchema: () => buildJsonPluginConfigSchema(manifestConfigSchema()),
    register(api) {
      // listing config: report ignored keys once; the key joins the key path and chat auth.
      settingsReport.report(api.pluginConfig, new HostDiscoveryLog(api.logger));
      const pluginConfigKey = new PluginConfigCredentialSource(() => api.pluginConfig);
      const scope = createRegistrationContainer(seams, {
        store,
        policy,
        logger: api.logger,
        modelAuth: () => api.runtime?.modelAuth,
        pluginConfigKey,
      });
      api.registerProvider({
        ...buildProviderPlugin(scope, rateLimits),
        // listing config: 2026.6's types lack prepareSyntheticAuth (2026.9 calls it).
        ...(pluginConfigSyntheticAuth(pluginConfigKey) as object),
      });
      api.registerModelCatalogProvider(buildModelCatalogProvider(scope));
      // Hosts without these surfaces still get the text provider.
      if (typeof api.registerEmbeddingProvider === "function") {
        api.registerEmbeddingProvider(buildEmbeddingAdapter(scope));
      }
      if (typeof api.registerMemoryEmbeddingProvider === "function") {
        api.registerMemoryEmbeddingProvider(buildMemoryEmbeddingAdapter(scope));
      }
      if (typeof api.registerMediaUnderstandingProvider === "function") {
        api.registerMediaUnderstandingProvider(buildMediaProvider(scope));
      }
    },
  });
}

// listing config: the JSON schema the host validates plugins.entries.cloudsigma.config with.
function manifestConfigSchema(): Parameters<typeof buildJsonPluginConfigSchema>[0] {
  return (
    readPluginManifest() as { configSchema: Parameters<typeof buildJsonPluginConfigSchema>[0] }
  ).configSchema;
}
