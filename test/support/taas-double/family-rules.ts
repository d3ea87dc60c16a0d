// What each upstream vendor behind TaaS demands of a chat request, enforced the way the vendor
// does (a 400 in its own words), and the extras it sends back (signatures, reasoning). Kept
// independent of the plugin's own family table (src/domain/routes), so each checks the other.
// Self-contained (node:* only) for the double's CLI.

/** Which vendor rules a route gets, placed by the double's own reading of the model id. */
export type Vendor = "gemini" | "mistral" | "reasoning" | "plain";

export type VendorProfile = {
  vendor: Vendor;
  /** Gemini 3+: every replayed tool call must carry a signature (its own, or the placeholder). */
  strictSignatures: boolean;
};

export const GOOGLE_PLACEHOLDER_SIGNATURE = "skip_thought_signature_validator";
const OPENCLAW_CONTEXT_MARKER = "<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>";
const MISTRAL_ID = /^[A-Za-z0-9]{9}$/;

/** Google's documented function-declaration `Schema` fields. */
const GEMINI_FIELDS = new Set(
  "type format title description nullable enum maxItems minItems properties required minProperties maxProperties minLength maxLength pattern example anyOf propertyOrdering default items minimum maximum".split(
    " ",
  ),
);

export function vendorFor(model: string, overrides: Record<string, Vendor> = {}): VendorProfile {
  const id = model.trim().toLowerCase().split("/").at(-1) ?? "";
  const vendor =
    overrides[model] ??
    (/^gemini-/.test(id)
      ? "gemini"
      : /^(pixtral|mistral|magistral|codestral|devstral|ministral)-/.test(id)
        ? "mistral"
        : /^(deepseek|kimi|glm|qwen3)-/.test(id)
          ? "reasoning"
          : "plain");
  const major = Number(/^gemini-(\d+)/.exec(id)?.[1] ?? 0);
  return { vendor, strictSignatures: vendor === "gemini" && major >= 3 };
}

/** A vendor's 400: HTTP status plus the body it would send. */
export type Violation = { vendor: Vendor; status: 400; body: unknown; message: string };

type Message = {
  role?: string;
  content?: unknown;
  tool_calls?: { id?: string; function?: { name?: string }; extra_content?: unknown }[];
  tool_call_id?: string;
  reasoning_content?: unknown;
};
type Body = {
  model?: string;
  messages?: Message[];
  tools?: { function?: { name?: string; parameters?: unknown } }[];
  reasoning_effort?: unknown;
};

/** What the double issued for one tool call. */
type Issued = { model: string; signature?: string; reasoning?: string };

/** What a response carries besides its text or tool call. */
export type Extras = { toolCallId: string; signature?: string; reasoning?: string };

/**
 * The double's memory of what each route issued (tool-call ids, signatures, reasoning), so a
 * replay can be checked against exactly what that route sent.
 */
export class VendorRules {
  private readonly issued = new Map<string, Issued>();
  private responses = 0;
  private toolCalls = 0;

  private readonly overrides: Record<string, Vendor>;

  constructor(overrides: Record<string, Vendor> = {}) {
    this.overrides = overrides;
  }

  /** Extras for the next response on `model`; `tool` when it is a tool call. */
  respond(request: unknown, tool: boolean): Extras {
    const body = (request ?? {}) as Body;
    const model = body.model ?? "unknown";
    const { vendor } = vendorFor(model, this.overrides);
    const n = ++this.responses;
    const k = tool ? ++this.toolCalls : 0;
    // Mistral issues 9-character alphanumeric ids; the others OpenAI-style `call_N`.
    const toolCallId = tool
      ? vendor === "mistral"
        ? `mst${String(k).padStart(6, "0")}`
        : `call_${k}`
      : "";
    const thinks =
      vendor === "reasoning" &&
      typeof body.reasoning_effort === "string" &&
      body.reasoning_effort !== "none";
    const extras: Extras = {
      toolCallId,
      ...(thinks ? { reasoning: `Weighing the request (${n}).` } : {}),
      ...(tool && vendor === "gemini"
        ? { signature: Buffer.from(`gemini-signature:${model}:${n}`).toString("base64") }
        : {}),
    };
    if (tool) {
      this.issued.set(toolCallId, {
        model,
        ...(extras.signature ? { signature: extras.signature } : {}),
        ...(extras.reasoning ? { reasoning: extras.reasoning } : {}),
      });
    }
    return extras;
  }

  /** The vendor's objection to a request, or undefined when it would accept it. */
  check(request: unknown): Violation | undefined {
    const body = (request ?? {}) as Body;
    const model = body.model ?? "unknown";
    const profile = vendorFor(model, this.overrides);
    const messages = Array.isArray(body.messages) ? body.messages : [];
    switch (profile.vendor) {
      case "mistral":
        return mistralIds(messages);
      case "gemini":
        return geminiSchemas(body) ?? this.geminiSignatures(messages, model, profile);
      case "reasoning":
        return this.reasoningPassback(messages);
      default:
        return undefined;
    }
  }

  private lookup(id: unknown): Issued | undefined {
    if (typeof id !== "string") return undefined;
    // The host strips non-alphanumerics from ids it replays (call_1 -> call1).
    return this.issued.get(id) ?? this.issued.get(id.replace(/^call(\d+)$/, "call_$1"));
  }

  private geminiSignatures(messages: Message[], model: string, profile: VendorProfile) {
    for (const [index, message] of messages.entries()) {
      if (message.role !== "assistant") continue;
      for (const call of message.tool_calls ?? []) {
        const sent = signatureOf(call.extra_content);
        const issued = this.lookup(call.id);
        const own = issued?.model === model ? issued.signature : undefined;
        const wrong = own
          ? sent !== own && (profile.strictSignatures || sent !== undefined)
          : sent === undefined
            ? profile.strictSignatures
            : sent !== GOOGLE_PLACEHOLDER_SIGNATURE;
        if (wrong) {
          const what =
            sent === undefined
              ? "is missing a thought_signature"
              : "has an invalid thought_signature";
          const message = `Function call ${what} in functionCall parts. This is required for tools to work correctly. Function call \`default_api:${call.function?.name ?? "?"}\`, position ${index}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`;
          return google(message);
        }
      }
    }
    return undefined;
  }

  /** Thinking tool loops: the assistant tool-call turn must come back with its reasoning. */
  private reasoningPassback(messages: Message[]): Violation | undefined {
    const turnStart = lastRealUserIndex(messages) + 1;
    for (let index = turnStart; index < messages.length; index++) {
      const message = messages[index] as Message;
      if (message.role !== "assistant" || !message.tool_calls?.length) continue;
      const wanted = message.tool_calls
        .map((call) => this.lookup(call.id)?.reasoning)
        .find(Boolean);
      if (wanted && message.reasoning_content !== wanted) {
        const message =
          `Missing \`reasoning_content\` field in the assistant message at message index ${index}. ` +
          "For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls";
        return {
          vendor: "reasoning",
          status: 400,
          message,
          body: {
            error: {
              message,
              type: "invalid_request_error",
              param: null,
              code: "invalid_request_error",
            },
          },
        };
      }
    }
    return undefined;
  }
}

function mistralIds(messages: Message[]): Violation | undefined {
  for (const message of messages) {
    const ids = [...(message.tool_calls ?? []).map((call) => call.id), message.tool_call_id];
    for (const id of ids) {
      if (id === undefined || MISTRAL_ID.test(String(id))) continue;
      const text = `Tool call id was ${id} but must be a-z, A-Z, 0-9, with a length of 9.`;
      return {
        vendor: "mistral",
        status: 400,
        message: text,
        body: {
          object: "error",
          message: text,
          type: "invalid_request_message_order",
          param: null,
          code: "3280",
        },
      };
    }
  }
  return undefined;
}

function geminiSchemas(body: Body): Violation | undefined {
  for (const [index, tool] of (body.tools ?? []).entries()) {
    const unknown = unknownField(tool.function?.parameters);
    if (unknown) {
      return google(
        `Invalid JSON payload received. Unknown name "${unknown.key}" at 'tools[0].function_declarations[${index}].parameters${unknown.path}': Cannot find field.`,
      );
    }
  }
  return undefined;
}

function unknownField(schema: unknown, path = ""): { key: string; path: string } | undefined {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return undefined;
  for (const [key, value] of Object.entries(schema)) {
    if (!GEMINI_FIELDS.has(key)) return { key, path };
    const children: [string, unknown][] =
      key === "properties" && value && typeof value === "object"
        ? Object.entries(value).map(([name, child]) => [`.properties.${name}`, child])
        : key === "items"
          ? [[".items", value]]
          : key === "anyOf" && Array.isArray(value)
            ? value.map((child, i) => [`.any_of[${i}]`, child])
            : [];
    for (const [at, child] of children) {
      const found = unknownField(child, `${path}${at}`);
      if (found) return found;
    }
  }
  return undefined;
}

function google(message: string): Violation {
  return {
    vendor: "gemini",
    status: 400,
    message,
    body: { error: { code: 400, message, status: "INVALID_ARGUMENT" } },
  };
}

function signatureOf(extra: unknown): string | undefined {
  const google = (extra as { google?: { thought_signature?: unknown } } | undefined)?.google;
  return typeof google?.thought_signature === "string" ? google.thought_signature : undefined;
}

/** The last user message that is the operator's, not the host's appended runtime context. */
export function lastRealUserIndex(messages: Message[]): number {
  return messages.findLastIndex(
    (message) =>
      message.role === "user" && !textOf(message.content).startsWith(OPENCLAW_CONTEXT_MARKER),
  );
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => (typeof part?.text === "string" ? part.text : "")).join("");
}
