#!/usr/bin/env node
// Turns what the e2e suite observed (.e2e-tmp/observations.jsonl, one {host, check, result,
// note} per line, written by test/e2e) into the Markdown compatibility table.
//   node scripts/e2e-compat-table.mjs [observations.jsonl]          prints the table (default:
//                                                                   all .e2e-tmp/observations*.jsonl)
//   node scripts/e2e-compat-table.mjs --write test/e2e/COMPATIBILITY.md [observations.jsonl]
// --write replaces what lies between the compat-table markers in that file.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Row order and labels; a check the suite records but this list lacks is appended by id.
const CHECKS = [
  ["load", "Plugin loads (`plugins inspect --runtime`)"],
  ["list-no-key", "`models list` without a key"],
  ["list-key", "`models list` with a key"],
  ["chat-usage", "Streamed chat turn + usage"],
  ["tool-round-trip", "Tool call round trip"],
  ["live-only", "Live-only model usable as `cloudsigma/<id>`"],
  ["vision", "Image input only when upstream declares vision"],
  ["non-chat-hidden", "Non-chat row (`text-embed-3`) not offered"],
  ["missing-key", "No key: turn fails before any request"],
  ["alias", "Provider alias `cloudsigma-taas`"],
  ["onboarding", "Non-interactive onboarding (`--cloudsigma-api-key`)"],
  ["env-key-secrecy", "Env key never written to a file or printed"],
  ["family-openai", "Family session: OpenAI (tool loop + 2nd turn, via the gateway)"],
  ["family-anthropic", "Family session: Anthropic"],
  ["family-gemini", "Family session: Gemini 3 (thought signatures)"],
  ["family-mistral", "Family session: Mistral (9-character tool-call ids)"],
  ["family-reasoning-content", "Family session: reasoning-content vendors"],
  ["family-openai-compatible", "Family session: other OpenAI-compatible routes"],
  ["family-switch", "Model switch mid-session (into Mistral, into Gemini)"],
  ["thinking", "`--thinking` levels (high, off, plain route)"],
  ["memory-search-model-set", "Memory search via CloudSigma embeddings, model set"],
  ["memory-search-model-unset", "Memory search, no model set (an embedding route TaaS lists)"],
  ["memory-no-embedding-route", "Memory search with no embedding route known"],
  ["image-describe-auto", "`infer image describe` without `--model` (CloudSigma key only)"],
  ["image-on-text-only-turn", "Image sent with a turn on a text-only route"],
  ["stored-key-dynamic-model", "Stored key only: live-only model in a turn"],
  ["stored-key-models-list", "Stored key only: `models list` discovery"],
  ["upgrade-install", "Upgrade from 0.1.2: install over it, config kept"],
  ["upgrade-allowlist", "Upgrade from 0.1.2: every CloudSigma route selectable"],
  ["upgrade-models-list", "Upgrade from 0.1.2: `models list` with the stored key"],
  ["upgrade-turns", "Upgrade from 0.1.2: streamed, tool and live-only turns"],
  ["upgrade-config-rows", "Upgrade from 0.1.2: 0.1.2's config rows get family compat"],
  ["upgrade-rollback", "Rollback to 0.1.2"],
  ["rate-limit-fallback", "TaaS 429 with a fallback on another provider"],
  ["rate-limit-no-fallback", "TaaS 429 without a fallback"],
  ["gateway-turns", "Gateway: turns through `openclaw gateway run` (stored key)"],
  ["gateway-discovery-ttl", "Gateway: discovery once per TTL across turns"],
  ["gateway-key-rotation", "Gateway: stored key replaced while running"],
  ["gateway-base-url-change", "Gateway: base URL changed while running"],
  ["gateway-stop", "Gateway: clean stop (SIGTERM)"],
];
// Worst first: one failing test makes the cell fail.
const RANK = ["fail", "no", "partial", "n/a", "yes"];
const MARK = { yes: "yes", partial: "partial", no: "no", "n/a": "n/a", fail: "**FAILED**" };
const START = "<!-- compat-table:start -->";
const END = "<!-- compat-table:end -->";

const args = process.argv.slice(2);
const writeIndex = args.indexOf("--write");
const target = writeIndex >= 0 ? args.splice(writeIndex, 2)[1] : undefined;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
// By default every .e2e-tmp/observations*.jsonl (scripts/e2e.mjs writes one per host).
const tmp = join(repoRoot, ".e2e-tmp");
const sources = args[0]
  ? [args[0]]
  : existsSync(tmp)
    ? readdirSync(tmp)
        .filter((name) => /^observations.*\.jsonl$/.test(name))
        .map((name) => join(tmp, name))
    : [];
const source = sources.join(", ");
if (sources.length === 0 || !sources.every(existsSync)) {
  console.error(`no observations at ${source || tmp}: run \`npm run test:e2e\` first`);
  process.exit(1);
}

const observations = sources
  .map((file) => readFileSync(file, "utf8"))
  .join("\n")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
const hosts = [...new Set(observations.map((o) => o.host))].sort(compareVersions);
const known = new Set(CHECKS.map(([id]) => id));
const rows = [
  ...CHECKS,
  ...[...new Set(observations.map((o) => o.check))]
    .filter((id) => !known.has(id))
    .map((id) => [id, id]),
];

const cell = (host, check) => {
  const seen = observations.filter((o) => o.host === host && o.check === check);
  if (seen.length === 0) return "not run";
  const worst = seen.map((o) => o.result).sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b))[0];
  const notes = [...new Set(seen.filter((o) => o.result === worst && o.note).map((o) => o.note))];
  const text = notes.length ? `${MARK[worst] ?? worst}: ${notes.join("; ")}` : MARK[worst];
  return (text ?? worst).replaceAll("|", "\\|");
};

const table = [
  `| Check | ${hosts.map((h) => `OpenClaw ${h}`).join(" | ")} |`,
  `| --- | ${hosts.map(() => "---").join(" | ")} |`,
  ...rows.map(([id, label]) => `| ${label} | ${hosts.map((h) => cell(h, id)).join(" | ")} |`),
].join("\n");

if (!target) {
  console.log(table);
} else {
  const text = readFileSync(target, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${target} has no ${START} ... ${END} block`);
  writeFileSync(target, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
  console.log(`updated ${target} (${hosts.join(", ")}; from ${source})`);
}

function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  }
  return 0;
}
