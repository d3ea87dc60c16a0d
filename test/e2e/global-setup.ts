// Once per e2e run: install the host versions, pack the built plugin, and install that
// tarball into one sandbox per host. Files then share those sandboxes (they run one at a
// time), because a tarball install takes up to 50 s on 2026.6.6.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { ensureOpenClawHost, HOST_VERSIONS, type HostSandbox } from "../support/openclaw-host.js";
import { installCloudSigma } from "./support/cloudsigma-host.js";

declare module "vitest" {
  export interface ProvidedContext {
    pluginTarball: string;
    hostVersions: string[];
    /** Sandbox root per host version, the plugin already installed. */
    hostRoots: Record<string, string>;
  }
}

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, "../..");

/** OPENCLAW_E2E_HOSTS=2026.9.6 narrows the run to some host versions. */
function selectedVersions(): string[] {
  const wanted = process.env.OPENCLAW_E2E_HOSTS?.split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return wanted?.length ? wanted : [...HOST_VERSIONS];
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(repoRoot, "dist/index.js"))) {
    throw new Error("dist/index.js is missing: run `npm run build` before the e2e suite");
  }
  const versions = selectedVersions();
  for (const version of versions) await ensureOpenClawHost(version);

  const packDir = await mkdtemp(join(tmpdir(), "cloudsigma-pack-"));
  const sandboxes: HostSandbox[] = [];
  const teardown = async () => {
    for (const sandbox of sandboxes) await sandbox.cleanup();
    await rm(packDir, { recursive: true, force: true });
  };
  try {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", packDir], {
      cwd: repoRoot,
    });
    const [packed] = JSON.parse(stdout) as { filename: string }[];
    if (!packed) throw new Error(`npm pack printed no file: ${stdout}`);
    const tarball = join(packDir, packed.filename);

    const hostRoots: Record<string, string> = {};
    for (const version of versions) {
      const sandbox = await installCloudSigma(version, tarball);
      sandboxes.push(sandbox);
      hostRoots[version] = sandbox.root;
    }
    project.provide("pluginTarball", tarball);
    project.provide("hostVersions", versions);
    project.provide("hostRoots", hostRoots);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
