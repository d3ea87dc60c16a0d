import { describe, expect, it } from "vitest";
import { SettingsReport } from "../../../src/domain/settings/settings-report.js";
import type { PluginLog } from "../../../src/ports/plugin-log.port.js";

const KEY = "sk-operator-secret-42";

function recordingLog() {
  const lines: string[] = [];
  const log: PluginLog = {
    warn: (message) => lines.push(`warn: ${message}`),
    info: (message) => lines.push(`info: ${message}`),
  };
  return { log, lines };
}

const LISTING_CONFIG = {
  apiKey: KEY,
  browserOrigin: "http://127.0.0.1:18789",
  realtimeRequestTimeoutMs: 25_000,
  region: KEY,
};

describe("SettingsReport", () => {
  it("warns about unknown keys and tells which keys are not used yet, once across registrations", () => {
    const report = new SettingsReport();
    const { log, lines } = recordingLog();
    for (let registration = 0; registration < 10; registration++)
      report.report(LISTING_CONFIG, log);
    expect(lines).toEqual([
      'warn: plugins.entries.cloudsigma.config: unknown keys ignored: "region".',
      "info: plugins.entries.cloudsigma.config: browserOrigin and realtimeRequestTimeoutMs accepted, not used yet (CloudSigma Talk is not in this version).",
    ]);
    expect(lines.join("\n")).not.toContain(KEY);
  });

  it("still reports a new problem after the config changed", () => {
    const report = new SettingsReport();
    const { log, lines } = recordingLog();
    report.report({ apiKey: KEY }, log);
    report.report({ apiKey: KEY, realtimeRequestTimeoutMs: "soon" }, log);
    expect(lines).toEqual([
      "warn: plugins.entries.cloudsigma.config.realtimeRequestTimeoutMs is not a number; using 25000.",
      "info: plugins.entries.cloudsigma.config: realtimeRequestTimeoutMs accepted, not used yet (CloudSigma Talk is not in this version).",
    ]);
  });

  it("notes a reference still to resolve on info, once", () => {
    const report = new SettingsReport();
    const { log, lines } = recordingLog();
    const ref = { apiKey: { source: "env", provider: "default", id: "TAAS_OPERATOR_KEY" } };
    report.report(ref, log);
    report.report(ref, log);
    expect(lines).toEqual([
      expect.stringMatching(/^info: .*apiKey is a secret reference \(source "env"\)/),
    ]);
  });

  it("says nothing for an empty config or a key alone", () => {
    const { log, lines } = recordingLog();
    new SettingsReport().report(undefined, log);
    new SettingsReport().report({ apiKey: KEY }, log);
    expect(lines).toEqual([]);
  });
});
