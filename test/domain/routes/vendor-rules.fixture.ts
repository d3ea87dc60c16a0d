/**
 * What each upstream family refuses in a Chat Completions request, restated for the domain
 * tests from the vendors' documented errors (the strict TaaS double enforces the same in
 * test/support/taas-double/family-rules.ts; it is kept apart so each checks the other).
 * Each rule answers the vendor's objection, or undefined when it would accept the request.
 */

type Call = { id?: unknown; extra_content?: { google?: { thought_signature?: unknown } } };
type Message = {
  role?: string;
  tool_calls?: Call[];
  tool_call_id?: unknown;
  reasoning_content?: unknown;
};
type Body = {
  messages?: Message[];
  tools?: { function?: { parameters?: unknown } }[];
  max_tokens?: unknown;
  reasoning_effort?: unknown;
};

export type VendorRule = (body: Body, issued: { reasoning?: string }) => string | undefined;

const GEMINI_FIELDS = new Set(
  "type format title description nullable enum maxItems minItems properties required minProperties maxProperties minLength maxLength pattern example anyOf propertyOrdering default items minimum maximum".split(
    " ",
  ),
);

const calls = (body: Body): Call[] => (body.messages ?? []).flatMap((m) => m.tool_calls ?? []);
const ids = (body: Body): unknown[] => [
  ...calls(body).map((c) => c.id),
  ...(body.messages ?? []).filter((m) => m.role === "tool").map((m) => m.tool_call_id),
];

function unknownSchemaField(schema: unknown): string | undefined {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return undefined;
  for (const [key, value] of Object.entries(schema)) {
    if (!GEMINI_FIELDS.has(key)) return key;
    const children =
      key === "properties" && typeof value === "object" && value !== null
        ? Object.values(value)
        : key === "items"
          ? [value]
          : key === "anyOf" && Array.isArray(value)
            ? value
            : [];
    for (const child of children) {
      const found = unknownSchemaField(child);
      if (found) return found;
    }
  }
  return undefined;
}

export const VENDOR_RULES: Readonly<Record<string, VendorRule>> = {
  /** Gemini 3: every replayed call signed (its own or the placeholder); its schema subset. */
  "gemini-3": (body) => {
    for (const tool of body.tools ?? []) {
      const field = unknownSchemaField(tool.function?.parameters);
      if (field) return `Unknown name "${field}"`;
    }
    const unsigned = calls(body).find(
      (c) => typeof c.extra_content?.google?.thought_signature !== "string",
    );
    return unsigned ? "Function call is missing a thought_signature" : undefined;
  },
  /** Mistral: tool-call ids are exactly 9 letters and digits, history included. */
  mistral: (body) => {
    const bad = ids(body).find((id) => typeof id !== "string" || !/^[A-Za-z0-9]{9}$/.test(id));
    return bad === undefined ? undefined : `Tool call id was ${String(bad)}`;
  },
  /** DeepSeek/Kimi/GLM/Qwen3 thinking: the tool-call turn comes back with its reasoning. */
  "reasoning-content": (body, issued) => {
    if (!issued.reasoning) return undefined;
    const turn = (body.messages ?? []).find((m) => m.role === "assistant" && m.tool_calls?.length);
    return turn && turn.reasoning_content !== issued.reasoning
      ? "Missing `reasoning_content` field in the assistant message"
      : undefined;
  },
  /** OpenAI: reasoning models refuse `max_tokens`; ids at most 40 characters. */
  openai: (body) => {
    if ("max_tokens" in body) return "Unsupported parameter: 'max_tokens'";
    const long = ids(body).find((id) => typeof id !== "string" || id.length > 40);
    return long === undefined ? undefined : "Invalid 'tool_call_id': string too long";
  },
  /** Anthropic: tool-use ids `^[a-zA-Z0-9_-]+$`; each tool result answers a call before it. */
  anthropic: (body) => {
    const bad = ids(body).find((id) => typeof id !== "string" || !/^[a-zA-Z0-9_-]+$/.test(id));
    if (bad !== undefined) return "tool_use.id: String should match pattern";
    const seen = new Set<unknown>();
    for (const message of body.messages ?? []) {
      for (const call of message.tool_calls ?? []) seen.add(call.id);
      if (message.role === "tool" && !seen.has(message.tool_call_id)) {
        return "unexpected `tool_use_id` found in `tool_result` blocks";
      }
    }
    return undefined;
  },
};
