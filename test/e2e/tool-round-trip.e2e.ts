// A tool call streamed by the double runs in the host, and its result comes back on the
// next request under the same (host-sanitised) tool call id.
import { describe, expect, inject, it } from "vitest";
import { DEFAULTS } from "../support/taas-double/taas-double.js";
import { writeWorkspaceFile } from "./support/cloudsigma-host.js";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";

const fileText = "tool-round-trip marker 7f3a\n";

type Message = {
  role: string;
  content?: unknown;
  tool_call_id?: string;
  tool_calls?: { id: string; function: { name: string } }[];
};

describe.each(inject("hostVersions"))("tool round trip on openclaw %s", (version) => {
  // `read` is exposed by `agent --local` on both hosts and only reads the workspace.
  const e2e = useCloudSigmaHost(version, {
    toolCall: { name: "read", arguments: { path: "e2e-tool.txt" } },
  });

  it("runs the read tool and answers with the final text", async () => {
    observe(version, "tool-round-trip", "yes", "`read` ran; result under the host's id `call1`");
    await writeWorkspaceFile(e2e.host, "e2e-tool.txt", fileText);
    const turn = await e2e.host.agent(`please ${DEFAULTS.toolTrigger}`, {
      sessionId: sessionId("tool", "read"),
    });
    expect(turn.code, turn.stderr).toBe(0);
    expect(turn.json?.payloads?.at(-1)?.text).toBe(DEFAULTS.afterToolReply);

    const [first, second] = e2e.double.chatRequests();
    expect(second).toBeDefined();
    const firstBody = first?.body as { tools?: { function: { name: string } }[] } | undefined;
    expect((firstBody?.tools ?? []).map((t) => t.function.name)).toContain("read");

    const messages = (second?.body as { messages?: Message[] } | undefined)?.messages ?? [];
    const call = messages.find((m) => m.role === "assistant" && m.tool_calls?.length)
      ?.tool_calls?.[0];
    const result = messages.find((m) => m.role === "tool");
    expect(call?.function.name).toBe("read");
    // The host rewrites ids on replay (call_1 -> call1), so compare with what it sent.
    expect(result?.tool_call_id).toBe(call?.id);
    expect(call?.id.replace(/[^A-Za-z0-9]/g, "")).toBe("call1");
    expect(result?.content).toContain("tool-round-trip marker 7f3a");
    expect(e2e.double.chatRequests()).toHaveLength(2);
  });
});
