import { MODEL_API } from "../shared/model.js";
import type { RouteFamily, ToolCallIdMode } from "./route-families.js";

/** The subset of OpenClaw's replay policy flags this provider sets. */
export interface ReplayPolicy {
  readonly sanitizeToolCallIds: true;
  readonly toolCallIdMode: ToolCallIdMode;
  readonly applyAssistantFirstOrderingFix: true;
  readonly validateGeminiTurns: true;
  readonly validateAnthropicTurns: true;
  readonly dropReasoningFromHistory: boolean;
  readonly sanitizeThoughtSignatures?: {
    readonly allowBase64Only: true;
    readonly includeCamelCase: true;
  };
}

/**
 * History replay for a route behind TaaS. Every family gets ids the host sanitises (the
 * family picks strict or Mistral's 9-character form; the host rewrites the whole history
 * with the current route's mode, so history from before a model switch complies too), an
 * opening user turn, and Gemini/Anthropic turn checks. Reasoning is dropped from history
 * except for families that want it back: on 2026.9 dropping also empties the running tool
 * loop's reasoning, which those vendors reject. Signing families get malformed thought
 * signatures stripped. Other transports get no provider policy (host defaults).
 */
export function replayPolicyFor(family: RouteFamily, modelApi: unknown): ReplayPolicy | undefined {
  if (modelApi !== MODEL_API) return undefined;
  return {
    sanitizeToolCallIds: true,
    toolCallIdMode: family.toolCallIds,
    applyAssistantFirstOrderingFix: true,
    validateGeminiTurns: true,
    validateAnthropicTurns: true,
    dropReasoningFromHistory: !family.replaysReasoning,
    ...(family.signsToolCalls
      ? { sanitizeThoughtSignatures: { allowBase64Only: true, includeCamelCase: true } }
      : {}),
  };
}
