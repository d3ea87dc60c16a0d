import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import type { DiscoveryLimits } from "../../src/adapters/taas/models/discovery-limits.js";
import { TaasModelSource } from "../../src/adapters/taas/models/taas-model-source.js";
import { describeModelSourceContract } from "./model-source.contract.js";
import { startLoopbackTaasStub } from "./stubs/loopback-taas-stub.js";
import { mswGuardSeams, startMswTaasStub } from "./stubs/msw-taas-stub.js";

// Small bounds keep the hang and oversize cases quick; the behaviour is the same at 5 s / 4 MiB.
const limits: DiscoveryLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };

describeModelSourceContract("TaasModelSource over the SDK guard, TaaS mocked by msw", async () => ({
  stub: startMswTaasStub(),
  source: new TaasModelSource(new SsrfHttpGuard(mswGuardSeams), limits),
}));

describeModelSourceContract(
  "TaasModelSource over the SDK guard's production path, TaaS on loopback",
  async () => {
    const stub = await startLoopbackTaasStub();
    return { stub, source: new TaasModelSource(new SsrfHttpGuard({}), limits) };
  },
);
