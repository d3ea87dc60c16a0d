import { afterEach, describe, expect, it } from "vitest";
import { DEFAULTS, startTaasDouble, type TaasDouble } from "./taas-double.js";

let double: TaasDouble | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

const chat = (url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${url}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ model: "taas-live-only", ...body }),
  });

/** Parses an SSE body into its data payloads, "[DONE]" kept as a string. */
async function sseEvents(response: Response): Promise<unknown[]> {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice("data: ".length))
    .map((data) => (data === "[DONE]" ? data : JSON.parse(data)));
}

type Chunk = {
  object: string;
  choices: {
    delta: {
      content?: string;
      tool_calls?: { id?: string; function: { name?: string; arguments?: string } }[];
    };
    finish_reason: string | null;
  }[];
  usage?: unknown;
};

describe("TaaS double", () => {
  it("binds loopback on a free port and lists chat and non-chat rows", async () => {
    double = await startTaasDouble();
    expect(double.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/v1$/);
    const body = (await (await fetch(`${double.url}/models`)).json()) as {
      object: string;
      data: { id: string; type: string }[];
    };
    expect(body.object).toBe("list");
    expect(body.data.map((r) => r.id)).toEqual(
      expect.arrayContaining(["taas-live-only", "text-embed-3"]),
    );
    expect(body.data.find((r) => r.id === "text-embed-3")?.type).toBe("embedding");
  });

  it("serves configured rows, a bare-array body, or an error status", async () => {
    double = await startTaasDouble({ models: [{ id: "only" }] });
    expect(await (await fetch(`${double.url}/models`)).json()).toEqual({
      object: "list",
      data: [{ id: "only" }],
    });
    await double.close();
    double = await startTaasDouble({ modelsBody: [{ id: "bare" }] });
    expect(await (await fetch(`${double.url}/models`)).json()).toEqual([{ id: "bare" }]);
    await double.close();
    double = await startTaasDouble({ modelsStatus: 503 });
    expect((await fetch(`${double.url}/models`)).status).toBe(503);
  });

  it("streams a text reply, then a usage chunk, then [DONE]", async () => {
    const usage = { prompt_tokens: 5, completion_tokens: 3, total_tokens: 8 };
    double = await startTaasDouble({ reply: "two words", usage });
    const res = await chat(double.url, {
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: "user", content: "hi" }],
    });
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const events = await sseEvents(res);
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1) as Chunk[];
    expect(chunks.every((c) => c.object === "chat.completion.chunk")).toBe(true);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? "").join("")).toBe("two words");
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe("stop");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage });
  });

  it("sends no usage chunk unless include_usage is set", async () => {
    double = await startTaasDouble();
    const events = await sseEvents(
      await chat(double.url, { stream: true, messages: [{ role: "user", content: "hi" }] }),
    );
    expect((events.slice(0, -1) as Chunk[]).some((c) => c.usage)).toBe(false);
  });

  it("answers the trigger with a streamed tool call, then text after a tool result", async () => {
    double = await startTaasDouble({ toolCall: { name: "read", arguments: { path: "a.txt" } } });
    const first = (
      await sseEvents(
        await chat(double.url, {
          stream: true,
          messages: [
            { role: "user", content: [{ type: "text", text: `please ${DEFAULTS.toolTrigger}` }] },
          ],
        }),
      )
    ).slice(0, -1) as Chunk[];
    const calls = first.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(calls[0]).toMatchObject({ id: "call_1", function: { name: "read" } });
    expect(JSON.parse(calls.map((c) => c.function.arguments ?? "").join(""))).toEqual({
      path: "a.txt",
    });
    expect(first.at(-1)?.choices[0]?.finish_reason).toBe("tool_calls");

    const res = await chat(double.url, {
      stream: false,
      messages: [
        { role: "user", content: DEFAULTS.toolTrigger },
        {
          role: "assistant",
          content: null,
          tool_calls: [
            { id: "call_1", type: "function", function: { name: "read", arguments: "{}" } },
          ],
        },
        { role: "tool", tool_call_id: "call_1", content: "file text" },
      ],
    });
    const body = (await res.json()) as {
      choices: { message: { content: string } }[];
      usage: unknown;
    };
    expect(body.choices[0]?.message.content).toBe(DEFAULTS.afterToolReply);
    expect(body.usage).toEqual(DEFAULTS.usage);
  });

  it("sees the trigger and the tool result behind a trailing internal-context message (2026.9.6 shape)", async () => {
    double = await startTaasDouble();
    const { url } = double;
    const context = {
      role: "user",
      content: [{ type: "text", text: "<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>" }],
    };
    const content = async (messages: unknown[]) =>
      (
        (await (await chat(url, { messages })).json()) as {
          choices: { message: { content: string | null; tool_calls?: unknown[] } }[];
        }
      ).choices[0]?.message;
    const ask = { role: "user", content: `[date] please ${DEFAULTS.toolTrigger}` };
    expect((await content([ask, context]))?.tool_calls).toHaveLength(1);
    const call = {
      role: "assistant",
      content: null,
      tool_calls: [{ id: "call1", type: "function", function: { name: "read", arguments: "{}" } }],
    };
    const result = { role: "tool", tool_call_id: "call1", content: "x" };
    expect((await content([ask, call, result, context]))?.content).toBe(DEFAULTS.afterToolReply);
    // A later turn without the phrase gets plain text again.
    expect(
      (
        await content([
          ask,
          call,
          result,
          { role: "assistant", content: "done" },
          { role: "user", content: "hi" },
        ])
      )?.content,
    ).toBe(DEFAULTS.reply);
  });

  it("uses queued turns and a script before the defaults", async () => {
    double = await startTaasDouble({
      turns: [{ kind: "text", text: "queued" }],
      script: (r) =>
        r.headers["x-case"] === "err"
          ? { kind: "error", status: 429, message: "slow down" }
          : undefined,
    });
    const json = async (res: Response) =>
      ((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message
        .content;
    expect((await chat(double.url, { messages: [] }, { "x-case": "err" })).status).toBe(429);
    expect(await json(await chat(double.url, { messages: [] }))).toBe("queued");
    double.pushTurns({ kind: "text", text: "pushed" });
    expect(await json(await chat(double.url, { messages: [] }))).toBe("pushed");
    expect(await json(await chat(double.url, { messages: [] }))).toBe(DEFAULTS.reply);
  });

  it("rejects a wrong key and records every request with headers and body", async () => {
    double = await startTaasDouble({ apiKey: "sk-test" });
    expect((await fetch(`${double.url}/models`)).status).toBe(401);
    expect(
      (await chat(double.url, { messages: [] }, { authorization: "Bearer sk-test" })).status,
    ).toBe(200);
    expect(double.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1/models",
      "POST /v1/chat/completions",
    ]);
    expect(double.chatRequests()[0]).toMatchObject({
      headers: { authorization: "Bearer sk-test" },
      body: { model: "taas-live-only" },
    });
    const log = (await (
      await fetch(`${double.url.replace(/\/v1$/, "")}/__requests`)
    ).json()) as unknown[];
    expect(log).toHaveLength(2);
  });

  it("closes itself after its idle time", async () => {
    double = await startTaasDouble({ idleMs: 50 });
    await double.closed;
    await expect(fetch(`${double.url}/models`)).rejects.toThrow();
  });
});
