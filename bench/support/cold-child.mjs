// One cold-load measurement in a fresh process: `node cold-child.mjs <subject>`.
// Imports nothing before the clock starts (beyond Node's own bootstrap), runs the subject's
// steps in order, and prints one JSON line: { subject, steps: [{ name, ms, cpuMs }], registered }.
// `ms` is wall time (performance.now); `cpuMs` is the main thread's CPU time for the step
// (process.threadCpuUsage), which time spent descheduled by other load does not inflate.
// Each step's time is marginal: modules loaded by earlier steps are already cached.

const ENTRY = new URL("../../dist/index.js", import.meta.url).href;
const FLOOR = new URL("../floor-plugin.mjs", import.meta.url).href;

const registered = { providers: 0, modelCatalogProviders: 0 };
const noop = () => {};
const api = {
  id: "cloudsigma",
  logger: { debug: noop, info: noop, warn: noop, error: noop },
  registerProvider: () => {
    registered.providers += 1;
  },
  registerModelCatalogProvider: () => {
    registered.modelCatalogProviders += 1;
  },
};

let plugin;
const importAndRegister = (url) => async () => {
  const mod = await import(url);
  mod.default.register(api);
};
const load = (specifier) => async () => {
  await import(specifier);
};

const SUBJECTS = {
  // The headline pair: import + register(), the whole registration path.
  floor: [["import + register", importAndRegister(FLOOR)]],
  ours: [
    [
      "import",
      async () => {
        plugin = (await import(ENTRY)).default;
      },
    ],
    ["register", () => plugin.register(api)],
  ],
  // Diagnosis: what our entry adds over the floor, one import at a time, in load order.
  staged: [
    ["floor (plugin-entry + register)", importAndRegister(FLOOR)],
    ["reflect-metadata", load("reflect-metadata")],
    ["tsyringe", load("tsyringe")],
    [
      "our dist module graph",
      async () => {
        plugin = (await import(ENTRY)).default;
      },
    ],
    ["our register()", () => plugin.register(api)],
  ],
  // Each dependency alone in a fresh process (no sharing with plugin-entry).
  "alone:reflect-metadata": [["reflect-metadata", load("reflect-metadata")]],
  "alone:tsyringe": [
    ["reflect-metadata", load("reflect-metadata")],
    ["tsyringe", load("tsyringe")],
  ],
  // Off the registration path (imported lazily by the plugin): what loading them eagerly would add.
  lazy: [
    ["floor (plugin-entry + register)", importAndRegister(FLOOR)],
    ["openclaw/plugin-sdk/ssrf-runtime", load("openclaw/plugin-sdk/ssrf-runtime")],
    ["node:crypto (SHA-256 key fingerprint)", load("node:crypto")],
    ["openclaw/plugin-sdk/provider-auth", load("openclaw/plugin-sdk/provider-auth")],
  ],
};

const subject = process.argv[2];
const steps = SUBJECTS[subject];
if (!steps) {
  console.error(`unknown subject ${subject}; one of ${Object.keys(SUBJECTS).join(", ")}`);
  process.exit(2);
}
const timings = [];
const cpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};
for (const [name, step] of steps) {
  const cpuStart = cpuMs();
  const start = performance.now();
  await step();
  const ms = performance.now() - start;
  timings.push({ name, ms, cpuMs: cpuMs() - cpuStart });
}
const line = `${JSON.stringify({ subject, steps: timings, registered, sinceStartMs: performance.now() })}\n`;
// Exit explicitly: an imported SDK module may leave a handle open, and a child must always end.
process.stdout.write(line, () => process.exit(0));
