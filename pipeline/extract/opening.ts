// A sentence that opens with its period gives that period to each of its clauses that names none of its own:
// set off by a comma before any figure ("وفي عام 2017، كانت المديرية قد عالجت 3190 ملفا، ونشرت 81 أمرا دوليا
// بالقبض"; "ومنذ 2015، ..."), or a period phrase among its first words ("وفي السنة الموالية ارتفع عدد الملفات
// إلى 3720 ملفا، وبلغ عدد الإنابات القضائية 104 إنابات"; "أما سنة 2018 فقد عالج فيها القطب 4010 ملفات، مع
// 117 إنابة"): the comma ends the phrase, not what it governs.
import type { PeriodPhrases } from "../types/catalogue-periods.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { agreedPeriod, type PeriodClaim, type PeriodContext, type PeriodReading, readPeriods } from "./periods.ts";
import { wordIsAny } from "./cue-match.ts";
import { grammarWords } from "./grammar-words.ts";
import { findPhrases } from "./phrases.ts";
import { type Word, wordsWithin } from "./words.ts";
import { isYearWord, wordValue, yearNouns } from "./years.ts";
import { withPart } from "./year-parts.ts";
import { yearsAgo } from "./years-ago.ts";
import { parsePeriod } from "../lib/period.ts";

/** Longer than this, the words before the first comma are a clause of their own, not an opening phrase. */
const openingWords = 8;

const openingMark = /[،,؛;]/u;

const isFigure = (mention: NumberMention) => mention.kind === "number" || mention.kind === "percent";

/** What the sentence's opening phrase says of the period, or null when it has none. */
export function openingPeriod(
  text: string,
  words: readonly Word[],
  sentence: { start: number; end: number },
  mentions: readonly NumberMention[],
  reference: string,
  phrases: PeriodPhrases,
  context: PeriodContext,
): PeriodReading | null {
  const firstFigure = mentions.find(isFigure);
  const until = firstFigure ? firstFigure.start : sentence.end;
  const from = (start: number) => openingFrom(text, words, start, until, mentions, reference, phrases, context);
  // "حين نعود إلى أرشيف الجريدة: ففي النصف الأول من سنة 2023، بلغ …": the statement after a colon may open on its own period.
  const colon = afterColon(text, sentence.start, until);
  return from(sentence.start) ?? (colon > sentence.start ? from(colon) : null);
}

/**
 * The comparison phrases of some words, but "للمقارنة" set off by a mark ("للمقارنة، حصيلة 2024 كاملة كانت …",
 * "للمقارنة - سنة 2018: 4.060 ملفا"), which compares nothing it governs: what follows is the other period's own.
 */
function comparisonsIn(text: string, words: readonly Word[], phrases: PeriodPhrases) {
  return findPhrases(words, phrases.comparisons).filter((m) => !(words[m.index]!.folded.endsWith("مقارنه") && /^\s*[،,؛;:：\-–—]/u.test(text.slice(m.end, m.end + 3))));
}

/** The opening period of the words from `start` to the first figure (`until`). */
function openingFrom(text: string, words: readonly Word[], start: number, until: number, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodReading | null {
  const mark = text.slice(start, until).search(openingMark);
  const read = (end: number) => {
    const opening = wordsWithin(words, start, end).slice(0, openingWords);
    // "وبالمقارنة مع سنة 2023، …" names the base of the sentence's comparisons, not its period; "للمقارنة، حصيلة
    // 2024 كاملة كانت …" (for comparison,) compares nothing it governs. A verb before a comma still governs what
    // follows the aside: "2021 تجاوزت، لأول مرة، مستوى 2019".
    if (comparisonsIn(text, opening, phrases).length > 0) return { opening, reading: { claims: [] } as PeriodReading };
    const years = mentions.filter((m) => m.kind === "year" && m.start >= start && m.end <= (opening.at(-1)?.end ?? start));
    return { opening, reading: readPeriods({ words: opening, years }, reference, phrases, context) };
  };
  if (mark >= 0 && wordsWithin(words, start, start + mark).length <= openingWords) {
    const { opening, reading } = read(start + mark);
    if ("unclear" in reading) return reading;
    const agreed = agreedPeriod(reading.claims);
    const later = "period" in agreed ? setOffPeriod(text, words, start, until, mentions, reference, phrases, context) : null;
    if ("period" in agreed) return { claims: [yearsAgo(opening, phrases).length > 0 ? partNamedLater(agreed.period, later) : partSetOffLater(agreed.period, later)] };
  }
  return labelPeriod(text, words, start, until, mentions, reference, phrases, context) ?? leadingPeriod(read(until)) ?? setOffPeriod(text, words, start, until, mentions, reference, phrases, context) ?? explainedPeriod(text, words, start, until, mentions, reference, phrases, context);
}

/**
 * "وتؤكد المؤشرات الأولية لسنة 2025 استمرار هذا المنحى، إذ عالجت المصالح، خلال النصف الأول من السنة، 3690 ملفا":
 * a part set off later without a year of its own is a part of the whole year the sentence opens on.
 */
function partSetOffLater(opening: PeriodClaim, later: PeriodReading | null): PeriodClaim {
  const claim = later && "claims" in later && later.claims.length === 1 ? later.claims[0]! : undefined;
  if (claim?.partWithoutYear === undefined || parsePeriod(opening.period).part !== null) return opening;
  return { period: withPart(opening.period, claim.partWithoutYear), start: opening.start, end: claim.end };
}

/**
 * "قبل ثماني سنوات، في النصف الأول من 2016، لم يتجاوز هذا الرقم 1410 ملفات" in a report on 2024-H2: years back
 * give the year and, unsaid, the report's part; a part of that year named after them is the period.
 */
function partNamedLater(opening: PeriodClaim, later: PeriodReading | null): PeriodClaim {
  const claim = later && "claims" in later && later.claims.length === 1 ? later.claims[0]! : undefined;
  const named = claim && parsePeriod(claim.period);
  return named && named.part !== null && named.year === parsePeriod(opening.period).year ? { period: claim!.period, start: opening.start, end: claim!.end } : opening;
}

/**
 * A first clause naming one period, and no figure, that the clause after the comma explains ("إذ", "حيث": grammar-words
 * reason_openers): "وأضاف أن المؤشرات الأولية للنصف الأول من سنة 2023 تؤكد المنحى نفسه، إذ تمت معالجة 3104 ملفات،
 * وتتبع 71 إنابة" gives its period to the counts that explain it, however long it is.
 */
function explainedPeriod(text: string, words: readonly Word[], start: number, until: number, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodReading | null {
  const mark = text.slice(start, until).search(openingMark);
  if (mark < 0) return null;
  const next = wordsWithin(words, start + mark + 1, until)[0];
  if (!next || !wordIsAny(next, grammarWords.reason_openers)) return null;
  const clause = wordsWithin(words, start, start + mark);
  // Only a clause that states what the period shows: not one that compares, denies or says what something remains ("ولم يكن
  // هذا الارتفاع وليد النصف الثاني من السنة، إذ …", "يظل أدنى بقليل من حصيلة النصف الثاني، إذ …").
  const qualified = clause.some((w) => wordIsAny(w, grammarWords.negations) || wordIsAny(w, grammarWords.remaining_verbs) || wordIsAny(w, grammarWords.elatives));
  if (qualified || findPhrases(clause, phrases.comparisons).length > 0) return null;
  const reading = readPeriods({ words: clause, years: mentions.filter((m) => m.kind === "year" && m.start >= start && m.end <= start + mark) }, reference, phrases, context);
  if (!("claims" in reading)) return null;
  const agreed = agreedPeriod(reading.claims);
  return "period" in agreed ? { claims: [agreed.period] } : null;
}

/**
 * The period of a label before its colon and the list after it ("الحصيلة السنوية لسنة 2025: 7870 ملفا، و176 إنابة …",
 * after "للتذكير،" maybe), wherever it stands in the label; or of a results label before a colon that opens the
 * sentence ("حصيلة النصف الأول: عالجت المصالح بين يناير ويونيو 1850 ملفا، وتابعت 53 إنابة"). Null when there is none.
 */
function labelPeriod(text: string, words: readonly Word[], start: number, until: number, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodReading | null {
  const before = text.slice(start, until);
  const atEnd = /[:：]\s*$/u.test(before);
  const colon = atEnd ? before.search(/[:：]\s*$/u) : before.search(/[:：]/u);
  if (colon < 0 || (!atEnd && openingMark.test(before.slice(0, colon)))) return null;
  const labelEnd = start + colon;
  const labelStart = start + before.slice(0, colon).search(/[^،,؛;|]*$/u);
  const label = wordsWithin(words, labelStart, labelEnd);
  // "نسب التغير مقارنة بسنة 2024:" names the base of the changes under it, not their period. Before the first
  // figure's clause, only a label naming results: not "تصحيح (١٧ يوليو ٢٠١٩):" nor "من باب الإنصاف:".
  if (label.length > openingWords || comparisonsIn(text, label, phrases).length > 0) return null;
  if (!atEnd && !label.some((w) => wordIsAny(w, grammarWords.results_of_period))) return null;
  const reading = readPeriods({ words: label, years: mentions.filter((m) => m.kind === "year" && m.start >= labelStart && m.end <= labelEnd) }, reference, phrases, context);
  // A statement after the colon says its own period ("تؤكد الحصيلة ما لاحظناه منذ سنوات: فقد عالج القطب 7980 ملفا").
  if ("unclear" in reading) return atEnd ? reading : null;
  const agreed = agreedPeriod(reading.claims);
  return "period" in agreed ? { claims: [agreed.period] } : null;
}

/**
 * A period phrase set off by commas before the first figure, and nothing else between them ("وكانت المديرية قد
 * أعلنت، خلال السنة الماضية، عن توقيف 89 مبحوثا"): the sentence's period, as an opening phrase is. Not a phrase
 * that dates something else ("، في بلاغ صدر سنة 2023،"): the period must take all of it past its first words, unless
 * the phrase names results ("، في حصيلتها السنوية برسم سنة 2024،").
 */
function setOffPeriod(text: string, words: readonly Word[], start: number, until: number, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): PeriodReading | null {
  const marks = [...text.slice(start, until).matchAll(/[،,؛;]/gu)].map((m) => start + m.index);
  const segmentPeriod = (i: number) => {
    // "، أي في النصف الثاني من 2023،": "that is" restates the period, it is no word of the phrase.
    const segment = resultsBeforeRelative(withoutRestating(wordsWithin(words, marks[i]! + 1, marks[i + 1]!)));
    const results = namesResults(segment);
    if (segment.length === 0 || segment.length > (results ? resultsAsideWords : setOffWords) || findPhrases(segment, phrases.comparisons).length > 0) return undefined;
    const years = mentions.filter((m) => m.kind === "year" && m.start >= segment[0]!.start && m.end <= segment.at(-1)!.end);
    const reading = readPeriods({ words: segment, years }, reference, phrases, context);
    if (!("claims" in reading)) return undefined;
    const agreed = agreedPeriod(reading.claims);
    if (!("period" in agreed)) return undefined;
    // "لم يكن القسم يعالج سنة 2016، على امتداد السنة كلها، أكثر من 2950 ملفا": "the whole year" right after a year is that year's.
    const yearBefore = wordsWithin(words, start, marks[i]!).at(-1);
    if (agreed.period.yearless && yearBefore !== undefined && isYearWord(yearBefore)) return { period: String(wordValue(yearBefore)), start: yearBefore.start, end: segment.at(-1)!.end };
    const limit = segment[Math.min(leadReach, segment.length - 1)]!.start;
    // "، خلال النصف الأول من السنة،": a part's phrase may end on "of the year" (the year its part is of).
    const rest = segment.filter((w) => w.start >= agreed.period.end);
    const ofTheYear = rest.every((w) => w.folded === "من" || wordIsAny(w, yearNouns) || wordIsAny(w, phrases.ongoing_year_words));
    return results || (agreed.period.start <= limit && (agreed.period.end >= segment.at(-1)!.end || ofTheYear)) ? agreed.period : undefined;
  };
  for (let i = 0; i + 1 < marks.length; i++) {
    const period = segmentPeriod(i);
    if (!period) continue;
    // "، قبل ثلاث سنوات، أي في سنة 2012 بأكملها،": the phrase that restates it says it more precisely.
    const restated = i + 2 < marks.length && restates(wordsWithin(words, marks[i + 1]! + 1, marks[i + 2]!)) ? segmentPeriod(i + 1) : undefined;
    return { claims: [restated ?? period] };
  }
  return null;
}

/**
 * An aside that names the period of results ("، في حصيلتها السنوية برسم سنة 2024،"), opening on a preposition
 * (grammar-words aside_openers, results_of_period): its period is the sentence's wherever it stands in it.
 */
const namesResults = (segment: readonly Word[]) =>
  segment[0] !== undefined && grammarWords.aside_openers.includes(segment[0].folded) && segment.some((w) => wordIsAny(w, grammarWords.results_of_period));

/** Longer than this, an aside naming results is a clause of its own. */
const resultsAsideWords = 8;

/**
 * An aside naming results, up to a relative clause that describes them ("، في حصيلة سنة 2020 التي طبعتها القيود
 * المفروضة لمواجهة جائحة كوفيد-19،"): the period is the results', however long the description.
 */
function resultsBeforeRelative(segment: readonly Word[]): readonly Word[] {
  const relative = segment.findIndex((w, k) => k > 0 && grammarWords.relatives.includes(w.folded));
  return relative > 0 && namesResults(segment.slice(0, relative)) ? segment.slice(0, relative) : segment;
}

const restates = (segment: readonly Word[]) => segment[0] !== undefined && wordIsAny(segment[0], grammarWords.restating);
const withoutRestating = (segment: Word[]) => (restates(segment) ? segment.slice(1) : segment);

/** Longer than this, words set off by commas are a clause of their own, not a period phrase. */
const setOffWords = 5;

/**
 * The period each statement after a colon opens with, past the sentence's first figure ("… حين ارتفع العدد بـ24 في
 * المائة، لكنها تبقى مرتفعة: فقبل أربع سنوات، سنة 2019، لم يتعد العدد 4480 ملفا"): by the colon's offset, for the
 * figures after it. A colon between digits is a time's.
 */
export function openingsAfterColons(text: string, words: readonly Word[], sentence: { start: number; end: number }, mentions: readonly NumberMention[], reference: string, phrases: PeriodPhrases, context: PeriodContext): Array<{ from: number; reading: PeriodReading }> {
  const firstFigure = mentions.find(isFigure);
  const openings: Array<{ from: number; reading: PeriodReading }> = [];
  if (!firstFigure) return openings;
  let next = 0;
  for (let i = firstFigure.end; i < sentence.end; i++) {
    if ((text[i] !== ":" && text[i] !== "：") || (/\p{Nd}/u.test(text[i - 1] ?? "") && /\p{Nd}/u.test(text[i + 1] ?? ""))) continue;
    while (next < mentions.length && mentions[next]!.start <= i) next++;
    // The statement up to the next colon: what opens it is read on its own words, a statement at a time.
    const end = nextColon(text, i + 1, sentence.end);
    let last = next;
    while (last < mentions.length && mentions[last]!.start < end) last++;
    const statement = mentions.slice(next, last);
    const reading = statement.some(isFigure) ? openingPeriod(text, words, { start: i + 1, end }, statement, reference, phrases, context) : null;
    if (reading) openings.push({ from: i + 1, reading });
  }
  return openings;
}

/** The offset of the next colon from `start` (not a time's), or `end`. */
function nextColon(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    if ((text[i] === ":" || text[i] === "：") && !(/\p{Nd}/u.test(text[i - 1] ?? "") && /\p{Nd}/u.test(text[i + 1] ?? ""))) return i;
  }
  return end;
}

/**
 * Where the statement opens: after the last colon before the first figure ("حين نعود إلى أرشيف الجريدة: ففي
 * النصف الأول من سنة 2023، بلغ …"), else at the sentence's start. A colon between digits is a time's.
 */
function afterColon(text: string, start: number, until: number): number {
  for (let i = until - 1; i >= start; i--) {
    if ((text[i] === ":" || text[i] === "：") && !(/\p{Nd}/u.test(text[i - 1] ?? "") && /\p{Nd}/u.test(text[i + 1] ?? ""))) return i + 1;
  }
  return start;
}

/** How many of the sentence's first words may come before its leading period phrase: "وفي", "أما", "خلال". */
const leadReach = 2;


/** A period phrase among the sentence's first words ("وفي السنة الموالية …", "أما سنة 2018 فقد …"). */
function leadingPeriod({ opening, reading }: { opening: Word[]; reading: PeriodReading }): PeriodReading | null {
  // "ثم جاء عام 2020": the year's noun within reach, the year right after it.
  const yearNoun = opening[leadReach] !== undefined && wordIsAny(opening[leadReach]!, yearNouns);
  const limit = opening[leadReach + (yearNoun ? 1 : 0)]?.start ?? Infinity;
  if ("unclear" in reading) return reading.start <= limit ? reading : null;
  const leading = reading.claims.filter((c) => c.start <= limit);
  const agreed = agreedPeriod(leading);
  return "period" in agreed ? { claims: [agreed.period] } : null;
}

/** How many words into a sentence "during it" ("خلالها") may refer back to the period the sentence before opened on. */
const inItReach = 4;

/**
 * A sentence that opens with a continuation word ("كما نفذت المصالح الأمنية أربع عمليات"), or follows one that
 * only sets the scene (`sceneSet`: "ثم جاء عام 2020. أغلقت الحدود، … وتراجع العدد إلى 3950 ملفا"), and names no
 * period of its own goes on with the period the previous sentence of its paragraph opened with ("فسنة 2021 سجلت …").
 */
export function continuedPeriod(words: readonly Word[], sentence: { start: number; end: number }, previous: PeriodReading | null, continuations: readonly string[], sceneSet = false, underHeading = false): PeriodReading | null {
  if (!previous) return null;
  // "خلال الولاية الأولى، … . وقد انتقل الرقم خلالها من 2710 ملفات …": "during it" takes the unclear span back too;
  // so does a list's item under a heading that names one ("■ حتى نهاية شتنبر⏎- الإنابات القضائية: 127").
  if ("unclear" in previous) return underHeading || wordsWithin(words, sentence.start, sentence.end).slice(0, inItReach).some((w) => grammarWords.in_it.includes(w.folded)) ? previous : null;
  const first = wordsWithin(words, sentence.start, sentence.end)[0];
  if (!first || !(sceneSet || wordIsAny(first, continuations))) return null;
  return { claims: previous.claims.map((claim) => ({ ...claim })) };
}

/** Whether a sentence's opening names periods, none of them `period` ("خلال الأشهر الستة الأولى …" and 2020). */
export const openedOnOtherThan = (opening: PeriodReading | null | undefined, period: string): boolean =>
  opening !== null && opening !== undefined && "claims" in opening && opening.claims.length > 0 && opening.claims.every((claim) => claim.period !== period);

/**
 * Whether the sentence opens on a period said to stand alone ("وفي النصف الأول من السنة وحده، كان عدد الموقوفين قد
 * بلغ 74 شخصا"): it sets that part apart, and a sentence going on after it ("كما عممنا 3905 نشرات") does not take it.
 */
export function opensAlone(text: string, words: readonly Word[], sentence: { start: number; end: number }): boolean {
  const mark = text.slice(sentence.start, sentence.end).search(openingMark);
  if (mark < 0) return false;
  const opening = wordsWithin(words, sentence.start, sentence.start + mark);
  return opening.length <= openingWords && opening.some((w) => grammarWords.alone.includes(w.folded));
}
