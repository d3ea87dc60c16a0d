import { retryAfterMs } from "../../domain/shared/retry-after.js";
import type { GuardedGetResult } from "../../ports/http-guard.port.js";
import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";
import { errorCodeOf } from "./error-body.js";

export type UpstreamRead =
  | { readonly ok: true; readonly body: string }
  | { readonly ok: false; readonly failure: UpstreamFailure };

/** A guarded TaaS call's result: the 2xx body, or what went wrong. */
export function readUpstream(result: GuardedGetResult, now: number): UpstreamRead {
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
  if (status === 401 || status === 403) return { kind: "auth-rejected", status };
  if (status === 429) {
    const wait = retryAfterMs(retryAfter, now);
    return { kind: "rate-limited", status, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  }
  if (status < 200 || status >= 300) {
    const code = errorCodeOf(body);
    return { kind: "http", status, ...(code ? { code } : {}) };
  }
  return undefined;
}

/** JSON POST headers with the key; the guard keeps them to the one allowed host. */
export function jsonPostHeaders(secret: string): Record<string, string> {
  return {
    Accept: "application/json",
    "Content-Type": "application/json",
    Authorization: `Bearer ${secret}`,
  };
}
