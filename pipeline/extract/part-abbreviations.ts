// "3 690 ملفا في S1-2025", "حصيلة H2 2024", "2023/T3": a year written with the abbreviation of its part, as pages
// mixing French and English write it, is that part of the year (periods.json part_abbreviations, also read in a
// table's header cells).
import type { PeriodPhrases } from "../types/catalogue-periods.ts";

/** What may join an abbreviation and its year: a space, a hyphen, an underscore or a slash. */
const joiner = "[ \\-_/]";

const escaped = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The part of the year an abbreviation written right before or after the year at `year` names, if any. */
export function abbreviatedPart(text: string, year: { start: number; end: number }, abbreviations: PeriodPhrases["part_abbreviations"]): { part: string; start: number; end: number } | undefined {
  for (const [part, forms] of Object.entries(abbreviations)) {
    for (const form of forms ?? []) {
      const from = Math.max(0, year.start - form.length - 2);
      const before = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${escaped(form)}${joiner})$`, "u").exec(text.slice(from, year.start));
      // The abbreviation stands alone: after a mark or a space the match holds, or at the window's start after one.
      const alone = before !== null && (before[0].length > before[1]!.length || !/[\p{L}\p{N}]/u.test(text[from - 1] ?? ""));
      if (alone) return { part, start: year.start - before[1]!.length, end: year.end };
      const after = new RegExp(`^(${joiner}${escaped(form)})(?![\\p{L}\\p{N}])`, "u").exec(text.slice(year.end, year.end + form.length + 2));
      if (after) return { part, start: year.start, end: year.end + after[1]!.length };
    }
  }
  return undefined;
}
