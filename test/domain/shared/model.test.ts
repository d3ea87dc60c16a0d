import { describe, expect, it } from "vitest";
import {
  API_KEY_ENV_VAR,
  API_KEY_FLAG,
  DEFAULT_BASE_URL,
  DEFAULT_MODEL_ID,
  DEFAULT_MODEL_REF,
  FALLBACK_CONTEXT_WINDOW,
  FALLBACK_MAX_TOKENS,
  MODEL_API,
  PROVIDER_ALIAS,
  PROVIDER_ID,
  PROVIDER_LABEL,
} from "../../../src/domain/shared/model.js";

describe("provider identity", () => {
  it("names the provider, its alias, label and transport as the spec does", () => {
    expect(PROVIDER_ID).toBe("cloudsigma");
    expect(PROVIDER_ALIAS).toBe("cloudsigma-taas");
    expect(PROVIDER_LABEL).toBe("CloudSigma TaaS");
    expect(MODEL_API).toBe("openai-completions");
  });

  it("uses CLOUDSIGMA_API_KEY and --cloudsigma-api-key for auth", () => {
    expect(API_KEY_ENV_VAR).toBe("CLOUDSIGMA_API_KEY");
    expect(API_KEY_FLAG).toBe("--cloudsigma-api-key");
  });

  it("defaults to the public endpoint and cloudsigma/gpt-5.5", () => {
    expect(DEFAULT_BASE_URL).toBe("https://taas.cloudsigma.com/v1");
    expect(DEFAULT_MODEL_ID).toBe("gpt-5.5");
    expect(DEFAULT_MODEL_REF).toBe("cloudsigma/gpt-5.5");
  });

  it("falls back to a 128000-token context and 8192 output tokens", () => {
    expect(FALLBACK_CONTEXT_WINDOW).toBe(128_000);
    expect(FALLBACK_MAX_TOKENS).toBe(8_192);
  });
});
