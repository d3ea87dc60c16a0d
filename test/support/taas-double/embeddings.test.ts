import { afterEach, describe, expect, it } from "vitest";
import { cosine, embedText } from "./embeddings.js";
import { startTaasDouble, type TaasDouble } from "./taas-double.js";

let double: TaasDouble | undefined;
afterEach(async () => {
  await double?.close();
  double = undefined;
});

const post = (url: string, body: unknown) =>
  fetch(`${url}/embeddings`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer k" },
    body: JSON.stringify(body),
  });

describe("the double's embeddings", () => {
  it("put texts about one thing close even with no shared word", () => {
    const note = embedText("Our tabby kitten sleeps on the sofa");
    const query = embedText("feline pet");
    const other = embedText("The sedan is parked in the garage");
    expect(cosine(note, query)).toBeGreaterThan(0.5);
    expect(cosine(note, query)).toBeGreaterThan(cosine(other, query) + 0.4);
    expect(Math.hypot(...note)).toBeCloseTo(1, 10);
    expect(embedText("tabby", 16)).toHaveLength(16);
    expect(embedText("")).toEqual(new Array(64).fill(0));
  });

  it("answer POST /v1/embeddings in input order with usage, and record the request", async () => {
    double = await startTaasDouble();
    const response = await post(double.url, { model: "text-embed-3", input: ["kitten", "sedan"] });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { index: number; embedding: number[] }[];
      usage: { prompt_tokens: number };
    };
    expect(body.data.map((row) => row.index)).toEqual([0, 1]);
    expect(body.data[0]?.embedding).toEqual(embedText("kitten"));
    expect(body.usage.prompt_tokens).toBeGreaterThan(0);
    expect(double.embeddingRequests()).toHaveLength(1);
    expect(double.embeddingRequests()[0]?.headers.authorization).toBe("Bearer k");
  });

  it("answer a single string, refuse bad input and unknown models", async () => {
    double = await startTaasDouble({ embeddingModels: { "bge-m3": 8 } });
    const one = (await (await post(double.url, { model: "bge-m3", input: "x" })).json()) as {
      data: { embedding: number[] }[];
    };
    expect(one.data[0]?.embedding).toHaveLength(8);
    expect((await post(double.url, { model: "bge-m3", input: [] })).status).toBe(400);
    expect((await post(double.url, { model: "bge-m3", input: [1] })).status).toBe(400);
    expect((await post(double.url, { model: "text-embed-3", input: "x" })).status).toBe(404);
  });

  it("play scripted faults first, with their headers", async () => {
    double = await startTaasDouble({
      embeddingFaults: [{ status: 429, headers: { "retry-after": "3" } }],
    });
    const limited = await post(double.url, { model: "text-embed-3", input: "x" });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("3");
    expect((await post(double.url, { model: "text-embed-3", input: "x" })).status).toBe(200);
  });

  it("send chat errors with the given headers and code", async () => {
    double = await startTaasDouble({
      turns: [
        {
          kind: "error",
          status: 429,
          message: "slow down",
          code: "rate_limit_exceeded",
          headers: { "retry-after": "20" },
        },
      ],
    });
    const response = await fetch(`${double.url}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-5.5", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("20");
    expect(await response.json()).toMatchObject({ error: { code: "rate_limit_exceeded" } });
  });
});
