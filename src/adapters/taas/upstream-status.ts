import { RETRY_AFTER_CEILING_MS, retryAfterMs } from "../../domain/shared/retry-after.js";
import type { GuardedResponse } from "../../ports/http-guard.port.js";
import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";
import { errorCodeOf } from "./json-body.js";

export type UpstreamRead =
  | { readonly ok: true; readonly body: string }
  | { readonly ok: false; readonly failure: UpstreamFailure };

/**
 * The one reading of a guarded TaaS call, whatever the operation: the 2xx body, or the
 * failure class. `now` dates an HTTP-date `Retry-After`; `secret` is the key the call
 * carried, so an upstream that echoes it as its error code does not get it into a message.
 */
export function readUpstream(result: GuardedResponse, now: number, secret: string): UpstreamRead {
  if (result.kind === "failure") {
    return { ok: false, failure: { kind: "unavailable", reason: result.reason } };
  }
  const { status, body } = result;
  if (status >= 200 && status < 300) return { ok: true, body };
  const code = errorCodeOf(body);
  const safeCode = code && !overlaps(code, secret) ? code : undefined;
  return { ok: false, failure: statusFailure(status, safeCode, result.retryAfter, now) };
}

function statusFailure(
  status: number,
  code: string | undefined,
  retryAfter: string | undefined,
  now: number,
): UpstreamFailure {
  if (status === 401 || status === 403) return { kind: "auth-rejected", status };
  if (status === 429) {
    const wait = retryAfterMs(retryAfter, now, RETRY_AFTER_CEILING_MS);
    return { kind: "rate-limited", status, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
  }
  const withCode = code ? { code } : {};
  if (status === 402) return { kind: "payment-required", status, ...withCode };
  return { kind: "http", status, ...withCode };
}

/** The code holds the key, or a long enough piece of it to matter. */
function overlaps(code: string, secret: string): boolean {
  return secret !== "" && (code.includes(secret) || (code.length >= 8 && secret.includes(code)));
}
