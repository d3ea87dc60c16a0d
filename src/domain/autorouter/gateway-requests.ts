import { normalizeSessionId } from "../affinity/session-identity.js";
import { isPlainObject } from "../shared/values.js";
import type { AutorouterAlgorithm } from "./algorithms.js";
import { isAutorouterAlgorithm } from "./algorithms.js";
import type { RouteCapture } from "./route-capture.js";

/** The listing's gateway method names and scopes, so operator tooling keeps working. */
export const SET_ALGORITHM_METHOD = "taas.autorouter.setAlgorithm";
export const SET_ALGORITHM_SCOPE = "operator.write";
export const LAST_ROUTE_METHOD = "taas.autorouter.lastRoute";
export const LAST_ROUTE_SCOPE = "operator.read";

export interface GatewayError {
  readonly code: string;
  readonly message: string;
}

/** The listing's refusal, word for word. */
export const INVALID_SET_ALGORITHM: GatewayError = {
  code: "invalid_request",
  message: "sessionId and a supported AutoRouter algorithm (or null) are required",
};

/** The listing documents no lastRoute refusal; ours uses its code with its own words. */
export const INVALID_LAST_ROUTE: GatewayError = {
  code: "invalid_request",
  message: "sessionId is required",
};

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: GatewayError };

export interface SetAlgorithmRequest {
  readonly sessionId: string;
  /** null clears the session's algorithm. */
  readonly algorithm: AutorouterAlgorithm | null;
}

/**
 * `{ sessionId, algorithm }`: the session id under the same rules as a request's identity
 * (trimmed, at most 200 characters, printable ASCII), the algorithm one of TaaS's names or
 * null. A missing `algorithm` is refused, so a typo never clears a setting.
 */
export function parseSetAlgorithm(params: unknown): Parsed<SetAlgorithmRequest> {
  if (!isPlainObject(params)) return { ok: false, error: INVALID_SET_ALGORITHM };
  const sessionId = normalizeSessionId(params.sessionId);
  const { algorithm } = params;
  if (sessionId === null || (algorithm !== null && !isAutorouterAlgorithm(algorithm))) {
    return { ok: false, error: INVALID_SET_ALGORITHM };
  }
  return { ok: true, value: { sessionId, algorithm } };
}

/** `{ sessionId }`, under the same session-id rules. */
export function parseLastRoute(params: unknown): Parsed<{ readonly sessionId: string }> {
  const sessionId = isPlainObject(params) ? normalizeSessionId(params.sessionId) : null;
  return sessionId === null
    ? { ok: false, error: INVALID_LAST_ROUTE }
    : { ok: true, value: { sessionId } };
}

/** The listing's answers. */
export function setAlgorithmAnswer(request: SetAlgorithmRequest) {
  return { ok: true as const, sessionId: request.sessionId, algorithm: request.algorithm };
}

export function lastRouteAnswer(sessionId: string, capture: RouteCapture | null) {
  return { sessionId, capture };
}
