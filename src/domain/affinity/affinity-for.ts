import { type HostTurn, type RequestAffinity, requestAffinity } from "./request-affinity.js";
import { type NativeSession, sessionIdentityOf } from "./session-identity.js";

export interface AffinityRoute {
  readonly pluginVersion: string;
  readonly provider: string;
  readonly modelId: string;
  /** Only where a host gives a real turn; today none does (see `HostTurn`). */
  readonly turn?: HostTurn;
}

/**
 * The affinity one request carries, straight from what the host handed the stream function:
 * null (send nothing) without a usable native session, e.g. `infer model run`.
 */
export function affinityFor(native: NativeSession, route: AffinityRoute): RequestAffinity | null {
  const identity = sessionIdentityOf(native);
  return identity === null ? null : requestAffinity({ identity, ...route });
}
