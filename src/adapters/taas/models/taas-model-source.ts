import { inject, injectable } from "tsyringe";
import type {
  ModelListing,
  ModelListingQuery,
  ModelSource,
} from "../../../ports/model-source.port.js";
import { DISCOVERY_LIMITS, type RequestLimits } from "../request-limits.js";
import { TaasClient } from "../taas-client.js";
import { parseModelsBody } from "./models-wire.js";

/** `GET {baseUrl}/models` on TaaS. */
@injectable()
export class TaasModelSource implements ModelSource {
  constructor(
    @inject(TaasClient) private readonly taas: TaasClient,
    @inject(DISCOVERY_LIMITS) private readonly limits: RequestLimits,
  ) {}

  listModels({ baseUrl, secret }: ModelListingQuery): Promise<ModelListing> {
    const call = { baseUrl, secret, limits: this.limits } as const;
    return this.taas.send(
      { ...call, endpoint: "modelsUrl", purpose: "cloudsigma-model-discovery" },
      (body) => {
        const rows = parseModelsBody(body);
        return rows && { rows };
      },
    );
  }
}
