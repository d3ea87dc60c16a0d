import { describe, expect, it } from "vitest";
import {
  patchRequest,
  type RequestPatch,
  requestPatchFor,
  UNSIGNED_TOOL_CALL_SIGNATURE,
} from "../../../src/domain/routes/request-patch.js";
import { routeFamilyOf } from "../../../src/domain/routes/route-families.js";
import { deepFreeze } from "../fakes.js";

const turn = (modelId: string, reasoning = false, thinkingLevel: unknown = "medium") =>
  requestPatchFor(routeFamilyOf(modelId), { modelId, reasoning, thinkingLevel });

describe("requestPatchFor", () => {
  it("echoes signatures on Gemini, with the placeholder on Gemini 3", () => {
    expect(turn("gemini-3.1-flash-lite", true)).toEqual({
      echoSignatures: true,
      placeholderForUnsigned: true,
      dropReasoningEffort: false,
      dropMaxTokens: false,
    });
    expect(turn("gemini-2.5-pro")).toEqual({
      echoSignatures: true,
      placeholderForUnsigned: false,
      dropReasoningEffort: false,
      dropMaxTokens: false,
    });
  });

  it("drops the reasoning parameter for `off` on a reasoning route", () => {
    expect(turn("claude-opus-4.8", true, "off")).toEqual({
      echoSignatures: false,
      placeholderForUnsigned: false,
      dropReasoningEffort: true,
      dropMaxTokens: false,
    });
  });

  it("needs no patch for other families, non-reasoning routes or other levels", () => {
    expect(turn("gpt-5.5", false, "off")).toBeNull();
    expect(turn("claude-opus-4.8", true, "high")).toBeNull();
    expect(turn("pixtral-large", false, undefined)).toBeNull();
    expect(turn("kimi-k2.6", true, "low")).toBeNull();
  });
});

const gemini3 = {
  echoSignatures: true,
  placeholderForUnsigned: true,
  dropReasoningEffort: false,
  dropMaxTokens: false,
};
const call = (id: string, extra?: unknown) => ({
  id,
  type: "function",
  function: { name: "read", arguments: "{}" },
  ...(extra === undefined ? {} : { extra_content: extra }),
});
const body = (...calls: unknown[]) =>
  deepFreeze({
    model: "gemini-3.1-flash-lite",
    messages: [
      { role: "system", content: "s" },
      { role: "user", content: "hi" },
      { role: "assistant", content: null, tool_calls: calls },
      { role: "tool", tool_call_id: "call1", content: "x" },
    ],
  });
const calls = (patched: unknown) =>
  (patched as { messages: { tool_calls?: unknown[] }[] }).messages[2]?.tool_calls;

describe("patchRequest: thought signatures", () => {
  it("puts back exactly the signature the route returned, per call", () => {
    const signatures = new Map([
      ["call1", "c2lnLW9uZQ=="],
      ["call2", "c2lnLXR3bw=="],
    ]);
    const patched = patchRequest(body(call("call1"), call("call2")), gemini3, signatures);
    expect(calls(patched)).toEqual([
      call("call1", { google: { thought_signature: "c2lnLW9uZQ==" } }),
      call("call2", { google: { thought_signature: "c2lnLXR3bw==" } }),
    ]);
  });

  it("gives a call the route did not sign Google's placeholder, on Gemini 3 only", () => {
    const input = body(call("callsteer1"));
    expect(calls(patchRequest(input, gemini3, new Map()))).toEqual([
      call("callsteer1", { google: { thought_signature: UNSIGNED_TOOL_CALL_SIGNATURE } }),
    ]);
    const older = { ...gemini3, placeholderForUnsigned: false };
    expect(patchRequest(input, older, new Map())).toBeUndefined();
    expect(UNSIGNED_TOOL_CALL_SIGNATURE).toBe("skip_thought_signature_validator");
  });

  it("keeps other extra_content and replaces a stale signature", () => {
    const extra = { google: { thought_signature: "old", other: 1 }, vendor: { x: true } };
    const patched = patchRequest(body(call("call1", extra)), gemini3, new Map([["call1", "bmV3"]]));
    expect(calls(patched)).toEqual([
      call("call1", { google: { thought_signature: "bmV3", other: 1 }, vendor: { x: true } }),
    ]);
  });

  it("leaves everything but assistant tool calls alone, and never mutates the input", () => {
    const input = deepFreeze({
      model: "m",
      messages: [
        "odd",
        { role: "user", tool_calls: [call("u")] },
        { role: "assistant", content: "text only" },
        { role: "assistant", tool_calls: "not a list" },
        { role: "assistant", tool_calls: ["odd", call("call9")] },
      ],
    });
    const patched = patchRequest(input, gemini3, new Map()) as { messages: unknown[] };
    expect(patched.messages.slice(0, 4)).toEqual(input.messages.slice(0, 4));
    expect(patched.messages[0]).toBe(input.messages[0]);
    expect((patched.messages[4] as { tool_calls: unknown[] }).tool_calls).toEqual([
      "odd",
      call("call9", { google: { thought_signature: UNSIGNED_TOOL_CALL_SIGNATURE } }),
    ]);
  });

  it("treats a call without a string id as unsigned", () => {
    const input = body({ type: "function", function: { name: "read" } });
    const older = { ...gemini3, placeholderForUnsigned: false };
    expect(patchRequest(input, older, new Map([["undefined", "x"]]))).toBeUndefined();
  });

  it("answers undefined when there is nothing to patch", () => {
    expect(patchRequest("not a body", gemini3, new Map())).toBeUndefined();
    expect(patchRequest({ messages: "x" }, gemini3, new Map())).toBeUndefined();
    expect(patchRequest({ model: "m" }, gemini3, new Map())).toBeUndefined();
    const off = {
      echoSignatures: false,
      placeholderForUnsigned: false,
      dropReasoningEffort: true,
      dropMaxTokens: false,
    };
    expect(patchRequest(body(call("call1")), off, new Map())).toBeUndefined();
  });
});

describe("patchRequest: reasoning parameter", () => {
  const off = {
    echoSignatures: false,
    placeholderForUnsigned: false,
    dropReasoningEffort: true,
    dropMaxTokens: false,
  };

  it("removes reasoning_effort and nothing else", () => {
    const input = deepFreeze({ model: "m", reasoning_effort: "high", stream: true });
    expect(patchRequest(input, off, new Map())).toEqual({ model: "m", stream: true });
    expect(input).toHaveProperty("reasoning_effort", "high");
  });

  it("leaves signatures untouched when the family does not sign", () => {
    const input = body(call("call1"));
    expect(patchRequest({ ...input, reasoning_effort: "low" }, off, new Map())).toEqual(input);
  });
});

describe("patchRequest: max tokens (routes that may reach any family)", () => {
  const auto = requestPatchFor(routeFamilyOf("auto"), {
    modelId: "auto",
    reasoning: false,
    thinkingLevel: "off",
  });

  it("is what `auto` asks for, with signatures and the placeholder", () => {
    expect(auto).toEqual({
      echoSignatures: true,
      placeholderForUnsigned: true,
      dropReasoningEffort: false,
      dropMaxTokens: true,
    });
  });

  it("removes either max-tokens name and nothing else", () => {
    const input = deepFreeze({ model: "auto", max_tokens: 10, max_completion_tokens: 20, n: 1 });
    expect(patchRequest(input, auto as RequestPatch, new Map())).toEqual({ model: "auto", n: 1 });
    expect(patchRequest({ max_completion_tokens: 5 }, auto as RequestPatch, new Map())).toEqual({});
    expect(patchRequest({ model: "auto" }, auto as RequestPatch, new Map())).toBeUndefined();
  });
});
