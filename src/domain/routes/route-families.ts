/**
 * The upstream families behind TaaS, in one table. Every per-family difference the plugin
 * hands to OpenClaw (replay, tool-call ids, reasoning, thought signatures, tool schemas,
 * thinking levels, request compat) is read from a row here; no hook checks a prefix itself.
 */

export type RouteFamilyId =
  | "openai"
  | "anthropic"
  | "gemini"
  | "mistral"
  | "reasoning-content"
  | "auto"
  | "openai-compatible";

/** `reasoning_effort` values, weakest first (`off` is not one: it sends nothing). */
export type ReasoningEffort = "minimal" | "low" | "medium" | "high";

/** How the host rewrites tool-call ids on replay: strip to [A-Za-z0-9], or that at length 9. */
export type ToolCallIdMode = "strict" | "strict9";

export type ToolSchemaDialect = "openai" | "gemini";

export interface RouteFamily {
  readonly id: RouteFamilyId;
  readonly label: string;
  /** Matched against the lower-cased id, after any `vendor/` namespace. */
  readonly idPatterns: readonly RegExp[];
  /** `owned_by` values (lower-cased) that place a live id no pattern knows. */
  readonly owners: readonly string[];
  readonly toolCallIds: ToolCallIdMode;
  /** Upstream wants `reasoning_content` back on its assistant tool-call messages. */
  readonly replaysReasoning: boolean;
  /** Upstream signs tool calls (`extra_content.google.thought_signature`) and wants them back. */
  readonly signsToolCalls: boolean;
  /** Ids whose upstream rejects an unsigned tool call, so unsigned ones get the placeholder. */
  readonly strictSignatures?: RegExp;
  readonly toolSchemas: ToolSchemaDialect;
  /** What a reasoning route of this family accepts as `reasoning_effort`. */
  readonly reasoningEfforts: readonly ReasoningEffort[];
  readonly maxTokensField: "max_completion_tokens" | "max_tokens";
  /** Neither max-tokens name is sent: the route may reach a vendor that refuses either one. */
  readonly omitsMaxTokens?: true;
  /** One line for operators (README "Model families"). */
  readonly note: string;
}

const STANDARD_EFFORTS: readonly ReasoningEffort[] = ["low", "medium", "high"];

/** The plain OpenAI-compatible wire; each family below says only where it differs. */
const PLAIN = {
  toolCallIds: "strict",
  replaysReasoning: false,
  signsToolCalls: false,
  toolSchemas: "openai",
  reasoningEfforts: STANDARD_EFFORTS,
  maxTokensField: "max_tokens",
} as const satisfies Partial<RouteFamily>;

/** First match wins; the last row (no patterns, no owners) catches everything else. */
export const ROUTE_FAMILIES: readonly RouteFamily[] = [
  {
    ...PLAIN,
    id: "openai",
    label: "OpenAI",
    idPatterns: [/^gpt-/, /^chatgpt-/, /^o\d/],
    owners: ["openai"],
    reasoningEfforts: ["minimal", "low", "medium", "high"],
    maxTokensField: "max_completion_tokens",
    note: "OpenAI's own parameters (`max_completion_tokens`, `minimal` effort).",
  },
  {
    ...PLAIN,
    id: "anthropic",
    label: "Anthropic",
    idPatterns: [/^claude-/],
    owners: ["anthropic"],
    note: "Claude routes; thinking as `reasoning_effort`.",
  },
  {
    ...PLAIN,
    id: "gemini",
    label: "Gemini",
    idPatterns: [/^gemini-/],
    owners: ["google", "google-ai", "vertex-ai"],
    signsToolCalls: true,
    strictSignatures: /^gemini-(?:[3-9]|\d{2,})/,
    toolSchemas: "gemini",
    note: "Tool calls replayed with the signature the route returned; tool schemas cleaned for Gemini.",
  },
  {
    ...PLAIN,
    id: "mistral",
    label: "Mistral",
    idPatterns: [
      /^pixtral-/,
      /^mistral-/,
      /^magistral-/,
      /^codestral-/,
      /^devstral-/,
      /^ministral-/,
    ],
    owners: ["mistral", "mistralai"],
    toolCallIds: "strict9",
    note: "Tool-call ids rewritten to 9 letters and digits, also for history from other routes.",
  },
  {
    ...PLAIN,
    id: "reasoning-content",
    label: "Reasoning-content vendors (DeepSeek, Kimi, GLM, Qwen3)",
    idPatterns: [/^deepseek-/, /^kimi-/, /^glm-/, /^qwen3-/],
    owners: ["deepseek", "moonshot", "moonshotai", "zhipu", "zhipuai", "z-ai", "zai", "qwen"],
    replaysReasoning: true,
    note: "`reasoning_content` kept on replayed tool-call turns, as these vendors require.",
  },
  // TaaS's AutoRouter picks the upstream after the request is sent, so a request on `auto`
  // must be one every family above accepts: the union of their rules where a rule adds
  // something another family ignores (9-character ids, signatures with Google's placeholder,
  // reasoning passed back, Gemini's schema subset, a subset the others read as JSON Schema),
  // and nothing where the families disagree (OpenAI refuses `max_tokens` on its reasoning
  // models, other vendors document only `max_tokens`, so neither is sent and the routed
  // model's own limit applies). Assumption, not documented by TaaS: the fields a vendor does
  // not know (`extra_content`, `reasoning_content`) are dropped or ignored on the way there.
  {
    ...PLAIN,
    id: "auto",
    label: "AutoRouter (`auto`)",
    idPatterns: [/^auto$/],
    owners: [],
    toolCallIds: "strict9",
    replaysReasoning: true,
    signsToolCalls: true,
    strictSignatures: /^auto$/,
    toolSchemas: "gemini",
    omitsMaxTokens: true,
    note: "Routed by TaaS after sending, so every request satisfies every family's rules at once.",
  },
  {
    ...PLAIN,
    id: "openai-compatible",
    label: "Other OpenAI-compatible routes",
    idPatterns: [],
    owners: [],
    note: "The conservative default: standard parameters only.",
  },
];

const DEFAULT_FAMILY = ROUTE_FAMILIES[ROUTE_FAMILIES.length - 1] as RouteFamily;

/** The id as the table reads it: trimmed, lower-cased, without a `vendor/` namespace. */
export function routeKey(modelId: string): string {
  const id = modelId.trim().toLowerCase();
  return id.slice(id.lastIndexOf("/") + 1);
}

/**
 * The family of a route. The id decides; `owned_by` (live metadata) is consulted only
 * when no family claims the id, and anything unknown gets the conservative default.
 */
export function routeFamilyOf(modelId: unknown, ownedBy?: unknown): RouteFamily {
  if (typeof modelId !== "string") return DEFAULT_FAMILY;
  const key = routeKey(modelId);
  const byId = ROUTE_FAMILIES.find((family) => family.idPatterns.some((p) => p.test(key)));
  if (byId) return byId;
  const owner = typeof ownedBy === "string" ? ownedBy.trim().toLowerCase() : "";
  return ROUTE_FAMILIES.find((family) => family.owners.includes(owner)) ?? DEFAULT_FAMILY;
}

/** Whether an unsigned tool call sent to this route must carry the documented placeholder. */
export function requiresSignedToolCalls(family: RouteFamily, modelId: string): boolean {
  return family.strictSignatures?.test(routeKey(modelId)) ?? false;
}
