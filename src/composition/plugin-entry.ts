import { definePluginEntry } from "openclaw/plugin-sdk/plugin-entry";
import type { PluginEntry } from "../adapters/openclaw/host-types.js";
import { createRegistrationContainer, type PluginSeams } from "./container.js";
import { buildModelCatalogProvider } from "./model-catalog-provider.js";
import { buildProviderPlugin } from "./provider-plugin.js";

/**
 * The plugin entry. `register()` runs many times per process (up to ten in one agent
 * turn), so it is cheap and idempotent: a fresh child container each time, no shared
 * mutable registrations, no I/O beyond the once-per-process manifest read.
 */
export function createCloudSigmaPlugin(seams: PluginSeams = {}): PluginEntry {
  return definePluginEntry({
    id: "cloudsigma",
    name: "CloudSigma TaaS",
    description:
      "CloudSigma TaaS (OpenAI-compatible multi-model gateway) as an OpenClaw model provider.",
    register(api) {
      const scope = createRegistrationContainer(seams);
      api.registerProvider(buildProviderPlugin(scope));
      api.registerModelCatalogProvider(buildModelCatalogProvider(scope));
    },
  });
}
