import { describe, expect, it } from "vitest";
import { requestCompatFor, withFamilyCompat } from "../../../src/domain/routes/request-compat.js";
import { routeFamilyOf } from "../../../src/domain/routes/route-families.js";

const compat = (id: string, reasoning: boolean) => requestCompatFor(routeFamilyOf(id), reasoning);

describe("requestCompatFor", () => {
  it("opts a reasoning route into reasoning_effort with its family's efforts, never `none`", () => {
    expect(compat("gemini-3.1-flash-lite", true)).toEqual({
      supportsDeveloperRole: false,
      maxTokensField: "max_tokens",
      supportsReasoningEffort: true,
      supportedReasoningEfforts: ["low", "medium", "high"],
    });
    expect(compat("o3", true).supportedReasoningEfforts).toEqual([
      "minimal",
      "low",
      "medium",
      "high",
    ]);
  });

  it("keeps a non-reasoning route out of reasoning_effort altogether", () => {
    expect(compat("gpt-5.5", false)).toEqual({
      supportsDeveloperRole: false,
      maxTokensField: "max_completion_tokens",
      supportsReasoningEffort: false,
    });
  });

  it("asks for reasoning_content on assistant turns only for the vendors that need it", () => {
    expect(compat("kimi-k2.6", false)).toEqual({
      supportsDeveloperRole: false,
      maxTokensField: "max_tokens",
      supportsReasoningEffort: false,
      requiresReasoningContentOnAssistantMessages: true,
    });
    expect(compat("deepseek-r2", true).requiresReasoningContentOnAssistantMessages).toBe(true);
    expect(compat("pixtral-large", true)).not.toHaveProperty(
      "requiresReasoningContentOnAssistantMessages",
    );
  });

  it("hands out a fresh efforts list each time (the host may change it)", () => {
    const a = compat("claude-opus-4.8", true).supportedReasoningEfforts;
    const b = compat("claude-opus-4.8", true).supportedReasoningEfforts;
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

describe("withFamilyCompat", () => {
  const family = routeFamilyOf("kimi-k2.6");

  it("fills a config row's missing compat from the family", () => {
    expect(withFamilyCompat(family, false, undefined)).toEqual(requestCompatFor(family, false));
    expect(withFamilyCompat(family, true, null)).toEqual(requestCompatFor(family, true));
    expect(withFamilyCompat(family, true, ["x"])).toEqual(requestCompatFor(family, true));
  });

  it("lets what the operator wrote win, key by key, and keeps their extra keys", () => {
    const own = { maxTokensField: "max_completion_tokens", requiresToolResultName: true };
    expect(withFamilyCompat(family, false, own)).toEqual({
      supportsDeveloperRole: false,
      maxTokensField: "max_completion_tokens",
      supportsReasoningEffort: false,
      requiresReasoningContentOnAssistantMessages: true,
      requiresToolResultName: true,
    });
  });
});
