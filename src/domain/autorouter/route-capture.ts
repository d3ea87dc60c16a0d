import { headerSafe } from "../affinity/header-safe.js";
import { isPlainObject } from "../shared/values.js";

/** What `taas.autorouter.lastRoute` reports: the listing's fields, exactly. */
export interface RouteCapture {
  readonly sessionId: string;
  /** ISO 8601, from the injected clock. */
  readonly capturedAt: string;
  readonly taasRequestId: string | null;
  readonly taasTraceId: string | null;
  readonly openclawTurnId: string | null;
  readonly openclawAttempt: number | null;
  readonly autorouterModel: string | null;
  readonly autorouterAlgo: string | null;
  readonly autorouterAlgoSource: string | null;
  readonly thinkingApplied: boolean | null;
  readonly routedContextWindow: number | null;
}

/** The request a response answered: its session, and a real host turn when there was one. */
export interface CapturedRequest {
  readonly sessionId: string;
  /** Milliseconds since the epoch (the Clock port's `now()`). */
  readonly now: number;
  readonly turnId?: string;
  readonly attempt?: number;
}

/** Header values are upstream text: kept only when short and printable. */
const MAX_HEADER_VALUE_LENGTH = 256;

/**
 * The route TaaS reports in a response's headers (any case; a record as 2026.9's
 * `onResponse` passes it), or null when the response was not autorouted
 * (`x-taas-autorouted` is not `true`) or the clock reading is unusable. Request and trace
 * ids are read from the TaaS-specific names first, then the generic ones.
 */
export function captureRoute(headers: unknown, request: CapturedRequest): RouteCapture | null {
  const read = lowerCased(headers);
  if (read("x-taas-autorouted")?.toLowerCase() !== "true") return null;
  if (!Number.isFinite(request.now)) return null;
  return {
    sessionId: request.sessionId,
    capturedAt: new Date(request.now).toISOString(),
    taasRequestId: read("x-taas-request-id") ?? read("x-request-id"),
    taasTraceId: read("x-taas-trace-id") ?? read("x-trace-id"),
    openclawTurnId: request.turnId ?? null,
    openclawAttempt: request.attempt ?? null,
    autorouterModel: read("x-taas-autorouter-model"),
    autorouterAlgo: read("x-taas-autorouter-mode"),
    autorouterAlgoSource: read("x-taas-autorouter-algorithm-source"),
    thinkingApplied: booleanOf(read("x-taas-thinking-applied")),
    routedContextWindow: positiveIntegerOf(read("x-taas-routed-context-window")),
  };
}

function lowerCased(headers: unknown): (name: string) => string | null {
  const values = new Map<string, string>();
  if (isPlainObject(headers)) {
    for (const [name, value] of Object.entries(headers)) {
      const safe = headerSafe(value, MAX_HEADER_VALUE_LENGTH);
      if (safe !== null) values.set(name.toLowerCase(), safe);
    }
  }
  return (name) => values.get(name) ?? null;
}

function booleanOf(value: string | null): boolean | null {
  const lower = value?.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : null;
}

function positiveIntegerOf(value: string | null): number | null {
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}
