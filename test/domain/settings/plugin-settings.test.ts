import { describe, expect, it } from "vitest";
import {
  DEFAULT_REALTIME_TIMEOUT_MS,
  notUsedYetNotice,
  pluginConfigApiKey,
  readPluginSettings,
} from "../../../src/domain/settings/plugin-settings.js";

const KEY = "sk-operator-secret-42";
const ENV_REF = { source: "env", provider: "default", id: "TAAS_OPERATOR_KEY" };

/** Every notice, joined: what an operator could ever read in the log. */
const noticesOf = (config: unknown) => {
  const settings = readPluginSettings(config);
  return [...settings.warnings, ...settings.notices, notUsedYetNotice(settings) ?? ""].join("\n");
};

describe("readPluginSettings: the listing 0.2.x keys", () => {
  it("reads the listing's config once the host materialised the key", () => {
    const settings = readPluginSettings({
      apiKey: ` ${KEY} `,
      browserOrigin: "http://127.0.0.1:18789",
      realtimeRequestTimeoutMs: 25_000,
    });
    expect(settings).toEqual({
      apiKey: KEY,
      browserOrigin: "http://127.0.0.1:18789",
      realtimeRequestTimeoutMs: 25_000,
      unknownKeys: [],
      notUsedYet: ["browserOrigin", "realtimeRequestTimeoutMs"],
      warnings: [],
      notices: [],
    });
  });

  it.each([undefined, null, "text", 7, ["apiKey"]])(
    "treats a missing or non-object config (%j) as empty, with the default timeout",
    (config) => {
      expect(readPluginSettings(config)).toEqual({
        realtimeRequestTimeoutMs: DEFAULT_REALTIME_TIMEOUT_MS,
        unknownKeys: [],
        notUsedYet: [],
        warnings: [],
        notices: [],
      });
    },
  );
});

describe("readPluginSettings: apiKey", () => {
  it("counts an unresolved secret reference as absent, and notes it without its id", () => {
    const settings = readPluginSettings({ apiKey: ENV_REF });
    expect(settings.apiKey).toBeUndefined();
    expect(settings.warnings).toEqual([]);
    expect(settings.notices).toEqual([
      'plugins.entries.cloudsigma.config.apiKey is a secret reference (source "env") the host has not resolved for the plugin; it is resolved through OpenClaw\'s secret resolver when a request needs the key.',
    ]);
    expect(noticesOf({ apiKey: ENV_REF })).not.toContain("TAAS_OPERATOR_KEY");
  });

  it("does not echo a reference source it does not know", () => {
    const notices = readPluginSettings({ apiKey: { source: KEY, id: "x" } }).notices;
    expect(notices).toEqual([expect.stringContaining("(another source)")]);
    expect(notices.join()).not.toContain(KEY);
  });

  it.each(["", "   ", "CLOUDSIGMA_API_KEY", "secretref-managed"])(
    "ignores a blank key or a host marker (%j) with a warning",
    (apiKey) => {
      const settings = readPluginSettings({ apiKey });
      expect(settings.apiKey).toBeUndefined();
      expect(settings.warnings).toEqual([
        expect.stringMatching(/apiKey is empty or a placeholder/),
      ]);
    },
  );

  it.each([42, true, { id: "x" }, ["sk"]])(
    "ignores an apiKey of the wrong shape (%j)",
    (apiKey) => {
      const settings = readPluginSettings({ apiKey });
      expect(settings.apiKey).toBeUndefined();
      expect(settings.warnings).toEqual([
        expect.stringMatching(/apiKey is neither a string nor a secret reference/),
      ]);
    },
  );
});

describe("readPluginSettings: browserOrigin", () => {
  it.each(["http://127.0.0.1:18789", "https://ui.example.com", "https://ui.example.com:8443"])(
    "keeps the origin %s",
    (origin) => {
      const settings = readPluginSettings({ browserOrigin: origin });
      expect(settings.browserOrigin).toBe(origin);
      expect(settings.warnings).toEqual([]);
    },
  );

  it.each([
    [42, "is not a string"],
    ["not a url", "is not a URL"],
    ["ftp://ui.example.com", "has another scheme"],
    ["https://user:pw@ui.example.com", "carries credentials"],
    ["https://@ui.example.com", "carries credentials"],
    ["https://ui.example.com?x=1", "has a query or fragment"],
    ["https://ui.example.com?", "has a query or fragment"],
    ["https://ui.example.com#top", "has a query or fragment"],
    ["https://ui.example.com/", "has a path or a trailing slash"],
    ["https://ui.example.com/control", "has a path or a trailing slash"],
  ])("ignores %j: it %s", (origin, problem) => {
    const settings = readPluginSettings({ browserOrigin: origin });
    expect(settings.browserOrigin).toBeUndefined();
    expect(settings.warnings).toEqual([
      `plugins.entries.cloudsigma.config.browserOrigin ${problem} (scheme http or https, a host and an optional port, nothing else); ignored.`,
    ]);
  });

  it("never quotes the rejected value, which may carry credentials", () => {
    expect(noticesOf({ browserOrigin: "https://admin:hunter2@ui.example.com" })).not.toContain(
      "hunter2",
    );
  });
});

describe("readPluginSettings: realtimeRequestTimeoutMs", () => {
  it.each([
    [5_000, 5_000],
    [60_000, 60_000],
    [12_345, 12_345],
  ])("keeps %d ms inside the bounds", (value, expected) => {
    const settings = readPluginSettings({ realtimeRequestTimeoutMs: value });
    expect(settings.realtimeRequestTimeoutMs).toBe(expected);
    expect(settings.warnings).toEqual([]);
  });

  it.each([
    [1, 5_000],
    [600_000, 60_000],
    [7_000.6, 7_001],
  ])("clamps %d ms to %d with a warning", (value, expected) => {
    const settings = readPluginSettings({ realtimeRequestTimeoutMs: value });
    expect(settings.realtimeRequestTimeoutMs).toBe(expected);
    expect(settings.warnings).toEqual([expect.stringContaining(`using ${expected}`)]);
  });

  it.each(["25000", Number.NaN, Number.POSITIVE_INFINITY, null])(
    "falls back to 25 000 ms for %j, with a warning",
    (value) => {
      const settings = readPluginSettings({ realtimeRequestTimeoutMs: value });
      expect(settings.realtimeRequestTimeoutMs).toBe(25_000);
      expect(settings.warnings).toEqual([
        expect.stringMatching(/realtimeRequestTimeoutMs is not a number; using 25000/),
      ]);
    },
  );
});

describe("readPluginSettings: keys this version does not know", () => {
  it("lists them by name, in order, in one warning, and never their values", () => {
    const settings = readPluginSettings({ apiKey: KEY, region: KEY, talkVoice: "alloy" });
    expect(settings.unknownKeys).toEqual(["region", "talkVoice"]);
    expect(settings.warnings).toEqual([
      'plugins.entries.cloudsigma.config: unknown keys ignored: "region", "talkVoice".',
    ]);
    expect(noticesOf({ apiKey: KEY, region: KEY })).not.toContain(KEY);
  });
});

describe("notUsedYetNotice", () => {
  it("names only the Talk keys that are set", () => {
    expect(notUsedYetNotice(readPluginSettings({ realtimeRequestTimeoutMs: 9_000 }))).toBe(
      "plugins.entries.cloudsigma.config: realtimeRequestTimeoutMs accepted, not used yet (CloudSigma Talk is not in this version).",
    );
    expect(
      notUsedYetNotice(readPluginSettings({ browserOrigin: "bad", realtimeRequestTimeoutMs: 1 })),
    ).toBe(
      "plugins.entries.cloudsigma.config: browserOrigin and realtimeRequestTimeoutMs accepted, not used yet (CloudSigma Talk is not in this version).",
    );
  });

  it("has nothing to say about an empty config or a lone key", () => {
    expect(notUsedYetNotice(readPluginSettings({}))).toBeUndefined();
    expect(notUsedYetNotice(readPluginSettings({ apiKey: KEY }))).toBeUndefined();
  });
});

describe("pluginConfigApiKey", () => {
  it("answers the materialised key, trimmed", () => {
    expect(pluginConfigApiKey({ apiKey: ` ${KEY} `, other: 1 })).toBe(KEY);
  });

  it.each([undefined, null, "sk", {}, { apiKey: ENV_REF }, { apiKey: "  " }])(
    "answers undefined for %j",
    (config) => {
      expect(pluginConfigApiKey(config)).toBeUndefined();
    },
  );
});
