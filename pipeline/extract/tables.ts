// Tables flattened into text, one row per line with its cells between pipes or set apart by runs of spaces
// (text/table-rows.ts):
//   | المؤشر | 2016 | 2017 | 2018 |
//   | الإنابات القضائية الدولية | 118 | 126 | 139 |
// A header row whose cells after the first are periods gives each column its period; a row under it names in
// its first cell what its numbers count. A table ends at the first line that is not a row.
import { parsePeriod } from "../lib/period.ts";
import type { Span } from "./clauses.ts";

export { tableCells } from "../text/table-rows.ts";

const westernDigits = (s: string) => s.replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));

/** The period a header cell names: a year ("2016"), or a year and its half ("2016-H1"); null for any other cell. */
function cellPeriod(cell: string): string | null {
  const text = westernDigits(cell.trim());
  if (!/^\d{4}(-(H[12]|Q[1-4]))?$/u.test(text)) return null;
  parsePeriod(text);
  return text;
}

/** A header row's period per column (null for the first, the labels' column), or null when the row is no header. */
export function headerPeriods(text: string, cells: readonly Span[]): Array<string | null> | null {
  const periods = cells.map((cell, index) => (index === 0 ? null : cellPeriod(text.slice(cell.start, cell.end))));
  return cells.length >= 2 && periods.slice(1).every((p) => p !== null) ? periods : null;
}
