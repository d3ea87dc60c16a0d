import { inject, injectable } from "tsyringe";
import { discoveryTarget } from "../../../domain/shared/base-url.js";
import { CLOCK, type Clock } from "../../../ports/clock.port.js";
import { HTTP_GUARD, type HttpGuard } from "../../../ports/http-guard.port.js";
import type {
  ImageDescriptionAnswer,
  ImageDescriptionQuery,
  VisionSource,
} from "../../../ports/vision-source.port.js";
import { REQUEST_LIMITS, type RequestLimits } from "../request-limits.js";
import { jsonPostHeaders, readUpstream } from "../upstream-status.js";
import { parseCompletionBody, visionRequestBody } from "./vision-wire.js";

/** `POST {baseUrl}/chat/completions` with one image, through the guard, to the base URL's host. */
@injectable()
export class TaasVisionSource implements VisionSource {
  constructor(
    @inject(HTTP_GUARD) private readonly http: HttpGuard,
    @inject(REQUEST_LIMITS) private readonly limits: RequestLimits,
    @inject(CLOCK) private readonly clock: Clock,
  ) {}

  async describe(query: ImageDescriptionQuery): Promise<ImageDescriptionAnswer> {
    const target = discoveryTarget(query.baseUrl);
    if (!target) return { ok: false, failure: { kind: "unavailable", reason: "refused" } };
    const result = await this.http.post({
      url: target.chatCompletionsUrl,
      headers: jsonPostHeaders(query.secret),
      body: visionRequestBody(query),
      timeoutMs: this.limits.timeoutMs,
      maxBodyBytes: this.limits.maxBodyBytes,
      allowedHostname: target.hostname,
      purpose: "cloudsigma-image-description",
    });
    const read = readUpstream(result, this.clock.now());
    if (!read.ok) return read;
    const parsed = parseCompletionBody(read.body);
    if (!parsed) return { ok: false, failure: { kind: "unavailable", reason: "malformed" } };
    return { ok: true, ...parsed };
  }
}
