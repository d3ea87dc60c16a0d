import { describe, expect, it } from "vitest";
import { KEY_SOURCE_ORDER, OperatorKey } from "../../src/application/operator-key.js";
import {
  CREDENTIAL_STORE_KEY,
  ENVIRONMENT_KEY,
  HOST_CONTEXT_KEY,
  PLUGIN_CONFIG_KEY,
} from "../../src/ports/credential-source.port.js";
import { CONFIG, FixedKey } from "./fakes.js";

const request = { config: CONFIG };

describe("the key path's order", () => {
  it("asks the plugin's own config key first, then the host context, the store, the environment", () => {
    expect(KEY_SOURCE_ORDER).toEqual([
      PLUGIN_CONFIG_KEY,
      HOST_CONTEXT_KEY,
      CREDENTIAL_STORE_KEY,
      ENVIRONMENT_KEY,
    ]);
  });
});

describe("OperatorKey.credentials", () => {
  it("takes the first key found and never asks the places after it", async () => {
    const first = new FixedKey({ secret: "sk-first" });
    const later = new FixedKey({ secret: "sk-later" });
    const key = new OperatorKey([new FixedKey(), first, later]);
    expect(await key.credentials(request)).toEqual({ secret: "sk-first" });
    expect(first.requests).toEqual([request]);
    expect(later.requests).toEqual([]);
  });

  it("keeps the host context's config marker when the key is found later", async () => {
    const context = new FixedKey({ configMarker: "CLOUDSIGMA_API_KEY" });
    const store = new FixedKey({ secret: "sk-stored", configMarker: "ignored" });
    expect(await new OperatorKey([context, store]).credentials(request)).toEqual({
      secret: "sk-stored",
      configMarker: "CLOUDSIGMA_API_KEY",
    });
  });

  it("answers the marker alone, or nothing, when no place has a key", async () => {
    const marker = new FixedKey({ configMarker: "secretref-managed" });
    expect(await new OperatorKey([marker, new FixedKey()]).credentials(request)).toEqual({
      configMarker: "secretref-managed",
    });
    expect(await new OperatorKey([new FixedKey()]).credentials(request)).toEqual({});
  });

  it("never takes a host marker or a blank value as the key, and trims the key", async () => {
    const key = new OperatorKey([
      new FixedKey({ secret: "CLOUDSIGMA_API_KEY" }),
      new FixedKey({ secret: "   " }),
      new FixedKey({ secret: " sk-real " }),
    ]);
    expect(await key.credentials(request)).toEqual({ secret: "sk-real" });
  });
});

describe("OperatorKey.require (the one missing-key check)", () => {
  it("answers the key when there is one", async () => {
    const key = new OperatorKey([new FixedKey({ secret: "sk-1", configMarker: "M" })]);
    expect(await key.require(request, "embeddings")).toEqual({ ok: true, secret: "sk-1" });
  });

  it("says what needs the key and where to put it, as an HTTP 401 the hosts read", async () => {
    const outcome = await new OperatorKey([new FixedKey()]).require(request, "embeddings");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.status).toBe(401);
    expect(outcome.error.message).toMatch(/^CloudSigma embeddings need/);
    expect(outcome.error.message).toContain("CLOUDSIGMA_API_KEY");
  });
});
