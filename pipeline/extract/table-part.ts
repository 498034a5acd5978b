// In a report on a part of the year, a table whose header names bare years ("المؤشر | 2021 | 2022 | 2023")
// gives that part of each year only when its title says so ("حصيلة الأشهر الستة الأولى (يناير - يونيو)" on a
// line above); otherwise whether a column is the whole year or its part is unclear, and its figures are held back.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { parsePeriod } from "../lib/period.ts";
import type { Span } from "./clauses.ts";
import { findPhrases } from "./phrases.ts";
import { withPart } from "./year-parts.ts";
import type { Column } from "./tables.ts";
import { type Word, wordsWithin } from "./words.ts";

/** How many lines above a header row its title may stand. */
const titleReach = 3;

/** A table's or a chart's own number in its title ("الجدول 2: …", "الرسم 1 –"): no figure. */
const tableNumber = /(?:^|[^\p{L}])(?:ال)?(?:جدول|شكل|رسم)\s*[0-9٠-٩]{1,2}(?![0-9٠-٩])/gu;

/** The part of the year the lines right above a header row name ("الأشهر الستة الأولى"), if any. */
function titlePart(text: string, words: readonly Word[], header: Span, phrases: PeriodPhrases): string | null {
  let end = text.lastIndexOf("\n", header.start - 1);
  for (let n = 0; n < titleReach && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    if (/[|\p{Nd}]/u.test(line.replace(/\d{4}/gu, "").replace(tableNumber, ""))) return null;
    const lineWords = wordsWithin(words, start, end);
    for (const [part, list] of Object.entries(phrases.parts)) if (findPhrases(lineWords, list).length > 0) return part;
    end = start - 1;
  }
  return null;
}

/** The header's columns with each bare year read as the part of the year its title names, or left unclear. */
export function columnsInPartReport(text: string, words: readonly Word[], header: Span, columns: Column[], reference: string, phrases: PeriodPhrases): Column[] {
  if (parsePeriod(reference).part === null) return columns;
  const part = titlePart(text, words, header, phrases);
  return columns.map((column) => {
    // A column its header says is the whole year ("المجموع" beside the year's parts) is no part of it.
    if (!column || !("period" in column) || column.period.length !== 4 || column.whole) return column;
    return part ? { period: withPart(column.period, part) } : { period: column.period, unclear: `the table does not say whether ${column.period} is the whole year or the same part of it as ${reference}` };
  });
}
