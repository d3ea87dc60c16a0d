import type { PluginLog } from "../../ports/plugin-log.port.js";

/** The subset of OpenClaw's plugin logger the plugin writes to. */
export interface HostLogger {
  warn?: (message: string) => void;
  info?: (message: string) => void;
}

/** The plugin's messages on the host's plugin logger; a missing or throwing logger is ignored. */
export class HostPluginLog implements PluginLog {
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
      // Logging must never break the hook that logs.
    }
  }
}
