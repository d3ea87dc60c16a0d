import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { expect, it } from "vitest";

const cli = new URL("./cli.ts", import.meta.url).pathname;

it("runs as its own process: prints its base URL, serves and writes its log", async () => {
  const dir = await mkdtemp(join(tmpdir(), "taas-double-cli-"));
  const log = join(dir, "requests.json");
  // Node runs the .ts file itself (type stripping), as the demo and host-side runs do.
  const child = spawn(process.execPath, [cli, "--log", log, "--options", '{"reply":"cli"}'], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
    const { baseUrl } = JSON.parse(line) as { baseUrl: string };
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/v1$/);

    await fetch(`${baseUrl}/models`);
    const served = await (await fetch(baseUrl.replace(/\/v1$/, "/__requests"))).json();
    expect(served).toMatchObject([{ method: "GET", path: "/v1/models" }]);

    child.kill("SIGTERM");
    await once(child, "exit");
    expect(JSON.parse(await readFile(log, "utf8"))).toMatchObject([{ path: "/v1/models" }]);
  } finally {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  }
});
