// A series of counts, one per period, with the noun said once: "مقابل 4060 سنة 2018 و3380 سنة 2017", "بعد 140
// موقوفا سنة 2024 و131 سنة 2023 و119 سنة 2022", "4677 ملفا سنة 2021، ثم 5800 سنة 2022", "كان الرقم 5800، وقبل
// سنتين 4677". A count with no noun of its own whose clause names its period, and that follows the previous
// count past a few words without a noun and a coordinator, counts what the previous count does.
import type { Catalogue } from "../catalogue/load.ts";
import { isChangeOrLevel } from "./count-continuation.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords, withoutConjunction } from "./grammar-words.ts";
import type { CountedNoun } from "./counted-noun.ts";
import { readPeriods } from "./periods.ts";
import { type NumberScope, periodContext } from "./scope.ts";
import type { CountFigure } from "./sentence-state.ts";
import type { Word } from "./words.ts";

/** How many words may stand between two counts of a series: the first one's period ("في النصف الثاني من 2022") and a coordinator. */
const seriesGap = 7;

/** Words that join the counts of a series, and open a clause going on in time (grammar-words.json series). */
const { joiners, clause_openers: clauseOpeners } = grammarWords.series;

/**
 * A clause that goes on with the series by the level the count reached: "…، ثم صعد إلى 104 سنة 2021", "…، قبل أن
 * يبلغ 97 سنة 2019": before the number, a few words opening the clause, a verb of change and a word of the level.
 * Such a clause may stand past the previous count's own aside ("76 شخصا سنة 2020 تحت وطأة القيود الصحية، ثم …").
 */
function reachesLevel(scope: NumberScope): boolean {
  const before = scope.before;
  const last = before.at(-1);
  if (!last || before.length > 4 || !wordIsAny(last, grammarWords.differences.levels)) return false;
  return before.slice(0, -1).every((w) => clauseOpeners.includes(withoutConjunction(w.folded)) || isChangeOrLevel(w));
}

/** Whether `words` name a period (a year, "قبل سنتين", "في النصف الأول من 2023"). */
function namesPeriod(scope: NumberScope, catalogue: Catalogue, words: readonly Word[], years: NumberScope["yearsAfter"]): boolean {
  const reading = readPeriods({ words, years }, scope.reference, catalogue.periods, periodContext(scope, true));
  // A year alone in a report on part of a year names a period, if not which one ("و51 في 2023"): the series says.
  return "unclear" in reading ? years.length > 0 : reading.claims.length > 0;
}

/** The count the number goes on from in a series, if it is one. */
export function seriesContinued(scope: NumberScope, catalogue: Catalogue, counts: readonly CountFigure[], previous: CountFigure | undefined, counted: CountedNoun | null, catalogued: readonly string[]): CountFigure | undefined {
  if (!previous || counted?.how === "after") return undefined;
  // Its own period, after it ("و3380 سنة 2017") or opening its clause ("، وقبل سنتين 4677").
  if (!namesPeriod(scope, catalogue, scope.after, scope.yearsAfter) && !namesPeriod(scope, catalogue, scope.before, scope.yearsBefore)) return undefined;
  // Its noun may stand before it ("بعدما كان عددها 71 في النصف الأول من 2023 و66 …"): the gap runs from the later of the two.
  const from = Math.max(previous.end, previous.counted?.word?.end ?? 0);
  const between = [...scope.earlier, ...scope.before].filter((w) => w.start >= from && w.end <= scope.mention.start);
  const level = reachesLevel(scope);
  if (between.length > (level ? 2 * seriesGap : seriesGap) || between.some((w) => wordIsAny(w, catalogued))) return undefined;
  const gap = scope.text.slice(previous.end, scope.mention.start);
  const joined = /و\s*$/u.test(gap) || /[،,]\s*$/u.test(gap) || between.some((w) => joiners.includes(w.folded) || w.folded.startsWith("و")) || (level && /[،,]/u.test(gap));
  if (!joined) return undefined;
  // After a part, the series goes on with its whole: "مقابل 76 موقوفا، منهم 41 مغربيا، في السنة الماضية، و97 سنة 2019";
  // not after a part of another period than its whole's, a series of its own ("والبالغ عددهم 55 شخصا، مقابل 22 مغربيا
  // فقط في النصف الثاني من 2020 و29 في النصف الأول من 2021").
  const whole = previous.indicator.part_of === undefined ? undefined : [...counts].reverse().find((c) => c.indicator.id === previous.indicator.part_of && c.period === previous.period);
  return whole ?? previous;
}
