// An average over several periods is no period's figure: "المتوسط السنوي للفترة الممتدة من 2018 إلى 2022، والذي
// لم يتعد 4 آلاف و396 ملفا" is held back, and so is a change measured against it ("يزيد بنسبة 30 في المائة عن
// المتوسط الخماسي"; "وهو معدل في حدود 3970 ملفا في السنة"). "ميناء طنجة المتوسط" is the Mediterranean. So is a
// total of several years ("يتجاوز المجموع 42 ألف ملف" after "حصائل السنوات التسع"), as is a count over a career.
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, findPhrases } from "./phrases.ts";
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import { opensParenthesis } from "./clauses.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";
import { isYearWord } from "./years.ts";

/**
 * The first word of an average in `words`, if any. A yearly rate is one too: "بمعدل سنوي يفوق 3700 ملف" is the
 * average of several years' counts, "بمعدل نمو سنوي يقارب 10%" and "النمو السنوي المركب … 5,3 في المائة" of their
 * changes (`ofChange`), not one year's.
 */
export function averageIn(words: readonly Word[], ofChange = false): Word | undefined {
  const average = words.find((w, i) => wordIsAny(w, grammarWords.averages) && !(atARate(w) && !yearlyAfter(words, i) && !perYearAfter(words, i)) && !mediterraneanAdjective(w) && !(i > 0 && wordIsAny(words[i - 1]!, grammarWords.mediterranean)));
  return average ?? (ofChange ? words.find((w, i) => compound(w) && i > 0 && wordIsAny(words[i - 1]!, grammarWords.yearly_adjectives)) : undefined);
}

/** "النمو السنوي المركب" (compound yearly growth): the average change of several years. */
const compound = (word: Word) => /^(?:ال)?مركب$/u.test(word.folded);

const perYear = grammarWords.per_year.map(cuePhrase);

/** How many words after "بمعدل" its "per year" may stand: "بمعدل 139 إنابة تقريبا في السنة". */
const perYearReach = 5;

/** "بمعدل 139 إنابة تقريبا في السنة": a rate per year over several years is their average. */
const perYearAfter = (words: readonly Word[], index: number) => findPhrases(words.slice(index + 1, index + 1 + perYearReach), perYear).length > 0;

/** "الأورو-متوسطية", "المتوسطي": the adjective of the Mediterranean, no average. */
const mediterraneanAdjective = (word: Word) => /متوسطي(?:ه|ين|ون)?$/u.test(word.folded);

/** "بمعدل 20 ملفا يوميا", "بمعدل أمر كل ثلاثة أيام", "ارتفع بمعدل 24 في المائة": at a rate of (held back as a rate), or by (the change itself), no average over periods. */
const atARate = (word: Word) => word.folded.startsWith("بمعدل");

/** A yearly adjective within two words after `index`: "بمعدل نمو سنوي". */
const yearlyAfter = (words: readonly Word[], index: number) => words.slice(index + 1, index + 3).some((w) => wordIsAny(w, grammarWords.yearly_adjectives));

/**
 * The total of several years a count is, if it is one: "وإذا جمعنا حصائل السنوات التسع الممتدة من 2016 إلى
 * 2024، يتجاوز المجموع 42 ألف ملف". A total's word before the number, no year in its clause, and, earlier in the
 * sentence, several years named as such ("السنوات التسع") or as a span ("من 2016 إلى 2024"). Returns the total's
 * word. "بلغ مجموع الملفات سنة 2023 …" names its year: one year's total.
 */
export function severalYearsTotal(scope: NumberScope, phrases: PeriodPhrases): Word | undefined {
  // The total said again in parentheses: "يتجاوز المجموع 42 ألف ملف (42 ألفا و824 ملفا بالتحديد)".
  const restated = opensParenthesis(scope.text, scope.mention) ? scope.earlier.slice(-restatedReach) : [];
  const total = [...restated, ...scope.before].find((w) => wordIsAny(w, grammarWords.totals));
  if (!total || [...scope.before, ...scope.after].some(isYearWord)) return careerOf(scope);
  const earlier = scope.earlier.filter((w) => w.end <= total.start);
  const several = findPhrases(earlier, phrases.several_years).length > 0;
  return several || yearSpan(earlier) ? total : undefined;
}

/** "وخلال مساره، أشرف على أزيد من 1500 ملف تسليم": a person's career, with its pronoun, in the sentence before the number. */
function careerOf(scope: NumberScope): Word | undefined {
  if ([...scope.before, ...scope.after].some(isYearWord)) return undefined;
  const words = [...scope.earlier, ...scope.before];
  // Over the career ("خلال مساره"), not a time in it ("قضى جزءا من مساره في القطب: "سنة 2019 وصلنا إلى 4480 ملفا"").
  return words.find((w, i) => i > 0 && wordIsAny(words[i - 1]!, grammarWords.time_prepositions) && !w.folded.startsWith("ال") && /(?:ه|ها|هم|ي)$/u.test(w.folded) && wordIsAny(w, grammarWords.career_nouns));
}

/** How many words before a parenthesis a total it restates may stand: "المجموع 42 ألف ملف (". */
const restatedReach = 5;

/** Two years joined by "إلى" ("من 2016 إلى 2024"). */
function yearSpan(words: readonly Word[]): boolean {
  return words.some((w, i) => isYearWord(w) && wordMatchesAny(words[i + 1]?.folded ?? "", grammarWords.transitions.to) && words[i + 2] !== undefined && isYearWord(words[i + 2]!));
}

/** How many words after the number "per year" may end its clause: "حوالي ثلاثة آلاف ملف في السنة". */
const yearlyRateReach = 3;

/**
 * "حين كنت في القطب كنا نعالج حوالي ثلاثة آلاف ملف في السنة": a count "per year" ending its clause, in a sentence
 * telling what used to happen (grammar-words habitual_being) and naming no year before it, is a yearly rate of those
 * years, not one period's count ("كنا نتحدث سنة 2015 عن 2700 ملف في السنة" is 2015's).
 */
export function yearlyRate(scope: NumberScope): { start: number; end: number } | undefined {
  // "حين التحقت بالقطب سنة 1998 كنا نعالج 300 ملف في السنة": a year the sentence names before is the rate's.
  if (scope.yearsBefore.length + scope.yearsAfter.length > 0 || scope.earlier.some(isYearWord)) return undefined;
  if (![...scope.earlier, ...scope.before].some((w) => wordIsAny(w, grammarWords.habitual_being))) return undefined;
  const match = findPhrases(scope.after.slice(0, yearlyRateReach), perYear)[0];
  // "في السنة الماضية" goes on naming a year: only "per year" ending the clause is a rate.
  return match && scope.after.at(-1)!.end === match.end ? { start: match.start, end: match.end } : undefined;
}
