// `npm run demo`: the plugin working inside a real, sandboxed OpenClaw, end to end, offline.
// Packs the built plugin, starts a local TaaS double, installs the tarball into the latest
// supported OpenClaw, lists the CloudSigma models, runs one streamed turn and one memory search
// served by CloudSigma embeddings. Run by Node 24
// directly (type stripping); nothing is written outside a temp dir and the host cache.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newestHost } from "./host-versions.mjs";
import { packPlugin } from "./pack-plugin.mjs";

// Computed specifiers: Node's type stripping needs ".ts", tsc's module resolution does not.
type HostModule = typeof import("../test/support/openclaw-host.js");
type DoubleModule = typeof import("../test/support/taas-double/taas-double.js");
const load = async <T>(path: string) => (await import(new URL(path, import.meta.url).href)) as T;
const host = await load<HostModule>("../test/support/openclaw-host.ts");
const { startTaasDouble } = await load<DoubleModule>("../test/support/taas-double/taas-double.ts");

const VERSION = process.env.DEMO_OPENCLAW_VERSION ?? newestHost();
const KEY = "sk-demo-local-double";
const repo = new URL("..", import.meta.url).pathname;
const started = Date.now();

function step(text: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(3);
  console.log(`[${seconds} s] ${text}`);
}

const seedIds = new Set<string>(
  JSON.parse(
    readFileSync(join(repo, "openclaw.plugin.json"), "utf8"),
  ).modelCatalog.providers.cloudsigma.models.map((row: { id: string }) => row.id),
);
const packDir = mkdtempSync(join(tmpdir(), "cloudsigma-demo-"));
const cleanups: Array<() => unknown> = [() => rmSync(packDir, { recursive: true, force: true })];

try {
  step("Packing the plugin (npm pack) ...");
  const packed = packPlugin(packDir);
  const { tarball } = packed;
  step(`  ${packed.filename} (${(packed.size / 1024).toFixed(1)} KiB)`);

  step(
    `Preparing OpenClaw ${VERSION} (downloaded once into ~/.cache/cloudsigma-taas, ~40 s the first time) ...`,
  );
  await host.ensureOpenClawHost(VERSION);

  step(
    "Starting a local TaaS double on 127.0.0.2 (stands in for https://taas.cloudsigma.com/v1) ...",
  );
  const double = await startTaasDouble({
    apiKey: KEY,
    reply: "Hello from CloudSigma TaaS (well, from its local double)!",
    usage: { prompt_tokens: 42, completion_tokens: 12, total_tokens: 54 },
  });
  cleanups.push(() => double.close());
  step(`  listening at ${double.url}`);

  step(
    `Installing the tarball into a sandboxed OpenClaw ${VERSION} (its own HOME and state dir) ...`,
  );
  const sandbox = await host.createHostSandbox(VERSION);
  cleanups.push(() => sandbox.cleanup());
  const install = await sandbox.run(
    ["plugins", "install", tarball, ...host.hostTraits(VERSION).installFlags],
    { timeoutMs: 240_000 },
  );
  if (install.code !== 0)
    throw new Error(`plugins install failed:\n${install.stdout}\n${install.stderr}`);
  const config = await sandbox.readConfig();
  const models = (config.models ?? {}) as Record<string, unknown>;
  await sandbox.writeConfig({
    ...config,
    models: {
      ...models,
      providers: { cloudsigma: { baseUrl: double.url, api: "openai-completions", models: [] } },
    },
  });
  const env = { CLOUDSIGMA_API_KEY: KEY };

  step("Listing the CloudSigma models (openclaw models list --provider cloudsigma --refresh) ...");
  const newer = host.hostTraits(VERSION).modelsListRefresh;
  const list = await sandbox.run(
    ["models", "list", "--provider", "cloudsigma", "--json", ...(newer ? ["--refresh"] : [])],
    { env, timeoutMs: 90_000 },
  );
  const rows =
    host.parseJsonOutput<{
      models?: Array<{ key: string; name?: string; input?: string; contextWindow?: number }>;
    }>(list.stdout).models ?? [];
  console.log("");
  console.log(`  ${"model".padEnd(34)}${"input".padEnd(12)}${"context".padStart(9)}  source`);
  for (const row of rows) {
    const id = row.key.replace(/^cloudsigma\//, "");
    const source = seedIds.has(id)
      ? "built-in seed (openclaw.plugin.json)"
      : "live, from TaaS GET /v1/models";
    console.log(
      `  ${row.key.padEnd(34)}${String(row.input ?? "").padEnd(12)}${String(row.contextWindow ?? "").padStart(9)}  ${source}`,
    );
  }
  console.log("");
  step(`  ${rows.length} models; the double's embedding row is not offered (not a chat route)`);

  step("Running one streamed turn (openclaw agent --local --model cloudsigma/gpt-5.5) ...");
  const turn = await sandbox.run(
    [
      "agent",
      "--local",
      "--session-id",
      "demo",
      "--message",
      "Say hello",
      "--model",
      "cloudsigma/gpt-5.5",
      "--json",
    ],
    { env, timeoutMs: 120_000 },
  );
  if (turn.code !== 0) throw new Error(`agent turn failed:\n${turn.stdout}\n${turn.stderr}`);
  const result = host.parseJsonOutput<{
    payloads?: Array<{ text?: string }>;
    meta?: {
      agentMeta?: { usage?: Record<string, unknown>; lastCallUsage?: Record<string, unknown> };
    };
  }>(turn.stdout);
  const [request] = double.chatRequests();
  const body = (request?.body ?? {}) as {
    stream?: boolean;
    stream_options?: unknown;
    model?: string;
  };
  console.log("");
  console.log(`  reply:  ${result.payloads?.[0]?.text ?? "(none)"}`);
  console.log(
    `  usage:  ${JSON.stringify(result.meta?.agentMeta?.lastCallUsage ?? result.meta?.agentMeta?.usage)}`,
  );
  console.log(
    `  wire:   POST /v1/chat/completions model=${body.model} stream=${body.stream} stream_options=${JSON.stringify(body.stream_options)}`,
  );
  console.log(
    `          Authorization: Bearer <the key> (${request?.headers.authorization === `Bearer ${KEY}` ? "checked" : "MISSING"})`,
  );
  console.log("");

  step("Memory search through CloudSigma embeddings (openclaw memory index, memory search) ...");
  const notes: Record<string, string> = {
    "pets.md": "Our tabby kitten Miso sleeps on the sofa all afternoon.",
    "car.md": "The sedan is parked in the garage on level two.",
    "coffee.md": "Espresso beans come from the barista downtown.",
  };
  const memoryDir = join(sandbox.workspaceDir, "memory");
  mkdirSync(memoryDir, { recursive: true });
  for (const [name, text] of Object.entries(notes)) writeFileSync(join(memoryDir, name), text);
  // 2026.9 reads memory.search; 2026.6 agents.defaults.memorySearch. No model: the plugin
  // picks the embedding route TaaS lists.
  const search = { provider: "cloudsigma", sources: ["memory"] };
  const current = await sandbox.readConfig();
  const agents = (current.agents ?? {}) as { defaults?: Record<string, unknown> };
  await sandbox.writeConfig(
    newer
      ? { ...current, memory: { ...(current.memory as object), search } }
      : {
          ...current,
          agents: { ...agents, defaults: { ...agents.defaults, memorySearch: search } },
        },
  );
  const index = await sandbox.run(["memory", "index", "--force"], { env, timeoutMs: 150_000 });
  if (index.code !== 0) throw new Error(`memory index failed:\n${index.stdout}\n${index.stderr}`);
  const query = "feline companion";
  const found = await sandbox.run(["memory", "search", query, "--json"], {
    env,
    timeoutMs: 150_000,
  });
  const hits =
    host.parseJsonOutput<{ results?: Array<{ path?: string; score?: number }> }>(found.stdout)
      .results ?? [];
  const embeddings = double.embeddingRequests();
  const keyed = embeddings.every((r) => r.headers.authorization === `Bearer ${KEY}`);
  const model = (embeddings[0]?.body as { model?: string } | undefined)?.model;
  console.log("");
  console.log(`  query:  "${query}" (shares no word with any note)`);
  console.log(
    `  top hit: ${hits[0]?.path ?? "(none)"} (score ${hits[0]?.score?.toFixed(3) ?? "-"})`,
  );
  console.log(
    `  wire:   ${embeddings.length} POST /v1/embeddings, model=${model}, Authorization: Bearer <the key> (${keyed ? "checked" : "MISSING"})`,
  );
  console.log("");
  step("Done. Cleaning up the sandbox, the double and the tarball.");
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
