// 1. Cold load: import + register() in a fresh process, ours against the floor plugin.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { progress, runIfMain } from "./support/cli.mjs";
import { ENTRY_URL, ROOT } from "./support/paths.mjs";
import { fmt, summarize } from "./support/stats.mjs";

const CHILD = fileURLToPath(new URL("./support/cold-child.mjs", import.meta.url));
const TARGET_RATIO = 1.15;
const DIAGNOSTIC_SUBJECTS = ["staged", "alone:reflect-metadata", "alone:tsyringe"];
/** What register() must register, once each (recorded by the cold child). */
const REGISTRATIONS = [
  "providers",
  "modelCatalogProviders",
  "embeddingProviders",
  "memoryEmbeddingProviders",
  "mediaProviders",
];
/** `lazy` (seconds per run: provider-auth is heavy) runs only every LAZY_EVERY-th round. */
const LAZY_EVERY = 3;

/** Our own modules statically reachable from dist/index.js (what the registration path loads). */
function staticGraphSize(entry = fileURLToPath(ENTRY_URL)) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^(?:import|export)[^"'\n]*["'](\.[^"']+)["']/gm)) {
      visit(resolve(dirname(file), match[1]));
    }
  };
  visit(entry);
  return seen.size;
}

/** No on-disk V8 code cache, so every run compiles from source like a first start. */
function childEnv() {
  const env = { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_OPTIONS;
  return env;
}

function spawnOnce(subject) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    execFile(
      process.execPath,
      [CHILD, subject],
      { cwd: ROOT, env: childEnv(), timeout: 120_000, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
        if (error) {
          reject(new Error(`cold-load child "${subject}" failed: ${error.message}\n${stderr}`));
          return;
        }
        const result = JSON.parse(stdout.trim().split("\n").at(-1));
        resolve({ ...result, wallMs });
      },
    );
  });
}

export async function coldLoad({ smoke = false, args = [] } = {}) {
  const runsArg = args.find((arg) => arg.startsWith("--runs="));
  const runs = runsArg ? Number(runsArg.slice(7)) : smoke ? 1 : 41;
  const warmup = smoke ? 0 : 2;
  const samples = new Map();
  const record = (subject, sample) => {
    if (!samples.has(subject)) samples.set(subject, []);
    samples.get(subject).push(sample);
  };

  // Untimed, once: which of our modules registering loads (a load hook would slow the timed runs).
  progress("cold load: chunk probe");
  const { probe } = await spawnOnce("chunk-probe");

  for (let round = 0; round < warmup + runs; round++) {
    // ours/floor adjacent and alternating in order, so drift and position cancel in the pair.
    const pair = round % 2 === 0 ? ["ours", "floor"] : ["floor", "ours"];
    const lazy = round % LAZY_EVERY === 0 ? ["lazy"] : [];
    const order = [...pair, ...DIAGNOSTIC_SUBJECTS, ...lazy];
    const measured = round >= warmup;
    progress(`cold load: ${measured ? `run ${round - warmup + 1}/${runs}` : "warm-up"}`);
    for (const subject of order) {
      const sample = await spawnOnce(subject);
      if (measured) record(subject, sample);
    }
  }

  const ours = samples.get("ours");
  const floor = samples.get("floor");
  const total = (sample, key) => sample.steps.reduce((sum, step) => sum + step[key], 0);
  const stepOf = (sample, name) => sample.steps.find((step) => step.name === name);
  const measures = { wall: "ms", cpu: "cpuMs" };
  const stats = {};
  for (const [measure, key] of Object.entries(measures)) {
    const o = summarize(ours.map((s) => total(s, key)));
    const f = summarize(floor.map((s) => total(s, key)));
    stats[measure] = {
      ours: o,
      floor: f,
      ratio: o.median / f.median,
      ratioP10: o.p10 / f.p10,
      paired: summarize(ours.map((s, i) => total(s, key) / total(floor[i], key))),
    };
  }
  const stepStats = (subject, name, key = "ms") =>
    summarize(samples.get(subject).map((s) => stepOf(s, name)[key]));
  const range = (st, lo, hi) => `${fmt(st[lo])} – ${fmt(st[hi])}`;

  const row = (name, wall, cpu) => [
    name,
    fmt(wall.median),
    range(wall, "p10", "p90"),
    range(wall, "p25", "p75"),
    fmt(cpu.median),
    range(cpu, "p10", "p90"),
    wall.n,
  ];
  const byStep = (subject, name) => [stepStats(subject, name), stepStats(subject, name, "cpuMs")];
  const headline = [
    row("floor: import + register()", stats.wall.floor, stats.cpu.floor),
    row("ours: import + register()", stats.wall.ours, stats.cpu.ours),
    row("  ours: import dist/index.js", ...byStep("ours", "import")),
    row("  ours: register()", ...byStep("ours", "register")),
  ];
  const wallRows = [
    ["floor", floor],
    ["ours", ours],
  ].map(([name, list]) => {
    const st = summarize(list.map((s) => s.wallMs));
    return [`${name}: whole process, spawn → exit`, fmt(st.median), range(st, "p10", "p90")];
  });

  const graphSize = staticGraphSize();
  const staged = samples.get("staged");
  const stagedNames = staged[0].steps.map((s) => s.name);
  const added = stagedNames.filter((name) => !name.startsWith("floor"));
  const addedSum = (key) =>
    added.reduce((sum, name) => sum + stepStats("staged", name, key).median, 0);
  const stagedFloor = stepStats("staged", stagedNames[0]);
  const stagedFloorCpu = stepStats("staged", stagedNames[0], "cpuMs");
  const stagedRows = stagedNames.map((name) => {
    const wall = stepStats("staged", name);
    const cpu = stepStats("staged", name, "cpuMs");
    const share = added.includes(name) ? `${fmt((100 * cpu.median) / addedSum("cpuMs"), 2)} %` : "";
    const label = name === "our dist module graph" ? `${name} (${graphSize} files)` : name;
    return [label, fmt(wall.median), range(wall, "p10", "p90"), fmt(cpu.median), share];
  });
  stagedRows.push([
    "added over the floor (sum of medians)",
    fmt(addedSum("ms")),
    "",
    fmt(addedSum("cpuMs")),
    "100 %",
  ]);
  const twoMeasures = (subject, name) => {
    const [wall, cpu] = byStep(subject, name);
    return [fmt(wall.median), range(wall, "p10", "p90"), fmt(cpu.median)];
  };
  const aloneRows = [
    ["reflect-metadata", ...twoMeasures("alone:reflect-metadata", "reflect-metadata")],
    ["tsyringe (after reflect-metadata)", ...twoMeasures("alone:tsyringe", "tsyringe")],
  ];
  const lazyRows = ["openclaw/plugin-sdk/ssrf-runtime", "openclaw/plugin-sdk/provider-auth"].map(
    (name) => [name, ...twoMeasures("lazy", name)],
  );
  const stagedRatio = {
    wall: (stagedFloor.median + addedSum("ms")) / stagedFloor.median,
    cpu: (stagedFloorCpu.median + addedSum("cpuMs")) / stagedFloorCpu.median,
  };
  const ratioRows = Object.entries(stats).map(([measure, st]) => [
    measure === "wall" ? "wall time" : "main-thread CPU time",
    fmt(st.ratio),
    fmt(st.ratioP10),
    `${fmt(st.paired.median)} (${fmt(st.paired.p10)} – ${fmt(st.paired.p90)})`,
    fmt(st.ours.median - st.floor.median),
    fmt(stagedRatio[measure]),
  ]);
  const wall = stats.wall;

  const headers = [
    "subject",
    "wall median ms",
    "wall p10 – p90",
    "wall IQR",
    "CPU median ms",
    "CPU p10 – p90",
    "runs",
  ];
  return {
    id: "cold-load",
    title: "1. Cold load",
    method: [
      "Each run is a fresh `node` process (`bench/support/cold-child.mjs`) that times `await import(entry)` followed by `default.register(api)` against a recording api (`registerProvider`, `registerModelCatalogProvider`, `registerEmbeddingProvider`, `registerMemoryEmbeddingProvider`, `registerMediaUnderstandingProvider`, a no-op `logger`): wall time with `performance.now()`, and the main thread's CPU time with `process.threadCpuUsage()` (not inflated while the process waits for a CPU on a loaded machine). Node's own start-up is outside the timed region; the whole-process wall time (spawn to exit, measured by the parent) is shown as well.",
      "The floor is `bench/floor-plugin.mjs`: `definePluginEntry` from `openclaw/plugin-sdk/plugin-entry`, registering one provider `{ id, label, auth: [] }` and nothing else.",
      `${runs} measured rounds after ${warmup} warm-up rounds. Each round runs ours and the floor back to back (alternating which goes first), then the diagnostic subjects, so machine drift hits both alike. Ratio = median(ours) / median(floor); the paired ratio is the median (p10 – p90) of the per-round ours/floor ratios; the ratio of p10s compares the fast runs, the least disturbed by other load. The target counts as met only when both the wall-time and the CPU-time ratio of medians meet it.`,
      "Warm OS file cache (the files were read by the warm-up rounds); no V8 compile cache (`NODE_DISABLE_COMPILE_CACHE=1`), so every run parses and compiles from source as a first start does.",
      "Lazy chunk check (untimed, one extra process): a module-load hook (`module.registerHooks`) records every module while the child imports our entry and calls `register()`; no `dist/chunks/capability-runtime-*.js` (embeddings, image description) may be among them. The same child then calls the registered embedding provider's `create()`, which must load that chunk, so the check is shown to see it.",
      `Diagnosis: the staged subject loads, in one fresh process, the floor, then each import our entry adds over it (dependencies first, our own modules last), then runs our \`register()\`; each step's time is marginal (what earlier steps loaded is cached), and (floor + added steps) / floor is a second estimate of the ratio, from one process per run. \`alone\` subjects load one dependency in an otherwise empty process. \`lazy\` (once every ${LAZY_EVERY} rounds) shows the SDK modules the plugin imports only on first discovery / onboarding, i.e. what they would add to the registration path if imported eagerly.`,
    ],
    tables: [
      { caption: "Import + register(), ms", headers, rows: headline },
      {
        caption: "Ratio ours / floor",
        headers: [
          "measure",
          "ratio of medians",
          "ratio of p10s (fast runs)",
          "paired ratio: median (p10 – p90)",
          "ours − floor, ms",
          "staged estimate",
        ],
        rows: ratioRows,
      },
      {
        caption: "Where the difference goes: marginal cost of each step over the floor (staged)",
        headers: [
          "step",
          "wall median ms",
          "wall p10 – p90",
          "CPU median ms",
          "share of added CPU",
        ],
        rows: stagedRows,
      },
      {
        caption: "Each dependency alone in a fresh process",
        headers: ["module", "wall median ms", "wall p10 – p90", "CPU median ms"],
        rows: aloneRows,
      },
      {
        caption: "Off the registration path (lazy): marginal cost over the floor if loaded eagerly",
        headers: ["module", "wall median ms", "wall p10 – p90", "CPU median ms"],
        rows: lazyRows,
      },
      {
        caption: "Whole process (includes Node start-up, identical for both), ms",
        headers: ["subject", "median", "p10 – p90"],
        rows: wallRows,
      },
    ],
    targets: [
      {
        name: "cold load ratio ours / floor (ratio of medians, wall and CPU both)",
        target: `≤ ${TARGET_RATIO}`,
        measured: `wall ${fmt(wall.ratio)} (${fmt(wall.ours.median)} ms vs ${fmt(wall.floor.median)} ms), CPU ${fmt(stats.cpu.ratio)}; p10s ${fmt(wall.ratioP10)}, staged ${fmt(stagedRatio.wall)}`,
        met: wall.ratio <= TARGET_RATIO && stats.cpu.ratio <= TARGET_RATIO,
        kind: "time",
      },
      {
        name: "per register(): provider + model catalog + embedding + memory embedding + media understanding",
        target: "1 + 1 + 1 + 1 + 1",
        measured: REGISTRATIONS.map((kind) => ours[0].registered[kind]).join(" + "),
        met: ours.every((s) => REGISTRATIONS.every((kind) => s.registered[kind] === 1)),
        kind: "count",
      },
      {
        name: "import + register() load no capability chunk (embeddings, image description)",
        target: "none loaded; loaded on first embedding create()",
        measured: `${probe.atRegister.capabilityChunks.length === 0 ? "none" : probe.atRegister.capabilityChunks.join(", ")} loaded (our modules: ${probe.atRegister.ourModules.join(", ")}); on first create(): ${probe.afterFirstUse.capabilityChunks.length > 0 ? "loaded" : "not loaded: the check cannot see it"}`,
        met:
          probe.atRegister.capabilityChunks.length === 0 &&
          probe.afterFirstUse.capabilityChunks.length > 0,
        kind: "count",
      },
    ],
    notes: [
      `${wall.ratio <= TARGET_RATIO && stats.cpu.ratio <= TARGET_RATIO ? "What" : "The gap: what"} our entry adds over the floor, by the staged medians (wall / main-thread CPU): ${added
        .map((name) => ({
          name,
          wall: stepStats("staged", name).median,
          cpu: stepStats("staged", name, "cpuMs").median,
        }))
        .sort((a, b) => b.cpu - a.cpu)
        .map(
          (step) =>
            `${step.name === "our dist module graph" ? `our dist module graph (${graphSize} files)` : step.name} ${fmt(step.wall)} / ${fmt(step.cpu)} ms`,
        )
        .join(
          "; ",
        )}. Main-thread CPU time comes from getrusage, which some kernels report in scheduler ticks (a few ms): reliable for the totals, coarse for the small steps.`,
    ],
    raw: {
      ours: ours.map((s) => s.steps),
      floor: floor.map((s) => s.steps),
    },
  };
}

await runIfMain(import.meta.url, coldLoad);
