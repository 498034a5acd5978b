// "4 أشخاص من أصل 19 شخصا سلمتهم دول أجنبية": the first count is a part of the second (a city's, a border post's
// share of the national figure). When both read as the same indicator, period and category, the part is no
// figure of its own: it is held back, and the whole is published, rather than both held back as a conflict.
// Counts of different periods ("6 أشخاص خلال الفصل، من أصل 10 منذ يناير") are left as they are. So is a count after a
// sentence's opening whole ("من أصل خمس عمليات … أنجزت سنة 2024، تمت ثلاث عمليات بتنسيق مع الشريك الإسباني"), and a
// count of a whole named without a number ("47 ملفا من مجموع ملفات الموقوفين").
import type { FigureReading, Outcome } from "./reading.ts";
import { withheld } from "./not-stated.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { foldWord } from "../arabic/normalise.ts";
import { grammarWords } from "./grammar-words.ts";

/** The nouns after "من" that name a whole: "من أصل" (out of), "من مجموع" / "من إجمالي" (of a total). */
export const wholeNouns = "(?:أصل|اصل|مجموع|إجمالي|اجمالي)";

/** "من أصل"، "من مجموع"، "من إجمالي", with "الـ" before the whole's number: "من أصل الـ26". */
export const outOf = new RegExp(`(?:^|\\s)(من\\s+${wholeNouns})\\s*(?:الـ|ال)?\\s*$`, "u");

/** Nothing but "من أصل" between a part and its whole: "29 من أصل 62". */
const bareOutOf = new RegExp(`^\\s*من\\s+${wholeNouns}\\s*(?:الـ|ال)?\\s*$`, "u");

/** How far the counted noun of the part may run before "من أصل" ("4 أشخاص مبحوث عنهم من طرف العدالة المغربية، من أصل 22"). */
const partWordsReach = 64;

/** A comma right before "من أصل": "5 أشخاص مبحوث عنهم من طرف العدالة المغربية، من أصل 22 شخصا". */
const commaBeforeOutOf = /[،,]\s*(?=من\s+\S+\s*(?:الـ|ال)?\s*$)/u;

/** The words "من أصل" between a count and the next number, when nothing else but the first count's noun stands between. */
function outOfWords(text: string, part: NumberMention, whole: NumberMention): string | undefined {
  const between = text.slice(part.end, whole.start);
  const out = outOf.exec(between);
  if (!out || between.length > partWordsReach || /[.،,؛;:!؟?\n]/u.test(between.replace(commaBeforeOutOf, " "))) return undefined;
  return out[1];
}

/** Holds back each count that the next count's "من أصل" makes a part of the same figure (see above). */
export function holdBackPartsOfNext(text: string, mentions: readonly NumberMention[], outcomes: Map<NumberMention, Outcome>): void {
  for (let index = 0; index + 1 < mentions.length; index++) {
    const part = mentions[index]!;
    const whole = mentions[index + 1]!;
    const words = outOfWords(text, part, whole);
    if (!words) continue;
    const partOutcome = outcomes.get(part);
    const wholeOutcome = outcomes.get(whole);
    if (!partOutcome || !("reading" in partOutcome) || !wholeOutcome || !("reading" in wholeOutcome)) continue;
    const [a, b] = [partOutcome.reading, wholeOutcome.reading];
    if (a.status !== "figure") continue;
    // "تهم 37 إنابة من أصل 125 قضايا معروضة على محاكم الدار البيضاء": out of a whole the reading could not place
    // but that is the text's figure of the part's indicator and period (its 125 letters rogatory), the part is a
    // part of that figure. Not out of another whole ("1450 موظفا من أصل 1500 مبرمجين", a target).
    if (b.status === "unaccounted" && sameFigureElsewhere(outcomes, a, whole.value)) {
      const reason = `a part of the count after it («${words} ${text.slice(whole.start, whole.end)}»), the value the text gives elsewhere as its ${a.indicator.id} figure; not that whole figure`;
      outcomes.set(part, { ...partOutcome, reading: withheld(a, reason) });
      continue;
    }
    if (b.status !== "figure") continue;
    // A part with nothing of its own before "من أصل" ("29 من أصل 62 مغربيا طيلة السنة") names no period of its own either.
    const bare = bareOutOf.test(text.slice(part.end, whole.start));
    if (a.indicator.id !== b.indicator.id || (a.period !== b.period && !bare) || a.category !== b.category) continue;
    const reason = `a part of the count after it («${words} ${text.slice(whole.start, whole.end)}»), not the whole figure ${a.indicator.id} counts`;
    outcomes.set(part, { ...partOutcome, reading: withheld(a, reason) });
  }
}

/** Whether the text reads `value` elsewhere as the figure `reading` would be, of the same indicator, period and category. */
function sameFigureElsewhere(outcomes: Map<NumberMention, Outcome>, reading: FigureReading, value: number): boolean {
  for (const outcome of outcomes.values()) {
    if (!("reading" in outcome)) continue;
    const other = outcome.reading;
    if (other.status === "figure" && other.value === value && other.indicator.id === reading.indicator.id && other.period === reading.period && other.category === reading.category) return true;
  }
  return false;
}

/** How far before a whole's number the clause it opens may start: "، فمن أصل الـ". */
const openingOutOfReach = 24;

/** Whether "من أصل" (or "من مجموع") opens the text or a clause right before the number at `start`: "…: فمن أصل 162 إنابة". */
export function opensOnOutOf(text: string, start: number): boolean {
  const from = Math.max(0, start - openingOutOfReach);
  const lead = text.slice(from, start);
  return (from === 0 && openingOutOf.test(lead)) || outOfAfterMark.test(lead);
}

/** "من أصل" (or "من مجموع") opening a sentence or its line, right before its first number: "من أصل خمس عمليات …، تمت ثلاث". */
const openingOutOf = new RegExp(`^[\\s"«]*[وف]?(من\\s+${wholeNouns})\\s*(?:الـ|ال)?\\s*$`, "u");

/** The same, after a sentence's or a clause's mark. */
const outOfAfterMark = new RegExp(`[.:：!؟?\\n،,]${openingOutOf.source.slice(1)}`, "u");

/**
 * Holds back the count after a whole the sentence opens on with "out of" ("من أصل خمس عمليات للتسليم المراقب أنجزت سنة
 * 2024، تمت ثلاث عمليات بتنسيق مع الشريك الإسباني"): the same figure, smaller, is a part of that whole.
 */
export function holdBackPartsOfOpeningWhole(text: string, sentenceStart: number, mentions: readonly NumberMention[], outcomes: Map<NumberMention, Outcome>): void {
  const [whole, part] = mentions.filter((m) => m.kind === "number" || m.kind === "percent");
  if (!whole || !part) return;
  // Its line, when a heading above it is read with it ("العمليات المشتركة⏎من أصل خمس عمليات …").
  const opening = Math.max(sentenceStart, text.lastIndexOf("\n", whole.start - 1) + 1);
  const words = openingOutOf.exec(text.slice(opening, whole.start))?.[1];
  const wholeOutcome = outcomes.get(whole);
  const partOutcome = outcomes.get(part);
  if (!words || !wholeOutcome || !("reading" in wholeOutcome) || !partOutcome || !("reading" in partOutcome)) return;
  const [a, b] = [wholeOutcome.reading, partOutcome.reading];
  if (a.status !== "figure" || b.status !== "figure" || a.indicator.id !== b.indicator.id || a.period !== b.period || a.category !== b.category || b.value >= a.value) return;
  const reason = `a part of the whole the sentence opens on («${words} ${text.slice(whole.start, whole.end)}»), not the whole figure ${b.indicator.id} counts`;
  outcomes.set(part, { ...partOutcome, reading: withheld(b, reason) });
}

/** A count's noun, then "out of the total of" and a word, no number: "47 ملفا من مجموع ملفات الموقوفين". */
/** Whether the words after a count make it a part of a whole they name without a number ("47 ملفا من مجموع ملفات الموقوفين"). */
export const partOfUnnamedWhole = (text: string, mention: NumberMention) => ofUnnamedWhole.test(text.slice(mention.end, mention.end + 60));

const ofUnnamedWhole = new RegExp(`^[^\\S\\n]*\\p{L}+[^\\S\\n]+(من[^\\S\\n]+${wholeNouns}[^\\S\\n]+\\p{L}+(?:[^\\S\\n]+\\p{L}+)?)`, "u");

/**
 * Holds back a count that its words make a part of a whole they name without a number ("فيما يتعلق 47 ملفا من مجموع
 * ملفات الموقوفين بالاتجار الدولي في المخدرات"): a part of something else than what the indicator counts in whole.
 */
export function holdBackPartsOfUnnamedWhole(text: string, mentions: readonly NumberMention[], outcomes: Map<NumberMention, Outcome>): void {
  holdBackWholeFigures(mentions, outcomes, (mention, indicatorId) => {
    const whole = ofUnnamedWhole.exec(text.slice(mention.end, mention.end + 60))?.[1];
    return whole && `a part of a whole its words name without a number («${whole}»), not the whole figure ${indicatorId} counts`;
  });
}

/** The evidence of a count read as going on from the figure before it, or with its noun not said again (indicator-choice.ts). */
export const continuesTheFigureBefore = "continues the figure before it";
export const elidedNounOfTheFigureBefore = "counted (the noun of the count before it, not said again)";

/**
 * Holds back a count of some of the persons an action counted ("فإن 6 من الموقوفين تم ضبطهم بمدن العيون والداخلة":
 * six of the arrested; grammar-words result_partitives): a part of the count, not the count; so are the counts going on
 * from it.
 */
export function holdBackPartitives(text: string, mentions: readonly NumberMention[], outcomes: Map<NumberMention, Outcome>): void {
  let partitive: string | undefined;
  holdBackWholeFigures(mentions, outcomes, (mention, indicatorId, evidence) => {
    const noun = /^[^\S\n]+من[^\S\n]+(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 30))?.[1];
    if (noun && grammarWords.result_partitives.includes(foldWord(noun))) {
      partitive = `${text.slice(mention.start, mention.end)} من ${noun}`;
      return `some of «${noun}» («${partitive}»), a part of the count, not the whole figure ${indicatorId} counts`;
    }
    // "يلاحق 58 من الموقوفين في قضايا الاتجار في المخدرات، و22 في قضايا النصب": the counts going on from it are parts too.
    if (partitive && (evidence.includes(continuesTheFigureBefore) || evidence.includes(elidedNounOfTheFigureBefore))) return `goes on from a part («${partitive}»), a part of the count too, not the whole figure ${indicatorId} counts`;
    partitive = undefined;
    return undefined;
  });
}

/**
 * Holds back each figure of an indicator of a whole (no part_of) for which `partReason` gives a reason: its words
 * make it a part. A part the indicator counts as such ("29 إنابة من أصل هذا العدد" tied to drug trafficking) is read already.
 */
function holdBackWholeFigures(mentions: readonly NumberMention[], outcomes: Map<NumberMention, Outcome>, partReason: (mention: NumberMention, indicatorId: string, evidence: string) => string | undefined): void {
  for (const mention of mentions) {
    const outcome = outcomes.get(mention);
    if (!outcome || !("reading" in outcome) || outcome.reading.status !== "figure" || outcome.reading.indicator.part_of !== undefined) continue;
    const reason = partReason(mention, outcome.reading.indicator.id, outcome.reading.evidence);
    if (reason) outcomes.set(mention, { ...outcome, reading: withheld(outcome.reading, reason) });
  }
}
