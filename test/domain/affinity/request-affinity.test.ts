import { describe, expect, it } from "vitest";
import {
  AFFINITY_HEADER,
  type AffinityRequest,
  requestAffinity,
} from "../../../src/domain/affinity/request-affinity.js";

const base: AffinityRequest = {
  identity: { sessionId: "s1", agentId: "main" },
  pluginVersion: "0.3.0",
  provider: "cloudsigma",
  modelId: "gpt-5.5",
};

describe("requestAffinity: the listing's names", () => {
  it("sends the session in both session headers, with plugin version and agent", () => {
    expect(requestAffinity(base).headers).toEqual({
      "X-Session-Id": "s1",
      "X-OpenClaw-Session-Id": "s1",
      "X-OpenClaw-Plugin-Version": "0.3.0",
      "X-OpenClaw-Agent-Id": "main",
    });
  });

  it("names the session the same way in all three body keys TaaS reads", () => {
    expect(requestAffinity(base).metadata).toEqual({
      session_id: "s1",
      sticky_key: "s1",
      openclaw_correlation: {
        schema_version: 1,
        source: "openclaw",
        plugin_version: "0.3.0",
        session_id: "s1",
        agent_id: "main",
        provider: "cloudsigma",
        model: "gpt-5.5",
      },
    });
  });

  it("sends no agent header or key when the session names no agent", () => {
    const affinity = requestAffinity({ ...base, identity: { sessionId: "s1" } });
    expect(affinity.headers).not.toHaveProperty(AFFINITY_HEADER.agentId);
    expect(affinity.metadata.openclaw_correlation).not.toHaveProperty("agent_id");
  });

  it("sends turn headers only for a real turn the host gives", () => {
    expect(requestAffinity(base).headers).not.toHaveProperty(AFFINITY_HEADER.turnId);
    expect(requestAffinity(base).headers).not.toHaveProperty(AFFINITY_HEADER.attempt);
    const withTurn = requestAffinity({ ...base, turn: { turnId: "run-1:model:2", attempt: 2 } });
    expect(withTurn.headers).toMatchObject({
      "X-OpenClaw-Turn-Id": "run-1:model:2",
      "X-OpenClaw-Attempt": "2",
    });
  });

  it("sends neither turn header when either half is unusable", () => {
    for (const turn of [
      { turnId: "t1", attempt: 0 },
      { turnId: "t1", attempt: 1.5 },
      { turnId: "t1", attempt: "1" },
      { turnId: "t\n1", attempt: 1 },
      { turnId: undefined, attempt: 1 },
    ]) {
      const headers = requestAffinity({ ...base, turn }).headers;
      expect(headers, JSON.stringify(turn)).not.toHaveProperty(AFFINITY_HEADER.turnId);
      expect(headers, JSON.stringify(turn)).not.toHaveProperty(AFFINITY_HEADER.attempt);
    }
  });

  it("leaves out a version, provider or model that is not header-safe, never rewritten", () => {
    const affinity = requestAffinity({
      ...base,
      pluginVersion: "0.3.0\r\nX-Evil: 1",
      provider: "",
      modelId: "m\u0000",
    });
    expect(affinity.headers).not.toHaveProperty(AFFINITY_HEADER.pluginVersion);
    expect(affinity.metadata.openclaw_correlation).toEqual({
      schema_version: 1,
      source: "openclaw",
      session_id: "s1",
      agent_id: "main",
    });
  });

  it("puts identifiers only in the correlation, nothing from the prompt or the machine", () => {
    const correlation = requestAffinity(base).metadata.openclaw_correlation as object;
    expect(Object.keys(correlation).sort()).toEqual(
      [
        "agent_id",
        "model",
        "plugin_version",
        "provider",
        "schema_version",
        "session_id",
        "source",
      ].sort(),
    );
    expect(
      Object.values(correlation).every((v) => typeof v === "string" || typeof v === "number"),
    ).toBe(true);
  });
});
