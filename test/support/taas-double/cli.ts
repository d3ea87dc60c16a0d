// Runs the TaaS double as its own process, for a demo or a host started by hand:
//   scripts/node24.sh node test/support/taas-double/cli.ts [--options '<json>'] [--log <file>]
// Prints {"baseUrl": "..."} as one JSON line, serves its log at GET /__requests, writes it to
// --log on exit, and stops on SIGINT/SIGTERM or after its idle/max lifetime.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startTaasDouble } from "./taas-double.ts";

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
