import type { UpstreamError } from "../../domain/shared/upstream-error.js";

/**
 * An Error the host's memory and media code can read: 2026.6 retries on the message text
 * (`HTTP 429`, `HTTP 5xx`), 2026.9 on `status` and `retryAfterMs`, and skips quota codes.
 */
export function hostError(error: UpstreamError): Error {
  const { message, ...fields } = error;
  return Object.assign(new Error(message), fields);
}
