import type { ReasoningEffort, RouteFamily } from "./route-families.js";

/**
 * The per-model `compat` block both hosts read on `openai-completions` rows. Custom
 * endpoints (TaaS included) default to sending no `reasoning_effort` at all, so a reasoning
 * route opts in with the efforts its family accepts; listing no `none` keeps `off` from
 * sending one. Non-reasoning routes never opt in.
 */
export interface RequestCompat {
  readonly supportsDeveloperRole: false;
  readonly maxTokensField: RouteFamily["maxTokensField"];
  readonly supportsReasoningEffort: boolean;
  readonly supportedReasoningEfforts?: readonly ReasoningEffort[];
  readonly requiresReasoningContentOnAssistantMessages?: true;
}

export function requestCompatFor(family: RouteFamily, reasoning: boolean): RequestCompat {
  return {
    supportsDeveloperRole: false,
    maxTokensField: family.maxTokensField,
    supportsReasoningEffort: reasoning,
    ...(reasoning ? { supportedReasoningEfforts: [...family.reasoningEfforts] } : {}),
    ...(family.replaysReasoning ? { requiresReasoningContentOnAssistantMessages: true } : {}),
  };
}

/**
 * A row's own compat over the family's: what a user wrote in config wins key by key, and
 * what they left out comes from the family (rows onboarding wrote carry no compat at all).
 */
export function withFamilyCompat(
  family: RouteFamily,
  reasoning: boolean,
  own: unknown,
): Record<string, unknown> {
  const base = requestCompatFor(family, reasoning) as unknown as Record<string, unknown>;
  if (typeof own !== "object" || own === null || Array.isArray(own)) return { ...base };
  return { ...base, ...(own as Record<string, unknown>) };
}
