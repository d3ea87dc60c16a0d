import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EmbeddingAnswer, EmbeddingSource } from "../../src/ports/embedding-source.port.js";
import type { TaasDouble } from "../support/taas-double/taas-double.js";
import { CONTRACT_SECRET } from "./model-source.contract.js";

export interface EmbeddingSourceFixture {
  readonly stub: TaasDouble;
  readonly source: EmbeddingSource;
}

/** What every EmbeddingSource must do against TaaS `POST /embeddings`, whatever the adapter. */
export function describeEmbeddingSourceContract(
  name: string,
  setup: () => Promise<EmbeddingSourceFixture>,
): void {
  describe(`EmbeddingSource contract: ${name}`, () => {
    let fixture: EmbeddingSourceFixture;
    const embed = (inputs: readonly string[] = ["a", "b"]): Promise<EmbeddingAnswer> =>
      fixture.source.embed({
        baseUrl: fixture.stub.url,
        secret: CONTRACT_SECRET,
        model: "bge-m3",
        inputs,
      });

    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(async () => {
      await fixture.stub.close();
    });
    beforeEach(() => {
      fixture.stub.requests.length = 0;
      fixture.stub.otherHostRequests.length = 0;
    });

    it("POSTs {baseUrl}/embeddings with the key, the model and every input in order", async () => {
      fixture.stub.reply({ json: { data: [] } });
      await embed(["first note", "second note"]);
      expect(fixture.stub.requests).toHaveLength(1);
      const [request] = fixture.stub.requests;
      expect(request?.method).toBe("POST");
      expect(request?.url).toMatch(/\/v1\/embeddings$/);
      expect(request?.headers.authorization).toBe(`Bearer ${CONTRACT_SECRET}`);
      expect(request?.headers["content-type"]).toBe("application/json");
      expect(request?.body).toEqual({
        model: "bge-m3",
        input: ["first note", "second note"],
        encoding_format: "float",
      });
    });

    it("returns the rows and usage unjudged, for the domain to validate", async () => {
      fixture.stub.reply({
        json: {
          object: "list",
          data: [
            { object: "embedding", index: 1, embedding: [0, 1] },
            { object: "embedding", index: 0, embedding: [1, 0] },
            "not a row",
          ],
          usage: { prompt_tokens: 4, total_tokens: 4 },
        },
      });
      expect(await embed()).toEqual({
        ok: true,
        rows: [
          { index: 1, embedding: [0, 1] },
          { index: 0, embedding: [1, 0] },
          { embedding: undefined },
        ],
        usage: { promptTokens: 4, totalTokens: 4 },
      });
    });

    it("leaves out usage it cannot read", async () => {
      fixture.stub.reply({ json: { data: [], usage: { prompt_tokens: -1, total_tokens: "9" } } });
      expect(await embed()).toEqual({ ok: true, rows: [] });
      fixture.stub.reply({ json: { data: [], usage: { total_tokens: 3 } } });
      expect(await embed()).toEqual({ ok: true, rows: [], usage: { totalTokens: 3 } });
    });

    it.each([401, 403])("reports %i as auth-rejected", async (status) => {
      fixture.stub.reply({ status, json: { error: { message: "bad key" } } });
      expect(await embed()).toEqual({ ok: false, failure: { kind: "auth-rejected", status } });
    });

    it("reports 429 as rate-limited, with Retry-After when given", async () => {
      fixture.stub.reply({ status: 429, json: { error: {} }, headers: { "Retry-After": "7" } });
      expect(await embed()).toEqual({
        ok: false,
        failure: { kind: "rate-limited", status: 429, retryAfterMs: 7000 },
      });
      fixture.stub.reply({ status: 429, json: { error: {} } });
      expect(await embed()).toEqual({ ok: false, failure: { kind: "rate-limited", status: 429 } });
    });

    it("reports other statuses with the upstream's error code, never its free text", async () => {
      fixture.stub.reply({
        status: 404,
        json: { error: { message: `no such model ${CONTRACT_SECRET}`, code: "model_not_found" } },
      });
      expect(await embed()).toEqual({
        ok: false,
        failure: { kind: "http", status: 404, code: "model_not_found" },
      });
      fixture.stub.reply({ status: 503, body: "<html>down</html>" });
      expect(await embed()).toEqual({ ok: false, failure: { kind: "http", status: 503 } });
      fixture.stub.reply({ status: 500, json: { error: { type: "has spaces in it" } } });
      expect(await embed()).toEqual({ ok: false, failure: { kind: "http", status: 500 } });
    });

    it.each([
      ["not JSON", "{oops"],
      ["no data list", JSON.stringify({ data: {} })],
      ["a bare array", JSON.stringify([])],
    ])("reports %s as malformed", async (_, body) => {
      fixture.stub.reply({ body });
      expect(await embed()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "malformed" },
      });
    });

    it("times out a hung upstream", async () => {
      fixture.stub.reply({ hang: true });
      expect(await embed()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "timeout" },
      });
    });

    it("abandons an oversized answer", async () => {
      fixture.stub.reply({
        body: JSON.stringify({ data: [{ embedding: new Array(40_000).fill(0.5) }] }),
      });
      expect(await embed()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "too-large" },
      });
    });

    it("never follows a redirect with the body or the key", async () => {
      fixture.stub.reply({ redirectTo: "other-host" });
      const answer = await embed();
      expect(answer.ok).toBe(false);
      expect(fixture.stub.otherHostRequests).toEqual([]);
    });

    it("refuses a base URL it may not send the key to, sending nothing", async () => {
      const answer = await fixture.source.embed({
        baseUrl: "http://taas.example.net/v1",
        secret: CONTRACT_SECRET,
        model: "bge-m3",
        inputs: ["a"],
      });
      expect(answer).toEqual({ ok: false, failure: { kind: "unavailable", reason: "refused" } });
      expect(fixture.stub.requests).toEqual([]);
    });

    it("reports a dropped connection as a network failure", async () => {
      fixture.stub.reply({ networkError: true });
      expect(await embed()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "network" },
      });
    });
  });
}
