import type { DiscoveryLog } from "../../ports/discovery-log.port.js";

/** The subset of OpenClaw's plugin logger that discovery writes to. */
export interface HostLogger {
  warn?: (message: string) => void;
  info?: (message: string) => void;
}

/** Discovery messages on the host's plugin logger; a missing or throwing logger is ignored. */
export class HostDiscoveryLog implements DiscoveryLog {
  constructor(private readonly logger: HostLogger | undefined) {}

  warn(message: string): void {
    this.write(this.logger?.warn, message);
  }

  info(message: string): void {
    this.write(this.logger?.info, message);
  }

  private write(sink: ((message: string) => void) | undefined, message: string): void {
    try {
      sink?.call(this.logger, message);
    } catch {
      // Logging must never break catalog discovery.
    }
  }
}
