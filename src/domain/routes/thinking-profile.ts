import type { RouteFamily } from "./route-families.js";

export type ThinkingLevelId = "off" | RouteFamily["reasoningEfforts"][number];

/** OpenClaw's `/think` option set for one route. */
export interface ThinkingProfile {
  readonly levels: readonly { readonly id: ThinkingLevelId }[];
  readonly defaultLevel: ThinkingLevelId;
}

/** The level a reasoning route starts at when the operator sets none. */
const DEFAULT_LEVEL = "medium";

/**
 * A reasoning route offers `off` plus exactly the efforts its family accepts, starting at
 * `medium` (routes known only at run time would otherwise start at `off`); a route that
 * does not reason offers `off` alone.
 */
export function thinkingProfileFor(family: RouteFamily, reasoning: boolean): ThinkingProfile {
  if (!reasoning) return { levels: [{ id: "off" }], defaultLevel: "off" };
  const efforts = family.reasoningEfforts;
  return {
    levels: [{ id: "off" }, ...efforts.map((id) => ({ id }))],
    defaultLevel: efforts.includes(DEFAULT_LEVEL) ? DEFAULT_LEVEL : (efforts.at(-1) ?? "off"),
  };
}
