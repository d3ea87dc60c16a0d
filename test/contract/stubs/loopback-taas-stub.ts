import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { RecordedRequest, StubReply, TaasStub } from "./taas-stub.js";

/**
 * A real HTTP server on 127.0.0.1, so the guard runs its production path (DNS pinning,
 * its own undici dispatcher) with no seams at all. The "other host" is a second server
 * on 127.0.0.2, a different hostname that discovery must never reach.
 */
export async function startLoopbackTaasStub(): Promise<TaasStub> {
  const requests: RecordedRequest[] = [];
  const otherHostRequests: RecordedRequest[] = [];
  let current: StubReply = { json: { data: [] } };

  const other = await listen("127.0.0.2", async (req, res) => {
    otherHostRequests.push(await recorded(req));
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ data: [{ id: "stolen", type: "chat" }] }));
  });
  const otherUrl = `http://127.0.0.2:${port(other)}/v1/models`;
  const taas = await listen("127.0.0.1", async (req, res) => {
    requests.push(await recorded(req));
    respond(current, res, otherUrl);
  });

  return {
    baseUrl: `http://127.0.0.1:${port(taas)}/v1`,
    requests,
    otherHostRequests,
    reply: (reply) => {
      current = reply;
    },
    close: async () => {
      await Promise.all([stop(taas), stop(other)]);
    },
  };
}

function respond(reply: StubReply, res: ServerResponse, otherUrl: string): void {
  if ("hang" in reply) return;
  if ("drip" in reply) {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.write('{"data":[');
    const timer = setInterval(() => res.write(" "), 10);
    res.on("close", () => clearInterval(timer));
    return;
  }
  if ("networkError" in reply) {
    res.socket?.destroy();
    return;
  }
  if ("redirectTo" in reply) {
    res.writeHead(302, { Location: otherUrl });
    res.end();
    return;
  }
  const headers = "json" in reply ? reply.headers : undefined;
  res.writeHead(reply.status ?? 200, { "Content-Type": "application/json", ...headers });
  res.end("json" in reply ? JSON.stringify(reply.json) : reply.body);
}

async function recorded(req: IncomingMessage): Promise<RecordedRequest> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers[name] = value;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  return { method: req.method ?? "", url: req.url ?? "", headers, body };
}

function listen(host: string, handler: (req: IncomingMessage, res: ServerResponse) => void) {
  return new Promise<Server>((resolve, reject) => {
    const server = createServer(handler);
    server.once("error", reject);
    server.listen(0, host, () => resolve(server));
  });
}

function port(server: Server): number {
  return (server.address() as AddressInfo).port;
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
