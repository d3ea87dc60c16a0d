import { describe, expect, it } from "vitest";
import {
  DIMENSION_PROBE,
  EmbeddingService,
} from "../../../src/domain/embeddings/embedding-service.js";
import type {
  EmbeddingAnswer,
  EmbeddingQuery,
  EmbeddingSource,
} from "../../../src/ports/embedding-source.port.js";

const CONFIG = { models: { providers: { cloudsigma: { baseUrl: "https://gw.example/v1/" } } } };
const SECRET = "sk-canary-embed";

/** Answers each batch with one vector per input: [index in the whole call, length]. */
class CountingSource implements EmbeddingSource {
  readonly queries: EmbeddingQuery[] = [];
  private seen = 0;
  constructor(private readonly answer?: (query: EmbeddingQuery) => EmbeddingAnswer) {}
  async embed(query: EmbeddingQuery): Promise<EmbeddingAnswer> {
    this.queries.push(query);
    if (this.answer) return this.answer(query);
    const rows = query.inputs.map((text, index) => ({
      index,
      embedding: [this.seen + index, text.length],
    }));
    this.seen += query.inputs.length;
    return { ok: true, rows, usage: { promptTokens: query.inputs.length } };
  }
}

function service(source: EmbeddingSource, discovered: readonly string[] = []) {
  const routeCalls: unknown[] = [];
  const embeddings = new EmbeddingService({
    source,
    embeddingRoutes: async (config, secret) => {
      routeCalls.push({ config, secret });
      return discovered;
    },
  });
  return { embeddings, routeCalls };
}

const request = (texts: readonly string[], configuredModel?: unknown) => ({
  config: CONFIG,
  configuredModel,
  secret: SECRET,
  texts,
});

describe("the embedding service", () => {
  it("batches in order, sends the key to the configured base URL, and sums usage", async () => {
    const source = new CountingSource();
    const { embeddings, routeCalls } = service(source);
    const texts = Array.from({ length: 70 }, (_, i) => `t${i}`);
    const outcome = await embeddings.embed(request(texts, "bge-m3"));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.vectors.map((v) => v[0])).toEqual(texts.map((_, i) => i));
    expect(outcome).toMatchObject({ model: "bge-m3", dimensions: 2 });
    expect(outcome.usage).toEqual({ promptTokens: 70, totalTokens: 70 });
    expect(source.queries.map((q) => q.inputs.length)).toEqual([64, 6]);
    expect(source.queries[0]).toMatchObject({
      baseUrl: "https://gw.example/v1",
      secret: SECRET,
      model: "bge-m3",
    });
    expect(routeCalls).toEqual([]); // a configured model needs no listing
  });

  it("uses the lowest discovered route when none is configured", async () => {
    const source = new CountingSource();
    const { embeddings, routeCalls } = service(source, ["text-embed-3", "bge-m3"]);
    const outcome = await embeddings.embed(request(["x"]));
    expect(outcome).toMatchObject({ ok: true, model: "bge-m3" });
    expect(routeCalls).toEqual([{ config: CONFIG, secret: SECRET }]);
  });

  it("says no route is known and sends nothing when neither exists", async () => {
    const source = new CountingSource();
    const outcome = await service(source).embeddings.embed(request(["x"]));
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok) expect(outcome.error.message).toMatch(/No CloudSigma embedding route/);
    expect(source.queries).toEqual([]);
  });

  it("maps an upstream failure to the host's shape, naming the model", async () => {
    const source = new CountingSource(() => ({
      ok: false,
      failure: { kind: "rate-limited", status: 429, retryAfterMs: 20_000 },
    }));
    const outcome = await service(source).embeddings.embed(request(["x"], "e5"));
    expect(outcome).toEqual({
      ok: false,
      error: {
        message:
          "CloudSigma embeddings (e5): HTTP 429: TaaS rate-limited the key (retry after 20 s).",
        status: 429,
        retryAfterMs: 20_000,
      },
    });
  });

  it("stops at a bad batch, and never mixes dimensions across batches", async () => {
    let call = 0;
    const source = new CountingSource((query) => {
      call++;
      const size = call === 1 ? 3 : 4;
      return {
        ok: true,
        rows: query.inputs.map((_, index) => ({ index, embedding: new Array(size).fill(0.1) })),
      };
    });
    const texts = Array.from({ length: 65 }, () => "x");
    const outcome = await service(source).embeddings.embed(request(texts, "e5"));
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok) {
      expect(outcome.error.message).toMatch(
        /changed from e5 \(3 dimensions\) to e5 \(4 dimensions\).*Nothing was indexed/,
      );
    }
  });

  it("learns a model's vector size once per base URL and model, with one input", async () => {
    const source = new CountingSource();
    const { embeddings } = service(source);
    expect(await embeddings.dimensions(CONFIG, "e5", SECRET)).toEqual({ ok: true, dimensions: 2 });
    expect(await embeddings.dimensions(CONFIG, "e5", SECRET)).toEqual({ ok: true, dimensions: 2 });
    expect(source.queries.map((q) => q.inputs)).toEqual([[DIMENSION_PROBE]]);
    await embeddings.dimensions(CONFIG, "bge-m3", SECRET);
    expect(source.queries).toHaveLength(2);
  });

  it("knows the size from an embedding call too", async () => {
    const source = new CountingSource();
    const { embeddings } = service(source);
    await embeddings.embed(request(["a", "b"], "e5"));
    expect(await embeddings.dimensions(CONFIG, "e5", SECRET)).toEqual({ ok: true, dimensions: 2 });
    expect(source.queries).toHaveLength(1);
  });

  it.each([
    [
      "an upstream failure",
      { ok: false, failure: { kind: "auth-rejected", status: 401 } } as const,
      /HTTP 401/,
    ],
    [
      "a bad vector",
      { ok: true, rows: [{ index: 0, embedding: [Number.NaN] }] } as const,
      /non-finite/,
    ],
  ])(
    "reports %s while learning the size, and remembers nothing",
    async (_what, answer, message) => {
      const source = new CountingSource(() => answer);
      const { embeddings } = service(source);
      const outcome = await embeddings.dimensions(CONFIG, "e5", SECRET);
      expect(outcome).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(message) },
      });
      await embeddings.dimensions(CONFIG, "e5", SECRET);
      expect(source.queries).toHaveLength(2);
    },
  );

  it("refuses vectors of a new size for a model it knew, tells to rebuild, and asks again later", async () => {
    let size = 3;
    const source = new CountingSource((query) => ({
      ok: true,
      rows: query.inputs.map((_, index) => ({ index, embedding: new Array(size).fill(0.5) })),
    }));
    const { embeddings } = service(source);
    expect(await embeddings.dimensions(CONFIG, "e5", SECRET)).toEqual({ ok: true, dimensions: 3 });
    size = 8;
    const outcome = await embeddings.embed(request(["query"], "e5"));
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok) {
      expect(outcome.error.message).toBe(
        "CloudSigma embeddings changed from e5 (3 dimensions) to e5 (8 dimensions); rebuild the memory index with `openclaw memory index --force` before searching it. Nothing was indexed.",
      );
    }
    expect(await embeddings.dimensions(CONFIG, "e5", SECRET)).toEqual({ ok: true, dimensions: 8 });
  });

  it("still reports a count mismatch as one, for a model whose size it knows", async () => {
    let short = false;
    const source = new CountingSource((query) => ({
      ok: true,
      rows: (short ? query.inputs.slice(1) : query.inputs).map((_, index) => ({
        index,
        embedding: [0.1, 0.2],
      })),
    }));
    const { embeddings } = service(source);
    await embeddings.dimensions(CONFIG, "e5", SECRET);
    short = true;
    const outcome = await embeddings.embed(request(["a", "b"], "e5"));
    expect(outcome).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/returned 1 vectors for 2 inputs/) },
    });
  });

  it("counts total tokens from prompt tokens when upstream gives only those", async () => {
    const source = new CountingSource((query) => ({
      ok: true,
      rows: query.inputs.map((_, index) => ({ index, embedding: [1] })),
      usage: { totalTokens: 9 },
    }));
    const outcome = await service(source).embeddings.embed(request(["a"], "e5"));
    expect(outcome).toMatchObject({ usage: { promptTokens: 0, totalTokens: 9 } });
    const bare = new CountingSource((query) => ({
      ok: true,
      rows: query.inputs.map((_, index) => ({ index, embedding: [1] })),
    }));
    expect(await service(bare).embeddings.embed(request(["a"], "e5"))).toMatchObject({
      usage: { promptTokens: 0, totalTokens: 0 },
    });
  });

  it("notices once when the model or dimension changes for a base URL", async () => {
    const { embeddings } = service(new CountingSource());
    const first = await embeddings.embed(request(["a"], "bge-m3"));
    const same = await embeddings.embed(request(["b"], "bge-m3"));
    const switched = await embeddings.embed(request(["c"], "e5"));
    expect(first).not.toHaveProperty("notice");
    expect(same).not.toHaveProperty("notice");
    expect(switched).toMatchObject({ notice: expect.stringMatching(/memory index --force/) });
  });

  it("embeds nothing for no texts, and notes no space", async () => {
    const source = new CountingSource();
    const { embeddings } = service(source);
    expect(await embeddings.embed(request([], "e5"))).toMatchObject({
      ok: true,
      vectors: [],
      dimensions: 0,
    });
    expect(source.queries).toEqual([]);
  });
});
