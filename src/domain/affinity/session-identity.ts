import { headerSafe } from "./header-safe.js";

/**
 * The longest session id sent, as CloudSigma's own listing (0.2.x) bounds it, so TaaS sees
 * the same ids from either plugin. Longer ids are refused, not cut (see `headerSafe`).
 */
export const MAX_SESSION_ID_LENGTH = 200;

/** An agent id rides along with the session, under the same bound. */
export const MAX_AGENT_ID_LENGTH = MAX_SESSION_ID_LENGTH;

/**
 * What the host knows about the native session of a request: the session id from the
 * stream options, and where the host has them the session key (`agent:<agentId>:<rest>`)
 * or the resolved agent id (`ctx.agentId` in wrapStreamFn). All untrusted.
 */
export interface NativeSession {
  readonly sessionId?: unknown;
  readonly sessionKey?: unknown;
  readonly agentId?: unknown;
}

export interface SessionIdentity {
  readonly sessionId: string;
  readonly agentId?: string;
}

/** A session id as the plugin uses it (trimmed, bounded, header-safe), or null. */
export function normalizeSessionId(value: unknown): string | null {
  return headerSafe(value, MAX_SESSION_ID_LENGTH);
}

/** The agent a native session key names (`agent:<agentId>:…`), or null for any other shape. */
export function agentIdFromSessionKey(key: unknown): string | null {
  if (typeof key !== "string") return null;
  const parts = key.trim().split(":");
  if (parts.length < 3 || parts[0] !== "agent") return null;
  return headerSafe(parts[1], MAX_AGENT_ID_LENGTH);
}

/**
 * The identity a request carries, taken from the host's native session only. Without a
 * usable session id there is none: nothing is derived from time, process, workspace or
 * prompt text. The agent comes from the session key when it names one (the listing's
 * rule), else from the host's agent id; an agent alone is no identity.
 */
export function sessionIdentityOf(native: NativeSession): SessionIdentity | null {
  const sessionId = normalizeSessionId(native.sessionId);
  if (sessionId === null) return null;
  const agentId =
    agentIdFromSessionKey(native.sessionKey) ?? headerSafe(native.agentId, MAX_AGENT_ID_LENGTH);
  return agentId === null ? { sessionId } : { sessionId, agentId };
}
