import { MAX_RETRY_AFTER_MS } from "../shared/retry-after.js";

/**
 * Appended to a TaaS 429 once the plugin wants the host to stop retrying and fail over.
 * "quota exceeded" is long-window evidence to 2026.9 (no more same-model retries) and a rate
 * limit, not billing, to both hosts; it avoids "retry after N", which 2026.6 retries on.
 */
export const KEY_WIDE_NOTE =
  "CloudSigma TaaS quota exceeded for this key for now; it applies to every cloudsigma route";

/** When upstream gives no Retry-After, TaaS is left alone this long. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 20_000;

export type GateDecision =
  | { readonly kind: "send" }
  /** Answer the host with this error and send nothing: the key is still rate-limited. */
  | { readonly kind: "hold"; readonly message: string };

interface RateLimitWindow {
  readonly route: string;
  readonly strikes: number;
  readonly until: number;
}

/** 2026.9 appends `; Retry-After: N seconds` (fractional for an HTTP-date) to the text. */
const RETRY_AFTER_TEXT = /(retry-after:\s*)(\d+(?:\.\d+)?)(\s*seconds?)/i;
/**
 * Wording that makes a host retry the same model at once: a short Retry-After, or a
 * per-minute window. 2026.6 lets either outweigh "quota exceeded", 2026.9 the second.
 */
const SHORT_WINDOW_HINTS = [
  /[;,]?\s*\b(?:retry[- ]after|try again in)\b\s*:?\s*(?:in\s*)?[^\r\n;)]*/gi,
  /\b(?:requests|tokens)\s+per\s+minute\b|\bper[- ]minute\b|\b(?:rpm|tpm)\b/gi,
];

/** A chat error that is a rate limit: the host's text leads with the status or names it. */
export function isRateLimitMessage(message: unknown): message is string {
  return (
    typeof message === "string" &&
    (/^\s*429\b/.test(message) || /rate[ _-]?limit|too many requests/i.test(message))
  );
}

/**
 * How a TaaS rate limit is spent, per base URL (a TaaS limit may cover the whole key). A
 * 429 costs at most two requests to its route: the first one, and, only when no fallback is
 * configured, the host's own retry after the (bounded) Retry-After. While the window lasts,
 * other cloudsigma routes are not tried at all, so the host's fallback chain moves on to
 * another provider without adding to the limit.
 */
export class RateLimitGate {
  private readonly windows = new Map<string, RateLimitWindow>();

  constructor(
    private readonly maxWaitMs = MAX_RETRY_AFTER_MS,
    private readonly defaultWaitMs = DEFAULT_RATE_LIMIT_WAIT_MS,
  ) {}

  beforeRequest(key: string, route: string, now: number): GateDecision {
    const window = this.windows.get(key);
    if (!window || now >= window.until) return { kind: "send" };
    if (window.route === route && window.strikes < 2) return { kind: "send" };
    const seconds = Math.max(1, Math.ceil((window.until - now) / 1000));
    return {
      kind: "hold",
      message: `429 ${KEY_WIDE_NOTE} (the limit lifts in about ${seconds} s; no request was sent)`,
    };
  }

  /** Records a 429 and returns the text to hand the host instead of the upstream's. */
  onRateLimited(
    key: string,
    route: string,
    message: string,
    now: number,
    hasFallback: boolean,
  ): string {
    const wait = this.waitFrom(message);
    const strikes = (this.windows.get(key)?.strikes ?? 0) + 1;
    this.windows.set(key, { route, strikes, until: now + wait });
    if (hasFallback || strikes >= 2)
      return `${withoutShortWindowHints(message)} (${KEY_WIDE_NOTE})`;
    // One same-model retry after the (bounded) wait: both hosts read this form from the text.
    const seconds = Math.ceil(wait / 1000);
    return RETRY_AFTER_TEXT.test(message)
      ? message.replace(RETRY_AFTER_TEXT, (_, head: string, __: string, tail: string) => {
          return `${head}${seconds}${tail}`;
        })
      : `${message}; Retry-After: ${seconds} seconds`;
  }

  onSuccess(key: string): void {
    this.windows.delete(key);
  }

  private waitFrom(message: string): number {
    const seconds = RETRY_AFTER_TEXT.exec(message)?.[2] ?? /retry after (\d+)/i.exec(message)?.[1];
    const ms = seconds === undefined ? this.defaultWaitMs : Number(seconds) * 1000;
    return Math.min(ms, this.maxWaitMs);
  }
}

/** The upstream text without what would make a host retry the same model right away. */
function withoutShortWindowHints(message: string): string {
  const stripped = SHORT_WINDOW_HINTS.reduce((text, hint) => text.replace(hint, ""), message);
  return stripped
    .replace(/\(\s*\)/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}
