// The per-turn hooks through the real registered provider: each asks the route-family
// table, and the stream wrapper patches only what its route needs.
import { describe, expect, it } from "vitest";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import type { ModelSource } from "../../src/ports/model-source.port.js";
import { overrideWith } from "../support/overrides.js";
import { registerPlugin } from "../support/recording-api.js";
import { expectedCompat } from "../support/seed-table.js";

const register = (modelSource?: ModelSource) =>
  registerPlugin(createCloudSigmaPlugin({ override: overrideWith({ modelSource }) }));

const { provider } = register();
const hooks = provider as Required<typeof provider>;
const api = "openai-completions";

describe("buildReplayPolicy per route", () => {
  const policy = (modelId: string) =>
    hooks.buildReplayPolicy({ provider: "cloudsigma", modelId, modelApi: api } as never);

  it("asks Mistral routes for 9-character ids and the rest for strict ones", () => {
    expect(policy("pixtral-large")).toMatchObject({ toolCallIdMode: "strict9" });
    expect(policy("gpt-5.5")).toMatchObject({ toolCallIdMode: "strict" });
  });

  it("keeps reasoning only where the vendor wants it back", () => {
    expect(policy("kimi-k2.6")).toMatchObject({ dropReasoningFromHistory: false });
    expect(policy("claude-opus-4.8")).toMatchObject({ dropReasoningFromHistory: true });
  });

  it("places a live row by its owned_by when its id says nothing", async () => {
    const source: ModelSource = {
      listModels: async () => ({
        ok: true,
        rows: [{ id: "taas-router-9", type: "chat", ownedBy: "mistralai" }],
      }),
    };
    const live = register(source).provider as Required<typeof provider>;
    const config = { models: { providers: { cloudsigma: { baseUrl: "https://eu.example/v1" } } } };
    const replay = () =>
      live.buildReplayPolicy({ modelId: "taas-router-9", modelApi: api, config } as never);
    expect(replay()).toMatchObject({ toolCallIdMode: "strict" });
    await live.catalog?.run({
      config,
      resolveProviderApiKey: () => ({ apiKey: "K", discoveryApiKey: "sk-1" }),
    } as never);
    expect(replay()).toMatchObject({ toolCallIdMode: "strict9" });
  });
});

describe("resolveThinkingProfile per route", () => {
  const profile = (modelId: string, reasoning?: boolean) =>
    hooks.resolveThinkingProfile({ provider: "cloudsigma", modelId, reasoning } as never);

  it("offers a seed reasoning route its family's levels, even without the catalog hint", () => {
    expect(profile("claude-opus-4.8")).toEqual({
      levels: [{ id: "off" }, { id: "low" }, { id: "medium" }, { id: "high" }],
      defaultLevel: "medium",
    });
  });

  it("offers off alone to a route that does not reason, and follows the host's hint", () => {
    expect(profile("gpt-5.5")).toEqual({ levels: [{ id: "off" }], defaultLevel: "off" });
    expect(profile("unknown-route")).toEqual({ levels: [{ id: "off" }], defaultLevel: "off" });
    expect(profile("gpt-5.5", true)?.levels.map((l) => l.id)).toEqual([
      "off",
      "minimal",
      "low",
      "medium",
      "high",
    ]);
  });
});

describe("normalizeResolvedModel", () => {
  // A row as 0.1.2's onboarding wrote it into config: no compat.
  const configRow = {
    id: "kimi-k2.6",
    name: "Kimi K2.6",
    api,
    provider: "cloudsigma",
    baseUrl: "https://taas.cloudsigma.com/v1",
    reasoning: false,
    input: ["text"],
    cost: { input: 0.9, output: 4, cacheRead: 0, cacheWrite: 0 },
    contextWindow: 262144,
    maxTokens: 262144,
  };
  const normalize = (model: unknown) =>
    hooks.normalizeResolvedModel({ provider: "cloudsigma", modelId: "kimi-k2.6", model } as never);

  it("gives a config row without compat its family's compat, changing nothing else", () => {
    expect(normalize(configRow)).toEqual({
      ...configRow,
      compat: expectedCompat("reasoning-content", false),
    });
  });

  it("keeps what the operator set in the row's compat", () => {
    const own = { ...configRow, compat: { maxTokensField: "max_completion_tokens", extra: 1 } };
    expect(normalize(own)).toMatchObject({
      compat: {
        maxTokensField: "max_completion_tokens",
        extra: 1,
        requiresReasoningContentOnAssistantMessages: true,
      },
    });
  });

  it("leaves other transports and missing models alone", () => {
    expect(normalize({ ...configRow, api: "anthropic-messages" })).toBeUndefined();
    expect(normalize(undefined)).toBeUndefined();
  });
});

describe("tool schemas per route", () => {
  const tools = [
    {
      name: "read",
      description: "",
      parameters: {
        type: "object",
        additionalProperties: false,
        properties: { path: { type: "string", const: "x" } },
      },
    },
  ];
  const ctx = (modelId: string) => ({ provider: "cloudsigma", modelId, modelApi: api, tools });

  it("cleans Gemini routes' schemas and reports nothing left to refuse", () => {
    const normalized = hooks.normalizeToolSchemas(ctx("gemini-3.1-flash-lite") as never);
    expect(normalized?.[0]?.parameters).toEqual({
      type: "object",
      properties: { path: { type: "string", enum: ["x"] } },
    });
    expect(
      hooks.inspectToolSchemas({ ...ctx("gemini-3.1-flash-lite"), tools: normalized } as never),
    ).toEqual([]);
    // The host's own objects are left as they were.
    expect(tools[0]?.parameters).toHaveProperty("additionalProperties", false);
  });

  it("names what a Gemini route would refuse in untouched schemas", () => {
    expect(hooks.inspectToolSchemas(ctx("gemini-3.1-flash-lite") as never)).toEqual([
      {
        toolName: "read",
        toolIndex: 0,
        violations: [
          "read.parameters.additionalProperties",
          "read.parameters.properties.path.const",
        ],
      },
    ]);
  });

  it("leaves other routes' schemas to the host", () => {
    expect(hooks.normalizeToolSchemas(ctx("gpt-5.5") as never)).toBeUndefined();
    expect(hooks.inspectToolSchemas(ctx("pixtral-large") as never)).toEqual([]);
  });
});

describe("wrapStreamFn payload patch", () => {
  type Payload = Record<string, unknown>;
  const geminiModel = { id: "gemini-3.1-flash-lite", provider: "cloudsigma", api, reasoning: true };
  const history = [
    { role: "user", content: "hi" },
    {
      role: "assistant",
      provider: "cloudsigma",
      api,
      model: "gemini-3.1-flash-lite",
      content: [{ type: "toolCall", id: "call2", name: "read", thoughtSignature: "c2ln" }],
    },
    {
      role: "assistant",
      provider: "cloudsigma",
      api,
      model: "gpt-5.5",
      content: [{ type: "toolCall", id: "call1", name: "read", thoughtSignature: "Zm9yZWlnbg==" }],
    },
  ];
  const body = (): Payload => ({
    model: "m",
    reasoning_effort: "high",
    messages: [
      { role: "assistant", tool_calls: [{ id: "call1", function: { name: "read" } }] },
      { role: "assistant", tool_calls: [{ id: "call2", function: { name: "read" } }] },
    ],
  });

  /** Runs the wrapped stream once and returns the body the transport would send. */
  async function sent(
    ctx: Record<string, unknown>,
    model: Record<string, unknown>,
    outer?: (payload: unknown) => unknown,
  ): Promise<{ wrapped: boolean; body: unknown }> {
    let captured: unknown;
    const streamFn = (async (_m: unknown, _c: unknown, options?: Payload) => {
      const onPayload = options?.onPayload as ((p: unknown, m: unknown) => unknown) | undefined;
      const original = body();
      const next = await onPayload?.(original, model);
      captured = next === undefined ? original : next;
      return "stream";
    }) as never;
    const wrapper = hooks.wrapStreamFn({ provider: "cloudsigma", streamFn, ...ctx } as never);
    const fn = (wrapper ?? streamFn) as (...args: unknown[]) => Promise<unknown>;
    expect(await fn(model, { messages: history }, outer ? { onPayload: outer } : {})).toBe(
      "stream",
    );
    return { wrapped: wrapper !== undefined, body: captured };
  }

  it("echoes this route's signature and gives a foreign call Google's placeholder", async () => {
    const result = await sent(
      { modelId: "gemini-3.1-flash-lite", model: geminiModel, thinkingLevel: "high" },
      geminiModel,
    );
    expect(result.wrapped).toBe(true);
    const calls = (result.body as { messages: { tool_calls: Payload[] }[] }).messages.map(
      (m) => m.tool_calls[0]?.extra_content,
    );
    expect(calls).toEqual([
      { google: { thought_signature: "skip_thought_signature_validator" } },
      { google: { thought_signature: "c2ln" } },
    ]);
    expect(result.body).toMatchObject({ reasoning_effort: "high" });
  });

  it("applies an outer wrapper's payload change first", async () => {
    const result = await sent(
      { modelId: "gemini-3.1-flash-lite", model: geminiModel, thinkingLevel: "low" },
      geminiModel,
      (payload) => ({ ...(payload as Payload), outer: true }),
    );
    expect(result.body).toMatchObject({ outer: true, model: "m" });
  });

  it("drops reasoning_effort for `off` on a reasoning route", async () => {
    const claude = { id: "claude-opus-4.8", provider: "cloudsigma", api, reasoning: true };
    const result = await sent({ modelId: claude.id, model: claude, thinkingLevel: "off" }, claude);
    expect(result.wrapped).toBe(true);
    expect(result.body).toEqual({ ...body(), reasoning_effort: undefined });
    expect(result.body).not.toHaveProperty("reasoning_effort");
  });

  it("leaves the request body as the host built it for every other family", async () => {
    for (const id of [
      "gpt-5.5",
      "claude-opus-4.8",
      "pixtral-large",
      "kimi-k2.6",
      "llama-3.3-70b",
    ]) {
      const model = { id, provider: "cloudsigma", api, reasoning: id.startsWith("claude") };
      const result = await sent({ modelId: id, model, thinkingLevel: "high" }, model);
      // Wrapped only by the rate-limit gate, which never touches a request it lets through.
      expect(result, id).toEqual({ wrapped: true, body: body() });
    }
  });

  it("installs none without a stream function to wrap", () => {
    expect(
      hooks.wrapStreamFn({ provider: "cloudsigma", modelId: "gemini-3.1-flash-lite" } as never),
    ).toBeUndefined();
  });
});

describe("route hooks never throw into the host", () => {
  it("answers the host's default when its context is broken", () => {
    const { provider: fresh, logs } = register();
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    ) as never;
    const all = fresh as Required<typeof fresh>;
    expect(all.buildReplayPolicy(broken)).toBeUndefined();
    expect(all.normalizeToolSchemas(broken)).toBeUndefined();
    expect(all.inspectToolSchemas(broken)).toEqual([]);
    expect(all.resolveThinkingProfile(broken)).toBeUndefined();
    expect(all.normalizeResolvedModel(broken)).toBeUndefined();
    expect(all.wrapStreamFn(broken)).toBeUndefined();
    expect(logs).toHaveLength(6);
    expect(logs.every((line) => /failed unexpectedly \(Error\)/.test(line))).toBe(true);
  });
});
