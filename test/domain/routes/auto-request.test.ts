import { describe, expect, it } from "vitest";
import { toGeminiSchema } from "../../../src/domain/routes/gemini-tool-schema.js";
import { replayPolicyFor } from "../../../src/domain/routes/replay-policy.js";
import { requestCompatFor } from "../../../src/domain/routes/request-compat.js";
import { patchRequest, requestPatchFor } from "../../../src/domain/routes/request-patch.js";
import {
  ROUTE_FAMILIES,
  type RouteFamily,
  routeFamilyOf,
} from "../../../src/domain/routes/route-families.js";
import { MODEL_API } from "../../../src/domain/shared/model.js";
import { VENDOR_RULES } from "./vendor-rules.fixture.js";

/**
 * The request a route's family makes the host send on the second request of a tool loop,
 * built from the family's own flags the way the hosts apply them (design §10): ids
 * sanitised in the replay policy's mode, reasoning kept where the policy or compat keeps
 * it, tool schemas in the family's dialect, max tokens under the compat's name, then our
 * request patch. `signed`: whether the route that made the call signed it.
 */
function toolLoopRequest(family: RouteFamily, modelId: string, reasons: boolean, signed: boolean) {
  const policy = replayPolicyFor(family, MODEL_API);
  const compat = requestCompatFor(family, reasons);
  if (!policy) throw new Error("no replay policy");
  const stripped = "call_steer_1".replace(/[^A-Za-z0-9]/g, "");
  const id = policy.toolCallIdMode === "strict9" ? `${stripped}000000000`.slice(0, 9) : stripped;
  const keepsReasoning =
    !policy.dropReasoningFromHistory || compat.requiresReasoningContentOnAssistantMessages;
  const parameters = {
    $schema: "http://json-schema.org/draft-07/schema#",
    type: "object",
    additionalProperties: false,
    properties: { path: { type: ["string", "null"], format: "uri" } },
    required: ["path"],
  };
  const body: Record<string, unknown> = {
    model: modelId,
    stream: true,
    messages: [
      { role: "system", content: "You are helpful." },
      { role: "user", content: "Read the notes." },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id, type: "function", function: { name: "read", arguments: "{}" } }],
        ...(keepsReasoning ? { reasoning_content: "Weighing the request." } : {}),
      },
      { role: "tool", tool_call_id: id, content: "notes" },
    ],
    tools: [
      {
        type: "function",
        function: {
          name: "read",
          parameters: family.toolSchemas === "gemini" ? toGeminiSchema(parameters) : parameters,
        },
      },
    ],
    [compat.maxTokensField]: 4096,
    ...(compat.supportsReasoningEffort ? { reasoning_effort: "medium" } : {}),
  };
  const patch = requestPatchFor(family, { modelId, reasoning: reasons, thinkingLevel: "medium" });
  const signatures = new Map(signed ? [[id, "c2lnbmVkLWJ5LWdlbWluaQ=="]] : []);
  return (patch ? patchRequest(body, patch, signatures) : undefined) ?? body;
}

const objections = (body: unknown) =>
  Object.entries(VENDOR_RULES)
    .map(([vendor, rule]) => [vendor, rule(body as never, { reasoning: "Weighing the request." })])
    .filter(([, objection]) => objection !== undefined);

describe("an `auto` request satisfies every family the router may pick", () => {
  const auto = routeFamilyOf("auto");

  it.each([
    ["a call the routed model signed", true],
    ["a call made before a switch (unsigned)", false],
  ])("tool loop with %s: no vendor objects", (_what, signed) => {
    expect(objections(toolLoopRequest(auto, "auto", false, signed))).toEqual([]);
  });

  it("sends no reasoning parameter and no max-tokens field at all", () => {
    const body = toolLoopRequest(auto, "auto", false, true);
    expect(body).not.toHaveProperty("reasoning_effort");
    expect(body).not.toHaveProperty("max_tokens");
    expect(body).not.toHaveProperty("max_completion_tokens");
  });

  it("keeps a real signature and gives unsigned calls Google's placeholder", () => {
    const calls = (body: unknown) =>
      (body as { messages: { tool_calls?: { extra_content?: unknown }[] }[] }).messages[2]
        ?.tool_calls;
    expect(calls(toolLoopRequest(auto, "auto", false, true))?.[0]?.extra_content).toEqual({
      google: { thought_signature: "c2lnbmVkLWJ5LWdlbWluaQ==" },
    });
    expect(calls(toolLoopRequest(auto, "auto", false, false))?.[0]?.extra_content).toEqual({
      google: { thought_signature: "skip_thought_signature_validator" },
    });
  });
});

describe("the rules can fail: no single family's request would do for `auto`", () => {
  it.each(ROUTE_FAMILIES.filter((f) => f.id !== "auto").map((f) => [f.id, f] as const))(
    "%s's own request draws an objection from another family",
    (_id, family) => {
      const found = objections(toolLoopRequest(family, `${family.id}-model`, false, false));
      expect(found).not.toEqual([]);
    },
  );

  it("a reasoning route's request loses nothing the vendor wants back", () => {
    const deepseek = routeFamilyOf("deepseek-v4");
    const body = toolLoopRequest(deepseek, "deepseek-v4", true, false);
    expect(
      VENDOR_RULES["reasoning-content"]?.(body as never, { reasoning: "Weighing the request." }),
    ).toBeUndefined();
    const dropped = toolLoopRequest(routeFamilyOf("gpt-5.5"), "gpt-5.5", true, false);
    expect(
      VENDOR_RULES["reasoning-content"]?.(dropped as never, { reasoning: "Weighing the request." }),
    ).toBeDefined();
  });
});
