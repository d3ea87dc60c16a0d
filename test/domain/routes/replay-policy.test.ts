import { describe, expect, it } from "vitest";
import { replayPolicyFor } from "../../../src/domain/routes/replay-policy.js";
import { routeFamilyOf } from "../../../src/domain/routes/route-families.js";

const policy = (id: string, ...api: unknown[]) =>
  replayPolicyFor(routeFamilyOf(id), api.length > 0 ? api[0] : "openai-completions");

const BASE = {
  sanitizeToolCallIds: true,
  toolCallIdMode: "strict",
  applyAssistantFirstOrderingFix: true,
  validateGeminiTurns: true,
  validateAnthropicTurns: true,
  dropReasoningFromHistory: true,
};

describe("replayPolicyFor", () => {
  it.each(["gpt-5.5", "claude-opus-4.8", "llama-3.3-70b", "taas-live-only"])(
    "gives %s the strict OpenAI-compatible policy, reasoning dropped",
    (id) => {
      expect(policy(id)).toEqual(BASE);
    },
  );

  it("rewrites every tool-call id to Mistral's 9 characters on Mistral routes", () => {
    expect(policy("pixtral-large")).toEqual({ ...BASE, toolCallIdMode: "strict9" });
    expect(policy("magistral-medium-2509")?.toolCallIdMode).toBe("strict9");
  });

  it("keeps reasoning in history for the reasoning-content vendors", () => {
    for (const id of ["kimi-k2.6", "glm-4.5-air", "qwen3-235b", "deepseek-v4"]) {
      expect(policy(id), id).toEqual({ ...BASE, dropReasoningFromHistory: false });
    }
  });

  it("strips malformed thought signatures on Gemini routes (and nowhere else)", () => {
    expect(policy("gemini-3.1-flash-lite")).toEqual({
      ...BASE,
      sanitizeThoughtSignatures: { allowBase64Only: true, includeCamelCase: true },
    });
    expect(policy("gpt-5.5")).not.toHaveProperty("sanitizeThoughtSignatures");
  });

  it.each([
    "openai-responses",
    "anthropic-messages",
    "OPENAI-COMPLETIONS",
    "",
    undefined,
    null,
    42,
    {},
  ])("leaves other transports to the host's defaults (%j)", (api) => {
    expect(policy("pixtral-large", api)).toBeUndefined();
  });
});
