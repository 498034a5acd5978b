// Counts whose period the text leaves open, though the period reader would give them one: a part of either of two
// periods' counts, a count whose change is against a whole year in a part-year report, a count dated before an event,
// a count over the span its sentence opens on, a count naming no period after the year's counts with their parts
// (count-reading.ts holds them back).
import type { Catalogue } from "../catalogue/load.ts";
import { parsePeriod } from "../lib/period.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { isPart } from "./counted-noun.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { type PeriodReading } from "./periods.ts";
import { allPartPhrases } from "./year-parts.ts";
import { findPhrases } from "./phrases.ts";
import { type NumberScope, wordsAfter } from "./scope.ts";
import type { SentenceSoFar } from "./sentence-state.ts";
import { openingBetween, percentSign } from "./transition.ts";
import { eventYearOf } from "./years.ts";

/**
 * A part ("منها") right after a count and the whole it is "out of", of two periods ("تابع خلال الأشهر الستة الأخيرة
 * تنفيذ 82 إنابة، من أصل 153 إنابة طيلة سنة 2023، منها 19 إنابة …"), or after a whole and its part of another period
 * ("162 إنابة، منها 84 إنابة خلال الأشهر الستة الأخيرة من السنة، فيما تتعلق 41 إنابة منها بالمخدرات"): a part of which
 * of the two, the text does not say, nor so its period.
 */
export function partOfCountOrWhole(scope: NumberScope, own: PeriodReading, soFar: SentenceSoFar, indicator: Indicator): PeriodReading | undefined {
  if (!("claims" in own) || own.claims.length > 0 || !isPart(scope.text, scope.before, scope.after)) return undefined;
  const [count, whole] = soFar.counts.slice(-2);
  if (!count || !whole || whole.period === count.period || whole.indicator.id !== count.indicator.id) return undefined;
  if (indicator.id !== whole.indicator.id && indicator.part_of !== whole.indicator.id) return undefined;
  const between = scope.wordsIn(count.end, whole.start);
  if (between.some((w) => grammarWords.whole_markers.includes(w.folded))) {
    return { unclear: `it is a part of the count before it (${count.period}) or of the whole that count is out of (${whole.period}): which, the text does not say`, start: count.start, end: scope.mention.end };
  }
  // Here the first of the two is the whole, the second its part; a part larger than that one is the whole's
  // ("119 شخصا، منهم 57 خلال الأشهر الستة الأولى، ومن بينهم 71 مواطنا مغربيا").
  if (between.some((w) => wordIsAny(w, grammarWords.part_markers)) && scope.mention.value <= whole.value) {
    return { unclear: `it is a part of the count before it (${whole.period}) or of the whole that one is a part of (${count.period}): which, the text does not say`, start: count.start, end: scope.mention.end };
  }
  return undefined;
}

/** A percentage ("14,3 في المائة", "14%") and its comparison with a bare year after it: "… قياسا بسنة 2024". */
const changeAgainstYear = new RegExp(`^[^\\p{Nd}]*?\\p{Nd}+(?:[.,٫]\\p{Nd}+)?[^\\S\\n]*(?:${percentSign})[^\\p{Nd}]*?((?:قياسا|مقارنة|مقابل)[^\\S\\n]*(?:ب|مع|مع[^\\S\\n]+)?(?:سنة|عام|السنة|العام)[^\\S\\n]+(?:19|20)\\p{Nd}\\p{Nd})`, "u");

/**
 * In a report on a part of a year, a count followed in its sentence by its change against a whole year, no number
 * between ("بلغ عددها 128 أمرا، بارتفاع نسبته 14,3 في المائة قياسا بسنة 2024" in a report on 2025-H2): the words of
 * that base, when they name a bare year (not "الفترة نفسها من 2024" nor "النصف الثاني من 2024").
 */
export function changeAgainstWholeYear(scope: NumberScope): string | undefined {
  if (parsePeriod(scope.reference).part === null) return undefined;
  const rest = /^[^.\n؟!]{0,160}/u.exec(scope.text.slice(scope.mention.end))![0];
  const change = changeAgainstYear.exec(rest);
  return change ? change[1] : undefined;
}

/**
 * A count its clause dates before an event periods.json event_years knows ("و125 إنابة قبل الجائحة"), naming no year of
 * its own: "before the pandemic" may be 2019 or any year before it; the text does not number it.
 */
export function beforeEvent(scope: NumberScope, catalogue: Catalogue, own: PeriodReading): PeriodReading | undefined {
  if (!("claims" in own) || own.claims.length > 0) return undefined;
  const words = [...scope.before, ...scope.after];
  const at = words.findIndex((w, i) => w.folded === "قبل" && words[i + 1] !== undefined && eventYearOf(words[i + 1]!, catalogue.periods) !== undefined);
  if (at < 0) return undefined;
  const [before, event] = [words[at]!, words[at + 1]!];
  return { unclear: `it is dated before an event («${scope.text.slice(before.start, event.end)}»), not by a year`, start: before.start, end: event.end };
}

/**
 * A count, no end of a change, in a sentence opening on two periods with "بين" ("وبين 2019 و2024، تم تسليم أو استقدام
 * 124 شخصا"): a total over the span, not one period's count.
 */
export function countOverOpeningSpan(scope: NumberScope, catalogue: Catalogue): PeriodReading | undefined {
  const between = openingBetween(scope, catalogue);
  if (!between) return undefined;
  return { unclear: `it counts over the span the sentence opens on («${scope.text.slice(between[0].start, between[1].end)}»), not one period`, start: between[0].start, end: between[1].end };
}

/** How many words after the count's clause a comparison with another part of the year may stand: "، مقابل 57 في الأشهر الستة الأولى". */
const siblingReach = 10;

/**
 * In a report on a part of a year that gave the year's counts with the report's part of them ("7215 ملفا خلال سنة 2024،
 * منها … 3795 ملفا خلال النصف الثاني"; number-scope.ts yearWithParts), a count naming no period, nor its sentence's
 * opening: the year's or the part's? Authors read such counts both ways, and the changes and shares of them. Not
 * when the count is compared right after with another part of the year ("62 شخصا، مقابل 57 في الأشهر الستة الأولى"):
 * it is then the report's part.
 */
export function yearOrPart(scope: NumberScope, catalogue: Catalogue): string | undefined {
  if (!scope.yearWithParts || (scope.opening !== null && "claims" in scope.opening && scope.opening.claims.length > 0)) return undefined;
  const next = [...scope.after, ...wordsAfter(scope, scope.after.at(-1), siblingReach)];
  const comparison = findPhrases(next, catalogue.periods.comparisons)[0];
  const sibling = comparison && findPhrases(next.slice(comparison.index), allPartPhrases(catalogue.periods)).length > 0;
  return sibling ? undefined : `the text gave the whole year's counts with ${scope.reference}'s as their parts, and this figure names no period: the year's or the part's?`;
}
