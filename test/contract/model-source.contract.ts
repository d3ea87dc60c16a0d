import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ModelListing, ModelSource } from "../../src/ports/model-source.port.js";
import type { TaasDouble } from "../support/taas-double/taas-double.js";

export const CONTRACT_SECRET = "sk-contract-0123456789";

export interface ModelSourceFixture {
  readonly stub: TaasDouble;
  readonly source: ModelSource;
}

/**
 * What every ModelSource must do against TaaS `GET /models`, whichever adapter and
 * wiring implement it. Each suite gets a fresh stub and source.
 */
export function describeModelSourceContract(
  name: string,
  setup: () => Promise<ModelSourceFixture>,
): void {
  describe(`ModelSource contract: ${name}`, () => {
    let fixture: ModelSourceFixture;
    const list = (): Promise<ModelListing> =>
      fixture.source.listModels({ baseUrl: fixture.stub.url, secret: CONTRACT_SECRET });

    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(async () => {
      await fixture.stub.close();
    });
    beforeEach(() => {
      fixture.stub.requests.length = 0;
      fixture.stub.otherHostRequests.length = 0;
    });

    it("sends GET {baseUrl}/models with the secret as a bearer token and asks for JSON", async () => {
      fixture.stub.reply({ json: { data: [] } });
      await list();
      expect(fixture.stub.requests).toHaveLength(1);
      const [request] = fixture.stub.requests;
      expect(request?.method).toBe("GET");
      expect(request?.url).toMatch(/\/v1\/models$/);
      expect(request?.headers.authorization).toBe(`Bearer ${CONTRACT_SECRET}`);
      expect(request?.headers.accept).toBe("application/json");
    });

    it("maps `{ data: [...] }` rows from the wire names to candidates", async () => {
      fixture.stub.reply({
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
      const listing = await list();
      expect(listing).toEqual({
        ok: true,
        rows: [
          {
            id: "mistral-large",
            name: "Mistral Large",
            type: "chat",
            capabilities: { chatCompletions: true, vision: true, reasoning: false, thinking: true },
            contextWindow: 131072,
            maxOutputTokens: 16384,
            pricing: { input: 2, output: 6 },
          },
        ],
      });
    });

    it("accepts a bare array body", async () => {
      fixture.stub.reply({ json: [{ id: "a", type: "chat" }, { id: "b" }] });
      const listing = await list();
      expect(listing.ok && listing.rows.map((row) => row.id)).toEqual(["a", "b"]);
    });

    it("returns no rows for `{ data: [] }`", async () => {
      fixture.stub.reply({ json: { data: [] } });
      expect(await list()).toEqual({ ok: true, rows: [] });
    });

    it("skips rows that are not objects and keeps the good rows around them", async () => {
      fixture.stub.reply({
        json: { data: [1, null, "x", [], { id: "good" }, true, { id: "also" }] },
      });
      const listing = await list();
      expect(listing.ok && listing.rows.map((row) => row.id)).toEqual(["good", "also"]);
    });

    it.each([401, 403])("reports HTTP %i as auth-rejected", async (status) => {
      fixture.stub.reply({ status, json: { error: "invalid api key" } });
      expect(await list()).toEqual({ ok: false, failure: { kind: "auth-rejected", status } });
    });

    it.each([404, 429, 500, 503])("reports HTTP %i as unavailable", async (status) => {
      fixture.stub.reply({ status, json: { error: "nope" } });
      expect(await list()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "http", status },
      });
    });

    it.each([
      ["not JSON at all", "<html>gateway error</html>"],
      ["truncated JSON", '{"data":[{"id":"a"'],
      ["a body without a row list", '{"data":"soon"}'],
      ["a JSON scalar", "42"],
    ])("reports %s as malformed", async (_what, body) => {
      fixture.stub.reply({ body });
      expect(await list()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "malformed" },
      });
    });

    it("reports a dropped connection as a network failure", async () => {
      fixture.stub.reply({ networkError: true });
      expect(await list()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "network" },
      });
    });

    it("gives up on a server that never answers, as a timeout", async () => {
      fixture.stub.reply({ hang: true });
      expect(await list()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "timeout" },
      });
    });

    it("refuses a redirect to another host and sends nothing there", async () => {
      fixture.stub.reply({ redirectTo: "other-host" });
      expect(await list()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "refused" },
      });
      expect(fixture.stub.requests).toHaveLength(1);
      expect(fixture.stub.otherHostRequests).toHaveLength(0);
    });

    it("abandons a body larger than the cap", async () => {
      const row = { id: "x".repeat(200), type: "chat" };
      fixture.stub.reply({ json: { data: Array.from({ length: 2_000 }, () => row) } });
      expect(await list()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "too-large" },
      });
    });

    it("never puts the secret in what it returns", async () => {
      for (const reply of [{ status: 401, json: {} }, { networkError: true as const }]) {
        fixture.stub.reply(reply);
        expect(JSON.stringify(await list())).not.toContain(CONTRACT_SECRET);
      }
    });
  });
}
