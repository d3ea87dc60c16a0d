// The floor for the cold-load benchmark: the least a provider plugin can be. It imports the
// SDK's entry helper and registers one provider with no auth, catalog or hooks.
import { definePluginEntry } from "openclaw/plugin-sdk/plugin-entry";

export default definePluginEntry({
  id: "bench-floor",
  name: "Benchmark floor",
  description: "A minimal provider plugin: one provider, nothing else.",
  register(api) {
    api.registerProvider({ id: "bench-floor", label: "Benchmark floor", auth: [] });
  },
});
