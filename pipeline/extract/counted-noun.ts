// What a number counts. Arabic puts the counted noun right after the number ("143 إنابة", "5 آلاف و800 ملف",
// "119 مبحوثا عنهم"), past "من" ("5800 من الملفات"); a dual is its own noun ("عمليتين"). When no noun follows
// (the clause ends, or a preposition or verb comes first), the noun is found before the number: after "عدد"
// ("بلغ عدد الإنابات القضائية 143 خلال السنة"); in the previous figure of the sentence after "منها / من
// بينهم" ("143 إنابة، منها 35 تتعلق بالمخدرات"); before the clause after "عددها" ("أما الأوامر الدولية، فقد
// بلغ عددها 98"); or the nearest noun an indicator counts in the clause. A noun that follows the number is
// never replaced by one of another clause: "توقيف 40 شخصا" counts persons, whatever the clause before named.
import { asciiDigits, fold } from "../arabic/normalise.ts";
import type { Indicator } from "../types/catalogue-indicators.ts";
import type { NumberMention } from "../types/number-mention.ts";
import { valueBeforeLabel } from "./clauses.ts";
import { fillerWords, wordIsAny } from "./cue-match.ts";
import { grammarWords, topicOpensAt, withoutConjunction } from "./grammar-words.ts";
import { labelLineAbove, overCardLabel } from "./label-above.ts";
import { outOf } from "./part-of-next.ts";
import { cuePhrase, phraseAt } from "./phrases.ts";
import type { Word } from "./words.ts";
import { oncePer } from "../lib/once-per.ts";

export type CountedHow = "after" | "dual" | "count_of" | "part" | "pronoun" | "relative" | "before" | "label" | "later_end" | "earlier_end" | "elided" | "of_whole";

export interface CountedNoun {
  folded: string;
  /** The word in the text (null for a dual, whose noun is the number itself, or an inherited noun). */
  word: Word | null;
  how: CountedHow;
  /** The word right after the noun, its adjective if it has one ("مواطنا مغربيا"). */
  qualifier: Word | null;
}

export interface CountedInput {
  /** The source text the words' offsets point into. */
  text: string;
  mention: NumberMention;
  /** Words of the clause before and after the number. */
  before: readonly Word[];
  after: readonly Word[];
  /** Words of the sentence before the clause, and those of the clause just before it. */
  earlier: readonly Word[];
  previousClause: readonly Word[];
  /** The counted noun of the previous count of the sentence, for "منها 35". */
  previous: CountedNoun | undefined;
  /** Whether the word after the number opens a period phrase ("143 سنة 2021", "41 السنة الماضية"). */
  startsPeriod: (word: Word) => boolean;
  /** The word after a given word of the sentence, if any. */
  wordAfter: (word: Word) => Word | null;
  /** For a number in a table row, the row's label ("| الإنابات القضائية الدولية | 118 | 126 |"). */
  label: readonly Word[];
  /** A cell of a table copied one cell per line: the line after it is another cell, never its noun. */
  cellOnly?: boolean;
}

/** Every counted noun of the catalogue's count patterns: what "a noun an indicator counts" means (one list per catalogue). */
export const countedNouns = oncePer((indicators: readonly Indicator[]): string[] => [...new Set(indicators.filter((i) => i.kind === "count").flatMap((i) => (i.cues ?? []).flatMap((p) => p.counted ?? [])))]);

const isAny = (word: Word | undefined, words: readonly string[]) => word !== undefined && wordIsAny(word, words);

const idioms = grammarWords.idioms.map(cuePhrase);

/** Whether the i-th word is a counted noun of the catalogue, not the first word of an idiom ("الأمر ذاته", the same goes). */
const isNounAt = (words: readonly Word[], i: number, catalogued: readonly string[]) => isAny(words[i], catalogued) && !idioms.some((idiom) => phraseAt(words, i, idiom));

function lastIndex(words: readonly Word[], test: (word: Word, index: number) => boolean): number {
  for (let i = words.length - 1; i >= 0; i--) if (test(words[i]!, i)) return i;
  return -1;
}

/** The counted noun of a number, or null when neither the text after nor before it names one. */
/** Words between a number and its noun: "5800 من الملفات", "83 منهم مواطنون مغاربة". */
const isFiller = (word: Word) => fillerWords.includes(word.folded) || isAny(word, grammarWords.part_markers);

/** How many words before "واحدة" or "اثنين" the head of its noun phrase may stand ("عملية تسليم مراقب واحدة"). */
const adjectivalReach = 3;

/** One and two written after their noun, as its adjective ("عملية واحدة", "مطلوبين اثنين"). */
const adjectivalNumeral = /^(واحدا?|واحده|اثنان|اثنين|اثنتان|اثنتين)$/u;

/**
 * Whether an offset lies inside a quotation opened on its line ("ويضيف: "… يصبح تسليم مطلوب واحد عملية معقدة""):
 * someone's words, where "one" is more often prose than a count.
 */
function insideQuotation(text: string, offset: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset);
  const straight = (line.match(/"/gu) ?? []).length;
  const opened = (line.match(/[«“]/gu) ?? []).length - (line.match(/[»”]/gu) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

/** "عدد من" after the number, in a translated word order ("68 عدد من أوامر الاعتقال"): the noun comes after it. */
const countOfWhat = (word: Word, next: Word | undefined) => next?.folded === "من" && isAny(word, grammarWords.count_of);

/** How far after the number a part marker may stand: "35 منها", "تسعة أشخاص من بين هؤلاء". */
export const partMarkerReach = 4;

/** "من بين", "من ضمن": "among" the noun after them. */
const amongWords = ["بين", "ضمن"];
const fromWord = ["من"];

/**
 * "ومن بين الأشخاص المستقدمين إلى المغرب خمسة تم تسليمهم …": the noun a number counts, named before it right after
 * "من بين", is the whole the number is a part of. The words from "من بين" to the noun, if so.
 */
export function amongBeforeNoun(text: string, mention: NumberMention, before: readonly Word[], noun: Word): { start: number; end: number } | undefined {
  const at = before.indexOf(noun);
  // Not "من بينهم" (a part of an earlier figure), nor the whole's own number: "ومن بين الموقوفين الـ104"، "من بين
  // الأشخاص التسعة والثمانين" (the number is the noun's adjective, right after it).
  if (at < 2 || !amongWords.includes(before[at - 1]!.folded) || !isAny(before[at - 2], fromWord)) return undefined;
  if (at === before.length - 1 || /ال[ـ-]?\s*$/u.test(text.slice(0, mention.start))) return undefined;
  return { start: before[at - 2]!.start, end: noun.end };
}

/**
 * "منها 35 …", "35 منها …", "تسعة أشخاص من بين هؤلاء": the number is a part of what the previous figure counts.
 * A marker after the number followed by another number introduces that number's part ("119 موقوفا بينهم 71
 * مغربيا", "بينهم ستة مغاربة"), not this one's.
 */
export function isPart(text: string, before: readonly Word[], after: readonly Word[]): boolean {
  // "استفاد منها 640 موظفا" (benefited from them): the object of a verb taking من, not "of which".
  const marker = (w: Word, i: number) => isAny(w, grammarWords.part_markers) && !isAny(before[i - 1], grammarWords.verbs_with_min);
  // "ويأتي هؤلاء ضمن 88 شخصا": the whole they are among (the word as written, not "ضمنها", among them).
  if (before.length > 0 && grammarWords.whole_markers.includes(before.at(-1)!.folded)) return false;
  if (before.some(marker)) return true;
  const near = after.slice(0, partMarkerReach);
  const markerAfter = near.findIndex((w) => isAny(w, grammarWords.part_markers));
  if (markerAfter < 0) return false;
  // The clause ends where the next number begins: a marker that is its last word stands right before a number.
  const next = after[markerAfter + 1];
  return next !== undefined && !/\p{Nd}/u.test(text.slice(after[markerAfter]!.end, next.start));
}

/**
 * Whether the noun after a number lies in another item: past a slash or a bar, or on a later line when the number
 * is a card's, under its label (label-above.ts), or the next line opens with a bullet or a pictogram ("بطاقة 1⏎🔹
 * إنابات قضائية").
 */
function crossesIntoAnotherItem(text: string, mention: NumberMention, next: Word): boolean {
  const between = text.slice(mention.end, next.start);
  // "ملفات السيارات المسروقة: 730 / السيارات المحجوزة: 141": a slash or a bar sets the next item apart.
  // Not the one bar after a value opening its line: "5800 | ملف وطلب معلومات عالجها القطب" says what the value counts.
  if (/[/|]/u.test(between)) return !(/^[^\S\n]*\|[^\S\n]*$/u.test(between) && valueBeforeLabel(text, mention.end + between.indexOf("|")));
  if (!between.includes("\n")) return false;
  if (labelLineAbove(text, mention) || overCardLabel(text, mention)) return true;
  // A "label: value" line, or "label …… value" with leaders: the next line is the next item ("مذكرات البحث الوطنية:
  // 3 105⏎إعلانات البحث …: 352", "الإنابات القضائية الدولية ........ 33⏎الأوامر الدولية …").
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  if (labelledLineEnd.test(text.slice(lineStart, mention.start)) && !/\p{L}/u.test(text.slice(mention.end, text.indexOf("\n", mention.end)))) return true;
  const lineOpening = between.slice(between.lastIndexOf("\n") + 1);
  return /[^\s\p{L}\p{N}]/u.test(lineOpening);
}

/** What ends a label before its value on a line: a colon, or leaders (dots, dashes, underscores). */
const labelledLineEnd = /(?:[:：]|[.…·_\-–—]{3,}[^\S\n]*[+\-−]?)[^\S\n]*$/u;

/**
 * The noun right after "of which" in a part's row label, which the whole's row label precedes (table-cell.ts): "|
 * منها: طلبات المعلومات عبر قنوات الإنتربول | 1 340 |" counts requests, not the files above it; "منها في قضايا
 * المخدرات" names a kind of the whole and counts what the whole does.
 */
function namedPart(label: readonly Word[], catalogued: readonly string[]): Word | undefined {
  const part = label.findIndex((w) => isAny(w, grammarWords.part_markers));
  const named = part < 0 ? undefined : label[part + 1];
  return named && isAny(named, catalogued) ? named : undefined;
}

/** How long a parenthesis holding a number in digits may be, its marks included: "(1 234 567)". */
const digitsInParenthesisLength = 16;

/** Digits alone in a parenthesis, in groups of three or not: "5800", "٢٬٢٤٠", "1 540". */
const digitsInParenthesis = /^[^\S\n]*\p{Nd}{1,3}(?:[٬,.'\u00a0\u202f ]\p{Nd}{3})*[^\S\n]*$|^[^\S\n]*\p{Nd}+[^\S\n]*$/u;

/**
 * Whether a word is (a group of) the number said again in digits, in parentheses: "(5800)", and each group of
 * "(٢٬٢٤٠)", which the words split at the separator.
 */
function sameInDigits(text: string, word: Word, mention: NumberMention): boolean {
  if (mention.form === "digits" || !/^\p{Nd}+$/u.test(word.folded)) return false;
  const open = text.lastIndexOf("(", word.start);
  const close = text.indexOf(")", word.end);
  if (open < 0 || close < 0 || close - open > digitsInParenthesisLength) return false;
  const inside = text.slice(open + 1, close);
  return digitsInParenthesis.test(inside) && Number(asciiDigits(inside.replace(/\P{Nd}/gu, ""))) === mention.value;
}

/**
 * The noun after a number written twice, in digits then in words in parentheses, as official texts write it: "66
 * (ست وستين) إنابة" (for both the digits and the words). Undefined when no catalogued noun follows the parenthesis.
 */
function nounAfterSpelledOut(input: CountedInput, catalogued: readonly string[]): Word | null {
  const { mention, text } = input;
  let close: number;
  if (mention.form === "digits") {
    // Up to 80 characters: vocalised words are twice as long ("(ثَلَاثَةَ آلَافٍ وَسِتَّمِائَةٍ وَتِسْعِينَ)").
    const spelled = /^[^\S\n]?\(([^()\n\p{Nd}]{2,80})\)/u.exec(text.slice(mention.end, mention.end + 84));
    if (!spelled) return null;
    close = mention.end + spelled[0].length;
  } else {
    const digits = /(\p{Nd}+)[^\S\n]?\($/u.exec(text.slice(Math.max(0, mention.start - 12), mention.start));
    if (!digits || Number(asciiDigits(digits[1]!)) !== mention.value || text[mention.end] !== ")") return null;
    close = mention.end + 1;
  }
  const word = input.wordAfter({ folded: "", start: close, end: close });
  return word && word.start - close <= 1 && isAny(word, catalogued) ? word : null;
}

/** What may stand between a number and the same number said again in digits: "ميا وواحد، 101", "ربعة وعشرين، يعني 24". */
const sayingAgainBetween = /^[^\S\n]*[،,][^\S\n]*(?:(?:بالأرقام|بالارقام|يعني|أي)[^\S\n]*)?$/u;

/** The noun after the same number said again in digits, when an indicator counts it: "ميا وواحد، 101 شخص مبحوث عليه". */
function saidAgainWithNoun(input: CountedInput, catalogued: readonly string[]): Word | null {
  const { mention, text } = input;
  const digits = input.wordAfter({ folded: "", start: mention.end, end: mention.end });
  if (!digits || !/^\d+$/u.test(digits.folded) || Number(digits.folded) !== mention.value) return null;
  if (!sayingAgainBetween.test(text.slice(mention.end, digits.start))) return null;
  const next = input.wordAfter(digits);
  return next && isAny(next, catalogued) ? next : null;
}

/** The first word of a clause, or of what follows its last colon ("الضيف: الإنابات القضائية …"). */
function clauseTopic(text: string, clause: readonly Word[]): Word | undefined {
  for (let i = clause.length - 1; i > 0; i--) if (text.slice(clause[i - 1]!.end, clause[i]!.start).includes(":")) return clause[i];
  return clause[0];
}

/** How many words before a relative word its head noun may stand: "الإنابات القضائية الدولية التي". */
const relativeHeadReach = 3;

/**
 * "N منها" with no noun after it, in a relative clause: the relative's head counts ("الإنابات القضائية الدولية
 * التي تابع المكتب تنفيذ 125 منها", the letters rogatory of which it followed 125).
 */
function ofRelativeHead(input: CountedInput, catalogued: readonly string[]): Word | undefined {
  const [first, second] = input.after;
  if (!isAny(first, grammarWords.part_markers) || (second && isAny(second, catalogued))) return undefined;
  const words = [...input.earlier, ...input.before];
  const relative = lastIndex(words, (w) => isAny(w, grammarWords.relatives));
  if (relative < 0) return undefined;
  for (let i = relative - 1; i >= Math.max(0, relative - relativeHeadReach); i--) if (isNounAt(words, i, catalogued)) return words[i];
  return undefined;
}

/**
 * "N منها" with no noun after it, in the clause right after a topic phrase: the topic counts ("فيما يتعلق بالأوامر
 * الدولية بإلقاء القبض، تم نشر وتعميم 71 منها", of which it published 71).
 */
function ofTopic(input: CountedInput, catalogued: readonly string[]): Word | undefined {
  const [first, second] = input.after;
  if (!isAny(first, grammarWords.part_markers) || (second && isAny(second, catalogued))) return undefined;
  const clause = input.previousClause;
  if (!topicOpensAt(clause)) return undefined;
  const head = clause.findIndex((_, i) => isNounAt(clause, i, catalogued));
  return head < 0 ? undefined : clause[head];
}

/** The word "عدد" names before the number ("عدد هؤلاء المغاربة 33": past a demonstrative), if the clause has one. */
export function namedByCountOf(before: readonly Word[]): Word | undefined {
  const countOf = lastIndex(before, (w) => isAny(w, grammarWords.count_of));
  if (countOf < 0) return undefined;
  return before[countOf + 1] && isAny(before[countOf + 1]!, grammarWords.demonstratives) ? before[countOf + 2] : before[countOf + 1];
}

/** The noun of a dual's mention: its last word that is not the numeral "two" ("اثنين", "اثنتين"); a word a line wrap cut is whole ("عمل-⏎يتين"). */
function dualNoun(text: string): string {
  const words = text.replace(/(?<=\p{L})-\n(?=\p{L})/gu, "").split(/\s+/u).filter((w) => w !== "");
  return [...words].reverse().find((w) => !/^(?:ال)?[اإ]ثن/u.test(w)) ?? words[0]!;
}

/** How far before a whole's number "من أصل" may start: "من أصل الـ". */
const outOfReach = 16;

/**
 * "78 من أصل 131 موقوفا مغاربة"، "(78 من أصل 131) مواطنون مغاربة": a part with no noun of its own, "out of" a whole,
 * counts the noun after the whole's number (past the parenthesis that holds both, the words saying what the part
 * is), with its adjective.
 */
function wholeNounOfPart(input: CountedInput, next: Word | undefined, catalogued: readonly string[]): Word | undefined {
  // Not under a label that says what the part is ("المغاربة الموقوفون بالخارج: 41 من أصل 69 موقوفا").
  if (!next || !grammarWords.whole_markers.includes(next.folded) || /[:：][^\S\n]*$/u.test(input.text.slice(Math.max(0, input.mention.start - 3), input.mention.start))) return undefined;
  const number = input.wordAfter(next);
  // On one line: "275⏎من أصل 1406 ملفات" is a card's value under its own label.
  if (!number || !/^\p{Nd}+$/u.test(number.folded) || !/^[^\S\n]*$/u.test(input.text.slice(next.end, number.start)) || input.text.slice(input.mention.end, next.start).includes("\n")) return undefined;
  const noun = input.wordAfter(number);
  const gap = noun ? input.text.slice(number.end, noun.start) : "";
  const enclosing = /^[^\S\n]*\)[^\S\n]*$/u.test(gap) && input.text.slice(Math.max(0, input.mention.start - 2), input.mention.start).includes("(");
  return noun && isAny(noun, catalogued) && (/^[^\S\n]+$/u.test(gap) || enclosing) ? noun : undefined;
}

export function countedNoun(input: CountedInput, catalogued: readonly string[]): CountedNoun | null {
  const { mention, before, after } = input;
  const noun = (word: Word, how: CountedHow): CountedNoun => ({ folded: word.folded, word, how, qualifier: input.wordAfter(word) });
  // A dual is its own noun: its last word but the numeral "two" ("أجنبيين اثنين", "عمليتين اثنتين"), past a
  // qualifier the mention starts with ("يقارب مرتين").
  if (mention.form === "dual") return { folded: fold(dualNoun(mention.text)), word: null, how: "dual", qualifier: after[0] ?? null };
  // "عملية واحدة", "مطلوبين اثنين": one and two follow their noun as adjectives; not in a rate ("ملف واحد كل 73
  // دقيقة", "سيارة واحدة تقريبا من كل أربعة ملفات"), nor "one" in someone's quoted words.
  // The head of the noun phrase may stand a few words back: "عملية تسليم مراقب واحدة".
  const head = before.slice(-adjectivalReach).reverse().find((w) => isAny(w, catalogued));
  const folded = fold(mention.text);
  const rate = after.slice(0, 3).some((w) => w.folded === "كل");
  const quotedOne = folded.startsWith("واحد") && insideQuotation(input.text, mention.start);
  // Not before "من" and the noun it is of: "أوقفت الشرطة المغربية اثنين من الرعايا الأجانب" (two of them).
  const partitive = after[0]?.folded === "من" && after[1] !== undefined && isAny(after[1], catalogued);
  if (adjectivalNumeral.test(folded) && head && !rate && !quotedOne && !partitive) return noun(head, "before");
  // "(4480 بالتحديد)": a restating word after the number is no noun.
  // "خمسة آلاف وثمانمائة (5800) ملف": the same number in digits in parentheses stands between it and its noun.
  // "2: عدد عمليات التسليم المراقب": "the number of" between the number and its noun.
  const countOfNoun = (word: Word, i: number) => isAny(word, grammarWords.count_of) && after[i + 1] !== undefined && isAny(after[i + 1]!, catalogued);
  const next = after.find((word, i) => !isFiller(word) && !isAny(word, grammarWords.restating) && !countOfWhat(word, after[i + 1]) && !countOfNoun(word, i) && !sameInDigits(input.text, word, mention));
  const partOf = isPart(input.text, before, after) ? input.previous : undefined;
  // A conjunction standing alone ("تتجاوز 3 آلاف و«أنتربول الرباط» يواصل") ends the number's words: no noun follows.
  // "عدد الأوامر الدولية (22) وعدد الموقوفين (25)": a number alone in parentheses counts what stands before them.
  // "نشر (2009) مذكرة": an indefinite noun right after them is its counted noun, as an administrative style writes
  // every figure in parentheses (a definite one is the next label: "الإنابات (143) الأوامر الدولية (106)", and
  // one after "و" the next item: "شعب الاتصال بالدول العربية (315) ومذكرات إيقاف …").
  const indefiniteNoun = next !== undefined && isAny(next, catalogued) && !/^(?:[وف]|ال|لل)/u.test(next.folded);
  // "قرابة ألفي مذكرة (1987 بالتحديد) لتوقيف …": past the restating word, the words after the parenthesis are the
  // phrase's before it, not this number's noun.
  const firstOther = after.findIndex((w) => !isAny(w, grammarWords.restating));
  const restatingWords = firstOther < 0 ? after.length : firstOther;
  const pastRestating = restatingWords === 0 ? mention.end : after[restatingWords - 1]!.end;
  const enclosed = /\(\s*$/u.test(input.text.slice(Math.max(0, mention.start - 3), mention.start)) && /^\s*\)/u.test(input.text.slice(pastRestating, pastRestating + 3)) && !indefiniteNoun;
  // "4.060 (2017: 3.380)": a year in digits is no counted noun.
  // "إلى 115 (بزيادة 10,6%)": a parenthesis opening after the number is an aside, not its noun, unless it names a catalogued one.
  const gapToNext = next === undefined ? "" : input.text.slice(mention.end, next.start);
  const asideAfter = next !== undefined && gapToNext.lastIndexOf("(") > gapToNext.lastIndexOf(")") && !isAny(next, catalogued);
  // "من أصل 153 تابع المكتب المركزي الوطني تنفيذها": a word no indicator counts right after a whole is no noun of it.
  // "(78 من أصل 131) مواطنون مغاربة": past the parenthesis that holds the part and its whole, what the part is.
  const closesOutOf = /^[^(]*\)/u.test(gapToNext) && outOf.test(input.text.slice(Math.max(0, mention.start - outOfReach), mention.start));
  const afterWhole = next !== undefined && ((before.length > 0 && grammarWords.whole_markers.includes(before.at(-1)!.folded) && !isAny(next, catalogued)) || closesOutOf);
  const whole = wholeNounOfPart(input, next, catalogued);
  if (whole) return noun(whole, "of_whole");
  const nounFollows = next !== undefined && !enclosed && !asideAfter && !afterWhole && !/^\p{Nd}+$/u.test(next.folded) && next.folded !== "و" && !isAny(next, grammarWords.not_counted) && !input.startsPeriod(next) && !input.cellOnly && !crossesIntoAnotherItem(input.text, mention, next);
  // "143 (مائة وثلاث وأربعون) إنابة": the words in parentheses are the number again; its noun is after them.
  const spelled = nounAfterSpelledOut(input, catalogued);
  if (spelled && mention.form === "digits") return noun(spelled, "after");
  if (nounFollows && !(partOf && !isAny(next, catalogued))) return noun(next, "after");
  if (spelled) return noun(spelled, "after");
  if (partOf) return { ...partOf, word: null, how: "part" };
  const again = saidAgainWithNoun(input, catalogued);
  if (again) return noun(again, "after");
  const relativeHead = ofRelativeHead(input, catalogued);
  if (relativeHead) return noun(relativeHead, "relative");
  const topicHead = ofTopic(input, catalogued);
  if (topicHead) return noun(topicHead, "relative");
  // "3104⏎هو عدد الملفات …": the number, then what it is the number of.
  if (isAny(after[0], grammarWords.pronouns_of_being) && isAny(after[1], grammarWords.count_of) && isNounAt(after, 2, catalogued)) return noun(after[2]!, "count_of");
  const named = namedByCountOf(before);
  if (named && isAny(named, catalogued)) return noun(named, "count_of");
  if (before.some((w) => isAny(w, grammarWords.pronoun_counts))) {
    // The head of the noun phrase the clause before names ("المغاربة الموقوفون خارج أرض الوطن، وعددهم 86"), else the nearest.
    const head = input.previousClause.find((_, i) => isNounAt(input.previousClause, i, catalogued));
    if (head) return noun(head, "pronoun");
    // "كان عدد المغاربة الموقوفين في الخارج …، أي 39، ليبلغ مجموعهم 78": what "the number of" named, not the nearest noun.
    const counted = namedByCountOf(input.earlier);
    if (counted && isAny(counted, catalogued)) return noun(counted, "pronoun");
    const earlier = lastIndex(input.earlier, (_, i) => isNounAt(input.earlier, i, catalogued));
    if (earlier >= 0) return noun(input.earlier[earlier]!, "pronoun");
  }
  // A label before its number names its head noun first: "الملفات وطلبات المعلومات المعالجة: 5 800".
  const first = before.findIndex((_, i) => isNounAt(before, i, catalogued));
  if (first >= 0) return noun(before[first]!, "before");
  // A question's noun after "كم" is what it asks ("ابني يستعد لمباراة مفتشي الشرطة، ويسألني: كم أمرا دوليا …؟").
  const asked = input.label.findIndex((w) => withoutConjunction(w.folded) === "كم");
  const labelled = (asked >= 0 && input.label[asked + 1] && isAny(input.label[asked + 1]!, catalogued) ? input.label[asked + 1] : undefined) ?? namedPart(input.label, catalogued) ?? input.label.find((w) => isAny(w, catalogued));
  if (labelled) return noun(labelled, "label");
  // A number opening its clause after a clause that opens with a noun: "الإنابات القضائية الدولية اللي تتبعات، ميا وطناش"
  // (also after a speaker's label: "الضيف: الإنابات القضائية …، ميا وطناش").
  const topic = clauseTopic(input.text, input.previousClause);
  const gap = input.text.slice(input.previousClause.at(-1)?.end ?? mention.start, mention.start);
  return before.length === 0 && topic && isAny(topic, catalogued) && /^[^\n\p{L}\p{N}]*[،,][^\n\p{L}\p{N}]*$/u.test(gap) ? noun(topic, "before") : null;
}
