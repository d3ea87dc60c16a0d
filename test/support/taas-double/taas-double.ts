// A loopback stand-in for CloudSigma TaaS: GET /v1/models and POST /v1/chat/completions
// (SSE or JSON), with a tool-call round trip, recording every request for assertions.
// Self-contained (node:* imports only) so the CLI can run it with Node's type stripping.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_EMBEDDING_DIMENSIONS, embedText } from "./embeddings.ts";
import { type Extras, type Vendor, VendorRules } from "./family-rules.ts";

export type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number };

/** What the double answers to one chat request. */
export type Turn =
  | { kind: "text"; text: string }
  | { kind: "tool"; name: string; arguments: Record<string, unknown> }
  | {
      kind: "error";
      status: number;
      message: string;
      /** e.g. `{ "retry-after": "20" }` */
      headers?: Record<string, string>;
      /** The error body's `code` (default `server_error`). */
      code?: string;
    };

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  at: number;
  /** The upstream vendor's objection, when the double answered 400 for it. */
  violation?: string;
};

export type TaasDoubleOptions = {
  /** Rows of GET /v1/models. */
  models?: unknown[];
  /** Whole body of GET /v1/models (e.g. a bare array), overriding `models`. */
  modelsBody?: unknown;
  /** Status of GET /v1/models (e.g. 401, 500) with an OpenAI-style error body. */
  modelsStatus?: number;
  /** When set, requests without `Authorization: Bearer <apiKey>` get 401. */
  apiKey?: string;
  reply?: string;
  /** Text answered when a tool result follows the last assistant message. */
  afterToolReply?: string;
  usage?: Usage;
  /** A user message of the current turn (since the last assistant/tool message) containing this phrase gets a tool call. */
  toolTrigger?: string;
  toolCall?: { name: string; arguments: Record<string, unknown> };
  /** Turns used first, one per chat request, before the default rules. */
  turns?: Turn[];
  /** Per-request override; return undefined to fall back to turns and defaults. */
  script?: (request: RecordedRequest) => Turn | undefined;
  chunkDelayMs?: number;
  /** Closes itself after this long without a request. */
  idleMs?: number;
  /** Closes itself after this long whatever happens. */
  maxLifetimeMs?: number;
  port?: number;
  /**
   * Loopback address to listen on. 127.0.0.2 by default: OpenClaw classes 127.0.0.1 and
   * localhost as *local* endpoints with other request defaults, 127.0.0.2 like a remote
   * host such as taas.cloudsigma.com (shared/design.md §9).
   */
  host?: string;
  /**
   * Each route's upstream rules (Gemini signatures and schemas, Mistral ids, reasoning
   * passback; family-rules.ts), on unless set to false.
   */
  vendorRules?: boolean;
  /** Route ids whose vendor the double should not guess from the id. */
  vendors?: Record<string, Vendor>;
  /** POST /v1/embeddings: the models it serves and their vector size (default text-embed-3: 64). */
  embeddingModels?: Record<string, number>;
  /** Answers for the next POST /v1/embeddings requests, one each, before normal service. */
  embeddingFaults?: { status: number; headers?: Record<string, string>; body?: unknown }[];
};

export type TaasDouble = {
  /** Base URL including /v1, as a provider config's baseUrl. */
  url: string;
  requests: RecordedRequest[];
  /** Only POST /v1/embeddings requests, in order. */
  embeddingRequests(): RecordedRequest[];
  /** Only POST /v1/chat/completions requests, in order. */
  chatRequests(): RecordedRequest[];
  /** What upstream vendors objected to, in order (empty when every request was accepted). */
  violations(): string[];
  /** Queue turns for the next chat requests (e.g. per test). */
  pushTurns(...turns: Turn[]): void;
  close(): Promise<void>;
  closed: Promise<void>;
};

export const DEFAULT_MODELS: unknown[] = [
  {
    id: "gpt-5.5",
    object: "model",
    owned_by: "openai",
    type: "chat",
    capabilities: { chat_completions: true },
    context_window: 400000,
    max_output_tokens: 128000,
  },
  {
    id: "taas-live-only",
    object: "model",
    owned_by: "cloudsigma",
    type: "chat",
    capabilities: { chat_completions: true },
    context_window: 64000,
    max_output_tokens: 4096,
    pricing: { input: 0.5, output: 1.5 },
  },
  {
    id: "taas-vision-live",
    object: "model",
    owned_by: "cloudsigma",
    type: "vision",
    capabilities: { chat_completions: true, vision: true },
    context_window: 128000,
    max_output_tokens: 8192,
  },
  { id: "text-embed-3", object: "model", owned_by: "openai", type: "embedding" },
];

/** Loopback, yet classed by OpenClaw like a remote endpoint (not `local`). */
export const REMOTE_LIKE_LOOPBACK = "127.0.0.2";

export const DEFAULTS = {
  reply: "Hello from the TaaS double.",
  afterToolReply: "The tool ran; here is the final answer.",
  usage: { prompt_tokens: 21, completion_tokens: 8, total_tokens: 29 } as Usage,
  toolTrigger: "USE_TOOL",
  toolCall: { name: "read", arguments: { path: "hello.txt" } },
  idleMs: 120_000,
  maxLifetimeMs: 15 * 60_000,
};

type ChatMessage = { role?: string; content?: unknown };
type ChatBody = {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: ChatMessage[];
};

export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (part && typeof part.text === "string" ? part.text : "")).join("");
  }
  return "";
}

export async function startTaasDouble(options: TaasDoubleOptions = {}): Promise<TaasDouble> {
  const requests: RecordedRequest[] = [];
  const queued: Turn[] = [...(options.turns ?? [])];
  const rules = new VendorRules(options.vendors);
  const embeddingFaults = [...(options.embeddingFaults ?? [])];

  const chooseTurn = (recorded: RecordedRequest): Turn => {
    const scripted = options.script?.(recorded);
    if (scripted) return scripted;
    const next = queued.shift();
    if (next) return next;
    const messages = (recorded.body as ChatBody | undefined)?.messages ?? [];
    // A tool result since the last assistant message means the round trip is done; 2026.9.6
    // may append an internal-context user message after it, so it need not be last.
    const lastAssistant = messages.findLastIndex((m) => m.role === "assistant");
    if (messages.slice(lastAssistant + 1).some((m) => m.role === "tool")) {
      return { kind: "text", text: options.afterToolReply ?? DEFAULTS.afterToolReply };
    }
    // The user messages of the current turn: 2026.9.6 appends an internal-context user
    // message after the real one, so the last user message alone is not enough.
    const lastReply = messages.findLastIndex((m) => m.role === "assistant" || m.role === "tool");
    const turnText = messages
      .slice(lastReply + 1)
      .filter((m) => m.role === "user")
      .map((m) => textOf(m.content))
      .join("\n");
    if (turnText.includes(options.toolTrigger ?? DEFAULTS.toolTrigger)) {
      return { kind: "tool", ...(options.toolCall ?? DEFAULTS.toolCall) };
    }
    return { kind: "text", text: options.reply ?? DEFAULTS.reply };
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error) } });
      else res.end();
    });
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    resetIdle();
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const raw = await readBody(req);
    // Control endpoints for a double running in another process; not recorded.
    if (path === "/__requests" && req.method === "DELETE") {
      requests.length = 0;
      return sendJson(res, 200, requests);
    }
    if (path === "/__requests") return sendJson(res, 200, requests);
    if (path === "/__turns" && req.method === "POST") {
      queued.push(...(parseJson(raw) as Turn[]));
      return sendJson(res, 200, { queued: queued.length });
    }
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      headers: { ...req.headers },
      body: raw === "" ? undefined : parseJson(raw),
      at: Date.now(),
    };
    requests.push(recorded);

    if (options.apiKey !== undefined && req.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendError(res, 401, "Invalid API key", "invalid_api_key");
    }
    if (req.method === "GET" && path === "/v1/models") {
      if (options.modelsStatus && options.modelsStatus >= 400) {
        return sendError(res, options.modelsStatus, "models unavailable", "server_error");
      }
      const body = options.modelsBody ?? { object: "list", data: options.models ?? DEFAULT_MODELS };
      return sendJson(res, options.modelsStatus ?? 200, body);
    }
    if (req.method === "POST" && path === "/v1/chat/completions") {
      const body = (typeof recorded.body === "object" ? recorded.body : {}) as ChatBody;
      const violation = options.vendorRules === false ? undefined : rules.check(body);
      if (violation) {
        recorded.violation = violation.message;
        return sendJson(res, violation.status, violation.body);
      }
      const turn = chooseTurn(recorded);
      if (turn.kind === "error") {
        return sendError(res, turn.status, turn.message, turn.code ?? "server_error", turn.headers);
      }
      const extras = rules.respond(body, turn.kind === "tool");
      const model = body.model ?? "unknown";
      const usage = options.usage ?? DEFAULTS.usage;
      if (body.stream) {
        const withUsage = body.stream_options?.include_usage === true;
        return streamTurn(
          res,
          turn,
          model,
          extras,
          withUsage ? usage : undefined,
          options.chunkDelayMs ?? 0,
        );
      }
      return sendJson(res, 200, completion(turn, model, extras, usage));
    }
    if (req.method === "POST" && path === "/v1/embeddings") {
      const fault = embeddingFaults.shift();
      if (fault)
        return sendJson(
          res,
          fault.status,
          fault.body ?? { error: { message: "fault" } },
          fault.headers,
        );
      return answerEmbeddings(
        res,
        recorded.body,
        options.embeddingModels ?? DEFAULT_EMBEDDING_MODELS,
      );
    }
    return sendError(res, 404, `No route for ${req.method} ${path}`, "not_found");
  };

  let idleTimer: NodeJS.Timeout | undefined;
  const resetIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void close(), options.idleMs ?? DEFAULTS.idleMs);
    idleTimer.unref();
  };
  const lifeTimer = setTimeout(() => void close(), options.maxLifetimeMs ?? DEFAULTS.maxLifetimeMs);
  lifeTimer.unref();

  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      if (idleTimer) clearTimeout(idleTimer);
      clearTimeout(lifeTimer);
      server.close(() => resolve());
      server.closeAllConnections();
    }).then(resolveClosed);
    return closing;
  };

  const host = options.host ?? REMOTE_LIKE_LOOPBACK;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  resetIdle();
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}/v1`,
    requests,
    chatRequests: () =>
      requests.filter((r) => r.method === "POST" && r.path === "/v1/chat/completions"),
    embeddingRequests: () =>
      requests.filter((r) => r.method === "POST" && r.path === "/v1/embeddings"),
    violations: () => requests.flatMap((r) => (r.violation ? [r.violation] : [])),
    pushTurns: (...turns) => {
      queued.push(...turns);
    },
    close,
    closed,
  };
}

function completionId(): string {
  return `chatcmpl-double-${Date.now().toString(36)}`;
}

/** A tool call as the vendor sends it, Gemini's signature included. */
function toolCallOf(turn: Turn & { kind: "tool" }, extras: Extras, args: string) {
  return {
    id: extras.toolCallId,
    type: "function",
    function: { name: turn.name, arguments: args },
    ...(extras.signature
      ? { extra_content: { google: { thought_signature: extras.signature } } }
      : {}),
  };
}

function completion(turn: Turn, model: string, extras: Extras, usage: Usage) {
  const reasoning = extras.reasoning ? { reasoning_content: extras.reasoning } : {};
  const message =
    turn.kind === "tool"
      ? {
          role: "assistant",
          content: null,
          ...reasoning,
          tool_calls: [toolCallOf(turn, extras, JSON.stringify(turn.arguments))],
        }
      : { role: "assistant", content: turn.kind === "text" ? turn.text : "", ...reasoning };
  return {
    id: completionId(),
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, finish_reason: turn.kind === "tool" ? "tool_calls" : "stop" }],
    usage,
  };
}

async function streamTurn(
  res: ServerResponse,
  turn: Turn,
  model: string,
  extras: Extras,
  usage: Usage | undefined,
  delayMs: number,
) {
  res.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  const send = async (choices: unknown[], extra: Record<string, unknown> = {}) => {
    res.write(
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices, ...extra })}\n\n`,
    );
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
  };
  const delta = (d: Record<string, unknown>, finish: string | null = null) => [
    { index: 0, delta: d, finish_reason: finish },
  ];

  if (extras.reasoning) {
    // Thinking vendors stream their reasoning first, in its own field.
    await send(delta({ role: "assistant", content: null, reasoning_content: "" }));
    for (const piece of extras.reasoning.match(/\S+\s*/g) ?? []) {
      await send(delta({ reasoning_content: piece }));
    }
  }
  if (turn.kind === "tool") {
    const args = JSON.stringify(turn.arguments);
    const half = Math.ceil(args.length / 2);
    await send(
      delta({
        role: "assistant",
        content: null,
        tool_calls: [{ index: 0, ...toolCallOf(turn, extras, "") }],
      }),
    );
    // Arguments arrive in pieces, as real gateways send them.
    for (const piece of [args.slice(0, half), args.slice(half)]) {
      await send(delta({ tool_calls: [{ index: 0, function: { arguments: piece } }] }));
    }
    await send(delta({}, "tool_calls"));
  } else {
    const text = turn.kind === "text" ? turn.text : "";
    await send(delta({ role: "assistant", content: "" }));
    for (const piece of text.match(/\S+\s*/g) ?? [text]) await send(delta({ content: piece }));
    await send(delta({}, "stop"));
  }
  if (usage) await send([], { usage });
  res.end("data: [DONE]\n\n");
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
) {
  sendJson(res, status, { error: { message, type: code, code } }, headers);
}

const DEFAULT_EMBEDDING_MODELS: Record<string, number> = {
  "text-embed-3": DEFAULT_EMBEDDING_DIMENSIONS,
};

/** OpenAI's embeddings shape: one vector per input, in input order, with usage. */
function answerEmbeddings(res: ServerResponse, body: unknown, models: Record<string, number>) {
  const { model, input } = (body ?? {}) as { model?: unknown; input?: unknown };
  const dimensions = typeof model === "string" ? models[model] : undefined;
  if (dimensions === undefined) {
    return sendError(res, 404, `The model '${String(model)}' does not exist`, "model_not_found");
  }
  const inputs = typeof input === "string" ? [input] : Array.isArray(input) ? input : undefined;
  if (!inputs || inputs.length === 0 || !inputs.every((text) => typeof text === "string")) {
    return sendError(
      res,
      400,
      "'input' must be a string or an array of strings",
      "invalid_request_error",
    );
  }
  const tokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return sendJson(res, 200, {
    object: "list",
    model,
    data: inputs.map((text, index) => ({
      object: "embedding",
      index,
      embedding: embedText(text, dimensions),
    })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
