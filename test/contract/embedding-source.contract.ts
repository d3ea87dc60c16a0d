import { describe, expect, it } from "vitest";
import type { EmbeddingAnswer, EmbeddingSource } from "../../src/ports/embedding-source.port.js";
import type { TaasStub } from "./stubs/taas-stub.js";
import {
  CONTRACT_SECRET,
  describeUpstreamFailures,
  useStubFixture,
} from "./upstream-failure.contract.js";

export interface EmbeddingSourceFixture {
  readonly stub: TaasStub;
  readonly source: EmbeddingSource;
}

/** What every EmbeddingSource must do against TaaS `POST /embeddings`, whatever the adapter. */
export function describeEmbeddingSourceContract(
  name: string,
  setup: () => Promise<EmbeddingSourceFixture>,
): void {
  describe(`EmbeddingSource contract: ${name}`, () => {
    const fixture = useStubFixture(setup);
    const embed = (
      inputs: readonly string[] = ["a", "b"],
      baseUrl = fixture().stub.baseUrl,
    ): Promise<EmbeddingAnswer> =>
      fixture().source.embed({ baseUrl, secret: CONTRACT_SECRET, model: "bge-m3", inputs });

    it("POSTs {baseUrl}/embeddings with the key, the model and every input in order", async () => {
      fixture().stub.reply({ json: { data: [] } });
      await embed(["first note", "second note"]);
      expect(fixture().stub.requests).toHaveLength(1);
      const [request] = fixture().stub.requests;
      expect(request?.method).toBe("POST");
      expect(request?.url).toMatch(/\/v1\/embeddings$/);
      expect(request?.headers.authorization).toBe(`Bearer ${CONTRACT_SECRET}`);
      expect(request?.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(request?.body ?? "")).toEqual({
        model: "bge-m3",
        input: ["first note", "second note"],
        encoding_format: "float",
      });
    });

    it("returns the rows and usage unjudged, for the domain to validate", async () => {
      fixture().stub.reply({
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
      fixture().stub.reply({ json: { data: [], usage: { prompt_tokens: -1, total_tokens: "9" } } });
      expect(await embed()).toEqual({ ok: true, rows: [] });
      fixture().stub.reply({ json: { data: [], usage: { total_tokens: 3 } } });
      expect(await embed()).toEqual({ ok: true, rows: [], usage: { totalTokens: 3 } });
    });

    describeUpstreamFailures({
      stub: () => fixture().stub,
      call: (baseUrl) => embed(["a"], baseUrl),
      malformed: [
        ["not JSON", "{oops"],
        ["no data list", JSON.stringify({ data: {} })],
        ["a bare array", JSON.stringify([])],
      ],
    });
  });
}
