// A key given through the environment is used, and never written or printed: after the
// install (global setup ran it with this key in the environment), a models list, a chat turn
// and a tool turn, no file under the sandbox (home, state, SQLite stores and their WAL, the
// host's log, the install's output) and no output holds it. The onboarding sandbox is not
// scanned: a key typed into onboarding goes to the host's credential store by design.
import { describe, expect, inject, it } from "vitest";
import { hostTraits } from "../support/openclaw-host.js";
import { DEFAULTS } from "../support/taas-double/taas-double.js";
import { writeWorkspaceFile } from "./support/cloudsigma-host.js";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";
import { filesContaining } from "./support/secret-scan.js";

// The hosts' default rolling-log dir, outside the sandbox: 6.6 still writes some lines there
// despite `logging.file`. Other OpenClaw runs share it, hence a fresh canary per run.
const SHARED_LOG_DIR = "/tmp/openclaw";

describe.each(inject("hostVersions"))("env key secrecy on openclaw %s", (version) => {
  const canary = inject("canaryKey");
  const e2e = useCloudSigmaHost(version, {
    toolCall: { name: "read", arguments: { path: "e2e-secrecy.txt" } },
  });

  it("uses the canary key upstream and never writes or prints it", async () => {
    const refresh = hostTraits(version).modelsListRefresh;
    const steps = `install, models list${refresh ? " --refresh" : ""}, chat turn, tool turn`;
    observe(version, "env-key-secrecy", "yes", `${steps}: no file (SQLite/WAL, logs) or output`);
    await writeWorkspaceFile(e2e.host, "e2e-secrecy.txt", "secrecy marker\n");
    const runs = [
      await e2e.host.modelsList({ key: canary, refresh }),
      await e2e.host.agent("hi", { key: canary, sessionId: sessionId("secrecy", "chat") }),
      await e2e.host.agent(`please ${DEFAULTS.toolTrigger}`, {
        key: canary,
        sessionId: sessionId("secrecy", "tool"),
      }),
    ];
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain(canary);
      expect(run.stderr).not.toContain(canary);
    }
    // The key really was in play: models (9.6 refresh) and three chat requests carried it.
    expect(e2e.double.chatRequests()).toHaveLength(3);
    const auth = new Set(e2e.double.requests.map((r) => r.headers.authorization));
    expect([...auth]).toEqual([`Bearer ${canary}`]);

    const leaks = await filesContaining([e2e.host.root, SHARED_LOG_DIR], canary);
    expect(leaks).toEqual([]);
  });
});
