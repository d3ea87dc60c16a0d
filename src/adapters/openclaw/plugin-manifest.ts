import { readFileSync } from "node:fs";

let manifest: unknown;

/**
 * The shipped `openclaw.plugin.json`, the single source of the seed catalog. The path
 * resolves the same from `src/adapters/openclaw` and `dist/adapters/openclaw`. Read
 * once per process: it cannot change while the plugin is loaded.
 */
export function readPluginManifest(): unknown {
  manifest ??= JSON.parse(
    readFileSync(new URL("../../../openclaw.plugin.json", import.meta.url), "utf8"),
  );
  return manifest;
}
