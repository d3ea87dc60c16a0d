/**
 * A scriptable stand-in for TaaS (`GET /models`, `POST /embeddings`, `POST /chat/completions`),
 * shared by the contract suites: every path gets the current reply.
 */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The request body as text ("" for a GET). */
  readonly body: string;
}

export type StubReply =
  | {
      readonly status?: number;
      readonly json: unknown;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly status?: number; readonly body: string }
  | { readonly redirectTo: "other-host" }
  | { readonly hang: true }
  /** Headers at once, then a byte every few milliseconds, never finishing. */
  | { readonly drip: true }
  | { readonly networkError: true };

export interface TaasStub {
  /** The configured TaaS base URL (ends in `/v1`). */
  readonly baseUrl: string;
  /** Requests that reached the TaaS host. */
  readonly requests: RecordedRequest[];
  /** Requests that reached the other host, which discovery must never reach. */
  readonly otherHostRequests: RecordedRequest[];
  reply(reply: StubReply): void;
  close(): Promise<void>;
}
