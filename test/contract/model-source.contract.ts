import { expect, it } from "vitest";
import type { ModelSource } from "../../src/ports/model-source.port.js";
import {
  CONTRACT_SECRET,
  describeTaasContract,
  type SourceSetup,
} from "./upstream-failure.contract.js";

/**
 * What every ModelSource must do against TaaS `GET /models`, whichever adapter and
 * wiring implement it. Each suite gets a fresh stub and source.
 */
export function describeModelSourceContract(name: string, setup: SourceSetup<ModelSource>): void {
  describeTaasContract(`ModelSource contract: ${name}`, setup, {
    call: (source, baseUrl) => source.listModels({ baseUrl, secret: CONTRACT_SECRET }),
    malformed: [
      ["not JSON at all", "<html>gateway error</html>"],
      ["truncated JSON", '{"data":[{"id":"a"'],
      ["a body without a row list", '{"data":"soon"}'],
      ["a JSON scalar", "42"],
    ],
    cases: (stub, call) => {
      it("sends GET {baseUrl}/models with the secret as a bearer token and asks for JSON", async () => {
        stub().reply({ json: { data: [] } });
        await call();
        expect(stub().requests).toHaveLength(1);
        const [request] = stub().requests;
        expect(request?.method).toBe("GET");
        expect(request?.url).toMatch(/\/v1\/models$/);
        expect(request?.headers.authorization).toBe(`Bearer ${CONTRACT_SECRET}`);
        expect(request?.headers.accept).toBe("application/json");
      });

      it("maps `{ data: [...] }` rows from the wire names to candidates", async () => {
        stub().reply({
          json: {
            object: "list",
            data: [
              {
                id: "mistral-large",
                name: "Mistral Large",
                type: "chat",
                capabilities: {
                  chat_completions: true,
                  vision: true,
                  reasoning: false,
                  thinking: true,
                },
                context_window: 131072,
                max_output_tokens: 16384,
                pricing: { input: 2, output: 6 },
              },
            ],
          },
        });
        const listing = await call();
        expect(listing).toEqual({
          ok: true,
          rows: [
            {
              id: "mistral-large",
              name: "Mistral Large",
              type: "chat",
              capabilities: {
                chatCompletions: true,
                vision: true,
                reasoning: false,
                thinking: true,
              },
              contextWindow: 131072,
              maxOutputTokens: 16384,
              pricing: { input: 2, output: 6 },
            },
          ],
        });
      });

      it("accepts a bare array body", async () => {
        stub().reply({ json: [{ id: "a", type: "chat" }, { id: "b" }] });
        const listing = await call();
        expect(listing.ok && listing.rows.map((row) => row.id)).toEqual(["a", "b"]);
      });

      it("returns no rows for `{ data: [] }`", async () => {
        stub().reply({ json: { data: [] } });
        expect(await call()).toEqual({ ok: true, rows: [] });
      });

      it("skips rows that are not objects and keeps the good rows around them", async () => {
        stub().reply({
          json: { data: [1, null, "x", [], { id: "good" }, true, { id: "also" }] },
        });
        const listing = await call();
        expect(listing.ok && listing.rows.map((row) => row.id)).toEqual(["good", "also"]);
      });
    },
  });
}
