// Peak memory of one phase of a process: Linux lets a process reset its high-water mark (VmHWM) by writing 5
// to /proc/self/clear_refs, so that loading a measurement's input does not count in the measurement's peak.
import { readFileSync, writeFileSync } from "node:fs";

/** Resets the peak; false where the system does not allow it (the peak then counts everything before). */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** Peak resident memory in bytes since the start or the last reset. */
export function peakRss(): number {
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kB) return Number(kB) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Runs the garbage collector if the process was started with --expose-gc. */
export const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});
