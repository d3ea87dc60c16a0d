// A chat turn with attachments through a running gateway, as a web or native client sends
// it: `chat.send`, then `agent.wait` for the run, then `chat.history` for the reply (2026.6.6's
// `agent.wait` returns only a status). Each RPC goes through `openclaw gateway call`.
import { type HostSandbox, parseJsonOutput } from "../../support/openclaw-host.js";
import type { Gateway } from "./gateway.js";

export type ChatAttachment = { mimeType: string; fileName: string; content: string };
export type HistoryMessage = { role?: string; content?: unknown };
export type ChatTurn = {
  /** `chat.send`'s acknowledgement, e.g. `{ runId, status: "started" }`. */
  ack: { runId?: string; status?: string };
  /** `agent.wait`'s answer: `status` on both hosts, 9.6 adds `terminalReply`. */
  wait: { status?: string; terminalReply?: { text?: string } };
  history: HistoryMessage[];
  ms: number;
};

/** `openclaw gateway call <method>` with the gateway's token; the parsed JSON answer. */
export async function gatewayCall<T>(
  host: HostSandbox,
  gateway: Gateway,
  method: string,
  params: Record<string, unknown>,
  timeoutMs = 60_000,
): Promise<T> {
  const args = ["gateway", "call", method, "--token", gateway.token, "--json"];
  args.push("--timeout", String(timeoutMs), "--params", JSON.stringify(params));
  // The CLI itself needs some seconds to start on a loaded machine.
  const run = await host.run(args, { timeoutMs: timeoutMs + 60_000 });
  if (run.code !== 0) {
    throw new Error(`gateway call ${method} exited ${run.code}:\n${run.stderr}\n${run.stdout}`);
  }
  return parseJsonOutput<T>(run.stdout);
}

/** Sends `message` with `attachments`, waits for the run to end and reads the session back. */
export async function sendChat(
  host: HostSandbox,
  gateway: Gateway,
  turn: { sessionKey: string; runId: string; message: string; attachments: ChatAttachment[] },
): Promise<ChatTurn> {
  const started = Date.now();
  // 2026.6.6 acknowledged only after ~20 s (its 10 s default timed out though the run went on).
  const ack = await gatewayCall<ChatTurn["ack"]>(host, gateway, "chat.send", {
    sessionKey: turn.sessionKey,
    message: turn.message,
    idempotencyKey: turn.runId,
    attachments: turn.attachments,
  });
  const wait = await gatewayCall<ChatTurn["wait"]>(
    host,
    gateway,
    "agent.wait",
    { runId: turn.runId, timeoutMs: 110_000 },
    120_000,
  );
  const { messages = [] } = await gatewayCall<{ messages?: HistoryMessage[] }>(
    host,
    gateway,
    "chat.history",
    { sessionKey: turn.sessionKey, limit: 20 },
  );
  return { ack, wait, history: messages, ms: Date.now() - started };
}
