// A count read against the counts before it in its sentence as a part or a whole: "of them" after a whole and its
// own part ("151 شخصا، بينهم 90 مغربيا، وأن 74 منهم …"), "out of" a longer period's total ("من أصل 27 شخصا طيلة 2023").
import type { Catalogue } from "../catalogue/load.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import { countsNoun } from "./count-continuation.ts";
import { isPart, type CountedNoun, partMarkerReach } from "./counted-noun.ts";
import { wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { partPhrasesIn } from "./year-parts.ts";
import { monthRanges } from "./month-ranges.ts";
import { findPhrases } from "./phrases.ts";
import { type NumberScope, wordsAfter } from "./scope.ts";
import { changeDirection } from "./percent-change.ts";
import type { CountFigure, SentenceSoFar } from "./sentence-state.ts";
import type { Word } from "./words.ts";

/** Whether the number's clause names a part of a year ("خلال النصف الأول", "في الربع الثالث", "إلى غاية متم يونيو"). */
export function namesPartOfYear(scope: NumberScope, catalogue: Catalogue): boolean {
  const clause = [...scope.before, ...scope.after];
  return findPhrases(clause, partPhrasesIn(scope.reference, catalogue.periods, scope.quartersByOrdinal)).length > 0 || monthRanges(scope.text, clause, catalogue.periods).length > 0;
}

/**
 * "بلغ عدد الموقوفين 151 شخصا، بينهم 90 مغربيا، وأن 74 منهم أوقفوا خلال الأشهر الستة الأولى": a part for a part of
 * the year after a whole and its own part, in the same period, may be either one's count for that part of the year.
 */
export function partOfWholeOrPart(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): { marker: string; ids: string[] } | undefined {
  const part = soFar.lastCount;
  if (!part?.indicator.part_of || !isPart(scope.text, scope.before, scope.after) || !namesPartOfYear(scope, catalogue)) return undefined;
  const whole = soFar.counts.find((c) => c.indicator.id === part.indicator.part_of && c.period === part.period);
  if (!whole) return undefined;
  const marker = [...scope.before, ...scope.after.slice(0, partMarkerReach)].find((w) => wordIsAny(w, grammarWords.part_markers));
  return { marker: marker?.folded ?? "", ids: [whole.indicator.id, part.indicator.id] };
}

/**
 * "تسلم المغرب 8 أشخاص …، من أصل 27 شخصا طيلة 2023": a whole the count before it is among, counting persons or
 * what that count's indicator counts, and naming a period of its own, is that indicator's count for the period (a
 * whole for the same period as its part would be a count of something else: its reading then conflicts with the part's).
 */
export function wholeOfPrevious(scope: NumberScope, counted: CountedNoun, soFar: SentenceSoFar): { indicator: Indicator; marker: Word } | undefined {
  const previous = soFar.lastCount;
  const marker = scope.before.at(-1);
  if (!previous || !marker || !grammarWords.whole_markers.includes(marker.folded) || counted.how !== "after") return undefined;
  const namesPeriod = scope.yearsBefore.length + scope.yearsAfter.length > 0;
  const countsIt = wordMatchesAny(counted.folded, grammarWords.generic_counted) || countsNoun(previous.indicator, counted.folded);
  return namesPeriod && countsIt ? { indicator: previous.indicator, marker } : undefined;
}

/**
 * "تابعنا 35 إنابة قضائية في قضايا المخدرات من أصل 153": a bare number after "out of" ("من أصل"، "ضمن"), right
 * after a part, counts the part's whole (the indicator the part's is part of); after a count of no part, what that
 * count counts ("35 إنابة قضائية دولية، من أصل 153 تابع المكتب … تنفيذها، همت …": the first is then held back as a
 * part of the whole, part-of-next.ts, and the whole is the figure).
 */
export function bareWholeOfPart(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar): Indicator | undefined {
  const part = soFar.lastCount;
  const marker = scope.lead.at(-1);
  if (!part || !marker || !grammarWords.whole_markers.includes(marker.folded)) return undefined;
  if (!part.indicator.part_of) return part.indicator;
  return catalogue.indicators.indicators.find((i) => i.id === part.indicator.part_of);
}

/** How many words after a compared count a change word may say which way the count went: "، مقابل 153 في السنة السابقة، أي بارتفاع". */
const directionReach = 8;

/**
 * "162 إنابة، منها 41 إنابة تخص المخدرات، مقابل 153 في السنة السابقة، أي بارتفاع في حدود 6 في المائة": a bare
 * compared count after a part is the part's earlier value, unless the change said right after it goes the other
 * way for the part and the right way for its whole (41 is no rise from 153; 162 is): then it is the whole's.
 */
export function wholeByDirection(scope: NumberScope, catalogue: Catalogue, soFar: SentenceSoFar, part: CountFigure): CountFigure | undefined {
  if (part.indicator.part_of === undefined) return undefined;
  const whole = [...soFar.counts].reverse().find((c) => c.indicator.id === part.indicator.part_of && c.period === part.period);
  if (!whole) return undefined;
  const after: Word[] = [];
  for (let word = scope.wordFrom(scope.mention.end); word && after.length < directionReach && !/\p{Nd}/u.test(word.folded); word = scope.wordFrom(word.end)) after.push(word);
  // changeDirection reads from the end: the words reversed, the nearest after the count first.
  const direction = changeDirection([...after].reverse(), catalogue.indicators.change_words);
  if (direction === undefined) return undefined;
  const grewFrom = (count: CountFigure) => (direction === 1 ? count.value > scope.mention.value : count.value < scope.mention.value);
  return !grewFrom(part) && grewFrom(whole) ? whole : undefined;
}

/**
 * A count its cues read as one kind of a whole ("إنابة" beside «المخدرات») that is the whole a part of that kind is
 * told of: after "out of" ("تتعلق 46 من أصل 171 إنابة … بالاتجار في المخدرات"), or right before "of which" and a
 * number when its own clause names no kind ("ملف غسل الأموال، إذ تتبع المكتب 162 إنابة قضائية دولية، منها 41 إنابة
 * مرتبطة بالاتجار في المخدرات"). It counts the whole's indicator; undefined when the count is no such whole.
 */
export function wholeNamedWithPart(scope: NumberScope, catalogue: Catalogue, indicator: Indicator, noun: string): Indicator | undefined {
  if (indicator.part_of === undefined) return undefined;
  const whole = catalogue.indicators.indicators.find((i) => i.id === indicator.part_of);
  // Both count the noun: the kind is told by other words (not "38 مواطنا", whose noun is the part's own).
  if (!whole || whole.unit !== indicator.unit || !countsNoun(whole, noun) || !countsNoun(indicator, noun)) return undefined;
  // "46 من أصل 171": a bare part before "out of" (not "275 مركبة، من أصل 1406 ملفات", a part of another unit).
  const marker = scope.lead.at(-1);
  if (marker && grammarWords.whole_markers.includes(marker.folded)) return bareNumberBefore(scope, marker) ? whole : undefined;
  // Right after its clause (which holds its noun): "منها 41".
  const [next, number] = wordsAfter(scope, scope.after.at(-1), 2);
  if (!next || !number || !wordIsAny(next, grammarWords.part_markers) || !/^\p{Nd}/u.test(number.folded)) return undefined;
  const kindWords = (indicator.cues ?? []).flatMap((cue) => [...(cue.context ?? []), ...(cue.topic ?? [])].flat());
  return [...scope.before, ...scope.after].some((w) => wordIsAny(w, kindWords)) ? undefined : whole;
}

/** Whether the word before "out of" ("من أصل", "ضمن") is a bare number: "46 من أصل 171". */
function bareNumberBefore(scope: NumberScope, marker: Word): boolean {
  const opener = scope.lead.length >= 2 && scope.lead.at(-2)!.folded === "من" ? scope.lead.at(-2)! : marker;
  const previous = [...scope.earlier, ...scope.before].filter((w) => w.end <= opener.start).at(-1);
  return previous !== undefined && /^\p{Nd}+$/u.test(previous.folded) && /^[^\S\n]*$/u.test(scope.text.slice(previous.end, opener.start));
}
