// An average over several periods is no period's figure: "المتوسط السنوي للفترة الممتدة من 2018 إلى 2022، والذي
// لم يتعد 4 آلاف و396 ملفا" is held back, and so is a change measured against it ("يزيد بنسبة 30 في المائة عن
// المتوسط الخماسي"; "وهو معدل في حدود 3970 ملفا في السنة"). "ميناء طنجة المتوسط" is the Mediterranean.
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, findPhrases } from "./phrases.ts";
import type { Word } from "./words.ts";

/**
 * The first word of an average in `words`, if any. For a percentage (`ofChange`), a yearly rate is one too:
 * "بمعدل نمو سنوي يقارب 10%" is the average of several years' changes, not one year's.
 */
export function averageIn(words: readonly Word[], ofChange = false): Word | undefined {
  return words.find((w, i) => wordMatchesAny(w.folded, grammarWords.averages) && !(atARate(w) && !(ofChange && yearlyAfter(words, i)) && !perYearAfter(words, i)) && !mediterraneanAdjective(w) && !(i > 0 && wordMatchesAny(words[i - 1]!.folded, grammarWords.mediterranean)));
}

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
const yearlyAfter = (words: readonly Word[], index: number) => words.slice(index + 1, index + 3).some((w) => wordMatchesAny(w.folded, grammarWords.yearly_adjectives));
