import { describe, expect, it } from "vitest";
import * as model from "../../../src/domain/shared/model.js";

describe("provider identity", () => {
  it("names the provider, its alias, label and transport as the spec does", () => {
    expect(model.PROVIDER_ID).toBe("cloudsigma");
    expect(model.PROVIDER_ALIAS).toBe("cloudsigma-taas");
    expect(model.PROVIDER_LABEL).toBe("CloudSigma TaaS");
    expect(model.MODEL_API).toBe("openai-completions");
  });

  it("uses CLOUDSIGMA_API_KEY and --cloudsigma-api-key for auth", () => {
    expect(model.API_KEY_ENV_VAR).toBe("CLOUDSIGMA_API_KEY");
    expect(model.API_KEY_FLAG).toBe("--cloudsigma-api-key");
  });

  it("defaults to the public endpoint and cloudsigma/gpt-5.5", () => {
    expect(model.DEFAULT_BASE_URL).toBe("https://taas.cloudsigma.com/v1");
    expect(model.DEFAULT_MODEL_ID).toBe("gpt-5.5");
    expect(model.DEFAULT_MODEL_REF).toBe("cloudsigma/gpt-5.5");
  });

  it("falls back to a 128000-token context and 8192 output tokens", () => {
    expect(model.FALLBACK_CONTEXT_WINDOW).toBe(128_000);
    expect(model.FALLBACK_MAX_TOKENS).toBe(8_192);
  });
});
