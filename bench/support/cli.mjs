import { isMain, requireBuild } from "./paths.mjs";
import { renderText } from "./report.mjs";

/** Progress goes to stderr, so `--json` output on stdout stays one clean line. */
export function progress(message) {
  process.stderr.write(`  ${message}\n`);
}

/**
 * Lets each benchmark file run alone: `node bench/<name>.mjs [--smoke] [--json]`.
 * A watchdog ends the process if a benchmark ever hangs; smoke mode fails on a broken count.
 */
export async function runIfMain(importMetaUrl, bench, { limitMs = 20 * 60_000 } = {}) {
  if (!isMain(importMetaUrl)) return;
  const args = process.argv.slice(2);
  const smoke = args.includes("--smoke");
  const json = args.includes("--json");
  const watchdog = setTimeout(() => {
    console.error(`benchmark did not finish within ${limitMs / 1000} s; giving up`);
    process.exit(2);
  }, limitMs);
  watchdog.unref();
  try {
    requireBuild();
    const result = await bench({ smoke, args });
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stdout.write(renderText(result));
    const broken = smokeFailures(result);
    if (smoke && broken.length > 0) {
      for (const target of broken) console.error(`smoke: ${target.name}: ${target.measured}`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}

/** Smoke asserts counts only (upstream requests, rows served), never timings. */
export function smokeFailures(result) {
  return result.targets.filter((target) => target.kind === "count" && !target.met);
}
