import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GOOGLE_PLACEHOLDER_SIGNATURE,
  lastRealUserIndex,
  VendorRules,
  vendorFor,
} from "./family-rules.js";
import { startTaasDouble, type TaasDouble } from "./taas-double.js";

const user = (content: unknown) => ({ role: "user", content });
const call = (id: string, signature?: string) => ({
  id,
  type: "function",
  function: { name: "read", arguments: "{}" },
  ...(signature ? { extra_content: { google: { thought_signature: signature } } } : {}),
});
const assistant = (calls: unknown[], extra: Record<string, unknown> = {}) => ({
  role: "assistant",
  content: null,
  tool_calls: calls,
  ...extra,
});
const tool = (id: string) => ({ role: "tool", tool_call_id: id, content: "ok" });

describe("vendorFor", () => {
  it("reads the vendor from the id, with Gemini 3+ strict about signatures", () => {
    expect(vendorFor("gemini-3.1-flash-lite")).toEqual({
      vendor: "gemini",
      strictSignatures: true,
    });
    expect(vendorFor("gemini-2.5-pro")).toEqual({ vendor: "gemini", strictSignatures: false });
    expect(vendorFor("Pixtral-Large").vendor).toBe("mistral");
    expect(vendorFor("deepseek-r2").vendor).toBe("reasoning");
    expect(vendorFor("gpt-5.5").vendor).toBe("plain");
    expect(vendorFor("taas-router", { "taas-router": "mistral" }).vendor).toBe("mistral");
  });
});

describe("Mistral", () => {
  const rules = new VendorRules();

  it("issues 9-character alphanumeric ids", () => {
    const extras = rules.respond({ model: "pixtral-large" }, true);
    expect(extras.toolCallId).toMatch(/^[A-Za-z0-9]{9}$/);
  });

  it("rejects any other id anywhere in the request, as Mistral words it", () => {
    const body = {
      model: "pixtral-large",
      messages: [user("hi"), assistant([call("callsteer1")]), tool("callsteer1")],
    };
    expect(rules.check(body)).toMatchObject({
      status: 400,
      message: "Tool call id was callsteer1 but must be a-z, A-Z, 0-9, with a length of 9.",
    });
    expect(rules.check({ ...body, messages: [user("hi"), tool("call_1")] })?.message).toContain(
      "call_1",
    );
    const ok = {
      model: "pixtral-large",
      messages: [assistant([call("a1b2c3d4e")]), tool("a1b2c3d4e")],
    };
    expect(rules.check(ok)).toBeUndefined();
  });
});

describe("Gemini 3", () => {
  it("signs its tool calls and wants exactly that signature back", () => {
    const rules = new VendorRules();
    const { toolCallId, signature } = rules.respond({ model: "gemini-3.1-flash-lite" }, true);
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const replay = (sig?: string) => ({
      model: "gemini-3.1-flash-lite",
      // The host replays `call_1` as `call1`.
      messages: [user("hi"), assistant([call(toolCallId.replace("_", ""), sig)]), tool("call1")],
    });
    expect(rules.check(replay(signature))).toBeUndefined();
    expect(rules.check(replay())?.message).toMatch(/is missing a thought_signature/);
    expect(rules.check(replay("c29tZXRoaW5nIGVsc2U="))?.message).toMatch(
      /invalid thought_signature/,
    );
    expect(rules.check(replay(GOOGLE_PLACEHOLDER_SIGNATURE))?.message).toMatch(/invalid/);
  });

  it("accepts only the placeholder on calls another route made", () => {
    const rules = new VendorRules();
    const gpt = rules.respond({ model: "gpt-5.5" }, true);
    const body = (sig?: string) => ({
      model: "gemini-3.1-flash-lite",
      messages: [
        user("a"),
        assistant([call(gpt.toolCallId, sig)]),
        tool(gpt.toolCallId),
        user("b"),
      ],
    });
    expect(rules.check(body(GOOGLE_PLACEHOLDER_SIGNATURE))).toBeUndefined();
    expect(rules.check(body())?.message).toMatch(/missing/);
    expect(rules.check(body("aW52ZW50ZWQ="))?.message).toMatch(/invalid/);
  });

  it("lets Gemini 2.5 replay without signatures but never with a foreign one", () => {
    const rules = new VendorRules();
    const own = rules.respond({ model: "gemini-2.5-pro" }, true);
    const body = (sig?: string) => ({
      model: "gemini-2.5-pro",
      messages: [assistant([call(own.toolCallId, sig)]), assistant([call("callx", sig && "bad")])],
    });
    expect(rules.check(body())).toBeUndefined();
    expect(rules.check(body(own.signature))?.message).toMatch(/invalid/);
  });

  it("refuses schema keywords outside Google's Schema, at any depth", () => {
    const rules = new VendorRules();
    const withSchema = (parameters: unknown) => ({
      model: "gemini-3.1-flash-lite",
      messages: [user("hi")],
      tools: [
        { function: { name: "ok", parameters: { type: "object" } } },
        { function: { name: "x", parameters } },
      ],
    });
    expect(
      rules.check(
        withSchema({ type: "object", properties: { a: { type: "array", items: { const: 1 } } } }),
      )?.message,
    ).toBe(
      `Invalid JSON payload received. Unknown name "const" at 'tools[0].function_declarations[1].parameters.properties.a.items': Cannot find field.`,
    );
    expect(
      rules.check(withSchema({ anyOf: [{ type: "string" }, { additionalProperties: {} }] }))
        ?.message,
    ).toMatch(/additionalProperties.*any_of\[1\]/);
    expect(
      rules.check(withSchema({ type: "object", properties: { a: { enum: ["x"] } } })),
    ).toBeUndefined();
  });
});

describe("reasoning-content vendors", () => {
  it("think only when asked, and then want the reasoning back within the tool loop", () => {
    const rules = new VendorRules();
    expect(rules.respond({ model: "deepseek-r2" }, false).reasoning).toBeUndefined();
    expect(
      rules.respond({ model: "deepseek-r2", reasoning_effort: "none" }, false).reasoning,
    ).toBeUndefined();
    const thought = rules.respond({ model: "deepseek-r2", reasoning_effort: "high" }, true);
    expect(thought.reasoning).toMatch(/Weighing/);
    const loop = (extra: Record<string, unknown>) => [
      user("question"),
      assistant([call("call1")], extra),
      tool("call1"),
      // 2026.9 appends its runtime context after the tool result: still the same loop.
      user([{ type: "text", text: "<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>\nx" }]),
    ];
    const body = (extra: Record<string, unknown>) => ({
      model: "deepseek-r2",
      messages: loop(extra),
    });
    expect(rules.check(body({ reasoning_content: thought.reasoning }))).toBeUndefined();
    expect(rules.check(body({ reasoning_content: "" }))?.message).toBe(
      "Missing `reasoning_content` field in the assistant message at message index 1. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls",
    );
    expect(rules.check(body({}))?.message).toContain("Missing `reasoning_content` field");
    // At the next real user turn the earlier loop's reasoning may be dropped.
    const next = {
      model: "deepseek-r2",
      messages: [...loop({}), { role: "assistant", content: "done" }, user("next")],
    };
    expect(rules.check(next)).toBeUndefined();
  });

  it("finds the last message that is the operator's", () => {
    expect(
      lastRealUserIndex([user("a"), user([{ text: "<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>" }])]),
    ).toBe(0);
    expect(lastRealUserIndex([{ role: "system", content: "s" }])).toBe(-1);
    expect(lastRealUserIndex([user(42), user([{}])])).toBe(1);
  });
});

describe("the double with vendor rules", () => {
  let double: TaasDouble;
  beforeAll(async () => {
    double = await startTaasDouble({ toolTrigger: "USE_TOOL" });
  });
  afterAll(() => double.close());

  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${double.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };

  it("streams a Gemini tool call with its signature and a thinking vendor's reasoning", async () => {
    const gemini = await post({
      model: "gemini-3.1-flash-lite",
      stream: true,
      messages: [user("USE_TOOL")],
    });
    expect(gemini.text).toContain('"extra_content":{"google":{"thought_signature":"');
    const deepseek = await post({
      model: "deepseek-r2",
      stream: true,
      reasoning_effort: "medium",
      messages: [user("USE_TOOL")],
    });
    expect(deepseek.text).toMatch(/"reasoning_content":"Weighing /);
    const json = await post({
      model: "deepseek-r2",
      reasoning_effort: "low",
      messages: [user("hi")],
    });
    expect(JSON.parse(json.text).choices[0].message.reasoning_content).toMatch(/Weighing/);
  });

  it("answers a violation with the vendor's 400 and records it", async () => {
    const bad = await post({ model: "pixtral-large", messages: [user("hi"), tool("call_1")] });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ object: "error", code: "3280" });
    expect(double.violations()).toEqual([
      "Tool call id was call_1 but must be a-z, A-Z, 0-9, with a length of 9.",
    ]);
  });

  it("can be told to accept anything", async () => {
    const lax = await startTaasDouble({ vendorRules: false });
    const res = await fetch(`${lax.url}/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "pixtral-large", messages: [tool("call_1")] }),
    });
    expect(res.status).toBe(200);
    await lax.close();
  });
});
