// A stand-in for CloudSigma TaaS: GET /v1/models, POST /v1/chat/completions (SSE or JSON, with a
// tool-call round trip and each vendor's rules) and POST /v1/embeddings, recording every request.
// Any reply can be scripted (status, headers, body, delay, a slow drip, a hang, a dropped
// connection, a redirect), one per request or until changed. The behaviour is transport-free
// (taasBehaviour); startTaasDouble serves it on loopback, msw-taas-double.ts in-process.
// Self-contained (node:* imports, .ts specifiers) so plain Node runs it with type stripping.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
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

/** The routes a reply can be scripted for; "*" is every one of them. */
export type Route = "models" | "chat" | "embeddings" | "*";

/** One scripted HTTP answer, in place of the route's normal service. */
export type Reply = {
  status?: number;
  headers?: Record<string, string>;
  /** Waits this long before answering. */
  delayMs?: number;
} & (
  | { json: unknown }
  | { body: string }
  /** Headers at once, then the start of a body and a byte every `everyMs` (10), never finishing. */
  | { drip: true; everyMs?: number }
  /** Never answers; the connection stays open until the client gives up. */
  | { hang: true }
  /** Drops the connection without an answer. */
  | { networkError: true }
  /** 302 to the double's other host (when it has one), or to the URL given. */
  | { redirectTo: "other-host" | (string & {}) }
);

export type RecordedRequest = {
  method: string;
  /** The path alone, e.g. `/v1/models`. */
  path: string;
  /** The whole URL as the client asked for it, origin included. */
  url: string;
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
  /** A second loopback address whose requests land in `otherHostRequests` (a redirect target). */
  otherHost?: string;
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
  /** Replies queued per route, one per request, before normal service (see `script`). */
  replies?: Partial<Record<Route, Reply[]>>;
  /** Called with every recorded request (e.g. to stamp it with a benchmark's clock). */
  onRequest?: (request: RecordedRequest) => void;
};

/** The double's recording and scripting, whatever carries its requests. */
export type TaasScript = {
  requests: RecordedRequest[];
  /** Requests that reached the other host, which no request may reach. */
  otherHostRequests: RecordedRequest[];
  /** Only POST /v1/embeddings requests, in order. */
  embeddingRequests(): RecordedRequest[];
  /** Only POST /v1/chat/completions requests, in order. */
  chatRequests(): RecordedRequest[];
  /** Only GET /v1/models requests, in order. */
  modelsRequests(): RecordedRequest[];
  /** The URL and Authorization header of every request, in order. */
  seen(): { url: string; authorization: string | null }[];
  /** What upstream vendors objected to, in order (empty when every request was accepted). */
  violations(): string[];
  /** Queue turns for the next chat requests (e.g. per test). */
  pushTurns(...turns: Turn[]): void;
  /** Queue replies for the next requests to `route`, one each. */
  script(route: Route, ...replies: Reply[]): void;
  /** Answer every later request to `route` with `reply` (undefined: normal service again). */
  reply(reply: Reply | undefined, route?: Route): void;
  /** Forget requests, queued replies and turns, and standing replies. */
  reset(): void;
};

export type TaasDouble = TaasScript & {
  /** Base URL including /v1, as a provider config's baseUrl. */
  url: string;
  close(): Promise<void>;
  closed: Promise<void>;
};

/** A request as any transport hands it over. */
export type IncomingTaasRequest = {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  raw: string;
};

/** What a transport sends back. */
export type Answer =
  | { kind: "hang" }
  | { kind: "drop" }
  /** Headers, the start of a body, then a byte every `everyMs`, never finishing. */
  | { kind: "drip"; status: number; headers: Record<string, string>; everyMs: number }
  | {
      kind: "send";
      status: number;
      headers: Record<string, string>;
      body: string | AsyncIterable<string>;
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

/** What the other host answers: rows no request should ever fetch. */
export const OTHER_HOST_BODY = { data: [{ id: "stolen", type: "chat" }] };

type ChatMessage = { role?: string; content?: unknown };
type ChatBody = {
  model?: string;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  messages?: ChatMessage[];
};

const ROUTES: Record<string, Exclude<Route, "*">> = {
  "GET /v1/models": "models",
  "POST /v1/chat/completions": "chat",
  "POST /v1/embeddings": "embeddings",
};

export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (part && typeof part.text === "string" ? part.text : "")).join("");
  }
  return "";
}

export function recordRequest(request: IncomingTaasRequest): RecordedRequest {
  return {
    method: request.method,
    path: new URL(request.url).pathname,
    url: request.url,
    headers: request.headers,
    body: request.raw === "" ? undefined : parseJson(request.raw),
    at: Date.now(),
  };
}

/**
 * The double without a transport: `answer` turns one request into what to send, and the
 * rest records and scripts. `otherUrl` is where `{ redirectTo: "other-host" }` points.
 */
export function taasBehaviour(
  options: TaasDoubleOptions = {},
  otherUrl = "http://127.0.0.1:9/v1/models",
): TaasScript & { answer(request: IncomingTaasRequest): Promise<Answer> } {
  const requests: RecordedRequest[] = [];
  const otherHostRequests: RecordedRequest[] = [];
  const queued: Turn[] = [...(options.turns ?? [])];
  const rules = new VendorRules(options.vendors);
  const scripted = new Map<Route, Reply[]>();
  const standing = new Map<Route, Reply>();
  const embeddingAnswers = new Map<string, string>();
  const script = (route: Route, ...replies: Reply[]) => {
    scripted.set(route, [...(scripted.get(route) ?? []), ...replies]);
  };
  const setUp = () => {
    for (const [route, replies] of Object.entries(options.replies ?? {})) {
      script(route as Route, ...replies);
    }
    for (const fault of options.embeddingFaults ?? []) {
      script("embeddings", { ...fault, json: fault.body ?? { error: { message: "fault" } } });
    }
  };
  setUp();

  const chooseTurn = (recorded: RecordedRequest): Turn => {
    const fromScript = options.script?.(recorded);
    if (fromScript) return fromScript;
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

  const scriptedReply = (route: Exclude<Route, "*"> | undefined): Reply | undefined => {
    for (const key of route ? [route, "*" as const] : ["*" as const]) {
      const next = scripted.get(key)?.shift();
      if (next) return next;
    }
    return (route && standing.get(route)) ?? standing.get("*");
  };

  const chatAnswer = (recorded: RecordedRequest): Answer => {
    const body = (typeof recorded.body === "object" ? recorded.body : {}) as ChatBody;
    const violation = options.vendorRules === false ? undefined : rules.check(body);
    if (violation) {
      recorded.violation = violation.message;
      return json(violation.status, violation.body);
    }
    const turn = chooseTurn(recorded);
    if (turn.kind === "error") {
      return error(turn.status, turn.message, turn.code ?? "server_error", turn.headers);
    }
    const extras = rules.respond(body, turn.kind === "tool");
    const model = body.model ?? "unknown";
    const usage = options.usage ?? DEFAULTS.usage;
    if (!body.stream) return json(200, completion(turn, model, extras, usage));
    const withUsage = body.stream_options?.include_usage === true ? usage : undefined;
    return {
      kind: "send",
      status: 200,
      headers: {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
      },
      body: streamTurn(turn, model, extras, withUsage, options.chunkDelayMs ?? 0),
    };
  };

  const embeddingsAnswer = (recorded: RecordedRequest, raw: string): Answer => {
    // The double is deterministic, so one body answers the same request every time: a
    // benchmark's repeated batch costs the double nothing after the first.
    const cached = embeddingAnswers.get(raw);
    if (cached !== undefined)
      return { kind: "send", status: 200, headers: JSON_TYPE, body: cached };
    const answer = answerEmbeddings(
      recorded.body,
      options.embeddingModels ?? DEFAULT_EMBEDDING_MODELS,
    );
    if (answer.kind === "send" && answer.status === 200 && typeof answer.body === "string") {
      if (embeddingAnswers.size >= 16) embeddingAnswers.clear();
      embeddingAnswers.set(raw, answer.body);
    }
    return answer;
  };

  const answer = async (request: IncomingTaasRequest): Promise<Answer> => {
    const recorded = recordRequest(request);
    const { method, path } = recorded;
    // Control endpoints for a double running in another process; not recorded.
    if (path === "/__requests" && method === "DELETE") {
      requests.length = 0;
      return json(200, requests);
    }
    if (path === "/__requests") return json(200, requests);
    if (path === "/__turns" && method === "POST") {
      queued.push(...(recorded.body as Turn[]));
      return json(200, { queued: queued.length });
    }
    requests.push(recorded);
    options.onRequest?.(recorded);

    if (
      options.apiKey !== undefined &&
      request.headers.authorization !== `Bearer ${options.apiKey}`
    ) {
      return error(401, "Invalid API key", "invalid_api_key");
    }
    const route = ROUTES[`${method} ${path}`];
    const reply = scriptedReply(route);
    if (reply) {
      if (reply.delayMs) await pause(reply.delayMs);
      return replyAnswer(reply, otherUrl);
    }
    if (route === "models") {
      if (options.modelsStatus && options.modelsStatus >= 400) {
        return error(options.modelsStatus, "models unavailable", "server_error");
      }
      const body = options.modelsBody ?? { object: "list", data: options.models ?? DEFAULT_MODELS };
      return json(options.modelsStatus ?? 200, body);
    }
    if (route === "chat") return chatAnswer(recorded);
    if (route === "embeddings") return embeddingsAnswer(recorded, request.raw);
    return error(404, `No route for ${method} ${path}`, "not_found");
  };

  return {
    answer,
    requests,
    otherHostRequests,
    chatRequests: () => requests.filter((r) => ROUTES[`${r.method} ${r.path}`] === "chat"),
    embeddingRequests: () =>
      requests.filter((r) => ROUTES[`${r.method} ${r.path}`] === "embeddings"),
    modelsRequests: () => requests.filter((r) => ROUTES[`${r.method} ${r.path}`] === "models"),
    seen: () =>
      requests.map((r) => ({
        url: r.url,
        authorization: typeof r.headers.authorization === "string" ? r.headers.authorization : null,
      })),
    violations: () => requests.flatMap((r) => (r.violation ? [r.violation] : [])),
    pushTurns: (...turns) => {
      queued.push(...turns);
    },
    script,
    reply: (reply, route = "*") => {
      if (reply) standing.set(route, reply);
      else standing.delete(route);
    },
    reset: () => {
      requests.length = 0;
      otherHostRequests.length = 0;
      queued.length = 0;
      scripted.clear();
      standing.clear();
      setUp();
    },
  };
}

/** Serves the double on loopback (and its other host, when asked for one). */
export async function startTaasDouble(options: TaasDoubleOptions = {}): Promise<TaasDouble> {
  const host = options.host ?? REMOTE_LIKE_LOOPBACK;
  const servers: Server[] = [];
  let otherUrl: string | undefined;
  let behaviour: ReturnType<typeof taasBehaviour> | undefined;
  if (options.otherHost) {
    const other = await listen(0, options.otherHost, async (req, res) => {
      behaviour?.otherHostRequests.push(recordRequest(await incoming(req)));
      await send(res, json(200, OTHER_HOST_BODY));
    });
    servers.push(other);
    otherUrl = `http://${options.otherHost}:${(other.address() as AddressInfo).port}/v1/models`;
  }
  const double = taasBehaviour(options, otherUrl);
  behaviour = double;

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
    closing ??= Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
          }),
      ),
    ).then(() => {
      if (idleTimer) clearTimeout(idleTimer);
      clearTimeout(lifeTimer);
      resolveClosed();
    });
    return closing;
  };

  const server = await listen(options.port ?? 0, host, async (req, res) => {
    resetIdle();
    await send(res, await double.answer(await incoming(req)));
  });
  servers.push(server);
  resetIdle();
  const { port } = server.address() as AddressInfo;
  return { ...double, url: `http://${host}:${port}/v1`, close, closed };
}

function listen(
  port: number,
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<Server> {
  const server = createServer((req, res) => {
    handle(req, res).catch((failure: unknown) => {
      if (!res.headersSent) void send(res, error(500, String(failure), "server_error"));
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

async function incoming(req: IncomingMessage): Promise<IncomingTaasRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return {
    method: req.method ?? "GET",
    url: `http://${req.headers.host ?? "unknown"}${req.url ?? "/"}`,
    headers: { ...req.headers },
    raw: Buffer.concat(chunks).toString("utf8"),
  };
}

async function send(res: ServerResponse, answer: Answer): Promise<void> {
  if (answer.kind === "hang") return;
  if (answer.kind === "drop") {
    res.socket?.destroy();
    return;
  }
  res.writeHead(answer.status, answer.headers);
  if (answer.kind === "drip") {
    res.write('{"data":[');
    const timer = setInterval(() => res.write(" "), answer.everyMs);
    res.on("close", () => clearInterval(timer));
    return;
  }
  if (typeof answer.body === "string") {
    res.end(answer.body);
    return;
  }
  for await (const chunk of answer.body) {
    if (res.destroyed) return;
    res.write(chunk);
  }
  res.end();
}

const JSON_TYPE = { "content-type": "application/json" };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return {
    kind: "send",
    status,
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify(body),
  };
}

function error(
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): Answer {
  return json(status, { error: { message, type: code, code } }, headers);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function replyAnswer(reply: Reply, otherUrl: string | undefined): Answer {
  const headers = { ...JSON_TYPE, ...reply.headers };
  const status = reply.status ?? 200;
  if ("hang" in reply) return { kind: "hang" };
  if ("networkError" in reply) return { kind: "drop" };
  if ("drip" in reply) return { kind: "drip", status, headers, everyMs: reply.everyMs ?? 10 };
  if ("redirectTo" in reply) {
    const location = reply.redirectTo === "other-host" ? otherUrl : reply.redirectTo;
    if (!location) throw new Error("redirectTo other-host needs the double's otherHost");
    return { kind: "send", status: reply.status ?? 302, headers: { location }, body: "" };
  }
  const body = "json" in reply ? JSON.stringify(reply.json) : reply.body;
  return { kind: "send", status, headers, body };
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

async function* streamTurn(
  turn: Turn,
  model: string,
  extras: Extras,
  usage: Usage | undefined,
  delayMs: number,
): AsyncIterable<string> {
  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices, ...extra })}\n\n`;
  const delta = (d: Record<string, unknown>, finish: string | null = null) => [
    { index: 0, delta: d, finish_reason: finish },
  ];
  const chunks: string[] = [];
  if (extras.reasoning) {
    // Thinking vendors stream their reasoning first, in its own field.
    chunks.push(chunk(delta({ role: "assistant", content: null, reasoning_content: "" })));
    for (const piece of extras.reasoning.match(/\S+\s*/g) ?? []) {
      chunks.push(chunk(delta({ reasoning_content: piece })));
    }
  }
  if (turn.kind === "tool") {
    const args = JSON.stringify(turn.arguments);
    const half = Math.ceil(args.length / 2);
    chunks.push(
      chunk(
        delta({
          role: "assistant",
          content: null,
          tool_calls: [{ index: 0, ...toolCallOf(turn, extras, "") }],
        }),
      ),
    );
    // Arguments arrive in pieces, as real gateways send them.
    for (const piece of [args.slice(0, half), args.slice(half)]) {
      chunks.push(chunk(delta({ tool_calls: [{ index: 0, function: { arguments: piece } }] })));
    }
    chunks.push(chunk(delta({}, "tool_calls")));
  } else {
    const text = turn.kind === "text" ? turn.text : "";
    chunks.push(chunk(delta({ role: "assistant", content: "" })));
    for (const piece of text.match(/\S+\s*/g) ?? [text]) {
      chunks.push(chunk(delta({ content: piece })));
    }
    chunks.push(chunk(delta({}, "stop")));
  }
  if (usage) chunks.push(chunk([], { usage }));
  for (const piece of chunks) {
    yield piece;
    if (delayMs > 0) await pause(delayMs);
  }
  yield "data: [DONE]\n\n";
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

const DEFAULT_EMBEDDING_MODELS: Record<string, number> = {
  "text-embed-3": DEFAULT_EMBEDDING_DIMENSIONS,
};

/** OpenAI's embeddings shape: one vector per input, in input order, with usage. */
function answerEmbeddings(body: unknown, models: Record<string, number>): Answer {
  const { model, input } = (body ?? {}) as { model?: unknown; input?: unknown };
  const dimensions = typeof model === "string" ? models[model] : undefined;
  if (dimensions === undefined) {
    return error(404, `The model '${String(model)}' does not exist`, "model_not_found");
  }
  const inputs = typeof input === "string" ? [input] : Array.isArray(input) ? input : undefined;
  if (!inputs || inputs.length === 0 || !inputs.every((text) => typeof text === "string")) {
    return error(400, "'input' must be a string or an array of strings", "invalid_request_error");
  }
  const tokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return json(200, {
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
