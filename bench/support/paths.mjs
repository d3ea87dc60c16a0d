import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root, the built plugin and the floor plugin, as paths and file URLs. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL("../", import.meta.url));
export const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));

export const distUrl = (relative) => new URL(`../../dist/${relative}`, import.meta.url).href;
/** tsc's unbundled output, for benchmarks that call internal modules directly. */
export const buildUrl = (relative) => new URL(`../../build/${relative}`, import.meta.url).href;
export const ENTRY_URL = distUrl("index.js");
export const FLOOR_URL = new URL("../floor-plugin.mjs", import.meta.url).href;

/** Benchmarks measure the built plugin: fail early, with the fix, when it is not built. */
export function requireBuild() {
  for (const url of [ENTRY_URL, buildUrl("index.js")]) {
    if (!existsSync(fileURLToPath(url))) {
      throw new Error(`${fileURLToPath(url)} is missing: run \`npm run build\` first.`);
    }
  }
}

/** True when `importMetaUrl` is the script Node was started with (not imported by run.mjs). */
export function isMain(importMetaUrl) {
  return process.argv[1] !== undefined && importMetaUrl === pathToFileURL(process.argv[1]).href;
}

/**
 * The tests' TaaS double (test/support/taas-double) as benchmarks start it: on 127.0.0.1, and
 * alive for as long as a full run may take (it closes itself when idle otherwise).
 */
export const BENCH_DOUBLE = { host: "127.0.0.1", idleMs: 3_600_000, maxLifetimeMs: 3_600_000 };
