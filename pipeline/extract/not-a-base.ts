// What a change's base cannot be, though the change's sentence names it: a year named by what happened in it
// ("سنة الجائحة"), or a record recalled ("الرقم القياسي المسجل سنة 2019") (percent-reading.ts).
import type { Catalogue } from "../catalogue/load.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { findPhrases } from "./phrases.ts";
import { readPeriods } from "./periods.ts";
import { type NumberScope, periodContext } from "./scope.ts";
import type { Word } from "./words.ts";
import { eventYearOf, yearAfterWhich, yearNounAndNoun } from "./years.ts";

/** A year the text names by what happened in it: its words, and the year when periods.json event_years knows it. */
export interface EventYear {
  text: string;
  year: number | null;
  start: number;
  end: number;
}

/** Words a compared number and its noun may take between the comparison's word and the clause after the number. */
const comparedNumberWords = 3;

/**
 * "وتجاوزنا سنة الجائحة بأكثر من 40 في المائة": a year noun followed by a noun with the article that names no
 * period ("سنة الجائحة", "عام الحجر"), in the number's clause or the one before: a year the text does not number.
 */
export function yearNamedByEvent(scope: NumberScope, catalogue: Catalogue): EventYear | undefined {
  // Not the clause before when it compares: "مقابل عمليتين فقط خلال سنة الجائحة، كما نفذت ثلاث عمليات" (its
  // year is its base's; the comparison's word may stand before the base's number, which opened the clause).
  const comparing = scope.earlier.slice(-(scope.previousClause.words.length + comparedNumberWords));
  const previous = findPhrases(comparing, catalogue.periods.comparisons).length > 0 ? [] : scope.previousClause.words;
  const words = [...previous, ...scope.before, ...scope.after];
  for (let i = 0; i + 1 < words.length; i++) {
    const [noun, next] = [words[i]!, words[i + 1]!];
    // Not words across a mark ("نصف سنة: الأمن"), a relative clause ("بالسنة التي") or a year's epithet ("سنة الأرقام القياسية").
    if (!yearNounAndNoun(scope.text, noun, next) || wordIsAny(next, grammarWords.relatives) || words.slice(i + 1, i + 3).some((w) => wordIsAny(w, catalogue.periods.record_words))) continue;
    if (yearAfterWhich(words, i, catalogue.periods)) continue;
    // "للسنة الثالثة على التوالي": how many years in a row, not a year named by what happened in it.
    if (wordIsAny(next, grammarWords.in_a_row) && words.slice(i + 2, i + 4).some((w) => wordIsAny(w, grammarWords.respectively))) continue;
    const read = readPeriods({ words: [noun, next], years: [] }, scope.reference, catalogue.periods, periodContext(scope, true));
    if (!("claims" in read) || read.claims.length > 0) continue;
    return { text: scope.text.slice(noun.start, next.end), year: eventYearOf(next, catalogue.periods) ?? null, start: noun.start, end: next.end };
  }
  return undefined;
}

/** How many words before a count may say it is a record: "الرقم القياسي المسجل سنة 2019 (4480 ملفا)". */
const recordReach = 6;

/** Whether a count or a period is a record's recalled ("متجاوزا الرقم القياسي المسجل سنة 2019 (4480 ملفا)"), no change's base. */
export function recordRecalled(scope: NumberScope, count: { start: number; clause?: readonly Word[] }, catalogue: Catalogue): boolean {
  const words = new Set([...scope.earlier.slice(-recordReach), ...scope.before, ...scope.after, ...(count.clause ?? [])]);
  const before = [...words].filter((w) => w.end <= count.start).sort((a, b) => a.start - b.start).slice(-recordReach);
  // A superlative of a record names it ("أعلى رقم", "الرقم القياسي"); before "بنسبة" it compares ("أعلى بنسبة 11 في المائة").
  return before.some((w, i) => wordIsAny(w, catalogue.periods.record_words) && (w.folded.endsWith("قياسي") || recordNouns.includes(before[i + 1]?.folded.replace(/^ال/u, "") ?? "")));
}

/** Nouns a superlative names a record of: "أعلى رقم", "أعلى مستوى". */
const recordNouns = grammarWords.record_nouns;
