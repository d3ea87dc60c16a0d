import { RETRY_AFTER_CEILING_MS, retryAfterMs } from "../../domain/shared/retry-after.js";
import type { GuardedResponse } from "../../ports/http-guard.port.js";
import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";
import { errorCodeOf } from "./json-body.js";

export type UpstreamRead =
  | { readonly ok: true; readonly body: string }
  | { readonly ok: false; readonly failure: UpstreamFailure };

/**
 * The one reading of a guarded TaaS call, whatever the operation: the 2xx body, or the
 * failure class. `now` dates an HTTP-date `Retry-After`.
 */
export function readUpstream(result: GuardedResponse, now: number): UpstreamRead {
  if (result.kind === "failure") {
    return { ok: false, failure: { kind: "unavailable", reason: result.reason } };
  }
  const failure = statusFailure(result.status, result.body, result.retryAfter, now);
  return failure ? { ok: false, failure } : { ok: true, body: result.body };
}

function statusFailure(
  status: number,
  body: string,
  retryAfter: string | undefined,
  now: number,
): UpstreamFailure | undefined {
  if (status >= 200 && status < 300) return undefined;
  if (status === 401 || status === 403) return { kind: "auth-rejected", status };
  if (status === 429) {
    const wait = retryAfterMs(retryAfter, now, RETRY_AFTER_CEILING_MS);
    return { kind: "rate-limited", status, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  }
  const code = errorCodeOf(body);
  const withCode = code ? { code } : {};
  if (status === 402) return { kind: "payment-required", status, ...withCode };
  return { kind: "http", status, ...withCode };
}
