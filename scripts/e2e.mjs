// `npm run test:e2e`: the e2e suite once per full OpenClaw host (hosts.json), the hosts side by side (each
// host's files share its sandboxes and run one at a time; the hosts share nothing, so two
// vitest processes keep both cores busy). Output lines are prefixed with the host.
//   OPENCLAW_E2E_HOSTS=2026.9.6     one host only
//   E2E_REPORT_DIR=<dir>            also write <dir>/e2e-<version>.json (vitest JSON reports)
//   any further arguments go to vitest (e.g. a file filter)
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostVersions } from "./host-versions.mjs";
import { packPlugin } from "./pack-plugin.mjs";

const HOSTS = hostVersions("full");
const repoRoot = new URL("..", import.meta.url).pathname;
const wanted = (process.env.OPENCLAW_E2E_HOSTS ?? "")
  .split(",")
  .map((v) => v.trim())
  .filter(Boolean);
const hosts = wanted.length ? wanted : HOSTS;
const reportDir = process.env.E2E_REPORT_DIR;
const observationsDir = join(repoRoot, ".e2e-tmp");
mkdirSync(observationsDir, { recursive: true });
if (reportDir) mkdirSync(reportDir, { recursive: true });

// One tarball for every host: packing rewrites package.json (scripts/pack-manifest.mjs).
const packDir = mkdtempSync(join(tmpdir(), "cloudsigma-e2e-pack-"));
const { tarball } = packPlugin(packDir);

function runHost(version) {
  const args = ["vitest", "run", "-c", "vitest.e2e.config.ts", ...process.argv.slice(2)];
  if (reportDir) {
    args.push("--reporter=default", "--reporter=json");
    args.push(`--outputFile.json=${join(reportDir, `e2e-${version}.json`)}`);
  }
  const child = spawn("npx", args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      OPENCLAW_E2E_HOSTS: version,
      E2E_PLUGIN_TARBALL: tarball,
      E2E_OBSERVATIONS: join(observationsDir, `observations-${version}.jsonl`),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `[${version}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream.on("data", (chunk) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
    });
    stream.on("end", () => {
      if (pending) process.stdout.write(`${prefix}${pending}\n`);
    });
  }
  return new Promise((resolve) => child.on("close", (code) => resolve({ version, code })));
}

const started = Date.now();
const results = await Promise.all(hosts.map(runHost));
const seconds = Math.round((Date.now() - started) / 1000);
rmSync(packDir, { recursive: true, force: true });
for (const { version, code } of results) {
  console.log(`e2e: OpenClaw ${version} ${code === 0 ? "passed" : `FAILED (exit ${code})`}`);
}
console.log(`e2e: ${hosts.length} host(s) in ${seconds} s`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
