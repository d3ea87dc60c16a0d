import { describe, expect, it } from "vitest";
import { EmbedForMemory } from "../../src/application/embed-for-memory.js";
import { OperatorKey } from "../../src/application/operator-key.js";
import { RouteLookup } from "../../src/application/route-lookup.js";
import { EmbeddingService } from "../../src/domain/embeddings/embedding-service.js";
import {
  BASE_URL,
  CONFIG,
  catalogOver,
  FakeEmbeddings,
  FakeModelSource,
  FixedKey,
  RecordingLog,
} from "./fakes.js";

const EMBEDDING_ROUTES = [
  { id: "text-embed-3", type: "embedding" },
  { id: "bge-m3", type: "embedding" },
];

function useCase(
  options: { key?: FixedKey; embeddings?: FakeEmbeddings; rows?: typeof EMBEDDING_ROUTES } = {},
) {
  const listing = new FakeModelSource(options.rows ?? EMBEDDING_ROUTES);
  const catalog = catalogOver(listing);
  const source = options.embeddings ?? new FakeEmbeddings({ "bge-m3": 4, "text-embed-3": 2 });
  const embeddings = new EmbeddingService({
    source,
    embeddingRoutes: (config, secret) => catalog.embeddingRoutes(config, secret),
  });
  const log = new RecordingLog();
  const key = options.key ?? new FixedKey({ secret: "sk-mem" });
  const embed = new EmbedForMemory({
    embeddings,
    key: new OperatorKey([key]),
    routes: new RouteLookup(catalog),
    log,
  });
  return { embed, source, listing, log, key };
}

describe("embedding for memory search", () => {
  it("fixes the lowest discovered route and learns its size for the index identity", async () => {
    const { embed, source, listing } = useCase();
    const started = await embed.start(CONFIG, "");
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.embedder.model).toBe("bge-m3");
    expect(started.embedder.index).toEqual({
      provider: "cloudsigma",
      model: "bge-m3",
      baseUrl: BASE_URL,
      dimensions: 4,
    });
    expect(listing.calls).toHaveLength(1);
    expect(source.queries.map((q) => q.inputs.length)).toEqual([1]);
  });

  it("takes the operator's model in either provider spelling, without listing", async () => {
    const { embed, listing } = useCase();
    const started = await embed.start(CONFIG, "cloudsigma/text-embed-3");
    expect(started).toMatchObject({ ok: true, embedder: { model: "text-embed-3" } });
    expect(listing.calls).toEqual([]);
  });

  it("embeds with the fixed model and the key as it is at each batch", async () => {
    const { embed, source } = useCase();
    const started = await embed.start(CONFIG, "bge-m3");
    if (!started.ok) throw new Error("not started");
    const outcome = await started.embedder.embed(["a", "bb"]);
    expect(outcome).toMatchObject({ ok: true });
    if (outcome.ok) expect(outcome.vectors.map((v) => v.length)).toEqual([4, 4]);
    expect(source.queries.at(-1)).toMatchObject({ model: "bge-m3", secret: "sk-mem" });
  });

  it("needs the key before anything is sent, and again for each batch", async () => {
    const { embed, source } = useCase({ key: new FixedKey() });
    expect(await embed.start(CONFIG, "bge-m3")).toMatchObject({
      ok: false,
      error: { status: 401 },
    });
    expect(source.queries).toEqual([]);

    let secret: string | undefined = "sk-once";
    const rotating = new FixedKey();
    rotating.credentials = async () => (secret ? { secret } : {});
    const later = useCase({ key: rotating });
    const started = await later.embed.start(CONFIG, "bge-m3");
    if (!started.ok) throw new Error("not started");
    secret = undefined;
    expect(await started.embedder.embed(["x"])).toMatchObject({
      ok: false,
      error: { status: 401 },
    });
  });

  it("says so when no route is known, and sends nothing", async () => {
    const { embed, source } = useCase({ rows: [{ id: "chat-only", type: "chat" }] });
    const started = await embed.start(CONFIG, undefined);
    expect(started).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/No CloudSigma embedding route/) },
    });
    expect(source.queries).toEqual([]);
  });

  it("passes an upstream failure on, at start and on a batch", async () => {
    const limited = new FakeEmbeddings({ "bge-m3": 4 }, (query) =>
      query.inputs.length > 1
        ? { ok: false, failure: { kind: "rate-limited", status: 429, retryAfterMs: 5000 } }
        : undefined,
    );
    const { embed } = useCase({ embeddings: limited });
    const started = await embed.start(CONFIG, "bge-m3");
    if (!started.ok) throw new Error("not started");
    expect(await started.embedder.embed(["a", "b"])).toMatchObject({
      ok: false,
      error: { status: 429, retryAfterMs: 5000 },
    });

    const down = new FakeEmbeddings({}, () => ({
      ok: false,
      failure: { kind: "unavailable", reason: "timeout" },
    }));
    expect(await useCase({ embeddings: down }).embed.start(CONFIG, "bge-m3")).toMatchObject({
      ok: false,
    });
  });

  it("tells the operator once when the index's model changes under it", async () => {
    const { embed, log } = useCase();
    const first = await embed.start(CONFIG, "bge-m3");
    const second = await embed.start(CONFIG, "text-embed-3");
    if (!first.ok || !second.ok) throw new Error("not started");
    await first.embedder.embed(["a"]);
    expect(log.warnings).toEqual([]);
    await second.embedder.embed(["a"]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain("text-embed-3");
  });
});
