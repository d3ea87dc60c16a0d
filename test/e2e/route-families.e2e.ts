// Agent sessions on every upstream family, through the long-lived gateway operators run,
// against a double that enforces each vendor's own rules (family-rules.ts) and answers a
// violation with that vendor's 400: a tool loop, then a second turn in the same session;
// model switches into Mistral and Gemini; thinking levels on reasoning and plain routes.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  DEFAULT_MODELS,
  DEFAULTS,
  type RecordedRequest,
  startTaasDouble,
  type TaasDouble,
} from "../support/taas-double/taas-double.js";
import {
  attachCloudSigma,
  type CloudSigmaHost,
  TEST_KEY,
  writeWorkspaceFile,
} from "./support/cloudsigma-host.js";
import { observe, sessionId } from "./support/fixture.js";
import { type Gateway, gatewayTurn, startGateway } from "./support/gateway.js";

type Call = { id: string; extra_content?: { google?: { thought_signature?: string } } };
type Message = {
  role: string;
  tool_calls?: Call[];
  tool_call_id?: string;
  reasoning_content?: unknown;
};
type Body = {
  model: string;
  messages: Message[];
  reasoning_effort?: string;
  max_tokens?: number;
  max_completion_tokens?: number;
};

const liveRows = [
  // Placed in the Mistral family by `owned_by` alone: its id names no family.
  {
    id: "taas-mistral-router",
    object: "model",
    owned_by: "mistralai",
    type: "chat",
    capabilities: { chat_completions: true },
    context_window: 128000,
    max_output_tokens: 4096,
  },
  {
    id: "deepseek-r2-live",
    object: "model",
    owned_by: "deepseek",
    type: "chat",
    capabilities: { chat_completions: true, reasoning: true },
    context_window: 128000,
    max_output_tokens: 8192,
  },
];

const body = (request: RecordedRequest | undefined) => (request?.body ?? {}) as Body;
const toolCalls = (b: Body) => b.messages.flatMap((m) => m.tool_calls ?? []);
const allIds = (b: Body) => [
  ...toolCalls(b).map((c) => c.id),
  ...b.messages.flatMap((m) => (m.tool_call_id ? [m.tool_call_id] : [])),
];
const signature = (call: Call | undefined) => call?.extra_content?.google?.thought_signature;
const decoded = (sig: string | undefined) => Buffer.from(sig ?? "", "base64").toString();
const GOOGLE_PLACEHOLDER = "skip_thought_signature_validator";

describe.each(inject("hostVersions"))("route families on openclaw %s", (version) => {
  let double: TaasDouble;
  let host: CloudSigmaHost;
  let gateway: Gateway;

  beforeAll(async () => {
    double = await startTaasDouble({
      models: [...DEFAULT_MODELS, ...liveRows],
      vendors: { "taas-mistral-router": "mistral" },
      toolCall: { name: "read", arguments: { path: "e2e-family.txt" } },
    });
    const root = inject("hostRoots")[version];
    if (!root) throw new Error(`no installed sandbox for openclaw ${version}`);
    host = await attachCloudSigma(version, root, double.url);
    await writeWorkspaceFile(host, "e2e-family.txt", "family marker\n");
    gateway = await startGateway(host, { CLOUDSIGMA_API_KEY: TEST_KEY });
  });
  afterAll(async () => {
    await gateway?.stop();
    await double?.close();
  });

  /** One turn through the gateway; returns the chat requests it caused. */
  const turn = async (session: string, model: string, message: string, thinking?: string) => {
    const before = double.chatRequests().length;
    const result = await gatewayTurn(host, message, {
      sessionId: session,
      model: `cloudsigma/${model}`,
      ...(thinking ? { thinking } : {}),
    });
    const requests = double.chatRequests().slice(before);
    expect(double.violations(), "no vendor 400s").toEqual([]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.status).toBe("ok");
    return { result, requests: requests.map(body) };
  };

  /** A tool loop (call → result → answer), then a plain second turn in the same session. */
  const session = async (model: string, thinking: [string?, string?] = []) => {
    const id = sessionId("family", model);
    const loop = await turn(id, model, `please ${DEFAULTS.toolTrigger}`, thinking[0]);
    expect(loop.result.text).toBe(DEFAULTS.afterToolReply);
    expect(loop.requests).toHaveLength(2);
    const [call, answer] = loop.requests as [Body, Body];
    expect(answer.messages.some((m) => m.role === "tool")).toBe(true);
    const second = await turn(id, model, "thanks, that is all", thinking[1]);
    expect(second.result.text).toBe(DEFAULTS.reply);
    expect(second.requests).toHaveLength(1);
    const [next] = second.requests as [Body];
    // The second turn replays the whole tool loop.
    expect(toolCalls(next)).toHaveLength(1);
    expect(next.messages.filter((m) => m.role === "tool")).toHaveLength(1);
    for (const b of [call, answer, next]) expect(b.model).toBe(model);
    return { call, answer, next };
  };

  it("OpenAI (gpt-5.5): max_completion_tokens, and no reasoning parameter", async () => {
    observe(
      version,
      "family-openai",
      "yes",
      "gpt-5.5: tool loop + 2nd turn, `max_completion_tokens`",
    );
    const { call, next } = await session("gpt-5.5");
    expect(call.max_completion_tokens).toBe(128000);
    expect(call).not.toHaveProperty("max_tokens");
    expect(next).not.toHaveProperty("reasoning_effort");
  });

  it("`--thinking high` on a route that does not reason never sends a reasoning parameter", async () => {
    const seen = observe(version, "thinking", "yes");
    const id = sessionId("thinking", "plain");
    const results = [];
    // A fresh session, then one that already ran on the route.
    for (const message of ["hello", "hello again"]) {
      const before = double.chatRequests().length;
      const result = await gatewayTurn(host, message, {
        sessionId: id,
        model: "cloudsigma/gpt-5.5",
        thinking: "high",
      });
      const sent = double.chatRequests().slice(before).map(body);
      for (const request of sent) expect(request).not.toHaveProperty("reasoning_effort");
      if (result.code === 0) {
        expect(result.text).toBe(DEFAULTS.reply);
        expect(sent).toHaveLength(1);
        results.push("ran, no reasoning parameter");
      } else {
        // The host's own refusal, before any request.
        expect(result.stderr).toMatch(/Thinking level "high" is not supported .*Use one of: off/);
        expect(sent).toEqual([]);
        results.push('refused by the host ("Use one of: off"), nothing sent');
      }
    }
    seen.note = `plain route + \`high\`: new session ${results[0]}; next turn ${results[1]}`;
  });

  it("Anthropic (claude-opus-4.8): `--thinking high` sends high, `off` sends nothing", async () => {
    observe(
      version,
      "family-anthropic",
      "yes",
      "claude-opus-4.8: `high` → `reasoning_effort: high`; `off` → none",
    );
    observe(
      version,
      "thinking",
      "yes",
      "`high` reaches a reasoning route as `reasoning_effort`; `off` sends none",
    );
    const { call, answer, next } = await session("claude-opus-4.8", ["high", "off"]);
    expect(call.reasoning_effort).toBe("high");
    expect(answer.reasoning_effort).toBe("high");
    expect(call.max_tokens).toBe(32000);
    expect(next).not.toHaveProperty("reasoning_effort");
  });

  it("Gemini (gemini-3.1-flash-lite): each replayed tool call carries the route's own signature", async () => {
    observe(
      version,
      "family-gemini",
      "yes",
      "gemini-3.1-flash-lite: signature echoed; schemas Gemini-clean",
    );
    const { answer, next } = await session("gemini-3.1-flash-lite");
    for (const b of [answer, next]) {
      const [replayed] = toolCalls(b);
      expect(decoded(signature(replayed))).toMatch(/^gemini-signature:gemini-3\.1-flash-lite:\d+$/);
    }
  });

  it.each(["pixtral-large", "taas-mistral-router"])(
    "Mistral (%s): every tool-call id is 9 letters and digits",
    async (model) => {
      const live = model.startsWith("taas-");
      observe(
        version,
        "family-mistral",
        "yes",
        live ? `${model} (live, placed by owned_by)` : model,
      );
      const { answer, next } = await session(model);
      for (const b of [answer, next]) {
        expect(allIds(b).length).toBeGreaterThan(0);
        for (const id of allIds(b)) expect(id).toMatch(/^[A-Za-z0-9]{9}$/);
      }
      expect(answer.max_tokens).toBe(4096);
    },
  );

  it("reasoning-content (kimi-k2.6, not a reasoning row): plain tool loop, no reasoning parameter", async () => {
    observe(version, "family-reasoning-content", "yes", "kimi-k2.6: tool loop, no reasoning sent");
    const { call, answer } = await session("kimi-k2.6");
    expect(call).not.toHaveProperty("reasoning_effort");
    expect(answer.messages.find((m) => m.tool_calls)?.reasoning_content ?? "").toBe("");
  });

  it("reasoning-content (deepseek-r2-live): its reasoning_content comes back within the tool loop", async () => {
    observe(
      version,
      "family-reasoning-content",
      "yes",
      "deepseek-r2-live (live, `--thinking low`): `reasoning_content` passed back in the loop",
    );
    const { call, answer } = await session("deepseek-r2-live", ["low"]);
    expect(call.reasoning_effort).toBe("low");
    const replayed = answer.messages.find((m) => m.tool_calls?.length);
    expect(String(replayed?.reasoning_content)).toMatch(/^Weighing the request/);
  });

  it("the default family (llama-3.3-70b): standard parameters only", async () => {
    observe(
      version,
      "family-openai-compatible",
      "yes",
      "llama-3.3-70b: tool loop + 2nd turn, `max_tokens`",
    );
    const { call } = await session("llama-3.3-70b");
    expect(call.max_tokens).toBe(8192);
    expect(call).not.toHaveProperty("max_completion_tokens");
    expect(call).not.toHaveProperty("reasoning_effort");
  });

  it("a session switched from gpt-5.5 to pixtral-large rewrites the earlier ids for Mistral", async () => {
    observe(
      version,
      "family-switch",
      "yes",
      "gpt-5.5 → pixtral-large: earlier ids rewritten to 9 characters",
    );
    const id = sessionId("switch", "mistral");
    const first = await turn(id, "gpt-5.5", `start ${DEFAULTS.toolTrigger}`);
    expect(first.result.text).toBe(DEFAULTS.afterToolReply);
    const second = await turn(id, "pixtral-large", `continue ${DEFAULTS.toolTrigger}`);
    expect(second.result.text).toBe(DEFAULTS.afterToolReply);
    const [b] = second.requests as [Body];
    // The gpt-5.5 call (issued as call_N) is in the history, under a 9-character id.
    expect(toolCalls(b)).toHaveLength(1);
    for (const request of second.requests) {
      for (const callId of allIds(request)) expect(callId).toMatch(/^[A-Za-z0-9]{9}$/);
    }
  });

  it("a session switched from gpt-5.5 to Gemini marks the earlier call with Google's placeholder", async () => {
    observe(
      version,
      "family-switch",
      "yes",
      "gpt-5.5 → gemini-3.1-flash-lite: earlier call carries the documented placeholder",
    );
    const id = sessionId("switch", "gemini");
    await turn(id, "gpt-5.5", `start ${DEFAULTS.toolTrigger}`);
    const second = await turn(id, "gemini-3.1-flash-lite", `continue ${DEFAULTS.toolTrigger}`);
    expect(second.result.text).toBe(DEFAULTS.afterToolReply);
    const [first, answer] = second.requests as [Body, Body];
    expect(toolCalls(first).map(signature)).toEqual([GOOGLE_PLACEHOLDER]);
    const [foreign, own] = toolCalls(answer);
    expect(signature(foreign)).toBe(GOOGLE_PLACEHOLDER);
    expect(decoded(signature(own))).toMatch(/^gemini-signature:gemini-3\.1-flash-lite:/);
  });
});
