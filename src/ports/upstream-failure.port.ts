/** Why a TaaS call failed: enough for the host to decide between retrying and giving up. */
export type UpstreamFailure =
  | { readonly kind: "auth-rejected"; readonly status: number }
  | { readonly kind: "rate-limited"; readonly status: number; readonly retryAfterMs?: number }
  | {
      readonly kind: "http";
      readonly status: number;
      /** The upstream error's `code`/`type` (e.g. `model_not_found`), when it gave one. */
      readonly code?: string;
    }
  | {
      readonly kind: "unavailable";
      readonly reason: "network" | "timeout" | "refused" | "too-large" | "malformed";
    };
