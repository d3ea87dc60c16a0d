import { readFileSync } from "node:fs";

/** The plugin's manifest as shipped, read when asked (never at collection). */
export function readManifest(): unknown {
  return JSON.parse(readFileSync(new URL("../../openclaw.plugin.json", import.meta.url), "utf8"));
}
