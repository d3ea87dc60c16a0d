import { MODEL_API } from "../shared/model.js";

/** The subset of OpenClaw's replay policy flags this provider sets. */
export interface ReplayPolicy {
  readonly sanitizeToolCallIds: true;
  readonly toolCallIdMode: "strict";
  readonly applyAssistantFirstOrderingFix: true;
  readonly validateGeminiTurns: true;
  readonly validateAnthropicTurns: true;
  readonly dropReasoningFromHistory: true;
}

/**
 * History replay for OpenAI-compatible chat completions. TaaS fronts many model
 * families, so ids are sanitised strictly (some backends reject OpenAI-style ids),
 * the transcript must open with a user turn, and Gemini/Anthropic turn rules are
 * validated. Other transports get no provider policy (undefined: host defaults).
 */
export function replayPolicyFor(modelApi: unknown): ReplayPolicy | undefined {
  if (modelApi !== MODEL_API) return undefined;
  return {
    sanitizeToolCallIds: true,
    toolCallIdMode: "strict",
    applyAssistantFirstOrderingFix: true,
    validateGeminiTurns: true,
    validateAnthropicTurns: true,
    dropReasoningFromHistory: true,
  };
}
