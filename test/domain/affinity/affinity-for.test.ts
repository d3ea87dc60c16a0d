import { describe, expect, it } from "vitest";
import { affinityFor } from "../../../src/domain/affinity/affinity-for.js";

const route = { pluginVersion: "0.3.0", provider: "cloudsigma", modelId: "auto" };

describe("affinityFor", () => {
  it("is the request affinity of the native session", () => {
    const affinity = affinityFor({ sessionId: " s1 ", agentId: "main" }, route);
    expect(affinity?.headers).toMatchObject({
      "X-Session-Id": "s1",
      "X-OpenClaw-Agent-Id": "main",
    });
    expect(affinity?.metadata).toMatchObject({ session_id: "s1", sticky_key: "s1" });
  });

  it("is nothing without a native session (simple completions, infer model run)", () => {
    expect(affinityFor({}, route)).toBeNull();
    expect(affinityFor({ agentId: "main" }, route)).toBeNull();
  });

  it("never carries another session's id: each request names only its own", () => {
    const a = affinityFor({ sessionId: "a" }, route);
    const b = affinityFor({ sessionId: "b" }, route);
    expect(JSON.stringify(a)).not.toContain('"b"');
    expect(JSON.stringify(b)).not.toContain('"a"');
  });
});
