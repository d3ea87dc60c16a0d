import type { UpstreamFailure } from "./upstream-failure.port.js";

/**
 * A source of embedding vectors (TaaS `POST /embeddings` in production). Adapters
 * translate the wire; vectors stay `unknown` until the domain has validated them.
 */
export interface EmbeddingRow {
  readonly index?: unknown;
  readonly embedding: unknown;
}

export interface EmbeddingQuery {
  /** Provider base URL, e.g. `https://taas.cloudsigma.com/v1`. */
  readonly baseUrl: string;
  /** The API key itself (never an env-var name). */
  readonly secret: string;
  readonly model: string;
  /** One request's inputs, already batched by the domain. */
  readonly inputs: readonly string[];
}

export interface EmbeddingUsage {
  readonly promptTokens?: number;
  readonly totalTokens?: number;
}

export type EmbeddingAnswer =
  | { readonly ok: true; readonly rows: readonly EmbeddingRow[]; readonly usage?: EmbeddingUsage }
  | { readonly ok: false; readonly failure: UpstreamFailure };

export interface EmbeddingSource {
  /** Never throws: every failure is an `EmbeddingAnswer` failure. */
  embed(query: EmbeddingQuery): Promise<EmbeddingAnswer>;
}

export const EMBEDDING_SOURCE: unique symbol = Symbol("EmbeddingSource");
