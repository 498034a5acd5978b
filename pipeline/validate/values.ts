import { UserError } from "../lib/errors.ts";
import type { ExtractedSource } from "../types/extracted.ts";

/** A figure JavaScript cannot hold exactly cannot be published: an error, not a doubt. */
export function checkSafeValues(source: Omit<ExtractedSource, "text">): void {
  for (const { observation: o } of source.figures) {
    if (!Number.isFinite(o.value) || Math.abs(o.value) > Number.MAX_SAFE_INTEGER) {
      throw new UserError(source.file, `${o.line}:${o.column}`, `the value ${o.value} of "${o.quote}" is beyond the safe integer range (±${Number.MAX_SAFE_INTEGER})`, "check the number in the text; if it is right, it cannot be published exactly");
    }
  }
}
