import { buildProviderToolCompatFamilyHooks } from "openclaw/plugin-sdk/provider-tools";
import type { ProviderPlugin } from "../host-types.js";

export type ToolSchemaHooks = Pick<ProviderPlugin, "normalizeToolSchemas" | "inspectToolSchemas">;

/**
 * OpenClaw's OpenAI tool-schema compatibility family, so tool schemas are shaped and
 * diagnosed the way OpenAI-style function calling expects. `provider-tools` has no type
 * declarations on newer hosts; this file is the only place that depends on it.
 */
export function openAiToolSchemaHooks(): ToolSchemaHooks {
  const hooks = buildProviderToolCompatFamilyHooks("openai");
  return {
    normalizeToolSchemas: hooks.normalizeToolSchemas,
    inspectToolSchemas: hooks.inspectToolSchemas,
  };
}
