import { existsSync, readFileSync } from "node:fs";

const MANIFEST = "openclaw.plugin.json";
let manifest: unknown;

/**
 * The shipped `openclaw.plugin.json`, the single source of the seed catalog. It sits at the
 * package root: found by walking up from this module, which is `dist/index.js` when
 * bundled and `src/adapters/openclaw/` in tests. Read once per process.
 */
export function readPluginManifest(): unknown {
  manifest ??= JSON.parse(readFileSync(locateManifest(), "utf8"));
  return manifest;
}

function locateManifest(): URL {
  let dir = new URL("./", import.meta.url);
  for (let level = 0; level < 5; level++) {
    const candidate = new URL(MANIFEST, dir);
    if (existsSync(candidate)) return candidate;
    dir = new URL("../", dir);
  }
  throw new Error(`${MANIFEST} not found above ${import.meta.url}`);
}
