import type { LookupFn } from "openclaw/plugin-sdk/ssrf-runtime";

/**
 * Seams for the guarded fetch. Production passes neither; contract tests pass a
 * `fetchImpl` that reaches msw and a `lookupFn` that answers without real DNS, so the
 * guard's policy, redirect handling and header stripping still run for real.
 */
export interface GuardOptions {
  readonly fetchImpl?: typeof fetch;
  readonly lookupFn?: LookupFn;
}

export const SSRF_GUARD_OPTIONS: unique symbol = Symbol("SsrfGuardOptions");
