import { describe, expect, it } from "vitest";
import { type RouteFamily, routeFamilyOf } from "../../../src/domain/routes/route-families.js";
import { thinkingProfileFor } from "../../../src/domain/routes/thinking-profile.js";

const levels = (id: string, reasoning: boolean) =>
  thinkingProfileFor(routeFamilyOf(id), reasoning).levels.map((level) => level.id);

describe("thinkingProfileFor", () => {
  it("offers off plus the family's efforts on a reasoning route, starting at medium", () => {
    expect(levels("claude-opus-4.8", true)).toEqual(["off", "low", "medium", "high"]);
    expect(levels("o4-mini", true)).toEqual(["off", "minimal", "low", "medium", "high"]);
    expect(thinkingProfileFor(routeFamilyOf("gemini-3.1-flash-lite"), true).defaultLevel).toBe(
      "medium",
    );
  });

  it("offers off alone on a route that does not reason", () => {
    expect(thinkingProfileFor(routeFamilyOf("gpt-5.5"), false)).toEqual({
      levels: [{ id: "off" }],
      defaultLevel: "off",
    });
  });

  it("starts at the family's strongest effort when it has no medium", () => {
    const binary = { ...routeFamilyOf("kimi-k2.6"), reasoningEfforts: ["high"] } as RouteFamily;
    expect(thinkingProfileFor(binary, true)).toEqual({
      levels: [{ id: "off" }, { id: "high" }],
      defaultLevel: "high",
    });
    const none = { ...binary, reasoningEfforts: [] } as RouteFamily;
    expect(thinkingProfileFor(none, true).defaultLevel).toBe("off");
  });
});
