import { describe, expect, it } from "vitest";
import {
  withAffinityHeaders,
  withAffinityMetadata,
} from "../../../src/domain/affinity/affinity-patch.js";
import { requestAffinity } from "../../../src/domain/affinity/request-affinity.js";
import { deepFreeze } from "../fakes.js";

const ours = requestAffinity({
  identity: { sessionId: "s1", agentId: "main" },
  pluginVersion: "0.3.0",
  provider: "cloudsigma",
  modelId: "gpt-5.5",
});

describe("withAffinityHeaders", () => {
  it("adds ours beside the caller's, which stay untouched", () => {
    const caller = deepFreeze({ traceparent: "00-abc-def-01" });
    expect(withAffinityHeaders(caller, ours.headers)).toEqual({
      traceparent: "00-abc-def-01",
      ...ours.headers,
    });
  });

  it("never overwrites a caller's header, whatever its case", () => {
    const caller = deepFreeze({ "x-session-id": "theirs", "X-OPENCLAW-AGENT-ID": "ops" });
    const merged = withAffinityHeaders(caller, ours.headers);
    expect(merged["x-session-id"]).toBe("theirs");
    expect(merged).not.toHaveProperty("X-Session-Id");
    expect(merged["X-OPENCLAW-AGENT-ID"]).toBe("ops");
    expect(merged).not.toHaveProperty("X-OpenClaw-Agent-Id");
    expect(merged["X-OpenClaw-Session-Id"]).toBe("s1");
  });

  it("returns a new object, and treats absent or odd caller headers as none", () => {
    const caller = { a: "1" };
    expect(withAffinityHeaders(caller, ours.headers)).not.toBe(caller);
    expect(caller).toEqual({ a: "1" });
    for (const odd of [undefined, null, "x", ["a"]]) {
      expect(withAffinityHeaders(odd, ours.headers)).toEqual(ours.headers);
    }
  });
});

describe("withAffinityMetadata", () => {
  it("adds the three keys to a body without metadata, as a new body", () => {
    const body = deepFreeze({ model: "gpt-5.5", messages: [] });
    const next = withAffinityMetadata(body, ours.metadata);
    expect(next).toEqual({ model: "gpt-5.5", messages: [], metadata: ours.metadata });
    expect(next).not.toBe(body);
  });

  it("never overwrites a caller's key, null included, and keeps their other keys", () => {
    const body = deepFreeze({
      metadata: { session_id: "theirs", sticky_key: null, trace: "t" },
    });
    expect(withAffinityMetadata(body, ours.metadata)?.metadata).toEqual({
      session_id: "theirs",
      sticky_key: null,
      trace: "t",
      openclaw_correlation: ours.metadata.openclaw_correlation,
    });
  });

  it("answers undefined (no change) when every key is the caller's already", () => {
    const body = deepFreeze({
      metadata: { session_id: 1, sticky_key: 2, openclaw_correlation: 3 },
    });
    expect(withAffinityMetadata(body, ours.metadata)).toBeUndefined();
  });

  it("leaves metadata that is not an object alone, and bodies that are not objects", () => {
    for (const metadata of ["s", 7, null, ["a"]]) {
      expect(withAffinityMetadata({ metadata }, ours.metadata), String(metadata)).toBeUndefined();
    }
    for (const body of [undefined, null, "body", [{}]]) {
      expect(withAffinityMetadata(body, ours.metadata)).toBeUndefined();
    }
  });

  it("treats a key inherited from Object.prototype as absent", () => {
    const next = withAffinityMetadata({ metadata: {} }, { constructor: "ours" });
    expect(next?.metadata).toEqual({ constructor: "ours" });
  });
});
