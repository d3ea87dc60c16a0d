// One plain turn through the real host: streaming, usage and the request on the wire.
import { describe, expect, inject, it } from "vitest";
import { TEST_KEY } from "./support/cloudsigma-host.js";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";

const usage = { prompt_tokens: 123, completion_tokens: 45, total_tokens: 168 };
const reply = "Streamed reply from the double.";

type ChatBody = {
  model: string;
  stream: boolean;
  stream_options?: { include_usage?: boolean };
  max_completion_tokens?: number;
  tool_choice?: string;
  tools?: unknown[];
};

describe.each(inject("hostVersions"))("chat turn on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version, { reply, usage });

  it("streams a seed model's reply and reports the upstream usage", async () => {
    observe(version, "chat-usage", "yes", "streamed; `lastCallUsage` = the double's usage chunk");
    const turn = await e2e.host.agent("hi", {
      sessionId: sessionId("chat", "seed"),
      model: "gpt-5.5",
    });
    expect(turn.code, turn.stderr).toBe(0);
    expect(turn.json?.payloads?.[0]?.text).toBe(reply);
    expect(turn.json?.meta?.agentMeta).toMatchObject({
      provider: "cloudsigma",
      model: "gpt-5.5",
      lastCallUsage: { input: 123, output: 45, total: 168 },
    });

    const [request] = e2e.double.chatRequests();
    expect(request?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(request?.body).toMatchObject({
      model: "gpt-5.5",
      stream: true,
      stream_options: { include_usage: true },
      tool_choice: "auto",
      // The seed row's maxTokens (openclaw.plugin.json).
      max_completion_tokens: 128000,
    } satisfies Partial<ChatBody>);
  });

  it("resolves a live-only model from /models with its upstream limits", async () => {
    observe(version, "live-only", "yes", "taas-live-only: `GET /v1/models` first, 64000/4096");
    e2e.double.requests.length = 0;
    const turn = await e2e.host.agent("hi", {
      sessionId: sessionId("chat", "live"),
      model: "taas-live-only",
    });
    expect(turn.code, turn.stderr).toBe(0);
    expect(turn.json?.payloads?.[0]?.text).toBe(reply);
    expect(turn.json?.meta?.agentMeta?.contextTokens).toBe(64000);

    // Discovery first (with the secret, never the env var's name), then the turn.
    expect(e2e.double.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1/models",
      "POST /v1/chat/completions",
    ]);
    expect(e2e.double.requests.every((r) => r.headers.authorization === `Bearer ${TEST_KEY}`)).toBe(
      true,
    );
    expect(e2e.double.chatRequests()[0]?.body).toMatchObject({
      model: "taas-live-only",
      max_tokens: 4096,
    });
  });
});
