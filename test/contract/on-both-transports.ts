import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { mswGuardSeams, startMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";

/**
 * Runs a port's contract against one TaaS adapter twice: over the SDK guard with TaaS mocked
 * in-process by msw, and over the guard's production path (DNS pinning, its own dispatcher)
 * with the double on loopback and a second host on 127.0.0.2 that nothing may reach.
 */
export function onBothTransports<Source>(
  describeContract: (
    name: string,
    setup: () => Promise<{ stub: TaasDouble; source: Source }>,
  ) => void,
  adapter: string,
  build: (guard: SsrfHttpGuard) => Source,
): void {
  describeContract(`${adapter} over the SDK guard, TaaS mocked by msw`, async () => ({
    stub: startMswTaasDouble(),
    source: build(new SsrfHttpGuard(mswGuardSeams)),
  }));
  describeContract(
    `${adapter} over the SDK guard's production path, TaaS on loopback`,
    async () => ({
      stub: await startTaasDouble({ host: "127.0.0.1", otherHost: "127.0.0.2" }),
      source: build(new SsrfHttpGuard({})),
    }),
  );
}
