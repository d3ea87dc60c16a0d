// Real OpenClaw hosts for e2e tests: installs a version once (scripts/openclaw-host.sh) and
// runs its CLI in a throwaway sandbox, so no test ever reads or writes ~/.openclaw.
import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HOST_VERSIONS = ["2026.6.6", "2026.9.6"] as const;

const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const installScript = join(repoRoot, "scripts/openclaw-host.sh");

export type RunResult = {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
};
export type RunOptions = {
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Written to stdin, then closed (e.g. a key for `models auth paste-api-key`). */
  input?: string;
};

export type HostSandbox = {
  version: string;
  /** Path to the host's openclaw.mjs. */
  entry: string;
  root: string;
  home: string;
  stateDir: string;
  configPath: string;
  /** The isolating environment every run gets (before per-run additions). */
  env: Record<string, string>;
  /** Where tools of `agent --local` read and write files. */
  workspaceDir: string;
  run(args: string[], options?: RunOptions): Promise<RunResult>;
  readConfig(): Promise<Record<string, unknown>>;
  writeConfig(config: Record<string, unknown>): Promise<void>;
  cleanup(): Promise<void>;
};

const installs = new Map<string, Promise<string>>();

/** Installs openclaw@version into the cache (once per process) and returns its CLI entry. */
export function ensureOpenClawHost(version: string): Promise<string> {
  let pending = installs.get(version);
  if (!pending) {
    pending = new Promise<string>((done, fail) => {
      // Installs take 30-45 s cold; cached ones return at once.
      execFile(
        "bash",
        [installScript, version],
        { timeout: 10 * 60_000 },
        (error, stdout, stderr) => {
          if (error)
            fail(new Error(`openclaw-host.sh ${version} failed: ${error.message}\n${stderr}`));
          else done(stdout.trim().split("\n").at(-1) ?? "");
        },
      );
    });
    installs.set(version, pending);
  }
  return pending;
}

/**
 * What differs between the host versions we drive (see test/e2e/FINDINGS.md). Only
 * 2026.6.6 and 2026.9.6 were observed; versions in between are assumed to be like 6.6.
 */
export function hostTraits(version: string) {
  const [year = 0, month = 0] = version.split(".").map(Number);
  const newer = year > 2026 || (year === 2026 && month >= 9);
  return {
    /** 6.6 rejects `models.catalogRefresh` ("models: Invalid input"). */
    acceptsCatalogRefreshConfig: newer,
    /** 9.6 refuses a local archive without these when not interactive. */
    installFlags: newer ? ["--force", "--accept-capabilities"] : [],
    /** Where `agent --local` runs tools such as `read`: 6.6 under HOME, 9.6 under the state dir. */
    workspaceDir: (sandbox: { home: string; stateDir: string }) =>
      newer ? join(sandbox.stateDir, "workspace") : join(sandbox.home, ".openclaw", "workspace"),
  };
}

/** The starting config: our plugin only, no update check, no remote catalog refresh. */
export function baseConfig(version: string, pluginId = "cloudsigma"): Record<string, unknown> {
  return {
    update: { checkOnStart: false },
    ...(hostTraits(version).acceptsCatalogRefreshConfig
      ? { models: { catalogRefresh: { enabled: false } } }
      : {}),
    plugins: { allow: [pluginId] },
  };
}

// The parent's variables must not leak in: a stray VITEST makes some bundled code change
// behaviour, a real key or OPENCLAW_* path would defeat the sandbox, and `npm run`'s
// npm_config_* would steer the npm that `plugins install` runs.
const LEAKY = /^(VITEST|VITE_|OPENCLAW_|CLOUDSIGMA_|npm_|NODE_OPTIONS$|NODE_ENV$|TEST$|INIT_CWD$)/i;

/** A fresh sandbox: temp dirs and a starting config (default: `baseConfig(version)`, own log). */
export async function createHostSandbox(
  version: string,
  options: { config?: Record<string, unknown>; pluginId?: string } = {},
): Promise<HostSandbox> {
  const root = await mkdtemp(join(process.env.E2E_TMP_DIR ?? tmpdir(), `openclaw-${version}-`));
  await mkdir(join(root, "home"), { recursive: true });
  await mkdir(join(root, "state"), { recursive: true });
  const sandbox = await attachHostSandbox(version, root);
  await sandbox.writeConfig(
    options.config ?? {
      ...baseConfig(version, options.pluginId),
      // Otherwise 9.6 writes its rolling log to the shared /tmp/openclaw, outside the sandbox.
      logging: { file: join(root, "logs", "openclaw.log") },
    },
  );
  return sandbox;
}

/** The sandbox already at `root` (e.g. one that a global setup prepared), left as it is. */
export async function attachHostSandbox(version: string, root: string): Promise<HostSandbox> {
  const entry = await ensureOpenClawHost(version);
  const home = join(root, "home");
  const stateDir = join(root, "state");
  const configPath = join(stateDir, "openclaw.json");

  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (kv): kv is [string, string] => kv[1] !== undefined && !LEAKY.test(kv[0]),
    ),
  );
  const env: Record<string, string> = {
    ...inherited,
    HOME: home,
    OPENCLAW_HOME: home,
    OPENCLAW_STATE_DIR: stateDir,
    OPENCLAW_CONFIG_PATH: configPath,
    CI: "1",
    OPENCLAW_NO_AUTO_UPDATE: "1",
    NO_COLOR: "1",
  };

  return {
    version,
    entry,
    root,
    home,
    stateDir,
    configPath,
    env,
    workspaceDir: hostTraits(version).workspaceDir({ home, stateDir }),
    run: (args, runOptions = {}) =>
      runCli(entry, args, {
        ...runOptions,
        env: { ...env, ...runOptions.env },
        cwd: runOptions.cwd ?? root,
      }),
    readConfig: async () =>
      JSON.parse(await readFile(configPath, "utf8")) as Record<string, unknown>,
    writeConfig: (config) => writeFile(configPath, `${JSON.stringify(config, null, 2)}\n`),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** Runs `node <entry> ...args` without blocking the event loop (a double may live in this process). */
function runCli(entry: string, args: string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      // Own process group, so a timeout also ends what the CLI started (e.g. npm).
      detached: true,
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs ?? 120_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr, ms: Date.now() - started, timedOut });
    });
  });
}

/** Parses the JSON document a `--json` command printed, skipping any log lines before it. */
export function parseJsonOutput<T = unknown>(stdout: string): T {
  const start = stdout.search(/^[[{]/m);
  if (start < 0) throw new Error(`no JSON in output:\n${stdout.slice(0, 2000)}`);
  return JSON.parse(stdout.slice(start)) as T;
}
