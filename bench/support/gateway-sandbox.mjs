// A real OpenClaw host in a throwaway sandbox (never ~/.openclaw), the e2e suite's own
// (test/support/openclaw-host.ts): the packed plugin installed or not, and one
// `openclaw gateway run` timed from spawn until its own `/readyz` answers 200.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { packPlugin } from "../../scripts/pack-plugin.mjs";

const POLL_MS = 25;

// Node 24 strips the module's types; a computed specifier, as scripts/demo.ts loads it.
const hostModule = new URL("../../test/support/openclaw-host.ts", import.meta.url).href;
/** `createHostSandbox(version)`: temp HOME, state and config, the parent's variables dropped. */
export const { createHostSandbox } = await import(hostModule);

/** `npm pack` into `dir`; refuses a tarball packed while a build was rewriting dist/. */
export async function packCompletePlugin(dir) {
  const packed = packPlugin(dir);
  const files = packed.files.map((file) => file.path);
  const complete =
    files.includes("dist/index.js") &&
    files.some((path) => /^dist\/chunks\/capability-runtime-[^/]+\.js$/.test(path));
  if (!complete) throw new Error("the packed tarball has no complete dist/ (was a build running?)");
  return packed.tarball;
}

/** `openclaw plugins install <tgz>` as an operator runs it non-interactively on 2026.9. */
export async function installPlugin(sandbox, tarball, pluginId = "cloudsigma") {
  const args = ["plugins", "install", tarball, "--force", "--accept-capabilities"];
  const install = await sandbox.run(args, { timeoutMs: 10 * 60_000 });
  if (install.code !== 0) throw new Error(`plugins install failed:\n${install.stderr}`);
  const installed = join(sandbox.stateDir, "extensions", pluginId, "dist", "index.js");
  if (!existsSync(installed)) throw new Error(`plugins install left no ${installed}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function isReady(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, {
      signal: AbortSignal.timeout(1_000),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes `config` plus a loopback, token-auth `gateway` block, starts `openclaw gateway run`
 * and times spawn → first `/readyz` 200 (polled every POLL_MS); then SIGTERM and the exit.
 * Returns { readyMs, stopMs, exitCode, plugins } (`plugins`: what the gateway says it loaded).
 */
export async function timeGatewayStart(sandbox, config, readyWithinMs = 300_000) {
  const port = await freePort();
  const token = `gw-${randomBytes(12).toString("hex")}`;
  await sandbox.writeConfig({
    ...config,
    gateway: { mode: "local", bind: "loopback", port, auth: { mode: "token", token } },
  });
  const started = performance.now();
  const child = spawn(process.execPath, [sandbox.entry, "gateway", "run", "--port", String(port)], {
    cwd: sandbox.root,
    env: sandbox.env,
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so a gateway that will not stop takes its helpers with it.
    detached: true,
  });
  let output = "";
  const keep = (chunk) => {
    output = (output + chunk).slice(-64_000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve({ code })));
  try {
    let readyMs;
    while (readyMs === undefined) {
      if (child.exitCode !== null) throw new Error(`gateway exited before ready:\n${output}`);
      if (performance.now() - started > readyWithinMs)
        throw new Error(`gateway not ready within ${readyWithinMs} ms:\n${output}`);
      if (await isReady(port)) readyMs = performance.now() - started;
      else await sleep(POLL_MS);
    }
    const stopStarted = performance.now();
    child.kill("SIGTERM");
    const stopped = await Promise.race([exited, sleep(60_000)]);
    if (!stopped) throw new Error(`gateway did not stop within 60 s of SIGTERM:\n${output}`);
    return {
      readyMs,
      stopMs: performance.now() - stopStarted,
      exitCode: stopped.code,
      plugins: loadedPlugins(output),
    };
  } finally {
    // The whole group: a gateway that never got ready, or a helper outliving a clean exit.
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
  }
}

/** "http server listening (15 plugins: anthropic, cloudsigma, …; 12.1s)" → the ids, or null. */
function loadedPlugins(output) {
  const list = output.match(/listening \(\d+ plugins?: ([^;)]*)/)?.[1];
  return list === undefined ? null : list.split(",").map((id) => id.trim());
}
