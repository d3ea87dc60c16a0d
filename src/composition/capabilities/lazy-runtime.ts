type Runtime = typeof import("./capability-runtime.js");

let runtime: Promise<Runtime> | undefined;

/** The capability chunk, imported on first use; a failed import is retried on the next call. */
export function loadCapabilityRuntime(): Promise<Runtime> {
  runtime ??= import("./capability-runtime.js").catch((error: unknown) => {
    runtime = undefined;
    throw error;
  });
  return runtime;
}
