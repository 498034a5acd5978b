// A counted noun said again alone after its sentence named it in a construct: "كتب البعض أن مذكرات البحث الدولية
// تراجعت إلى النصف، والحال أنها نزلت من 106 إلى 87 مذكرة", "وعلى مستوى مذكرات البحث الدولية، نشرت المديرية 61
// مذكرة". The construct (a noun, its genitive and their adjective: the catalogue's patterns with a `genitive`) says
// what the bare noun counts; the bare noun alone would be read by its sentence's other words ("البحث": a search notice).
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { oncePer } from "../lib/once-per.ts";
import type { CountedNoun } from "./counted-noun.ts";
import { sameStem, wordIsAny } from "./cue-match.ts";
import { decide, type PatternMatch, rankIndicators } from "./patterns.ts";
import { isTwoDots } from "../text/sentences.ts";
import { type NumberScope, patternInput } from "./scope.ts";
import type { Word } from "./words.ts";

/** The count indicators with only their patterns that ask for a genitive: what names a construct. */
const constructCues = oncePer((catalogue: Catalogue): Indicator[] => {
  const withConstruct: Indicator[] = [];
  for (const indicator of catalogue.indicators.indicators) {
    const [first, ...rest] = (indicator.cues ?? []).filter((c) => c.genitive !== undefined);
    if (indicator.kind === "count" && first) withConstruct.push({ ...indicator, cues: [first, ...rest] });
  }
  return withConstruct;
});

/** The genitives of those patterns ("بحث" in "مذكرة بحث دولية"): a noun followed by one heads a construct. */
const constructGenitives = oncePer((catalogue: Catalogue): string[] => constructCues(catalogue).flatMap((i) => (i.cues ?? []).flatMap((c) => c.genitive ?? [])));

/** A noun after the number, the earlier end's noun after its later end ("من 106 إلى 87 مذكرة"), or the noun of the count before, not said again. */
const restating: ReadonlySet<CountedNoun["how"]> = new Set(["after", "later_end", "elided"]);

/** Whether a headline's pause ("..") stands between `start` and `end`. */
function pauseBetween(text: string, start: number, end: number): boolean {
  for (let at = text.indexOf("..", start); at >= 0 && at < end; at = text.indexOf("..", at + 1)) if (isTwoDots(text, at)) return true;
  return false;
}

/** The construct the number's sentence named before it, with the number's noun as its head, and what it counts. */
export function restatedConstruct(scope: NumberScope, catalogue: Catalogue, counted: CountedNoun, own: Indicator): (PatternMatch & { word: NonNullable<CountedNoun["word"]> }) | undefined {
  if (!restating.has(counted.how)) return undefined;
  const genitives = constructGenitives(catalogue);
  const headsConstruct = (w: Word) => {
    const next = scope.wordAfter(w);
    return next !== null && wordIsAny(next, genitives);
  };
  // Not a noun in a construct of its own, of whatever kind ("3718 مذكرة بحث على الصعيد الوطني").
  if (counted.how !== "elided" && counted.qualifier && wordIsAny(counted.qualifier, genitives)) return undefined;
  // The last construct of the noun before it, past bare ones ("… الدولية: 46 مذكرة في النصف الأول من 2023، و55 …"):
  // a construct of another kind ("مذكرات البحث الوطنية") names what the number counts as well.
  const heads = [...scope.earlier, ...scope.before].filter((w) => w.end <= scope.mention.start && sameStem(w.folded, counted.folded));
  const named = heads.filter(headsConstruct).at(-1);
  // Not a headline's topic before its pause ("مذكرات البحث الدولية.. أنتربول الرباط يعمم 3 آلاف و540 مذكرة"): it names
  // the page's subject loosely, and the count after it says its own.
  if (!named || pauseBetween(scope.text, named.end, scope.mention.start)) return undefined;
  const decision = decide(rankIndicators(constructCues(catalogue), patternInput(scope, named.folded, scope.wordAfter(named))));
  return "match" in decision && decision.match.indicator.id !== own.id ? { ...decision.match, word: named } : undefined;
}
