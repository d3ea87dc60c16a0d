import type { EmbeddingSource } from "../../../ports/embedding-source.port.js";
import { REQUEST_LIMITS } from "../request-limits.js";
import { taasAdapter } from "../taas-client.js";
import { embeddingsRequestBody, parseEmbeddingsBody } from "./embeddings-wire.js";

/** `POST {baseUrl}/embeddings`: one batch of memory texts, float vectors back in order. */
export const TaasEmbeddingSource = taasAdapter(
  REQUEST_LIMITS,
  (send): EmbeddingSource => ({
    embed: ({ baseUrl, secret, model, inputs }) =>
      send(
        {
          baseUrl,
          secret,
          endpoint: "embeddingsUrl",
          body: embeddingsRequestBody(model, inputs),
          purpose: "cloudsigma-embeddings",
        },
        parseEmbeddingsBody,
      ),
  }),
);
