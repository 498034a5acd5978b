// "عالج المكتب المركزي الوطني 23 ملفا تتعلق بنقل أطفال بشكل غير مشروع نحو الخارج": a count whose noun is said to
// concern one kind of case is a count of that kind, not of all the files; the catalogue tracks a kind only where
// an indicator's cues name it ("ملف يتعلق بسيارات مسروقة" is stolen_vehicle_files by its context words).
import type { Indicator } from "../types/catalogue-indicators.ts";
import { foldWord } from "../arabic/normalise.ts";
import { sameStem, wordIsAny } from "./cue-match.ts";
import type { CountedNoun } from "./counted-noun.ts";
import { grammarWords } from "./grammar-words.ts";
import type { PatternMatch } from "./patterns.ts";
import type { NumberScope } from "./scope.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

/** How many words may stand between the noun and "concerning": an adjective ("ملفا جديدا يتعلق …"). */
const concerningReach = 1;

/** The folded words of an indicator's Arabic label: "… قطب التعاون الأمني الدولي". */
const wordsOfLabel = oncePer((indicator: Indicator): string[] => indicator.label.ar.split(/\s+/u).map(foldWord).filter((w) => w.length >= 3));

/**
 * The word "concerning" after a count's noun whose match is the noun alone (no context word of the indicator's),
 * when the topic after it is no word of the indicator's label: the count is of one kind, unaccounted.
 */
export function concernsOneKind(scope: NumberScope, counted: CountedNoun, match: PatternMatch): Word | undefined {
  if (counted.how !== "after" || counted.word === null || match.strength > 1) return undefined;
  const after = scope.after.filter((w) => w.start >= counted.word!.end);
  const at = after.slice(0, concerningReach + 1).findIndex((w) => wordIsAny(w, grammarWords.concerning));
  const topic = at < 0 ? undefined : after[at + 1];
  if (!topic || wordsOfLabel(match.indicator).some((word) => sameStem(topic.folded, word))) return undefined;
  return after[at];
}
