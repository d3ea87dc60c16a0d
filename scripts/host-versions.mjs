// The OpenClaw host versions we test on, from the one list in hosts.json (oldest first).
//   node scripts/host-versions.mjs [role]     prints the versions of a role (default: full),
//                                             one per line, for shell scripts such as .ci/run
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const file = new URL("../hosts.json", import.meta.url);

/** Versions with the given role, in the file's order (oldest first). */
export function hostVersions(role = "full") {
  const { hosts } = JSON.parse(readFileSync(file, "utf8"));
  return hosts.filter((host) => host.role === role).map((host) => host.version);
}

/** The newest full host: the one the demo and the gateway benchmark use. */
export function newestHost() {
  const versions = hostVersions("full");
  return versions[versions.length - 1];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const versions = hostVersions(process.argv[2] ?? "full");
  if (versions.length === 0) {
    console.error(`host-versions: no host has role "${process.argv[2]}"`);
    process.exit(1);
  }
  console.log(versions.join("\n"));
}
