import type { VisionSource } from "../../../ports/vision-source.port.js";
import { REQUEST_LIMITS } from "../request-limits.js";
import { taasAdapter } from "../taas-client.js";
import { parseCompletionBody, visionRequestBody } from "./vision-wire.js";

/** `POST {baseUrl}/chat/completions` with one image as an `image_url` part, not streamed. */
export const TaasVisionSource = taasAdapter(
  REQUEST_LIMITS,
  (send): VisionSource => ({
    describe: (query) =>
      send(
        {
          baseUrl: query.baseUrl,
          secret: query.secret,
          endpoint: "chatCompletionsUrl",
          body: visionRequestBody(query),
          purpose: "cloudsigma-image-description",
        },
        parseCompletionBody,
      ),
  }),
);
