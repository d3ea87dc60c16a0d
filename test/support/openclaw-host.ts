// Real OpenClaw hosts for e2e tests: installs a version once (scripts/openclaw-host.sh) and
// runs its CLI in a throwaway sandbox, so no test ever reads or writes ~/.openclaw.
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hostVersions } from "../../scripts/host-versions.mjs";

/** The hosts the whole e2e suite runs on (hosts.json, role "full"), oldest first. */
export const HOST_VERSIONS: readonly string[] = hostVersions("full");

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

/**
 * Installs openclaw@version into the cache (once per process), detects what it can do
 * (`hostTraits`) if that is not cached beside the install yet, and returns its CLI entry.
 */
export function ensureOpenClawHost(version: string): Promise<string> {
  let pending = installs.get(version);
  if (!pending) {
    pending = installHost(version).then(async (entry) => {
      if (!existsSync(traitsFile(version))) await detectHostTraits(version, entry);
      return entry;
    });
    installs.set(version, pending);
  }
  return pending;
}

function installHost(version: string): Promise<string> {
  return new Promise<string>((done, fail) => {
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
}

/**
 * What a host can do, where the e2e suite has to drive hosts differently. Detected from
 * the host itself (its `--help` text, its config schema, where it puts the agent workspace),
 * never from the version number, so a host line in between gets what it actually has. See
 * test/e2e/HOST-BEHAVIOUR.md for what each host answered.
 */
export type HostTraits = {
  /** `config schema` has `models.catalogRefresh` (6.6 rejects it: "models: Invalid input"). */
  acceptsCatalogRefreshConfig: boolean;
  /** `models list --help` offers `--refresh` (the only way a host lists discovered rows). */
  modelsListRefresh: boolean;
  /**
   * Flags a non-interactive `plugins install <tgz>` needs: `--accept-capabilities` where it
   * exists, and `--force` where it confirms a non-ClawHub source (9.6 refuses without both);
   * where `--force` only means "overwrite" (6.6) it is left out.
   */
  installFlags: string[];
  /**
   * `config schema` has `agents.defaults.modelPolicy` (9.6): the model allowlist lives there.
   * Without it (6.6) the keys of `agents.defaults.models` are the allowlist.
   */
  modelPolicyAllowlist: boolean;
  /** Where `config schema` puts memory-search settings (9.6 rejects the 6.6 key). */
  memorySearchConfig: "memory.search" | "agents.defaults.memorySearch";
  /** Where `agent --local` runs tools such as `read` (`agents list --json`), from the root. */
  workspace: string;
};

function hostCacheDir(version: string): string {
  const root =
    process.env.OPENCLAW_HOST_CACHE ?? join(homedir(), ".cache/cloudsigma-taas/openclaw-hosts");
  return join(root, version);
}

/**
 * Beside the install, so reinstalling a host (openclaw-host.sh starts clean) detects again.
 * The number is the format: raise it when `HostTraits` changes, and every host detects anew.
 */
const TRAITS_FORMAT = 1;
const traitsFile = (version: string) =>
  join(hostCacheDir(version), `cloudsigma-e2e-traits.v${TRAITS_FORMAT}.json`);

const traitsCache = new Map<string, HostTraits>();

/** The detected traits of an installed host (`ensureOpenClawHost` detects them). */
export function hostTraits(version: string): HostTraits {
  let traits = traitsCache.get(version);
  if (!traits) {
    const file = traitsFile(version);
    if (!existsSync(file)) {
      throw new Error(`no detected traits for OpenClaw ${version}: call ensureOpenClawHost first`);
    }
    traits = JSON.parse(readFileSync(file, "utf8")) as HostTraits;
    traitsCache.set(version, traits);
  }
  return traits;
}

/** Parses `--help` text: the option's description line, if the option exists. */
function optionHelp(help: string, flag: string): string | undefined {
  const line = help.split("\n").find((l) => new RegExp(`^\\s*${flag}(\\s|,|$)`).test(l));
  return line?.slice(line.indexOf(flag) + flag.length).trim();
}

/** What the host answered: `plugins install --help`, `models list --help`, `config schema`, `agents list --json`. */
export type HostAnswers = { installHelp: string; listHelp: string; schema: string; agents: string };

/** The traits in what a host answered in a sandbox at `root`. */
export function traitsFromAnswers(answers: HostAnswers, root: string): HostTraits {
  const force = optionHelp(answers.installHelp, "--force");
  type Node = { properties?: Record<string, Node> };
  // The schema is one object; log lines such as `[state-migrations] …` may come first.
  const config =
    (JSON.parse(answers.schema.slice(answers.schema.search(/^\{/m))) as Node).properties ?? {};
  const has = (path: string) => {
    let node: Node | undefined = { properties: config };
    for (const key of path.split(".")) node = node?.properties?.[key];
    return node !== undefined;
  };
  const agents = parseJsonOutput<{ id: string; workspace: string }[]>(answers.agents);
  const main = agents.find((agent) => agent.id === "main");
  if (!main) throw new Error("`openclaw agents list --json` names no main agent");
  return {
    acceptsCatalogRefreshConfig: has("models.catalogRefresh"),
    modelsListRefresh: optionHelp(answers.listHelp, "--refresh") !== undefined,
    installFlags: [
      ...(force !== undefined && /non-ClawHub/i.test(force) ? ["--force"] : []),
      ...(optionHelp(answers.installHelp, "--accept-capabilities") !== undefined
        ? ["--accept-capabilities"]
        : []),
    ],
    modelPolicyAllowlist: has("agents.defaults.modelPolicy"),
    memorySearchConfig: has("memory.search") ? "memory.search" : "agents.defaults.memorySearch",
    workspace: relative(root, main.workspace),
  };
}

/** Asks the host, in a throwaway sandbox, what it can do, and caches the answer beside it. */
export async function detectHostTraits(version: string, entry: string): Promise<HostTraits> {
  const root = await mkdtemp(join(process.env.E2E_TMP_DIR ?? tmpdir(), `openclaw-traits-`));
  try {
    const env = sandboxEnv(root);
    const ask = async (args: string[]) => {
      const run = await runCli(entry, args, { env, cwd: root, timeoutMs: 120_000 });
      if (run.code !== 0) {
        throw new Error(`openclaw ${args.join(" ")} failed on ${version}:\n${run.stderr}`);
      }
      return run.stdout;
    };
    const [installHelp, listHelp, schema, agents] = await Promise.all([
      ask(["plugins", "install", "--help"]),
      ask(["models", "list", "--help"]),
      ask(["config", "schema"]),
      ask(["agents", "list", "--json"]),
    ]);
    const traits = traitsFromAnswers({ installHelp, listHelp, schema, agents }, root);
    // Written whole, then renamed: a second run detecting at once never reads half a file.
    const file = traitsFile(version);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(`${file}.${process.pid}`, `${JSON.stringify(traits, null, 2)}\n`);
    await rename(`${file}.${process.pid}`, file);
    traitsCache.set(version, traits);
    return traits;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
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

/** The isolating environment of a sandbox at `root`: its own HOME, state dir and config. */
function sandboxEnv(root: string): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (kv): kv is [string, string] => kv[1] !== undefined && !LEAKY.test(kv[0]),
    ),
  );
  return {
    ...inherited,
    HOME: join(root, "home"),
    OPENCLAW_HOME: join(root, "home"),
    OPENCLAW_STATE_DIR: join(root, "state"),
    OPENCLAW_CONFIG_PATH: join(root, "state", "openclaw.json"),
    CI: "1",
    OPENCLAW_NO_AUTO_UPDATE: "1",
    NO_COLOR: "1",
  };
}

/** The sandbox already at `root` (e.g. one that a global setup prepared), left as it is. */
export async function attachHostSandbox(version: string, root: string): Promise<HostSandbox> {
  const entry = await ensureOpenClawHost(version);
  const home = join(root, "home");
  const stateDir = join(root, "state");
  const configPath = join(stateDir, "openclaw.json");
  const env = sandboxEnv(root);

  return {
    version,
    entry,
    root,
    home,
    stateDir,
    configPath,
    env,
    workspaceDir: join(root, hostTraits(version).workspace),
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
