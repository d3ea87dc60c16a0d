/** A network-guarded HTTP request that can reach only the host it is told to. */
export interface GuardedGetRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Covers connecting, headers and the whole body. */
  readonly timeoutMs: number;
  /** Larger bodies are abandoned without being buffered. */
  readonly maxBodyBytes: number;
  /** The only hostname the request (and any redirect) may reach. */
  readonly allowedHostname: string;
  /** Names the request in the host's network audit (e.g. `cloudsigma-embeddings`). */
  readonly purpose?: string;
}

export interface GuardedPostRequest extends GuardedGetRequest {
  /** The request body, already serialised (JSON for TaaS). */
  readonly body: string;
}

export type GuardedGetResult =
  | {
      readonly kind: "response";
      readonly status: number;
      readonly body: string;
      /** The raw `Retry-After` header, when the response had one. */
      readonly retryAfter?: string;
    }
  | { readonly kind: "failure"; readonly reason: "network" | "timeout" | "refused" | "too-large" };

export interface HttpGuard {
  /** Never throws; failures carry no request headers (and so no secret). */
  get(request: GuardedGetRequest): Promise<GuardedGetResult>;
  /** Like `get`, with a body; redirects are not followed with it. Never throws. */
  post(request: GuardedPostRequest): Promise<GuardedGetResult>;
}

export const HTTP_GUARD: unique symbol = Symbol("HttpGuard");
