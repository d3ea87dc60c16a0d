// Historical (issue 10, archived): tries to reproduce the stray `GET /v1/models` without
// Authorization (./findings-lab-notes.md, "Discovery, alias, onboarding, secrets"): 2026.6.6
// and 2026.9.6 alias listings run at once, right after a config change, against one shared
// TaaS double that wants a key. It names those two hosts on purpose (it repeats that run).
// Usage: scripts/node24.sh node test/e2e/archive/stray-request-repro.mjs [--rounds 20]
// Exit 0 when every /v1/models request carried the key, 1 otherwise.
import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { packPlugin } from "../../../scripts/pack-plugin.mjs";

const argRounds = process.argv.indexOf("--rounds");
const ROUNDS = argRounds > 0 ? Number(process.argv[argRounds + 1]) : 20;
const KEY = `sk-stray-${process.pid}-${Date.now().toString(36)}`;
const repo = new URL("../../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "stray-repro-"));
const started = Date.now();
const log = (text) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);
const sh = promisify(execFile);

// --- Who opened each connection: wrap http.createServer before the double calls it, so every
// request gets an `x-repro-peer` header (client pid, command, owning job) from `ss` + /proc.
const jobs = new Map(); // pid of a CLI we spawned -> job label ("6.6 --provider cloudsigma r3")
const peers = new WeakMap(); // socket -> Promise<peer>
const proc = (pid, file) => readFileSync(`/proc/${pid}/${file}`, "utf8");
async function peerOf(socket) {
  const filter = `( sport = :${socket.remotePort} and dport = :${socket.localPort} )`;
  const { stdout } = await sh("ss", ["-tnpH", filter]).catch(() => ({ stdout: "" }));
  const pid = Number(/pid=(\d+)/.exec(stdout)?.[1]);
  if (!pid) return { pid: null, owner: "unknown (socket gone)" };
  let cmd = "?";
  let owner;
  try {
    cmd = proc(pid, "cmdline").split("\0").join(" ").replaceAll(KEY, "<key>").trim().slice(0, 160);
    // OpenClaw renames and may re-spawn itself: walk up the parents to a CLI we started.
    for (let p = pid; p > 1 && !owner; p = Number(proc(p, "stat").split(") ")[1].split(" ")[1])) {
      owner = jobs.get(p);
    }
  } catch {}
  return { pid, cmd, owner: owner ?? `OUTSIDE: ${cmd}` };
}
const realCreateServer = http.createServer;
http.createServer = (handler) =>
  realCreateServer(async (req, res) => {
    if (!peers.has(req.socket)) peers.set(req.socket, peerOf(req.socket));
    req.headers["x-repro-peer"] = JSON.stringify(await peers.get(req.socket));
    handler(req, res);
  });
syncBuiltinESMExports();

// Computed specifier: Node 24 strips the types of the .ts double (as scripts/demo.ts does).
const doubleUrl = new URL("../../support/taas-double/taas-double.ts", import.meta.url).href;
const { startTaasDouble } = await import(doubleUrl);
const double = await startTaasDouble({
  apiKey: KEY,
  idleMs: 6 * 3600_000,
  maxLifetimeMs: 6 * 3600_000,
});
http.createServer = realCreateServer;
syncBuiltinESMExports();
log(`double at ${double.url}`);

// --- Sandboxes (as test/support/openclaw-host.ts builds them): own HOME/state/config, no leaking OPENCLAW_*/CLOUDSIGMA_*/npm_*.
const LEAKY = /^(VITEST|VITE_|OPENCLAW_|CLOUDSIGMA_|npm_|NODE_OPTIONS$|NODE_ENV$|TEST$|INIT_CWD$)/i;
const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !LEAKY.test(k)));
function sandbox(version) {
  const root = join(work, version);
  for (const d of ["home", "state", "logs"]) mkdirSync(join(root, d), { recursive: true });
  const entry = execFileSync("bash", [join(repo, "scripts/openclaw-host.sh"), version], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  })
    .trim()
    .split("\n")
    .at(-1);
  const configPath = join(root, "state/openclaw.json");
  const env = {
    ...inherited,
    HOME: join(root, "home"),
    OPENCLAW_HOME: join(root, "home"),
    OPENCLAW_STATE_DIR: join(root, "state"),
    OPENCLAW_CONFIG_PATH: configPath,
    CI: "1",
    OPENCLAW_NO_AUTO_UPDATE: "1",
    NO_COLOR: "1",
  };
  const short = version.split(".").slice(1).join("."); // "6.6" / "9.6"
  const config = {
    update: { checkOnStart: false },
    plugins: { allow: ["cloudsigma"] },
    logging: { file: join(root, "logs/x.log") },
    ...(short === "9.6" ? { models: { catalogRefresh: { enabled: false } } } : {}),
  };
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  return { version, short, root, entry, env, configPath };
}

// Runs the CLI in its own process group (so `ss` pids map back to the job); never throws.
function run(box, args, { label, key, timeoutMs = 240_000 } = {}) {
  return new Promise((done) => {
    const t0 = Date.now();
    const env = { ...box.env, ...(key ? { CLOUDSIGMA_API_KEY: key } : {}) };
    const child = spawn(process.execPath, [box.entry, ...args], {
      cwd: box.root,
      env,
      detached: true,
    });
    if (label) jobs.set(child.pid, label);
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    const timer = setTimeout(() => process.kill(-child.pid, "SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, out, ms: Date.now() - t0 });
    });
  });
}

const cleanup = async () => {
  await double.close();
  rmSync(work, { recursive: true, force: true });
};
process.on("SIGINT", () => cleanup().then(() => process.exit(130)));
let exitCode = 2; // setup failed
try {
  // --- Setup: build, pack, both hosts, install the tarball into each.
  log("npm run build, npm pack ...");
  execFileSync("npm", ["run", "-s", "build"], {
    cwd: repo,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const packed = packPlugin(work);
  const { tarball } = packed;
  const boxes = ["2026.6.6", "2026.9.6"].map(sandbox);
  log(`installing ${packed.filename} into ${boxes.map((b) => b.version).join(" and ")} ...`);
  const installs = await Promise.all(
    boxes.map((b) =>
      run(
        b,
        [
          "plugins",
          "install",
          tarball,
          ...(b.short === "9.6" ? ["--force", "--accept-capabilities"] : []),
        ],
        {
          label: `${b.short} install`,
        },
      ),
    ),
  );
  installs.forEach((r, i) => {
    if (r.code !== 0) throw new Error(`install into ${boxes[i].version} failed:\n${r.out}`);
  });
  for (const b of boxes) b.installed = JSON.parse(readFileSync(b.configPath, "utf8"));
  log(`installed (${installs.map((r) => `${(r.ms / 1000).toFixed(0)} s`).join(", ")})`);

  // The config change of each round: the provider entry re-written, and the alias that
  // onboarding adds (agents.defaults.models) toggled.
  function rewriteConfig(b, round) {
    const c = structuredClone(b.installed);
    c.models = {
      ...c.models,
      providers: { cloudsigma: { baseUrl: double.url, api: "openai-completions", models: [] } },
    };
    if (round % 2)
      c.agents = { defaults: { models: { "cloudsigma/gpt-5.5": { alias: "CloudSigma TaaS" } } } };
    writeFileSync(b.configPath, JSON.stringify(c, null, 2));
  }

  const records = []; // one per request the double got
  const take = (round) => {
    for (const r of double.requests.splice(0)) {
      const peer = JSON.parse(r.headers["x-repro-peer"] ?? "{}");
      const auth = r.headers.authorization;
      records.push({
        round,
        at: new Date(r.at).toISOString(),
        method: r.method,
        path: r.path,
        auth:
          auth === undefined
            ? "none"
            : auth === `Bearer ${KEY}`
              ? "Bearer <key>"
              : `other (${auth.split(" ")[0]}, ${auth.length} chars)`,
        userAgent: r.headers["user-agent"] ?? "(none)",
        owner: peer.owner ?? "unknown",
        pid: peer.pid,
        cmd: peer.cmd,
      });
    }
  };
  take("setup");

  // --- Rounds: config change, then four listings at once. Rounds 2, 6, ... leave 6.6 without
  // the key, rounds 4, 8, ... leave 9.6 without it, odd rounds give both the key.
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const b of boxes) rewriteConfig(b, round);
    const keyless = round % 4 === 2 ? "6.6" : round % 4 === 0 ? "9.6" : null;
    const cmds = boxes.flatMap((b) =>
      ["cloudsigma", "cloudsigma-taas"].map((provider) => ({
        b,
        label: `${b.short} --provider ${provider}${keyless === b.short ? " (no key)" : ""} r${round}`,
        args: [
          "models",
          "list",
          "--provider",
          provider,
          ...(b.short === "9.6" ? ["--refresh"] : []),
          "--json",
        ],
      })),
    );
    const t0 = Date.now();
    const results = await Promise.all(
      cmds.map((c) =>
        run(c.b, c.args, { label: c.label, key: keyless === c.b.short ? undefined : KEY }),
      ),
    );
    await new Promise((r) => setTimeout(r, 500)); // late requests still count to this round
    const before = records.length;
    take(round);
    const got = records.slice(before);
    const bad = results
      .map((r, i) => (r.code === 0 ? null : `${cmds[i].label}: exit ${r.code}`))
      .filter(Boolean);
    rounds.push({
      round,
      keyless,
      ms: Date.now() - t0,
      exits: results.map((r) => r.code),
      cliMs: results.map((r) => r.ms),
    });
    log(
      `round ${round}/${ROUNDS}${keyless ? ` (${keyless} without key)` : ""}: ${((Date.now() - t0) / 1000).toFixed(0)} s, ` +
        `${got.length} requests (${got.filter((r) => r.auth === "none").length} without auth)` +
        (bad.length
          ? `; ${bad.join("; ")}\n${results.find((r) => r.code !== 0).out.slice(-1500)}`
          : ""),
    );
  }

  // --- Summary and raw log.
  const table = new Map();
  for (const r of records) {
    const host = r.owner.replace(/ r\d+$/, "");
    const k = [`${r.method} ${r.path}`, r.auth, r.userAgent, host].join(" | ");
    table.set(k, (table.get(k) ?? 0) + 1);
  }
  console.log(`\ncount | request | auth | user-agent | owner (host, command, key)`);
  for (const [k, n] of [...table].sort()) console.log(`${String(n).padStart(5)} | ${k}`);
  const rawPath = join(tmpdir(), `stray-requests-${Date.now()}.json`);
  writeFileSync(rawPath, JSON.stringify({ rounds, records }, null, 2));
  console.log(`\nraw log: ${rawPath}`);
  const offending = records.filter((r) => r.path === "/v1/models" && r.auth !== "Bearer <key>");
  if (offending.length) {
    console.log(`\n${offending.length} /v1/models request(s) without the key:`);
    for (const r of offending) console.log(JSON.stringify(r));
  }
  log(`done: ${ROUNDS} rounds, ${records.length} requests`);
  exitCode = offending.length ? 1 : 0;
} finally {
  await cleanup();
}
process.exit(exitCode);
