import { describe, expect, it } from "vitest";
import { headerSafe } from "../../../src/domain/affinity/header-safe.js";
import * as identity from "../../../src/domain/affinity/session-identity.js";

describe("normalizeSessionId: bounds and characters", () => {
  it("keeps host ids as they are: UUIDs, --session-id values, synthetic run ids", () => {
    for (const id of ["0b7e8c9a-2f4d-4c1e-9a5b-3d2c1e0f9a8b", "s1", "model-run-42", "a b"]) {
      expect(identity.normalizeSessionId(id)).toBe(id);
    }
  });

  it("trims, and refuses what is empty after trimming", () => {
    expect(identity.normalizeSessionId("  s1 \t")).toBe("s1");
    expect(identity.normalizeSessionId("")).toBeNull();
    expect(identity.normalizeSessionId("   ")).toBeNull();
  });

  it(`accepts exactly ${identity.MAX_SESSION_ID_LENGTH} characters and refuses one more (never cut)`, () => {
    expect(identity.MAX_SESSION_ID_LENGTH).toBe(200);
    const max = "a".repeat(200);
    expect(identity.normalizeSessionId(max)).toBe(max);
    expect(identity.normalizeSessionId(`${max}b`)).toBeNull();
    // The bound applies after trimming: surrounding space does not count.
    expect(identity.normalizeSessionId(`  ${max}  `)).toBe(max);
  });

  it("refuses control characters anywhere (a CR/LF would split the header)", () => {
    for (const bad of ["s1\r\nX-Evil: 1", "s\n1", "s\u00001", "s\u007f1", "s\u00851", "\u001bs"]) {
      expect(identity.normalizeSessionId(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it("refuses non-ASCII rather than rewriting it", () => {
    expect(identity.normalizeSessionId("café")).toBeNull();
    expect(identity.normalizeSessionId("sess-😀")).toBeNull();
    expect(identity.normalizeSessionId("s\u00a01")).toBeNull();
  });

  it("refuses anything that is not a string", () => {
    for (const bad of [undefined, null, 42, {}, ["s1"], true]) {
      expect(identity.normalizeSessionId(bad)).toBeNull();
    }
  });

  it("headerSafe takes its bound as a parameter", () => {
    expect(headerSafe("abc", 3)).toBe("abc");
    expect(headerSafe("abcd", 3)).toBeNull();
    expect(headerSafe(" ~!", 3)).toBe("~!");
  });
});

describe("agentIdFromSessionKey", () => {
  it("reads the agent of every native key shape", () => {
    expect(identity.agentIdFromSessionKey("agent:main:main")).toBe("main");
    expect(identity.agentIdFromSessionKey("agent:ops:explicit:s1")).toBe("ops");
    expect(identity.agentIdFromSessionKey("agent:main:explicit:model-run-1")).toBe("main");
    expect(identity.agentIdFromSessionKey(" agent:main:telegram:dm:42 ")).toBe("main");
  });

  it("names no agent for other shapes or unusable agents", () => {
    for (const key of [
      "main",
      "agent:main",
      "agents:main:main",
      "AGENT:main:main",
      "agent::main",
      "agent:ma\u0007in:main",
      `agent:${"a".repeat(201)}:main`,
      undefined,
      7,
    ]) {
      expect(identity.agentIdFromSessionKey(key), String(key)).toBeNull();
    }
  });
});

describe("sessionIdentityOf: the native session only", () => {
  it("is the session id, with the agent from the session key", () => {
    expect(
      identity.sessionIdentityOf({
        sessionId: "s1",
        sessionKey: "agent:ops:explicit:s1",
        agentId: "main",
      }),
    ).toEqual({ sessionId: "s1", agentId: "ops" });
  });

  it("falls back to the host's agent id when the key names none (the wrapStreamFn case)", () => {
    expect(identity.sessionIdentityOf({ sessionId: "s1", agentId: "main" })).toEqual({
      sessionId: "s1",
      agentId: "main",
    });
    expect(
      identity.sessionIdentityOf({ sessionId: "s1", sessionKey: "cron:nightly", agentId: "main" }),
    ).toEqual({ sessionId: "s1", agentId: "main" });
  });

  it("carries no agent when none is usable", () => {
    expect(identity.sessionIdentityOf({ sessionId: "s1" })).toEqual({ sessionId: "s1" });
    expect(identity.sessionIdentityOf({ sessionId: "s1", agentId: "bad\nagent" })).toEqual({
      sessionId: "s1",
    });
  });

  it("is nothing without a usable session id: no agent-only identity, nothing guessed", () => {
    expect(identity.sessionIdentityOf({})).toBeNull();
    expect(
      identity.sessionIdentityOf({ agentId: "main", sessionKey: "agent:main:main" }),
    ).toBeNull();
    expect(identity.sessionIdentityOf({ sessionId: "bad\r\nid", agentId: "main" })).toBeNull();
    expect(identity.sessionIdentityOf({ sessionId: "x".repeat(201) })).toBeNull();
  });
});
