import {
  geminiSchemaViolations,
  toGeminiSchema,
} from "../../../domain/routes/gemini-tool-schema.js";
import type { ToolSchemaDialect } from "../../../domain/routes/route-families.js";
import type { ProviderPlugin } from "../host-types.js";

type NormalizeHook = NonNullable<ProviderPlugin["normalizeToolSchemas"]>;
type InspectHook = NonNullable<ProviderPlugin["inspectToolSchemas"]>;
export type ToolSchemaContext = Parameters<NormalizeHook>[0];
type Tool = ToolSchemaContext["tools"][number];
type Diagnostics = ReturnType<InspectHook>;

/**
 * The host's agent tools, reshaped for a route's schema dialect. OpenAI-style routes take
 * the host's schemas as they are (undefined: no change); Gemini routes get them translated.
 * Not cached: hosts build fresh tool objects per run, and a weak cache keyed on them cost
 * more in garbage collection than the translation itself (BENCHMARKS.md, per-turn hooks).
 */
export class ToolSchemaShaper {
  normalize(tools: readonly Tool[], dialect: ToolSchemaDialect): Tool[] | undefined {
    if (dialect !== "gemini") return undefined;
    return tools.map((tool) => {
      const parameters: unknown = tool.parameters;
      if (typeof parameters !== "object" || parameters === null) return tool;
      return { ...tool, parameters: toGeminiSchema(parameters) } as Tool;
    });
  }

  /** Keywords the route's upstream would still refuse, per tool (none once normalised). */
  inspect(tools: readonly Tool[], dialect: ToolSchemaDialect): Diagnostics {
    if (dialect !== "gemini") return [];
    return tools.flatMap((tool, toolIndex) => {
      const violations = geminiSchemaViolations(tool.parameters, `${tool.name}.parameters`);
      return violations.length > 0 ? [{ toolName: tool.name, toolIndex, violations }] : [];
    });
  }
}
