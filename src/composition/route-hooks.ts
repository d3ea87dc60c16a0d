import type { ProviderPlugin } from "../adapters/openclaw/host-types.js";
import { rateLimitedStreamFn } from "../adapters/openclaw/routes/rate-limit-stream.js";
import { patchingStreamFn } from "../adapters/openclaw/routes/request-patch-stream.js";
import { ToolSchemaShaper } from "../adapters/openclaw/routes/tool-schema-hooks.js";
import type { RouteLookup } from "../application/route-lookup.js";
import { hasConfiguredFallbacks } from "../domain/rate-limits/fallbacks.js";
import type { RateLimitGate } from "../domain/rate-limits/rate-limit-gate.js";
import { replayPolicyFor } from "../domain/routes/replay-policy.js";
import { withFamilyCompat } from "../domain/routes/request-compat.js";
import { requestPatchFor } from "../domain/routes/request-patch.js";
import { thinkingProfileFor } from "../domain/routes/thinking-profile.js";
import { resolveBaseUrl } from "../domain/shared/base-url.js";
import { MODEL_API } from "../domain/shared/model.js";
import type { Clock } from "../ports/clock.port.js";
import type { PluginLog } from "../ports/plugin-log.port.js";
import { neverThrow } from "./never-throw.js";

export type RouteHooks = Required<
  Pick<
    ProviderPlugin,
    | "buildReplayPolicy"
    | "normalizeToolSchemas"
    | "inspectToolSchemas"
    | "resolveThinkingProfile"
    | "normalizeResolvedModel"
    | "wrapStreamFn"
  >
>;

type RuntimeModel = Parameters<RouteHooks["normalizeResolvedModel"]>[0]["model"];

/**
 * Every per-turn hook, each asking the route-family table (src/domain/routes) what the
 * route needs, for the family RouteLookup places the route in (src/application). A defect
 * in a hook falls back to the host's own behaviour.
 */
export function buildRouteHooks(
  routes: RouteLookup,
  log: PluginLog,
  rateLimits: { readonly gate: RateLimitGate; readonly clock: Clock },
): RouteHooks {
  const familyOf = (modelId: unknown, config?: unknown) => routes.familyOf(modelId, config);
  const reasons = (modelId: unknown, declared: unknown) => routes.reasons(modelId, declared);
  const shaper = new ToolSchemaShaper();

  return {
    buildReplayPolicy: neverThrow(
      "buildReplayPolicy",
      log,
      (ctx) => replayPolicyFor(familyOf(ctx.modelId, ctx.config), ctx.modelApi),
      () => undefined,
    ),
    normalizeToolSchemas: neverThrow(
      "normalizeToolSchemas",
      log,
      (ctx) => shaper.normalize(ctx.tools, familyOf(ctx.modelId, ctx.config).toolSchemas),
      () => undefined,
    ),
    inspectToolSchemas: neverThrow(
      "inspectToolSchemas",
      log,
      (ctx) => shaper.inspect(ctx.tools, familyOf(ctx.modelId, ctx.config).toolSchemas),
      () => [],
    ),
    resolveThinkingProfile: neverThrow(
      "resolveThinkingProfile",
      log,
      (ctx) =>
        thinkingProfileFor(
          familyOf(ctx.modelId),
          reasons(ctx.modelId, ctx.reasoning),
        ) as ReturnType<RouteHooks["resolveThinkingProfile"]>,
      () => undefined,
    ),
    // Config rows (onboarding writes all 13) win over the plugin's on both hosts and carry
    // no compat; this runs on every resolution path, so they get the family's too.
    normalizeResolvedModel: neverThrow(
      "normalizeResolvedModel",
      log,
      (ctx) => {
        const model = ctx.model;
        if (!model || model.api !== MODEL_API) return undefined;
        const family = familyOf(ctx.modelId || model.id, ctx.config);
        const compat = withFamilyCompat(family, model.reasoning === true, model.compat);
        return { ...model, compat } as RuntimeModel;
      },
      () => undefined,
    ),
    wrapStreamFn: neverThrow(
      "wrapStreamFn",
      log,
      (ctx) => {
        const modelId = ctx.modelId || ctx.model?.id || "";
        const patch = requestPatchFor(familyOf(modelId, ctx.config), {
          modelId,
          reasoning: ctx.model?.reasoning === true,
          thinkingLevel: ctx.thinkingLevel,
        });
        if (!ctx.streamFn) return undefined;
        const patched = patch ? patchingStreamFn(ctx.streamFn, patch) : ctx.streamFn;
        // Every route goes through the rate-limit gate: a TaaS limit may cover the whole key.
        return rateLimitedStreamFn(patched, {
          gate: rateLimits.gate,
          key: ctx.model?.baseUrl || resolveBaseUrl(ctx.config),
          route: modelId,
          hasFallback: hasConfiguredFallbacks(ctx.config),
          now: () => rateLimits.clock.now(),
        });
      },
      () => undefined,
    ),
  };
}
