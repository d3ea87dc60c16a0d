import type { PluginLog } from "../../ports/plugin-log.port.js";
import { notUsedYetNotice, readPluginSettings } from "./plugin-settings.js";

/**
 * Says once what the plugin config makes the plugin ignore or not use yet. `register()` runs
 * up to ten times per turn, so each line is written the first time only; one report lives
 * as long as the plugin entry (one per process in production).
 */
export class SettingsReport {
  private readonly said = new Set<string>();

  /** Warnings on `warn`, notices and the keys not used yet on `info`; never a key's value. */
  report(pluginConfig: unknown, log: PluginLog): void {
    const settings = readPluginSettings(pluginConfig);
    for (const warning of settings.warnings) this.once(warning, (line) => log.warn(line));
    const notUsedYet = notUsedYetNotice(settings);
    for (const notice of [...settings.notices, ...(notUsedYet ? [notUsedYet] : [])]) {
      this.once(notice, (line) => log.info(line));
    }
  }

  private once(line: string, write: (line: string) => void): void {
    if (this.said.has(line)) return;
    this.said.add(line);
    write(line);
  }
}
