// A real host with the packed cloudsigma plugin installed, pointed at a TaaS double.
// Facts behind each step (flags, JSON paths, per-host differences) are in ../HOST-BEHAVIOUR.md.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  attachHostSandbox,
  baseConfig,
  createHostSandbox,
  type HostSandbox,
  hostTraits,
  parseJsonOutput,
  type RunResult,
} from "../../support/openclaw-host.js";

export const PROVIDER = "cloudsigma";
export const KEY_VAR = "CLOUDSIGMA_API_KEY";
export const TEST_KEY = "sk-e2e-not-a-real-key";

export type AgentJson = {
  payloads?: { text?: string }[];
  meta?: {
    stopReason?: string;
    agentMeta?: {
      provider?: string;
      model?: string;
      contextTokens?: number;
      usage?: { input?: number; output?: number; total?: number };
      lastCallUsage?: { input?: number; output?: number; total?: number };
    };
  };
  /** 2026.9.6 prints `{ ok: false, error }` on stdout when a turn fails; 6.6 prints nothing. */
  ok?: boolean;
  error?: { message?: string };
};
export type AgentRun = RunResult & { json?: AgentJson };
export type InspectReport = {
  plugin: {
    id: string;
    status: string;
    error?: unknown;
    providerIds: string[];
    imported?: boolean;
  };
  diagnostics: { level: string; message: string }[];
};
export type ModelRow = {
  key: string;
  name?: string;
  /** "text" or "text+image". */
  input?: string;
  contextWindow?: number;
  available?: boolean;
};
export type ModelsListRun = RunResult & { models: ModelRow[] };

export type CloudSigmaHost = HostSandbox & {
  /** `agent --local ... --json`; `key: null` runs without CLOUDSIGMA_API_KEY. */
  agent(
    message: string,
    options?: { sessionId?: string; model?: string; key?: string | null; provider?: string },
  ): Promise<AgentRun>;
  inspectRuntime(): Promise<InspectReport & { run: RunResult }>;
  modelsList(options?: {
    key?: string | null;
    refresh?: boolean;
    all?: boolean;
    provider?: string;
  }): Promise<ModelsListRun>;
};

/** Where the install's own output is kept, inside the sandbox, so secret scans cover it. */
const INSTALL_OUTPUT = "plugins-install-output.txt";

/** Creates a sandbox and installs the tarball into it (6.6: ~50 s, 9.6: ~11 s). */
export async function installCloudSigma(
  version: string,
  tarball: string,
  env: Record<string, string> = {},
): Promise<HostSandbox> {
  const sandbox = await createHostSandbox(version);
  const install = await sandbox.run(
    ["plugins", "install", tarball, ...hostTraits(version).installFlags],
    { timeoutMs: 300_000, env },
  );
  await writeFile(join(sandbox.root, INSTALL_OUTPUT), `${install.stdout}\n${install.stderr}`);
  if (install.code !== 0) {
    await sandbox.cleanup();
    throw new Error(
      `plugins install failed on ${version} (${install.code}):\n${install.stdout}\n${install.stderr}`,
    );
  }
  return sandbox;
}

/**
 * Routes the provider to the double. Both hosts reject a custom provider entry without a
 * `models` array; an empty one leaves the rows to the plugin.
 */
export function routeToDouble(
  config: Record<string, unknown>,
  version: string,
  baseUrl: string,
): Record<string, unknown> {
  const base = baseConfig(version);
  return {
    ...config,
    models: {
      ...(base.models as Record<string, unknown> | undefined),
      providers: { [PROVIDER]: { baseUrl, api: "openai-completions", models: [] } },
    },
  };
}

/** The sandbox that global setup installed, now pointed at `baseUrl`. */
export async function attachCloudSigma(
  version: string,
  root: string,
  baseUrl: string,
): Promise<CloudSigmaHost> {
  const sandbox = await attachHostSandbox(version, root);
  // The install rewrote the config (plugins.entries, meta): keep that, replace models.
  await sandbox.writeConfig(routeToDouble(await sandbox.readConfig(), version, baseUrl));

  const keyEnv = (key: string | null | undefined) => ({
    [KEY_VAR]: key === null ? undefined : (key ?? TEST_KEY),
  });

  return {
    ...sandbox,
    async agent(message, options = {}) {
      const args = ["agent", "--local", "--session-id", options.sessionId ?? "e2e"];
      args.push(
        "--message",
        message,
        "--model",
        `${options.provider ?? PROVIDER}/${options.model ?? "gpt-5.5"}`,
        "--json",
      );
      const result = await sandbox.run(args, { env: keyEnv(options.key), timeoutMs: 150_000 });
      const json = result.stdout.trim() ? parseJsonOutput<AgentJson>(result.stdout) : undefined;
      return { ...result, json };
    },
    async inspectRuntime() {
      const args = ["plugins", "inspect", PROVIDER, "--runtime", "--json"];
      const run = await sandbox.run(args, { timeoutMs: 90_000 });
      // The exit code is 0 even when the plugin failed to load: the status field tells.
      return { ...parseJsonOutput<InspectReport>(run.stdout), run };
    },
    async modelsList(options = {}) {
      const args = ["models", "list", "--provider", options.provider ?? PROVIDER, "--json"];
      if (options.refresh) args.push("--refresh");
      if (options.all) args.push("--all");
      const result = await sandbox.run(args, { env: keyEnv(options.key), timeoutMs: 90_000 });
      const parsed = result.stdout.trim()
        ? parseJsonOutput<{ models?: ModelRow[] }>(result.stdout)
        : {};
      return { ...result, models: parsed.models ?? [] };
    },
  };
}

/** Puts a file where the host's `read` tool resolves relative paths. */
export async function writeWorkspaceFile(
  host: HostSandbox,
  name: string,
  content: string | Uint8Array,
): Promise<void> {
  await mkdir(host.workspaceDir, { recursive: true });
  await writeFile(join(host.workspaceDir, name), content);
}
