// `npm pack` of this repository, for every tool that installs the plugin into a host (e2e,
// demo, benchmarks, the archived stray-request repro). Packing rewrites package.json for a moment
// (scripts/pack-manifest.mjs), so two packs of one checkout must never run at once.
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const repoRoot = new URL("..", import.meta.url).pathname;

/** Packs into `destination`; npm's record of the tarball plus its path. */
export function packPlugin(destination) {
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", destination], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  if (!packed) throw new Error("npm pack produced no tarball");
  return { ...packed, tarball: join(destination, packed.filename) };
}
