/**
 * Order statistics only (no means of skewed timings): percentiles by linear interpolation
 * between closest ranks (the "type 7" estimator used by R, NumPy and spreadsheets).
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  return {
    n: sorted.length,
    min: sorted[0],
    p10: percentile(sorted, 0.1),
    p25: percentile(sorted, 0.25),
    median: percentile(sorted, 0.5),
    p75: percentile(sorted, 0.75),
    p90: percentile(sorted, 0.9),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1],
  };
}

export const median = (samples) => summarize(samples).median;

/** Milliseconds since `start` (a `process.hrtime.bigint()` reading). */
export function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Fixed significant figures, without exponent notation, for tables. */
export function fmt(value, digits = 3) {
  if (value === undefined || value === null || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toFixed(Math.min(decimals, 6));
}

export function fmtBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KiB`;
  return `${fmt(bytes / (1024 * 1024))} MiB`;
}

/**
 * Times `calls` sequential awaited calls one by one; per call in units of `unitNs`
 * nanoseconds (1e3 for µs, 1e6 for ms).
 */
export async function timeCalls(calls, fn, unitNs) {
  const samples = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples[i] = Number(process.hrtime.bigint() - start) / unitNs;
  }
  return samples;
}
