import { headerSafe } from "./header-safe.js";
import { MAX_SESSION_ID_LENGTH, type SessionIdentity } from "./session-identity.js";

/** The listing's header names (0.2.3+), so TaaS sees the same thing from either plugin. */
export const AFFINITY_HEADER = {
  sessionId: "X-Session-Id",
  openclawSessionId: "X-OpenClaw-Session-Id",
  pluginVersion: "X-OpenClaw-Plugin-Version",
  agentId: "X-OpenClaw-Agent-Id",
  turnId: "X-OpenClaw-Turn-Id",
  attempt: "X-OpenClaw-Attempt",
} as const;

/** Version of the `openclaw_correlation` object's shape; bump when a key changes. */
export const CORRELATION_SCHEMA_VERSION = 1;
export const CORRELATION_SOURCE = "openclaw";

/** Bound for the other values (version, provider, model, turn id) that travel with it. */
const MAX_VALUE_LENGTH = 256;

/**
 * A real turn from the host. No host gives one on Chat Completions today (2026.6 never
 * calls the turn-state hook there; 2026.9 passes a fresh random id and attempt 1 on every
 * request), so the wiring leaves it out and neither turn header is sent.
 */
export interface HostTurn {
  readonly turnId: unknown;
  readonly attempt: unknown;
}

export interface AffinityRequest {
  readonly identity: SessionIdentity;
  /** package.json's version, passed in by the wiring. */
  readonly pluginVersion: string;
  readonly provider: string;
  readonly modelId: string;
  readonly turn?: HostTurn;
}

export interface RequestAffinity {
  readonly headers: Readonly<Record<string, string>>;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/**
 * Everything a request on a native session carries: the listing's headers and body
 * metadata, all naming the same session. `openclaw_correlation` holds identifiers only
 * (schema version, source, plugin version, session, agent, provider, model): never prompt
 * text, paths, host names, environment values or secrets. A value that is not header-safe
 * is left out rather than sent rewritten.
 */
export function requestAffinity(request: AffinityRequest): RequestAffinity {
  const { sessionId, agentId } = request.identity;
  const version = headerSafe(request.pluginVersion, MAX_VALUE_LENGTH);
  const provider = headerSafe(request.provider, MAX_VALUE_LENGTH);
  const model = headerSafe(request.modelId, MAX_VALUE_LENGTH);
  const turnId = request.turn ? headerSafe(request.turn.turnId, MAX_SESSION_ID_LENGTH) : null;
  const attempt = request.turn ? attemptOf(request.turn.attempt) : null;

  const headers: Record<string, string> = {
    [AFFINITY_HEADER.sessionId]: sessionId,
    [AFFINITY_HEADER.openclawSessionId]: sessionId,
  };
  if (version !== null) headers[AFFINITY_HEADER.pluginVersion] = version;
  if (agentId !== undefined) headers[AFFINITY_HEADER.agentId] = agentId;
  if (turnId !== null && attempt !== null) {
    headers[AFFINITY_HEADER.turnId] = turnId;
    headers[AFFINITY_HEADER.attempt] = String(attempt);
  }

  const correlation: Record<string, unknown> = {
    schema_version: CORRELATION_SCHEMA_VERSION,
    source: CORRELATION_SOURCE,
    session_id: sessionId,
  };
  if (version !== null) correlation.plugin_version = version;
  if (agentId !== undefined) correlation.agent_id = agentId;
  if (provider !== null) correlation.provider = provider;
  if (model !== null) correlation.model = model;

  return {
    headers,
    metadata: { session_id: sessionId, sticky_key: sessionId, openclaw_correlation: correlation },
  };
}

function attemptOf(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : null;
}
