/** A network-guarded HTTP GET that can reach only the host it is told to. */
export interface GuardedGetRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Covers connecting, headers and the whole body. */
  readonly timeoutMs: number;
  /** Larger bodies are abandoned without being buffered. */
  readonly maxBodyBytes: number;
  /** The only hostname the request (and any redirect) may reach. */
  readonly allowedHostname: string;
}

export type GuardedGetResult =
  | { readonly kind: "response"; readonly status: number; readonly body: string }
  | { readonly kind: "failure"; readonly reason: "network" | "timeout" | "refused" | "too-large" };

export interface HttpGuard {
  /** Never throws; failures carry no request headers (and so no secret). */
  get(request: GuardedGetRequest): Promise<GuardedGetResult>;
}

export const HTTP_GUARD: unique symbol = Symbol("HttpGuard");
