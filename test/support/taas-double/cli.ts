// Runs the TaaS double as its own process, for a demo or a host started by hand:
//   scripts/node24.sh node test/support/taas-double/cli.ts [--options '<json>'] [--log <file>]
// Prints {"baseUrl": "..."} as one JSON line, serves its log at GET /__requests, writes it to
// --log on exit, and stops on SIGINT/SIGTERM or after its idle/max lifetime.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// A computed specifier keeps tsc from rejecting the ".ts" extension that Node's type
// stripping needs; the type still comes from the real module.
type DoubleModule = typeof import("./taas-double.js");
const { startTaasDouble } = (await import(
  new URL("./taas-double.ts", import.meta.url).href
)) as DoubleModule;

const { values } = parseArgs({
  options: {
    options: { type: "string" },
    log: { type: "string" },
    port: { type: "string" },
  },
});

const options = JSON.parse(values.options ?? process.env.TAAS_DOUBLE_OPTIONS ?? "{}");
if (values.port) options.port = Number(values.port);
const double = await startTaasDouble(options);

const writeLog = () => {
  if (values.log) writeFileSync(values.log, `${JSON.stringify(double.requests, null, 2)}\n`);
};
const stop = async () => {
  await double.close();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
void double.closed.then(() => {
  writeLog();
  process.exit(0);
});

process.stdout.write(`${JSON.stringify({ baseUrl: double.url })}\n`);
