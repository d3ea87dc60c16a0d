import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { TaasVisionSource } from "../../src/adapters/taas/chat/taas-vision-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { mswGuardSeams, startMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import { startTaasDouble } from "../support/taas-double/taas-double.js";
import { describeVisionSourceContract } from "./vision-source.contract.js";

const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => 0 };

describeVisionSourceContract(
  "TaasVisionSource over the SDK guard, TaaS mocked by msw",
  async () => ({
    stub: startMswTaasDouble(),
    source: new TaasVisionSource(new SsrfHttpGuard(mswGuardSeams), limits, clock),
  }),
);

describeVisionSourceContract(
  "TaasVisionSource over the SDK guard's production path, TaaS on loopback",
  async () => {
    const stub = await startTaasDouble({ host: "127.0.0.1", otherHost: "127.0.0.2" });
    return { stub, source: new TaasVisionSource(new SsrfHttpGuard({}), limits, clock) };
  },
);
