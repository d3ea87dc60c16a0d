import { inject, injectable } from "tsyringe";
import type {
  ImageDescriptionAnswer,
  ImageDescriptionQuery,
  VisionSource,
} from "../../../ports/vision-source.port.js";
import { REQUEST_LIMITS, type RequestLimits } from "../request-limits.js";
import { TaasClient } from "../taas-client.js";
import { parseCompletionBody, visionRequestBody } from "./vision-wire.js";

/** `POST {baseUrl}/chat/completions` on TaaS with one image. */
@injectable()
export class TaasVisionSource implements VisionSource {
  constructor(
    @inject(TaasClient) private readonly taas: TaasClient,
    @inject(REQUEST_LIMITS) private readonly limits: RequestLimits,
  ) {}

  describe(query: ImageDescriptionQuery): Promise<ImageDescriptionAnswer> {
    const { baseUrl, secret } = query;
    const call = { baseUrl, secret, body: visionRequestBody(query), limits: this.limits } as const;
    return this.taas.send(
      { ...call, endpoint: "chatCompletionsUrl", purpose: "cloudsigma-image-description" },
      parseCompletionBody,
    );
  }
}
