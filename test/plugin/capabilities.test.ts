import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import type { EmbeddingSource } from "../../src/ports/embedding-source.port.js";
import { readManifest } from "../support/manifest.js";
import { overrideWith, storedKey, type TestSeams } from "../support/overrides.js";
import { registerPlugin } from "../support/recording-api.js";
import { embedText } from "../support/taas-double/embeddings.js";
import {
  DEFAULT_MODELS,
  startTaasDouble,
  type TaasDouble,
} from "../support/taas-double/taas-double.js";

const KEY = "sk-canary-capabilities-41f2";

function register(seams: TestSeams = {}) {
  const registered = registerPlugin(
    createCloudSigmaPlugin({ override: overrideWith({ storedKey: storedKey(KEY), ...seams }) }),
  );
  const { embedding, media, memoryEmbedding } = registered;
  if (!embedding || !media || !memoryEmbedding) throw new Error("a capability was not registered");
  return { ...registered, embedding, media, memoryEmbedding };
}

const configFor = (double: TaasDouble) => ({
  models: { providers: { cloudsigma: { baseUrl: double.url } } },
});
const createOptions = (double: TaasDouble, model = "") =>
  ({ config: configFor(double), model, provider: "cloudsigma" }) as never;

describe("the embedding provider, against the TaaS double", () => {
  let double: TaasDouble;
  beforeAll(async () => {
    double = await startTaasDouble({ embeddingModels: { "text-embed-3": 64, "bge-m3": 16 } });
  });
  afterAll(() => double.close());
  afterEach(() => {
    double.requests.length = 0;
  });

  it("picks the lowest embedding route TaaS lists when none is configured", async () => {
    const { embedding } = register();
    const { provider, runtime } = await embedding.create(createOptions(double));
    expect(provider?.model).toBe("text-embed-3");
    expect(runtime?.cacheKeyData).toEqual({
      provider: "cloudsigma",
      model: "text-embed-3",
      baseUrl: double.url,
      dimensions: 64,
    });
    const listing = double.requests.filter((r) => r.path === "/v1/models");
    expect(listing).toHaveLength(1);
    expect(listing[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("embeds in batches of 64 in input order, with the key, only at the configured host", async () => {
    const { embedding } = register();
    const { provider } = await embedding.create(createOptions(double, "cloudsigma/bge-m3"));
    const texts = Array.from({ length: 70 }, (_, i) => `note ${i} about a kitten`);
    const vectors = await provider?.embedBatch(texts);
    expect(vectors).toEqual(texts.map((text) => embedText(text, 16)));
    const calls = double.embeddingRequests();
    // One input first: creating the provider learns the vector size for the index identity.
    expect(calls.map((r) => (r.body as { input: string[] }).input.length)).toEqual([1, 64, 6]);
    for (const call of calls) expect(call.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(double.requests.filter((r) => r.path === "/v1/models")).toEqual([]);
    expect(await provider?.embed({ text: "a feline" } as never)).toEqual(embedText("a feline", 16));
  });

  it("reports a rate limit as the hosts read it: HTTP 429 in the message, status, retryAfterMs", async () => {
    const limited = await startTaasDouble({
      embeddingFaults: [{ status: 429, headers: { "retry-after": "7" } }],
    });
    try {
      const { embedding } = register();
      // The first request is the size probe of create(); a batch maps failures the same way.
      const error = await embedding
        .create(createOptions(limited, "text-embed-3"))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 7000 });
      expect(String((error as Error).message)).toMatch(/HTTP 429/);
      expect(String((error as Error).message)).not.toContain(KEY);
    } finally {
      await limited.close();
    }
  });

  it("maps a 429 on a batch the same way, after the size was learned", async () => {
    let calls = 0;
    const source: EmbeddingSource = {
      embed: async ({ inputs }) =>
        ++calls === 1
          ? { ok: true, rows: inputs.map((_, index) => ({ index, embedding: [1, 0] })) }
          : { ok: false, failure: { kind: "rate-limited", status: 429, retryAfterMs: 7000 } },
    };
    const { embedding } = register({ embeddingSource: source });
    const { provider, runtime } = await embedding.create(createOptions(double, "bge-m3"));
    expect(runtime?.cacheKeyData).toMatchObject({ model: "bge-m3", dimensions: 2 });
    await expect(provider?.embedBatch(["x"])).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 7000,
      message: expect.stringMatching(/HTTP 429/),
    });
  });

  it("says clearly when TaaS lists no embedding route and none is configured", async () => {
    const chatOnly = await startTaasDouble({
      models: DEFAULT_MODELS.filter((row) => (row as { type: string }).type !== "embedding"),
    });
    try {
      const { embedding } = register();
      await expect(embedding.create(createOptions(chatOnly))).rejects.toThrow(
        /No CloudSigma embedding route is known/,
      );
      expect(chatOnly.embeddingRequests()).toEqual([]);
      expect(embedding.formatSetupError?.(new Error("why"))).toBe("why");
      expect(embedding.formatSetupError?.("odd")).toMatch(/could not start/);
    } finally {
      await chatOnly.close();
    }
  });

  it("needs the key before it creates anything", async () => {
    const { embedding } = register({ storedKey: storedKey(undefined) });
    await expect(embedding.create(createOptions(double, "bge-m3"))).rejects.toMatchObject({
      status: 401,
      message: expect.stringMatching(/CLOUDSIGMA_API_KEY/),
    });
    expect(double.requests).toEqual([]);
  });

  it("refuses bad vectors rather than index them", async () => {
    const broken: EmbeddingSource = {
      embed: async ({ inputs }) => ({
        ok: true,
        rows: inputs.map((_, index) => ({ index, embedding: [Number.NaN] })),
      }),
    };
    const { embedding } = register({ embeddingSource: broken });
    await expect(embedding.create(createOptions(double, "bge-m3"))).rejects.toThrow(
      /non-finite.*nothing was indexed/,
    );
  });

  it("serves 2026.6's memory registry with the same provider (embedQuery, embedBatch)", async () => {
    const { memoryEmbedding: memory } = register();
    expect(memory?.id).toBe("cloudsigma");
    const created = await memory?.create(createOptions(double, "bge-m3"));
    expect(created?.provider?.model).toBe("bge-m3");
    expect(await created?.provider?.embedQuery("kitten")).toEqual(embedText("kitten", 16));
    expect(await created?.provider?.embedBatch(["a", "b"])).toEqual([
      embedText("a", 16),
      embedText("b", 16),
    ]);
    expect(created?.runtime?.cacheKeyData).toMatchObject({ model: "bge-m3" });
  });

  it("reads the model as the index records it (2026.9's normalizeModel)", () => {
    const { embedding } = register();
    const normalize = (embedding as { normalizeModel?: (o: { model?: unknown }) => string })
      .normalizeModel;
    expect(normalize?.({ model: "cloudsigma/bge-m3" })).toBe("bge-m3");
    expect(normalize?.({ model: undefined })).toBe("");
  });

  it("warns once when the model changes under a running process", async () => {
    const { embedding, logs } = register();
    const first = await embedding.create(createOptions(double, "bge-m3"));
    await first.provider?.embedBatch(["a"]);
    const second = await embedding.create(createOptions(double, "text-embed-3"));
    await second.provider?.embedBatch(["a"]);
    expect(logs.filter((line) => line.includes("memory index --force"))).toHaveLength(1);
  });
});

describe("the image provider, against the TaaS double", () => {
  let double: TaasDouble;
  beforeAll(async () => {
    double = await startTaasDouble();
  });
  afterAll(() => double.close());
  afterEach(() => {
    double.requests.length = 0;
  });

  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const request = (model: string, provider = "cloudsigma") =>
    ({
      buffer: PNG,
      fileName: "x.png",
      mime: "image/png",
      prompt: "Describe it",
      timeoutMs: 5000,
      agentDir: "/tmp",
      cfg: configFor(double),
      model,
      provider,
    }) as never;

  it("matches the manifest's metadata, so automatic selection sees what runs", () => {
    const { media } = register();
    const metadata = (
      readManifest() as { mediaUnderstandingProviderMetadata: Record<string, unknown> }
    ).mediaUnderstandingProviderMetadata.cloudsigma;
    expect({
      capabilities: media.capabilities,
      defaultModels: media.defaultModels,
      autoPriority: media.autoPriority,
    }).toEqual(metadata);
  });

  it("describes with the default vision route when asked for a text-only one", async () => {
    double.pushTurns({ kind: "text", text: "A tiny PNG." });
    const { media } = register();
    const result = await media.describeImage?.(request("gpt-5.5"));
    expect(result).toEqual({ text: "A tiny PNG.", model: "qwen3-vl" });
    const [chat] = double.chatRequests();
    const body = chat?.body as { model: string; messages: { content: unknown[] }[] };
    expect(body.model).toBe("qwen3-vl");
    expect(body.messages[0]?.content).toEqual([
      { type: "text", text: "Describe it" },
      { type: "image_url", image_url: { url: `data:image/png;base64,${PNG.toString("base64")}` } },
    ]);
    expect(chat?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("uses a live vision route the operator names, after discovering it", async () => {
    double.pushTurns({ kind: "text", text: "Seen live." });
    const { media } = register();
    const result = await media.describeImage?.(request("cloudsigma/taas-vision-live"));
    expect(result).toEqual({ text: "Seen live.", model: "taas-vision-live" });
    expect(double.requests.filter((r) => r.path === "/v1/models")).toHaveLength(1);
  });

  it("fails clearly, without the key in the error, when upstream refuses", async () => {
    double.pushTurns({ kind: "error", status: 401, message: `bad key ${KEY}` });
    const { media } = register();
    const error = await media.describeImage?.(request("qwen3-vl")).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(String((error as Error).message)).not.toContain(KEY);
  });
});
