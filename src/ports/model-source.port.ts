import type { UpstreamFailure } from "./upstream-failure.port.js";

/**
 * A source of live model rows (the TaaS `GET /models` endpoint in production).
 * Adapters translate the wire format into candidates; values stay `unknown`
 * because upstream data is untrusted until the domain's policy has judged it.
 */
export interface LiveModelCandidate {
  readonly id: unknown;
  readonly name?: unknown;
  /** `owned_by`: the upstream vendor, used for routing families only when the id says nothing. */
  readonly ownedBy?: unknown;
  readonly type?: unknown;
  readonly capabilities?: {
    readonly chatCompletions?: unknown;
    readonly vision?: unknown;
    readonly reasoning?: unknown;
    readonly thinking?: unknown;
    readonly embeddings?: unknown;
  };
  readonly contextWindow?: unknown;
  readonly maxOutputTokens?: unknown;
  readonly pricing?: { readonly input?: unknown; readonly output?: unknown };
}

export type ModelListing =
  | { readonly ok: true; readonly rows: readonly LiveModelCandidate[] }
  | { readonly ok: false; readonly failure: UpstreamFailure };

export interface ModelListingQuery {
  /** Provider base URL, e.g. `https://taas.cloudsigma.com/v1`. */
  readonly baseUrl: string;
  /** The API key itself (never an env-var name). */
  readonly secret: string;
}

export interface ModelSource {
  /** Never throws: every failure is reported as a `ModelListing` failure. */
  listModels(query: ModelListingQuery): Promise<ModelListing>;
}

export const MODEL_SOURCE: unique symbol = Symbol("ModelSource");
