import { createServer } from "node:http";
import { syntheticModelsBody } from "./synthetic.mjs";

/**
 * A loopback TaaS double: `GET /v1/models` on 127.0.0.1 (an ephemeral port), counted.
 * Modes: `ok` (a small model list), `fail` (HTTP 503) and `hang` (headers never sent; the
 * socket stays open until the client gives up or `close()` drops it). `onModelsRequest`
 * lets a benchmark stamp each request with its own (possibly simulated) clock.
 */
export async function startTaasDouble({ mode = "ok", rows = 4, onModelsRequest } = {}) {
  let current = mode;
  let modelsRequests = 0;
  let otherRequests = 0;
  const body = syntheticModelsBody(rows);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://double.invalid").pathname;
    if (req.method !== "GET" || path !== "/v1/models") {
      otherRequests += 1;
      res.writeHead(404, { "Content-Type": "application/json" });
      res.end('{"error":"not found"}');
      return;
    }
    modelsRequests += 1;
    onModelsRequest?.();
    if (current === "hang") return;
    if (current === "fail") {
      res.writeHead(503, { "Content-Type": "application/json" });
      res.end('{"error":{"message":"service unavailable"}}');
      return;
    }
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(body);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    rows,
    get modelsRequests() {
      return modelsRequests;
    },
    get otherRequests() {
      return otherRequests;
    },
    setMode(next) {
      current = next;
    },
    /** Drops every connection (hung ones included) and stops listening. */
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
