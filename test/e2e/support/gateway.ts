// A long-lived `openclaw gateway run` on loopback inside a sandbox, as operators run it:
// token auth from the config, readiness from its own `/readyz` probe (not a log line),
// turns through `openclaw agent` without `--local`, and a clean SIGTERM stop.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { HostSandbox } from "../../support/openclaw-host.js";

export type Gateway = {
  port: number;
  token: string;
  /** Everything the gateway printed so far. */
  output(): string;
  /** Resolves with the first match of `pattern` in what it printed after `from` characters. */
  waitForOutput(pattern: RegExp, from: number, withinMs?: number): Promise<string>;
  /** Polls `GET /readyz` until 200. */
  waitReady(withinMs?: number): Promise<void>;
  /** Stops with SIGTERM; resolves with the exit code, or null if it had to be killed. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Writes `gateway.{mode, bind, port, auth}` into the sandbox config, starts the gateway and
 * waits until `GET /readyz` answers 200. Clients in the same sandbox find it through the
 * config (port and token), as an operator's CLI does.
 */
export async function startGateway(
  sandbox: HostSandbox,
  env: Record<string, string | undefined> = {},
  readyWithinMs = 180_000,
): Promise<Gateway> {
  const port = await freePort();
  const token = `gw-${randomBytes(12).toString("hex")}`;
  const config = await sandbox.readConfig();
  await sandbox.writeConfig({
    ...config,
    gateway: {
      ...(config.gateway as Record<string, unknown> | undefined),
      mode: "local",
      bind: "loopback",
      port,
      auth: { mode: "token", token },
    },
  });
  const child = spawn(process.execPath, [sandbox.entry, "gateway", "run", "--port", String(port)], {
    cwd: sandbox.root,
    env: { ...sandbox.env, ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const gateway: Gateway = {
    port,
    token,
    output: () => output,
    async waitForOutput(pattern, from, withinMs = 60_000) {
      for (const started = Date.now(); ; await sleep(250)) {
        const match = output.slice(from).match(pattern);
        if (match) return match[0];
        if (Date.now() - started > withinMs) {
          throw new Error(`gateway printed no ${pattern} within ${withinMs} ms`);
        }
      }
    },
    async waitReady(withinMs = 60_000) {
      for (const started = Date.now(); !(await ready(port)); await sleep(250)) {
        if (Date.now() - started > withinMs) throw new Error(`gateway not ready in ${withinMs} ms`);
      }
    },
    stop: () => stopGateway(child, exited),
  };
  const started = Date.now();
  for (;;) {
    const early = await Promise.race([exited, sleep(500).then(() => undefined)]);
    if (early)
      throw new Error(`gateway exited (${early.code ?? early.signal}) before ready:\n${output}`);
    if (await ready(port)) return gateway;
    if (Date.now() - started > readyWithinMs) {
      await gateway.stop();
      throw new Error(`gateway not ready within ${readyWithinMs} ms:\n${output}`);
    }
  }
}

async function ready(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, {
      signal: AbortSignal.timeout(2_000),
    });
    return response.status === 200;
  } catch {
    return false;
  }
}

async function stopGateway(
  child: ChildProcess,
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
) {
  const started = Date.now();
  if (child.exitCode !== null || child.signalCode !== null) {
    return { ...(await exited), ms: 0 };
  }
  child.kill("SIGTERM");
  const outcome = await Promise.race([exited, sleep(30_000).then(() => undefined)]);
  if (outcome) return { ...outcome, ms: Date.now() - started };
  if (child.pid) process.kill(-child.pid, "SIGKILL");
  return { code: null, signal: "SIGKILL" as NodeJS.Signals, ms: Date.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type GatewayTurn = {
  code: number | null;
  ms: number;
  stderr: string;
  status?: string;
  text?: string;
  /** `result.meta.agentMeta` of the gateway's answer. */
  agentMeta?: Record<string, unknown>;
};

/** One `openclaw agent` turn through the running gateway (no `--local`). */
export async function gatewayTurn(
  sandbox: HostSandbox,
  message: string,
  options: { sessionId: string; model: string; thinking?: string; env?: Record<string, string> },
): Promise<GatewayTurn> {
  const args = ["agent", "--session-id", options.sessionId, "--message", message];
  args.push("--model", options.model, "--json");
  if (options.thinking) args.push("--thinking", options.thinking);
  const run = await sandbox.run(args, { env: options.env ?? {}, timeoutMs: 150_000 });
  const start = run.stdout.search(/^\{/m);
  const json =
    start >= 0
      ? (JSON.parse(run.stdout.slice(start)) as {
          status?: string;
          result?: {
            payloads?: { text?: string }[];
            meta?: { agentMeta?: Record<string, unknown> };
          };
        })
      : undefined;
  return {
    code: run.code,
    ms: run.ms,
    stderr: run.stderr,
    status: json?.status,
    text: json?.result?.payloads?.at(-1)?.text ?? undefined,
    agentMeta: json?.result?.meta?.agentMeta,
  };
}
