import type { PluginLog } from "../ports/plugin-log.port.js";

// biome-ignore lint/suspicious/noExplicitAny: a hook of any shape; its own type is kept (F).
type Hook = (...args: any[]) => unknown;

/**
 * Wraps a host hook so a defect can never escape into OpenClaw (a throwing `catalog.run`
 * fails a whole `models list --refresh` on 2026.9). The fallback answers instead, and the
 * log says which hook failed with the error's class only: messages could quote input.
 */
export function neverThrow<F extends Hook>(
  hook: string,
  /** Never throws (HostPluginLog swallows a broken host logger). */
  log: PluginLog,
  run: F,
  fallback: (...args: Parameters<F>) => Awaited<ReturnType<F>>,
): F {
  const report = (error: unknown) => {
    const kind = error instanceof Error ? error.name : typeof error;
    log.warn(`CloudSigma TaaS: ${hook} failed unexpectedly (${kind}); using the safe fallback.`);
  };
  const guarded = (...args: Parameters<F>) => {
    try {
      const result = run(...args);
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        report(error);
        return fallback(...args);
      });
    } catch (error) {
      report(error);
      return fallback(...args);
    }
  };
  return guarded as F;
}
