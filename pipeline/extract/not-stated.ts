// Figures a text gives without stating them as its own: asked in a question, quoted from others' claims
// ("تداولت بعض المواقع أن …", a fact-check's "الادعاء" line), or forecast ("فقد يصل عدد الملفات إلى …"). They are
// held back, keeping what they were read as.
import { periodMonths } from "../lib/period.ts";
import { foldWord } from "../arabic/normalise.ts";
import type { NumberMention } from "../types/number-mention.ts";
import type { Span } from "./clauses.ts";
import { wordIsAny, wordIsBareCue } from "./cue-match.ts";
import { grammarWords, withoutConjunction } from "./grammar-words.ts";
import { cuePhrase, findPhrases, type PhraseMatch, phraseMatchAt } from "./phrases.ts";
import type { Reading } from "./reading.ts";
import { firstWordAt, type Word, wordsWithin } from "./words.ts";
import { shortLineAt } from "../text/lines.ts";
import { isYearWord } from "./years.ts";

/** The first word of a sentence in a list of grammar words: a correction's ("والصحيح هو 113 أمرا"), hearsay's ("تداولت بعض المواقع أن …"). */
export function firstWordOf(words: readonly Word[], sentence: Span, list: readonly string[]): Word | undefined {
  for (let i = firstWordAt(words, sentence.start); i < words.length && words[i]!.end <= sentence.end; i++) {
    if (wordIsAny(words[i]!, list)) return words[i];
  }
  return undefined;
}

const forecasts = grammarWords.forecasts.map(cuePhrase);
const conditionals = grammarWords.conditionals.map(cuePhrase);

/** Words of a forecast ("فقد يصل", "يتوقع"), or of a condition contrary to fact ("ولو"), which reaches its own clause only. */
export type Forecast = PhraseMatch & { conditional?: true };

/**
 * The words of a forecast in a sentence and of a condition contrary to fact, those it has: "لو استمر النمو في
 * حدود 14 في المائة، فإن عددها … وقد يتجاوز 9 آلاف" has both, each reaching its own numbers.
 */
export function forecastsIn(words: readonly Word[], sentence: Span): Forecast[] {
  const within = wordsWithin(words, sentence.start, sentence.end);
  const forecast = findPhrases(within, forecasts)[0];
  const condition = findPhrases(within, conditionals)[0];
  return [...(forecast ? [forecast] : []), ...(condition ? [{ ...condition, conditional: true as const }] : [])];
}

const presupposing = grammarWords.presupposing_questions.map(cuePhrase);

const confirmations = grammarWords.confirmation_questions.map(cuePhrase);

/** Whether a question's words ask to judge true or false ("صح أم خطأ؟"; grammar-words true_or_false). */
export const asksTrueOrFalse = (question: readonly Word[]): boolean =>
  question.some((w) => wordIsAny(w, grammarWords.true_or_false.true)) && question.some((w) => wordIsAny(w, grammarWords.true_or_false.false));

/**
 * The question after the sentence on its line, when it asks only whether the sentence is true ("عندي هنا رقم كيقول
 * بلي الأوامر … وصلات 119. صحيح؟"; grammar-words confirmation_questions): the sentence's figures are put to someone
 * to confirm, not stated.
 */
export function confirmationAsked(text: string, words: readonly Word[], sentence: Span): string | undefined {
  const lineEnd = text.indexOf("\n", sentence.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const rest = text.slice(sentence.end, end).trim();
  if (!/^[^؟?]+[؟?]["»”')\]]*$/u.test(rest)) return undefined;
  const after = wordsWithin(words, sentence.end, end);
  const place = phraseMatchAt(after, 0, confirmations);
  return place >= 0 && confirmations[place]!.length === after.length ? rest : undefined;
}

/**
 * Where a question that asserts what it asks about opens ("أليست 64 إنابة … دليلا …؟", "وماذا عن 44 أمرا …؟"), if
 * the sentence has one: a figure after it is stated.
 */
export function presupposingQuestion(words: readonly Word[], sentence: Span): number | undefined {
  const within = wordsWithin(words, sentence.start, sentence.end);
  return findPhrases(within, presupposing)[0]?.start ?? knownThat(within);
}

/** Where the "أن" of a question whether someone knows ("هل يعلم من يصف الحصيلة بالدعاية أن 22 شخصا …؟") stands, if the sentence opens on one. */
function knownThat(within: readonly Word[]): number | undefined {
  const asking = within.findIndex((w) => withoutConjunction(w.folded) === "هل");
  const knowing = within[asking + 1];
  if (asking < 0 || asking > 1 || !knowing || !wordIsAny(knowing, grammarWords.knowing_verbs)) return undefined;
  return within.slice(asking + 2).find((w) => /^[وف]?ان$/u.test(w.folded))?.start;
}

/** How many words after a number its target's adjective may stand: "7000 ملف مستهدفة". */
const targetReach = 2;

/** How many words after a number its horizon may stand: "1000 موظف في أفق 2020". */
const horizonReach = 3;

/**
 * Whether a number is a target: "هدف" right before it ("بعيدا عن هدف 4800 ملف"), or "مستهدف" right after it or its
 * noun ("من أصل 7000 مستهدفة"; grammar-words targets). Only that number: the result beside it is stated.
 */
export function targetNumber(text: string, words: readonly Word[], mention: NumberMention, sentence: Span): string | undefined {
  const after = firstWordAt(words, mention.end);
  const at = firstWordAt(words, mention.start);
  const before = words[at - 1];
  const named = [...(before ? [before] : []), ...words.slice(after, after + targetReach)].find((w) => wordIsAny(w, grammarWords.targets));
  if (named) return `a target («${named.folded}»), not a result`;
  // "إلى 1000 موظف في أفق 2020": the count aimed at by that horizon, a year (not "حسب حسابات «الأفق»", an outlet).
  const horizon = words.slice(after, after + horizonReach).find((w, i) => w.end <= sentence.end && wordIsAny(w, grammarWords.horizons) && /^[0-9]{4}$/u.test(words[after + i + 1]?.folded ?? ""));
  if (horizon) return `a target by a horizon («${horizon.folded}»), not a result`;
  // The aim may open the number's line when a heading runs into its sentence ("3.4 آفاق سنة 2026⏎يستهدف المعهد …").
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const line = lineStart > sentence.start ? { start: lineStart, end: sentence.end } : undefined;
  const reaching = reachingBefore(words, at) ?? aimedAt(words, at, sentence) ?? (line && aimedAt(words, at, line));
  return reaching && `an aim or a hope («${reaching.folded}»: a stated count takes the verb), not a result`;
}

/**
 * The aim that "إلى" before the number at word `at` tells, when its sentence opens on one: "الأولوية هي رفع عدد
 * المستفيدين من التكوين إلى أزيد من ألف موظف" (grammar-words aims; within the sentence's first words).
 */
function aimedAt(words: readonly Word[], at: number, sentence: Span): Word | undefined {
  const before = words[at - 1];
  if (!before || before.start < sentence.start || withoutConjunction(before.folded) !== "الي") return undefined;
  const opening = wordsWithin(words, sentence.start, before.start).slice(0, aimReach);
  return opening.find((w) => wordIsAny(w, grammarWords.aims));
}

/** How far into its sentence an aim may stand: "الوزاني: الأولوية هي رفع …". */
const aimReach = 4;

/**
 * The noun of reaching that governs the number at word `at`: right before it ("لبلوغ 1500 مستفيد"), or before a
 * threshold word before it ("إلى بلوغ عتبة 8 آلاف ملف"). News states a count with the verb ("بلغ"); the noun names
 * what is aimed at or hoped for ("إن بلوغ 150 إنابة مع نهاية السنة … سيكون مؤشرا"; grammar-words reaching_nouns). With
 * its subject's pronoun it tells what happened ("ببلوغه 104 إنابات", by its reaching 104): not this.
 */
function reachingBefore(words: readonly Word[], at: number): Word | undefined {
  const before = words[at - 1];
  if (!before) return undefined;
  if (wordIsBareCue(before.folded, grammarWords.reaching_nouns)) return before;
  const threshold = words[at - 2];
  return threshold && wordIsAny(before, grammarWords.target_thresholds) && wordIsBareCue(threshold.folded, grammarWords.reaching_nouns) ? threshold : undefined;
}

/**
 * Whether a number stands before its sentence's question about it, a clause mark between: "2610 ملفات في سنة، هل
 * هو رقم قياسي؟" states the figure, then asks what it is ("هل" and "it", "this", "we": "هل نحن أمام طفرة؟"); "… أزيد من 5 آلاف ملف، هل يتعلق
 * الأمر برقم رسمي؟" asks whether the figure is true, and states nothing.
 */
export function statedBeforeQuestion(text: string, words: readonly Word[], sentence: Span, mention: NumberMention): boolean {
  const after = wordsWithin(words, mention.end, sentence.end);
  const asking = after.findIndex(asksQuestion);
  const it = after[asking + 1];
  const askedOf = (w: Word) => grammarWords.pronouns_of_being.includes(w.folded) || grammarWords.demonstratives.includes(w.folded) || grammarWords.interpreting_subjects.includes(w.folded);
  if (asking < 0 || !after[asking]!.folded.endsWith("هل") || it === undefined || !askedOf(it)) return false;
  // Not when the question doubts the figure ("هل هذا صحيح؟") or the sentence heard it from others ("قرأت أن …").
  const doubted = (w: Word) => wordIsAny(w, grammarWords.doubting) || wordIsAny(w, grammarWords.hearsay);
  return clauseMark.test(text.slice(mention.end, after[asking]!.start)) && !wordsWithin(words, sentence.start, sentence.end).some(doubted);
}

/**
 * Whether the question is a line of its own under the number's, no question word before it in the sentence: "↑
 * 10,2% مقارنة بالنصف الأول من 2023 (3104 ملفات)⏎ماذا يعني؟" states the change and asks of it on the next line.
 */
export function questionOnLineBelow(text: string, words: readonly Word[], sentence: Span, mention: NumberMention): boolean {
  const lastLine = text.lastIndexOf("\n", sentence.end - 1);
  if (lastLine < mention.end || lastLine < sentence.start) return false;
  const opening = wordsWithin(words, lastLine, sentence.end)[0];
  return opening !== undefined && asksQuestion(opening) && !wordsWithin(words, sentence.start, lastLine).some(asksQuestion);
}

/** A question word, maybe after a conjunction ("وماذا", "هل", "واش", whose و is its own; grammar-words question_words). */
const isQuestionWord = (folded: string) => grammarWords.question_words.includes(folded) || grammarWords.question_words.includes(withoutConjunction(folded));
const asksQuestion = (word: Word) => isQuestionWord(word.folded);

/** A mark that ends a clause: a number before it and a forecast after it are in different clauses. */
const clauseMark = /[،,؛;:]/u;

/**
 * Whether a forecast of the number's sentence reaches the number: it follows the forecast, or stands in its
 * clause. A count stated before it, a comma between ("84 إنابة، …، وهي إنابات قد تتجاوز آجال تنفيذها ستة
 * أشهر"), is stated all the same.
 */
export function forecastReaches(text: string, forecast: Forecast, mention: NumberMention, words: readonly Word[] = []): boolean {
  if (forecast.conditional) return mention.start >= forecast.end && (!clauseMark.test(text.slice(forecast.end, mention.start)) || inAnswer(text, words, forecast, mention));
  if (mention.start >= forecast.start) {
    const between = wordsWithin(words, forecast.end, mention.start);
    return !pastOpenedBetween(text, between) && !explanationBetween(text, between) && !yearToldBetween(between);
  }
  return !clauseMark.test(text.slice(mention.end, forecast.start));
}

/**
 * Whether the number's clause is the answer of "لو", a past verb with its "ل" ("لو طبقنا حصة إسبانيا على العدد
 * الإجمالي، لحصلنا على نحو 2237 ملفا", "ولبلغ نحو 10800 ملف"): what would have been, not what was. Not a verb of
 * finding, which states what is ("ولو عدنا إلى سنة 2019، لوجدنا أن الرقم لم يكن يتجاوز 4480 ملفا"), nor "لـ" before a
 * present verb ("ليرد الوزير"), nor a word of grammar-words conditional_answer_exceptions ("لكن", "لأن"); nor after
 * a clause of "ف" that answered the condition already ("حتى لو سلمنا بـ74 موقوفا، فإن الرقم يظل متواضعا").
 */
function inAnswer(text: string, words: readonly Word[], forecast: Forecast, mention: NumberMention): boolean {
  const opening = wordsWithin(words, lastClauseMark(text, mention.start) + 1, mention.start)[0];
  if (opening === undefined) return false;
  const answered = wordsWithin(words, forecast.end, opening.start).some((w, i, between) => i > 0 && /^ف/u.test(w.folded) && clauseMark.test(text.slice(between[i - 1]!.end, w.start)));
  return !answered && /^ل[^لي]\p{L}+/u.test(withoutConjunction(opening.folded)) && !wordIsAny(opening, grammarWords.conditional_answer_exceptions);
}

/** Where the last clause mark before `at` stands, -1 when there is none. */
function lastClauseMark(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (clauseMark.test(text[i]!)) return i;
  return -1;
}

/**
 * Whether a relative clause of a year stands between a forecast and a number, its verb no future's: it tells what
 * that year saw ("تتوقع تجاوز 7 آلاف ملف مع متم السنة، على غرار سنة 2024 التي سجلت 7215 ملفا", "متجاوزا بذلك حصيلة
 * 2023 كاملة، التي وقفت عند 6312 ملفا").
 */
function yearToldBetween(between: readonly Word[]): boolean {
  const ofYear = (i: number) => between.slice(Math.max(0, i - relativeAfterYear), i).some(isYearWord);
  return between.some((w, i) => wordIsAny(w, grammarWords.relatives) && ofYear(i) && between[i + 1] !== undefined && !/^س[يتن]/u.test(between[i + 1]!.folded));
}

/** How many words before a relative the year it tells of may stand: "2023 كاملة، التي". */
const relativeAfterYear = 2;

/** The words of what had happened before: "بعدما", "بعد أن" (grammar-words past_openers). */
const pastOpeners = grammarWords.past_openers.map(cuePhrase);

/**
 * Whether a clause opening on "after it had …" stands between a forecast and a number: what it tells happened
 * ("تطمح المديرية إلى رفع العدد إلى ألفي موظف خلال سنة 2025، بعدما بلغ 1620 موظفا في 2024").
 */
function pastOpenedBetween(text: string, between: readonly Word[]): boolean {
  return findPhrases(between, pastOpeners).some((phrase) => phrase.index > 0 && clauseMark.test(text.slice(between[phrase.index - 1]!.end, phrase.start)));
}

/**
 * Whether a clause that gives the reason for the clause before ("إذ", "حيث": grammar-words reason_openers) opens
 * between a forecast and a number, with no forecast of its own: it tells what happened ("يعزو مصدر أمني هذه الأرقام
 * … إلى الرفع من وتيرة التكوين، إذ استفاد 860 موظفا من دورات تكوينية").
 */
function explanationBetween(text: string, between: readonly Word[]): boolean {
  const at = between.findIndex((w, i) => i > 0 && wordIsAny(w, grammarWords.reason_openers) && clauseMark.test(text.slice(between[i - 1]!.end, w.start)));
  return at > 0 && findPhrases(between.slice(at), forecasts).length === 0;
}

/** Whether the sentence asks a question (its figures are asked, not stated): it ends with a question mark, quotes and brackets aside. */
export function isQuestion(text: string, sentence: Span): boolean {
  let end = sentence.end;
  // A quoted question closed by the sentence's stop after its quote: «"هل صحيح أن …؟".».
  const stopAfterQuote = (at: number) => text[at - 1] === "." && /["»”']/u.test(text[at - 2] ?? "");
  while (end > sentence.start && (closesQuestion.test(text[end - 1]!) || stopAfterQuote(end))) end--;
  return end > sentence.start && (grammarWords.questions.includes(text[end - 1]!) || cutOffQuestion(text, { start: sentence.start, end }));
}

/**
 * A question cut off before its mark, in a call that broke off ("بغيت نسول واش الشرطة دارت شي 5 عمليات … ولا..."):
 * an ellipsis ends a sentence that opened a question with a question word.
 */
function cutOffQuestion(text: string, sentence: Span): boolean {
  const content = text.slice(sentence.start, sentence.end);
  if (!/(?:\.\.\.|…)$/u.test(content)) return false;
  return content.split(/[^\p{L}]+/u).some((token) => token !== "" && isQuestionWord(foldWord(token)));
}

/**
 * Where the question of a sentence ending in one opens: its last colon, or two dots (not three) after words
 * that ask nothing, else -1.
 */
export function questionOpening(text: string, words: readonly Word[], sentence: Span): number {
  const marks = [...text.slice(sentence.start, sentence.end).matchAll(/[:：]|(?<!\.)\.\.(?!\.)/gu)];
  const last = marks.at(-1);
  if (last === undefined) return -1;
  const at = sentence.start + last.index;
  if (last[0] !== "..") return at;
  const asking = wordsWithin(words, sentence.start, at).some((w) => wordIsAny(w, grammarWords.question_words));
  return asking ? -1 : at;
}

/** What may follow a question mark at the end of its sentence: white space, closing quotes and brackets. */
const closesQuestion = /^[\s"'»«”“)\]]$/u;

/**
 * Why a number on a line that reports what others claimed ("تداولت بعض المواقع أن القطب عالج 7 آلاف ملف", "الادعاء
 * 1: …") is not stated by the text, or undefined. The line, not the sentence: a fact-check's verdict and the true
 * figures follow the claim on lines of their own.
 */
/** "Some", "one of" before a plural of media: unnamed outlets. */
const someOf = ["بعض", "احد", "احدي"];

/**
 * "Some" media as the source of what the line says ("نشرت بعض المواقع أن …"، "قرأنا في بعض الصحف أن …"): the words
 * "بعض" and a noun of media (grammar-words hearsay_media), which alone may name the text's own channel ("على مواقع
 * التواصل"). The noun, if the line has them.
 */
function someMedia(words: readonly Word[], line: Span, quantifiers: readonly string[] = someOf): Word | undefined {
  // "بعض المواقع", and on the claim's own line "قرأت في أحد المواقع أن …": one of them, unnamed.
  for (let i = firstWordAt(words, line.start); i + 1 < words.length && words[i + 1]!.end <= line.end; i++) {
    if (quantifiers.includes(withoutConjunction(words[i]!.folded)) && wordIsAny(words[i + 1]!, grammarWords.hearsay_media)) return words[i + 1];
  }
  return undefined;
}

/** "هناك من يقول إن …" (there are those who say): the verb of saying, if the line has one after "هناك من" / "ثمة من". */
function someoneSays(words: readonly Word[], line: Span): Word | undefined {
  for (let i = firstWordAt(words, line.start); i + 2 < words.length && words[i + 2]!.end <= line.end; i++) {
    const there = withoutConjunction(words[i]!.folded);
    if ((there === "هناك" || there === "ثمه") && words[i + 1]!.folded === "من" && wordIsAny(words[i + 2]!, grammarWords.someone_says)) return words[i + 2];
  }
  return undefined;
}

/**
 * A heading of one or two words over the line that names a claim ("الادعاء" in a fact-check, above the minister's
 * words it goes on to check): the line reports what others claimed.
 */
function claimHeadingAbove(text: string, words: readonly Word[], line: Span): Word | undefined {
  // The last line with words above, blank lines skipped, found within a window: a text of many lines stays linear.
  const from = Math.max(0, line.start - claimHeadingReach);
  const end = from + text.slice(from, line.start).replace(/\s+$/u, "").length;
  const heading = end > from ? shortLineAt(text, end - 1, claimHeadingReach) : undefined;
  if (!heading || !/^[\p{L}\s:：]*$/u.test(text.slice(heading.start, heading.end))) return undefined;
  const headingWords = wordsWithin(words, heading.start, heading.end);
  if (headingWords.length === 0 || headingWords.length > claimHeadingWords) return undefined;
  return headingWords.find((w) => wordIsAny(w, grammarWords.hearsay));
}

/** How far back a heading naming a claim may stand, blank lines included. */
const claimHeadingReach = 80;

/** How many words a heading naming a claim may have ("الادعاء", "الادعاء المتداول"). */
const claimHeadingWords = 2;

export function hearsayOnLine(text: string, words: readonly Word[], sentence: Span, mention: NumberMention): string | undefined {
  const lineStart = Math.max(sentence.start, text.lastIndexOf("\n", mention.start) + 1);
  const lineEnd = text.indexOf("\n", mention.end);
  const line = { start: lineStart, end: lineEnd < 0 || lineEnd > sentence.end ? sentence.end : lineEnd };
  // The numbers of one line ask about the same line: its hearsay word is looked for once (linear in its length).
  if (hearsayOfLine?.text !== text || hearsayOfLine.start !== line.start || hearsayOfLine.end !== line.end) {
    const word = unnegated(words, firstWordOf(words, line, grammarWords.hearsay)) ?? someMedia(words, line) ?? someoneSays(words, line) ?? claimHeadingAbove(text, words, line) ?? claimQuotedBelow(text, words, line);
    hearsayOfLine = { text, ...line, word, refutedFrom: word && (refutingVerbBefore(words, word) ?? denialBefore(words, word))?.start };
  }
  const { word, refutedFrom } = hearsayOfLine;
  // "نشر 2312 إشعارا …، وهو ما ينفي الادعاء": what comes before the text refutes a claim is what it states.
  if (refutedFrom !== undefined && mention.end <= refutedFrom) return undefined;
  return word && `it reports what others claimed («${text.slice(word.start, word.end)}»), not a figure the text states`;
}

/**
 * A line that quotes, under a line reporting a claim and ending on a colon ("تداولت صفحات … صورة مرفقة بنص جاء
 * فيه:⏎"الأمن الوطني يكشف: ١٠ آلاف ملف …""): the quote is the claim. The hearsay word of the line above, if so.
 */
function claimQuotedBelow(text: string, words: readonly Word[], line: Span): Word | undefined {
  if (!/^\s*["«“]/u.test(text.slice(line.start, line.end))) return undefined;
  // Back over the blanks only, not a copy of all the text before the line: a text of many lines stays linear.
  let end = line.start;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === 0 || !/[:：]/u.test(text[end - 1]!)) return undefined;
  const aboveLine = { start: text.lastIndexOf("\n", end - 1) + 1, end };
  // Not "one of" the newspapers over a quote: "كما أوردتها إحدى الجرائد الوطنية، وأنقلها هنا كما هي:" copies the release.
  return unnegated(words, firstWordOf(words, aboveLine, claimWords)) ?? someMedia(words, aboveLine, ["بعض"]);
}

/** Hearsay words but the nouns of a post (grammar-words post_nouns), which may be the institution's own. */
const claimWords = grammarWords.hearsay.filter((w) => !grammarWords.post_nouns.includes(w));

/** How many words before "كما" a denial may stand: "وليس 10 آلاف كما يزعم المنشور". */
const deniedReach = 4;

/**
 * The denial a claim word answers ("عالجت 5 800 ملف …، وليس 10 آلاف كما يزعم المنشور": not N, as the post claims):
 * what the line says before the denial is what the text states.
 */
function denialBefore(words: readonly Word[], claim: Word): Word | undefined {
  const at = firstWordAt(words, claim.start);
  if (at < 1 || withoutConjunction(words[at - 1]!.folded) !== "كما") return undefined;
  return words.slice(Math.max(0, at - 1 - deniedReach), at - 1).find((w) => wordIsAny(w, grammarWords.denials));
}

/** How many words may stand between a verb of refuting and the claim it refutes ("ينفي قطعيا ما يروج"). */
const refutingReach = 2;

/** The verb of refuting a claim word is the object of ("وهو ما ينفي الادعاء"; grammar-words refuting_verbs), if any. */
function refutingVerbBefore(words: readonly Word[], claim: Word): Word | undefined {
  const at = firstWordAt(words, claim.start);
  return words.slice(Math.max(0, at - refutingReach - 1), at).find((w) => wordIsAny(w, grammarWords.refuting_verbs));
}

/**
 * A hearsay word, unless negated right before it ("ما لم تتداوله الصحف": what the papers did not report) or the
 * measure of an elative ("في الجانب الأكثر تداولا": the most talked-about side; grammar-words elatives).
 */
function unnegated(words: readonly Word[], word: Word | undefined): Word | undefined {
  if (!word) return undefined;
  const before = words[firstWordAt(words, word.start) - 1];
  return before && (wordIsAny(before, grammarWords.negations) || wordIsAny(before, grammarWords.elatives)) ? undefined : word;
}

/** The line asked about last and its hearsay word, if any. */
let hearsayOfLine: { text: string; start: number; end: number; word: Word | undefined; refutedFrom: number | undefined } | undefined;

/** A figure of a question, or of others' claims the text reports: held back, keeping what it was read as. */
export function withheld(reading: Reading, reason: string | undefined): Reading {
  if (reason === undefined || reading.status !== "figure") return reading;
  return { status: "held_back", indicatorId: reading.indicator.id, period: reading.period, reason, evidence: reading.evidence };
}

/**
 * A figure of a period that ends after the text's own and was not over when the text was published ("وأرجح أن
 * تعود الأرقام في 2021 إلى مستوى يفوق 4500 ملف", in January 2021; "فإن الحصيلة السنوية قد تتخطى 8 آلاف ملف" in a
 * report on nine months): an expectation, not a count. Held back.
 */
export function notYetOver(reading: Reading, reference: string, published: string | null): Reading {
  if (reading.status !== "figure" || published === null || periodMonths(reading.period)[1] <= periodMonths(reference)[1]) return reading;
  const [year, month] = published.split("-").map(Number) as [number, number];
  if (periodMonths(reading.period)[1] < year * 12 + month - 1) return reading;
  return withheld(reading, `its period (${reading.period}) was not over when the text was published (${published}): an expectation, not a count`);
}

/** "رقم", "الرقم" or a comparison ("أقل من", "أكثر من") right before an opening quote. */
const citedQuote = /(?:^|[\s،,])(?:ال)?رقم[^\S\n]*["«“][^\S\n]*$|(?:أقل|اقل|أكثر|اكثر|أدنى|ادنى|أعلى|اعلى)[^\S\n]+من[^\S\n]*["«“][^\S\n]*$/u;

/**
 * A figure quoted alone after "the number" or a comparison, nothing after its closing quote in its clause ('لكنه أقل
 * من "6 آلاف".', 'ولا تسند أي حصيلة منشورة رقم "أكثر من 30".'): the text cites the words of a claim to weigh them, it
 * states no count of its own (not a press review's quote ending on a figure: 'كتبت أن الإنابات "تجاوزت المائة"').
 */
export function quotedAlone(text: string, mention: NumberMention): string | undefined {
  const before = text.slice(Math.max(0, mention.start - 16), mention.start);
  const opens = citedQuote.test(before);
  const closes = /^[^\S\n]*["»”][^\S\n]*(?:[.،,؛;:!?؟)]|\n|$)/u.test(text.slice(mention.end, mention.end + 6));
  return opens && closes ? `it quotes a figure («${text.slice(mention.start, mention.end)}») to weigh the words of a claim, not a count the text states` : undefined;
}
