import { inject, injectable } from "tsyringe";
import { discoveryTarget } from "../../../domain/shared/base-url.js";
import { CLOCK, type Clock } from "../../../ports/clock.port.js";
import type {
  EmbeddingAnswer,
  EmbeddingQuery,
  EmbeddingSource,
} from "../../../ports/embedding-source.port.js";
import { HTTP_GUARD, type HttpGuard } from "../../../ports/http-guard.port.js";
import { REQUEST_LIMITS, type RequestLimits } from "../request-limits.js";
import { jsonPostHeaders, readUpstream } from "../upstream-status.js";
import { embeddingsRequestBody, parseEmbeddingsBody } from "./embeddings-wire.js";

/** `POST {baseUrl}/embeddings` on TaaS, through the guard, restricted to the base URL's host. */
@injectable()
export class TaasEmbeddingSource implements EmbeddingSource {
  constructor(
    @inject(HTTP_GUARD) private readonly http: HttpGuard,
    @inject(REQUEST_LIMITS) private readonly limits: RequestLimits,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async embed({ baseUrl, secret, model, inputs }: EmbeddingQuery): Promise<EmbeddingAnswer> {
    const target = discoveryTarget(baseUrl);
    if (!target) return { ok: false, failure: { kind: "unavailable", reason: "refused" } };
    const result = await this.http.post({
      url: target.embeddingsUrl,
      headers: jsonPostHeaders(secret),
      body: embeddingsRequestBody(model, inputs),
      timeoutMs: this.limits.timeoutMs,
      maxBodyBytes: this.limits.maxBodyBytes,
      allowedHostname: target.hostname,
      purpose: "cloudsigma-embeddings",
    });
    const read = readUpstream(result, this.clock.now());
    if (!read.ok) return read;
    const parsed = parseEmbeddingsBody(read.body);
    if (!parsed) return { ok: false, failure: { kind: "unavailable", reason: "malformed" } };
    return { ok: true, ...parsed };
  }
}
