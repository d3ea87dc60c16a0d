import type { ModelSource } from "../../../ports/model-source.port.js";
import { DISCOVERY_LIMITS } from "../request-limits.js";
import { taasAdapter } from "../taas-client.js";
import { parseModelsBody } from "./models-wire.js";

/** `GET {baseUrl}/models`, the listing discovery projects into the catalog. */
export const TaasModelSource = taasAdapter(
  DISCOVERY_LIMITS,
  (send): ModelSource => ({
    listModels: ({ baseUrl, secret }) =>
      send(
        { baseUrl, secret, endpoint: "modelsUrl", purpose: "cloudsigma-model-discovery" },
        (body) => {
          const rows = parseModelsBody(body);
          return rows && { rows };
        },
      ),
  }),
);
