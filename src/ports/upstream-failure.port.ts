/**
 * Why a TaaS call failed, for every operation (listing models, embeddings, image
 * description, ...): enough for the domain to word it and for the host to decide
 * between retrying, failing over and giving up.
 */
export type UpstreamFailure =
  /** 401 or 403: the key was refused, or may not do this. */
  | { readonly kind: "auth-rejected"; readonly status: number }
  /** 402: the prepaid balance is spent or the key reached its budget; every route of the key. */
  | { readonly kind: "payment-required"; readonly status: 402; readonly code?: string }
  /** 429, with the wait `Retry-After` asked for (bounded), when it gave one. */
  | { readonly kind: "rate-limited"; readonly status: 429; readonly retryAfterMs?: number }
  | {
      readonly kind: "http";
      readonly status: number;
      /** The upstream error's `code`/`type` (e.g. `model_not_found`), when it gave one. */
      readonly code?: string;
    }
  /** No usable answer: never reached, refused by the guard, or not the expected shape. */
  | { readonly kind: "unavailable"; readonly reason: UnavailableReason };

export type UnavailableReason = "network" | "timeout" | "refused" | "too-large" | "malformed";
