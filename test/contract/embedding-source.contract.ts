import { expect, it } from "vitest";
import type { EmbeddingSource } from "../../src/ports/embedding-source.port.js";
import {
  CONTRACT_SECRET,
  describeTaasContract,
  type SourceSetup,
} from "./upstream-failure.contract.js";

/** What every EmbeddingSource must do against TaaS `POST /embeddings`, whatever the adapter. */
export function describeEmbeddingSourceContract(
  name: string,
  setup: SourceSetup<EmbeddingSource>,
): void {
  describeTaasContract(`EmbeddingSource contract: ${name}`, setup, {
    call: (source, baseUrl) =>
      source.embed({ baseUrl, secret: CONTRACT_SECRET, model: "bge-m3", inputs: ["a", "b"] }),
    malformed: [
      ["not JSON", "{oops"],
      ["no data list", JSON.stringify({ data: {} })],
      ["a bare array", JSON.stringify([])],
    ],
    cases: (stub, call, source) => {
      it("POSTs {baseUrl}/embeddings with the key, the model and every input in order", async () => {
        stub().reply({ json: { data: [] } });
        await source().embed({
          baseUrl: stub().url,
          secret: CONTRACT_SECRET,
          model: "bge-m3",
          inputs: ["first note", "second note"],
        });
        expect(stub().requests).toHaveLength(1);
        const [request] = stub().requests;
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
        stub().reply({
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
        expect(await call()).toEqual({
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
        stub().reply({ json: { data: [], usage: { prompt_tokens: -1, total_tokens: "9" } } });
        expect(await call()).toEqual({ ok: true, rows: [] });
        stub().reply({ json: { data: [], usage: { total_tokens: 3 } } });
        expect(await call()).toEqual({ ok: true, rows: [], usage: { totalTokens: 3 } });
      });
    },
  });
}
