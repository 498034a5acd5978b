// The floor every stage is compared with: reading every file of the corpus and hashing it with sha256.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median } from "../lib/format.ts";

/** The floor: read every file of the corpus and hash it with sha256. */
export function floor(dir: string, runs: number) {
  const names = readdirSync(dir).sort();
  const runsMs: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    bytes = 0;
    const start = performance.now();
    for (const name of names) {
      const data = readFileSync(join(dir, name));
      bytes += data.length;
      createHash("sha256").update(data).digest("hex");
    }
    runsMs.push(performance.now() - start);
  }
  return { files: names.length, bytes, runsMs, ms: median(runsMs) };
}
