import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import type { DiscoveryLimits } from "../../src/adapters/taas/models/discovery-limits.js";
import { TaasModelSource } from "../../src/adapters/taas/models/taas-model-source.js";
import { mswGuardSeams, startMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import { startTaasDouble } from "../support/taas-double/taas-double.js";
import { describeModelSourceContract } from "./model-source.contract.js";

// Small bounds keep the hang and oversize cases quick; the behaviour is the same at 5 s / 4 MiB.
const limits: DiscoveryLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };

describeModelSourceContract("TaasModelSource over the SDK guard, TaaS mocked by msw", async () => ({
  stub: startMswTaasDouble(),
  source: new TaasModelSource(new SsrfHttpGuard(mswGuardSeams), limits),
}));

describeModelSourceContract(
  "TaasModelSource over the SDK guard's production path, TaaS on loopback",
  async () => {
    const stub = await startTaasDouble({ host: "127.0.0.1", otherHost: "127.0.0.2" });
    return { stub, source: new TaasModelSource(new SsrfHttpGuard({}), limits) };
  },
);
