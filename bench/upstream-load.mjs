// 4. Upstream load: how many requests reach TaaS when the host calls the catalog a lot.

import { configWithBaseUrl, envKeyContext, manualClock } from "../test/support/host-context.ts";
import { registerPlugin } from "../test/support/recording-api.ts";
import { startTaasDouble } from "../test/support/taas-double/taas-double.ts";
import { progress, runIfMain } from "./support/cli.mjs";
import { BENCH_DOUBLE, buildUrl } from "./support/paths.mjs";
import { exactCount } from "./support/report.mjs";
import { fmt } from "./support/stats.mjs";
import { syntheticRows } from "./support/synthetic.mjs";

const REGISTRATIONS = 10;

/** A clock the benchmark moves by hand (simulated time), in ms. */
/** `calls` catalog calls, `concurrency` at a time, spread over the registrations round-robin. */
async function inBatches(registrations, ctx, calls, concurrency, betweenBatches) {
  const results = [];
  for (let done = 0; done < calls; done += concurrency) {
    const batch = [];
    for (let i = done; i < Math.min(done + concurrency, calls); i++) {
      batch.push(registrations[i % registrations.length].provider.catalog.run(ctx));
    }
    results.push(...(await Promise.all(batch)));
    betweenBatches?.();
  }
  return results;
}

/** Attempts the backoff policy allows on a grid of batch times (the schedule to compare against). */
function allowedAttempts(policy, batchTimesMs) {
  const times = [];
  let retryAt = Number.NEGATIVE_INFINITY;
  for (const t of batchTimesMs) {
    if (t < retryAt) continue;
    times.push(t);
    const failures = times.length;
    retryAt =
      t + Math.min(policy.backoffBaseMs * 2 ** Math.min(failures - 1, 30), policy.backoffCapMs);
  }
  return times;
}

export async function upstreamLoad({ smoke = false } = {}) {
  await import("reflect-metadata");
  const { createCloudSigmaPlugin } = await import(buildUrl("composition/plugin-entry.js"));
  const { CLOCK } = await import(buildUrl("ports/clock.port.js"));
  const { DEFAULT_DISCOVERY_POLICY: policy } = await import(
    buildUrl("domain/catalog/discovery-policy.js")
  );

  const calls = smoke ? 100 : 1_000;
  const concurrency = smoke ? 10 : 100;
  const stepMs = 10_000;
  const longSpanMs = smoke ? 100_000 : 3_600_000;

  // A: TaaS healthy, production wiring (no seams), many registrations, one TTL.
  progress(`upstream load: ${calls} calls against a healthy double`);
  const rows = 4;
  const healthy = await startTaasDouble({ ...BENCH_DOUBLE, models: syntheticRows(rows) });
  let okResult;
  try {
    const plugin = createCloudSigmaPlugin();
    const registrations = Array.from({ length: REGISTRATIONS }, () => registerPlugin(plugin));
    const ctx = envKeyContext("sk-bench", configWithBaseUrl(healthy.url));
    const start = process.hrtime.bigint();
    const results = await inBatches(registrations, ctx, calls, concurrency);
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    const live = results.filter((r) => r.provider.models.length === 13 + rows).length;
    const requests = healthy.modelsRequests().length;
    okResult = { requests, elapsedMs, live, other: healthy.requests.length - requests };
  } finally {
    await healthy.close();
  }

  // B: TaaS failing (503), simulated time advancing stepMs per batch.
  const clock = manualClock();
  const attemptTimes = [];
  const failing = await startTaasDouble({
    ...BENCH_DOUBLE,
    onRequest: (request) => {
      if (request.path === "/v1/models") attemptTimes.push(clock.now() - clock.start);
    },
  });
  failing.reply({ status: 503, json: { error: { message: "service unavailable" } } }, "models");
  let failResult;
  try {
    const plugin = createCloudSigmaPlugin({
      override: (scope) => scope.register(CLOCK, { useValue: clock }),
    });
    const registrations = Array.from({ length: REGISTRATIONS }, () => registerPlugin(plugin));
    const ctx = envKeyContext("sk-bench", configWithBaseUrl(failing.url));
    const batches = longSpanMs / stepMs;
    const batchTimes = Array.from({ length: batches }, (_, i) => i * stepMs);
    let served = 0;
    let seedOnly = 0;
    const checkpoints = [];
    for (let b = 0; b < batches; b++) {
      const results = await inBatches(registrations, ctx, concurrency, concurrency);
      served += results.length;
      seedOnly += results.filter(
        (r) => r.provider.models.length === 13 && r.outcomes?.[0]?.status === "unavailable",
      ).length;
      clock.advance(stepMs);
      const simulatedMs = (b + 1) * stepMs;
      if (served === calls || b === batches - 1) {
        const allowed = allowedAttempts(policy, batchTimes.slice(0, b + 1));
        checkpoints.push({
          calls: served,
          simulatedMs,
          attempts: failing.modelsRequests().length,
          windows: allowed.length,
          allowed,
        });
      }
      if (b % 60 === 59)
        progress(`upstream load: failing double, ${simulatedMs / 1000} s simulated`);
    }
    const warnings = registrations.flatMap((r) => r.logs).filter((l) => l.startsWith("warn:"));
    failResult = { checkpoints, served, seedOnly, warnings: warnings.length, sample: warnings[0] };
  } finally {
    await failing.close();
  }

  const secs = (ms) => String(ms / 1000);
  const long = failResult.checkpoints.at(-1);
  const short = failResult.checkpoints[0];
  const schedule = (times) => times.map((t) => secs(t)).join(", ");
  const attemptsOk = failResult.checkpoints.every((c) => c.attempts <= c.windows);

  return {
    id: "upstream-load",
    title: "4. Upstream load",
    method: [
      "A loopback TaaS double (`test/support/taas-double`, the tests' double: `node:http` on 127.0.0.1, ephemeral port) counts `GET /v1/models`. The plugin runs its production discovery path, guarded fetch included (`openclaw/plugin-sdk/ssrf-runtime`, no fetch seams); the double is reached by configuring `models.providers.cloudsigma.baseUrl = http://127.0.0.1:PORT/v1` in `ctx.config`.",
      `Healthy: one plugin entry registered ${REGISTRATIONS} times (the host registers it repeatedly; all registrations share the discovery cache), ${calls} \`catalog.run\` calls in batches of ${concurrency} concurrent calls spread round-robin over the registrations, real clock, well inside one 60 s TTL.`,
      `Failing (HTTP 503): a fresh entry with a manual clock registered as \`CLOCK\`; batches of ${concurrency} concurrent calls, the clock advanced ${stepMs / 1000} s after each batch. Reported after ${calls} calls (${secs(short.simulatedMs)} s simulated) and after ${long.calls.toLocaleString("en-US")} calls (${secs(long.simulatedMs)} s simulated, long enough to reach the 10 min backoff cap). The request times are stamped by the double with the simulated clock.`,
      `Backoff windows elapsed: the attempts the policy (${secs(policy.backoffBaseMs)} s doubling to ${secs(policy.backoffCapMs)} s) allows on the same grid of batch times, computed independently of the plugin; the target is no more attempts than windows.`,
    ],
    tables: [
      {
        caption: "Healthy upstream",
        headers: [
          "calls",
          "concurrency",
          "registrations",
          "upstream requests",
          "answers with live rows",
          "wall time ms",
        ],
        rows: [
          [
            calls,
            concurrency,
            REGISTRATIONS,
            okResult.requests,
            okResult.live,
            fmt(okResult.elapsedMs),
          ],
        ],
      },
      {
        caption: "Failing upstream (HTTP 503), simulated time",
        headers: [
          "calls",
          "simulated span s",
          "upstream attempts",
          "backoff windows elapsed",
          "attempts at (s)",
          "policy allows at (s)",
        ],
        rows: failResult.checkpoints.map((c) => [
          c.calls.toLocaleString("en-US"),
          secs(c.simulatedMs),
          c.attempts,
          c.windows,
          schedule(attemptTimes.slice(0, c.attempts)),
          schedule(c.allowed),
        ]),
      },
    ],
    targets: [
      exactCount(`healthy: upstream requests for ${calls} calls in one TTL`, 1, okResult.requests),
      exactCount("healthy: every answer carries the live rows", calls, okResult.live),
      {
        name: "failing: attempts per backoff window",
        target: "≤ 1",
        measured: failResult.checkpoints
          .map((c) => `${c.attempts} attempts / ${c.windows} windows`)
          .join("; "),
        met: attemptsOk,
        kind: "count",
      },
      {
        name: "failing: every call still answered with the 13 built-in rows (outcome unavailable)",
        target: failResult.served.toLocaleString("en-US"),
        measured: failResult.seedOnly.toLocaleString("en-US"),
        met: failResult.seedOnly === failResult.served,
        kind: "count",
      },
      exactCount("failing: warnings logged for the outage", 1, failResult.warnings),
    ],
    notes: failResult.sample
      ? [
          `The one warning: \`${failResult.sample.replace(/^warn: /, "").replace(/127\.0\.0\.1:\d+/, "127.0.0.1:PORT")}\``,
          "Healthy wall time includes the first request, which loads the guard's SDK module (`ssrf-runtime`) on first use.",
        ]
      : [],
  };
}

await runIfMain(import.meta.url, upstreamLoad);
