import { createServer } from "node:http";
import { syntheticEmbeddingsBody, syntheticModelsBody } from "./synthetic.mjs";

/**
 * A loopback TaaS double on 127.0.0.1 (an ephemeral port), every request counted:
 * `GET /v1/models` and `POST /v1/embeddings` (`embeddingDims` floats per input, the body
 * built once per input count). `/models` modes: `ok` (a small model list), `fail` (HTTP
 * 503) and `hang` (headers never sent; the socket stays open until the client gives up or
 * `close()` drops it). `onModelsRequest` lets a benchmark stamp each request with its own
 * (possibly simulated) clock.
 */
export async function startTaasDouble({
  mode = "ok",
  rows = 4,
  embeddingDims = 16,
  onModelsRequest,
} = {}) {
  let current = mode;
  let modelsRequests = 0;
  let embeddingRequests = 0;
  let otherRequests = 0;
  const body = syntheticModelsBody(rows);
  const embeddingBodies = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://double.invalid").pathname;
    if (req.method === "POST" && path === "/v1/embeddings") {
      embeddingRequests += 1;
      answerEmbeddings(req, res, embeddingDims, embeddingBodies);
      return;
    }
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
    get embeddingRequests() {
      return embeddingRequests;
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

/** One vector per input, served from a cache so the double adds no per-request build cost. */
function answerEmbeddings(req, res, dims, bodies) {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    let inputs;
    try {
      inputs = JSON.parse(Buffer.concat(chunks).toString("utf8")).input;
    } catch {}
    if (!Array.isArray(inputs)) {
      res.writeHead(400, { "Content-Type": "application/json" });
      res.end('{"error":{"message":"input must be an array"}}');
      return;
    }
    if (!bodies.has(inputs.length))
      bodies.set(inputs.length, syntheticEmbeddingsBody(inputs.length, dims));
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(bodies.get(inputs.length));
  });
}
