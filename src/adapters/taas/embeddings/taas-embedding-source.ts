import { inject, injectable } from "tsyringe";
import type {
  EmbeddingAnswer,
  EmbeddingQuery,
  EmbeddingSource,
} from "../../../ports/embedding-source.port.js";
import { REQUEST_LIMITS, type RequestLimits } from "../request-limits.js";
import { TaasClient } from "../taas-client.js";
import { embeddingsRequestBody, parseEmbeddingsBody } from "./embeddings-wire.js";

/** `POST {baseUrl}/embeddings` on TaaS. */
@injectable()
export class TaasEmbeddingSource implements EmbeddingSource {
  constructor(
    @inject(TaasClient) private readonly taas: TaasClient,
    @inject(REQUEST_LIMITS) private readonly limits: RequestLimits,
  ) {}

  embed({ baseUrl, secret, model, inputs }: EmbeddingQuery): Promise<EmbeddingAnswer> {
    const body = embeddingsRequestBody(model, inputs);
    const call = { baseUrl, secret, body, limits: this.limits } as const;
    return this.taas.send(
      { ...call, endpoint: "embeddingsUrl", purpose: "cloudsigma-embeddings" },
      parseEmbeddingsBody,
    );
  }
}
