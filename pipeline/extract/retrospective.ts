// A text published two years or more after its reference year looks back at it, and may go on to later years: "قبل
// عشر سنوات.. هكذا كانت حصيلة التعاون الأمني" (on 2015, published in 2025) gives 2024's counts beside 2015's. After
// it has named a later year, a count that names no period of its own may be of either: held back, not guessed.
import { parsePeriod } from "../lib/period.ts";

/** How many years after its reference year a text is no longer the year's own report (published the next January). */
const lookingBack = 2;

/**
 * Why a count naming no period of its own is unclear in a text looking back at its year, or undefined: when the
 * year the text last named outside a comparison (`topicYear`, topic-years.ts) is later than the reference's.
 * (Any later year named before, a date or a span's end too, held back what archive pages republished later give
 * plainly as their year's.)
 */
export function lookingBackDoubt(reference: string, publishedYear: number | null, topicYear: number | null): string | undefined {
  if (!looksBack(reference, publishedYear) || topicYear === null || topicYear <= parsePeriod(reference).year) return undefined;
  return `the text, published in ${publishedYear}, looks back at ${reference} and last named ${topicYear}: a count that names no period of its own may be of either`;
}

/** Whether a text published in `publishedYear` looks back at its reference period rather than reporting it. */
export const looksBack = (reference: string, publishedYear: number | null) => publishedYear !== null && publishedYear >= parsePeriod(reference).year + lookingBack;

/**
 * The year "N years ago" names ("قبل ثلاث سنوات"): N years before the reference year in the year's own report; in a
 * text looking back at it, before the year it was published, and only the reference year itself ("مقابل 2215
 * مذكرة قبل عشر سنوات" in 2025, on 2015): any other is a guess between the two counts (null).
 */
export function yearsBack(reference: string, years: number, publishedYear: number | null): number | null {
  const year = parsePeriod(reference).year;
  if (!looksBack(reference, publishedYear)) return year - years;
  return publishedYear! - years === year ? year : null;
}
