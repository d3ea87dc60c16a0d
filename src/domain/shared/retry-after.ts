/** Waits longer than this are not waited out in-process: the caller fails over instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * What TaaS asked for is read up to this far ahead (a larger or absurd header counts as this):
 * each caller bounds it again by its own rule (discovery's backoff cap, the host's retry budget).
 */
export const RETRY_AFTER_CEILING_MS = 60 * 60_000;

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP-date (RFC 9110),
 * clamped to [0, max]. Undefined when absent or unreadable, so callers use their own backoff.
 */
export function retryAfterMs(
  header: unknown,
  now: number,
  max = MAX_RETRY_AFTER_MS,
): number | undefined {
  if (typeof header !== "string") return undefined;
  const value = header.trim();
  if (value === "") return undefined;
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const at = Date.parse(value);
    if (!Number.isFinite(at) || !/[a-z]/i.test(value)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(0, ms), max);
}
