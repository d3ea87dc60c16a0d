import { definePluginEntry } from "openclaw/plugin-sdk/plugin-entry";
import { hostProfileOf } from "../adapters/openclaw/host-profile.js";
import type { PluginEntry } from "../adapters/openclaw/host-types.js";
import { DEFAULT_DISCOVERY_POLICY } from "../domain/catalog/discovery-policy.js";
import { DiscoveryStore } from "../domain/catalog/discovery-store.js";
import { RateLimitGate } from "../domain/rate-limits/rate-limit-gate.js";
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
  return definePluginEntry({
    id: "cloudsigma",
    name: "CloudSigma TaaS",
    description:
      "CloudSigma TaaS (OpenAI-compatible multi-model gateway) as an OpenClaw model provider, memory-search embeddings and image understanding.",
    register(api) {
      const scope = createRegistrationContainer(seams, {
        store,
        policy,
        logger: api.logger,
        modelAuth: () => api.runtime?.modelAuth,
      });
      api.registerProvider(buildProviderPlugin(scope, rateLimits));
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
