/** A network-guarded HTTP request that can reach only the host it is told to. */
export interface GuardedRequest {
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

export interface GuardedBodyRequest extends GuardedRequest {
  /** The request body, already serialised (JSON for TaaS). */
  readonly body: string;
}

/** What came back for either method: a response of any status, or why there was none. */
export type GuardedResponse =
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
  get(request: GuardedRequest): Promise<GuardedResponse>;
  /** Like `get`, with a body; redirects are not followed with it. Never throws. */
  post(request: GuardedBodyRequest): Promise<GuardedResponse>;
}

export const HTTP_GUARD: unique symbol = Symbol("HttpGuard");
