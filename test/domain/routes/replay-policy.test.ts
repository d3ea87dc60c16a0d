import { describe, expect, it } from "vitest";
import { replayPolicyFor } from "../../../src/domain/routes/replay-policy.js";

describe("replayPolicyFor", () => {
  it("sanitises tool-call ids strictly and fixes ordering for openai-completions", () => {
    expect(replayPolicyFor("openai-completions")).toEqual({
      sanitizeToolCallIds: true,
      toolCallIdMode: "strict",
      applyAssistantFirstOrderingFix: true,
      validateGeminiTurns: true,
      validateAnthropicTurns: true,
      dropReasoningFromHistory: true,
    });
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
    expect(replayPolicyFor(api)).toBeUndefined();
  });
});
