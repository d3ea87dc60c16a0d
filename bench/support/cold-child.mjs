// One cold-load measurement in a fresh process: `node cold-child.mjs <subject>`.
// Imports nothing before the clock starts (beyond Node's own bootstrap), runs the subject's
// steps in order, and prints one JSON line: { subject, steps: [{ name, ms, cpuMs }], registered }
// (the `chunk-probe` subject adds `probe`: which lazily loaded chunks registering loaded).
// `ms` is wall time (performance.now); `cpuMs` is the main thread's CPU time for the step
// (process.threadCpuUsage), which time spent descheduled by other load does not inflate.
// Each step's time is marginal: modules loaded by earlier steps are already cached.

const DIST = new URL("../../dist/", import.meta.url).href;
const ENTRY = `${DIST}index.js`;
const FLOOR = new URL("../floor-plugin.mjs", import.meta.url).href;

const registered = {
  providers: 0,
  modelCatalogProviders: 0,
  embeddingProviders: 0,
  memoryEmbeddingProviders: 0,
  mediaProviders: 0,
};
let embeddingAdapter;
const noop = () => {};
// Every surface the plugin registers on, so register() does all of its real work.
const api = {
  id: "cloudsigma",
  logger: { debug: noop, info: noop, warn: noop, error: noop },
  registerProvider: () => {
    registered.providers += 1;
  },
  registerModelCatalogProvider: () => {
    registered.modelCatalogProviders += 1;
  },
  registerEmbeddingProvider: (adapter) => {
    registered.embeddingProviders += 1;
    embeddingAdapter = adapter;
  },
  registerMemoryEmbeddingProvider: () => {
    registered.memoryEmbeddingProviders += 1;
  },
  registerMediaUnderstandingProvider: () => {
    registered.mediaProviders += 1;
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

/**
 * Not timed: a module-load hook (registered before anything of ours loads) records every
 * module; after import + register() no lazily loaded chunk may be among them. The first
 * embedding create() must then load the capability chunk, which proves the hook sees it.
 */
async function chunkProbe() {
  const { registerHooks } = await import("node:module");
  const loaded = [];
  registerHooks({
    load(url, context, nextLoad) {
      loaded.push(url);
      return nextLoad(url, context);
    },
  });
  const capabilityChunks = () =>
    loaded.filter((url) => /\/dist\/chunks\/capability-runtime-[^/]+\.js$/.test(url));
  const ours = () =>
    loaded.filter((url) => url.startsWith(DIST)).map((url) => url.slice(DIST.length));
  plugin = (await import(ENTRY)).default;
  plugin.register(api);
  const atRegister = { capabilityChunks: capabilityChunks(), ourModules: ours() };
  // create() loads the chunk first; whatever follows (a key from the environment, a request)
  // goes to a closed loopback port, never to TaaS.
  const config = { models: { providers: { cloudsigma: { baseUrl: "http://127.0.0.1:9/v1" } } } };
  await embeddingAdapter?.create({ config, model: "bge-m3" }).catch(noop);
  return { atRegister, afterFirstUse: { capabilityChunks: capabilityChunks() } };
}

const subject = process.argv[2];
const probing = subject === "chunk-probe";
const steps = probing ? [] : SUBJECTS[subject];
if (!steps) {
  console.error(
    `unknown subject ${subject}; one of ${[...Object.keys(SUBJECTS), "chunk-probe"].join(", ")}`,
  );
  process.exit(2);
}
const probe = probing ? await chunkProbe() : undefined;
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
const line = `${JSON.stringify({ subject, steps: timings, registered, probe, sinceStartMs: performance.now() })}\n`;
// Exit explicitly: an imported SDK module may leave a handle open, and a child must always end.
process.stdout.write(line, () => process.exit(0));
