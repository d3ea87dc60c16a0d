// Once per e2e run: install the host versions, pack the built plugin, and install that
// tarball into two sandboxes per host, all at once (a 6.6 install waits ~50 s on npm): one
// that files share (they run one at a time), installed with a canary key in the environment
// that must never be written anywhere, and one that onboarding may rewrite.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { packPlugin } from "../../scripts/pack-plugin.mjs";
import { ensureOpenClawHost, HOST_VERSIONS, type HostSandbox } from "../support/openclaw-host.js";
import { installCloudSigma, KEY_VAR } from "./support/cloudsigma-host.js";
import { resetObservations } from "./support/observations.js";

declare module "vitest" {
  export interface ProvidedContext {
    pluginTarball: string;
    hostVersions: string[];
    /** Sandbox root per host version, the plugin already installed. */
    hostRoots: Record<string, string>;
    /** A second installed sandbox per host version, for onboarding (it rewrites config). */
    onboardRoots: Record<string, string>;
    /** A per-run secret: the shared sandboxes' install ran with it as CLOUDSIGMA_API_KEY. */
    canaryKey: string;
  }
}

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
  resetObservations(versions);
  // Fresh per run: the shared host log dir outlives runs, so an old leak cannot mask a new one.
  const canaryKey = `sk-e2e-canary-${randomBytes(12).toString("hex")}`;

  const packDir = await mkdtemp(join(tmpdir(), "cloudsigma-pack-"));
  const sandboxes: HostSandbox[] = [];
  const teardown = async () => {
    for (const sandbox of sandboxes) await sandbox.cleanup();
    await rm(packDir, { recursive: true, force: true });
  };
  try {
    // scripts/e2e.mjs packs once for all hosts (packing rewrites package.json, so two
    // setups packing at once would read each other's half-written file).
    const tarball = process.env.E2E_PLUGIN_TARBALL ?? packPlugin(packDir).tarball;

    const hostRoots: Record<string, string> = {};
    const onboardRoots: Record<string, string> = {};
    const install = async (version: string, roots: Record<string, string>, env = {}) => {
      const sandbox = await installCloudSigma(version, tarball, env);
      sandboxes.push(sandbox);
      roots[version] = sandbox.root;
    };
    const settled = await Promise.allSettled(
      versions.flatMap((version) => [
        install(version, hostRoots, { [KEY_VAR]: canaryKey }),
        install(version, onboardRoots),
      ]),
    );
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) throw failed.reason;
    project.provide("pluginTarball", tarball);
    project.provide("hostVersions", versions);
    project.provide("hostRoots", hostRoots);
    project.provide("onboardRoots", onboardRoots);
    project.provide("canaryKey", canaryKey);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
