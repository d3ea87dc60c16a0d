import type { AutorouterAlgorithm } from "./algorithms.js";
import type { RouteCapture } from "./route-capture.js";

/** The listing's cap: per-session AutoRouter state for at most this many sessions. */
export const AUTOROUTER_SESSION_CAP = 256;

interface SessionState {
  algorithm: AutorouterAlgorithm | null;
  capture: RouteCapture | null;
}

/**
 * The algorithm each session asked for and the last route TaaS reported for it, for at
 * most `cap` sessions: every read or write makes a session the most recent, and a new
 * session beyond the cap drops the least recently used (a Map keeps insertion order, so
 * re-inserting on use is the whole LRU). A session left with neither is forgotten.
 */
export class AutorouterSessions {
  private readonly sessions = new Map<string, SessionState>();

  constructor(readonly cap: number = AUTOROUTER_SESSION_CAP) {
    if (!Number.isSafeInteger(cap) || cap < 1) {
      throw new RangeError(`AutoRouter session cap must be a positive integer, got ${cap}`);
    }
  }

  get size(): number {
    return this.sessions.size;
  }

  setAlgorithm(sessionId: string, algorithm: AutorouterAlgorithm | null): void {
    this.update(sessionId, (state) => {
      state.algorithm = algorithm;
    });
  }

  algorithmOf(sessionId: string): AutorouterAlgorithm | null {
    return this.touch(sessionId)?.algorithm ?? null;
  }

  recordCapture(capture: RouteCapture): void {
    this.update(capture.sessionId, (state) => {
      state.capture = capture;
    });
  }

  lastCapture(sessionId: string): RouteCapture | null {
    return this.touch(sessionId)?.capture ?? null;
  }

  private touch(sessionId: string): SessionState | undefined {
    const state = this.sessions.get(sessionId);
    if (state) {
      this.sessions.delete(sessionId);
      this.sessions.set(sessionId, state);
    }
    return state;
  }

  private update(sessionId: string, change: (state: SessionState) => void): void {
    const state = this.touch(sessionId) ?? { algorithm: null, capture: null };
    change(state);
    if (state.algorithm === null && state.capture === null) {
      this.sessions.delete(sessionId);
      return;
    }
    this.sessions.set(sessionId, state);
    for (const oldest of this.sessions.keys()) {
      if (this.sessions.size <= this.cap) break;
      this.sessions.delete(oldest);
    }
  }
}
