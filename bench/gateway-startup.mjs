// 9. Gateway start-up: `openclaw gateway run` until `/readyz`, without the plugin, with it
// installed, and with it installed and in use (a cloudsigma model as the default).
//   node bench/gateway-startup.mjs [--rounds=5] [--warmup=1]
// Skipped in --smoke: installing the tarball alone takes about a minute (npm installs the
// plugin's dependencies), every start several seconds, and smoke asserts no timings; the
// e2e suite already proves the gateway starts with the plugin.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newestHost } from "../scripts/host-versions.mjs";
import { progress, runIfMain } from "./support/cli.mjs";
import {
  createHostSandbox,
  installPlugin,
  packCompletePlugin,
  timeGatewayStart,
} from "./support/gateway-sandbox.mjs";
import { fmt, summarize } from "./support/stats.mjs";

const HOST_VERSION = newestHost();
const TITLE = "9. Gateway start-up";

const numberArg = (args, name, fallback) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};

/** The three subjects: which sandbox, what config on top of what the host wrote there. */
function subjects(bare, withPlugin) {
  return [
    { name: "no plugin", sandbox: bare, configure: (base) => base, expectLoaded: false },
    {
      name: "plugin installed",
      sandbox: withPlugin,
      configure: (base) => base,
      expectLoaded: false,
    },
    {
      name: "plugin installed and in use",
      sandbox: withPlugin,
      // The default model is ours, so the gateway activates the plugin at start; the base URL
      // is a closed loopback port and no key is set, so nothing leaves the machine.
      configure: (base) => ({
        ...base,
        agents: { defaults: { model: { primary: "cloudsigma/gpt-5.5" } } },
        models: {
          ...base.models,
          providers: { cloudsigma: { baseUrl: "http://127.0.0.1:9/v1", models: [] } },
        },
      }),
      expectLoaded: true,
    },
  ];
}

export async function gatewayStartup({ smoke = false, args = [] } = {}) {
  if (smoke) {
    return {
      id: "gateway-startup",
      title: TITLE,
      method: [],
      tables: [],
      targets: [],
      notes: [
        "Skipped in --smoke: the plugin install alone takes about a minute and every gateway start several seconds, and the e2e suite already starts gateways with the plugin. Alone: `scripts/node24.sh node bench/gateway-startup.mjs --rounds=1`.",
      ],
    };
  }
  const rounds = numberArg(args, "rounds", 5);
  const warmup = numberArg(args, "warmup", 1);
  if (Number(process.versions.node.split(".")[0]) < 24) {
    throw new Error(`OpenClaw ${HOST_VERSION} needs Node 24: run through scripts/node24.sh`);
  }
  const work = await mkdtemp(join(tmpdir(), "cloudsigma-bench-gateway-"));
  const sandboxes = [];
  try {
    progress(`gateway start-up: openclaw ${HOST_VERSION}, npm pack`);
    const tarball = await packCompletePlugin(work);
    const bare = await createHostSandbox(HOST_VERSION);
    sandboxes.push(bare);
    const withPlugin = await createHostSandbox(HOST_VERSION);
    sandboxes.push(withPlugin);
    progress("gateway start-up: openclaw plugins install (about a minute)");
    await installPlugin(withPlugin, tarball);
    const list = subjects(bare, withPlugin);
    // What install wrote (plugins.entries, meta), read once; every start writes it back whole.
    for (const subject of list)
      subject.config = subject.configure(await subject.sandbox.readConfig());

    const samples = new Map(list.map((s) => [s.name, []]));
    for (let round = 0; round < warmup + rounds; round++) {
      const measured = round >= warmup;
      // Rotated order each round, so drift and position hit every subject alike.
      const order = list.map((_, i) => list[(i + round) % list.length]);
      for (const subject of order) {
        progress(
          `gateway start-up: ${measured ? `round ${round - warmup + 1}/${rounds}` : "warm-up"}, ${subject.name}`,
        );
        const sample = await timeGatewayStart(subject.sandbox, subject.config);
        if (measured) samples.get(subject.name).push(sample);
      }
    }
    return report(list, samples, { rounds, warmup });
  } finally {
    for (const sandbox of sandboxes) await sandbox.cleanup();
    await rm(work, { recursive: true, force: true });
  }
}

function report(list, samples, { rounds, warmup }) {
  const [none, ...others] = list.map((s) => ({ ...s, runs: samples.get(s.name) }));
  const ready = (subject) => summarize(subject.runs.map((r) => r.readyMs));
  const floor = ready(none);
  const rows = [none, ...others].map((subject) => {
    const st = ready(subject);
    const stop = summarize(subject.runs.map((r) => r.stopMs));
    const ratio = subject === none ? "" : fmt(st.median / floor.median);
    const paired = summarize(subject.runs.map((r, i) => r.readyMs / none.runs[i].readyMs));
    return [
      subject.name,
      fmt(st.median / 1000),
      `${fmt(st.min / 1000)} – ${fmt(st.max / 1000)}`,
      ratio,
      subject === none ? "" : fmt(paired.median),
      fmt(stop.median / 1000),
      st.n,
    ];
  });
  const all = [none, ...others].flatMap((s) => s.runs);
  const cleanExits = all.filter((r) => r.exitCode === 0).length;
  const loadedOf = (subject) => {
    const seen = subject.runs.map((r) =>
      r.plugins === null ? "unknown" : r.plugins.includes("cloudsigma") ? "yes" : "no",
    );
    return [...new Set(seen)].join("/");
  };
  const ratios = others.map((s) => `${s.name} ${fmt(ready(s).median / floor.median)}`).join("; ");
  return {
    id: "gateway-startup",
    title: TITLE,
    method: [
      `OpenClaw ${HOST_VERSION} (\`scripts/openclaw-host.sh ${HOST_VERSION}\`), two sandboxes isolated as the e2e suite's (\`test/support/openclaw-host.ts\`: HOME, OPENCLAW_HOME, OPENCLAW_STATE_DIR and OPENCLAW_CONFIG_PATH under a temp dir, CI=1, OPENCLAW_NO_AUTO_UPDATE=1, the parent's OPENCLAW_*/CLOUDSIGMA_*/npm_* variables dropped): one bare, one with the \`npm pack\` tarball installed by \`openclaw plugins install <tgz> --force --accept-capabilities\`. Config: \`update.checkOnStart: false\`, \`models.catalogRefresh.enabled: false\`, a log file inside the sandbox, and per start \`gateway: { mode: "local", bind: "loopback", port, auth: { mode: "token", token } }\` on a free port.`,
      'Subjects: no plugin; plugin installed (its manifest says `activation.onStartup: false`, so the gateway should not load it at start); plugin installed and in use (`agents.defaults.model.primary: "cloudsigma/gpt-5.5"`, `models.providers.cloudsigma.baseUrl` a closed loopback port, no key), the last two in the same sandbox.',
      `Time from spawning \`openclaw gateway run --port <port>\` until \`GET http://127.0.0.1:<port>/readyz\` answers 200 (polled every 25 ms); then SIGTERM and the wait for exit (stop, shown for reference). ${warmup} warm-up start(s) per subject, then ${rounds} rounds, each starting every subject once in rotated order. Ratio = median(subject) / median(no plugin); paired = median of the per-round ratios. Whether the gateway loaded cloudsigma is read from its "http server listening (N plugins: …)" line. No target: the ratio is reported.`,
    ],
    tables: [
      {
        caption: "Spawn → /readyz 200, seconds",
        headers: [
          "subject",
          "median s",
          "min – max",
          "ratio to no plugin",
          "paired ratio",
          "stop median s",
          "runs",
        ],
        rows,
      },
    ],
    targets: [
      {
        name: "gateway start-up ratio to no plugin (median spawn → /readyz)",
        target: "reported, no target",
        measured: `${ratios} (no plugin ${fmt(floor.median / 1000)} s)`,
        met: null,
        kind: "time",
      },
      {
        name: "cloudsigma loaded at gateway start: no plugin / installed / in use",
        target: "no / no / yes",
        measured: [none, ...others].map(loadedOf).join(" / "),
        met: [none, ...others].every((s) => loadedOf(s) === (s.expectLoaded ? "yes" : "no")),
        kind: "count",
      },
      {
        name: "starts that reached /readyz and exited 0 on SIGTERM",
        target: String(all.length),
        measured: String(cleanExits),
        met: cleanExits === all.length,
        kind: "count",
      },
    ],
    notes: [],
  };
}

await runIfMain(import.meta.url, gatewayStartup, { limitMs: 40 * 60_000 });
