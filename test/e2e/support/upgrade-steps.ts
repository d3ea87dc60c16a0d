// Host steps for an operator whose key lives only in the host's store: no key variable is
// ever set, so every request must carry the stored key.
import type { HostSandbox } from "../../support/openclaw-host.js";
import { parseJsonOutput } from "../../support/openclaw-host.js";
import type { TaasDouble } from "../../support/taas-double/taas-double.js";
import type { InspectReport } from "./cloudsigma-host.js";

/** Non-interactive onboarding as the listing and the README document it; the key goes last. */
export const ONBOARD_ARGS = [
  "onboard",
  "--non-interactive",
  "--accept-risk",
  "--auth-choice",
  "cloudsigma-api-key",
  "--skip-channels",
  "--skip-skills",
  "--skip-health",
  "--no-install-daemon",
  "--cloudsigma-api-key",
];

export async function inspectPlugin(
  host: HostSandbox,
): Promise<InspectReport & { plugin: { version?: string } }> {
  const run = await host.run(["plugins", "inspect", "cloudsigma", "--runtime", "--json"], {
    timeoutMs: 90_000,
  });
  return parseJsonOutput(run.stdout);
}

/** The `cloudsigma/<id>` keys `models list` shows (`--refresh` runs the catalog on 2026.9). */
export async function listModels(host: HostSandbox, refresh: boolean): Promise<string[]> {
  const args = ["models", "list", "--provider", "cloudsigma", "--json"];
  const run = await host.run(refresh ? [...args, "--refresh"] : args, { timeoutMs: 120_000 });
  if (run.code !== 0) throw new Error(`models list failed: ${run.stderr}`);
  const rows = parseJsonOutput<{ models?: { key: string }[] }>(run.stdout).models ?? [];
  return rows.map((row) => row.key);
}

export type Turn = { code: number | null; stderr: string; text?: string; contextTokens?: number };

/** One `agent --local` turn on `cloudsigma/<model>`. */
export async function turn(
  host: HostSandbox,
  message: string,
  session: string,
  model = "gpt-5.5",
): Promise<Turn> {
  const args = ["agent", "--local", "--session-id", session, "--message", message];
  const run = await host.run([...args, "--model", `cloudsigma/${model}`, "--json"], {
    timeoutMs: 150_000,
  });
  if (run.code !== 0) return { code: run.code, stderr: `${run.stdout}\n${run.stderr}` };
  const json = parseJsonOutput<{
    payloads?: { text?: string }[];
    meta?: { agentMeta?: { contextTokens?: number } };
  }>(run.stdout);
  return {
    code: run.code,
    stderr: run.stderr,
    text: json.payloads?.at(-1)?.text,
    contextTokens: json.meta?.agentMeta?.contextTokens,
  };
}

type ChatBody = {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content?: unknown }[];
};

/** The bodies of the chat requests the double received, in order. */
export function chatBodies(double: TaasDouble): ChatBody[] {
  return double.chatRequests().map((request) => request.body as ChatBody);
}
