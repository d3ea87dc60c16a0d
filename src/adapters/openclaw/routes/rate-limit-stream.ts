import {
  isRateLimitMessage,
  type RateLimitGate,
} from "../../../domain/rate-limits/rate-limit-gate.js";
import type { StreamFn } from "./request-patch-stream.js";

interface StreamEvent {
  type?: string;
  error?: { errorMessage?: unknown };
}
interface PushingStream {
  push?: (event: StreamEvent) => unknown;
}

export interface RateLimitScope {
  readonly gate: RateLimitGate;
  /** Where the limit applies: the route's base URL. */
  readonly key: string;
  readonly route: string;
  readonly hasFallback: boolean;
  readonly now: () => number;
}

/**
 * The host's stream function behind the rate-limit gate. A held request never leaves: its
 * payload hook fails before the transport sends anything, and the host sees a 429 that says
 * why. A real 429's text is rewritten as the gate decides, before the host classifies it.
 */
export function rateLimitedStreamFn(inner: StreamFn, scope: RateLimitScope): StreamFn {
  return (model, context, options) => {
    const decision = scope.gate.beforeRequest(scope.key, scope.route, scope.now());
    const held = decision.kind === "hold";
    const sent = held
      ? inner(model, context, {
          ...options,
          onPayload: async () => {
            throw new Error(decision.message);
          },
        })
      : inner(model, context, options);
    const watch = <S>(stream: S): S => {
      const target = stream as PushingStream;
      const push = target?.push?.bind(stream);
      if (!push || held) return stream;
      target.push = (event: StreamEvent) => {
        if (event?.type === "done") scope.gate.onSuccess(scope.key);
        const error = event?.type === "error" ? event.error : undefined;
        if (error && isRateLimitMessage(error.errorMessage)) {
          error.errorMessage = scope.gate.onRateLimited(
            scope.key,
            scope.route,
            error.errorMessage,
            scope.now(),
            scope.hasFallback,
          );
        }
        return push(event);
      };
      return stream;
    };
    return sent instanceof Promise ? sent.then(watch) : watch(sent);
  };
}
