// A qualifier a verb gives a number across the measure it names: "تجاوز عددها ستة آلاف" (more than 6,000),
// "ناهزت نسبتها 14 في المائة" (about 14), "لم تتجاوز نسبة الدورات الحضورية منها 18 في المائة" (at most 18). The
// recognizer reads a qualifier written right before the number; this one stands before the measure's noun, or
// after the number ("16٪ تقريبا").
import type { NumberMention } from "../types/number-mention.ts";
import { sameStem, wordIsAny, wordMatchesAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { cuePhrase, phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";
import { yearNouns } from "./years.ts";

type Qualifier = NonNullable<NumberMention["qualifier"]>;

/**
 * How many words a negated verb of exceeding may stand before the number: the verb and a subject of a few words
 * ("لم تتجاوز ملفات تبادل معطيات قواعد البيانات الشرطية 9 في المائة").
 */
const negatedReach = 7;

/** As far, when a measure noun names its subject: "لم يتجاوز فيه عدد الموقوفين في النصف الأول من 2017 ما مجموعه 37". */
const negatedMeasureReach = 12;

/** Whether `word` after `previous` is a verb of exceeding negated the Moroccan way: "ما تعداش"، "ما فاتش". */
function exceedingNegatedInDarija(previous: Word, word: Word): boolean {
  if (!/^[وف]?ما$/u.test(previous.folded) || !/.{2}ش$/u.test(word.folded)) return false;
  const verb = word.folded.slice(0, -1).replace(/ا$/u, "ي");
  return wordMatchesAny(verb, grammarWords.qualifier_verbs.gt) || wordMatchesAny(word.folded.slice(0, -1), grammarWords.qualifier_verbs.gt);
}

/** The qualifier of a verb among `before` (the clause before the number) followed by a measure noun, if any. */
export function verbQualifier(before: readonly Word[]): { qualifier: Qualifier; verb: Word } | undefined {
  const verbs = grammarWords.qualifier_verbs;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i]!;
    const negated = i > 0 && wordIsAny(before[i - 1]!, grammarWords.negations);
    // "did not exceed" bounds the number across its subject too: "لم تتجاوز قضايا الإرهاب 6 بالمائة" (at most 6),
    // and right before it: "بعدما كان لا يتعدى 40 شخصا".
    if (negated && before.length - i <= negatedReach && wordIsAny(word, verbs.gt)) return { qualifier: "lte", verb: word };
    const measured = before.slice(i + 1, i + 3).some((w) => wordIsAny(w, grammarWords.measure_nouns));
    if (negated && measured && before.length - i <= negatedMeasureReach && wordIsAny(word, verbs.gt)) return { qualifier: "lte", verb: word };
    // Moroccan Arabic negates between "ما" and "ش": "فما تعداش عددها 401 إعلان" (did not exceed: at most 401).
    if (measured && i > 0 && exceedingNegatedInDarija(before[i - 1]!, word)) return { qualifier: "lte", verb: word };
    // "ناهز فيه عدد المبحوث عنهم …" (in it): the measure noun may follow "فيه".
    const skip = before[i + 1] !== undefined && wordIsAny(before[i + 1]!, grammarWords.in_it) ? 1 : 0;
    const next = before[i + 1 + skip];
    // "لتناهز الحصيلة السنوية 6 آلاف ملف": nearing, a result's noun too (not exceeding: "يفوق حصيلة سنة 2018 التي
    // استقرت في 4.060 ملفا" compares with the result, whose number is exact).
    if (next && !negated && wordIsAny(next, grammarWords.result_nouns) && wordIsAny(word, verbs.approx)) return { qualifier: "approx", verb: word };
    // "يتجاوز بنسبة 20 في المائة الحصيلة": by a rate, the amount it exceeds by, no bound.
    if (!next || !wordIsAny(next, grammarWords.measure_nouns) || /^ب/u.test(next.folded)) continue;
    if (wordIsAny(word, verbs.gt)) return { qualifier: negated ? "lte" : "gt", verb: word };
    if (wordIsAny(word, verbs.approx) && !negated) return { qualifier: "approx", verb: word };
  }
  return undefined;
}

/**
 * A threshold noun right before the number ("عتبة 6 آلاف ملف") takes the qualifier of the verb that governs it,
 * earlier in the sentence: "تخطى عدد الملفات …، خلال السنة التي نودعها، عتبة 6 آلاف ملف" (more than 6,000).
 */
export function thresholdQualifier(before: readonly Word[], opening: readonly Word[]): { qualifier: Qualifier; verb: Word } | undefined {
  const threshold = before.at(-1);
  if (!threshold || !wordIsAny(threshold, grammarWords.thresholds)) return undefined;
  const words = [...opening, ...before];
  const verbs = grammarWords.qualifier_verbs;
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i]!;
    const negated = i > 0 && wordIsAny(words[i - 1]!, grammarWords.negations);
    // "متجاوزا لأول مرة حاجز سبعة آلاف ملف": a participle of exceeding governs the threshold as its verb does.
    if (wordIsAny(word, verbs.gt) || wordIsAny(word, grammarWords.exceeding_participles)) return { qualifier: negated ? "lte" : "gt", verb: word };
    if (wordIsAny(word, verbs.approx) && !negated) return { qualifier: "approx", verb: word };
  }
  return undefined;
}

/**
 * A number opening its clause takes the qualifier of the verb opening its sentence, when only clauses without
 * figures stand between: "قاربت الملفات التي عالجها القطب، خلال النصف الأول من السنة الجارية، 3700 ملف" (about
 * 3,700).
 */
export function openingVerbQualifier(before: readonly Word[], opening: readonly Word[]): { qualifier: Qualifier; verb: Word } | undefined {
  const verb = opening[0];
  if (before.length > 0 || !verb || opening.some((w) => /\p{N}/u.test(w.folded))) return undefined;
  const verbs = grammarWords.qualifier_verbs;
  if (wordIsAny(verb, verbs.gt)) return { qualifier: "gt", verb };
  if (wordIsAny(verb, verbs.approx)) return { qualifier: "approx", verb };
  return undefined;
}

/**
 * How many words before the previous number its negated verb may stand for a number coordinated with it to take
 * its bound: the verb and a short subject ("لم تتجاوز قضايا الإرهاب 6 في المائة"). Not as far as the verb's own reach:
 * the further back, the likelier the verb governs another number ("لم يتجاوز 70 شخصا، من بينهم 38 مغربيا …، و…").
 */
const elidedVerbReach = 5;

/** How many words the coordinated subject of an elided verb may have: "وقضايا نقل السجناء". */
const coordinatedReach = 4;

/**
 * A number coordinated with the one before it, the verb elided ("لم تتجاوز قضايا الإرهاب 6 في المائة، وقضايا نقل
 * السجناء 3 في المائة"), may take the bound the previous number's negated verb gives it (at most 3) or be exact:
 * readers differ, so such a number is held back (`elided`).
 */
export function coordinatedQualifier(before: readonly Word[], opening: readonly Word[], lead: readonly Word[] = []): { qualifier: Qualifier; verb: Word; elided: boolean } | undefined {
  // "و" written on the number itself ("لم تتعد 3 في المائة بالنسبة للسنغال و2 في المائة بالنسبة لموريتانيا").
  const joined = before.length === 0 && lead.at(-1)?.folded === "و";
  if (!joined && (before.length === 0 || before.length > coordinatedReach || !before[0]!.folded.startsWith("و"))) return undefined;
  let previous = opening.length - 1;
  while (previous >= 0 && !/^\p{Nd}+$/u.test(opening[previous]!.folded)) previous--;
  if (previous < 0) return undefined;
  const found = verbQualifier(opening.slice(Math.max(0, previous - elidedVerbReach), previous));
  if (found?.qualifier !== "lte") return undefined;
  // "إذ لم يتعد 58 شخصا سنة 2013 ولا 61 سنة 2014": "nor" says the negation again, and with it the bound.
  return before[0]?.folded === "ولا" ? { ...found, elided: false } : { ...found, elided: true };
}

/** How many words a negated "to be" may stand before a verb of exceeding written with its number: "لم يكن عدد الملفات التي نعالجها يتجاوز 900". */
const beingReach = 10;

/** The negated "to be" ("لم يكن", "ما كان") that turns the verb of exceeding right before the number into "at most", if any. */
function negatedBeing(before: readonly Word[]): Word | undefined {
  const near = before.slice(-beingReach);
  return near.find((w, i) => i > 0 && ((wordIsAny(w, grammarWords.negated_being) && wordIsAny(near[i - 1]!, grammarWords.negations)) || (wordIsAny(w, grammarWords.negated_past_being) && near[i - 1]!.folded === "ما")));
}

/** How many words a verb's subject may have when the number's own noun names it: "تجاوزت إعلانات البحث الواردة من شعب الاتصال العربية 330 إعلانا". */
const subjectReach = 8;

/**
 * A verb of exceeding or nearing whose subject is what the number counts, its noun said again after the number
 * ("تخطت إعلانات البحث العربية 150 إعلانا": more than 150) or in it, a dual ("لم تتجاوز العمليات … التي شارك فيها
 * عمليتين اثنتين": at most 2; "لم تتجاوز المشاركة في العمليات … عمليتين"), where no measure noun ("عدد") stands between. `own`: the number's first word.
 */
export function verbOverOwnNoun(before: readonly Word[], after: readonly Word[], own?: Word): { qualifier: Qualifier; verb: Word } | undefined {
  const nouns = [after[0], own].filter((w): w is Word => w !== undefined);
  if (nouns.length === 0) return undefined;
  const verbs = grammarWords.qualifier_verbs;
  for (let i = before.length - 2; i >= Math.max(0, before.length - subjectReach - 1); i--) {
    const word = before[i]!;
    // The noun may follow the verbal noun it is the object of: "لم تتجاوز المشاركة في العمليات … عمليتين".
    if (!before.slice(i + 1, i + 1 + subjectNounReach).some((w) => nouns.some((noun) => sameStem(w.folded, noun.folded)))) continue;
    const negated = i > 0 && wordIsAny(before[i - 1]!, grammarWords.negations);
    if (wordIsAny(word, verbs.gt)) return { qualifier: negated ? "lte" : "gt", verb: word };
    if (wordIsAny(word, verbs.approx) && !negated) return { qualifier: "approx", verb: word };
  }
  return undefined;
}

/** How many words after the verb the noun of its subject may stand: "المشاركة في العمليات". */
const subjectNounReach = 3;

/** How far after the number a trailing qualifier may stand: right after it, or after its counted noun. */
const trailingReach = 2;

/** A qualifier written after the number ("16٪ تقريبا", "74 شخصا على الأقل"), if any. */
export function trailingQualifier(after: readonly Word[]): { qualifier: Qualifier; verb: Word } | undefined {
  const trailing = grammarWords.trailing_qualifiers;
  for (let i = 0; i < Math.min(trailingReach, after.length); i++) {
    for (const code of ["approx", "gt", "gte", "lte"] as const) {
      if (trailing[code].some((phrase) => phraseAt(after, i, cuePhrase(phrase)))) return { qualifier: code, verb: after[i]! };
    }
  }
  return undefined;
}

/**
 * "7215 ملفا المسجلة سنة 2024": the figure recorded for a period named after its noun. A verb of exceeding before
 * it ("وهو رقم قياسي جديد يتجاوز 7215 ملفا المسجلة سنة 2024") compares its subject with that figure, which is
 * exact: the bound is its subject's.
 */
export function recordedForPeriod(after: readonly Word[]): boolean {
  const recorded = after.slice(0, 2).findIndex((w) => wordIsAny(w, grammarWords.recorded));
  return recorded >= 0 && after.slice(recorded + 1, recorded + 4).some((w) => /^\p{N}{4}$/u.test(w.folded) || wordIsAny(w, yearNouns));
}

const verbAdverbs = grammarWords.verb_adverbs.map(cuePhrase);

/** How many words at the end of `before` an adverb of time ("لأول مرة") takes, or 0. */
function adverbBefore(before: readonly Word[]): number {
  const phrase = verbAdverbs.find((p) => before.length > p.length && phraseAt(before, before.length - p.length, p));
  return phrase?.length ?? 0;
}

/** How many words of the lead (back to the last clause mark or figure) a verb across its measure may stand in when the clause was cut after it: "بعدما لم يتعد عددها 29". */
const leadReach = 4;

/**
 * The number with the qualifier its clause gives it: its own (the recognizer's), else a verb's (across its
 * measure, a threshold, or opening the sentence), else one written after it. `opening`: the sentence's words
 * before the number's clause; `lead`: its words back to the last clause mark or figure; `own`: the number's first
 * word (a dual's noun).
 */
export function qualified(mention: NumberMention, before: readonly Word[], after: readonly Word[], opening: readonly Word[], lead: readonly Word[] = [], own?: Word): { mention: NumberMention; verb: Word | null; elided: boolean } {
  // "لم يكن عددها يتعدى 96 إنابة": the recognizer's "more than", or a verb of exceeding right before the number it does not read.
  // "الذي فاق لأول مرة مائة موقوف": words of time may stand between the verb and its number (grammar-words verb_adverbs).
  const adverb = adverbBefore(before);
  const verbed = adverb ? before.slice(0, -adverb) : before;
  const exceeding = mention.qualifier === "gt" || (mention.qualifier === undefined && verbed.length > 0 && wordMatchesAny(verbed.at(-1)!.folded, grammarWords.qualifier_verbs.gt));
  const negation = exceeding ? negatedBeing(before) : undefined;
  if (negation) return { mention: { ...mention, qualifier: "lte" }, verb: negation, elided: false };
  if (mention.qualifier === "gt" && recordedForPeriod(after)) return { mention: { ...mention, qualifier: undefined }, verb: null, elided: false };
  if (mention.qualifier !== undefined) return { mention, verb: null, elided: false };
  // "لأول مرة نتجاوز ستة آلاف ملف": a form of a verb of exceeding the recognizer does not list, right before the number.
  if (exceeding && !recordedForPeriod(after)) {
    const verb = verbed.at(-1)!;
    const negated = verbed.length > 1 && wordMatchesAny(verbed.at(-2)!.folded, grammarWords.negations);
    return { mention: { ...mention, qualifier: negated ? "lte" : "gt" }, verb, elided: false };
  }
  const found = verbQualifier(before) ?? verbQualifier(lead.slice(-leadReach)) ?? verbOverOwnNoun(before, after, own) ?? thresholdQualifier(before, opening) ?? openingVerbQualifier(before, opening) ?? coordinatedQualifier(before, opening, lead) ?? trailingQualifier(after);
  return found ? { mention: { ...mention, qualifier: found.qualifier }, verb: found.verb, elided: "elided" in found && found.elided === true } : { mention, verb: null, elided: false };
}
