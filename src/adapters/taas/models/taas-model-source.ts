import { inject, injectable } from "tsyringe";
import { discoveryTarget } from "../../../domain/shared/base-url.js";
import { HTTP_GUARD, type HttpGuard } from "../../../ports/http-guard.port.js";
import type {
  ModelListing,
  ModelListingQuery,
  ModelSource,
} from "../../../ports/model-source.port.js";
import { DISCOVERY_LIMITS, type DiscoveryLimits } from "./discovery-limits.js";
import { parseModelsBody } from "./models-wire.js";

/** `GET {baseUrl}/models` on TaaS, through the guard, restricted to the base URL's host. */
@injectable()
export class TaasModelSource implements ModelSource {
  constructor(
    @inject(HTTP_GUARD) private readonly http: HttpGuard,
    @inject(DISCOVERY_LIMITS) private readonly limits: DiscoveryLimits,
  ) {}

  async listModels({ baseUrl, secret }: ModelListingQuery): Promise<ModelListing> {
    // The domain's rule for where discovery may go (and the /models URL) serves here too.
    const target = discoveryTarget(baseUrl);
    if (!target) return { ok: false, failure: { kind: "unavailable", reason: "refused" } };
    const result = await this.http.get({
      url: target.modelsUrl,
      headers: { Accept: "application/json", Authorization: `Bearer ${secret}` },
      timeoutMs: this.limits.timeoutMs,
      maxBodyBytes: this.limits.maxBodyBytes,
      allowedHostname: target.hostname,
    });
    if (result.kind === "failure") {
      return { ok: false, failure: { kind: "unavailable", reason: result.reason } };
    }
    if (result.status === 401 || result.status === 403) {
      return { ok: false, failure: { kind: "auth-rejected", status: result.status } };
    }
    if (result.status < 200 || result.status >= 300) {
      return { ok: false, failure: { kind: "unavailable", reason: "http", status: result.status } };
    }
    const rows = parseModelsBody(result.body);
    if (!rows) return { ok: false, failure: { kind: "unavailable", reason: "malformed" } };
    return { ok: true, rows };
  }
}
