import { describe, expect, it } from "vitest";
import { missingAuthMessage } from "../../../src/domain/shared/missing-auth-message.js";

describe("missingAuthMessage", () => {
  const message = missingAuthMessage();

  it("names the provider and the CLOUDSIGMA_API_KEY variable", () => {
    expect(message).toContain('"cloudsigma"');
    expect(message).toContain("CloudSigma TaaS");
    expect(message).toContain("CLOUDSIGMA_API_KEY");
  });

  it("gives the onboarding command with the --cloudsigma-api-key flag", () => {
    expect(message).toContain("openclaw onboard --cloudsigma-api-key <key>");
  });

  it("warns that a service manager does not see the shell's exports", () => {
    expect(message).toMatch(/systemd|launchd|service manager/);
    expect(message).toMatch(/service's own environment/);
  });
});
