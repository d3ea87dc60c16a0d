import { injectable } from "tsyringe";
import type { Clock } from "../../ports/clock.port.js";

/** Wall-clock milliseconds. */
@injectable()
export class SystemClock implements Clock {
  now(): number {
    return Date.now();
  }
}
