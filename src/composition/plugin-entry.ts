import { definePluginEntry } from "openclaw/plugin-sdk/plugin-entry";
import { hostProfileOf } from "../adapters/openclaw/host-profile.js";
import type { PluginEntry } from "../adapters/openclaw/host-types.js";
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
    register(api) {
      const inputs = { logger: api.logger, modelAuth: () => api.runtime?.modelAuth };
      const scope = createRegistrationScope(entry, inputs, options.override);
      api.registerProvider(buildProviderPlugin(scope));
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
