import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hostVersions, newestHost } from "../../scripts/host-versions.mjs";
import { HOST_VERSIONS, traitsFromAnswers } from "./openclaw-host.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const numeric = (version: string) => version.split(/[.-]/).map(Number);
const older = (a: string, b: string) => {
  const [x, y] = [numeric(a), numeric(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  }
  return false;
};

describe("hosts.json, the one list of host versions", () => {
  it("lists the full hosts oldest first, and the e2e suite runs exactly those", () => {
    const full = hostVersions("full");
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < full.length; i++)
      expect(older(full[i - 1] ?? "", full[i] ?? "")).toBe(true);
    expect(HOST_VERSIONS).toEqual(full);
    expect(newestHost()).toBe(full.at(-1));
  });

  it("builds and type-checks against the oldest full host, which is also the supported floor", () => {
    const oldest = hostVersions("full")[0];
    expect(pkg.devDependencies.openclaw).toBe(oldest);
    expect(pkg.openclaw.build).toEqual({ openclawVersion: oldest, pluginSdkVersion: oldest });
    expect(pkg.peerDependencies.openclaw).toBe(`>=${oldest}`);
    expect(pkg.openclaw.compat).toEqual({ pluginApi: `>=${oldest}`, minGatewayVersion: oldest });
  });
});

// What the two full hosts answered (trimmed), so a parser change is checked without a host.
const answers = {
  old: {
    installHelp: [
      "  --dangerously-force-unsafe-install  Deprecated no-op; install policy and",
      "  --force                             Overwrite an existing installed plugin or",
    ].join("\n"),
    listHelp: "  --all            Show full model catalog (default: false)\n",
    schema: JSON.stringify({
      properties: {
        models: { properties: { mode: {}, providers: {}, pricing: {} } },
        agents: { properties: { defaults: { properties: { memorySearch: {} } } } },
      },
    }),
    agents: JSON.stringify([{ id: "main", workspace: "/sandbox/home/.openclaw/workspace" }]),
  },
  new: {
    installHelp: [
      "  --accept-capabilities                 Accept the plugin's declared",
      "  --dangerously-force-unsafe-install    Deprecated no-op; security.installPolicy",
      "  --force                               Confirm non-ClawHub sources and",
    ].join("\n"),
    listHelp: [
      "  --all            Show full model catalog (default: false)",
      "  --refresh        Refresh provider discovery before listing (default: false)",
    ].join("\n"),
    schema: `[config] a log line first\n${JSON.stringify({
      properties: {
        models: { properties: { mode: {}, providers: {}, catalogRefresh: {} } },
        memory: { properties: { search: {} } },
        agents: { properties: { defaults: { properties: { modelPolicy: {} } } } },
      },
    })}`,
    agents: JSON.stringify([{ id: "main", workspace: "/sandbox/state/workspace" }]),
  },
};

describe("host traits, detected from what the host answers", () => {
  it("reads 2026.6.6's answers: no --refresh, no capability consent, the older config keys", () => {
    expect(traitsFromAnswers(answers.old, "/sandbox")).toEqual({
      acceptsCatalogRefreshConfig: false,
      modelsListRefresh: false,
      installFlags: [],
      modelPolicyAllowlist: false,
      memorySearchConfig: "agents.defaults.memorySearch",
      workspace: "home/.openclaw/workspace",
    });
  });

  it("reads 2026.9.6's answers: --refresh, --force --accept-capabilities, the newer keys", () => {
    expect(traitsFromAnswers(answers.new, "/sandbox")).toEqual({
      acceptsCatalogRefreshConfig: true,
      modelsListRefresh: true,
      installFlags: ["--force", "--accept-capabilities"],
      modelPolicyAllowlist: true,
      memorySearchConfig: "memory.search",
      workspace: "state/workspace",
    });
  });

  it("takes a flag only from its own option line, not from another option's text", () => {
    const help = "  --refresh-token  Refreshes a token\n  --all  mentions --refresh here\n";
    expect(
      traitsFromAnswers({ ...answers.old, listHelp: help }, "/sandbox").modelsListRefresh,
    ).toBe(false);
  });

  it("refuses an agents list without the main agent", () => {
    expect(() => traitsFromAnswers({ ...answers.old, agents: "[]" }, "/sandbox")).toThrow(/main/);
  });
});
