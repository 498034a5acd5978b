// An average over several periods is no period's figure: "المتوسط السنوي للفترة الممتدة من 2018 إلى 2022، والذي
// لم يتعد 4 آلاف و396 ملفا" is held back, and so is a change measured against it ("يزيد بنسبة 30 في المائة عن
// المتوسط الخماسي"; "وهو معدل في حدود 3970 ملفا في السنة"). "ميناء طنجة المتوسط" is the Mediterranean.
import { wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import type { Word } from "./words.ts";

/** The first word of an average in `words`, if any. */
export function averageIn(words: readonly Word[]): Word | undefined {
  return words.find((w, i) => wordMatchesAny(w.folded, grammarWords.averages) && !atARate(w) && !mediterraneanAdjective(w) && !(i > 0 && wordMatchesAny(words[i - 1]!.folded, grammarWords.mediterranean)));
}

/** "الأورو-متوسطية", "المتوسطي": the adjective of the Mediterranean, no average. */
const mediterraneanAdjective = (word: Word) => /متوسطي(?:ه|ين|ون)?$/u.test(word.folded);

/** "بمعدل 20 ملفا يوميا", "بمعدل أمر كل ثلاثة أيام": at a rate of (held back as a rate), no average over periods. */
const atARate = (word: Word) => word.folded.startsWith("بمعدل");
